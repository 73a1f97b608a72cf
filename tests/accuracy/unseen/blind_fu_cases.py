"""Blind set FU: tattoo and piercing studios.

Booking apps and their vendors (Square, Stripe, Acuity, Calendly, Vagaro-style exports), deposits
and payments (Stripe, Square, PayPal, Braintree, Shopify aftercare shops), consent-form storage
(S3, Backblaze, Dropbox Sign, Jotform, DocuSign), portfolio sites (WordPress, Next.js, Laravel,
Cloudinary), social media automation (Meta Graph, Instagram, Pinterest, X, TikTok), SMS and email
reminders (Twilio, Vonage, MessageBird, Plivo, Telnyx, ClickSend, SendGrid, Mailgun, Postmark), and
the front desk's small machines (routers, cameras, backup scripts). Generated fakes only
(seeds 2040000-2049999).
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
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 2040000, 2049999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def pick(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Drawn until it holds an upper, a lower and a digit (bounded: 50 tries, then forced)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7" + value[2:]


def hexs(n: int, upper: bool = False) -> str:
    value = pick(n, HEX)
    return value.upper() if upper else value


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s(upper: bool = False) -> str:
    value = fakes.uuid4(_seed())
    return value.upper() if upper else value


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


INK = ["Sparrow", "Lotus", "Dagger", "Peony", "Raven", "Mandala", "Compass", "Panther", "Swallow", "Koi",
       "Serpent", "Dahlia", "Anchor", "Phoenix", "Crane", "Thorn", "Lantern", "Tiger", "Moth", "Orchid"]
LOW = ["needle", "stencil", "linework", "shader", "aftercare", "ember", "velvet", "marigold", "tundra", "copper",
       "harbor", "saffron", "juniper", "willow", "quartz", "thistle", "basalt", "lagoon"]


def person_pw() -> str:
    """A password a person chose: two words, a symbol, a number."""
    r = _rng()
    return r.choice(INK) + r.choice("!#$%@*&") + r.choice(INK) + str(r.randint(10, 9999))


def lower_pw() -> str:
    r = _rng()
    return r.choice(LOW) + r.choice(INK) + str(r.randint(100, 99999)) + r.choice("!?#.")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOW, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 24, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{pick(sig_len, URLSAFE)}"


def pem(kind: str, prefix: str, total: int, width: int = 64, pad: str = "") -> str:
    """A private key block: `total` base64 characters starting with the DER prefix real keys have."""
    body = prefix + pick(total - len(prefix) - len(pad), B64) + pad
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_pkcs1() -> str:
    return pem("RSA", "MIIEowIBAAKCAQEA", 1588, pad="=")


def rsa_pkcs8() -> str:
    return pem("", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620)


def ec_key() -> str:
    return pem("EC", "MHcCAQEEI", 164, pad="=")


def p8_key() -> str:
    return pem("", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200)


def openssh_key() -> str:
    return pem("OPENSSH", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
               "QyNTUxOQAAACD", 396, width=70)


def indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in block.splitlines())


# Vendor shapes ---------------------------------------------------------------------------------

def stripe_sk(kind: str = "sk_live_") -> str:
    r = _rng()
    if r.random() < 0.5:
        return kind + mixed(24)
    return kind + "51" + mixed(14) + mixed(83)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + mixed(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + mixed(43, URLSAFE)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + pick(8, up) + "/B" + pick(10, up) + "/" + mixed(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + mixed(68, URLSAFE)


def meta_token() -> str:
    return "EAA" + pick(1, "GJBIKN") + mixed(190)


def anthropic_key() -> str:
    return "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def google_key() -> str:
    return "AIza" + mixed(35, URLSAFE)


def google_secret() -> str:
    return "GOCSPX-" + mixed(28, URLSAFE)


def azure_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, URLSAFE + ".~")


def supabase_ref() -> str:
    return pick(20, string.ascii_lowercase)


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    text = template
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, text[:200]
    return text


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-fu/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Booking backends: .env files, framework settings
# ---------------------------------------------------------------------------------------------

_sk = stripe_sk()
add("env/stripe", "inkbook-api/.env", fill("""\
APP_NAME="Black Lotus Booking"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://book.blacklotustattoo.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=inkbook
DB_USERNAME=inkbook
DB_PASSWORD="${DB_PASSWORD}"

# deposits are taken at booking time, refunded if the artist cancels
STRIPE_KEY=pk_live_51NqLotusStudioPublishableKeyOnlyForCheckoutJs
STRIPE_SECRET=@@sk@@
DEPOSIT_AMOUNT_CENTS=5000
DEPOSIT_CURRENCY=usd

MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=587
MAIL_FROM_ADDRESS=bookings@blacklotustattoo.com
""", sk=_sk), _sk, "Laravel Cashier docs: STRIPE_KEY / STRIPE_SECRET in .env")

_pw = person_pw()
add("env/database", "sparrow-booking/.env.production", fill("""\
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://ironsparrow.studio

DATABASE_URL=postgresql://sparrow_app:@@pw@@@db.ironsparrow.internal:5432/bookings?sslmode=require
SHADOW_DATABASE_URL=

SESSION_COOKIE_NAME=sparrow_sid
BOOKING_WINDOW_DAYS=90
MIN_AGE_YEARS=18
REMINDER_HOURS_BEFORE=48,24
""", pw=_pw), _pw, "Prisma docs: PostgreSQL connection URL")

_tok = hexs(32)
_sid = twilio_sid()
add("python/twilio", "studio_ops/studio_ops/settings/production.py", fill("""\
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["book.needleandnectar.com", "admin.needleandnectar.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "needle",
        "USER": "needle",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "localhost",
        "PORT": "5432",
    }
}

# SMS reminders (24h before the session, plus aftercare day 3 and day 14)
TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_AUTH_TOKEN = "@@tok@@"
TWILIO_FROM_NUMBER = "+15035550142"
REMINDER_TEMPLATES = {
    "day_before": "Hi {first}, see you tomorrow at {time} with {artist}. Eat a good meal first!",
    "aftercare_3": "Day 3: keep it clean, thin layer of balm, no soaking. Reply STOP to opt out.",
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", sid=_sid, tok=_tok), _tok, "Twilio docs: Account SID and Auth Token")

_tok = hexs(32)
add("javascript/twilio", "reminders/src/sendReminder.js", fill("""\
'use strict';

const twilio = require('twilio');
const dayjs = require('dayjs');

// TODO move to env before we open the second location
const client = twilio('@@sid@@', '@@tok@@');

async function sendReminder(appointment) {
  const when = dayjs(appointment.startsAt).format('ddd MMM D [at] h:mma');
  const body = `Koi Collective: reminder of your ${appointment.service} with ${appointment.artist} ` +
    `on ${when}. Bring photo ID (18+). Reply C to confirm, R to reschedule.`;

  return client.messages.create({
    from: process.env.TWILIO_FROM || '+12065550199',
    to: appointment.clientPhone,
    body,
  });
}

module.exports = { sendReminder };
""", sid=twilio_sid(), tok=_tok), _tok, "Twilio Node.js helper library README")

_pw = lower_pw()
add("php/database", "portfolio-wp/wp-config.php", fill("""\
<?php
/**
 * WordPress config for crimsonanchortattoo.com (artist portfolios + piercing jewelry catalogue)
 */

define( 'DB_NAME', 'crimson_wp' );
define( 'DB_USER', 'crimson_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'ca_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", pw=_pw), _pw, "WordPress docs: Editing wp-config.php")

add("php/decoy-sample", "portfolio-wp/wp-config-sample.php", """\
<?php
/**
 * The base configuration for WordPress. Copy to wp-config.php and fill in.
 */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress wp-config-sample.php")

add("env/decoy-placeholder", "inkbook-api/.env.example", """\
APP_NAME="Studio Booking"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=inkbook
DB_USERNAME=root
DB_PASSWORD=

# Stripe: get these from Dashboard > Developers > API keys (use TEST keys locally)
STRIPE_KEY=pk_test_your_publishable_key
STRIPE_SECRET=sk_test_your_secret_key
STRIPE_WEBHOOK_SECRET=whsec_...

# Square Appointments sync (optional)
SQUARE_ACCESS_TOKEN=<sandbox access token>
SQUARE_LOCATION_ID=

TWILIO_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_TOKEN=your_auth_token
TWILIO_FROM=+15005550006
""", None, "Laravel .env.example convention; Stripe API keys docs")

_key = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("env/app-key", "gilded-thorn-site/.env", fill("""\
APP_NAME="Gilded Thorn"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://gildedthorn.art

FILESYSTEM_DISK=s3
AWS_DEFAULT_REGION=us-west-2
AWS_BUCKET=gildedthorn-portfolio
AWS_USE_PATH_STYLE_ENDPOINT=false

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
REDIS_HOST=127.0.0.1
""", key=_key), _key, "Laravel docs: Encryption, APP_KEY")

_dj = fakes.django_secret_key(_seed())
add("python/django-secret", "hollowpine/hollowpine/settings.py", fill("""\
\"\"\"Django settings for the Hollow Pine piercing studio site (bookings + jewelry catalogue).\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@dj@@'

DEBUG = False
ALLOWED_HOSTS = ['hollowpinepiercing.com', 'www.hollowpinepiercing.com']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'booking',
    'jewelry',
    'waivers',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}

STATIC_URL = 'static/'
MEDIA_ROOT = BASE_DIR / 'media'
WAIVER_RETENTION_YEARS = 7
""", dj=_dj), _dj, "Django docs: SECRET_KEY setting")

add("python/decoy-env", "hollowpine/hollowpine/settings_prod.py", """\
import os

from django.core.exceptions import ImproperlyConfigured

from .settings import *  # noqa: F401,F403


def env(name: str) -> str:
    try:
        return os.environ[name]
    except KeyError as exc:
        raise ImproperlyConfigured(f"Set the {name} environment variable") from exc


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("PGDATABASE"),
        "USER": env("PGUSER"),
        "PASSWORD": env("PGPASSWORD"),
        "HOST": env("PGHOST"),
    }
}

TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN")
STRIPE_API_KEY = env("STRIPE_API_KEY")
""", None, "Django docs: deployment checklist, secrets from the environment")

_sb = hexs(128)
add("yaml/rails-secret", "koi-collective/config/secrets.yml", fill("""\
# Be sure to restart your server when you modify this file.
# Shared secrets are available across all environments.

shared:
  deposit_policy_url: https://koicollective.com/policies/deposits

development:
  secret_key_base: 5b2a0e6cf0dd1a3b8b7f2bb6c1e4d7a9

test:
  secret_key_base: test-only-not-a-secret

production:
  secret_key_base: @@sb@@
  square_location_id: L8Q2MXK4ZT9RV
""", sb=_sb), _sb, "Rails guides: config/secrets.yml secret_key_base")

_pw = gen_pw(20)
add("compose/database", "inkbook-api/docker-compose.prod.yml", fill("""\
services:
  app:
    image: ghcr.io/blacklotus/inkbook-api:2.4.1
    restart: unless-stopped
    env_file: .env
    depends_on:
      - mysql
      - redis
    ports:
      - "127.0.0.1:8000:8000"

  worker:
    image: ghcr.io/blacklotus/inkbook-api:2.4.1
    command: php artisan queue:work --tries=3
    env_file: .env

  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: inkbook
      MYSQL_USER: inkbook
      MYSQL_PASSWORD: @@pw@@
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - mysql-data:/var/lib/mysql

  redis:
    image: redis:7-alpine

volumes:
  mysql-data:
""", pw=_pw), _pw, "Docker Hub mysql image: MYSQL_PASSWORD")

add("compose/decoy-env-reference", "sparrow-booking/docker-compose.yml", """\
services:
  web:
    build: .
    environment:
      DATABASE_URL: postgresql://sparrow:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/bookings
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
    ports:
      - "3000:3000"
    depends_on:
      db:
        condition: service_healthy

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sparrow
      POSTGRES_DB: bookings
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U sparrow"]
      interval: 5s

secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""", None, "Docker Compose docs: interpolation and secrets")

_whsec = stripe_whsec()
add("k8s/stripe-webhook", "deploy/k8s/booking-secrets.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: booking-payments
  namespace: inkbook
  labels:
    app.kubernetes.io/name: inkbook-api
type: Opaque
data:
  STRIPE_WEBHOOK_SECRET: @@enc@@
  DEPOSIT_CURRENCY: dXNk
""", enc=b64(_whsec)), _whsec, "Kubernetes docs: Secret data is base64; Stripe webhook signing secret")

_pw = person_pw()
add("k8s/database", "deploy/k8s/postgres-auth.yaml", fill("""\
---
apiVersion: v1
kind: Secret
metadata:
  name: bookings-postgres
  namespace: studio
type: kubernetes.io/basic-auth
stringData:
  username: booking_svc
  password: "@@pw@@"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: bookings-postgres-conn
  namespace: studio
data:
  PGHOST: bookings-postgres.studio.svc.cluster.local
  PGDATABASE: bookings
""", pw=_pw), _pw, "Kubernetes docs: basic-auth Secret with stringData")

add("k8s/decoy-external-secret", "deploy/k8s/external-secrets.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: inkbook-payments
  namespace: inkbook
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET
      remoteRef:
        key: prod/inkbook/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/inkbook/stripe
        property: webhook_secret
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/inkbook/twilio
        property: auth_token
""", None, "External Secrets Operator docs: ExternalSecret")

add("helm/decoy-template", "charts/inkbook/templates/secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "inkbook.fullname" . }}-payments
  labels:
    {{- include "inkbook.labels" . | nindent 4 }}
type: Opaque
data:
  STRIPE_SECRET: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | b64enc | quote }}
  STRIPE_WEBHOOK_SECRET: {{ .Values.stripe.webhookSecret | b64enc | quote }}
  SQUARE_ACCESS_TOKEN: {{ .Values.square.accessToken | default "" | b64enc | quote }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilio.authToken | b64enc | quote }}
""", None, "Helm docs: template functions b64enc, required")

_sg = sendgrid_key()
add("helm/sendgrid", "charts/inkbook/values-prod.yaml", fill("""\
replicaCount: 2

image:
  repository: ghcr.io/blacklotus/inkbook-api
  tag: "2.4.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.blacklotustattoo.com
      paths:
        - path: /
          pathType: Prefix

stripe:
  existingSecret: inkbook-stripe

mail:
  driver: sendgrid
  from: "Black Lotus Tattoo <bookings@blacklotustattoo.com>"
  sendgridApiKey: "@@sg@@"
  templates:
    confirmation: d-4f1c2b7a9e3d4c5b8a6f0e1d2c3b4a59
    depositReceipt: d-8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c31

resources:
  limits:
    memory: 512Mi
""", sg=_sg), _sg, "SendGrid docs: API keys; Helm values file")

add("helm/decoy-existing-secret", "charts/inkbook/values.yaml", """\
replicaCount: 1

image:
  repository: ghcr.io/blacklotus/inkbook-api
  tag: ""
  pullPolicy: IfNotPresent

stripe:
  # Name of a Secret holding STRIPE_SECRET and STRIPE_WEBHOOK_SECRET.
  existingSecret: ""
  secretKey: ""
  webhookSecret: ""

square:
  accessToken: ""
  locationId: ""

twilio:
  accountSid: ""
  authToken: ""
  fromNumber: ""

mail:
  driver: smtp
  sendgridApiKey: ""
""", None, "Helm chart values.yaml convention: empty secrets, existingSecret")
# ---------------------------------------------------------------------------------------------
# Deposits and payments
# ---------------------------------------------------------------------------------------------

_sq = square_token()
add("php/square", "inkbook-api/app/Services/SquareDeposits.php", fill("""\
<?php

namespace App\\Services;

use Square\\SquareClient;
use Square\\Environment;
use Square\\Models\\CreatePaymentRequest;
use Square\\Models\\Money;

class SquareDeposits
{
    private SquareClient $client;

    public function __construct()
    {
        $this->client = new SquareClient([
            'accessToken' => '@@sq@@',
            'environment' => Environment::PRODUCTION,
        ]);
    }

    public function chargeDeposit(string $sourceId, int $cents, string $bookingRef): string
    {
        $money = new Money();
        $money->setAmount($cents);
        $money->setCurrency('USD');

        $request = new CreatePaymentRequest($sourceId, $bookingRef);
        $request->setAmountMoney($money);
        $request->setLocationId(config('square.location_id'));
        $request->setNote("Tattoo deposit {$bookingRef} (non-refundable within 48h)");

        $response = $this->client->getPaymentsApi()->createPayment($request);
        if ($response->isError()) {
            throw new \\RuntimeException($response->getErrors()[0]->getDetail());
        }
        return $response->getResult()->getPayment()->getId();
    }
}
""", sq=_sq), _sq, "Square PHP SDK README: SquareClient accessToken")

_sq = square_token()
add("yaml/square", "appointments-sync/src/main/resources/application-prod.yml", fill("""\
server:
  port: 8081

spring:
  application:
    name: appointments-sync
  jackson:
    time-zone: America/Chicago

square:
  environment: production
  access-token: @@sq@@
  location-ids:
    - LQ9T3M8XKD2RP
    - L0W7ZB1YHC6NA
  sync:
    cron: "0 */10 * * * *"
    lookahead-days: 60

studio:
  name: Panther & Peony Tattoo
  calendar-owner: frontdesk@pantherpeony.com
""", sq=_sq), _sq, "Square Java SDK docs; Spring Boot application.yml")

_sec = square_secret()
add("json/square-oauth", "vagaro-bridge/config/square.production.json", fill("""\
{
  "environment": "production",
  "applicationId": "sq0idp-Qx7NvT2bK9yHsE4mW1cR8a",
  "applicationSecret": "@@sec@@",
  "redirectUri": "https://bridge.studiotools.app/oauth/square/callback",
  "scopes": [
    "APPOINTMENTS_READ",
    "APPOINTMENTS_WRITE",
    "CUSTOMERS_READ",
    "PAYMENTS_READ"
  ],
  "tokenRefreshDays": 7
}
""", sec=_sec), _sec, "Square docs: OAuth application secret (sq0csp-)")

_sig = mixed(22, URLSAFE)
add("typescript/square-webhook", "sparrow-booking/src/app/api/webhooks/square/route.ts", fill("""\
import { NextRequest, NextResponse } from "next/server";
import { WebhooksHelper } from "square";
import { markBookingPaid } from "@/lib/bookings";

const SIGNATURE_KEY = "@@sig@@";
const NOTIFICATION_URL = "https://ironsparrow.studio/api/webhooks/square";

export async function POST(req: NextRequest) {
  const body = await req.text();
  const signature = req.headers.get("x-square-hmacsha256-signature") ?? "";

  const valid = WebhooksHelper.isValidWebhookEventSignature(
    body,
    signature,
    SIGNATURE_KEY,
    NOTIFICATION_URL,
  );
  if (!valid) {
    return NextResponse.json({ error: "bad signature" }, { status: 403 });
  }

  const event = JSON.parse(body);
  if (event.type === "payment.updated" && event.data.object.payment.status === "COMPLETED") {
    await markBookingPaid(event.data.object.payment.reference_id);
  }
  return NextResponse.json({ ok: true });
}
""", sig=_sig), _sig, "Square docs: Validate webhook notifications, signature key")

add("html/decoy-publishable", "sparrow-site/public/deposit.html", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your deposit - Iron Sparrow Studio</title>
  <script type="text/javascript" src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <h1>Secure your session</h1>
  <p>A $75 deposit holds your slot and goes toward the final price.</p>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay $75 deposit</button>
  </form>
  <div id="payment-status-container"></div>
  <script>
    const appId = 'sq0idp-7bWq3KfT9xZp2LmN4vRa1Q';
    const locationId = 'LH2Y9QX4K7M3D';

    async function main() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/deposit', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ sourceId: result.token }),
          });
        }
      });
    }
    main();
  </script>
</body>
</html>
""", None, "Square Web Payments SDK quickstart: application id and location id are public")

add("javascript/decoy-publishable", "koi-collective/app/javascript/checkout.js", """\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship to the browser (Stripe docs, "API keys").
const stripePromise = loadStripe("pk_live_51Oa9KoiCollectiveXq2Lm7Tt4Wz8Yb1Nc3Rd5Fg6Hj0Kp9Sv2Ux4Ay7Bz");

export async function payDeposit(bookingId) {
  const res = await fetch(`/bookings/${bookingId}/deposit_session`, { method: "POST" });
  const { sessionId } = await res.json();
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector("#deposit-error").textContent = error.message;
  }
}
""", None, "Stripe docs: publishable keys are meant for client-side code")

_rk = stripe_sk("rk_live_")
add("ruby/stripe", "koi-collective/config/initializers/stripe.rb", fill("""\
# frozen_string_literal: true

# Restricted key: write access to PaymentIntents, Refunds and Customers only.
Stripe.api_key = "@@rk@@"
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.deposits = ActiveSupport::OrderedOptions.new.tap do |d|
  d.amount_cents = 10_000
  d.currency = "usd"
  d.refund_window_hours = 48
end
""", rk=_rk), _rk, "Stripe docs: restricted API keys (rk_live_)")

add("ruby/decoy-credentials", "koi-collective/config/initializers/stripe_prod.rb", """\
# frozen_string_literal: true

Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) ||
                 ENV.fetch("STRIPE_SECRET_KEY")
Stripe.api_version = "2024-06-20"

StripeEvent.signing_secret = Rails.application.credentials.dig(:stripe, :webhook_secret)

StripeEvent.configure do |events|
  events.subscribe "payment_intent.succeeded" do |event|
    Deposits::MarkPaid.call(event.data.object.metadata["booking_id"])
  end
  events.subscribe "charge.refunded" do |event|
    Deposits::MarkRefunded.call(event.data.object.payment_intent)
  end
end
""", None, "Rails guides: custom credentials; stripe_event gem README")

