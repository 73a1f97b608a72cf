"""Blind set IX: hearing-aid clinics and audiologists, their fitting software, device vendors and small IT.

Clinic booking sites and patient portals, Noah and fitting-software integrations, practice management
exports (Sycle, Blueprint, Auditdata), vendor order and remote-care APIs, clinic IT scripts, backups,
CI and containers, runbooks and handover notes, and their decoys.
Generated fakes only (seeds 4010000-4019999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4010000, 4019999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Cochlea", "Stirrup", "Anvil", "Tinnitus", "Decibel", "Otter", "Harbor", "Cedar", "Falcon", "Lantern",
         "Meadow", "Beacon", "Quartz", "Juniper", "Kestrel", "Willow", "Copper", "Summit", "Marlin", "Basalt"]
LOWER = ["hammer", "treble", "timbre", "echo", "pillow", "violet", "anchor", "walnut", "harvest", "lagoon",
         "pebble", "cricket", "saddle", "orchid", "ember", "piano"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


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


def teams_webhook() -> str:
    return (f"https://clearsound.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + rand_pw(43, "_-"))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "_-") for _ in range(68))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_api_key_sid() -> str:
    return "SK" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def postmark_token() -> str:
    return uuid_s()


def datadog_key() -> str:
    return hexs(32)


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1IjoiY2xlYXJzb3VuZCIsImEiOiJ" + "".join(r.choice(ALNUM) for _ in range(22)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    r = _rng()
    return f"{head}.{body}." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def fernet_key() -> str:
    r = random.Random(_seed())
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def sha256ish() -> str:
    return hexs(64)


def app_password() -> str:
    """An Apple / Google app-specific password: four groups of four lower-case letters."""
    r = _rng()
    return "-".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def ed25519_pem() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


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
    CASES.append(LabelledCase(f"blind-ix/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files

add("env/stripe-secret-key", "booking-site/.env.production", "Stripe docs: API keys", """
# ClearSound Hearing booking site - production
APP_ENV=production
APP_URL=https://book.clearsoundhearing.co.uk
DB_HOST=10.20.0.14
DB_DATABASE=bookings
DB_USERNAME=bookings_app
DB_PASSWORD=${BOOKINGS_DB_PASSWORD}
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
HEARING_TEST_DEPOSIT_PENCE=2500
MAIL_MAILER=smtp
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/twilio-auth-token", "reminders/.env", "Twilio docs: Auth tokens and how to change them", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+441618880123
REMINDER_HOURS_BEFORE=24,2
CLINIC_TZ=Europe/London
""", hexs(32), sid=twilio_sid())

add("env/database-password", "sycle-sync/.env", "PostgreSQL docs: libpq connection URIs", """
# nightly Sycle -> warehouse sync for Bright Ears Audiology (4 clinics)
SYCLE_EXPORT_DIR=/srv/sycle/exports
WAREHOUSE_URL=postgresql://etl_writer:@@secret@@@pg-bi.brightears.local:5432/warehouse
LOG_LEVEL=info
SYNC_CRON=15 2 * * *
""", rand_pw(22))

add("env/sendgrid-api-key", "patient-portal/.env.local", "SendGrid docs: API keys", """
NEXT_PUBLIC_CLINIC_NAME="Hearwell Audiology"
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LcQx2MpAAAAAFj2kq0b9mVvH3nX1rYqWcTzPdEu
SENDGRID_API_KEY=@@secret@@
SENDGRID_TEMPLATE_APPOINTMENT=d-4f1c2b7e9a0d4e31b6c8f2a7d5e91c04
PORTAL_SESSION_TTL=3600
""", sendgrid_key())

add("env/decoy-env-reference", "booking-site/.env.example", "Laravel docs: environment configuration", """
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=bookings
DB_USERNAME=bookings_app
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_your_key_here
TWILIO_AUTH_TOKEN=changeme
MAIL_PASSWORD=
""")

add("env/smtp-password", "noah-bridge/.env", "Microsoft docs: SMTP AUTH client submission", """
NOAH_SERVER=NOAHSRV01
NOAH_API_BASE=https://noahsrv01.hearwell.local:8443/noah
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_USER=reports@hearwellaudiology.com
SMTP_PASS=@@secret@@
REPORT_TO=practice.manager@hearwellaudiology.com
""", words_pw())

add("env/decoy-publishable-key", "web/.env.production", "Stripe docs: publishable keys", """
# public build-time values only; secrets come from the host
VITE_STRIPE_PK=@@pk@@
VITE_GOOGLE_MAPS_KEY_REF=maps-browser-key
VITE_RECAPTCHA_SITE_KEY=6LfB8QkqAAAAAG3zK1mPq9VxWc2nR7tHjYsDe0Lb
VITE_CLINIC_FINDER_API=https://api.clearsoundhearing.co.uk/v1/clinics
VITE_SENTRY_ENVIRONMENT=production
""", pk=stripe_key("pk_live_"))

add("env/openai-api-key", "transcribe-notes/.env", "OpenAI docs: API keys", """
# audiologist dictation -> structured case notes
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
NOTES_BUCKET=hearwell-case-notes
MAX_AUDIO_MINUTES=12
""", fakes.openai_key(_seed()))

add("env/decoy-vault-reference", "fitting-sync/.env.vault-agent", "HashiCorp Vault docs: Vault Agent templates", """
# rendered at start by vault-agent; values below are paths, not secrets
NOAH_DB_PASSWORD=vault:secret/data/clinic/noah#password
SMTP_PASSWORD=vault:secret/data/clinic/smtp#password
STRIPE_SECRET_KEY=vault:secret/data/payments/stripe#secret_key
VAULT_ADDR=https://vault.brightears.local:8200
VAULT_ROLE=fitting-sync
""")

add("env/redis-password", "queue/.env.staging", "Redis docs: AUTH and redis-cli URIs", """
# staging queue for remote-care jobs
QUEUE_CONNECTION=redis
REDIS_URL=redis://:@@secret@@@redis-stg.hearwell.local:6379/2
HORIZON_PREFIX=hearwell_stg
REMOTE_CARE_QUEUE=remote-fitting
""", fakes.redis_password(_seed()))

add("env/mailgun-api-key", "newsletter/.env", "Mailgun docs: API keys", """
# Audiology Plus patient newsletter
MAILGUN_DOMAIN=mg.audiologyplus.ie
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
NEWSLETTER_LIST=patients-opted-in@mg.audiologyplus.ie
""", mailgun_key())

add("env/decoy-placeholder", "remote-care/.env.sample", "dotenv docs: .env files", """
# copy to .env and fill in from 1Password "Remote Care" vault
AUDIOCARE_API_BASE=https://sandbox.remotecare.example.com/api/v2
AUDIOCARE_CLIENT_ID=<client-id>
AUDIOCARE_CLIENT_SECRET=<client-secret>
AUDIOCARE_WEBHOOK_SECRET=<from vendor portal>
PATIENT_APP_DEEP_LINK=hearwell://pair
""")

add("env/anthropic-api-key", "faq-bot/.env", "Anthropic docs: API keys", """
# website FAQ assistant
ANTHROPIC_API_KEY=@@secret@@
BOT_PERSONA="Hearwell front desk assistant"
KB_PATH=./kb/hearing-aid-care.md
ALLOW_BOOKING=false
""", anthropic_key())

add("env/decoy-twilio-sid", "reminders/.env.ci", "Twilio docs: test credentials", """
# CI uses Twilio magic test numbers; the token is injected by the CI secret store
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=${CI_TWILIO_TEST_TOKEN}
TWILIO_FROM=+15005550006
REMINDER_HOURS_BEFORE=24
""", sid=twilio_sid())

# ---------------------------------------------------------------- python

add("python/stripe-restricted-key", "billing/deposits.py", "Stripe docs: restricted API keys", '''
"""Take the hearing-test deposit and refund it when the patient attends."""
import stripe

stripe.api_key = "@@secret@@"

DEPOSIT_PENCE = 2500


def take_deposit(customer_id: str, appointment_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=DEPOSIT_PENCE,
        currency="gbp",
        customer=customer_id,
        metadata={"appointment": appointment_id},
    )
    return intent.client_secret


def refund_deposit(payment_intent: str) -> None:
    stripe.Refund.create(payment_intent=payment_intent)
''', stripe_key("rk_live_"))

add("python/database-password", "noah_export/db.py", "pyodbc docs: connecting to SQL Server", '''
import pyodbc

# Noah 4 server at the Leeds clinic
CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=NOAHSRV01\\\\NOAH;DATABASE=NOAH;"
    "UID=noah_reader;PWD=@@secret@@;"
    "TrustServerCertificate=yes"
)


def connect():
    return pyodbc.connect(CONN_STR, timeout=10)


def audiograms_since(cursor, since):
    cursor.execute("SELECT PatientID, ActionDate, DataType FROM Actions WHERE ActionDate > ?", since)
    return cursor.fetchall()
''', words_pw())

add("python/slack-webhook", "ops/alert_backup.py", "Slack docs: incoming webhooks", '''
import json
import sys
import urllib.request

WEBHOOK = "@@secret@@"


def post(text: str) -> None:
    body = json.dumps({"text": text}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    post(f":warning: Noah backup failed on {sys.argv[1]}")
''', slack_webhook())

add("python/aws-secret-key", "scripts/upload_audiograms.py", "AWS docs: boto3 credentials", '''
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path: str, patient_ref: str) -> None:
    key = f"audiograms/{patient_ref}/{path.rsplit('/', 1)[-1]}"
    s3.upload_file(path, "clearsound-clinical-archive", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-env-reference", "billing/settings.py", "Django docs: settings", '''
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
TWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hearwell",
        "USER": "hearwell",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
''')

add("python/django-secret-key", "portal/portal/settings/prod.py", "Django docs: SECRET_KEY", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.hearwellaudiology.com"]
SECRET_KEY = "@@secret@@"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
PATIENT_UPLOAD_MAX_MB = 20
''', fakes.django_secret_key(_seed()))

add("python/telegram-bot-token", "ops/clinic_bot.py", "Telegram docs: Bot API", '''
"""Posts the day's fitting list to the audiologists' Telegram group."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001788203311


def send(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()))

add("python/decoy-hash", "noah_export/dedupe.py", "Python docs: hashlib", '''
import hashlib

# sha256 of the known-good NoahDataImport.dll shipped with Noah 4.15
EXPECTED_DLL_SHA256 = "@@h@@"
PATIENT_SALT_NAME = "NOAH_EXPORT_SALT"  # read from env at runtime


def file_digest(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def verify(path: str) -> bool:
    return file_digest(path) == EXPECTED_DLL_SHA256
''', h=sha256ish())

add("python/hubspot-private-app-token", "crm/sync_leads.py", "HubSpot docs: private apps", '''
from hubspot import HubSpot

client = HubSpot(access_token="@@secret@@")


def push_lead(name: str, email: str, clinic: str) -> None:
    client.crm.contacts.basic_api.create(
        simple_public_object_input_for_create={
            "properties": {"firstname": name, "email": email, "preferred_clinic": clinic,
                           "lifecyclestage": "lead", "lead_source": "online hearing check"}
        }
    )
''', hubspot_token())

add("python/ldap-password", "it/ad_sync.py", "ldap3 docs: connections", '''
from ldap3 import Connection, Server, ALL

server = Server("ldaps://dc01.brightears.local", get_info=ALL)
conn = Connection(server, user="BRIGHTEARS\\\\svc_adsync", password="@@secret@@", auto_bind=True)

conn.search("OU=Audiologists,DC=brightears,DC=local", "(objectClass=user)",
            attributes=["sAMAccountName", "mail", "physicalDeliveryOfficeName"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.physicalDeliveryOfficeName)
''', words_pw())

add("python/decoy-test-fixture", "tests/test_deposits.py", "Stripe docs: testing", '''
import pytest

from billing import deposits


@pytest.fixture
def fake_stripe(monkeypatch):
    monkeypatch.setattr(deposits.stripe, "api_key", "sk_test_dummy")
    monkeypatch.setattr(deposits.stripe.PaymentIntent, "create",
                        lambda **kw: type("PI", (), {"client_secret": "pi_123_secret_abc"}))


def test_deposit_amount(fake_stripe):
    assert deposits.take_deposit("cus_TEST", "appt-42") == "pi_123_secret_abc"
''')

_RELAY_PW = words_pw()
add("python/remote-fitting-password", "fitting/remote_session.py", "requests docs: authentication", '''
import requests

# vendor remote-fitting relay (clinic account 40812)
RELAY = "https://relay.remotefit-partner.com/api/v1"
_user = "clinic40812"
_pw = ("@@p1@@" "@@p2@@" "@@p3@@")


def open_session(patient_ref: str, device_serial: str) -> str:
    r = requests.post(f"{RELAY}/sessions", auth=(_user, _pw),
                      json={"patient": patient_ref, "serial": device_serial}, timeout=15)
    r.raise_for_status()
    return r.json()["session_url"]
''', _RELAY_PW, p1=_RELAY_PW[:5], p2=_RELAY_PW[5:11], p3=_RELAY_PW[11:])

