"""Blind set IA: bicycle couriers and cargo-bike delivery (a Budapest co-operative, Kerékút Futár Szövetkezet).

Dispatch and routing services, rider apps, GPS trackers and e-cargo-bike telematics, payments
(Stripe, Barion, SimplePay), invoicing (Számlázz.hu, Billingo), messaging, their CI, containers,
infrastructure, runbooks (a third in Hungarian), exports and logs, and their decoys.
Generated fakes only (seeds 3320000-3329999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3320000, 3329999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kormany", "Pedal", "Lanc", "Kerek", "Nyereg", "Duna", "Budai", "Villam", "Sarok", "Teker",
         "Csengo", "Fek", "Kosar", "Retek", "Barack", "Hegyi", "Lampa", "Sikator", "Vaz", "Kullo"]
LOWER = ["kormany", "lanckerek", "csomag", "futar", "duna", "retek", "pedal", "kosar", "villamos",
         "sziget", "csengo", "hegymenet", "raklap", "fuvar", "margit", "lampa"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UP) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def postmark_token() -> str:
    return uuid_s()


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1Ijoia2VyZWt1dCIsImEiOiJ" + "".join(r.choice(ALNUM) for _ in range(22)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def mapbox_public() -> str:
    r = _rng()
    return "pk.eyJ1Ijoia2VyZWt1dCIsImEiOiJ" + "".join(r.choice(ALNUM) for _ in range(22)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hetzner_token() -> str:
    return fakes.drawn_mixed(_seed(), 64)


def sentry_auth() -> str:
    return "sntrys_" + fakes.drawn_mixed(_seed(), 60)


def datadog_key() -> str:
    return hexs(32)


def cloudflare_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(40))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def barion_poskey() -> str:
    return hexs(32)


def simplepay_secret() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def szamlazz_agent_key() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(42))


def billingo_key() -> str:
    return uuid_s()


def onfleet_key() -> str:
    return hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def firebase_server_key() -> str:
    r = _rng()
    return "AAAA" + "".join(r.choice(ALNUM + "_-") for _ in range(7)) + ":APA91b" + "".join(r.choice(ALNUM + "_-") for _ in range(134))


def jwt_like(payload: str) -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


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
    CASES.append(LabelledCase(f"blind-ia/{category}", file_name, text, secret, source))


# ---- cases ----------------------------------------------------------------------------------

# -- dispatch service (Django) ----------------------------------------------------------------
add("env/stripe-secret-key", "dispatch/.env.production", "https://docs.stripe.com/keys", """
# Kerékút dispatch – production
DJANGO_SETTINGS_MODULE=dispatch.settings.prod
ALLOWED_HOSTS=dispatch.kerekut.hu
DATABASE_URL=${DATABASE_URL}
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=huf
SENTRY_ENVIRONMENT=production
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-env-example", "dispatch/.env.example", "https://12factor.net/config", """
# Másold .env néven, és töltsd ki a saját értékeiddel.
DJANGO_SETTINGS_MODULE=dispatch.settings.dev
DATABASE_URL=postgres://dispatch:changeme@localhost:5432/dispatch
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
BARION_POSKEY=<ide jön a teszt POSKey>
SZAMLAZZ_AGENT_KEY=
REDIS_URL=redis://localhost:6379/0
""")

add("python/django-secret-key", "dispatch/dispatch/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["dispatch.kerekut.hu", "admin.kerekut.hu"]

SECRET_KEY = '@@secret@@'

CSRF_TRUSTED_ORIGINS = ["https://dispatch.kerekut.hu"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_CODE = "hu-hu"
TIME_ZONE = "Europe/Budapest"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dispatch",
        "HOST": "10.20.0.5",
        "USER": "dispatch",
        "PASSWORD": os.environ["DISPATCH_DB_PASSWORD"],
    }
}
""", fakes.django_secret_key(_seed()))

add("python/postgres-password", "dispatch/dispatch/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["staging.dispatch.kerekut.hu"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dispatch_staging",
        "HOST": "pg-staging.internal.kerekut.hu",
        "PORT": 5432,
        "USER": "dispatch_app",
        "PASSWORD": "@@secret@@",
        "CONN_MAX_AGE": 60,
    }
}

CELERY_BROKER_URL = "redis://redis-staging:6379/1"
""", words_pw())

add("python/decoy-env-reference", "dispatch/dispatch/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
BARION_POSKEY = os.getenv("BARION_POSKEY")
SZAMLAZZ_AGENT_KEY = os.getenv("SZAMLAZZ_AGENT_KEY")
MAPBOX_TOKEN = os.getenv("MAPBOX_TOKEN")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "orders",
    "riders",
    "routing",
]
LANGUAGE_CODE = "hu-hu"
TIME_ZONE = "Europe/Budapest"
""")

