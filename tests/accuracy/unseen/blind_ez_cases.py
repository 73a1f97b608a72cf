"""Blind set EZ: ice rinks and skating clubs.

Ice resurfacer telemetry (ESP32 and gateway firmware, IoT hubs, fleet telematics), refrigeration plant
monitoring (ammonia and brine chillers, building automation, alarm routing), booking and lesson
systems, hockey league software, scoreboards and rink networks, game streaming, membership and
payment vendors, and the infrastructure the rinks run it on; with their decoys. Generated fakes only
(seeds 1710000-1719999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_FIRST, SEED_LAST = 1_710_000, 1_719_999
_SEED = [SEED_FIRST]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] <= SEED_LAST
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with both cases and a digit (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64_bytes(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid4() -> str:
    return fakes.uuid4(_seed())


RINK_WORDS = ["Zamboni", "Blueline", "Slapshot", "Faceoff", "Toepick", "Salchow", "Axel", "Lutz", "Crease",
              "Hattrick", "Powerplay", "Glacier", "Icicle", "Frostbite", "Puckdrop", "Breakaway", "Overtime",
              "Goalie", "Rinkside", "Camber", "Brine", "Chiller", "Snowbank", "Northstar", "Polar", "Wingback",
              "Backcheck", "Sparrow", "Tamarack", "Kingfisher", "Lakeshore", "Muskoka", "Bluebird", "Cobalt"]
LOWER_WORDS = ["puck", "stick", "skate", "blade", "glove", "helmet", "whistle", "bench", "lacing", "spiral",
               "camel", "edge", "brine", "flood", "snow", "banner", "anthem", "jersey", "timer", "buzzer"]
SYMBOLS = "!#$%&*@?"


def human_pw() -> str:
    """A password a person chose: words, a year or a number, a symbol, in one of a few habits."""
    r = _rng()
    habit = r.randrange(5)
    a, b = r.sample(RINK_WORDS, 2)
    if habit == 0:
        return a + r.choice(SYMBOLS) + b + str(r.randint(10, 99))
    if habit == 1:
        return a + str(r.randint(1995, 2025)) + r.choice(SYMBOLS)
    if habit == 2:
        return "-".join(r.sample(LOWER_WORDS, 3)) + "-" + str(r.randint(1, 99))
    if habit == 3:
        return a.lower() + b + r.choice(SYMBOLS) + str(r.randint(100, 9999))
    return a[:1] + "".join(r.choice(ALNUM) for _ in range(3)) + r.choice(SYMBOLS) + b + str(r.randint(1, 9))


def url_pw() -> str:
    """A password safe inside a URL's userinfo as written."""
    r = _rng()
    if r.random() < 0.5:
        a, b = r.sample(RINK_WORDS, 2)
        return a + r.choice("-_.!*~") + b + str(r.randint(10, 9999))
    return "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(18, 28)))


def gen_pw(n: int = 24, extra: str = "") -> str:
    """A password a manager generated."""
    return draw(n, ALNUM + extra) if extra else draw(n)


# -- vendor shapes ---------------------------------------------------------------------------------

def stripe_secret(live: str = "sk_live_") -> str:
    return live + "51" + draw(22) + draw(73)


def stripe_webhook() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def azure_ad_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.~-")


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailchimp_key() -> str:
    r = _rng()
    return hexs(32) + "-us" + str(r.randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**18, 10**19 - 1)}/" + draw(68, URLSAFE)


def discord_bot_token() -> str:
    r = _rng()
    user_id = str(r.randint(10**17, 10**19 - 1)).encode()
    return b64url_nopad(user_id) + "." + draw(6, URLSAFE) + "." + draw(38, URLSAFE)


def teams_webhook() -> str:
    return (f"https://northgaterinks.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}")


def jwt(header: dict, payload: dict, sig_bytes: int = 32) -> str:
    r = _rng()
    sig = bytes(r.getrandbits(8) for _ in range(sig_bytes))
    return ".".join([b64url_nopad(json.dumps(header, separators=(",", ":")).encode()),
                     b64url_nopad(json.dumps(payload, separators=(",", ":")).encode()),
                     b64url_nopad(sig)])


def twitch_key() -> str:
    r = _rng()
    return f"live_{r.randint(100000000, 999999999)}_" + draw(30)


def youtube_key() -> str:
    return "-".join(draw(4, LOWER_DIGITS) for _ in range(5))


def _wrap(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def _der(prefix: str, random_len: int) -> str:
    r = _rng()
    raw = bytes.fromhex(prefix) + bytes(r.getrandbits(8) for _ in range(random_len))
    return base64.b64encode(raw).decode()


def rsa_key() -> str:
    body = _der("308204a40201000282010100", 1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_key() -> str:
    body = _der("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100", 1180)
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap(body) + "\n-----END PRIVATE KEY-----"


def ec_key() -> str:
    r = _rng()
    raw = (bytes.fromhex("30770201010420") + bytes(r.getrandbits(8) for _ in range(32))
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + bytes(r.getrandbits(8) for _ in range(64)))
    return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END EC PRIVATE KEY-----"


def p8_key() -> str:
    r = _rng()
    raw = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
           + bytes(r.getrandbits(8) for _ in range(32))
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + bytes(r.getrandbits(8) for _ in range(64)))
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
            b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ")
    raw = head + bytes(r.getrandbits(8) for _ in range(250))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem() -> str:
    """A public certificate (its body is random: a decoy's filler, never a key)."""
    body = _der("308203", 880)
    return "-----BEGIN CERTIFICATE-----\n" + _wrap("MIID" + body[4:]) + "\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    body = _der("30820122300d06092a864886f70d01010105000382010f003082010a0282010100", 256 + 5)
    return "-----BEGIN PUBLIC KEY-----\n" + _wrap(body) + "\n-----END PUBLIC KEY-----"


def ssh_public(kind: str = "ssh-ed25519") -> str:
    r = _rng()
    if kind == "ssh-ed25519":
        raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.getrandbits(8) for _ in range(32))
    else:
        raw = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + bytes(r.getrandbits(8) for _ in range(256))
    return kind + " " + base64.b64encode(raw).decode()


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


# -- building the cases -----------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"<<([A-Za-z0-9_]+)>>")


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    if secret is not None:
        values.setdefault("S", secret)

    def fill(match: "re.Match[str]") -> str:
        return values[match.group(1)]

    text = _PLACEHOLDER.sub(fill, template.lstrip("\n"))
    CASES.append(LabelledCase("blind-ez/" + category, file_name, text, secret, source))


# == Ice resurfacer telemetry ======================================================================

add("arduino/mqtt-password", "resurfacer-telemetry/firmware/src/main.cpp", r'''
// Telemetry node for the Olympia Millennium resurfacer (rink 2).
// Publishes blade height, water flow and battery state every 5 s while the machine is on the ice.
#include <Arduino.h>
#include <WiFiManager.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include <ArduinoJson.h>
#include "sensors.h"

#define MQTT_HOST "mqtt.rinkops.northgateicecentre.ca"
#define MQTT_PORT 8883
#define MQTT_USER "resurfacer-02"
#define MQTT_PASS "<<S>>"
#define TOPIC_BASE "rinks/northgate/resurfacer/02"

WiFiClientSecure net;
PubSubClient mqtt(net);
unsigned long lastPublish = 0;

void connectMqtt() {
  while (!mqtt.connected()) {
    Serial.print("MQTT connect... ");
    if (mqtt.connect("resurfacer-02", MQTT_USER, MQTT_PASS, TOPIC_BASE "/status", 1, true, "offline")) {
      mqtt.publish(TOPIC_BASE "/status", "online", true);
      Serial.println("ok");
    } else {
      Serial.printf("failed rc=%d, retry in 3s\n", mqtt.state());
      delay(3000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  sensorsBegin();
  WiFiManager wm;
  wm.autoConnect("Resurfacer02-Setup");
  net.setCACert(ROOT_CA);
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  if (!mqtt.connected()) connectMqtt();
  mqtt.loop();
  if (millis() - lastPublish > 5000) {
    lastPublish = millis();
    StaticJsonDocument<256> doc;
    doc["blade_mm"] = readBladeHeight();
    doc["water_lpm"] = readWaterFlow();
    doc["battery_v"] = readBatteryVoltage();
    doc["conditioner_down"] = conditionerDown();
    char buf[256];
    serializeJson(doc, buf);
    mqtt.publish(TOPIC_BASE "/telemetry", buf);
  }
}
''', gen_pw(22, "-_"), "PubSubClient connect(id, user, pass, willTopic, willQos, willRetain, willMessage) API docs")

add("python/azure-iot-sas-key", "telemetry/uploader/send_cycle.py", r'''
"""Send one resurfacing cycle summary from the Engo gateway to IoT Hub."""
import json
import sys
import time

from azure.iot.device import IoTHubDeviceClient, Message

CONNECTION_STRING = (
    "HostName=rink-telemetry-hub.azure-devices.net;"
    "DeviceId=engo-vortex-rink1;"
    "SharedAccessKey=<<S>>"
)


def main(path: str) -> None:
    with open(path) as fh:
        cycle = json.load(fh)
    client = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
    client.connect()
    msg = Message(json.dumps(cycle))
    msg.content_type = "application/json"
    msg.content_encoding = "utf-8"
    msg.custom_properties["kind"] = "resurface-cycle"
    client.send_message(msg)
    print(f"sent cycle {cycle.get('cycle_id')} at {time.strftime('%H:%M:%S')}")
    client.shutdown()


if __name__ == "__main__":
    main(sys.argv[1])
''', b64_bytes(32), "Azure IoT Hub device connection string (HostName=...;DeviceId=...;SharedAccessKey=...), azure-iot-device Python SDK docs")

add("yaml/samsara-api-token", "fleet-sync/config/settings.yml", r'''
# Pulls engine hours and location for the resurfacers and the ice edger from Samsara
# so the maintenance schedule in the rink ops app stays current.
samsara:
  base_url: https://api.samsara.com
  api_token: <<S>>
  vehicle_tags:
    - resurfacers
    - edgers
  poll_minutes: 15

maintenance:
  oil_change_hours: 200
  blade_change_hours: 30
  notify:
    - maintenance@westlakearena.org
    - facilities.lead@westlakearena.org

database:
  path: /var/lib/fleet-sync/fleet.sqlite
''', "samsara_api_" + draw(30), "Samsara API authentication (API tokens, Bearer header) developer docs")

add("shell/aws-iot-private-key", "gateway/provision/provision_resurfacer.sh", r'''
#!/usr/bin/env bash
# Provision the telemetry gateway on resurfacer #1 (WM Resurfice Ice Bear).
# Run once on the gateway over SSH. Certs were created in the AWS IoT console.
set -euo pipefail

THING=westlake-resurfacer-01
ENDPOINT=a3k7odshaiipe8-ats.iot.ca-central-1.amazonaws.com
CERT_DIR=/etc/rink-gateway/certs

sudo mkdir -p "$CERT_DIR"
sudo curl -fsSL -o "$CERT_DIR/AmazonRootCA1.pem" https://www.amazontrust.com/repository/AmazonRootCA1.pem

sudo tee "$CERT_DIR/$THING.private.pem.key" >/dev/null <<'EOF'
<<S>>
EOF
sudo chmod 600 "$CERT_DIR/$THING.private.pem.key"

sudo tee /etc/rink-gateway/gateway.env >/dev/null <<EOF
IOT_ENDPOINT=$ENDPOINT
IOT_THING=$THING
IOT_CERT=$CERT_DIR/$THING.cert.pem
IOT_KEY=$CERT_DIR/$THING.private.pem.key
IOT_CA=$CERT_DIR/AmazonRootCA1.pem
EOF

sudo systemctl enable --now rink-gateway
echo "provisioned $THING"
''', rsa_key(), "AWS IoT Core device certificates (private.pem.key) developer guide")

add("go/influxdb-token", "services/ice-ingest/main.go", r'''
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const (
	influxURL    = "https://us-east-1-1.aws.cloud2.influxdata.com"
	influxToken  = "<<S>>"
	influxOrg    = "lakeshore-arena"
	influxBucket = "resurfacer"
)

type Cycle struct {
	Machine   string    `json:"machine"`
	Rink      string    `json:"rink"`
	Started   time.Time `json:"started"`
	WaterL    float64   `json:"water_l"`
	SnowKg    float64   `json:"snow_kg"`
	BladeMins float64   `json:"blade_minutes"`
}

func main() {
	client := influxdb2.NewClient(influxURL, influxToken)
	defer client.Close()
	writer := client.WriteAPIBlocking(influxOrg, influxBucket)

	http.HandleFunc("/cycle", func(w http.ResponseWriter, r *http.Request) {
		var c Cycle
		if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		p := influxdb2.NewPoint("cycle",
			map[string]string{"machine": c.Machine, "rink": c.Rink},
			map[string]interface{}{"water_l": c.WaterL, "snow_kg": c.SnowKg, "blade_minutes": c.BladeMins},
			c.Started)
		if err := writer.WritePoint(context.Background(), p); err != nil {
			log.Printf("write failed: %v", err)
			http.Error(w, "write failed", http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(http.ListenAndServe(":8087", nil))
}
''', b64_bytes(64, urlsafe=True), "InfluxDB v2 API tokens, influxdb-client-go NewClient(url, token) docs")

add("toml/influxdb-token", "ops/telegraf/telegraf.conf", r'''
# Telegraf on the rink ops PC: Modbus from the Danfoss controllers + resurfacer MQTT -> InfluxDB Cloud
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "rinkops-pc"

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "<<S>>"
  organization = "pinecrest-ice"
  bucket = "plant"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["rinks/+/resurfacer/+/telemetry"]
  data_format = "json"
  tag_keys = ["machine"]

[[inputs.modbus]]
  name = "brine_loop"
  controller = "tcp://10.20.0.31:502"
  slave_id = 1
  holding_registers = [
    { name = "brine_supply_c", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [100] },
    { name = "brine_return_c", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [101] },
    { name = "slab_temp_c",    byte_order = "AB", data_type = "INT16", scale = 0.1, address = [110] },
  ]
''', b64_bytes(64, urlsafe=True), "Telegraf outputs.influxdb_v2 plugin README (token option)")

add("json/node-red-credentials", "nodered/flows_cred.json", r'''
{
    "6f1c2a9e.d3b4c8": {
        "user": "nodered-plant",
        "password": "<<S>>"
    },
    "b27e40d1.5a9f16": {
        "user": "",
        "password": ""
    }
}
''', human_pw(), "Node-RED flows_cred.json (plain when credentialSecret is false) user guide")

add("uci/mqtt-password", "rink-gateway/rut955/etc/config/mqtt_pub", r'''
config mqtt_pub 'mqtt_pub'
	option enabled '1'
	option remote_addr 'x7f2c1a9.ala.us-east-1.emqxsl.com'
	option remote_port '8883'
	option username 'rut955-hillcrest'
	option password '<<S>>'
	option tls '1'
	option tls_type 'cert'
	option cafile '/etc/certificates/emqx-ca.pem'
	option topic 'hillcrest/router'
	option qos '1'
''', url_pw(), "Teltonika RUT955 MQTT Publisher (UCI config mqtt_pub) wiki")