add("python/decoy-uuid", "fitting/models.py", "Python docs: uuid", '''
import uuid
from dataclasses import dataclass, field

# Noah module ids are GUIDs registered with HIMSA; public identifiers, not credentials
TARGET_MODULE_ID = "@@u1@@"
GENIE_MODULE_ID = "@@u2@@"


@dataclass
class FittingSession:
    patient_id: int
    module_id: str
    session_id: str = field(default_factory=lambda: str(uuid.uuid4()))
''', u1=uuid_s(), u2=uuid_s())

add("python/ftp-password", "it/pull_vendor_invoices.py", "Python docs: ftplib", '''
from ftplib import FTP_TLS

HOST = "ftp.hearingdistribution.example.net"
USER = "acct_77120_brightears"
PASSWORD = "@@secret@@"


def fetch(month: str) -> None:
    ftps = FTP_TLS(HOST)
    ftps.login(USER, PASSWORD)
    ftps.prot_p()
    ftps.cwd(f"/invoices/{month}")
    for name in ftps.nlst():
        with open(f"invoices/{name}", "wb") as out:
            ftps.retrbinary(f"RETR {name}", out.write)
    ftps.quit()
''', rand_pw(14))

add("python/square-access-token", "pos/square_sync.py", "Square docs: access tokens", '''
from square.client import Client

client = Client(access_token="@@secret@@", environment="production")

LOCATION_IDS = {"leeds": "L8X2M0QY7H3JD", "york": "L1KQ0ZP9W2R4B"}


def todays_payments(location: str):
    result = client.payments.list_payments(location_id=LOCATION_IDS[location], begin_time="2024-05-01T00:00:00Z")
    return result.body.get("payments", [])
''', square_token())

add("python/decoy-regex", "scanner/redact.py", "Python docs: re", r'''
"""Redact patient identifiers before notes leave the clinic network."""
import re

NHS_NUMBER = re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b")
DEVICE_SERIAL = re.compile(r"\b(?:SN|S/N)[:\s]*[0-9A-Z]{8,12}\b")
STRIPE_KEY = re.compile(r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}\b")
PASSWORD_LINE = re.compile(r"(?i)password\s*[:=]\s*\S+")


def redact(text: str) -> str:
    for pattern in (NHS_NUMBER, DEVICE_SERIAL, STRIPE_KEY, PASSWORD_LINE):
        text = pattern.sub("[REDACTED]", text)
    return text
''')

add("python/fernet-key", "portal/crypto.py", "cryptography docs: Fernet", '''
from cryptography.fernet import Fernet

# encrypts uploaded audiogram PDFs at rest
_KEY = b"@@secret@@"
_f = Fernet(_KEY)


def seal(data: bytes) -> bytes:
    return _f.encrypt(data)


def unseal(token: bytes) -> bytes:
    return _f.decrypt(token)
''', fernet_key())

add("python/decoy-redacted", "ops/rotate_smtp.py", "Microsoft docs: app passwords", '''
"""Rotation helper: prints what changed, never the value."""
import logging

log = logging.getLogger("rotate")

OLD_PASSWORD_HINT = "************"  # redacted, see 1Password item "M365 relay"


def report(account: str, changed: bool) -> None:
    log.info("smtp account %s rotated=%s old=%s", account, changed, OLD_PASSWORD_HINT)
''')

add("python/mqtt-password", "devices/charger_telemetry.py", "Eclipse Paho docs: username_pw_set", '''
"""Collects battery/charger telemetry from loaner hearing-aid chargers in the clinic."""
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="clinic-gateway-leeds")
client.username_pw_set("gateway", "@@secret@@")
client.tls_set()
client.connect("mqtt.brightears.local", 8883)


def on_message(_c, _u, msg):
    print(msg.topic, msg.payload[:80])


client.on_message = on_message
client.subscribe("chargers/+/battery")
client.loop_forever()
''', passphrase())

add("python/decoy-public-id", "fitting/vendors.py", "HIMSA docs: Noah module registration", '''
# Manufacturer codes as registered in Noah (public), and the partner-portal URLs.
MANUFACTURERS = {
    "Phonak": {"noah_code": 106, "portal": "https://www.phonakpro.com"},
    "Oticon": {"noah_code": 102, "portal": "https://www.oticon.global/professionals"},
    "Signia": {"noah_code": 111, "portal": "https://www.signia-pro.com"},
    "ReSound": {"noah_code": 104, "portal": "https://pro.resound.com"},
    "Widex": {"noah_code": 101, "portal": "https://www.widexpro.com"},
    "Starkey": {"noah_code": 110, "portal": "https://starkeypro.com"},
}
ORDER_EMAIL_DOMAIN = "orders.brightears.co.uk"
''')

add("python/jwt-signing-secret", "portal/auth/tokens.py", "PyJWT docs: HS256", '''
import datetime as dt

import jwt

JWT_SECRET = "@@secret@@"
ALGORITHM = "HS256"


def issue(patient_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(patient_id), "iat": now, "exp": now + dt.timedelta(hours=1)},
                      JWT_SECRET, algorithm=ALGORITHM)


def check(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[ALGORITHM])
''', hexs(64))

# ---------------------------------------------------------------- notebooks