add("python/stripe-webhook-secret", "dispatch/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from orders.models import Order

# TODO(gabor): move to settings before go-live
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Order.objects.filter(stripe_session=session["id"]).update(paid=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("python/barion-poskey", "dispatch/payments/barion.py", "https://docs.barion.com/Payment-Start-v2", """
\"\"\"Barion Smart Gateway: fizetés indítása a webshop kosarából.\"\"\"
import requests

BARION_API = "https://api.barion.com/v2/Payment/Start"
POS_KEY = "@@secret@@"
PAYEE = "penzugy@kerekut.hu"


def start_payment(order):
    body = {
        "POSKey": POS_KEY,
        "PaymentType": "Immediate",
        "GuestCheckOut": True,
        "FundingSources": ["All"],
        "PaymentRequestId": f"KF-{order.pk}",
        "RedirectUrl": "https://kerekut.hu/fizetes/vissza",
        "CallbackUrl": "https://dispatch.kerekut.hu/barion/callback",
        "Currency": "HUF",
        "Transactions": [{
            "POSTransactionId": f"KF-{order.pk}-1",
            "Payee": PAYEE,
            "Total": order.total_huf,
            "Items": [{"Name": "Teherbiciklis kiszállítás", "Quantity": 1, "Unit": "db",
                       "UnitPrice": order.total_huf, "ItemTotal": order.total_huf}],
        }],
    }
    response = requests.post(BARION_API, json=body, timeout=15)
    response.raise_for_status()
    return response.json()["GatewayUrl"]
""", barion_poskey())

add("python/simplepay-secret", "webshop/simplepay/client.py", "https://simplepay.hu/fejlesztoknek/", """
import base64
import hashlib
import hmac
import json

import requests

MERCHANT = "P123456"
SECRET_KEY = "@@secret@@"
START_URL = "https://secure.simplepay.hu/payment/v2/start"


def _signature(body: str) -> str:
    digest = hmac.new(SECRET_KEY.encode(), body.encode(), hashlib.sha384).digest()
    return base64.b64encode(digest).decode()


def start(order_ref: str, total: int, email: str) -> dict:
    body = json.dumps({
        "salt": order_ref.rjust(32, "0"),
        "merchant": MERCHANT,
        "orderRef": order_ref,
        "currency": "HUF",
        "customerEmail": email,
        "language": "HU",
        "total": total,
        "methods": ["CARD"],
        "url": "https://kerekut.hu/simplepay/back",
    })
    headers = {"Content-Type": "application/json", "Signature": _signature(body)}
    return requests.post(START_URL, data=body, headers=headers, timeout=20).json()
""", simplepay_secret())

add("python/szamlazz-agent-key", "dispatch/invoicing/szamlazz.py", "https://docs.szamlazz.hu/", """
\"\"\"Számla kiállítása a Számlázz.hu Számla Agenten keresztül.\"\"\"
import requests

AGENT_URL = "https://www.szamlazz.hu/szamla/"
SZAMLA_AGENT_KULCS = "@@secret@@"

XML_TEMPLATE = \"\"\"<?xml version="1.0" encoding="UTF-8"?>
<xmlszamla xmlns="http://www.szamlazz.hu/xmlszamla">
  <beallitasok>
    <szamlaagentkulcs>{kulcs}</szamlaagentkulcs>
    <eszamla>true</eszamla>
    <szamlaLetoltes>false</szamlaLetoltes>
  </beallitasok>
  {fejlec}
</xmlszamla>\"\"\"


def kiallit(fejlec_xml: str) -> str:
    xml = XML_TEMPLATE.format(kulcs=SZAMLA_AGENT_KULCS, fejlec=fejlec_xml)
    resp = requests.post(AGENT_URL, files={"action-xmlagentxmlfile": ("szamla.xml", xml)}, timeout=30)
    resp.raise_for_status()
    return resp.headers.get("szlahu_szamlaszam", "")
""", szamlazz_agent_key())

add("python/billingo-api-key", "dispatch/invoicing/billingo_sync.py", "https://app.swaggerhub.com/apis/Billingo/Billingo/3.0.14", """
import requests

BILLINGO = "https://api.billingo.hu/v3"
session = requests.Session()
session.headers.update({
    "X-API-KEY": "@@secret@@",
    "Accept": "application/json",
})


def partners(page: int = 1):
    return session.get(f"{BILLINGO}/partners", params={"page": page, "per_page": 100}).json()


def documents_since(date_from: str):
    r = session.get(f"{BILLINGO}/documents", params={"start_date": date_from, "type": "invoice"})
    r.raise_for_status()
    return r.json()["data"]
""", billingo_key())

add("python/decoy-test-fixture", "dispatch/payments/tests/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import json
import time

import pytest
import stripe

TEST_SECRET = "whsec_test_secret"  # fixture only, not a Stripe-issued value


def _sign(payload: str, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{payload}", secret)
    return f"t={ts},v1={sig}"


@pytest.mark.django_db
def test_checkout_completed_marks_order_paid(client, order, settings):
    settings.STRIPE_WEBHOOK_SECRET = TEST_SECRET
    payload = json.dumps({"id": "evt_test_1", "type": "checkout.session.completed",
                          "data": {"object": {"id": order.stripe_session}}})
    resp = client.post("/stripe/webhook", payload, content_type="application/json",
                       HTTP_STRIPE_SIGNATURE=_sign(payload))
    assert resp.status_code == 200
    order.refresh_from_db()
    assert order.paid
""")

add("python/telegram-bot-token", "ops/bots/muszak_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Műszak-bot: reggel 6-kor kiküldi a napi beosztást a futár csoportnak.\"\"\"
import datetime as dt

import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001876543210
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def send(text: str) -> None:
    requests.post(f"{API}/sendMessage", data={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}, timeout=10)


def main() -> None:
    today = dt.date.today().strftime("%Y.%m.%d.")
    send(f"<b>Beosztás – {today}</b>\\nReggeli hullám: Anna, Bence, Csilla\\nDélutáni: Dani, Eszter")


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/google-maps-api-key", "routing/geocode.py", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding", """
import functools

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")


@functools.lru_cache(maxsize=4096)
def geocode(address: str):
    result = gmaps.geocode(address, region="hu", language="hu")
    if not result:
        return None
    loc = result[0]["geometry"]["location"]
    return loc["lat"], loc["lng"]


def distance_m(origin, destination) -> int:
    m = gmaps.distance_matrix(origin, destination, mode="bicycling")
    return m["rows"][0]["elements"][0]["distance"]["value"]
""", google_api_key())

add("python/aws-secret-key", "routing/tiles/upload_tiles.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "kerekut-route-tiles"


def upload(directory: str) -> int:
    n = 0
    for path in pathlib.Path(directory).rglob("*.pbf"):
        s3.upload_file(str(path), BUCKET, f"tiles/{path.relative_to(directory)}")
        n += 1
    return n


if __name__ == "__main__":
    print(upload("build/tiles"), "tiles uploaded")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-uuid", "dispatch/orders/migrations/0014_seed_zones.py", "https://docs.djangoproject.com/en/5.0/topics/migrations/#data-migrations", """
from django.db import migrations

ZONES = [
    ("@@u1@@", "Belváros (V., VI., VII.)", 1),
    ("@@u2@@", "Újbuda és Kelenföld", 2),
    ("@@u3@@", "Angyalföld – Újlipótváros", 2),
    ("@@u4@@", "Óbuda, Békásmegyer", 3),
]


def seed(apps, schema_editor):
    Zone = apps.get_model("orders", "Zone")
    for uid, name, tier in ZONES:
        Zone.objects.update_or_create(id=uid, defaults={"name": name, "price_tier": tier})


class Migration(migrations.Migration):
    dependencies = [("orders", "0013_zone")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-hash", "dispatch/riders/pins.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """
\"\"\"Futár PIN-ek ellenőrzése a depó kioszkon (csak a hash-t tároljuk).\"\"\"
import hashlib
import hmac

ITERATIONS = 310_000

# Demo kioszk-fiók hash-e a fejlesztői adatbázishoz (PIN: 0000)
DEMO_PIN_SALT = bytes.fromhex("@@salt@@")
DEMO_PIN_HASH = "@@hash@@"


def pin_hash(pin: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, ITERATIONS).hex()


def check(pin: str, salt: bytes, stored: str) -> bool:
    return hmac.compare_digest(pin_hash(pin, salt), stored)
""", salt=hexs(32), hash=sha256ish())

# -- containers, CI, infrastructure -----------------------------------------------------------
add("compose/postgres-password", "deploy/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  dispatch:
    image: registry.kerekut.hu/dispatch:1.18.2
    env_file: .env.production
    depends_on: [db, redis]
    ports: ["8000:8000"]
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
volumes:
  pgdata: {}
""", rand_pw(22))

add("compose/redis-password", "deploy/traccar/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """
version: "3.8"
services:
  traccar:
    image: traccar/traccar:6.5
    restart: unless-stopped
    ports:
      - "8082:8082"
      - "5055:5055"
    volumes:
      - ./traccar.xml:/opt/traccar/conf/traccar.xml:ro
  cache:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    restart: unless-stopped
""", fakes.redis_password(_seed()))

add("compose/decoy-env-reference", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  dispatch:
    image: registry.kerekut.hu/dispatch:${TAG:-latest}
    environment:
      DATABASE_URL: postgres://dispatch:${POSTGRES_PASSWORD}@db:5432/dispatch
      REDIS_URL: redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@redis:6379/0
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      BARION_POSKEY: ${BARION_POSKEY}
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("k8s-secret/onfleet-api-key", "k8s/dispatch/secret-onfleet.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: onfleet
  namespace: dispatch
  labels:
    app.kubernetes.io/part-of: kerekut
type: Opaque
data:
  ONFLEET_API_KEY: @@enc@@
  ONFLEET_ORG: @@org@@
""", (onk := onfleet_key()), enc=b64(onk), org=b64("kerekut-budapest"))

add("k8s-secret/smtp-password", "k8s/notify/secret-smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: notify-smtp
  namespace: notify
type: Opaque
stringData:
  SMTP_HOST: smtp.rackhost.hu
  SMTP_PORT: "587"
  SMTP_USER: ertesites@kerekut.hu
  SMTP_PASSWORD: "@@secret@@"
""", words_pw())

add("k8s-secret/decoy-sealed-secret", "k8s/dispatch/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: dispatch
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@a@@
    STRIPE_WEBHOOK_SECRET: AgC@@b@@
  template:
    metadata:
      name: stripe
      namespace: dispatch
    type: Opaque
""", a=fakes.drawn(_seed(), 340, ALNUM + "+/"), b=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("k8s/decoy-secret-ref", "k8s/dispatch/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch
  namespace: dispatch
spec:
  replicas: 2
  selector:
    matchLabels: {app: dispatch}
  template:
    metadata:
      labels: {app: dispatch}
    spec:
      containers:
        - name: web
          image: registry.kerekut.hu/dispatch:1.18.2
          envFrom:
            - secretRef: {name: dispatch-env}
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: STRIPE_SECRET_KEY}
            - name: ONFLEET_API_KEY
              valueFrom:
                secretKeyRef: {name: onfleet, key: ONFLEET_API_KEY}
""")

add("github-actions/pypi-token", ".github/workflows/release-routing-lib.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: release kerekut-routing
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
      - run: python -m pip install build twine
      - run: python -m build
      - name: upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy dispatch
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.kerekut.hu
          username: ci
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - run: docker build -t registry.kerekut.hu/dispatch:${{ github.sha }} .
      - run: docker push registry.kerekut.hu/dispatch:${{ github.sha }}
      - name: rollout
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_B64 }}
          HCLOUD_TOKEN: ${{ secrets.HCLOUD_TOKEN }}
        run: ./deploy/rollout.sh
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-routing.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly route optimisation check
on:
  schedule:
    - cron: "30 3 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e ./routing[test]
      - run: pytest routing/tests -q
      - name: notify
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Éjszakai útvonal-teszt elbukott :bike:"}' \\
            @@secret@@
""", slack_webhook())

add("terraform/hetzner-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "dispatch" {
  name        = "dispatch-1"
  server_type = "cx32"
  image       = "debian-12"
  location    = "fsn1"
  ssh_keys    = ["ops-gabor", "ops-reka"]
}

resource "hcloud_server" "traccar" {
  name        = "traccar-1"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
}
""", hetzner_token())

add("terraform/decoy-variable", "infra/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "hcloud_token" {
  description = "Hetzner Cloud API token (from 1Password: Ops / Hetzner)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "ssh_key_fingerprints" {
  type    = list(string)
  default = ["@@fp1@@", "@@fp2@@"]
}
""", fp1=":".join(hexs(32)[i:i + 2] for i in range(0, 32, 2)), fp2=":".join(hexs(32)[i:i + 2] for i in range(0, 32, 2)))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

locals {
  zone_id = "@@zone@@"
}

resource "cloudflare_record" "dispatch" {
  zone_id = local.zone_id
  name    = "dispatch"
  content = "49.12.77.201"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "track" {
  zone_id = local.zone_id
  name    = "track"
  content = "49.12.77.202"
  type    = "A"
}
""", cloudflare_token(), zone=hexs(32))

add("terraform/decoy-public-id", "infra/dns/zone.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Nem titkos: zóna- és fiókazonosítók
cloudflare_account_id = "@@acc@@"
cloudflare_zone_id    = "@@zone@@"
domain                = "kerekut.hu"
hcloud_location       = "fsn1"
ssh_allowed_cidrs     = ["91.120.0.0/16", "195.228.45.10/32"]
""", acc=hexs(32), zone=hexs(32))

add("dockerfile/github-token", "routing/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim

WORKDIR /app
ENV PIP_NO_CACHE_DIR=1 \\
    GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git libspatialindex-dev \\
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt \\
    && pip install "git+https://${GH_TOKEN}@github.com/kerekut/vroom-bindings.git@v0.4.1"
COPY . .
CMD ["uvicorn", "routing.api:app", "--host", "0.0.0.0", "--port", "8080"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "dispatch/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_index_token)@pypi.kerekut.hu/simple" \\
    pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install /wheels/*
COPY . /app
WORKDIR /app
ENV DJANGO_SETTINGS_MODULE=dispatch.settings.prod
CMD ["gunicorn", "dispatch.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""")

add("ansible/ldap-bind-password", "ansible/group_vars/office.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
# Iroda (Dob utca) – közös beállítások
office_ntp_servers:
  - hu.pool.ntp.org
nextcloud_domain: felho.kerekut.hu
ldap_server: ldap://ldap.kerekut.lan
ldap_bind_dn: cn=nextcloud,ou=services,dc=kerekut,dc=lan
ldap_bind_password: "@@secret@@"
ldap_base_dn: ou=people,dc=kerekut,dc=lan
printer_ip: 192.168.10.40
""", passphrase())

add("ansible/decoy-vault", "ansible/group_vars/depot/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(46))

add("ansible/wifi-psk", "ansible/roles/depot_ap/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
# Depó (Soroksári út) hozzáférési pontok
depot_ap_country: HU
depot_ap_channel: 6
depot_ssid_staff: kerekut-depo
depot_wpa_passphrase: "@@secret@@"
depot_ssid_guest: kerekut-vendeg
depot_guest_open: true
depot_ap_hosts:
  - 192.168.20.2
  - 192.168.20.3
""", words_pw())

# -- trackers, telematics, rider app ----------------------------------------------------------
add("xml/mysql-password", "deploy/traccar/traccar.xml", "https://www.traccar.org/configuration-file/", """
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='config.default'>./conf/default.xml</entry>
    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://10.20.0.7:3306/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC&amp;allowPublicKeyRetrieval=true&amp;useSSL=false</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@secret@@</entry>
    <entry key='web.port'>8082</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='teltonika.port'>5027</entry>
    <entry key='geocoder.enable'>false</entry>
</properties>
""", rand_pw(16, "#%"))

add("ini/mqtt-password", "telematics/bridge/bridge.ini", "https://mosquitto.org/man/mosquitto-conf-5.html", """
; E-teherbicikli telemetria: akkumulátor- és motoradatok MQTT-n
[mqtt]
host = mqtt.kerekut.hu
port = 8883
tls = true
client_id = telemetry-bridge-01
username = bridge
password = @@secret@@
topic = kerekut/bikes/+/bms

[influx]
url = http://influx.internal:8086
org = kerekut
bucket = telemetry
token = ${INFLUX_TOKEN}
""", rand_pw(24))

add("ini/decoy-placeholder", "telematics/bridge/bridge.ini.sample", "https://mosquitto.org/man/mosquitto-conf-5.html", """
; Minta – a valódi értékek a Bitwardenben: "Telemetria / MQTT bridge"
[mqtt]
host = mqtt.kerekut.hu
port = 8883
tls = true
client_id = telemetry-bridge-XX
username = bridge
password = CHANGE_ME

[influx]
url = http://influx.internal:8086
org = kerekut
bucket = telemetry
token = <influx-token>
""")

add("json/influxdb-token", "telematics/grafana/provisioning/datasources/influx.json", "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source", """
{
  "apiVersion": 1,
  "datasources": [
    {
      "name": "Telemetria",
      "type": "influxdb",
      "access": "proxy",
      "url": "http://influx.internal:8086",
      "jsonData": {
        "version": "Flux",
        "organization": "kerekut",
        "defaultBucket": "telemetry"
      },
      "secureJsonData": {
        "token": "@@secret@@"
      }
    }
  ]
}
""", fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("shell/tracker-admin-password", "telematics/trackers/provision_fmb.sh", "https://wiki.teltonika-gps.com/view/FMB_SMS/GPRS_Commands", """
#!/usr/bin/env bash
# Teltonika FMB920 nyomkövetők beállítása SMS-ben (Twilio-n át)
set -euo pipefail

SMS_LOGIN="kerekut"
SMS_PASS="@@secret@@"
SERVER="track.kerekut.hu"
PORT=5027

while read -r imei phone; do
  for cmd in "setparam 2004:${SERVER}" "setparam 2005:${PORT}" "setparam 2006:0" "getver"; do
    twilio api:core:messages:create --from "+36300000000" --to "$phone" \\
      --body "${SMS_LOGIN} ${SMS_PASS} ${cmd}"
    sleep 2
  done
  echo "kész: $imei"
done < trackers.tsv
""", rand_pw(8))

add("go/mqtt-password", "telematics/ingest/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword", """
package main

import (
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.kerekut.hu:8883").
		SetClientID("ingest-1").
		SetUsername("ingest").
		SetPassword("@@secret@@").
		SetKeepAlive(30 * time.Second)

	client := mqtt.NewClient(opts)
	if token := client.Connect(); token.Wait() && token.Error() != nil {
		log.Fatal(token.Error())
	}
	client.Subscribe("kerekut/bikes/+/gps", 1, onGPS)
	select {}
}

func onGPS(c mqtt.Client, m mqtt.Message) {
	log.Printf("%s %s", m.Topic(), m.Payload())
}
""", words_pw())

add("go/decoy-env-reference", "telematics/ingest/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	Broker   string
	Username string
	Password string
	Influx   string
}

func load() (Config, error) {
	c := Config{
		Broker:   getenv("MQTT_BROKER", "ssl://mqtt.kerekut.hu:8883"),
		Username: getenv("MQTT_USERNAME", "ingest"),
		Password: os.Getenv("MQTT_PASSWORD"),
		Influx:   os.Getenv("INFLUX_TOKEN"),
	}
	if c.Password == "" {
		return c, fmt.Errorf("MQTT_PASSWORD is not set")
	}
	return c, nil
}

func getenv(k, d string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return d
}
""")

add("go/postgres-url", "dispatch-go/cmd/eta/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://eta_reader:@@secret@@@pg.internal.kerekut.hu:5432/dispatch?sslmode=require"

func main() {
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatalf("db: %v", err)
	}
	defer pool.Close()

	var open int
	if err := pool.QueryRow(ctx, "select count(*) from orders_order where status = 'open'").Scan(&open); err != nil {
		log.Fatal(err)
	}
	log.Printf("nyitott rendelések: %d", open)
}
""", rand_pw(20))

add("kotlin/mapbox-secret-token", "rider-app/app/src/main/java/hu/kerekut/rider/map/OfflineRegions.kt", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", """
package hu.kerekut.rider.map

import com.mapbox.common.MapboxOptions
import okhttp3.OkHttpClient
import okhttp3.Request

object OfflineRegions {
    // downloads:read scope, used by the tile prefetch job
    private const val DOWNLOADS_TOKEN = "@@secret@@"

    private val http = OkHttpClient()

    fun styleUrl(style: String) =
        "https://api.mapbox.com/styles/v1/kerekut/$style?access_token=$DOWNLOADS_TOKEN"

    fun fetchStyle(style: String): String? {
        val req = Request.Builder().url(styleUrl(style)).build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", mapbox_secret())

add("kotlin/decoy-publishable-key", "rider-app/app/src/main/java/hu/kerekut/rider/RiderApp.kt", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
package hu.kerekut.rider

import android.app.Application
import com.mapbox.common.MapboxOptions
import com.stripe.android.PaymentConfiguration

class RiderApp : Application() {
    override fun onCreate() {
        super.onCreate()
        // Public tokens: shipped in the APK by design
        MapboxOptions.accessToken = "@@mb@@"
        PaymentConfiguration.init(applicationContext, "@@pk@@")
    }
}
""", mb=mapbox_public(), pk=stripe_key("pk_live_"))

add("properties/decoy-gradle-reference", "rider-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Signing: values come from ~/.gradle/gradle.properties on the release machine
KERE_RELEASE_STORE_FILE=release.jks
KERE_RELEASE_KEY_ALIAS=kerekut-rider
KERE_RELEASE_STORE_PASSWORD=
KERE_RELEASE_KEY_PASSWORD=
MAPBOX_DOWNLOADS_TOKEN=
""")

add("properties/keystore-password", "rider-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# NE commitold! (mégis bekerült – lásd #212)
storeFile=../keys/kerekut-release.jks
storePassword=@@secret@@
keyAlias=kerekut-rider
keyPassword=@@kp@@
""", passphrase(), kp=passphrase())

add("java/twilio-auth-token", "notify-service/src/main/java/hu/kerekut/notify/SmsSender.java", "https://www.twilio.com/docs/libraries/reference/twilio-java/", """
package hu.kerekut.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public final class SmsSender {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";
    private static final PhoneNumber FROM = new PhoneNumber("+36309990000");

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public String send(String to, String text) {
        Message msg = Message.creator(new PhoneNumber(to), FROM, text).create();
        return msg.getSid();
    }

    public String etaNotice(String to, int minutes) {
        return send(to, "A Kerékút futár " + minutes + " percen belül érkezik a csomagjával.");
    }
}
""", hexs(32), sid=twilio_sid())

add("properties/sendgrid-api-key", "notify-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.application.name=notify-service
server.port=8090
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
notify.from=ertesites@kerekut.hu
notify.reply-to=ugyfelszolgalat@kerekut.hu
""", sendgrid_key())

add("yaml/decoy-spring-placeholder", "notify-service/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring:
  application:
    name: notify-service
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: ${SENDGRID_API_KEY}
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/notify
    username: notify
    password: ${DB_PASSWORD:}
twilio:
  account-sid: ${TWILIO_ACCOUNT_SID}
  auth-token: ${TWILIO_AUTH_TOKEN}
""")

add("swift/decoy-publishable-key", "customer-ios/Kerekut/Config/AppConfig.swift", "https://docs.stripe.com/keys#obtain-api-keys", """
import Foundation

enum AppConfig {
    static let apiBase = URL(string: "https://api.kerekut.hu/v1")!
    // Publishable key: safe to embed in the app
    static let stripePublishableKey = "@@pk@@"
    static let sentryDSN = "https://@@pub@@@o4507.ingest.de.sentry.io/4507112"
    static let supportPhone = "+36 1 555 0199"
    static let appGroup = "group.hu.kerekut.customer"
}
""", pk=stripe_key("pk_live_"), pub=hexs(32))

add("swift/firebase-server-key", "customer-ios/Scripts/SendTestPush.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
#!/usr/bin/env swift
import Foundation

let serverKey = "@@secret@@"
let deviceToken = CommandLine.arguments.dropFirst().first ?? ""

var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
req.httpMethod = "POST"
req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
req.setValue("application/json", forHTTPHeaderField: "Content-Type")
let body: [String: Any] = ["to": deviceToken,
                           "notification": ["title": "Kerékút", "body": "A futár elindult a csomagjával"]]
req.httpBody = try! JSONSerialization.data(withJSONObject: body)

let sem = DispatchSemaphore(value: 0)
URLSession.shared.dataTask(with: req) { data, _, _ in
    print(String(data: data ?? Data(), encoding: .utf8) ?? "")
    sem.signal()
}.resume()
sem.wait()
""", firebase_server_key())

add("plist/decoy-google-service-info", "customer-ios/Kerekut/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418822093311</string>
	<key>BUNDLE_ID</key>
	<string>hu.kerekut.customer</string>
	<key>PROJECT_ID</key>
	<string>kerekut-customer</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418822093311:ios:@@app@@</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
""", key=google_api_key(), app=hexs(22))

add("typescript/onfleet-api-key", "dispatch-web/src/lib/onfleet.ts", "https://docs.onfleet.com/reference/authentication", """
import Onfleet from "@onfleet/node-onfleet";

// Onfleet: a nagy B2B ügyfelek (gyógyszertár-lánc) feladatai ide mennek
const onfleet = new Onfleet("@@secret@@");

export async function createTask(address: string, recipient: { name: string; phone: string }, notes: string) {
  return onfleet.tasks.create({
    destination: { address: { unparsed: address } },
    recipients: [{ name: recipient.name, phone: recipient.phone }],
    notes,
    autoAssign: { mode: "distance" },
  });
}

export async function teamWorkload(teamId: string) {
  return onfleet.teams.get(teamId);
}
""", onfleet_key())

add("typescript/decoy-next-public", "dispatch-web/src/config.ts", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """
export const config = {
  apiBase: process.env.NEXT_PUBLIC_API_BASE ?? "https://api.kerekut.hu/v1",
  mapboxToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN!,
  stripeKey: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!,
  sentryDsn: process.env.NEXT_PUBLIC_SENTRY_DSN,
  // server-only, never sent to the browser
  onfleetKey: process.env.ONFLEET_API_KEY,
  stripeSecret: process.env.STRIPE_SECRET_KEY,
};
""")

add("typescript/supabase-service-role", "dispatch-web/scripts/backfill-riders.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  "https://xqzkerekutdemo.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);

async function main() {
  const { data, error } = await supabase.from("riders").select("id, name, cargo_certified").is("zone", null);
  if (error) throw error;
  for (const rider of data ?? []) {
    await supabase.from("riders").update({ zone: "belvaros" }).eq("id", rider.id);
  }
  console.log(`frissítve: ${data?.length ?? 0} futár`);
}

main();
""", jwt_like('{"iss":"supabase","ref":"xqzkerekutdemo","role":"service_role","iat":1718000000,"exp":2033576000}'))

# -- webshop, accounting, office --------------------------------------------------------------
add("php/mysql-password", "webshop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", """
<?php
/** Kerékút webshop – WordPress + WooCommerce */
define( 'DB_NAME', 'kerekut_wp' );
define( 'DB_USER', 'kerekut_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
define( 'WPLANG', 'hu_HU' );
define( 'DISALLOW_FILE_EDIT', true );

$table_prefix = 'kk_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%^"))

add("php/decoy-wp-salts-placeholder", "webshop/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
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

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("php/simplepay-secret", "webshop/wp-content/plugins/kerekut-simplepay/config.php", "https://simplepay.hu/fejlesztoknek/", """
<?php
// SimplePay v2 SDK konfiguráció (OTP Mobil)
$config = array(
    'HUF_MERCHANT' => 'P654321',
    'HUF_SECRET_KEY' => '@@secret@@',
    'SANDBOX' => false,
    'URL' => 'https://kerekut.hu/simplepay/back',
    'GET_DATA' => (isset($_GET['r']) && isset($_GET['s'])) ? ['r' => $_GET['r'], 's' => $_GET['s']] : [],
    'LOGGER' => true,
    'LOG_PATH' => __DIR__ . '/log',
    'AUTOCHALLENGE' => true,
);
""", simplepay_secret())

add("php/barion-poskey", "webshop/wp-content/plugins/kerekut-barion/barion-settings.php", "https://docs.barion.com/Barion_PHP_library", """
<?php
require_once __DIR__ . '/library/BarionClient.php';

$myPosKey = "@@secret@@";
$apiVersion = 2;
$environment = BarionEnvironment::Prod;

$BC = new BarionClient($myPosKey, $apiVersion, $environment);

function kerekut_barion_client() {
    global $BC;
    return $BC;
}
""", barion_poskey())

add("php/decoy-env-reference", "webshop/wp-content/plugins/kerekut-dispatch/includes/class-api.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
class Kerekut_Dispatch_Api {
    private $base;
    private $token;

    public function __construct() {
        $this->base  = getenv( 'KEREKUT_DISPATCH_URL' ) ?: 'https://dispatch.kerekut.hu/api';
        $this->token = getenv( 'KEREKUT_DISPATCH_TOKEN' );
    }

    public function create_delivery( $order ) {
        return wp_remote_post( $this->base . '/deliveries', array(
            'headers' => array( 'Authorization' => 'Token ' . $this->token ),
            'body'    => wp_json_encode( array( 'order' => $order->get_id(), 'address' => $order->get_shipping_address_1() ) ),
            'timeout' => 15,
        ) );
    }
}
""")

add("ruby/mailgun-api-key", "legacy-tracker/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", """
require "mailgun-ruby"

Mailgun.configure do |config|
  config.api_key = "@@secret@@"
  config.api_host = "api.eu.mailgun.net"
end

MAILGUN_DOMAIN = "mg.kerekut.hu"

ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: Mailgun.api_key,
  domain: MAILGUN_DOMAIN,
  api_host: "api.eu.mailgun.net",
}
""", mailgun_key())

add("yaml/decoy-credentials-reference", "legacy-tracker/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-central-1
  bucket: kerekut-proof-of-delivery
""")

add("json/sql-server-password", "accounting/KerekutPayroll/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Payroll": "Server=tcp:sql.kerekut.lan,1433;Database=Berszamfejtes;User ID=payroll_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Payroll": {
    "Currency": "HUF",
    "PayDay": 10,
    "CoopShareDeduction": 5000
  }
}
""", words_pw())

add("csharp/billingo-api-key", "accounting/KerekutPayroll/Services/BillingoClient.cs", "https://app.swaggerhub.com/apis/Billingo/Billingo/3.0.14", """
using System.Net.Http;
using System.Net.Http.Json;

namespace KerekutPayroll.Services;

public sealed class BillingoClient
{
    private readonly HttpClient _http;

    public BillingoClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.billingo.hu/v3/");
        _http.DefaultRequestHeaders.Add("X-API-KEY", "@@secret@@");
    }

    public async Task<List<Document>> InvoicesAsync(DateOnly from)
    {
        var page = await _http.GetFromJsonAsync<DocumentPage>($"documents?start_date={from:yyyy-MM-dd}&type=invoice");
        return page?.Data ?? new List<Document>();
    }
}

public record Document(long Id, string InvoiceNumber, decimal GrossTotal);
public record DocumentPage(List<Document> Data);
""", billingo_key())

add("json/decoy-user-secrets", "accounting/KerekutPayroll/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Payroll": "Server=(localdb)\\\\MSSQLLocalDB;Database=Berszamfejtes;Trusted_Connection=True"
  },
  "Billingo": {
    "ApiKey": "set with: dotnet user-secrets set Billingo:ApiKey <key>"
  },
  "Payroll": {
    "Currency": "HUF",
    "PayDay": 10
  },
  "UserSecretsId": "@@u@@"
}
""", u=uuid_s())

add("powershell/smtp-password", "office/scripts/Send-HaviKimutatas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Havi kimutatás a szövetkezeti tagoknak (minden hónap 2-án, Feladatütemező)
$ErrorActionPreference = "Stop"
$report = "\\\\nas01\\penzugy\\kimutatas\\$(Get-Date -Format yyyy-MM).xlsx"

$securePass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("konyveles@kerekut.hu", $securePass)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -From "konyveles@kerekut.hu" -To "tagok@kerekut.hu" `
    -Subject "Havi kimutatás $(Get-Date -Format 'yyyy. MMMM')" `
    -Body "Csatolva a havi fuvar- és bevételi kimutatás." `
    -Attachments $report -Credential $cred -Encoding UTF8
""", words_pw())

add("powershell/decoy-secret-store", "office/scripts/Backup-Nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """
Import-Module Microsoft.PowerShell.SecretManagement
$ErrorActionPreference = "Stop"

$cred = Get-Secret -Name "nas01-backup" -Vault KerekutOps
$key  = Get-Secret -Name "b2-application-key" -Vault KerekutOps -AsPlainText

New-PSDrive -Name N -PSProvider FileSystem -Root "\\\\nas01\\penzugy" -Credential $cred | Out-Null
& rclone sync N:\\ b2:kerekut-backup/penzugy --b2-key $key --b2-account "@@acc@@"
Remove-PSDrive N
""", acc="0" + hexs(11))

add("rust/hmac-signing-secret", "tracker-gw/src/auth.rs", "https://docs.rs/hmac/latest/hmac/", """
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

// Shared with the Teltonika relay in the depot; rotates with the firmware
const DEVICE_SIGNING_KEY: &[u8] = b"@@secret@@";

pub fn verify(imei: &str, payload: &[u8], signature: &[u8]) -> bool {
    let mut mac = HmacSha256::new_from_slice(DEVICE_SIGNING_KEY).expect("key");
    mac.update(imei.as_bytes());
    mac.update(payload);
    mac.verify_slice(signature).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_empty() {
        assert!(!super::verify("356307042441013", b"", b""));
    }
}
""", rand_pw(40))

add("rust/decoy-test-vector", "tracker-gw/src/codec.rs", "https://wiki.teltonika-gps.com/view/Codec#Codec_8", """
//! Teltonika Codec 8 frames.

pub fn crc16_ibm(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &b in data {
        crc ^= b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    // Example AVL packet from the vendor wiki (hex)
    const FRAME: &str = "000000000000003608010000016B40D8EA30010000000000000000000000000000000105021503010101425E0F01F10000601A014E0000000000000000010000C7CF";

    #[test]
    fn frame_parses() {
        let bytes = hex::decode(FRAME).unwrap();
        assert_eq!(bytes[8], 0x08);
    }
}
""")

add("toml/sentry-auth-token", "tracker-gw/.cargo/config.toml", "https://docs.sentry.io/cli/configuration/#configuration-file", """
[build]
target = "aarch64-unknown-linux-gnu"

[target.aarch64-unknown-linux-gnu]
linker = "aarch64-linux-gnu-gcc"

[env]
SENTRY_ORG = "kerekut"
SENTRY_PROJECT = "tracker-gw"
SENTRY_AUTH_TOKEN = "@@secret@@"
""", sentry_auth())

add("toml/decoy-lockfile-checksum", "tracker-gw/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "hmac"
version = "0.12.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"
dependencies = [
 "digest",
]

[[package]]
name = "sha2"
version = "0.10.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
dependencies = [
 "cfg-if",
 "cpufeatures",
 "digest",
]
""", c1=sha256ish(), c2=sha256ish())

add("ini/pypi-token", "routing/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    kerekut

[pypi]
username = __token__
password = @@secret@@

[kerekut]
repository = https://pypi.kerekut.hu/
username = ci
""", fakes.pypi_token(_seed()))

add("toml/decoy-poetry-source", "routing/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
[tool.poetry]
name = "kerekut-routing"
version = "0.9.3"
description = "Teherbicikli útvonaltervezés (VROOM + OSRM) a Kerékút diszpécserhez"
authors = ["Kerékút Futár Szövetkezet <it@kerekut.hu>"]

[tool.poetry.dependencies]
python = "^3.11"
requests = "^2.32"
shapely = "^2.0"

[[tool.poetry.source]]
name = "kerekut"
url = "https://pypi.kerekut.hu/simple/"
priority = "supplemental"
# credentials: poetry config http-basic.kerekut ci $PIP_INDEX_TOKEN
""")

# -- docs, runbooks, handover notes (many in Hungarian) ---------------------------------------
add("markdown/nav-online-szamla-password", "docs/konyveles/nav-online-szamla.md", "https://onlineszamla.nav.gov.hu/dokumentaciok", """
# NAV Online Számla – technikai felhasználó

A Billingo és a saját számlázó modul is ezzel küldi az adatszolgáltatást.

| Mező | Érték |
|------|-------|
| Adószám | 28765432-2-42 |
| Technikai felhasználó | kerekuttech01 |
| Jelszó | `@@secret@@` |
| XML aláírókulcs | a 1Passwordben ("NAV aláírókulcs") |
| XML cserekulcs | a 1Passwordben ("NAV cserekulcs") |

## Jelszócsere
A NAV felületén 90 naponta kötelező. Csere után frissítsd a Billingo beállításait is.

Utolsó csere: 2026.09.14. (Réka)
""", words_pw())

add("markdown/onfleet-api-key", "docs/handover/dispatch-atadas-2026-10.md", "https://docs.onfleet.com/reference/authentication", """
# Átadás: diszpécser rendszer (Gábor → Réka), 2026. október

## Ami fut
- dispatch.kerekut.hu – Django, Hetzner `dispatch-1`
- track.kerekut.hu – Traccar, `traccar-1`
- Onfleet a gyógyszertár-lánc szállításaihoz

## Hozzáférések
- Hetzner konzol: a közös ops fiók, 2FA a telefonomon → átállítva Rékára
- Onfleet API kulcs (a régi integrációé, még nincs a vaultban):
  `@@secret@@`
- Stripe: Réka már admin

## Nyitott ügyek
1. A Traccar adatbázis mentése néha elakad éjjel.
2. A Teltonika trackerek firmware-frissítése (12 db) hátravan.
""", onfleet_key())

add("markdown/decoy-redacted", "docs/incidents/2026-07-12-stripe-key.md", "https://docs.stripe.com/keys#rolling-keys", """
# Incidens: Stripe kulcs a nyilvános repóban (2026-07-12)

**Összefoglaló:** a `dispatch/.env.production` fájl 14 percig nyilvános volt a GitHubon.

## Idővonal
- 09:41 – commit `a3f9c1e` a `main` ágra, benne `STRIPE_SECRET_KEY=sk_live_51Mx…REDACTED`
- 09:55 – GitHub secret scanning riasztás
- 09:58 – kulcs visszavonva (roll) a Stripe dashboardon, új kulcs a vaultban

## Tanulságok
- pre-commit hook minden repóban
- a `.env*` fájlok a `.gitignore`-ba (kivéve `.env.example`)
""")

add("markdown/decoy-placeholder", "routing/README.md", "https://developers.google.com/maps/documentation/javascript/get-api-key", """
# kerekut-routing

Teherbicikli-barát útvonaltervezés: VROOM a sorrendhez, OSRM `bicycle` profillal a távolságokhoz.

## Telepítés

```bash
pip install kerekut-routing
export GOOGLE_MAPS_API_KEY="YOUR_API_KEY"
export OSRM_URL="http://localhost:5000"
```

## Használat

```python
from kerekut_routing import plan
route = plan(depot=(47.4733, 19.0790), stops=stops, capacity_kg=120)
```

A `capacity_kg` a teherbicikli terhelhetősége (Bullitt: 100 kg, Urban Arrow Tender: 200 kg).
""")

add("markdown/redis-password", "docs/runbooks/redis-failover.md", "https://redis.io/docs/latest/develop/connect/cli/", """
# Runbook: Redis failover (Celery broker)

When the dispatch queue stalls and `celery inspect ping` times out:

1. SSH to `dispatch-1` and check the container:
   ```
   docker compose ps redis
   ```
2. Check memory and clients:
   ```
   redis-cli -h 10.20.0.6 -a '@@secret@@' info memory
   redis-cli -h 10.20.0.6 -a '@@secret@@' client list | wc -l
   ```
3. If `used_memory` is near `maxmemory`, flush the result backend DB only:
   ```
   redis-cli -h 10.20.0.6 -a '@@secret@@' -n 2 flushdb
   ```
4. Restart the workers: `docker compose restart worker beat`.
""", fakes.redis_password(_seed()))

add("markdown/decoy-hash", "docs/security/release-checksums.md", "https://developer.android.com/studio/publish/app-signing#app-signing-key-fingerprint", """
# Futár app – kiadások ellenőrzése

Az APK aláírókulcs ujjlenyomata (SHA-256), ezt kell látni a `apksigner verify --print-certs` kimenetében:

```
@@fp@@
```

| Verzió | Fájl | SHA-256 |
|--------|------|---------|
| 3.4.0 | kerekut-rider-3.4.0.apk | `@@h1@@` |
| 3.4.1 | kerekut-rider-3.4.1.apk | `@@h2@@` |
| 3.5.0 | kerekut-rider-3.5.0.apk | `@@h3@@` |
""", fp=":".join(hexs(64)[i:i + 2] for i in range(0, 64, 2)).upper(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("markdown/wifi-password", "docs/depo/uj-futaroknak.md", "https://www.wi-fi.org/discover-wi-fi/security", """
# Üdv a Kerékútnál! – Első nap a depóban

- **Cím:** 1095 Budapest, Soroksári út 48., hátsó udvar
- **Nyitás:** 6:30, a kulcs a kódos dobozban (kód: a műszakvezetőtől)
- **Wi-Fi:** `kerekut-depo`, jelszó: `@@secret@@`
- **Töltők:** a Riese & Müller akkukat csak a bal oldali polcon töltsd!
- **Futár app:** Play Áruház → „Kerékút Futár”, belépés a szövetkezeti e-mail címeddel

Kérdés esetén: #depo csatorna vagy Réka (+36 30 555 0142).
""", words_pw())

add("markdown/decoy-example-curl", "docs/api/partner-api.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
# Partner API (éttermek és boltok)

Minden kéréshez kell egy `Authorization: Bearer <token>` fejléc. Tokent a partnerportálon
(`https://partner.kerekut.hu/beallitasok/api`) lehet generálni.

## Szállítás létrehozása

```bash
curl -X POST https://api.kerekut.hu/v1/deliveries \\
  -H "Authorization: Bearer $KEREKUT_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"pickup": "Király u. 12.", "dropoff": "Bartók Béla út 40.", "size": "M"}'
```

Válasz: `201 Created`, `{"id": "dlv_01HZX...", "eta_minutes": 34}`.

A sandbox tokenek `kk_test_` előtaggal kezdődnek, példa: `kk_test_XXXXXXXXXXXXXXXX`.
""")

add("markdown/ftp-password", "docs/partnerek/gyogyszertar-edi.md", "https://datatracker.ietf.org/doc/html/rfc959", """
# Gyógyszertár-lánc: napi fuvarlista átvétele (FTP)

A partner minden nap 5:00-ig feltölti a `fuvar_YYYYMMDD.csv` fájlt.

- Szerver: `ftp.patika-partner.hu`, port 21 (FTPS, explicit TLS)
- Felhasználó: `kerekut_fuvar`
- Jelszó: `@@secret@@`
- Könyvtár: `/out/kerekut/`

A cron-feladat (`ops/cron/patika_import.sh`) 5:15-kor letölti és betölti a diszpécserbe.
Ha hiányzik a fájl, hívd a partner IT-ját: +36 1 555 0177.
""", rand_pw(12))

add("markdown/decoy-env-reference", "docs/runbooks/rotate-secrets.md", "https://developer.hashicorp.com/vault/docs/commands/kv/put", """
# Runbook: titkok cseréje

Minden titok a Vaultban van (`kv/kerekut/<szolgáltatás>`). Csere lépései:

1. Új érték generálása a szolgáltatónál (Stripe, Barion, Twilio …).
2. Feltöltés: `vault kv put kv/kerekut/stripe secret_key=@-` (stdin-ről, ne parancssorból!)
3. Újraindítás: `kubectl -n dispatch rollout restart deploy/dispatch`
4. Régi érték visszavonása a szolgáltatónál.

A kódban mindig `os.environ["STRIPE_SECRET_KEY"]` vagy `secretKeyRef` legyen, sosem literál.
""")

add("markdown/aws-secret-key", "docs/infra/backup-s3.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Proof-of-delivery fotók mentése S3-ba

A futár app a kézbesítési fotókat a `kerekut-proof-of-delivery` bucketbe tölti (eu-central-1).
Éjjeli szinkron a NAS-ra a `pod-sync` IAM felhasználóval:

```ini
[pod-sync]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
```

Megőrzés: 180 nap (GDPR, lásd adatkezelési tájékoztató 4.2 pont).
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# -- SQL, CSV, logs -----------------------------------------------------------------------------
add("sql/postgres-role-password", "db/migrations/V31__reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Riport felhasználó a Metabase-hez (csak olvasás)
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE dispatch TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
REVOKE SELECT ON riders_rider_bank FROM metabase_ro;
""", rand_pw(18))

add("sql/decoy-bcrypt-hash", "db/seed/dev_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Fejlesztői seed: diszpécser és futár fiókok (jelszó mindenhol: "futar123", csak lokálisan!)
INSERT INTO auth_user (id, username, email, password, is_staff, is_superuser, is_active, date_joined) VALUES
  (1, 'dispecser', 'dispecser@example.hu', 'bcrypt_sha256$@@h1@@', true, false, true, now()),
  (2, 'anna.futar', 'anna@example.hu', 'bcrypt_sha256$@@h2@@', false, false, true, now()),
  (3, 'bence.futar', 'bence@example.hu', 'bcrypt_sha256$@@h3@@', false, false, true, now());

INSERT INTO riders_rider (user_id, cargo_certified, zone) VALUES
  (2, true, 'belvaros'),
  (3, false, 'ujbuda');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/partner-api-token", "db/fixes/2026-11-03-partner-token.sql", "https://www.postgresql.org/docs/current/sql-update.html", """
-- Hotfix: a Fruitly partner tokenje elveszett a migráció közben, visszaállítás a régi DB-ből
BEGIN;
UPDATE partners_apitoken
   SET key = '@@secret@@',
       revoked = false,
       updated_at = now()
 WHERE partner_id = (SELECT id FROM partners_partner WHERE slug = 'fruitly');
SELECT partner_id, left(key, 6) AS prefix, revoked FROM partners_apitoken WHERE revoked = false;
COMMIT;
""", "kk_live_" + fakes.drawn_mixed(_seed(), 40))

add("csv/decoy-tracker-inventory", "ops/inventory/trackers.csv", "https://wiki.teltonika-gps.com/view/FMB920", """
imei,bike,model,sim_iccid,firmware,installed
356307042441013,BULLITT-01,FMB920,8936304422100077123,03.28.07,2025-03-11
356307042441054,BULLITT-02,FMB920,8936304422100077131,03.28.07,2025-03-11
356307042441096,URBANARROW-01,FMB920,8936304422100077149,03.27.10,2025-04-02
356307042441112,URBANARROW-02,FMB920,8936304422100077156,03.27.10,2025-04-02
356307042441138,RM-LOAD75-01,FMB140,8936304422100077164,03.28.07,2025-06-19
356307042441179,RM-LOAD75-02,FMB140,8936304422100077172,03.28.07,2025-06-19
""")

add("csv/device-passwords", "ops/inventory/depot-devices.csv", "https://en.wikipedia.org/wiki/Comma-separated_values", """
device,location,ip,admin_user,admin_password,notes
router,depo,192.168.20.1,admin,@@secret@@,MikroTik hAP ax3
ap-1,depo udvar,192.168.20.2,admin,see router,UniFi U6
nas01,iroda,192.168.10.20,admin,in 1Password,Synology DS923+
printer,iroda,192.168.10.40,,,Brother HL-L2350
charger-ctrl,depo,192.168.20.30,installer,factory default reset 2026-02,akkutöltő vezérlő
""", rand_pw(14, "#!"))

add("csv/decoy-order-export", "exports/2026-11/orders_2026-11-28.csv", "https://en.wikipedia.org/wiki/Comma-separated_values", """
order_id,created,partner,pickup_zone,dropoff_zone,size,price_huf,rider,payment_ref,status
@@u1@@,2026-11-28T07:42:11+01:00,fruitly,belvaros,ujbuda,M,2490,anna,pi_@@p1@@,delivered
@@u2@@,2026-11-28T08:03:57+01:00,patika-lanc,angyalfold,obuda,S,1890,bence,pi_@@p2@@,delivered
@@u3@@,2026-11-28T08:19:30+01:00,webshop,belvaros,belvaros,L,3290,csilla,pi_@@p3@@,failed
@@u4@@,2026-11-28T09:11:02+01:00,fruitly,ujbuda,kelenfold,M,2490,dani,pi_@@p4@@,delivered
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("log/smtp-password", "logs/notify-service-2026-11-30.log", "https://docs.spring.io/spring-boot/reference/features/logging.html", """
2026-11-30T06:00:01.112+01:00  INFO 1 --- [main] h.k.notify.NotifyApplication : Starting NotifyApplication v2.3.1
2026-11-30T06:00:03.480+01:00  INFO 1 --- [main] h.k.notify.NotifyApplication : Started in 2.51 seconds
2026-11-30T06:05:12.017+01:00 DEBUG 1 --- [task-2] h.k.notify.MailConfig : mail session props {mail.smtp.host=smtp.rackhost.hu, mail.smtp.port=587, mail.smtp.user=ertesites@kerekut.hu, mail.smtp.password=@@secret@@, mail.smtp.starttls.enable=true}
2026-11-30T06:05:13.201+01:00 ERROR 1 --- [task-2] h.k.notify.MailSender : 535 5.7.8 Authentication failed
2026-11-30T06:05:13.202+01:00  WARN 1 --- [task-2] h.k.notify.MailSender : retrying in 60s (attempt 1/5)
""", words_pw())

add("log/decoy-masked", "logs/dispatch-2026-12-01.log", "https://docs.python.org/3/library/logging.html", """
2026-12-01 07:01:44,310 INFO  dispatch.payments Barion payment started PaymentRequestId=KF-88412 POSKey=****************c91e
2026-12-01 07:01:45,022 INFO  dispatch.payments Barion callback PaymentId=@@pid@@ Status=Succeeded
2026-12-01 07:02:10,918 INFO  dispatch.routing route planned rider=anna stops=7 distance_km=18.4
2026-12-01 07:05:33,501 WARN  dispatch.stripe webhook signature check failed (header t=1764569133,v1=@@sig@@)
2026-12-01 07:06:02,114 INFO  dispatch.auth login ok user=dispecser ip=91.120.14.7 session=***
""", pid=hexs(32), sig=sha256ish())

add("log/telegram-bot-token", "logs/muszak-bot.err.log", "https://core.telegram.org/bots/api#making-requests", """
Traceback (most recent call last):
  File "/opt/bots/muszak_bot.py", line 24, in <module>
    main()
  File "/opt/bots/muszak_bot.py", line 20, in main
    send(f"<b>Beosztás – {today}</b>")
  File "/opt/bots/muszak_bot.py", line 14, in send
    requests.post(f"{API}/sendMessage", data={"chat_id": CHAT_ID, "text": text}, timeout=10)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot@@secret@@/sendMessage (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))
""", fakes.telegram_token(_seed()))

# -- analytics notebooks, scripts, keys ---------------------------------------------------------
add("notebook/postgres-url", "analytics/notebooks/futar_kihasznaltsag.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Futárok kihasználtsága – 2026 Q4\\n", "Óránkénti kézbesítések zónánként."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql+psycopg://analyst:@@secret@@@pg.internal.kerekut.hu:5432/dispatch\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select rider_id, date_trunc('hour', delivered_at) h, count(*) n from orders_order group by 1, 2\\", engine)\\n",
    "df.pivot_table(index='h', columns='rider_id', values='n').plot()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/openai-api-key", "analytics/notebooks/ugyfel_visszajelzesek.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ügyfél-visszajelzések csoportosítása (Trustpilot + e-mail)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = pd.read_csv('exports/reviews_2026.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Csoportosítsd témák szerint: ' + '\\\\n'.join(reviews.text[:50])}])\\n",
    "print(resp.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai_key())

add("notebook/decoy-getpass", "analytics/notebooks/co2_megtakaritas.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('ANALYST_PW') or getpass.getpass('DB jelszó: ')\\n",
    "engine = create_engine(f'postgresql+psycopg://analyst:{pw}@pg.internal.kerekut.hu/dispatch')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Megtakarított CO2 (kg): 18342.7\\n"]}
   ],
   "source": [
    "km = pd.read_sql('select sum(distance_km) from orders_order', engine).iloc[0, 0]\\n",
    "print('Megtakarított CO2 (kg):', round(km * 0.171, 1))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("shell/digitalocean-token", "ops/scripts/snapshot-osrm.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
#!/bin/sh
# Weekly snapshot of the OSRM droplet (bicycle profile, Hungary extract)
set -e
DO_TOKEN=@@secret@@
DROPLET_ID=418093225
NAME="osrm-bicycle-$(date +%Y%m%d)"

curl -s -X POST "https://api.digitalocean.com/v2/droplets/${DROPLET_ID}/actions" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${DO_TOKEN}" \\
  -d "{\\"type\\":\\"snapshot\\",\\"name\\":\\"${NAME}\\"}"
echo "snapshot requested: ${NAME}"
""", do_token())

add("shell/basic-auth-header", "ops/scripts/traccar-export-positions.sh", "https://www.traccar.org/api-reference/#tag/Positions", """
#!/usr/bin/env bash
# Előző napi pozíciók exportja a biztosítónak (kárrendezéshez kérik)
set -euo pipefail
FROM=$(date -d yesterday +%Y-%m-%dT00:00:00Z)
TO=$(date +%Y-%m-%dT00:00:00Z)

for device in $(seq 1 12); do
  curl -sf "https://track.kerekut.hu/api/reports/route?deviceId=${device}&from=${FROM}&to=${TO}" \\
    -H "Authorization: Basic @@secret@@" \\
    -H "Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \\
    -o "export/route_${device}_$(date -d yesterday +%F).xlsx"
done
""", b64("api-export@kerekut.hu:" + words_pw()))

add("shell/decoy-read-prompt", "ops/scripts/restore-db.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
#!/usr/bin/env bash
set -euo pipefail
DUMP=${1:?usage: restore-db.sh dump.sql.gz}
read -rsp "Postgres jelszó (dispatch): " PGPASSWORD; echo
export PGPASSWORD
gunzip -c "$DUMP" | psql -h pg.internal.kerekut.hu -U dispatch -d dispatch_restore
unset PGPASSWORD
echo "Visszaállítás kész: $DUMP"
""")

add("shell/ssh-private-key", "ops/scripts/bootstrap-depot-pi.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Depó Raspberry Pi (kioszk + töltésfigyelő) első beállítása
set -e
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_deploy <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_deploy
git clone git@github.com:kerekut/depot-kiosk.git /opt/kiosk -c core.sshCommand="ssh -i /home/pi/.ssh/id_deploy"
systemctl enable --now kiosk.service
""", pem("OPENSSH"))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/packages/pypi_repository/", """
stages: [test, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.12
  only: [tags]
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=@@secret@@ TWINE_USERNAME=kerekut-ci twine upload --repository-url https://gitlab.com/api/v4/projects/51234567/packages/pypi dist/*
""", gitlab_token())

add("yaml/datadog-api-key", "deploy/helm/values-prod.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm", """
datadog:
  site: datadoghq.eu
  apiKey: @@secret@@
  clusterName: kerekut-prod
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
  tags:
    - team:ops
    - env:prod
clusterAgent:
  enabled: true
""", datadog_key())

add("yaml/decoy-existing-secret", "deploy/helm/values-staging.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm", """
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  clusterName: kerekut-staging
  logs:
    enabled: true
postgresql:
  auth:
    existingSecret: pg-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
""")

add("yaml/slack-bot-token", "ops/alerts/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, bike]
  routes:
    - matchers: [severity="page"]
      receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#ops-riasztas"
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", slack_bot())

add("yaml/decoy-prometheus-rules", "ops/alerts/rules/bikes.yml", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/", """
groups:
  - name: bikes
    rules:
      - alert: AkkuAlacsony
        expr: bms_state_of_charge_percent < 15
        for: 10m
        labels: {severity: warn}
        annotations:
          summary: "{{ $labels.bike }} akku {{ $value }}% – küldd vissza a depóba"
      - alert: TrackerNemJelentkezik
        expr: time() - tracker_last_seen_seconds > 900
        for: 5m
        labels: {severity: page}
        annotations:
          summary: "{{ $labels.imei }} 15 perce nem küldött pozíciót"
""")

add("json/decoy-package-lock", "dispatch-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "dispatch-web",
  "version": "2.7.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@onfleet/node-onfleet": {
      "version": "1.3.8",
      "resolved": "https://registry.npmjs.org/@onfleet/node-onfleet/-/node-onfleet-1.3.8.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.45.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("ini/npm-token", "dispatch-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@kerekut:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-npmrc-env", "rider-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@kerekut:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
fund=false
""")

add("json/vscode-sftp-password", "webshop/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "kerekut.hu (rackhost)",
    "host": "s12.rackhost.hu",
    "protocol": "sftp",
    "port": 22,
    "username": "kerekuthu",
    "password": "@@secret@@",
    "remotePath": "/home/kerekuthu/public_html",
    "uploadOnSave": false,
    "ignore": [".vscode", ".git", "node_modules", "wp-content/uploads"]
}
""", rand_pw(14, "!$"))

add("json/decoy-service-account-reference", "analytics/dbt/profiles.example.json", "https://docs.getdbt.com/docs/core/connect-data-platform/bigquery-setup", """
{
  "kerekut": {
    "target": "prod",
    "outputs": {
      "prod": {
        "type": "bigquery",
        "method": "service-account",
        "project": "kerekut-analytics",
        "dataset": "marts",
        "keyfile": "/secrets/bq-dbt.json",
        "threads": 4,
        "location": "EU"
      }
    }
  }
}
""")

add("json/gcp-service-account-key", "analytics/dbt/bq-dbt.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", """
{
  "type": "service_account",
  "project_id": "kerekut-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@private_key@@",
  "client_email": "dbt-runner@kerekut-analytics.iam.gserviceaccount.com",
  "client_id": "108734562910283746512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dbt-runner%40kerekut-analytics.iam.gserviceaccount.com"
}
""", (gk := pem("").replace("  PRIVATE", " PRIVATE")).splitlines()[1], private_key=gk.replace("\n", "\\n") + "\\n", kid=hexs(40))

# -- more services: split values, URLs, constructors ------------------------------------------
add("python/sendgrid-split", "notify/templates_sync.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """
\"\"\"Sync the Hungarian / English e-mail templates from SendGrid into the repo.\"\"\"
import json
import pathlib

from sendgrid import SendGridAPIClient

# split so the old linter would not flag it (sigh)
SG_KEY = ("@@p1@@"
          "@@p2@@")

sg = SendGridAPIClient(SG_KEY)


def main() -> None:
    resp = sg.client.templates.get(query_params={"generations": "dynamic", "page_size": 50})
    for t in json.loads(resp.body)["result"]:
        pathlib.Path("templates", f"{t['name']}.json").write_text(json.dumps(t, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
""", (sgk := sendgrid_key()), p1=sgk[:30], p2=sgk[30:])

add("python/redis-url", "dispatch/dispatch/celery.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dispatch.settings.prod")

app = Celery("dispatch")
app.conf.broker_url = "redis://:@@secret@@@10.20.0.6:6379/1"
app.conf.result_backend = "redis://:@@secret@@@10.20.0.6:6379/2"
app.conf.timezone = "Europe/Budapest"
app.conf.beat_schedule = {
    "reassign-stale-orders": {"task": "orders.tasks.reassign_stale", "schedule": 120.0},
    "battery-report": {"task": "riders.tasks.battery_report", "schedule": 900.0},
}
app.autodiscover_tasks()
""", fakes.redis_password(_seed()))

add("python/decoy-fake-card", "dispatch/payments/tests/test_barion.py", "https://docs.barion.com/Test_cards", """
import pytest

from payments.barion import start_payment

# Barion sandbox test card (from Barion docs) – not a real card
TEST_CARD = "4444 8888 8888 5559"
TEST_CARD_EXPIRY = "12/30"
TEST_CARD_CVC = "123"
SANDBOX_POSKEY = "00000000000000000000000000000000"


@pytest.fixture
def barion_sandbox(settings, requests_mock):
    settings.BARION_POSKEY = SANDBOX_POSKEY
    requests_mock.post("https://api.test.barion.com/v2/Payment/Start",
                       json={"PaymentId": "a" * 32, "GatewayUrl": "https://secure.test.barion.com/Pay?Id=abc"})


def test_start_returns_gateway(barion_sandbox, order):
    assert start_payment(order).startswith("https://secure.test.barion.com/")
""")

add("python/shopify-access-token", "webshop/sync/shopify_stock.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
\"\"\"A partner bicikliszerviz Shopify boltjának készlete → alkatrész-rendelés a depónak.\"\"\"
import requests

SHOP = "ketkerek-szerviz.myshopify.com"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}


def low_stock(threshold: int = 3):
    r = requests.get(f"https://{SHOP}/admin/api/2024-10/products.json", headers=HEADERS, params={"limit": 250})
    r.raise_for_status()
    for product in r.json()["products"]:
        for v in product["variants"]:
            if v["inventory_quantity"] <= threshold:
                yield product["title"], v["title"], v["inventory_quantity"]


if __name__ == "__main__":
    for row in low_stock():
        print(*row, sep=" | ")
""", shopify_token())

add("python/decoy-hmac-constant-name", "dispatch/partners/signing.py", "https://docs.python.org/3/library/hmac.html", """
import hashlib
import hmac
import os

SIGNATURE_HEADER = "X-Kerekut-Signature"
SIGNATURE_ALGORITHM = "sha256"
SIGNING_SECRET_ENV = "PARTNER_WEBHOOK_SIGNING_SECRET"
TOLERANCE_SECONDS = 300


def sign(body: bytes, timestamp: int) -> str:
    secret = os.environ[SIGNING_SECRET_ENV].encode()
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"
""")

add("python/anthropic-api-key", "support/triage_bot.py", "https://docs.anthropic.com/en/api/client-sdks", """
\"\"\"Ügyfélszolgálati e-mailek előszűrése: kárbejelentés / késés / számla / egyéb.\"\"\"
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

PROMPT = (
    "Sorold be az alábbi ügyfél-e-mailt pontosan egy kategóriába: "
    "KAR (sérült csomag), KESES, SZAMLA, EGYEB. Csak a kategóriát válaszold."
)


def classify(body: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=10,
        messages=[{"role": "user", "content": f"{PROMPT}\\n\\n{body}"}],
    )
    return msg.content[0].text.strip()
""", anthropic_key())

add("python/ftp-password", "ops/cron/patika_import.py", "https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS", """
import datetime as dt
import ftplib
import io

import requests

today = dt.date.today().strftime("%Y%m%d")
ftps = ftplib.FTP_TLS("ftp.patika-partner.hu")
ftps.login("kerekut_fuvar", "@@secret@@")
ftps.prot_p()
ftps.cwd("/out/kerekut")

buf = io.BytesIO()
ftps.retrbinary(f"RETR fuvar_{today}.csv", buf.write)
ftps.quit()

requests.post("https://dispatch.kerekut.hu/api/import/patika", files={"file": (f"fuvar_{today}.csv", buf.getvalue())},
              headers={"Authorization": "Token " + open("/etc/kerekut/import.token").read().strip()}, timeout=60)
""", rand_pw(12))

add("python/decoy-keyring", "ops/cron/nav_query.py", "https://pypi.org/project/keyring/", """
\"\"\"NAV Online Számla: beérkező számlák lekérdezése (queryInvoiceDigest).\"\"\"
import keyring

from navclient import NavClient

TECH_USER = "kerekuttech01"
TAX_NUMBER = "28765432"

client = NavClient(
    login=TECH_USER,
    password=keyring.get_password("nav-online-szamla", TECH_USER),
    signature_key=keyring.get_password("nav-online-szamla", "signature_key"),
    exchange_key=keyring.get_password("nav-online-szamla", "exchange_key"),
    tax_number=TAX_NUMBER,
)

for digest in client.query_invoice_digest(direction="INBOUND", date_from="2026-11-01", date_to="2026-11-30"):
    print(digest.invoice_number, digest.supplier_name, digest.invoice_net_amount)
""")

add("xml/nav-signature-key", "accounting/nav/config/nav-credentials.xml", "https://github.com/nav-gov-hu/Online-Invoice", """
<?xml version="1.0" encoding="UTF-8"?>
<navConfig>
  <environment>PROD</environment>
  <endpoint>https://api.onlineszamla.nav.gov.hu/invoiceService/v3</endpoint>
  <user>
    <login>kerekuttech01</login>
    <passwordHash cryptoType="SHA-512">@@ph@@</passwordHash>
    <taxNumber>28765432</taxNumber>
  </user>
  <signatureKey>@@secret@@</signatureKey>
  <exchangeKey>@@ek@@</exchangeKey>
  <software>
    <softwareId>HU28765432KERE001</softwareId>
    <softwareName>Kerekut Dispatch</softwareName>
  </software>
</navConfig>
""", fakes.drawn(_seed(), 4, "0123456789abcdef") + "-" + fakes.drawn(_seed(), 4, HEX) + "-" + fakes.drawn_mixed(_seed(), 24), ph=hexs(128).upper(), ek=fakes.drawn_mixed(_seed(), 16))

add("xml/decoy-maven-settings", "notify-service/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>kerekut-nexus</id>
      <username>ci</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>kerekut-nexus-snapshots</id>
      <username>ci</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("xml/smtp-password", "office/printer/scan-to-email.xml", "https://support.brother.com/g/b/faqend.aspx?c=hu&lang=hu&prod=hll2350dw_us_eu_as&faqid=faq00002767_000", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Brother MFC-L2750DW exportált beállítás: szkennelés e-mailbe (iroda) -->
<DeviceSettings model="MFC-L2750DW" exported="2026-10-02">
  <Network>
    <IPv4 method="static" address="192.168.10.41" mask="255.255.255.0" gateway="192.168.10.1"/>
  </Network>
  <EmailSend>
    <SmtpServer>smtp.office365.com</SmtpServer>
    <Port>587</Port>
    <Security>STARTTLS</Security>
    <Authentication>SMTP-AUTH</Authentication>
    <AccountName>szkenner@kerekut.hu</AccountName>
    <AccountPassword>@@secret@@</AccountPassword>
    <From>szkenner@kerekut.hu</From>
  </EmailSend>
</DeviceSettings>
""", words_pw())

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Kerékút Partner API
  version: "1.4"
servers:
  - url: https://api.kerekut.hu/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Partner token, pl. kk_live_... (a partnerportálon generálható)"
  schemas:
    Delivery:
      type: object
      properties:
        id: {type: string, example: "dlv_01HZX3K9Q2W4E6R8T0Y2U4I6O8"}
        eta_minutes: {type: integer, example: 34}
        tracking_url: {type: string, example: "https://track.kerekut.hu/t/9f8e7d"}
security:
  - bearerAuth: []
""")

add("yaml/home-assistant-password", "depot/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Depó Home Assistant – töltőállomások, ajtónyitó, riasztó
latitude_depo: 47.4733
longitude_depo: 19.0790
mqtt_password: @@secret@@
shelly_cloud_key: in-app-only
unifi_username: homeassistant
""", rand_pw(20))

add("yaml/decoy-home-assistant-secret-ref", "depot/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Kerékút depó
  latitude: !secret latitude_depo
  longitude: !secret longitude_depo
  time_zone: Europe/Budapest
mqtt:
  sensor:
    - name: "Töltő 1 teljesítmény"
      state_topic: "depo/charger/1/power"
      unit_of_measurement: "W"
    - name: "Töltő 2 teljesítmény"
      state_topic: "depo/charger/2/power"
      unit_of_measurement: "W"
unifi:
  username: homeassistant
  password: !secret unifi_password
""")

add("env/twilio-auth-token", "notify-service/.env", "https://www.twilio.com/docs/usage/secure-credentials", """
SPRING_PROFILES_ACTIVE=prod
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+36309990000
SENDGRID_API_KEY=${SENDGRID_API_KEY}
""", hexs(32), sid=twilio_sid())

add("env/decoy-public-values", "dispatch-web/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", """
NEXT_PUBLIC_API_BASE=https://api.kerekut.hu/v1
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_SENTRY_DSN=https://@@dsn@@@o4507.ingest.de.sentry.io/4507113
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@site@@
""", mb=mapbox_public(), pk=stripe_key("pk_live_"), dsn=hexs(32), site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("env/mapbox-secret-token", "routing/.env", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
OSRM_URL=http://osrm.internal:5000
VROOM_URL=http://vroom.internal:3000
MAPBOX_ACCESS_TOKEN=@@secret@@
TILE_CACHE_DIR=/var/cache/kerekut/tiles
LOG_LEVEL=info
""", mapbox_secret())

add("env/github-fine-grained-token", "ops/bots/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# release-notes bot: összegyűjti a merge-elt PR-eket a futár app kiadási jegyzetéhez
GITHUB_TOKEN=@@secret@@
GITHUB_REPO=kerekut/rider-app
TELEGRAM_CHAT_ID=-1001876543210
RELEASE_BRANCH_PREFIX=release/
""", fakes.github_fine_grained_token(_seed()))

add("env/decoy-commented-template", "ops/bots/.env.template", "https://12factor.net/config", """
# release-notes bot – másold .env-nek
# GITHUB_TOKEN: fine-grained, csak "Contents: read" és "Pull requests: read" a rider-app repóra
GITHUB_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
GITHUB_REPO=kerekut/rider-app
TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_CHAT_ID=
""")

# -- partner integrations, office IT, more infrastructure ---------------------------------------
add("go/stripe-restricted-key", "billing-go/internal/payout/payout.go", "https://docs.stripe.com/keys#limit-access", """
package payout

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/transfer"
)

// Restricted key: Transfers write, Balance read. Used for the weekly rider payout run.
const restrictedKey = "@@secret@@"

func init() {
	stripe.Key = restrictedKey
}

// PayRider sends the rider's weekly share to their connected account.
func PayRider(accountID string, amountHUF int64, week string) (*stripe.Transfer, error) {
	params := &stripe.TransferParams{
		Amount:        stripe.Int64(amountHUF * 100),
		Currency:      stripe.String(string(stripe.CurrencyHUF)),
		Destination:   stripe.String(accountID),
		TransferGroup: stripe.String("payout-" + week),
	}
	return transfer.New(params)
}
""", stripe_key("rk_live_"))

add("go/decoy-test-key", "billing-go/internal/payout/payout_test.go", "https://docs.stripe.com/testing", """
package payout

import (
	"testing"

	"github.com/stripe/stripe-go/v79"
)

func TestMain(m *testing.M) {
	// stripe-mock accepts any key of the right prefix
	stripe.Key = "sk_test_123"
	stripe.SetBackend(stripe.APIBackend, stripe.GetBackendWithConfig(stripe.APIBackend, &stripe.BackendConfig{
		URL: stripe.String("http://localhost:12111"),
	}))
	m.Run()
}

func TestPayRider(t *testing.T) {
	tr, err := PayRider("acct_1032D82eZvKYlo2C", 45000, "2026-W48")
	if err != nil || tr == nil {
		t.Fatalf("payout failed: %v", err)
	}
}
""")

add("kotlin/jdbc-password", "rider-backend/src/main/kotlin/hu/kerekut/backend/Db.kt", "https://github.com/brettwooldridge/HikariCP#rocket-initialization", """
package hu.kerekut.backend

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Db {
    val dataSource: HikariDataSource by lazy {
        val cfg = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://pg.internal.kerekut.hu:5432/rider"
            username = "rider_api"
            password = "@@secret@@"
            maximumPoolSize = 10
            addDataSourceProperty("sslmode", "require")
        }
        HikariDataSource(cfg)
    }
}
""", words_pw())

add("kotlin/decoy-build-config", "rider-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "hu.kerekut.rider"
    compileSdk = 35
    defaultConfig {
        applicationId = "hu.kerekut.rider"
        minSdk = 26
        targetSdk = 35
        versionCode = 351
        versionName = "3.5.1"
        buildConfigField("String", "API_BASE", "\\"https://api.kerekut.hu/v1\\"")
        buildConfigField("String", "MAPBOX_TOKEN", "\\"${project.findProperty("MAPBOX_PUBLIC_TOKEN") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KERE_RELEASE_STORE_FILE") ?: "release.jks")
            storePassword = System.getenv("KERE_RELEASE_STORE_PASSWORD")
            keyAlias = "kerekut-rider"
            keyPassword = System.getenv("KERE_RELEASE_KEY_PASSWORD")
        }
    }
}
""")

add("java/ldap-password", "timesheet/src/main/java/hu/kerekut/timesheet/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/configuration.html", """
package hu.kerekut.timesheet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource ctx = new LdapContextSource();
        ctx.setUrl("ldaps://ldap.kerekut.lan:636");
        ctx.setBase("dc=kerekut,dc=lan");
        ctx.setUserDn("cn=timesheet,ou=services,dc=kerekut,dc=lan");
        ctx.setPassword("@@secret@@");
        return ctx;
    }

    @Bean
    public LdapTemplate ldapTemplate(LdapContextSource contextSource) {
        return new LdapTemplate(contextSource);
    }
}
""", passphrase())

add("java/decoy-constants", "timesheet/src/main/java/hu/kerekut/timesheet/SecurityConstants.java", "https://docs.spring.io/spring-security/reference/servlet/authentication/passwords/index.html", """
package hu.kerekut.timesheet;

public final class SecurityConstants {
    public static final String TOKEN_HEADER = "Authorization";
    public static final String TOKEN_PREFIX = "Bearer ";
    public static final String PASSWORD_PARAM = "password";
    public static final String PASSWORD_RESET_PATH = "/auth/jelszo-visszaallitas";
    public static final String JWT_SECRET_PROPERTY = "timesheet.jwt.secret";
    public static final long TOKEN_TTL_SECONDS = 8 * 3600;

    private SecurityConstants() {
    }
}
""")

add("properties/jwt-secret", "timesheet/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=timesheet
server.port=8085
spring.ldap.urls=ldaps://ldap.kerekut.lan:636
timesheet.jwt.secret=@@secret@@
timesheet.jwt.issuer=https://muszak.kerekut.hu
timesheet.shift.min-hours=4
timesheet.shift.max-hours=10
spring.jpa.hibernate.ddl-auto=validate
""", b64(rand_pw(48)))

add("typescript/basic-auth-url", "partner-portal/src/server/traccar.ts", "https://www.traccar.org/api-reference/", """
import axios from "axios";

// Live positions for the partner portal map (read-only Traccar user)
const traccar = axios.create({
  baseURL: "https://portal-ro:@@secret@@@track.kerekut.hu/api",
  timeout: 5000,
});

export async function livePositions(deviceIds: number[]) {
  const { data } = await traccar.get("/positions", { params: { deviceId: deviceIds } });
  return data.map((p: any) => ({ id: p.deviceId, lat: p.latitude, lon: p.longitude, at: p.fixTime }));
}
""", rand_pw(16))

add("typescript/decoy-zod-schema", "partner-portal/src/server/env.ts", "https://zod.dev/", """
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url(),
  TRACCAR_URL: z.string().url(),
  TRACCAR_PASSWORD: z.string().min(12),
  SESSION_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
});

export const env = schema.parse(process.env);
""")

add("typescript/slack-webhook", "partner-portal/src/server/alerts.ts", "https://api.slack.com/messaging/webhooks", """
const WEBHOOK = "@@secret@@";

export async function notifyOps(text: string) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:truck: partner portal: ${text}` }),
  });
}
""", slack_webhook())

add("env/mailgun-smtp-password", "b2b-portal/.env", "https://laravel.com/docs/11.x/mail#configuration", """
APP_NAME="Kerékút B2B"
APP_ENV=production
APP_KEY=base64:@@appkey@@
APP_DEBUG=false
APP_URL=https://b2b.kerekut.hu

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=b2b
DB_USERNAME=b2b
DB_PASSWORD=${B2B_DB_PASSWORD}

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.kerekut.hu
MAIL_PASSWORD=@@secret@@
MAIL_FROM_ADDRESS=b2b@kerekut.hu
""", rand_pw(32), appkey=b64(rand_pw(32)))

add("php/decoy-laravel-config", "b2b-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],
    'barion' => [
        'pos_key' => env('BARION_POSKEY'),
        'environment' => env('BARION_ENV', 'test'),
    ],
    'szamlazz' => [
        'agent_key' => env('SZAMLAZZ_AGENT_KEY'),
    ],
];
""")

add("ruby/sidekiq-redis", "legacy-tracker/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@redis.internal.kerekut.hu:6379/3", network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@redis.internal.kerekut.hu:6379/3", network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("ruby/decoy-devise-pepper-env", "legacy-tracker/config/initializers/devise.rb", "https://github.com/heartcombo/devise#configuring-models", """
Devise.setup do |config|
  config.mailer_sender = "noreply@kerekut.hu"
  require "devise/orm/active_record"
  config.secret_key = ENV.fetch("DEVISE_SECRET_KEY")
  config.pepper = ENV.fetch("DEVISE_PEPPER")
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 10..128
  config.reset_password_within = 6.hours
  config.sign_out_via = :delete
end
""")

add("csharp/azure-client-secret", "accounting/KerekutPayroll/Services/GraphMailer.cs", "https://learn.microsoft.com/en-us/graph/sdks/choose-authentication-providers?tabs=csharp#client-credentials-provider", """
using Azure.Identity;
using Microsoft.Graph;

namespace KerekutPayroll.Services;

public static class GraphMailer
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("powershell/decoy-securestring-file", "office/scripts/Connect-M365.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Az M365 admin jelszó a gépen DPAPI-val titkosítva, csak az ops fiók tudja visszafejteni
$user = "admin@kerekut.onmicrosoft.com"
$enc  = Get-Content "$env:USERPROFILE\\.kerekut\\m365.cred"
$pass = $enc | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
""")

add("powershell/unifi-password", "office/scripts/Get-DepoClients.ps1", "https://ubntwiki.com/products/software/unifi-controller/api", """
# UniFi: melyik futár telefonja van a depó Wi-Fi-n (műszakkezdés ellenőrzése)
$base = "https://192.168.20.5:8443"
$body = @{ username = "api-readonly"; password = "@@secret@@" } | ConvertTo-Json
$session = $null
Invoke-RestMethod -Uri "$base/api/login" -Method Post -Body $body -ContentType "application/json" `
    -SessionVariable session -SkipCertificateCheck | Out-Null
$clients = Invoke-RestMethod -Uri "$base/api/s/default/stat/sta" -WebSession $session -SkipCertificateCheck
$clients.data | Where-Object { $_.essid -eq "kerekut-depo" } | Select-Object hostname, mac, uptime
""", words_pw())

add("k8s-secret/barion-poskey", "k8s/webshop/secret-payments.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: webshop
type: Opaque
data:
  BARION_POSKEY: @@enc@@
  BARION_PAYEE: @@payee@@
  SIMPLEPAY_MERCHANT: @@merchant@@
""", (bk := barion_poskey()), enc=b64(bk), payee=b64("penzugy@kerekut.hu"), merchant=b64("P654321"))