_sk = stripe_sk()
add("markdown/stripe", "docs/runbooks/refund-a-deposit.md", fill("""\
# Refunding a deposit by hand

Use this when the booking app is down and a client needs their deposit back
(artist sick, studio closed for weather, etc.).

1. Find the PaymentIntent in the booking admin (`pi_...` under *Payment*).
2. Run the refund from the office laptop:

```bash
curl https://api.stripe.com/v1/refunds \\
  -u @@sk@@: \\
  -d payment_intent=pi_3PqLx2KoiStudio0Abc1234 \\
  -d reason=requested_by_customer
```

3. Add a note on the client's card: "Deposit refunded manually - <your initials>".
4. Post in #front-desk so nobody refunds twice.

Deposits are non-refundable inside 48 hours unless the studio cancels.
""", sk=_sk), _sk, "Stripe API reference: authentication with curl -u KEY:")

_pp = "E" + mixed(79, URLSAFE)
_ppid = "A" + mixed(79, URLSAFE)
add("env/paypal", "aftercare-shop/.env.local", fill("""\
NEXT_PUBLIC_SITE_URL=https://shop.crimsonanchortattoo.com
NEXT_PUBLIC_PAYPAL_CLIENT_ID=@@ppid@@
PAYPAL_CLIENT_SECRET=@@pp@@
PAYPAL_API_BASE=https://api-m.paypal.com

# balm, saline spray, replacement jewelry
CATALOG_SOURCE=shopify
FREE_SHIPPING_OVER=35
""", ppid=_ppid, pp=_pp), _pp, "PayPal developer docs: REST API client ID and secret")

add("html/decoy-paypal-client-id", "aftercare-shop/public/gift-cards.html", """\
<!DOCTYPE html>
<html>
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Gift cards | Crimson Anchor Tattoo &amp; Piercing</title>
</head>
<body>
  <h2>Give the gift of ink</h2>
  <select id="amount">
    <option value="50">$50</option>
    <option value="100" selected>$100</option>
    <option value="250">$250</option>
  </select>
  <div id="paypal-button-container"></div>
  <script src="https://www.paypal.com/sdk/js?client-id=AeQ2vX8sN4dL7pZk1Jr9Tm3Yc6Wb0Hf5Gu2Ki8Oa4Ls7Dn1Rx9Ev3Mq6Pt0Cz5Bw2Hy8Nj4Fg7Uk1&currency=USD"></script>
  <script>
    paypal.Buttons({
      createOrder: () => fetch('/api/gift-cards/order', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ amount: document.getElementById('amount').value })
      }).then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/api/gift-cards/capture/${data.orderID}`, { method: 'POST' })
        .then(() => { window.location = '/gift-cards/thanks'; })
    }).render('#paypal-button-container');
  </script>
</body>
</html>
""", None, "PayPal JavaScript SDK docs: client-id query parameter is public")

_bt = "access_token$production$" + pick(16, string.ascii_lowercase + string.digits) + "$" + hexs(32)
add("python/braintree", "studio_ops/payments/braintree_gateway.py", fill("""\
\"\"\"Deposits through Braintree (the PayPal/Venmo option on the booking page).\"\"\"
import braintree

gateway = braintree.BraintreeGateway(
    access_token="@@bt@@"
)


def client_token() -> str:
    return gateway.client_token.generate()


def charge_deposit(nonce: str, amount: str, booking_ref: str):
    result = gateway.transaction.sale({
        "amount": amount,
        "payment_method_nonce": nonce,
        "order_id": booking_ref,
        "options": {"submit_for_settlement": True},
    })
    if not result.is_success:
        raise RuntimeError(result.message)
    return result.transaction.id
""", bt=_bt), _bt, "Braintree docs: PayPal access_token$production$ credentials")

_sp = "shpat_" + hexs(32)
add("javascript/shopify", "aftercare-shop/scripts/sync-inventory.mjs", fill("""\
#!/usr/bin/env node
// Pull jewelry stock from the Shopify store into the studio POS every night.
import fetch from "node-fetch";

const SHOP = "crimson-anchor-jewelry.myshopify.com";
const TOKEN = "@@sp@@";
const API = `https://${SHOP}/admin/api/2024-04/graphql.json`;

const query = `{
  products(first: 100, query: "product_type:'Body Jewelry'") {
    edges { node { id title totalInventory variants(first: 20) { edges { node { sku inventoryQuantity } } } } }
  }
}`;

const res = await fetch(API, {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    "X-Shopify-Access-Token": TOKEN,
  },
  body: JSON.stringify({ query }),
});

if (!res.ok) {
  console.error("Shopify said", res.status, await res.text());
  process.exit(1);
}
const { data } = await res.json();
console.log(`synced ${data.products.edges.length} jewelry products`);
""", sp=_sp), _sp, "Shopify Admin API docs: X-Shopify-Access-Token, shpat_ tokens")

_cs = "cs_" + hexs(40)
add("php/woocommerce", "portfolio-wp/wp-content/mu-plugins/booking-deposit-sync.php", fill("""\
<?php
/**
 * Plugin Name: Booking deposit sync
 * Description: Pushes paid deposit orders from the booking app into WooCommerce for bookkeeping.
 */

use Automattic\\WooCommerce\\Client;

require_once __DIR__ . '/vendor/autoload.php';

function ca_woo_client(): Client {
    return new Client(
        'https://crimsonanchortattoo.com',
        'ck_@@ck@@',
        '@@cs@@',
        [ 'version' => 'wc/v3', 'timeout' => 20 ]
    );
}

add_action( 'ca_deposit_paid', function ( array $booking ) {
    ca_woo_client()->post( 'orders', [
        'status'     => 'completed',
        'set_paid'   => true,
        'customer_note' => 'Deposit for ' . $booking['artist'] . ' on ' . $booking['date'],
        'line_items' => [ [ 'product_id' => 4012, 'quantity' => 1, 'total' => $booking['deposit'] ] ],
    ] );
} );
""", ck=hexs(40), cs=_cs), _cs, "WooCommerce REST API docs: consumer key and consumer secret")

add("json/decoy-fixture", "sparrow-booking/test/fixtures/stripe/checkout.session.completed.json", """\
{
  "id": "evt_1PqTestFixture00000000000",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1717000000,
  "livemode": false,
  "type": "checkout.session.completed",
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0fixture",
      "object": "checkout.session",
      "amount_total": 7500,
      "currency": "usd",
      "customer_details": {
        "email": "test.client@example.com",
        "name": "Test Client"
      },
      "metadata": {
        "booking_id": "bk_0001",
        "artist": "jules"
      },
      "payment_intent": "pi_3PqTestFixture0000000000",
      "payment_status": "paid",
      "status": "complete"
    }
  }
}
""", None, "Stripe docs: Event object; test fixture with test-mode ids")

add("python/decoy-test", "studio_ops/tests/test_deposits.py", """\
import pytest
import stripe

from payments.deposits import create_deposit_intent

# Stripe test-mode card tokens from the testing docs; not credentials.
TEST_CARDS = {
    "ok": "pm_card_visa",
    "declined": "pm_card_chargeDeclined",
    "3ds": "pm_card_authenticationRequired",
}


@pytest.fixture(autouse=True)
def fake_stripe(monkeypatch):
    monkeypatch.setattr(stripe, "api_key", "sk_test_dummy_for_unit_tests")
    monkeypatch.setattr(stripe, "api_base", "http://localhost:12111")  # stripe-mock


def test_deposit_is_five_percent_min_fifty():
    intent = create_deposit_intent(quote_cents=40_000, payment_method=TEST_CARDS["ok"])
    assert intent.amount == 5_000


def test_declined_card_raises():
    with pytest.raises(stripe.error.CardError):
        create_deposit_intent(quote_cents=20_000, payment_method=TEST_CARDS["declined"])
""", None, "Stripe testing docs: test PaymentMethods; stripe-mock")

_whsec = stripe_whsec()
add("go/stripe-webhook", "inkdesk/internal/webhooks/stripe.go", fill("""\
package webhooks

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@@whsec@@"

func (h *Handler) Stripe(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		h.deposits.MarkPaid(r.Context(), event.Data.Object["metadata"])
	case stripe.EventTypeChargeRefunded:
		h.deposits.MarkRefunded(r.Context(), event.Data.Object["payment_intent"])
	}
	w.WriteHeader(http.StatusOK)
}
""", whsec=_whsec), _whsec, "Stripe docs: webhook signing secret (whsec_), stripe-go webhook.ConstructEvent")

add("go/decoy-secrets-manager", "inkdesk/internal/config/secrets.go", """\
package config

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type PaymentSecrets struct {
	StripeKey     string `json:"stripe_secret_key"`
	WebhookSecret string `json:"stripe_webhook_secret"`
	TwilioToken   string `json:"twilio_auth_token"`
}

func LoadPaymentSecrets(ctx context.Context, secretID string) (*PaymentSecrets, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("aws config: %w", err)
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String(secretID),
	})
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", secretID, err)
	}
	var s PaymentSecrets
	if err := json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s); err != nil {
		return nil, err
	}
	return &s, nil
}
""", None, "AWS SDK for Go v2 docs: Secrets Manager GetSecretValue")

_sk = stripe_sk()
add("dart/stripe", "inkpass_app/lib/services/deposit_service.dart", fill("""\
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Creates the deposit PaymentIntent straight from the app.
/// (v1 shortcut - moving this to the booking API in the next release)
class DepositService {
  static const _stripeSecret =
      '@@sk@@';

  Future<String> createIntent({required int cents, required String bookingId}) async {
    final res = await http.post(
      Uri.parse('https://api.stripe.com/v1/payment_intents'),
      headers: {
        'Authorization': 'Bearer $_stripeSecret',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: {
        'amount': '$cents',
        'currency': 'usd',
        'metadata[booking_id]': bookingId,
        'automatic_payment_methods[enabled]': 'true',
      },
    );
    if (res.statusCode != 200) {
      throw Exception('Stripe error ${res.statusCode}: ${res.body}');
    }
    return jsonDecode(res.body)['client_secret'] as String;
  }
}
""", sk=_sk), _sk, "Stripe API reference: Bearer authentication; Flutter http package")
# ---------------------------------------------------------------------------------------------
# Consent forms, waivers, ID checks, and where they are stored
# ---------------------------------------------------------------------------------------------

_ak, _as = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("aws-credentials/aws", "frontdesk-pc/aws/credentials", fill("""\
# consent form scanner uploads (ScanSnap -> watch folder -> s3)
[default]
region = us-east-1

[waivers]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@sk@@
region = us-east-1

[portfolio-readonly]
role_arn = arn:aws:iam::418273650912:role/portfolio-readonly
source_profile = waivers
""", ak=_ak, sk=_as), _as, "AWS CLI docs: credentials file profiles")

_ak, _as = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws", "infra/waivers/main.tf", fill("""\
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@ak@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "waivers" {
  bucket = "pantherpeony-signed-waivers"
}

