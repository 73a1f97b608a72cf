"""Blind set HV: hostels and backpacker lodges (a Romanian chain, Hostel Carpați, and its vendors).

Channel managers and PMS (Cloudbeds, Mews, Sirvoy), OTAs (Booking.com, Hostelworld), Romanian
payments and invoicing (Netopia, EuPlătesc, SmartBill, ANAF e-Factura), door locks, Wi-Fi and
captive portals, bots, CI, containers and runbooks, many in Romanian, and their decoys.
Generated fakes only (seeds 3090000-3099999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3090000, 3099999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Brasov", "Sibiu", "Carpati", "Dunare", "Lupul", "Ursul", "Zimbru", "Fagaras", "Bucegi", "Tampa",
         "Cetate", "Olt", "Mures", "Ciucas", "Retezat", "Vulturul", "Brad", "Stejar", "Paltin", "Codru"]
LOWER = ["rucsac", "cort", "munte", "ceai", "lanterna", "hamac", "busola", "traseu", "cabana", "izvor",
         "pod", "zapada", "poiana", "creasta", "foc", "dor"]

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
    CASES.append(LabelledCase(f"blind-hv/{category}", file_name, text, secret, source))


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


def upper_digits(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"carpati-pms","iat":1764950400}').rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


D = "https://developers.cloudbeds.com/reference"
MEWS = "https://mews-systems.gitbook.io/connector-api"
NETOPIA = "https://doc.netopia-payments.com"
SMARTBILL = "https://api.smartbill.ro"
ANAF = "https://static.anaf.ro/static/10/Anaf/Informatii_R/API/Oauth_procedura_inregistrare_aplicatii_portal_ANAF.pdf"


# ---------------------------------------------------------------- env files
add("env/cloudbeds-api-key", "pms-sync/.env", D, """
# Hostel Carpati - sincronizare PMS (Cloudbeds)
APP_ENV=production
CLOUDBEDS_PROPERTY_ID=284611
CLOUDBEDS_API_KEY=@@secret@@
CLOUDBEDS_BASE_URL=https://api.cloudbeds.com/api/v1.2
SYNC_INTERVAL_MIN=5
TZ=Europe/Bucharest
""", secret="cbat_" + fakes.drawn_mixed(_seed(), 32))

add("env/stripe-secret-key", "booking-engine/.env.production", "https://docs.stripe.com/keys", """
NODE_ENV=production
PORT=8080
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
CURRENCY=RON
DEFAULT_LOCALE=ro
""", secret=stripe_key(), pk=stripe_key("pk_live_"))

add("env/smtp-password", "deploy/mailer.env", "https://support.google.com/a/answer/176600", """
# trimitere confirmari rezervare
SMTP_HOST=smtp.gmail.com
SMTP_PORT=587
SMTP_USER=rezervari@hostelcarpati.ro
SMTP_PASSWORD=@@secret@@
SMTP_FROM="Hostel Carpati <rezervari@hostelcarpati.ro>"
""", secret=fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("env/postgres-password", "checkin-kiosk/.env", "https://www.postgresql.org/docs/current/libpq-connect.html", """
KIOSK_ID=BV-LOBBY-01
DATABASE_URL=postgresql://kiosk_rw:@@secret@@@db.brasov.carpati.internal:5432/checkin
PRINTER_QUEUE=zebra-lobby
LANG=ro_RO.UTF-8
ID_SCANNER=/dev/ttyUSB0
""", secret=words_pw().replace("@", "!").replace("#", "!").replace("%", "!"))

add("env/decoy-placeholder", "booking-engine/.env.example", "https://12factor.net/config", """
# Copiaza in .env si completeaza valorile reale (din 1Password, seiful "Hostel Ops")
NODE_ENV=development
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
CLOUDBEDS_API_KEY=<cheia-ta-cloudbeds>
NETOPIA_SIGNATURE=XXXX-XXXX-XXXX-XXXX-XXXX
SMTP_PASSWORD=changeme
""")

add("env/telegram-bot-token", "housekeeping-bot/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# bot Telegram pentru echipa de curatenie (camere eliberate -> mesaj)
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001842273310
HOSTELS=brasov,sibiu,cluj
LOG_LEVEL=info
""", secret=fakes.telegram_token(_seed()))

add("env/decoy-env-reference", "housekeeping-bot/.env.ci", "https://docs.docker.com/compose/environment-variables/", """
TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}
TELEGRAM_CHAT_ID=${HOUSEKEEPING_CHAT}
HOSTELS=brasov
LOG_LEVEL=debug
DRY_RUN=1
""")

add("env/mews-access-token", "channel/.env.mews", MEWS, """
MEWS_PLATFORM_URL=https://api.mews.com
MEWS_CLIENT=HostelCarpati Sync 2.3
MEWS_CLIENT_TOKEN=@@ct@@
MEWS_ACCESS_TOKEN=@@secret@@
MEWS_ENTERPRISE=Sibiu Old Town Hostel
""", secret=hexs(32).upper() + "-" + hexs(31).upper(), ct=hexs(32).upper() + "-" + hexs(31).upper())

add("env/decoy-public-ids", "guest-app/.env", "https://developers.google.com/maps/documentation/javascript/get-api-key", """
# valori publice, ajung oricum in bundle-ul JS
VITE_MAPS_MAP_ID=8e0a97af9386fef
VITE_RECAPTCHA_SITE_KEY=6LcT1aIpAAAAAKx3b7fKq0PZp9G2mHnV8rQ4uWzY
VITE_STRIPE_PK=pk_live_51Ow8cEJpR2hV7mQ0aZ3xK9tLs4Nf
VITE_GA_ID=G-7QK2XW9RLM
VITE_PROPERTY_IDS=284611,284612,301877
""")

add("env/aws-secret-access-key", "backups/.env.s3", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# backup zilnic al bazei PMS in S3 (eu-central-1)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-central-1
BACKUP_BUCKET=carpati-pms-backups
RETENTION_DAYS=35
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/smartbill-token", "facturare/.env", SMARTBILL, """
# SmartBill - emitere facturi pentru grupuri si firme
SMARTBILL_USER=contabilitate@hostelcarpati.ro
SMARTBILL_TOKEN=@@secret@@
SMARTBILL_CIF=RO41188230
SMARTBILL_SERIE=HCB
""", secret=hexs(32))

# ---------------------------------------------------------------- python
add("python/cloudbeds-client-secret", "pms_sync/cloudbeds_auth.py", D, '''
"""OAuth cu Cloudbeds pentru sincronizarea rezervarilor."""
import requests

TOKEN_URL = "https://hotels.cloudbeds.com/api/v1.1/access_token"
CLIENT_ID = "live1_284611_kLq8RmWz3vTnXe2PaY"
CLIENT_SECRET = "@@secret@@"


def refresh(refresh_token: str) -> dict:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": refresh_token,
    }, timeout=15)
    resp.raise_for_status()
    return resp.json()
''', secret=fakes.drawn_mixed(_seed(), 32))

add("python/netopia-api-key", "payments/netopia.py", NETOPIA, '''
import httpx

NETOPIA_URL = "https://secure.mobilpay.ro/pay/payment/card/start"
POS_SIGNATURE = "2QKN-8VJ3-4TRW-HX7M-PL5C"


class NetopiaClient:
    def __init__(self) -> None:
        self.http = httpx.Client(headers={
            "Authorization": "@@secret@@",
            "Content-Type": "application/json",
        }, timeout=20)

    def start(self, order: dict) -> dict:
        order["config"]["posSignature"] = POS_SIGNATURE
        return self.http.post(NETOPIA_URL, json=order).json()
''', secret=fakes.drawn_mixed(_seed(), 60, ALNUM + "-_"))

add("python/redis-password", "housekeeping/tasks.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", '''
from celery import Celery

# coada de sarcini pentru curatenie si lenjerie
app = Celery(
    "housekeeping",
    broker="redis://:@@secret@@@redis.carpati.internal:6379/2",
    backend="redis://:@@secret@@@redis.carpati.internal:6379/3",
)


@app.task
def mark_bed_clean(room: str, bed: int) -> None:
    print(f"camera {room} pat {bed}: curat")
''', secret=fakes.redis_password(_seed()))

add("python/django-secret-key", "carpati_web/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["hostelcarpati.ro", "www.hostelcarpati.ro"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "ro"
TIME_ZONE = "Europe/Bucharest"
CSRF_TRUSTED_ORIGINS = ["https://hostelcarpati.ro"]
SESSION_COOKIE_SECURE = True
''', secret=fakes.django_secret_key(_seed()))

add("python/decoy-environ", "carpati_web/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
CLOUDBEDS_API_KEY = os.getenv("CLOUDBEDS_API_KEY")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "carpati",
        "USER": os.environ.get("PGUSER", "carpati"),
        "PASSWORD": os.environ.get("PGPASSWORD"),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
''')

add("python/hostelworld-api-key", "channel/hostelworld_inventory.py", "https://partner.hostelworld.com", '''
import requests

HW_ENDPOINT = "https://inbox.hostelworld.com/api/v2/properties/{pid}/availability"
HW_PROPERTY = 60218
# cheie primita de la account manager Hostelworld (martie)
HW_API_KEY = "@@secret@@"


def push_beds(date: str, dorm: str, beds: int) -> None:
    r = requests.put(
        HW_ENDPOINT.format(pid=HW_PROPERTY),
        headers={"X-Api-Key": HW_API_KEY},
        json={"date": date, "room_type": dorm, "available": beds},
        timeout=10,
    )
    r.raise_for_status()
''', secret=hexs(40))

add("python/decoy-test-fixture", "tests/test_netopia_ipn.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from payments.ipn import parse_ipn

FAKE_SIGNATURE = "AAAA-BBBB-CCCC-DDDD-EEEE"
FAKE_API_KEY = "test-api-key-not-real"


@pytest.fixture
def payload():
    return {"order": {"orderID": "HCB-2024-0001", "amount": 120.0, "currency": "RON"},
            "payment": {"status": 3, "message": "Confirmed"}}


def test_confirmed(payload):
    assert parse_ipn(payload, signature=FAKE_SIGNATURE).paid
''')

add("python/sendgrid-api-key", "notifications/email.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_checkin_reminder(guest_email: str, name: str, hostel: str) -> None:
    msg = Mail(
        from_email="noreply@hostelcarpati.ro",
        to_emails=guest_email,
        subject=f"Check-in maine la {hostel}",
        html_content=f"<p>Salut {name}, te asteptam! Receptia e deschisa 24/7.</p>",
    )
    sg.send(msg)
''', secret=sendgrid_key())

add("python/ttlock-client-secret", "locks/ttlock.py", "https://euopen.ttlock.com/document/doc?urlName=cloud%2Foauth2%2FgetAccessTokenEn.html", '''
"""Coduri PIN temporare pentru usile dormitoarelor (TTLock)."""
import hashlib
import time

import requests

CLIENT_ID = "5f2c8a7e41d94b3a9c61e0f8d2b7a4c1"
CLIENT_SECRET = "@@secret@@"
USERNAME = "carpati_locks"
PASSWORD_MD5 = hashlib.md5(b"placeholder").hexdigest()


def token() -> str:
    r = requests.post("https://euapi.ttlock.com/oauth2/token", data={
        "clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET,
        "username": USERNAME, "password": PASSWORD_MD5,
        "date": int(time.time() * 1000),
    })
    return r.json()["access_token"]
''', secret=hexs(32))

add("python/smtp-password", "scripts/trimite_raport_ocupare.py", "https://docs.python.org/3/library/smtplib.html", '''
#!/usr/bin/env python3
"""Raport zilnic de ocupare catre manageri (rulat din cron la 07:00)."""
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Ocupare Brasov / Sibiu / Cluj"
msg["From"] = "rapoarte@hostelcarpati.ro"
msg["To"] = "manageri@hostelcarpati.ro"
msg.set_content(open("/var/reports/ocupare.txt").read())

with smtplib.SMTP_SSL("mail.hostelcarpati.ro", 465) as s:
    s.login("rapoarte@hostelcarpati.ro", "@@secret@@")
    s.send_message(msg)
''', secret=words_pw())

add("python/aws-secret-access-key", "backups/upload_dump.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for name in ("pms.sql.gz", "kiosk.sql.gz"):
    s3.upload_file(f"/var/backups/{name}", "carpati-pms-backups", f"nightly/{name}")
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-hashes", "scripts/verify_export.py", "https://docs.python.org/3/library/hashlib.html", '''
import hashlib
import sys

# sume de control ale exporturilor lunare trimise contabilitatii
EXPECTED = {
    "rezervari-2024-10.csv": "9f2b6c1e8a4d7f30b5e1c9a2d8f4b6e0c3a7d1f5e9b2c4a6d8f0e1b3c5a7d9f2",
    "rezervari-2024-11.csv": "1c7e4a9d2f6b8e0a3c5d7f9b1e4a6c8d0f2b4e6a8c1d3f5b7e9a2c4d6f8b0e3a",
}

for name, digest in EXPECTED.items():
    actual = hashlib.sha256(open(name, "rb").read()).hexdigest()
    print(name, "OK" if actual == digest else "DIFERIT")
    if actual != digest:
        sys.exit(1)
''')

_SPLIT = rand_pw(18)
add("python/postgres-password", "kiosk/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", '''
import psycopg

# parola impartita ca sa nu apara in grep (!) - de mutat in vault
_PW = ("@@p1@@"
       "@@p2@@")

conn = psycopg.connect(
    host="db.sibiu.carpati.internal",
    dbname="checkin",
    user="kiosk_rw",
    password=_PW,
)
''', secret=_SPLIT, p1=_SPLIT[:9], p2=_SPLIT[9:])

# ---------------------------------------------------------------- yaml / compose / k8s / CI
add("compose/postgres-password", "infra/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  pms-db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: carpati
      POSTGRES_USER: carpati
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  pms-api:
    image: ghcr.io/hostelcarpati/pms-api:2.8.1
    depends_on: [pms-db]
    environment:
      DATABASE_URL: postgresql://carpati@pms-db:5432/carpati
volumes:
  pgdata: {}
""", secret=words_pw())