add("k8s-secret/decoy-external-secret", "k8s/webshop/externalsecret-payments.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: webshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-kerekut
    kind: ClusterSecretStore
  target:
    name: payments
  data:
    - secretKey: BARION_POSKEY
      remoteRef: {key: kv/kerekut/barion, property: poskey}
    - secretKey: SIMPLEPAY_SECRET_KEY
      remoteRef: {key: kv/kerekut/simplepay, property: secret_key}
""")

add("k8s-secret/registry-dockerconfig", "k8s/dispatch/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: dispatch
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", (rp := rand_pw(24)), cfg=b64('{"auths":{"registry.kerekut.hu":{"username":"ci","password":"' + rp + '","auth":"' + b64("ci:" + rp) + '"}}}'))

add("terraform/aws-access-key", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "pod" {
  bucket = "kerekut-proof-of-delivery"
}

resource "aws_s3_bucket_lifecycle_configuration" "pod" {
  bucket = aws_s3_bucket.pod.id
  rule {
    id     = "expire-180d"
    status = "Enabled"
    expiration { days = 180 }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-random-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "analytics_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "analytics" {
  identifier          = "kerekut-analytics"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "analytics"
  password            = random_password.analytics_db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "analytics_db" {
  secret_id     = "kerekut/analytics-db"
  secret_string = random_password.analytics_db.result
}
""")

