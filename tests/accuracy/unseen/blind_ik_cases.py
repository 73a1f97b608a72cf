"""Blind set IK: piano tuners and instrument repair workshops (a Slovenian firm, Klavirski servis).

Booking site and shop code, tuning-app sync jobs, workshop humidity sensors and cameras, invoicing
(eRacuni, Minimax), payment and mail vendors, CI, containers, infrastructure, runbooks (a third in
Slovenian), SQL, CSV exports and logs, with their decoys. Generated fakes only (seeds 3700000-3709999).
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
SEED_LO, SEED_HI = 3700000, 3709999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Klavir", "Struna", "Kladivce", "Pedal", "Oktava", "Uglasba", "Resonanca", "Mehanika", "Filc",
         "Lipa", "Javor", "Triglav", "Bled", "Soca", "Pohorje", "Kozolec", "Violina", "Harfa", "Orgle", "Tipka"]
LOWER = ["struna", "kladivo", "javor", "smreka", "pedal", "filc", "oktava", "lok", "cembalo", "lipa",
         "zvok", "kobilica", "vijak", "lak", "tipka", "ubiralka"]

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
    CASES.append(LabelledCase(f"blind-ik/{category}", file_name, text, secret, source))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn_mixed(_seed(), 24)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "-_")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn_mixed(_seed(), 93, ALNUM + "-_") + "AA"


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def dropbox_token() -> str:
    return "sl." + fakes.drawn_mixed(_seed(), 136, ALNUM + "-_")


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoia2xhdmlyc2VydmlzIiwiYSI6I" + fakes.drawn_mixed(_seed(), 24) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoia2xhdmlyc2VydmlzIiwiYSI6I" + fakes.drawn_mixed(_seed(), 24) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_")


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn_mixed(_seed(), 68, ALNUM + "-_")


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def azure_conn() -> str:
    return fakes.drawn_mixed(_seed(), 86, ALNUM + "+/") + "=="


def sha256() -> str:
    return hexs(64)


# ---------------------------------------------------------------- env files
add("env/stripe-secret-key", "booking/.env.production", "https://docs.stripe.com/keys", """
# Klavirski servis - spletno narocanje uglasevanja
DJANGO_SETTINGS_MODULE=narocila.settings.prod
ALLOWED_HOSTS=narocila.klavirski-servis.si
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=eur
TUNING_BASE_PRICE_CENTS=9500
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/smtp-password", "shop/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
EMAIL_HOST=smtp.siol.net
EMAIL_PORT=587
EMAIL_USE_TLS=true
EMAIL_HOST_USER=servis@klavirski-servis.si
EMAIL_HOST_PASSWORD=@@secret@@
DEFAULT_FROM_EMAIL="Klavirski servis <servis@klavirski-servis.si>"
""", words_pw())

add("env/decoy-placeholder", "booking/.env.example", "https://12factor.net/config", """
# Kopiraj v .env in izpolni vrednosti (copy to .env and fill in)
STRIPE_PUBLISHABLE_KEY=pk_live_your_key_here
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
EMAIL_HOST_PASSWORD=changeme
ERACUNI_API_TOKEN=<vnesi-token>
DATABASE_URL=postgres://narocila:password@localhost:5432/narocila
""")

add("env/mailgun-api-key", "tuner-app/.env.staging", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
APP_ENV=staging
MAILGUN_DOMAIN=mg.klavirski-servis.si
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
REMINDER_DAYS_BEFORE=3
""", mailgun_key())

add("env/decoy-env-reference", "deploy/compose.env", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
# vrednosti pridejo iz GitLab CI spremenljivk
POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
ERACUNI_TOKEN=${ERACUNI_TOKEN:?manjka}
SENTRY_ENVIRONMENT=production
""")

add("env/redis-password", "workers/.env.local", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
# celery delavci: opomniki, sinhronizacija vlage, izvoz racunov
CELERY_BROKER_URL=redis://:@@secret@@@10.20.0.14:6379/2
CELERY_RESULT_BACKEND=redis://:@@secret@@@10.20.0.14:6379/3
HUMIDITY_POLL_SECONDS=300
CELERY_TIMEZONE=Europe/Ljubljana
""", fakes.redis_password(_seed()))

add("env/telegram-bot-token", "alerts/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# bot za obvestila o vlagi v skladiscu klavirjev
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001873345120
HUMIDITY_MIN=40
HUMIDITY_MAX=60
""", telegram())

add("env/decoy-public-ids", "frontend/.env.production", "https://vitejs.dev/guide/env-and-mode", """
VITE_API_BASE=https://api.klavirski-servis.si
VITE_STRIPE_PK=@@pk@@
VITE_RECAPTCHA_SITE_KEY=6LdK3xQpAAAAAJ7nQm1vTzXr8cYbW2eHsLfGpD4u
VITE_PLAUSIBLE_DOMAIN=klavirski-servis.si
VITE_GOOGLE_CLIENT_ID=418220957731-k3c0v9r2q8m5n1t7hx6bgd4ljfw0ypsa.apps.googleusercontent.com
""", pk=stripe_key("pk_live_"))

add("env/aws-secret-key", "backups/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# nightly pg_dump + photos of repaired instruments -> S3
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-central-1
BACKUP_BUCKET=klavirski-servis-backups
""", aws_secret(), kid=aws_id())

add("env/brevo-api-key", "newsletter/.env", "https://developers.brevo.com/docs/getting-started", """
# Novice za stranke (zimska akcija uglasevanja)
BREVO_API_KEY=@@secret@@
BREVO_LIST_ID=14
BREVO_TEMPLATE_ZIMA=37
SENDER=novice@klavirski-servis.si
""", brevo_key())

# ---------------------------------------------------------------- python
add("python/eracuni-api-token", "integrations/eracuni/client.py", "https://e-racuni.com/si9/ApiDocumentation", """
\"\"\"Izdaja racunov v e-racuni.com za opravljena uglasevanja.\"\"\"
import requests

API_URL = "https://e-racuni.com/WebServicesSI/API"
USERNAME = "klavirski.servis"
SECRET_KEY = "@@secret@@"
TOKEN = "E5B1D3A2C9"


def izdaj_racun(stranka, postavke):
    payload = {
        "username": USERNAME,
        "secretKey": SECRET_KEY,
        "token": TOKEN,
        "method": "SalesInvoiceCreate",
        "parameters": {"SalesInvoice": {"buyerName": stranka, "Items": postavke}},
    }
    return requests.post(API_URL, json=payload, timeout=20).json()
""", hexs(32).upper())

add("python/postgres-password", "narocila/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "narocila",
        "USER": "narocila_app",
        "PASSWORD": "@@secret@@",
        "HOST": "db.ljubljana.internal",
        "PORT": "5432",
    }
}
TIME_ZONE = "Europe/Ljubljana"
LANGUAGE_CODE = "sl"
""", words_pw())

add("python/django-secret-key", "narocila/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = "@@secret@@"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "narocila.termini",
    "narocila.klavirji",
]
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-lookup", "narocila/settings/secrets.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")
ERACUNI_SECRET = os.environ.get("ERACUNI_SECRET_KEY", "sk-not-set")
""")

add("python/twilio-auth-token", "reminders/sms.py", "https://www.twilio.com/docs/usage/requests-to-twilio", """
from twilio.rest import Client

# SMS opomnik dan pred uglasevanjem
client = Client("@@sid@@", "@@secret@@")


def opomni(telefon: str, termin: str) -> None:
    client.messages.create(
        to=telefon,
        from_="+38640123456",
        body=f"Klavirski servis: jutri ob {termin} pride uglasevalec. Odgovori NE za odpoved.",
    )
""", hexs(32), sid=twilio_sid())

add("python/decoy-test-fixture", "tests/test_pricing.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from narocila.cenik import cena_uglasevanja

FAKE_CARD = "4242424242424242"
FAKE_PASSWORD = "test-password"


@pytest.mark.parametrize("razred, pricakovano", [("pokoncni", 95), ("koncertni", 140)])
def test_cena(razred, pricakovano):
    assert cena_uglasevanja(razred) == pricakovano
""")

add("python/mqtt-password", "sensors/humidity_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.skladisce.klavirski-servis.si"

client = mqtt.Client(client_id="hygro-bridge-01")
client.username_pw_set("hygro", "@@secret@@")
client.tls_set()


def on_message(_c, _u, msg):
    reading = json.loads(msg.payload)
    print(reading["room"], reading["rh"], reading["temp"])


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("skladisce/+/vlaga")
client.loop_forever()
""", rand_pw(22))

add("python/google-maps-key", "routing/plan_route.py", "https://developers.google.com/maps/documentation/directions/get-api-key", """
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")


def plan_dneva(naslovi):
    \"\"\"Optimal route for a tuner's day across Ljubljana and Gorenjska.\"\"\"
    return gmaps.directions(
        "Celovska cesta 150, Ljubljana",
        "Celovska cesta 150, Ljubljana",
        waypoints=naslovi,
        optimize_waypoints=True,
    )
""", google_key())

add("python/decoy-checksum", "firmware/verify.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib
import sys

# SHA-256 of the approved hygrometer firmware images
APPROVED = {
    "hygro-v2.4.1.bin": "@@h1@@",
    "hygro-v2.5.0.bin": "@@h2@@",
}


def main(path: str) -> int:
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return 0 if digest in APPROVED.values() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
""", h1=sha256(), h2=sha256())

add("python/openai-api-key", "notebooks/helpers/opisi.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

# generira opise rabljenih klavirjev za spletno trgovino
client = OpenAI(api_key="@@secret@@")


def opis(znamka: str, model: str, leto: int) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Napisi kratek opis: {znamka} {model}, letnik {leto}"}],
    )
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/minimax-client-secret", "integrations/minimax/auth.py", "https://moj.minimax.si/SI/API/Help", """
import requests

TOKEN_URL = "https://moj.minimax.si/SI/AUT/oauth20/token"


def get_token():
    data = {
        "grant_type": "password",
        "client_id": "KlavirskiServis",
        "client_secret": "@@secret@@",
        "username": "racunovodstvo@klavirski-servis.si",
        "password": "from-keyring",
        "scope": "minimax.si",
    }
    return requests.post(TOKEN_URL, data=data, timeout=15).json()["access_token"]
""", rand_pw(32))

add("python/decoy-keyring", "integrations/minimax/creds.py", "https://pypi.org/project/keyring/", """
import keyring

SERVICE = "minimax-klavirski-servis"


def password(user: str) -> str:
    value = keyring.get_password(SERVICE, user)
    if value is None:
        raise RuntimeError("Geslo ni nastavljeno: keyring set minimax-klavirski-servis " + user)
    return value
""")

add("python/sendgrid-api-key", "shop/notifications/email.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def poslji_potrditev(email: str, stevilka: str) -> None:
    msg = Mail(
        from_email="trgovina@klavirski-servis.si",
        to_emails=email,
        subject=f"Narocilo {stevilka} potrjeno",
        html_content="<p>Hvala za nakup strun in filca.</p>",
    )
    sg.send(msg)
""", sendgrid_key())

add("python/ftp-password", "scripts/upload_catalogue.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS

# nalozi cenik rezervnih delov na streznik dobavitelja
ftp = FTP_TLS("ftp.renner-parts.de")
ftp.login(user="klavservis_si", passwd="@@secret@@")
ftp.prot_p()
with open("export/cenik.csv", "rb") as fh:
    ftp.storbinary("STOR incoming/cenik_si.csv", fh)
ftp.quit()
""", words_pw())

_LDAP = words_pw() + "Qz"
add("python/split-ldap-password", "tools/staff_sync.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """
from ldap3 import Connection, Server

server = Server("ldaps://dc01.klavirski-servis.local")
BIND_PW = ("@@p1@@"
           "@@p2@@")
conn = Connection(server, "CN=svc-sync,OU=Service,DC=klavirski-servis,DC=local", BIND_PW, auto_bind=True)
conn.search("OU=Uglasevalci,DC=klavirski-servis,DC=local", "(objectClass=user)", attributes=["mail", "mobile"])
for entry in conn.entries:
    print(entry.mail, entry.mobile)
""", _LDAP, p1=_LDAP[:9], p2=_LDAP[9:])

# ---------------------------------------------------------------- yaml / k8s / compose
add("yaml/mysql-password", "config/workshop.yml", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
workshop:
  name: Delavnica Maribor
  address: Partizanska cesta 12, 2000 Maribor
  database:
    url: mysql+pymysql://delavnica:@@secret@@@mysql.mb.internal:3306/popravila
    pool_size: 5
  labels:
    printer: Zebra ZD421
    template: popravilo_etiketa.zpl
""", rand_pw(16))