add("compose/decoy-env-reference", "infra/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  pms-api:
    image: ghcr.io/hostelcarpati/pms-api:${TAG:-latest}
    env_file: /etc/carpati/pms-api.env
    environment:
      DATABASE_URL: postgresql://carpati:${PGPASSWORD}@pms-db:5432/carpati
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?lipseste cheia stripe}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("compose/redis-password", "wifi-portal/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
# captive portal Wi-Fi pentru oaspeti (voucher din PMS)
services:
  portal:
    build: .
    ports: ["8443:8443"]
    environment:
      REDIS_URL: redis://default:@@secret@@@cache:6379/0
      VOUCHER_TTL_HOURS: "24"
  cache:
    image: redis:7
    command: redis-server --requirepass @@secret@@
""", secret=fakes.redis_password(_seed()))

_CB2 = "cbat_" + fakes.drawn_mixed(_seed(), 32)
add("k8s-secret/cloudbeds-api-key", "k8s/pms-sync/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: pms-sync
  namespace: hostel-ops
  labels:
    app: pms-sync
type: Opaque
data:
  CLOUDBEDS_PROPERTY_ID: @@pid@@
  CLOUDBEDS_API_KEY: @@enc@@
""", secret=_CB2, pid=b64("284612"), enc=b64(_CB2))

add("k8s-secret/smtp-password", "k8s/mailer/secret-smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: hostel-ops
type: Opaque
stringData:
  SMTP_HOST: smtp.sendgrid.net
  SMTP_USER: apikey
  SMTP_PASSWORD: "@@secret@@"
""", secret=sendgrid_key())

add("k8s-secret/decoy-sealed-secret", "k8s/mailer/sealed-smtp.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: hostel-ops
spec:
  encryptedData:
    SMTP_PASSWORD: @@enc@@
  template:
    metadata:
      name: smtp-relay
""", enc="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("k8s/decoy-secret-ref", "k8s/pms-sync/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pms-sync
  namespace: hostel-ops
spec:
  replicas: 1
  selector:
    matchLabels: {app: pms-sync}
  template:
    metadata:
      labels: {app: pms-sync}
    spec:
      containers:
        - name: sync
          image: ghcr.io/hostelcarpati/pms-sync:1.14.0
          env:
            - name: CLOUDBEDS_API_KEY
              valueFrom:
                secretKeyRef: {name: pms-sync, key: CLOUDBEDS_API_KEY}
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: pms-db, key: password}
""")

add("github-actions/pypi-token", ".github/workflows/publish-carpati-sdk.yml", "https://docs.pypi.org/trusted-publishers/", """
name: publish carpati-pms-sdk
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
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy booking engine
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-central-1
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_OPS }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-availability.yml", "https://api.slack.com/messaging/webhooks", """
name: verificare disponibilitate OTA (noaptea)
on:
  schedule:
    - cron: "15 2 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/compare_ota_availability.py > diff.txt
      - name: anunta pe Slack daca exista diferente
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Diferente disponibilitate Booking/Hostelworld!"}' \\
            @@secret@@
""", secret=slack_webhook())

add("ansible/unifi-admin-password", "ansible/group_vars/wifi.yml", "https://help.ui.com/hc/en-us/articles/360012282453", """
# controller UniFi pentru toate hostelurile
unifi_controller_url: https://unifi.carpati.internal:8443
unifi_site_map:
  brasov: default
  sibiu: sibiu01
  cluj: cluj01
unifi_admin_user: netadmin
unifi_admin_password: "@@secret@@"
guest_ssid: "Carpati-Guest"
guest_portal_enabled: true
""", secret=words_pw())

add("ansible/decoy-vault", "ansible/group_vars/pms.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
pms_db_user: carpati
pms_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
pms_api_port: 8080
""", l1=hexs(80), l2=hexs(80), l3=hexs(40))

add("ansible/mikrotik-password", "ansible/roles/router/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/", """
---
# MikroTik hAP la receptie (fiecare hostel)
routeros_host: "{{ inventory_hostname }}"
ansible_user: admin-carpati
ansible_password: "@@secret@@"
ansible_network_os: community.routeros.routeros
guest_vlan: 30
staff_vlan: 20
""", secret=rand_pw(14, "#!"))

add("terraform/aws-secret-access-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "pms" {
  identifier          = "carpati-pms"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  username            = "carpati"
  password            = var.db_password
  skip_final_snapshot = false
}
""")

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = "3f8a2c1e9b7d4a6f0e5c8b2a1d9f7e3c"
  name    = "rezervari"
  value   = "booking-lb-1187.eu-central-1.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("yaml/booking-com-password", "channel/config/booking.yaml", "https://developers.booking.com/connectivity/docs/authentication", """
# Booking.com Connectivity (XML / B.XML) - cont de machine
booking:
  endpoint: https://supply-xml.booking.com/hotels/xml/availability
  hotel_ids:
    brasov: 7281934
    sibiu: 7281950
  username: carpati_xml_connect
  password: "@@secret@@"
  retry: 3
""", secret=words_pw())

add("yaml/decoy-placeholder", "channel/config/booking.example.yaml", "https://developers.booking.com/connectivity/docs", """
booking:
  endpoint: https://supply-xml.booking.com/hotels/xml/availability
  hotel_ids:
    brasov: 0000000
  username: YOUR_MACHINE_ACCOUNT
  password: "<parola din 1Password: Booking XML>"
  retry: 3
""")

add("yaml/decoy-public-dsn", "guest-app/sentry.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# DSN-ul e public (apare in aplicatia web), nu e secret
sentry:
  dsn: https://4f8c1a2e9b7d43a6b1c0e5d8f2a7b9c3@o4506112.ingest.sentry.io/4506119
  environment: production
  traces_sample_rate: 0.1
  release: guest-app@3.2.0
""")

add("yaml/twilio-auth-token", "sms/config.yml", "https://www.twilio.com/docs/iam/credentials/api", """
# SMS cu codul de usa pentru check-in tarziu
twilio:
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+40376300412"
templates:
  late_checkin: "Codul tau pentru usa principala: {code}. Camera {room}."
""", secret=hexs(32), sid=twilio_sid())

# ---------------------------------------------------------------- json / toml / ini / properties / xml
add("json/sirvoy-api-token", "integrations/sirvoy/config.json", "https://sirvoy.com/docs/api/", """
{
  "provider": "sirvoy",
  "property": "Cluj Backpackers",
  "endpoint": "https://secure.sirvoy.com/api/v1",
  "apiToken": "@@secret@@",
  "pollSeconds": 120,
  "roomMap": {"DORM6-MIX": 11, "DORM4-F": 12, "PRIV-DBL": 21}
}
""", secret=fakes.drawn_mixed(_seed(), 48))

add("json/decoy-firebase-config", "guest-app/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "carpati-guest.firebaseapp.com",
  "projectId": "carpati-guest",
  "storageBucket": "carpati-guest.appspot.com",
  "messagingSenderId": "604281937725",
  "appId": "1:604281937725:web:8b3e1f7a2c9d4e6b0a5f21"
}
""", k=google_key())

_GPEM = pem("").replace("  PRIVATE", " PRIVATE")
add("json/gcp-private-key", "guest-app/functions/service-account.json", "https://firebase.google.com/docs/admin/setup", """
{
  "type": "service_account",
  "project_id": "carpati-guest",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "firebase-adminsdk-q7x2m@carpati-guest.iam.gserviceaccount.com",
  "client_id": "104827361950284716352",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=_GPEM.replace("\n", "\\n"), kid=hexs(40), key=_GPEM.replace("\n", "\\n"))

add("json/decoy-lock-export", "locks/exports/nuki-devices.json", "https://developer.nuki.io/page/nuki-web-api-1-4-0/3", """
[
  {"smartlockId": 17839204, "name": "Dorm 3 (Brasov)", "type": 4, "firmware": "4.1.22", "serverState": 0},
  {"smartlockId": 17839211, "name": "Dorm 4 (Brasov)", "type": 4, "firmware": "4.1.22", "serverState": 0},
  {"smartlockId": 17839256, "name": "Intrare principala", "type": 4, "firmware": "4.1.20", "serverState": 0},
  {"smartlockId": 17840002, "name": "Depozit bagaje", "type": 4, "firmware": "4.1.22", "serverState": 4}
]
""")

add("json/nuki-api-token", "locks/nuki.settings.json", "https://developer.nuki.io/page/nuki-web-api-1-4-0/3", """
{
  "nuki": {
    "baseUrl": "https://api.nuki.io",
    "apiToken": "@@secret@@",
    "accountId": 540218,
    "pinValidityHours": 72
  }
}
""", secret=hexs(80))

add("toml/smartbill-token", "facturare/pyproject-settings.toml", SMARTBILL, """
[smartbill]
base_url = "https://ws.smartbill.ro/SBORO/api"
email = "contabilitate@hostelcarpati.ro"
token = "@@secret@@"
cif = "RO41188230"

[smartbill.serii]
brasov = "HCB"
sibiu = "HCS"
""", secret=hexs(32))

add("toml/decoy-config", "pms_sync/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "carpati-pms-sync"
version = "1.14.0"
requires-python = ">=3.11"
dependencies = ["requests>=2.31", "psycopg[binary]>=3.1", "pydantic>=2.6"]

[tool.carpati]
api_key_env = "CLOUDBEDS_API_KEY"
secret_source = "aws-secretsmanager:carpati/pms-sync"
""")

add("toml/pypi-token", "tools/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# config pentru uv publish (sdk intern)
[[index]]
name = "pypi"
url = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", secret=fakes.pypi_token(_seed()))

add("ini/pypi-token", "tools/release/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", secret=fakes.pypi_token(_seed()))

add("ini/mysql-password", "legacy-site/config/db.ini", "https://www.php.net/manual/en/function.parse-ini-file.php", """
; site vechi de rezervari (PHP), inca folosit pentru Cluj
[database]
host = 10.20.0.15
port = 3306
name = clujbp_site
user = clujbp
pass = "@@secret@@"

[site]
lang = ro
""", secret=words_pw())

add("ini/decoy-odbc", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[CarpatiPMS]
Description = Raportare ocupare (read-only, autentificare Kerberos)
Driver      = PostgreSQL Unicode
Servername  = db-replica.carpati.internal
Port        = 5432
Database    = carpati
Username    =
Password    =
SSLmode     = require
""")

add("properties/ldap-password", "staff-portal/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=staff-portal
server.port=8081
# autentificare personal receptie prin AD
spring.ldap.urls=ldaps://dc01.carpati.local:636
spring.ldap.base=dc=carpati,dc=local
spring.ldap.username=CN=svc-portal,OU=Service,DC=carpati,DC=local
spring.ldap.password=@@secret@@
spring.datasource.url=jdbc:postgresql://db.carpati.internal:5432/staff
""", secret=words_pw())

add("properties/decoy-placeholders", "staff-portal/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=staff-portal
server.port=8081
spring.ldap.urls=${LDAP_URL:ldap://localhost:389}
spring.ldap.username=${LDAP_USER}
spring.ldap.password=${LDAP_PASSWORD}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
""")

add("xml/ftp-password", "legacy-site/deploy/filezilla-sites.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.clujbackpackers.ro</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>clujbp_ftp</User>
      <Pass>@@secret@@</Pass>
      <Name>Site Cluj (vechi)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=words_pw())

