"""Blind set OB: a Maldives dive resort's bookings and dive-log app and a seaplane-transfer dispatcher.

The resort (Kandu Thila Dive Resort, South Ari: guest bookings, dive-log app, gear rental, boat
schedules, spa, channel manager) and the seaplane-transfer dispatcher (Velaa Air Transfers, Malé
Velana: flight board, manifests, weather, arrival desk, WhatsApp to guests), with notes and comments
partly in Dhivehi (Thaana script and Latin transliteration) and English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8730000-8739999).
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
SEED_LO, SEED_HI = 8730000, 8739999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Manta", "Nika", "Kandu", "Falhu", "Dhoani", "Thila", "Giri", "Vaali", "Bodu", "Rasdhoo",
         "Hanifaru", "Miyaru", "Velaa", "Kalhu", "Fehi", "Raabu", "Huvadhoo", "Maakandu", "Fushi", "Kurumba"]


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


def teams_webhook() -> str:
    return (f"https://kanduthila.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_key() -> str:
    return "SK" + hexs(32)


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


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


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
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


def fb_token() -> str:
    return "EAA" + mixed(180)


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-ob/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- resort: bookings web app

add("python/stripe-live", "resort/bookings/payments/stripe_gateway.py", "https://docs.stripe.com/keys", r'''
"""Guest deposits for dive packages. ޑިޕޮޒިޓް ނެގުން (deposit negun)."""
import stripe

# vaguthee - move to .env after high season, Ahmed
stripe.api_key = "@@s@@"


def charge_deposit(booking):
    return stripe.PaymentIntent.create(
        amount=int(booking.deposit_usd * 100),
        currency="usd",
        metadata={"booking": booking.ref, "island": "Kandu Thila"},
    )
''', stripe())

add("env/database-url", "resort/bookings/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", r'''
# Kandu Thila bookings - production
DJANGO_SETTINGS_MODULE=bookings.settings.prod
ALLOWED_HOSTS=book.kanduthila.mv,admin.kanduthila.mv
DATABASE_URL=postgres://bookings_app:@@s@@@db-01.internal.kanduthila.mv:5432/bookings
TIME_ZONE=Indian/Maldives
DEFAULT_CURRENCY=USD
''', words_pw())

add("python/django-secret-key", "resort/bookings/bookings/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
# ސިއްރު ކީ - git ah nulaan! (don't put in git) ... too late
SECRET_KEY = '@@s@@'

ALLOWED_HOSTS = ["book.kanduthila.mv"]
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("dv", "ދިވެހި"), ("ru", "Русский"), ("it", "Italiano")]
CSRF_TRUSTED_ORIGINS = ["https://book.kanduthila.mv"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-lookup", "resort/bookings/bookings/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# ހުރިހާ ސިއްރެއް env ން - all secrets from environment
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD")
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "bookings",
                         "USER": os.getenv("DB_USER", "bookings_app"),
                         "PASSWORD": os.getenv("DB_PASSWORD"), "HOST": os.getenv("DB_HOST", "localhost")}}
TIME_ZONE = "Indian/Maldives"
USE_TZ = True
''')

add("js/decoy-stripe-publishable", "resort/bookings/frontend/src/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Checkout widget on book.kanduthila.mv
// publishable key - public, browser eku beynun kuraa (used in browser)
import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("@@pk@@");

export async function startCheckout(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
''', pk=mixed(99, "pk_live_"))

add("php/smtp-password", "resort/website/wp-content/mu-plugins/smtp-mailer.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", r'''
<?php
/**
 * Plugin Name: Kandu Thila SMTP
 * Booking confirmations from reservations@kanduthila.mv
 */
add_action( 'phpmailer_init', function ( $phpmailer ) {
    $phpmailer->isSMTP();
    $phpmailer->Host       = 'smtp.office365.com';
    $phpmailer->SMTPAuth   = true;
    $phpmailer->Port       = 587;
    $phpmailer->Username   = 'reservations@kanduthila.mv';
    $phpmailer->Password   = '@@s@@'; // IT (Shifau) ge password, badhalu nukuraathi
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->From       = 'reservations@kanduthila.mv';
    $phpmailer->FromName   = 'Kandu Thila Reservations';
} );
''', words_pw())

add("php/decoy-wp-salts-placeholder", "resort/website/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
// ** Database settings - ބޭނުންކުރާ ސާވަރ ގެ މަޢުލޫމާތު ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'kt_';
define( 'WP_DEBUG', false );
''')

add("yaml/channel-manager-key", "resort/bookings/config/channel_manager.yml", "https://www.siteminder.com/developers/", r'''
# Channel manager (OTA sync: Booking.com, Expedia, Agoda)
siteminder:
  hotel_code: KTDR-ARI-01
  endpoint: https://api.siteminder.com/pmsxchangev2/services/KTDR
  username: kanduthila_pms
  password: "@@s@@"
  push_rates: true
  # ރޫމް ރޭޓް ބަދަލުކުރާނަމަ ފުރަތަމަ މިތަނުން
  room_types:
    BEACH_VILLA: BV
    WATER_VILLA: WV
    SUNSET_WATER_VILLA: SWV
''', mixed(24))

add("json/decoy-booking-fixture", "resort/bookings/tests/fixtures/booking_sample.json", "https://docs.djangoproject.com/en/5.0/howto/initial-data/", r'''
{
  "booking_ref": "KT-2026-04817",
  "guest": {"name": "Test Guest", "email": "guest@example.com", "nationality": "DE"},
  "arrival": "2026-03-14",
  "departure": "2026-03-24",
  "villa": "WV-12",
  "dive_package": "10-dive",
  "transfer": {"type": "seaplane", "carrier_ref": "VAT-7731"},
  "payment_intent": "pi_3Qx@@pi@@",
  "idempotency_key": "@@u@@",
  "card_last4": "4242",
  "notes": "fixture only - no real card, test mode"
}
''', pi=rnd(20), u=uuid_s())

add("ts/sendgrid-key", "resort/bookings/frontend/server/mail.ts", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
import sgMail from "@sendgrid/mail";

// TODO Aishath: env var ah gendevunu? for now hardcoded so staging works
sgMail.setApiKey("@@s@@");

export async function sendConfirmation(to: string, bookingRef: string) {
  await sgMail.send({
    to,
    from: "reservations@kanduthila.mv",
    templateId: "d-4f1e8c2a9b7d4e6f8a1b2c3d4e5f6a7b",
    dynamicTemplateData: { bookingRef },
  });
}
''', sendgrid())

add("ts/decoy-sendgrid-template-id", "resort/bookings/frontend/server/templates.ts", "https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates", r'''
// SendGrid dynamic template ids (not secret - just ids)
export const TEMPLATES = {
  bookingConfirmed: "d-@@a@@",
  diveCertReminder: "d-@@b@@",
  seaplaneTimeChanged: "d-@@c@@",
  // ދިވެހި ޓެމްޕްލޭޓް - staff only
  staffRoster: "d-@@d@@",
} as const;
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32))

add("yaml/k8s-secret-b64", "resort/deploy/k8s/bookings-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: bookings-db
  namespace: kanduthila
  labels:
    app: bookings
type: Opaque
data:
  DB_USER: Ym9va2luZ3NfYXBw
  DB_PASSWORD: @@b@@
  DB_HOST: ZGItMDEuaW50ZXJuYWwua2FuZHV0aGlsYS5tdg==
''', secret=(_pw := words_pw()), b=b64(_pw))

add("yaml/decoy-sealed-secret", "resort/deploy/k8s/bookings-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
# kubeseal --format yaml < bookings-secret.yaml > bookings-sealed.yaml
# mi file git ah laafaane - encrypted (ސިއްރު ނޫން)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bookings-db
  namespace: kanduthila
spec:
  encryptedData:
    DB_PASSWORD: AgB@@e1@@
    DB_USER: AgC@@e2@@
  template:
    metadata:
      name: bookings-db
      namespace: kanduthila
''', e1=rnd(340, ALNUM + "+/"), e2=rnd(330, ALNUM + "+/"))

add("yaml/decoy-external-secret", "resort/deploy/k8s/stripe-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe-keys
  namespace: kanduthila
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: stripe-keys
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/kanduthila/stripe
        property: secret_key
''')

add("dockerfile/build-arg-token", "resort/bookings/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine AS frontend
WORKDIR /app/frontend
COPY frontend/package*.json ./
# private @kanduthila/ui package - token mi ethere (temporary)
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc && npm ci && rm .npmrc
COPY frontend/ .
RUN npm run build

FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
COPY --from=frontend /app/frontend/dist ./static/
CMD ["gunicorn", "bookings.wsgi", "-b", "0.0.0.0:8000"]
''', npm_tok())

add("dockerfile/decoy-secret-mount", "resort/divelog-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /srv
COPY package.json package-lock.json ./
# npm token - BuildKit secret, image eku nulaanee
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY src ./src
ENV NODE_ENV=production
USER node
CMD ["node", "src/server.js"]
''')

add("compose/postgres-password", "resort/bookings/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bookings
      POSTGRES_USER: bookings_app
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    env_file: .env
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  pgdata:
''', words_pw())

add("compose/decoy-env-interp", "resort/divelog-api/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r'''
services:
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: ${MONGO_ROOT_USER:-root}
      MONGO_INITDB_ROOT_PASSWORD: ${MONGO_ROOT_PASSWORD:?set it in .env (ސިއްރު)}
  api:
    build: .
    environment:
      MONGO_URL: mongodb://${MONGO_ROOT_USER}:${MONGO_ROOT_PASSWORD}@mongo:27017/divelog?authSource=admin
      JWT_SECRET: ${JWT_SECRET}
    ports: ["3000:3000"]
''')

# ---------------------------------------------------------------- resort: dive-log app

add("js/mongodb-srv", "resort/divelog-api/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
const { MongoClient } = require("mongodb");

// Atlas cluster - dive logs, certs, gear rental
// Ibrahim: mi uri Atlas ge dashboard in copy kuri, password ge ethere
const uri = "mongodb+srv://divelog:@@s@@@kt-divelog.x7q2m.mongodb.net/divelog?retryWrites=true&w=majority";

const client = new MongoClient(uri);

async function logs() {
  await client.connect();
  return client.db("divelog").collection("dives");
}

module.exports = { logs };
''', mixed(16))

add("js/jwt-secret", "resort/divelog-api/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
const jwt = require("jsonwebtoken");

// ޑައިވަރުންގެ އެޕް ލޮގިން (diver app login)
const JWT_SECRET = process.env.JWT_SECRET || "@@s@@";

function issue(diver) {
  return jwt.sign({ sub: diver.id, cert: diver.certLevel }, JWT_SECRET, { expiresIn: "30d" });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
''', rnd(48, ALNUM + "_-"))

add("json/decoy-dive-sites", "resort/divelog-app/assets/data/dive_sites.json", "https://geojson.org/", r'''
{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "id": "site-@@a@@",
     "properties": {"name": "Maaya Thila", "dv": "މާޔާ ތިލަ", "max_depth_m": 30, "current": "strong"},
     "geometry": {"type": "Point", "coordinates": [72.8562, 4.0891]}},
    {"type": "Feature", "id": "site-@@b@@",
     "properties": {"name": "Kuda Rah Thila", "dv": "ކުޑަރަށު ތިލަ", "max_depth_m": 28, "current": "medium"},
     "geometry": {"type": "Point", "coordinates": [72.9701, 3.6014]}},
    {"type": "Feature", "id": "site-@@c@@",
     "properties": {"name": "Broken Rock", "dv": "ބްރޯކަން ރޮކް", "max_depth_m": 22, "current": "medium"},
     "geometry": {"type": "Point", "coordinates": [72.9403, 3.7012]}}
  ]
}
''', a=hexs(24), b=hexs(24), c=hexs(24))

add("plist/decoy-google-client-id", "resort/divelog-app/ios/Runner/Info.plist", "https://developers.google.com/identity/sign-in/ios/start-integrating", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Kandu Thila Dive Log</string>
	<key>GIDClientID</key>
	<string>@@n@@-@@c@@.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array><string>com.googleusercontent.apps.@@n@@-@@c@@</string></array>
		</dict>
	</array>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Dive site location for your log / ޑައިވް ސައިޓް</string>
</dict>
</plist>
''', n=str(_rng().randint(10**11, 10**12)), c=rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("gradle/keystore-password", "resort/divelog-app/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# Play store upload key - Hassan ge laptop ge backup
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=upload
storeFile=/Users/hassan/keys/kanduthila-upload.jks
''', words_pw())

add("dart/decoy-dart-define", "resort/divelog-app/lib/config/env.dart", "https://dart.dev/guides/environment-declarations", r'''
/// Build-time config: flutter build apk --dart-define=API_KEY=...
/// ސިއްރުތައް ކޯޑުގައި ނުލާށެވެ - no secrets in code
class Env {
  static const apiBase = String.fromEnvironment('API_BASE',
      defaultValue: 'https://divelog-api.kanduthila.mv');
  static const apiKey = String.fromEnvironment('API_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const mapStyle = 'mapbox://styles/kanduthila/clx0reef000';
}
''')

add("dart/mapbox-secret", "resort/divelog-app/lib/services/offline_maps.dart", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
import 'package:http/http.dart' as http;

// Offline tiles download for boats (no signal at Maaya Thila)
// sk token - downloads:read scope. dhoani ge tablet eku beynun kuraa
const _mapboxToken = '@@s@@';

Future<http.Response> fetchTilePack(String packId) {
  final uri = Uri.parse(
      'https://api.mapbox.com/tilesets/v1/kanduthila.$packId?access_token=$_mapboxToken');
  return http.get(uri);
}
''', "sk.eyJ1Ijoia2FuZHV0aGlsYSIsImEiOiJ" + mixed(20) + "In0." + rnd(22, ALNUM + "-_"))

add("dart/decoy-mapbox-public", "resort/divelog-app/lib/services/map_view.dart", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r'''
import 'package:mapbox_maps_flutter/mapbox_maps_flutter.dart';

// public token (pk.) - URL restricted to app bundle. ސިއްރެއް ނޫން
const _publicToken =
    'pk.eyJ1Ijoia2FuZHV0aGlsYSIsImEiOiJ@@a@@In0.@@b@@';

void setupMap() {
  MapboxOptions.setAccessToken(_publicToken);
}
''', a=mixed(20), b=rnd(22, ALNUM + "-_"))

add("kotlin/firebase-server-key", "resort/divelog-app/android/app/src/main/kotlin/mv/kanduthila/divelog/PushDebug.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package mv.kanduthila.divelog

// DEBUG ONLY - test push to own phone. release build eku mi class nulaanee
// (legacy FCM server key, vaguthee)
object PushDebug {
    const val SERVER_KEY =
        "@@s@@"
    const val TOPIC = "/topics/boat-schedule"
}
''', "AAAA" + rnd(7, ALNUM + "-_") + ":APA91b" + rnd(134, ALNUM + "-_"))

add("json/gcp-service-account", "resort/divelog-api/keys/firebase-adminsdk.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "kt-divelog",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x2m9q@kt-divelog.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x2m9q%40kt-divelog.iam.gserviceaccount.com"
}
''', secret=(_k := fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ")
                .replace("\n", "\\n")),
    kid=hexs(40), pk=_k + "\\n", cid=str(_rng().randint(10**20, 10**21)))

add("swift/decoy-keychain", "resort/divelog-app/ios/Runner/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Security
import Foundation

/// Diver session token lives in Keychain only. ސިއްރު ކީޗެއިން ގައި
enum TokenStore {
    static let service = "mv.kanduthila.divelog.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
''')

add("py/decoy-dive-computer-hash", "resort/divelog-api/tools/import_shearwater.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Import Shearwater / Suunto exports into dive log. Duplicate check by file hash."""
import hashlib
import json

