"""Blind set HT: dog trainers and dog-walking services (a Turkish firm, Patili Yürüyüş A.Ş.).

Booking apps, walker mobile apps, GPS collar fleets, payment (iyzico, Stripe, PayTR), SMS and
mail vendors, CI, containers, infrastructure, runbooks and handover notes (a third in Turkish),
SQL, CSV exports and logs, and their decoys. Generated fakes only (seeds 3070000-3079999).
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
SEED_LO, SEED_HI = 3070000, 3079999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kangal", "Pati", "Tasma", "Kemik", "Karabas", "Boncuk", "Zeytin", "Fistik", "Lokum", "Simit",
         "Poyraz", "Yildiz", "Defne", "Cinar", "Marti", "Duman", "Pamuk", "Tarcin", "Kuzu", "Bulut"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "_-")


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn_mixed(_seed(), 24)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def iyzico_key(prefix: str = "") -> str:
    # iyzico merchant api/secret keys: 32 characters, the sandbox ones prefixed "sandbox-"
    return prefix + fakes.drawn_mixed(_seed(), 32)


def paytr_value(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def netgsm_pw() -> str:
    return words_pw()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sentry_dsn_key() -> str:
    return hexs(32)


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-ht/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files

add("env/iyzico-secret-key", "booking-api/.env", "https://docs.iyzico.com/en/getting-started/preliminaries/authentication", """
# Patili Yürüyüş - booking API (prod)
APP_ENV=production
APP_URL=https://randevu.patiliyuruyus.com.tr
DATABASE_URL=postgres://booking@db.internal:5432/booking
IYZICO_BASE_URL=https://api.iyzipay.com
IYZICO_API_KEY=@@api@@
IYZICO_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=TRY
""", iyzico_key(), api=iyzico_key())

add("env/stripe-secret-key", "walker-payouts/.env.production", "https://docs.stripe.com/keys", """
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
PAYOUT_SCHEDULE=weekly
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-placeholder", "booking-api/.env.example", "https://github.com/motdotla/dotenv#usage", """
# Kopyalayın: cp .env.example .env  ve değerleri doldurun
APP_ENV=development
DATABASE_URL=postgres://booking:changeme@localhost:5432/booking
IYZICO_BASE_URL=https://sandbox-api.iyzipay.com
IYZICO_API_KEY=your-iyzico-api-key
IYZICO_SECRET_KEY=your-iyzico-secret-key
NETGSM_USERCODE=
NETGSM_PASSWORD=
""")

add("env/netgsm-password", "sms-notifier/.env", "https://www.netgsm.com.tr/dokuman/#http-get-sms-g%C3%B6nderme", """
# NetGSM SMS - randevu hatırlatmaları
NETGSM_USERCODE=8503071234
NETGSM_PASSWORD=@@secret@@
NETGSM_MSGHEADER=PATILIYRYS
REMINDER_HOURS_BEFORE=2
""", netgsm_pw())

add("env/redis-password", "walk-tracker/.env.staging", "https://redis.io/docs/latest/develop/clients/", """
# GPS tasma takibi - staging
TRACKER_ENV=staging
REDIS_URL=redis://:@@secret@@@redis-staging.patili.internal:6379/2
GPS_POLL_SECONDS=15
MAX_WALK_MINUTES=90
""", fakes.redis_password(_seed()))

add("env/decoy-env-reference", "docker/.env.compose", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
POSTGRES_USER=booking
POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in your shell}
REDIS_PASSWORD=${REDIS_PASSWORD}
IYZICO_SECRET_KEY=${IYZICO_SECRET_KEY}
TZ=Europe/Istanbul
""")

add("env/sendgrid-api-key", "mailer/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
MAIL_FROM="Patili Yürüyüş <merhaba@patiliyuruyus.com.tr>"
MAIL_DRIVER=sendgrid
MAIL_REPLY_TO=destek@patiliyuruyus.com.tr
SENDGRID_API_KEY=@@secret@@
MAIL_TEMPLATE_WELCOME=d-5f1c2a9e0b7d4c3e8a6f2b1d9c0e7a45
""", sendgrid_key())

add("env/decoy-publishable-key", "web-frontend/.env.production", "https://docs.stripe.com/keys#obtain-api-keys", """
VITE_API_BASE=https://api.patiliyuruyus.com.tr
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_GOOGLE_MAPS_MAP_ID=8e0a97af9386fef
VITE_SENTRY_ENVIRONMENT=production
VITE_DEFAULT_LOCALE=tr
""", pk=stripe_key("pk_live_"))

add("env/aws-secret-key", "photo-uploads/.env.local", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# walk photos bucket (owner gets a photo at the end of each walk)
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
PHOTO_BUCKET=patili-walk-photos
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/paytr-merchant-key", "checkout/.env.prod", "https://dev.paytr.com/direkt-api", """
PAYTR_MERCHANT_ID=384721
PAYTR_MERCHANT_KEY=@@secret@@
PAYTR_MERCHANT_SALT=@@salt@@
PAYTR_TEST_MODE=0
PAYTR_OK_URL=https://patiliyuruyus.com.tr/odeme/basarili
""", paytr_value(16), salt=paytr_value(16))

# ---------------------------------------------------------------- python

add("python/database-password", "booking/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["randevu.patiliyuruyus.com.tr"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "patili_booking",
        "USER": "patili_app",
        "PASSWORD": "@@secret@@",
        "HOST": "pg-prod-1.patili.internal",
        "PORT": "5432",
    }
}
TIME_ZONE = "Europe/Istanbul"
LANGUAGE_CODE = "tr"
""", words_pw())

add("python/django-secret-key", "trainer_portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Eğitmen portalı - TODO: ortam değişkenine taşı
SECRET_KEY = "@@secret@@"

DEBUG = False
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "trainers",
    "sessions_calendar",
]
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "trainer_portal/settings_env.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
IYZICO_API_KEY = os.environ.get("IYZICO_API_KEY", "")
IYZICO_SECRET_KEY = os.environ.get("IYZICO_SECRET_KEY", "")
NETGSM_PASSWORD = os.getenv("NETGSM_PASSWORD")
DEBUG = os.getenv("DEBUG", "0") == "1"
""")

add("python/iyzico-secret-key", "payments/iyzico_client.py", "https://github.com/iyzico/iyzipay-python#usage", """
import iyzipay

OPTIONS = {
    "api_key": "@@api@@",
    "secret_key": "@@secret@@",
    "base_url": "api.iyzipay.com",
}


def charge_walk_package(buyer, basket_id, price):
    request = {
        "locale": "tr",
        "conversationId": basket_id,
        "price": str(price),
        "paidPrice": str(price),
        "currency": iyzipay.Currency.TRY,
        "basketId": basket_id,
        "buyer": buyer,
    }
    return iyzipay.Payment().create(request, OPTIONS)
""", iyzico_key(), api=iyzico_key())

add("python/decoy-sandbox-example", "payments/tests/test_iyzico_sandbox.py", "https://github.com/iyzico/iyzipay-python#testing", """
import pytest

from payments.iyzico_client import charge_walk_package

# iyzico'nun dökümanındaki test kartı - gerçek para çekilmez
TEST_CARD = {"cardNumber": "5528790000000008", "expireMonth": "12", "expireYear": "2030", "cvc": "123"}
SANDBOX_OPTIONS = {"api_key": "sandbox-api-key", "secret_key": "sandbox-secret-key", "base_url": "sandbox-api.iyzipay.com"}


@pytest.mark.integration
def test_package_charge(monkeypatch):
    monkeypatch.setattr("payments.iyzico_client.OPTIONS", SANDBOX_OPTIONS)
    assert charge_walk_package({"id": "BY1"}, "B1", 450) is not None
""")

add("python/twilio-auth-token", "notify/sms.py", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+442039962714"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def walker_on_the_way(owner_phone: str, walker: str, eta: int) -> None:
    client.messages.create(to=owner_phone, from_=FROM,
                           body=f"{walker} is on the way, about {eta} minutes.")
""", hexs(32), sid=twilio_sid())

add("python/telegram-bot-token", "bots/walker_dispatch_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import logging

from telegram.ext import Application, CommandHandler

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = "@@secret@@"  # @PatiliDispatchBot


async def bugun(update, context):
    await update.message.reply_text("Bugünkü yürüyüşlerin listesi hazırlanıyor...")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("bugun", bugun))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/smtp-password", "reports/weekly_trainer_report.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.yandex.com.tr"
SMTP_USER = "rapor@patiliyuruyus.com.tr"


