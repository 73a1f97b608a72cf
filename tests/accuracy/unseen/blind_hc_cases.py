"""Blind set HC: water-well drillers and pump service companies.

Rig and truck telematics, pump controllers and tank-level telemetry (LoRaWAN, cellular, MQTT,
SCADA), field crews' tablet apps, well permits and state filings, dispatch and billing, and the
small IT shops behind them, with their decoys. Generated fakes only (seeds 2750000-2759999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER32 = string.ascii_uppercase + "234567"
SEED_LO, SEED_HI = 2750000, 2759999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Aquifer", "Casing", "Bedrock", "Gravel", "Prairie", "Windmill", "Cistern", "Pitless", "Artesian",
         "Caliche", "Sandstone", "Driller", "Bluestem", "Cottonwood", "Ridgeline", "Wellhead"]
LOWER = ["auger", "bentonite", "tremie", "screen", "packer", "drawdown", "impeller", "pressure", "bladder",
         "chlorine", "sediment", "gravel", "mudpump", "kelly", "rotary", "culvert"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64key(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def ttn_key() -> str:
    r = _rng()
    return ("NNSXS." + "".join(r.choice(UPPER32) for _ in range(39)) + "."
            + "".join(r.choice(UPPER32) for _ in range(52)))


def ubidots_token() -> str:
    return fakes.fake("BBUS-", 30, _seed())


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())


def arcgis_key() -> str:
    r = _rng()
    return "AAPK" + "".join(r.choice(HEX) for _ in range(32)) + "".join(r.choice(ALNUM + "_-") for _ in range(64))


def mapbox_token(kind: str = "sk") -> str:
    r = _rng()
    head = b64('{"u":"%s","a":"%s"}' % ("".join(r.choice(string.ascii_lowercase) for _ in range(10)),
                                        "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(25))))
    return f"{kind}.{head.rstrip('=')}." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def datadog_key() -> str:
    return hexs(32)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def openai_key() -> str:
    return fakes.openai_key(_seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def pypi_token() -> str:
    return fakes.pypi_token(_seed())


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return f"{head}.{body}." + drawn(43, ALNUM + "-_")


def sha256ish() -> str:
    return hexs(64)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


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
    CASES.append(LabelledCase(f"blind-hc/{category}", file_name, text, secret, source))


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


# ---------------------------------------------------------------- telemetry: pumps, tanks, loggers

add("python/ttn-api-key", "telemetry/ingest/ttn_uplinks.py", "The Things Stack docs: API keys (NNSXS.)", """
import requests

TTN_CLUSTER = "https://nam1.cloud.thethings.network"
APP_ID = "hollis-tank-levels"
TTN_API_KEY = "@@secret@@"


def recent_uplinks(device_id: str, last: str = "12h"):
    url = f"{TTN_CLUSTER}/api/v3/as/applications/{APP_ID}/devices/{device_id}/packages/storage/uplink_message"
    resp = requests.get(url, headers={"Authorization": f"Bearer {TTN_API_KEY}"}, params={"last": last}, timeout=20)
    resp.raise_for_status()
    return resp.text.splitlines()
""", ttn_key())

add("yaml/decoy-lorawan-device-eui", "telemetry/devices/tank-sensors.yaml", "The Things Stack docs: end device identifiers (DevEUI, JoinEUI)", """
# Ultrasonic tank-level sensors on customer cisterns. EUIs are printed on the housing label;
# AppKeys are provisioned from the join server, never stored here.
devices:
  - device_id: cistern-okafor-ranch
    dev_eui: 70B3D57ED005A1C2
    join_eui: 0000000000000000
    frequency_plan: US_902_928_FSB_2
    tank_height_in: 96
  - device_id: cistern-bluestem-church
    dev_eui: 70B3D57ED005A1F7
    join_eui: 0000000000000000
    frequency_plan: US_902_928_FSB_2
    tank_height_in: 120
""")

add("json/lorawan-app-key", "telemetry/provisioning/cistern-delgado.json", "The Things Stack docs: OTAA end device root keys (AppKey)", """
{
  "ids": {
    "device_id": "cistern-delgado-farm",
    "dev_eui": "70B3D57ED005B3A0",
    "join_eui": "0000000000000000"
  },
  "lorawan_version": "MAC_V1_0_3",
  "frequency_plan_id": "US_902_928_FSB_2",
  "supports_join": true,
  "root_keys": {
    "app_key": {"key": "@@secret@@"}
  }
}
""", hexs(32).upper())

add("python/ubidots-token", "telemetry/scripts/push_pressure.py", "Ubidots docs: authentication tokens (BBUS-)", """
#!/usr/bin/env python3
# cron on the shop Pi: read the pressure transducer on the booster skid and post it to Ubidots
import time
import requests
from transducer import read_psi

UBIDOTS_TOKEN = "@@secret@@"
DEVICE = "booster-skid-7"

while True:
    psi = read_psi(channel=0)
    requests.post(f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE}",
                  json={"pressure_psi": psi}, headers={"X-Auth-Token": UBIDOTS_TOKEN}, timeout=10)
    time.sleep(300)
""", ubidots_token())

add("ini/mqtt-password", "telemetry/gateway/mosquitto-bridge.conf", "Eclipse Mosquitto docs: mosquitto.conf bridge remote_password", """
# Bridge from the yard gateway to the hosted broker
connection hivemq-cloud
address 4f1c2a9e7b.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_username yard-gateway
remote_password @@secret@@
topic pumps/# out 1
topic tanks/# out 1
topic commands/# in 1
""", rand_pw(22))

add("c/decoy-mqtt-placeholder", "firmware/pump-controller/src/config.h", "Arduino PubSubClient docs: connect(id, user, pass)", """
#pragma once
// Copy to config_local.h (git-ignored) and fill in per-site values before flashing.
#define WIFI_SSID        "YOUR_SSID"
#define WIFI_PASS        "YOUR_WIFI_PASSWORD"
#define MQTT_HOST        "broker.example.com"
#define MQTT_PORT        8883
#define MQTT_USER        "your-mqtt-user"
#define MQTT_PASS        "your-mqtt-password"
#define PUMP_RELAY_PIN   26
#define PRESSURE_ADC_PIN 34
""")

add("c/mqtt-password", "firmware/tank-monitor/src/secrets_local.h", "Arduino PubSubClient docs: connect(id, user, pass)", """
#pragma once
// Delgado farm tank monitor, flashed 2026-04-18 by R. Huang
#define WIFI_SSID        "DelgadoFarm-Shop"
#define WIFI_PASS        "@@wifi@@"
#define MQTT_HOST        "mqtt.prairiewellworks.net"
#define MQTT_PORT        8883
#define MQTT_USER        "tank-delgado-01"
#define MQTT_PASS        "@@secret@@"
""", rand_pw(24), wifi=words_pw())

add("python/azure-iot-hub-connection-string", "telemetry/edge/send_levels.py", "Azure IoT Hub docs: device connection strings (SharedAccessKey)", """
import asyncio
from azure.iot.device.aio import IoTHubDeviceClient
from azure.iot.device import Message

CONN = ("HostName=pwws-telemetry.azure-devices.net;DeviceId=wellhead-gw-014;"
        "SharedAccessKey=@@secret@@")


async def main(level_ft: float) -> None:
    client = IoTHubDeviceClient.create_from_connection_string(CONN)
    await client.connect()
    await client.send_message(Message(f'{{"static_level_ft": {level_ft}}}'))
    await client.shutdown()

if __name__ == "__main__":
    asyncio.run(main(41.7))
""", b64key(32))

add("python/decoy-iot-hub-env", "telemetry/edge/send_flow.py", "Azure IoT Hub docs: device connection strings from environment", """
import asyncio
import os
from azure.iot.device.aio import IoTHubDeviceClient
from azure.iot.device import Message

# Set by the Azure IoT Edge runtime from the module twin; nothing is stored in this image.
CONN = os.environ["IOTHUB_DEVICE_CONNECTION_STRING"]


async def main(gpm: float) -> None:
    client = IoTHubDeviceClient.create_from_connection_string(CONN)
    await client.connect()
    await client.send_message(Message(f'{{"flow_gpm": {gpm}}}'))
    await client.shutdown()

if __name__ == "__main__":
    asyncio.run(main(12.4))
""")

add("csv/decoy-sim-iccid", "telemetry/inventory/cell-modems-2026.csv", "Hologram docs: SIM ICCID and device ids", """
modem_serial,iccid,imei,site,plan,activated
HMD-22-0417,8944501311219654321,356938035643809,Okafor Ranch well 2,Hologram Flexible,2025-11-03
HMD-22-0418,8944501311219654339,356938035643817,Bluestem Church cistern,Hologram Flexible,2025-11-03
HMD-22-0431,8944501311219655020,356938035644252,Cottonwood HOA booster,Hologram Pilot,2026-01-20
HMD-22-0440,8944501311219655118,356938035644393,Delgado farm stock tank,Hologram Flexible,2026-02-14
HMD-23-0012,8944501311219656007,356938035645135,Yard test bench,Hologram Pilot,2026-03-02
""")

add("shell/hologram-api-key", "telemetry/scripts/sms_wakeup.sh", "Hologram REST API docs: apikey query parameter / Basic apikey", """
#!/usr/bin/env bash
# Wake a sleeping pump controller by SMS through Hologram (used when the well goes quiet > 6 h)
set -euo pipefail
DEVICE_ID="${1:?device id}"
HOLOGRAM_APIKEY="@@secret@@"

curl -sS -X POST "https://dashboard.hologram.io/api/1/sms/incoming" \\
  -u "apikey:${HOLOGRAM_APIKEY}" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"deviceid\\": ${DEVICE_ID}, \\"body\\": \\"WAKE\\"}"
""", drawn(30))

add("javascript/thingspeak-write-key", "telemetry/node-red/functions/post-level.js", "ThingSpeak docs: Write API Key (api_key)", """
// Node-RED function node: format a ThingSpeak update for the Windmill Ranch stock tank
const WRITE_KEY = "@@secret@@";
const CHANNEL = 2318805;

msg.url = "https://api.thingspeak.com/update";
msg.method = "POST";
msg.payload = {
    api_key: WRITE_KEY,
    field1: msg.payload.level_in,
    field2: msg.payload.battery_v,
};
return msg;
""", drawn(16, string.ascii_uppercase + string.digits))

add("javascript/decoy-thingspeak-channel-id", "telemetry/dashboard/public/tank-chart.js", "ThingSpeak docs: public channels need no read key", """
// Public channel charts on the customer portal (channels are set to Public in ThingSpeak)
const CHANNELS = {
  windmillRanch: 2318805,
  bluestemChurch: 2318811,
  cottonwoodHoa: 2320044,
};

export function chartUrl(name, field = 1, days = 7) {
  const id = CHANNELS[name];
  return `https://thingspeak.com/channels/${id}/charts/${field}?days=${days}&dynamic=true&type=line`;
}
""")

add("python/particle-access-token", "telemetry/particle/flash_fleet.py", "Particle Cloud API docs: access tokens", """
import sys
import requests

PARTICLE_TOKEN = "@@secret@@"
PRODUCT_ID = 18822


def flash(device_id: str, firmware_version: int) -> None:
    r = requests.put(
        f"https://api.particle.io/v1/products/{PRODUCT_ID}/devices/{device_id}",
        data={"desired_firmware_version": firmware_version, "flash": "true"},
        headers={"Authorization": f"Bearer {PARTICLE_TOKEN}"},
        timeout=30,
    )
    print(device_id, r.status_code)

for dev in sys.argv[2:]:
    flash(dev, int(sys.argv[1]))
""", hexs(40))

add("yaml/decoy-particle-device-ids", "telemetry/particle/fleet.yml", "Particle docs: device ids (24 hex)", """
product_id: 18822
firmware_channel: stable
devices:
  - id: e00fce68a2c1b3d4e5f60718
    name: okafor-well-2-controller
    site: Okafor Ranch
  - id: e00fce68b7d2c4a1f0e93a55
    name: hoa-booster-lead
    site: Cottonwood HOA
  - id: e00fce6811aa04c2d9e8b7f3
    name: bench-unit-3
    site: Yard
""")

add("toml/ewon-talk2m-password", "telemetry/talk2m/config.toml", "HMS Ewon Talk2M API docs: t2mdeveloperid, t2mpassword", """
# Pull historical logs from the Ewon Flexy routers on municipal well houses
[talk2m]
base_url = "https://us1.m2web.talk2m.com/t2mapi"
account = "PrairieWellWorks"
username = "api-reader"
password = "@@secret@@"
developer_id = "@@devid@@"

[schedule]
every_minutes = 15
ewons = ["WH-Lindsborg-1", "WH-Lindsborg-2", "WH-Marquette"]
""", words_pw(), devid=uuid_s())

add("python/modbus-gateway-password", "telemetry/scada/poll_vfd.py", "pymodbus docs / Moxa MGate web console login", """
from pymodbus.client import ModbusTcpClient
import requests

GATEWAY = "10.40.2.15"
ADMIN = ("admin", "@@secret@@")   # Moxa MGate web console, needed to reset the serial port


def reset_port() -> None:
    requests.post(f"http://{GATEWAY}/goform/port_reset", data={"port": 1}, auth=ADMIN, timeout=5)


def read_vfd():
    client = ModbusTcpClient(GATEWAY, port=502)
    client.connect()
    regs = client.read_holding_registers(0x2100, count=6, slave=1)
    client.close()
    return regs.registers
""", words_pw())

add("csv/decoy-modbus-register-map", "telemetry/scada/vfd-register-map.csv", "Franklin Electric SubDrive / generic VFD Modbus register maps", """
register,hex,name,units,scale,access
8448,0x2100,status_word,,1,R
8449,0x2101,output_frequency,Hz,0.01,R
8450,0x2102,output_current,A,0.1,R
8451,0x2103,dc_bus_voltage,V,1,R
8452,0x2104,fault_code,,1,R
8192,0x2000,control_word,,1,RW
8193,0x2001,pressure_setpoint,psi,0.1,RW
""")

add("yaml/decoy-grafana-datasource-env", "telemetry/grafana/provisioning/datasources/influx.yaml", "Grafana docs: provisioning data sources with environment variables", """
apiVersion: 1
datasources:
  - name: PumpTelemetry
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: prairie-wellworks
      defaultBucket: pumps
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""")

add("yaml/influxdb-token", "telemetry/telegraf/telegraf-shop.yaml", "Telegraf docs: outputs.influxdb_v2 token", """
# rendered by hand for the shop NUC; the ansible copy uses vault
agent:
  interval: 30s
outputs:
  influxdb_v2:
    urls: ["https://influx.prairiewellworks.net"]
    token: "@@secret@@"
    organization: prairie-wellworks
    bucket: pumps
inputs:
  modbus:
    name: booster_vfd
    controller: tcp://10.40.2.15:502
    slave_id: 1
