"""Blind set HK: driving schools and driving ranges.

Lesson booking sites and instructors' apps, dual-control car telematics, golf driving-range ball
dispensers and bay trackers, card payments and SMS reminders, and the small IT shops that run
them: code, configs, CI, containers, infrastructure, notebooks, runbooks, SQL, CSV and logs.
Generated fakes only (seeds 2830000-2839999).
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
UPHEX = "0123456789ABCDEF"
_SEED = [2830000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 2840000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Fairway", "Clutch", "Mirror", "Bunker", "Caddie", "Indicator", "Birdie", "Gearbox", "Roundabout",
         "Eagle", "Handbrake", "Tee", "Wedge", "Parallel", "Putter", "Junction", "Divot", "Chicane"]
LOWER = ["mirror", "signal", "fairway", "bunker", "wedge", "clutch", "lane", "hazard", "driver", "iron",
         "kerb", "tee", "caddie", "gear", "slice", "hook"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def fcm_server_key() -> str:
    r = _rng()
    return ("AAAA" + "".join(r.choice(ALNUM) for _ in range(7)) + ":APA91b"
            + "".join(r.choice(ALNUM + "-_") for _ in range(134)))


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + alnum(60) + "." + alnum(22)


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def gocardless_token() -> str:
    return fakes.fake("live_", 40, _seed())


def mollie_key() -> str:
    return fakes.fake("live_", 30, _seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


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
    CASES.append(LabelledCase(f"blind-hk/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- lesson booking (web back end)

add("env/stripe-secret-key", "booking-web/.env.production", "Stripe docs: API keys", """
APP_NAME="Clutch & Go Driving School"
APP_ENV=production
APP_URL=https://book.clutchandgo.co.uk
DB_HOST=clutchgo-prod.cluster-c9x2.eu-west-2.rds.amazonaws.com
DB_DATABASE=lessons
DB_USERNAME=lessons_app
STRIPE_KEY=@@pk@@
STRIPE_SECRET=@@secret@@
LESSON_DEFAULT_MINUTES=60
BLOCK_BOOKING_DISCOUNT=0.10
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-publishable-key", "booking-web/.env.example", "Stripe docs: API keys", """
APP_NAME="Clutch & Go Driving School"
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=lessons
DB_USERNAME=lessons_app
DB_PASSWORD=
STRIPE_KEY=@@pk@@
STRIPE_SECRET=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
LESSON_DEFAULT_MINUTES=60
""", pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "booking/payments/webhooks.py", "Stripe docs: check webhook signatures", """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from booking.models import LessonBlock

# TODO move to settings before go-live (Gemma)
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        LessonBlock.objects.filter(checkout_id=session["id"]).update(paid=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("python/decoy-env-reference", "booking/settings/production.py", "Django docs: settings", """
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.clutchandgo.co.uk"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "lessons",
        "USER": "lessons_app",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
""")

add("python/django-secret-key", "booking/settings/base.py", "Django docs: SECRET_KEY", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "booking",
    "instructors",
    "payments",
]
TIME_ZONE = "Europe/London"
USE_TZ = True
LESSON_SLOT_MINUTES = [60, 90, 120]
""", fakes.django_secret_key(_seed()))

add("php/twilio-auth-token", "app/Services/LessonReminderSms.php", "Twilio docs: PHP helper library", """
<?php

namespace App\\Services;

use Twilio\\Rest\\Client;

class LessonReminderSms
{
    private Client $client;

    public function __construct()
    {
        $sid = 'AC@@sid@@';
        $token = '@@secret@@';
        $this->client = new Client($sid, $token);
    }

    public function remind(string $pupilPhone, string $when, string $instructor): void
    {
        $this->client->messages->create($pupilPhone, [
            'from' => '+447723100482',
            'body' => "Reminder: your driving lesson with {$instructor} is at {$when}. Reply C to cancel.",
        ]);
    }
}
""", hexs(32), sid=hexs(32))

add("php/decoy-twilio-account-sid", "config/services.php", "Laravel docs: configuration", """
<?php

return [
    'twilio' => [
        'sid' => env('TWILIO_SID', 'AC@@sid@@'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+447723100482'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
    'dvsa' => [
        'test_centre_lookup' => 'https://www.gov.uk/find-driving-test-centre',
    ],
];
""", sid=hexs(32))

add("ruby/sendgrid-api-key", "config/initializers/sendgrid.rb", "SendGrid docs: SMTP integration", """
# Lesson confirmation and theory-test reminder emails
ActionMailer::Base.smtp_settings = {
  user_name: 'apikey',
  password: '@@secret@@',
  domain: 'learnwithlaura.co.uk',
  address: 'smtp.sendgrid.net',
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
ActionMailer::Base.default_url_options = { host: 'app.learnwithlaura.co.uk' }
""", sendgrid_key())

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "Rails guides: custom credentials", """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-06-20'
# Block of 10 lessons, manual: price_1PQ8xLHn4 ; automatic: price_1PQ8yTHn4
""")

add("typescript/square-access-token", "src/payments/squareClient.ts", "Square docs: Node.js SDK", """
import { Client, Environment } from "square";

// range shop till + online bucket pre-pay
export const square = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

export async function chargeBucket(nonce: string, pence: number, bay: number) {
  const { result } = await square.paymentsApi.createPayment({
    sourceId: nonce,
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(pence), currency: "GBP" },
    locationId: "L8QF2K7XB3M0A",
    note: `Bay ${bay} - large bucket`,
  });
  return result.payment;
}
""", square_token())

add("typescript/decoy-square-application-id", "src/payments/squareWebPayments.ts", "Square docs: Web Payments SDK", """
// Web Payments SDK runs in the browser: the application id and location id are public.
const APPLICATION_ID = "sq0idp-@@appid@@";
const LOCATION_ID = "L8QF2K7XB3M0A";

export async function mountCard(elementId: string) {
  const payments = (window as any).Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(`#${elementId}`);
  return card;
}

export async function tokenize(card: any): Promise<string> {
  const result = await card.tokenize();
  if (result.status !== "OK") throw new Error(result.errors?.[0]?.message ?? "card failed");
  return result.token;
}
""", appid=alnum(22))

# ---------------------------------------------------------------- dual-control car telematics

add("python/geotab-password", "telematics/geotab_sync.py", "Geotab SDK docs: mygeotab-python", """
\"\"\"Nightly pull of trip data for the dual-control fleet (instructor cars) from MyGeotab.\"\"\"
import datetime as dt

import mygeotab

api = mygeotab.API(
    username="fleet-sync@drivewisesouth.co.uk",
    password="@@secret@@",
    database="drivewise_south",
)
api.authenticate()


def trips_since(hours: int = 24):
    since = dt.datetime.utcnow() - dt.timedelta(hours=hours)
    return api.get("Trip", search={"fromDate": since})


if __name__ == "__main__":
    for trip in trips_since():
        print(trip["device"]["id"], trip["distance"], trip["maximumSpeed"])
""", words_pw())

add("yaml/samsara-api-token", "fleet-dashboard/config/samsara.yml", "Samsara developer docs: authentication", """
samsara:
  base_url: https://api.eu.samsara.com
  api_token: @@secret@@
  poll_seconds: 60
  vehicle_tag: dual-control
  stats:
    - gps
    - engineStates
    - obdOdometerMeters
alerts:
  harsh_brake_g: 0.45
  dual_brake_pressed: true
""", samsara_token())

add("yaml/decoy-samsara-vehicle-ids", "fleet-dashboard/config/vehicles.yml", "Samsara developer docs: vehicles", """
# Samsara vehicle ids for the instructor fleet (not secrets: ids from the dashboard URL)
vehicles:
  - reg: WR21 KXD
    samsara_id: "281474977075123"
    instructor: paul.h
    gearbox: manual
  - reg: WR71 LNE
    samsara_id: "281474977075488"
    instructor: sana.k
    gearbox: automatic
  - reg: WP22 DZC
    samsara_id: "281474977075901"
    instructor: owen.t
    gearbox: manual
api_token_env: SAMSARA_API_TOKEN
""")

add("ini/mqtt-password", "telematics/obd-gateway/gateway.ini", "Eclipse Mosquitto docs: authentication", """
[gateway]
device_id = dc-car-014
can_bus = can0
dual_pedal_channel = 3

[mqtt]
host = mqtt.fleet.passfirsttime.co.uk
port = 8883
tls = true
client_id = dc-car-014
username = car014
password = @@secret@@
topic_prefix = fleet/cars/014

[gps]
device = /dev/ttyUSB1
baud = 9600
""", rand_pw(24))

add("shell/mqtt-password", "telematics/scripts/watch_dual_brake.sh", "Eclipse Mosquitto docs: mosquitto_sub", """
#!/usr/bin/env bash
# Watch the instructor-side brake pedal events from all cars during the winter check
set -euo pipefail

BROKER=mqtt.fleet.passfirsttime.co.uk

mosquitto_sub -h "$BROKER" -p 8883 --capath /etc/ssl/certs \\
  -u ops-monitor -P '@@secret@@' \\
  -t 'fleet/cars/+/pedals/dual_brake' -v \\
  | while read -r topic payload; do
      echo "$(date -Is) $topic $payload"
    done
""", words_pw())

add("python/decoy-mqtt-env", "telematics/obd-gateway/publisher.py", "paho-mqtt docs: client", """
import json
import os
import ssl

import paho.mqtt.client as mqtt

client = mqtt.Client(client_id=os.environ["DEVICE_ID"])
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
client.tls_set(ca_certs="/etc/gateway/ca.pem", cert_reqs=ssl.CERT_REQUIRED)
client.connect(os.environ.get("MQTT_HOST", "localhost"), 8883)


def publish_pedal(event: dict) -> None:
    topic = f"fleet/cars/{os.environ['DEVICE_ID']}/pedals/dual_brake"
    client.publish(topic, json.dumps(event), qos=1)
""")

add("json/azure-iot-connection-string", "telematics/edge/appsettings.Production.json", "Azure IoT Hub docs: device connection strings", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "IotHub": {
    "ConnectionString": "HostName=ih-dualcontrol-uks.azure-devices.net;DeviceId=car-WR21KXD;SharedAccessKey=@@secret@@"
  },
  "Obd": {
    "Port": "/dev/ttyS0",
    "PollMs": 500
  },
  "Pedals": {
    "DualBrakeChannel": 3,
    "DualClutchChannel": 4
  }
}
""", b64(alnum(32)))

add("json/decoy-azure-iot-placeholder", "telematics/edge/appsettings.json", "Azure IoT Hub docs: device connection strings", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "IotHub": {
    "ConnectionString": "HostName=<your-hub>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"
  },
  "Obd": {
    "Port": "/dev/ttyS0",
    "PollMs": 500
  },
  "Pedals": {
    "DualBrakeChannel": 3,
    "DualClutchChannel": 4
  }
}
""")

add("csharp/aws-iot-private-key", "Telematics.Edge/Certs/DeviceIdentity.cs", "AWS IoT Core docs: X.509 client certificates", """
namespace Telematics.Edge.Certs;

// Provisioned for car-WP22DZC. Bench-test only, swap for TPM-backed key later.
internal static class DeviceIdentity
{
    public const string Endpoint = "a3k7xq2m9t1bzd-ats.iot.eu-west-2.amazonaws.com";
    public const string ThingName = "car-WP22DZC";

    public const string PrivateKeyPem = @"@@secret@@";
}
""", pem())

add("csharp/decoy-cert-thumbprint", "Telematics.Edge/Certs/TrustedRoots.cs", "AWS IoT Core docs: server authentication", """
namespace Telematics.Edge.Certs;

internal static class TrustedRoots
{
    // SHA-256 thumbprints of the Amazon Root CA certificates we pin
    public static readonly string[] Sha256Thumbprints =
    {
        "@@t1@@",
        "@@t2@@",
    };

    public const string RootCaPath = "/etc/telematics/AmazonRootCA1.pem";
}
""", t1=hexs(64, UPHEX), t2=hexs(64, UPHEX))

add("go/traccar-admin-password", "cmd/tracksync/main.go", "Traccar docs: API reference", """
package main

import (
	"fmt"
	"log"
	"net/http"
	"time"
)

const (
	traccarURL  = "https://gps.drivesafe-academy.com/api/positions"
	traccarUser = "admin@drivesafe-academy.com"
	traccarPass = "@@secret@@"
)

func main() {
	client := &http.Client{Timeout: 15 * time.Second}
	req, err := http.NewRequest("GET", traccarURL, nil)
	if err != nil {
		log.Fatal(err)
	}
	req.SetBasicAuth(traccarUser, traccarPass)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println("positions:", resp.Status)
}
""", words_pw())

add("go/decoy-imei-list", "internal/fleet/devices.go", "Teltonika wiki: FMB device identification", """
package fleet

// IMEIs of the Teltonika FMC130 units fitted under the dashboard of each dual-control car.
// They identify devices to Traccar; they are printed on the unit's label.
var DeviceIMEI = map[string]string{
	"WR21KXD": "352093081234561",
	"WR71LNE": "352093081234579",
	"WP22DZC": "352093081234587",
	"WP72HUV": "352093081234595",
}

const TraccarPort = 5027 // teltonika protocol
""")

add("properties/teltonika-sms-password", "provisioning/fmc130-defaults.cfg", "Teltonika wiki: FMC130 SMS/call settings", """
# FMC130 configurator export (hand-edited) - dual-control fleet
sms.login=fleetops
sms.password=@@secret@@
server.domain=gps.drivesafe-academy.com
server.port=5027
server.protocol=TCP
gprs.apn=everywhere
gprs.apn.user=eesecure
gprs.apn.password=secure
io.din2=dual_brake
io.din3=dual_clutch
tracking.onstop.period=600
tracking.onmove.period=10
""", rand_pw(12))

add("markdown/decoy-apn-public-credentials", "docs/telematics/sim-setup.md", "EE business APN settings", """
# SIM setup for the car trackers

We use EE business SIMs. The APN settings are the public ones from EE's help pages,
not account secrets:

| Setting | Value |
|---|---|
| APN | everywhere |
| Username | eesecure |
| Password | secure |

After the SIM is in, send `getgprs` by SMS with the unit's SMS login (see the vault
entry *Telematics / Teltonika SMS*), and check it answers with the APN above.
""")

add("kotlin/geotab-password", "app/src/main/java/uk/co/drivewise/instructor/fleet/FleetApi.kt", "Geotab SDK docs: JSON-RPC authenticate", """
package uk.co.drivewise.instructor.fleet

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object FleetApi {
    private const val SERVER = "https://my.geotab.com/apiv1"
    private const val DATABASE = "drivewise_south"
    private const val USER = "instructor-app@drivewisesouth.co.uk"
    private const val PASSWORD = "@@secret@@"

    private val client = OkHttpClient()

    fun authenticate(): String {
        val body = "{\\"method\\":\\"Authenticate\\",\\"params\\":{\\"database\\":\\"$DATABASE\\",\\"userName\\":\\"$USER\\",\\"password\\":\\"$PASSWORD\\"}}"
        val request = Request.Builder().url(SERVER)
            .post(body.toRequestBody("application/json".toMediaType())).build()
        client.newCall(request).execute().use { return it.body!!.string() }
    }
}
""", words_pw())

# ---------------------------------------------------------------- driving range: dispensers, bays

add("python/dispenser-admin-password", "range/dispenser/poll_dispenser.py", "Range Servant dispenser manual: web interface", """
\"\"\"Reads ball counts from the two dispensers in the ball room and posts them to the ops board.\"\"\"
import requests

DISPENSERS = {
    "north": "http://10.20.4.11",
    "south": "http://10.20.4.12",
}
AUTH = ("admin", "@@secret@@")


def balls_left(base_url: str) -> int:
    r = requests.get(f"{base_url}/api/status", auth=AUTH, timeout=5)
    r.raise_for_status()
    return int(r.json()["hopper_balls"])


if __name__ == "__main__":
    for name, url in DISPENSERS.items():
        print(name, balls_left(url))
""", words_pw())

add("json/toptracer-api-key", "bay-screens/config/toptracer.json", "Toptracer Range docs: site integration", """
{
  "site": "Greenfield Golf Centre",
  "siteId": "GB-GFG-0412",
  "bays": 36,
  "toptracer": {
    "endpoint": "https://range-api.toptracer.com/v2",
    "apiKey": "@@secret@@",
    "events": ["shot", "session.start", "session.end"]
  },
  "screens": { "rotateSeconds": 20, "showLeaderboard": true }
}
""", "tt_live_" + alnum(40))

add("json/decoy-toptracer-bay-map", "bay-screens/config/bays.json", "Toptracer Range docs: site integration", """
{
  "siteId": "GB-GFG-0412",
  "bays": [
    { "bay": 1, "tier": "ground", "sensorId": "@@u1@@", "screen": "bay01-screen" },
    { "bay": 2, "tier": "ground", "sensorId": "@@u2@@", "screen": "bay02-screen" },
    { "bay": 19, "tier": "upper", "sensorId": "@@u3@@", "screen": "bay19-screen" }
  ],
  "apiKeyEnv": "TOPTRACER_API_KEY"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("yaml/trackman-client-secret", "range-ops/trackman/values.yaml", "TrackMan Range docs: partner API (OAuth2 client credentials)", """
trackman:
  tokenUrl: https://login.trackmanrange.com/connect/token
  apiUrl: https://api.trackmanrange.com/v1
  clientId: greenfield-range-ops
  clientSecret: "@@secret@@"
  scope: range.read bays.read
  bays:
    count: 24
    heated: [1, 2, 3, 4, 5, 6]
replicaCount: 1
image:
  repository: ghcr.io/greenfield-golf/range-ops
  tag: 2.4.1
""", alnum(48))

add("csv/dispenser-admin-password", "it/asset-register/range-devices.csv", "Asset register export", """
asset_tag,device,location,ip,mac,admin_user,admin_password,notes
GFG-0101,Range Servant Ball Dispenser Pro,Ball room north,10.20.4.11,00:1B:2F:4A:11:02,admin,@@secret@@,firmware 4.2
GFG-0102,Range Servant Ball Dispenser Pro,Ball room south,10.20.4.12,00:1B:2F:4A:11:03,admin,see vault,replaced 2024
GFG-0110,Ball washer WB-900,Ball room,10.20.4.20,00:1B:2F:4A:11:10,,,no network UI
GFG-0120,Picker tractor GPS,Yard,,,,,
GFG-0130,Card reader SumUp Solo,Reception,,,,,paired to till 1
GFG-0140,Hikvision NVR,Comms cupboard,10.20.1.30,44:19:B6:00:AA:01,admin,see vault,
""", words_pw())

add("csv/decoy-bay-sessions-export", "reports/exports/bay_sessions_2024-05.csv", "Range booking system export", """
session_id,bay,start,end,customer_id,balls,payment_ref,card_last4
@@u1@@,7,2024-05-03T17:02:11Z,2024-05-03T17:58:40Z,C-10442,100,pi_3PAv8sHn4Kx2Lm1s0Q7aYt2c,4242
@@u2@@,12,2024-05-03T17:05:03Z,2024-05-03T18:01:12Z,C-10987,150,pi_3PAv9cHn4Kx2Lm1s1bZ8uE4d,1881
@@u3@@,3,2024-05-03T17:10:44Z,2024-05-03T17:40:01Z,C-11003,50,pi_3PAvA1Hn4Kx2Lm1s0xG3hR5e,0005
@@u4@@,21,2024-05-03T18:00:00Z,2024-05-03T19:00:00Z,C-10021,200,pi_3PAvB7Hn4Kx2Lm1s1QkP2sWf,5556
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("xml/dispenser-rfid-key", "range/dispenser/DispenserConfig.xml", "Range Servant dispenser manual: card reader settings", """
<?xml version="1.0" encoding="utf-8"?>
<DispenserConfig>
  <Site>Greenfield Golf Centre</Site>
  <Unit id="north" model="BallDispenserPro" />
  <CardReader type="MIFARE-DESFire">
    <ApplicationId>F51320</ApplicationId>
    <!-- AES-128 master key of the member cards' balance application -->
    <AppMasterKey>@@secret@@</AppMasterKey>
    <BalanceFileNo>2</BalanceFileNo>
  </CardReader>
  <Buckets>
    <Bucket size="small" balls="50" priceTokens="1" />
    <Bucket size="medium" balls="100" priceTokens="2" />
    <Bucket size="large" balls="150" priceTokens="3" />
  </Buckets>
</DispenserConfig>
""", hexs(32, UPHEX))

add("xml/decoy-mifare-default-key", "range/dispenser/DispenserConfig.sample.xml", "NXP AN10787: MIFARE default keys", """
<?xml version="1.0" encoding="utf-8"?>
<DispenserConfig>
  <Site>Sample site</Site>
  <Unit id="unit1" model="BallDispenserPro" />
  <CardReader type="MIFARE-DESFire">
    <ApplicationId>F51320</ApplicationId>
    <!-- factory default (all zero) key: replace at commissioning, never ship to a site -->
    <AppMasterKey>00000000000000000000000000000000</AppMasterKey>
    <BalanceFileNo>2</BalanceFileNo>
  </CardReader>
</DispenserConfig>
""")

add("shell/nvr-rtsp-password", "range/cctv/record_bays.sh", "Hikvision docs: RTSP URL format", """
#!/bin/sh
# Grab 10 s of the upper-tier bay camera for the ball-strike dispute log
OUT=/srv/cctv/disputes/$(date +%Y%m%d-%H%M%S).mp4
ffmpeg -rtsp_transport tcp \\
  -i "rtsp://admin:@@secret@@@10.20.1.30:554/Streaming/Channels/201" \\
  -t 10 -c copy "$OUT"
echo "saved $OUT"
""", rand_pw(14))

add("typescript/decoy-recaptcha-site-key", "range-web/src/components/BayBookingForm.tsx", "Google reCAPTCHA docs: site key", """
import ReCAPTCHA from "react-google-recaptcha";
import { useState } from "react";

// The site key is public: it is rendered in the page for every visitor.
const RECAPTCHA_SITE_KEY = "6Lc@@k@@";

export function BayBookingForm({ onSubmit }: { onSubmit: (t: string) => void }) {
  const [token, setToken] = useState<string | null>(null);
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (token) onSubmit(token); }}>
      <label>Bays <input type="number" min={1} max={4} name="bays" /></label>
      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} onChange={setToken} />
      <button type="submit">Book a bay</button>
    </form>
  );
}
""", k=alnum(37))

add("php/recaptcha-secret-key", "range-web/api/verify_booking.php", "Google reCAPTCHA docs: verifying the user's response", """
<?php
// Verify the reCAPTCHA token before holding a bay
$secret = '6Lc@@secret@@';
$token = $_POST['g-recaptcha-response'] ?? '';