resource "aws_s3_bucket_versioning" "waivers" {
  bucket = aws_s3_bucket.waivers.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "waivers" {
  bucket = aws_s3_bucket.waivers.id
  rule {
    id     = "keep-seven-years"
    status = "Enabled"
    filter {}
    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
    expiration {
      days = 2557
    }
  }
}
""", ak=_ak, sk=_as), _as, "Terraform AWS provider docs: static credentials in the provider block")

add("terraform/decoy-sensitive-var", "infra/booking/variables.tf", """\
variable "db_password" {
  description = "Password for the bookings Postgres user. Set via TF_VAR_db_password."
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Stripe secret key, stored in Secrets Manager by this module."
  type        = string
  sensitive   = true
}

resource "random_password" "session_secret" {
  length  = 48
  special = false
}

resource "aws_secretsmanager_secret" "booking" {
  name = "prod/booking/app"
}

resource "aws_secretsmanager_secret_version" "booking" {
  secret_id = aws_secretsmanager_secret.booking.id
  secret_string = jsonencode({
    db_password       = var.db_password
    stripe_secret_key = var.stripe_secret_key
    session_secret    = random_password.session_secret.result
  })
}
""", None, "Terraform docs: sensitive variables, random_password")

add("markdown/decoy-vendor-example", "docs/waiver-scanner-setup.md", """\
# Waiver scanner -> S3 setup

The front desk scanner drops PDFs into `C:\\Waivers\\Outbox`; a scheduled task syncs them to S3.

## Credentials

Create an IAM user with only `s3:PutObject` on `arn:aws:s3:::<bucket>/waivers/*`, then run
`aws configure --profile waivers` on the front desk PC. It will ask for:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-1
Default output format [None]: json
```

(Those are AWS's documentation examples. Use the keys from the IAM console, and never paste them here.)

## Scheduled task

```
aws s3 sync C:\\Waivers\\Outbox s3://<bucket>/waivers/ --profile waivers --sse AES256
```
""", None, "AWS CLI docs: configure quickstart example keys")

_b2 = "K005" + mixed(27, ALNUM + "/+")
add("ini/backblaze", "frontdesk-pc/rclone/rclone.conf", fill("""\
[b2-waivers]
type = b2
account = 005a3f91c7e2d480000000004
key = @@b2@@
hard_delete = false

[s3-portfolio]
type = s3
provider = AWS
env_auth = true
region = us-west-2
""", b2=_b2), _b2, "rclone docs: Backblaze B2 remote, account and key")

_dk, _ds = "DO00" + pick(16, string.ascii_uppercase + string.digits), mixed(43, ALNUM + "/+")
add("ini/digitalocean-spaces", "ops/backup/.s3cfg", """\
[default]
access_key = """ + _dk + """
secret_key = """ + _ds + """
host_base = nyc3.digitaloceanspaces.com
host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
bucket_location = nyc3
use_https = True
signature_v2 = False
check_ssl_certificate = True
# nightly: s3cmd sync /srv/consent-pdfs s3://koi-consent-archive/ --server-side-encryption
""", _ds, "DigitalOcean docs: Spaces with s3cmd")

_conn_key = pick(86, B64) + "=="
add("powershell/azure-storage", "scripts/Backup-ConsentForms.ps1", fill("""\
<#
.SYNOPSIS
  Copies signed consent PDFs from the front desk share to Azure Blob every night.
#>
param(
    [string]$Source = "\\\\FRONTDESK\\Consent\\Signed",
    [string]$Container = "consent-forms"
)

$ErrorActionPreference = "Stop"
Import-Module Az.Storage

$connectionString = "DefaultEndpointsProtocol=https;AccountName=lotusstudiobackup;AccountKey=@@key@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $connectionString

$cutoff = (Get-Date).AddDays(-2)
Get-ChildItem -Path $Source -Filter *.pdf | Where-Object { $_.LastWriteTime -gt $cutoff } | ForEach-Object {
    $blobName = "{0:yyyy}/{0:MM}/{1}" -f $_.LastWriteTime, $_.Name
    Set-AzStorageBlobContent -File $_.FullName -Container $Container -Blob $blobName -Context $ctx -Force | Out-Null
    Write-Host "uploaded $blobName"
}
""", key=_conn_key), _conn_key, "Azure Storage docs: connection string with AccountKey")

add("powershell/decoy-secretmanagement", "scripts/Send-DailyRoster.ps1", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [string]$Vault = "StudioVault"
)

$smtpCred = Get-Secret -Vault $Vault -Name "Office365-Roster" -ErrorAction Stop
$roster = Import-Csv "\\\\FRONTDESK\\Exports\\appointments-$(Get-Date -Format yyyy-MM-dd).csv"

$body = $roster | Sort-Object Start | Format-Table Start, Artist, Client, Service -AutoSize | Out-String

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $smtpCred `
    -From "frontdesk@blacklotustattoo.com" `
    -To "artists@blacklotustattoo.com" `
    -Subject "Today's roster" `
    -Body $body
""", None, "Microsoft docs: SecretManagement Get-Secret")

_hs = hexs(64)
add("python/dropbox-sign", "waivers/esign.py", fill("""\
\"\"\"Send the tattoo consent & release form for e-signature before the appointment.\"\"\"
from dropbox_sign import ApiClient, Configuration, apis, models

configuration = Configuration(username="@@hs@@")

TEMPLATE_ID = "c26b8a16784a872da37ea946b9ddec7c1e11dff6"


def send_consent(client_name: str, client_email: str, booking_ref: str) -> str:
    with ApiClient(configuration) as api_client:
        api = apis.SignatureRequestApi(api_client)
        signer = models.SubSignatureRequestTemplateSigner(
            role="Client", email_address=client_email, name=client_name
        )
        data = models.SignatureRequestSendWithTemplateRequest(
            template_ids=[TEMPLATE_ID],
            subject="Your consent form for Black Lotus Tattoo",
            message="Please read and sign before your session. Bring the same photo ID.",
            signers=[signer],
            metadata={"booking_ref": booking_ref},
            test_mode=False,
        )
        response = api.signature_request_send_with_template(data)
        return response.signature_request.signature_request_id
""", hs=_hs), _hs, "Dropbox Sign Python SDK README: API key as the username")

_jf = hexs(32)
add("php/jotform", "portfolio-wp/wp-content/themes/crimson/inc/jotform-consent.php", fill("""\
<?php
// Pulls the latest signed consent submissions into the artist's daily sheet.

const CA_JOTFORM_FORM_ID = '241587362910458';

function ca_latest_consents( int $limit = 25 ): array {
    $url = sprintf(
        'https://api.jotform.com/form/%s/submissions?apiKey=%s&limit=%d&orderby=created_at',
        CA_JOTFORM_FORM_ID,
        '@@jf@@',
        $limit
    );
    $response = wp_remote_get( $url, [ 'timeout' => 15 ] );
    if ( is_wp_error( $response ) ) {
        return [];
    }
    $body = json_decode( wp_remote_retrieve_body( $response ), true );
    return $body['content'] ?? [];
}
""", jf=_jf), _jf, "Jotform API docs: apiKey query parameter")

_rsa = rsa_pkcs1()
add("yaml/docusign-private-key", "waivers-service/config/docusign.yml", fill("""\
docusign:
  base_path: https://na4.docusign.net/restapi
  oauth_base: account.docusign.com
  integration_key: 7c1f4b2e-93a8-4d0b-b6e5-2f8a91c3d7e0
  user_id: 5e3a9b71-0c2d-4f86-a1b4-d98e27c6f053
  account_id: 9a4c1e8f-2b7d-4e35-8c06-71f3b2d9a4e1
  consent_template_id: 0b5d2e9c-7a41-4f38-b6c2-e19f7d3a85c4
  jwt_expires_in: 3600
  private_key: |
@@key@@
""", key=indent(_rsa, 4)), _rsa, "DocuSign docs: JWT grant with an RSA private key")

add("yaml/decoy-sops", "waivers-service/config/secrets.enc.yaml", """\
docusign:
    private_key: ENC[AES256_GCM,data:q8C0nE5nW3pQx0oM2Lh8uVb1Z0sYtR4k9dHf6jA2c7eXw==,iv:3Jq9mVx0Zb1sK4nT8pR6wY2cL5eH7uA0fD9gB3iM1oQ=,tag:Vb8nM2qX0sL5kR9tP3wZ7y==,type:str]
dropbox_sign:
    api_key: ENC[AES256_GCM,data:cF3kP9mQ2wX7zL0bN5vR8tY1uH4jE6gA,iv:Pq2Lk9Xz0Vb5Nm8Rt3Wy7Cs1Dh4Fj6Gu=,tag:Lm4Nb7Vc0Xz2Qw5Er8Ty1U==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:418273650912:key/4c1d8a27-9b3e-4f60-a5d2-7e8f91b0c364
          created_at: "2024-03-11T17:02:44Z"
          enc: AQICAHhXbK1z9QmR4vT7nP2wL5sY8cF0jD3gH6kA9eB1uM4oNwGm2pQx0sL5kR9tP3wZ7yAAAAH4wfAYJKoZIhvcNAQcGoG8wbQIBADBoBgkqhkiG9w0BBwEwHgYJYIZIAWUDBAEuMBEEDA==
          aws_profile: ""
    lastmodified: "2024-03-11T17:02:45Z"
    mac: ENC[AES256_GCM,data:Zx8Cv2Bn5Mq0Lw3Ek7Rt1Yu4Io6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9Mq2Lw5Ek8Rt=,iv:Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9A=,tag:Bc4De7Fg0Hi3Jk6Lm9No2P==,type:str]
    version: 3.8.1
""", None, "SOPS docs: encrypted YAML file layout")

_pd = hexs(40)
add("shell/pandadoc", "scripts/send-piercing-consent.sh", fill("""\
#!/usr/bin/env bash
# Usage: send-piercing-consent.sh "Client Name" client@example.com "Septum"
set -euo pipefail

name="$1"; email="$2"; piercing="$3"
template_id="hXb4QmTnR8vZ2kL9pC3wYs"

curl -sS -X POST "https://api.pandadoc.com/public/v1/documents" \\
  -H "Authorization: API-Key @@pd@@" \\
  -H "Content-Type: application/json" \\
  -d @- <<JSON
{
  "name": "Piercing consent - ${name}",
  "template_uuid": "${template_id}",
  "recipients": [{ "email": "${email}", "first_name": "${name%% *}", "role": "Client" }],
  "tokens": [{ "name": "Piercing.Type", "value": "${piercing}" }],
  "metadata": { "source": "front-desk" }
}
JSON
""", pd=_pd), _pd, "PandaDoc API docs: API-Key authorization header")

_on = "api_live." + mixed(11, URLSAFE) + "." + mixed(32, URLSAFE)
add("typescript/onfido", "inkpass-api/src/idcheck/onfido.ts", fill("""\
import { DefaultApi, Configuration, Region } from "@onfido/api";

// Age verification: every client must be 18+ (16+ with guardian for ear lobes only).
const onfido = new DefaultApi(
  new Configuration({
    apiToken: "@@on@@",
    region: Region.EU,
    baseOptions: { timeout: 60_000 },
  }),
);

export async function startAgeCheck(firstName: string, lastName: string) {
  const applicant = await onfido.createApplicant({ first_name: firstName, last_name: lastName });
  const sdkToken = await onfido.generateSdkToken({
    applicant_id: applicant.data.id,
    referrer: "https://inkpass.app/*",
  });
  return { applicantId: applicant.data.id, sdkToken: sdkToken.data.token };
}
""", on=_on), _on, "Onfido API docs: API tokens api_live.")

_vs = uuid_s()
add("env/veriff", "inkpass-api/.env.staging", fill("""\
NODE_ENV=staging
API_BASE_URL=https://staging-api.inkpass.app

VERIFF_API_KEY=@@vk@@
VERIFF_SHARED_SECRET_KEY=@@vs@@
VERIFF_BASE_URL=https://stationapi.veriff.com

ID_CHECK_PROVIDER=veriff
MIN_CLIENT_AGE=18
""", vk=uuid_s(), vs=_vs), _vs, "Veriff docs: API key and shared secret key for HMAC signatures")

add("csv/decoy-checksums", "waivers/archive/2024-05/MANIFEST.sha256", """\
3f7a9c1e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a  2024-05-02_BK1042_consent.pdf
8e1d4c7b0a3f6e9d2c5b8a1f4e7d0c3b6a9f2e5d8c1b4a7f0e3d6c9b2a5f8e1d  2024-05-02_BK1043_consent.pdf
c4b7a0f3e6d9c2b5a8f1e4d7c0b3a6f9e2d5c8b1a4f7e0d3c6b9a2f5e8d1c4b7  2024-05-03_BK1047_consent.pdf
1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809  2024-05-03_BK1048_piercing_guardian.pdf
9f8e7d6c5b4a39281f0e9d8c7b6a59483f2e1d0c9b8a79685f4e3d2c1b0a9988  2024-05-04_BK1051_consent.pdf
5d3c1b9a7f5e3d1c9b7a5f3e1d9c7b5a3f1e9d7c5b3a1f9e7d5c3b1a9f7e5d3c  2024-05-04_BK1052_consent.pdf
""", None, "GNU coreutils sha256sum output format")

add("markdown/decoy-presigned-url", "docs/support/2024-06-ticket-waiver-download.md", """\
# Ticket 2024-06-14: artist couldn't open a client's waiver

**Reported by:** Mara (Thursday evening)
**Resolved:** yes, same night

The link the admin page generated had already expired (they last 15 minutes):

```
https://pantherpeony-signed-waivers.s3.us-west-2.amazonaws.com/2024/06/BK2210_consent.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAXQ7EXAMPLEKEY4QZ%2F20240614%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240614T231507Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=6e0f3b8c2a9d4e71f5c08b3a6d2e9f14c7a05b8e3d61f92a4c7e0b5d8f3a2c61
```

Fix: click *Waiver* again to mint a fresh link; the page now shows a "link expired" notice.
Follow-up: raise expiry to 30 minutes during opening hours (PR #212).
""", None, "AWS docs: presigned URLs expire (X-Amz-Expires)")

add("yaml/decoy-ansible-vault", "ops/ansible/group_vars/studio_pcs/vault.yml", """\
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6131363132333931626466646637326639623862363337310a386166313161323933353036653930
39643735313633633137616536393030386135643030386232303430633563313765616434336634
6531306565363866350a303635633031353431363363643136343261626264386365396462363762
34333061313462626537633766346635306435346339346364663830643730383533346335376562
3565376535653330346464363264336331343239616131343632
""", None, "Ansible docs: vault-encrypted variables file")
# ---------------------------------------------------------------------------------------------
# SMS and email reminders
# ---------------------------------------------------------------------------------------------

_vs = mixed(16)
add("python/vonage", "reminders/vonage_sms.py", fill("""\
import datetime as dt

import vonage

client = vonage.Client(key="@@vk@@", secret="@@vs@@")
sms = vonage.Sms(client)

STUDIO = "LotusInk"  # alphanumeric sender id (UK numbers)


def remind(phone: str, first_name: str, start: dt.datetime, artist: str) -> None:
    text = (
        f"Hi {first_name}, your tattoo with {artist} is on {start:%a %d %b at %H:%M}. "
        "Please arrive 10 min early with ID. Reply STOP to opt out."
    )
    response = sms.send_message({"from": STUDIO, "to": phone, "text": text})
    status = response["messages"][0]["status"]
    if status != "0":
        raise RuntimeError(response["messages"][0]["error-text"])
""", vk=hexs(8), vs=_vs), _vs, "Vonage Python SDK README: key and secret")

_mb = "live_" + mixed(25)
add("ruby/messagebird", "koi-collective/app/jobs/aftercare_text_job.rb", fill("""\
# frozen_string_literal: true

require "messagebird"

class AftercareTextJob < ApplicationJob
  queue_as :sms

  MESSAGES = {
    1 => "Day 1: leave the wrap on 2-4h, wash with unscented soap, pat dry.",
    3 => "Day 3: thin layer of balm 2-3x a day. No pools, baths or sun.",
    14 => "Day 14: peeling is normal, don't pick! Touch-ups are free within 60 days.",
  }.freeze

  def perform(booking_id, day)
    booking = Booking.find(booking_id)
    client = MessageBird::Client.new("@@mb@@")
    client.message_create("KoiTattoo", booking.client_phone, MESSAGES.fetch(day),
                          reference: "aftercare-#{booking.id}-d#{day}")
  end
end
""", mb=_mb), _mb, "MessageBird Ruby SDK README: live access key")

_pl = mixed(40)
add("java/plivo", "appointments-sync/src/main/java/com/pantherpeony/sms/PlivoReminderSender.java", fill("""\
package com.pantherpeony.sms;

import com.plivo.api.Plivo;
import com.plivo.api.exceptions.PlivoRestException;
import com.plivo.api.models.message.Message;
import java.io.IOException;
import java.util.Collections;

public final class PlivoReminderSender implements ReminderSender {

    private static final String AUTH_ID = "MA@@id@@";
    private static final String AUTH_TOKEN = "@@pl@@";
    private static final String FROM = "+13125550178";

    public PlivoReminderSender() {
        Plivo.init(AUTH_ID, AUTH_TOKEN);
    }

    @Override
    public void send(Appointment appt) throws IOException {
        String text = String.format(
            "Panther & Peony: %s, you're booked with %s on %s. Reply Y to confirm.",
            appt.firstName(), appt.artist(), appt.prettyStart());
        try {
            Message.creator(FROM, Collections.singletonList(appt.phone()), text).create();
        } catch (PlivoRestException e) {
            throw new IOException("plivo rejected reminder for " + appt.id(), e);
        }
    }
}
""", id=pick(18, string.ascii_uppercase + string.digits), pl=_pl), _pl, "Plivo Java SDK README: auth id and auth token")

_tx = "KEY0" + hexs(31, upper=True) + "_" + mixed(22)
add("go/telnyx", "inkdesk/cmd/remind/main.go", fill("""\
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"os"
)

const telnyxKey = "@@tx@@"

type message struct {
	From string `json:"from"`
	To   string `json:"to"`
	Text string `json:"text"`
}

func main() {
	if len(os.Args) < 3 {
		log.Fatal("usage: remind <phone> <text>")
	}
	body, _ := json.Marshal(message{From: "+17185550163", To: os.Args[1], Text: os.Args[2]})
	req, _ := http.NewRequest(http.MethodPost, "https://api.telnyx.com/v2/messages", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+telnyxKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Printf("telnyx: %s", resp.Status)
}
""", tx=_tx), _tx, "Telnyx API v2 docs: Bearer API key")

_cs_user, _cs_key = "frontdesk@hollowpinepiercing.com", uuid_s(upper=True)
_basic = b64(f"{_cs_user}:{_cs_key}")
add("http/clicksend", "tools/api-tests/clicksend.http", fill("""\
### ClickSend - account balance (front desk top-ups)
GET https://rest.clicksend.com/v3/account
Authorization: Basic @@basic@@
Accept: application/json

### ClickSend - send test reminder
POST https://rest.clicksend.com/v3/sms/send
Authorization: Basic @@basic@@
Content-Type: application/json

{
  "messages": [
    {
      "source": "hollowpine",
      "from": "HollowPine",
      "to": "+61411555019",
      "body": "Reminder: your helix piercing is tomorrow at 2:30pm. Eat beforehand!"
    }
  ]
}
""", basic=_basic), _basic, "ClickSend REST v3 docs: HTTP Basic with username and API key")

_tm = mixed(30)
add("php/textmagic", "inkbook-api/config/sms.php", fill("""\
<?php

return [
    'driver' => env('SMS_DRIVER', 'textmagic'),

    'textmagic' => [
        'username' => 'blacklotus',
        'api_key'  => env('TEXTMAGIC_KEY', '@@tm@@'),
        'from'     => 'BlackLotus',
    ],

    'twilio' => [
        'sid'   => env('TWILIO_SID'),
        'token' => env('TWILIO_TOKEN'),
        'from'  => env('TWILIO_FROM'),
    ],

    'quiet_hours' => ['21:00', '09:00'],
];
""", tm=_tm), _tm, "Textmagic REST API docs: username and API key; Laravel env() default")

add("php/decoy-env-calls", "inkbook-api/config/services.php", """\
<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'square' => [
        'access_token' => env('SQUARE_ACCESS_TOKEN'),
        'location_id' => env('SQUARE_LOCATION_ID'),
        'environment' => env('SQUARE_ENVIRONMENT', 'sandbox'),
    ],

    'instagram' => [
        'page_id' => env('IG_PAGE_ID'),
        'token' => env('IG_LONG_LIVED_TOKEN'),
    ],
];
""", None, "Laravel docs: config/services.php with env()")

_pm = uuid_s()
add("csharp/postmark", "StudioDesk/StudioDesk.Notifications/PostmarkMailer.cs", fill("""\
using System.Threading.Tasks;
using PostmarkDotNet;

namespace StudioDesk.Notifications
{
    public class PostmarkMailer : IMailer
    {
        private readonly PostmarkClient _client = new PostmarkClient("@@pm@@");

        public async Task SendBookingConfirmationAsync(Booking booking)
        {
            var message = new TemplatedPostmarkMessage
            {
                From = "bookings@ironsparrow.studio",
                To = booking.ClientEmail,
                TemplateAlias = "booking-confirmation",
                TemplateModel = new
                {
                    first_name = booking.ClientFirstName,
                    artist = booking.ArtistName,
                    start = booking.Start.ToString("dddd d MMMM, h:mm tt"),
                    deposit = booking.Deposit.ToString("C"),
                },
                MessageStream = "outbound",
            };
            var result = await _client.SendEmailWithTemplateAsync(message);
            if (result.Status != PostmarkStatus.Success)
            {
                throw new MailerException(result.Message);
            }
        }
    }
}
""", pm=_pm), _pm, "Postmark .NET client README: server token")

_mk = hexs(32)
_ms = hexs(32)
add("json/mailjet", "reminders/config/mailjet.json", fill("""\
{
  "mailjet": {
    "apiKey": "@@mk@@",
    "apiSecret": "@@ms@@",
    "version": "v3.1",
    "sender": { "Email": "hello@gildedthorn.art", "Name": "Gilded Thorn Tattoo" }
  },
  "templates": {
    "reminder48h": 5829104,
    "aftercare": 5829117,
    "reviewRequest": 5829133
  },
  "sendWindow": { "from": "09:00", "to": "20:00", "tz": "Europe/Berlin" }
}
""", mk=_mk, ms=_ms), _ms, "Mailjet Send API v3.1 docs: API key and secret key")

_mg = mailgun_key()
add("shell/mailgun", "scripts/send-flash-day-blast.sh", fill("""\
#!/bin/sh
# Friday 13th flash day announcement to the mailing list.
# Run from cron on the 10th: 0 10 10 * * /opt/studio/send-flash-day-blast.sh

DOMAIN="mg.koicollective.com"
LIST="regulars@mg.koicollective.com"

curl -s --user "api:@@mg@@" \\
    "https://api.mailgun.net/v3/${DOMAIN}/messages" \\
    -F from="Koi Collective <flash@koicollective.com>" \\
    -F to="${LIST}" \\
    -F subject="Friday the 13th flash: \\$13 + \\$7 tip, walk-ins only" \\
    -F template="flash-day-2024" \\
    -F o:tag="flash-day" \\
    -F o:tracking-clicks="htmlonly"
""", mg=_mg), _mg, "Mailgun API docs: HTTP basic auth with api:KEY")

_gp = " ".join(pick(4, string.ascii_lowercase) for _ in range(4))
add("ini/smtp-password", "kiosk/checkin-kiosk.ini", fill("""\
; Check-in kiosk (iPad stand by the door) - emails the consent PDF to the client and the studio
[studio]
name = Needle & Nectar
timezone = America/Los_Angeles
min_age = 18

[smtp]
host = smtp.gmail.com
port = 587
starttls = yes
user = needleandnectar.frontdesk@gmail.com
; Google app password (2FA is on for the account)
password = @@gp@@
bcc = waivers@needleandnectar.com

[printer]
enabled = false
""", gp=_gp), _gp, "Google Account Help: Sign in with app passwords (16 characters)")

_ses = "B" + mixed(43, ALNUM + "/+")
add("xml/ses-smtp", "StudioDesk/StudioDesk.Web/Web.config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StudioName" value="Raven &amp; Moth Tattoo" />
    <add key="ReminderLeadHours" value="24" />
    <add key="DepositPercent" value="20" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="bookings@ravenandmoth.com" deliveryMethod="Network">
        <network host="email-smtp.us-east-1.amazonaws.com"
                 port="587"
                 enableSsl="true"
                 userName="AKIA2OGYBAH6STU5NQ7Z"
                 password="@@ses@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", ses=_ses), _ses, "Amazon SES docs: SMTP credentials; .NET system.net mailSettings")

_az = azure_secret()
add("json/ms-graph", "StudioDesk/StudioDesk.CalendarSync/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "Graph": {
    "TenantId": "3b8e21f4-6c9a-4d17-b0e2-58f4a9c1d736",
    "ClientId": "a91d4e63-27b5-4f08-9c3e-b1d7f2a86e40",
    "ClientSecret": "@@az@@",
    "ArtistCalendars": [
      "raven@ravenandmoth.com",
      "moth@ravenandmoth.com",
      "guestspot@ravenandmoth.com"
    ]
  },
  "Sync": { "IntervalMinutes": 5, "LookAheadDays": 45 }
}
""", az=_az), _az, "Microsoft identity platform docs: client secret credentials")

add("json/decoy-keyvault-reference", "StudioDesk/StudioDesk.CalendarSync/appsettings.json", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "Graph": {
    "TenantId": "3b8e21f4-6c9a-4d17-b0e2-58f4a9c1d736",
    "ClientId": "a91d4e63-27b5-4f08-9c3e-b1d7f2a86e40",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://ravenmoth-kv.vault.azure.net/secrets/graph-client-secret/)",
    "ArtistCalendars": []
  },
  "ConnectionStrings": {
    "Studio": "@Microsoft.KeyVault(VaultName=ravenmoth-kv;SecretName=studio-sql)"
  },
  "Sync": { "IntervalMinutes": 5, "LookAheadDays": 45 }
}
""", None, "Azure App Service docs: Key Vault references")

add("log/decoy-sms-log", "reminders/logs/twilio-2024-05-18.log", """\
2024-05-18T09:00:01Z INFO  reminder-run start batch=day_before count=7
2024-05-18T09:00:02Z INFO  sent sid=SM4c1e8a2f9b3d47e6a0c5f1b8d2e9a7c3 to=+1503555**42 status=queued account=AC7f2b9e4c1a8d3f6b0e5c2a9d7f1b4e8c
2024-05-18T09:00:02Z INFO  sent sid=SM9b2d5f8a1c4e7b0d3f6a9c2e5b8d1f4a to=+1971555**07 status=queued account=AC7f2b9e4c1a8d3f6b0e5c2a9d7f1b4e8c
2024-05-18T09:00:03Z WARN  skip booking=BK2231 reason=opted_out
2024-05-18T09:00:03Z INFO  sent sid=SM0e3a6c9f2b5d8e1a4c7f0b3d6a9e2c5f to=+1503555**88 status=queued account=AC7f2b9e4c1a8d3f6b0e5c2a9d7f1b4e8c
2024-05-18T09:00:04Z ERROR twilio 21610 to=+1360555**15 (unsubscribed recipient) auth=AC7f2b9e4c1a8d3f6b0e5c2a9d7f1b4e8c:********
2024-05-18T09:00:04Z INFO  sent sid=SMd7a0c3f6e9b2d5a8c1f4e7b0a3d6c9f2 to=+1503555**61 status=queued account=AC7f2b9e4c1a8d3f6b0e5c2a9d7f1b4e8c
2024-05-18T09:00:05Z INFO  reminder-run done sent=5 skipped=1 failed=1
""", None, "Twilio docs: Message SIDs (SM...) and Account SIDs (AC...) are identifiers")

add("javascript/decoy-mock", "reminders/test/sendReminder.test.js", """\
jest.mock('twilio', () => {
  const create = jest.fn().mockResolvedValue({ sid: 'SM00000000000000000000000000000000' });
  return jest.fn(() => ({ messages: { create } }));
});

const twilio = require('twilio');
const { sendReminder } = require('../src/sendReminder');

describe('sendReminder', () => {
  it('mentions the artist and asks for ID', async () => {
    await sendReminder({
      startsAt: '2024-06-01T18:00:00Z',
      service: 'consultation',
      artist: 'Dee',
      clientPhone: '+15005550006',
    });
    const { create } = twilio.mock.results[0].value.messages;
    expect(create).toHaveBeenCalledWith(expect.objectContaining({
      to: '+15005550006',
      body: expect.stringContaining('photo ID'),
    }));
  });
});
""", None, "Jest docs: jest.mock; Twilio test phone numbers")

add("markdown/decoy-placeholder", "reminders/README.md", """\
# reminders

Sends appointment reminders (48h and 24h) and aftercare texts for the studio.

## Setup

```bash
cp .env.example .env
export TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
export TWILIO_AUTH_TOKEN=your_auth_token
export TWILIO_FROM=+1XXXXXXXXXX
npm ci && npm run reminders -- --dry-run
```

Find the SID and token on the Twilio Console home page. **Never commit them**; production reads
them from the `reminders` entry in 1Password via `op run --env-file=.env.tpl -- npm start`.

## Opt-outs

Twilio handles STOP/START automatically on long codes. We also keep `opted_out_at` on the client
so the reminder job skips them before calling the API.
""", None, "Twilio docs: placeholder credentials in quickstarts")

add("env/decoy-1password-refs", "reminders/.env.tpl", """\
# Resolved at runtime with: op run --env-file=.env.tpl -- npm start
TWILIO_ACCOUNT_SID=op://Studio/reminders/account_sid
TWILIO_AUTH_TOKEN=op://Studio/reminders/auth_token
TWILIO_FROM=op://Studio/reminders/from_number
SENDGRID_API_KEY=op://Studio/sendgrid/credential
DATABASE_URL=op://Studio/bookings-db/connection_url
""", None, "1Password CLI docs: secret references op://")
# ---------------------------------------------------------------------------------------------
# Social media automation
# ---------------------------------------------------------------------------------------------

_mt = meta_token()
add("python/meta-graph", "social-bot/post_healed.py", fill("""\
\"\"\"Cross-post healed-tattoo photos from the portfolio folder to the studio's Facebook page.\"\"\"
import pathlib
import sys

import requests

GRAPH = "https://graph.facebook.com/v19.0"
PAGE_ID = "104829375561203"
PAGE_TOKEN = "@@mt@@"


def post_photo(path: pathlib.Path, caption: str) -> str:
    with path.open("rb") as fh:
        r = requests.post(
            f"{GRAPH}/{PAGE_ID}/photos",
            data={"caption": caption, "access_token": PAGE_TOKEN},
            files={"source": fh},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["post_id"]


if __name__ == "__main__":
    folder = pathlib.Path(sys.argv[1])
    for img in sorted(folder.glob("*.jpg")):
        artist = img.stem.split("_")[0]
        print(post_photo(img, f"Healed work by @{artist}. Books open for July - link in bio."))
""", mt=_mt), _mt, "Meta Graph API docs: Page access tokens, /{page-id}/photos")

_ig = "IGQWR" + mixed(170, URLSAFE)
add("notebook/instagram", "analytics/instagram_insights.ipynb", fill("""\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Which styles get the most saves?\\n", "Pulls the last 200 posts and their insights."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "IG_USER = '17841452093318870'\\n",
    "TOKEN = '@@ig@@'\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "url = f'https://graph.instagram.com/v19.0/{IG_USER}/media'\\n",
    "params = {'fields': 'id,caption,media_type,timestamp,like_count,comments_count', 'limit': 50, 'access_token': TOKEN}\\n",
    "rows = []\\n",
    "while url and len(rows) < 200:\\n",
    "    page = requests.get(url, params=params, timeout=30).json()\\n",
    "    rows += page['data']\\n",
    "    url, params = page.get('paging', {}).get('next'), None\\n",
    "df = pd.DataFrame(rows)\\n",
    "df['style'] = df.caption.str.extract(r'#(fineline|blackwork|neotrad|japanese|dotwork)')\\n",
    "df.groupby('style').like_count.mean().sort_values()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.6" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", ig=_ig), _ig, "Instagram API docs: long-lived user access tokens")

_pin = "pina_" + pick(96, string.ascii_uppercase + string.digits)
add("yaml/pinterest", "social-bot/config/pinterest.yml", fill("""\
# Pins every new flash sheet to the "Flash for sale" board.
pinterest:
  api_base: https://api.pinterest.com/v5
  access_token: @@pin@@
  boards:
    flash: "1009089422791234567"
    healed: "1009089422791234571"
    piercing: "1009089422791234590"
  link_template: "https://gildedthorn.art/flash/{slug}?utm_source=pinterest"
  alt_text_template: "{style} flash by {artist}, {size}"
schedule:
  cron: "15 18 * * 2,5"
  max_pins_per_run: 6
""", pin=_pin), _pin, "Pinterest API v5 docs: OAuth access tokens (pina_)")

_xb = "AAAAAAAAAAAAAAAAAAAAA" + pick(9, ALNUM) + "AAAAAA" + mixed(24) + "%2B" + mixed(12) + "%3D" + mixed(50)
add("javascript/x-bearer", "social-bot/src/mentions.js", fill("""\
// Watches X for people tagging the studio with a healed photo, posts them to Slack for a repost.
const { TwitterApi } = require("twitter-api-v2");

const client = new TwitterApi(
  "@@xb@@"
);

async function recentMentions(sinceId) {
  const res = await client.v2.search("@PantherPeonyInk has:images -is:retweet", {
    since_id: sinceId,
    "tweet.fields": ["created_at", "author_id"],
    expansions: ["attachments.media_keys"],
    max_results: 25,
  });
  return res.tweets;
}

module.exports = { recentMentions };
""", xb=_xb), _xb, "X API docs: App-only Bearer Token")

_ttk = "act." + mixed(62, ALNUM) + "!" + digits(4) + ".va"
add("python/tiktok", "social-bot/tiktok_upload.py", fill("""\
import os
import requests

ACCESS_TOKEN = os.environ.get("TIKTOK_TOKEN") or "@@ttk@@"
INIT_URL = "https://open.tiktokapis.com/v2/post/publish/video/init/"


def upload_timelapse(path: str, title: str) -> str:
    size = os.path.getsize(path)
    init = requests.post(
        INIT_URL,
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}", "Content-Type": "application/json; charset=UTF-8"},
        json={
            "post_info": {"title": title, "privacy_level": "PUBLIC_TO_EVERYONE", "disable_duet": True},
            "source_info": {"source": "FILE_UPLOAD", "video_size": size, "chunk_size": size, "total_chunk_count": 1},
        },
        timeout=30,
    ).json()
    upload_url = init["data"]["upload_url"]
    with open(path, "rb") as fh:
        requests.put(upload_url, data=fh, headers={"Content-Range": f"bytes 0-{size - 1}/{size}"}, timeout=300)
    return init["data"]["publish_id"]
""", ttk=_ttk), _ttk, "TikTok Content Posting API docs: user access token (act.)")

_oa = fakes.openai_key(_seed())
add("python/openai", "social-bot/captions.py", fill("""\
\"\"\"Drafts Instagram captions from the artist's notes. A human always edits before posting.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@oa@@")

STYLE_GUIDE = (
    "You write short, warm captions for a tattoo studio. No emojis in the first line. "
    "Always credit the artist with their handle, mention healed vs fresh, end with booking info. "
    "Never mention the client's name or body details beyond placement."
)


def draft_caption(notes: str, artist_handle: str, healed: bool) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": STYLE_GUIDE},
            {"role": "user", "content": f"Artist: {artist_handle}. {'Healed' if healed else 'Fresh'}. Notes: {notes}"},
        ],
        max_tokens=180,
        temperature=0.7,
    )
    return resp.choices[0].message.content.strip()
""", oa=_oa), _oa, "OpenAI Python library README: OpenAI(api_key=...)")

_an = anthropic_key()
add("typescript/anthropic", "inkpass-api/src/aftercare/chatbot.ts", fill("""\
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "@@an@@",
});

const SYSTEM = `You answer aftercare questions for Hollow Pine Piercing clients.
Only give the studio's standard saline-soak aftercare. For swelling beyond 72h, heat, pus,
or red streaks, tell them to see a doctor and call the studio. Never suggest removing jewelry.`;

export async function answer(question: string, piercing: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    system: SYSTEM,
    messages: [{ role: "user", content: `Piercing: ${piercing}\\n\\n${question}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
""", an=_an), _an, "Anthropic TypeScript SDK README: apiKey option")

_dw = discord_webhook()
add("python/discord-webhook", "inkdesk-notify/notify.py", fill("""\
\"\"\"Posts new online bookings into the artists' Discord channel.\"\"\"
import requests

WEBHOOK = "@@dw@@"


def announce(booking: dict) -> None:
    embed = {
        "title": f"New booking: {booking['service']}",
        "description": booking.get("idea", "")[:300],
        "color": 0x8B0000,
        "fields": [
            {"name": "Artist", "value": booking["artist"], "inline": True},
            {"name": "When", "value": booking["start"], "inline": True},
            {"name": "Deposit", "value": "paid" if booking["deposit_paid"] else "pending", "inline": True},
        ],
    }
    requests.post(WEBHOOK, json={"username": "Front Desk", "embeds": [embed]}, timeout=10).raise_for_status()
""", dw=_dw), _dw, "Discord developer docs: Execute Webhook")

_sw = slack_webhook()
add("yaml/slack-webhook", "ops/uptime/uptime-kuma-notifications.yml", fill("""\
# exported from Uptime Kuma (booking site monitors) so we can rebuild the box
monitors:
  - name: Booking site
    type: http
    url: https://book.blacklotustattoo.com/health
    interval: 60
  - name: Deposit webhooks
    type: keyword
    url: https://book.blacklotustattoo.com/stripe/health
    keyword: ok
    interval: 120
notifications:
  - name: front-desk-slack
    type: slack
    isDefault: true
    slackwebhookURL: @@sw@@
    slackchannel: "#front-desk"
    slackusername: uptime
""", sw=_sw), _sw, "Uptime Kuma Slack notification; Slack incoming webhooks docs")

_tg = fakes.telegram_token(_seed())
add("toml/telegram", "walkin-bot/config.toml", fill("""\
# Walk-in queue bot: clients DM the bot, the artists get pinged in the staff group.
[bot]
token = "@@tg@@"
staff_chat_id = -1001837264519
language = "en"

[queue]
max_waiting = 12
piercings = ["lobe", "helix", "nostril", "septum", "conch", "navel"]
closed_days = ["Monday"]

[hours]
open = "12:00"
close = "20:00"
""", tg=_tg), _tg, "Telegram Bot API docs: bot token from @BotFather")

add("html/decoy-analytics", "gilded-thorn-site/resources/views/partials/head.blade.php", """\
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="google-site-verification" content="q7Xb2LmN9vR4tK1wZ8sY3cF6jD0gH5aE2uP7oI4nM1Q" />
<meta name="facebook-domain-verification" content="k3m9x2q7v1z8w4p6t0r5y2u8i1o3e7" />
<meta name="p:domain_verify" content="4f8a2c9e1b7d3f6a0c5e8b2d9f1a4c7e"/>
<title>@yield('title', 'Gilded Thorn Tattoo') | Fine line & ornamental tattoo, Berlin</title>

<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2KD9M4T"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2KD9M4T', { anonymize_ip: true });
</script>

<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '781429360152847');
  fbq('track', 'PageView');