add("notebook/database-password", "analysis/repair_turnaround.ipynb", "Jupyter docs: notebook format", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Repair turnaround by manufacturer, 2023"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('mysql+pymysql://analyst:@@secret@@@blueprint-db.hearwell.local/oms')\n",
    "repairs = pd.read_sql('SELECT manufacturer, sent_on, returned_on FROM repairs', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "repairs['days'] = (repairs.returned_on - repairs.sent_on).dt.days\n",
    "repairs.groupby('manufacturer').days.median()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', rand_pw(16))

add("notebook/decoy-env-reference", "analysis/fitting_outcomes.ipynb", "Jupyter docs: notebook format", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine(os.environ['WAREHOUSE_URL'])\n",
    "ioi = pd.read_sql('SELECT clinic, ioi_ha_score FROM outcomes', eng)\n",
    "ioi.groupby('clinic').ioi_ha_score.mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/google-api-key", "analysis/clinic_catchment.ipynb", "Google Maps Platform docs: API keys", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\n",
    "clinics = ['Leeds LS1 4AP', 'York YO1 7HH', 'Harrogate HG1 1BA']\n",
    "geo = {c: gmaps.geocode(c)[0]['geometry']['location'] for c in clinics}"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', google_api_key())

# ---------------------------------------------------------------- yaml, k8s, compose, CI

_PORTAL_DB_PW = words_pw()
add("k8s-secret/database-password", "deploy/k8s/portal-db-secret.yaml", "Kubernetes docs: Secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: patient-portal
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
  DB_HOST: @@h@@
""", _PORTAL_DB_PW, u=b64("portal"), p=b64(_PORTAL_DB_PW), h=b64("pg-portal.hearwell.svc"))

add("k8s-secret/stripe-webhook-secret", "deploy/k8s/billing-secrets.yaml", "Stripe docs: webhook signatures", """
apiVersion: v1
kind: Secret
metadata:
  name: billing
  namespace: booking
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  DEPOSIT_CURRENCY: gbp
""", stripe_whsec())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed-smtp.yaml", "Bitnami Sealed Secrets docs", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: patient-portal
spec:
  encryptedData:
    SMTP_PASSWORD: AgB7x3Kq9mZt2vQpL8nR4wYc6hJf1sDg0aUe5iOb3kTy7rWq2xNm9pLv4cZs8dHf6jGk1aQw3eRt5yUi7oPl9zXc2vBn4mMq6wEr8tYu0iOp3aSd5fGh7jKl9zXc1vBn3mQw5eRt7yUi9oPa2sDf4gHj6kLz8xCv0bNm
    SMTP_USER: AgC1qWe3rTy5uIo7pAs9dFg2hJk4lZx6cVb8nMq0wEr2tYu4iOp6aSd8fGh0jKl3zXc5vBn7mQw9eRt1yUi3oPa5sDf7gHj9kLz2xCv4bNm6qWe8rTy0uIo2pAs4dFg6hJk8lZx0cVb2nMq
  template:
    metadata:
      name: smtp-relay
""")

add("compose/database-password", "docker-compose.yml", "Docker docs: Compose environment", """
services:
  oms:
    image: registry.brightears.local/oms-web:2.14
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: mysql://oms:@@secret@@@db:3306/oms
      TZ: Europe/London
    depends_on: [db]
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: oms
      MYSQL_USER: oms
      MYSQL_PASSWORD: @@secret@@
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
    volumes: ["dbdata:/var/lib/mysql"]
volumes:
  dbdata: {}
""", words_pw())

add("compose/decoy-env-reference", "remote-care/docker-compose.override.yml", "Docker docs: variable interpolation", """
services:
  api:
    environment:
      AUDIOCARE_CLIENT_SECRET: ${AUDIOCARE_CLIENT_SECRET:?set in .env}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      JWT_SECRET_FILE: /run/secrets/jwt_secret
    secrets: [jwt_secret]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
secrets:
  jwt_secret:
    file: ./secrets/jwt_secret.txt
""")

add("compose/redis-password", "queue/docker-compose.yml", "Redis docs: requirepass", """
services:
  redis:
    image: redis:7
    command: redis-server --appendonly yes --requirepass @@secret@@
    ports: ["127.0.0.1:6379:6379"]
  worker:
    build: .
    environment:
      REDIS_HOST: redis
      REMOTE_CARE_QUEUE: remote-fitting
""", fakes.redis_password(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-portal.yml", "GitHub docs: using secrets in Actions", """
name: deploy-portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("github-actions/pypi-token", ".github/workflows/release-noah-tools.yml", "PyPI docs: API tokens", """
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
        with: {python-version: "3.12"}
      - run: python -m pip install build twine && python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/slack-bot-token", ".github/workflows/nightly-export.yml", "Slack docs: bot tokens", """
name: nightly-sycle-export
on:
  schedule: [{cron: "30 2 * * *"}]
jobs:
  export:
    runs-on: [self-hosted, clinic-lan]
    env:
      SLACK_BOT_TOKEN: @@secret@@
      SLACK_CHANNEL: "#clinic-it"
    steps:
      - uses: actions/checkout@v4
      - run: python sycle_export.py --since yesterday
      - if: failure()
        run: python notify.py "Sycle export failed"
""", slack_bot())

add("github-actions/decoy-oidc", ".github/workflows/backup-terraform.yml", "GitHub docs: OpenID Connect in AWS", """
name: backup-infra
on: [workflow_dispatch]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482915306127:role/gha-backup-infra
          aws-region: eu-west-2
      - run: terraform init && terraform plan
""")

add("yaml/smtp-password", "config/notifications.yml", "Spring Boot docs: mail properties", """
notifications:
  sender: "Hearwell Audiology <noreply@hearwellaudiology.com>"
  smtp:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: @@secret@@
  templates:
    reminder: templates/reminder.html
    battery_reorder: templates/battery_reorder.html
""", sendgrid_key())

add("yaml/decoy-placeholder", "config/notifications.example.yml", "Spring Boot docs: mail properties", """
notifications:
  sender: "Clinic Name <noreply@example.com>"
  smtp:
    host: smtp.example.com
    port: 587
    username: YOUR_SMTP_USERNAME
    password: YOUR_SMTP_PASSWORD
  templates:
    reminder: templates/reminder.html
""")

add("yaml/remote-care-client-secret", "config/remote-care.yaml", "OAuth 2.0 RFC 6749: client credentials grant", """
remote_care:
  vendor: "AudioLink Remote Care"
  token_url: https://auth.audiolink-remote.example.com/oauth2/token
  client_id: hearwell-clinic-0419
  client_secret: @@secret@@
  scopes: [fitting.read, fitting.adjust, patient.invite]
  poll_interval_seconds: 30
""", rand_pw(40, "-_"))

add("ansible/admin-password", "ansible/group_vars/clinic_pcs.yml", "Ansible docs: Windows remote management", """
ansible_user: BRIGHTEARS\\svc_ansible
ansible_password: @@secret@@
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
noah_installer: \\\\fs01\\software\\Noah4\\Noah4Setup.exe
fitting_modules:
  - PhonakTarget
  - OticonGenie2
  - SigniaConnexx
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/noah_servers/vault.yml", "Ansible docs: Vault encrypted variables", """
noah_sql_sa_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          63386162346332373930363261653465343935376664623035616638653132343963653830663932
          3366316238356335313865303962383365643563343161370a306230353230646461643237353630
          65383364303131663361623162663462303635363661353230343134383763636237653432326661
          3734323337623465640a373762663939623734303530343165383862366664633530623864353764
noah_backup_share: \\\\fs01\\backups\\noah
""")

add("ansible/ldap-password", "ansible/roles/nextcloud/defaults/main.yml", "Nextcloud docs: LDAP user and group backend", """
nextcloud_domain: files.brightears.co.uk
nextcloud_ldap:
  host: ldaps://dc01.brightears.local
  port: 636
  agent_dn: CN=svc_nextcloud,OU=Service Accounts,DC=brightears,DC=local
  agent_password: "@@secret@@"
  base_users: OU=Staff,DC=brightears,DC=local
  login_filter: "(&(objectClass=user)(sAMAccountName=%uid))"
""", rand_pw(18, "!#%"))

# ---------------------------------------------------------------- terraform

add("terraform/database-password", "infra/rds.tf", "Terraform docs: aws_db_instance", """
resource "aws_db_instance" "portal" {
  identifier              = "hearwell-portal"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.small"
  allocated_storage       = 40
  username                = "portal_admin"
  password                = "@@secret@@"
  storage_encrypted       = true
  backup_retention_period = 14
  skip_final_snapshot     = false
  tags = {
    owner = "clinic-it"
  }
}
""", rand_pw(24))

add("terraform/decoy-variable-reference", "infra/secrets.tf", "Terraform docs: sensitive variables", """
variable "portal_db_password" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "hearwell/portal/db"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = var.portal_db_password
}
""")

add("terraform/azure-client-secret", "infra/azure/providers.tf", "Terraform docs: azurerm provider, client secret", """
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cli@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "clinic_backup" {
  name     = "rg-clinic-backup"
  location = "uksouth"
}
""", azure_secret(), sub=uuid_s(), ten=uuid_s(), cli=uuid_s())

add("terraform/decoy-public-ids", "infra/azure/backup.tf", "Terraform docs: azurerm_recovery_services_vault", """
data "azurerm_client_config" "current" {}

resource "azurerm_recovery_services_vault" "noah" {
  name                = "rsv-noah-backups"
  location            = "uksouth"
  resource_group_name = "rg-clinic-backup"
  sku                 = "Standard"
  soft_delete_enabled = true
}

output "tenant_id" {
  value = data.azurerm_client_config.current.tenant_id
}
# subscription: @@sub@@ (Clinic IT - Production)
""", sub=uuid_s())

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "Terraform docs: Cloudflare provider", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "@@zone@@"
  name    = "book"
  value   = "book-lb-1180.eu-west-2.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", rand_pw(40, "_-"), zone=hexs(32))

# ---------------------------------------------------------------- json

add("json/stripe-secret-key", "appsettings.Production.json", "Microsoft docs: ASP.NET Core configuration", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Oms": "Server=sql01;Database=OMS;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Stripe": {
    "PublishableKey": "@@pk@@",
    "SecretKey": "@@secret@@"
  },
  "Clinic": { "Name": "ClearSound Hearing", "Region": "UK" }
}
""", stripe_key(), pk=stripe_key("pk_live_"))

add("json/sql-password", "OmsSync/appsettings.json", "Microsoft docs: SQL Server connection strings", """
{
  "ConnectionStrings": {
    "Noah": "Server=NOAHSRV01\\\\NOAH;Database=NOAH;User Id=noahsync;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Sync": {
    "IntervalMinutes": 15,
    "Clinics": ["Leeds", "York", "Harrogate"]
  }
}
""", words_pw())

add("json/decoy-firebase-config", "patient-app/src/firebase.json", "Firebase docs: web app config", """
{
  "apiKey": "@@k@@",
  "authDomain": "hearwell-patient-app.firebaseapp.com",
  "projectId": "hearwell-patient-app",
  "storageBucket": "hearwell-patient-app.appspot.com",
  "messagingSenderId": "418203377051",
  "appId": "1:418203377051:web:7c2e9f04b1d3a6e8f5a901"
}
""", k=google_api_key())

# (labelled by the key's first body line: the key is written JSON-escaped, one line, and a gate
# that reports it as written or unescaped holds that line either way)
_GCP_PEM = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("json/gcp-service-account-key", "secrets/gcp-sa-booking.json", "Google Cloud docs: service account keys", """
{
  "type": "service_account",
  "project_id": "clearsound-booking",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret_json@@",
  "client_email": "calendar-sync@clearsound-booking.iam.gserviceaccount.com",
  "client_id": "104882031975522310447",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _GCP_PEM.splitlines()[1], secret_json=_GCP_PEM.replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-package-lock", "portal-web/package-lock.json", "npm docs: package-lock.json", """
{
  "name": "portal-web",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=b64(hexs(48))[:86] + "==")

add("json/postmark-server-token", "mailer/config.json", "Postmark docs: server API tokens", """
{
  "provider": "postmark",
  "serverToken": "@@secret@@",
  "messageStream": "outbound",
  "from": "appointments@audiologyplus.ie",
  "templates": {"reminder": 33418207, "aftercare": 33418211}
}
""", postmark_token())

add("json/decoy-vscode-launch", ".vscode/launch.json", "VS Code docs: launch configurations", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "OmsSync",
      "type": "coreclr",
      "request": "launch",
      "program": "${workspaceFolder}/OmsSync/bin/Debug/net8.0/OmsSync.dll",
      "env": { "ASPNETCORE_ENVIRONMENT": "Development", "NOAH_PASSWORD": "${env:NOAH_PASSWORD}" }
    }
  ]
}
""")

add("json/npm-token", "portal-web/.npmrc.json", "npm docs: access tokens", """
{
  "registry": "https://registry.npmjs.org/",
  "scopedRegistries": {"@hearwell": "https://registry.npmjs.org/"},
  "authToken": "@@secret@@",
  "alwaysAuth": true,
  "note": "publish token for @hearwell/audiogram-chart"
}
""", npm_token())

# ---------------------------------------------------------------- toml / ini / properties / xml

add("toml/pypi-token", "noah-tools/.pypirc.toml", "PyPI docs: API tokens", """
# packaging for the noah-export helper (internal mirror + pypi)
[pypi]
username = "__token__"
password = "@@secret@@"

[tool.release]
repository = "pypi"
sign = false
""", fakes.pypi_token(_seed()))

add("toml/decoy-poetry", "noah-tools/pyproject.toml", "Poetry docs: pyproject.toml", """
[tool.poetry]
name = "noah-export"
version = "0.6.1"
description = "Export audiograms from Noah 4 to PDF and HL7"
authors = ["Bright Ears IT <it@brightears.co.uk>"]

[tool.poetry.dependencies]
python = "^3.10"
pyodbc = "^5.0"
reportlab = "^4.1"

[[tool.poetry.source]]
name = "internal"
url = "https://pypi.brightears.local/simple/"
priority = "supplemental"
""")

add("toml/github-token", "ops/renovate-bot.toml", "GitHub docs: personal access tokens", """
[bot]
name = "clinic-deps-bot"
platform = "github"
token = "@@secret@@"
repositories = ["brightears/oms-web", "brightears/noah-tools"]

[schedule]
cron = "0 6 * * 1"
""", fakes.github_token(_seed()))

add("ini/database-password", "oms/config/database.ini", "PHP docs: parse_ini_file", """
; Blueprint OMS reporting replica
[reporting]
driver = mysql
host = 10.30.1.22
port = 3306
dbname = oms_reporting
user = report_ro
password = "@@secret@@"
charset = utf8mb4
""", rand_pw(15, "#!"))

add("ini/decoy-odbc", "clinic-pc/odbc.ini", "unixODBC docs: odbc.ini", """
[NOAH]
Driver = ODBC Driver 18 for SQL Server
Server = NOAHSRV01\\NOAH
Database = NOAH
Trusted_Connection = yes
TrustServerCertificate = yes

[OMS]
Driver = MySQL ODBC 8.0 Unicode Driver
Server = 10.30.1.22
Database = oms_reporting
""")

add("ini/smb-password", "backup/rclone.conf", "rclone docs: SMB backend", """
[fs01]
type = smb
host = fs01.brightears.local
user = svc_backup
pass = @@secret@@
domain = BRIGHTEARS

[offsite]
type = s3
provider = Wasabi
env_auth = true
region = eu-central-1
""", rand_pw(52, "-_"))

add("properties/smtp-password", "oms-api/src/main/resources/application-prod.properties", "Spring Boot docs: mail properties", """
server.port=8443
spring.datasource.url=jdbc:postgresql://pg01.hearwell.local:5432/oms
spring.datasource.username=oms_api
spring.datasource.password=${OMS_DB_PASSWORD}
spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.hearwellaudiology.com
spring.mail.password=@@secret@@
hearwell.reminders.enabled=true
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("properties/decoy-env-reference", "oms-api/src/main/resources/application.properties", "Spring Boot docs: externalized configuration", """
server.port=8080
spring.datasource.url=jdbc:postgresql://localhost:5432/oms
spring.datasource.username=oms_api
spring.datasource.password=${OMS_DB_PASSWORD:}
spring.mail.password=${MAIL_PASSWORD:}
hearwell.stripe.secret-key=${STRIPE_SECRET_KEY:}
hearwell.reminders.enabled=false
""")

add("xml/sql-password", "FittingBridge/App.config", "Microsoft docs: connectionStrings element", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Noah"
         connectionString="Data Source=NOAHSRV01\\NOAH;Initial Catalog=NOAH;User ID=bridge;Password=@@secret@@;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="C:\\FittingBridge\\Exports" />
    <add key="PollSeconds" value="60" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-encrypted-config", "FittingBridge/App.Release.config", "Microsoft docs: protecting configuration with DPAPI", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAq3vT6m0p2EuX2c1g9y7JzgQAAAACAAAAAAAQZgAAAAEAACAAAAB2Zk9xR8g1mQ4tW3n7bYcLp0eK5sVfJ2aHdUq6iO8rEwAAAAAOgAAAAAIAACAAAAC1</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

add("xml/maven-repo-password", "oms-api/.mvn/settings.xml", "Maven docs: settings.xml servers", """
<settings>
  <servers>
    <server>
      <id>hearwell-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>hearwell-nexus</id>
      <url>https://nexus.hearwell.local/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

# ---------------------------------------------------------------- C#

add("csharp/sql-password", "FittingBridge/NoahRepository.cs", "Microsoft docs: SqlConnection.ConnectionString", """
using System.Data.SqlClient;

namespace FittingBridge
{
    public class NoahRepository
    {
        private const string ConnectionString =
            @"Server=NOAHSRV01\\NOAH;Database=NOAH;User Id=bridge_rw;Password=@@secret@@;TrustServerCertificate=True";

        public SqlConnection Open()
        {
            var conn = new SqlConnection(ConnectionString);
            conn.Open();
            return conn;
        }
    }
}
""", rand_pw(16, "!$"))

add("csharp/sendgrid-api-key", "ClinicMailer/ReminderSender.cs", "SendGrid docs: C# library", """
using SendGrid;
using SendGrid.Helpers.Mail;

public class ReminderSender
{
    private readonly SendGridClient _client = new SendGridClient("@@secret@@");

    public async Task SendAsync(string to, string patientName, DateTime when)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("appointments@clearsoundhearing.co.uk", "ClearSound Hearing"),
            new EmailAddress(to, patientName),
            "Your hearing appointment",
            $"See you on {when:dddd d MMMM 'at' HH:mm}. Please bring your hearing aids.", null);
        await _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("csharp/decoy-configuration", "ClinicMailer/Startup.cs", "Microsoft docs: options pattern", """
public class Startup
{
    public Startup(IConfiguration configuration) => Configuration = configuration;
    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        var apiKey = Configuration["SendGrid:ApiKey"];
        services.AddSingleton<ISendGridClient>(_ => new SendGridClient(apiKey));
        services.Configure<StripeOptions>(Configuration.GetSection("Stripe"));
        services.AddDbContext<OmsContext>(o => o.UseSqlServer(Configuration.GetConnectionString("Oms")));
    }
}
""")

add("csharp/device-vendor-api-key", "OrderDesk/VendorOrderClient.cs", "Microsoft docs: HttpClient default request headers", """
using System.Net.Http;
using System.Net.Http.Headers;

public class VendorOrderClient
{
    private readonly HttpClient _http;

    public VendorOrderClient()
    {
        _http = new HttpClient { BaseAddress = new Uri("https://b2b.hearing-orders.example.com/api/") };
        _http.DefaultRequestHeaders.Add("X-Account", "UK-40812");
        _http.DefaultRequestHeaders.Add("X-Api-Key", "@@secret@@");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Task<HttpResponseMessage> PlaceOrder(string json) =>
        _http.PostAsync("orders", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
""", "hoa_live_" + rand_pw(32))

add("csharp/decoy-test-constants", "OrderDesk.Tests/VendorOrderClientTests.cs", "xUnit docs", """
public class VendorOrderClientTests
{
    private const string FakeApiKey = "test-api-key";
    private const string SampleSerial = "2148A7QX";

    [Fact]
    public void Builds_order_payload()
    {
        var payload = OrderPayload.For("Audeo L90-R", SampleSerial, "left");
        Assert.Contains("\\"side\\":\\"left\\"", payload);
        Assert.NotEqual(FakeApiKey, payload);
    }
}
""")

# ---------------------------------------------------------------- Java / Kotlin

add("java/database-password", "oms-api/src/main/java/uk/hearwell/oms/ReportingDataSource.java", "PostgreSQL JDBC docs", """
package uk.hearwell.oms;

import org.postgresql.ds.PGSimpleDataSource;

public final class ReportingDataSource {
    private ReportingDataSource() {}

    public static PGSimpleDataSource create() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"pg-replica.hearwell.local"});
        ds.setDatabaseName("oms");
        ds.setUser("reporting");
        ds.setPassword("@@secret@@");
        ds.setSsl(true);
        return ds;
    }
}
""", words_pw())

add("java/twilio-auth-token", "oms-api/src/main/java/uk/hearwell/oms/sms/SmsConfig.java", "Twilio docs: Java helper library", """
package uk.hearwell.oms.sms;

import com.twilio.Twilio;

public class SmsConfig {
    public static final String ACCOUNT_SID = "@@sid@@";
    public static final String AUTH_TOKEN = "@@secret@@";

    public static void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
""", hexs(32), sid=twilio_sid())

add("java/decoy-annotation", "oms-api/src/main/java/uk/hearwell/oms/StripeProperties.java", "Spring Boot docs: @ConfigurationProperties", """
package uk.hearwell.oms;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "hearwell.stripe")
public record StripeProperties(String secretKey, String webhookSecret, String currency) {
    public static final String SECRET_KEY_PROPERTY = "hearwell.stripe.secret-key";
    public static final String WEBHOOK_HEADER = "Stripe-Signature";
}
""")

add("kotlin/remote-care-api-token", "patient-app/android/app/src/main/java/com/hearwell/app/RemoteCareApi.kt", "OkHttp docs: interceptors", """
package com.hearwell.app

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val REMOTE_CARE_TOKEN = "@@secret@@"

val remoteCareClient: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $REMOTE_CARE_TOKEN")
                .build()
        )
    })
    .build()
""", "rc_" + rand_pw(40))

add("kotlin/decoy-buildconfig", "patient-app/android/app/build.gradle.kts", "Android docs: BuildConfig fields", """
android {
    namespace = "com.hearwell.app"
    defaultConfig {
        applicationId = "com.hearwell.app"
        minSdk = 28
        buildConfigField("String", "API_BASE", "\\"https://api.hearwellaudiology.com\\"")
        buildConfigField("String", "REMOTE_CARE_TOKEN", "\\"${System.getenv("REMOTE_CARE_TOKEN") ?: ""}\\"")
        manifestPlaceholders["mapsApiKey"] = providers.gradleProperty("MAPS_API_KEY").getOrElse("")
    }
}
""")

add("kotlin/keystore-password", "patient-app/android/app/signing.gradle.kts", "Android docs: sign your app", """
// release signing for the Hearwell patient app
val keystoreFile = file("../release/hearwell-release.jks")
android.signingConfigs.create("release") {
    storeFile = keystoreFile
    storePassword = "@@secret@@"
    keyAlias = "hearwell"
    keyPassword = "@@secret@@"
}
""", words_pw())

# ---------------------------------------------------------------- PHP / Ruby

add("php/database-password", "wp-config.php", "WordPress docs: wp-config.php", """
<?php
/** ClearSound Hearing marketing site */
define( 'DB_NAME', 'clearsound_wp' );
define( 'DB_USER', 'clearsound_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_DEBUG', false );
$table_prefix = 'cs_';
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!^*"))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "WordPress docs: wp-config.php", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("php/wordpress-auth-salt", "wp-config.prod.php", "WordPress docs: secret keys", """
<?php
define( 'DB_NAME', 'hearwell_wp' );
define( 'DB_USER', 'hearwell_wp' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'db' );
define( 'AUTH_KEY', '@@secret@@' );
define( 'NONCE_KEY', 'set-from-env-in-staging' );
$table_prefix = 'hw_';
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(64, "!@#%^&*()-_[]{}<>~+=,.;:/?|"))

add("php/mailchimp-api-key", "wp-content/themes/clearsound/inc/newsletter.php", "Mailchimp docs: API keys", """
<?php
// hearing-loss awareness newsletter signup on the clinic site
const CS_MC_KEY = '@@secret@@';
const CS_MC_LIST = 'a41f7c92e0';

function cs_newsletter_subscribe( $email ) {
    $url = 'https://us21.api.mailchimp.com/3.0/lists/' . CS_MC_LIST . '/members';
    return wp_remote_post( $url, array(
        'headers' => array( 'Authorization' => 'apikey ' . CS_MC_KEY ),
        'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
    ) );
}
""", mailchimp_key())

add("php/decoy-recaptcha-site-key", "wp-content/themes/clearsound/inc/booking-form.php", "Google reCAPTCHA docs: site key", """
<?php
// site key is public; the secret lives in wp-config via getenv('RECAPTCHA_SECRET')
const CS_RECAPTCHA_SITE_KEY = '6LdRk3AqAAAAAM8vZp2Jx0QeYt7WnC4bHs9uLf1E';

function cs_booking_form_scripts() {
    wp_enqueue_script( 'recaptcha', 'https://www.google.com/recaptcha/api.js?render=' . CS_RECAPTCHA_SITE_KEY );
}
add_action( 'wp_enqueue_scripts', 'cs_booking_form_scripts' );
""")

add("ruby/stripe-secret-key", "clinic-shop/config/initializers/stripe.rb", "Stripe docs: Ruby library", """
# Battery subscription shop for ClearSound patients
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key: "@@secret@@"
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ruby/decoy-credentials-reference", "clinic-shop/config/initializers/sendgrid.rb", "Rails docs: custom credentials", """
ActionMailer::Base.smtp_settings = {
  address: "smtp.sendgrid.net",
  port: 587,
  user_name: "apikey",
  password: Rails.application.credentials.dig(:sendgrid, :api_key),
  domain: "clearsoundhearing.co.uk",
  authentication: :plain,
  enable_starttls_auto: true
}
""")

add("ruby/smtp-password", "clinic-shop/config/environments/production.rb", "Rails docs: Action Mailer configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    user_name: "shop@clearsoundhearing.co.uk",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "shop.clearsoundhearing.co.uk" }
end
""", words_pw())

# ---------------------------------------------------------------- Go / Rust / Swift / TypeScript

add("go/database-password", "cmd/battery-reorder/main.go", "Go docs: database/sql with pgx", """
package main

import (
	"database/sql"
	"log"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const dsn = "postgres://reorder:@@secret@@@pg01.brightears.local:5432/oms?sslmode=require"

func main() {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT patient_id, battery_size FROM battery_club WHERE next_ship <= now()`)
	if err != nil {
		log.Fatal(err)
	}
	defer rows.Close()
}
""", rand_pw(18))

add("go/decoy-env-lookup", "cmd/battery-reorder/config.go", "Go docs: os.LookupEnv", """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	DSN       string
	ShipAPIKey string
}

func load() (Config, error) {
	dsn, ok := os.LookupEnv("REORDER_DSN")
	if !ok {
		return Config{}, fmt.Errorf("REORDER_DSN not set")
	}
	return Config{DSN: dsn, ShipAPIKey: os.Getenv("SHIP_API_KEY")}, nil
}
""")

add("go/shipping-api-key", "internal/shipping/client.go", "Royal Mail Click & Drop docs: API authentication", """
package shipping

import (
	"net/http"
	"time"
)

const (
	baseURL = "https://api.parcel.royalmail.com/api/v1"
	apiKey  = "@@secret@@"
)

func NewRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", apiKey)
	return req, nil
}

var Client = &http.Client{Timeout: 20 * time.Second}
""", uuid_s())

add("go/aws-secret-key", "internal/archive/s3.go", "AWS SDK for Go docs: static credentials", """
package archive

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewClient() *s3.Client {
	creds := credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")
	return s3.New(s3.Options{
		Region:      "eu-west-2",
		Credentials: aws.NewCredentialsCache(creds),
	})
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("rust/decoy-test-key", "audiogram-render/src/lib.rs", "Rust docs: unit tests", """
pub fn hearing_loss_grade(pta_db: f32) -> &'static str {
    match pta_db {
        x if x < 20.0 => "normal",
        x if x < 35.0 => "mild",
        x if x < 50.0 => "moderate",
        x if x < 65.0 => "moderately severe",
        x if x < 80.0 => "severe",
        _ => "profound",
    }
}

#[cfg(test)]
mod tests {
    const EXAMPLE_TOKEN: &str = "example-token-not-real";

    #[test]
    fn grades() {
        assert_eq!(super::hearing_loss_grade(42.5), "moderate");
        assert!(!EXAMPLE_TOKEN.is_empty());
    }
}
""")

add("rust/redis-password", "queue-worker/src/main.rs", "redis-rs docs: connection URLs", """
use redis::Commands;

const REDIS_URL: &str = "redis://default:@@secret@@@10.20.0.31:6379/1";

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    loop {
        let job: Option<String> = con.rpop("remote-fitting", None)?;
        if let Some(j) = job {
            println!("fitting job {}", j);
        }
        std::thread::sleep(std::time::Duration::from_secs(2));
    }
}
""", fakes.redis_password(_seed()))

add("swift/decoy-public-config", "HearwellApp/Config.swift", "Apple docs: bundle configuration", """
import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.hearwellaudiology.com")!
    static let stripePublishableKey = "@@pk@@"
    static let appGroup = "group.com.hearwell.app"
    static let supportEmail = "support@hearwellaudiology.com"
    static let mfiProtocol = "com.hearwell.mfi-hearing"
}
""", pk=stripe_key("pk_live_"))

add("swift/remote-care-client-secret", "HearwellApp/RemoteCare/RemoteCareAuth.swift", "OAuth 2.0 RFC 6749: client credentials", """
import Foundation

struct RemoteCareAuth {
    private let clientId = "hearwell-ios"
    private let clientSecret = "@@secret@@"

    func tokenRequest() -> URLRequest {
        var req = URLRequest(url: URL(string: "https://auth.audiolink-remote.example.com/oauth2/token")!)
        req.httpMethod = "POST"
        let body = "grant_type=client_credentials&client_id=\\(clientId)&client_secret=\\(clientSecret)"
        req.httpBody = body.data(using: .utf8)
        req.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        return req
    }
}
""", rand_pw(48))

add("typescript/stripe-secret-key", "booking-api/src/payments.ts", "Stripe docs: Node.js library", """
import Stripe from "stripe";

const stripe = new Stripe("@@secret@@", { apiVersion: "2024-04-10" });

export async function createDepositIntent(customerId: string, appointmentId: string) {
  return stripe.paymentIntents.create({
    amount: 2500,
    currency: "gbp",
    customer: customerId,
    metadata: { appointmentId, reason: "hearing test deposit" },
  });
}
""", stripe_key())

add("typescript/decoy-process-env", "booking-api/src/config.ts", "Node.js docs: process.env", """
export const config = {
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? "",
  stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "",
  twilioAuthToken: process.env.TWILIO_AUTH_TOKEN ?? "",
  databaseUrl: process.env.DATABASE_URL ?? "postgres://localhost/booking",
  clinicTimezone: "Europe/London",
};
""")

add("typescript/slack-bot-token", "clinic-bot/src/index.ts", "Slack docs: Bolt for JavaScript", """
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/fittings", async ({ ack, respond }) => {
  await ack();
  await respond("Today's fittings: see the Noah schedule for Leeds and York.");
});

