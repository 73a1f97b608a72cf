"""Blind set OU: a Maiduguri gum-arabic exporter and a Kano solar cold-storage rental app.

The exporter (Kanem Acacia Gum Exports Ltd, Maiduguri: grading store, buyers in Europe and Asia,
shipping through Lagos/Apapa, mobile-money payments to pickers' cooperatives) and the cold-storage
app (SanyiBox: solar-powered cold rooms rented by the crate to traders at Kasuwar Yankaba,
Dawanau and Monday Market; USSD, SMS, Paystack/Flutterwave, IoT controllers over MQTT), with
comments and notes partly in Hausa and Kanuri, mixed with English as the teams write.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 9330000-9339999).
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
SEED_LO, SEED_HI = 9330000, 9339999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Karo", "Gawo", "Kasuwa", "Sanyi", "Tumatir", "Albasa", "Kanem", "Chad", "Sahel", "Rana",
         "Dawanau", "Yankaba", "Borno", "Kano", "Zuma", "Mangwaro", "Alkama", "Shinkafa", "Gwari", "Kyari"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?@") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def paystack(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def flw_secret() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def flw_enc() -> str:
    return "FLWSECK" + hexs(12)


def termii() -> str:
    return mixed(58, "TL")


def at_key() -> str:
    return "atsk_" + hexs(64)


def twilio_token() -> str:
    return hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailgun() -> str:
    return "key-" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def meta_token() -> str:
    return mixed(180, "EAA")


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def expo_tok() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


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
    CASES.append(LabelledCase("blind-ou/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- SanyiBox: payments and backend

add("python/paystack-live", "sanyibox/api/payments/paystack.py", "https://paystack.com/docs/api/authentication/", r'''
"""Biyan kudin haya na akwatin sanyi ta Paystack (rental payments)."""
import requests

# TODO(aminu): a mayar da wannan zuwa .env kafin mu tura — na wucin gadi ne
PAYSTACK_SECRET = "@@s@@"
BASE = "https://api.paystack.co"


def init_rental_payment(email, kobo, crate_id):
    r = requests.post(
        f"{BASE}/transaction/initialize",
        headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"},
        json={"email": email, "amount": kobo, "metadata": {"crate": crate_id}},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["data"]["authorization_url"]
''', paystack())

add("python/decoy-paystack-env", "sanyibox/api/payments/paystack_verify.py", "https://paystack.com/docs/payments/verify-payments/", r'''
"""Tabbatar da biya (verify). Mabuɗin yana cikin muhalli, ba a nan ba."""
import hashlib
import hmac
import os

PAYSTACK_SECRET = os.environ["PAYSTACK_SECRET_KEY"]


def signature_ok(raw_body: bytes, header_sig: str) -> bool:
    # Paystack na sa hannu da HMAC-SHA512 na jikin sakon
    digest = hmac.new(PAYSTACK_SECRET.encode(), raw_body, hashlib.sha512).hexdigest()
    return hmac.compare_digest(digest, header_sig)
''')

add("env/flutterwave-secret", "sanyibox/api/.env.production", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
# SanyiBox API — production (Kano)
DJANGO_SETTINGS_MODULE=sanyibox.settings.prod
ALLOWED_HOSTS=api.sanyibox.ng
DATABASE_URL=postgres://sanyibox@10.20.0.5:5432/sanyibox
FLW_PUBLIC_KEY=FLWPUBK-@@pub@@-X
FLW_SECRET_KEY=@@s@@
FLW_REDIRECT=https://app.sanyibox.ng/biya/an-gama
SMS_SENDER=SanyiBox
''', flw_secret(), pub=hexs(32))

add("env/decoy-flutterwave-example", "sanyibox/api/.env.example", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
# Kwafi wannan zuwa .env sannan ka cika (copy to .env and fill in)
DJANGO_SETTINGS_MODULE=sanyibox.settings.dev
DATABASE_URL=postgres://sanyibox:sanyibox@localhost:5432/sanyibox
FLW_PUBLIC_KEY=FLWPUBK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
FLW_ENCRYPTION_KEY=
PAYSTACK_SECRET_KEY=sk_test_<ka-sa-naka>
TERMII_API_KEY=<termii key daga dashboard>
''')

add("typescript/flutterwave-encryption", "sanyibox/web/src/lib/flw.ts", "https://developer.flutterwave.com/docs/encryption", r'''
// Flutterwave card charge encryption (3DES). Aisha: we need this for direct charge only
import crypto from "crypto";

const FLW_ENCRYPTION_KEY = "@@s@@";

export function encryptPayload(payload: Record<string, unknown>): string {
  const cipher = crypto.createCipheriv("des-ede3", Buffer.from(FLW_ENCRYPTION_KEY), null);
  const text = JSON.stringify(payload);
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("base64");
}
''', flw_enc())

add("python/termii-sms", "sanyibox/api/notify/sms.py", "https://developers.termii.com/messaging-api", r'''
import requests

TERMII_KEY = "@@s@@"  # kada a raba wannan (don't share)


def tura_sako(phone: str, text: str) -> dict:
    """Tura SMS ga dan kasuwa: 'Akwatinka #12 ya kusa karewa'."""
    body = {
        "to": phone, "from": "SanyiBox", "sms": text,
        "type": "plain", "channel": "dnd", "api_key": TERMII_KEY,
    }
    return requests.post("https://api.ng.termii.com/api/sms/send", json=body, timeout=15).json()
''', termii())

add("python/africastalking-ussd", "sanyibox/ussd/app.py", "https://developers.africastalking.com/docs/authentication", r'''
"""USSD *347*88# — haya akwatin sanyi ba tare da smartphone ba."""
import africastalking
from flask import Flask, request

app = Flask(__name__)
africastalking.initialize(username="sanyibox", api_key="@@s@@")
sms = africastalking.SMS


@app.post("/ussd")
def ussd():
    text = request.form.get("text", "")
    if text == "":
        return "CON Barka da zuwa SanyiBox\n1. Haya akwati\n2. Duba lokaci\n3. Biya"
    if text == "1":
        return "CON Kasuwa?\n1. Yankaba\n2. Dawanau\n3. Monday Market (Maiduguri)"
    return "END Mun gode. Za mu tura maka SMS."
''', at_key())

add("python/decoy-africastalking-sandbox", "sanyibox/ussd/tests/test_menu.py", "https://developers.africastalking.com/docs/ussd/overview", r'''
import pytest

from ussd.app import app

# sandbox kawai — babu mabuɗi na gaske a nan
FAKE_SESSION = "ATUid_0000000000000000000000000000"


@pytest.fixture
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_first_screen(client):
    r = client.post("/ussd", data={"sessionId": FAKE_SESSION, "phoneNumber": "+2348000000000", "text": ""})
    assert r.data.startswith(b"CON Barka")
''')

add("django/secret-key", "sanyibox/api/sanyibox/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.sanyibox.ng", "admin.sanyibox.ng"]

# Nasiru: na sa shi a nan saboda server ta Kano ba ta karanta .env ba. A gyara!
SECRET_KEY = "@@s@@"

CSRF_TRUSTED_ORIGINS = ["https://admin.sanyibox.ng"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TIME_ZONE = "Africa/Lagos"
LANGUAGE_CODE = "ha"
''', fakes.django_secret_key(_seed()))

add("django/decoy-secret-from-env", "sanyibox/api/sanyibox/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
PAYSTACK_SECRET_KEY = env("PAYSTACK_SECRET_KEY", default="")
FLW_SECRET_KEY = env("FLW_SECRET_KEY", default="")
TERMII_API_KEY = os.getenv("TERMII_API_KEY")
LANGUAGES = [("ha", "Hausa"), ("kr", "Kanuri"), ("en", "English")]
''')

_pw = words_pw()
add("yaml/k8s-secret-db", "sanyibox/deploy/k8s/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: sanyibox-db
  namespace: sanyibox
  labels:
    app: sanyibox-api
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@u@@
''', _pw, u=b64("sanyibox"), p=b64(_pw))

add("yaml/decoy-k8s-external-secret", "sanyibox/deploy/k8s/paystack-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sanyibox-payments
  namespace: sanyibox
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: sanyibox-payments
  data:
    - secretKey: PAYSTACK_SECRET_KEY
      remoteRef:
        key: prod/sanyibox/paystack
        property: secret_key
    - secretKey: FLW_SECRET_KEY
      remoteRef:
        key: prod/sanyibox/flutterwave
        property: secret_key
''')

add("yaml/compose-postgres-password", "sanyibox/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sanyibox
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: sanyibox
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    depends_on: [db]
    ports: ["8000:8000"]
    env_file: ./api/.env
volumes:
  pgdata: {}
''', fakes.password(_seed()))