</script>
""", None, "Google tag docs; Meta Pixel base code; site verification meta tags")

add("python/decoy-env", "social-bot/settings.py", """\
\"\"\"Settings for the social bot, from the environment (systemd EnvironmentFile on the studio NUC).\"\"\"
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    page_id: str
    page_token: str
    ig_user_id: str
    openai_key: str
    discord_webhook: str


def load() -> Settings:
    missing = [n for n in ("FB_PAGE_ID", "FB_PAGE_TOKEN", "IG_USER_ID", "OPENAI_API_KEY", "DISCORD_WEBHOOK_URL")
               if not os.environ.get(n)]
    if missing:
        raise SystemExit(f"missing settings: {', '.join(missing)}")
    return Settings(
        page_id=os.environ["FB_PAGE_ID"],
        page_token=os.environ["FB_PAGE_TOKEN"],
        ig_user_id=os.environ["IG_USER_ID"],
        openai_key=os.environ["OPENAI_API_KEY"],
        discord_webhook=os.environ["DISCORD_WEBHOOK_URL"],
    )
""", None, "Twelve-factor app: config in the environment")

add("systemd/decoy-environment-file", "social-bot/deploy/social-bot.service", """\
[Unit]
Description=Studio social media bot (captions, cross-posting)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=socialbot
WorkingDirectory=/opt/social-bot
EnvironmentFile=/etc/social-bot/env
LoadCredential=fb_page_token:/etc/credstore/fb_page_token
ExecStart=/opt/social-bot/.venv/bin/python -m social_bot
Restart=on-failure
RestartSec=30
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/social-bot

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec docs: EnvironmentFile, LoadCredential")

_fs = hexs(32)
add("ruby/facebook-app-secret", "koi-collective/config/initializers/omniauth.rb", fill("""\
# frozen_string_literal: true

# Clients can log in with Facebook to see their bookings and aftercare notes.
Rails.application.config.middleware.use OmniAuth::Builder do
  provider :facebook,
           "1198374652039481",
           "@@fs@@",
           scope: "email,public_profile",
           info_fields: "email,first_name,last_name",
           image_size: "normal"

  provider :google_oauth2,
           ENV["GOOGLE_CLIENT_ID"],
           ENV["GOOGLE_CLIENT_SECRET"],
           prompt: "select_account"
end

OmniAuth.config.allowed_request_methods = %i[post]
""", fs=_fs), _fs, "omniauth-facebook README: app id and app secret")

_tw_secret = mixed(50)
add("properties/x-oauth1", "social-bot-jvm/src/main/resources/twitter4j.properties", fill("""\
# twitter4j for the Kotlin poster (OAuth 1.0a user context, @KoiCollectiveInk)
debug=false
oauth.consumerKey=@@ck@@
oauth.consumerSecret=@@cs@@
oauth.accessToken=1529384756102938475-@@at@@
oauth.accessTokenSecret=@@ats@@
http.connectionTimeout=20000
http.readTimeout=120000
""", ck=mixed(25), cs=_tw_secret, at=mixed(30), ats=mixed(45)), _tw_secret, "Twitter4J docs: twitter4j.properties OAuth settings")

_bf = "1/" + hexs(32)
add("shell-history/buffer", "ops/notes/frontdesk-nuc.bash_history", fill("""\
cd /opt/social-bot
git pull
sudo systemctl restart social-bot
journalctl -u social-bot -n 50 --no-pager
curl -s "https://api.bufferapp.com/1/profiles.json?access_token=@@bf@@" | jq '.[].formatted_username'
curl -s -X POST https://api.bufferapp.com/1/updates/create.json -d "profile_ids[]=5f3c2a1b9e8d7c6b5a4f3e2d" -d "text=Flash day this Saturday!" -d "access_token=@@bf@@"
ls -la /var/lib/social-bot/queue
df -h
exit
""", bf=_bf), _bf, "Buffer API v1 docs: access_token parameter")
# ---------------------------------------------------------------------------------------------
# Portfolio sites, hosting, media
# ---------------------------------------------------------------------------------------------

_cl = mixed(27, URLSAFE)
add("env/cloudinary", "sparrow-site/.env", fill("""\
# portfolio images: artists upload from their phones, we serve resized webp
CLOUDINARY_URL=cloudinary://@@k@@:@@cl@@@ironsparrow
NEXT_PUBLIC_CLOUDINARY_CLOUD=ironsparrow
NEXT_PUBLIC_SITE_NAME="Iron Sparrow Studio"
REVALIDATE_SECONDS=600
PORTFOLIO_FOLDER=portfolio/healed
""", k=digits(15), cl=_cl), _cl, "Cloudinary docs: CLOUDINARY_URL environment variable")

_cl = mixed(27, URLSAFE)
add("swift/cloudinary", "InkPass/InkPass/Services/PortfolioUploader.swift", fill("""\
import Foundation
import Cloudinary

/// Lets artists push fresh work to the portfolio straight from the studio iPad.
final class PortfolioUploader {
    static let shared = PortfolioUploader()

    private let cloudinary: CLDCloudinary = {
        let config = CLDConfiguration(
            cloudName: "gildedthorn",
            apiKey: "@@k@@",
            apiSecret: "@@cl@@"
        )
        return CLDCloudinary(configuration: config)
    }()

    func upload(_ data: Data, artist: String, style: String, completion: @escaping (String?) -> Void) {
        let params = CLDUploadRequestParams()
            .setFolder("portfolio/\\(artist)")
            .setTags([style, "fresh"])
        cloudinary.createUploader().signedUpload(data: data, params: params) { result, error in
            completion(error == nil ? result?.secureUrl : nil)
        }
    }
}
""", k=digits(15), cl=_cl), _cl, "Cloudinary iOS SDK docs: CLDConfiguration with apiSecret for signed uploads")

add("html/decoy-signed-urls", "sparrow-site/public/healed/index.html", """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Healed work | Iron Sparrow Studio</title></head>
<body>
<main class="grid">
  <figure>
    <img src="https://res.cloudinary.com/ironsparrow/image/upload/s--Xq2bK7mN--/c_fill,w_600,h_750,f_auto,q_auto/v1716214401/portfolio/healed/jules_koi_sleeve.jpg"
         alt="Healed Japanese koi sleeve by Jules" loading="lazy">
    <figcaption>Koi sleeve, 2 years healed &mdash; Jules</figcaption>
  </figure>
  <figure>
    <img src="https://res.cloudinary.com/ironsparrow/image/upload/s--9vTz3LcQ--/c_fill,w_600,h_750,f_auto,q_auto/v1716214987/portfolio/healed/dee_fineline_botanical.jpg"
         alt="Healed fine line botanical forearm piece by Dee" loading="lazy">
    <figcaption>Botanical fine line, 8 months healed &mdash; Dee</figcaption>
  </figure>
  <figure>
    <img src="https://res.cloudinary.com/ironsparrow/image/upload/s--mR4wYp0E--/c_fill,w_600,h_750,f_auto,q_auto/v1716215512/portfolio/healed/sam_blackwork_mandala.jpg"
         alt="Healed blackwork mandala by Sam" loading="lazy">
    <figcaption>Blackwork mandala, 1 year healed &mdash; Sam</figcaption>
  </figure>
  <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAKJJREFUeNpi/P//PwMlgImBQjDwBrBgE2RkZGwA0qlAzAXE94G4+v///xtIMwAoXw+k8oH4JhDbAvFMIK4EKt5IbAB8RfoAxAuA2B+IbYH4OhBPBOJdJLvAGqi4AYpvALE1EJ8B4j9AvJtYFxgBFd8AYkMgtgTiu0A8G4iPEOsCIyA+AsSGQPwPiI8B8QUgPkOsC0yAuA+IzYD4PxBfAuKjQAwA4ZoZQZBzNf0AAAAASUVORK5CYII="
       alt="" width="16" height="16" class="sparrow-mark">
</main>
</body>
</html>
""", None, "Cloudinary docs: signed delivery URLs (s--SIGNATURE--); data URI images")

_nf = "nfp_" + mixed(36)
add("github-actions/netlify", "portfolio-static/.github/workflows/deploy.yml", fill("""\
name: Deploy portfolio

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - name: Deploy to Netlify
        run: npx netlify-cli deploy --prod --dir=dist --site=3f7c2b91-8d4e-4a6f-b0c5-e29d71a48f36
        env:
          NETLIFY_AUTH_TOKEN: @@nf@@
""", nf=_nf), _nf, "Netlify CLI docs: NETLIFY_AUTH_TOKEN for CI deploys")

add("github-actions/decoy-secrets-ref", "sparrow-site/.github/workflows/ci.yml", """\
name: CI

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16@sha256:4aea012537edfad80f98d870a36e6b90b4c09b27be7f4b4759d72db863baeebb
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8 # v4.0.2
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/test
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_TEST_AUTH_TOKEN }}

  deploy:
    if: github.ref == 'refs/heads/main'
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - run: npx vercel deploy --prod --token="$VERCEL_TOKEN"
        env:
          VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
          VERCEL_ORG_ID: ${{ vars.VERCEL_ORG_ID }}
          VERCEL_PROJECT_ID: ${{ vars.VERCEL_PROJECT_ID }}
""", None, "GitHub Actions docs: secrets context; pinned action SHAs")

_vc = mixed(24)
add("gitlab-ci/vercel", "koi-site/.gitlab-ci.yml", fill("""\
stages:
  - build
  - deploy

variables:
  VERCEL_ORG_ID: team_8XkQ2mLp4VnR7tYz1Wc9Hb3J
  VERCEL_PROJECT_ID: prj_5Rt2Yq8Zk1Lm4Np7Wx0Cv3Bs6H

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [.next/]

deploy_production:
  stage: deploy
  image: node:20
  only: [main]
  script:
    - npm i -g vercel@34
    - vercel pull --yes --environment=production --token=@@vc@@
    - vercel deploy --prebuilt --prod --token=@@vc@@
""", vc=_vc), _vc, "Vercel CLI docs: --token for CI; GitLab CI with Vercel")

_gh = fakes.github_fine_grained_token(_seed())
add("shell/github-token", "portfolio-static/scripts/publish-flash.sh", fill("""\
#!/usr/bin/env bash
# Commits this week's flash sheets to the portfolio repo so Netlify rebuilds.
set -euo pipefail

WEEK=$(date +%G-W%V)
SRC="$HOME/Dropbox/Flash/${WEEK}"
REPO_DIR=$(mktemp -d)

git clone --depth 1 "https://sparrow-bot:@@gh@@@github.com/ironsparrow/portfolio-static.git" "$REPO_DIR"
mkdir -p "$REPO_DIR/src/content/flash/${WEEK}"
cp "$SRC"/*.png "$REPO_DIR/src/content/flash/${WEEK}/"

cd "$REPO_DIR"
git add -A
git -c user.name="sparrow-bot" -c user.email="bot@ironsparrow.studio" commit -m "Flash ${WEEK}" || exit 0
git push origin main
rm -rf "$REPO_DIR"
""", gh=_gh), _gh, "GitHub docs: fine-grained personal access tokens over HTTPS")

_do = "dop_v1_" + hexs(64)
add("terraform/digitalocean", "infra/droplet/provider.tf", fill("""\
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "@@do@@"
}

resource "digitalocean_droplet" "booking" {
  name     = "raven-moth-booking"
  region   = "sfo3"
  size     = "s-1vcpu-2gb"
  image    = "ubuntu-22-04-x64"
  ssh_keys = [41938271]
  backups  = true
}

resource "digitalocean_firewall" "booking" {
  name        = "booking-web"
  droplet_ids = [digitalocean_droplet.booking.id]

  inbound_rule {
    protocol         = "tcp"
    port_range       = "443"
    source_addresses = ["0.0.0.0/0", "::/0"]
  }
}
""", do=_do), _do, "DigitalOcean Terraform provider docs: token argument")

_cf = mixed(40, URLSAFE)
add("terraform/cloudflare", "infra/dns/terraform.tfvars", fill("""\
cloudflare_api_token = "@@cf@@"
zone_id              = "8c2f1e7a9b4d36f05e8a1c7b2d9f4e63"
apex                 = "needleandnectar.com"

records = {
  book    = { type = "CNAME", value = "needle-booking.fly.dev", proxied = true }
  shop    = { type = "CNAME", value = "shops.myshopify.com", proxied = false }
  consent = { type = "CNAME", value = "needle-waivers.netlify.app", proxied = true }
}
""", cf=_cf), _cf, "Cloudflare Terraform provider docs: api_token")

_srv = supabase_ref()
_sr = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _srv, "role": "service_role",
                                            "iat": 1709251200, "exp": 2024827200})
add("typescript/supabase", "inkpass-api/src/lib/supabaseAdmin.ts", fill("""\
import { createClient } from "@supabase/supabase-js";

// Server-only client: bypasses row level security to purge consent forms after 7 years.
export const supabaseAdmin = createClient(
  "https://@@ref@@.supabase.co",
  "@@sr@@",
  { auth: { persistSession: false, autoRefreshToken: false } },
);

export async function purgeExpiredConsents(before: Date) {
  const { data, error } = await supabaseAdmin
    .from("consent_forms")
    .delete()
    .lt("signed_at", before.toISOString())
    .select("id, storage_path");
  if (error) throw error;
  if (data?.length) {
    await supabaseAdmin.storage.from("consents").remove(data.map((row) => row.storage_path));
  }
  return data?.length ?? 0;
}
""", ref=_srv, sr=_sr), _sr, "Supabase docs: service_role key must stay server-side")

_anref = supabase_ref()
_anon = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _anref, "role": "anon",
                                              "iat": 1709251200, "exp": 2024827200})
add("typescript/decoy-public-anon-key", "inkpass-web/src/lib/supabase.ts", fill("""\
import { createClient } from "@supabase/supabase-js";

// Browser client. The anon key is public by design; row level security protects the data
// (clients can read only their own bookings and consent status).
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_ANON_KEY =
  "@@anon@@";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function myBookings() {
  const { data, error } = await supabase
    .from("bookings")
    .select("id, starts_at, artist:artists(name), deposit_status, consent_signed")
    .order("starts_at");
  if (error) throw error;
  return data;
}
""", ref=_anref, anon=_anon), None, "Supabase docs: the anon key is safe to use in a browser with RLS")

add("javascript/decoy-firebase-config", "inkpass-web/src/firebase.js", """\
import { initializeApp } from "firebase/app";
import { getMessaging, getToken } from "firebase/messaging";

// Firebase web config: these identify the project and are not secrets (see Firebase docs,
// "Learn about using and managing API keys for Firebase").
const firebaseConfig = {
  apiKey: "AIzaSyC4kM9xQ2vB7nL1pR8tW3zY6sD0fH5jK2g",
  authDomain: "inkpass-prod.firebaseapp.com",
  projectId: "inkpass-prod",
  storageBucket: "inkpass-prod.appspot.com",
  messagingSenderId: "613048275911",
  appId: "1:613048275911:web:4b8e2c7a1f9d3e6b0a5c2d",
  measurementId: "G-R3K8Z2WQ1M",
};

const app = initializeApp(firebaseConfig);

export async function enableReminderPush() {
  const messaging = getMessaging(app);
  return getToken(messaging, {
    vapidKey: "BM3xQ9n2Lk7vR1tY8pZ4wC6sD0fH5jK2gA7bN3mE9uI1oP6qW4rT8yU2iO5pL0kJ7hG3fD9sA1zX6cV4bN8mQ",
  });
}
""", None, "Firebase docs: API keys for Firebase are not secret; VAPID public key")