(async () => {
  await app.start(3000);
})();
""", slack_bot())

add("typescript/decoy-mock", "booking-api/test/payments.test.ts", "Jest docs: mock functions", """
import { createDepositIntent } from "../src/payments";

jest.mock("stripe", () =>
  jest.fn().mockImplementation(() => ({
    paymentIntents: { create: jest.fn().mockResolvedValue({ id: "pi_test_123", client_secret: "pi_test_123_secret_test" }) },
  }))
);

test("creates a deposit", async () => {
  const intent = await createDepositIntent("cus_test", "appt_1");
  expect(intent.id).toBe("pi_test_123");
});
""")

add("typescript/discord-webhook", "clinic-bot/src/alerts.ts", "Discord docs: webhooks", """
const WEBHOOK_URL = "@@secret@@";

export async function alertStockLow(model: string, remaining: number): Promise<void> {
  await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Stock low: ${model} (${remaining} left in loaner pool)` }),
  });
}
""", discord_webhook())

add("typescript/decoy-sentry-dsn", "patient-portal/src/sentry.ts", "Sentry docs: DSN", """
import * as Sentry from "@sentry/react";

// the DSN is public by design: it only allows sending events
Sentry.init({
  dsn: "https://@@k@@@o4507193021.ingest.de.sentry.io/4507193044",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
});
""", k=hexs(32))

# ---------------------------------------------------------------- shell / PowerShell / Dockerfile

add("shell/database-password", "scripts/backup_oms.sh", "MySQL docs: mysqldump", """
#!/usr/bin/env bash
# nightly OMS dump to the NAS, kept 30 days
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h 10.30.1.22 -u backup -p'@@secret@@' --single-transaction oms \\
  | gzip > /mnt/nas/oms/oms-$STAMP.sql.gz
find /mnt/nas/oms -name 'oms-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/decoy-env-check", "scripts/deploy.sh", "GNU Bash manual: parameter expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${STRIPE_SECRET_KEY:?STRIPE_SECRET_KEY must be set}"
: "${DATABASE_URL:?DATABASE_URL must be set}"
export NODE_ENV=production
npm ci --omit=dev
npx prisma migrate deploy
pm2 reload booking-api --update-env
echo "deployed $(git rev-parse --short HEAD) to $(hostname)"
""")

add("shell/vendor-portal-password", "scripts/fetch_repair_status.sh", "curl docs: --user", """
#!/bin/sh
# pulls repair status for devices sent back to the manufacturer
OUT=/srv/repairs/status-$(date +%Y%m%d).json
curl -fsS -u 'brightears-leeds:@@secret@@' \\
  -H 'Accept: application/json' \\
  'https://b2b.hearing-orders.example.com/api/repairs?status=open' > "$OUT"
echo "saved $OUT"
""", rand_pw(16, "%"))

add("shell/github-token", "scripts/clone_all.sh", "GitHub docs: cloning with a token", """
#!/usr/bin/env bash
# one-off: mirror all clinic repos onto the new NAS
for repo in oms-web noah-tools booking-api patient-portal clinic-bot; do
  git clone --mirror "https://x-access-token:@@secret@@@github.com/brightears/$repo.git" "/mnt/nas/git/$repo.git"
done
""", fakes.github_fine_grained_token(_seed()))

add("shell/decoy-hash-verify", "scripts/install_noah_module.sh", "GNU coreutils: sha256sum", """
#!/usr/bin/env bash
set -euo pipefail
INSTALLER=PhonakTarget_10.2.0.zip
EXPECTED=@@h@@
echo "$EXPECTED  $INSTALLER" | sha256sum -c -
unzip -q "$INSTALLER" -d /srv/software/target
echo "Phonak Target staged for deployment"
""", h=sha256ish())

add("shell/ssh-password", "scripts/push_firmware_share.sh", "sshpass man page", """
#!/bin/bash
# copy vendor firmware/fitting updates to each clinic's local share
for host in leeds-fs york-fs harrogate-fs; do
  sshpass -p '@@secret@@' rsync -av /srv/software/updates/ "clinicit@$host:/srv/share/updates/"
done
""", words_pw())

add("shell/decoy-redacted-output", "docs/examples/env_dump.sh", "GNU Bash manual", """
#!/usr/bin/env bash
# example output of `./scripts/show_config.sh` (values masked by the script)
cat <<'OUT'
STRIPE_SECRET_KEY=sk_live_****************************
TWILIO_AUTH_TOKEN=********************************
DB_PASSWORD=[masked]
SMTP_PASS=[masked]
OUT
""")

add("powershell/admin-password", "it/New-ClinicPC.ps1", "Microsoft docs: ConvertTo-SecureString", """
# Builds a new front-desk PC: local admin, domain join, Noah client
param([string]$ComputerName)

$adminPw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "clinicadmin" -Password $adminPw -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "clinicadmin"

$joinCred = Get-Credential -Message "Domain join account"
Add-Computer -DomainName "brightears.local" -NewName $ComputerName -Credential $joinCred -Restart:$false

Start-Process "\\\\fs01\\software\\Noah4\\Noah4Setup.exe" -ArgumentList "/quiet CLIENTONLY=1 SERVER=NOAHSRV01" -Wait
""", words_pw())

add("powershell/decoy-credential-manager", "it/Backup-NoahDatabase.ps1", "Microsoft docs: SecretManagement module", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NoahSqlBackup" -Vault ClinicVault
$stamp = Get-Date -Format "yyyyMMdd"
Invoke-Sqlcmd -ServerInstance "NOAHSRV01\\NOAH" -Credential $cred `
  -Query "BACKUP DATABASE NOAH TO DISK = N'D:\\Backups\\NOAH_$stamp.bak' WITH COMPRESSION"
Copy-Item "D:\\Backups\\NOAH_$stamp.bak" "\\\\fs01\\backups\\noah\\"
""")

add("powershell/smtp-password", "it/Send-DailyFittingReport.ps1", "Microsoft docs: Send-MailMessage", """
$user = "reports@brightears.co.uk"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$report = Import-Csv "C:\\Reports\\fittings-today.csv" | ConvertTo-Html -Fragment
Send-MailMessage -From $user -To "managers@brightears.co.uk" -Subject "Fittings today" `
  -Body ($report | Out-String) -BodyAsHtml -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
""", passphrase())

add("powershell/azure-storage-key", "it/Sync-ScansToAzure.ps1", "Microsoft docs: New-AzStorageContext", """
# otoscope images and scanned consent forms -> Azure blob (archive tier)
$ctx = New-AzStorageContext -StorageAccountName "bebackupsuk" -StorageAccountKey "@@secret@@"
Get-ChildItem "D:\\Scans\\*.pdf" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "consent-forms" -Blob $_.Name -Context $ctx -StandardBlobTier Archive -Force
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("powershell/decoy-placeholder", "it/README-Setup.ps1", "Microsoft docs: about_Comment_Based_Help", """
<#
.SYNOPSIS
  Sets the Noah client to point at the clinic server.
.EXAMPLE
  .\\Set-NoahClient.ps1 -Server NOAHSRV01 -SqlUser noah_client -SqlPassword '<password>'
#>
param([string]$Server, [string]$SqlUser, [securestring]$SqlPassword)
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\HIMSA\\Noah\\4.0" -Name "ServerName" -Value $Server
Write-Host "Noah client now points at $Server"
""")

add("dockerfile/npm-token", "portal-web/Dockerfile", "npm docs: using private packages in CI", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("dockerfile/decoy-build-secret", "booking-api/Dockerfile", "Docker docs: build secrets", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.brightears.local/simple" \\
    pip install -r requirements.txt
COPY . .
ENV PORT=8000
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
""")

add("dockerfile/database-password", "oms-web/Dockerfile", "Docker docs: ENV instruction", """
FROM php:8.3-apache
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html/
ENV DB_HOST=10.30.1.22 \\
    DB_NAME=oms \\
    DB_USER=oms_web \\
    DB_PASS=@@secret@@
EXPOSE 80
""", rand_pw(17))

# ---------------------------------------------------------------- markdown: runbooks, handovers

add("markdown/sql-password", "docs/handover/noah-server.md", "HIMSA docs: Noah 4 server installation", """
# Noah server handover (Leeds)

Handing over from Dave (leaving Friday). Everything about NOAHSRV01 in one place.

- Windows Server 2019, SQL Server 2019 Express, instance `NOAH`
- Noah 4.15 server, database `NOAH`, backups 01:00 to `\\\\fs01\\backups\\noah`
- SQL login used by the fitting bridge: `noahsync` / `@@secret@@`
- HIMSA licence is on the server; renewal is in March (see invoices folder)
- Phonak Target, Genie 2, Connexx and Smart Fit are installed on every fitting-room PC

If a fitting PC says "Noah server not found", restart the `NoahServer` service first.
""", words_pw())

add("markdown/wifi-password", "docs/it/clinic-network.md", "Ubiquiti docs: UniFi WLAN configuration", """
# Clinic network

| SSID | VLAN | Who | Password |
|------|------|-----|----------|
| BE-Staff | 10 | staff laptops, fitting PCs | `@@secret@@` |
| BE-Devices | 20 | TV streamers, chargers, printers | in UniFi controller |
| BE-Guest | 30 | waiting room | printed on reception card |

UniFi controller: https://unifi.brightears.local:8443 (login via IT shared vault).
Fitting-room PCs must be on BE-Staff so Noah and the programming interfaces (Noahlink Wireless) work.
""", passphrase())

add("markdown/decoy-placeholder-setup", "docs/setup/booking-site.md", "Stripe docs: API keys", """
# Running the booking site locally

1. Copy `.env.example` to `.env`.
2. In the Stripe dashboard (test mode) copy your test keys:
   - `STRIPE_PUBLISHABLE_KEY=pk_test_...`
   - `STRIPE_SECRET_KEY=sk_test_...`
3. `composer install && php artisan migrate --seed`
4. `php artisan serve` and open http://localhost:8000/book

Never paste live keys here; production keys live in the host's environment only.
""")

add("markdown/vendor-portal-password", "docs/handover/vendor-portals.md", "Practice handover note", """
# Vendor portals - front desk handover

Orders, repairs and returns go through each manufacturer's pro portal.

- Phonak (phonakpro.com): account UK-40812, user `orders@brightears.co.uk`, password in 1Password
- Oticon (EasyOrder): same email, password in 1Password
- Signia (signia-pro): account 77120
- ReSound: user `brightears.orders`, password `@@secret@@` (Karen reset it on 3 May, not in 1Password yet)
- Starkey: orders by phone until the portal account is set up

Repairs: print the vendor's returns label, log the serial number in Blueprint before posting.
""", words_pw())

add("markdown/decoy-redacted-runbook", "docs/runbooks/rotate-stripe.md", "Stripe docs: rolling API keys", """
# Rotating the Stripe secret key

1. Stripe dashboard > Developers > API keys > roll `sk_live_…` (keep old key 12 h).
2. Update `STRIPE_SECRET_KEY` in the host environment (Forge > booking-site > Environment).
3. `php artisan config:cache && php artisan queue:restart`
4. Check a £25 deposit on the test patient "Test Patient (do not book)".

Last rotation: 2024-04-02, key ending `…x7Qd` (the rest is never written here).
""")

add("markdown/aws-secret-key", "noah-tools/README.md", "AWS docs: configuring credentials", """
# noah-tools

Export audiograms from Noah 4 and archive them to S3.

```
pip install noah-export
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
noah-export --since 2024-01-01 --to s3://clearsound-clinical-archive/audiograms
```

The bucket has object lock (compliance, 8 years) for clinical records retention.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-example-keys", "docs/api/remote-care-webhooks.md", "Stripe docs: webhook signatures (the scheme the vendor copies)", """
# Remote care webhooks

The vendor signs each event with HMAC-SHA256 of the raw body, hex-encoded, in `X-RC-Signature`.

Example (from the vendor's docs, their sample secret):

```
secret:    whsec_EXAMPLE_DO_NOT_USE
body:      {"event":"session.ended","session":"rs_01HXYZ"}
signature: 9f2c0b3e...(truncated)
```

Our secret is in Vault at `secret/clinic/remote-care#webhook_secret`.
""")

add("markdown/teams-webhook", "docs/it/alerts.md", "Microsoft docs: incoming webhooks for Teams", """
# Where alerts go

- Backups (Noah, OMS): Teams channel **Clinic IT > Alerts**
- Webhook URL (used by `ops/alert_backup.ps1` on each server):

  @@secret@@

- Uptime of book.clearsoundhearing.co.uk: UptimeRobot, emails to it@
- Stripe failures: Stripe emails finance@
""", teams_webhook())

add("markdown/decoy-checksums", "docs/software/fitting-installers.md", "Vendor release notes", """
# Fitting software installers on fs01

| Package | Version | SHA-256 |
|---------|---------|---------|
| Phonak Target | 10.2.0 | `@@h1@@` |
| Oticon Genie 2 | 2024.1 | `@@h2@@` |
| Signia Connexx | 9.14 | `@@h3@@` |
| ReSound Smart Fit | 1.16 | `@@h4@@` |

Check the hash before deploying (`Get-FileHash -Algorithm SHA256`).
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("markdown/admin-password", "docs/it/york-clinic.md", "DrayTek docs: router administration", """
# York clinic IT notes

- Router: DrayTek Vigor 2865, https://192.168.50.1:4433
- Admin login: `admin` / `@@secret@@`
- VPN to Leeds (IPsec), Noah client connects over it to NOAHSRV01
- Printer: Brother HL-L5100DN at 192.168.50.20
- Loop system in reception: tested monthly, log in the front desk folder
""", rand_pw(12, "!"))

add("markdown/decoy-vault-paths", "docs/it/secrets.md", "1Password docs: CLI secret references", """
# Where secrets live

All credentials are in 1Password (vault **Clinic IT**). Scripts read them with `op read`:

- Noah SQL: `op://Clinic IT/Noah SQL/password`
- OMS DB: `op://Clinic IT/OMS MySQL/password`
- Stripe: `op://Clinic IT/Stripe live/secret key`
- Vendor portals: one item per manufacturer

Never paste a value into a ticket, a chat or this repository.
""")

# ---------------------------------------------------------------- SQL / CSV / logs

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "MySQL docs: CREATE USER", """
-- read-only user for the Power BI clinic dashboards
CREATE USER IF NOT EXISTS 'powerbi'@'10.30.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON oms.appointments TO 'powerbi'@'10.30.%';
GRANT SELECT ON oms.fittings TO 'powerbi'@'10.30.%';
GRANT SELECT ON oms.device_sales TO 'powerbi'@'10.30.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-password-hashes", "db/seed/staff_users.sql", "PHP docs: password_hash", """
-- seed staff logins for the test clinic (bcrypt hashes of throwaway dev passwords)
INSERT INTO users (email, role, password_hash) VALUES
('audiologist@test.clinic', 'audiologist', '$2y$12$Qm9xV3N1cGVyc2FsdHNhbO5l0pYy8kY6k1rJHq2cK3yF9m8b7QW1e'),
('frontdesk@test.clinic', 'reception', '$2y$12$T2xkLXNhbHQtZm9yLWRldu1mY4nq5x2KpZ0cR7dW3sV6bN9jL8aHe'),
('manager@test.clinic', 'manager', '$2y$12$RGV2LXNhbHQtbWFuYWdlcuYp3Xw1qV8sK2dZ6mN0bC4tL9rF5jHgy');
UPDATE settings SET value = 'Test Clinic' WHERE name = 'clinic_name';
""")

add("sql/sql-password", "db/noah/linked_server.sql", "Microsoft docs: sp_addlinkedsrvlogin", """
-- link OMS reporting (MySQL via ODBC) into the Noah SQL instance for the outcome reports
EXEC master.dbo.sp_addlinkedserver @server = N'OMS', @srvproduct = N'MySQL', @provider = N'MSDASQL', @datasrc = N'OMS';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'OMS', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'report_ro', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM OPENQUERY(OMS, 'SELECT id, clinic FROM appointments');
""", rand_pw(15))

add("sql/decoy-device-serials", "db/reports/warranty_expiring.sql", "PostgreSQL docs: SELECT", """
-- devices whose manufacturer warranty ends in the next 60 days
SELECT p.patient_ref,
       d.manufacturer,
       d.model,
       d.serial_number,
       d.warranty_end
FROM devices d
JOIN patients p ON p.id = d.patient_id
WHERE d.warranty_end BETWEEN current_date AND current_date + INTERVAL '60 days'
ORDER BY d.warranty_end;
""")

add("csv/decoy-device-export", "exports/loaner_pool_2024-05.csv", "Sycle docs: inventory export", """
serial,manufacturer,model,side,status,last_cleaned,asset_tag
2148A7QX,Phonak,Audeo L90-R,L,in clinic,2024-05-02,BE-LN-0012
2148A7QY,Phonak,Audeo L90-R,R,in clinic,2024-05-02,BE-LN-0013
23K9001X,Oticon,Intent 1 miniRITE R,L,on loan,2024-04-18,BE-LN-0021
23K9002F,Oticon,Intent 1 miniRITE R,R,on loan,2024-04-18,BE-LN-0022
1A7730C2,Signia,Pure Charge&Go 7AX,L,repair,2024-03-30,BE-LN-0031
""")

add("csv/vendor-portal-password", "exports/vendor_accounts.csv", "Practice spreadsheet export", """
vendor,portal,account,username,password,owner
Phonak,phonakpro.com,UK-40812,orders@brightears.co.uk,see 1Password,Karen
Oticon,EasyOrder,UK-22871,orders@brightears.co.uk,see 1Password,Karen
Widex,widexpro.com,W-118230,brightears.orders,@@secret@@,Sam
Starkey,starkeypro.com,pending,,,
""", words_pw())

add("csv/decoy-appointment-export", "exports/appointments_week19.csv", "Blueprint OMS docs: appointment export", """
appointment_id,clinic,date,time,type,audiologist,patient_ref,status
A-104221,Leeds,2024-05-06,09:00,Hearing test,RJ,P-88213,attended
A-104222,Leeds,2024-05-06,10:00,Fitting,RJ,P-80172,attended
A-104230,York,2024-05-06,11:30,Follow-up,SK,P-77019,no show
A-104231,York,2024-05-06,14:00,Wax removal,SK,P-91820,attended
A-104240,Harrogate,2024-05-07,09:30,Repair drop-off,FD,P-66103,attended
""")

add("log/smtp-password", "logs/mailer-debug-2024-05-03.log", "RFC 4954: SMTP AUTH PLAIN", """
2024-05-03 07:00:01 INFO  mailer: connecting smtp.office365.com:587
2024-05-03 07:00:01 DEBUG S: 220 LO2P265CA0312.outlook.office365.com ESMTP
2024-05-03 07:00:01 DEBUG C: EHLO noah-bridge
2024-05-03 07:00:02 DEBUG C: STARTTLS
2024-05-03 07:00:02 DEBUG C: AUTH PLAIN @@secret@@
2024-05-03 07:00:02 DEBUG S: 235 2.7.0 Authentication successful
2024-05-03 07:00:03 INFO  mailer: sent daily fitting report to 3 recipients
""", b64("\0reports@hearwellaudiology.com\0" + words_pw()))

add("log/decoy-masked", "logs/booking-api-2024-05-06.log", "pino docs: redaction", """
{"level":30,"time":1714982400112,"msg":"booting","env":"production","stripeKey":"[Redacted]"}
{"level":30,"time":1714982400340,"msg":"db connected","url":"postgres://booking:***@pg01:5432/booking"}
{"level":30,"time":1714982412010,"msg":"deposit created","appointment":"A-104221","pi":"pi_3PCx0bJk2L"}
{"level":40,"time":1714982499800,"msg":"twilio retry","sid":"SM8a9f0c1e2d3b4a5f6e7d8c9b0a1f2e3d","attempt":2}
{"level":30,"time":1714982500021,"msg":"reminder sent","appointment":"A-104222"}
""")

add("log/database-password", "logs/sync-2024-05-07.log", "Python docs: logging", """
2024-05-07 02:15:00,004 INFO sycle_sync starting run 8812
2024-05-07 02:15:00,221 DEBUG using WAREHOUSE_URL=postgresql://etl_writer:@@secret@@@pg-bi.brightears.local:5432/warehouse
2024-05-07 02:15:03,904 INFO loaded 1842 appointments, 311 fittings
2024-05-07 02:15:05,117 WARNING 4 devices without serial number
2024-05-07 02:15:05,420 INFO run 8812 done in 5.4s
""", rand_pw(22))

# ---------------------------------------------------------------- more: plist, yaml, CI, vendors

add("plist/decoy-bundle-info", "HearwellApp/Info.plist", "Apple docs: Information property list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>com.hearwell.app</string>
  <key>NSBluetoothAlwaysUsageDescription</key>
  <string>Hearwell connects to your hearing aids to adjust volume and programs.</string>
  <key>GMSApiKeyRef</key>
  <string>$(MAPS_API_KEY)</string>
  <key>UISupportedExternalAccessoryProtocols</key>
  <array><string>com.hearwell.mfi-hearing</string></array>
</dict>
</plist>
""")

