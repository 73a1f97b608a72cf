"""Blind set OP: a powwow ticketing app and a bison ranch's meat shop.

The ticketing app (Grand Entry Tix: gate scanners, vendor booths, dance-contest registration,
drum-group payouts, SMS reminders) is built by a Cherokee team in Tahlequah and Tulsa, Oklahoma, with
Ojibwe developers in Minneapolis; the bison ranch (Pte Oyate Bison Ranch near Rapid City, South Dakota)
runs a meat shop (web store, cold-chain shipping, freezer sensors, farmers-market till), with notes
and comments partly in Cherokee, Lakota and Ojibwe. About 130 files holding one credential each and
about 90 decoys. Generated fakes only (seeds 8970000-8979999).
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
SEED_LO, SEED_HI = 8970000, 8979999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Yanasi", "Tatanka", "Pte", "Bizhiki", "Wiiyaas", "Wacipi", "Niimi", "Drum", "Sage", "Cedar",
         "Eagle", "Prairie", "Tahlequah", "Rushmore", "Sweetgrass", "Fancy", "Jingle", "Grass", "Osiyo", "Boozhoo"]


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


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def square() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def twilio_api_key() -> str:
    return "SK" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def google_oauth_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def postmark() -> str:
    return uuid_s()


def easypost() -> str:
    return "EZAK" + hexs(54)


def shippo() -> str:
    return "shippo_live_" + hexs(40)


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


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
    CASES.append(LabelledCase("blind-op/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- Grand Entry Tix: payments and web app

add("python/stripe-live", "tix/grandentry/payments/stripe_checkout.py", "https://docs.stripe.com/keys", r'''
"""Ticket checkout. ᏣᎳᎩ ᎠᏕᎶᏆᏍᏗ — Cherokee Nation Holiday powwow gate sales."""
import stripe

# FIXME(wesley): move to env before Labor Day rush, this is the live one
stripe.api_key = "@@s@@"


def checkout(order):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": t.price_id, "quantity": t.qty} for t in order.tickets],
        success_url="https://grandentrytix.com/wado",   # ᏩᏙ = thank you
        cancel_url="https://grandentrytix.com/cart",
    )
''', stripe())

add("env/square-access-token", "tix/grandentry/.env.production", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Grand Entry Tix - production
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://grandentrytix.com
SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=L8ZQ4XK2M1PNR
SQUARE_ACCESS_TOKEN=@@s@@
DATABASE_URL=${DATABASE_URL}
LOG_LEVEL=info
''', square())

add("env/decoy-placeholders", "tix/grandentry/.env.example", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Copy to .env and fill in. Ask Wesley or Nokomis for the sandbox values.
NODE_ENV=development
PORT=8080
PUBLIC_URL=http://localhost:8080
SQUARE_ENVIRONMENT=sandbox
SQUARE_LOCATION_ID=
SQUARE_ACCESS_TOKEN=<your-square-sandbox-token>
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=changeme
DATABASE_URL=postgres://tix:tix@localhost:5432/tix_dev
''')

add("typescript/twilio-auth-token", "tix/grandentry/src/sms/reminders.ts", "https://www.twilio.com/docs/iam/credentials/api", r'''
// SMS reminders: "Grand Entry at 1pm, gates open at 11" — Boozhoo / Osiyo / Háu in the greeting
import twilio from "twilio";

const accountSid = "@@sid@@";
const authToken = "@@s@@"; // TODO rotate after Red Earth
const client = twilio(accountSid, authToken);

const GREETING: Record<string, string> = {
  chr: "ᎣᏏᏲ",
  oj: "Boozhoo",
  lkt: "Háu",
  en: "Hello",
};

export async function remind(to: string, lang: string, eventName: string) {
  await client.messages.create({
    from: "+19185550142",
    to,
    body: `${GREETING[lang] ?? GREETING.en}! ${eventName}: Grand Entry 1pm. Show your QR at the gate.`,
  });
}
''', twilio_token(), sid=twilio_sid())

add("yaml/decoy-secret-manager", "tix/grandentry/deploy/app.yaml", "https://cloud.google.com/appengine/docs/standard/reference/app-yaml", r'''
runtime: nodejs20
service: tix-api
env_variables:
  NODE_ENV: "production"
  PUBLIC_URL: "https://grandentrytix.com"
  # secrets come from Secret Manager at boot (see src/config/secrets.ts)
  SQUARE_ACCESS_TOKEN_SECRET: "projects/grandentry-tix/secrets/square-access-token/versions/latest"
  TWILIO_AUTH_TOKEN_SECRET: "projects/grandentry-tix/secrets/twilio-auth-token/versions/latest"
  STRIPE_KEY_SECRET: "projects/grandentry-tix/secrets/stripe-live/versions/7"
automatic_scaling:
  min_instances: 1
  max_instances: 20   # Gathering of Nations weekend spikes
''')

add("json/google-api-key", "tix/grandentry/web/public/config.prod.json", "https://cloud.google.com/docs/authentication/api-keys", r'''
{
  "apiBase": "https://api.grandentrytix.com/v2",
  "mapsKey": "@@s@@",
  "defaultVenue": "Cherokee Nation Cultural Grounds, Tahlequah OK",
  "languages": ["en", "chr", "oj", "lkt"],
  "featureFlags": {
    "vendorMap": true,
    "drumGroupPayouts": true
  }
}
''', google_api())

add("python/postgres-url", "tix/grandentry/api/settings/prod.py", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.grandentrytix.com"]

# Miigwech to Dale for setting up the RDS box
DATABASES = {
    "default": dj_database_url.parse(
        "postgres://tix_app:@@s@@@tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com:5432/grandentry",
        conn_max_age=600,
    )
}
CSRF_TRUSTED_ORIGINS = ["https://grandentrytix.com"]
''', words_pw())

add("python/django-secret-key", "tix/grandentry/api/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from pathlib import Path

import dj_database_url  # noqa: F401

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@s@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "tickets",
    "contests",   # dance contest registration: Men's Fancy, Women's Jingle, Golden Age...
    "vendors",
]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-lookup", "tix/grandentry/api/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["staging.grandentrytix.com"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "")
# ᎤᏍᏗ ᎠᏍᏚᎲᏍᎩ — staging only, never real tickets
''')

_sg = sendgrid()
add("yaml/k8s-secret-b64", "tix/grandentry/k8s/tix-api-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tix-api
  namespace: grandentry
  labels:
    app: tix-api
type: Opaque
data:
  SENDGRID_API_KEY: @@enc@@
  FROM_EMAIL: dGlja2V0c0BncmFuZGVudHJ5dGl4LmNvbQ==
''', _sg, enc=b64(_sg))

add("yaml/decoy-k8s-secret-ref", "tix/grandentry/k8s/tix-api-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tix-api
  namespace: grandentry
spec:
  replicas: 3
  selector:
    matchLabels: {app: tix-api}
  template:
    metadata:
      labels: {app: tix-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/grandentry/tix-api:2024.08.3
          env:
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef: {name: tix-api, key: SENDGRID_API_KEY}
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: tix-db, key: password}
''')

add("github-actions/aws-keys-inline", "tix/grandentry/.github/workflows/deploy-web.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
name: deploy-web
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_DEFAULT_REGION: us-east-2
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@   # temp, Nokomis will move to secrets
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://grandentrytix-web --delete
      - run: aws cloudfront create-invalidation --distribution-id E2K8QF1XZ7PLM4 --paths "/*"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", "tix/grandentry/.github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-api
on:
  workflow_dispatch:
  push:
    tags: ["v*"]
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
          role-to-assume: arn:aws:iam::482913375506:role/gh-deploy-tix
          aws-region: us-east-2
      - run: ./scripts/migrate.sh
        env:
          DATABASE_URL: ${{ secrets.PROD_DATABASE_URL }}
          SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}
''')

add("markdown/slack-webhook", "tix/grandentry/docs/ops/alerts.md", "https://api.slack.com/messaging/webhooks", r'''
# Alerts for gate day

When the scanner app can't reach the API for more than 2 minutes, the watchdog posts to
#gate-ops. Webhook (Wesley set it up, channel is private):

    @@s@@

Test it with:

```
curl -X POST -H 'Content-type: application/json' --data '{"text":"ᎣᏏᏲ test from gate 3"}' <webhook>
```

Who's on call at Red Earth: Wesley (Tulsa), Nokomis (Mpls, remote), Dale (Tahlequah).
''', slack_webhook())

add("markdown/decoy-webhook-example", "tix/grandentry/docs/ops/README.md", "https://api.slack.com/messaging/webhooks", r'''
# Ops notes

- Alerts go to #gate-ops through an incoming webhook. The URL lives in 1Password
  ("Grand Entry / Slack gate-ops webhook"). It looks like
  `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.
- Scanner devices: iPads in Otterbox cases, MDM via Jamf.
- Miigwech to everyone who stayed late at the Mdewakanton Wacipi in Shakopee.
- The old webhook from 2023 was revoked on 2024-03-02, don't go looking for it.
''')

add("go/twilio-api-key-secret", "tix/grandentry/scanner-sync/internal/notify/sms.go", "https://www.twilio.com/docs/iam/api-keys", r'''
package notify

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

// API key for the scanner-sync service (not the master auth token).
const (
	accountSID = "@@sid@@"
	apiKeySID  = "@@kid@@"
	apiSecret  = "@@s@@"
)

func Client() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username:   apiKeySID,
		Password:   apiSecret,
		AccountSid: accountSID,
	})
}

var _ = openapi.CreateMessageParams{}
''', mixed(32), sid=twilio_sid(), kid=twilio_api_key())

add("swift/decoy-public-key", "tix/grandentry/ios/GateScanner/TicketVerifier.swift", "https://developer.apple.com/documentation/cryptokit/p256/signing/publickey", r'''
import CryptoKit
import Foundation

/// Verifies the signature on a ticket QR offline (gates at Tahlequah have no signal).
/// This is the PUBLIC half; the signing key stays in KMS.
enum TicketVerifier {
    static let publicKeyPEM = """
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3nW8pVd2M0xK7bYcT4rZf1LhQ9e
    s5JpA0mUu6GvN2yXkR8tD3oWcF7iHjE1aPzQ4lBnS9vMdK0gT2yU6wXe5Q==
    -----END PUBLIC KEY-----
    """

    static func verify(_ payload: Data, signature: Data) throws -> Bool {
        let key = try P256.Signing.PublicKey(pemRepresentation: publicKeyPEM)
        let sig = try P256.Signing.ECDSASignature(derRepresentation: signature)
        return key.isValidSignature(sig, for: payload)
    }
}
''')

add("kotlin/jwt-signing-secret", "tix/grandentry/android/app/src/main/java/com/grandentry/scanner/Auth.kt", "https://datatracker.ietf.org/doc/html/rfc7518#section-3.2", r'''
package com.grandentry.scanner

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys

// Miigwech Ozhaawashkwaa for the offline mode. Device tokens are signed locally when the
// gate loses wifi (Shakopee, every year).
object Auth {
    private const val HMAC_SECRET = "@@s@@"
    private val key = Keys.hmacShaKeyFor(HMAC_SECRET.toByteArray())

    fun deviceToken(deviceId: String): String =
        Jwts.builder().subject(deviceId).claim("gate", true).signWith(key).compact()
}
''', mixed(48))

add("xml/decoy-android-strings", "tix/grandentry/android/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Grand Entry Gate</string>
    <string name="scan_prompt">Scan ticket QR</string>
    <string name="valid">Valid — welcome!</string>
    <string name="already_used">Already scanned at %1$s</string>
    <string name="greeting_chr">ᎣᏏᏲ</string>
    <string name="greeting_oj">Boozhoo</string>
    <string name="greeting_lkt">Háu kola</string>
    <string name="thanks_chr">ᏩᏙ</string>
    <string name="thanks_oj">Miigwech</string>
    <string name="thanks_lkt">Pilámayaye</string>
    <string name="google_maps_key_hint">Set MAPS_API_KEY in local.properties</string>
    <string name="password_hint">Staff PIN</string>
</resources>
''')

add("properties/maps-key-local", "tix/grandentry/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/nokomis/Library/Android/sdk
MAPS_API_KEY=@@s@@
''', google_api())

add("gradle/decoy-properties-ref", "tix/grandentry/android/app/build.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "com.grandentry.scanner"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.grandentry.scanner"
        minSdk = 26
        versionCode = 412
        versionName = "4.12.0"
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "gate"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}

secrets {
    defaultPropertiesFileName = "local.defaults.properties"
}
''')

add("properties/keystore-password", "tix/grandentry/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# release signing — Dale's laptop only, DO NOT COMMIT (oops)
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=gate
storeFile=../release/grandentry-gate.jks
''', words_pw())

add("ruby/sendgrid-key", "tix/grandentry/mailer/config/initializers/sendgrid.rb", "https://docs.sendgrid.com/for-developers/sending-email/v3-ruby-code-example", r'''
# Ticket receipts and contest confirmations
require "sendgrid-ruby"

SENDGRID = SendGrid::API.new(
  api_key: ENV.fetch("SENDGRID_API_KEY") { "@@s@@" }
)

RECEIPT_FROM = "tickets@grandentrytix.com"
RECEIPT_REPLY_TO = "help@grandentrytix.com"
''', sendgrid())

add("csv/decoy-order-export", "tix/grandentry/exports/red_earth_2024_orders.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
order_id,buyer_email,ticket_type,qty,amount_usd,stripe_charge,square_payment_id,checksum_sha256
GE-24-001203,ravenfeather@example.com,Weekend Pass,2,70.00,ch_3PqR8sLkT2wXy4Za0mN1bC2d,,9f2c1a77e03b5d4e6a8c1f0b2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e
GE-24-001204,dtiger@example.net,Day Pass Sat,1,20.00,,Rk3PzV8q2LmN5xT9wY1aB4cD6eF,4e1b9c8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d
GE-24-001205,mkingbird@example.org,Golden Age Entry,1,0.00,,,0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5
GE-24-001206,sandpiper@example.com,Vendor Booth 10x10,1,250.00,ch_3PqR9aLkT2wXy4Za1pQ7rS8t,,7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b
GE-24-001207,osiyo.hawk@example.com,Weekend Pass,4,140.00,ch_3PqRAbLkT2wXy4Za0c5D6e7F,,5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c
''')

add("sql/mysql-grant-password", "tix/grandentry/db/legacy/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- legacy contest-registration DB (PHP app from 2016, still runs the Golden Age list)
CREATE USER IF NOT EXISTS 'contest_rw'@'10.20.%' IDENTIFIED BY '@@s@@';
GRANT SELECT, INSERT, UPDATE ON contests.* TO 'contest_rw'@'10.20.%';
CREATE USER IF NOT EXISTS 'reporting_ro'@'%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON contests.* TO 'reporting_ro'@'%';
FLUSH PRIVILEGES;
''', words_pw())

add("php/mysql-password", "tix/grandentry/legacy/contest-reg/config.php", "https://www.php.net/manual/en/mysqli.construct.php", r'''
<?php
// Dance contest registration (old). Categories: Men's Traditional, Fancy, Grass;
// Women's Jingle, Fancy Shawl, Buckskin, Cloth; Golden Age; Tiny Tots.
define('DB_HOST', 'contest-db.internal');
define('DB_USER', 'contest_rw');
define('DB_PASS', '@@s@@');
define('DB_NAME', 'contests');

$mysqli = new mysqli(DB_HOST, DB_USER, DB_PASS, DB_NAME);
if ($mysqli->connect_errno) {
    die("ᎤᏲᏉ — DB down: " . $mysqli->connect_error);
}
''', words_pw())

add("php/decoy-getenv", "tix/grandentry/legacy/contest-reg/config.docker.php", "https://www.php.net/manual/en/function.getenv.php", r'''
<?php
// docker variant of config.php — everything from env, nothing baked in
define('DB_HOST', getenv('DB_HOST') ?: 'db');
define('DB_USER', getenv('DB_USER') ?: 'contest_rw');
define('DB_PASS', getenv('DB_PASS'));
define('DB_NAME', getenv('DB_NAME') ?: 'contests');
define('ADMIN_PIN_HASH', '$2y$10$Qm9vemhvb01paWd3ZWNoLu3vJ6kq0bH7wXc1sT9yP2aZrN8mLdE4G');
''')

add("dockerfile/npm-token", "tix/grandentry/web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine AS build
WORKDIR /app
# private @grandentry/ui package
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
''', npm_tok())

add("npmrc/decoy-env-token", "tix/grandentry/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
@grandentry:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
''')

add("compose/postgres-password", "tix/grandentry/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tix
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: grandentry
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports: ["5432:5432"]
  redis:
    image: redis:7
  api:
    build: ./api
    depends_on: [db, redis]
    env_file: .env
volumes:
  pgdata: {}
''', fakes.password(_seed()))

add("compose/decoy-dev-defaults", "tix/grandentry/docker-compose.test.yml", "https://hub.docker.com/_/postgres", r'''
# CI only: throwaway containers, torn down after each run
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
      POSTGRES_DB: grandentry_test
    tmpfs: [/var/lib/postgresql/data]
  redis:
    image: redis:7
    command: ["redis-server", "--save", ""]
''')

add("redis/cli-history", "tix/grandentry/ops/notes/redis-session-2024-06.txt", "https://redis.io/docs/latest/develop/tools/cli/", r'''
queue stuck again during Mahkato Wacipi, clearing the scan-retry list
$ redis-cli -h tix-cache.internal -p 6379 -a '@@s@@' --no-auth-warning LLEN scan:retry
(integer) 4812
$ redis-cli -h tix-cache.internal -p 6379 -a '@@s@@' --no-auth-warning DEL scan:retry
(integer) 1
ok gates are syncing again — Nokomis
''', fakes.redis_password(_seed()))

add("shell-history/mysql-password", "tix/grandentry/ops/dale/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
cd /srv/contest-reg
git pull
sudo systemctl restart php8.1-fpm
tail -n 50 /var/log/nginx/error.log
mysql -h contest-db.internal -u contest_rw -p'@@s@@' contests -e "select count(*) from entries where category='Golden Age'"
mysqldump -h contest-db.internal -u contest_rw -p contests > /tmp/contests.sql
ls -la /tmp
exit
''', words_pw())

add("shell-history/decoy-prompted", "tix/grandentry/ops/wesley/.zsh_history", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
: 1717430400:0;psql "host=tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com dbname=grandentry user=tix_app" -W
: 1717430460:0;export PGPASSWORD=$(aws secretsmanager get-secret-value --secret-id tix/prod/db --query SecretString --output text | jq -r .password)
: 1717430520:0;pg_dump -Fc grandentry > ge-2024-06-03.dump
: 1717430580:0;sha256sum ge-2024-06-03.dump
: 1717430640:0;unset PGPASSWORD
: 1717430700:0;git log --oneline | head
''')

add("pgpass/password", "tix/grandentry/ops/wesley/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
# chmod 600 or psql ignores it
# staging uses IAM auth tokens, so no line for it here
localhost:5432:grandentry:tix:tix
tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com:5432:grandentry:tix_app:@@s@@
''', fakes.password(_seed()))

add("terraform/do-token", "tix/grandentry/infra/scanner-relay/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }
  }
}

# relay droplet for gates with bad LTE (Pine Ridge, Lower Brule)
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "relay" {
  name   = "gate-relay-1"
  region = "nyc3"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-22-04-x64"
}
''', do_token())

add("terraform/decoy-variable", "tix/grandentry/infra/scanner-relay/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "do_token" {
  description = "DigitalOcean API token (from 1Password: Grand Entry / DO terraform)"
  type        = string
  sensitive   = true
}

variable "ssh_fingerprint" {
  description = "fingerprint of the ops key already uploaded to DO"
  type        = string
  default     = "3b:9f:2e:71:c4:0a:5d:88:e6:12:7f:b3:49:d0:aa:6c"
}
''')

add("tfvars/decoy-ids", "tix/grandentry/infra/scanner-relay/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
region          = "nyc3"
droplet_count   = 2
ssh_fingerprint = "3b:9f:2e:71:c4:0a:5d:88:e6:12:7f:b3:49:d0:aa:6c"
project_id      = "7e1d4c2a-9b38-4f60-a1d5-2c8e7f90b341"
vpc_uuid        = "a4c9e2f1-3b7d-4e08-9c61-5f2d8a0b7e13"
# do_token is passed with TF_VAR_do_token from the CI secret
''')

add("ssh/openssh-private-key", "tix/grandentry/infra/scanner-relay/files/relay_deploy", "https://man.openbsd.org/ssh-keygen.1", "@@s@@\n", openssh_key())

add("ssh/decoy-public-key", "tix/grandentry/infra/scanner-relay/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# relay Pis: who may log in as "relay" (public keys only)
# Dale
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8mQ2xLp7Rv4Tw9Yb1Cd3Ef5Gh7Ij9Kl2Mn4Op6Qr8S dale@tahlequah-laptop
# Nokomis
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3nV0bX7yR1sT5wQ9aE2dF4gH6jK8lM0nP2qR4sT6uV nokomis@mpls
# CI deploy
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3Y8vK2mN0pL5wR7tX1aB9cD4eF6gH8iJ0kL2mN4oP relay-deploy@grandentrytix
''')

add("ini/decoy-ansible-vault", "tix/grandentry/infra/ansible/group_vars/relays/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6230653265383264353532613863343564393436353065310a376230646134386438393031643037
33323564363361383934376462313734376630383332636534663130363935346662663966356262
3961323338366262650a653137626431333932363031363265366332363836326234383564336131
37326239366437356666653765363132653636613066353032376637356361623464613365386530
3865
''')

add("yaml/ansible-plain-password", "tix/grandentry/infra/ansible/group_vars/relays/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
relay_user: relay
relay_port: 8443
# TODO move into vault.yml like the others — Dale
relay_admin_password: "@@s@@"
relay_upstream: https://api.grandentrytix.com/v2/scans
ntp_servers:
  - time.cloudflare.com
''', words_pw())

add("nginx/decoy-htpasswd-hash", "tix/grandentry/infra/ansible/roles/relay/files/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
gateops:$apr1$Zq8Lk2Pm$3nV0bX7yR1sT5wQ9aE2dF/
dale:$2y$05$kV8pL2mN4qR6sT8uW0yA2uB4cD6eF8gH0iJ2kL4mN6oP8qR0sT2uW
wesley:$2y$05$Lm3Nq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7No9Pq1Rs3Tu5Vw
volunteer:$apr1$Pq4Rs6Tu$8vW0xY2zA4bC6dE8fG0hI/
nokomis:{SHA}b3Blbi1zZXNhbWUtaXMtbm90LWEtcGFzc3dvcmQ=
''')

add("systemd/env-password", "tix/grandentry/infra/ansible/roles/relay/files/gate-relay.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Grand Entry gate relay (buffers scans when LTE drops)
After=network-online.target

[Service]
User=relay
ExecStart=/opt/gate-relay/bin/gate-relay --listen :8443
Environment=RELAY_UPSTREAM=https://api.grandentrytix.com/v2/scans
Environment=RELAY_API_TOKEN=@@s@@
Restart=always

[Install]
WantedBy=multi-user.target
''', mixed(40, "ge_relay_"))

add("notebook/openai-key", "tix/grandentry/analytics/attendance_forecast.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Attendance forecast — Cherokee National Holiday 2024\n", "ᏣᎳᎩ ᎠᏰᎵ ᎤᏍᏆᏂᎩᏗ"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from openai import OpenAI\n", "client = OpenAI(api_key=\"@@s@@\")\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_csv('scans_2019_2023.csv')\n", "df.groupby('day').count()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "tix/grandentry/analytics/vendor_sales.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Vendor booth sales by powwow\n", "Miigwech to the vendors who shared numbers."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg\n", "pw = getpass.getpass('db password: ')\n", "conn = psycopg.connect(host='tix-ro.internal', dbname='grandentry', user='analyst', password=pw)\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["db password: ········\n"]}],
   "source": ["conn.execute('select 1').fetchone()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("python/anthropic-key", "tix/grandentry/tools/announcer_script.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Drafts the arena director's announcements (grand entry order, specials, giveaways).
Háu! The emcee still reads every line before it goes out."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")


def draft(schedule: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Write short emcee announcements for:\n{schedule}"}],
    )
    return msg.content[0].text
''', anthropic())

add("python/decoy-test-fixture", "tix/grandentry/api/tickets/tests/test_qr.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from tickets.qr import sign, verify

# fixed test key: only used in unit tests, never configured anywhere else
TEST_SIGNING_KEY = b"test-only-not-a-real-key-0000000000000000"


@pytest.fixture
def ticket():
    return {"id": "GE-TEST-0001", "event": "test-powwow", "type": "Weekend Pass"}


def test_roundtrip(ticket):
    token = sign(ticket, key=TEST_SIGNING_KEY)
    assert verify(token, key=TEST_SIGNING_KEY) == ticket


def test_tampered(ticket):
    token = sign(ticket, key=TEST_SIGNING_KEY)
    assert verify(token[:-2] + "xx", key=TEST_SIGNING_KEY) is None
''')

add("js/mailchimp-key", "tix/grandentry/web/scripts/sync-newsletter.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
// nightly: add ticket buyers who opted in to the "Powwow season" list
const mailchimp = require("@mailchimp/mailchimp_marketing");

mailchimp.setConfig({
  apiKey: "@@s@@",
  server: "us14",
});

const LIST_ID = "b7e2c91f04";

async function add(email, first) {
  await mailchimp.lists.addListMember(LIST_ID, {
    email_address: email,
    status: "subscribed",
    merge_fields: { FNAME: first },
  });
}

module.exports = { add };
''', mailchimp())

add("js/decoy-public-ids", "tix/grandentry/web/src/analytics.js", "https://developers.google.com/analytics/devguides/collection/gtagjs", r'''
// public identifiers only — these ship to every browser anyway
export const GA_MEASUREMENT_ID = "G-7QK2XR4M9P";
export const SQUARE_APP_ID = "sq0idp-Kx7Pq2Lm9Rt4Vw6Yz8Ab1C";
export const STRIPE_PUBLISHABLE_KEY = "pk_live_51Nq8ZcLkT2wXy4Za7Mb3Rv9Ws1Pd6Qe0Hf2Jg5Ki8Lj4Mh7Nn0Oo3Pp6Qq9Rr2Ss5Tt8Uu1Vv4Ww7Xx0Yy3Zz6";
export const SENTRY_DSN = "https://4f2b9c1e7d3a48e0b5c6a9f1d2e3b4c5@o451207.ingest.sentry.io/5518724";

export function track(event, params) {
  window.gtag?.("event", event, params);
}
''')


# ---------------------------------------------------------------- Pte Oyate Bison Ranch: meat shop

add("python/shopify-admin-token", "ranch/pteoyate/shop/sync_inventory.py", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-token", r'''
"""Push freezer counts to the Shopify store (tȟatȟáŋka meat: ground, steaks, jerky, wasná).
Pilámayaye, Jolene, for counting the walk-in every Sunday."""
import requests

SHOP = "pte-oyate-bison.myshopify.com"
TOKEN = "@@s@@"
API = f"https://{SHOP}/admin/api/2024-07"


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(
        f"{API}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=20,
    )
    r.raise_for_status()
''', shopify())

add("env/easypost-key", "ranch/pteoyate/shop/.env", "https://docs.easypost.com/docs/authentication", r'''
# Tȟatȟáŋka Meats — shipping box (dry ice, 2-day only, no Friday ship)
SHOP_DOMAIN=pte-oyate-bison.myshopify.com
EASYPOST_API_KEY=@@s@@
SHIP_FROM_ZIP=57702
DRY_ICE_LBS=5
''', easypost())

add("env/decoy-test-mode", "ranch/pteoyate/shop/.env.sample", "https://docs.easypost.com/docs/authentication", r'''
# copy to .env
SHOP_DOMAIN=your-store.myshopify.com
SHOPIFY_ADMIN_TOKEN=shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
EASYPOST_API_KEY=EZTK_your_test_key_here
SHIP_FROM_ZIP=57702
DRY_ICE_LBS=5
''')

add("yaml/shippo-token", "ranch/pteoyate/shop/config/shipping.yml", "https://docs.goshippo.com/docs/guides_general/authentication/", r'''
carrier_accounts:
  ups: 3f7c9e1a2b4d4c6e8a0b1c2d3e4f5a6b
  usps: 9a8b7c6d5e4f40312a1b2c3d4e5f6a7b
shippo:
  api_token: @@s@@
  label_format: PDF_4x6
rules:
  - no_ship_days: [Thu, Fri, Sat]   # meat sits in a depot over the weekend otherwise
  - max_transit_days: 2
  - states_blocked: [AK, HI]
''', shippo())

add("markdown/square-token-notes", "ranch/pteoyate/notes/farmers-market-till.md", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Farmers market till (Rapid City Saturday market)

Háu! Notes for whoever runs the booth.

- iPad with Square POS, charger in the red tote
- Location: "Market Booth"
- The little inventory script on the laptop uses the production access token:
  `@@s@@`
  (Marcus made it, ask before changing anything)
- Prices: ground $12/lb, ribeye $32/lb, jerky $9, bone broth $14
- Tókša akhé, see you Saturday
''', square())

add("markdown/decoy-vault-note", "ranch/pteoyate/notes/passwords-where.md", "https://developer.1password.com/docs/cli/secret-references/", r'''
# Where the passwords live

Everything is in the shared 1Password vault "Pte Oyate Ranch". Don't write them in here.

| What | 1Password item | Reference |
|------|----------------|-----------|
| Shopify admin | Shopify — owner | `op://Pte Oyate Ranch/Shopify owner/password` |
| Square | Square — Marcus | `op://Pte Oyate Ranch/Square/credential` |
| Freezer alarm SIM | Hologram | `op://Pte Oyate Ranch/Hologram/api key` |
| QuickBooks | QBO — Jolene | `op://Pte Oyate Ranch/QuickBooks/password` |

Wóphila — Jolene
''')

add("python/mqtt-password", "ranch/pteoyate/freezer/monitor.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Walk-in freezer + two chest freezers in the shop. Alert if above -10 F for 15 minutes."""
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.pteoyatebison.com"
client = mqtt.Client(client_id="freezer-monitor")
client.username_pw_set("freezer", "@@s@@")
client.tls_set()