_mb = "sk.eyJ1Ijoia29pY29sbGVjdGl2ZSIsImEiOiJjbHg" + mixed(21) + "In0." + mixed(22, URLSAFE)
add("shell/mapbox-secret", "koi-site/scripts/upload-studio-tileset.sh", fill("""\
#!/bin/sh
# Uploads the "guest spots" map (studios we travel to) as a Mapbox tileset.
set -e

export MAPBOX_ACCESS_TOKEN=@@mb@@

tilesets upload-source koicollective guest-spots data/guest-spots.geojson --replace
tilesets update-recipe koicollective.guest-spots recipes/guest-spots.json
tilesets publish koicollective.guest-spots
echo "published; the site uses the public pk. token for display"
""", mb=_mb), _mb, "Mapbox docs: secret tokens (sk.) with tilesets:write scope")

add("javascript/decoy-public-map-token", "koi-site/src/components/GuestSpotMap.jsx", """\
import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";

// Public token (pk.), URL-restricted to koicollective.com in the Mapbox account.
mapboxgl.accessToken =
  "pk.eyJ1Ijoia29pY29sbGVjdGl2ZSIsImEiOiJjbHgyN2Q5bXQwMDFmMmpxdDRzNnhzM2VqIn0.Qm4Vx8Lp2Zr7Tk1Nw9Ys3A";

export default function GuestSpotMap() {
  const el = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({
      container: el.current,
      style: "mapbox://styles/koicollective/clx27e1ab00ql01qr8w3c5n2d",
      center: [-122.676, 45.523],
      zoom: 3,
    });
    map.on("load", () => {
      map.addSource("spots", { type: "vector", url: "mapbox://koicollective.guest-spots" });
      map.addLayer({ id: "spots", type: "circle", source: "spots", "source-layer": "spots" });
    });
    return () => map.remove();
  }, []);
  return <div ref={el} className="h-96 w-full rounded" />;
}
""", None, "Mapbox docs: public tokens (pk.) are meant for client-side use")

_al = hexs(32)
add("javascript/algolia-admin", "portfolio-static/scripts/index-portfolio.js", fill("""\
// Rebuilds the portfolio search index (style, artist, placement, healed/fresh).
const algoliasearch = require("algoliasearch");
const pieces = require("../src/data/portfolio.json");

const client = algoliasearch("Q7ZK4M2XWN", "@@al@@");
const index = client.initIndex("portfolio_pieces");

(async () => {
  await index.setSettings({
    searchableAttributes: ["title", "style", "artist", "placement"],
    attributesForFaceting: ["searchable(artist)", "style", "healed"],
  });
  const records = pieces.map((p) => ({ objectID: p.slug, ...p }));
  const { objectIDs } = await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${objectIDs.length} pieces`);
})();
""", al=_al), _al, "Algolia docs: Admin API key for indexing")

add("javascript/decoy-search-only-key", "portfolio-static/src/search.js", """\
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only API key: public, restricted to the portfolio_pieces index.
const searchClient = algoliasearch("Q7ZK4M2XWN", "2b9d4f61c8e07a35b1d96e4c0f7a82d3");

const search = instantsearch({ indexName: "portfolio_pieces", searchClient });

search.addWidgets([
  searchBox({ container: "#search", placeholder: "Search by style, artist or placement" }),
  refinementList({ container: "#artists", attribute: "artist" }),
  refinementList({ container: "#styles", attribute: "style" }),
  hits({
    container: "#hits",
    templates: { item: (hit, { html }) => html`<img src="${hit.thumb}" alt="${hit.title}" />` },
  }),
]);

search.start();
""", None, "Algolia docs: search-only API keys are safe in front-end code")

_rc = "6L" + pick(1, "cdef") + mixed(9) + "AAAAA" + mixed(23, URLSAFE)
add("php/recaptcha-secret", "inkbook-api/app/Http/Middleware/VerifyRecaptcha.php", fill("""\
<?php

namespace App\\Http\\Middleware;

use Closure;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;

class VerifyRecaptcha
{
    private const SECRET = '@@rc@@';

    public function handle(Request $request, Closure $next)
    {
        $response = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret'   => self::SECRET,
            'response' => $request->input('g-recaptcha-response'),
            'remoteip' => $request->ip(),
        ])->json();

        if (! ($response['success'] ?? false) || ($response['score'] ?? 0) < 0.5) {
            abort(422, 'Booking request looked automated. Please call the studio.');
        }
        return $next($request);
    }
}
""", rc=_rc), _rc, "Google reCAPTCHA docs: verifying the user's response with the secret key")

add("html/decoy-site-key", "inkbook-api/resources/views/booking/request.blade.php", """\
@extends('layouts.app')

@section('content')
<h1>Request a tattoo</h1>
<form method="POST" action="{{ route('booking.store') }}" enctype="multipart/form-data" id="booking-form">
    @csrf
    <label>Name <input name="name" required></label>
    <label>Email <input type="email" name="email" required></label>
    <label>Date of birth <input type="date" name="dob" required></label>
    <label>Placement <input name="placement" placeholder="e.g. left forearm, outer"></label>
    <label>Size (cm) <input name="size_cm" type="number" min="2" max="60"></label>
    <label>Your idea <textarea name="idea" rows="5"></textarea></label>
    <label>Reference images <input type="file" name="refs[]" multiple accept="image/*"></label>
    <button class="g-recaptcha"
            data-sitekey="6Lc3mQ4qAAAAAHv2Xb8kN1pR7tZ0wY5sF9jD4gE2"
            data-callback="onSubmit"
            data-action="booking">Send request</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>
  function onSubmit(token) { document.getElementById("booking-form").submit(); }
</script>
@endsection
""", None, "Google reCAPTCHA v3 docs: the site key goes in the page")

_hc = "0x" + hexs(40)
add("env/hcaptcha", "hollowpine/.env.prod", fill("""\
DJANGO_SETTINGS_MODULE=hollowpine.settings_prod
DJANGO_ALLOWED_HOSTS=hollowpinepiercing.com
HCAPTCHA_SITEKEY=b4c8e1f2-9a3d-4e7b-a6c5-d2f18e9b3a07
HCAPTCHA_SECRET=@@hc@@
WAIVER_BUCKET=hollowpine-waivers
""", hc=_hc), _hc, "hCaptcha docs: secret key for siteverify")

_sen = "sntrys_" + b64url(json.dumps({"iat": 1712000000.1, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "iron-sparrow"}).encode()) + "_" + mixed(43, ALNUM + "+/")
add("dockerfile/sentry-auth-token", "sparrow-site/Dockerfile", fill("""\
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
ENV SENTRY_ORG=iron-sparrow SENTRY_PROJECT=booking-web
ENV SENTRY_AUTH_TOKEN=@@sen@@
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
EXPOSE 3000
USER node
CMD ["node", "server.js"]
""", sen=_sen), _sen, "Sentry docs: organization auth tokens (sntrys_) for source map upload")

add("javascript/decoy-sentry-dsn", "sparrow-site/sentry.client.config.js", """\
import * as Sentry from "@sentry/nextjs";

// The DSN is public: it only lets the browser send events to this project.
Sentry.init({
  dsn: "https://3f9a2c7e1b8d4f60a5c2e9b7d1f4a8c3@o4507123456789.ingest.us.sentry.io/4507198765432101",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  beforeSend(event) {
    // never ship client health answers from the consent form
    if (event.request?.data) delete event.request.data;
    return event;
  },
});
""", None, "Sentry docs: DSNs are safe to keep public")

add("dockerfile/decoy-digest", "walkin-bot/Dockerfile", """\
# syntax=docker/dockerfile:1.7
FROM rust:1.78-slim@sha256:5907e96b0293eb53bcc8f09b4883d71449808af289862950ede9a0e3cca44ff5 AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian12@sha256:b4c45f4c0e7f2e5b5c1b4a3d8e6f9a2c7d0b1e4f3a6c9d2e5b8a1f4c7d0e3b6a
COPY --from=build /src/target/release/walkin-bot /walkin-bot
# config.toml (with the bot token) is mounted at runtime from a Docker secret
ENV WALKIN_CONFIG=/run/secrets/walkin_config
USER nonroot
ENTRYPOINT ["/walkin-bot"]
""", None, "Docker docs: pinning images by digest; Docker secrets")

add("json/decoy-lockfile", "portfolio-static/package-lock.json", """\
{
  "name": "portfolio-static",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "portfolio-static",
      "version": "1.8.0",
      "dependencies": {
        "algoliasearch": "^4.23.3",
        "instantsearch.js": "^4.68.1"
      }
    },
    "node_modules/@algolia/cache-browser-local-storage": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/@algolia/cache-browser-local-storage/-/cache-browser-local-storage-4.23.3.tgz",
      "integrity": "sha512-vRHXYCpPlTDE7i6UOy2xE03zHF2C8MEFjPN2v7fRbqVpcOvAUQK81x3Kc21xyb5aSIpYCjWCZbYZuz8Glyzyyg=="
    },
    "node_modules/@algolia/cache-common": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/@algolia/cache-common/-/cache-common-4.23.3.tgz",
      "integrity": "sha512-h9XcNI6lxYStaw32pHpB1TMm0RuxphF+Ik4o7tcQiodEdpKK+wKufY6QXtba7t3k8eseirEMVB83uFFF3Nu54A=="
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-Le/3YgNvjW9zxIQMRhUHuhiUjAlKY/zsdZpfq4dlLqg6mEm0nL6yk+7f2hDOtLpxsgE4jSzDmvHL7nXdBp5feg=="
    }
  }
}
""", None, "npm docs: package-lock.json integrity (SRI sha512)")
# ---------------------------------------------------------------------------------------------
# Scheduling, calendars, client lists
# ---------------------------------------------------------------------------------------------

