"""Blind set HL: well-equipped escape rooms and laser-tag arenas.

Room controllers and show-control scripts, props on ESP32/Arduino boards talking MQTT, booking
platforms (Bookeo, FareHarbor, Resova, Checkfront, Xola), game-master tablets, payments at the
desk and online, and the venues' IT (NVRs, UniFi, CI, cloud, mail), with their decoys.
Generated fakes only (seeds 2840000-2849999).
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
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "_-"
_SEED = [2840000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 2850000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Lantern", "Cipher", "Vault", "Pharaoh", "Saloon", "Bunker", "Orbit", "Raven", "Galleon", "Tesla",
         "Mummy", "Heist", "Jungle", "Reactor", "Alchemy", "Voodoo", "Sphinx", "Dynamo", "Kraken", "Comet"]
LOWER = ["padlock", "torch", "riddle", "compass", "beacon", "lever", "crystal", "gear", "mirror", "scroll",
         "anchor", "candle", "phaser", "vortex", "relic", "tunnel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def adyen_key() -> str:
    return "AQE" + draw(60) + "=-" + draw(43, ALNUM + "+/") + "=-" + draw(10)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailchimp() -> str:
    return hexs(32) + "-us21"


def mailgun() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, string.ascii_uppercase + string.digits) + "/B"
            + draw(10, string.ascii_uppercase + string.digits) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/" + draw(68, URLSAFE)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def gh_pat() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8() -> str:
    r = _rng()
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + "".join(r.choice(ALNUM + "+/") for _ in range(32))
    rest = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n" + rest + "\n-----END PRIVATE KEY-----"


def ec_p8() -> str:
    r = _rng()
    lines = ["MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(16))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(2)]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(8))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(20)) + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + draw(43, URLSAFE)


def ha_token() -> str:
    return jwt({"iss": hexs(32), "iat": 1767225600, "exp": 2082585600})


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def shopify() -> str:
    return "shpat_" + hexs(32)


def hubspot() -> str:
    return "pat-eu1-" + uuid_s()


def cloudflare() -> str:
    return draw(40, URLSAFE)


def docker_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def fcm_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def gitlab() -> str:
    return "glpat-" + draw(20, URLSAFE)


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def app_password() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def recaptcha_site() -> str:
    return "6L" + draw(38, URLSAFE)


def bcrypt() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def sha(n: int = 64) -> str:
    return hexs(n)


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
    CASES.append(LabelledCase(f"blind-hl/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- props and room controllers

def key32() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


add("arduino/mqtt-password", "props/cryptex_lock/cryptex_lock.ino", "https://pubsubclient.knolleary.net/api",
    """
#include <WiFi.h>
#include <PubSubClient.h>
#include "arduino_secrets.h"

const char* MQTT_HOST = "10.0.20.5";
const char* MQTT_USER = "prop-cryptex";
const char* MQTT_PASS = "@@secret@@";

WiFiClient net;
PubSubClient mqtt(net);

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("cryptex-01", MQTT_USER, MQTT_PASS)) {
      mqtt.subscribe("rooms/pharaoh/cryptex/cmd");
    } else {
      delay(2000);
    }
  }
}

void setup() {
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  reconnect();
  mqtt.loop();
}
""", rand_pw(16))

add("yaml/esphome-api-encryption-key", "esphome/laser-maze-controller.yaml", "https://esphome.io/components/api.html",
    """
esphome:
  name: laser-maze-controller
  friendly_name: Laser Maze Controller

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@secret@@"

ota:
  - platform: esphome
    password: !secret ota_password

binary_sensor:
  - platform: gpio
    pin: GPIO32
    name: "Beam 1 broken"
  - platform: gpio
    pin: GPIO33
    name: "Beam 2 broken"

switch:
  - platform: gpio
    pin: GPIO25
    name: "Maze lasers"
""", key32())

add("yaml/decoy-placeholder", "esphome/secrets.example.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file",
    """
# Copy to secrets.yaml (git-ignored) and fill in on the build laptop.
wifi_ssid: "EscapeProps"
wifi_password: "<props-wifi-password>"
ota_password: "<ota-password>"
api_key_laser_maze: "<32-byte base64 from esphome dashboard>"
mqtt_password: "changeme"
""")

add("markdown/decoy-encrypted-value", "node-red/README.md", "https://nodered.org/docs/user-guide/runtime/securing-node-red",
    """
# Node-RED on the room controller

Credentials of the flows live in `flows_cred.json`, encrypted with `credentialSecret`
(set from `NODE_RED_CREDENTIAL_SECRET`, kept in the office 1Password). The committed file is only ciphertext:

```json
{
  "$": "8e1c2f0b9a7d4e6c5b3a29180f7e6d5c+Q2hFr0m9vLq3vZ1wYk8tXo4sN6bP0uJcR5aT7eGdH2iKlMnB1yWfS3xVzC8oE4pAqU6rDgO9hJt2LkIuYw5mNb0cXz7sV1aFeR3tG8yH6jK4lP2oQ9wE5rT1yU3iO7pA0sD+"
}
```

Lose the secret and every MQTT and HTTP credential in the flows has to be entered again.
""")

add("javascript/node-red-credential-secret", "node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration",
    """
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // encrypts flows_cred.json; changing it loses every stored credential
    credentialSecret: "@@secret@@",

    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "gm",
            password: "$2b$08$wRwtxOmUZxBVkVzWm0qA6uDjHo1hP4rQy8T2fKp9nYcGbLs3eXv5a",
            permissions: "*"
        }]
    },

    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
}
""", passphrase())

add("yaml/home-assistant-token", "homeassistant/packages/room_reset.yaml", "https://www.home-assistant.io/integrations/rest_command/",
    """
rest_command:
  reset_bunker_room:
    url: "http://10.0.20.12:8123/api/services/script/turn_on"
    method: POST
    headers:
      authorization: "Bearer @@secret@@"
      content-type: "application/json"
    payload: '{"entity_id": "script.bunker_full_reset"}'

script:
  reset_all_rooms:
    alias: Reset all rooms after last booking
    sequence:
      - service: rest_command.reset_bunker_room
      - delay: "00:00:05"
      - service: light.turn_off
        target:
          area_id: lobby
""", ha_token())

add("yaml/mqtt-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant secrets - arena edge box
latitude_home: 51.4545
longitude_home: -2.5879
mqtt_broker: 10.0.20.5
mqtt_username: homeassistant
mqtt_password: @@secret@@
arena_wifi_ssid: ArenaVests
""", words_pw())

add("python/mqtt-password", "controller/roomctl/bus.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html",
    """
import json
import logging

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

BROKER = "10.0.20.5"


class PropBus:
    def __init__(self, room: str) -> None:
        self.room = room
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"roomctl-{room}")
        self.client.username_pw_set("roomctl", "@@secret@@")
        self.client.on_message = self._on_message

    def start(self) -> None:
        self.client.connect(BROKER, 1883, keepalive=30)
        self.client.subscribe(f"rooms/{self.room}/+/state")
        self.client.loop_start()

    def trigger(self, prop: str, action: str) -> None:
        self.client.publish(f"rooms/{self.room}/{prop}/cmd", json.dumps({"action": action}), qos=1)

    def _on_message(self, client, userdata, msg) -> None:
        log.info("prop %s -> %s", msg.topic, msg.payload.decode())
""", rand_pw(22))

add("text/decoy-hashed-password", "mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """
roomctl:$7$101$Zq8c1yPjN0kR4mWb$u3Lr9sVx2TnQ7eHf5aKd1GzYc6oPj0wMbS8tXiEvRlUhN4qCyA2gFk7DmJ5pWe3sTn9bQx1zLr6oVa8cUy2HdA==
prop-cryptex:$7$101$P4nXw2sLq9vR7tYc$H1bK8fJd3mQz6pS0wE5rT9yU2iO4aLxC7vN1gB6hM3kJ8dF0sA5qW2eR9tY4uI7oP1lK3jH6gF8dS2aZ5xC0vB==
homeassistant:$7$101$Kt7Rm2Xc5vB9nQw1$a9Sd4Fg7Hj2Kl5Zx8Cv1Bn4Mq7We0Rt3Yu6Io9Pa2Sd5Fg8Hj1Kl4Zx7Cv0Bn3Mq6We9Rt2Yu5Io8Pa1Sd4Fg7Hj==
vest-gateway:$7$101$Yh3Jk6Lm9Np2Qr5S$t8Uv1Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St7Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz==
scoreboard:$7$101$Bc5De8Fg1Hi4Jk7L$m0No3Pq6Rs9Tu2Vw5Xy8Za1Bc4De7Fg0Hi3Jk6Lm9No2Pq5Rs8Tu1Vw4Xy7Za0Bc3De6Fg9Hi2Jk5Lm8No1Pq4Rs==
""")

add("ini/ota-password", "props/vault_door/platformio.ini", "https://docs.platformio.org/en/latest/platforms/espressif32.html#over-the-air-ota-update",
    """
[platformio]
default_envs = vault_door_ota

[env]
platform = espressif32@6.5.0
board = esp32dev
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4
    miguelbalboa/MFRC522@^1.4.11

[env:vault_door_usb]
upload_port = /dev/ttyUSB0

[env:vault_door_ota]
upload_protocol = espota
upload_port = 10.0.20.41
upload_flags =
    --port=3232
    --auth=@@secret@@
""", rand_pw(14))

add("ini/decoy-env-reference", "props/laser_gun_rack/platformio.ini", "https://docs.platformio.org/en/latest/projectconf/interpolation.html",
    """
[env:gun_rack]
platform = espressif32@6.5.0
board = esp32-s3-devkitc-1
framework = arduino
build_flags =
    -DMQTT_HOST=\\"10.0.40.5\\"
    -DMQTT_USER=\\"gun-rack\\"
    -DMQTT_PASS=\\"${sysenv.GUN_RACK_MQTT_PASS}\\"
upload_protocol = espota
upload_port = 10.0.40.17
upload_flags = --auth=${sysenv.PROPS_OTA_PASSWORD}
""")

add("c/decoy-placeholder", "props/arduino_secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/arduino-cloud-editor/#secret-tab",
    """
// Copy to arduino_secrets.h next to the sketch; that file is in .gitignore.
#define SECRET_SSID "EscapeProps"
#define SECRET_PASS ""
#define SECRET_MQTT_USER "prop-xxx"
#define SECRET_MQTT_PASS ""
#define SECRET_OTA_PASS ""
""")

add("c/wifi-password", "props/pharaoh_sarcophagus/arduino_secrets.h", "https://docs.arduino.cc/arduino-cloud/guides/arduino-cloud-editor/#secret-tab",
    """
// props network (VLAN 20), not the guest wifi
#define SECRET_SSID "EscapeProps"
#define SECRET_PASS "@@secret@@"
#define SECRET_MQTT_USER "prop-sarcophagus"
#define SECRET_MQTT_PASS SECRET_PASS
#define SECRET_OTA_PASS ""
""", words_pw())

add("python/controller-api-token", "props/micropython/tesla_coil/main.py", "https://docs.micropython.org/en/latest/esp32/quickref.html#networking",
    """
import network
import time
import urequests
from machine import Pin

CONTROLLER = "http://10.0.20.2:8080/api/v1/events"
TOKEN = "@@secret@@"

coil = Pin(26, Pin.OUT)
sensor = Pin(34, Pin.IN)

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("EscapeProps", open("wifi.txt").read().strip())
while not wlan.isconnected():
    time.sleep(0.5)

while True:
    if sensor.value():
        coil.on()
        urequests.post(CONTROLLER, json={"prop": "tesla_coil", "event": "solved"},
                       headers={"X-Room-Token": TOKEN}).close()
        time.sleep(10)
        coil.off()
    time.sleep(0.1)
""", draw(32))

add("yaml/decoy-puzzle-solutions", "rooms/pharaoh/puzzles.yaml", "https://yaml.org/spec/1.2.2/",
    """
room: pharaoh
duration_minutes: 60
puzzles:
  - id: canopic_jars
    type: rfid
    expected_tags: ["04:A3:1F:6A:2B:5C:80", "04:9E:22:71:3C:5C:80", "04:11:D0:4B:2B:5C:81"]
    on_solve: open_maglock_1
  - id: hieroglyph_keypad
    type: keypad
    code: "7391"
    on_solve: drop_scarab
  - id: cryptex
    type: combination
    code: "NILE"
    on_solve: light_torches
  - id: sarcophagus
    type: weight
    grams_min: 1450
    grams_max: 1550
    on_solve: open_exit
hints:
  max: 3
  penalty_seconds: 120
""")

add("toml/postgres-password", "arena/scoring-bridge/config.toml", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """
[arena]
name = "Arena 2 - Neon District"
vests = 24
game_modes = ["team_deathmatch", "capture_base", "solo"]

[serial]
port = "/dev/ttyUSB0"
baud = 57600

[database]
url = "postgresql://scoring:@@secret@@@db.arena.lan:5432/lasertag"
pool_size = 5

[scoreboard]
refresh_seconds = 2
publish_topic = "arena2/scores"
""", rand_pw(20))

add("c/decoy-ir-codes", "arena/vest-firmware/include/ir_protocol.h", "https://github.com/Arduino-IRremote/Arduino-IRremote",
    """
#pragma once
// IR shot packets: 0xA5 header, team nibble, player id, damage, crc8
#define IR_HEADER        0xA5
#define IR_TEAM_RED      0x10
#define IR_TEAM_BLUE     0x20
#define IR_TEAM_GREEN    0x30
#define IR_CMD_RESPAWN   0xC3E1F07A
#define IR_CMD_ADMIN_KILL 0xC3E1F0B5
#define IR_CMD_START     0x9F1D44E2
#define IR_CMD_END       0x9F1D44F7
#define IR_CRC_POLY      0x07
static const uint8_t BASE_BEACON[8] = {0x5A, 0x3C, 0xE1, 0x07, 0x44, 0x9B, 0x12, 0xFE};
""")

add("csharp/playfab-secret-key", "ArenaScoreboard/Assets/Scripts/LeaderboardUploader.cs", "https://learn.microsoft.com/en-us/gaming/playfab/api-references/",
    """
using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class LeaderboardUploader : MonoBehaviour
{
    private const string TitleId = "9C1F4";
    private const string DeveloperSecretKey = "@@secret@@";

    public IEnumerator Upload(string playerId, int score)
    {
        var url = $"https://{TitleId}.playfabapi.com/Server/UpdatePlayerStatistics";
        var body = JsonUtility.ToJson(new StatsRequest(playerId, "arena_score", score));
        using var req = new UnityWebRequest(url, "POST");
        req.uploadHandler = new UploadHandlerRaw(System.Text.Encoding.UTF8.GetBytes(body));
        req.downloadHandler = new DownloadHandlerBuffer();
        req.SetRequestHeader("Content-Type", "application/json");
        req.SetRequestHeader("X-SecretKey", DeveloperSecretKey);
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success)
            Debug.LogWarning($"leaderboard upload failed: {req.error}");
    }
}
""", draw(52, UPPER))

add("go/redis-password", "controller/cmd/roomd/main.go", "https://redis.uptrace.dev/guide/go-redis.html",
    """