add("notebook/database-url", "analysis/ice_thickness_vs_resurface.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Ice thickness vs. resurface frequency\n",
    "Slab temperature and laser thickness readings from TimescaleDB, Jan-Mar."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:<<S>>@ts-rinkdata.cl4x9q.ca-central-1.rds.amazonaws.com:5432/rinkdata\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"select time_bucket('1 hour', ts) as h, avg(thickness_mm) as mm from ice_thickness group by h order by h\", engine)\n",
    "df.plot(x='h', y='mm', figsize=(12, 4))"
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
''', url_pw(), "SQLAlchemy create_engine database URLs (postgresql+psycopg2://user:password@host/db)")

add("shell/home-assistant-token", "scripts/resurface_light.sh", r'''
#!/bin/sh
# Called by the resurfacer gateway when the machine leaves the ice:
# turns the "ICE READY" light on through Home Assistant.
HA_URL="http://10.30.0.5:8123"
HA_TOKEN="<<S>>"

curl -s -X POST \
  -H "Authorization: Bearer ${HA_TOKEN}" \
  -H "Content-Type: application/json" \
  -d '{"entity_id": "light.ice_ready_sign"}' \
  "${HA_URL}/api/services/light/turn_on"

curl -s -X POST \
  -H "Authorization: Bearer ${HA_TOKEN}" \
  -H "Content-Type: application/json" \
  -d '{"entity_id": "input_boolean.resurfacer_on_ice", "state": "off"}' \
  "${HA_URL}/api/services/input_boolean/turn_off"
''', jwt({"alg": "HS256", "typ": "JWT"}, {"iss": hexs(32), "iat": 1704810231, "exp": 2020170231}),
    "Home Assistant REST API, long-lived access tokens (Authorization: Bearer) developer docs")

add("csharp/geotab-password", "FleetBridge/GeotabClient.cs", r'''
using System;
using System.Threading.Tasks;
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace FleetBridge
{
    // Reads engine hours of the two resurfacers (GO9 devices) for the maintenance board.
    public static class GeotabClient
    {
        private const string Server = "my.geotab.com";
        private const string Database = "riverside_arena";
        private const string User = "fleetbridge@riversidearena.ca";
        private const string Password = "<<S>>";

        public static async Task<API> ConnectAsync()
        {
            var api = new API(User, Password, null, Database, Server);
            await api.AuthenticateAsync();
            return api;
        }

        public static async Task<double?> EngineHoursAsync(API api, string deviceId)
        {
            var data = await api.CallAsync<System.Collections.Generic.IList<StatusData>>("Get", typeof(StatusData), new
            {
                search = new StatusDataSearch
                {
                    DeviceSearch = new DeviceSearch(Id.Create(deviceId)),
                    DiagnosticSearch = new DiagnosticSearch(KnownId.DiagnosticEngineHoursAdjustmentId),
                    FromDate = DateTime.UtcNow.AddDays(-1)
                }
            });
            return data.Count > 0 ? data[data.Count - 1].Data : null;
        }
    }
}
''', human_pw(), "MyGeotab SDK .NET API(userName, password, sessionId, database, server) docs")

add("shell/particle-access-token", "tools/flash_scoreboard_photons.sh", r'''
#!/usr/bin/env bash
# Push new firmware to the Particle Photons that drive the shot clocks and the resurfacer door sensor.
set -e
ACCESS_TOKEN=<<S>>
FIRMWARE=build/rinkclock-1.4.2.bin

for device in shotclock-home shotclock-away door-sensor-zam; do
  echo "flashing $device"
  curl -sf -X PUT "https://api.particle.io/v1/devices/$device" \
    -F "file=@$FIRMWARE" \
    -H "Authorization: Bearer $ACCESS_TOKEN"
  sleep 5
done

curl -s "https://api.particle.io/v1/devices?access_token=$ACCESS_TOKEN" | jq '.[] | {name, online, last_heard}'
''', hexs(40), "Particle Device Cloud API (access tokens, flash firmware PUT /v1/devices) reference")

add("toml/mqtt-password", "edge-agent/config/agent.toml", r'''
# rink-edge-agent: reads the laser ice-thickness gauge and the resurfacer CAN bus,
# forwards to the club's MQTT broker.
[site]
name = "Maple Grove Skating Club"
rink = "main"

[gauge]
port = "/dev/ttyUSB0"
baud = 19200
interval_secs = 60

[canbus]
interface = "can0"
bitrate = 250000

[mqtt]
host = "broker.maplegroveskating.org"
port = 8883
client_id = "edge-main"
username = "edge-agent"
password = "<<S>>"
tls = true
''', gen_pw(20), "rumqttc / MQTT v3.1.1 CONNECT username and password fields")

add("systemd/mqtt-password", "deploy/systemd/zam-bridge.service", r'''
[Unit]
Description=Resurfacer CAN to MQTT bridge
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=zam
ExecStart=/opt/zam-bridge/bin/zam-bridge --can can0 --broker mqtts://mqtt.hollowayice.com:8883
Environment=MQTT_USERNAME=zam-bridge
Environment=MQTT_PASSWORD=<<S>>
Environment=RUST_LOG=info
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', gen_pw(20, "-_."), "systemd.exec Environment= directive man page")

# decoys: telemetry
add("python/decoy-env-reference", "telemetry/uploader/config.py", r'''
"""Settings for the resurfacer uploader, read from the environment (set by systemd)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    connection_string: str
    rink: str
    batch_seconds: int


def load() -> Settings:
    try:
        conn = os.environ["IOTHUB_DEVICE_CONNECTION_STRING"]
    except KeyError as exc:
        raise SystemExit("IOTHUB_DEVICE_CONNECTION_STRING is not set; see docs/provisioning.md") from exc
    return Settings(
        connection_string=conn,
        rink=os.environ.get("RINK_NAME", "rink1"),
        batch_seconds=int(os.environ.get("BATCH_SECONDS", "30")),
    )
''', None, "azure-iot-device samples (connection string read from the environment)")

add("cpp/decoy-secrets-header", "resurfacer-telemetry/firmware/include/arduino_secrets.h.example", r'''
// Copy to arduino_secrets.h (git-ignored) and fill in per machine.
// Never commit arduino_secrets.h.
#pragma once

#define SECRET_SSID      ""
#define SECRET_WIFI_PASS ""
#define SECRET_MQTT_USER "resurfacer-XX"
#define SECRET_MQTT_PASS "<mqtt password from 1Password: Rink Ops / MQTT>"
''', None, "Arduino IDE secrets tab convention (arduino_secrets.h, SECRET_ macros)")

add("json/decoy-telemetry-sample", "telemetry/samples/cycle-2024-01-14T19-02.json", r'''
{
  "cycle_id": "0f8a2c4e-6b1d-4e39-9a7c-2d5e8f013b64",
  "machine": {
    "model": "Zamboni 552AC",
    "serial": "552AC-21-0417",
    "gateway_mac": "B8:27:EB:4C:19:7A"
  },
  "rink": "rink-2",
  "started": "2024-01-14T19:02:11Z",
  "ended": "2024-01-14T19:13:47Z",
  "water_l": 412.5,
  "snow_kg": 1830,
  "blade_minutes": 11.6,
  "firmware": {
    "version": "2.3.1",
    "sha256": "9c1f7be2a44d0e6f3b58a1c07d92e4f6a3b1c8d05e27f94a6b3c0d81e5f2a7c9"
  },
  "operator_badge": "EMP-0193"
}
''', None, "Telemetry payload sample (UUID ids, firmware checksum, serials)")

add("yaml/decoy-sops-encrypted", "fleet-sync/config/secrets.enc.yaml", r'''
samsara:
    api_token: ENC[AES256_GCM,data:q0Hn8VdQm3i0cB2rkP9yZ3v5pW1aQe7LhS4t2o6N0xJ5bM8=,iv:Yk3s9fP0Qe2Zr7Lw1vB6nH4cT8uJ5xA0mD2gK7oR1sE=,tag:Vb4Xn8Q2r6Tz0Lp3Hs7Kw1==,type:str]
geotab:
    password: ENC[AES256_GCM,data:7mJc1x0Pq==,iv:Ke8Hr2Nw5Tz1Bq4Lx7Vd0Cs3Jf6Mg9Ap2Uy5Oi8Re1W=,tag:Zp2Lc9Qw4Xt7Bn0Mr5Hs8K==,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBJcWd0Z0dMSm1wZ2Rwc0ZC
            dXh5b2R1ZVN0NnlCQWZ3a2RsS2hDNG1VbldrClpmR0JQNFFzS0JmV2pHeGRyNzZm
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-02-03T16:41:09Z"
    mac: ENC[AES256_GCM,data:Gm3x0Q==,iv:Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8=,tag:Cd0Ef2Gh4Ij6Kl8Mn0Op2Q==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', None, "Mozilla SOPS encrypted file format (ENC[AES256_GCM,...], sops metadata) README")

add("ini/decoy-mosquitto-config", "broker/mosquitto/mosquitto.conf", r'''
# Mosquitto broker on the rink ops server (resurfacers, plant, shot clocks)
per_listener_settings true

listener 1883 127.0.0.1
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

listener 8883
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/broker.crt
keyfile /etc/mosquitto/certs/broker.key
tls_version tlsv1.2

persistence true
persistence_location /var/lib/mosquitto/
log_dest file /var/log/mosquitto/mosquitto.log
''', None, "mosquitto.conf(5) man page (password_file, keyfile paths)")

add("text/decoy-password-hashes", "broker/mosquitto/passwd", r'''
resurfacer-01:$7$101$Hq3v9XcB0pLk2mZs$Fz8wq1N0yR3bT6cV9xA2sD5fG8hJ1kL4zX7cV0bN3mQ6wE9rT2yU5iO8pA1sD4fG7hJ0kL3zX6cV9bN2mQ5w==
resurfacer-02:$7$101$Lp0Xk4Zr8Bq2Nw6T$Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7Ij8Kl9Mn0Op1Qr2St3Uv4Wx5Yz6Ab7Cd8Ef9Gh==
plant-telegraf:$7$101$Qe9Rt2Yu5Io8Pa1S$Zx3Cv6Bn9Mq2We5Rt8Yu1Io4Pa7Sd0Fg3Hj6Kl9Zx2Cv5Bn8Mq1We4Rt7Yu0Io3Pa6Sd9Fg2Hj5Kl8Zx1Cv4Bn==
shotclock-home:$7$101$Uy6Tr3Ew0Qa7Zs4X$Dc1Vf4Bg7Nh0Mj3Ki6Lo9Pp2Qa5Ws8Ed1Rf4Tg7Yh0Uj3Ik6Ol9Pp2Qa5Ws8Ed1Rf4Tg7Yh0Uj3Ik6Ol9Pp2Qa==
shotclock-away:$7$101$Io2Ku5Jy8Ht1Gr4F$Ed7Ws0Qa3Zx6Cv9Bn2Mq5We8Rt1Yu4Io7Pa0Sd3Fg6Hj9Kl2Zx5Cv8Bn1Mq4We7Rt0Yu3Io6Pa9Sd2Fg5Hj8Kl==
nodered:$7$101$Pa8Sd1Fg4Hj7Kl0Z$Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz8Xc1Vb4Nm7Qw==
''', None, "mosquitto_passwd(1): password file of PBKDF2-SHA512 hashes ($7$)")

# == Refrigeration plant monitoring ================================================================

add("python/plant-controller-password", "plant/poll_danfoss.py", r'''
#!/usr/bin/env python3
"""Poll the Danfoss AK-SM 880 system manager in the compressor room and log alarms.

Runs every minute from cron on the ops PC. Logs to /var/log/plant/alarms.csv.
"""
import csv
import datetime as dt
import requests

SM_HOST = "https://10.20.0.10"
SM_USER = "supervisor"
SM_PASSWORD = "<<S>>"
OUT = "/var/log/plant/alarms.csv"


def active_alarms(session: requests.Session) -> list:
    body = f'<cmd action="read_active_alarms" user="{SM_USER}" password="{SM_PASSWORD}" lang="e" />'
    resp = session.post(f"{SM_HOST}/html/xml.cgi", data=body, verify=False, timeout=10)
    resp.raise_for_status()
    return parse_alarm_xml(resp.text)


def parse_alarm_xml(text: str) -> list:
    import xml.etree.ElementTree as ET
    root = ET.fromstring(text)
    return [{"ref": a.get("ref"), "name": a.findtext("name"), "since": a.findtext("time")} for a in root.iter("alarm")]


if __name__ == "__main__":
    with requests.Session() as s, open(OUT, "a", newline="") as fh:
        writer = csv.writer(fh)
        for alarm in active_alarms(s):
            writer.writerow([dt.datetime.now().isoformat(timespec="seconds"), alarm["ref"], alarm["name"], alarm["since"]])
''', human_pw(), "Danfoss AK-SM 800 XML interface (xml.cgi, user/password attributes) integration guide")

add("powershell/site-supervisor-password", "plant/Export-SiteSupervisorLogs.ps1", r'''
<#
.SYNOPSIS
  Nightly export of brine supply/return and compressor suction pressure from the
  Emerson Site Supervisor to the shared drive, for the refrigeration contractor.
#>
param(
    [string]$Controller = "https://10.20.0.12",
    [string]$OutDir = "\\rinkfs01\plant\exports"
)

$user = "rinkops"
$pass = ConvertTo-SecureString "<<S>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$points = @("BRINE SUPPLY", "BRINE RETURN", "COMP 1 SUCT PSI", "COMP 2 SUCT PSI", "CONDENSER PSI")
$yesterday = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")

foreach ($p in $points) {
    $uri = "$Controller/cgi-bin/mgw.cgi?m={'jsonrpc':'2.0','method':'GetLogs','params':{'point':'$p','date':'$yesterday'}}"
    $data = Invoke-RestMethod -Uri $uri -Credential $cred -Method Get
    $file = Join-Path $OutDir ("{0}_{1}.csv" -f $yesterday, ($p -replace ' ', '_'))
    $data.result.samples | Export-Csv -Path $file -NoTypeInformation
    Write-Host "exported $p -> $file"
}
''', human_pw(), "PowerShell ConvertTo-SecureString -AsPlainText / PSCredential docs")

add("shell/niagara-obix-password", "plant/niagara/read_points.sh", r'''
#!/bin/bash
# Read ice slab and ammonia detector points from the Niagara 4 station (JACE-8000) over oBIX.
STATION=https://jace.plant.cedarbrookarena.local
POINTS="IceSlab/SlabTemp1 IceSlab/SlabTemp2 Ammonia/Detector1Ppm Ammonia/Detector2Ppm Compressors/C1Amps"

for p in $POINTS; do
  val=$(curl -sk -u obixreader:<<S>> "$STATION/obix/config/Drivers/BacnetNetwork/$p/out/" \
        | xmllint --xpath 'string(//real/@val)' -)
  printf '%s\t%s\t%s\n' "$(date -Is)" "$p" "$val"
done >> /var/log/plant/niagara-points.tsv
''', url_pw(), "Niagara 4 oBIX protocol guide (HTTP Basic authentication), curl -u")

add("python/twilio-auth-token", "plant/ammonia_alert.py", r'''
"""SMS the on-call refrigeration operator when an ammonia detector passes 25 ppm.

Triggered by the BAS via a dry contact on the Pi's GPIO 17.
"""
import time

import RPi.GPIO as GPIO
from twilio.rest import Client

ACCOUNT_SID = "<<SID>>"
AUTH_TOKEN = "<<S>>"
FROM = "+16135550142"
ON_CALL = ["+16135550199", "+16135550177"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)
GPIO.setmode(GPIO.BCM)
GPIO.setup(17, GPIO.IN, pull_up_down=GPIO.PUD_UP)


def alert() -> None:
    for number in ON_CALL:
        client.messages.create(
            to=number,
            from_=FROM,
            body="AMMONIA ALARM > 25 ppm in compressor room, Glenview Arena. Evacuate and call 911 if > 300 ppm.",
        )


last = 0.0
while True:
    GPIO.wait_for_edge(17, GPIO.FALLING)
    if time.time() - last > 600:
        alert()
        last = time.time()
''', hexs(32), "Twilio Python helper library Client(account_sid, auth_token), Messages API", SID=twilio_sid())

add("yaml/pagerduty-routing-key", "alerting/plant-router.yml", r'''
# Routes alarms from the plant controllers to PagerDuty (refrigeration on-call rotation).
sources:
  - name: danfoss-sm880
    poll: 60s
  - name: ammonia-detectors
    poll: 15s

routes:
  - match: { severity: critical }
    to: pagerduty
  - match: { severity: warning }
    to: email

pagerduty:
  events_url: https://events.pagerduty.com/v2/enqueue
  routing_key: <<S>>
  dedup_by: [source, point]

email:
  smtp: smtp.office365.com:587
  from: plant-alerts@ashburyicecentre.ca
  to: [facilities@ashburyicecentre.ca]
''', hexs(32), "PagerDuty Events API v2 (routing_key) developer docs")

add("yaml/prometheus-basic-auth", "monitoring/prometheus/prometheus.yml", r'''
global:
  scrape_interval: 30s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/plant.yml

scrape_configs:
  - job_name: plc-exporter
    scheme: https
    basic_auth:
      username: prometheus
      password: <<S>>
    tls_config:
      insecure_skip_verify: true
    static_configs:
      - targets: ["10.20.0.40:9707"]
        labels:
          site: brookfield-arena
          plant: ammonia-2

  - job_name: node
    static_configs:
      - targets: ["10.20.0.5:9100", "10.20.0.6:9100"]
''', gen_pw(24), "Prometheus configuration, scrape_config basic_auth (username, password) docs")

add("yaml/grafana-datasource-password", "monitoring/grafana/provisioning/datasources/plant.yaml", r'''
apiVersion: 1

datasources:
  - name: PlantTimescale
    type: postgres
    access: proxy
    url: plantdb.internal:5432
    user: grafana_ro
    database: plant
    isDefault: true
    jsonData:
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: '<<S>>'
''', human_pw(), "Grafana provisioning data sources (secureJsonData.password) docs")

add("ansible/zabbix-psk", "ansible/roles/zabbix_agent/tasks/main.yml", r'''
---
- name: Install Zabbix agent 2
  ansible.builtin.apt:
    name: zabbix-agent2
    state: present

- name: Write TLS PSK for the plant PC
  ansible.builtin.copy:
    dest: /etc/zabbix/plant.psk
    content: "<<S>>\n"
    owner: zabbix
    group: zabbix
    mode: "0600"

- name: Configure agent
  ansible.builtin.template:
    src: zabbix_agent2.conf.j2
    dest: /etc/zabbix/zabbix_agent2.conf
  vars:
    zabbix_server: zabbix.rinkops.internal
    tls_psk_identity: plant-pc-rink1
    tls_psk_file: /etc/zabbix/plant.psk
  notify: restart zabbix-agent2

- name: Enable agent
  ansible.builtin.service:
    name: zabbix-agent2
    state: started
    enabled: true
''', hexs(64), "Zabbix encryption using pre-shared keys (TLSPSKFile, 64 hex digits) manual")

add("js/metasys-password", "bas-bridge/src/metasys.js", r'''
// Johnson Controls Metasys REST API: read dehumidifier and arena air temperature for the ice report.
const axios = require("axios");

const METASYS = "https://adx01.parkviewarena.local/api/v4";
const credentials = {
  username: "api-icereport",
  password: "<<S>>",
};

let token = null;

async function login() {
  const res = await axios.post(`${METASYS}/login`, credentials);
  token = res.data.accessToken;
  setTimeout(login, (res.data.expires ? 25 : 25) * 60 * 1000);
}

async function presentValue(objectId) {
  const res = await axios.get(`${METASYS}/objects/${objectId}/attributes/presentValue`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.data.item.presentValue;
}

module.exports = { login, presentValue };
''', human_pw(), "Metasys REST API v4 (POST /login username/password) developer docs")

add("ini/bacnet-gateway-password", "plant/basgateway/backup/config.ini", r'''
; Contemporary Controls BASgatewayLX - Modbus TCP to BACnet/IP (dehumidifier + brine pumps)
[system]
device_name=BASGW-RINK
device_instance=26001
ip=10.20.0.21
netmask=255.255.255.0
gateway=10.20.0.1

[web]
admin_user=admin
admin_password=<<S>>
http_port=80

[modbus]
device1=Munters IceDry,10.20.0.41,1
device2=Brine Pump VFD 1,10.20.0.42,1
device3=Brine Pump VFD 2,10.20.0.43,1
''', human_pw(), "BASgatewayLX user manual (web configuration, admin password)")

add("shell/slack-webhook", "plant/bin/compressor_watch.sh", r'''
#!/usr/bin/env bash
# Cron: */5 * * * *  Alert #rink-ops if compressor 1 or 2 trips on high head pressure.
WEBHOOK="<<S>>"
STATE=/var/tmp/compressor_watch.state

status=$(snmpget -v2c -c public -Oqv 10.20.0.50 .1.3.6.1.4.1.29330.1.2.0 2>/dev/null)
if [[ "$status" != "0" && "$(cat $STATE 2>/dev/null)" != "$status" ]]; then
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\":rotating_light: Compressor trip code $status at Crestview Rink. Check head pressure and condenser fans.\"}" \
    "$WEBHOOK"
fi
echo "$status" > "$STATE"
''', slack_webhook(), "Slack incoming webhooks (hooks.slack.com/services/...) docs")

add("yaml/opsgenie-api-key", "monitoring/alertmanager/alertmanager.yml", r'''
global:
  resolve_timeout: 10m
  opsgenie_api_url: https://api.opsgenie.com/

route:
  receiver: refrigeration-oncall
  group_by: [alertname, plant]
  routes:
    - matchers: [severity="info"]
      receiver: ops-email

receivers:
  - name: refrigeration-oncall
    opsgenie_configs:
      - api_key: <<S>>
        message: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.plant }}'
        priority: P1
        tags: rink,refrigeration
  - name: ops-email
    email_configs:
      - to: rinkops@stonebridgesports.ca
        from: alertmanager@stonebridgesports.ca
        smarthost: mail.stonebridgesports.ca:25
''', uuid4(), "Alertmanager opsgenie_config api_key; Opsgenie API key (UUID form) docs")

add("powershell/teams-webhook", "plant/Send-BrineAlert.ps1", r'''
param(
    [Parameter(Mandatory)] [double]$BrineSupplyC,
    [Parameter(Mandatory)] [string]$Rink
)

$webhook = "<<S>>"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Brine temperature alarm"
    themeColor = "D70000"
    title      = "Brine supply high on $Rink"
    text       = "Brine supply is **$BrineSupplyC C** (limit -7.0 C). Check chiller 1 and the brine pumps."
} | ConvertTo-Json

Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body $card
''', teams_webhook(), "Microsoft Teams incoming webhooks (webhook.office.com/webhookb2/...) docs")

add("ini/smtp-password", "plant/detectors/notifier.ini", r'''
[detectors]
; Calibrated 2024-09-12, next due 2025-03
d1 = compressor room north, 25, 150
d2 = compressor room south, 25, 150
d3 = mechanical mezzanine, 25, 150

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = plant-alarms@kingsleyicegardens.com
password = <<S>>
from = plant-alarms@kingsleyicegardens.com
to = chief.operator@kingsleyicegardens.com, gm@kingsleyicegardens.com
''', human_pw(), "Office 365 SMTP client submission (smtp.office365.com:587, STARTTLS) docs")

add("compose/mqtt-password", "plant/docker-compose.yml", r'''
services:
  modbus2mqtt:
    image: ghcr.io/rinkops/modbus2mqtt:1.6
    restart: unless-stopped
    environment:
      MODBUS_HOSTS: "10.20.0.31:502,10.20.0.32:502"
      MQTT_URL: "mqtts://plant-bridge:<<S>>@mqtt.rinkops.elmwoodarena.ca:8883"
      POLL_MS: "5000"

  grafana:
    image: grafana/grafana:10.4.2
    restart: unless-stopped
    ports:
      - "3000:3000"
    volumes:
      - grafana-data:/var/lib/grafana

volumes:
  grafana-data:
''', url_pw(), "MQTT URL scheme (mqtts://user:password@host:port), Compose environment docs")

add("yaml/datadog-api-key", "plant/datadog/datadog.yaml", r'''
## Datadog agent on the plant PC (Windows), Modbus and SNMP checks
api_key: <<S>>
site: datadoghq.com
hostname: rink-plant-pc-01
tags:
  - site:fairview-arena
  - role:refrigeration
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', hexs(32), "Datadog Agent configuration file datadog.yaml (api_key) docs")

add("kotlin/hmac-signing-key", "icetech-app/app/src/main/java/ca/rinkops/icetech/api/Signer.kt", r'''
package ca.rinkops.icetech.api

import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * Signs ice-check submissions (slab temps, ice depth readings) sent by the techs' tablets,
 * so the plant server accepts them without a login on the tablet.
 */
object Signer {
    private const val KEY = "<<S>>"

    fun sign(body: String, timestamp: Long): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(KEY.toByteArray(), "HmacSHA256"))
        val digest = mac.doFinal("$timestamp.$body".toByteArray())
        return Base64.getEncoder().encodeToString(digest)
    }

    fun headers(body: String): Map<String, String> {
        val ts = System.currentTimeMillis() / 1000
        return mapOf("X-Rink-Timestamp" to ts.toString(), "X-Rink-Signature" to sign(body, ts))
    }
}
''', gen_pw(40), "javax.crypto.Mac HmacSHA256 (shared signing key) Java docs")

# decoys: plant
add("hcl/decoy-vault-template", "plant/vault/agent-template.hcl", r'''
vault {
  address = "https://vault.rinkops.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
}

template {
  destination = "/etc/plant/notifier.ini"
  contents    = <<EOT
[smtp]
host = smtp.office365.com
user = {{ with secret "kv/data/plant/smtp" }}{{ .Data.data.user }}{{ end }}
password = {{ with secret "kv/data/plant/smtp" }}{{ .Data.data.password }}{{ end }}
EOT
}
''', None, "Vault Agent templates ({{ with secret }}) and AppRole auto-auth docs")

add("yaml/decoy-prometheus-password-file", "monitoring/prometheus/prometheus.prod.yml", r'''
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: plc-exporter
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/plc-exporter.pass
    tls_config:
      ca_file: /etc/prometheus/ca.pem
    static_configs:
      - targets: ["10.20.0.40:9707"]
''', None, "Prometheus basic_auth password_file option docs")

add("yaml/decoy-grafana-env-interpolation", "monitoring/grafana/provisioning/datasources/influx.yaml", r'''
apiVersion: 1

datasources:
  - name: PlantInflux
    type: influxdb
    access: proxy
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: pinecrest-ice
      defaultBucket: plant
      tlsSkipVerify: false
    secureJsonData:
      token: $INFLUX_TOKEN
''', None, "Grafana provisioning: environment variable interpolation ($VAR) docs")