_cal = jwt({"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
           {"iss": "https://auth.calendly.com", "iat": 1714567890, "jti": uuid_s(), "user_uuid": uuid_s()},
           sig_len=176)
add("python/calendly", "studio_ops/integrations/calendly_sync.py", fill("""\
\"\"\"Copies Calendly consultations into the booking DB so artists see them next to sessions.\"\"\"
import datetime as dt

import requests

CALENDLY_TOKEN = (
    "@@cal@@"
)
ORG = "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ"
HEADERS = {"Authorization": f"Bearer {CALENDLY_TOKEN}", "Content-Type": "application/json"}


def upcoming_consults(days: int = 14):
    now = dt.datetime.now(dt.timezone.utc)
    params = {
        "organization": ORG,
        "min_start_time": now.isoformat(),
        "max_start_time": (now + dt.timedelta(days=days)).isoformat(),
        "status": "active",
        "count": 100,
    }
    r = requests.get("https://api.calendly.com/scheduled_events", headers=HEADERS, params=params, timeout=20)
    r.raise_for_status()
    return [e for e in r.json()["collection"] if "consult" in e["name"].lower()]
""", cal=_cal), _cal, "Calendly API docs: personal access tokens (Bearer)")

_cws = mixed(43, URLSAFE)
add("javascript/calendly-webhook", "inkbook-node/src/routes/calendlyWebhook.js", fill("""\
const crypto = require("crypto");
const express = require("express");

const router = express.Router();
const SIGNING_KEY = "@@cws@@";
const TOLERANCE_MS = 3 * 60 * 1000;

router.post("/webhooks/calendly", express.raw({ type: "application/json" }), (req, res) => {
  const header = req.get("Calendly-Webhook-Signature") || "";
  const { t, v1 } = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
  const expected = crypto.createHmac("sha256", SIGNING_KEY).update(`${t}.${req.body}`).digest("hex");

  if (!v1 || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v1))) {
    return res.status(401).send("bad signature");
  }
  if (Date.now() - Number(t) * 1000 > TOLERANCE_MS) {
    return res.status(400).send("stale");
  }
  const event = JSON.parse(req.body);
  req.app.locals.queue.add("calendly", event);
  res.sendStatus(204);
});

module.exports = router;
""", cws=_cws), _cws, "Calendly docs: webhook signatures with a signing key")

add("html/decoy-embed", "hollowpine/templates/booking/consult.html", """\
{% extends "base.html" %}
{% block title %}Book a free piercing consult{% endblock %}
{% block content %}
<section class="consult">
  <h1>Free 10-minute consult</h1>
  <p>Not sure about placement or jewelry? Pick a slot and chat with a piercer before you commit.</p>

  <!-- Calendly inline widget begin -->
  <div class="calendly-inline-widget"
       data-url="https://calendly.com/hollowpine-piercing/consult?hide_gdpr_banner=1&primary_color=2f4f4f"
       style="min-width:320px;height:700px;"></div>
  <script type="text/javascript" src="https://assets.calendly.com/assets/external/widget.js" async></script>
  <!-- Calendly inline widget end -->

  <!-- Mailchimp signup: jewelry restock alerts -->
  <form action="https://hollowpinepiercing.us21.list-manage.com/subscribe/post?u=7f3c9a2e1b8d4f6a0c5e2b9d7&amp;id=4e8a1c7f2b&amp;f_id=00b2c4e1f0"
        method="post" target="_blank">
    <input type="email" name="EMAIL" placeholder="you@example.com" required>
    <div aria-hidden="true" style="position:absolute;left:-5000px;">
      <input type="text" name="b_7f3c9a2e1b8d4f6a0c5e2b9d7_4e8a1c7f2b" tabindex="-1" value="">
    </div>
    <button type="submit">Tell me when titanium hoops are back</button>
  </form>
</section>
{% endblock %}
""", None, "Calendly embed docs; Mailchimp embedded form (u and id are public list ids)")

_acu = hexs(32)
add("php/acuity", "portfolio-wp/wp-content/plugins/acuity-artist-calendar/acuity-artist-calendar.php", fill("""\
<?php
/**
 * Plugin Name: Acuity artist availability
 * Description: Shows each artist's next open slots on their portfolio page.
 * Version: 0.3.0
 */

defined( 'ABSPATH' ) || exit;

const AAC_USER_ID = '21839470';
const AAC_API_KEY = '@@acu@@';

function aac_next_slots( int $calendar_id, int $appointment_type, string $month ): array {
    $cache_key = "aac_{$calendar_id}_{$appointment_type}_{$month}";
    if ( false !== ( $cached = get_transient( $cache_key ) ) ) {
        return $cached;
    }
    $url = add_query_arg( [
        'month'             => $month,
        'appointmentTypeID' => $appointment_type,
        'calendarID'        => $calendar_id,
    ], 'https://acuityscheduling.com/api/v1/availability/dates' );

    $response = wp_remote_get( $url, [
        'headers' => [ 'Authorization' => 'Basic ' . base64_encode( AAC_USER_ID . ':' . AAC_API_KEY ) ],
        'timeout' => 10,
    ] );
    $dates = json_decode( wp_remote_retrieve_body( $response ), true ) ?: [];
    set_transient( $cache_key, $dates, 15 * MINUTE_IN_SECONDS );
    return $dates;
}
""", acu=_acu), _acu, "Acuity Scheduling API docs: HTTP Basic with user id and API key")

_sa_key = rsa_pkcs8()
_sa_escaped = _sa_key.replace("\n", "\\n") + "\\n"
add("json/google-service-account", "calendar-sync/credentials/studio-calendar-sa.json", fill("""\
{
  "type": "service_account",
  "project_id": "needle-nectar-calendar",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "calendar-sync@needle-nectar-calendar.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40needle-nectar-calendar.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=_sa_escaped), _sa_escaped, "Google Cloud docs: service account key file (JSON)")

_gcs = google_secret()
add("json/google-oauth-client", "calendar-sync/client_secret.json", fill("""\
{
  "installed": {
    "client_id": "613048275911-k4m9x2q7v1z8w4p6t0r5y2u8i1o3e7b5.apps.googleusercontent.com",
    "project_id": "needle-nectar-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@gcs@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", gcs=_gcs), _gcs, "Google Identity docs: OAuth client secrets file (GOCSPX-)")

_rt = "1//0" + pick(1, "4g") + mixed(99, URLSAFE)
add("json/google-refresh-token", "calendar-sync/token.json", fill("""\
{
  "token": null,
  "refresh_token": "@@rt@@",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "613048275911-k4m9x2q7v1z8w4p6t0r5y2u8i1o3e7b5.apps.googleusercontent.com",
  "client_secret": null,
  "scopes": ["https://www.googleapis.com/auth/calendar.events"],
  "universe_domain": "googleapis.com",
  "account": "",
  "expiry": "2024-05-21T18:42:07.118274Z"
}
""", rt=_rt), _rt, "google-auth docs: authorized user token file with a refresh token")

add("ics/decoy-uids", "exports/calendars/dee-2024-06.ics", """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Iron Sparrow Studio//Booking Export 2.4//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Dee - June
BEGIN:VEVENT
UID:8c1f4a27-9b3e-4f60-a5d2-7e8f91b0c364@ironsparrow.studio
DTSTAMP:20240601T080000Z
DTSTART:20240603T170000Z
DTEND:20240603T210000Z
SUMMARY:Fine line botanical (session 2/3)
DESCRIPTION:Booking BK2231. Deposit paid. Consent signed 2024-05-29.
END:VEVENT
BEGIN:VEVENT
UID:2e7b9d41-0c6a-4f83-b1e5-94d2a7c80f16@ironsparrow.studio
DTSTAMP:20240601T080000Z
DTSTART:20240605T190000Z
DTEND:20240605T200000Z
SUMMARY:Consult - cover-up
DESCRIPTION:Booking BK2240. Bring photos of the old piece.
END:VEVENT
BEGIN:VEVENT
UID:f3a8c5e2-7d1b-4096-8e4c-1b6f2d9a7e03@ironsparrow.studio
DTSTAMP:20240601T080000Z
DTSTART:20240608T160000Z
DTEND:20240608T230000Z
SUMMARY:Flash day (walk-ins)
END:VEVENT
END:VCALENDAR
""", None, "RFC 5545: iCalendar UID property")

_at = airtable_pat()
add("r/airtable", "analytics/waitlist_report.R", fill("""\
# Weekly waitlist report: how long people wait per artist, and how many no-shows.
library(httr2)
library(dplyr)
library(purrr)

airtable_pat <- "@@at@@"
base_id <- "appX7kQ2mLp4VnR7t"
table <- "Waitlist"

fetch_page <- function(offset = NULL) {
  request(sprintf("https://api.airtable.com/v0/%s/%s", base_id, table)) |>
    req_auth_bearer_token(airtable_pat) |>
    req_url_query(pageSize = 100, offset = offset) |>
    req_perform() |>
    resp_body_json()
}

records <- list(); offset <- NULL
repeat {
  page <- fetch_page(offset)
  records <- c(records, page$records)
  offset <- page$offset
  if (is.null(offset)) break
}

waitlist <- map_dfr(records, ~ tibble(
  artist = .x$fields$Artist %||% NA_character_,
  added = as.Date(.x$fields$Added %||% NA),
  booked = as.Date(.x$fields$Booked %||% NA),
  no_show = isTRUE(.x$fields$`No show`)
))

waitlist |>
  mutate(wait_days = as.numeric(booked - added)) |>
  group_by(artist) |>
  summarise(median_wait = median(wait_days, na.rm = TRUE), no_shows = sum(no_show), n = n())
""", at=_at), _at, "Airtable docs: personal access tokens; httr2 req_auth_bearer_token")

_no = "secret_" + mixed(43)
add("javascript/notion", "flash-catalogue/scripts/export-flash.mjs", fill("""\
// Exports the "Flash" Notion database to JSON for the website's flash page.
import { Client } from "@notionhq/client";
import { writeFile } from "node:fs/promises";

const notion = new Client({ auth: "@@no@@" });
const DATABASE_ID = "4f1c2b7a9e3d4c5b8a6f0e1d2c3b4a59";

const pages = [];
let cursor;
do {
  const res = await notion.databases.query({
    database_id: DATABASE_ID,
    start_cursor: cursor,
    filter: { property: "Available", checkbox: { equals: true } },
  });
  pages.push(...res.results);
  cursor = res.has_more ? res.next_cursor : undefined;
} while (cursor);

const flash = pages.map((p) => ({
  title: p.properties.Name.title[0]?.plain_text,
  artist: p.properties.Artist.select?.name,
  price: p.properties.Price.number,
  image: p.properties.Image.files[0]?.file?.url,
}));
await writeFile("src/data/flash.json", JSON.stringify(flash, null, 2));
console.log(`exported ${flash.length} flash designs`);
""", no=_no), _no, "Notion API docs: internal integration secret (secret_)")

_tf = "tfp_" + mixed(44) + "_" + mixed(14)
add("shell/typeform", "scripts/pull-consult-answers.sh", fill("""\
#!/usr/bin/env bash
# Pulls yesterday's consultation form answers (idea, placement, size, budget) as CSV.
set -euo pipefail

FORM_ID="qW7eRt2Y"
SINCE=$(date -u -d 'yesterday 00:00' +%Y-%m-%dT%H:%M:%SZ)

curl -sS "https://api.typeform.com/forms/${FORM_ID}/responses?since=${SINCE}&page_size=200" \\
  -H "Authorization: Bearer @@tf@@" \\
  | jq -r '.items[] | [.submitted_at, (.answers[] | (.text // .choice.label // (.number|tostring)))] | @csv' \\
  > "consults-$(date +%F).csv"

echo "wrote consults-$(date +%F).csv"
""", tf=_tf), _tf, "Typeform API docs: personal access tokens (tfp_)")

_mc = mailchimp_key()
add("python/mailchimp", "studio_ops/newsletter/sync_clients.py", fill("""\
\"\"\"Adds clients who ticked 'send me flash drops' at checkout to the Mailchimp audience.\"\"\"
import hashlib

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@mc@@", "server": "@@srv@@"})

AUDIENCE_ID = "4e8a1c7f2b"


def upsert(email: str, first: str, artist: str) -> None:
    member_hash = hashlib.md5(email.lower().encode()).hexdigest()
    try:
        client.lists.set_list_member(AUDIENCE_ID, member_hash, {
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first, "ARTIST": artist},
        })
    except ApiClientError as err:
        print(f"mailchimp refused {email}: {err.text}")
""", mc=_mc, srv=_mc.rsplit("-", 1)[1]), _mc, "Mailchimp Marketing API docs: API key with data center suffix")

_kl = "pk_" + hexs(34)
add("env/klaviyo", "aftercare-shop/.env.production", fill("""\
SHOPIFY_STORE_DOMAIN=crimson-anchor-jewelry.myshopify.com
NEXT_PUBLIC_KLAVIYO_COMPANY_ID=Xq7T2b
KLAVIYO_PRIVATE_API_KEY=@@kl@@
KLAVIYO_LIST_AFTERCARE=VbN4pQ
KLAVIYO_FLOW_REVIEW_REQUEST=Sk8MzR
REVALIDATE_SECRET=${VERCEL_REVALIDATE_SECRET}
""", kl=_kl), _kl, "Klaviyo docs: private API keys (pk_) vs public company id")

_ye = mixed(128, URLSAFE)
add("kotlin/yelp", "reviews-widget/src/main/kotlin/studio/reviews/YelpClient.kt", fill("""\
package studio.reviews

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

object YelpClient {
    private const val API_KEY =
        "@@ye@@"
    private const val BUSINESS = "raven-and-moth-tattoo-seattle"

    private val http = HttpClient.newHttpClient()

    fun latestReviews(): String {
        val request = HttpRequest.newBuilder()
            .uri(URI.create("https://api.yelp.com/v3/businesses/$BUSINESS/reviews?limit=20&sort_by=newest"))
            .header("Authorization", "Bearer $API_KEY")
            .header("Accept", "application/json")
            .GET()
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body()
    }
}
""", ye=_ye), _ye, "Yelp Fusion API docs: Bearer API key")

_gk = google_key()
add("python/google-places", "reviews-widget/fetch_google_reviews.py", fill("""\
\"\"\"Nightly: cache the studio's Google reviews for the homepage carousel (server-side key).\"\"\"
import json
import pathlib

import requests

PLACES_KEY = "@@gk@@"
PLACE_ID = "ChIJN1t_tDeuEmsRUsoyG83frY4"
OUT = pathlib.Path("/var/www/ravenmoth/static/reviews.json")


def main() -> None:
    r = requests.get(
        f"https://places.googleapis.com/v1/places/{PLACE_ID}",
        headers={"X-Goog-Api-Key": PLACES_KEY, "X-Goog-FieldMask": "rating,userRatingCount,reviews"},
        timeout=20,
    )
    r.raise_for_status()
    data = r.json()
    keep = [rv for rv in data.get("reviews", []) if rv.get("rating", 0) >= 4]
    OUT.write_text(json.dumps({"rating": data["rating"], "count": data["userRatingCount"], "reviews": keep}))


if __name__ == "__main__":
    main()
""", gk=_gk), _gk, "Google Places API (New) docs: X-Goog-Api-Key header")

_wix = "IST." + jwt({"kid": "PozHX_aC", "alg": "RS256"},
                    {"data": json.dumps({"id": uuid_s(), "identity": {"type": "application", "id": uuid_s()},
                                         "tenant": {"type": "account", "id": uuid_s()}}), "iat": 1713200000},
                    sig_len=342)
add("javascript/wix", "wix-sync/sync-bookings.js", fill("""\
// Mirrors Wix Bookings sessions into the studio's Google Sheet for the front desk.
const axios = require("axios");

const wix = axios.create({
  baseURL: "https://www.wixapis.com",
  headers: {
    Authorization: "@@wix@@",
    "wix-site-id": "5c2e9b7d-1f4a-48c3-9e6b-0a7d2f5c8e1b",
  },
});

async function upcomingSessions() {
  const { data } = await wix.post("/bookings/v2/bookings/query", {
    query: {
      filter: { status: "CONFIRMED", startDate: { $gte: new Date().toISOString() } },
      sort: [{ fieldName: "startDate", order: "ASC" }],
      paging: { limit: 100 },
    },
  });
  return data.bookings;
}

module.exports = { upcomingSessions };
""", wix=_wix), _wix, "Wix REST API docs: API keys (IST.) in the Authorization header")
# ---------------------------------------------------------------------------------------------
# Databases, servers, deploys
# ---------------------------------------------------------------------------------------------

_pw = person_pw()
add("python/database", "legacy-pos/export_daily_totals.py", fill("""\
#!/usr/bin/env python3
\"\"\"Exports yesterday's deposits, balances and tips from the old booking DB for the accountant.\"\"\"
import csv
import datetime as dt
import sys

import pymysql

conn = pymysql.connect(
    host="192.168.10.20",
    user="reports",
    password="@@pw@@",
    database="tattoo_pos",
    charset="utf8mb4",
    cursorclass=pymysql.cursors.DictCursor,
)

day = dt.date.today() - dt.timedelta(days=1)
with conn, conn.cursor() as cur:
    cur.execute(
        \"\"\"SELECT artist, SUM(deposit) AS deposits, SUM(balance) AS balances, SUM(tip) AS tips
           FROM payments WHERE DATE(paid_at) = %s GROUP BY artist ORDER BY artist\"\"\",
        (day,),
    )
    rows = cur.fetchall()

writer = csv.DictWriter(sys.stdout, fieldnames=["artist", "deposits", "balances", "tips"])
writer.writeheader()
writer.writerows(rows)
""", pw=_pw), _pw, "PyMySQL docs: pymysql.connect(password=...)")

_pw = gen_pw(16, "!#$")
add("csharp/database", "StudioDesk/StudioDesk.Data/StudioDbContextFactory.cs", fill("""\
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StudioDesk.Data
{
    // Used only by `dotnet ef migrations` on the office machine.
    public class StudioDbContextFactory : IDesignTimeDbContextFactory<StudioDbContext>
    {
        public StudioDbContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<StudioDbContext>()
                .UseSqlServer("Server=tcp:ravenmoth-sql.database.windows.net,1433;Initial Catalog=studiodesk;" +
                              "User ID=studiodesk_admin;Password=@@pw@@;Encrypt=True;" +
                              "TrustServerCertificate=False;Connection Timeout=30;")
                .Options;
            return new StudioDbContext(options);
        }
    }
}
""", pw=_pw), _pw, "EF Core docs: design-time DbContext factory; SQL Server connection strings")

_pw = gen_pw(22)
add("javascript/mongodb", "inkbook-node/src/db.js", fill("""\
const mongoose = require("mongoose");

const uri =
  process.env.MONGO_URI ||
  "mongodb+srv://inkbook:@@pw@@@studio-cluster.x7kq2.mongodb.net/inkbook?retryWrites=true&w=majority";

async function connect() {
  mongoose.set("strictQuery", true);
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log("mongo connected");
}

const bookingSchema = new mongoose.Schema(
  {
    client: { name: String, email: String, phone: String, dob: Date },
    artist: { type: String, index: true },
    start: Date,
    durationMin: Number,
    deposit: { amount: Number, status: { type: String, enum: ["pending", "paid", "refunded"] } },
    consentSigned: Boolean,
  },
  { timestamps: true },
);

module.exports = { connect, Booking: mongoose.model("Booking", bookingSchema) };
""", pw=_pw), _pw, "MongoDB docs: SRV connection string format")

_pw = fakes.redis_password(_seed())
add("ruby/redis", "koi-collective/config/initializers/sidekiq.rb", fill("""\
# frozen_string_literal: true

redis_url = "rediss://default:@@pw@@@koi-redis-prod.upstash.io:6379"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end

# reminder texts and aftercare follow-ups
Sidekiq::Cron::Job.load_from_hash(
  "reminders" => { "cron" => "*/15 * * * *", "class" => "ReminderSweepJob" },
  "aftercare" => { "cron" => "0 10 * * *", "class" => "AftercareSweepJob" },
)
""", pw=_pw), _pw, "Sidekiq wiki: Using Redis; redis URL with password")

_pw = lower_pw()
add("pgpass/database", "ops/home/deploy/.pgpass", fill("""\
# hostname:port:database:username:password
localhost:5432:bookings:booking_svc:*
db.ironsparrow.internal:5432:bookings:sparrow_app:*
db.ironsparrow.internal:5432:bookings:reports_ro:@@pw@@
db.ironsparrow.internal:5432:*:postgres:*
""", pw=_pw), _pw, "PostgreSQL docs: The Password File (.pgpass)")

_pw = person_pw()
add("shell-history/database", "ops/notes/db-box.bash_history", fill("""\
sudo -iu postgres
exit
export PGPASSWORD='@@pw@@'
psql -h 127.0.0.1 -U needle -d needle -c "select count(*) from booking_booking where start_at > now();"
pg_dump -h 127.0.0.1 -U needle -Fc needle > /backups/needle-$(date +%F).dump
ls -lh /backups | tail
unset PGPASSWORD
sudo systemctl status gunicorn
""", pw=_pw), _pw, "PostgreSQL docs: PGPASSWORD environment variable")

_pw = gen_pw(18, "!%")
add("sql/database", "inkbook-api/database/sql/001_reporting_user.sql", fill("""\
-- Read-only user for the accountant's Metabase (deposits, refunds, tips)
CREATE USER IF NOT EXISTS 'metabase_ro'@'10.20.0.%' IDENTIFIED BY '@@pw@@';

GRANT SELECT ON inkbook.payments TO 'metabase_ro'@'10.20.0.%';
GRANT SELECT ON inkbook.refunds TO 'metabase_ro'@'10.20.0.%';
GRANT SELECT ON inkbook.artists TO 'metabase_ro'@'10.20.0.%';
GRANT SELECT (id, artist_id, starts_at, status, deposit_cents) ON inkbook.bookings TO 'metabase_ro'@'10.20.0.%';

FLUSH PRIVILEGES;
""", pw=_pw), _pw, "MySQL docs: CREATE USER ... IDENTIFIED BY")

add("sql/decoy-hashes", "inkbook-api/database/seeders/staff.sql", """\
-- Staff accounts for a fresh install. Passwords are bcrypt hashes (cost 12); each person
-- resets theirs on first login. Plain passwords are never stored.
INSERT INTO users (name, email, role, password, must_reset, created_at) VALUES
  ('Front Desk', 'frontdesk@blacklotustattoo.com', 'desk',
   '$2y$12$Kq7Xn2Lp9Vb4Tz1Wc8Hs3eJ5dR0fG6yU2iO4pA7mN9bV1cX3zQ5kS', 1, NOW()),
  ('Mara Okafor', 'mara@blacklotustattoo.com', 'artist',
   '$2y$12$8vT3mQ1xL7zK4nB2wP9sYeF6hJ0dG5rU1cA8oI3tE7yN2bM4kV9aX', 1, NOW()),
  ('Jules Brandt', 'jules@blacklotustattoo.com', 'artist',
   '$2y$12$Rz5Ny0Wb3Tq8Kx1Lm6Pv4eD9gH2jF7sA0uC5iO3tY8bN1mQ6xV2kL', 1, NOW()),
  ('Owner', 'owner@blacklotustattoo.com', 'admin',
   '$2y$12$Ea4Gk9Sd2Vm7Xn1Qp5Lz8uB3fR6hT0yJ2cW9oI4tK7bN1mA5xE3zQ', 1, NOW());
""", None, "Laravel docs: Hashing (bcrypt $2y$)")

add("json/decoy-fixture-hashes", "hollowpine/booking/fixtures/staff.json", """\
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "piercer_ana",
      "password": "pbkdf2_sha256$720000$Qx7T2bVbN4pQSk8M$Zk1nR4tY7wC0sF3jH6lP9xB2vN5mQ8uE1oI4aD7gK0c=",
      "is_staff": true,
      "email": "ana@hollowpinepiercing.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "frontdesk",
      "password": "pbkdf2_sha256$720000$Lm4Nb7Vc0Xz2Qw5E$Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9A1sE=",
      "is_staff": true,
      "email": "desk@hollowpinepiercing.com"
    }
  },
  {
    "model": "booking.service",
    "pk": 1,
    "fields": { "name": "Helix", "price": "45.00", "min_age": 16, "guardian_required_under": 18 }
  }
]
""", None, "Django docs: password storage (pbkdf2_sha256 hashes) in fixtures")

_pw = gen_pw(20)
add("properties/database", "appointments-sync/src/main/resources/application.properties", fill("""\
spring.application.name=appointments-sync
server.port=8081

spring.datasource.url=jdbc:postgresql://10.0.4.12:5432/pantherpeony
spring.datasource.username=appt_sync
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=5

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

square.environment=production
square.access-token=${SQUARE_ACCESS_TOKEN}
reminders.lead-hours=48,24
""", pw=_pw), _pw, "Spring Boot docs: spring.datasource.password")

add("java/decoy-placeholders", "appointments-sync/src/main/java/com/pantherpeony/config/SquareConfig.java", """\
package com.pantherpeony.config;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;
import com.squareup.square.authentication.BearerAuthModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SquareConfig {

    @Value("${square.access-token}")
    private String accessToken;

    @Value("${square.environment:sandbox}")
    private String environment;

    @Bean
    public SquareClient squareClient() {
        return new SquareClient.Builder()
            .environment("production".equals(environment) ? Environment.PRODUCTION : Environment.SANDBOX)
            .bearerAuthCredentials(new BearerAuthModel.Builder(accessToken).build())
            .build();
    }
}
""", None, "Spring docs: @Value property placeholders")

_pw = person_pw()
add("ansible/password", "ops/ansible/host_vars/frontdesk-nuc.yml", fill("""\
---
ansible_host: 192.168.10.15
ansible_user: studio
ansible_become_password: "@@pw@@"

studio_timezone: America/Denver
kiosk_url: https://book.blacklotustattoo.com/checkin
printer_ip: 192.168.10.40
scanner_watch_dir: /srv/scans/consent
backup_target: b2-waivers:blacklotus-waivers/scans
""", pw=_pw), _pw, "Ansible docs: ansible_become_password connection variable")

add("ansible/decoy-vault-lookup", "ops/ansible/roles/booking/tasks/main.yml", """\
---
- name: Render booking app environment
  ansible.builtin.template:
    src: env.j2
    dest: /srv/booking/.env
    owner: booking
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=studio/data/booking:db_password') }}"
    stripe_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=studio/data/stripe:secret_key') }}"
    twilio_token: "{{ vault_twilio_auth_token }}"
  notify: restart booking

- name: Ensure booking service is running
  ansible.builtin.systemd:
    name: booking
    state: started
    enabled: true
""", None, "community.hashi_vault docs: hashi_vault lookup")

_pw = gen_pw(24)
add("shell/helm-set", "deploy/deploy-prod.sh", fill("""\
#!/usr/bin/env bash
set -euo pipefail

RELEASE=inkbook
NS=inkbook
TAG=${1:?usage: deploy-prod.sh <image-tag>}

kubectl config use-context do-sfo3-studio-prod

helm upgrade --install "$RELEASE" ./charts/inkbook \\
  --namespace "$NS" --create-namespace \\
  -f charts/inkbook/values-prod.yaml \\
  --set image.tag="$TAG" \\
  --set mysql.auth.password='@@pw@@' \\
  --set stripe.existingSecret=inkbook-stripe \\
  --wait --timeout 5m

kubectl -n "$NS" rollout status deploy/"$RELEASE"
""", pw=_pw), _pw, "Helm docs: helm upgrade --set")

_dk = b64("koicollective:" + gen_pw(20))
add("json/docker-auth", "ops/build-box/.docker/config.json", fill("""\
{
  "auths": {
    "registry.koicollective.com": {
      "auth": "@@dk@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default",
  "plugins": {
    "-x-cli-hints": { "enabled": "true" }
  }
}
""", dk=_dk), _dk, "Docker docs: config.json auths (base64 user:password)")

_ba = b64("kiosk:" + gen_pw(16))
add("nginx/basic-auth-header", "ops/nginx/sites-available/waivers-proxy.conf", fill("""\
# Proxies the consent-form tablet to the waiver service on the back office box.
server {
    listen 443 ssl http2;
    server_name waivers.blacklotustattoo.com;

    ssl_certificate     /etc/letsencrypt/live/waivers.blacklotustattoo.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/waivers.blacklotustattoo.com/privkey.pem;

    client_max_body_size 20m;

    location / {
        proxy_pass http://10.8.0.3:8090;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Authorization "Basic @@ba@@";
    }
}
""", ba=_ba), _ba, "nginx docs: proxy_set_header; RFC 7617 Basic")

add("htpasswd/decoy-hashes", "ops/nginx/htpasswd.staging", """\
# staging booking site (artists preview the new portfolio pages)
mara:$2y$10$Q7xT2bVbN4pQSk8MzR1Lm.eK3d9Fh6Jq2Wv5Yc8Nb1Xz4Gt7Ps0Aa
jules:$2y$10$Lm4Nb7Vc0Xz2Qw5Er8Ty1.uI3o6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9Mq
dee:$2y$10$Ab3Cd6Ef9Gh2Ij5Kl8Mn1.Op4Qr7St0Uv3Wx6Yz9A1s4Df7Gh0Jk2
sam:$2y$10$Xz8Cv2Bn5Mq0Lw3Ek7Rt1.Yu4Io6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9M
frontdesk:$2y$10$Pq2Lk9Xz0Vb5Nm8Rt3Wy7.Cs1Dh4Fj6Gu9Ki2Lo5Mp8Nq1Rs4TuVw
""", None, "Apache htpasswd docs: bcrypt hashed entries")

add("caddy/decoy-hash", "ops/caddy/Caddyfile", """\
{
	email ops@ironsparrow.studio
}

ironsparrow.studio, www.ironsparrow.studio {
	encode zstd gzip
	reverse_proxy 127.0.0.1:3000
}

admin.ironsparrow.studio {
	basicauth {
		frontdesk $2a$14$Zk1nR4tY7wC0sF3jH6lP9eXB2vN5mQ8uE1oI4aD7gK0jL3nP6qS9u
	}
	reverse_proxy 127.0.0.1:3001
}

consent.ironsparrow.studio {
	reverse_proxy 127.0.0.1:8090
	header Strict-Transport-Security "max-age=31536000"
}
""", None, "Caddy docs: basicauth with hashed passwords")

_nr = gen_pw(20)
add("netrc/password", "ops/home/deploy/.netrc", fill("""\
machine ftp.crimsonanchortattoo.com
  login crimson_deploy
  password @@nr@@

machine api.heroku.com
  login ops@crimsonanchortattoo.com
  password ${HEROKU_API_KEY}
""", nr=_nr), _nr, "GNU inetutils docs: .netrc machine/login/password")

_npm = fakes.fake("npm_", 36, _seed())
add("npmrc/npm-token", "inkpass-web/.npmrc", fill("""\
registry=https://registry.npmjs.org/
@inkpass:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@npm@@
save-exact=true
engine-strict=true
""", npm=_npm), _npm, "npm docs: .npmrc auth tokens")

_ex = mixed(64, ALNUM + "+/")
add("elixir/secret-key-base", "flash_queue/config/prod.exs", fill("""\
import Config

config :flash_queue, FlashQueueWeb.Endpoint,
  url: [host: "flash.koicollective.com", port: 443, scheme: "https"],
  http: [ip: {0, 0, 0, 0}, port: 4000],
  secret_key_base: "@@ex@@",
  cache_static_manifest: "priv/static/cache_manifest.json",
  server: true

config :flash_queue, FlashQueue.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 5

config :flash_queue, :walk_ins,
  max_queue: 40,
  price_cents: 1300

config :logger, level: :info
""", ex=_ex), _ex, "Phoenix docs: Endpoint secret_key_base")

_na = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("env/nextauth", "inkpass-web/.env.production", fill("""\
NEXTAUTH_URL=https://inkpass.app
NEXTAUTH_SECRET=@@na@@
EMAIL_SERVER=smtp://resend:${RESEND_API_KEY}@smtp.resend.com:465
EMAIL_FROM="InkPass <login@inkpass.app>"
NEXT_PUBLIC_SUPABASE_URL=https://studio.supabase.co
""", na=_na), _na, "NextAuth.js docs: NEXTAUTH_SECRET (openssl rand -base64 32)")

_js = passphrase()
add("typescript/jwt-secret", "inkbook-node/src/auth/auth.module.ts", fill("""\
import { Module } from "@nestjs/common";
import { JwtModule } from "@nestjs/jwt";
import { PassportModule } from "@nestjs/passport";
import { AuthService } from "./auth.service";
import { JwtStrategy } from "./jwt.strategy";
import { ArtistsModule } from "../artists/artists.module";

@Module({
  imports: [
    ArtistsModule,
    PassportModule,
    JwtModule.register({
      secret: "@@js@@",
      signOptions: { expiresIn: "12h", issuer: "inkbook" },
    }),
  ],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
""", js=_js), _js, "NestJS docs: JwtModule.register secret")

_es = mixed(48)
add("javascript/session-secret", "kiosk-server/server.js", fill("""\
const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;
const { createClient } = require("redis");

const app = express();
const redisClient = createClient({ url: "redis://127.0.0.1:6379" });
redisClient.connect().catch(console.error);

app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: "kiosk:" }),
    secret: "@@es@@",
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, maxAge: 20 * 60 * 1000 },
  }),
);

app.use("/consent", require("./routes/consent"));
app.use("/checkin", require("./routes/checkin"));

app.listen(8090, () => console.log("kiosk server on :8090"));
""", es=_es), _es, "express-session docs: secret option")
# ---------------------------------------------------------------------------------------------
# Keys, mobile apps, the studio's own machines
# ---------------------------------------------------------------------------------------------

_ssh = openssh_key()
add("github-actions/ssh-key", "koi-collective/.github/workflows/deploy.yml", fill("""\
name: Deploy to the studio VPS

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install deploy key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'KEY'
@@ssh@@
          KEY
          chmod 600 ~/.ssh/id_ed25519
          ssh-keyscan -H vps.koicollective.com >> ~/.ssh/known_hosts
      - name: Deploy
        run: |
          ssh deploy@vps.koicollective.com 'cd /srv/koi && git pull && bin/rails assets:precompile && sudo systemctl restart koi'
""", ssh=indent(_ssh, 10)), _ssh, "GitHub Actions docs: run steps; OpenSSH private key format")

_p8 = p8_key()
add("pem/apns-key", "inkpass-ios/fastlane/keys/AuthKey_7QK2M9X4TZ.p8", _p8 + "\n", _p8,
    "Apple docs: token-based APNs connection (.p8 key)")

_asc = p8_key()
add("ruby/fastlane-asc-key", "inkpass-ios/fastlane/Fastfile", fill("""\
default_platform(:ios)

platform :ios do
  desc "Build and upload InkPass (booking + aftercare app) to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "R8T2YQ4W9K",
      issuer_id: "69a6de7b-13d4-47e3-e053-5b8c7c11a4d1",
      key_content: "@@asc@@",
      duration: 1200,
      in_house: false
    )
    increment_build_number(xcodeproj: "InkPass.xcodeproj")
    build_app(scheme: "InkPass", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", asc=_asc.replace("\n", "\\n")), _asc.replace("\n", "\\n"), "fastlane docs: app_store_connect_api_key key_content")

_fcm = "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)
add("kotlin/fcm-server-key", "inkpass-android/app/src/main/java/app/inkpass/push/ReminderPusher.kt", fill("""\
package app.inkpass.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

/** Debug helper used by the studio tablet to push "your artist is ready" to a client's phone. */
object ReminderPusher {
    private const val SERVER_KEY =
        "@@fcm@@"
    private val client = OkHttpClient()

    fun artistReady(deviceToken: String, artist: String) {
        val body = JSONObject()
            .put("to", deviceToken)
            .put("notification", JSONObject().put("title", "You're up!").put("body", "$artist is ready for you."))
            .toString()
            .toRequestBody("application/json".toMediaType())
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body)
            .build()
        client.newCall(request).execute().close()
    }
}
""", fcm=_fcm), _fcm, "Firebase docs: legacy FCM HTTP API server key")

_ks = person_pw()
add("properties/keystore-password", "inkpass-android/gradle.properties", fill("""\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# release signing (Play Store upload key)
INKPASS_UPLOAD_STORE_FILE=../keystores/inkpass-upload.jks
INKPASS_UPLOAD_KEY_ALIAS=inkpass-upload
INKPASS_UPLOAD_STORE_PASSWORD=@@ks@@
INKPASS_UPLOAD_KEY_PASSWORD=@@ks@@
""", ks=_ks), _ks, "Android developer docs: signing config via gradle.properties")

add("kotlin/decoy-local-properties", "inkpass-android/app/build.gradle.kts", """\
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val secrets = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "app.inkpass"
    compileSdk = 34

    defaultConfig {
        applicationId = "app.inkpass"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.0"
        buildConfigField("String", "API_BASE", "\\"https://api.inkpass.app\\"")
        buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\\"${secrets.getProperty("stripe.publishableKey", "")}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("UPLOAD_STORE_FILE") ?: "missing.jks")
            storePassword = System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias = System.getenv("UPLOAD_KEY_ALIAS")
            keyPassword = System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }

    buildFeatures { buildConfig = true }
}
""", None, "Android Gradle plugin docs: buildConfigField; signing from environment")

add("xcconfig/decoy-build-settings", "inkpass-ios/Config/Release.xcconfig", """\
// Release build settings. Secret values come from CI (Xcode Cloud environment variables)
// and are substituted at build time; nothing secret lives in this file.
#include "Shared.xcconfig"

API_BASE_URL = https:/$()/api.inkpass.app
STRIPE_PUBLISHABLE_KEY = $(INKPASS_STRIPE_PK)
ONESIGNAL_APP_ID = 5f3c2a1b-9e8d-4c6b-a5f4-3e2d1c0b9a87
SENTRY_DSN = $(INKPASS_SENTRY_DSN)
PRODUCT_BUNDLE_IDENTIFIER = app.inkpass.ios
DEVELOPMENT_TEAM = R8T2YQ4W9K
CODE_SIGN_STYLE = Manual
""", None, "Xcode docs: build configuration files (.xcconfig) with variable substitution")

_wifi = passphrase()
add("mikrotik/wifi-psk", "ops/network/studio-hap-ac3.rsc", fill("""\
# jun/02/2024 11:14:07 by RouterOS 7.14.3
# model = RBD53iG-5HacD2HnD
/interface bridge
add admin-mac=48:A9:8A:3C:5D:21 auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff \\
    supplicant-identity="" wpa2-pre-shared-key="@@wifi@@"
add authentication-types=wpa2-psk mode=dynamic-keys name=guests \\
    supplicant-identity="" wpa2-pre-shared-key="inkyourself"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n mode=ap-bridge security-profile=staff ssid=BlackLotus-Staff
add master-interface=wlan1 name=wlan-guest security-profile=guests ssid=BlackLotus-Guest
/ip pool
add name=dhcp ranges=192.168.10.100-192.168.10.200
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ip address
add address=192.168.10.1/24 interface=bridge network=192.168.10.0
/ip firewall filter
add action=drop chain=forward comment="guests cannot reach POS/kiosk" in-interface=wlan-guest dst-address=192.168.10.0/26
/system identity
set name=studio-router
""", wifi=_wifi), _wifi, "MikroTik RouterOS docs: wireless security-profiles wpa2-pre-shared-key")

add("mikrotik/decoy-hide-sensitive", "ops/network/studio-hap-ac3-redacted.rsc", """\
# jun/02/2024 11:20:51 by RouterOS 7.14.3
# exported without sensitive values (default since v7); PSKs and PPP secrets are not included
# model = RBD53iG-5HacD2HnD
/interface bridge
add admin-mac=48:A9:8A:3C:5D:21 auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity=""
add authentication-types=wpa2-psk mode=dynamic-keys name=guests supplicant-identity=""
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n mode=ap-bridge security-profile=staff ssid=BlackLotus-Staff
/ip address
add address=192.168.10.1/24 interface=bridge network=192.168.10.0
/system identity
set name=studio-router
""", None, "MikroTik RouterOS docs: /export without show-sensitive hides secrets")

_cam = person_pw()
add("yaml/camera-rtsp", "ops/frigate/config.yml", fill("""\
mqtt:
  enabled: false

cameras:
  front_door:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@cam@@@192.168.10.64:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@cam@@@192.168.10.64:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
    record:
      enabled: true
      retain:
        days: 14
        mode: motion
  stock_room:
    enabled: false

snapshots:
  enabled: true
""", cam=_cam), _cam, "Frigate docs: camera inputs; Hikvision RTSP URL format")

_hap = gen_pw(16)
add("yaml/home-assistant-secrets", "ops/homeassistant/secrets.yaml", fill("""\
# Home Assistant secrets for the studio (door lock, sterilizer monitor, neon sign timer)
latitude: 45.5231
longitude: -122.6765
nuki_bridge_token: @@hap@@
autoclave_plug_ip: 192.168.10.52
neon_sign_plug_ip: 192.168.10.53
notify_phone: "+15035550142"
""", hap=_hap), _hap, "Home Assistant docs: secrets.yaml; Nuki bridge API token")

add("yaml/decoy-secret-refs", "ops/homeassistant/configuration.yaml", """\
default_config:

homeassistant:
  name: Studio
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: America/Los_Angeles

nuki:
  host: 192.168.10.51
  token: !secret nuki_bridge_token

switch:
  - platform: tplink
    host: !secret neon_sign_plug_ip

automation:
  - alias: Neon sign on at opening
    trigger:
      - platform: time
        at: "11:45:00"
    action:
      - service: switch.turn_on
        target:
          entity_id: switch.neon_sign
  - alias: Autoclave cycle finished
    trigger:
      - platform: numeric_state
        entity_id: sensor.autoclave_power
        below: 5
        for: "00:02:00"
    action:
      - service: notify.mobile_app_front_desk
        data:
          message: "Autoclave cycle done - log the spore test sheet."
""", None, "Home Assistant docs: !secret references")

_fz = gen_pw(14, "!")
add("xml/filezilla", "frontdesk-pc/FileZilla/sitemanager.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.crimsonanchortattoo.com</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>crimson_portfolio</User>
			<Pass encoding="base64">@@fz@@</Pass>
			<Logontype>1</Logontype>
			<PasvMode>MODE_DEFAULT</PasvMode>
			<EncodingType>Auto</EncodingType>
			<BypassProxy>0</BypassProxy>
			<Name>Portfolio site (old host)</Name>
			<RemoteDir>1 0 11 public_html 9 portfolio</RemoteDir>
			<SyncBrowsing>0</SyncBrowsing>
		</Server>
	</Servers>
</FileZilla3>
""", fz=b64(_fz)), b64(_fz), "FileZilla wiki: sitemanager.xml, base64 Pass encoding")

_nu = person_pw()
add("batch/net-use", "frontdesk-pc/scripts/map-consent-share.bat", fill("""\
@echo off
REM Maps the consent-form share on the back office NAS at logon (front desk PC)
REM Scanned waivers go to C:\\Waivers\\Outbox and are moved to Z:\\Signed nightly

net use Z: /delete /y >nul 2>&1
net use Z: \\\\STUDIO-NAS\\Consent @@nu@@ /user:STUDIO-NAS\\frontdesk /persistent:yes

if errorlevel 1 (
    echo Could not map the consent share. Call Mara.
    pause
    exit /b 1
)

robocopy C:\\Waivers\\Outbox Z:\\Signed *.pdf /MOV /R:2 /W:5 /LOG+:C:\\Waivers\\robocopy.log
""", nu=_nu), _nu, "Microsoft docs: net use with password and /user")

_cr = "xoxb-" + digits(12) + "-" + digits(13) + "-" + mixed(24)
add("crontab/slack-bot", "ops/cron/studio.crontab", fill("""\
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=""

# 09:00 daily: post today's bookings to #front-desk
0 9 * * * cd /opt/studio-ops && ./bin/today-roster | curl -s -X POST https://slack.com/api/chat.postMessage -H "Authorization: Bearer @@cr@@" -H "Content-type: application/json; charset=utf-8" --data-binary @- >/dev/null

# 02:30 nightly: back up the booking DB
30 2 * * * /opt/studio-ops/bin/backup-db >> /var/log/studio/backup.log 2>&1

# Sundays: purge consent scans older than 7 years from the local cache
0 4 * * 0 find /srv/scans/consent -type f -mtime +2557 -delete
""", cr=_cr), _cr, "Slack API docs: chat.postMessage with a bot token (xoxb-)")

_mk = gen_pw(20)
add("makefile/password", "legacy-pos/Makefile", fill("""\
DB_HOST ?= 192.168.10.20
DB_USER ?= pos_admin
DB_PASS ?= @@mk@@
DB_NAME ?= tattoo_pos
BACKUP_DIR ?= /mnt/nas/pos-backups

.PHONY: backup restore-latest totals

backup:
	mysqldump -h $(DB_HOST) -u $(DB_USER) -p'$(DB_PASS)' --single-transaction $(DB_NAME) \\
	  | gzip > $(BACKUP_DIR)/pos-$$(date +%F).sql.gz

restore-latest:
	gunzip -c $$(ls -t $(BACKUP_DIR)/pos-*.sql.gz | head -1) | mysql -h $(DB_HOST) -u $(DB_USER) -p'$(DB_PASS)' $(DB_NAME)

totals:
	python3 export_daily_totals.py > totals-$$(date +%F).csv
""", mk=_mk), _mk, "GNU make manual: variables; mysqldump -p")

_tls = ec_key()
_tls_crt = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUXq7T2bVbN4pQSk8MzR1LmeK3d9EwCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n"
add("k8s/tls-key", "deploy/k8s/consent-tls.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: consent-tls
  namespace: waivers
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", crt=b64(_tls_crt), key=b64(_tls + "\n")), _tls, "Kubernetes docs: TLS Secrets (base64 PEM in tls.key)")

_os = "os_v2_app_" + pick(113, string.ascii_lowercase + "234567")
add("go/onesignal", "inkdesk/internal/push/onesignal.go", fill("""\
package push

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	oneSignalAppID  = "5f3c2a1b-9e8d-4c6b-a5f4-3e2d1c0b9a87"
	oneSignalAPIKey = "@@os@@"
)

// AftercareDay pushes the day-N aftercare tip to one client's devices.
func AftercareDay(ctx context.Context, externalID string, day int, tip string) error {
	payload, _ := json.Marshal(map[string]any{
		"app_id":          oneSignalAppID,
		"include_aliases": map[string][]string{"external_id": {externalID}},
		"target_channel":  "push",
		"headings":        map[string]string{"en": fmt.Sprintf("Aftercare, day %d", day)},
		"contents":        map[string]string{"en": tip},
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.onesignal.com/notifications", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Key "+oneSignalAPIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("onesignal: %s", resp.Status)
	}
	return nil
}
""", os=_os), _os, "OneSignal REST API docs: app API key in Authorization: Key")
# ---------------------------------------------------------------------------------------------
# Split values, and more files that only look dangerous
# ---------------------------------------------------------------------------------------------

_sq = square_token()
add("python/square-split", "studio_ops/integrations/square_catalog.py", fill("""\
\"\"\"Keeps the Square item catalogue (piercing services + jewelry) in step with the website.\"\"\"
from square.client import Client

# split so it doesn't wrap past 100 columns in the editor
SQUARE_TOKEN = (
    "@@a@@"
    "@@b@@"
)

client = Client(access_token=SQUARE_TOKEN, environment="production")


def piercing_services():
    result = client.catalog.search_catalog_items(body={
        "text_filter": "piercing",
        "product_types": ["APPOINTMENTS_SERVICE"],
        "limit": 100,
    })
    if result.is_error():
        raise RuntimeError(result.errors)
    return [
        (item["item_data"]["name"], item["item_data"]["variations"][0]["item_variation_data"]["price_money"]["amount"])
        for item in result.body.get("items", [])
    ]
""", a=_sq[:32], b=_sq[32:]), _sq, "Square Python SDK README: Client(access_token=...)")

_sg = sendgrid_key()
add("javascript/sendgrid-split", "reminders/src/mailer.js", fill("""\
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey(
  "@@a@@" +
    "@@b@@"
);

async function sendDepositReceipt(booking) {
  await sgMail.send({
    to: booking.clientEmail,
    from: { email: "bookings@needleandnectar.com", name: "Needle & Nectar" },
    templateId: "d-8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c31",
    dynamicTemplateData: {
      first_name: booking.firstName,
      artist: booking.artist,
      date: booking.prettyDate,
      deposit: booking.depositFormatted,
    },
  });
}

module.exports = { sendDepositReceipt };
""", a=_sg[:35], b=_sg[35:]), _sg, "SendGrid Node.js library README: setApiKey")

add("ssh/decoy-public-key", "ops/ansible/roles/base/files/authorized_keys", """\
# Managed by Ansible (roles/base). Edits on the host are overwritten.
# Studio ops: who may SSH into the booking VPS and the front desk NUC
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7T2bVbN4pQSk8MzR1LmeK3d9Fh6Jq2Wv5Yc8Nb1Xz mara@studio-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL4Nb7Vc0Xz2Qw5Er8Ty1UuI3o6Pa9Sd2Fg5Hj8Kl0Zx owner@macbook
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC3mQ8uE1oI4aD7gK0jL3nP6qS9uXB2vN5Zk1nR4tY7wC0sF3jH6lP9eQ7xT2bVbN4pQSk8MzR1LmeK3d9Fh6Jq2Wv5Yc8Nb1Xz4Gt7Ps0AaLm4Nb7Vc0Xz2Qw5Er8Ty1UuI3o6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9Mq deploy@github-actions
""", None, "OpenSSH manual: authorized_keys format (public keys)")

add("pem/decoy-certificate", "ops/nginx/certs/consent-chain.pem", """\
-----BEGIN CERTIFICATE-----
MIIDnzCCAyWgAwIBAgISBHq7T2bVbN4pQSk8MzR1LmeKMAoGCCqGSM49BAMDMDIx
CzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQDEwJF
NjAeFw0yNDA1MTIwNzE0MjFaFw0yNDA4MTAwNzE0MjBaMCcxJTAjBgNVBAMTHGNv
bnNlbnQuYmxhY2tsb3R1c3RhdHRvby5jb20wWTATBgcqhkjOPQIBBggqhkjOPQMB
BwNCAAQ3mQ8uE1oI4aD7gK0jL3nP6qS9uXB2vN5Zk1nR4tY7wC0sF3jH6lP9eQ7x
T2bVbN4pQSk8MzR1LmeK3d9Fh6Jq2Wv5Yc8Nb1Xz4Gt7Ps0AaLm4Nb7Vc0Xz2Qo4IC
JTCCAiEwDgYDVR0PAQH/BAQDAgeAMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggrBgEF
BQcDAjAMBgNVHRMBAf8EAjAAMB0GA1UdDgQWBBRq2Wv5Yc8Nb1Xz4Gt7Ps0AaLm4
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIEVzCCAj+gAwIBAgIRALBXPpFzlydw27SHyzpFKzgwDQYJKoZIhvcNAQELBQAw
TzELMAkGA1UEBhMCVVMxKTAnBgNVBAoTIEludGVybmV0IFNlY3VyaXR5IFJlc2Vh
cmNoIEdyb3VwMRUwEwYDVQQDEwxJU1JHIFJvb3QgWDEwHhcNMjQwMzEzMDAwMDAw
WhcNMjcwMzEyMjM1OTU5WjAyMQswCQYDVQQGEwJVUzEWMBQGA1UEChMNTGV0J3Mg
-----END CERTIFICATE-----
""", None, "RFC 7468: certificate PEM blocks are public")

add("json/decoy-jwks", "inkpass-api/public/.well-known/jwks.json", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "inkpass-2024-05",
      "n": "3mQ8uE1oI4aD7gK0jL3nP6qS9uXB2vN5Zk1nR4tY7wC0sF3jH6lP9eQ7xT2bVbN4pQSk8MzR1LmeK3d9Fh6Jq2Wv5Yc8Nb1Xz4Gt7Ps0AaLm4Nb7Vc0Xz2Qw5Er8Ty1UuI3o6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9MqXz8Cv2Bn5Mq0Lw3Ek7Rt1Yu4Io6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9Mq2Lw5Ek8RtPq2Lk9Xz0Vb5Nm8Rt3Wy7Cs1Dh4Fj6Gu9Ki2Lo5Mp8Nq1Rs4Tu",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "inkpass-2024-05-ec",
      "crv": "P-256",
      "x": "q7T2bVbN4pQSk8MzR1LmeK3d9Fh6Jq2Wv5Yc8Nb1Xz4",
      "y": "Gt7Ps0AaLm4Nb7Vc0Xz2Qw5Er8Ty1UuI3o6Pa9Sd2Fg"
    }
  ]
}
""", None, "RFC 7517: JSON Web Key Set with public key parameters only")

add("yaml/decoy-openapi-example", "inkpass-api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: InkPass booking API
  version: 2.3.0
servers:
  - url: https://api.inkpass.app/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: |
        Send the studio's API token: `Authorization: Bearer <token>`.
        Tokens are created in Settings > Integrations and shown once.
    stripeSignature:
      type: apiKey
      in: header
      name: Stripe-Signature
security:
  - bearerAuth: []
paths:
  /bookings:
    post:
      summary: Request a booking (deposit taken at confirmation)
      requestBody:
        content:
          application/json:
            example:
              artist_id: art_01HZX7KQ2M
              service: tattoo
              placement: left forearm
              size_cm: 12
              idea: "Fine line peony, no shading"
      responses:
        "201":
          description: Created
  /integrations/square:
    put:
      summary: Connect Square
      requestBody:
        content:
          application/json:
            example:
              access_token: "EAAA...your production access token..."
              location_id: "LXXXXXXXXXXXX"
      responses:
        "204":
          description: Connected
""", None, "OpenAPI 3.0 spec: securitySchemes and examples with placeholders")