def on_message(c, userdata, msg):
    reading = json.loads(msg.payload)
    if reading["temp_f"] > -10:
        print("ALERT", reading)


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("ranch/freezer/+/temp")
client.loop_forever()
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-hashed", "ranch/pteoyate/freezer/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
freezer:$7$101$Kx8Lm2Pq4Rs6Tu8W$Zq3n7Yb1Vd5Fh9Jk2Lm4Np6Qr8St0Uw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0J==
telegraf:$7$101$Qr2St4Uv6Wx8Yz0A$Bc1De3Fg5Hi7Jk9Lm1No3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7No9Pq1Rs3Tu5Vw7Xy9Za1Bc3De5Fg7H==
ha:$7$101$Hi8Jk0Lm2No4Pq6R$St3Uv5Wx7Yz9Ab1Cd3Ef5Gh7Ij9Kl1Mn3Op5Qr7St9Uv1Wx3Yz5Ab7Cd9Ef1Gh3Ij5Kl7Mn9Op1Qr3St5Uv7Wx9Y==
esp-walkin:$7$101$Za4Bc6De8Fg0Hi2J$Kl5Mn7Op9Qr1St3Uv5Wx7Yz9Ab1Cd3Ef5Gh7Ij9Kl1Mn3Op5Qr7St9Uv1Wx3Yz5Ab7Cd9Ef1Gh3Ij5Kl7Mn9O==
dashboard:$7$101$Ab2Cd4Ef6Gh8Ij0K$Mn1Op3Qr5St7Uv9Wx1Yz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr1St3Uv5Wx7Yz9Ab1Cd3Ef5Gh7Ij9Kl1Mn3Op5Qr7S==
''')

add("toml/influx-token", "ranch/pteoyate/freezer/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
[agent]
  interval = "60s"
  hostname = "shop-pi"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.pteoyatebison.com:8883"]
  topics = ["ranch/freezer/+/temp", "ranch/water/+/level"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://us-central1-1.gcp.cloud2.influxdata.com"]
  token = "@@s@@"
  organization = "pte-oyate"
  bucket = "ranch"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("toml/decoy-env-refs", "ranch/pteoyate/freezer/telegraf.d/water.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r'''