add("ansible/decoy-vault-inline", "ansible/host_vars/dispatch-1.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """
---
dispatch_domain: dispatch.kerekut.hu
dispatch_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
dispatch_workers: 3
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(30))

add("ansible/mysql-password", "ansible/roles/traccar/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Traccar adatbázis
  community.mysql.mysql_db:
    name: traccar
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Traccar felhasználó
  community.mysql.mysql_user:
    name: traccar
    host: "10.20.0.%"
    password: "@@secret@@"
    priv: "traccar.*:ALL"
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock
""", rand_pw(16, "#%"))

add("github-actions/telegram-token", ".github/workflows/rider-app-release.yml", "https://core.telegram.org/bots/api#senddocument", """
name: rider app release
on:
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: {distribution: temurin, java-version: "17"}
      - run: ./gradlew assembleRelease
        working-directory: rider-app
      - name: send APK to the testers' group
        run: |
          curl -F document=@rider-app/app/build/outputs/apk/release/app-release.apk \\
               -F chat_id=-1001876543299 \\
               "https://api.telegram.org/bot@@secret@@/sendDocument"
""", fakes.telegram_token(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/tiles.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: build route tiles
on:
  schedule: [{cron: "0 2 * * 0"}]
permissions:
  id-token: write
  contents: read
jobs:
  tiles:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418822093311:role/gh-tiles
          aws-region: eu-central-1
      - run: make tiles && python routing/tiles/upload_tiles.py
""")

