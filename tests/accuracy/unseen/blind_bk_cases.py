"""Blind set BK: robotics, embedded and edge devices.

ROS 1 / ROS 2 launch files and parameter YAML, PlatformIO and Arduino sketches with their
secrets headers (Wi-Fi, MQTT, Blynk, ThingSpeak, Adafruit IO, Arduino Cloud), ESPHome, Tasmota,
ESP-IDF, MicroPython/CircuitPython and Zephyr configs, Balena and Mender fleet configs, AWS IoT and
Azure IoT Hub device credentials, Particle tokens, LoRaWAN keys, Yocto and Buildroot recipes,
firmware OTA signing notes, edge-gateway configs (Mosquitto, Node-RED, Telegraf, k3s, Tailscale),
and their decoys. Generated fakes only (seeds 560000-569999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
_SEED = [560000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 570000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 570000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Rover", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Gizmo", "Juniper", "Marlin", "Sprocket", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "servo", "gearbox"]
PETS = ["biscuit", "luna", "max", "pepper", "nala", "oscar", "milo", "daisy", "rocky", "coco"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def home_pw() -> str:
    """How people pick a home Wi-Fi or a lab password."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(PETS).capitalize() + str(r.randint(1990, 2024)) + r.choice("!#?")
    if form == 1:
        return r.choice(LOWER) + r.choice(PETS) + str(r.randint(10, 99))
    if form == 2:
        return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(100, 999))
    return r.choice(["summer", "winter", "spring", "autumn"]) + str(r.randint(2019, 2025)) + "!"


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict, sig_bytes: int = 256) -> str:
    r = _rng()
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64url(bytes(r.getrandbits(8) for _ in range(sig_bytes)))


def azure_key() -> str:
    return b64rand(32)


def blynk_token() -> str:
    return fakes.drawn_mixed(_seed(), 32, ALNUM + "_-")


def aio_key() -> str:
    return "aio_" + fakes.drawn_mixed(_seed(), 28)


def thingspeak_key() -> str:
    return fakes.drawn(_seed(), 16, UPPER_DIGITS)


def particle_token() -> str:
    return hexs(40)


def tailscale_key() -> str:
    return "tskey-auth-k" + fakes.drawn_mixed(_seed(), 10) + "CNTRL-" + fakes.drawn_mixed(_seed(), 32)


def ngrok_token() -> str:
    return "2" + fakes.drawn_mixed(_seed(), 26) + "_" + fakes.drawn_mixed(_seed(), 21)


def nvapi_key() -> str:
    return "nvapi-" + fakes.drawn_mixed(_seed(), 64, ALNUM + "-_")


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def influx_token() -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def k3s_token() -> str:
    return "K10" + hexs(64) + "::server:" + hexs(32)


def sha512_crypt() -> str:
    r = _rng()
    return "$6$" + "".join(r.choice(CRYPT64) for _ in range(16)) + "$" + "".join(r.choice(CRYPT64) for _ in range(86))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$10$" + "".join(r.choice(CRYPT64) for _ in range(53))


def mosquitto_hash() -> str:
    return "$7$101$" + b64rand(12) + "$" + b64rand(64)


def ansible_vault() -> str:
    body = hexs(320)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, 320, 80))


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(n)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def pub_pem() -> str:
    """An RSA-2048 SubjectPublicKeyInfo block, as AWS IoT hands out with a device certificate."""
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(342)) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bk/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bk/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


SRC_ARDUINO_SECRETS = "https://docs.arduino.cc/arduino-cloud/guides/arduino-c/ (arduino_secrets.h convention)"
SRC_PIO = "https://docs.platformio.org/en/latest/projectconf/index.html"
SRC_ESPHOME = "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file"

# --- Arduino arduino_secrets.h ----------------------------------------------------------------
ARDUINO_SECRETS = """// arduino_secrets.h
// Keep this tab out of version control (it is in .gitignore ... or it should be).
#define SECRET_SSID "@SSID@"
#define SECRET_PASS "@V@"
"""
ARDUINO_SECRETS_TS = """// Use this file to store all of the private credentials
// and connection details

#define SECRET_SSID "@SSID@"    // replace MySSID with your WiFi network name
#define SECRET_PASS "@WP@"  // replace MyPassword with your WiFi password

#define SECRET_CH_ID @CH@      // replace 0000000 with your channel number
#define SECRET_WRITE_APIKEY "@V@"   // replace XYZ with your channel write API Key
"""
SV("arduino-secrets-h", "wifi-password", "sketches/plant_monitor/arduino_secrets.h",
   ARDUINO_SECRETS + "\n// MKR1010 on the balcony\n", home_pw(), SRC_ARDUINO_SECRETS, ssid="Vodafone-4C21")
SV("arduino-secrets-h", "thingspeak-key", "WriteMultipleFields/secrets.h", ARDUINO_SECRETS_TS, thingspeak_key(),
   "https://github.com/mathworks/thingspeak-arduino/blob/master/examples/ESP32/WriteMultipleFields/secrets.h",
   ssid="Shed-Sensors", wp="", ch="2187436")
D("arduino-secrets-h", "placeholder", "ReadField/secrets.h",
  T(ARDUINO_SECRETS_TS, ssid="MySSID", wp="MyPassword", ch="0000000", v="XYZ"),
  "https://github.com/mathworks/thingspeak-arduino (example secrets.h)")
D("arduino-secrets-h", "empty", "firmware/thermostat/arduino_secrets.h",
  """// Arduino Cloud generates this tab; fill it in on your machine, never commit values.
// The device key is shown once when the device is added in Arduino Cloud
// (Devices > Add > "Save your Secret Key").

#define SECRET_SSID ""
#define SECRET_OPTIONAL_PASS ""
#define SECRET_DEVICE_KEY ""
""", SRC_ARDUINO_SECRETS)
SV("arduino-secrets-h", "arduino-cloud-device-key", "ArduinoCloud/Greenhouse_jun12a/arduino_secrets.h",
   """#define SECRET_SSID "@SSID@"
#define SECRET_OPTIONAL_PASS ""
#define SECRET_DEVICE_KEY "@V@"
// Device: ESP32-S3 greenhouse #2, thing "Greenhouse_jun12a"
// (pass is set over the Arduino Cloud Wi-Fi provisioning on first boot)
""", fakes.drawn(_seed(), 20, UPPER_DIGITS), SRC_ARDUINO_SECRETS, ssid="greenhouse-iot")

# --- Arduino sketches (.ino) --------------------------------------------------------------------
MQTT_INO = """#include <WiFi.h>
#include <PubSubClient.h>
#include <DHT.h>

const char* ssid = "@SSID@";
const char* password = "@WP@";
const char* mqtt_server = "@BROKER@";
const int   mqtt_port = @PORT@;
const char* mqtt_user = "@USER@";
const char* mqtt_pass = @MQ@;

WiFiClient espClient;
PubSubClient client(espClient);
DHT dht(4, DHT22);

void setup_wifi() {
  delay(10);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println(WiFi.localIP());
}

void reconnect() {
  while (!client.connected()) {
    if (client.connect("esp32-attic", mqtt_user, mqtt_pass)) {
      client.subscribe("attic/fan/set");
    } else {
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  dht.begin();
  setup_wifi();
  client.setServer(mqtt_server, mqtt_port);
}

void loop() {
  if (!client.connected()) reconnect();
  client.loop();
  char buf[16];
  dtostrf(dht.readTemperature(), 4, 1, buf);
  client.publish("attic/temperature", buf);
  delay(30000);
}
"""
SRC_PUBSUB = "https://github.com/knolleary/pubsubclient/blob/master/examples/mqtt_esp8266/mqtt_esp8266.ino"
_p = home_pw()
S("arduino-ino", "wifi-password", "attic_fan/attic_fan.ino",
  T(MQTT_INO, ssid="FRITZ!Box 7530 QX", wp=_p, broker="192.168.178.40", port="1883", user="", mq="NULL"), _p, SRC_PUBSUB)
_p = rand_pw(16)
S("arduino-ino", "mqtt-password", "src/attic-sensor.ino",
  crlf(T(MQTT_INO, ssid="SECRET_SSID_FROM_PORTAL", wp="", broker="a1b2c3.s1.eu.hivemq.cloud", port="8883",
         user="attic-esp32", mq='"' + _p + '"')), _p, SRC_PUBSUB)
D("arduino-ino", "placeholder", "examples/mqtt_dht/mqtt_dht.ino",
  T(MQTT_INO, ssid="YOUR_SSID", wp="YOUR_WIFI_PASSWORD", broker="broker.example.com", port="1883",
    user="YOUR_MQTT_USER", mq='"YOUR_MQTT_PASSWORD"'), SRC_PUBSUB)

BLYNK_INO = """/*************************************************************
  Blynk IoT: soil moisture + pump relay on an ESP8266
 *************************************************************/
#define BLYNK_TEMPLATE_ID   "TMPL4@TID@"
#define BLYNK_TEMPLATE_NAME "Garden Pump"
#define BLYNK_AUTH_TOKEN    @V@

#define BLYNK_PRINT Serial
#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

char ssid[] = @SSID@;
char pass[] = @WP@;

BlynkTimer timer;

BLYNK_WRITE(V1) {
  digitalWrite(D5, param.asInt());
}

void sendMoisture() {
  int raw = analogRead(A0);
  Blynk.virtualWrite(V0, map(raw, 1024, 300, 0, 100));
}

void setup() {
  Serial.begin(115200);
  pinMode(D5, OUTPUT);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
  timer.setInterval(10000L, sendMoisture);
}

void loop() {
  Blynk.run();
  timer.run();
}
"""
SRC_BLYNK = "https://docs.blynk.io/en/blynk.edgent/supported-boards (Blynk.begin example)"
_t = blynk_token()
S("arduino-ino", "blynk-token", "garden_pump/garden_pump.ino",
  T(BLYNK_INO, tid=fakes.drawn(_seed(), 6, UPPER_DIGITS), v='"' + _t + '"', ssid='"WIFI_SSID"', wp='""'), _t, SRC_BLYNK)
D("arduino-ino", "placeholder", "blynk_quickstart/blynk_quickstart.ino",
  T(BLYNK_INO, tid="xxxxxx", v='"YourAuthToken"', ssid='"YourNetworkName"', wp='"YourPassword"'), SRC_BLYNK)
_p = home_pw()
S("arduino-ino", "wifi-password", "Pump_Controller_v2/Pump_Controller_v2.ino",
  crlf(T(BLYNK_INO, tid=fakes.drawn(_seed(), 6, UPPER_DIGITS), v="BLYNK_TOKEN_FROM_BUILD_FLAGS",
         ssid='"TP-Link_9F3A"', wp='"' + _p + '"')), _p, SRC_BLYNK)

S("arduino-ino", "blynk-token", "legacy/blynk_legacy_relay.ino", """#define BLYNK_PRINT Serial
#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

// You should get Auth Token in the Blynk App.
// Go to the Project Settings (nut icon).
char auth[] = "@V@";

// Your WiFi credentials.
char ssid[] = "garage";
char pass[] = "";   // open network behind the garage AP

void setup()
{
  Serial.begin(9600);
  Blynk.begin(auth, ssid, pass, "blynk.local-server.lan", 8080);
}

void loop()
{
  Blynk.run();
}
""".replace("@V@", _t2 := fakes.drawn_mixed(_seed(), 32, ALNUM + "_-")), _t2,
  "https://github.com/blynkkk/blynk-library/blob/master/examples/Boards_WiFi/ESP8266_Standalone/ESP8266_Standalone.ino")

OTA_INO = """#include <WiFi.h>
#include <ESPmDNS.h>
#include <WiFiUdp.h>
#include <ArduinoOTA.h>
#include "secrets.h"   // WIFI_SSID, WIFI_PASS

void setup() {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.waitForConnectResult() != WL_CONNECTED) {
    delay(5000);
    ESP.restart();
  }

  ArduinoOTA.setHostname("@HOST@");
@OTA@

  ArduinoOTA
    .onStart([]() { Serial.println("OTA start"); })
    .onEnd([]() { Serial.println("\\nOTA end"); })
    .onError([](ota_error_t error) { Serial.printf("Error[%u]\\n", error); });
  ArduinoOTA.begin();
}

void loop() {
  ArduinoOTA.handle();
}
"""
SRC_OTA = "https://github.com/espressif/arduino-esp32/blob/master/libraries/ArduinoOTA/examples/BasicOTA/BasicOTA.ino"
_p = words_pw()
S("arduino-ino", "ota-password", "doorbell/doorbell.ino",
  T(OTA_INO, host="doorbell-cam", ota='  ArduinoOTA.setPassword("' + _p + '");'), _p, SRC_OTA)
D("arduino-ino", "commented-example", "BasicOTA/BasicOTA.ino",
  T(OTA_INO, host="myesp32", ota='  // No authentication by default\n  // ArduinoOTA.setPassword("admin");\n'
    '  // Password can be set with it\'s md5 value as well\n  // MD5(admin) = 21232f297a57a5a743894a0e4a801fc3\n'
    '  // ArduinoOTA.setPasswordHash("21232f297a57a5a743894a0e4a801fc3");'), SRC_OTA)
D("arduino-ino", "env-macro", "src/main_ota.ino",
  T(OTA_INO, host="shelf-leds", ota="  ArduinoOTA.setPassword(OTA_PASSWORD);  // injected by platformio.ini from ${sysenv.OTA_PASSWORD}"),
  SRC_OTA)

BLE_INO = """#include <BLEDevice.h>
#include <BLEUtils.h>
#include <BLEServer.h>

// See the following for generating UUIDs:
// https://www.uuidgenerator.net/
#define SERVICE_UUID        "@U1@"
#define CHARACTERISTIC_UUID "@U2@"
#define PAIRING_HINT        "passkey is shown on the OLED at boot"

void setup() {
  Serial.begin(115200);
  BLEDevice::init("RoverTelemetry");
  BLEServer *pServer = BLEDevice::createServer();
  BLEService *pService = pServer->createService(SERVICE_UUID);
  BLECharacteristic *pCharacteristic = pService->createCharacteristic(
      CHARACTERISTIC_UUID,
      BLECharacteristic::PROPERTY_READ | BLECharacteristic::PROPERTY_WRITE);
  pCharacteristic->setValue("battery=87");
  pService->start();
  BLEAdvertising *pAdvertising = BLEDevice::getAdvertising();
  pAdvertising->addServiceUUID(SERVICE_UUID);
  BLEDevice::startAdvertising();
}

void loop() {
  delay(2000);
}
"""
D("arduino-ino", "ble-uuid", "rover_ble/rover_ble.ino",
  T(BLE_INO, u1=fakes.uuid4(_seed()), u2=fakes.uuid4(_seed())),
  "https://github.com/espressif/arduino-esp32/blob/master/libraries/BLE/examples/Server/Server.ino")

AWS_SECRETS_H = """#include <pgmspace.h>

#define SECRET
#define THINGNAME "@THING@"

const char WIFI_SSID[] = "@SSID@";
const char WIFI_PASSWORD[] = @WP@;
const char AWS_IOT_ENDPOINT[] = "@EP@-ats.iot.@REGION@.amazonaws.com";

// Amazon Root CA 1
static const char AWS_CERT_CA[] PROGMEM = R"EOF(
@CA@
)EOF";

// Device Certificate
static const char AWS_CERT_CRT[] PROGMEM = R"KEY(
@CRT@
)KEY";

// Device Private Key
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
@KEY@
)KEY";
"""
SRC_AWS_ESP = "https://aws.amazon.com/blogs/compute/building-an-aws-iot-core-device-using-aws-serverless-and-an-esp32/"
_k = fakes.fake_pem(_seed(), "RSA")
S("arduino-secrets-h", "private-key", "esp32-aws-iot/secrets.h",
  T(AWS_SECRETS_H, thing="weather-station-07", ssid="lab-2g", wp="WIFI_PASSWORD_FROM_NVS", ep=fakes.drawn(_seed(), 14, string.ascii_lowercase + string.digits),
    region="eu-west-1", ca=cert_pem(), crt=cert_pem(), key=_k), _k, SRC_AWS_ESP)
D("arduino-secrets-h", "template", "esp32-aws-iot/secrets.h.example",
  T(AWS_SECRETS_H, thing="YOUR_THING_NAME", ssid="", wp='""', ep="xxxxxxxxxxxxxx", region="us-east-1",
    ca="-----BEGIN CERTIFICATE-----\n(paste AmazonRootCA1.pem here)\n-----END CERTIFICATE-----",
    crt="-----BEGIN CERTIFICATE-----\n(paste xxxxxxxxxx-certificate.pem.crt here)\n-----END CERTIFICATE-----",
    key="-----BEGIN RSA PRIVATE KEY-----\n(paste xxxxxxxxxx-private.pem.key here)\n-----END RSA PRIVATE KEY-----"),
  SRC_AWS_ESP)
D("arduino-secrets-h", "root-ca-only", "lib/aws_root_ca/aws_root_ca.h", """#pragma once
#include <pgmspace.h>

// Amazon Root CA 1, public. Device cert and key are provisioned to NVS at the factory
// (see tools/provision.py); nothing secret belongs in this header.
static const char AWS_CERT_CA[] PROGMEM = R"EOF(
@CA@
)EOF";
""".replace("@CA@", cert_pem()), SRC_AWS_ESP)

