"""Blind set OA: a Brooklyn kosher bakery's ordering and delivery system and a Yiddish book centre's lab.

The bakery (Mendl's Heymishe Bekeray, Borough Park: web orders, Square till, challah subscriptions,
erev-Shabbos delivery routes, oven sensors, SMS reminders) and the book centre's digitisation lab
(Bikher-Krayz: scanning stations, OCR of Yiddish print, Internet Archive uploads, IIIF, catalogue),
with notes and comments partly in Yiddish (Hebrew script and YIVO romanization) and English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8720000-8729999).
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
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 8720000, 8729999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Khale", "Beygl", "Kugl", "Lokshn", "Mandlbroyt", "Rugelakh", "Tsimes", "Knish", "Shmalts",
         "Latke", "Bobke", "Teyglakh", "Kikhl", "Homntash", "Blintse", "Pletsl", "Bialy", "Bikher",
         "Seyfer", "Oyvn"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot(kind: str = "xoxb") -> str:
    r = _rng()
    return f"{kind}-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def square() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def b2_key() -> str:
    return mixed(27, "K005")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oa/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- bakery: web orders and payments

add("python/stripe-live", "bakery/mendls/orders/payments.py", "https://docs.stripe.com/keys", r'''
"""Payments for web orders (challah subscriptions, Yom Tov pre-orders)."""
import stripe

# נישט אַרויפֿשטעלן אין גיט!! — Yossi, bitte aribertrogn in .env nokh Pesach
stripe.api_key = "@@s@@"


def charge_preorder(order):
    return stripe.PaymentIntent.create(
        amount=order.total_cents,
        currency="usd",
        metadata={"order_id": order.id, "pickup": order.pickup_day},
    )
''', stripe())

add("env/square-access-token", "bakery/mendls/.env.production", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Mendl's Heymishe Bekeray — production
APP_ENV=production
APP_URL=https://order.mendlsbakery.com
SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=L8QW2ZK4M1TJA
SQUARE_ACCESS_TOKEN=@@s@@
ERUV_CHECK=false
SHABBOS_CUTOFF_HOUR=14
''', square())

add("env/decoy-placeholders", "bakery/mendls/.env.example", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# kopirt dem fayl tsu .env un shraybt arayn di emese shlislen (fun 1Password, "Bakery/Prod")
APP_ENV=local
APP_URL=http://localhost:8000
SQUARE_ENVIRONMENT=sandbox
SQUARE_LOCATION_ID=
SQUARE_ACCESS_TOKEN=EAAA-your-sandbox-token-here
STRIPE_SECRET_KEY=sk_test_replace_me
TWILIO_AUTH_TOKEN=<twilio auth token>
SHABBOS_CUTOFF_HOUR=14
''')

add("js/stripe-webhook-secret", "bakery/mendls/web/server/webhooks.js", "https://docs.stripe.com/webhooks#verify-events", r'''
// Stripe webhook — markirt bashtelungen vi batsolt
const express = require("express");
const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

const router = express.Router();
const endpointSecret = "@@s@@"; // TODO move to env, Dovid

router.post("/stripe", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "checkout.session.completed") {
    markPaid(event.data.object.client_reference_id);
  }
  res.json({ received: true });
});

module.exports = router;
''', mixed(32, "whsec_"))

add("js/decoy-publishable-key", "bakery/mendls/web/src/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// publishable key — this one is meant to be in the browser (Stripe docs), nit keyn sod
import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("@@pk@@");

export async function goToCheckout(sessionId) {
  const stripe = await stripePromise;
  // ערבֿ שבת: לעצטע באַשטעלונג 2 אַזייגער
  return stripe.redirectToCheckout({ sessionId });
}
''', pk=mixed(99, "pk_live_"))

add("php/twilio-auth-token", "bakery/mendls/legacy/sms_reminder.php", "https://www.twilio.com/docs/iam/api/authtoken", r'''
<?php
// SMS: "Ayer khale iz greyt!" — old PHP cron from 2019, still running on the back-office box
require __DIR__ . '/vendor/autoload.php';
use Twilio\Rest\Client;

$sid   = 'AC@@sid@@';
$token = '@@s@@';
$client = new Client($sid, $token);

foreach (ready_orders() as $o) {
    $client->messages->create($o['phone'], [
        'from' => '+17185550142',
        'body' => "Mendl's: your order #{$o['id']} is ready. A gutn Shabbos!",
    ]);
}
''', hexs(32), sid=hexs(32))

add("python/decoy-twilio-env", "bakery/mendls/notify/sms.py", "https://www.twilio.com/docs/usage/secure-credentials", r'''
"""SMS reminders for pickup. The Account SID is an identifier; the token comes from the env."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"  # not a secret (shown in console URL)
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def remind(phone: str, order_id: int) -> None:
    # "פֿאַרגעסט נישט אָפּצונעמען" — don't forget to pick up
    client.messages.create(to=phone, from_="+17185550142",
                           body=f"Mendl's Bakery: order {order_id} is waiting. Farges nit!")
''', sid=hexs(32))

add("yaml/sendgrid-key", "bakery/mendls/config/mail.yml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
mail:
  provider: sendgrid
  from: "Mendl's Bakery <orders@mendlsbakery.com>"
  reply_to: "office@mendlsbakery.com"
  sendgrid:
    api_key: "@@s@@"
    templates:
      order_confirm: d-3f1c2a9b8e7d4c6f
      shabbos_reminder: d-88a04bc1d2e34f57
  # bcc tsu Feigy far ale Yom-Tov bashtelungen
  bcc_holidays: feigy@mendlsbakery.com
''', sendgrid())

add("ruby/mailchimp-key", "bakery/mendls/newsletter/sync_subscribers.rb", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
# Sinkhronizirt di "Khale fun der vokh" subscribers mit Mailchimp
require "MailchimpMarketing"

client = MailchimpMarketing::Client.new
client.set_config({
  api_key: "@@s@@",
  server: "us14"
})

LIST_ID = "b71e5d0c2a"

Customer.where(newsletter: true).find_each do |c|
  client.lists.set_list_member(LIST_ID, Digest::MD5.hexdigest(c.email.downcase),
                               { email_address: c.email, status_if_new: "subscribed" })
end
''', mailchimp())

add("json/decoy-square-app-id", "bakery/mendls/web/public/square-config.json", "https://developer.squareup.com/docs/web-payments/overview", r'''
{
  "applicationId": "sq0idp-@@app@@",
  "locationId": "L8QW2ZK4M1TJA",
  "environment": "production",
  "currency": "USD",
  "note": "application id + location id are public (Web Payments SDK), the access token lives on the server only"
}
''', app=mixed(22))

add("go/square-token", "bakery/mendls/till/sync/square.go", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
package sync

import (
	"context"
	"net/http"
	"time"
)

// Till -> kitchen screen. Dovid: der token iz fun dem "Kitchen Sync" app (prod).
const squareToken = "@@s@@"

func FetchOrders(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "POST",
		"https://connect.squareup.com/v2/orders/search", nil)
	req.Header.Set("Authorization", "Bearer "+squareToken)
	req.Header.Set("Square-Version", "2024-01-18")
	c := &http.Client{Timeout: 10 * time.Second}
	return c.Do(req)
}
''', square())

add("markdown/decoy-revoked-note", "bakery/mendls/docs/incident-2024-03.md", "https://developer.squareup.com/docs/build-basics/access-tokens#revoke", r'''
# Incident: Square token in git (March 2024)

- Di Square token iz geven in `till/sync/square.go` fun 3tn biz 5tn Mars.
- Revoked in the Square Developer Dashboard on 5 March, 11:20.
- New token is only in the server env (`SQUARE_ACCESS_TOKEN`), via 1Password "Bakery/Prod".
- Commit `9c1e4b7a2f3d8e6051b2c7a9d4e8f1a3b5c6d7e8` removed it; history was rewritten.

Lernt zikh: keyn tokens in kod. Use `os.environ` / `process.env`.
''')

add("csv/decoy-orders-export", "bakery/mendls/exports/erev-shabbos-2024-11-08.csv", "https://developer.squareup.com/reference/square/orders-api", r'''
order_id,customer,phone,items,pickup,paid,square_payment_id
10422,Rivky Weiss,718-555-0117,"2x raisin challah; 1x babka",Fri 12:30,yes,pYx8Kq2mTn0wLrZ4Jb7vH1sDcE5
10423,Shmuel Katz,718-555-0183,"1x kugel (lokshn)",Fri 11:00,yes,Qa3Lm9Vb2Xc7Nz1Kp8Ws4Rt6Yu0
10424,Chana Friedman,347-555-0102,"6x rugelach; 2x water challah",Fri 13:45,no,
10425,Berel Gross,917-555-0166,"1x mandlbroyt tin",Fri 10:15,yes,Hj5Gf2Dd8Ss1Aa4Pp7Oo0Ii3Uu6
10426,Malky Stern,718-555-0129,"3x small challah (no seeds)",Fri 12:00,yes,Zx9Cv6Bn3Mm0Ll2Kk5Jj8Hh1Gg4
''')

add("sql/postgres-password", "bakery/mendls/db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- reporting user far Feigy's spreadsheet (Metabase)
-- אַכטונג: נאָר לייענען, נישט שרייבן
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE bakery TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON orders, order_items, customers, routes TO reporting;
ALTER ROLE reporting SET statement_timeout = '30s';
''', words_pw())

add("yaml/decoy-secret-ref", "bakery/mendls/deploy/k8s/orders-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: bakery
spec:
  replicas: 2
  selector:
    matchLabels: {app: orders-api}
  template:
    metadata:
      labels: {app: orders-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/mendls-bakery/orders-api@sha256:5b8e2f1c9d7a4036e1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: orders-db, key: url}
            - name: SQUARE_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: {name: square, key: access-token}
            - name: SHABBOS_CUTOFF_HOUR
              value: "14"
''')