package main

import (
	"context"
	"log"
	"time"

	"github.com/redis/go-redis/v9"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.0.20.3:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	if err := rdb.Ping(ctx).Err(); err != nil {
		log.Fatalf("redis: %v", err)
	}
	ticker := time.NewTicker(time.Second)
	for range ticker.C {
		for _, room := range []string{"pharaoh", "bunker", "heist", "saloon"} {
			rdb.HIncrBy(ctx, "timer:"+room, "elapsed", 1)
		}
	}
}
""", fakes.redis_password(_seed()))

add("rust/mqtt-password", "props/heist-laser-grid/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/",
    """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

const BROKER: &str = "10.0.20.5";

fn main() {
    let mut opts = MqttOptions::new("heist-laser-grid", BROKER, 1883);
    opts.set_keep_alive(Duration::from_secs(10));
    opts.set_credentials("prop-lasergrid", "@@secret@@");

    let (client, mut connection) = Client::new(opts, 16);
    client.subscribe("rooms/heist/lasergrid/cmd", QoS::AtLeastOnce).unwrap();

    for notification in connection.iter() {
        if let Ok(event) = notification {
            println!("{:?}", event);
        }
    }
}
""", rand_pw(18))

add("json/decoy-ids", "controller/export/bunker-room.json", "https://www.json.org/json-en.html",
    """
{
  "room": "bunker",
  "version": 14,
  "exportedAt": "2026-10-02T09:14:00Z",
  "id": "6f2b8c1e-3d4a-4b7e-9a0c-5e1f2d3c4b5a",
  "dmxUniverse": 1,
  "props": [
    {"id": "a91c7e02-55b1-4f3e-8d6a-1b2c3d4e5f60", "name": "Reactor panel", "mac": "24:0A:C4:5E:12:9F", "topic": "rooms/bunker/reactor"},
    {"id": "c02e4f19-7a8b-4c1d-9e2f-3a4b5c6d7e8f", "name": "Radio dial", "mac": "24:0A:C4:5E:13:01", "topic": "rooms/bunker/radio"},
    {"id": "e7d6c5b4-a392-4817-b6f5-e4d3c2b1a098", "name": "Blast door", "mac": "24:0A:C4:5E:14:7C", "topic": "rooms/bunker/door"}
  ],
  "cues": [
    {"at": "00:00", "sound": "siren_loop.wav", "dmx": {"1": 255, "2": 0}},
    {"at": "45:00", "sound": "countdown_15.wav", "dmx": {"1": 128, "2": 255}}
  ]
}
""")

add("shell/device-password", "scripts/lobby_lights.sh", "https://shelly-api-docs.shelly.cloud/gen1/#shelly1-shelly1pm",
    """
#!/usr/bin/env bash
# Lobby scene switch for the Shelly relays (Gen1, auth enabled)
set -euo pipefail
SHELLY_AUTH="admin:@@secret@@"
case "${1:-}" in
  open)
    curl -fsS "http://$SHELLY_AUTH@10.0.10.31/relay/0?turn=on"
    curl -fsS "http://$SHELLY_AUTH@10.0.10.32/relay/0?turn=on"
    ;;
  close)
    curl -fsS "http://$SHELLY_AUTH@10.0.10.31/relay/0?turn=off"
    curl -fsS "http://$SHELLY_AUTH@10.0.10.32/relay/0?turn=off"
    ;;
  *) echo "usage: $0 open|close" >&2; exit 2 ;;
esac
""", words_pw())

add("markdown/mqtt-password", "docs/props/tasmota-plugs.md", "https://tasmota.github.io/docs/Commands/#mqtt",
    """
# Tasmota smart plugs (fog machines, UV lamps)

Flash with Tasmota 13, join `EscapeProps`, then paste this in the console of each plug:

```
Backlog MqttHost 10.0.20.5; MqttPort 1883; MqttUser tasmota; MqttPassword @@secret@@; Topic fog_%06X; SetOption19 0
```

| plug | room | topic |
|------|------|-------|
| fog_3A1F22 | bunker | rooms/bunker/fog |
| fog_3A20C8 | voodoo | rooms/voodoo/fog |
| uv_3A2114 | heist | rooms/heist/uv |

If a plug drops off, hold the button 40 s to reset and repeat.
""", rand_pw(16))

add("ini/mqtt-password", "deploy/systemd/roomctl.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """
[Unit]
Description=Escape room controller
After=network-online.target mosquitto.service

[Service]
User=roomctl
WorkingDirectory=/opt/roomctl
Environment=ROOMCTL_ROOMS=pharaoh,bunker,heist,saloon
Environment=MQTT_USER=roomctl
Environment=MQTT_PASSWORD=@@secret@@
ExecStart=/opt/roomctl/.venv/bin/python -m roomctl
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(20))

add("ini/decoy-env-file", "deploy/systemd/scoreboard.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """
[Unit]
Description=Arena scoreboard
After=network-online.target

[Service]
User=arena
EnvironmentFile=/etc/arena/scoreboard.env
ExecStart=/opt/scoreboard/bin/scoreboard --listen 0.0.0.0:8090
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("arduino/basic-auth", "props/radio_dial/radio_dial.ino", "https://datatracker.ietf.org/doc/html/rfc7617",
    """
#include <Ethernet.h>

byte mac[] = {0xDE, 0xAD, 0xBE, 0xEF, 0x20, 0x17};
EthernetClient client;
const int DIAL_PIN = A0;

void report(int freq) {
  if (client.connect("10.0.20.2", 8080)) {
    client.println("POST /api/v1/props/radio/state HTTP/1.1");
    client.println("Host: 10.0.20.2");
    client.println("Authorization: Basic @@secret@@");
    client.println("Content-Type: application/json");
    String body = String("{\\"freq\\":") + freq + "}";
    client.print("Content-Length: ");
    client.println(body.length());
    client.println();
    client.print(body);
    client.stop();
  }
}

void setup() { Ethernet.begin(mac); }

void loop() {
  report(map(analogRead(DIAL_PIN), 0, 1023, 880, 1080));
  delay(500);
}
""", b64("radio:" + rand_pw(14)))

add("markdown/admin-password", "docs/it/unifi.md", "https://help.ui.com/hc/en-us/articles/204909374",
    """
# Network (UniFi)

Cloud Key Gen2+ at https://10.0.0.2 - site "Escape HQ".

- VLAN 10 office, VLAN 20 props, VLAN 30 cameras, VLAN 40 arena vests, VLAN 99 guest
- Local admin (no cloud account): `escapeadmin` / `@@secret@@`
- Backups: Settings > System > Backups, weekly to the Synology

Guest wifi has client isolation on; props VLAN has no internet except the NTP and OTA hosts.
""", words_pw())

add("yaml/camera-password", "nvr/go2rtc.yaml", "https://github.com/AlexxIT/go2rtc#source-rtsp",
    """
streams:
  pharaoh_cam1: rtsp://viewer:@@secret@@@10.0.30.11:554/Streaming/Channels/101
  pharaoh_cam2: rtsp://viewer:@@secret@@@10.0.30.12:554/Streaming/Channels/101
  bunker_cam1: rtsp://viewer:@@secret@@@10.0.30.13:554/Streaming/Channels/101
  heist_cam1: rtsp://viewer:@@secret@@@10.0.30.14:554/Streaming/Channels/101

api:
  listen: ":1984"

webrtc:
  candidates:
    - 10.0.10.20:8555
""", rand_pw(12))

add("yaml/decoy-env-reference", "nvr/frigate/config.yml", "https://docs.frigate.video/configuration/reference",
    """
mqtt:
  host: 10.0.20.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  arena_overhead:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.0.30.21:554/stream1
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
record:
  enabled: true
  retain:
    days: 7
""")

add("csv/decoy-device-ids", "arena/vests/inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
vest_no,team_color,mac,firmware,firmware_sha256,battery_cycles,last_service
01,red,24:6F:28:A1:0C:11,4.2.1,@@h1@@,311,2026-09-02
02,red,24:6F:28:A1:0C:2E,4.2.1,@@h1@@,298,2026-09-02
03,blue,24:6F:28:A1:0D:47,4.2.1,@@h1@@,305,2026-09-02
04,blue,24:6F:28:A1:0D:5A,4.1.9,@@h2@@,402,2026-06-18
05,green,24:6F:28:A1:0E:03,4.2.1,@@h1@@,120,2026-10-11
06,green,24:6F:28:A1:0E:19,4.2.1,@@h1@@,117,2026-10-11
""", h1=sha(), h2=sha())

add("python/decoy-test-fixture", "controller/tests/test_keypad.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """
import pytest

from roomctl.puzzles import Keypad


@pytest.fixture
def keypad():
    return Keypad(code="1234", max_attempts=3)


def test_right_code_solves(keypad):
    assert keypad.enter("1234") is True


def test_wrong_code_counts(keypad):
    keypad.enter("0000")
    assert keypad.attempts == 1


def test_lockout(keypad):
    for _ in range(3):
        keypad.enter("9999")
    assert keypad.locked
""")

add("json/decoy-checksums", "props/firmware/manifest.json", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/system/ota.html",
    """
{
  "channel": "stable",
  "published": "2026-11-20T18:00:00Z",
  "builds": [
    {"prop": "vault_door", "version": "2.3.0", "url": "http://10.0.20.9/fw/vault_door-2.3.0.bin", "sha256": "@@a@@", "size": 912384},
    {"prop": "cryptex", "version": "1.8.2", "url": "http://10.0.20.9/fw/cryptex-1.8.2.bin", "sha256": "@@b@@", "size": 803840},
    {"prop": "laser_grid", "version": "0.9.4", "url": "http://10.0.20.9/fw/laser_grid-0.9.4.bin", "sha256": "@@c@@", "size": 1048576}
  ],
  "signing_key_id": "props-fw-2026"
}
""", a=sha(), b=sha(), c=sha())

add("compose/decoy-env-reference", "controller/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  nodered:
    image: nodered/node-red:4.0
    environment:
      - NODE_RED_CREDENTIAL_SECRET=${NODE_RED_CREDENTIAL_SECRET:?set in .env}
    ports: ["1880:1880"]
  roomctl:
    build: .
    environment:
      MQTT_USER: roomctl
      MQTT_PASSWORD: ${MQTT_PASSWORD}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/2
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("compose/postgres-password", "arena/docker-compose.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: scoring
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: lasertag
    volumes:
      - pgdata:/var/lib/postgresql/data
  scoreboard:
    image: ghcr.io/neonarena/scoreboard:1.12.0
    depends_on: [db]
    ports: ["8090:8090"]
volumes:
  pgdata:
""", words_pw())

# ---------------------------------------------------------------- booking, website, payments

add("php/bookeo-secret-key", "wp-content/plugins/escape-booking-sync/config.php", "https://www.bookeo.com/apiref/",
    """
<?php
// Booking sync: pulls Bookeo bookings into the room controller's schedule
if (!defined('ABSPATH')) {
    exit;
}

define('EBS_BOOKEO_API_KEY', getenv('BOOKEO_API_KEY'));
define('EBS_BOOKEO_SECRET_KEY', '@@secret@@');
define('EBS_BOOKEO_BASE', 'https://api.bookeo.com/v2');
define('EBS_CONTROLLER_URL', 'https://gm.escapehq.example/api/schedule');
define('EBS_SYNC_MINUTES', 5);
""", draw(32))

add("python/bookeo-api-key", "booking/bookeo_client.py", "https://www.bookeo.com/apiref/",
    """
import os
from datetime import date, timedelta

import requests

BASE = "https://api.bookeo.com/v2"
API_KEY = "@@secret@@"
SECRET_KEY = os.environ["BOOKEO_SECRET_KEY"]


def bookings_for(day: date) -> list[dict]:
    params = {
        "apiKey": API_KEY,
        "secretKey": SECRET_KEY,
        "startTime": f"{day.isoformat()}T00:00:00Z",
        "endTime": f"{(day + timedelta(days=1)).isoformat()}T00:00:00Z",
        "expandParticipants": "true",
    }
    resp = requests.get(f"{BASE}/bookings", params=params, timeout=20)
    resp.raise_for_status()
    return resp.json().get("data", [])
""", draw(44, UPPER))

add("typescript/fareharbor-user-key", "booking-sync/src/fareharbor.ts", "https://developer.fareharbor.com/api/external/v1/",
    """
import axios from "axios";

const SHORTNAME = "neonarena";

export const fh = axios.create({
  baseURL: `https://fareharbor.com/api/external/v1/companies/${SHORTNAME}/`,
  headers: {
    "X-FareHarbor-API-App": process.env.FH_APP_KEY ?? "",
    "X-FareHarbor-API-User": "@@secret@@",
  },
  timeout: 15000,
});

export async function availabilities(itemPk: number, day: string) {
  const { data } = await fh.get(`items/${itemPk}/minimal/availabilities/date/${day}/`);
  return data.availabilities;
}
""", uuid_s())

add("env/resova-api-key", "booking-site/.env.production", "https://developers.resova.io/",
    """
APP_ENV=production
APP_URL=https://book.vaultescape.example
RESOVA_API_URL=https://api.resova.io/v1
RESOVA_API_KEY=@@secret@@
RESOVA_WIDGET_ID=vaultescape
CACHE_DRIVER=redis
REDIS_HOST=127.0.0.1
""", draw(48))

add("ruby/checkfront-api-secret", "app/services/checkfront_client.rb", "https://api.checkfront.com/overview/authentication.html",
    """
require "faraday"

class CheckfrontClient
  HOST = "https://lasertagcity.checkfront.com/api/3.0"
  API_KEY = ENV.fetch("CHECKFRONT_API_KEY")
  API_SECRET = "@@secret@@"

  def initialize
    @conn = Faraday.new(url: HOST) do |f|
      f.request :authorization, :basic, API_KEY, API_SECRET
      f.response :json
    end
  end

  def bookings(date)
    @conn.get("booking", start_date: date, end_date: date).body["booking/index"]
  end
end
""", hexs(64))

add("shell/xola-api-key", "scripts/xola_export.sh", "https://developers.xola.com/reference/authentication",
    """
#!/bin/sh
# Nightly export of Xola orders for the accountant
DAY=$(date -d yesterday +%F)
curl -s "https://xola.com/api/orders?seller=5f3c9a0e12ab4c0017d2e8f1&createdAt[gte]=${DAY}" \\
  -H "X-API-KEY: @@secret@@" \\
  -H "X-API-VERSION: 2020-05-04" \\
  -o "/srv/exports/xola-orders-${DAY}.json"
gzip -f "/srv/exports/xola-orders-${DAY}.json"
""", draw(32))

add("json/decoy-credential-reference", "automation/n8n/booking-to-slack.json", "https://docs.n8n.io/workflows/export-import/",
    """
{
  "name": "New booking -> #front-desk",
  "nodes": [
    {"parameters": {"httpMethod": "POST", "path": "bookeo-new-booking"}, "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 1, "position": [240, 300]},
    {"parameters": {"channel": "#front-desk", "text": "={{$json.productName}} at {{$json.startTime}} ({{$json.participants}} players)"},
     "name": "Slack", "type": "n8n-nodes-base.slack", "typeVersion": 2, "position": [480, 300],
     "credentials": {"slackApi": {"id": "7", "name": "Slack front desk bot"}}}
  ],
  "connections": {"Webhook": {"main": [[{"node": "Slack", "type": "main", "index": 0}]]}},
  "active": true,
  "versionId": "3b9f1c2e-8d47-4a6b-9e05-71c2d3f4a5b6"
}
""")

add("html/decoy-public-widget-id", "site/templates/book.html", "https://www.bookeo.com/support/integrate-bookeo-website/",
    """
{% extends "base.html" %}
{% block content %}
<h1>Book a room</h1>
<p>Groups of 2-6. Arrive 15 minutes early for the briefing.</p>
<div id="bookeo_position"></div>
<script type="text/javascript" src="https://bookeo.com/widget.js?a=2241XKRLL3E14B8A3C9F&type=41558KYNM6184F1E2CA5"></script>
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
{% endblock %}
""", site=recaptcha_site())

add("typescript/decoy-site-key", "site/src/contact-form.ts", "https://developers.google.com/recaptcha/docs/v3",
    """
const RECAPTCHA_SITE_KEY = "@@site@@";

export async function submitContact(form: HTMLFormElement): Promise<void> {
  await new Promise<void>((resolve) => grecaptcha.ready(resolve));
  const token = await grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "contact" });
  const body = new FormData(form);
  body.set("g-recaptcha-response", token);
  const res = await fetch("/api/contact", { method: "POST", body });
  if (!res.ok) throw new Error(`contact failed: ${res.status}`);
}
""", site=recaptcha_site())

add("typescript/decoy-publishable-key", "site/src/checkout/voucher.ts", "https://docs.stripe.com/keys#obtain-api-keys",
    """
import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("@@pk@@");

export async function buyVoucher(amountPence: number, email: string) {
  const res = await fetch("/api/vouchers/checkout", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ amountPence, email }),
  });
  const { sessionId } = await res.json();
  const stripe = await stripePromise;
  await stripe?.redirectToCheckout({ sessionId });
}
""", pk=stripe("pk_live_"))

add("python/stripe-secret-key", "site/api/vouchers.py", "https://docs.stripe.com/api/authentication",
    """
import os

import stripe
from flask import Blueprint, jsonify, request

stripe.api_key = "@@secret@@"
bp = Blueprint("vouchers", __name__)


@bp.post("/api/vouchers/checkout")
def checkout():
    data = request.get_json()
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=data["email"],
        line_items=[{"price_data": {"currency": "gbp", "unit_amount": int(data["amountPence"]),
                                    "product_data": {"name": "Escape room gift voucher"}}, "quantity": 1}],
        success_url=os.environ["SITE_URL"] + "/vouchers/thanks",
        cancel_url=os.environ["SITE_URL"] + "/vouchers",
    )
    return jsonify(sessionId=session.id)
""", stripe())

add("python/stripe-webhook-secret", "site/config/settings/production.py", "https://docs.stripe.com/webhooks#verify-events",
    """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.heistrooms.example"]

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = "@@secret@@"
STRIPE_PRICE_VOUCHER_2P = "price_1QbX3yFhT9kLmN0pQrStUvWx"
STRIPE_PRICE_VOUCHER_4P = "price_1QbX4aFhT9kLmN0pZyXwVuTs"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", whsec())

add("python/django-secret-key", "gmportal/gmportal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["gm.escapehq.example", "10.0.10.20"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rooms",
    "hints",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "hintbot/hintbot/settings.py", "https://django-environ.readthedocs.io/en/latest/quickstart.html",
    """
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL", default="postgres://hintbot:hintbot@localhost:5432/hintbot")}
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="sk_test_xxx")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])
""")

add("javascript/square-access-token", "desk/giftcards/index.js", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
const { Client, Environment } = require("square");

const client = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

async function activateGiftCard(gan, amountPence, locationId) {
  const { result } = await client.giftCardActivitiesApi.createGiftCardActivity({
    idempotencyKey: require("crypto").randomUUID(),
    giftCardActivity: {
      type: "ACTIVATE",
      locationId,
      giftCardGan: gan,
      activateActivityDetails: { amountMoney: { amount: BigInt(amountPence), currency: "GBP" } },
    },
  });
  return result.giftCardActivity;
}

module.exports = { activateGiftCard };
""", square_token())