""", drawn(86, ALNUM + "-_") + "==")

add("go/chirpstack-api-token", "telemetry/cmd/lns-sync/main.go", "ChirpStack docs: API keys (JWT) as gRPC authorization metadata", """
package main

import (
	"context"
	"log"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
)

const chirpstackAddr = "lns.prairiewellworks.net:8080"
const apiToken = "@@secret@@"

func authCtx() context.Context {
	return metadata.AppendToOutgoingContext(context.Background(), "authorization", "Bearer "+apiToken)
}

func main() {
	conn, err := grpc.Dial(chirpstackAddr, grpc.WithInsecure())
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	syncDevices(authCtx(), conn)
}
""", jwt_like('{"aud":"chirpstack","iss":"chirpstack","sub":"' + uuid_s() + '","typ":"key"}'))

add("log/decoy-redacted-token", "telemetry/logs/ingest-2026-05-02.log", "Python logging: redacted credentials in request logs", """
2026-05-02T06:00:01Z INFO  ingest start window=6h apps=3
2026-05-02T06:00:02Z DEBUG GET /api/v3/as/applications/hollis-tank-levels/packages/storage/uplink_message auth=Bearer NNSXS.****************
2026-05-02T06:00:03Z INFO  hollis-tank-levels: 212 uplinks, 14 devices
2026-05-02T06:00:04Z WARN  cistern-bluestem-church: battery 3.31 V below 3.4 V threshold
2026-05-02T06:00:05Z DEBUG POST https://industrial.api.ubidots.com/api/v1.6/devices/booster-skid-7 X-Auth-Token=BBUS-***redacted***
2026-05-02T06:00:06Z INFO  ingest done in 5.1s
""")

add("log/mqtt-password", "telemetry/logs/gateway-boot.log", "Eclipse Paho / mosquitto_sub debug output", """
[2026-03-11 05:42:10] boot: firmware 2.4.1 build 7f3a91c
[2026-03-11 05:42:12] net: LTE attached, rssi -87 dBm
[2026-03-11 05:42:13] mqtt: connecting mqtts://mqtt.prairiewellworks.net:8883 client_id=gw-hoa-booster
[2026-03-11 05:42:13] mqtt: CONNECT user=gw-hoa-booster pass=@@secret@@ keepalive=60
[2026-03-11 05:42:14] mqtt: CONNACK rc=0
[2026-03-11 05:42:14] mqtt: subscribed commands/gw-hoa-booster/#
[2026-03-11 05:42:20] modbus: vfd 1 online, 58.2 Hz
""", rand_pw(20))

add("sql/decoy-telemetry-schema", "telemetry/db/migrations/0007_sensor_keys.sql", "PostgreSQL docs: pgcrypto digest() for stored key hashes", """
-- Device keys are stored hashed; the plaintext is shown once at provisioning.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE sensors ADD COLUMN api_key_sha256 bytea;
ALTER TABLE sensors ADD COLUMN api_key_last4 char(4);

UPDATE sensors
   SET api_key_sha256 = decode('9c1185a5c5e9fc54612808977ee8f548b2258d31f3c1e1b1a7d9e3b6c2f0a417', 'hex'),
       api_key_last4 = 'q7Zk'
 WHERE serial = 'TLS-0417';

CREATE INDEX sensors_key_idx ON sensors (api_key_sha256);
""")

add("sql/postgres-password", "telemetry/db/ops/create_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- Roles for the telemetry database (run once as postgres)
CREATE ROLE ingest LOGIN PASSWORD '@@secret@@';
CREATE ROLE grafana_ro LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE telemetry TO ingest, grafana_ro;
GRANT INSERT, SELECT ON readings, uplinks TO ingest;
GRANT SELECT ON readings, uplinks, sensors TO grafana_ro;
ALTER ROLE grafana_ro SET statement_timeout = '30s';
""", words_pw())

add("rust/mqtt-password", "telemetry/level-relay/src/main.rs", "rumqttc docs: MqttOptions::set_credentials", """
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("level-relay-yard", "mqtt.prairiewellworks.net", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("level-relay", "@@secret@@");
    let (client, mut eventloop) = AsyncClient::new(opts, 10);
    client.subscribe("tanks/+/level", QoS::AtLeastOnce).await.unwrap();
    loop {
        if let Ok(event) = eventloop.poll().await {
            println!("{:?}", event);
        }
    }
}
""", passphrase())

add("python/decoy-tank-fixture", "telemetry/tests/test_level_math.py", "pytest docs: fixtures", """
import pytest
from levels import gallons_remaining, decode_uplink


@pytest.fixture
def uplink():
    # captured from a bench sensor; frm_payload is the sensor reading, not a key
    return {"dev_eui": "70B3D57ED005A1C2", "f_port": 2, "frm_payload": "AZ8CEg==", "rssi": -104}


def test_decode(uplink):
    assert decode_uplink(uplink)["distance_mm"] == 415


def test_gallons_vertical_tank():
    assert gallons_remaining(diameter_in=96, height_in=96, distance_in=24) == pytest.approx(2256, rel=0.01)
""")

add("kotlin/mqtt-password", "tablet-app/app/src/main/java/com/prairiewell/field/telemetry/LiveLevels.kt", "Eclipse Paho Android docs: MqttConnectOptions", """
package com.prairiewell.field.telemetry

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

object LiveLevels {
    const val BROKER = "ssl://mqtt.prairiewellworks.net:8883"

    fun options(): MqttConnectOptions = MqttConnectOptions().apply {
        isCleanSession = true
        userName = "field-tablet"
        password = "@@secret@@".toCharArray()
        connectionTimeout = 15
        keepAliveInterval = 60
    }
}
""", rand_pw(18, "!#%"))

add("javascript/decoy-node-red-credential-secret-env", "telemetry/node-red/settings.js", "Node-RED docs: credentialSecret encrypts flows_cred.json", """
// Node-RED settings for the yard gateway. flows_cred.json is committed encrypted;
// the key that decrypts it comes from the systemd unit's EnvironmentFile.
module.exports = {
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ops",
            password: "$2b$08$Xq3lB0pE7wY1mVn5zR9cTe8Hk2Jd6Ls4Pa0Qf3Ug7Iy1Ot5Rw9Ci",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info" } },
};
""")

# ---------------------------------------------------------------- fleet: rigs, trucks, telematics

add("python/samsara-api-token", "fleet/samsara/rig_hours.py", "Samsara API docs: API tokens (samsara_api_)", """
import datetime as dt
import requests

SAMSARA = "https://api.samsara.com"
HEADERS = {"Authorization": "Bearer @@secret@@"}


def engine_hours(vehicle_ids, day: dt.date):
    start = dt.datetime.combine(day, dt.time.min).isoformat() + "Z"
    end = dt.datetime.combine(day, dt.time.max).isoformat() + "Z"
    r = requests.get(f"{SAMSARA}/fleet/vehicles/stats/history", headers=HEADERS, timeout=30,
                     params={"vehicleIds": ",".join(vehicle_ids), "types": "obdEngineSeconds",
                             "startTime": start, "endTime": end})
    r.raise_for_status()
    return r.json()["data"]
""", samsara_token())

add("env/samsara-api-token", "fleet/.env.production", "Samsara API docs: API tokens (samsara_api_)", """
# fleet-sync production
SAMSARA_API_TOKEN=@@secret@@
SAMSARA_ORG_ID=4009187
RIG_GROUP_ID=212014
DATABASE_URL=postgres://fleet@db.internal:5432/fleet
LOG_LEVEL=info
""", samsara_token())

add("env/decoy-samsara-example", "fleet/.env.example", "Samsara API docs: API tokens (samsara_api_)", """
# copy to .env and fill in; tokens come from Samsara > Settings > API Tokens
SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
SAMSARA_ORG_ID=
RIG_GROUP_ID=
DATABASE_URL=postgres://fleet:password@localhost:5432/fleet
LOG_LEVEL=debug
""")

add("csharp/geotab-password", "fleet/GeotabSync/Program.cs", "Geotab MyGeotab SDK docs: API(user, password, sessionId, database)", """
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace GeotabSync;

internal static class Program
{
    private static async Task Main()
    {
        var api = new API("fleet-sync@prairiewellworks.com", "@@secret@@", null, "prairiewell_co", "my.geotab.com");
        await api.AuthenticateAsync();
        var devices = await api.CallAsync<IList<Device>>("Get", typeof(Device));
        foreach (var d in devices!)
            Console.WriteLine($"{d.Id} {d.Name}");
    }
}
""", words_pw())

add("csv/decoy-rig-vins", "fleet/assets/rigs.csv", "NHTSA VIN format; fleet asset register", """
unit,type,make_model,vin,plate,gvwr_lb,samsara_vehicle_id
R-07,top-head rotary rig,Schramm T450WS,1S9A4CW22PT104417,KS 4R7-221,68000,281474978361204
R-09,cable tool rig,Bucyrus-Erie 22W,1BE22W0000KB09114,KS 4R7-240,41000,281474978361311
PT-02,pump hoist,Smeal 8T,1FDUF5HT4LDA31842,KS 4R7-198,19500,281474978361377
WT-04,water truck,Freightliner M2,1FVACWDT5HHJ40191,KS 4R7-215,33000,281474978361420
SV-11,service van,Ford Transit 350,1FTBW2CM3MKA77420,KS 4R7-266,9500,281474978361502
""")