_FTP = words_pw()
add("xml/ftp-password", "legacy-site/deploy/sitemanager.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.hostelcarpati.ro</Host>
      <Port>21</Port>
      <User>carpati_web</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Site principal</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=_FTP, enc=b64(_FTP))

add("xml/booking-com-password", "channel/ota/OTA_HotelAvailNotifRQ.xml", "https://developers.booking.com/connectivity/docs/b_xml-availability", """
<?xml version="1.0" encoding="UTF-8"?>
<request>
  <username>carpati_xml_connect</username>
  <password>@@secret@@</password>
  <version>1.0</version>
  <room id="728193401">
    <date value="2025-07-14">
      <rate id="4410722"/>
      <roomstosell>6</roomstosell>
      <price>85.00</price>
    </date>
  </room>
</request>
""", secret=rand_pw(16))

add("xml/decoy-redacted", "channel/ota/sample-response.xml", "https://developers.booking.com/connectivity/docs", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- raspuns capturat pentru debug; credentialele sunt mascate -->
<request>
  <username>carpati_xml_connect</username>
  <password>********</password>
  <version>1.0</version>
  <room id="728193401">
    <date value="2025-07-14"><roomstosell>6</roomstosell></date>
  </room>
</request>
""")

add("xml/decoy-nuget-config", "tools/kiosk-win/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="carpati" value="https://pkgs.dev.azure.com/hostelcarpati/_packaging/kiosk/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <carpati>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />
    </carpati>
  </packageSourceCredentials>
</configuration>
""")

# ---------------------------------------------------------------- code in other languages
add("php/euplatesc-key", "legacy-site/includes/euplatesc.php", "https://www.euplatesc.ro/", """
<?php
// plata online EuPlatesc - site vechi Cluj
define('EP_MID', '44840982113');
define('EP_KEY', '@@secret@@');

function ep_hmac(array $data): string {
    $str = '';
    foreach ($data as $v) {
        $str .= $v === '' ? '-' : strlen($v) . $v;
    }
    return hash_hmac('md5', $str, pack('H*', EP_KEY));
}
""", secret=hexs(64).upper())

add("php/mysql-password", "legacy-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'clujbp_wp' );
define( 'DB_USER', 'clujbp_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'cbp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(24, "!#%^&*()"))

add("php/decoy-wp-salts-getenv", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: 'db' );
define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY', 'put your unique phrase here' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("go/cloudbeds-api-key", "cmd/ratepush/main.go", D, """
package main

import (
	"log"
	"net/http"
	"time"
)

const (
	cloudbedsURL = "https://api.cloudbeds.com/api/v1.2/patchRate"
	apiKey       = "@@secret@@"
)

func main() {
	client := &http.Client{Timeout: 15 * time.Second}
	req, _ := http.NewRequest("POST", cloudbedsURL, nil)
	req.Header.Set("x-api-key", apiKey)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	log.Println("tarife actualizate:", resp.Status)
}
""", secret="cbat_" + fakes.drawn_mixed(_seed(), 32))

add("go/decoy-test-constants", "internal/locks/pin_test.go", "https://pkg.go.dev/testing", """
package locks

import "testing"

const testSecret = "0123456789abcdef0123456789abcdef"

func TestPinForBooking(t *testing.T) {
	pin := PinForBooking(testSecret, "HCB-000123", 2)
	if len(pin) != 6 {
		t.Fatalf("pin %q: lungime gresita", pin)
	}
}
""")

add("go/redis-password", "internal/cache/redis.go", "https://redis.uptrace.dev/guide/go-redis.html", """
package cache

import "github.com/redis/go-redis/v9"

// New returneaza clientul pentru disponibilitate (cache 60s)
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis.carpati.internal:6379",
		Password: "@@secret@@",
		DB:       1,
	})
}
""", secret=fakes.redis_password(_seed()))

add("java/ldap-password", "staff-portal/src/main/java/ro/carpati/staff/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/", """
package ro.carpati.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource src = new LdapContextSource();
        src.setUrl("ldaps://dc01.carpati.local:636");
        src.setBase("dc=carpati,dc=local");
        src.setUserDn("CN=svc-portal,OU=Service,DC=carpati,DC=local");
        src.setPassword("@@secret@@");
        return src;
    }
}
""", secret=words_pw())

add("java/decoy-annotations", "staff-portal/src/main/java/ro/carpati/staff/MailProps.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
package ro.carpati.staff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MailProps {
    @Value("${spring.mail.password}")
    private String password;

    @Value("${carpati.smartbill.token:}")
    private String smartbillToken;

    public String getPassword() { return password; }
}
""")

add("kotlin/stripe-secret-key", "android-staff/app/src/main/java/ro/carpati/staff/Payments.kt", "https://docs.stripe.com/keys", """
package ro.carpati.staff

import com.stripe.Stripe

object Payments {
    // TODO mutat pe server! cheie pusa temporar pentru terminalul de la receptie
    private const val STRIPE_KEY = "@@secret@@"

    fun init() {
        Stripe.apiKey = STRIPE_KEY
    }
}
""", secret=stripe_key("rk_live_"))

add("csharp/sql-server-password", "tools/kiosk-win/Kiosk/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "ConnectionStrings": {
    "Checkin": "Server=sql01.carpati.local;Database=Checkin;User Id=kiosk_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Kiosk": {
    "Location": "Sibiu - receptie",
    "Printer": "EPSON TM-T20III"
  }
}
""", secret=words_pw().replace(";", ""))

add("csharp/smtp-password", "tools/kiosk-win/Kiosk/Mail/ReceiptMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace Kiosk.Mail;

public static class ReceiptMailer
{
    public static void Send(string to, string pdfPath)
    {
        using var client = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("kiosk@hostelcarpati.ro", "@@secret@@"),
        };
        var msg = new MailMessage("kiosk@hostelcarpati.ro", to, "Chitanta Hostel Carpati", "Multumim!");
        msg.Attachments.Add(new Attachment(pdfPath));
        client.Send(msg);
    }
}
""", secret=words_pw())

add("typescript/mailchimp-api-key", "newsletter/src/sync.ts", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import mailchimp from "@mailchimp/mailchimp_marketing";

mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

export async function addGuest(email: string, firstName: string, hostel: string) {
  await mailchimp.lists.addListMember("b8e21f04c7", {
    email_address: email,
    status: "pending",
    merge_fields: { FNAME: firstName, HOSTEL: hostel },
  });
}
""", secret=mailchimp_key())

add("typescript/decoy-publishable", "booking-engine/src/stripe.ts", "https://docs.stripe.com/js/initializing", """
import { loadStripe } from "@stripe/stripe-js";

// cheia publicabila: sigur sa fie in browser
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "ro" });

export function formatRon(amount: number): string {
  return new Intl.NumberFormat("ro-RO", { style: "currency", currency: "RON" }).format(amount);
}
""", pk=stripe_key("pk_live_"))

add("typescript/google-maps-server-key", "booking-engine/server/geocode.ts", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
import fetch from "node-fetch";

// cheie server-side (fara restrictii de referer!) pentru distante la obiective
const GEOCODE_KEY = "@@secret@@";

export async function distanceTo(origin: string, dest: string): Promise<number> {
  const url = `https://maps.googleapis.com/maps/api/distancematrix/json?origins=${encodeURIComponent(origin)}`
    + `&destinations=${encodeURIComponent(dest)}&key=${GEOCODE_KEY}`;
  const body: any = await (await fetch(url)).json();
  return body.rows[0].elements[0].distance.value;
}
""", secret=google_key())

add("typescript/decoy-regex", "booking-engine/src/validators.ts", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions", """
// validari formulare rezervare
export const CNP_RE = /^[1-9]\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{6}$/;
export const IBAN_RO_RE = /^RO\\d{2}[A-Z]{4}[A-Z0-9]{16}$/;
export const STRIPE_SECRET_RE = /^sk_(live|test)_[A-Za-z0-9]{24,}$/;
export const VOUCHER_RE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

export function isVoucher(code: string): boolean {
  return VOUCHER_RE.test(code.trim().toUpperCase());
}
""")

add("ruby/slack-bot-token", "ops/bin/night_audit.rb", "https://api.slack.com/authentication/token-types#bot", """
#!/usr/bin/env ruby
# audit de noapte: rezervari neplatite -> canalul #receptie
require "slack-ruby-client"

Slack.configure do |config|
  config.token = "@@secret@@"
end

client = Slack::Web::Client.new
unpaid = File.readlines("/var/reports/unpaid.txt").map(&:strip)
client.chat_postMessage(channel: "#receptie", text: "Neplatite: #{unpaid.size}")
""", secret=slack_bot())

add("rust/netopia-signature-key", "ipn-verifier/src/main.rs", NETOPIA, """
use hmac::{Hmac, Mac};
use sha2::Sha512;

type HmacSha512 = Hmac<Sha512>;

// cheia de semnare IPN Netopia (cont live)
const IPN_SECRET: &str = "@@secret@@";

fn verify(body: &[u8], signature: &[u8]) -> bool {
    let mut mac = HmacSha512::new_from_slice(IPN_SECRET.as_bytes()).expect("cheie");
    mac.update(body);
    mac.verify_slice(signature).is_ok()
}

fn main() {
    println!("{}", verify(b"{}", b""));
}
""", secret=fakes.drawn_mixed(_seed(), 44, ALNUM + "+/"))

add("swift/decoy-keychain", "ios-guest/Carpati/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "ro.hostelcarpati.guest"
    static let account = "refresh_token"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

# ---------------------------------------------------------------- shell / powershell / docker
add("shell/mysql-password", "ops/scripts/backup_site_cluj.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
# backup zilnic site vechi Cluj - rulat din crontab pe vps-cluj
set -euo pipefail
DATA=$(date +%F)
mysqldump -h 127.0.0.1 -u clujbp -p'@@secret@@' clujbp_site | gzip > /srv/backup/site-$DATA.sql.gz
find /srv/backup -name 'site-*.sql.gz' -mtime +14 -delete
echo "backup ok: $DATA"
""", secret=rand_pw(16))

add("shell/cloudbeds-api-key", "ops/scripts/export_reservations.sh", D, """
#!/bin/sh
# export rezervari pentru contabilitate (luna trecuta)
FROM=$(date -d "$(date +%Y-%m-01) -1 month" +%F)
TO=$(date -d "$(date +%Y-%m-01) -1 day" +%F)
curl -s -G "https://api.cloudbeds.com/api/v1.2/getReservations" \\
  -H "x-api-key: @@secret@@" \\
  --data-urlencode "checkInFrom=$FROM" \\
  --data-urlencode "checkInTo=$TO" > rezervari.json
jq length rezervari.json
""", secret="cbat_" + fakes.drawn_mixed(_seed(), 32))

add("shell/decoy-vault-read", "ops/scripts/rotate_wifi_voucher_key.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
# cheia se citeste din Vault, nu se scrie nicaieri pe disc
export UNIFI_PASSWORD="$(vault kv get -field=password secret/hostel-ops/unifi)"
export VOUCHER_HMAC="$(openssl rand -hex 32)"
vault kv put secret/hostel-ops/voucher hmac="$VOUCHER_HMAC"
./bin/portal-reload --site "${SITE:-default}"
""")

add("shell/smtp-password", "ops/scripts/test_smtp.sh", "https://jetmore.org/john/code/swaks/", """
#!/bin/bash
# test rapid releu SMTP dupa schimbarea DNS
swaks --to ops@hostelcarpati.ro \\
  --from rezervari@hostelcarpati.ro \\
  --server mail.hostelcarpati.ro:587 --tls \\
  --auth LOGIN --auth-user rezervari@hostelcarpati.ro \\
  --auth-password '@@secret@@' \\
  --header "Subject: test releu $(hostname)"
""", secret=words_pw())

add("shell/github-token", "ops/scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# cloneaza toate repo-urile pe laptopul nou de la receptie (NU commit!)
TOKEN=@@secret@@
for repo in pms-sync booking-engine wifi-portal housekeeping-bot; do
  git clone "https://x-access-token:${TOKEN}@github.com/hostelcarpati/${repo}.git"
done
""", secret=fakes.github_token(_seed()))

add("powershell/ad-service-password", "ops/windows/New-ReceptionUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
# Creeaza cont pentru receptioner nou (hostel Sibiu)
param([Parameter(Mandatory)] [string]$Nume, [string]$Hostel = "Sibiu")

$svc = "CARPATI\\svc-provision"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svc, $pw)