KNOWN_EXPORTS = {
    # sha256 of already-imported files (Mariyam ge Perdix, boat 2 Teric)
    "@@a@@": "perdix-2026-01.xml",
    "@@b@@": "teric-boat2-2026-01.xml",
}


def already_imported(path):
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return digest in KNOWN_EXPORTS
''', a=hexs(64), b=hexs(64))

add("csv/gear-rental-pos-password", "resort/divecenter/notes/pos_tablets.csv", "https://www.lightspeedhq.com/pos/retail/", r'''
device,location,staff_login,pin_or_password,notes
tab-01,dive center front desk,frontdesk,@@s@@,shared login - mi badhalu kuraanee March ga
tab-02,boat Raabu 1,boat1,see Moosa,PIN only
tab-03,spa,spa,see spa manager,
tab-04,jetty,jetty,see Moosa,offline mostly
''', words_pw())

add("md/decoy-runbook-vault", "resort/divecenter/RUNBOOK.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
# Dive center systems runbook

## Nitrox analyser tablet
Login is in Vault: `vault kv get -field=password kv/divecenter/nitrox-tablet`.
ޕާސްވޯޑު ހޯދަން ވޯލްޓް ބޭނުންކުރޭ (use Vault for passwords).

## Compressor log
The Bauer logbook PDF goes to `\\fs01\divecenter\compressor\YYYY-MM.pdf`.

## Emergency
DAN hotline and Bandos hyperbaric chamber numbers are on the wall card, not here.
Rotate any shared password that is posted in WhatsApp: tell Shifau (IT).
''')

add("ini/wifi-radius-secret", "resort/it/freeradius/clients.conf", "https://www.freeradius.org/documentation/freeradius-server/3.2.4/raddb/clients.conf.html", r'''
# Guest Wi-Fi controllers (UniFi) -> FreeRADIUS on it-01
client unifi-ctrl {
    ipaddr = 10.20.0.5
    secret = @@s@@
    shortname = unifi
    nas_type = other
}

# villa APs ehen VLAN - same secret (Shifau, 2026-02)
client villas-vlan {
    ipaddr = 10.20.40.0/24
    secret = @@s@@
}
''', mixed(22))

add("sh/mikrotik-export-password", "resort/it/backup/mikrotik-jetty.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", r'''
# 2026-02-03 11:42:08 by RouterOS 7.14
# model = RB4011iGS+
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff-jetty \
    wpa2-pre-shared-key=@@s@@
/ip address
add address=10.20.60.1/24 interface=bridge-jetty network=10.20.60.0
/system identity
set name=jetty-ap
''', words_pw())

add("txt/decoy-guest-wifi-card", "resort/frontoffice/print/welcome_card_wifi.txt", "https://www.ui.com/", r'''
Welcome to Kandu Thila / މަރުޙަބާ
-----------------------------------
Wi-Fi network: KanduThila-Guest
Your personal access code is printed on your key card envelope.
Codes are valid for your stay only.

Dive center opens 07:30, house reef briefing 09:00 daily.
Seaplane departure times: ask the front desk the evening before.
''')

add("yaml/github-actions-aws-keys", "resort/bookings/.github/workflows/deploy.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_DEFAULT_REGION: ap-south-1
      AWS_ACCESS_KEY_ID: @@kid@@
      # TODO secrets ah hingaalanee (move to repo secrets) - Ahmed
      AWS_SECRET_ACCESS_KEY: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync static/ s3://kanduthila-bookings-static/ --delete
      - run: aws cloudfront create-invalidation --distribution-id E2K7Q1LX9RZ3AB --paths "/*"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-gha-secrets", "resort/divelog-api/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      mongo:
        image: mongo:7
        ports: ["27017:27017"]
    env:
      MONGO_URL: mongodb://localhost:27017/divelog_test
      JWT_SECRET: ${{ secrets.JWT_SECRET_TEST }}
      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm test
''')

add("tf/decoy-aws-profile", "resort/infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration", r'''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "kanduthila-tfstate"
    key    = "resort/terraform.tfstate"
    region = "ap-south-1"
  }
}

# credentials ~/.aws/credentials ge "kanduthila" profile in
provider "aws" {
  region  = "ap-south-1"
  profile = "kanduthila"
}
''')

add("tf/rds-password", "resort/infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r'''
resource "aws_db_instance" "bookings" {
  identifier          = "kt-bookings"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  db_name             = "bookings"
  username            = "ktadmin"
  password            = "@@s@@" # ފަހުން random_password ah badhalu kuraanan
  skip_final_snapshot = false
  backup_retention_period = 14
}
''', words_pw())

add("tfvars/decoy-arn-refs", "resort/infra/terraform/prod.tfvars", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html", r'''
environment          = "prod"
vpc_cidr             = "10.40.0.0/16"
db_password_secret   = "arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:prod/kanduthila/db-AbC123"
stripe_secret_arn    = "arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:prod/kanduthila/stripe-Xy9Q1z"
kms_key_id           = "arn:aws:kms:ap-south-1:@@acct@@:key/@@u@@"
acm_certificate_arn  = "arn:aws:acm:us-east-1:@@acct@@:certificate/@@u2@@"
''', acct=str(_rng().randint(10**11, 10**12 - 1)), u=uuid_s(), u2=uuid_s())

add("ini/aws-credentials", "resort/it/laptops/shifau/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-south-1

[kanduthila]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@

[kanduthila-readonly]
role_arn = arn:aws:iam::418276550913:role/ReadOnly
source_profile = kanduthila
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("md/decoy-aws-docs-example", "resort/infra/README.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
# Resort infrastructure (Terraform)

Set up a profile first (AWS docs example values shown, not ours):

```
$ aws configure --profile kanduthila
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-south-1
```

Real keys: ask Shifau. ތިމާގެ ކީ ގިޓަށް ނުލާށެވެ.

Then `terraform init && terraform plan -var-file=prod.tfvars`.
''')

add("yaml/decoy-ansible-vault", "resort/it/ansible/group_vars/pos/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("yaml/ansible-plain-password", "resort/it/ansible/group_vars/pos/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
# POS terminals (restaurant Fehi, bar Raabu, dive center)
pos_timezone: Indian/Maldives
pos_server: pos-01.internal.kanduthila.mv
pos_db_user: micros
# vault ah nuhingaa - Ansible vault password hama nudhenee mi ethi inme (temporary)
pos_db_password: "@@s@@"
pos_printers:
  - { name: kitchen, ip: 10.20.30.21 }
  - { name: bar, ip: 10.20.30.22 }
''', words_pw())

add("yaml/decoy-vault-lookup", "resort/it/ansible/group_vars/wifi/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r'''
---
radius_server: 10.20.0.10
radius_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/it/radius:secret') }}"
unifi_admin_password: "{{ vault_unifi_admin_password }}"
guest_ssid: KanduThila-Guest
staff_ssid: KT-Staff
# ސިއްރުތައް ހުރީ ވޯލްޓްގައި
''')

add("sh/bash-history-mysql", "resort/it/laptops/moosa/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
cd ~/divecenter
ls -la exports/
mysqldump -u diveshop -p'@@s@@' -h 10.20.0.15 diveshop > diveshop-2026-02-10.sql
gzip diveshop-2026-02-10.sql
scp diveshop-2026-02-10.sql.gz moosa@fs01:/backup/divecenter/
history | tail
exit
''', words_pw())

add("sh/decoy-history-prompt", "resort/it/laptops/aishath/.zsh_history", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
: 1707456000:0;cd ~/code/bookings
: 1707456012:0;git pull
: 1707456040:0;psql -h db-01.internal.kanduthila.mv -U bookings_app -W bookings
: 1707456300:0;export PGPASSFILE=~/.pgpass
: 1707456322:0;chmod 600 ~/.pgpass
: 1707456400:0;python manage.py migrate --settings=bookings.settings.prod
: 1707456500:0;aws secretsmanager get-secret-value --secret-id prod/kanduthila/db --query SecretString
''')

add("txt/notes-dhivehi-wifi-admin", "resort/it/notes/ނޯޓް-2026-02.txt", "https://help.ui.com/hc/en-us/articles/204909374", r'''
ޝިފާއު - ނޯޓު  2026-02-14
=========================
UniFi controller ގެ އެޑްމިން:
  url: https://unifi.internal.kanduthila.mv:8443
  user: ktadmin
  ޕާސްވޯޑް: @@s@@
  (މިއަދު ބަދަލުކުރި. އެހެން މީހަކަށް ނުދޭށެވެ)

މާދަމާ ކުރަން:
- villa 30-44 AP firmware
- jetty AP ge lightning arrestor
''', words_pw())

add("txt/decoy-notes-rotated", "resort/it/notes/ނޯޓް-2026-01.txt", "https://help.ui.com/hc/en-us/articles/204909374", r'''
ޝިފާއު - ނޯޓު  2026-01-20
=========================
- UniFi އެޑްމިން ޕާސްވޯޑް ބަދަލުކުރީ (old one revoked, the new one is in Bitwarden "IT / UniFi")
- Guest portal voucher printer fixed
- Seaplane lounge TV: HDMI cable badhalu kuranjehey
- Micros POS license renews 2026-06-30
ޕާސްވޯޑު މިތާ ނުލިޔޭ!
''')

add("json/vscode-sftp-password", "resort/website/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "kanduthila.mv (cPanel)",
    "host": "ftp.kanduthila.mv",
    "protocol": "sftp",
    "port": 22,
    "username": "kanduthi",
    "password": "@@s@@",
    "remotePath": "/home/kanduthi/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("json/decoy-vscode-settings", "resort/bookings/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "python.defaultInterpreterPath": ".venv/bin/python",
    "editor.formatOnSave": true,
    "files.exclude": {"**/__pycache__": true},
    "sqltools.connections": [
        {
            "name": "bookings (local)",
            "driver": "PostgreSQL",
            "server": "localhost",
            "port": 5432,
            "database": "bookings",
            "username": "bookings_app",
            "askForPassword": true
        }
    ],
    "cSpell.words": ["Maaya", "thila", "dhoani", "Velana", "kandu"]
}
''')

add("py/opera-pms-oauth", "resort/integrations/opera/client.py", "https://docs.oracle.com/en/industries/hospitality/integration-platform/ohipu/", r'''
"""OPERA Cloud (OHIP) sync - reservations -> dive center guest list."""
import requests

OHIP_HOST = "https://kt-ohip.hospitality-api.ap-mumbai-1.ocs.oraclecloud.com"
CLIENT_ID = "KANDUTHILA_Client"
CLIENT_SECRET = "@@s@@"  # ohip portal in, Shifau 2026-01
APP_KEY = "@@u@@"


def token():
    r = requests.post(f"{OHIP_HOST}/oauth/v1/tokens",
                      data={"grant_type": "client_credentials", "scope": "urn:opc:hgbu:ws:__myscopes__"},
                      auth=(CLIENT_ID, CLIENT_SECRET), headers={"x-app-key": APP_KEY})
    r.raise_for_status()
    return r.json()["access_token"]
''', mixed(32, "sec-"), u=uuid_s())

add("py/decoy-pms-keyring", "resort/integrations/micros/sync.py", "https://pypi.org/project/keyring/", r'''
"""Micros POS -> OPERA folio postings. Password from the OS keyring (ސިއްރު ކީރިންގް)."""
import keyring
import pyodbc

SERVICE = "kanduthila-micros"


def connect():
    password = keyring.get_password(SERVICE, "micros")
    if not password:
        raise SystemExit("run: keyring set kanduthila-micros micros")
    return pyodbc.connect(
        "DRIVER={ODBC Driver 18 for SQL Server};SERVER=pos-01;DATABASE=MCRSPOS;"
        f"UID=micros;PWD={password};TrustServerCertificate=yes")
''')

add("cs/mssql-connection-string", "resort/integrations/spa/SpaBooking/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "SpaDb": "Server=spa-01\\SQLEXPRESS;Database=SpaBooking;User Id=spa_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Spa": {
    "OpeningHour": 9,
    "ClosingHour": 21,
    "Therapists": ["Aminath", "Nadia", "Wan"]
  }
}
''', words_pw())

add("cs/decoy-user-secrets-id", "resort/integrations/spa/SpaBooking/SpaBooking.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- dotnet user-secrets: keys live outside the repo -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.2" />
  </ItemGroup>
</Project>
''', u=uuid_s())