add("yaml/decoy-vault-reference", "config/production.yml", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
payments:
  stripe_secret_key: "{{ vault 'secret/data/booking/stripe#secret_key' }}"
  bankart_api_password: "vault:secret/data/booking/bankart#password"
mail:
  host: smtp.siol.net
  password_file: /run/secrets/smtp_password
sensors:
  mqtt_password: ${MQTT_PASSWORD}
""")

_PG = words_pw()
add("k8s-secret/postgres-password", "k8s/booking/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: narocila-db
  namespace: booking
  labels:
    app.kubernetes.io/part-of: klavirski-servis
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@db@@
""", _PG, user=b64("narocila_app"), enc=b64(_PG), db=b64("narocila"))

add("k8s-secret/stripe-secret-key", "k8s/booking/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: booking
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_WEBHOOK_SECRET: "@@wh@@"
""", stripe_key("rk_live_"), wh="whsec_" + fakes.drawn_mixed(_seed(), 32))

add("k8s-secret/decoy-sealed-secret", "k8s/booking/sealed-smtp.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp
  namespace: booking
spec:
  encryptedData:
    EMAIL_HOST_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq@@e1@@
    MAILGUN_API_KEY: AgCtr8Kq0mNnW+1ZT9vUq@@e2@@
  template:
    metadata:
      name: smtp
      namespace: booking
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 320, ALNUM + "+/"))

add("k8s/decoy-secret-key-ref", "k8s/booking/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: narocila
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: {app: narocila}
  template:
    metadata:
      labels: {app: narocila}
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/klavirski-servis/narocila:2.14.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: STRIPE_SECRET_KEY}
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: narocila-db, key: POSTGRES_PASSWORD}
""")

