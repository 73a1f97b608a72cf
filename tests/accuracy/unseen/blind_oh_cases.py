"""Blind set OH: a Guam fiesta catering company and an airport shuttle operator.

The caterer (Guma' Nengkanno' Fiesta Catering, Hagåtña: fiesta and party-tray orders, Square
payments, kitchen tablets, delivery vans, invoices) and the shuttle (Hånao Shuttle Guam, Tamuning:
GUM airport pickups for Tumon hotels, dispatch board, driver app, SMS, flight tracking, fleet
telematics), with notes and comments partly in Chamorro and English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8790000-8799999).
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
SEED_LO, SEED_HI = 8790000, 8799999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kelaguen", "Titiyas", "Hineksa", "Finadene", "Latiyas", "Kadon", "Lumpia", "Bunelos",
         "Guafi", "Tasi", "Lanchu", "Hagatna", "Tumon", "Yigo", "Malesso", "Sirena", "Lemmai",
         "Niyok", "Kokko", "Fanihi", "Guihan", "Manahak", "Latte", "Dinanna"]


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


def square_token() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def square_secret() -> str:
    return "sq0csp-" + fakes.drawn(_seed(), 43, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://hanaoshuttle.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_key_sid() -> str:
    return "SK" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def google_client_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def mapbox_secret() -> str:
    body = base64.urlsafe_b64encode(b'{"u":"hanaoshuttle","a":"' + rnd(24, HEX).encode() + b'"}').decode().rstrip("=")
    return "sk." + body + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def azure_account_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


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
    CASES.append(LabelledCase("blind-oh/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- catering: orders and payments

add("python/square-access-token", "catering/nengkanno/payments/square_client.py",
    "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
"""Square payments for fiesta orders. Håfa adai - si Tony sumugon este."""
from square.client import Client

# TODO: po'lu este gi .env, ti maolek na gaige guini (not good here)
SQUARE_ACCESS_TOKEN = "@@s@@"
LOCATION_ID = "L8Q2T6HAGATNA"

client = Client(access_token=SQUARE_ACCESS_TOKEN, environment="production")


def charge_deposit(order, cents):
    return client.payments.create_payment(body={
        "source_id": order.card_nonce,
        "idempotency_key": order.uuid,
        "amount_money": {"amount": cents, "currency": "USD"},
        "location_id": LOCATION_ID,
        "note": f"Deposit - fiesta {order.village} {order.date}",
    })
''', square_token())

add("env/square-app-secret", "catering/nengkanno/.env.production",
    "https://developer.squareup.com/docs/oauth-api/overview", r'''
# Guma' Nengkanno' - production
APP_ENV=production
APP_URL=https://order.guma-nengkanno.com
SQUARE_APPLICATION_ID=sq0idp-3Yk1mQ9wTtHagatna0rD3r
SQUARE_APPLICATION_SECRET=@@s@@
SQUARE_ENVIRONMENT=production
TZ=Pacific/Guam
''', square_secret())

add("python/decoy-env-lookup", "catering/nengkanno/payments/settings.py",
    "https://12factor.net/config", r'''
"""Settings for the order site. Ti un po'lu kontrasenya guini - everything comes from the env."""
import os

SQUARE_ACCESS_TOKEN = os.environ["SQUARE_ACCESS_TOKEN"]
SQUARE_APPLICATION_SECRET = os.environ.get("SQUARE_APPLICATION_SECRET", "")
SQUARE_ENVIRONMENT = os.getenv("SQUARE_ENVIRONMENT", "sandbox")
DATABASE_URL = os.environ["DATABASE_URL"]
DEPOSIT_PERCENT = int(os.getenv("DEPOSIT_PERCENT", "50"))
TIME_ZONE = "Pacific/Guam"
''')

add("js/stripe-restricted", "catering/nengkanno/web/server/stripe.js",
    "https://docs.stripe.com/keys#limit-access", r'''
// Stripe for the online tray orders (party trays, pika chicken, red rice)
// Tony: restricted key, write on checkout only. Esta hu na'setbe gi live.
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function createTrayCheckout(cart) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: cart.items.map((i) => ({ price: i.priceId, quantity: i.qty })),
    success_url: 'https://order.guma-nengkanno.com/si-yuos-maase',
    cancel_url: 'https://order.guma-nengkanno.com/cart',
  });
}

module.exports = { createTrayCheckout };
''', stripe("rk_live_"))

add("js/decoy-stripe-publishable", "catering/nengkanno/web/public/checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Publishable key: safe gi browser (this one is meant to be public)
const stripe = Stripe('pk_live_51NgUaMHagatna00FiestaPublic0nly');
const elements = stripe.elements({ locale: 'en' });
const card = elements.create('card');
card.mount('#card-element');
document.querySelector('#pay').addEventListener('click', () => {
  stripe.confirmCardPayment(window.CLIENT_SECRET_FROM_SERVER, { payment_method: { card } });
});
''')

add("php/paypal-client-secret", "catering/nengkanno/legacy/paypal_config.php",
    "https://developer.paypal.com/api/rest/authentication/", r'''
<?php
// Old WordPress order plugin - ti ma usa esta (mostly unused) pero ti ta na'suha
define('PAYPAL_MODE', 'live');
define('PAYPAL_CLIENT_ID', 'AQk3ZBfiesta0GuamNengkanno0LiveClientIdXyz12');
define('PAYPAL_CLIENT_SECRET', '@@s@@');
define('PAYPAL_RETURN_URL', 'https://guma-nengkanno.com/order/thanks');
define('PAYPAL_CURRENCY', 'USD');
''', fakes.drawn(_seed(), 80, ALNUM + "-_"))

add("yaml/decoy-sops-encrypted", "catering/nengkanno/deploy/secrets.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", r'''
square:
    access_token: ENC[AES256_GCM,data:3kVt9Qe7m1Zq0bX2yP8wLr5nS4aHc6d0FjK1uT7gB9vM2xN8pQ3sW5eR7tY1iO0,iv:q9Zr2W5tY8uIo1Pa3Sd6Fg==,tag:Hj4Kl7Zx0Cv3Bn6Mq9We2g==,type:str]
    application_secret: ENC[AES256_GCM,data:Pm8Ln3Kb5Vc7Xz1As4Df6Gh9Jk2Lq0We3Rt,iv:Zx3Cv6Bn9Mq2We5Rt8Yu1I==,tag:Op4As7Df0Gh3Jk6Lz9Xc2Q==,type:str]
sops:
    age:
        - recipient: age1qe7fz3l9s0nengkanno8xh5n2w6c4v7m3k9p0d2r5t8y1u4i6o9a3s5d7f
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxWmZ0cTNyV0ZtN0ZiM3Zh
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-10-02T03:14:55Z"
    version: 3.9.1
''')

add("sql/postgres-role-password", "catering/nengkanno/db/migrations/0003_reporting_role.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Reporting role for Auntie Rosa's monthly fiesta totals spreadsheet
-- Si Rosa ha usa Excel + ODBC. Read-only ha'.
CREATE ROLE fiesta_reports LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE nengkanno TO fiesta_reports;
GRANT USAGE ON SCHEMA orders TO fiesta_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA orders TO fiesta_reports;
''', words_pw())

add("sql/decoy-scram-hash", "catering/nengkanno/db/dump/roles_2026-09.sql",
    "https://www.postgresql.org/docs/current/auth-password.html", r'''
--
-- Roles (pg_dumpall --roles-only), kopia para i backup
--
CREATE ROLE nengkanno_app;
ALTER ROLE nengkanno_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN PASSWORD 'SCRAM-SHA-256$4096:Zk9uZ2thbm5vU2FsdA==$q8Hl2vYxY0rN3mF1cB7dK9pL4sT6wE2uA5zX8jQ0nM=:Vb3Nm6Xc9Zl2Kj5Hg8Fd1Sa4Qw7Er0Ty3Ui6Op9As2Df=';
CREATE ROLE fiesta_reports;
ALTER ROLE fiesta_reports WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:UmVwb3J0c1NhbHQ=$Lk4Jh7Gf0Ds3Aq6Wz9Xe2Rc5Tv8By1Nu4Mi7Ko0Pl3=:Qa2Ws5Ed8Rf1Tg4Yh7Uj0Ik3Ol6Pz9Xc2Vb5Nm8Lk1=';
''')

add("dotenv/database-url", "catering/nengkanno/api/.env",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
NODE_ENV=production
PORT=8080
# DB gi Lightsail - Tamuning
DATABASE_URL=postgres://nengkanno_app:@@s@@@db.guma-nengkanno.internal:5432/nengkanno?sslmode=require
ORDER_CUTOFF_HOURS=72
FIESTA_MAX_GUESTS=600
''', fakes.redis_password(_seed()))

add("dotenv/decoy-example", "catering/nengkanno/api/.env.example",
    "https://github.com/motdotla/dotenv#usage", r'''
# Kopia este gi .env ya un tulaika i values (copy to .env and fill in)
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://nengkanno_app:CHANGE_ME@localhost:5432/nengkanno
SQUARE_ACCESS_TOKEN=<your sandbox token from developer.squareup.com>
SQUARE_APPLICATION_SECRET=
MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ORDER_CUTOFF_HOURS=72
''')

add("json/mailgun-key", "catering/nengkanno/api/config/mail.json",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
{
  "provider": "mailgun",
  "domain": "mg.guma-nengkanno.com",
  "apiKey": "@@s@@",
  "from": "Guma' Nengkanno' Orders <orders@guma-nengkanno.com>",
  "bcc": "rosa@guma-nengkanno.com",
  "templates": { "confirm": "fiesta-confirm-v3", "reminder": "fiesta-3days" }
}
''', mailgun())

add("yaml/twilio-auth-token", "catering/nengkanno/api/config/sms.yml",
    "https://www.twilio.com/docs/iam/credentials/api", r'''
# SMS reminders: "Håfa adai! Your fiesta order is ready for pickup"
twilio:
  account_sid: AC4f1e9a2b7c0d3e5f6a8b9c1d2e3f4a5b
  auth_token: "@@s@@"
  from: "+16714770199"
reminders:
  days_before: [3, 1]
  quiet_hours: "21:00-07:00"
''', hexs(32))

add("yaml/decoy-twilio-sid-only", "catering/nengkanno/api/config/sms.staging.yml",
    "https://www.twilio.com/docs/glossary/what-is-a-sid", r'''
# Staging: auth token comes from SSM (/nengkanno/staging/twilio_auth_token)
twilio:
  account_sid: AC0b7e3d9f1a2c4e6b8d0f1a3c5e7b9d2f
  auth_token: "${ssm:/nengkanno/staging/twilio_auth_token}"
  from: "+16714770100"
reminders:
  days_before: [1]
''')

add("csv/wifi-password-note", "catering/nengkanno/ops/venues.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", r'''
venue,village,contact,phone,kitchen_access,wifi_ssid,wifi_pass,notes
Mangilao Community Center,Mangilao,Tan Maria,671-734-2210,side door key w/ mayor,MCC-Guest,open,bring extension cords
Inalåhan Pavilion,Inalåhan,Tun Ben,671-828-1104,none - use trucks,,,no power after 9pm
Hagåtña Cathedral hall,Hagåtña,Sister Josefa,671-472-6201,code at office,DBH-Staff,@@s@@,ask Sister before using wifi
Yigo Gym,Yigo,Kiko,671-653-9981,gym mgr,,,"fiesta San Judas, huge crowd"
Talofofo Bay pavilion,Talofofo,Auntie Lou,671-789-3322,none,,,bring tents + ice
''', words_pw())

add("md/decoy-readme-placeholders", "catering/nengkanno/README.md",
    "https://www.makeareadme.com/", r'''
# Guma' Nengkanno' order system

Fiesta & party-tray orders for Guma' Nengkanno' Fiesta Catering (Hagåtña, Guam).

## Setup
1. `cp api/.env.example api/.env`
2. Put your **sandbox** Square token in `SQUARE_ACCESS_TOKEN` (get one at developer.squareup.com,
   *ti* production - never the live one on a laptop).
3. `docker compose up -d db && npm run migrate && npm run dev`

The live keys gaige gi 1Password vault "Nengkanno Ops". Ask Tony or Rosa.

Si Yu'os Ma'åse'!
''')

add("ini/mysql-client-password", "catering/nengkanno/legacy/.my.cnf",
    "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# old WordPress DB - para backups ha'
[client]
user=wp_nengkanno
password="@@s@@"
host=127.0.0.1
port=3306

[mysqldump]
single-transaction
''', fakes.password(_seed()))

