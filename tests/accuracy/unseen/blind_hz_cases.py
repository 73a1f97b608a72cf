"""Blind set HZ: mobile mechanics and roadside repair vans.

Dispatch and job apps for mobile mechanic crews, van telematics (Samsara, Geotab, Motive), shop
management (Shopmonkey, Tekmetric), parts ordering, payments in the field, van routers and OBD
dongles, roadside-assistance partner feeds, and their CI, infrastructure, runbooks and exports.
Generated fakes only (seeds 3310000-3319999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3310000, 3319999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Torque", "Piston", "Camber", "Gasket", "Ratchet", "Bearing", "Clutch", "Spanner", "Axle", "Radiator",
         "Caliper", "Tappet", "Manifold", "Sprocket", "Chassis", "Bushing", "Dipstick", "Throttle", "Alloy", "Crank"]
LOWER = ["wrench", "jumper", "tow", "socket", "valve", "spark", "brake", "tyre", "gauge", "hoist",
         "winch", "coolant", "fuse", "piston", "diesel", "idle"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_api_key_sid() -> str:
    return "SK" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def square_secret() -> str:
    return "sq0csp-" + mixed(43, ALNUM + "-_")


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_key() -> str:
    return "AIza" + mixed(35, ALNUM + "-_")


def mapbox_token(kind: str = "sk") -> str:
    r = _rng()
    user = b64('{"u":"' + r.choice(["roadfix", "vanwrench", "mobimech"]) + '","a":"' + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25)) + '"}').rstrip("=")
    return f"{kind}.{user}." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def samsara_token() -> str:
    return "samsara_api_" + mixed(30)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def pypi_token() -> str:
    return fakes.pypi_token(_seed())


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def binb64(n: int) -> str:
    """Base64 of n random bytes: ciphertext, IVs, tags and digests as tools write them."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def jwt_like() -> str:
    header = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    r = _rng()
    body = b64('{"sub":"' + str(r.randint(10000, 99999)) + '","iss":"shopmonkey","iat":' + str(r.randint(1700000000, 1790000000)) + '}').rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{header}.{body}.{sig}"


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