New-ADUser -Name $Nume -Path "OU=Receptie,OU=$Hostel,DC=carpati,DC=local" `
  -Enabled $true -ChangePasswordAtLogon $true `
  -AccountPassword (Read-Host -AsSecureString "Parola initiala") -Credential $cred
""", secret=words_pw())

add("powershell/decoy-secretmanagement", "ops/windows/Sync-Printers.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "PrintServerAdmin" -Vault CarpatiVault
$printers = @("RECEPTIE-BV", "RECEPTIE-SB", "RECEPTIE-CJ")
foreach ($p in $printers) {
    Invoke-Command -ComputerName "print01" -Credential $cred -ScriptBlock {
        param($n) Get-Printer -Name $n | Select-Object Name, PrinterStatus
    } -ArgumentList $p
}
""")

add("dockerfile/github-token", "wifi-portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim
WORKDIR /app
# pachetul privat carpati-vouchers e pe GitHub
ENV GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install "git+https://${GH_TOKEN}@github.com/hostelcarpati/carpati-vouchers.git@v0.9.2"
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8443", "portal:app"]
""", secret=fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret", "pms_sync/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml .
RUN --mount=type=secret,id=gh_token \\
    GH_TOKEN=$(cat /run/secrets/gh_token) pip wheel --wheel-dir /wheels .
FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
ENV CLOUDBEDS_API_KEY="" TZ=Europe/Bucharest
CMD ["carpati-pms-sync"]
""")

add("dockerfile/smartbill-token", "facturare/Dockerfile", SMARTBILL, """
FROM node:20-alpine
WORKDIR /srv/facturare
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV SMARTBILL_USER=contabilitate@hostelcarpati.ro \\
    SMARTBILL_TOKEN=@@secret@@ \\
    SMARTBILL_CIF=RO41188230
EXPOSE 3000
CMD ["node", "server.js"]
""", secret=hexs(32))

# ---------------------------------------------------------------- docs / runbooks / sql / csv / logs
add("markdown/unifi-admin-password", "docs/runbooks/wifi-receptie.md", "https://help.ui.com/hc/en-us/articles/204909754", """
# Runbook: Wi-Fi oaspeti nu merge (Brasov)

1. Verifica daca AP-urile sunt online in controller: https://unifi.carpati.internal:8443
2. Login controller:
   - utilizator: `netadmin`
   - parola: `@@secret@@`
3. Daca portalul captiv nu apare, reporneste serviciul `wifi-portal` (vezi mai jos).
4. Daca tot nu merge, suna la Digi Business: 031 400 4000 (contract 88231).

```
ssh ops@portal-bv sudo systemctl restart wifi-portal
```
""", secret=words_pw())

add("markdown/decoy-onboarding", "docs/onboarding/receptie.md", "https://www.markdownguide.org/basic-syntax/", """
# Bun venit la receptie!

- Parolele NU se trimit pe WhatsApp. Le gasesti in 1Password, seiful **Receptie**.
- Codul de la seiful de chei se schimba lunar; il primesti de la manager.
- Wi-Fi personal: reteaua `Carpati-Staff`, parola e in 1Password ("Wi-Fi Staff <hostel>").
- Cont Cloudbeds: primesti invitatie pe email, setezi singur parola (minim 12 caractere).
- Exemplu de voucher Wi-Fi pentru oaspeti: `ABCD-1234` (cel real se tipareste din PMS).
""")

add("markdown/root-password", "docs/handover/predare-ionut-2025-03.md", "https://www.atlassian.com/work-management/project-management/project-handoff", """
# Predare IT - Ionut -> Andreea (martie 2025)

## Ce ramane deschis
- migrarea site-ului Cluj de pe WordPress (vezi ticket HC-412)
- contractul Netopia se reinnoieste in mai

## Acces
| Sistem | Utilizator | Parola / cheie |
|---|---|---|
| Cloudbeds (owner) | it@hostelcarpati.ro | SSO Google |
| Netopia admin | carpati_admin | vezi 1Password |
| VPS Cluj (root) | root | `@@secret@@` |
| MikroTik Sibiu | admin-carpati | in Ansible vault |

Schimbati parola de root dupa preluare!
""", secret=rand_pw(20, "!@#"))

add("markdown/stripe-secret-key", "booking-engine/README.md", "https://docs.stripe.com/keys", """
# booking-engine

Motorul de rezervari pentru hostelcarpati.ro (Vite + Express).

## Rulare locala

```bash
npm ci
cp .env.example .env
npm run dev
```

Pentru a testa platile reale pe staging am folosit:

```
STRIPE_SECRET_KEY=@@secret@@
```

(de rotit dupa lansare)
""", secret=stripe_key())

add("markdown/decoy-api-docs", "docs/api/pms-sync.md", "https://developers.cloudbeds.com/docs/authentication", """
# API intern pms-sync

Toate cererile au antetul `Authorization: Bearer <token>`; tokenul se obtine de la
`POST /auth/token` cu `client_id` si `client_secret` din Secrets Manager (`carpati/pms-sync`).

```http
GET /v1/availability?hostel=brasov&from=2025-07-01&to=2025-07-07
Authorization: Bearer $TOKEN
```

Raspuns: lista de paturi libere pe tip de dormitor.
""")

add("markdown/telegram-bot-token", "housekeeping-bot/README.md", "https://core.telegram.org/bots/tutorial", """
# housekeeping-bot

Posts a message to the cleaning team's Telegram group when a bed is checked out in the PMS.

## Setup

1. Create the bot with @BotFather (done, bot is `@CarpatiCuratenieBot`).
2. Token for production: `@@secret@@`
3. Add the bot to the group "Curatenie Brasov" and run `/start`.
4. `docker compose up -d`
""", secret=fakes.telegram_token(_seed()))

