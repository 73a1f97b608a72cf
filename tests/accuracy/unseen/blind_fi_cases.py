"""Blind set FI: driving schools and instructor networks.

Lesson-booking portals and instructor apps, dual-control car telematics (trackers, MQTT brokers,
IoT hubs, fleet APIs), theory-test e-learning (Moodle, SCORM, video hosting, mobile apps),
government test-booking integrations, payment and SMS vendors, and the IT and web teams behind
them, with their decoys. Generated fakes only (seeds 1840000-1849999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import uuid
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SEED_LO, SEED_HI = 1840000, 1849999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return random.Random(_SEED[0])


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; from ALNUM, both cases and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8:
            return value
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def raw(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(value) -> str:
    data = value.encode() if isinstance(value, str) else value
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


WORDS = ["Clutch", "Mirror", "Signal", "Kerb", "Junction", "Hazard", "Gearbox", "Bitepoint", "Roundabout",
         "Overtake", "Handbrake", "Dipstick", "Wiper", "Camber", "Chevron", "Tarmac", "Bollard", "Layby",
         "Pelican", "Zebra", "Slipway", "Contraflow", "Axle", "Piston", "Magpie", "Heron", "Bramble", "Thistle"]
LOWER = ["river", "candle", "biscuit", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "teapot", "marble", "otter", "quince"]


def person_pw() -> str:
    """A password a person chose: words, a symbol, digits, in one of the usual patterns."""
    r = _rng()
    style = r.randint(0, 3)
    a, b = r.sample(WORDS, 2)
    if style == 0:
        return a + r.choice("!#$%&*@") + b + str(r.randint(10, 2024))
    if style == 1:
        return a.lower() + "." + b.lower() + "." + str(r.randint(100, 999)) + r.choice("!?#")
    if style == 2:
        return a + r.choice(LOWER) + str(r.randint(1970, 2024)) + r.choice("!$&*")
    return r.choice(LOWER).capitalize() + r.choice("-_+") + a + r.choice("-_+") + str(r.randint(1, 99))


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose."""
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def applepw() -> str:
    """The shape Safari/iCloud Keychain suggests: xxxxxx-xxxxxx-xxxxxx."""
    r = _rng()
    parts = ["".join(r.choice(string.ascii_lowercase) for _ in range(6)) for _ in range(3)]
    i = r.randrange(3)
    parts[i] = parts[i][:2] + r.choice(string.ascii_uppercase) + parts[i][3:]
    j = (i + 1) % 3
    parts[j] = parts[j][:4] + r.choice(string.digits) + parts[j][5:]
    return "-".join(parts)


def app_password() -> str:
    """A Google / Microsoft 365 app password: 16 lower-case letters."""
    return draw(16, string.ascii_lowercase)


# -- vendor shapes ---------------------------------------------------------------------------------

def stripe_sk(mode: str = "sk_live_", long: bool = True) -> str:
    return mode + ("51" + draw(97) if long else draw(24))


def stripe_pk() -> str:
    return "pk_live_51" + draw(97)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, B64URL) + "." + draw(43, B64URL)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + draw(16)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + draw(24)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + draw(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, B64URL)


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(5_000_000_000, 7_999_999_999)}:AA" + draw(33, B64URL)


def ghp() -> str:
    return "ghp_" + draw(36)


def glpat() -> str:
    return "glpat-" + draw(20, B64URL)


def npm_token() -> str:
    return "npm_" + draw(36)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def aws_key_id(prefix: str = "AKIA") -> str:
    return prefix + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return draw(40, B64)


def google_api_key() -> str:
    return "AIza" + draw(35, B64URL)


def b64key(n: int = 32) -> str:
    return b64(raw(n))


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43, kid: Optional[str] = None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header = {"alg": alg, "kid": kid, "typ": "JWT"}
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}." + draw(sig_len, B64URL)


def mapbox_token(kind: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": "cl" + draw(23, string.ascii_lowercase + string.digits)},
                             separators=(",", ":")).encode())
    return f"{kind}.{body}." + draw(22, B64URL)


# -- keys ------------------------------------------------------------------------------------------

def _wrap(text: str, width: int = 64) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _der_len(len(body)) + body


def _int(body: bytes) -> bytes:
    if body[0] & 0x80:
        body = b"\x00" + body
    return _tlv(0x02, body)


def _rsa_der(bits: int = 2048) -> bytes:
    n = bits // 8
    modulus = bytes([raw(1)[0] | 0x80]) + raw(n - 1)
    parts = [_int(b"\x00"), _int(modulus), _int(b"\x01\x00\x01"), _int(raw(n)),
             _int(bytes([raw(1)[0] | 0x80]) + raw(n // 2 - 1)), _int(bytes([raw(1)[0] | 0x80]) + raw(n // 2 - 1)),
             _int(raw(n // 2)), _int(raw(n // 2)), _int(raw(n // 2))]
    return _tlv(0x30, b"".join(parts))


def rsa_pem(pkcs8: bool = False, bits: int = 2048) -> str:
    der = _rsa_der(bits)
    if pkcs8:
        algo = bytes.fromhex("300d06092a864886f70d0101010500")
        der = _tlv(0x30, _int(b"\x00") + algo + _tlv(0x04, der))
        return "-----BEGIN PRIVATE KEY-----\n" + _wrap(b64(der)) + "\n-----END PRIVATE KEY-----"
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(b64(der)) + "\n-----END RSA PRIVATE KEY-----"


def _ec_inner() -> bytes:
    return (bytes.fromhex("30770201010420") + raw(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
            + b"\x04" + raw(64))


def ec_pem() -> str:
    return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap(b64(_ec_inner())) + "\n-----END EC PRIVATE KEY-----"


def p8_pem() -> str:
    der = bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d0301070479") + _ec_inner()
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap(b64(der)) + "\n-----END PRIVATE KEY-----"


def _sshstr(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def ed25519_pair(comment: str):
    """(private key in OpenSSH's format, public key line)."""
    pub, seed, check = raw(32), raw(32), raw(4)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    priv = check + check + pubblob + _sshstr(seed + pub) + _sshstr(comment.encode())
    for pad in range(1, 8):
        if len(priv) % 8 == 0:
            break
        priv += bytes([pad])
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv))
    key = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(b64(blob), 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    return key, f"ssh-ed25519 {b64(pubblob)} {comment}"


def ssh_rsa_pub(comment: str) -> str:
    blob = _sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + bytes([raw(1)[0] | 0x80]) + raw(383))
    return f"ssh-rsa {b64(blob)} {comment}"


def cert_pem(n_bytes: int = 900) -> str:
    der = bytes.fromhex("308203") + raw(1) + bytes.fromhex("308202") + raw(1) + bytes.fromhex("a003020102") + raw(n_bytes)
    return "-----BEGIN CERTIFICATE-----\n" + _wrap(b64(der)) + "\n-----END CERTIFICATE-----"


def body_line(pem: str, index: int = 2) -> str:
    """One full line of a PEM body: what any report of the key, escaped or not, holds."""
    return pem.splitlines()[index]


def esc(pem: str) -> str:
    """A PEM as a JSON string holds it (newlines escaped)."""
    return pem.replace("\n", "\\n")


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


def T(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, text[:200]
    return text


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-fi/" + category, file_name, text, secret, source))


# == Lesson booking portal and the web team ========================================================

_sk = stripe_sk()
add("env/stripe-secret-key", "booking-portal/.env.production", T("""APP_NAME="PassPilot Booking"
APP_ENV=production
APP_KEY=${LARAVEL_APP_KEY}
APP_DEBUG=false
APP_URL=https://book.passpilot.co.uk

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=passpilot-prod.cluster-c9xk2p1.eu-west-2.rds.amazonaws.com
DB_PORT=3306
DB_DATABASE=passpilot
DB_USERNAME=passpilot_app
DB_PASSWORD=${DB_PASSWORD}

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
REDIS_HOST=passpilot-cache.q1w2e3.ng.0001.euw2.cache.amazonaws.com

STRIPE_KEY=@@pk@@
STRIPE_SECRET=@@sk@@
CASHIER_CURRENCY=gbp
CASHIER_CURRENCY_LOCALE=en_GB

MAIL_MAILER=ses
MAIL_FROM_ADDRESS=lessons@passpilot.co.uk
MAIL_FROM_NAME="${APP_NAME}"
""", pk=stripe_pk(), sk=_sk), _sk, "Laravel Cashier docs: STRIPE_KEY / STRIPE_SECRET in .env")

_appkey = "base64:" + b64key(32)
add("env/laravel-app-key", "lesson-booking/.env.staging", T("""APP_NAME=LessonBooking
APP_ENV=staging
APP_KEY=@@k@@
APP_DEBUG=true
APP_URL=https://staging.book.kerbcraft.co.uk

DB_CONNECTION=pgsql
DB_HOST=postgres
DB_PORT=5432
DB_DATABASE=lessons
DB_USERNAME=lessons
DB_PASSWORD=${POSTGRES_PASSWORD}

BROADCAST_DRIVER=log
QUEUE_CONNECTION=database
SESSION_LIFETIME=120
""", k=_appkey), _appkey, "Laravel docs: configuration, APP_KEY (php artisan key:generate)")

_pw = person_pw()
add("php/wordpress-db-password", "marketing-site/wp-config.php", T("""<?php
/**
 * WordPress config for greenlight-driving.co.uk (Kinsta live)
 */
define( 'DB_NAME', 'greenlight_wp' );
define( 'DB_USER', 'greenlight' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'gl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=_pw), _pw, "WordPress docs: Editing wp-config.php")

_dj = draw(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
add("python/django-secret-key", "instructor_hub/settings/production.py", T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["instructors.dualdrive.co.uk", "admin.dualdrive.co.uk"]

SECRET_KEY = "@@k@@"

DATABASES["default"]["HOST"] = "dualdrive-db.internal"
DATABASES["default"]["CONN_MAX_AGE"] = 60

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
''', k=_dj), _dj, "Django docs: settings SECRET_KEY")

add("python/decoy-env-lookup", "instructor_hub/settings/base.py", '''import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "instructors",
    "lessons",
    "pupils",
]

DATABASES = {"default": dj_database_url.config(env="DATABASE_URL", conn_max_age=0)}

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
''', None, "Django docs: settings; dj-database-url README")

_pw = gen_pw(24)
add("yaml/rails-database-password", "config/database.yml", T("""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: roadready_development

test:
  <<: *default
  database: roadready_test

production:
  <<: *default
  host: roadready-prod.c3fj1xq0lm2z.eu-west-2.rds.amazonaws.com
  database: roadready_production
  username: roadready
  password: @@pw@@
""", pw=_pw), _pw, "Rails guides: Configuring a database (config/database.yml)")

_rk = "rk_live_51" + draw(97)
add("ruby/stripe-restricted-key", "config/initializers/stripe.rb", T("""# Restricted key: charges + refunds only (created by Dave, Jan)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  secret_key: "@@rk@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
Stripe.max_network_retries = 2
""", rk=_rk), _rk, "Stripe docs: Restricted API keys (rk_live_)")

_wh = stripe_whsec()
add("ts/stripe-webhook-secret", "src/webhooks/stripe.ts", T("""import express from "express";
import Stripe from "stripe";
import { markLessonPaid } from "../lessons/payments";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2023-10-16" });
// TODO move to SSM before go-live
const endpointSecret = "@@wh@@";

export const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await markLessonPaid(session.metadata?.lessonId, session.amount_total);
  }
  res.json({ received: true });
});
""", wh=_wh), _wh, "Stripe docs: Check the webhook signatures (whsec_)")

add("tsx/decoy-publishable-key", "src/checkout/StripeProvider.tsx", T("""import { Elements } from "@stripe/react-stripe-js";
import { loadStripe } from "@stripe/stripe-js";
import type { ReactNode } from "react";

// Publishable key: safe to ship in the browser bundle.
const stripePromise = loadStripe("@@pk@@");

export function StripeProvider({ clientSecret, children }: { clientSecret: string; children: ReactNode }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret, appearance: { theme: "stripe" } }}>
      {children}
    </Elements>
  );
}
""", pk=stripe_pk()), None, "Stripe docs: API keys (publishable keys are meant for client-side code)")

_sg = sendgrid_key()
add("js/sendgrid-api-key", "functions/sendBookingConfirmation.js", T("""const functions = require("firebase-functions");
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("@@sg@@");

exports.sendBookingConfirmation = functions
  .region("europe-west2")
  .firestore.document("bookings/{bookingId}")
  .onCreate(async (snap) => {
    const booking = snap.data();
    await sgMail.send({
      to: booking.pupilEmail,
      from: { email: "bookings@learnerlane.co.uk", name: "Learner Lane" },
      templateId: "d-4f1c2a8e9b7d4e3f8a6c5b2d1e0f9a8b",
      dynamicTemplateData: {
        pupilName: booking.pupilName,
        instructor: booking.instructorName,
        start: booking.startIso,
        pickup: booking.pickupPostcode,
      },
    });
  });
""", sg=_sg), _sg, "SendGrid docs: Node.js library (@sendgrid/mail setApiKey)")

_tok = hexs(32)
add("python/twilio-auth-token", "reminders/sms.py", T('''"""Lesson reminder texts, sent the evening before by cron."""
from datetime import date, timedelta

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
FROM_NUMBER = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_reminders(lessons):
    tomorrow = date.today() + timedelta(days=1)
    for lesson in lessons:
        if lesson.start.date() != tomorrow:
            continue
        client.messages.create(
            to=lesson.pupil_mobile,
            from_=FROM_NUMBER,
            body=f"Reminder: driving lesson with {lesson.instructor} at {lesson.start:%H:%M} tomorrow. Reply C to cancel.",
        )
''', sid=twilio_sid(), tok=_tok), _tok, "Twilio docs: Send an SMS with Python (Client(account_sid, auth_token))")

add("python/decoy-twilio-sids", "reminders/settings.py", T('''"""Twilio identifiers for the reminder service. The auth token lives in AWS SSM, never here."""
import os

import boto3

TWILIO_ACCOUNT_SID = "@@ac@@"
TWILIO_MESSAGING_SERVICE_SID = "@@mg@@"
STATUS_CALLBACK = "https://api.learnerlane.co.uk/twilio/status"


def auth_token() -> str:
    ssm = boto3.client("ssm", region_name="eu-west-2")
    name = os.environ.get("TWILIO_TOKEN_PARAM", "/learnerlane/prod/twilio/auth_token")
    return ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]
''', ac=twilio_sid("AC"), mg=twilio_sid("MG")), None, "Twilio docs: Account SID and Messaging Service SID are identifiers")

_pw = gen_pw(22, "!$%^*")
add("json/appsettings-connection-string", "InstructorPortal/appsettings.Production.json", T("""{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "portal.ringroadinstructors.co.uk",
  "ConnectionStrings": {
    "Bookings": "Server=tcp:ringroad-sql.database.windows.net,1433;Initial Catalog=Bookings;Persist Security Info=False;User ID=portal_app;Password=@@pw@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Diary": {
    "SlotMinutes": 60,
    "MaxLessonsPerDay": 8
  }
}
""", pw=_pw), _pw, "Microsoft docs: Azure SQL connection strings (ADO.NET)")

add("bicep/decoy-keyvault-reference", "infra/appservice.bicep", """param location string = resourceGroup().location
param vaultName string = 'kv-ringroad-prod'

resource site 'Microsoft.Web/sites@2022-09-01' existing = {
  name: 'app-ringroad-portal'
}

resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    ConnectionStrings__Bookings: '@Microsoft.KeyVault(SecretUri=https://${vaultName}.vault.azure.net/secrets/BookingsSql/)'
    Stripe__SecretKey: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=StripeSecretKey)'
    Twilio__AuthToken: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=TwilioAuthToken)'
    ASPNETCORE_ENVIRONMENT: 'Production'
    WEBSITE_TIME_ZONE: 'GMT Standard Time'
  }
}
""", None, "Microsoft docs: Use Key Vault references as app settings")

_pw = gen_pw(20)
add("go/postgres-dsn", "cmd/slotsync/main.go", T("""package main

import (
	"context"
	"log"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dualdrive/slotsync/internal/diary"
)

const dsn = "postgres://slotsync:@@pw@@@db.dualdrive.internal:5432/bookings?sslmode=require"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer pool.Close()

	n, err := diary.SyncInstructorSlots(ctx, pool)
	if err != nil {
		log.Fatalf("sync: %v", err)
	}
	log.Printf("synced %d slots", n)
}
""", pw=_pw), _pw, "pgx docs: pgxpool.New with a PostgreSQL connection URI")

_pw = app_password()
add("properties/spring-mail-password", "booking-service/src/main/resources/application.properties", T("""spring.application.name=booking-service
server.port=8080

spring.datasource.url=jdbc:postgresql://db:5432/bookings
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASS}

spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=noreply@apexdrivertraining.co.uk
spring.mail.password=@@pw@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

booking.reminder.cron=0 0 18 * * *
booking.cancellation.window-hours=48
""", pw=_pw), _pw, "Spring Boot docs: spring.mail.* properties; Microsoft 365 app passwords")

add("properties/decoy-placeholders", "booking-service/src/main/resources/application-prod.properties", """spring.datasource.url=jdbc:postgresql://${DB_HOST:bookings-db}:5432/bookings
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASS}
spring.mail.username=${SMTP_USER}
spring.mail.password=${SMTP_PASSWORD}
stripe.api-key=${STRIPE_SECRET_KEY}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
management.endpoints.web.exposure.include=health,info
logging.level.root=INFO
""", None, "Spring Boot docs: externalized configuration, property placeholders")

_pw = person_pw()
add("csharp/smtp-network-credential", "Services/EmailSender.cs", T("""using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;

namespace RingRoad.Portal.Services
{
    public class EmailSender : IEmailSender
    {
        private readonly SmtpClient _client = new SmtpClient("smtp.ionos.co.uk", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("office@ringroadinstructors.co.uk", "@@pw@@")
        };

        public Task SendAsync(string to, string subject, string html)
        {
            var message = new MailMessage("office@ringroadinstructors.co.uk", to, subject, html) { IsBodyHtml = true };
            return _client.SendMailAsync(message);
        }
    }
}
""", pw=_pw), _pw, "Microsoft docs: SmtpClient.Credentials, NetworkCredential")

_gk = google_api_key()
add("kotlin/google-maps-server-key", "route-planner/src/main/kotlin/uk/co/dualdrive/routes/DistanceClient.kt", T("""package uk.co.dualdrive.routes

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.get
import io.ktor.client.request.parameter

// Server-side key (Distance Matrix + Directions), IP-restricted to the route planner box
private const val MAPS_KEY = "@@gk@@"