add("kotlin/decoy-public-id", "gm-tablet/app/src/main/java/com/escapehq/gm/pos/PosConfig.kt", "https://developer.squareup.com/docs/pos-api/build-mobile-android",
    """
package com.escapehq.gm.pos

object PosConfig {
    // Square application id and location: public identifiers for the POS API intent
    const val SQUARE_APPLICATION_ID = "sq0idp-@@a@@"
    const val LOCATION_ID = "L@@l@@"
    const val CURRENCY = "GBP"
    const val TIP_OPTIONS = false
    val ROOMS = listOf("Pharaoh", "Bunker", "Heist", "Saloon")
}
""", a=draw(22, URLSAFE), l=draw(12, UPPER))

add("java/adyen-api-key", "arena-checkout/src/main/java/com/neonarena/pay/AdyenConfig.java", "https://docs.adyen.com/development-resources/api-credentials/",
    """
package com.neonarena.pay;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    private static final String API_KEY = "@@secret@@";
    private static final String LIVE_PREFIX = "3f7a9c1e2b4d6f80-NeonArena";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client client) {
        return new PaymentsApi(client);
    }
}
""", adyen_key())

add("typescript/decoy-client-key", "arena-web/src/payments/dropin.ts", "https://docs.adyen.com/development-resources/client-side-authentication/",
    """
import AdyenCheckout from "@adyen/adyen-web";

export async function mountDropin(el: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: "live_@@ck@@",
    session,
    onPaymentCompleted: () => (window.location.href = "/booking/confirmed"),
    onError: (err: Error) => console.error(err),
  });
  checkout.create("dropin").mount(el);
}
""", ck=draw(32, UPPER))

add("json/paypal-client-secret", "PartyBooking.Api/appsettings.Production.json", "https://developer.paypal.com/api/rest/authentication/",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "ClientId": "A@@cid@@",
    "ClientSecret": "@@secret@@"
  },
  "Parties": {
    "DepositPence": 5000,
    "MaxGuests": 20
  }
}
""", paypal_secret(), cid=draw(79, URLSAFE))

add("html/decoy-client-id", "arena-web/public/parties.html", "https://developer.paypal.com/sdk/js/configuration/",
    """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Birthday parties - Neon Arena</title>
  <script src="https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=GBP"></script>
</head>
<body>
  <h1>Laser tag parties</h1>
  <div id="paypal-button-container"></div>
  <script src="/js/party-deposit.js"></script>
</body>
</html>
""", cid=draw(79, URLSAFE))

_k = draw(32)
add("python/sumup-api-key", "desk/sumup_reader.py", "https://developer.sumup.com/api",
    """
import requests

SUMUP_API_KEY = "@@secret@@"
MERCHANT = "MCX9T2KQ"
READER_ID = "rdr_3MSAFM23CK82VSTT4BN6RWSQ65"


def charge_on_reader(amount_pence: int, description: str) -> str:
    resp = requests.post(
        f"https://api.sumup.com/v0.1/merchants/{MERCHANT}/readers/{READER_ID}/checkout",
        headers={"Authorization": f"Bearer {SUMUP_API_KEY}"},
        json={"total_amount": {"value": amount_pence, "currency": "GBP", "minor_unit": 2},
              "description": description},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["data"]["client_transaction_id"]
""", "sup_sk_" + _k)

add("php/mailchimp-api-key", "wp-content/themes/vault/inc/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
<?php
require_once __DIR__ . '/../vendor/autoload.php';

function vault_newsletter_subscribe(string $email, string $firstName): bool
{
    $mc = new \\MailchimpMarketing\\ApiClient();
    $mc->setConfig([
        'apiKey' => '@@secret@@',
        'server' => 'us21',
    ]);
    try {
        $mc->lists->addListMember('a3f9c07e21', [
            'email_address' => $email,
            'status' => 'pending',
            'merge_fields' => ['FNAME' => $firstName],
        ]);
        return true;
    } catch (\\Exception $e) {
        error_log('mailchimp: ' . $e->getMessage());
        return false;
    }
}
""", mailchimp())

add("go/sendgrid-api-key", "notify/confirm.go", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-go",
    """
package notify

import (
	"fmt"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var client = sendgrid.NewSendClient("@@secret@@")

func SendConfirmation(name, email, room, when string) error {
	from := mail.NewEmail("Heist Rooms", "bookings@heistrooms.example")
	to := mail.NewEmail(name, email)
	body := fmt.Sprintf("You're booked into %s on %s. Arrive 15 minutes early.", room, when)
	msg := mail.NewSingleEmail(from, "Your escape room booking", to, body, "")
	_, err := client.Send(msg)
	return err
}
""", sendgrid())

add("ruby/twilio-auth-token", "app/jobs/sms_reminder_job.rb", "https://www.twilio.com/docs/usage/secure-credentials",
    """
require "twilio-ruby"

class SmsReminderJob < ApplicationJob
  queue_as :default

  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN = "@@secret@@"
  FROM = "+441174960123"

  def perform(booking_id)
    booking = Booking.find(booking_id)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
      from: FROM,
      to: booking.phone,
      body: "Reminder: #{booking.room_name} at #{booking.starts_at.strftime('%H:%M')} today. Reply STOP to opt out."
    )
  end
end
""", hexs(32), sid=twilio_sid())

add("ruby/decoy-account-sid", "config/initializers/twilio.rb", "https://www.twilio.com/docs/iam/api/account",
    """
# Account SID is an identifier; the auth token comes from credentials.yml.enc
Twilio.configure do |config|
  config.account_sid = "@@sid@@"
  config.auth_token = Rails.application.credentials.dig(:twilio, :auth_token)
end

SMS_FROM_NUMBER = "+441174960123"
""", sid=twilio_sid())

add("php/smtp-password", "wordpress/wp-content/mu-plugins/smtp.php", "https://support.google.com/accounts/answer/185833",
    """
<?php
/*
 * Plugin Name: Office SMTP
 * Description: Send booking mails through Google Workspace.
 */
add_action('phpmailer_init', function ($phpmailer) {
    $phpmailer->isSMTP();
    $phpmailer->Host = 'smtp.gmail.com';
    $phpmailer->SMTPAuth = true;
    $phpmailer->Port = 587;
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->Username = 'bookings@vaultescape.example';
    $phpmailer->Password = '@@secret@@';
    $phpmailer->From = 'bookings@vaultescape.example';
    $phpmailer->FromName = 'Vault Escape';
});
""", app_password())

add("php/mysql-password", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
define( 'DB_NAME', 'vaultescape_wp' );
define( 'DB_USER', 'vaultescape' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 've_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("python/shopify-access-token", "merch/sync_vouchers.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
import requests

SHOP = "heist-rooms-merch.myshopify.com"
ADMIN_TOKEN = "@@secret@@"
API = f"https://{SHOP}/admin/api/2024-10"


def unfulfilled_voucher_orders() -> list[dict]:
    resp = requests.get(
        f"{API}/orders.json",
        params={"status": "open", "fulfillment_status": "unfulfilled", "fields": "id,email,line_items"},
        headers={"X-Shopify-Access-Token": ADMIN_TOKEN},
        timeout=15,
    )
    resp.raise_for_status()
    return [o for o in resp.json()["orders"] if any("Voucher" in li["title"] for li in o["line_items"])]
""", shopify())

add("javascript/decoy-storefront-token", "merch-theme/assets/cart-drawer.js", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access",
    """
// Storefront API public access token: meant for the browser, read-only scopes
const STOREFRONT_TOKEN = "@@t@@";
const ENDPOINT = "https://heist-rooms-merch.myshopify.com/api/2024-10/graphql.json";

export async function cartLines(cartId) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Storefront-Access-Token": STOREFRONT_TOKEN },
    body: JSON.stringify({ query: `{ cart(id: "${cartId}") { lines(first: 20) { nodes { quantity } } } }` }),
  });
  return (await res.json()).data.cart.lines.nodes;
}
""", t=hexs(32))

add("typescript/hubspot-private-app-token", "crm-sync/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps",
    """
import { Client } from "@hubspot/api-client";

// team-building enquiries from the corporate form
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertLead(email: string, company: string, groupSize: number) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, company, group_size: String(groupSize), lifecyclestage: "lead" },
    associations: [],
  });
}
""", hubspot())

add("csharp/mailgun-api-key", "PartyBooking.Api/Services/MailgunSender.cs", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
using System.Net.Http.Headers;
using System.Text;

namespace PartyBooking.Api.Services;

public class MailgunSender
{
    private const string Domain = "mg.neonarena.example";
    private const string ApiKey = "@@secret@@";
    private readonly HttpClient _http;

    public MailgunSender(HttpClient http)
    {
        _http = http;
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("api:" + ApiKey));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public Task<HttpResponseMessage> SendAsync(string to, string subject, string text) =>
        _http.PostAsync($"https://api.eu.mailgun.net/v3/{Domain}/messages", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["from"] = "Neon Arena <parties@neonarena.example>",
            ["to"] = to,
            ["subject"] = subject,
            ["text"] = text,
        }));
}
""", mailgun())