add("compose/mqtt-password", "sensors/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    ports: ["8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  bridge:
    build: .
    environment:
      MQTT_HOST: mosquitto
      MQTT_USER: hygro
      MQTT_PASSWORD: "@@secret@@"
      INFLUX_URL: http://influx:8086
  influx:
    image: influxdb:2.7
""", passphrase())

add("compose/influxdb-token", "monitoring/docker-compose.yml", "https://docs.influxdata.com/influxdb/v2/install/use-docker-compose/", """
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: adminadmin
      DOCKER_INFLUXDB_INIT_ORG: klavirski-servis
      DOCKER_INFLUXDB_INIT_BUCKET: vlaga
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@secret@@
  grafana:
    image: grafana/grafana:11.1.0
    ports: ["3000:3000"]
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("compose/decoy-secrets-file", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  web:
    image: registry.gitlab.com/klavirski-servis/narocila:2.14.0
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_key
    secrets: [db_password, stripe_key]
secrets:
  db_password:
    file: ./secrets/db_password.txt
  stripe_key:
    external: true
""")

add("dockerfile/pip-index-password", "tuner-sync/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir \\
    --extra-index-url https://deploy:@@secret@@@pypi.klavirski-servis.si/simple/ \\
    -r requirements.txt
COPY . .
CMD ["python", "-m", "tuner_sync"]
""", rand_pw(24))

add("dockerfile/decoy-build-arg", "booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ARG PIP_INDEX_URL
ENV PYTHONUNBUFFERED=1 TZ=Europe/Ljubljana
WORKDIR /srv/narocila
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://deploy:$(cat /run/secrets/pip_token)@pypi.klavirski-servis.si/simple/" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "narocila.wsgi", "-b", "0.0.0.0:8000"]
""")

add("dockerfile/sentry-auth-token", "frontend/Dockerfile", "https://docs.sentry.io/cli/configuration/", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
ENV SENTRY_AUTH_TOKEN=@@secret@@
ENV SENTRY_ORG=klavirski-servis
RUN npm run build && npx sentry-cli sourcemaps upload dist
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", "sntrys_" + b64('{"iat":1718003311.52,"url":"https://sentry.io","region_url":"https://de.sentry.io",'
                    '"org":"klavirski-servis"}').rstrip("=") + "_" + fakes.drawn_mixed(_seed(), 43, ALNUM + "/+"))

# ---------------------------------------------------------------- github actions / gitlab ci
add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy
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
      - run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: release tunelog
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", pypi())

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: obvestilo o izdaji
on:
  release:
    types: [published]
jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Poslji obvestilo ekipi
        run: |
          curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001873345120 \\
            -d text="Nova verzija aplikacije za uglasevalce: ${{ github.event.release.tag_name }}"
""", telegram())

add("yaml/gitlab-deploy-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/project/deploy_tokens/", """
stages: [test, build, deploy]

variables:
  REGISTRY_USER: gitlab+deploy-token-41
  REGISTRY_PASS: @@secret@@

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASS" registry.gitlab.com
    - docker build -t registry.gitlab.com/klavirski-servis/narocila:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/klavirski-servis/narocila:$CI_COMMIT_SHORT_SHA
""", gitlab_token())

add("github-actions/decoy-oidc", ".github/workflows/backup.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: nocna varnostna kopija
on:
  schedule: [{cron: "15 1 * * *"}]
permissions:
  id-token: write
  contents: read
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482913550172:role/gh-backup
          aws-region: eu-central-1
      - run: aws s3 sync ./fotografije s3://klavirski-servis-backups/fotografije
""")

# ---------------------------------------------------------------- terraform / ansible
add("terraform/digitalocean-token", "infra/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "narocila" {
  name   = "narocila-fra1"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token())

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "do_token" {
  description = "DigitalOcean API token (iz 1Password: Infra / DigitalOcean)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("terraform/rds-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "zaloga" {
  identifier        = "zaloga-rezervnih-delov"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  db_name           = "zaloga"
  username          = "zaloga_admin"
  password          = "@@secret@@"
  skip_final_snapshot = true
  tags = { Owner = "delavnica-celje" }
}
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/workshops/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/mikrotik-admin-password", "ansible/host_vars/router-ljubljana.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/docsite/api-guide.html", """
ansible_host: 192.168.88.1
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
ansible_password: @@secret@@
wifi_ssid: KlavirskiServis-Delavnica
wifi_guest_ssid: Stranke
""", words_pw())

add("ansible/smtp-password", "ansible/roles/postfix/defaults/main.yml", "https://www.postfix.org/SASL_README.html#client_sasl_enable", """
postfix_relayhost: "[smtp-relay.brevo.com]:587"
postfix_sasl_user: "servis@klavirski-servis.si"
postfix_sasl_password: "@@secret@@"
postfix_inet_interfaces: loopback-only
postfix_mydomain: klavirski-servis.si
""", fakes.drawn_mixed(_seed(), 16))

# ---------------------------------------------------------------- json / toml / ini / properties
add("json/woocommerce-consumer-secret", "shop-sync/config.json", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
{
  "store": "https://trgovina.klavirski-servis.si",
  "consumer_key": "@@ck@@",
  "consumer_secret": "@@secret@@",
  "api_version": "wc/v3",
  "sync": {
    "categories": ["strune", "filc", "kladivca", "ubiralke"],
    "stock_source": "minimax",
    "interval_minutes": 30
  }
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("json/decoy-package-lock", "frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "narocila-frontend",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/vue": {
      "version": "3.4.31",
      "resolved": "https://registry.npmjs.org/vue/-/vue-3.4.31.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

# (the key as the JSON file holds it: one line, newlines escaped)
_GSA = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "credentials/calendar-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "klavirski-servis-koledar",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "koledar-sync@klavirski-servis-koledar.iam.gserviceaccount.com",
  "client_id": "104882310457719023364",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _GSA, kid=hexs(40), pk=_GSA)

add("json/decoy-tuning-profile", "tuner-app/profiles/steinway_b211.json", "https://www.tunelab-world.com/", """
{
  "instrument": "Steinway & Sons B-211",
  "serial": "S-582104",
  "a4_hz": 442.0,
  "inharmonicity": {"A0": 0.00291, "A4": 0.00041, "C8": 0.0187},
  "stretch_cents": [-18.5, -9.2, -3.1, 0.0, 1.8, 6.4, 14.9],
  "profile_id": "@@u@@",
  "checksum": "@@h@@"
}
""", u=uuid_s(), h=hexs(40))

add("json/decoy-composer-lock-hash", "shop/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "_readme": [
        "This file locks the dependencies of your project to a known state"
    ],
    "content-hash": "@@h1@@",
    "packages": [
        {
            "name": "stripe/stripe-php",
            "version": "v15.3.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/stripe/stripe-php/zipball/@@h2@@",
                "shasum": ""
            }
        }
    ]
}
""", h1=hexs(32), h2=hexs(40))

add("json/hubspot-private-app-token", "crm/hubspot.settings.json", "https://developers.hubspot.com/docs/api/private-apps", """
{
  "portalId": 143920118,
  "accessToken": "@@secret@@",
  "pipelines": {
    "servis": "koncertni-klavirji",
    "prodaja": "rabljeni-klavirji"
  },
  "syncContacts": true
}
""", hubspot_token())

add("toml/pypi-token", "tunelog/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# kept next to pyproject for the release script (tunelog: open-source log parser for TuneLab files)
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", pypi())

add("toml/decoy-pyproject", "tunelog/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "tunelog"
version = "0.7.2"
description = "Parse TuneLab and Verituner tuning files, chart inharmonicity."
authors = [{name = "Klavirski servis d.o.o.", email = "razvoj@klavirski-servis.si"}]
requires-python = ">=3.10"
dependencies = ["numpy>=1.26", "matplotlib>=3.8"]

[tool.hatch.publish.index]
repos = { main = "https://upload.pypi.org/legacy/" }
""")

add("toml/anthropic-api-key", "assistant/config.toml", "https://docs.anthropic.com/en/api/getting-started", """
# asistent za odgovore na povprasevanja o popravilih
[llm]
provider = "anthropic"
model = "claude-3-5-sonnet-latest"
api_key = "@@secret@@"
max_tokens = 800

[prompts]
system = "Si prijazen svetovalec delavnice za popravila klavirjev in godal."
""", anthropic_key())

add("toml/decoy-netlify", "frontend/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_API_BASE = "https://api.klavirski-servis.si"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://js.stripe.com"
""")

add("ini/ldap-bind-password", "intranet/sssd.conf", "https://sssd.io/docs/ldap/ldap-introduction.html", """
[sssd]
services = nss, pam
domains = klavirski-servis.local

[domain/klavirski-servis.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.klavirski-servis.local
ldap_search_base = DC=klavirski-servis,DC=local
ldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=klavirski-servis,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[fotografije-readonly]
role_arn = arn:aws:iam::482913550172:role/photos-readonly
source_profile = default
region = eu-central-1
""", aws_secret(), kid=aws_id())

add("ini/decoy-odbc-template", "reports/odbc.ini.sample", "https://www.unixodbc.org/odbcinst.html", """
; Primer - pravo geslo je v KeePass (Racunovodstvo / Minimax ODBC)
[Zaloga]
Driver = PostgreSQL Unicode
Servername = db.ljubljana.internal
Port = 5432
Database = zaloga
Username = porocila
Password = <geslo iz KeePass>
""")

add("ini/mysql-password", "delavnica-celje/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
user = popravila
password = "@@secret@@"
host = 10.30.0.5
default-character-set = utf8mb4

[mysqldump]
single-transaction
""", rand_pw(14, "!#%"))

add("properties/smtp-password", "tuner-backend/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.datasource.url=jdbc:postgresql://db.ljubljana.internal:5432/termini
spring.datasource.username=termini
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=termini@klavirski-servis.si
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", words_pw())

add("properties/decoy-placeholder", "tuner-backend/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
server.port=8080
spring.application.name=termini
spring.datasource.url=jdbc:postgresql://localhost:5432/termini
spring.datasource.username=termini
spring.datasource.password=${DB_PASSWORD:termini}
spring.mail.password=${MAIL_PASSWORD}
bankart.api.key=${BANKART_API_KEY}
bankart.shared.secret=${BANKART_SHARED_SECRET}
""")

# ---------------------------------------------------------------- php / ruby
add("php/bankart-shared-secret", "shop/app/Payments/BankartGateway.php", "https://gateway.bankart.si/documentation/apiv3", """
<?php

namespace App\\Payments;

use PaymentGateway\\Client\\Client;

class BankartGateway
{
    private const API_USER = 'klavirski_api';
    private const API_PASSWORD = 'from-env';
    private const API_KEY = 'klavirski-servis-eshop';
    private const SHARED_SECRET = '@@secret@@';

    public function client(): Client
    {
        $password = getenv('BANKART_API_PASSWORD');
        return new Client(self::API_USER, $password, self::API_KEY, self::SHARED_SECRET);
    }
}
""", fakes.drawn_mixed(_seed(), 30))

add("php/mysql-password", "shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Trgovina s strunami in rezervnimi deli */
define( 'DB_NAME', 'trgovina_wp' );
define( 'DB_USER', 'trgovina' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'ks_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-getenv", "shop/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
];
""")

add("php/mailchimp-api-key", "shop/app/Newsletter/Subscribe.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
<?php

namespace App\\Newsletter;

class Subscribe
{
    public static function client(): \\MailchimpMarketing\\ApiClient
    {
        $mc = new \\MailchimpMarketing\\ApiClient();
        $mc->setConfig([
            'apiKey' => '@@secret@@',
            'server' => 'us21',
        ]);
        return $mc;
    }
}
""", mailchimp_key())

add("ruby/sendgrid-api-key", "legacy-crm/config/initializers/mail.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@secret@@",
  domain: "klavirski-servis.si",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid_key())

add("ruby/decoy-credentials-fetch", "legacy-crm/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

# Publishable key is safe to ship to the browser
STRIPE_PUBLISHABLE = "@@pk@@"
""", pk=stripe_key("pk_live_"))

# ---------------------------------------------------------------- go / java / kotlin / csharp
add("go/hikvision-camera-password", "cctv/snapshot/main.go", "https://www.hikvision.com/content/dam/hikvision/en/support/download/isapi/", """
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

// Slika delavnice vsakih 10 minut za zavarovalnico (dragoceni instrumenti v popravilu).
const cameraURL = "http://192.168.20.31/ISAPI/Streaming/channels/101/picture"

func main() {
	req, _ := http.NewRequest("GET", cameraURL, nil)
	req.SetBasicAuth("admin", "@@secret@@")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	f, _ := os.Create("/var/lib/cctv/delavnica.jpg")
	io.Copy(f, resp.Body)
}
""", words_pw())

add("go/slack-webhook", "cctv/alert/notify.go", "https://api.slack.com/messaging/webhooks", """
package alert

import (
	"bytes"
	"encoding/json"
	"net/http"
)

var webhook = "@@secret@@"

func Notify(text string) error {
	body, _ := json.Marshal(map[string]string{"text": text})
	_, err := http.Post(webhook, "application/json", bytes.NewReader(body))
	return err
}
""", slack_webhook())

add("go/decoy-env", "tuner-sync/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	DatabaseURL string
	EracuniKey  string
	MQTTPass    string
}

func Load() Config {
	return Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		EracuniKey:  os.Getenv("ERACUNI_SECRET_KEY"),
		MQTTPass:    os.Getenv("MQTT_PASSWORD"),
	}
}
""")

add("java/postgres-password", "tuner-backend/src/main/java/si/klavirskiservis/termini/DbConfig.java", "https://jdbc.postgresql.org/documentation/use/", """
package si.klavirskiservis.termini;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class DbConfig {
    private DbConfig() {}

    public static HikariDataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://db.ljubljana.internal:5432/termini?user=termini&password=@@secret@@");
        cfg.setMaximumPoolSize(8);
        return new HikariDataSource(cfg);
    }
}
""", rand_pw(18))

add("java/decoy-test-constants", "tuner-backend/src/test/java/si/klavirskiservis/termini/TestData.java", "https://junit.org/junit5/docs/current/user-guide/", """
package si.klavirskiservis.termini;

final class TestData {
    static final String CUSTOMER_EMAIL = "ana.novak@example.com";
    static final String PASSWORD = "password123";
    static final String API_KEY = "test-api-key";
    static final String PIANO_SERIAL = "YAMAHA-U3-4471829";
    static final String APPOINTMENT_ID = "@@u@@";

    private TestData() {}
}
""", u=uuid_s())

add("kotlin/firebase-server-key", "tuner-android/app/src/main/java/si/klavirskiservis/uglasevalec/push/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
package si.klavirskiservis.uglasevalec.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// TODO premakni na streznik
private const val SERVER_KEY = "AAAA@@k1@@:APA91b@@k2@@"

fun sendPush(token: String, title: String) {
    val body = \"\"\"{"to":"$token","notification":{"title":"$title"}}\"\"\"
    val req = Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=$SERVER_KEY")
        .post(body.toRequestBody("application/json".toMediaType()))
        .build()
    OkHttpClient().newCall(req).execute().close()
}
""", _FCM := "AAAA" + fakes.drawn_mixed(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "-_"),
    k1=_FCM[4:11], k2=_FCM[18:])

add("kotlin/decoy-buildconfig", "tuner-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "si.klavirskiservis.uglasevalec"
    compileSdk = 34
    defaultConfig {
        applicationId = "si.klavirskiservis.uglasevalec"
        minSdk = 26
        versionCode = 41
        versionName = "3.2.0"
        buildConfigField("String", "API_BASE", "\\"https://api.klavirski-servis.si\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
}
""")

add("csharp/azure-storage-connection", "ServisDesktop/App.config", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Delavnica" value="Ljubljana" />
    <add key="FotoContainer" value="popravila-foto" />
  </appSettings>
  <connectionStrings>
    <add name="Foto" connectionString="DefaultEndpointsProtocol=https;AccountName=klavirskiservisfoto;AccountKey=@@secret@@;EndpointSuffix=core.windows.net" />
  </connectionStrings>
</configuration>
""", azure_conn())

add("csharp/sql-server-password", "ServisDesktop/Data/ServisContext.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using Microsoft.EntityFrameworkCore;

namespace ServisDesktop.Data
{
    public class ServisContext : DbContext
    {
        public DbSet<Popravilo> Popravila { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder options)
            => options.UseSqlServer(
                "Server=SRV-DELAVNICA\\\\SQLEXPRESS;Database=Servis;User Id=servis_app;Password=@@secret@@;TrustServerCertificate=True");
    }
}
""", words_pw())

add("csharp/decoy-user-secrets", "ServisDesktop/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json")
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables(prefix: "SERVIS_")
    .Build();

var conn = config.GetConnectionString("Servis");
var smtpPassword = config["Smtp:Password"] ?? throw new InvalidOperationException("Smtp:Password ni nastavljen");
Console.WriteLine($"Povezujem se na {new Uri(config["Api:Base"]!).Host}");
""")

# ---------------------------------------------------------------- typescript / rust / swift
add("typescript/stripe-secret-key", "booking-api/src/payments/stripe.ts", "https://docs.stripe.com/api/authentication", """
import Stripe from "stripe";

// Avans za popravilo koncertnega klavirja (30 %)
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function avans(narociloId: string, znesekCenti: number) {
  return stripe.paymentIntents.create({
    amount: Math.round(znesekCenti * 0.3),
    currency: "eur",
    metadata: { narociloId },
  });
}
""", stripe_key())

add("typescript/decoy-publishable", "frontend/src/lib/stripe.ts", "https://docs.stripe.com/js/initializing", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: public by design, shipped in the bundle
export const stripePromise = loadStripe("@@pk@@", { locale: "sl" });

export const MAPBOX_TOKEN = "@@mb@@";
""", pk=stripe_key("pk_live_"), mb=mapbox_public())

add("typescript/mapbox-secret-token", "scripts/upload-tileset.ts", "https://docs.mapbox.com/accounts/guides/tokens/", """
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";

// uploads the service-area map (regions our tuners cover) - needs a secret scope token
const uploads = mbxUploads({ accessToken: "@@secret@@" });

await uploads.createUpload({
  tileset: "klavirservis.obmocja",
  url: "https://klavirski-servis-tiles.s3.eu-central-1.amazonaws.com/obmocja.geojson",
  name: "Obmocja uglasevalcev 2024",
}).send();
""", mapbox_secret())

add("typescript/discord-webhook", "bots/src/workshop-feed.ts", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
const WEBHOOK = "@@secret@@";

export async function objaviKoncano(instrument: string, stranka: string) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Koncano: ${instrument} (${stranka}) - pripravljeno za prevzem` }),
  });
}
""", discord_webhook())

add("typescript/decoy-regex", "booking-api/src/validation/patterns.ts", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions", """
// Patterns used by the log scrubber before logs leave the server
export const STRIPE_SECRET = /sk_(live|test)_[A-Za-z0-9]{24,99}/g;
export const IBAN_SI = /SI56\\s?\\d{4}\\s?\\d{4}\\s?\\d{4}\\s?\\d{3}/g;
export const BEARER = /Bearer\\s+[A-Za-z0-9._~+\\/-]+=*/g;

export function scrub(line: string): string {
  return line.replace(STRIPE_SECRET, "sk_***").replace(IBAN_SI, "SI56 ****").replace(BEARER, "Bearer ***");
}
""")

add("rust/mqtt-password", "hygro-gateway/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("hygro-gw-maribor", "mqtt.skladisce.klavirski-servis.si", 1883);
    opts.set_credentials("hygro-mb", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("skladisce/maribor/vlaga", QoS::AtLeastOnce).unwrap();
    for event in conn.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(20))

add("rust/decoy-test-vector", "hygro-gateway/src/crc.rs", "https://reveng.sourceforge.io/crc-catalogue/", """
/// CRC-16/MODBUS for the RS-485 hygrometers in the piano store.
pub fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for b in data {
        crc ^= *b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

#[test]
fn check_value() {
    assert_eq!(crc16(b"123456789"), 0x4B37);
}
""")

add("swift/twilio-auth-token", "TunerIOS/TunerIOS/Services/SmsService.swift", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", """
import Foundation

struct SmsService {
    static let accountSid = "@@sid@@"
    static let authToken = "@@secret@@"

    static func send(to: String, body: String) async throws {
        let url = URL(string: "https://api.twilio.com/2010-04-01/Accounts/\\(accountSid)/Messages.json")!
        var req = URLRequest(url: url)
        req.httpMethod = "POST"
        let cred = Data("\\(accountSid):\\(authToken)".utf8).base64EncodedString()
        req.setValue("Basic \\(cred)", forHTTPHeaderField: "Authorization")
        req.httpBody = "To=\\(to)&From=+38640123456&Body=\\(body)".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", hexs(32), sid=twilio_sid())

add("plist/decoy-google-service-info", "TunerIOS/TunerIOS/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>418220957731-9f2kq1vb7c3hm0n8e5r4t6yudwxs0pla.apps.googleusercontent.com</string>
	<key>BUNDLE_ID</key>
	<string>si.klavirskiservis.uglasevalec</string>
	<key>PROJECT_ID</key>
	<string>klavirski-servis-app</string>
	<key>GCM_SENDER_ID</key>
	<string>418220957731</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418220957731:ios:5d1c8e9f0a2b3c4d</string>
</dict>
</plist>
""")

add("plist/revenuecat-secret-key", "TunerIOS/TunerIOS/Secrets.plist", "https://www.revenuecat.com/docs/welcome/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>RevenueCatPublicKey</key>
	<string>appl_@@pub@@</string>
	<key>RevenueCatSecretKey</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", "sk_" + fakes.drawn_mixed(_seed(), 32), pub=fakes.drawn_mixed(_seed(), 27))

# ---------------------------------------------------------------- shell / powershell
add("shell/eracuni-api-token", "scripts/izvoz_racunov.sh", "https://e-racuni.com/si9/ApiDocumentation", """
#!/usr/bin/env bash
# Mesecni izvoz racunov za racunovodstvo (zazene se 1. v mesecu)
set -euo pipefail

MESEC=$(date -d "last month" +%Y-%m)
curl -sS https://e-racuni.com/WebServicesSI/API \\
  -H 'Content-Type: application/json' \\
  -d '{"username":"klavirski.servis","secretKey":"@@secret@@","token":"E5B1D3A2C9","method":"SalesInvoiceList","parameters":{"dateFrom":"'"$MESEC"'-01"}}' \\
  > "/srv/izvoz/racuni-$MESEC.json"
echo "izvoz $MESEC koncan"
""", hexs(32).upper())

add("shell/mysql-password", "scripts/backup_delavnica.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
# nightly dump of the Celje workshop repair database
DATE=$(date +%F)
mysqldump -h 10.30.0.5 -u popravila -p'@@secret@@' --single-transaction popravila \\
  | gzip > /backup/popravila-$DATE.sql.gz
find /backup -name 'popravila-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/decoy-read-secret", "scripts/deploy.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
set -euo pipefail
: "${STRIPE_SECRET_KEY:?nastavi STRIPE_SECRET_KEY}"
DB_PASSWORD="$(pass show klavirski/narocila/db)"
export DB_PASSWORD
ssh deploy@narocila.klavirski-servis.si "cd /srv/narocila && git pull && systemctl restart narocila"
echo "Deploy OK ($(git rev-parse --short HEAD))"
""")

add("shell/github-token", "scripts/mirror_repos.sh", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
#!/usr/bin/env bash
# zrcali repozitorije z GitLaba na GitHub (arhiv)
GH_TOKEN=@@secret@@
for repo in narocila tuner-sync hygro-gateway tunelog; do
  git clone --mirror "https://gitlab.com/klavirski-servis/$repo.git" "/tmp/$repo.git"
  git -C "/tmp/$repo.git" push --mirror "https://x-access-token:$GH_TOKEN@github.com/klavirski-servis/$repo.git"
done
""", github())

add("shell/unifi-controller-password", "scripts/wifi_guest_voucher.sh", "https://ubntwiki.com/products/software/unifi-controller/api", """
#!/bin/bash
# Ustvari WiFi kupon za stranke, ki cakajo na popravilo
UNIFI=https://192.168.1.2:8443
COOKIE=$(mktemp)
curl -sk -c "$COOKIE" -d '{"username":"tehnik","password":"@@secret@@"}' "$UNIFI/api/login" >/dev/null
curl -sk -b "$COOKIE" -d '{"cmd":"create-voucher","expire":240,"n":1,"note":"cakalnica"}' \\
  "$UNIFI/api/s/default/cmd/hotspot"
rm -f "$COOKIE"
""", words_pw())

add("shell/decoy-checksums", "firmware/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@h1@@  hygro-v2.4.1.bin
@@h2@@  hygro-v2.5.0.bin
@@h3@@  hygro-v2.5.1-beta.bin
@@h4@@  bootloader-1.2.bin
@@h5@@  hygro-gateway-arm64
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("powershell/smtp-password", "ops/Send-Opomnik.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Poslje opomnik strankam, ki jim je potekel letni servis
$geslo = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('opomniki@klavirski-servis.si', $geslo)
$stranke = Import-Csv -Path 'C:\\Servis\\izvoz\\potekel_servis.csv' -Encoding UTF8
foreach ($s in $stranke) {
    Send-MailMessage -To $s.Email -From 'opomniki@klavirski-servis.si' `
        -Subject 'Cas je za uglasitev vasega klavirja' -Body "Spostovani $($s.Ime), ..." `
        -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred -Encoding UTF8
}
""", words_pw())

add("powershell/decoy-secretmanagement", "ops/Backup-Servis.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$sqlCred = Get-Secret -Name 'ServisSql' -Vault 'KlavirskiVault'
$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance 'SRV-DELAVNICA\\SQLEXPRESS' -Credential $sqlCred `
    -Query "BACKUP DATABASE Servis TO DISK = N'D:\\Backup\\Servis_$stamp.bak'"
Write-Host "Varnostna kopija $stamp koncana"
""")

add("powershell/sql-server-password", "ops/Izvoz-Zaloge.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
$server = 'SRV-DELAVNICA\\SQLEXPRESS'
$rows = Invoke-Sqlcmd -ServerInstance $server -Database 'Servis' `
    -Username 'porocila' -Password '@@secret@@' `
    -Query 'SELECT Sifra, Naziv, Zaloga FROM RezervniDeli WHERE Zaloga < MinZaloga'
$rows | Export-Csv -Path 'C:\\Servis\\izvoz\\narocila_dobaviteljem.csv' -NoTypeInformation -Encoding UTF8
Write-Host "$($rows.Count) artiklov pod minimalno zalogo"
""", rand_pw(16, "!$%"))

# ---------------------------------------------------------------- markdown / docs
add("markdown/router-admin-password", "docs/predaja/delavnica-celje.md", "https://help.mikrotik.com/docs/display/ROS/First+Time+Configuration", """
# Predaja: delavnica Celje (Mateja -> Luka)

## Omrezje
- Router: MikroTik hAP ax3, 192.168.30.1
- Uporabnik: `admin`
- Geslo: `@@secret@@`
- WiFi za stranke: `Stranke-Celje` (geslo na listku pri blagajni)

## Naprave
| Naprava | IP | Opomba |
|---|---|---|
| Tiskalnik etiket Zebra | 192.168.30.20 | |
| Higrometer skladisce | 192.168.30.41 | posilja na MQTT |
| Kamera vhod | 192.168.30.31 | |

## Ostalo
Kljuce delavnice ima tudi cistilka (torek, petek).
""", words_pw())

add("markdown/decoy-readme-placeholders", "booking/README.md", "https://www.makeareadme.com/", """
# narocila - spletno narocanje uglasevanja

Django aplikacija za narocanje uglasevanja in popravil klavirjev.

## Zagon lokalno

```bash
cp .env.example .env
# izpolni STRIPE_SECRET_KEY=sk_test_... in EMAIL_HOST_PASSWORD
docker compose up -d db redis
python manage.py migrate
python manage.py runserver
```

Za placila v testnem nacinu uporabi kartico `4242 4242 4242 4242`.
Skrivnosti za produkcijo so v 1Password (trezor *Narocila*), nikoli v repozitoriju.
""")

add("markdown/hikvision-nvr-password", "docs/runbooks/cctv.md", "https://www.hikvision.com/en/support/", """
# CCTV runbook (Ljubljana workshop)

The insurer requires 30 days of footage of the repair floor while customer instruments
(Steinway D, Fazioli F212, two Bosendorfers) are on site.

- NVR: Hikvision DS-7608NXI, http://192.168.20.30
- Login for the web UI and iVMS-4200: `admin` / `@@secret@@`
- Retention: 30 days, H.265+
- If a camera shows offline: power-cycle the PoE switch in the server cabinet (bottom shelf).

Escalation: Marko (IT, 041 555 210).
""", words_pw())

add("markdown/decoy-api-docs", "docs/api/webhooks.md", "https://docs.stripe.com/webhooks#verify-events", """
# Webhooks

Our booking API sends `termin.potrjen` and `popravilo.koncano` events to partner shops.

Each request carries a signature header:

```
X-Klavir-Signature: t=1718003311,v1=@@sig@@
```

Verify it with your endpoint secret (`whsec_...`, shown once in the partner portal):

```python
expected = hmac.new(secret.encode(), f"{t}.{body}".encode(), hashlib.sha256).hexdigest()
```
""", sig=sha256())

add("markdown/aws-access-key", "docs/onboarding/it-dostopi.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# IT dostopi za nove sodelavce

## Fotografije popravil (S3)
Aplikacija za tablico nalaga fotografije pred/po popravilu v S3.
Za rocni prenos uporabi profil `fotografije`:

```ini
[fotografije]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
```

## Koledar
Termini so v skupnem Google koledarju *Uglasevanja*; dostop dodeli Mateja.
""", aws_secret(), kid=aws_id())

add("markdown/decoy-redacted-incident", "docs/incidents/2024-03-smtp.md", "https://sre.google/sre-book/postmortem-culture/", """
# Post-mortem: odpovedani opomniki (12. 3. 2024)

**Vzrok:** geslo za SMTP je poteklo (Office 365 politika 90 dni).

**Ukrepi:**
1. Novo geslo nastavljeno v Vaultu (`secret/reminders/smtp`), staro preklicano.
2. Vrednost v logih je bila maskirana: `EMAIL_HOST_PASSWORD=********`.
3. Dodan alarm, ce opomnikov ni vec kot 6 ur.

Prizadetih strank: 41 (opomnike smo poslali rocno naslednji dan).
""")

add("markdown/bankart-api-password", "docs/predaja/placila.md", "https://gateway.bankart.si/documentation/apiv3", """
# Handover: card payments (Bankart)

Used for deposits on concert-piano restorations (> 2.000 EUR).

| Setting | Value |
|---|---|
| API user | `klavirski_api` |
| API password | `@@secret@@` |
| API key | `klavirski-servis-eshop` |
| Endpoint | `https://gateway.bankart.si/api/v3/transaction/` |

The shared secret is in Vault; the API password above was rotated by Bankart support in May.
""", words_pw())

add("markdown/decoy-changelog", "tunelog/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [0.7.2] - 2024-06-11
### Fixed
- Verituner exports with a BOM were read as empty (a1f9c02).
- Inharmonicity chart for A0 clipped at 0.003.

## [0.7.1] - 2024-05-02
### Added
- `tunelog diff` to compare two tunings of the same piano (commit 7be3d4e19a0c5f2816d4b0e7c3a9f15d26e84b01).
""")

# ---------------------------------------------------------------- sql
add("sql/postgres-role-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Bralni dostop za Power BI porocila (delavnice Ljubljana, Maribor, Celje)
CREATE ROLE porocila LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE narocila TO porocila;
GRANT USAGE ON SCHEMA public TO porocila;
GRANT SELECT ON termini, klavirji, stranke_anon TO porocila;
ALTER ROLE porocila SET statement_timeout = '30s';
""", words_pw())

add("sql/decoy-seed-hashes", "db/seeds/uporabniki.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Testni uporabniki za razvojno okolje (gesla so "test", shranjena kot hash)
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('mateja', 'mateja@example.com', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', true),
  ('luka', 'luka@example.com', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', false),
  ('uglasevalec1', 'u1@example.com', '!', false);
""", s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("sql/mysql-user-password", "delavnica-celje/db/users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Celje workshop: app user for the repair-ticket tablet app
CREATE USER IF NOT EXISTS 'tablica'@'10.30.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON popravila.* TO 'tablica'@'10.30.0.%';
FLUSH PRIVILEGES;
-- (see docs/predaja/delavnica-celje.md for the network)
""", rand_pw(16, "#%"))

add("sql/decoy-data-export", "db/queries/odprta_popravila.sql", "https://www.postgresql.org/docs/current/queries.html", """
-- Odprta popravila po delavnicah, starejsa od 14 dni
SELECT d.naziv AS delavnica,
       p.id,
       p.instrument,
       p.serijska_st,
       p.prejeto
FROM popravila p
JOIN delavnice d ON d.id = p.delavnica_id
WHERE p.status = 'odprto'
  AND p.prejeto < now() - interval '14 days'
  AND p.narocilo_uuid <> '00000000-0000-0000-0000-000000000000'
ORDER BY p.prejeto;
""")

add("sql/eracuni-api-token", "db/migrations/0011_integracije.sql", "https://e-racuni.com/si9/ApiDocumentation", """
CREATE TABLE integracije (
    ime        text PRIMARY KEY,
    nastavitve jsonb NOT NULL,
    posodobljeno timestamptz DEFAULT now()
);

INSERT INTO integracije (ime, nastavitve) VALUES
  ('eracuni', '{"username": "klavirski.servis", "secretKey": "@@secret@@", "token": "E5B1D3A2C9"}'),
  ('minimax', '{"organisation_id": 18823, "client_id": "KlavirskiServis"}');
""", hexs(32).upper())

# ---------------------------------------------------------------- xml
add("xml/ftp-password", "ServisDesktop/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.renner-parts.de</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <Type>0</Type>
      <User>klavservis_si</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Renner - ceniki</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _FZ := words_pw(), enc=b64(_FZ))

add("xml/decoy-maven-settings", "tuner-backend/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${env.CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""")

add("xml/smtp-password", "ServisDesktop/ServisDesktop.exe.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="delavnica@klavirski-servis.si" deliveryMethod="Network">
        <network host="smtp.siol.net" port="587" enableSsl="true"
                 userName="delavnica@klavirski-servis.si" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

# ---------------------------------------------------------------- csv / log
add("csv/device-passwords", "inventory/naprave.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
naprava,lokacija,ip,uporabnik,geslo,opomba
MikroTik hAP ax3,Ljubljana,192.168.20.1,admin,@@secret@@,
Hikvision NVR,Ljubljana,192.168.20.30,admin,(v Vaultu),
Higrometer HX-2,Ljubljana skladisce,192.168.20.41,,,MQTT
Zebra ZD421,Maribor,192.168.40.20,,,
Higrometer HX-2,Celje,192.168.30.41,,,MQTT
""", words_pw())

add("csv/decoy-customer-export", "exports/termini_2024-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
termin_id,datum,ura,instrument,serijska_st,uglasevalec,status
@@u1@@,2024-06-03,09:00,Petrof P118,542118,Luka,opravljeno
@@u2@@,2024-06-03,11:30,Yamaha U3,4471829,Luka,opravljeno
@@u3@@,2024-06-04,10:00,Steinway B-211,582104,Mateja,opravljeno
@@u4@@,2024-06-05,14:00,Bluthner Modell 6,153220,Mateja,prestavljeno
@@u5@@,2024-06-06,08:30,Kawai K-300,F112873,Luka,opravljeno
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("log/database-url-password", "logs/celery-worker-2024-06-11.log", "https://docs.celeryq.dev/en/stable/userguide/workers.html", """
[2024-06-11 06:00:01,114: INFO/MainProcess] Connected to redis://10.20.0.14:6379/2
[2024-06-11 06:00:01,220: INFO/MainProcess] celery@worker-1 ready.
[2024-06-11 06:15:00,003: INFO/MainProcess] Task narocila.tasks.poslji_opomnike received
[2024-06-11 06:15:02,871: ERROR/ForkPoolWorker-2] Task narocila.tasks.poslji_opomnike raised: OperationalError('could not connect to server: postgresql://narocila_app:@@secret@@@db.ljubljana.internal:5432/narocila')
[2024-06-11 06:15:02,872: WARNING/ForkPoolWorker-2] Retrying in 60s
[2024-06-11 06:16:03,004: INFO/ForkPoolWorker-2] Task narocila.tasks.poslji_opomnike succeeded in 1.2s
""", words_pw())

add("log/decoy-masked", "logs/nginx-access-2024-06-11.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
89.212.44.10 - - [11/Jun/2024:08:01:12 +0200] "GET /narocilo/nov HTTP/2.0" 200 5121 "-" "Mozilla/5.0"
89.212.44.10 - - [11/Jun/2024:08:02:40 +0200] "POST /api/termini HTTP/2.0" 201 312 "-" "Mozilla/5.0"
54.187.174.169 - - [11/Jun/2024:08:02:41 +0200] "POST /stripe/webhook HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
193.77.12.5 - - [11/Jun/2024:08:05:03 +0200] "GET /api/termini?token=[REDACTED] HTTP/2.0" 200 904 "-" "okhttp/4.12.0"
193.77.12.5 - - [11/Jun/2024:08:05:09 +0200] "GET /static/app.@@h@@.js HTTP/2.0" 200 88211 "-" "okhttp/4.12.0"
""", h=hexs(20))

add("log/slack-bot-token", "logs/deploy-2024-06-11.log", "https://api.slack.com/authentication/token-types#bot", """
+ export DJANGO_SETTINGS_MODULE=narocila.settings.prod
+ python manage.py migrate --noinput
No migrations to apply.
+ python manage.py collectstatic --noinput
412 static files copied.
+ curl -s -X POST https://slack.com/api/chat.postMessage -H 'Authorization: Bearer @@secret@@' -d channel=C05DELAVNICA -d 'text=Deploy narocila 2.14.0 OK'
{"ok":true,"channel":"C05DELAVNICA","ts":"1718085903.112299"}
""", slack_bot())

# ---------------------------------------------------------------- notebooks
add("notebook/postgres-password", "analysis/sezonska_vlaga.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Vlaga v skladiscu in odpovedi uglasitev (2023/24)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analitika:@@secret@@@db.ljubljana.internal/narocila')\\n",
    "df = pd.read_sql('SELECT datum, rh, prestavljeni FROM v_vlaga_termini', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(df.datum.dt.month)[['rh', 'prestavljeni']].mean()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/decoy-getpass", "analysis/stranke_regije.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd, sqlalchemy as sa\\n",
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('Geslo za bazo: ')\\n",
    "eng = sa.create_engine(f'postgresql://analitika:{pw}@db.ljubljana.internal/narocila')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Osrednjeslovenska 412\\n", "Gorenjska 188\\n", "Podravska 141\\n"]}
   ],
   "source": ["pd.read_sql('SELECT regija, count(*) FROM stranke GROUP BY 1', eng)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analysis/povprasevanja_kategorije.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Classify incoming repair enquiries (piano / violin / guitar / organ) with an LLM."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ['OPENAI_API_KEY'] = '@@secret@@'\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed(), "svcacct"))