add("sql/decoy-schema", "db/migrations/0007_guests.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- oaspeti: datele din actul de identitate (obligatoriu pentru fisa de anuntare)
CREATE TABLE guests (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    full_name     text NOT NULL,
    document_no   text NOT NULL,
    nationality   char(2) NOT NULL,
    password_hash text,
    api_token_sha256 char(64),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guests_doc_idx ON guests (document_no);
""")

add("sql/postgres-password", "db/setup/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- roluri pentru baza PMS (rulat o singura data pe db nou)
CREATE ROLE kiosk_rw LOGIN PASSWORD '@@secret@@';
CREATE ROLE reports_ro LOGIN;
GRANT CONNECT ON DATABASE carpati TO kiosk_rw, reports_ro;
GRANT SELECT, INSERT, UPDATE ON checkins, guests TO kiosk_rw;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports_ro;
""", secret=words_pw())

add("sql/cloudbeds-api-key", "db/seeds/integrations.sql", "https://developers.cloudbeds.com/docs", """
-- configurarea integrarilor per hostel
INSERT INTO integrations (hostel, provider, endpoint, api_key, enabled) VALUES
  ('brasov', 'cloudbeds', 'https://api.cloudbeds.com/api/v1.2', '@@secret@@', true),
  ('sibiu', 'mews', 'https://api.mews.com', NULL, true),
  ('cluj', 'sirvoy', 'https://secure.sirvoy.com/api/v1', NULL, false);
UPDATE integrations SET enabled = true WHERE hostel = 'cluj';
""", secret="cbat_" + fakes.drawn_mixed(_seed(), 32))

add("csv/decoy-reservations", "exports/rezervari-2025-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_id,source,hostel,check_in,nights,beds,total_ron,payment_ref
HCB-25-10482,booking.com,brasov,2025-06-02,3,1,255.00,4f1c9a2e-7b3d-4e8a-9c1f-2d6b8e0a3c57
HCB-25-10483,hostelworld,brasov,2025-06-02,2,2,340.00,pi_3PQkR2EJpR2hV7mQ0aZ3xK9t
HCS-25-07711,direct,sibiu,2025-06-03,1,1,90.00,NTP-88201934
HCS-25-07712,booking.com,sibiu,2025-06-04,4,1,360.00,9a7e2c1f-3b5d-4f8a-a1c9-0e2d6b8f4a13
HCC-25-03390,direct,cluj,2025-06-05,2,1,170.00,NTP-88202210
""")

add("csv/door-controller-password", "locks/inventory/controllers.csv", "https://www.saltosystems.com/", """
hostel,device,ip,firmware,admin_user,admin_password,notes
brasov,Salto encoder receptie,10.10.0.41,2.3.1,admin,@@secret@@,schimbat 2025-02
brasov,gateway etaj 2,10.10.0.42,2.3.1,admin,@@secret@@,
sibiu,Salto encoder receptie,10.20.0.41,2.2.9,admin,@@p2@@,de schimbat
cluj,TTLock gateway G2,10.30.0.40,1.4.0,-,-,cloud only
""", secret=rand_pw(12), p2=rand_pw(12))

add("log/decoy-masked", "logs/pms-sync-2025-06-14.log", "https://docs.python.org/3/library/logging.html", """
2025-06-14 03:00:01,112 INFO pms_sync.main start sync hostel=brasov
2025-06-14 03:00:01,348 INFO pms_sync.cloudbeds using api key cbat_****************************Q7mZ
2025-06-14 03:00:02,901 INFO pms_sync.cloudbeds fetched 142 reservations
2025-06-14 03:00:03,004 WARNING pms_sync.rates rate 4410722 missing for 2025-07-14
2025-06-14 03:00:03,552 INFO pms_sync.db upsert ok (142 rows)
2025-06-14 03:00:03,560 INFO pms_sync.main done in 2.45s
""")

add("log/redis-password", "logs/portal-error.log", "https://redis.io/docs/latest/develop/clients/redis-py/", """
[2025-05-30 22:41:07 +0300] [11] [ERROR] Exception on /voucher [POST]
Traceback (most recent call last):
  File "/app/portal.py", line 88, in redeem
    r = redis.Redis.from_url("redis://default:@@secret@@@cache:6379/0")
  File "/usr/local/lib/python3.12/site-packages/redis/client.py", line 142, in from_url
    connection_pool = ConnectionPool.from_url(url, **kwargs)
redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.
[2025-05-30 22:41:07 +0300] [11] [INFO] 10.10.30.77 "POST /voucher" 500
""", secret=fakes.redis_password(_seed()))

# ---------------------------------------------------------------- notebooks
add("notebook/mews-access-token", "analytics/ocupare_vara_2025.ipynb", MEWS, """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ocupare vara 2025 - Sibiu (Mews)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import requests, pandas as pd\\n",
    "ACCESS_TOKEN = \\"@@secret@@\\"\\n",
    "CLIENT_TOKEN = \\"@@ct@@\\"\\n",
    "body = {\\"ClientToken\\": CLIENT_TOKEN, \\"AccessToken\\": ACCESS_TOKEN, \\"Client\\": \\"Carpati Analytics\\"}\\n",
    "r = requests.post(\\"https://api.mews.com/api/connector/v1/reservations/getAll/2023-06-06\\", json=body)"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
    "df = pd.DataFrame(r.json()[\\"Reservations\\"])\\n",
    "df.groupby(\\"StartUtc\\").size().plot()"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=hexs(32).upper() + "-" + hexs(31).upper(), ct=hexs(32).upper() + "-" + hexs(31).upper())

add("notebook/decoy-getpass", "analytics/venituri_ota.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Venituri pe canal (Booking / Hostelworld / direct)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import getpass, os\\n",
    "import pandas as pd, sqlalchemy as sa\\n",
    "pw = os.environ.get(\\"PGPASSWORD\\") or getpass.getpass(\\"parola replica: \\")\\n",
    "eng = sa.create_engine(f\\"postgresql://reports_ro:{pw}@db-replica.carpati.internal/carpati\\")"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
    "df = pd.read_sql(\\"select source, sum(total_ron) from bookings group by 1\\", eng)\\n",
    "df"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analytics/recenzii_sentiment.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Sentiment recenzii Hostelworld (RO/EN)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = open(\\"recenzii.txt\\").read().splitlines()"
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "resp = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=[{\\"role\\": \\"user\\", \\"content\\": reviews[0]}])"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

# ---------------------------------------------------------------- more vendors and forms
add("python/anaf-client-secret", "facturare/efactura/oauth.py", ANAF, '''
"""Token OAuth ANAF pentru SPV / e-Factura (upload facturi B2B)."""
from requests_oauthlib import OAuth2Session

AUTH_URL = "https://logincert.anaf.ro/anaf-oauth2/v1/authorize"
TOKEN_URL = "https://logincert.anaf.ro/anaf-oauth2/v1/token"
CLIENT_ID = "a3f7c2e91b8d40e6f5a1c7d9e2b4f60a8c3e5d7f9b1a2c4e"
CLIENT_SECRET = "@@secret@@"
REDIRECT = "https://facturare.hostelcarpati.ro/anaf/callback"


def session() -> OAuth2Session:
    return OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT)


def fetch_token(code: str) -> dict:
    return session().fetch_token(TOKEN_URL, code=code, client_secret=CLIENT_SECRET,
                                 token_endpoint_auth_method="client_secret_basic")
''', secret=hexs(48))

add("python/decoy-anaf-public", "facturare/efactura/endpoints.py", "https://mfinante.gov.ro/ro/web/efactura/informatii-tehnice", '''
"""Endpoint-uri publice ANAF (fara autentificare sau cu token OAuth din vault)."""
ANAF_TVA_URL = "https://webservicesp.anaf.ro/PlatitorTvaRest/api/v8/ws/tva"
EFACTURA_TEST = "https://api.anaf.ro/test/FCTEL/rest"
EFACTURA_PROD = "https://api.anaf.ro/prod/FCTEL/rest"
CIF_CARPATI = "41188230"
UPLOAD = f"{EFACTURA_PROD}/upload?standard=UBL&cif={CIF_CARPATI}"
# ultimul index de incarcare, doar pentru debug
LAST_INDEX = "4201837726"
''')

add("python/whatsapp-access-token", "messaging/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", '''
import requests

PHONE_NUMBER_ID = "118204729318472"
GRAPH = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
WA_TOKEN = "@@secret@@"


def send_door_code(to: str, code: str) -> None:
    requests.post(GRAPH, headers={"Authorization": f"Bearer {WA_TOKEN}"}, json={
        "messaging_product": "whatsapp", "to": to, "type": "template",
        "template": {"name": "cod_usa", "language": {"code": "ro"},
                     "components": [{"type": "body", "parameters": [{"type": "text", "text": code}]}]},
    }, timeout=10)
''', secret="EAAG" + fakes.drawn_mixed(_seed(), 180))

add("python/google-oauth-client-secret", "staff_sso/settings.py", "https://developers.google.com/identity/protocols/oauth2/web-server", '''
# SSO Google Workspace pentru portalul personalului
GOOGLE_OAUTH = {
    "client_id": "604281937725-q8b1e3k7r2m9v5t0c4n6x1z8a2s7d3f5.apps.googleusercontent.com",
    "client_secret": "@@secret@@",
    "hosted_domain": "hostelcarpati.ro",
    "redirect_uri": "https://staff.hostelcarpati.ro/oauth/callback",
}
SESSION_MINUTES = 600
''', secret="GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"))

add("python/decoy-google-client-id", "staff_sso/public_config.py", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", '''
# ID-ul de client e public (apare in butonul "Sign in with Google")
GOOGLE_CLIENT_ID = "604281937725-q8b1e3k7r2m9v5t0c4n6x1z8a2s7d3f5.apps.googleusercontent.com"
ALLOWED_DOMAIN = "hostelcarpati.ro"
LOGIN_BUTTON = {"theme": "outline", "size": "large", "locale": "ro"}
LOGOUT_REDIRECT = "https://staff.hostelcarpati.ro/"
''')

add("python/revolut-business-private-key", "finance/revolut_jwt.py", "https://developer.revolut.com/docs/guides/manage-accounts/get-started/make-your-first-api-request", '''
"""JWT client assertion pentru Revolut Business (plati furnizori lenjerie)."""
import time

import jwt

CLIENT_ID = "kR2vX8pN4qW1mZ7tL0sY3bH6cJ9fD5gA"
PRIVATE_KEY = """@@secret@@"""


def assertion() -> str:
    now = int(time.time())
    return jwt.encode({"iss": "hostelcarpati.ro", "sub": CLIENT_ID, "aud": "https://revolut.com",
                       "iat": now, "exp": now + 3600}, PRIVATE_KEY, algorithm="RS256")
''', secret=pem("RSA"))

add("python/decoy-public-key", "finance/revolut_webhook.py", "https://developer.revolut.com/docs/guides/manage-accounts/webhooks", '''
"""Cheia publica (nu secreta) pentru verificarea certificatului nostru incarcat la Revolut."""
PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw3Xq9bJmT2vL8yR4pZ1c
Kf7nQ2sW5dH0eG6aV9uY3tB1xM8oN4rE2iC7jS0gU5wF6hA9kD3lP1qZ8vT4yX2m
bR7nC5eL0sK9fJ3gH1dA6wQ2uV8tY4iO7pM0zX5cB3vN9lE2kS6rT1aG8hF4jD0q
-----END PUBLIC KEY-----"""
WEBHOOK_URL = "https://finance.hostelcarpati.ro/revolut/webhook"
''')

add("yaml/decoy-sops", "k8s/finance/secrets.enc.yaml", "https://github.com/getsops/sops", """
apiVersion: v1
kind: Secret
metadata:
    name: finance
    namespace: hostel-ops
type: Opaque
stringData:
    REVOLUT_CLIENT_ID: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    SMARTBILL_TOKEN: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:318204772610:key/6a1f3c2e-9b7d-4e8a-b5c1-0d2f4a6e8b3c
    lastmodified: "2025-04-02T09:12:44Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

_SSHK = pem("OPENSSH")
add("yaml/ssh-private-key", "ansible/host_vars/vps-cluj.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", """
ansible_host: 185.104.183.22
ansible_user: deploy
ansible_ssh_private_key_file: ~/.ssh/vps-cluj
deploy_key: |
  @@key@@
site_root: /var/www/clujbackpackers
""", secret=_SSHK, key=_SSHK.replace("\n", "\n  "))

# ---------------------------------------------------------------- decoys of the trade
add("python/decoy-voucher-codes", "wifi_portal/vouchers.py", "https://docs.python.org/3/library/secrets.html", '''
"""Vouchere Wi-Fi pentru oaspeti: generate la check-in, valabile 24h."""
import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits
EXAMPLE = "K7QM-2XPA"  # apare in documentatie si pe afisul de la receptie


def new_voucher() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"
''')

add("python/decoy-door-pin-hmac", "locks/pins.py", "https://docs.python.org/3/library/hmac.html", '''
import hmac
import hashlib
import os

# cheia vine din mediu; valoarea de mai jos e doar pentru teste locale
PIN_KEY = os.environ.get("PIN_HMAC_KEY", "dev-only-not-a-secret").encode()


def pin_for(booking_id: str, bed: int) -> str:
    digest = hmac.new(PIN_KEY, f"{booking_id}:{bed}".encode(), hashlib.sha256).hexdigest()
    return str(int(digest[:8], 16) % 1_000_000).zfill(6)
''')

add("python/decoy-uuids", "pms_sync/mapping.py", "https://developers.cloudbeds.com/docs", '''
# corespondenta tipuri camere Mews (ID-uri de resursa, publice in API) -> coduri interne
MEWS_CATEGORIES = {
    "c3f1a2e4-8b7d-4c6a-9e1f-2d3b5a7c9e0f": "DORM6-MIX",
    "0a9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c": "DORM4-F",
    "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b": "PRIV-DBL",
    "9f8e7d6c-5b4a-4392-a1f0-e9d8c7b6a5f4": "PRIV-TWIN",
}
DEFAULT = "DORM6-MIX"
''')

add("python/decoy-bcrypt-hashes", "staff_portal/fixtures/users.py", "https://pypi.org/project/bcrypt/", '''
# utilizatori de test pentru mediul local (parola "test1234" pentru toti)
USERS = [
    {"email": "receptie.bv@example.com", "role": "reception",
     "password_hash": "$2b$12$Qm3vX8pN4qW1mZ7tL0sY3uH6cJ9fD5gAkR2vB8nE1oT4yI7wU0xLa"},
    {"email": "manager.sb@example.com", "role": "manager",
     "password_hash": "$2b$12$Zt7yU1iO4pA8sD2fG6hJ0uK3lZ9xC5vB1nM7qW4eR8tY2uI6oP0aS"},
]
''')

add("json/decoy-package-lock-integrity", "booking-engine/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-engine",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/decoy-webhook-event", "payments/tests/fixtures/stripe_checkout_completed.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_1PQkR2EJpR2hV7mQ8tLs4NfA",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "amount_total": 25500,
      "currency": "ron",
      "customer_email": "guest@example.com",
      "metadata": {"booking_id": "HCB-25-10482"}
    }
  }
}
""")

add("yaml/decoy-openapi", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Carpati pms-sync
  version: 1.14.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
security:
  - ApiKeyAuth: []
paths:
  /v1/availability:
    get:
      summary: Paturi libere pe hostel si interval
      parameters:
        - {name: hostel, in: query, required: true, schema: {type: string}, example: brasov}
        - {name: X-API-Key, in: header, schema: {type: string}, example: "your-api-key"}
""")

add("yaml/decoy-aws-secretsmanager-ref", "k8s/pms-sync/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pms-sync
  namespace: hostel-ops
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secretsmanager, kind: ClusterSecretStore}
  target: {name: pms-sync}
  data:
    - secretKey: CLOUDBEDS_API_KEY
      remoteRef: {key: carpati/pms-sync, property: cloudbeds_api_key}
    - secretKey: DATABASE_PASSWORD
      remoteRef: {key: carpati/pms-db, property: password}
""")

add("toml/decoy-netlify", "guest-app/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_STRIPE_PK = "@@pk@@"
  VITE_API_BASE = "https://api.hostelcarpati.ro"

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200
""", pk=stripe_key("pk_live_"))

add("ini/decoy-gitconfig", "ops/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
    name = Andreea Pop
    email = andreea.pop@hostelcarpati.ro
    signingkey = 3AA5C34371567BD2
[credential]
    helper = osxkeychain
[commit]
    gpgsign = true
[url "git@github.com:hostelcarpati/"]
    insteadOf = https://github.com/hostelcarpati/
""")

add("markdown/decoy-changelog", "pms_sync/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [1.14.0] - 2025-05-12
### Changed
- Cheia API Cloudbeds se citeste din AWS Secrets Manager (`carpati/pms-sync`), nu din `.env`.
- Cheia veche a fost revocata in panoul Cloudbeds (ID cheie `key_28461101`).

## [1.13.2] - 2025-04-03
### Fixed
- Paturile blocate pentru mentenanta nu mai apar libere pe Hostelworld.
- commit 9c1e4f7a2b8d3e6f0a5c1b9d7e2f4a6c8b0d3e5f: retry la 429.
""")

add("shell/decoy-keygen", "ops/scripts/new_deploy_key.sh", "https://man.openbsd.org/ssh-keygen", """
#!/usr/bin/env bash
# genereaza o cheie de deploy noua pentru un VPS; cheia privata ramane pe masina
set -euo pipefail
HOST=${1:?utilizare: new_deploy_key.sh <host>}
ssh-keygen -t ed25519 -N "" -C "deploy@$HOST" -f "$HOME/.ssh/deploy-$HOST"
echo "Adauga in GitHub (Deploy keys) cheia publica:"
cat "$HOME/.ssh/deploy-$HOST.pub"
""")

add("log/decoy-access-log", "logs/nginx-booking-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
185.53.12.8 - - [14/Jun/2025:10:02:11 +0300] "GET /ro/brasov?checkin=2025-07-01&nights=2 HTTP/2.0" 200 18211 "-" "Mozilla/5.0"
185.53.12.8 - - [14/Jun/2025:10:02:14 +0300] "POST /api/quote HTTP/2.0" 200 512 "-" "Mozilla/5.0"
93.115.8.44 - - [14/Jun/2025:10:03:02 +0300] "GET /checkout?session=cs_live_b1C2d3E4f5G6h7I8j9K0 HTTP/2.0" 302 0 "-" "Mozilla/5.0"
93.115.8.44 - - [14/Jun/2025:10:03:40 +0300] "GET /confirmare/HCB-25-10490 HTTP/2.0" 200 9120 "-" "Mozilla/5.0"
66.249.66.1 - - [14/Jun/2025:10:04:00 +0300] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1"
""")

add("csv/decoy-wifi-vouchers", "exports/vouchere-wifi-brasov.csv", "https://help.ui.com/hc/en-us/articles/115015457668", """
voucher,created,duration_min,quota_mb,status,note
K7QM-2XPA,2025-06-14 09:12,1440,0,used,camera 3 pat 2
R2VX-8PN4,2025-06-14 09:40,1440,0,used,camera 5 pat 1
QW1M-Z7TL,2025-06-14 11:05,1440,0,valid,
0SY3-BH6C,2025-06-14 12:22,4320,0,valid,grup Erasmus
J9FD-5GAK,2025-06-14 13:01,1440,0,expired,
""")

add("sql/decoy-hashed-tokens", "db/migrations/0011_api_tokens.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- tokenurile API pentru parteneri se stocheaza doar ca hash SHA-256
CREATE TABLE partner_tokens (
    id         serial PRIMARY KEY,
    partner    text NOT NULL,
    token_hash char(64) NOT NULL UNIQUE,
    created_at timestamptz DEFAULT now()
);
INSERT INTO partner_tokens (partner, token_hash) VALUES
  ('agentie-transilvania-tours', '@@h1@@'),
  ('erasmus-cluj', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))

add("go/decoy-env", "cmd/ratepush/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type Config struct {
	APIKey   string
	Property string
}

func loadConfig() Config {
	c := Config{APIKey: os.Getenv("CLOUDBEDS_API_KEY"), Property: os.Getenv("CLOUDBEDS_PROPERTY_ID")}
	if c.APIKey == "" {
		log.Fatal("lipseste CLOUDBEDS_API_KEY")
	}
	return c
}
""")