class DistanceClient(private val http: HttpClient) {
    suspend fun minutesBetween(pickup: String, testCentre: String): Int {
        val res: DistanceMatrixResponse = http.get("https://maps.googleapis.com/maps/api/distancematrix/json") {
            parameter("origins", pickup)
            parameter("destinations", testCentre)
            parameter("mode", "driving")
            parameter("region", "uk")
            parameter("key", MAPS_KEY)
        }.body()
        return res.rows.first().elements.first().duration.value / 60
    }
}
""", gk=_gk), _gk, "Google Maps Platform docs: Distance Matrix API, key parameter")

add("html/decoy-mapbox-public-token", "public/instructor-map.html", T("""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Find an instructor near you</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.1.2/mapbox-gl.js"></script>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.1.2/mapbox-gl.css" rel="stylesheet">
</head>
<body>
  <div id="map" style="height: 480px"></div>
  <script>
    // public token, URL-restricted to *.passpilot.co.uk
    mapboxgl.accessToken = '@@pk@@';
    const map = new mapboxgl.Map({
      container: 'map',
      style: 'mapbox://styles/mapbox/streets-v12',
      center: [-1.8904, 52.4862],
      zoom: 9
    });
    fetch('/api/instructors/areas').then(r => r.json()).then(areas => {
      map.on('load', () => map.addSource('areas', { type: 'geojson', data: areas }));
    });
  </script>
</body>
</html>
""", pk=mapbox_token("pk", "passpilot")), None, "Mapbox docs: Access tokens (public pk. tokens are meant for client-side use)")

_mb = mapbox_token("sk", "passpilot")
add("js/mapbox-secret-token", "scripts/upload-test-centre-tiles.js", T("""#!/usr/bin/env node
// Uploads the DVSA test centre routes GeoJSON as a tileset source.
const fs = require("fs");
const mbxClient = require("@mapbox/mapbox-sdk");
const mbxTilesets = require("@mapbox/mapbox-sdk/services/tilesets");

const baseClient = mbxClient({ accessToken: "@@sk@@" });
const tilesets = mbxTilesets(baseClient);

async function main() {
  const file = process.argv[2] || "data/test-centre-routes.geojson.ld";
  const res = await tilesets
    .createTilesetSource({ id: "test-centre-routes", file: fs.createReadStream(file), ownerId: "passpilot" })
    .send();
  console.log("uploaded", res.body.id, res.body.files, "files");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", sk=_mb), _mb, "Mapbox docs: secret (sk.) tokens with tilesets:write scope")

add("js/decoy-firebase-web-config", "src/firebase.js", T("""import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Web app config from the Firebase console. These identify the project; access is
// controlled by Security Rules and App Check, not by keeping them secret.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "learnerlane-prod.firebaseapp.com",
  projectId: "learnerlane-prod",
  storageBucket: "learnerlane-prod.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@appid@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", key=google_api_key(), sender=draw(12, string.digits), appid=hexs(22), mid=draw(10, UPPER_DIGITS)),
    None, "Firebase docs: Learn about using and managing API keys for Firebase (not secret)")

_sa = rsa_pem(pkcs8=True)
add("json/gcp-service-account-key", "functions/serviceAccountKey.json", T("""{
  "type": "service_account",
  "project_id": "learnerlane-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@\\n",
  "client_email": "firebase-adminsdk-x7q2d@learnerlane-prod.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x7q2d%40learnerlane-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=esc(_sa), cid=draw(21, string.digits)), body_line(_sa, 3),
    "Google Cloud docs: Create and manage service account keys (JSON key file)")

_pw = gen_pw(26)
add("k8s-secret/database-url", "deploy/k8s/booking-api-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: bookings
  labels:
    app.kubernetes.io/name: booking-api
type: Opaque
data:
  DATABASE_URL: @@url@@
  SENTRY_ENVIRONMENT: @@env@@
""", url=b64(f"postgresql://booking_api:{_pw}@pg-bookings.bookings.svc:5432/bookings"), env=b64("production")),
    _pw, "Kubernetes docs: Secrets (data values are base64)")

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-twilio.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: bookings
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: @@a@@
    TWILIO_API_SECRET: @@b@@
  template:
    metadata:
      name: twilio
      namespace: bookings
    type: Opaque
""", a="AgB" + draw(360, B64) + "==", b="AgC" + draw(360, B64) + "=="), None,
    "Bitnami sealed-secrets README: SealedSecret encryptedData is ciphertext")

add("k8s/decoy-external-secret", "deploy/k8s/external-secret-stripe.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe
  namespace: bookings
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/bookings/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/bookings/stripe
        property: webhook_secret
""", None, "External Secrets Operator docs: ExternalSecret")

_pw = draw(32, ALNUM)
add("helm/redis-password", "charts/booking/values-prod.yaml", T("""replicaCount: 3

image:
  repository: ghcr.io/passpilot/booking-api
  tag: "2024.03.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.passpilot.co.uk
      paths:
        - path: /
          pathType: Prefix

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"
  master:
    persistence:
      size: 2Gi

resources:
  requests:
    cpu: 200m
    memory: 256Mi
""", pw=_pw), _pw, "Bitnami Redis chart README: auth.password")

add("helm/decoy-existing-secret", "charts/booking/values.yaml", """replicaCount: 1

image:
  repository: ghcr.io/passpilot/booking-api
  tag: ""
  pullPolicy: IfNotPresent

postgresql:
  enabled: false
  auth:
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    # Set in values-<env>.yaml or pass --set redis.auth.existingSecret=...
    password: ""
    existingSecret: ""

env:
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef:
        name: stripe
        key: STRIPE_SECRET_KEY
""", None, "Bitnami charts README: auth.existingSecret")

_npm = npm_token()
add("dockerfile/npm-token", "web/Dockerfile", T("""FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# private @passpilot/ui package
RUN echo "@passpilot:registry=https://registry.npmjs.org/" > .npmrc \\
 && echo "//registry.npmjs.org/:_authToken=@@t@@" >> .npmrc \\
 && npm ci \\
 && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", t=_npm), _npm, "npm docs: Using private packages in a CI/CD workflow (.npmrc _authToken)")

add("dockerfile/decoy-checksums", "pdf-renderer/Dockerfile", T("""FROM debian:bookworm-slim

ARG WKHTMLTOPDF_VERSION=0.12.6.1-3
ARG WKHTMLTOPDF_SHA256=@@sha@@

RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl fontconfig xfonts-75dpi xfonts-base \\
 && curl -fsSLo /tmp/wk.deb "https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTMLTOPDF_VERSION}/wkhtmltox_${WKHTMLTOPDF_VERSION}.bookworm_amd64.deb" \\
 && echo "${WKHTMLTOPDF_SHA256}  /tmp/wk.deb" | sha256sum -c - \\
 && apt-get install -y /tmp/wk.deb \\
 && rm -rf /var/lib/apt/lists/* /tmp/wk.deb

COPY templates/ /opt/renderer/templates/
# Renders lesson invoices and pupil progress reports
ENTRYPOINT ["/opt/renderer/render.sh"]
""", sha=hexs(64)), None, "Docker docs: Dockerfile best practices (verify downloads with checksums)")

_pw = gen_pw(24)
add("compose/postgres-password", "ops/docker-compose.prod.yml", T("""services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: kerbcraft
      POSTGRES_USER: kerbcraft
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    image: registry.gitlab.com/kerbcraft/booking:latest
    restart: unless-stopped
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://kerbcraft@db:5432/kerbcraft
      RAILS_ENV: production
    ports:
      - "127.0.0.1:3000:3000"

volumes:
  pgdata:
""", pw=_pw), _pw, "Docker Hub postgres image docs: POSTGRES_PASSWORD")

add("compose/decoy-dev-defaults", "docker-compose.yml", """# Local development only. Real values come from .env (see .env.example).
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: kerbcraft_dev
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports:
      - "5432:5432"

  mailpit:
    image: axllent/mailpit
    ports:
      - "8025:8025"

  app:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/kerbcraft_dev
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:-}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN:-}
    depends_on: [db, mailpit]
""", None, "Docker docs: Compose interpolation; postgres image defaults for local use")

_pw = person_pw()
add("github-actions/sshpass-password", ".github/workflows/deploy-site.yml", T("""name: Deploy marketing site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Upload to cPanel host
        run: |
          sudo apt-get install -y sshpass
          sshpass -p '@@pw@@' rsync -avz --delete -e "ssh -o StrictHostKeyChecking=no -p 2222" \\
            dist/ greenlig@uk3.cpanelhost.net:/home/greenlig/public_html/
""", pw=_pw), _pw, "sshpass man page: -p password; GitHub Actions workflow syntax")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-api.yml", """name: Deploy booking API

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
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492230117:role/gha-deploy-booking
          aws-region: eu-west-2
      - name: Deploy
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: ./scripts/deploy.sh production
""", None, "GitHub docs: Using secrets in GitHub Actions; configure-aws-credentials OIDC")

_pw = gen_pw(20)
add("gitlab-ci/registry-password", ".gitlab-ci.yml", T("""stages: [test, build, deploy]

variables:
  IMAGE: harbor.kerbcraft.co.uk/booking/app

test:
  stage: test
  image: ruby:3.2
  script:
    - bundle install
    - bundle exec rspec

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u robot\\$booking-ci -p @@pw@@ harbor.kerbcraft.co.uk
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]

deploy:
  stage: deploy
  script:
    - ./bin/deploy $CI_COMMIT_SHORT_SHA
  only: [main]
""", pw=_pw), _pw, "Harbor docs: robot accounts; docker login -u -p")

_sq = "squ_" + hexs(40)
add("jenkinsfile/sonarqube-token", "Jenkinsfile", T("""pipeline {
    agent { label 'linux' }
    options { timestamps() }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Test') {
            steps {
                sh './gradlew test'
            }
        }
        stage('Sonar') {
            steps {
                sh "./gradlew sonar -Dsonar.host.url=https://sonar.apexdrivertraining.co.uk -Dsonar.token=@@t@@ -Dsonar.projectKey=booking-service"
            }
        }
    }
    post {
        always { junit 'build/test-results/test/*.xml' }
    }
}
""", t=_sq), _sq, "SonarQube docs: user tokens (squ_), sonar.token")

add("jenkinsfile/decoy-credentials-binding", "ci/Jenkinsfile.release", """pipeline {
    agent any
    environment {
        REGISTRY = 'harbor.apexdrivertraining.co.uk'
    }
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'harbor-robot', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
                    sh 'echo "$REG_PASS" | docker login -u "$REG_USER" --password-stdin $REGISTRY'
                    sh 'docker push $REGISTRY/booking/booking-service:$BUILD_NUMBER'
                }
            }
        }
        stage('Notify') {
            steps {
                withCredentials([string(credentialsId: 'slack-webhook', variable: 'SLACK_URL')]) {
                    sh 'curl -s -X POST -H "Content-Type: application/json" -d "{\\"text\\":\\"released $BUILD_NUMBER\\"}" "$SLACK_URL"'
                }
            }
        }
    }
}
""", None, "Jenkins docs: Credentials Binding plugin (withCredentials)")

# == Infrastructure of the booking platform ========================================================

_ak, _as = aws_key_id(), aws_secret()
add("terraform/aws-provider-keys", "infra/main.tf", T("""terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@ak@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "pupil_documents" {
  bucket = "passpilot-pupil-documents"
}

resource "aws_s3_bucket_public_access_block" "pupil_documents" {
  bucket                  = aws_s3_bucket.pupil_documents.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""", ak=_ak, sk=_as), _as, "Terraform AWS provider docs: static credentials in the provider block")

add("terraform/decoy-random-password", "infra/rds.tf", """resource "random_password" "bookings_db" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "bookings_db" {
  name = "prod/bookings/db"
}

resource "aws_secretsmanager_secret_version" "bookings_db" {
  secret_id     = aws_secretsmanager_secret.bookings_db.id
  secret_string = jsonencode({ username = "bookings", password = random_password.bookings_db.result })
}

resource "aws_db_instance" "bookings" {
  identifier          = "bookings-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "bookings"
  password            = random_password.bookings_db.result
  storage_encrypted   = true
  skip_final_snapshot = false
}
""", None, "Terraform docs: random_password resource; aws_secretsmanager_secret_version")

_cf = draw(40, B64URL)
add("tfvars/cloudflare-api-token", "infra/prod.auto.tfvars", T("""environment          = "prod"
zone_name            = "passpilot.co.uk"
cloudflare_api_token = "@@t@@"
cloudflare_account_id = "@@acct@@"
origin_ip            = "18.134.72.19"
enable_waf           = true
rate_limit_per_min   = 120
""", t=_cf, acct=hexs(32)), _cf, "Cloudflare Terraform provider docs: api_token")

_pw = gen_pw(30)
add("tfstate/rds-master-password", "infra/terraform.tfstate", T("""{
  "version": 4,
  "terraform_version": "1.6.6",
  "serial": 42,
  "lineage": "@@lin@@",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "lessons",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 2,
          "attributes": {
            "identifier": "lessons-prod",
            "engine": "mysql",
            "engine_version": "8.0.35",
            "instance_class": "db.t3.medium",
            "username": "lessons_admin",
            "password": "@@pw@@",
            "port": 3306,
            "endpoint": "lessons-prod.c8yzq2m4ux7e.eu-west-2.rds.amazonaws.com:3306"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]
        }
      ]
    }
  ]
}
""", lin=uuid_s(), pw=_pw), _pw, "Terraform docs: Sensitive data in state")

_pw = gen_pw(20, "#%+=")
add("ansible/mysql-root-password", "ansible/group_vars/booking_db.yml", T("""---
mysql_version: "8.0"
mysql_bind_address: 10.20.0.15
mysql_root_password: "@@pw@@"
mysql_databases:
  - name: bookings
    encoding: utf8mb4
mysql_users:
  - name: bookings_app
    host: "10.20.0.%"
    password: "{{ vault_bookings_app_password }}"
    priv: "bookings.*:ALL"
mysql_slow_query_log_enabled: true
""", pw=_pw), _pw, "geerlingguy.mysql role README: mysql_root_password")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(14)) + "\n" + hexs(34) + "\n",
    None, "Ansible docs: Encrypting content with Ansible Vault")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", T("""stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
twilio_auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
db_password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:381492230117:key/@@kms@@
          created_at: "2024-02-11T10:42:17Z"
          enc: AQICAHh@@enc@@
          aws_profile: ""
    lastmodified: "2024-02-11T10:42:18Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64(raw(99)), iv1=b64(raw(32)), t1=b64(raw(16)), d2=b64(raw(24)), iv2=b64(raw(32)), t2=b64(raw(16)),
    d3=b64(raw(24)), iv3=b64(raw(32)), t3=b64(raw(16)), kms=uuid_s(), enc=draw(180, B64) + "==",
    mac=b64(raw(32)), iv4=b64(raw(32)), t4=b64(raw(16))), None, "SOPS README: encrypted YAML files")

_pw = person_pw()
add("nginx/basic-auth-header", "ops/nginx/reports.conf", T("""upstream legacy_reports {
    server 10.20.0.40:8080;
}

server {
    listen 443 ssl http2;
    server_name reports.greenlight-driving.co.uk;

    ssl_certificate     /etc/letsencrypt/live/reports.greenlight-driving.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reports.greenlight-driving.co.uk/privkey.pem;

    location / {
        allow 10.20.0.0/16;
        deny all;
        # the old Crystal Reports box only speaks basic auth
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header Host $host;
        proxy_pass http://legacy_reports;
    }
}
""", b=b64("reportsvc:" + _pw)), _pw, "nginx docs: proxy_set_header; RFC 7617 Basic authentication")

add("htpasswd/decoy-hashes", "ops/nginx/.htpasswd", T("""office:$apr1$@@s1@@$@@h1@@
sarah.w:$2y$10$@@h2@@
mike.t:$2y$10$@@h3@@
reports:$apr1$@@s4@@$@@h4@@
franchise:$2y$10$@@h5@@
""", s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), h2=draw(53, ALNUM + "./"), h3=draw(53, ALNUM + "./"),
    s4=draw(8, ALNUM + "."), h4=draw(22, ALNUM + "./"), h5=draw(53, ALNUM + "./")), None,
    "Apache docs: htpasswd (MD5 apr1 and bcrypt hashes)")

_pw = gen_pw(18, "!#")
add("sql/create-user", "db/migrations/0031_reporting_user.sql", T("""-- Read-only user for the Power BI gateway (franchise dashboards)
CREATE USER 'pbi_reader'@'10.20.%' IDENTIFIED BY '@@pw@@';
GRANT SELECT ON bookings.lessons TO 'pbi_reader'@'10.20.%';
GRANT SELECT ON bookings.instructors TO 'pbi_reader'@'10.20.%';
GRANT SELECT ON bookings.test_results TO 'pbi_reader'@'10.20.%';
FLUSH PRIVILEGES;
""", pw=_pw), _pw, "MySQL docs: CREATE USER ... IDENTIFIED BY")