add("php/wordpress-db-password", "catering/nengkanno/legacy/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Guma' Nengkanno' - old order site (2019). Ti un tulaika este sin hu tungo' (ask Tony) */
define( 'DB_NAME', 'wp_nengkanno' );
define( 'DB_USER', 'wp_nengkanno' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'gn_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-salts-env", "catering/nengkanno/legacy/wp-config-sample.php",
    "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
// Sample: values come from the server env (Bedrock style). Ti guaha secrets guini.
define( 'DB_NAME', getenv('DB_NAME') );
define( 'DB_USER', getenv('DB_USER') );
define( 'DB_PASSWORD', getenv('DB_PASSWORD') );
define( 'AUTH_KEY',         getenv('AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('SECURE_AUTH_KEY') );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
''')

add("python/django-secret-key", "catering/nengkanno/kitchen/kitchen/settings.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Kitchen tablet app (prep lists: kelaguen, red rice, titiyas). Django settings."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@s@@'

DEBUG = False
ALLOWED_HOSTS = ["kusina.guma-nengkanno.com", "10.20.0.15"]
TIME_ZONE = "Pacific/Guam"
LANGUAGE_CODE = "en-us"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "prep"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-test-settings", "catering/nengkanno/kitchen/kitchen/settings_test.py",
    "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", r'''
"""Test settings - fake key, only for pytest. Ti ma usa gi production."""
from .settings import *  # noqa

SECRET_KEY = "django-insecure-test-only-not-a-real-key"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''')

add("txt/note-square-login", "catering/nengkanno/notes/para_si_rosa.txt",
    "https://squareup.com/help/us/en/article/5089", r'''
Rosa - para i Square dashboard (bank deposits, refunds)

login: orders@guma-nengkanno.com
password: @@s@@

Adahi! ti un sangåni ni håye (don't tell anyone). Si Tony ha na'fanhuyong i 2FA gi phone-ña.
Deposits hit BankGuam every Tue/Fri.
''', words_pw())

add("txt/decoy-note-password-changed", "catering/nengkanno/notes/password_reset_oct.txt",
    "https://squareup.com/help/us/en/article/5089", r'''
Oct 14 - Tony

Esta hu tulaika i password para Square ya Mailgun after Junior left.
New ones are in 1Password -> "Nengkanno Ops" -> Square (owner) / Mailgun (API).
Old password = ti sirbe esta (revoked), no need to keep it anywhere.
Also turned on 2FA for Rosa's account. Si Yu'os Ma'åse'.
''')

_mg = mailgun()
add("yaml/k8s-secret-b64", "catering/nengkanno/deploy/k8s/order-api-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: order-api
  namespace: nengkanno
  labels:
    app: order-api
type: Opaque
data:
  SQUARE_ENVIRONMENT: cHJvZHVjdGlvbg==
  MAILGUN_API_KEY: @@b@@
''', _mg, b=b64(_mg))

add("yaml/decoy-external-secret", "catering/nengkanno/deploy/k8s/order-api-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: order-api
  namespace: nengkanno
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-ssm
    kind: ClusterSecretStore
  target:
    name: order-api
  data:
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: /nengkanno/prod/square_access_token
    - secretKey: MAILGUN_API_KEY
      remoteRef:
        key: /nengkanno/prod/mailgun_api_key
''')

add("js/google-maps-key", "catering/nengkanno/web/src/deliveryMap.js",
    "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
// Delivery zone map - Hagåtña to Yigo, Malesso' extra fee
import { Loader } from '@googlemaps/js-api-loader';

const loader = new Loader({
  apiKey: '@@s@@', // TODO restrict to order.guma-nengkanno.com
  version: 'weekly',
});

export async function drawZones(el) {
  const { Map } = await loader.importLibrary('maps');
  return new Map(el, { center: { lat: 13.4745, lng: 144.7504 }, zoom: 11 });
}
''', google_api())

add("ts/decoy-firebase-web-config", "catering/nengkanno/web/src/firebase.ts",
    "https://firebase.google.com/docs/projects/api-keys", r'''
// Firebase web config - public by design (security is in the rules)
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  authDomain: 'nengkanno-orders.firebaseapp.com',
  projectId: 'nengkanno-orders',
  storageBucket: 'nengkanno-orders.appspot.com',
  messagingSenderId: '402918375561',
  appId: '1:402918375561:web:7c1e0d9a4b3f2e8d6a5c41',
});
''')

_sa_key = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "catering/nengkanno/tools/sheets-sync/service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "nengkanno-orders",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sheets-sync@nengkanno-orders.iam.gserviceaccount.com",
  "client_id": "104729385716203948571",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _sa_key, kid=hexs(40))

add("py/decoy-sheets-adc", "catering/nengkanno/tools/sheets-sync/sync.py",
    "https://cloud.google.com/docs/authentication/application-default-credentials", r'''
"""Na'daña' i orders gi Google Sheet para si Auntie Rosa (sync orders to her sheet)."""
import google.auth
from googleapiclient.discovery import build

SHEET_ID = "1vQx7Rk2NengkannoFiestaOrders2026aBcDeFgHiJkL"  # ID ha', ti secret
creds, project = google.auth.default(scopes=["https://www.googleapis.com/auth/spreadsheets"])
sheets = build("sheets", "v4", credentials=creds)


def push(rows):
    sheets.spreadsheets().values().append(spreadsheetId=SHEET_ID, range="Orders!A2",
                                          valueInputOption="USER_ENTERED", body={"values": rows}).execute()
''')

add("eml/forwarded-password", "catering/nengkanno/notes/mail/fw_quickbooks_login.eml",
    "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Tony Cruz <tony@guma-nengkanno.com>
To: Rosa Taitano <rosa@guma-nengkanno.com>
Subject: Fw: QuickBooks login para i bookkeeper
Date: Tue, 06 Oct 2026 08:12:44 +1000
Content-Type: text/plain; charset=utf-8

Rosa, este para si Jenny (bookkeeper gi Tamuning):

  user: books@guma-nengkanno.com
  pass: @@s@@

Ha tulaika gi fin de mes. Si Yu'os Ma'åse'.
- T
''', words_pw())

add("eml/decoy-invoice-mail", "catering/nengkanno/notes/mail/invoice_fiesta_sanjudas.eml",
    "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Guma' Nengkanno' Orders <orders@guma-nengkanno.com>
To: Yigo Parish Council <council@sanjudasyigo.org>
Subject: Invoice #GN-2026-0412 - Fiesta San Judas
Date: Fri, 23 Oct 2026 10:02:17 +1000
Message-ID: <a91f3c2e7b5d40e8@mg.guma-nengkanno.com>
Content-Type: text/plain; charset=utf-8

Håfa adai! Attached is invoice GN-2026-0412 (600 guests: red rice, chicken kelaguen, short ribs,
titiyas, finadene'). Balance due $4,850.00. Pay online: https://order.guma-nengkanno.com/pay/GN-2026-0412
Reference: sq-inv-7Q3KX9M2ABCD (Square invoice ID).

Si Yu'os Ma'åse',
Rosa
''')

add("sh/history-curl-mailchimp", "catering/nengkanno/ops/tony_bash_history.txt",
    "https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure", r'''
cd ~/nengkanno/api
git pull
npm run migrate
pm2 restart order-api
curl -s --user "anystring:@@s@@" https://us14.api.mailchimp.com/3.0/lists | jq '.lists[].name'
curl -s https://us14.api.mailchimp.com/3.0/lists/4c9a1e7b2d/members -u anystring:$MC_KEY | jq .total_items
df -h
exit
''', mailchimp())

add("csv/decoy-orders-export", "catering/nengkanno/exports/orders_2026-10.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", r'''
order_id,date,village,guests,menu,deposit,square_payment_id,status
GN-2026-0398,2026-10-03,Dededo,150,"red rice, kelaguen, BBQ",900.00,pJ3xK8mQ2vR5tY7uZ1aB4cD6eF,paid
GN-2026-0401,2026-10-10,Barrigada,80,"pancit, lumpia, titiyas",480.00,7hN2bV5cX8zL1kJ4gF6dS9aQ3wE,paid
GN-2026-0405,2026-10-17,Inalåhan,300,"kadon pika, red rice, kelaguen uhang",1800.00,Rt5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9C,deposit
GN-2026-0412,2026-10-24,Yigo,600,"fiesta full set",3600.00,Mn2Bv5Cx8Zl1Kj4Hg7Fd0Sa3Qw6E,deposit
GN-2026-0415,2026-10-31,Hagåtña,40,"party trays",240.00,,quote
''')

add("json/decoy-package-lock-integrity", "catering/nengkanno/web/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "nengkanno-web",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@googlemaps/js-api-loader": {
      "version": "1.16.8",
      "resolved": "https://registry.npmjs.org/@googlemaps/js-api-loader/-/js-api-loader-1.16.8.tgz",
      "integrity": "sha512-CROqqwfKotdO6EBjZO/gQGVTbeDps5V7Mt9+8+5Q+jTg5CRMi3Ii/L9PmV3USROrt2uWxtGzJHORmByxyo9pSQ=="
    },
    "node_modules/stripe": {
      "version": "14.25.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
      "integrity": "sha512-wQS3GNMofCXwH8TSje8E1SE8zr6ODiGtHQgPtO95p9Mb4FhKC9jvXR2NUTpZ9ZINlckJcFidCmaTFV4P6vsb9g=="
    }
  }
}
''')

add("npmrc/npm-token", "catering/nengkanno/web/.npmrc",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
@nengkanno:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit=false
''', npm_tok())

add("npmrc/decoy-npm-env", "catering/nengkanno/api/.npmrc",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
@nengkanno:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
''')

add("gha/aws-keys-in-workflow", "catering/nengkanno/.github/workflows/deploy-web.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-web
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      # ti maolek - Junior put this here, move to secrets (Tony)
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: ap-northeast-1
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        working-directory: web
      - run: aws s3 sync web/dist s3://order.guma-nengkanno.com --delete
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("gha/decoy-oidc-role", "catering/nengkanno/.github/workflows/deploy-api.yml",
    "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: deploy-api
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::482917365120:role/nengkanno-gha-deploy
          aws-region: ap-northeast-1
      - run: ./scripts/deploy-api.sh
        env:
          SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}
''')

add("ini/aws-credentials", "catering/nengkanno/ops/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-northeast-1

[nengkanno-backup]
# backup user para i nightly pg_dump -> S3 (Tony)
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "catering/nengkanno/ops/aws/config",
    "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile nengkanno-admin]
sso_session = nengkanno
sso_account_id = 482917365120
sso_role_name = AdministratorAccess
region = ap-northeast-1

[sso-session nengkanno]
sso_start_url = https://nengkanno.awsapps.com/start
sso_region = ap-northeast-1
sso_registration_scopes = sso:account:access
''')

add("sh/pgdump-backup-password", "catering/nengkanno/ops/backup_nightly.sh",
    "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
#!/usr/bin/env bash
# Nightly backup - cron 02:30 ChST. Para i orders yan i invoices.
set -euo pipefail
export PGHOST=db.guma-nengkanno.internal
export PGUSER=backup
export PGPASSWORD='@@s@@'
STAMP=$(date +%F)
pg_dump -Fc nengkanno > /var/backups/nengkanno-$STAMP.dump
aws --profile nengkanno-backup s3 cp /var/backups/nengkanno-$STAMP.dump s3://nengkanno-backups/pg/
find /var/backups -name 'nengkanno-*.dump' -mtime +14 -delete
''', fakes.redis_password(_seed()))

add("sh/decoy-backup-pgpass", "catering/nengkanno/ops/backup_weekly.sh",
    "https://www.postgresql.org/docs/current/libpass.html", r'''
#!/usr/bin/env bash
# Weekly full backup. Password gaige gi ~/.pgpass (chmod 600) - ti guini.
set -euo pipefail
export PGHOST=db.guma-nengkanno.internal PGUSER=backup
STAMP=$(date +%G-W%V)
pg_dumpall --globals-only > /var/backups/globals-$STAMP.sql
pg_dump -Fc nengkanno > /var/backups/weekly-$STAMP.dump
sha256sum /var/backups/weekly-$STAMP.dump >> /var/backups/SHA256SUMS
''')

# ---------------------------------------------------------------- catering: kitchen, chat, marketing

add("python/slack-webhook", "catering/nengkanno/kitchen/prep/notify.py",
    "https://api.slack.com/messaging/webhooks", r'''
"""Post i prep list gi #kusina every morning 4:30 (before the rice cookers start)."""
import requests

KUSINA_WEBHOOK = "@@s@@"


def post_prep(day, items):
    lines = [f"*Prep para {day}* - Buenas dias, kusina!"]
    lines += [f"- {i.qty} {i.unit} {i.name} ({i.order_id})" for i in items]
    requests.post(KUSINA_WEBHOOK, json={"text": "\n".join(lines)}, timeout=10)
''', slack_webhook())

add("python/decoy-slack-webhook-env", "catering/nengkanno/kitchen/prep/notify_freezer.py",
    "https://api.slack.com/messaging/webhooks", r'''
"""Alarm if the walk-in freezer is above -10°C. Webhook gi env (KUSINA_ALERT_WEBHOOK)."""
import os
import requests

WEBHOOK = os.environ["KUSINA_ALERT_WEBHOOK"]
LIMIT_C = -10.0


def check(reading_c: float) -> None:
    if reading_c > LIMIT_C:
        requests.post(WEBHOOK, json={"text": f":warning: Freezer {reading_c:.1f}°C - atan i pettan! (check the door)"}, timeout=10)
''')

add("js/telegram-bot-token", "catering/nengkanno/bots/order-bot/index.js",
    "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
// Telegram bot: customers send "menu" / "order" / "status GN-2026-0412"
const TelegramBot = require('node-telegram-bot-api');
const bot = new TelegramBot('@@s@@', { polling: true });

bot.onText(/^menu$/i, (msg) => {
  bot.sendMessage(msg.chat.id, 'Håfa adai! Menu: red rice, chicken kelaguen, kadon pika, titiyas, lumpia.');
});
bot.onText(/^status (GN-\d{4}-\d{4})$/i, async (msg, m) => {
  const order = await lookup(m[1]);
  bot.sendMessage(msg.chat.id, order ? `Order ${m[1]}: ${order.status}` : 'Ti hu sodda\' (not found)');
});
''', fakes.telegram_token(_seed()))

add("yaml/whatsapp-cloud-token", "catering/nengkanno/bots/whatsapp/config.yaml",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# WhatsApp orders - most aunties order by WhatsApp, ti email
whatsapp:
  phone_number_id: "109384756201938"
  business_account_id: "102938475610293"
  # system user token (permanent). Tony 9/2026
  access_token: "@@s@@"
  verify_token: nengkanno-webhook-verify
templates:
  confirm: fiesta_order_confirm_ch
  reminder: fiesta_pickup_reminder
''', "EAAG" + mixed(180))

add("yaml/decoy-whatsapp-template", "catering/nengkanno/bots/whatsapp/templates.yaml",
    "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", r'''
fiesta_order_confirm_ch:
  language: en_US
  body: |
    Håfa adai {{1}}! Your fiesta order {{2}} for {{3}} guests is confirmed.
    Deposit received: ${{4}}. Si Yu'os Ma'åse' - Guma' Nengkanno'
fiesta_pickup_reminder:
  language: en_US
  body: |
    Reminder: pickup {{1}} at {{2}}, 138 Route 4, Hagåtña. Bring your cooler!
''')

add("ipynb/openai-key", "catering/nengkanno/notebooks/menu_translate.ipynb",
    "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Menu translation - English to Chamorro (chek si Tan Maria antes di ta publish!)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "menu = open('menu_2026.txt').read()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("ipynb/decoy-notebook-getpass", "catering/nengkanno/notebooks/fiesta_costs.ipynb",
    "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd\n",
    "token = getpass.getpass('Square token: ')  # ti un po'lu guini\n",
    "costs = pd.read_csv('../exports/orders_2026-10.csv')\n",
    "costs.groupby('village').guests.sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("toml/airtable-pat", "catering/nengkanno/tools/inventory/config.toml",
    "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
# Inventory (rice sacks, coconut, chafing dishes) gi Airtable
[airtable]
base = "appQ8nGk2HagAtNa"
table = "Inventario"
token = "@@s@@"

[alerts]
rice_sacks_min = 12   # 50 lb sacks
niyok_min = 40
''', "pat" + mixed(14) + "." + hexs(64))

add("toml/decoy-airtable-ids", "catering/nengkanno/tools/inventory/config.example.toml",
    "https://airtable.com/developers/web/api/introduction", r'''
# Example - token comes from AIRTABLE_TOKEN env var
[airtable]
base = "appQ8nGk2HagAtNa"
table = "Inventario"
token = "${AIRTABLE_TOKEN}"

[alerts]
rice_sacks_min = 12
niyok_min = 40
''')

add("json/jotform-api-key", "catering/nengkanno/tools/forms/jotform_sync.json",
    "https://api.jotform.com/docs/#authentication", r'''
{
  "source": "jotform",
  "formId": "243019283746152",
  "formName": "Fiesta Order Request / Pidido para Fiesta",
  "apiKey": "@@s@@",
  "target": "https://api.guma-nengkanno.com/hooks/jotform",
  "pollMinutes": 10
}
''', hexs(32))

add("xml/decoy-jotform-embed", "catering/nengkanno/web/public/order-form.html",
    "https://www.jotform.com/help/34-embedding-a-form-to-a-web-page/", r'''
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pidido para Fiesta - Guma' Nengkanno'</title></head>
<body>
  <h1>Håfa adai! Order for your fiesta</h1>
  <p>Orders close 3 days before. Deposit 50%.</p>
  <iframe id="JotFormIFrame-243019283746152" src="https://form.jotform.com/243019283746152"
          style="width:100%;height:1200px;border:none" title="Fiesta order"></iframe>
  <script src="https://cdn.jotfor.ms/s/umd/latest/for-form-embed-handler.js"></script>
</body>
</html>
''')

add("python/quickbooks-client-secret", "catering/nengkanno/tools/books/qbo_export.py",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", r'''
"""Export paid invoices to QuickBooks Online para si Jenny (bookkeeper)."""
from intuitlib.client import AuthClient

auth = AuthClient(
    client_id="ABq7XnT2kLm9Rz4Vw8Yc1Pd5Fg3Hj6Kl0NengkannoQBO1",
    client_secret="@@s@@",
    redirect_uri="https://api.guma-nengkanno.com/qbo/callback",
    environment="production",
)
''', mixed(40))

add("yaml/cloudinary-url", "catering/nengkanno/web/config/media.yml",
    "https://cloudinary.com/documentation/node_integration#configuration", r'''
# Food photos para i menu page (kelaguen, titiyas, etc.)
media:
  provider: cloudinary
  url: cloudinary://@@key@@:@@s@@@nengkanno
  folder: menu/2026
  transformations:
    thumb: c_fill,w_400,h_300,q_auto
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(_rng().randint(10**14, 10**15)))

add("html/decoy-cloudinary-public-url", "catering/nengkanno/web/public/menu.html",
    "https://cloudinary.com/documentation/image_transformations", r'''
<section class="menu">
  <h2>Fiesta Plate</h2>
  <img src="https://res.cloudinary.com/nengkanno/image/upload/c_fill,w_400,h_300,q_auto/v1727765432/menu/2026/kelaguen_manok.jpg" alt="Chicken kelaguen">
  <img src="https://res.cloudinary.com/nengkanno/image/upload/c_fill,w_400,h_300,q_auto/v1727765501/menu/2026/hineksa_agaga.jpg" alt="Red rice (hineksa' agaga')">
  <p>Red rice, chicken kelaguen, titiyas, finadene' - $18 per plate, min. 30 plates.</p>
</section>
''')

add("ssh/openssh-private-key", "catering/nengkanno/ops/keys/kusina_deploy",
    "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-public-key", "catering/nengkanno/ops/keys/kusina_deploy.pub",
    "https://man.openbsd.org/ssh-keygen", r'''
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ7k3Xq9Lm2Rt5Yv8Bn1Cw4Dz7Ef0Gh3Jk6Lp9Nengkanno tony@kusina-deploy
# deploy key para i kitchen tablet server (public half - OK to share)
# added to github.com/nengkanno/kitchen -> Settings -> Deploy keys, read-only
# fingerprint: SHA256:Xq4Rz8Kp2Lm6Nt0Vw3Yb7Cd1Ef5Gh9Jk2Mn6Pq0St4
# 2026-08-19
''')

add("conf/wireguard-private-key", "catering/nengkanno/ops/wg/wg0-kusina.conf",
    "https://www.wireguard.com/quickstart/", r'''
# Kitchen tablet server <-> office (Hagåtña) tunnel
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# office router
PublicKey = Qm7sX2v9Lk4Rt8Yw1Bn5Cz3Df6Gh0Jk9Mp2Nq5St8U=
Endpoint = office.guma-nengkanno.com:51820
AllowedIPs = 10.77.0.0/24, 192.168.50.0/24
PersistentKeepalive = 25
''', wg_key())

add("conf/decoy-wireguard-peer-only", "catering/nengkanno/ops/wg/peers.md",
    "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (public keys only - private keys stay on each device)

| peer            | address     | public key                                   |
|-----------------|-------------|----------------------------------------------|
| office router   | 10.77.0.1   | Qm7sX2v9Lk4Rt8Yw1Bn5Cz3Df6Gh0Jk9Mp2Nq5St8U= |
| kusina server   | 10.77.0.2   | Vb1Nm4Xc7Zl0Kj3Hg6Fd9Sa2Qw5Er8Ty1Ui4Op7As= |
| Tony laptop     | 10.77.0.10  | Hj2Kl5Zx8Cv1Bn4Mq7We0Rt3Yu6Io9Pa2Sd5Fg8Hj= |

Gi nuebo na device: `wg genkey | tee privatekey | wg pubkey`, ya nå'i si Tony i public key ha'.
''')

add("yaml/home-assistant-token", "catering/nengkanno/kitchen/freezer/ha_config.yaml",
    "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", r'''
# Freezer/cooler temps from Home Assistant in the kusina
home_assistant:
  url: http://192.168.50.20:8123
  token: @@s@@
sensors:
  - sensor.walk_in_freezer_temperature
  - sensor.cooler_1_temperature
  - sensor.cooler_2_temperature
''', jwt_like('{"iss":"' + hexs(32) + '","iat":1727740800,"exp":2043100800}'))

add("xml/printer-admin-password", "catering/nengkanno/kitchen/printers/epson_tm_m30_backup.xml",
    "https://download4.epson.biz/sec_pubs/pos/reference_en/technology/epson_device_setting.html", r'''
<?xml version="1.0" encoding="utf-8"?>
<!-- Kitchen ticket printer (Epson TM-m30III), backup gi 10/2026 -->
<DeviceSetting model="TM-m30III" serial="X7QK012345">
  <Network>
    <IPAddress>192.168.50.31</IPAddress>
    <Hostname>kusina-printer-1</Hostname>
  </Network>
  <Administrator>
    <UserName>epson</UserName>
    <Password>@@s@@</Password>
  </Administrator>
  <Printing paperWidth="80" cutter="partial"/>
</DeviceSetting>
''', words_pw())

add("yaml/decoy-printer-config", "catering/nengkanno/kitchen/printers/printers.yaml",
    "https://reference.epson-biz.com/modules/ref_epos_sdk_js_en/index.php", r'''
printers:
  - name: kusina-printer-1
    model: TM-m30III
    ip: 192.168.50.31
    serial: X7QK012345
    station: hot line (rice, kelaguen)
  - name: kusina-printer-2
    model: TM-m30III
    ip: 192.168.50.32
    serial: X7QK012399
    station: cold line (salad, titiyas, desserts)
# admin password: gaige gi 1Password "Kusina printers"
''')

add("txt/chat-export-discord-webhook", "catering/nengkanno/notes/chat/messenger_export_tony_junior.txt",
    "https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks", r'''
[9/14/26, 7:02:11 PM] Junior: bro i fiesta orders channel gi discord para i drivers
[9/14/26, 7:02:40 PM] Junior: webhook: @@s@@
[9/14/26, 7:03:05 PM] Tony: ok hu po'lu gi bot
[9/14/26, 7:03:30 PM] Tony: ti un post este gi group chat, ok?
[9/14/26, 7:04:12 PM] Junior: lol ok boss. Si Yu'os Ma'åse'
''', discord_webhook())

add("txt/decoy-chat-revoked", "catering/nengkanno/notes/chat/messenger_export_tony_rosa.txt",
    "https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks", r'''
[10/2/26, 8:15:01 AM] Rosa: Tony, si Junior ha posted i discord webhook gi family chat 🙈
[10/2/26, 8:16:44 AM] Tony: esta hu delete ya hu fa'tinas nuebo (deleted + made a new one)
[10/2/26, 8:17:02 AM] Tony: i nuebo gaige gi bot server ha', ti gi chat
[10/2/26, 8:17:30 AM] Rosa: maolek. Kao para ta na'fanhuyong i Square token lokkue'?
[10/2/26, 8:18:11 AM] Tony: ti, ti ma post ayu. Ok ha'.
''')

# ---------------------------------------------------------------- shuttle: dispatch backend

add("go/flightaware-aeroapi-key", "shuttle/hanao/dispatch/flights/aeroapi.go",
    "https://www.flightaware.com/aeroapi/portal/documentation", r'''
// Package flights watches arrivals at GUM so drivers leave Tumon on time.
package flights

import "net/http"

// TODO(kiko): move to env. Ta na'setbe para i arrivals board ha'.
const aeroAPIKey = "@@s@@"

func arrivals(c *http.Client) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://aeroapi.flightaware.com/aeroapi/airports/PGUM/flights/scheduled_arrivals", nil)
	req.Header.Set("x-apikey", aeroAPIKey)
	return c.Do(req)
}
''', mixed(32))

add("go/decoy-aeroapi-env", "shuttle/hanao/dispatch/flights/departures.go",
    "https://www.flightaware.com/aeroapi/portal/documentation", r'''
package flights

import (
	"net/http"
	"os"
)

// Departures para i hotel pickups (3 hours before). Key from AEROAPI_KEY.
func departures(c *http.Client) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://aeroapi.flightaware.com/aeroapi/airports/PGUM/flights/scheduled_departures", nil)
	req.Header.Set("x-apikey", os.Getenv("AEROAPI_KEY"))
	return c.Do(req)
}
''')

add("yaml/compose-postgres-password", "shuttle/hanao/dispatch/docker-compose.yml",
    "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: hanao_dispatch
    volumes: [pgdata:/var/lib/postgresql/data]
  api:
    build: .
    environment:
      DATABASE_URL: postgres://dispatch@db:5432/hanao_dispatch
    ports: ["8080:8080"]
volumes:
  pgdata: {}
''', fakes.password(_seed()))