add("c/decoy-modbus-register-map", "plant/firmware/brine_regs.h", r'''
/* Register map of the brine loop controller (firmware 3.2). Values are raw, scale noted. */
#ifndef BRINE_REGS_H
#define BRINE_REGS_H

#define REG_BRINE_SUPPLY      0x0064  /* x0.1 C */
#define REG_BRINE_RETURN      0x0065  /* x0.1 C */
#define REG_SLAB_TEMP_1       0x006E  /* x0.1 C */
#define REG_SLAB_TEMP_2       0x006F  /* x0.1 C */
#define REG_PUMP1_STATUS      0x00C8
#define REG_PUMP2_STATUS      0x00C9
#define REG_ALARM_WORD        0x012C
#define REG_PASSWORD_LEVEL    0x0190  /* 0 = viewer, 1 = operator, 2 = service */

#define CRC16_POLY            0xA001
#define UNLOCK_MAGIC          0x5A5AA5A5u  /* written before a setpoint change */
#define FW_BUILD_HASH         "3f9c2e1a7b4d"

#endif
''', None, "Modbus register map header (hex addresses, CRC polynomial, build hash)")

add("markdown/decoy-redacted-incident", "docs/incidents/2024-02-17-ammonia-sensor-fault.md", r'''
# 2024-02-17 Ammonia detector D2 false alarm

**Impact:** evening public skate evacuated for 22 minutes.

## Timeline
- 19:41 D2 reads 31 ppm, BAS triggers alarm, SMS sent to on-call.
- 19:44 Operator confirms no odour; portable meter reads 0 ppm.
- 20:03 All clear, skate resumed.

## Cause
Sensor head past calibration date. The BAS log showed the Twilio call failing once with
`401 Authenticate` because the auth token had been rotated on 02-10 and the Pi still had
the old one (`AUTH_TOKEN=********************************`, redacted).

## Actions
- [x] Replace D2 sensor head (done 02-19).
- [x] Move Twilio token to `/etc/plant/twilio.env`, readable by root only.
- [ ] Add calibration due dates to the maintenance calendar.
''', None, "Incident write-up with redacted token")

# == Booking and lesson systems ====================================================================

add("php/stripe-secret-key", "wp-content/plugins/rink-lessons/includes/class-rink-lessons-payments.php", r'''
<?php
/**
 * Learn-to-Skate registration: creates a Stripe Checkout session for the selected session block.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/../vendor/autoload.php';

class Rink_Lessons_Payments {

	const STRIPE_SECRET = '<<S>>';

	public static function checkout( $block_id, $skater_name, $email ) {
		\Stripe\Stripe::setApiKey( self::STRIPE_SECRET );
		$block = Rink_Lessons_Blocks::get( $block_id );

		$session = \Stripe\Checkout\Session::create( array(
			'mode'           => 'payment',
			'customer_email' => $email,
			'line_items'     => array( array(
				'price_data' => array(
					'currency'     => 'cad',
					'unit_amount'  => (int) round( $block->price * 100 ),
					'product_data' => array( 'name' => $block->title . ' - ' . $skater_name ),
				),
				'quantity'   => 1,
			) ),
			'metadata'       => array( 'block_id' => $block_id, 'skater' => $skater_name ),
			'success_url'    => home_url( '/learn-to-skate/thanks/?s={CHECKOUT_SESSION_ID}' ),
			'cancel_url'     => home_url( '/learn-to-skate/' ),
		) );

		return $session->url;
	}
}
''', stripe_secret(), "Stripe API keys (sk_live_), stripe-php \\Stripe\\Stripe::setApiKey docs")

add("js/stripe-webhook-secret", "booking-api/src/routes/stripeWebhook.js", r'''
const express = require("express");
const Stripe = require("stripe");
const { markBookingPaid } = require("../db/bookings");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "<<S>>";

const router = express.Router();

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    console.warn(`stripe webhook rejected: ${err.message}`);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await markBookingPaid(session.metadata.booking_id, session.payment_intent);
  }
  res.json({ received: true });
});

module.exports = router;
''', stripe_webhook(), "Stripe webhooks: verify signatures with the endpoint secret (whsec_) docs")

add("env/stripe-restricted-key", "ice-rental/.env.production", r'''
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://book.sunridgeicearena.com
DATABASE_URL=postgres://icerental@db.internal:5432/icerental
STRIPE_PUBLISHABLE_KEY=pk_live_51NxQ2aGz4R8pKcVt0mYwq7HjL3dF9sB2uE6iA1oZ5xC8vN4bT0yW7rQ3eP6kS9jU2gD5hM8aL1fK4nX7cV0zB3
STRIPE_RESTRICTED_KEY=<<S>>
ICE_SLOT_MINUTES=60
HOLD_MINUTES=15
''', stripe_secret("rk_live_"), "Stripe restricted API keys (rk_live_) docs")

add("ruby/square-access-token", "lessons/app/services/square_payments.rb", r'''
# frozen_string_literal: true

require "square"

# Takes payment for private figure-skating lessons at the front desk terminal.
class SquarePayments
  LOCATION_ID = "L8XK2Q7B9F1ZP"

  def self.client
    @client ||= Square::Client.new(
      access_token: "<<S>>",
      environment: "production"
    )
  end

  def self.charge(lesson, source_id)
    result = client.payments.create_payment(
      body: {
        source_id: source_id,
        idempotency_key: SecureRandom.uuid,
        amount_money: { amount: (lesson.price * 100).to_i, currency: "CAD" },
        location_id: LOCATION_ID,
        note: "Private lesson #{lesson.id} with #{lesson.coach.name}"
      }
    )
    raise result.errors.map { |e| e[:detail] }.join(", ") unless result.success?

    result.data.payment
  end
end
''', square_token(), "Square access tokens (EAAA...), square-ruby-sdk Square::Client docs")

add("yaml/square-application-secret", "registration/config/square.yml", r'''
# Square OAuth app "Riverbend Skating Club Registration"
production:
  application_id: sq0idp-wGVapF8sNt9PLrdj5znuKA
  application_secret: <<S>>
  redirect_uri: https://register.riverbendskating.ca/oauth/square/callback
  scopes:
    - PAYMENTS_WRITE
    - CUSTOMERS_READ
    - CUSTOMERS_WRITE
    - ORDERS_WRITE
''', square_app_secret(), "Square OAuth application secret (sq0csp-) developer docs")