add("sql/decoy-bcrypt-seed", "db/seeds/002_demo_instructors.sql", T("""-- Demo instructors for the staging diary. Hashes are bcrypt of the shared demo password
-- documented in the staging wiki page; the accounts are reset nightly.
INSERT INTO instructors (id, full_name, adi_number, email, password_hash, transmission) VALUES
  ('@@u1@@', 'Demo Instructor One', '000001', 'demo1@staging.passpilot.co.uk', '$2b$12$@@h1@@', 'manual'),
  ('@@u2@@', 'Demo Instructor Two', '000002', 'demo2@staging.passpilot.co.uk', '$2b$12$@@h2@@', 'automatic'),
  ('@@u3@@', 'Demo Instructor Three', '000003', 'demo3@staging.passpilot.co.uk', '$2b$12$@@h3@@', 'manual');

INSERT INTO instructor_areas (instructor_id, postcode_district) VALUES
  ('@@u1@@', 'B15'), ('@@u1@@', 'B16'), ('@@u2@@', 'B29'), ('@@u3@@', 'CV1');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"),
    h3=draw(53, ALNUM + "./")), None, "bcrypt hash format ($2b$): OpenBSD bcrypt; seed data with hashes")

_pw = draw(32, ALNUM)
add("conf/redis-requirepass", "ops/redis/redis.conf", T("""bind 10.20.0.22 127.0.0.1
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd

# sessions + queue for the booking portal
requirepass @@pw@@
maxmemory 512mb
maxmemory-policy allkeys-lru

save 900 1
save 300 10
dir /var/lib/redis
""", pw=_pw), _pw, "Redis docs: redis.conf requirepass")

_pw = gen_pw(22)
add("pgpass/reporting-password", "ops/home/deploy/.pgpass", T("""# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
pg-bookings.internal:5432:bookings:reporting:@@pw@@
pg-bookings.internal:5432:bookings:replicator:*
*:*:*:readonly:*
""", pw=_pw), _pw, "PostgreSQL docs: The Password File (.pgpass)")

_pw = person_pw()
add("shell-history/mysql-password", "ops/notes/bash_history_db01.txt", T("""sudo systemctl status mysql
df -h /var/lib/mysql
mysql -u lessons_admin -p'@@pw@@' -h 127.0.0.1 bookings -e "select count(*) from lessons where start_at > now()"
mysqldump --single-transaction bookings lessons > /tmp/lessons.sql
gzip /tmp/lessons.sql
aws s3 cp /tmp/lessons.sql.gz s3://passpilot-db-dumps/adhoc/
rm /tmp/lessons.sql.gz
exit
""", pw=_pw), _pw, "MySQL docs: mysql client -p option")

_hs = "pat-na1-" + uuid_s()
add("shell/hubspot-bearer", "scripts/backfill_contacts.sh", T("""#!/usr/bin/env bash
# Push pupils who passed last month into HubSpot for the Pass Plus campaign.
set -euo pipefail

HUBSPOT_TOKEN="@@t@@"
CSV="${1:-exports/passed_last_month.csv}"

tail -n +2 "$CSV" | while IFS=, read -r email first last test_date centre; do
  curl -sS -X POST "https://api.hubapi.com/crm/v3/objects/contacts" \\
    -H "Authorization: Bearer ${HUBSPOT_TOKEN}" \\
    -H "Content-Type: application/json" \\
    -d "{\\"properties\\":{\\"email\\":\\"$email\\",\\"firstname\\":\\"$first\\",\\"lastname\\":\\"$last\\",\\"test_passed_date\\":\\"$test_date\\",\\"test_centre\\":\\"$centre\\"}}"
  sleep 0.2
done
""", t=_hs), _hs, "HubSpot docs: Private apps (pat-na1- access tokens)")

_pw = person_pw()
add("powershell/pscredential-plaintext", "scripts/Sync-InstructorMailboxes.ps1", T("""#Requires -Modules ExchangeOnlineManagement
param(
    [string]$CsvPath = "\\\\fileserver\\it\\instructors.csv"
)

$user = "svc-mailsync@ringroadinstructors.co.uk"
$pass = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

Import-Csv $CsvPath | ForEach-Object {
    if (-not (Get-Mailbox -Identity $_.Email -ErrorAction SilentlyContinue)) {
        Write-Host "Missing mailbox for $($_.Name) ($($_.ADI))"
    } else {
        Set-Mailbox -Identity $_.Email -CustomAttribute1 $_.ADI
    }
}
Disconnect-ExchangeOnline -Confirm:$false
""", pw=_pw), _pw, "Microsoft docs: ConvertTo-SecureString -AsPlainText; Connect-ExchangeOnline -Credential")

_vk = hexs(128).upper()
add("xml/aspnet-machinekey", "LegacyBooking/Web.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DiaryWeeksAhead" value="12" />
    <add key="SmsProvider" value="Esendex" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <machineKey validationKey="@@vk@@"
                decryptionKey="@@dk@@"
                validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="60" requireSSL="true" />
    </authentication>
  </system.web>
</configuration>
""", vk=_vk, dk=hexs(64).upper()), _vk, "Microsoft docs: machineKey element (ASP.NET Settings Schema)")

# == Payments ======================================================================================

_gc = "live_" + draw(40, B64URL)
add("php/gocardless-access-token", "app/Services/DirectDebit.php", T("""<?php

namespace App\\Services;

use GoCardlessPro\\Client;
use GoCardlessPro\\Environment;

/**
 * Block-booking instalments (10 lessons, paid weekly by Direct Debit).
 */
class DirectDebit
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client([
            'access_token' => '@@t@@',
            'environment'  => Environment::LIVE,
        ]);
    }

    public function createInstalments(string $mandateId, int $totalPence, int $weeks): void
    {
        $this->client->instalmentSchedules()->createWithDates([
            'params' => [
                'name'          => 'Lesson block',
                'currency'      => 'GBP',
                'total_amount'  => $totalPence,
                'instalments'   => $this->weekly($totalPence, $weeks),
                'links'         => ['mandate' => $mandateId],
            ],
        ]);
    }
}
""", t=_gc), _gc, "GoCardless docs: gocardless-pro-php client (access_token, Environment::LIVE)")

_pp = "E" + draw(79, B64URL)
add("python/paypal-client-secret", "payments/paypal.py", T('''import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "A@@cid@@"
CLIENT_SECRET = "@@sec@@"


def access_token() -> str:
    resp = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def refund_capture(capture_id: str, amount_gbp: str) -> dict:
    resp = requests.post(
        f"{PAYPAL_API}/v2/payments/captures/{capture_id}/refund",
        headers={"Authorization": f"Bearer {access_token()}"},
        json={"amount": {"value": amount_gbp, "currency_code": "GBP"}, "note_to_payer": "Lesson cancelled by instructor"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
''', cid=draw(79, B64URL), sec=_pp), _pp, "PayPal docs: Get an access token (client_credentials with client id and secret)")

add("html/decoy-paypal-client-id", "templates/checkout/paypal_button.html", T("""{% extends "checkout/base.html" %}
{% block scripts %}
<script src="https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("{% url 'paypal-create-order' booking.id %}", { method: "POST", headers: { "X-CSRFToken": "{{ csrf_token }}" } })
      .then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch("{% url 'paypal-capture' booking.id %}?order=" + data.orderID, { method: "POST", headers: { "X-CSRFToken": "{{ csrf_token }}" } })
      .then(() => window.location = "{% url 'booking-confirmed' booking.id %}")
  }).render("#paypal-button");
</script>
{% endblock %}
{% block content %}
<h2>Pay for {{ booking.lessons }} lessons</h2>
<div id="paypal-button"></div>
{% endblock %}
""", cid=draw(79, B64URL)), None, "PayPal docs: JavaScript SDK script configuration (client-id is public)")

_bt = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", T("""Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "@@mid@@"
Braintree::Configuration.public_key = "@@pub@@"
Braintree::Configuration.private_key = "@@priv@@"
Braintree::Configuration.logger = Rails.logger

BRAINTREE_MERCHANT_ACCOUNT_GBP = "roadreadyGBP"
""", mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits),
    priv=_bt), _bt, "Braintree docs: Configuration (merchant_id, public_key, private_key)")

_sq = "EAAA" + draw(60, B64URL)
add("js/square-access-token", "pos/square-client.js", T("""// Card reader in the office for pupils paying for lesson blocks at the desk
import { Client, Environment } from "square";

export const square = new Client({
  bearerAuthCredentials: {
    accessToken: "@@t@@",
  },
  environment: Environment.Production,
});

export async function takePayment(sourceId, pence, bookingRef) {
  const { result } = await square.paymentsApi.createPayment({
    sourceId,
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(pence), currency: "GBP" },
    locationId: "L8ZJ4K2W9Q1TR",
    referenceId: bookingRef,
  });
  return result.payment;
}
""", t=_sq), _sq, "Square docs: Node.js SDK client (production access tokens start EAAA)")

_ad = "AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10)
add("yaml/adyen-api-key", "config/adyen.yml", T("""production:
  environment: LIVE
  live_url_prefix: 5f2c1a7e9b3d4c6a-PassPilotLtd
  merchant_account: PassPilotLtdECOM
  api_key: "@@k@@"
  client_key: "live_@@ck@@"
  hmac_key_env: ADYEN_HMAC_KEY
  return_url: https://book.passpilot.co.uk/checkout/return
""", k=_ad, ck=draw(32, UPPER_DIGITS)), _ad, "Adyen docs: API credentials (API key; client key is public)")

_mo = "live_" + draw(30)
add("env/mollie-api-key", "ie-branch/.env", T("""# Dublin branch: iDEAL/Bancontact not needed, cards + Apple Pay via Mollie
APP_ENV=production
APP_URL=https://book.roadready.ie
MOLLIE_KEY=@@k@@
MOLLIE_WEBHOOK_URL=https://book.roadready.ie/webhooks/mollie
DEFAULT_CURRENCY=EUR
LESSON_PRICE_CENTS=4500
""", k=_mo), _mo, "Mollie docs: Authentication (live_ API keys)")

_su = "sup_sk_" + draw(32)
add("json/sumup-api-key", "kiosk/config.json", T("""{
  "kiosk": {
    "location": "Coventry office",
    "printer": "EPSON TM-m30III",
    "idleSeconds": 90
  },
  "sumup": {
    "merchant_code": "MCR@@mc@@",
    "api_key": "@@k@@",
    "reader_id": "rdr_@@rid@@",
    "currency": "GBP"
  },
  "products": [
    { "sku": "LESSON-60", "name": "60 min lesson", "pence": 3800 },
    { "sku": "BLOCK-10", "name": "10 lesson block", "pence": 36000 },
    { "sku": "MOCK-TEST", "name": "Mock driving test", "pence": 5500 }
  ]
}
""", mc=draw(6, UPPER_DIGITS), k=_su, rid=draw(26, UPPER_DIGITS)), _su, "SumUp developer docs: API keys (sup_sk_)")

_wp = "L_S_" + uuid_s()
add("php/worldpay-service-key", "includes/payments/worldpay.php", T("""<?php
// Worldpay Online (legacy) for the franchise shop - gift vouchers
$worldpayConfig = [
    'service_key' => '@@sk@@',
    'client_key'  => 'L_C_@@ck@@',
    'settlement_currency' => 'GBP',
    'order_description_prefix' => 'Kerbcraft voucher ',
];

function worldpay_charge(string $token, int $pence, string $voucherCode): array
{
    global $worldpayConfig;
    $ch = curl_init('https://api.worldpay.com/v1/orders');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: ' . $worldpayConfig['service_key'], 'Content-type: application/json'],
        CURLOPT_POSTFIELDS => json_encode([
            'token' => $token,
            'amount' => $pence,
            'currencyCode' => 'GBP',
            'orderDescription' => $worldpayConfig['order_description_prefix'] . $voucherCode,
        ]),
    ]);
    $out = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $out;
}
""", sk=_wp, ck=uuid_s()), _wp, "Worldpay Online API docs: service key (L_S_) in the Authorization header")

add("md/decoy-stripe-docs-example", "docs/payments.md", """# Payments

We take card payments with Stripe Checkout and Direct Debit with GoCardless.

## Local setup

1. Ask in #payments for access to the Stripe **test** dashboard.
2. Copy `.env.example` to `.env` and paste your own test key:

   ```
   STRIPE_SECRET=sk_test_...
   STRIPE_WEBHOOK_SECRET=whsec_...
   ```

3. Forward webhooks: `stripe listen --forward-to localhost:8000/webhooks/stripe`

The Stripe docs use this example key in their snippets, it is not ours:

```bash
curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:
```

Live keys are only in AWS Secrets Manager (`prod/bookings/stripe`). Never paste them here.
""", None, "Stripe docs: the public example test key used throughout the API reference")

add("log/decoy-redacted-keys", "docs/incidents/2024-01-payment-outage.log", T("""2024-01-19T08:01:12.331Z INFO  payments  boot config loaded stripe.key=sk_live_51************************@@tail@@ mode=live
2024-01-19T08:01:12.334Z INFO  payments  webhook secret=whsec_**************** endpoint=we_@@we@@
2024-01-19T08:14:55.902Z ERROR payments  stripe request failed status=401 request_id=req_@@rq@@ msg="Invalid API Key provided: sk_live_****@@tail@@"
2024-01-19T08:14:55.903Z WARN  payments  falling back to queue, bookingId=@@bk@@
2024-01-19T08:22:40.118Z INFO  payments  config reloaded from secrets manager version=AWSCURRENT
2024-01-19T08:22:41.004Z INFO  payments  stripe ping ok account=acct_@@acct@@
""", tail=draw(4), we=draw(24), rq=draw(14), bk=uuid_s(), acct=draw(16)), None,
    "Stripe docs: API keys are shown redacted in logs and the dashboard")

add("python/decoy-test-fixture", "tests/test_payments.py", '''import pytest

from payments import stripe_webhooks

FAKE_WEBHOOK_SECRET = "whsec_test_fixture_not_a_real_secret"
FAKE_KEY = "sk_test_dummy_key_for_unit_tests"


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_KEY)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", FAKE_WEBHOOK_SECRET)


def test_rejects_bad_signature(settings, client):
    resp = client.post("/webhooks/stripe", data=b"{}", headers={"Stripe-Signature": "t=1,v1=deadbeef"})
    assert resp.status_code == 400


def test_marks_lesson_paid(settings, signed_event, client, lesson):
    body, header = signed_event("checkout.session.completed", {"metadata": {"lessonId": str(lesson.id)}}, FAKE_WEBHOOK_SECRET)
    resp = client.post("/webhooks/stripe", data=body, headers={"Stripe-Signature": header})
    assert resp.status_code == 200
    lesson.refresh_from_db()
    assert lesson.paid
''', None, "pytest docs: monkeypatch.setenv; Stripe docs: webhook testing")

add("json/decoy-stripe-ids", "config/stripe-catalogue.json", T("""{
  "account": "acct_@@acct@@",
  "webhook_endpoint": "we_@@we@@",
  "products": {
    "lesson_60": { "product": "prod_@@p1@@", "price": "price_1@@pr1@@" },
    "lesson_90": { "product": "prod_@@p2@@", "price": "price_1@@pr2@@" },
    "block_10": { "product": "prod_@@p3@@", "price": "price_1@@pr3@@" },
    "pass_plus": { "product": "prod_@@p4@@", "price": "price_1@@pr4@@" }
  },
  "tax_rate": "txr_1@@tx@@",
  "coupon_refer_a_friend": "REFER10"
}
""", acct="1" + draw(15), we="1" + draw(23), p1=draw(14), p2=draw(14), p3=draw(14), p4=draw(14), pr1=draw(23),
    pr2=draw(23), pr3=draw(23), pr4=draw(23), tx=draw(23)), None, "Stripe docs: object ids (prod_, price_, we_, acct_) are identifiers")

# == SMS vendors ===================================================================================

_mb = draw(25)
add("python/messagebird-access-key", "notify/messagebird_client.py", T('''import messagebird

# live key, created 2023-06 for test-date alerts
client = messagebird.Client("@@k@@")
ORIGINATOR = "DualDrive"


def test_date_alert(mobile: str, centre: str, when: str) -> str:
    msg = client.message_create(
        ORIGINATOR,
        [mobile],
        f"Good news! A test slot at {centre} on {when} has been booked for you. Your instructor will confirm pickup.",
        {"reference": "test-date-alert"},
    )
    return msg.id
''', k=_mb), _mb, "MessageBird docs: Python SDK, messagebird.Client(access_key)")

_tl = b64(hexs(30))
add("shell/textlocal-apikey", "scripts/send_test_sms.sh", T("""#!/bin/sh
# quick check that the Textlocal account still has credit before the morning batch
APIKEY='@@k@@'
SENDER='GreenLight'
NUMBER="${1:-447700900456}"

curl -s https://api.txtlocal.com/balance/ -d "apikey=${APIKEY}"
echo
curl -s https://api.txtlocal.com/send/ \\
  -d "apikey=${APIKEY}" \\
  --data-urlencode "sender=${SENDER}" \\
  -d "numbers=${NUMBER}" \\
  --data-urlencode "message=Test message from the booking server"
""", k=_tl), _tl, "Textlocal API docs: send endpoint with apikey parameter")

_ck = draw(22, B64URL) + "=="
add("java/clickatell-api-key", "sms-gateway/src/main/java/uk/co/apex/sms/ClickatellGateway.java", T("""package uk.co.apex.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class ClickatellGateway implements SmsGateway {

    private static final String API_KEY = "@@k@@";
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public void send(String to, String text) throws Exception {
        String body = "{\\"messages\\":[{\\"channel\\":\\"sms\\",\\"to\\":\\"" + to + "\\",\\"content\\":\\"" + text + "\\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://platform.clickatell.com/v1/message"))
                .header("Authorization", API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Clickatell " + response.statusCode() + ": " + response.body());
        }
    }
}
""", k=_ck), _ck, "Clickatell docs: Platform API, Authorization header with the API key")

_pl = draw(40)
add("yaml/plivo-auth-token", "config/sms.yml", T("""provider: plivo
plivo:
  auth_id: MA@@id@@
  auth_token: @@t@@
  src: "+441234567890"
  url: https://sms.roadready.co.uk/plivo/status
templates:
  reminder: "Hi {{first_name}}, lesson with {{instructor}} tomorrow at {{time}}."
  cancelled: "Your lesson on {{date}} was cancelled. Call {{office}} to rebook."
""", id=draw(18, UPPER_DIGITS), t=_pl), _pl, "Plivo docs: Auth ID and Auth Token")

_sn = hexs(32)
add("go/sinch-api-token", "internal/sms/sinch.go", T("""package sms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	servicePlanID = "@@plan@@"
	apiToken      = "@@tok@@"
	sinchURL      = "https://eu.sms.api.sinch.com/xms/v1/" + servicePlanID + "/batches"
)

type batch struct {
	From string   `json:"from"`
	To   []string `json:"to"`
	Body string   `json:"body"`
}

func Send(to, body string) error {
	payload, _ := json.Marshal(batch{From: "DualDrive", To: []string{to}, Body: body})
	req, _ := http.NewRequest(http.MethodPost, sinchURL, bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sinch: %s", resp.Status)
	}
	return nil
}
""", plan=hexs(32), tok=_sn), _sn, "Sinch docs: SMS REST API, service plan id and bearer API token")

_ib = hexs(32) + "-" + uuid_s()
add("http/infobip-api-key", "api-tests/infobip.http", T("""### Send a lesson reminder through Infobip
POST https://xk42pe.api.infobip.com/sms/2/text/advanced
Authorization: App @@k@@
Content-Type: application/json
Accept: application/json

{
  "messages": [
    {
      "destinations": [{ "to": "447700900789" }],
      "from": "PassPilot",
      "text": "Reminder: your lesson with Jo is tomorrow at 09:00."
    }
  ]
}