# --- Adafruit IO / ThingSpeak / misc headers ------------------------------------------------------
ADAFRUIT_CONFIG = """/************************ Adafruit IO Config *******************************/

// visit io.adafruit.com if you need to create an account,
// or if you need your Adafruit IO key.
#define IO_USERNAME "@USER@"
#define IO_KEY "@KEY@"

/******************************* WIFI **************************************/

#define WIFI_SSID "@SSID@"
#define WIFI_PASS "@WP@"

// comment out the following lines if you are using fona or ethernet
#include "AdafruitIO_WiFi.h"

AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
"""
SRC_AIO = "https://github.com/adafruit/Adafruit_IO_Arduino/blob/master/examples/adafruitio_00_publish/config.h"
_k = aio_key()
S("arduino-config-h", "adafruit-io-key", "aquarium_feeder/config.h",
  T(ADAFRUIT_CONFIG, user="kmorales", key=_k, ssid="Hydro", wp="see-1password"), _k, SRC_AIO)
D("arduino-config-h", "placeholder", "adafruitio_00_publish/config.h",
  T(ADAFRUIT_CONFIG, user="your_username", key="your_key", ssid="your_ssid", wp="your_pass"), SRC_AIO)

TASMOTA = """/*
  user_config_override.h - user configuration overrides my_user_config.h for Tasmota
*/
#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  CFG_HOLDER
#define CFG_HOLDER        4618                   // [Reset 1] Change this value to load SECTION1 configuration parameters to flash

#undef  STA_SSID1
#define STA_SSID1         "@SSID@"
#undef  STA_PASS1
#define STA_PASS1         "@WP@"

#undef  MQTT_HOST
#define MQTT_HOST         "mqtt.home.arpa"
#undef  MQTT_PORT
#define MQTT_PORT         1883
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
#define MQTT_PASS         "@MP@"

#undef  FRIENDLY_NAME
#define FRIENDLY_NAME     "Dryer Plug"

#endif  // _USER_CONFIG_OVERRIDE_H_
"""
SRC_TASMOTA = "https://tasmota.github.io/docs/Compile-your-build/#user_config_overrideh"
_p = home_pw()
S("tasmota-header", "wifi-password", "tasmota/user_config_override.h", T(TASMOTA, ssid="Casa_2G", wp=_p, mp=""), _p, SRC_TASMOTA)
_p = rand_pw(24)
S("tasmota-header", "mqtt-password", "firmware/tasmota-dryer/user_config_override.h",
  T(TASMOTA, ssid="", wp="", mp=_p), _p, SRC_TASMOTA)
D("tasmota-header", "empty", "tasmota/user_config_override_sample.h", T(TASMOTA, ssid="", wp="", mp=""), SRC_TASMOTA)

# --- PlatformIO ---------------------------------------------------------------------------------------
PIO = r"""; PlatformIO Project Configuration File
;
;   Build options: build flags, source filter
;   Upload options: custom upload port, speed and extra flags
;   Library options: dependencies, extra library storages
;
; Please visit documentation for the other options and examples
; https://docs.platformio.org/page/projectconf.html

[platformio]
default_envs = esp32dev

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4

[env:esp32dev]
platform = espressif32
board = esp32dev
build_flags =
    -DCORE_DEBUG_LEVEL=3
@FLAGS@

[env:esp32dev_ota]
extends = env:esp32dev
upload_protocol = espota
upload_port = 192.168.1.57
@UPLOAD@
"""
_p = home_pw()
S("platformio-ini", "wifi-password", "platformio.ini",
  T(PIO, flags='    -DWIFI_SSID=\\"HomeNet-5G\\"\n    -DWIFI_PASS=\\"' + _p + '\\"', upload="upload_flags =\n    --port=3232"), _p, SRC_PIO)
_p = rand_pw(12)
S("platformio-ini", "ota-password", "firmware/greenhouse/platformio.ini",
  T(PIO, flags="    '-DWIFI_SSID=\"${sysenv.WIFI_SSID}\"'\n    '-DWIFI_PASS=\"${sysenv.WIFI_PASS}\"'",
    upload="upload_flags =\n    --port=3232\n    --auth=" + _p), _p, SRC_PIO)
D("platformio-ini", "env-interpolation", "controller/platformio.ini",
  T(PIO, flags="    '-DWIFI_SSID=\"${sysenv.WIFI_SSID}\"'\n    '-DWIFI_PASS=\"${sysenv.WIFI_PASS}\"'\n    '-DMQTT_PASS=\"${sysenv.MQTT_PASS}\"'",
    upload="upload_flags =\n    --port=3232\n    --auth=${sysenv.OTA_PASSWORD}"), SRC_PIO)
D("platformio-ini", "extra-script", "node/platformio.ini",
  T(PIO, flags="    -DFW_VERSION=\\\"1.4.2\\\"\nextra_scripts = pre:scripts/load_secrets.py  ; reads .secrets.ini (gitignored)",
    upload="upload_flags = --port=3232"), SRC_PIO)
_p = words_pw()
S("platformio-ini", "mqtt-password", "projects/bench-psu/platformio.ini", r"""[env:d1_mini]
platform = espressif8266
board = d1_mini
framework = arduino
monitor_speed = 115200
board_build.filesystem = littlefs
lib_deps =
    me-no-dev/ESPAsyncTCP
    marvinroger/AsyncMqttClient@^0.9.0
build_flags =
    -D MQTT_HOST=IPAddress(10,0,20,5)
    -D MQTT_USER=\"benchpsu\"
    -D MQTT_PASSWORD=\"@V@\"
    -D PIO_FRAMEWORK_ARDUINO_LWIP2_HIGHER_BANDWIDTH
""".replace("@V@", _p), _p, SRC_PIO)

# --- MicroPython / CircuitPython ----------------------------------------------------------------------------
_p = home_pw()
S("micropython", "wifi-password", "boot.py", """# This file is executed on every boot (including wake-boot from deepsleep)
import esp
esp.osdebug(None)
import network
import time
import webrepl

def do_connect():
    sta = network.WLAN(network.STA_IF)
    if not sta.isconnected():
        print('connecting to network...')
        sta.active(True)
        sta.connect('Lab-IoT', '@V@')
        for _ in range(20):
            if sta.isconnected():
                break
            time.sleep(0.5)
    print('network config:', sta.ifconfig())

do_connect()
webrepl.start()
""".replace("@V@", _p), _p, "https://docs.micropython.org/en/latest/esp8266/tutorial/network_basics.html")
_p = rand_pw(18, "-_")
S("micropython", "mqtt-password", "main.py", """from umqtt.simple import MQTTClient
from machine import Pin, ADC, deepsleep
import ubinascii, machine, time

CLIENT_ID = ubinascii.hexlify(machine.unique_id())
BROKER = "io.lan"
TOPIC = b"beehive/weight"

hx = ADC(Pin(34))
hx.atten(ADC.ATTN_11DB)

def publish():
    c = MQTTClient(CLIENT_ID, BROKER, user="beehive", password="@V@", keepalive=60)
    c.connect()
    c.publish(TOPIC, str(hx.read()).encode())
    c.disconnect()

try:
    publish()
except OSError as e:
    print("mqtt failed", e)
time.sleep(1)
deepsleep(15 * 60 * 1000)
""".replace("@V@", _p), _p, "https://github.com/micropython/micropython-lib/tree/master/micropython/umqtt.simple")
D("micropython", "placeholder", "examples/wifi_connect.py", """# Copy to the board as boot.py and edit SSID / PASSWORD before uploading.
import network

SSID = "<your-ssid>"
PASSWORD = "<your-password>"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
if not wlan.isconnected():
    wlan.connect(SSID, PASSWORD)
    while not wlan.isconnected():
        pass
print(wlan.ifconfig())
""", "https://docs.micropython.org/en/latest/esp32/quickref.html#networking")

SETTINGS_TOML = """# settings.toml, read by CircuitPython at boot (os.getenv)
CIRCUITPY_WIFI_SSID = "@SSID@"
CIRCUITPY_WIFI_PASSWORD = "@WP@"
CIRCUITPY_WEB_API_PASSWORD = "@WEB@"
CIRCUITPY_WEB_API_PORT = 80

ADAFRUIT_AIO_USERNAME = "@AU@"
ADAFRUIT_AIO_KEY = "@AK@"
TIMEZONE = "Europe/Berlin"
"""
SRC_CP = "https://docs.circuitpython.org/en/latest/docs/environment.html"
_p = home_pw()
S("circuitpython-settings", "wifi-password", "CIRCUITPY/settings.toml",
  T(SETTINGS_TOML, ssid="KitchenMesh", wp=_p, web="", au="", ak=""), _p, SRC_CP)
_k = aio_key()
S("circuitpython-settings", "adafruit-io-key", "pyportal/settings.toml",
  T(SETTINGS_TOML, ssid="", wp="", web="", au="jkowalski", ak=_k), _k, SRC_CP)
D("circuitpython-settings", "placeholder", "docs/settings.toml.sample",
  T(SETTINGS_TOML, ssid="your-wifi-ssid", wp="your-wifi-password", web="passw0rd", au="your-aio-username",
    ak="your-aio-key"), SRC_CP)
_p = words_pw()
S("circuitpython-secrets", "wifi-password", "secrets.py", """# This file is where you keep secret settings, passwords, and tokens!
# If you put them in the code you risk committing that info or sharing it

secrets = {
    'ssid' : 'Workshop',
    'password' : '@V@',
    'timezone' : "America/New_York",  # http://worldtimeapi.org/timezones
    'aio_username' : 'makerspace',
    'aio_key' : '',   # moved to settings.toml
}
""".replace("@V@", _p), _p, "https://learn.adafruit.com/adafruit-pyportal/internet-connect")

# --- ESPHome ------------------------------------------------------------------------------------------
ESPHOME = """substitutions:
  name: @NAME@
  friendly_name: @FRIENDLY@

esphome:
  name: ${name}
  friendly_name: ${friendly_name}

esp32:
  board: esp32-c3-devkitm-1
  framework:
    type: esp-idf

logger:

api:
  encryption:
    key: @API@

ota:
  - platform: esphome
    password: @OTA@

wifi:
  ssid: @SSID@
  password: @WP@
  ap:
    ssid: "${friendly_name} Fallback"
    password: @AP@

captive_portal:

sensor:
  - platform: bme280_i2c
    address: 0x76
    temperature:
      name: "Temperature"
    humidity:
      name: "Humidity"
    update_interval: 60s
"""
_k = b64rand(32)
S("esphome-yaml", "api-encryption-key", "esphome/office-climate.yaml",
  T(ESPHOME, name="office-climate", friendly="Office Climate", api='"' + _k + '"', ota="!secret ota_password",
    ssid="!secret wifi_ssid", wp="!secret wifi_password", ap="!secret fallback_password"), _k, SRC_ESPHOME)
_k = hexs(32)
S("esphome-yaml", "ota-password", "esphome/garage-door.yaml",
  T(ESPHOME, name="garage-door", friendly="Garage Door", api="!secret api_key", ota='"' + _k + '"',
    ssid="!secret wifi_ssid", wp="!secret wifi_password", ap="!secret fallback_password"), _k, SRC_ESPHOME)
_k = rand_pw(12)
S("esphome-yaml", "fallback-ap-password", "config/esphome/bathroom-fan.yaml",
  T(ESPHOME, name="bathroom-fan", friendly="Bathroom Fan", api="!secret api_key", ota="!secret ota_password",
    ssid="!secret wifi_ssid", wp="!secret wifi_password", ap='"' + _k + '"'), _k, SRC_ESPHOME)
D("esphome-yaml", "secret-tag", "esphome/living-room-co2.yaml",
  T(ESPHOME, name="living-room-co2", friendly="Living Room CO2", api="!secret api_key", ota="!secret ota_password",
    ssid="!secret wifi_ssid", wp="!secret wifi_password", ap="!secret fallback_password"), SRC_ESPHOME)
D("esphome-yaml", "substitution", "esphome/packages/common.yaml",
  T(ESPHOME, name="node", friendly="Node", api="${api_key}", ota="${ota_password}",
    ssid="${wifi_ssid}", wp="${wifi_password}", ap="${ap_password}"), "https://esphome.io/components/substitutions.html")

ESPHOME_SECRETS = """# Your Wi-Fi SSID and password
wifi_ssid: "@SSID@"
wifi_password: "@WP@"

# generated with `openssl rand -base64 32`
api_key: "@API@"
ota_password: "@OTA@"
fallback_password: "@AP@"
"""
_p = home_pw()
S("esphome-secrets", "wifi-password", "esphome/secrets.yaml",
  T(ESPHOME_SECRETS, ssid="Hausnetz", wp=_p, api="", ota="", ap=""), _p, SRC_ESPHOME)
_k = b64rand(32)
S("esphome-secrets", "api-encryption-key", "homeassistant/esphome/secrets.yaml",
  T(ESPHOME_SECRETS, ssid="", wp="", api=_k, ota="", ap=""), _k, SRC_ESPHOME)
D("esphome-secrets", "placeholder", "esphome/secrets.example.yaml",
  T(ESPHOME_SECRETS, ssid="your-ssid", wp="your-wifi-password", api="REPLACE_WITH_BASE64_32_BYTES",
    ota="changeme", ap="changeme"), SRC_ESPHOME)

# --- Zigbee2MQTT / Home Assistant -------------------------------------------------------------------
Z2M = """homeassistant:
  enabled: true
frontend:
  enabled: true
  port: 8080
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://core-mosquitto:1883
  user: addons
  password: @V@
serial:
  port: /dev/ttyUSB0
  adapter: ember
advanced:
  network_key: GENERATE
  pan_id: GENERATE
  ext_pan_id: GENERATE
  log_level: info
devices: devices.yaml
groups: groups.yaml
"""
SRC_Z2M = "https://www.zigbee2mqtt.io/guide/configuration/"
_p = rand_pw(48)
SV("zigbee2mqtt", "mqtt-password", "zigbee2mqtt/configuration.yaml", Z2M, _p, SRC_Z2M)
DV("zigbee2mqtt", "secret-reference", "docker/zigbee2mqtt/data/configuration.yaml", Z2M, "'!secret.yaml password'", SRC_Z2M)

# --- ROS 2 parameter YAML ----------------------------------------------------------------------------
SRC_MQTT_CLIENT = "https://github.com/ika-rwth-aachen/mqtt_client/blob/main/mqtt_client/config/params.ros2.yaml"
MQTT_CLIENT_PARAMS = """/**/*:
  ros__parameters:
    broker:
      host: @HOST@
      port: @PORT@
      user: @USER@
      pass: @V@
      tls:
        enabled: @TLS@
        ca_certificate: /opt/robot/certs/ca.crt
    client:
      id: amr-@ID@
      clean_session: true
      keep_alive_interval: 10.0
    bridge:
      ros2mqtt:
        ros_topics:
          - /battery_state
          - /diagnostics_agg
        /battery_state:
          mqtt_topic: fleet/amr-@ID@/battery
          primitive: false
      mqtt2ros:
        mqtt_topics:
          - fleet/amr-@ID@/cmd
        fleet/amr-@ID@/cmd:
          ros_topic: /fleet_cmd
          primitive: true
"""
SV("ros2-params", "mqtt-password", "src/amr_bringup/config/mqtt_client.yaml", MQTT_CLIENT_PARAMS, rand_pw(22),
   SRC_MQTT_CLIENT, host="mqtt.fleet.internal", port="8883", user="amr-014", tls="true", id="014")
SV("ros2-params", "mqtt-password", "config/bridge_params.yaml", MQTT_CLIENT_PARAMS, '"' + words_pw() + '"',
   SRC_MQTT_CLIENT, host="10.42.0.1", port="1883", user='"robot"', tls="false", id="003")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text, CASES[-1].secret.strip('"'), CASES[-1].source)
DV("ros2-params", "empty", "mqtt_client/config/params.ros2.yaml", MQTT_CLIENT_PARAMS, '""', SRC_MQTT_CLIENT,
   host="localhost", port="1883", user='""', tls="false", id="demo")

SRC_RMF = "https://github.com/open-rmf/fleet_adapter_template/blob/main/fleet_adapter_template/config.yaml"
RMF = """# FLEET CONFIG =================================================================
# RMF Fleet parameters

rmf_fleet:
  name: "tinyRobot"
  limits:
    linear: [0.5, 0.75] # velocity, acceleration
    angular: [0.6, 2.0] # velocity, acceleration
  profile: # Robot profile is modelled as a circle
    footprint: 0.3 # radius in m
    vicinity: 0.5 # radius in m
  reversible: True # whether robots in this fleet can reverse
  battery_system:
    voltage: 12.0 # V
    capacity: 24.0 # Ahr
    charging_current: 5.0 # A
  recharge_threshold: 0.10
  publish_fleet_state: 10.0 # Publish frequency for fleet state

# Fleet manager API
fleet_manager:
  ip: "@IP@"
  port: 22011
  user: "@USER@"
  password: "@V@"

robots:
  tinyRobot1:
    robot_config:
      max_delay: 15.0 # allowed seconds of delay of the current itinerary before it gets interrupted and replanned
    rmf_config:
      robot_state_update_frequency: 10.0
      start:
        map_name: "L1"
        waypoint: "tinyRobot1_charger"
        orientation: 0.0 # radians
      charger:
        waypoint: "tinyRobot1_charger"
"""
DV("rmf-fleet-config", "template-value", "fleet_adapter_template/config.yaml", RMF, "some_password", SRC_RMF,
   ip="127.0.0.1", user="some_user")