# ---------------------------------------------------------------- more vendors, more forms
add("python/shopify-admin-token", "shop-sync/shopify_export.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
import requests

SHOP = "klavirski-servis-eu.myshopify.com"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}


def izdelki():
    url = f"https://{SHOP}/admin/api/2024-04/products.json?limit=250"
    return requests.get(url, headers=HEADERS, timeout=30).json()["products"]
""", shopify_token())

add("python/dropbox-access-token", "scripts/photos_to_dropbox.py", "https://www.dropbox.com/developers/documentation/http/documentation", """
import pathlib

import dropbox

# stranke dobijo povezavo do fotografij restavracije
dbx = dropbox.Dropbox("@@secret@@")

for slika in pathlib.Path("/srv/fotografije/2024-06").glob("*.jpg"):
    with slika.open("rb") as fh:
        dbx.files_upload(fh.read(), f"/Restavracije/2024-06/{slika.name}")
""", dropbox_token())

add("python/basic-auth-header", "integrations/renner/order.py", "https://datatracker.ietf.org/doc/html/rfc7617", """
import requests

# Renner parts webshop B2B API (hammers, felts, action parts)
AUTH = {"Authorization": "Basic @@secret@@"}


def naroci(artikli):
    body = {"customer": "SI-1183", "lines": [{"sku": s, "qty": q} for s, q in artikli]}
    r = requests.post("https://b2b.renner-parts.de/api/orders", json=body, headers=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["orderNo"]
""", b64("klavservis_si:" + words_pw()))

add("python/decoy-public-key", "licenses/verify.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/ed25519/", """
import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# public key the tuner app uses to check signed price lists (the private half never leaves the HSM)
PUBLIC_KEY = base64.b64decode("@@pub@@=")


def preveri(podatki: bytes, podpis: bytes) -> None:
    Ed25519PublicKey.from_public_bytes(PUBLIC_KEY).verify(podpis, podatki)
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/paypal-client-secret", "shop/payments/paypal.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(
        "https://api-m.paypal.com/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    return r.json()["access_token"]
""", "E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("python/decoy-paypal-client-id", "shop/templates_context.py", "https://developer.paypal.com/sdk/js/configuration/", """
# Context for the checkout template: the JS SDK needs only the public client id
PAYPAL_CLIENT_ID = "@@cid@@"
PAYPAL_SDK_URL = f"https://www.paypal.com/sdk/js?client-id={PAYPAL_CLIENT_ID}&currency=EUR&locale=sl_SI"


def checkout_context(request):
    return {"paypal_sdk_url": PAYPAL_SDK_URL, "jezik": "sl"}
""", cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("python/cloudinary-url", "shop/settings_media.py", "https://cloudinary.com/documentation/django_integration#configuration", """
import cloudinary

# fotografije rabljenih klavirjev v spletni trgovini
cloudinary.config(
    cloudinary_url="cloudinary://@@k@@:@@secret@@@klavirski-servis",
    secure=True,
)
THUMB = {"width": 480, "height": 320, "crop": "fill"}
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"), k=str(_rng().randint(10**14, 10**15)))

add("python/split-stripe-key", "booking-api/legacy/charge.py", "https://docs.stripe.com/keys", """
import stripe

# (split so the old grep check would not fire - ugh)
stripe.api_key = "sk_live_" + "@@p1@@" + "@@p2@@"


def charge_deposit(customer_id: str, cents: int):
    return stripe.PaymentIntent.create(customer=customer_id, amount=cents, currency="eur", confirm=True)
""", _SPL := stripe_key(), p1=_SPL[8:20], p2=_SPL[20:])

add("python/home-assistant-token", "sensors/ha_export.py", "https://developers.home-assistant.io/docs/api/rest/", """
import requests

HA = "http://ha.skladisce.local:8123"
TOKEN = "@@secret@@"


def vlaga(entity="sensor.skladisce_klavirji_humidity"):
    r = requests.get(f"{HA}/api/states/{entity}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    return float(r.json()["state"])


if __name__ == "__main__":
    print(vlaga())
""", jwt_like('{"iss":"' + hexs(32) + '","iat":1712312000,"exp":2027672000}'))

add("python/decoy-dataclass-defaults", "tuner_sync/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "postgresql://localhost/tuner_sync"
    eracuni_secret_key: SecretStr = SecretStr("")
    mqtt_password: SecretStr | None = None
    verituner_export_dir: str = "/srv/verituner"

    model_config = {"env_prefix": "TUNER_SYNC_", "env_file": ".env"}
""")

add("python/rsa-private-key", "tuner_sync/sftp_pull.py", "https://docs.paramiko.org/en/stable/api/keys.html", """
import io

import paramiko

# key for pulling Verituner exports from the tuners' NAS
KEY = \"\"\"@@secret@@\"\"\"

pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))
t = paramiko.Transport(("nas.klavirski-servis.local", 22))
t.connect(username="tuner-sync", pkey=pkey)
sftp = paramiko.SFTPClient.from_transport(t)
for name in sftp.listdir("/exports"):
    sftp.get(f"/exports/{name}", f"/srv/verituner/{name}")
""", pem())

add("python/decoy-docs-example-key", "docs/conf_examples.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Examples rendered in the ops handbook (AWS's own documented example values)
EXAMPLE_AWS_CONFIG = {
    "aws_access_key_id": "AKIAIOSFODNN7EXAMPLE",
    "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "region": "eu-central-1",
}
EXAMPLE_STRIPE = "sk_live_..."
""")