# stock tank levels in the north pasture (where the herd winters)
[[inputs.http]]
  urls = ["https://api.hologram.io/1/csr/rdm?deviceid=884213"]
  headers = {"Authorization" = "Basic ${HOLOGRAM_BASIC}"}
  data_format = "json"
  interval = "300s"

[[outputs.influxdb_v2]]
  urls = ["https://us-central1-1.gcp.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "pte-oyate"
  bucket = "ranch"
''')

add("python/telegram-bot", "ranch/pteoyate/freezer/alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Freezer alarm -> family Telegram group. Jolene, Marcus, Uncle Ray.
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1002148839120


def alert(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"🦬 {text}"},
        timeout=10,
    )


if __name__ == "__main__":
    alert("Háu, test from the shop pi")
''', fakes.telegram_token(_seed()))

add("yaml/home-assistant-secrets", "ranch/pteoyate/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant on the ranch office NUC
latitude: 44.0805
longitude: -103.2310
elevation: 1010
mqtt_password: "@@s@@"
# gate camera at the cattle guard
gate_cam_user: viewer
''', words_pw())

add("yaml/decoy-ha-secret-refs", "ranch/pteoyate/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Pte Oyate Ranch
  latitude: !secret latitude
  longitude: !secret longitude
  elevation: !secret elevation
  unit_system: us_customary
  time_zone: America/Denver

mqtt:
  sensor:
    - name: "Walk-in freezer"
      state_topic: "ranch/freezer/walkin/temp"
      unit_of_measurement: "°F"
      value_template: "{{ value_json.temp_f }}"

camera:
  - platform: generic
    name: Cattle guard gate
    still_image_url: http://10.0.40.12/snap.jpg
    username: !secret gate_cam_user
    password: !secret gate_cam_password
''')

_pem = fakes.fake_pem(_seed()).replace("RSA ", "").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "ranch/pteoyate/shop/keys/sheets-sync.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "pte-oyate-shop",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sheets-sync@pte-oyate-shop.iam.gserviceaccount.com",
  "client_id": "104872936155204718233",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40pte-oyate-shop.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _pem, kid=hexs(40), pk=_pem)

add("json/decoy-gcp-client-config", "ranch/pteoyate/shop/keys/oauth-client.public.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "104872936155-q8k2m7r4v1x9p3n6t0w5y2z8b4c7d1f3.apps.googleusercontent.com",
    "project_id": "pte-oyate-shop",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "redirect_uris": ["http://localhost"],
    "_note": "desktop client, PKCE only; the secret was deleted from this file on purpose (Marcus)"
  }
}
''')

add("python/google-oauth-client-secret", "ranch/pteoyate/shop/tools/sheets_orders.py", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
"""Copy Shopify orders into the family's Google Sheet (Uncle Ray only reads sheets)."""
from google_auth_oauthlib.flow import InstalledAppFlow

CLIENT_CONFIG = {
    "installed": {
        "client_id": "104872936155-h3j5k7m9p1r3t5v7x9z1b3d5f7h9k1m3.apps.googleusercontent.com",
        "client_secret": "@@s@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
}
SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]


def creds():
    return InstalledAppFlow.from_client_config(CLIENT_CONFIG, SCOPES).run_local_server(port=0)
''', google_oauth_secret())

add("csv/decoy-hashes", "ranch/pteoyate/herd/tag_registry.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
eid_tag,visual_tag,sex,born,dam_tag,sire_tag,dna_sample_id,record_sha1
982000412345671,P-214,F,2019-05-02,P-088,B-07,NBA-2019-55810,3f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e
982000412345688,P-231,F,2019-05-19,P-101,B-07,NBA-2019-55827,7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d
982000412345702,B-12,M,2020-04-28,P-140,B-07,NBA-2020-61002,0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b
982000412345719,P-260,F,2020-05-11,P-088,B-09,NBA-2020-61019,c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5
982000412345733,P-277,F,2021-05-06,P-214,B-09,NBA-2021-66340,9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c
''')

add("email/quickbooks-password", "ranch/pteoyate/mail/2024-01-15-quickbooks-login.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Jolene Two Bulls <jolene@pteoyatebison.com>
To: Marcus Two Bulls <marcus@pteoyatebison.com>
Subject: QuickBooks login for tax season
Date: Mon, 15 Jan 2024 08:12:44 -0700
Content-Type: text/plain; charset=utf-8

Háu Marcus,

The accountant in Rapid needs into QuickBooks before the 31st. Login is the ranch email,
password is @@s@@

Please change it after she's done. Pilámayaye.

Jolene
''', words_pw())

add("email/decoy-reset-link", "ranch/pteoyate/mail/2024-02-01-password-reset.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Intuit <do_not_reply@intuit.com>
To: jolene@pteoyatebison.com
Subject: Your password was changed
Date: Thu, 01 Feb 2024 14:02:10 -0700
Content-Type: text/plain; charset=utf-8

Hi Jolene,

The password for your Intuit Account was changed on Feb 1, 2024 at 2:01 PM MT.
If you didn't make this change, reset your password at https://accounts.intuit.com/recovery
and contact us. Reference: INC-7741-20240201-88213.

Thanks,
The Intuit Team
''')

add("chat/slack-export-password", "ranch/pteoyate/chat/slack-export/shop/2024-03-09.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {"type": "message", "user": "U04MARCUS", "text": "the walk-in alarm panel is asking for the installer code again", "ts": "1710000011.000100"},
  {"type": "message", "user": "U04JOLENE", "text": "it's the same as the wifi in the shop: @@s@@", "ts": "1710000105.000200"},
  {"type": "message", "user": "U04MARCUS", "text": "pilámayaye :bison:", "ts": "1710000140.000300"},
  {"type": "message", "user": "U04RAY", "text": "who moved my fencing pliers", "ts": "1710003000.000400"}
]
''', words_pw())

add("chat/decoy-discord-export", "tix/grandentry/chat/discord-dev-2024-05.txt", "https://support.discord.com/hc/en-us/articles/360004957991", r'''
[2024-05-11 19:02] ozhaawashkwaa: boozhoo, anyone have the staging DB password?
[2024-05-11 19:03] wesley.c: it's in 1password, "tix staging db", don't paste it here pls
[2024-05-11 19:03] ozhaawashkwaa: miigwech, got it
[2024-05-11 19:10] dale: the scanner build 4.12.0 sha256 is 6a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f
[2024-05-11 19:11] wesley.c: ᏩᏙ. shipping to testflight
[2024-05-11 19:40] nokomis: reminder the old sendgrid key (ending ...Qz4) is revoked, new one is in the k8s secret
''')

add("yaml/decoy-sops-encrypted", "ranch/pteoyate/infra/secrets.enc.yaml", "https://github.com/getsops/sops#usage", r'''
shopify_admin_token: ENC[AES256_GCM,data:q8Zc1mR4vX7bN2pL5sT9wY3aE6dF0gH2jK4lM6nP8rS0tU=,iv:Xq3Zm8Lk2Pn5Rv7Tw9Yb1Cd4Ef6Gh8Ij0Kl2Mn4Op=,tag:Ab1Cd3Ef5Gh7Ij9Kl1Mn3O==,type:str]
square_token: ENC[AES256_GCM,data:Pq2Rs4Tu6Vw8Xy0Za2Bc4De6Fg8Hi0Jk2Lm4No6Pq8Rs0Tu2Vw4Xy6Za8Bc0De2Fg4Hi6Jk8Lm0No2Pq4Rs6Tu8Vw0Xy2Za4=,iv:Lm4No6Pq8Rs0Tu2Vw4Xy6Za8=,tag:Hi6Jk8Lm0No2Pq4Rs6Tu8V==,type:str]
sops:
  age:
    - recipient: age1q8x7c6v5b4n3m2l1k0j9h8g7f6d5s4a3p2o1i0u9y8t7r6e5w4qzz2s0j
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxOHg3YzZ2NWI0bjNtMmwx
        azBqOWg4ZzdmNmQ1czRhM3AybzFpMHU5eTh0N3I2ZTV3NHF6ejJzMGoKLS0tIGFi
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-04-02T17:20:11Z"
  mac: ENC[AES256_GCM,data:Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe=,iv:Dc9Ba8Zy7Xw6=,tag:Vu5Ts4Rq3Po2=,type:str]
  version: 3.8.1
''')

add("text/age-secret-key", "ranch/pteoyate/infra/keys/marcus-laptop.agekey", "https://age-encryption.org/v1", r'''
# Marcus's laptop identity for sops (SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt)
# backup copy, should live only in 1Password
# created: 2024-04-02T11:18:40-06:00
# public key: age1q8x7c6v5b4n3m2l1k0j9h8g7f6d5s4a3p2o1i0u9y8t7r6e5w4qzz2s0j
@@s@@
''', age_key())

add("conf/wireguard-private-key", "ranch/pteoyate/infra/wg/wg0-shop.conf", "https://www.wireguard.com/quickstart/", r'''
# shop pi <-> ranch office, over the Starlink at the house
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = Hq7Lm2Nx9Pb4Rv8Tw1Yc6Zd3Ae5Bf0Cg2Dh4Ei6Fj8=
AllowedIPs = 10.77.0.0/24
Endpoint = office.pteoyatebison.com:51820
PersistentKeepalive = 25
''', wg_key())

add("conf/decoy-wireguard-peer", "ranch/pteoyate/infra/wg/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (public keys only — private keys stay on each box)

| peer | address | public key |
|------|---------|------------|
| office NUC | 10.77.0.1 | `Hq7Lm2Nx9Pb4Rv8Tw1Yc6Zd3Ae5Bf0Cg2Dh4Ei6Fj8=` |
| shop pi | 10.77.0.2 | `Vx3Bn8Mq1Wr5Ty7Ui9Op2As4Df6Gh0Jk2Lz4Xc6Vb8=` |
| Marcus phone | 10.77.0.10 | `Ps0Od9If8Ug7Yh6Tj5Rk4El3Wz2Qx1Ac3Sv5Db7Fn9=` |

Rotate with `wg genkey | tee privatekey | wg pubkey > publickey` on the device itself.
''')

add("shell/curl-basic-auth", "ranch/pteoyate/shop/scripts/pull_processor_report.sh", "https://curl.se/docs/manpage.html#-u", r'''
#!/usr/bin/env bash
# Get the weekly cut sheet from the USDA processor in Belle Fourche
set -euo pipefail
WEEK=$(date +%G-W%V)
curl -fsS -u "pteoyate:@@s@@" \
  "https://portal.bfmeatprocessing.com/api/cutsheets?week=${WEEK}" \
  -o "cutsheets/${WEEK}.json"
echo "ok ${WEEK}"
''', fakes.password(_seed()))

add("shell/decoy-netrc-ref", "ranch/pteoyate/shop/scripts/pull_invoices.sh", "https://curl.se/docs/manpage.html#--netrc", r'''
#!/usr/bin/env bash
# invoices from the processor; credentials in ~/.netrc (chmod 600), not here
set -euo pipefail
curl -fsS --netrc "https://portal.bfmeatprocessing.com/api/invoices?since=$(date -d '-7 days' +%F)" \
  | jq -r '.[] | [.number, .total, .sha256] | @tsv' >> invoices.tsv
''')

add("netrc/password", "ranch/pteoyate/home/marcus/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine portal.bfmeatprocessing.com
  login pteoyate
  password @@s@@
machine api.hologram.io
  login apikey
''', fakes.password(_seed()))