add("python/google-api-key", "site/cron/fetch_reviews.py", "https://developers.google.com/maps/documentation/places/web-service/get-api-key",
    """
import json
from pathlib import Path

import requests

PLACES_KEY = "@@secret@@"  # server key, IP-restricted to the VPS
PLACE_ID = "ChIJ@@pid@@"
OUT = Path("/var/www/site/static/reviews.json")

resp = requests.get(
    "https://maps.googleapis.com/maps/api/place/details/json",
    params={"place_id": PLACE_ID, "fields": "rating,user_ratings_total,reviews", "key": PLACES_KEY},
    timeout=20,
)
resp.raise_for_status()
OUT.write_text(json.dumps(resp.json()["result"], indent=2))
""", google_key(), pid=draw(23, URLSAFE))

add("typescript/decoy-firebase-web-config", "gm-tablet-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys",
    """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

// Firebase web config is public by design; access is enforced by security rules
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "escapehq-gm.firebaseapp.com",
  projectId: "escapehq-gm",
  storageBucket: "escapehq-gm.appspot.com",
  messagingSenderId: "702114583921",
  appId: "1:702114583921:web:9c4e2f1a7b3d5e6f8a0b1c",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", k=google_key())

add("php/fcm-server-key", "gm-push/send.php", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests",
    """
<?php
// Push "room running late" to the game-master tablets (legacy FCM HTTP)
const FCM_SERVER_KEY = '@@secret@@';

function push_to_gms(string $room, string $message): void
{
    $payload = json_encode([
        'to' => '/topics/gm-tablets',
        'notification' => ['title' => $room, 'body' => $message],
    ]);
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_RETURNTRANSFER => true,
    ]);
    curl_exec($ch);
    curl_close($ch);
}
""", fcm_key())

# ---------------------------------------------------------------- CI, cloud, containers

add("github-actions/aws-secret-key", ".github/workflows/deploy-site.yml", "https://github.com/aws-actions/configure-aws-credentials",
    """
name: deploy booking site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://book-heistrooms-site --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
""", aws_secret(), kid=aws_id())

add("github-actions/decoy-secrets-reference", ".github/workflows/firmware.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: build prop firmware
on:
  push:
    tags: ["fw-*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install platformio==6.1.15
      - run: pio run -e vault_door_usb -e cryptex_usb
        env:
          GUN_RACK_MQTT_PASS: ${{ secrets.GUN_RACK_MQTT_PASS }}
      - name: publish to OTA host
        run: scp .pio/build/*/firmware.bin deploy@ota.escapehq.example:/srv/fw/
        env:
          SSH_KEY: ${{ secrets.OTA_DEPLOY_KEY }}
      - uses: softprops/action-gh-release@v2
        with:
          files: .pio/build/*/firmware.bin
          token: ${{ secrets.GITHUB_TOKEN }}
""")

_pw = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/roomctl-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: roomctl-secrets
  namespace: escape
type: Opaque
data:
  REDIS_URL: @@r@@
  MQTT_USER: @@u@@
""", _pw, r=b64(f"redis://:{_pw}@redis.escape.svc:6379/2"), u=b64("roomctl"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/booking-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-sync
  namespace: escape
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-sync
  data:
    - secretKey: BOOKEO_SECRET_KEY
      remoteRef:
        key: prod/booking-sync
        property: bookeo_secret_key
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking-sync
        property: stripe_secret_key
""")

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/scoreboard-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scoreboard-db
  namespace: arena
spec:
  encryptedData:
    DATABASE_URL: AgB@@a@@
    PLAYFAB_SECRET: AgC@@b@@
  template:
    metadata:
      name: scoreboard-db
      namespace: arena
""", a=draw(340, ALNUM + "+/"), b=draw(300, ALNUM + "+/"))

add("terraform/aws-secret-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket = "escapehq-tfstate"
    key    = "site/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", aws_secret(), kid=aws_id())

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs",
    """
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "3c9f1e2a7b4d5c6e8f0a1b2c3d4e5f60"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  content = "d1x2y3z4abcd.cloudfront.net"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "gm" {
  zone_id = var.zone_id
  name    = "gm"
  content = "81.2.69.142"
  type    = "A"
  proxied = true
}
""", cloudflare())

add("terraform/decoy-random-password", "infra/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password",
    """
resource "random_password" "scoring_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "scoring" {
  identifier          = "arena-scoring"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "scoring"
  password            = random_password.scoring_db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "scoring_db" {
  secret_id     = aws_secretsmanager_secret.scoring_db.id
  secret_string = random_password.scoring_db.result
}
""")

add("ansible/become-password", "ansible/host_vars/nvr01.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    """
---
ansible_host: 10.0.30.2
ansible_user: ops
ansible_become: true
ansible_become_password: @@secret@@
frigate_version: "0.14.1"
frigate_record_days: 7
cameras:
  - arena_overhead
  - pharaoh_cam1
  - bunker_cam1
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/props/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("dockerfile/github-token", "hintbot/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
 && pip install --no-cache-dir "git+https://@@secret@@@github.com/escapehq/escapekit.git@v0.7.2"
COPY . .
EXPOSE 8000
CMD ["gunicorn", "hintbot.wsgi", "-b", "0.0.0.0:8000", "-w", "2"]
""", ghp())

add("dockerfile/decoy-build-secret", "scoreboard/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("ini/pypi-token", "escapekit/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", pypi())

add("shell/github-fine-grained-token", "tools/fetch_firmware.sh", "https://docs.github.com/en/rest/releases/assets",
    """
#!/usr/bin/env bash
# Pull the latest prop firmware release onto the OTA host
set -euo pipefail
GH_TOKEN=@@secret@@
REPO=escapehq/prop-firmware
TAG=$(curl -fsS -H "Authorization: Bearer $GH_TOKEN" "https://api.github.com/repos/$REPO/releases/latest" | jq -r .tag_name)
mkdir -p "/srv/fw/$TAG"
gh release download "$TAG" --repo "$REPO" --dir "/srv/fw/$TAG" --pattern '*.bin'
ln -sfn "/srv/fw/$TAG" /srv/fw/current
echo "firmware $TAG ready"
""", gh_pat())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

mirror-to-arena:
  stage: mirror
  image: alpine/git
  variables:
    MIRROR_TOKEN: "@@secret@@"
  script:
    - git push --mirror "https://oauth2:${MIRROR_TOKEN}@gitlab.neonarena.example/arena/scoreboard.git"
  only:
    - main
""", gitlab())

add("npmrc/npm-token", "scoreboard/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """
@neonarena:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", npm())

_dp = docker_pat()
add("json/docker-hub-token", "deploy/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@a@@"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "currentContext": "default"
}
""", _dp, a=b64("escapehq:" + _dp))

add("powershell/azure-client-secret", "it/intune/Register-GmTablets.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service",
    """
# Tag the game-master iPads in Intune after enrolment
$TenantId = "5b2e8c1f-4d7a-49e3-b6c0-2f1e3d4c5b6a"
$ClientId = "9a1c3e5f-7b2d-4f6a-8c0e-1d3f5a7b9c2e"
$ClientSecret = "@@secret@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

$devices = Invoke-RestMethod -Headers $headers -Uri "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?`$filter=startswith(deviceName,'GM-')"
foreach ($d in $devices.value) {
    Write-Host "tablet $($d.deviceName) serial $($d.serialNumber)"
}
""", azure_secret())

add("powershell/local-admin-password", "it/desk-pcs/Set-DeskAdmin.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/set-localuser",
    """
# Run once per front-desk PC (elevated)
$user = "deskadmin"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
if (-not (Get-LocalUser -Name $user -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $user -Password $pw -PasswordNeverExpires -AccountNeverExpires
    Add-LocalGroupMember -Group "Administrators" -Member $user
} else {
    Set-LocalUser -Name $user -Password $pw
}
Write-Host "deskadmin set on $env:COMPUTERNAME"
""", words_pw())

add("powershell/decoy-secret-management", "it/backup/Invoke-NasBackup.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "nas-backup" -Vault "OfficeVault"
$src = "D:\\Bookings", "D:\\Waivers"
foreach ($path in $src) {
    robocopy $path "\\\\nas01\\backup\\$(Split-Path $path -Leaf)" /MIR /R:2 /W:5 /LOG+:C:\\Logs\\backup.log
}
New-PSDrive -Name Nas -PSProvider FileSystem -Root "\\\\nas01\\backup" -Credential $cred | Out-Null
Get-ChildItem Nas:\\ | Measure-Object -Property Length -Sum
""")

add("swift/openai-api-key", "GMTablet/GMTablet/Hints/HintService.swift", "https://platform.openai.com/docs/api-reference/authentication",
    """
import Foundation

struct HintService {
    private let apiKey = "@@secret@@"
    private let endpoint = URL(string: "https://api.openai.com/v1/chat/completions")!

    func suggestHint(room: String, solvedPuzzles: [String]) async throws -> String {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let prompt = "Room \\(room). Solved: \\(solvedPuzzles.joined(separator: ", ")). Suggest a gentle next hint."
        let body: [String: Any] = ["model": "gpt-4o-mini", "messages": [["role": "user", "content": prompt]]]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let choices = json?["choices"] as? [[String: Any]]
        return (choices?.first?["message"] as? [String: Any])?["content"] as? String ?? ""
    }
}
""", openai())

add("plist/decoy-app-config", "GMTablet/GMTablet/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.escapehq.gmtablet</string>
	<key>CFBundleShortVersionString</key>
	<string>3.4.0</string>
	<key>ControllerBaseURL</key>
	<string>https://gm.escapehq.example/api/v1</string>
	<key>MQTTTopicPrefix</key>
	<string>rooms/</string>
	<key>NSLocalNetworkUsageDescription</key>
	<string>Talks to the room controllers and props.</string>
	<key>HintTokenKeychainItem</key>
	<string>gm-hint-service-token</string>
</dict>
</plist>
""")

add("plist/anthropic-api-key", "GMTablet/GMTablet/HintAssistant.plist", "https://docs.anthropic.com/en/api/getting-started",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Model</key>
	<string>claude-3-5-haiku-latest</string>
	<key>MaxTokens</key>
	<integer>300</integer>
	<key>APIKey</key>
	<string>@@secret@@</string>
	<key>SystemPrompt</key>
	<string>You are a friendly game master. Never give the full answer.</string>
</dict>
</plist>
""", anthropic())

_gm_jwt = jwt({"sub": "gm-tablet-03", "role": "gamemaster", "iat": 1764547200})
add("kotlin/controller-jwt", "gm-tablet/app/src/main/java/com/escapehq/gm/net/ControllerApi.kt", "https://square.github.io/okhttp/features/interceptors/",
    """
package com.escapehq.gm.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val BASE_URL = "https://gm.escapehq.example/api/v1/"
private const val DEVICE_TOKEN = "@@secret@@"

private val auth = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $DEVICE_TOKEN").build())
}

val controllerApi: RoomControllerService = Retrofit.Builder()
    .baseUrl(BASE_URL)
    .client(OkHttpClient.Builder().addInterceptor(auth).build())
    .addConverterFactory(MoshiConverterFactory.create())
    .build()
    .create(RoomControllerService::class.java)
""", _gm_jwt)

add("python/telegram-bot-token", "ops/notify_staff.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
import sys

import requests

BOT_TOKEN = "@@secret@@"
STAFF_CHAT = -1001873645521


def notify(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": STAFF_CHAT, "text": text, "disable_notification": False},
                  timeout=10).raise_for_status()


if __name__ == "__main__":
    notify(" ".join(sys.argv[1:]) or "Room finished")
""", telegram())

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
route:
  receiver: front-desk
  group_by: [alertname, room]
  group_wait: 10s
  repeat_interval: 30m

receivers:
  - name: front-desk
    slack_configs:
      - api_url: @@secret@@
        channel: "#props-alerts"
        title: "{{ .CommonLabels.alertname }} in {{ .CommonLabels.room }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
        send_resolved: true
""", slack_webhook())

add("javascript/discord-webhook", "scoreboard/src/postResults.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
const WEBHOOK = "@@secret@@";

export async function postResults(game) {
  const lines = game.players
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((p, i) => `${i + 1}. ${p.callsign} (${p.team}) - ${p.score}`);
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Arena Bot", content: `**${game.mode}** finished\\n` + lines.join("\\n") }),
  });
}
""", discord_webhook())

add("python/slack-bot-token", "ops/daily_summary.py", "https://api.slack.com/authentication/token-types#bot",
    """
from datetime import date

from slack_sdk import WebClient

from booking.bookeo_client import bookings_for

slack = WebClient(token="@@secret@@")

rows = bookings_for(date.today())
text = f"*{len(rows)} bookings today*\\n" + "\\n".join(
    f"{b['startTime'][11:16]} {b['productName']} ({b['participants']['numbers'][0]['number']})" for b in rows
)
slack.chat_postMessage(channel="C04FRONTDSK", text=text)
""", slack_bot())

add("yaml/datadog-api-key", "monitoring/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """
api_key: @@secret@@
site: datadoghq.eu
hostname: roomctl-01
tags:
  - venue:bristol
  - role:room-controller
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("properties/sentry-auth-token", "gm-tablet/sentry.properties", "https://docs.sentry.io/cli/configuration/#configuration-file",
    """
defaults.url=https://sentry.io/
defaults.org=escapehq
defaults.project=gm-tablet-android
auth.token=@@secret@@
http.keepalive=true
""", "sntryu_" + hexs(64))

add("typescript/decoy-public-dsn", "gm-tablet-web/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@k@@@o4506218732.ingest.de.sentry.io/4506218790",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: "production",
});
""", k=hexs(32))

add("ini/ldap-bind-password", "it/nas01/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5",
    """
[sssd]
services = nss, pam
domains = escapehq

[domain/escapehq]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.office.escapehq.example
ldap_search_base = dc=office,dc=escapehq,dc=example
ldap_default_bind_dn = cn=svc-nas,ou=Service,dc=office,dc=escapehq,dc=example
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("xml/ftp-password", "nvr/export/NetworkStorage.xml", "https://www.hikvision.com/content/dam/hikvision/en/support/download/sdk/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FTPNotificationList version="2.0">
  <FTPNotification>
    <id>1</id>
    <enabled>true</enabled>
    <addressingFormatType>ipaddress</addressingFormatType>
    <ipAddress>10.0.10.40</ipAddress>
    <portNo>21</portNo>
    <userName>nvr-upload</userName>
    <password>@@secret@@</password>
    <uploadPath><pathDepth>2</pathDepth><topDirNameRule>devName</topDirNameRule></uploadPath>
    <uploadPicture>true</uploadPicture>
  </FTPNotification>
</FTPNotificationList>
""", rand_pw(12))

add("plist/wifi-password", "it/mdm/GM-Tablets-WiFi.mobileconfig", "https://developer.apple.com/documentation/devicemanagement/wifi",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>SSID_STR</key>
			<string>EscapeGM</string>
			<key>EncryptionType</key>
			<string>WPA2</string>
			<key>Password</key>
			<string>@@secret@@</string>
			<key>AutoJoin</key>
			<true/>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadIdentifier</key>
			<string>com.escapehq.wifi.gm</string>
			<key>PayloadUUID</key>
			<string>4C1B7E2A-9D3F-4A6B-8E0C-5F2D1A3B4C6E</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>GM tablets Wi-Fi</string>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>0E9A3C5B-7D1F-4B2A-9C6E-8F0D2B4A6C1E</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
""", passphrase())