def send(report_html: str, to: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Haftalık eğitmen raporu"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.add_alternative(report_html, subtype="html")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("python/decoy-hash", "accounts/migrations/0007_seed_admin.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
from django.db import migrations

ADMIN_HASH = "pbkdf2_sha256$720000$@@salt@@$@@h@@"


def seed(apps, schema_editor):
    User = apps.get_model("auth", "User")
    User.objects.update_or_create(username="ops", defaults={"password": ADMIN_HASH, "is_staff": True})


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_walker_profile")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
""", salt=fakes.drawn(_seed(), 22), h=b64(hexs(24))[:43] + "=")

add("python/aws-secret-key", "scripts/sync_walk_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for obj in s3.list_objects_v2(Bucket="patili-walk-photos", Prefix="2024/")["Contents"]:
    print(obj["Key"], obj["Size"])
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-uuid", "gps/collar_registry.py", "https://docs.python.org/3/library/uuid.html", """
# Tasma (GPS collar) kimlikleri - cihaz seri numarası ile eşleşir
COLLARS = {
    "TRK-0042": "@@u1@@",
    "TRK-0043": "@@u2@@",
    "TRK-0051": "@@u3@@",
}


def collar_id(serial: str) -> str:
    return COLLARS[serial]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("python/slack-webhook", "ops/alerts.py", "https://api.slack.com/messaging/webhooks", """
import json
import urllib.request

WEBHOOK = "@@secret@@"


def lost_dog_alert(dog: str, walker: str, last_seen: str) -> None:
    body = {"text": f":rotating_light: {dog} kayıp! Yürüyüşçü: {walker}, son konum: {last_seen}"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
""", slack_webhook())

add("python/google-maps-api-key", "routes/planner.py", "https://developers.google.com/maps/documentation/directions/get-api-key", """
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")


def walk_route(start: str, stops: list[str]):
    return gmaps.directions(start, start, waypoints=stops, mode="walking", optimize_waypoints=True, language="tr")
""", google_api_key())

_pd = "pd_live_" + fakes.drawn_mixed(_seed(), 40)
add("python/petdesk-api-token", "integrations/petdesk_sync.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """
import requests

# split so the linter stops flagging the line length
PETDESK_TOKEN = ("@@a@@"
                 "@@b@@")


def pull_vaccinations(clinic_id: str):
    r = requests.get(f"https://api.petdesk.com/v2/clinics/{clinic_id}/vaccinations",
                     headers={"Authorization": f"Bearer {PETDESK_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()
""", _pd, a=_pd[:24], b=_pd[24:])

add("python/decoy-test-fixture", "tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest


@pytest.fixture
def trainer_user(django_user_model):
    return django_user_model.objects.create_user(username="egitmen_test", password="test-password-123")


@pytest.fixture
def api_headers():
    return {"Authorization": "Bearer test-token", "Accept-Language": "tr"}
""")

# ---------------------------------------------------------------- yaml / compose / k8s

add("yaml/database-password", "config/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://pg-prod-1.patili.internal:5432/walks
    username: walks_app
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
patili:
  walk:
    max-dogs-per-walker: 4
""", words_pw())

add("yaml/decoy-vault-reference", "config/application-vault.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """
spring:
  cloud:
    vault:
      uri: https://vault.patili.internal:8200
      authentication: KUBERNETES
      kv:
        backend: secret
        default-context: walks-api
  datasource:
    url: jdbc:postgresql://pg-prod-1.patili.internal:5432/walks
    username: ${walks.db.username}
    password: ${walks.db.password}
""")

add("compose/database-password", "deploy/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: patili
      POSTGRES_USER: patili
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./booking-api
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://patili:@@secret@@@db:5432/patili
volumes:
  pgdata:
""", rand_pw(18))

add("compose/decoy-env-reference", "deploy/docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  api:
    env_file: .env
    environment:
      IYZICO_SECRET_KEY: ${IYZICO_SECRET_KEY}
      SENDGRID_API_KEY: ${SENDGRID_API_KEY:-}
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

_k8s_pw = words_pw()
add("k8s-secret/database-password", "k8s/walks-api/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: walks-api-db
  namespace: patili-prod
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", _k8s_pw, u=b64("walks_app"), p=b64(_k8s_pw))

_k8s_ng = netgsm_pw()
add("k8s-secret/netgsm-password", "k8s/sms-notifier/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: netgsm-credentials
  namespace: patili-prod
  labels:
    app: sms-notifier
stringData:
  NETGSM_USERCODE: "8503071234"
  NETGSM_PASSWORD: "@@secret@@"
""", _k8s_ng)

add("k8s-secret/decoy-sealed-secret", "k8s/walks-api/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: walks-api-db
  namespace: patili-prod
spec:
  encryptedData:
    DB_PASSWORD: AgB@@e1@@
    DB_USER: AgC@@e2@@
  template:
    metadata:
      name: walks-api-db
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("k8s-secret/decoy-external-secret", "k8s/payments/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: iyzico
  namespace: patili-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: iyzico
  data:
    - secretKey: IYZICO_SECRET_KEY
      remoteRef:
        key: prod/payments/iyzico
        property: secret_key
""")

_stripe_k8s = stripe_key("rk_live_")
add("k8s-secret/stripe-restricted-key", "k8s/payouts/secret-stripe.yaml", "https://docs.stripe.com/keys#create-restricted-api-secret-key", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: payouts
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: @@b@@
""", _stripe_k8s, b=b64(_stripe_k8s))

add("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, service]
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#nobetci"
        title: '{{ .CommonLabels.alertname }}'
""", slack_bot())

add("yaml/decoy-public-id", "mobile/walker-app/google-services.yml", "https://firebase.google.com/docs/projects/api-keys", """
# Firebase web config for the walker PWA (public by design; restricted by HTTP referrer)
firebase:
  projectId: patili-walker
  appId: "1:@@num@@:web:@@app@@"
  messagingSenderId: "@@num@@"
  authDomain: patili-walker.firebaseapp.com
  storageBucket: patili-walker.appspot.com
""", num=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22))

add("yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
defaults:
  url: https://sentry.io/
  org: patili-yuruyus
  project: walker-app
auth:
  token: @@secret@@
""", "sntrys_" + fakes.drawn_mixed(_seed(), 60))

# ---------------------------------------------------------------- github actions / ci

add("github-actions/pypi-token", ".github/workflows/release-sdk.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: Release patili-sdk
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: Deploy booking API
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
          aws-region: eu-central-1
      - run: ./scripts/deploy.sh
        env:
          IYZICO_SECRET_KEY: ${{ secrets.IYZICO_SECRET_KEY }}
""")

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: Deploy bildirimi
on:
  workflow_run:
    workflows: ["Deploy booking API"]
    types: [completed]
jobs:
  tg:
    runs-on: ubuntu-latest
    steps:
      - name: Telegram'a yaz
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001843920117 \\
            -d text="Deploy bitti: ${{ github.event.workflow_run.conclusion }}"
""", fakes.telegram_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-agency:
  stage: mirror
  script:
    - git push --mirror https://oauth2:@@secret@@@gitlab.com/patili-ajans/walker-app.git
  only: [main]
""", gitlab_token())

# ---------------------------------------------------------------- json / toml / ini / properties

_fb_pem = pem("")
_fb_pem = _fb_pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "mobile/walker-app/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "patili-walker",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@\\n",
  "client_email": "firebase-adminsdk-k2x9q@patili-walker.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _fb_pem.split("\n")[1], kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21)),
    key=_fb_pem.replace("\n", "\\n"))

add("json/decoy-placeholder", "booking-api/config/default.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", """
{
  "server": { "port": 3000, "locale": "tr-TR" },
  "iyzico": {
    "apiKey": "<IYZICO_API_KEY>",
    "secretKey": "<IYZICO_SECRET_KEY>",
    "uri": "https://sandbox-api.iyzipay.com"
  },
  "db": { "host": "localhost", "user": "patili", "password": "<set-in-local.json>" }
}
""")

add("json/mailgun-api-key", "booking-api/config/production.json", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
{
  "server": { "port": 8080 },
  "mail": {
    "provider": "mailgun",
    "domain": "mg.patiliyuruyus.com.tr",
    "apiKey": "@@secret@@",
    "from": "Patili Yürüyüş <noreply@patiliyuruyus.com.tr>"
  },
  "features": { "groupWalks": true, "trainerChat": false }
}
""", mailgun_key())

add("json/decoy-lockfile-integrity", "web-frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "patili-web",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/google-maps-api-key", "mobile/walker-app/app.json", "https://docs.expo.dev/versions/latest/sdk/map-view/#android", """
{
  "expo": {
    "name": "Patili Yürüyüşçü",
    "slug": "patili-walker",
    "version": "3.2.0",
    "android": {
      "package": "com.patiliyuruyus.walker",
      "config": { "googleMaps": { "apiKey": "@@secret@@" } }
    },
    "ios": { "bundleIdentifier": "com.patiliyuruyus.walker" }
  }
}
""", google_api_key())

add("toml/pypi-token", "sdk/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# not really toml - twine reads ~/.pypirc; kept here for the release laptop
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "patili-sdk"
version = "0.9.3"
description = "Patili Yürüyüş booking API client"
requires-python = ">=3.9"
dependencies = ["httpx>=0.27", "pydantic>=2"]

[tool.patili]
api_base = "https://api.patiliyuruyus.com.tr/v1"
api_key_env = "PATILI_API_KEY"
""")

add("toml/database-password", "walk-tracker/Config.toml", "https://docs.rs/config/latest/config/", """
[server]
bind = "0.0.0.0:7070"

[database]
url = "postgres://tracker:@@secret@@@pg-prod-1.patili.internal:5432/tracker"
pool_size = 16

[gps]
ingest_topic = "collar.positions"
""", rand_pw(22))

add("ini/ldap-password", "ops/grafana/ldap.toml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/", """
[[servers]]
host = "dc01.patili.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Servis,DC=patili,DC=local"
bind_password = '@@secret@@'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Personel,DC=patili,DC=local"]
""", words_pw())

add("ini/database-password", "legacy-php/config/db.ini", "https://www.php.net/manual/en/function.parse-ini-file.php", """
; eski eğitmen takvimi (2019) - hâlâ canlıda
[database]
driver = mysql
host = 10.20.0.14
port = 3306
dbname = egitim_takvimi
user = takvim
password = "@@secret@@"
charset = utf8mb4
""", words_pw())

add("ini/decoy-config", "walk-tracker/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
sqlalchemy.url = postgresql://%(DB_USER)s:%(DB_PASSWORD)s@%(DB_HOST)s/tracker

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("properties/smtp-password", "walks-api/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", """
spring.application.name=walks-api
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=bildirim@patiliyuruyus.com.tr
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
patili.walk.photo-bucket=patili-walk-photos
""", words_pw())

add("properties/decoy-env-reference", "walks-api/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/walks
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD}
iyzico.secret-key=${IYZICO_SECRET_KEY}
""")

add("properties/iyzico-secret-key", "trainer-billing/src/main/resources/iyzico.properties", "https://github.com/iyzico/iyzipay-java#usage", """
# iyzico canlı ortam
iyzico.apiKey=@@api@@
iyzico.secretKey=@@secret@@
iyzico.baseUrl=https://api.iyzipay.com
iyzico.locale=tr
""", iyzico_key(), api=iyzico_key())

# ---------------------------------------------------------------- go / java / kotlin / csharp

add("go/mqtt-password", "collar-gateway/internal/mqtt/client.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword", """
package mqtt

import (
	"time"

	paho "github.com/eclipse/paho.mqtt.golang"
)

// Tasma cihazları konumlarını bu broker'a gönderir.
func NewClient() paho.Client {
	opts := paho.NewClientOptions().
		AddBroker("ssl://mqtt.patili.internal:8883").
		SetClientID("collar-gateway-1").
		SetUsername("gateway").
		SetPassword("@@secret@@").
		SetKeepAlive(30 * time.Second)
	return paho.NewClient(opts)
}
""", rand_pw(24))

add("go/decoy-env-reference", "collar-gateway/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	BrokerURL      string
	BrokerPassword string
	DatabaseURL    string
}

func Load() Config {
	return Config{
		BrokerURL:      os.Getenv("MQTT_BROKER_URL"),
		BrokerPassword: os.Getenv("MQTT_PASSWORD"),
		DatabaseURL:    os.Getenv("DATABASE_URL"),
	}
}
""")

add("go/database-password", "collar-gateway/cmd/backfill/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#Connect", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

// one-off: eski tasma konumlarını yeni tabloya taşı
func main() {
	conn, err := pgx.Connect(context.Background(), "postgres://tracker:@@secret@@@pg-prod-1.patili.internal:5432/tracker?sslmode=require")
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(context.Background(), "INSERT INTO positions SELECT * FROM positions_2023")
	if err != nil {
		log.Fatal(err)
	}
}
""", words_pw())

add("go/decoy-test-fixture", "collar-gateway/internal/mqtt/client_test.go", "https://pkg.go.dev/testing", """
package mqtt

import "testing"

const testPassword = "not-a-real-password"

func TestTopicForCollar(t *testing.T) {
	got := topicFor("TRK-0042")
	if got != "collar/TRK-0042/pos" {
		t.Fatalf("topic = %q", got)
	}
}
""")

add("java/iyzico-secret-key", "trainer-billing/src/main/java/tr/com/patili/billing/IyzicoConfig.java", "https://github.com/iyzico/iyzipay-java#usage", """
package tr.com.patili.billing;

import com.iyzipay.Options;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class IyzicoConfig {

    @Bean
    public Options iyzicoOptions() {
        Options options = new Options();
        options.setApiKey("@@api@@");
        options.setSecretKey("@@secret@@");
        options.setBaseUrl("https://api.iyzipay.com");
        return options;
    }
}
""", iyzico_key(), api=iyzico_key())

add("java/ldap-password", "walks-api/src/main/java/tr/com/patili/auth/LdapConfig.java", "https://docs.spring.io/spring-security/reference/servlet/authentication/passwords/ldap.html", """
package tr.com.patili.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc01.patili.local:636");
        source.setBase("DC=patili,DC=local");
        source.setUserDn("CN=svc-walks,OU=Servis,DC=patili,DC=local");
        source.setPassword("@@secret@@");
        return source;
    }
}
""", words_pw())

add("java/decoy-constant-name", "walks-api/src/main/java/tr/com/patili/auth/SecurityKeys.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html", """
package tr.com.patili.auth;

public final class SecurityKeys {
    public static final String PASSWORD_PARAM = "password";
    public static final String API_KEY_HEADER = "X-Patili-Api-Key";
    public static final String SECRET_KEY_PROPERTY = "iyzico.secretKey";
    public static final String TOKEN_PREFIX = "Bearer ";

    private SecurityKeys() {
    }
}
""")

add("kotlin/stripe-secret-key", "android/walker/app/src/main/java/tr/com/patili/walker/payments/Tips.kt", "https://docs.stripe.com/keys", """
package tr.com.patili.walker.payments

import okhttp3.OkHttpClient
import okhttp3.Request

// TODO(selin): bahşiş ödemesi backend'e taşınacak, şimdilik doğrudan çağırıyoruz
private const val STRIPE_KEY = "@@secret@@"

class Tips(private val http: OkHttpClient) {
    fun listRecent(): String? {
        val req = Request.Builder()
            .url("https://api.stripe.com/v1/payment_intents?limit=10")
            .header("Authorization", "Bearer $STRIPE_KEY")
            .build()
        return http.newCall(req).execute().body?.string()
    }
}
""", stripe_key())

add("kotlin/decoy-build-config", "android/walker/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "tr.com.patili.walker"
    defaultConfig {
        applicationId = "tr.com.patili.walker"
        versionCode = 320
        buildConfigField("String", "MAPS_API_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("kotlin/keystore-password", "android/owner/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/patili-owner.jks")
            storePassword = "@@secret@@"
            keyAlias = "patili-owner"
            keyPassword = "@@secret@@"
        }
    }
}
""", words_pw())