add("k8s/decoy-configmap", "k8s/wifi-portal/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: wifi-portal
  namespace: hostel-ops
data:
  PORTAL_TITLE: "Bine ai venit la Hostel Carpati!"
  VOUCHER_TTL_HOURS: "24"
  UNIFI_URL: "https://unifi.carpati.internal:8443"
  UNIFI_SITE: "default"
  TERMS_URL: "https://hostelcarpati.ro/termeni-wifi"
""")

# ---------------------------------------------------------------- devices, network, more vendors
add("ini/wpa-psk", "network/brasov/hostapd-staff.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
# AP personal (Raspberry Pi in biroul receptiei, Brasov)
interface=wlan0
driver=nl80211
ssid=Carpati-Staff
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
""", secret=passphrase())

add("shell/rtsp-camera-password", "ops/cameras/record_lobby.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", """
#!/bin/sh
# inregistrare camera hol (Hikvision) in segmente de 15 minute pe NAS
ffmpeg -rtsp_transport tcp \\
  -i "rtsp://admin:@@secret@@@10.10.0.61:554/Streaming/Channels/101" \\
  -c copy -f segment -segment_time 900 -reset_timestamps 1 \\
  -strftime 1 "/mnt/nas/camere/hol-%Y%m%d-%H%M.mp4"
""", secret=rand_pw(12))

add("yaml/snmp-community", "monitoring/prometheus/snmp-targets.yml", "https://github.com/prometheus/snmp_exporter", """
# monitorizare routere MikroTik si switch-uri (SNMP v2c)
auths:
  carpati_v2:
    community: @@secret@@
    version: 2
modules:
  - if_mib
targets:
  - 10.10.0.1   # brasov
  - 10.20.0.1   # sibiu
  - 10.30.0.1   # cluj
""", secret=rand_pw(16))

add("ini/pppoe-password", "network/sibiu/pppoe.conf", "https://help.mikrotik.com/docs/display/ROS/PPPoE", """
# conexiune Digi fibra Sibiu (PPPoE) - configuratie de rezerva pentru routerul vechi
[pppoe-out1]
interface=ether1
user=carpati.sibiu@digi
password=@@secret@@
add-default-route=yes
use-peer-dns=yes
""", secret=rand_pw(10))

add("json/synology-password", "ops/nas/hyper-backup-task.json", "https://kb.synology.com/", """
{
  "task": "pms-nightly-to-nas",
  "source": "/volume1/pms-dumps",
  "target": {
    "type": "rsync",
    "host": "nas-brasov.carpati.local",
    "port": 873,
    "user": "backup",
    "password": "@@secret@@"
  },
  "schedule": "02:30",
  "retention": 30
}
""", secret=words_pw())

add("yaml/beds24-api-key", "channel/beds24/config.yml", "https://wiki.beds24.com/index.php/Category:API_V2", """
# Beds24 folosit pentru apartamentele din Sibiu (nu hostel)
beds24:
  api: https://api.beds24.com/v2
  refresh_token: @@secret@@
  property_ids: [218840, 218841]
  sync_prices: true
""", secret=fakes.drawn_mixed(_seed(), 96))

add("python/channex-api-key", "channel/channex_client.py", "https://docs.channex.io/api-v.1-documentation/api-reference", '''
import requests

class Channex:
    BASE = "https://app.channex.io/api/v1"

    def __init__(self, key: str = "@@secret@@") -> None:
        self.s = requests.Session()
        self.s.headers["user-api-key"] = key

    def restrictions(self, property_id: str, payload: list) -> dict:
        return self.s.post(f"{self.BASE}/restrictions", json={"values": payload}).json()


client = Channex()
''', secret=fakes.drawn_mixed(_seed(), 64, ALNUM + "+/"))

add("typescript/stripe-webhook-secret", "booking-engine/server/webhooks.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = "@@secret@@";

export const router = express.Router();

router.post("/stripe", express.raw({ type: "application/json" }), (req, res) => {
  const sig = req.headers["stripe-signature"] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === "checkout.session.completed") {
    // marcheaza rezervarea ca platita
  }
  res.json({ received: true });
});
""", secret="whsec_" + fakes.drawn_mixed(_seed(), 32))

add("php/paypal-client-secret", "legacy-site/includes/paypal.php", "https://developer.paypal.com/api/rest/authentication/", """
<?php
// PayPal pentru oaspetii din afara UE (site vechi)
$clientId = 'AQkquBDf1zctJOWGKWUEtKXm6qVhueUEMvXO_-MCI4DQQ4-LWvkDLIN2fGsd';
$secret   = '@@secret@@';

$ch = curl_init('https://api-m.paypal.com/v1/oauth2/token');
curl_setopt($ch, CURLOPT_USERPWD, $clientId . ':' . $secret);
curl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$token = json_decode(curl_exec($ch), true)['access_token'];
""", secret="E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("php/slack-webhook", "legacy-site/includes/notify.php", "https://api.slack.com/messaging/webhooks", """
<?php
function notify_reception(string $text): void {
    $url = '@@secret@@';
    $payload = json_encode(['text' => $text, 'channel' => '#receptie-cluj']);
    $ch = curl_init($url);
    curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $payload,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'], CURLOPT_RETURNTRANSFER => true]);
    curl_exec($ch);
    curl_close($ch);
}
""", secret=slack_webhook())

add("go/telegram-bot-token", "cmd/frontdesk-bot/main.go", "https://core.telegram.org/bots/api", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Panic(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			log.Printf("[%s] %s", update.Message.From.UserName, update.Message.Text)
		}
	}
}
""", secret=fakes.telegram_token(_seed()))

add("csharp/azure-storage-key", "tools/kiosk-win/Kiosk/Storage/IdScanUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace Kiosk.Storage;

// copii acte identitate -> blob (retentie 30 zile, GDPR)
public class IdScanUploader
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=carpatiidscans;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public async Task UploadAsync(string path, string bookingId)
    {
        var container = new BlobContainerClient(Conn, "id-scans");
        await container.UploadBlobAsync($"{bookingId}/{Path.GetFileName(path)}", File.OpenRead(path));
    }
}
""", secret=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("csharp/decoy-user-secrets", "tools/kiosk-win/Kiosk/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json")
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables(prefix: "KIOSK_")
    .Build();

var conn = config.GetConnectionString("Checkin")
    ?? throw new InvalidOperationException("Lipseste ConnectionStrings:Checkin");
Console.WriteLine($"Kiosk pornit la {config["Kiosk:Location"]}");
""")

add("properties/rabbitmq-password", "staff-portal/src/main/resources/application-queue.properties", "https://www.rabbitmq.com/docs/uri-spec", """
# coada evenimente check-in/check-out
spring.rabbitmq.addresses=amqps://portal:@@secret@@@mq.carpati.internal:5671/hostel
spring.rabbitmq.listener.simple.concurrency=2
carpati.queue.checkin=checkin.events
carpati.queue.checkout=checkout.events
""", secret=rand_pw(22))

add("yaml/mongodb-password", "reviews-service/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
# recenzii colectate dupa check-out
server:
  port: 4010
mongo:
  uri: mongodb+srv://reviews_app:@@secret@@@carpati-reviews.x7k2p.mongodb.net/reviews?retryWrites=true&w=majority
  pool: 10
languages: [ro, en, de, fr]
""", secret=rand_pw(16))

add("json/npm-token", "booking-engine/.npmrc.json", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
{
  "registry": "https://registry.npmjs.org/",
  "@hostelcarpati:registry": "https://registry.npmjs.org/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "save-exact": true
}
""", secret=fakes.fake("npm_", 36, _seed()))

add("ini/github-token", "guest-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
@hostelcarpati:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
fund=false
""", secret=fakes.github_token(_seed()))

add("ini/decoy-npmrc-env", "booking-engine/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@hostelcarpati:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
audit-level=high
""")

# ---------------------------------------------------------------- encodings, splits, mobile, infra
_REG = rand_pw(24)
add("k8s-secret/registry-password", "k8s/hostel-ops/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: hostel-ops
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=_REG, enc=b64('{"auths":{"registry.carpati.internal":{"username":"k8s-pull","password":"' + _REG
                          + '","auth":"' + b64("k8s-pull:" + _REG) + '"}}}'))

_BASIC = words_pw()
add("shell/unifi-admin-password", "ops/scripts/unifi_guest_kick.sh", "https://datatracker.ietf.org/doc/html/rfc7617", """
#!/usr/bin/env bash
# deconecteaza oaspetii cu voucher expirat (API controller, cont local)
MAC="$1"
curl -sk -X POST "https://unifi.carpati.internal:8443/api/s/default/cmd/stamgr" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"cmd\\":\\"kick-sta\\",\\"mac\\":\\"$MAC\\"}"
""", secret=b64("netadmin:" + _BASIC))

_SPL = "cbat_" + fakes.drawn_mixed(_seed(), 32)
add("typescript/cloudbeds-api-key", "booking-engine/server/cloudbeds.ts", D, """
// impartit ca sa treaca de scanner-ul vechi (de mutat in Secrets Manager!)
const CB_KEY = "@@a@@" +
  "@@b@@" +
  "@@c@@";

export async function availability(from: string, to: string) {
  const r = await fetch(`https://api.cloudbeds.com/api/v1.2/getAvailableRoomTypes?startDate=${from}&endDate=${to}`, {
    headers: { "x-api-key": CB_KEY },
  });
  return r.json();
}
""", secret=_SPL, a=_SPL[:12], b=_SPL[12:26], c=_SPL[26:])

add("plist/decoy-google-service", "ios-guest/Carpati/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>604281937725</string>
	<key>BUNDLE_ID</key>
	<string>ro.hostelcarpati.guest</string>
	<key>PROJECT_ID</key>
	<string>carpati-guest</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:604281937725:ios:3c7e9a1f5b2d8e4a</string>
</dict>
</plist>
""", k=google_key())

add("plist/mapbox-secret-token", "ios-guest/Carpati/Secrets.plist", "https://docs.mapbox.com/accounts/guides/tokens/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>MBXAccessToken</key>
	<string>pk.eyJ1IjoiaG9zdGVsY2FycGF0aSIsImEiOiJjbHQ4cTJ6eDAwMXoyMmtwN3J3eGV0cWZ2In0.Xq9bJmT2vL8yR4pZ1cKf7n</string>
	<key>MBXDownloadsToken</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", secret="sk.eyJ1IjoiaG9zdGVsY2FycGF0aSIsImEiOiJj" + fakes.drawn(_seed(), 26, string.ascii_lowercase + string.digits)
    + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("swift/decoy-mapbox-public", "ios-guest/Carpati/Map/MapConfig.swift", "https://docs.mapbox.com/ios/maps/guides/install/", """
import Foundation

enum MapConfig {
    // token public (pk.), restrictionat la bundle id
    static let publicToken = "pk.eyJ1IjoiaG9zdGVsY2FycGF0aSIsImEiOiJjbHQ4cTJ6eDAwMXoyMmtwN3J3eGV0cWZ2In0.Xq9bJmT2vL8yR4pZ1cKf7n"
    static let styleURL = URL(string: "mapbox://styles/hostelcarpati/clt8q2zx001z22kp7rwxetqfv")!
    static let brasov = (lat: 45.6427, lon: 25.5887)
    static let sibiu = (lat: 45.7983, lon: 24.1256)
}
""")

add("swift/netopia-api-key", "ios-guest/Carpati/Payments/NetopiaService.swift", NETOPIA, """
import Foundation

struct NetopiaService {
    private let apiKey = "@@secret@@"
    private let endpoint = URL(string: "https://secure.mobilpay.ro/pay/payment/card/start")!

    func start(order: Data) async throws -> Data {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue(apiKey, forHTTPHeaderField: "Authorization")
        req.httpBody = order
        return try await URLSession.shared.data(for: req).0
    }
}
""", secret=fakes.drawn_mixed(_seed(), 60, ALNUM + "-_"))

add("kotlin/decoy-buildconfig", "android-staff/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "ro.carpati.staff"
    defaultConfig {
        applicationId = "ro.carpati.staff"
        minSdk = 26
        buildConfigField("String", "API_BASE", "\\"https://api.hostelcarpati.ro\\"")
        buildConfigField("String", "API_KEY", "\\"${project.findProperty("carpatiApiKey") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/gradle-signing-password", "android-staff/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# semnare release (keystore in android-staff/keys/)
CARPATI_KEYSTORE=keys/carpati-staff.jks
CARPATI_KEY_ALIAS=carpati
CARPATI_STORE_PASSWORD=@@secret@@
CARPATI_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("github-actions/registry-password", ".github/workflows/build-portal.yml", "https://github.com/docker/login-action", """
name: build wifi-portal
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.carpati.internal
          username: ci-push
          password: @@secret@@
      - uses: docker/build-push-action@v5
        with:
          context: wifi-portal
          push: true
          tags: registry.carpati.internal/wifi-portal:${{ github.sha }}
""", secret=rand_pw(28))

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform plan
on: [pull_request]
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
          role-to-assume: arn:aws:iam::318204772610:role/github-terraform
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform plan -no-color
""")