### Delivery reports
GET https://xk42pe.api.infobip.com/sms/1/reports?limit=10
Authorization: App @@k@@
""", k=_ib), _ib, "Infobip docs: API key authorization header (App <key>)")

_tks = draw(32)
add("env/twilio-api-key-secret", "notifications/.env.local", T("""NODE_ENV=development
PORT=4010
TWILIO_ACCOUNT_SID=@@ac@@
TWILIO_API_KEY=@@sk@@
TWILIO_API_SECRET=@@sec@@
TWILIO_MESSAGING_SERVICE_SID=@@mg@@
LOG_LEVEL=debug
""", ac=twilio_sid("AC"), sk=twilio_sid("SK"), sec=_tks, mg=twilio_sid("MG")), _tks,
    "Twilio docs: API keys (SK… key SID and its secret)")

add("json/decoy-twilio-serverless-env", "twilio-functions/.twilioserverlessrc", """{
  "projects": {
    "dev": {
      "serviceName": "lesson-reminders-dev",
      "environment": "dev"
    },
    "prod": {
      "serviceName": "lesson-reminders",
      "environment": "production",
      "env": ".env.production"
    }
  },
  "commands": {
    "deploy": {
      "overrideExistingProject": true,
      "runtime": "node18"
    }
  }
}
""", None, "Twilio Serverless Toolkit docs: .twilioserverlessrc")

_ak2, _as2 = aws_key_id(), aws_secret()
add("python/aws-sns-keys", "notify/sns_fallback.py", T('''"""Fallback SMS through Amazon SNS when the primary provider is down."""
import boto3

sns = boto3.client(
    "sns",
    region_name="eu-west-1",
    aws_access_key_id="@@ak@@",
    aws_secret_access_key="@@sk@@",
)


def send(mobile: str, text: str) -> str:
    resp = sns.publish(
        PhoneNumber=mobile,
        Message=text,
        MessageAttributes={
            "AWS.SNS.SMS.SenderID": {"DataType": "String", "StringValue": "DualDrive"},
            "AWS.SNS.SMS.SMSType": {"DataType": "String", "StringValue": "Transactional"},
        },
    )
    return resp["MessageId"]
''', ak=_ak2, sk=_as2), _as2, "boto3 docs: Credentials passed to boto3.client")

add("md/decoy-sms-vendor-readme", "notify/README.md", """# notify

Sends lesson reminders, test-date alerts and cancellation notices.

| Provider    | Used for             | Credentials (env)                                   |
|-------------|----------------------|-----------------------------------------------------|
| Twilio      | primary SMS          | `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`            |
| MessageBird | test-date alerts     | `MESSAGEBIRD_ACCESS_KEY`                             |
| Amazon SNS  | fallback             | instance role `notify-sns` (no keys)                 |

Example from the Twilio quickstart, fill in your own values:

```python
client = Client("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your_auth_token")
```

```bash
export TWILIO_AUTH_TOKEN="<paste from 1Password: Twilio / notify>"
export MESSAGEBIRD_ACCESS_KEY="<paste from 1Password: MessageBird / live>"
python -m notify.send --dry-run
```
""", None, "Twilio quickstart docs: placeholder values in examples")

_vsec = draw(16)
add("json/postman-vonage-secret", "postman/SMS.postman_collection.json", T("""{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "SMS providers",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Vonage send",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/x-www-form-urlencoded" }],
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            { "key": "api_key", "value": "@@key@@" },
            { "key": "api_secret", "value": "@@sec@@" },
            { "key": "from", "value": "KERBCRAFT" },
            { "key": "to", "value": "447700900321" },
            { "key": "text", "value": "Postman test" }
          ]
        },
        "url": { "raw": "https://rest.nexmo.com/sms/json", "protocol": "https", "host": ["rest", "nexmo", "com"], "path": ["sms", "json"] }
      }
    }
  ]
}
""", pid=uuid_s(), key=hexs(8), sec=_vsec), _vsec, "Vonage SMS API docs: api_key and api_secret parameters; Postman collection format v2.1")

# == Email, chat and CRM vendors ===================================================================

_mg = mailgun_key()
add("yaml/mailgun-api-key", "config/mailgun.yml", T("""default: &default
  domain: mg.roadready.co.uk
  region: eu
  from: "RoadReady <lessons@roadready.co.uk>"

development:
  <<: *default
  delivery_method: letter_opener

production:
  <<: *default
  delivery_method: mailgun
  api_key: @@k@@
""", k=_mg), _mg, "Mailgun docs: API keys (key-…); mailgun-ruby Rails setup")

_mc = mailchimp_key()
add("php/mailchimp-api-key", "marketing-site/wp-content/themes/greenlight/inc/newsletter.php", T("""<?php
// Footer "tips for learners" newsletter signup
const GL_MC_LIST = 'b4c2e91f7a';
const GL_MC_KEY  = '@@k@@';

add_action('wp_ajax_nopriv_gl_subscribe', 'gl_subscribe');
add_action('wp_ajax_gl_subscribe', 'gl_subscribe');

function gl_subscribe() {
    $email = sanitize_email($_POST['email'] ?? '');
    if (!is_email($email)) {
        wp_send_json_error('Please enter a valid email');
    }
    $dc = substr(GL_MC_KEY, strpos(GL_MC_KEY, '-') + 1);
    $res = wp_remote_post("https://{$dc}.api.mailchimp.com/3.0/lists/" . GL_MC_LIST . '/members', [
        'headers' => ['Authorization' => 'apikey ' . GL_MC_KEY],
        'body'    => wp_json_encode(['email_address' => $email, 'status' => 'pending', 'tags' => ['learner-tips']]),
    ]);
    wp_send_json_success(wp_remote_retrieve_response_code($res));
}
""", k=_mc), _mc, "Mailchimp Marketing API docs: API key with data-centre suffix")

_bv = brevo_key()
add("env/brevo-api-key", "newsletter/.env", T("""BREVO_API_KEY=@@k@@
BREVO_LIST_PUPILS=7
BREVO_LIST_INSTRUCTORS=9
SENDER_EMAIL=news@learnerlane.co.uk
SENDER_NAME="Learner Lane"
""", k=_bv), _bv, "Brevo docs: API keys (xkeysib-)")

_pm = uuid_s()
add("csharp/postmark-server-token", "RingRoad.Mail/PostmarkMailer.cs", T("""using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace RingRoad.Mail;

public sealed class PostmarkMailer
{
    private readonly HttpClient _http;

    public PostmarkMailer(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new System.Uri("https://api.postmarkapp.com/");
        _http.DefaultRequestHeaders.Add("X-Postmark-Server-Token", "@@t@@");
        _http.DefaultRequestHeaders.Add("Accept", "application/json");
    }

    public Task SendTestResultAsync(string to, string pupil, bool passed) =>
        _http.PostAsJsonAsync("email/withTemplate", new
        {
            From = "results@ringroadinstructors.co.uk",
            To = to,
            TemplateAlias = passed ? "test-passed" : "test-not-passed",
            TemplateModel = new { pupil },
            MessageStream = "outbound"
        });
}
""", t=_pm), _pm, "Postmark docs: X-Postmark-Server-Token header")

_sw = slack_webhook()
add("python/slack-webhook", "ops/alerts/booking_failures.py", T('''"""Posts failed bookings (payment taken, no slot) to #office-alerts."""
import json
import urllib.request

SLACK_WEBHOOK = "@@u@@"