add("csharp/database-password", "KennelDesk/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "KennelDb": "Server=sql01.patili.local;Database=KennelDesk;User Id=kennel_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("csharp/sendgrid-api-key", "KennelDesk/Services/MailService.cs", "https://github.com/sendgrid/sendgrid-csharp#usage", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace KennelDesk.Services;

public class MailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendBoardingReceipt(string to, string dogName) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("pansiyon@patiliyuruyus.com.tr", "Patili Pansiyon"),
            new EmailAddress(to),
            $"{dogName} pansiyon makbuzu",
            "Makbuzunuz ektedir.",
            null));
}
""", sendgrid_key())

add("csharp/decoy-user-secrets", "KennelDesk/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddUserSecrets<Program>();
var sendGridKey = builder.Configuration["SendGrid:ApiKey"];
var connection = builder.Configuration.GetConnectionString("KennelDb");

builder.Services.AddSingleton(new MailOptions(sendGridKey));
builder.Services.AddDbContext<KennelContext>(o => o.UseSqlServer(connection));

var app = builder.Build();
app.MapControllers();
app.Run();
""")

# ---------------------------------------------------------------- php / ruby / rust / swift / typescript

add("php/paytr-merchant-key", "legacy-php/odeme/paytr_token.php", "https://dev.paytr.com/iframe-api/iframe-api-1-adim", """
<?php
// PayTR iFrame token - paket satın alma
$merchant_id   = '384721';
$merchant_key  = '@@secret@@';
$merchant_salt = '@@salt@@';

$hash_str = $merchant_id . $user_ip . $merchant_oid . $email . $payment_amount . $user_basket . $no_installment . $max_installment . $currency . $test_mode;
$paytr_token = base64_encode(hash_hmac('sha256', $hash_str . $merchant_salt, $merchant_key, true));

$post_vals = [
    'merchant_id' => $merchant_id,
    'paytr_token' => $paytr_token,
];
""", paytr_value(16), salt=paytr_value(16))

add("php/database-password", "legacy-php/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Patili blog (WordPress) */
define( 'DB_NAME', 'patili_blog' );
define( 'DB_USER', 'blog_user' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'pb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "legacy-php/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("php/netgsm-password", "legacy-php/sms/gonder.php", "https://www.netgsm.com.tr/dokuman/#http-get-sms-g%C3%B6nderme", """
<?php
function sms_gonder($tel, $mesaj) {
    $url = "https://api.netgsm.com.tr/sms/send/get?usercode=8503071234&password=@@secret@@"
         . "&gsmno=" . urlencode($tel)
         . "&message=" . urlencode($mesaj)
         . "&msgheader=PATILIYRYS";
    return file_get_contents($url);
}

sms_gonder($_POST['tel'], 'Köpeğiniz yürüyüşten döndü, teşekkürler!');
""", rand_pw(12))

add("ruby/stripe-secret-key", "trainer-shop/config/initializers/stripe.rb", "https://github.com/stripe/stripe-ruby#usage", """
# Eğitmen mağazası (tasma, ödül maması, klikır)
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ruby/decoy-credentials-reference", "trainer-shop/config/initializers/mailgun.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: Rails.application.credentials.dig(:mailgun, :api_key),
  domain: "mg.patiliyuruyus.com.tr",
  api_host: "api.eu.mailgun.net"
}
""")

add("ruby/smtp-password", "trainer-shop/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.yandex.com.tr",
    port: 587,
    user_name: "magaza@patiliyuruyus.com.tr",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
end
""", words_pw())

add("rust/redis-password", "walk-tracker/src/cache.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", """
use redis::Client;

// son konum önbelleği (her tasma için 60 sn)
pub fn client() -> redis::RedisResult<Client> {
    Client::open("rediss://default:@@secret@@@redis-prod.patili.internal:6380/0")
}

pub fn last_pos_key(collar: &str) -> String {
    format!("collar:{}:last", collar)
}
""", fakes.redis_password(_seed()))

add("rust/decoy-env-reference", "walk-tracker/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Settings {
    pub database_url: String,
    pub redis_url: String,
}

impl Settings {
    pub fn from_env() -> Self {
        Settings {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            redis_url: env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1/".into()),
        }
    }
}
""")

_rc = "sk_" + fakes.drawn_mixed(_seed(), 32)
add("swift/revenuecat-secret-key", "ios/Owner/Sources/Purchases/Subscriptions.swift", "https://www.revenuecat.com/docs/welcome/authentication", """
import RevenueCat

// Premium: sınırsız canlı takip + eğitmen mesajı
enum Subscriptions {
    // secret key used by the server-side receipt sync script, pasted here while testing
    static let serverKey = "@@secret@@"

    static func configure() {
        Purchases.configure(withAPIKey: "appl_@@pub@@")
    }
}
""", _rc, pub=fakes.drawn_mixed(_seed(), 27))

add("swift/decoy-public-sdk-key", "ios/Walker/Sources/App/AppDelegate.swift", "https://www.revenuecat.com/docs/getting-started/installation/ios", """
import UIKit
import RevenueCat
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        Purchases.configure(withAPIKey: "appl_@@pub@@")
        GMSServices.provideAPIKey(Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as! String)
        return true
    }
}
""", pub=fakes.drawn_mixed(_seed(), 27))

add("typescript/iyzico-secret-key", "booking-web/src/server/payments.ts", "https://github.com/iyzico/iyzipay-node#usage", """
import Iyzipay from "iyzipay";

export const iyzipay = new Iyzipay({
  apiKey: "@@api@@",
  secretKey: "@@secret@@",
  uri: "https://api.iyzipay.com",
});

export function refundWalk(paymentTransactionId: string, price: string) {
  return new Promise((resolve, reject) =>
    iyzipay.refund.create({ locale: "tr", paymentTransactionId, price, currency: "TRY" },
      (err: unknown, res: unknown) => (err ? reject(err) : resolve(res))));
}
""", iyzico_key(), api=iyzico_key())

add("typescript/decoy-process-env", "booking-web/src/server/mail.ts", "https://nodejs.org/api/process.html#processenv", """
import nodemailer from "nodemailer";

export const transport = nodemailer.createTransport({
  host: "smtp.office365.com",
  port: 587,
  auth: {
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASSWORD,
  },
});
""")

add("typescript/jwt-secret", "booking-web/src/server/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export function signOwnerToken(ownerId: string): string {
  return jwt.sign({ sub: ownerId, role: "owner" }, JWT_SECRET, { expiresIn: "7d" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", jwt_secret())

add("typescript/decoy-mapbox-public-token", "booking-web/src/components/WalkMap.tsx", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// public token (pk.), URL-restricted to patiliyuruyus.com.tr
mapboxgl.accessToken = "pk.eyJ1IjoicGF0aWxpIiwiYSI6ImNsd@@pub@@";

export function WalkMap({ route }: { route: [number, number][] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/streets-v12", center: route[0], zoom: 15 });
    return () => map.remove();
  }, [route]);
  return <div ref={ref} className="h-72 w-full rounded" />;
}
""", pub=fakes.drawn(_seed(), 22) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-"))

# ---------------------------------------------------------------- shell / powershell / dockerfile

add("shell/database-password", "scripts/backup_db.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/usr/bin/env bash
# Gece yedeği - cron: 0 3 * * *
set -euo pipefail

export PGPASSWORD='@@secret@@'
STAMP=$(date +%Y%m%d)
pg_dump -h pg-prod-1.patili.internal -U patili_app -Fc patili_booking > /backup/booking-$STAMP.dump
find /backup -name 'booking-*.dump' -mtime +14 -delete
""", words_pw())

add("shell/ftp-password", "scripts/upload_vet_reports.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Anlaşmalı veteriner kliniğine aşı raporlarını gönder
for f in /srv/exports/asi-*.pdf; do
  curl -s --ftp-ssl -T "$f" -u 'patili:@@secret@@' ftp://ftp.vetklinik-kadikoy.com.tr/gelen/
done
echo "tamam: $(ls /srv/exports/asi-*.pdf | wc -l) dosya"
""", words_pw())

add("shell/decoy-vault-read", "scripts/rotate_iyzico.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
# Reads the live key from Vault, never from this repo.
IYZICO_SECRET_KEY="$(vault kv get -field=secret_key secret/payments/iyzico)"
IYZICO_API_KEY="$(vault kv get -field=api_key secret/payments/iyzico)"
kubectl -n patili-prod create secret generic iyzico \\
  --from-literal=IYZICO_API_KEY="$IYZICO_API_KEY" \\
  --from-literal=IYZICO_SECRET_KEY="$IYZICO_SECRET_KEY" \\
  --dry-run=client -o yaml | kubectl apply -f -
""")

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/bash
# yeni geliştirici makinesi kurulumu - tüm repoları çek
TOKEN=@@secret@@
for repo in booking-api walker-app owner-app collar-gateway walk-tracker; do
  git clone "https://patili-bot:${TOKEN}@github.com/patiliyuruyus/${repo}.git"
done
""", fakes.github_token(_seed()))