add("python/jamf-client-secret", "it/jamf/lost_mode.py", "https://developer.jamf.com/jamf-pro/docs/client-credentials",
    """
import requests

JAMF = "https://escapehq.jamfcloud.com"
CLIENT_ID = "3f1d9a2c-6b4e-4c8a-9e7f-1a2b3c4d5e6f"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(f"{JAMF}/api/oauth/token",
                      data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
                      timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]


def enable_lost_mode(device_id: int, message: str) -> None:
    requests.post(f"{JAMF}/api/v2/mobile-devices/{device_id}/lost-mode",
                  headers={"Authorization": f"Bearer {token()}"},
                  json={"lostModeMessage": message, "lostModePhone": "0117 496 0123"}, timeout=15).raise_for_status()
""", draw(64, URLSAFE))

add("pem/ssh-private-key", "ansible/files/ota_deploy_key", "https://man.openbsd.org/ssh-keygen",
    """
@@secret@@
""", openssh_key())

add("pem/rsa-private-key", "booking-sync/keys/webhook-signing.pem", "https://www.rfc-editor.org/rfc/rfc7468",
    """
@@secret@@
""", pem("RSA"))

add("pem/apns-private-key", "GMTablet/certs/AuthKey_7QK2M9ZP4L.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """
@@secret@@
""", ec_p8())

# ---------------------------------------------------------------- data, docs, logs and more code


def nb(*cells: str) -> str:
    """A notebook as Jupyter writes it: code cells of the given sources."""
    out = []
    for n, src in enumerate(cells, 1):
        lines = src.strip("\n").split("\n")
        out.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [],
                    "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]})
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.12.4"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1)


_sa = pkcs8()
add("json/gcp-service-account-key", "gm-push/firebase-admin.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    json.dumps({
        "type": "service_account",
        "project_id": "escapehq-gm",
        "private_key_id": "@@kid@@",
        "private_key": _sa + "\n",
        "client_email": "firebase-adminsdk-q7x2m@escapehq-gm.iam.gserviceaccount.com",
        "client_id": "104839271650938475612",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2m%40escapehq-gm.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }, indent=2) + "\n", _sa.split("\n")[1], kid=hexs(40))

add("json/decoy-google-services", "gm-tablet/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "project_info": {
    "project_number": "702114583921",
    "project_id": "escapehq-gm",
    "storage_bucket": "escapehq-gm.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:702114583921:android:4e8b1c2d3f5a6b7c8d9e0f",
        "android_client_info": {"package_name": "com.escapehq.gm"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "@@k@@"}],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
""", k=google_key())

add("pgpass/postgres-password", "ops/reporting/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# hostname:port:database:username:password
db.arena.lan:5432:lasertag:reporting:@@secret@@
localhost:5432:*:postgres:*
127.0.0.1:5432:gmportal:gmportal:*
*:*:*:readonly:*
""", rand_pw(24))

add("ini/mysql-password", "ops/backup/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    """
[client]
user=backup
password="@@secret@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
routines
""", words_pw())

add("shell/restic-password", "ops/backup/nightly.sh", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables",
    """
#!/bin/bash
# Nightly: waivers, booking DB dump, controller configs -> Backblaze B2
set -euo pipefail
export B2_ACCOUNT_ID="0053c7e91a2b4f60000000004"
export B2_ACCOUNT_KEY="$(cat /root/.b2key)"
export RESTIC_REPOSITORY="b2:escapehq-backup:restic"
export RESTIC_PASSWORD='@@secret@@'

mysqldump --defaults-file=/root/.my.cnf vaultescape_wp > /srv/dumps/wp.sql
restic backup /srv/waivers /srv/dumps /opt/roomctl/config --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --prune
""", passphrase())

add("ini/b2-application-key", "ops/backup/rclone.conf", "https://rclone.org/b2/",
    """
[b2-offsite]
type = b2
account = 0053c7e91a2b4f60000000007
key = @@secret@@
hard_delete = false

[nas]
type = smb
host = nas01.office.lan
user = rclone
""", "K005" + draw(27, ALNUM + "+/"))

add("markdown/booking-admin-password", "docs/handover/2026-11-front-desk.md", "https://www.bookeo.com/support/",
    """
# Front desk handover - November

Hi Priya, welcome aboard! Quick notes until the wiki is sorted:

- Bookeo admin: log in as `frontdesk@heistrooms.example`, password `@@secret@@` (please change it in week one)
- Square terminal: already paired, just sign in with your staff passcode
- Vouchers: sold on Shopify, redeemed in Bookeo as promo codes
- Room resets: checklist on the GM tablet, "Reset" tab
- If the Bunker reactor prop sticks: power-cycle the grey box under the desk (label R3)

Closing: lock the fire exit, set the alarm (code is on the laminated card, not here).
""", words_pw())

add("markdown/redis-password", "docs/runbooks/timers-stuck.md", "https://redis.io/docs/latest/develop/tools/cli/",
    """
# Runbook: room timers frozen on the GM tablets

1. SSH to the controller: `ssh ops@roomctl-01`
2. Check Redis is up and the timer keys tick:

   ```
   redis-cli -h 10.0.20.3 -a '@@secret@@' -n 2 HGETALL timer:bunker
   ```

3. If `elapsed` does not change, `sudo systemctl restart roomctl`.
4. Still stuck: restart Redis (`sudo systemctl restart redis-server`) - timers resume from the last saved second.
5. Tell the GMs to add the lost time back with the +1 min button.
""", fakes.redis_password(_seed()))

add("csv/vendor-password", "docs/it/accounts-2026.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
service,url,username,password,owner,notes
Bookeo,https://signin.bookeo.com,admin@vaultescape.example,see 1Password,Dan,MFA on Dan's phone
Square,https://squareup.com/login,owner@vaultescape.example,see 1Password,Dan,
Hikvision NVR,http://10.0.30.2,admin,@@secret@@,Ops,local only
UniFi,https://10.0.0.2,escapeadmin,see 1Password,Ops,
Google Workspace,https://admin.google.com,dan@vaultescape.example,SSO,Dan,
Shopify,https://admin.shopify.com,dan@vaultescape.example,see 1Password,Dan,
""", rand_pw(12))

add("log/bookeo-secret-key", "logs/booking-sync-2026-11-28.log", "https://www.bookeo.com/apiref/",
    """
2026-11-28 07:00:01,114 INFO  booking_sync: starting sync window 2026-11-28..2026-11-29
2026-11-28 07:00:01,220 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.bookeo.com:443
2026-11-28 07:00:01,688 DEBUG urllib3.connectionpool: https://api.bookeo.com:443 "GET /v2/bookings?apiKey=@@ak@@&secretKey=@@secret@@&startTime=2026-11-28T00%3A00%3A00Z&endTime=2026-11-29T00%3A00%3A00Z&expandParticipants=true HTTP/1.1" 200 18342
2026-11-28 07:00:01,702 INFO  booking_sync: 23 bookings (pharaoh 6, bunker 7, heist 5, saloon 5)
2026-11-28 07:00:01,950 INFO  booking_sync: pushed schedule to controller (200)
2026-11-28 07:05:01,003 INFO  booking_sync: no changes
""", draw(32), ak=draw(44, UPPER))

add("log/mqtt-password", "logs/arena-controller.log", "https://mqtt.org/",
    """
[2026-11-30 18:02:11] INFO  arena-ctl v2.8.0 starting
[2026-11-30 18:02:11] INFO  config: broker=mqtt://arena:@@secret@@@10.0.40.5:1883 vests=24 mode=team_deathmatch
[2026-11-30 18:02:12] INFO  connected to broker, subscribed arena2/vests/+/hit
[2026-11-30 18:02:14] WARN  vest 17 battery 14%
[2026-11-30 18:05:00] INFO  game 4481 started: red(6) vs blue(6)
[2026-11-30 18:17:00] INFO  game 4481 ended: red 18420, blue 17990
""", rand_pw(16))

add("log/decoy-redacted", "logs/payments-2026-12-01.log", "https://docs.stripe.com/keys#keys-best-practices",
    """
2026-12-01T10:12:44Z INFO  payments: stripe client ready key=sk_live_****************************ZX4q account=acct_1NnXq2FhT9kLmN0p
2026-12-01T10:12:45Z INFO  payments: square client ready token=EAAA…[redacted] location=LQ4R8T2M9XK1B
2026-12-01T10:14:02Z INFO  payments: checkout cs_live_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ created for voucher 2P
2026-12-01T10:15:37Z INFO  payments: webhook evt_1QcY8zFhT9kLmN0pA7b3C2d1 verified (whsec=[REDACTED])
2026-12-01T10:15:37Z INFO  payments: payment_intent pi_3QcY8zFhT9kLmN0p1xY2z3A4 succeeded 4800 GBP
""")

add("sql/mysql-password", "db/migrations/2026_10_metabase_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """
-- Read-only user for the Metabase dashboards (occupancy, revenue per room)
CREATE USER IF NOT EXISTS 'metabase'@'10.0.10.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON vaultescape_wp.ve_bookings TO 'metabase'@'10.0.10.%';
GRANT SELECT ON vaultescape_wp.ve_rooms TO 'metabase'@'10.0.10.%';
GRANT SELECT ON vaultescape_wp.ve_vouchers TO 'metabase'@'10.0.10.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/postgres-password", "arena/db/init/01-roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
CREATE ROLE scoreboard LOGIN PASSWORD '@@secret@@';
CREATE ROLE reporting LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE lasertag TO scoreboard, reporting;
GRANT USAGE ON SCHEMA public TO scoreboard, reporting;
GRANT SELECT, INSERT, UPDATE ON games, players, hits TO scoreboard;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", rand_pw(20))

add("sql/decoy-hashed-password", "gmportal/db/seed_staff.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/",
    """
-- Staff accounts for the GM portal (dev seed); passwords are Django PBKDF2 hashes
INSERT INTO auth_user (id, username, password, is_staff, is_superuser, email) VALUES
 (1, 'dan', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', true, true, 'dan@escapehq.example'),
 (2, 'priya', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', true, false, 'priya@escapehq.example'),
 (3, 'gm-tablet', '!@@u@@', false, false, '');
""", s1=draw(22), h1=draw(43, ALNUM + "+/"), s2=draw(22), h2=draw(43, ALNUM + "+/"), u=draw(40))

add("csv/decoy-booking-export", "exports/bookings-2026-11-29.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
booking_id,room,start,players,lead_name,lead_email,paid_pence,payment_ref,status
41558KYNM-2611290930,Pharaoh,2026-11-29 09:30,4,Sam Carter,sam.carter@example.com,9600,pi_3QcA1bFhT9kLmN0p0aB1cD2e,confirmed
41558KYNM-2611291100,Bunker,2026-11-29 11:00,6,Alex Moreno,alex.m@example.org,13200,pi_3QcA7xFhT9kLmN0p1fG2hI3j,confirmed
41558KYNM-2611291230,Heist,2026-11-29 12:30,3,Jo Patel,jo.patel@example.net,7500,VOUCHER-8QX2,confirmed
41558KYNM-2611291400,Saloon,2026-11-29 14:00,5,Chris Lee,chris@example.com,11000,pi_3QcB2kFhT9kLmN0p4lM5nO6p,no_show
""")

add("notebook/postgres-password", "analysis/occupancy.ipynb", "https://www.psycopg.org/docs/module.html#psycopg2.connect",
    nb("""
import pandas as pd
import psycopg2
""", """
conn = psycopg2.connect(host="db.arena.lan", dbname="lasertag", user="reporting", password="@@secret@@")
games = pd.read_sql("SELECT started_at, mode, players FROM games WHERE started_at > now() - interval '90 days'", conn)
""", """
games["weekday"] = games.started_at.dt.day_name()
games.groupby(["weekday", "mode"]).players.mean().unstack().round(1)
"""), rand_pw(22))

add("notebook/stripe-restricted-key", "analysis/voucher_revenue.ipynb", "https://docs.stripe.com/keys#create-restricted-api-secret-key",
    nb("""
import stripe
import pandas as pd

stripe.api_key = "@@secret@@"  # read-only restricted key
""", """
rows = []
for ch in stripe.Charge.list(limit=100, created={"gte": 1761955200}).auto_paging_iter():
    rows.append({"amount": ch.amount / 100, "desc": ch.description, "created": pd.to_datetime(ch.created, unit="s")})
df = pd.DataFrame(rows)
""", """
df[df.desc.str.contains("voucher", case=False, na=False)].resample("W", on="created").amount.sum()
"""), stripe("rk_live_"))

add("notebook/decoy-env-reference", "analysis/no_show_rate.ipynb", "https://docs.python.org/3/library/getpass.html",
    nb("""
import os
from getpass import getpass

import pandas as pd
from sqlalchemy import create_engine
""", """
pw = os.environ.get("REPORTING_DB_PASSWORD") or getpass("reporting db password: ")
engine = create_engine(f"postgresql+psycopg2://reporting:{pw}@db.arena.lan/lasertag")
""", """
b = pd.read_csv("../exports/bookings-2026-11-29.csv")
(b.status == "no_show").mean()
"""))

add("properties/postgres-password", "arena-checkout/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password",
    """
server.port=8080
spring.datasource.url=jdbc:postgresql://db.arena.lan:5432/checkout
spring.datasource.username=checkout
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,info
""", rand_pw(18))

add("properties/decoy-env-reference", "arena-checkout/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """
spring.application.name=arena-checkout
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/checkout}
spring.datasource.username=${DB_USER:checkout}
spring.datasource.password=${DB_PASSWORD}
adyen.api-key=${ADYEN_API_KEY}
adyen.merchant-account=NeonArenaECOM
adyen.hmac-key=${ADYEN_HMAC_KEY:}
""")

add("yaml/smtp-password", "arena-checkout/src/main/resources/application-mail.yml", "https://docs.spring.io/spring-boot/reference/io/email.html",
    """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: parties@neonarena.example
    password: "@@secret@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
arena:
  mail:
    from: "Neon Arena <parties@neonarena.example>"
    bcc: bookings@neonarena.example
""", words_pw())

_srk = jwt({"iss": "supabase", "ref": "qzkxjwfhtbnvlmrpcyde", "role": "service_role", "iat": 1730000000, "exp": 2045576000})
add("kotlin/supabase-service-role-key", "waiver-kiosk/app/src/main/java/com/neonarena/waiver/WaiverRepository.kt", "https://supabase.com/docs/guides/api/api-keys",
    """
package com.neonarena.waiver

import io.github.jan.supabase.createSupabaseClient
import io.github.jan.supabase.postgrest.Postgrest
import io.github.jan.supabase.postgrest.from

object WaiverRepository {
    private val client = createSupabaseClient(
        supabaseUrl = "https://qzkxjwfhtbnvlmrpcyde.supabase.co",
        supabaseKey = "@@secret@@",
    ) {
        install(Postgrest)
    }

    suspend fun save(w: Waiver) {
        client.from("waivers").insert(w)
    }
}
""", _srk)

_anon = jwt({"iss": "supabase", "ref": "qzkxjwfhtbnvlmrpcyde", "role": "anon", "iat": 1730000000, "exp": 2045576000})
add("typescript/decoy-anon-key", "waiver-web/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys",
    """
import { createClient } from "@supabase/supabase-js";

// anon key: public by design, row-level security limits it to inserting a waiver
export const supabase = createClient(
  "https://qzkxjwfhtbnvlmrpcyde.supabase.co",
  "@@k@@",
);
""", k=_anon)

add("go/aws-secret-key", "waiver-archiver/storage.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically",
    """
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func newS3(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = false }), nil
}