add("yaml/decoy-compose-secrets-file", "sanyibox/docker-compose.staging.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sanyibox
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  redis:
    image: redis:7-alpine
    command: ["sh", "-c", "redis-server --requirepass \"$$(cat /run/secrets/redis_password)\""]
    secrets: [redis_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
  redis_password:
    file: ./secrets/redis_password.txt
''')

add("js/firebase-admin-key", "sanyibox/functions/serviceAccount.js", "https://firebase.google.com/docs/admin/setup", r'''
// Zainab: na kwafo daga console saboda emulator bai aiki ba. KADA A TURA!!
module.exports = {
  type: "service_account",
  project_id: "sanyibox-kano",
  private_key_id: "@@kid@@",
  private_key: "@@s@@",
  client_email: "firebase-adminsdk-x1k2q@sanyibox-kano.iam.gserviceaccount.com",
  client_id: "@@cid@@",
  token_uri: "https://oauth2.googleapis.com/token",
};
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("js/decoy-firebase-web-config", "sanyibox/web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", r'''
// Firebase web config — wannan ba sirri ba ne (public identifiers, restricted by domain)
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  authDomain: "sanyibox-kano.firebaseapp.com",
  projectId: "sanyibox-kano",
  storageBucket: "sanyibox-kano.appspot.com",
  messagingSenderId: "@@sid@@",
  appId: "1:@@sid@@:web:@@app@@",
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
};

export const app = initializeApp(firebaseConfig);
''', sid=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("kotlin/google-maps-key", "sanyibox/android/app/src/main/java/ng/sanyibox/map/MarketMap.kt", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
package ng.sanyibox.map

import com.google.android.libraries.places.api.Places
import android.content.Context

// Taswirar kasuwanni: Yankaba, Dawanau, Kantin Kwari, Monday Market
object MarketMap {
    private const val PLACES_KEY = "@@s@@"

    fun init(ctx: Context) {
        if (!Places.isInitialized()) Places.initialize(ctx.applicationContext, PLACES_KEY)
    }
}
''', google_api())

add("xml/decoy-android-manifest-placeholder", "sanyibox/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:label="SanyiBox"
        android:icon="@mipmap/ic_launcher">
        <!-- an saka key daga local.properties ta secrets-gradle-plugin -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("properties/android-keystore-password", "sanyibox/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Sa hannun manhaja (release signing) — Abdullahi ne kadai ya kamata ya rike wannan
storeFile=../keys/sanyibox-release.jks
storePassword=@@s@@
keyAlias=sanyibox
keyPassword=@@s@@
''', words_pw())

add("properties/decoy-gradle-env", "sanyibox/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# signing: CI na saka su daga GitHub secrets
SANYIBOX_STORE_PASSWORD=
SANYIBOX_KEY_PASSWORD=
SANYIBOX_KEY_ALIAS=sanyibox
''')

add("yaml/github-actions-expo-token", "sanyibox/.github/workflows/mobile.yml", "https://docs.expo.dev/accounts/programmatic-access/", r'''
name: mobile-build
on:
  push:
    branches: [main]
jobs:
  eas:
    runs-on: ubuntu-latest
    env:
      # TODO: matsar zuwa secrets.EXPO_TOKEN — Sani
      EXPO_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npx eas-cli build --platform android --non-interactive
''', expo_tok())

add("yaml/decoy-github-actions-secrets", "sanyibox/.github/workflows/api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: api-deploy
on:
  push:
    branches: [main]
    paths: ["api/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: sanyibox
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - run: docker build -t sanyibox/api:${{ github.sha }} api
      - run: docker push sanyibox/api:${{ github.sha }}
      - name: Sanar a Slack
        run: curl -X POST -d '{"text":"An tura API"}' "${{ secrets.SLACK_DEPLOY_WEBHOOK }}"
''')

add("shell/docker-login-pat", "sanyibox/scripts/push_images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
#!/usr/bin/env bash
# Tura images zuwa Docker Hub (idan CI ya lalace)
set -euo pipefail
TAG=${1:-latest}
echo "@@s@@" | docker login -u sanyibox --password-stdin
for svc in api ussd worker; do
  docker build -t "sanyibox/$svc:$TAG" "./$svc"
  docker push "sanyibox/$svc:$TAG"
done
''', docker_pat())

add("python/mqtt-controller-password", "sanyibox/iot/gateway/bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Gada tsakanin na'urorin sanyi (ESP32) da API. Bridge cold-room controllers -> API."""
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.sanyibox.ng"
client = mqtt.Client(client_id="gateway-yankaba-01")
client.username_pw_set("gateway", "@@s@@")
client.tls_set()


def on_message(_c, _u, msg):
    reading = json.loads(msg.payload)
    # zafin daki (°C) da cajin batir
    print(msg.topic, reading.get("temp_c"), reading.get("battery_pct"))


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("sanyi/+/telemetry")
client.loop_forever()
''', fakes.redis_password(_seed()))

add("cpp/esp32-wifi-mqtt", "sanyibox/iot/firmware/src/config.h", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r'''
#pragma once
// Saitin na'ura: dakin sanyi #3, Kasuwar Dawanau
#define DEVICE_ID      "dawanau-03"
#define WIFI_SSID      "Dawanau-Solar"
#define WIFI_PASS      "@@s@@"
#define MQTT_HOST      "mqtt.sanyibox.ng"
#define MQTT_PORT      8883
#define TEMP_MAX_C     6.0f   // idan ya wuce, a aika gargadi
''', words_pw())

add("cpp/decoy-esp32-secrets-template", "sanyibox/iot/firmware/src/secrets.example.h", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r'''
#pragma once
// Kwafi zuwa secrets.h (git ya yi watsi da shi) sannan ka cika
#define WIFI_SSID   "your-ssid"
#define WIFI_PASS   "your-wifi-password"
#define MQTT_USER   "device-id-here"
#define MQTT_PASS   "CHANGE_ME"
''')

add("conf/decoy-mosquitto-passwd-hash", "sanyibox/iot/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
gateway:$7$101$@@salt1@@==$@@h1@@==
dawanau-03:$7$101$@@salt2@@==$@@h2@@==
yankaba-01:$7$101$@@salt3@@==$@@h3@@==
monday-mkt-02:$7$101$@@salt4@@==$@@h4@@==
grafana:$7$101$@@salt5@@==$@@h5@@==
''', salt1=rnd(14, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/"), salt2=rnd(14, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/"),
    salt3=rnd(14, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/"), salt4=rnd(14, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/"),
    salt5=rnd(14, ALNUM + "+/"), h5=rnd(86, ALNUM + "+/"))

add("ini/grafana-admin-password", "sanyibox/iot/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", r'''
[server]
domain = dash.sanyibox.ng
root_url = https://dash.sanyibox.ng/

[security]
admin_user = admin
; Bulama ya canza wannan bayan taron Litinin
admin_password = @@s@@

[auth.anonymous]
enabled = false
''', words_pw())

add("json/grafana-sa-token", "sanyibox/iot/grafana/provisioning/export-job.json", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
{
  "job": "nightly-dashboard-export",
  "grafana_url": "https://dash.sanyibox.ng",
  "token": "@@s@@",
  "dashboards": ["zafin-dakuna", "batir-da-rana", "haya-kowace-rana"],
  "out_dir": "/srv/backups/grafana"
}
''', grafana_sa())

add("env/victron-vrm-token", "sanyibox/iot/solar/.env", "https://vrm-api-docs.victronenergy.com/", r'''
# Victron VRM — bayanan hasken rana (solar yield) na dakunan sanyi
VRM_INSTALLATION_IDS=@@i1@@,@@i2@@
VRM_ACCESS_TOKEN=@@s@@
POLL_MINUTES=10
# Bukar: idan batir ya kasa 30%, a kashe akwati na biyu
BATTERY_LOW_PCT=30
''', hexs(64), i1=str(_rng().randint(100000, 999999)), i2=str(_rng().randint(100000, 999999)))

add("python/decoy-victron-keyring", "sanyibox/iot/solar/vrm_poll.py", "https://vrm-api-docs.victronenergy.com/", r'''
import keyring
import requests

TOKEN = keyring.get_password("vrm", "sanyibox-ops")
INSTALLATIONS = [@@i1@@, @@i2@@]  # Yankaba, Dawanau

for site in INSTALLATIONS:
    r = requests.get(
        f"https://vrmapi.victronenergy.com/v2/installations/{site}/stats",
        headers={"X-Authorization": f"Token {TOKEN}"},
        params={"type": "kwh", "interval": "days"},
        timeout=30,
    )
    print(site, r.json().get("totals"))
''', i1=str(_rng().randint(100000, 999999)), i2=str(_rng().randint(100000, 999999)))

add("yaml/redis-url-celery", "sanyibox/api/config/celery.yml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# Ayyukan baya (background): tunatarwar haya, rahoton kowace rana
broker_url: "redis://:@@s@@@redis.internal.sanyibox.ng:6379/0"
result_backend: "redis://:@@s@@@redis.internal.sanyibox.ng:6379/1"
timezone: Africa/Lagos
beat_schedule:
  tunatarwa-haya:
    task: rentals.tasks.remind_expiring
    schedule: 3600
''', fakes.redis_password(_seed()))

add("python/decoy-redis-settings-env", "sanyibox/api/rentals/tasks.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
import os

from celery import Celery

app = Celery("sanyibox", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))


@app.task
def remind_expiring():
    from rentals.models import Rental
    for r in Rental.objects.expiring_within(hours=6):
        r.trader.sms(f"Sannu {r.trader.first_name}, hayar akwati #{r.crate_no} za ta kare nan da awa 6.")
''')

add("sql/decoy-seed-fixture-users", "sanyibox/api/fixtures/dev_seed.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- Bayanan gwaji kawai (dev seed). Kalmomin sirri hash ne na "password123" don gwaji.
INSERT INTO accounts_user (phone, first_name, market, password) VALUES
  ('+2348000000001', 'Hauwa', 'Yankaba', 'pbkdf2_sha256$600000$@@s1@@$@@h1@@='),
  ('+2348000000002', 'Bukar', 'Monday Market', 'pbkdf2_sha256$600000$@@s2@@$@@h2@@='),
  ('+2348000000003', 'Ladi', 'Dawanau', 'pbkdf2_sha256$600000$@@s3@@$@@h3@@=');
''', s1=rnd(22), h1=rnd(43, ALNUM + "+/"), s2=rnd(22), h2=rnd(43, ALNUM + "+/"), s3=rnd(22), h3=rnd(43, ALNUM + "+/"))

add("sql/postgres-create-role", "sanyibox/api/migrations/sql/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Role na karanta rahotanni ga Metabase (read-only)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE sanyibox TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
''', fakes.password(_seed()))

add("json/whatsapp-cloud-token", "sanyibox/bots/whatsapp/config.json", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
{
  "phone_number_id": "@@pid@@",
  "business_account_id": "@@bid@@",
  "access_token": "@@s@@",
  "verify_token_env": "WA_VERIFY_TOKEN",
  "templates": {"haya_ta_kare": "ha", "payment_received": "en"}
}
''', meta_token(), pid=str(_rng().randint(10**14, 10**15)), bid=str(_rng().randint(10**14, 10**15)))

add("markdown/decoy-whatsapp-readme", "sanyibox/bots/whatsapp/README.md", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# Bot na WhatsApp (SanyiBox)

'Yan kasuwa suna iya duba akwatinsu ta WhatsApp: "duba 12" ko "biya 12".

## Saiti
1. Karbi token na dindindin daga Meta Business (System User) — **kar ka sa shi a git**.
2. `export WA_TOKEN=EAAG...` a kan server kadai (example: `EAAG<token>`).
3. `WA_VERIFY_TOKEN` duk wani rubutu ne da kuka zaba; a sa a webhook settings.

Phone number ID da business ID ba sirri ba ne, suna cikin `config.json`.
''')

# ---------------------------------------------------------------- Kanem Acacia Gum Exports: office and ERP

add("ini/odoo-admin-passwd", "kanemgum/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Odoo na ofishin Maiduguri (kaya, takardun fitarwa, albashi)
admin_passwd = @@s@@
db_host = 127.0.0.1
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/kanemgum/addons
proxy_mode = True
workers = 4
''', words_pw())

add("python/odoo-xmlrpc-password", "kanemgum/scripts/sync_lots.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html", r'''
"""Daidaita lambobin buhu (lot numbers) daga rumbun ajiya zuwa Odoo.
Grade 1 (hand-picked selected, HPS) / Grade 2 / siftings."""
import xmlrpc.client

URL = "https://erp.kanemgum.com"
DB = "kanemgum"
USER = "modu.kyari@kanemgum.com"
PASSWORD = "@@s@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PASSWORD, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
lots = models.execute_kw(DB, uid, PASSWORD, "stock.lot", "search_read",
                         [[["product_id.default_code", "like", "GA-"]]], {"fields": ["name", "product_qty"]})
for lot in lots:
    print(lot["name"], lot["product_qty"], "kg")
''', fakes.password(_seed()))

add("python/decoy-odoo-api-key-prompt", "kanemgum/scripts/export_invoices.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html#api-keys", r'''
import getpass
import os
import xmlrpc.client

URL = "https://erp.kanemgum.com"
DB = "kanemgum"
USER = os.environ.get("ODOO_USER", "accounts@kanemgum.com")
KEY = os.environ.get("ODOO_API_KEY") or getpass.getpass("Odoo API key: ")

uid = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common").authenticate(DB, USER, KEY, {})
print("an shiga" if uid else "an kasa shiga")
''')

add("env/smtp-password", "kanemgum/portal/.env", "https://support.google.com/a/answer/176600", r'''
# Buyer portal (Hamburg, Marseille, Mumbai buyers see lot certificates here)
PORTAL_URL=https://buyers.kanemgum.com
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=exports@kanemgum.com
MAIL_PASSWORD=@@s@@
MAIL_FROM="Kanem Acacia Gum Exports <exports@kanemgum.com>"
''', rnd(16, string.ascii_lowercase))

add("php/laravel-env-mysql", "kanemgum/portal/config/database.local.php", "https://laravel.com/docs/11.x/database#configuration", r'''
<?php
// Zannah: local override — na manta ban cire ba
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => 'db.kanemgum.internal',
            'database' => 'buyers_portal',
            'username' => 'portal',
            'password' => '@@s@@',
            'charset' => 'utf8mb4',
        ],
    ],
];
''', words_pw())

add("php/decoy-laravel-config-env", "kanemgum/portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.kanemgum.com'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'dhl' => [
        'key' => env('DHL_API_KEY'),
        'secret' => env('DHL_API_SECRET'),
        'account' => env('DHL_ACCOUNT_NUMBER'),
    ],
];
''')

add("env/mailgun-key", "kanemgum/portal/.env.staging", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
APP_ENV=staging
APP_URL=https://staging.buyers.kanemgum.com
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.kanemgum.com
MAILGUN_SECRET=@@s@@
MAILGUN_ENDPOINT=api.eu.mailgun.net
''', mailgun())

add("python/dhl-express-credentials", "kanemgum/shipping/dhl_samples.py", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", r'''
"""Samfurin karo (gum samples, 500 g) zuwa masu saye ta DHL Express.
Sample parcels to buyers: Grade 1 kibbled, Grade 2 cleaned."""
import base64

import requests

DHL_USER = "kanemgumNG"
DHL_PASS = "@@s@@"
AUTH = base64.b64encode(f"{DHL_USER}:{DHL_PASS}".encode()).decode()


def rate(weight_kg: float, country: str):
    return requests.get(
        "https://express.api.dhl.com/mydhlapi/rates",
        headers={"Authorization": f"Basic {AUTH}"},
        params={"accountNumber": "@@acct@@", "originCountryCode": "NG", "originCityName": "Maiduguri",
                "destinationCountryCode": country, "weight": weight_kg},
        timeout=30,
    ).json()
''', mixed(16), acct=str(_rng().randint(10**8, 10**9)))

add("yaml/maersk-consumer-key", "kanemgum/shipping/maersk.yaml", "https://developer.maersk.com/support/authentication", r'''
# Maersk API — bin diddigin kwantena daga Apapa (container tracking)
base_url: https://api.maersk.com
consumer_key: @@s@@
customer_code: "@@cc@@"
watch:
  - booking: "@@b1@@"   # 2x40' — Grade 1 HPS, Hamburg
  - booking: "@@b2@@"   # 1x20' — siftings, Mumbai
''', mixed(32), cc=str(_rng().randint(10**9, 10**10)), b1=str(_rng().randint(10**8, 10**9)), b2=str(_rng().randint(10**8, 10**9)))

add("csv/decoy-container-tracking", "kanemgum/shipping/containers_2024Q3.csv", "https://www.bic-code.org/", r'''
container_no,seal_no,booking,grade,net_kg,vessel,etd_apapa,port_of_discharge,status
MSKU@@c1@@,NG@@s1@@,@@b1@@,HPS-1,21600,MAERSK ADRIATIC,2024-07-14,Hamburg,delivered
MRKU@@c2@@,NG@@s2@@,@@b2@@,Kibbled-2,20000,MAERSK ADRIATIC,2024-07-14,Marseille,delivered
TCNU@@c3@@,NG@@s3@@,@@b3@@,Siftings,24000,MSC AMALFI,2024-08-30,Nhava Sheva,in transit
MSKU@@c4@@,NG@@s4@@,@@b3@@,HPS-1,21600,MSC AMALFI,2024-08-30,Hamburg,in transit
''', c1=rnd(7, string.digits), c2=rnd(7, string.digits), c3=rnd(7, string.digits), s1=rnd(7, string.digits),
    s2=rnd(7, string.digits), s3=rnd(7, string.digits), b1=rnd(9, string.digits), b2=rnd(9, string.digits), b3=rnd(9, string.digits), c4=rnd(7, string.digits), s4=rnd(7, string.digits))

add("ssh/openssh-private-key", "kanemgum/ops/keys/sftp_forwarder_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-public-key", "kanemgum/ops/keys/sftp_forwarder_ed25519.pub", "https://man.openbsd.org/ssh-keygen", r'''
# Makullin jama'a (public key) — an ba forwarder don SFTP
# Fingerprint: SHA256:@@fp@@
# An kirkira: 2024-07-16, Modu Kyari
# Private key yana kan laptop din Modu kadai (ba a git ba)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ modu@kanemgum-maiduguri
''', k=rnd(43, ALNUM + "+/"), fp=rnd(43, ALNUM + "+/"))

_pw = words_pw()
add("xml/filezilla-sitemanager", "kanemgum/ops/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.apapa-forwarders.com.ng</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>kanemgum</User>
            <Pass encoding="base64">@@p@@</Pass>
            <Logontype>1</Logontype>
            <Name>Apapa forwarder (takardun jigila)</Name>
        </Server>
    </Servers>
</FileZilla3>
''', _pw, p=b64(_pw))

add("netrc/forwarder-ftp", "kanemgum/ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
# forwarder na Apapa — takardun jigila (B/L, phyto, CoO)
machine ftp.apapa-forwarders.com.ng
  login kanemgum
  password @@s@@
macdef init
binary

''', fakes.password(_seed()))

add("text/decoy-netrc-howto", "kanemgum/ops/docs/ftp-backup.txt", "https://everything.curl.dev/usingcurl/netrc.html", r'''
Yadda ake ajiye takardu (backup) zuwa FTP na forwarder
------------------------------------------------------
1. Ka kirkiri ~/.netrc a kan kwamfutarka (chmod 600):
     machine ftp.apapa-forwarders.com.ng
       login kanemgum
       password <ka tambayi Malam Modu>
2. curl --netrc -T BL_draft.pdf ftp://ftp.apapa-forwarders.com.ng/inbox/
3. Kada ka sa kalmar sirri a wannan takarda ko a WhatsApp group.
''')

add("pgpass/postgres", "kanemgum/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass  (chmod 600!)
# host:port:database:user:password
# Odoo DB na ofishin Maiduguri — don pg_dump na dare
db.kanemgum.internal:5432:odoo_kanemgum:odoo:@@s@@
# (replica ba ta bukatar password — peer auth)
''', fakes.password(_seed()))