add("yaml/decoy-compose-secrets-file", "shuttle/hanao/dispatch/docker-compose.prod.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
      POSTGRES_DB: hanao_dispatch
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # ti gaige gi git (.gitignore)
''')

add("dockerfile/samsara-token-env", "shuttle/hanao/telematics/Dockerfile",
    "https://developers.samsara.com/docs/authentication", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Van GPS from Samsara (12 vans + 2 buses)
ENV SAMSARA_API_TOKEN=@@s@@
ENV POLL_SECONDS=20
CMD ["python", "-m", "telematics.poll"]
''', "samsara_api_" + mixed(30))

add("dockerfile/decoy-build-arg", "shuttle/hanao/dispatch/Dockerfile",
    "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=gh_token \
    GOPRIVATE=github.com/hanaoshuttle git config --global url."https://$(cat /run/secrets/gh_token)@github.com/".insteadOf "https://github.com/" && \
    go build -o /out/dispatch ./cmd/dispatch
FROM gcr.io/distroless/base-debian12
COPY --from=build /out/dispatch /dispatch
ENTRYPOINT ["/dispatch"]
''')

add("tf/tfvars-db-password", "shuttle/hanao/infra/prod.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# Hånao Shuttle - prod (ap-northeast-1, closest to GUM)
environment      = "prod"
vpc_cidr         = "10.40.0.0/16"
db_instance_class = "db.t4g.small"
db_username      = "dispatch"
db_password      = "@@s@@"
vans             = 12
buses            = 2
''', words_pw())

add("tf/decoy-random-password", "shuttle/hanao/infra/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "dispatch" {
  identifier        = "hanao-dispatch"
  engine            = "postgres"
  instance_class    = var.db_instance_class
  username          = var.db_username
  password          = random_password.db.result
  allocated_storage = 20
  skip_final_snapshot = false
}
''')

add("tf/cloudflare-token", "shuttle/hanao/infra/dns.tf",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
provider "cloudflare" {
  # ti maolek - Kiko: move to TF_VAR / env CLOUDFLARE_API_TOKEN
  api_token = "@@s@@"
}

resource "cloudflare_record" "book" {
  zone_id = "5c9e2b7a1d3f4e6081a2b3c4d5e6f708"
  name    = "book"
  type    = "CNAME"
  content = "hanao-book.pages.dev"
  proxied = true
}
''', fakes.drawn(_seed(), 40, ALNUM + "-_"))

add("tf/decoy-zone-ids", "shuttle/hanao/infra/outputs.tf",
    "https://developer.hashicorp.com/terraform/language/values/outputs", r'''
output "zone_id" {
  value = "5c9e2b7a1d3f4e6081a2b3c4d5e6f708"
}

output "db_endpoint" {
  value = aws_db_instance.dispatch.endpoint
}

output "db_password" {
  value     = random_password.db.result
  sensitive = true
}
''')

add("java/properties-smtp-password", "shuttle/hanao/booking/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", r'''
# Booking confirmations (airport pickup vouchers)
spring.datasource.url=jdbc:postgresql://hanao-dispatch.c8x2k1.ap-northeast-1.rds.amazonaws.com:5432/hanao
spring.datasource.username=booking
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=booking@hanaoshuttle.gu
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
''', words_pw())

add("java/decoy-properties-placeholders", "shuttle/hanao/booking/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring.application.name=hanao-booking
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/hanao}
spring.datasource.username=${DB_USER:booking}
spring.datasource.password=${DB_PASSWORD:}
spring.mail.password=${SMTP_PASSWORD:}
hanao.flightaware.key=${AEROAPI_KEY:}
server.port=8081
''')

add("csharp/appsettings-azure-storage", "shuttle/hanao/driverportal/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Receipts": "DefaultEndpointsProtocol=https;AccountName=hanaoreceipts;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  },
  "Portal": {
    "Title": "Hånao Driver Portal",
    "TimeZone": "West Pacific Standard Time"
  }
}
''', azure_account_key())

add("csharp/decoy-appsettings-keyvault", "shuttle/hanao/driverportal/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": { "VaultUri": "https://hanao-kv.vault.azure.net/" },
  "ConnectionStrings": {
    "Receipts": "UseDevelopmentStorage=true"
  },
  "Portal": { "Title": "Hånao Driver Portal (dev)" },
  "AllowedHosts": "*"
}
''')

add("csharp/sql-connection-string", "shuttle/hanao/driverportal/Data/PayrollDb.cs",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
using Microsoft.Data.SqlClient;

namespace Hanao.DriverPortal.Data;

// Driver hours -> payroll (old SQL Server gi office). Si Auntie Vicky ha set up.
public static class PayrollDb
{
    private const string Conn = "Server=tcp:10.40.8.5,1433;Database=Payroll;User Id=portal_rw;Password=@@s@@;TrustServerCertificate=True";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(Conn);
        c.Open();
        return c;
    }
}
''', fakes.password(_seed()))

add("python/twilio-api-key-secret", "shuttle/hanao/dispatch/sms/notify_guest.py",
    "https://www.twilio.com/docs/iam/api-keys", r'''
"""SMS guest: 'Håfa adai! Your Hånao driver is at Door 3, white van #7.'"""
from twilio.rest import Client

API_KEY_SID = "@@sid@@"
API_KEY_SECRET = "@@s@@"
ACCOUNT_SID = "AC7d2e9b4a1c0f3e5d6b8a9c2e1f4d3b5a"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def driver_at_door(phone, door, van):
    return client.messages.create(to=phone, from_="+16716460142",
                                  body=f"Håfa adai! Your Hånao driver is at Door {door}, van #{van}.")
''', mixed(32), sid=twilio_key_sid())

add("python/decoy-twilio-test-fixture", "shuttle/hanao/dispatch/tests/test_notify_guest.py",
    "https://www.twilio.com/docs/iam/test-credentials", r'''
"""Tests use a fake Twilio client - no real credentials (ti guaha)."""
from unittest import mock

from sms import notify_guest

FAKE_SID = "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_SECRET = "not-a-real-secret"


def test_driver_at_door():
    with mock.patch.object(notify_guest, "client") as c:
        notify_guest.driver_at_door("+16715550100", 3, 7)
        assert "Door 3" in c.messages.create.call_args.kwargs["body"]
''')