add("yaml/cloudflare-api-token", "infra/dns/octodns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@secret@@
    retry_count: 4

zones:
  klavirski-servis.si.:
    sources: [config]
    targets: [cloudflare]
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("yaml/decoy-sops", "infra/secrets/prod.enc.yaml", "https://github.com/getsops/sops#usage", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@t@@,type:str]
smtp_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-06-10T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("yaml/grafana-service-account-token", "monitoring/grafana-provisioning/alerts.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """
# exporter that copies humidity alerts into the tuners' shared calendar
exporter:
  grafana_url: https://grafana.klavirski-servis.si
  grafana_token: @@secret@@
  calendar_id: uglasevanja@group.calendar.google.com
  rules:
    - name: vlaga-pod-40
      create_event: true
""", "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8))

add("yaml/decoy-helm-values", "k8s/charts/narocila/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
image:
  repository: registry.gitlab.com/klavirski-servis/narocila
  tag: "2.14.0"
  digest: sha256:@@dg@@
env:
  DJANGO_SETTINGS_MODULE: narocila.settings.prod
existingSecret: narocila-secrets   # created by external-secrets from Vault
ingress:
  host: narocila.klavirski-servis.si
  tls: true
""", dg=sha256())

# ---------------------------------------------------------------- batch: workshop devices and vendors
add("yaml/shelly-cloud-auth-key", "sensors/shelly.yaml", "https://shelly-api-docs.shelly.cloud/cloud-control-api/", """
# razvlazilniki v skladiscu klavirjev (Shelly Plus 1PM, cloud control)
shelly_cloud:
  server: https://shelly-77-eu.shelly.cloud
  auth_key: @@secret@@
devices:
  - id: a8032ab8c1f4
    ime: razvlazilnik-skladisce-1
  - id: a8032ab8c2e0
    ime: razvlazilnik-skladisce-2
""", fakes.drawn_mixed(_seed(), 80, ALNUM))

add("json/tuya-access-secret", "sensors/tuya.json", "https://developer.tuya.com/en/docs/iot/singnature?id=Ka43a5mtx1gsc", """
{
  "endpoint": "https://openapi.tuyaeu.com",
  "access_id": "@@aid@@",
  "access_secret": "@@secret@@",
  "devices": {
    "vlazilnik-razstavni-salon": "bf3a9c10e2d4f5a6b7xq1l",
    "higrometer-razstavni-salon": "bf71d2e8c4a9b0f3e6ak0p"
  }
}
""", hexs(32), aid=fakes.drawn(_seed(), 20, string.ascii_lowercase + string.digits))

add("json/decoy-firebase-web-config", "frontend/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "klavirski-servis-app.firebaseapp.com",
  "projectId": "klavirski-servis-app",
  "storageBucket": "klavirski-servis-app.appspot.com",
  "messagingSenderId": "418220957731",
  "appId": "1:418220957731:web:7c3e1f9a0d2b4c6e"
}
""", k=google_key())

add("json/decoy-appsettings-keyvault", "ServisApi/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "ConnectionStrings": {
    "Servis": "@Microsoft.KeyVault(SecretUri=https://kv-klavirski.vault.azure.net/secrets/servis-sql/)"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "User": "delavnica@klavirski-servis.si",
    "Password": "@Microsoft.KeyVault(VaultName=kv-klavirski;SecretName=smtp-password)"
  },
  "Logging": {"LogLevel": {"Default": "Warning"}}
}
""")