add("php/wordpress-db-password", "site/wp-config.php", r'''
<?php
/**
 * WordPress configuration: Lakeside Figure Skating Club website.
 */

define( 'DB_NAME', 'lakesidefsc_wp' );
define( 'DB_USER', 'lakesidefsc_wp' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'lfsc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', human_pw(), "WordPress wp-config.php (DB_PASSWORD) documentation")

add("python/woocommerce-consumer-secret", "proshop/sync_inventory.py", r'''
"""Sync pro-shop stock (skates, laces, guards) from the POS export to the club's WooCommerce store."""
import csv

from woocommerce import API

wcapi = API(
    url="https://shop.ridgewoodhockey.org",
    consumer_key="ck_<<CK>>",
    consumer_secret="<<S>>",
    version="wc/v3",
    timeout=30,
)


def main(path: str = "exports/pos_stock.csv") -> None:
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            found = wcapi.get("products", params={"sku": row["sku"]}).json()
            if not found:
                print(f"skip {row['sku']}: not in store")
                continue
            product_id = found[0]["id"]
            wcapi.put(f"products/{product_id}", {"stock_quantity": int(row["qty"]), "manage_stock": True})
            print(f"{row['sku']}: {row['qty']}")


if __name__ == "__main__":
    main()
''', "cs_" + hexs(40), "WooCommerce REST API keys (ck_/cs_), woocommerce Python library docs", CK=hexs(40))

add("json/google-oauth-client-secret", "calendar-sync/client_secret.json", r'''
{
  "web": {
    "client_id": "418207735516-3f8k2lq9v0m1c7a4b6d5e8n2p0r9s1t3.apps.googleusercontent.com",
    "project_id": "ice-schedule-sync",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<<S>>",
    "redirect_uris": [
      "https://schedule.eastviewarena.ca/oauth2callback"
    ]
  }
}
''', google_client_secret(), "Google OAuth 2.0 client_secret.json (GOCSPX-) format docs")

_sa_key = pkcs8_key()
add("json/gcp-service-account-key", "calendar-sync/credentials/ice-times-sync.json", r'''
{
  "type": "service_account",
  "project_id": "ice-schedule-sync",
  "private_key_id": "<<KID>>",
  "private_key": "<<S>>\n",
  "client_email": "ice-times@ice-schedule-sync.iam.gserviceaccount.com",
  "client_id": "104718236609138472215",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ice-times%40ice-schedule-sync.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _sa_key.replace("\n", "\\n"), "Google Cloud service account key file (JSON, private_key) docs", KID=hexs(40))

add("python/mailchimp-api-key", "membership/sync_mailchimp.py", r'''
"""Add new club members (from the registration export) to the Mailchimp newsletter audience."""
import csv
import hashlib

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

API_KEY = "<<S>>"
LIST_ID = "a4c91e7f0b"

client = MailchimpMarketing.Client()
client.set_config({"api_key": API_KEY, "server": API_KEY.split("-")[-1]})

with open("exports/members_2024.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        email = row["email"].strip().lower()
        member_hash = hashlib.md5(email.encode()).hexdigest()
        try:
            client.lists.set_list_member(LIST_ID, member_hash, {
                "email_address": email,
                "status_if_new": "subscribed",
                "merge_fields": {"FNAME": row["first_name"], "LNAME": row["last_name"], "PROGRAM": row["program"]},
            })
        except ApiClientError as err:
            print(f"{email}: {err.text}")
''', mailchimp_key(), "Mailchimp Marketing API keys (<32 hex>-usN), mailchimp_marketing Python client docs")

add("powershell/wild-apricot-api-key", "membership/Get-WaMembers.ps1", r'''
# Export active members from Wild Apricot for the skate-guard roster (run monthly).
$apiKey = "<<S>>"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("APIKEY:$apiKey"))

$token = Invoke-RestMethod -Method Post -Uri "https://oauth.wildapricot.org/auth/token" `
    -Headers @{ Authorization = "Basic $auth" } `
    -ContentType "application/x-www-form-urlencoded" `
    -Body "grant_type=client_credentials&scope=auto"

$headers = @{ Authorization = "Bearer $($token.access_token)" }
$account = $token.Permissions[0].AccountId

$contacts = Invoke-RestMethod -Headers $headers `
    -Uri "https://api.wildapricot.org/v2.2/accounts/$account/contacts?`$async=false&`$filter=Status eq Active"

$contacts.Contacts |
    Select-Object FirstName, LastName, Email, MembershipLevel |
    Export-Csv -Path ".\active_members_$(Get-Date -Format yyyyMM).csv" -NoTypeInformation
''', draw(30, LOWER_DIGITS), "Wild Apricot API authentication (APIKEY:<key> Basic, oauth.wildapricot.org/auth/token) docs")

add("env/sendgrid-api-key", "booking/.env", r'''
APP_NAME="Summit Ice Booking"
APP_URL=https://booking.summiticeplex.com
TZ=America/Edmonton

DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=summit_booking
DB_USERNAME=summit

MAIL_FROM=noreply@summiticeplex.com
SENDGRID_API_KEY=<<S>>
REMINDER_HOURS_BEFORE=24
''', sendgrid_key(), "SendGrid API keys (SG.<id>.<secret>) docs")

add("php/mailgun-api-key", "club-portal/config/mail.php", r'''
<?php

return [
    'default' => 'mailgun',

    'mailers' => [
        'mailgun' => [
            'transport' => 'mailgun',
        ],
    ],

    'from' => [
        'address' => 'office@oakvillefigureskating.ca',
        'name' => 'Oakville Figure Skating Club',
    ],

    'mailgun' => [
        'domain' => 'mg.oakvillefigureskating.ca',
        'secret' => '<<S>>',
        'endpoint' => 'api.mailgun.net',
        'scheme' => 'https',
    ],
];
''', mailgun_key(), "Mailgun private API keys; Laravel mail config (mailgun.secret) docs")

add("ruby/postmark-server-token", "lessons/config/environments/production.rb", r'''
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.active_storage.service = :amazon

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "<<S>>" }
  config.action_mailer.default_url_options = { host: "lessons.pinegroveskating.com", protocol: "https" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
''', uuid4(), "Postmark Server API tokens; postmark-rails api_token setting docs")

add("csharp/twilio-api-key-secret", "LessonReminders/ReminderSender.cs", r'''
using System;
using System.Collections.Generic;
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace LessonReminders
{
    public class ReminderSender
    {
        private const string AccountSid = "<<SID>>";
        private const string ApiKeySid = "<<KSID>>";
        private const string ApiKeySecret = "<<S>>";
        private const string From = "+12045550118";

        public ReminderSender()
        {
            TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);
        }

        public void Send(IEnumerable<(string Phone, string Skater, DateTime Start, string Coach)> lessons)
        {
            foreach (var l in lessons)
            {
                MessageResource.Create(
                    to: new Twilio.Types.PhoneNumber(l.Phone),
                    from: new Twilio.Types.PhoneNumber(From),
                    body: $"Reminder: {l.Skater}'s lesson with {l.Coach} is {l.Start:ddd MMM d 'at' h:mm tt}, Rink B. Reply C to cancel.");
            }
        }
    }
}
''', draw(32), "Twilio API keys (SK sid + secret), TwilioClient.Init(apiKey, apiSecret, accountSid) docs",
    SID=twilio_sid(), KSID=twilio_sid("SK"))

add("python/gmail-app-password", "registration/registration/settings/production.py", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["register.birchhillskating.org"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "registrar.birchhillskating@gmail.com"
EMAIL_HOST_PASSWORD = "<<S>>"
DEFAULT_FROM_EMAIL = "Birch Hill Skating Club <registrar.birchhillskating@gmail.com>"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', draw(16, string.ascii_lowercase), "Google account app passwords (16 letters) with SMTP; Django EMAIL_HOST_PASSWORD docs")

add("python/django-secret-key", "registration/registration/settings/base.py", r'''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "<<S>>"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "skaters",
    "sessions_blocks",
    "payments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "registration.urls"
TIME_ZONE = "America/Toronto"
USE_TZ = True
STATIC_URL = "static/"
''', fakes.django_secret_key(_seed()), "Django settings SECRET_KEY (get_random_secret_key) docs")

add("ts/jwt-signing-secret", "booking-api/src/auth/tokens.ts", r'''
import jwt from "jsonwebtoken";

// Tokens for the coach portal (lesson calendar, payouts).
const JWT_SECRET = "<<S>>";
const ISSUER = "booking.frostlandsarena.com";

export interface CoachClaims {
  sub: string;
  name: string;
  rinks: string[];
}

export function issue(claims: CoachClaims): string {
  return jwt.sign(claims, JWT_SECRET, { algorithm: "HS256", expiresIn: "12h", issuer: ISSUER });
}

export function verify(token: string): CoachClaims {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], issuer: ISSUER }) as CoachClaims;
}
''', gen_pw(48, "!@#%^*"), "jsonwebtoken sign/verify with an HS256 shared secret docs")

add("yaml/redis-password", "lessons/config/sidekiq.yml", r'''
:concurrency: 5
:queues:
  - critical
  - mailers
  - default
  - waitlist

:redis:
  :url: redis://:<<S>>@redis-14582.c9.us-east-1-2.ec2.cloud.redislabs.com:14582/0

:scheduler:
  :schedule:
    waitlist_promoter:
      every: 10m
      class: WaitlistPromoterJob
    lesson_reminders:
      cron: "0 17 * * *"
      class: LessonReminderJob
''', fakes.redis_password(_seed()), "Redis URI scheme (redis://:password@host:port/db); Sidekiq configuration docs")

add("compose/mysql-password", "booking/docker-compose.yml", r'''
version: "3.8"

services:
  app:
    build: .
    ports:
      - "8080:8080"
    environment:
      DB_HOST: db
      DB_USER: booking
      DB_NAME: icebooking
    depends_on:
      - db

  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: icebooking
      MYSQL_USER: booking
      MYSQL_PASSWORD: "<<S>>"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql

volumes:
  dbdata:
''', human_pw(), "MySQL Docker image environment variables (MYSQL_PASSWORD) docs")

add("go/postgres-dsn", "icemarket/cmd/server/main.go", r'''
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	_ "github.com/lib/pq"

	"github.com/icemarket/icemarket/internal/slots"
)

// icemarket: resells unused ice time between clubs sharing the twin-pad arena.
func main() {
	dsn := "host=icemarket-db.postgres.database.azure.com port=5432 user=icemarket password=<<S>> dbname=icemarket sslmode=require"
	if v := os.Getenv("DATABASE_DSN"); v != "" {
		dsn = v
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	h := slots.NewHandler(db)
	http.Handle("/api/slots/", h)
	log.Println("listening on :8000")
	log.Fatal(http.ListenAndServe(":8000", nil))
}
''', gen_pw(20), "lib/pq connection string parameters (password=) docs")

add("ts/mongodb-uri", "lesson-scheduler/src/db.ts", r'''
import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://scheduler:<<S>>@cluster0.x8hfk2q.mongodb.net/lessons?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function coachAvailability(coachId: string, week: string) {
  await client.connect();
  return client
    .db("lessons")
    .collection("availability")
    .find({ coachId, week })
    .sort({ start: 1 })
    .toArray();
}
''', url_pw(), "MongoDB connection string (mongodb+srv://user:password@cluster) docs")

add("js/fcm-server-key", "functions/notifyWaitlist.js", r'''
const functions = require("firebase-functions");
const fetch = require("node-fetch");

// Legacy FCM HTTP API: push "a spot opened up" to skaters on a lesson waitlist.
const SERVER_KEY = "<<S>>";

exports.notifyWaitlist = functions.firestore
  .document("blocks/{blockId}/spots/{spotId}")
  .onDelete(async (snap, context) => {
    const topic = `/topics/waitlist-${context.params.blockId}`;
    const res = await fetch("https://fcm.googleapis.com/fcm/send", {
      method: "POST",
      headers: {
        Authorization: `key=${SERVER_KEY}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        to: topic,
        notification: { title: "A spot opened up!", body: "Tap to claim it before someone else does." },
      }),
    });
    console.log("fcm", res.status);
  });
''', "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE), "Firebase Cloud Messaging legacy server key (AAAA...:APA91b...) docs")

add("p8/apns-auth-key", "mobile/ios/fastlane/keys/AuthKey_7QX4M9K2PD.p8", r'''
<<S>>
''', p8_key(), "Apple Push Notification service token-based auth (.p8 key) docs")

add("properties/android-keystore-password", "mobile/android/keystore.properties", r'''
# Release signing for the Northern Lights Skating Club app (Play Store)
storeFile=../keys/nlsc-release.jks
storePassword=<<S>>
keyAlias=nlsc-release
keyPassword=<<S>>
''', human_pw(), "Android docs: Remove signing information from build files (keystore.properties)")

add("env/fastlane-match-password", "mobile/ios/fastlane/.env.default", r'''
# fastlane defaults for the club app (build machine: Mac mini in the office)
APP_IDENTIFIER=ca.northernlightsskating.app
APPLE_ID=dev@northernlightsskating.ca
TEAM_ID=7QX4M9K2PD
MATCH_GIT_URL=git@github.com:nlsc/certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=<<S>>
FASTLANE_SKIP_UPDATE_CHECK=1
''', human_pw(), "fastlane match: MATCH_PASSWORD (encryption passphrase of the certificates repo) docs")

add("python/openai-api-key", "coaching/lesson_notes.py", r'''
"""Turn a coach's voice-memo transcript into a tidy lesson summary for the skater's parents."""
from openai import OpenAI

client = OpenAI(api_key="<<S>>")

PROMPT = """You are assisting a figure skating coach. Summarise the lesson notes below into:
1) what we worked on (elements, e.g. waltz jump, back crossovers, sit spin),
2) what went well, 3) homework for next week. Keep it friendly and under 150 words."""


def summarise(transcript: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript}],
        temperature=0.3,
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    import sys
    print(summarise(open(sys.argv[1]).read()))
''', fakes.openai_key(_seed()), "OpenAI API keys (sk-proj-...), openai-python client docs")

add("ts/anthropic-api-key", "rink-faq-bot/src/answer.ts", r'''
import Anthropic from "@anthropic-ai/sdk";
import { faq } from "./faq";

const anthropic = new Anthropic({
  apiKey: "<<S>>",
});

export async function answer(question: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    system:
      "You answer questions for visitors of Bayview Twin Rinks: public skate times, rentals, " +
      "lesson registration, parking. Use only this FAQ:\n" + faq,
    messages: [{ role: "user", content: question }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
''', anthropic_key(), "Anthropic API keys (sk-ant-api03-...), TypeScript SDK docs")

add("python/hubspot-private-app-token", "membership/hubspot_upsert.py", r'''
import requests

HUBSPOT_TOKEN = "<<S>>"
BASE = "https://api.hubapi.com/crm/v3/objects/contacts"
HEADERS = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}


def upsert_member(email: str, first: str, last: str, level: str) -> None:
    body = {"properties": {"email": email, "firstname": first, "lastname": last, "membership_level": level}}
    resp = requests.post(f"{BASE}/batch/upsert", headers=HEADERS, timeout=20,
                         json={"inputs": [{"idProperty": "email", "id": email, **body}]})
    resp.raise_for_status()


if __name__ == "__main__":
    upsert_member("j.tremblay@example.org", "Julie", "Tremblay", "Adult Skating - Gold")
''', "pat-na1-" + uuid4(), "HubSpot private app access tokens (pat-na1-...) docs")

add("env/zoom-client-secret", "virtual-coaching/.env", r'''
# Zoom Server-to-Server OAuth app: creates meeting links for off-ice video review sessions
ZOOM_ACCOUNT_ID=Wq3bXk9TQzGd1pLmN2aY8c
ZOOM_CLIENT_ID=hF7kR2pQTyWbN5mC0xZs1g
ZOOM_CLIENT_SECRET=<<S>>
ZOOM_DEFAULT_DURATION=45
ZOOM_TIMEZONE=America/Vancouver
''', draw(32), "Zoom Server-to-Server OAuth app credentials (client secret) docs")

add("json/azure-ad-client-secret", "IceScheduler/IceScheduler.Api/appsettings.Production.json", r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "Graph": {
    "TenantId": "3c7f9a12-4b8e-4d61-9f2a-0e5b7c8d1a34",
    "ClientId": "d2b5e8f1-6a3c-47b9-8e0d-1f4a7c9b2e56",
    "ClientSecret": "<<S>>",
    "RoomMailbox": "rink-a@meadowvalearena.ca"
  },
  "Scheduler": {
    "SlotMinutes": 60,
    "Resurface": "00:15:00"
  }
}
''', azure_ad_secret(), "Microsoft identity platform client secrets; ASP.NET Core appsettings.json")

_calendly = jwt({"kid": hexs(64), "typ": "PAT", "alg": "ES256"},
               {"iss": "https://auth.calendly.com", "iat": 1706547600, "jti": uuid4(), "user_uuid": uuid4()}, 64)
add("python/calendly-token", "intake/calendly_bookings.py", r'''
"""List upcoming private-lesson bookings from Calendly so the front desk can assign ice."""
import datetime as dt

import requests

CALENDLY_PAT = (
    "<<A>>"
    "<<B>>"
)
ORG = "https://api.calendly.com/organizations/GBGDE4BMZNGJTRJW"

resp = requests.get(
    "https://api.calendly.com/scheduled_events",
    headers={"Authorization": f"Bearer {CALENDLY_PAT}"},
    params={"organization": ORG, "min_start_time": dt.datetime.utcnow().isoformat() + "Z", "status": "active"},
    timeout=15,
)
resp.raise_for_status()
for ev in resp.json()["collection"]:
    print(ev["start_time"], ev["name"], ev["location"].get("location", ""))
''', _calendly, "Calendly personal access tokens (JWT, Bearer) API docs",
    A=_calendly[:len(_calendly) // 2], B=_calendly[len(_calendly) // 2:])

# decoys: booking and lessons
add("js/decoy-stripe-publishable-key", "booking-web/src/checkout.js", r'''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser by design (Stripe docs). The secret key lives on the server.
const stripePromise = loadStripe("pk_live_<<PK>>");

export async function payForIce(bookingId) {
  const res = await fetch(`/api/bookings/${bookingId}/checkout`, { method: "POST" });
  if (!res.ok) throw new Error("could not start checkout");
  const { sessionId } = await res.json();
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector("#pay-error").textContent = error.message;
  }
}
''', None, "Stripe publishable keys (pk_live_) are meant for client-side code, Stripe.js docs", PK="51" + draw(97))

add("html/decoy-square-web-payments", "booking-web/public/pay.html", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay for your lesson - Riverbend Skating Club</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay</button>
  </form>
  <script>
    const appId = "sq0idp-<<APP>>";
    const locationId = "L8XK2Q7B9F1ZP";
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("card-button").addEventListener("click", async () => {
        const result = await card.tokenize();
        if (result.status === "OK") {
          await fetch("/api/lessons/pay", { method: "POST", headers: { "Content-Type": "application/json" },
                                            body: JSON.stringify({ sourceId: result.token }) });
        }
      });
    })();
  </script>
</body>
</html>
''', None, "Square Web Payments SDK: application ID and location ID are public", APP=draw(22, URLSAFE))

add("html/decoy-paypal-client-id", "site/templates/donate.html", r'''
{% extends "base.html" %}
{% block content %}
<h1>Support the Junior Synchro Team</h1>
<p>Your donation helps cover ice time and travel to Sectionals.</p>
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=<<CID>>&currency=CAD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/donate/order", { method: "POST" }).then(r => r.json()).then(d => d.id),
    onApprove: (data) => fetch(`/donate/order/${data.orderID}/capture`, { method: "POST" })
      .then(() => { window.location = "/donate/thanks"; })
  }).render("#paypal-button-container");
</script>
{% endblock %}
''', None, "PayPal JavaScript SDK script tag (client-id query parameter is public) docs", CID=paypal_client_id())

add("env/decoy-placeholders", "booking/.env.example", r'''
APP_NAME="Summit Ice Booking"
APP_URL=http://localhost:8080
TZ=America/Edmonton

DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=summit_booking
DB_USERNAME=summit
DB_PASSWORD=

MAIL_FROM=noreply@example.com
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
STRIPE_WEBHOOK_SECRET=whsec_...
REMINDER_HOURS_BEFORE=24
''', None, "dotenv .env.example convention (placeholders, empty values)")

add("php/decoy-wp-config-env", "site-bedrock/config/application.php", r'''
<?php
/**
 * Bedrock configuration: every secret comes from the environment (.env is not committed).
 */
use Roots\WPConfig\Config;
use function Env\env;

$root_dir = dirname(__DIR__);
$dotenv = Dotenv\Dotenv::createUnsafeImmutable($root_dir);
if (file_exists($root_dir . '/.env')) {
    $dotenv->load();
    $dotenv->required(['WP_HOME', 'WP_SITEURL', 'DB_NAME', 'DB_USER', 'DB_PASSWORD']);
}

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD') ?? '');
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_KEY', env('NONCE_KEY'));

Config::apply();
''', None, "Roots Bedrock config/application.php (env() for DB and salts) docs")

add("json/decoy-django-fixture-hashes", "registration/skaters/fixtures/staff_users.json", r'''
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "registrar",
      "password": "pbkdf2_sha256$600000$<<SALT1>>$<<H1>>=",
      "is_staff": true,
      "is_superuser": false,
      "email": "registrar@birchhillskating.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "headcoach",
      "password": "pbkdf2_sha256$600000$<<SALT2>>$<<H2>>=",
      "is_staff": true,
      "is_superuser": false,
      "email": "coach.lin@birchhillskating.org"
    }
  }
]
''', None, "Django password storage format (pbkdf2_sha256$iterations$salt$hash) docs",
    SALT1=draw(22), H1=b64_bytes(32)[:43], SALT2=draw(22), H2=b64_bytes(32)[:43])

add("ruby/decoy-rails-credentials", "lessons/config/initializers/stripe.rb", r'''
# frozen_string_literal: true

# Keys come from config/credentials/production.yml.enc (master key on the server only).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
''', None, "Rails encrypted credentials (credentials.dig) guide")

add("python/decoy-test-fixtures", "registration/skaters/tests/test_registration.py", r'''
import pytest
from django.urls import reverse

from skaters.models import Skater

TEST_PASSWORD = "not-a-real-password"  # test database only


@pytest.fixture
def parent(django_user_model):
    return django_user_model.objects.create_user(username="parent1", email="parent1@example.com", password=TEST_PASSWORD)


@pytest.mark.django_db
def test_parent_registers_skater(client, parent, settings):
    settings.STRIPE_SECRET_KEY = "sk_test_dummy"
    client.login(username="parent1", password=TEST_PASSWORD)
    resp = client.post(reverse("skaters:register"), {
        "first_name": "Maya", "last_name": "Singh", "birth_year": 2016,
        "program": "CanSkate", "card_number": "4242424242424242",
    })
    assert resp.status_code == 302
    assert Skater.objects.filter(first_name="Maya", guardian=parent).exists()
''', None, "pytest-django fixtures; Stripe test card 4242 4242 4242 4242 docs")

add("js/decoy-firebase-web-config", "lesson-app/src/firebase.js", r'''
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Firebase web config: these identify the project and are public by design.
// Access is controlled by Firebase Auth and the Firestore security rules.
const firebaseConfig = {
  apiKey: "<<KEY>>",
  authDomain: "pinegrove-lessons.firebaseapp.com",
  projectId: "pinegrove-lessons",
  storageBucket: "pinegrove-lessons.appspot.com",
  messagingSenderId: "811293046157",
  appId: "1:811293046157:web:4e2b9c7a1f08d3b5c62e90",
};

const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
''', None, "Firebase docs: API keys for Firebase are not secret (web app config)", KEY=google_api_key())

add("env/decoy-laravel-example", "club-portal/.env.example", r'''
APP_NAME="Club Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://club-portal.test

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=club_portal
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=log
MAILGUN_DOMAIN=
MAILGUN_SECRET=
MONERIS_STORE_ID=store5
MONERIS_API_TOKEN=yesguy
''', None, "Laravel .env.example; Moneris sandbox test credentials (store5 / yesguy) developer docs")

add("markdown/decoy-setup-readme", "booking-api/README.md", r'''
# booking-api

Ice rental and lesson booking backend for the Frostlands Arena.

## Running locally

```bash
cp .env.example .env
docker compose up -d db redis
npm install
npm run dev
```

Fill in `.env`:

| Variable | Where to get it |
| --- | --- |
| `STRIPE_SECRET_KEY` | Stripe dashboard > Developers > API keys (use your own `sk_test_...` key) |
| `STRIPE_WEBHOOK_SECRET` | Output of `stripe listen --forward-to localhost:3000/webhooks/stripe` |
| `JWT_SECRET` | Any long random string: `openssl rand -base64 48` |
| `SENDGRID_API_KEY` | Ask the club office; production key is in 1Password |

Never commit `.env`. Production values are set in the Render dashboard.
''', None, "Project README with setup instructions (no values)")

add("python/decoy-secret-generation", "booking-api/scripts/rotate_jwt_secret.py", r'''
"""Generate a new JWT signing secret and store it in AWS Secrets Manager (old tokens expire in 12 h)."""
import secrets

import boto3

SECRET_ID = "arn:aws:secretsmanager:ca-central-1:481204937715:secret:booking-api/jwt-Qx7b2K"


def main() -> None:
    new_secret = secrets.token_urlsafe(48)
    client = boto3.client("secretsmanager", region_name="ca-central-1")
    client.put_secret_value(SecretId=SECRET_ID, SecretString=new_secret)
    print("rotated; redeploy booking-api to pick it up")


if __name__ == "__main__":
    main()
''', None, "Python secrets.token_urlsafe; AWS Secrets Manager PutSecretValue docs")

add("sql/decoy-bcrypt-seed", "booking/db/seed/002_staff_accounts.sql", r'''
-- Staff accounts for the booking back office (passwords are bcrypt hashes; users reset on first login)
INSERT INTO staff (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'frontdesk@summiticeplex.com', 'Front Desk', 'desk', '<<H1>>', true),
  (2, 'schedule@summiticeplex.com', 'Ice Scheduler', 'scheduler', '<<H2>>', true),
  (3, 'manager@summiticeplex.com', 'Arena Manager', 'admin', '<<H3>>', true);

INSERT INTO rinks (id, name, surface) VALUES
  (1, 'Rink A', 'NHL 200x85'),
  (2, 'Rink B', 'Olympic 200x100');
''', None, "bcrypt modular crypt format ($2b$12$...) docs", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

# == Hockey league software ========================================================================

add("python/teamsnap-client-secret", "league-sync/teamsnap_roster.py", r'''
"""Pull U11/U13 rosters from TeamSnap into the league's stats database (nightly)."""
import requests

TEAMSNAP_CLIENT_ID = "<<CID>>"
TEAMSNAP_CLIENT_SECRET = "<<S>>"
TOKEN_URL = "https://auth.teamsnap.com/oauth/token"
API = "https://api.teamsnap.com/v3"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": TEAMSNAP_CLIENT_ID,
        "client_secret": TEAMSNAP_CLIENT_SECRET,
        "scope": "read",
    }, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def members(team_id: int) -> list:
    h = {"Authorization": f"Bearer {token()}"}
    resp = requests.get(f"{API}/members/search", params={"team_id": team_id}, headers=h, timeout=20)
    resp.raise_for_status()
    items = resp.json()["collection"]["items"]
    return [{d["name"]: d["value"] for d in item["data"]} for item in items]


if __name__ == "__main__":
    for team in (8812345, 8812346, 8812351):
        for m in members(team):
            print(team, m.get("jersey_number"), m.get("first_name"), m.get("last_name"))
''', hexs(64), "TeamSnap API v3 OAuth (client id / client secret) docs", CID=hexs(64))

add("yaml/sportsengine-client-secret", "league-sync/config/sportsengine.yml", r'''
# SportsEngine HQ API: registrations for the spring house league
sportsengine:
  oauth_url: https://user.sportngin.com/oauth/token
  api_url: https://api.sportngin.com
  client_id: 7c1e4b92a0f35d68
  client_secret: <<S>>
  organization_id: 41872
  season: "2025 Spring House League"
  divisions:
    - U9 Timbits
    - U11
    - U13
    - U15 Girls
''', hexs(40), "SportsEngine (Sport Ngin) API OAuth client credentials docs")

add("python/leagueapps-private-key", "league-sync/leagueapps_export.py", r'''
"""Export registrations from LeagueApps with a service account (JWT bearer grant)."""
import time

import jwt
import requests

SITE_ID = 38121
CLIENT_ID = "mhl-stats-export"
PRIVATE_KEY = """<<S>>"""


def access_token() -> str:
    now = int(time.time())
    assertion = jwt.encode({"aud": "https://auth.leagueapps.io/v2/auth/token", "iss": CLIENT_ID, "sub": CLIENT_ID,
                            "iat": now, "exp": now + 300}, PRIVATE_KEY, algorithm="RS256")
    resp = requests.post("https://auth.leagueapps.io/v2/auth/token", timeout=20, data={
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion})
    resp.raise_for_status()
    return resp.json()["access_token"]


def registrations(last_updated: int = 0) -> list:
    resp = requests.get(f"https://public.leagueapps.io/v2/sites/{SITE_ID}/export/registrations-2",
                        params={"last-updated": last_updated}, timeout=60,
                        headers={"Authorization": f"Bearer {access_token()}"})
    resp.raise_for_status()
    return resp.json()
''', rsa_key(), "LeagueApps API service account authentication (private key, JWT bearer) docs")

add("github-actions/gamesheet-token", ".github/workflows/nightly-stats.yml", r'''
name: nightly-stats

on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch:

jobs:
  pull-stats:
    runs-on: ubuntu-latest
    env:
      GAMESHEET_API_TOKEN: <<S>>
      SEASON_ID: "4471"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python scripts/pull_gamesheet.py --season "$SEASON_ID" --out site/data/stats.json
      - name: Commit stats
        run: |
          git config user.name "stats-bot"
          git config user.email "stats-bot@users.noreply.github.com"
          git add site/data/stats.json
          git commit -m "stats: nightly update" || echo "no changes"
          git push
''', draw(40), "GitHub Actions workflow syntax (jobs.<id>.env); GameSheet stats API bearer tokens")

add("shell/github-token-url", "scripts/clone_stats_repos.sh", r'''
#!/usr/bin/env bash
# Clone the private league repos onto the scorekeeper laptop (stats site + game-sheet parser).
set -euo pipefail
GH_TOKEN=<<S>>
cd ~/league
for repo in mhl-stats-site gamesheet-parser referee-scheduler; do
  if [ ! -d "$repo" ]; then
    git clone "https://x-access-token:${GH_TOKEN}@github.com/metro-hockey-league/${repo}.git"
  else
    git -C "$repo" pull --ff-only
  fi
done
''', fakes.github_token(_seed()), "GitHub personal access tokens (ghp_), git over HTTPS with a token docs")

add("npmrc/npm-token", "scoreboard-ui/.npmrc", r'''
@rinkdisplay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
save-exact=true
engine-strict=true
fund=false
''', fakes.fake("npm_", 36, _seed()), "npm docs: .npmrc _authToken; npm access tokens (npm_)")

add("shell/gitlab-token", "release/publish_parser.sh", r'''
#!/bin/sh
# Publish the game-sheet parser wheel to the league's GitLab package registry.
set -e
PROJECT_ID=48213977
VERSION=$(python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
python -m build
TWINE_USERNAME=__token__ \
TWINE_PASSWORD=<<S>> \
python -m twine upload \
  --repository-url "https://gitlab.com/api/v4/projects/${PROJECT_ID}/packages/pypi" \
  dist/gamesheet_parser-${VERSION}*
''', fakes.fake("glpat-", 20, _seed()), "GitLab PyPI package registry with a personal access token (glpat-) docs")

add("python/discord-webhook", "league-bot/post_results.py", r'''
"""Post final scores to the league Discord #scores channel after each game night."""
import json
import sys

import requests

WEBHOOK = "<<S>>"


def post(game: dict) -> None:
    embed = {
        "title": f"{game['away']} {game['away_score']} @ {game['home']} {game['home_score']}",
        "description": f"{game['division']} - {game['rink']}",
        "color": 0x1F6FEB,
        "fields": [{"name": "Three stars", "value": ", ".join(game["stars"])}],
    }
    requests.post(WEBHOOK, json={"username": "Scorekeeper", "embeds": [embed]}, timeout=10).raise_for_status()


if __name__ == "__main__":
    for g in json.load(open(sys.argv[1])):
        post(g)
''', discord_webhook(), "Discord webhooks (discord.com/api/webhooks/<id>/<token>) docs")

add("python/discord-bot-token", "league-bot/bot.py", r'''
import discord
from discord.ext import commands

from standings import standings_for

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command(name="standings")
async def standings(ctx, division: str = "A"):
    rows = standings_for(division)
    lines = [f"{i+1:>2}. {r.team:<22} {r.gp:>2}GP {r.pts:>3}PTS" for i, r in enumerate(rows)]
    await ctx.send(f"**Division {division}**\n```\n" + "\n".join(lines) + "\n```")


@bot.command(name="nextgame")
async def nextgame(ctx, *, team: str):
    await ctx.send(f"Next game for {team}: check https://mhlstats.ca/schedule")


bot.run("<<S>>")
''', discord_bot_token(), "discord.py Bot.run(token); Discord bot tokens docs")

add("js/telegram-bot-token", "ref-assign/src/notify.js", r'''
// Sends referee assignments to each official's Telegram chat.
const TelegramBot = require("node-telegram-bot-api");

const bot = new TelegramBot("<<S>>", { polling: false });

async function notifyAssignments(assignments) {
  for (const a of assignments) {
    const text =
      `Assignment: ${a.game}\n` +
      `${a.date} ${a.time} at ${a.rink}\n` +
      `Role: ${a.role}. Confirm in RefPortal by ${a.confirmBy}.`;
    await bot.sendMessage(a.telegramChatId, text);
  }
}

module.exports = { notifyAssignments };
''', fakes.telegram_token(_seed()), "Telegram Bot API tokens (<id>:AA...) docs")

add("python/slack-bot-token", "ref-assign/slack_swap.py", r'''
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

client = WebClient(token="<<S>>")
CHANNEL = "C04R7EF2QKD"  # #ref-swaps


def announce_open_game(game: str, when: str, rink: str, level: str) -> None:
    try:
        client.chat_postMessage(
            channel=CHANNEL,
            text=f":whistle: Open slot: {level} {game}, {when} at {rink}. React with :raised_hand: to take it.",
        )
    except SlackApiError as e:
        print("slack error:", e.response["error"])


if __name__ == "__main__":
    announce_open_game("Wolves vs Hawks", "Sat 18:30", "Rink B", "U15 AA")
''', slack_bot(), "Slack bot tokens (xoxb-), slack_sdk WebClient docs")

add("apps-script/google-api-key", "apps-script/highlights/Code.gs", r'''
// Bound to the "Highlights" sheet: lists the league channel's latest uploads for the website.
const YT_KEY = '<<S>>';
const CHANNEL_ID = 'UC4xQ2rM8kTzB1nL7pVw3yDg';

function refreshHighlights() {
  const url = 'https://www.googleapis.com/youtube/v3/search?part=snippet&order=date&maxResults=25' +
      '&channelId=' + CHANNEL_ID + '&key=' + YT_KEY;
  const data = JSON.parse(UrlFetchApp.fetch(url).getContentText());
  const sheet = SpreadsheetApp.getActive().getSheetByName('Highlights');
  sheet.getRange(2, 1, sheet.getMaxRows(), 3).clearContent();
  const rows = data.items
      .filter(i => i.id.kind === 'youtube#video')
      .map(i => [i.snippet.publishedAt, i.snippet.title, 'https://youtu.be/' + i.id.videoId]);
  if (rows.length) sheet.getRange(2, 1, rows.length, 3).setValues(rows);
}
''', google_api_key(), "Google API keys (AIza...), YouTube Data API v3 search (key parameter) docs")

_aws_id = fakes.aws_key_id(_seed())
add("ini/aws-secret-access-key", "stats-site/deploy/aws-credentials", r'''
[default]
region = us-east-2
output = json

[mhl-stats-deploy]
aws_access_key_id = <<KID>>
aws_secret_access_key = <<S>>
region = us-east-2
''', fakes.aws_secret_key(_seed()), "AWS CLI credentials file (aws_access_key_id / aws_secret_access_key) docs", KID=_aws_id)

add("terraform/aws-secret-access-key", "infra/stats-site/main.tf", r'''
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "<<KID>>"
  secret_key = "<<S>>"
}

resource "aws_s3_bucket" "stats" {
  bucket = "mhl-stats-site"
}

resource "aws_s3_bucket_website_configuration" "stats" {
  bucket = aws_s3_bucket.stats.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_cloudfront_origin_access_control" "stats" {
  name                              = "mhl-stats"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
''', fakes.aws_secret_key(_seed()), "Terraform AWS provider static credentials (access_key / secret_key) docs",
    KID=fakes.aws_key_id(_seed()))

add("terraform/digitalocean-token", "infra/ref-portal/terraform.tfvars", r'''
do_token     = "<<S>>"
region       = "tor1"
droplet_size = "s-1vcpu-2gb"
ssh_key_ids  = [41870233]
domain       = "refs.metrohockey.ca"
''', "dop_v1_" + hexs(64), "DigitalOcean personal access tokens (dop_v1_); Terraform .tfvars docs")

add("shell/cloudflare-api-token", "stats-site/scripts/purge_cache.sh", r'''
#!/usr/bin/env bash
# Purge the Cloudflare cache after the nightly stats build so standings update right away.
set -euo pipefail
ZONE_ID=9d41c7a2e8b0f3d56e1a4c7b8f20d913
CF_API_TOKEN='<<S>>'

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"files":["https://mhlstats.ca/standings","https://mhlstats.ca/scoring-leaders","https://mhlstats.ca/data/stats.json"]}' \
  | jq '.success'
''', draw(40, URLSAFE), "Cloudflare API tokens (Authorization: Bearer), purge cache endpoint docs")

add("env/heroku-api-key", "ref-portal/.env", r'''
# Local dev for ref-portal; HEROKU_API_KEY lets `make deploy` push from this machine
FLASK_APP=refportal
FLASK_ENV=development
DATABASE_URL=postgresql://localhost/refportal
HEROKU_APP=ref-portal-mhl
HEROKU_API_KEY=<<S>>
''', uuid4(), "Heroku CLI: HEROKU_API_KEY environment variable (API key) docs")

add("ini/sentry-auth-token", "scoreboard-ui/.sentryclirc", r'''
[defaults]
url = https://sentry.io/
org = metro-hockey-league
project = scoreboard-ui

[auth]
token = <<S>>
''', "sntryu_" + hexs(64), "sentry-cli configuration file .sentryclirc ([auth] token) docs")

_deploy_key = openssh_key()
add("ansible/ssh-private-key", "ansible/group_vars/stats_servers.yml", r'''
---
stats_user: deploy
stats_root: /srv/mhl-stats
stats_domain: mhlstats.ca
nginx_worker_processes: 2

deploy_ssh_private_key: |
  <<S_INDENTED>>

deploy_ssh_known_hosts:
  - "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
''', _deploy_key, "Ansible YAML literal block scalar with an OpenSSH private key (ssh-keygen -t ed25519)",
    S_INDENTED=_deploy_key.replace("\n", "\n  "))

add("pgpass/postgres-password", "ops/scorekeeper-laptop/pgpass", r'''
# hostname:port:database:username:password
# copied to ~/.pgpass (chmod 600) on the scorekeeper laptops
stats-db.mhlstats.ca:5432:mhl_stats:scorekeeper:<<S>>
localhost:5432:*:postgres:postgres
stats-db.mhlstats.ca:5432:mhl_stats:readonly:readonly
''', human_pw(), "PostgreSQL docs: The Password File (.pgpass)")

add("netrc/api-password", "ops/scorekeeper-laptop/netrc", r'''
# ~/.netrc for the scorekeeper scripts (curl -n, python requests)
machine api.gamesheetinc.com
  login scorekeeper@metrohockey.ca
  password <<S>>

machine mhlstats.ca
  login upload
  password upload-disabled
''', human_pw(), "GNU inetutils / curl: the .netrc file (machine, login, password)")

_reg_auth = b64("mhl-ci:" + gen_pw(26))
add("json/docker-registry-auth", "ci/docker/config.json", r'''
{
  "auths": {
    "registry.mhlstats.ca": {
      "auth": "<<S>>"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', _reg_auth, "Docker config.json auths (base64 user:password) docs")

add("python/github-fine-grained-token", "scripts/open_schedule_issue.py", r'''
"""Open a GitHub issue on the schedule repo when the rink cancels a slot (called by the ice-booking webhook)."""
import sys

import requests

TOKEN = "<<S>>"
REPO = "metro-hockey-league/schedule"


def open_issue(slot: str, rink: str, reason: str) -> str:
    resp = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json",
                 "X-GitHub-Api-Version": "2022-11-28"},
        json={"title": f"Ice cancelled: {slot} at {rink}", "body": reason, "labels": ["reschedule"]},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["html_url"]


if __name__ == "__main__":
    print(open_issue(*sys.argv[1:4]))
''', fakes.github_fine_grained_token(_seed()), "GitHub fine-grained personal access tokens (github_pat_) docs")

# decoys: league
add("json/decoy-uuid-ids", "stats-site/data/teams.json", r'''
{
  "season": "2024-25",
  "league_id": "2f6c8a14-91d3-4b7e-a5c2-7e0f3d9b6a81",
  "teams": [
    {"id": "8b1e4c27-3d5a-4f90-b6e2-1c7a9d0f4e35", "name": "Eastside Wolves", "division": "U13 A", "gamesheet_team": 104233},
    {"id": "c3d90f12-6e4b-48a1-9f7c-25b8e0a3d6f4", "name": "Harbour Hawks", "division": "U13 A", "gamesheet_team": 104241},
    {"id": "5a7f2e90-b1c4-4d36-8e5a-9f0c3b6d2e17", "name": "Northend Lynx", "division": "U13 A", "gamesheet_team": 104250},
    {"id": "e9b4d1a6-0c27-4f85-a3e9-6d1f8b2c5a40", "name": "Lakeside Otters", "division": "U13 B", "gamesheet_team": 104262}
  ],
  "rinks": [
    {"id": "0d3e7b5c-8a1f-4c69-b2d4-3f6a9e1c7b08", "name": "Centennial Arena Rink 1"},
    {"id": "7c2a9f4e-5b8d-4e13-a6f0-8d1b3c9e5f72", "name": "Centennial Arena Rink 2"}
  ]
}
''', None, "UUIDs used as record identifiers (RFC 4122)")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-stats.yml", r'''
name: deploy-stats

on:
  push:
    branches: [main]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481204937715:role/mhl-stats-deploy
          aws-region: us-east-2
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://mhl-stats-site --delete
      - name: Purge Cloudflare
        env:
          CF_API_TOKEN: ${{ secrets.CF_API_TOKEN }}
          ZONE_ID: ${{ vars.CF_ZONE_ID }}
        run: ./scripts/purge_cache.sh
      - name: Notify Discord
        env:
          DISCORD_WEBHOOK: ${{ secrets.DISCORD_WEBHOOK }}
        run: curl -s -H "Content-Type: application/json" -d '{"content":"stats site deployed"}' "$DISCORD_WEBHOOK"
''', None, "GitHub Actions secrets context and OIDC role assumption docs")

add("markdown/decoy-api-docs-example", "docs/api/authentication.md", r'''
# Stats API: authentication

All endpoints need a bearer token. Ask the league registrar for a token for your team;
tokens are scoped to one team and one season.

```http
GET /v1/teams/{team_id}/games HTTP/1.1
Host: api.mhlstats.ca
Authorization: Bearer YOUR_API_TOKEN
```

Tokens are JWTs. A decoded example (from jwt.io's sample, not a real token):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fPwh_JV_adQssw5c
```

With curl:

```bash
curl -H "Authorization: Bearer $MHL_TOKEN" https://api.mhlstats.ca/v1/standings?division=U13A
```
''', None, "jwt.io introduction sample token; API docs with placeholder tokens")

add("text/decoy-go-sum", "ref-assign-go/go.sum", r'''
github.com/bwmarrin/discordgo v0.27.1 h1:ib9AIc/dom1E/fSIulrBwnez0CToJE113ZGt4HoliGY=
github.com/bwmarrin/discordgo v0.27.1/go.mod h1:NJZpH+1AfhIcyQsPeuBKsUtYrRnjkyu0kIVMCHkZtRY=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:wG8n/XJQ07TmjbITcGiUaOtXxdrINDz1b0J1w0SzqDc=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:A2S0CWkNylc2phvKXWBBdD3K0iGnDBGbzRpISP2zBl8=
github.com/gorilla/websocket v1.5.0 h1:PPwGk2jz7EePpoHN/+ClbZu8SPxiqlu12wZP/3sWmnc=
github.com/gorilla/websocket v1.5.0/go.mod h1:YR8l580nyteQvAITg2hZ9XVh4b55+EU/adAjf1fMHhE=
github.com/lib/pq v1.10.9 h1:YXG7RB+JIjhP29X+OtkiDnYaXQwpS4JEWq7dtCCRUEw=
github.com/lib/pq v1.10.9/go.mod h1:AlVN5x4E4T544tWzH6hKfbfQvm3HdbOxrmggDNAPY9o=
golang.org/x/crypto v0.17.0 h1:r8bRNjWL3GshPW3gkd+RpvzWrZAbQw/8QQp6Hig4qK4=
golang.org/x/crypto v0.17.0/go.mod h1:gCAAzBk5t/sBwTtE3fqTQkHzSiB/E3wdEu9ZjGdB7Cc=
''', None, "Go modules reference: go.sum (h1: hashes)")

add("json/decoy-package-lock-integrity", "scoreboard-ui/package-lock.json", r'''
{
  "name": "@rinkdisplay/scoreboard-ui",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@rinkdisplay/scoreboard-ui",
      "version": "3.2.0",
      "dependencies": {
        "mqtt": "^5.3.4",
        "preact": "^10.19.3"
      }
    },
    "node_modules/mqtt": {
      "version": "5.3.4",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.3.4.tgz",
      "integrity": "sha512-nyhr2bnFtyiv68jV3yfR6eQtGcGs/jr2l3ETKXYc0amttsasXa1KgvETHRNRjfeDt/yc68IqoEjFzKkHpoQUPQ=="
    },
    "node_modules/preact": {
      "version": "10.19.3",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.19.3.tgz",
      "integrity": "sha512-nHHTeFVBTHRGxJXKkKu5hT8C/YWBkPso4/Gad6xuj5dbptt9iF9NZr9pHbPhBrnT2klheu7mHTxTZ/LjwJiEiQ=="
    }
  }
}
''', None, "npm package-lock.json (integrity: Subresource Integrity sha512 digests) docs")

add("ansible/decoy-authorized-keys", "ansible/roles/users/vars/main.yml", r'''
---
admin_users:
  - name: dkowalski
    comment: "Dana Kowalski (league IT)"
    shell: /bin/bash
    ssh_keys:
      - "<<K1>> dana@laptop"
  - name: rpatel
    comment: "Ravi Patel (stats volunteer)"
    shell: /bin/bash
    ssh_keys:
      - "<<K2>> ravi@desktop"
      - "<<K3>> ravi@travel"

disabled_users:
  - tlemieux
''', None, "OpenSSH authorized_keys public key format (ssh-ed25519 / ssh-rsa AAAA...)",
    K1=ssh_public(), K2=ssh_public("ssh-rsa"), K3=ssh_public())

add("terraform/decoy-sensitive-variables", "infra/ref-portal/variables.tf", r'''
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token; never in tfvars)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Password of the refportal database user"
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.db_password) >= 20
    error_message = "Use a generated password of at least 20 characters."
  }
}

variable "region" {
  type    = string
  default = "tor1"
}
''', None, "Terraform input variables (sensitive = true, no default) docs")

add("markdown/decoy-aws-docs-example", "infra/README.md", r'''
# Stats site infrastructure

Terraform for the S3 + CloudFront stats site. Credentials come from the GitHub OIDC role in CI,
and from your own named profile locally:

```ini
# ~/.aws/credentials (example from the AWS docs; use your own keys)
[mhl-stats]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

```bash
export AWS_PROFILE=mhl-stats
terraform init
terraform plan -out plan.tfplan
```

State lives in `s3://mhl-terraform-state/stats-site.tfstate`, locked with the DynamoDB table `tf-locks`.
''', None, "AWS documentation example access keys (AKIAIOSFODNN7EXAMPLE)")

add("python/decoy-getpass", "league-sync/bootstrap_admin.py", r'''
"""Create the first admin account of the referee portal. Prompts for the password; nothing is stored here."""
import getpass

from werkzeug.security import generate_password_hash

from refportal.db import session
from refportal.models import User


def main() -> None:
    email = input("admin email: ").strip()
    password = getpass.getpass("password (min 16 chars): ")
    if len(password) < 16:
        raise SystemExit("too short")
    if password != getpass.getpass("again: "):
        raise SystemExit("passwords differ")
    session.add(User(email=email, role="admin", password_hash=generate_password_hash(password)))
    session.commit()
    print(f"created admin {email}")


if __name__ == "__main__":
    main()
''', None, "Python getpass; werkzeug generate_password_hash docs")

# == Scoreboards and the rink network ==============================================================

add("xml/scoreboard-controller-password", "scoreboard/venus/VenusControlSuite.config.xml", r'''
<?xml version="1.0" encoding="utf-8"?>
<!-- Daktronics Venus Control Suite: centre-hung video board + ribbon boards, Civic Centre main bowl -->
<VenusConfiguration version="7.2">
  <Server host="10.40.0.10" port="6500" />
  <Displays>
    <Display name="CenterHung-N" address="10.40.1.11" type="ProStar" />
    <Display name="CenterHung-S" address="10.40.1.12" type="ProStar" />
    <Display name="Ribbon-East" address="10.40.1.21" type="GalaxyPro" />
  </Displays>
  <DataSources>
    <AllSport console="AS5000" port="COM3" baud="19200" sport="Hockey" />
  </DataSources>
  <Security>
    <Credential role="Administrator" user="vcs-admin" password="<<S>>" />
    <Credential role="Operator" user="gameday" passwordHash="sha256:4b9c1e7f02a35d68e1c4b7a9f0d23e56c8b1a4f7d0e39c25b6a8f1d4c7e0b395" />
  </Security>
</VenusConfiguration>
''', human_pw(), "Daktronics Venus Control Suite configuration (display controller credentials)")

add("arduino/wifi-psk", "shotclock/shotclock.ino", r'''
// Shot clock / penalty clock driver for the practice rink (ESP32 + 7-segment drivers).
#include <WiFi.h>
#include <WebServer.h>

const char* WIFI_SSID = "ArenaOps";
const char* WIFI_PASS = "<<S>>";

WebServer server(80);
int penaltyHome = 0, penaltyAway = 0;

void handleSet() {
  penaltyHome = server.arg("home").toInt();
  penaltyAway = server.arg("away").toInt();
  server.send(200, "text/plain", "ok");
}

void setup() {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println(WiFi.localIP());
  server.on("/set", handleSet);
  server.begin();
}

void loop() {
  server.handleClient();
  drawDigits(penaltyHome, penaltyAway);
}
''', human_pw(), "ESP32 Arduino core WiFi.begin(ssid, password) docs")

add("wpa-supplicant/eap-password", "displays/lobby-pi/wpa_supplicant.conf", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=CA

# Lobby schedule display (Raspberry Pi 4) on the city's staff Wi-Fi
network={
    ssid="CITY-STAFF"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="svc-arena-display"
    password="<<S>>"
    phase2="auth=MSCHAPV2"
    priority=10
}
''', human_pw(), "wpa_supplicant.conf(5): WPA-EAP PEAP identity/password")

add("cisco/plaintext-password", "network/switches/arena-core-sw1.cfg", r'''
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname ARENA-CORE-SW1
!
username netadmin privilege 15 password 0 <<S>>
!
vlan 10
 name STAFF
vlan 20
 name SCOREBOARD
vlan 30
 name PLANT
vlan 40
 name PUBLIC-WIFI
!
interface GigabitEthernet1/0/1
 description Uplink-to-firewall
 switchport mode trunk
!
interface GigabitEthernet1/0/12
 description Scoreboard-controller
 switchport access vlan 20
 spanning-tree portfast
!
line vty 0 4
 login local
 transport input ssh
!
end
''', human_pw(), "Cisco IOS username ... password 0 (unencrypted) command reference")

add("batch/windows-autologon-password", "scoreboard/kiosk/setup_autologon.bat", r'''
@echo off
REM Scoreboard operator PC: log in automatically and start the scoring software at boot.
set USER=scoreboard
set PASS=<<S>>

net user %USER% %PASS% /add /y
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v DefaultUserName /t REG_SZ /d %USER% /f
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v DefaultPassword /t REG_SZ /d %PASS% /f
copy /y "%~dp0StartScoring.lnk" "C:\Users\%USER%\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\"
echo Done. Reboot to test.
''', human_pw(), "Windows Winlogon AutoAdminLogon / DefaultPassword registry values docs")

add("js/websocket-hmac-key", "broadcast-feed/src/feed.js", r'''
// Streams clock, score and penalties from the AllSport console (via the serial bridge)
// to the broadcast graphics machine. Each frame is HMAC-signed.
const crypto = require("crypto");
const WebSocket = require("ws");
const { readConsole } = require("./allsport");

const FEED_KEY = Buffer.from("<<S>>", "base64");
const wss = new WebSocket.Server({ port: 9020 });

function sign(payload) {
  return crypto.createHmac("sha256", FEED_KEY).update(payload).digest("hex");
}

readConsole("/dev/ttyUSB1", (state) => {
  const payload = JSON.stringify({ t: Date.now(), clock: state.clock, period: state.period,
                                   home: state.home, away: state.away, penalties: state.penalties });
  const frame = JSON.stringify({ payload, sig: sign(payload) });
  wss.clients.forEach((c) => c.readyState === WebSocket.OPEN && c.send(frame));
});
''', b64_bytes(32), "Node.js crypto.createHmac (shared HMAC key) docs")

add("wireguard/private-key", "network/wireguard/scoreboard-wg0.conf", r'''
# Site-to-site tunnel: scoreboard VLAN at Civic Centre -> vendor remote support
[Interface]
Address = 10.99.20.2/32
PrivateKey = <<S>>
ListenPort = 51820
DNS = 10.99.0.1

[Peer]
# Daktronics-style remote support concentrator
PublicKey = <<PUB>>
AllowedIPs = 10.99.0.0/24
Endpoint = support-vpn.rinkdisplays.net:51820
PersistentKeepalive = 25
''', b64_bytes(32), "wg(8) / wg-quick configuration (PrivateKey, PublicKey) man page", PUB=b64_bytes(32))

_ovpn_key = pkcs8_key()
add("openvpn/inline-private-key", "network/openvpn/plant-remote.ovpn", r'''
client
dev tun
proto udp
remote vpn.oakridgearena.ca 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
<<CA>>
</ca>
<key>
<<S>>
</key>
''', _ovpn_key, "OpenVPN reference manual: inline <ca>/<cert>/<key> blocks", CA=cert_pem())

add("yaml/tailscale-auth-key", "network/edge-box/cloud-init.yaml", r'''
#cloud-config
hostname: rink-edge-01
timezone: America/Winnipeg
package_update: true
packages:
  - curl
  - mosquitto-clients
  - chrony

runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=<<S>> --hostname=rink-edge-01 --advertise-tags=tag:rink --ssh
  - systemctl enable --now chrony
''', "tskey-auth-k" + draw(10) + "CNTRL-" + draw(33), "Tailscale auth keys (tskey-auth-...), tailscale up --authkey docs")

add("yaml/ngrok-authtoken", "scoreboard-ui/ngrok.yml", r'''
version: "2"
authtoken: <<S>>
tunnels:
  scoreboard-preview:
    proto: http
    addr: 5173
    basic_auth:
      - "preview:preview-only"
    domain: rinkboard-preview.ngrok.app
''', "2" + draw(26) + "_" + draw(21), "ngrok agent configuration file (authtoken) docs")

# == Game streaming ================================================================================

add("json/youtube-stream-key", "streaming/obs/basic/profiles/Rink1/service.json", r'''
{
    "settings": {
        "bwtest": false,
        "key": "<<S>>",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
''', youtube_key(), "OBS Studio profile service.json (rtmp_common, stream key); YouTube Live ingestion docs")

add("shell/twitch-stream-key", "streaming/bin/stream_rink2.sh", r'''
#!/usr/bin/env bash
# Rink 2 camera (PTZ, RTSP) -> Twitch, for the spring tournament weekend.
CAM="rtsp://10.50.0.22:554/stream1"
INGEST="rtmp://yto.contribute.live-video.net/app"

exec ffmpeg -hide_banner -rtsp_transport tcp -i "$CAM" \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 -pix_fmt yuv420p \
  -c:a aac -b:a 128k -ar 44100 \
  -f flv "$INGEST/<<S>>"
''', twitch_key(), "Twitch ingest endpoints and stream keys (live_...) docs; ffmpeg flv output")

add("markdown/facebook-stream-key", "streaming/RUNBOOK.md", r'''
# Game-night streaming runbook (Senior A home games)

1. Power on the camera PC (Rink 1 press box) and the Blackmagic ATEM.
2. Open OBS, profile **SeniorA-Facebook**, scene collection **Hockey**.
3. Check the scorebug source is receiving data (clock should move when the ref drops the puck).
4. Settings > Stream:
   - Service: Facebook Live
   - Server: `rtmps://live-api-s.facebook.com:443/rtmp/`
   - Stream key (persistent key for the club page): `<<S>>`
5. Start streaming 10 minutes before puck drop with the "Starting soon" scene.
6. After the game, stop the stream and post the replay link in #media.

If the stream drops, check the press-box switch port 14 first (it has failed twice).
''', "FB-" + str(_rng().randint(10**14, 10**15 - 1)) + "-0-Ab" + draw(40, URLSAFE),
    "Facebook Live Producer persistent stream keys (FB-...-0-...) help docs")

add("env/mux-token-secret", "streaming/vod-uploader/.env", r'''
# Uploads game replays to Mux and posts the playback URL to the league site
MUX_TOKEN_ID=<<TID>>
MUX_TOKEN_SECRET=<<S>>
MUX_PLAYBACK_POLICY=public
REPLAY_DIR=/mnt/replays
LEAGUE_SITE_WEBHOOK=https://mhlstats.ca/hooks/replay
''', b64_bytes(56), "Mux API access tokens (token id + token secret) docs", TID=uuid4())

add("php/vimeo-access-token", "site/wp-content/themes/skating-club/inc/vimeo-gallery.php", r'''
<?php
/**
 * Competition videos gallery: lists the club's Vimeo showcase on the "Videos" page.
 */
use Vimeo\Vimeo;

function scc_vimeo_videos( $showcase_id = '10482213' ) {
	$cached = get_transient( 'scc_vimeo_' . $showcase_id );
	if ( false !== $cached ) {
		return $cached;
	}
	$client = new Vimeo( 'a7f3b2c19d0e4f68', '', '<<S>>' );
	$resp   = $client->request( "/me/albums/{$showcase_id}/videos", array( 'per_page' => 50, 'sort' => 'date' ) );
	$videos = array();
	foreach ( $resp['body']['data'] ?? array() as $v ) {
		$videos[] = array( 'name' => $v['name'], 'link' => $v['link'], 'thumb' => $v['pictures']['base_link'] );
	}
	set_transient( 'scc_vimeo_' . $showcase_id, $videos, HOUR_IN_SECONDS );
	return $videos;
}
''', hexs(32), "Vimeo API personal access tokens; vimeo.php new Vimeo(client_id, client_secret, access_token) docs")

add("text/wowza-publish-password", "streaming/wowza/conf/publish.password", r'''
# Publish password file for Wowza Streaming Engine (RTMP publish authentication).
# Format: [username] [password]
# Rink camera encoders (Teradek Vidiu Go) use these to publish to live/rinkN.
rink1cam <<S>>
# rink2cam: disabled until the new encoder arrives
''', gen_pw(16), "Wowza Streaming Engine: publish.password file (RTMP authentication) docs")

add("shell/srt-passphrase", "streaming/bin/srt_to_studio.sh", r'''
#!/bin/sh
# Send the Rink 1 program feed to the regional sports network studio over SRT (AES-256).
SRC="udp://239.10.1.1:5000"
DEST="srt://ingest.northsportsnet.tv:9001?mode=caller&latency=800000&pbkeylen=32&passphrase=<<S>>&streamid=civic-rink1"

ffmpeg -hide_banner -i "$SRC" -c copy -f mpegts "$DEST"
''', gen_pw(28), "SRT URL options (passphrase, pbkeylen) in the ffmpeg protocols docs")

add("lua/obs-scorebug-token", "streaming/obs/scripts/scorebug.lua", r'''
-- OBS script: polls the scoreboard feed API and updates the scorebug text sources.
obs = obslua

local API = "https://feed.rinkdisplays.net/v1/venues/civic-centre/state"
local TOKEN = "<<S>>"
local interval_ms = 500

function script_description()
  return "Scorebug from the rink scoreboard feed (home/away/clock/period)."
end

local function set_text(name, text)
  local source = obs.obs_get_source_by_name(name)
  if source ~= nil then
    local settings = obs.obs_data_create()
    obs.obs_data_set_string(settings, "text", text)
    obs.obs_source_update(source, settings)
    obs.obs_data_release(settings)
    obs.obs_source_release(source)
  end
end

function poll()
  local body = http_get(API, { ["Authorization"] = "Token " .. TOKEN })
  if body == nil then return end
  local s = json_decode(body)
  set_text("Score Home", tostring(s.home.score))
  set_text("Score Away", tostring(s.away.score))
  set_text("Clock", s.clock .. "  P" .. s.period)
end

function script_load(settings)
  obs.timer_add(poll, interval_ms)
end
''', hexs(40), "OBS Studio Lua scripting (obslua) docs; token authentication header")

# == Membership and payments =======================================================================

add("php/moneris-api-token", "club-portal/app/Services/MonerisGateway.php", r'''
<?php

namespace App\Services;

require_once base_path('vendor/moneris/mpgClasses.php');

/**
 * Season registration payments (Moneris eSELECTplus, Canada).
 */
class MonerisGateway
{
    private string $storeId = 'monca04219';
    private string $apiToken = '<<S>>';

    public function purchase(string $orderId, string $amount, string $pan, string $expdate): \mpgResponse
    {
        $txn = new \mpgTransaction([
            'type' => 'purchase',
            'order_id' => $orderId,
            'amount' => $amount,
            'pan' => $pan,
            'expdate' => $expdate,
            'crypt_type' => '7',
        ]);
        $request = new \mpgRequest($txn);
        $request->setProcCountryCode('CA');
        $request->setTestMode(false);
        $https = new \mpgHttpsPost($this->storeId, $this->apiToken, $request);
        return $https->getMpgResponse();
    }
}
''', draw(20), "Moneris Gateway PHP API (store_id, api_token, mpgHttpsPost) developer docs")

add("js/paypal-client-secret", "donations-api/config/paypal.js", r'''
// PayPal REST app "Synchro Team Donations" (live)
module.exports = {
  mode: "live",
  baseUrl: "https://api-m.paypal.com",
  clientId: "<<CID>>",
  clientSecret: "<<S>>",
  currency: "CAD",
  returnUrl: "https://donate.harbourlightssynchro.ca/thanks",
  cancelUrl: "https://donate.harbourlightssynchro.ca/",
};
''', paypal_secret(), "PayPal REST API credentials (client ID and secret), OAuth2 token docs", CID=paypal_client_id())

add("ruby/braintree-private-key", "registration-rails/config/initializers/braintree.rb", r'''
# frozen_string_literal: true

Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "<<MID>>"
Braintree::Configuration.public_key = "<<PUB>>"
Braintree::Configuration.private_key = "<<S>>"
Braintree::Configuration.logger = Rails.logger
''' + "\n# Registration fees are charged in CAD through the merchant account below.\nBRAINTREE_MERCHANT_ACCOUNT = \"westendskatingclubCAD\"\n",
    hexs(32), "Braintree API credentials (merchant id, public key, private key) Ruby SDK docs",
    MID=draw(16, LOWER_DIGITS), PUB=draw(16, LOWER_DIGITS))

add("xml/authorize-net-transaction-key", "RinkPOS/Web.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="<<LID>>" />
    <add key="AuthNet.TransactionKey" value="<<S>>" />
    <add key="Rink.Name" value="Silver Lake Ice Arena" />
    <add key="Receipt.Footer" value="Thank you! Skate rentals must be returned by end of session." />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', draw(16), "Authorize.net API credentials (API Login ID and Transaction Key) docs", LID=draw(9))

add("python/helcim-api-token", "pos-bridge/helcim_terminal.py", r'''
"""Send a sale to the Helcim Smart Terminal at the skate rental counter."""
import uuid

import requests

HELCIM_API_TOKEN = "<<S>>"
DEVICE_CODE = "T7QX"


def sale(amount_cad: float, invoice: str) -> dict:
    resp = requests.post(
        f"https://api.helcim.com/v2/devices/{DEVICE_CODE}/payment/purchase",
        headers={"api-token": HELCIM_API_TOKEN, "idempotency-key": uuid.uuid4().hex[:25],
                 "accept": "application/json", "content-type": "application/json"},
        json={"currency": "CAD", "transactionAmount": round(amount_cad, 2), "invoiceNumber": invoice},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
''', draw(32) + "." + draw(8) + "!" + draw(6), "Helcim API v2 (api-token header) developer docs")

add("java/clover-api-token", "concessions/src/main/java/ca/greenfieldarena/concessions/CloverClient.java", r'''
package ca.greenfieldarena.concessions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Pulls the day's concession-stand orders from Clover for the end-of-day report. */
public final class CloverClient {
    private static final String BASE = "https://api.clover.com/v3/merchants/";
    private static final String MERCHANT_ID = "7KQ2M9XZB1PF1";
    private static final String API_TOKEN = "<<S>>";

    private final HttpClient http = HttpClient.newHttpClient();

    public String ordersSince(long epochMillis) throws Exception {
        HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create(BASE + MERCHANT_ID + "/orders?filter=createdTime>=" + epochMillis + "&expand=lineItems"))
                .header("Authorization", "Bearer " + API_TOKEN)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("Clover returned " + res.statusCode());
        }
        return res.body();
    }
}
''', uuid4(), "Clover REST API: merchant API tokens (Authorization: Bearer) docs")

_gs_key = stripe_secret()
add("apps-script/stripe-secret-key", "apps-script/registration/Payments.gs", r'''
/**
 * Registration form (Google Forms) -> Stripe payment link emailed to the parent.
 */
var STRIPE_KEY = 'sk_live_' +
    '<<A>>' +
    '<<B>>';

function onFormSubmit(e) {
  var r = e.namedValues;
  var price = PRICES[r['Program'][0]];
  var link = createPaymentLink(price, r['Skater name'][0]);
  MailApp.sendEmail(r['Parent email'][0], 'Skating registration: payment',
      'Thanks for registering ' + r['Skater name'][0] + '. Pay here: ' + link);
}

function createPaymentLink(priceId, skater) {
  var resp = UrlFetchApp.fetch('https://api.stripe.com/v1/payment_links', {
    method: 'post',
    headers: { Authorization: 'Bearer ' + STRIPE_KEY },
    payload: { 'line_items[0][price]': priceId, 'line_items[0][quantity]': '1', 'metadata[skater]': skater }
  });
  return JSON.parse(resp.getContentText()).url;
}

var PRICES = {
  'CanSkate (Sat AM)': 'price_1OkX2bGz4R8pKcVtmQ7yLw3d',
  'STARSkate': 'price_1OkX3RGz4R8pKcVt0pN5cB8e',
  'Adult Learn to Skate': 'price_1OkX4MGz4R8pKcVtH2sD6fJ1'
};
''', _gs_key, "Stripe secret keys; Google Apps Script UrlFetchApp with an Authorization header docs",
    A=_gs_key[8:40], B=_gs_key[40:])

add("python/shopify-admin-token", "proshop/shopify_orders.py", r'''
"""Pull online pro-shop orders (skate sharpening passes, club jackets) into the front-desk queue."""
import requests

SHOP = "westend-skating-proshop.myshopify.com"
ADMIN_TOKEN = "<<S>>"


def open_orders() -> list:
    resp = requests.get(
        f"https://{SHOP}/admin/api/2024-01/orders.json",
        params={"status": "open", "fulfillment_status": "unfulfilled", "limit": 100},
        headers={"X-Shopify-Access-Token": ADMIN_TOKEN},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["orders"]


for order in open_orders():
    items = ", ".join(f"{li['quantity']}x {li['title']}" for li in order["line_items"])
    print(order["name"], order["customer"]["first_name"], items)
''', "shpat_" + hexs(32), "Shopify Admin API access tokens (shpat_, X-Shopify-Access-Token) docs")

add("env/quickbooks-client-secret", "accounting-sync/.env", r'''
# QuickBooks Online sync for ice-rental invoices (Intuit developer app "Arena Invoicing")
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=ABx7Qm2LpT9vKc4RzW1nYd8Hs3Jf6Ge0Ua5Ei2Ob7Ct4Xr9Pk
QBO_CLIENT_SECRET=<<S>>
QBO_REALM_ID=9130352418672015
QBO_REDIRECT_URI=https://finance.crestwoodarena.ca/qbo/callback
ICE_RENTAL_ITEM_ID=41
''', draw(40), "Intuit QuickBooks Online OAuth 2.0 app keys (client ID and client secret) docs")

add("python/eventbrite-token", "tournaments/eventbrite_attendees.py", r'''
"""Download the Easter tournament team registrations from Eventbrite into the schedule builder."""
import csv

import requests

EVENTBRITE_TOKEN = "<<S>>"
EVENT_ID = "812347700219"

url = f"https://www.eventbriteapi.com/v3/events/{EVENT_ID}/attendees/"
rows, page = [], 1
while page:
    data = requests.get(url, params={"page": page}, headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}, timeout=20).json()
    for a in data["attendees"]:
        answers = {q["question"]: q.get("answer", "") for q in a.get("answers", [])}
        rows.append([a["profile"]["name"], answers.get("Team name"), answers.get("Division")])
    page = data["pagination"]["page_number"] + 1 if data["pagination"]["has_more_items"] else 0

with open("teams.csv", "w", newline="") as fh:
    csv.writer(fh).writerows(rows)
''', draw(20, string.ascii_uppercase + string.digits), "Eventbrite API private tokens (OAuth Bearer) docs")

add("shell/pushover-token", "ops/bin/ice_ready_push.sh", r'''
#!/bin/sh
# Push notification to the rink attendants' phones when the ice is ready after a flood.
PUSHOVER_APP_TOKEN=<<S>>
PUSHOVER_GROUP=<<GRP>>

curl -s \
  --form-string "token=$PUSHOVER_APP_TOKEN" \
  --form-string "user=$PUSHOVER_GROUP" \
  --form-string "title=Ice ready" \
  --form-string "message=${1:-Rink 1} is resurfaced and ready." \
  https://api.pushover.net/1/messages.json
''', "a" + draw(29, LOWER_DIGITS), "Pushover Message API (application token, user/group key) docs", GRP="g" + draw(29, LOWER_DIGITS))

add("dart/api-key", "club_app/lib/services/rink_api.dart", r'''
import 'dart:convert';
import 'package:http/http.dart' as http;

/// Public skate times and closures for the club app.
class RinkApi {
  static const _base = 'https://api.rinkschedule.io/v2';
  static const _apiKey = '<<S>>';

  Future<List<Map<String, dynamic>>> publicSkates(String venueId) async {
    final res = await http.get(
      Uri.parse('$_base/venues/$venueId/sessions?type=public_skate'),
      headers: {'X-Api-Key': _apiKey, 'Accept': 'application/json'},
    );
    if (res.statusCode != 200) {
      throw Exception('schedule API ${res.statusCode}');
    }
    return List<Map<String, dynamic>>.from(jsonDecode(res.body)['sessions']);
  }
}
''', "rsk_live_" + draw(40), "Dart http package headers (X-Api-Key) docs; vendor live API key shape")

add("swift/algolia-admin-key", "ClubApp/ClubApp/Search/SearchIndexer.swift", r'''
import Foundation
import AlgoliaSearchClient

/// Re-indexes the programs catalogue (lessons, camps, ice rentals) after an admin edits it in the app.
final class SearchIndexer {
    private let client = SearchClient(appID: "Q7XK2M4P9R", apiKey: "<<S>>")
    private lazy var index = client.index(withName: "programs")

    func reindex(_ programs: [Program]) {
        let records = programs.map { p in
            ["objectID": p.id, "title": p.title, "level": p.level, "rink": p.rink, "startDate": p.startDate]
        }
        index.replaceAllObjects(with: records) { result in
            if case .failure(let error) = result {
                print("algolia reindex failed: \(error)")
            }
        }
    }
}
''', hexs(32), "Algolia Admin API key (write access) vs search-only key, Swift API client docs")

# == Infrastructure the rinks run on ===============================================================

_k8s_db_pw = human_pw()
add("k8s-secret/database-password", "k8s/booking/db-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
  labels:
    app: booking-api
type: Opaque
data:
  DB_HOST: <<HOST>>
  DB_USER: <<USER>>
  DB_PASSWORD: <<PW>>
''', _k8s_db_pw, "Kubernetes Secrets (data: base64-encoded values) docs",
    HOST=b64("booking-db.booking.svc.cluster.local"), USER=b64("booking"), PW=b64(_k8s_db_pw))

add("k8s-secret/stripe-secret-key", "k8s/booking/stripe-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: booking
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "<<S>>"
  STRIPE_ACCOUNT_COUNTRY: "CA"
''', stripe_secret(), "Kubernetes Secrets (stringData) docs; Stripe secret keys")

add("helm/postgres-password", "charts/ice-scheduler/values-prod.yaml", r'''
image:
  repository: ghcr.io/northgate-arena/ice-scheduler
  tag: "2.14.0"

replicaCount: 2

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: schedule.northgateicecentre.ca
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: schedule-tls
      hosts: [schedule.northgateicecentre.ca]

postgresql:
  enabled: true
  auth:
    username: scheduler
    password: "<<S>>"
    database: ice_scheduler
  primary:
    persistence:
      size: 20Gi

resources:
  requests:
    cpu: 100m
    memory: 256Mi
''', url_pw(), "Bitnami PostgreSQL Helm chart values (auth.username / auth.password) docs")

add("ini/ansible-become-password", "ansible/inventory/arena_hosts.ini", r'''
[scoreboard]
scoreboard-pc-1 ansible_host=10.40.0.10
scoreboard-pc-2 ansible_host=10.40.0.11

[plant]
plant-pc ansible_host=10.20.0.5

[displays]
lobby-pi-[1:4] ansible_host_prefix=10.30.0.

[windows:children]
scoreboard

[windows:vars]
ansible_user=rinkadmin
ansible_password=<<S>>
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
''', gen_pw(20), "Ansible inventory connection variables (ansible_password, WinRM) docs")

add("jenkinsfile/sshpass-password", "Jenkinsfile", r'''
pipeline {
    agent any
    environment {
        DISPLAY_HOST = '10.30.0.21'
    }
    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Deploy to lobby displays') {
            steps {
                sh """
                    for h in 10.30.0.21 10.30.0.22 10.30.0.23; do
                      sshpass -p '<<S>>' rsync -az --delete dist/ pi@\$h:/home/pi/schedule-display/
                      sshpass -p '<<S>>' ssh -o StrictHostKeyChecking=no pi@\$h 'sudo systemctl restart schedule-display'
                    done
                """
            }
        }
    }
}
''', human_pw(), "sshpass(1) -p password; Jenkins declarative pipeline sh step docs")

add("dockerfile/api-key-env", "services/schedule-display/Dockerfile", r'''
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
ENV SCHEDULE_API_URL=https://api.rinkschedule.io/v2 \
    SCHEDULE_API_KEY=<<S>> \
    VENUE_ID=ven_northgate
EXPOSE 80
''', "rsk_live_" + draw(40), "Dockerfile reference (ENV) docs")

add("shell-history/mysql-password", "ops/notes/bash_history_frontdesk.txt", r'''
cd /srv/booking
git pull
docker compose ps
docker compose logs --tail=50 app
mysql -h 127.0.0.1 -u booking -p'<<S>>' icebooking -e "select id, customer, rink, start_at from bookings where start_at > now() order by start_at limit 20;"
mysqldump -h 127.0.0.1 -u booking -p'<<S>>' icebooking > /tmp/icebooking-$(date +%F).sql
gzip /tmp/icebooking-*.sql
ls -lh /tmp/*.gz
exit
''', human_pw(), "mysql(1) client --password / -p option docs")

add("sql/create-user-password", "plant/db/migrations/0007_grafana_reader.sql", r'''
-- Read-only login for Grafana dashboards on the plant database
CREATE ROLE grafana_ro WITH LOGIN PASSWORD '<<S>>';
GRANT CONNECT ON DATABASE plant TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grafana_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO grafana_ro;
''', human_pw(), "PostgreSQL CREATE ROLE ... LOGIN PASSWORD docs")

add("r/database-password", "analysis/energy_use.R", r'''
# Electricity use of the ice plant vs. outdoor temperature, 2023-24 season
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "plantdb.internal",
  port = 5432,
  dbname = "plant",
  user = "analyst",
  password = "<<S>>"
)

kwh <- dbGetQuery(con, "
  select date_trunc('day', ts) as day, sum(kwh) as kwh, avg(outdoor_c) as outdoor_c
  from plant_meter group by 1 order by 1")

ggplot(kwh, aes(outdoor_c, kwh)) +
  geom_point(alpha = 0.5) +
  geom_smooth(method = "lm") +
  labs(title = "Daily plant kWh vs outdoor temperature", x = "Outdoor (C)", y = "kWh")

dbDisconnect(con)
''', human_pw(), "DBI::dbConnect with RPostgres::Postgres() (password argument) docs")

add("vba/odbc-password", "office/IceInvoices.bas", r'''
Attribute VB_Name = "IceInvoices"
Option Explicit

' Builds the monthly ice-rental invoice list in the "Invoices" sheet from the booking database.
Public Sub LoadInvoices()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set ws = ThisWorkbook.Sheets("Invoices")
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=10.10.0.15;Database=icebooking;" & _
            "Uid=office;Pwd=<<S>>;"
    Set rs = cn.Execute("SELECT customer, SUM(hours) AS hrs, SUM(amount) AS total FROM bookings " & _
                        "WHERE start_at >= DATE_FORMAT(NOW() - INTERVAL 1 MONTH, '%Y-%m-01') " & _
                        "AND start_at < DATE_FORMAT(NOW(), '%Y-%m-01') GROUP BY customer")
    ws.Range("A2:C500").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
''', human_pw(), "MySQL Connector/ODBC connection string parameters (Uid, Pwd); ADODB.Connection docs")

add("xml/nuget-cleartext-password", "RinkPOS/NuGet.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="arena-feed" value="https://pkgs.dev.azure.com/silverlakearena/_packaging/arena/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <arena-feed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="<<S>>" />
    </arena-feed>
  </packageSourceCredentials>
</configuration>
''', draw(52, "abcdefghijklmnopqrstuvwxyz234567"), "nuget.config packageSourceCredentials ClearTextPassword; Azure DevOps PAT docs")

add("env/laravel-app-key", "club-portal/.env.production", r'''
APP_NAME="Club Portal"
APP_ENV=production
APP_KEY=base64:<<S>>
APP_DEBUG=false
APP_URL=https://portal.oakvillefigureskating.ca

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=club_portal
DB_USERNAME=club_portal
SESSION_DRIVER=database
''', b64_bytes(32), "Laravel configuration: APP_KEY (php artisan key:generate, base64:) docs")

add("python/azure-storage-connection-string", "streaming/archive/upload_replays.py", r'''
"""Archive game replays from the streaming PC to Azure Blob (cool tier), then delete local copies older than 14 days."""
import datetime as dt
import pathlib

from azure.storage.blob import BlobServiceClient, StandardBlobTier

CONN = ("DefaultEndpointsProtocol=https;AccountName=civicreplays;"
        "AccountKey=<<S>>;EndpointSuffix=core.windows.net")
LOCAL = pathlib.Path("D:/Replays")

service = BlobServiceClient.from_connection_string(CONN)
container = service.get_container_client("replays")

for f in sorted(LOCAL.glob("*.mp4")):
    blob = container.get_blob_client(f"{f.stat().st_mtime_ns // 10**9}_{f.name}")
    if not blob.exists():
        with f.open("rb") as fh:
            blob.upload_blob(fh, standard_blob_tier=StandardBlobTier.COOL)
        print("uploaded", f.name)
    if dt.datetime.fromtimestamp(f.stat().st_mtime) < dt.datetime.now() - dt.timedelta(days=14):
        f.unlink()
''', b64_bytes(64), "Azure Storage connection strings (AccountName/AccountKey) docs")

# == Decoys: scoreboards, network, streaming =======================================================

add("cisco/decoy-hashed-secrets", "network/switches/arena-access-sw2.cfg", r'''
!
version 17.6
service password-encryption
!
hostname ARENA-ACCESS-SW2
!
enable secret 9 $9$<<H1>>
!
username netadmin privilege 15 secret 9 $9$<<H2>>
username backup privilege 1 secret 9 $9$<<H3>>
!
aaa new-model
aaa authentication login default local
!
interface range GigabitEthernet1/0/1 - 8
 description Rink-cameras
 switchport access vlan 50
 power inline auto
!
ip ssh version 2
line vty 0 4
 transport input ssh
!
end
''', None, "Cisco IOS type 9 (scrypt) secrets: enable secret 9 / username secret 9 command reference",
    H1=draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"), H2=draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"),
    H3=draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"))

add("edgeos/decoy-encrypted-password", "network/edgerouter/config.boot", r'''
interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
    ethernet eth1 {
        address 10.40.0.1/24
        description SCOREBOARD
    }
}
service {
    ssh {
        port 22
        protocol-version v2
    }
}
system {
    host-name arena-er4
    login {
        user rinkadmin {
            authentication {
                encrypted-password $6$<<SALT>>$<<HASH>>
                plaintext-password ""
            }
            level admin
        }
    }
    time-zone America/Toronto
}
''', None, "EdgeOS config.boot: login user encrypted-password (SHA-512 crypt) docs",
    SALT=draw(16, ALNUM + "./"), HASH=draw(86, ALNUM + "./"))

add("c/decoy-scoreboard-protocol", "broadcast-feed/native/allsport_frame.c", r'''
/* Decoder for the scoreboard console's RTD serial frames (hockey). */
#include <stdint.h>
#include <string.h>

#define SYN   0x16
#define SOH   0x01
#define STX   0x02
#define EOT   0x04
#define ETB   0x17

static const uint8_t HOCKEY_HEADER[] = { 0x16, 0x16, 0x01, 0x30, 0x30, 0x34, 0x32, 0x31, 0x30, 0x30, 0x30, 0x30, 0x02 };
static const char *CLOCK_MASK = "0xF0F0F0F0F0F0";

typedef struct {
    char clock[6];
    uint8_t period;
    uint8_t home, away;
} board_state;

int decode_frame(const uint8_t *buf, size_t len, board_state *out) {
    if (len < sizeof HOCKEY_HEADER + 12 || memcmp(buf, HOCKEY_HEADER, 3) != 0) return -1;
    const uint8_t *p = buf + sizeof HOCKEY_HEADER;
    memcpy(out->clock, p, 5); out->clock[5] = 0;
    out->period = (uint8_t)(p[5] - '0');
    out->home = (uint8_t)((p[6] - '0') * 10 + (p[7] - '0'));
    out->away = (uint8_t)((p[8] - '0') * 10 + (p[9] - '0'));
    return buf[len - 1] == ETB || buf[len - 1] == EOT ? 0 : -2;
}
''', None, "Scoreboard RTD serial protocol frame constants (hex bytes)")

add("yaml/decoy-firmware-manifest", "shotclock/releases/manifest.yaml", r'''
# Firmware releases for the shot clocks and penalty boxes (OTA server reads this file)
channel: stable
releases:
  - version: 1.4.2
    date: 2024-11-02
    file: rinkclock-1.4.2.bin
    sha256: <<H1>>
    size: 1048576
    notes: "Fix penalty clock drift after 20 min"
  - version: 1.4.1
    date: 2024-09-18
    file: rinkclock-1.4.1.bin
    sha256: <<H2>>
    size: 1046528
    notes: "Brightness schedule for public skate"
signing:
  public_key_id: rinkclock-ota-2024
  algorithm: ed25519
''', None, "OTA firmware manifest with SHA-256 checksums", H1=hexs(64), H2=hexs(64))

add("shell/decoy-stream-key-env", "streaming/bin/stream_rink1.sh", r'''
#!/usr/bin/env bash
# Rink 1 camera -> YouTube. The stream key is in /etc/streaming/rink1.env (not in git):
#   YT_STREAM_KEY=....
set -euo pipefail
source /etc/streaming/rink1.env
: "${YT_STREAM_KEY:?YT_STREAM_KEY not set}"

exec ffmpeg -hide_banner -rtsp_transport tcp -i "rtsp://10.50.0.21:554/stream1" \
  -c:v libx264 -preset veryfast -b:v 6000k -g 60 -c:a aac -b:a 160k \
  -f flv "rtmp://a.rtmp.youtube.com/live2/${YT_STREAM_KEY}"
''', None, "Bash parameter expansion ${var:?}; YouTube RTMP ingest docs")

add("wireguard/decoy-key-from-file", "network/wireguard/wg-rinks.conf", r'''
# Hub for the three rinks' edge boxes. The private key is generated on the host:
#   wg genkey | tee /etc/wireguard/private.key | wg pubkey
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# rink-edge-01 (Civic Centre)
PublicKey = <<P1>>
AllowedIPs = 10.99.0.11/32

[Peer]
# rink-edge-02 (Northgate)
PublicKey = <<P2>>
AllowedIPs = 10.99.0.12/32
''', None, "wg(8): private-key read from a file; peers' PublicKey values are public",
    P1=b64_bytes(32), P2=b64_bytes(32))

add("nginx/decoy-auth-basic-file", "ops/nginx/grafana.conf", r'''
server {
    listen 443 ssl http2;
    server_name dashboards.rinkops.internal;

    ssl_certificate     /etc/nginx/tls/dashboards.crt;
    ssl_certificate_key /etc/nginx/tls/dashboards.key;

    auth_basic           "Rink Ops";
    auth_basic_user_file /etc/nginx/htpasswd.rinkops;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-WEBAUTH-USER $remote_user;
    }
}
''', None, "nginx ngx_http_auth_basic_module (auth_basic_user_file) docs")

add("htpasswd/decoy-apr1-hashes", "ops/nginx/htpasswd.rinkops", r'''
chief-operator:$apr1$<<S1>>$<<H1>>
night-attendant:$apr1$<<S2>>$<<H2>>
arena-manager:$apr1$<<S3>>$<<H3>>
refrig-contractor:$apr1$<<S4>>$<<H4>>
ice-tech-2:$apr1$<<S5>>$<<H5>>
''', None, "Apache htpasswd MD5 (apr1) password hashes docs",
    S1=draw(8, ALNUM + "./"), H1=draw(22, ALNUM + "./"), S2=draw(8, ALNUM + "./"), H2=draw(22, ALNUM + "./"),
    S3=draw(8, ALNUM + "./"), H3=draw(22, ALNUM + "./"), S4=draw(8, ALNUM + "./"), H4=draw(22, ALNUM + "./"),
    S5=draw(8, ALNUM + "./"), H5=draw(22, ALNUM + "./"))

add("k8s/decoy-ca-certificate", "k8s/mqtt/ca-configmap.yaml", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: rinkops-mqtt-ca
  namespace: telemetry
data:
  ca.crt: |
    <<CERT>>
''', None, "Kubernetes ConfigMap holding a public CA certificate",
    CERT=cert_pem().replace("\n", "\n    "))

add("python/decoy-public-key-verify", "broadcast-feed/verify_vendor_push.py", r'''
"""Verify the scoreboard vendor's signed stat pushes with their published public key."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

VENDOR_PUBLIC_KEY = b"""<<PUB>>
"""

_key = serialization.load_pem_public_key(VENDOR_PUBLIC_KEY)


def verify(body: bytes, signature: bytes) -> bool:
    try:
        _key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False
''', None, "cryptography load_pem_public_key; PEM PUBLIC KEY blocks are public", PUB=public_key_pem())

add("kotlin/decoy-certificate-pins", "icetech-app/app/src/main/java/ca/rinkops/icetech/api/Http.kt", r'''
package ca.rinkops.icetech.api

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import java.util.concurrent.TimeUnit

object Http {
    private val pinner = CertificatePinner.Builder()
        .add("plant.rinkops.ca", "sha256/<<P1>>")
        .add("plant.rinkops.ca", "sha256/<<P2>>")
        .build()

    val client: OkHttpClient = OkHttpClient.Builder()
        .certificatePinner(pinner)
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(20, TimeUnit.SECONDS)
        .build()
}
''', None, "OkHttp CertificatePinner (sha256/ public key pins) docs", P1=b64_bytes(32), P2=b64_bytes(32))

add("markdown/decoy-network-inventory", "docs/network/inventory.md", r'''
# Arena network inventory

| Device | Model | Serial | MAC | IP | Credentials |
| --- | --- | --- | --- | --- | --- |
| Core switch | Catalyst 9200 | FOC2418X0QZ | 70:1F:53:2A:9C:01 | 10.0.0.2 | 1Password: "Arena Core Switch" |
| Scoreboard controller | Venus 7 PC | DK-VCS-22-0917 | 00:1B:21:8E:44:C2 | 10.40.0.10 | 1Password: "Venus Admin" |
| Plant PC | Dell OptiPlex 7010 | 8XK2Q93 | A4:BB:6D:10:7F:3E | 10.20.0.5 | local admin via LAPS |
| Edge box | Protectli VP2410 | PV24-001382 | 64:62:66:21:0A:91 | 10.99.0.11 | Tailscale SSH only |
| Lobby display 1 | Raspberry Pi 4 | 10000000e3a1b2c4 | DC:A6:32:5B:19:04 | 10.30.0.21 | key auth, no password |

Passwords are never written here. Ask the facilities lead for vault access.
''', None, "Network inventory documentation (serials, MACs, vault references)")

add("js/decoy-vapid-public-key", "club-app-web/src/push.js", r'''
// Web push for schedule changes. The VAPID *public* key goes to the browser; the private key
// stays on the server (env VAPID_PRIVATE_KEY).
const VAPID_PUBLIC_KEY = "<<PUB>>";

function urlBase64ToUint8Array(base64String) {
  const padding = "=".repeat((4 - (base64String.length % 4)) % 4);
  const base64 = (base64String + padding).replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64);
  return Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));
}

export async function subscribe() {
  const reg = await navigator.serviceWorker.ready;
  const sub = await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch("/api/push/subscribe", { method: "POST", headers: { "Content-Type": "application/json" },
                                       body: JSON.stringify(sub) });
}
''', None, "Web Push VAPID application server (public) key, MDN PushManager.subscribe docs",
    PUB=b64url_nopad(b"\x04" + bytes(random.Random(_seed()).getrandbits(8) for _ in range(64))))

add("json/decoy-obs-profile-no-key", "streaming/obs/basic/profiles/Rink2/service.json", r'''
{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "auto",
        "service": "Twitch",
        "use_auth": false
    },
    "type": "rtmp_common"
}
''', None, "OBS Studio service.json with the stream key left empty (set on the streaming PC)")

# == Decoys: payments, membership, apps ============================================================

add("js/decoy-braintree-tokenization-key", "registration-web/src/dropin.js", r'''
import dropin from "braintree-web-drop-in";

// Tokenization keys are meant for the client: they can only tokenize cards, never charge them.
// Charges happen server-side with the private key (config/initializers/braintree.rb reads it from credentials).
const TOKENIZATION_KEY = "production_<<A>>_<<B>>";

export async function mountDropIn(selector, amount) {
  const instance = await dropin.create({
    authorization: TOKENIZATION_KEY,
    container: selector,
    card: { cardholderName: { required: true } },
  });
  document.querySelector("#pay").addEventListener("click", async () => {
    const { nonce } = await instance.requestPaymentMethod();
    await fetch("/registrations/pay", { method: "POST", headers: { "Content-Type": "application/json" },
                                        body: JSON.stringify({ nonce, amount }) });
  });
}
''', None, "Braintree client authorization with a tokenization key (client-side) docs",
    A=draw(8, LOWER_DIGITS), B=draw(16, LOWER_DIGITS))

add("swift/decoy-algolia-search-key", "ClubApp/ClubApp/Search/ProgramSearch.swift", r'''
import Foundation
import AlgoliaSearchClient

/// Search-only key: Algolia documents it as safe to ship in apps (it can only query the index).
enum SearchConfig {
    static let appID: ApplicationID = "Q7XK2M4P9R"
    static let searchOnlyKey: APIKey = "<<K>>"
}

final class ProgramSearch {
    private let index = SearchClient(appID: SearchConfig.appID, apiKey: SearchConfig.searchOnlyKey)
        .index(withName: "programs")

    func search(_ text: String, completion: @escaping ([Program]) -> Void) {
        index.search(query: Query(text)) { result in
            if case .success(let response) = result {
                completion((try? response.extractHits()) ?? [])
            } else {
                completion([])
            }
        }
    }
}
''', None, "Algolia API keys: search-only API key is public (Swift client docs)", K=hexs(32))

add("js/decoy-mapbox-public-token", "site/static/js/rink-map.js", r'''
// "Find a rink" map on the association site. Mapbox public tokens (pk.) are meant for browsers
// and are URL-restricted to our domains in the Mapbox account.
mapboxgl.accessToken = "pk.<<PAYLOAD>>.<<SIG>>";

const map = new mapboxgl.Map({
  container: "rink-map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-79.3832, 43.6532],
  zoom: 9,
});

fetch("/data/rinks.geojson")
  .then((r) => r.json())
  .then((rinks) => {
    map.on("load", () => {
      map.addSource("rinks", { type: "geojson", data: rinks });
      map.addLayer({ id: "rinks", type: "circle", source: "rinks",
                     paint: { "circle-radius": 6, "circle-color": "#1f6feb" } });
    });
  });
''', None, "Mapbox access tokens: public tokens (pk.) for client-side use docs",
    PAYLOAD=b64url_nopad(json.dumps({"u": "hockeyassoc-web", "a": "cl" + draw(23, LOWER_DIGITS)}, separators=(",", ":")).encode()),
    SIG=draw(22, URLSAFE))

add("ts/decoy-sentry-dsn", "scoreboard-ui/src/main.ts", r'''
import * as Sentry from "@sentry/browser";
import { render } from "preact";
import { App } from "./App";

// The DSN only lets clients *send* events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://<<PK>>@o4506718.ingest.sentry.io/4506718245",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.05,
});

render(<App />, document.getElementById("app")!);
''', None, "Sentry docs: the DSN is public (client keys)", PK=hexs(32))

add("csv/decoy-member-export", "membership/exports/members_2024_masked.csv", r'''
member_id,first_name,last_name,program,level,card_brand,card_last4,payment_ref,waiver_signed
MBR-10421,Olivia,Chen,STARSkate,Star 4,visa,4242,pi_3OkX2bGz4R8pKcVt1aBcDeFg,yes
MBR-10422,Liam,Okafor,CanSkate,Stage 3,mastercard,4444,pi_3OkX2cGz4R8pKcVt0hIjKlMn,yes
MBR-10423,Noah,Bergeron,Adult Learn to Skate,,amex,8431,pi_3OkX2dGz4R8pKcVt2oPqRsTu,yes
MBR-10424,Ava,Singh,Synchro Juvenile,,visa,1881,pi_3OkX2eGz4R8pKcVt3vWxYzAb,no
MBR-10425,Ethan,MacLeod,CanPowerSkate,,visa,0077,pi_3OkX2fGz4R8pKcVt4cDeFgHi,yes
''', None, "Membership export with masked cards (last 4) and Stripe PaymentIntent ids (not secrets)")

add("python/decoy-webhook-verify", "donations-api/webhooks.py", r'''
import hmac
import hashlib
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["DONATION_WEBHOOK_SECRET"].encode()


@app.post("/hooks/donation")
def donation():
    sent = request.headers.get("X-Signature-SHA256", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    event = request.get_json()
    app.logger.info("donation %s: %s CAD", event["id"], event["amount"])
    return {"ok": True}
''', None, "Python hmac.compare_digest webhook verification (secret from environment)")

add("sql/decoy-pgcrypto-params", "booking/db/functions/check_login.sql", r'''
-- Staff login check. Passwords are stored with pgcrypto bcrypt; plain text never touches a table.
CREATE OR REPLACE FUNCTION staff_login(p_email text, p_password text)
RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER AS $$
  SELECT id FROM staff
   WHERE email = lower(p_email)
     AND password_hash = crypt(p_password, password_hash)
     AND NOT disabled;
$$;

CREATE OR REPLACE FUNCTION staff_set_password(p_id integer, p_password text)
RETURNS void
LANGUAGE sql SECURITY DEFINER AS $$
  UPDATE staff SET password_hash = crypt(p_password, gen_salt('bf', 12)), must_reset = false WHERE id = p_id;
$$;
''', None, "PostgreSQL pgcrypto crypt()/gen_salt('bf') docs")

add("markdown/decoy-twilio-placeholders", "plant/docs/sms-alerts.md", r'''
# SMS alerts for the refrigeration plant

The alert script uses Twilio. Put the credentials in `/etc/plant/twilio.env` (root, mode 600):

```bash
TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM=+1XXXXXXXXXX
```

Then test with:

```bash
sudo -E python3 ammonia_alert.py --test
```

The real values are in 1Password under *Plant / Twilio*. Rotate the auth token whenever someone
leaves the on-call rotation (Twilio console > Account > API keys & tokens).
''', None, "Twilio docs placeholder credentials (ACXXXXXXXX..., your_auth_token)")

add("json/decoy-postman-variables", "docs/postman/ice-booking.postman_collection.json", r'''
{
  "info": {
    "_postman_id": "5f2c8e41-7a9d-4b36-8c1e-0d4f6a2b9e73",
    "name": "Ice Booking API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{booking_api_token}}", "type": "string" }]
  },
  "item": [
    {
      "name": "List open ice",
      "request": {
        "method": "GET",
        "url": "{{base_url}}/v1/slots?rink=A&date={{date}}"
      }
    },
    {
      "name": "Book slot",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{\"slot_id\": \"{{slot_id}}\", \"customer\": \"Eastside Wolves U13\"}" },
        "url": "{{base_url}}/v1/bookings"
      }
    }
  ],
  "variable": [
    { "key": "base_url", "value": "https://booking.frostlandsarena.com/api" },
    { "key": "booking_api_token", "value": "" }
  ]
}
''', None, "Postman collection format v2.1 (variables, bearer auth {{var}}) docs")

add("swift/decoy-keychain", "ClubApp/ClubApp/Auth/TokenStore.swift", r'''
import Foundation
import Security

/// Stores the member's session token in the Keychain, never in UserDefaults or the bundle.
enum TokenStore {
    private static let service = "ca.northernlightsskating.app.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlock
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''', None, "Apple Keychain Services (SecItemAdd, kSecClassGenericPassword) docs")

add("dart/decoy-dart-define", "club_app/lib/config.dart", r'''
/// Build-time configuration, passed with --dart-define in CI:
///   flutter build ipa --dart-define=SCHEDULE_API_KEY=$SCHEDULE_API_KEY
class AppConfig {
  static const scheduleApiKey = String.fromEnvironment('SCHEDULE_API_KEY');
  static const scheduleBaseUrl = String.fromEnvironment(
    'SCHEDULE_BASE_URL',
    defaultValue: 'https://api.rinkschedule.io/v2',
  );
  static const venueId = 'ven_northgate';

  static void check() {
    assert(scheduleApiKey.isNotEmpty, 'SCHEDULE_API_KEY was not passed with --dart-define');
  }
}
''', None, "Dart String.fromEnvironment / flutter --dart-define docs")

add("php/decoy-getenv-stripe", "wp-content/plugins/rink-lessons/includes/config.php", r'''
<?php
/**
 * Keys are defined in wp-config.php from the server environment, e.g.
 *   define( 'RINK_LESSONS_STRIPE_SECRET', getenv( 'STRIPE_SECRET_KEY' ) );
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function rink_lessons_stripe_secret() {
	if ( defined( 'RINK_LESSONS_STRIPE_SECRET' ) && RINK_LESSONS_STRIPE_SECRET ) {
		return RINK_LESSONS_STRIPE_SECRET;
	}
	$from_env = getenv( 'STRIPE_SECRET_KEY' );
	if ( ! $from_env ) {
		wp_die( esc_html__( 'Stripe is not configured.', 'rink-lessons' ) );
	}
	return $from_env;
}
''', None, "PHP getenv(); WordPress constants defined in wp-config.php")

# == Decoys: infrastructure ========================================================================

add("k8s/decoy-secret-key-ref", "k8s/booking/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: { app: booking-api }
  template:
    metadata:
      labels: { app: booking-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/summit-iceplex/booking-api:4.7.1
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: DB_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: booking-stripe, key: STRIPE_SECRET_KEY }
            - name: JWT_SECRET
              valueFrom:
                secretKeyRef: { name: booking-jwt, key: secret }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
''', None, "Kubernetes env valueFrom.secretKeyRef docs")

add("k8s/decoy-external-secret", "k8s/booking/external-secret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-stripe
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking/stripe
        property: secret_key
''', None, "External Secrets Operator ExternalSecret (remoteRef) docs")

add("k8s/decoy-sealed-secret", "k8s/telemetry/mqtt-sealed.yaml", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mqtt-credentials
  namespace: telemetry
spec:
  encryptedData:
    MQTT_PASSWORD: <<C1>>
    MQTT_USERNAME: <<C2>>
  template:
    metadata:
      name: mqtt-credentials
      namespace: telemetry
    type: Opaque
''', None, "Bitnami Sealed Secrets (encryptedData ciphertext, AgB...) README",
    C1="AgB" + b64_bytes(380)[3:], C2="AgC" + b64_bytes(290)[3:])

add("ansible/decoy-vault-encrypted", "ansible/group_vars/plant/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(36) + "\n", None,
    "Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256, hex payload) docs")

add("helm/decoy-existing-secret", "charts/ice-scheduler/values.yaml", r'''
image:
  repository: ghcr.io/northgate-arena/ice-scheduler
  tag: ""

replicaCount: 1

postgresql:
  enabled: true
  auth:
    username: scheduler
    database: ice_scheduler
    # Create the secret out of band:
    #   kubectl create secret generic ice-scheduler-db --from-literal=password=...
    existingSecret: ice-scheduler-db
    secretKeys:
      userPasswordKey: password

smtp:
  host: smtp.office365.com
  port: 587
  user: schedule@northgateicecentre.ca
  passwordSecretRef:
    name: ice-scheduler-smtp
    key: password
''', None, "Bitnami PostgreSQL chart auth.existingSecret docs")

add("terraform/decoy-random-password", "infra/ref-portal/db.tf", r'''
resource "random_password" "refportal_db" {
  length           = 32
  special          = true
  override_special = "-_."
}

resource "digitalocean_database_cluster" "refportal" {
  name       = "refportal-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = var.region
  node_count = 1
}

resource "digitalocean_database_user" "refportal" {
  cluster_id = digitalocean_database_cluster.refportal.id
  name       = "refportal"
}

output "db_password" {
  value     = random_password.refportal_db.result
  sensitive = true
}
''', None, "Terraform random_password resource; sensitive outputs docs")

add("compose/decoy-required-env", "ref-portal/docker-compose.yml", r'''
services:
  web:
    image: ghcr.io/metro-hockey-league/ref-portal:1.9.0
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgresql://refportal:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@db:5432/refportal
      SECRET_KEY: ${REFPORTAL_SECRET_KEY:?missing}
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN}
    depends_on: [db]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: refportal
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: refportal
    volumes:
      - pg:/var/lib/postgresql/data

volumes:
  pg:
''', None, "Compose file interpolation (${VAR:?error}) docs")

add("jenkinsfile/decoy-with-credentials", "ci/Jenkinsfile.deploy", r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Deploy booking') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'booking-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS'),
                    string(credentialsId: 'stripe-secret-key', variable: 'STRIPE_SECRET_KEY'),
                    sshUserPrivateKey(credentialsId: 'booking-deploy-key', keyFileVariable: 'SSH_KEY')
                ]) {
                    sh '''
                        ssh -i "$SSH_KEY" deploy@booking.summiticeplex.com \
                          "cd /srv/booking && DB_USER=$DB_USER DB_PASS=$DB_PASS ./deploy.sh"
                    '''
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin (withCredentials) docs")

add("powershell/decoy-get-credential", "plant/Connect-PlantPC.ps1", r'''
# Opens a remote session on the plant PC for the refrigeration contractor.
# The password is typed at the prompt; nothing is saved.
param([string]$Computer = "plant-pc.arena.local")

$cred = Get-Credential -UserName "ARENA\plantsvc" -Message "Plant PC service account"
$session = New-PSSession -ComputerName $Computer -Credential $cred -UseSSL

Invoke-Command -Session $session -ScriptBlock {
    Get-Service -Name "SiteSupervisorBridge", "Telegraf" | Select-Object Name, Status
    Get-ChildItem "C:\PlantLogs" | Sort-Object LastWriteTime -Descending | Select-Object -First 5
}

Remove-PSSession $session
''', None, "PowerShell Get-Credential / New-PSSession docs")

add("csharp/decoy-key-vault", "IceScheduler/IceScheduler.Api/Program.cs", r'''
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// Secrets come from Key Vault through the app's managed identity.
var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"]!);
builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());
KeyVaultSecret graphSecret = await secrets.GetSecretAsync("graph-client-secret");
builder.Services.AddSingleton(new GraphOptions(builder.Configuration["Graph:ClientId"]!, graphSecret.Value));

builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();

record GraphOptions(string ClientId, string ClientSecret);
''', None, "Azure Key Vault SecretClient and AddAzureKeyVault configuration provider docs")

add("json/decoy-key-vault-references", "IceScheduler/IceScheduler.Api/appsettings.Staging.json", r'''
{
  "KeyVault": {
    "Uri": "https://kv-icescheduler-stg.vault.azure.net/"
  },
  "Graph": {
    "TenantId": "3c7f9a12-4b8e-4d61-9f2a-0e5b7c8d1a34",
    "ClientId": "d2b5e8f1-6a3c-47b9-8e0d-1f4a7c9b2e56",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-icescheduler-stg.vault.azure.net/secrets/graph-client-secret/)",
    "RoomMailbox": "rink-a-test@meadowvalearena.ca"
  },
  "ConnectionStrings": {
    "Default": "@Microsoft.KeyVault(VaultName=kv-icescheduler-stg;SecretName=sql-connection)"
  }
}
''', None, "Azure App Service Key Vault references (@Microsoft.KeyVault(...)) docs")

add("go/decoy-secrets-manager", "icemarket/internal/config/secrets.go", r'''
package config

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type DBSecret struct {
	Host     string `json:"host"`
	Username string `json:"username"`
	Password string `json:"password"`
	DBName   string `json:"dbname"`
}