add("log/bearer-token-in-log", "shuttle/hanao/dispatch/logs/dispatch-2026-11-02.log",
    "https://datatracker.ietf.org/doc/html/rfc6750", r'''
2026-11-02T05:41:02+10:00 INFO  dispatch: UA 196 (NRT) ETA 06:05, assigning van 7 (driver Ben)
2026-11-02T05:41:03+10:00 DEBUG http: POST https://api.samsara.com/fleet/routes headers={"Authorization": "Bearer @@s@@", "Content-Type": "application/json"}
2026-11-02T05:41:03+10:00 INFO  samsara: route 88120431 created
2026-11-02T05:44:19+10:00 WARN  dispatch: KE 111 (ICN) delayed +40m, holding van 3
2026-11-02T05:58:50+10:00 INFO  dispatch: van 7 arrived Door 3
''', "samsara_api_" + mixed(30))

add("log/decoy-redacted-log", "shuttle/hanao/dispatch/logs/dispatch-2026-11-03.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2026-11-03T05:40:11+10:00 INFO  dispatch: JL 941 (NRT) ETA 06:20, assigning van 2 (driver Tina)
2026-11-03T05:40:12+10:00 DEBUG http: POST https://api.samsara.com/fleet/routes headers={"Authorization": "Bearer [REDACTED]", "Content-Type": "application/json"}
2026-11-03T05:40:12+10:00 INFO  samsara: route 88120977 created
2026-11-03T05:52:30+10:00 INFO  sms: sent to +1671***0188 (msg SM3f9a0c2e7b1d4e58a6c9b2d0e4f7a1c3)
2026-11-03T06:21:04+10:00 INFO  dispatch: van 2 arrived Door 3
''')

add("yaml/github-pat-in-ci", "shuttle/hanao/driverapp/.gitlab-ci.yml",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
stages: [build, release]

variables:
  FLUTTER_VERSION: "3.24.3"
  # shared widgets repo gi GitHub (Kiko's account, ti maolek)
  GH_TOKEN: "@@s@@"

build:
  stage: build
  image: ghcr.io/cirruslabs/flutter:$FLUTTER_VERSION
  script:
    - git clone https://$GH_TOKEN@github.com/hanaoshuttle/shared-widgets.git ../shared-widgets
    - flutter pub get
    - flutter build apk --release
''', fakes.github_token(_seed()))

add("yaml/decoy-gitlab-ci-masked", "shuttle/hanao/dispatch/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, deploy]

test:
  stage: test
  image: golang:1.22
  script: [go test ./...]

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - echo "$DEPLOY_SSH_KEY" > /tmp/k && chmod 600 /tmp/k
    - ssh -i /tmp/k deploy@dispatch.hanaoshuttle.gu ./update.sh
  only: [main]
''')

add("properties/android-keystore-password", "shuttle/hanao/driverapp/android/key.properties",
    "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# Driver app release signing (Kiko 2025)
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=hanao-driver
storeFile=/Users/kiko/keys/hanao-driver.jks
''', fakes.password(_seed()))

add("gradle/decoy-signing-env", "shuttle/hanao/driverapp/android/app/build.gradle",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
android {
    namespace "gu.hanaoshuttle.driver"
    compileSdk 34
    signingConfigs {
        release {
            storeFile file(System.getenv("HANAO_KEYSTORE") ?: "release.jks")
            storePassword System.getenv("HANAO_STORE_PASSWORD")
            keyAlias "hanao-driver"
            keyPassword System.getenv("HANAO_KEY_PASSWORD")
        }
    }
    buildTypes { release { signingConfig signingConfigs.release } }
}
''')

add("dart/google-maps-key", "shuttle/hanao/driverapp/lib/config.dart",
    "https://developers.google.com/maps/documentation/directions/get-api-key", r'''
// Driver app config. Directions para i Tumon hotels -> GUM.
class HanaoConfig {
  static const apiBase = 'https://dispatch.hanaoshuttle.gu/api/v2';
  static const directionsKey = '@@s@@';
  static const airportLat = 13.4839;
  static const airportLng = 144.7960;
  static const hotelsZone = 'Tumon';
}
''', google_api())

add("plist/decoy-ios-info-plist", "shuttle/hanao/driverapp/ios/Runner/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key><string>Hånao Driver</string>
	<key>CFBundleIdentifier</key><string>gu.hanaoshuttle.driver</string>
	<key>GMSApiKey</key><string>$(GMS_API_KEY)</string>
	<key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
	<string>Dispatch needs your location to send you to the next pickup.</string>
</dict>
</plist>
''')

add("p8/apns-auth-key", "shuttle/hanao/driverapp/ios/keys/AuthKey_7QX4K2M9HN.p8",
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC").replace("BEGIN EC PRIVATE", "BEGIN PRIVATE").replace("END EC PRIVATE", "END PRIVATE"))

add("rb/decoy-fastlane-appfile", "shuttle/hanao/driverapp/ios/fastlane/Appfile",
    "https://docs.fastlane.tools/advanced/Appfile/", r'''
app_identifier("gu.hanaoshuttle.driver")
apple_id("kiko@hanaoshuttle.gu")
itc_team_id("118273645")
team_id("7QX4K2M9HN")
# App Store Connect API key path comes from ENV["ASC_KEY_PATH"] on the build Mac
''')

add("rb/fastlane-asc-password", "shuttle/hanao/driverapp/ios/fastlane/.env.default",
    "https://docs.fastlane.tools/getting-started/ios/authentication/", r'''
# fastlane env - build Mac gi office
FASTLANE_USER=kiko@hanaoshuttle.gu
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@@s@@
MATCH_GIT_URL=git@github.com:hanaoshuttle/certs.git
FASTLANE_SKIP_UPDATE_CHECK=1
''', "-".join(rnd(4, string.ascii_lowercase) for _ in range(4)))

add("json/fcm-server-key", "shuttle/hanao/dispatch/push/fcm.json",
    "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
{
  "project": "hanao-driver",
  "legacy": true,
  "serverKey": "@@s@@",
  "topics": ["drivers-all", "drivers-bus", "drivers-van"],
  "ttlSeconds": 300
}
''', "AAAA" + rnd(7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("json/decoy-google-services", "shuttle/hanao/driverapp/android/app/google-services.json",
    "https://firebase.google.com/docs/android/setup#add-config-file", r'''
{
  "project_info": {
    "project_number": "583920174652",
    "project_id": "hanao-driver",
    "storage_bucket": "hanao-driver.appspot.com"
  },
  "client": [{
    "client_info": {
      "mobilesdk_app_id": "1:583920174652:android:3f9e2d1c0b8a7f6e",
      "android_client_info": { "package_name": "gu.hanaoshuttle.driver" }
    },
    "api_key": [{ "current_key": "${FIREBASE_ANDROID_API_KEY}" }]
  }],
  "configuration_version": "1"
}
''')

# ---------------------------------------------------------------- shuttle: ops, servers, monitoring

add("yaml/ansible-vars-plain", "shuttle/hanao/ops/ansible/group_vars/dispatch.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
dispatch_user: hanao
dispatch_port: 8080
dispatch_db_host: hanao-dispatch.c8x2k1.ap-northeast-1.rds.amazonaws.com
# TODO: ansible-vault este (Kiko) - para på'go ha'
dispatch_db_password: "@@s@@"
dispatch_tz: Pacific/Guam
nginx_server_name: dispatch.hanaoshuttle.gu
''', fakes.redis_password(_seed()))

add("yaml/decoy-ansible-vault", "shuttle/hanao/ops/ansible/group_vars/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6435363361656530306539373739316239626237636661390a353764363064636266393864383433
38613363336535663761393138316139346264363438323531363662373261396234623362356638
3539643961306634390a393363353864373430633764663361643338343034373531623530643266
6235
''')

add("ini/systemd-env-token", "shuttle/hanao/ops/systemd/flightwatch.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Hånao flight watcher (GUM arrivals -> dispatch)
After=network-online.target

[Service]
User=hanao
Environment=AVIATIONSTACK_ACCESS_KEY=@@s@@
Environment=DISPATCH_URL=http://127.0.0.1:8080
ExecStart=/opt/hanao/bin/flightwatch
Restart=always

[Install]
WantedBy=multi-user.target
''', hexs(32))

add("ini/decoy-systemd-credential", "shuttle/hanao/ops/systemd/dispatch.service",
    "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Hånao dispatch API
After=network-online.target

[Service]
User=hanao
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/hanao-db
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/opt/hanao/bin/dispatch --listen 127.0.0.1:8080
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("conf/decoy-htpasswd", "shuttle/hanao/ops/nginx/.htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
kiko:$2y$10$V8pQz3Lm7Rt2Yw9Bn4Cx1uK6Ef0Gh5Jk8Mp1Nq4St7Vw2Yz5Ab8Cd
vicky:$2y$10$Hj3Kl6Zx9Cv2Bn5Mq8We1uRt4Yu7Io0Pa3Sd6Fg9Hj2Kl5Zx8Cv1B
dispatch-screen:$2y$10$Qw4Er7Ty0Ui3Op6As9Df2uGh5Jk8Lz1Xc4Vb7Nm0Qw3Er6Ty9Ui2O
# generated w/ htpasswd -B ; passwords gaige gi 1Password
# 2026-09 - added dispatch-screen para i TV gi airport booth
''')

add("conf/nginx-basic-auth-header", "shuttle/hanao/ops/nginx/dispatch.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl;
    server_name dispatch.hanaoshuttle.gu;
    ssl_certificate     /etc/letsencrypt/live/dispatch.hanaoshuttle.gu/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/dispatch.hanaoshuttle.gu/privkey.pem;

    location /traccar/ {
        proxy_pass http://127.0.0.1:8082/;
        # board TV logs in as 'board' (Kiko)
        proxy_set_header Authorization "Basic @@s@@";
    }
}
''', b64("board:" + words_pw()))

add("xml/traccar-db-password", "shuttle/hanao/ops/traccar/traccar.xml",
    "https://www.traccar.org/configuration-file/", r'''
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <!-- GPS trackers gi vans (Teltonika FMB920) -->
    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://10.40.8.12:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@s@@</entry>
    <entry key='teltonika.port'>5027</entry>
    <entry key='geocoder.enable'>false</entry>
</properties>
''', words_pw())

add("ini/grafana-admin-password", "shuttle/hanao/ops/grafana/grafana.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = stats.hanaoshuttle.gu
root_url = https://stats.hanaoshuttle.gu/

[security]
admin_user = admin
admin_password = @@s@@

[auth.anonymous]
enabled = true
org_role = Viewer
''', fakes.password(_seed()))

add("ini/decoy-grafana-env-ref", "shuttle/hanao/ops/grafana/grafana.dev.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", r'''
[server]
domain = localhost

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}

[database]
type = sqlite3
''')

add("yaml/alertmanager-slack", "shuttle/hanao/ops/prometheus/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: dispatch-oncall
  group_wait: 30s
receivers:
  - name: dispatch-oncall
    slack_configs:
      - api_url: @@s@@
        channel: '#dispatch-alerts'
        title: 'Hånao: {{ .CommonLabels.alertname }}'
        text: 'Atan! {{ .CommonAnnotations.summary }}'
''', slack_webhook())

add("yaml/prometheus-basic-auth", "shuttle/hanao/ops/prometheus/prometheus.yml",
    "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: dispatch
    static_configs: [{ targets: ['dispatch.hanaoshuttle.gu:443'] }]
    scheme: https
    basic_auth:
      username: prom
      password: '@@s@@'
  - job_name: node
    static_configs: [{ targets: ['10.40.8.5:9100', '10.40.8.12:9100'] }]
''', fakes.redis_password(_seed()))

add("yaml/decoy-prometheus-password-file", "shuttle/hanao/ops/prometheus/prometheus.staging.yml",
    "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 60s
scrape_configs:
  - job_name: dispatch-staging
    static_configs: [{ targets: ['staging.hanaoshuttle.gu:443'] }]
    scheme: https
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/dispatch_staging
''')

add("yaml/helm-values-redis", "shuttle/hanao/deploy/helm/values-prod.yaml",
    "https://artifacthub.io/packages/helm/bitnami/redis", r'''
replicaCount: 2
image:
  repository: ghcr.io/hanaoshuttle/dispatch
  tag: "2.8.1"
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
ingress:
  enabled: true
  hosts: [dispatch.hanaoshuttle.gu]
''', fakes.redis_password(_seed()))

add("yaml/decoy-helm-existing-secret", "shuttle/hanao/deploy/helm/values-staging.yaml",
    "https://artifacthub.io/packages/helm/bitnami/redis", r'''
replicaCount: 1
image:
  repository: ghcr.io/hanaoshuttle/dispatch
  tag: "2.9.0-rc1"
redis:
  architecture: standalone
  auth:
    enabled: true
    existingSecret: dispatch-redis
    existingSecretPasswordKey: redis-password
ingress:
  enabled: true
  hosts: [staging.hanaoshuttle.gu]
''')

add("yaml/k8s-stringdata-mapbox", "shuttle/hanao/deploy/k8s/board-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", r'''
apiVersion: v1
kind: Secret
metadata:
  name: airport-board
  namespace: hanao
type: Opaque
stringData:
  MAPBOX_SECRET_TOKEN: "@@s@@"
  BOARD_TITLE: "Hånao Shuttle - GUM Arrivals"
''', mapbox_secret())

add("yaml/decoy-sealed-secret", "shuttle/hanao/deploy/k8s/board-sealedsecret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: airport-board
  namespace: hanao
spec:
  encryptedData:
    MAPBOX_SECRET_TOKEN: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8Kx2mVqL7pRtE9wHnJ0bXcYfD1aU5sM6kGvQ3oP8eT2yN4rZ7jLwB1uC9hF0dSxA+Ki6Vm3nQpR5tYeW8zO2gJ1bHcL4fXsD7aU0kMvN9iE3qT6yP+BoRr2lKjGh5=
  template:
    metadata:
      name: airport-board
''')

add("makefile/docker-login-pat", "shuttle/hanao/dispatch/Makefile",
    "https://docs.docker.com/security/for-developers/access-tokens/", r'''
IMAGE := hanaoshuttle/dispatch
TAG   ?= $(shell git describe --tags --always)

login:
	echo "@@s@@" | docker login -u hanaoshuttle --password-stdin

build:
	docker build -t $(IMAGE):$(TAG) .

push: login build
	docker push $(IMAGE):$(TAG)
''', docker_pat())

_ghcr = fakes.github_token(_seed())
add("json/docker-config-auth", "shuttle/hanao/ops/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"ghcr.io": {
			"auth": "@@b@@"
		}
	},
	"currentContext": "default"
}
''', b64("hanaoshuttle:" + _ghcr), b=b64("hanaoshuttle:" + _ghcr))

add("json/decoy-docker-credstore", "shuttle/hanao/ops/docker/config.mac.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"ghcr.io": {},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "osxkeychain",
	"currentContext": "desktop-linux"
}
''')

add("netrc/netrc-password", "shuttle/hanao/ops/home/kiko/.netrc",
    "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine api.fleetio.com
  login kiko@hanaoshuttle.gu
  password @@s@@
machine dispatch.hanaoshuttle.gu
  login board
  password ${BOARD_PASSWORD}
''', words_pw())