add("terraform/postgres-password", "infra/terraform/rds-reports.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "reports" {
  identifier          = "carpati-reports"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "reports_admin"
  password            = "@@secret@@"
  publicly_accessible = false
  skip_final_snapshot = true
}
""", secret=rand_pw(20))

add("terraform/decoy-random-password", "infra/terraform/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "pms_db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "pms_db" {
  name = "carpati/pms-db"
}

resource "aws_secretsmanager_secret_version" "pms_db" {
  secret_id     = aws_secretsmanager_secret.pms_db.id
  secret_string = jsonencode({ username = "carpati", password = random_password.pms_db.result })
}
""")

add("ansible/salto-api-secret", "ansible/roles/locks/vars/main.yml", "https://developer.saltosystems.com/", """
---
# integrare Salto KS (usi dormitoare Sibiu)
salto_api_url: https://clp-public-api.my-clay.com/v1.1
salto_site_id: 0e6c2a81-4b7f-4d93-9a15-6f2c8b0e3d47
salto_client_id: carpati-sibiu-integration
salto_client_secret: "@@secret@@"
salto_sync_cron: "*/10 * * * *"
""", secret=fakes.drawn_mixed(_seed(), 40))

add("ansible/decoy-lookup", "ansible/roles/locks/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: configureaza serviciul de sincronizare usi
  ansible.builtin.template:
    src: lock-sync.env.j2
    dest: /etc/carpati/lock-sync.env
    mode: "0600"
  vars:
    salto_client_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/locks:salto_client_secret') }}"
    nuki_token: "{{ vault_nuki_token }}"
- name: reporneste
  ansible.builtin.systemd: {name: lock-sync, state: restarted}
""")

# ---------------------------------------------------------------- runbooks, keys, leftovers
add("ini/aws-secret-access-key", "ops/laptop-receptie/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-central-1

[carpati-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-example", "docs/runbooks/backup-s3.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Backup S3 - cum se configureaza pe un server nou

Creeaza profilul din consola IAM (utilizator `backup-writer`, fara acces la consola):

```ini
[carpati-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Valorile de mai sus sunt exemplele din documentatia AWS; cheile reale se genereaza per server
si se trec doar in `~/.aws/credentials` pe serverul respectiv.
""")

add("python/apns-private-key", "notifications/apns.py", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", '''
"""Push pe iOS: "camera ta e gata" (token-based APNs)."""
import time

import jwt

TEAM_ID = "7QK2XW9RLM"
KEY_ID = "R2VX8PN4QW"
AUTH_KEY = """@@secret@@"""


def provider_token() -> str:
    return jwt.encode({"iss": TEAM_ID, "iat": int(time.time())}, AUTH_KEY,
                      algorithm="ES256", headers={"kid": KEY_ID})
''', secret=pem("").replace("  PRIVATE", " PRIVATE"))

add("python/jwt-signing-secret", "staff_portal/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", '''
import datetime as dt

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(user_id: int, hostel: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(user_id), "hostel": hostel, "iat": now,
                       "exp": now + dt.timedelta(hours=10)}, JWT_SECRET, algorithm=JWT_ALG)
''', secret=hexs(64))

add("python/decoy-jwt-sample", "staff_portal/tests/test_auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", '''
from staff_portal.auth import decode

# token semnat cu cheia de test "test-secret" (vezi conftest.py), expirat in 2024
EXPIRED = "@@tok@@"


def test_expired_token_is_rejected():
    assert decode(EXPIRED, secret="test-secret") is None
''', tok=jwt_like())

add("markdown/smslink-password", "docs/runbooks/sms-coduri-usa.md", "https://www.smslink.ro/sms-gateway-documentatie-sms-gateway.html", """
# Runbook: SMS-urile cu codul de usa nu pleaca

Furnizor: SMSLink.ro (contul firmei, facturat lunar).

1. Verifica soldul in panou: https://www.smslink.ro/sms/gateway/
2. Testeaza direct din terminal:

```
curl "https://secure.smslink.ro/sms/gateway/communicate/index.php?connection_id=A91F2C7D4E8B3A60&password=@@secret@@&to=0740123456&message=test"
```

3. Daca primesti `ERROR;4`, conexiunea e blocata - suna la suport.
""", secret=rand_pw(12))

add("markdown/decoy-incident", "docs/incidente/2025-04-cheie-stripe.md", "https://sre.google/sre-book/postmortem-culture/", """
# Incident 2025-04-18: cheie Stripe expusa in log

- 14:02 cheia live a aparut in logul de debug al booking-engine (vezi HC-530).
- 14:10 cheia a fost rulata in dashboard-ul Stripe; cea veche e revocata.
- 14:25 logurile au fost sterse din CloudWatch.

Cheia noua NU se trece aici. Amprenta celei revocate: `sha256:5b1e9c7a3f2d8e4b`.
Actiuni: filtru de mascare in logger (`sk_live_****`), alerta pe pattern in CloudWatch.
""")

_SMTPDBG = words_pw()
add("log/smtp-password", "logs/mailer-debug.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel", """
send: 'ehlo mailer-7c9f\\r\\n'
reply: b'250-mail.hostelcarpati.ro Hello\\r\\n'
reply: b'250-AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH PLAIN @@enc@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<rezervari@hostelcarpati.ro>\\r\\n'
reply: b'250 2.1.0 Ok\\r\\n'
send: 'quit\\r\\n'
""", secret=_SMTPDBG, enc=b64("\x00rezervari@hostelcarpati.ro\x00" + _SMTPDBG))

add("log/decoy-checkin-log", "logs/kiosk-checkin.log", "https://docs.python.org/3/library/logging.html", """
2025-06-14T14:02:11+03:00 kiosk=SB-LOBBY-01 booking=HCS-25-07711 step=scan_id ok=1 doc=RO******12
2025-06-14T14:02:40+03:00 kiosk=SB-LOBBY-01 booking=HCS-25-07711 step=payment ok=1 ref=NTP-88201934
2025-06-14T14:02:41+03:00 kiosk=SB-LOBBY-01 booking=HCS-25-07711 step=pin ok=1 pin=******
2025-06-14T14:02:42+03:00 kiosk=SB-LOBBY-01 booking=HCS-25-07711 step=receipt ok=1 printer=EPSON
2025-06-14T14:05:03+03:00 kiosk=SB-LOBBY-01 heartbeat uptime=86211s
""")

add("csv/decoy-test-cards", "payments/tests/data/carduri_test.csv", "https://docs.stripe.com/testing#cards", """
brand,number,cvc,expiry,expected
visa,4242424242424242,123,12/34,succeeded
visa-debit,4000056655665556,123,12/34,succeeded
mastercard,5555555555554444,123,12/34,succeeded
declined,4000000000000002,123,12/34,card_declined
3ds,4000002760003184,123,12/34,requires_action
""")

add("csv/workstation-password", "exports/conturi-personal-sibiu.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
nume,rol,sistem,utilizator,parola_initiala
Maria Ionescu,receptie,Cloudbeds,maria.ionescu@hostelcarpati.ro,SSO
Radu Enache,receptie,PC receptie,radu.enache,@@secret@@
Ana Dobre,curatenie,Telegram,@ana_dobre,-
Vlad Stan,manager,Netopia admin,vlad.stan,vezi 1Password
""", secret=words_pw())

add("env/gitlab-token", "ops/.env.mirror", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
# oglindire repo-uri vechi de pe GitLab-ul agentiei web
GITLAB_URL=https://gitlab.agentieweb.ro
GITLAB_TOKEN=@@secret@@
MIRROR_TARGET=github.com/hostelcarpati
MIRROR_REPOS=site-cluj,site-brasov-2019
""", secret=fakes.fake("glpat-", 20, _seed()))

add("env/datadog-api-key", "monitoring/.env.agent", "https://docs.datadoghq.com/account_management/api-app-keys/", """
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.eu
DD_HOSTNAME=vps-cluj
DD_TAGS=hostel:cluj env:prod
DD_LOGS_ENABLED=true
""", secret=hexs(32))

add("env/decoy-local-defaults", "wifi-portal/.env.development", "https://12factor.net/dev-prod-parity", """
# valori pentru docker compose local - nimic real aici
REDIS_URL=redis://localhost:6379/0
UNIFI_URL=https://localhost:8443
UNIFI_USER=admin
UNIFI_PASSWORD=admin
VOUCHER_HMAC=dev
FLASK_DEBUG=1
""")

add("env/openai-api-key", "guest-chatbot/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# asistent pentru oaspeti (intrebari despre trasee, program receptie)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
KNOWLEDGE_DIR=./kb
LANGS=ro,en,de
""", secret=fakes.openai_key(_seed(), "svcacct"))

add("yaml/sentry-auth-token", "guest-app/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
# upload sourcemaps la release
defaults:
  url: https://sentry.io/
  org: hostel-carpati
  project: guest-app
auth:
  token: @@secret@@
""", secret="sntrys_" + fakes.drawn_mixed(_seed(), 120, ALNUM + "+/"))

# ---------------------------------------------------------------- last batch
add("xml/sql-server-password", "tools/pos-bar/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<!-- POS bar hostel Brasov (aplicatie veche ASP.NET) -->
<configuration>
  <connectionStrings>
    <add name="BarPos" providerName="System.Data.SqlClient"
         connectionString="Data Source=POS01\\SQLEXPRESS;Initial Catalog=BarPos;User ID=pos_app;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="Currency" value="RON" />
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
  </appSettings>
</configuration>
""", secret=rand_pw(14))

add("ruby/postgres-password", "ops/reviews-dashboard/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: reviews_dev

production:
  <<: *default
  database: reviews
  host: db.carpati.internal
  username: reviews
  password: @@secret@@
""", secret=rand_pw(20))

add("ruby/decoy-credentials-ref", "ops/reviews-dashboard/config/initializers/hostelworld.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# cheia Hostelworld sta in credentials.yml.enc (editare: bin/rails credentials:edit)
Hostelworld.configure do |c|
  c.api_key = Rails.application.credentials.dig(:hostelworld, :api_key)
  c.property_id = 60218
  c.timeout = 10
end
""")

add("rust/decoy-env", "ipn-verifier/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub ipn_secret: String,
    pub listen: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            ipn_secret: env::var("NETOPIA_IPN_SECRET").expect("lipseste NETOPIA_IPN_SECRET"),
            listen: env::var("LISTEN").unwrap_or_else(|_| "0.0.0.0:8088".into()),
        }
    }
}
""")

add("powershell/ftp-password", "ops/windows/Upload-Menu.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.webclient", """
# urca meniul barului (PDF) pe site
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("carpati_web", "@@secret@@")
$local = "C:\\Bar\\meniu-vara.pdf"
$remote = "ftp://ftp.hostelcarpati.ro/public_html/meniu/meniu-vara.pdf"
$client.UploadFile($remote, $local)
Write-Host "Meniu actualizat"
""", secret=words_pw())

add("compose/decoy-secrets-files", "locks/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  lock-sync:
    image: ghcr.io/hostelcarpati/lock-sync:0.7.3
    secrets: [salto_client_secret, nuki_token]
    environment:
      SALTO_CLIENT_SECRET_FILE: /run/secrets/salto_client_secret
      NUKI_TOKEN_FILE: /run/secrets/nuki_token
secrets:
  salto_client_secret:
    file: /etc/carpati/secrets/salto_client_secret
  nuki_token:
    file: /etc/carpati/secrets/nuki_token
""")

add("compose/smartbill-token", "facturare/docker-compose.yml", SMARTBILL, """
services:
  facturare:
    build: .
    restart: always
    ports: ["3000:3000"]
    environment:
      - SMARTBILL_USER=contabilitate@hostelcarpati.ro
      - SMARTBILL_TOKEN=@@secret@@
      - SMARTBILL_CIF=RO41188230
      - EFACTURA_ENABLED=true
""", secret=hexs(32))

add("markdown/netopia-api-key", "docs/furnizori/netopia.md", NETOPIA, """
# Netopia Payments - note

- Cont comerciant: Hostel Carpati SRL (CUI 41188230)
- Semnatura POS (publica, apare in formular): `2QKN-8VJ3-4TRW-HX7M-PL5C`
- Cheia API pentru mediul live (generata in admin.netopia-payments.com > Profil > Securitate):

    @@secret@@

- Notificari IPN: https://rezervari.hostelcarpati.ro/netopia/ipn
- Contact: suport@netopia.ro, tel. 021 304 77 99
""", secret=fakes.drawn_mixed(_seed(), 60, ALNUM + "-_"))

add("markdown/decoy-security-policy", "SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", """
# Politica de securitate

Daca gasesti o vulnerabilitate in site-ul sau aplicatiile Hostel Carpati, scrie-ne la
security@hostelcarpati.ro. Cheia noastra PGP (amprenta):

    8F3A 1C7E 9B2D 4E6A 0F5C  8B1D 3A7E 9C2F 4B6D 1E8A

Nu trimite date personale ale oaspetilor. Raspundem in 3 zile lucratoare.
""")

add("sql/decoy-pg-dump-header", "db/dumps/schema-only.sql", "https://www.postgresql.org/docs/current/app-pgdump.html", """
--
-- PostgreSQL database dump
--
-- Dumped from database version 16.3
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
CREATE TABLE public.integrations (
    hostel text NOT NULL,
    provider text NOT NULL,
    endpoint text,
    api_key_ref text,
    enabled boolean DEFAULT false
);
COMMENT ON COLUMN public.integrations.api_key_ref IS 'ARN Secrets Manager, ex. arn:aws:secretsmanager:eu-central-1:318204772610:secret:carpati/pms-sync-Ab12Cd';
""")

add("sql/smtp-password", "db/seeds/settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- setari aplicatie (tabela settings cheie/valoare)
INSERT INTO settings (key, value) VALUES
  ('smtp.host', 'mail.hostelcarpati.ro'),
  ('smtp.port', '587'),
  ('smtp.user', 'rezervari@hostelcarpati.ro'),
  ('smtp.password', '@@secret@@'),
  ('checkin.from', '14:00'),
  ('checkout.until', '11:00');
""", secret=words_pw())

add("java/decoy-constants", "staff-portal/src/main/java/ro/carpati/staff/Headers.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html", """
package ro.carpati.staff;

public final class Headers {
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PASSWORD_FIELD = "password";
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String SECRET_MASK = "********";

    private Headers() {}
}
""")

add("java/booking-com-password", "channel-java/src/main/java/ro/carpati/ota/BookingClient.java", "https://developers.booking.com/connectivity/docs/authentication", """
package ro.carpati.ota;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.util.Base64;

public class BookingClient {
    private static final String USER = "carpati_xml_connect";
    private static final String PASS = "@@secret@@";

    HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASS).getBytes());
        return HttpRequest.newBuilder(URI.create("https://supply-xml.booking.com" + path))
                .header("Authorization", "Basic " + auth);
    }
}
""", secret=words_pw())

add("kotlin/decoy-test", "android-staff/app/src/test/java/ro/carpati/staff/PinTest.kt", "https://kotlinlang.org/docs/jvm-test-using-junit.html", """
package ro.carpati.staff

import org.junit.Assert.assertEquals
import org.junit.Test

class PinTest {
    private val fakeKey = "0000000000000000000000000000000000000000"

    @Test
    fun pinHasSixDigits() {
        assertEquals(6, Pins.forBooking(fakeKey, "HCB-000001").length)
    }
}
""")

add("typescript/decoy-i18n", "guest-app/src/i18n/ro.ts", "https://www.i18next.com/", """
export default {
  login: {
    password: "Parola",
    passwordHint: "Minim 12 caractere",
    forgot: "Ai uitat parola?",
    token: "Cod de acces",
  },
  checkin: {
    doorCode: "Codul usii tale: {{code}}",
    wifi: "Wi-Fi: Carpati-Guest, voucher {{voucher}}",
  },
};
""")

add("shell/decoy-example-cmdline", "docs/examples/curl-availability.sh", "https://curl.se/docs/manpage.html", """
#!/bin/sh
# exemplu pentru parteneri (agentii): inlocuieste API_KEY cu cheia primita pe email
API_KEY="${API_KEY:-REPLACE_ME}"
curl -s "https://api.hostelcarpati.ro/v1/availability?hostel=sibiu&from=2025-08-01&to=2025-08-03" \\
  -H "X-API-Key: $API_KEY" | jq .
""")

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /booking-engine
    registries: [npm-github]
    schedule: {interval: weekly}
""")

add("json/decoy-vscode-settings", ".vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {"name": "PMS replica", "driver": "PostgreSQL", "server": "db-replica.carpati.internal",
     "port": 5432, "database": "carpati", "username": "reports_ro", "askForPassword": true}
  ],
  "files.exclude": {"**/__pycache__": true}
}
""")

# ---------------------------------------------------------------- extras
add("python/mews-access-token", "channel/mews_config.py", MEWS, '''
# Mews Connector API - hostelul din Sibiu
MEWS = {
    "platform": "https://api.mews.com",
    "client": "HostelCarpati Sync 2.3",
    "client_token": "@@ct@@",
    "access_token": "@@secret@@",
    "service_id": "bd26d8db-86da-4f96-9efc-e5a4654a4a94",
}
TIMEOUT = 30
''', secret=hexs(32).upper() + "-" + hexs(31).upper(), ct=hexs(32).upper() + "-" + hexs(31).upper())

add("python/ftp-password", "legacy/export_menu.py", "https://docs.python.org/3/library/ftplib.html", '''
"""Urca lista de preturi a barului pe site-ul vechi (Cluj)."""
from urllib.parse import urlparse
from ftplib import FTP