_url = "postgres://orders:" + words_pw() + "@db.internal.mendlsbakery.com:5432/bakery"
add("k8s/secret-data-postgres-url", "bakery/mendls/deploy/k8s/orders-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: bakery
  # TODO: sealed-secrets, Yossi zogt nokh Sukes
type: Opaque
data:
  url: @@enc@@
''', _url, enc=b64(_url))

# ---------------------------------------------------------------- bakery: delivery, routes, kitchen

add("python/onfleet-key", "bakery/mendls/delivery/onfleet_push.py", "https://docs.onfleet.com/reference/authentication", r'''
"""Push erev-Shabbos deliveries to Onfleet (Borough Park, Flatbush, Crown Heights routes)."""
import requests

ONFLEET_API_KEY = "@@s@@"  # Moishe's account, tsu baytn!
BASE = "https://onfleet.com/api/v2"


def push_task(order):
    payload = {
        "destination": {"address": {"unparsed": order.address}},
        "recipients": [{"name": order.name, "phone": order.phone}],
        "notes": f"#{order.id} — {order.items_short}",
        "completeBefore": order.deadline_ms,
    }
    r = requests.post(f"{BASE}/tasks", json=payload, auth=(ONFLEET_API_KEY, ""), timeout=15)
    r.raise_for_status()
    return r.json()["id"]
''', hexs(32))

add("js/google-maps-server-key", "bakery/mendls/delivery/route-optimizer/index.js", "https://developers.google.com/maps/documentation/routes/get-api-key", r'''
// Route optimizer for Friday runs: server-side key (Routes API), unrestricted — Yossi fix it
const fetch = require("node-fetch");

const GMAPS_KEY = "@@s@@";

async function computeRoute(stops) {
  const body = {
    origin: { address: "4510 13th Ave, Brooklyn, NY" },
    destination: { address: "4510 13th Ave, Brooklyn, NY" },
    intermediates: stops.map((s) => ({ address: s.address })),
    travelMode: "DRIVE",
    optimizeWaypointOrder: true,
  };
  const res = await fetch("https://routes.googleapis.com/directions/v2:computeRoutes", {
    method: "POST",
    headers: { "X-Goog-Api-Key": GMAPS_KEY, "X-Goog-FieldMask": "routes.optimizedIntermediateWaypointIndex" },
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { computeRoute };
''', google_api())

add("html/decoy-maps-embed", "bakery/mendls/web/public/locations.html", "https://developers.google.com/maps/documentation/embed/get-started", r'''
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mendl's Bakery — Locations / וווּ מען געפֿינט אונדז</title></head>
<body>
  <h1>Our stores</h1>
  <p>13th Avenue (Borough Park) · Kingston Avenue (Crown Heights)</p>
  <!-- embed key: restricted by HTTP referrer to mendlsbakery.com, Maps Embed API only -->
  <iframe width="600" height="450" style="border:0" loading="lazy"
    src="https://www.google.com/maps/embed/v1/place?key=${MAPS_EMBED_KEY}&q=Mendl%27s+Bakery+Brooklyn">
  </iframe>
  <p>Closed Shabbos and Yom Tov. Erev Shabbos open until 2 hours before candle lighting.</p>
</body>
</html>
''')

add("swift/driver-app-api-token", "bakery/mendls/driver-ios/DriverApp/Config.swift", "https://docs.onfleet.com/reference/authentication", r'''
import Foundation

// Driver app config. Shloime: dos iz der token fun "drivers" user in der bashtelungen-API
enum Config {
    static let apiBase = URL(string: "https://api.mendlsbakery.com/v1")!
    static let driverApiToken = "@@s@@"
    static let pollInterval: TimeInterval = 30
    static let shabbosLockoutMinutes = 18   // candle lighting minus 18
}
''', mixed(40, "mdb_live_"))

add("kotlin/decoy-buildconfig", "bakery/mendls/driver-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.mendlsbakery.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.mendlsbakery.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.1"
        // der token kumt fun local.properties / CI secret, nit fun git
        buildConfigField("String", "DRIVER_API_TOKEN",
            "\"${project.findProperty("driverApiToken") ?: System.getenv("DRIVER_API_TOKEN") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
''')

add("properties/android-keystore-password", "bakery/mendls/driver-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-key", r'''
# release signing — driver app
# Shloime: nit farlirn! on dem kenen mir nit aroyfshikn keyn update
storeFile=../keys/mendls-release.jks
storePassword=@@s@@
keyAlias=mendls-driver
keyPassword=@@s@@
''', words_pw())

add("ino/wifi-password", "bakery/mendls/kitchen/oven-monitor/oven-monitor.ino", "https://docs.arduino.cc/libraries/wifi/", r'''
// Oyvn-temperatur monitor (ESP32 + MAX31855), shikt yede 30 sek tsu MQTT
#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid     = "Mendls-Kitchen";
const char* password = "@@s@@";
const char* mqtt_host = "10.0.20.5";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); }
  mqtt.setServer(mqtt_host, 1883);
}

void loop() {
  // deck oven #2 — khale 190C
  mqtt.loop();
  delay(30000);
}
''', words_pw())

add("yaml/decoy-homeassistant-secret-ref", "bakery/mendls/kitchen/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Mendl's Kitchen
  time_zone: America/New_York

mqtt:
  sensor:
    - name: "Deck oven 2"
      state_topic: "kitchen/oven2/temp"
      unit_of_measurement: "°C"
    - name: "Walk-in cooler"
      state_topic: "kitchen/cooler/temp"

notify:
  - platform: smtp
    server: smtp.gmail.com
    port: 587
    sender: kitchen@mendlsbakery.com
    username: kitchen@mendlsbakery.com
    password: !secret gmail_app_password
    recipient: [yossi@mendlsbakery.com]
''')

add("yaml/homeassistant-secrets", "bakery/mendls/kitchen/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant secrets — kitchen pi
# (dos hot nit gedarft zayn in repo... der .gitignore hot es nit gekhapt)
gmail_app_password: "@@s@@"
latitude: 40.6340
longitude: -73.9900
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("conf/decoy-mosquitto-hashes", "bakery/mendls/kitchen/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
oven2:$7$101$Pq8nX3cTz0bWfK1a$J4oWm0rZ8tXyVb2Hc7Qk9sLp3nE6dF1gA5uR0iT8yMzK2vB4xN7wC9eS1qD3fG6hJ0kL5pO8rU2tY4aZ7bX1c==
cooler:$7$101$Vh2kL9mQ4rT7yW0e$C3nB6vX9zA2sD5fG8hJ1kL4pO7rU0tY3aZ6bX9cV2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4q==
scale:$7$101$Lm4nB7vC0xZ3aS6d$F9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3q==
kitchen-pi:$7$101$Qw2Er5Ty8Ui1Op4A$S7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1q==
dashboard:$7$101$Tg5yH8jK1lZ4xC7v$B0nM3qW6eR9tY2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1q==
''')

add("python/mqtt-password", "bakery/mendls/kitchen/cooler_alarm.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set", r'''
"""Walk-in cooler alarm: oyb s'iz iber 5°C mer vi 10 minut -> SMS tsu Yossi."""
import paho.mqtt.client as mqtt

from notify.sms import remind_manager

client = mqtt.Client(client_id="cooler-alarm")
client.username_pw_set("cooler", "@@s@@")


def on_message(_c, _u, msg):
    temp = float(msg.payload)
    if temp > 5.0:
        remind_manager(f"Kiler iz {temp:.1f}°C!")


client.on_message = on_message
client.connect("10.0.20.5", 1883)
client.subscribe("kitchen/cooler/temp")
client.loop_forever()
''', fakes.redis_password(_seed()))

add("markdown/decoy-runbook", "bakery/mendls/docs/runbook-erev-shabbos.md", "https://docs.onfleet.com/reference/authentication", r'''
# Erev Shabbos runbook / ערבֿ שבת

1. 06:00 — ovens on (deck 1+2). Check `kitchen/oven*/temp` in Home Assistant.
2. 09:00 — run `make routes` (needs `ONFLEET_API_KEY` and `GMAPS_KEY` in your shell; get them from
   1Password vault **Bakery/Delivery**, never paste them here).
3. 10:30 — drivers log in to the driver app (their own PIN, set by Moishe).
4. Last delivery leaves 2h before candle lighting (`SHABBOS_CUTOFF_HOUR`).
5. If Onfleet is down: print `exports/erev-shabbos-*.csv`, khapt a marker.

Questions -> Yossi (718-555-0190). A gut Shabbos!
''')

add("shell/history-onfleet-curl", "bakery/mendls/ops/notes/moishe_bash_history.txt", "https://docs.onfleet.com/reference/authentication", r'''
cd ~/mendls/delivery
git pull
python onfleet_push.py --day fri --dry-run
curl -u "@@s@@:" https://onfleet.com/api/v2/auth/test
curl -u "@@s@@:" "https://onfleet.com/api/v2/workers?states=1"
python onfleet_push.py --day fri
tail -f logs/push.log
exit
''', hexs(32))

add("yaml/decoy-actions-secrets", "bakery/mendls/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    # nit deployen Shabbos (Friday 18:00 UTC - Saturday 23:00 UTC) — see scripts/shabbos_guard.sh
    steps:
      - uses: actions/checkout@v4
      - run: scripts/shabbos_guard.sh
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: |
          docker build -t ghcr.io/mendls-bakery/orders-api:${{ github.sha }} .
          docker push ghcr.io/mendls-bakery/orders-api:${{ github.sha }}
      - run: kubectl --token "${{ secrets.KUBE_DEPLOY_TOKEN }}" set image deploy/orders-api api=ghcr.io/mendls-bakery/orders-api:${{ github.sha }}
''')

add("yaml/github-actions-inline-token", "bakery/mendls/.github/workflows/menu-sync.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: menu-sync
on:
  schedule:
    - cron: "0 4 * * 0-4"   # Sunday-Thursday, not erev Shabbos
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: mendls-bakery/menu-data
          token: @@s@@
      - run: python scripts/sync_menu.py --to square
        env:
          SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}
''', fakes.github_token(_seed()))

add("dockerfile/env-database-url", "bakery/mendls/orders-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# far dem tsveytn server (Crown Heights store) — temporarily baked in
ENV DATABASE_URL=postgresql://orders:@@s@@@10.0.10.4:5432/bakery
ENV SHABBOS_CUTOFF_HOUR=14
EXPOSE 8000
CMD ["gunicorn", "orders.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''', words_pw())

add("compose/decoy-env-file", "bakery/mendls/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r'''
services:
  api:
    build: ./orders-api
    env_file: .env          # not in git, see .env.example
    ports: ["8000:8000"]
    depends_on: [db, redis]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bakery
      POSTGRES_USER: orders
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
volumes:
  pgdata: {}
''')

add("compose/redis-password", "bakery/mendls/ops/crown-heights/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
# Crown Heights store — till cache + queue
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
    restart: unless-stopped
  worker:
    image: ghcr.io/mendls-bakery/orders-worker:2.8
    environment:
      REDIS_URL: redis://redis:6379/0
      STORE: crown-heights
''', fakes.redis_password(_seed()))

add("json/decoy-package-lock", "bakery/mendls/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "mendls-web",
  "version": "1.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-WFkQx1mbs2b5+7looI9IV1BLa3bIApuN3ehp9FP58xGg7KL9hCHDECgW3BwO9l9L+xBPVAD7Yjn1EhGe6EDTeA=="
    },
    "node_modules/hebcal": {
      "version": "2.3.2",
      "resolved": "https://registry.npmjs.org/hebcal/-/hebcal-2.3.2.tgz",
      "integrity": "sha512-mXp3Xv+QLAVc9mD1g1QY6Q9h0wJ5FZ2kq3cN3Y7vT0Yk1r8oL2sV6bN4cX9eH7tR5wQ1aS3dF6gH9jK2lZ5xCw=="
    }
  }
}
''')

add("npmrc/npm-token", "bakery/mendls/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@mendls-bakery:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit-level=high
engine-strict=true
''', npm_tok())

add("ts/decoy-test-fixture", "bakery/mendls/web/src/__tests__/checkout.test.ts", "https://docs.stripe.com/testing", r'''
import { describe, it, expect } from "vitest";
import { buildSession } from "../checkout-session";

// fixtures: obviously fake values, Stripe never issues these
const FAKE_SECRET = "sk_test_FAKE_fake_FAKE_fake_0000";
const FAKE_WEBHOOK_SECRET = "whsec_test_not_a_real_secret";

describe("buildSession", () => {
  it("adds the challah subscription line", () => {
    const s = buildSession({ items: [{ sku: "CHALLAH-RAISIN", qty: 2 }] }, FAKE_SECRET);
    expect(s.line_items).toHaveLength(1);
  });
  it("refuses orders after the Shabbos cutoff", () => {
    expect(() => buildSession({ items: [], pickup: "Fri 16:00" }, FAKE_SECRET)).toThrow();
  });
  it("verifies the signature header", () => {
    expect(FAKE_WEBHOOK_SECRET.startsWith("whsec_")).toBe(true);
  });
});
''')

add("php/wp-config-db-password", "bakery/mendls/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Mendl's blog: "Fun der bekeray" — recipes, Yom Tov hours */
define( 'DB_NAME', 'mendls_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-env", "bakery/mendls/blog-staging/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// staging: alts fun environment (Forge)
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: 'localhost' );
define( 'AUTH_KEY',         getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );
define( 'NONCE_KEY',        getenv('WP_NONCE_KEY') );
$table_prefix = 'wp_';
define( 'WP_ENVIRONMENT_TYPE', 'staging' );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
''')

add("eml/password-in-mail", "bakery/mendls/ops/mail/2024-09-12-new-pos-login.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Yossi Mendelovitch <yossi@mendlsbakery.com>
To: Feigy Mendelovitch <feigy@mendlsbakery.com>
Subject: Square dashboard login for Kingston Ave
Date: Thu, 12 Sep 2024 21:14:03 -0400
Content-Type: text/plain; charset=utf-8

פֿייגי,

דער נײַער לאָגין פֿאַר דעם Kingston Ave סטאָר:
user: kingston@mendlsbakery.com
password: @@s@@

Please change it after you log in the first time, un shrayb es in 1Password.

— Y.
''', words_pw())

add("txt/decoy-voided-gift-cards", "bakery/mendls/ops/gift-cards-voided.txt", "https://developer.squareup.com/docs/gift-cards/using-gift-cards-api", r'''
Gift cards voided after Pesach 2024 (fraud attempt, see email from Square 4/30)
GAN                 status   balance
7783 3200 4417 0921  VOIDED   $0.00
7783 3200 8811 0356  VOIDED   $0.00
7783 3200 1290 4478  VOIDED   $0.00
7783 3200 6604 1733  VOIDED   $0.00
-- GANs are printed on the cards; they are not PINs. Nothing to rotate.
''')


# ---------------------------------------------------------------- book centre: scanning, OCR, uploads

add("ini/archive-org-s3-keys", "bikherkrayz/lab/uploader/ia.ini", "https://archive.org/developers/internetarchive/quickstart.html#configuring", r'''
; internetarchive CLI config — scanning station 2 ("Sholem Aleichem")
; פֿון: https://archive.org/account/s3.php
[s3]
access = @@ak@@
secret = @@s@@

[general]
screenname = Bikher-Krayz Digitization Lab

[cookies]
''', rnd(16), ak=rnd(16))

add("python/decoy-ia-config-env", "bikherkrayz/lab/uploader/upload_item.py", "https://archive.org/developers/internetarchive/api.html#uploading", r'''
"""Upload a scanned book (BagIt bag) to archive.org, collection "yiddishbookcenter-lab".

Keys come from ~/.config/internetarchive/ia.ini on the station, or IA_ACCESS_KEY/IA_SECRET_KEY.
"""
import os
import sys

import internetarchive as ia


def upload(identifier: str, files: list, metadata: dict) -> None:
    session = ia.get_session(config={"s3": {"access": os.environ["IA_ACCESS_KEY"],
                                            "secret": os.environ["IA_SECRET_KEY"]}})
    item = session.get_item(identifier)
    # metadata["language"] = "yid"; titles in Hebrew script plus YIVO romanization
    item.upload(files, metadata=metadata, checksum=True, retries=5)


if __name__ == "__main__":
    upload(sys.argv[1], sys.argv[2:], {"mediatype": "texts", "language": "yid"})
''')

add("text/decoy-bagit-manifest", "bikherkrayz/lab/bags/nybc201544/manifest-sha256.txt", "https://datatracker.ietf.org/doc/html/rfc8493#section-2.1.3", r'''
3b9f0c8e1d2a4f5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d  data/nybc201544_0001.tif
a41c7e9b2d3f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f  data/nybc201544_0002.tif
5e6f7a8b9c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b  data/nybc201544_0003.tif
c0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5  data/nybc201544_0004.tif
7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e  data/nybc201544_0005.tif
e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3  data/nybc201544_mets.xml
''')

add("text/decoy-bag-info", "bikherkrayz/lab/bags/nybc201544/bag-info.txt", "https://datatracker.ietf.org/doc/html/rfc8493#section-2.2.2", r'''
Source-Organization: Bikher-Krayz Yiddish Book Centre
Contact-Name: Leye Grinberg
Contact-Email: lab@bikherkrayz.org
External-Description: Sholem Asch, "Der tilim-yid" (Varshe, 1934) / שלום אַש, "דער תּהילים־ייִד"
External-Identifier: nybc201544
Internal-Sender-Identifier: BK-SCAN-2024-0417-ab91f3c2
Bagging-Date: 2024-04-17
Payload-Oxum: 1873402511.6
Bag-Group-Identifier: donation-2023-fishman
''')

add("python/google-vision-key", "bikherkrayz/lab/ocr/vision_compare.py", "https://cloud.google.com/docs/authentication/api-keys", r'''
"""Compare Google Vision OCR vs. our Tesseract model on Yiddish pages (yid + heb)."""
import base64
import json
import sys

import requests

# Leye's project "bk-ocr-tests" — far a vokh, nokh dem vet men es opshtelen
API_KEY = "@@s@@"
URL = f"https://vision.googleapis.com/v1/images:annotate?key={API_KEY}"


def ocr(path: str) -> str:
    with open(path, "rb") as f:
        content = base64.b64encode(f.read()).decode()
    body = {"requests": [{"image": {"content": content},
                          "features": [{"type": "DOCUMENT_TEXT_DETECTION"}],
                          "imageContext": {"languageHints": ["yi", "he"]}}]}
    r = requests.post(URL, json=body, timeout=60)
    return r.json()["responses"][0].get("fullTextAnnotation", {}).get("text", "")


if __name__ == "__main__":
    print(json.dumps({"page": sys.argv[1], "text": ocr(sys.argv[1])}, ensure_ascii=False))
''', google_api())

_gcp_pem = fakes.fake_pem(_seed())
add("json/gcp-service-account", "bikherkrayz/lab/ocr/credentials/bk-ocr-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "bk-ocr-tests",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "ocr-batch@bk-ocr-tests.iam.gserviceaccount.com",
  "client_id": "1048223917730485512044",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ocr-batch%40bk-ocr-tests.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _gcp_pem.splitlines()[1], kid=hexs(40), pem=_gcp_pem.replace("\n", "\\n"))

add("python/azure-vision-key", "bikherkrayz/lab/ocr/azure_read.py", "https://learn.microsoft.com/en-us/azure/ai-services/authentication", r'''
# Azure AI Vision "Read" — test on handwritten letters (בריוו פֿון דער זאַמלונג פֿון ר' קאַץ)
import time
import requests

ENDPOINT = "https://bk-vision.cognitiveservices.azure.com"
KEY = "@@s@@"


def read_page(url: str) -> list:
    r = requests.post(f"{ENDPOINT}/vision/v3.2/read/analyze",
                      headers={"Ocp-Apim-Subscription-Key": KEY},
                      json={"url": url}, params={"language": "yi"})
    op = r.headers["Operation-Location"]
    while True:
        res = requests.get(op, headers={"Ocp-Apim-Subscription-Key": KEY}).json()
        if res["status"] in ("succeeded", "failed"):
            return res.get("analyzeResult", {}).get("readResults", [])
        time.sleep(1)
''', hexs(32))

add("env/azure-storage-connection-string", "bikherkrayz/lab/iiif/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
# IIIF image server — derivative tiles in Azure Blob
IIIF_BASE=https://iiif.bikherkrayz.org/iiif/3
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=bkiiiftiles;AccountKey=@@s@@;EndpointSuffix=core.windows.net
AZURE_CONTAINER=tiles
CANTALOUPE_CACHE=/var/cache/cantaloupe
''', azure_key())

add("json/decoy-iiif-manifest", "bikherkrayz/lab/iiif/manifests/nybc201544.json", "https://iiif.io/api/presentation/3.0/", r'''
{
  "@context": "http://iiif.io/api/presentation/3/context.json",
  "id": "https://iiif.bikherkrayz.org/iiif/3/nybc201544/manifest",
  "type": "Manifest",
  "label": { "yi": ["דער תּהילים־ייִד"], "en": ["Der tilim-yid"] },
  "metadata": [
    { "label": { "en": ["Author"] }, "value": { "yi": ["שלום אַש"], "en": ["Sholem Asch"] } },
    { "label": { "en": ["Checksum (METS)"] }, "value": { "none": ["e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3"] } }
  ],
  "items": [
    {
      "id": "https://iiif.bikherkrayz.org/iiif/3/nybc201544/canvas/p1",
      "type": "Canvas", "height": 4200, "width": 2800,
      "items": [{ "id": "https://iiif.bikherkrayz.org/iiif/3/nybc201544/page/p1/1", "type": "AnnotationPage" }]
    }
  ]
}
''')

add("yaml/b2-application-key", "bikherkrayz/lab/backup/rclone-sync.yml", "https://www.backblaze.com/docs/cloud-storage-application-keys", r'''
# nightly: TIFF masters -> Backblaze B2 (bucket bk-masters), run by ansible on scan-nas
backup:
  schedule: "30 2 * * *"
  source: /srv/masters
  dest: b2:bk-masters/masters
  b2:
    account: "005c3e91a7d20f40000000004"
    key: "@@s@@"
    hard_delete: false
  notify: lab@bikherkrayz.org
  # "nit tsu farmekn" — masters are never deleted, only versioned
''', b2_key())

add("conf/decoy-rclone-env", "bikherkrayz/lab/backup/rclone.conf", "https://rclone.org/b2/", r'''
# rclone config for scan-nas. Account + key come from env:
#   RCLONE_CONFIG_B2_ACCOUNT / RCLONE_CONFIG_B2_KEY (set by systemd from /etc/bk/b2.env, mode 600)
[b2]
type = b2
hard_delete = false

[masters-crypt]
type = crypt
remote = b2:bk-masters-crypt
filename_encryption = off
''')

_ak, _sk = aws_pair()
add("sh/aws-keys-export", "bikherkrayz/lab/scripts/sync-to-s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/usr/bin/env bash
# Sinkhronizir di JPEG derivatn tsu S3 far dem nayem vebzaytl (Mordkhe, 2023)
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@ak@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=us-east-1

aws s3 sync /srv/derivatives/jpeg s3://bikherkrayz-web-derivatives/jpeg \
  --exclude "*.tmp" --size-only --delete
echo "fertik: $(date)"
''', _sk, ak=_ak)

add("ini/decoy-aws-config", "bikherkrayz/lab/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = us-east-1
output = json

[profile lab]
sso_session = bikherkrayz
sso_account_id = 481920376615
sso_role_name = LabUploader
region = us-east-1

[sso-session bikherkrayz]
sso_start_url = https://bikherkrayz.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
''')

add("notebook/openai-key", "bikherkrayz/lab/ocr/notebooks/postcorrection.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# OCR post-correction experiment\n", "פּרוּוו: צי קען אַ מאָדעל פֿאַרריכטן די OCR טעותים אין אַלטע פּרעסע?"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "MODEL = \"gpt-4o-mini\""
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "page = open('forverts_1927_03_04_p2.txt', encoding='utf-8').read()\n",
    "resp = client.chat.completions.create(model=MODEL, messages=[{\"role\": \"user\", \"content\": page}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "bikherkrayz/lab/ocr/notebooks/cer_eval.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "os.environ['ANTHROPIC_API_KEY'] = getpass.getpass('API key: ')  # nit aynshraybn do!\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["CER tesseract-yid: 0.0812\n", "CER post-corrected: 0.0547\n"]}],
   "source": ["print(f'CER tesseract-yid: {cer_t:.4f}')\n", "print(f'CER post-corrected: {cer_p:.4f}')"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("python/anthropic-key", "bikherkrayz/lab/ocr/translit.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Generate YIVO romanization for catalogue titles (checked by a person before publishing)."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

PROMPT = ("Transliterate this Yiddish title into YIVO romanization. "
          "Keep loshn-koydesh words in their YIVO form (e.g. שבת -> shabes).")


def romanize(title_yi: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=200,
                                 messages=[{"role": "user", "content": f"{PROMPT}\n\n{title_yi}"}])
    return msg.content[0].text.strip()
''', anthropic())

add("yaml/decoy-sops-encrypted", "bikherkrayz/lab/ops/secrets/ocr.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
ocr:
    openai_api_key: ENC[AES256_GCM,data:Jx8qf2V0dN1mW4kPzR7bT3cY6hL9sA0eG5uI2oK8nQ1vX4wZ7jE0rT3yU6iO9pA2sD5fG8hJ1kL4,iv:Q2w3E4r5T6y7U8i9O0p1A2s3D4f5G6h7J8k9L0z1X2c=,tag:V3b4N5m6Q7w8E9r0T1y2U3==,type:str]
    anthropic_api_key: ENC[AES256_GCM,data:Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St2Uv3Wx4Yz5Ab6Cd7Ef8Gh9Ij0Kl1Mn2Op3Qr4St5,iv:Zq1Xw2Ce3Vr4Bt5Ny6Mu7Ki8Lo9Pp0A=,tag:Hy7Gt6Fr5De4Sw3Aq2Zx1==,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxS2Z0dVN2b2x0R0Z0a0N2
            WkJ6dHh6b3RxSkRqV2RYb3hVc1RjT2Y0S1VBCmN0b1BNZ1h6d2x0a3B2Y3l4b2Fs
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T14:11:09Z"
    mac: ENC[AES256_GCM,data:Yt6Re5Wq4Az3Sx2Dc1Fv0Gb9Hn8Jm7Ku6Li5Oo4Pp3==,iv:Mn2Bv3Cx4Za5Sd6Fg7Hj8Kl9=,tag:Qw1Er2Ty3Ui4==,type:str]
    version: 3.8.1
''')

add("xml/filezilla-password-b64", "bikherkrayz/lab/ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.bikherkrayz.org</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>scanstation3</User>
      <Pass encoding="base64">@@s@@</Pass>
      <Logontype>1</Logontype>
      <Name>BK ftp (alte server, far di volontyorn)</Name>
      <Comments>shikt nor TIFFs, nit keyn PDFs</Comments>
    </Server>
  </Servers>
</FileZilla3>
''', b64(words_pw()))

add("markdown/decoy-volunteer-guide", "bikherkrayz/lab/docs/volunteers/scanning-station.md", "https://archive.org/developers/internetarchive/quickstart.html", r'''
# Scanning station guide / אָנווייַזונגען פֿאַר דער סקאַנירונג־סטאַנציע

1. Log in with **your own** lab account (Leye gives it to you on the first day).
2. Open *Capture One* → session template `BK-Book-600ppi`.
3. Name files `nybcNNNNNN_0001.tif` (the NYBC number is on the label, e.g. `nybc201544`).
4. Never type passwords into this wiki. If the uploader asks for keys, call Mordkhe.
5. At the end: `bag create --sha256 nybcNNNNNN`, then `ia upload` (keys are already on the station).

Shrayb zikh ayn in dem "skaner-bukh" (the paper log) — vos, ven, vifl zaytn.
''')

add("csv/decoy-catalogue-export", "bikherkrayz/lab/catalogue/export-2024-q2.csv", "https://www.loc.gov/marc/bibliographic/", r'''
nybc_id,title_yi,title_yivo,author_yivo,place,year,oclc,ia_identifier,sha256_mets
nybc201544,דער תּהילים־ייִד,Der tilim-yid,"Ash, Sholem",Varshe,1934,12897341,nybc201544,e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3
nybc201545,מאָטקע גנבֿ,Motke ganef,"Ash, Sholem",Vilne,1929,4188203,nybc201545,1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809
nybc201546,טבֿיה דער מילכיקער,Tevye der milkhiker,"Sholem-Aleykhem",Nyu-York,1917,22140876,nybc201546,9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0
nybc201547,די קלאַטשע,Di klatshe,"Mendele Moykher-Sforim",Odes,1873,8830142,nybc201547,0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9
nybc201548,שטערן אין שטויב,Shtern in shtoyb,"Leyvik, H.",Nyu-York,1930,6719054,nybc201548,5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607182930a
''')

add("python/transkribus-password", "bikherkrayz/lab/htr/transkribus_login.py", "https://readcoop.eu/transkribus/docu/rest-api/", r'''
"""Transkribus: upload handwritten letters for HTR (Yiddish model "YI-Cursive-20th-c")."""
import requests

USER = "lab@bikherkrayz.org"
PASSWORD = "@@s@@"  # der lab-konto; Leye veyst


def session() -> requests.Session:
    s = requests.Session()
    r = s.post("https://transkribus.eu/TrpServer/rest/auth/login",
               data={"user": USER, "pw": PASSWORD}, timeout=30)
    r.raise_for_status()
    return s


if __name__ == "__main__":
    s = session()
    print(s.get("https://transkribus.eu/TrpServer/rest/collections/list").json()[:3])
''', words_pw())

add("xml/decoy-mets", "bikherkrayz/lab/bags/nybc201544/data/nybc201544_mets.xml", "https://www.loc.gov/standards/mets/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"
           OBJID="nybc201544" LABEL="Der tilim-yid">
  <mets:metsHdr CREATEDATE="2024-04-17T15:02:11">
    <mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name>Bikher-Krayz Digitization Lab</mets:name></mets:agent>
  </mets:metsHdr>
  <mets:fileSec>
    <mets:fileGrp USE="master">
      <mets:file ID="f0001" MIMETYPE="image/tiff" CHECKSUMTYPE="SHA-256"
                 CHECKSUM="3b9f0c8e1d2a4f5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d">
        <mets:FLocat LOCTYPE="URL" xlink:href="nybc201544_0001.tif"/>
      </mets:file>
      <mets:file ID="f0002" MIMETYPE="image/tiff" CHECKSUMTYPE="SHA-256"
                 CHECKSUM="a41c7e9b2d3f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f">
        <mets:FLocat LOCTYPE="URL" xlink:href="nybc201544_0002.tif"/>
      </mets:file>
    </mets:fileGrp>
  </mets:fileSec>
</mets:mets>
''')

add("hcl/terraform-do-token", "bikherkrayz/lab/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

# Mordkhe: temporary, biz mir makhn a tfvars in CI
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "iiif" {
  name   = "bk-iiif-1"
  region = "nyc3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["iiif", "lab"]
}
''', "dop_v1_" + hexs(64))

add("hcl/decoy-terraform-var", "bikherkrayz/lab/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token; never commit a value)"
  type        = string
  sensitive   = true
}

variable "b2_application_key" {
  description = "Backblaze B2 key for bk-masters (from Vault: secret/lab/b2)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "nyc3"
}
''')

add("ssh/openssh-private-key", "bikherkrayz/lab/ops/keys/scan-nas_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-public-key", "bikherkrayz/lab/ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# scan-nas: who may log in (public keys only)
# tsugegebn: 2024-03-11 (Mordkhe), 2024-05-02 (Leye)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq7mR2vX9cK4wB1nT8yZ3fL6hJ0sD5aQ2eP7uI9oM4k mordkhe@lab-mac
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3kL8pQ1wE6rT9yU2iO5aS7dF0gH4jK8lZ1xC3vB6nM leye@bk-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vX2kP9qL4mN8wR1tY6uI3oA5sD0fG7hJ2kL9zX4cV1bN6mQ8wE3rT5yU0iO2pA7sD9fG1hJ4kL6zX8cV3bN0mQ5wE2rT7yU9iO4pA1sD3fG6hJ8kL0zX5cV2bN7mQ9wE4rT1yU6iO3pA8sD0fG2hJ5kL7zX9cV4bN1mQ6wE3rT8yU0iO5pA2sD4fG7hJ9kL1zX6cV3bN8mQ0wE5rT2yU7iO4pA9sD1fG3hJ6kL8zX0cV5bN2mQ7wE4rT9yU1iO6pA3sD5fG8hJ0kL2zX7cV4bN9mQ1wE6rT3yU8iO5pA0sD2fG4hJ7kL9zX1cV6bN3mQ8wE5rT0yU2iO7pA4sD6fG9hJ1kL3zX8cV5bN0mQ2wE7rT4yU9 backup@scan-nas
# removed 2024-09: dovid@old-laptop (laptop farloyrn gegangen)
''')


# ---------------------------------------------------------------- book centre: catalogue site, donations, team

add("python/django-secret-key", "bikherkrayz/site/bikherkrayz/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.bikherkrayz.org", "bikherkrayz.org"]

# TODO: fun env leyenen (Mordkhe)
SECRET_KEY = "@@s@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "katalog",
        "USER": "katalog",
        "HOST": "db.internal",
        "PASSWORD": os.environ.get("KATALOG_DB_PASSWORD", ""),
    }
}
LANGUAGE_CODE = "yi"
LANGUAGES = [("yi", "ייִדיש"), ("en", "English")]
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "bikherkrayz/site/bikherkrayz/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.staticfiles", "katalog", "iiif_viewer",
]
# Hebrew-script sort: ignore niqqud and the pasekh/komets on alef
KATALOG_COLLATION = "yi-x-icu"
STATIC_URL = "/static/"
TIME_ZONE = "America/New_York"
USE_TZ = True
''')

add("env/paypal-client-secret", "bikherkrayz/site/donations/.env", "https://developer.paypal.com/api/rest/authentication/", r'''
# Donations ("shtits undz" page) — PayPal live
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@s@@
DONATION_CURRENCY=USD
THANK_YOU_URL=https://www.bikherkrayz.org/a-sheynem-dank
''', fakes.drawn(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("html/decoy-paypal-client-id", "bikherkrayz/site/templates/donate.html", "https://developer.paypal.com/sdk/js/configuration/", r'''
{% extends "base.html" %}
{% block content %}
<h1>שטיצט אונדז / Support the Bikher-Krayz</h1>
<p>Every $36 digitises about 40 pages. A sheynem dank!</p>
<div id="paypal-button-container"></div>
<!-- client-id is public by design (JS SDK); the secret stays on the server -->
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD"></script>
<script>
  paypal.Buttons({ createOrder: () => fetch("/donate/order", { method: "POST" }).then(r => r.json()).then(d => d.id) })
    .render("#paypal-button-container");