add("pgpass/pgpass-line", "shuttle/hanao/ops/home/kiko/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
hanao-dispatch.c8x2k1.ap-northeast-1.rds.amazonaws.com:5432:hanao:dispatch:@@s@@
localhost:5432:*:postgres:postgres
10.40.8.12:5432:traccar:traccar:*
# ^ traccar pw gi 1Password
''', fakes.password(_seed()))

add("gitcred/git-credentials", "shuttle/hanao/ops/home/kiko/.git-credentials",
    "https://git-scm.com/docs/git-credential-store", r'''
https://kiko-hanao:@@s@@@gitlab.com
https://oauth2:${GITLAB_CI_TOKEN}@gitlab.com
# ^ second line is for the CI runner, substituted at runtime
# kiko 2026-05
# ask before you clone from here
''', gitlab())

add("ps1/powershell-smtp-password", "shuttle/hanao/office/scripts/Send-DailyManifest.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", r'''
# Daily manifest (tomorrow's pickups) -> hotel desks. Auntie Vicky runs this at 5pm.
$user = "manifest@hanaoshuttle.gu"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$csv  = "C:\Hanao\Manifests\manifest-$(Get-Date -Format yyyy-MM-dd).csv"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From $user -To "desk@tumonbayresort.example", "bell@hagatnaplaza.example" `
  -Subject "Hånao pickups for tomorrow" -Attachments $csv
''', words_pw())

add("ps1/decoy-powershell-credential-store", "shuttle/hanao/office/scripts/Send-WeeklyReport.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# Weekly report - password from SecretStore (Register-SecretVault Hanao), ti gi script
$cred = Get-Secret -Vault Hanao -Name "manifest-smtp"
$csv  = "C:\Hanao\Reports\week-$(Get-Date -UFormat %V).csv"
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From "manifest@hanaoshuttle.gu" -To "vicky@hanaoshuttle.gu" `
  -Subject "Hånao weekly" -Attachments $csv
''')

add("bat/batch-ftp-password", "shuttle/hanao/office/scripts/upload_rates.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp", r'''
@echo off
REM Upload rate card to the hotel partner FTP (Tumon Bay Resort). Vicky 2024.
echo open ftp.tumonbayresort.example> ftpcmd.txt
echo user hanao_rates @@s@@>> ftpcmd.txt
echo binary>> ftpcmd.txt
echo put C:\Hanao\Rates\rates_2026.pdf>> ftpcmd.txt
echo quit>> ftpcmd.txt
ftp -n -s:ftpcmd.txt
del ftpcmd.txt
''', fakes.password(_seed()))

add("json/vscode-sqltools-password", "shuttle/hanao/dispatch/.vscode/settings.json",
    "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "go.toolsManagement.autoUpdate": true,
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "hanao prod (read)",
      "driver": "PostgreSQL",
      "server": "hanao-dispatch.c8x2k1.ap-northeast-1.rds.amazonaws.com",
      "port": 5432,
      "database": "hanao",
      "username": "readonly",
      "password": "@@s@@"
    }
  ]
}
''', fakes.redis_password(_seed()))

add("json/decoy-vscode-ask-password", "shuttle/hanao/booking/.vscode/settings.json",
    "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "java.configuration.updateBuildConfiguration": "automatic",
  "sqltools.connections": [
    {
      "name": "hanao local",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "hanao",
      "username": "booking",
      "askForPassword": true
    }
  ]
}
''')

add("xml/jetbrains-datasource-url", "shuttle/hanao/booking/.idea/dataSources.xml",
    "https://www.jetbrains.com/help/idea/data-sources-and-drivers-dialog.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="hanao@prod" uuid="5b8e2c1d-7a4f-4e39-9c06-2d1f3a8b7e54">
      <driver-ref>postgresql</driver-ref>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://hanao-dispatch.c8x2k1.ap-northeast-1.rds.amazonaws.com:5432/hanao?user=booking&amp;password=@@s@@</jdbc-url>
    </data-source>
  </component>
</project>
''', fakes.password(_seed()))

add("json/postman-env-api-key", "shuttle/hanao/booking/postman/hanao-prod.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "6e1b9c0a-4d2f-4f38-a7e5-0c9d8b3a2f61",
  "name": "Hånao prod",
  "values": [
    { "key": "baseUrl", "value": "https://dispatch.hanaoshuttle.gu/api/v2", "enabled": true },
    { "key": "partnerKey", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "hotelCode", "value": "TBR", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', "hnp_live_" + mixed(32))

add("json/decoy-postman-env-empty", "shuttle/hanao/booking/postman/hanao-local.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "0a3c5e7b-9d1f-4b26-8e40-6f2a1c3d5e79",
  "name": "Hånao local",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:8080/api/v2", "enabled": true },
    { "key": "partnerKey", "value": "", "type": "secret", "enabled": true },
    { "key": "hotelCode", "value": "TEST", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''')

# ---------------------------------------------------------------- shuttle: booking, partners, payments

add("go/stripe-live-booking", "shuttle/hanao/booking-go/pay/stripe.go",
    "https://docs.stripe.com/keys", r'''
package pay

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/checkout/session"
)

func init() {
	// Airport transfer bookings (one-way $25, round trip $45). Kiko: rotate + env later
	stripe.Key = "@@s@@"
}

func Checkout(bookingID string, cents int64) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{
		Mode:              stripe.String("payment"),
		ClientReferenceID: stripe.String(bookingID),
		SuccessURL:        stripe.String("https://book.hanaoshuttle.gu/si-yuos-maase"),
	})
}
''', stripe())

add("env/stripe-webhook-secret", "shuttle/hanao/booking-go/.env.prod",
    "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
LISTEN=:8090
BOOKING_DB=postgres://booking@10.40.8.5:5432/hanao
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@@s@@
PUBLIC_URL=https://book.hanaoshuttle.gu
''', mixed(32, "whsec_"))

add("go/decoy-stripe-ids", "shuttle/hanao/booking-go/pay/prices.go",
    "https://docs.stripe.com/products-prices/how-products-and-prices-work", r'''
package pay

// Price IDs from the Stripe dashboard (public identifiers, not keys).
var Prices = map[string]string{
	"oneway-gum-tumon":    "price_1QbXk2HanaoOneWay25USD",
	"round-gum-tumon":     "price_1QbXk9HanaoRoundTrip45U",
	"oneway-gum-south":    "price_1QbXlDHanaoSouth40USDx",
	"bus-group-20":        "price_1QbXlTHanaoBusGroup20pax",
}

const ProductAirport = "prod_RjTfHanaoAirport"
''')

add("yaml/partner-api-credentials", "shuttle/hanao/booking-go/partners.yaml",
    "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", r'''
# Hotel partners that push bookings to us (X-Partner-Key header)
partners:
  - code: TBR
    name: Tumon Bay Resort desk
    key_hash: sha256:9b1f0c7e3a5d2b8f4e6c1a0d9e8b7f6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f
  - code: HPZ
    name: Hagåtña Plaza Hotel
    # ti ma hash este - Vicky needs to see it for the phone calls
    key: "@@s@@"
  - code: DFS
    name: Galleria tour desk
    key_hash: sha256:2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4a6b8d0f2a4c6e8b0d2f
''', "hnp_live_" + mixed(32))

add("php/laravel-app-key", "shuttle/hanao/tours/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Hånao Island Tours"
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://tours.hanaoshuttle.gu
DB_CONNECTION=mysql
DB_HOST=10.40.8.7
DB_DATABASE=tours
DB_USERNAME=tours
DB_PASSWORD=${TOURS_DB_PASSWORD}
''', "base64:" + b64(rnd(32)))

add("php/decoy-laravel-config", "shuttle/hanao/tours/config/services.php",
    "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
<?php

return [
    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY'),
    ],
    'google_maps' => [
        'key' => env('GOOGLE_MAPS_KEY', ''),
    ],
    'tours' => [
        'two_lovers_point_fee' => 3.00,
        'umatac_bridge_stop' => true,
    ],
];
''')

add("php/sendgrid-key", "shuttle/hanao/tours/app/Mail/TourVoucher.php",
    "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
<?php

namespace App\Mail;

// Voucher mail para i south island tour (Umatac, Inalåhan pools, Malesso' pier)
class TourVoucher
{
    private const SENDGRID_KEY = '@@s@@';

    public function send(string $to, string $pdf): void
    {
        $mail = new \SendGrid\Mail\Mail();
        $mail->setFrom('tours@hanaoshuttle.gu', 'Hånao Island Tours');
        $mail->addTo($to);
        $mail->setSubject('Your tour voucher - Si Yu\'os Ma\'åse\'!');
        $mail->addAttachment(base64_encode($pdf), 'application/pdf', 'voucher.pdf');
        (new \SendGrid(self::SENDGRID_KEY))->send($mail);
    }
}
''', sendgrid())

add("ts/resend-key", "shuttle/hanao/web/src/lib/mail.ts",
    "https://resend.com/docs/dashboard/api-keys/introduction", r'''
// Contact form -> info@hanaoshuttle.gu
import { Resend } from 'resend';

const resend = new Resend('@@s@@');

export async function contact(name: string, email: string, message: string) {
  return resend.emails.send({
    from: 'web@hanaoshuttle.gu',
    to: 'info@hanaoshuttle.gu',
    subject: `Håfa adai from ${name}`,
    text: `${message}\n\nreply to: ${email}`,
  });
}
''', "re_" + mixed(8) + "_" + mixed(24))

add("ts/decoy-resend-env", "shuttle/hanao/web/src/lib/newsletter.ts",
    "https://resend.com/docs/dashboard/api-keys/introduction", r'''
import { Resend } from 'resend';

// Key from Vercel env (RESEND_API_KEY) - ti gaige guini
const resend = new Resend(process.env.RESEND_API_KEY);

export async function subscribe(email: string) {
  return resend.contacts.create({ email, audienceId: '78261eea-8f8b-4381-83c6-79fa7120f1cf' });
}
''')

add("rb/postmark-server-token", "shuttle/hanao/billing/app/mailers/invoice_mailer.rb",
    "https://postmarkapp.com/developer/api/overview#authentication", r'''
# Monthly invoices for hotel partners (TBR, HPZ, DFS)
class InvoiceMailer < ApplicationMailer
  default from: "billing@hanaoshuttle.gu"

  self.delivery_method = :postmark
  self.postmark_settings = { api_token: "@@s@@" }

  def monthly(partner, pdf)
    attachments["hanao-#{partner.code}-#{Date.today.strftime('%Y-%m')}.pdf"] = pdf
    mail to: partner.billing_email, subject: "Hånao Shuttle invoice - #{partner.name}"
  end
end
''', uuid_s())

add("yaml/rails-database-password", "shuttle/hanao/billing/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: billing_dev

production:
  <<: *default
  host: 10.40.8.5
  database: billing
  username: billing
  password: @@s@@
''', fakes.password(_seed()))

add("yaml/decoy-rails-credentials-ref", "shuttle/hanao/billing/config/storage.yml",
    "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r'''
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-northeast-1
  bucket: hanao-invoices
''')

add("exs/elixir-secret-key-base", "shuttle/hanao/board/config/prod.exs",
    "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Airport arrivals board (LiveView) - TV gi Door 3 booth
config :board, BoardWeb.Endpoint,
  url: [host: "board.hanaoshuttle.gu", port: 443, scheme: "https"],
  secret_key_base: "@@s@@",
  server: true

config :logger, level: :info
''', rnd(64, ALNUM + "+/"))

add("exs/decoy-runtime-exs", "shuttle/hanao/board/config/runtime.exs",
    "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE missing - mix phx.gen.secret"

  config :board, BoardWeb.Endpoint, secret_key_base: secret_key_base
  config :board, :aviationstack_key, System.fetch_env!("AVIATIONSTACK_ACCESS_KEY")
end
''')

add("kotlin/onesignal-rest-key", "shuttle/hanao/driverapp-android/app/src/main/java/gu/hanaoshuttle/driver/push/PushAdmin.kt",
    "https://documentation.onesignal.com/docs/keys-and-ids", r'''
package gu.hanaoshuttle.driver.push

import okhttp3.OkHttpClient
import okhttp3.Request

// Dispatcher tablet sends "Hånao!" pushes to drivers. TODO move to backend (Kiko)
object PushAdmin {
    private const val APP_ID = "3f6a2c1e-9b8d-4e70-a5f1-2d3c4b5a6e7f"
    private const val REST_KEY = "@@s@@"

    fun request(body: okhttp3.RequestBody) = Request.Builder()
        .url("https://api.onesignal.com/notifications")
        .header("Authorization", "Key $REST_KEY")
        .post(body)
        .build()
}
''', "os_v2_app_" + rnd(113, "abcdefghijklmnopqrstuvwxyz234567"))

add("swift/decoy-swift-keychain", "shuttle/hanao/driverapp-ios/Driver/Auth/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services", r'''
import Security
import Foundation

/// Driver session token lives in the Keychain, never in UserDefaults.
enum TokenStore {
    static let service = "gu.hanaoshuttle.driver.session"

    static func load() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
''')

add("swift/hmac-partner-secret", "shuttle/hanao/driverapp-ios/Driver/API/Signer.swift",
    "https://developer.apple.com/documentation/cryptokit/hmac", r'''
import CryptoKit
import Foundation

// Signs check-in calls to dispatch (X-Hanao-Signature). Secret shared w/ backend.
enum Signer {
    private static let secret = SymmetricKey(data: Data("@@s@@".utf8))

    static func sign(_ body: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: secret)
        return Data(mac).base64EncodedString()
    }
}
''', hexs(64))

add("rust/openweather-appid", "shuttle/hanao/weather/src/main.rs",
    "https://openweathermap.org/appid", r'''
//! Weather gi GUM para i dispatch board (typhoon season - atan i winds!)
use std::time::Duration;

const APPID: &str = "@@s@@";
const GUM: (f64, f64) = (13.4839, 144.7960);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = format!(
        "https://api.openweathermap.org/data/2.5/weather?lat={}&lon={}&units=metric&appid={}",
        GUM.0, GUM.1, APPID
    );
    let body = ureq::get(&url).timeout(Duration::from_secs(10)).call()?.into_string()?;
    println!("{body}");
    Ok(())
}
''', hexs(32))

add("rust/decoy-rust-env", "shuttle/hanao/weather/src/typhoon.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html", r'''
//! JTWC typhoon feed + PAGASA/NWS Guam bulletins. Ti guaha key (public feeds).
pub const NWS_GUAM: &str = "https://www.weather.gov/source/gum/";
pub const JTWC_RSS: &str = "https://www.metoc.navy.mil/jtwc/rss/jtwc.rss";

pub fn alert_webhook() -> Option<String> {
    std::env::var("TYPHOON_ALERT_WEBHOOK").ok()
}

pub fn condition_readiness(cor: u8) -> &'static str {
    match cor { 1 => "COR 1 - stop all pickups", 2 => "COR 2 - airport runs only", _ => "normal" }
}
''')

add("ini/mosquitto-bridge-password", "shuttle/hanao/ops/mqtt/bridge.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Van trackers -> office broker -> cloud broker
connection hanao-cloud
address mqtt.hanaoshuttle.gu:8883
remote_username office-bridge
remote_password @@s@@
bridge_cafile /etc/mosquitto/ca_certificates/isrgrootx1.pem
topic vans/# out 1
topic dispatch/# in 1
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-passwd", "shuttle/hanao/ops/mqtt/passwd",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
office-bridge:$7$101$Zk3Lp9Qr2Tv5Xw8A$Hj4Kl7Zx0Cv3Bn6Mq9We2Rt5Yu8Io1Pa4Sd7Fg0Hj3Kl6Zx9Cv2Bn5Mq8We1Rt4Yu7Io0Pa3Sd6Fg9Hj2Kl5Zx==
van01:$7$101$Qw3Er6Ty9Ui2Op5A$As8Df1Gh4Jk7Lz0Xc3Vb6Nm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qw1Er4Ty7Ui0Op3As6Df9Gh2Jk5Lz==
van02:$7$101$Mn2Bv5Cx8Zl1Kj4H$Gf7Ds0Aq3Wz6Xe9Rc2Tv5By8Nu1Mi4Ko7Pl0Qa3Ws6Ed9Rf2Tg5Yh8Uj1Ik4Ol7Pz0Xc3Vb6Nm9Lk2Jh5Gf8Ds1Aq4==
van03:$7$101$Pl0Ok9Ij8Uh7Yg6T$Fc5Rd4Es3Wa2Qz1Xs0Dc9Vf8Bg7Nh6Mj5Ku4Li3Op2Az1Sx0Dc9Fv8Gb7Hn6Jm5Kl4Qw3Er2Ty1Ui0Op9As8Df7Gh6Jk==
van07:$7$101$Ty6Gh5Vb4Nm3Jk2L$Er1Df0Cv9Bn8Mq7Wz6Xe5Rc4Tv3By2Nu1Mi0Ko9Pl8Qa7Ws6Ed5Rf4Tg3Yh2Uj1Ik0Ol9Pz8Xc7Vb6Nm5Lk4Jh3Gf2Ds==
''')