add("java/verizon-connect-basic", "fleet/reveal-sync/src/main/java/com/prairiewell/fleet/RevealClient.java", "Verizon Connect Reveal API docs: Basic authentication for token endpoint", """
package com.prairiewell.fleet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class RevealClient {
    private static final String BASE = "https://fim.api.us.fleetmatics.com";
    // REST_PrairieWell_3821:<password>, base64
    private static final String BASIC = "Basic @@secret@@";

    public String token() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/token"))
                .header("Authorization", BASIC)
                .GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", b64("REST_PrairieWell_3821:" + words_pw()))

add("yaml/fleetio-api-key", "fleet/fleetio/config.yml", "Fleetio API docs: Authorization Token and Account-Token headers", """
fleetio:
  base_url: https://secure.fleetio.com/api/v1
  account_token: 8f3c21d7a9
  api_key: "@@secret@@"
sync:
  meters_from: samsara
  service_reminders: true
  rigs_group: "Drill Rigs"
""", hexs(40))

add("markdown/decoy-fleet-readme", "fleet/README.md", "Samsara / Fleetio API docs: where tokens are kept", """
# fleet-sync

Pulls engine hours and odometers from Samsara, pushes meter entries to Fleetio so the
rig service reminders (mast inspection, mud pump rebuild, compressor oil) fire on time.

## Configuration

| Variable | Where it comes from |
|---|---|
| `SAMSARA_API_TOKEN` | 1Password, vault "Fleet", item "Samsara read-only" |
| `FLEETIO_API_KEY` | 1Password, vault "Fleet", item "Fleetio integration" |
| `FLEETIO_ACCOUNT_TOKEN` | Fleetio > Account settings (not secret, identifies the account) |

Run `make sync` locally with `op run --env-file=.env.tpl -- make sync`.
""")

add("env/decoy-1password-references", "fleet/.env.tpl", "1Password CLI docs: secret references (op://)", """
SAMSARA_API_TOKEN=op://Fleet/Samsara read-only/credential
FLEETIO_API_KEY=op://Fleet/Fleetio integration/credential
FLEETIO_ACCOUNT_TOKEN=8f3c21d7a9
DATABASE_URL=op://Fleet/fleet-db/connection string
LOG_LEVEL=info
""")

add("typescript/google-maps-server-key", "dispatch/server/src/routing/distance.ts", "Google Maps Platform docs: Distance Matrix API key (server-side)", """
import axios from "axios";

// server-side key, IP-restricted to the dispatch box
const MAPS_SERVER_KEY = "@@secret@@";

export async function driveMinutes(origin: string, destinations: string[]): Promise<number[]> {
  const { data } = await axios.get("https://maps.googleapis.com/maps/api/distancematrix/json", {
    params: { origins: origin, destinations: destinations.join("|"), units: "imperial", key: MAPS_SERVER_KEY },
  });
  return data.rows[0].elements.map((e: any) => Math.round(e.duration.value / 60));
}
""", fakes.fake("AIza", 35, _seed()))

add("html/decoy-maps-browser-key", "portal/templates/well_map.html", "Google Maps JavaScript API docs: browser key restricted by HTTP referrer", """
{% extends "base.html" %}
{% block content %}
<h2>Your well and service history</h2>
<div id="map" style="height: 420px"></div>
<script>
  function initMap() {
    const well = { lat: {{ well.lat }}, lng: {{ well.lng }} };
    const map = new google.maps.Map(document.getElementById("map"), { zoom: 15, center: well, mapTypeId: "hybrid" });
    new google.maps.Marker({ position: well, map, title: "{{ well.permit_no }}" });
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key={{ config.MAPS_BROWSER_KEY }}&callback=initMap"></script>
{% endblock %}
""")

add("javascript/decoy-mapbox-public-token", "tablet-app/web/src/map/basemap.js", "Mapbox docs: public access tokens (pk.) are meant for clients", """
import mapboxgl from "mapbox-gl";

// Public token (pk.), URL-restricted to field.prairiewellworks.com; safe in client code.
mapboxgl.accessToken = "@@pk@@";

export function makeMap(container, center) {
  return new mapboxgl.Map({
    container,
    style: "mapbox://styles/mapbox/satellite-streets-v12",
    center,
    zoom: 14,
  });
}
""", pk=mapbox_token("pk"))

add("python/mapbox-secret-token", "dispatch/tools/upload_service_area.py", "Mapbox docs: secret tokens (sk.) with uploads:write scope", """
import json
import subprocess

# sk. token with uploads:write, needed for tileset uploads only
MAPBOX_SK = "@@secret@@"
TILESET = "prairiewell.service-area-2026"

subprocess.run(
    ["tilesets", "upload-source", "prairiewell", "service-area", "data/service_area.geojson.ld", "--token", MAPBOX_SK],
    check=True,
)
subprocess.run(["tilesets", "publish", TILESET, "--token", MAPBOX_SK], check=True)
print(json.dumps({"published": TILESET}))
""", mapbox_token("sk"))

# ---------------------------------------------------------------- field crews' tablets

add("swift/sentry-auth-token", "tablet-ios/FieldLog/Config/AppSecrets.swift", "Sentry docs: auth tokens (sntrys_) for release uploads", """
import Foundation

enum AppSecrets {
    // used by the debug-symbol upload in the Release build phase
    static let sentryAuthToken = "@@secret@@"
    static let sentryOrg = "prairie-wellworks"
    static let sentryProject = "fieldlog-ios"
}
""", "sntrys_" + b64('{"iat":1714000000,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"prairie-wellworks"}').rstrip("=") + "_" + drawn(43, ALNUM + "+/"))

add("swift/decoy-sentry-dsn", "tablet-ios/FieldLog/App/FieldLogApp.swift", "Sentry docs: the DSN is safe to keep in client code", """
import SwiftUI
import Sentry

@main
struct FieldLogApp: App {
    init() {
        SentrySDK.start { options in
            options.dsn = "https://4b8e21f09c3d4a7e9f1a2b3c4d5e6f70@o1184421.ingest.us.sentry.io/6299310"
            options.tracesSampleRate = 0.2
            options.environment = "field"
        }
    }
    var body: some Scene {
        WindowGroup { RootView() }
    }
}
""")

add("xml/android-api-key", "tablet-app/app/src/main/res/values/secrets.xml", "Android docs: string resources; Jobber API docs: OAuth client secret", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="jobber_client_id">@@cid@@</string>
    <string name="jobber_client_secret">@@secret@@</string>
    <string name="jobber_redirect">prairiewell://oauth/jobber</string>
</resources>
""", hexs(64), cid=uuid_s())

add("xml/decoy-android-manifest-maps", "tablet-app/app/src/main/AndroidManifest.xml", "Android docs: manifest placeholders from local.properties (Secrets Gradle Plugin)", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("properties/keystore-password", "tablet-app/keystore.properties", "Android docs: signing config from keystore.properties", """
# release signing for the FieldLog tablet app (Samsung Tab Active fleet)
storeFile=../signing/fieldlog-release.jks
storePassword=@@secret@@
keyAlias=fieldlog
keyPassword=@@secret@@
""", words_pw())

add("properties/decoy-local-properties", "tablet-app/local.properties.sample", "Secrets Gradle Plugin docs: local.properties / local.defaults.properties", """
## This file must *NOT* be checked into Version Control Systems with real values.
## Copy to local.properties and fill in from 1Password "Tablet app".
sdk.dir=/Users/you/Library/Android/sdk
MAPS_API_KEY=DEFAULT_API_KEY
JOBBER_CLIENT_SECRET=
SENTRY_AUTH_TOKEN=
""")

add("typescript/jwt-signing-secret", "tablet-app/sync-server/src/auth.ts", "jsonwebtoken docs: jwt.sign(payload, secretOrPrivateKey)", """
import jwt from "jsonwebtoken";

const TABLET_JWT_SECRET = "@@secret@@";

export function issueTabletToken(crewId: string, tabletSerial: string): string {
  return jwt.sign({ sub: crewId, dev: tabletSerial, scope: "fieldlog" }, TABLET_JWT_SECRET, {
    expiresIn: "14d",
    issuer: "sync.prairiewellworks.net",
  });
}

export function verifyTabletToken(token: string) {
  return jwt.verify(token, TABLET_JWT_SECRET, { issuer: "sync.prairiewellworks.net" });
}
""", rand_pw(48))

add("dart/api-key", "tablet-flutter/lib/config/env.dart", "ServiceTitan API docs: App Key (ak1.) and client credentials", """
class Env {
  static const apiBase = 'https://api.servicetitan.io';
  static const authBase = 'https://auth.servicetitan.io';
  static const tenantId = '1093845521';
  static const appKey = '@@secret@@';
  static const clientId = 'cid.@@cid@@';
}
""", "ak1." + drawn(32, string.ascii_lowercase + string.digits), cid=drawn(25, string.ascii_lowercase + string.digits))

add("dart/decoy-dart-define", "tablet-flutter/lib/config/secrets.dart", "Flutter docs: --dart-define / String.fromEnvironment", """
/// Values are injected at build time: flutter build apk --dart-define-from-file=secrets.json
/// (secrets.json is produced by CI from the vault and never committed).
class Secrets {
  static const serviceTitanAppKey = String.fromEnvironment('ST_APP_KEY');
  static const serviceTitanClientSecret = String.fromEnvironment('ST_CLIENT_SECRET');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');

  static bool get configured => serviceTitanAppKey.isNotEmpty && serviceTitanClientSecret.isNotEmpty;
}
""")

add("json/firebase-service-account", "tablet-app/functions/service-account.json", "Google Cloud docs: service account key file", """
{
  "type": "service_account",
  "project_id": "fieldlog-prairiewell",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9p@fieldlog-prairiewell.iam.gserviceaccount.com",
  "client_id": "104918273645510298374",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-firebase-web-config", "tablet-app/web/firebase.json", "Firebase docs: the web config apiKey is not a secret", """
{
  "hosting": {"public": "dist", "ignore": ["firebase.json", "**/.*"]},
  "config": {
    "apiKey": "AIzaSyDx7Qm2VbPz0kL3sFh9TgUe1Wy4Nc8Ra5o",
    "authDomain": "fieldlog-prairiewell.firebaseapp.com",
    "projectId": "fieldlog-prairiewell",
    "storageBucket": "fieldlog-prairiewell.appspot.com",
    "messagingSenderId": "640219837715",
    "appId": "1:640219837715:web:3b7e9a1c4d2f6e8a0b5c71"
  }
}
""")

add("plist/decoy-google-service-info", "tablet-ios/FieldLog/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist holds public identifiers", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIzaSyB3nR8kTq1WmZ5cYv0XeLp7Hd2Gf9Js4Ua</string>
	<key>GCM_SENDER_ID</key>
	<string>640219837715</string>
	<key>BUNDLE_ID</key>
	<string>com.prairiewell.fieldlog</string>
	<key>PROJECT_ID</key>
	<string>fieldlog-prairiewell</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:640219837715:ios:9c2e4a6b8d0f1e3a5b7c90</string>
</dict>
</plist>
""")

add("plist/api-secret", "tablet-ios/FieldLog/Config/Secrets.plist", "Apple docs: property lists; CompanyCam API docs: access token", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CompanyCamAccessToken</key>
	<string>@@secret@@</string>
	<key>CompanyCamProjectPrefix</key>
	<string>PWW-</string>
</dict>
</plist>
""", drawn(43, ALNUM + "-_"))

add("ruby/app-store-connect-key", "tablet-ios/fastlane/Fastfile", "fastlane docs: app_store_connect_api_key(key_content:)", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX2KP9M4A",
      issuer_id: "69a6de92-7c1e-47e3-e053-5b8c7c11a4d1",
      key_content: "@@secret@@"
    )
    build_app(scheme: "FieldLog")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", fakes.fake_pem(_seed(), "EC").replace("-----BEGIN EC PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END EC PRIVATE KEY-----", "-----END PRIVATE KEY-----").replace("\n", "\\n"))

add("ruby/decoy-fastlane-env", "tablet-ios/fastlane/Appfile", "fastlane docs: Appfile and environment variables", """
app_identifier("com.prairiewell.fieldlog")
apple_id(ENV["FASTLANE_APPLE_ID"])
itc_team_id("118273645")
team_id("Q7W2E9R4T1")

# App Store Connect key comes from CI: APP_STORE_CONNECT_API_KEY_KEY (base64), never from this repo
""")

add("yaml/jamf-client-secret", "it/mdm/jamf/jamf-sync.yml", "Jamf Pro API docs: API clients (client_id, client_secret)", """
# tablet inventory sync: Jamf Pro -> asset sheet
jamf:
  url: https://prairiewell.jamfcloud.com
  client_id: @@cid@@
  client_secret: @@secret@@
  smart_group: "Field iPads"
sheet:
  id: 1Zq8H3tXkV0p2mL7cB9nR4sW6yE1aJ5uD3fG8hK0iO2
  tab: Tablets
""", drawn(64, ALNUM + "-_"), cid=uuid_s())

add("powershell/intune-app-secret", "it/mdm/intune/Get-TabletCompliance.ps1", "Microsoft identity platform docs: client credentials with a client secret", """
# Pull Intune compliance for the Samsung Tab Active fleet and email the shop manager
$TenantId = "d7e1c4b9-2a6f-4e3d-9b8c-1f0a5e7d3c21"
$ClientId = "4f8a2c6e-1b3d-4a5f-8e7c-9d0b2a4c6e81"
$ClientSecret = "@@secret@@"

$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default";
           client_id = $ClientId; client_secret = $ClientSecret }
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token

$devices = Invoke-RestMethod -Headers @{ Authorization = "Bearer $token" } `
  -Uri "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?`$filter=operatingSystem eq 'Android'"
$devices.value | Select-Object deviceName, complianceState, lastSyncDateTime | Format-Table
""", azure_secret())

add("powershell/decoy-keyvault-secret", "it/mdm/intune/Connect-Graph.ps1", "Az.KeyVault docs: Get-AzKeyVaultSecret -AsPlainText", """
# Reads the Graph app secret from Key Vault at run time (the automation account's managed identity)
Connect-AzAccount -Identity | Out-Null
$TenantId = "d7e1c4b9-2a6f-4e3d-9b8c-1f0a5e7d3c21"
$ClientId = "4f8a2c6e-1b3d-4a5f-8e7c-9d0b2a4c6e81"
$ClientSecret = Get-AzKeyVaultSecret -VaultName "kv-pww-it" -Name "graph-intune-reader" -AsPlainText
$cred = New-Object System.Management.Automation.PSCredential($ClientId, (ConvertTo-SecureString $ClientSecret -AsPlainText -Force))
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred
""")

add("kotlin/companycam-token", "tablet-app/app/src/main/java/com/prairiewell/field/photos/CompanyCamApi.kt", "CompanyCam API docs: Bearer access token", """
package com.prairiewell.field.photos

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val COMPANYCAM_TOKEN = "@@secret@@"

val companyCamClient: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer $COMPANYCAM_TOKEN")
            .header("Accept", "application/json")
            .build())
    })
    .build()
""", drawn(43, ALNUM + "-_"))

add("kotlin/decoy-buildconfig-field", "tablet-app/app/build.gradle.kts", "Android Gradle docs: buildConfigField from project properties", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.prairiewell.field"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.prairiewell.field"
        minSdk = 28
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "COMPANYCAM_TOKEN", "\\"${project.findProperty("companycam.token") ?: ""}\\"")
        buildConfigField("String", "SYNC_BASE", "\\"https://sync.prairiewellworks.net\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

# ---------------------------------------------------------------- permits, well logs, state filings

add("python/sftp-password", "permits/kgs/upload_wwc5.py", "paramiko docs: SFTPClient / Transport.connect(username, password)", """
import glob
import paramiko

# Kansas WWC-5 water well records, batch drop (state gives us one SFTP account per contractor)
HOST = "sftp.wellrecords.example-state.gov"
USER = "contractor_0417"
PASSWORD = "@@secret@@"

transport = paramiko.Transport((HOST, 22))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
for path in sorted(glob.glob("out/wwc5/*.xml")):
    sftp.put(path, "/incoming/" + path.rsplit("/", 1)[-1])
    print("sent", path)