add("shell/redis-password", "ops/redis/flush_sessions.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Oturumları temizle (şifre sıfırlama kampanyası sonrası)
set -e
redis-cli -h redis-prod.patili.internal -p 6379 -a "@@secret@@" --no-auth-warning \\
  --scan --pattern 'sess:*' | xargs -r -n 500 redis-cli -h redis-prod.patili.internal -a "@@secret@@" --no-auth-warning DEL
""", fakes.redis_password(_seed()))

add("shell/decoy-checksum", "scripts/install_collar_fw.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/bin/sh
set -e
FW=collar-fw-2.8.1.bin
URL=https://downloads.patiliyuruyus.com.tr/firmware/$FW
SHA256=@@h@@
curl -fsSLo "$FW" "$URL"
echo "$SHA256  $FW" | sha256sum -c -
./flash.sh "$FW"
""", h=sha256ish())

add("powershell/admin-password", "ops/windows/New-KennelKiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Pansiyon resepsiyon kiosku kurulumu
$ErrorActionPreference = "Stop"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("PATILI\\svc-kiosk", $pw)
Add-Computer -DomainName "patili.local" -Credential $cred -Restart:$false
New-LocalUser -Name "kiosk" -NoPassword
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name AutoAdminLogon -Value 1
""", words_pw())

add("powershell/decoy-secret-management", "ops/windows/Sync-KennelDb.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name KennelDbSa -Vault PatiliVault
$conn = "Server=sql01.patili.local;Database=KennelDesk;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
Invoke-Sqlcmd -ConnectionString $conn -Query "EXEC dbo.NightlyOccupancy"
Write-Host "Doluluk raporu güncellendi"
""")

add("powershell/azure-client-secret", "ops/windows/Export-Invoices.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """
$tenant = "@@tenant@@"
$appId  = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-AzStorageBlob -Container faturalar -Context (New-AzStorageContext -StorageAccountName patilifatura) |
  Where-Object { $_.LastModified -gt (Get-Date).AddDays(-30) } |
  Get-AzStorageBlobContent -Destination C:\\Faturalar\\
""", azure_secret(), tenant=uuid_s(), app=uuid_s())

add("dockerfile/npm-token", "booking-web/Dockerfile", "https://docs.npmjs.com/docs/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "walk-tracker/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=cargo_token,env=CARGO_REGISTRIES_PATILI_TOKEN \\
    cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/walk-tracker /usr/local/bin/
ENV RUST_LOG=info
CMD ["walk-tracker"]
""")

add("dockerfile/database-password", "legacy-php/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM php:8.2-apache
RUN docker-php-ext-install mysqli pdo_mysql
ENV DB_HOST=10.20.0.14 \\
    DB_USER=takvim \\
    DB_PASS=@@secret@@
COPY . /var/www/html/
EXPOSE 80
""", words_pw())

# ---------------------------------------------------------------- terraform / ansible

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "booking" {
  identifier             = "patili-booking"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 50
  username               = "patili_admin"
  password               = "@@secret@@"
  db_subnet_group_name   = aws_db_subnet_group.private.name
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = false
}
""", rand_pw(20))

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "patili-sessions"
  description                = "owner app sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}
""")

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable-sensitive", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

variable "iyzico_secret_key" {
  description = "iyzico canlı secret key (tfvars'a YAZMAYIN, TF_VAR_ ile verin)"
  type        = string
  sensitive   = true
}
""")

add("terraform/aws-secret-key", "infra/terraform.tfvars", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
region     = "eu-central-1"
env        = "prod"
access_key = "@@kid@@"
secret_key = "@@secret@@"
photo_bucket = "patili-walk-photos"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/smtp-password", "ansible/group_vars/mail/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
postfix_relayhost: "[smtp.yandex.com.tr]:587"
postfix_sasl_user: "relay@patiliyuruyus.com.tr"
postfix_sasl_password: "@@secret@@"
postfix_mynetworks:
  - 10.20.0.0/16
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/db/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/wifi-password", "ansible/roles/kennel_ap/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/nmcli_module.html", """
---
# Pansiyon binası kablosuz ağı (kameralar + tablet)
kennel_wifi_ssid: "Patili-Pansiyon"
kennel_wifi_psk: "@@secret@@"
kennel_wifi_vlan: 40
kennel_camera_subnet: 10.40.0.0/24
""", words_pw())

# ---------------------------------------------------------------- markdown: docs, runbooks, handovers

add("markdown/netgsm-password", "docs/runbooks/sms-gonderimi.md", "https://www.netgsm.com.tr/dokuman/", """
# SMS gönderimi (NetGSM) - runbook

Randevu hatırlatmaları ve "köpeğiniz eve döndü" mesajları NetGSM üzerinden gider.

## Panel erişimi

| Alan        | Değer                |
|-------------|----------------------|
| Kullanıcı   | 8503071234           |
| Şifre       | @@secret@@ |
| Başlık      | PATILIYRYS           |

## Sorun giderme
- `30` dönüyorsa: IP kısıtı - sunucunun IP'sini panelde API erişimine ekleyin.
- `40` dönüyorsa: mesaj başlığı onaylı değil.
""", words_pw())

add("markdown/decoy-placeholder", "docs/kurulum.md", "https://www.markdownguide.org/basic-syntax/", """
# Geliştirici kurulumu

1. Depoyu klonlayın ve `cp .env.example .env` çalıştırın.
2. `.env` içine kendi sandbox anahtarlarınızı yazın:

```
IYZICO_API_KEY=sandbox-xxxxxxxxxxxxxxxxxxxxxxxx
IYZICO_SECRET_KEY=sandbox-xxxxxxxxxxxxxxxxxxxxxxxx
NETGSM_PASSWORD=<panelden alın>
```

3. `docker compose up -d db redis` ve `make migrate`.
4. Canlı anahtarlar 1Password'de **Patili / Ödeme** kasasındadır; repoya asla yazmayın.
""")

add("markdown/admin-password", "docs/handover/ayse-devir-notlari.md", "https://www.atlassian.com/work-management/project-management/handover", """
# Devir notları - Ayşe (ayrılıyor, son gün 28 Haziran)

## Açık işler
- Kadıköy şubesi tasma şarj istasyonu firmware güncellemesi bekliyor.
- Eğitmen ödemeleri: ayın 5'inde elle onaylanıyor (iyzico panel).

## Erişimler
- Pansiyon NVR (kameralar): http://10.40.0.2  admin / @@secret@@
- Kiosk tableti: PIN Ayşe'den Mert'e sözlü verildi.
- Grafana: LDAP ile giriş, ayrıca hesap yok.

## Notlar
Kamera 3 gece IR'si arızalı, garanti kapsamında.
""", words_pw())

add("markdown/stripe-secret-key", "docs/payments/stripe-tips.md", "https://docs.stripe.com/api/authentication", """
# Walker tips via Stripe (UK pilot)

The London pilot pays walkers tips through Stripe Connect.

Quick check that the account works:

```bash
curl https://api.stripe.com/v1/balance \\
  -u @@secret@@:
```

Payouts go out every Friday. Disputes: see `docs/payments/disputes.md`.
""", stripe_key())

add("markdown/decoy-redacted", "docs/incidents/2024-03-sizan-anahtar.md", "https://sre.google/sre-book/postmortem-culture/", """
# Olay raporu: iyzico anahtarı loglara yazıldı (2024-03-11)

## Özet
Debug log seviyesi canlıda açık kalınca istek başlıkları loglandı.

## Etki
`IYZICO_SECRET_KEY=****************************9f2c` (maskeli) 3 saat boyunca log sunucusunda kaldı.
Anahtar aynı gün döndürüldü (rotated); eski anahtar iptal.

## Aksiyonlar
- [x] Log maskesi eklendi (`Authorization`, `secretKey`).
- [x] Yeni anahtar Vault'a yazıldı.
- [ ] Canlıda debug seviyesi için alarm.
""")

add("markdown/telegram-bot-token", "bots/README.md", "https://core.telegram.org/bots/tutorial", """
# Patili botları

| Bot                | Amaç                          | Token |
|--------------------|-------------------------------|-------|
| @PatiliDispatchBot | Yürüyüşçülere günlük rota     | `@@secret@@` |
| @PatiliOwnerBot    | Sahiplere canlı konum linki   | Vault: `secret/bots/owner` |

Botu yerelde çalıştırmak için `python bots/walker_dispatch_bot.py`.
""", fakes.telegram_token(_seed()))

add("markdown/decoy-api-docs", "docs/api/authentication.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Patili API - authentication

Every request carries a bearer token issued by `/v1/oauth/token`:

```http
GET /v1/walks?date=2024-06-01 HTTP/1.1
Host: api.patiliyuruyus.com.tr
Authorization: Bearer <access_token>
```

Partner clinics get a client id and secret from the partner portal. Example:

```bash
curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials https://api.patiliyuruyus.com.tr/v1/oauth/token
```
""")

add("markdown/database-password", "docs/runbooks/restore-booking-db.md", "https://www.postgresql.org/docs/current/app-pgrestore.html", """
# Restoring the booking database

1. Pick the dump from `/backup` on `backup-01`.
2. Restore into the staging server first:

```
pg_restore -h pg-staging.patili.internal -U patili_admin -d patili_booking --clean booking-20240601.dump
```

   password for `patili_admin` on staging **and prod** (same, yes, I know): `@@secret@@`

3. Check row counts against yesterday's report.
""", words_pw())

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.2.0] - 2024-06-03
### Added
- Group walks (up to 4 dogs) with per-dog photo.
- Trainer notes on the owner timeline.
### Changed
- Session secret moved to AWS Secrets Manager (`prod/booking/session`).
- Commit `9c1e44f2a7b3d0e8f6a5c4b3a2e1d0c9b8a7f6e5` reverted the API key rotation script.
### Fixed
- Collar battery below 10% now pages the walker, not the owner.
""")

add("markdown/iyzico-secret-key", "docs/payments/iyzico-canli-gecis.md", "https://docs.iyzico.com/", """
# iyzico canlıya geçiş (Mayıs 2024)

Sandbox'tan canlıya geçerken aşağıdaki değerleri `booking-api` sunucusundaki `.env`'ye yazdık:

- API Key: `@@api@@`
- Secret Key: `@@secret@@`
- Base URL: `https://api.iyzipay.com`

Test: 1 TL'lik yürüyüş paketi alınıp iade edildi, sorun yok.
""", iyzico_key(), api=iyzico_key())

# ---------------------------------------------------------------- notebook

add("notebook/database-password", "analytics/notebooks/walker_utilisation.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Yürüyüşçü doluluk analizi (Haziran)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@pg-replica.patili.internal/patili_booking')\\n",
    "df = pd.read_sql('select walker_id, count(*) from walks group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/decoy-getpass", "analytics/notebooks/churn.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('ANALYST_DB_PASSWORD') or getpass.getpass('DB şifresi: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@pg-replica.patili.internal/patili_booking')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analytics/notebooks/review_sentiment.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = open('owner_reviews_tr.txt').read().splitlines()[:200]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- sql / csv / log / xml / plist

add("sql/smtp-password", "db/migrations/V14__mail_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Bildirim e-postası ayarları (admin panelden okunur)
CREATE TABLE IF NOT EXISTS mail_settings (
    id          serial PRIMARY KEY,
    host        text NOT NULL,
    port        int  NOT NULL,
    username    text NOT NULL,
    password    text NOT NULL
);

INSERT INTO mail_settings (host, port, username, password)
VALUES ('smtp.yandex.com.tr', 465, 'bildirim@patiliyuruyus.com.tr', '@@secret@@');
""", words_pw())