add("env/redis-url-password", "shuttle/hanao/dispatch/.env.production",
    "https://redis.io/docs/latest/develop/connect/clients/", r'''
APP_ENV=production
LISTEN=127.0.0.1:8080
DB_PASSWORD_FILE=/run/credentials/dispatch.service/db_password
REDIS_URL=rediss://default:@@s@@@hanao-cache.x1k9qz.ng.0001.apne1.cache.amazonaws.com:6379/0
QUEUE=dispatch-jobs
''', fakes.redis_password(_seed()))

add("js/mongodb-srv", "shuttle/hanao/feedback/server.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Guest feedback kiosk gi airport booth ("Maolek i driver?")
const { MongoClient } = require('mongodb');
const express = require('express');

const uri = 'mongodb+srv://kiosk:@@s@@@hanao-feedback.q3x8v.mongodb.net/feedback?retryWrites=true&w=majority';
const client = new MongoClient(uri);
const app = express();
app.use(express.json());
app.post('/rate', async (req, res) => {
  await client.db('feedback').collection('ratings').insertOne({ ...req.body, at: new Date() });
  res.json({ ok: true, msg: "Si Yu'os Ma'åse'!" });
});
app.listen(3000);
''', fakes.password(_seed()))

add("py/amqp-url", "shuttle/hanao/dispatch-worker/worker.py",
    "https://www.rabbitmq.com/docs/uri-spec", r'''
"""Dispatch worker - picks jobs (pickups) off the queue and assigns vans."""
import pika

AMQP_URL = "amqps://dispatch:@@s@@@rabbit.hanaoshuttle.gu:5671/hanao"

params = pika.URLParameters(AMQP_URL)
conn = pika.BlockingConnection(params)
ch = conn.channel()
ch.queue_declare(queue="pickups", durable=True)
''', fakes.redis_password(_seed()))

# ---------------------------------------------------------------- shuttle: notes, chat, runbooks

add("md/runbook-sftp-password", "shuttle/hanao/docs/runbook_hotel_manifests.md",
    "https://www.openssh.com/manual.html", r'''
# Runbook: hotel manifests (every day 17:00 ChST)

1. Export tomorrow's pickups from dispatch (`Reports -> Manifest -> CSV`).
2. Upload to Tumon Bay Resort SFTP:
   - host: `sftp.tumonbayresort.example`, port 22
   - user: `hanao`
   - password: `@@s@@`
3. Email Hagåtña Plaza (they don't do SFTP, ti ha tungo').
4. If the SFTP fails, call the bell desk: 671-646-0100.

*Yanggen guaha problema, agang si Vicky.* (If there's a problem, call Vicky.)
''', words_pw())

add("md/decoy-runbook-1password", "shuttle/hanao/docs/runbook_new_driver.md",
    "https://developer.1password.com/docs/cli/secret-references/", r'''
# Runbook: new driver setup

1. Add driver in dispatch (`Drivers -> New`), van assignment, license no. and expiry.
2. Install Hånao Driver from Play Store / TestFlight.
3. Driver app login is created by dispatch; temporary PIN is sent by SMS (expires 24h).
4. Fuel card PIN: `op://Hanao Ops/Fuel cards/<van number>` - read it to them on the phone, never text it.
5. Give them the airport badge form (GIAA ID office, terminal 2nd floor).

Håfa adai to the new driver! Ta ayuda siha gi primet semåna.
''')

add("txt/viber-export-password", "shuttle/hanao/notes/chat/viber_drivers_group.txt",
    "https://help.viber.com/hc/en-us/articles/9101302113693", r'''
[03/11/2026, 04:12] Vicky Hånao: Buenas dias drivers! 6 arrivals before 7am
[03/11/2026, 04:13] Ben (van 7): noted. dispatch app logged me out again 😩
[03/11/2026, 04:15] Vicky Hånao: use the shared board login for now: board / @@s@@
[03/11/2026, 04:15] Vicky Hånao: ti un na'suha i login, ok? Kiko fixing the app today
[03/11/2026, 04:20] Tina (van 2): Si Yu'os Ma'åse' Vicky
[03/11/2026, 04:51] Ben (van 7): at Door 3, UA 196 landed
''', words_pw())

add("txt/decoy-viber-no-secret", "shuttle/hanao/notes/chat/viber_dispatch_oct.txt",
    "https://help.viber.com/hc/en-us/articles/9101302113693", r'''
[28/10/2026, 19:02] Kiko: board password esta hu tulaika (changed), Vicky has the new one
[28/10/2026, 19:03] Vicky Hånao: ok. drivers, ask me on the phone, ti gi chat
[28/10/2026, 19:05] Tina (van 2): what about the fuel card PIN?
[28/10/2026, 19:06] Vicky Hånao: same - call me. Number: 671-646-0142
[28/10/2026, 19:10] Ben (van 7): typhoon watch tomorrow? COR 3
[28/10/2026, 19:12] Kiko: yes, COR 3. Airport runs still ok
''')

add("txt/note-typhoon-generator", "shuttle/hanao/notes/typhoon_prep.txt",
    "https://www.nws.noaa.gov/om/hurricane/", r'''
TYPHOON PREP - Hånao yard (Tamuning)

- Fuel all vans to full at COR 3
- Move buses inside the Harmon warehouse
- Generator: Generac remote monitoring app (Mobile Link)
    login: ops@hanaoshuttle.gu
    pw: @@s@@
- Starlink dish: bring in at COR 2
- Put the office UPS on, turn off dispatch TV

Adahi hamyo todos! Stay safe.
''', words_pw())

add("txt/decoy-typhoon-checklist", "shuttle/hanao/notes/typhoon_after.txt",
    "https://www.weather.gov/gum/", r'''
AFTER THE TYPHOON - check list

- Check each van for water damage (van 3 leaks gi back door!)
- GIAA reopening notice: follow @GuamAirport
- Reset the Starlink (power cycle), Wi-Fi password hasn't changed, it's on the sticker in the office
- Dispatch board: Kiko restarts it; ti un tulaika nai i settings
- Call hotels: TBR 671-646-0100, HPZ 671-472-0200
- Photos of damage -> insurance folder (Google Drive "Hånao Insurance 2026")
''')

add("yaml/datadog-api-key", "shuttle/hanao/ops/datadog/datadog.yaml",
    "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r'''
## Datadog agent - dispatch server
api_key: @@s@@
site: datadoghq.com
hostname: hanao-dispatch-1
tags:
  - env:prod
  - team:hanao
  - island:guam
logs_enabled: true
''', hexs(32))

add("yaml/decoy-datadog-env", "shuttle/hanao/ops/datadog/datadog.staging.yaml",
    "https://docs.datadoghq.com/agent/guide/secrets-management/", r'''
## Datadog agent - staging (secret backend)
api_key: ENC[datadog_api_key]
secret_backend_command: /usr/local/bin/dd-secret-from-ssm
site: datadoghq.com
hostname: hanao-staging-1
tags:
  - env:staging
logs_enabled: false
''')

add("yaml/newrelic-license", "shuttle/hanao/booking/newrelic.yml",
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", r'''
common: &default_settings
  license_key: '@@s@@'
  app_name: Hånao Booking
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings
''', hexs(36) + "NRAL")

add("json/pagerduty-routing-key", "shuttle/hanao/ops/alerts/pagerduty.json",
    "https://developer.pagerduty.com/docs/events-api-v2/overview/", r'''
{
  "service": "Hånao dispatch",
  "events_url": "https://events.pagerduty.com/v2/enqueue",
  "routing_key": "@@s@@",
  "escalation": ["kiko", "vicky"],
  "notes": "Ti un ma pages para i board TV - only dispatch API down or flight feed stale > 20 min"
}
''', hexs(32))

add("yaml/opsgenie-key", "shuttle/hanao/ops/alerts/opsgenie-heartbeat.yaml",
    "https://support.atlassian.com/opsgenie/docs/api-key-management/", r'''
# Heartbeat from the van-tracker broker every 5 min
heartbeat:
  name: hanao-mqtt-broker
  interval: 5
  interval_unit: minutes
opsgenie:
  api_url: https://api.opsgenie.com/v2/heartbeats/hanao-mqtt-broker/ping
  genie_key: @@s@@
''', uuid_s())

add("sh/sentry-auth-token-upload", "shuttle/hanao/driverapp/scripts/upload_symbols.sh",
    "https://docs.sentry.io/cli/configuration/", r'''
#!/bin/sh
# Upload Flutter debug symbols to Sentry after each release build
set -e
export SENTRY_ORG=hanao-shuttle
export SENTRY_PROJECT=driver-app
export SENTRY_AUTH_TOKEN=@@s@@
VERSION=$(grep '^version:' pubspec.yaml | cut -d' ' -f2)
sentry-cli debug-files upload --include-sources build/app/outputs/symbols
sentry-cli releases finalize "driver@$VERSION"
''', "sntryu_" + hexs(64))

add("yaml/decoy-sentry-dsn-public", "shuttle/hanao/driverapp/lib/sentry_options.yaml",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
# Sentry options for the driver app (DSN is injected at build: --dart-define=SENTRY_DSN=...)
sentry:
  dsn: ${SENTRY_DSN}
  environment: production
  traces_sample_rate: 0.1
  send_default_pii: false
  release_prefix: driver@
''')

add("sh/tailscale-authkey", "shuttle/hanao/ops/pi/board-setup.sh",
    "https://tailscale.com/kb/1085/auth-keys", r'''
#!/usr/bin/env bash
# Raspberry Pi behind the Door 3 TV (arrivals board). Kiko 2026.
set -euo pipefail
sudo apt-get update && sudo apt-get install -y chromium-browser unclutter
curl -fsSL https://tailscale.com/install.sh | sh
sudo tailscale up --authkey=@@s@@ --hostname=gum-door3-board
mkdir -p ~/.config/autostart
cp board.desktop ~/.config/autostart/
sudo reboot
''', "tskey-auth-k" + mixed(10) + "CNTRL-" + mixed(33))

add("sh/decoy-tailscale-env-authkey", "shuttle/hanao/ops/pi/van-hotspot-setup.sh",
    "https://tailscale.com/kb/1085/auth-keys", r'''
#!/usr/bin/env bash
# Van router (RUT241) companion Pi. Auth key passed in, never stored: TS_AUTHKEY=... ./van-hotspot-setup.sh 07
set -euo pipefail
VAN=${1:?van number}
: "${TS_AUTHKEY:?set TS_AUTHKEY (one-off, ephemeral, from admin console)}"
curl -fsSL https://tailscale.com/install.sh | sh
sudo tailscale up --authkey="$TS_AUTHKEY" --hostname="van-$VAN"
''')

add("yaml/ngrok-authtoken", "shuttle/hanao/ops/home/kiko/.config/ngrok/ngrok.yml",
    "https://ngrok.com/docs/agent/config/", r'''
version: "2"
authtoken: @@s@@
tunnels:
  booking-dev:
    proto: http
    addr: 8090
    domain: hanao-dev.ngrok.app
''', "2" + mixed(26) + "_" + mixed(21))

add("hcl/terraformrc-token", "shuttle/hanao/ops/home/kiko/.terraformrc",
    "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r'''
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  # hanao org - Kiko
  token = "@@s@@"
}
''', mixed(14) + ".atlasv1." + mixed(67))

add("hcl/decoy-tf-variables", "shuttle/hanao/infra/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "db_username" {
  type    = string
  default = "dispatch"
}

variable "db_password" {
  type      = string
  sensitive = true
  # no default - pass with TF_VAR_db_password or from Terraform Cloud
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
''')

add("env/doppler-service-token", "shuttle/hanao/web/.env.local",
    "https://docs.doppler.com/docs/service-tokens", r'''
# Vercel dev - pulls everything else from Doppler
# (doppler run -- npm run dev)
DOPPLER_PROJECT=hanao-web
DOPPLER_TOKEN=@@s@@
NEXT_PUBLIC_SITE=https://hanaoshuttle.gu
NEXT_PUBLIC_DEFAULT_LANG=en
''', "dp.st.prd." + mixed(43))

add("yaml/vault-token-agent", "shuttle/hanao/ops/vault/agent-dev.hcl.yaml",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
# temporary - Kiko testing vault on the dispatch box
vault:
  address: https://vault.hanaoshuttle.gu:8200
  token: @@s@@
  kv_mount: hanao
paths:
  - hanao/data/dispatch
  - hanao/data/booking
''', "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-"))

add("hcl/decoy-vault-agent-template", "shuttle/hanao/ops/vault/agent.hcl",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
}

template {
  contents    = "{{ with secret \"hanao/data/dispatch\" }}DB_PASSWORD={{ .Data.data.db_password }}{{ end }}"
  destination = "/run/hanao/dispatch.env"
}
''')

add("py/anthropic-key", "shuttle/hanao/tools/complaints/summarize.py",
    "https://docs.anthropic.com/en/api/getting-started", r'''
"""Summarize guest complaints every Monday (English + Chamorro notes from Vicky)."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")


def summarize(rows):
    text = "\n".join(f"- {r['date']} van {r['van']}: {r['comment']}" for r in rows)
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=500,
                                 messages=[{"role": "user", "content": "Summarize for the owner:\n" + text}])
    return msg.content[0].text
''', anthropic_key())