add("yaml/decoy-docker-digest", "resort/deploy/k8s/divelog-deploy.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: divelog-api
  namespace: kanduthila
spec:
  replicas: 2
  selector: { matchLabels: { app: divelog-api } }
  template:
    metadata: { labels: { app: divelog-api } }
    spec:
      containers:
        - name: api
          image: ghcr.io/kanduthila/divelog-api@sha256:@@d@@
          envFrom:
            - secretRef: { name: divelog-env }
          ports: [{ containerPort: 3000 }]
''', d=hexs(64))

add("yaml/ghcr-dockerconfigjson", "resort/deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: kanduthila
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {"auths":{"ghcr.io":{"username":"kt-deploy","password":"@@s@@"}}}
''', fakes.github_token(_seed()))


# ---------------------------------------------------------------- seaplane dispatcher: flight board

add("py/flightaware-key", "seaplane/dispatch/feeds/aeroapi.py", "https://www.flightaware.com/aeroapi/portal/documentation", r'''
"""AeroAPI - inbound international arrivals at MLE, to match guests with seaplane slots."""
import requests

AEROAPI = "https://aeroapi.flightaware.com/aeroapi"
HEADERS = {"x-apikey": "@@s@@"}  # Velaa Air ops account


def arrivals(airport="VRMM"):
    r = requests.get(f"{AEROAPI}/airports/{airport}/flights/scheduled_arrivals",
                     headers=HEADERS, params={"max_pages": 2}, timeout=20)
    r.raise_for_status()
    return r.json()["scheduled_arrivals"]
''', mixed(32))

add("py/openweather-appid", "seaplane/dispatch/feeds/weather.py", "https://openweathermap.org/appid", r'''
# ވައި (wind) and visibility check for Twin Otter ops
import requests

OWM_KEY = "@@s@@"
ATOLLS = {"South Ari": (3.48, 72.83), "Baa": (5.12, 73.06), "Lhaviyani": (5.33, 73.55)}


def conditions(atoll):
    lat, lon = ATOLLS[atoll]
    r = requests.get("https://api.openweathermap.org/data/2.5/weather",
                     params={"lat": lat, "lon": lon, "appid": OWM_KEY, "units": "metric"})
    return r.json()
''', hexs(32))

add("py/decoy-metar-parse", "seaplane/dispatch/feeds/metar.py", "https://aviationweather.gov/data/api/", r'''
"""METAR for VRMM (Velana). Public data, no key needed. ވައިގެ ހާލަތު"""
import requests

URL = "https://aviationweather.gov/api/data/metar"


def latest(station="VRMM"):
    r = requests.get(URL, params={"ids": station, "format": "json"}, timeout=10)
    r.raise_for_status()
    return r.json()[0]


# sample, for tests:
SAMPLE = "VRMM 140900Z 27012KT 9999 FEW018 SCT120 30/25 Q1009 NOSIG"
''')

add("env/dispatcher-env", "seaplane/dispatch/.env", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# Velaa Air Transfers - dispatch board
FLASK_ENV=production
DATABASE_URL=postgresql://dispatch@localhost/dispatch
WHATSAPP_PHONE_NUMBER_ID=@@pn@@
WHATSAPP_TOKEN=@@s@@
WHATSAPP_TEMPLATE_LANG=en
OPS_TZ=Indian/Maldives
''', fb_token(), pn=str(_rng().randint(10**14, 10**15)))

add("env/decoy-env-example", "seaplane/dispatch/.env.example", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# copy to .env and fill in. ސިއްރުތައް .env ގައި ބަހައްޓާ (never commit .env)
FLASK_ENV=development
DATABASE_URL=postgresql://dispatch:dispatch@localhost/dispatch
WHATSAPP_PHONE_NUMBER_ID=
WHATSAPP_TOKEN=<paste from Meta Business > WhatsApp > API Setup>
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
OPS_TZ=Indian/Maldives
''')

add("py/twilio-auth-token", "seaplane/dispatch/notify/sms.py", "https://www.twilio.com/docs/iam/api/authtoken", r'''
"""SMS to guests without WhatsApp: seaplane pickup time changes."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+9607001234"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def pickup_changed(phone, new_time, flight_no):
    body = (f"Velaa Air: your seaplane {flight_no} now departs {new_time}. "
            "Please be at the lounge 45 min before. ޝުކުރިއްޔާ")
    return client.messages.create(to=phone, from_=FROM, body=body)
''', hexs(32), sid=twilio_sid())

add("py/decoy-twilio-sid-only", "seaplane/dispatch/notify/voice.py", "https://www.twilio.com/docs/usage/secure-credentials", r'''
"""IVR for delayed transfers. Credentials come from the environment."""
import os
from twilio.rest import Client

# Account SID is an identifier, not a secret; the auth token is in the env
ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])

TWIML_URL = "https://dispatch.velaa-air.mv/ivr/delay.xml"


def call(phone):
    return client.calls.create(to=phone, from_="+9607001234", url=TWIML_URL)
''', sid=twilio_sid())

add("py/telegram-bot", "seaplane/dispatch/notify/pilots_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Pilots group - daily roster & aircraft swaps. ޕައިލެޓުންގެ ގްރޫޕު
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1002219847731


def post_roster(text):
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}, timeout=10)
''', fakes.telegram_token(_seed()))

add("go/postgres-dsn", "seaplane/manifest-svc/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", r'''
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// manifest DB (passenger weights, bags). TODO: os.Getenv ah badhalu kuraanee
const dsn = "postgres://manifest:@@s@@@10.50.0.12:5432/manifest?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', words_pw())

add("go/decoy-getenv", "seaplane/manifest-svc/cmd/manifest/main.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	token := os.Getenv("MANIFEST_API_TOKEN") // ސިއްރު - env ން
	if token == "" {
		log.Fatal("MANIFEST_API_TOKEN not set")
	}
	http.Handle("/manifests/", requireBearer(token, manifestHandler()))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
''')

add("go/bearer-token-const", "seaplane/manifest-svc/internal/client/resort.go", "https://datatracker.ietf.org/doc/html/rfc6750", r'''
package client

import "net/http"

// Kandu Thila resort pushes arrivals to us with this token (they gave it on WhatsApp)
const resortToken = "@@s@@"

func ResortRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+resortToken)
	return req, nil
}
''', mixed(40, "kt_live_"))

add("sql/seed-admin-password", "seaplane/dispatch/migrations/0004_seed_users.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- 0004: roles for dispatch board
CREATE ROLE dispatch_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE dispatch TO dispatch_ro;
GRANT USAGE ON SCHEMA public TO dispatch_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dispatch_ro;
-- ރިޕޯޓް ތަކަށް (for reports, Metabase)
''', words_pw())

add("sql/decoy-bcrypt-seed", "seaplane/dispatch/migrations/0005_seed_dispatchers.sql", "https://en.wikipedia.org/wiki/Bcrypt", r'''
-- dispatchers (hashes only; everyone resets on first login)
INSERT INTO users (username, display_name, password_hash, role) VALUES
  ('ali.r',    'Ali Rasheed',    '$2b$12$@@h1@@', 'dispatcher'),
  ('mariyam.s','Mariyam Shiuna', '$2b$12$@@h2@@', 'dispatcher'),
  ('ops',      'Ops Desk',       '$2b$12$@@h3@@', 'admin');
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("yaml/decoy-openapi-example", "seaplane/dispatch/docs/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
openapi: 3.0.3
info:
  title: Velaa Air dispatch API
  version: 1.4.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
paths:
  /v1/transfers:
    get:
      security: [{ bearerAuth: [] }]
      parameters:
        - in: header
          name: Authorization
          example: "Bearer <token from ops>"
      responses:
        "200": { description: list of transfers }
''')