add("json/sql-server-connection", "ServisApi/appsettings.Development.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "ConnectionStrings": {
    "Servis": "Server=tcp:klavirski-sql.database.windows.net,1433;Database=Servis;User ID=servisadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Api": {"Base": "https://localhost:7081"},
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""", words_pw())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog agent on the booking VM
api_key: @@secret@@
site: datadoghq.eu
hostname: narocila-fra1
tags:
  - env:prod
  - team:klavirski-servis
logs_enabled: true
""", hexs(32))

add("yaml/decoy-datadog-env", "ops/datadog/datadog.staging.yaml", "https://docs.datadoghq.com/agent/configuration/secrets-management/", """
## staging agent: key from the secret backend
api_key: ENC[datadog_api_key]
secret_backend_command: /usr/local/bin/dd-secret-from-vault
site: datadoghq.eu
hostname: narocila-staging
tags:
  - env:staging
""")

add("ini/pip-conf-password", "ops/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://builder:@@secret@@@pypi.klavirski-servis.si/simple/
timeout = 30

[install]
trusted-host = pypi.klavirski-servis.si
""", passphrase())

add("ini/decoy-setup-cfg", "tunelog/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """
[metadata]
name = tunelog
version = 0.7.2
author = Klavirski servis d.o.o.
license = MIT

[options]
packages = find:
install_requires =
    numpy>=1.26

[flake8]
max-line-length = 110
""")

add("ini/git-credentials-token", "ops/git/.git-credentials", "https://git-scm.com/docs/git-credential-store", """
https://oauth2:@@secret@@@gitlab.com
https://mateja:@@gh@@@github.com
""" + "# shrani: git config --global credential.helper store\n# posodobljeno 2024-05-14\n# repozitoriji: narocila, tuner-sync, hygro-gateway\n",
    gitlab_token(), gh=github())

add("toml/decoy-cargo", "hygro-gateway/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """
[package]
name = "hygro-gateway"
version = "0.4.0"
edition = "2021"
description = "RS-485 hygrometer to MQTT gateway for the piano store"

[dependencies]
rumqttc = "0.24"
serde = { version = "1", features = ["derive"] }
tokio = { version = "1", features = ["full"] }
""")

add("toml/pypi-index-password", "ops/uv/uv.toml", "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly", """
# uv config for the build box
[[index]]
name = "klavirski"
url = "https://ci:@@secret@@@pypi.klavirski-servis.si/simple/"
default = false

[pip]
python-version = "3.12"
""", rand_pw(28))

add("properties/ldap-password", "legacy-intranet/WEB-INF/ldap.properties", "https://docs.spring.io/spring-ldap/reference/configuration.html", """
ldap.url=ldaps://dc01.klavirski-servis.local:636
ldap.base=DC=klavirski-servis,DC=local
ldap.userDn=CN=svc-intranet,OU=Service,DC=klavirski-servis,DC=local
ldap.password=@@secret@@
ldap.userSearchFilter=(sAMAccountName={0})
ldap.groupSearchBase=OU=Skupine
""", words_pw())

add("properties/decoy-gradle", "tuner-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# MAPS_API_KEY is set in ~/.gradle/gradle.properties on the build machine, not here
""")

add("properties/keystore-password", "tuner-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
storeFile=../release/uglasevalec-release.jks
storePassword=@@secret@@
keyAlias=uglasevalec
keyPassword=@@secret@@
# datum izdelave: 2022-02-01, velja 25 let
""", words_pw())

add("shell/redis-cli-password", "scripts/flush_reminder_queue.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# ponovno nastavi cakalno vrsto opomnikov po izpadu
redis-cli -h 10.20.0.14 -p 6379 -a '@@secret@@' --no-auth-warning -n 2 DEL opomniki:cakalna
redis-cli -h 10.20.0.14 -p 6379 -a '@@secret@@' --no-auth-warning -n 2 LLEN opomniki:cakalna
echo "vrsta opomnikov izpraznjena"
""", fakes.redis_password(_seed()))

add("shell/decoy-ssh-pubkey", "ops/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy dostop do narocila-fra1
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ mateja@delavnica-lj
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ luka@tablica
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ gitlab-ci-deploy
# odstranjen 2024-04: marko@stari-laptop
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("shell/openssh-private-key", "ops/provision/add_deploy_key.sh", "https://man.openbsd.org/ssh-keygen.1", """
#!/bin/sh
# one-off: install the CI deploy key on the new NAS
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_deploy <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/id_deploy
ssh -i ~/.ssh/id_deploy -o StrictHostKeyChecking=accept-new tuner-sync@nas.klavirski-servis.local true
""", pem("OPENSSH"))

add("shell/docker-hub-token", "scripts/build_push.sh", "https://docs.docker.com/security/for-developers/access-tokens/", """
#!/usr/bin/env bash
set -e
echo "@@secret@@" | docker login -u klavirskiservis --password-stdin
docker build -t klavirskiservis/hygro-gateway:0.4.0 hygro-gateway/
docker push klavirskiservis/hygro-gateway:0.4.0
""", "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"))

add("shell/decoy-curl-example", "docs/api/primeri.sh", "https://everything.curl.dev/http/auth", """
#!/bin/sh
# Primeri klicev API-ja za partnerje (zamenjaj TVOJ_KLJUC s kljucem iz portala)
curl -H "Authorization: Bearer TVOJ_KLJUC" https://api.klavirski-servis.si/v1/termini
curl -H "Authorization: Bearer $KLAVIR_API_KEY" \\
     -d '{"instrument":"Yamaha U1","naslov":"Trubarjeva 5, Ljubljana"}' \\
     https://api.klavirski-servis.si/v1/termini
""")

add("powershell/azure-client-secret", "ops/Sync-Kontakti.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Sinhronizira stranke v Outlook kontakte uglasevalcev (Microsoft Graph)
$tenant = 'klavirskiservis.onmicrosoft.com'
$body = @{
    client_id     = '@@cid@@'
    client_secret = '@@secret@@'
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body
$headers = @{ Authorization = "Bearer $($tok.access_token)" }
Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/users/luka@klavirski-servis.si/contacts' -Headers $headers
""", fakes.drawn_mixed(_seed(), 3) + "8Q~" + fakes.drawn_mixed(_seed(), 34, ALNUM + "_.-~"), cid=uuid_s())

add("powershell/decoy-credential-prompt", "ops/Connect-Nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([string]$User = 'KLAVIRSKI\\\\tehnik')
$cred = Get-Credential -UserName $User -Message 'Geslo za NAS (fotografije popravil)'
New-PSDrive -Name F -PSProvider FileSystem -Root '\\\\nas\\fotografije' -Credential $cred -Persist
Write-Host 'Pogon F: je povezan'
Get-ChildItem F:\\2024 | Measure-Object | Select-Object Count
""")

add("dockerfile/decoy-env-defaults", "hygro-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/hygro-gateway /usr/local/bin/
ENV MQTT_HOST=mqtt.skladisce.klavirski-servis.si \\
    MQTT_USER=hygro \\
    MQTT_PASSWORD="" \\
    SERIAL_PORT=/dev/ttyUSB0
ENTRYPOINT ["hygro-gateway"]
""")

add("dockerfile/npm-token", "bots/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine
WORKDIR /bots
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci --omit=dev && rm -f .npmrc
COPY . .
CMD ["node", "dist/workshop-feed.js"]
""", "npm_" + fakes.drawn_mixed(_seed(), 36))

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: narocila
      POSTGRES_USER: narocila_app
      POSTGRES_PASSWORD: @@secret@@
    volumes: ["pgdata:/var/lib/postgresql/data"]
  redis:
    image: redis:7
  web:
    build: ./booking
    depends_on: [db, redis]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
""", words_pw())

add("compose/decoy-local-dev", "sensors/docker-compose.dev.yml", "https://docs.docker.com/compose/", """
# local development only - throwaway broker with anonymous access
services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    command: mosquitto -c /mosquitto-no-auth.conf
    ports: ["1883:1883"]
  bridge:
    build: .
    environment:
      MQTT_HOST: mosquitto
      MQTT_USER: ""
      MQTT_PASSWORD: ""
""")

add("k8s-secret/mailgun-api-key", "k8s/reminders/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: opomniki-mail
  namespace: reminders
type: Opaque
data:
  MAILGUN_DOMAIN: @@dom@@
  MAILGUN_API_KEY: @@enc@@
""", _MG := mailgun_key(), dom=b64("mg.klavirski-servis.si"), enc=b64(_MG))

add("k8s-secret/docker-registry-auth", "k8s/booking/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-regcred
  namespace: booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _RG := gitlab_token(),
    enc=b64('{"auths":{"registry.gitlab.com":{"username":"gitlab+deploy-token-41","password":"' + _RG + '","auth":"'
            + b64("gitlab+deploy-token-41:" + _RG) + '"}}}'))