add("ini/rclone-b2", "kanemgum/ops/rclone/rclone.conf", "https://rclone.org/b2/", r'''
[ajiya-b2]
type = b2
account = 005@@acct@@0000000001
key = @@s@@
hard_delete = false

[google-drive]
type = drive
scope = drive.readonly
''', "K005" + mixed(27), acct=hexs(11))

add("conf/wireguard-private-key", "kanemgum/ops/wireguard/wg-maiduguri.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN tsakanin ofishin Maiduguri da rumbun Kano
[Interface]
Address = 10.88.0.2/24
PrivateKey = @@s@@
ListenPort = 51820
DNS = 10.88.0.1

[Peer]
# Kano warehouse
PublicKey = @@pub@@
Endpoint = kano-wh.kanemgum.com:51820
AllowedIPs = 10.88.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-public-only", "kanemgum/ops/wireguard/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (public keys kawai — public keys only)

| Wuri            | Address     | PublicKey                                    |
|-----------------|-------------|----------------------------------------------|
| Maiduguri ofis  | 10.88.0.2   | @@p1@@ |
| Kano rumbu      | 10.88.0.1   | @@p2@@ |
| Laptop Fatima   | 10.88.0.10  | @@p3@@ |

Private keys suna kan kowace na'ura a /etc/wireguard, ba a git ba.
''', p1=wg_key(), p2=wg_key(), p3=wg_key())

add("terraform/aws-keys-provider", "kanemgum/infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r'''
# S3 na takardun fitarwa: phytosanitary, certificate of origin, lab analysis
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "takardu" {
  bucket = "kanemgum-export-docs"
  tags = {
    owner = "ofishin-maiduguri"
  }
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-tfvars-vault", "kanemgum/infra/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables", r'''
region        = "eu-west-1"
bucket_name   = "kanemgum-export-docs"
kms_key_alias = "alias/kanemgum-docs"
# kalmomin sirri: daga Vault (vault kv get secret/kanemgum/infra)
db_password_path = "secret/data/kanemgum/infra#db_password"
allowed_cidrs = ["102.89.0.0/16", "105.112.0.0/16"]
''')

add("ini/aws-credentials", "kanemgum/ops/dotfiles/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = eu-west-1

[kanemgum-docs]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "kanemgum/ops/dotfiles/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile kanemgum-admin]
sso_session = kanemgum
sso_account_id = @@acct@@
sso_role_name = AdministratorAccess
region = eu-west-1

[sso-session kanemgum]
sso_start_url = https://kanemgum.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', acct=rnd(12, string.digits))

add("python/s3-session-token", "kanemgum/scripts/upload_phyto.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", r'''
"""Dora takardar phytosanitary zuwa S3 (temporary creds na awa 12 daga Fatima)."""
import sys

import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@s@@",
    aws_session_token="@@tok@@",
    region_name="eu-west-1",
)
s3 = session.client("s3")
for path in sys.argv[1:]:
    s3.upload_file(path, "kanemgum-export-docs", f"phyto/2024/{path.rsplit('/', 1)[-1]}")
    print("an dora:", path)
''', fakes.aws_secret_key(_seed()), kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), tok=fakes.aws_session_token(_seed()))

# ---------------------------------------------------------------- notes, chats, mail, histories

add("chat/whatsapp-export-router-password", "kanemgum/notes/WhatsApp Chat with Ofis Maiduguri.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/03/2024, 08:14 - Modu Kyari: Salam. Intanet na ofis ya dawo?
12/03/2024, 08:15 - Fatima Mustapha: Wushe! MTN router ya sake farawa. Na canza kalmar sirri ta wifi
12/03/2024, 08:15 - Fatima Mustapha: KanemGum-Ofis / @@s@@
12/03/2024, 08:17 - Modu Kyari: Nagode. Zan gaya wa Bulama da masu auna buhu
12/03/2024, 08:40 - Bulama Zannah: Buhu 340 na Grade 2 sun iso daga Damasak
12/03/2024, 08:41 - Modu Kyari: Alhamdulillah 🙏 a auna su kafin Zuhr
''', words_pw())

add("chat/decoy-whatsapp-export-otp", "kanemgum/notes/WhatsApp Chat with Lab Kano.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03/04/2024, 10:02 - Dr. Hauwa (Lab): Sakamakon gwajin lot GA-24-117 ya fito
03/04/2024, 10:02 - Dr. Hauwa (Lab): Moisture 12.1%, ash 3.2%, viscosity ok. Optical rotation -30°
03/04/2024, 10:05 - Modu Kyari: Madalla. A tura PDF ta email
03/04/2024, 10:07 - Dr. Hauwa (Lab): Na tura. Portal ta ce code din shiga ya kare, sabon code zai zo ta SMS
03/04/2024, 10:09 - Modu Kyari: Ok ya zo, na shiga. (code na sau daya ne, ya riga ya wuce)
03/04/2024, 10:10 - Dr. Hauwa (Lab): 👍
''')

add("markdown/notes-bank-api", "kanemgum/notes/taron-banki-2024-05.md", "https://docs.mono.co/docs/financial-data/authentication", r'''
# Taro da banki — 14 May 2024

Mun halarta: Modu, Fatima, Abdulkadir (bank RM)

- Za mu yi amfani da Mono don karanta bayanan asusu (domiciliary USD) kai tsaye zuwa Odoo.
- Mono live secret key (Fatima ta karba a ranar): `@@s@@`
- Sai mun saka shi a Vault — Modu zai yi wannan mako mai zuwa.
- NXP forms: bank na son kwafin proforma da CCI kafin a fitar da kaya.

## Ayyuka
- [ ] Fatima: webhook na Mono zuwa erp.kanemgum.com
- [ ] Modu: a cire key daga wannan takarda bayan an saka a Vault
''', mixed(20, "live_sk_"))

add("markdown/decoy-notes-rotated", "kanemgum/notes/taron-tsaro-2024-06.md", "https://docs.github.com/en/code-security/secret-scanning", r'''
# Tsaron bayanai — 02 June 2024

- An gano cewa key na Mono yana cikin takardar taron banki a git. **An soke shi** (revoked) a ranar 01/06 kuma an sa sabo a Vault (`secret/kanemgum/mono`).
- Daga yanzu: kowace kalmar sirri tana cikin Bitwarden (collection "Kanem Gum — Ofis").
- Gitleaks zai rika gudana a pre-commit. (Bulama ya saka)
- Fingerprint na tsohon key (SHA-256, domin audit): `@@fp@@`
''', fp=hexs(64))

add("email/eml-sftp-credentials", "kanemgum/notes/mail/Re_ SFTP access for documents.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: "Chinedu Okafor" <ops@apapa-forwarders.com.ng>
To: "Modu Kyari" <modu.kyari@kanemgum.com>
Subject: Re: SFTP access for documents
Date: Tue, 16 Jul 2024 09:12:44 +0100
Content-Type: text/plain; charset="utf-8"

Dear Modu,

Your SFTP account for uploading shipping documents (draft B/L, phyto, CoO, packing list) is ready:

  Host: sftp.apapa-forwarders.com.ng  Port: 22
  User: kanemgum_docs
  Password: @@s@@

Please change it after first login. Container MSKU booking for the 14th is confirmed.

Regards,
Chinedu
''', fakes.password(_seed()))

add("email/decoy-eml-reset-link-expired", "kanemgum/notes/mail/Your password was changed.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: "Zoho Books" <noreply@zohobooks.com>
To: accounts@kanemgum.com
Subject: Your password was changed
Date: Mon, 05 Aug 2024 17:03:11 +0000
Content-Type: text/plain; charset="utf-8"

Hello Fatima,

The password for your Zoho Books organization "Kanem Acacia Gum Exports Ltd" was changed on
05 Aug 2024 at 17:02 (WAT) from Maiduguri, Nigeria (IP 102.89.x.x).

If this wasn't you, reset it here: https://accounts.zoho.com/password (link valid 24h).
Reference: @@ref@@
''', ref=uuid_s())

add("shell/bash-history-mysql", "kanemgum/ops/dotfiles/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/command-line-options.html", r'''
cd /srv/portal
git pull
php artisan migrate --force
sudo systemctl restart php8.2-fpm
mysql -u portal -p'@@s@@' -h db.kanemgum.internal buyers_portal -e "select count(*) from lots;"
tail -n 50 storage/logs/laravel.log
df -h
exit
''', words_pw())

add("shell/decoy-bash-history-read-p", "kanemgum/ops/dotfiles/.bash_history.old", "https://www.gnu.org/software/bash/manual/bash.html#Bash-History-Facilities", r'''
sudo apt update && sudo apt upgrade -y
read -s -p "DB password: " PGPASSWORD; export PGPASSWORD
pg_dump -h db.kanemgum.internal -U odoo odoo_kanemgum | gzip > /srv/backup/odoo-$(date +%F).sql.gz
unset PGPASSWORD
ls -lh /srv/backup | tail
sha256sum /srv/backup/odoo-2024-08-01.sql.gz
rclone copy /srv/backup ajiya-b2:kanemgum-backup
''')

add("powershell/history-sql-connection", "kanemgum/ops/windows/ConsoleHost_history.txt", "https://learn.microsoft.com/en-us/powershell/module/psreadline/about/about_psreadline", r'''
Get-Service MSSQL*
cd C:\Sage\Exports
Invoke-Sqlcmd -ServerInstance "SAGE-PC\SQLEXPRESS" -Database "KanemGum2024" -Username sa -Password "@@s@@" -Query "SELECT TOP 10 * FROM Invoices"
Export-Csv .\invoices.csv -NoTypeInformation
Copy-Item .\invoices.csv \\ofis-nas\akawu\
''', words_pw())

add("json/vscode-sqltools", "kanemgum/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "Odoo (Maiduguri)",
      "driver": "PostgreSQL",
      "server": "db.kanemgum.internal",
      "port": 5432,
      "database": "odoo_kanemgum",
      "username": "odoo",
      "password": "@@s@@"
    }
  ]
}
''', fakes.password(_seed()))

add("json/decoy-vscode-sqltools-ask", "sanyibox/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.tabSize": 2,
  "files.exclude": { "**/__pycache__": true },
  "sqltools.connections": [
    {
      "name": "SanyiBox prod (read-only)",
      "driver": "PostgreSQL",
      "server": "10.20.0.5",
      "port": 5432,
      "database": "sanyibox",
      "username": "metabase_ro",
      "askForPassword": true
    }
  ]
}
''')

add("xml/dbeaver-datasource", "kanemgum/.dbeaver/data-sources.json", "https://dbeaver.com/docs/dbeaver/Admin-Manage-Connections/", r'''
{
  "folders": {},
  "connections": {
    "postgres-jdbc-18f2": {
      "provider": "postgresql",
      "driver": "postgres-jdbc",
      "name": "Sanyibox replica (Kano)",
      "save-password": true,
      "configuration": {
        "host": "replica.sanyibox.ng",
        "port": "5432",
        "database": "sanyibox",
        "url": "jdbc:postgresql://replica.sanyibox.ng:5432/sanyibox",
        "user": "analyst",
        "password": "@@s@@",
        "type": "prod"
      }
    }
  }
}
''', words_pw())

add("log/app-log-connection-string", "sanyibox/api/logs/worker-2024-09-02.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
2024-09-02 06:00:01,112 INFO  celery.beat Scheduler: Sending due task tunatarwa-haya
2024-09-02 06:00:01,540 INFO  rentals.tasks 14 rentals expiring (Yankaba 9, Dawanau 5)
2024-09-02 06:00:03,905 ERROR db.pool could not connect: postgresql://sanyibox:@@s@@@10.20.0.5:5432/sanyibox (timeout 5s)
2024-09-02 06:00:08,907 WARN  db.pool retry 1/3
2024-09-02 06:00:09,310 INFO  db.pool connected
2024-09-02 06:00:12,001 INFO  notify.sms sent=14 failed=0 provider=termii
''', fakes.password(_seed()))

add("log/decoy-app-log-masked", "sanyibox/api/logs/api-2024-09-02.log", "https://docs.python.org/3/library/logging.html", r'''
2024-09-02 09:14:02,771 INFO  payments.paystack init rental=R-20931 amount=150000 kobo key=sk_live_****************************a91f
2024-09-02 09:14:03,020 INFO  payments.paystack authorization_url=https://checkout.paystack.com/@@ref@@
2024-09-02 09:15:40,118 INFO  payments.webhook charge.success ref=SBX-20931 signature=valid
2024-09-02 09:15:40,201 INFO  rentals crate=#12 market=Yankaba trader=+234803*****21 days=3
2024-09-02 09:20:11,902 WARN  iot.telemetry dawanau-03 temp_c=7.4 > 6.0 (gargadi an tura)
''', ref=rnd(15, string.ascii_lowercase + string.digits))