// LoadDB reads the database credentials from Secrets Manager (rotated every 30 days).
func LoadDB(ctx context.Context, secretID string) (*DBSecret, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &secretID})
	if err != nil {
		return nil, fmt.Errorf("get secret %s: %w", secretID, err)
	}
	var s DBSecret
	if err := json.Unmarshal([]byte(*out.SecretString), &s); err != nil {
		return nil, err
	}
	return &s, nil
}
''', None, "AWS SDK for Go v2 secretsmanager GetSecretValue docs")

add("systemd/decoy-load-credential", "deploy/systemd/plant-alert.service", r'''
[Unit]
Description=Ammonia alarm SMS notifier
After=network-online.target

[Service]
Type=simple
User=plant
ExecStart=/opt/plant/venv/bin/python /opt/plant/ammonia_alert.py
LoadCredential=twilio-token:/etc/plant/credentials/twilio-token
EnvironmentFile=-/etc/plant/twilio.env
Restart=on-failure
ProtectSystem=strict
NoNewPrivileges=true

[Install]
WantedBy=multi-user.target
''', None, "systemd.exec LoadCredential= and EnvironmentFile= docs")

add("crontab/decoy-env-file", "ops/cron/rinkops.crontab", r'''
# m h dom mon dow  command   (installed with: crontab -u rinkops ops/cron/rinkops.crontab)
SHELL=/bin/bash
MAILTO=rinkops@stonebridgesports.ca
*/1 * * * *  /opt/plant/venv/bin/python /opt/plant/poll_danfoss.py >> /var/log/plant/poll.log 2>&1
*/5 * * * *  set -a; . /etc/plant/alerts.env; set +a; /opt/plant/bin/compressor_watch.sh
15 2 * * *   /opt/backup/backup_booking.sh --config /etc/backup/booking.conf
0 6 * * 1    /opt/plant/venv/bin/python /opt/plant/weekly_report.py --to gm@stonebridgesports.ca
''', None, "crontab(5) format; secrets sourced from root-only env files")

add("k8s-secret/decoy-placeholder", "k8s/templates/smtp-secret.template.yaml", r'''
# Template only. Copy, replace the values, and apply with: kubectl apply -f smtp-secret.yaml
# (the filled copy is git-ignored)
apiVersion: v1
kind: Secret
metadata:
  name: ice-scheduler-smtp
  namespace: scheduling