add("py/hf-token", "shuttle/hanao/tools/forecast/train.py",
    "https://huggingface.co/docs/hub/security-tokens", r'''
"""Forecast airport pickups per hour (Korea/Japan charters). Model pushed to HF private repo."""
from huggingface_hub import login
import pandas as pd

login(token="@@s@@")

df = pd.read_csv("arrivals_2024_2026.csv", parse_dates=["sched"])
df["hour"] = df.sched.dt.hour
print(df.groupby(["origin", "hour"]).pax.mean().unstack().round(1))
''', mixed(34, "hf_"))

add("py/decoy-hf-cached-login", "shuttle/hanao/tools/forecast/predict.py",
    "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
"""Uses the token cached by `huggingface-cli login` (~/.cache/huggingface/token). Ti guaha guini."""
from huggingface_hub import hf_hub_download
import joblib

path = hf_hub_download(repo_id="hanaoshuttle/pickup-forecast", filename="model.joblib")
model = joblib.load(path)
print(model.predict([[6, 1, 0]]))  # hour 6, Monday, not holiday
''')

# ---------------------------------------------------------------- both: odds and ends

_tls = fakes.fake_pem(_seed(), "RSA")
add("yaml/helm-tls-private-key", "shuttle/hanao/deploy/helm/board-tls-values.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r'''
# Door 3 board - own cert (GIAA network doesn't allow ACME)
tls:
  enabled: true
  crt: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIUHanaoBoardDoor3CertificatePublicPartOnly0wDQYJ
    -----END CERTIFICATE-----
  key: |
@@k@@
''', _tls, k="\n".join("    " + line for line in _tls.splitlines()))

add("pem/decoy-certificate-chain", "shuttle/hanao/ops/nginx/certs/fullchain.pem",
    "https://www.rfc-editor.org/rfc/rfc7468", r'''
# dispatch.hanaoshuttle.gu - public certificate chain (ok to commit; key stays on the server)
-----BEGIN CERTIFICATE-----
MIIFBjCCA+6gAwIBAgISBHanaoDispatchLetsEncryptR11Leaf0123456789ABCDE
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/ABCDEFGH
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIFBTCCAu2gAwIBAgIQS6hSk/eaL6JzBkuoBI110DANBgkqhkiG9w0BAQsFADBPMQsw
-----END CERTIFICATE-----
''')

add("ps1/teams-webhook", "shuttle/hanao/office/scripts/Notify-Teams.ps1",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Post the daily manifest count to the Teams "Dispatch" channel
param([int]$Pickups, [int]$Dropoffs)
$hook = "@@s@@"
$body = @{ text = "Håfa adai! Tomorrow: $Pickups pickups, $Dropoffs drop-offs. Si Yu'os Ma'åse' drivers!" } | ConvertTo-Json
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body $body
Write-Host "posted"
''', teams_webhook())

add("json/entra-client-secret", "shuttle/hanao/office/MailSync/appsettings.json",
    "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-credentials", r'''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8c1f4e2a-6b3d-4f57-9a0e-1d2c3b4a5f60",
    "ClientId": "2e7d9a1b-4c6f-4e83-b0a5-9f8e7d6c5b4a",
    "ClientSecret": "@@s@@"
  },
  "Mailbox": "booking@hanaoshuttle.gu",
  "PollMinutes": 2
}
''', rnd(3) + "8Q~" + fakes.drawn(_seed(), 31, ALNUM + "~_.-"))

add("py/hubspot-pat", "catering/nengkanno/tools/crm/sync_customers.py",
    "https://developers.hubspot.com/docs/api/private-apps", r'''
"""Sync repeat fiesta customers (parishes, mayors' offices, families) to HubSpot."""
import requests

HUBSPOT_TOKEN = "@@s@@"
HEADERS = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}


def upsert(contact):
    return requests.post("https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert",
                         headers=HEADERS, timeout=20,
                         json={"inputs": [{"idProperty": "email", "id": contact["email"],
                                           "properties": {"village": contact["village"]}}]})
''', "pat-na1-" + uuid_s())