</script>
{% endblock %}
''', cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("json/slack-webhook", "bikherkrayz/lab/uploader/notify.json", "https://api.slack.com/messaging/webhooks", r'''
{
  "channel": "#lab-digitalizirung",
  "webhook_url": "@@s@@",
  "notify_on": ["upload_done", "checksum_mismatch", "ia_derive_failed"],
  "mention_on_error": "@mordkhe",
  "message_language": "yi"
}
''', slack_webhook())

add("python/decoy-slack-webhook-env", "bikherkrayz/lab/uploader/notify.py", "https://api.slack.com/messaging/webhooks", r'''
"""Post upload results to #lab-digitalizirung."""
import json
import os
import urllib.request

WEBHOOK = os.environ.get("LAB_SLACK_WEBHOOK")  # https://hooks.slack.com/services/T.../B.../...


def post(text: str) -> None:
    if not WEBHOOK:
        print("[notify] no webhook configured:", text)
        return
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    post("✅ nybc201544 aroyfgeladn — 212 zaytn")
''')

add("json/slack-export-bot-token", "bikherkrayz/team/slack-export/lab-digitalizirung/2024-02-14.json", "https://api.slack.com/authentication/token-types#bot", r'''
[
  {
    "type": "message",
    "user": "U05KQ2M7RTX",
    "text": "מרדכי, דער uploader בויט נישט. וואָס איז דער טאָקען פֿאַרן bot?",
    "ts": "1707923411.482119"
  },
  {
    "type": "message",
    "user": "U04BF8N2DLA",
    "text": "es iz `@@s@@` — ikh vel im baytn morgn",
    "ts": "1707923502.118730"
  },
  {
    "type": "message",
    "user": "U05KQ2M7RTX",
    "text": "a dank! 🙏",
    "ts": "1707923531.009214"
  }
]
''', slack_bot())

add("json/decoy-slack-export", "bikherkrayz/team/slack-export/lab-digitalizirung/2024-02-15.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {
    "type": "message",
    "user": "U04BF8N2DLA",
    "text": "Rotated the bot token (old one revoked). Naye iz in Vault `secret/lab/slack-bot`, nit do.",
    "ts": "1708009211.004512"
  },
  {
    "type": "message",
    "user": "U05KQ2M7RTX",
    "text": "sha256 fun nybc201552_0044.tif shtimt nit: 9c4e1f2a7b3d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7 vs manifest",
    "ts": "1708009355.220871"
  },
  {
    "type": "message",
    "user": "U04BF8N2DLA",
    "text": "rescan p.44, der skaner hot a glitsh gehat",
    "ts": "1708009402.771203"
  }
]
''')

add("yaml/discord-webhook", "bikherkrayz/events/leyenkrayz/bot.yml", "https://discord.com/developers/docs/resources/webhook", r'''
# Leyenkrayz (reading circle) reminders — Discord "Yidish-leyenkrayz" server
reminder:
  cron: "0 17 * * 3"        # Wednesdays 12:00 ET
  text: "היינט אָוונט: לייענקרייז — מאַני לייב, 'לידער'. 7:30 אויף זום."
  discord:
    webhook: @@s@@
    username: Leyenkrayz-bot
''', discord_webhook())

add("python/zoom-s2s-secret", "bikherkrayz/events/zoom_create.py", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", r'''
"""Create the monthly lecture Zoom webinar (Server-to-Server OAuth app "bk-events")."""
import base64
import requests

ACCOUNT_ID = "Xk3pQ8wR2mT9vN4b"
CLIENT_ID = "tR7yH2kLpQ9wX4mN1bV6c"
CLIENT_SECRET = "@@s@@"


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://zoom.us/oauth/token",
                      params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
                      headers={"Authorization": f"Basic {basic}"})
    return r.json()["access_token"]


def create(topic: str, start: str) -> dict:
    r = requests.post("https://api.zoom.us/v2/users/me/webinars",
                      headers={"Authorization": f"Bearer {token()}"},
                      json={"topic": topic, "start_time": start, "duration": 90})
    return r.json()
''', mixed(32))

add("markdown/decoy-zoom-links", "bikherkrayz/events/2024-fall.md", "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0063027", r'''
# Harbst 2024 / האַרבסט 2024 — lectures