var bucket = aws.String("neonarena-waivers")
""", aws_secret(), kid=aws_id())

add("rust/postgres-password", "scoreboard-server/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html",
    """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const DATABASE_URL: &str = "postgres://scoreboard:@@secret@@@db.arena.lan:5432/lasertag";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect(DATABASE_URL)
        .await
}

pub async fn top_players(pool: &PgPool, limit: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT callsign, best_score FROM players ORDER BY best_score DESC LIMIT $1")
        .bind(limit)
        .fetch_all(pool)
        .await
}
""", rand_pw(20))

add("csharp/mssql-password", "ArenaHub/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring",
    """
using ArenaHub.Hubs;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

const string conn = "Server=tcp:neonarena-sql.database.windows.net,1433;Initial Catalog=arena;User ID=arenahub;Password=@@secret@@;Encrypt=True;";
builder.Services.AddDbContext<ArenaDb>(o => o.UseSqlServer(conn));
builder.Services.AddSignalR();

var app = builder.Build();
app.MapHub<ScoreHub>("/hubs/score");
app.MapGet("/health", () => "ok");
app.Run();
""", words_pw())

add("env/smtp-password", "booking-admin/.env", "https://laravel.com/docs/11.x/mail#configuration",
    """
APP_NAME="Saloon Escape Admin"
APP_ENV=production
APP_URL=https://admin.saloonescape.example
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=saloon
DB_USERNAME=saloon
DB_PASSWORD=
MAIL_MAILER=smtp
MAIL_HOST=smtp.eu.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.saloonescape.example
MAIL_PASSWORD=@@secret@@
MAIL_FROM_ADDRESS=bookings@saloonescape.example
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("env/square-access-token", "desk-kiosk/.env.local", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
NEXT_PUBLIC_VENUE=Saloon Escape
NEXT_PUBLIC_SQUARE_APP_ID=sq0idp-@@a@@
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=@@secret@@
SQUARE_LOCATION_ID=LQ4R8T2M9XK1B
""", square_token(), a=draw(22, URLSAFE))

add("compose/mysql-password", "wordpress/docker-compose.yml", "https://hub.docker.com/_/mysql",
    """
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: vaultescape_wp
      MYSQL_USER: vaultescape
      MYSQL_PASSWORD_FILE: /run/secrets/wp_db_password
    volumes: ["db:/var/lib/mysql"]
  wordpress:
    image: wordpress:6.6-php8.3-apache
    depends_on: [db]
    ports: ["8081:80"]
volumes:
  db:
""", rand_pw(24))

add("yaml/postgres-password", "gmportal-rails/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: gmportal_development

production:
  <<: *default
  host: 10.0.10.15
  database: gmportal
  username: gmportal
  password: @@secret@@
""", rand_pw(20))

add("toml/discord-bot-token", "arena-bot/config.toml", "https://discord.com/developers/docs/reference#authentication",
    """
[bot]
token = "@@secret@@"
prefix = "!"
guild_id = 1158772093461217330

[channels]
results = 1158772093461217412
bookings = 1158772093461217498

[scoreboard]
api = "http://10.0.40.8:8090/api"
""", b64url(str(random.Random(_seed()).randint(10**17, 10**18)).encode()) + "." + draw(6, URLSAFE) + "." + draw(38, URLSAFE))

add("toml/package-index-password", "escapekit/poetry/auth.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials",
    """
# ~/.config/pypoetry/auth.toml on the build box (copied into the repo by mistake?)
[http-basic.escapehq]
username = "ci"
password = "@@secret@@"

[pypi-token]
# pypi = set with `poetry config pypi-token.pypi` on release day only
""", rand_pw(32))

add("yaml/spotify-client-secret", "roommusic/config.yaml", "https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow",
    """
spotify:
  client_id: @@cid@@
  client_secret: @@secret@@
  device_names:
    pharaoh: "Pharaoh Room"
    saloon: "Saloon Piano"
playlists:
  pharaoh: spotify:playlist:37i9dQZF1DX4sWSpwq3LiO
  saloon: spotify:playlist:37i9dQZF1DWXRqgorJj26U
fade_seconds: 4
""", hexs(32), cid=hexs(32))

add("python/pushover-token", "props/watchdog/watchdog.py", "https://pushover.net/api",
    """
import os
import time

import paho.mqtt.subscribe as subscribe
import requests

APP_TOKEN = "@@secret@@"
USER_KEY = os.environ["PUSHOVER_USER_KEY"]
LAST_SEEN: dict[str, float] = {}


def alert(msg: str) -> None:
    requests.post("https://api.pushover.net/1/messages.json",
                  data={"token": APP_TOKEN, "user": USER_KEY, "message": msg, "priority": 1}, timeout=10)


def on_heartbeat(client, userdata, message):
    LAST_SEEN[message.topic.split("/")[2]] = time.time()
    for prop, seen in LAST_SEEN.items():
        if time.time() - seen > 60:
            alert(f"prop {prop} silent for {int(time.time() - seen)} s")


subscribe.callback(on_heartbeat, "rooms/+/+/heartbeat", hostname="10.0.20.5")
""", draw(30))

add("shell/mqtt-password", "ops/cron/open_all_doors.sh", "https://mosquitto.org/man/mosquitto_pub-1.html",
    """
#!/bin/sh
# Fire-alarm hook: release every maglock (called by the alarm panel relay)
for room in pharaoh bunker heist saloon voodoo; do
  mosquitto_pub -h 10.0.20.5 -u emergency -P '@@secret@@' -q 1 \\
    -t "rooms/$room/maglocks/cmd" -m '{"action":"release_all"}'
done
logger -t escape "fire hook: all maglocks released"
""", rand_pw(16, "!#%"))

add("shell/device-password", "ops/reset_props.sh", "https://linux.die.net/man/1/sshpass",
    """
#!/usr/bin/env bash
# Reboot the Raspberry Pi props after the last game of the day
PROPS="10.0.20.41 10.0.20.42 10.0.20.43 10.0.20.44"
for ip in $PROPS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no pi@"$ip" 'sudo systemctl restart prop.service' \\
    && echo "$ip ok" || echo "$ip FAILED"
done
""", words_pw())