sftp.close()
transport.close()
""", words_pw())

add("shell/ftp-password", "permits/scripts/push_logs_to_county.sh", "curl docs: -T upload with ftp://user:password@host", """
#!/bin/sh
# Nightly: push scanned driller logs (PDF) to the county health dept FTP drop
LOGDIR=/srv/scans/driller-logs/$(date +%Y/%m)
for f in "$LOGDIR"/*.pdf; do
  [ -e "$f" ] || continue
  curl --silent --show-error --ftp-create-dirs \\
    -T "$f" "ftp://pwwdrop:@@secret@@@ftp.countyhealth.example.org/wells/$(basename "$f")"
done
echo "done $(date)"
""", rand_pw(14))

add("xml/decoy-well-record", "permits/kgs/out/sample_wwc5.xml", "state water well record (WWC-5) fields; public record", """
<?xml version="1.0" encoding="UTF-8"?>
<WellRecord>
  <ContractorLicense>417</ContractorLicense>
  <PermitNumber>MC-2026-00318</PermitNumber>
  <County>McPherson</County>
  <Location twp="19S" rng="3W" sec="22" qtr="NE NE SW"/>
  <Latitude>38.37214</Latitude>
  <Longitude>-97.65018</Longitude>
  <TotalDepthFt>142</TotalDepthFt>
  <StaticLevelFt>41</StaticLevelFt>
  <CasingDiameterIn>5</CasingDiameterIn>
  <GroutType>bentonite chips</GroutType>
  <RecordHash>sha256:3f5a1c9e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a</RecordHash>
</WellRecord>
""")

add("json/decoy-permit-api-example", "permits/api/openapi-examples.json", "OpenAPI docs: example objects", """
{
  "PermitRequest": {
    "summary": "New domestic well permit",
    "value": {
      "applicant": "Jane Example",
      "parcel_id": "059-22-0-00-00-004.00",
      "use": "domestic",
      "est_depth_ft": 160,
      "contractor_license": "417",
      "api_key": "<YOUR_PORTAL_API_KEY>"
    }
  }
}
""")

add("php/permit-portal-password", "permits/portal/config/database.php", "PHP PDO docs / Laravel database config", """
<?php
// county permit lookup mirror (old PHP box in the office closet)
return [
    'driver'   => 'mysql',
    'host'     => '192.168.10.20',
    'database' => 'permits',
    'username' => 'permits_web',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
    'options'  => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""", words_pw())

add("php/decoy-laravel-env-reference", "permits/portal/config/mail.php", "Laravel docs: env() in config files", """
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
            'port' => env('MAIL_PORT', 587),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
    'from' => ['address' => 'permits@prairiewellworks.com', 'name' => 'Prairie Well Works Permits'],
];
""")

add("env/laravel-app-key", "permits/portal/.env", "Laravel docs: APP_KEY (base64:) and .env", """
APP_NAME="PWW Permits"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://permits.prairiewellworks.com
DB_CONNECTION=mysql
DB_HOST=192.168.10.20
DB_DATABASE=permits
DB_USERNAME=permits_web
MAIL_MAILER=smtp
""", b64key(32))

add("markdown/permit-portal-password", "docs/runbooks/state-permit-portal.md", "internal runbook conventions; state e-permit portal login", """
# Filing a new well permit (state e-permit portal)

1. Log in at https://epermits.water.example-state.gov with the shared office account.
   - user: `prairiewell-office`
   - pass: `@@secret@@`
2. New application > Domestic > fill the parcel and the legal description from the county GIS.
3. Attach the site sketch (setbacks: 50 ft septic tank, 100 ft lateral field, 10 ft property line).
4. Pay the fee with the office Amex (ask Dana).
5. Save the PDF receipt under `S:/Permits/2026/<county>/`.

Renewal of the contractor license is every March 1; CEUs tracked in the training sheet.
""", words_pw())

add("markdown/decoy-permit-runbook", "docs/runbooks/county-health-inspections.md", "internal runbook conventions", """
# Scheduling county health inspections

- Grout inspection must be booked 24 h ahead; call the county sanitarian.
- Water samples (coliform, nitrate) go to the state lab in the blue cooler; chain of custody form
  in the truck binder.
- The county portal login is in 1Password: vault "Office", item "County health portal".
  Do not write it in tickets or in this repo.
- Sample ids look like `MC-WS-2026-0412`; they are not confidential.

Turnaround is usually 3 business days; results are emailed to permits@.
""")

add("csv/decoy-permit-export", "permits/exports/permits_q1_2026.csv", "county permit export (public records)", """
permit_no,issued,county,owner_last,use,depth_ft,gpm_test,status,portal_ref
MC-2026-00211,2026-01-09,McPherson,Okafor,domestic,138,12,closed,4c1e9a7b-2d3f-4e5a-8b6c-7d9e0f1a2b3c
MC-2026-00240,2026-01-22,McPherson,Lindqvist,irrigation,212,180,closed,9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d
SA-2026-00017,2026-02-03,Saline,Delgado,stock,96,8,open,0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
MC-2026-00318,2026-03-14,McPherson,Bluestem UMC,public,142,35,open,7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908
RC-2026-00052,2026-03-28,Rice,Cottonwood HOA,public,188,60,open,2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819
""")

add("sql/decoy-permit-fixtures", "permits/db/seed/dev_seed.sql", "PostgreSQL docs: INSERT; test fixtures", """
-- Development seed data. Passwords below are bcrypt hashes of "password" for local logins only.
INSERT INTO staff (email, role, password_hash) VALUES
  ('dana@example.com', 'office', '$2b$12$KIXQJm1sQ0tHq4dZqj3O3uGm0n2n9r0b1d8CWc7m4b3e9a5y6s7uW'),
  ('ray@example.com', 'driller', '$2b$12$KIXQJm1sQ0tHq4dZqj3O3uGm0n2n9r0b1d8CWc7m4b3e9a5y6s7uW');

INSERT INTO permits (permit_no, county, status) VALUES
  ('TEST-0001', 'McPherson', 'open'),
  ('TEST-0002', 'Saline', 'closed');
""")

add("python/openai-key", "permits/tools/summarize_driller_log.py", "OpenAI API docs: API keys (sk-proj-)", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = ("Summarize this driller's log into a lithology table (from_ft, to_ft, material) and "
          "list the water-bearing zones. Keep the driller's words for materials.")


def summarize(log_text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": log_text}],
    )
    return r.choices[0].message.content
""", openai_key())

add("python/arcgis-api-key", "permits/gis/setback_check.py", "ArcGIS Location Platform docs: API keys (AAPK)", """
from arcgis.gis import GIS
from arcgis.features import FeatureLayer

gis = GIS(api_key="@@secret@@")
SEPTIC = FeatureLayer("https://services7.arcgis.com/pWw0rK5/arcgis/rest/services/OnsiteSystems/FeatureServer/0", gis)


def septic_within(lat: float, lon: float, feet: int = 100):
    geom = {"x": lon, "y": lat, "spatialReference": {"wkid": 4326}}
    return SEPTIC.query(geometry_filter={"geometry": geom, "spatialRel": "esriSpatialRelIntersects",
                                         "distance": feet, "units": "esriSRUnit_Foot"})
""", arcgis_key())

add("javascript/decoy-arcgis-portal-item", "permits/gis/web/app.js", "ArcGIS Maps SDK for JavaScript docs: portal item ids", """
import WebMap from "@arcgis/core/WebMap";
import MapView from "@arcgis/core/views/MapView";
import esriConfig from "@arcgis/core/config";

// The key is fetched from our token service at run time (see /api/gis-token)
esriConfig.apiKey = window.__GIS_TOKEN__;

const map = new WebMap({ portalItem: { id: "5d1c7e9a3b2f4a68b0c2d4e6f8a1b3c5" } });
new MapView({ container: "viewDiv", map, zoom: 11, center: [-97.65, 38.37] });
""")

# ---------------------------------------------------------------- billing, dispatch, payments

add("python/servicetitan-client-secret", "billing/servicetitan/export_invoices.py", "ServiceTitan API docs: client credentials (cid., cs1.) and ST-App-Key", """
import requests

TENANT = "1093845521"
CLIENT_ID = "cid.@@cid@@"
CLIENT_SECRET = "@@secret@@"
APP_KEY = "ak1.@@ak@@"


def token() -> str:
    r = requests.post("https://auth.servicetitan.io/connect/token", timeout=20,
                      data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    return r.json()["access_token"]


def invoices(since: str):
    h = {"Authorization": token(), "ST-App-Key": APP_KEY}
    return requests.get(f"https://api.servicetitan.io/accounting/v2/tenant/{TENANT}/invoices",
                        headers=h, params={"modifiedOnOrAfter": since}, timeout=30).json()["data"]
""", "cs1." + drawn(60, string.ascii_lowercase + string.digits), cid=drawn(25, string.ascii_lowercase + string.digits), ak=drawn(32, string.ascii_lowercase + string.digits))

add("env/stripe-secret-key", "billing/portal/.env.production", "Stripe docs: API keys (sk_live_)", """
# customer portal (pay your well service invoice)
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET_REF=aws-sm:billing/stripe-webhook
PORTAL_BASE_URL=https://pay.prairiewellworks.com
""", stripe_key(), pk=stripe_key("pk_live_"))

add("javascript/decoy-stripe-publishable", "billing/portal/static/js/checkout.js", "Stripe docs: publishable keys belong in client code", """
// Card form for invoice payments; publishable key only (the server holds the secret key).
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ appearance: { theme: "stripe" } });
const card = elements.create("card");
card.mount("#card-element");

document.querySelector("#pay").addEventListener("click", async () => {
  const { clientSecret } = await fetch("/api/intent", { method: "POST" }).then((r) => r.json());
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector("#status").textContent = result.error ? result.error.message : "Paid - thank you!";
});
""", pk=stripe_key("pk_live_"))

add("ruby/stripe-webhook-secret", "billing/portal/app/controllers/stripe_webhooks_controller.rb", "Stripe docs: webhook signing secrets (whsec_)", """
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  ENDPOINT_SECRET = "@@secret@@".freeze

  def create
    event = Stripe::Webhook.construct_event(request.body.read, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    case event.type
    when "payment_intent.succeeded"
      Invoice.find_by!(stripe_intent: event.data.object.id).mark_paid!
    end
    head :ok
  rescue JSON::ParserError, Stripe::SignatureVerificationError
    head :bad_request
  end
end
""", fakes.fake("whsec_", 32, _seed()))

add("ruby/decoy-rails-credentials-reference", "billing/portal/config/initializers/stripe.rb", "Rails docs: encrypted credentials (Rails.application.credentials)", """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
""")

add("markdown/decoy-rails-credentials-encrypted", "billing/portal/docs/credentials.md", "Rails docs: credentials.yml.enc is encrypted with master.key", """
# How production credentials are stored

`config/credentials/production.yml.enc` is committed; it is AES-256-GCM encrypted.
The key, `config/credentials/production.key`, is NOT in git; it lives in 1Password ("Billing portal master key").

Example of the encrypted file's content (safe to show):

    7Kq2mZ9xV4b1Nc8Lp0Wd3Re6Ty5Ua2Hs--Xk9Jf3Gq1Zm7Pv0B--Qz4Wn8Lr2Yt6Ck1Hd5Sg9==

Edit with `EDITOR=vim bin/rails credentials:edit --environment production`.
""")

add("python/quickbooks-client-secret", "billing/qbo/sync_customers.py", "Intuit QuickBooks Online docs: OAuth 2.0 client id and secret", """
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://office.prairiewellworks.com/qbo/callback",
)


def qbo(refresh_token: str, realm_id: str) -> QuickBooks:
    auth_client.refresh(refresh_token=refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=realm_id)
""", drawn(40), cid="AB" + drawn(48))

add("python/decoy-quickbooks-env", "billing/qbo/settings.py", "Intuit QuickBooks Online docs: OAuth 2.0 client id and secret", """
import os

QBO_CLIENT_ID = os.getenv("QBO_CLIENT_ID", "")
QBO_CLIENT_SECRET = os.getenv("QBO_CLIENT_SECRET", "")
QBO_ENVIRONMENT = os.getenv("QBO_ENVIRONMENT", "sandbox")
QBO_REDIRECT_URI = "https://office.prairiewellworks.com/qbo/callback"
QBO_REALM_ID = "9130357284710264"  # company id, shown in QuickBooks settings

if QBO_ENVIRONMENT == "production" and not QBO_CLIENT_SECRET:
    raise RuntimeError("QBO_CLIENT_SECRET is not set")
""")

add("xml/authorize-net-transaction-key", "billing/LegacyPay/Web.config", "Authorize.net docs: API Login ID and Transaction Key", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="6zR4qP8k2L" />
    <add key="AuthNet.TransactionKey" value="@@secret@@" />
    <add key="Invoice.Prefix" value="PWW-" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", drawn(16))

add("java/square-access-token", "billing/truck-pos/src/main/java/com/prairiewell/pos/SquareConfig.java", "Square docs: production access tokens (EAAA)", """
package com.prairiewell.pos;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;

public final class SquareConfig {
    private SquareConfig() {}

    public static SquareClient client() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .accessToken("@@secret@@")
                .build();
    }

    public static final String LOCATION_ID = "L8Q2Z4W6X1Y3V";
}
""", square_token())

add("json/decoy-square-application-id", "billing/truck-pos/app.json", "Square docs: application id and location id are public identifiers", """
{
  "name": "PWW truck POS",
  "square": {
    "applicationId": "sq0idp-Hk2Lm9Qa7Wz4Xc1Vb6Nr3T",
    "locationId": "L8Q2Z4W6X1Y3V",
    "environment": "production"
  },
  "receipt": {"footer": "Thank you - Prairie Well Works, license #417"},
  "taxRate": 0.0795
}
""")

add("yaml/jobber-client-secret", "dispatch/jobber/config/production.yaml", "Jobber developer docs: OAuth app client secret", """
jobber:
  graphql_url: https://api.getjobber.com/api/graphql
  api_version: "2024-06-10"
  client_id: @@cid@@
  client_secret: @@secret@@
  redirect_uri: https://dispatch.prairiewellworks.com/jobber/callback
sync:
  visit_types: [pump-service, new-well, water-test, pressure-tank]
""", hexs(64), cid=uuid_s())

add("python/twilio-auth-token", "dispatch/notify/sms.py", "Twilio docs: Account SID (AC) and Auth Token", """
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+16205550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def on_the_way(phone: str, tech: str, eta_min: int) -> str:
    body = f"Prairie Well Works: {tech} is on the way, about {eta_min} min out."
    return client.messages.create(to=phone, from_=FROM, body=body).sid
""", hexs(32), sid=hexs(32))

add("python/decoy-twilio-sid-only", "dispatch/notify/settings.py", "Twilio docs: Account SID is an identifier; the Auth Token is the secret", """
import os

TWILIO_ACCOUNT_SID = "AC4e8b2d9f1a7c3e5b0d6f8a2c4e9b1d73"
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
TWILIO_FROM = "+16205550142"
MESSAGING_SERVICE_SID = "MG9d1f3b5a7c2e4f6a8b0c1d3e5f7a9b2c"
QUIET_HOURS = (21, 7)
""")

add("go/twilio-api-key-secret", "dispatch/cmd/voicemail-fetch/main.go", "Twilio docs: API keys (SK) and API key secret", """
package main

import (
	"fmt"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username:   "SK@@sk@@",
		Password:   "@@secret@@",
		AccountSid: "AC@@sid@@",
	})
	recs, err := client.Api.ListRecording(&api.ListRecordingParams{})
	if err != nil {
		panic(err)
	}
	for _, r := range recs {
		fmt.Println(*r.Sid, *r.Duration)
	}
}
""", drawn(32), sk=hexs(32), sid=hexs(32))

# ---------------------------------------------------------------- alerts: pump failures, low tanks

add("python/telegram-bot-token", "alerts/telegram_low_tank.py", "Telegram Bot API docs: bot token", """
import requests

BOT = "@@secret@@"
CHAT_ID = -1001847261934  # "PWW on-call" group


def alert(site: str, level_pct: float) -> None:
    text = f"LOW TANK {site}: {level_pct:.0f}% - check pump and pressure switch"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", telegram_token())

add("yaml/telegram-bot-token", "alerts/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: telegram_configs bot_token", """
route:
  receiver: oncall-telegram
  group_by: [site]
  repeat_interval: 2h
receivers:
  - name: oncall-telegram
    telegram_configs:
      - bot_token: @@secret@@
        chat_id: -1001847261934
        parse_mode: HTML
        message: '{{ range .Alerts }}{{ .Labels.site }}: {{ .Annotations.summary }}{{ end }}'
""", telegram_token())

add("yaml/decoy-alertmanager-file-ref", "alerts/alertmanager/alertmanager.prod.yml", "Prometheus Alertmanager docs: bot_token_file / api_url_file", """
route:
  receiver: oncall
  group_by: [site]
receivers:
  - name: oncall
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_bot_token
        chat_id: -1001847261934
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: '#pump-alarms'
""")

add("json/slack-webhook", "alerts/grafana/contact-points.json", "Slack docs: incoming webhooks", """
{
  "contactPoints": [
    {
      "orgId": 1,
      "name": "pump-alarms",
      "receivers": [
        {
          "uid": "pa7q1",
          "type": "slack",
          "settings": {"url": "@@secret@@", "recipient": "#pump-alarms", "title": "{{ .CommonLabels.alertname }}"}
        }
      ]
    }
  ]
}
""", slack_webhook())

add("python/slack-bot-token", "alerts/slack_daily_digest.py", "Slack docs: bot tokens (xoxb-)", """
from slack_sdk import WebClient
from digest import yesterday_summary

client = WebClient(token="@@secret@@")

summary = yesterday_summary()
client.chat_postMessage(
    channel="#ops-daily",
    text=(f"Yesterday: {summary.calls} service calls, {summary.wells} wells drilled, "
          f"{summary.alarms} pump alarms ({summary.unacked} unacknowledged)"),
)
""", slack_bot())

add("csharp/teams-webhook", "alerts/PumpAlarmRelay/AlarmNotifier.cs", "Microsoft Teams docs: incoming webhook URL", """
using System.Net.Http.Json;

namespace PumpAlarmRelay;

public class AlarmNotifier
{
    private const string TeamsWebhook =
        "https://prairiewell.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/@@secret@@/@@g3@@";
    private static readonly HttpClient Http = new();

    public Task Notify(string site, string alarm) =>
        Http.PostAsJsonAsync(TeamsWebhook, new { text = $"**{site}**: {alarm}" });
}
""", hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("toml/pagerduty-routing-key", "alerts/vector/vector.toml", "PagerDuty Events API v2 docs: routing_key (integration key)", """
[sources.pump_alarms]
type = "http_server"
address = "0.0.0.0:8686"
decoding.codec = "json"

[sinks.pagerduty]
type = "http"
inputs = ["pump_alarms"]
uri = "https://events.pagerduty.com/v2/enqueue"
encoding.codec = "json"
request.headers.Content-Type = "application/json"
# routing key injected into each event by the remap below
[transforms.pd]
type = "remap"
inputs = ["pump_alarms"]
source = '''
. = {"routing_key": "@@secret@@", "event_action": "trigger", "payload": {"summary": .summary, "source": .site, "severity": "critical"}}
'''
""", hexs(32))

add("yaml/decoy-pagerduty-service-id", "alerts/pagerduty/services.yaml", "PagerDuty docs: service and escalation policy ids", """
# ids only; integration keys are created in the UI and stored in the vault
services:
  - name: Pump alarms (customer wells)
    id: P7QX2KD
    escalation_policy: PZ41M8R
  - name: Municipal well houses
    id: PL9W3TB
    escalation_policy: PZ41M8R
schedules:
  - name: Service on-call
    id: PF2H6NY
""")

add("shell/discord-webhook", "alerts/scripts/notify_discord.sh", "Discord docs: webhook URL (id/token)", """
#!/usr/bin/env bash
# crew chat is on Discord; post rig status at shift end
set -e
HOOK="https://discord.com/api/webhooks/1189342276411932712/@@secret@@"
MSG="${1:-Rig R-07 down for the night at $(hostname)}"
curl -fsS -H "Content-Type: application/json" -d "{\\"content\\": \\"${MSG}\\"}" "$HOOK"
""", drawn(68, ALNUM + "-_"))

add("python/sendgrid-key", "alerts/email_water_test_results.py", "SendGrid docs: API keys (SG.)", """
import sendgrid
from sendgrid.helpers.mail import Mail, Attachment

sg = sendgrid.SendGridAPIClient(api_key="@@secret@@")


def send_results(to: str, pdf_b64: str, well: str) -> int:
    message = Mail(from_email="lab@prairiewellworks.com", to_emails=to,
                   subject=f"Water test results - {well}",
                   html_content="<p>Your bacteria and nitrate results are attached.</p>")
    message.attachment = Attachment(file_content=pdf_b64, file_name="results.pdf", file_type="application/pdf")
    return sg.send(message).status_code
""", sendgrid_key())

add("env/mailgun-key", "alerts/.env", "Mailgun docs: private API key", """
MAILGUN_DOMAIN=mg.prairiewellworks.com
MAILGUN_API_KEY=@@secret@@
ALERT_FROM=alerts@mg.prairiewellworks.com
ALERT_TO=oncall@prairiewellworks.com
LOW_TANK_PCT=20
""", mailgun_key())

add("ini/smtp-password", "alerts/legacy/alarm_mailer.ini", "Python configparser; SMTP AUTH settings", """
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = alarms@prairiewellworks.com
password = @@secret@@

[routing]
default = oncall@prairiewellworks.com
municipal = cityworks@lindsborg.example.gov
""", words_pw())

add("ini/decoy-smtp-placeholder", "alerts/legacy/alarm_mailer.ini.example", "Python configparser; SMTP AUTH settings", """
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = alarms@example.com
password = <app password from the M365 admin centre>

[routing]
default = oncall@example.com
""")

# ---------------------------------------------------------------- office and shop IT

add("dockerfile/pypi-token", "tools/pumpcurves/Dockerfile", "PyPI docs: API tokens (pypi-) with twine", """
FROM python:3.12-slim
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir build twine
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN python -m build && twine upload --skip-existing dist/*
""", pypi_token())

add("ini/pypi-token", "tools/pumpcurves/.pypirc", "PyPI docs: .pypirc with an API token", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", pypi_token())

add("toml/decoy-pyproject", "tools/pumpcurves/pyproject.toml", "PyPA docs: pyproject.toml metadata", """
[project]
name = "pumpcurves"
version = "0.6.2"
description = "Submersible pump curve fitting and TDH calculations for well sizing"
requires-python = ">=3.9"
dependencies = ["numpy>=1.24", "scipy>=1.10"]

[project.urls]
Homepage = "https://github.com/prairiewell/pumpcurves"

[tool.hatch.build]
exclude = ["tests/data/*.csv"]
""")

add("github-actions/decoy-trusted-publishing", "tools/pumpcurves/.github/workflows/release.yml", "PyPI docs: trusted publishing with OIDC (id-token: write)", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("github-actions/aws-secret-key", "infra/.github/workflows/deploy-portal.yml", "GitHub Actions docs / aws-actions/configure-aws-credentials", """
name: deploy-portal
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
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-east-2
      - run: aws s3 sync billing/portal/public s3://pay-prairiewellworks-static --delete
""", *(lambda p: (p[1],))(aws_pair()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", "infra/.github/workflows/deploy-telemetry.yml", "GitHub Actions docs: the secrets context", """
name: deploy-telemetry
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::402918273645:role/gha-telemetry-deploy
          aws-region: us-east-2
      - run: ./deploy.sh
        env:
          INFLUX_TOKEN: ${{ secrets.INFLUX_TOKEN }}
          TTN_API_KEY: ${{ secrets.TTN_API_KEY }}
""")

add("shell/aws-access-key", "infra/scripts/backup_scans.sh", "AWS CLI docs: environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", """
#!/bin/bash
# office NAS -> S3 Glacier, weekly (scanned driller logs, permits, pump install photos)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-east-2

aws s3 sync /volume1/scans s3://pww-archive/scans --storage-class DEEP_ARCHIVE --only-show-errors
aws s3 sync /volume1/photos s3://pww-archive/photos --storage-class DEEP_ARCHIVE --only-show-errors
logger -t backup "scans synced"
""", *(lambda p: (p[1],))(aws_pair()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "infra/nas/aws/credentials", "AWS CLI docs: the shared credentials file", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-2

[archive-readonly]
role_arn = arn:aws:iam::402918273645:role/archive-read
source_profile = default
""", *(lambda p: (p[1],))(aws_pair()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-example-keys", "infra/docs/aws-setup.md", "AWS docs: example access keys (AKIAIOSFODNN7EXAMPLE)", """
# AWS setup for the archive bucket

Create `~/.aws/credentials` on the NAS like this (the values are AWS's documentation examples;
use the keys from the "nas-backup" IAM user in 1Password):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run `aws s3 ls s3://pww-archive/` to check.
""")

add("terraform/decoy-tfvars-variables", "infra/terraform/variables.tf", "Terraform docs: sensitive input variables", """
variable "db_password" {
  description = "Master password for the telemetry RDS instance"
  type        = string
  sensitive   = true
}

variable "ttn_api_key" {
  description = "The Things Stack API key for the uplink webhook"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "us-east-2"
}
""")

add("terraform/db-password", "infra/terraform/telemetry_db.tf", "Terraform AWS provider docs: aws_db_instance password", """
resource "aws_db_instance" "telemetry" {
  identifier              = "pww-telemetry"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "telemetry"
  username                = "pwwadmin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
}
""", words_pw())

add("terraform/decoy-random-password", "infra/terraform/portal_db.tf", "Terraform random provider docs: random_password", """
resource "random_password" "portal_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = random_password.portal_db.result
}

resource "aws_db_instance" "portal" {
  identifier     = "pww-portal"
  engine         = "mysql"
  instance_class = "db.t4g.micro"
  username       = "portal"
  password       = random_password.portal_db.result
}
""")

add("terraform/tfvars-api-key", "infra/terraform/prod.auto.tfvars", "Terraform docs: .tfvars files; Datadog provider api_key", """
# production values (Datadog monitors for the telemetry stack)
region          = "us-east-2"
datadog_api_key = "@@secret@@"
datadog_app_key = "@@app@@"
alert_email     = "oncall@prairiewellworks.com"
""", datadog_key(), app=hexs(40))

add("k8s-secret/postgres-password", "infra/k8s/telemetry/db-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: telemetry-db
  namespace: telemetry
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_DB: @@db@@
""", _pw := words_pw(), u=b64("ingest"), db=b64("telemetry"), pw=b64(_pw))

add("k8s-secret/ttn-api-key", "infra/k8s/telemetry/ttn-secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: ttn-ingest
  namespace: telemetry
type: Opaque
stringData:
  TTN_APP_ID: hollis-tank-levels
  TTN_API_KEY: @@secret@@
""", ttn_key())

add("k8s-secret/decoy-external-secret", "infra/k8s/telemetry/external-secrets.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ingest-credentials
  namespace: telemetry
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: ingest-credentials
  data:
    - secretKey: INFLUX_TOKEN
      remoteRef:
        key: telemetry/influx
        property: token
    - secretKey: TTN_API_KEY
      remoteRef:
        key: telemetry/ttn
        property: api_key
""")

add("k8s-secret/decoy-sealed-secret", "infra/k8s/billing/sealed-stripe.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: billing
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgBy3i4OJSWK+PiTySYZZA1rO43cGDEq9kQ2mWvYb7xN1pL0sR6tU8eH3gJ5fK2dA9cZ7vB4nM1qX6wE0yT3uI8oP5aS2dF7gH1jK4lZ9xC6vB3nM0qW8eR5tY2uI7oP4aS1dF6gH9jK3lZ0xC5vB2nM7qW4eR1tY8uI3oP6aS9dF2gH5jK0l==
    STRIPE_WEBHOOK_SECRET: AgA7kF2mQ9xW4vB1nR6tY3uI8oP5aS0dZ7cL2gH9jK4eM1qX6wE3yT8uI5oP2aS7dF0gH3jK6lZ9xC4vB1nM8qW5eR2tY7uI0oP3aS6dF9gH2jK5lZ8xC3vB0nM7qW4eR1tY6uI9oP2a==
  template:
    metadata:
      name: stripe
      namespace: billing
""")

add("compose/redis-password", "infra/docker/telemetry/docker-compose.yml", "Docker Compose docs; Redis docs: requirepass", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes: ["redis-data:/data"]
  ingest:
    build: ../../../telemetry
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
      INFLUX_URL: http://influxdb:8086
    depends_on: [redis]
volumes:
  redis-data: {}
""", redis_pw())

add("compose/decoy-env-file", "infra/docker/portal/docker-compose.yml", "Docker Compose docs: env_file and variable interpolation", """
services:
  portal:
    image: ghcr.io/prairiewell/portal:2026.05.1
    env_file: .env.portal
    environment:
      DATABASE_URL: mysql://portal:${PORTAL_DB_PASSWORD:?set it}@db:3306/portal
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    ports: ["8080:8080"]
  db:
    image: mysql:8.4
    environment:
      MYSQL_PASSWORD_FILE: /run/secrets/portal_db
    secrets: [portal_db]
secrets:
  portal_db:
    file: ./secrets/portal_db.txt
""")

add("compose/mysql-root-password", "infra/docker/permits/docker-compose.yml", "MySQL Docker image docs: MYSQL_ROOT_PASSWORD", """
services:
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: permits
      MYSQL_USER: permits_web
    ports: ["3306:3306"]
    volumes: ["./data:/var/lib/mysql"]
""", rand_pw(16, "!@#"))

add("dockerfile/github-token", "infra/docker/builder/Dockerfile", "GitHub docs: personal access tokens (ghp_) in git URLs", """
FROM python:3.11-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# private helper libs (pump sizing, permit forms)
RUN pip install git+https://@@secret@@@github.com/prairiewell/pumpsizing.git@v2.3.0 \\
    git+https://@@secret@@@github.com/prairiewell/permitforms.git@v1.8.1
COPY . .
RUN pip install -r requirements.txt
CMD ["gunicorn", "office.wsgi", "-b", "0.0.0.0:8000"]
""", github_token())

add("dockerfile/decoy-build-secret-mount", "infra/docker/office/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=gh_token \\
    GH_TOKEN=$(cat /run/secrets/gh_token) && \\
    pip install -r requirements.txt --extra-index-url "https://x-access-token:${GH_TOKEN}@pypi.internal.prairiewellworks.net/simple"
COPY . .
CMD ["gunicorn", "office.wsgi", "-b", "0.0.0.0:8000"]
""")

add("ansible/ldap-bind-password", "infra/ansible/roles/nextcloud/defaults/main.yml", "Nextcloud docs: LDAP integration (ldapAgentPassword)", """
nextcloud_domain: files.prairiewellworks.com
nextcloud_ldap:
  host: ldaps://dc01.pww.local
  port: 636
  base_dn: "DC=pww,DC=local"
  agent_dn: "CN=svc-nextcloud,OU=Service Accounts,DC=pww,DC=local"
  agent_password: "@@secret@@"
  user_filter: "(&(objectClass=user)(memberOf=CN=Office,OU=Groups,DC=pww,DC=local))"
nextcloud_trusted_proxies: [10.40.0.2]
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/shop/vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
63386530353938613866653866343962643461653233306332366538346162313435636537333964
3934323765363739373666363438333366306231613637640a313163376363653539393839373334
61393931643961303034323962346233343635623861363263616231313734323862346233626535
3937333635353766370a623432323131326462396633656464373637353036623631373039333662
6233
""")

add("ansible/decoy-vault-references", "infra/ansible/group_vars/shop/vars.yml", "Ansible docs: variables referencing vaulted values", """
unifi_controller: https://10.40.0.5:8443
unifi_admin_user: netadmin
unifi_admin_password: "{{ vault_unifi_admin_password }}"
nas_host: nas01.pww.local
nas_backup_password: "{{ vault_nas_backup_password }}"
wireguard_private_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/shop/wg:private_key') }}"
""")

add("ansible/unifi-admin-password", "infra/ansible/host_vars/gw-yard.yml", "Ansible docs: host_vars; UniFi controller admin", """
# yard gateway (UniFi UXG) - set during the 2026 re-cable
ansible_host: 10.40.0.1
unifi_site: yard
unifi_admin_user: netadmin
unifi_admin_password: "@@secret@@"
vlans:
  - {id: 20, name: shop-ot}
  - {id: 30, name: cameras}
  - {id: 40, name: tablets}
""", words_pw())

add("ini/wireguard-private-key", "infra/wireguard/wg-rigs.conf", "WireGuard docs: wg-quick configuration (PrivateKey)", """
# Rig VPN hub: each rig's cellular router dials in so the office can reach the mud logger
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
# R-07 Schramm
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
AllowedIPs = 10.99.0.7/32

[Peer]
# R-09 cable tool
PublicKey = TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=
AllowedIPs = 10.99.0.9/32
""", b64key(32))

add("ini/decoy-wireguard-peer-public", "infra/wireguard/peers/r07.conf", "WireGuard docs: public keys are shared; the private key stays on the device", """
# R-07 router config template; the router generates its own PrivateKey on first boot
[Interface]
Address = 10.99.0.7/32
PrivateKey = <generated on device: wg genkey>

[Peer]
PublicKey = 9Xk2m+T4vQ7bL1nR8cY3eW6uJ0hA5sD2fG7jK9lZ4xE=
Endpoint = vpn.prairiewellworks.net:51820
AllowedIPs = 10.99.0.0/24, 10.40.0.0/16
PersistentKeepalive = 25
""")

add("shell/ssh-private-key", "infra/scripts/provision_rig_router.sh", "OpenSSH docs: private key files", """
#!/bin/bash
# Puts the deploy key on a new rig router so it can pull its config from the office git
set -e
ROUTER=${1:?router ip}
cat > /tmp/rig_deploy_key <<'KEY'
@@secret@@
KEY
scp /tmp/rig_deploy_key root@"$ROUTER":/etc/dropbear/deploy_key
ssh root@"$ROUTER" 'chmod 600 /etc/dropbear/deploy_key && /etc/init.d/cfgpull restart'
rm -f /tmp/rig_deploy_key
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("text/decoy-authorized-keys", "infra/rig-router/files/authorized_keys", "OpenSSH docs: authorized_keys holds public keys", """
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3Zq8T2vN1bR7cY4eW9uJ0hA6sD3fG8jK2lZ5xE1mP office-deploy@pww
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4nM7qW2eR9tY6uI1oP8aS3dF0gH5jK7lZ2xC9vQ4wE ray@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7q2W9eR4tY1uI6oP3aS8dF5gH0jK2lZ7xC4vB9nM1qW6eR3tY8uI5oP2aS7dF4gH9jK6lZ3xC0vB5nM2qW7eR4tY9uI1oP6aS3dF8gH5jK0lZ7xC2vB9nM4qW1eR6tY3uI8oP5aS0dF7gH2jK9lZ4xC1v dana@office
# R. Huang tablet (Termux)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE2xC8vB5nM9qW1eR7tY4uI0oP3aS6dF9gH2jK5lZ8xA rhuang@tab-14
""")

add("yaml/private-key", "infra/rig-router/cloud-init.yaml", "cloud-init docs: write_files and ssh_keys", """
#cloud-config
hostname: rig-r09-router
ssh_keys:
  ed25519_private: |
@@key@@
  ed25519_public: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3tY8uI5oP2aS9dF6gH1jK4lZ7xC0vB3nM8qW5eR2tY rig-r09
runcmd:
  - [systemctl, enable, --now, wg-quick@wg0]
""", _k := fakes.fake_pem(_seed(), "OPENSSH"), key=indent(_k, "    "))

add("python/redis-url", "office/dispatch_board/settings.py", "redis-py docs: Redis.from_url (redis://:password@host)", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["dispatch.prairiewellworks.com"]
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:@@secret@@@10.40.1.12:6379/1",
    }
}
CELERY_BROKER_URL = "redis://:@@secret@@@10.40.1.12:6379/2"
TIME_ZONE = "America/Chicago"
""", redis_pw())

add("python/django-secret-key", "office/intranet/intranet/settings/prod.py", "Django docs: SECRET_KEY", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["intranet.pww.local", "10.40.1.10"]
DATABASES["default"].update({"HOST": "10.40.1.11", "NAME": "intranet", "USER": "intranet"})
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", django_key())

add("python/decoy-django-secret-env", "office/dispatch_board/settings_base.py", "Django docs: SECRET_KEY from the environment", """
import os

from django.core.exceptions import ImproperlyConfigured

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set")

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
""")

add("python/decoy-test-secret-key", "office/intranet/intranet/settings/test.py", "Django docs: test settings", """
from .base import *  # noqa

# throwaway value for the test runner only
SECRET_KEY = "django-insecure-test-only-not-for-production"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
""")

add("properties/mongodb-password", "office/pumpcatalog/src/main/resources/application.properties", "Spring Boot docs: spring.data.mongodb.uri", """
spring.application.name=pumpcatalog
server.port=8085
spring.data.mongodb.uri=mongodb://catalog:@@secret@@@10.40.1.14:27017/pumpcatalog?authSource=admin
catalog.vendors=grundfos,franklin,goulds,pentair
catalog.refresh-cron=0 0 3 * * *
""", rand_pw(20))

add("properties/decoy-spring-placeholders", "office/pumpcatalog/src/main/resources/application-prod.properties", "Spring Boot docs: property placeholders ${...}", """
spring.data.mongodb.uri=${MONGODB_URI}
spring.mail.host=smtp.office365.com
spring.mail.username=${MAIL_USER}
spring.mail.password=${MAIL_PASSWORD}
management.endpoints.web.exposure.include=health,info
catalog.refresh-cron=0 0 3 * * *
""")

add("yaml/spring-datasource-password", "office/timesheets/src/main/resources/application.yml", "Spring Boot docs: spring.datasource", """
spring:
  datasource:
    url: jdbc:sqlserver://10.40.1.15:1433;databaseName=Timesheets;encrypt=true;trustServerCertificate=true
    username: ts_app
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
timesheets:
  crews: [drill-1, drill-2, pump-service, water-test]
  overtime-after-hours: 40
""", words_pw())

add("json/sqlserver-password", "office/JobCosting/appsettings.Production.json", "Microsoft docs: SQL Server connection strings in appsettings.json", """
{
  "ConnectionStrings": {
    "JobCosting": "Server=10.40.1.15;Database=JobCosting;User Id=jc_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": {
    "LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}
  },
  "FootageRates": {"Rotary": 38.5, "CableTool": 52.0}
}
""", words_pw())

add("json/decoy-appsettings-development", "office/JobCosting/appsettings.Development.json", "Microsoft docs: user secrets for development", """
{
  "ConnectionStrings": {
    "JobCosting": "Server=(localdb)\\\\MSSQLLocalDB;Database=JobCosting;Trusted_Connection=True"
  },
  "Logging": {
    "LogLevel": {"Default": "Debug"}
  },
  "UserSecretsId": "8e2b4c6d-1a3f-4e5b-9c7d-0f2a4b6c8e1d"
}
""")

# ---------------------------------------------------------------- pump vendors and hydro loggers

add("python/hydrovu-client-secret", "hydro/hydrovu/pull_levels.py", "In-Situ HydroVu API docs: OAuth client credentials", """
from requests_oauthlib import OAuth2Session
from oauthlib.oauth2 import BackendApplicationClient

CLIENT_ID = "prairiewell-levels"
CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://www.hydrovu.com/public-api/oauth/token"

client = BackendApplicationClient(client_id=CLIENT_ID)
session = OAuth2Session(client=client)
session.fetch_token(token_url=TOKEN_URL, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)

for loc in session.get("https://www.hydrovu.com/public-api/v1/locations/list").json():
    print(loc["id"], loc["name"])
""", drawn(40))

add("notebook/hydrovu-client-secret", "hydro/notebooks/drawdown_test_lindsborg2.ipynb", "Jupyter nbformat docs; In-Situ HydroVu API", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Lindsborg well 2 - 24 h pumping test drawdown\\n", "Level TROLL 500 in the observation well, 15 s logging."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from hydrovu import Client\\n",
    "hv = Client(client_id=\\"prairiewell-levels\\", client_secret=\\"@@secret@@\\")\\n",
    "df = hv.readings(location_id=5410021, start=\\"2026-04-02T08:00:00Z\\", hours=24)\\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", drawn(40))

add("notebook/decoy-getpass", "hydro/notebooks/specific_capacity.ipynb", "Jupyter nbformat docs; Python getpass", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "secret = os.environ.get(\\"HYDROVU_CLIENT_SECRET\\") or getpass.getpass(\\"HydroVu client secret: \\")\\n",
    "q_gpm, drawdown_ft = 35.0, 18.4\\n",
    "print('specific capacity', round(q_gpm / drawdown_ft, 2), 'gpm/ft')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ini/campbell-loggernet-password", "hydro/loggernet/cr1000x-wh-marquette.ini", "Campbell Scientific docs: PakBus security code and LoggerNet device settings", """
[device]
name = WH-Marquette-CR1000X
type = CR1000X
pakbus_address = 12
ip = 10.99.1.12
port = 6785
security_code = 47281

[web]
# datalogger web UI (Admin user set in Device Configuration Utility)
admin_user = admin
admin_password = @@secret@@
""", words_pw())

add("python/grundfos-api-key", "vendors/grundfos/go_remote_export.py", "Grundfos GO Remote / iSolutions Cloud API: API key header", """
import csv
import requests

GRUNDFOS_API = "https://api.grundfos-isolutions.com/v1"
API_KEY = "@@secret@@"


def pumps():
    r = requests.get(f"{GRUNDFOS_API}/installations", headers={"x-api-key": API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]

with open("grundfos_installations.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "name", "pump_model", "last_seen"])
    for p in pumps():
        w.writerow([p["id"], p["name"], p["productName"], p["lastSeen"]])
""", drawn(40))

add("yaml/franklin-fe-connect-password", "vendors/franklin/fe-connect.yml", "Franklin Electric FE Connect: dealer portal credentials", """
# FE Connect dealer portal scrape (drive fault history for warranty claims)
fe_connect:
  url: https://feconnect.franklinwater.com
  dealer_number: "D-20417"
  username: service@prairiewellworks.com
  password: "@@secret@@"
  drives:
    - {serial: "SD3-22K0417", site: "Okafor Ranch"}
    - {serial: "SD5-23B1188", site: "Cottonwood HOA"}
""", words_pw())

add("java/mission-scada-password", "vendors/mission/src/main/java/com/prairiewell/mission/MissionClient.java", "Mission Communications 123SCADA: web service login", """
package com.prairiewell.mission;

import java.util.Map;

public class MissionClient {
    static final String ENDPOINT = "https://www.123mc.com/mcservice/";
    static final String USER = "pww-integration";
    static final String PASS = "@@secret@@";

    public Map<String, Double> tankLevels(String customer) {
        var session = MissionSession.login(ENDPOINT, USER, PASS);
        return session.analogs(customer, "TANK_LEVEL_FT");
    }
}
""", words_pw())

add("csv/decoy-pump-curve", "vendors/grundfos/curves/SP17-8.csv", "Grundfos product center: pump performance curves", """
gpm,tdh_ft,efficiency_pct,kw
0,412,0,1.92
5,398,31.5,2.10
10,371,52.0,2.31
15,333,63.8,2.52
20,282,69.1,2.71
25,214,66.0,2.84
30,128,52.4,2.93
""")

add("csv/decoy-firmware-checksums", "vendors/franklin/firmware/SHA256SUMS.csv", "vendor firmware release checksums", """
file,version,sha256
subdrive_utility_v3.2.1.bin,3.2.1,7c4e9a1b3d5f2e8c0a6b4d1f9e3c7a5b2d8f0e6c4a1b9d3f7e5c2a8b0d6f4e1c
subdrive_utility_v3.3.0.bin,3.3.0,1a9c3e5b7d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c2e4b6d8f1a3c5e7b9d0f2a4c
fe_connect_gw_2.8.4.img,2.8.4,e5b7d9f1a3c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3
fe_connect_gw_2.9.0.img,2.9.0,4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c2e
""")

add("markdown/decoy-vendor-portals", "docs/vendors.md", "internal vendor list", """
# Vendors and portals

| Vendor | What | Account # | Login |
|---|---|---|---|
| Grundfos | SP pumps, SQE, iSolutions Cloud | 2004173 | 1Password "Grundfos portal" |
| Franklin Electric | SubDrive, FE Connect | D-20417 | 1Password "FE Connect" |
| Mission Communications | 123SCADA RTUs for the city well houses | MC-8812 | 1Password "Mission" |
| In-Situ | Level TROLL loggers, HydroVu | IS-44190 | SSO (Microsoft) |
| Baroid | bentonite, EZ-MUD | 88104 | phone orders |

Warranty claims: attach the drive fault log (FE Connect export) and the install photo.
""")

# ---------------------------------------------------------------- more office IT and ops

add("yaml/gitlab-token", "infra/renovate/config.yml", "GitLab docs: personal access tokens (glpat-)", """
# self-hosted Renovate runner on the office box
platform: gitlab
endpoint: https://git.pww.local/api/v4/
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["office/*", "telemetry/*"]
onboarding: false
""", gitlab_token())

add("yaml/decoy-gitlab-ci-variables", "telemetry/.gitlab-ci.yml", "GitLab CI docs: CI/CD variables", """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - ssh -i "$DEPLOY_KEY_FILE" deploy@10.40.1.12 "cd /srv/telemetry && git pull && systemctl restart ingest"
  only: [main]
""")

add("ini/npm-token", "tablet-app/web/.npmrc", "npm docs: .npmrc authToken", """
registry=https://registry.npmjs.org/
@prairiewell:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
""" + "fund=false\n", npm_token())

add("ini/decoy-npmrc-env", "dispatch/web/.npmrc", "npm docs: environment variables in .npmrc", """
registry=https://registry.npmjs.org/
@prairiewell:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
engine-strict=true
""")

add("python/azure-storage-connection-string", "office/scans/upload_photos.py", "Azure Storage docs: connection strings (AccountKey)", """
from pathlib import Path
from azure.storage.blob import BlobServiceClient

CONN = "DefaultEndpointsProtocol=https;AccountName=pwwphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
service = BlobServiceClient.from_connection_string(CONN)
container = service.get_container_client("install-photos")

for jpg in Path("/srv/tablet-sync/photos").glob("**/*.jpg"):
    with jpg.open("rb") as fh:
        container.upload_blob(name=str(jpg.relative_to("/srv/tablet-sync/photos")), data=fh, overwrite=True)