add("typescript/decoy-types", "inkpass-api/src/types/studio.ts", """\
export type Currency = "usd" | "cad" | "eur" | "gbp" | "aud";

export interface StudioIntegrations {
  square?: { accessToken: string; locationId: string; environment: "sandbox" | "production" };
  stripe?: { secretKey: string; webhookSecret: string; publishableKey: string };
  twilio?: { accountSid: string; authToken: string; fromNumber: string };
  calendly?: { personalAccessToken: string; webhookSigningKey: string };
}

export interface StaffUser {
  id: string;
  email: string;
  passwordHash: string;
  role: "owner" | "artist" | "piercer" | "desk";
  mfaSecret?: string;
}

export interface ConsentForm {
  id: string;
  bookingId: string;
  signedAt: string;
  pdfSha256: string;
  guardianRequired: boolean;
}

export const REDACTED = "********";

export function redactIntegrations(i: StudioIntegrations): StudioIntegrations {
  return JSON.parse(JSON.stringify(i, (key, value) =>
    /token|secret|key/i.test(key) && typeof value === "string" && !/publishable/i.test(key) ? REDACTED : value));
}
""", None, "TypeScript handbook: interfaces; field names only")

add("sql/decoy-migration", "inkbook-api/database/migrations/2024_04_02_000000_create_consent_forms_table.sql", """\
CREATE TABLE consent_forms (
    id              BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    booking_id      BIGINT UNSIGNED NOT NULL,
    client_dob      DATE NOT NULL,
    id_document     ENUM('drivers_license', 'passport', 'state_id') NOT NULL,
    id_last4        CHAR(4) NOT NULL,
    guardian_name   VARCHAR(120) NULL,
    pdf_path        VARCHAR(255) NOT NULL,
    pdf_sha256      CHAR(64) NOT NULL,
    signed_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_consent_booking FOREIGN KEY (booking_id) REFERENCES bookings (id)
);

CREATE TABLE api_tokens (
    id          BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    studio_id   BIGINT UNSIGNED NOT NULL,
    name        VARCHAR(80) NOT NULL,
    token_hash  CHAR(64) NOT NULL COMMENT 'sha256 of the token; the token is shown once',
    last_used_at TIMESTAMP NULL,
    UNIQUE KEY uq_token_hash (token_hash)
);
""", None, "MySQL docs: CREATE TABLE; storing token hashes only")