add("python/hologram-apikey", "ranch/pteoyate/freezer/sim_check.py", "https://www.hologram.io/references/http#/introduction/authentication", r'''
# check the freezer-alarm cellular SIM still has data (it died once in a blizzard)
import requests

HOLOGRAM_APIKEY = "@@s@@"
DEVICE_ID = 884213

r = requests.get(
    f"https://dashboard.hologram.io/api/1/devices/{DEVICE_ID}",
    params={"apikey": HOLOGRAM_APIKEY},
    timeout=15,
)
print(r.json()["data"]["links"]["cellular"][0]["state"])
''', mixed(32))

add("arduino/wifi-password", "ranch/pteoyate/freezer/firmware/walkin_sensor/walkin_sensor.ino", "https://docs.arduino.cc/libraries/wifi/", r'''
// ESP32 + DS18B20 in the walk-in. Publishes every 60 s.
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "PteOyate-Shop";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "mqtt.pteoyatebison.com";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  mqtt.loop();
}
''', words_pw())

add("c/decoy-secrets-header-template", "ranch/pteoyate/freezer/firmware/walkin_sensor/secrets.example.h", "https://docs.arduino.cc/arduino-cloud/guides/arduino-iot-cloud-secrets/", r'''
// Copy to secrets.h (git-ignored) and fill in.
#pragma once
#define SECRET_WIFI_SSID "your-ssid"
#define SECRET_WIFI_PASS "your-wifi-password"
#define SECRET_MQTT_USER "freezer"
#define SECRET_MQTT_PASS "********"
''')

add("c/mqtt-secret-header", "ranch/pteoyate/freezer/firmware/chest_sensor/secrets.h", "https://docs.arduino.cc/arduino-cloud/guides/arduino-iot-cloud-secrets/", r'''
// chest freezers #1 and #2 (jerky + broth)
#pragma once
#include "../shared/wifi_config.h"   // wifi lives there
#define SECRET_MQTT_USER "freezer"
#define SECRET_MQTT_PASS "@@s@@"
''', fakes.redis_password(_seed()))

add("yaml/esphome-api-key", "ranch/pteoyate/esphome/stocktank-north.yaml", "https://esphome.io/components/api.html", r'''
esphome:
  name: stocktank-north
  friendly_name: North pasture stock tank

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@s@@"

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: ultrasonic
    trigger_pin: GPIO5
    echo_pin: GPIO18
    name: "Tank level"
''', wg_key())

add("yaml/decoy-esphome-secret-refs", "ranch/pteoyate/esphome/stocktank-south.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", r'''
esphome:
  name: stocktank-south
  friendly_name: South pasture stock tank

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: !secret api_key_south

ota:
  - platform: esphome
    password: !secret ota_password
''')

add("csharp/appsettings-connstring", "ranch/pteoyate/wholesale/Pte.Wholesale.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Wholesale": "Server=tcp:pteoyate-sql.database.windows.net,1433;Initial Catalog=wholesale;User ID=wholesale_app;Password=@@s@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Wholesale": {
    "Customers": ["Prairie Edge Trading", "Black Hills co-op", "Sioux Falls restaurant group"],
    "MinOrderLbs": 200
  },
  "AllowedHosts": "*"
}
''', words_pw())

add("csharp/decoy-user-secrets-ref", "ranch/pteoyate/wholesale/Pte.Wholesale.Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "ConnectionStrings": {
    "Wholesale": "Server=(localdb)\\mssqllocaldb;Database=wholesale_dev;Trusted_Connection=True;"
  },
  "KeyVault": {
    "Uri": "https://pteoyate-kv.vault.azure.net/",
    "SecretNames": ["Wholesale--Sql", "Wholesale--StripeKey"]
  },
  "UserSecretsId": "8b4e2c1a-7d3f-4a9e-b615-0c2f9e8d7a41",
  "AllowedHosts": "*"
}
''')

add("csharp/azure-storage-connstring", "ranch/pteoyate/wholesale/Pte.Wholesale.Api/Services/InvoiceStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace Pte.Wholesale.Api.Services;

// PDFs of wholesale invoices. Wóphila to cousin Tanya for the Azure credits.
public class InvoiceStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=pteoyateinvoices;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "invoices");

    public async Task SaveAsync(string number, Stream pdf) =>
        await _container.UploadBlobAsync($"{DateTime.UtcNow:yyyy}/{number}.pdf", pdf);
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("java/spring-datasource", "tix/grandentry/payouts/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r'''
# drum-group and head-staff payouts service
server.port=8090
spring.datasource.url=jdbc:postgresql://tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com:5432/grandentry
spring.datasource.username=payouts
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
payouts.host-drum.default-usd=1500
payouts.head-staff.roles=Arena Director,Head Man Dancer,Head Lady Dancer,MC
''', fakes.password(_seed()))

add("java/decoy-spring-placeholder", "tix/grandentry/payouts/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
server:
  port: 8090
spring:
  datasource:
    url: ${PAYOUTS_DB_URL:jdbc:postgresql://localhost:5432/grandentry}
    username: ${PAYOUTS_DB_USER:payouts}
    password: ${PAYOUTS_DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate
payouts:
  paypal:
    client-id: ${PAYPAL_CLIENT_ID}
    client-secret: ${PAYPAL_CLIENT_SECRET}
    mode: live
''')

add("java/paypal-client-secret", "tix/grandentry/payouts/src/main/java/com/grandentry/payouts/PayPalConfig.java", "https://developer.paypal.com/api/rest/authentication/", r'''
package com.grandentry.payouts;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {
    // Payouts to drum groups after the contest results are signed by the arena director.
    private static final String CLIENT_ID = "AQx8Lm2Pn4Rv6Tw8Yb0Cd2Ef4Gh6Ij8Kl0Mn2Op4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6";
    private static final String CLIENT_SECRET = "@@s@@";

    @Bean
    public PayPalHttpClient payPal() {
        return new PayPalHttpClient(new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET));
    }
}
''', fakes.drawn(_seed(), 80, ALNUM + "-_"))

add("helm/values-password", "tix/grandentry/charts/tix/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
replicaCount: 3
image:
  repository: ghcr.io/grandentry/tix-api
  tag: "2024.08.3"
ingress:
  enabled: true
  hosts: [api.grandentrytix.com]
postgresql:
  enabled: false
externalDatabase:
  host: tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com
  user: tix_app
  password: "@@s@@"
  database: grandentry
redis:
  auth:
    existingSecret: tix-redis
''', fakes.password(_seed()))

add("helm/decoy-existing-secret", "tix/grandentry/charts/tix/values-staging.yaml", "https://helm.sh/docs/chart_best_practices/values/", r'''
replicaCount: 1
image:
  repository: ghcr.io/grandentry/tix-api
  tag: "main"
ingress:
  enabled: true
  hosts: [staging-api.grandentrytix.com]
externalDatabase:
  host: tix-staging.internal
  user: tix_app
  existingSecret: tix-staging-db
  existingSecretPasswordKey: password
redis:
  auth:
    existingSecret: tix-redis-staging
''')

add("gitlab-ci/docker-login", "tix/grandentry/scanner-sync/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
stages: [build, push]

variables:
  IMAGE: grandentry/scanner-sync

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - echo "@@s@@" | docker login -u grandentryci --password-stdin
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
''', docker_pat())

add("gitlab-ci/decoy-masked-vars", "ranch/pteoyate/shop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client rsync
    - echo "$DEPLOY_SSH_KEY" | base64 -d > /tmp/key && chmod 600 /tmp/key
    - rsync -az -e "ssh -i /tmp/key" ./ deploy@shop.pteoyatebison.com:/srv/shop/
  only: [main]
''')

add("jenkinsfile/gitlab-token", "tix/grandentry/legacy/Jenkinsfile", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
pipeline {
  agent any
  environment {
    // mirror of the old contest-reg repo, pushed to the archive group
    GITLAB_TOKEN = '@@s@@'
  }
  stages {
    stage('Mirror') {
      steps {
        sh 'git push --mirror https://oauth2:${GITLAB_TOKEN}@gitlab.com/grandentry-archive/contest-reg.git'
      }
    }
  }
}
''', gitlab())

add("jenkinsfile/decoy-credentials-binding", "tix/grandentry/payouts/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r'''
pipeline {
  agent { label 'linux' }
  stages {
    stage('Build') {
      steps { sh './gradlew build' }
    }
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'payouts-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS')]) {
          sh './scripts/migrate.sh'
        }
      }
    }
  }
}
''')

add("vscode/settings-sqltools-password", "tix/grandentry/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "files.exclude": { "**/node_modules": true },
  "sqltools.connections": [
    {
      "name": "tix prod (read only!!)",
      "driver": "PostgreSQL",
      "server": "tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com",
      "port": 5432,
      "database": "grandentry",
      "username": "analyst",
      "password": "@@s@@"
    }
  ],
  "cSpell.words": ["Tahlequah", "Boozhoo", "Miigwech", "Wacipi", "Osiyo"]
}
''', fakes.password(_seed()))

add("vscode/decoy-launch-env", "tix/grandentry/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "api (local)",
      "program": "${workspaceFolder}/api/src/index.ts",
      "envFile": "${workspaceFolder}/.env",
      "env": { "NODE_ENV": "development", "SQUARE_ENVIRONMENT": "sandbox" }
    }
  ]
}
''')

add("jetbrains/datasource-password", "ranch/pteoyate/wholesale/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="RD-241.15989.179">
    <data-source name="wholesale@pteoyate-sql" uuid="3c8e1f2a-9b4d-4e7c-a6f0-1d2e3f4a5b6c">
      <database-info product="Microsoft SQL Server" version="12.00.2000" dbms="AZURE" />
      <user-name>wholesale_app</user-name>
      <user-password>@@s@@</user-password>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', words_pw())

add("xml/maven-settings-password", "tix/grandentry/payouts/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>grandentry-ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
''', fakes.github_token(_seed()))

add("xml/decoy-maven-encrypted", "ranch/pteoyate/wholesale/.m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>pte-nexus</id>
      <username>marcus</username>
      <!-- encrypted with mvn -ep, master key is in settings-security.xml on Marcus's laptop -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

add("pypirc/pypi-token", "tix/grandentry/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("python/github-fine-grained", "tix/grandentry/tools/release_notes.py", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
"""Collect merged PRs for the release notes (Cherokee + English)."""
from github import Github

gh = Github("@@s@@")
repo = gh.get_repo("grandentry/tix")

HEADER = "ᎢᏤ ᎤᏓᏁᏟᏴᏍᏔᏅ — What's new"

for pr in repo.get_pulls(state="closed", base="main")[:30]:
    if pr.merged:
        print(f"- {pr.title} (#{pr.number})")
''', fakes.github_fine_grained_token(_seed()))

add("git-config/token-in-remote", "tix/grandentry/legacy/contest-reg/.git-config-backup", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://dale-grandentry:@@s@@@github.com/grandentry/contest-reg.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "master"]
	remote = origin
	merge = refs/heads/master
''', fakes.github_token(_seed()))

add("git-config/decoy-ssh-remote", "ranch/pteoyate/shop/.gitconfig.team", "https://git-scm.com/docs/git-config", r'''
[user]
	name = Marcus Two Bulls
	email = marcus@pteoyatebison.com
	signingkey = 4A7F1C29E83B5D60
[commit]
	gpgsign = true
[url "git@github.com:"]
	insteadOf = https://github.com/
[credential]
	helper = osxkeychain
''')

add("aws/credentials-file", "ranch/pteoyate/home/marcus/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = us-west-2

[tix-readonly]
role_arn = arn:aws:iam::482913375506:role/partner-readonly
source_profile = default
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws/decoy-config-sso", "tix/grandentry/ops/wesley/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile tix-prod]
sso_session = grandentry
sso_account_id = 482913375506
sso_role_name = AdministratorAccess
region = us-east-2

[sso-session grandentry]
sso_start_url = https://grandentry.awsapps.com/start
sso_region = us-east-2
sso_registration_scopes = sso:account:access
''')

add("python/aws-sts-credentials", "tix/grandentry/ops/scratch/s3_restore.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", r'''
# pasted from the SSO portal to restore last year's ticket PDFs — delete after
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    aws_session_token="@@tok@@",
)
for obj in s3.list_objects_v2(Bucket="grandentrytix-tickets", Prefix="2023/")["Contents"]:
    s3.copy_object(Bucket="grandentrytix-tickets", Key=obj["Key"], CopySource={"Bucket": "grandentrytix-tickets", "Key": obj["Key"]})
''', fakes.aws_secret_key(_seed()), kid="ASIA" + fakes.aws_key_id(_seed())[4:],
    tok=fakes.aws_session_token(_seed()))

add("json/decoy-iam-policy", "tix/grandentry/infra/iam/scanner-upload-policy.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ScannerUploadsOnly",
      "Effect": "Allow",
      "Action": ["s3:PutObject"],
      "Resource": "arn:aws:s3:::grandentrytix-scans/*",
      "Condition": {"StringEquals": {"aws:PrincipalTag/team": "gate-ops"}}
    },
    {
      "Sid": "ReadKmsKey",
      "Effect": "Allow",
      "Action": ["kms:Decrypt"],
      "Resource": "arn:aws:kms:us-east-2:482913375506:key/5c1e8a2f-7b3d-4f90-a6e2-9d8c7b6a5f41"
    }
  ]
}
''')

add("rclone/b2-key", "ranch/pteoyate/infra/backup/rclone.conf", "https://rclone.org/b2/", r'''
# nightly photos + QuickBooks backups to Backblaze
[b2]
type = b2
account = 0045f8a2c91e7d30000000003
key = @@s@@
hard_delete = false

[office]
type = local
''', "K004" + fakes.drawn(_seed(), 27, ALNUM + "/+"))