| date | topic | Zoom |
|---|---|---|
| Oct 9 | Mani Leyb un di "Yunge" | https://us06web.zoom.us/j/84512093374 |
| Nov 13 | Yidishe kinder-bikher in Varshe | https://us06web.zoom.us/j/81977420561 |
| Dec 11 | Di Forverts-arkhivn: OCR un vos vayter | https://us06web.zoom.us/j/86220318849 |

Passcodes are sent in the registration email only (not here). Recording IDs are in the lab drive.
''')

add("ruby/omeka-s-api-key", "bikherkrayz/site/omeka/import_items.rb", "https://omeka.org/s/docs/developer/api/rest_api/#authentication", r'''
# Import catalogue rows into Omeka S (exhibit "Bikher fun der heym")
require "net/http"
require "json"
require "csv"

OMEKA = "https://exhibits.bikherkrayz.org/api"
KEY_IDENTITY = "mordkhe_import"
KEY_CREDENTIAL = "@@s@@"

CSV.foreach("export-2024-q2.csv", headers: true) do |row|
  uri = URI("#{OMEKA}/items?key_identity=#{KEY_IDENTITY}&key_credential=#{KEY_CREDENTIAL}")
  body = { "dcterms:title" => [{ "@value" => row["title_yi"], "@language" => "yi" },
                               { "@value" => row["title_yivo"], "@language" => "yi-Latn" }] }
  Net::HTTP.post(uri, body.to_json, "Content-Type" => "application/json")
end
''', mixed(32))

add("env/decoy-vault-refs", "bikherkrayz/site/.env.production.tpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
{{- with secret "secret/data/site/prod" -}}
DJANGO_SECRET_KEY={{ .Data.data.django_secret_key }}
KATALOG_DB_PASSWORD={{ .Data.data.db_password }}
PAYPAL_CLIENT_SECRET={{ .Data.data.paypal_secret }}
{{- end }}
ALLOWED_HOSTS=www.bikherkrayz.org,bikherkrayz.org
IIIF_BASE=https://iiif.bikherkrayz.org/iiif/3
''')

add("hcl/vault-token", "bikherkrayz/lab/ops/vault-agent.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent", r'''
vault {
  address = "https://vault.bikherkrayz.org:8200"
}

# Mordkhe: token auth far di ershte vokh, dernokh approle
auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault-agent/token"
    }
  }
}

template {
  source      = "/etc/vault-agent/site.env.tpl"
  destination = "/srv/site/.env.production"
}

# backup token (root-ish, remove!): @@s@@
''', vault_tok())

add("yaml/decoy-approle-config", "bikherkrayz/lab/ops/ansible/group_vars/lab.yml", "https://developer.hashicorp.com/vault/docs/auth/approle", r'''
vault_addr: https://vault.bikherkrayz.org:8200
vault_role_id: "3f9a1c2e-7b4d-4e6f-8a0b-1c2d3e4f5a6b"
# secret_id is delivered by the CI job (response-wrapped), never stored here
vault_secret_id: "{{ lookup('env', 'VAULT_SECRET_ID') }}"
scan_stations:
  - name: sholem-aleichem
    ip: 10.1.0.21
  - name: peretz
    ip: 10.1.0.22
  - name: mendele
    ip: 10.1.0.23
masters_path: /srv/masters
''')

add("yaml/decoy-ansible-vault", "bikherkrayz/lab/ops/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
65386139313434623963653739626634633263363766383939356333633031373834346461613062
3631363236623766316338373263366234623130663730650a643862343832643137623763333762
33393464373563623336633063626635313437656339393731653262373938353337373466393038
3465613063653165330a393861353065396461326338613237353063396436363730383730613435
61653330346236623065393662373462656561383564623061356131353762643536346534626461
3336
''')

add("yaml/ansible-plain-password", "bikherkrayz/lab/ops/ansible/host_vars/scan-nas.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/smbclient_module.html", r'''
# scan-nas — Samba share far di skaner-stantsyes
samba_shares:
  - name: masters
    path: /srv/masters
    writable: true
samba_users:
  - name: scanner
    # nokh nit in vault.yml arayngetun — TODO Leye
    password: "@@s@@"
smart_monitoring: true
''', words_pw())

add("yaml/decoy-sealed-secret", "bikherkrayz/site/k8s/sealed-db.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: katalog-db
  namespace: site
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7Kb1bRs3T8Nq2mF5wH4vL9cX1pZ6eR0tY3uI8oA2sD7fG5hJ9kL1zX4cV6bN8mQ0wE3rT5yU7iO2pA9sD1fG3hJ6kL8zX0cV5bN2mQ7wE4rT9yU1iO6pA3sD5fG8hJ0kL2zX7cV4bN9mQ1wE6rT3yU8iO5pA0sD2fG4hJ7kL9zX1cV6bN3mQ8wE5rT0yU2iO7pA4sD6fG9hJ1kL3zX8cV5bN0mQ2wE7rT4yU9iO6pA1sD3fG5hJ8kL0zX2cV7bN4mQ9wE1rT6yU3iO8pA5sD7fG0hJ2kL4zX9cV1bN6mQ3wE8rT5yU0iO2pA==
  template:
    metadata:
      name: katalog-db
      namespace: site
''')

add("k8s/secret-stringdata-ia", "bikherkrayz/lab/k8s/uploader-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ia-keys
  namespace: lab
type: Opaque
stringData:
  IA_ACCESS_KEY: "@@ak@@"
  IA_SECRET_KEY: "@@s@@"
''', rnd(16), ak=rnd(16))

add("python/decoy-hash-verify", "bikherkrayz/lab/uploader/verify.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Verify the SHA-256 of a master TIFF against the bag manifest."""
import hashlib
from pathlib import Path

KNOWN_BAD = {
    # scanner firmware bug 2024-02 — these pages were rescanned
    "9c4e1f2a7b3d5e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
    "2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80912",
}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check(bag: Path) -> list:
    bad = []
    for line in (bag / "manifest-sha256.txt").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        if sha256(bag / name) != digest or digest in KNOWN_BAD:
            bad.append(name)
    return bad
''')

add("netrc/archive-login", "bikherkrayz/lab/ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine archive.org
  login lab@bikherkrayz.org
  password @@s@@

machine ftp.bikherkrayz.org
  login scanstation3
  password anonymous-not-used
''', words_pw())

add("pgpass/katalog-db", "bikherkrayz/site/ops/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
db.internal:5432:katalog:katalog:@@s@@
db.internal:5432:katalog:readonly:*
localhost:5432:*:postgres:*
# readonly + postgres use peer auth / ident, the * is a placeholder
''', fakes.password(_seed()))

add("java/jdbc-password", "bikherkrayz/lab/tools/solr-indexer/src/main/java/org/bikherkrayz/Indexer.java", "https://jdbc.postgresql.org/documentation/use/", r'''
package org.bikherkrayz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Indexes OCR full text into Solr (yiddish analyzer: folds komets-alef, pasekh-alef). */
public class Indexer {
    private static final String URL = "jdbc:postgresql://db.internal:5432/katalog";
    private static final String USER = "indexer";
    private static final String PASS = "@@s@@";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, PASS)) {
            ResultSet rs = c.createStatement().executeQuery("SELECT nybc_id, ocr_text FROM pages");
            while (rs.next()) {
                SolrClient.add(rs.getString(1), rs.getString(2));
            }
        }
    }
}
''', words_pw())

add("xml/decoy-solr-schema", "bikherkrayz/lab/tools/solr-indexer/conf/managed-schema.xml", "https://solr.apache.org/guide/solr/latest/indexing-guide/schema-elements.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<schema name="bk-ocr" version="1.6">
  <uniqueKey>id</uniqueKey>
  <field name="id" type="string" indexed="true" stored="true" required="true"/>
  <field name="nybc_id" type="string" indexed="true" stored="true"/>
  <field name="ocr_text" type="text_yi" indexed="true" stored="true"/>
  <field name="checksum" type="string" indexed="false" stored="true"/>
  <fieldType name="text_yi" class="solr.TextField">
    <analyzer>
      <tokenizer class="solr.ICUTokenizerFactory"/>
      <!-- אַ אָ -> א ; remove niqqud -->
      <filter class="solr.ICUFoldingFilterFactory"/>
    </analyzer>
  </fieldType>
</schema>
''')

add("conf/msmtprc-password", "bikherkrayz/lab/ops/dotfiles/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
# msmtp — nightly reports from scan-nas
defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile ~/.msmtp.log

account lab
host smtp.gmail.com
port 587
from lab@bikherkrayz.org
user lab@bikherkrayz.org
password @@s@@

account default : lab
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("conf/decoy-msmtprc-passwordeval", "bikherkrayz/site/ops/msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", r'''
defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account site
host smtp.mailgun.org
port 587
from noreply@bikherkrayz.org
user postmaster@mg.bikherkrayz.org
passwordeval "pass show bikherkrayz/mailgun-smtp"

account default : site
''')

add("python/mailgun-key", "bikherkrayz/site/newsletter/send_bulletin.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
"""Monthly bulletin "Nayes fun Bikher-Krayz" (Yiddish + English)."""
import requests

MAILGUN_DOMAIN = "mg.bikherkrayz.org"
MAILGUN_KEY = "@@s@@"


def send(subject: str, html: str, to: str = "bulletin@mg.bikherkrayz.org") -> None:
    requests.post(f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                  auth=("api", MAILGUN_KEY),
                  data={"from": "Bikher-Krayz <nayes@bikherkrayz.org>", "to": to,
                        "subject": subject, "html": html}, timeout=30)


if __name__ == "__main__":
    send("נײַעס פֿון ביכער־קרײַז — נאָוועמבער", open("bulletin.html", encoding="utf-8").read())
''', "key-" + hexs(32))

add("txt/decoy-ocr-output", "bikherkrayz/lab/ocr/output/forverts_1927_03_04_p2.txt", "https://tesseract-ocr.github.io/tessdoc/", r'''
פֿאָרווערטס — 4טן מערץ 1927 — זייט 2
דער שטרייק אין די בעקערייען אויף דער איסט סייד
די יוניאָן פֿון די ייִדישע בעקער האָט געשטעלט פֿאָדערונגען: אַ 48־שעהדיקער וואָך,
און אַז קיין אַרבעטער זאָל נישט אַרבעטן שבת. די באַלעבאַטים זאָגן אַז דאָס ברויט
וועט קאָסטן מער. [OCR conf 0.71] a1b2c3d4e5f6 [page-id 8f3e1c9a-2b7d-4e6f-9a0b-5c1d2e3f4a5b]
''')

add("ps1/azure-sas-url", "bikherkrayz/lab/scripts/Upload-Derivatives.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
# Upload JPEG derivatives from scan station (Windows) to Azure Blob with AzCopy
param([string]$Book = "nybc201544")

$src = "D:\Derivatives\$Book"
# SAS biz 2025 — Leye hot es gemakht in Portal
$sas = "?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@s@@"
$dest = "https://bkiiiftiles.blob.core.windows.net/derivatives/$Book$sas"

azcopy copy "$src\*" $dest --recursive --overwrite=ifSourceNewer
Write-Host "fertik: $Book"
''', fakes.drawn(_seed(), 43, ALNUM + "+/").replace("+", "%2B").replace("/", "%2F") + "%3D")


# ---------------------------------------------------------------- bakery: back office, wholesale, infra

add("python/quickbooks-client-secret", "bakery/mendls/backoffice/qbo_export.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", r'''
"""Daily sales -> QuickBooks Online (Feigy's bookkeeping)."""
from intuitlib.client import AuthClient

auth_client = AuthClient(
    client_id="ABx7Kq2mT9vR4wN8pL3cY6hZ1sD5fG0jU2iO7eA4bV9nM3",
    client_secret="@@s@@",
    environment="production",
    redirect_uri="https://backoffice.mendlsbakery.com/qbo/callback",
)

# vokhndike sakhaklen: zuntik biz donershtik + fraytik halb
def export_day(day):
    ...
''', mixed(40))

add("csv/decoy-payroll-hours", "bakery/mendls/backoffice/payroll/2024-10-week41.csv", "https://www.irs.gov/businesses/small-businesses-self-employed/employment-taxes", r'''
employee_id,name,role,sun,mon,tue,wed,thu,fri,total,rate
E017,Avrohom L.,baker,8,8,8,9,11,6,50,24.50
E022,Chaya R.,counter,6,6,6,6,8,5,37,18.00
E031,Moishe F.,driver,0,0,4,4,8,7,23,20.00
E034,Shloime G.,driver,0,0,0,6,9,7,22,20.00
E040,Rochel B.,decorator,7,7,7,7,9,0,37,21.00
# no shabbos hours; timeclock ids only, SSNs are in ADP not here
''')

add("yaml/shopify-admin-token", "bakery/mendls/wholesale/config/shopify.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Wholesale store (shuls, kiddush clubs, caterers) — wholesale-mendls.myshopify.com
shopify:
  shop: wholesale-mendls.myshopify.com
  api_version: "2024-07"
  admin_access_token: "@@s@@"
  webhooks:
    orders/create: https://api.mendlsbakery.com/wholesale/hooks/order
  # mindest-bashtelung far kiddush: 10 dozn rugelakh
  min_order_usd: 150
''', "shpat_" + hexs(32))

add("liquid/decoy-storefront-token", "bakery/mendls/wholesale/theme/snippets/cart-api.liquid", "https://shopify.dev/docs/api/storefront#authentication", r'''
{% comment %}
  Storefront API — the public access token is meant for the browser (read-only, unauthenticated scopes).
  Admin tokens (shpat_) NEVER go in the theme.
{% endcomment %}
<script>
  window.MENDLS_STOREFRONT = {
    endpoint: "https://wholesale-mendls.myshopify.com/api/2024-07/graphql.json",
    token: "{{ settings.storefront_public_token }}",
    kiddushMinimum: 150
  };
</script>
''')

add("go/decoy-env-config", "bakery/mendls/wholesale/cmd/invoicer/config.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"log"
	"os"
)

// Config for the monthly shul invoices. All secrets from env (systemd EnvironmentFile).
type Config struct {
	ShopifyToken string
	SMTPPassword string
	PDFBucket    string
}

func load() Config {
	c := Config{
		ShopifyToken: os.Getenv("SHOPIFY_ADMIN_TOKEN"),
		SMTPPassword: os.Getenv("INVOICE_SMTP_PASSWORD"),
		PDFBucket:    "mendls-invoices",
	}
	if c.ShopifyToken == "" {
		log.Fatal("SHOPIFY_ADMIN_TOKEN iz leydik")
	}
	return c
}
''')

add("systemd/env-smtp-password", "bakery/mendls/wholesale/deploy/invoicer.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Mendl's wholesale invoicer (monthly shul invoices)
After=network-online.target

[Service]
Type=oneshot
User=invoicer
Environment=SHOPIFY_ADMIN_TOKEN_FILE=/etc/mendls/shopify.token
Environment=INVOICE_SMTP_PASSWORD=@@s@@
ExecStart=/usr/local/bin/invoicer --month=previous

[Install]
WantedBy=multi-user.target
''', words_pw())