add("markdown/decoy-changelog", "inkbook-api/CHANGELOG.md", """\
# Changelog

## 2.4.1 - 2024-06-03
- Fix: deposit refunds for artist-cancelled sessions used the wrong PaymentIntent.
- Ops: rotated the Twilio auth token and the Stripe restricted key after the laptop theft;
  new values are only in AWS Secrets Manager (`prod/inkbook/*`).
- Chore: bump laravel/framework to 11.9.2.

## 2.4.0 - 2024-05-20
- Feature: guardian consent flow for 16-17 year olds (ear lobe piercings only).
- Feature: consent PDFs are hashed (SHA-256) and the hash is printed on the receipt.
- Security: staff passwords now need 12+ characters; MFA required for owners.

## 2.3.2 - 2024-04-29
- Fix: reminder texts went out at 3am for clients in another timezone.
- Commit 9f3c2a7e41b8d6f05a2c9e7b1d4f8a3c6e0b5d92 reverted (broke Square sync).
""", None, "Keep a Changelog format")

add("markdown/decoy-redacted", "docs/incidents/2024-05-30-stolen-laptop.md", """\
# Incident: front desk laptop stolen (2024-05-30)

## Summary
The front desk laptop was taken from the counter during a walk-in rush. It had the
booking admin logged in and a `.env` copy on the desktop.

## Exposed (assumed)
| What | Value (redacted) | Rotated |
|------|------------------|---------|
| Stripe restricted key | `rk_live_...REDACTED...7Qa` | 2024-05-30 18:05 |
| Twilio auth token | `****************************e4b1` | 2024-05-30 18:12 |
| Square access token | `EAAA[redacted]` | 2024-05-30 18:20 |
| Booking DB password | (not shown) | 2024-05-30 19:02 |

## Actions
1. Revoked all three keys in the vendor dashboards; new ones live only in Secrets Manager.
2. Signed the laptop out of Google Workspace and wiped it through MDM.
3. Checked Stripe for refunds/payouts created after 17:40: none.
4. Told affected clients (none; consent PDFs were not on the laptop).

## Follow-ups
- Kiosk mode on the front desk laptop; no `.env` files outside the server.
""", None, "Incident write-up with redacted values")

add("go/decoy-test", "inkdesk/internal/webhooks/stripe_test.go", """\
package webhooks

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stripe/stripe-go/v76/webhook"
)

// A throwaway secret for signing test payloads; no Stripe account has it.
const testSecret = "whsec_test_only_not_a_real_secret"

func TestStripeRejectsBadSignature(t *testing.T) {
	h := &Handler{deposits: &fakeDeposits{}}
	req := httptest.NewRequest(http.MethodPost, "/stripe", strings.NewReader(`{"type":"payment_intent.succeeded"}`))
	req.Header.Set("Stripe-Signature", "t=1,v1=deadbeef")
	rec := httptest.NewRecorder()
	h.Stripe(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("got %d, want 400", rec.Code)
	}
}

func TestSignedPayloadParses(t *testing.T) {
	payload := []byte(`{"id":"evt_test_1","type":"charge.refunded","data":{"object":{}}}`)
	signed := webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{
		Payload: payload, Secret: testSecret, Timestamp: time.Now(),
	})
	if _, err := webhook.ConstructEvent(signed.Payload, signed.Header, testSecret); err != nil {
		t.Fatal(err)
	}
}
""", None, "stripe-go docs: webhook.GenerateTestSignedPayload for tests")

add("json/decoy-postman", "tools/postman/StudioBooking.postman_collection.json", """\
{
  "info": {
    "name": "Studio booking API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{inkbook_token}}", "type": "string" }]
  },
  "item": [
    {
      "name": "List today's bookings",
      "request": {
        "method": "GET",
        "url": "{{base_url}}/api/bookings?date={{$isoTimestamp}}"
      }
    },
    {
      "name": "Square - list locations",
      "request": {
        "method": "GET",
        "header": [
          { "key": "Authorization", "value": "Bearer {{square_access_token}}" },
          { "key": "Square-Version", "value": "2024-05-15" }
        ],
        "url": "https://connect.squareup.com/v2/locations"
      }
    }
  ],
  "variable": [
    { "key": "base_url", "value": "https://book.blacklotustattoo.com" },
    { "key": "inkbook_token", "value": "" },
    { "key": "square_access_token", "value": "" }
  ]
}
""", None, "Postman docs: collection variables and bearer auth")

add("http/decoy-dotenv", "tools/api-tests/stripe.http", """\
### List recent deposits (test mode)
GET https://api.stripe.com/v1/payment_intents?limit=10
Authorization: Bearer {{$dotenv STRIPE_TEST_SECRET_KEY}}

### Refund a deposit
POST https://api.stripe.com/v1/refunds
Authorization: Bearer {{$dotenv STRIPE_TEST_SECRET_KEY}}
Content-Type: application/x-www-form-urlencoded

payment_intent={{paymentIntent}}&reason=requested_by_customer

### Square locations
GET https://connect.squareupsandbox.com/v2/locations
Authorization: Bearer {{$processEnv SQUARE_SANDBOX_TOKEN}}
Square-Version: 2024-05-15
""", None, "VS Code REST Client docs: $dotenv and $processEnv variables")

add("yaml/decoy-cloudformation", "infra/cfn/reminder-lambda.yaml", """\
AWSTemplateFormatVersion: "2010-09-09"
Description: SMS reminder Lambda for the booking app

Parameters:
  TwilioSecretArn:
    Type: String

Resources:
  ReminderFunction:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: studio-sms-reminders
      Runtime: python3.12
      Handler: reminders.handler
      Timeout: 60
      Role: !GetAtt ReminderRole.Arn
      Code:
        S3Bucket: studio-lambda-artifacts
        S3Key: reminders/2.4.1.zip
      Environment:
        Variables:
          TWILIO_ACCOUNT_SID: "{{resolve:secretsmanager:prod/reminders/twilio:SecretString:account_sid}}"
          TWILIO_AUTH_TOKEN: "{{resolve:secretsmanager:prod/reminders/twilio:SecretString:auth_token}}"
          DB_PASSWORD: "{{resolve:ssm-secure:/studio/booking/db_password:3}}"

  ReminderSchedule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: "cron(0/15 * * * ? *)"
      Targets:
        - Arn: !GetAtt ReminderFunction.Arn
          Id: reminders
""", None, "AWS CloudFormation docs: dynamic references resolve:secretsmanager / ssm-secure")

add("yaml/decoy-sealed-secret", "deploy/k8s/sealed-twilio.yaml", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: reminders-twilio
  namespace: inkbook
spec:
  encryptedData:
    TWILIO_ACCOUNT_SID: AgBy8hC4Kq7Xn2Lp9Vb4Tz1Wc8Hs3eJ5dR0fG6yU2iO4pA7mN9bV1cX3zQ5kS8vT3mQ1xL7zK4nB2wP9sYeF6hJ0dG5rU1cA8oI3tE7yN2bM4kV9aXRz5Ny0Wb3Tq8Kx1Lm6Pv4eD9gH2jF7sA0uC5iO3tY8bN1mQ6xV2kLEa4Gk9Sd2Vm7Xn1Qp5Lz8uB3fR6hT0yJ2cW9oI4tK7bN1mA5xE3zQ==
    TWILIO_AUTH_TOKEN: AgCm2Lw5Ek8RtPq2Lk9Xz0Vb5Nm8Rt3Wy7Cs1Dh4Fj6Gu9Ki2Lo5Mp8Nq1Rs4TuXz8Cv2Bn5Mq0Lw3Ek7Rt1Yu4Io6Pa9Sd2Fg5Hj8Kl0Zx3Cv6Bn9MqAb3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9A1s4Df7Gh0Jk2Bc4De7Fg0Hi3Jk6Lm9No2PqRs5Tu8Vw1Xy4Za7Bc0De3Fg6Hi9Jk==
  template:
    metadata:
      name: reminders-twilio
      namespace: inkbook
    type: Opaque
""", None, "Sealed Secrets docs: encryptedData is ciphertext only the controller can open")

add("hcl/decoy-vault-policy", "ops/vault/policies/booking-app.hcl", """\
# Booking app: read its own secrets, nothing else.
path "studio/data/booking" {
  capabilities = ["read"]
}

path "studio/data/stripe" {
  capabilities = ["read"]
}

path "studio/data/twilio" {
  capabilities = ["read"]
}

# consent-form encryption: the app may encrypt/decrypt, never export the key
path "transit/encrypt/consent-forms" {
  capabilities = ["update"]
}

path "transit/decrypt/consent-forms" {
  capabilities = ["update"]
}
""", None, "HashiCorp Vault docs: ACL policies")

add("shell/decoy-generated-secret", "deploy/bootstrap-secrets.sh", """\
#!/usr/bin/env bash
# First-time cluster setup: creates random app secrets and reads vendor keys from the prompt.
set -euo pipefail

NS=inkbook

read -rsp "Stripe secret key: " STRIPE_SECRET; echo
read -rsp "Stripe webhook signing secret: " STRIPE_WEBHOOK_SECRET; echo
read -rsp "Twilio auth token: " TWILIO_AUTH_TOKEN; echo

kubectl -n "$NS" create secret generic booking-payments \\
  --from-literal=STRIPE_SECRET="$STRIPE_SECRET" \\
  --from-literal=STRIPE_WEBHOOK_SECRET="$STRIPE_WEBHOOK_SECRET" \\
  --from-literal=TWILIO_AUTH_TOKEN="$TWILIO_AUTH_TOKEN" \\
  --dry-run=client -o yaml | kubectl apply -f -

kubectl -n "$NS" create secret generic booking-app \\
  --from-literal=APP_KEY="base64:$(openssl rand -base64 32)" \\
  --from-literal=SESSION_SECRET="$(openssl rand -hex 32)" \\
  --dry-run=client -o yaml | kubectl apply -f -

unset STRIPE_SECRET STRIPE_WEBHOOK_SECRET TWILIO_AUTH_TOKEN
echo "secrets created in $NS"
""", None, "kubectl docs: create secret generic --from-literal; read -s")

add("php/decoy-test", "inkbook-api/tests/Feature/DepositTest.php", """\
<?php

namespace Tests\\Feature;

use App\\Models\\Booking;
use App\\Services\\SquareDeposits;
use Illuminate\\Foundation\\Testing\\RefreshDatabase;
use Mockery;
use Tests\\TestCase;

class DepositTest extends TestCase
{
    use RefreshDatabase;

    protected function setUp(): void
    {
        parent::setUp();
        config([
            'services.stripe.secret' => 'sk_test_123',
            'services.square.access_token' => 'fake-square-token',
            'services.square.location_id' => 'TEST_LOCATION',
        ]);
    }

    public function test_deposit_marks_booking_paid(): void
    {
        $booking = Booking::factory()->create(['deposit_cents' => 5000]);
        $this->mock(SquareDeposits::class, function ($mock) {
            $mock->shouldReceive('chargeDeposit')->once()->andReturn('pay_test_0001');
        });

        $this->postJson("/api/bookings/{$booking->id}/deposit", ['source_id' => 'cnon:card-nonce-ok'])
            ->assertOk();

        $this->assertSame('paid', $booking->fresh()->deposit_status);
    }
}
""", None, "Square sandbox docs: test nonce cnon:card-nonce-ok; Laravel testing docs")

add("swift/decoy-keychain", "InkPass/InkPass/Services/TokenStore.swift", """\
import Foundation
import Security

/// Stores the signed-in client's API token in the Keychain (never in UserDefaults).
enum TokenStore {
    private static let service = "app.inkpass.api"
    private static let account = "session"

    static func save(_ token: String) throws {
        let data = Data(token.utf8)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
        var attributes = query
        attributes[kSecValueData as String] = data
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw NSError(domain: NSOSStatusErrorDomain, code: Int(status)) }
    }

    static func load() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else {
            return nil
        }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "Apple docs: Keychain Services generic passwords")

add("csharp/decoy-configuration", "StudioDesk/StudioDesk.Notifications/TwilioSmsSender.cs", """\
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace StudioDesk.Notifications
{
    public class TwilioOptions
    {
        public string AccountSid { get; set; } = "";
        public string AuthToken { get; set; } = "";
        public string From { get; set; } = "";
    }

    // Values come from `dotnet user-secrets` in development and Key Vault in production.
    public class TwilioSmsSender : ISmsSender
    {
        private readonly TwilioOptions _options;

        public TwilioSmsSender(IOptions<TwilioOptions> options)
        {
            _options = options.Value;
            TwilioClient.Init(_options.AccountSid, _options.AuthToken);
        }

        public async Task SendAsync(string to, string body)
        {
            await MessageResource.CreateAsync(
                to: new Twilio.Types.PhoneNumber(to),
                from: new Twilio.Types.PhoneNumber(_options.From),
                body: body);
        }
    }
}
""", None, "ASP.NET Core docs: options pattern; Safe storage of app secrets in development")

add("csv/decoy-ids", "exports/appointments-2024-06-week23.csv", """\
booking_id,external_id,artist,service,start,duration_min,deposit_status,consent_form_id
BK2231,8c1f4a27-9b3e-4f60-a5d2-7e8f91b0c364,Dee,Fine line botanical,2024-06-03T10:00,240,paid,cf_01HZX7KQ2M9T4Y8W3B6N1D5R2E
BK2240,2e7b9d41-0c6a-4f83-b1e5-94d2a7c80f16,Dee,Consult,2024-06-05T12:00,60,none,
BK2244,6d0a3f87-5e2c-4b19-9f7a-c8e41b2d6a95,Jules,Koi sleeve s4,2024-06-05T11:00,360,paid,cf_01HZX9P3V7C2K5M8Q1T4W6Y0B3
BK2247,a4e9c2f1-3b8d-4706-b5e1-2f9a7d0c8e64,Sam,Blackwork mandala,2024-06-06T13:00,180,paid,cf_01HZXB2N6R9F3H7J0L4P8S1U5X
BK2251,0f5b8e3a-d7c1-4a92-8e64-b3a1c9f2d075,Ana,Helix + flat,2024-06-07T15:30,30,paid,cf_01HZXD5Q8T1W4Z7C0F3I6L9O2R
BK2253,c7d2a9e4-1f6b-4c83-a0e7-5b9d3f8a2c61,Ana,Septum,2024-06-07T16:15,30,pending,
""", None, "CSV export of booking ids; UUIDs and ULIDs are identifiers")

add("json/decoy-square-payload", "sparrow-booking/test/fixtures/square/booking.created.json", """\
{
  "merchant_id": "MLQX7T2BVBN4P",
  "location_id": "LH2Y9QX4K7M3D",
  "type": "booking.created",
  "event_id": "7b3e1c9a-2d4f-4e8b-a6c5-0f1e2d3c4b5a",
  "created_at": "2024-06-01T17:04:11Z",
  "data": {
    "type": "booking",
    "id": "q8x2kd9m4tz7vr:0",
    "object": {
      "booking": {
        "id": "q8x2kd9m4tz7vr",
        "version": 0,
        "status": "ACCEPTED",
        "start_at": "2024-06-10T18:00:00Z",
        "location_id": "LH2Y9QX4K7M3D",
        "customer_id": "TESTCUSTOMER0001",
        "customer_note": "Small fine line swallow behind the ear",
        "appointment_segments": [
          {
            "duration_minutes": 90,
            "service_variation_id": "GUN7HNQBH7ZRARYZN52E7O4B",
            "team_member_id": "TMfixtureJules01",
            "service_variation_version": 1717000000000
          }
        ]
      }
    }
  }
}
""", None, "Square docs: booking.created webhook event payload")

add("notebook/decoy-getpass", "analytics/deposit_no_shows.ipynb", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Do deposits reduce no-shows?\\n", "Compares 2022 (no deposit) with 2023-24 (deposit required)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "\\n",
    "pw = os.environ.get('REPORTS_DB_PASSWORD') or getpass.getpass('reports_ro password: ')\\n",
    "engine = sa.create_engine(sa.URL.create('postgresql+psycopg', username='reports_ro', password=pw,\\n",
    "                                        host='db.ironsparrow.internal', database='bookings'))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('select date_trunc(\\\\'month\\\\', start_at) m, avg((status = \\\\'no_show\\\\')::int) rate from bookings group by 1 order by 1', engine)\\n",
    "df.plot(x='m', y='rate')"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.6" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Python docs: getpass; SQLAlchemy URL.create")

add("r/decoy-keyring", "analytics/artist_revenue.R", """\
# Monthly revenue per artist (deposits + balances + tips), for the owners' meeting.
library(DBI)
library(RPostgres)
library(dplyr)

con <- dbConnect(
  Postgres(),
  host = "db.ironsparrow.internal",
  dbname = "bookings",
  user = "reports_ro",
  password = keyring::key_get("studio-reports-db", username = "reports_ro")
)

revenue <- tbl(con, "payments") |>
  filter(paid_at >= "2024-01-01") |>
  mutate(month = sql("date_trunc('month', paid_at)")) |>
  group_by(artist, month) |>
  summarise(total = sum(deposit + balance + tip, na.rm = TRUE), .groups = "drop") |>
  collect()

print(revenue, n = 50)
dbDisconnect(con)
""", None, "keyring R package docs: key_get")

add("k8s/decoy-secret-key-ref", "deploy/k8s/reminders-cronjob.yaml", """\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sms-reminders
  namespace: inkbook
spec:
  schedule: "*/15 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reminders
              image: ghcr.io/blacklotus/reminders:1.9.0
              args: ["send-due"]
              env:
                - name: TWILIO_ACCOUNT_SID
                  valueFrom:
                    secretKeyRef:
                      name: reminders-twilio
                      key: TWILIO_ACCOUNT_SID
                - name: TWILIO_AUTH_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: reminders-twilio
                      key: TWILIO_AUTH_TOKEN
                - name: DATABASE_URL
                  valueFrom:
                    secretKeyRef:
                      name: bookings-postgres
                      key: url
""", None, "Kubernetes docs: env valueFrom secretKeyRef")

add("json/decoy-apple-association", "sparrow-site/public/.well-known/apple-app-site-association", """\
{
  "applinks": {
    "details": [
      {
        "appIDs": ["R8T2YQ4W9K.app.inkpass.ios"],
        "components": [
          { "/": "/book/*", "comment": "booking links open the app" },
          { "/": "/aftercare/*" }
        ]
      }
    ]
  },
  "webcredentials": {
    "apps": ["R8T2YQ4W9K.app.inkpass.ios"]
  }
}
""", None, "Apple docs: apple-app-site-association file (team and bundle ids)")

add("rust/decoy-env", "walkin-bot/src/config.rs", """\
use serde::Deserialize;
use std::{env, fs};

#[derive(Debug, Deserialize)]
pub struct Config {
    pub bot: Bot,
    pub queue: Queue,
}

#[derive(Debug, Deserialize)]
pub struct Bot {
    #[serde(default)]
    pub token: String,
    pub staff_chat_id: i64,
}

#[derive(Debug, Deserialize)]
pub struct Queue {
    pub max_waiting: usize,
    pub piercings: Vec<String>,
}

pub fn load() -> anyhow::Result<Config> {
    let path = env::var("WALKIN_CONFIG").unwrap_or_else(|_| "config.toml".into());
    let mut cfg: Config = toml::from_str(&fs::read_to_string(path)?)?;
    if let Ok(token) = env::var("TELEGRAM_BOT_TOKEN") {
        cfg.bot.token = token;
    }
    anyhow::ensure!(!cfg.bot.token.is_empty(), "set TELEGRAM_BOT_TOKEN or bot.token in the mounted config");
    Ok(cfg)
}
""", None, "serde/toml docs; token from the environment")

add("markdown/decoy-stripe-cli", "sparrow-booking/docs/local-webhooks.md", """\
# Testing deposit webhooks locally

1. Install the Stripe CLI and log in: `stripe login` (opens the browser; nothing to paste here).
2. Forward events to the dev server:

   ```bash
   stripe listen --forward-to localhost:3000/api/webhooks/stripe
   ```

   It prints `Ready! Your webhook signing secret is whsec_... (^C to quit)`.
   Put that value in `.env.local` as `STRIPE_WEBHOOK_SECRET` (the file is git-ignored).
3. Trigger a test deposit:

   ```bash
   stripe trigger payment_intent.succeeded --add payment_intent:metadata.booking_id=bk_0001
   ```

Use card `4242 4242 4242 4242`, any future expiry, any CVC, when paying in the test checkout.
The CLI's secret changes each time you log in, so don't share it in Slack either.
""", None, "Stripe CLI docs: stripe listen --forward-to; test card numbers")

add("yaml/decoy-doppler", "inkbook-node/doppler.yaml", """\
setup:
  - project: inkbook
    config: dev
    path: .
  - project: reminders
    config: dev
    path: ../reminders

# run locally with:   doppler run -- npm run dev
# secrets (STRIPE_SECRET_KEY, TWILIO_AUTH_TOKEN, MONGO_URI, ...) are injected at runtime
""", None, "Doppler CLI docs: doppler.yaml setup and doppler run")