type: Opaque
data:
  user: <<U>>
  password: <<P>>
''', None, "Kubernetes Secret template with base64 placeholder values", U=b64("REPLACE_ME"), P=b64("REPLACE_ME"))

add("properties/decoy-spring-placeholders", "concessions/src/main/resources/application.properties", r'''
spring.application.name=concessions
server.port=8085

spring.datasource.url=jdbc:postgresql://db.greenfieldarena.internal:5432/concessions
spring.datasource.username=${CONCESSIONS_DB_USER:concessions}
spring.datasource.password=${CONCESSIONS_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

clover.merchant-id=7KQ2M9XZB1PF1
clover.api-token=${CLOVER_API_TOKEN}
report.recipients=gm@greenfieldarena.ca,concessions@greenfieldarena.ca
''', None, "Spring Boot externalized configuration (${ENV_VAR} placeholders) docs")

add("xml/decoy-maven-env-password", "concessions/.mvn/settings.xml", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>arena-packages</id>
      <username>${env.ARENA_PACKAGES_USER}</username>
      <password>${env.ARENA_PACKAGES_TOKEN}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>arena-packages</id>
      <mirrorOf>*</mirrorOf>
      <url>https://maven.pkg.github.com/greenfield-arena/packages</url>
    </mirror>
  </mirrors>
</settings>
''', None, "Maven settings.xml servers with ${env.VAR} interpolation docs")