add("ipynb/notebook-google-sheets-key", "kanemgum/analysis/farashin_karo_2024.ipynb", "https://developers.google.com/sheets/api/guides/authorizing#APIKey", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Farashin karo (gum arabic prices) — Maiduguri vs Kano vs FOB Apapa\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "SHEET_ID = '1x@@sheet@@'\n",
    "API_KEY = '@@s@@'\n",
    "url = f'https://sheets.googleapis.com/v4/spreadsheets/{SHEET_ID}/values/Farashi!A1:F400?key={API_KEY}'\n",
    "df = pd.read_json(url)\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', google_api(), sheet=rnd(42, ALNUM + "-_"))

add("ipynb/decoy-notebook-hash-output", "kanemgum/analysis/lot_checksums.ipynb", "https://docs.python.org/3/library/hashlib.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream",
     "text": ["GA-24-117.pdf  @@h1@@\n", "GA-24-118.pdf  @@h2@@\n"]}
   ],
   "source": [
    "import hashlib, pathlib\n",
    "for p in sorted(pathlib.Path('lab').glob('*.pdf')):\n",
    "    print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', h1=hexs(64), h2=hexs(64))

# ---------------------------------------------------------------- SanyiBox: more services

add("python/twilio-auth-token", "sanyibox/api/notify/voice.py", "https://www.twilio.com/docs/iam/credentials/api", r'''
"""Kiran murya (voice call) ga 'yan kasuwa da ba sa karanta SMS — sakon Hausa da aka nada."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def kira(phone: str, crate_no: int):
    return client.calls.create(
        to=phone,
        from_="+15017122661",
        url=f"https://api.sanyibox.ng/voice/tunatarwa.xml?akwati={crate_no}",
    )
''', twilio_token(), sid=hexs(32))

add("python/decoy-twilio-test-creds", "sanyibox/api/notify/tests/test_voice.py", "https://www.twilio.com/docs/iam/test-credentials", r'''
from unittest import mock

from notify import voice

# Twilio magic test number; babu kira na gaske
TEST_TO = "+15005550006"


@mock.patch.object(voice.client.calls, "create")
def test_kira(create):
    voice.kira(TEST_TO, 12)
    _, kwargs = create.call_args
    assert kwargs["to"] == TEST_TO
    assert "akwati=12" in kwargs["url"]
''')

add("yaml/sentry-auth-token", "sanyibox/web/sentry-cli.yml", "https://docs.sentry.io/cli/configuration/", r'''
# sentry-cli — sourcemaps na web app
defaults:
  url: https://sentry.io/
  org: sanyibox
  project: sanyibox-web
auth:
  token: @@s@@
''', "sntrys_" + rnd(120, ALNUM + "_"))

add("js/decoy-sentry-dsn", "sanyibox/web/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/react";

// DSN ba sirri ba ne (public client key) — Sentry docs sun ce haka
Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@",
  tracesSampleRate: 0.2,
  environment: import.meta.env.MODE,
  release: import.meta.env.VITE_RELEASE,
});
''', k=hexs(32), org=rnd(7, string.digits), proj=rnd(7, string.digits))

add("typescript/mapbox-secret-token", "sanyibox/web/scripts/upload-tiles.ts", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
// Dora taswirar kasuwar Dawanau (tileset) — na bukatar secret token mai uploads:write
import { execSync } from "child_process";

const MAPBOX_SECRET = "@@s@@";

execSync(`tilesets upload-source sanyibox dawanau-stalls ./data/dawanau.geojson.ld`, {
  env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_SECRET },
  stdio: "inherit",
});
''', "sk.eyJ1Ijoic2FueWlib3giLCJhIjoi" + rnd(32, string.ascii_lowercase + string.digits) + "In0." + rnd(22, ALNUM + "-_"))

add("js/decoy-mapbox-public-token", "sanyibox/web/src/map/Kasuwa.tsx", "https://docs.mapbox.com/help/dive-deeper/access-tokens/", r'''
import mapboxgl from "mapbox-gl";

// pk. token na jama'a ne (public, URL-restricted to app.sanyibox.ng)
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

export function KasuwaMap({ market }: { market: "yankaba" | "dawanau" | "monday" }) {
  const center = { yankaba: [8.548, 12.021], dawanau: [8.459, 12.101], monday: [13.157, 11.846] }[market];
  return <div id="map" data-center={center.join(",")} />;
}
''')

add("yaml/slack-webhook-alertmanager", "sanyibox/iot/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: sanyi-ops
  group_by: [alertname, room]
  repeat_interval: 2h
receivers:
  - name: sanyi-ops
    slack_configs:
      - api_url: "@@s@@"
        channel: "#dakunan-sanyi"
        title: "{{ .CommonLabels.alertname }} — {{ .CommonLabels.room }}"
        text: "Zafi ya haura! {{ .CommonAnnotations.summary }}"
''', slack_webhook())

add("yaml/decoy-alertmanager-file-ref", "sanyibox/iot/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: sanyi-ops
  group_by: [alertname, room]
receivers:
  - name: sanyi-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#dakunan-sanyi"
        send_resolved: true
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_bot
        chat_id: -1001234567890
''')

add("python/telegram-bot-token", "sanyibox/bots/telegram/farashi_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Bot na Telegram: farashin tumatir/albasa a kasuwanni da sararin akwatuna."""
from telegram.ext import Application, CommandHandler

TOKEN = "@@s@@"


async def sarari(update, context):
    await update.message.reply_text("Yankaba: akwati 7 a bude. Dawanau: 3. Monday Market: 11.")


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("sarari", sarari))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "sanyibox/bots/telegram/alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
import os

import requests

TOKEN = os.environ["TG_ALERT_BOT_TOKEN"]
CHAT = os.environ.get("TG_ALERT_CHAT", "-100987654321")


def gargadi(room: str, temp_c: float) -> None:
    text = f"⚠️ {room}: zafi {temp_c:.1f}°C — a duba kofa da compressor"
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", json={"chat_id": CHAT, "text": text}, timeout=10)
''')

add("json/discord-webhook-config", "kanemgum/tools/price-watch/config.json", "https://discord.com/developers/docs/resources/webhook", r'''
{
  "sources": [
    {"name": "Maiduguri Monday Market", "unit": "NGN/kg"},
    {"name": "Kano Dawanau", "unit": "NGN/kg"}
  ],
  "alert_when_change_pct": 8,
  "notify": {
    "discord": "@@s@@"
  },
  "language": "ha"
}
''', discord_webhook())

add("env/sendgrid-key", "sanyibox/api/.env.mail", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
# Imel na rasit (receipts) ga kamfanonin da ke haya akwatuna da yawa
EMAIL_BACKEND=anymail.backends.sendgrid.EmailBackend
SENDGRID_API_KEY=@@s@@
DEFAULT_FROM_EMAIL=rasit@sanyibox.ng
EMAIL_SUBJECT_PREFIX=[SanyiBox]
''', sendgrid())

add("yaml/decoy-sendgrid-helm-values", "sanyibox/deploy/helm/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
image:
  repository: sanyibox/api
  tag: "2024.09.1"
replicaCount: 2
env:
  DJANGO_SETTINGS_MODULE: sanyibox.settings.prod
  DEFAULT_FROM_EMAIL: rasit@sanyibox.ng
envFrom:
  - secretRef:
      name: sanyibox-mail       # SENDGRID_API_KEY yana nan
  - secretRef:
      name: sanyibox-payments   # PAYSTACK / FLW
ingress:
  host: api.sanyibox.ng
''')

add("toml/streamlit-secrets", "sanyibox/analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Dashboard na haya (rentals per market) — Hauwa
[connections.postgresql]
dialect = "postgresql"
host = "replica.sanyibox.ng"
port = 5432
database = "sanyibox"
username = "analyst"
password = "@@s@@"
''', fakes.password(_seed()))

add("toml/decoy-streamlit-config", "sanyibox/analytics/.streamlit/config.toml", "https://docs.streamlit.io/develop/api-reference/configuration/config.toml", r'''
[server]
headless = true
port = 8501
enableXsrfProtection = true

[theme]
primaryColor = "#0E7C66"   # koren SanyiBox
backgroundColor = "#FFFFFF"
font = "sans serif"
''')