add("plist/mapbox-secret-token", "HearwellApp/Secrets.plist", "Mapbox docs: access tokens", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>MapboxDownloadsToken</key>
  <string>@@secret@@</string>
  <key>ClinicFinderRadiusKm</key>
  <integer>40</integer>
</dict>
</plist>
""", mapbox_secret())

add("yaml/noah-es-client-secret", "config/noah-es.yml", "HIMSA docs: Noah ES integration (OAuth 2.0 client credentials)", """
noah_es:
  tenant: brightears-uk
  authority: https://login.noah-es.example.com/brightears-uk
  client_id: oms-integration
  client_secret: "@@secret@@"
  api_base: https://api.noah-es.example.com/v1
  sync:
    audiograms: true
    fittings: true
    journal: false
""", rand_pw(44))

add("yaml/decoy-helm-values", "deploy/helm/portal/values.yaml", "Helm docs: values files", """
image:
  repository: registry.hearwell.local/patient-portal
  tag: "1.8.2"
replicaCount: 2
env:
  DJANGO_SETTINGS_MODULE: portal.settings.prod
existingSecret: portal-secrets
secretKeys:
  - DJANGO_SECRET_KEY
  - DB_PASSWORD
  - SENDGRID_API_KEY
ingress:
  host: portal.hearwellaudiology.com
  tls: true
""")

add("yaml/sycle-api-key", "config/sycle.yaml", "Sycle docs: API access (per-practice key)", """
# Sycle practice management API (Audiology Plus, 2 sites)
sycle:
  base_url: https://api.sycle.net/v2
  practice_id: 55210
  api_key: @@secret@@
  sites:
    dublin: 1
    cork: 2
  export:
    appointments: true
    sales: true
""", hexs(40))

_QUEUE_PW = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/queue-secret.yaml", "Kubernetes docs: Secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: queue-redis
  namespace: remote-care
type: Opaque
data:
  REDIS_URL: @@u@@
""", _QUEUE_PW, u=b64(f"redis://:{_QUEUE_PW}@redis.remote-care.svc:6379/0"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/external-secret-noah.yaml", "External Secrets Operator docs", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: noah-sql
  namespace: fitting-bridge
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-keyvault
    kind: ClusterSecretStore
  target:
    name: noah-sql
  data:
    - secretKey: password
      remoteRef:
        key: noah-sql-password
""")

_REG_PW = rand_pw(16, "!")
add("k8s-secret/registry-password", "deploy/k8s/regcred.yaml", "Kubernetes docs: pull an image from a private registry", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: patient-portal
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _REG_PW, d=b64('{"auths":{"registry.hearwell.local":{"username":"ci","password":"' + _REG_PW + '","auth":"'
                  + b64("ci:" + _REG_PW) + '"}}}'))

add("gitlab-ci/sentry-auth-token", ".gitlab-ci.yml", "Sentry docs: auth tokens", """
stages: [build, release]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build

sentry-release:
  stage: release
  image: getsentry/sentry-cli
  variables:
    SENTRY_ORG: hearwell
    SENTRY_PROJECT: patient-portal
    SENTRY_AUTH_TOKEN: "@@secret@@"
  script:
    - sentry-cli releases new "$CI_COMMIT_SHA"
    - sentry-cli releases files "$CI_COMMIT_SHA" upload-sourcemaps dist
""", "sntrys_" + b64('{"iat":1714982400.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"hearwell"}').rstrip("=") + "_" + rand_pw(43, "+/"))

add("gitlab-ci/decoy-masked-variables", "noah-tools/.gitlab-ci.yml", "GitLab docs: CI/CD variables", """
stages: [test, publish]

test:
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  image: python:3.12
  rules: [{if: $CI_COMMIT_TAG}]
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${PYPI_TOKEN} TWINE_USERNAME=__token__ python -m twine upload dist/*
""")

add("github-actions/azure-client-secret", ".github/workflows/deploy-fitting-bridge.yml", "Azure docs: azure/login with a service principal", """
name: deploy-fitting-bridge
on: [workflow_dispatch]
jobs:
  deploy:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: '{"clientId":"@@cid@@","clientSecret":"@@secret@@","subscriptionId":"@@sub@@","tenantId":"@@ten@@"}'
      - run: dotnet publish FittingBridge -c Release -o out
      - uses: azure/webapps-deploy@v3
        with:
          app-name: fitting-bridge-uk
          package: out
""", azure_secret(), cid=uuid_s(), sub=uuid_s(), ten=uuid_s())

add("github-actions/decoy-action-pins", ".github/workflows/ci.yml", "GitHub docs: security hardening, pinning actions", """
name: ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.1.7
      - uses: actions/setup-node@@@c2@@ # v4.0.3
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
""", c1=hexs(40), c2=hexs(40))

# ---------------------------------------------------------------- more code

add("python/auditdata-api-key", "integrations/auditdata_client.py", "Auditdata docs: Manage API (API key header)", '''
"""Thin client for the Auditdata Manage practice-management API."""
import requests

BASE_URL = "https://api.auditdata.example.com/manage/v1"
HEADERS = {
    "Ocp-Apim-Subscription-Key": "@@secret@@",
    "Accept": "application/json",
}


def patients_changed_since(since: str) -> list:
    r = requests.get(f"{BASE_URL}/patients", params={"modifiedSince": since}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["items"]
''', hexs(32))

add("python/practice-management-password", "integrations/blueprint_pull.py", "RFC 7617: HTTP Basic authentication", '''
import requests

BLUEPRINT = "https://hearwell.blueprintoms.example.com/api/v3"
HEADERS = {"Authorization": "Basic @@secret@@", "Accept": "application/json"}


def todays_appointments(clinic_id: int) -> list:
    r = requests.get(f"{BLUEPRINT}/clinics/{clinic_id}/appointments/today", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()
''', b64("api_hearwell:" + words_pw()))

add("python/decoy-pydantic-settings", "integrations/settings.py", "pydantic-settings docs", '''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HW_", env_file=".env")

    auditdata_key: SecretStr
    blueprint_user: str = "api_hearwell"
    blueprint_password: SecretStr
    sycle_api_key: SecretStr = SecretStr("")
    timezone: str = "Europe/London"


settings = Settings()
''')

add("python/smtp-login", "it/send_battery_reminders.py", "Python docs: smtplib", '''
import smtplib
from email.message import EmailMessage

SMTP_HOST, SMTP_PORT = "smtp.mail.me.com", 587
SMTP_USER = "clinic.brightears@icloud.com"


def send(to: str, name: str, size: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, "Your hearing aid batteries"
    msg.set_content(f"Hi {name}, your size {size} batteries are ready to collect at reception.")
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as s:
        s.starttls()
        s.login(SMTP_USER, "@@secret@@")
        s.send_message(msg)
''', app_password())

add("python/private-key", "integrations/sftp_claims.py", "Paramiko docs: RSAKey.from_private_key", '''
"""Uploads NHS AQP hearing-service claims to the commissioner's SFTP drop."""
import io

import paramiko

CLAIMS_KEY = """@@secret@@"""


def upload(local_path: str) -> None:
    key = paramiko.RSAKey.from_private_key(io.StringIO(CLAIMS_KEY))
    transport = paramiko.Transport(("sftp.claims.example.nhs.uk", 22))
    transport.connect(username="aqp-brightears", pkey=key)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(local_path, f"/inbound/{local_path.rsplit('/', 1)[-1]}")
    transport.close()
''', fakes.fake_pem(_seed(), "RSA"))

add("python/decoy-public-key", "integrations/verify_webhook.py", "cryptography docs: loading public keys", '''
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

# the remote-care vendor's published webhook verification key (public)
VENDOR_PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
mwIDAQAB
-----END PUBLIC KEY-----"""


def verify(body: bytes, signature: bytes) -> None:
    key = serialization.load_pem_public_key(VENDOR_PUBLIC_KEY)
    key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
''', l1=fakes.drawn(_seed(), 20, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l5=fakes.drawn(_seed(), 64, ALNUM + "+/"), l6=fakes.drawn(_seed(), 62, ALNUM + "+/"))

# ---------------------------------------------------------------- batch: IT, vendors, alerts

add("env/gitlab-runner-token", "ci-runner/.env", "GitLab docs: runner authentication tokens", """
# runner on the Leeds NUC that builds the Windows fitting-bridge
CI_SERVER_URL=https://gitlab.com
RUNNER_NAME=leeds-nuc-01
RUNNER_TAGS=windows,clinic-lan
RUNNER_TOKEN=@@secret@@
RUNNER_EXECUTOR=shell
""", fakes.fake("glrt-", 20, _seed()))

add("env/datadog-api-key", "monitoring/datadog.env", "Datadog docs: API and application keys", """
# datadog agent on NOAHSRV01 and fs01
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.eu
DD_HOSTNAME=noahsrv01
DD_TAGS=clinic:leeds,role:noah
DD_LOGS_ENABLED=true
""", datadog_key())

add("env/decoy-masked-values", "booking-site/.env.testing", "Laravel docs: testing environment", """
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MAIL_MAILER=array
""")

add("yaml/telegram-bot-token", "monitoring/alertmanager.yml", "Prometheus docs: Alertmanager telegram_config", """
route:
  receiver: clinic-it
  group_by: [alertname, instance]
receivers:
  - name: clinic-it
    telegram_configs:
      - bot_token: "@@secret@@"
        chat_id: -1001788203311
        parse_mode: HTML
        message: '{{ template "telegram.default.message" . }}'
""", fakes.telegram_token(_seed()))

add("yaml/decoy-token-file", "monitoring/alertmanager.prod.yml", "Prometheus docs: Alertmanager telegram_config", """
route:
  receiver: clinic-it
receivers:
  - name: clinic-it
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_token
        chat_id: -1001788203311
    email_configs:
      - to: it@brightears.co.uk
        auth_password_file: /etc/alertmanager/secrets/smtp_password
""")

add("yaml/wifi-password", "esphome/secrets.yaml", "ESPHome docs: secrets", """
# loop-system monitor in each waiting room (ESP32 + current sensor)
wifi_ssid: "BE-Devices"
wifi_password: "@@secret@@"
wifi_domain: ".brightears.local"
mqtt_broker: "mqtt.brightears.local"
loop_alert_threshold_ma: "120"
""", passphrase())

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "OpenAPI 3.1 specification: security schemes", """
openapi: 3.1.0
info:
  title: Hearwell booking API
  version: 1.4.0
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
  examples:
    auth:
      value: "X-Api-Key: your-api-key-here"
security:
  - apiKey: []
paths:
  /clinics:
    get:
      summary: List clinics
""")

add("k8s-secret/smtp-password", "deploy/k8s/portal-smtp.yaml", "Kubernetes docs: Secrets (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-smtp
  namespace: patient-portal
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: portal@hearwellaudiology.com
  SMTP_PASSWORD: "@@secret@@"
""", words_pw())

add("k8s-secret/decoy-placeholder", "deploy/k8s/portal-secrets.template.yaml", "Kubernetes docs: Secrets", """
# template only: CI replaces each value with the real one from Key Vault before apply
apiVersion: v1
kind: Secret
metadata:
  name: portal-secrets
  namespace: patient-portal
type: Opaque
data:
  DJANGO_SECRET_KEY: @@a@@
  DB_PASSWORD: @@b@@
  SENDGRID_API_KEY: @@c@@
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME"), c=b64("REPLACE_ME"))

add("json/slack-webhook", "monitoring/uptime-kuma-notifications.json", "Uptime Kuma docs: Slack notification", """
{
  "notificationList": [
    {
      "name": "Clinic IT Slack",
      "type": "slack",
      "isDefault": true,
      "slackwebhookURL": "@@secret@@",
      "slackchannel": "#clinic-it",
      "slackusername": "uptime"
    }
  ],
  "monitorCount": 9
}
""", slack_webhook())

add("json/decoy-jwks", "patient-portal/public/.well-known/jwks.json", "RFC 7517: JSON Web Key Set", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("xml/smtp-password", "ClinicPortal/Web.config", "Microsoft docs: mailSettings element", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="portal@clearsoundhearing.co.uk" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="portal@clearsoundhearing.co.uk" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="ClinicName" value="ClearSound Hearing" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-user-secrets-id", "ClinicPortal/ClinicPortal.csproj", "Microsoft docs: Safe storage of app secrets (UserSecretsId)", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SendGrid" Version="9.29.3" />
    <PackageReference Include="Stripe.net" Version="44.5.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("ini/wireguard-private-key", "it/wireguard/york-clinic.conf", "WireGuard docs: wg-quick configuration", """
[Interface]
# York clinic -> Leeds (Noah server, file share)
PrivateKey = @@secret@@
Address = 10.99.0.3/32
DNS = 10.20.0.2

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.brightears.co.uk:51820
AllowedIPs = 10.20.0.0/16
PersistentKeepalive = 25
""", fernet_key().replace("-", "+").replace("_", "/"), pub=fernet_key().replace("-", "+").replace("_", "/"))

add("ini/decoy-wireguard-peers", "it/wireguard/leeds-peers.conf", "WireGuard docs: wg-quick configuration", """
# peers on the Leeds gateway (public keys only; each site keeps its own private key)
[Peer]
# York clinic
PublicKey = @@p1@@
AllowedIPs = 10.99.0.3/32

[Peer]
# Harrogate clinic
PublicKey = @@p2@@
AllowedIPs = 10.99.0.4/32
""", p1=fernet_key().replace("-", "+").replace("_", "/"), p2=fernet_key().replace("-", "+").replace("_", "/"))

add("shell/database-password", "scripts/export_sales_for_accountant.sh", "MySQL docs: MYSQL_PWD environment variable", """
#!/usr/bin/env bash
# monthly hearing-aid sales export for the accountant
set -euo pipefail
export MYSQL_PWD='@@secret@@'
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
mysql -h 10.30.1.22 -u accounts_ro oms -B -e \\
  "SELECT invoice_no, clinic, sold_on, manufacturer, model, net, vat FROM device_sales WHERE DATE_FORMAT(sold_on,'%Y-%m')='$MONTH'" \\
  > "/srv/exports/sales-$MONTH.tsv"
""", rand_pw(16))

add("shell/decoy-read-prompt", "scripts/reset_noah_password.sh", "GNU Bash manual: read builtin", """
#!/usr/bin/env bash
set -euo pipefail
read -rp "Noah SQL login: " LOGIN
read -rsp "New password for $LOGIN: " NEWPW; echo
sqlcmd -S NOAHSRV01\\\\NOAH -E -Q "ALTER LOGIN [$LOGIN] WITH PASSWORD = N'$NEWPW'"
unset NEWPW
echo "password changed for $LOGIN"
""")

add("shell/ftp-password", "scripts/send_orders_to_distributor.sh", "lftp man page", """
#!/bin/sh
# sends the daily earmould/order CSV to the distributor's FTP
set -e
lftp -u brightears,@@secret@@ -e "set ftp:ssl-force true; cd inbound; mput /srv/orders/out/*.csv; bye" ftp.hearingdistribution.example.net
mv /srv/orders/out/*.csv /srv/orders/sent/
""", rand_pw(12))

add("powershell/graph-client-secret", "it/Get-ClinicMailboxes.ps1", "Microsoft docs: Connect-MgGraph with client secret", """
$tenantId = "@@ten@@"
$appId = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

Get-MgUser -Filter "startswith(department,'Audiology')" -All |
    Select-Object DisplayName, Mail, OfficeLocation |
    Export-Csv "C:\\Reports\\audiology-mailboxes.csv" -NoTypeInformation
""", azure_secret(), ten=uuid_s(), app=uuid_s())

add("powershell/decoy-read-host", "it/Set-FrontDeskKiosk.ps1", "Microsoft docs: Read-Host -AsSecureString", """
# sets the auto-logon kiosk account on a check-in tablet
$user = "kiosk"
$pw = Read-Host -Prompt "Kiosk password" -AsSecureString
Set-LocalUser -Name $user -Password $pw
$reg = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
Set-ItemProperty $reg -Name "AutoAdminLogon" -Value "1"
Set-ItemProperty $reg -Name "DefaultUserName" -Value $user
Write-Host "Kiosk account updated; store the password in the IT vault."
""")

add("markdown/admin-password", "docs/it/fs01-synology.md", "Synology docs: DSM administration", """
# fs01 (Synology DS920+)

- DSM: https://fs01.brightears.local:5001
- Local admin (break-glass only): `be-admin` / `@@secret@@`
- Shares: `software` (installers), `backups` (Noah, OMS), `scans` (consent forms)
- Hyper Backup to Wasabi nightly at 03:00, 30 versions
- Active Backup for Business covers the 11 fitting-room PCs

When replacing a drive, order the same WD Red Plus model from the IT supplier.
""", words_pw())

add("markdown/telegram-bot-token", "docs/runbooks/clinic-bot.md", "Telegram docs: Bot API", """
# Clinic bot troubleshooting

The bot posts the day's fitting list to the audiologists' group at 07:30.

If nothing arrives:
1. Check the bot still answers: `curl https://api.telegram.org/bot@@secret@@/getMe`
2. Check the cron on ops01: `crontab -l | grep clinic_bot`
3. Check the Noah schedule export ran (`/srv/exports/schedule-*.csv`)

If the bot was removed from the group, add it back as admin (it needs to pin messages).
""", fakes.telegram_token(_seed()))

add("markdown/decoy-changelog", "noah-tools/CHANGELOG.md", "Keep a Changelog", """
# Changelog

## 0.6.1 - 2024-05-02
- Fix date parsing for Noah actions exported on Windows with UK locale (@@c1@@)
- Skip REM (real-ear) measurements with no target curve (@@c2@@)

## 0.6.0 - 2024-04-11
- HL7 ORU export of audiograms (@@c3@@)
- `--since` accepts ISO dates
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("markdown/decoy-device-troubleshooting", "docs/clinic/fitting-faq.md", "Vendor fitting software help", """
# Fitting room FAQ

**Noahlink Wireless not found** - unplug/replug, then in Target: Setup > Fitting devices.
Driver package: `NoahlinkWireless_2.2.0.1190` (checksum on fs01).

**Genie 2 asks for a licence** - the licence file is tied to the PC's Noah installation id,
e.g. `7F3A-91C2-0B44-E8D1`; ask IT to re-issue, do not copy from another PC.

**Connexx says "Device locked"** - the aid is locked to another clinic's Noah. Call Signia support
with the serial number and the patient's consent.
""")

add("log/remote-care-api-token", "logs/remote-care-proxy-2024-05-08.log", "RFC 6750: Bearer token usage", """
2024-05-08T09:12:01Z INFO  proxy: forwarding GET /api/v2/sessions?clinic=leeds
2024-05-08T09:12:01Z DEBUG proxy: upstream headers {"Authorization": "Bearer @@secret@@", "Accept": "application/json"}
2024-05-08T09:12:02Z INFO  proxy: upstream 200 in 412ms (3 sessions)
2024-05-08T09:15:44Z INFO  proxy: forwarding POST /api/v2/sessions/rs_01HXZ9/adjust
2024-05-08T09:15:45Z INFO  proxy: upstream 202 in 388ms
""", "rc_" + rand_pw(40))

add("log/decoy-fitting-session", "logs/fitting-bridge-2024-05-08.log", "Serilog docs: structured logging", """
2024-05-08 10:01:12.334 [INF] Session {SessionId} opened for patient {PatientRef} @@s1@@ P-80172
2024-05-08 10:01:12.901 [INF] Noah action imported: type=Audiogram hash=@@h@@
2024-05-08 10:14:40.117 [INF] Device paired serial=2148A7QX side=L firmware=3.2.1
2024-05-08 10:14:41.002 [WRN] Noahlink Wireless battery low (18%)
2024-05-08 10:39:05.551 [INF] Session @@s1@@ closed (38 min)
""", s1=uuid_s(), h=sha256ish())

add("csv/user-password", "exports/new_starters_may.csv", "Microsoft docs: bulk create users (CSV)", """
displayName,userPrincipalName,department,office,initialPassword,forceChangePasswordNextSignIn
Priya Shah,priya.shah@brightears.co.uk,Audiology,Leeds,@@secret@@,TRUE
Tom Hale,tom.hale@brightears.co.uk,Reception,York,(sent by SMS),TRUE
Anna Kowal,anna.kowal@brightears.co.uk,Audiology,Harrogate,(sent by SMS),TRUE
Sam Reid,sam.reid@brightears.co.uk,IT,Leeds,(set at desk),FALSE
""", words_pw())

add("csv/decoy-battery-orders", "exports/battery_club_orders_2024-05.csv", "Shopify docs: order export", """
order_id,patient_ref,battery_size,packs,dispatch,tracking
#1042,P-88213,312,4,2024-05-02,JV491284017GB
#1043,P-77019,13,2,2024-05-02,JV491284018GB
#1044,P-91820,10,6,2024-05-03,JV491284020GB
#1045,P-66103,675,2,2024-05-03,JV491284021GB
""")

add("sql/sql-password", "db/noah/create_logins.sql", "Microsoft docs: CREATE LOGIN", """
-- logins for the fitting bridge and the nightly export (run once on NOAHSRV01\\NOAH)
USE master;
CREATE LOGIN noah_export WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON;
GO
USE NOAH;
CREATE USER noah_export FOR LOGIN noah_export;
ALTER ROLE db_datareader ADD MEMBER noah_export;
GO
""", rand_pw(18, "#!"))

add("sql/decoy-pgcrypto", "db/migrations/0011_encrypt_notes.sql", "PostgreSQL docs: pgcrypto", """
-- clinical notes encrypted at rest; the key comes from a session setting set by the app
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE case_notes ADD COLUMN body_enc bytea;
UPDATE case_notes SET body_enc = pgp_sym_encrypt(body, current_setting('app.notes_key'));
ALTER TABLE case_notes DROP COLUMN body;
COMMENT ON COLUMN case_notes.body_enc IS 'pgp_sym_encrypt(body, app.notes_key)';
""")

add("compose/smtp-relay-password", "mail-relay/docker-compose.yml", "boky/postfix docs: relay configuration", """
services:
  relay:
    image: boky/postfix:latest
    restart: unless-stopped
    ports: ["25:587"]
    environment:
      ALLOWED_SENDER_DOMAINS: brightears.co.uk
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: "@@secret@@"
""", sendgrid_key())

add("compose/decoy-docker-secrets", "portal/docker-compose.prod.yml", "Docker docs: secrets in Compose", """
services:
  web:
    image: registry.hearwell.local/patient-portal:1.8.2
    environment:
      DJANGO_SECRET_KEY_FILE: /run/secrets/django_key
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [django_key, db_password]
secrets:
  django_key:
    external: true
  db_password:
    external: true
""")

add("terraform/github-token", "infra/github/main.tf", "Terraform docs: GitHub provider", """
provider "github" {
  owner = "brightears"
  token = "@@secret@@"
}

resource "github_repository" "noah_tools" {
  name       = "noah-tools"
  visibility = "private"
}

resource "github_branch_protection" "noah_tools_main" {
  repository_id = github_repository.noah_tools.node_id
  pattern       = "main"
}
""", fakes.github_token(_seed()))

add("terraform/decoy-random-password", "infra/rds-replica.tf", "Terraform docs: random_password", """
resource "random_password" "reporting" {
  length  = 32
  special = false
}

resource "aws_ssm_parameter" "reporting_password" {
  name  = "/hearwell/reporting/db_password"
  type  = "SecureString"
  value = random_password.reporting.result
}
""")

add("toml/algolia-admin-key", "clinic-site/config.toml", "Algolia docs: API keys (admin key)", """
baseURL = "https://www.audiologyplus.ie/"
title = "Audiology Plus"
theme = "clinic"

[params.algolia]
appId = "KX0Q3T7ZPD"
indexName = "clinic_pages"
# used by the deploy step to push the index
adminKey = "@@secret@@"
""", hexs(32))

add("toml/decoy-algolia-search-key", "clinic-site/config.production.toml", "Algolia docs: search-only API key", """
[params.algolia]
appId = "KX0Q3T7ZPD"
indexName = "clinic_pages"
# search-only key: public by design, shipped to every browser
searchOnlyKey = "@@k@@"
vars = ["title", "summary", "clinic"]
""", k=hexs(32))

add("php/twilio-auth-token", "oms-web/app/Services/SmsReminder.php", "Twilio docs: PHP helper library", """
<?php

namespace App\\Services;

use Twilio\\Rest\\Client;

class SmsReminder
{
    private Client $twilio;

    public function __construct()
    {
        $this->twilio = new Client('@@sid@@', '@@secret@@');
    }

    public function send(string $to, string $clinic, string $when): void
    {
        $this->twilio->messages->create($to, [
            'from' => 'BrightEars',
            'body' => "Reminder: your hearing appointment at {$clinic} is {$when}. Reply STOP to opt out.",
        ]);
    }
}
""", hexs(32), sid=twilio_sid())

add("php/decoy-getenv", "oms-web/config/services.php", "Laravel docs: configuration", """
<?php

return [
    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', 'BrightEars'),
    ],
    'sycle' => [
        'key' => env('SYCLE_API_KEY'),
        'practice' => env('SYCLE_PRACTICE_ID', 55210),
    ],
];
""")

add("ruby/redis-password", "clinic-shop/config/initializers/sidekiq.rb", "Sidekiq docs: using Redis", """
REDIS_URL = "redis://:@@secret@@@10.20.0.31:6379/3"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL }
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL }
end
""", fakes.redis_password(_seed()))

add("ruby/decoy-env-fetch", "clinic-shop/config/initializers/shopify.rb", "Ruby docs: ENV.fetch", """
ShopifyAPI::Context.setup(
  api_key: ENV.fetch("SHOPIFY_API_KEY"),
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
  host: "https://shop.clearsoundhearing.co.uk",
  scope: "read_orders,write_fulfillments",
  is_embedded: false,
  api_version: "2024-04"
)
""")

add("go/remote-care-webhook-secret", "internal/remotecare/webhook.go", "Go docs: crypto/hmac", """
package remotecare

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

var webhookSecret = []byte("@@secret@@")

func Verify(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, false
	}
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-RC-Signature")))
}
""", stripe_whsec())

add("go/decoy-httptest", "internal/remotecare/webhook_test.go", "Go docs: net/http/httptest", """
package remotecare

import (
	"net/http/httptest"
	"strings"
	"testing"
)

func TestVerifyRejectsBadSignature(t *testing.T) {
	req := httptest.NewRequest("POST", "/webhook", strings.NewReader(`{"event":"session.ended"}`))
	req.Header.Set("X-RC-Signature", "0000000000000000000000000000000000000000000000000000000000000000")
	if _, ok := Verify(req); ok {
		t.Fatal("expected signature check to fail")
	}
}
""")

add("csharp/azure-storage-key", "OmsSync/BlobArchive.cs", "Microsoft docs: Azure Storage connection strings", """
using Azure.Storage.Blobs;

public static class BlobArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=bebackupsuk;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static async Task UploadAsync(string path)
    {
        var container = new BlobContainerClient(Conn, "audiograms");
        await container.CreateIfNotExistsAsync();
        await container.UploadBlobAsync(Path.GetFileName(path), File.OpenRead(path));
    }
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("java/smtp-password", "oms-api/src/main/java/uk/hearwell/oms/mail/MailSessionFactory.java", "Jakarta Mail docs: Authenticator", """
package uk.hearwell.oms.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailSessionFactory {
    public static Session create() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("oms@hearwellaudiology.com", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("java/decoy-value-injection", "oms-api/src/main/java/uk/hearwell/oms/sms/SmsService.java", "Spring docs: @Value", """
package uk.hearwell.oms.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SmsService {
    @Value("${twilio.account-sid}")
    private String accountSid;

    @Value("${twilio.auth-token}")
    private String authToken;

    public boolean configured() {
        return accountSid != null && !accountSid.isBlank() && authToken != null;
    }
}
""")

add("kotlin/google-oauth-client-secret", "patient-app/android/app/src/main/java/com/hearwell/app/CalendarSync.kt", "Google docs: OAuth 2.0 client credentials", """
package com.hearwell.app

object CalendarSync {
    const val CLIENT_ID = "418203377051-k3v9q0f2m8l1h7c6x5z4b2n1a0s9d8f7.apps.googleusercontent.com"
    const val CLIENT_SECRET = "@@secret@@"
    const val SCOPE = "https://www.googleapis.com/auth/calendar.events"

    fun authUrl(redirect: String): String =
        "https://accounts.google.com/o/oauth2/v2/auth?client_id=$CLIENT_ID&redirect_uri=$redirect&scope=$SCOPE&response_type=code"
}
""", fakes.fake("GOCSPX-", 28, _seed()))

add("kotlin/decoy-fcm-sender-id", "patient-app/android/app/src/main/java/com/hearwell/app/PushConfig.kt", "Firebase docs: Cloud Messaging sender id", """
package com.hearwell.app

object PushConfig {
    // project number / sender id: public, part of google-services.json
    const val SENDER_ID = "418203377051"
    const val CHANNEL_REMINDERS = "appointment_reminders"
    const val CHANNEL_BATTERY = "battery_low"
    const val TOPIC_CLINIC_NEWS = "clinic-news"
}
""")

add("python/shopify-admin-token", "integrations/battery_shop.py", "Shopify docs: Admin API access tokens", '''
import requests

SHOP = "clearsound-batteries.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "@@secret@@", "Content-Type": "application/json"}


def unfulfilled_orders() -> list:
    r = requests.get(f"https://{SHOP}/admin/api/2024-04/orders.json",
                     params={"fulfillment_status": "unfulfilled"}, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["orders"]
''', shopify_token())

add("python/decoy-docstring-example", "integrations/stripe_helpers.py", "Stripe docs: API keys", '''
"""Helpers around Stripe.

Configure with the environment, never in code::

    export STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX

Test mode keys start with ``sk_test_``; restricted keys with ``rk_live_``.
"""
import os

import stripe

stripe.api_key = os.environ.get("STRIPE_SECRET_KEY")
''')

add("github-actions/ftp-password", ".github/workflows/deploy-clinic-site.yml", "SamKirkland/FTP-Deploy-Action docs", """
name: deploy-clinic-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: hugo --minify
      - uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.audiologyplus.ie
          username: deploy@audiologyplus.ie
          password: "@@secret@@"
          local-dir: ./public/
""", rand_pw(14, "!#"))

add("github-actions/decoy-ftp-secret-ref", ".github/workflows/deploy-clinic-site-staging.yml", "GitHub docs: using secrets in Actions", """
name: deploy-clinic-site-staging
on: [pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: hugo --minify -b https://staging.audiologyplus.ie/
      - uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.audiologyplus.ie
          username: ${{ vars.FTP_USER }}
          password: ${{ secrets.FTP_PASSWORD }}
          local-dir: ./public/
""")

add("dockerfile/github-token", "noah-export/Dockerfile", "Docker docs: ARG instruction", """
FROM python:3.12-slim
ARG GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git unixodbc-dev && rm -rf /var/lib/apt/lists/*
RUN pip install "git+https://${GH_TOKEN}@github.com/brightears/noah-tools.git@v0.6.1"
WORKDIR /work
ENTRYPOINT ["noah-export"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-arg-no-default", "fitting-bridge/Dockerfile", "Docker docs: ARG instruction", """
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG NUGET_TOKEN
WORKDIR /src
COPY . .
RUN dotnet nuget add source https://nuget.pkg.github.com/brightears/index.json -n gh -u ci -p "$NUGET_TOKEN" --store-password-in-clear-text \\
 && dotnet publish FittingBridge -c Release -o /out
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY --from=build /out /app
ENTRYPOINT ["dotnet", "/app/FittingBridge.dll"]
""")

add("notebook/aws-secret-key", "analysis/archive_costs.ipynb", "Jupyter docs: notebook format", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "ce = boto3.client('ce', region_name='us-east-1',\n",
    "                  aws_access_key_id='@@kid@@',\n",
    "                  aws_secret_access_key='@@secret@@')\n",
    "ce.get_cost_and_usage(TimePeriod={'Start': '2024-04-01', 'End': '2024-05-01'}, Granularity='MONTHLY', Metrics=['UnblendedCost'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/decoy-hashed-ids", "analysis/no_show_model.ipynb", "Jupyter docs: notebook format", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["patient_hash                                                      no_show_p\n", "@@h1@@  0.31\n", "@@h2@@  0.08\n"]}
   ],
   "source": ["print(scores.head(2).to_string(index=False))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', h1=sha256ish(), h2=sha256ish())

add("xml/decoy-keyvault-references", "ClinicPortal/appsettings.Azure.xml", "Microsoft docs: Key Vault references for App Service", """
<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <add key="SendGrid:ApiKey" value="@Microsoft.KeyVault(SecretUri=https://kv-clinic-uk.vault.azure.net/secrets/sendgrid-api-key/)" />
  <add key="Stripe:SecretKey" value="@Microsoft.KeyVault(VaultName=kv-clinic-uk;SecretName=stripe-secret-key)" />
  <add key="ConnectionStrings:Oms" value="@Microsoft.KeyVault(VaultName=kv-clinic-uk;SecretName=oms-connection)" />
  <add key="Clinic:Name" value="ClearSound Hearing" />
</appSettings>
""")

# CASES-LAST5-END