def alert(booking_ref: str, pupil: str, reason: str) -> None:
    payload = {
        "text": f":rotating_light: Booking {booking_ref} for {pupil} failed: {reason}",
        "username": "diary-bot",
    }
    req = urllib.request.Request(
        SLACK_WEBHOOK, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    urllib.request.urlopen(req, timeout=5)
''', u=_sw), _sw, "Slack docs: Sending messages using incoming webhooks")

_sb = slack_bot()
add("yaml/slack-bot-token", "bots/diary-bot/config.yaml", T("""bot:
  name: diary-bot
  slack:
    bot_token: @@t@@
    signing_secret_env: SLACK_SIGNING_SECRET
    channels:
      cancellations: C04QX8L2M1N
      test_dates: C05B7N3T9KD
schedule:
  daily_summary: "0 7 * * 1-6"
  weekly_pass_rates: "0 9 * * 1"
""", t=_sb), _sb, "Slack docs: bot tokens (xoxb-)")

_dw = discord_webhook()
add("js/discord-webhook", "community/new-pupil-announcer.js", T("""// Posts in the instructors' Discord when a pupil in their area signs up
const fetch = require("node-fetch");

const WEBHOOK = "@@u@@";

module.exports = async function announce(pupil) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Pupil Radar",
      embeds: [
        {
          title: `New pupil in ${pupil.district}`,
          description: `${pupil.transmission} - wants ${pupil.hoursPerWeek}h/week, test booked: ${pupil.testBooked ? "yes" : "no"}`,
          color: 0x2ecc71,
        },
      ],
    }),
  });
};
""", u=_dw), _dw, "Discord docs: Webhook resource (execute webhook URL with token)")

_tg = telegram_token()
add("python/telegram-bot-token", "bots/cancellation_bot.py", T('''"""Telegram bot instructors use to grab short-notice test cancellations."""
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

BOT_TOKEN = "@@t@@"
logging.basicConfig(level=logging.INFO)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Send /watch <centre> to get cancellation alerts.")


async def watch(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    centre = " ".join(context.args) or "Kings Heath"
    context.chat_data.setdefault("centres", set()).add(centre)
    await update.message.reply_text(f"Watching {centre}.")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("watch", watch))
    app.run_polling()


if __name__ == "__main__":
    main()
''', t=_tg), _tg, "python-telegram-bot docs: Application.builder().token()")

_ic = b64("tok:" + uuid_s().replace("-", "_") + ":1:0")
add("js/intercom-access-token", "support/intercom-sync.js", T("""const { Client } = require("intercom-client");

const client = new Client({ tokenAuth: { token: "@@t@@" } });

// tag pupils whose theory test certificate expires within 60 days
async function tagExpiringTheory(pupils) {
  for (const p of pupils) {
    const contact = await client.contacts.search({
      data: { query: { field: "email", operator: "=", value: p.email } },
    });
    if (contact.data.length) {
      await client.tags.tagContact({ contactId: contact.data[0].id, tagId: "7719204" });
    }
  }
}

module.exports = { tagExpiringTheory };
""", t=_ic), _ic, "Intercom docs: access tokens for private apps")

add("html/decoy-intercom-widget", "templates/partials/support_widget.html", T("""<script>
  window.intercomSettings = {
    api_base: "https://api-iam.eu.intercom.io",
    app_id: "@@app@@",
    user_id: "{{ pupil.id }}",
    name: "{{ pupil.first_name }}",
    user_hash: "{{ pupil.intercom_hash }}"
  };
</script>
<script>
  (function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/@@app@@';var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};l();}})();
</script>
""", app=draw(8, string.ascii_lowercase + string.digits)), None,
    "Intercom docs: Install the Messenger (app_id is public; user_hash computed server-side)")

_zs = draw(32)
add("python/zoom-client-secret", "theory-classes/zoom_meetings.py", T('''"""Creates the Zoom meetings for Tuesday evening group theory classes (server-to-server OAuth)."""
import base64

import requests

ZOOM_ACCOUNT_ID = "@@acct@@"
ZOOM_CLIENT_ID = "@@cid@@"
ZOOM_CLIENT_SECRET = "@@sec@@"


def token() -> str:
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def create_class(topic: str, start_iso: str) -> str:
    r = requests.post(
        "https://api.zoom.us/v2/users/me/meetings",
        headers={"Authorization": f"Bearer {token()}"},
        json={"topic": topic, "type": 2, "start_time": start_iso, "duration": 90, "timezone": "Europe/London"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["join_url"]
''', acct=draw(22, B64URL), cid=draw(22, B64URL), sec=_zs), _zs, "Zoom docs: Server-to-Server OAuth (account_id, client id, client secret)")

_cal = jwt({"iss": "https://auth.calendly.com", "iat": 1706780000, "jti": uuid_s(), "user_uuid": uuid_s()}, alg="HS256")
add("js/calendly-personal-token", "scripts/import-calendly-bookings.mjs", T("""// One-off: import intro-lesson bookings made through Calendly into the diary
const CALENDLY_TOKEN = "@@t@@";
const ORG = "https://api.calendly.com/organizations/@@org@@";

const res = await fetch(`https://api.calendly.com/scheduled_events?organization=${encodeURIComponent(ORG)}&status=active&count=100`, {
  headers: { Authorization: `Bearer ${CALENDLY_TOKEN}` },
});
const { collection } = await res.json();
for (const ev of collection) {
  console.log([ev.start_time, ev.name, ev.location?.location ?? ""].join("\\t"));
}
""", t=_cal, org=uuid_s()), _cal, "Calendly API docs: personal access tokens (Bearer JWT)")

_xs = draw(48, B64URL)
add("ini/xero-client-secret", "accounts-sync/config.ini", T("""[xero]
client_id = @@cid@@
client_secret = @@sec@@
tenant_id = @@tid@@
scopes = offline_access accounting.transactions accounting.contacts

[sync]
income_account = 200
franchise_fee_account = 260
tracking_category = Instructor
start_date = 2023-04-01
""", cid=hexs(32).upper(), sec=_xs, tid=uuid_s()), _xs, "Xero developer docs: OAuth 2.0 client id and client secret")

_gocs = "GOCSPX-" + draw(28, B64URL)
add("json/google-oauth-client-secret", "tools/calendar-sync/client_secret.json", T("""{
  "installed": {
    "client_id": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "project_id": "instructor-calendar-sync",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@sec@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", num=draw(12, string.digits), cid=draw(32, string.ascii_lowercase + string.digits), sec=_gocs), _gocs,
    "Google docs: OAuth 2.0 client secrets file (client_secret.json)")

add("js/decoy-google-oauth-client-id", "src/auth/googleSignIn.js", T("""// Google Identity Services: pupils sign in with Google on the booking site.
// The client ID is public; the matching client secret is only on the server.
export const GOOGLE_CLIENT_ID = "@@num@@-@@cid@@.apps.googleusercontent.com";

export function renderGoogleButton(el, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    ux_mode: "popup",
  });
  window.google.accounts.id.renderButton(el, { theme: "outline", size: "large", text: "continue_with" });
}
""", num=draw(12, string.digits), cid=draw(32, string.ascii_lowercase + string.digits)), None,
    "Google Identity Services docs: client ID used in the browser")

_oa = "sk-proj-" + draw(74, B64URL) + "T3BlbkFJ" + draw(74, B64URL)
add("toml/openai-api-key", "theory-tutor/config.toml", T("""[service]
name = "theory-tutor"
port = 8088

[openai]
api_key = "@@k@@"
model = "gpt-4o-mini"
max_tokens = 400
system_prompt = "You explain UK Highway Code answers to learner drivers in plain English. Cite rule numbers."

[questions]
bank = "data/theory-bank-2024.json"
""", k=_oa), _oa, "OpenAI docs: API keys (sk-proj-)")

# == Dual-control car telematics ===================================================================

_pw = gen_pw(20)
add("xml/traccar-database-password", "telematics/traccar/conf/traccar.xml", T("""<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='config.default'>./conf/default.xml</entry>

    <entry key='web.port'>8082</entry>
    <entry key='web.url'>https://track.dualdrive.co.uk</entry>

    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://10.30.0.12:3306/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC&amp;allowPublicKeyRetrieval=true&amp;useSSL=false</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@pw@@</entry>

    <entry key='teltonika.port'>5027</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='geocoder.enable'>false</entry>
    <entry key='event.overspeed.minimalDuration'>15</entry>
</properties>
""", pw=_pw), _pw, "Traccar docs: Configuration file (database.password)")

_pw = gen_pw(24)
add("conf/mosquitto-bridge-password", "telematics/mosquitto/conf.d/bridge.conf", T("""# Bridge the depot broker to the cloud broker (dual-control pedal sensors + GPS)
connection depot-to-cloud
address mqtt.dualdrive.co.uk:8883
bridge_protocol_version mqttv311
remote_clientid depot-birmingham
remote_username depot-birmingham
remote_password @@pw@@
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
cleansession false
try_private true
topic cars/+/pedal out 1
topic cars/+/gps out 0
topic cars/+/cmd in 1
""", pw=_pw), _pw, "mosquitto.conf man page: bridges, remote_password")

add("conf/decoy-mosquitto-passwd", "telematics/mosquitto/passwd", "\n".join(
    f"{name}:$7$101${b64(raw(12))}${b64(raw(64))}" for name in
    ["depot-birmingham", "depot-coventry", "car-gw-0142", "car-gw-0143", "car-gw-0157", "grafana-reader"]) + "\n",
    None, "mosquitto_passwd man page: password file holds PBKDF2-SHA512 hashes")

_pw = gen_pw(18)
add("python/mqtt-username-pw", "telematics/gateway/publisher.py", T('''"""Runs on the in-car Raspberry Pi: reads the dual-control pedal sensor and GPS, publishes to MQTT."""
import json
import time

import paho.mqtt.client as mqtt

from sensors import gps_fix, instructor_brake_pressed

CAR_ID = open("/etc/dualdrive/car_id").read().strip()

client = mqtt.Client(client_id=f"car-gw-{CAR_ID}", protocol=mqtt.MQTTv311)
client.username_pw_set("car-gateway", "@@pw@@")
client.tls_set(ca_certs="/etc/dualdrive/ca.pem")
client.connect("mqtt.dualdrive.co.uk", 8883, keepalive=30)
client.loop_start()

while True:
    fix = gps_fix()
    client.publish(f"cars/{CAR_ID}/gps", json.dumps({"lat": fix.lat, "lon": fix.lon, "kph": fix.speed}), qos=0)
    if instructor_brake_pressed():
        client.publish(f"cars/{CAR_ID}/pedal", json.dumps({"ts": time.time(), "pedal": "brake"}), qos=1)
    time.sleep(1)
''', pw=_pw), _pw, "Eclipse Paho Python docs: username_pw_set")

_pw = gen_pw(16)
add("c/firmware-mqtt-password", "firmware/pedal-sensor/include/config.h", T("""#pragma once

// Dual-control pedal sensor (ESP32-C3), rev B boards
#define FW_VERSION        "1.4.2"
#define PEDAL_ADC_PIN     3
#define PEDAL_THRESHOLD   1850

#define WIFI_SSID         CONFIG_WIFI_SSID      /* from sdkconfig */
#define WIFI_PASS         CONFIG_WIFI_PASSWORD  /* from sdkconfig */

#define MQTT_HOST         "mqtt.dualdrive.co.uk"
#define MQTT_PORT         8883
#define MQTT_USER         "pedal-sensor"
#define MQTT_PASSWORD     "@@pw@@"
#define MQTT_TOPIC_FMT    "cars/%s/pedal"

#define REPORT_INTERVAL_MS 250
""", pw=_pw), _pw, "ESP-IDF / Arduino conventions: credentials as #define in a config header")

_sak = b64key(32)
add("csharp/azure-iot-device-connection-string", "tools/CarSimulator/Program.cs", T("""using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

// Simulates a dual-control car for load testing the telemetry pipeline
var connectionString = "HostName=iot-dualdrive-prod.azure-devices.net;DeviceId=sim-car-001;SharedAccessKey=@@k@@";
using var device = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);

var rnd = new Random(42);
for (var i = 0; i < 3600; i++)
{
    var body = JsonSerializer.Serialize(new
    {
        carId = "sim-car-001",
        lat = 52.48 + rnd.NextDouble() / 100,
        lon = -1.89 + rnd.NextDouble() / 100,
        kph = rnd.Next(0, 70),
        dualBrake = rnd.NextDouble() < 0.01
    });
    await device.SendEventAsync(new Message(Encoding.UTF8.GetBytes(body)) { ContentType = "application/json", ContentEncoding = "utf-8" });
    await Task.Delay(1000);
}
""", k=_sak), _sak, "Azure IoT Hub docs: device connection string (SharedAccessKey)")

_iot = rsa_pem()
add("pem/aws-iot-device-private-key", "telematics/provisioning/certs/car-0142-private.pem.key", _iot + "\n", _iot,
    "AWS IoT Core docs: device certificates and private keys (xxx-private.pem.key)")

add("pem/decoy-aws-iot-certificate", "telematics/provisioning/certs/car-0142-certificate.pem.crt", cert_pem(620) + "\n",
    None, "AWS IoT Core docs: device certificate file (public)")

_pw = person_pw()
add("python/geotab-password", "fleet/geotab_export.py", T('''"""Nightly export of lesson mileage from MyGeotab for the franchise fee calculation."""
import csv
from datetime import datetime, timedelta

import mygeotab

api = mygeotab.API(username="fleet@apexdrivertraining.co.uk", password="@@pw@@", database="apex_driver")
api.authenticate()

since = datetime.utcnow() - timedelta(days=1)
trips = api.get("Trip", search={"fromDate": since})

with open(f"exports/trips_{since:%Y%m%d}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["device", "start", "stop", "km"])
    for t in trips:
        out.writerow([t["device"]["id"], t["start"], t["stop"], round(t["distance"], 1)])
''', pw=_pw), _pw, "MyGeotab Python SDK docs: mygeotab.API(username, password, database)")

_sam = "samsara_api_" + draw(30)
add("js/samsara-api-token", "fleet/samsara/harsh-events.js", T("""import axios from "axios";

const samsara = axios.create({
  baseURL: "https://api.eu.samsara.com",
  headers: { Authorization: "Bearer @@t@@" },
});

// harsh braking events: a spike usually means the instructor used the dual brake
export async function harshEvents(startTime, endTime) {
  const { data } = await samsara.get("/fleet/safety-events", {
    params: { startTime, endTime, "types": "harshBrake" },
  });
  return data.data.map((e) => ({ vehicle: e.vehicle.name, at: e.time, g: e.maxAccelerationGForce }));
}
""", t=_sam), _sam, "Samsara API docs: API tokens (samsara_api_) as Bearer")

_pw = gen_pw(14)
add("shell/webfleet-url-password", "fleet/webfleet/pull_positions.sh", T("""#!/usr/bin/env bash
# Pull last known positions of the school cars from WEBFLEET.connect every 5 min (cron)
set -eu
OUT=/var/lib/fleet/positions-$(date +%Y%m%d%H%M).json

curl -sS "https://csv.webfleet.com/extern?account=kerbcraft&username=api_user&password=@@pw@@&apikey=@@ak@@&lang=en&action=showObjectReportExtern&outputformat=json&useUTF8=true" \\
  -o "$OUT"

jq -r '.[] | [.objectname, .latitude_mdeg, .longitude_mdeg, .pos_time] | @tsv' "$OUT" \\
  | psql -h db.internal -U fleet -d fleet -c "\\copy car_positions_raw FROM STDIN"
""", pw=_pw, ak=uuid_s()), _pw, "WEBFLEET.connect docs: authentication parameters account, username, password, apikey")

_fl = draw(64)
add("yaml/flespi-token", "telematics/flespi/streams.yaml", T("""flespi:
  region: eu
  token: "FlespiToken @@t@@"
  channel_id: 1209843
streams:
  - name: teltonika-to-timescale
    protocol: http
    uri: https://ingest.dualdrive.co.uk/flespi
    filter: "position.speed > 0 || din.2 == true"
  - name: dual-brake-alerts
    protocol: mqtt
    topic: alerts/dual-brake
""", t=_fl), _fl, "flespi docs: Authorization header FlespiToken")

_ifx = draw(86, B64URL) + "=="
add("toml/telegraf-influxdb-token", "telematics/telegraf/telegraf.conf", T("""[agent]
  interval = "10s"
  flush_interval = "10s"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.dualdrive.co.uk:8883"]
  topics = ["cars/+/gps", "cars/+/pedal"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"
  topic_tag = "topic"

[[outputs.influxdb_v2]]
  urls = ["https://influx.dualdrive.co.uk"]
  token = "@@t@@"
  organization = "dualdrive"
  bucket = "telemetry"
""", t=_ifx), _ifx, "Telegraf InfluxDB v2 output plugin docs: token")

add("yaml/decoy-grafana-env-refs", "telematics/grafana/provisioning/datasources/influx.yaml", """apiVersion: 1
datasources:
  - name: Telemetry (InfluxDB)
    type: influxdb
    url: https://influx.dualdrive.co.uk
    jsonData:
      version: Flux
      organization: dualdrive
      defaultBucket: telemetry
    secureJsonData:
      token: $INFLUX_GRAFANA_TOKEN
  - name: Alerts DB
    type: postgres
    url: timescale.dualdrive.internal:5432
    user: grafana_ro
    secureJsonData:
      password: ${GRAFANA_TIMESCALE_PASSWORD}
""", None, "Grafana docs: Provisioning, using environment variables")

add("csv/decoy-device-inventory", "telematics/inventory/trackers.csv", "car_reg,car_id,device,imei,iccid,device_uuid,fitted\n" + "\n".join(
    f"{reg},{cid},Teltonika FMC130,{imei},{iccid},{u},2023-{m:02d}-1{d}" for reg, cid, imei, iccid, u, m, d in [
        (r, c, "35" + draw(13, string.digits), "8944" + draw(15, string.digits), uuid_s(), i + 1, i)
        for i, (r, c) in enumerate([("KX23 BFA", "0142"), ("KX23 BFE", "0143"), ("LD72 WPO", "0157"),
                                    ("YH21 ZTR", "0160"), ("BN70 OKE", "0171"), ("WM22 CXU", "0174")])]) + "\n",
    None, "Teltonika docs: device IMEI; ICCID and UUIDs are identifiers")

_ovpn = rsa_pem(pkcs8=True)
add("ovpn/openvpn-inline-key", "telematics/router/car-0142.ovpn", "client\ndev tun\nproto udp\nremote vpn.dualdrive.co.uk 1194\n"
    "resolv-retry infinite\nnobind\npersist-key\npersist-tun\nremote-cert-tls server\ncipher AES-256-GCM\nverb 3\n"
    "ca /etc/openvpn/ca.crt\ncert /etc/openvpn/car-0142.crt\n<key>\n" + _ovpn + "\n</key>\n", _ovpn,
    "OpenVPN manual: inline files (<key> block)")

_wg = b64key(32)
add("conf/wireguard-private-key", "telematics/gateway/wg0.conf", T("""[Interface]
# depot gateway, Birmingham
Address = 10.44.0.2/24
PrivateKey = @@k@@
ListenPort = 51820
DNS = 10.44.0.1

[Peer]
# cloud hub
PublicKey = @@pub@@
Endpoint = hub.dualdrive.co.uk:51820
AllowedIPs = 10.44.0.0/24, 10.30.0.0/16
PersistentKeepalive = 25
""", k=_wg, pub=b64key(32)), _wg, "WireGuard docs: wg-quick configuration (PrivateKey)")

add("conf/decoy-wireguard-key-from-file", "telematics/gateway/wg1.conf", T("""[Interface]
# depot gateway, Coventry. The private key is generated on the box and never leaves it.
Address = 10.44.0.3/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# cloud hub
PublicKey = @@p1@@
Endpoint = hub.dualdrive.co.uk:51820
AllowedIPs = 10.44.0.0/24, 10.30.0.0/16
PersistentKeepalive = 25

[Peer]
# Birmingham depot
PublicKey = @@p2@@
AllowedIPs = 10.44.0.2/32
""", p1=b64key(32), p2=b64key(32)), None, "wg(8) man page: wg set private-key <file>; public keys are public")

_psk = passphrase()
add("routeros/wifi-psk", "it/mikrotik/office-hap.rsc", T("""# 2024-02-03 10:12:44 by RouterOS 7.13.3
# model = hAP ax2
/interface bridge
add admin-mac=48:A9:8A:12:C4:0E auto-mac=no comment=defconf name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=office passphrase="@@psk@@"
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid="Kerbcraft-Office" security=office
set [ find default-name=wifi2 ] configuration.mode=ap .ssid="Kerbcraft-Office" security=office
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
/system identity
set name=kerbcraft-office
""", psk=_psk), _psk, "MikroTik RouterOS docs: /interface wifi security passphrase")

add("cisco/decoy-hashed-secrets", "it/network/depot-rtr01.cfg", T("""!
hostname depot-rtr01
!
enable secret 9 $9$@@s1@@$@@h1@@
!
username netadmin privilege 15 secret 9 $9$@@s2@@$@@h2@@
username backup privilege 1 secret 8 $8$@@s3@@$@@h3@@
!
interface GigabitEthernet0/0
 description WAN - BT Business
 ip address dhcp
!
interface GigabitEthernet0/1
 description LAN - depot
 ip address 10.30.1.1 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./"),
    s3=draw(14, ALNUM + "./"), h3=draw(43, ALNUM + "./")), None, "Cisco IOS docs: type 8/9 secrets are one-way hashes")

_pw = gen_pw(24)
_nb = T("""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Dual-brake interventions per instructor, Q1\\n", "Pulled from Timescale for the quality review."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(\\"postgresql+psycopg2://analyst:@@pw@@@timescale.dualdrive.internal:5432/telemetry\\")\\n",
    "df = pd.read_sql(\\"select instructor_id, count(*) as n from pedal_events where pedal = 'brake' and ts >= '2024-01-01' group by 1\\", engine)\\n",
    "df.sort_values('n', ascending=False).head(20)"
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
""", pw=_pw)
add("ipynb/postgres-url", "analysis/dual_brake_q1.ipynb", _nb, _pw, "Jupyter nbformat docs; SQLAlchemy engine URL with password")

add("ipynb/decoy-getpass", "analysis/pass_rates_by_centre.ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "pw = os.environ.get(\\"ANALYST_DB_PASSWORD\\") or getpass.getpass(\\"DB password: \\")\\n",
    "engine = sa.create_engine(sa.engine.URL.create(\\"postgresql+psycopg2\\", username=\\"analyst\\", password=pw, host=\\"reporting.internal\\", database=\\"bookings\\"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select centre, avg(passed::int) as pass_rate, count(*) from test_results group by centre\\", engine)\\n",
    "df.sort_values('pass_rate')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Python docs: getpass; SQLAlchemy URL.create")

_pw = person_pw()
add("r/dbi-password", "analysis/instructor_pass_rates.R", T("""library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.ringroad.internal",
  dbname = "bookings",
  user = "rstudio",
  password = "@@pw@@"
)

results <- tbl(con, "test_results") %>%
  filter(test_date >= "2023-01-01") %>%
  group_by(instructor_id, centre) %>%
  summarise(attempts = n(), passes = sum(as.integer(passed))) %>%
  collect() %>%
  mutate(pass_rate = passes / attempts)

ggplot(results, aes(x = centre, y = pass_rate)) + geom_boxplot() + coord_flip()
dbDisconnect(con)
""", pw=_pw), _pw, "DBI / RPostgres docs: dbConnect(password = ...)")

add("r/decoy-keyring", "analysis/theory_scores.R", """library(DBI)
library(keyring)

# password is in the OS keychain: keyring::key_set("reporting-db", "rstudio")
con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.ringroad.internal",
  dbname = "elearning",
  user = "rstudio",
  password = key_get("reporting-db", "rstudio")
)

scores <- dbGetQuery(con, "select pupil_id, category, avg(score) as avg_score from mock_theory_attempts group by 1, 2")
summary(scores$avg_score)
dbDisconnect(con)
""", None, "keyring R package docs: key_get")

_cc = draw(64, ALNUM + "+/")
add("properties/kafka-sasl-jaas", "telematics/ingest/client.properties", T("""bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@user@@" password="@@pw@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
""", user=draw(16, UPPER_DIGITS), pw=_cc), _cc, "Confluent Cloud docs: Java client configuration (API key and secret in sasl.jaas.config)")

_pw = gen_pw(20)
add("systemd/environment-password", "telematics/ingest/telemetry-ingest.service", T("""[Unit]
Description=Dual-control telemetry ingest
After=network-online.target
Wants=network-online.target

[Service]
User=telemetry
ExecStart=/opt/telemetry/bin/ingest --config /etc/telemetry/ingest.toml
Environment=RUST_LOG=info
Environment=TIMESCALE_URL=postgres://ingest:@@pw@@@timescale.dualdrive.internal:5432/telemetry
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw=_pw), _pw, "systemd.exec man page: Environment=")

# == Theory-test e-learning and the pupil / instructor apps ========================================

_mt = hexs(32)
add("php/moodle-wstoken", "elearning/sync/enrol_new_pupils.php", T("""<?php
// Enrols newly booked pupils on the "Theory Test Prep" Moodle course.
$moodle  = 'https://learn.learnerlane.co.uk/webservice/rest/server.php';
$wstoken = '@@t@@';
$course  = 12;

$pdo = new PDO(getenv('BOOKINGS_DSN'), getenv('BOOKINGS_USER'), getenv('BOOKINGS_PASS'));
$rows = $pdo->query("SELECT moodle_user_id FROM pupils WHERE theory_enrolled = 0 AND moodle_user_id IS NOT NULL");

foreach ($rows as $i => $row) {
    $params = [
        'wstoken' => $wstoken,
        'wsfunction' => 'enrol_manual_enrol_users',
        'moodlewsrestformat' => 'json',
        "enrolments[0][roleid]" => 5,
        "enrolments[0][userid]" => (int) $row['moodle_user_id'],
        "enrolments[0][courseid]" => $course,
    ];
    file_get_contents($moodle . '?' . http_build_query($params));
}
""", t=_mt), _mt, "Moodle docs: Web services (wstoken)")

_sc = draw(40)
add("python/scorm-cloud-secret", "elearning/scorm/upload_hazard_module.py", T('''"""Uploads the hazard perception SCORM package to SCORM Cloud and registers it."""
import rustici_software_cloud_v2 as scorm

APP_ID = "@@app@@"
SECRET_KEY = "@@sec@@"

scorm.configuration.username = APP_ID
scorm.configuration.password = SECRET_KEY
course_api = scorm.CourseApi()


def upload(zip_path: str, course_id: str = "HAZARD-PERCEPTION-2024") -> None:
    job = course_api.create_upload_and_import_course_job(course_id, file=zip_path, may_create_new_version=True)
    print("import job", job.result)


if __name__ == "__main__":
    upload("dist/hazard-perception-scorm12.zip")
''', app=draw(10, UPPER_DIGITS), sec=_sc), _sc, "SCORM Cloud API v2 docs: App ID and secret key (basic auth)")

_vm = hexs(32)
add("shell/vimeo-bearer", "elearning/video/upload_clip.sh", T("""#!/usr/bin/env bash
# Upload a new hazard perception clip to the private Vimeo showcase
set -euo pipefail
FILE="$1"
SIZE=$(stat -c%s "$FILE")

CREATE=$(curl -s https://api.vimeo.com/me/videos \\
  -H "Authorization: bearer @@t@@" \\
  -H "Content-Type: application/json" \\
  -H "Accept: application/vnd.vimeo.*+json;version=3.4" \\
  -d "{\\"upload\\":{\\"approach\\":\\"tus\\",\\"size\\":\\"$SIZE\\"},\\"privacy\\":{\\"view\\":\\"disable\\",\\"embed\\":\\"whitelist\\"},\\"name\\":\\"$(basename "$FILE")\\"}")

echo "$CREATE" | jq -r '.upload.upload_link'
""", t=_vm), _vm, "Vimeo API docs: authentication with a personal access token (bearer)")

_cfk = rsa_pem()
add("js/cloudfront-signing-key", "elearning/video/signedUrl.js", "const { getSignedUrl } = require(\"@aws-sdk/cloudfront-signer\");\n\n"
    "// key pair for the theory video distribution (key group: theory-videos)\nconst KEY_PAIR_ID = \"K2" + draw(12, UPPER_DIGITS) + "\";\n"
    "const PRIVATE_KEY = `" + _cfk + "`;\n\nfunction signedVideoUrl(path, minutes = 120) {\n  return getSignedUrl({\n"
    "    url: `https://videos.learnerlane.co.uk/${path}`,\n    keyPairId: KEY_PAIR_ID,\n    privateKey: PRIVATE_KEY,\n"
    "    dateLessThan: new Date(Date.now() + minutes * 60 * 1000).toISOString(),\n  });\n}\n\nmodule.exports = { signedVideoUrl };\n",
    _cfk, "AWS docs: CloudFront signed URLs (@aws-sdk/cloudfront-signer, privateKey)")

add("terraform/decoy-cloudfront-public-key", "infra/cloudfront-keys.tf", "resource \"aws_cloudfront_public_key\" \"theory_videos\" {\n"
    "  comment     = \"theory videos signer 2024\"\n  name        = \"theory-videos-2024\"\n  encoded_key = <<-EOT\n"
    + indent("-----BEGIN PUBLIC KEY-----\n" + _wrap(b64(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + raw(256) + bytes.fromhex("0203010001"))) + "\n-----END PUBLIC KEY-----", 4)
    + "\n  EOT\n}\n\nresource \"aws_cloudfront_key_group\" \"theory_videos\" {\n  name  = \"theory-videos\"\n"
    "  items = [aws_cloudfront_public_key.theory_videos.id]\n}\n", None,
    "Terraform AWS provider docs: aws_cloudfront_public_key (encoded_key is a public key)")

_alg = hexs(32)
add("json/algolia-admin-key", "elearning/search/indexer.config.json", T("""{
  "algolia": {
    "appId": "@@app@@",
    "adminApiKey": "@@k@@",
    "index": "theory_questions_en_gb"
  },
  "source": "data/theory-bank-2024.json",
  "searchableAttributes": ["question", "answers.text", "category", "highwayCodeRule"],
  "attributesForFaceting": ["category", "difficulty"],
  "batchSize": 500
}
""", app=draw(10, UPPER_DIGITS), k=_alg), _alg, "Algolia docs: Admin API key (server-side only)")

add("js/decoy-algolia-search-key", "elearning/web/src/search.js", T("""import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Search-only API key: safe in front-end code (ACL: search).
const searchClient = algoliasearch("@@app@@", "@@k@@");

const search = instantsearch({ indexName: "theory_questions_en_gb", searchClient });
search.addWidgets([
  searchBox({ container: "#q", placeholder: "Search theory questions, e.g. 'stopping distance'" }),
  hits({ container: "#hits", templates: { item: (hit, { html, components }) => html`<p>${components.Highlight({ hit, attribute: "question" })}</p>` } }),
]);
search.start();
""", app=draw(10, UPPER_DIGITS), k=hexs(32)), None, "Algolia docs: Search-only API key (for front-end use)")

add("swift/decoy-revenuecat-public-key", "TheoryApp/TheoryApp/Purchases+Setup.swift", T("""import RevenueCat

enum PurchasesSetup {
    // Public app-specific SDK key (safe to ship in the app binary).
    static let apiKey = "appl_@@k@@"

    static func configure(userID: String?) {
        Purchases.logLevel = .warn
        Purchases.configure(
            with: Configuration.Builder(withAPIKey: apiKey)
                .with(appUserID: userID)
                .with(storeKitVersion: .storeKit2)
                .build()
        )
    }
}
""", k=draw(27)), None, "RevenueCat docs: public app-specific API keys (appl_) are meant for the app")

_rc = "sk_" + draw(32)
add("python/revenuecat-secret-key", "theory-app-backend/entitlements.py", T('''import requests

REVENUECAT_SECRET = "@@k@@"
BASE = "https://api.revenuecat.com/v1"


def has_premium(app_user_id: str) -> bool:
    r = requests.get(
        f"{BASE}/subscribers/{app_user_id}",
        headers={"Authorization": f"Bearer {REVENUECAT_SECRET}", "X-Platform": "ios"},
        timeout=10,
    )
    r.raise_for_status()
    ents = r.json()["subscriber"]["entitlements"]
    return "theory_premium" in ents and ents["theory_premium"].get("expires_date") is not None


def grant_promo(app_user_id: str, days: int = 30) -> None:
    requests.post(
        f"{BASE}/subscribers/{app_user_id}/entitlements/theory_premium/promotional",
        headers={"Authorization": f"Bearer {REVENUECAT_SECRET}"},
        json={"duration": "monthly" if days >= 30 else "weekly"},
        timeout=10,
    ).raise_for_status()
''', k=_rc), _rc, "RevenueCat docs: secret API keys (sk_) for the REST API")

_asc = p8_pem()
add("json/app-store-connect-api-key", "TheoryApp/fastlane/api_key.json", T("""{
  "key_id": "@@kid@@",
  "issuer_id": "@@iss@@",
  "key": "@@key@@",
  "duration": 1200,
  "in_house": false
}
""", kid=draw(10, UPPER_DIGITS), iss=uuid_s(), key=esc(_asc)), body_line(_asc, 2),
    "fastlane docs: App Store Connect API key JSON file (key_id, issuer_id, key)")

_apns = p8_pem()
add("p8/apns-auth-key", "InstructorApp/push/AuthKey_7QX2M9KD4B.p8", _apns + "\n", _apns,
    "Apple docs: Establishing a token-based connection to APNs (.p8 signing key)")

_pw = person_pw()
add("gradle/android-signing-password", "InstructorApp/android/app/build.gradle", T("""plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

android {
    namespace 'uk.co.dualdrive.instructor'
    compileSdk 34

    defaultConfig {
        applicationId "uk.co.dualdrive.instructor"
        minSdk 26
        targetSdk 34
        versionCode 57
        versionName "3.2.0"
    }

    signingConfigs {
        release {
            storeFile file("../keystores/dualdrive-release.jks")
            storePassword "@@pw@@"
            keyAlias "dualdrive"
            keyPassword "@@pw@@"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            signingConfig signingConfigs.release
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
        }
    }
}
""", pw=_pw), _pw, "Android docs: Sign your app (signingConfigs storePassword / keyPassword)")

add("gradle/decoy-signing-from-properties", "TheoryApp/android/app/build.gradle.kts", """import java.util.Properties

val keystoreProperties = Properties().apply {
    val f = rootProject.file("keystore.properties")   // not in git, see docs/release.md
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "uk.co.learnerlane.theory"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file(keystoreProperties.getProperty("storeFile") ?: "release.jks")
            storePassword = keystoreProperties.getProperty("storePassword") ?: System.getenv("ANDROID_STORE_PASSWORD")
            keyAlias = keystoreProperties.getProperty("keyAlias") ?: "theory"
            keyPassword = keystoreProperties.getProperty("keyPassword") ?: System.getenv("ANDROID_KEY_PASSWORD")
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
""", None, "Android docs: Remove signing information from your build files (keystore.properties)")

_pw = applepw()
add("ruby/fastlane-match-password", "InstructorApp/fastlane/Fastfile", T("""default_platform(:ios)

ENV["MATCH_PASSWORD"] = "@@pw@@"

platform :ios do
  desc "Push a new beta build to TestFlight"
  lane :beta do
    setup_ci if ENV["CI"]
    match(type: "appstore", readonly: true, git_url: "git@github.com:dualdrive/ios-certificates.git")
    increment_build_number(xcodeproj: "InstructorApp.xcodeproj")
    build_app(scheme: "InstructorApp", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Instructor app beta uploaded")
  end
end
""", pw=_pw), _pw, "fastlane docs: match (MATCH_PASSWORD decrypts the certificates repo)")

_os = draw(48, B64)
add("js/onesignal-rest-api-key", "push/send-slot-alert.js", T("""// Push "new test slot" alerts to pupils with the app installed
const ONESIGNAL_APP_ID = "@@app@@";
const ONESIGNAL_REST_KEY = "@@k@@";

async function sendSlotAlert(externalIds, centre, when) {
  const res = await fetch("https://onesignal.com/api/v1/notifications", {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Authorization: `Basic ${ONESIGNAL_REST_KEY}`,
    },
    body: JSON.stringify({
      app_id: ONESIGNAL_APP_ID,
      include_external_user_ids: externalIds,
      headings: { en: "Test slot available" },
      contents: { en: `${centre}, ${when}. Tap to book before it goes!` },
    }),
  });
  return res.json();
}

module.exports = { sendSlotAlert };
""", app=uuid_s(), k=_os), _os, "OneSignal docs: REST API key (Authorization: Basic <key>)")

add("js/decoy-onesignal-app-id", "elearning/web/src/push.js", T("""import OneSignal from "react-onesignal";

// App ID identifies the OneSignal app; it is public by design.
export async function initPush(pupilId) {
  await OneSignal.init({
    appId: "@@app@@",
    safari_web_id: "web.onesignal.auto.@@safari@@",
    allowLocalhostAsSecureOrigin: process.env.NODE_ENV !== "production",
    notifyButton: { enable: false },
  });
  await OneSignal.login(pupilId);
}
""", app=uuid_s(), safari=uuid_s()), None, "OneSignal docs: Web SDK setup (appId is public)")

_fcm = "AAAA" + draw(7, B64URL) + ":APA91b" + draw(134, B64URL)
add("kotlin/fcm-legacy-server-key", "backend/src/main/kotlin/uk/co/passpilot/push/FcmSender.kt", T("""package uk.co.passpilot.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object FcmSender {
    private const val SERVER_KEY =
        "@@k1@@" +
            "@@k2@@"
    private val client = OkHttpClient()

    fun notifyInstructor(deviceToken: String, title: String, body: String) {
        val json = \"\"\"{"to":"$deviceToken","notification":{"title":"$title","body":"$body"}}\"\"\"
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { check(it.isSuccessful) { "FCM ${it.code}" } }
    }
}
""", k1=_fcm[:76], k2=_fcm[76:]), _fcm, "Firebase docs: legacy HTTP protocol (Authorization: key=<server key>)")

_srk = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role", "iat": 1699532100, "exp": 2015108100})
add("ts/supabase-service-role", "supabase/scripts/reset-mock-tests.ts", T("""import { createClient } from "@supabase/supabase-js";

// Admin script: wipes mock theory test attempts older than a year (GDPR retention)
const SERVICE_ROLE_KEY =
  "@@k1@@" +
  "@@k2@@" +
  "@@k3@@";

const supabase = createClient("https://theoryprep.supabase.co", SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});

const cutoff = new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString();
const { count, error } = await supabase
  .from("mock_test_attempts")
  .delete({ count: "exact" })
  .lt("created_at", cutoff);
if (error) throw error;
console.log(`deleted ${count} attempts before ${cutoff}`);
""", k1=_srk.split(".")[0] + ".", k2=_srk.split(".")[1] + ".", k3=_srk.split(".")[2]), _srk, "Supabase docs: service_role key bypasses Row Level Security (server-only)")

_anon = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "anon", "iat": 1699532100, "exp": 2015108100})
add("ts/decoy-supabase-anon-key", "elearning/web/src/lib/supabase.ts", T("""import { createClient } from "@supabase/supabase-js";

// The anon key is public: it is meant for the browser and is limited by Row Level Security.
const SUPABASE_URL = "https://theoryprep.supabase.co";
const SUPABASE_ANON_KEY = "@@k@@";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function saveAttempt(score: number, category: string) {
  const { error } = await supabase.from("mock_test_attempts").insert({ score, category });
  if (error) throw error;
}
""", k=_anon), None, "Supabase docs: API keys (the anon key is safe to use in a browser with RLS enabled)")

add("json/decoy-question-bank", "elearning/data/theory-bank-sample.json", T("""{
  "version": "2024.1",
  "source": "sample questions written in-house (not DVSA revision questions)",
  "questions": [
    {
      "id": "@@q1@@",
      "category": "Safety margins",
      "question": "In wet weather, how much longer can stopping distances be?",
      "answers": [{"text": "At least double", "correct": true}, {"text": "No change", "correct": false}],
      "image": "img/@@h1@@.webp",
      "highwayCodeRule": 227
    },
    {
      "id": "@@q2@@",
      "category": "Hazard awareness",
      "question": "You see a ball bounce into the road ahead. What should you do?",
      "answers": [{"text": "Slow down and be ready to stop for children", "correct": true}, {"text": "Sound your horn and continue", "correct": false}],
      "image": "img/@@h2@@.webp",
      "highwayCodeRule": 206
    }
  ]
}
""", q1=uuid_s(), q2=uuid_s(), h1=hexs(40), h2=hexs(40)), None, "content ids (UUIDs) and content-hash image names")

# == Government test-booking integrations ==========================================================

_dv = azure_secret()
add("python/dvsa-entra-client-secret", "integrations/dvsa/mot_history.py", T('''"""Checks MOT status of pupils' own cars before private-practice advice (DVSA MOT History API)."""
import os

import msal
import requests

TENANT_ID = "@@tid@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"
SCOPE = ["https://tapi.dvsa.gov.uk/.default"]

app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET)


def mot_history(registration: str) -> dict:
    token = app.acquire_token_for_client(scopes=SCOPE)["access_token"]
    r = requests.get(
        f"https://history.mot.api.gov.uk/v1/trade/vehicles/registration/{registration}",
        headers={"Authorization": f"Bearer {token}", "X-API-Key": os.environ["DVSA_MOT_API_KEY"]},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', tid=uuid_s(), cid=uuid_s(), sec=_dv), _dv, "DVSA MOT History API docs: client credentials (Entra ID client secret) and X-API-Key")

_dk = draw(40)
add("yaml/test-booking-gateway-api-key", "integrations/test-booking/config/production.yaml", T("""gateway:
  base_url: https://api.trade-booking.example-gov.uk/v2
  api_key: @@k@@
  business_id: 4471902
  timeout_seconds: 20
polling:
  centres: [Kings Heath (Birmingham), Coventry, Nuneaton, Wednesbury]
  interval_minutes: 15
  earliest_days_ahead: 3
notify:
  channel: slack
  webhook_env: SLACK_TEST_SLOTS_WEBHOOK
""", k=_dk), _dk, "typical API-gateway key configuration (x-api-key) for a trade booking service")

_pw = person_pw()
add("xml/soap-ws-security-password", "integrations/test-booking/templates/GetSlotsRequest.xml", T("""<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:tb="urn:trade-booking:slots:v1">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>ADI-BUS-4471902</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@pw@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <tb:GetSlotsRequest>
      <tb:TestCentreId>${centreId}</tb:TestCentreId>
      <tb:TestCategory>B</tb:TestCategory>
      <tb:FromDate>${fromDate}</tb:FromDate>
    </tb:GetSlotsRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", pw=_pw), _pw, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText)")

add("xml/decoy-soap-password-digest", "integrations/test-booking/docs/sample-captured-request.xml", T("""<!-- Captured from the gateway's test environment on 2021-09-14 for the integration guide.
     PasswordDigest = Base64(SHA-1(nonce + created + password)); it cannot be replayed after 5 minutes. -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken wsu:Id="UsernameToken-1">
        <wsse:Username>TEST-BUS-0000001</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@@dig@@</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">@@nonce@@</wsse:Nonce>
        <wsu:Created>2021-09-14T10:21:07.113Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body/>
</soapenv:Envelope>
""", dig=b64(raw(20)), nonce=b64(raw(16))), None, "OASIS WS-Security UsernameToken Profile (PasswordDigest with nonce and timestamp)")

_pw = gen_pw(16)
add("powershell/pfx-import-password", "integrations/test-booking/Install-ClientCert.ps1", T("""# Installs the mutual-TLS client certificate for the test booking gateway on the integration server
$pfxPath = "C:\\Integrations\\certs\\tradebooking-client-2024.pfx"
$pfxPassword = ConvertTo-SecureString -String "@@pw@@" -Force -AsPlainText

Import-PfxCertificate -FilePath $pfxPath -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable:$false

$cert = Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { $_.Subject -like "*ADI-BUS-4471902*" }
$rule = New-Object System.Security.AccessControl.FileSystemAccessRule("IIS AppPool\\TestBooking", "Read", "Allow")
$keyPath = "$env:ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\\" + $cert.PrivateKey.Key.UniqueName
$acl = Get-Acl $keyPath; $acl.AddAccessRule($rule); Set-Acl $keyPath $acl
Write-Host "Installed $($cert.Thumbprint)"
""", pw=_pw), _pw, "Microsoft docs: Import-PfxCertificate -Password")

add("md/decoy-dvsa-runbook", "integrations/dvsa/RUNBOOK.md", """# DVSA integration runbook

## Credentials
| What                  | Where                                            | Rotates         |
|-----------------------|--------------------------------------------------|-----------------|
| Entra client secret   | Key Vault `kv-passpilot-int` / `dvsa-client-secret` | every 12 months |
| MOT API key           | Key Vault `kv-passpilot-int` / `dvsa-mot-api-key`   | on request      |

## Rotating the client secret
1. DVSA emails the new secret to the registered contact ~30 days before expiry.
2. `az keyvault secret set --vault-name kv-passpilot-int --name dvsa-client-secret --value "<new secret>"`
3. Restart the `mot-check` job: `kubectl -n integrations rollout restart deploy/mot-check`.
4. Check the token works: `./get_token.sh | cut -c1-20` should print `eyJ0eXAiOiJKV1QiLCJ...`.

## Troubleshooting
- `AADSTS7000215: Invalid client secret provided` means the Key Vault value is stale.
- HTTP 403 from the MOT API with a valid token means the `X-API-Key` header is missing.
""", None, "runbook with Key Vault references and placeholders only")

add("yaml/decoy-openapi-example-key", "integrations/test-booking/openapi.yaml", """openapi: 3.0.3
info:
  title: Internal test-slot service
  version: 1.4.0
servers:
  - url: https://slots.passpilot.internal/v1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  parameters:
    ApiKey:
      name: X-API-Key
      in: header
      required: true
      schema:
        type: string
      example: your-api-key-here
paths:
  /slots:
    get:
      security:
        - ApiKeyAuth: []
      summary: Cached test slots by centre
      parameters:
        - $ref: '#/components/parameters/ApiKey'
        - name: centre
          in: query
          schema: { type: string, example: Kings Heath (Birmingham) }
      responses:
        '200':
          description: OK
""", None, "OpenAPI 3.0 spec: apiKey security scheme with an example value")

# == The IT team: office PCs, network, backups, hosting ============================================

_pw = person_pw()
add("xml/unattend-admin-password", "it/deploy/autounattend.xml", T("""<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@pw@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>GMT Standard Time</TimeZone>
      <RegisteredOrganization>Greenlight Driving School Ltd</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""", pw=_pw), _pw, "Microsoft docs: Unattended Windows Setup, AdministratorPassword (PlainText)")

_psk = person_pw()
add("nmconnection/wifi-psk", "it/laptops/NetworkManager/system-connections/Instructors-Lounge.nmconnection", T("""[connection]
id=Instructors-Lounge
uuid=@@u@@
type=wifi
autoconnect=true
permissions=

[wifi]
mode=infrastructure
ssid=Instructors-Lounge

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=@@psk@@

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto
""", u=uuid_s(), psk=_psk), _psk, "NetworkManager docs: nm-settings-keyfile (wifi-security psk)")

_psk = passphrase()
add("xml/wlan-profile-cleartext", "it/deploy/wifi/Office-Staff.xml", T("""<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>Office-Staff</name>
	<SSIDConfig>
		<SSID>
			<name>Office-Staff</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>auto</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2PSK</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>passPhrase</keyType>
				<protected>false</protected>
				<keyMaterial>@@psk@@</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
</WLANProfile>
""", psk=_psk), _psk, "Microsoft docs: WLAN_profile schema, sharedKey keyMaterial (netsh wlan export key=clear)")

add("xml/decoy-wlan-profile-protected", "it/deploy/wifi/Guest.xml", T("""<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>Kerbcraft-Guest</name>
	<SSIDConfig>
		<SSID>
			<name>Kerbcraft-Guest</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>manual</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2PSK</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>passPhrase</keyType>
				<protected>true</protected>
				<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000@@blob@@</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
</WLANProfile>
""", blob=hexs(420).upper()), None, "Microsoft docs: WLAN_profile sharedKey protected=true (DPAPI-encrypted, machine-bound)")

_pw = app_password()
add("msmtprc/gmail-app-password", "it/scanner/msmtprc", T("""# msmtp config on the office scanner box: scan-to-email for signed pupil forms
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           scans.learnerlane@gmail.com
user           scans.learnerlane@gmail.com
password       @@pw@@

account default : gmail
""", pw=_pw), _pw, "msmtp manual: password command in the configuration file; Google app passwords")

_pw = gen_pw(16)
add("netrc/ftp-password", "it/backup/.netrc", T("""machine ftp.kerbcraft.co.uk
  login kerbcraftbackup
  password @@pw@@

machine backup.hostingco.net
  login kc-nas
  password-file /etc/backup/hostingco.pass
""", pw=_pw), _pw, "GNU inetutils / curl docs: .netrc machine login password")

_pw = person_pw()
add("xml/filezilla-sitemanager", "it/handover/FileZilla/sitemanager.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.greenlight-driving.co.uk</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>greenlig</User>
			<Pass encoding="base64">@@b@@</Pass>
			<Logontype>1</Logontype>
			<PasvMode>MODE_DEFAULT</PasvMode>
			<EncodingType>Auto</EncodingType>
			<BypassProxy>0</BypassProxy>
			<Name>Website (cPanel)</Name>
			<SyncBrowsing>0</SyncBrowsing>
		</Server>
	</Servers>
</FileZilla3>
""", b=b64(_pw)), _pw, "FileZilla docs: sitemanager.xml stores passwords base64-encoded")

_gh = ghp()
add("json/docker-config-auth", "it/ci-runner/docker/config.json", T("""{
	"auths": {
		"ghcr.io": {
			"auth": "@@a@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
""", a=b64("passpilot-ci:" + _gh)), _gh, "Docker docs: docker login stores base64(user:token) in config.json auths")

_sat = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "bookings",
            "kubernetes.io/serviceaccount/secret.name": "ci-deployer-token-7xk2q",
            "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
            "kubernetes.io/serviceaccount/service-account.uid": uuid_s(), "sub": "system:serviceaccount:bookings:ci-deployer"},
           alg="RS256", sig_len=342, kid=draw(43, B64URL))
add("kubeconfig/service-account-token", "it/ci-runner/kubeconfig-bookings.yaml", T("""apiVersion: v1
kind: Config
clusters:
  - name: passpilot-prod
    cluster:
      server: https://k8s.passpilot.co.uk:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: ci-deployer@passpilot-prod
    context:
      cluster: passpilot-prod
      namespace: bookings
      user: ci-deployer
current-context: ci-deployer@passpilot-prod
users:
  - name: ci-deployer
    user:
      token: @@t@@
""", ca=b64(cert_pem(200)), t=_sat), _sat, "Kubernetes docs: kubeconfig users with a service account bearer token")

add("ini/decoy-aws-config-sso", "it/handover/aws/config", """[default]
region = eu-west-2
output = json

[profile passpilot-admin]
sso_session = passpilot
sso_account_id = 381492230117
sso_role_name = AdministratorAccess
region = eu-west-2

[profile passpilot-readonly]
sso_session = passpilot
sso_account_id = 381492230117
sso_role_name = ReadOnlyAccess

[sso-session passpilot]
sso_start_url = https://passpilot.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""", None, "AWS CLI docs: IAM Identity Center (SSO) configuration, no long-lived keys")

_dos = draw(43, B64)
add("ini/s3cfg-spaces-secret", "it/backup/.s3cfg", T("""[default]
access_key = DO00@@ak@@
secret_key = @@sk@@
host_base = ams3.digitaloceanspaces.com
host_bucket = %(bucket)s.ams3.digitaloceanspaces.com
use_https = True
signature_v2 = False
bucket_location = ams3
""", ak=draw(16, UPPER_DIGITS), sk=_dos), _dos, "DigitalOcean docs: s3cmd configuration for Spaces (access_key / secret_key)")

_b2 = "K005" + draw(27, ALNUM + "+/")
add("ini/rclone-b2-key", "it/backup/rclone.conf", T("""[b2-offsite]
type = b2
account = 005@@acct@@0000000003
key = @@k@@
hard_delete = false

[b2-crypt]
type = crypt
remote = b2-offsite:kerbcraft-backups/nas
filename_encryption = standard
directory_name_encryption = true
""", acct=hexs(12), k=_b2), _b2, "rclone docs: Backblaze B2 (account = keyID, key = applicationKey)")

_pw = gen_pw(22)
add("shell/pgdump-pgpassword", "it/backup/nightly-db-backup.sh", T("""#!/bin/bash
# nightly at 02:30 from cron on backup01
set -euo pipefail
STAMP=$(date +%F)
DEST=/srv/backups/postgres

PGPASSWORD='@@pw@@' pg_dump -h pg-bookings.internal -U backup -Fc bookings > "$DEST/bookings-$STAMP.dump"
find "$DEST" -name 'bookings-*.dump' -mtime +14 -delete
rclone copy "$DEST/bookings-$STAMP.dump" b2-crypt:postgres/ --quiet
""", pw=_pw), _pw, "PostgreSQL docs: PGPASSWORD environment variable")

_pw = gen_pw(20)
add("ini/sssd-ldap-bind-password", "it/linux/sssd.conf", T("""[sssd]
services = nss, pam, ssh
domains = office.ringroad.local

[domain/office.ringroad.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.office.ringroad.local
ldap_search_base = dc=office,dc=ringroad,dc=local
ldap_default_bind_dn = cn=svc-ldapbind,ou=Service Accounts,dc=office,dc=ringroad,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@pw@@
ldap_tls_reqcert = demand
cache_credentials = true
""", pw=_pw), _pw, "sssd-ldap man page: ldap_default_authtok")

_pw = gen_pw(18)
add("haproxy/stats-auth", "it/lb/haproxy.cfg", T("""global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend www
    bind :443 ssl crt /etc/haproxy/certs/passpilot.pem
    default_backend booking

backend booking
    balance roundrobin
    server app1 10.20.0.31:8000 check
    server app2 10.20.0.32:8000 check

listen stats
    bind 10.20.0.5:8404
    stats enable
    stats uri /stats
    stats auth admin:@@pw@@
""", pw=_pw), _pw, "HAProxy docs: stats auth <user>:<passwd>")

_gh2 = ghp()
add("shell/git-clone-token-url", "it/servers/provision-booking-box.sh", T("""#!/usr/bin/env bash
# Provision a fresh booking app server (Ubuntu 22.04)
set -euo pipefail

apt-get update && apt-get install -y git nginx python3-venv postgresql-client
useradd -m -s /bin/bash booking || true

sudo -u booking git clone https://passpilot-deploy:@@t@@@github.com/passpilot/booking-portal.git /home/booking/app
cd /home/booking/app
sudo -u booking python3 -m venv .venv
sudo -u booking .venv/bin/pip install -r requirements.txt
cp deploy/nginx.conf /etc/nginx/sites-available/booking
ln -sf /etc/nginx/sites-available/booking /etc/nginx/sites-enabled/booking
systemctl reload nginx
""", t=_gh2), _gh2, "git docs: credentials in an https remote URL; GitHub personal access tokens (ghp_)")

_gl = glpat()
add("js/renovate-gitlab-token", "renovate/config.js", T("""module.exports = {
  platform: "gitlab",
  endpoint: "https://gitlab.com/api/v4/",
  token: "@@t@@",
  autodiscover: true,
  autodiscoverFilter: ["kerbcraft/*"],
  onboardingConfig: { extends: ["config:recommended"] },
  hostRules: [
    { matchHost: "registry.npmjs.org", token: process.env.NPM_TOKEN },
  ],
  prHourlyLimit: 4,
};
""", t=_gl), _gl, "Renovate docs: self-hosted configuration token; GitLab personal access tokens (glpat-)")

_gh3 = ghp()
add("npmrc/github-packages-token", "instructor-app/.npmrc", T("""@dualdrive:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@t@@
always-auth=true
engine-strict=true
save-exact=true
""", t=_gh3), _gh3, "GitHub docs: Working with the npm registry (.npmrc _authToken)")

add("npmrc/decoy-env-token", "web/.npmrc", """@passpilot:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
audit-level=high
""", None, "npm docs: .npmrc environment variable expansion")

_nova = draw(40)
add("json/composer-auth", "booking-portal/auth.json", T("""{
    "http-basic": {
        "nova.laravel.com": {
            "username": "it@passpilot.co.uk",
            "password": "@@k@@"
        }
    },
    "github-oauth": {}
}
""", k=_nova), _nova, "Composer docs: auth.json http-basic; Laravel Nova license key as password")

_do = "dop_v1_" + hexs(64)
add("shell-history/doctl-token", "it/notes/zsh_history_laptop.txt", T(""": 1706789011:0;brew install doctl
: 1706789055:0;doctl auth init -t @@t@@
: 1706789102:0;doctl compute droplet list --format Name,PublicIPv4,Status
: 1706789187:0;doctl databases list
: 1706789240:0;doctl kubernetes cluster kubeconfig save kerbcraft-prod
: 1706789301:0;kubectl get pods -n booking
""", t=_do), _do, "doctl docs: doctl auth init -t; DigitalOcean tokens (dop_v1_)")

add("shell-history/decoy-secret-managers", "it/notes/bash_history_ops01.txt", """aws ssm get-parameter --name /passpilot/prod/stripe/secret_key --with-decryption --query Parameter.Value --output text | wc -c
vault kv get -field=password secret/bookings/db
op read "op://Infrastructure/Twilio notify/credential" > /dev/null && echo ok
az keyvault secret show --vault-name kv-passpilot-int --name dvsa-client-secret --query attributes.expires
kubectl -n bookings get secret booking-api -o jsonpath='{.data}' | jq 'keys'
history -c
""", None, "AWS CLI / Vault / 1Password CLI / Azure CLI docs: reading secrets from a manager")

_dd = hexs(32)
add("yaml/datadog-api-key", "it/monitoring/datadog/datadog.yaml", T("""api_key: @@k@@
site: datadoghq.eu
hostname: booking-app-01
tags:
  - env:prod
  - service:booking-portal
  - team:web
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
""", k=_dd), _dd, "Datadog Agent docs: datadog.yaml api_key")

_nr = hexs(36) + "NRAL"
add("yaml/newrelic-license-key", "booking-service/newrelic.yml", T("""common: &default_settings
  license_key: '@@k@@'
  app_name: Booking Service
  log_level: info
  distributed_tracing:
    enabled: true

development:
  <<: *default_settings
  app_name: Booking Service (Development)

production:
  <<: *default_settings
""", k=_nr), _nr, "New Relic Java agent docs: newrelic.yml license_key")

add("js/decoy-sentry-dsn", "src/monitoring/sentry.js", T("""import * as Sentry from "@sentry/react";

// The DSN is public (it only allows sending events), see Sentry docs "DSN Explainer".
Sentry.init({
  dsn: "https://@@pub@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  release: process.env.REACT_APP_RELEASE,
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.browserTracingIntegration(), Sentry.replayIntegration({ maskAllText: true })],
});
""", pub=hexs(32), org=draw(7, string.digits), proj=draw(16, string.digits)), None,
    "Sentry docs: DSN explainer (the DSN is safe to keep public)")

_sn = "sntryu_" + hexs(64)
add("properties/sentry-auth-token", "InstructorApp/ios/sentry.properties", T("""defaults.url=https://sentry.io/
defaults.org=dualdrive
defaults.project=instructor-app-ios
auth.token=@@t@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", t=_sn), _sn, "Sentry docs: sentry.properties auth.token for sentry-cli (user auth tokens)")

_ts = b64key(32)
add("json/cloudflared-tunnel-credentials", "it/office-nas/cloudflared/credentials.json", T("""{
  "AccountTag": "@@acct@@",
  "TunnelSecret": "@@s@@",
  "TunnelID": "@@tid@@",
  "Endpoint": ""
}
""", acct=hexs(32), s=_ts, tid=uuid_s()), _ts, "Cloudflare docs: Tunnel credentials file (TunnelSecret)")

add("yaml/decoy-traefik-basicauth-hash", "it/office-nas/traefik/dynamic.yml", T("""http:
  middlewares:
    office-auth:
      basicAuth:
        users:
          - "office:$apr1$@@s1@@$@@h1@@"
          - "it:$2y$05$@@h2@@"
  routers:
    nas:
      rule: "Host(`nas.office.kerbcraft.co.uk`)"
      service: nas
      middlewares: [office-auth]
      tls:
        certResolver: letsencrypt
  services:
    nas:
      loadBalancer:
        servers:
          - url: "http://192.168.88.20:5000"
""", s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), h2=draw(53, ALNUM + "./")), None,
    "Traefik docs: BasicAuth middleware (users are htpasswd hashes)")

add("caddyfile/decoy-bcrypt-hash", "it/office-nas/Caddyfile", T("""{
	email it@greenlight-driving.co.uk
}

docs.office.greenlight-driving.co.uk {
	basicauth /* {
		office $2a$14$@@h1@@
		instructor $2a$14$@@h2@@
	}
	reverse_proxy 192.168.1.40:8080
}
""", h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./")), None, "Caddy docs: basicauth directive (bcrypt hashes from caddy hash-password)")

_pw = gen_pw(20)
add("ini/odoo-db-password", "it/odoo/odoo.conf", T("""[options]
; Odoo 16 for franchise accounting and instructor contracts
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
db_host = 10.20.0.50
db_port = 5432
db_user = odoo
db_password = @@pw@@
db_name = ringroad
dbfilter = ^ringroad$
addons_path = /opt/odoo/addons,/opt/odoo/custom-addons
proxy_mode = True
workers = 4
limit_time_real = 300
""", salt=draw(22, ALNUM + "./"), hash=draw(86, ALNUM + "./"), pw=_pw), _pw,
    "Odoo docs: configuration file (db_password; admin_passwd is stored hashed)")

_zd = draw(40)
add("md/zendesk-token-runbook", "it/runbooks/support-desk.md", T("""# Support desk (Zendesk) runbook

Pupil enquiries arrive at help@roadready.co.uk and are turned into tickets.

## Bulk-closing spam tickets

```bash
curl https://roadready.zendesk.com/api/v2/search.json \\
  --data-urlencode "query=type:ticket status:new subject:\\"SEO services\\"" \\
  -G -u office@roadready.co.uk/token:@@t@@
```

Then close them with `PUT /api/v2/tickets/update_many.json?ids=...` using the same `-u`.

## Who to ask
- Access problems: Priya (IT)
- Macros and triggers: the office manager
""", t=_zd), _zd, "Zendesk API docs: API token authentication (email/token:api_token)")

add("md/decoy-incident-postmortem", "it/postmortems/2023-11-twilio-token-leak.md", """# Postmortem: Twilio auth token committed to a public gist (2023-11-07)

## Summary
A developer pasted a debugging snippet into a public gist. It contained the Twilio auth token
for the reminders account. GitHub secret scanning notified Twilio, who emailed us within 4 minutes.

## Timeline (GMT)
- 14:02 gist created with `AUTH_TOKEN = "4c1e…REDACTED…9a"`
- 14:06 Twilio alert email received
- 14:11 token rotated in the Twilio console; new token stored in SSM `/learnerlane/prod/twilio/auth_token`
- 14:20 reminders service restarted, reads the token from SSM at start-up

## Actions
- [x] Pre-commit hook with secret scanning on all repositories
- [x] Move every vendor credential to SSM / Key Vault (see `RUNBOOK.md`)
- [ ] Quarterly rotation reminder for SMS and payment vendors
""", None, "postmortem with a redacted value and references to a secret store")

# == More of the web team's code ===================================================================

_fg = "github_pat_11" + draw(20, UPPER_DIGITS) + "_" + draw(59)
add("python/split-github-fine-grained-token", "tools/release/publish_release_notes.py", T('''"""Publishes the monthly release notes of the instructor app to GitHub Releases."""
import sys

import requests

# fine-grained token, contents:write on dualdrive/instructor-app only (expires 2024-09)
GITHUB_TOKEN = (
    "@@a@@"
    "@@b@@"
)
REPO = "dualdrive/instructor-app"


def publish(tag: str, notes_path: str) -> str:
    with open(notes_path, encoding="utf-8") as fh:
        body = fh.read()
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/releases",
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"tag_name": tag, "name": f"Instructor app {tag}", "body": body},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    print(publish(sys.argv[1], sys.argv[2]))
''', a=_fg[:48], b=_fg[48:]), _fg, "GitHub docs: fine-grained personal access tokens (github_pat_)")

_rcs = "6L" + draw(38, B64URL)
add("php/recaptcha-secret-key", "marketing-site/wp-content/themes/greenlight/inc/enquiry-form.php", T("""<?php
// "Book a free assessment lesson" form handler
function gl_verify_recaptcha(string $token): bool
{
    $response = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => '@@s@@',
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
        ],
    ]);
    $data = json_decode(wp_remote_retrieve_body($response), true);
    return !empty($data['success']) && ($data['score'] ?? 0) >= 0.5;
}

add_action('admin_post_nopriv_gl_enquiry', function () {
    if (!gl_verify_recaptcha($_POST['g-recaptcha-response'] ?? '')) {
        wp_die('Sorry, we could not verify you are human.');
    }
    wp_mail('office@greenlight-driving.co.uk', 'New assessment lesson enquiry', print_r($_POST, true));
    wp_safe_redirect('/thank-you/');
    exit;
});
""", s=_rcs), _rcs, "Google reCAPTCHA docs: Verifying the user's response (secret parameter)")

# == Decoys: code and config that read secrets from elsewhere ======================================

add("kotlin/decoy-buildconfig-from-local-properties", "InstructorApp/android/app/src/main/java/uk/co/dualdrive/instructor/ApiConfig.kt", """package uk.co.dualdrive.instructor

/**
 * Keys are injected at build time from local.properties / CI secrets into BuildConfig
 * (see app/build.gradle: buildConfigField "String", "BOOKING_API_BASE", ...).
 */
object ApiConfig {
    val bookingApiBase: String = BuildConfig.BOOKING_API_BASE
    val mapsKey: String = BuildConfig.MAPS_API_KEY
    val sentryDsn: String = BuildConfig.SENTRY_DSN

    fun isConfigured(): Boolean = mapsKey.isNotBlank() && bookingApiBase.startsWith("https://")
}
""", None, "Android docs: BuildConfig fields from local.properties / Secrets Gradle Plugin")

add("php/decoy-laravel-services-config", "booking-portal/config/services.php", """<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_TOKEN'),
        'from' => env('TWILIO_FROM', 'PassPilot'),
    ],

    'gocardless' => [
        'access_token' => env('GOCARDLESS_ACCESS_TOKEN'),
        'environment' => env('GOCARDLESS_ENV', 'sandbox'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
];
""", None, "Laravel docs: config/services.php with env()")

add("csharp/decoy-keyvault-configuration", "InstructorPortal/Program.cs", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-ringroad-prod.vault.azure.net/"),
        new DefaultAzureCredential());
}
else
{
    builder.Configuration.AddUserSecrets<Program>();
}

builder.Services.AddRazorPages();
builder.Services.AddDbContext<BookingsContext>(o =>
    o.UseSqlServer(builder.Configuration.GetConnectionString("Bookings")));

var app = builder.Build();
app.UseHttpsRedirection();
app.UseStaticFiles();
app.MapRazorPages();
app.Run();
""", None, "Microsoft docs: Azure Key Vault configuration provider; Safe storage of app secrets (user secrets)")

add("hcl/decoy-vault-agent-template", "deploy/vault/agent.hcl", """pid_file = "/run/vault-agent.pid"

auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "booking-api"
    }
  }
  sink "file" {
    config = {
      path = "/home/vault/.vault-token"
    }
  }
}

template {
  destination = "/vault/secrets/env"
  contents    = <<-EOT
  {{ with secret "secret/data/bookings/stripe" }}STRIPE_SECRET_KEY={{ .Data.data.secret_key }}{{ end }}
  {{ with secret "database/creds/booking-api" }}DB_USER={{ .Data.username }}
  DB_PASSWORD={{ .Data.password }}{{ end }}
  EOT
}
""", None, "HashiCorp Vault docs: Vault Agent templates")

add("ansible/decoy-vault-lookups", "ansible/roles/booking_app/defaults/main.yml", """---
booking_app_user: booking
booking_app_dir: /srv/booking
booking_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/bookings/db:password') }}"
booking_stripe_secret: "{{ lookup('amazon.aws.aws_ssm', '/passpilot/prod/stripe/secret_key', region='eu-west-2') }}"
booking_twilio_token: "{{ lookup('ansible.builtin.env', 'TWILIO_AUTH_TOKEN') }}"
booking_smtp_password: "{{ vault_booking_smtp_password }}"
booking_workers: 4
""", None, "Ansible docs: lookup plugins (hashi_vault, aws_ssm, env)")

add("env/decoy-env-example", "booking-portal/.env.example", """APP_NAME="PassPilot Booking"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=passpilot
DB_USERNAME=root
DB_PASSWORD=

STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxx

TWILIO_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_TOKEN=your_auth_token
GOCARDLESS_ACCESS_TOKEN=sandbox_xxxxxxxxxxxxxxxxxxxx
MAILGUN_SECRET=
""", None, "Laravel docs: .env.example with placeholder values")

add("terraform/decoy-sensitive-variables", "infra/variables.tf", """variable "environment" {
  type    = string
  default = "prod"
}

variable "cloudflare_api_token" {
  description = "Cloudflare token with Zone:DNS:Edit; set TF_VAR_cloudflare_api_token in CI"
  type        = string
  sensitive   = true
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

variable "db_password" {
  description = "Only used for the first apply; rotated by Secrets Manager afterwards"
  type        = string
  sensitive   = true
  default     = null
}
""", None, "Terraform docs: input variables, sensitive = true")

add("helm/decoy-secret-template", "charts/booking/templates/secret.yaml", """{{- if not .Values.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking.fullname" . }}
  labels:
    {{- include "booking.labels" . | nindent 4 }}
type: Opaque
data:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | b64enc | quote }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilio.authToken | b64enc | quote }}
  DATABASE_PASSWORD: {{ .Values.database.password | default (randAlphaNum 32) | b64enc | quote }}
{{- end }}
""", None, "Helm docs: template functions (b64enc, required, randAlphaNum)")

add("dockerfile/decoy-buildkit-secret", "booking-portal/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# Nova licence comes in as a BuildKit secret, never baked into a layer
RUN --mount=type=secret,id=composer_auth,target=/app/auth.json \\
    composer install --no-dev --no-scripts --prefer-dist

FROM php:8.3-fpm-alpine
WORKDIR /var/www/html
COPY --from=vendor /app/vendor ./vendor
COPY . .
RUN php artisan config:clear
USER www-data
""", None, "Docker docs: Build secrets (RUN --mount=type=secret)")

add("python/decoy-moto-aws-example", "tests/test_sns_fallback.py", '''import boto3
import pytest
from moto import mock_aws

from notify import sns_fallback


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # AWS documentation example credentials; moto never calls AWS.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")


@mock_aws
def test_send_returns_message_id(monkeypatch):
    monkeypatch.setattr(sns_fallback, "sns", boto3.client("sns", region_name="eu-west-1"))
    assert sns_fallback.send("+447700900123", "test")
''', None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE; moto docs")

add("powershell/decoy-secretmanagement", "scripts/Export-FranchiseInvoices.ps1", """#Requires -Modules Microsoft.PowerShell.SecretManagement, SqlServer
param([datetime]$Month = (Get-Date).AddMonths(-1))

# The SQL credential lives in the SecretStore vault on the finance PC
$cred = Get-Secret -Name 'RingRoadFinanceSql' -Vault 'FinanceStore'
$first = Get-Date -Year $Month.Year -Month $Month.Month -Day 1
$query = "SELECT adi_number, fee_pence FROM franchise_fees WHERE month = '$($first.ToString('yyyy-MM-dd'))'"

Invoke-Sqlcmd -ServerInstance 'finance-sql.office.ringroad.local' -Database 'Franchise' -Credential $cred -Query $query |
    Export-Csv -Path "\\\\fileserver\\finance\\fees-$($first.ToString('yyyy-MM')).csv" -NoTypeInformation
""", None, "Microsoft docs: SecretManagement Get-Secret")

# == Decoys: public keys, certificates, hashes and identifiers =====================================

_k1pub = ed25519_pair("sarah@office-laptop")[1]
add("ssh/decoy-authorized-keys", "it/servers/booking-box/authorized_keys", "\n".join([
    "# deploy keys for booking-app-01 (managed by ansible)",
    ed25519_pair("deploy@gha-runner")[1],
    _k1pub,
    ssh_rsa_pub("mike@MIKE-DESKTOP"),
    'command="/usr/local/bin/backup-only",no-pty,no-port-forwarding ' + ed25519_pair("backup@nas")[1],
]) + "\n", None, "OpenSSH sshd(8) man page: AUTHORIZED_KEYS file format (public keys)")

add("pgp/decoy-public-key-block", "website/.well-known/pgp-key.txt", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: security@passpilot.co.uk\n\n"
    + _wrap(b64(bytes.fromhex("98330465") + raw(600))) + "\n=" + b64(raw(3)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
    None, "RFC 9116 security.txt Encryption field; OpenPGP public key block (RFC 4880)")

add("json/decoy-jwks", "identity/jwks.json", T("""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "@@kid2@@",
      "crv": "P-256",
      "x": "@@x@@",
      "y": "@@y@@"
    }
  ]
}
""", kid1=draw(43, B64URL), n1=b64url(bytes([raw(1)[0] | 0x80]) + raw(255)), kid2=draw(43, B64URL), x=b64url(raw(32)), y=b64url(raw(32))),
    None, "RFC 7517 JSON Web Key Set (public signing keys)")

add("pem/decoy-fullchain", "it/office-nas/certs/fullchain.pem", cert_pem(700) + "\n" + cert_pem(560) + "\n",
    None, "Let's Encrypt docs: fullchain.pem holds public certificates only")

add("json/decoy-package-lock-integrity", "web/package-lock.json", T("""{
  "name": "passpilot-web",
  "version": "2.7.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "passpilot-web",
      "version": "2.7.0",
      "dependencies": {
        "@stripe/stripe-js": "^2.4.0",
        "mapbox-gl": "^3.1.2"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.1.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.1.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64(raw(64)), i2=b64(raw(64))), None, "npm docs: package-lock.json integrity (Subresource Integrity hashes)")

add("gosum/decoy-go-sum", "go.sum", "\n".join(
    f"{mod} {ver}{suffix} h1:{b64(raw(32))}" for mod, ver in [
        ("github.com/jackc/pgx/v5", "v5.5.2"), ("github.com/jackc/pgpassfile", "v1.0.0"),
        ("github.com/kelseyhightower/envconfig", "v1.4.0"), ("golang.org/x/crypto", "v0.18.0")]
    for suffix in ("", "/go.mod")) + "\n", None, "Go modules reference: go.sum (h1: hashes)")

add("python/decoy-temp-password-generator", "instructors/accounts.py", '''"""Creates instructor accounts; the first password is random and must be changed at first login."""
import secrets
import string

from django.contrib.auth.hashers import make_password

ALPHABET = string.ascii_letters + string.digits


def temporary_password(length: int = 14) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def create_instructor(model, email: str, adi_number: str):
    raw = temporary_password()
    user = model.objects.create(
        email=email,
        adi_number=adi_number,
        password=make_password(raw),
        must_change_password=True,
    )
    return user, raw  # raw is emailed once via the welcome template, never stored
''', None, "Python docs: secrets module; Django docs: make_password")

add("sql/decoy-schema-columns", "db/migrations/0007_api_clients.sql", """CREATE TABLE api_clients (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name            TEXT NOT NULL,
    key_prefix      CHAR(8) NOT NULL,
    key_hash        BYTEA NOT NULL,            -- SHA-256 of the issued key; the key itself is never stored
    password_hash   TEXT,                      -- argon2id, for the legacy basic-auth clients
    webhook_secret_ref TEXT,                   -- name of the secret in AWS Secrets Manager
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at      TIMESTAMPTZ
);

CREATE UNIQUE INDEX api_clients_key_prefix ON api_clients (key_prefix);
COMMENT ON COLUMN api_clients.key_prefix IS 'first 8 characters of the key, shown in the admin UI';
""", None, "PostgreSQL docs: CREATE TABLE; storing hashes of API keys")

add("json/decoy-i18n-strings", "src/locales/en-GB/auth.json", """{
  "login": {
    "title": "Sign in to your learner account",
    "email": "Email address",
    "password": "Password",
    "forgotPassword": "Forgotten your password?",
    "submit": "Sign in"
  },
  "reset": {
    "newPassword": "New password",
    "confirmPassword": "Confirm new password",
    "tooShort": "Your password must be at least 10 characters",
    "token_expired": "This reset link has expired. Please request a new one."
  },
  "instructor": {
    "apiKeyLabel": "Your diary API key",
    "apiKeyHelp": "Paste this into your calendar app. Keep it secret."
  }
}
""", None, "i18n resource file (labels mentioning passwords and keys)")

add("html/decoy-analytics-ids", "templates/partials/head_tags.html", T("""<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@', { 'anonymize_ip': true });
</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-@@gtm@@');</script>
<!-- Meta Pixel -->
<script>fbq('init', '@@px@@'); fbq('track', 'PageView');</script>
<!-- Hotjar -->
<script>(function(h){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:@@hj@@,hjsv:6};})(window);</script>
<link rel="stylesheet" href="/static/css/site.@@hash@@.css" integrity="sha384-@@sri@@" crossorigin="anonymous">
""", ga=draw(10, UPPER_DIGITS), gtm=draw(7, UPPER_DIGITS), px=draw(15, string.digits), hj=draw(7, string.digits),
    hash=hexs(8), sri=b64(raw(48))), None, "Google tag / GTM / Meta Pixel / Hotjar install snippets (public ids); SRI hashes")

add("html/decoy-recaptcha-site-key", "templates/partials/enquiry_form.html", T("""<script src="https://www.google.com/recaptcha/api.js?render=@@sk@@"></script>
<form id="enquiry" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="gl_enquiry">
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <label>Name <input name="name" required></label>
  <label>Postcode <input name="postcode" required></label>
  <label>Manual or automatic?
    <select name="transmission"><option>Manual</option><option>Automatic</option></select>
  </label>
  <button type="submit">Book my assessment lesson</button>
</form>
<script>
  document.getElementById('enquiry').addEventListener('submit', function (e) {
    e.preventDefault();
    grecaptcha.ready(() => grecaptcha.execute('@@sk@@', { action: 'enquiry' }).then(token => {
      document.getElementById('g-recaptcha-response').value = token;
      e.target.submit();
    }));
  });
</script>
""", sk="6L" + draw(38, B64URL)), None, "Google reCAPTCHA v3 docs: the site key is used in the HTML served to users")

add("js/decoy-pusher-client-key", "src/diary/liveUpdates.js", T("""import Pusher from "pusher-js";

// App key is public (client side). The app secret is only on the server for signing private channels.
const pusher = new Pusher("@@key@@", {
  cluster: "eu",
  channelAuthorization: { endpoint: "/api/pusher/auth", transport: "ajax" },
});

export function watchDiary(instructorId, onChange) {
  const channel = pusher.subscribe(`private-diary-${instructorId}`);
  channel.bind("lesson.updated", onChange);
  channel.bind("lesson.cancelled", onChange);
  return () => pusher.unsubscribe(`private-diary-${instructorId}`);
}
""", key=hexs(20)), None, "Pusher Channels docs: client key is public, secret stays server-side")

_rows = "\n".join(f'{{"booking_id":"{uuid_s()}","pupil_ref":"P{draw(6, string.digits)}","test_booking_ref":"{draw(8, string.digits)}","centre":"{c}","slot":"2024-03-{d:02d}T{h:02d}:{m:02d}:00Z","instructor_adi":"{draw(6, string.digits)}","status":"{st}"}}'
                  for c, d, h, m, st in [("Kings Heath (Birmingham)", 4, 8, 10, "booked"), ("Coventry", 5, 13, 27, "booked"),
                                         ("Nuneaton", 7, 9, 47, "moved"), ("Wednesbury", 11, 11, 4, "booked"),
                                         ("Kings Heath (Birmingham)", 12, 14, 41, "cancelled"), ("Coventry", 14, 10, 32, "booked")])
add("jsonl/decoy-booking-export-ids", "exports/test-bookings-2024-03.jsonl", _rows + "\n",
    None, "export of booking identifiers (UUIDs and numeric references)")

add("txt/decoy-firmware-sha256sums", "firmware/pedal-sensor/releases/SHA256SUMS", "\n".join(
    f"{hexs(64)}  pedal-sensor-{v}-{b}.bin" for v in ("1.4.0", "1.4.1", "1.4.2") for b in ("revA", "revB")) + "\n",
    None, "GNU coreutils sha256sum output format")

add("json/decoy-renovate-encrypted", "renovate.json", T("""{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":semanticCommits"],
  "timezone": "Europe/London",
  "schedule": ["before 7am on monday"],
  "hostRules": [
    {
      "matchHost": "npm.pkg.github.com",
      "hostType": "npm",
      "encrypted": {
        "token": "@@enc@@"
      }
    }
  ],
  "packageRules": [
    { "matchUpdateTypes": ["minor", "patch"], "automerge": true }
  ]
}
""", enc="wcFMA" + draw(360, B64) + "=="), None, "Renovate docs: encrypted secrets (PGP-encrypted with the app's public key)")

add("gitlab-ci/decoy-masked-variables", "ci/deploy.gitlab-ci.yml", """deploy:production:
  stage: deploy
  image: alpine:3.19
  environment:
    name: production
    url: https://book.kerbcraft.co.uk
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
    - mkdir -p ~/.ssh && echo "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts
  script:
    - rsync -az --delete build/ deploy@app01.kerbcraft.co.uk:/srv/booking/current/
    - ssh deploy@app01.kerbcraft.co.uk "sudo systemctl restart booking"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
      when: manual
""", None, "GitLab docs: CI/CD variables (masked, protected) and SSH keys with ssh-agent")

add("k8s/decoy-configmap", "deploy/k8s/booking-api-config.yaml", T("""apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: bookings
data:
  APP_ENV: production
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  TWILIO_MESSAGING_SERVICE_SID: @@mg@@
  SENTRY_RELEASE: booking-api@2024.03.2
  DIARY_WEEKS_AHEAD: "12"
  FEATURE_TEST_SLOT_ALERTS: "true"
  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317
""", pk=stripe_pk(), mg=twilio_sid("MG")), None, "Kubernetes docs: ConfigMap for non-confidential data (publishable key, SIDs)")

add("azure-pipelines/decoy-variable-group", "azure-pipelines.yml", """trigger:
  branches:
    include: [main]

variables:
  - group: ringroad-prod-secrets   # linked to Key Vault kv-ringroad-prod
  - name: buildConfiguration
    value: Release

pool:
  vmImage: windows-latest

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: InstructorPortal/InstructorPortal.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: ringroad-prod
      ServerName: ringroad-sql.database.windows.net
      DatabaseName: Bookings
      SqlUsername: $(SqlAdminUser)
      SqlPassword: $(SqlAdminPassword)
      DacpacFile: $(Build.ArtifactStagingDirectory)/Bookings.dacpac
""", None, "Azure Pipelines docs: variable groups linked to Key Vault, $(var) macro syntax")

add("log/decoy-stripe-signature-header", "docs/debugging/webhook-request-sample.txt", T("""POST /webhooks/stripe HTTP/1.1
Host: api.passpilot.co.uk
User-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)
Content-Type: application/json; charset=utf-8
Stripe-Signature: t=1709913600,v1=@@v1@@,v0=@@v0@@

{"id":"evt_1@@evt@@","object":"event","type":"checkout.session.completed","livemode":false}
""", v1=hexs(64), v0=hexs(64), evt=draw(23)), None, "Stripe docs: Stripe-Signature header (an HMAC signature, not the secret)")

add("env/decoy-env-testing", "booking-portal/.env.testing", """APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
APP_DEBUG=true
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
CACHE_DRIVER=array
QUEUE_CONNECTION=sync
SESSION_DRIVER=array
MAIL_MAILER=array
STRIPE_SECRET=sk_test_fake
TWILIO_TOKEN=fake-token-for-tests
""", None, "Laravel docs: testing environment (.env.testing) with dummy values")

add("md/decoy-changelog-shas", "CHANGELOG.md", T("""# Changelog

## 2024.03.2
- Fix double-booking when two pupils take the last slot at once (@@c1@@)
- Test slot alerts: respect quiet hours 21:00-08:00 (@@c2@@)

## 2024.03.1
- Stripe API version bumped to 2023-10-16 (@@c3@@)
- Instructor app: dual-brake events on the lesson timeline (@@c4@@)

## 2024.02.4
- Rotate Twilio credentials to SSM; removed token from settings (@@c5@@)
- Docker base image pinned to node:20.11.1-alpine@sha256:@@img@@
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40), img=hexs(64)), None,
    "changelog with git commit SHAs and an image digest")

add("js/decoy-worldpay-client-key", "static/js/voucher-checkout.js", T("""/* Worldpay.js: the client key is meant for the browser (it can only tokenise cards). */
Worldpay.useTemplateForm({
  clientKey: "L_C_@@ck@@",
  form: "voucherForm",
  paymentSection: "paymentSection",
  display: "inline",
  reusable: false,
  callback: function (obj) {
    if (obj && obj.token) {
      document.getElementById("wp-token").value = obj.token;
      document.getElementById("voucherForm").submit();
    }
  }
});
""", ck=uuid_s()), None, "Worldpay Online docs: client key (L_C_) used in Worldpay.js")

add("env/decoy-next-public", "learner-web/.env.production", T("""# Public values only: everything here ends up in the browser bundle.
NEXT_PUBLIC_SITE_URL=https://www.learnerlane.co.uk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
NEXT_PUBLIC_POSTHOG_KEY=phc_@@ph@@
NEXT_PUBLIC_POSTHOG_HOST=https://eu.posthog.com
NEXT_PUBLIC_GA_ID=G-@@ga@@
""", pk=stripe_pk(), mb=mapbox_token("pk", "learnerlane"), ph=draw(43), ga=draw(10, UPPER_DIGITS)), None,
    "Next.js docs: NEXT_PUBLIC_ variables are inlined into client code; Stripe/Mapbox/PostHog public keys")



assert SEED_LO <= _SEED[0] <= SEED_HI
assert len({case.file_name for case in CASES}) == len(CASES)