# -- Hungarian ops notes, exports, configs of devices -------------------------------------------
add("markdown/mikrotik-password", "docs/halozat/depo-router.md", "https://help.mikrotik.com/docs/display/ROS/User", """
# Depó hálózat (MikroTik hAP ax3)

- WAN: Digi optika, fix IP 91.120.14.7
- LAN: 192.168.20.0/24, DHCP .100–.199
- Töltésvezérlő VLAN: 30 (192.168.30.0/24)

## Belépés
Winbox vagy SSH a 192.168.20.1-re:

```
ssh admin@192.168.20.1
# jelszó: @@secret@@
```

## Mentés
`/system backup save name=depo-$(date)` – havonta, a NAS-ra másolva.
""", rand_pw(14, "#!"))

add("markdown/decoy-password-policy", "docs/security/jelszo-szabalyzat.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Jelszószabályzat (szövetkezeti tagoknak és alkalmazottaknak)

1. Minimum 12 karakter, jelmondat ajánlott (pl. „négy-véletlen-szó-egymás-után”).
2. Soha ne használd ugyanazt a jelszót két szolgáltatásnál.
3. Minden közös fiók a Bitwarden „Kerékút” szervezetben van – onnan másold, ne Slackről.
4. A futár app PIN-je 6 számjegy, nem lehet `123456`, `000000` vagy a születési dátumod.
5. Gyanús belépésnél azonnal szólj a #biztonsag csatornán.

Példa jó jelmondatra: `kormany-retek-sziget-lampa` (ezt NE használd, mert most olvastad).
""")

add("markdown/simplepay-secret", "docs/konyveles/simplepay-beallitas.md", "https://simplepay.hu/fejlesztoknek/", """
# SimplePay beállítás a webshopban

A WooCommerce bővítményben (Beállítások → Fizetés → SimplePay):

- Kereskedői azonosító (HUF): `P654321`
- Titkos kulcs (HUF): `@@secret@@`
- Sandbox: kikapcsolva (2026.03.01. óta élesben)
- IPN URL: `https://kerekut.hu/?wc-api=simplepay_ipn`

Ha a kulcs változik (OTP Mobil ügyfélszolgálat küldi e-mailben), itt és a `wp-config`-ban is frissíteni kell.
""", simplepay_secret())

add("markdown/decoy-architecture", "docs/architektura.md", "https://c4model.com/", """
# Architektúra áttekintés

```
[Partner webshop] --REST--> [Partner API] --> [Dispatch (Django)] --> [Postgres + PostGIS]
                                                  |   \\
                                                  |    +--> [Celery + Redis]
                                                  v
                                     [Routing: VROOM + OSRM bicycle]
[Futár app (Android)] <--FCM-- [Notify service] --> Twilio SMS / SendGrid
[Teltonika trackerek] --TCP 5027--> [Traccar] --MQTT--> [Telemetria bridge] --> InfluxDB
```

Titkok: Vault (`kv/kerekut/*`), a klaszterbe External Secrets viszi be.
Azonosítók: rendelés `UUIDv4`, futár `rider_<szám>`, kerékpár `TÍPUS-NN`.
""")

add("markdown/postmark-server-token", "docs/handover/ertesitesek.md", "https://postmarkapp.com/developer/api/overview#authentication", """
# Értesítések – átadás (Eszter)

A tranzakciós e-maileket (kézbesítési visszaigazolás, számla) 2026 nyarától a Postmark küldi,
a SendGrid csak a hírlevélre maradt.

- Szerver: „Kerékút tranzakciós” (EU régió)
- Server API token: @@secret@@
- Küldő aláírás: ertesites@kerekut.hu (DKIM beállítva a Cloudflare-en)
- Bounce webhook: https://notify.kerekut.hu/postmark/bounce

TODO: a token a vaultba, és innen törölni.
""", postmark_token())

add("log/decoy-uuid-request-ids", "logs/partner-api-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
91.82.14.201 - - [28/Nov/2026:07:42:11 +0100] "POST /v1/deliveries HTTP/2.0" 201 118 "-" "fruitly-integration/2.1" rid=@@r1@@
91.82.14.201 - - [28/Nov/2026:07:42:12 +0100] "GET /v1/deliveries/dlv_01HZX3K9Q2W4E6R8T0Y2U4I6O8 HTTP/2.0" 200 412 "-" "fruitly-integration/2.1" rid=@@r2@@
195.228.45.10 - - [28/Nov/2026:08:03:57 +0100] "POST /v1/deliveries HTTP/2.0" 201 118 "-" "patika-edi/1.0" rid=@@r3@@
195.228.45.10 - - [28/Nov/2026:08:04:02 +0100] "POST /v1/deliveries HTTP/2.0" 401 52 "-" "patika-edi/1.0" rid=@@r4@@
88.151.99.3 - - [28/Nov/2026:08:19:30 +0100] "GET /v1/health HTTP/1.1" 200 2 "-" "kube-probe/1.30" rid=@@r5@@
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s())

add("log/postgres-url", "logs/celery-worker-2026-11-29.log", "https://docs.celeryq.dev/en/stable/userguide/workers.html", """
[2026-11-29 05:59:58,001: INFO/MainProcess] Connected to redis://10.20.0.6:6379/1
[2026-11-29 06:00:00,117: INFO/MainProcess] Task riders.tasks.battery_report[0c1e] received
[2026-11-29 06:00:00,402: ERROR/ForkPoolWorker-2] Task riders.tasks.battery_report[0c1e] raised unexpected: OperationalError('connection to server at "pg.internal.kerekut.hu" failed: FATAL: too many connections')
[2026-11-29 06:00:00,403: ERROR/ForkPoolWorker-2] settings.DATABASE_URL='postgres://dispatch_app:@@secret@@@pg.internal.kerekut.hu:5432/dispatch'
[2026-11-29 06:00:30,991: INFO/MainProcess] Task riders.tasks.battery_report[0c1e] retry: Retry in 30s
""", rand_pw(20))

add("log/decoy-jwt-expired", "logs/rider-backend-auth.log", "https://datatracker.ietf.org/doc/html/rfc7519", """
2026-12-02 06:31:02 WARN  auth  token rejected: expired (sub=rider_114, exp=2026-12-01T22:00:00Z)
2026-12-02 06:31:02 INFO  auth  refresh issued for rider_114 (jti=@@j1@@)
2026-12-02 06:44:19 WARN  auth  token rejected: bad signature (kid=2026-11, jti=@@j2@@)
2026-12-02 06:44:20 INFO  auth  login ok rider_087 device=SM-A546B app=3.5.1
2026-12-02 07:02:55 INFO  auth  logout rider_031
""", j1=uuid_s(), j2=uuid_s())

add("csv/decoy-rider-payout", "exports/2026-11/kifizetes_2026-W48.csv", "https://docs.stripe.com/connect/accounts", """
het,futar,stripe_account,kezbesites_db,km,brutto_huf,szovetkezeti_levonas_huf,netto_huf
2026-W48,Anna K.,acct_@@a1@@,142,611.4,213000,5000,208000
2026-W48,Bence T.,acct_@@a2@@,118,540.2,177000,5000,172000
2026-W48,Csilla N.,acct_@@a3@@,131,498.7,196500,5000,191500
2026-W48,Dani F.,acct_@@a4@@,96,455.0,144000,5000,139000
2026-W48,Eszter V.,acct_@@a5@@,77,301.9,115500,5000,110500
""", a1=fakes.drawn(_seed(), 16), a2=fakes.drawn(_seed(), 16), a3=fakes.drawn(_seed(), 16), a4=fakes.drawn(_seed(), 16), a5=fakes.drawn(_seed(), 16))

add("csv/partner-api-keys", "exports/partners_api_export.csv", "https://en.wikipedia.org/wiki/Comma-separated_values", """
partner_id,slug,name,contact,api_key,created,revoked
11,fruitly,Fruitly Kft.,it@fruitly.hu,@@secret@@,2025-09-02,false
12,patika-lanc,Patika Lánc Zrt.,edi@patika-partner.hu,(rotated),2025-10-14,true
14,konyvmoly,Könyvmoly Antikvárium,bolt@konyvmoly.hu,(none),2026-01-20,false
17,zoldseges,Zöldséges a sarkon Bt.,info@zoldseges.hu,(none),2026-04-08,false
""", "kk_live_" + fakes.drawn_mixed(_seed(), 40))

add("sql/decoy-grants-no-password", "db/migrations/V32__readonly_role.sql", "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html", """
-- Csak olvasó szerepkör; a belépés IAM-mal / cert-tel megy, nincs jelszó
CREATE ROLE readonly NOLOGIN;
GRANT USAGE ON SCHEMA public TO readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;
CREATE ROLE grafana LOGIN IN ROLE readonly;
ALTER ROLE grafana SET statement_timeout = '15s';
COMMENT ON ROLE grafana IS 'cert auth, CN=grafana.kerekut.lan';
""")

add("sql/mysql-password-grant", "db/traccar/init.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
CREATE DATABASE IF NOT EXISTS traccar CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'traccar'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON traccar.* TO 'traccar'@'10.20.0.%';
CREATE USER IF NOT EXISTS 'grafana_ro'@'10.20.0.%' IDENTIFIED BY '@@ro@@';
GRANT SELECT ON traccar.tc_positions TO 'grafana_ro'@'10.20.0.%';
FLUSH PRIVILEGES;
""", rand_pw(16, "#%"), ro=rand_pw(16))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """
version: 2
registries:
  kerekut-pypi:
    type: python-index
    url: https://pypi.kerekut.hu/simple
    username: dependabot
    password: ${{secrets.KEREKUT_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: /dispatch
    registries: [kerekut-pypi]
    schedule: {interval: weekly}
  - package-ecosystem: gradle
    directory: /rider-app
    schedule: {interval: weekly}
""")