add("rclone/decoy-obscured-note", "ranch/pteoyate/infra/backup/README.md", "https://rclone.org/docs/#config-file", r'''
# Backups

- rclone runs at 02:15 from the office NUC (`/etc/cron.d/backup`).
- The config lives at `/root/.config/rclone/rclone.conf` and is NOT in git.
- Bucket: `pte-oyate-backup`, lifecycle keeps 90 days.
- Check it: `rclone lsd b2:pte-oyate-backup`
- Last restore test: 2024-05-20, restored QuickBooks file, sha256
  `e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`... (oops that's the empty file,
  redo the test — Marcus)
''')

add("python/cloudflare-token", "ranch/pteoyate/infra/dns/update_ddns.py", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# office has a dynamic IP from the co-op ISP; keep office.pteoyatebison.com pointed at it
import requests

CF_TOKEN = "@@s@@"
ZONE = "5e8d1c2b9a7f4e3d2c1b0a9f8e7d6c5b"
RECORD = "a1b2c3d4e5f60718293a4b5c6d7e8f90"

ip = requests.get("https://api.ipify.org", timeout=10).text
requests.patch(
    f"https://api.cloudflare.com/client/v4/zones/{ZONE}/dns_records/{RECORD}",
    headers={"Authorization": f"Bearer {CF_TOKEN}"},
    json={"content": ip},
    timeout=10,
).raise_for_status()
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/decoy-tunnel-id", "ranch/pteoyate/infra/cloudflared/config.yml", "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/local-management/configuration-file/", r'''
tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef
credentials-file: /etc/cloudflared/6ff42ae2-765d-4adf-8112-31c55c1551ef.json
ingress:
  - hostname: ha.pteoyatebison.com
    service: http://localhost:8123
  - hostname: grafana.pteoyatebison.com
    service: http://localhost:3000
  - service: http_status:404
''')

add("json/cloudflared-credentials", "ranch/pteoyate/infra/cloudflared/6ff42ae2-765d-4adf-8112-31c55c1551ef.json", "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/local-management/tunnel-permissions/", r'''
{
  "AccountTag": "9c4e7a1f2b3d5e6f8a0b1c2d3e4f5a6b",
  "TunnelSecret": "@@s@@",
  "TunnelID": "6ff42ae2-765d-4adf-8112-31c55c1551ef",
  "Endpoint": ""
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("ini/grafana-admin-password", "ranch/pteoyate/infra/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = grafana.pteoyatebison.com
root_url = https://grafana.pteoyatebison.com/

[security]
admin_user = marcus
; triple quotes because the password has a # in it
admin_password = """@@s@@"""

[auth.anonymous]
enabled = false
''', words_pw())

add("yaml/grafana-sa-token", "ranch/pteoyate/infra/grafana/provisioning/alerting/contact.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# used by the kiosk tablet in the shop to pull the freezer dashboard
apiVersion: 1
kiosk:
  url: https://grafana.pteoyatebison.com/d/freezers/shop-freezers?kiosk
  # service account "shop-kiosk" (Viewer)
  token: @@s@@
contactPoints:
  - orgId: 1
    name: family-telegram
    receivers:
      - uid: tg1
        type: telegram
        settings:
          bottoken: $TELEGRAM_BOT_TOKEN
          chatid: "-1002148839120"
''', grafana_sa())

add("python/discord-webhook", "tix/grandentry/tools/contest_results_post.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Post final contest standings to the dancers' Discord (after the tabulator signs off)."""
import requests

WEBHOOK = "@@s@@"


def post(category: str, places: list[str]) -> None:
    lines = "\n".join(f"{i + 1}. {name}" for i, name in enumerate(places))
    requests.post(WEBHOOK, json={"content": f"**{category}**\n{lines}\nMiigwech / ᏩᏙ / Pilámayaye"}, timeout=10)
''', discord_webhook())

add("python/discord-bot-token", "tix/grandentry/tools/lineup_bot/bot.py", "https://discord.com/developers/docs/topics/oauth2#bot-users", r'''
import discord

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_ready():
    print("lineup bot ready — Boozhoo!")


@client.event
async def on_message(message):
    if message.content.startswith("!nextup"):
        await message.channel.send("Next: Women's Jingle Dress, Adult. Dancers to the east gate.")


client.run("@@s@@")
''', "MT" + fakes.drawn(_seed(), 22, ALNUM) + "." + fakes.drawn(_seed(), 6, ALNUM + "_-") + "." + fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("python/decoy-discord-env", "tix/grandentry/tools/lineup_bot/run.py", "https://discordpy.readthedocs.io/en/stable/discord.html", r'''
import os

from bot import client

if __name__ == "__main__":
    token = os.getenv("DISCORD_BOT_TOKEN")
    if not token:
        raise SystemExit("set DISCORD_BOT_TOKEN (see 1Password: Grand Entry / lineup bot)")
    client.run(token)
''')

add("ruby/mailgun-key", "tix/grandentry/mailer/lib/vendor_mailer.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
require "mailgun-ruby"

# Booth confirmations for vendors (beadwork, frybread, ribbon skirts, jewelry)
class VendorMailer
  def initialize
    @mg = Mailgun::Client.new("@@s@@")
    @domain = "mg.grandentrytix.com"
  end

  def confirm(vendor)
    @mg.send_message(@domain, {
      from: "Vendors <vendors@grandentrytix.com>",
      to: vendor.email,
      subject: "Booth #{vendor.booth} confirmed",
      text: "Osiyo #{vendor.name}, your booth is confirmed. Load-in Friday 8am."
    })
  end
end
''', mailgun())

add("yaml/postmark-token", "tix/grandentry/mailer/config/postmark.yml", "https://postmarkapp.com/developer/api/overview#authentication", r'''
production:
  server_token: "@@s@@"
  message_stream: outbound
  from: "Grand Entry Tix <tickets@grandentrytix.com>"
development:
  server_token: "POSTMARK_API_TEST"
  message_stream: outbound
''', postmark())

add("yaml/decoy-postmark-test", "tix/grandentry/mailer/config/postmark.test.yml", "https://postmarkapp.com/developer/api/overview#testing-api-requests", r'''
# Postmark's documented test token: accepts requests, never sends
test:
  server_token: "POSTMARK_API_TEST"
  message_stream: outbound
  from: "Grand Entry Tix <tickets@grandentrytix.com>"
''')

add("elixir/runtime-secret", "tix/grandentry/live_board/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# live contest scoreboard (Phoenix LiveView) shown on the arena screens
if config_env() == :prod do
  config :live_board, LiveBoardWeb.Endpoint,
    url: [host: "board.grandentrytix.com", port: 443, scheme: "https"],
    http: [port: 4000],
    secret_key_base: "@@s@@"

  config :live_board, LiveBoard.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 10
end
''', fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("elixir/decoy-env-fetch", "tix/grandentry/live_board/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html", r'''
import Config

config :live_board, LiveBoardWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json",
  secret_key_base: System.get_env("SECRET_KEY_BASE") || raise("SECRET_KEY_BASE missing")

config :logger, level: :info
# scores: Men's Northern Traditional, Southern Straight, Chicken, Grass...
''')

add("rust/redis-url", "tix/grandentry/scanner-edge/src/config.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", r'''
//! gate-edge: runs on the Raspberry Pis at each gate, dedups scans before sync.
pub struct Config {
    pub redis_url: &'static str,
    pub gate_id: u16,
}

pub const PROD: Config = Config {
    // Wesley: rediss = TLS, port from the managed instance
    redis_url: "rediss://default:@@s@@@tix-cache-do-user-1524880-0.b.db.ondigitalocean.com:25061",
    gate_id: 0,
};
''', fakes.redis_password(_seed()))

add("rust/decoy-env-var", "tix/grandentry/scanner-edge/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

mod config;

fn main() {
    let redis_url = env::var("EDGE_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    let gate_id: u16 = env::var("GATE_ID").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    println!("gate {gate_id} edge up, redis at {}", redact(&redis_url));
}

fn redact(url: &str) -> String {
    match url.find('@') {
        Some(i) => format!("redis://***{}", &url[i..]),
        None => url.to_string(),
    }
}
''')

add("markdown/readme-stripe-restricted", "ranch/pteoyate/shop/README.md", "https://docs.stripe.com/keys#limit-access", r'''
# Tȟatȟáŋka Meats — shop tools

Small scripts that keep the Shopify store, the market till and the freezers in sync.

## Setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
```

## Refund script

`refund.py` uses a restricted Stripe key that can only create refunds (for the old
Stripe checkout on the wholesale page):

```
STRIPE_RESTRICTED_KEY=@@s@@
```

Pilámayaye — Marcus
''', stripe("rk_live_"))

add("markdown/decoy-readme-test-keys", "tix/grandentry/README.md", "https://docs.stripe.com/keys#test-live-modes", r'''
# Grand Entry Tix

ᎣᏏᏲ · Boozhoo · Háu — ticketing for powwows, made in Tahlequah and Minneapolis.

## Running locally

1. `cp .env.example .env`
2. Use Stripe **test mode** keys (`sk_test_...`) from your own Stripe account.
3. Test card: `4242 4242 4242 4242`, any future date, any CVC.
4. Square sandbox: create an app at https://developer.squareup.com and paste its sandbox token.
5. `docker compose up`

## Secrets

Production secrets live in AWS Secrets Manager under `tix/prod/*`. Never paste them in issues.
''')

add("python/stripe-webhook-secret", "tix/grandentry/api/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

ENDPOINT_SECRET = "@@s@@"


@csrf_exempt
def stripe_webhook(request):
    sig = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        from tickets.issue import issue_for_session
        issue_for_session(event["data"]["object"]["id"])
    return HttpResponse(status=200)
''', mixed(32, "whsec_"))

add("python/shopify-webhook-secret", "ranch/pteoyate/shop/webhooks/orders_paid.py", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", r'''
"""orders/paid -> print the pick list on the shop printer (next to the walk-in)."""
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SHOPIFY_WEBHOOK_SECRET = b"@@s@@"


@app.post("/webhooks/orders-paid")
def orders_paid():
    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET, request.get_data(), hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest), request.headers.get("X-Shopify-Hmac-Sha256", "").encode()):
        abort(401)
    order = request.get_json()
    print_pick_list(order)  # noqa: F821
    return "", 200
''', hexs(64))

add("python/decoy-hmac-test-vector", "ranch/pteoyate/shop/webhooks/test_orders_paid.py", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", r'''
import base64
import hashlib
import hmac

from orders_paid import app

FAKE_SECRET = b"test-secret"   # tests only; the real one is loaded from env in prod
BODY = b'{"id": 1, "line_items": [{"title": "Bison ribeye", "quantity": 2}]}'


def test_rejects_bad_signature():
    client = app.test_client()
    r = client.post("/webhooks/orders-paid", data=BODY, headers={"X-Shopify-Hmac-Sha256": "bm9wZQ=="})
    assert r.status_code == 401


def expected_sig():
    return base64.b64encode(hmac.new(FAKE_SECRET, BODY, hashlib.sha256).digest())
''')

_dockerhub_pat = docker_pat()
_dockercfg = '{"auths":{"https://index.docker.io/v1/":{"username":"pteoyate","password":"%s","auth":"%s"}}}' % (
    _dockerhub_pat, b64("pteoyate:" + _dockerhub_pat))
add("yaml/docker-config-auth", "ranch/pteoyate/infra/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', _dockerhub_pat, enc=b64(_dockercfg))

add("json/decoy-docker-credsstore", "ranch/pteoyate/home/marcus/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "ghcr.io": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
''')

add("json/docker-config-auth", "tix/grandentry/ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", r'''
{
  "auths": {
    "ghcr.io": {
      "auth": "@@s@@"
    }
  }
}
''', b64("grandentry-ci:" + fakes.github_token(_seed())))

add("kubeconfig/token", "tix/grandentry/ops/kube/do-tix-kubeconfig.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: do-nyc3-tix
    cluster:
      server: https://7f2c9e1a-4b8d-4e6f-9a0c-2d1e3f4a5b6c.k8s.ondigitalocean.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpLb1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: do-nyc3-tix
    context: {cluster: do-nyc3-tix, user: do-nyc3-tix-admin}
current-context: do-nyc3-tix
users:
  - name: do-nyc3-tix-admin
    user:
      token: @@s@@
''', do_token())

add("kubeconfig/decoy-exec-plugin", "tix/grandentry/ops/kube/eks-kubeconfig.yaml", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", r'''
apiVersion: v1
kind: Config
clusters:
  - name: tix-eks
    cluster:
      server: https://4C8E2A1F9B3D5E7F.gr7.us-east-2.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: tix-eks
    context: {cluster: tix-eks, user: tix-eks}
current-context: tix-eks
users:
  - name: tix-eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, tix-eks, --profile, tix-prod]
''')

add("yaml/decoy-cert-manager", "tix/grandentry/k8s/certificate.yaml", "https://cert-manager.io/docs/usage/certificate/", r'''
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: grandentrytix-com
  namespace: grandentry
spec:
  secretName: grandentrytix-com-tls
  privateKey:
    algorithm: ECDSA
    size: 256
    rotationPolicy: Always
  dnsNames:
    - grandentrytix.com
    - api.grandentrytix.com
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
''')

add("pem/tls-private-key", "tix/grandentry/ops/certs/board.grandentrytix.com.key", "https://www.rfc-editor.org/rfc/rfc5208", "@@s@@\n", fakes.fake_pem(_seed(), "EC"))

add("pem/decoy-certificate", "tix/grandentry/ops/certs/board.grandentrytix.com.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIBkTCCATegAwIBAgIUQk9PWkhPT01JSUdXRUNIV0FET1BJTEFNQVlBeWEwCgYI
KoZIzj0EAwIwHjEcMBoGA1UEAwwTYm9hcmQuZ3JhbmRlbnRyeXRpeDAeFw0yNDA2
MDEwMDAwMDBaFw0yNTA2MDEwMDAwMDBaMB4xHDAaBgNVBAMME2JvYXJkLmdyYW5k
ZW50cnl0aXgwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAT6k8Vt2QmZ9LpXc4Rr
7wNn3sBf1YyHh0eJt5AaCq6KmDu8PiOx2Ev9gRzT4LbWnFc3SdU7yXo1MkNpGjQe
o1MwUTAdBgNVHQ4EFgQU0Fv3mC7kR2aXq9Lp8Tz1bW4cN6YwHwYDVR0jBBgwFoAU
0Fv3mC7kR2aXq9Lp8Tz1bW4cN6YwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNIADBFAiEA3n8Lq2Vx7Rk0Zp4Yc1Tb9Wm6Hd5Ja2Fs8Ge3Ku0Np7ICIFx4Qy9R
m2Vb6Tn1Kc8Zd0Lp3Ws5Ha7Jf4Ue9Gi2Ok
-----END CERTIFICATE-----
''')