add("shell/mysql-password", "ops/backup/wp_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
#!/bin/bash
STAMP=$(date +%F)
mysqldump -u vaultescape -p'@@secret@@' --single-transaction vaultescape_wp | gzip > "/srv/dumps/wp-$STAMP.sql.gz"
find /srv/dumps -name 'wp-*.sql.gz' -mtime +30 -delete
echo "dump $STAMP done"
""", words_pw())

add("powershell/smtp-password", "it/desk-pcs/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage",
    """
$report = Import-Csv "D:\\Exports\\bookings-$(Get-Date -Format yyyy-MM-dd).csv"
$body = $report | Group-Object room | ForEach-Object { "{0}: {1} bookings" -f $_.Name, $_.Count } | Out-String
$secure = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("reports@saloonescape.example", $secure)
Send-MailMessage -From "reports@saloonescape.example" -To "owner@saloonescape.example" `
  -Subject "Daily bookings" -Body $body -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("conf/wifi-password", "props/pi-image/boot/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="EscapeProps"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("conf/wifi-password", "arena/ap/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf",
    """
interface=wlan0
driver=nl80211
ssid=ArenaVests
hw_mode=g
channel=6
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
ignore_broadcast_ssid=1
""", rand_pw(20))

add("yaml/mqtt-password", "zigbee2mqtt/configuration.yaml", "https://www.zigbee2mqtt.io/guide/configuration/mqtt.html",
    """
homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.0.20.5:1883
  user: z2m
  password: @@secret@@
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: GENERATE
  log_level: warning
frontend:
  port: 8080
""", rand_pw(18))

add("json/fareharbor-app-key", "tools/postman/fareharbor.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    """
{
  "id": "8d2c4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
  "name": "FareHarbor prod",
  "values": [
    {"key": "base", "value": "https://fareharbor.com/api/external/v1", "type": "default", "enabled": true},
    {"key": "shortname", "value": "neonarena", "type": "default", "enabled": true},
    {"key": "fh_app_key", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "fh_user_key", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.19.0"
}
""", uuid_s())

add("markdown/mssql-password", "docs/laser-tag/arena-server.md", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility",
    """
# Arena game server (Windows box behind the counter)

The vendor's game software keeps scores in a local SQL Server Express.

- Instance: `ARENA-SRV\\SQLEXPRESS`
- Login for our export job: `arena_export` / `@@secret@@`
- Export query lives in `ops/reporting/arena_export.sql`

```
sqlcmd -S ARENA-SRV\\SQLEXPRESS -U arena_export -P "@@secret@@" -i arena_export.sql -o scores.csv -s "," -W
```

Do not touch the `sa` account; the vendor's support uses it for remote sessions.
""", rand_pw(14))

# ---------------------------------------------------------------- decoys across the stack


def body_lines(n: int, width: int = 64) -> str:
    return "\n".join(draw(width, ALNUM + "+/") for _ in range(n))


add("pem/decoy-public-key", "booking-sync/keys/bookeo-webhook-public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13",
    """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
-----END PUBLIC KEY-----
""", a=draw(20, ALNUM + "+/"), b=body_lines(5))

add("pem/decoy-certificate", "nvr/certs/nvr01.office.lan.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUQ3m@@a@@
@@b@@
-----END CERTIFICATE-----
""", a=draw(41, ALNUM + "+/"), b=body_lines(9))

add("env/decoy-placeholder", "booking-site/.env.example", "https://12factor.net/config",
    """
APP_ENV=local
APP_URL=http://localhost:3000
RESOVA_API_URL=https://api.resova.io/v1
RESOVA_API_KEY=your-resova-api-key
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
REDIS_HOST=127.0.0.1
""")

add("yaml/decoy-configmap", "deploy/k8s/roomctl-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: roomctl-config
  namespace: escape
data:
  ROOMCTL_ROOMS: "pharaoh,bunker,heist,saloon"
  MQTT_HOST: "mosquitto.escape.svc"
  MQTT_PORT: "1883"
  HINT_PENALTY_SECONDS: "120"
  CONTROLLER_INSTANCE_ID: "@@u@@"
  FIRMWARE_CHANNEL: "stable"
""", u=uuid_s())

add("python/decoy-regex", "booking/logging_filters.py", "https://docs.python.org/3/library/logging.html#filter-objects",
    """
import logging
import re

PATTERNS = [
    re.compile(r"sk_(live|test)_[A-Za-z0-9]{24,}"),
    re.compile(r"whsec_[A-Za-z0-9]{32,}"),
    re.compile(r"(secretKey|apiKey)=[^&\\s]+"),
    re.compile(r"EAAA[A-Za-z0-9_-]{60}"),
    re.compile(r"Bearer\\s+[A-Za-z0-9._-]+"),
]


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pattern in PATTERNS:
            msg = pattern.sub("[REDACTED]", msg)
        record.msg, record.args = msg, ()
        return True
""")

add("python/decoy-test-fixture", "site/tests/test_stripe_webhook.py", "https://docs.stripe.com/webhooks#verify-manually",
    """
import hashlib
import hmac
import json
import time

from site_app.webhooks import verify

TEST_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str = TEST_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_valid_signature():
    body = json.dumps({"id": "evt_test_1", "type": "checkout.session.completed"}).encode()
    assert verify(body, sign(body), TEST_SECRET)


def test_tampered_body_rejected():
    body = b'{"id":"evt_test_2"}'
    assert not verify(body + b" ", sign(body), TEST_SECRET)
""")

add("go/decoy-uuids", "controller/internal/rooms/ids.go", "https://pkg.go.dev/github.com/google/uuid",
    """
package rooms

import "github.com/google/uuid"

// Stable ids the booking platform maps its products to.
var (
	Pharaoh = uuid.MustParse("@@a@@")
	Bunker  = uuid.MustParse("@@b@@")
	Heist   = uuid.MustParse("@@c@@")
	Saloon  = uuid.MustParse("@@d@@")
)

var ByBookeoProduct = map[string]uuid.UUID{
	"41558KYNM6184F1E2CA5": Pharaoh,
	"41558KYNM6184F1E2CB7": Bunker,
	"41558KYNM6184F1E2CC9": Heist,
	"41558KYNM6184F1E2CD1": Saloon,
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("json/decoy-integrity-hashes", "scoreboard/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "scoreboard",
  "version": "1.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "scoreboard", "version": "1.12.0", "dependencies": {"mqtt": "^5.10.1", "socket.io": "^4.8.0"}},
    "node_modules/mqtt": {
      "version": "5.10.1",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/socket.io": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/socket.io/-/socket.io-4.8.0.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
""", a=draw(86, ALNUM + "+/"), b=draw(86, ALNUM + "+/"))

add("toml/decoy-checksums", "scoreboard-server/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@a@@"

[[package]]
name = "sqlx"
version = "0.8.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@b@@"
""", a=sha(), b=sha())

add("markdown/decoy-redacted", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## [2.9.0] - 2026-11-18
### Security
- Rotated the Stripe live secret key (old key ending `...ZX4q` revoked in the dashboard).
- Moved the Bookeo secretKey from `config.php` into the server environment.

### Added
- Heist room: laser grid prop reports beam breaks over MQTT.

## [2.8.1] - 2026-10-30
### Fixed
- GM tablet timer drifted after 45 minutes.
""")

add("shell/decoy-secret-manager", "ops/deploy_site.sh", "https://developer.1password.com/docs/cli/reference/commands/read/",
    """
#!/usr/bin/env bash
set -euo pipefail
export STRIPE_SECRET_KEY="$(op read 'op://Escape HQ/Stripe live/secret key')"
export BOOKEO_SECRET_KEY="$(op read 'op://Escape HQ/Bookeo API/secretKey')"
export DATABASE_URL="$(op read 'op://Escape HQ/GM portal DB/connection string')"
docker compose -f compose.prod.yml up -d --build
docker compose -f compose.prod.yml exec web python manage.py migrate --noinput
""")

add("terraform/decoy-ssm-reference", "infra/booking_sync.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter",
    """
data "aws_ssm_parameter" "bookeo_secret" {
  name            = "/escape/prod/bookeo_secret_key"
  with_decryption = true
}

resource "aws_lambda_function" "booking_sync" {
  function_name = "booking-sync"
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = "build/booking_sync.zip"
  role          = aws_iam_role.booking_sync.arn
  environment {
    variables = {
      BOOKEO_SECRET_KEY_PARAM = data.aws_ssm_parameter.bookeo_secret.name
    }
  }
}
""")

add("arduino/decoy-default-key", "props/canopic_jars/canopic_jars.ino", "https://github.com/miguelbalboa/rfid",
    """
#include <SPI.h>
#include <MFRC522.h>

MFRC522 rfid(5, 22);
MFRC522::MIFARE_Key key;

// tags are read-only to us: factory transport key, data in block 4
const byte EXPECTED[3][4] = {{0xA3, 0x1F, 0x6A, 0x2B}, {0x9E, 0x22, 0x71, 0x3C}, {0x11, 0xD0, 0x4B, 0x2B}};

void setup() {
  SPI.begin();
  rfid.PCD_Init();
  for (byte i = 0; i < 6; i++) key.keyByte[i] = 0xFF;
}

void loop() {
  if (!rfid.PICC_IsNewCardPresent() || !rfid.PICC_ReadCardSerial()) return;
  rfid.PCD_Authenticate(MFRC522::PICC_CMD_MF_AUTH_KEY_A, 4, &key, &(rfid.uid));
  rfid.PICC_HaltA();
  rfid.PCD_StopCrypto1();
}
""")

add("yaml/decoy-secret-reference", "esphome/bunker-reactor.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file",
    """
esphome:
  name: bunker-reactor
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_bunker_reactor
ota:
  - platform: esphome
    password: !secret ota_password
mqtt:
  broker: 10.0.20.5
  username: bunker-reactor
  password: !secret mqtt_password
""")

add("csv/decoy-rfid-uids", "rooms/staff_badges.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
badge_uid,holder,role,can_override_locks,issued
04:5A:22:B1:6C:3F:80,Dan,owner,yes,2024-02-01
04:7E:19:C2:5D:40:80,Priya,front-desk,no,2026-11-03
04:11:3B:D4:7A:41:81,Marco,game-master,yes,2025-06-15
04:92:6F:E5:8B:42:81,Lena,game-master,yes,2025-09-22
04:A8:0D:F6:9C:43:80,spare-1,game-master,no,2026-01-10
""")

add("log/decoy-mqtt-log", "logs/mosquitto.log", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
1764612001: New connection from 10.0.20.41:51532 on port 1883.
1764612001: New client connected from 10.0.20.41:51532 as vault-door-01 (p2, c1, k30, u'prop-vault').
1764612003: New client connected from 10.0.20.12:40110 as homeassistant-7f3c (p2, c1, k60, u'homeassistant').
1764612010: Client roomctl-bunker has exceeded timeout, disconnecting.
1764612011: New client connected from 10.0.20.2:38822 as roomctl-bunker (p2, c1, k30, u'roomctl').
1764612012: Saving in-memory database to /mosquitto/data/mosquitto.db.
""")

add("json/decoy-ids", "node-red/flows.json", "https://nodered.org/docs/user-guide/editor/workspace/import-export",
    """
[
  {"id": "9c1e2f3a4b5d6e7f", "type": "tab", "label": "Pharaoh", "disabled": false},
  {"id": "1a2b3c4d5e6f7a8b", "type": "mqtt in", "z": "9c1e2f3a4b5d6e7f", "name": "cryptex state", "topic": "rooms/pharaoh/cryptex/state", "qos": "1", "broker": "f0e1d2c3b4a59687", "x": 140, "y": 80, "wires": [["2b3c4d5e6f7a8b9c"]]},
  {"id": "2b3c4d5e6f7a8b9c", "type": "switch", "z": "9c1e2f3a4b5d6e7f", "name": "solved?", "property": "payload.state", "rules": [{"t": "eq", "v": "solved", "vt": "str"}], "x": 340, "y": 80, "wires": [["3c4d5e6f7a8b9c0d"]]},
  {"id": "3c4d5e6f7a8b9c0d", "type": "mqtt out", "z": "9c1e2f3a4b5d6e7f", "name": "torches on", "topic": "rooms/pharaoh/torches/cmd", "qos": "1", "broker": "f0e1d2c3b4a59687", "x": 540, "y": 80, "wires": []},
  {"id": "f0e1d2c3b4a59687", "type": "mqtt-broker", "name": "props broker", "broker": "10.0.20.5", "port": "1883", "clientid": "nodered-pharaoh", "credentials": {}}
]
""")

add("xml/decoy-app-id", "gm-tablet/app/src/main/AndroidManifest.xml", "https://documentation.onesignal.com/docs/keys-and-ids",
    """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_WIFI_STATE" />
    <application
        android:name=".GmApp"
        android:label="@string/app_name"
        android:theme="@style/Theme.GmTablet">
        <meta-data android:name="onesignal_app_id" android:value="@@u@@" />
        <meta-data android:name="com.google.firebase.messaging.default_notification_channel_id" android:value="room_alerts" />
        <activity android:name=".MainActivity" android:exported="true" android:screenOrientation="landscape" />
    </application>
</manifest>
""", u=uuid_s())

add("python/decoy-test-config", "gmportal_flask/tests/conftest.py", "https://flask.palletsprojects.com/en/stable/testing/",
    """
import pytest

from gmportal import create_app


@pytest.fixture
def app():
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test",
        "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:",
        "MQTT_HOST": "localhost",
        "MQTT_PASSWORD": "",
    })
    yield app


@pytest.fixture
def client(app):
    return app.test_client()
""")

add("github-actions/decoy-oidc-role", ".github/workflows/infra.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: terraform
on:
  pull_request:
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481726395012:role/github-terraform
          aws-region: eu-west-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra init && terraform -chdir=infra plan -no-color
""")

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/scoreboard-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod",
    """
# Template: fill in with `kubectl create secret generic` instead of editing here
apiVersion: v1
kind: Secret
metadata:
  name: scoreboard
  namespace: arena
type: Opaque
stringData:
  DATABASE_URL: "postgres://scoreboard:REPLACE_ME@db.arena.lan:5432/lasertag"
  PLAYFAB_SECRET: "REPLACE_ME"
""")

add("compose/decoy-docker-secrets", "gmportal/compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  web:
    image: ghcr.io/escapehq/gmportal:3.4.0
    environment:
      DJANGO_SECRET_KEY_FILE: /run/secrets/django_secret_key
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    secrets: [django_secret_key, db_password]
    ports: ["8000:8000"]
secrets:
  django_secret_key:
    file: ./secrets/django_secret_key.txt
  db_password:
    file: ./secrets/db_password.txt
""")

add("ansible/decoy-vault-reference", "ansible/roles/mosquitto/defaults/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible",
    """
---
mosquitto_listener_port: 1883
mosquitto_users:
  - name: roomctl
    password: "{{ vault_mqtt_roomctl_password }}"
  - name: homeassistant
    password: "{{ vault_mqtt_homeassistant_password }}"
  - name: frigate
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mqtt:frigate') }}"
mosquitto_persistence: true
""")

add("powershell/decoy-credential-prompt", "it/desk-pcs/Join-OfficeDomain.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
param([string]$NewName = "DESK-" + (Get-Random -Minimum 10 -Maximum 99))
$cred = Get-Credential -Message "Domain admin for office.escapehq.example"
Rename-Computer -NewName $NewName -Force
Add-Computer -DomainName "office.escapehq.example" -OUPath "OU=Desk,DC=office,DC=escapehq,DC=example" -Credential $cred -Restart
Write-Host "Joining as $NewName; the PC restarts now."
""")

add("csharp/decoy-config-reference", "PartyBooking.Api/Services/PayPalClientFactory.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
using PayPalCheckoutSdk.Core;

namespace PartyBooking.Api.Services;

public class PayPalClientFactory(IConfiguration config)
{
    public PayPalHttpClient Create()
    {
        var id = config["PayPal:ClientId"] ?? throw new InvalidOperationException("PayPal:ClientId missing");
        var secret = config["PayPal:ClientSecret"] ?? throw new InvalidOperationException("PayPal:ClientSecret missing");
        PayPalEnvironment env = config["PayPal:Mode"] == "live"
            ? new LiveEnvironment(id, secret)
            : new SandboxEnvironment(id, secret);
        return new PayPalHttpClient(env);
    }
}
""")

add("java/decoy-env-reference", "arena-checkout/src/main/java/com/neonarena/pay/HmacVerifier.java", "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/",
    """
package com.neonarena.pay;

import com.adyen.util.HMACValidator;
import com.adyen.model.notification.NotificationRequestItem;

public final class HmacVerifier {
    private static final String HMAC_KEY = System.getenv("ADYEN_HMAC_KEY");
    private final HMACValidator validator = new HMACValidator();

    public boolean valid(NotificationRequestItem item) {
        if (HMAC_KEY == null || HMAC_KEY.isBlank()) {
            throw new IllegalStateException("ADYEN_HMAC_KEY not set");
        }
        try {
            return validator.validateHMAC(item, HMAC_KEY);
        } catch (Exception e) {
            return false;
        }
    }
}
""")

add("kotlin/decoy-build-config", "gm-tablet/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
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
    namespace = "com.escapehq.gm"
    compileSdk = 35
    defaultConfig {
        applicationId = "com.escapehq.gm"
        minSdk = 28
        versionCode = 340
        versionName = "3.4.0"
        buildConfigField("String", "CONTROLLER_TOKEN", "\\"${localProps.getProperty("controller.token", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("swift/decoy-keychain", "GMTablet/GMTablet/Net/ControllerClient.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

enum ControllerClient {
    static func token() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "gm-controller-token",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("php/decoy-env-reference", "wp-content/plugins/escape-booking-sync/includes/client.php", "https://www.php.net/manual/en/function.getenv.php",
    """
<?php
function ebs_bookeo_get(string $path, array $query = []): array
{
    $query['apiKey'] = getenv('BOOKEO_API_KEY') ?: '';
    $query['secretKey'] = getenv('BOOKEO_SECRET_KEY') ?: '';
    if ($query['apiKey'] === '' || $query['secretKey'] === '') {
        throw new RuntimeException('Bookeo keys are not configured');
    }
    $res = wp_remote_get(EBS_BOOKEO_BASE . $path . '?' . http_build_query($query), ['timeout' => 20]);
    return json_decode(wp_remote_retrieve_body($res), true) ?: [];
}
""")

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("rust/decoy-env-reference", "arena-bot/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

mod commands;

#[tokio::main]
async fn main() {
    let token = env::var("DISCORD_TOKEN").expect("DISCORD_TOKEN not set");
    let api = env::var("SCOREBOARD_API").unwrap_or_else(|_| "http://10.0.40.8:8090/api".into());
    let intents = serenity::all::GatewayIntents::GUILD_MESSAGES | serenity::all::GatewayIntents::MESSAGE_CONTENT;
    let mut client = serenity::Client::builder(&token, intents)
        .event_handler(commands::Handler::new(api))
        .await
        .expect("client");
    client.start().await.expect("bot crashed");
}
""")

add("typescript/decoy-env-reference", "booking-sync/src/env.ts", "https://zod.dev/",
    """
import { z } from "zod";

const schema = z.object({
  FH_APP_KEY: z.string().uuid(),
  FH_USER_KEY: z.string().uuid(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  CONTROLLER_URL: z.string().url().default("https://gm.escapehq.example/api"),
  SYNC_INTERVAL_MINUTES: z.coerce.number().default(5),
});

export const env = schema.parse(process.env);
""")

add("sql/decoy-ids", "arena/db/migrations/0007_payments.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html",
    """
CREATE TABLE payments (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    booking_id    uuid NOT NULL REFERENCES bookings(id),
    provider      text NOT NULL CHECK (provider IN ('stripe', 'adyen', 'square', 'cash')),
    provider_ref  text NOT NULL,
    amount_pence  integer NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO payments (booking_id, provider, provider_ref, amount_pence) VALUES
  ('@@a@@', 'stripe', 'pi_3QcA1bFhT9kLmN0p0aB1cD2e', 9600),
  ('@@b@@', 'adyen', 'QFQTPCQ8HXSKGK82', 12000),
  ('@@c@@', 'square', 'sq_txn_7YbW3kq9XpRz2mNc4T', 4500);
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("markdown/decoy-placeholder", "docs/new-venue-setup.md", "https://www.bookeo.com/apiref/",
    """
# Setting up a new venue

1. In Bookeo: Settings > Apps and API > create an API key for "escape-booking-sync".
2. Put it in the server environment, never in the repo:

   ```
   BOOKEO_API_KEY=<api key from Bookeo>
   BOOKEO_SECRET_KEY=<secret key shown once>
   STRIPE_SECRET_KEY=sk_live_...
   ```

3. Create the MQTT users with `mosquitto_passwd -c /mosquitto/passwd roomctl` (prompts for the password).
4. Flash the props with `pio run -e <prop>_usb`, then switch them to OTA.
""")

add("ini/decoy-placeholder", "escapekit/.pypirc.template", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<paste your project-scoped token here>
""")

add("json/decoy-webhook-fixture", "site/tests/fixtures/checkout_session_completed.json", "https://docs.stripe.com/api/events/object",
    """
{
  "id": "evt_1QcY8zFhT9kLmN0pA7b3C2d1",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1764583200,
  "type": "checkout.session.completed",
  "data": {
    "object": {
      "id": "cs_live_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "object": "checkout.session",
      "amount_total": 4800,
      "currency": "gbp",
      "customer_email": "sam.carter@example.com",
      "payment_intent": "pi_3QcY8zFhT9kLmN0p1xY2z3A4",
      "payment_status": "paid"
    }
  },
  "livemode": true
}
""")

add("yaml/decoy-hashed-password", "traefik/dynamic/gm-auth.yml", "https://doc.traefik.io/traefik/middlewares/http/basicauth/",
    """
http:
  middlewares:
    gm-auth:
      basicAuth:
        users:
          - "gm:$apr1$@@s1@@$@@h1@@"
          - "owner:$apr1$@@s2@@$@@h2@@"
        realm: "GM portal"
  routers:
    gm:
      rule: "Host(`gm.escapehq.example`)"
      middlewares: [gm-auth]
      service: gmportal
""", s1=draw(8), h1=draw(22, ALNUM + "./"), s2=draw(8), h2=draw(22, ALNUM + "./"))

add("log/decoy-deploy-log", "logs/deploy-2026-12-02.log", "https://docs.docker.com/reference/cli/docker/image/pull/",
    """
2026-12-02T08:01:12Z deploy gmportal: git checkout @@g1@@
2026-12-02T08:01:40Z deploy gmportal: pulled ghcr.io/escapehq/gmportal:3.4.0@sha256:@@d1@@
2026-12-02T08:01:41Z deploy gmportal: pulled redis:7-alpine@sha256:@@d2@@
2026-12-02T08:01:55Z deploy gmportal: migrations applied (0042_hint_penalties)
2026-12-02T08:01:58Z deploy gmportal: healthcheck ok, previous release @@g2@@ kept for rollback
""", g1=hexs(40), d1=sha(), d2=sha(), g2=hexs(40))

add("dockerfile/decoy-digest", "roomctl/Dockerfile", "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    """
FROM python:3.12-slim@sha256:@@d@@
ENV PYTHONUNBUFFERED=1 ROOMCTL_ROOMS=pharaoh,bunker,heist,saloon
WORKDIR /opt/roomctl
COPY pyproject.toml .
RUN pip install --no-cache-dir .
COPY roomctl roomctl
USER 1000
CMD ["python", "-m", "roomctl"]
""", d=sha())

add("markdown/decoy-masked-table", "docs/it/vendors.md", "https://1password.com/",
    """
# Vendors and where their logins live

| Vendor | What for | Login | Password |
|--------|----------|-------|----------|
| Bookeo | bookings | admin@vaultescape.example | 1Password: "Bookeo admin" |
| Square | desk payments | owner@vaultescape.example | 1Password: "Square" |
| Laser tag vendor | arena server support | support portal | `********` (vendor holds it) |
| Hikvision | NVR | admin | 1Password: "NVR local" |
| UniFi | network | escapeadmin | 1Password: "UniFi local" |

Anything missing: ask Dan, do not write passwords in this file.
""")

add("notebook/decoy-hashes", "analysis/player_retention.ipynb", "https://docs.python.org/3/library/hashlib.html",
    nb("""
import hashlib
import pandas as pd
""", """
SALT_ENV = "PLAYER_HASH_SALT"  # read from env at run time
players = pd.read_csv("../exports/players-pseudonymised.csv")
players.head()
""", """
# player_hash values look like this (sha256, already salted upstream):
# @@h1@@
# @@h2@@
players.groupby("player_hash").game_id.nunique().describe()
"""), h1=sha(), h2=sha())

add("xml/decoy-env-reference", "arena-checkout/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>neonarena-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>neonarena-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.neonarena.example/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/roomctl.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
mqtt_password: ENC[AES256_GCM,data:@@a@@,iv:@@i1@@,tag:@@t1@@,type:str]
redis_password: ENC[AES256_GCM,data:@@b@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBx@@e@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-20T10:02:11Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.1
""", a=draw(24, ALNUM + "+/") + "==", b=draw(32, ALNUM + "+/") + "=", i1=draw(43, ALNUM + "+/") + "=",
    i2=draw(43, ALNUM + "+/") + "=", t1=draw(22, ALNUM + "+/") + "==", t2=draw(22, ALNUM + "+/") + "==",
    e=draw(40, ALNUM + "+/"), m=draw(88, ALNUM + "+/"))

add("python/decoy-uuid-namespace", "controller/roomctl/ids.py", "https://docs.python.org/3/library/uuid.html#uuid.uuid5",
    """
import uuid

# Namespace for deterministic prop ids: uuid5(PROPS_NS, "<room>/<prop>")
PROPS_NS = uuid.UUID("@@u@@")


def prop_id(room: str, prop: str) -> uuid.UUID:
    return uuid.uuid5(PROPS_NS, f"{room}/{prop}")


VAULT_DOOR = prop_id("heist", "vault_door")
""", u=uuid_s())

add("properties/decoy-env-reference", "gm-tablet/gradle.properties", "https://developer.android.com/build/building-cmdline#sign_cmdline",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing: values come from the CI environment
RELEASE_STORE_FILE=../keystores/gm-release.jks
RELEASE_STORE_PASSWORD=${System.env.GM_STORE_PASSWORD}
RELEASE_KEY_ALIAS=gm
""")

# ---------------------------------------------------------------- more carriers of secrets

add("github-actions/pypi-token", ".github/workflows/publish-escapekit.yml", "https://github.com/pypa/gh-action-pypi-publish",
    """
name: publish escapekit
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
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", pypi())

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "https://core.telegram.org/bots/api#sendmessage",
    """
name: notify staff on deploy
on:
  workflow_run:
    workflows: ["deploy booking site"]
    types: [completed]
jobs:
  tell:
    runs-on: ubuntu-latest
    steps:
      - name: telegram
        run: |
          curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001873645521 \\
            -d text="Booking site deploy: ${{ github.event.workflow_run.conclusion }}"
""", telegram())

add("k8s-secret/stripe-secret-key", "deploy/k8s/booking-sync-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data",
    """
apiVersion: v1
kind: Secret
metadata:
  name: booking-sync
  namespace: escape
  labels:
    app: booking-sync
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  CONTROLLER_URL: "https://gm.escapehq.example/api"
""", stripe())

_sg = sendgrid()
add("k8s-secret/sendgrid-api-key", "deploy/k8s/notify-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: notify
  namespace: escape
type: Opaque
data:
  SENDGRID_API_KEY: @@e@@
  MAIL_FROM: @@f@@
""", _sg, e=b64(_sg), f=b64("bookings@heistrooms.example"))

add("terraform/bookeo-secret-key", "infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """
environment        = "prod"
region             = "eu-west-2"
booking_sync_cron  = "rate(5 minutes)"
bookeo_api_key     = "@@ak@@"
bookeo_secret_key  = "@@secret@@"
alert_email        = "ops@escapehq.example"
""", draw(32), ak=draw(44, UPPER))

add("yaml/postgres-password", "deploy/helm/scoreboard/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters",
    """
image:
  repository: ghcr.io/neonarena/scoreboard
  tag: 1.12.0
ingress:
  enabled: true
  hosts:
    - host: scores.neonarena.example
      paths: ["/"]
postgresql:
  enabled: true
  auth:
    username: scoreboard
    password: "@@secret@@"
    database: lasertag
resources:
  limits:
    memory: 256Mi
""", rand_pw(22))

add("java/mysql-password", "arena-legacy/src/main/java/com/neonarena/export/ScoreExport.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    """
package com.neonarena.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

public class ScoreExport {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:mysql://10.0.40.8:3306/arena?useSSL=false";
        try (Connection c = DriverManager.getConnection(url, "export", "@@secret@@");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT callsign, score, played_at FROM scores WHERE played_at > CURDATE()")) {
            while (rs.next()) {
                System.out.printf("%s,%d,%s%n", rs.getString(1), rs.getInt(2), rs.getTimestamp(3));
            }
        }
    }
}
""", words_pw())

add("csharp/stripe-secret-key", "PartyBooking.Api/Startup/StripeSetup.cs", "https://github.com/stripe/stripe-dotnet#per-request-configuration",
    """
using Stripe;

namespace PartyBooking.Api.Startup;

public static class StripeSetup
{
    public static void Configure()
    {
        StripeConfiguration.ApiKey = "@@secret@@";
        StripeConfiguration.MaxNetworkRetries = 2;
    }
}
""", stripe("sk_live_", 24))

add("php/stripe-webhook-secret", "booking-admin/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET', '@@secret@@'),
            'tolerance' => 300,
        ],
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""", whsec())

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    """
REDIS_URL = "redis://:@@secret@@@10.0.10.16:6379/1"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("swift/mqtt-password", "GMTablet/GMTablet/Props/PropBus.swift", "https://github.com/emqx/CocoaMQTT",
    """
import CocoaMQTT

final class PropBus {
    private let mqtt: CocoaMQTT5

    init(tabletId: String) {
        mqtt = CocoaMQTT5(clientID: "gm-\\(tabletId)", host: "10.0.20.5", port: 1883)
        mqtt.username = "gm-tablet"
        mqtt.password = "@@secret@@"
        mqtt.keepAlive = 30
        _ = mqtt.connect()
    }

    func trigger(room: String, prop: String, action: String) {
        mqtt.publish("rooms/\\(room)/\\(prop)/cmd", withString: "{\\"action\\":\\"\\(action)\\"}", qos: .qos1, DUP: false, retained: false, properties: MqttPublishProperties())
    }
}
""", rand_pw(16))

add("go/webhook-signing-secret", "controller/internal/api/webhook.go", "https://pkg.go.dev/crypto/hmac",
    """
package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// shared with the booking sync; it signs every schedule push
var webhookSecret = []byte("@@secret@@")

func verified(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, false
	}
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature")))
}
""", hexs(64))

add("typescript/jwt-signing-secret", "gm-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """
import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";

const JWT_SECRET = "@@secret@@";

export function issueTabletToken(tabletId: string): string {
  return jwt.sign({ sub: tabletId, role: "gamemaster" }, JWT_SECRET, { expiresIn: "12h" });
}

export function requireGm(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  try {
    (req as any).gm = jwt.verify(token ?? "", JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: "unauthorised" });
  }
}
""", rand_pw(40))

add("markdown/openai-api-key", "docs/hintbot/troubleshooting.md", "https://platform.openai.com/docs/api-reference/making-requests",
    """
# Hint bot troubleshooting

**Symptom:** GMs see "hint service unavailable".

1. Check the bot's health page: `https://gm.escapehq.example/hints/health`
2. Test the key straight against OpenAI from the controller:

```bash
curl https://api.openai.com/v1/models \\
  -H "Authorization: Bearer @@secret@@"
```

3. A 429 means we hit the monthly budget: raise it in the OpenAI dashboard (owner account).
4. A 401 means the key was rotated: update `OPENAI_API_KEY` in the hintbot's environment.
""", openai())

add("env/mapbox-secret-token", "gm-tablet-web/.env.production", "https://docs.mapbox.com/accounts/guides/tokens/",
    """
# venue map on the GM tablet's "where is the group" screen
VITE_CONTROLLER_URL=https://gm.escapehq.example/api/v1
VITE_SENTRY_RELEASE=gm-web@3.4.0
VITE_MAPBOX_TOKEN=@@secret@@
VITE_VENUES=bristol,bath
""", "sk." + b64url(json.dumps({"u": "escapehq", "a": draw(25)}, separators=(",", ":")).encode()) + "." + draw(22, URLSAFE))

_split = stripe("sk_live_", 99)
add("python/stripe-secret-key", "desk/refunds.py", "https://docs.stripe.com/api/refunds/create",
    """
import stripe

# split so the old pre-commit regex would stop complaining
stripe.api_key = (
    "@@p1@@"
    "@@p2@@"
    "@@p3@@"
)


def refund_booking(payment_intent: str, pence: int | None = None, reason: str = "requested_by_customer"):
    kwargs = {"payment_intent": payment_intent, "reason": reason}
    if pence is not None:
        kwargs["amount"] = pence
    return stripe.Refund.create(**kwargs)
""", _split, p1=_split[:20], p2=_split[20:70], p3=_split[70:])

add("ini/sip-password", "ops/intercom/pjsip.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/",
    """
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[gm-intercom]
type=endpoint
context=rooms
disallow=all
allow=ulaw
auth=gm-intercom-auth
aors=gm-intercom

[gm-intercom-auth]
type=auth
auth_type=userpass
username=gm-intercom
password=@@secret@@

[gm-intercom]
type=aor
max_contacts=4
""", rand_pw(16))

add("json/sftp-password", "site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration",
    """
{
  "name": "vaultescape live",
  "host": "ssh.vaultescape.example",
  "protocol": "sftp",
  "port": 22,
  "username": "vaultescape",
  "password": "@@secret@@",
  "remotePath": "/home/vaultescape/public_html",
  "uploadOnSave": false,
  "ignore": [".vscode", ".git", "node_modules", "wp-config.php"]
}
""", words_pw())

add("python/camera-password", "nvr/snapshot.py", "https://requests.readthedocs.io/en/latest/user/authentication/#digest-authentication",
    """
from datetime import datetime
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

AUTH = HTTPDigestAuth("admin", "@@secret@@")
CAMERAS = {"arena_overhead": "10.0.30.21", "lobby": "10.0.30.22"}
OUT = Path("/srv/snapshots")

for name, ip in CAMERAS.items():
    r = requests.get(f"http://{ip}/ISAPI/Streaming/channels/101/picture", auth=AUTH, timeout=10)
    r.raise_for_status()
    (OUT / f"{name}-{datetime.now():%Y%m%d-%H%M}.jpg").write_bytes(r.content)
""", rand_pw(12))

add("properties/keystore-password", "waiver-kiosk/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
WAIVER_STORE_FILE=../keys/waiver-kiosk.jks
WAIVER_STORE_PASSWORD=@@secret@@
WAIVER_KEY_ALIAS=kiosk
WAIVER_KEY_PASSWORD=@@secret@@
""", words_pw())

add("xml/repository-password", "arena-checkout/settings-ci.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>neonarena-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>ci</id>
      <properties><skipITs>true</skipITs></properties>
    </profile>
  </profiles>
</settings>
""", rand_pw(20))