add("yaml/traccar-api-token", "ops/uptime/kuma-monitors.yaml", "https://github.com/louislam/uptime-kuma/wiki", """
# Uptime Kuma monitor export (kézzel szerkesztve)
monitors:
  - name: dispatch
    type: http
    url: https://dispatch.kerekut.hu/healthz
    interval: 60
  - name: traccar-api
    type: http
    url: https://track.kerekut.hu/api/server
    interval: 60
    headers: '{"Authorization": "Bearer @@secret@@"}'
  - name: osrm
    type: http
    url: http://osrm.internal:5000/route/v1/bicycle/19.04,47.49;19.06,47.50
    interval: 300
""", jwt_like('{"u":4,"e":"2027-06-30T00:00:00Z"}'))

add("yaml/decoy-docker-compose-dev", "dispatch/docker-compose.dev.yml", "https://hub.docker.com/_/postgres", """
# Csak lokális fejlesztéshez!
services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: dispatch
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
""")

add("json/decoy-postman-env", "docs/api/postman/kerekut-sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Kerékút sandbox",
  "values": [
    {"key": "baseUrl", "value": "https://sandbox.api.kerekut.hu/v1", "type": "default", "enabled": true},
    {"key": "partnerToken", "value": "", "type": "secret", "enabled": true},
    {"key": "deliveryId", "value": "dlv_01HZX3K9Q2W4E6R8T0Y2U4I6O8", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("json/postman-bearer", "docs/api/postman/kerekut-prod.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#bearer-token", """
{
  "info": {
    "name": "Kerékút Partner API (prod)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "@@secret@@", "type": "string"}]
  },
  "item": [
    {
      "name": "Create delivery",
      "request": {
        "method": "POST",
        "url": "https://api.kerekut.hu/v1/deliveries",
        "body": {"mode": "raw", "raw": "{\\"pickup\\": \\"Király u. 12.\\", \\"dropoff\\": \\"Bartók Béla út 40.\\", \\"size\\": \\"M\\"}"}
      }
    }
  ]
}
""", "kk_live_" + fakes.drawn_mixed(_seed(), 40))

add("json/decoy-firebase-web-config", "dispatch-web/public/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different", """
{
  "apiKey": "@@key@@",
  "authDomain": "kerekut-customer.firebaseapp.com",
  "projectId": "kerekut-customer",
  "storageBucket": "kerekut-customer.appspot.com",
  "messagingSenderId": "418822093311",
  "appId": "1:418822093311:web:@@app@@",
  "measurementId": "G-7QK2M4XZ1P"
}
""", key=google_api_key(), app=hexs(22))

add("json/here-api-key", "routing/config/providers.json", "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-using-apikeys.html", """
{
  "geocoder": {
    "primary": "here",
    "fallback": "nominatim"
  },
  "here": {
    "endpoint": "https://geocode.search.hereapi.com/v1/geocode",
    "apiKey": "@@secret@@",
    "lang": "hu-HU",
    "in": "countryCode:HUN"
  },
  "nominatim": {
    "endpoint": "https://nominatim.openstreetmap.org/search",
    "email": "it@kerekut.hu"
  }
}
""", fakes.drawn(_seed(), 43, ALNUM + "_-"))

add("ini/decoy-pgpass-sample", "ops/docs/pgservice.conf.example", "https://www.postgresql.org/docs/current/libpq-pgservice.html", """
# ~/.pg_service.conf minta – a jelszó a ~/.pgpass-ban legyen (chmod 600), ne itt
[dispatch-prod]
host=pg.internal.kerekut.hu
port=5432
dbname=dispatch
user=analyst
sslmode=require

[traccar]
host=10.20.0.7
dbname=traccar
user=grafana_ro
""")

add("ini/supervisor-password", "depot/kiosk/supervisord.conf", "http://supervisord.org/configuration.html#inet-http-server-section-settings", """
[supervisord]
logfile=/var/log/supervisord.log
nodaemon=false

[inet_http_server]
port=0.0.0.0:9001
username=depo
password=@@secret@@

[program:kiosk]
command=/opt/kiosk/.venv/bin/python -m kiosk
directory=/opt/kiosk
autorestart=true
user=pi
""", rand_pw(12))

add("ini/odbc-password", "office/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[Berszamfejtes]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:sql.kerekut.lan,1433
Database = Berszamfejtes
UID = excel_report
PWD = @@secret@@
Encrypt = yes
TrustServerCertificate = yes
""", words_pw())

# -- last group: keys, tokens in URLs, misc ------------------------------------------------------
add("yaml/tls-private-key", "deploy/traccar/tls/track-kerekut-hu.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
# Traccar nginx sidecar – Let's Encrypt lejárt, ideiglenes saját tanúsítvány
tls:
  domain: track.kerekut.hu
  certificate_chain: /etc/nginx/tls/track.crt
  private_key: |
    @@k1@@
    @@k2@@
    @@k3@@
    @@k4@@
    @@k5@@
    @@k6@@
    @@k7@@
    @@k8@@
renew_before_days: 14
""", (tk := pem("EC")), **{f"k{i + 1}": line for i, line in enumerate(tk.splitlines())})

add("ini/pip-index-password", "dispatch/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://ci:@@secret@@@pypi.kerekut.hu/simple/
extra-index-url = https://pypi.org/simple/
timeout = 30

[install]
trusted-host = pypi.kerekut.hu
""", rand_pw(24))

add("shell/github-token-remote", "ops/scripts/mirror-rider-app.sh", "https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls", """
#!/usr/bin/env bash
# Éjszakai tükrözés a GitLab-ra (biztonsági másolat)
set -euo pipefail
cd /srv/mirror/rider-app.git
git fetch --prune "https://kerekut-mirror:@@secret@@@github.com/kerekut/rider-app.git" "+refs/heads/*:refs/heads/*" "+refs/tags/*:refs/tags/*"
git push --mirror "git@gitlab.com:kerekut/rider-app-mirror.git"
date -Is > /srv/mirror/rider-app.last
""", fakes.github_token(_seed()))

add("shell/decoy-checksum-verify", "ops/scripts/install-osrm-data.sh", "https://download.geofabrik.de/europe/hungary.html", """
#!/usr/bin/env bash
set -euo pipefail
URL=https://download.geofabrik.de/europe/hungary-latest.osm.pbf
EXPECTED_MD5=@@md5@@
curl -fsSLo /data/hungary.osm.pbf "$URL"
echo "${EXPECTED_MD5}  /data/hungary.osm.pbf" | md5sum -c -
osrm-extract -p /opt/osrm/profiles/bicycle.lua /data/hungary.osm.pbf
osrm-partition /data/hungary.osrm && osrm-customize /data/hungary.osrm
""", md5=hexs(32))

add("shell/hetzner-token-export", "ops/scripts/hcloud-firewall.sh", "https://github.com/hetznercloud/cli", """
#!/bin/sh
# Iroda új fix IP-je (Digi) → tűzfal frissítése
export HCLOUD_TOKEN="@@secret@@"
NEW_IP="91.120.14.7/32"
hcloud firewall replace-rules kerekut-ssh --rules-file - <<JSON
[{"direction":"in","protocol":"tcp","port":"22","source_ips":["${NEW_IP}"]}]
JSON
hcloud firewall describe kerekut-ssh
""", hetzner_token())

add("python/smtp-login", "ops/cron/napi_riport.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
\"\"\"Napi riport a műszakvezetőknek: kézbesítések, késések, akkucserék.\"\"\"
import smtplib
from email.message import EmailMessage

from report import build_html

msg = EmailMessage()
msg["Subject"] = "Napi riport – Kerékút"
msg["From"] = "riport@kerekut.hu"
msg["To"] = "muszakvezetok@kerekut.hu"
msg.add_alternative(build_html(), subtype="html")

with smtplib.SMTP("smtp.rackhost.hu", 587) as smtp:
    smtp.starttls()
    smtp.login("riport@kerekut.hu", "@@secret@@")
    smtp.send_message(msg)
""", words_pw())

add("python/decoy-regex", "dispatch/core/redact.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Naplókból kitakarjuk a titok-szerű értékeket, mielőtt a Sentry-be mennek.\"\"\"
import re

PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9a-zA-Z]{24,99}"),
    re.compile(r"whsec_[0-9a-zA-Z]{32,}"),
    re.compile(r"\\b[0-9]{8,10}:AA[0-9A-Za-z_-]{33}\\b"),
    re.compile(r"(?i)poskey[\\"']?\\s*[:=]\\s*[\\"']?[0-9a-f]{32}"),
    re.compile(r"redis://:[^@]+@"),
]


def redact(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub("[REDACTED]", text)
    return text
""")

add("python/datadog-app-key", "ops/dashboards/export_dashboards.py", "https://docs.datadoghq.com/api/latest/authentication/", """
import json
import pathlib

import requests

DD_SITE = "https://api.datadoghq.eu"
HEADERS = {
    "DD-API-KEY": "@@api@@",
    "DD-APPLICATION-KEY": "@@secret@@",
}

for dash in requests.get(f"{DD_SITE}/api/v1/dashboard", headers=HEADERS, timeout=30).json()["dashboards"]:
    full = requests.get(f"{DD_SITE}/api/v1/dashboard/{dash['id']}", headers=HEADERS, timeout=30).json()
    pathlib.Path("dashboards", f"{dash['id']}.json").write_text(json.dumps(full, indent=2, ensure_ascii=False))
    print("exported", dash["title"])
""", hexs(40), api=datadog_key())

add("python/decoy-settings-test", "dispatch/dispatch/settings/test.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", """
from .base import *  # noqa

SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dispatch_test",
        "USER": "postgres",
        "PASSWORD": "postgres",
        "HOST": "localhost",
    }
}
STRIPE_SECRET_KEY = "sk_test_dummy"
BARION_POSKEY = "00000000000000000000000000000000"
CELERY_TASK_ALWAYS_EAGER = True
""")

add("swift/decoy-keychain", "customer-ios/Kerekut/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

final class TokenStore {
    private let service = "hu.kerekut.customer.session"

    func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("swift/google-maps-api-key", "customer-ios/Kerekut/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/config#get-key", """
import GoogleMaps
import GooglePlaces
import UIKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // server key pasted by mistake – has Directions + Distance Matrix enabled, no app restriction
        GMSServices.provideAPIKey("@@secret@@")
        GMSPlacesClient.provideAPIKey("@@secret@@")
        return true
    }
}
""", google_api_key())

add("rust/decoy-env-config", "tracker-gw/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub listen: String,
    pub mqtt_url: String,
    pub mqtt_password: String,
    pub signing_key: Vec<u8>,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            listen: env::var("GW_LISTEN").unwrap_or_else(|_| "0.0.0.0:5027".into()),
            mqtt_url: env::var("MQTT_URL").expect("MQTT_URL"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
            signing_key: hex::decode(env::var("DEVICE_SIGNING_KEY_HEX").expect("key")).expect("hex"),
        }
    }
}
""")