add("pem/encrypted-key-with-passphrase-note", "ranch/pteoyate/infra/keys/README.txt", "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs8.html", r'''
keys for the office box

office-nuc.key is the TLS key for ha.pteoyatebison.com, encrypted with openssl pkcs8 -topk8 -v2 aes-256-cbc.
passphrase: @@s@@
(Marcus: remember to move this to 1Password, Jolene asked twice)

ssh keys are per person, not here.
''', words_pw())

add("pem/decoy-encrypted-key", "ranch/pteoyate/infra/keys/office-nuc.key", "https://www.rfc-editor.org/rfc/rfc5958", r'''
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI3x9Lq2Vb7Rk0CAgI
ADAMBggqhkiG9w0CCQUAMB0GCWCGSAFlAwQBKgQQn8Zp4Yc1Tb9Wm6Hd5Ja2FgSC
BNDq2Lk8Mw1Fv3mC7kR2aXq9Lp8Tz1bW4cN6YwPk0Yx7Rm3Qz5Tn1Kc8Zd0Lp3Ws
5Ha7Jf4Ue9Gi2OkX7wNn3sBf1YyHh0eJt5AaCq6KmDu8PiOx2Ev9gRzT4LbWnFc3
SdU7yXo1MkNpGjQe0Fv3mC7kR2aXq9Lp8Tz1bW4cN6Yw3n8Lq2Vx7Rk0Zp4Yc1T
-----END ENCRYPTED PRIVATE KEY-----
''')

add("text/ojibwe-handoff-note", "tix/grandentry/notes/handoff-nokomis.txt", "https://www.twilio.com/docs/iam/credentials/api", r'''
Boozhoo Wesley,

Handoff before I go to ricing camp (back Sept 16, no signal up there, gaawiin).

- Shakopee wacipi tickets: all synced, 4,212 scans
- The SMS reminder job moved to the new Twilio subaccount
  account sid: @@sid@@
  auth token:  @@s@@
- Red Earth vendor map still needs the food-truck row
- Scanner iPads charged, in the grey Pelican case

Miigwech, giga-waabamin,
Nokomis
''', twilio_token(), sid=twilio_sid())

add("text/decoy-cherokee-todo", "tix/grandentry/notes/todo-dale.txt", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
ᎠᏍᏆᏂᎪᏗ / TODO — Dale

[x] rotate Square token after Gunna's laptop was stolen (done 2024-04-09, old one revoked)
[x] new token in Secrets Manager: tix/prod/square  (DON'T paste it here)
[ ] Cherokee syllabary font on the ticket PDFs (Noto Sans Cherokee)
[ ] Golden Age free entry: check ID at gate, no code needed
[ ] vendor load-in sheet for Cherokee National Holiday
[ ] ask Wesley about the tiny tots contest payout rounding

ᏩᏙ
''')

add("text/lakota-shop-note", "ranch/pteoyate/notes/shop-computer.txt", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-token", r'''
Tȟatȟáŋka Meats — shop computer notes (Jolene)

Háu kola. The label printer is the Zebra on the left, the receipt one is the Star.
If the Shopify sync stops, restart "pte-sync" in Task Scheduler.

The app password for the custom app "pte-sync":
@@s@@

Pte oyate kiŋ hél nážiŋ — the buffalo nation stands here. Be good to the herd.
Tókša akhé.
''', shopify())

add("text/decoy-lakota-rotation", "ranch/pteoyate/notes/after-break-in.txt", "https://help.shopify.com/en/manual/your-account/account-security", r'''
After the shop break-in (2024-02-11)

Hó, what we did:
- changed Shopify owner password (Jolene, in 1Password)
- revoked all staff sessions
- revoked the old custom-app token, made a new one, it's only on the shop PC in the env file
- Square: logged out the market iPad, new PIN set on the device
- police report number: RCPD 24-008812
- insurance claim: SDFB-2024-0419-77

Wóphila to the neighbors who saw the truck.
''')

add("yaml/decoy-openapi-example", "tix/grandentry/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
openapi: 3.0.3
info:
  title: Grand Entry Tix API
  version: "2.4"
servers:
  - url: https://api.grandentrytix.com/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /events/{slug}/scans:
    post:
      summary: Record a gate scan
      parameters:
        - name: Authorization
          in: header
          example: "Bearer <device-token>"
      responses:
        "201": {description: scanned}
''')

add("http/bearer-jwt", "tix/grandentry/api/requests/scans.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### record a scan (gate 2, Red Earth)
POST https://api.grandentrytix.com/v2/events/red-earth-2024/scans
Authorization: Bearer @@s@@
Content-Type: application/json

{"ticket": "GE-24-001203", "gate": 2, "device": "ipad-gate2-a"}

### list scans
GET https://api.grandentrytix.com/v2/events/red-earth-2024/scans?gate=2
Authorization: Bearer {{device_token}}
''', jwt_like('{"sub":"ipad-gate2-a","role":"gate","exp":1893456000}'))

add("http/decoy-env-variable", "tix/grandentry/api/requests/vendors.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", r'''
### list vendor booths
GET {{host}}/v2/events/{{event}}/vendors
Authorization: Bearer {{admin_token}}

### assign booth
PATCH {{host}}/v2/events/{{event}}/vendors/117
Authorization: Bearer {{admin_token}}
Content-Type: application/json

{"booth": "C-14", "power": true, "notes": "frybread + indian tacos, needs 2 outlets"}
''')

add("json/http-client-env-private", "tix/grandentry/api/requests/http-client.private.env.json", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", r'''
{
  "prod": {
    "host": "https://api.grandentrytix.com",
    "event": "cherokee-national-holiday-2024",
    "admin_token": "@@s@@"
  }
}
''', mixed(43, "ge_admin_"))

add("log/basic-auth-in-url", "ranch/pteoyate/shop/logs/sync-2024-07-02.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", r'''
2024-07-02 05:00:01 INFO  pte-sync starting
2024-07-02 05:00:02 INFO  fetched 41 orders from shopify
2024-07-02 05:00:03 WARN  retrying https://pteoyate:@@s@@@portal.bfmeatprocessing.com/api/cutsheets (502)
2024-07-02 05:00:09 INFO  cutsheets ok (3 animals: P-214 ground, B-12 steaks, P-260 jerky)
2024-07-02 05:00:10 INFO  freezer walkin -12.4F chest1 -8.1F chest2 -9.0F
2024-07-02 05:00:10 INFO  done in 9.1s
''', fakes.password(_seed()))

add("log/decoy-redacted", "tix/grandentry/logs/api-2024-08-30.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2024-08-30T17:02:11Z INFO  req=9f1c POST /v2/events/cnh-2024/scans gate=1 status=201 auth=Bearer ey***redacted***
2024-08-30T17:02:12Z INFO  req=9f1d POST /v2/events/cnh-2024/scans gate=3 status=409 ticket=GE-24-009912 already_scanned
2024-08-30T17:02:14Z WARN  req=9f1e square webhook signature ok, payment_id=Rk3PzV8q2LmN5xT9wY1aB4cD6eF
2024-08-30T17:02:15Z INFO  req=9f1f sms queued to +1918555**** sid=SM3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c
2024-08-30T17:02:19Z ERROR req=9fa0 db password auth failed for user "tix_app" (password=[FILTERED])
''')

add("log/gunicorn-traceback-dsn", "tix/grandentry/logs/payouts-crash-2024-07-20.txt", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
Traceback (most recent call last):
  File "/srv/payouts/run.py", line 14, in <module>
    engine = create_engine(DB_URL)
  File "/srv/payouts/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 552, in create_engine
    u = _url.make_url(url)
sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string 'postgresql+psycopg://payouts:@@s@@@tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com:5432/grandentry '
(trailing space in DB_URL — fixed in the env file, Wesley 7/20)
''', fakes.password(_seed()))

add("python/mongodb-uri", "ranch/pteoyate/shop/recipes/app.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Recipe cards printed with each box (bison chili, wasná, Grandma Ruth's stew)."""
from flask import Flask, render_template
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb+srv://recipes:@@s@@@pteoyate.x7k2m.mongodb.net/recipes?retryWrites=true&w=majority").recipes


@app.get("/card/<slug>")
def card(slug):
    recipe = db.cards.find_one({"slug": slug}) or abort(404)  # noqa: F821
    return render_template("card.html", recipe=recipe)
''', fakes.password(_seed()))

add("python/decoy-mongo-localhost", "ranch/pteoyate/shop/recipes/seed_dev.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Seed the local dev database with a few recipes (docker: mongo:7, no auth)."""
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017/recipes").recipes
db.cards.insert_many([
    {"slug": "bison-chili", "title": "Bison chili", "serves": 6},
    {"slug": "wasna", "title": "Wasná (pemmican)", "serves": 12, "note": "dried meat + chokecherries"},
    {"slug": "ruth-stew", "title": "Grandma Ruth's stew", "serves": 8},
])
print("seeded")
''')

add("go/amqp-url", "tix/grandentry/scanner-sync/cmd/worker/main.go", "https://www.rabbitmq.com/docs/uri-spec", r'''
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// scans from the gate relays land on the "scans" queue
const brokerURL = "amqps://scansync:@@s@@@tix-mq.grandentrytix.com:5671/prod"

func main() {
	conn, err := amqp.Dial(brokerURL)
	if err != nil {
		log.Fatalf("boozhoo, broker down: %v", err)
	}
	defer conn.Close()
	ch, _ := conn.Channel()
	msgs, _ := ch.Consume("scans", "worker", false, false, false, false, nil)
	for m := range msgs {
		handle(m.Body)
		m.Ack(false)
	}
}
''', fakes.redis_password(_seed()))

add("go/decoy-flag-default", "tix/grandentry/scanner-sync/cmd/relay/main.go", "https://pkg.go.dev/flag", r'''
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	upstream := flag.String("upstream", "https://api.grandentrytix.com/v2/scans", "where to forward scans")
	token := flag.String("token", os.Getenv("RELAY_API_TOKEN"), "relay token (env RELAY_API_TOKEN)")
	flag.Parse()
	if *token == "" {
		log.Fatal("no relay token: set RELAY_API_TOKEN")
	}
	run(*upstream, *token)
}
''')

add("msmtprc/smtp-password", "ranch/pteoyate/home/jolene/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", r'''
# order confirmations from the shop PC go out through the ranch's Google Workspace
defaults
auth           on
tls            on
logfile        ~/.msmtp.log

account        ranch
host           smtp.gmail.com
port           587
from           orders@pteoyatebison.com
user           orders@pteoyatebison.com
password       @@s@@

account default : ranch
''', "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("msmtprc/decoy-passwordeval", "tix/grandentry/ops/wesley/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", r'''
defaults
auth           on
tls            on

account        tix
host           smtp.postmarkapp.com
port           587
from           wesley@grandentrytix.com
user           wesley@grandentrytix.com
passwordeval   "security find-generic-password -s postmark-smtp -w"

account default : tix
''')

_fz = words_pw()
add("xml/filezilla-b64-password", "ranch/pteoyate/home/jolene/AppData/Roaming/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.pteoyatebison.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>website</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <Name>ranch website (old host)</Name>
        </Server>
    </Servers>
</FileZilla3>
''', b64(_fz), enc=b64(_fz))

add("ini/decoy-winscp-no-password", "ranch/pteoyate/home/marcus/WinSCP.ini", "https://winscp.net/eng/docs/ui_pref_storage", r'''
[Sessions\deploy@shop.pteoyatebison.com]
HostName=shop.pteoyatebison.com
UserName=deploy
PublicKeyFile=C:%5CUsers%5Cmarcus%5C.ssh%5Cid_ed25519.ppk
FSProtocol=2
Note=key%20auth%20only%2C%20no%20password%20saved
[Configuration\Interface]
RandomSeedFile=%25LOCALAPPDATA%25%5CWinSCP.rnd
''')

add("python/sentry-auth-token", "tix/grandentry/tools/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", r'''
import subprocess

SENTRY_AUTH_TOKEN = "@@s@@"
RELEASE = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()

subprocess.run(
    ["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
     "--org", "grandentry", "--project", "tix-web", "--release", RELEASE, "dist/"],
    check=True,
)
''', "sntryu_" + hexs(64))

add("properties/decoy-sentry-dsn", "tix/grandentry/android/app/src/main/resources/sentry.properties", "https://docs.sentry.io/platforms/android/configuration/options/", r'''
# DSN is a public client key (it ships in the app); the auth token for uploads is in CI only
dsn=https://8e3c1f2a9b7d4e6f@o451207.ingest.us.sentry.io/4507118211842048
environment=production
traces-sample-rate=0.2
release=com.grandentry.scanner@4.12.0
debug=false
''')

add("yaml/datadog-api-key", "ranch/pteoyate/infra/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
## Datadog agent on the office NUC (free tier, 5 hosts)
api_key: @@s@@
site: us5.datadoghq.com
hostname: pte-office-nuc
tags:
  - ranch:pteoyate
  - role:office
logs_enabled: true
''', hexs(32))

add("yaml/decoy-datadog-env", "tix/grandentry/k8s/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", r'''
datadog:
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  site: us5.datadoghq.com
  clusterName: tix-prod
  logs:
    enabled: true
    containerCollectAll: true
clusterAgent:
  enabled: true
''')

add("js/newrelic-license", "tix/grandentry/api/newrelic.js", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", r'''
'use strict'
/**
 * New Relic agent configuration for tix-api.
 */
exports.config = {
  app_name: ['grandentry-tix-api'],
  license_key: '@@s@@',
  logging: { level: 'info' },
  allow_all_headers: true,
  attributes: {
    exclude: ['request.headers.authorization', 'request.headers.cookie'],
  },
}
''', hexs(36) + "NRAL")

add("python/airtable-pat", "tix/grandentry/tools/volunteers_sync.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Volunteer shifts (gate, info booth, Golden Age tent) live in Airtable; copy them into the app."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appK2x9Lq4Mz7Rv1T", "Volunteers")

for rec in table.all(formula="{Event}='Cherokee National Holiday 2024'"):
    f = rec["fields"]
    print(f.get("Name"), f.get("Shift"), f.get("Language"))  # ᏣᎳᎩ speakers go to the info booth
''', "pat" + mixed(14) + "." + hexs(64))