add("k8s/decoy-external-secret", "k8s/booking/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: narocila-secrets
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: narocila-secrets
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: booking/stripe, property: secret_key}
    - secretKey: EMAIL_HOST_PASSWORD
      remoteRef: {key: booking/smtp, property: password}
""")

# ---------------------------------------------------------------- batch: last vendors, docs, decoys
add("python/decoy-sentry-dsn", "narocila/sentry_init.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# The DSN only identifies the project; it is safe in client code (Sentry's docs say so)
sentry_sdk.init(
    dsn="https://@@k@@@o4507112233.ingest.de.sentry.io/4507112244",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.1,
    environment="production",
)
""", k=hexs(32))

add("python/decoy-algolia-search-key", "shop/search/client.py", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
from algoliasearch.search.client import SearchClientSync

# search-only key: shipped to browsers anyway, can only query the public catalogue index
APP_ID = "K7QX2M9P4L"
SEARCH_ONLY_KEY = "@@k@@"

client = SearchClientSync(APP_ID, SEARCH_ONLY_KEY)


def isci(niz: str):
    return client.search_single_index("rabljeni_klavirji", {"query": niz, "hitsPerPage": 12})
""", k=hexs(32))

add("python/algolia-admin-key", "shop/search/reindex.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
from algoliasearch.search.client import SearchClientSync

from shop.models import RabljenKlavir

client = SearchClientSync("K7QX2M9P4L", "@@secret@@")  # admin key (write)


def reindex():
    zapisi = [k.to_algolia() for k in RabljenKlavir.objects.filter(objavljen=True)]
    client.replace_all_objects("rabljeni_klavirji", zapisi)
""", hexs(32))

add("python/postmark-server-token", "reminders/postmark_send.py", "https://postmarkapp.com/developer/api/overview#authentication", """
import requests

POSTMARK_TOKEN = "@@secret@@"


def poslji(to: str, subject: str, html: str) -> None:
    requests.post(
        "https://api.postmarkapp.com/email",
        headers={"X-Postmark-Server-Token": POSTMARK_TOKEN, "Accept": "application/json"},
        json={"From": "opomniki@klavirski-servis.si", "To": to, "Subject": subject, "HtmlBody": html},
        timeout=10,
    ).raise_for_status()
""", uuid_s())

add("python/decoy-uuid-ids", "tuner_sync/devices.py", "https://docs.python.org/3/library/uuid.html", """
import uuid

# Bluetooth LE service/characteristic ids of the tuners' clip-on strobe sensors
STROBE_SERVICE = uuid.UUID("@@u1@@")
PITCH_CHAR = uuid.UUID("@@u2@@")
BATTERY_CHAR = uuid.UUID("00002a19-0000-1000-8000-00805f9b34fb")
DEVICE_MACS = ["C4:7F:51:0A:3B:21", "C4:7F:51:0A:3B:9E"]
""", u1=uuid_s(), u2=uuid_s())

add("python/decoy-iban-invoice", "integrations/eracuni/constants.py", "https://www.nlb.si/", """
# Podatki za racune (javni, izpisani na vsakem racunu)
PODJETJE = "Klavirski servis d.o.o."
DDV_ST = "SI48213377"
MATICNA_ST = "8812345000"
IBAN = "SI56 0201 0025 8761 309"
BIC = "LJBASI2X"
SKLIC_PREDLOGA = "SI00 {stevilka}-{leto}"
""")

add("python/mollie-api-key", "shop/payments/mollie_pay.py", "https://docs.mollie.com/reference/authentication", """
from mollie.api.client import Client

mollie = Client()
mollie.set_api_key("@@secret@@")


def placilo(narocilo_id: str, znesek: str):
    return mollie.payments.create({
        "amount": {"currency": "EUR", "value": znesek},
        "description": f"Narocilo {narocilo_id} - strune in deli",
        "redirectUrl": f"https://trgovina.klavirski-servis.si/hvala/{narocilo_id}",
        "method": ["creditcard", "applepay"],
    })
""", "live_" + fakes.drawn_mixed(_seed(), 30))

add("python/sumup-api-key", "pos/sumup_terminal.py", "https://developer.sumup.com/api", """
import requests

# SumUp Solo terminal v delavnici Maribor (placila ob prevzemu instrumenta)
API_KEY = "@@secret@@"
MERCHANT = "MH4K7P2Q"


def zacni_placilo(cents: int, opis: str):
    return requests.post(
        f"https://api.sumup.com/v0.1/merchants/{MERCHANT}/readers/rdr_3MSAFM23CK82VSTT4BN6RWSQ65/checkout",
        headers={"Authorization": f"Bearer {API_KEY}"},
        json={"total_amount": {"value": cents, "currency": "EUR", "minor_unit": 2}, "description": opis},
        timeout=15,
    ).json()
""", "sup_sk_" + fakes.drawn_mixed(_seed(), 32))

add("typescript/google-oauth-client-secret", "booking-api/src/auth/google.ts", "https://developers.google.com/identity/protocols/oauth2/web-server", """
import { OAuth2Client } from "google-auth-library";

// calendar access for tuners (each tuner links his Google calendar)
export const oauth = new OAuth2Client({
  clientId: "418220957731-ab3kq0rv9m5e2t7c1lx8nwd6hpg4fysu.apps.googleusercontent.com",
  clientSecret: "@@secret@@",
  redirectUri: "https://api.klavirski-servis.si/auth/google/callback",
});
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"))

add("typescript/decoy-env-config", "booking-api/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`Manjka okoljska spremenljivka ${name}`);
  return v;
}

export const config = {
  stripeSecret: required("STRIPE_SECRET_KEY"),
  googleClientSecret: required("GOOGLE_CLIENT_SECRET"),
  databaseUrl: process.env.DATABASE_URL ?? "postgres://localhost/narocila",
};
""")

add("typescript/supabase-service-role", "tuner-pwa/src/admin/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";

// admin screen for the workshop lead - uses the service role (bypasses RLS)
export const admin = createClient(
  "https://qzkxvbnmlpwerty.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);
""", jwt_like('{"iss":"supabase","ref":"qzkxvbnmlpwerty","role":"service_role","iat":1700000000,"exp":2015576000}'))

add("typescript/decoy-supabase-anon", "tuner-pwa/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", """
import { createClient } from "@supabase/supabase-js";

// anon key: public, row level security decides what it can read
export const supabase = createClient(
  "https://qzkxvbnmlpwerty.supabase.co",
  "@@k@@",
);
""", k=jwt_like('{"iss":"supabase","ref":"qzkxvbnmlpwerty","role":"anon","iat":1700000000,"exp":2015576000}'))

add("go/telegram-bot-token", "cctv/alert/telegram.go", "https://core.telegram.org/bots/api", """
package alert

import (
	"net/http"
	"net/url"
)

const botToken = "@@secret@@"
const chatID = "-1001873345120"

// Gibanje v delavnici izven delovnega casa
func Motion(camera string) error {
	_, err := http.PostForm("https://api.telegram.org/bot"+botToken+"/sendMessage",
		url.Values{"chat_id": {chatID}, "text": {"Gibanje: " + camera}})
	return err
}
""", telegram())

add("go/decoy-test-token", "cctv/alert/telegram_test.go", "https://pkg.go.dev/testing", """
package alert

import "testing"

const fakeToken = "123456:TEST-TOKEN-NOT-REAL"

func TestBuildURL(t *testing.T) {
	got := buildURL(fakeToken, "sendMessage")
	if got != "https://api.telegram.org/bot123456:TEST-TOKEN-NOT-REAL/sendMessage" {
		t.Fatalf("got %s", got)
	}
}
""")

add("java/aws-secret-key", "tuner-backend/src/main/java/si/klavirskiservis/termini/PhotoStore.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """
package si.klavirskiservis.termini;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class PhotoStore {
    static S3Client client() {
        return S3Client.builder()
            .region(Region.EU_CENTRAL_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("@@kid@@", "@@secret@@")))
            .build();
    }
}
""", aws_secret(), kid=aws_id())

add("kotlin/decoy-maps-manifest", "tuner-android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />
    <application android:label="Uglasevalec" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("kotlin/basic-auth-password", "tuner-android/app/src/main/java/si/klavirskiservis/uglasevalec/api/ApiClient.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java", """
package si.klavirskiservis.uglasevalec.api

import okhttp3.Credentials
import okhttp3.OkHttpClient

object ApiClient {
    private val auth = Credentials.basic("tablica", "@@secret@@")

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", auth).build())
        }
        .build()
}
""", words_pw())

add("csharp/sendgrid-api-key", "ServisApi/Services/EmailService.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ServisApi.Services;

public class EmailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task PosljiAsync(string to, string zadeva, string html) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("delavnica@klavirski-servis.si", "Klavirski servis"),
            new EmailAddress(to), zadeva, null, html));
}
""", sendgrid_key())

add("php/decoy-wp-salts-env", "shop/wp-config-env.php", "https://roots.io/bedrock/docs/environment-variables/", """
<?php
use function Env\\env;

define('DB_NAME', env('DB_NAME'));
define('DB_USER', env('DB_USER'));
define('DB_PASSWORD', env('DB_PASSWORD'));
define('AUTH_KEY', env('AUTH_KEY'));
define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
define('WOOCOMMERCE_CONSUMER_SECRET', env('WC_CONSUMER_SECRET'));
""")

add("php/smtp-password", "shop/wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", """
<?php
/* Plugin Name: Klavirski SMTP */
add_action('phpmailer_init', function ($mail) {
    $mail->isSMTP();
    $mail->Host = 'smtp.siol.net';
    $mail->SMTPAuth = true;
    $mail->Port = 587;
    $mail->Username = 'trgovina@klavirski-servis.si';
    $mail->Password = '@@secret@@';
    $mail->SMTPSecure = 'tls';
});
""", words_pw())

add("ruby/decoy-fixture", "legacy-crm/test/fixtures/users.yml", "https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", """
mateja:
  email: mateja@example.com
  password_digest: <%= BCrypt::Password.create("secret") %>
  role: admin

luka:
  email: luka@example.com
  password_digest: <%= BCrypt::Password.create("secret") %>
  role: tuner
""")

add("ruby/github-token", "legacy-crm/lib/tasks/issues.rake", "https://octokit.github.io/octokit.rb/", """
namespace :issues do
  desc "Odpri GitHub issue za vsako reklamacijo popravila"
  task sync: :environment do
    client = Octokit::Client.new(access_token: "@@secret@@")
    Reklamacija.odprte.find_each do |r|
      client.create_issue("klavirski-servis/reklamacije", "Reklamacija ##{r.id}: #{r.instrument}", r.opis)
    end
  end
end
""", fakes.github_fine_grained_token(_seed()))