add("yaml/decoy-password-policy", "registration/config/security.yml", r'''
# Password and session rules for parent accounts on the registration portal
password_policy:
  min_length: 12
  require_uppercase: true
  require_digit: true
  require_symbol: false
  disallow_common: true       # checked against the HIBP range API
  history: 5
  max_age_days: 0
password_reset:
  token_bytes: 32
  token_ttl_minutes: 30
  max_requests_per_hour: 3
session:
  cookie_name: lfsc_session
  secret_env: SESSION_SECRET
  ttl_hours: 12
''', None, "Application security settings (password policy; secret named by environment variable)")

add("json/decoy-keycloak-masked", "identity/realm-export/skating-club-realm.json", r'''
{
  "realm": "skating-club",
  "enabled": true,
  "registrationAllowed": true,
  "passwordPolicy": "length(12) and notUsername and passwordHistory(3)",
  "clients": [
    {
      "clientId": "registration-portal",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://register.lakesidefsc.ca/*"],
      "standardFlowEnabled": true
    },
    {
      "clientId": "club-app",
      "publicClient": true,
      "redirectUris": ["ca.lakesidefsc.app:/oauth2redirect"],
      "attributes": { "pkce.code.challenge.method": "S256" }
    }
  ]
}
''', None, "Keycloak partial realm export (client secrets masked as **********) docs")