add("rust/mqtt-url", "tracker-gw/src/bin/replay.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.parse_url", """
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

#[tokio::main]
async fn main() {
    // replay yesterday's GPS traces into staging
    let mut opts = MqttOptions::parse_url("mqtts://replay:@@secret@@@mqtt-staging.kerekut.hu:8883?client_id=replay").unwrap();
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut eventloop) = AsyncClient::new(opts, 64);
    tokio::spawn(async move { while eventloop.poll().await.is_ok() {} });
    for line in std::fs::read_to_string("traces.ndjson").unwrap().lines() {
        client.publish("kerekut/bikes/replay/gps", QoS::AtLeastOnce, false, line).await.unwrap();
    }
}
""", rand_pw(18))

add("dockerfile/npm-token-arg", "partner-portal/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=@@secret@@
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""", npm_token())

add("dockerfile/decoy-healthcheck", "telematics/bridge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#healthcheck", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bridge/ bridge/
ENV MQTT_HOST=mqtt.kerekut.hu \\
    MQTT_PASSWORD_FILE=/run/secrets/mqtt_password \\
    INFLUX_TOKEN_FILE=/run/secrets/influx_token
HEALTHCHECK --interval=30s CMD python -m bridge.health || exit 1
CMD ["python", "-m", "bridge"]
""")