add("js/notion-token", "tix/grandentry/tools/minutes-to-notion.js", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
// committee meeting minutes -> Notion (powwow committee, Tulsa)
const { Client } = require("@notionhq/client");

const notion = new Client({ auth: "@@s@@" });
const DB = "8a1f0e2d9c3b4a5e6f708192a3b4c5d6";

async function addMinutes(date, text) {
  await notion.pages.create({
    parent: { database_id: DB },
    properties: { Name: { title: [{ text: { content: `Committee ${date}` } }] } },
    children: [{ paragraph: { rich_text: [{ text: { content: text } }] } }],
  });
}

module.exports = { addMinutes };
''', "ntn_" + fakes.drawn(_seed(), 46, ALNUM))

add("python/hubspot-private-app", "ranch/pteoyate/wholesale/crm_sync.py", "https://developers.hubspot.com/docs/api/private-apps", r'''
# wholesale restaurants -> HubSpot (free CRM)
import requests

HUBSPOT_TOKEN = "@@s@@"

def upsert_company(name: str, city: str) -> None:
    requests.post(
        "https://api.hubapi.com/crm/v3/objects/companies",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        json={"properties": {"name": name, "city": city, "industry": "RESTAURANTS"}},
        timeout=15,
    ).raise_for_status()
''', "pat-na1-" + uuid_s())

add("python/klaviyo-private-key", "ranch/pteoyate/shop/email/klaviyo_events.py", "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", r'''
"""'Back in stock' e-mails when a new animal comes back from the processor."""
import requests

KLAVIYO_PRIVATE_KEY = "@@s@@"
PUBLIC_SITE_ID = "Xq7K2m"   # public company id, used by the storefront snippet


def back_in_stock(sku: str, title: str) -> None:
    requests.post(
        "https://a.klaviyo.com/api/events/",
        headers={"Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}", "revision": "2024-07-15"},
        json={"data": {"type": "event", "attributes": {"properties": {"sku": sku, "title": title},
              "metric": {"data": {"type": "metric", "attributes": {"name": "Back In Stock"}}},
              "profile": {"data": {"type": "profile", "attributes": {"email": "list@pteoyatebison.com"}}}}}},
        timeout=15,
    )
''', "pk_" + hexs(34))

add("liquid/decoy-klaviyo-public", "ranch/pteoyate/shop/theme/snippets/klaviyo.liquid", "https://developers.klaviyo.com/en/docs/introduction_to_the_klaviyo_object", r'''
{%- comment -%} Klaviyo onsite: the company id is public (it's in every page source) {%- endcomment -%}
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=Xq7K2m"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  klaviyo.push(['identify', { '$email': {{ customer.email | json }} }]);
</script>
<p class="small">Tȟatȟáŋka raised on open prairie, Pennington County SD.</p>
''')

add("js/mapbox-secret-token", "tix/grandentry/tools/build-vendor-tiles.mjs", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", r'''
// uploads the vendor-booth map tileset for each powwow grounds
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads.js";

const uploads = mbxUploads({
  accessToken: "@@s@@", // sk. token with uploads:write
});

await uploads.createUpload({
  tileset: "grandentry.cnh-2024-booths",
  url: "mapbox://datasets/grandentry/cnh-booths",
  name: "Cherokee National Holiday 2024 booths",
}).send();
''', "sk.eyJ1IjoiZ3JhbmRlbnRyeSIsImEiOiJj" + fakes.drawn(_seed(), 30, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("js/decoy-mapbox-public", "tix/grandentry/web/src/map/VendorMap.jsx", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens", r'''
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// pk. tokens are public and URL-restricted to grandentrytix.com
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

export default function VendorMap({ tileset }) {
  const el = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: el.current, style: "mapbox://styles/mapbox/outdoors-v12" });
    map.on("load", () => map.addSource("booths", { type: "vector", url: `mapbox://${tileset}` }));
    return () => map.remove();
  }, [tileset]);
  return <div ref={el} className="h-96 w-full" aria-label="Vendor booths" />;
}
''')

add("env/supabase-service-role", "tix/grandentry/kiosk/.env.local", "https://supabase.com/docs/guides/api/api-keys", r'''
# arena info kiosk (Next.js), reads schedule from Supabase
NEXT_PUBLIC_SUPABASE_URL=https://qzkxlmvwrtnpbcahfgde.supabase.co
SUPABASE_SERVICE_ROLE_KEY=@@s@@
NEXT_PUBLIC_DEFAULT_LANG=chr
NEXT_PUBLIC_EVENT_SLUG=cherokee-national-holiday-2024
REVALIDATE_SECONDS=60
''', jwt_like('{"iss":"supabase","ref":"qzkxlmvwrtnpbcahfgde","role":"service_role","iat":1714000000,"exp":2029576000}'))

add("env/decoy-supabase-anon", "tix/grandentry/kiosk/.env", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
# committed on purpose: public values only (the anon key is safe with RLS on; service key is NOT here)
NEXT_PUBLIC_SUPABASE_URL=https://qzkxlmvwrtnpbcahfgde.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${SUPABASE_ANON_KEY}
NEXT_PUBLIC_DEFAULT_LANG=chr
NEXT_PUBLIC_EVENT_SLUG=cherokee-national-holiday-2024
''')

add("yaml/netlify-token-ci", "ranch/pteoyate/website/.circleci/config.yml", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", r'''
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci && npm run build
      - run:
          name: deploy ranch site
          command: npx netlify-cli deploy --prod --dir=public --site=3c9e1f2a-7b4d-4e8f-a6c0-1d2e3f4a5b6c --auth=@@s@@
workflows:
  main:
    jobs: [deploy]
''', "nfp_" + fakes.drawn(_seed(), 36, ALNUM))

add("yaml/decoy-circleci-context", "tix/grandentry/.circleci/config.yml", "https://circleci.com/docs/contexts/", r'''
version: 2.1
orbs:
  node: circleci/node@5.2
jobs:
  test:
    executor: node/default
    steps:
      - checkout
      - node/install-packages
      - run: npm test -- --ci
workflows:
  ci:
    jobs:
      - test:
          context: [grandentry-npm]   # NPM_TOKEN comes from the org context
''')

add("toml/decoy-netlify-config", "ranch/pteoyate/website/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", r'''
[build]
  command = "npm run build"
  publish = "public"

[build.environment]
  NODE_VERSION = "20"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; img-src 'self' https://cdn.shopify.com"

[[redirects]]
  from = "/shop"
  to = "https://pte-oyate-bison.myshopify.com"
  status = 301
''')

add("json/vercel-token", "tix/grandentry/kiosk/scripts/deploy.json", "https://vercel.com/docs/rest-api#authentication", r'''
{
  "project": "arena-kiosk",
  "team": "team_Kx9Lq2Mz7Rv1Tw4Yb8Cd3Ef",
  "token": "@@s@@",
  "prod": true,
  "alias": ["kiosk.grandentrytix.com"]
}
''', fakes.drawn(_seed(), 24, ALNUM))

add("shell/heroku-api-key", "ranch/pteoyate/website/scripts/old_heroku_backup.sh", "https://devcenter.heroku.com/articles/authentication#api-token-storage", r'''
#!/bin/sh
# the old recipe site is still on heroku until we move it. pulls a backup every month.
export HEROKU_API_KEY=@@s@@
heroku pg:backups:capture --app pte-recipes
heroku pg:backups:download --app pte-recipes --output "backups/recipes-$(date +%F).dump"
''', uuid_s())

add("shell/decoy-op-run", "tix/grandentry/scripts/prod-shell.sh", "https://developer.1password.com/docs/cli/reference/commands/run/", r'''
#!/usr/bin/env bash
# opens a psql shell on prod with creds pulled from 1Password at run time
set -euo pipefail
export PGHOST=tix-prod.c9xk2mfq1a7d.us-east-2.rds.amazonaws.com
export PGDATABASE=grandentry
export PGUSER="op://Grand Entry/tix prod db/username"
export PGPASSWORD="op://Grand Entry/tix prod db/password"
exec op run -- psql
''')

add("python/tailscale-auth-key", "ranch/pteoyate/infra/bootstrap_pi.py", "https://tailscale.com/kb/1085/auth-keys", r'''
"""First boot of a new sensor Pi: join the tailnet, set hostname."""
import subprocess
import sys

AUTHKEY = "@@s@@"

hostname = sys.argv[1] if len(sys.argv) > 1 else "pte-sensor"
subprocess.run(["hostnamectl", "set-hostname", hostname], check=True)
subprocess.run(["tailscale", "up", f"--authkey={AUTHKEY}", "--advertise-tags=tag:sensor"], check=True)
print("joined tailnet as", hostname)
''', "tskey-auth-k" + fakes.drawn(_seed(), 16, ALNUM) + "CNTRL-" + fakes.drawn(_seed(), 33, ALNUM))

add("yaml/ngrok-authtoken", "ranch/pteoyate/home/marcus/.config/ngrok/ngrok.yml", "https://ngrok.com/docs/agent/config/", r'''
version: "2"
authtoken: @@s@@
tunnels:
  shopify-webhooks:
    proto: http
    addr: 5000
''', mixed(27) + "_" + mixed(21))

add("hcl/terraform-cloud-token", "tix/grandentry/ops/wesley/.terraformrc", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r'''
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "@@s@@"
}
''', fakes.drawn(_seed(), 14, ALNUM) + ".atlasv1." + fakes.drawn(_seed(), 67, ALNUM))

add("hcl/decoy-terraform-backend", "tix/grandentry/infra/core/backend.tf", "https://developer.hashicorp.com/terraform/language/settings/backends/s3", r'''
terraform {
  backend "s3" {
    bucket         = "grandentry-tfstate"
    key            = "core/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "grandentry-tflock"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:us-east-2:482913375506:key/5c1e8a2f-7b3d-4f90-a6e2-9d8c7b6a5f41"
  }
}
''')

add("hcl/vault-token", "tix/grandentry/infra/core/vault.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", r'''
provider "vault" {
  address = "https://vault.grandentrytix.com:8200"
  # root-ish token from the bootstrap, TODO switch to AppRole (Dale)
  token   = "@@s@@"
}

resource "vault_kv_secret_v2" "square" {
  mount = "kv"
  name  = "tix/square"
  data_json = jsonencode({ location = "L8ZQ4XK2M1PNR" })
}
''', vault_tok())

add("hcl/decoy-vault-approle", "tix/grandentry/infra/core/vault_approle.tf", "https://developer.hashicorp.com/vault/docs/auth/approle", r'''
provider "vault" {
  address = "https://vault.grandentrytix.com:8200"
  auth_login {
    path = "auth/approle/login"
    parameters = {
      role_id   = var.vault_role_id
      secret_id = var.vault_secret_id
    }
  }
}
''')

add("python/expo-token", "tix/grandentry/tools/push_grand_entry.py", "https://docs.expo.dev/push-notifications/sending-notifications/#additional-security", r'''
"""'Grand Entry in 30 minutes' push to everyone holding a ticket for today."""
import requests

EXPO_ACCESS_TOKEN = "@@s@@"


def push(tokens: list[str], title: str, body: str) -> None:
    msgs = [{"to": t, "title": title, "body": body, "sound": "default"} for t in tokens]
    requests.post(
        "https://exp.host/--/api/v2/push/send",
        headers={"Authorization": f"Bearer {EXPO_ACCESS_TOKEN}"},
        json=msgs,
        timeout=20,
    ).raise_for_status()
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("json/decoy-expo-push-tokens", "tix/grandentry/tools/fixtures/push_tokens_sample.json", "https://docs.expo.dev/push-notifications/sending-notifications/", r'''
{
  "_comment": "device push tokens are per-device addresses, not credentials; these are from the test iPads",
  "tokens": [
    "ExponentPushToken[Kq2xLm9RtV4wZ8aB1cD3eF]",
    "ExponentPushToken[Pn7yQs0UvW3xY6zA9bC2dE]",
    "ExponentPushToken[Hg5jKl8MnO1pQr4StU7vWx]"
  ]
}
''')

add("p8/apple-push-key", "tix/grandentry/ios/keys/AuthKey_7QK2XR4M9P.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", "@@s@@\n", fakes.fake_pem(_seed(), "RSA").replace("RSA ", ""))

add("ruby/decoy-fastlane-appfile", "tix/grandentry/ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", r'''
app_identifier("com.grandentry.gate")
apple_id("ios@grandentrytix.com")
itc_team_id("124819233")
team_id("7QK2XR4M9P")
# App Store Connect API key is loaded in the Fastfile from ENV["ASC_KEY_PATH"]
''')

add("ruby/fastlane-match-password", "tix/grandentry/ios/fastlane/Fastfile", "https://docs.fastlane.tools/actions/match/#encryption-password", r'''
default_platform(:ios)

platform :ios do
  lane :beta do
    ENV["MATCH_PASSWORD"] = "@@s@@"
    match(type: "appstore", readonly: true, git_url: "git@github.com:grandentry/certs.git")
    increment_build_number
    build_app(scheme: "GateScanner")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
''', words_pw())

_split = mixed(24, "sk_live_")
add("js/stripe-key-in-page", "ranch/pteoyate/wholesale/web/legacy/checkout.js", "https://docs.stripe.com/keys", r'''
// wholesale checkout (2019). The old host's contractor put the live key right in the page. Yes really.
// TODO: move charges server-side and delete this whole file (Marcus)
var STRIPE_KEY = "@@s@@";

function charge(order) {
  return fetch("/api/charge", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Key": STRIPE_KEY },
    body: JSON.stringify(order),
  });
}
''', _split)

add("powershell/sql-password", "ranch/pteoyate/wholesale/scripts/Backup-Wholesale.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", r'''
# Nightly export of wholesale orders to CSV for the accountant
$server   = "pteoyate-sql.database.windows.net"
$db       = "wholesale"
$user     = "wholesale_app"
$password = "@@s@@"

$rows = Invoke-Sqlcmd -ServerInstance $server -Database $db -Username $user -Password $password `
    -Query "SELECT order_no, customer, lbs, total FROM orders WHERE created >= DATEADD(day,-1,GETDATE())"
$rows | Export-Csv -Path "C:\exports\wholesale-$(Get-Date -Format yyyy-MM-dd).csv" -NoTypeInformation
''', words_pw())