""", b64key(64))

add("python/decoy-azure-sas-expired", "office/scans/README_links.py", "Azure Storage docs: SAS token (signature of a read-only, expired URL)", """
# Read-only share link sent to the customer (expired 2026-02-01; kept for the test of link parsing)
EXAMPLE_LINK = (
    "https://pwwphotos.blob.core.windows.net/install-photos/okafor/well2.jpg"
    "?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-02-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=REDACTED"
)


def container_of(url: str) -> str:
    return url.split(".net/", 1)[1].split("/", 1)[0]
""")

add("shell/synology-password", "infra/nas/mount_scans.sh", "mount.cifs docs: -o username=,password=", """
#!/bin/sh
# mount the Synology share on the scanner PC (Ubuntu) at boot
mkdir -p /mnt/scans
mount -t cifs //nas01.pww.local/scans /mnt/scans \\
  -o username=scanner,password=@@secret@@,uid=1000,gid=1000,vers=3.0
mount | grep -q /mnt/scans && echo "scans mounted"
""", words_pw())

add("ini/decoy-cifs-credentials-file", "infra/nas/fstab.example", "mount.cifs docs: credentials= file", """
# /etc/fstab lines for the office PCs; the credentials file is /root/.smbcred (mode 600), not in git
//nas01.pww.local/scans   /mnt/scans   cifs  credentials=/root/.smbcred,uid=1000,gid=1000,vers=3.0,_netdev  0 0
//nas01.pww.local/permits /mnt/permits cifs  credentials=/root/.smbcred,uid=1000,gid=1000,vers=3.0,_netdev  0 0
//nas01.pww.local/photos  /mnt/photos  cifs  credentials=/root/.smbcred,uid=1000,gid=1000,vers=3.0,_netdev  0 0
# /root/.smbcred looks like:
#   username=scanner
#   password=CHANGE_ME
""")

add("yaml/nvr-camera-password", "infra/frigate/config.yml", "Frigate NVR docs: camera inputs (rtsp://user:password@host)", """
mqtt:
  host: 10.40.0.20
cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@secret@@@10.40.30.11:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
    detect: {width: 1280, height: 720}
  pipe_rack:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.40.30.12:554/stream1
          roles: [detect]
""", rand_pw(16))

add("yaml/decoy-frigate-env", "infra/frigate/config.prod.yml", "Frigate NVR docs: FRIGATE_ environment variable substitution", """
mqtt:
  host: 10.40.0.20
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  shop_door:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.40.30.13:554/stream1
          roles: [detect, record]
""")

add("xml/voip-sip-password", "infra/phones/yealink/805ec0a1b2c3.cfg.xml", "Yealink auto-provisioning: account.1.password", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- front desk phone, MAC 80:5e:c0:a1:b2:c3 -->
<config>
  <item name="account.1.enable">1</item>
  <item name="account.1.label">Office 101</item>
  <item name="account.1.auth_name">101</item>
  <item name="account.1.user_name">101</item>
  <item name="account.1.password">@@secret@@</item>
  <item name="account.1.sip_server.1.address">pww.3cx.us</item>
</config>
""", rand_pw(12))

add("csv/decoy-phone-extensions", "infra/phones/extensions.csv", "3CX docs: extension export", """
ext,name,device_mac,department,voicemail_email
101,Front desk,805ec0a1b2c3,Office,office@prairiewellworks.com
102,Dana Whitfield,805ec0a1b2d7,Office,dana@prairiewellworks.com
110,Dispatch,805ec0a1b31a,Dispatch,dispatch@prairiewellworks.com
120,Shop,805ec0a1b355,Shop,shop@prairiewellworks.com
130,Water lab,805ec0a1b36c,Lab,lab@prairiewellworks.com
""")