add("compose/mqtt-password-file", "deploy/mqtt/docker-compose.yml", "https://github.com/eclipse/mosquitto/tree/master/docker/2.0", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["8883:8883"]
    volumes:
      - ./mosquitto.conf:/mosquitto/config/mosquitto.conf:ro
      - ./certs:/mosquitto/certs:ro
  bridge:
    image: registry.kerekut.hu/telemetry-bridge:0.6.0
    environment:
      MQTT_HOST: mosquitto
      MQTT_USERNAME: bridge
      MQTT_PASSWORD: "@@secret@@"
      INFLUX_URL: http://influx:8086
  influx:
    image: influxdb:2.7
""", rand_pw(24))

add("compose/decoy-init-password-generated", "deploy/metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/running-metabase-on-docker", """
services:
  metabase:
    image: metabase/metabase:v0.50.20
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: pg.internal.kerekut.hu
      MB_DB_DBNAME: metabase
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
      MB_ENCRYPTION_SECRET_KEY_FILE: /run/secrets/mb_enc_key
    secrets: [mb_db_pass, mb_enc_key]
secrets:
  mb_db_pass: {external: true}
  mb_enc_key: {external: true}
""")

add("github-actions/aws-keys-env", ".github/workflows/backup-pod.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
name: weekly proof-of-delivery export
on:
  schedule: [{cron: "0 4 * * 1"}]
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - run: aws s3 sync s3://kerekut-proof-of-delivery/ ./pod --exclude "*" --include "$(date -d 'last week' +%Y/%m)/*"
      - run: tar czf pod.tgz pod && ls -la pod.tgz
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("toml/decoy-streamlit-example", "analytics/dashboard/.streamlit/secrets.toml.example", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Másold secrets.toml néven (az .gitignore-ban van)
[connections.dispatch]
dialect = "postgresql"
host = "pg.internal.kerekut.hu"
port = 5432
database = "dispatch"
username = "analyst"
password = "<jelszó a Bitwardenből>"
""")

add("toml/streamlit-password", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.dispatch]
dialect = "postgresql"
host = "pg.internal.kerekut.hu"
port = 5432
database = "dispatch"
username = "analyst"
password = "@@secret@@"

[mapbox]
token = "@@mb@@"
""", rand_pw(16), mb=mapbox_public())

add("xml/decoy-android-manifest", "rider-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.FOREGROUND_SERVICE_LOCATION" />
    <application
        android:name=".RiderApp"
        android:label="Kerékút Futár"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("plist/decoy-info-plist", "customer-ios/Kerekut/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Kerékút</string>
	<key>CFBundleShortVersionString</key>
	<string>2.4.0</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>A futár helyzetének megjelenítéséhez a térképen.</string>
	<key>StripePublishableKey</key>
	<string>$(STRIPE_PUBLISHABLE_KEY)</string>
</dict>
</plist>
""")

add("plist/revenuecat-secret", "customer-ios/fastlane/Credentials.plist", "https://www.revenuecat.com/docs/welcome/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>AppStoreConnectKeyID</key>
	<string>7QK2M4XZ1P</string>
	<key>AppStoreConnectIssuer</key>
	<string>@@iss@@</string>
	<key>RevenueCatSecretKey</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", "sk_" + fakes.drawn_mixed(_seed(), 32), iss=uuid_s())

add("kotlin/decoy-test-credentials", "rider-backend/src/test/kotlin/hu/kerekut/backend/AuthTest.kt", "https://kotlinlang.org/docs/jvm-test-using-junit.html", """
package hu.kerekut.backend

import kotlin.test.Test
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class AuthTest {
    private val hasher = PinHasher(iterations = 1)

    @Test
    fun acceptsRightPin() {
        val stored = hasher.hash("482913", salt = "test-salt")
        assertTrue(hasher.verify("482913", stored))
    }

    @Test
    fun rejectsWrongPin() {
        val stored = hasher.hash("482913", salt = "test-salt")
        assertFalse(hasher.verify("000000", stored))
    }
}
""")

add("kotlin/sendgrid-constant", "rider-backend/src/main/kotlin/hu/kerekut/backend/Mailer.kt", "https://github.com/sendgrid/sendgrid-java", """
package hu.kerekut.backend

import com.sendgrid.Method
import com.sendgrid.Request
import com.sendgrid.SendGrid

object Mailer {
    private val sg = SendGrid("@@secret@@")

    fun send(json: String): Int {
        val req = Request().apply {
            method = Method.POST
            endpoint = "mail/send"
            body = json
        }
        return sg.api(req).statusCode
    }
}
""", sendgrid_key())

add("properties/decoy-jasypt", "timesheet/src/main/resources/application-prod.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.datasource.url=jdbc:postgresql://pg.internal.kerekut.hu:5432/timesheet
spring.datasource.username=timesheet
spring.datasource.password=ENC(@@enc@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
timesheet.jwt.secret=${TIMESHEET_JWT_SECRET}
""", enc=fakes.drawn(_seed(), 64, ALNUM + "+/"))

# -- final handful ----------------------------------------------------------------------------------
add("markdown/szamlazz-agent-key", "docs/konyveles/szamlazas-folyamat.md", "https://docs.szamlazz.hu/", """
# Számlázás folyamata (havi B2B számlák)

1. Hónap első munkanapján a diszpécser rendszer összesíti a partnerek fuvarjait.
2. A `manage.py havi_szamlak` parancs a Számlázz.hu Agenten keresztül kiállítja a számlákat.
3. A számlák PDF-je a partner e-mail címére megy, másolat a `szamlak@kerekut.hu`-ra.

Ha kézzel kell futtatni (pl. a cron elhasalt):

```
SZAMLAZZ_AGENT_KEY=@@secret@@ \\
  python manage.py havi_szamlak --honap 2026-11 --dry-run
```

A `--dry-run` nélkül élesben állít ki számlát, és az NAV-hoz is beküldi!
""", szamlazz_agent_key())

add("markdown/tracker-sms-password", "docs/depo/tracker-hibaelharitas.md", "https://wiki.teltonika-gps.com/view/FMB_SMS/GPRS_Commands", """
# Nyomkövető nem küld pozíciót – mit tegyél?

1. Nézd meg a Traccarban (track.kerekut.hu), mikor jelentkezett utoljára.
2. Ellenőrizd, hogy a kerékpár akkuja nincs-e lemerülve (a tracker arról kap áramot).
3. Küldj SMS-t a tracker SIM-jére (a számok az `ops/inventory/trackers.csv`-ben):

   `kerekut @@secret@@ getgps`

   Ha válaszol koordinátával, a GPRS kapcsolat a gond: `kerekut @@secret@@ cpureset`.
4. Ha 30 percen belül sem jelentkezik, vidd a depóba és jelezd a #depo csatornán.
""", rand_pw(8))

add("yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
# sentry-cli settings used by the release script of the rider app
defaults:
  url: https://de.sentry.io/
  org: kerekut
  project: rider-app
auth:
  token: @@secret@@
upload:
  include: [app/build/outputs/mapping/release]
""", sentry_auth())

add("env/database-url", "legacy-tracker/.env.production", "https://devcenter.heroku.com/articles/connecting-heroku-postgres#connecting-in-ruby", """
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
DATABASE_URL=postgres://legacy_tracker:@@secret@@@pg.internal.kerekut.hu:5432/legacy_tracker
REDIS_URL=${REDIS_URL}
RAILS_MASTER_KEY_FILE=/run/secrets/master.key
""", rand_pw(22))

add("env/openai-api-key", "support/.env", "https://platform.openai.com/docs/quickstart", """
# Ügyfélszolgálati segéd (válaszjavaslatok)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
HELPDESK_URL=https://help.kerekut.hu
HELPDESK_USER=bot@kerekut.hu
""", openai_key())

add("env/decoy-all-references", "support/.env.ci", "https://docs.github.com/en/actions/learn-github-actions/variables", """
OPENAI_API_KEY=${{ secrets.OPENAI_API_KEY }}
ANTHROPIC_API_KEY=${{ secrets.ANTHROPIC_API_KEY }}
OPENAI_MODEL=gpt-4o-mini
HELPDESK_URL=https://help.kerekut.hu
HELPDESK_USER=bot@kerekut.hu
""")

add("ruby/stripe-secret", "legacy-tracker/lib/tasks/refunds.rake", "https://docs.stripe.com/api/refunds/create?lang=ruby", """
namespace :refunds do
  desc "Sérült csomagok visszatérítése a kárbejelentések alapján"
  task process: :environment do
    Stripe.api_key = "@@secret@@"
    Claim.approved.where(refunded_at: nil).find_each do |claim|
      refund = Stripe::Refund.create(payment_intent: claim.payment_intent_id, amount: claim.amount_huf * 100)
      claim.update!(refunded_at: Time.current, stripe_refund_id: refund.id)
      puts "visszatérítve: #{claim.id} (#{claim.amount_huf} Ft)"
    end
  end
end
""", stripe_key())

add("csharp/redis-connection", "accounting/KerekutPayroll/Program.cs", "https://stackexchange.github.io/StackExchange.Redis/Configuration", """
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
    ConnectionMultiplexer.Connect("redis.internal.kerekut.hu:6380,ssl=true,password=@@secret@@,abortConnect=false"));
builder.Services.AddHttpClient<KerekutPayroll.Services.BillingoClient>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
""", fakes.redis_password(_seed()))

add("powershell/azure-storage-key", "office/scripts/Sync-Szamlak.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Kiállított számlák PDF-jeinek archiválása Azure Blobba (10 év megőrzés)
$conn = "DefaultEndpointsProtocol=https;AccountName=kerekutarchiv;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "\\\\nas01\\penzugy\\szamlak\\$(Get-Date -Format yyyy)" -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "szamlak" -Blob "$(Get-Date -Format yyyy)/$($_.Name)" -Context $ctx -Force | Out-Null
}
Write-Host "Archiválva."
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("go/telegram-bot-token", "ops/battery-alert/main.go", "https://core.telegram.org/bots/api#sendmessage", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

const botToken = "@@secret@@"
const chatID = "-1001876543210"

func main() {
	bike, soc := os.Args[1], os.Args[2]
	text := fmt.Sprintf("⚡ %s akku %s%% – vissza a depóba töltésre!", bike, soc)
	resp, err := http.PostForm("https://api.telegram.org/bot"+botToken+"/sendMessage",
		url.Values{"chat_id": {chatID}, "text": {text}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
}
""", fakes.telegram_token(_seed()))

add("typescript/stripe-secret-split", "partner-portal/src/server/stripe.ts", "https://docs.stripe.com/api/authentication?lang=node", """
import Stripe from "stripe";

// TODO: env-be! (ideiglenes, a demo miatt)
const key = "@@p1@@" +
  "@@p2@@";

export const stripe = new Stripe(key, { apiVersion: "2024-06-20" });

export async function partnerInvoices(customerId: string) {
  const list = await stripe.invoices.list({ customer: customerId, limit: 24 });
  return list.data.map((i) => ({ id: i.id, total: i.total / 100, status: i.status, pdf: i.invoice_pdf }));
}
""", (sk := stripe_key()), p1=sk[:16], p2=sk[16:])

add("notebook/decoy-outputs-masked", "analytics/notebooks/partner_api_hasznalat.ipynb", "https://jupyter.org/", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["token prefix: kk_live_…  (masked)\\n", "partners: 4\\n"]}
   ],
   "source": [
    "import os\\n",
    "token = os.environ['KEREKUT_ADMIN_TOKEN']\\n",
    "print('token prefix:', token[:8] + '…  (masked)')\\n",
    "print('partners:', len(partners))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("k8s-secret/postgres-url", "k8s/analytics/secret-metabase.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: metabase-db
  namespace: analytics
type: Opaque
data:
  MB_DB_CONNECTION_URI: @@enc@@
""", (mp := rand_pw(20)), enc=b64(f"postgres://metabase:{mp}@pg.internal.kerekut.hu:5432/metabase?ssl=true"))