def vin() -> str:
    r = _rng()
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "1" + "".join(r.choice(alphabet) for _ in range(16))


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
    CASES.append(LabelledCase(f"blind-hz/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env, python, yaml

add("env/stripe-secret-key", "dispatch-api/.env.production", "https://docs.stripe.com/keys", """
# RoadFix dispatch API - production
APP_ENV=production
PORT=8080
DATABASE_URL=postgres://dispatch@db.internal:5432/dispatch
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
CALLOUT_FEE_CENTS=8900
AFTER_HOURS_SURCHARGE_PCT=25
SENTRY_ENVIRONMENT=production
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/samsara-api-token", "fleet-sync/.env", "https://developers.samsara.com/docs/authentication", """
SAMSARA_BASE_URL=https://api.samsara.com
SAMSARA_API_TOKEN=@@secret@@
SAMSARA_ORG_ID=4471902
POLL_VEHICLE_STATS_SECONDS=30
VAN_TAG_IDS=1288341,1288342
LOG_LEVEL=info
""", samsara_token())

add("env/twilio-auth-token", "sms-notify/.env.local", "https://www.twilio.com/docs/iam/credentials/api", """
# texts the customer "your mechanic is 10 minutes away"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM_NUMBER=+15125550187
ETA_TEXT_THRESHOLD_MIN=10
""", hexs(32), sid=twilio_sid())

add("env/database-password", "van-inventory/.env.staging", "https://www.postgresql.org/docs/current/libpq-envars.html", """
PGHOST=inventory-staging.c7xk2lqa9v.us-east-2.rds.amazonaws.com
PGPORT=5432
PGDATABASE=van_stock
PGUSER=van_stock_app
PGPASSWORD=@@secret@@
PGSSLMODE=require
REORDER_THRESHOLD=3
""", words_pw())

add("env/google-maps-server-key", "routing-service/.env", "https://developers.google.com/maps/documentation/directions/get-api-key", """
# server-side Directions + Distance Matrix, unrestricted by referrer (IP-restricted to NAT gw)
GOOGLE_MAPS_SERVER_KEY=@@secret@@
ROUTE_OPTIMIZE=true
MAX_STOPS_PER_VAN=9
DEFAULT_REGION=us
""", google_key())

add("env/sendgrid-api-key", "invoice-mailer/.env.prod", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
MAIL_FROM=invoices@roadfixmobile.com
MAIL_FROM_NAME=RoadFix Mobile Mechanics
SENDGRID_API_KEY=@@secret@@
INVOICE_TEMPLATE_ID=d-4f1a7be23c9d4e0fb8a2c61d77e1a902
INVOICE_BCC=bookkeeping@roadfixmobile.com
""", sendgrid_key())

add("env/mapbox-secret-token", "tracker-web/.env.production.local", "https://docs.mapbox.com/accounts/guides/tokens/", """
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
# secret scope: styles:write, uploads:write (for tile upload of service areas)
MAPBOX_UPLOAD_TOKEN=@@secret@@
NEXT_PUBLIC_SERVICE_AREA=austin-metro
NEXT_PUBLIC_MAP_STYLE=mapbox://styles/mapbox/streets-v12
""", mapbox_token("sk"), pk=mapbox_token("pk"))

add("env/redis-password", "jobqueue/.env", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
REDIS_URL=redis://:@@secret@@@jobs-redis.roadfix.internal:6379/2
QUEUE_NAME=callouts
WORKER_CONCURRENCY=4
RETRY_LIMIT=5
DEAD_LETTER_QUEUE=callouts-dlq
""", fakes.redis_password(_seed()))

add("python/shopmonkey-api-key", "shopmonkey_sync/client.py", "https://shopmonkey.dev/overview/authentication", '''
"""Pull work orders from Shopmonkey for the mobile crew's day sheet."""
import requests

SHOPMONKEY_URL = "https://api.shopmonkey.cloud/v3"
API_KEY = "@@secret@@"


def open_orders(location_id: str):
    resp = requests.get(
        f"{SHOPMONKEY_URL}/order",
        params={"locationId": location_id, "status": "open"},
        headers={"Authorization": f"Bearer {API_KEY}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["data"]
''', jwt_like())

add("python/tekmetric-client-secret", "tekmetric/auth.py", "https://api.tekmetric.com/", '''
import base64

import httpx

TOKEN_URL = "https://shop.tekmetric.com/api/v1/oauth/token"
CLIENT_ID = "b3c1e0a95f7d4a22"
CLIENT_SECRET = "@@secret@@"


def get_token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = httpx.post(TOKEN_URL, headers={"Authorization": f"Basic {basic}"},
                   data={"grant_type": "client_credentials"})
    r.raise_for_status()
    return r.json()["access_token"]
''', mixed(32))

add("python/geotab-password", "scripts/geotab_odometer_pull.py", "https://developers.geotab.com/myGeotab/guides/concepts/", '''
#!/usr/bin/env python3
"""Nightly: odometer per van from MyGeotab, for the oil-change schedule."""
import mygeotab

api = mygeotab.API(
    username="fleet-reports@roadfixmobile.com",
    password="@@secret@@",
    database="roadfix_fleet",
)
api.authenticate()

for device in api.get("Device"):
    status = api.get("StatusData", search={
        "deviceSearch": {"id": device["id"]},
        "diagnosticSearch": {"id": "DiagnosticOdometerAdjustmentId"},
        "resultsLimit": 1,
    })
    if status:
        print(device["name"], round(status[0]["data"] / 1609.34))
''', words_pw())

add("python/aws-secret-access-key", "tools/upload_inspection_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
import sys
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "roadfix-inspection-photos"

for photo in Path(sys.argv[1]).glob("*.jpg"):
    key = f"jobs/{sys.argv[2]}/{photo.name}"
    s3.upload_file(str(photo), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg"})
    print("uploaded", key)
''', *(lambda p: (p[1],))(_P := aws_pair()), kid=_P[0])

add("python/telegram-bot-token", "bots/dispatch_bot.py", "https://core.telegram.org/bots/api", '''
"""Posts new roadside callouts to the crew's Telegram group."""
import logging

from telegram.ext import Application, CommandHandler

BOT_TOKEN = "@@secret@@"
CREW_CHAT_ID = -1001877234410


async def onshift(update, context):
    await update.message.reply_text("Marked on shift. Callouts will be pushed here.")


def main():
    logging.basicConfig(level=logging.INFO)
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("onshift", onshift))
    app.run_polling()


if __name__ == "__main__":
    main()
''', telegram_token())

add("python/smtp-password", "reports/send_daily_summary.py", "https://docs.python.org/3/library/smtplib.html", '''
import smtplib
from email.message import EmailMessage

from reports.summary import build_summary

msg = EmailMessage()
msg["Subject"] = "Daily van summary"
msg["From"] = "ops@roadfixmobile.com"
msg["To"] = "owners@roadfixmobile.com"
msg.set_content(build_summary())

with smtplib.SMTP("smtp.office365.com", 587) as smtp:
    smtp.starttls()
    smtp.login("ops@roadfixmobile.com", "@@secret@@")
    smtp.send_message(msg)
''', words_pw())

add("python/fleetio-api-key", "fleetio/sync_service_entries.py", "https://developer.fleetio.com/docs/overview/quick-start", '''
import requests

FLEETIO = "https://secure.fleetio.com/api/v1"
HEADERS = {
    "Authorization": "Token @@secret@@",
    "Account-Token": "a91c2e7f04",
    "Content-Type": "application/json",
}


def log_service(vehicle_id: int, odometer: int, notes: str) -> dict:
    body = {"vehicle_id": vehicle_id, "odometer": odometer, "completed_at": "now", "notes": notes}
    r = requests.post(f"{FLEETIO}/service_entries", json=body, headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()
''', hexs(40))

add("python/square-access-token", "payments/square_field.py", "https://developer.squareup.com/docs/build-basics/access-tokens", '''
from square.client import Client

# split so the linter stops flagging the long line
_TOKEN = ("@@a@@"
          "@@b@@")

client = Client(access_token=_TOKEN, environment="production")


def charge_card_on_file(customer_id: str, card_id: str, cents: int, job_id: str):
    return client.payments.create_payment(body={
        "source_id": card_id,
        "customer_id": customer_id,
        "idempotency_key": job_id,
        "amount_money": {"amount": cents, "currency": "USD"},
        "note": f"Mobile repair job {job_id}",
    })
''', *(lambda t: (t,))(_T := square_token()), a=_T[:30], b=_T[30:])

add("python/django-secret-key", "bookings/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.roadfixmobile.com"]
SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://book.roadfixmobile.com"]
SESSION_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', fakes.django_secret_key(_seed()))

add("python/openai-api-key", "diag_assistant/llm.py", "https://platform.openai.com/docs/api-reference/authentication", '''
"""Turns a DTC list + symptoms into a likely-cause checklist for the tech."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = """You are a master mechanic. Codes: {codes}. Symptoms: {symptoms}.
List the three most likely causes and a roadside check for each."""


def checklist(codes, symptoms):
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(codes=", ".join(codes), symptoms=symptoms)}],
    )
    return out.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/mongodb-password", "telemetry/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''
from pymongo import MongoClient

MONGO_URI = "mongodb+srv://obd_ingest:@@secret@@@vans.x9k2p.mongodb.net/telemetry?retryWrites=true&w=majority"

client = MongoClient(MONGO_URI)
readings = client.telemetry.obd_readings
readings.create_index([("van_id", 1), ("ts", -1)])


def save(van_id: str, pid: str, value: float, ts):
    readings.insert_one({"van_id": van_id, "pid": pid, "value": value, "ts": ts})
''', rand_pw(16))

add("python/stripe-webhook-secret", "webhooks/stripe_events.py", "https://docs.stripe.com/webhooks#verify-official-libraries", '''
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
endpoint_secret = "@@secret@@"


@app.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(payload, sig, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        mark_job_paid(event["data"]["object"]["metadata"]["job_id"])
    return "", 204
''', stripe_whsec())

add("python/motive-api-key", "motive/hos_export.py", "https://developer.gomotive.com/reference/authentication", '''
import csv
import sys

import requests

MOTIVE_KEY = "@@secret@@"

resp = requests.get(
    "https://api.keeptruckin.com/v1/vehicle_locations",
    headers={"X-Api-Key": MOTIVE_KEY, "Accept": "application/json"},
    params={"per_page": 100},
    timeout=30,
)
w = csv.writer(sys.stdout)
w.writerow(["van", "lat", "lon", "located_at"])
for v in resp.json()["vehicles"]:
    loc = v["vehicle"]["current_location"] or {}
    w.writerow([v["vehicle"]["number"], loc.get("lat"), loc.get("lon"), loc.get("located_at")])
''', uuid_s())

add("yaml/smtp-password", "config/notifications.yml", "https://guides.rubyonrails.org/action_mailer_basics.html", """
production:
  delivery_method: smtp
  smtp:
    address: smtp.mailgun.org
    port: 587
    domain: mg.fixitvans.co
    user_name: postmaster@mg.fixitvans.co
    password: "@@secret@@"
    authentication: plain
    enable_starttls_auto: true
  default_from: "FixIt Vans <jobs@fixitvans.co>"
""", mixed(32))

add("yaml/partstech-api-key", "config/parts_suppliers.yaml", "https://partstech.com/api", """
suppliers:
  partstech:
    base_url: https://api.partstech.com
    partner_id: roadfix-mobile
    user: purchasing@roadfixmobile.com
    api_key: @@secret@@
    preferred_stores:
      - napa-austin-4412
      - oreilly-round-rock-0917
  worldpac:
    enabled: false
""", hexs(32))

add("yaml/mailgun-api-key", "deploy/values-prod.yaml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
replicaCount: 2
image:
  repository: ghcr.io/fixitvans/quote-service
  tag: "2.14.1"
env:
  MAILGUN_DOMAIN: mg.fixitvans.co
  MAILGUN_API_KEY: "@@secret@@"
  QUOTE_EXPIRY_DAYS: "7"
resources:
  limits:
    memory: 256Mi
""", mailgun_key())

add("yaml/slack-webhook", "alerts/van-health-rules.yaml", "https://api.slack.com/messaging/webhooks", """
groups:
  - name: van-health
    rules:
      - alert: CoolantTempHigh
        expr: obd_coolant_temp_celsius > 108
        for: 2m
        labels:
          severity: page
notify:
  slack:
    channel: "#van-breakdowns"
    webhook_url: @@secret@@
""", slack_webhook())

add("yaml/braintree-private-key", "config/braintree.yml", "https://developer.paypal.com/braintree/docs/start/hello-server", """
production:
  environment: production
  merchant_id: 7rkt4q2bwm9zdy5c
  public_key: nwy8p2xzd4gg5q3b
  private_key: @@secret@@
  currency: USD
  descriptor: "MOBILEMECH*REPAIR"
""", hexs(32))
_K = aws_pair()
add("yaml/aws-secret-access-key", "serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """
service: roadside-intake
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    INTAKE_TABLE: roadside-intake-${sls:stage}
    PHOTO_BUCKET_KEY_ID: @@kid@@
    PHOTO_BUCKET_SECRET: @@secret@@
functions:
  intake:
    handler: handler.intake
    events:
      - httpUrl: true
""", _K[1], kid=_K[0])

add("json/geotab-password", "config/geotab.json", "https://developers.geotab.com/myGeotab/guides/concepts/", """
{
  "server": "my.geotab.com",
  "database": "fixit_vans",
  "userName": "api-integration@fixitvans.co",
  "password": "@@secret@@",
  "feed": {
    "types": ["LogRecord", "StatusData", "FaultData"],
    "pollSeconds": 60
  }
}
""", words_pw())

add("json/firebase-service-account", "android-app/keys/roadfix-tech-app-firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup", """
{
  "type": "service_account",
  "project_id": "roadfix-tech-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9d@roadfix-tech-app.iam.gserviceaccount.com",
  "client_id": "104827364501928374650",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\\n", "\n").replace("\n", "\\n"), kid=hexs(40))

add("json/twilio-api-secret", "functions/.runtimeconfig.json", "https://www.twilio.com/docs/iam/api-keys", """
{
  "twilio": {
    "account_sid": "@@sid@@",
    "api_key": "@@ksid@@",
    "api_secret": "@@secret@@",
    "from": "+17375550142"
  },
  "dispatch": {
    "region": "central-tx"
  }
}
""", mixed(32), sid=twilio_sid(), ksid=twilio_api_key_sid())

add("json/smartcar-client-secret", "oem-link/appsettings.Production.json", "https://smartcar.com/docs/getting-started/dashboard-overview", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Smartcar": {
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "RedirectUri": "https://app.vanwrench.com/oem/callback",
    "Mode": "live",
    "Scopes": [ "read_odometer", "read_vehicle_info", "read_battery", "read_engine_oil" ]
  }
}
""", uuid_s(), cid=uuid_s())

add("json/paypal-client-secret", "billing/paypal.config.json", "https://developer.paypal.com/api/rest/authentication/", """
{
  "mode": "live",
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "webhook_id": "8PT597110X687430LKGECATA",
  "brand_name": "VanWrench Mobile Auto Repair"
}
""", "E" + mixed(79, ALNUM + "-_"), cid="A" + mixed(79, ALNUM + "-_"))

_CS = "cs1." + mixed(50).lower()
add("json/servicetitan-client-secret", "integrations/servicetitan/credentials.json", "https://developer.servicetitan.io/docs/get-going-authentication/", """
{
  "tenantId": 1748203,
  "appKey": "ak1.@@ak@@",
  "clientId": "cid.@@cid@@",
  "clientSecret": "@@secret@@",
  "authUrl": "https://auth.servicetitan.io/connect/token",
  "apiBase": "https://api.servicetitan.io"
}
""", _CS, ak=mixed(24).lower(), cid=mixed(25).lower())

add("toml/pypi-token", "tools/obd-decoder/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# kept next to pyproject so `make release` finds it; copy to ~/.pypirc
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", pypi_token())

add("toml/database-password", "crewapp/config/prod.toml", "https://toml.io/en/v1.0.0", """
[server]
bind = "0.0.0.0:8443"
workers = 4

[database]
host = "crewapp-prod.cluster-cq8r1z.us-east-2.rds.amazonaws.com"
port = 5432
name = "crewapp"
user = "crewapp_rw"
password = "@@secret@@"
pool_max = 20

[features]
photo_upload = true
signature_capture = true
""", rand_pw(24, "-_"))

add("toml/github-token", ".cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", """
[net]
git-fetch-with-cli = true

[registries.vanwrench]
index = "sparse+https://cargo.vanwrench.dev/index/"

[env]
# used by build.rs to fetch the private DTC dictionary from the vanwrench/dtc-db repo
DTC_DB_GITHUB_TOKEN = "@@secret@@"
""", github_token())

add("ini/ftp-password", "catalog_upload/settings.ini", "https://docs.python.org/3/library/configparser.html", """
[catalog]
source = /srv/exports/labor_times.csv
schedule = 02:30

[ftp]
host = ftp.autopartsdirect.example-vendor.com
port = 21
user = roadfix_upload
password = @@secret@@
remote_dir = /incoming/roadfix
passive = yes
""", words_pw())

add("ini/ldap-bind-password", "helpdesk/sssd.conf", "https://sssd.io/docs/", """
[sssd]
services = nss, pam
domains = fixitvans.local

[domain/fixitvans.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.fixitvans.local
ldap_search_base = dc=fixitvans,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Service Accounts,dc=fixitvans,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("ini/mysql-password", "tablet-backend/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
host=10.40.2.15
user=jobs_ro
password="@@secret@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", rand_pw(18, "!#%"))

add("ini/router-admin-password", "vans/peplink/van-07.ini", "https://www.peplink.com/support/", """
; Peplink MAX BR1 Mini in van 07 (Ford Transit, plate TXK-4471)
[device]
model = MAX BR1 Mini
serial = 2935-A1B7-3C90
lan_ip = 192.168.50.1

[admin]
user = admin
password = @@secret@@

[wifi]
ssid = RoadFix-Van07
""", words_pw())

add("go/stripe-secret-key", "internal/billing/stripe.go", "https://docs.stripe.com/keys", '''
package billing

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
)

func init() {
	stripe.Key = "@@secret@@"
}

// ChargeCallout creates a PaymentIntent for a roadside callout.
func ChargeCallout(jobID string, cents int64, customer string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String(string(stripe.CurrencyUSD)),
		Customer: stripe.String(customer),
	}
	params.AddMetadata("job_id", jobID)
	return paymentintent.New(params)
}
''', stripe_key())

add("go/samsara-api-token", "cmd/vanstats/main.go", "https://developers.samsara.com/docs/authentication", '''
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

const samsaraToken = "@@secret@@"

func main() {
	req, _ := http.NewRequest("GET", "https://api.samsara.com/fleet/vehicles/stats?types=engineStates,fuelPercents", nil)
	req.Header.Set("Authorization", "Bearer "+samsaraToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
''', samsara_token())

add("go/postgres-password", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", '''
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://dispatcher:@@secret@@@10.20.0.12:5432/callouts?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 10
	return pgxpool.NewWithConfig(ctx, cfg)
}
''', rand_pw(20))

add("java/twilio-auth-token", "src/main/java/com/vanwrench/notify/SmsSender.java", "https://www.twilio.com/docs/libraries/reference/twilio-java", '''
package com.vanwrench.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public final class SmsSender {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";
    private static final PhoneNumber FROM = new PhoneNumber("+16125550199");

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public static String techOnTheWay(String to, String techName, int etaMinutes) {
        String body = techName + " from VanWrench is on the way, ETA " + etaMinutes + " min.";
        return Message.creator(new PhoneNumber(to), FROM, body).create().getSid();
    }
}
''', hexs(32), sid=twilio_sid())

add("java/database-password", "src/main/java/com/roadfix/parts/DataSourceConfig.java", "https://github.com/brettwooldridge/HikariCP", '''
package com.roadfix.parts;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSourceConfig {
    @Bean
    public HikariDataSource partsDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:sqlserver://parts-sql.roadfix.local:1433;databaseName=PartsCatalog;encrypt=true");
        cfg.setUsername("parts_app");
        cfg.setPassword("@@secret@@");
        cfg.setMaximumPoolSize(8);
        return new HikariDataSource(cfg);
    }
}
''', words_pw())

add("kotlin/google-maps-server-key", "app/src/main/java/com/roadfix/tech/route/DirectionsClient.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", '''
package com.roadfix.tech.route

import okhttp3.OkHttpClient
import okhttp3.Request

object DirectionsClient {
    // server key (Directions API), moved here from the backend "temporarily"
    private const val DIRECTIONS_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun route(fromLat: Double, fromLng: Double, toLat: Double, toLng: Double): String {
        val url = "https://maps.googleapis.com/maps/api/directions/json" +
            "?origin=$fromLat,$fromLng&destination=$toLat,$toLng&key=$DIRECTIONS_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
''', google_key())

add("kotlin/onesignal-rest-key", "server/src/main/kotlin/push/PushService.kt", "https://documentation.onesignal.com/reference/keys-ids", '''
package push

import io.ktor.client.*
import io.ktor.client.request.*
import io.ktor.http.*

class PushService(private val client: HttpClient) {
    private val appId = "@@app@@"
    private val restKey = "@@secret@@"

    suspend fun jobAssigned(techExternalId: String, jobRef: String) {
        client.post("https://api.onesignal.com/notifications") {
            header(HttpHeaders.Authorization, "Key $restKey")
            contentType(ContentType.Application.Json)
            setBody("""{"app_id":"$appId","include_aliases":{"external_id":["$techExternalId"]},"contents":{"en":"New job $jobRef"}}""")
        }
    }
}
''', "os_v2_app_" + mixed(110, "abcdefghijklmnopqrstuvwxyz234567"), app=uuid_s())

add("csharp/azure-storage-key", "VanWrench.Invoices/Program.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''
using Azure.Storage.Blobs;

var conn = "DefaultEndpointsProtocol=https;AccountName=vanwrenchinvoices;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "signed-invoices");
await container.CreateIfNotExistsAsync();

foreach (var pdf in Directory.GetFiles(args[0], "*.pdf"))
{
    var blob = container.GetBlobClient(Path.GetFileName(pdf));
    await blob.UploadAsync(pdf, overwrite: true);
    Console.WriteLine($"uploaded {blob.Name}");
}
''', azure_storage_key())

add("csharp/sql-server-password", "FleetPortal/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Fleet": "Server=tcp:fleetportal.database.windows.net,1433;Initial Catalog=Fleet;User ID=fleetadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("php/mysql-password", "public_html/booking/config.php", "https://www.php.net/manual/en/pdo.construct.php", '''
<?php
// Mobile mechanic booking form - Bluehost
define('DB_HOST', 'localhost');
define('DB_NAME', 'mechbook_wp');
define('DB_USER', 'mechbook_user');
define('DB_PASS', '@@secret@@');

$pdo = new PDO('mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=utf8mb4', DB_USER, DB_PASS, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$services = ['battery' => 'Battery replacement', 'brakes' => 'Brake pads', 'nostart' => 'No-start diagnosis'];
''', words_pw())

add("php/square-access-token", "wp-content/plugins/mech-pay/mech-pay.php", "https://developer.squareup.com/docs/build-basics/access-tokens", '''
<?php
/*
Plugin Name: Mech Pay
Description: Take a deposit on a mobile repair booking with Square.
*/
use Square\\SquareClient;

function mech_pay_client() {
    return new SquareClient([
        'accessToken' => '@@secret@@',
        'environment' => 'production',
    ]);
}

add_action('rest_api_init', function () {
    register_rest_route('mechpay/v1', '/deposit', ['methods' => 'POST', 'callback' => 'mech_pay_deposit']);
});
''', square_token())

add("ruby/sendgrid-api-key", "config/initializers/sendgrid.rb", "https://github.com/sendgrid/sendgrid-ruby", '''
require "sendgrid-ruby"

SENDGRID = SendGrid::API.new(api_key: "@@secret@@")

module QuoteMailer
  def self.deliver(to:, quote_pdf_url:)
    mail = SendGrid::Mail.new
    mail.from = SendGrid::Email.new(email: "quotes@mobilemechpro.com")
    mail.subject = "Your repair quote"
    personalization = SendGrid::Personalization.new
    personalization.add_to(SendGrid::Email.new(email: to))
    mail.add_personalization(personalization)
    mail.add_content(SendGrid::Content.new(type: "text/plain", value: "Quote: #{quote_pdf_url}"))
    SENDGRID.client.mail._("send").post(request_body: mail.to_json)
  end
end
''', sendgrid_key())

add("ruby/jobber-client-secret", "lib/jobber/oauth.rb", "https://developer.getjobber.com/docs/building_your_app/app_authorization/", '''
require "oauth2"

module Jobber
  CLIENT_ID = "@@cid@@"
  CLIENT_SECRET = "@@secret@@"

  def self.client
    OAuth2::Client.new(CLIENT_ID, CLIENT_SECRET,
      site: "https://api.getjobber.com",
      authorize_url: "/api/oauth/authorize",
      token_url: "/api/oauth/token")
  end
end
''', mixed(64), cid=uuid_s())
add("rust/mqtt-password", "obd-gateway/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", '''
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let van_id = std::env::var("VAN_ID").unwrap_or_else(|_| "van-00".into());
    let mut opts = MqttOptions::new(&van_id, "mqtt.vanwrench.io", 8883);
    opts.set_credentials("obd-gateway", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut eventloop) = AsyncClient::new(opts, 64);
    client.subscribe(format!("vans/{van_id}/cmd"), QoS::AtLeastOnce).await.unwrap();
    loop {
        if let Err(e) = eventloop.poll().await {
            eprintln!("mqtt: {e}");
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    }
}
''', rand_pw(22))

add("rust/sendgrid-api-key", "invoice-rs/src/mail.rs", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", '''
use reqwest::Client;
use serde_json::json;

const SENDGRID_KEY: &str = "@@secret@@";

pub async fn send_invoice(client: &Client, to: &str, pdf_url: &str) -> reqwest::Result<()> {
    client
        .post("https://api.sendgrid.com/v3/mail/send")
        .bearer_auth(SENDGRID_KEY)
        .json(&json!({
            "personalizations": [{"to": [{"email": to}]}],
            "from": {"email": "billing@vanwrench.com"},
            "subject": "Your VanWrench invoice",
            "content": [{"type": "text/plain", "value": format!("Invoice: {pdf_url}")}]
        }))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
''', sendgrid_key())

add("swift/stripe-secret-key", "TechApp/Services/PaymentService.swift", "https://docs.stripe.com/keys", '''
import Foundation

enum PaymentConfig {
    static let publishableKey = "@@pk@@"
    // TODO: move refunds to the backend, this should not ship in the app
    static let secretKey = "@@secret@@"
}

final class RefundService {
    func refund(paymentIntent: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(PaymentConfig.secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "payment_intent=\\(paymentIntent)".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
''', stripe_key(), pk=stripe_key("pk_live_"))

add("swift/firebase-server-key", "TechApp/Push/LegacyPush.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", '''
import Foundation

struct LegacyPush {
    // FCM legacy server key (Cloud Messaging tab)
    private let serverKey = "@@secret@@"

    func notify(token: String, title: String) {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try? JSONSerialization.data(withJSONObject: ["to": token, "notification": ["title": title]])
        URLSession.shared.dataTask(with: req).resume()
    }
}
''', "AAAA" + mixed(7) + ":APA91b" + mixed(134, ALNUM + "-_"))

add("typescript/slack-bot-token", "src/slack/notify.ts", "https://api.slack.com/authentication/token-types", '''
import { WebClient } from "@slack/web-api";

const slack = new WebClient("@@secret@@");

export async function postBreakdown(vanName: string, dtc: string[], lat: number, lng: number) {
  await slack.chat.postMessage({
    channel: "C04VANDOWN",
    text: `:rotating_light: ${vanName} reported ${dtc.join(", ")} at https://maps.google.com/?q=${lat},${lng}`,
  });
}
''', slack_bot())

add("typescript/urgently-partner-key", "src/partners/urgently.ts", "https://www.geturgently.com/", '''
import axios from "axios";

const urgently = axios.create({
  baseURL: "https://partner-api.geturgently.com/v2",
  headers: {
    "x-partner-id": "vanwrench-austin",
    "x-api-key": "@@secret@@",
  },
  timeout: 10_000,
});

export async function acceptDispatch(dispatchId: string, etaMinutes: number) {
  const { data } = await urgently.post(`/dispatches/${dispatchId}/accept`, { etaMinutes });
  return data;
}
''', mixed(40))

add("typescript/postgres-password", "prisma/seed.ts", "https://www.prisma.io/docs/orm/reference/connection-urls", '''
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://mechpro:@@secret@@@mechpro-db.fly.dev:5432/mechpro" } },
});

async function main() {
  await prisma.serviceType.createMany({
    data: [
      { code: "BATT", name: "Battery test & replace", minutes: 30 },
      { code: "BRKF", name: "Front brake pads", minutes: 75 },
      { code: "JUMP", name: "Jump start", minutes: 15 },
    ],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
''', rand_pw(24))

add("typescript/auth0-client-secret", "api/src/auth/management.ts", "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens", '''
import { ManagementClient } from "auth0";

export const management = new ManagementClient({
  domain: "mobilemechpro.us.auth0.com",
  clientId: "@@cid@@",
  clientSecret: "@@secret@@",
});

export async function disableTech(userId: string) {
  await management.users.update({ id: userId }, { blocked: true });
}
''', mixed(64, ALNUM + "-_"), cid=mixed(32))

add("shell/verizon-connect-password", "scripts/pull_verizon_connect_stops.sh", "https://developer.verizonconnect.com/", '''
#!/usr/bin/env bash
# Pull yesterday's stops for all vans from Verizon Connect Reveal.
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -sS -u "REST_vanwrench_api:@@secret@@" \\
  -H "Accept: application/json" \\
  "https://fim.api.us.fleetmatics.com/rad/v1/vehicles/stops?startdatetimeutc=${DAY}T00:00:00Z" \\
  -o "stops-${DAY}.json"
jq '.[] | {van: .VehicleNumber, arrive: .ArrivalTime, address: .Address.AddressLine1}' "stops-${DAY}.json"
''', words_pw())

add("shell/aws-secret-access-key", "scripts/backup_job_photos.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", '''
#!/bin/sh
# cron on the office NAS: mirror tech photos to S3 every night
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-west-2

aws s3 sync /volume1/job-photos s3://mobilemechpro-photos/ --storage-class STANDARD_IA --only-show-errors
echo "$(date) photos synced" >> /var/log/photo-sync.log
''', (_K := aws_pair())[1], kid=_K[0])

add("shell/redis-password", "ops/flush_stale_eta.sh", "https://redis.io/docs/latest/develop/tools/cli/", '''
#!/usr/bin/env bash
# ETA cache goes stale when a van's GPS drops; clear it for one van.
VAN="${1:?usage: flush_stale_eta.sh VAN_ID}"
redis-cli -h eta-cache.vanwrench.internal -p 6379 -a '@@secret@@' --no-auth-warning \\
  DEL "eta:${VAN}" "route:${VAN}"
echo "cleared ETA cache for ${VAN}"
''', fakes.redis_password(_seed()))

add("shell/mysql-password", "deploy/migrate.sh", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", '''
#!/bin/bash
set -e
cd "$(dirname "$0")/../migrations"
for f in $(ls *.sql | sort); do
  echo "applying $f"
  mysql -h 127.0.0.1 -P 3306 -u jobs_admin -p'@@secret@@' mechbook < "$f"
done
''', words_pw())

add("shell/github-token", "ci/fetch_private_deps.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", '''
#!/usr/bin/env bash
set -euo pipefail
# dtc-dictionary is private; pip installs it from the git URL
GH_TOKEN=@@secret@@
pip install "git+https://${GH_TOKEN}@github.com/vanwrench/dtc-dictionary.git@v3.2.0"
pip install -r requirements.txt
''', github_token())

add("powershell/sql-server-password", "scripts/Export-DailyInvoices.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", '''
# Export yesterday's invoices for the bookkeeper
$day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
$params = @{
    ServerInstance = "OFFICE-SQL01\\SHOPDB"
    Database       = "MobileShop"
    Username       = "report_user"
    Password       = "@@secret@@"
    Query          = "SELECT InvoiceNo, Customer, Total FROM Invoices WHERE CAST(InvoiceDate AS date) = '$day'"
}
Invoke-Sqlcmd @params | Export-Csv -NoTypeInformation -Path "\\\\nas01\\books\\invoices-$day.csv"
''', words_pw())

add("powershell/smtp-password", "scripts/Send-FleetReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", '''
$secure = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("fleetreports@fixitvans.co", $secure)

$report = Import-Csv "C:\\Reports\\van-mileage.csv" | Sort-Object Miles -Descending | ConvertTo-Html -Fragment
Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $cred -From "fleetreports@fixitvans.co" -To "owner@fixitvans.co" `
    -Subject "Weekly van mileage" -Body ($report | Out-String) -BodyAsHtml
''', words_pw())

add("dockerfile/npm-token", "tech-portal/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", '''
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
''', npm_token())

add("dockerfile/geotab-password", "obd-ingest/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", '''
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY obd_ingest ./obd_ingest
ENV GEOTAB_DATABASE=fixit_vans \\
    GEOTAB_USER=api-integration@fixitvans.co \\
    GEOTAB_PASSWORD=@@secret@@ \\
    PYTHONUNBUFFERED=1
CMD ["python", "-m", "obd_ingest"]
''', words_pw())

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: vanwrench
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: dispatch
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgres://vanwrench@db:5432/dispatch
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata:
""", rand_pw(20))

add("compose/traccar-admin-password", "traccar/docker-compose.yml", "https://www.traccar.org/docker/", """
services:
  traccar:
    image: traccar/traccar:6.2
    restart: unless-stopped
    ports:
      - "8082:8082"
      - "5055:5055"
    environment:
      CONFIG_USE_ENVIRONMENT_VARIABLES: "true"
      DATABASE_DRIVER: com.mysql.cj.jdbc.Driver
      DATABASE_URL: jdbc:mysql://mysql:3306/traccar
      DATABASE_USER: traccar
      DATABASE_PASSWORD: "@@secret@@"
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_DATABASE: traccar
      MYSQL_USER: traccar
      MYSQL_PASSWORD: "@@secret@@"
""", words_pw())

add("k8s-secret/stripe-secret-key", "k8s/prod/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: dispatch
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", (_S := stripe_key()), enc=b64(_S))

add("k8s-secret/samsara-api-token", "k8s/fleet/samsara.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: samsara-credentials
  namespace: fleet
  labels:
    app: vehicle-stats-poller
type: Opaque
stringData:
  token: "@@secret@@"
  org: "4471902"
""", samsara_token())

add("k8s-secret/database-password", "helm/templates/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: crewapp-db
  annotations:
    helm.sh/resource-policy: keep
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@enc@@
""", (_S := words_pw()), enc=b64(_S), u=b64("crewapp_rw"))

add("k8s-secret/github-token", "k8s/base/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: default
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_S := github_token()), enc=b64('{"auths":{"ghcr.io":{"username":"vanwrench-ci","password":"' + _S + '","auth":"' + b64("vanwrench-ci:" + _S) + '"}}}'))
add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", '''
resource "aws_db_instance" "dispatch" {
  identifier              = "vanwrench-dispatch"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "dispatch"
  username                = "dispatch_admin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
}
''', words_pw())

add("terraform/aws-secret-access-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", '''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
  default_tags {
    tags = { Project = "roadfix-dispatch", Owner = "ops" }
  }
}
''', (_K := aws_pair())[1], kid=_K[0])

add("terraform/datadog-api-key", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", '''
provider "datadog" {
  api_key = "@@secret@@"
  app_key = "@@app@@"
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "van_offline" {
  name    = "Van tracker offline > 30m"
  type    = "metric alert"
  query   = "max(last_30m):sum:vanwrench.tracker.heartbeat{*} by {van} < 1"
  message = "@slack-van-breakdowns {{van.name}} stopped reporting"
}
''', hexs(32), app=hexs(40))

add("ansible/router-admin-password", "ansible/host_vars/van-12.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
ansible_host: 100.72.14.12
ansible_user: admin
ansible_password: "@@secret@@"
ansible_network_os: routeros
van_name: "Van 12 - Sprinter 2500"
lte_apn: vzwinternet
wifi_ssid: FixItVan12
""", words_pw())

add("ansible/smtp-password", "ansible/roles/postfix/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "@@secret@@"
postfix_inet_interfaces: loopback-only
postfix_mydestination: ""
postfix_myorigin: alerts.vanwrench.com
""", sendgrid_key())

add("ansible/wifi-psk", "ansible/group_vars/vans.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/", """
---
# every van hotspot gets the same tech network
van_wifi:
  ssid: "VanWrench-Tech"
  security: wpa2-psk
  psk: "@@secret@@"
  band: 5ghz-a/n/ac
tablet_vlan: 20
obd_dongle_vlan: 30
""", passphrase())

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://docs.github.com/en/actions/publishing-packages", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", pypi_token())

add("github-actions/slack-webhook", ".github/workflows/deploy.yml", "https://github.com/slackapi/slack-github-action", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
      - name: tell ops
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"dispatch deploy ${{ job.status }}"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/docker-hub-token", ".github/workflows/build-image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: build-image
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: mobilemechpro
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: mobilemechpro/booking:${{ github.sha }}
""", "dckr_pat_" + mixed(27, ALNUM + "-_"))
add("notebook/samsara-api-token", "analysis/idle_time_by_van.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Idle time by van, last 30 days\\n", "Fuel burned while idling at job sites."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, requests\\n",
    "TOKEN = \\"@@secret@@\\"\\n",
    "r = requests.get('https://api.samsara.com/fleet/reports/vehicles/idling',\\n",
    "                 headers={'Authorization': f'Bearer {TOKEN}'}, params={'startTime': '2026-11-01T00:00:00Z'})\\n",
    "df = pd.json_normalize(r.json()['data'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('vehicle.name')['durationMs'].sum().div(3.6e6).sort_values()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", samsara_token())

add("notebook/database-password", "analysis/repeat_customers.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "import pandas as pd\\n",
    "eng = create_engine('mysql+pymysql://analyst:@@secret@@@10.40.2.15/mechbook')\\n",
    "jobs = pd.read_sql('select customer_id, created_at, total from jobs', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["jobs.groupby('customer_id').size().value_counts().sort_index()"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("markdown/router-admin-password", "docs/runbooks/van-hotspot-reset.md", "https://www.cradlepoint.com/", """
# Van hotspot reset (Cradlepoint IBR200)

When the tablet says "No internet" but the router LEDs are green:

1. Park, connect the laptop to `VanWrench-Tech`.
2. Open http://192.168.0.1 and log in as `admin` / `@@secret@@`
   (same on every van since the March re-flash).
3. System > Modem > Reset modem. Wait 90 seconds.
4. If still down, call Verizon business support with the van's ICCID (sticker under the router).

Never factory-reset in the field: the van loses the VPN to the office.
""", words_pw())

add("markdown/partstech-password", "docs/handover/2026-11-ops-handover.md", "https://www.atlassian.com/software/confluence/templates/handover", """
# Ops handover - November 2026 (Dana -> Marcus)

## Accounts you now own
| System | Login | Notes |
|---|---|---|
| Samsara dashboard | ops@fixitvans.co | SSO via Google |
| Tekmetric | marcus@fixitvans.co | invited, accept email |
| PartsTech | purchasing@fixitvans.co | password `@@secret@@` (shared, rotate after Dec 1) |
| Verizon business | account 442-118-9907 | PIN on the paper in the safe |

## Open items
- Van 4 A/C compressor on order (NAPA #4471-2290), ETA Thursday.
- Renew DOT inspection for vans 2 and 9 before Jan 15.
""", words_pw())

add("markdown/agero-client-secret", "README.md", "https://www.makeareadme.com/", """
# agero-dispatch-bridge

Accepts Agero roadside dispatches and turns them into jobs in our board.

## Run locally

```bash
export AGERO_CLIENT_ID=fixitvans-austin
export AGERO_CLIENT_SECRET=@@secret@@
uvicorn bridge.app:app --reload
```

## Endpoints
- `POST /agero/dispatch` - new roadside job (tow, jump, lockout, tire)
- `POST /agero/status` - we push ETA and on-scene updates back
""", mixed(48))

add("sql/smtp-password", "migrations/0042_seed_mail_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- 0042: mail settings now live in the settings table
INSERT INTO app_settings (key, value, updated_by) VALUES
  ('mail.host', 'smtp.zoho.com', 'migration'),
  ('mail.port', '465', 'migration'),
  ('mail.user', 'jobs@mobilemechpro.com', 'migration'),
  ('mail.password', '@@secret@@', 'migration'),
  ('mail.from_name', 'Mobile Mech Pro', 'migration')
ON CONFLICT (key) DO NOTHING;
""", words_pw())

add("sql/mysql-password", "db/init/01_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- users for the tablet sync service and reporting
CREATE USER IF NOT EXISTS 'tablet_sync'@'10.40.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON mechbook.jobs TO 'tablet_sync'@'10.40.%';
GRANT SELECT, INSERT ON mechbook.job_photos TO 'tablet_sync'@'10.40.%';

CREATE USER IF NOT EXISTS 'reporting'@'%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON mechbook.* TO 'reporting'@'%';
FLUSH PRIVILEGES;
""", rand_pw(20, "#%"))

add("xml/soap-password", "config/AlldataConnector.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Alldata.Endpoint" value="https://repair.alldata.com/partnerws/RepairService" />
    <add key="Alldata.ShopId" value="TX-44719" />
    <add key="Alldata.UserName" value="fixitvans_ws" />
    <add key="Alldata.Password" value="@@secret@@" />
    <add key="Alldata.TimeoutSeconds" value="30" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/maven-settings-password", ".mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>roadfix-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>roadfix-nexus</id>
      <url>https://nexus.roadfix.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(24))

add("xml/samsara-api-token", "app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">VanWrench Tech</string>
    <string name="samsara_driver_token" translatable="false">@@secret@@</string>
    <string name="support_phone">+1 512 555 0143</string>
    <string name="dispatch_channel">dispatch-central</string>
</resources>
""", samsara_token())

add("plist/motive-api-key", "TechApp/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>MotiveAPIKey</key>
    <string>@@secret@@</string>
    <key>DispatchBaseURL</key>
    <string>https://dispatch.fixitvans.co/api</string>
    <key>PhotoMaxDimension</key>
    <integer>2048</integer>
</dict>
</plist>
""", uuid_s())

add("plist/twilio-auth-token", "MechPro/Resources/Keys.plist", "https://www.twilio.com/docs/iam/credentials/api", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>TwilioAccountSid</key>
    <string>@@sid@@</string>
    <key>TwilioAuthToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", hexs(32), sid=twilio_sid())

add("properties/database-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
server.port=8443
spring.datasource.url=jdbc:postgresql://crew-db.roadfix.internal:5432/crew
spring.datasource.username=crew_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
roadfix.jobs.max-per-tech=8
""", words_pw())

add("properties/sftp-password", "conf/parts-feed.properties", "https://camel.apache.org/components/latest/sftp-component.html", """
# nightly price file from the parts distributor
feed.sftp.host=sftp.partsdistributor-example.net
feed.sftp.port=22
feed.sftp.user=roadfix
feed.sftp.password=@@secret@@
feed.sftp.dir=/outbound/prices
feed.local.dir=/data/parts/incoming
feed.cron=0 0 3 * * ?
""", rand_pw(16))

add("properties/mapbox-secret-token", "gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# downloads token for the Mapbox Maven repo (DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", mapbox_token("sk"))

add("csv/router-admin-password", "inventory/van_devices.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
van,device,model,serial,ip,admin_user,admin_password
van-01,router,Peplink BR1 Mini,2935-A1B7-0001,192.168.50.1,admin,@@p1@@
van-01,dashcam,Samsara CM32,CM32-8KQ2-11,192.168.50.20,,
van-02,router,Peplink BR1 Mini,2935-A1B7-0002,192.168.50.1,admin,@@secret@@
van-02,obd,Autel MaxiVCI V150,V150-0447,192.168.50.30,,
van-03,router,Peplink BR1 Mini,2935-A1B7-0003,192.168.50.1,admin,@@secret@@
""", words_pw(), p1="changed-see-1password")

add("csv/partner-api-key", "exports/fleet_customers_2026-11.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
account_id,company,contact,email,portal_api_key,plan
F-1001,Lone Star Couriers,Ana Ruiz,ana@lonestarcouriers.example,@@k1@@,fleet-20
F-1002,Hill Country Plumbing,Joe Tran,joe@hcplumbing.example,@@secret@@,fleet-10
F-1003,Capital Florists,May Chen,may@capflorists.example,,payg
F-1004,Bluebonnet HVAC,Raj Patel,raj@bluebonnethvac.example,,payg
""", "vwk_live_" + mixed(32), k1="vwk_live_" + mixed(32))

add("log/postgres-password", "logs/dispatch-api-2026-11-30.log", "https://docs.python.org/3/library/logging.html", """
2026-11-30 06:00:01,114 INFO  dispatch.app starting dispatch-api 3.8.2 (pid 4412)
2026-11-30 06:00:01,120 INFO  dispatch.config loaded profile=production
2026-11-30 06:00:01,121 DEBUG dispatch.db connecting to postgresql://dispatcher:@@secret@@@10.20.0.12:5432/callouts
2026-11-30 06:00:01,305 INFO  dispatch.db pool ready size=10
2026-11-30 06:04:17,882 INFO  dispatch.jobs new callout J-88213 type=jump-start van=van-07 eta=18m
2026-11-30 06:11:52,019 WARN  dispatch.geo van-03 GPS stale for 240s
2026-11-30 06:20:40,551 INFO  dispatch.jobs J-88213 on-scene
""", rand_pw(20))

add("log/housecall-pro-api-token", "logs/partner-bridge-debug.log", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """
[2026-12-01T14:22:07Z] DEBUG http > POST https://api.hcp.example-housecall.com/v1/jobs
[2026-12-01T14:22:07Z] DEBUG http > Content-Type: application/json
[2026-12-01T14:22:07Z] DEBUG http > Authorization: Token @@secret@@
[2026-12-01T14:22:07Z] DEBUG http > {"customer_id":"cus_77120","schedule":{"start":"2026-12-02T15:00:00Z"}}
[2026-12-01T14:22:08Z] DEBUG http < 201 Created
[2026-12-01T14:22:08Z] INFO  job created hcp_job=job_9a1f2 local=J-88401
""", hexs(32))

add("log/telegram-bot-token", "logs/crew-bot.log", "https://core.telegram.org/bots/api#making-requests", """
2026-12-03 07:15:02 INFO  crewbot: polling started
2026-12-03 07:15:32 ERROR crewbot: HTTPSConnectionPool(host='api.telegram.org', port=443): Read timed out. (read timeout=30) url=https://api.telegram.org/bot@@secret@@/getUpdates?offset=488120&timeout=30
2026-12-03 07:15:37 INFO  crewbot: retrying in 5s
2026-12-03 07:15:42 INFO  crewbot: polling resumed
2026-12-03 07:31:09 INFO  crewbot: posted callout J-88502 to chat -1001877234410
""", telegram_token())
# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "dispatch-api/.env.example", "https://12factor.net/config", """
# copy to .env and fill in; never commit the real one
APP_ENV=development
PORT=8080
DATABASE_URL=postgres://dispatch:changeme@localhost:5432/dispatch
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SAMSARA_API_TOKEN=<samsara token from Settings > API Tokens>
TWILIO_AUTH_TOKEN=
""")

add("env/decoy-publishable-key", "booking-web/.env.production", "https://docs.stripe.com/keys#obtain-api-keys", """
VITE_API_BASE=https://api.mobilemechpro.com
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_RECAPTCHA_SITE_KEY=6Lc@@site@@
VITE_SENTRY_DSN=https://@@dsn@@@o4507112.ingest.us.sentry.io/4507113
VITE_GOOGLE_OAUTH_CLIENT_ID=4471020938-@@gc@@.apps.googleusercontent.com
""", pk=stripe_key("pk_live_"), site=mixed(37, ALNUM + "-_"), dsn=hexs(32), gc=mixed(32).lower())

add("env/decoy-env-reference", "fleet-sync/.env.ci", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
SAMSARA_API_TOKEN=${SAMSARA_API_TOKEN}
GEOTAB_PASSWORD=${GEOTAB_PASSWORD:?set in CI}
DATABASE_URL=postgres://fleet:${PGPASSWORD}@db:5432/fleet
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
POLL_VEHICLE_STATS_SECONDS=5
""")

add("env/decoy-ids", "tracker-web/.env", "https://developers.samsara.com/docs/", """
SAMSARA_ORG_ID=4471902
SAMSARA_VEHICLE_TAG=1288341
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
GEOTAB_DATABASE=roadfix_fleet
FLEETIO_ACCOUNT_TOKEN_NAME=Account-Token
DEFAULT_VAN_ID=@@vid@@
""", sid=twilio_sid(), mg=hexs(32), vid=uuid_s())

add("python/decoy-env-lookup", "shopmonkey_sync/settings.py", "https://docs.python.org/3/library/os.html#os.environ", '''
import os

SHOPMONKEY_URL = os.environ.get("SHOPMONKEY_URL", "https://api.shopmonkey.cloud/v3")
API_KEY = os.environ["SHOPMONKEY_API_KEY"]
LOCATION_ID = os.environ.get("SHOPMONKEY_LOCATION_ID", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")
DATABASE_URL = os.getenv("DATABASE_URL", "postgres://localhost/dispatch")
PAGE_SIZE = int(os.getenv("SHOPMONKEY_PAGE_SIZE", "100"))
''')

add("python/decoy-secret-manager", "payments/secrets.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager.html", '''
import json
from functools import lru_cache

import boto3

SECRET_ARN = "arn:aws:secretsmanager:us-east-2:418273645019:secret:prod/payments/stripe-Xk2P9q"


@lru_cache(maxsize=1)
def stripe_secret_key() -> str:
    client = boto3.client("secretsmanager", region_name="us-east-2")
    value = client.get_secret_value(SecretId=SECRET_ARN)["SecretString"]
    return json.loads(value)["STRIPE_SECRET_KEY"]
''')

add("python/decoy-test-fixture", "tests/test_vin_decode.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from vans.vin import decode_vin, is_valid_vin


@pytest.mark.parametrize("vin", ["@@v1@@", "@@v2@@", "1FTBW3XM5HKA12345"])
def test_vin_shape(vin):
    assert len(vin) == 17


def test_check_digit_rejects_typo():
    assert not is_valid_vin("1FTBW3XM5HKA1234O")


def test_decode_returns_make(monkeypatch):
    monkeypatch.setenv("NHTSA_API_KEY", "test-key")
    assert decode_vin("1FTBW3XM5HKA12345", offline=True)["make"] == "FORD"
''', v1=vin(), v2=vin())

add("python/decoy-hash-constants", "firmware/obd_dongle_images.py", "https://docs.python.org/3/library/hashlib.html", '''
"""Known-good firmware images for the OBD dongles in the vans; the updater refuses anything else."""
import hashlib

FIRMWARE_SHA256 = {
    "v2.4.1": "@@h1@@",
    "v2.4.2": "@@h2@@",
    "v2.5.0": "@@h3@@",
}


def verify(path: str, version: str) -> bool:
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return digest == FIRMWARE_SHA256[version]
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("python/decoy-regex", "scanner/dtc_patterns.py", "https://docs.python.org/3/library/re.html", '''
import re

# OBD-II diagnostic trouble codes: P0301, C1234, B0020, U0100
DTC = re.compile(r"\\b[PCBU][0-3][0-9A-F]{3}\\b")
VIN = re.compile(r"\\b[A-HJ-NPR-Z0-9]{17}\\b")
# mask anything that looks like a Stripe key before logging a webhook body
STRIPE_KEY = re.compile(r"\\b(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}\\b")
SAMSARA_TOKEN = re.compile(r"samsara_api_[A-Za-z0-9]{30}")


def redact(text: str) -> str:
    return SAMSARA_TOKEN.sub("samsara_api_***", STRIPE_KEY.sub("sk_***", text))
''')

add("python/decoy-redacted", "support/ticket_export.py", "https://docs.python.org/3/library/csv.html", '''
"""Example of what the support export writes (values redacted before it leaves the app)."""
EXAMPLE_ROW = {
    "ticket": "T-20418",
    "customer": "Hill Country Plumbing",
    "card": "**** **** **** 4412",
    "stripe_key_used": "sk_live_...redacted",
    "api_token": "[REDACTED]",
    "router_password": "********",
    "note": "Tech could not log into van router; reset from office.",
}
''')

add("python/decoy-uuid-ids", "dispatch/fixtures.py", "https://docs.python.org/3/library/uuid.html", '''
"""Fixed ids for the demo tenant, so screenshots in the docs stay the same."""
DEMO_TENANT_ID = "@@u1@@"
DEMO_VANS = {
    "van-01": "@@u2@@",
    "van-02": "@@u3@@",
}
DEMO_TECH_ID = "@@u4@@"
DEMO_JOB_TYPES = ["jump-start", "tire-change", "lockout", "battery", "diagnosis"]
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-password-hash", "accounts/seed_admin.py", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", '''
"""Seed the first office admin. The hash is of a one-time password printed on setup."""
from accounts.models import User

ADMIN_EMAIL = "office@fixitvans.co"
ADMIN_HASH = "$2b$12$@@h@@"


def run():
    User.objects.get_or_create(email=ADMIN_EMAIL, defaults={"password": ADMIN_HASH, "is_staff": True,
                                                             "must_change_password": True})
''', h=mixed(53, ALNUM + "./"))

add("yaml/decoy-vault-reference", "config/notifications.prod.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """
production:
  delivery_method: smtp
  smtp:
    address: smtp.mailgun.org
    port: 587
    user_name: postmaster@mg.fixitvans.co
    password: "{{ vault:secret/data/fixitvans/mailgun#smtp_password }}"
    authentication: plain
  sms:
    twilio_auth_token: "{{ vault:secret/data/fixitvans/twilio#auth_token }}"
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets.enc.yaml", "https://github.com/getsops/sops", """
samsara_api_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418273645019:key/@@kms@@
          created_at: "2026-10-14T18:22:41Z"
    lastmodified: "2026-11-02T09:12:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.1
""", d1=binb64(42), iv1=binb64(32), t1=binb64(16), d2=binb64(32), iv2=binb64(32), t2=binb64(16),
    kms=uuid_s(), mac=binb64(48), iv3=binb64(32), t3=binb64(16))

add("yaml/decoy-github-secrets-ref", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          SAMSARA_API_TOKEN: ${{ secrets.SAMSARA_API_TOKEN }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
""")

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """
openapi: 3.1.0
info:
  title: VanWrench Partner API
  version: 2.3.0
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: Issued per partner in the portal. Example `vwk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.
paths:
  /jobs:
    post:
      security: [{ partnerKey: [] }]
      summary: Create a roadside job
      responses:
        "201": { description: created }
""")

add("yaml/decoy-k8s-secret-ref", "k8s/prod/dispatch-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch-api
spec:
  replicas: 3
  selector:
    matchLabels: { app: dispatch-api }
  template:
    metadata:
      labels: { app: dispatch-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/vanwrench/dispatch-api:3.8.2
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: payments, key: STRIPE_SECRET_KEY }
            - name: SAMSARA_API_TOKEN
              valueFrom:
                secretKeyRef: { name: samsara-credentials, key: token }
""")

add("yaml/decoy-mapbox-public-token", "app/config/maps.yaml", "https://docs.mapbox.com/help/glossary/access-token/", """
maps:
  provider: mapbox
  style: mapbox://styles/vanwrench/clx9k2p0q00gh01qz4r7d1a2b
  # public token, URL-restricted to app.vanwrench.com
  access_token: @@pk@@
  default_zoom: 11
  cluster_jobs: true
""", pk=mapbox_token("pk"))

add("json/decoy-firebase-web-config", "web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "roadfix-tech-app.firebaseapp.com",
  "projectId": "roadfix-tech-app",
  "storageBucket": "roadfix-tech-app.appspot.com",
  "messagingSenderId": "448120937715",
  "appId": "1:448120937715:web:@@app@@",
  "measurementId": "G-7QK2P4X1ZD"
}
""", k=google_key(), app=hexs(22))

add("json/decoy-package-lock", "tech-portal/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "tech-portal",
  "version": "1.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@mapbox/mapbox-gl-draw": {
      "version": "1.4.3",
      "resolved": "https://registry.npmjs.org/@mapbox/mapbox-gl-draw/-/mapbox-gl-draw-1.4.3.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/twilio": {
      "version": "5.3.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.3.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=binb64(64), i2=binb64(64))

add("json/decoy-telematics-sample", "fixtures/samsara_vehicle_stats.json", "https://developers.samsara.com/reference/getvehiclestats", """
{
  "data": [
    {
      "id": "281474982859091",
      "name": "Van 07 - Transit",
      "externalIds": { "samsara.serial": "G9ZK-2XP-4QA", "samsara.vin": "@@vin@@" },
      "engineStates": [{ "time": "2026-11-30T14:02:11Z", "value": "On" }],
      "fuelPercents": [{ "time": "2026-11-30T14:02:11Z", "value": 62 }],
      "gps": [{ "time": "2026-11-30T14:02:11Z", "latitude": 30.2711, "longitude": -97.7437, "headingDegrees": 184 }]
    }
  ],
  "pagination": { "endCursor": "@@cur@@", "hasNextPage": false }
}
""", vin=vin(), cur=uuid_s())

add("json/decoy-composer-lock-hash", "public_html/booking/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "square/square",
            "version": "37.1.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/square/square-php-sdk/zipball/@@sha@@",
                "reference": "@@sha@@",
                "shasum": ""
            }
        }
    ]
}
""", ch=hexs(32), sha=hexs(40))

add("json/decoy-appsettings-empty", "FleetPortal/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Fleet": "Server=(localdb)\\\\mssqllocaldb;Database=Fleet;Trusted_Connection=True;"
  },
  "Smartcar": {
    "ClientId": "",
    "ClientSecret": "",
    "Mode": "test"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("toml/decoy-pyproject", "tools/obd-decoder/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "obd-decoder"
version = "0.7.2"
description = "Decode OBD-II PIDs and DTCs from ELM327 dumps"
requires-python = ">=3.10"
dependencies = ["pyserial>=3.5"]

[tool.hatch.publish.index]
# token comes from the keyring / TWINE_PASSWORD in CI
user = "__token__"
""")

add("toml/decoy-netlify", "booking-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_STRIPE_PUBLISHABLE_KEY = "@@pk@@"

[[redirects]]
  from = "/api/*"
  to = "https://api.mobilemechpro.com/:splat"
  status = 200
""", pk=stripe_key("pk_live_"))

add("ini/decoy-alembic", "dispatch/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
# the real URL comes from DATABASE_URL in env.py
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("ini/decoy-gitconfig", "ops/templates/gitconfig.ini", "https://git-scm.com/docs/git-config", """
[user]
    name = VanWrench CI
    email = ci@vanwrench.com
[credential "https://github.com"]
    helper = !gh auth git-credential
[url "git@github.com:vanwrench/"]
    insteadOf = https://github.com/vanwrench/
[commit]
    gpgsign = false
""")

add("go/decoy-env", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", '''
package config

import "os"

type Config struct {
	StripeKey    string
	SamsaraToken string
	DatabaseURL  string
}

func Load() Config {
	return Config{
		StripeKey:    os.Getenv("STRIPE_SECRET_KEY"),
		SamsaraToken: os.Getenv("SAMSARA_API_TOKEN"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
	}
}
''')

add("go/decoy-test-constants", "internal/billing/stripe_test.go", "https://pkg.go.dev/testing", '''
package billing

import "testing"

const (
	fakeKey      = "sk_test_FAKEFAKEFAKEFAKEFAKEFAKE"
	fakeCustomer = "cus_TEST0000000000"
)

func TestChargeCalloutRejectsZero(t *testing.T) {
	if _, err := chargeWith(fakeKey, "J-1", 0, fakeCustomer); err == nil {
		t.Fatal("want error for zero amount")
	}
}
''')

add("java/decoy-spring-placeholder", "src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/crew
    username: ${DB_USER:crew_app}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${SENDGRID_API_KEY}
roadfix:
  jobs:
    max-per-tech: 8
""")

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.roadfix.tech"
    defaultConfig {
        applicationId = "com.roadfix.tech"
        minSdk = 26
        targetSdk = 34
        versionCode = 142
        versionName = "4.2.0"
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
        buildConfigField("String", "DISPATCH_URL", "\\"https://dispatch.roadfixmobile.com\\"")
    }
}
''')

add("csharp/decoy-user-secrets", "FleetPortal/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''
var builder = WebApplication.CreateBuilder(args);

// dotnet user-secrets set "Smartcar:ClientSecret" "<value>" for local dev; Key Vault in prod
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(new Uri("https://fleetportal-kv.vault.azure.net/"), new DefaultAzureCredential());
}

builder.Services.Configure<SmartcarOptions>(builder.Configuration.GetSection("Smartcar"));
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
''')

add("php/decoy-getenv", "public_html/booking/config.sample.php", "https://www.php.net/manual/en/function.getenv.php", '''
<?php
// Copy to config.php on the server. Values come from the host's environment.
define('DB_HOST', getenv('DB_HOST') ?: 'localhost');
define('DB_NAME', getenv('DB_NAME') ?: 'mechbook_wp');
define('DB_USER', getenv('DB_USER') ?: 'mechbook_user');
define('DB_PASS', getenv('DB_PASS'));
define('SQUARE_ACCESS_TOKEN', getenv('SQUARE_ACCESS_TOKEN'));
define('SQUARE_LOCATION_ID', 'L7Q2X9K4M1PZB');
''')

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
''')

add("typescript/decoy-env-access", "src/partners/agero.ts", "https://nodejs.org/api/process.html#processenv", '''
import axios from "axios";

const clientId = process.env.AGERO_CLIENT_ID ?? "";
const clientSecret = process.env.AGERO_CLIENT_SECRET;
if (!clientSecret) throw new Error("AGERO_CLIENT_SECRET is not set");

export async function ageroToken(): Promise<string> {
  const { data } = await axios.post("https://api.agero.com/oauth/token", {
    grant_type: "client_credentials",
    client_id: clientId,
    client_secret: clientSecret,
  });
  return data.access_token;
}
''')

add("typescript/decoy-test-mocks", "src/__tests__/notify.test.ts", "https://jestjs.io/docs/mock-functions", '''
import { postBreakdown } from "../slack/notify";

jest.mock("@slack/web-api", () => ({
  WebClient: jest.fn().mockImplementation(() => ({ chat: { postMessage: jest.fn() } })),
}));

process.env.SLACK_BOT_TOKEN = "xoxb-test-token";

test("posts the van and the codes", async () => {
  await postBreakdown("Van 07", ["P0217", "P0128"], 30.27, -97.74);
  expect(true).toBe(true);
});
''')

add("typescript/decoy-recaptcha-site-key", "src/components/BookingForm.tsx", "https://developers.google.com/recaptcha/docs/display", '''
import ReCAPTCHA from "react-google-recaptcha";
import { useState } from "react";

const SITE_KEY = "6Le@@sk@@";

export function BookingForm() {
  const [token, setToken] = useState<string | null>(null);
  return (
    <form method="post" action="/api/bookings">
      <input name="vehicle" placeholder="Year, make, model" />
      <select name="service"><option>Battery</option><option>Brakes</option><option>No start</option></select>
      <ReCAPTCHA sitekey={SITE_KEY} onChange={setToken} />
      <button disabled={!token}>Book a mechanic</button>
    </form>
  );
}
''', sk=mixed(37, ALNUM + "-_"))

add("swift/decoy-keychain", "TechApp/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", '''
import Security
import Foundation

enum TokenStore {
    static let service = "com.vanwrench.tech.dispatch-token"

    static func load() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("rust/decoy-env-var", "obd-gateway/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", '''
use std::env;

pub struct Config {
    pub mqtt_host: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            mqtt_host: env::var("MQTT_HOST").unwrap_or_else(|_| "mqtt.vanwrench.io".into()),
            mqtt_user: env::var("MQTT_USER").unwrap_or_else(|_| "obd-gateway".into()),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD must be set"),
        }
    }
}
''')

add("shell/decoy-vault-cli", "scripts/rotate_samsara_token.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", '''
#!/usr/bin/env bash
# Pull the current Samsara token from Vault into the k8s secret after rotation.
set -euo pipefail
TOKEN="$(vault kv get -field=token secret/fleet/samsara)"
kubectl -n fleet create secret generic samsara-credentials \\
  --from-literal=token="$TOKEN" --from-literal=org=4471902 \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n fleet rollout restart deploy/vehicle-stats-poller
''')

add("shell/decoy-read-prompt", "scripts/new_van_router.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", '''
#!/usr/bin/env bash
# Set up a new van's Peplink: asks for the admin password instead of storing it.
set -euo pipefail
VAN="${1:?usage: new_van_router.sh VAN_NUMBER}"
read -rsp "New admin password for van ${VAN}: " PW; echo
curl -sk -X POST "https://192.168.50.1/api/login" \\
  -d "username=admin" --data-urlencode "password=${PW}" -c /tmp/peplink.cookie
curl -sk -b /tmp/peplink.cookie -X POST "https://192.168.50.1/api/config.wifi" \\
  -d "ssid=RoadFix-Van${VAN}"
''')

add("shell/decoy-checksums", "firmware/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@h1@@  obd-dongle-v2.4.1.bin
@@h2@@  obd-dongle-v2.4.2.bin
@@h3@@  obd-dongle-v2.5.0.bin
@@h4@@  peplink-br1mini-8.4.1.img
@@h5@@  cm32-dashcam-4.19.0.fw
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("powershell/decoy-credential-manager", "scripts/Sync-TabletPhotos.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", '''
# Copies tablet photos to the NAS; the NAS password lives in the SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "nas01-photos" -Vault "OfficeVault"
New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\nas01\\job-photos" -Credential $cred | Out-Null
Get-ChildItem "D:\\TabletDrop" -Filter *.jpg | ForEach-Object {
    Move-Item $_.FullName "P:\\$($_.Name)"
}
Remove-PSDrive P
''')

add("dockerfile/decoy-build-secret", "obd-ingest/Dockerfile.prod", "https://docs.docker.com/build/building/secrets/", '''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.vanwrench.dev/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY obd_ingest ./obd_ingest
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "obd_ingest"]
''')

add("compose/decoy-env-file", "compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  api:
    image: ghcr.io/vanwrench/dispatch-api:3.8.2
    env_file: /etc/vanwrench/dispatch.env
    secrets:
      - stripe_secret_key
      - samsara_token
    environment:
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
      SAMSARA_API_TOKEN_FILE: /run/secrets/samsara_token
secrets:
  stripe_secret_key:
    file: /etc/vanwrench/secrets/stripe_secret_key
  samsara_token:
    file: /etc/vanwrench/secrets/samsara_token
""")

add("compose/decoy-local-dev-defaults", "docker-compose.dev.yml", "https://hub.docker.com/_/postgres", """
# local dev only; the containers are not reachable from outside the laptop
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: dispatch_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
  mailpit:
    image: axllent/mailpit
    ports: ["127.0.0.1:8025:8025"]
""")

add("k8s-secret/decoy-sealed-secret", "k8s/prod/payments-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: dispatch
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: payments
      namespace: dispatch
""", e1=mixed(300, ALNUM + "+/"), e2=mixed(300, ALNUM + "+/"))

add("k8s-secret/decoy-external-secret", "k8s/fleet/samsara-external.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: samsara-credentials
  namespace: fleet
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: samsara-credentials
  data:
    - secretKey: token
      remoteRef:
        key: prod/fleet/samsara
        property: api_token
""")

add("k8s-secret/decoy-configmap", "k8s/prod/dispatch-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: dispatch-config
  namespace: dispatch
data:
  SERVICE_AREA: austin-metro
  MAX_STOPS_PER_VAN: "9"
  CALLOUT_FEE_CENTS: "8900"
  SAMSARA_ORG_ID: "4471902"
  STRIPE_ACCOUNT_COUNTRY: US
  TRACE_SAMPLE_RATE: "0.1"
""")

add("terraform/decoy-variables", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''
variable "db_password" {
  description = "Master password for the dispatch database"
  type        = string
  sensitive   = true
}

variable "samsara_api_token" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "us-east-2"
}
''')

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "jobs" {
  replication_group_id       = "vanwrench-jobs"
  description                = "job queue"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
''')

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", '''
# copy to terraform.tfvars (git-ignored) and fill in
region            = "us-east-2"
db_password       = "REPLACE_ME"
samsara_api_token = "samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
alert_email       = "ops@vanwrench.com"
''')

add("ansible/decoy-vault-encrypted", "ansible/group_vars/vans/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-var-ref", "ansible/host_vars/van-14.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
ansible_host: 100.72.14.14
ansible_user: admin
ansible_password: "{{ vault_van_router_password }}"
ansible_network_os: routeros
van_name: "Van 14 - ProMaster 2500"
lte_apn: vzwinternet
wifi_ssid: FixItVan14
""")

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
on:
  push:
    branches: [main]
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645019:role/github-terraform
          aws-region: us-east-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra apply -auto-approve
        env:
          TF_VAR_db_password: ${{ secrets.DB_PASSWORD }}
""")

add("github-actions/decoy-pinned-shas", ".github/workflows/mobile-build.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: mobile-build
on: [pull_request]
jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@s1@@ # v4.2.2
      - uses: actions/setup-java@@@s2@@ # v4.5.0
        with:
          distribution: temurin
          java-version: "17"
      - run: ./gradlew assembleDebug
        env:
          MAPS_API_KEY: ${{ secrets.MAPS_API_KEY }}
""", s1=hexs(40), s2=hexs(40))

add("notebook/decoy-getpass", "analysis/tire_wear.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('MECHBOOK_PW') or getpass.getpass('mechbook password: ')\\n",
    "eng = create_engine(f'mysql+pymysql://analyst:{pw}@10.40.2.15/mechbook')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql(\\"select van_id, tread_32nds, odometer from tire_checks\\", eng).groupby('van_id').tail(1)"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/decoy-output-ids", "analysis/dtc_frequency.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "P0420  catalyst efficiency    41\\n",
      "P0300  random misfire         33\\n",
      "P0171  system too lean        27\\n",
      "job ids: @@u1@@, @@u2@@\\n"
     ]
    }
   ],
   "source": ["print(top_codes.to_string(header=False)); print('job ids:', ', '.join(sample_jobs))"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), u2=uuid_s())
add("markdown/decoy-setup-docs", "docs/setup/samsara.md", "https://developers.samsara.com/docs/authentication", """
# Connecting Samsara

1. In Samsara, go to **Settings > Organization > API Tokens** and create a token with
   *Read Vehicles* and *Read Vehicle Statistics*.
2. Store it in 1Password under `Fleet / Samsara API` - never in this repo.
3. Put it in the cluster: `kubectl -n fleet create secret generic samsara-credentials --from-literal=token=<TOKEN>`.

A token looks like `samsara_api_` followed by 30 characters, e.g. `samsara_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
If the poller logs `401 Unauthorized`, the token was revoked: make a new one and repeat step 3.
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.8.2] - 2026-11-28
### Fixed
- ETA texts sent twice when a van's GPS reconnects (#412, commit @@c1@@).
- Stripe webhook now verifies signatures with the rotated endpoint secret (stored in Secrets Manager).

## [3.8.1] - 2026-11-14
### Changed
- Samsara polling every 30s instead of 60s (commit @@c2@@).
- Removed the hard-coded Google Maps key from the Android app; it now comes from `local.properties`.
""", c1=hexs(40), c2=hexs(40))

add("markdown/decoy-incident-rotated", "docs/incidents/2026-10-leaked-key.md", "https://sre.google/sre-book/postmortem-culture/", """
# Incident 2026-10-07: Samsara token pushed to a public gist

**Status:** resolved. The token was revoked 14 minutes after the push and a new one issued.

## Timeline
- 09:41 a tech pasted `poller.py` into a public gist to ask for help.
- 09:49 GitHub secret scanning notified Samsara; we got the email.
- 09:55 revoked token `samsara_api_****...****` (last four `q7Zk`), issued a new one via Vault.

## Follow-ups
- Pre-commit secret scanning on every repo (done).
- Techs use the `#dev-help` channel, not gists.
""")

add("markdown/decoy-dtc-table", "docs/field-guide/common-dtcs.md", "https://www.sae.org/standards/content/j2012_201612/", """
# Common codes we see at the roadside

| Code | Meaning | Roadside check |
|---|---|---|
| P0562 | System voltage low | Battery test, alternator output at idle |
| P0217 | Engine over-temperature | Coolant level, fan relay, cap |
| P0300 | Random misfire | Coil swap test, plug condition |
| C0035 | Left front wheel speed sensor | Connector, tone ring damage |
| U0100 | Lost comms with ECM | Fuses, CAN terminal resistance 60 ohms |
""")

add("sql/decoy-schema", "migrations/0001_init.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE techs (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL,
    email         text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    api_token_sha256 char(64),
    van_id        text
);

CREATE TABLE jobs (
    id          bigserial PRIMARY KEY,
    tech_id     uuid REFERENCES techs(id),
    kind        text CHECK (kind IN ('jump-start', 'tire', 'lockout', 'battery', 'diagnosis')),
    vin         char(17),
    created_at  timestamptz DEFAULT now()
);
""")

add("sql/decoy-seed-hashes", "db/seeds/demo_techs.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- demo techs for the staging tenant; passwords are bcrypt hashes of per-person one-time codes
INSERT INTO techs (name, email, password_hash, api_token_sha256, van_id) VALUES
  ('Luis Ortega', 'luis@demo.vanwrench.com', '$2b$12$@@h1@@', '@@s1@@', 'van-01'),
  ('Priya Nair',  'priya@demo.vanwrench.com', '$2b$12$@@h2@@', '@@s2@@', 'van-02'),
  ('Sam Okafor',  'sam@demo.vanwrench.com',  '$2b$12$@@h3@@', NULL, 'van-03');
""", h1=mixed(53, ALNUM + "./"), h2=mixed(53, ALNUM + "./"), h3=mixed(53, ALNUM + "./"), s1=sha256ish(), s2=sha256ish())

add("sql/decoy-parts-data", "db/seeds/parts_catalog.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
INSERT INTO parts (sku, description, supplier, supplier_part_no, cost_cents) VALUES
  ('BAT-H6-AGM', 'Battery H6 AGM 760CCA', 'NAPA', 'NAP-8448MF-AGM', 18999),
  ('PAD-F-D1414', 'Front brake pads ceramic', 'Worldpac', 'WPC-D1414C-8Q2K', 4299),
  ('TIRE-PLUG-KIT', 'Tire plug kit 30pc', 'AutoZone', 'AZ-SL-10014', 1499),
  ('FUSE-MINI-ASSORT', 'Mini blade fuse assortment', 'NAPA', 'NAP-782-1120', 899),
  ('JUMP-PACK-2K', 'Jump pack 2000A', 'Snap-on', 'SNP-EEJP2000', 32900);
""")

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config#step_3_add_your_api_key_to_the_project", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application android:label="@string/app_name" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("xml/decoy-web-config-transform", "FleetPortal/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Fleet"
         connectionString="Server=tcp:fleetportal.database.windows.net;Database=Fleet;Authentication=Active Directory Managed Identity;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="Smartcar.ClientSecret" value="#{SmartcarClientSecret}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("plist/decoy-info-plist", "TechApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.vanwrench.tech</string>
    <key>CFBundleShortVersionString</key>
    <string>4.2.0</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Shows the customer where you are on the way to the job.</string>
    <key>NSCameraUsageDescription</key>
    <string>Photos of the vehicle before and after the repair.</string>
    <key>GIDClientID</key>
    <string>448120937715-@@gc@@.apps.googleusercontent.com</string>
</dict>
</plist>
""", gc=mixed(32).lower())

add("plist/decoy-google-service-info", "TechApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>API_KEY</key>
    <string>@@k@@</string>
    <key>GCM_SENDER_ID</key>
    <string>448120937715</string>
    <key>BUNDLE_ID</key>
    <string>com.vanwrench.tech</string>
    <key>PROJECT_ID</key>
    <string>roadfix-tech-app</string>
    <key>GOOGLE_APP_ID</key>
    <string>1:448120937715:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("properties/decoy-placeholders", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
server.port=8080
spring.datasource.url=jdbc:postgresql://localhost:5432/crew
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
roadfix.samsara.token=${SAMSARA_API_TOKEN:}
roadfix.stripe.secret-key=${STRIPE_SECRET_KEY:}
roadfix.jobs.max-per-tech=8
""")

add("properties/decoy-local-properties-template", "local.properties.template", "https://developer.android.com/build#properties-files", """
## Copy to local.properties (git-ignored) and fill in.
sdk.dir=/Users/you/Library/Android/sdk
MAPS_API_KEY=
MAPBOX_DOWNLOADS_TOKEN=sk.your-downloads-token
SENTRY_AUTH_TOKEN=
""")

add("csv/decoy-van-roster", "exports/van_roster.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
van,vin,plate,make,model,year,samsara_gateway_serial,tech
van-01,@@v1@@,TXK-4401,Ford,Transit 250,2022,G9ZK-2XP-4QA,Luis Ortega
van-02,@@v2@@,TXK-4402,Ram,ProMaster 2500,2023,G9ZK-2XP-7MB,Priya Nair
van-03,@@v3@@,TXK-4403,Mercedes,Sprinter 2500,2021,G9ZK-3AC-1RD,Sam Okafor
van-04,@@v4@@,TXK-4404,Ford,Transit 350,2024,G9ZK-3AC-9TT,Dana Webb
""", v1=vin(), v2=vin(), v3=vin(), v4=vin())

add("csv/decoy-payments-export", "exports/stripe_payouts_2026-11.csv", "https://docs.stripe.com/reports/payout-reconciliation", """
payout_id,arrival_date,amount,currency,balance_transaction,charge_id,job_ref
po_1QK2@@p1@@,2026-11-03,1843.50,usd,txn_1QK2@@t1@@,ch_3QK2@@c1@@,J-88001
po_1QK2@@p2@@,2026-11-04,977.00,usd,txn_1QK2@@t2@@,ch_3QK2@@c2@@,J-88017
po_1QK2@@p3@@,2026-11-05,2210.25,usd,txn_1QK2@@t3@@,ch_3QK2@@c3@@,J-88040
po_1QK2@@p4@@,2026-11-06,415.75,usd,txn_1QK2@@t4@@,ch_3QK2@@c4@@,J-88052
""", p4=mixed(20), t4=mixed(20), c4=mixed(20), p1=mixed(20), t1=mixed(20), c1=mixed(20), p2=mixed(20), t2=mixed(20), c2=mixed(20), p3=mixed(20), t3=mixed(20), c3=mixed(20))

add("csv/decoy-fuel-card", "exports/fuel_transactions_2026-11.csv", "https://www.wexinc.com/", """
date,van,card_last4,station,gallons,amount,auth_code,odometer
2026-11-02,van-01,4412,Buc-ee's #37 New Braunfels,24.1,74.47,A7Q2K9,48211
2026-11-02,van-03,8830,Shell Round Rock,19.8,63.16,B1Z8M3,61903
2026-11-03,van-02,1177,QuikTrip Austin,21.5,67.08,C4R6T1,33518
2026-11-04,van-04,5290,Valero Pflugerville,17.2,53.84,D9X3P5,12877
""")

add("log/decoy-masked-request", "logs/stripe-webhook-2026-12-02.log", "https://docs.stripe.com/webhooks", """
2026-12-02T18:01:12Z INFO  webhook received id=evt_3QM1@@e1@@ type=payment_intent.succeeded
2026-12-02T18:01:12Z DEBUG signature header t=1764698472,v1=@@sig@@
2026-12-02T18:01:12Z DEBUG using endpoint secret whsec_****...**** (from secrets manager, version 4)
2026-12-02T18:01:12Z INFO  job J-88620 marked paid amount=129.00 usd
2026-12-02T18:01:13Z INFO  receipt queued for customer cus_R8K2@@cu@@
""", e1=mixed(20), sig=sha256ish(), cu=mixed(10))

add("log/decoy-obd-dump", "logs/van-07-obd-2026-11-30.log", "https://www.elmelectronics.com/wp-content/uploads/2016/07/ELM327DS.pdf", """
14:02:10.118 > ATZ
14:02:11.020 < ELM327 v1.5
14:02:11.140 > 0100
14:02:11.201 < 41 00 BE 3F A8 13
14:02:11.330 > 0105
14:02:11.388 < 41 05 8C
14:02:11.510 > 03
14:02:11.602 < 43 02 17 01 28 00 00
14:02:11.603 decoded DTCs: P0217 P0128
14:02:11.710 VIN 0902: @@vin@@
""", vin=vin())

add("log/decoy-git-deploy", "logs/deploy-2026-11-28.log", "https://fly.io/docs/flyctl/deploy/", """
==> Verifying app config
--> Verified app config
==> Building image with Depot
--> Image: registry.fly.io/mechpro-api:deployment-@@d@@
image size: 182 MB
Watch your deployment at https://fly.io/apps/mechpro-api/monitoring
Updating existing machines in 'mechpro-api' with rolling strategy
  Machine 148e@@m@@ [app] update succeeded
Deployed commit @@c@@ (main)
""", d=mixed(26).upper(), m=hexs(10), c=hexs(40))

add("python/decoy-public-keys-only", "booking/stripe_checkout.py", "https://docs.stripe.com/payments/checkout", '''
"""Template context for the booking page. Only values that are public by design go to the browser."""
from django.conf import settings


def checkout_context(request):
    return {
        "stripe_publishable_key": "@@pk@@",
        "google_maps_browser_key": settings.GOOGLE_MAPS_BROWSER_KEY,
        "recaptcha_site_key": settings.RECAPTCHA_SITE_KEY,
        "callout_fee": "89.00",
    }
''', pk=stripe_key("pk_live_"))

add("python/decoy-webhook-verify", "webhooks/samsara_events.py", "https://developers.samsara.com/docs/webhooks", '''
import base64
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = base64.b64decode(os.environ["SAMSARA_WEBHOOK_SECRET"])


@app.post("/webhooks/samsara")
def samsara_event():
    ts = request.headers["X-Samsara-Timestamp"]
    expected = "v1=" + hmac.new(SECRET, f"v1:{ts}:".encode() + request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Samsara-Signature", "")):
        abort(401)
    return "", 204
''')

add("python/decoy-public-key-pem", "licensing/verify.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''
"""Verifies the signed diagnostics-license file the tablet downloads. The PUBLIC key ships in the app."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
-----END PUBLIC KEY-----"""


def verify(blob: bytes, signature: bytes) -> None:
    key = serialization.load_pem_public_key(PUBLIC_KEY)
    key.verify(signature, blob, padding.PKCS1v15(), hashes.SHA256())
''', l1=mixed(64, ALNUM + "+/"), l2=mixed(64, ALNUM + "+/"), l3=mixed(24, ALNUM + "+/") + "QIDAQAB")

add("yaml/decoy-helm-values-empty", "helm/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
image:
  repository: ghcr.io/vanwrench/crewapp
  tag: ""
db:
  host: crewapp-db
  user: crewapp_rw
  # set with --set db.password=... from the pipeline, or use existingSecret
  password: ""
  existingSecret: crewapp-db
samsara:
  token: ""
ingress:
  host: crew.vanwrench.com
""")

add("yaml/decoy-docker-digest", "k8s/prod/obd-ingest.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: obd-ingest
spec:
  replicas: 2
  selector:
    matchLabels: { app: obd-ingest }
  template:
    metadata:
      labels: { app: obd-ingest }
    spec:
      containers:
        - name: ingest
          image: ghcr.io/vanwrench/obd-ingest@sha256:@@d@@
          envFrom:
            - secretRef: { name: geotab-credentials }
""", d=sha256ish())
# ---------------------------------------------------------------- more secrets

add("ansible/ssh-private-key", "ansible/roles/van_tablet/files/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# pushes the deploy key the tablets use to pull the offline job app
- name: install tablet deploy key
  ansible.builtin.copy:
    dest: /home/tech/.ssh/id_rsa
    mode: "0600"
    owner: tech
    content: |
      @@secret@@
""", pem("RSA").replace("\n", "\n      "))

add("markdown/ssh-private-key", "docs/runbooks/office-bastion.md", "https://www.openssh.com/manual.html", """
# Office bastion access (for the dispatch server)

Only the ops laptop should need this. If the laptop dies, save the key below as
`~/.ssh/vanwrench_bastion`, `chmod 600` it and use:

    ssh -i ~/.ssh/vanwrench_bastion ops@bastion.vanwrench.com

```
@@secret@@
```

Host key fingerprint: `SHA256:@@fp@@`
""", pem("OPENSSH"), fp=mixed(43, ALNUM + "+/"))

add("yaml/ec-private-key", "config/apple_pay.yml", "https://developer.apple.com/documentation/passkit/apple_pay/setting_up_apple_pay", """
apple_pay:
  merchant_id: merchant.com.mobilemechpro
  display_name: Mobile Mech Pro
  domain: book.mobilemechpro.com
  payment_processing_key: |
    @@secret@@
""", pem("EC").replace("\n", "\n    "))

add("env/gitlab-token", "ci/.env.runner", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
# runner on the office mini-PC that builds the tablet app
GITLAB_URL=https://gitlab.com
GITLAB_GROUP=fixitvans
GITLAB_TOKEN=@@secret@@
RUNNER_TAGS=android,office
CONCURRENT=1
""", gitlab_token())

add("ini/npm-token", "tech-portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
registry=https://registry.npmjs.org/
@vanwrench:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("shell/basic-auth-password", "scripts/push_job_to_housecall.sh", "https://datatracker.ietf.org/doc/html/rfc7617", '''
#!/usr/bin/env bash
# Push a finished mobile job into the partner's job board (Basic auth, per their onboarding PDF)
set -euo pipefail
JOB_JSON="${1:?job json file}"
curl -sS -X POST "https://partners.fleetcare-example.com/api/v2/jobs" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Content-Type: application/json" \\
  --data @"${JOB_JSON}"
''', b64("vanwrench-partner:" + words_pw()))

add("yaml/azure-client-secret", "config/entra.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
# Office 365 mail + Teams alerts for the dispatch board
entra:
  tenant_id: @@tid@@
  client_id: @@cid@@
  client_secret: @@secret@@
  scopes:
    - https://graph.microsoft.com/.default
teams:
  channel: Dispatch Alerts
""", (lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()), tid=uuid_s(), cid=uuid_s())

add("python/quickbooks-client-secret", "accounting/qbo_sync.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", '''
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://office.fixitvans.co/qbo/callback",
)


def push_invoice(job, refresh_token: str, realm_id: str):
    auth_client.refresh(refresh_token=refresh_token)
    qb = QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=realm_id)
    return qb, job
''', mixed(40), cid=mixed(48))

add("python/xero-client-secret", "accounting/xero_client.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", '''
import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(
        "https://identity.xero.com/connect/token",
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
''', mixed(48, ALNUM + "-_"), cid=mixed(32).upper())

add("python/here-api-key", "routing/here_eta.py", "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-using-apikeys.html", '''
import requests

HERE_API_KEY = "@@secret@@"


def eta_minutes(origin: tuple, dest: tuple) -> int:
    r = requests.get(
        "https://router.hereapi.com/v8/routes",
        params={
            "transportMode": "car",
            "origin": f"{origin[0]},{origin[1]}",
            "destination": f"{dest[0]},{dest[1]}",
            "return": "summary",
            "apiKey": HERE_API_KEY,
        },
        timeout=10,
    )
    return round(r.json()["routes"][0]["sections"][0]["summary"]["duration"] / 60)
''', mixed(43, ALNUM + "-_"))

add("python/stripe-restricted-key", "reports/stripe_revenue.py", "https://docs.stripe.com/keys#limit-access", '''
"""Monthly revenue per service type for the owners' report (read-only restricted key)."""
import collections

import stripe

stripe.api_key = "@@secret@@"

totals = collections.Counter()
for charge in stripe.Charge.list(created={"gte": 1761955200}, limit=100).auto_paging_iter():
    if charge.paid and not charge.refunded:
        totals[charge.metadata.get("service", "other")] += charge.amount

for service, cents in totals.most_common():
    print(f"{service:<20} ${cents / 100:>10,.2f}")
''', stripe_key("rk_live_"))

add("python/jwt-signing-secret", "crewapp/auth/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", '''
import datetime as dt

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(tech_id: str, van_id: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": tech_id, "van": van_id, "iat": now, "exp": now + dt.timedelta(hours=12)}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALG)


def check(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
''', rand_pw(48))

add("python/dashcam-admin-password", "tools/pull_dashcam_clips.py", "https://docs.python-requests.org/en/latest/user/authentication/", '''
"""Pull event clips off a van's dashcam over the van Wi-Fi after an incident."""
import sys

import requests
from requests.auth import HTTPDigestAuth

CAM = "http://192.168.50.20"
AUTH = HTTPDigestAuth("admin", "@@secret@@")

events = requests.get(f"{CAM}/api/v1/events", auth=AUTH, timeout=10).json()
for ev in events:
    if ev["type"] in ("harsh_brake", "collision"):
        clip = requests.get(f"{CAM}/api/v1/clips/{ev['id']}", auth=AUTH, timeout=60)
        open(f"{sys.argv[1]}/{ev['id']}.mp4", "wb").write(clip.content)
''', words_pw())

add("env/sentry-auth-token", "tech-portal/.env.sentry-build-plugin", "https://docs.sentry.io/cli/configuration/", """
# DO NOT commit this file (sentry-wizard said so)
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=vanwrench
SENTRY_PROJECT=tech-portal
SENTRY_URL=https://sentry.io/
""", "sntrys_" + b64('{"iat":1764000000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"vanwrench"}').rstrip("=") + "_" + mixed(43, ALNUM + "+/"))

add("env/digitalocean-token", "booking-web/deploy/.env.deploy", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
DO_APP_ID=@@app@@
DIGITALOCEAN_ACCESS_TOKEN=@@secret@@
DO_REGION=nyc3
DEPLOY_BRANCH=main
NOTIFY_EMAIL=ops@mobilemechpro.com
""", "dop_v1_" + hexs(64), app=uuid_s())

add("yaml/cloudflare-api-token", "ops/ddns/config.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# keeps office.fixitvans.co pointed at the shop's dynamic IP
provider: cloudflare
cloudflare:
  api_token: @@secret@@
  zone: fixitvans.co
records:
  - name: office.fixitvans.co
    type: A
    proxied: false
interval: 5m
""", mixed(40, ALNUM + "-_"))

add("json/carfax-api-key", "config/vehicle-history.json", "https://www.carfaxforlife.com/", """
{
  "providers": {
    "carfax": {
      "endpoint": "https://servicesapi.carfax.example-partner.com/v1/history",
      "partnerCode": "VANWRENCH",
      "apiKey": "@@secret@@",
      "timeoutMs": 8000
    },
    "nhtsa": {
      "endpoint": "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/",
      "apiKey": null
    }
  }
}
""", hexs(32).upper())

add("go/telegram-bot-token", "cmd/crewbot/main.go", "https://core.telegram.org/bots/api", '''
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil && update.Message.Command() == "jobs" {
			bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, todaysJobs()))
		}
	}
}
''', telegram_token())

add("java/mqtt-password", "src/main/java/com/fixitvans/telemetry/MqttConfig.java", "https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", '''
package com.fixitvans.telemetry;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

public final class MqttConfig {
    public static final String BROKER = "ssl://mqtt.fixitvans.co:8883";

    public static MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName("telemetry-consumer");
        o.setPassword("@@secret@@".toCharArray());
        o.setAutomaticReconnect(true);
        o.setCleanSession(false);
        return o;
    }
}
''', rand_pw(20, "!#"))

add("csharp/geotab-password", "FleetPortal/Services/GeotabClient.cs", "https://developers.geotab.com/myGeotab/guides/dotNetSdk", '''
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace FleetPortal.Services;

public class GeotabClient
{
    private readonly API _api = new API(
        "reports@fleetportal.example-fleet.com",
        "@@secret@@",
        null,
        "fleetportal_prod",
        "my.geotab.com");

    public async Task<IList<Device>> VansAsync()
    {
        await _api.AuthenticateAsync();
        return await _api.CallAsync<IList<Device>>("Get", typeof(Device));
    }
}
''', words_pw())

add("php/smtp-password", "wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", '''
<?php
add_action('phpmailer_init', function ($mailer) {
    $mailer->isSMTP();
    $mailer->Host = 'smtp.gmail.com';
    $mailer->SMTPAuth = true;
    $mailer->Port = 587;
    $mailer->SMTPSecure = 'tls';
    $mailer->Username = 'bookings.mobilemech@gmail.com';
    $mailer->Password = '@@secret@@';
    $mailer->From = 'bookings.mobilemech@gmail.com';
    $mailer->FromName = 'Mobile Mechanic Bookings';
});
''', "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", '''
redis_url = "rediss://default:@@secret@@@fixitvans-jobs.upstash.io:6379"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
''', mixed(32))

add("typescript/aws-secret-access-key", "scripts/upload-manuals.ts", "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/loading-node-credentials-environment.html", '''
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { readFileSync, readdirSync } from "node:fs";

const s3 = new S3Client({
  region: "us-east-1",
  credentials: { accessKeyId: "@@kid@@", secretAccessKey: "@@secret@@" },
});

for (const f of readdirSync("./manuals")) {
  await s3.send(new PutObjectCommand({ Bucket: "vanwrench-repair-manuals", Key: f, Body: readFileSync(`./manuals/${f}`) }));
  console.log("uploaded", f);
}
''', (_K := aws_pair())[1], kid=_K[0])

add("kotlin/obd-dongle-wifi-password", "app/src/main/java/com/roadfix/tech/obd/DongleConnector.kt", "https://developer.android.com/reference/android/net/wifi/WifiNetworkSpecifier.Builder", '''
package com.roadfix.tech.obd

import android.net.NetworkRequest
import android.net.NetworkCapabilities
import android.net.wifi.WifiNetworkSpecifier

object DongleConnector {
    // every fleet dongle was re-flashed with the same AP passphrase
    private const val DONGLE_PASSPHRASE = "@@secret@@"

    fun request(ssid: String): NetworkRequest = NetworkRequest.Builder()
        .addTransportType(NetworkCapabilities.TRANSPORT_WIFI)
        .removeCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET)
        .setNetworkSpecifier(WifiNetworkSpecifier.Builder().setSsid(ssid).setWpa2Passphrase(DONGLE_PASSPHRASE).build())
        .build()
}
''', passphrase())

add("dockerfile/github-token", "quote-service/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", '''
FROM ruby:3.3-slim
ARG BUNDLE_GITHUB__COM=x-access-token:@@secret@@
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
''', github_token())

add("sql/sql-server-password", "db/admin/link_parts_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- link the shop DB to the parts catalog server for the nightly price join
EXEC sp_addlinkedserver @server = N'PARTSCAT', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'parts-sql.roadfix.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PARTSCAT', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'price_reader', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM PARTSCAT.PartsCatalog.dbo.Prices ORDER BY UpdatedAt DESC;
""", words_pw())

add("log/aws-secret-access-key", "logs/tablet-sync-crash.log", "https://docs.python.org/3/library/traceback.html", """
2026-11-29 22:14:03 ERROR tablet_sync: upload failed, dumping config for support
2026-11-29 22:14:03 ERROR tablet_sync:   BUCKET=roadfix-inspection-photos
2026-11-29 22:14:03 ERROR tablet_sync:   AWS_ACCESS_KEY_ID=@@kid@@
2026-11-29 22:14:03 ERROR tablet_sync:   AWS_SECRET_ACCESS_KEY=@@secret@@
2026-11-29 22:14:03 ERROR tablet_sync:   REGION=us-east-2
2026-11-29 22:14:03 ERROR tablet_sync: botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL
""", (_K := aws_pair())[1], kid=_K[0])

add("github-actions/shopmonkey-api-key", ".github/workflows/nightly-sync.yml", "https://docs.github.com/en/actions/using-workflows/events-that-trigger-workflows#schedule", """
name: nightly-sync
on:
  schedule:
    - cron: "15 8 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SHOPMONKEY_API_KEY: @@secret@@
      SHOPMONKEY_LOCATION_ID: loc_7Q2K
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt && python -m shopmonkey_sync
""", jwt_like())
# ---------------------------------------------------------------- more decoys

add("properties/decoy-jasypt-encrypted", "src/main/resources/application-staging.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.datasource.url=jdbc:postgresql://crew-db-staging.roadfix.internal:5432/crew
spring.datasource.username=crew_app
spring.datasource.password=ENC(@@e1@@)
roadfix.samsara.token=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", e1=binb64(48), e2=binb64(64))

add("markdown/decoy-api-example", "docs/partner-api.md", "https://swagger.io/docs/specification/authentication/api-keys/", """
# Partner API quick start

Every request carries your partner key in `X-Partner-Key`. Keys start with `vwk_live_`
(production) or `vwk_test_` (sandbox) and are shown once when you create them in the portal.

```bash
curl https://api.vanwrench.com/v2/jobs \\
  -H "X-Partner-Key: $VANWRENCH_PARTNER_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"kind":"jump-start","lat":30.27,"lng":-97.74,"vehicle":{"vin":"1FTBW3XM5HKA12345"}}'
```

Sample response: `{"id":"job_01J9Z8K2QW","status":"dispatched","eta_minutes":22}`
""")

add("yaml/decoy-ssm-parameters", "copilot/dispatch-api/manifest.yml", "https://aws.github.io/copilot-cli/docs/developing/secrets/", """
name: dispatch-api
type: Load Balanced Web Service
http:
  path: '/'
  healthcheck: /health
image:
  build: Dockerfile
  port: 8080
cpu: 512
memory: 1024
variables:
  SERVICE_AREA: austin-metro
secrets:
  STRIPE_SECRET_KEY: /copilot/vanwrench/prod/secrets/stripe_secret_key
  SAMSARA_API_TOKEN: /copilot/vanwrench/prod/secrets/samsara_api_token
  DB_PASSWORD:
    secretsmanager: 'prod/dispatch/db:password::'
""")

add("python/decoy-aws-doc-example", "docs/examples/boto3_profile.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", '''
"""Example from our onboarding doc: never paste real keys; use a named profile instead.

The values below are the placeholders from the AWS documentation.
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""
import boto3

session = boto3.Session(profile_name="roadfix-photos")
s3 = session.client("s3")
print(s3.list_objects_v2(Bucket="roadfix-inspection-photos", MaxKeys=5).get("KeyCount"))
''')

add("csv/decoy-parts-orders", "exports/parts_orders_2026-11.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
po_number,supplier,order_ref,tracking,part,qty,van
PO-26-11-0412,NAPA,@@o1@@,1Z999AA1@@t1@@,NAP-8448MF-AGM,2,van-01
PO-26-11-0413,Worldpac,@@o2@@,1Z999AA1@@t2@@,WPC-D1414C-8Q2K,1,van-03
PO-26-11-0420,AutoZone,@@o3@@,,AZ-SL-10014,6,van-02
PO-26-11-0427,NAPA,@@o4@@,1Z999AA1@@t3@@,NAP-782-1120,4,van-04
""", o1=uuid_s(), o2=uuid_s(), o3=uuid_s(), o4=uuid_s(), t1=hexs(10).upper(), t2=hexs(10).upper(), t3=hexs(10).upper())

add("log/decoy-redacted-headers", "logs/partner-bridge-2026-12-04.log", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """
[2026-12-04T09:10:44Z] DEBUG http > POST https://api.hcp.example-housecall.com/v1/jobs
[2026-12-04T09:10:44Z] DEBUG http > Authorization: Token [FILTERED]
[2026-12-04T09:10:44Z] DEBUG http > X-Request-Id: @@rid@@
[2026-12-04T09:10:45Z] DEBUG http < 201 Created
[2026-12-04T09:10:45Z] INFO  job created hcp_job=job_4c8e1 local=J-88911
""", rid=uuid_s())

add("swift/decoy-xcconfig-reference", "TechApp/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """
// Release settings; secret values are injected by CI from the keychain, not stored here.
PRODUCT_BUNDLE_IDENTIFIER = com.vanwrench.tech
DISPATCH_BASE_URL = https:/$()/dispatch.fixitvans.co/api
MOTIVE_API_KEY = $(MOTIVE_API_KEY_FROM_CI)
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
#include? "Secrets.xcconfig"
""")