add("sql/decoy-hash", "db/seed/dev_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Geliştirme ortamı kullanıcıları (bcrypt hash'leri, düz şifre değil)
INSERT INTO users (email, role, password_hash) VALUES
  ('egitmen@example.com', 'trainer', '$2b$12$@@h1@@'),
  ('yuruyuscu@example.com', 'walker', '$2b$12$@@h2@@'),
  ('sahip@example.com', 'owner', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/database-password", "db/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- roles for the booking database
CREATE ROLE patili_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE analyst LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE patili_booking TO patili_app;
GRANT USAGE ON SCHEMA public TO patili_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO patili_app;
""", rand_pw(24))

add("csv/decoy-ids", "exports/walks-2024-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
walk_id,dog,owner_id,walker,started_at,minutes,collar,payment_ref
@@u1@@,Boncuk,O-10231,Mert K.,2024-06-01T07:30:00+03:00,45,TRK-0042,@@p1@@
@@u2@@,Zeytin,O-10877,Selin A.,2024-06-01T08:00:00+03:00,30,TRK-0051,@@p2@@
@@u3@@,Poyraz,O-10012,Mert K.,2024-06-01T18:15:00+03:00,60,TRK-0043,@@p3@@
@@u4@@,Lokum,O-11002,Deniz Y.,2024-06-02T07:45:00+03:00,45,TRK-0042,@@p4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(),
    p1=str(random.Random(_seed()).randint(10**7, 10**8)), p2=str(random.Random(_seed()).randint(10**7, 10**8)),
    p3=str(random.Random(_seed()).randint(10**7, 10**8)), p4=str(random.Random(_seed()).randint(10**7, 10**8)))

add("csv/device-password", "ops/inventory/collar-chargers.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sube,cihaz,ip,kullanici,sifre,not
Kadikoy,sarj-istasyonu-1,10.30.1.10,admin,@@secret@@,firmware 1.4
Besiktas,sarj-istasyonu-2,10.30.2.10,admin,@@p2@@,firmware 1.4
Uskudar,sarj-istasyonu-3,10.30.3.10,admin,@@p3@@,firmware 1.3 - guncelle
Atasehir,sarj-istasyonu-4,10.30.4.10,admin,@@p4@@,
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("log/decoy-masked", "logs/booking-api-2024-06-01.log", "https://docs.python.org/3/library/logging.html", """
2024-06-01 07:29:58,114 INFO  booking.api  POST /v1/walks 201 owner=O-10231 walk=W-88123
2024-06-01 07:29:58,402 INFO  payments     iyzico payment ok conversationId=B-88123 paymentId=22917345
2024-06-01 07:29:58,403 DEBUG payments     options api_key=**** secret_key=**** base_url=api.iyzipay.com
2024-06-01 07:30:02,990 INFO  notify       sms queued to +90 5** *** ** 41 header=PATILIYRYS
2024-06-01 07:31:10,005 WARN  gps          collar TRK-0042 battery 18%
""")

_vk_pw = words_pw()
add("log/vet-partner-password", "logs/collar-gateway-debug.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-06-02T06:00:01Z DEBUG http: -> POST https://partner.vetkayit.com.tr/api/v1/vaccinations
2024-06-02T06:00:01Z DEBUG http: -> Content-Type: application/json
2024-06-02T06:00:01Z DEBUG http: -> Authorization: Basic @@b@@
2024-06-02T06:00:02Z DEBUG http: <- 200 OK (812 ms)
2024-06-02T06:00:02Z INFO  sync: 14 aşı kaydı eşitlendi
""", _vk_pw, b=b64("patili-sync:" + _vk_pw))

add("xml/database-password", "KennelDesk.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kennel" connectionString="Data Source=sql01.patili.local;Initial Catalog=KennelDesk;User ID=sa;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PansiyonKapasite" value="38" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-maven-settings", "walks-api/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings>
  <servers>
    <server>
      <id>patili-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/nexus-password", "trainer-billing/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>patili-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(16))

add("plist/decoy-public-config", "ios/Owner/Resources/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>@@n@@</string>
  <key>BUNDLE_ID</key>
  <string>com.patiliyuruyus.owner</string>
  <key>PROJECT_ID</key>
  <string>patili-owner</string>
</dict>
</plist>
""", k=google_api_key(), n=str(random.Random(_seed()).randint(10**11, 10**12)))

add("plist/sentry-auth-token", "ios/Walker/Resources/Secrets.plist", "https://docs.sentry.io/platforms/apple/guides/ios/dsym/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>SentryOrg</key>
  <string>patili-yuruyus</string>
  <key>SentryAuthToken</key>
  <string>@@secret@@</string>
</dict>
</plist>
""", "sntryu_" + hexs(64))

# ---------------------------------------------------------------- more vendors of the trade

add("python/tractive-password", "integrations/tractive_pull.py", "https://github.com/zhulik/aiotractive#usage", """
import asyncio

from aiotractive import Tractive

# Müşterilerin kendi Tractive tasmaları için ortak hesap (şirket tasmaları değil)
TRACTIVE_USER = "tasma@patiliyuruyus.com.tr"
TRACTIVE_PASS = "@@secret@@"


async def positions():
    async with Tractive(TRACTIVE_USER, TRACTIVE_PASS) as client:
        for tracker in await client.trackers():
            print(await tracker.details())


asyncio.run(positions())
""", words_pw())

add("typescript/whatsapp-access-token", "notify-service/src/whatsapp.ts", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
const PHONE_NUMBER_ID = "@@pid@@";
const ACCESS_TOKEN = "@@secret@@";

export async function sendWalkSummary(to: string, dog: string, minutes: number) {
  await fetch(`https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ACCESS_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: { name: "yuruyus_ozeti", language: { code: "tr" },
        components: [{ type: "body", parameters: [{ type: "text", text: dog }, { type: "text", text: String(minutes) }] }] },
    }),
  });
}
""", "EAAG" + fakes.drawn_mixed(_seed(), 180), pid=str(random.Random(_seed()).randint(10**14, 10**15)))

add("env/parasut-client-secret", "accounting-sync/.env", "https://apidocs.parasut.com/#section/Authentication", """
# Paraşüt muhasebe - eğitmen faturaları
PARASUT_COMPANY_ID=219845
PARASUT_CLIENT_ID=@@cid@@
PARASUT_CLIENT_SECRET=@@secret@@
PARASUT_USERNAME=muhasebe@patiliyuruyus.com.tr
PARASUT_PASSWORD=@@pw@@
""", fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"), cid=fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"), pw=words_pw())

add("yaml/yurtici-kargo-password", "trainer-shop/config/shipping.yml", "https://www.yurticikargo.com/tr/kurumsal/entegrasyon", """
# Eğitim ekipmanı siparişleri - kargo entegrasyonu
production:
  carrier: yurtici
  wsdl: https://ws.yurticikargo.com/KOPSWebServices/ShippingOrderDispatcherServices?wsdl
  username: PATILIGO
  password: "@@secret@@"
  language: TR
  default_desi: 2
""", rand_pw(10))

add("ruby/shopify-admin-token", "trainer-shop/lib/tasks/sync_shopify.rake", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
namespace :shopify do
  desc "Eğitim ürünlerinin stoklarını Shopify ile eşitle"
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "patili-egitim.myshopify.com",
      access_token: "@@secret@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    Product.find_each do |p|
      client.put(path: "inventory_levels/set", body: { inventory_item_id: p.shopify_item_id, available: p.stock })
    end
  end
end
""", "shpat_" + hexs(32))

add("json/onesignal-rest-key", "notify-service/config/push.json", "https://documentation.onesignal.com/reference/keys-ids", """
{
  "provider": "onesignal",
  "appId": "@@app@@",
  "restApiKey": "@@secret@@",
  "templates": {
    "walkStarted": "Yürüyüş başladı 🐾",
    "walkEnded": "Yürüyüş bitti, fotoğraflar hazır"
  }
}
""", "os_v2_app_" + fakes.drawn(_seed(), 100, string.ascii_lowercase + "234567"), app=uuid_s())

add("go/discord-webhook", "collar-gateway/internal/alert/discord.go", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
package alert

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const webhookURL = "@@secret@@"

func LowBattery(collar string, pct int) error {
	body, _ := json.Marshal(map[string]string{"content": "Tasma " + collar + " pili düşük: %" + itoa(pct)})
	_, err := http.Post(webhookURL, "application/json", bytes.NewReader(body))
	return err
}
""", "https://discord.com/api/webhooks/" + str(random.Random(_seed()).randint(10**17, 10**18)) + "/" + fakes.drawn_mixed(_seed(), 68, ALNUM + "_-"))

add("shell/digitalocean-token", "ops/spaces/make_snapshot.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", """
#!/usr/bin/env bash
# eğitim videoları sunucusu - haftalık snapshot
set -euo pipefail
export DIGITALOCEAN_ACCESS_TOKEN=@@secret@@
doctl compute droplet-action snapshot 412893377 --snapshot-name "egitim-videolari-$(date +%F)" --wait
doctl compute snapshot list --format Name,CreatedAt | tail -n 5
""", "dop_v1_" + hexs(64))

add("python/mailchimp-api-key", "marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

AUDIENCE = "a1f9c3d2e7"


def add_owner(email: str, dog_name: str) -> None:
    client.lists.add_list_member(AUDIENCE, {
        "email_address": email,
        "status": "subscribed",
        "merge_fields": {"DOGNAME": dog_name},
    })
""", hexs(32) + "-us21")

add("php/gingr-api-key", "legacy-php/pansiyon/gingr_import.php", "https://support.gingrapp.com/hc/en-us/articles/360037765351-Gingr-API", """
<?php
// Gingr'dan (eski pansiyon yazılımı) rezervasyonları çek - geçiş dönemi
$subdomain = 'patilipansiyon';
$key = '@@secret@@';
$url = "https://{$subdomain}.gingrapp.com/api/v1/reservations?key={$key}&start_date=2024-01-01&end_date=2024-06-30";

$rows = json_decode(file_get_contents($url), true);
foreach ($rows['data'] as $r) {
    printf("%s\t%s\t%s\n", $r['animal_name'], $r['start_date'], $r['end_date']);
}
""", hexs(32))

add("kotlin/algolia-admin-key", "android/owner/app/src/main/java/tr/com/patili/owner/search/TrainerIndex.kt", "https://www.algolia.com/doc/guides/security/api-keys/", """
package tr.com.patili.owner.search

import com.algolia.search.client.ClientSearch
import com.algolia.search.model.APIKey
import com.algolia.search.model.ApplicationID
import com.algolia.search.model.IndexName

object TrainerIndex {
    // FIXME: admin key, search-only key ile değiştirilecek
    private val client = ClientSearch(ApplicationID("PTL4Q8ZK2M"), APIKey("@@secret@@"))
    val index = client.initIndex(IndexName("trainers_tr"))
}
""", hexs(32))

add("csharp/twilio-auth-token", "KennelDesk/appsettings.json", "https://www.twilio.com/docs/usage/secure-credentials", """
{
  "Twilio": {
    "AccountSid": "@@sid@@",
    "AuthToken": "@@secret@@",
    "From": "+905323339911"
  },
  "Kennel": {
    "CheckInHour": 9,
    "CheckOutHour": 18
  }
}
""", hexs(32), sid=twilio_sid())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: collar-gateway-1
tags:
  - env:prod
  - team:tasma
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("ini/rclone-password", "ops/backup/rclone.conf", "https://rclone.org/ftp/", """
[vetclinic]
type = sftp
host = sftp.vetklinik-kadikoy.com.tr
user = patili
pass = @@secret@@

[b2]
type = b2
account = 0024a9e1f3c7d5b0000000003
""", "W" + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("properties/zoom-client-secret", "trainer-sessions/src/main/resources/zoom.properties", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", """
# Online eğitim seansları - Zoom Server-to-Server OAuth
zoom.accountId=@@acc@@
zoom.clientId=@@cid@@
zoom.clientSecret=@@secret@@
zoom.defaultDurationMinutes=45
""", fakes.drawn_mixed(_seed(), 32), acc=fakes.drawn_mixed(_seed(), 22, ALNUM + "_-"), cid=fakes.drawn_mixed(_seed(), 22))

add("swift/vimeo-access-token", "ios/Owner/Sources/Training/VideoLibrary.swift", "https://developer.vimeo.com/api/authentication", """
import Foundation

// Eğitim videoları (temel itaat, tasma çekme, yalnız kalma)
struct VideoLibrary {
    private let token = "@@secret@@"

    func request(folder: Int) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.vimeo.com/me/projects/\\(folder)/videos")!)
        req.setValue("bearer \\(token)", forHTTPHeaderField: "Authorization")
        req.setValue("application/vnd.vimeo.*+json;version=3.4", forHTTPHeaderField: "Accept")
        return req
    }
}
""", hexs(32))

add("terraform/hetzner-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "video" {
  name        = "egitim-video-1"
  image       = "ubuntu-24.04"
  server_type = "cx32"
  location    = "fsn1"
}
""", fakes.drawn_mixed(_seed(), 64))

add("dockerfile/aws-secret-key", "photo-resizer/Dockerfile", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV AWS_DEFAULT_REGION=eu-central-1 \\
    AWS_ACCESS_KEY_ID=@@kid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@
CMD ["python", "resize.py", "--bucket", "patili-walk-photos"]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("java/firebase-server-key", "walks-api/src/main/java/tr/com/patili/push/LegacyFcm.java", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", """
package tr.com.patili.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Eski FCM HTTP API - v1'e geçince silinecek. */
public class LegacyFcm {
    private static final String SERVER_KEY = "@@secret@@";

    public static int send(String token, String title) throws Exception {
        String body = "{\\"to\\":\\"" + token + "\\",\\"notification\\":{\\"title\\":\\"" + title + "\\"}}";
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
            .header("Authorization", "key=" + SERVER_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
""", "AAAA" + fakes.drawn_mixed(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "_-"))

# ---------------------------------------------------------------- decoys of the trade

add("python/decoy-stripe-ids", "payments/stripe_catalog.py", "https://docs.stripe.com/api/prices/object", """
# Stripe catalogue ids for the London pilot (ids, not keys)
PRICES = {
    "walk_30": "price_@@p1@@",
    "walk_60": "price_@@p2@@",
    "puppy_class_6w": "price_@@p3@@",
}
PRODUCT_GROUP_WALK = "prod_@@pr@@"
WEBHOOK_ENDPOINT_ID = "we_@@we@@"
""", p1=fakes.drawn_mixed(_seed(), 24), p2=fakes.drawn_mixed(_seed(), 24), p3=fakes.drawn_mixed(_seed(), 24),
    pr=fakes.drawn_mixed(_seed(), 14), we=fakes.drawn_mixed(_seed(), 24))

add("python/decoy-webhook-verify", "payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import os

import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@app.post("/webhooks/stripe")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payout.paid":
        mark_walker_paid(event["data"]["object"]["destination"])
    return "", 204
""")

add("python/decoy-regex", "security/log_masking.py", "https://docs.python.org/3/library/re.html", """
import re

# Loglara yazılmadan önce maskelenecek desenler
PATTERNS = [
    re.compile(r"(secret_key|secretKey)=([A-Za-z0-9]{32})"),
    re.compile(r"sk_live_[0-9A-Za-z]{24,}"),
    re.compile(r"Authorization: (Bearer|Basic) \\S+"),
    re.compile(r"password=[^&\\s]+"),
]


def mask(line: str) -> str:
    for p in PATTERNS:
        line = p.sub(lambda m: m.group(0)[:12] + "****", line)
    return line
""")

add("python/decoy-aws-example-keys", "tests/test_photo_upload.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
import boto3
from moto import mock_aws


@mock_aws
def test_upload_walk_photo(tmp_path):
    # AWS documentation example keys; moto accepts anything
    s3 = boto3.client("s3", region_name="eu-central-1",
                      aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                      aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3.create_bucket(Bucket="patili-walk-photos", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    s3.put_object(Bucket="patili-walk-photos", Key="w/1.jpg", Body=b"x")
    assert s3.list_objects_v2(Bucket="patili-walk-photos")["KeyCount"] == 1
""")

add("python/decoy-i18n-strings", "booking/locale_strings.py", "https://docs.djangoproject.com/en/5.0/topics/i18n/translation/", """
from django.utils.translation import gettext_lazy as _

LABELS = {
    "password": _("Şifre"),
    "password_confirm": _("Şifre (tekrar)"),
    "api_key": _("API anahtarı"),
    "secret_hint": _("Gizli anahtarınızı kimseyle paylaşmayın."),
    "token_expired": _("Oturumunuzun süresi doldu, lütfen tekrar giriş yapın."),
}
""")

add("python/decoy-hmac-signature", "payments/paytr_callback.py", "https://dev.paytr.com/iframe-api/iframe-api-2-adim", """
import base64
import hashlib
import hmac
import os

MERCHANT_KEY = os.environ["PAYTR_MERCHANT_KEY"].encode()
MERCHANT_SALT = os.environ["PAYTR_MERCHANT_SALT"]


def valid(post: dict) -> bool:
    raw = post["merchant_oid"] + MERCHANT_SALT + post["status"] + post["total_amount"]
    expected = base64.b64encode(hmac.new(MERCHANT_KEY, raw.encode(), hashlib.sha256).digest()).decode()
    return hmac.compare_digest(expected, post["hash"])
""")

add("yaml/decoy-sops-encrypted", "k8s/payments/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
  name: paytr
type: Opaque
stringData:
  PAYTR_MERCHANT_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  PAYTR_MERCHANT_SALT: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2024-05-14T09:12:44Z"
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sentry-dsn", "mobile/owner-app/sentry.properties.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# The DSN is public by design: it only lets the app send events.
sentry:
  dsn: https://@@k@@@o4506712.ingest.de.sentry.io/4507129
  environment: production
  tracesSampleRate: 0.2
  release: owner-app@3.2.0
""", k=hexs(32))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/", """
openapi: 3.0.3
info:
  title: Patili Partner API
  version: 1.4.0
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Patili-Api-Key
paths:
  /v1/walks:
    get:
      security: [{ apiKey: [] }]
      parameters:
        - in: header
          name: X-Patili-Api-Key
          example: ptl_test_xxxxxxxxxxxxxxxxxxxxxxxx
      responses:
        "200": { description: Günün yürüyüşleri }
""")

add("yaml/decoy-digest", "k8s/walks-api/deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: walks-api
  namespace: patili-prod
spec:
  replicas: 3
  selector:
    matchLabels: { app: walks-api }
  template:
    metadata:
      labels: { app: walks-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/patiliyuruyus/walks-api@sha256:@@d@@
          envFrom:
            - secretRef: { name: walks-api-db }
            - secretRef: { name: iyzico }
""", d=sha256ish())

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
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
          role-to-assume: arn:aws:iam::418273645091:role/patili-terraform-plan
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra plan -no-color
""")

add("json/decoy-recaptcha-site-key", "booking-web/public/config.json", "https://developers.google.com/recaptcha/docs/display", """
{
  "apiBase": "https://api.patiliyuruyus.com.tr",
  "recaptchaSiteKey": "6Le@@sk@@",
  "gaMeasurementId": "G-7QX2LM9K4D",
  "supportPhone": "+90 850 307 12 34",
  "cities": ["İstanbul", "Ankara", "İzmir"]
}
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("json/decoy-jwks", "booking-api/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
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
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("json/decoy-translation", "mobile/owner-app/locales/tr.json", "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "email": "E-posta",
    "password": "Şifre",
    "forgot": "Şifremi unuttum",
    "token_invalid": "Bağlantının süresi dolmuş."
  },
  "walk": {
    "started": "{{dog}} yürüyüşe çıktı",
    "ended": "{{dog}} eve döndü ({{minutes}} dk)"
  }
}
""")

add("toml/decoy-cargo-lock", "walk-tracker/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "redis"
version = "0.25.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "tokio"
version = "1.38.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("ini/decoy-pgpass-template", "ops/templates/pgpass.ini", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
; ~/.pgpass şablonu - ansible doldurur, repoda düz şifre yok
; hostname:port:database:username:password
[template]
line = {{ pg_host }}:5432:patili_booking:{{ pg_user }}:{{ vault_pg_password }}
mode = 0600
owner = postgres
""")

add("shell/decoy-ssh-public-key", "ops/bootstrap/add_walker_laptop.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
#!/bin/sh
# Saha ekibi dizüstü - destek erişimi için ops anahtarını ekle (public key)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat >> ~/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k@@ ops@patiliyuruyus.com.tr
KEYS
chmod 600 ~/.ssh/authorized_keys
""", k=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("go/decoy-uuid-constants", "collar-gateway/internal/ble/uuids.go", "https://www.bluetooth.com/specifications/assigned-numbers/", """
package ble

// Tasma BLE servis ve karakteristik UUID'leri (firmware 2.x)
const (
	ServiceCollar   = "@@u1@@"
	CharPosition    = "@@u2@@"
	CharBattery     = "@@u3@@"
	CharFirmwareRev = "@@u4@@"
)
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("java/decoy-test-credentials", "walks-api/src/test/java/tr/com/patili/auth/LoginControllerTest.java", "https://docs.spring.io/spring-security/reference/servlet/test/mockmvc/authentication.html", """
package tr.com.patili.auth;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

class LoginControllerTest {

    private static final String TEST_USER = "walker@example.com";
    private static final String TEST_PASSWORD = "password123";

    @Test
    @WithMockUser(username = TEST_USER, roles = "WALKER")
    void walkerSeesOwnWalks() {
        // ...
    }
}
""")

add("csharp/decoy-key-vault", "KennelDesk/Startup/Secrets.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net", """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace KennelDesk.Startup;

public static class Secrets
{
    private static readonly SecretClient Client =
        new(new Uri("https://patili-kv.vault.azure.net/"), new DefaultAzureCredential());

    public static string Get(string name) => Client.GetSecret(name).Value.Value;
}
""")

add("php/decoy-env", "legacy-php/config/app.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'name' => env('APP_NAME', 'Patili Takvim'),
    'key' => env('APP_KEY'),
    'iyzico' => [
        'api_key' => env('IYZICO_API_KEY'),
        'secret_key' => env('IYZICO_SECRET_KEY'),
        'base_url' => env('IYZICO_BASE_URL', 'https://sandbox-api.iyzipay.com'),
    ],
];
""")

add("ruby/decoy-vcr-filtered", "trainer-shop/spec/support/vcr.rb", "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data", """
require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.filter_sensitive_data("<STRIPE_SECRET_KEY>") { ENV.fetch("STRIPE_SECRET_KEY", "sk_test_dummy") }
  c.filter_sensitive_data("<SHOPIFY_TOKEN>") { ENV["SHOPIFY_ACCESS_TOKEN"] }
  c.filter_sensitive_data("<YURTICI_PASSWORD>") { Rails.application.credentials.dig(:yurtici, :password) }
end
""")

add("typescript/decoy-type-definitions", "booking-web/src/types/config.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """
export interface PaymentConfig {
  /** iyzico API key (from env IYZICO_API_KEY) */
  apiKey: string;
  /** iyzico secret key (from env IYZICO_SECRET_KEY) */
  secretKey: string;
  uri: "https://api.iyzipay.com" | "https://sandbox-api.iyzipay.com";
}

export interface SmtpConfig {
  host: string;
  user: string;
  password: string;
}
""")

add("markdown/decoy-trainer-guide", "docs/egitmenler/yeni-egitmen-rehberi.md", "https://www.markdownguide.org/basic-syntax/", """
# Yeni eğitmen rehberi

Hoş geldin! İlk hafta yapman gerekenler:

1. Eğitmen portalına davet e-postasındaki bağlantıyla gir ve **kendi şifreni** belirle.
2. Uygulamada profil fotoğrafını ve uzmanlık alanlarını (yavru eğitimi, tasma çekme, ayrılık kaygısı) ekle.
3. Ödeme bilgilerin için IBAN'ını muhasebeye portal üzerinden ilet (e-postayla göndermeyin).
4. Ders takvimin Google Takvim ile eşitlenir; takvim bağlantısını kimseyle paylaşma.

Sorular için: #egitmenler kanalı.
""")

add("markdown/decoy-security-policy", "SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", """
# Security policy

Found a vulnerability in the Patili apps? Mail guvenlik@patiliyuruyus.com.tr.

- Never paste API keys, tokens or passwords in issues or pull requests.
- Secrets live in AWS Secrets Manager (`prod/*`) and 1Password; rotate on any suspicion.
- Pre-commit runs a secret scanner; do not bypass it with `--no-verify`.

Our PGP key fingerprint: `@@fp@@`
""", fp=" ".join(hexs(4).upper() for _ in range(10)))

add("sql/decoy-api-key-hash", "db/migrations/V21__partner_keys.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html", """
-- Partner klinik API anahtarları: yalnızca SHA-256 özeti saklanır
CREATE TABLE partner_api_keys (
    id          uuid PRIMARY KEY,
    clinic_id   int  NOT NULL,
    key_prefix  text NOT NULL,
    key_sha256  text NOT NULL,
    created_at  timestamptz DEFAULT now()
);

INSERT INTO partner_api_keys VALUES
  ('@@u@@', 17, 'ptl_live_4Qz', '@@h@@', '2024-05-02');
""", u=uuid_s(), h=sha256ish())

add("csv/decoy-collar-inventory", "ops/inventory/collars.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
serial,imei,firmware,sube,son_sarj,firmware_sha256
TRK-0042,@@i1@@,2.8.1,Kadikoy,2024-06-01,@@h1@@
TRK-0043,@@i2@@,2.8.1,Kadikoy,2024-06-01,@@h1@@
TRK-0051,@@i3@@,2.7.9,Besiktas,2024-05-30,@@h2@@
TRK-0052,@@i4@@,2.8.1,Uskudar,2024-06-02,@@h1@@
""", i1=str(random.Random(_seed()).randint(10**14, 10**15)), i2=str(random.Random(_seed()).randint(10**14, 10**15)),
    i3=str(random.Random(_seed()).randint(10**14, 10**15)), i4=str(random.Random(_seed()).randint(10**14, 10**15)),
    h1=sha256ish(), h2=sha256ish())

add("log/decoy-request-ids", "logs/walk-tracker-2024-06-02.log", "https://docs.rs/tracing/latest/tracing/", """
2024-06-02T07:00:00.114Z  INFO walk_tracker: walk started walk_id=@@u1@@ collar=TRK-0042
2024-06-02T07:00:15.220Z DEBUG walk_tracker: position trace_id=@@t1@@ lat=40.9901 lon=29.0290
2024-06-02T07:00:30.301Z DEBUG walk_tracker: position trace_id=@@t2@@ lat=40.9905 lon=29.0297
2024-06-02T07:45:02.880Z  INFO walk_tracker: walk ended walk_id=@@u1@@ distance_m=3120
2024-06-02T07:45:03.001Z  INFO walk_tracker: photo uploaded etag="@@e@@"
""", u1=uuid_s(), t1=hexs(32), t2=hexs(32), e=hexs(32))

add("xml/decoy-android-manifest", "android/walker/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config#step_3_add_your_api_key_to_the_project", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="Patili Yürüyüşçü"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
    </application>
</manifest>
""")

add("plist/decoy-info-plist", "ios/Walker/Resources/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Patili Yürüyüşçü</string>
  <key>GMSApiKey</key>
  <string>$(GMS_API_KEY)</string>
  <key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
  <string>Yürüyüş sırasında köpeğin rotasını sahibine göstermek için konumunuz kullanılır.</string>
</dict>
</plist>
""")

add("dockerfile/decoy-arg-no-default", "booking-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG PIP_INDEX_URL
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=booking.settings.production
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]
""")

add("powershell/decoy-placeholder", "ops/windows/Install-Printer.ps1", "https://learn.microsoft.com/en-us/powershell/module/printmanagement/add-printer", """
# Resepsiyon yazıcısı (pansiyon giriş formu)
param(
    [string]$PrinterIp = "10.40.0.30",
    [Parameter(Mandatory)][pscredential]$Credential
)
Add-PrinterPort -Name "IP_$PrinterIp" -PrinterHostAddress $PrinterIp
Add-Printer -Name "Resepsiyon" -DriverName "HP Universal Printing PCL 6" -PortName "IP_$PrinterIp"
Write-Host "Yazıcı eklendi. Yönetici şifresi: <kasadan alın>"
""")

add("terraform/decoy-secrets-manager", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "iyzico" {
  secret_id = "prod/payments/iyzico"
}

locals {
  iyzico = jsondecode(data.aws_secretsmanager_secret_version.iyzico.secret_string)
}

resource "aws_ssm_parameter" "iyzico_base_url" {
  name  = "/patili/prod/iyzico/base_url"
  type  = "String"
  value = "https://api.iyzipay.com"
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/booking_api/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: Write booking API env file
  ansible.builtin.template:
    src: env.j2
    dest: /srv/booking/.env
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/booking/db:password') }}"
    iyzico_secret: "{{ vault_iyzico_secret_key }}"
  notify: restart booking
""")

add("notebook/decoy-outputs-ids", "analytics/notebooks/collar_battery.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["TRK-0042 @@h1@@ 18%\\n", "TRK-0051 @@h2@@ 64%\\n"]}
   ],
   "source": ["for c in collars: print(c.serial, c.fw_sha, c.battery)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256ish(), h2=sha256ish())

add("compose/decoy-docker-secrets", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  api:
    image: ghcr.io/patiliyuruyus/booking-api:3.2.0
    secrets:
      - db_password
      - iyzico_secret_key
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      IYZICO_SECRET_KEY_FILE: /run/secrets/iyzico_secret_key
secrets:
  db_password:
    file: ./secrets/db_password.txt
  iyzico_secret_key:
    external: true
""")

add("env/decoy-test-env", "booking-api/.env.test", "https://pytest-django.readthedocs.io/en/latest/configuring_django.html", """
# CI test ortamı - servisler docker'da ayağa kalkar
DJANGO_SECRET_KEY=insecure-test-only-key
DATABASE_URL=postgres://postgres:postgres@localhost:5432/test_booking
REDIS_URL=redis://localhost:6379/0
IYZICO_BASE_URL=http://localhost:9999/mock-iyzico
NETGSM_PASSWORD=dummy
""")

# ---------------------------------------------------------------- keys, devices, more carriers

_ssh_key = fakes.fake_pem(_seed(), "OPENSSH")
add("ansible/ssh-private-key", "ansible/roles/deploy_user/files/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# deploy kullanıcısının anahtarı (tüm sunuculara erişir)
deploy_user: deploy
deploy_private_key: |
  @@k@@
deploy_known_hosts:
  - github.com
""", _ssh_key, k=_ssh_key.replace("\n", "\n  "))

_tls_key = pem("EC")
add("k8s-secret/tls-private-key", "k8s/ingress/tls-randevu.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: randevu-tls
  namespace: patili-prod
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _tls_key, crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"),
    key=b64(_tls_key + "\n"))

_p8 = fakes.fake_pem(_seed(), "")
_p8 = _p8.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("ruby/app-store-connect-key", "ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX2LM9K4D",
      issuer_id: "@@iss@@",
      key_content: "@@k@@"
    )
    build_app(scheme: "Walker")
    upload_to_testflight(api_key: api_key)
  end
end
""", _p8.split("\n")[2], iss=uuid_s(), k=_p8.replace("\n", "\\n"))

add("shell/camera-rtsp-password", "ops/kennel-cams/record.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", """
#!/bin/bash
# Pansiyon kameraları: gece kaydı (sahipler uygulamadan canlı izliyor)
for cam in 1 2 3 4; do
  ffmpeg -rtsp_transport tcp -i "rtsp://admin:@@secret@@@10.40.0.$((10+cam)):554/Streaming/Channels/101" \\
    -c copy -t 43200 "/srv/kayit/kamera$cam-$(date +%F).mp4" &
done
wait
""", words_pw())

add("yaml/mqtt-password", "collar-gateway/config/prod.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
broker:
  url: ssl://mqtt.patili.internal:8883
  username: gateway
  password: "@@secret@@"
  topics:
    positions: collar/+/pos
    battery: collar/+/bat
storage:
  dsn: postgres://tracker@pg-prod-1.patili.internal/tracker
""", rand_pw(24))

add("csv/staff-accounts", "exports/personel-hesaplari.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ad_soyad,rol,sube,portal_kullanici,gecici_sifre
Mert Kaya,yuruyuscu,Kadikoy,mert.kaya,@@secret@@
Selin Aydin,egitmen,Besiktas,selin.aydin,@@p2@@
Deniz Yilmaz,yuruyuscu,Uskudar,deniz.yilmaz,@@p3@@
Ece Demir,pansiyon,Atasehir,ece.demir,@@p4@@
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("log/database-password", "logs/booking-api-crash.log", "https://docs.sqlalchemy.org/en/20/errors.html", """
2024-06-03 02:14:09,551 ERROR booking.db  could not connect
Traceback (most recent call last):
  File "/srv/booking/db.py", line 22, in connect
    engine = create_engine(url)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
(Background on this error at: https://sqlalche.me/e/20/e3q8)
  url = 'postgresql://patili_app:@@secret@@@pg-prod-2.patili.internal:5432/patili_booking'
2024-06-03 02:14:10,002 INFO  booking.db  retrying in 5s
""", words_pw())

add("sql/mysql-user-password", "legacy-php/db/kullanicilar.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- eski takvim uygulaması için kullanıcılar
CREATE USER 'takvim'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON egitim_takvimi.* TO 'takvim'@'10.20.%';
CREATE USER 'rapor'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY '@@p2@@';
GRANT SELECT ON egitim_takvimi.* TO 'rapor'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw(), p2=words_pw())

add("go/basic-auth-password", "collar-gateway/internal/vet/client.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """
package vet

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

// Anlaşmalı veteriner kayıt sistemi (aşı takvimi)
func Vaccinations(chip string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://partner.vetkayit.com.tr/api/v1/chips/"+chip+"/vaccinations", nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("patili-sync", "@@secret@@")
	return httpClient.Do(req)
}
""", rand_pw(20))

_ttp_pw = rand_pw(18)
add("kotlin/time-to-pet-password", "android/walker/app/src/main/java/tr/com/patili/walker/net/TimeToPet.kt", "https://datatracker.ietf.org/doc/html/rfc7617", """
package tr.com.patili.walker.net

import okhttp3.Interceptor
import okhttp3.Response

// Time To Pet entegrasyonu (UK şubesi)
class TimeToPetAuth : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val req = chain.request().newBuilder()
            .header("Authorization", "Basic @@b@@")
            .build()
        return chain.proceed(req)
    }
}
""", _ttp_pw, b=b64("uk-walkers@patiliyuruyus.com:" + _ttp_pw))

add("rust/smtp-password", "walk-tracker/src/mailer.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

// yürüyüş bitti özeti (e-posta)
pub fn send_summary(to: &str, body: String) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("Patili <ozet@patiliyuruyus.com.tr>".parse()?)
        .to(to.parse()?)
        .subject("Yürüyüş özeti")
        .body(body)?;
    let creds = Credentials::new("ozet@patiliyuruyus.com.tr".to_owned(), "@@secret@@".to_owned());
    let mailer = SmtpTransport::relay("smtp.yandex.com.tr")?.credentials(creds).build();
    mailer.send(&email)?;
    Ok(())
}
""", words_pw())

add("python/google-oauth-client-secret", "trainer_portal/calendar_sync.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """
from google_auth_oauthlib.flow import Flow

# Eğitmenlerin Google Takvimleri ile ders eşitleme
CLIENT_CONFIG = {
    "web": {
        "client_id": "@@cid@@.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["https://egitmen.patiliyuruyus.com.tr/oauth/callback"],
    }
}

flow = Flow.from_client_config(CLIENT_CONFIG, scopes=["https://www.googleapis.com/auth/calendar.events"])
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "_-"),
    cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yaml/teams-webhook", "ops/uptime/kuma-notifications.yml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
notifications:
  - name: Operasyon Teams
    type: teams
    webhookUrl: "@@secret@@"
    isDefault: true
monitors:
  - name: Randevu sitesi
    url: https://randevu.patiliyuruyus.com.tr/healthz
    interval: 60
""", "https://patiliyuruyus.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"))

add("env/telegram-bot-token", "bots/owner-bot/.env", "https://core.telegram.org/bots/features#botfather", """
# @PatiliOwnerBot - sahiplere canlı konum bağlantısı
TELEGRAM_BOT_TOKEN=@@secret@@
LIVE_LINK_TTL_MINUTES=120
LIVE_LINK_BASE=https://canli.patiliyuruyus.com.tr/l/
DEFAULT_LANG=tr
""", fakes.telegram_token(_seed()))

add("ini/pypi-token", "sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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
""", fakes.pypi_token(_seed()))

add("shell/twilio-auth-token", "scripts/test_sms.sh", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", """
#!/bin/sh
# UK şubesi SMS testi
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \\
  --data-urlencode "Body=Your walker Tom is on the way" \\
  --data-urlencode "From=+442039962714" \\
  --data-urlencode "To=$1" \\
  -u "@@sid@@:@@secret@@"
""", hexs(32), sid=twilio_sid())

add("php/sendgrid-api-key", "legacy-php/mail/gonder.php", "https://github.com/sendgrid/sendgrid-php#quick-start", """
<?php
require 'vendor/autoload.php';

$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("takvim@patiliyuruyus.com.tr", "Patili Eğitim");
$email->setSubject("Ders hatırlatması");
$email->addTo($_POST['email']);
$email->addContent("text/plain", "Yarınki eğitim dersiniz saat 10:00'da.");

$sendgrid = new \\SendGrid('@@secret@@');
$response = $sendgrid->send($email);
echo $response->statusCode();
""", sendgrid_key())

add("csharp/ldap-password", "KennelDesk/Auth/AdLogin.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.accountmanagement.principalcontext", """
using System.DirectoryServices.AccountManagement;

namespace KennelDesk.Auth;

public static class AdLogin
{
    // servis hesabı ile bağlan, sonra personeli doğrula
    private static readonly PrincipalContext Ctx = new(ContextType.Domain, "patili.local",
        "OU=Personel,DC=patili,DC=local", "svc-kennel", "@@secret@@");

    public static bool Validate(string user, string password) => Ctx.ValidateCredentials(user, password);
}
""", words_pw())

add("markdown/router-admin-password", "docs/subeler/kadikoy-ag.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Kadıköy şubesi ağ bilgileri

- ISS: Türk Telekom fiber, müşteri no 8812734
- Modem: ZTE H3601, arayüz http://192.168.1.1
- Modem yönetici: `admin` / `@@secret@@`
- Misafir Wi-Fi: Patili-Misafir (şifre kasada yazılı, haftalık değişir)

Tasma şarj istasyonu 10.30.1.10 sabit IP; DHCP aralığı dışına alındı.
""", words_pw())

_mbx = "sk.eyJ1IjoicGF0aWxpIiwiYSI6ImNsd" + fakes.drawn(_seed(), 22) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")
add("typescript/mapbox-secret-token", "booking-web/scripts/upload-tiles.ts", "https://docs.mapbox.com/api/maps/uploads/", """
import { execSync } from "node:child_process";

// Yürüyüş bölgeleri katmanını Mapbox'a yükle (sk. token: uploads:write)
const MAPBOX_TOKEN = "@@secret@@";

execSync(`mapbox upload patili.walk-zones ./data/walk-zones.geojson`, {
  env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_TOKEN },
  stdio: "inherit",
});
""", _mbx)

add("java/database-password", "trainer-billing/src/main/java/tr/com/patili/billing/ReportJob.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package tr.com.patili.billing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Aylık eğitmen hakediş raporu. */
public class ReportJob {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://pg-replica.patili.internal:5432/patili_booking?user=rapor&password=@@secret@@";
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT trainer_id, sum(amount) FROM sessions GROUP BY 1")) {
            while (rs.next()) {
                System.out.printf("%s;%s%n", rs.getString(1), rs.getBigDecimal(2));
            }
        }
    }
}
""", rand_pw(16))

add("swift/sendgrid-api-key", "ios/Owner/Sources/Support/FeedbackMailer.swift", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", """
import Foundation

// Geri bildirim formu doğrudan SendGrid'e gidiyor (backend yokken yazıldı)
enum FeedbackMailer {
    static let apiKey = "@@secret@@"

    static func send(_ text: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: ["subject": "Geri bildirim", "text": text])
        _ = try await URLSession.shared.data(for: req)
    }
}
""", sendgrid_key())

add("github-actions/docker-hub-token", ".github/workflows/images.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: Build images
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "@@secret@@" | docker login -u patiliyuruyus --password-stdin
      - run: docker build -t patiliyuruyus/collar-gateway:${{ github.sha }} collar-gateway
      - run: docker push patiliyuruyus/collar-gateway:${{ github.sha }}
""", "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"))