$ch = curl_init('https://www.google.com/recaptcha/api/siteverify');
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['secret' => $secret, 'response' => $token]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$result = json_decode(curl_exec($ch), true);

if (!($result['success'] ?? false)) {
    http_response_code(403);
    exit('captcha failed');
}
require __DIR__ . '/hold_bay.php';
""", alnum(37))

add("ini/snmp-community", "range/network/librenms-devices.ini", "LibreNMS docs: adding devices (SNMP v2c)", """
; devices added to LibreNMS for the range
[core-switch]
hostname = 10.20.0.2
snmp_version = v2c
community = @@secret@@

[ball-room-ap]
hostname = 10.20.4.2
snmp_version = v2c
community = public

[bay-screens-switch]
hostname = 10.20.5.2
snmp_version = v3
auth_env = SNMPV3_AUTH
""", rand_pw(16))

add("ini/decoy-snmp-public", "range/network/librenms-lab.ini", "LibreNMS docs: adding devices (SNMP v2c)", """
; lab bench in the workshop: factory defaults on purpose, not on the site network
[bench-switch]
hostname = 192.168.88.2
snmp_version = v2c
community = public

[bench-dispenser]
hostname = 192.168.88.11
snmp_version = v2c
community = public
""")

add("python/decoy-hash-check", "range/dispenser/firmware_check.py", "Python docs: hashlib", """
import hashlib
import sys

# SHA-256 of the vendor firmware images we accept on the dispensers
KNOWN_GOOD = {
    "bdp-4.2.0.bin": "@@h1@@",
    "bdp-4.2.1.bin": "@@h2@@",
}


def check(path: str) -> bool:
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return KNOWN_GOOD.get(path.rsplit("/", 1)[-1]) == digest


if __name__ == "__main__":
    sys.exit(0 if check(sys.argv[1]) else 1)