SV("rmf-fleet-config", "password", "hospital_fleet/config/deliverybot.yaml", RMF, words_pw(), SRC_RMF,
   ip="10.20.4.11", user="rmf_adapter")

SRC_CAM = "https://github.com/ros-drivers/gscam/blob/ros2/examples/gscam_params.yaml"
_p = home_pw()
S("ros2-params", "rtsp-basic-auth", "src/perimeter_cams/config/cams.yaml", """gate_cam:
  ros__parameters:
    camera_name: gate_cam
    frame_id: gate_cam_optical
    gscam_config: >-
      rtspsrc location=rtsp://admin:@V@@192.168.50.64:554/Streaming/Channels/101
      latency=100 ! rtph264depay ! h264parse ! avdec_h264 ! videoconvert
    sync_sink: false
    use_gst_timestamps: true
    camera_info_url: package://perimeter_cams/calib/gate_cam.yaml
""".replace("@V@", _p), _p, SRC_CAM)
D("ros2-params", "rtsp-env", "src/perimeter_cams/config/cams_template.yaml", """dock_cam:
  ros__parameters:
    camera_name: dock_cam
    frame_id: dock_cam_optical
    # user and password come from the robot's env file, substituted by the launch file
    gscam_config: >-
      rtspsrc location=rtsp://${CAM_USER}:${CAM_PASSWORD}@192.168.50.65:554/Streaming/Channels/101
      latency=100 ! rtph264depay ! h264parse ! avdec_h264 ! videoconvert
    sync_sink: false
    camera_info_url: package://perimeter_cams/calib/dock_cam.yaml
""", SRC_CAM)

_s = fakes.aws_secret_key(_seed())
S("ros2-params", "aws-secret-key", "config/rosbag_uploader.yaml", """rosbag_uploader:
  ros__parameters:
    bucket: amr-field-logs-eu
    prefix: site-lyon/amr-021/
    region: eu-west-3
    upload_on_dock: true
    max_bag_age_hours: 72
    # TODO(juliette): switch to the instance profile once the edge box has one
    aws_access_key_id: @ID@
    aws_secret_access_key: @V@
    multipart_chunk_mb: 16
""".replace("@ID@", fakes.aws_key_id(_seed())).replace("@V@", _s), _s,
  "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html")
D("ros2-params", "no-credentials", "cloudwatch_logger/config/sample_configuration.yaml", """cloudwatch_logger:
  ros__parameters:
    log_group_name: robot_application_name
    log_stream_name: device_name
    publish_frequency: 5.0
    sub_to_rosout: true
    topics: ["/rosout_agg"]
    min_log_verbosity: DEBUG
    # credentials come from the default provider chain (instance profile / ~/.aws)
    aws_client_configuration:
      region: "us-west-2"
      connect_timeout_ms: 9000
      request_timeout_ms: 9000
""", "https://github.com/aws-robotics/cloudwatchlogs-ros2/blob/master/cloudwatch_logger/config/sample_configuration.yaml")

# --- ROS 1 mqtt_bridge / launch XML -------------------------------------------------------------------
MQTT_BRIDGE = """mqtt:
  client:
    protocol: 4      # MQTTv311
  connection:
    host: @HOST@
    port: 1883
    keepalive: 60
  account:
    username: @USER@
    password: @V@
  private_path: device/001
serializer: msgpack:dumps
deserializer: msgpack:loads
bridge:
  # ping pong
  - factory: mqtt_bridge.bridge:RosToMqttBridge
    msg_type: std_msgs.msg:Bool
    topic_from: /ping
    topic_to: ping
  - factory: mqtt_bridge.bridge:MqttToRosBridge
    msg_type: std_msgs.msg:Bool
    topic_from: ping
    topic_to: /pong
"""
SRC_MQTT_BRIDGE = "https://github.com/groove-x/mqtt_bridge/blob/master/config/demo_params.yaml"
SV("ros1-params", "mqtt-password", "mqtt_bridge/config/warehouse_params.yaml", MQTT_BRIDGE, passphrase(), SRC_MQTT_BRIDGE,
   host="broker.warehouse.lan", user="agv01")
DV("ros1-params", "commented-placeholder", "mqtt_bridge/config/demo_params.yaml",
   MQTT_BRIDGE.replace("  account:\n    username: @USER@\n    password: @V@\n",
                       "  # account:\n  #   username: USERNAME\n  #   password: PASSWORD\n"), "", SRC_MQTT_BRIDGE, host="localhost")

AXIS_LAUNCH = """<launch>
  <arg name="camera" default="axis" />
  <arg name="hostname" default="@HOST@" />
  <arg name="enable_theora" default="0" />
  <arg name="enable_ptz" default="1" />
  <arg name="username" default="root" />
  <arg name="password" default="@V@" />

  <group ns="$(arg camera)">
    <param name="hostname" value="$(arg hostname)" />
    <param name="width" value="704" />
    <param name="height" value="576" />
    <node pkg="axis_camera" type="axis.py" name="axis">
      <param name="username" value="$(arg username)" />
      <param name="password" value="$(arg password)" />
    </node>
    <node pkg="axis_camera" type="axis_ptz.py" name="axis_ptz" if="$(arg enable_ptz)">
      <param name="hostname" value="$(arg hostname)" />
      <param name="username" value="$(arg username)" />
      <param name="password" value="$(arg password)" />
    </node>
  </group>
</launch>
"""
SRC_AXIS = "https://github.com/ros-drivers/axis_camera/blob/master/launch/axis.launch"
SV("ros1-launch", "camera-password", "husky_cams/launch/front_ptz.launch", AXIS_LAUNCH, home_pw(), SRC_AXIS, host="192.168.131.20")
DV("ros1-launch", "optenv", "axis_camera/launch/axis.launch", AXIS_LAUNCH, "$(optenv AXIS_PASSWORD)", SRC_AXIS, host="192.168.0.90")
DV("ros1-launch", "arg-required", "launch/ptz_bringup.launch", AXIS_LAUNCH.replace('default="@V@"', ""), "", SRC_AXIS, host="$(env PTZ_HOST)")

_p = rand_pw(16)
S("ros1-launch", "db-password", "launch/warehouse_mongo.launch", """<launch>
  <!-- MoveIt warehouse on the shared lab MongoDB (not the per-robot one) -->
  <arg name="moveit_warehouse_database_path" default="$(find ur5_moveit_config)/default_warehouse_mongo_db" />
  <param name="warehouse_plugin" value="warehouse_ros_mongo::MongoDatabaseConnection" />
  <param name="warehouse_host" value="mongo.lab.local" />
  <param name="warehouse_port" value="27017" />
  <param name="warehouse_exec" value="mongod" />
  <node name="grasp_logger" pkg="lab_tools" type="grasp_logger.py" output="screen">
    <param name="mongo_uri" value="mongodb://grasps:@V@@mongo.lab.local:27017/grasps?authSource=admin" />
    <param name="flush_every" value="50" />
  </node>
</launch>
""".replace("@V@", _p), _p, "https://github.com/ros-planning/warehouse_ros_mongo")

# --- ROS 2 Python launch files -------------------------------------------------------------------------
_p = words_pw()
S("ros2-launch", "mqtt-password", "amr_bringup/launch/telemetry.launch.py", '''import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node


def generate_launch_description():
    robot_id = LaunchConfiguration("robot_id")
    cfg = os.path.join(get_package_share_directory("amr_bringup"), "config", "telemetry.yaml")

    return LaunchDescription([
        DeclareLaunchArgument("robot_id", default_value="amr-007"),
        Node(
            package="mqtt_client",
            executable="mqtt_client",
            name="mqtt_client",
            output="screen",
            parameters=[cfg, {
                "broker.host": "mqtt.plant3.corp",
                "broker.port": 8883,
                "broker.user": "telemetry",
                "broker.pass": "@V@",
                "client.id": robot_id,
            }],
        ),
    ])
'''.replace("@V@", _p), _p, "https://docs.ros.org/en/humble/Tutorials/Intermediate/Launch/Using-ROS2-Launch-For-Large-Projects.html")
D("ros2-launch", "launch-configuration", "amr_bringup/launch/telemetry_secure.launch.py", '''from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.substitutions import EnvironmentVariable, LaunchConfiguration
from launch_ros.actions import Node


def generate_launch_description():
    return LaunchDescription([
        DeclareLaunchArgument("mqtt_password", default_value=EnvironmentVariable("MQTT_PASSWORD"),
                              description="broker password; set it in /etc/robot/robot.env"),
        Node(
            package="mqtt_client",
            executable="mqtt_client",
            name="mqtt_client",
            parameters=[{
                "broker.host": "mqtt.plant3.corp",
                "broker.user": "telemetry",
                "broker.pass": LaunchConfiguration("mqtt_password"),
            }],
        ),
    ])
''', "https://docs.ros.org/en/humble/How-To-Guides/Launch-file-different-formats.html")
_s = fakes.aws_secret_key(_seed())
S("ros2-launch", "aws-secret-key", "kinesis_video/launch/stream.launch.py", '''from launch import LaunchDescription
from launch.actions import SetEnvironmentVariable
from launch_ros.actions import Node

# quick hack for the trade-show demo, remove before merging!
AWS_KEY_ID = "@ID@"
AWS_SECRET = "@V@"


def generate_launch_description():
    return LaunchDescription([
        SetEnvironmentVariable("AWS_ACCESS_KEY_ID", AWS_KEY_ID),
        SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", AWS_SECRET),
        SetEnvironmentVariable("AWS_DEFAULT_REGION", "us-east-1"),
        Node(
            package="kinesis_video_streamer",
            executable="kinesis_video_streamer",
            name="kinesis_video_streamer",
            parameters=[{"kinesis_video.stream0.stream_name": "booth-robot-front"}],
        ),
    ])
'''.replace("@ID@", fakes.aws_key_id(_seed())).replace("@V@", _s), _s,
  "https://github.com/aws-robotics/kinesisvideo-ros2")
_w = slack_webhook()
S("ros2-launch", "slack-webhook", "mission_monitor/launch/monitor.launch.py", '''from launch import LaunchDescription
from launch_ros.actions import Node


def generate_launch_description():
    return LaunchDescription([
        Node(
            package="mission_monitor",
            executable="watchdog",
            parameters=[{
                "stale_after_s": 20.0,
                "notify_url": "@V@",
                "notify_channel": "#field-ops",
                "robots": ["scout-1", "scout-2", "scout-3"],
            }],
        ),
    ])
'''.replace("@V@", _w), _w, "https://api.slack.com/messaging/webhooks")