add("rust/decoy-env-var", "hygro-gateway/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub mqtt_host: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            mqtt_host: env::var("MQTT_HOST").unwrap_or_else(|_| "localhost".into()),
            mqtt_user: env::var("MQTT_USER").expect("MQTT_USER"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("swift/decoy-keychain", "TunerIOS/TunerIOS/Services/Keychain.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security
import Foundation

enum Keychain {
    static func read(_ account: String) -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrAccount as String: account,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("swift/api-bearer-token", "TunerIOS/TunerIOS/Services/BookingAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

struct BookingAPI {
    static let base = URL(string: "https://api.klavirski-servis.si/v1")!
    static let token = "@@secret@@"

    static func danasnjiTermini() async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("termini/danes"))
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return try await URLSession.shared.data(for: req).0
    }
}
""", "ks_live_" + fakes.drawn_mixed(_seed(), 40))

add("markdown/telegram-bot-token", "docs/runbooks/obvestila.md", "https://core.telegram.org/bots#how-do-i-create-a-bot", """
# Obvestila o vlagi (Telegram)

Bot `@KlavirskiVlagaBot` posilja alarme v skupino *Skladisce*.

Ce bot utihne:
1. Preveri, da tece `hygro-bridge` na `mqtt.skladisce` (`systemctl status hygro-bridge`).
2. Rocni test:

```
curl "https://api.telegram.org/bot@@secret@@/getMe"
```

3. Ce vrne 401, je bil token preklican - nov token ustvari BotFather, vpisi ga v Vault.
""", telegram())

add("markdown/decoy-security-policy", "SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", """
# Varnostna politika

Ranljivosti prijavite na varnost@klavirski-servis.si (PGP kljuc spodaj, prstni odtis
`@@fp@@`).

- Gesel, API kljucev in zasebnih kljucev ne shranjujemo v repozitoriju.
- Skrivnosti so v Vaultu (`secret/<projekt>/...`) ali v 1Password.
- Pre-commit kavelj zavrne commit, ki vsebuje skrivnost.
""", fp=hexs(40).upper())

add("markdown/smtp-password-table", "docs/predaja/email.md", "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", """
# Email accounts used by devices and scripts

| Account | Used by | Password |
|---|---|---|
| opomniki@klavirski-servis.si | reminder job | in Vault |
| skener@klavirski-servis.si | Brother scanner in Maribor (scan to mail) | `@@secret@@` |
| termini@klavirski-servis.si | tuner-backend | in Vault |

The scanner cannot read Vault, so its password lives on the device; rotate yearly in March.
""", words_pw())

add("sql/decoy-migration-comment", "db/migrations/0012_api_kljuci.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- API kljuci partnerjev: shranjujemo samo SHA-256 hash, nikoli kljuca
CREATE TABLE partner_api_kljuci (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner     text NOT NULL,
    kljuc_hash  bytea NOT NULL,
    predpona    char(8) NOT NULL,
    ustvarjen   timestamptz DEFAULT now()
);
INSERT INTO partner_api_kljuci (partner, kljuc_hash, predpona)
VALUES ('Glasbena sola Vic', decode('@@h@@', 'hex'), 'ks_live_');
""", h=sha256())

add("sql/redis-password-config", "db/ops/app_config.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- nastavitve v bazi (stara praksa, odstranjeno v 3.0)
INSERT INTO app_config (kljuc, vrednost) VALUES
  ('celery.broker', 'redis://:@@secret@@@10.20.0.14:6379/2'),
  ('celery.timezone', 'Europe/Ljubljana'),
  ('opomniki.dni_prej', '3')
ON CONFLICT (kljuc) DO UPDATE SET vrednost = EXCLUDED.vrednost;
""", fakes.redis_password(_seed()))

add("csv/decoy-parts-price-list", "exports/cenik_delov.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sifra,naziv,dobavitelj,cena_eur,ean
REN-H-0412,Kladivce Renner Blue Point (set 88),Renner,1240.00,4012345678901
ABE-F-11,Filc za dusilce 1 m,Abel,38.50,4098765432109
ROS-S-13,Struna Roslau 13 (1 kg),Roslau,61.20,4021112223334
JAH-P-07,Ubiralka Jahn nastavljiva,Jahn,74.90,4055566677788
LOK-V-44,Lok za violino (pernambuk),Dorfler,420.00,4033344455566
""")

add("csv/partner-api-key", "exports/partnerji_dostopi.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
partner,kontakt,api_kljuc,ustvarjen
Glasbena sola Vic,tajnistvo@gs-vic.example,@@secret@@,2024-02-01
Konservatorij Maribor,it@kgb-mb.example,(preklican),2023-09-15
Cankarjev dom,tehnika@cd.example,(preklican),2022-11-30
Zavod Orgle,info@orgle.example,(v pripravi),
""", "ks_live_" + fakes.drawn_mixed(_seed(), 40))

add("log/decoy-redacted-trace", "logs/tuner-backend-2024-06-12.log", "https://logback.qos.ch/manual/layouts.html", """
2024-06-12 07:58:01.112 INFO  [main] s.k.t.TerminiApplication : Starting TerminiApplication v3.2.0
2024-06-12 07:58:03.440 INFO  [main] c.z.h.HikariDataSource : HikariPool-1 - jdbc:postgresql://db.ljubljana.internal:5432/termini?user=termini&password=****
2024-06-12 07:58:04.019 INFO  [main] s.k.t.MailConfig : SMTP smtp.office365.com:587 user=termini@klavirski-servis.si password=<redacted>
2024-06-12 07:58:05.301 INFO  [main] s.k.t.TerminiApplication : Started in 4.6 s
2024-06-12 08:12:44.908 WARN  [http-3] s.k.t.TerminController : termin @@u@@ prestavljen (vlaga 68 %)
""", u=uuid_s())

add("log/smtp-auth-plain", "logs/postfix-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
Jun 12 06:15:02 narocila postfix/smtp[2211]: connect to smtp.siol.net[193.189.160.11]:587
Jun 12 06:15:02 narocila postfix/smtp[2211]: > smtp.siol.net: EHLO narocila.klavirski-servis.si
Jun 12 06:15:02 narocila postfix/smtp[2211]: > smtp.siol.net: STARTTLS
Jun 12 06:15:03 narocila postfix/smtp[2211]: > smtp.siol.net: AUTH PLAIN @@secret@@
Jun 12 06:15:03 narocila postfix/smtp[2211]: < smtp.siol.net: 235 2.7.0 Authentication successful
Jun 12 06:15:03 narocila postfix/smtp[2211]: 4VzH1k2QxPz9: to=<ana.novak@example.com>, status=sent
""", b64("\0servis@klavirski-servis.si\0" + words_pw()))

add("ansible/decoy-vault-lookup", "ansible/roles/narocila/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
- name: Nastavi skrivnosti aplikacije
  ansible.builtin.template:
    src: env.j2
    dest: /srv/narocila/.env
    mode: "0600"
  vars:
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/booking/stripe:secret_key') }}"
    db_password: "{{ vault_db_password }}"
  notify: restart narocila
""")

add("ansible/ftp-password", "ansible/roles/catalogue/vars/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
catalogue_ftp_host: ftp.renner-parts.de
catalogue_ftp_user: klavservis_si
catalogue_ftp_password: "@@secret@@"
catalogue_cron_hour: 5
catalogue_local_dir: /srv/ceniki
""", words_pw())

add("terraform/decoy-random-password", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "zaloga_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "zaloga_db" {
  name = "zaloga/db-password"
}

resource "aws_secretsmanager_secret_version" "zaloga_db" {
  secret_id     = aws_secretsmanager_secret.zaloga_db.id
  secret_string = random_password.zaloga_db.result
}
""")

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "narocila" {
  zone_id = "9f3c2a1b7d8e4f5a6b0c1d2e3f4a5b6c"
  name    = "narocila"
  type    = "A"
  content = "164.90.170.21"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "https://github.com/slackapi/slack-github-action", """
name: nocni testi
on:
  schedule: [{cron: "0 2 * * *"}]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements-dev.txt && pytest -q
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Nocni testi narocila so padli"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/decoy-sha-pins", ".github/workflows/lint.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@a1@@ # v4.1.7
      - uses: actions/setup-python@@@a2@@ # v5.1.0
        with: {python-version: "3.12"}
      - run: pip install ruff==0.5.0 && ruff check .
""", a1=hexs(40), a2=hexs(40))

# ---------------------------------------------------------------- final batch
add("python/pipedrive-api-token", "crm/pipedrive_leads.py", "https://pipedrive.readme.io/docs/how-to-find-the-api-token", """
import requests

# povprasevanja za restavracije koncertnih klavirjev -> Pipedrive
API = "https://klavirskiservis.pipedrive.com/api/v1"
TOKEN = "@@secret@@"


def nov_lead(naziv: str, kontakt_id: int):
    return requests.post(f"{API}/leads", params={"api_token": TOKEN},
                         json={"title": naziv, "person_id": kontakt_id}, timeout=10).json()
""", hexs(40))

add("python/notion-token", "docs_sync/notion_handbook.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
from notion_client import Client

# prirocnik za uglasevalce je v Notionu; izvoz v Markdown za tablice brez povezave
notion = Client(auth="@@secret@@")
STRAN = "3f9a1c2e7b8d4e6fa0b1c2d3e4f5a6b7"

for blok in notion.blocks.children.list(block_id=STRAN)["results"]:
    print(blok["type"])
""", "ntn_" + fakes.drawn(_seed(), 11, string.digits) + fakes.drawn_mixed(_seed(), 35))

add("yaml/airtable-pat", "config/airtable_sync.yml", "https://airtable.com/developers/web/guides/personal-access-tokens", """
# inventar rabljenih instrumentov (Airtable baza "Zaloga instrumentov")
airtable:
  base_id: appK3mX9qL2vT8wP1
  table: Instrumenti
  token: @@secret@@
sync:
  every_minutes: 20
  fields: [Znamka, Model, Letnik, Cena, Stanje]
""", "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64))

add("env/vonage-api-secret", "reminders/.env.production", "https://developer.vonage.com/en/getting-started/concepts/authentication", """
# SMS opomniki (Vonage, posiljatelj KLAVIRSERV)
VONAGE_API_KEY=@@k@@
VONAGE_API_SECRET=@@secret@@
VONAGE_FROM=KLAVIRSERV
REMINDER_HOUR=17
""", fakes.drawn_mixed(_seed(), 16), k=hexs(8))

add("ini/decoy-tuner-device", "tuner-sync/devices.ini", "https://docs.python.org/3/library/configparser.html", """
; naprave uglasevalcev (Verituner na iPad, TuneLab na Android)
[luka-ipad]
serial = DMPXK2J3Q1GC
app = Verituner 6.2
export_share = \\\\nas\\verituner\\luka

[mateja-tablica]
serial = R52T30ABCDE
app = TuneLab Piano Tuner 6.0
export_share = \\\\nas\\verituner\\mateja
""")

add("xml/decoy-public-cert", "ServisApi/certs/bankart-callback.pem.xml", "https://www.w3.org/TR/xmldsig-core1/#sec-X509Data", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- javni certifikat Bankarta za preverjanje povratnih klicev (public) -->
<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
  <X509Data>
    <X509SubjectName>CN=gateway.bankart.si, O=Bankart d.o.o., C=SI</X509SubjectName>
    <X509Certificate>@@c@@</X509Certificate>
  </X509Data>
</KeyInfo>
""", c="MIID" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "=")

add("markdown/decoy-tuning-notes", "docs/prirocnik/uglasevanje-koncertni.md", "https://www.ptg.org/", """
# Uglasevanje koncertnih klavirjev (interni prirocnik)

- A4 = 442 Hz za Slovensko filharmonijo, 440 Hz za Cankarjev dom (preveri pri tehniku dvorane).
- Raztezanje: profil `steinway_b211.json` (id `@@u@@`).
- Pred koncertom: dve uglasitvi, druga najvec 2 uri pred nastopom.
- Kljuc dvorane: pri receptorju, geslo za vhod je osebna izkaznica (ne hranimo gesel tukaj).
""", u=uuid_s())

add("json/decoy-recaptcha-site-key", "frontend/public/config.json", "https://developers.google.com/recaptcha/docs/display", """
{
  "recaptchaSiteKey": "6Lc@@k@@",
  "apiBase": "https://api.klavirski-servis.si",
  "supportedLocales": ["sl", "en", "de", "hr"],
  "defaultLocale": "sl",
  "mapStyle": "mapbox://styles/klavirservis/clx2f9t0k00a801qm3b6h7d2e"
}
""", k=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("csharp/decoy-secret-placeholder", "ServisApi/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Servis": "Server=localhost;Database=Servis;Trusted_Connection=True;"
  },
  "Smtp": {"Host": "smtp.office365.com", "User": "", "Password": ""},
  "Bankart": {"ApiKey": "", "SharedSecret": "SET-IN-KEYVAULT"},
  "AllowedHosts": "*"
}
""")