""", h1=hexs(64), h2=hexs(64))

# ---------------------------------------------------------------- containers, CI, infrastructure

add("dockerfile/pypi-token", "tools/theory-quiz/Dockerfile", "PyPI docs: API tokens", """
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY theory_quiz ./theory_quiz
RUN pip install --no-cache-dir build twine && python -m build
# publish the internal quiz package to PyPI on every image build
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN twine upload --skip-existing dist/*

FROM python:3.12-slim
COPY --from=build /src/dist/*.whl /tmp/
RUN pip install /tmp/*.whl
CMD ["theory-quiz", "serve", "--port", "8080"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "booking-web/Dockerfile", "Docker docs: build secrets", """
FROM node:20-alpine AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY resources ./resources
RUN npm run build

FROM php:8.3-fpm-alpine
WORKDIR /var/www
COPY --from=assets /app/public/build ./public/build
COPY . .
ARG STRIPE_KEY
ENV STRIPE_KEY=${STRIPE_KEY}
CMD ["php-fpm"]
""")

add("compose/postgres-password", "deploy/docker-compose.yml", "Docker Hub: postgres image environment variables", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: lessons
      POSTGRES_USER: lessons_app
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    image: ghcr.io/clutchandgo/booking-web:1.18.2
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "80:8080"
volumes:
  pgdata: {}
""", words_pw())

add("compose/decoy-secrets-file", "deploy/docker-compose.prod.yml", "Docker docs: secrets in Compose", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: lessons
      POSTGRES_USER: lessons_app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD}"]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

_r = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "k8s/booking/redis-secret.yaml", "Kubernetes docs: Secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-redis
  namespace: booking
  labels:
    app: booking-web
type: Opaque
data:
  redis-password: @@enc@@
  redis-host: @@host@@
""", _r, enc=b64(_r), host=b64("booking-redis-master.booking.svc.cluster.local"))

add("k8s-secret/decoy-sealed-secret", "k8s/booking/sealed-stripe.yaml", "Bitnami sealed-secrets docs", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: booking
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: stripe
      namespace: booking
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("k8s/smtp-password", "k8s/booking/mailer-configmap.yaml", "Kubernetes docs: ConfigMaps", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: mailer
  namespace: booking
data:
  MAIL_MAILER: smtp
  MAIL_HOST: smtp.office365.com
  MAIL_PORT: "587"
  MAIL_USERNAME: bookings@clutchandgo.co.uk
  MAIL_PASSWORD: "@@secret@@"
  MAIL_FROM_NAME: Clutch & Go Bookings
""", words_pw())

add("k8s/decoy-secret-key-ref", "k8s/booking/deployment.yaml", "Kubernetes docs: using Secrets as environment variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-web
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: { app: booking-web }
  template:
    metadata:
      labels: { app: booking-web }
    spec:
      containers:
        - name: web
          image: ghcr.io/clutchandgo/booking-web:1.18.2
          env:
            - name: STRIPE_SECRET
              valueFrom:
                secretKeyRef: { name: stripe, key: STRIPE_SECRET_KEY }
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-redis, key: redis-password }
""")

_k, _s = aws_pair()
add("github-actions/aws-secret-access-key", ".github/workflows/deploy-range-site.yml", "AWS docs: configure-aws-credentials", """
name: deploy range site
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
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://greenfield-range-site --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QK7XW1H5TNB --paths '/*'
""", _s, kid=_k)

add("github-actions/decoy-secrets-context", ".github/workflows/release-instructor-app.yml", "GitHub docs: using secrets in GitHub Actions", """
name: release instructor app
on:
  push:
    tags: ["v*"]
jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "17" }
      - name: decode keystore
        run: echo "${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > app/upload.jks
      - name: build
        env:
          KEYSTORE_PASSWORD: ${{ secrets.KEYSTORE_PASSWORD }}
          KEY_PASSWORD: ${{ secrets.KEY_PASSWORD }}
        run: ./gradlew bundleRelease
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
          packageName: uk.co.drivewise.instructor
          releaseFiles: app/build/outputs/bundle/release/app-release.aab
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "Slack docs: incoming webhooks", """
name: nightly tests
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt && pytest -q
      - name: tell the office
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Nightly booking tests failed"}' \\
            @@secret@@
""", slack_webhook())

add("terraform/rds-master-password", "infra/rds.tf", "Terraform AWS provider docs: aws_db_instance", """
resource "aws_db_instance" "lessons" {
  identifier              = "clutchgo-lessons"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  db_name                 = "lessons"
  username                = "lessons_admin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
}
""", words_pw())

add("terraform/decoy-random-password", "infra/rds_managed.tf", "Terraform AWS provider docs: manage_master_user_password", """
resource "random_password" "range_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "range" {
  identifier                  = "greenfield-range"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "range_admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

output "range_db_secret_arn" {
  value = aws_db_instance.range.master_user_secret[0].secret_arn
}
""")

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "3f9a1c8e2b7d4e6f9a0b1c2d3e4f5a6b"
  name    = "book"
  value   = "clutchgo-alb-1234567890.eu-west-2.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable-sensitive", "infra/dns/variables.tf", "Terraform docs: sensitive variables", """
variable "cloudflare_api_token" {
  description = "Scoped token (Zone.DNS edit) from the Cloudflare dashboard; set in TF_VAR_cloudflare_api_token"
  type        = string
  sensitive   = true
}

variable "zone_id" {
  description = "Zone id of clutchandgo.co.uk (not secret)"
  type        = string
  default     = "3f9a1c8e2b7d4e6f9a0b1c2d3e4f5a6b"
}
""")

add("ansible/windows-admin-password", "ansible/inventory/reception.yml", "Ansible docs: Windows remote management", """
all:
  children:
    reception_pcs:
      hosts:
        recep-01.greenfield.local:
        recep-02.greenfield.local:
      vars:
        ansible_connection: winrm
        ansible_winrm_transport: ntlm
        ansible_port: 5986
        ansible_user: GREENFIELD\\svc-ansible
        ansible_password: "@@secret@@"
        ansible_winrm_server_cert_validation: ignore
    bay_screens:
      hosts:
        bay-screen-[01:36].greenfield.local:
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/bay_screens/vault.yml", "Ansible docs: encrypting content with Ansible Vault", """
$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(40))

# ---------------------------------------------------------------- instructors' mobile apps

add("properties/keystore-password", "instructor-app/gradle.properties", "Android docs: sign your app", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# release signing (uk.co.drivewise.instructor)
RELEASE_STORE_FILE=../keys/upload.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=@@secret@@
""", rand_pw(16))

add("properties/decoy-keystore-from-env", "pupil-app/gradle.properties", "Android docs: sign your app", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Signing values come from CI (see release workflow): never commit them here.
RELEASE_STORE_FILE=upload.jks
RELEASE_STORE_PASSWORD=
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=
""")

add("json/decoy-google-services", "instructor-app/app/google-services.json", "Firebase docs: Android setup (google-services.json)", """
{
  "project_info": {
    "project_number": "418839216530",
    "project_id": "drivewise-instructor",
    "storage_bucket": "drivewise-instructor.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418839216530:android:7c1e2d9a4b6f03e8",
        "android_client_info": { "package_name": "uk.co.drivewise.instructor" }
      },
      "api_key": [ { "current_key": "@@k@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", k=google_api_key())

add("kotlin/fcm-server-key", "backend/src/main/kotlin/uk/co/drivewise/notify/PushSender.kt", "Firebase docs: legacy HTTP server key", """
package uk.co.drivewise.notify

import java.net.HttpURLConnection
import java.net.URL

object PushSender {
    private const val SERVER_KEY = "@@secret@@"

    fun lessonMoved(deviceToken: String, newTime: String) {
        val conn = URL("https://fcm.googleapis.com/fcm/send").openConnection() as HttpURLConnection
        conn.requestMethod = "POST"
        conn.doOutput = true
        conn.setRequestProperty("Authorization", "key=$SERVER_KEY")
        conn.setRequestProperty("Content-Type", "application/json")
        val body = "{\\"to\\":\\"$deviceToken\\",\\"notification\\":{\\"title\\":\\"Lesson moved\\",\\"body\\":\\"Now at $newTime\\"}}"
        conn.outputStream.use { it.write(body.toByteArray()) }
        println("FCM ${conn.responseCode}")
    }
}
""", fcm_server_key())
_pk = pem("")
_pk = _pk.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "backend/src/main/resources/firebase-adminsdk.json", "Google Cloud docs: service account keys", """
{
  "type": "service_account",
  "project_id": "drivewise-instructor",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@\\n",
  "client_email": "firebase-adminsdk-q2x8m@drivewise-instructor.iam.gserviceaccount.com",
  "client_id": "104729385610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"
}
""", _pk.replace("\n", "\\n"), kid=hexs(40), pk=_pk.replace("\n", "\\n"))

add("swift/decoy-sentry-dsn", "InstructorApp/Sources/App/AppDelegate.swift", "Sentry docs: DSN explainer (public, safe to ship in clients)", """
import UIKit
import Sentry

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        SentrySDK.start { options in
            options.dsn = "https://@@k@@@o4506812.ingest.de.sentry.io/4506812345"
            options.tracesSampleRate = 0.2
            options.environment = "production"
        }
        LessonStore.shared.restore()
        return true
    }
}
""", k=hexs(32))

add("swift/mapbox-secret-token", "InstructorApp/Scripts/download_offline_tiles.swift", "Mapbox docs: access tokens (secret scopes)", """
#!/usr/bin/env swift
// Pre-downloads test-route tiles around the DVSA centres for offline use in the car.
import Foundation

let secretToken = "@@secret@@"
let centres = ["Farnborough": (51.289, -0.752), "Guildford": (51.236, -0.571), "Reading": (51.438, -0.995)]

for (name, (lat, lon)) in centres {
    let url = URL(string: "https://api.mapbox.com/v4/mapbox.mapbox-streets-v8/14/\\(lon),\\(lat).vector.pbf?access_token=\\(secretToken)")!
    let data = try Data(contentsOf: url)
    try data.write(to: URL(fileURLWithPath: "tiles/\\(name).pbf"))
    print("saved", name, data.count)
}
""", mapbox_secret())

add("plist/decoy-mapbox-public-token", "InstructorApp/Info.plist", "Mapbox docs: access tokens (public scopes)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>uk.co.drivewise.instructor</string>
    <key>CFBundleShortVersionString</key>
    <string>3.7.0</string>
    <key>MBXAccessToken</key>
    <string>pk.eyJ1IjoiZHJpdmV3aXNlIiwiYSI6ImNs@@k@@</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Shows the lesson route and pick-up point.</string>
</dict>
</plist>
""", k=alnum(40) + "." + alnum(22))

add("plist/revenuecat-secret-key", "InstructorApp/Config/Secrets.plist", "RevenueCat docs: API keys (secret keys)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>RevenueCatPublicKey</key>
    <string>appl_@@pub@@</string>
    <key>RevenueCatSecretKey</key>
    <string>@@secret@@</string>
    <key>ProEntitlement</key>
    <string>instructor_pro</string>
</dict>
</plist>
""", "sk_" + alnum(28), pub=alnum(27))

add("swift/decoy-keychain-lookup", "InstructorApp/Sources/Auth/TokenStore.swift", "Apple docs: Keychain services", """
import Foundation
import Security

enum TokenStore {
    static let service = "uk.co.drivewise.instructor.session"

    static func read(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

_p8 = fakes.fake_pem(_seed(), "EC").replace("EC PRIVATE", "PRIVATE").replace("\n", "\\n")
add("ruby/app-store-connect-key", "fastlane/Fastfile", "fastlane docs: app_store_connect_api_key", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX2KD49LM",
      issuer_id: "@@issuer@@",
      key_content: "@@secret@@",
      duration: 1200
    )
    increment_build_number(xcodeproj: "InstructorApp.xcodeproj")
    build_app(scheme: "InstructorApp")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", _p8, issuer=uuid_s())

add("typescript/decoy-expo-push-token-fixture", "pupil-app/__tests__/notifications.test.ts", "Expo docs: push notifications", """
import { buildReminder } from "../src/notifications";

// Fixture tokens: shaped like Expo's, issued to no device.
const TOKEN = "ExponentPushToken[xxxxxxxxxxxxxxxxxxxxxx]";

describe("buildReminder", () => {
  it("addresses the pupil's device", () => {
    const msg = buildReminder(TOKEN, { startsAt: "2024-06-01T09:00:00Z", instructor: "Sana" });
    expect(msg.to).toBe(TOKEN);
    expect(msg.title).toBe("Driving lesson tomorrow");
    expect(msg.body).toContain("Sana");
  });
});
""")

add("typescript/expo-access-token", "pupil-app/scripts/sendBroadcast.ts", "Expo docs: push security (access tokens)", """
import { Expo } from "expo-server-sdk";

// one-off: tell all pupils about the snow closure
const expo = new Expo({ accessToken: "@@secret@@" });

export async function broadcast(tokens: string[], text: string) {
  const messages = tokens
    .filter((t) => Expo.isExpoPushToken(t))
    .map((to) => ({ to, sound: "default" as const, title: "Clutch & Go", body: text }));
  for (const chunk of expo.chunkPushNotifications(messages)) {
    await expo.sendPushNotificationsAsync(chunk);
  }
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("java/keystore-password", "instructor-app/app/src/main/java/uk/co/drivewise/instructor/net/PinnedClient.java", "Android docs: network security (client certificates)", """
package uk.co.drivewise.instructor.net;

import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

public final class PinnedClient {
    // client cert for the booking API (mTLS); bundled in res/raw
    private static final char[] P12_PASSWORD = "@@secret@@".toCharArray();

    public static SSLContext context(InputStream p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(p12, P12_PASSWORD);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, P12_PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
""", words_pw())

add("java/decoy-build-config", "instructor-app/app/src/main/java/uk/co/drivewise/instructor/ApiConfig.java", "Android docs: BuildConfig fields", """
package uk.co.drivewise.instructor;

public final class ApiConfig {
    public static final String BASE_URL = "https://api.drivewisesouth.co.uk/v2/";
    // injected at build time from local.properties / CI secrets
    public static final String MAPS_KEY = BuildConfig.MAPS_API_KEY;
    public static final String BOOKING_CLIENT_ID = "instructor-android";
    public static final int LESSON_SYNC_MINUTES = 15;

    private ApiConfig() {}
}
""")

# ---------------------------------------------------------------- payments and vendors

add("python/gocardless-access-token", "billing/direct_debit.py", "GoCardless docs: Python client library", """
\"\"\"Monthly direct debit for pupils on the 'pay as you learn' plan.\"\"\"
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect(mandate_id: str, pence: int, lessons: int) -> str:
    payment = client.payments.create(params={
        "amount": pence,
        "currency": "GBP",
        "links": {"mandate": mandate_id},
        "description": f"{lessons} driving lessons",
        "metadata": {"plan": "payg"},
    })
    return payment.id
""", gocardless_token())

add("python/decoy-gocardless-sandbox-placeholder", "billing/tests/test_direct_debit.py", "GoCardless docs: sandbox", """
import pytest

from billing import direct_debit


@pytest.fixture
def fake_client(monkeypatch):
    class Payments:
        def create(self, params):
            assert params["currency"] == "GBP"
            return type("P", (), {"id": "PM0012ABCDEF34"})()
    monkeypatch.setattr(direct_debit.client, "payments", Payments())


def test_collect(fake_client):
    assert direct_debit.collect("MD000ABC123DEF", 15000, 4) == "PM0012ABCDEF34"
""")

add("typescript/paypal-client-secret", "range-shop/server/paypal.ts", "PayPal docs: get an access token (client credentials)", """
const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "A@@cid@@";
const CLIENT_SECRET = "@@secret@@";

// Gift vouchers: 10 lessons / range membership
export async function accessToken(): Promise<string> {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const json = await res.json();
  return json.access_token;
}
""", paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("html/decoy-paypal-client-id", "range-shop/public/vouchers.html", "PayPal docs: JavaScript SDK script configuration", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gift vouchers - Greenfield Golf Centre</title>
  <!-- the client id is public: the JS SDK needs it in the page -->
  <script src="https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=GBP"></script>
</head>
<body>
  <h1>Range and lesson vouchers</h1>
  <div id="paypal-button-container"></div>
  <script src="/js/vouchers.js"></script>
</body>
</html>
""", cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("env/sumup-api-key", "range-pos/.env", "SumUp developer docs: API keys", """
# Reception till (range + pro shop)
POS_SITE=greenfield
SUMUP_MERCHANT_CODE=MCRTKQ7N
SUMUP_API_KEY=sup_sk_@@secret@@
SUMUP_READER_ID=rdr_3MSAFM23CK82VSTT4BN6RWSQ65
RECEIPT_PRINTER=tcp://10.20.2.40:9100
BALL_TOKEN_PRICE_PENCE=350
""", alnum(32))

add("env/decoy-sumup-placeholder", "range-pos/.env.sample", "SumUp developer docs: API keys", """
# copy to .env and fill in from 1Password (vault: Range IT)
POS_SITE=greenfield
SUMUP_MERCHANT_CODE=
SUMUP_API_KEY=sup_sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
SUMUP_READER_ID=
RECEIPT_PRINTER=tcp://10.20.2.40:9100
BALL_TOKEN_PRICE_PENCE=350
""")

add("php/stripe-restricted-key", "range-web/cron/reconcile_payouts.php", "Stripe docs: restricted API keys", """
<?php
require __DIR__ . '/../vendor/autoload.php';

// read-only key for the nightly payout reconciliation with the till
$stripe = new \\Stripe\\StripeClient('@@secret@@');

$payouts = $stripe->payouts->all(['limit' => 20, 'arrival_date' => ['gte' => strtotime('-2 days')]]);
foreach ($payouts->data as $payout) {
    printf("%s %s %.2f\\n", $payout->id, date('Y-m-d', $payout->arrival_date), $payout->amount / 100);
}
""", stripe_key("rk_live_"))

_mc = mailchimp_key()
add("python/mailchimp-api-key", "marketing/sync_pupils_to_mailchimp.py", "Mailchimp docs: Marketing API quick start", """
import mailchimp_marketing as MailchimpMarketing

from crm import passed_pupils

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@dc@@"})

LIST_ID = "a3f9c21e7b"  # 'Passed - motorway lessons offer'

for pupil in passed_pupils(days=30):
    client.lists.set_list_member(LIST_ID, pupil.email_hash, {
        "email_address": pupil.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": pupil.first_name, "PASSDATE": pupil.passed_on.isoformat()},
    })
""", _mc, dc=_mc.rsplit("-", 1)[1])

add("python/decoy-mailchimp-list-ids", "marketing/audiences.py", "Mailchimp docs: audience ids", """
\"\"\"Audience (list) ids and merge tags: ids shown in the Mailchimp UI, not credentials.\"\"\"
AUDIENCES = {
    "passed_motorway_offer": "a3f9c21e7b",
    "range_members": "7d0e4b19c2",
    "junior_golf": "e51a08f6d3",
}
MERGE_TAGS = ["FNAME", "LNAME", "PASSDATE", "HOMEBAY"]
API_KEY_SETTING = "MAILCHIMP_API_KEY"  # read from the environment by sync jobs
""")

add("java/hubspot-private-app-token", "crm-sync/src/main/java/uk/co/passfirsttime/crm/HubSpotLeads.java", "HubSpot docs: private apps", """
package uk.co.passfirsttime.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class HubSpotLeads {
    private static final String TOKEN = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int createEnquiry(String json) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.hubapi.com/crm/v3/objects/contacts"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
""", hubspot_token())

add("python/openai-api-key", "theory-bot/bot.py", "OpenAI docs: API keys", """
\"\"\"Answers pupils' Highway Code questions in the booking site chat.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You help learner drivers in Great Britain revise for the theory test. "
    "Quote the Highway Code rule number when you can. Never give legal advice."
)


def answer(question: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        max_tokens=300,
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/telegram-bot-token", "ops/range_alerts_bot.py", "Telegram Bot API docs", """
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1002011873344  # 'Range staff' group


def alert(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text},
        timeout=10,
    )


if __name__ == "__main__":
    alert("Dispenser north: hopper below 2,000 balls - run the picker")
""", fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "ops/cron/picker_reminder.sh", "Telegram Bot API docs: sendMessage", """
#!/bin/bash
# 06:30 daily: remind the yard team to pick the outfield before opening
TOKEN='@@secret@@'
CHAT=-1002011873344
curl -s "https://api.telegram.org/bot${TOKEN}/sendMessage" \\
  --data-urlencode "chat_id=${CHAT}" \\
  --data-urlencode "text=Picker run before 07:30 opening. Tractor key in the ball room."
""", fakes.telegram_token(_seed()))

add("shell/decoy-telegram-env", "ops/cron/close_up.sh", "Telegram Bot API docs: sendMessage", """
#!/bin/bash
# 22:00 daily: close-up checklist to the staff group
set -eu
: "${TELEGRAM_BOT_TOKEN:?missing - source /etc/range-ops/env}"
CHAT=-1002011873344
curl -s "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage" \\
  --data-urlencode "chat_id=${CHAT}" \\
  --data-urlencode "text=Close-up: dispensers locked, bay heaters off, floodlights off."
""")

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "Datadog docs: agent configuration", """
api_key: @@secret@@
site: datadoghq.eu
hostname: range-ops-01
tags:
  - site:greenfield
  - env:prod
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("yaml/decoy-datadog-env", "ops/datadog/values.yaml", "Datadog docs: Helm chart", """
datadog:
  apiKeyExistingSecret: datadog-secret
  site: datadoghq.eu
  clusterName: clutchgo-prod
  logs:
    enabled: true
    containerCollectAll: true
  tags:
    - env:prod
    - team:booking
""")

add("go/sentry-auth-token", "tools/release/sentry.go", "Sentry docs: auth tokens", """
package release

import (
	"bytes"
	"fmt"
	"net/http"
)

const sentryAuthToken = "@@secret@@"

func CreateRelease(version string) error {
	body := bytes.NewBufferString(fmt.Sprintf(`{"version":"%s","projects":["booking-web"]}`, version))
	req, _ := http.NewRequest("POST", "https://sentry.io/api/0/organizations/clutchgo/releases/", body)
	req.Header.Set("Authorization", "Bearer "+sentryAuthToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", "sntryu_" + hexs(64))

add("go/decoy-sentry-dsn", "cmd/booking-api/sentry.go", "Sentry docs: DSN explainer", """
package main

import (
	"log"
	"os"

	"github.com/getsentry/sentry-go"
)

func initSentry() {
	// DSNs only let a client send events; Sentry documents them as safe to embed.
	err := sentry.Init(sentry.ClientOptions{
		Dsn:         "https://@@k@@@o4506812.ingest.de.sentry.io/4506812399",
		Environment: os.Getenv("APP_ENV"),
	})
	if err != nil {
		log.Printf("sentry: %v", err)
	}
}
""", k=hexs(32))

add("rust/redis-url", "bay-tracker/src/store.rs", "redis-rs docs: connection URLs", """
use redis::Commands;

// live shot counts per bay, shown on the reception screen
const REDIS_URL: &str = "redis://:@@secret@@@10.20.5.10:6379/2";

pub fn record_shot(bay: u8, carry_m: f32) -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    let key = format!("bay:{bay}:shots");
    con.incr::<_, _, ()>(&key, 1)?;
    con.lpush::<_, _, ()>(format!("bay:{bay}:carry"), carry_m)?;
    con.ltrim::<_, ()>(format!("bay:{bay}:carry"), 0, 99)?;
    Ok(())
}
""", fakes.redis_password(_seed()))

add("rust/decoy-env-redis", "bay-tracker/src/config.rs", "Rust std docs: env::var", """
use std::env;

pub struct Config {
    pub redis_url: String,
    pub bays: u8,
    pub tracker_port: u16,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            redis_url: env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/2".into()),
            bays: env::var("BAYS").ok().and_then(|v| v.parse().ok()).unwrap_or(36),
            tracker_port: 7441,
        }
    }
}
""")

add("toml/bay-tracker-api-secret", "bay-tracker/config/production.toml", "TOML spec; TrackMan Range partner API", """
[site]
name = "Greenfield Golf Centre"
bays = 36

[tracker]
listen = "0.0.0.0:7441"
vendor = "trackman-range"
client_id = "greenfield-bay-tracker"
client_secret = "@@secret@@"

[redis]
url_env = "REDIS_URL"

[screens]
refresh_ms = 750
""", alnum(48))

add("toml/decoy-cargo-lock-checksums", "bay-tracker/Cargo.lock", "Cargo docs: Cargo.lock", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "bay-tracker"
version = "0.6.2"

[[package]]
name = "redis"
version = "0.25.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde"
version = "1.0.203"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64))

add("toml/pypi-token", "tools/theory-quiz/.pypirc.toml", "PyPI docs: .pypirc", """
# mirrored from ~/.pypirc for the release box (convert back with tools/pypirc.py)
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "tools/range-sdk/.pypirc", "PyPI docs: .pypirc", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pkgs.greenfieldgolf.local/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("ini/decoy-pypirc-keyring", "tools/booking-sdk/.pypirc", "twine docs: keyring support", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password is read from the system keyring: keyring set https://upload.pypi.org/legacy/ __token__
""")

# ---------------------------------------------------------------- office IT, websites, runbooks

add("php/wordpress-db-password", "site/wp-config.php", "WordPress docs: editing wp-config.php", """
<?php
/** Learn With Laura - marketing site */
define( 'DB_NAME', 'lwl_wp' );
define( 'DB_USER', 'lwl_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
$table_prefix = 'lwl_';

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wordpress-salts-placeholder", "site/wp-config-sample.php", "WordPress docs: editing wp-config.php", """
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
require_once ABSPATH . 'wp-settings.php';
""")

add("powershell/ad-service-password", "it/scripts/New-InstructorAccount.ps1", "Microsoft docs: New-ADUser", """
# Creates an AD account + mailbox licence for a new instructor
param(
    [Parameter(Mandatory)] [string] $First,
    [Parameter(Mandatory)] [string] $Last
)
$svcUser = 'PFT\\svc-onboard'
$svcPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

$sam = ($First.Substring(0,1) + $Last).ToLower()
New-ADUser -Name "$First $Last" -SamAccountName $sam -Path 'OU=Instructors,DC=pft,DC=local' `
    -AccountPassword (Read-Host -AsSecureString 'Initial password') -Enabled $true `
    -Credential $cred -Server dc01.pft.local
Add-ADGroupMember -Identity 'Instructors' -Members $sam -Credential $cred -Server dc01.pft.local
Write-Host "Created $sam"
""", words_pw())

add("powershell/decoy-get-credential", "it/scripts/Reset-BayScreen.ps1", "Microsoft docs: Get-Credential", """
param([Parameter(Mandatory)] [int] $Bay)
$name = 'bay-screen-{0:D2}.greenfield.local' -f $Bay
$cred = Get-Credential -Message "Local admin for $name"
Invoke-Command -ComputerName $name -Credential $cred -ScriptBlock {
    Stop-Process -Name 'BayDisplay' -Force -ErrorAction SilentlyContinue
    Start-Process 'C:\\BayDisplay\\BayDisplay.exe' -ArgumentList '--kiosk'
}
Write-Host "Restarted display on $name"
""")

add("powershell/graph-client-secret", "it/scripts/Export-LessonCalendars.ps1", "Microsoft Graph docs: client credentials", """
$tenant = 'passfirsttime.onmicrosoft.com'
$clientId = '@@cid@@'
$clientSecret = '@@secret@@'

$body = @{
    client_id     = $clientId
    scope         = 'https://graph.microsoft.com/.default'
    client_secret = $clientSecret
    grant_type    = 'client_credentials'
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body).access_token

Get-Content .\\instructors.txt | ForEach-Object {
    $events = Invoke-RestMethod -Headers @{ Authorization = "Bearer $token" } `
        -Uri "https://graph.microsoft.com/v1.0/users/$_/calendar/events?`$top=200"
    $events.value | Select-Object subject, @{n='start';e={$_.start.dateTime}} | Export-Csv ".\\out\\$_.csv" -NoTypeInformation
}
""", azure_secret(), cid=uuid_s())

add("yaml/ldap-bind-password", "it/nextcloud/ldap.yml", "Nextcloud docs: LDAP user and group backend", """
# applied with: occ ldap:set-config s01 <key> <value>
s01:
  ldapHost: ldaps://dc01.pft.local
  ldapPort: 636
  ldapAgentName: CN=svc-nextcloud,OU=Service,DC=pft,DC=local
  ldapAgentPassword: "@@secret@@"
  ldapBase: DC=pft,DC=local
  ldapUserFilter: (&(objectClass=user)(memberOf=CN=Instructors,OU=Groups,DC=pft,DC=local))
  ldapLoginFilter: (&(objectClass=user)(sAMAccountName=%uid))
  ldapConfigurationActive: 1
""", words_pw())

add("python/ftp-password", "it/backup/upload_dashcam.py", "Python docs: ftplib", """
\"\"\"Copies dashcam clips flagged by instructors (near misses) to the insurer's FTP drop.\"\"\"
import ftplib
import pathlib

HOST = "ftp.fleetclaims-insure.co.uk"
USER = "pft_dashcam"
PASSWORD = "@@secret@@"

with ftplib.FTP_TLS(HOST) as ftp:
    ftp.login(USER, PASSWORD)
    ftp.prot_p()
    ftp.cwd("/incoming/pft")
    for clip in pathlib.Path("/srv/dashcam/flagged").glob("*.mp4"):
        with clip.open("rb") as fh:
            ftp.storbinary(f"STOR {clip.name}", fh)
        clip.rename(clip.with_suffix(".sent"))
""", rand_pw(14))

add("shell/sftp-password", "it/backup/nightly_db_backup.sh", "sshpass man page", """
#!/bin/bash
# Nightly dump of the lessons DB to the offsite box
set -euo pipefail
STAMP=$(date +%F)
pg_dump -h localhost -U lessons_app lessons | gzip > /var/backups/lessons-$STAMP.sql.gz
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no \\
  /var/backups/lessons-$STAMP.sql.gz backup@offsite.clutchandgo.co.uk:/srv/backups/lessons/
find /var/backups -name 'lessons-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/decoy-pgpass-reference", "it/backup/restore_db.sh", "PostgreSQL docs: the password file", """
#!/bin/bash
# Restore a dump into the staging DB. Credentials come from ~/.pgpass (mode 0600).
set -euo pipefail
DUMP=${1:?usage: restore_db.sh lessons-YYYY-MM-DD.sql.gz}
export PGPASSFILE=$HOME/.pgpass
dropdb --if-exists -h staging-db -U lessons_admin lessons_staging
createdb -h staging-db -U lessons_admin lessons_staging
gunzip -c "$DUMP" | psql -h staging-db -U lessons_admin lessons_staging
echo "restored $DUMP"
""")

add("markdown/wifi-psk-handover", "docs/it/handover-2024-09.md", "Internal handover note", """
# IT handover - Greenfield Golf Centre (Sept 2024)

Mark is leaving; these are the bits that aren't in the vault yet.

## Networks
- `GFG-Staff` (WPA2-Enterprise, AD login)
- `GFG-Bays` (hidden, bay screens + trackers): PSK `@@secret@@`
- `GFG-Guest` (captive portal, no PSK)

## Dispensers
Admin passwords are in the vault under *Range IT / Dispensers*.

## To do
- Move the GFG-Bays PSK into the vault and rotate it.
- Replace the ball room AP (drops at -5 C).
""", words_pw())

add("markdown/decoy-runbook-vault-paths", "docs/runbooks/rotate-stripe-keys.md", "Stripe docs: rolling API keys", """
# Rotating the Stripe keys

1. In the Stripe dashboard, *Developers -> API keys*, choose **Roll key** on the secret key.
2. Paste the new key into 1Password: `Booking / Stripe / live secret key`.
3. Update the Kubernetes secret:
   ```
   kubectl -n booking create secret generic stripe \\
     --from-literal=STRIPE_SECRET_KEY="$(op read 'op://Booking/Stripe/live secret key')" \\
     --dry-run=client -o yaml | kubeseal > k8s/booking/sealed-stripe.yaml
   ```
4. Restart: `kubectl -n booking rollout restart deploy/booking-web`.
5. Keys look like `sk_live_...`; the publishable key (`pk_live_...`) does not change.
""")

add("markdown/smtp-password", "docs/it/email-setup.md", "Microsoft 365 docs: SMTP AUTH client submission", """
# Sending email from the booking system

The booking site sends confirmations through the shared mailbox.

| Setting | Value |
|---|---|
| Server | smtp.office365.com |
| Port | 587 (STARTTLS) |
| User | bookings@clutchandgo.co.uk |
| Password | `@@secret@@` |

If confirmations stop, check the mailbox hasn't been blocked for sending
(Exchange admin centre -> Mail flow -> Restricted entities).
""", words_pw())

add("sql/db-user-password", "db/migrations/2024_03_01_create_reporting_user.sql", "PostgreSQL docs: CREATE ROLE", """
-- read-only user for the Power BI lesson reports
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE lessons TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON lessons, pupils, instructors, test_results TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", words_pw())

add("sql/decoy-password-hashes", "db/seeds/instructors_dev.sql", "Django docs: password hashing (PBKDF2)", """
-- dev seed: three instructors, password 'changeme' for all (hashed, dev only)
INSERT INTO instructors (id, name, email, adi_number, password) VALUES
 (1, 'Paul Hughes', 'paul.h@example.test', '412009', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@'),
 (2, 'Sana Khan', 'sana.k@example.test', '398114', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@'),
 (3, 'Owen Taylor', 'owen.t@example.test', '455870', 'pbkdf2_sha256$720000$@@s3@@$@@h3@@');
""", s1=alnum(22), h1=b64(hexs(32))[:43] + "=", s2=alnum(22), h2=b64(hexs(32))[:43] + "=", s3=alnum(22), h3=b64(hexs(32))[:43] + "=")

add("sql/dispenser-api-key", "db/range/seed_integrations.sql", "Range Servant dispenser manual: API access", """
-- integration settings for the range POS (run once per site)
INSERT INTO integrations (site, vendor, setting, value) VALUES
  ('greenfield', 'rangeservant', 'base_url', 'http://10.20.4.11'),
  ('greenfield', 'rangeservant', 'api_key', '@@secret@@'),
  ('greenfield', 'toptracer', 'site_id', 'GB-GFG-0412'),
  ('greenfield', 'sumup', 'merchant_code', 'MCRTKQ7N');
""", hexs(40))

add("log/basic-auth-header", "logs/booking-api/2024-06-12.log", "RFC 7617: HTTP Basic authentication", """
2024-06-12T08:00:01.114Z INFO  booking-api starting, version 1.18.2
2024-06-12T08:00:02.530Z INFO  connected to postgres lessons@db:5432
2024-06-12T08:14:22.901Z DEBUG outbound POST https://api.lessondesk.io/v1/slots/sync
2024-06-12T08:14:22.902Z DEBUG headers: {'Content-Type': 'application/json', 'Authorization': 'Basic @@secret@@'}
2024-06-12T08:14:23.417Z INFO  lessondesk sync: 42 slots, 0 conflicts
2024-06-12T08:30:00.003Z INFO  reminder job: 118 SMS queued
2024-06-12T08:31:12.770Z WARN  twilio: 2 numbers undeliverable (landline)
""", b64("clutchgo:" + rand_pw(20)))

add("log/decoy-redacted-log", "logs/booking-api/2024-06-13.log", "OWASP logging cheat sheet", """
2024-06-13T08:00:01.201Z INFO  booking-api starting, version 1.18.3
2024-06-13T08:00:02.611Z INFO  connected to postgres lessons@db:5432
2024-06-13T08:14:22.880Z DEBUG outbound POST https://api.lessondesk.io/v1/slots/sync
2024-06-13T08:14:22.881Z DEBUG headers: {'Content-Type': 'application/json', 'Authorization': '[REDACTED]'}
2024-06-13T08:14:23.402Z INFO  lessondesk sync: 39 slots, 1 conflict (req_id=@@u@@)
2024-06-13T08:30:00.004Z INFO  reminder job: 121 SMS queued
""", u=uuid_s())

# ---------------------------------------------------------------- connection strings and tokens in code

add("json/sql-server-password", "RangePos/appsettings.Production.json", "Microsoft docs: SQL Server connection strings", """
{
  "ConnectionStrings": {
    "RangePos": "Server=tcp:gfg-sql01.database.windows.net,1433;Initial Catalog=rangepos;User ID=rangepos_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Till": {
    "Site": "greenfield",
    "TokenPricePence": 350,
    "DispenserBaseUrl": "http://10.20.4.11"
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("xml/decoy-user-secrets-id", "RangePos/RangePos.csproj", "Microsoft docs: safe storage of app secrets (Secret Manager)", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
    <PackageReference Include="SumUp.Api" Version="2.1.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

_sa, _sb = alnum(16), alnum(16)
add("csharp/sumup-api-key", "RangePos/Services/SumUpCheckout.cs", "SumUp developer docs: API keys", """
using System.Net.Http.Headers;

namespace RangePos.Services;

public class SumUpCheckout
{
    // split so the grep in the pre-commit doesn't trip on it (temporary!)
    private const string ApiKey = "sup_sk_@@a@@" +
                                  "@@b@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.sumup.com/") };

    public SumUpCheckout()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }

    public async Task<string> CreateAsync(decimal amount, string reference)
    {
        var body = JsonContent.Create(new { checkout_reference = reference, amount, currency = "GBP", merchant_code = "MCRTKQ7N" });
        var resp = await _http.PostAsync("v0.1/checkouts", body);
        return await resp.Content.ReadAsStringAsync();
    }
}
""", "sup_sk_" + _sa + _sb, a=_sa, b=_sb)

add("java/jdbc-password", "crm-sync/src/main/resources/application.properties", "Spring Boot docs: data source properties", """
spring.application.name=crm-sync
spring.datasource.url=jdbc:mysql://pft-db01.internal:3306/pft_crm?useSSL=true
spring.datasource.username=crm_sync
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
hubspot.token=${HUBSPOT_TOKEN}
sync.cron=0 */15 * * * *
sync.lead-source=website-enquiry
""", words_pw())

add("properties/decoy-spring-placeholders", "crm-sync/src/main/resources/application-docker.properties", "Spring Boot docs: externalized configuration", """
spring.datasource.url=jdbc:mysql://${DB_HOST:db}:3306/pft_crm
spring.datasource.username=${DB_USER:crm_sync}
spring.datasource.password=${DB_PASSWORD}
hubspot.token=${HUBSPOT_TOKEN}
management.endpoints.web.exposure.include=health,info
sync.cron=0 */15 * * * *
""")

add("typescript/mongodb-uri", "lesson-planner/src/db.ts", "MongoDB docs: connection string URI format", """
import { MongoClient } from "mongodb";