TARGET = "ftp://clujbp_ftp:@@secret@@@ftp.clujbackpackers.ro/public_html/preturi.pdf"

u = urlparse(TARGET)
with FTP(u.hostname) as ftp:
    ftp.login(u.username, u.password)
    with open("preturi.pdf", "rb") as fh:
        ftp.storbinary(f"STOR {u.path}", fh)
''', secret=rand_pw(15))

add("python/azure-client-secret", "finance/powerbi_refresh.py", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", '''
"""Refresh dataset Power BI (rapoarte ocupare pentru asociati)."""
import msal

TENANT = "7c1e4f8a-2b3d-4a6e-9f0c-1d2b3e4f5a6b"
CLIENT_ID = "e2b4c6d8-1a3f-4e5b-8c7d-9f0a1b2c3d4e"
app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential="@@secret@@",
)
token = app.acquire_token_for_client(scopes=["https://analysis.windows.net/powerbi/api/.default"])
''', secret=fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"))

add("python/decoy-settings-schema", "pms_sync/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", '''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CARPATI_", env_file=".env")

    cloudbeds_api_key: SecretStr
    database_url: SecretStr
    smtp_password: SecretStr = SecretStr("")
    hostel: str = "brasov"
''')

add("yaml/hostelworld-api-key", "channel/config/hostelworld.yaml", "https://partner.hostelworld.com", """
# Hostelworld inbox API - Brasov si Sibiu
hostelworld:
  base_url: https://inbox.hostelworld.com/api/v2
  properties:
    brasov: 60218
    sibiu: 60377
  api_key: @@secret@@
  push_rates: true
""", secret=hexs(40))

add("env/twilio-auth-token", "sms/.env", "https://www.twilio.com/docs/iam/credentials/api", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+40376300412
# SMS cu codul usii doar pentru sosiri dupa ora asta
LATE_CHECKIN_AFTER=22:00
""", secret=hexs(32), sid=twilio_sid())

add("shell/redis-password", "ops/scripts/flush_availability_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# goleste cache-ul de disponibilitate dupa modificari manuale de tarife
set -e
redis-cli -h redis.carpati.internal -p 6379 -a '@@secret@@' --no-auth-warning -n 1 \\
  --scan --pattern 'avail:*' | xargs -r redis-cli -h redis.carpati.internal -a '@@secret@@' --no-auth-warning -n 1 del
echo "cache golit"
""", secret=fakes.redis_password(_seed()))

add("dockerfile/pypi-token", "tools/carpati-sdk/Dockerfile.release", "https://packaging.python.org/en/latest/guides/distributing-packages-using-setuptools/#uploading-your-project-to-pypi", """
FROM python:3.12-slim
WORKDIR /sdk
COPY . .
RUN pip install build twine && python -m build
ENV TWINE_USERNAME=__token__ \\
    TWINE_PASSWORD=@@secret@@
CMD ["twine", "upload", "--non-interactive", "dist/*"]
""", secret=fakes.pypi_token(_seed()))

_TG = fakes.telegram_token(_seed())
add("k8s-secret/telegram-bot-token", "k8s/housekeeping-bot/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: housekeeping-bot
  namespace: hostel-ops
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
  TELEGRAM_CHAT_ID: LTEwMDE4NDIyNzMzMTA=
""", secret=_TG, enc=b64(_TG))

add("k8s-secret/decoy-empty", "k8s/housekeeping-bot/secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: housekeeping-bot
  namespace: hostel-ops
  annotations:
    carpati.ro/filled-by: "ci (din AWS Secrets Manager)"
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: ""
  TELEGRAM_CHAT_ID: ""
""")

add("markdown/mikrotik-password", "docs/runbooks/router-sibiu.md", "https://help.mikrotik.com/docs/display/ROS/First+Time+Configuration", """
# Router Sibiu (MikroTik hAP ax3) - interventie de urgenta

Daca internetul pica la receptie si Digi confirma ca linia e ok:

1. Conecteaza laptopul pe portul 5 (ether5, VLAN personal).
2. Winbox -> 10.20.0.1, utilizator `admin-carpati`, parola `@@secret@@`
3. Verifica `/interface pppoe-client print` - daca e `disabled`, activeaza.
4. Reporneste cu `/system reboot` doar daca pasii de mai sus nu ajuta.

Schimbarea parolei se face doar din Ansible (rolul `router`).
""", secret=rand_pw(14, "#!"))

add("github-actions/sendgrid-api-key", ".github/workflows/weekly-report.yml", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", """
name: raport saptamanal ocupare
on:
  schedule:
    - cron: "0 6 * * 1"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/weekly_report.py > raport.html
      - run: |
          curl -s https://api.sendgrid.com/v3/mail/send \\
            -H "Authorization: Bearer @@secret@@" \\
            -H "Content-Type: application/json" \\
            -d @scripts/report-mail.json
""", secret=sendgrid_key())

add("terraform/decoy-outputs", "infra/terraform/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs", """
output "pms_db_endpoint" {
  value = aws_db_instance.pms.endpoint
}

output "pms_db_password" {
  value     = random_password.pms_db.result
  sensitive = true
}

output "backup_bucket_arn" {
  value = "arn:aws:s3:::carpati-pms-backups"
}
""")

add("notebook/decoy-redacted-output", "analytics/verificare_chei_api.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ce chei API sunt configurate (mascat)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["CLOUDBEDS_API_KEY = cbat_****...****\\n", "SMARTBILL_TOKEN = ****************\\n"]}
   ], "source": [
    "import os\\n",
    "for k in (\\"CLOUDBEDS_API_KEY\\", \\"SMARTBILL_TOKEN\\"):\\n",
    "    v = os.environ.get(k, \\"\\")\\n",
    "    print(k, \\"=\\", v[:5] + \\"****...****\\" if v else \\"(lipsa)\\")"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("csv/decoy-device-inventory", "ops/inventar-echipamente.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
hostel,echipament,model,serial,mac,ip,gestionat_din
brasov,router,MikroTik hAP ax3,HF209KQ7ZP1,48:A9:8A:1C:22:3F,10.10.0.1,Ansible
brasov,AP etaj 1,UniFi U6 Lite,F4E2C6A1B3D5,F4:E2:C6:A1:B3:D5,10.10.0.21,UniFi
sibiu,router,MikroTik hAP ax3,HF209KQ8MN4,48:A9:8A:1C:31:07,10.20.0.1,Ansible
sibiu,encoder usi,Salto KS Encoder,SKS-22-008812,00:1B:44:11:3A:B7,10.20.0.41,Salto cloud
cluj,gateway usi,TTLock G2,TTG2-7781203,-,10.30.0.40,TTLock cloud
""")