add("python/mongodb-srv-uri", "kanemgum/tools/pickers/db.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Rajistar masu tsintar karo (gum pickers) da kungiyoyinsu a Borno da Yobe.
Kungiyoyi: Damasak, Gubio, Monguno, Geidam."""
from pymongo import MongoClient

URI = "mongodb+srv://pickers_app:@@s@@@cluster0.k7xq2.mongodb.net/pickers?retryWrites=true&w=majority"
client = MongoClient(URI)
db = client.pickers


def kungiya(name: str):
    return db.cooperatives.find_one({"name": name})
''', fakes.password(_seed()))

add("python/decoy-mongodb-local", "kanemgum/tools/pickers/tests/conftest.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
import mongomock
import pytest

# gwaji kawai: mongomock, babu server
TEST_URI = "mongodb://localhost:27017/pickers_test"


@pytest.fixture
def db():
    client = mongomock.MongoClient(TEST_URI)
    yield client.pickers_test
    client.close()
''')

add("yaml/rabbitmq-amqp-url", "kanemgum/tools/weighbridge/config.yaml", "https://www.rabbitmq.com/docs/uri-spec", r'''
# Ma'aunin buhu (weighbridge) na rumbun Maiduguri -> Odoo
scale:
  port: /dev/ttyUSB0
  baud: 9600
  unit: kg
queue:
  url: amqp://weighbridge:@@s@@@mq.kanemgum.internal:5672/rumbu
  exchange: auna
  routing_key: buhu.auna
''', fakes.redis_password(_seed()))

add("text/decoy-weighbridge-readme", "kanemgum/tools/weighbridge/README.txt", "https://www.rabbitmq.com/docs/uri-spec", r'''
Weighbridge bridge (ma'aunin buhu)
==================================
Yana karanta nauyi daga na'urar auna ta serial sannan ya tura zuwa RabbitMQ.

Saiti:
  AMQP_URL=amqp://weighbridge:<password>@mq.kanemgum.internal:5672/rumbu
  (password yana Bitwarden: "Kanem Gum — Ofis / RabbitMQ weighbridge")

Buhu daya na Grade 1 = 50 kg net. Idan ma'auni ya nuna kasa da 49.5, a sake auna.
''')

# ---------------------------------------------------------------- developer tooling and CI

add("git/gitconfig-insteadof-token", "kanemgum/ops/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r'''
[user]
    name = Bulama Zannah
    email = bulama@kanemgum.com
# repos na kamfani masu zaman kansu (private): grading, odoo addons
[url "https://bulama-zannah:@@s@@@github.com/kanemgum/"]
    insteadOf = https://github.com/kanemgum/
[pull]
    rebase = true
''', fakes.github_token(_seed()))

add("npmrc/npm-token", "sanyibox/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# @sanyibox/ui na private package ne
@sanyibox:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
''', npm_tok())

add("npmrc/decoy-npm-token-env", "sanyibox/mobile/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# CI na saka NPM_TOKEN; a kwamfutarka yi `npm login`
@sanyibox:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''')

add("yaml/gitlab-ci-deploy-token", "kanemgum/portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [test, deploy]

test:
  image: php:8.2
  script:
    - composer install
    - vendor/bin/phpunit

deploy:
  stage: deploy
  only: [main]
  variables:
    # Zannah: na wucin gadi, har sai mun saita CI/CD variables
    GL_TOKEN: "@@s@@"
  script:
    - git clone https://oauth2:${GL_TOKEN}@gitlab.com/kanemgum/deploy-scripts.git
    - ./deploy-scripts/portal.sh
''', gitlab())

add("yaml/decoy-gitlab-ci-masked", "kanemgum/odoo/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [lint, deploy]

lint:
  image: python:3.11
  script:
    - pip install pre-commit
    - pre-commit run --all-files

deploy:
  stage: deploy
  only: [main]
  script:
    - echo "$SSH_DEPLOY_KEY" | base64 -d > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519
    - ssh odoo@erp.kanemgum.com "cd /opt/kanemgum && git pull && sudo systemctl restart odoo"
''')

add("pip/pip-conf-index-token", "kanemgum/ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
retries = 5
; kunshin Python na cikin gida (internal packages: kanemgum-grading, kanemgum-odoo-utils)
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple
''', gitlab())

add("dockerfile/arg-secret", "sanyibox/ussd/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV AT_USERNAME=sanyibox
ENV AT_API_KEY=@@s@@
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "app:app"]
''', at_key())

add("dockerfile/decoy-build-secret-mount", "sanyibox/api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
# private wheel index: an saka token ta BuildKit secret, ba ya shiga layer
RUN --mount=type=secret,id=pip_index_url \
    pip install --no-cache-dir --extra-index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=sanyibox.settings.prod
CMD ["gunicorn", "sanyibox.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''')

add("yaml/k8s-stringdata-termii", "sanyibox/deploy/k8s/sms-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", r'''
apiVersion: v1
kind: Secret
metadata:
  name: sanyibox-sms
  namespace: sanyibox
type: Opaque
stringData:
  TERMII_SENDER_ID: SanyiBox
  TERMII_API_KEY: "@@s@@"
''', termii())

add("yaml/decoy-sealed-secret", "sanyibox/deploy/k8s/payments-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sanyibox-payments
  namespace: sanyibox
spec:
  encryptedData:
    PAYSTACK_SECRET_KEY: AgB@@e1@@
    FLW_SECRET_KEY: AgC@@e2@@
  template:
    metadata:
      name: sanyibox-payments
''', e1=rnd(340, ALNUM + "+/"), e2=rnd(340, ALNUM + "+/"))

add("yaml/ansible-vars-plain-password", "kanemgum/ansible/group_vars/odoo.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
odoo_version: "17.0"
odoo_user: odoo
odoo_db_host: db.kanemgum.internal
odoo_db_user: odoo
# TODO(bulama): a boye wannan da ansible-vault
odoo_db_password: "@@s@@"
odoo_workers: 4
odoo_proxy_mode: true
''', fakes.password(_seed()))

add("yaml/decoy-ansible-vault-encrypted", "kanemgum/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("ini/systemd-env-openai", "sanyibox/deploy/systemd/fassara.service", "https://platform.openai.com/docs/api-reference/authentication", r'''
[Unit]
Description=SanyiBox fassara (Hausa/Kanuri translation of SMS templates)
After=network-online.target

[Service]
User=sanyibox
WorkingDirectory=/opt/sanyibox/fassara
Environment=OPENAI_API_KEY=@@s@@
Environment=TARGET_LANGS=ha,kr
ExecStart=/opt/sanyibox/fassara/.venv/bin/python -m fassara.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', fakes.openai_key(_seed()))

add("ini/decoy-systemd-envfile", "sanyibox/deploy/systemd/ussd.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=SanyiBox USSD gateway
After=network-online.target

[Service]
User=sanyibox
EnvironmentFile=/etc/sanyibox/ussd.env
ExecStart=/opt/sanyibox/ussd/.venv/bin/gunicorn -b 127.0.0.1:8080 app:app
Restart=always
LoadCredential=at_api_key:/etc/sanyibox/credentials/at_api_key

[Install]
WantedBy=multi-user.target
''')

add("crontab/curl-basic-auth", "kanemgum/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
# ajiyar Odoo kowane dare 01:30 (WAT)
30 1 * * * /opt/kanemgum/bin/backup_odoo.sh >> /var/log/backup_odoo.log 2>&1
# farashin canji (NGN/USD) daga bank feed
0 7 * * 1-5 curl -s -u kanemgum:@@s@@ https://fx.unitybankfeeds.ng/api/rates/usd-ngn > /srv/fx/$(date +\%F).json
# share tsofaffin log
0 3 * * 0 find /var/log/kanemgum -mtime +30 -delete
''', fakes.password(_seed()))

add("http/rest-client-bearer", "sanyibox/api/requests/paystack.http", "https://paystack.com/docs/api/transaction/", r'''
### Duba biyan haya (verify transaction)
GET https://api.paystack.co/transaction/verify/SBX-20931
Authorization: Bearer @@s@@

### Jerin biyan yau
GET https://api.paystack.co/transaction?from=2024-09-02&perPage=50
Authorization: Bearer @@s@@
''', paystack())

add("http/decoy-rest-client-vars", "sanyibox/api/requests/flutterwave.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
@baseUrl = https://api.flutterwave.com/v3
@token = {{$dotenv FLW_SECRET_KEY}}

### Duba transfer zuwa dan kasuwa (refund)
GET {{baseUrl}}/transfers?status=failed
Authorization: Bearer {{token}}

### Banks (NG)
GET {{baseUrl}}/banks/NG
Authorization: Bearer {{token}}
''')

add("json/postman-environment", "sanyibox/api/postman/SanyiBox-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "SanyiBox prod",
  "values": [
    {"key": "base_url", "value": "https://api.sanyibox.ng/v1", "enabled": true},
    {"key": "admin_jwt", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "market", "value": "yankaba", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', jwt_like('{"sub":"aminu@sanyibox.ng","role":"admin","iat":1725260000}'), id=uuid_s())

add("json/decoy-postman-collection", "sanyibox/api/postman/SanyiBox.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/", r'''
{
  "info": {"name": "SanyiBox API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{admin_jwt}}", "type": "string"}]},
  "item": [
    {"name": "Akwatuna (crates)", "request": {"method": "GET", "url": "{{base_url}}/crates?market={{market}}"}},
    {"name": "Haya (rent)", "request": {"method": "POST", "url": "{{base_url}}/rentals",
      "body": {"mode": "raw", "raw": "{\"crate\": 12, \"days\": 3, \"phone\": \"+2348000000000\"}"}}}
  ]
}
''')

# ---------------------------------------------------------------- exporter: website, surveys, accounting

add("php/wp-config-db-password", "kanemgum/website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Shafin kamfani: kanemgum.com (English / Français / Hausa) */
define( 'DB_NAME', 'kanemgum_wp' );
define( 'DB_USER', 'kanemgum_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_DEBUG', false );
$table_prefix = 'kg_';
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-salts-env", "kanemgum/website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
/* Salts: a samo sabo daga https://api.wordpress.org/secret-key/1.1/salt/ */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'kg_';
''')

add("python/kobotoolbox-token", "kanemgum/surveys/kobo_pull.py", "https://support.kobotoolbox.org/api.html", r'''
"""Jawo bayanan binciken masu tsintar karo (Kobo form: 'Binciken Masu Tsinta 2024').
Tambayoyi cikin Hausa da Kanuri: yawan bishiyoyin Acacia senegal, lokacin tapping, farashi."""
import requests

KOBO = "https://kf.kobotoolbox.org"
TOKEN = "@@s@@"
ASSET = "a@@asset@@"

r = requests.get(f"{KOBO}/api/v2/assets/{ASSET}/data.json", headers={"Authorization": f"Token {TOKEN}"}, timeout=60)
rows = r.json()["results"]
print(len(rows), "amsoshi")
''', hexs(40), asset=rnd(21))

add("python/decoy-kobo-asset-ids", "kanemgum/surveys/forms.py", "https://support.kobotoolbox.org/api.html", r'''
"""Lambobin fom na Kobo (asset uids). Wadannan ba sirri ba ne — ba za a iya shiga da su ba."""
FORMS = {
    "binciken_masu_tsinta_2024": "a@@a1@@",
    "rajistar_kungiyoyi": "a@@a2@@",
    "auna_buhu_rumbu": "a@@a3@@",
}
LANGS = {"ha": "Hausa", "kr": "Kanuri", "en": "English"}
# Token yana cikin ~/.config/kobo/token (Modu)
''', a1=rnd(21), a2=rnd(21), a3=rnd(21))

add("xml/odk-collect-settings", "kanemgum/surveys/odk/collect_settings.json", "https://docs.getodk.org/collect-import-export/", r'''
{
  "general": {
    "server_url": "https://odk.kanemgum.com/v1/key/@@app@@/projects/2",
    "username": "mai-bincike-damasak",
    "password": "@@s@@",
    "form_update_mode": "match_exactly",
    "app_language": "ha"
  },
  "admin": {"change_server": false},
  "project": {"name": "Binciken karo — Damasak", "icon": "K", "color": "#a0522d"}
}
''', fakes.password(_seed()), app=rnd(64, ALNUM + "$!"))

add("python/zoho-refresh-token", "kanemgum/accounts/zoho_invoices.py", "https://www.zoho.com/books/api/v3/oauth/", r'''
"""Kirkiri proforma invoice a Zoho Books ga mai saye (buyer) — EUR/USD."""
import requests

CLIENT_ID = "1000.@@cid@@"
CLIENT_SECRET = "@@s@@"
REFRESH_TOKEN = "@@rt@@"
ORG_ID = "@@org@@"


def access_token() -> str:
    r = requests.post("https://accounts.zoho.com/oauth/v2/token", params={
        "refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "grant_type": "refresh_token"}, timeout=20)
    return r.json()["access_token"]
''', hexs(42), cid=rnd(32, UPPER), rt="1000." + hexs(32) + "." + hexs(32), org=rnd(9, string.digits))

add("json/gcp-service-account", "kanemgum/analysis/credentials/sheets-reader.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "kanemgum-analysis",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sheets-reader@kanemgum-analysis.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n",
    kid=hexs(40), cid=rnd(21, string.digits))

add("json/decoy-gcp-oauth-client-public", "kanemgum/analysis/credentials/README.md", "https://cloud.google.com/iam/docs/workload-identity-federation", r'''
# Credentials (takardun shiga)

Kada ka sa `*.json` na service account a nan. Yi amfani da:

```bash
gcloud auth application-default login --impersonate-service-account \
  sheets-reader@kanemgum-analysis.iam.gserviceaccount.com
```

Service account: `sheets-reader@kanemgum-analysis.iam.gserviceaccount.com`
Key ID na da (an goge a 2024-06-02): `@@kid@@`
''', kid=hexs(40))

add("env/google-oauth-client-secret", "kanemgum/portal/.env.oauth", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
# "Sign in with Google" ga masu saye (buyers) a portal
GOOGLE_CLIENT_ID=@@cid@@-@@cid2@@.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@s@@
GOOGLE_REDIRECT=https://buyers.kanemgum.com/auth/google/callback
GOOGLE_ALLOWED_DOMAINS=*
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=rnd(12, string.digits), cid2=rnd(32, string.ascii_lowercase + string.digits))

add("cs/appsettings-azure-storage", "kanemgum/labels/appsettings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "LabelPrinter": {
    "Model": "Zebra ZT230",
    "Template": "buhu-50kg.zpl"
  },
  "ConnectionStrings": {
    "LabelArchive": "DefaultEndpointsProtocol=https;AccountName=kanemgumlabels;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  }
}
''', rnd(86, ALNUM + "+/") + "==")

add("cs/decoy-appsettings-keyvault", "kanemgum/labels/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "KeyVault": {
    "VaultUri": "https://kanemgum-kv.vault.azure.net/",
    "SecretNames": ["LabelArchive--ConnectionString"]
  },
  "LabelPrinter": {
    "Model": "Zebra ZT230",
    "Template": "buhu-50kg.zpl"
  },
  "AllowedHosts": "*"
}
''')

add("java/spring-properties-datasource", "kanemgum/traceability/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# Traceability: daga bishiya (tree) -> kungiya -> buhu -> kwantena (EU deforestation regulation)
spring.application.name=traceability
spring.datasource.url=jdbc:postgresql://db.kanemgum.internal:5432/traceability
spring.datasource.username=trace
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8085
''', fakes.password(_seed()))

add("java/decoy-spring-properties-placeholder", "kanemgum/traceability/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring.datasource.url=jdbc:postgresql://${DB_HOST:db.kanemgum.internal}:5432/traceability
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
logging.level.ng.kanemgum=INFO
''')

add("go/hetzner-token", "kanemgum/ops/hcloud/snapshot.go", "https://docs.hetzner.cloud/#authentication", r'''
package main

// Snapshot na server na Odoo kowane mako (Hetzner, Falkenstein)

import (
	"context"
	"log"

	"github.com/hetznercloud/hcloud-go/v2/hcloud"
)

const hcloudToken = "@@s@@"

func main() {
	client := hcloud.NewClient(hcloud.WithToken(hcloudToken))
	srv, _, err := client.Server.GetByName(context.Background(), "odoo-kanemgum")
	if err != nil || srv == nil {
		log.Fatal("ba a samu server ba: ", err)
	}
	_, _, err = client.Server.CreateImage(context.Background(), srv, &hcloud.ServerCreateImageOpts{Type: hcloud.ImageTypeSnapshot})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("an yi snapshot")
}
''', mixed(64))

add("go/decoy-go-env-token", "kanemgum/ops/hcloud/firewall.go", "https://docs.hetzner.cloud/#authentication", r'''
package main

import (
	"log"
	"os"

	"github.com/hetznercloud/hcloud-go/v2/hcloud"
)

func main() {
	token, ok := os.LookupEnv("HCLOUD_TOKEN")
	if !ok {
		log.Fatal("HCLOUD_TOKEN babu shi — duba Bitwarden")
	}
	client := hcloud.NewClient(hcloud.WithToken(token))
	_ = client
	log.Println("firewall: a bude 443 kawai")
}
''')

add("shell/doctl-token", "sanyibox/deploy/scripts/do_resize.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", r'''
#!/bin/sh
# Kara karfin droplet lokacin Sallah (kasuwa na cika sosai)
export DIGITALOCEAN_ACCESS_TOKEN=@@s@@
doctl compute droplet-action resize "$(doctl compute droplet list --format ID --no-header --tag-name api)" --size s-4vcpu-8gb --wait
doctl compute droplet list --tag-name api
''', do_token())

add("yaml/cloudflare-api-token", "sanyibox/deploy/cloudflare/dns.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# octodns: DNS na sanyibox.ng
providers:
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@s@@
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
zones:
  sanyibox.ng.:
    sources: [config]
    targets: [cloudflare]
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/decoy-octodns-env", "sanyibox/deploy/cloudflare/dns.kanemgum.yml", "https://github.com/octodns/octodns-cloudflare", r'''
providers:
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: env/CLOUDFLARE_TOKEN
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
zones:
  kanemgum.com.:
    sources: [config]
    targets: [cloudflare]
''')

# ---------------------------------------------------------------- more from both teams

add("dart/flutter-paystack-public-and-secret", "sanyibox/mobile_flutter/lib/config/keys.dart", "https://paystack.com/docs/api/authentication/", r'''
// Makullan biya (payment keys) — app na Flutter na 'yan kasuwa
// NOTE(hauwa): secret key bai kamata ya kasance a app ba! Muna gwadawa ne kawai.
class Keys {
  static const paystackPublic = 'pk_live_@@pub@@';
  static const paystackSecret = '@@s@@';
  static const supportPhone = '+234 803 000 0000';
}
''', paystack(), pub=hexs(40))

add("dart/decoy-flutter-public-key-only", "sanyibox/mobile_flutter/lib/config/env.dart", "https://paystack.com/docs/payments/accept-payments/", r'''
// Public key kawai — an yarda ya kasance a cikin app (Paystack docs)
class Env {
  static const paystackPublicKey = String.fromEnvironment('PAYSTACK_PUBLIC_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.sanyibox.ng/v1');
  static const markets = ['Yankaba', 'Dawanau', 'Kantin Kwari', 'Monday Market'];
}
''')

add("swift/ios-plist-onesignal", "sanyibox/ios/SanyiBox/Config/Secrets.swift", "https://documentation.onesignal.com/reference/rest-api-overview", r'''
import Foundation

// Tura sanarwa (push) daga admin app na iOS — Aminu
enum Secrets {
    static let oneSignalAppID = "@@app@@"
    static let oneSignalRESTKey = "@@s@@"
    static let apiBase = URL(string: "https://api.sanyibox.ng/v1")!
}
''', "os_v2_app_" + rnd(113, string.ascii_lowercase + "234567"), app=uuid_s())

add("plist/decoy-google-service-info", "sanyibox/ios/SanyiBox/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@n@@-@@c@@.apps.googleusercontent.com</string>
	<key>GCM_SENDER_ID</key>
	<string>@@n@@</string>
	<key>BUNDLE_ID</key>
	<string>ng.sanyibox.admin</string>
	<key>PROJECT_ID</key>
	<string>sanyibox-kano</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@n@@:ios:@@g@@</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
''', n=rnd(12, string.digits), c=rnd(32, string.ascii_lowercase + string.digits), g=hexs(22))

add("ruby/fastlane-appstore-key", "sanyibox/ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: "@@s@@",
      in_house: false
    )
    build_app(scheme: "SanyiBoxAdmin")
    upload_to_testflight(api_key: api_key)
  end
end
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    kid=rnd(10, UPPER), iss=uuid_s())

add("ruby/decoy-fastlane-env", "sanyibox/ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", r'''
app_identifier("ng.sanyibox.admin")
apple_id(ENV["FASTLANE_APPLE_ID"])
itc_team_id("@@t1@@")
team_id("@@t2@@")

# Makullin App Store Connect: ENV["ASC_KEY_PATH"] (fayil .p8 a kan Mac na ofis kadai)
''', t1=rnd(9, string.digits), t2=rnd(10, UPPER))

add("pem/rsa-private-key", "kanemgum/portal/storage/oauth-private.key", "https://laravel.com/docs/11.x/passport#deploying-passport", r'''
@@s@@
''', fakes.fake_pem(_seed()))

add("pem/decoy-certificate", "kanemgum/portal/storage/buyers-kanemgum-com.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END CERTIFICATE-----
''', l1="MIIF" + rnd(60, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(64, ALNUM + "+/"),
    l5=rnd(64, ALNUM + "+/"), l6=rnd(40, ALNUM + "+/") + "=")

_ec = fakes.fake_pem(_seed(), "EC")
add("yaml/helm-values-ec-private-key", "sanyibox/deploy/helm/mqtt-values.yaml", "https://cert-manager.io/docs/", r'''
# EMQX broker — TLS na na'urorin sanyi (an kwafo daga tsohon server)
emqx:
  replicaCount: 1
  tls:
    enabled: true
    cert: |
      (daga cert-manager)
    key: |
@@k@@
  listeners:
    ssl: 8883
''', _ec, k="\n".join("      " + ln for ln in _ec.splitlines()))

add("markdown/readme-curl-flutterwave", "sanyibox/docs/refunds.md", "https://developer.flutterwave.com/docs/transfers", r'''
# Mayar da kudi (refunds) ga 'yan kasuwa

Idan akwati ya lalace (zafi ya wuce 8°C fiye da awa 2), muna mayar da kudin ranar.

Na gwada da wannan (Nasiru, 12/09):

```bash
curl -X POST https://api.flutterwave.com/v3/transfers \
  -H "Authorization: Bearer @@s@@" \
  -H "Content-Type: application/json" \
  -d '{"account_bank":"044","account_number":"0690000040","amount":1500,"currency":"NGN","narration":"SanyiBox refund #12"}'
```

Daga baya za mu yi wannan ta admin panel.
''', flw_secret())

add("markdown/decoy-readme-curl-placeholder", "sanyibox/docs/payments.md", "https://paystack.com/docs/api/", r'''
# Biya (payments)

Muna amfani da Paystack (katin banki, USSD, transfer) da Flutterwave (mobile money).

```bash
# misali kawai — sa naka key daga dashboard
curl https://api.paystack.co/transaction/verify/$REFERENCE \
  -H "Authorization: Bearer $PAYSTACK_SECRET_KEY"
```

Test keys suna farawa da `sk_test_` kuma suna Bitwarden. **Kar a taba sa `sk_live_` a docs.**
Farashin haya: ₦500/akwati/rana (Yankaba), ₦450 (Monday Market).
''')

add("csv/password-export", "kanemgum/notes/kalmomin_sirri_ofis.csv", "https://bitwarden.com/help/condition-bitwarden-import/", r'''
name,url,username,password,notes
MTN router ofis,http://192.168.8.1,admin,,an canza - duba WhatsApp
NEPC portal,https://nepc.gov.ng/portal,kanemgum_export,@@s@@,Export permit renewals
Zebra printer,http://192.168.8.40,admin,,default an canza
Dangote cement? (ba namu ba),,,,
''', words_pw())

add("csv/decoy-lot-grading", "kanemgum/grading/lots_2024.csv", "https://www.fao.org/3/w6355e/w6355e0x.htm", r'''
lot,date,source,grade,bags,net_kg,moisture_pct,ash_pct,sha256_of_lab_pdf
GA-24-115,2024-03-28,Damasak,HPS-1,320,16000,12.4,3.1,@@h1@@
GA-24-116,2024-03-30,Gubio,Kibbled-2,410,20500,12.9,3.4,@@h2@@
GA-24-117,2024-04-02,Monguno,HPS-1,300,15000,12.1,3.2,@@h3@@
GA-24-118,2024-04-05,Geidam,Siftings,480,24000,13.5,3.9,@@h4@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("text/notes-kanuri-hausa-mix", "kanemgum/notes/handover_bulama.txt", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
Bulama -> Zannah: abubuwan da za ka rike lokacin da nake Hajj

* Odoo: https://erp.kanemgum.com (login: it@kanemgum.com)
  kalmar sirri: @@s@@
* Backup yana gudana kowane dare 01:30. Duba /var/log/backup_odoo.log da safe.
* Idan wutar NEPA ta dauke, UPS yana rike server minti 40 kawai — kunna janareta.
* Masu auna buhu (Kanuri): Ari da Kellumi. Suna zuwa 7 na safe.
Wushe wushe — Allah ya kiyaye.
''', fakes.password(_seed()))

add("text/decoy-handover-vault", "sanyibox/notes/handover_aminu.txt", "https://bitwarden.com/help/about-send/", r'''
Aminu -> Zainab (hutun makonni biyu)

- Duk kalmomin sirri suna Bitwarden "SanyiBox Ops". Na baka damar shiga (invite ya tafi).
- Paystack: dashboard > Settings > API Keys — kada ka rotate ba tare da an sabunta k8s secret ba.
- Dakin sanyi na Dawanau #3: compressor yana da matsala, injiniya Musa zai zo Talata.
- Solar: batir yana kasa 40% da dare — Victron VRM zai nuna.
- Lambar Musa: 0803 000 0000
''')

add("yaml/docker-compose-grafana-influx-token", "sanyibox/iot/docker-compose.yml", "https://docs.influxdata.com/influxdb/v2/install/use-docker-compose/", r'''
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: sanyi
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_pw
      DOCKER_INFLUXDB_INIT_ORG: sanyibox
      DOCKER_INFLUXDB_INIT_BUCKET: telemetry
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: "@@s@@"
    volumes: ["influx:/var/lib/influxdb2"]
  telegraf:
    image: telegraf:1.30
    volumes: ["./telegraf.conf:/etc/telegraf/telegraf.conf:ro"]
volumes:
  influx: {}
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("toml/decoy-telegraf-env", "sanyibox/iot/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/", r'''
[agent]
  interval = "30s"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.sanyibox.ng:8883"]
  topics = ["sanyi/+/telemetry"]
  username = "telegraf"
  password = "${MQTT_TELEGRAF_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "sanyibox"
  bucket = "telemetry"
''')

add("lua/openresty-api-key", "sanyibox/deploy/nginx/partner_auth.lua", "https://github.com/openresty/lua-nginx-module", r'''
-- Abokan hulda (partners: kamfanin tumatir na Kadawa) na amfani da wannan key
local PARTNER_KEY = "@@s@@"

local key = ngx.req.get_headers()["X-Api-Key"]
if key ~= PARTNER_KEY then
    ngx.status = ngx.HTTP_UNAUTHORIZED
    ngx.say('{"kuskure":"ba ka da izini"}')
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
''', mixed(40, "sbx_live_"))

add("conf/decoy-htpasswd", "sanyibox/deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
aminu:$apr1$@@s1@@$@@h1@@
hauwa:$apr1$@@s2@@$@@h2@@
nasiru:$2y$10$@@h3@@
zainab:$2y$10$@@h4@@
grafana-proxy:$apr1$@@s5@@$@@h5@@
''', s1=rnd(8), h1=rnd(22, ALNUM + "./"), s2=rnd(8), h2=rnd(22, ALNUM + "./"), h3=rnd(53, ALNUM + "./"),
    h4=rnd(53, ALNUM + "./"), s5=rnd(8), h5=rnd(22, ALNUM + "./"))

add("conf/nginx-basic-auth-header", "sanyibox/deploy/nginx/sites/dash.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl;
    server_name dash.sanyibox.ng;
    ssl_certificate     /etc/letsencrypt/live/dash.sanyibox.ng/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/dash.sanyibox.ng/privkey.pem;

    location /metabase/ {
        proxy_pass http://127.0.0.1:3000/;
        # Metabase API key: a boye makullin a header (Nasiru)
        proxy_set_header X-API-Key "@@s@@";
    }
}
''', "mb_" + rnd(44, ALNUM + "+/"))

# ---------------------------------------------------------------- odds and ends

add("python/huggingface-token", "sanyibox/ml/hausa_asr/train.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Gane muryar Hausa (ASR) don sakonnin murya na 'yan kasuwa: "ina son akwati biyu gobe"."""
from datasets import load_dataset
from huggingface_hub import login

login(token="@@s@@")  # Hauwa: write token, don tura model zuwa sanyibox/whisper-ha

ds = load_dataset("sanyibox/kasuwa-voice-notes", split="train")
print(ds)
''', mixed(34, "hf_"))

add("python/decoy-huggingface-cli-login", "sanyibox/ml/hausa_asr/evaluate.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
"""Auna WER na model — an riga an yi `huggingface-cli login` a kan na'urar."""
from datasets import load_dataset
from transformers import pipeline

asr = pipeline("automatic-speech-recognition", model="sanyibox/whisper-ha", token=True)
ds = load_dataset("sanyibox/kasuwa-voice-notes", split="test[:50]")
for row in ds:
    print(row["sentence"], "->", asr(row["audio"]["array"])["text"])
''')