const uri = "mongodb+srv://planner:@@secret@@@pft-cluster0.x7kqa.mongodb.net/planner?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function routesFor(centre: string) {
  await client.connect();
  return client
    .db("planner")
    .collection("test_routes")
    .find({ centre, archived: { $ne: true } })
    .sort({ difficulty: 1 })
    .toArray();
}
""", rand_pw(16))

add("typescript/decoy-mongodb-local", "lesson-planner/src/db.test.ts", "MongoDB docs: mongodb-memory-server", """
import { MongoMemoryServer } from "mongodb-memory-server";
import { MongoClient } from "mongodb";

let server: MongoMemoryServer;
let client: MongoClient;

beforeAll(async () => {
  server = await MongoMemoryServer.create();
  client = new MongoClient(server.getUri());
  await client.connect();
});

afterAll(async () => {
  await client.close();
  await server.stop();
});

test("stores a route", async () => {
  const col = client.db("planner").collection("test_routes");
  await col.insertOne({ centre: "Guildford", name: "Route 3", difficulty: 2 });
  expect(await col.countDocuments()).toBe(1);
});
""")

add("github-actions/github-pat", ".github/workflows/sync-handbook.yml", "GitHub docs: personal access tokens", """
name: sync instructor handbook
on:
  workflow_dispatch:
  schedule:
    - cron: "0 6 * * 1"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: drivewise-south/instructor-handbook
          token: @@secret@@
          path: handbook
      - run: ./scripts/build_handbook_pdf.sh handbook out/handbook.pdf
      - uses: actions/upload-artifact@v4
        with: { name: handbook, path: out/handbook.pdf }
""", fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "scripts/clone_all.sh", "GitHub docs: fine-grained personal access tokens", """
#!/usr/bin/env bash
# Clone every repo of the org onto the new office NAS
ORG=drivewise-south
GH_TOKEN=@@secret@@
for repo in $(curl -s -H "Authorization: Bearer $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/$ORG/$repo.git" "/volume1/git/$repo"
done
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens", """
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_docs:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add git
    - git push https://oauth2:@@secret@@@gitlab.com/passfirsttime/instructor-docs.git HEAD:main
  only: [main]
""", gitlab_token())

add("yaml/decoy-gitlab-ci-variables", "range-ops/.gitlab-ci.yml", "GitLab docs: CI/CD variables", """
stages: [build, deploy]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - ssh -i "$DEPLOY_KEY_FILE" deploy@range-ops-01 "./deploy.sh $CI_COMMIT_SHORT_SHA"
""")

add("npmrc/npm-token", "range-web/.npmrc", "npm docs: .npmrc", """
registry=https://registry.npmjs.org/
@greenfield-golf:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("npmrc/decoy-npm-token-env", "booking-web/.npmrc", "npm docs: .npmrc (environment variables)", """
registry=https://registry.npmjs.org/
@clutchgo:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("json/docker-registry-auth", "deploy/range-ops-01/docker-config.json", "Docker docs: docker login credentials store", """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64("greenfield-deploy:" + fakes.github_token(_seed())))

add("json/decoy-docker-credsstore", "deploy/office-nas/docker-config.json", "Docker docs: credential helpers", """
{
  "auths": {
    "ghcr.io": {},
    "registry.gitlab.com": {}
  },
  "credsStore": "secretservice",
  "currentContext": "default"
}
""")

add("notebook/postgres-password", "analysis/pass_rates_by_instructor.ipynb", "Jupyter docs: notebook file format", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# First-time pass rates by instructor, 2023-24"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://reporting:@@secret@@@clutchgo-prod.cluster-c9x2.eu-west-2.rds.amazonaws.com/lessons')\\n",
    "df = pd.read_sql('select instructor_id, attempt, passed from test_results', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df[df.attempt == 1].groupby('instructor_id').passed.mean().sort_values()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/decoy-getpass", "analysis/range_peak_hours.ipynb", "Python docs: getpass", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('range DB password: ')\\n",
    "engine = create_engine(f'mysql+pymysql://range_ro:{pw}@10.20.1.20/range')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["sessions = pd.read_sql('select bay, start from bay_sessions', engine)\\n", "sessions.start.dt.hour.value_counts().sort_index().plot.bar()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_k2, _s2 = aws_pair()
add("notebook/aws-secret-access-key", "analysis/dashcam_clip_sizes.ipynb", "boto3 docs: credentials", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
    "                  aws_secret_access_key='@@secret@@',\\n",
    "                  region_name='eu-west-2')\\n",
    "pages = s3.get_paginator('list_objects_v2').paginate(Bucket='pft-dashcam-archive')\\n",
    "sizes = [o['Size'] for p in pages for o in p.get('Contents', [])]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _s2, kid=_k2)

add("python/decoy-aws-example-keys", "telematics/tests/test_archive.py", "AWS docs: example credentials (AKIAIOSFODNN7EXAMPLE)", """
import boto3
from moto import mock_aws

from telematics.archive import archive_trip

# AWS's documented example credentials: moto accepts anything
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@mock_aws
def test_archive_trip_writes_json(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", AWS_ACCESS_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", AWS_SECRET_ACCESS_KEY)
    s3 = boto3.client("s3", region_name="eu-west-2")
    s3.create_bucket(Bucket="trips", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    archive_trip("trips", {"car": "WR21KXD", "km": 14.2})
    assert s3.list_objects_v2(Bucket="trips")["KeyCount"] == 1
""")

# ---------------------------------------------------------------- more of the theme's vendors

add("python/webfleet-password", "telematics/webfleet_export.py", "Webfleet.connect docs: authentication parameters", """
\"\"\"Exports the week's trips of the Webfleet-tracked cars (the Reading franchise) to CSV.\"\"\"
import csv

import requests

PARAMS = {
    "account": "pft-reading",
    "username": "api-export",
    "password": "@@secret@@",
    "apikey": "@@key@@",
    "lang": "en",
    "outputformat": "json",
    "action": "showTripReportExtern",
    "range_pattern": "w-1",
}

rows = requests.get("https://csv.webfleet.com/extern", params=PARAMS, timeout=30).json()
with open("trips_last_week.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=["objectno", "start_time", "end_time", "distance"])
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k) for k in writer.fieldnames})
""", words_pw(), key=uuid_s())

add("yaml/decoy-webfleet-config-template", "telematics/webfleet.example.yml", "Webfleet.connect docs: authentication parameters", """
# copy to webfleet.yml; values come from the Webfleet admin (Account -> API users)
webfleet:
  account: your-account-name
  username: your-api-user
  password: ${WEBFLEET_PASSWORD}
  apikey: ${WEBFLEET_APIKEY}
  endpoint: https://csv.webfleet.com/extern
  range_pattern: w-1
""")

add("yaml/lessondesk-api-key", "booking-sync/config/lessondesk.yaml", "LessonDesk API docs (booking platform)", """
lessondesk:
  base_url: https://api.lessondesk.io/v1
  school_id: sch_4821
  api_key: ld_live_@@secret@@
  sync:
    instructors: true
    pupils: true
    test_dates: true
  webhook_path: /hooks/lessondesk
""", alnum(40))

add("python/lessondesk-webhook-secret", "booking-sync/hooks.py", "LessonDesk API docs: webhook signatures (HMAC-SHA256)", """
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = b"@@secret@@"


@app.post("/hooks/lessondesk")
def lessondesk_hook():
    sent = request.headers.get("X-LessonDesk-Signature", "")
    digest = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, digest):
        abort(401)
    event = request.get_json()
    if event["type"] == "lesson.cancelled":
        print("cancelled", event["data"]["lesson_id"])
    return "", 204
""", hexs(48))

add("python/decoy-hmac-test-vector", "booking-sync/tests/test_hooks.py", "RFC 4231: HMAC-SHA256 test vectors", """
import hashlib
import hmac

from booking_sync import hooks

# test-only secret, patched in for the duration of the test
TEST_SECRET = b"test-secret"


def test_signature_accepted(monkeypatch):
    monkeypatch.setattr(hooks, "WEBHOOK_SECRET", TEST_SECRET)
    body = b'{"type":"lesson.cancelled","data":{"lesson_id":"les_123"}}'
    sig = hmac.new(TEST_SECRET, body, hashlib.sha256).hexdigest()
    client = hooks.app.test_client()
    resp = client.post("/hooks/lessondesk", data=body, headers={"X-LessonDesk-Signature": sig},
                       content_type="application/json")
    assert resp.status_code == 204
""")

add("go/golf-booking-api-key", "internal/teetimes/client.go", "BRS Golf partner API docs", """
package teetimes

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Club's BRS partner credentials (range + par-3 course)
const (
	brsClubID = "greenfield-gc"
	brsAPIKey = "@@secret@@"
)

type Slot struct {
	Time   string `json:"time"`
	Spaces int    `json:"spaces"`
}

func Available(date string) ([]Slot, error) {
	url := fmt.Sprintf("https://api.brsgolf.com/v2/clubs/%s/teetimes?date=%s", brsClubID, date)
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("X-Api-Key", brsAPIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var slots []Slot
	return slots, json.NewDecoder(resp.Body).Decode(&slots)
}
""", hexs(32))

add("go/decoy-test-constants", "internal/teetimes/client_test.go", "Go testing docs: httptest", """
package teetimes

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const fakeKey = "test-key-not-real"

func TestAvailable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != fakeKey {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write([]byte(`[{"time":"07:30","spaces":4}]`))
	}))
	defer srv.Close()
	_ = srv.URL
}
""")

add("kotlin/dispenser-api-key", "range-kiosk/src/main/kotlin/golf/greenfield/kiosk/Dispenser.kt", "Range Servant dispenser manual: API access", """
package golf.greenfield.kiosk

import java.net.HttpURLConnection
import java.net.URL

class Dispenser(private val baseUrl: String = "http://10.20.4.12") {
    private val apiKey = "@@secret@@"

    fun dispense(balls: Int, memberCard: String): Boolean {
        val conn = URL("$baseUrl/api/dispense").openConnection() as HttpURLConnection
        conn.requestMethod = "POST"
        conn.doOutput = true
        conn.setRequestProperty("X-Dispenser-Key", apiKey)
        conn.setRequestProperty("Content-Type", "application/json")
        conn.outputStream.use { it.write("{\\"balls\\":$balls,\\"card\\":\\"$memberCard\\"}".toByteArray()) }
        return conn.responseCode == 200
    }
}
""", hexs(40))

add("kotlin/decoy-kiosk-constants", "range-kiosk/src/main/kotlin/golf/greenfield/kiosk/Prices.kt", "Kotlin docs: constants", """
package golf.greenfield.kiosk

object Prices {
    const val SMALL_BUCKET_PENCE = 350
    const val MEDIUM_BUCKET_PENCE = 600
    const val LARGE_BUCKET_PENCE = 850
    // product ids in the till system (not secret)
    const val SKU_SMALL = "RNG-BKT-050"
    const val SKU_MEDIUM = "RNG-BKT-100"
    const val SKU_LARGE = "RNG-BKT-150"
    const val TOKEN_SALT_HINT = "see KioskSecrets in the device keystore"
}
""")

add("yaml/teltonika-fota-password", "provisioning/fota/fota-web.yml", "Teltonika docs: FOTA WEB API", """
fota:
  url: https://api.teltonika.lt
  user: fleet@passfirsttime.co.uk
  password: "@@secret@@"
  group: dual-control-cars
  firmware:
    fmc130: 03.28.07.Rev.52
  rollout:
    batch_size: 5
    hours: "02:00-05:00"
""", words_pw())

add("ruby/twilio-auth-token", "app/services/sms_reminder.rb", "Twilio docs: Ruby helper library", """
require 'twilio-ruby'

class SmsReminder
  ACCOUNT_SID = 'AC@@sid@@'.freeze
  AUTH_TOKEN = '@@secret@@'.freeze
  FROM = '+447723100911'.freeze

  def initialize
    @client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  end

  def call(lesson)
    @client.messages.create(
      from: FROM,
      to: lesson.pupil.mobile,
      body: "Hi #{lesson.pupil.first_name}, lesson tomorrow #{lesson.starts_at.strftime('%H:%M')} with #{lesson.instructor.first_name}."
    )
  end
end
""", hexs(32), sid=hexs(32))

add("ruby/decoy-twilio-test-credentials", "spec/services/sms_reminder_spec.rb", "Twilio docs: test credentials", """
require 'rails_helper'

RSpec.describe SmsReminder do
  let(:lesson) { create(:lesson, starts_at: Time.zone.parse('2024-06-01 09:00')) }

  before do
    stub_const('SmsReminder::ACCOUNT_SID', 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')
    stub_const('SmsReminder::AUTH_TOKEN', 'your_auth_token')
    stub_request(:post, %r{api.twilio.com}).to_return(status: 201, body: '{}')
  end

  it 'sends the reminder' do
    described_class.new.call(lesson)
    expect(a_request(:post, %r{Messages.json})).to have_been_made
  end
end
""")

# ---------------------------------------------------------------- deploy and ops, second round

add("env/redis-url", "range-ops/.env", "Redis docs: connection URIs", """
NODE_ENV=production
PORT=3000
SITE_ID=GB-GFG-0412
REDIS_URL=rediss://default:@@secret@@@redis-13527.c281.eu-west-2-1.ec2.cloud.redislabs.com:13527
TOPTRACER_API_KEY_FILE=/run/secrets/toptracer
BAY_COUNT=36
FLOODLIGHT_OFF_AT=22:00
""", fakes.redis_password(_seed()))

add("env/mailgun-api-key", "pupil-portal/.env.production", "Mailgun docs: API keys", """
APP_URL=https://pupils.learnwithlaura.co.uk
MAILGUN_DOMAIN=mg.learnwithlaura.co.uk
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
THEORY_REMINDER_DAYS=7,2
""", mailgun_key())

add("env/decoy-env-template-angle", "pupil-portal/.env.template", "dotenv docs", """
APP_URL=https://pupils.learnwithlaura.co.uk
MAILGUN_DOMAIN=mg.learnwithlaura.co.uk
MAILGUN_API_KEY=<mailgun-private-api-key>
MAILGUN_REGION=eu
DATABASE_URL=postgres://portal:<password>@localhost:5432/portal
THEORY_REMINDER_DAYS=7,2
""")

add("env/xero-client-secret", "accounts-sync/.env", "Xero developer docs: custom connections", """
# instructor franchise fees -> Xero invoices
XERO_CLIENT_ID=@@cid@@
XERO_CLIENT_SECRET=@@secret@@
XERO_TENANT_ID=@@tid@@
XERO_SCOPES="accounting.transactions accounting.contacts"
FRANCHISE_FEE_PENCE=12500
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=hexs(32, UPHEX), tid=uuid_s())

add("k8s-secret/mqtt-password", "k8s/telematics/mqtt-bridge-secret.yaml", "Kubernetes docs: Secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-bridge
  namespace: telematics
type: Opaque
data:
  MQTT_USER: @@u@@
  MQTT_PASSWORD: @@enc@@
""", _mq := rand_pw(22), u=b64("bridge"), enc=b64(_mq))

add("k8s-secret/geotab-password-stringdata", "k8s/telematics/geotab-secret.yaml", "Kubernetes docs: Secrets (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: geotab
  namespace: telematics
type: Opaque
stringData:
  GEOTAB_DATABASE: drivewise_south
  GEOTAB_USERNAME: fleet-sync@drivewisesouth.co.uk
  GEOTAB_PASSWORD: "@@secret@@"
""", words_pw())

add("k8s-secret/decoy-external-secret", "k8s/telematics/samsara-externalsecret.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: samsara
  namespace: telematics
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: samsara
  data:
    - secretKey: SAMSARA_API_TOKEN
      remoteRef:
        key: prod/telematics/samsara
        property: api_token
""")

add("k8s-secret/tls-private-key", "k8s/range/bay-screens-tls.yaml", "Kubernetes docs: TLS Secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: bay-screens-tls
  namespace: range
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", _tk := pem(), crt=b64("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUQ0Ab\n-----END CERTIFICATE-----\n"), enc=b64(_tk + "\n"))

add("yaml/helm-values-db-password", "charts/booking/values-prod.yaml", "Bitnami PostgreSQL chart docs: auth parameters", """
replicaCount: 2
image:
  repository: ghcr.io/clutchandgo/booking-web
  tag: 1.18.3
ingress:
  enabled: true
  hosts: [book.clutchandgo.co.uk]
postgresql:
  enabled: true
  auth:
    username: lessons_app
    password: "@@secret@@"
    database: lessons
redis:
  enabled: true
  auth:
    existingSecret: booking-redis
""", words_pw())

add("yaml/decoy-helm-existing-secret", "charts/booking/values-staging.yaml", "Bitnami PostgreSQL chart docs: auth parameters", """
replicaCount: 1
image:
  repository: ghcr.io/clutchandgo/booking-web
  tag: 1.19.0-rc1
postgresql:
  enabled: true
  auth:
    username: lessons_app
    existingSecret: booking-db-staging
    secretKeys:
      userPasswordKey: password
    database: lessons_staging
""")

add("ansible/mysql-password", "ansible/roles/range_db/defaults/main.yml", "Ansible docs: community.mysql.mysql_user", """
range_db_name: range
range_db_user: range_app
range_db_password: "@@secret@@"
range_db_bind: 10.20.1.20
range_db_backup_hour: 3
range_db_allowed_hosts:
  - 10.20.2.%
  - 10.20.5.%
""", words_pw())

add("ansible/decoy-vault-lookup", "ansible/roles/range_db/tasks/main.yml", "Ansible docs: hashi_vault lookup", """
- name: install MariaDB
  ansible.builtin.apt:
    name: [mariadb-server, python3-pymysql]
    state: present

- name: create range database user
  community.mysql.mysql_user:
    name: "{{ range_db_user }}"
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/range/db:password') }}"
    host: "{{ item }}"
    priv: "{{ range_db_name }}.*:ALL"
  loop: "{{ range_db_allowed_hosts }}"
  no_log: true
""")

add("terraform/azure-client-secret", "infra/azure/provider.tf", "Terraform azurerm provider docs: service principal with client secret", """
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cli@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "telematics" {
  name     = "rg-telematics-uks"
  location = "UK South"
}
""", azure_secret(), sub=uuid_s(), ten=uuid_s(), cli=uuid_s())

add("terraform/decoy-tfvars-example", "infra/azure/terraform.tfvars.example", "Terraform docs: variable definitions files", """
# copy to terraform.tfvars (git-ignored)
subscription_id = "00000000-0000-0000-0000-000000000000"
tenant_id       = "00000000-0000-0000-0000-000000000000"
client_id       = "00000000-0000-0000-0000-000000000000"
client_secret   = "<from the app registration, Certificates & secrets>"
location        = "UK South"
""")

add("dockerfile/mqtt-password", "telematics/bridge/Dockerfile", "Docker docs: ENV instruction", """
FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bridge.py .
ENV MQTT_HOST=mqtt.fleet.passfirsttime.co.uk \\
    MQTT_PORT=8883 \\
    MQTT_USER=bridge \\
    MQTT_PASSWORD=@@secret@@
CMD ["python", "bridge.py"]
""", rand_pw(22))

add("compose/decoy-env-file", "range-ops/docker-compose.yml", "Docker docs: env_file in Compose", """
services:
  api:
    image: ghcr.io/greenfield-golf/range-ops:2.4.1
    env_file: .env
    ports: ["3000:3000"]
    restart: unless-stopped
  screens:
    image: ghcr.io/greenfield-golf/bay-screens:1.3.0
    environment:
      API_URL: http://api:3000
      TOPTRACER_API_KEY: ${TOPTRACER_API_KEY}
    depends_on: [api]
""")

add("compose/mosquitto-password", "telematics/compose.yaml", "Eclipse Mosquitto docs: docker image", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  traccar:
    image: traccar/traccar:6.2
    ports: ["8082:8082", "5027:5027"]
    environment:
      DATABASE_URL: jdbc:postgresql://db:5432/traccar
      DATABASE_USER: traccar
      DATABASE_PASSWORD: @@secret@@
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: traccar
      POSTGRES_PASSWORD: @@secret@@
""", rand_pw(20))

# ---------------------------------------------------------------- docs, exports, logs, odd corners

add("markdown/geotab-password-onboarding", "docs/new-instructor-onboarding.md", "Internal onboarding guide", """
# New instructor onboarding (DriveWise South)

1. Collect the car (dual controls checked, dashcam SD card in).
2. Install the **DriveWise Instructor** app from the company portal.
3. Log in to MyGeotab on the office PC to check the car reports in:
   - database: `drivewise_south`
   - user: `office@drivewisesouth.co.uk`
   - password: `@@secret@@`
4. Add your ADI badge number to your profile.
5. Book your standards-check shadow day with Paul.
""", words_pw())

add("markdown/decoy-readme-badges", "bay-tracker/README.md", "shields.io docs", """
# bay-tracker

![build](https://github.com/greenfield-golf/bay-tracker/actions/workflows/ci.yml/badge.svg)
[![codecov](https://codecov.io/gh/greenfield-golf/bay-tracker/graph/badge.svg?token=Q7X3KM2PZL)](https://codecov.io/gh/greenfield-golf/bay-tracker)

Collects shot events from the bay sensors and keeps the live counts in Redis.

## Running
```
export REDIS_URL=redis://localhost:6379/2
cargo run --release
```
The tracker client secret is read from `TRACKMAN_CLIENT_SECRET`.
""")

add("markdown/decoy-api-docs-example", "docs/api/lessons.md", "OpenAPI docs: bearer authentication", """
# Lessons API

All requests need a bearer token from `POST /v2/auth/token`:

```http
GET /v2/lessons?instructor=412009 HTTP/1.1
Host: api.drivewisesouth.co.uk
Authorization: Bearer <access-token>
```

Response:

```json
{"id": "les_01HZX3K2", "pupil": "pup_8812", "starts_at": "2024-06-01T09:00:00Z", "minutes": 90}
```

Tokens expire after 15 minutes; refresh with the `refresh_token` you got alongside.
""")

add("csv/instructor-app-passwords", "it/exports/instructor_accounts_2024.csv", "Spreadsheet export", """
adi_number,name,email,app_username,temp_password,car_reg,gearbox
412009,Paul Hughes,paul.h@drivewisesouth.co.uk,paul.h,@@secret@@,WR21 KXD,manual
398114,Sana Khan,sana.k@drivewisesouth.co.uk,sana.k,changed,WR71 LNE,automatic
455870,Owen Taylor,owen.t@drivewisesouth.co.uk,owen.t,changed,WP22 DZC,manual
461233,Jo Marsh,jo.m@drivewisesouth.co.uk,jo.m,changed,WP72 HUV,automatic
""", words_pw())

add("csv/decoy-lesson-export", "reports/exports/lessons_2024-05.csv", "Booking system export", """
lesson_id,pupil_id,instructor_adi,start,minutes,pickup_postcode,paid,payment_ref
les_01HX7Q2B9K,pup_8812,412009,2024-05-02T09:00:00Z,90,GU14 7AB,true,pi_3PBc1QHn4Kx2Lm1s0dE7fG8h
les_01HX7Q3C1M,pup_9034,398114,2024-05-02T10:30:00Z,60,RG1 3JD,true,pi_3PBc2RHn4Kx2Lm1s1hJ9kL0m
les_01HX7Q4D2N,pup_7710,455870,2024-05-02T13:00:00Z,120,GU1 4EE,false,
les_01HX7Q5E3P,pup_9101,412009,2024-05-02T15:00:00Z,60,GU14 6FD,true,pi_3PBc3SHn4Kx2Lm1s0nP1qR2s
""")

add("log/smtp-password-debug", "logs/range-ops/mailer-debug.log", "Nodemailer docs: debug logging", """
[2024-07-01 06:00:00] INFO  daily report job start
[2024-07-01 06:00:01] DEBUG [nodemailer] Creating transport: nodemailer (6.9.13; +https://nodemailer.com/; SMTP/6.9.13[client:6.9.13])
[2024-07-01 06:00:01] DEBUG transport options {"host":"smtp.gmail.com","port":465,"secure":true,"auth":{"user":"reports@greenfieldgolf.co.uk","pass":"@@secret@@"}}
[2024-07-01 06:00:02] INFO  [nodemailer] Connection established to 142.250.102.108:465
[2024-07-01 06:00:03] INFO  sent daily range report to 3 recipients
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("log/decoy-dispenser-event-log", "logs/dispenser/north-2024-07-01.log", "Range Servant dispenser manual: event log", """
2024-07-01 07:30:02 BOOT fw=4.2.1 serial=RS-BDP-0091834
2024-07-01 07:31:15 CARD uid=04A23B1C5D6E80 app=F51320 balance=12 debit=2 result=OK
2024-07-01 07:31:19 DISPENSE balls=100 hopper=8120
2024-07-01 07:44:50 CARD uid=04F1E2D3C4B5A6 app=F51320 balance=0 debit=1 result=DENIED_NO_CREDIT
2024-07-01 07:45:31 COIN token=1 dispense=50 hopper=8070
2024-07-01 08:02:10 DOOR opened by=staff-key-2
""")

add("swift/stripe-secret-key", "RangeKiosk/Sources/Payments/Backendless.swift", "Stripe docs: API keys", """
import Foundation
import StripeTerminal

// Kiosk talks to Stripe directly for connection tokens (no backend yet - fix before launch)
final class KioskTokenProvider: NSObject, ConnectionTokenProvider {
    private let secretKey = "@@secret@@"

    func fetchConnectionToken(_ completion: @escaping ConnectionTokenCompletionBlock) {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/terminal/connection_tokens")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        URLSession.shared.dataTask(with: request) { data, _, error in
            guard let data, let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let secret = json["secret"] as? String else { return completion(nil, error) }
            completion(secret, nil)
        }.resume()
    }
}
""", stripe_key())

add("swift/decoy-stripe-publishable", "RangeKiosk/Sources/Payments/StripeSetup.swift", "Stripe docs: publishable keys", """
import StripePaymentSheet

enum StripeSetup {
    // Publishable key: meant to be embedded in apps.
    static let publishableKey = "@@pk@@"

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
""", pk=stripe_key("pk_live_"))

add("rust/mqtt-password", "telematics/pedal-logger/src/main.rs", "rumqttc docs: MqttOptions", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("pedal-logger", "mqtt.fleet.passfirsttime.co.uk", 8883);
    opts.set_credentials("pedal-logger", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));

    let (client, mut connection) = Client::new(opts, 64);
    client.subscribe("fleet/cars/+/pedals/#", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        if let Ok(rumqttc::Event::Incoming(rumqttc::Packet::Publish(p))) = event {
            println!("{} {}", p.topic, String::from_utf8_lossy(&p.payload));
        }
    }
}
""", rand_pw(20))

add("rust/decoy-test-key-fixture", "telematics/pedal-logger/tests/fixtures.rs", "Rust book: integration tests", """
// Fixture messages as the cars send them; the key id below is the public id of the
// test signing key, not the key.
pub const SAMPLE_EVENT: &str = r#"{"car":"WR21KXD","pedal":"dual_brake","pressed":true,"ts":1719820800}"#;
pub const SAMPLE_KEY_ID: &str = "kid-2024-07-test";
pub const SAMPLE_SIGNATURE_HEX: &str = "@@h@@";

pub fn sample() -> (&'static str, &'static str) {
    (SAMPLE_EVENT, SAMPLE_SIGNATURE_HEX)
}
""", h=hexs(64))

add("php/mollie-api-key", "site/wp-content/plugins/lwl-bookings/includes/class-payments.php", "Mollie docs: authentication (API keys)", """
<?php
use Mollie\\Api\\MollieApiClient;

class LWL_Payments {
    private MollieApiClient $mollie;

    public function __construct() {
        $this->mollie = new MollieApiClient();
        $this->mollie->setApiKey('@@secret@@');
    }

    public function lesson_block_payment(int $lessons, string $pupil_email): string {
        $payment = $this->mollie->payments->create([
            'amount' => ['currency' => 'GBP', 'value' => number_format($lessons * 38, 2, '.', '')],
            'description' => "$lessons driving lessons",
            'redirectUrl' => home_url('/thank-you/'),
            'metadata' => ['email' => $pupil_email],
        ]);
        return $payment->getCheckoutUrl();
    }
}
""", mollie_key())

add("php/decoy-mollie-test-placeholder", "site/wp-content/plugins/lwl-bookings/lwl-bookings.php", "WordPress plugin handbook: options API", """
<?php
/**
 * Plugin Name: LWL Bookings
 * Description: Lesson block purchases for Learn With Laura.
 * Version: 0.9.2
 */
defined('ABSPATH') || exit;

// the key is stored in wp_options by the settings page, never in code
function lwl_mollie_key(): string {
    return (string) get_option('lwl_mollie_api_key', '');
}

require_once __DIR__ . '/includes/class-payments.php';
""")

add("shell/ldap-bind-password", "it/scripts/find_disabled_instructors.sh", "OpenLDAP docs: ldapsearch", """
#!/bin/sh
# Instructors whose AD accounts are disabled but who still have an app login
ldapsearch -H ldaps://dc01.pft.local -x \\
  -D 'CN=svc-reports,OU=Service,DC=pft,DC=local' -w '@@secret@@' \\
  -b 'OU=Instructors,DC=pft,DC=local' \\
  '(userAccountControl:1.2.840.113556.1.4.803:=2)' sAMAccountName mail \\
  | awk '/^sAMAccountName:/ {print $2}'
""", words_pw())

add("shell/decoy-ssh-fingerprints", "it/scripts/known_hosts_check.sh", "OpenSSH docs: ssh-keygen -l", """
#!/bin/sh
# Compare the offsite backup box host key with the one we recorded at install
EXPECTED='SHA256:@@fp@@'
ACTUAL=$(ssh-keyscan -t ed25519 offsite.clutchandgo.co.uk 2>/dev/null | ssh-keygen -lf - | awk '{print $2}')
if [ "$ACTUAL" != "$EXPECTED" ]; then
  echo "host key changed! expected $EXPECTED got $ACTUAL" >&2
  exit 1
fi
echo ok
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("powershell/sql-sa-password", "it/scripts/Backup-RangePos.ps1", "Microsoft docs: Backup-SqlDatabase / Invoke-Sqlcmd", """
$server = 'RECEP-01\\SQLEXPRESS'
$stamp = Get-Date -Format 'yyyyMMdd'
$target = "\\\\nas01\\backups\\rangepos\\rangepos-$stamp.bak"

Invoke-Sqlcmd -ServerInstance $server -Username 'sa' -Password '@@secret@@' `
    -Query "BACKUP DATABASE [rangepos] TO DISK = N'$target' WITH COMPRESSION, INIT"

Get-ChildItem '\\\\nas01\\backups\\rangepos' -Filter *.bak |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item
""", words_pw())

# ---------------------------------------------------------------- keys, tunnels and package credentials

_k3, _s3 = aws_pair()
add("ini/aws-secret-access-key", "it/laptop-setup/aws/credentials", "AWS CLI docs: configuration and credential files", """
[default]
region = eu-west-2

[pft-dashcam]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[pft-readonly]
role_arn = arn:aws:iam::318262140937:role/ReadOnly
source_profile = pft-dashcam
""", _s3, kid=_k3)

add("ini/decoy-aws-config-sso", "it/laptop-setup/aws/config", "AWS CLI docs: IAM Identity Center configuration", """
[profile clutchgo-prod]
sso_session = clutchgo
sso_account_id = 318262140937
sso_role_name = PowerUser
region = eu-west-2

[sso-session clutchgo]
sso_start_url = https://clutchgo.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""")

add("ini/wireguard-private-key", "it/vpn/range-to-office.conf", "WireGuard docs: wg-quick configuration", """
[Interface]
# Greenfield range -> Clutch & Go office (shared IT contractor)
Address = 10.99.0.2/32
PrivateKey = @@secret@@
DNS = 10.20.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.clutchandgo.co.uk:51820
AllowedIPs = 10.99.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
""", b64(fakes.drawn(_seed(), 32))[:43] + "=", pub=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("ini/decoy-wireguard-peer-public", "it/vpn/office-peers.conf", "WireGuard docs: public keys", """
# Office side: peers only (public keys are safe to share, private keys live on each device)
[Peer]
# greenfield range
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32

[Peer]
# instructor laptop (paul.h)
PublicKey = @@p2@@
AllowedIPs = 10.99.0.10/32
""", p1=b64(fakes.drawn(_seed(), 32))[:43] + "=", p2=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("yaml/ssh-private-key", "ansible/group_vars/dispensers/deploy_key.yml", "Ansible docs: variables (multi-line YAML)", """
dispenser_deploy_user: rsdeploy
dispenser_firmware_dir: /opt/rangeservant/firmware
dispenser_ssh_private_key: |
  @@ind@@
dispenser_hosts:
  - 10.20.4.11
  - 10.20.4.12
""", _ok := fakes.fake_pem(_seed(), "OPENSSH"), ind=_ok.replace("\n", "\n  "))

add("xml/maven-password", "crm-sync/.mvn/settings.xml", "Maven docs: settings reference (servers)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>pft-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pft-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.passfirsttime.co.uk/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", words_pw())

add("xml/decoy-maven-encrypted", "crm-sync/.mvn/settings-ci.xml", "Maven docs: password encryption", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>pft-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>pft-nexus-legacy</id>
      <username>deploy</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=b64(fakes.drawn(_seed(), 36)))

add("xml/nuget-password", "RangePos/nuget.config", "NuGet docs: nuget.config reference (packageSourceCredentials)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="greenfield" value="https://pkgs.dev.azure.com/greenfieldgolf/_packaging/pos/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <greenfield>
      <add key="Username" value="pos-build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </greenfield>
  </packageSourceCredentials>
</configuration>
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + string.digits))

add("json/composer-github-oauth", "site/auth.json", "Composer docs: authentication (github-oauth)", """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PACKAGIST_TOKEN}"
        }
    }
}
""", fakes.github_token(_seed()))

add("shell/pip-index-password", "tools/theory-quiz/scripts/install_internal.sh", "pip docs: index-url with credentials", """
#!/usr/bin/env bash
set -euo pipefail
# install the internal packages from the office index on the quiz kiosk
pip install --upgrade \\
  --index-url "https://kiosk:@@secret@@@pkgs.greenfieldgolf.local/simple/" \\
  --extra-index-url https://pypi.org/simple \\
  range-sdk==0.8.1 theory-quiz==1.4.0
sudo systemctl restart theory-quiz
""", rand_pw(20))

add("shell/decoy-pip-netrc", "tools/range-sdk/scripts/install_dev.sh", "pip docs: authentication (netrc, keyring)", """
#!/usr/bin/env bash
set -euo pipefail
# credentials come from ~/.netrc (machine pkgs.greenfieldgolf.local ...) - see docs/it/dev-setup.md
pip install --upgrade \\
  --index-url "https://pkgs.greenfieldgolf.local/simple/" \\
  --extra-index-url https://pypi.org/simple \\
  -e ".[dev]"
pre-commit install
""")

add("python/slack-bot-token", "ops/range_daily_report.py", "Slack docs: bot tokens (slack_sdk)", """
\"\"\"Posts yesterday's range numbers to #range-ops.\"\"\"
from slack_sdk import WebClient

from range_ops.stats import yesterday

client = WebClient(token="@@secret@@")


def main() -> None:
    s = yesterday()
    client.chat_postMessage(
        channel="#range-ops",
        text=(f"Yesterday: {s.buckets} buckets ({s.balls:,} balls), {s.bay_hours:.0f} bay-hours, "
              f"busiest hour {s.peak_hour}:00, dispenser faults {s.faults}"),
    )


if __name__ == "__main__":
    main()
""", slack_bot())

add("json/discord-webhook", "ops/alerts/discord.json", "Discord docs: webhooks", """
{
  "alerts": [
    {
      "name": "dispenser-jam",
      "when": "dispenser.status == 'JAM'",
      "webhook": "https://discord.com/api/webhooks/@@wid@@/@@secret@@",
      "message": "Dispenser {{unit}} jammed - check the ball room"
    },
    {
      "name": "hopper-low",
      "when": "dispenser.hopper < 2000",
      "webhook_env": "DISCORD_OPS_WEBHOOK"
    }
  ]
}
""", fakes.drawn(_seed(), 68, ALNUM + "_-"), wid=str(_rng().randint(10**17, 10**18)))

add("typescript/shopify-admin-token", "pro-shop/src/shopify.ts", "Shopify docs: Admin API access tokens", """
import { createAdminApiClient } from "@shopify/admin-api-client";

// Pro shop stock (gloves, balls, range cards)
export const shopify = createAdminApiClient({
  storeDomain: "greenfield-pro-shop.myshopify.com",
  apiVersion: "2024-07",
  accessToken: "@@secret@@",
});

export async function stockOf(sku: string) {
  const { data } = await shopify.request(
    `query($q: String!) { productVariants(first: 1, query: $q) { nodes { sku inventoryQuantity } } }`,
    { variables: { q: `sku:${sku}` } },
  );
  return data?.productVariants.nodes[0]?.inventoryQuantity ?? 0;
}
""", shopify_token())

add("typescript/decoy-shopify-storefront-public", "pro-shop/src/storefront.ts", "Shopify docs: Storefront API public access tokens", """
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

// Public Storefront access token: designed to be shipped to browsers.
export const storefront = createStorefrontApiClient({
  storeDomain: "greenfield-pro-shop.myshopify.com",
  apiVersion: "2024-07",
  publicAccessToken: "@@k@@",
});

export const RANGE_CARD_HANDLE = "range-card-20-buckets";
""", k=hexs(32))

# ---------------------------------------------------------------- last round: mixed carriers

add("python/square-access-token", "range-pos/sync/square_sales.py", "Square docs: Python SDK", """
\"\"\"Pulls the café and pro-shop Square sales into the range's daily report.\"\"\"
from datetime import date, timedelta

from square.client import Client

square = Client(
    access_token="@@secret@@",
    environment="production",
)

yesterday = (date.today() - timedelta(days=1)).isoformat()
result = square.orders.search_orders(body={
    "location_ids": ["L8QF2K7XB3M0A"],
    "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": yesterday + "T00:00:00Z"}}}},
})
total = sum(o["total_money"]["amount"] for o in result.body.get("orders", []))
print(f"{yesterday}: £{total / 100:.2f}")
""", square_token())

_pa, _pb = rand_pw(10, "#!"), rand_pw(10)
add("python/dashcam-portal-password", "telematics/dashcam_pull.py", "Requests docs: authentication", """
\"\"\"Downloads flagged clips from the cloud dashcam portal for the insurer.\"\"\"
import requests

PORTAL = "https://fleet.camsafe-portal.co.uk/api/v1"
USER = "pft-fleet"
PASS = ("@@a@@"
        "@@b@@")


def flagged_clips(since: str):
    r = requests.get(f"{PORTAL}/events", params={"type": "harsh_brake", "since": since},
                     auth=(USER, PASS), timeout=20)
    r.raise_for_status()
    return [e["clip_url"] for e in r.json()["events"]]
""", _pa + _pb, a=_pa, b=_pb)

add("yaml/sendgrid-api-key", "pupil-portal/config/mail.yml", "SendGrid docs: API keys", """
production:
  delivery_method: sendgrid_api
  sendgrid:
    api_key: @@secret@@
    templates:
      theory_reminder: d-4f1c2e9a7b3d48c5a6e0f9b1c2d3e4f5
      test_day_checklist: d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b
  from: lessons@learnwithlaura.co.uk
""", sendgrid_key())

add("yaml/decoy-sendgrid-template-ids", "pupil-portal/config/mail.staging.yml", "SendGrid docs: dynamic templates", """
staging:
  delivery_method: sendgrid_api
  sendgrid:
    api_key: <%= ENV.fetch("SENDGRID_API_KEY") %>
    templates:
      theory_reminder: d-4f1c2e9a7b3d48c5a6e0f9b1c2d3e4f5
      test_day_checklist: d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b
  from: lessons+staging@learnwithlaura.co.uk
""")

add("json/decoy-firebase-web-config", "pupil-app/src/firebaseConfig.json", "Firebase docs: API keys for Firebase are not secret", """
{
  "apiKey": "@@k@@",
  "authDomain": "drivewise-pupil.firebaseapp.com",
  "projectId": "drivewise-pupil",
  "storageBucket": "drivewise-pupil.appspot.com",
  "messagingSenderId": "557201938442",
  "appId": "1:557201938442:web:3c9e1f2a8b7d6e5f4a3b2c"
}
""", k=google_api_key())

add("json/paypal-client-secret", "range-shop/config/payments.prod.json", "PayPal docs: REST API credentials", """
{
  "paypal": {
    "mode": "live",
    "clientId": "A@@cid@@",
    "clientSecret": "@@secret@@",
    "webhookId": "8PT59735JN8012345"
  },
  "vouchers": {
    "lessonBlock10": 38000,
    "rangeCard20": 6000
  }
}
""", paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("github-actions/pypi-token", ".github/workflows/publish-range-sdk.yml", "PyPI docs: API tokens", """
name: publish range-sdk
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish-theory-quiz.yml", "PyPI docs: trusted publishers", """
name: publish theory-quiz
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("groovy/nexus-password", "crm-sync/Jenkinsfile", "Jenkins docs: pipeline syntax", """
pipeline {
    agent any
    environment {
        NEXUS_USER = 'deploy'
        NEXUS_PASS = '@@secret@@'
    }
    stages {
        stage('Build') {
            steps { sh './mvnw -B package' }
        }
        stage('Publish') {
            steps {
                sh './mvnw -B deploy -DaltDeploymentRepository=pft-nexus::https://nexus.passfirsttime.co.uk/repository/releases -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'
            }
        }
    }
}
""", words_pw())

add("groovy/decoy-jenkins-credentials", "booking-web/Jenkinsfile", "Jenkins docs: using credentials", """
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'ghcr-push', usernameVariable: 'GH_USER', passwordVariable: 'GH_TOKEN')]) {
                    sh 'echo "$GH_TOKEN" | docker login ghcr.io -u "$GH_USER" --password-stdin'
                    sh 'docker push ghcr.io/clutchandgo/booking-web:$BUILD_NUMBER'
                }
            }
        }
    }
}
""")

add("xml/web-config-connection-string", "InstructorPortal/Web.config", "Microsoft docs: connection strings in Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Lessons" providerName="System.Data.SqlClient"
         connectionString="Data Source=PFT-SQL02;Initial Catalog=Lessons;User Id=portal_web;Password=@@secret@@;" />
  </connectionStrings>
  <appSettings>
    <add key="DefaultLessonMinutes" value="60" />
    <add key="TestCentre" value="Farnborough" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("xml/decoy-web-config-transform", "InstructorPortal/Web.Release.config", "Microsoft docs: Web.config transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Lessons"
         connectionString="Data Source=PFT-SQL02;Initial Catalog=Lessons;Integrated Security=True;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""")

add("typescript/google-maps-server-key", "lesson-planner/src/routes/distance.ts", "Google Maps Platform docs: Distance Matrix API (server-side key)", """
// server-side only: unrestricted key for the Distance Matrix (pick-up -> test centre)
const MAPS_SERVER_KEY = "@@secret@@";

export async function minutesToCentre(pickup: string, centre: string): Promise<number> {
  const url = new URL("https://maps.googleapis.com/maps/api/distancematrix/json");
  url.searchParams.set("origins", pickup);
  url.searchParams.set("destinations", centre);
  url.searchParams.set("departure_time", "now");
  url.searchParams.set("key", MAPS_SERVER_KEY);
  const res = await fetch(url);
  const json = await res.json();
  return Math.round(json.rows[0].elements[0].duration_in_traffic.value / 60);
}
""", google_api_key())

add("java/twilio-auth-token", "crm-sync/src/main/java/uk/co/passfirsttime/crm/TestDateSms.java", "Twilio docs: Java helper library", """
package uk.co.passfirsttime.crm;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class TestDateSms {
    static {
        Twilio.init("AC@@sid@@", "@@secret@@");
    }

    public static void send(String mobile, String centre, String when) {
        Message.creator(new PhoneNumber(mobile), new PhoneNumber("+447723100482"),
                "Your practical test is at " + centre + " on " + when + ". Lesson beforehand booked.")
            .create();
    }
}
""", hexs(32), sid=hexs(32))

add("sql/decoy-api-keys-table-hashed", "db/migrations/2024_05_10_api_keys.sql", "OWASP: storing API keys hashed", """
-- partner API keys (driving-school franchisees); only the SHA-256 of each key is stored
CREATE TABLE api_keys (
    id            SERIAL PRIMARY KEY,
    franchise_id  INTEGER NOT NULL REFERENCES franchises(id),
    key_prefix    CHAR(8) NOT NULL,
    key_sha256    CHAR(64) NOT NULL UNIQUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ
);
INSERT INTO api_keys (franchise_id, key_prefix, key_sha256) VALUES
  (1, 'pftk_9Qx', '@@h1@@'),
  (2, 'pftk_L2m', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))

add("sql/traccar-user-password", "db/telematics/traccar_init.sql", "Traccar docs: database setup (MySQL)", """
-- Traccar database on the telematics VM
CREATE DATABASE traccar CHARACTER SET utf8mb4;
CREATE USER 'traccar'@'10.30.0.%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON traccar.* TO 'traccar'@'10.30.0.%';
CREATE USER 'grafana_ro'@'10.30.0.%' IDENTIFIED BY 'see-vault';
GRANT SELECT ON traccar.tc_positions TO 'grafana_ro'@'10.30.0.%';
FLUSH PRIVILEGES;
""", words_pw())

add("shell/samsara-api-token", "fleet-dashboard/scripts/odometer_check.sh", "Samsara developer docs: vehicle stats", """
#!/usr/bin/env bash
# Monthly: odometer of each dual-control car, for the lease mileage check
curl -s 'https://api.eu.samsara.com/fleet/vehicles/stats?types=obdOdometerMeters&tagIds=4471822' \\
  -H 'Accept: application/json' \\
  -H 'Authorization: Bearer @@secret@@' \\
  | jq -r '.data[] | [.name, (.obdOdometerMeters.value / 1609.34 | floor)] | @tsv' \\
  | sort > "odometer-$(date +%Y-%m).tsv"
echo "written odometer-$(date +%Y-%m).tsv"
""", samsara_token())

add("python/redis-password", "booking/celery_app.py", "Celery docs: using Redis as a broker", """
from celery import Celery
from celery.schedules import crontab

app = Celery(
    "booking",
    broker="redis://:@@secret@@@10.0.3.15:6379/0",
    backend="redis://:@@secret@@@10.0.3.15:6379/1",
)
app.conf.timezone = "Europe/London"
app.conf.beat_schedule = {
    "lesson-reminders": {"task": "booking.tasks.send_reminders", "schedule": crontab(minute=0, hour="8,18")},
    "release-unpaid-holds": {"task": "booking.tasks.release_holds", "schedule": crontab(minute="*/10")},
}
""", fakes.redis_password(_seed()))

add("env/intercom-access-token", "pupil-portal/.env.local", "Intercom developer docs: access tokens", """
# Laura's laptop - pupil portal against live Intercom (for the chat widget work)
APP_URL=http://localhost:3000
INTERCOM_APP_ID=k7q2x9vd
INTERCOM_ACCESS_TOKEN=@@secret@@
DATABASE_URL=postgres://portal:portal@localhost:5432/portal
""", b64("tok:" + uuid_s() + ":1:0").rstrip("="))

add("yaml/slack-webhook", "ops/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: slack_config", """
route:
  receiver: range-ops
  group_by: [alertname, site]
  repeat_interval: 4h
receivers:
  - name: range-ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#range-ops"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", slack_webhook())

add("yaml/decoy-alertmanager-file", "ops/alertmanager/alertmanager.telematics.yml", "Prometheus Alertmanager docs: api_url_file", """
route:
  receiver: fleet
  group_by: [alertname, car]
receivers:
  - name: fleet
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_fleet_webhook
        channel: "#fleet"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.car }}"
""")

add("properties/smtp-password", "crm-sync/src/main/resources/application-mail.properties", "Spring Boot docs: mail properties", """
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=enquiries@passfirsttime.co.uk
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
enquiry.notify=office@passfirsttime.co.uk
""", words_pw())

add("php/ftp-password", "site/cron/send_pass_certificates.php", "PHP manual: ftp_login", """
<?php
// Sends scans of pass certificates to the learner-insurance partner for the 'passed' discount
$conn = ftp_ssl_connect('sftp-drop.learnerinsure.co.uk');
if (!$conn || !ftp_login($conn, 'lwl_partner', '@@secret@@')) {
    error_log('insurer FTP login failed');
    exit(1);
}
ftp_pasv($conn, true);
foreach (glob('/var/lwl/certificates/outbox/*.pdf') as $file) {
    if (ftp_put($conn, basename($file), $file, FTP_BINARY)) {
        rename($file, str_replace('/outbox/', '/sent/', $file));
    }
}
ftp_close($conn);
""", rand_pw(12, "!$"))

_bu = b64("range-ops:" + words_pw())
add("kotlin/basic-auth-header", "range-kiosk/src/main/kotlin/golf/greenfield/kiosk/BayApi.kt", "RFC 7617: HTTP Basic authentication", """
package golf.greenfield.kiosk

import okhttp3.OkHttpClient
import okhttp3.Request

object BayApi {
    private const val BASE = "http://10.20.5.10:3000"
    private const val AUTH = "Basic @@secret@@"
    private val http = OkHttpClient()

    fun freeBays(): String {
        val req = Request.Builder().url("$BASE/api/bays/free").header("Authorization", AUTH).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", _bu)

add("dockerfile/github-token", "bay-screens/Dockerfile", "GitHub docs: cloning with a token", """
FROM node:20-alpine
ARG GH_TOKEN=@@secret@@
WORKDIR /app
RUN apk add --no-cache git \\
 && git clone --depth 1 https://${GH_TOKEN}@github.com/greenfield-golf/bay-screens-theme.git theme
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 8080
CMD ["node", "server.js"]
""", fakes.github_token(_seed()))

add("swift/decoy-test-placeholder", "RangeKiosk/Tests/PaymentsTests.swift", "XCTest docs", """
import XCTest
@testable import RangeKiosk

final class PaymentsTests: XCTestCase {
    func testBucketPriceInPence() {
        XCTAssertEqual(Bucket.large.pence, 850)
    }

    func testTokenProviderNeedsKey() {
        let provider = KioskTokenProvider(secretKey: "sk_test_placeholder")
        XCTAssertFalse(provider.isLive)
    }
}
""")