add("markdown/decoy-changelog-shas", "CHANGELOG.md", r'''
# Changelog

## 2.14.0 (2024-11-20)
- Resurface windows shown on the public schedule ([a3f9c1e](https://github.com/northgate-arena/ice-scheduler/commit/a3f9c1e7b2d04f6e8a1c3b5d7f9e0a2c4b6d8f01))
- Fix double-booking when two rinks share a Zamboni slot (#212, 7be04d2)

## 2.13.2 (2024-10-03)
- Bump Npgsql to 8.0.5 (sha256 `e1b7c9d3f5a2048c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c`)
- Coaches can see their lesson payouts (c41d8a9)

## 2.13.0 (2024-09-15)
- New season: 2024-25 ice allocation import
''', None, "Changelog with commit SHAs and a package checksum")

add("dockerfile/decoy-build-secret-mount", "services/fleet-sync/Dockerfile", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim@sha256:<<DIGEST>>

ARG SUPERCRONIC_SHA1SUM=<<SHA1>>
ADD https://github.com/aptible/supercronic/releases/download/v0.2.29/supercronic-linux-amd64 /usr/local/bin/supercronic
RUN echo "${SUPERCRONIC_SHA1SUM}  /usr/local/bin/supercronic" | sha1sum -c - && chmod +x /usr/local/bin/supercronic

WORKDIR /app
COPY requirements.txt .
# the private index token is mounted for this step only and never lands in a layer
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.westlakearena.org/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["supercronic", "/app/crontab"]
''', None, "Dockerfile RUN --mount=type=secret (BuildKit) docs; image digests and checksums",
    DIGEST=hexs(64), SHA1=hexs(40))

add("gitlab-ci/decoy-masked-variables", ".gitlab-ci.yml", r'''
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - rsync -az --delete ./ deploy@stats.mhlstats.ca:/srv/gamesheet-parser/
    - ssh deploy@stats.mhlstats.ca "sudo systemctl restart gamesheet-parser"
''', None, "GitLab CI/CD masked variables and SSH keys (ssh-add from a variable) docs")

add("r/decoy-keyring", "analysis/attendance.R", r'''
# Public skate attendance by weekday; credentials come from the OS keyring, set once with
#   keyring::key_set("plantdb", "analyst")
library(DBI)
library(RPostgres)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("PLANTDB_HOST", "plantdb.internal"),
  dbname = "booking",
  user = "analyst",
  password = keyring::key_get("plantdb", "analyst")
)

att <- dbGetQuery(con, "select extract(dow from start_at) as dow, avg(headcount) as avg_head
                        from public_skate group by 1 order by 1")
barplot(att$avg_head, names.arg = c("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"))
dbDisconnect(con)
''', None, "R keyring::key_get; Sys.getenv docs")

add("vba/decoy-inputbox-password", "office/PayrollHours.bas", r'''
Attribute VB_Name = "PayrollHours"
Option Explicit

' Pulls rink attendant hours for payroll. Asks for the database password each time.
Public Sub LoadHours()
    Dim pwd As String
    pwd = InputBox("Password for the 'office' database account:", "Booking DB")
    If Len(pwd) = 0 Then Exit Sub

    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=10.10.0.15;Database=icebooking;" & _
            "Uid=office;Pwd=" & pwd & ";"
    ThisWorkbook.Sheets("Hours").Range("A2").CopyFromRecordset _
        cn.Execute("SELECT staff, SUM(TIMESTAMPDIFF(MINUTE, clock_in, clock_out)) / 60 FROM shifts GROUP BY staff")
    cn.Close
    pwd = vbNullString
End Sub
''', None, "VBA InputBox; ADODB connection string built at run time")

add("shell-history/decoy-read-secret", "ops/notes/bash_history_plantpc.txt", r'''
sudo systemctl status telegraf
journalctl -u telegraf --since "1 hour ago" | tail -40
read -rs INFLUX_TOKEN && export INFLUX_TOKEN
influx bucket list --host https://us-east-1-1.aws.cloud2.influxdata.com --org pinecrest-ice --token "$INFLUX_TOKEN"
sudo systemctl restart telegraf
unset INFLUX_TOKEN
history -d $(history 1)
exit
''', None, "bash read -s (silent prompt) and influx CLI --token from a variable")

add("toml/decoy-telegraf-env-token", "ops/telegraf/telegraf.prod.conf", r'''
[agent]
  interval = "10s"
  hostname = "rinkops-pc"

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  ## Set in /etc/default/telegraf (root only): INFLUX_TOKEN=...
  token = "${INFLUX_TOKEN}"
  organization = "pinecrest-ice"
  bucket = "plant"

[[inputs.mqtt_consumer]]
  servers = ["ssl://127.0.0.1:8883"]
  topics = ["rinks/+/resurfacer/+/telemetry"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"
''', None, "Telegraf configuration: environment variables (${VAR}) docs")

add("yaml/decoy-oauth-public-client", "club_app/assets/config/auth.yaml", r'''
# OAuth 2.0 authorization code + PKCE for the club app. Public client: no client secret exists.
issuer: https://id.lakesidefsc.ca/realms/skating-club
client_id: club-app
redirect_uri: ca.lakesidefsc.app:/oauth2redirect
scopes:
  - openid
  - profile
  - email
  - offline_access
pkce: S256
''', None, "RFC 7636 PKCE and RFC 8252 native apps (public clients have no secret)")

add("ini/decoy-redacted-support-bundle", "plant/basgateway/backup/config.redacted.ini", r'''
; Config exported with "Redact credentials" for the vendor support ticket #48213
[system]
device_name=BASGW-RINK
device_instance=26001
ip=10.20.0.21

[web]
admin_user=admin
admin_password=********
http_port=80

[bacnet]
bbmd_password=<redacted>
foreign_device_ttl=300
''', None, "Vendor support export with credentials redacted")

add("python/decoy-fake-token-tests", "league-bot/tests/test_post_results.py", r'''
import responses

import post_results

FAKE_WEBHOOK = "https://discord.example.invalid/api/webhooks/0/fake-token-for-tests"


@responses.activate
def test_post_sends_embed(monkeypatch):
    monkeypatch.setattr(post_results, "WEBHOOK", FAKE_WEBHOOK)
    responses.add(responses.POST, FAKE_WEBHOOK, status=204)
    post_results.post({"home": "Wolves", "away": "Hawks", "home_score": 3, "away_score": 2,
                       "division": "U13 A", "rink": "Rink 1", "stars": ["#9", "#17", "#30"]})
    body = responses.calls[0].request.body
    assert b"Hawks 2 @ Wolves 3" in body
''', None, "responses (HTTP mocking) with a fake webhook URL in tests")

add("go/decoy-test-fixture", "icemarket/internal/slots/handler_test.go", r'''
package slots

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// testDSN points at the throwaway database started by docker-compose.test.yml.
const testDSN = "host=localhost port=55432 user=test password=test dbname=icemarket_test sslmode=disable"

func TestListSlots(t *testing.T) {
	db := openTestDB(t, testDSN)
	seed(t, db, "testdata/slots.sql")
	h := NewHandler(db)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/slots/?rink=B", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
}
''', None, "Go test with a throwaway local test database (user test / password test)")