add("sh/zendesk-curl", "shuttle/hanao/tools/support/export_tickets.sh",
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token", r'''
#!/usr/bin/env bash
# Export lost-item tickets (guests leave stuff in the vans - a lot!)
set -euo pipefail
SUB=hanaoshuttle
curl -s "https://$SUB.zendesk.com/api/v2/search.json?query=tags:lost_item" \
  -u "vicky@hanaoshuttle.gu/token:@@s@@" \
  | jq -r '.results[] | [.id, .created_at, .subject] | @tsv' > lost_items.tsv
wc -l lost_items.tsv
''', mixed(40))

add("php/brevo-key", "catering/nengkanno/legacy/newsletter_send.php",
    "https://developers.brevo.com/docs/getting-started", r'''
<?php
// Monthly newsletter: "Fiesta season menu" - Rosa writes it, Tony sends
$apiKey = '@@s@@';
$ch = curl_init('https://api.brevo.com/v3/emailCampaigns/17/sendNow');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_HTTPHEADER => ['api-key: ' . $apiKey, 'accept: application/json'],
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch);
''', "xkeysib-" + hexs(64) + "-" + mixed(16))

add("json/google-oauth-client-secret", "catering/nengkanno/tools/calendar/client_secret.json",
    "https://developers.google.com/identity/protocols/oauth2", r'''
{
  "installed": {
    "client_id": "583920174652-h4n40k3l4gu3nf13st4c4l3nd4r.apps.googleusercontent.com",
    "project_id": "nengkanno-orders",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', google_client_secret())

add("js/deepl-key", "catering/nengkanno/tools/translate/menu_deepl.js",
    "https://developers.deepl.com/docs/getting-started/auth", r'''
// English -> Japanese/Korean menus for the Tumon hotel buffets (Chamorro, Tan Maria ha tuge')
const deepl = require('deepl-node');
const translator = new deepl.Translator('@@s@@');

async function run(text) {
  const ja = await translator.translateText(text, 'en', 'ja');
  const ko = await translator.translateText(text, 'en', 'ko');
  return { ja: ja.text, ko: ko.text };
}
module.exports = { run };
''', uuid_s() + ":fx")

add("xml/android-strings-square", "shuttle/hanao/vankiosk/app/src/main/res/values/secrets.xml",
    "https://developer.squareup.com/docs/mobile-payments-sdk", r'''
<?xml version="1.0" encoding="utf-8"?>
<!-- Van kiosk (tablet gi van): pay for walk-up rides w/ Square reader -->
<resources>
    <string name="square_application_id">sq0idp-Hn4oVanKi0sk2026xYzAbC</string>
    <string name="square_location_id">LHANAOTAMUNING01</string>
    <string name="square_access_token">@@s@@</string>
</resources>
''', square_token())

add("crontab/curl-basic-password", "shuttle/hanao/ops/cron/hanao.crontab",
    "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow  command   (ChST)
*/5 * * * *  /opt/hanao/bin/flightwatch --once >> /var/log/hanao/flightwatch.log 2>&1
0 17 * * *   /opt/hanao/bin/manifest --date tomorrow --out /srv/manifests/
15 17 * * *  curl -s -u hanao:@@s@@ -T /srv/manifests/$(date -d tomorrow +\%F).csv https://files.hagatnaplaza.example/dav/hanao/
0 3 * * 0    /opt/hanao/bin/vacuum-db
''', fakes.password(_seed()))

add("sh/history-mysql-p", "catering/nengkanno/ops/junior_bash_history.txt",
    "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
ssh ubuntu@wp.guma-nengkanno.com
cd /var/www/html
sudo -u www-data wp plugin list
mysql -u wp_nengkanno -p'@@s@@' wp_nengkanno -e "select count(*) from gn_posts"
mysqldump -u wp_nengkanno -p wp_nengkanno > /tmp/wp.sql
ls -la /tmp
exit
''', words_pw())

add("sql/seed-api-key", "shuttle/hanao/dispatch/db/seed/002_partners.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- Partners (hotels). Key for the board screen is plain here because the TV can't do OAuth.
INSERT INTO partners (code, name, api_key_hash) VALUES
  ('TBR', 'Tumon Bay Resort', 'sha256$6e3b1c0d9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d'),
  ('HPZ', 'Hagåtña Plaza Hotel', 'sha256$1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809');
INSERT INTO screens (name, location, api_key) VALUES
  ('door3-board', 'GUM arrivals Door 3', '@@s@@');
''', "hnp_live_" + mixed(32))

add("sql/decoy-seed-bcrypt", "shuttle/hanao/dispatch/db/seed/001_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Dispatch users. Passwords are bcrypt hashes; first login forces a reset.
INSERT INTO users (email, name, role, password_hash) VALUES
  ('vicky@hanaoshuttle.gu', 'Vicky Quinata', 'dispatcher', '$2b$12$Qk8vN2rT5yW1zB4cE7gH0uJ3mP6sV9xA2dF5hK8nQ1tW4zC7eH0jL'),
  ('kiko@hanaoshuttle.gu', 'Kiko Perez', 'admin', '$2b$12$Zx3Cv6Bn9Mq2We5Rt8Yu1uIo4Pa7Sd0Fg3Hj6Kl9Zx2Cv5Bn8Mq1W'),
  ('ben@hanaoshuttle.gu', 'Ben Santos', 'driver', '$2b$12$Lk7Jh0Gf3Ds6Aq9Wz2Xe5uRc8Tv1By4Nu7Mi0Ko3Pl6Qa9Ws2Ed5R');
''')

add("har/har-query-access-key", "shuttle/hanao/debug/flightwatch-gum.har",
    "http://www.softwareishard.com/blog/har-12-spec/", r'''
{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "131.0" },
    "entries": [
      {
        "startedDateTime": "2026-10-30T19:41:02.118Z",
        "request": {
          "method": "GET",
          "url": "https://api.aviationstack.com/v1/flights?access_key=@@s@@&arr_iata=GUM&flight_status=scheduled",
          "headers": [{ "name": "Accept", "value": "application/json" }]
        },
        "response": { "status": 200, "statusText": "OK", "content": { "size": 18234, "mimeType": "application/json" } },
        "time": 412
      }
    ]
  }
}
''', hexs(32))

add("conf/hostapd-passphrase", "shuttle/hanao/ops/pi/hostapd-van.conf",
    "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", r'''
# Van guest Wi-Fi ("Hånao Free WiFi") - Pi 4 in each van
interface=wlan0
driver=nl80211
ssid=Hanao-Van-Crew
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase=@@s@@
rsn_pairwise=CCMP
''', words_pw())

add("go/ec-private-key-jwt", "shuttle/hanao/dispatch/auth/keys.go",
    "https://pkg.go.dev/crypto/ecdsa", r'''
package auth

// signingKey signs driver session JWTs (ES256). Kiko: temp until KMS.
const signingKey = `@@s@@`

const keyID = "hanao-2026-10"
''', fakes.fake_pem(_seed(), "EC"))

add("pem/rsa-private-key-file", "catering/nengkanno/legacy/ssl/order.guma-nengkanno.com.key",
    "https://www.rfc-editor.org/rfc/rfc8017", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("eml/hotel-partner-api-key", "shuttle/hanao/notes/mail/re_api_access_tbr.eml",
    "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Kiko Perez <kiko@hanaoshuttle.gu>
To: IT Desk <it@tumonbayresort.example>
Subject: Re: API access for the front desk booking screen
Date: Wed, 14 Oct 2026 15:20:09 +1000
Content-Type: text/plain; charset=utf-8

Håfa adai Joel,

Here is the partner key for TBR (send it as X-Partner-Key):

    @@s@@

Base URL https://dispatch.hanaoshuttle.gu/api/v2 . Please don't forward it.
Si Yu'os Ma'åse',
Kiko
''', "hnp_live_" + mixed(32))

add("toml/gitlab-runner-token", "shuttle/hanao/ops/gitlab-runner/config.toml",
    "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "hanao-office-mac"
  url = "https://gitlab.com/"
  token = "@@s@@"
  executor = "shell"
  [runners.custom_build_dir]
''', "glrt-" + mixed(20))

add("xml/nuget-ado-pat", "shuttle/hanao/office/MailSync/nuget.config",
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="hanao" value="https://pkgs.dev.azure.com/hanaoshuttle/_packaging/hanao/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <hanao>
      <add key="Username" value="kiko" />
      <add key="ClearTextPassword" value="@@s@@" />
    </hanao>
  </packageSourceCredentials>
</configuration>
''', rnd(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("ini/pip-conf-index-token", "catering/nengkanno/kitchen/pip.conf",
    "https://docs.gitlab.com/ee/user/packages/pypi_repository/", r'''
[global]
timeout = 30
disable-pip-version-check = true

# private pkg: nengkanno-prep (label printing for trays)
extra-index-url = https://__token__:@@s@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple
''', gitlab())

add("json/composer-github-oauth", "catering/nengkanno/legacy/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
''', fakes.github_token(_seed()))

add("properties/mapbox-downloads-token", "shuttle/hanao/vankiosk/gradle.properties",
    "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Mapbox SDK download (secret token, DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@s@@
''', mapbox_secret())

add("toml/streamlit-secrets", "catering/nengkanno/dashboard/.streamlit/secrets.toml",
    "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Dashboard para si Rosa (fiesta totals by village)
[connections.nengkanno]
dialect = "postgresql"
host = "db.guma-nengkanno.internal"
port = 5432
database = "nengkanno"
username = "fiesta_reports"
password = "@@s@@"
''', words_pw())

add("renviron/r-db-password", "catering/nengkanno/analysis/.Renviron",
    "https://rstats.wtf/r-startup.html#renviron", r'''
# R analysis - fiesta season costs (Jenny)
R_LIBS_USER=~/R/library
NENGKANNO_DB_HOST=db.guma-nengkanno.internal
NENGKANNO_DB_USER=fiesta_reports
NENGKANNO_DB_PASS=@@s@@
TZ=Pacific/Guam
''', fakes.redis_password(_seed()))

_plain_pw = words_pw()
add("log/smtp-auth-plain", "shuttle/hanao/debug/swaks_booking_2026-10-12.txt",
    "https://www.rfc-editor.org/rfc/rfc4616", r'''
=== Trying smtp.office365.com:587...
=== Connected to smtp.office365.com.
 -> EHLO dispatch.hanaoshuttle.gu
<-  250-AUTH LOGIN XOAUTH2 PLAIN
 -> STARTTLS
<-  220 2.0.0 SMTP server ready
 -> AUTH PLAIN @@s@@
<-  235 2.7.0 Authentication successful
 -> MAIL FROM:<booking@hanaoshuttle.gu>
<-  250 2.1.0 Sender OK
''', b64("\0booking@hanaoshuttle.gu\0" + _plain_pw))

_reg_pat = docker_pat()
add("yaml/k8s-dockerconfigjson", "shuttle/hanao/deploy/k8s/regcred.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: hanao
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
''', _reg_pat, b=b64('{"auths":{"https://index.docker.io/v1/":{"username":"hanaoshuttle","password":"'
                    + _reg_pat + '","auth":"' + b64("hanaoshuttle:" + _reg_pat) + '"}}}'))

add("yaml/slack-bot-token", "catering/nengkanno/bots/kusina-bot/config.yml",
    "https://api.slack.com/authentication/token-types#bot", r'''
# kusina-bot: "/prep tomorrow", "/ordes GN-2026-0412"
slack:
  bot_token: @@s@@
  channel: kusina
  admins: [U05TONY01, U05ROSA02]
schedule:
  prep_post: "04:30"
  timezone: Pacific/Guam
''', slack_bot())

# ---------------------------------------------------------------- decoys and a few last secrets

add("asc/decoy-pgp-public-key", "catering/nengkanno/docs/rosa_pgp_public.asc",
    "https://www.rfc-editor.org/rfc/rfc4880", r'''
Rosa's public key - para i bookkeeper to send payroll files encrypted.

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZt3Q8hYJKwYBBAHaRw8BAQdAHanaoNengkannoRosaPublicKeyOnlyAbCdEfGh
tCBSb3NhIFRhaXRhbm8gPHJvc2FAZ3VtYS1uZW5na2Fubm8uY29tPoiTBBMWCgA7FiEE
=q7Zx
-----END PGP PUBLIC KEY BLOCK-----
''')

add("txt/decoy-known-hosts", "shuttle/hanao/ops/home/kiko/.ssh/known_hosts",
    "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
dispatch.hanaoshuttle.gu ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8mQ2vR5tY7uZ1aB4cD6eF9gH2jK5lN8pQ1sT4wX7yZ
10.40.8.5 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBHanaoPayrollServerHostKey0123456789abcdefABCDEF=
10.40.8.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHj3Kl6Zx9Cv2Bn5Mq8We1Rt4Yu7Io0Pa3Sd6Fg9Hj2K
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
''')

add("txt/decoy-sha256sums", "shuttle/hanao/releases/driver-2.8.1/SHA256SUMS",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
4f8a2c1e9b7d3f5a0c6e8b2d4f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a  hanao-driver-2.8.1.apk
9c0b2d4f6a8e1c3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b  hanao-driver-2.8.1.aab
1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f  hanao-driver-2.8.1-symbols.zip
7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d  dispatch-2.8.1-linux-amd64.tar.gz
# sha256sum -c SHA256SUMS  (Kiko signs the release tag too)
''')

add("txt/decoy-requirements-hashes", "shuttle/hanao/tools/complaints/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes
anthropic==0.39.0 \
    --hash=sha256:ea17093ae0ce0e1768b0c06a34be8d6c7da0d3e7b6a1c9d5f4e2b8a0c3d6f9e1 \
    --hash=sha256:3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d
httpx==0.27.2 \
    --hash=sha256:7bb2708e112d8fdd7829cd4243970f0c223274051cb35ee80c03301ee29a3df0
pandas==2.2.3 \
    --hash=sha256:f00d1345d84d8c86a63e476bb4955e46458b304b9575dcf71102b5c705320015
''')

add("html/decoy-sri-integrity", "shuttle/hanao/web/public/index.html",
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hånao Shuttle Guam - Airport transfers Tumon / Hagåtña</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
  <meta name="google-site-verification" content="q8Xk2Lm5Rt9Yw3Bn7Cz1Df4Gh8Jk2Mp6Nq0St4Vw8Y">
</head>
<body>
  <h1>Håfa adai! Book your airport ride</h1>
  <a href="https://book.hanaoshuttle.gu">Book now - $25 one-way</a>
</body>
</html>
''')

add("css/decoy-data-uri-logo", "catering/nengkanno/web/src/styles/brand.css",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", r'''
/* Guma' Nengkanno' brand - latte stone logo (tiny inline PNG) */
:root { --kelaguen-green: #3b7d3a; --achiote-red: #c0392b; }
.logo {
  width: 48px; height: 48px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVQ4jWNgGAWjYBSMglEwCkbBKBgFo2AUAAAIEAAB2Rk3XgAAAABJRU5ErkJggg==");
}
.menu h2 { color: var(--achiote-red); }
''')

add("yaml/decoy-k8s-secret-nonsecret-data", "catering/nengkanno/deploy/k8s/order-api-config.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: order-api
  namespace: nengkanno
data:
  DB_HOST: db.guma-nengkanno.internal
  DB_USER: nengkanno_app
  DB_NAME: nengkanno
  SQUARE_LOCATION_ID: L8Q2T6HAGATNA
  MAILGUN_DOMAIN: mg.guma-nengkanno.com
  BANNER_B64: SMOlZmEgYWRhaSEgRmllc3RhIHNlYXNvbiBvcmRlcnMgb3Blbg==
''')

add("md/decoy-changelog-shas", "shuttle/hanao/dispatch/CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## 2.8.1 - 2026-10-28
- Fix: delayed KE/OZ flights kept the van waiting twice (a3f9c1e)
- Board shows COR level during typhoon watch (5d82b0e7c4a1f3e9d6b2a8c0f4e7d1b3a9c5e2f8)

## 2.8.0 - 2026-10-02
- Rotated partner keys for TBR/HPZ (new keys sent by phone, not in repo) (9b4e7d2)
- Driver app: Chamorro greetings on the guest SMS ("Håfa adai!")
''')

add("json/decoy-vehicles", "shuttle/hanao/dispatch/data/vehicles.json",
    "https://www.nhtsa.gov/vin-decoder", r'''
[
  {"id": "7c2e9b4a-1d3f-4e56-8a0b-2c4d6e8f0a1b", "van": 2, "plate": "GU 4412", "vin": "1FBAX2CM5PKA12345", "tracker_imei": "352093081234567"},
  {"id": "0b8d6f4a-2c1e-4a37-9b5d-7e3f1a9c8b02", "van": 3, "plate": "GU 4418", "vin": "1FBAX2CM1NKA67890", "tracker_imei": "352093081234574"},
  {"id": "5e1a3c7b-9d2f-4b68-a0c4-6e8b2d4f1a93", "van": 7, "plate": "GU 5530", "vin": "1FBAX2CM8RKA24680", "tracker_imei": "352093081234581"},
  {"id": "d4f6a8c0-3e5b-4c79-8d1e-9f2a4b6c8e07", "bus": 1, "plate": "GU B-207", "vin": "4UZADXDU7KCKX1357", "tracker_imei": "352093081234598"}
]
''')

add("json/decoy-ecs-taskdef-secrets", "shuttle/hanao/infra/ecs/booking-taskdef.json",
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html", r'''
{
  "family": "hanao-booking",
  "containerDefinitions": [{
    "name": "booking",
    "image": "482917365120.dkr.ecr.ap-northeast-1.amazonaws.com/hanao-booking:2.8.1",
    "secrets": [
      {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:ap-northeast-1:482917365120:secret:hanao/booking/db-Xq3kP9"},
      {"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:ap-northeast-1:482917365120:parameter/hanao/stripe_secret_key"}
    ],
    "environment": [{"name": "TZ", "value": "Pacific/Guam"}]
  }]
}
''')

add("yaml/decoy-kms-ciphertext", "shuttle/hanao/dispatch/config/prod.yaml",
    "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#ciphertext", r'''
# Encrypted with KMS alias/hanao-config; decrypted at startup (kms:Decrypt)
listen: 127.0.0.1:8080
aeroapi_key_encrypted: AQICAHhanaoX9kP2mL5rT8vY1bN4cE7gH0jK3nQ6sW9zA2dF5h8BAGoXq3kP9mL2rT5vY8bN1cE4gH7jK0nQ3sW6zA9dF2hK5mP8rT1vY4bN7cE0gH3jK6nQ9sW2zA5dF8hK1mP4rT7vY0bN3cE6gH9jK2nQ5sW8zA1dF4hK7mP0==
samsara_token_encrypted: AQICAHhanaoX9kP2mL5rT8vY1bN4cE7gH0jK3nQ6sW9zA2dF5h8BAHqZr2W5tY8uIo1Pa3Sd6Fg9Hj2Kl5Zx8Cv1Bn4Mq7We0Rt3Yu6Io9Pa2Sd5Fg8Hj1Kl4Zx7Cv0Bn3Mq6We9Rt2Yu5Io8Pa1Sd4Fg7Hj0==
kms_key: alias/hanao-config
''')

add("md/decoy-api-docs-placeholder", "shuttle/hanao/docs/partner_api.md",
    "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", r'''
# Hånao Partner API (for hotel desks)

Every request needs your partner key in the `X-Partner-Key` header. Keys start with `hnp_live_`
and are given to each hotel by phone.

```bash
curl https://dispatch.hanaoshuttle.gu/api/v2/bookings \
  -H "X-Partner-Key: hnp_live_<your key>" \
  -d '{"flight":"UA196","date":"2026-11-02","pax":3,"hotel":"TBR"}'
```

Lost your key? Call Kiko (671-646-0142); the old one is revoked the same day.
''')

add("md/decoy-password-policy", "shuttle/hanao/docs/driver_accounts.md",
    "https://pages.nist.gov/800-63-4/sp800-63b.html", r'''
# Driver accounts - password rules

- At least 12 characters. A phrase is fine: e.g. `<three words you like> + a number`.
- Do not use your van number, plate or birthday.
- Don't reuse the fuel-card PIN.
- Kontrasenya-mu, para hågu ha' - your password is for you only; dispatch will never ask for it.
- Forgot it? Dispatch resets it and you get a temporary one by SMS (valid 24h).
''')

add("go/decoy-test-jwt-fixture", "shuttle/hanao/dispatch/auth/jwt_test.go",
    "https://pkg.go.dev/testing", r'''
package auth

import "testing"

// testSecret is for unit tests only; prod keys come from KMS.
const testSecret = "unit-test-secret-do-not-use"

func TestSignVerify(t *testing.T) {
	tok, err := signHS256(testSecret, map[string]any{"sub": "driver-7", "van": 7})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifyHS256(testSecret, tok); err != nil {
		t.Fatalf("verify: %v", err)
	}
}
''')

add("json/decoy-google-place-ids", "shuttle/hanao/dispatch/data/hotels.json",
    "https://developers.google.com/maps/documentation/places/web-service/place-id", r'''
{
  "TBR": {"name": "Tumon Bay Resort", "place_id": "ChIJq8Xk2Lm5Rt9Yw3Bn7Cz1Df4", "door": "Lobby"},
  "HPZ": {"name": "Hagåtña Plaza Hotel", "place_id": "ChIJH4n40Pl4z4H4g4tn4Gu4m01", "door": "Side entrance"},
  "DFS": {"name": "T Galleria tour desk", "place_id": "ChIJZx3Cv6Bn9Mq2We5Rt8Yu1Io", "door": "Bus stop"},
  "GUM": {"name": "A.B. Won Pat International Airport", "place_id": "ChIJ0Pa3Sd6Fg9Hj2Kl5Zx8Cv1B", "door": "Door 3"}
}
''')

add("env/decoy-shuttle-env-example", "shuttle/hanao/dispatch/.env.example",
    "https://github.com/motdotla/dotenv#usage", r'''
# Kopia este gi .env - values from 1Password "Hånao Ops"
APP_ENV=development
LISTEN=127.0.0.1:8080
DB_PASSWORD=
REDIS_URL=redis://localhost:6379/0
AEROAPI_KEY=your-aeroapi-key-here
SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
TWILIO_API_KEY_SECRET=
''')

add("eml/decoy-revoked-notice", "shuttle/hanao/notes/mail/samsara_token_revoked.eml",
    "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Kiko Perez <kiko@hanaoshuttle.gu>
To: Vicky Quinata <vicky@hanaoshuttle.gu>
Subject: Samsara token revoked
Date: Mon, 02 Nov 2026 09:12:30 +1000
Content-Type: text/plain; charset=utf-8

Vicky - the Samsara token showed up in the dispatch debug log this morning, so I revoked it
(Samsara -> Settings -> API Tokens -> "dispatch-prod", revoked 09:05). New one is in SSM only.
Debug logging is off again. Ti un yuyute' i log files gi drive (please delete the copies).
- Kiko
''')

add("yaml/decoy-github-actions-secrets-ref", "shuttle/hanao/.github/workflows/driver-release.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: driver-release
on:
  push:
    tags: ['driver-v*']
jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with: { flutter-version: '3.24.3' }
      - run: echo "${{ secrets.HANAO_KEYSTORE_B64 }}" | base64 -d > android/app/release.jks
      - run: flutter build appbundle --release
        env:
          HANAO_STORE_PASSWORD: ${{ secrets.HANAO_STORE_PASSWORD }}
          HANAO_KEY_PASSWORD: ${{ secrets.HANAO_KEY_PASSWORD }}
''')

add("txt/decoy-square-ids-note", "catering/nengkanno/notes/square_ids.txt",
    "https://developer.squareup.com/docs/build-basics/common-data-types/working-with-ids", r'''
Square IDs (ti secret - IDs ha', para i developer)

Location (Hagåtña kitchen):  L8Q2T6HAGATNA
Location (Dededo pickup):    LDEDEDOPICKUP1
Catalog - Fiesta plate:      6ZQK3X2BMHNENGKANNO4FPLT
Catalog - Party tray red rice: 3MHXK7Q2VNENGKANNOREDRCE
Application ID (sandbox):    sandbox-sq0idb-Nengkanno0Sandbox00App
''')

add("sh/history-psql-password-env", "shuttle/hanao/ops/vicky_zsh_history.txt",
    "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
: 1730505012:0;cd ~/hanao/reports
: 1730505040:0;PGPASSWORD='@@s@@' psql -h 10.40.8.5 -U readonly hanao -c "\copy (select * from pickups where day = current_date + 1) to 'manifest.csv' csv header"
: 1730505101:0;open manifest.csv
: 1730505230:0;git status
: 1730505244:0;exit
''', fakes.redis_password(_seed()))

add("yaml/decoy-onepassword-refs", "catering/nengkanno/deploy/op-env.yaml",
    "https://developer.1password.com/docs/cli/secret-references/", r'''
# `op run --env-file` style references; resolved at deploy time by the 1Password CLI
SQUARE_ACCESS_TOKEN: op://Nengkanno Ops/Square production/credential
SQUARE_APPLICATION_SECRET: op://Nengkanno Ops/Square production/application secret
MAILGUN_API_KEY: op://Nengkanno Ops/Mailgun/api key
DATABASE_URL: op://Nengkanno Ops/Postgres prod/connection string
TWILIO_AUTH_TOKEN: op://Nengkanno Ops/Twilio/auth token
''')

add("txt/note-kitchen-tablet-pin", "catering/nengkanno/notes/kusina_tablets.md",
    "https://support.google.com/a/answer/7382640", r'''
# Kusina tablets (Samsung Tab A9, 4 units)

- Kiosk mode app: Fully Kiosk Browser, start URL https://kusina.guma-nengkanno.com/prep
- Google account for all 4: kusina.tablets@guma-nengkanno.com
  password: @@s@@   (Tony only - ti para i cooks)
- Fully Kiosk remote admin: http://192.168.50.40:2323 (same pw as above)
- Charge overnight gi office. Esta ma'yulang i tablet #3 screen (cracked), order a new one.
''', words_pw())