add("crontab/mysqldump-password", "bakery/mendls/ops/crontab.backoffice", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
# m h dom mon dow  command
# nit loyfn Shabbos — der server iz ayngeshlofn fun fraytik 17:00
15 2 * * 0-5  mysqldump -u pos_backup -p'@@s@@' --single-transaction pos > /backup/pos-$(date +\%F).sql
45 2 * * 0-5  find /backup -name 'pos-*.sql' -mtime +30 -delete
0  6 * * 5    /usr/local/bin/erev-shabbos-report.sh
''', words_pw())

add("bat/decoy-printer-script", "bakery/mendls/kitchen/labels/print_labels.bat", "https://www.zebra.com/us/en/support-downloads/knowledge-articles/ait/printing-zpl-from-the-command-line.html", r'''
@echo off
REM Drukn di etiketn far khale (pareve / milkhik) — Zebra ZD421 at \\KITCHEN-PC\ZD421
set PRINTER=\\KITCHEN-PC\ZD421
set LABELS=C:\Mendls\labels\%1.zpl
if not exist %LABELS% (
  echo keyn etiketn far %1
  exit /b 1
)
copy /b %LABELS% %PRINTER%
REM hechsher number on label: OU-D / CRC-PAREVE 44831 — public, printed on every box
echo fertik
''')

add("xml/decoy-label-zpl", "bakery/mendls/kitchen/labels/challah-raisin.zpl", "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands.html", r'''
^XA
^CI28
^FO40,30^A0N,48,48^FDMendl's Raisin Challah^FS
^FO40,90^A0N,30,30^FDPAREVE - Pas Yisroel^FS
^FO40,130^A0N,26,26^FDIngredients: flour, water, sugar, raisins, eggs, oil, yeast, salt^FS
^FO40,170^BY2^BCN,80,Y,N,N^FD0 48271 90213 4^FS
^FO40,290^A0N,22,22^FDLot 2024-311-A  Best by 3 days^FS
^XZ
''')

add("conf/openvpn-static-key", "bakery/mendls/ops/vpn/store-link.conf", "https://openvpn.net/community-resources/static-key-mini-howto/", r'''
# site-to-site: 13th Ave <-> Kingston Ave stores
dev tun
remote vpn.mendlsbakery.com 1194
ifconfig 10.8.0.2 10.8.0.1
cipher AES-256-CBC
keepalive 10 60
<secret>
@@s@@
</secret>
''', "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----")

add("conf/wireguard-private-key", "bakery/mendls/ops/vpn/wg0-kingston.conf", "https://www.wireguard.com/quickstart/", r'''
[Interface]
# Kingston Ave store router
Address = 10.9.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# 13th Ave (main bakery)
PublicKey = @@pub@@
Endpoint = vpn.mendlsbakery.com:51820
AllowedIPs = 10.0.0.0/16
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-peer", "bakery/mendls/ops/vpn/peers/yossi-phone.pub.conf", "https://www.wireguard.com/quickstart/", r'''
# Peer entry for Yossi's phone — goes into wg0.conf on the main router.
# Private key stays on the phone (generated in the WireGuard app).
[Peer]
PublicKey = @@pub@@
PresharedKey = (in 1Password: "VPN / yossi-phone psk")
AllowedIPs = 10.9.0.10/32
''', pub=wg_key())

add("yaml/cloudflare-api-token", "bakery/mendls/ops/ddns/cloudflare-ddns.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# DDNS far di Kingston Ave store (Spectrum dynamic IP)
cloudflare:
  api_token: @@s@@
  zone: mendlsbakery.com
  records:
    - name: kingston.mendlsbakery.com
      proxied: false
interval_minutes: 10
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("txt/decoy-camera-notes", "bakery/mendls/ops/notes/cameras.txt", "https://www.hikvision.com/en/support/", r'''
Kamera-sistem (Hikvision NVR), 13th Ave
- NVR: 10.0.30.2, web UI port 443
- 8 cameras: front, register, ovens x2, loading dock, cooler, office, back door
- admin password: changed 2024-06-02, in 1Password "Cameras/NVR admin"
- serial: DS-7608NI-K2/8P 0820231012CCRRJ51234567WCVU
- firmware V4.74.010 build 230612
- Hik-Connect device verification code: on the sticker under the NVR (not here)
''')

add("conf/nginx-basic-auth-header", "bakery/mendls/ops/nginx/kitchen-screen.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Kitchen display: proxies to the KDS vendor API with the store's credentials
server {
    listen 80;
    server_name kds.kitchen.local;

    location /api/ {
        proxy_pass https://api.kds-vendor.example.net/v1/;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header X-Store "mendls-13th";
    }
}
''', b64("mendls13th:" + words_pw()))

add("conf/decoy-htpasswd-ref", "bakery/mendls/ops/nginx/backoffice.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl;
    server_name backoffice.mendlsbakery.com;
    ssl_certificate     /etc/letsencrypt/live/backoffice.mendlsbakery.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/backoffice.mendlsbakery.com/privkey.pem;

    auth_basic           "Mendl's back office";
    auth_basic_user_file /etc/nginx/htpasswd.backoffice;

    location / { proxy_pass http://127.0.0.1:8080; }
}
''')

add("pem/rsa-private-key", "bakery/mendls/ops/tls/backoffice.mendlsbakery.com.key", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html", r'''
@@s@@
''', fakes.fake_pem(_seed()))

add("pem/decoy-certificate", "bakery/mendls/ops/tls/backoffice.mendlsbakery.com.crt", "https://datatracker.ietf.org/doc/html/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
MIIFLTCCBBWgAwIBAgISA3Xk8bR2mQ9vT4wN1pL6cY7hMA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
EwJSMzAeFw0yNDA5MDEwMDAwMDBaFw0yNDExMzAyMzU5NTlaMCcxJTAjBgNVBAMT
HGJhY2tvZmZpY2UubWVuZGxzYmFrZXJ5LmNvbTCCASIwDQYJKoZIhvcNAQEBBQAD
ggEPADCCAQoCggEBAL7vX2kP9qL4mN8wR1tY6uI3oA5sD0fG7hJ2kL9zX4cV1bN6
mQ8wE3rT5yU0iO2pA7sD9fG1hJ4kL6zX8cV3bN0mQ5wE2rT7yU9iO4pA1sD3fG6h
J8kL0zX5cV2bN7mQ9wE4rT1yU6iO3pA8sD0fG2hJ5kL7zX9cV4bN1mQ6wE3rT8y
-----END CERTIFICATE-----
''')

add("python/instagram-token", "bakery/mendls/marketing/post_weekly_special.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", r'''
"""Post "Khale fun der vokh" to Instagram every Thursday."""
import requests

IG_USER_ID = "17841405822304914"
# long-lived token, 60 teg — Chaya renews it (last: Oct 3)
ACCESS_TOKEN = "@@s@@"


def post(image_url: str, caption: str) -> str:
    c = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media",
                      data={"image_url": image_url, "caption": caption, "access_token": ACCESS_TOKEN}).json()
    p = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media_publish",
                      data={"creation_id": c["id"], "access_token": ACCESS_TOKEN}).json()
    return p["id"]
''', "EAAG" + mixed(180))

add("json/whatsapp-cloud-token", "bakery/mendls/marketing/whatsapp/config.json", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
{
  "phone_number_id": "109283746551234",
  "business_account_id": "104857362910384",
  "permanent_token": "@@s@@",
  "templates": {
    "order_ready": "order_ready_yi",
    "erev_shabbos_reminder": "erev_shabbos_reminder_en"
  },
  "note": "system user token (Meta Business), Yossi — nit tsu teyln"
}
''', "EAAG" + mixed(200))

add("markdown/decoy-whatsapp-templates", "bakery/mendls/marketing/whatsapp/templates.md", "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", r'''
# WhatsApp templates (approved)

## order_ready_yi (Yiddish)
> אײַער באַשטעלונג #{{1}} איז גרייט אין {{2}}. אַ גוטן שבת!

## erev_shabbos_reminder_en
> Reminder: order by Thursday 9pm for Friday pickup. Code {{1}} gets 10% off kiddush platters.

Template IDs: 1289374650192837, 1289374650192844 (public in Business Manager, not secrets).
''')

add("env/google-oauth-client-secret", "bakery/mendls/backoffice/.env", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
# back office login with Google Workspace (mendlsbakery.com accounts only)
GOOGLE_CLIENT_ID=284019374652-q8v3k2m1n7b6c5x4z9a0s8d7f6g5h4j3.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@s@@
ALLOWED_DOMAIN=mendlsbakery.com
SESSION_LIFETIME_HOURS=12
''', gocspx())

add("json/decoy-google-client-id", "bakery/mendls/web/public/auth-config.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", r'''
{
  "google": {
    "client_id": "284019374652-q8v3k2m1n7b6c5x4z9a0s8d7f6g5h4j3.apps.googleusercontent.com",
    "hosted_domain": "mendlsbakery.com",
    "ux_mode": "popup"
  },
  "recaptcha_site_key": "6LcQk9ApAAAAAJ7vX2kP9qL4mN8wR1tY6uI3oA5s",
  "comment": "client id and reCAPTCHA site key are public; the client secret is server-side only"
}
''')

add("ruby/recaptcha-secret", "bakery/mendls/web/app/services/captcha_check.rb", "https://developers.google.com/recaptcha/docs/verify", r'''
# Bodek di reCAPTCHA far di kontakt-form (spam fun catering-"offers")
require "net/http"

class CaptchaCheck
  SECRET = "@@s@@"

  def self.ok?(response_token, ip)
    res = Net::HTTP.post_form(URI("https://www.google.com/recaptcha/api/siteverify"),
                              "secret" => SECRET, "response" => response_token, "remoteip" => ip)
    JSON.parse(res.body)["score"].to_f >= 0.5
  end
end
''', "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/decoy-hmac-test-vector", "bakery/mendls/orders/tests/test_square_signature.py", "https://developer.squareup.com/docs/webhooks/step3validate", r'''
"""Square webhook signature check — the key below is a made-up test vector, not from our account."""
import base64
import hashlib
import hmac

from orders.webhooks import verify_square

TEST_KEY = "test-signature-key-not-real"
URL = "https://api.mendlsbakery.com/hooks/square"
BODY = '{"type":"order.updated","data":{"id":"ORDER_FAKE_1"}}'


def test_valid_signature():
    sig = base64.b64encode(hmac.new(TEST_KEY.encode(), (URL + BODY).encode(), hashlib.sha256).digest()).decode()
    assert verify_square(BODY, sig, URL, TEST_KEY)


def test_bad_signature():
    assert not verify_square(BODY, "AAAA", URL, TEST_KEY)
''')

add("python/square-webhook-signature-key", "bakery/mendls/orders/webhooks.py", "https://developer.squareup.com/docs/webhooks/step3validate", r'''
import base64
import hashlib
import hmac

# signature key fun dem "orders.updated" subscription (Developer Dashboard -> Webhooks)
SQUARE_SIGNATURE_KEY = "@@s@@"
NOTIFICATION_URL = "https://api.mendlsbakery.com/hooks/square"


def verify_square(body: str, signature: str, url: str = NOTIFICATION_URL, key: str = SQUARE_SIGNATURE_KEY) -> bool:
    digest = hmac.new(key.encode(), (url + body).encode(), hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
''', fakes.drawn(_seed(), 22, ALNUM + "-_"))

_tk = aws_pair()
add("tfvars/aws-secret-key", "bakery/mendls/infra/prod.auto.tfvars", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r'''
# prod — Mendl's (S3 for menu photos, SES for receipts)
region         = "us-east-1"
aws_access_key = "@@ak@@"
aws_secret_key = "@@s@@"
menu_bucket    = "mendls-menu-photos"
ses_from       = "receipts@mendlsbakery.com"
''', _tk[1], ak=_tk[0])

add("json/decoy-s3-policy", "bakery/mendls/infra/policies/menu-photos-public-read.json", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PublicReadMenuPhotos",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::mendls-menu-photos/*"
    },
    {
      "Sid": "UploaderRole",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::730194562288:role/menu-uploader"},
      "Action": ["s3:PutObject"],
      "Resource": "arn:aws:s3:::mendls-menu-photos/*"
    }
  ]
}
''')

_fk = aws_pair()
add("ini/aws-credentials", "bakery/mendls/ops/notes/feigy-laptop-aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@s@@

[mendls-readonly]
role_arn = arn:aws:iam::730194562288:role/ReadOnly
source_profile = default
''', _fk[1], ak=_fk[0])


# ---------------------------------------------------------------- lab: tooling, packages, developer settings

add("yaml/gitlab-ci-token", "bikherkrayz/lab/tools/yiddish-ocr-model/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [train, publish]

variables:
  MODEL_NAME: yid-forverts-2024
  # Mordkhe: der token far dem model-registry; bite nit aribertrogn in andere projektn
  REGISTRY_TOKEN: "@@s@@"

train:
  stage: train
  image: tesseractshadow/tesstrain:latest
  script:
    - make training MODEL_NAME=$MODEL_NAME START_MODEL=heb TESSDATA=/usr/share/tessdata
  artifacts:
    paths: [data/$MODEL_NAME.traineddata]

publish:
  stage: publish
  script:
    - 'curl --header "PRIVATE-TOKEN: $REGISTRY_TOKEN" --upload-file data/$MODEL_NAME.traineddata "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/tessdata/2024.1/$MODEL_NAME.traineddata"'
''', gitlab())

add("yaml/decoy-gitlab-ci-vars", "bikherkrayz/lab/tools/ia-uploader/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, release]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q
  variables:
    IA_ACCESS_KEY: "fake-access-for-tests"
    IA_SECRET_KEY: "fake-secret-for-tests"

release:
  stage: release
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/* -u __token__ -p "$PYPI_TOKEN"   # masked + protected CI variable
  rules:
    - if: $CI_COMMIT_TAG
''')

add("pypirc/pypi-token", "bikherkrayz/lab/tools/yiddish-normalize/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("python/decoy-yiddish-normalize", "bikherkrayz/lab/tools/yiddish-normalize/yiddish_normalize/core.py", "https://www.unicode.org/charts/PDF/U0590.pdf", r'''
"""Normalize Yiddish text: precomposed vs. decomposed pasekh/komets alef, YIVO spelling of loshn-koydesh."""
import unicodedata

PRECOMPOSED = {
    "\u05D0\u05B7": "\uFB2E",  # אַ
    "\u05D0\u05B8": "\uFB2F",  # אָ
    "\u05D5\u05BC": "\uFB35",  # וּ
    "\u05D9\u05B4": "\uFB1D",  # יִ
    "\u05F2\u05B7": "\uFB1F",  # ײַ
}
# sha1 of the reference table we compared against (YIVO 1999 PDF, p. 14)
REFERENCE_SHA1 = "7d3e2a9c1b4f6e8d0a2c4b6e8f0a1c3e5b7d9f1a"


def decompose(text: str) -> str:
    for dec, pre in PRECOMPOSED.items():
        text = text.replace(pre, dec)
    return unicodedata.normalize("NFC", text)
''')

add("json/composer-auth", "bakery/mendls/legacy/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
''', fakes.github_token(_seed()))

add("xml/maven-settings-password", "bikherkrayz/lab/tools/solr-indexer/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>bk-nexus</id>
      <username>deploy</username>
      <!-- nokh nit encrypted mit mvn -emp, TODO -->
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>bk-nexus</id>
      <url>https://nexus.bikherkrayz.org/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("xml/decoy-maven-encrypted", "bikherkrayz/site/tools/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>bk-nexus</id>
      <username>site-ci</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
    <server>
      <id>bk-nexus-snapshots</id>
      <username>site-ci</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
''')

add("gradle/properties-password", "bikherkrayz/lab/tools/scanner-bridge/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r'''
org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
kotlin.code.style=official
# Nexus (publish the scanner-bridge jar)
nexusUsername=deploy
nexusPassword=@@s@@
''', words_pw())

add("git/config-insteadof-token", "bikherkrayz/lab/ops/dotfiles/gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r'''
[user]
	name = Mordkhe Shapiro
	email = mordkhe@bikherkrayz.org
[core]
	quotepath = false
[url "https://mordkhe-bk:@@s@@@github.com/"]
	insteadOf = https://github.com/
[pull]
	rebase = true
''', fakes.github_token(_seed()))

add("json/docker-config-auth", "bikherkrayz/lab/ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@s@@"
    },
    "ghcr.io": {}
  },
  "credsStore": ""
}
''', b64("bikherkrayz:" + "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")))

add("json/decoy-docker-credstore", "bakery/mendls/ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "ghcr.io": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
''')

add("ini/pip-conf-index-password", "bikherkrayz/lab/ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://deploy:@@s@@@nexus.bikherkrayz.org/repository/pypi-internal/simple
timeout = 60

[install]
prefer-binary = true
''', fakes.password(_seed()))

add("json/vscode-sqltools-password", "bikherkrayz/site/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "editor.rulers": [100],
  "files.encoding": "utf8",
  "editor.unicodeHighlight.ambiguousCharacters": false,
  "sqltools.connections": [
    {
      "name": "katalog (prod, readonly-ish)",
      "driver": "PostgreSQL",
      "server": "db.internal",
      "port": 5432,
      "database": "katalog",
      "username": "katalog",
      "password": "@@s@@"
    }
  ]
}
''', words_pw())

add("xml/decoy-jetbrains-datasource", "bikherkrayz/site/.idea/dataSources.xml", "https://www.jetbrains.com/help/idea/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="katalog@db.internal" uuid="a7c3e9f1-2b4d-4f6a-8c0e-1d3f5b7a9c2e">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://db.internal:5432/katalog</jdbc-url>
      <!-- password stored in the OS keychain (KeePass/Keychain), not in this file -->
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''')