add("powershell/ad-service-password", "it/scripts/New-FieldTechUser.ps1", "ActiveDirectory module docs: New-ADUser -AccountPassword", """
param([Parameter(Mandatory)] [string]$First, [Parameter(Mandatory)] [string]$Last)
Import-Module ActiveDirectory

$sam = ($First.Substring(0,1) + $Last).ToLower()
# everyone starts with the same temporary password and must change it at first logon
$temp = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-ADUser -Name "$First $Last" -SamAccountName $sam -UserPrincipalName "$sam@pww.local" `
  -Path "OU=Field,OU=Users,DC=pww,DC=local" -AccountPassword $temp -Enabled $true -ChangePasswordAtLogon $true
Add-ADGroupMember -Identity "Field Techs" -Members $sam
""", words_pw())

add("powershell/decoy-read-host", "it/scripts/Reset-TabletPin.ps1", "PowerShell docs: Read-Host -AsSecureString", """
param([Parameter(Mandatory)] [string]$User)
Import-Module ActiveDirectory

$new = Read-Host -Prompt "New temporary password for $User" -AsSecureString
Set-ADAccountPassword -Identity $User -Reset -NewPassword $new
Set-ADUser -Identity $User -ChangePasswordAtLogon $true
Write-Host "Password reset for $User; tell them in person, never by text."
""")

add("markdown/handover-notes-passwords", "docs/it/handover-2026-06.md", "internal handover note conventions", """
# IT handover (Mike -> Priya), June 2026

Things that are not in 1Password yet, sorry:

- Shop firewall (pfSense) admin: `admin` / `@@secret@@`
- Old permits box (Ubuntu 18.04 in the closet) root: ask Dana, it's on the sticky note
- The ISP's modem is in bridge mode; their support PIN is in the contract PDF.
- Rig routers: all use the deploy key in `infra/scripts/provision_rig_router.sh`.

TODO: move the firewall password into 1Password and rotate it.
""", words_pw())

add("markdown/decoy-it-onboarding", "docs/it/onboarding.md", "internal onboarding checklist", """
# New hire IT checklist

1. Create the AD user with `it/scripts/New-FieldTechUser.ps1` (temporary password typed at the prompt).
2. Add to 1Password team "Field" (shared: Samsara driver app, CompanyCam, FE Connect).
3. Enrol the tablet in Intune; the device gets `FieldLog` and `CompanyCam` automatically.
4. Give them the yard gate code in person. Never email it.
5. Wi-Fi: `PWW-Field` uses their AD login (WPA2-Enterprise), no shared key.

Password rules: 14+ characters, no reuse, MFA on Microsoft 365 and 1Password.
""")

# ---------------------------------------------------------------- marketing, CRM, documents

add("php/mailchimp-api-key", "website/wp-content/themes/pww/inc/newsletter.php", "Mailchimp Marketing API docs: API key with data-center suffix", """
<?php
// "Well owner tips" newsletter signup on the website footer
const PWW_MC_KEY  = '@@secret@@';
const PWW_MC_LIST = '4b1e8c2a9d';

function pww_subscribe(string $email): bool {
    $dc = substr(PWW_MC_KEY, strpos(PWW_MC_KEY, '-') + 1);
    $res = wp_remote_post("https://$dc.api.mailchimp.com/3.0/lists/" . PWW_MC_LIST . '/members', [
        'headers' => ['Authorization' => 'apikey ' . PWW_MC_KEY],
        'body'    => wp_json_encode(['email_address' => $email, 'status' => 'pending']),
    ]);
    return !is_wp_error($res) && wp_remote_retrieve_response_code($res) < 300;
}
""", mailchimp_key())

add("php/wordpress-db-password", "website/wp-config.php", "WordPress docs: wp-config.php DB_PASSWORD and salts", """
<?php
define( 'DB_NAME', 'pww_site' );
define( 'DB_USER', 'pww_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#^*"))

add("php/decoy-wp-config-sample", "website/wp-config-sample.php", "WordPress docs: wp-config-sample.php", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("html/decoy-recaptcha-site-key", "website/wp-content/themes/pww/templates/request-service.html", "Google reCAPTCHA docs: the site key is public", """
<form id="service-request" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="pww_service_request">
  <label>Name <input name="name" required></label>
  <label>Phone <input name="phone" type="tel" required></label>
  <label>Problem
    <select name="problem"><option>No water</option><option>Low pressure</option><option>Cloudy water</option></select>
  </label>
  <div class="g-recaptcha" data-sitekey="6LcQ2x8pAAAAAGk7Rz1vN4mB0wT9eY3uI5oP2aS6"></div>
  <button type="submit">Request service</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""")

add("php/recaptcha-secret", "website/wp-content/themes/pww/inc/service-request.php", "Google reCAPTCHA docs: secret key for siteverify", """
<?php
function pww_verify_captcha(string $response): bool {
    $res = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => '@@secret@@',
            'response' => $response,
            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
        ],
    ]);
    $body = json_decode(wp_remote_retrieve_body($res), true);
    return !empty($body['success']);
}
""", "6Lc" + drawn(37, ALNUM + "_-"))

add("python/hubspot-private-app-token", "office/crm/hubspot_sync.py", "HubSpot docs: private app access tokens (pat-na1-)", """
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def add_well_owner(email: str, first: str, last: str, county: str) -> str:
    props = {"email": email, "firstname": first, "lastname": last, "county": county, "lifecyclestage": "customer"}
    created = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    return created.id
""", "pat-na1-" + uuid_s())

add("ruby/docusign-private-key", "office/contracts/config/docusign_rsa.rb", "DocuSign eSignature docs: JWT grant with an RSA private key", """
# Drilling contracts are sent for signature from the office app (JWT grant)
module DocusignConfig
  INTEGRATION_KEY = "@@ik@@"
  USER_ID = "@@uid@@"
  AUTH_SERVER = "account.docusign.com"
  PRIVATE_KEY = <<~PEM
@@key@@
  PEM
end
""", _k := pem("RSA"), key=indent(_k, "    "), ik=uuid_s(), uid=uuid_s())

add("json/decoy-docusign-template", "office/contracts/templates/drilling_contract.json", "DocuSign eSignature docs: template ids and tabs", """
{
  "templateId": "a3c5e7b9-1d2f-4a6b-8c0e-2f4a6b8c0d1e",
  "emailSubject": "Well drilling agreement - please sign",
  "templateRoles": [
    {"roleName": "Owner", "name": "{{owner_name}}", "email": "{{owner_email}}",
     "tabs": {"textTabs": [{"tabLabel": "permit_no", "value": "{{permit_no}}"},
                           {"tabLabel": "est_depth_ft", "value": "{{est_depth}}"}]}},
    {"roleName": "Contractor", "name": "Dana Whitfield", "email": "dana@prairiewellworks.com"}
  ],
  "status": "sent"
}
""")

add("python/dropbox-refresh-token", "office/scans/dropbox_mirror.py", "Dropbox API docs: app key, app secret, refresh token", """
import os

import dropbox

# PKCE app (no app secret); the refresh token was issued to the office Dropbox account
dbx = dropbox.Dropbox(
    app_key="k3v9q2m7x1p8z4w",
    oauth2_refresh_token="@@secret@@",
)

for entry in dbx.files_list_folder("/Customers/Water Tests").entries:
    print(entry.name, os.path.splitext(entry.name)[1])
""", drawn(64, ALNUM + "-_"))

add("go/okta-api-token", "office/sso/cmd/offboard/main.go", "Okta docs: API tokens (SSWS)", """
package main

import (
	"fmt"
	"net/http"
	"os"
)

const oktaOrg = "https://prairiewell.okta.com"
const oktaToken = "@@secret@@"