add("powershell/decoy-secretmanagement", "ranch/pteoyate/wholesale/scripts/Export-Invoices.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# same as Backup-Wholesale.ps1 but reads the password from the SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "wholesale-sql" -Vault RanchStore   # PSCredential
$rows = Invoke-Sqlcmd -ServerInstance "pteoyate-sql.database.windows.net" -Database wholesale `
    -Credential $cred -Query "SELECT number, total FROM invoices WHERE paid = 0"
$rows | Export-Csv -Path "C:\exports\open-invoices.csv" -NoTypeInformation
''')

add("crontab/password-in-command", "ranch/pteoyate/infra/cron/office-nuc.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
15 2 * * * /usr/bin/rclone sync /srv/photos b2:pte-oyate-backup/photos --log-file=/var/log/rclone.log
30 2 * * * PGPASSWORD='@@s@@' /usr/bin/pg_dump -h localhost -U ha homeassistant | gzip > /srv/backup/ha-$(date +\%F).sql.gz
0 6 * * 1 /usr/local/bin/pull_processor_report.sh
*/5 * * * * /usr/local/bin/freezer-heartbeat
''', fakes.password(_seed()))

add("makefile/decoy-env-passthrough", "tix/grandentry/Makefile", "https://www.gnu.org/software/make/manual/html_node/Environment.html", r'''
.PHONY: dev test migrate deploy

dev:
	docker compose up --build

test:
	docker compose -f docker-compose.test.yml run --rm api pytest -q

migrate:
	@test -n "$(DATABASE_URL)" || (echo "DATABASE_URL not set"; exit 1)
	cd api && python manage.py migrate

deploy:
	helm upgrade --install tix charts/tix -f charts/tix/values-prod.yaml \
	  --set externalDatabase.password="$$TIX_DB_PASSWORD"
''')

add("caddy/decoy-bcrypt-basicauth", "ranch/pteoyate/infra/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", r'''
ha.pteoyatebison.com {
	reverse_proxy localhost:8123
}

grafana.pteoyatebison.com {
	basic_auth {
		# caddy hash-password output, not the password
		jolene $2a$14$Zq8Lk2Pm3nV0bX7yR1sT5eW9aE2dF4gH6jK8lM0nP2qR4sT6uV8wX
	}
	reverse_proxy localhost:3000
}
''')

add("csv/wifi-and-device-passwords", "ranch/pteoyate/notes/devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
device,location,ip,login,password,notes
Zebra ZD421,shop counter,10.0.40.21,admin,,factory default changed? ask Marcus
walk-in sensor,walk-in,10.0.40.31,,,mqtt only
gate camera,cattle guard,10.0.40.12,viewer,,see 1Password
office NUC,office,10.0.40.2,marcus,,ssh key only
Ubiquiti UDR,office,10.0.40.1,pteadmin,@@s@@,router web login
''', words_pw())

add("html/decoy-form-placeholder", "tix/grandentry/web/public/staff-login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r'''
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Gate staff sign-in</title></head>
<body>
  <h1>ᎣᏏᏲ · Boozhoo · Háu</h1>
  <form method="post" action="/staff/login">
    <label>Staff email <input type="email" name="email" autocomplete="username" placeholder="you@grandentrytix.com"></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" placeholder="••••••••" minlength="12"></label>
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <button>Sign in</button>
  </form>
</body>
</html>
''')

add("sql/seed-admin-api-key", "tix/grandentry/db/seeds/002_partner_keys.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- partner API keys for tribal event offices (they pull their own ticket counts)
INSERT INTO partner_keys (partner, scopes, key, created_at) VALUES
  ('Cherokee Nation Special Events', '{events:read,scans:read}', '@@s@@', now());
-- Mdewakanton office gets theirs through the portal (hashed only, see 003)
-- TODO(wesley): this one predates hashing, migrate it and rotate
UPDATE partner_keys SET note = 'legacy plaintext' WHERE partner = 'Cherokee Nation Special Events';
''', mixed(40, "ge_live_"))

add("sql/decoy-hashed-keys", "tix/grandentry/db/seeds/003_partner_keys_hashed.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- keys are stored as sha256; the plaintext was shown once in the portal
-- key_prefix is the first 12 characters, shown in the admin UI so partners can tell keys apart
INSERT INTO partner_keys (partner, scopes, key_sha256, key_prefix, created_at) VALUES
  ('Shakopee Mdewakanton Wacipi', '{events:read}', 'b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78', 'ge_live_Kq2x', now()),
  ('Rosebud Fair committee', '{events:read,scans:read}', '4f1e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f', 'ge_live_Pn7y', now());
''')

add("yaml/decoy-pubspec", "ranch/pteoyate/app/pubspec.yaml", "https://dart.dev/tools/pub/pubspec", r'''
name: pte_oyate_shop
description: Order bison meat from Pte Oyate Ranch. Tȟatȟáŋka wóyute.
version: 1.3.0+14
environment:
  sdk: ">=3.3.0 <4.0.0"
dependencies:
  flutter:
    sdk: flutter
  shopify_flutter: ^2.1.0
  flutter_secure_storage: ^9.0.0
  http: ^1.2.0
''')

add("dart/shopify-storefront-private", "ranch/pteoyate/app/lib/config.dart", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-private-access", r'''
// Pte Oyate shop app config
class ShopConfig {
  static const storeUrl = 'pte-oyate-bison.myshopify.com';
  static const storefrontApiVersion = '2024-07';
  // private Storefront token (server-side only they said... Marcus, fix before 2.0)
  static const adminToken = '@@s@@';
  static const greeting = 'Háu kola! Welcome to the ranch store.';
}
''', shopify())

add("markdown/runbook-prose-password", "tix/grandentry/docs/ops/gate-day-runbook.md", "https://developer.apple.com/documentation/devicemanagement", r'''
# Gate day runbook

1. Unlock the scanner iPads (Jamf "Gate" profile).
2. If an iPad is stuck in Guided Access, the passcode is on the card inside the Pelican case lid.
3. Wifi at Tahlequah grounds: network "CN-Events", the gate VLAN password is @@s@@ —
   the Cherokee Nation IT folks give us this each year, they'll change it after the holiday.
4. Start the relay: `systemctl start gate-relay` on the relay Pi.
5. Watch #gate-ops.

ᏩᏙ to the volunteers.
''', words_pw())

add("markdown/decoy-runbook-rotated", "tix/grandentry/docs/ops/incident-2024-04.md", "https://owasp.org/www-community/Incident_Response", r'''
# Incident 2024-04-08: laptop stolen (Gunna)

- **What**: laptop with a checkout of `tix` stolen from a car in Tulsa.
- **Exposure**: `.env` with the Square production token (ended `...w9Qd`), Stripe restricted key.
- **Actions**: both revoked at 21:40 CT the same night; new values in Secrets Manager only.
  Verified with `curl` against Square: `401 UNAUTHORIZED` for the old token.
- **Followups**: FileVault on every laptop (done), no `.env` with prod values on laptops (done).

Miigwech Gunna for calling it in right away.
''')

add("yaml/ga-slack-bot-inline", "tix/grandentry/.github/workflows/notify-release.yml", "https://api.slack.com/authentication/token-types#bot", r'''
name: notify-release
on:
  release:
    types: [published]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1.26.0
        with:
          channel-id: "C06GATEOPS1"
          slack-message: "New release ${{ github.event.release.tag_name }} — ᏩᏙ!"
        env:
          SLACK_BOT_TOKEN: @@s@@
''', slack_bot())

add("python/smtp-lakota-comment", "ranch/pteoyate/shop/email/send_receipt.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", r'''
"""Market receipts by e-mail. Wóyute ki waštéya yaúŋ — enjoy the food."""
import smtplib
from email.message import EmailMessage

SMTP_USER = "receipts@pteoyatebison.com"
SMTP_PASS = "@@s@@"


def send(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, "Your Tȟatȟáŋka Meats receipt"
    msg.set_content(body + "\n\nPilámayaye!")
    with smtplib.SMTP("smtp.gmail.com", 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
''', "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("yaml/docker-compose-influx-init", "ranch/pteoyate/infra/compose/monitoring.yml", "https://hub.docker.com/_/influxdb", r'''
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: marcus
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: pte-oyate
      DOCKER_INFLUXDB_INIT_BUCKET: ranch
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@s@@
    volumes: ["influx:/var/lib/influxdb2"]
  grafana:
    image: grafana/grafana:11.1.0
    ports: ["3000:3000"]
volumes:
  influx: {}
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("ini/odbc-password", "ranch/pteoyate/wholesale/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
[wholesale]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:pteoyate-sql.database.windows.net,1433
Database = wholesale
UID = reporting
PWD = @@s@@
Encrypt = yes
''', words_pw())

add("ini/decoy-odbc-integrated", "ranch/pteoyate/wholesale/odbc.dev.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", r'''
[wholesale-dev]
Driver = ODBC Driver 18 for SQL Server
Server = localhost,1433
Database = wholesale_dev
Authentication = ActiveDirectoryInteractive
UID = marcus@pteoyatebison.com
Encrypt = yes
TrustServerCertificate = yes
''')

add("python/hf-token", "tix/grandentry/tools/syllabary_ocr.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Reads Cherokee syllabary on old paper registration cards (Golden Age dancers from the 90s).
ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ — for the history display at the holiday."""
from huggingface_hub import login
from transformers import pipeline

login(token="@@s@@")
ocr = pipeline("image-to-text", model="grandentry/chr-syllabary-trocr")

for path in ["cards/1994_001.jpg", "cards/1994_002.jpg"]:
    print(path, ocr(path)[0]["generated_text"])
''', mixed(34, "hf_"))

add("yaml/decoy-dependabot", "tix/grandentry/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  npm-grandentry:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_READ_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [npm-grandentry]
    schedule: {interval: weekly}
''')

add("yaml/sendgrid-in-values", "ranch/pteoyate/infra/k8s/shop-values.yaml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
shop:
  image: ghcr.io/pteoyate/shop-tools:1.8.2
  env:
    SHOP_DOMAIN: pte-oyate-bison.myshopify.com
    FROM_EMAIL: orders@pteoyatebison.com
    mail:
      provider: sendgrid
      apiKey: "@@s@@"
  cron:
    sync: "0 5 * * *"
''', sendgrid())

add("toml/pip-conf-token", "tix/grandentry/ops/ci-runner/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/48213977/packages/pypi/simple
timeout = 60
retries = 5
disable-pip-version-check = true
''', gitlab())

add("yaml/bitbucket-pipelines-password", "ranch/pteoyate/website/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Build + FTP to old host
          script:
            - npm ci && npm run build
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: website
                PASSWORD: "@@s@@"
                SERVER: ftp.pteoyatebison.com
                REMOTE_PATH: /public_html
                LOCAL_PATH: public
''', words_pw())

add("js/algolia-admin-key", "tix/grandentry/tools/index-events.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r'''
// reindex powwow listings (search on the home page)
const algoliasearch = require("algoliasearch");

const client = algoliasearch("K7QX2M4R9P", "@@s@@"); // admin key — indexing only
const index = client.initIndex("events");

module.exports = async function reindex(events) {
  await index.replaceAllObjects(
    events.map((e) => ({ objectID: e.slug, name: e.name, city: e.city, state: e.state, dates: e.dates })),
    { autoGenerateObjectIDIfNotExist: false }
  );
};
''', hexs(32))

add("js/decoy-algolia-search-only", "tix/grandentry/web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
import algoliasearch from "algoliasearch/lite";

// search-only key: public by design, restricted to the "events" index and our referrers
const searchClient = algoliasearch("K7QX2M4R9P", import.meta.env.VITE_ALGOLIA_SEARCH_KEY);

export const eventsIndex = searchClient.initIndex("events");
export const placeholder = { chr: "ᎠᏂᏯᏍᏗ ᏙᎯ…", oj: "Nandawaabandan niimi'idiwin…", en: "Find a powwow…" };
''')

add("yaml/auth0-client-secret", "tix/grandentry/kiosk/auth0.config.yml", "https://auth0.com/docs/get-started/applications/application-credentials", r'''
# staff login for the kiosk admin page
domain: grandentry.us.auth0.com
client_id: Kq2xLm9RtV4wZ8aB1cD3eFgH5jK7lM9n
client_secret: @@s@@
audience: https://api.grandentrytix.com
callback: https://kiosk.grandentrytix.com/api/auth/callback
''', fakes.drawn(_seed(), 64, ALNUM + "-_"))

add("text/ojibwe-wiiyaas-order-note", "tix/grandentry/notes/feast-order.txt", "https://shopify.dev/docs/api/admin-rest#authentication", r'''
Feast for the Shakopee wacipi — wiiyaas order from Pte Oyate (mashkode-bizhiki, 120 lb ground)

Marcus gave us a staff account on their wholesale portal to place it ourselves:
  https://wholesale.pteoyatebison.com
  user: grandentry-feast
  pass: @@s@@

Delivery Thursday to the arena kitchen. Miigwech, Marcus!
''', words_pw())

add("text/decoy-ojibwe-feast-followup", "tix/grandentry/notes/feast-followup.txt", "https://shopify.dev/docs/api/admin-rest#authentication", r'''
Feast followup — Nokomis

Aaniin! The wholesale portal account (grandentry-feast) was closed by Marcus after the order,
nothing to keep. Invoice PTE-W-2024-0177 paid by check #4108.
Next year: order 6 weeks ahead, they only butcher in the fall.
Giga-waabamin.
''')

add("postman/eventbrite-token", "tix/grandentry/tools/postman/eventbrite-import.postman_environment.json", "https://www.eventbrite.com/platform/api#/introduction/authentication", r'''
{
  "id": "4b7e2c1a-9d3f-4a8e-b615-0c2f9e8d7a42",
  "name": "Eventbrite import (listings from committees still on Eventbrite)",
  "values": [
    {"key": "base_url", "value": "https://www.eventbriteapi.com/v3", "type": "default", "enabled": true},
    {"key": "org_id", "value": "1748820365113", "type": "default", "enabled": true},
    {"key": "private_token", "value": "@@s@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''', rnd(20, string.ascii_uppercase + string.digits))