add("json/postman-env", "seaplane/dispatch/docs/postman/VelaaAir.prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@u@@",
  "name": "Velaa Air - prod",
  "values": [
    {"key": "baseUrl", "value": "https://dispatch.velaa-air.mv/v1", "enabled": true},
    {"key": "opsUser", "value": "ops", "enabled": true},
    {"key": "apiToken", "value": "@@s@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', mixed(48), u=uuid_s())

add("json/decoy-postman-collection", "seaplane/dispatch/docs/postman/VelaaAir.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r'''
{
  "info": {"name": "Velaa Air dispatch", "_postman_id": "@@u@@",
           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{apiToken}}", "type": "string"}]},
  "item": [
    {"name": "List transfers today",
     "request": {"method": "GET", "url": "{{baseUrl}}/transfers?date=today"}},
    {"name": "Assign aircraft",
     "request": {"method": "POST", "url": "{{baseUrl}}/transfers/:id/aircraft",
                 "body": {"mode": "raw", "raw": "{\"tail\": \"8Q-VAB\"}"}}}
  ]
}
''', u=uuid_s())

add("js/slack-webhook", "seaplane/dispatch/web/static/js/alerts.js", "https://api.slack.com/messaging/webhooks", r'''
// ops alerts when a transfer has no aircraft 3h before. ފުރަން 3 ގަޑިއިރު ކުރިން
const OPS_HOOK = "@@s@@";

export async function alertUnassigned(transfer) {
  await fetch(OPS_HOOK, {
    method: "POST",
    body: JSON.stringify({ text: `:warning: ${transfer.ref} (${transfer.resort}) has no aircraft yet` }),
  });
}
''', slack_webhook())

add("yaml/alertmanager-slack", "seaplane/infra/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname]
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@s@@
        channel: "#ops-alerts"
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ .CommonAnnotations.description }}"
''', slack_webhook())

add("yaml/decoy-alertmanager-file", "seaplane/infra/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      # webhook URL file in, secret volume (ސިއްރު)
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#ops-alerts"
  - name: pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
''')

add("toml/grafana-sa-token", "seaplane/infra/grafana/provisioning/export.toml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# nightly export of the fleet dashboard to PDF for the GM
[grafana]
url = "https://grafana.velaa-air.mv"
token = "@@s@@"

[export]
dashboards = ["fleet-utilisation", "on-time-departures"]
out_dir = "/srv/reports/fleet"
tz = "Indian/Maldives"
''', grafana_sa())

add("ini/decoy-grafana-ini", "seaplane/infra/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", r'''
[server]
domain = grafana.velaa-air.mv
root_url = https://grafana.velaa-air.mv/

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECURITY_SECRET_KEY}

[database]
type = postgres
host = 10.50.0.12:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}
''')

add("py/amadeus-api-secret", "seaplane/dispatch/feeds/amadeus_flights.py", "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/", r'''
"""Amadeus flight status fallback when AeroAPI quota runs out."""
from amadeus import Client

amadeus = Client(
    client_id="@@cid@@",
    client_secret="@@s@@",
    hostname="production",
)


def status(carrier, number, date):
    return amadeus.schedule.flights.get(carrierCode=carrier, flightNumber=number,
                                        scheduledDepartureDate=date).data
''', mixed(16), cid=mixed(32))

add("php/decoy-iata-codes", "seaplane/website/includes/airports.php", "https://www.iata.org/en/publications/directories/code-search/", r'''
<?php
// އެއާޕޯޓުތައް / aerodromes we serve (IATA/ICAO, public)
return [
    'MLE' => ['icao' => 'VRMM', 'name' => 'Velana International', 'dv' => 'ވެލާނާ'],
    'KDM' => ['icao' => 'VRMT', 'name' => 'Kaadedhdhoo', 'dv' => 'ކާޑެއްދޫ'],
    'VAM' => ['icao' => 'VRMV', 'name' => 'Villa International Maamigili', 'dv' => 'މާމިގިލި'],
    'DRV' => ['icao' => 'VRDA', 'name' => 'Dharavandhoo', 'dv' => 'ދަރަވަންދޫ'],
];
''')

add("yaml/spring-datasource", "seaplane/crew-roster/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", r'''
spring:
  datasource:
    url: jdbc:postgresql://10.50.0.12:5432/crew
    username: crew_app
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
roster:
  # ޕައިލެޓުން 10 ގަޑިއިރަށްވުރެ ގިނައިން ނުއުޑުއްސާނެ (flight duty limits, CAA Maldives)
  max-duty-hours: 10
  min-rest-hours: 12
''', words_pw())

add("properties/decoy-spring-env", "seaplane/crew-roster/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", r'''
spring.application.name=crew-roster
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/crew
spring.datasource.username=${DB_USER:crew_app}
spring.datasource.password=${DB_PASSWORD}
roster.mail.password=${SMTP_PASSWORD:}
roster.timezone=Indian/Maldives
management.endpoints.web.exposure.include=health,info
''')

add("java/smtp-password", "seaplane/crew-roster/src/main/java/mv/velaa/roster/mail/RosterMailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", r'''
package mv.velaa.roster.mail;

import jakarta.mail.*;
import java.util.Properties;

public class RosterMailer {
    // crew@velaa-air.mv - roster PDF every evening 19:00
    private static final String USER = "crew@velaa-air.mv";
    private static final String PASS = "@@s@@";

    public Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("xml/maven-settings", "seaplane/crew-roster/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>velaa-nexus</id>
      <username>ci-roster</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>velaa-nexus</id>
      <url>https://nexus.velaa-air.mv/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("xml/decoy-maven-encrypted", "seaplane/fuel-log/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings>
  <servers>
    <server>
      <id>velaa-nexus</id>
      <username>ci-fuel</username>
      <!-- mvn --encrypt-password (master password in ~/.m2/settings-security.xml) -->
      <password>{@@e@@}</password>
    </server>
  </servers>
</settings>
''', e=rnd(44, ALNUM + "+/") + "=")

add("txt/whatsapp-export-password", "seaplane/ops/chats/WhatsApp Chat with Ops Desk.txt", "https://faq.whatsapp.com/1180414079177245", r'''
14/02/2026, 06:12 - Ali Rasheed: ބާއެ (Baa) flights cancelled till 9, wind 28kt
14/02/2026, 06:13 - Mariyam Shiuna: ok. kaley dispatch board login kobaa? mi laptop ah log in nuvey
14/02/2026, 06:15 - Ali Rasheed: user ops / @@s@@
14/02/2026, 06:15 - Ali Rasheed: mi message delete kurey 🙏
14/02/2026, 06:16 - Mariyam Shiuna: 👍 ވަދެވިއްޖެ
14/02/2026, 06:40 - Ali Rasheed: 8Q-VAC back from maintenance, put it on Ari rotation
''', words_pw())

add("txt/decoy-whatsapp-export", "seaplane/ops/chats/WhatsApp Chat with Jetty Team.txt", "https://faq.whatsapp.com/1180414079177245", r'''
15/02/2026, 07:01 - Hussain (jetty): guests 14 pax for Kandu Thila, 2 wheelchair
15/02/2026, 07:02 - Ops Desk: noted, 8Q-VAB, dep 08:10
15/02/2026, 07:05 - Hussain (jetty): dispatch password kobaa? mi tablet logout vejje
15/02/2026, 07:06 - Ops Desk: password WhatsApp ah nulevey 😅 Bitwarden "Jetty tablet" balaa
15/02/2026, 07:06 - Hussain (jetty): ޝުކުރިއްޔާ
15/02/2026, 07:30 - Ops Desk: booking ref KT-2026-04817 bags 31kg, 1 dive bag extra
''')

add("eml/mail-with-api-key", "seaplane/ops/mail/2026-02-03 Re_ API access for resorts.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Ali Rasheed <ali.r@velaa-air.mv>
To: Aishath Nazeera <it@kanduthila.mv>
Subject: Re: API access for resorts
Date: Tue, 3 Feb 2026 10:14:22 +0500
Message-ID: <20260203101422.4411@velaa-air.mv>
Content-Type: text/plain; charset=utf-8

Hi Aishath,

As discussed, here is your resort's key for the transfers API:

    X-Api-Key: @@s@@

Base URL https://dispatch.velaa-air.mv/v1 . Please keep it server side only.
ކޮންމެ ސުވާލެއް އޮތިއްޔާ ގުޅުއްވާ.

Ali
Velaa Air Transfers - Ops
''', mixed(40, "vat_live_"))

add("eml/decoy-mail-key-rotated", "seaplane/ops/mail/2026-02-20 Key rotation.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Ali Rasheed <ali.r@velaa-air.mv>
To: resorts-it@velaa-air.mv
Subject: API key rotation on 1 March
Date: Fri, 20 Feb 2026 16:02:10 +0500
Content-Type: text/plain; charset=utf-8

Dear partners,

All resort API keys (vat_live_...) will be rotated on 1 March 06:00 MVT.
New keys will be shown ONCE in the partner portal under Settings > API.
We will never send keys by email again. Old keys stop working 7 March.

ޝުކުރިއްޔާ،
Velaa Air Ops
''')

add("log/app-log-token-leak", "seaplane/dispatch/logs/dispatch-2026-02-14.log", "https://docs.python.org/3/library/logging.html", r'''
2026-02-14 05:58:01,112 INFO  dispatch.boot starting dispatch board v1.4.0
2026-02-14 05:58:01,410 INFO  feeds.aeroapi polling VRMM scheduled_arrivals
2026-02-14 06:02:17,905 DEBUG notify.whatsapp POST https://graph.facebook.com/v19.0/1098765432101234/messages headers={'Authorization': 'Bearer @@s@@', 'Content-Type': 'application/json'}
2026-02-14 06:02:18,233 INFO  notify.whatsapp sent template=transfer_delay to=+49*****8821
2026-02-14 06:10:44,001 WARN  feeds.weather South Ari wind 27kt gust 33kt
2026-02-14 06:11:02,550 INFO  board transfer VAT-7731 status=DELAYED
''', fb_token())

add("log/decoy-redacted-log", "seaplane/dispatch/logs/dispatch-2026-02-15.log", "https://docs.python.org/3/library/logging.html", r'''
2026-02-15 05:58:00,981 INFO  dispatch.boot starting dispatch board v1.4.1 (redacting auth headers)
2026-02-15 06:01:03,117 DEBUG notify.whatsapp POST https://graph.facebook.com/v19.0/1098765432101234/messages headers={'Authorization': 'Bearer [REDACTED]', 'Content-Type': 'application/json'}
2026-02-15 06:01:03,402 INFO  notify.whatsapp sent template=transfer_confirmed to=+39*****1102 wamid=wamid.HBgLMzkzNDcxMjM0NTYVAgARGBI@@w@@AA==
2026-02-15 06:20:11,882 INFO  board transfer VAT-7740 aircraft=8Q-VAD pax=11 weight_kg=1032
2026-02-15 06:45:09,003 INFO  feeds.metar VRMM 150600Z 25008KT 9999 FEW020 29/24 Q1010
''', w=rnd(18, UPPER))

add("ipynb/load-factor-notebook", "seaplane/analytics/load_factor.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Load factor by atoll (2025)\n", "ރަށްރަށަށް ދިޔަ ފްލައިޓްތަކުގެ ލޯޑް"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from sqlalchemy import create_engine\n",
              "eng = create_engine('postgresql://analytics:@@s@@@10.50.0.12/dispatch')\n",
              "df = pd.read_sql('select * from transfers where year = 2025', eng)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.groupby('atoll').pax.sum() / df.groupby('atoll').seats.sum()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', words_pw())

add("ipynb/decoy-notebook-getpass", "seaplane/analytics/fuel_burn.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Fuel burn per block hour - DHC-6 fleet"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd\n", "from sqlalchemy import create_engine\n",
              "pw = getpass.getpass('analytics password: ')  # ސިއްރު ނޯޓްބުކްގައި ނުލާ\n",
              "eng = create_engine(f'postgresql://analytics:{pw}@10.50.0.12/dispatch')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["fuel = pd.read_sql('select tail, block_min, fuel_kg from fuel_log', eng)\n",
              "fuel.groupby('tail').apply(lambda g: g.fuel_kg.sum() / (g.block_min.sum() / 60))"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

add("csv/decoy-fleet-list", "seaplane/ops/fleet.csv", "https://www.transport.gov.mv/", r'''
registration,type,msn,seats,float_kit,next_c_check,notes
8Q-VAB,DHC-6-300,@@m1@@,15,Wipline 13000,2026-05-02,
8Q-VAC,DHC-6-300,@@m2@@,15,Wipline 13000,2026-08-19,back from mx 14/02
8Q-VAD,DHC-6-400,@@m3@@,15,Wipline 13000,2026-11-30,
8Q-VAE,DHC-6-400,@@m4@@,15,Wipline 13000,2027-01-15,ވާރޭ މޫސުމަށް ކުރިން
''', m1=str(_rng().randint(300, 900)), m2=str(_rng().randint(300, 900)), m3=str(_rng().randint(900, 999)), m4=str(_rng().randint(900, 999)))

add("csv/decoy-key-last4", "seaplane/ops/exports/resort_api_keys_2026.csv", "https://dispatch.velaa-air.mv/docs/partners", r'''
resort,atoll,contact,api_key_last4,status,issued
Kandu Thila Dive Resort,South Ari,it@kanduthila.mv,Q7x2,active,2026-02-03
Fehi Fushi,Baa,ops@fehifushi.mv,m01B,active,2026-01-11
Raabu Island,Lhaviyani,it@raabu.mv,8kPz,revoked,2025-10-02
Maakandu Retreat,North Male,tech@maakandu.mv,Zr5e,pending,
''')

add("csv/staff-credentials-sheet", "seaplane/ops/exports/jetty_tablets.csv", "https://support.google.com/a/answer/33319", r'''
tablet,location,google_account,password,mdm
JT-01,Velana seaplane terminal gate 1,jetty1@velaa-air.mv,@@s@@,enrolled
JT-02,Velana seaplane terminal gate 2,jetty2@velaa-air.mv,(same as JT-01),enrolled
JT-03,lounge,lounge@velaa-air.mv,ask Ali,pending
JT-04,hangar,hangar@velaa-air.mv,ask Ali,not enrolled
''', words_pw())

add("sh/deploy-script-ssh-pass", "seaplane/infra/scripts/deploy_board.sh", "https://linux.die.net/man/1/sshpass", r'''
#!/usr/bin/env bash
# dispatch board deploy - ops-01. ފަހުން ssh key ah badhalu kuraanan
set -euo pipefail
HOST=10.50.0.20
export SSHPASS='@@s@@'
sshpass -e rsync -az --delete ./dist/ deploy@${HOST}:/srv/dispatch/
sshpass -e ssh deploy@${HOST} 'sudo systemctl restart dispatch'
echo "deployed $(git rev-parse --short HEAD) to ${HOST}"
''', words_pw())

add("sh/decoy-deploy-ssh-agent", "seaplane/infra/scripts/deploy_manifest.sh", "https://man.openbsd.org/ssh-agent", r'''
#!/usr/bin/env bash
# manifest-svc deploy. SSH key from agent only; no passwords here (ސިއްރު ނެތް)
set -euo pipefail
HOST=${HOST:-10.50.0.21}
: "${SSH_AUTH_SOCK:?start ssh-agent and ssh-add ~/.ssh/velaa_deploy}"
GOOS=linux GOARCH=amd64 go build -o build/manifest ./cmd/manifest
scp build/manifest deploy@"$HOST":/srv/manifest/manifest.new
ssh deploy@"$HOST" 'mv /srv/manifest/manifest.new /srv/manifest/manifest && sudo systemctl restart manifest'
''')

add("pem/openssh-private-key", "seaplane/infra/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("pub/decoy-ssh-public-key", "seaplane/infra/keys/deploy_ed25519.pub", "https://man.openbsd.org/ssh-keygen", r'''
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@velaa-ops-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ali.r@velaa-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ mariyam.s@velaa-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC@@k4@@ backup@fs01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@ ci@github
''', k=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(43, ALNUM + "+/"), k4=rnd(200, ALNUM + "+/"), k5=rnd(43, ALNUM + "+/"))

add("conf/wireguard-private-key", "seaplane/infra/wireguard/ops-01.conf", "https://www.wireguard.com/quickstart/", r'''
# Velana terminal <-> ops-01 (Hulhumalé DC)
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@s@@

[Peer]
# seaplane terminal office
PublicKey = @@pub@@
AllowedIPs = 10.99.0.2/32, 192.168.70.0/24
''', wg_key(), pub=wg_key())

add("conf/decoy-wg-peer-public", "seaplane/infra/wireguard/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (public keys only - private keys stay on each box)

| peer                 | address      | public key                                   |
|----------------------|--------------|----------------------------------------------|
| ops-01 (Hulhumalé)   | 10.99.0.1    | @@a@@ |
| terminal office      | 10.99.0.2    | @@b@@ |
| Kandu Thila jetty    | 10.99.0.10   | @@c@@ |

ޕްރައިވެޓް ކީ މިތާ ނުލިޔޭ.
''', a=wg_key(), b=wg_key(), c=wg_key())

add("yaml/gitlab-ci-token", "seaplane/crew-roster/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [build, release]

variables:
  MAVEN_OPTS: "-Dmaven.repo.local=.m2"

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script: mvn -B -s .mvn/settings.xml package

release:
  stage: release
  image: alpine/git
  script:
    # Hussain ge PAT - vaguthee
    - git push https://oauth2:@@s@@@gitlab.velaa-air.mv/ops/crew-roster.git HEAD:release
  only: [main]
''', gitlab())

add("yaml/decoy-gitlab-ci-vars", "seaplane/fuel-log/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh deploy@$DEPLOY_HOST "cd /srv/fuel-log && git pull && systemctl --user restart fuel-log"
  only: [main]
''')

add("py/aws-session-creds", "seaplane/analytics/s3_upload.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", r'''
"""Push monthly CAA report CSVs to S3. (MFA session pasted from `aws sts get-session-token`)"""
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@s@@",
    aws_session_token="@@tok@@",
    region_name="ap-south-1",
)
s3 = session.client("s3")
s3.upload_file("out/caa_monthly_2026_01.csv", "velaa-reports", "caa/2026/01.csv")
''', fakes.aws_secret_key(_seed()), kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), tok=fakes.aws_session_token(_seed()))

add("py/decoy-boto-default-chain", "seaplane/analytics/s3_download.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Pull the AeroAPI archive. Credentials from the default chain (instance role on ops-01)."""
import boto3

BUCKET = "velaa-feeds-archive"
s3 = boto3.client("s3", region_name="ap-south-1")


def fetch(day):
    key = f"aeroapi/{day:%Y/%m/%d}.json.gz"
    s3.download_file(BUCKET, key, f"/tmp/{day:%Y%m%d}.json.gz")
    return key
''')

add("rb/fastlane-key-content", "seaplane/guest-app/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: "@@s@@",
      in_house: false
    )
    build_app(scheme: "VelaaAir")
    upload_to_testflight(api_key: api_key)
  end
end
''', fakes.fake_pem(_seed(), "EC").replace("EC PRIVATE", "PRIVATE").replace("\n", "\\n"), kid=rnd(10, UPPER), iss=uuid_s())

add("p8/apple-auth-key", "seaplane/guest-app/keys/AuthKey_@@kid@@.p8".replace("@@kid@@", "7QX2LM9KJD"), "https://developer.apple.com/documentation/appstoreconnectapi/creating_api_keys_for_app_store_connect_api", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC").replace("BEGIN EC PRIVATE", "BEGIN PRIVATE").replace("END EC PRIVATE", "END PRIVATE"))

add("json/decoy-google-services", "seaplane/guest-app/android/app/google-services.json", "https://firebase.google.com/docs/android/setup", r'''
{
  "project_info": {
    "project_number": "@@pn@@",
    "project_id": "velaa-guest",
    "storage_bucket": "velaa-guest.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@pn@@:android:@@app@@",
        "android_client_info": { "package_name": "mv.velaa.guest" }
      },
      "oauth_client": [],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''', pn=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("kt/decoy-buildconfig", "seaplane/guest-app/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
android {
    namespace = "mv.velaa.guest"
    defaultConfig {
        applicationId = "mv.velaa.guest"
        minSdk = 24
        targetSdk = 34
        // from local.properties / CI env, never hardcoded (ސިއްރު)
        buildConfigField("String", "API_KEY", "\"${project.findProperty("velaaApiKey") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "velaa"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("properties/gradle-signing", "seaplane/guest-app/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# release signing (Mariyam ge machine in build kuraa)
VELAA_STORE_PASSWORD=@@s@@
VELAA_KEY_PASSWORD=@@s@@
VELAA_KEY_ALIAS=velaa
''', words_pw())


# ---------------------------------------------------------------- resort: boats, trackers, villas

add("ino/boat-tracker-wifi", "resort/boats/tracker/tracker.ino", "https://docs.arduino.cc/libraries/pubsubclient/", r'''
// ESP32 GPS tracker on dive dhoani "Raabu 1". ދޯނީގެ ޖީޕީއެސް
#include <WiFi.h>
#include <PubSubClient.h>
#include <TinyGPSPlus.h>

const char* WIFI_SSID = "KT-Boats";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "10.20.0.30";
const char* BOAT_ID   = "raabu1";

WiFiClient net;
PubSubClient mqtt(net);
TinyGPSPlus gps;

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  // position every 30 s when moving
}
''', words_pw())

add("yaml/esphome-api-key", "resort/villas/esphome/wv-12-aircon.yaml", "https://esphome.io/components/api.html#configuration-variables", r'''
esphome:
  name: wv-12-aircon
  friendly_name: Water Villa 12 aircon

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
''', wg_key())

add("yaml/ha-secrets", "resort/villas/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Villa automation (Home Assistant) - ސިއްރުތައް
wifi_ssid: KT-IoT
wifi_password: "@@s@@"
ota_password: ""
mqtt_user: homeassistant
latitude_home: 3.4867
longitude_home: 72.8391
''', words_pw())

add("yaml/decoy-ha-config", "resort/villas/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Kandu Thila villas
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Indian/Maldives

mqtt:
  sensor:
    - name: "WV-12 room temp"
      state_topic: "villas/wv12/temp"
      unit_of_measurement: "°C"

http:
  use_x_forwarded_for: true
  trusted_proxies: [10.20.0.2]
''')

add("yaml/decoy-sops-encrypted", "resort/boats/secrets/boats.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
mqtt_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
traccar_db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-02-11T08:14:02Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@i3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=rnd(24, ALNUM + "+/") + "=", i1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(28, ALNUM + "+/"), i2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    r=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=rnd(64, ALNUM + "+/"), a2=rnd(40, ALNUM + "+/") + "=",
    m=rnd(88, ALNUM + "+/"), i3=rnd(43, ALNUM + "+/") + "=", t3=rnd(22, ALNUM + "+/") + "==")

add("js/nodered-settings-secret", "resort/boats/nodered/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration", r'''
module.exports = {
    uiPort: process.env.PORT || 1880,
    // flows_cred.json encryption - ނެތިއްޖެނަމަ ފްލޯތައް ނުހުޅުވޭނެ
    credentialSecret: "@@s@@",
    adminAuth: {
        type: "credentials",
        users: [{ username: "boats", password: "$2b$08$@@h@@", permissions: "*" }]
    },
    flowFile: "flows.json",
    logging: { console: { level: "info" } }
};
''', mixed(32), h=rnd(53, ALNUM + "./"))

add("conf/decoy-mosquitto-passwd", "resort/boats/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
raabu1:$7$101$@@a@@==$@@b@@==
raabu2:$7$101$@@c@@==$@@d@@==
nodered:$7$101$@@e@@==$@@f@@==
homeassistant:$7$101$@@g@@==$@@h@@==
jetty:$7$101$@@i@@==$@@j@@==
''', a=rnd(22, ALNUM + "+/"), b=rnd(86, ALNUM + "+/"), c=rnd(22, ALNUM + "+/"), d=rnd(86, ALNUM + "+/"),
    e=rnd(22, ALNUM + "+/"), f=rnd(86, ALNUM + "+/"), g=rnd(22, ALNUM + "+/"), h=rnd(86, ALNUM + "+/"),
    i=rnd(22, ALNUM + "+/"), j=rnd(86, ALNUM + "+/"))

add("py/mqtt-password", "resort/boats/bridge/mqtt_to_divelog.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Boat positions (MQTT) -> dive log 'surface interval' + boat-on-site markers."""
import json
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="divelog-bridge")
client.username_pw_set("nodered", "@@s@@")


def on_message(c, userdata, msg):
    pos = json.loads(msg.payload)
    # ދޯނި ސައިޓަށް ދިޔައީ - boat reached site
    print(msg.topic, pos["lat"], pos["lon"])


client.on_message = on_message
client.connect("10.20.0.30", 1883)
client.subscribe("boats/+/pos")
client.loop_forever()
''', words_pw())

add("xml/traccar-config", "resort/boats/traccar/traccar.xml", "https://www.traccar.org/configuration-file/", r'''
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://localhost/traccar?serverTimezone=UTC&amp;useSSL=false</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@s@@</entry>
    <entry key='web.port'>8082</entry>
    <!-- ދޯނިތަކުގެ ޓްރެކަރ (boat trackers) -->
    <entry key='osmand.port'>5055</entry>
</properties>
''', words_pw())

add("sh/fstab-cifs-password", "resort/it/fs01/fstab", "https://man7.org/linux/man-pages/man8/mount.cifs.8.html", r'''
# /etc/fstab on dive-pc-01
UUID=@@u@@ /               ext4    errors=remount-ro 0       1
UUID=@@u2@@ /boot/efi      vfat    umask=0077      0       1
# dive photos share (fotografar ge Nikon in copy kuraa)
//fs01/divephotos  /mnt/divephotos  cifs  username=photo,password=@@s@@,uid=1000,iocharset=utf8  0  0
''', words_pw(), u=uuid_s(), u2=rnd(4, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF"))

add("conf/decoy-fstab-credentials-file", "resort/it/fs01/fstab.dive-pc-02", "https://man7.org/linux/man-pages/man8/mount.cifs.8.html", r'''
# /etc/fstab on dive-pc-02 - credentials file (chmod 600), not inline
UUID=@@u@@ /               ext4    errors=remount-ro 0       1
//fs01/divephotos  /mnt/divephotos  cifs  credentials=/etc/samba/divephotos.cred,uid=1000,iocharset=utf8  0  0
//fs01/divecenter  /mnt/divecenter  cifs  credentials=/etc/samba/divecenter.cred,uid=1000,ro  0  0
tmpfs /tmp tmpfs defaults,noatime,mode=1777 0 0
''', u=uuid_s())

add("ini/rclone-config", "resort/it/fs01/rclone.conf", "https://rclone.org/b2/", r'''
[b2-photos]
type = b2
account = @@acct@@
key = @@s@@
hard_delete = false

[crypt-photos]
type = crypt
remote = b2-photos:kt-divephotos
password = *** ENCRYPTED ***
''', "K00" + rnd(28, ALNUM + "/+"), acct="00" + hexs(10) + "0000000003")

add("sh/restic-password", "resort/it/fs01/backup-divecenter.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
#!/bin/sh
# nightly backup - dive center share -> Backblaze. ކޮންމެ ރޭގަނޑު 02:00
export RESTIC_REPOSITORY=b2:kt-backups:divecenter
export RESTIC_PASSWORD='@@s@@'
export B2_ACCOUNT_ID=$(cat /etc/backup/b2_id)
export B2_ACCOUNT_KEY=$(cat /etc/backup/b2_key)
restic backup /srv/divecenter --exclude '*.tmp'
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
''', mixed(28))

add("sh/decoy-restic-password-file", "resort/it/fs01/backup-bookings.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r'''
#!/bin/sh
# nightly bookings DB dump -> restic (password FILE, root only)
set -eu
export RESTIC_REPOSITORY=b2:kt-backups:bookings
export RESTIC_PASSWORD_FILE=/etc/backup/restic.pass
export B2_ACCOUNT_ID=$(cat /etc/backup/b2_id)
export B2_ACCOUNT_KEY=$(cat /etc/backup/b2_key)
pg_dump -h db-01 -U backup bookings | restic backup --stdin --stdin-filename bookings.sql
restic check --read-data-subset=5%
''')

add("netrc/netrc-password", "resort/it/laptops/shifau/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine nexus.kanduthila.mv
  login shifau
  password @@s@@

machine api.github.com
  login shifau-kt
''', words_pw())

add("txt/github-pat-in-notes", "resort/it/laptops/hassan/Desktop/github-setup.txt", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
GitHub setup - divelog app (Hassan)
- org: kanduthila
- fine-grained token (repo: divelog-app, contents read/write), expires 2026-05-01
  @@s@@
- clone: git clone https://github.com/kanduthila/divelog-app.git
- ޓޯކަން ހުސްވުމުން އާ އެއް ހަދާ (make a new one when it expires)
''', fakes.github_fine_grained_token(_seed()))

add("gitconfig/decoy-credential-helper", "resort/it/laptops/hassan/.gitconfig", "https://git-scm.com/docs/gitcredentials", r'''
[user]
	name = Hassan Waheed
	email = hassan@kanduthila.mv
[credential]
	helper = osxkeychain
[url "git@github.com:kanduthila/"]
	insteadOf = https://github.com/kanduthila/
[pull]
	rebase = true
# ޓޯކަން ކީޗެއިންގައި - token in keychain
''')

add("npmrc/npm-token", "resort/divelog-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# divelog-app - private @kanduthila packages
# (Hassan: mi token publish ves kureveyne, CI ah vakin ehche hadhanee)
@kanduthila:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
''', npm_tok())

add("npmrc/decoy-npmrc-env", "resort/bookings/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@kanduthila:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
audit-level=high
''')

add("ini/pip-conf-index-password", "resort/bookings/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://ci-bookings:@@s@@@nexus.kanduthila.mv/repository/pypi-all/simple
timeout = 60
# ލޯކަލް ނެކްސަސް (local Nexus mirror; internet slow on island)
trusted-host = nexus.kanduthila.mv
''', words_pw())

add("toml/pypirc-token", "resort/libs/ktutils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("json/composer-auth", "resort/website/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "gitlab-domains": [],
    "bearer": {}
}
''', fakes.github_token(_seed()))

add("xml/nuget-password", "resort/integrations/spa/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="kt-feed" value="https://pkgs.dev.azure.com/kanduthila/_packaging/kt-feed/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kt-feed>
      <add key="Username" value="spa-build" />
      <add key="ClearTextPassword" value="@@s@@" />
    </kt-feed>
  </packageSourceCredentials>
</configuration>
''', rnd(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("dockerfile/rails-master-key", "resort/giftshop/Dockerfile", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
FROM ruby:3.3-slim
WORKDIR /rails
ENV RAILS_ENV=production \
    BUNDLE_WITHOUT="development test" \
    RAILS_MASTER_KEY=@@s@@
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .
# assets:precompile ah master key beynun vey
RUN bundle exec rails assets:precompile
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
''', hexs(32))

add("yml/decoy-rails-credentials-usage", "resort/giftshop/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r'''
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-south-1
  bucket: kanduthila-giftshop
# ސިއްރުތައް credentials.yml.enc ގައި
''')

add("rb/shopify-admin-token", "resort/giftshop/config/initializers/shopify.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Boutique / dive shop (Shopify) - custom app "KT POS sync"
ShopifyAPI::Context.setup(
  api_key: "@@ak@@",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
  host: "https://giftshop.kanduthila.mv",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-01",
  is_private: true,
)
KT_SHOP = "kanduthila-boutique.myshopify.com"
KT_ADMIN_TOKEN = "@@s@@" # custom app admin token
''', "shpat_" + hexs(32), ak=hexs(32))

add("env/laravel-app-key", "resort/spa-web/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Kandu Thila Spa"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://spa.kanduthila.mv

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=spa
DB_USERNAME=spa
DB_PASSWORD=${SPA_DB_PASSWORD}
''', wg_key())

add("env/decoy-laravel-example", "resort/spa-web/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Kandu Thila Spa"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=spa
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=log
''')

add("php/paypal-secret", "resort/spa-web/config/paypal.php", "https://developer.paypal.com/api/rest/authentication/", r'''
<?php
// ސްޕާ ބުކިންގ - PayPal (guests from Europe prefer it)
return [
    'mode' => 'live',
    'live' => [
        'client_id' => '@@cid@@',
        'client_secret' => '@@s@@',
        'app_id' => 'APP-80W284485P519543T',
    ],
    'currency' => 'USD',
    'notify_url' => 'https://spa.kanduthila.mv/paypal/ipn',
];
''', paypal_secret(), cid=paypal_secret())

add("php/decoy-paypal-sandbox-env", "resort/spa-web/config/paypal.sandbox.php", "https://developer.paypal.com/tools/sandbox/", r'''
<?php
// sandbox - values from env; local dev only
return [
    'mode' => 'sandbox',
    'sandbox' => [
        'client_id' => env('PAYPAL_SANDBOX_CLIENT_ID'),
        'client_secret' => env('PAYPAL_SANDBOX_CLIENT_SECRET'),
        'app_id' => 'APP-80W284485P519543T',
    ],
    'currency' => 'USD',
];
''')


# ---------------------------------------------------------------- resort: marketing, guest comms, AI concierge

add("py/openai-concierge", "resort/concierge-bot/bot/llm.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Guest concierge chat (dive trips, spa, seaplane times). ދިވެހި + English + Italian."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = ("You are the Kandu Thila concierge. Answer about dive trips, spa and seaplane "
          "transfers. Never promise manta sightings.")


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": question}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("py/anthropic-key", "resort/concierge-bot/bot/translate.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Translate staff replies into guest language. (Aishath ge test key)"""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")


def translate(text, lang):
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                 messages=[{"role": "user", "content": f"Translate to {lang}:\n{text}"}])
    return msg.content[0].text
''', "sk-ant-api03-" + rnd(93, ALNUM + "-_") + "AA")

add("py/decoy-concierge-config", "resort/concierge-bot/bot/config.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", r'''
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All keys from env / .env (ސިއްރުތައް ކޯޑުގައި ނުލާ)."""
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CONCIERGE_")

    openai_api_key: str
    anthropic_api_key: str = ""
    whatsapp_token: str
    max_history: int = 20
    fallback_email: str = "concierge@kanduthila.mv"


settings = Settings()
''')

add("ipynb/hf-token-notebook", "resort/concierge-bot/notebooks/dhivehi_intent_finetune.ipynb", "https://huggingface.co/docs/hub/security-tokens", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Dhivehi intent classifier\n", "ދިވެހި ސުވާލުތައް ގިންތިކުރުން (booking / dive / spa / transfer)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Login successful\n"]}],
   "source": ["from huggingface_hub import login\n", "login(token=\"@@s@@\")"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["from datasets import load_dataset\n", "ds = load_dataset('kanduthila/guest-intents-dv', split='train')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', hf_tok())

add("py/mailchimp-key", "resort/marketing/newsletter/sync_guests.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Past guests -> Mailchimp 'Returning divers' audience (opt-in only!)."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@s@@", "server": "us14"})

AUDIENCE = "a1f3c9e2d4"


def add_guest(email, first, lang):
    client.lists.add_list_member(AUDIENCE, {"email_address": email, "status": "pending",
                                            "merge_fields": {"FNAME": first, "LANG": lang}})
''', mailchimp())

add("yaml/brevo-key", "resort/marketing/n8n/brevo-credentials.yml", "https://developers.brevo.com/docs/getting-started", r'''
# n8n export - Brevo (ex-Sendinblue) SMS + mail for Russian/Chinese market campaigns
credentials:
  - name: Brevo KT marketing
    type: sendInBlueApi
    data:
      apiKey: @@s@@
  - name: Webhook basic
    type: httpBasicAuth
    data:
      user: n8n
      password: "{{ $env.N8N_HOOK_PASSWORD }}"
''', brevo())

add("js/meta-capi-token", "resort/marketing/site/server/capi.js", "https://developers.facebook.com/docs/marketing-api/conversions-api/get-started", r'''
// Meta Conversions API - booking completed events
// pixel id public, access token ސިއްރު (from Events Manager)
const PIXEL_ID = "1184477093326651";
const ACCESS_TOKEN = "@@s@@";

export async function bookingCompleted(evt) {
  const url = `https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`;
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ data: [evt] }),
  });
}
''', fb_token())

add("html/decoy-pixel-gtag", "resort/marketing/site/templates/base.html", "https://developers.google.com/tag-platform/gtagjs/install", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kandu Thila Dive Resort - South Ari Atoll</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2XW9M3B"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date()); gtag('config', 'G-7KQ2XW9M3B');
  </script>
  <script src="https://www.google.com/recaptcha/api.js?render=6Lc@@rc@@"></script>
  <meta name="facebook-domain-verification" content="@@fv@@">
</head>
<body>{% block content %}{% endblock %}</body>
</html>
''', rc=rnd(37, ALNUM + "_-"), fv=rnd(30, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("py/recaptcha-secret", "resort/marketing/site/server/forms.py", "https://developers.google.com/recaptcha/docs/verify", r'''
import requests

RECAPTCHA_SECRET = "6Lc@@s6@@"  # server side - ނުފެންނަން ޖެހޭ


def human(token, ip):
    r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                      data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": ip})
    data = r.json()
    return data.get("success") and data.get("score", 0) >= 0.5
''', secret=(_rs := "6Lc" + rnd(37, ALNUM + "_-")), s6=_rs[3:])

add("json/google-oauth-client-secret", "resort/marketing/reviews/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
{
  "web": {
    "client_id": "@@n@@-@@c@@.apps.googleusercontent.com",
    "project_id": "kt-reviews",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://reviews.kanduthila.mv/oauth2/callback"]
  }
}
''', "GOCSPX-" + rnd(28, ALNUM + "-_"), n=str(_rng().randint(10**11, 10**12)), c=rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("py/google-maps-key", "resort/marketing/reviews/places.py", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", r'''
"""Pull Google reviews weekly for the GM report. ރިވިއު"""
import requests

KEY = "@@s@@"
PLACE_ID = "ChIJ@@pid@@"

r = requests.get("https://maps.googleapis.com/maps/api/place/details/json",
                 params={"place_id": PLACE_ID, "fields": "rating,reviews", "key": KEY})
for rev in r.json()["result"]["reviews"]:
    print(rev["rating"], rev["author_name"], rev["text"][:80])
''', google_api(), pid=rnd(23, ALNUM + "_-"))

add("md/decoy-tripadvisor-widget", "resort/marketing/site/README.md", "https://www.tripadvisor.com/Widgets", r'''
# kanduthila.mv marketing site

- Build: `npm run build` -> `dist/`, deployed by CI to the S3 bucket.
- TripAdvisor widget id `d12345678` is public (embed code from the widget page).
- GA4 measurement id `G-7KQ2XW9M3B` is public.
- Meta pixel id is public, but the **Conversions API token is not**: it lives in the
  `META_CAPI_TOKEN` env var on the server. ސިއްރުތައް ރިޕޮއަށް ނުލާށެވެ.
- Photos: `assets/img/` max 400 KB each (the island link is slow).
''')

add("py/discord-webhook", "resort/divecenter/scripts/manta_alert.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Hanifaru Bay manta count -> dive guides' Discord. މަންޓާ!"""
import sys
import requests

HOOK = "@@s@@"

count = int(sys.argv[1])
site = sys.argv[2] if len(sys.argv) > 2 else "Hanifaru"
requests.post(HOOK, json={"content": f"🐟 {count} mantas at {site} - boat leaves in 20 min"})
''', discord_webhook())

add("ps1/teams-webhook", "resort/it/scripts/Send-BackupReport.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Nightly backup report -> Teams "IT" channel. ބެކަޕް ރިޕޯޓް
$webhook = "@@s@@"
$log = Get-Content "D:\Backup\logs\$(Get-Date -Format yyyy-MM-dd).log" -Tail 20
$body = @{
    title = "Backup $(Get-Date -Format 'dd MMM')"
    text  = ($log -join "`n")
} | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json'
''', teams_webhook())

add("ps1/plaintext-securestring", "resort/it/scripts/Map-Drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Front office PCs - map shared drives at login
$user = "KANDUTHILA\frontoffice"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "R" -PSProvider FileSystem -Root "\\fs01\reservations" -Credential $cred -Persist
New-PSDrive -Name "G" -PSProvider FileSystem -Root "\\fs01\guests" -Credential $cred -Persist
# TODO: GPO ah badhalu kuraanee - Shifau
''', words_pw())

add("ps1/decoy-get-credential", "resort/it/scripts/Reset-VillaTablet.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Reset a villa tablet from Intune. Asks for admin credentials (MFA) each time.
param([Parameter(Mandatory)] [string] $Villa)
$cred = Get-Credential -Message "Intune admin (ސިއްރު ނުބަހައްޓާ)"
Connect-MgGraph -Scopes "DeviceManagementManagedDevices.PrivilegedOperations.All"
$device = Get-MgDeviceManagementManagedDevice -Filter "deviceName eq 'KT-$Villa'"
Invoke-MgWipeDeviceManagementManagedDevice -ManagedDeviceId $device.Id -KeepUserData:$false
Write-Host "Wipe sent to KT-$Villa"
''')

add("bat/net-use-password", "resort/it/scripts/frontoffice_login.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Front office login script - printers + shares
net use P: \\fs01\print /persistent:no
net use R: \\fs01\reservations @@s@@ /user:KANDUTHILA\frontoffice /persistent:no
rundll32 printui.dll,PrintUIEntry /in /n "\\fs01\FO-Laser"
REM ބޭނުން ނުވާ ޑްރައިވްތައް ނަގާ
net use Z: /delete /y 2>nul
''', words_pw())

add("conf/nginx-basic-auth-header", "resort/it/nginx/pms-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# reverse proxy: tablets at dive center -> OPERA interface (basic auth added here)
server {
    listen 443 ssl;
    server_name pms-proxy.internal.kanduthila.mv;
    ssl_certificate     /etc/ssl/kt/internal.crt;
    ssl_certificate_key /etc/ssl/kt/internal.key;

    location /ifc/ {
        proxy_pass https://10.20.0.40:8443/ifc/;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header Host $host;
    }
}
''', secret=b64("divecenter:" + (_np := words_pw())), b=b64("divecenter:" + _np))

add("conf/decoy-htpasswd", "resort/it/nginx/htpasswd.staff", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
shifau:$apr1$@@a@@$@@b@@
aishath:$apr1$@@c@@$@@d@@
hassan:$apr1$@@e@@$@@f@@
moosa:$apr1$@@g@@$@@h@@
frontdesk:$apr1$@@i@@$@@j@@
''', a=rnd(8, ALNUM + "./"), b=rnd(22, ALNUM + "./"), c=rnd(8, ALNUM + "./"), d=rnd(22, ALNUM + "./"),
    e=rnd(8, ALNUM + "./"), f=rnd(22, ALNUM + "./"), g=rnd(8, ALNUM + "./"), h=rnd(22, ALNUM + "./"),
    i=rnd(8, ALNUM + "./"), j=rnd(22, ALNUM + "./"))

add("pem/tls-private-key", "resort/it/nginx/ssl/internal.key", "https://nginx.org/en/docs/http/configuring_https_servers.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "resort/it/nginx/ssl/internal.crt", "https://datatracker.ietf.org/doc/html/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIDXTCCAkWgAwIBAgIU@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
-----END CERTIFICATE-----
''', a=rnd(44, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(64, ALNUM + "+/"), e=rnd(40, ALNUM + "+/") + "==")

add("crontab/curl-basic-auth", "resort/it/cron/it-01.crontab", "https://curl.se/docs/manpage.html#-u", r'''
# m h dom mon dow command  (it-01, Indian/Maldives)
*/5 * * * * /usr/local/bin/check_uplink.sh >/dev/null 2>&1
15 2 * * *  /srv/backup/backup-divecenter.sh >> /var/log/backup.log 2>&1
# ރޭ 23:00 - tomorrow's seaplane list from Velaa Air
0 23 * * *  curl -s -u kanduthila:@@s@@ https://dispatch.velaa-air.mv/v1/export/arrivals.csv -o /srv/frontoffice/arrivals_tomorrow.csv
30 6 * * 1  /usr/sbin/logrotate /etc/logrotate.conf
''', words_pw())

add("systemd/env-token", "resort/it/systemd/ktsync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Kandu Thila OPERA -> divelog sync
After=network-online.target

[Service]
User=ktsync
WorkingDirectory=/srv/ktsync
Environment=DIVELOG_API=https://divelog-api.kanduthila.mv
Environment=DIVELOG_TOKEN=@@s@@
ExecStart=/srv/ktsync/.venv/bin/python -m ktsync
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', mixed(40, "kt_svc_"))

add("systemd/decoy-credential-load", "resort/it/systemd/ktconcierge.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Kandu Thila concierge bot
After=network-online.target

[Service]
User=concierge
WorkingDirectory=/srv/concierge
LoadCredentialEncrypted=openai_key:/etc/credstore.encrypted/concierge.openai
LoadCredentialEncrypted=wa_token:/etc/credstore.encrypted/concierge.whatsapp
ExecStart=/srv/concierge/.venv/bin/python -m bot --creds-dir ${CREDENTIALS_DIRECTORY}
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("yaml/datadog-api-key", "resort/it/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
## Datadog agent - it-01
api_key: @@s@@
site: datadoghq.eu
hostname: kt-it-01
tags:
  - env:prod
  - site:kanduthila
  - role:infra
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', hexs(32))

add("yaml/decoy-datadog-helm", "resort/deploy/helm/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm", r'''
datadog:
  # key from an existing Secret (created by ExternalSecret), never inline here
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
  site: datadoghq.eu
  clusterName: kt-prod
  logs:
    enabled: true
    containerCollectAll: true
  tags:
    - "site:kanduthila"
''')

add("yaml/sentry-auth-token", "resort/divelog-app/sentry.properties.yml", "https://docs.sentry.io/cli/configuration/", r'''
# sentry-cli for release builds (source maps / dSYM upload)
defaults:
  url: https://sentry.io/
  org: kanduthila
  project: divelog-app
auth:
  token: @@s@@
http:
  keepalive: true
''', "sntrys_" + b64('{"iat":1706745600.12,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"kanduthila"}').rstrip("=") + "_" + rnd(43, ALNUM + "+/"))

add("js/decoy-sentry-dsn", "resort/divelog-app/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/react-native";

// DSN is safe to ship in the app (it only allows sending events)
Sentry.init({
  dsn: "https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456789999",
  tracesSampleRate: 0.2,
  environment: __DEV__ ? "dev" : "prod",
  // ދިވެހި ލޮކޭލް ބަގްތައް ބަލަން
  initialScope: { tags: { app: "divelog" } },
});
''', k=hexs(32))


# ---------------------------------------------------------------- seaplane: cloud, infra, back office

add("env/azure-storage-conn", "seaplane/docs-archive/.env.local", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
# scanned load sheets + tech logs archive (CAA audit needs 5 years)
ARCHIVE_CONTAINER=techlogs
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=velaatechlogs;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
OCR_LANG=eng
# ދިވެހި OCR nuvey
''', azure_key())

add("py/azure-sas-url", "seaplane/docs-archive/upload_loadsheet.py", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
"""Upload a signed load sheet PDF from the jetty tablet. (SAS valid till end of year)"""
import requests

SAS_URL = ("https://velaatechlogs.blob.core.windows.net/loadsheets?sp=racw&st=2026-01-01T00:00:00Z"
           "&se=2026-12-31T23:59:59Z&spr=https&sv=2022-11-02&sr=c&sig=@@sig@@")


def upload(path, name):
    base, query = SAS_URL.split("?", 1)
    with open(path, "rb") as f:
        requests.put(f"{base}/{name}?{query}", data=f, headers={"x-ms-blob-type": "BlockBlob"}).raise_for_status()
''', secret=(_sig := wg_key().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")), sig=_sig)

add("json/decoy-azure-arm-keyvault", "seaplane/docs-archive/infra/azuredeploy.parameters.json", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/key-vault-parameter", r'''
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "storageAccountName": { "value": "velaatechlogs" },
    "sqlAdminPassword": {
      "reference": {
        "keyVault": {
          "id": "/subscriptions/@@sub@@/resourceGroups/velaa-ops/providers/Microsoft.KeyVault/vaults/velaa-kv"
        },
        "secretName": "sql-admin-password"
      }
    }
  }
}
''', sub=uuid_s())

add("json/entra-client-secret", "seaplane/crew-roster/tools/graph-calendar.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", r'''
{
  "description": "Roster -> Outlook calendars for pilots (Graph API, app-only)",
  "tenantId": "@@t@@",
  "clientId": "@@c@@",
  "clientSecret": "@@s@@",
  "scopes": ["https://graph.microsoft.com/.default"],
  "calendarOwner": "crew@velaa-air.mv"
}
''', rnd(3, ALNUM) + "8Q~" + rnd(34, ALNUM + "_.-~"), t=uuid_s(), c=uuid_s())

add("tf/cloudflare-token", "seaplane/infra/terraform/dns.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
provider "cloudflare" {
  # DNS edit token for velaa-air.mv - Ali 2026-01 (vaguthee, TF Cloud ah gendhevey)
  api_token = "@@s@@"
}

resource "cloudflare_record" "dispatch" {
  zone_id = "@@z@@"
  name    = "dispatch"
  type    = "A"
  content = "203.0.113.40"
  proxied = true
}
''', rnd(40, ALNUM + "_-"), z=hexs(32))

add("tf/decoy-cloudflare-var", "seaplane/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "DNS edit token (TF_VAR_cloudflare_api_token). ސިއްރު"
}

variable "zone_id" {
  type    = string
  default = "@@z@@" # zone id is not a secret
}

variable "ops_ip" {
  type    = string
  default = "203.0.113.40"
}
''', z=hexs(32))

add("hcl/tfc-token", "seaplane/infra/terraform/.terraformrc", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r'''
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  # velaa-air org, Ali
  token = "@@s@@"
}
''', rnd(14, ALNUM) + ".atlasv1." + rnd(67, ALNUM))

add("yaml/do-token", "seaplane/infra/ansible/inventory/do_hosts.yml", "https://docs.ansible.com/ansible/latest/collections/community/digitalocean/digitalocean_inventory.html", r'''
plugin: community.digitalocean.digitalocean
# Singapore droplets (public website + status page)
api_token: @@s@@
attributes:
  - id
  - name
  - networks
  - region
keyed_groups:
  - key: do_region.slug
    prefix: region
compose:
  ansible_host: do_networks.v4 | selectattr('type','eq','public') | map(attribute='ip_address') | first
''', do_token())

add("yaml/vault-token-ci", "seaplane/infra/.woodpecker.yml", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
steps:
  - name: fetch-secrets
    image: hashicorp/vault:1.15
    environment:
      VAULT_ADDR: https://vault.velaa-air.mv:8200
      # periodic token for CI (Ali) - ފަހުން approle ah badhalu kuraanan
      VAULT_TOKEN: @@s@@
    commands:
      - vault kv get -format=json kv/ops/dispatch > secrets.json
  - name: deploy
    image: alpine:3.19
    commands:
      - ./infra/scripts/deploy_board.sh
''', vault_tok())

add("yaml/decoy-vault-approle", "seaplane/infra/vault/agent.hcl.yml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle", r'''
# vault agent on ops-01 (rendered to HCL by ansible)
auto_auth:
  method:
    type: approle
    config:
      role_id_file_path: /etc/vault-agent/role_id
      secret_id_file_path: /etc/vault-agent/secret_id
      remove_secret_id_file_after_reading: false
  sinks:
    - sink: { type: file, config: { path: /run/vault-agent/token, mode: 0640 } }
template:
  - source: /etc/vault-agent/dispatch.env.ctmpl
    destination: /srv/dispatch/.env
''')

add("sh/age-identity-env", "seaplane/infra/scripts/decrypt_secrets.sh", "https://github.com/getsops/sops#encrypting-using-age", r'''
#!/usr/bin/env bash
# decrypt prod secrets on ops-01 before deploy. ސިއްރުތައް ހުޅުވުން
# (age identity pasted here "for now" - Ali, 2026-01-09; public key age1@@pub@@)
set -euo pipefail
export SOPS_AGE_KEY='@@s@@'
for f in secrets/prod/*.yaml; do
  sops -d "$f" > "/run/velaa/$(basename "$f" .yaml).dec.yaml"
done
echo "decrypted $(ls secrets/prod/*.yaml | wc -l) files"
''', age_key(), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-config", "seaplane/infra/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# who can decrypt what. age PUBLIC keys only (ޕަބްލިކް ކީ)
creation_rules:
  - path_regex: secrets/prod/.*\.yaml$
    age: >-
      age1@@a@@,
      age1@@b@@
  - path_regex: secrets/staging/.*\.yaml$
    age: age1@@c@@
''', a=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), b=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), c=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/kubeconfig-token", "seaplane/infra/k3s/kubeconfig-ops.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: velaa-k3s
    cluster:
      server: https://10.50.0.30:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUURE
users:
  - name: ops-admin
    user:
      token: @@s@@
contexts:
  - name: velaa
    context: { cluster: velaa-k3s, user: ops-admin }
current-context: velaa
''', "K10" + hexs(64) + "::server:" + hexs(32))

add("yaml/redis-url-helm", "seaplane/infra/k3s/dispatch-values.yaml", "https://redis.io/docs/latest/develop/connect/clients/", r'''
image:
  repository: ghcr.io/velaa-air/dispatch
  tag: "1.4.1"
env:
  OPS_TZ: Indian/Maldives
  REDIS_URL: redis://:@@s@@@redis-master.velaa.svc:6379/0
  CELERY_BROKER_URL: redis://:@@s@@@redis-master.velaa.svc:6379/1
resources:
  limits: { cpu: 500m, memory: 512Mi }
ingress:
  enabled: true
  host: dispatch.velaa-air.mv
''', fakes.redis_password(_seed()))

add("yaml/decoy-helm-existing-secret", "seaplane/infra/k3s/redis-values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", r'''
architecture: standalone
auth:
  enabled: true
  # password from Secret 'redis-auth' key 'redis-password' (sealed)
  existingSecret: redis-auth
  existingSecretPasswordKey: redis-password
master:
  persistence:
    size: 2Gi
  resources:
    limits: { memory: 256Mi }
''')

add("py/rabbitmq-url", "seaplane/manifest-svc/worker/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# Celery: weight & balance recalculation jobs (ބަރުދަން ހިސާބު)
broker_url = "amqp://manifest:@@s@@@10.50.0.14:5672/velaa"
result_backend = "rpc://"
task_serializer = "json"
timezone = "Indian/Maldives"
task_routes = {"worker.tasks.recalc_wb": {"queue": "wb"}}
''', words_pw())

add("yaml/jenkins-casc-password", "seaplane/infra/jenkins/casc/credentials.yaml", "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc", r'''
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus-ci
              username: ci-roster
              password: "@@s@@"
              description: Nexus deploy (Hussain)
          - string:
              scope: GLOBAL
              id: slack-token
              secret: "${SLACK_TOKEN}"
''', words_pw())

add("yaml/docker-hub-pat", "seaplane/guest-app/.github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: image
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: velaaair
          password: @@s@@
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: velaaair/guest-api:${{ github.ref_name }}
''', docker_pat())

add("py/xero-client-secret", "seaplane/finance/xero_invoices.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", r'''
"""Monthly invoices to resorts (per transfer, per pax). Xero custom connection."""
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@s@@"


def token():
    r = requests.post("https://identity.xero.com/connect/token",
                      data={"grant_type": "client_credentials",
                            "scope": "accounting.transactions accounting.contacts"},
                      auth=(CLIENT_ID, CLIENT_SECRET))
    r.raise_for_status()
    return r.json()["access_token"]
''', rnd(48, ALNUM + "-_"), cid=rnd(32, "0123456789ABCDEF"))

add("csv/decoy-invoice-export", "seaplane/finance/exports/invoices_2026_01.csv", "https://developer.xero.com/documentation/api/accounting/invoices", r'''
InvoiceNumber,Contact,Date,DueDate,Total,Currency,Status,InvoiceID
VAT-INV-0311,Kandu Thila Dive Resort,2026-01-31,2026-02-28,48210.00,USD,AUTHORISED,@@a@@
VAT-INV-0312,Fehi Fushi,2026-01-31,2026-02-28,31775.50,USD,AUTHORISED,@@b@@
VAT-INV-0313,Raabu Island,2026-01-31,2026-02-28,12040.00,USD,PAID,@@c@@
VAT-INV-0314,Maakandu Retreat,2026-01-31,2026-02-28,9380.00,USD,DRAFT,@@d@@
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("py/hubspot-pat", "seaplane/sales/hubspot_sync.py", "https://developers.hubspot.com/docs/api/private-apps", r'''
"""Resort contracts -> HubSpot deals. ވިޔަފާރި (sales) team"""
import requests

HUBSPOT_TOKEN = "@@s@@"
H = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}


def upsert_deal(resort, amount):
    body = {"properties": {"dealname": f"{resort} 2026 transfers", "amount": amount,
                           "pipeline": "default", "dealstage": "contractsent"}}
    return requests.post("https://api.hubapi.com/crm/v3/objects/deals", json=body, headers=H).json()
''', "pat-na1-" + uuid_s())

add("rb/zendesk-token", "seaplane/support/zendesk.rb", "https://developer.zendesk.com/api-reference/introduction/security-and-auth/", r'''
# Guest complaints (lost bags, missed connections) -> Zendesk
require "zendesk_api"

ZD = ZendeskAPI::Client.new do |config|
  config.url = "https://velaa-air.zendesk.com/api/v2"
  config.username = "support@velaa-air.mv/token"
  config.token = "@@s@@"
  config.retry = true
end

def lost_bag(ref, guest)
  ZD.tickets.create(subject: "Lost bag #{ref}", comment: { body: "Guest: #{guest}" }, priority: "high")
end
''', mixed(40))

add("py/vonage-secret", "seaplane/dispatch/notify/vonage_fallback.py", "https://developer.vonage.com/en/getting-started/concepts/authentication", r'''
# SMS fallback when Twilio fails (Dhiraagu routes sometimes drop). ފޯލްބެކް
import vonage

client = vonage.Client(key="@@k@@", secret="@@s@@")
sms = vonage.Sms(client)


def send(to, text):
    return sms.send_message({"from": "VelaaAir", "to": to, "text": text})
''', mixed(16), k=hexs(8))

add("py/mailgun-key", "seaplane/dispatch/notify/email.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
import requests

MAILGUN_DOMAIN = "mg.velaa-air.mv"
MAILGUN_KEY = "@@s@@"


def boarding_pass(to, pdf_path, ref):
    with open(pdf_path, "rb") as f:
        return requests.post(f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                             auth=("api", MAILGUN_KEY),
                             files=[("attachment", (f"{ref}.pdf", f))],
                             data={"from": "Velaa Air <noreply@velaa-air.mv>", "to": to,
                                   "subject": f"Your seaplane boarding pass {ref}",
                                   "text": "ސީޕްލޭން ބޯޑިންގ ޕާސް attached."})
''', mailgun())

add("yaml/decoy-dkim-record", "seaplane/infra/dns/velaa-air.mv.zone.yml", "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1", r'''
# DNS records (public by definition)
records:
  - { name: "@", type: MX, value: "10 mxa.eu.mailgun.org" }
  - { name: "@", type: TXT, value: "v=spf1 include:mailgun.org include:spf.protection.outlook.com ~all" }
  - name: "k1._domainkey.mg"
    type: TXT
    value: "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC@@p@@IDAQAB"
  - { name: "_dmarc", type: TXT, value: "v=DMARC1; p=quarantine; rua=mailto:dmarc@velaa-air.mv" }
  - { name: "dispatch", type: A, value: "203.0.113.40" }
''', p=rnd(170, ALNUM + "+/"))


# ---------------------------------------------------------------- both: notes, chat, docs, odds and ends

add("json/slack-export-token", "seaplane/ops/slack-export/ops-it/2026-01-22.json", "https://slack.com/help/articles/201658943-Export-your-workspace-data", r'''
[
    {
        "type": "message",
        "user": "U05KQ7M2N1A",
        "text": "ޑިސްޕެޗް ބޯޑު ބޮޓް ހެދީ. bot token: @@s@@ (channel #ops-alerts ah invite kurey)",
        "ts": "1705910412.004100"
    },
    {
        "type": "message",
        "user": "U05KQ9X3P7C",
        "text": "👍 invite kurin. mi token channel ah nulaahaa dhw :sweat_smile:",
        "ts": "1705910533.004300"
    }
]
''', slack_bot())

add("json/decoy-slack-export", "seaplane/ops/slack-export/ops-it/2026-01-23.json", "https://slack.com/help/articles/201658943-Export-your-workspace-data", r'''
[
    {
        "type": "message",
        "user": "U05KQ7M2N1A",
        "text": "yesterday's bot token revoked and reissued - new one only in Vault (kv/ops/slack). ޝުކުރިއްޔާ",
        "ts": "1705996801.000200"
    },
    {
        "type": "message",
        "user": "U05KQ9X3P7C",
        "text": "ok. <https://api.slack.com/apps/A06B1CDEF2G|app config> ah balaifin, scopes chat:write only",
        "ts": "1705996911.000400"
    }
]
''')

add("md/handover-note-password", "resort/divecenter/notes/handover_moosa_to_ismail.md", "https://www.padi.com/", r'''
# Dive center handover - Moosa -> Ismail (Feb 2026)

ބޭނުންވާނެ ކަންކަން:

1. **PADI Pro Chek / eRecord login**: divecenter@kanduthila.mv / `@@s@@`
   (ފަހުން ބަދަލުކުރޭ - change it after you log in once)
2. Nitrox analyser calibration every morning, log in the blue book.
3. Boat Raabu 2 port engine - Yamaha service due 250h.
4. Hanifaru season: permits from Baa Atoll office, ask Ali at Velaa Air for the seaplane slot.
5. Guest dive computers: 14 Perdix, 2 in repair (serials in gear.xlsx).
''', words_pw())

add("md/decoy-handover-bitwarden", "resort/frontoffice/notes/handover_night_audit.md", "https://bitwarden.com/help/", r'''
# Night audit handover

- OPERA night audit at 01:00. If it fails, call Shifau (IT), not the vendor first.
- Logins: **all** in Bitwarden, collection "Front Office / Night".
  ޕާސްވޯޑު ނޯޓްގައި ނުލިޔޭ. No passwords in notes!
- Seaplane list for tomorrow arrives 23:00 in `R:\arrivals_tomorrow.csv`.
- VIP arrivals: check the yellow folder, welcome drinks at the jetty.
- Card terminal settlement: press "Settle" on both Verifone terminals, print, file.
''')

add("rst/decoy-api-docs-example", "seaplane/dispatch/docs/api.rst", "https://docutils.sourceforge.io/rst.html", r'''
Velaa Air partner API
=====================

Authenticate every request with your resort's key:

.. code-block:: bash

   curl -H "X-Api-Key: vat_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" \
        https://dispatch.velaa-air.mv/v1/transfers?date=2026-03-01

Keys start with ``vat_live_`` (production) or ``vat_test_`` (sandbox). Rotate them in the
partner portal. ކީ ހޯދަން ޕޯޓަލް ބޭނުންކުރައްވާ.
''')

add("txt/sticky-note-admin", "seaplane/ops/notes/terminal_pc_sticky.txt", "https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/understand-default-user-accounts", r'''
TERMINAL PC (gate 1) - Windows
local admin: .\velaadmin
pw: @@s@@
printer: Zebra ZD421 (bag tags) USB
ބޮޑު ސްކްރީން HDMI 2
call Ali if the flight board freezes (7 77 1234)
''', words_pw())

add("toml/streamlit-secrets", "seaplane/analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# ops dashboard (Streamlit) - on-time, load factor
[connections.dispatch]
dialect = "postgresql"
host = "10.50.0.12"
port = 5432
database = "dispatch"
username = "analytics"
password = "@@s@@"
''', words_pw())

add("toml/decoy-streamlit-example", "seaplane/analytics/.streamlit/secrets.toml.example", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# copy to secrets.toml (gitignored)
[connections.dispatch]
dialect = "postgresql"
host = "10.50.0.12"
port = 5432
database = "dispatch"
username = "analytics"
password = "REPLACE_ME"
''')

add("r/r-api-key", "seaplane/analytics/weather_delays.R", "https://openweathermap.org/api/one-call-3", r'''
# ވައި ގަދަވުމުން ފްލައިޓް ލަސްވި ވަރު (delays vs wind), 2023-2025
library(httr)
library(jsonlite)
library(dplyr)

owm_key <- "@@s@@"
hist <- function(lat, lon, t) {
  r <- GET("https://api.openweathermap.org/data/3.0/onecall/timemachine",
           query = list(lat = lat, lon = lon, dt = t, appid = owm_key))
  fromJSON(content(r, "text"))
}
delays <- read.csv("out/delays_2023_2025.csv") %>% filter(reason == "WX")
''', hexs(32))

add("lua/decoy-openresty-env", "seaplane/infra/openresty/auth.lua", "https://github.com/openresty/lua-nginx-module#ngxreqset_header", r'''
-- partner API gateway: check X-Api-Key against Redis (hashed keys only)
local redis = require "resty.redis"
local sha = require "resty.sha256"
local str = require "resty.string"

local key = ngx.req.get_headers()["X-Api-Key"]
if not key then return ngx.exit(401) end
local h = sha:new(); h:update(key)
local r = redis:new(); r:connect("127.0.0.1", 6379)
r:auth(os.getenv("REDIS_PASSWORD"))
local resort = r:hget("apikeys", str.to_hex(h:final()))
if resort == ngx.null then return ngx.exit(403) end
ngx.req.set_header("X-Resort", resort)
''')

add("ex/elixir-runtime-secret", "resort/divelog-live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# live dive board at the dive center TV (Phoenix LiveView)
if config_env() == :prod do
  config :divelog_live, DivelogLiveWeb.Endpoint,
    url: [host: "board.kanduthila.mv", port: 443, scheme: "https"],
    http: [port: 4000],
    secret_key_base: "@@s@@"

  config :divelog_live, DivelogLive.Repo,
    url: System.get_env("DATABASE_URL"),
    pool_size: 5
end
''', rnd(64, ALNUM + "+/"))

add("rs/rust-const-key", "resort/divelog-sync/src/config.rs", "https://docs.rs/reqwest/latest/reqwest/", r'''
//! Offline-first sync for boat tablets. ދޯނީގައި އިންޓަނެޓް ނެތް
pub const API_BASE: &str = "https://divelog-api.kanduthila.mv";
/// tablet device key (one for all boats, sorry) - Hassan
pub const DEVICE_KEY: &str = "@@s@@";
pub const SYNC_INTERVAL_SECS: u64 = 300;

pub fn auth_header() -> (String, String) {
    ("X-Device-Key".to_string(), DEVICE_KEY.to_string())
}
''', mixed(44, "ktdev_"))

add("swift/decoy-swift-test-fixture", "resort/divelog-app/ios/RunnerTests/AuthTests.swift", "https://developer.apple.com/documentation/xctest", r'''
import XCTest
@testable import Runner

final class AuthTests: XCTestCase {
    // FAKE fixture token - not valid anywhere (expired 2020, signature "fake")
    let fixture = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LWRpdmVyIiwiZXhwIjoxNTc3ODM2ODAwfQ.fake-signature-for-tests"

    func testExpiredTokenIsRejected() {
        XCTAssertFalse(TokenValidator.isValid(fixture, now: Date()))
    }

    func testEmptyToken() {
        XCTAssertFalse(TokenValidator.isValid("", now: Date()))
    }
}
''')

add("py/supabase-service-role", "resort/divelog-api/scripts/migrate_photos.py", "https://supabase.com/docs/guides/api/api-keys", r'''
"""One-off: move dive photos from fs01 to Supabase storage. (service role - admin!)"""
from pathlib import Path
from supabase import create_client

URL = "https://qkzjtmwplrvxnhgaceyb.supabase.co"
SERVICE_ROLE_KEY = "@@s@@"

sb = create_client(URL, SERVICE_ROLE_KEY)
for p in Path("/mnt/divephotos/2026").rglob("*.jpg"):
    sb.storage.from_("dive-photos").upload(f"2026/{p.name}", p.read_bytes())
    print("ޖެހިއްޖެ", p.name)
''', jwt_like('{"iss":"supabase","ref":"qkzjtmwplrvxnhgaceyb","role":"service_role","iat":1706745600,"exp":2022321600}'))

add("js/decoy-supabase-anon", "resort/divelog-app/src/supabase.js", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
import { createClient } from "@supabase/supabase-js";

// anon key: public by design, row-level security protects the data
const SUPABASE_URL = "https://qkzjtmwplrvxnhgaceyb.supabase.co";
const SUPABASE_ANON_KEY = process.env.EXPO_PUBLIC_SUPABASE_ANON_KEY;

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true },
});
''')

add("py/airtable-pat", "resort/divecenter/scripts/gear_inventory.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Gear inventory (BCDs, regs, wetsuits) lives in Airtable. ގިއަރު ލިސްޓު"""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appQ7d2Kx91LmZpTs", "Gear")

for row in table.all(formula="{Status}='Service due'"):
    print(row["fields"]["Item"], row["fields"].get("Serial"))
''', "pat" + rnd(14, ALNUM) + "." + hexs(64))

add("js/notion-secret", "resort/frontoffice/tools/notion_arrivals.mjs", "https://developers.notion.com/docs/authorization", r'''
// Arrivals board in Notion (front office tablets)
import { Client } from "@notionhq/client";

const notion = new Client({ auth: "@@s@@" });
const DB = "8f2c1d7ab3e94c0fb8f5e6a4d2c1b0a9";

export async function addArrival(guest, flight, time) {
  return notion.pages.create({
    parent: { database_id: DB },
    properties: { Guest: { title: [{ text: { content: guest } }] },
                  Seaplane: { rich_text: [{ text: { content: `${flight} ${time}` } }] } },
  });
}
''', "ntn_" + rnd(11, "0123456789") + rnd(35, ALNUM))

add("txt/decoy-license-keys-public", "resort/it/notes/software_licenses.txt", "https://learn.microsoft.com/en-us/windows-server/get-started/kms-client-activation-keys", r'''
Software licenses (IT) - ލައިސަންސްތައް
- Windows 11 Pro (front office x6): OEM, on the sticker, digital license
- Windows Server 2022 (fs01): volume license, KMS client setup key (public, Microsoft docs):
  VDYBN-27WPP-V4HQT-9VMD4-VMK7H
- OPERA Cloud: subscription, contract KTDR-2024-117
- Micros: renew 2026-06-30
- Adobe: Aishath's account (Creative Cloud, team)
''')

add("ini/odbc-password", "resort/frontoffice/reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
[SpaBooking]
Driver = ODBC Driver 18 for SQL Server
Server = spa-01\SQLEXPRESS
Database = SpaBooking
UID = reports
PWD = @@s@@
TrustServerCertificate = yes

[Micros]
Driver = ODBC Driver 18 for SQL Server
Server = pos-01
Database = MCRSPOS
Trusted_Connection = yes
''', words_pw())

add("pgpass/pgpass", "resort/it/laptops/aishath/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
localhost:5432:bookings:bookings_app:bookings_app
db-01.internal.kanduthila.mv:5432:bookings:aishath:@@s@@
# staging ge password local ge eki (same as local)
db-stg.internal.kanduthila.mv:5432:bookings:bookings_app:bookings_app
''', words_pw())

add("js/split-string-key", "seaplane/website/assets/js/quote-widget.js", "https://docs.stripe.com/keys#limit-access", r'''
// Transfer quote widget on velaa-air.mv (server-side proxy TODO!!)
// ކީ ބައިބައިކޮށް ލިޔުނީ scanner nufenunas ... (Hussain) - still a secret, sorry
const k = "rk_live_" +
  "@@a@@" +
  "@@b@@";

export async function quote(resort, pax) {
  const r = await fetch("https://api.stripe.com/v1/prices?lookup_keys[]=" + resort, {
    headers: { Authorization: "Bearer " + k },
  });
  return (await r.json()).data[0].unit_amount * pax;
}
''', secret=(_rk := stripe("rk_live_")), a=_rk[8:58], b=_rk[58:])

add("xml/soap-booking-engine", "resort/integrations/synxis/ota_request.xml", "https://www.opentravel.org/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"
               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soap:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>KTDR_INTERFACE</wsse:Username>
        <wsse:Password>@@s@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <OTA_HotelAvailRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
      <AvailRequestSegments><AvailRequestSegment>
        <HotelSearchCriteria><Criterion><HotelRef HotelCode="KTDR"/></Criterion></HotelSearchCriteria>
      </AvailRequestSegment></AvailRequestSegments>
    </OTA_HotelAvailRQ>
  </soap:Body>
</soap:Envelope>
''', mixed(20))

add("md/doc-url-with-key", "seaplane/ops/wiki/Flight-board-TV.md", "https://openweathermap.org/api", r'''
# Flight board TV (terminal lounge)

The TV runs Chromium in kiosk mode on the Raspberry Pi behind it.

Weather tile URL (ވައި - if the tile is blank, paste this in the Pi's config):

    https://api.openweathermap.org/data/2.5/weather?q=Male,MV&units=metric&appid=@@s@@

Flight list: `https://dispatch.velaa-air.mv/board?view=tv`

Restart: unplug the Pi, wait 10 s, plug back.
''', hexs(32))

add("log/nginx-log-password-query", "resort/it/nginx/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
10.20.40.12 - - [14/Feb/2026:07:02:11 +0500] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.40.31 - - [14/Feb/2026:07:05:44 +0500] "GET /ifc/guests?villa=WV-12 HTTP/1.1" 200 812 "-" "KTTablet/2.3"
10.20.40.31 - - [14/Feb/2026:07:06:02 +0500] "GET /ifc/login?user=divecenter&password=@@s@@ HTTP/1.1" 302 0 "-" "KTTablet/2.3"
10.20.40.31 - - [14/Feb/2026:07:06:03 +0500] "GET /ifc/folio?room=WV-12 HTTP/1.1" 200 2231 "-" "KTTablet/2.3"
10.20.40.44 - - [14/Feb/2026:07:09:19 +0500] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"
''', words_pw())

add("log/decoy-nginx-log", "resort/it/nginx/logs/access.log.1", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
10.20.40.12 - - [13/Feb/2026:07:02:11 +0500] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.40.31 - - [13/Feb/2026:07:04:40 +0500] "POST /ifc/login HTTP/1.1" 302 0 "-" "KTTablet/2.3"
10.20.40.31 - - [13/Feb/2026:07:04:41 +0500] "GET /ifc/folio?room=BV-03&req_id=@@sid@@ HTTP/1.1" 200 1980 "-" "KTTablet/2.3"
10.20.40.52 - - [13/Feb/2026:08:15:09 +0500] "GET /static/app.@@h@@.js HTTP/1.1" 200 88211 "-" "Mozilla/5.0"
10.20.40.44 - - [13/Feb/2026:09:00:19 +0500] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"
''', sid=uuid_s(), h=hexs(8))

add("yaml/decoy-lockfile-integrity", "resort/divelog-app/pnpm-lock.yaml", "https://pnpm.io/git#lockfiles", r'''
lockfileVersion: '9.0'

packages:

  '@supabase/supabase-js@2.39.3':
    resolution: {integrity: sha512-@@a@@==}

  'mapbox-gl@3.1.2':
    resolution: {integrity: sha512-@@b@@==}

  'jsonwebtoken@9.0.2':
    resolution: {integrity: sha512-@@c@@==}
    engines: {node: '>=12', npm: '>=6'}
''', a=rnd(86, ALNUM + "+/"), b=rnd(86, ALNUM + "+/"), c=rnd(86, ALNUM + "+/"))

add("json/decoy-firebase-web-public-ids", "resort/divelog-app/web/firebase-messaging-sw.json", "https://firebase.google.com/docs/cloud-messaging/js/client", r'''
{
  "comment": "web push: VAPID PUBLIC key + sender id (both public). ޕަބްލިކް",
  "messagingSenderId": "@@sid@@",
  "vapidPublicKey": "B@@v@@",
  "appId": "1:@@sid@@:web:@@app@@",
  "topics": ["boat-schedule", "manta-alert", "weather"]
}
''', sid=str(_rng().randint(10**11, 10**12)), v=rnd(86, ALNUM + "-_"), app=hexs(22))