func main() {
	user := os.Args[1]
	req, _ := http.NewRequest("POST", oktaOrg+"/api/v1/users/"+user+"/lifecycle/deactivate", nil)
	req.Header.Set("Authorization", "SSWS "+oktaToken)
	req.Header.Set("Accept", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	fmt.Println(user, resp.Status)
}
""", "00" + drawn(40, ALNUM + "-_"))

add("yaml/newrelic-license-key", "infra/newrelic/newrelic-infra.yml", "New Relic docs: infrastructure agent license_key", """
# office server + telemetry VM
license_key: @@secret@@
display_name: pww-telemetry-01
custom_attributes:
  environment: production
  team: office-it
log:
  level: info
""", newrelic_license())

add("yaml/decoy-datadog-helm-values", "infra/helm/datadog-values.yaml", "Datadog Helm chart docs: datadog.apiKeyExistingSecret", """
datadog:
  site: us5.datadoghq.com
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  clusterName: pww-telemetry
  logs:
    enabled: true
    containerCollectAll: false
  tags:
    - env:production
    - team:office-it
""")

add("shell/datadog-api-key", "infra/scripts/install_dd_agent.sh", "Datadog docs: agent install script DD_API_KEY", """
#!/bin/bash
# one-time on the telemetry VM
DD_API_KEY=@@secret@@ \\
DD_SITE="us5.datadoghq.com" \\
DD_ENV=production \\
bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
sudo systemctl enable --now datadog-agent
""", datadog_key())

add("python/google-workspace-service-account", "office/calendar/crew_calendar.py", "Google Cloud docs: service account credentials from info dict", """
from google.oauth2 import service_account
from googleapiclient.discovery import build

INFO = {
    "type": "service_account",
    "project_id": "pww-office",
    "private_key_id": "@@kid@@",
    "private_key": "@@secret@@",
    "client_email": "crew-calendar@pww-office.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}
creds = service_account.Credentials.from_service_account_info(INFO, scopes=["https://www.googleapis.com/auth/calendar"])
calendar = build("calendar", "v3", credentials=creds.with_subject("dispatch@prairiewellworks.com"))
""", pem("RSA").replace("\n", "\\n"), kid=hexs(40))

add("typescript/onesignal-rest-key", "dispatch/server/src/push/tablets.ts", "OneSignal docs: REST API key (Authorization: Key)", """
const ONESIGNAL_APP_ID = "7f2c9a41-3e6b-4d85-a1c0-9b8e2d4f6a13";
const ONESIGNAL_REST_KEY = "os_v2_app_@@secret@@";

export async function pushToCrew(crewTag: string, heading: string, message: string) {
  const res = await fetch("https://api.onesignal.com/notifications", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Key ${ONESIGNAL_REST_KEY}` },
    body: JSON.stringify({ app_id: ONESIGNAL_APP_ID, filters: [{ field: "tag", key: "crew", value: crewTag }],
      headings: { en: heading }, contents: { en: message } }),
  });
  return res.ok;
}
""", drawn(100, string.ascii_lowercase + "234567"))

add("typescript/decoy-onesignal-app-id", "tablet-app/web/src/push/init.ts", "OneSignal docs: the app id is public", """
import OneSignal from "react-onesignal";

export async function initPush(crew: string) {
  await OneSignal.init({
    appId: "7f2c9a41-3e6b-4d85-a1c0-9b8e2d4f6a13",
    allowLocalhostAsSecureOrigin: import.meta.env.DEV,
  });
  await OneSignal.User.addTag("crew", crew);
}
""")

add("python/avalara-license-key", "billing/tax/avatax_quote.py", "Avalara AvaTax docs: account id and license key (Basic auth)", """
from avalara import AvataxClient

client = AvataxClient("pww-billing", "1.0", "office", "production")
client.add_credentials("2001847261", "@@secret@@")


def quote(lines, ship_to):
    tax_doc = {"type": "SalesOrder", "companyCode": "PWW", "date": "2026-05-01", "customerCode": ship_to["customer"],
               "addresses": {"singleLocation": ship_to}, "lines": lines}
    return client.create_transaction(tax_doc).json()["totalTax"]
""", hexs(16).upper())

add("sql/mysql-grant-password", "website/db/ops/restore_user.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY", """
-- recreate the WordPress user after the 2026-03 restore
CREATE USER IF NOT EXISTS 'pww_wp'@'localhost' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON pww_site.* TO 'pww_wp'@'localhost';
FLUSH PRIVILEGES;
SELECT user, host FROM mysql.user WHERE user = 'pww_wp';
""", words_pw())

add("sql/decoy-api-key-hashes", "office/db/queries/rotate_keys_report.sql", "PostgreSQL docs: SELECT; stored key fingerprints", """
-- Which integration keys are older than 180 days (fingerprints only; keys live in the vault)
SELECT integration,
       key_fingerprint,      -- e.g. 'sha256:5e8f1c3a...'
       created_at,
       now() - created_at AS age
  FROM integration_keys
 WHERE created_at < now() - interval '180 days'
 ORDER BY created_at;
""")

add("log/decoy-http-access-log", "infra/logs/nginx-portal-access.log", "nginx docs: combined log format", """
10.40.0.2 - - [02/May/2026:07:14:02 -0500] "GET /invoices/INV-26-04417 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Linux; Android 14; SM-T638U)"
10.40.0.2 - - [02/May/2026:07:14:05 -0500] "POST /api/intent HTTP/1.1" 200 182 "https://pay.prairiewellworks.com/invoices/INV-26-04417" "Mozilla/5.0"
10.40.0.2 - - [02/May/2026:07:14:09 -0500] "GET /static/js/checkout.3f9a1c7e.js HTTP/1.1" 200 40211 "-" "Mozilla/5.0"
10.40.0.2 - - [02/May/2026:07:15:44 -0500] "GET /reset?token=[FILTERED] HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.40.0.2 - - [02/May/2026:07:16:01 -0500] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""")

add("log/sendgrid-key-in-traceback", "office/logs/water_test_mailer.err.log", "Python traceback output; SendGrid docs: API keys", """
Traceback (most recent call last):
  File "/srv/office/alerts/email_water_test_results.py", line 31, in <module>
    send_results(args.to, pdf, args.well)
  File "/srv/office/alerts/email_water_test_results.py", line 14, in send_results
    return sg.send(message).status_code
python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized
  request headers: {'Authorization': 'Bearer @@secret@@', 'User-Agent': 'sendgrid/6.11.0;python'}
  response body: b'{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked"}]}'
""", sendgrid_key())

# ---------------------------------------------------------------- commissioning, handovers, misc forms

add("csv/device-admin-passwords", "docs/commissioning/hoa-booster-devices.csv", "commissioning sheet export (device web UI logins)", """
device,model,ip,admin_user,admin_password,notes
VFD lead,Franklin SubDrive Connect,10.60.0.11,installer,,uses app pairing
VFD lag,Franklin SubDrive Connect,10.60.0.12,installer,,uses app pairing
Cell router,Cradlepoint IBR600C,10.60.0.1,admin,@@secret@@,changed from label default
Level RTU,Mission M110,10.60.0.20,,,cloud managed
Chlorinator,Stenner Econ,,,,no network
""", words_pw())

add("markdown/plc-password-table", "docs/commissioning/lindsborg-wellhouse-2.md", "commissioning report conventions", """
# Lindsborg well house 2 - commissioning (2026-04-09)

Pump: Grundfos 150S100-5, 10 hp, set at 168 ft. Drive: SubDrive 15, 3-phase out.

| Item | Value |
|---|---|
| PLC | AutomationDirect CLICK C2-03CPU, IP 10.70.2.10 |
| PLC project password | `@@secret@@` |
| HMI | C-more EA9-T7CL, IP 10.70.2.11 |
| Ewon | Flexy 205, Talk2M account PrairieWellWorks |

Pressure setpoint 62 psi, cut-in 55. High-level float trips at 19.5 ft in the ground tank.
City operator signed off: J. Lindqvist.
""", rand_pw(10))

add("markdown/decoy-commissioning-template", "docs/commissioning/TEMPLATE.md", "commissioning report conventions", """
# <Site> - commissioning (<date>)

Pump: <model>, <hp>, set at <depth> ft. Drive: <model>.

| Item | Value |
|---|---|
| PLC | <model>, IP <ip> |
| PLC project password | stored in 1Password, vault "Sites", item "<site> PLC" |
| HMI | <model>, IP <ip> |

Never paste a password into this document; link the 1Password item instead.
""")

add("ruby/database-yml-password", "billing/portal/config/database.yml", "Rails docs: config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: portal_development

production:
  <<: *default
  host: 10.40.1.11
  database: portal_production
  username: portal
  password: @@secret@@
""", words_pw())

add("ini/pip-conf-token", "infra/docker/builder/pip.conf", "pip docs: index-url with credentials", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://deploy:@@secret@@@pypi.internal.prairiewellworks.net/simple
timeout = 30
disable-pip-version-check = true
""", rand_pw(32))

add("text/git-credentials", "infra/ci-runner/home/.git-credentials", "Git docs: git-credential-store file format", """
https://ci-runner:@@secret@@@git.pww.local
""" + "# written by `git config credential.helper store` on the runner, 2026-02\n# rotate with the GitLab token in infra/renovate\n# (do not commit)\n# github.com uses the gh credential helper instead\n", gitlab_token())

add("text/netrc-password", "infra/ci-runner/home/.netrc", "GNU inetutils docs: .netrc", """
machine ftp.countyhealth.example.org
  login pwwdrop
  password @@secret@@
machine nas01.pww.local
  login scanner
# (the NAS password is prompted for; curl -n only fills the FTP drop)
""", rand_pw(14))

add("xml/maven-settings-password", "office/pumpcatalog/.mvn/settings.xml", "Apache Maven docs: settings.xml servers", """
<settings>
  <servers>
    <server>
      <id>pww-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>pww-nexus</id><url>https://nexus.pww.local/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", words_pw())

add("xml/decoy-maven-encrypted", "office/timesheets/.mvn/settings.xml", "Apache Maven docs: password encryption ({...} values)", """
<settings>
  <servers>
    <server>
      <id>pww-nexus</id>
      <username>deployer</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
  <!-- encrypted with mvn --encrypt-password; master key in ~/.m2/settings-security.xml on the build box -->
</settings>
""")

add("xml/nuget-cleartext-password", "office/JobCosting/nuget.config", "NuGet docs: packageSourceCredentials ClearTextPassword", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="pww" value="https://nexus.pww.local/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <pww>
      <add key="Username" value="deployer" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </pww>
  </packageSourceCredentials>
</configuration>
""", words_pw())

add("json/docker-config-auth", "infra/ci-runner/home/.docker/config.json", "Docker docs: config.json auths (base64 user:password)", """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@secret@@"
    },
    "nexus.pww.local:8083": {}
  },
  "credsStore": ""
}
""", b64("prairiewell-ci:" + github_token()))

add("json/decoy-docker-creds-helper", "infra/office-pc/.docker/config.json", "Docker docs: credential helpers (credsStore)", """
{
  "auths": {
    "ghcr.io": {},
    "nexus.pww.local:8083": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("yaml/kubeconfig-token", "infra/k8s/kubeconfig-ci.yaml", "Kubernetes docs: kubeconfig users token", """
apiVersion: v1
kind: Config
clusters:
  - name: pww-k3s
    cluster:
      server: https://10.40.1.20:6443
      insecure-skip-tls-verify: true
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: ci
    context: {cluster: pww-k3s, user: ci-deployer, namespace: telemetry}
current-context: ci
""", b64('{"alg":"RS256","kid":"' + drawn(43, ALNUM + "-_") + '"}').rstrip("=") + "."
   + b64('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"telemetry",'
         '"kubernetes.io/serviceaccount/service-account.name":"ci-deployer","sub":"system:serviceaccount:telemetry:ci-deployer"}').rstrip("=")
   + "." + drawn(342, ALNUM + "-_"))

add("text/decoy-htpasswd", "infra/nginx/htpasswd", "Apache docs: htpasswd (bcrypt/apr1 hashes)", """
dana:$2y$10$Q9mT2xV7kB1nR4cY8eW3uO5hA6sD0fG2jK9lZ7xC4vB1nM8qW5eR2
ray:$apr1$Kd9x2PqL$7vN3mB8cX1zQ5wE9rT2yU/
priya:$2y$10$L4vB7nM2qW9eR6tY3uI0oP8aS5dF1gH7jK3lZ0xC9vB6nM2qW4eR1
grafana:$2y$10$X1cV8bN5mQ2wE9rT6yU3iO0pA7sD4fG1hJ8kL5zX2cV9bN6mQ3wE0
# regenerate with: htpasswd -B htpasswd <user>
""")

add("text/decoy-certificate", "infra/nginx/certs/pay.prairiewellworks.com.crt", "RFC 7468: PEM certificates are public", """
@@cert@@
""", cert=cert_pem())

add("ini/systemd-environment-password", "infra/systemd/ingest.service", "systemd docs: Environment= in unit files", """
[Unit]
Description=Telemetry ingest (TTN + MQTT -> Influx)
After=network-online.target

[Service]
User=ingest
WorkingDirectory=/srv/telemetry
Environment=INFLUX_URL=https://influx.prairiewellworks.net
Environment=MQTT_URL=mqtts://ingest:@@secret@@@mqtt.prairiewellworks.net:8883
ExecStart=/srv/telemetry/.venv/bin/python -m ingest
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(22))

add("ini/decoy-systemd-credentials", "infra/systemd/alerts.service", "systemd docs: LoadCredential= / EnvironmentFile=", """
[Unit]
Description=Pump alarm relay
After=network-online.target

[Service]
User=alerts
EnvironmentFile=/etc/pww/alerts.env
LoadCredential=telegram_token:/etc/credstore/telegram_token
ExecStart=/srv/alerts/.venv/bin/python -m alerts --token-file ${CREDENTIALS_DIRECTORY}/telegram_token
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("shell/crontab-mysql-password", "infra/cron/office-crontab", "crontab(5); mysqldump docs: -p<password>", """
# m h dom mon dow command
15 2 * * * mysqldump -u backup -p'@@secret@@' --single-transaction permits | gzip > /volume1/backups/permits-$(date +\\%F).sql.gz
30 2 * * * /srv/scripts/backup_scans.sh >> /var/log/backup_scans.log 2>&1
0 6 * * 1 /srv/office/.venv/bin/python /srv/office/crm/hubspot_sync.py
*/10 * * * * /srv/telemetry/.venv/bin/python -m ingest.watchdog
""", words_pw())

add("python/ldap3-bind-password", "office/intranet/intranet/auth_ldap.py", "ldap3 docs: Connection(server, user, password)", """
from ldap3 import Server, Connection, SUBTREE

SERVER = Server("ldaps://dc01.pww.local", use_ssl=True)
BIND_DN = "CN=svc-intranet,OU=Service Accounts,DC=pww,DC=local"
BIND_PW = "Prairie" + "Well" + "@@tail@@"


def crew_of(sam: str):
    with Connection(SERVER, BIND_DN, BIND_PW, auto_bind=True) as conn:
        conn.search("DC=pww,DC=local", f"(sAMAccountName={sam})", SUBTREE, attributes=["department"])
        return conn.entries[0].department.value if conn.entries else None
""", "PrairieWell" + (_tail := words_pw()), tail=_tail)

add("go/samsara-webhook-secret", "fleet/cmd/webhooks/verify.go", "Samsara docs: webhook signature verification (base64 secret key)", """
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

// Secret key shown once when the "Rig geofence" webhook was created in Samsara
var webhookSecret, _ = base64.StdEncoding.DecodeString("@@secret@@")

func validSignature(timestamp string, body []byte, signature string) bool {
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write([]byte("v1:" + timestamp + ":"))
	mac.Write(body)
	return hmac.Equal([]byte("v1="+hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}
""", b64key(32))

add("yaml/helm-values-smtp-password", "infra/helm/portal-values.prod.yaml", "Helm docs: values files", """
image:
  repository: ghcr.io/prairiewell/portal
  tag: "2026.05.1"
ingress:
  enabled: true
  hosts: [pay.prairiewellworks.com]
env:
  SMTP_HOST: smtp.sendgrid.net
  SMTP_PORT: "587"
  SMTP_USER: apikey
  SMTP_PASSWORD: "@@secret@@"
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", sendgrid_key())

add("github-actions/slack-bot-token", "dispatch/.github/workflows/nightly-report.yml", "GitHub Actions docs: workflow env", """
name: nightly-report
on:
  schedule:
    - cron: "0 12 * * *"
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SLACK_BOT_TOKEN: @@secret@@
      REPORT_CHANNEL: "#ops-daily"
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m dispatch.report --post
""", slack_bot())

add("swift/basic-auth-header", "tablet-ios/FieldLog/Sync/SyncClient.swift", "RFC 7617: HTTP Basic authentication", """
import Foundation

struct SyncClient {
    let base = URL(string: "https://sync.prairiewellworks.net/api/")!

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        // shared sync account for the iPads (field-ipad:<password>)
        req.setValue("Basic @@secret@@", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        return req
    }
}
""", b64("field-ipad:" + words_pw()))

add("csharp/smtp-network-credential", "office/JobCosting/Services/InvoiceMailer.cs", ".NET docs: SmtpClient with NetworkCredential", """
using System.Net;
using System.Net.Mail;

namespace JobCosting.Services;

public class InvoiceMailer
{
    private readonly SmtpClient _smtp = new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("billing@prairiewellworks.com", "@@secret@@"),
    };

    public void Send(string to, string invoiceNo, byte[] pdf)
    {
        using var msg = new MailMessage("billing@prairiewellworks.com", to, $"Invoice {invoiceNo}", "Thank you for your business.");
        msg.Attachments.Add(new Attachment(new MemoryStream(pdf), $"{invoiceNo}.pdf"));
        _smtp.Send(msg);
    }
}
""", words_pw())

add("rust/influx-token", "telemetry/level-relay/src/influx.rs", "InfluxDB v2 API docs: Authorization: Token", """
use reqwest::Client;

const INFLUX_URL: &str = "https://influx.prairiewellworks.net/api/v2/write?org=prairie-wellworks&bucket=tanks&precision=s";
const INFLUX_TOKEN: &str = "@@secret@@";

pub async fn write_level(client: &Client, site: &str, inches: f64, ts: i64) -> reqwest::Result<()> {
    let line = format!("tank_level,site={} inches={} {}", site, inches, ts);
    client.post(INFLUX_URL)
        .header("Authorization", format!("Token {}", INFLUX_TOKEN))
        .body(line)
        .send().await?
        .error_for_status()?;
    Ok(())
}
""", drawn(86, ALNUM + "-_") + "==")

add("rust/decoy-env-token", "telemetry/level-relay/src/config.rs", "Rust std docs: std::env::var", """
use std::env;

pub struct Config {
    pub influx_token: String,
    pub mqtt_password: String,
    pub site_filter: Option<String>,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN not set"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD not set"),
            site_filter: env::var("SITE_FILTER").ok(),
        }
    }
}
""")

add("go/decoy-token-regex", "infra/tools/leakcheck/patterns.go", "regular expressions for credential shapes (detection rules)", """
package leakcheck

import "regexp"

// Shapes we refuse in tablet sync payloads (a crew pasting a token into a job note)
var patterns = map[string]*regexp.Regexp{
	"samsara":  regexp.MustCompile(`samsara_api_[A-Za-z0-9]{30}`),
	"ttn":      regexp.MustCompile(`NNSXS\\.[A-Z0-9]{39}\\.[A-Z0-9]{52}`),
	"stripe":   regexp.MustCompile(`sk_live_[0-9a-zA-Z]{24,99}`),
	"ubidots":  regexp.MustCompile(`BB(FF|US)-[A-Za-z0-9]{30}`),
	"telegram": regexp.MustCompile(`[0-9]{8,10}:AA[A-Za-z0-9_-]{33}`),
}
""")

add("csv/decoy-tablet-sync-log", "tablet-app/sync-server/exports/sync_sessions_2026-05-01.csv", "sync server session export", """
session_id,tablet_serial,crew,started,ended,records,token_fingerprint
7f3e1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b,R9WT30A1B2C,pump-service,2026-05-01T07:02:11Z,2026-05-01T07:02:40Z,41,sha256:1c7e...9a2f
0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d,R9WT30A1B7K,drill-1,2026-05-01T07:15:03Z,2026-05-01T07:15:51Z,118,sha256:5d2b...e041
3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f,R9WT30A1C0P,drill-2,2026-05-01T17:44:20Z,2026-05-01T17:45:02Z,96,sha256:a830...17bc
9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b,R9WT30A1B2C,pump-service,2026-05-01T18:10:37Z,2026-05-01T18:11:05Z,27,sha256:1c7e...9a2f
""")

# END