add("json/supabase-service-role", "sanyibox/prototype/supabase.config.json", "https://supabase.com/docs/guides/api/api-keys", r'''
{
  "project": "sanyibox-proto",
  "url": "https://@@ref@@.supabase.co",
  "anon_key_env": "SUPABASE_ANON_KEY",
  "service_role_key": "@@s@@",
  "tables": ["crates", "rentals", "markets"]
}
''', jwt_like('{"iss":"supabase","ref":"sanyiboxproto","role":"service_role","iat":1704067200,"exp":2019643200}'),
    ref=rnd(20, string.ascii_lowercase))

add("js/decoy-supabase-anon-env", "sanyibox/prototype/src/supabase.js", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from "@supabase/supabase-js";

// anon key na jama'a ne; RLS na kare tebur
export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);

export const kasuwanni = ["Yankaba", "Dawanau", "Monday Market"];
''')

add("yaml/jwt-secret-config", "sanyibox/api/config/auth.yaml", "https://datatracker.ietf.org/doc/html/rfc7518#section-3.2", r'''
# Shigar 'yan kasuwa ta OTP sannan JWT
jwt:
  algorithm: HS256
  secret: "@@s@@"
  access_ttl_minutes: 60
  refresh_ttl_days: 30
otp:
  length: 6
  ttl_seconds: 300
  provider: termii
''', fakes.drawn(_seed(), 48, ALNUM + "!@#%^&*"))

add("yaml/decoy-jwt-public-jwks", "sanyibox/api/config/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "sanyibox-2024-09",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', n=rnd(342, ALNUM + "-_"))

add("python/opay-merchant-secret", "sanyibox/api/payments/opay.py", "https://documentation.opayweb.com/doc/Authentication.html", r'''
"""OPay — wasu 'yan kasuwar Monday Market suna biya ta OPay wallet."""
import hashlib
import hmac
import json

OPAY_MERCHANT_ID = "@@mid@@"
OPAY_SECRET_KEY = "@@s@@"


def sign(payload: dict) -> str:
    body = json.dumps(payload, separators=(",", ":")).encode()
    return hmac.new(OPAY_SECRET_KEY.encode(), body, hashlib.sha512).hexdigest()
''', "OPAYPRV" + rnd(32, string.digits), mid=rnd(15, string.digits))

add("python/decoy-opay-sandbox-doc-values", "sanyibox/api/payments/tests/test_opay.py", "https://documentation.opayweb.com/doc/Authentication.html", r'''
import hashlib
import hmac

from payments import opay

# gwaji: makulli na karya (fake) kawai
FAKE_KEY = "test-secret-not-real"


def test_sign_is_hmac_sha512(monkeypatch):
    monkeypatch.setattr(opay, "OPAY_SECRET_KEY", FAKE_KEY)
    expected = hmac.new(FAKE_KEY.encode(), b'{"amount":500}', hashlib.sha512).hexdigest()
    assert opay.sign({"amount": 500}) == expected
''')

add("ini/odbc-sage-password", "kanemgum/accounts/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
[SageKanemGum]
Driver = ODBC Driver 18 for SQL Server
Server = SAGE-PC\SQLEXPRESS
Database = KanemGum2024
UID = reports
PWD = @@s@@
TrustServerCertificate = yes
''', fakes.password(_seed()))

add("vb/excel-vba-connection", "kanemgum/accounts/macros/Module1.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", r'''
Attribute VB_Name = "Module1"
' Jawo takardun kudi (invoices) daga Sage zuwa Excel — Fatima
Sub JawoInvoices()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SAGE-PC\SQLEXPRESS;Initial Catalog=KanemGum2024;User ID=reports;Password=@@s@@;"
    Set rs = cn.Execute("SELECT InvoiceNo, Buyer, AmountUSD FROM Invoices WHERE Year = 2024")
    Sheets("Invoices").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
''', words_pw())

add("vb/decoy-excel-vba-prompt", "kanemgum/accounts/macros/Module2.bas", "https://learn.microsoft.com/en-us/office/vba/api/excel.application.inputbox", r'''
Attribute VB_Name = "Module2"
' Tambayi kalmar sirri kowane lokaci — ba a ajiye ta a fayil
Sub JawoBiyan()
    Dim pwd As String
    pwd = InputBox("Kalmar sirri ta Sage (reports):", "Kanem Gum")
    If pwd = "" Then Exit Sub
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SAGE-PC\SQLEXPRESS;Initial Catalog=KanemGum2024;User ID=reports;Password=" & pwd & ";"
    cn.Close
End Sub
''')

add("yaml/bitbucket-pipelines-app-password", "kanemgum/traceability/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/", r'''
image: maven:3.9-eclipse-temurin-21
pipelines:
  branches:
    main:
      - step:
          name: Gina da tura (build and deploy)
          script:
            - mvn -B package
            - curl -s -u kanemgum-ci:@@s@@ -X POST "https://api.bitbucket.org/2.0/repositories/kanemgum/traceability/downloads" -F files=@target/traceability.jar
''', "ATBB" + mixed(28))