add("compose/redis-password", "deploy/docker-compose.tracker.yml", "https://hub.docker.com/_/redis", """
services:
  redis:
    image: redis:7-alpine
    command: redis-server --requirepass @@secret@@ --appendonly yes
    ports: ["6379:6379"]
  tracker:
    image: ghcr.io/patiliyuruyus/walk-tracker:1.9.0
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("notebook/aws-secret-key", "analytics/notebooks/photo_storage_costs.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "session = boto3.Session(aws_access_key_id='@@kid@@',\\n",
    "                        aws_secret_access_key='@@secret@@',\\n",
    "                        region_name='eu-central-1')\\n",
    "ce = session.client('ce')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("xml/efatura-password", "accounting-sync/config/efatura.xml", "https://www.uyumsoft.com/e-fatura-entegrasyon", """
<?xml version="1.0" encoding="utf-8"?>
<!-- e-Fatura entegratörü (eğitim ve pansiyon faturaları) -->
<efatura>
  <servis url="https://efatura.uyumsoft.com.tr/Services/Integration" />
  <kimlik>
    <vkn>7310498812</vkn>
    <kullanici>Patili_WS</kullanici>
    <sifre>@@secret@@</sifre>
  </kimlik>
  <seri>PTL</seri>
</efatura>
""", words_pw())

add("python/github-fine-grained-token", "ops/scripts/open_release_pr.py", "https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request", """
import sys

import requests

TOKEN = "@@secret@@"
REPO = "patiliyuruyus/walker-app"


def open_pr(branch: str) -> str:
    r = requests.post(f"https://api.github.com/repos/{REPO}/pulls",
                      headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json"},
                      json={"title": f"Sürüm {branch}", "head": branch, "base": "main"}, timeout=10)
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    print(open_pr(sys.argv[1]))
""", fakes.github_fine_grained_token(_seed()))

add("env/heroku-api-key", "landing-page/.env", "https://devcenter.heroku.com/articles/authentication#api-token-storage", """
# eski tanıtım sayfası (Heroku) - kapatılacak
HEROKU_APP=patili-landing
HEROKU_REGION=eu
HEROKU_API_KEY=@@secret@@
CONTACT_FORM_TO=merhaba@patiliyuruyus.com.tr
""", "HRKU-" + uuid_s())

add("yaml/cloudinary-url", "owner-app-api/config/media.yml", "https://cloudinary.com/documentation/node_integration#configuration", """
# Köpek profil fotoğrafları
media:
  provider: cloudinary
  url: cloudinary://@@key@@:@@secret@@@patili-yuruyus
  folder: kopekler
  max_width: 1280
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("properties/newrelic-license-key", "walks-api/newrelic.properties", "https://docs.newrelic.com/docs/apm/agents/java-agent/configuration/java-agent-configuration-config-file/", """
# New Relic Java agent
common.app_name=walks-api (prod)
common.license_key=@@secret@@
common.log_level=info
common.distributed_tracing.enabled=true
""", hexs(36) + "NRAL")

add("markdown/decoy-example-values", "docs/api/webhooks.md", "https://docs.stripe.com/webhooks#verify-manually", """
# Partner webhooks

Each delivery carries `X-Patili-Signature: t=<unix>,v1=<hex hmac-sha256>`.
Verify it with your endpoint secret (shown once in the partner portal, starts with `whsec_`):

```python
expected = hmac.new(endpoint_secret.encode(), f"{t}.{body}".encode(), "sha256").hexdigest()
```

Example header from the docs sandbox:

`X-Patili-Signature: t=1717200000,v1=@@h@@`
""", h=sha256ish())

add("kotlin/decoy-gradle-properties", "android/owner/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# İmza şifreleri CI'da ORG_GRADLE_PROJECT_ ile gelir; burada boş bırakın
RELEASE_STORE_PASSWORD=
RELEASE_KEY_PASSWORD=
""")

# END-OF-CASES