add("json/postman-environment", "bikherkrayz/site/api-tests/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "5c2e8f1a-3b7d-4e9f-a0c1-2d4e6f8a0b1c",
  "name": "katalog-api prod",
  "values": [
    { "key": "base_url", "value": "https://www.bikherkrayz.org/api/v1", "type": "default", "enabled": true },
    { "key": "api_token", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "lang", "value": "yi", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', hexs(40))

add("http/bearer-token", "bikherkrayz/site/api-tests/katalog.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Search titles (Yiddish)
GET https://www.bikherkrayz.org/api/v1/search?q=תּהילים&lang=yi
Authorization: Token @@s@@
Accept: application/json

### Single item
GET https://www.bikherkrayz.org/api/v1/items/nybc201544
Authorization: Token @@s@@
''', hexs(40))

add("http/decoy-env-var-token", "bikherkrayz/site/api-tests/katalog-local.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", r'''
### local dev — token from http-client.private.env.json (gitignored)
GET {{base_url}}/api/v1/items/nybc201544
Authorization: Token {{api_token}}
Accept: application/json

### bulk import (staff only)
POST {{base_url}}/api/v1/import
Authorization: Token {{api_token}}
Content-Type: text/csv

< ./export-2024-q2.csv
''')

add("python/hf-token", "bikherkrayz/lab/htr/push_dataset.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Push the ground-truth lines (Yiddish print, 1880-1940) to the Hub as a private dataset."""
from datasets import load_dataset
from huggingface_hub import login

login(token="@@s@@")  # write token, bk-lab org

ds = load_dataset("imagefolder", data_dir="gt/lines")
ds.push_to_hub("bikherkrayz/yiddish-print-gt", private=True)
print("aroyfgeshtelt:", len(ds["train"]), "shures")
''', hf_tok())

add("markdown/decoy-dataset-card", "bikherkrayz/lab/htr/README.md", "https://huggingface.co/docs/hub/datasets-cards", r'''
---
license: cc-by-nc-4.0
language: [yi]
pretty_name: Yiddish print ground truth (Bikher-Krayz)
---
# ייִדישער דרוק — ground truth

Line images + transcriptions from 212 books (1880–1940). Split by book (no leakage).

To push a new version you need a **write** token for the `bikherkrayz` org:
`huggingface-cli login` (it is stored in `~/.cache/huggingface/token`, never in this repo).

Checksums of the archive: `sha256: 4d1c7e9a2b3f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f`.
''')

add("yaml/tailscale-authkey", "bikherkrayz/lab/ops/ansible/roles/tailscale/defaults/main.yml", "https://tailscale.com/kb/1085/auth-keys", r'''
# join scan stations to the tailnet (reusable, tagged key, expires in 90 teg)
tailscale_authkey: "@@s@@"
tailscale_tags:
  - tag:scanner
tailscale_args: "--ssh --accept-routes=false"
''', "tskey-auth-" + mixed(11) + "CNTRL-" + mixed(33))

add("yaml/ngrok-authtoken", "bikherkrayz/lab/ops/dotfiles/ngrok.yml", "https://ngrok.com/docs/agent/config/", r'''
version: "2"
authtoken: @@s@@
tunnels:
  iiif-demo:
    proto: http
    addr: 8182
    # far dem demo mit di YIVO-mentshn, nokh dem aroysnemen
''', "2" + mixed(26) + "_" + mixed(21))

add("python/telegram-bot-token", "bakery/mendls/ops/bots/oven_alerts_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Telegram alerts: oyvn tsu heys / kiler tsu varem -> "Mendl's Kitchen" group."""
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1001872634591


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": f"🔥 {text}"}, timeout=10)


if __name__ == "__main__":
    alert("טעסט: דער אויוון־מאָניטאָר לויפֿט")
''', fakes.telegram_token(_seed()))

add("js/airtable-pat", "bikherkrayz/lab/volunteers/airtable-sync.js", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
// Volunteer shifts (scanning station sign-ups) from Airtable -> lab calendar
const Airtable = require("airtable");

const base = new Airtable({
  apiKey: "@@s@@",
}).base("appQ7rK2mX9vT4wN1");

async function shifts() {
  const rows = await base("Shiftn").select({ view: "Di vokh" }).all();
  return rows.map((r) => ({ name: r.get("Nomen"), station: r.get("Stantsye"), when: r.get("Ven") }));
}

module.exports = { shifts };
''', "pat" + mixed(14) + "." + hexs(64))

add("python/notion-token", "bikherkrayz/lab/volunteers/notion_log.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
"""Write each finished book into the Notion "Skaner-bukh" database."""
from notion_client import Client

notion = Client(auth="@@s@@")
DB = "4f8a2c1e9b3d47f6a0c2e4b6d8f0a1c3"


def log_book(nybc_id: str, pages: int, who: str) -> None:
    notion.pages.create(parent={"database_id": DB}, properties={
        "NYBC": {"title": [{"text": {"content": nybc_id}}]},
        "Zaytn": {"number": pages},
        "Ver": {"rich_text": [{"text": {"content": who}}]},
    })
''', "secret_" + mixed(43))

add("js/decoy-algolia-search-key", "bikherkrayz/site/static/js/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Front-end search (search-only key: public by design, read-only, restricted to index "katalog")
import algoliasearch from "algoliasearch/lite";

const client = algoliasearch("K7QW2M9XTR", "@@pub@@");
const index = client.initIndex("katalog");

export async function search(q) {
  // zukhn in beyde: אַלף־בית און YIVO
  const { hits } = await index.search(q, { attributesToRetrieve: ["title_yi", "title_yivo", "nybc_id"] });
  return hits;
}
''', pub=hexs(32))

add("python/algolia-admin-key", "bikherkrayz/site/katalog/management/commands/reindex_algolia.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r'''
from algoliasearch.search_client import SearchClient
from django.core.management.base import BaseCommand

from katalog.models import Book

APP_ID = "K7QW2M9XTR"
ADMIN_KEY = "@@s@@"  # admin! nit far dem front-end


class Command(BaseCommand):
    help = "Reindex the whole catalogue in Algolia"

    def handle(self, *args, **opts):
        index = SearchClient.create(APP_ID, ADMIN_KEY).init_index("katalog")
        index.replace_all_objects([b.to_search_doc() for b in Book.objects.all()])
        self.stdout.write("fertik")
''', hexs(32))

add("env/cloudinary-url", "bakery/mendls/marketing/.env", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console", r'''
# menu photos (challah, babka, kugel) — auto-crop for Instagram + web
CLOUDINARY_URL=cloudinary://@@key@@:@@s@@@mendls-bakery
DEFAULT_FOLDER=menu/2024
IG_USER_ID=17841405822304914
WATERMARK=mendls-logo-2024
MAX_WIDTH=2048
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(_rng().randint(10**14, 10**15)))

add("js/decoy-mapbox-public", "bikherkrayz/site/static/js/map-of-donors.js", "https://docs.mapbox.com/help/dive-deeper/access-tokens/", r'''
// "Vu di bikher kumen fun" map — public token (pk.), URL-restricted to bikherkrayz.org
mapboxgl.accessToken = "pk.eyJ1IjoiYmlraGVya3JheXoiLCJhIjoiY2x4N3EyazlwMGF3bTJrcHh6cTRyZ3Y5dyJ9.Q3m8Xv2KpL9tR4wN1bY7cA";
const map = new mapboxgl.Map({
  container: "donor-map",
  style: "mapbox://styles/mapbox/light-v11",
  center: [-73.95, 40.65],
  zoom: 3,
});
fetch("/api/v1/donor-towns").then((r) => r.json()).then((towns) => {
  towns.forEach((t) => new mapboxgl.Marker().setLngLat([t.lon, t.lat]).setPopup(new mapboxgl.Popup().setText(t.name_yi)).addTo(map));
});
''')

add("python/decoy-sentry-dsn", "bikherkrayz/site/bikherkrayz/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
"""Error reporting. The DSN is not a secret (Sentry docs: it only allows sending events)."""
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

sentry_sdk.init(
    dsn="https://4b7c9e1f2a3d4e5f8a0b1c2d3e4f5a6b@o4506112.ingest.us.sentry.io/4506118827",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
    environment="production",
)
''')

add("yaml/datadog-api-key", "bakery/mendls/ops/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
## Datadog agent — back-office box (13th Ave)
api_key: @@s@@
site: datadoghq.com
hostname: mendls-backoffice
tags:
  - store:13th-ave
  - env:prod
logs_enabled: true
# nit monitorn Shabbos? — dos iz a bizness frage, nit a tekhnishe (Yossi)
''', hexs(32))

add("ts/decoy-uuid-ids", "bakery/mendls/web/src/menu/catalog-ids.ts", "https://developer.squareup.com/reference/square/catalog-api", r'''
// Square catalog object IDs (not secrets — they show up in every order payload)
export const CATALOG = {
  CHALLAH_PLAIN: "7QKM2XZ4RW3TB6VNHY5JPLDC",
  CHALLAH_RAISIN: "Q2M7XW4ZRKB3TVN6HY5JPLDA",
  BABKA_CHOCOLATE: "H5YJ6NVT3BKRZ4WX7MQ2PLDE",
  RUGELACH_DOZEN: "ZR4XWK7MQ2B3TN6VY5HJPLDF",
  KUGEL_LOKSHN: "B3TKRZ4WX7MQ2N6VH5YJPLDG",
} as const;

export const ORDER_SESSION_NAMESPACE = "c8a1f3e2-4b6d-4f8a-9c0e-2d4f6a8b0c1e";
''')


# ---------------------------------------------------------------- notes, chats, mail, logs (both teams)

add("markdown/password-in-yiddish-note", "bikherkrayz/team/notes/leye-iberentfer.md", "https://www.postgresql.org/docs/current/libpq-connect.html", r'''
# איבערגאַבע־נאָטיצן פֿאַר דוד (לאה גייט אויף מאַטערניטעט)

- די סקאַנערס: 3 סטאַנציעס, יעדע האָט אַ באַזונדערן קאָנטע.
- דער Transkribus קאָנטע: lab@bikherkrayz.org
- דאָס פּאַראָל פֿון דעם NAS (admin): @@s@@
- OCR מאָדעלן ליגן אין `/srv/models`, די בעסטע איז `yid-forverts-2024`.
- ביטע טוישן דאָס פּאַראָל ווען דו קענסט, און לייג עס אַרײַן אין 1Password.

אַ דאַנק, לאה
''', words_pw())

add("txt/password-yivo-romanized-note", "bakery/mendls/ops/notes/shloime-notitsn.txt", "https://support.squareup.com/us/en/articles/team-management", r'''
notitsn far shloime (nayer shofer)
=================================
- dos oyto: Ford Transit, shlislen hengen in kontor
- di driver app: log zikh arayn mit dayn telefon numer
- dos parol far dem tablet in oyto (Square Team app): @@s@@
- fraytik: ershte rund 10:30, tsveyte 12:15
- nit fargesn: di kalte zakhn (kugl, herring) in der blo kastn
''', words_pw())

add("txt/whatsapp-chat-export", "bakery/mendls/ops/chats/WhatsApp Chat with Yossi.txt", "https://faq.whatsapp.com/1180414079177245", r'''
11/7/24, 8:02 PM - Feigy: yossi vos iz dos parol far dem nayem gmail far bashtelungen?
11/7/24, 8:05 PM - Yossi: orders@mendlsbakery.com
11/7/24, 8:05 PM - Yossi: @@s@@
11/7/24, 8:06 PM - Feigy: 👍 a dank
11/7/24, 8:06 PM - Yossi: nit shikn dos vayter, ikh vel es baytn nokh shabes
11/7/24, 8:40 PM - Feigy: <Media omitted>
''', words_pw())

add("txt/decoy-whatsapp-chat", "bakery/mendls/ops/chats/WhatsApp Chat with Moishe.txt", "https://faq.whatsapp.com/1180414079177245", r'''
11/8/24, 9:14 AM - Moishe: the onfleet key stopped working?
11/8/24, 9:20 AM - Yossi: ya I rotated it last night, it's in 1Password under Bakery/Delivery
11/8/24, 9:21 AM - Moishe: got it. tracking link for Weiss: https://onf.lt/6b1f9e2c4a
11/8/24, 9:40 AM - Moishe: order 10425 delivered ✅
11/8/24, 12:55 PM - Yossi: a gutn shabes alemen!
''')

add("log/app-log-leaked-token", "bakery/mendls/ops/logs/orders-api-2024-11-08.log", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
2024-11-08 06:01:12,004 INFO  orders.sync starting erev-shabbos sync (store=13th-ave)
2024-11-08 06:01:12,118 DEBUG orders.square request POST /v2/orders/search headers={'Authorization': 'Bearer @@s@@', 'Square-Version': '2024-01-18'}
2024-11-08 06:01:12,907 INFO  orders.square 184 orders fetched
2024-11-08 06:01:13,220 WARNING orders.routes 3 addresses without geocode (Avenue J, 14th Ave, Ocean Pkwy)
2024-11-08 06:01:14,501 INFO  orders.sync done in 2.5s
''', square())

add("log/decoy-redacted-log", "bakery/mendls/ops/logs/orders-api-2024-11-15.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2024-11-15 06:01:10,882 INFO  orders.sync starting erev-shabbos sync (store=13th-ave)
2024-11-15 06:01:10,990 DEBUG orders.square request POST /v2/orders/search headers={'Authorization': 'Bearer EAAA…[redacted]', 'Square-Version': '2024-01-18'}
2024-11-15 06:01:11,640 INFO  orders.square 201 orders fetched
2024-11-15 06:01:11,702 INFO  orders.payments stripe key in use: sk_live_…a9F3 (last4 only)
2024-11-15 06:01:12,301 INFO  orders.sync done in 1.4s  request_id=req_8f2c1e9a4b7d
''')

add("log/nginx-access-token-in-query", "bikherkrayz/site/ops/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
203.0.113.44 - - [12/Nov/2024:10:14:02 -0500] "GET /api/v1/search?q=%D7%AA%D7%94%D7%99%D7%9C%D7%99%D7%9D HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
198.51.100.7 - - [12/Nov/2024:10:14:09 -0500] "GET /api/v1/items/nybc201544?access_token=@@s@@ HTTP/1.1" 200 882 "-" "python-requests/2.31.0"
203.0.113.44 - - [12/Nov/2024:10:14:15 -0500] "GET /iiif/3/nybc201544/full/max/0/default.jpg HTTP/1.1" 200 412098 "-" "Mozilla/5.0"
192.0.2.19 - - [12/Nov/2024:10:15:01 -0500] "GET /robots.txt HTTP/1.1" 200 64 "-" "Googlebot/2.1"
198.51.100.7 - - [12/Nov/2024:10:15:44 -0500] "GET /api/v1/items/nybc201545 HTTP/1.1" 401 31 "-" "python-requests/2.31.0"
''', hexs(40))

add("log/decoy-access-log", "bikherkrayz/site/ops/logs/access.log.1", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
203.0.113.44 - - [11/Nov/2024:09:01:22 -0500] "GET /iiif/3/nybc201546/info.json HTTP/1.1" 200 712 "-" "Mirador/3.3"
203.0.113.44 - - [11/Nov/2024:09:01:23 -0500] "GET /iiif/3/nybc201546/0,0,1024,1024/512,/0/default.jpg HTTP/1.1" 200 88123 "-" "Mirador/3.3"
198.51.100.22 - - [11/Nov/2024:09:04:51 -0500] "GET /static/js/search.7f3e9a1c2b4d.js HTTP/1.1" 200 23004 "-" "Mozilla/5.0"
198.51.100.22 - - [11/Nov/2024:09:04:52 -0500] "GET /api/v1/search?q=tevye&session=8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b HTTP/1.1" 200 2044 "-" "Mozilla/5.0"
192.0.2.19 - - [11/Nov/2024:09:10:03 -0500] "GET /sitemap.xml HTTP/1.1" 200 18220 "-" "Googlebot/2.1"
''')

add("eml/decoy-password-reset", "bikherkrayz/team/mail/2024-10-02-password-reset.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Transkribus <no-reply@transkribus.eu>
To: lab@bikherkrayz.org
Subject: Your password was changed
Date: Wed, 02 Oct 2024 14:20:11 +0200
Message-ID: <20241002122011.7f3e9a1c@transkribus.eu>
Content-Type: text/plain; charset=utf-8

Hello,

the password of your Transkribus account lab@bikherkrayz.org was changed on 02.10.2024.
If this was not you, please reset it here: https://account.readcoop.eu/reset

Your READ-COOP team
''')

add("eml/api-key-in-vendor-mail", "bikherkrayz/team/mail/2024-06-18-iiif-hosting.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Support <support@iiifhost.example.com>
To: Mordkhe Shapiro <mordkhe@bikherkrayz.org>
Subject: Re: API access for bulk ingest
Date: Tue, 18 Jun 2024 09:41:55 -0400
Content-Type: text/plain; charset=utf-8

Hi Mordkhe,

your account is now enabled for bulk ingest. Use this API key in the X-Api-Key header:

    @@s@@

Keep it private; you can rotate it in Settings -> API.

Best,
IIIF Host support
''', mixed(48, "ihk_live_"))

add("csv/accounts-sheet-password", "bikherkrayz/team/admin/konten.csv", "https://support.google.com/accounts/answer/32040", r'''
service,url,user,password,owner,notes
Internet Archive,https://archive.org,lab@bikherkrayz.org,(see 1Password),Leye,S3 keys in ia.ini on stations
Transkribus,https://app.transkribus.org,lab@bikherkrayz.org,(see 1Password),Leye,
Omeka S admin,https://exhibits.bikherkrayz.org/admin,admin@bikherkrayz.org,@@s@@,Mordkhe,baytn!
Zoom,https://zoom.us,events@bikherkrayz.org,(see 1Password),Rivke,
Mailgun,https://app.mailgun.com,mordkhe@bikherkrayz.org,(SSO),Mordkhe,
''', words_pw())

add("csv/decoy-accounts-sheet", "bakery/mendls/backoffice/vendors.csv", "https://support.google.com/accounts/answer/32040", r'''
vendor,account_no,contact,phone,portal,login_in
Kossar Flour Co.,BK-20391,Mr. Lefkowitz,718-555-0155,https://portal.kossarflour.example.com,1Password/Vendors
Gold Egg Farms,GEF-7731,Esti,845-555-0133,,phone orders only
Brooklyn Packaging,BP-004417,Dov,718-555-0177,https://bp.example.com,1Password/Vendors
ConEd,88-2710-3344-0001-9,—,800-752-6633,https://coned.com,1Password/Utilities
OK Kosher (hashgacha),cert 44831,Rabbi G.,718-555-0111,,certificate on wall
''')

add("shell/zsh-history-psql", "bikherkrayz/lab/ops/notes/mordkhe_zsh_history", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
: 1731400122:0;cd ~/src/bikherkrayz-site
: 1731400130:0;git status
: 1731400201:0;psql "postgresql://katalog:@@s@@@db.internal:5432/katalog" -c "select count(*) from pages"
: 1731400290:0;./manage.py reindex_algolia
: 1731400355:0;ia upload nybc201548 bags/nybc201548/data/*.tif --metadata="language:yid"
: 1731400400:0;exit
''', fakes.password(_seed()))

add("shell/decoy-history", "bakery/mendls/ops/notes/yossi_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
op signin
export SQUARE_ACCESS_TOKEN=$(op read "op://Bakery/Square prod/credential")
python -m orders.sync --store 13th-ave --dry-run
sha256sum backups/pos-2024-11-07.sql
git log --oneline -5
docker compose up -d
kubectl -n bakery rollout status deploy/orders-api
''')

add("markdown/readme-curl-api-key", "bakery/mendls/delivery/README.md", "https://docs.onfleet.com/reference/authentication", r'''
# delivery/ — Onfleet push + route optimizer

## Quick test

```bash
curl -u "@@s@@:" https://onfleet.com/api/v2/organization
```

(Moishe: dos iz der prod key, ikh hob im aher geleygt far dir — Y.)

## Friday

```bash
python onfleet_push.py --day fri
node route-optimizer/index.js
```
''', hexs(32))

add("markdown/decoy-readme-placeholder", "bikherkrayz/lab/uploader/README.md", "https://archive.org/developers/internetarchive/quickstart.html", r'''
# ia-uploader

Uploads BagIt bags from the scanning stations to archive.org.

```ini
# ~/.config/internetarchive/ia.ini
[s3]
access = YOUR_IA_ACCESS_KEY
secret = YOUR_IA_SECRET_KEY
```

Get the keys at https://archive.org/account/s3.php (logged in as the lab account).

```bash
ia-uploader nybc201544 --collection yiddishbookcenter-lab --verify-sha256
```

פֿראַגעס? שרײַבט צו mordkhe@bikherkrayz.org
''')

add("yaml/helm-values-password", "bikherkrayz/site/deploy/helm/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
image:
  repository: ghcr.io/bikherkrayz/site
  tag: "2024.11.3"
replicaCount: 2
ingress:
  enabled: true
  hosts: [www.bikherkrayz.org]
postgresql:
  auth:
    username: katalog
    database: katalog
    password: "@@s@@"
redis:
  enabled: true
  auth:
    existingSecret: site-redis
''', fakes.password(_seed()))

add("yaml/decoy-helm-existing-secret", "bikherkrayz/site/deploy/helm/values-staging.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters", r'''
image:
  repository: ghcr.io/bikherkrayz/site
  tag: "2024.11.3-rc1"
replicaCount: 1
postgresql:
  auth:
    username: katalog
    database: katalog
    existingSecret: katalog-db
    secretKeys:
      userPasswordKey: password
redis:
  enabled: true
  auth:
    existingSecret: site-redis
''')

add("yaml/prometheus-basic-auth", "bikherkrayz/lab/ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: scan-nas
    static_configs:
      - targets: ["10.1.0.10:9100"]
  - job_name: iiif
    scheme: https
    basic_auth:
      username: prom
      password: @@s@@
    static_configs:
      - targets: ["iiif.bikherkrayz.org"]
''', fakes.password(_seed()))

add("yaml/grafana-datasource-password", "bikherkrayz/lab/ops/grafana/provisioning/datasources/katalog.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: katalog-pg
    type: postgres
    url: db.internal:5432
    user: grafana_ro
    jsonData:
      database: katalog
      sslmode: require
    secureJsonData:
      password: "@@s@@"
''', words_pw())

add("yaml/decoy-grafana-env", "bakery/mendls/ops/grafana/provisioning/datasources/pos.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r'''
apiVersion: 1
datasources:
  - name: pos-mysql
    type: mysql
    url: 10.0.10.4:3306
    user: grafana
    jsonData:
      database: pos
    secureJsonData:
      password: $__env{POS_GRAFANA_PASSWORD}
  - name: kitchen-influx
    type: influxdb
    url: http://10.0.20.5:8086
    secureJsonData:
      token: $__file{/etc/grafana/influx.token}
''')

add("toml/influx-token", "bakery/mendls/kitchen/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
[agent]
  interval = "30s"
  hostname = "kitchen-pi"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.0.20.5:1883"]
  topics = ["kitchen/#"]
  data_format = "value"
  data_type = "float"

[[outputs.influxdb_v2]]
  urls = ["http://10.0.20.5:8086"]
  token = "@@s@@"
  organization = "mendls"
  bucket = "kitchen"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("json/appsettings-connection-string", "bakery/mendls/legacy/PosBridge/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Pos": "Server=10.0.10.4;Database=pos;User Id=posbridge;Password=@@s@@;TrustServerCertificate=True"
  },
  "Store": "13th-ave",
  "ShabbosShutdown": { "Enabled": true, "MinutesBeforeCandles": 30 }
}
''', words_pw())

add("csharp/decoy-user-secrets", "bakery/mendls/legacy/PosBridge/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
using Microsoft.Extensions.Configuration;

var builder = WebApplication.CreateBuilder(args);
// dev: dotnet user-secrets set "ConnectionStrings:Pos" "..."  (stored outside the repo)
// prod: Azure Key Vault reference, see appsettings.Production.json
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddEnvironmentVariables(prefix: "POSBRIDGE_");

var app = builder.Build();
app.MapGet("/health", () => "gezunt");
app.Run();
''')

add("json/decoy-keyvault-reference", "bakery/mendls/legacy/PosBridge/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r'''
{
  "ConnectionStrings": {
    "Pos": "@Microsoft.KeyVault(SecretUri=https://mendls-kv.vault.azure.net/secrets/pos-connection/)"
  },
  "Store": "13th-ave",
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=0f3a9c2e-7b1d-4e5f-8a6b-c9d0e1f2a3b4;IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/"
  }
}
''')

add("rust/api-key-const", "bikherkrayz/lab/tools/tiff-checker/src/report.rs", "https://docs.rs/reqwest/latest/reqwest/", r'''
//! Sends a daily report of failed TIFF validations to the lab dashboard.
use reqwest::blocking::Client;
use serde_json::json;

// der dashboard API-shlisl (Leye, 2024-05)
const DASHBOARD_KEY: &str = "@@s@@";

pub fn send(failed: &[String]) -> reqwest::Result<()> {
    Client::new()
        .post("https://dash.bikherkrayz.org/api/reports")
        .header("X-Api-Key", DASHBOARD_KEY)
        .json(&json!({ "failed": failed, "station": "mendele" }))
        .send()?
        .error_for_status()?;
    Ok(())
}
''', mixed(40, "bkd_"))

add("rust/decoy-test-constants", "bikherkrayz/lab/tools/tiff-checker/src/tests.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", r'''
#[cfg(test)]
mod tests {
    use super::*;

    // known-good master (sha256 from the bag manifest; not a secret)
    const GOOD_SHA256: &str = "3b9f0c8e1d2a4f5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d";
    const FAKE_KEY: &str = "test-key-do-not-use";

    #[test]
    fn accepts_good_master() {
        assert!(check_digest("fixtures/nybc201544_0001.tif", GOOD_SHA256));
    }

    #[test]
    fn report_needs_key() {
        assert!(!FAKE_KEY.is_empty());
    }
}
''')


# ---------------------------------------------------------------- more carriers, both teams

add("elixir/runtime-secret", "bikherkrayz/lab/tools/queue/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Skaner-rey (queue of books waiting for a station) — Phoenix app
config :bk_queue, BkQueueWeb.Endpoint,
  url: [host: "queue.bikherkrayz.org", port: 443],
  secret_key_base: "@@s@@"

config :bk_queue, BkQueue.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 5
''', fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("perl/ftp-password", "bikherkrayz/lab/legacy/mirror_pdfs.pl", "https://metacpan.org/pod/Net::FTP", r'''
#!/usr/bin/perl
# alter skript (2011): shpiglt di PDFs tsu dem altn FTP far di bibliotekn
use strict;
use warnings;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.bikherkrayz.org", Passive => 1) or die "keyn FTP: $@";
$ftp->login("mirror", "@@s@@") or die "login: ", $ftp->message;
$ftp->binary;
for my $pdf (glob "/srv/pdf/*.pdf") {
    $ftp->put($pdf) or warn "put $pdf: ", $ftp->message;
}
$ftp->quit;
''', words_pw())

add("r/api-key-script", "bikherkrayz/lab/stats/downloads.R", "https://archive.org/developers/", r'''
# Statistik: downloads per bukh (fun dem lab dashboard API)
library(httr)
library(jsonlite)

dash_key <- "@@s@@"

res <- GET("https://dash.bikherkrayz.org/api/downloads",
           add_headers(`X-Api-Key` = dash_key),
           query = list(from = "2024-01-01", to = "2024-10-31"))
d <- fromJSON(content(res, "text", encoding = "UTF-8"))
top <- head(d[order(-d$downloads), c("nybc_id", "title_yivo", "downloads")], 20)
print(top)
write.csv(top, "top20-2024.csv", row.names = FALSE)
''', mixed(40, "bkd_"))

add("lua/decoy-config", "bakery/mendls/kitchen/scale/config.lua", "https://www.lua.org/manual/5.4/", r'''
-- Dough scale (ESP8266 + NodeMCU): shikt vog tsu MQTT
config = {}
config.ssid = "Mendls-Kitchen"
config.wifi_password = nil        -- gets set from /secrets.lua on the device (not in git)
config.mqtt_host = "10.0.20.5"
config.mqtt_user = "scale"
config.mqtt_password_file = "/secrets.lua"
config.topic = "kitchen/scale/dough"
config.tare_grams = 1520          -- di grine shisl
return config
''')

add("env/laravel-app-key", "bakery/mendls/catering/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Mendl's Catering"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://catering.mendlsbakery.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=catering
DB_USERNAME=catering
DB_PASSWORD=

MAIL_MAILER=log
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("php/decoy-laravel-config", "bakery/mendls/catering/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
<?php

return [
    // kiddush / simkhe catering — alts fun .env
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => '+17185550142',
    ],
];
''')

add("php/stripe-restricted-key", "bakery/mendls/catering/app/Console/Commands/RefundDeposits.php", "https://docs.stripe.com/keys#limit-access", r'''
<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Stripe\StripeClient;

// tsurik-tsolung fun depozitn far opgezogte simkhes (restricted key: refunds only)
class RefundDeposits extends Command
{
    protected $signature = 'catering:refund-deposits {--dry-run}';

    public function handle(): int
    {
        $stripe = new StripeClient('@@s@@');
        foreach (\App\Models\Event::cancelled()->withDeposit()->get() as $event) {
            if (!$this->option('dry-run')) {
                $stripe->refunds->create(['payment_intent' => $event->deposit_intent]);
            }
            $this->info("refund: {$event->id} {$event->family_name}");
        }
        return 0;
    }
}
''', stripe("rk_live_"))

add("kotlin/firebase-server-key", "bakery/mendls/driver-android/app/src/main/java/com/mendlsbakery/driver/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package com.mendlsbakery.driver

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Legacy FCM (test build only!) — shikt "naye rund" tsu andere shoferim
private const val FCM_SERVER_KEY = "@@s@@"

fun notifyDrivers(topic: String, body: String) {
    val json = """{"to":"/topics/$topic","notification":{"title":"Mendl's","body":"$body"}}"""
    val req = Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=$FCM_SERVER_KEY")
        .post(json.toRequestBody("application/json".toMediaType()))
        .build()
    OkHttpClient().newCall(req).execute().close()
}
''', "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("json/decoy-google-services", "bakery/mendls/driver-android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "552019384712",
    "project_id": "mendls-driver",
    "storage_bucket": "mendls-driver.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:552019384712:android:7c3e9a1f2b4d6e8f",
        "android_client_info": { "package_name": "com.mendlsbakery.driver" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "${FIREBASE_ANDROID_API_KEY}" }]
    }
  ],
  "configuration_version": "1"
}
''')

add("makefile/twilio-api-secret", "bakery/mendls/notify/Makefile", "https://www.twilio.com/docs/iam/api-keys", r'''
# SMS tests (shikt tsu Yossi's telefon)
TWILIO_ACCOUNT_SID ?= AC@@sid@@
TWILIO_API_KEY     ?= SK@@key@@
TWILIO_API_SECRET  ?= @@s@@

.PHONY: test-sms
test-sms:
	TWILIO_ACCOUNT_SID=$(TWILIO_ACCOUNT_SID) TWILIO_API_KEY=$(TWILIO_API_KEY) \
	TWILIO_API_SECRET=$(TWILIO_API_SECRET) python -m notify.sms --to +17185550190 --body "test: khale iz greyt"
''', mixed(32), sid=hexs(32), key=hexs(32))

add("caddy/decoy-bcrypt-basicauth", "bikherkrayz/lab/ops/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", r'''
queue.bikherkrayz.org {
	reverse_proxy 127.0.0.1:4000
}

dash.bikherkrayz.org {
	basic_auth {
		# user: lab — bcrypt hash (caddy hash-password), not the password
		lab $2a$14$Zkq8JwQ3mN1bV6cX9zA2sOe5fG8hJ1kL4pO7rU0tY3aZ6bX9cV2nM
	}
	reverse_proxy 127.0.0.1:3000
}
''')

add("yaml/traefik-dashboard-password", "bikherkrayz/lab/ops/traefik/dynamic.yml", "https://doc.traefik.io/traefik/middlewares/http/forwardauth/", r'''
http:
  routers:
    cantaloupe-admin:
      rule: "Host(`iiif.bikherkrayz.org`) && PathPrefix(`/admin`)"
      service: cantaloupe
      middlewares: [cantaloupe-auth]
  middlewares:
    cantaloupe-auth:
      headers:
        customRequestHeaders:
          # Cantaloupe admin endpoint: user "admin", pw in the header below (Leye)
          Authorization: "Basic @@s@@"
  services:
    cantaloupe:
      loadBalancer:
        servers: [{url: "http://127.0.0.1:8182"}]
''', b64("admin:" + words_pw()))

add("conf/cifs-credentials", "bikherkrayz/lab/ops/scan-station/smbcredentials", "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", r'''
# /etc/smbcredentials for the masters share (mount -t cifs ... credentials=/etc/smbcredentials)
username=scanner
password=@@s@@
domain=BIKHERKRAYZ
# nokh dem: chmod 600 /etc/smbcredentials
''', words_pw())

add("fstab/decoy-credentials-file", "bikherkrayz/lab/ops/scan-station/fstab", "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", r'''
# <file system>                 <mount point>   <type>  <options>                                            <dump> <pass>
UUID=8f2c1e9a-4b7d-4e6f-9a0b-5c1d2e3f4a5b  /          ext4    errors=remount-ro                                      0 1
UUID=3D1F-9A2C                             /boot/efi  vfat    umask=0077                                             0 1
/swapfile                                  none       swap    sw                                                     0 0
//10.1.0.10/masters                        /mnt/masters cifs credentials=/etc/smbcredentials,uid=1000,vers=3.0,_netdev 0 0
''')

add("yaml/mongo-srv-uri", "bakery/mendls/catering/quotes-service/config/production.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
# catering quotes (simkhes, kidushim) — MongoDB Atlas
server:
  port: 8090
mongo:
  uri: "mongodb+srv://quotes:@@s@@@mendls-catering.x7kq2.mongodb.net/quotes?retryWrites=true&w=majority"
pricing:
  per_guest_kiddush: 14.50
  per_guest_sheva_brachos: 38.00
''', fakes.password(_seed()))

add("python/amqp-url", "bikherkrayz/lab/tools/queue/worker.py", "https://www.rabbitmq.com/docs/uri-spec", r'''
"""OCR worker: nemt bikher fun der rey, makht OCR, leygt tsurik rezultatn."""
import pika

from ocr import run_tesseract

BROKER = "amqp://ocr-worker:@@s@@@10.1.0.30:5672/lab"


def main():
    conn = pika.BlockingConnection(pika.URLParameters(BROKER))
    ch = conn.channel()
    ch.queue_declare(queue="ocr", durable=True)
    ch.basic_consume(queue="ocr", on_message_callback=lambda c, m, p, body: run_tesseract(body.decode()))
    ch.start_consuming()


if __name__ == "__main__":
    main()
''', fakes.redis_password(_seed()))

add("json/sftp-vscode-password", "bakery/mendls/blog/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "mendls blog (shared hosting)",
    "host": "ftp.mendlsbakery.com",
    "protocol": "sftp",
    "port": 22,
    "username": "mendlsblog",
    "password": "@@s@@",
    "remotePath": "/home/mendlsblog/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("ini/ansible-inventory-password", "bakery/mendls/ops/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", r'''
[stores]
thirteenth ansible_host=10.0.0.2
kingston   ansible_host=10.9.0.2

[tills]
till-1 ansible_host=10.0.10.21 ansible_user=Administrator ansible_password=@@s@@ ansible_connection=winrm
till-2 ansible_host=10.0.10.22 ansible_user=Administrator ansible_connection=winrm

[all:vars]
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

_ec = fakes.fake_pem(_seed(), "EC")
add("yaml/ec-private-key-block", "bikherkrayz/site/deploy/apple-wallet/passkit.yml", "https://developer.apple.com/documentation/walletpasses/building-a-pass", r'''
# Membership cards (Apple Wallet) — "Fraynd fun Bikher-Krayz"
pass_type_identifier: pass.org.bikherkrayz.member
team_identifier: 7QK2M9XTR4
signing_key: |
@@pemi@@
wwdr_cert_path: certs/AppleWWDRCAG4.pem
''', _ec, pemi="\n".join("  " + line for line in _ec.splitlines()))

add("pem/decoy-public-key", "bikherkrayz/site/deploy/apple-wallet/webhook-verify.pub.pem", "https://datatracker.ietf.org/doc/html/rfc7468#section-13", r'''
# Apple Wallet web service: verify the push-registration callbacks with this public key.
# (the private half lives in Vault: secret/site/passkit)
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7vX2kP9qL4mN8wR1tY6uI3oA5sD0
fG7hJ2kL9zX4cV1bN6mQ8wE3rT5yU0iO2pA7sD9fG1hJ4kL6zX8cV3bN0mQ5wE2r
-----END PUBLIC KEY-----
''')

add("python/postmark-server-token", "bikherkrayz/site/katalog/mail.py", "https://postmarkapp.com/developer/api/overview#authentication", r'''
"""Transactional mail (membership receipts, "a sheynem dank" letters)."""
import requests

POSTMARK_SERVER_TOKEN = "@@s@@"


def send_receipt(to: str, name: str, amount: str) -> None:
    requests.post("https://api.postmarkapp.com/email/withTemplate",
                  headers={"X-Postmark-Server-Token": POSTMARK_SERVER_TOKEN, "Accept": "application/json"},
                  json={"From": "office@bikherkrayz.org", "To": to, "TemplateAlias": "receipt-yi-en",
                        "TemplateModel": {"name": name, "amount": amount}}, timeout=20)
''', uuid_s())

add("yaml/newrelic-license", "bakery/mendls/orders-api/newrelic.yml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/", r'''
common: &default_settings
  license_key: '@@s@@'
  app_name: mendls-orders-api
  monitor_mode: true
  log_level: info
production:
  <<: *default_settings
development:
  <<: *default_settings
  monitor_mode: false
''', hexs(36) + "NRAL")

add("python/atlassian-token", "bikherkrayz/lab/tools/jira_from_failures.py", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", r'''
"""Open a Jira ticket per failed book (checksum mismatch / bad OCR) in project LAB."""
from jira import JIRA

jira = JIRA(server="https://bikherkrayz.atlassian.net",
            basic_auth=("mordkhe@bikherkrayz.org", "@@s@@"))


def open_ticket(nybc_id: str, reason: str) -> str:
    issue = jira.create_issue(project="LAB", issuetype={"name": "Task"},
                              summary=f"{nybc_id}: {reason}",
                              description="Automatish geefnt fun dem uploader.")
    return issue.key
''', "ATATT3xFfGF0" + fakes.drawn(_seed(), 170, ALNUM + "-_") + "=" + hexs(8).upper())

add("js/dropbox-token", "bikherkrayz/lab/donations-intake/dropbox-watch.js", "https://www.dropbox.com/developers/documentation/http/documentation#authorization", r'''
// Donors upload photos of their books to a shared Dropbox folder; we pull them into the intake list
const { Dropbox } = require("dropbox");

const dbx = new Dropbox({ accessToken: "@@s@@" });

async function newPhotos(cursor) {
  const res = cursor
    ? await dbx.filesListFolderContinue({ cursor })
    : await dbx.filesListFolder({ path: "/Bikher-Nadoves" });
  return res.result;
}

module.exports = { newPhotos };
''', "sl." + fakes.drawn(_seed(), 135, ALNUM + "-_"))

add("yaml/decoy-dependabot", "bikherkrayz/site/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  bk-nexus:
    type: python-index
    url: https://nexus.bikherkrayz.org/repository/pypi-internal/simple
    username: dependabot
    password: ${{secrets.NEXUS_DEPENDABOT_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [bk-nexus]
    schedule:
      interval: weekly
      day: sunday
''')

add("swift/decoy-keychain", "bikherkrayz/lab/scanner-ipad/ScanApp/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Security

/// The lab token is entered once by staff and stored in the Keychain; nothing is compiled in.
enum Credentials {
    static let service = "org.bikherkrayz.scanapp"

    static func token() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess,
              let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("ts/mandrill-key", "bakery/mendls/web/server/mail/transactional.ts", "https://mailchimp.com/developer/transactional/guides/quick-start/", r'''
// Order confirmation emails via Mailchimp Transactional (Mandrill)
import mailchimpFactory from "@mailchimp/mailchimp_transactional";

const mailchimp = mailchimpFactory("@@s@@");

export async function confirm(order: { id: number; email: string; pickup: string }) {
  // "אײַער באַשטעלונג איז באַשטעטיקט" — your order is confirmed
  return mailchimp.messages.sendTemplate({
    template_name: "order-confirm-yi-en",
    template_content: [],
    message: { to: [{ email: order.email }], global_merge_vars: [{ name: "PICKUP", content: order.pickup }] },
  });
}
''', "md-" + fakes.drawn(_seed(), 22, ALNUM + "_-"))


# ---------------------------------------------------------------- last carriers and decoys

add("python/doordash-signing-secret", "bakery/mendls/delivery/doordash_drive.py", "https://developer.doordash.com/en-US/docs/drive/reference/JWTs/", r'''
"""Backup courier when our own drivers are full (DoorDash Drive). Nor in der vokh, nit erev shabes."""
import base64
import time

import jwt

DEVELOPER_ID = "@@dev@@"
KEY_ID = "@@kid@@"
SIGNING_SECRET = "@@s@@"


def token() -> str:
    payload = {"aud": "doordash", "iss": DEVELOPER_ID, "kid": KEY_ID,
               "exp": int(time.time()) + 300, "iat": int(time.time())}
    return jwt.encode(payload, base64.urlsafe_b64decode(SIGNING_SECRET + "=="), algorithm="HS256",
                      headers={"dd-ver": "DD-JWT-V1"})
''', fakes.drawn(_seed(), 43, ALNUM + "-_"), dev=uuid_s(), kid=uuid_s())

add("json/google-oauth-refresh-token", "bikherkrayz/lab/tools/sheets-sync/token.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "token": null,
  "refresh_token": "@@s@@",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "771203948561-3k9q2m7x4r1t8v6b5n0c2z4w6y8a1s3d.apps.googleusercontent.com",
  "client_secret": "(see credentials.json on the station)",
  "scopes": ["https://www.googleapis.com/auth/spreadsheets"],
  "expiry": "2024-11-12T16:03:11.204Z"
}
''', "1//0" + fakes.drawn(_seed(), 99, ALNUM + "-_"))

add("ini/omeka-database-ini", "bikherkrayz/site/omeka/config/database.ini", "https://omeka.org/s/docs/user-manual/install/#configure-the-database", r'''
; Omeka S — exhibits.bikherkrayz.org
user     = "omeka"
password = "@@s@@"
dbname   = "omeka_exhibits"
host     = "localhost"
;port     =
;unix_socket =
;log_path =
''', words_pw())

add("csharp/authorize-net-transaction-key", "bakery/mendls/legacy/PosBridge/Payments/AuthorizeNetGateway.cs", "https://developer.authorize.net/api/reference/index.html#authentication", r'''
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace PosBridge.Payments
{
    // phone orders (di alte kasse) — Authorize.Net, before we moved to Square
    public static class AuthorizeNetGateway
    {
        private const string ApiLoginId = "7xQ2mK9pR4";
        private const string TransactionKey = "@@s@@";

        public static void Configure()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication =
                new merchantAuthenticationType { name = ApiLoginId, ItemElementName = ItemChoiceType.transactionKey, Item = TransactionKey };
        }
    }
}
''', mixed(16))

add("text/age-secret-key", "bikherkrayz/lab/ops/secrets/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-05-02T14:02:44-04:00
# public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
# Mordkhe's laptop — far sops (ops/secrets/*.enc.yaml). NIT IN GIT (oops)
@@s@@

# backup: a gedrukte kopye ligt in dem kase (safe) in kontor
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper()))

add("yaml/decoy-sops-config", "bikherkrayz/lab/ops/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# which keys encrypt what (public recipients only)
creation_rules:
  - path_regex: ops/secrets/.*\.enc\.yaml$
    age: >-
      age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p,
      age1x7k2m9q4r1t8v6b5n0c3z4w6y8a2s5d7f9g1h3j5k7l9p2q4r6t8v0wqz3lm
  - path_regex: site/.*\.enc\.yaml$
    pgp: 3F9A1C2E7B4D4E6F8A0B1C2D3E4F5A6B7C8D9E0F
''')

_ssh_pem = fakes.fake_pem(_seed())
add("yaml/actions-ssh-key-inline", "bakery/mendls/.github/workflows/deploy-blog.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-blog
on:
  push:
    paths: ["blog/**"]
jobs:
  rsync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ssh key (Yossi: temporary, secrets UI hot nit gearbet)
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_rsa <<'EOF'
@@pemi@@
          EOF
          chmod 600 ~/.ssh/id_rsa
      - run: rsync -az --delete blog/ mendlsblog@ftp.mendlsbakery.com:public_html/
''', _ssh_pem, pemi="\n".join("          " + line for line in _ssh_pem.splitlines()))

add("sh/slack-user-token", "bikherkrayz/team/scripts/export-channel.sh", "https://api.slack.com/authentication/token-types#user", r'''
#!/bin/sh
# Eksport fun #lab-digitalizirung far dem yerlekhn barikht (Rivke)
SLACK_TOKEN="@@s@@"
CHANNEL=C05KQ2M7RTX
curl -s -H "Authorization: Bearer $SLACK_TOKEN" \
  "https://slack.com/api/conversations.history?channel=$CHANNEL&limit=1000" \
  | jq '.messages[] | {ts, user, text}' > lab-$(date +%Y).json
echo "fertik: lab-$(date +%Y).json"
''', slack_bot("xoxp"))

add("sh/github-fine-grained-token", "bikherkrayz/site/scripts/open-release-pr.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", r'''
#!/usr/bin/env bash
set -euo pipefail
# makht a PR "release/YYYY.MM" in bikherkrayz/site
GH_TOKEN=@@s@@
VERSION=$(date +%Y.%m)
git checkout -b "release/$VERSION"
git push origin "release/$VERSION"
curl -s -X POST -H "Authorization: Bearer $GH_TOKEN" -H "Accept: application/vnd.github+json" \
  https://api.github.com/repos/bikherkrayz/site/pulls \
  -d "{\"title\":\"Release $VERSION\",\"head\":\"release/$VERSION\",\"base\":\"main\"}"
''', fakes.github_fine_grained_token(_seed()))

add("text/decoy-model-checksums", "bikherkrayz/lab/htr/models/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
4d1c7e9a2b3f5061728394a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f  yid-forverts-2024.traineddata
8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d  yid-forverts-2023.traineddata
c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2  yid-handwriting-beta.traineddata
0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0  heb-base-5.3.traineddata
5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3  yid-vilne-1920s.traineddata
''')

add("go/decoy-go-sum", "bakery/mendls/wholesale/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
github.com/jackc/pgx/v5 v5.5.5 h1:amBjrZVmksIdNjxGu/UbXQ5M8G8qBOEE9ZfgLuPb8yg=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:ez9gk+OAat140fv9ErkZDYFWmXLfV+++K0uAOiwgm1A=
golang.org/x/crypto v0.21.0 h1:X31++rzVUdKhX5sWmSOFZxx8UW/ldWx55cbf08iNAMA=
golang.org/x/crypto v0.21.0/go.mod h1:0BP7YvVV9gBbVKyeTG0Gjn+gZm94bYVQaoMU2goM4sX=
''')

add("markdown/decoy-jwt-docs", "bikherkrayz/site/docs/api-auth.md", "https://datatracker.ietf.org/doc/html/rfc7519", r'''
# katalog API — authentication / אויטענטיפֿיקאַציע

Staff tokens are issued in the admin (Profile → API token). Send them as:

    Authorization: Token <your-40-character-token>

Example response of `/api/v1/whoami` (the token itself is never echoed):

```json
{"user": "leye", "scopes": ["read", "import"], "token_last4": "9f3c", "expires": "2025-06-30"}
```

Rotate a token: Admin → Profile → "Nay token". The old one stops working at once.
''')

add("txt/decoy-wifi-guest-sign", "bakery/mendls/store/guest-wifi-sign.txt", "https://www.wi-fi.org/discover-wi-fi/security", r'''
==================================
  Mendl's Heymishe Bekeray
  מענדלס היימישע בעקערײַ
==================================
 Guest Wi-Fi:  Mendls-Gast
 Password:     ask at the counter / fregt bay der kase
 Closed Shabbos & Yom Tov
==================================
''')