# --- ROS Dockerfile / vcs repos / SROS2 -------------------------------------------------------------------
_t = fakes.github_token(_seed())
S("dockerfile", "github-token", "docker/Dockerfile.jetson", """FROM dustynv/ros:humble-ros-base-l4t-r35.4.1

ARG GH_TOKEN=@V@
ENV DEBIAN_FRONTEND=noninteractive

WORKDIR /ws
RUN git clone --depth 1 https://${GH_TOKEN}@github.com/acme-robotics/amr_drivers.git src/amr_drivers \\
 && git clone --depth 1 https://github.com/ros-perception/vision_opencv.git -b humble src/vision_opencv

RUN . /opt/ros/humble/setup.sh \\
 && rosdep install --from-paths src --ignore-src -y \\
 && colcon build --cmake-args -DCMAKE_BUILD_TYPE=Release

CMD ["ros2", "launch", "amr_bringup", "robot.launch.py"]
""".replace("@V@", _t), _t, "https://docs.docker.com/reference/dockerfile/#arg")
D("dockerfile", "build-secret-mount", "docker/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM ros:humble-ros-base

WORKDIR /ws
# the token is passed with: docker build --secret id=gh_token,env=GH_TOKEN .
RUN --mount=type=secret,id=gh_token \\
    git clone --depth 1 https://x-access-token:$(cat /run/secrets/gh_token)@github.com/acme-robotics/amr_drivers.git src/amr_drivers

RUN . /opt/ros/humble/setup.sh \\
 && rosdep install --from-paths src --ignore-src -y \\
 && colcon build --symlink-install

CMD ["ros2", "launch", "amr_bringup", "robot.launch.py"]
""", "https://docs.docker.com/build/building/secrets/")

REPOS = """repositories:
  drivers/amr_drivers:
    type: git
    url: @URL@
    version: @VER@
  navigation2:
    type: git
    url: https://github.com/ros-navigation/navigation2.git
    version: humble
  perception/vision_opencv:
    type: git
    url: https://github.com/ros-perception/vision_opencv.git
    version: @VER2@
"""
SRC_VCS = "https://github.com/dirk-thomas/vcstool#export-set-of-repositories"
_t = gitlab_token()
S("vcs-repos", "gitlab-token", "amr.repos",
  T(REPOS, url="https://oauth2:" + _t + "@gitlab.acme-robotics.com/amr/amr_drivers.git", ver="main", ver2="humble"), _t, SRC_VCS)
D("vcs-repos", "commit-sha", "deps/pinned.repos",
  T(REPOS, url="https://gitlab.acme-robotics.com/amr/amr_drivers.git", ver=hexs(40), ver2=hexs(40)), SRC_VCS)

_k = fakes.fake_pem(_seed(), "EC")
S("sros2-keystore", "private-key", "keystore/enclaves/talker_listener/talker/key.pem", _k + "\n",
  _k, "https://docs.ros.org/en/humble/Tutorials/Advanced/Security/Introducing-ros2-security.html")
D("sros2-keystore", "certificate", "keystore/public/ca.cert.pem", cert_pem() + "\n" + cert_pem() + "\n",
  "https://docs.ros.org/en/humble/Tutorials/Advanced/Security/The-Keystore.html")
D("sros2-keystore", "governance", "keystore/enclaves/governance.xml", """<?xml version="1.0" encoding="UTF-8"?>
<dds xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.omg.org/spec/DDS-SECURITY/20170901/omg_shared_ca_governance.xsd">
  <domain_access_rules>
    <domain_rule>
      <domains>
        <id_range>
          <min>0</min>
          <max>230</max>
        </id_range>
      </domains>
      <allow_unauthenticated_participants>false</allow_unauthenticated_participants>
      <enable_join_access_control>true</enable_join_access_control>
      <discovery_protection_kind>ENCRYPT</discovery_protection_kind>
      <liveliness_protection_kind>ENCRYPT</liveliness_protection_kind>
      <rtps_protection_kind>SIGN</rtps_protection_kind>
      <topic_access_rules>
        <topic_rule>
          <topic_expression>*</topic_expression>
          <enable_discovery_protection>true</enable_discovery_protection>
          <enable_liveliness_protection>true</enable_liveliness_protection>
          <enable_read_access_control>true</enable_read_access_control>
          <enable_write_access_control>true</enable_write_access_control>
          <metadata_protection_kind>ENCRYPT</metadata_protection_kind>
          <data_protection_kind>ENCRYPT</data_protection_kind>
        </topic_rule>
      </topic_access_rules>
    </domain_rule>
  </domain_access_rules>
</dds>
""", "https://github.com/ros2/sros2/blob/rolling/sros2/sros2/policy/templates/dds/governance.xml")
D("shell-env", "keystore-path", "robot_env.sh", """# sourced by the systemd unit before ros2 launch
export ROS_DOMAIN_ID=42
export RMW_IMPLEMENTATION=rmw_cyclonedds_cpp
export ROS_SECURITY_KEYSTORE=/opt/robot/keystore
export ROS_SECURITY_ENABLE=true
export ROS_SECURITY_STRATEGY=Enforce
export ROS_SECURITY_ENCLAVE_OVERRIDE=/amr/base
export CYCLONEDDS_URI=file:///opt/robot/cyclonedds.xml
""", "https://docs.ros.org/en/humble/Tutorials/Advanced/Security/Introducing-ros2-security.html")

# --- Zephyr / nRF Connect SDK ---------------------------------------------------------------------------
PRJ_WIFI = """# Networking
CONFIG_NETWORKING=y
CONFIG_NET_IPV4=y
CONFIG_NET_TCP=y
CONFIG_NET_SOCKETS=y
CONFIG_NET_DHCPV4=y
CONFIG_DNS_RESOLVER=y

# Wi-Fi
CONFIG_WIFI=y
CONFIG_NET_L2_WIFI_MGMT=y
CONFIG_WIFI_CREDENTIALS=y
CONFIG_WIFI_CREDENTIALS_STATIC=y
CONFIG_WIFI_CREDENTIALS_STATIC_SSID="@SSID@"
CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="@V@"

# MQTT
CONFIG_MQTT_LIB=y
CONFIG_MQTT_LIB_TLS=y
CONFIG_MAIN_STACK_SIZE=4096
CONFIG_LOG=y
"""
SRC_ZEPHYR_WIFI = "https://docs.zephyrproject.org/latest/connectivity/networking/api/wifi_credentials.html"
SV("zephyr-prj-conf", "wifi-password", "app/prj.conf", PRJ_WIFI, home_pw(), SRC_ZEPHYR_WIFI, ssid="Lab-Net")
DV("zephyr-prj-conf", "empty", "samples/wifi_mqtt/prj.conf", PRJ_WIFI, "", SRC_ZEPHYR_WIFI, ssid="")
DV("zephyr-prj-conf", "placeholder", "boards/nrf7002dk_nrf5340_cpuapp.conf", PRJ_WIFI, "<your-wifi-password>",
   SRC_ZEPHYR_WIFI, ssid="<your-ssid>")

GOLIOTH = """CONFIG_GOLIOTH_FIRMWARE_SDK=y
CONFIG_GOLIOTH_SAMPLE_COMMON=y
CONFIG_LOG_BACKEND_GOLIOTH=y

# Credentials (PSK). Prefer the shell: `settings set golioth/psk-id ...`
CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y
CONFIG_GOLIOTH_SAMPLE_PSK_ID="@ID@"
CONFIG_GOLIOTH_SAMPLE_PSK="@V@"

CONFIG_MBEDTLS_SSL_MAX_CONTENT_LEN=2048
CONFIG_NET_SOCKETS_SOCKOPT_TLS=y
"""
SRC_GOLIOTH = "https://docs.golioth.io/firmware/golioth-firmware-sdk/authentication/psk-auth"
SV("zephyr-prj-conf", "golioth-psk", "golioth-app/prj.conf", GOLIOTH, rand_pw(24), SRC_GOLIOTH,
   id="soil-probe-17@orchard-monitor")
DV("zephyr-prj-conf", "golioth-placeholder", "golioth-app/credentials.conf.example", GOLIOTH, "my-psk", SRC_GOLIOTH,
   id="my-psk-id@my-project")

D("zephyr-prj-conf", "signing-key-path", "app/sysbuild/mcuboot.conf", """# MCUboot child image (sysbuild)
CONFIG_BOOT_SIGNATURE_TYPE_ECDSA_P256=y
CONFIG_BOOT_SIGNATURE_KEY_FILE="${APPLICATION_CONFIG_DIR}/keys/mcuboot-ec-p256.pem"
CONFIG_BOOT_VALIDATE_SLOT0=y
CONFIG_BOOT_UPGRADE_ONLY=n
CONFIG_BOOT_SWAP_USING_MOVE=y
CONFIG_MCUBOOT_DOWNGRADE_PREVENTION=y
CONFIG_LOG=n
""", "https://docs.mcuboot.com/readme-zephyr.html")
D("zephyr-sysbuild-conf", "signing-key-path", "app/sysbuild.conf", """SB_CONFIG_BOOTLOADER_MCUBOOT=y
SB_CONFIG_BOOT_SIGNATURE_TYPE_ED25519=y
# private key lives on the signing server; CI mounts it read-only at build time
SB_CONFIG_BOOT_SIGNATURE_KEY_FILE="/run/secrets/mcuboot/ed25519-prod.pem"
SB_CONFIG_MCUBOOT_MODE_OVERWRITE_ONLY=y
SB_CONFIG_PARTITION_MANAGER=n
""", "https://docs.zephyrproject.org/latest/build/sysbuild/index.html")
_r = _rng()
_pub = ", ".join("0x%02x" % _r.getrandbits(8) for _ in range(91))
_lines = []
_items = _pub.split(", ")
for _i in range(0, 91, 12):
    _lines.append("    " + ", ".join(_items[_i:_i + 12]) + ",")
D("c-source", "public-key-array", "bootloader/keys.c", """/* Autogenerated by imgtool.py, do not edit. */
#include <bootutil/sign_key.h>

const unsigned char ecdsa_pub_key[] = {
@ARR@
};
const unsigned int ecdsa_pub_key_len = 91;

const struct bootutil_key bootutil_keys[] = {
    {
        .key = ecdsa_pub_key,
        .len = &ecdsa_pub_key_len,
    },
};
const int bootutil_key_cnt = 1;
""".replace("@ARR@", "\n".join(_lines)), "https://docs.mcuboot.com/imgtool.html#extracting-the-public-key-getpub")
D("zephyr-overlay-conf", "aws-endpoint", "overlay-aws.conf", """CONFIG_AWS_IOT_SAMPLE=y
CONFIG_AWS_ENDPOINT="@EP@-ats.iot.eu-central-1.amazonaws.com"
CONFIG_AWS_THING_NAME="zephyr-tracker-@N@"
CONFIG_AWS_MQTT_PORT=8883
CONFIG_MODEM_KEY_MGMT=y
# device cert + key are provisioned into the modem at sec_tag 201 (see provision.md)
CONFIG_MQTT_HELPER_SEC_TAG=201
""".replace("@EP@", fakes.drawn(_seed(), 14, string.ascii_lowercase + string.digits)).replace("@N@", "0042"),
  "https://docs.nordicsemi.com/bundle/ncs-latest/page/nrf/samples/net/aws_iot/README.html")

# --- ESP-IDF ------------------------------------------------------------------------------------------------
SDKCONFIG = """CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
CONFIG_PARTITION_TABLE_CUSTOM=y
CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"
CONFIG_ESP_WIFI_SSID="@SSID@"
CONFIG_ESP_WIFI_PASSWORD="@WP@"
CONFIG_ESP_MAXIMUM_RETRY=5
CONFIG_BROKER_URL="@BROKER@"
CONFIG_SECURE_BOOT=@SB@
CONFIG_SECURE_BOOT_SIGNING_KEY="secure_boot_signing_key.pem"
CONFIG_LOG_DEFAULT_LEVEL_INFO=y
"""
SRC_IDF = "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/kconfig-reference.html"
_p = home_pw()
S("esp-idf-sdkconfig", "wifi-password", "sdkconfig.defaults",
  T(SDKCONFIG, ssid="Pollinator", wp=_p, broker="mqtt://10.1.1.2", sb="n"), _p, SRC_IDF)
_p = rand_pw(20)
S("esp-idf-sdkconfig", "mqtt-url-password", "firmware/sdkconfig.defaults.prod",
  T(SDKCONFIG, ssid="", wp="", broker="mqtts://hive-sensor:" + _p + "@mqtt.beekeeper.io:8883", sb="y"), _p, SRC_IDF)
D("esp-idf-sdkconfig", "example-default", "examples/protocols/mqtt/tcp/sdkconfig.ci",
  T(SDKCONFIG, ssid="myssid", wp="mypassword", broker="mqtt://mqtt.eclipseprojects.io", sb="n"), SRC_IDF)
D("esp-idf-kconfig", "default-placeholder", "main/Kconfig.projbuild", """menu "Example Configuration"

    config ESP_WIFI_SSID
        string "WiFi SSID"
        default "myssid"
        help
            SSID (network name) for the example to connect to.

    config ESP_WIFI_PASSWORD
        string "WiFi Password"
        default "mypassword"
        help
            WiFi password (WPA or WPA2) for the example to use.

    config ESP_MAXIMUM_RETRY
        int "Maximum retry"
        default 5
        help
            Set the Maximum retry to avoid station reconnecting to the AP unlimited when the AP is really inexistent.

endmenu
""", "https://github.com/espressif/esp-idf/blob/master/examples/wifi/getting_started/station/main/Kconfig.projbuild")
D("esp-idf-partitions", "checksum", "flash_manifest.json", """{
  "board": "esp32s3-devkitc-1",
  "version": "2.7.1",
  "files": [
    {"offset": "0x0", "file": "bootloader.bin", "sha256": "@H1@"},
    {"offset": "0x8000", "file": "partition-table.bin", "sha256": "@H2@"},
    {"offset": "0x10000", "file": "app.bin", "sha256": "@H3@"}
  ],
  "git_commit": "@C@",
  "flash_encryption": "release",
  "flash_encryption_key": "stored in eFuse BLOCK_KEY0, generated on-chip, never read out"
}
""".replace("@H1@", hexs(64)).replace("@H2@", hexs(64)).replace("@H3@", hexs(64)).replace("@C@", hexs(40)),
  "https://docs.espressif.com/projects/esptool/en/latest/esp32/esptool/flashing-firmware.html")

# --- balena ------------------------------------------------------------------------------------------------
SRC_BALENA_CFG = "https://docs.balena.io/reference/OS/configuration/"
BALENA_CONFIG = """{
  "applicationId": @APP@,
  "deviceType": "raspberrypi4-64",
  "userId": @USER@,
  "appUpdatePollInterval": 900000,
  "listenPort": 48484,
  "vpnPort": 443,
  "apiEndpoint": "https://api.balena-cloud.com",
  "vpnEndpoint": "cloudlink.balena-cloud.com",
  "registryEndpoint": "registry2.balena-cloud.com",
  "deltaEndpoint": "https://delta.balena-cloud.com",
  "uuid": "@UUID@",
  "deviceApiKey": "@KEY@",
  "persistentLogging": false,
  "hostname": "@HOST@",
  "developmentMode": false
}
"""
_k = hexs(32)
S("balena-config-json", "device-api-key", "provisioning/config.json",
  T(BALENA_CONFIG, app="1984231", user="77120", uuid=hexs(32), key=_k, host="kiosk-lobby"), _k, SRC_BALENA_CFG)
D("balena-config-json", "uuid-only", "fleet/devices/kiosk-entrance.json",
  T(BALENA_CONFIG, app="1984231", user="77120", uuid=hexs(32), key="", host="kiosk-entrance")
  .replace('  "deviceApiKey": "",\n', ""), SRC_BALENA_CFG)

BALENA_COMPOSE = """version: "2.1"

volumes:
  influx-data:
  node-red-data:

services:
  mqtt:
    image: eclipse-mosquitto:2.0
    ports:
      - "1883:1883"
    restart: always
  influxdb:
    image: influxdb:2.7
    volumes:
      - influx-data:/var/lib/influxdb2
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: @V@
      DOCKER_INFLUXDB_INIT_ORG: greenhouse
      DOCKER_INFLUXDB_INIT_BUCKET: sensors
  node-red:
    build: ./node-red
    volumes:
      - node-red-data:/data
    privileged: true
    labels:
      io.balena.features.dbus: "1"
      io.balena.features.supervisor-api: "1"
"""
SRC_BALENA_COMPOSE = "https://docs.balena.io/reference/supervisor/docker-compose/"
SV("balena-compose", "influxdb-password", "docker-compose.yml", BALENA_COMPOSE, words_pw(), SRC_BALENA_COMPOSE)
DV("balena-compose", "fleet-variable", "balena/docker-compose.yml", BALENA_COMPOSE, "${INFLUX_PASSWORD}", SRC_BALENA_COMPOSE)
_t = fakes.drawn_mixed(_seed(), 32)
S("ci-workflow", "balena-api-key", ".github/workflows/balena-push.yml", """name: balena push

on:
  push:
    branches: [main]

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install balena CLI
        run: |
          curl -sSL https://github.com/balena-io/balena-cli/releases/download/v19.0.13/balena-cli-v19.0.13-linux-x64-standalone.zip -o cli.zip
          unzip -q cli.zip && echo "$PWD/balena-cli" >> $GITHUB_PATH
      - name: Push to fleet
        run: |
          balena login --token @V@
          balena push gh_acme/greenhouse-fleet --release-tag sha ${{ github.sha }}
""".replace("@V@", _t), _t, "https://docs.balena.io/reference/balena-cli/latest/#login")
D("ci-workflow", "secrets-context", ".github/workflows/balena-deploy.yml", """name: balena deploy

on:
  push:
    tags: ["v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: balena-io/deploy-to-balena-action@v2
        with:
          balena_token: ${{ secrets.BALENA_API_TOKEN }}
          fleet: acme/kiosk-fleet
          source: .
""", "https://github.com/balena-io/deploy-to-balena-action")
_p = home_pw()
S("shell-script", "wifi-password", "scripts/balena-set-env.sh", """#!/usr/bin/env bash
# One-off: push Wi-Fi + broker settings to every device in the warehouse fleet
set -euo pipefail
FLEET=acme/warehouse-scanners

balena env add WIFI_SSID "WH-Scanners" --fleet "$FLEET"
balena env add WIFI_PSK '@V@' --fleet "$FLEET"
balena env add MQTT_HOST mqtt.wh.acme.local --fleet "$FLEET"
balena env add LOG_LEVEL info --fleet "$FLEET"
""".replace("@V@", _p), _p, "https://docs.balena.io/reference/balena-cli/latest/#env-add")

# --- Mender ---------------------------------------------------------------------------------------------------
SRC_MENDER = "https://docs.mender.io/client-installation/configuration-file/configuration-options"
_tok = jwt({"mender.tenant": hexs(24), "iss": "Mender", "sub": hexs(24)})
MENDER_CONF = """{
  "ServerURL": "https://eu.hosted.mender.io",
  "TenantToken": "@V@",
  "InventoryPollIntervalSeconds": 28800,
  "UpdatePollIntervalSeconds": 1800,
  "RetryPollIntervalSeconds": 300,
  "ServerCertificate": "/etc/mender/server.crt"
}
"""
SV("mender-conf", "tenant-token", "overlay/etc/mender/mender.conf", MENDER_CONF, _tok, SRC_MENDER)
DV("mender-conf", "placeholder", "docs/mender.conf.example", MENDER_CONF, "<YOUR-TENANT-TOKEN>", SRC_MENDER)
_tok = jwt({"mender.tenant": hexs(24), "iss": "Mender", "sub": hexs(24)})
S("yocto-local-conf", "mender-tenant-token", "build/conf/local.conf", """MACHINE ??= "raspberrypi4-64"
DISTRO ?= "poky"
PACKAGE_CLASSES ?= "package_ipk"
EXTRA_IMAGE_FEATURES ?= "debug-tweaks"
USER_CLASSES ?= "buildstats"
PATCHRESOLVE = "noop"
BB_DISKMON_DIRS ??= "STOPTASKS,${TMPDIR},1G,100K STOPTASKS,${DL_DIR},1G,100K"
CONF_VERSION = "2"

INHERIT += "mender-full"
MENDER_ARTIFACT_NAME = "release-2.3.0"
MENDER_SERVER_URL = "https://hosted.mender.io"
MENDER_TENANT_TOKEN = "@V@"
MENDER_STORAGE_TOTAL_SIZE_MB = "8192"
RPI_USE_U_BOOT = "1"
IMAGE_FSTYPES:remove = "rpi-sdimg"
""".replace("@V@", _tok), _tok, "https://docs.mender.io/operating-system-updates-yocto-project/build-for-demo")
D("makefile", "mender-signing-key-path", "release/Makefile", """ARTIFACT_NAME ?= app-$(shell git describe --tags --always)
DEVICE_TYPE   ?= raspberrypi4
SIGNING_KEY   ?= /secure/mender/artifact-signing.key   # mounted from the HSM host, never in git

.PHONY: artifact upload

artifact: build/app.tar.gz
	mender-artifact write module-image \\
	  -T directory \\
	  -n $(ARTIFACT_NAME) \\
	  -t $(DEVICE_TYPE) \\
	  -f build/app.tar.gz \\
	  -k $(SIGNING_KEY) \\
	  -o out/$(ARTIFACT_NAME).mender

upload: artifact
	mender-cli artifacts upload --server https://hosted.mender.io out/$(ARTIFACT_NAME).mender
""", "https://docs.mender.io/artifact-creation/sign-and-verify")
_p = words_pw()
S("makefile", "mender-password", "ops/Makefile", """SERVER ?= https://hosted.mender.io
ARTIFACT = out/gateway-$(VERSION).mender

login:
	mender-cli login --server $(SERVER) --username ops@acme-robotics.com --password '@V@'

upload: login
	mender-cli artifacts upload --server $(SERVER) $(ARTIFACT)

deploy: upload
	./scripts/create_deployment.sh gateway-$(VERSION) production
""".replace("@V@", _p), _p, "https://docs.mender.io/server-integration/using-the-apis#mender-cli")

# --- AWS IoT ------------------------------------------------------------------------------------------------------
SRC_AWS_IOT_PY = "https://github.com/aws/aws-iot-device-sdk-python-v2/blob/main/samples/pubsub.md"
D("python", "cert-paths", "gateway/iot_publish.py", '''"""Publishes gateway telemetry to AWS IoT Core over mTLS."""
import json
import time

from awscrt import mqtt
from awsiot import mqtt_connection_builder

ENDPOINT = "@EP@-ats.iot.us-east-2.amazonaws.com"
CLIENT_ID = "gw-line4"

connection = mqtt_connection_builder.mtls_from_path(
    endpoint=ENDPOINT,
    cert_filepath="/etc/iot/certs/device.pem.crt",
    pri_key_filepath="/etc/iot/certs/private.pem.key",
    ca_filepath="/etc/iot/certs/AmazonRootCA1.pem",
    client_id=CLIENT_ID,
    clean_session=False,
    keep_alive_secs=30,
)
connection.connect().result()
while True:
    payload = {"ts": time.time(), "line": 4, "state": "RUN"}
    connection.publish(topic="factory/line4/state", payload=json.dumps(payload), qos=mqtt.QoS.AT_LEAST_ONCE)
    time.sleep(10)
'''.replace("@EP@", fakes.drawn(_seed(), 14, string.ascii_lowercase + string.digits)), SRC_AWS_IOT_PY)
_k = fakes.fake_pem(_seed(), "RSA")
S("pem-file", "private-key", "certs/3f9c1e2a7b-private.pem.key", _k + "\n", _k,
  "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")
D("pem-file", "certificate", "certs/3f9c1e2a7b-certificate.pem.crt", cert_pem() + "\n",
  "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")
D("pem-file", "public-key", "certs/3f9c1e2a7b-public.pem.key", pub_pem() + "\n",
  "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")
_s = fakes.aws_secret_key(_seed())
S("shell-script", "aws-secret-key", "install-greengrass.sh", """#!/bin/bash
# Greengrass v2 nucleus install on the edge PC (see runbook GG-02)
set -e
export AWS_ACCESS_KEY_ID=@ID@
export AWS_SECRET_ACCESS_KEY=@V@
export AWS_REGION=eu-central-1

curl -s https://d2s8p88vqu9w66.cloudfront.net/releases/greengrass-nucleus-latest.zip > greengrass-nucleus-latest.zip
unzip -o greengrass-nucleus-latest.zip -d GreengrassInstaller
sudo -E java -Droot="/greengrass/v2" -Dlog.store=FILE \\
  -jar ./GreengrassInstaller/lib/Greengrass.jar \\
  --aws-region $AWS_REGION \\
  --thing-name edge-pc-line2 \\
  --thing-group-name LineGateways \\
  --component-default-user ggc_user:ggc_group \\
  --provision true \\
  --setup-system-service true
""".replace("@ID@", fakes.aws_key_id(_seed())).replace("@V@", _s), _s,
  "https://docs.aws.amazon.com/greengrass/v2/developerguide/quick-installation.html")
D("greengrass-config", "file-paths", "greengrass/config/config.yaml", """---
system:
  certificateFilePath: "/greengrass/v2/device.pem.crt"
  privateKeyPath: "/greengrass/v2/private.pem.key"
  rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"
  rootpath: "/greengrass/v2"
  thingName: "edge-pc-line3"
services:
  aws.greengrass.Nucleus:
    componentType: "NUCLEUS"
    version: "2.12.1"
    configuration:
      awsRegion: "eu-central-1"
      iotRoleAlias: "GreengrassCoreTokenExchangeRoleAlias"
      iotDataEndpoint: "@EP@-ats.iot.eu-central-1.amazonaws.com"
      iotCredEndpoint: "@CE@.credentials.iot.eu-central-1.amazonaws.com"
""".replace("@EP@", fakes.drawn(_seed(), 14, string.ascii_lowercase + string.digits))
  .replace("@CE@", fakes.drawn(_seed(), 14, string.ascii_lowercase + string.digits)),
  "https://docs.aws.amazon.com/greengrass/v2/developerguide/manual-installation.html")
D("aws-iot-job", "presigned-placeholder", "jobs/ota-2.4.0.json", """{
  "operation": "firmware_update",
  "version": "2.4.0",
  "files": [
    {
      "fileName": "gateway-2.4.0.swu",
      "fileSize": 48211456,
      "sha256": "@H@",
      "url": "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/acme-ota-artifacts/gateway/gateway-2.4.0.swu}"
    }
  ],
  "rollout": {"maximumPerMinute": 20}
}
""".replace("@H@", hexs(64)), "https://docs.aws.amazon.com/iot/latest/developerguide/create-manage-jobs.html")

# --- Azure IoT Hub / DPS / IoT Edge --------------------------------------------------------------------------
SRC_AZ_CS = "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-devguide-security"
_k = azure_key()
_cs = "HostName=factory-hub-weu.azure-devices.net;DeviceId=press-07;SharedAccessKey=" + _k
S("python", "azure-device-connection-string", "edge/press_monitor.py", '''import asyncio
import json
import random

from azure.iot.device.aio import IoTHubDeviceClient
from azure.iot.device import Message

CONN_STR = "@V@"


async def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
    await client.connect()
    for _ in range(1000):
        body = {"pressure_bar": round(random.uniform(180, 220), 1), "cycle": _}
        msg = Message(json.dumps(body), content_encoding="utf-8", content_type="application/json")
        await client.send_message(msg)
        await asyncio.sleep(5)
    await client.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
'''.replace("@V@", _cs), _k, "https://github.com/Azure/azure-iot-sdk-python/blob/main/samples/async-hub-scenarios/send_message.py")
D("python", "env-connection-string", "edge/press_monitor_env.py", '''import asyncio
import os

from azure.iot.device.aio import IoTHubDeviceClient

# export IOTHUB_DEVICE_CONNECTION_STRING="HostName=<hub>.azure-devices.net;DeviceId=<id>;SharedAccessKey=<key>"
CONN_STR = os.environ["IOTHUB_DEVICE_CONNECTION_STRING"]


async def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
    await client.connect()
    await client.send_message("hello from press-08")
    await client.shutdown()


asyncio.run(main())
''', "https://github.com/Azure/azure-iot-sdk-python/blob/main/samples/async-hub-scenarios/send_message.py")
D("dotenv", "x509-connection-string", ".env.device", """# press-09 authenticates with an X.509 cert (no SAS key)
IOTHUB_DEVICE_CONNECTION_STRING=HostName=factory-hub-weu.azure-devices.net;DeviceId=press-09;x509=true
X509_CERT_FILE=/etc/press/certs/press-09.cert.pem
X509_KEY_FILE=/etc/press/certs/press-09.key.pem
X509_PASS_PHRASE=
TELEMETRY_INTERVAL_S=5
""", SRC_AZ_CS)
_k = azure_key()
S("dotenv", "azure-service-connection-string", ".env", """# fleet-tools: register devices, invoke direct methods
IOTHUB_CONNECTION_STRING="HostName=factory-hub-weu.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=@V@"
IOTHUB_DEVICE_PREFIX=press-
DEFAULT_METHOD_TIMEOUT=30
LOG_LEVEL=debug
""".replace("@V@", _k), _k, SRC_AZ_CS)

IOT_CONFIGS = """// Copyright (c) Microsoft Corporation. All rights reserved.
// SPDX-License-Identifier: MIT

// Wifi
#define IOT_CONFIG_WIFI_SSID "@SSID@"
#define IOT_CONFIG_WIFI_PASSWORD "@WP@"

// Azure IoT
#define IOT_CONFIG_IOTHUB_FQDN "@HUB@.azure-devices.net"
#define IOT_CONFIG_DEVICE_ID "@DEV@"
// Use device key if not using certificates
#ifndef IOT_CONFIG_USE_X509_CERT
#define IOT_CONFIG_DEVICE_KEY "@KEY@"
#endif // IOT_CONFIG_USE_X509_CERT

// Publish 1 message every 2 seconds
#define TELEMETRY_FREQUENCY_MILLISECS 2000
"""
SRC_AZ_ARDUINO = "https://github.com/Azure/azure-sdk-for-c-arduino/blob/main/examples/Azure_IoT_Hub_ESP32/iot_configs.h"
_k = azure_key()
S("arduino-config-h", "azure-device-key", "Azure_IoT_Hub_ESP32/iot_configs.h",
  T(IOT_CONFIGS, ssid="", wp="", hub="coldchain-hub", dev="truck-12-logger", key=_k), _k, SRC_AZ_ARDUINO)
D("arduino-config-h", "placeholder", "examples/Azure_IoT_Hub_ESP8266/iot_configs.h",
  T(IOT_CONFIGS, ssid="SSID", wp="PWD", hub="<YOUR-IOT-HUB-NAME>", dev="Device ID", key="Device Key"), SRC_AZ_ARDUINO)
_p = home_pw()
S("arduino-config-h", "wifi-password", "coldchain/iot_configs.h",
  T(IOT_CONFIGS, ssid="ColdStore-AP", wp=_p, hub="coldchain-hub", dev="freezer-3",
    key="(provisioned to NVS by tools/flash_keys.py)"), _p, SRC_AZ_ARDUINO)

EDGE_TOML = """# ==============================================================================
# Azure IoT Edge config (/etc/aziot/config.toml)
# ==============================================================================
hostname = "@HOST@"

[provisioning]
@PROV@

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.5"

[connect]
workload_uri = "unix:///var/run/iotedge/workload.sock"
management_uri = "unix:///var/run/iotedge/mgmt.sock"
"""
SRC_EDGE = "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-provision-single-device-linux-symmetric"
_k = azure_key()
S("iot-edge-toml", "azure-device-connection-string", "edge/config.toml",
  T(EDGE_TOML, host="edge-line5", prov='source = "manual"\nconnection_string = "HostName=plant-hub.azure-devices.net;DeviceId=edge-line5;SharedAccessKey='
    + _k + '"'), _k, SRC_EDGE)
D("iot-edge-toml", "x509-file-uris", "edge/config.x509.toml",
  T(EDGE_TOML, host="edge-line6", prov='source = "manual"\niothub_hostname = "plant-hub.azure-devices.net"\ndevice_id = "edge-line6"\n\n'
    '[provisioning.authentication]\nmethod = "x509"\nidentity_cert = "file:///var/aziot/certs/edge-line6.pem"\n'
    'identity_pk = "file:///var/aziot/secrets/edge-line6.key.pem"'), SRC_EDGE)
_k = azure_key()
S("iot-edge-toml", "dps-symmetric-key", "provisioning/config.dps.toml",
  T(EDGE_TOML, host="edge-line7", prov='source = "dps"\nglobal_endpoint = "https://global.azure-devices-provisioning.net"\n'
    'id_scope = "0ne00A1B2C3"\n\n[provisioning.attestation]\nmethod = "symmetric_key"\nregistration_id = "edge-line7"\n'
    'symmetric_key = { value = "' + _k + '" }'), _k, SRC_EDGE)
D("iot-edge-toml", "dps-key-file", "provisioning/config.dps.sample.toml",
  T(EDGE_TOML, host="edge-line8", prov='source = "dps"\nglobal_endpoint = "https://global.azure-devices-provisioning.net"\n'
    'id_scope = "0ne00A1B2C3"\n\n[provisioning.attestation]\nmethod = "symmetric_key"\nregistration_id = "edge-line8"\n'
    'symmetric_key = { uri = "file:///var/secrets/edge-line8.key" }'), SRC_EDGE)
_sig = b64rand(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
S("shell-script", "azure-sas-token", "tools/send_test_msg.sh", """#!/bin/sh
# quick REST test against the hub (token from `az iot hub generate-sas-token -d sim-01 --du 31536000`)
HUB=factory-hub-weu.azure-devices.net
DEVICE=sim-01
SAS="SharedAccessSignature sr=factory-hub-weu.azure-devices.net%2Fdevices%2Fsim-01&sig=@V@&se=1767225600"

curl -s -X POST "https://$HUB/devices/$DEVICE/messages/events?api-version=2020-03-13" \\
  -H "Authorization: $SAS" \\
  -H "Content-Type: application/json" \\
  -d '{"temp": 21.5, "source": "curl"}'
""".replace("@V@", _sig), _sig, "https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas")
D("json", "dps-ids", "provisioning/enrollment-sim.json", """{
  "idScope": "0ne00B7F21C",
  "registrationId": "sim-@N@",
  "provisioningHost": "global.azure-devices-provisioning.net",
  "attestation": "tpm",
  "endorsementKeyPath": "/dev/tpmrm0",
  "deviceTwinTags": {"site": "rotterdam", "line": 2},
  "dtmi": "dtmi:acme:press;2"
}
""".replace("@N@", hexs(8)), "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-service")

# --- Particle -------------------------------------------------------------------------------------------------------
_t = particle_token()
S("particle-cli-config", "access-token", ".particle/particle.config.json", """{
  "username": "lab-devices@acme-robotics.com",
  "access_token": "@V@",
  "apiUrl": "https://api.particle.io",
  "isStaging": false
}
""".replace("@V@", _t), _t, "https://docs.particle.io/reference/developer-tools/cli/")
_t = particle_token()
S("shell-script", "particle-token", "scripts/flash_all.sh", """#!/usr/bin/env bash
# Flash the tracker fleet after a release build
set -e
DEVICES=(e00fce68a1b2c3d4e5f60718 e00fce68f1e2d3c4b5a69788 e00fce6899aabbccddeeff00)
export PARTICLE_ACCESS_TOKEN=@V@

for d in "${DEVICES[@]}"; do
  particle flash "$d" target/4.2.0/tracker/firmware.bin
done
""".replace("@V@", _t), _t, "https://docs.particle.io/reference/developer-tools/cli/#particle-flash")
D("particle-project", "device-ids", "project.properties", """name=asset-tracker
assetOwlVersion=1.0.0
dependencies.AssetTrackerRK=0.4.3
dependencies.google-maps-device-locator=0.0.6
# test devices (device IDs, not credentials)
# e00fce68a1b2c3d4e5f60718  bench-1
# e00fce6899aabbccddeeff00  bench-2
""", "https://docs.particle.io/getting-started/device-os/firmware-libraries/")
_t = particle_token()
S("particle-webhook", "bearer-token", "integrations/webhook-forward.json", """{
  "event": "tracker/loc",
  "url": "https://api.particle.io/v1/products/19877/events",
  "requestType": "POST",
  "noDefaults": true,
  "rejectUnauthorized": true,
  "headers": {
    "Authorization": "Bearer @V@"
  },
  "form": {
    "name": "fleet/loc",
    "data": "{{{PARTICLE_EVENT_VALUE}}}"
  }
}
""".replace("@V@", _t), _t, "https://docs.particle.io/reference/cloud-apis/webhooks/")
D("particle-webhook", "mustache-template", "integrations/webhook-influx.json", """{
  "event": "env/",
  "url": "https://influx.acme.io/api/v2/write?org=acme&bucket=particle&precision=s",
  "requestType": "POST",
  "noDefaults": true,
  "headers": {
    "Authorization": "Token {{{INFLUX_TOKEN}}}"
  },
  "body": "env,device={{{PARTICLE_DEVICE_ID}}} t={{{t}}},h={{{h}}}"
}
""", "https://docs.particle.io/reference/cloud-apis/webhooks/#variable-substitution")

# --- Blynk HTTP / ThingSpeak from a Pi ---------------------------------------------------------------------------
_t = blynk_token()
S("python", "blynk-token-in-url", "pi/blynk_push.py", '''#!/usr/bin/env python3
"""Cron job on the greenhouse Pi: push the BME680 reading to Blynk over HTTP."""
import requests
import bme680

sensor = bme680.BME680()
URL = "https://fra1.blynk.cloud/external/api/batch/update?token=@V@"

if sensor.get_sensor_data():
    d = sensor.data
    r = requests.get(URL + f"&V0={d.temperature:.1f}&V1={d.humidity:.1f}&V2={d.pressure:.0f}", timeout=10)
    r.raise_for_status()
'''.replace("@V@", _t), _t, "https://docs.blynk.io/en/blynk.cloud/https-api-overview")
_k = thingspeak_key()
S("shell-script", "thingspeak-key", "cron/cpu_temp.sh", """#!/bin/sh
# */5 * * * * /home/pi/cron/cpu_temp.sh
T=$(vcgencmd measure_temp | sed 's/[^0-9.]//g')
L=$(cut -d ' ' -f1 /proc/loadavg)
curl -s "https://api.thingspeak.com/update?api_key=@V@&field1=$T&field2=$L" > /dev/null
""".replace("@V@", _k), _k, "https://www.mathworks.com/help/thingspeak/writedata.html")
D("python", "read-api-example", "pi/thingspeak_read.py", '''"""Reads the last 10 entries of the public ThingSpeak channel for the demo dashboard."""
import requests

CHANNEL_ID = 12397  # public channel (MathWorks weather station)
READ_KEY = None     # public channel: no read key needed

url = f"https://api.thingspeak.com/channels/{CHANNEL_ID}/feeds.json"
params = {"results": 10}
if READ_KEY:
    params["api_key"] = READ_KEY
for feed in requests.get(url, params=params, timeout=10).json()["feeds"]:
    print(feed["created_at"], feed["field1"], feed["field2"])
''', "https://www.mathworks.com/help/thingspeak/readdata.html")

# --- LoRaWAN / TTN ----------------------------------------------------------------------------------------------------
TTN_INO = """#include <TheThingsNetwork.h>

// Set your AppEUI and AppKey
const char *appEui = "@EUI@";
const char *appKey = "@V@";

#define loraSerial Serial1
#define debugSerial Serial

// Replace REPLACE_ME with TTN_FP_EU868 or TTN_FP_US915
#define freqPlan TTN_FP_EU868

TheThingsNetwork ttn(loraSerial, debugSerial, freqPlan);

void setup()
{
  loraSerial.begin(57600);
  debugSerial.begin(9600);
  while (!debugSerial && millis() < 10000)
    ;
  debugSerial.println("-- STATUS");
  ttn.showStatus();
  debugSerial.println("-- JOIN");
  ttn.join(appEui, appKey);
}

void loop()
{
  byte payload[2];
  uint16_t level = analogRead(A0);
  payload[0] = highByte(level);
  payload[1] = lowByte(level);
  ttn.sendBytes(payload, sizeof(payload));
  delay(60000);
}
"""
SRC_TTN = "https://github.com/TheThingsNetwork/arduino-device-lib/blob/master/examples/SendOTAA/SendOTAA.ino"
_k = hexs(32).upper()
S("arduino-ino", "lorawan-appkey", "river_level/river_level.ino", T(TTN_INO, eui="70B3D57ED00" + hexs(5).upper(), v=_k), _k, SRC_TTN)
D("arduino-ino", "placeholder", "SendOTAA/SendOTAA.ino", T(TTN_INO, eui="0000000000000000", v="00000000000000000000000000000000"), SRC_TTN)
D("chirpstack-csv", "device-euis", "provisioning/devices.csv", """dev_eui,join_eui,name,device_profile,tags
@A@,70B3D57ED0000000,river-level-01,rak3172-otaa,site=weir-north
@B@,70B3D57ED0000000,river-level-02,rak3172-otaa,site=weir-south
@C@,70B3D57ED0000000,soil-probe-01,rak3172-otaa,site=field-7
@D@,70B3D57ED0000000,soil-probe-02,rak3172-otaa,site=field-7
# app keys are derived on the join server from the hardware secure element; none here
""".replace("@A@", hexs(16).upper()).replace("@B@", hexs(16).upper()).replace("@C@", hexs(16).upper())
  .replace("@D@", hexs(16).upper()), "https://www.chirpstack.io/docs/chirpstack/use/devices.html")
_k = hexs(32).upper()
S("python", "lorawan-appkey", "tools/register_devices.py", '''"""Registers the soil probes on The Things Stack (v3 API)."""
import requests

TTS = "https://eu1.cloud.thethings.network/api/v3"
APP_ID = "soil-probes"
API_KEY = open("/etc/tts/api-key").read().strip()

DEVICES = {
    "soil-probe-03": {"dev_eui": "@E1@", "join_eui": "70B3D57ED0000000"},
}
APP_KEY = "@V@"   # shared by the pilot batch, rotate for production!

for dev_id, ids in DEVICES.items():
    body = {"end_device": {"ids": {"device_id": dev_id, **ids}, "root_keys": {"app_key": {"key": APP_KEY}}},
            "field_mask": {"paths": ["root_keys.app_key.key"]}}
    requests.put(f"{TTS}/js/applications/{APP_ID}/devices/{dev_id}", json=body,
                 headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10).raise_for_status()
'''.replace("@E1@", hexs(16).upper()).replace("@V@", _k), _k, "https://www.thethingsindustries.com/docs/api/reference/grpc/join_server/")

# --- Yocto -----------------------------------------------------------------------------------------------------------
SRC_BB_USERS = "https://docs.yoctoproject.org/ref-manual/classes.html#extrausers"
_p = home_pw()
S("yocto-local-conf", "root-password", "conf/local.conf", """MACHINE ?= "imx8mp-var-dart"
DISTRO ?= "fsl-imx-xwayland"
PACKAGE_CLASSES ?= "package_rpm"
EXTRA_IMAGE_FEATURES ?= "ssh-server-openssh"
DL_DIR ?= "/srv/yocto/downloads"
SSTATE_DIR ?= "/srv/yocto/sstate-cache"
BB_NUMBER_THREADS = "16"
PARALLEL_MAKE = "-j 16"

# lab images only: known root password for the bench
INHERIT += "extrausers"
EXTRA_USERS_PARAMS = "usermod -P '@V@' root; \\
                      useradd -P '@V@' robot; \\
                      usermod -a -G dialout,video robot;"
CONF_VERSION = "2"
""".replace("@V@", _p), _p, SRC_BB_USERS)
D("yocto-local-conf", "password-hash", "meta-acme/conf/distro/acme.conf", """require conf/distro/poky.conf

DISTRO = "acme"
DISTRO_NAME = "ACME Robot OS"
DISTRO_VERSION = "4.2.1"
DISTRO_FEATURES:append = " systemd wifi bluetooth"
VIRTUAL-RUNTIME_init_manager = "systemd"

INHERIT += "extrausers"
# hash made with: mkpasswd -m sha-512 (the '$' are escaped for BitBake)
EXTRA_USERS_PARAMS = "usermod -p '@H@' root;"
""".replace("@H@", sha512_crypt().replace("$", "\\$")), SRC_BB_USERS)
_t = gitlab_token()
S("bitbake-recipe", "gitlab-token-in-src-uri", "meta-acme/recipes-robot/motor-ctl/motor-ctl_git.bb", """SUMMARY = "Motor controller daemon for the ACME drive units"
LICENSE = "CLOSED"

SRC_URI = "git://oauth2:@V@@gitlab.acme-robotics.com/firmware/motor-ctl.git;protocol=https;branch=main \\
           file://motor-ctl.service \\
          "
SRCREV = "@REV@"
PV = "1.8+git${SRCPV}"

S = "${WORKDIR}/git"

inherit cmake systemd

SYSTEMD_SERVICE:${PN} = "motor-ctl.service"

do_install:append() {
    install -d ${D}${systemd_system_unitdir}
    install -m 0644 ${WORKDIR}/motor-ctl.service ${D}${systemd_system_unitdir}
}
""".replace("@V@", _t).replace("@REV@", hexs(40)), _t, "https://docs.yoctoproject.org/bitbake/bitbake-user-manual/bitbake-user-manual-fetching.html#git-fetcher-git")
D("bitbake-recipe", "checksums", "meta-acme/recipes-support/libmodbus/libmodbus_3.1.10.bb", """SUMMARY = "A Modbus library"
HOMEPAGE = "https://libmodbus.org"
LICENSE = "LGPL-2.1-or-later"
LIC_FILES_CHKSUM = "file://COPYING.LESSER;md5=@MD5@"

SRC_URI = "https://github.com/stephane/libmodbus/releases/download/v${PV}/libmodbus-${PV}.tar.gz"
SRC_URI[sha256sum] = "@SHA@"

inherit autotools pkgconfig

EXTRA_OECONF = "--disable-tests"
""".replace("@MD5@", hexs(32)).replace("@SHA@", hexs(64)), "https://docs.yoctoproject.org/dev-manual/new-recipe.html")
_p = words_pw()
S("bitbake-recipe", "fetcher-pswd", "meta-vendor/recipes-bsp/vendor-blobs/vendor-blobs_2.1.bb", """SUMMARY = "Proprietary NPU firmware blobs (vendor portal)"
LICENSE = "CLOSED"

# the vendor portal only serves over authenticated https
SRC_URI = "https://portal.vendor-npu.com/dl/npu-fw-${PV}.tar.xz;user=acme-build;pswd=@V@;downloadfilename=npu-fw-${PV}.tar.xz"
SRC_URI[sha256sum] = "@SHA@"

S = "${WORKDIR}/npu-fw-${PV}"

do_install() {
    install -d ${D}${nonarch_base_libdir}/firmware/npu
    cp -r ${S}/fw/* ${D}${nonarch_base_libdir}/firmware/npu/
}

FILES:${PN} = "${nonarch_base_libdir}/firmware/npu"
INSANE_SKIP:${PN} = "arch already-stripped"
""".replace("@V@", _p).replace("@SHA@", hexs(64)), _p,
  "https://docs.yoctoproject.org/bitbake/bitbake-user-manual/bitbake-user-manual-fetching.html#http-https-ftp-wget-fetcher-http-https-ftp")

WPA = """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=@CC@

network={
    ssid="@SSID@"
    @PSK@
    key_mgmt=WPA-PSK
    priority=10
}
"""
SRC_WPA = "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf"
_p = home_pw()
S("wpa-supplicant", "wifi-password", "meta-acme/recipes-connectivity/wpa-supplicant/files/wpa_supplicant.conf",
  T(WPA, cc="DE", ssid="ACME-Robots", psk='psk="' + _p + '"'), _p, SRC_WPA)
_k = hexs(64)
S("wpa-supplicant", "wifi-psk-hex", "boot/wpa_supplicant.conf",
  T(WPA, cc="GB", ssid="BT-Hub6-Q3F2", psk="#psk=\"...\"\n    psk=" + _k), _k, SRC_WPA)
D("wpa-supplicant", "placeholder", "docs/wpa_supplicant.conf.template",
  T(WPA, cc="US", ssid="YOUR_NETWORK_NAME", psk='psk="YOUR_WIFI_PASSWORD"'), SRC_WPA)

NMCONN = """[connection]
id=@ID@
uuid=@UUID@
type=wifi
interface-name=wlan0
autoconnect=true

[wifi]
mode=infrastructure
ssid=@SSID@

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
@PSK@

[ipv4]
method=auto

[ipv6]
addr-gen-mode=default
method=auto
"""
SRC_NM = "https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html"
_p = words_pw()
S("nmconnection", "wifi-password", "rootfs-overlay/etc/NetworkManager/system-connections/plant-floor.nmconnection",
  T(NMCONN, id="plant-floor", uuid=fakes.uuid4(_seed()), ssid="PLANT-FLOOR-5G", psk="psk=" + _p), _p, SRC_NM)
D("nmconnection", "agent-owned", "rootfs-overlay/etc/NetworkManager/system-connections/office.nmconnection",
  T(NMCONN, id="office", uuid=fakes.uuid4(_seed()), ssid="ACME-Office", psk="psk-flags=1"), SRC_NM)

# --- Buildroot ----------------------------------------------------------------------------------------------------------
BR_DEFCONFIG = """BR2_aarch64=y
BR2_TOOLCHAIN_EXTERNAL=y
BR2_TOOLCHAIN_EXTERNAL_ARM_AARCH64=y
BR2_TARGET_GENERIC_HOSTNAME="@HOST@"
BR2_TARGET_GENERIC_ISSUE="Welcome to @HOST@"
BR2_TARGET_GENERIC_ROOT_PASSWD="@V@"
BR2_SYSTEM_DHCP="eth0"
BR2_ROOTFS_OVERLAY="board/acme/rootfs_overlay"
BR2_ROOTFS_POST_BUILD_SCRIPT="board/acme/post-build.sh"
BR2_LINUX_KERNEL=y
BR2_LINUX_KERNEL_CUSTOM_VERSION=y
BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE="6.6.30"
BR2_PACKAGE_DROPBEAR=y
BR2_PACKAGE_MOSQUITTO=y
BR2_TARGET_ROOTFS_EXT2=y
BR2_TARGET_ROOTFS_EXT2_4=y
"""
SRC_BR = "https://buildroot.org/downloads/manual/manual.html#customize-rootfs"
SV("buildroot-defconfig", "root-password", "configs/acme_gateway_defconfig", BR_DEFCONFIG, home_pw(), SRC_BR, host="acme-gw")
DV("buildroot-defconfig", "password-hash", "configs/acme_sensorhub_defconfig", BR_DEFCONFIG, sha512_crypt(), SRC_BR, host="sensorhub")
DV("buildroot-defconfig", "empty", "configs/acme_dev_defconfig", BR_DEFCONFIG, "", SRC_BR, host="acme-dev")
_p = rand_pw(20)
S("shell-script", "mqtt-password-heredoc", "board/acme/post-build.sh", """#!/bin/sh
# Buildroot post-build: $1 is TARGET_DIR
set -e
TARGET_DIR="$1"

install -d "$TARGET_DIR/etc/gateway"
cat > "$TARGET_DIR/etc/gateway/uplink.conf" <<EOF
[uplink]
host = mqtt.acme-robotics.com
port = 8883
username = gw-fleet
password = @V@
ca_file = /etc/gateway/ca.pem
EOF
chmod 600 "$TARGET_DIR/etc/gateway/uplink.conf"

sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' "$TARGET_DIR/etc/ssh/sshd_config" || true
""".replace("@V@", _p), _p, "https://buildroot.org/downloads/manual/manual.html#rootfs-custom")

# --- Raspberry Pi / cloud-init ------------------------------------------------------------------------------------------
D("pi-userconf", "password-hash", "bootfs/userconf.txt", "robot:" + sha512_crypt() + "\n# generated with: echo 'pw' | openssl passwd -6 -stdin\n"
  "# the Pi's firstboot renames the default user from this line\n# (userconf.txt is read from the boot partition once)\n# see ../README-imaging.md\n",
  "https://www.raspberrypi.com/documentation/computers/configuration.html#configuring-a-user")
_p = home_pw()
S("cloud-init", "wifi-password", "system-boot/network-config", """# This file contains a netplan-compatible configuration which cloud-init will
# apply on first-boot (note: it will *not* update the config after the first
# boot). Please refer to the cloud-init documentation and the netplan reference
# for full details.
version: 2
ethernets:
  eth0:
    dhcp4: true
    optional: true
wifis:
  wlan0:
    dhcp4: true
    optional: true
    access-points:
      "LabRobots-2G":
        password: "@V@"
""".replace("@V@", _p), _p, "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis")
_p = words_pw()
S("cloud-init", "user-password", "system-boot/user-data", """#cloud-config
hostname: jetson-cart-04
manage_etc_hosts: true
ssh_pwauth: true
chpasswd:
  expire: false
  users:
    - name: ubuntu
      password: @V@
      type: text
packages:
  - ros-humble-ros-base
  - can-utils
runcmd:
  - [ systemctl, enable, --now, robot-bringup.service ]
""".replace("@V@", _p), _p, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")
D("cloud-init", "hashed-and-keys", "system-boot/user-data.prod", """#cloud-config
hostname: jetson-cart-05
ssh_pwauth: false
users:
  - name: robot
    groups: [dialout, video, sudo]
    shell: /bin/bash
    lock_passwd: false
    hashed_passwd: @H@
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K@ ops@acme
runcmd:
  - [ systemctl, enable, --now, robot-bringup.service ]
""".replace("@H@", sha512_crypt()).replace("@K@", fakes.drawn(_seed(), 43, ALNUM + "+/")),
  "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups")

# --- firmware OTA signing notes ------------------------------------------------------------------------------------------
D("markdown", "signing-howto", "docs/ota-signing.md", """# Signing OTA images

Production images are signed with the ECDSA P-256 key held on the signing server
(`sign01.acme.internal`, YubiHSM slot 0x0003). Developers never see it.

## Dev builds

```sh
# dev key, checked in on purpose; devices with the prod bootloader reject it
imgtool sign --key keys/dev/root-ec-p256.pem \\
  --header-size 0x200 --align 4 --version 1.4.0+12 \\
  --slot-size 0x67000 --pad-header \\
  build/zephyr/zephyr.bin build/zephyr/zephyr.signed.bin
```

## Verify a release

```sh
imgtool verify -k keys/prod/root-ec-p256.pub.pem dist/gateway-1.4.0.signed.bin
sha256sum dist/gateway-1.4.0.signed.bin
# @SHA@  dist/gateway-1.4.0.signed.bin
```

The public key is also compiled into MCUboot (`bootloader/keys.c`).
""".replace("@SHA@", hexs(64)), "https://docs.mcuboot.com/imgtool.html")
_k = fakes.fake_pem(_seed(), "EC")
S("markdown", "private-key", "docs/notes/ota-key-rotation-2024.md", """# OTA key rotation, March 2024 (notes from the call)

- old key retired after 2.3.x, all field units on 2.4.0 trust the new one
- espsecure generated the new key on Tomasz' laptop (yes I know)
- backup of the new signing key until it is moved to the HSM:

```
@V@
```

- TODO: delete this page once the HSM import is done
- espsecure.py sign_data --version 2 --keyfile secure_boot_signing_key.pem --output app-signed.bin app.bin
""".replace("@V@", _k), _k, "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/security/secure-boot-v2.html")
_p = words_pw()
S("markdown", "ota-password-cli", "docs/flashing.md", """# Flashing the shelf controllers

Over USB:

    pio run -e esp32dev -t upload

Over the air (controllers must be on the `SHELF-IOT` network):

    python ~/.platformio/packages/framework-arduinoespressif32/tools/espota.py \\
      -i 10.7.0.31 -p 3232 --auth=@V@ -f .pio/build/esp32dev/firmware.bin

If the upload times out, check the firewall on your laptop allows inbound UDP.
""".replace("@V@", _p), _p, "https://docs.espressif.com/projects/arduino-esp32/en/latest/ota_web_update.html")
D("markdown", "efuse-key-file", "docs/flash-encryption.md", """# Flash encryption (release mode)

The key is generated on-chip at first boot and burned into eFuse; it cannot be read back.
For the pilot batch we pre-generate per-device keys instead:

```sh
espsecure.py generate_flash_encryption_key keys/$SERIAL.bin   # stays on the provisioning station
espefuse.py --port /dev/ttyUSB0 burn_key BLOCK_KEY0 keys/$SERIAL.bin XTS_AES_128_KEY
espefuse.py --port /dev/ttyUSB0 burn_efuse SPI_BOOT_CRYPT_CNT 7
```

Checksum of the provisioning image we used: `@SHA@`.
Serials of the pilot batch are in `provisioning/pilot.csv` (no keys in that file).
""".replace("@SHA@", hexs(64)), "https://docs.espressif.com/projects/esptool/en/latest/esp32/espefuse/burn-key-cmd.html")
D("json", "ota-manifest-signature", "ota/manifest-2.4.0.json", """{
  "product": "shelf-controller",
  "version": "2.4.0",
  "url": "https://ota.acme-robotics.com/shelf/2.4.0/firmware.bin",
  "size": 1441792,
  "sha256": "@SHA@",
  "signature": "@SIG@",
  "signature_alg": "ecdsa-p256-sha256",
  "min_bootloader": "1.2.0"
}
""".replace("@SHA@", hexs(64)).replace("@SIG@", b64rand(72)), "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/system/esp_https_ota.html")
_k = fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ")
S("swupdate", "private-key-yaml-block", "ci/signing/values.yaml", """# values for the swupdate signing job (CI runner on the factory LAN)
signing:
  enabled: true
  algorithm: rsa-pss
  image: registry.acme.local/tools/swu-signer:1.3
  privateKey: |
@V@
  certificate: /etc/swupdate/cert.pem
""".replace("@V@", indent(_k, 4)), _k,
  "https://sbabic.github.io/swupdate/signed_images.html")

# --- Mosquitto / Node-RED / Telegraf / InfluxDB ------------------------------------------------------------------------------
D("mosquitto-passwd", "password-hash", "mosquitto/config/passwd", "".join(
  f"{u}:{mosquitto_hash()}\n" for u in ["zigbee2mqtt", "nodered", "esphome", "frigate", "telegraf"]),
  "https://mosquitto.org/man/mosquitto_passwd-1.html")
MOSQ_BRIDGE = """# Bridge the site broker to the cloud broker
listener 1883
allow_anonymous false
password_file /mosquitto/config/passwd

connection cloud-bridge
address mqtt.acme-cloud.io:8883
remote_clientid site-rotterdam
remote_username site-rotterdam
remote_password @V@
bridge_cafile /mosquitto/certs/ca.crt
bridge_insecure false
cleansession false
topic telemetry/# out 1 "" sites/rotterdam/
topic commands/# in 1 "" sites/rotterdam/
"""
SRC_MOSQ = "https://mosquitto.org/man/mosquitto-conf-5.html"
SV("mosquitto-conf", "bridge-password", "mosquitto/config/mosquitto.conf", MOSQ_BRIDGE, rand_pw(28), SRC_MOSQ)
D("mosquitto-conf", "cert-auth-bridge", "mosquitto/config/bridge-tls.conf",
  MOSQ_BRIDGE.replace("remote_username site-rotterdam\nremote_password @V@\n",
                      "bridge_certfile /mosquitto/certs/site.crt\nbridge_keyfile /mosquitto/certs/site.key\n"), SRC_MOSQ)

NODERED_SETTINGS = """module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: @CS@,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "@BC@",
            permissions: "*"
        }]
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: {}
}
"""
SRC_NR = "https://nodered.org/docs/user-guide/runtime/securing-node-red"
_cs = passphrase()
S("node-red-settings", "credential-secret", "node-red/settings.js",
  T(NODERED_SETTINGS, cs='"' + _cs + '"', bc=bcrypt_hash()), _cs, SRC_NR)
D("node-red-settings", "bcrypt-and-env", "data/settings.js",
  T(NODERED_SETTINGS, cs="process.env.NODE_RED_CREDENTIAL_SECRET", bc=bcrypt_hash()), SRC_NR)
D("node-red-flows-cred", "encrypted", "node-red/flows_cred.json",
  '{\n    "$": "' + hexs(32) + b64rand(180) + '"\n}\n\n\n\n', "https://nodered.org/docs/user-guide/runtime/configuration")

TELEGRAF = """[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "edge-line4"

[[outputs.influxdb_v2]]
  urls = ["https://influx.acme-robotics.com"]
  token = "@V@"
  organization = "plants"
  bucket = "line4"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["factory/line4/#"]
  data_format = "json"

[[inputs.cpu]]
  percpu = false
[[inputs.mem]]
[[inputs.temp]]
"""
SRC_TELEGRAF = "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md"
SV("telegraf-conf", "influxdb-token", "telegraf/telegraf.conf", TELEGRAF, influx_token(), SRC_TELEGRAF)
DV("telegraf-conf", "env-reference", "telegraf/telegraf.d/influx.conf", TELEGRAF, "${INFLUX_TOKEN}", SRC_TELEGRAF)
_p = words_pw()
S("telegraf-conf", "opcua-password", "telegraf/telegraf.d/opcua.conf", """[[inputs.opcua]]
  name = "press_line"
  endpoint = "opc.tcp://10.4.0.20:4840"
  connect_timeout = "10s"
  request_timeout = "5s"
  security_policy = "Basic256Sha256"
  security_mode = "SignAndEncrypt"
  certificate = "/etc/telegraf/opcua/cert.pem"
  private_key = "/etc/telegraf/opcua/key.pem"
  auth_method = "UserName"
  username = "telegraf"
  password = "@V@"
  nodes = [
    {name="pressure", namespace="2", identifier_type="s", identifier="Press1.Pressure"},
    {name="stroke",   namespace="2", identifier_type="s", identifier="Press1.StrokeCount"},
  ]
""".replace("@V@", _p), _p, "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/opcua/README.md")

# --- k3s / Tailscale / ngrok / systemd on edge boxes -----------------------------------------------------------------------
_t = k3s_token()
S("k3s-config", "node-token", "edge/k3s/config.yaml", """# /etc/rancher/k3s/config.yaml on the agent nodes
server: https://10.30.0.10:6443
token: "@V@"
node-label:
  - "site=store-118"
  - "role=camera-inference"
kubelet-arg:
  - "max-pods=40"
""".replace("@V@", _t), _t, "https://docs.k3s.io/installation/configuration#configuration-file")
D("k3s-config", "token-file", "edge/k3s/config.server.yaml", """# /etc/rancher/k3s/config.yaml on the server node
write-kubeconfig-mode: "0640"
token-file: /etc/rancher/k3s/cluster-token
tls-san:
  - "edge-118.acme.local"
disable:
  - traefik
node-label:
  - "site=store-118"
""", "https://docs.k3s.io/cli/server")
_t = tailscale_key()
S("shell-script", "tailscale-auth-key", "provision/firstboot.sh", """#!/bin/bash
# runs once on first boot of every field unit (systemd firstboot.service)
set -euxo pipefail

hostnamectl set-hostname "agbot-$(cat /sys/class/net/eth0/address | tr -d ':' | tail -c 7)"
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=@V@ --advertise-tags=tag:agbot --ssh
systemctl enable --now agbot.service
touch /var/lib/firstboot.done
""".replace("@V@", _t), _t, "https://tailscale.com/kb/1085/auth-keys")
D("shell-script", "tailscale-key-file", "provision/firstboot-v2.sh", """#!/bin/bash
set -euxo pipefail
# auth key is written to the boot partition by the imaging station and deleted after use
AUTHKEY_FILE=/boot/firmware/tailscale.key
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey="file:${AUTHKEY_FILE}" --advertise-tags=tag:agbot --ssh
shred -u "$AUTHKEY_FILE"
systemctl enable --now agbot.service
""", "https://tailscale.com/kb/1080/cli#up")
_t = ngrok_token()
S("ngrok-config", "authtoken", "home/pi/.config/ngrok/ngrok.yml", """version: "2"
authtoken: @V@
tunnels:
  octoprint:
    proto: http
    addr: 5000
    oauth:
      provider: google
      allow_domains:
        - acme-robotics.com
  ssh:
    proto: tcp
    addr: 22
""".replace("@V@", _t), _t,
  "https://ngrok.com/docs/agent/config/")
_p = rand_pw(24)
S("systemd-unit", "mqtt-password", "rootfs/etc/systemd/system/telemetry-agent.service", """[Unit]
Description=Telemetry agent (CAN -> MQTT)
After=network-online.target can0.service
Wants=network-online.target

[Service]
Type=simple
User=robot
Environment=MQTT_HOST=mqtt.fleet.acme.io
Environment=MQTT_USER=cart-04
Environment="MQTT_PASSWORD=@V@"
ExecStart=/opt/telemetry/bin/agent --iface can0 --qos 1
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""".replace("@V@", _p), _p, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")
D("systemd-unit", "credential-file", "rootfs/etc/systemd/system/telemetry-agent@.service", """[Unit]
Description=Telemetry agent (%i)
After=network-online.target

[Service]
Type=simple
User=robot
EnvironmentFile=-/etc/telemetry/%i.env
LoadCredential=mqtt-password:/etc/credstore/telemetry-%i.mqtt
ExecStart=/opt/telemetry/bin/agent --iface %i --password-file ${CREDENTIALS_DIRECTORY}/mqtt-password
Restart=always

[Install]
WantedBy=multi-user.target
""", "https://systemd.io/CREDENTIALS/")

# --- Kubernetes on the edge cluster ------------------------------------------------------------------------------------------
_p = rand_pw(22)
S("k8s-secret", "base64-mqtt-password", "deploy/edge/mqtt-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: mqtt-credentials
  namespace: vision
  labels:
    app.kubernetes.io/part-of: shelf-vision
type: Opaque
data:
  MQTT_USERNAME: @U@
  MQTT_PASSWORD: @V@
""".replace("@U@", b64("shelf-vision")).replace("@V@", b64(_p)), _p, "https://kubernetes.io/docs/concepts/configuration/secret/")
D("k8s-sealed-secret", "ciphertext", "deploy/edge/mqtt-sealed.yaml", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mqtt-credentials
  namespace: vision
spec:
  encryptedData:
    MQTT_USERNAME: @A@
    MQTT_PASSWORD: @B@
  template:
    metadata:
      name: mqtt-credentials
      namespace: vision
    type: Opaque
""".replace("@A@", b64rand(300)).replace("@B@", b64rand(300)), "https://github.com/bitnami-labs/sealed-secrets")
D("sops-yaml", "ciphertext", "fleet/secrets/site-118.enc.yaml", """wifi:
    ssid: @S1@
    psk: @S2@
mqtt:
    password: @S3@
sops:
    kms: []
    age:
        - recipient: age1@AGE@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @B1@
            @B2@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:27Z"
    mac: ENC[AES256_GCM,data:@MAC@,iv:@IV@,tag:@TAG@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""".replace("@S1@", sops_enc(12)).replace("@S2@", sops_enc(18)).replace("@S3@", sops_enc(24))
  .replace("@AGE@", fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")).replace("@B1@", b64rand(48))
  .replace("@B2@", b64rand(40)).replace("@MAC@", b64rand(32)).replace("@IV@", b64rand(32)).replace("@TAG@", b64rand(16)),
  "https://github.com/getsops/sops#encrypting-using-age")
D("ansible-vars", "vault-ciphertext", "inventory/group_vars/field_units/vault.yml",
  "---\nvault_wifi_psk: !vault |\n" + indent(ansible_vault(), 10) + "\nvault_mqtt_password: !vault |\n" + indent(ansible_vault(), 10) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")
_p = home_pw()
S("ansible-vars", "wifi-password", "inventory/host_vars/agbot-03.yml", """---
ansible_host: 100.88.12.43
ansible_user: robot
robot_role: sprayer
wifi_country: NL
wifi_networks:
  - ssid: "Kas-4-Achter"
    psk: "@V@"
    priority: 5
can_bitrate: 500000
""".replace("@V@", _p), _p, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

# --- Jetson / edge AI ---------------------------------------------------------------------------------------------------------
_k = nvapi_key()
S("shell-script", "ngc-api-key", "jetson/setup_containers.sh", """#!/usr/bin/env bash
# Pulls the DeepStream + TAO containers onto a fresh Jetson Orin
set -e
sudo apt-get update && sudo apt-get install -y nvidia-container-toolkit
echo '@V@' | docker login nvcr.io --username '$oauthtoken' --password-stdin
docker pull nvcr.io/nvidia/deepstream:7.0-triton-multiarch
docker pull nvcr.io/nvidia/tao/tao-toolkit:5.3.0-deploy
sudo systemctl restart docker
""".replace("@V@", _k), _k, "https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html#generating-api-key")
D("shell-script", "ngc-env", "jetson/setup_containers_ci.sh", """#!/usr/bin/env bash
set -euo pipefail
: "${NGC_API_KEY:?export NGC_API_KEY first (https://org.ngc.nvidia.com/setup/api-key)}"
echo "$NGC_API_KEY" | docker login nvcr.io --username '$oauthtoken' --password-stdin
docker pull nvcr.io/nvidia/deepstream:7.0-triton-multiarch
docker logout nvcr.io
""", "https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html")
_t = hf_token()
S("python", "huggingface-token", "jetson/fetch_models.py", '''"""Downloads the detection + VLM weights to the NVMe on first boot."""
from pathlib import Path

from huggingface_hub import snapshot_download

MODELS = Path("/mnt/nvme/models")
HF_TOKEN = "@V@"  # read-only token of the robotics-bot account

for repo in ["acme-robotics/shelf-detector-yolov8s", "acme-robotics/pick-vlm-2b"]:
    snapshot_download(repo_id=repo, local_dir=MODELS / repo.split("/")[1], token=HF_TOKEN,
                      allow_patterns=["*.onnx", "*.engine", "*.json"])
print("models ready in", MODELS)
'''.replace("@V@", _t), _t, "https://huggingface.co/docs/huggingface_hub/guides/download")
_k = "ei_" + hexs(64)
S("dotenv", "edge-impulse-key", "inference/.env", """# edge-impulse-linux-runner settings for the conveyor camera
EI_API_KEY=@V@
EI_PROJECT_ID=389214
CAMERA=/dev/video0
THRESHOLD=0.65
MQTT_HOST=localhost
""".replace("@V@", _k), _k, "https://docs.edgeimpulse.com/docs/tools/edge-impulse-for-linux")
_k = fakes.drawn_mixed(_seed(), 20)
NOTEBOOK = """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Shelf dataset export\\n", "Pull the latest labelled version for retraining on the Orin."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["loading Roboflow workspace...\\n", "Dataset Version 14 downloaded to: /data/shelf-14\\n"]
    }
   ],
   "source": [
    "from roboflow import Roboflow\\n",
    "rf = Roboflow(api_key=@KEY@)\\n",
    "project = rf.workspace(\\"acme-robotics\\").project(\\"shelf-gaps\\")\\n",
    "dataset = project.version(14).download(\\"yolov8\\", location=\\"/data/shelf-14\\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.10.12"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
SRC_NB = "https://docs.roboflow.com/api-reference/authentication"
S("jupyter-notebook", "roboflow-key", "notebooks/export_dataset.ipynb", NOTEBOOK.replace("@KEY@", '\\"' + _k + '\\"'), _k, SRC_NB)
D("jupyter-notebook", "env-lookup", "notebooks/export_dataset_clean.ipynb",
  NOTEBOOK.replace("@KEY@", 'os.environ[\\"ROBOFLOW_API_KEY\\"]').replace('"from roboflow import Roboflow\\n",', '"import os\\n",\n    "from roboflow import Roboflow\\n",'), SRC_NB)
_p = home_pw()
S("jupyter-notebook", "mqtt-password", "notebooks/arm_telemetry.ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import paho.mqtt.client as mqtt\\n",
    "import pandas as pd\\n",
    "rows = []\\n",
    "def on_message(c, u, m):\\n",
    "    rows.append((m.topic, float(m.payload)))\\n",
    "client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)\\n",
    "client.username_pw_set(\\"lab\\", \\"@V@\\")\\n",
    "client.on_message = on_message\\n",
    "client.connect(\\"ur10e-lab.local\\", 1883)\\n",
    "client.subscribe(\\"arm/joints/#\\")\\n",
    "client.loop_start()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""".replace("@V@", _p), _p, "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html")
_k = fakes.openai_key(_seed())
S("dotenv", "openai-key", "voicebot/.env.local", """# receptionist robot voice stack
OPENAI_API_KEY=@V@
WHISPER_MODEL=small.en
TTS_VOICE=alloy
WAKE_WORD=hey_rover
ROS_DOMAIN_ID=7
""".replace("@V@", _k), _k, "https://platform.openai.com/docs/quickstart")

# --- notification bots from robots and printers -------------------------------------------------------------------------------
_t = fakes.telegram_token(_seed())
S("arduino-ino", "telegram-token", "esp32cam_motion/esp32cam_motion.ino", """#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <UniversalTelegramBot.h>
#include "esp_camera.h"
#include "wifi_creds.h"   // WIFI_SSID / WIFI_PASS

// Initialize Telegram BOT
#define BOTtoken "@V@"  // your Bot Token (Get from Botfather)
#define CHAT_ID "581234907"

WiFiClientSecure clientTCP;
UniversalTelegramBot bot(BOTtoken, clientTCP);
const int pirPin = 13;

void setup() {
  Serial.begin(115200);
  pinMode(pirPin, INPUT);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  clientTCP.setCACert(TELEGRAM_CERTIFICATE_ROOT);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  bot.sendMessage(CHAT_ID, "Camera online", "");
}

void loop() {
  if (digitalRead(pirPin) == HIGH) {
    bot.sendMessage(CHAT_ID, "Motion at the back door!", "");
    delay(10000);
  }
}
""".replace("@V@", _t), _t, "https://github.com/witnessmenow/Universal-Arduino-Telegram-Bot")
D("arduino-ino", "placeholder", "examples/telegram_echo/telegram_echo.ino", """#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <UniversalTelegramBot.h>

#define WIFI_SSID "YOUR_SSID"
#define WIFI_PASSWORD "YOUR_PASSWORD"
#define BOT_TOKEN "XXXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"

WiFiClientSecure secured_client;
UniversalTelegramBot bot(BOT_TOKEN, secured_client);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  secured_client.setCACert(TELEGRAM_CERTIFICATE_ROOT);
}

void loop() {
  int n = bot.getUpdates(bot.last_message_received + 1);
  for (int i = 0; i < n; i++) bot.sendMessage(bot.messages[i].chat_id, bot.messages[i].text, "");
  delay(1000);
}
""", "https://github.com/witnessmenow/Universal-Arduino-Telegram-Bot/blob/master/examples/ESP32/EchoBot/EchoBot.ino")
_p = " ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4))
S("arduino-ino", "smtp-app-password", "mailbox_notifier/mailbox_notifier.ino", """#include <Arduino.h>
#include <WiFi.h>
#include <ESP_Mail_Client.h>

#define WIFI_SSID "Mailbox-Relay"
#define WIFI_PASSWORD ""          /* open relay AP, MAC-filtered */

#define SMTP_HOST "smtp.gmail.com"
#define SMTP_PORT esp_mail_smtp_port_465

/* The sign in credentials */
#define AUTHOR_EMAIL "mailbox.esp32@gmail.com"
#define AUTHOR_PASSWORD "@V@"

#define RECIPIENT_EMAIL "family.inbox@example.org"

SMTPSession smtp;

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) delay(300);
  Session_Config config;
  config.server.host_name = SMTP_HOST;
  config.server.port = SMTP_PORT;
  config.login.email = AUTHOR_EMAIL;
  config.login.password = AUTHOR_PASSWORD;
  SMTP_Message message;
  message.sender.email = AUTHOR_EMAIL;
  message.subject = "You've got mail (the paper kind)";
  message.addRecipient("Home", RECIPIENT_EMAIL);
  message.text.content = "The mailbox flap just opened.";
  if (smtp.connect(&config)) MailClient.sendMail(&smtp, &message);
  esp_deep_sleep_start();
}

void loop() {}
""".replace("@V@", _p), _p, "https://github.com/mobizt/ESP-Mail-Client/blob/master/examples/SMTP/Send_Text/Send_Text.ino")
_k = fakes.drawn_mixed(_seed(), 22, ALNUM + "_-")
S("arduino-ino", "ifttt-key", "washer_done/washer_done.ino", """#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include "creds.h"   // WIFI_SSID, WIFI_PASS

const char* IFTTT_URL = "http://maker.ifttt.com/trigger/washer_done/with/key/@V@";
const int vibPin = D2;
unsigned long lastShake = 0;

void setup() {
  pinMode(vibPin, INPUT);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
}

void loop() {
  if (digitalRead(vibPin)) lastShake = millis();
  if (lastShake && millis() - lastShake > 180000UL) {
    WiFiClient c;
    HTTPClient http;
    http.begin(c, IFTTT_URL);
    http.GET();
    http.end();
    lastShake = 0;
  }
  delay(100);
}
""".replace("@V@", _k), _k, "https://ifttt.com/maker_webhooks")
_k = influx_token()
S("arduino-ino", "influxdb-token", "SecureBatchWrite/SecureBatchWrite.ino", """#if defined(ESP32)
#include <WiFiMulti.h>
WiFiMulti wifiMulti;
#define DEVICE "ESP32"
#endif

#include <InfluxDbClient.h>
#include <InfluxDbCloud.h>
#include "wifi_secrets.h"

#define INFLUXDB_URL "https://eu-central-1-1.aws.cloud2.influxdata.com"
#define INFLUXDB_TOKEN "@V@"
#define INFLUXDB_ORG "4c1f02e7a9b3d851"
#define INFLUXDB_BUCKET "boiler-room"
#define TZ_INFO "CET-1CEST,M3.5.0,M10.5.0/3"

InfluxDBClient client(INFLUXDB_URL, INFLUXDB_ORG, INFLUXDB_BUCKET, INFLUXDB_TOKEN, InfluxDbCloud2CACert);
Point sensor("boiler");

void setup() {
  Serial.begin(115200);
  wifiMulti.addAP(WIFI_SSID, WIFI_PASSWORD);
  while (wifiMulti.run() != WL_CONNECTED) delay(100);
  timeSync(TZ_INFO, "pool.ntp.org", "time.nis.gov");
  sensor.addTag("device", DEVICE);
}

void loop() {
  sensor.clearFields();
  sensor.addField("flow_c", analogRead(34) * 0.0806);
  client.writePoint(sensor);
  delay(10000);
}
""".replace("@V@", _k), _k, "https://github.com/tobiasschuerg/InfluxDB-Client-for-Arduino")
_t = fakes.telegram_token(_seed())
S("python", "telegram-token", "rover/notify.py", '''"""Sends mission events from the field rover to the ops Telegram group."""
import rclpy
import requests
from rclpy.node import Node
from std_msgs.msg import String

BOT_TOKEN = "@V@"
CHAT_ID = -1001873346612


class Notifier(Node):
    def __init__(self):
        super().__init__("telegram_notifier")
        self.create_subscription(String, "/mission/events", self.on_event, 10)

    def on_event(self, msg: String) -> None:
        requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": f"[rover-2] {msg.data}"}, timeout=5)


def main():
    rclpy.init()
    rclpy.spin(Notifier())
'''.replace("@V@", _t), _t, "https://core.telegram.org/bots/api#sendmessage")
_w = discord_webhook()
S("moonraker-conf", "discord-webhook", "printer_data/config/moonraker.conf", """[server]
host: 0.0.0.0
port: 7125

[authorization]
trusted_clients:
    10.0.0.0/8
    127.0.0.0/8
cors_domains:
    *.local

[octoprint_compat]

[history]

[notifier print_done]
url: @V@
events: complete, error
body: "{event_name}: {event_args[1].filename}"
""".replace("@V@", _w), _w,
  "https://moonraker.readthedocs.io/en/latest/configuration/#notifier")
_k = hexs(32).upper()
S("octoprint-config", "api-key", ".octoprint/config.yaml", """accessControl:
  salt: @SALT@
api:
  key: @V@
appearance:
  name: Prusa MK3S farm #2
plugins:
  _disabled:
  - announcements
  discovery:
    upnpUuid: @UUID@
  softwareupdate:
    _config_version: 9
serial:
  autoconnect: true
  port: /dev/ttyACM0
server:
  firstRun: false
  onlineCheck:
    enabled: true
""".replace("@SALT@", fakes.drawn(_seed(), 32)).replace("@V@", _k).replace("@UUID@", fakes.uuid4(_seed())), _k,
  "https://docs.octoprint.org/en/master/configuration/config_yaml.html")

# --- Home Assistant / robot vacuums -----------------------------------------------------------------------------------------------
_t = jwt({"iss": hexs(32), "iat": 1714000000, "exp": 2029360000}, 32)
S("python", "home-assistant-token", "robot_bridge/ha_client.py", '''"""Lets the hallway robot open doors and switch lights through Home Assistant."""
import requests

HA_URL = "http://homeassistant.local:8123"
HA_TOKEN = "@V@"

HEADERS = {"Authorization": f"Bearer {HA_TOKEN}", "content-type": "application/json"}


def call(domain: str, service: str, entity_id: str) -> None:
    r = requests.post(f"{HA_URL}/api/services/{domain}/{service}", headers=HEADERS,
                      json={"entity_id": entity_id}, timeout=5)
    r.raise_for_status()


def open_door(name: str) -> None:
    call("lock", "unlock", f"lock.{name}")
'''.replace("@V@", _t), _t, "https://developers.home-assistant.io/docs/api/rest/")
_k = hexs(32)
S("ha-secrets", "miio-token", "homeassistant/secrets.yaml", """# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
mqtt_user: homeassistant
vacuum_host: 192.168.1.48
vacuum_token: @V@
latitude_home: 52.3731
longitude_home: 4.8922
""".replace("@V@", _k), _k, "https://www.home-assistant.io/integrations/xiaomi_miio/")
D("ha-config", "secret-tags", "homeassistant/configuration.yaml", """# Loads default set of integrations. Do not remove.
default_config:

homeassistant:
  name: Home
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: metric
  time_zone: Europe/Amsterdam

vacuum:
  - platform: xiaomi_miio
    host: !secret vacuum_host
    token: !secret vacuum_token
    name: Rocky

automation: !include automations.yaml
script: !include scripts.yaml
""", "https://www.home-assistant.io/docs/configuration/secrets/")
_k = fakes.drawn_mixed(_seed(), 16, ALNUM + "`'^~@<>|[]{}")
S("tinytuya-json", "tuya-local-key", "tuya/devices.json", """[
  {
    "name": "Robot charger plug",
    "id": "bf4d7e2a1c9f3b8e05xqzt",
    "key": "@V@",
    "mac": "a4:cf:12:8b:4e:91",
    "category": "cz",
    "product_name": "Smart Plug 16A",
    "ip": "192.168.1.77",
    "version": "3.3"
  }
]
""".replace("@V@", _k), _k, "https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys")

# --- WireGuard / VPN on gateways ------------------------------------------------------------------------------------------------------
WG = """[Interface]
Address = 10.99.0.@N@/24
ListenPort = 51820
@PRIV@

[Peer]
# fleet hub
PublicKey = @PUB@
Endpoint = vpn.acme-robotics.com:51820
AllowedIPs = 10.99.0.0/24
PersistentKeepalive = 25
"""
SRC_WG = "https://www.wireguard.com/quickstart/"
_k = b64rand(32)
S("wireguard-conf", "private-key", "rootfs-overlay/etc/wireguard/wg0.conf", T(WG, n="23", priv="PrivateKey = " + _k, pub=b64rand(32)), _k, SRC_WG)
D("wireguard-conf", "public-key-only", "gateway/wireguard/wg0.conf",
  T(WG, n="24", priv="PostUp = wg set %i private-key /etc/wireguard/private.key", pub=b64rand(32)), SRC_WG)

# --- more edge configs -----------------------------------------------------------------------------------------------------------------
FRIGATE = """mqtt:
  enabled: true
  host: 192.168.1.10
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  driveway:
    ffmpeg:
      inputs:
        - path: rtsp://@CRED@@192.168.1.64:554/cam/realmonitor?channel=1&subtype=0
          roles:
            - detect
            - record
    detect:
      width: 1280
      height: 720
      fps: 5
    objects:
      track:
        - person
        - car

detectors:
  coral:
    type: edgetpu
    device: usb
"""
SRC_FRIGATE = "https://docs.frigate.video/configuration/reference"
_p = home_pw()
S("frigate-config", "rtsp-password", "frigate/config.yml", T(FRIGATE, cred="admin:" + _p), _p, SRC_FRIGATE)
D("frigate-config", "env-substitution", "frigate/config/config.yaml", T(FRIGATE, cred="{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}"), SRC_FRIGATE)
_p = words_pw()
S("docker-compose", "emqx-dashboard-password", "gateway/docker-compose.yml", """services:
  emqx:
    image: emqx/emqx:5.6.1
    container_name: emqx
    restart: unless-stopped
    ports:
      - "1883:1883"
      - "8883:8883"
      - "18083:18083"
    environment:
      EMQX_NAME: gateway
      EMQX_DASHBOARD__DEFAULT_USERNAME: admin
      EMQX_DASHBOARD__DEFAULT_PASSWORD: "@V@"
      EMQX_ALLOW_ANONYMOUS: "false"
    volumes:
      - emqx-data:/opt/emqx/data
      - emqx-log:/opt/emqx/log

volumes:
  emqx-data:
  emqx-log:
""".replace("@V@", _p), _p, "https://docs.emqx.com/en/emqx/latest/configuration/configuration.html#environment-variables")
_p = rand_pw(16)
S("zephyr-c-header", "mqtt-password", "src/config.h", """/*
 * Copyright (c) 2017 Intel Corporation
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#ifndef __CONFIG_H__
#define __CONFIG_H__

#define SERVER_ADDR		"10.12.0.4"
#define SERVER_PORT		1883

#define APP_CONNECT_TIMEOUT_MS	2000
#define APP_SLEEP_MSECS		500
#define APP_CONNECT_TRIES	10

#define MQTT_CLIENTID		"conveyor-tension-07"
#define MQTT_USERNAME		"conveyor"
#define MQTT_PASSWORD		"@V@"

#endif
""".replace("@V@", _p), _p, "https://github.com/zephyrproject-rtos/zephyr/blob/main/samples/net/mqtt_publisher/src/config.h")
_s = fakes.aws_secret_key(_seed())
S("aws-credentials", "aws-secret-key", "rootfs-overlay/home/robot/.aws/credentials", """[default]
aws_access_key_id = @ID@
aws_secret_access_key = @V@

[kvs-uploader]
role_arn = arn:aws:iam::418275550912:role/kvs-uploader
source_profile = default
region = eu-west-1
""".replace("@ID@", fakes.aws_key_id(_seed())).replace("@V@", _s), _s,
  "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
_k = azure_key()
S("python", "dps-group-key", "factory/derive_device_keys.py", '''"""Factory station: derive per-device DPS keys from the enrollment group key and flash them."""
import base64
import hashlib
import hmac
import sys

ID_SCOPE = "0ne00C44D19"
GROUP_PRIMARY_KEY = "@V@"


def derive(registration_id: str) -> str:
    key = base64.b64decode(GROUP_PRIMARY_KEY)
    sig = hmac.new(key, registration_id.encode(), hashlib.sha256).digest()
    return base64.b64encode(sig).decode()


if __name__ == "__main__":
    for reg_id in sys.argv[1:]:
        print(reg_id, derive(reg_id))
'''.replace("@V@", _k), _k, "https://learn.microsoft.com/en-us/azure/iot-dps/how-to-legacy-device-symm-key")
_pem = fakes.fake_pem(_seed(), "RSA")
S("dotenv", "base64-signing-key", "ci/mender-signing.env", """# GitLab CI variables exported for the release job (copy of the settings page)
MENDER_SERVER_URL=https://hosted.mender.io
MENDER_DEVICE_TYPE=acme-gw-imx8
MENDER_ARTIFACT_SIGNING_KEY_B64=@V@
RELEASE_CHANNEL=stable
""".replace("@V@", b64(_pem + "\n")), _pem, "https://docs.mender.io/artifact-creation/sign-and-verify")
_p = passphrase()
S("yocto-site-conf", "mirror-basic-auth", "conf/site.conf", """# shared by all build hosts in the farm
SCONF_VERSION = "1"
DL_DIR = "/srv/yocto/downloads"
SSTATE_DIR = "/srv/yocto/sstate"
INHERIT += "own-mirrors"
SOURCE_MIRROR_URL = "https://yocto-build:@V@@artifacts.acme.local/artifactory/yocto-mirror/"
BB_GENERATE_MIRROR_TARBALLS = "1"
SSTATE_MIRRORS ?= "file://.* https://sstate.acme.local/scarthgap/PATH;downloadfilename=PATH"
BB_HASHSERVE = "auto"
""".replace("@V@", _p), _p, "https://docs.yoctoproject.org/ref-manual/classes.html#own-mirrors")
_p = home_pw()
S("makefile", "sshpass-password", "robot/Makefile", """ROBOT ?= 192.168.1.120
WS    ?= $(HOME)/ros2_ws

.PHONY: build deploy restart

build:
	cd $(WS) && colcon build --packages-up-to arm_control --cmake-args -DCMAKE_BUILD_TYPE=Release

deploy: build
	sshpass -p '@V@' rsync -az --delete $(WS)/install/ ubuntu@$(ROBOT):/home/ubuntu/ros2_ws/install/

restart:
	sshpass -p '@V@' ssh ubuntu@$(ROBOT) 'sudo systemctl restart arm-control'
""".replace("@V@", _p), _p, "https://linux.die.net/man/1/sshpass")
_p = words_pw()
S("ros1-rosinstall", "bitbucket-app-password", "noetic.rosinstall", """- git:
    local-name: universal_robot
    uri: https://github.com/ros-industrial/universal_robot.git
    version: noetic-devel
- git:
    local-name: acme_gripper
    uri: https://ci-bot:@V@@bitbucket.org/acme-robotics/acme_gripper.git
    version: master
- git:
    local-name: industrial_core
    uri: https://github.com/ros-industrial/industrial_core.git
    version: melodic-devel
""".replace("@V@", _p), _p, "https://docs.ros.org/en/independent/api/rosinstall/html/rosinstall_file_format.html")
_k = fakes.fake("AIza", 35, _seed())
S("ros2-launch-xml", "google-maps-key", "gps_nav/launch/geocoder.launch.xml", """<launch>
  <arg name="use_sim_time" default="false"/>
  <node pkg="gps_nav" exec="geocoder_node" name="geocoder" output="screen">
    <param name="use_sim_time" value="$(var use_sim_time)"/>
    <param name="provider" value="google"/>
    <param name="api_key" value="@V@"/>
    <param name="cache_dir" value="/var/cache/geocoder"/>
  </node>
  <node pkg="mapviz" exec="mapviz" name="mapviz">
    <param name="config" value="$(find-pkg-share gps_nav)/config/mapviz.mvc"/>
  </node>
</launch>
""".replace("@V@", _k), _k, "https://docs.ros.org/en/humble/How-To-Guides/Launch-file-different-formats.html")
_p = rand_pw(24, "-_")
S("ros2-params", "turn-credential", "teleop_web/config/webrtc.yaml", """webrtc_bridge:
  ros__parameters:
    signaling_url: wss://teleop.acme-robotics.com/signal
    video_topics: ["/front/image_raw", "/rear/image_raw"]
    max_bitrate_kbps: 2500
    ice_servers:
      - "stun:stun.l.google.com:19302"
    turn_server: "turn:turn.acme-robotics.com:3478?transport=udp"
    turn_username: "teleop"
    turn_credential: "@V@"
""".replace("@V@", _p), _p, "https://developer.mozilla.org/en-US/docs/Web/API/RTCIceServer")