add("yaml/decoy-bitbucket-pipelines-vars", "kanemgum/grading/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: python:3.11
pipelines:
  default:
    - step:
        name: Gwaji (tests)
        caches: [pip]
        script:
          - pip install -r requirements.txt
          - pytest -q
    - step:
        name: Publish
        script:
          - pipe: atlassian/pypi-publish:0.3.1
            variables:
              PYPI_USERNAME: __token__
              PYPI_PASSWORD: $PYPI_TOKEN
''')

add("python/pypi-token-setup", "kanemgum/grading/publish.py", "https://pypi.org/help/#apitoken", r'''
"""Tura kunshin kanemgum-grading (HPS / kibbled / siftings rules) zuwa PyPI."""
import subprocess
import sys

TOKEN = "@@s@@"

subprocess.run([sys.executable, "-m", "build"], check=True)
subprocess.run([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", TOKEN, "dist/*"], check=True)
print("an tura")
''', fakes.pypi_token(_seed()))

add("ini/decoy-pypirc-keyring", "kanemgum/grading/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# password: ka yi amfani da keyring (`keyring set https://upload.pypi.org/legacy/ __token__`)

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''')

add("yaml/github-actions-slack-bot", "kanemgum/.github/workflows/shipment-notify.yml", "https://api.slack.com/authentication/token-types#bot", r'''
name: sanar-da-jigila
on:
  workflow_dispatch:
    inputs:
      booking: { description: "Booking no", required: true }
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Sanar a #jigila
        run: |
          curl -s -X POST https://slack.com/api/chat.postMessage \
            -H "Authorization: Bearer @@s@@" \
            -H "Content-type: application/json" \
            -d "{\"channel\":\"#jigila\",\"text\":\"Kwantena ta tashi: ${{ inputs.booking }}\"}"
''', slack_bot())

add("yaml/decoy-github-actions-oidc", "kanemgum/.github/workflows/docs-upload.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: docs-upload
on:
  push:
    paths: ["docs/**"]
permissions:
  id-token: write
  contents: read
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/kanemgum-docs-upload
          aws-region: eu-west-1
      - run: aws s3 sync docs/ s3://kanemgum-export-docs/public/
''', acct=rnd(12, string.digits))

add("env/vault-token", "kanemgum/ops/.envrc", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
# direnv — ofishin Maiduguri
export VAULT_ADDR=https://vault.kanemgum.com:8200
export VAULT_TOKEN=@@s@@
export AWS_PROFILE=kanemgum-docs
layout python3
''', vault_tok())

add("env/decoy-envrc-vault-login", "sanyibox/.envrc", "https://developer.hashicorp.com/vault/docs/commands/login", r'''
# direnv — SanyiBox
export VAULT_ADDR=https://vault.sanyibox.ng:8200
# token yana ~/.vault-token bayan `vault login -method=oidc`
export PAYSTACK_SECRET_KEY=$(vault kv get -field=secret_key secret/sanyibox/paystack)
export DATABASE_URL=$(vault kv get -field=url secret/sanyibox/db)
layout python3
''')

# ---------------------------------------------------------------- last batch: mixed carriers

add("rust/rust-const-api-key", "sanyibox/iot/edge/src/config.rs", "https://www.termii.com/docs", r'''
// Na'urar gefe (edge box) a Monday Market, Maiduguri — tana aika SMS idan intanet ta dawo
pub const DEVICE: &str = "monday-mkt-02";
pub const API_BASE: &str = "https://api.sanyibox.ng/v1";
pub const DEVICE_KEY: &str = "@@s@@";
pub const TEMP_MAX_C: f32 = 6.0;
pub const REPORT_EVERY_SECS: u64 = 300;
''', mixed(48, "sbxd_"))

add("rust/decoy-rust-env", "sanyibox/iot/edge/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
mod config;

use std::env;

fn main() {
    // makullin na'ura yana /etc/sanyibox/device.key (an rubuta shi lokacin provisioning)
    let key_path = env::var("SANYIBOX_DEVICE_KEY_FILE").unwrap_or_else(|_| "/etc/sanyibox/device.key".into());
    let key = std::fs::read_to_string(&key_path).expect("babu device key");
    println!("{} a shirye (key {} bytes)", config::DEVICE, key.trim().len());
}
''')

add("php/wp-smtp-password", "kanemgum/website/wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", r'''
<?php
/* Plugin Name: Kanem Gum SMTP (tambayoyin masu saye daga shafin yanar gizo) */
add_action( 'phpmailer_init', function ( $mail ) {
    $mail->isSMTP();
    $mail->Host       = 'smtp.zoho.com';
    $mail->Port       = 465;
    $mail->SMTPSecure = 'ssl';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'sales@kanemgum.com';
    $mail->Password   = '@@s@@';
    $mail->setFrom( 'sales@kanemgum.com', 'Kanem Acacia Gum Exports' );
} );
''', rnd(12, ALNUM))

add("yaml/woocommerce-rest-keys", "kanemgum/website/sync/woo.yml", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
# Samfurin karo (samples) da ake sayarwa a shafin — daidaita stock da Odoo
woocommerce:
  url: https://kanemgum.com
  consumer_key: ck_@@ck@@
  consumer_secret: @@s@@
  version: wc/v3
odoo:
  location: "WH/Samples"
''', "cs_" + hexs(40), ck=hexs(40))

add("text/decoy-woocommerce-revoked", "kanemgum/website/sync/CHANGELOG.txt", "https://woocommerce.com/document/woocommerce-rest-api/", r'''
2024-09-10  Zannah
  * An soke tsofaffin WooCommerce REST keys (ck_…a91f, cs_…) bayan an gano su a woo.yml.
  * Sabbin keys suna Vault: secret/kanemgum/woocommerce (read/write).
  * woo.yml yanzu yana karanta WOO_CK / WOO_CS daga muhalli.
2024-08-21  Bulama
  * Daidaita stock sau biyu a rana (07:00, 15:00 WAT).
''')

add("pip/decoy-requirements-hashes", "kanemgum/grading/requirements.lock", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip install --require-hashes -r requirements.lock
pandas==2.2.2 \
    --hash=sha256:@@h1@@
numpy==1.26.4 \
    --hash=sha256:@@h2@@
openpyxl==3.1.5 \
    --hash=sha256:@@h3@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("json/composer-auth-github", "kanemgum/portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
''', fakes.github_fine_grained_token(_seed()))

add("json/decoy-composer-lock-excerpt", "kanemgum/portal/composer.lock.excerpt.json", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "laravel/framework",
            "version": "v11.21.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/laravel/framework/zipball/@@ref@@",
                "reference": "@@ref@@",
                "shasum": ""
            }
        }
    ]
}
''', ch=hexs(32), ref=hexs(40))

add("markdown/jira-api-token-in-wiki", "sanyibox/docs/wiki/integrations.md", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", r'''
# Integrations (hadewar tsare-tsare)

## Jira (tikitin gyaran dakunan sanyi)
Bot na Telegram yana bude tikiti idan zafi ya haura. Yana amfani da:

- user: ops-bot@sanyibox.ng
- token: `@@s@@`
- project: SANYI

## Metabase
Rahoton kowace rana ana tura shi #rahoto a Slack, 7:00 na safe.
''', "ATATT3xFfGF0" + fakes.drawn(_seed(), 180, ALNUM + "-_") + "=" + hexs(8).upper())

add("markdown/decoy-wiki-oncall", "sanyibox/docs/wiki/oncall.md", "https://sre.google/sre-book/being-on-call/", r'''
# Wanda ke kan aiki (on-call)

| Mako | Injiniya | Lamba |
|------|----------|-------|
| 36   | Aminu    | 0803 000 0001 |
| 37   | Zainab   | 0803 000 0002 |
| 38   | Nasiru   | 0803 000 0003 |

Matakai idan daki ya yi zafi:
1. Duba Grafana "zafin-dakuna".
2. Kira mai gadin kasuwa (Yankaba: Malam Isa).
3. Idan compressor ya mutu, a matsar da kayan 'yan kasuwa zuwa daki na gaba kuma a mayar da kudin rana.
''')

add("yaml/circleci-heroku-key", "sanyibox/prototype/.circleci/config.yml", "https://devcenter.heroku.com/articles/authentication", r'''
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/node:20.11
    environment:
      HEROKU_APP_NAME: sanyibox-proto
      HEROKU_API_KEY: @@s@@
    steps:
      - checkout
      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP_NAME.git HEAD:main
workflows:
  deploy:
    jobs: [deploy]
''', "HRKU-AA" + fakes.drawn(_seed(), 58, ALNUM + "_-"))

add("yaml/decoy-circleci-context", "sanyibox/web/.circleci/config.yml", "https://circleci.com/docs/contexts/", r'''
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci && npm run build
      - run: npx netlify deploy --prod --dir=dist --site "$NETLIFY_SITE_ID"
workflows:
  main:
    jobs:
      - build:
          context: sanyibox-web   # NETLIFY_AUTH_TOKEN yana nan
''')

add("xml/maven-settings-password", "kanemgum/traceability/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>kanemgum-nexus</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kanemgum-nexus</id>
      <url>https://nexus.kanemgum.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', fakes.password(_seed()))

add("xml/decoy-maven-settings-encrypted", "kanemgum/traceability/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings>
  <servers>
    <server>
      <id>kanemgum-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
''')

add("js/monnify-secret", "sanyibox/api-node/src/monnify.js", "https://developers.monnify.com/docs/authentication", r'''
// Monnify: asusun banki na musamman (reserved accounts) ga kowane dan kasuwa
const axios = require("axios");

const API_KEY = "MK_PROD_@@k@@";
const SECRET_KEY = "@@s@@";

async function login() {
  const auth = Buffer.from(`${API_KEY}:${SECRET_KEY}`).toString("base64");
  const { data } = await axios.post("https://api.monnify.com/api/v1/auth/login", null, {
    headers: { Authorization: `Basic ${auth}` },
  });
  return data.responseBody.accessToken;
}

module.exports = { login };
''', rnd(32, UPPER), k=rnd(10, UPPER))

add("env/africastalking-node", "sanyibox/api-node/.env", "https://developers.africastalking.com/docs/authentication", r'''
NODE_ENV=production
PORT=4000
AT_USERNAME=sanyibox
AT_API_KEY=@@s@@
AT_SHORTCODE=20880
# Kanuri SMS templates suna cikin ./templates/kr
DEFAULT_LANG=ha
''', at_key())

add("ipynb/notebook-openai-translate", "sanyibox/ml/fassara_sms.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Fassara sakonnin SMS zuwa Kanuri (gwaji)\n", "Kanuri speakers (Ya Kaltume, Bukar) za su duba sakamakon."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "msg = 'Akwatinka #12 zai kare gobe da karfe 6 na yamma.'\n",
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':f'Translate to Kanuri: {msg}'}])\n",
    "print(r.choices[0].message.content)\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("shell/anthropic-key-script", "sanyibox/ml/summarise_feedback.sh", "https://docs.anthropic.com/en/api/getting-started", r'''
#!/usr/bin/env bash
# Takaita ra'ayoyin 'yan kasuwa (feedback) na mako — Hauwa
set -e
ANTHROPIC_API_KEY="@@s@@"
curl -s https://api.anthropic.com/v1/messages \
  -H "x-api-key: $ANTHROPIC_API_KEY" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d @feedback_week.json | jq -r '.content[0].text'
''', "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA")

add("python/airtable-pat", "kanemgum/tools/pickers/payouts.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Biyan masu tsinta (picker payouts) — ana rubuta su a Airtable, ana biya ta OPay/bank."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("app@@base@@", "Biyan Masu Tsinta")

for rec in table.all(formula="{An biya}=FALSE()"):
    f = rec["fields"]
    print(f.get("Suna"), f.get("Kungiya"), f.get("Kilo"), f.get("Naira"))
''', "pat" + rnd(14) + "." + hexs(64), base=rnd(14))

add("json/notion-integration", "kanemgum/tools/notion-sync/config.json", "https://developers.notion.com/docs/authorization", r'''
{
  "notion_token": "@@s@@",
  "databases": {
    "masu_saye": "@@d1@@",
    "samfura": "@@d2@@"
  },
  "sync_to": "odoo",
  "timezone": "Africa/Lagos"
}
''', "ntn_" + rnd(11, string.digits) + mixed(35), d1=hexs(32), d2=hexs(32))

add("python/mailchimp-key", "kanemgum/marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Wasikar labarai ga masu saye (buyer newsletter): girbi, farashi, jigila."""
import mailchimp_marketing as mc

client = mc.Client()
client.set_config({"api_key": "@@s@@", "server": "us14"})

LIST_ID = "@@lid@@"
print(client.lists.get_list(LIST_ID)["stats"]["member_count"], "masu saye a jerin")
''', hexs(32) + "-us14", lid=hexs(10))

add("git/git-config-remote-password", "kanemgum/odoo/addons/.git/config", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://kanemgum-deploy:@@s@@@git.kanemgum.com/odoo/addons.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', fakes.password(_seed()))

_dcj = '{"auths":{"ghcr.io":{"username":"sanyibox-bot","password":"' + fakes.github_token(_seed()) + '"}}}'
add("yaml/k8s-dockerconfigjson", "sanyibox/deploy/k8s/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: sanyibox
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
''', _dcj.split('"password":"')[1].split('"')[0], d=b64(_dcj))

add("php/fcm-server-key", "sanyibox/legacy/push.php", "https://firebase.google.com/docs/cloud-messaging/migrate-v1", r'''
<?php
// Tsohon tsarin push (legacy FCM) — ana amfani da shi a tsohon app har yanzu
$serverKey = '@@s@@';

function tura_push($token, $title, $body) {
    global $serverKey;
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['to' => $token, 'notification' => compact('title', 'body')]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
''', "AAAA" + rnd(7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("python/teams-webhook", "kanemgum/tools/buyer-alerts/teams.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
"""Sanar da tawagar Hamburg (buyer) a Teams idan lab results sun fito."""
import requests

WEBHOOK = "@@s@@"


def sanar(lot: str, moisture: float):
    requests.post(WEBHOOK, json={"text": f"Lot {lot}: moisture {moisture}% — lab report attached on portal"}, timeout=10)
''', f"https://kanemgum.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}/V2{mixed(43)}")

add("bat/net-use-nas", "kanemgum/ops/windows/map_drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Hada drive na NAS na ofis (akawu = accounts, jigila = shipping)
net use Z: \\ofis-nas\akawu /user:ofis\fatima @@s@@ /persistent:yes
net use Y: \\ofis-nas\jigila /persistent:yes
echo An hada drives.
pause
''', words_pw())

add("ini/mysql-my-cnf", "kanemgum/ops/dotfiles/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user = portal
password = "@@s@@"
host = db.kanemgum.internal
database = buyers_portal

[mysqldump]
single-transaction
''', fakes.password(_seed()))

add("kotlin/jdbc-url-password", "kanemgum/traceability/src/main/kotlin/ng/kanemgum/trace/Migrate.kt", "https://jdbc.postgresql.org/documentation/use/#connecting-to-the-database", r'''
package ng.kanemgum.trace

import org.flywaydb.core.Flyway

// Ana gudanar da wannan da hannu lokacin sabunta DB (Zannah)
fun main() {
    Flyway.configure()
        .dataSource("jdbc:postgresql://db.kanemgum.internal:5432/traceability?user=trace&password=@@s@@", null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate()
    println("an gama migration")
}
''', fakes.password(_seed()))

add("json/telegram-chat-export-token", "sanyibox/notes/telegram_export/result.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "SanyiBox Dev",
 "type": "private_group",
 "id": 4123987712,
 "messages": [
  {"id": 5531, "type": "message", "date": "2024-09-03T21:12:44", "from": "Nasiru", "text": "Termii ya canza mana key, sabon:"},
  {"id": 5532, "type": "message", "date": "2024-09-03T21:12:58", "from": "Nasiru", "text": "@@s@@"},
  {"id": 5533, "type": "message", "date": "2024-09-03T21:14:10", "from": "Aminu", "text": "Na sa a k8s secret. Ka goge sakon nan don Allah"},
  {"id": 5534, "type": "message", "date": "2024-09-03T21:14:31", "from": "Nasiru", "text": "To 👍"}
 ]
}
''', termii())

add("json/decoy-telegram-export-no-secret", "sanyibox/notes/telegram_export/result_2024_08.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "SanyiBox Dev",
 "type": "private_group",
 "id": 4123987712,
 "messages": [
  {"id": 5210, "type": "message", "date": "2024-08-11T08:02:10", "from": "Zainab", "text": "Na rotate Paystack key, sabon yana Bitwarden"},
  {"id": 5211, "type": "message", "date": "2024-08-11T08:03:40", "from": "Aminu", "text": "Nagode. Tsohon key ya mutu? (revoked)"},
  {"id": 5212, "type": "message", "date": "2024-08-11T08:04:02", "from": "Zainab", "text": "Eh, an soke shi. Key na karshe: ...a91f"},
  {"id": 5213, "type": "message", "date": "2024-08-11T08:05:15", "from": "Bukar", "text": "Monday Market: akwati 4 sun lalace, ina jiran injiniya"}
 ]
}
''')

add("yaml/decoy-sops-encrypted", "sanyibox/deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops", r'''
paystack_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
flw_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2024-09-10T07:12:33Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=rnd(64, ALNUM + "+/"), iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(64, ALNUM + "+/"), iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=rnd(88, ALNUM + "+/"), iv3=rnd(43, ALNUM + "+/") + "=",
    t3=rnd(22, ALNUM + "+/") + "==")

add("yaml/decoy-k8s-configmap", "sanyibox/deploy/k8s/api-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: sanyibox-api
  namespace: sanyibox
data:
  DJANGO_SETTINGS_MODULE: sanyibox.settings.prod
  PAYSTACK_PUBLIC_KEY_NAME: paystack-public
  SMS_PROVIDER: termii
  MARKETS: "yankaba,dawanau,kantin-kwari,monday-market"
  TEMP_MAX_C: "6.0"
  SECRET_SOURCE: "vault:secret/sanyibox"
''')

add("yaml/decoy-image-digests", "sanyibox/deploy/images.lock.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest", r'''
# Hotunan da aka tabbatar (pinned image digests) — ana sabunta su da Renovate
images:
  api: sanyibox/api@sha256:@@h1@@
  ussd: sanyibox/ussd@sha256:@@h2@@
  worker: sanyibox/worker@sha256:@@h3@@
  postgres: postgres@sha256:@@h4@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("markdown/provisioning-mosquitto-pub", "sanyibox/iot/docs/provisioning.md", "https://mosquitto.org/man/mosquitto_pub-1.html", r'''
# Saita sabuwar na'urar sanyi (provisioning)

1. Kunna ESP32, hada shi da wifi na kasuwa.
2. Gwada cewa broker yana karba (Bukar ya yi haka a Monday Market):

```sh
mosquitto_pub -h mqtt.sanyibox.ng -p 8883 --capath /etc/ssl/certs \
  -u provisioner -P '@@s@@' \
  -t sanyi/monday-mkt-02/telemetry -m '{"temp_c":4.2,"battery_pct":88}'
```

3. Duba Grafana: "zafin-dakuna" -> monday-mkt-02.
4. Rubuta lambar akwati a jikin kofar da alamar fenti.
''', fakes.redis_password(_seed()))

_env_file = ("DJANGO_SECRET_KEY=" + fakes.django_secret_key(_seed()) + "\nDATABASE_URL=postgres://sanyibox@10.20.0.5:5432/sanyibox\n"
             "TIME_ZONE=Africa/Lagos\n")
add("yaml/k8s-secret-dotenv-b64", "sanyibox/deploy/k8s/api-dotenv.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-dotfiles-in-a-secret-volume", r'''
apiVersion: v1
kind: Secret
metadata:
  name: sanyibox-api-dotenv
  namespace: sanyibox
  annotations:
    note: "an hada .env gaba daya (Aminu) — a raba su daga baya"
type: Opaque
data:
  .env: @@d@@
''', _env_file.split("=", 1)[1].split("\n", 1)[0], d=b64(_env_file))

add("js/algolia-admin-key", "kanemgum/portal/resources/js/search-admin.js", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
// Sabunta index na bincike (lots da takardu) — ADMIN key, kada a tura zuwa browser!
import algoliasearch from "algoliasearch";

const client = algoliasearch("@@app@@", "@@s@@");
const index = client.initIndex("kanemgum_lots");

export async function reindex(lots) {
  await index.replaceAllObjects(lots.map((l) => ({ objectID: l.code, grade: l.grade, origin: l.origin })), {
    autoGenerateObjectIDIfNotExist: false,
  });
}
''', hexs(32), app=rnd(10, UPPER))

add("env/pusher-secret", "kanemgum/portal/.env.realtime", "https://pusher.com/docs/channels/server_api/authenticating-users/", r'''
# Sanarwar kai tsaye (live updates) ga masu saye: "container departed", "lab result"
BROADCAST_DRIVER=pusher
PUSHER_APP_ID=@@id@@
PUSHER_APP_KEY=@@key@@
PUSHER_APP_SECRET=@@s@@
PUSHER_APP_CLUSTER=eu
''', hexs(20), id=rnd(7, string.digits), key=hexs(20))

add("xml/odoo-mail-server-data", "kanemgum/odoo/addons/kanemgum_base/data/mail_server.xml", "https://www.odoo.com/documentation/17.0/applications/general/email_communication/email_servers.html", r'''
<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <!-- Sabar imel na fita (outgoing) — Zoho -->
    <record id="mail_server_zoho" model="ir.mail_server">
        <field name="name">Zoho (exports@kanemgum.com)</field>
        <field name="smtp_host">smtp.zoho.com</field>
        <field name="smtp_port">587</field>
        <field name="smtp_encryption">starttls</field>
        <field name="smtp_user">exports@kanemgum.com</field>
        <field name="smtp_pass">@@s@@</field>
    </record>
</odoo>
''', words_pw())

add("shell/netlify-token", "sanyibox/web/scripts/deploy_preview.sh", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", r'''
#!/usr/bin/env bash
# Preview na sabon shafi kafin a tura (Zainab)
set -euo pipefail
npm run build
NETLIFY_AUTH_TOKEN=@@s@@ npx netlify deploy --dir=dist --site sanyibox-web --message "preview $(git rev-parse --short HEAD)"
''', "nfp_" + mixed(36))

add("yaml/redis-env-compose-override", "sanyibox/docker-compose.override.yml", "https://hub.docker.com/_/redis", r'''
# Na gida (local) — Nasiru. Ina amfani da redis na staging don gwada tunatarwa.
services:
  api:
    environment:
      CELERY_BROKER_URL: redis://default:@@s@@@staging-redis.sanyibox.ng:6379/0
      DEBUG: "1"
''', fakes.redis_password(_seed()))

add("python/basic-auth-header-b64", "kanemgum/tools/nepc/permit_check.py", "https://datatracker.ietf.org/doc/html/rfc7617", r'''
"""Duba matsayin takardar izinin fitarwa (export permit) a portal na NEPC."""
import requests

HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}

r = requests.get("https://portal.nepc.gov.ng/api/permits?exporter=kanemgum", headers=HEADERS, timeout=30)
for p in r.json().get("permits", []):
    print(p["number"], p["status"], p["expires"])
''', b64("kanemgum_export:" + fakes.password(_seed())))

add("cs/csharp-connection-string", "kanemgum/labels/LabelPrinter/Db.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r'''
using Microsoft.Data.SqlClient;

namespace KanemGum.Labels;

// Buga lakabin buhu (bag labels): lot, grade, nauyi, QR na traceability
public static class Db
{
    private const string Conn = "Server=SAGE-PC\\SQLEXPRESS;Database=KanemGum2024;User Id=labels;Password=@@s@@;TrustServerCertificate=True";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(Conn);
        c.Open();
        return c;
    }
}
''', fakes.password(_seed()))

add("html/decoy-login-form", "sanyibox/api/templates/accounts/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r'''
{% extends "base.html" %}
{% block content %}
<form method="post" action="{% url 'login' %}">
  {% csrf_token %}
  <label for="phone">Lambar waya</label>
  <input id="phone" name="phone" type="tel" placeholder="0803 000 0000" required>
  <label for="password">Kalmar sirri</label>
  <input id="password" name="password" type="password" placeholder="••••••••" autocomplete="current-password" required>
  <button type="submit">Shiga</button>
  <a href="{% url 'password_reset' %}">Ka manta kalmar sirri?</a>
</form>
{% endblock %}
''')

add("json/decoy-i18n-strings", "sanyibox/mobile_flutter/assets/i18n/ha.json", "https://docs.flutter.dev/ui/accessibility-and-internationalization/internationalization", r'''
{
  "login_title": "Shiga SanyiBox",
  "phone_label": "Lambar waya",
  "password_label": "Kalmar sirri",
  "password_hint": "Akalla haruffa 8",
  "otp_sent": "Mun tura lambar tabbatarwa ta SMS",
  "api_key_missing": "Babu mabuɗin API — tuntubi ofis",
  "token_expired": "Zaman ka ya kare, sake shiga",
  "crate_rented": "An yi hayar akwati #{n} na kwana {d}"
}
''')

add("markdown/decoy-password-policy", "kanemgum/notes/ka'idojin_kalmar_sirri.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", r'''
# Ka'idojin kalmar sirri (password policy) — Kanem Acacia Gum Exports

- Akalla haruffa 14; a yi amfani da jimla (passphrase), misali: `<kalmomi-hudu-da-ka-zaba>`.
- Kada a sake amfani da kalmar sirri daya a wurare biyu.
- Kada a tura kalmar sirri ta WhatsApp ko imel. A yi amfani da Bitwarden Send (yana kare bayan awa 24).
- 2FA (Authenticator) dole ne a: Zoho, Odoo, banki, NEPC portal.
- Idan ka yi zargin an gano kalmar sirri, gaya wa Bulama nan take.
''')

add("python/decoy-migration-uuids", "sanyibox/api/rentals/migrations/0012_seed_markets.py", "https://docs.djangoproject.com/en/5.0/topics/migrations/#data-migrations", r'''
from django.db import migrations

MARKETS = [
    ("@@u1@@", "Yankaba", "Kano", 12.021, 8.548),
    ("@@u2@@", "Dawanau", "Kano", 12.101, 8.459),
    ("@@u3@@", "Kantin Kwari", "Kano", 11.997, 8.517),
    ("@@u4@@", "Monday Market", "Maiduguri", 11.846, 13.157),
]


def seed(apps, schema_editor):
    Market = apps.get_model("rentals", "Market")
    for uid, name, city, lat, lng in MARKETS:
        Market.objects.get_or_create(id=uid, defaults={"name": name, "city": city, "lat": lat, "lng": lng})


class Migration(migrations.Migration):
    dependencies = [("rentals", "0011_crate_temp_max")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/decoy-paystack-settlements", "sanyibox/finance/settlements_2024-09.csv", "https://paystack.com/docs/payments/payouts/", r'''
date,reference,channel,market,crate,amount_ngn,fee_ngn,settled,paystack_txn_id
2024-09-02,SBX-20931,card,Yankaba,12,1500.00,22.50,yes,@@t1@@
2024-09-02,SBX-20932,ussd,Dawanau,3,900.00,13.50,yes,@@t2@@
2024-09-02,SBX-20933,bank_transfer,Monday Market,7,1350.00,20.25,yes,@@t3@@
2024-09-03,SBX-20934,card,Kantin Kwari,1,500.00,7.50,pending,@@t4@@
''', t1=rnd(10, string.digits), t2=rnd(10, string.digits), t3=rnd(10, string.digits), t4=rnd(10, string.digits))

add("python/decoy-fixture-marked-fake", "sanyibox/api/payments/tests/fixtures.py", "https://paystack.com/docs/payments/webhooks/", r'''
"""Bayanan gwaji na webhook (fake). Ba su da amfani a wajen gwaji."""
FAKE_WEBHOOK_SECRET = "not-a-real-secret-for-tests-only"

CHARGE_SUCCESS = {
    "event": "charge.success",
    "data": {
        "reference": "SBX-TEST-0001",
        "amount": 150000,
        "currency": "NGN",
        "channel": "card",
        "customer": {"email": "gwaji@example.com"},
        "metadata": {"crate": 12, "market": "yankaba"},
    },
}
''')

add("yaml/decoy-precommit-config", "kanemgum/.pre-commit-config.yaml", "https://github.com/gitleaks/gitleaks#pre-commit", r'''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: detect-private-key
      - id: end-of-file-fixer
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.18.4
    hooks:
      - id: gitleaks
''')

add("text/decoy-ssh-known-hosts", "kanemgum/ops/dotfiles/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# sabobin da muka amince da su (host keys)
erp.kanemgum.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
sftp.apapa-forwarders.com.ng ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
git.kanemgum.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
kano-wh.kanemgum.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@=
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(43, ALNUM + "+/"), k4=rnd(87, ALNUM + "+/"))
