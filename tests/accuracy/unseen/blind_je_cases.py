"""Blind set JE: a Serbian coach-tour and travel agency (Belgrade, coaches to the coast and the mountains).

Booking backend, GDS and hotel-bed connectors, Serbian card gateways, coach fleet telematics, SMS and
Viber/Telegram notifications, e-invoicing, office IT, CI and infrastructure, runbooks in Serbian
(Cyrillic) and English, SQL and CSV exports, logs, and their decoys.
Generated fakes only (seeds 4080000-4089999).
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
SEED_LO, SEED_HI = 4080000, 4089999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Zlatibor", "Kopaonik", "Avala", "Drina", "Morava", "Durmitor", "Golija", "Tara", "Ovcar", "Sava",
         "Dunav", "Rtanj", "Fruska", "Palic", "Vlasina", "Stara", "Uvac", "Lovcen", "Budva", "Ohrid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_digits(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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


def twilio_sid() -> str:
    return "AC" + hexs(32)


def infobip_key() -> str:
    return hexs(32) + "-" + uuid_s()


def viber_token() -> str:
    return hexs(16) + "-" + hexs(16) + "-" + hexs(16)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + rand_pw(16)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def mapbox_secret() -> str:
    return "sk.eyJ1IjoiYXZhbGEtdG91cnMiLCJhIjoi" + rand_pw(22) + "In0." + rand_pw(22, "-_")


def mapbox_public() -> str:
    return "pk.eyJ1IjoiYXZhbGEtdG91cnMiLCJhIjoi" + rand_pw(22) + "In0." + rand_pw(22, "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hetzner_token() -> str:
    return rand_pw(64)


def cloudflare_token() -> str:
    return rand_pw(40, "_-")


def datadog_key() -> str:
    return hexs(32)


def wialon_token() -> str:
    return hexs(72)


def fcm_server_key() -> str:
    return "AAAA" + rand_pw(7) + ":APA91b" + rand_pw(134, "-_")


def paypal_secret() -> str:
    return "E" + rand_pw(79, "-_")


def paypal_client_id() -> str:
    return "A" + rand_pw(79, "-_")


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def amadeus_id() -> str:
    return rand_pw(32)


def amadeus_secret() -> str:
    return rand_pw(16)


def google_api_key() -> str:
    return "AIza" + rand_pw(35, "-_")


def recaptcha_site_key() -> str:
    return "6L" + rand_pw(38, "-_")


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUB{body[21:]}\n-----END CERTIFICATE-----"


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
    CASES.append(LabelledCase(f"blind-je/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking backend (Django)

add("python/django-secret-key", "booking/avala/settings/production.py", "Django settings reference: SECRET_KEY",
    '''
"""Продукциона подешавања за систем резервација Avala Tours."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["rezervacije.avalatours.rs", "api.avalatours.rs"]

SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "sr-Cyrl"
TIME_ZONE = "Europe/Belgrade"
CSRF_TRUSTED_ORIGINS = ["https://rezervacije.avalatours.rs"]
SESSION_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

_pw = words_pw()
add("python/postgres-password", "booking/avala/settings/staging.py", "Django settings reference: DATABASES",
    '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["staging.avalatours.rs"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "avala_booking",
        "USER": "avala_app",
        "PASSWORD": "@@secret@@",
        "HOST": "pg-staging.internal.avalatours.rs",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}
''', _pw)

add("python/decoy-env-reference", "booking/avala/settings/base_secrets.py", "Django settings reference; django-environ docs",
    '''
import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}
EMAIL_HOST_PASSWORD = env("SMTP_PASSWORD", default="")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
NESTPAY_STORE_KEY = env("NESTPAY_STORE_KEY")
# Лозинке и кључеви долазе искључиво из окружења (Vault агент их уписује у /run/secrets).
''')

_pw = rand_pw(16)
add("python/smtp-password", "booking/notifications/mailer.py", "Python smtplib docs: SMTP.login",
    '''
import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.avalatours.rs"
SMTP_USER = "rezervacije@avalatours.rs"


def posalji_potvrdu(to_addr: str, subject: str, body: str) -> None:
    """Шаље потврду резервације путнику."""
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, "@@secret@@")
        smtp.send_message(msg)
''', _pw)

add("python/stripe-secret-key", "booking/payments/stripe_gateway.py", "Stripe API docs: authentication",
    '''
import stripe

stripe.api_key = "@@secret@@"


def create_deposit_intent(booking_ref: str, amount_eur: int):
    # deposit for international tours (Greece, Italy) charged in EUR
    return stripe.PaymentIntent.create(
        amount=amount_eur * 100,
        currency="eur",
        metadata={"booking": booking_ref},
        automatic_payment_methods={"enabled": True},
    )
''', stripe_key())

add("python/stripe-webhook-secret", "booking/payments/webhooks.py", "Stripe docs: verify webhook signatures",
    '''
import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "payment_intent.succeeded":
        from .tasks import mark_paid
        mark_paid.delay(event["data"]["object"]["metadata"]["booking"])
    return HttpResponse(status=200)
''', stripe_whsec())

_key = rand_pw(14)
add("python/nestpay-store-key", "booking/payments/nestpay.py", "Asseco NestPay 3D Pay Hosting integration guide: hash v3",
    '''
"""NestPay (Banca Intesa) 3D Pay Hosting: потпис захтева, hash верзија 3."""
import base64
import hashlib

CLIENT_ID = "13IN060219"
STORE_KEY = "@@secret@@"
GATEWAY = "https://bib.eway2pay.com/fim/est3Dgate"


def hash_v3(params: dict) -> str:
    keys = sorted((k for k in params if k.lower() not in ("hash", "encoding")), key=str.lower)
    plain = "|".join(str(params[k]).replace("\\\\", "\\\\\\\\").replace("|", "\\\\|") for k in keys)
    plain += "|" + STORE_KEY
    return base64.b64encode(hashlib.sha512(plain.encode("utf-8")).digest()).decode()
''', _key)

add("python/decoy-hash-function", "booking/payments/tests/test_nestpay_hash.py", "pytest docs; NestPay hash v3 guide",
    '''
from booking.payments.nestpay import hash_v3


def test_hash_is_base64_sha512(settings, monkeypatch):
    monkeypatch.setattr("booking.payments.nestpay.STORE_KEY", "TEST_STORE_KEY")
    h = hash_v3({"clientid": "13IN060219", "amount": "9500.00", "oid": "AV-2024-001"})
    assert len(h) == 88 and h.endswith("==")


def test_known_vector(monkeypatch):
    monkeypatch.setattr("booking.payments.nestpay.STORE_KEY", "TEST_STORE_KEY")
    expected = "@@h@@"
    assert hash_v3({"amount": "1.00", "clientid": "x", "oid": "1"}) == expected
''', h=b64(hexs(64))[:86] + "==")

add("python/aws-secret-access-key", "booking/storage/vouchers_s3.py", "boto3 docs: credentials passed to client",
    '''
import boto3

# ваучери и карте (PDF) за путнике
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "avala-vouchers-prod"


def upload_voucher(booking_ref: str, pdf: bytes) -> str:
    key = f"vouchers/{booking_ref}.pdf"
    s3.put_object(Bucket=BUCKET, Key=key, Body=pdf, ContentType="application/pdf")
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=86400)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-presigned-url", "booking/storage/tests/fixtures_voucher.py", "AWS S3 docs: presigned URLs",
    '''
# A presigned link as the voucher e-mail carries it (expired; signature is per-request).
VOUCHER_URL = (
    "https://avala-vouchers-prod.s3.eu-central-1.amazonaws.com/vouchers/AV-24-0193.pdf"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=ASIAEXAMPLEVOUCHER01%2F20240612%2Feu-central-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20240612T081500Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=@@sig@@"
)
BOOKING_REF = "AV-24-0193"
''', sig=sha256())

_tok = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "bots/vozaci_bot/main.py", "python-telegram-bot docs: Application.builder().token()",
    '''
"""Телеграм бот за возаче: полазак, листа путника, пријава кварова."""
from telegram.ext import Application, CommandHandler

TOKEN = "@@secret@@"


async def polazak(update, context):
    await update.message.reply_text("Полазак у 06:30, Аутобуска станица БАС, перон 12.")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("polazak", polazak))
    app.run_polling()


if __name__ == "__main__":
    main()
''', _tok)

add("python/viber-bot-token", "bots/viber_putnici/app.py", "Viber REST Bot API docs: X-Viber-Auth-Token",
    '''
from flask import Flask, request
from viberbot import Api
from viberbot.api.bot_configuration import BotConfiguration

app = Flask(__name__)
viber = Api(BotConfiguration(
    name="AvalaTours",
    avatar="https://avalatours.rs/static/img/viber-avatar.png",
    auth_token="@@secret@@",
))


@app.route("/viber", methods=["POST"])
def incoming():
    if not viber.verify_signature(request.get_data(), request.headers.get("X-Viber-Content-Signature")):
        return "", 403
    viber.parse_request(request.get_data())
    return "", 200
''', viber_token())

add("python/infobip-api-key", "booking/notifications/sms.py", "Infobip API docs: Authorization App header",
    '''
import requests

INFOBIP_BASE = "https://9rv2kd.api.infobip.com"
HEADERS = {
    "Authorization": "App @@secret@@",
    "Content-Type": "application/json",
}


def posalji_sms(broj: str, tekst: str) -> dict:
    """СМС подсетник путнику дан пре поласка."""
    payload = {"messages": [{"destinations": [{"to": broj}], "from": "AvalaTours", "text": tekst}]}
    r = requests.post(f"{INFOBIP_BASE}/sms/2/text/advanced", json=payload, headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()
''', infobip_key())

_tid = twilio_sid()
add("python/twilio-auth-token", "booking/notifications/whatsapp.py", "Twilio docs: Client(account_sid, auth_token)",
    '''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "whatsapp:+381113334455"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify(phone: str, text: str) -> str:
    msg = client.messages.create(from_=FROM, to=f"whatsapp:{phone}", body=text)
    return msg.sid
''', hexs(32), sid=_tid)

add("python/decoy-account-sid", "booking/notifications/whatsapp_v2.py", "Twilio docs: environment variables TWILIO_AUTH_TOKEN",
    '''
import os

from twilio.rest import Client

# Account SID is an identifier shown in the console; the auth token stays in the environment.
ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
FROM = "whatsapp:+381113334455"


def notify(phone: str, text: str) -> str:
    return client.messages.create(from_=FROM, to=f"whatsapp:{phone}", body=text).sid
''', sid=twilio_sid())

_cid, _cs = amadeus_id(), amadeus_secret()
add("python/amadeus-client-secret", "connectors/gds/amadeus_client.py", "Amadeus for Developers docs: Python SDK Client(client_id, client_secret)",
    '''
from amadeus import Client, ResponseError

amadeus = Client(
    client_id="@@cid@@",
    client_secret="@@secret@@",
    hostname="production",
)


def letovi(origin: str, dest: str, date: str, adults: int = 1):
    """Летови за комбиноване аранжмане (аутобус + авион)."""
    try:
        return amadeus.shopping.flight_offers_search.get(
            originLocationCode=origin, destinationLocationCode=dest,
            departureDate=date, adults=adults, currencyCode="EUR").data
    except ResponseError as err:
        raise RuntimeError(err)
''', _cs, cid=_cid)

_hk, _hs = rand_pw(32), rand_pw(10)
add("python/hotelbeds-secret", "connectors/hotels/hotelbeds.py", "Hotelbeds APItude docs: X-Signature = SHA256(apiKey+secret+timestamp)",
    '''
import hashlib
import time

import requests

API_KEY = "@@key@@"
SECRET = "@@secret@@"
BASE = "https://api.hotelbeds.com/hotel-api/1.0"


def _headers() -> dict:
    ts = str(int(time.time()))
    sig = hashlib.sha256((API_KEY + SECRET + ts).encode()).hexdigest()
    return {"Api-key": API_KEY, "X-Signature": sig, "Accept": "application/json"}


def availability(payload: dict) -> dict:
    return requests.post(f"{BASE}/hotels", json=payload, headers=_headers(), timeout=30).json()
''', _hs, key=_hk)

_pw = fakes.redis_password(_seed())
add("python/redis-password", "booking/avala/celery.py", "Celery docs: broker_url redis://:password@host",
    '''
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "avala.settings.production")

app = Celery("avala")
app.conf.broker_url = "redis://:@@secret@@@redis-01.internal.avalatours.rs:6379/0"
app.conf.result_backend = app.conf.broker_url
app.conf.timezone = "Europe/Belgrade"
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
''', _pw)

add("python/decoy-placeholder", "connectors/gds/amadeus_example.py", "Amadeus for Developers docs: quick start",
    '''
"""Пример из документације: подесите AMADEUS_CLIENT_ID и AMADEUS_CLIENT_SECRET пре покретања."""
from amadeus import Client

amadeus = Client(
    client_id="YOUR_AMADEUS_API_KEY",
    client_secret="YOUR_AMADEUS_API_SECRET",
    hostname="test",
)

print(amadeus.reference_data.locations.get(keyword="BEG", subType="AIRPORT").data)
''')

_pw = words_pw()
add("python/mysql-password", "scripts/migracija_stari_sajt.py", "PyMySQL docs: connect()",
    '''
"""Једнократна миграција резервација са старог WordPress сајта (2016-2022)."""
import pymysql

conn = pymysql.connect(
    host="195.178.51.20",
    user="avala_wp",
    password="@@secret@@",
    database="avala_wordpress",
    charset="utf8mb4",
)

with conn.cursor() as cur:
    cur.execute("SELECT ID, post_title, post_date FROM wp_posts WHERE post_type = 'aranzman'")
    for row in cur.fetchall():
        print(row)
conn.close()
''', _pw)

_pw = rand_pw(12, "!#")
add("python/ftp-password", "scripts/cenovnik_upload.py", "Python ftplib docs: FTP.login",
    '''
from ftplib import FTP_TLS
from pathlib import Path

# Ценовник за партнерске агенције (PDF) иде на FTP сервер Туристичке организације
HOST = "ftp.partneri-turizam.rs"
USER = "avalatours"
PASSWD = "@@secret@@"

with FTP_TLS(HOST) as ftp:
    ftp.login(USER, PASSWD)
    ftp.prot_p()
    ftp.cwd("/cenovnici/2024")
    for pdf in Path("out").glob("*.pdf"):
        with pdf.open("rb") as fh:
            ftp.storbinary(f"STOR {pdf.name}", fh)
''', _pw)

_tok = wialon_token()
add("python/wialon-token", "fleet/telemetry/wialon_sync.py", "Wialon Remote API docs: token/login",
    '''
"""Sync coach GPS positions from Wialon Hosting into the booking DB every minute."""
import json

import requests

WIALON = "https://hst-api.wialon.com/wialon/ajax.html"
TOKEN = "@@secret@@"


def login() -> str:
    r = requests.get(WIALON, params={"svc": "token/login", "params": json.dumps({"token": TOKEN})}, timeout=15)
    return r.json()["eid"]


def units(sid: str) -> list:
    spec = {"itemsType": "avl_unit", "propName": "sys_name", "propValueMask": "*", "sortType": "sys_name"}
    params = {"spec": spec, "force": 1, "flags": 1025, "from": 0, "to": 0}
    r = requests.get(WIALON, params={"svc": "core/search_items", "params": json.dumps(params), "sid": sid}, timeout=15)
    return r.json().get("items", [])
''', _tok)

add("python/decoy-vehicle-ids", "fleet/telemetry/vozila.py", "Wialon unit reference; Serbian registration plates",
    '''
# Возни парк: регистарске ознаке, VIN и Wialon unit id (нису тајне)
VOZILA = {
    "BG-1274-KT": {"vin": "WKK62411313201845", "wialon_id": 27741201, "model": "Setra S 516 HD"},
    "BG-2210-LA": {"vin": "WMA24SZZ6KT031927", "wialon_id": 27741202, "model": "MAN Lion's Coach"},
    "BG-0931-PV": {"vin": "WEB63234813118442", "wialon_id": 27741203, "model": "Mercedes Tourismo"},
    "NS-0445-AT": {"vin": "YS2K4X20001863520", "wialon_id": 27741204, "model": "Scania Touring"},
}
IMEI = {"BG-1274-KT": "356307042441013", "BG-2210-LA": "356307042441021"}
''')

add("python/openai-api-key", "tools/opisi_aranzmana/generate.py", "OpenAI Python SDK docs: OpenAI(api_key=...)",
    '''
"""Генерише нацрте описа аранжмана (српски, ћирилица) за сајт."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "Напиши кратак опис аранжмана за путнике: {naziv}, {dani} дана, превоз аутобусом."


def opis(naziv: str, dani: int) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(naziv=naziv, dani=dani)}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/decoy-test-card", "booking/payments/tests/test_checkout.py", "Stripe docs: test card numbers",
    '''
import pytest

TEST_CARDS = {
    "visa": "4242424242424242",
    "visa_3ds": "4000002500003155",
    "mastercard": "5555555555554444",
    "declined": "4000000000000002",
}


@pytest.mark.parametrize("brand,number", TEST_CARDS.items())
def test_card_form_accepts(client, brand, number):
    r = client.post("/checkout/card/", {"number": number, "exp": "12/34", "cvc": "123"})
    assert r.status_code in (200, 302)
''')

_pw = words_pw()
add("python/ldap-bind-password", "office/ad_sync/sync_users.py", "ldap3 docs: Connection(server, user, password)",
    '''
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.avala.local", get_info=ALL)
conn = Connection(
    server,
    user="CN=svc-adsync,OU=Servisi,DC=avala,DC=local",
    password="@@secret@@",
    auto_bind=True,
)

conn.search("OU=Zaposleni,DC=avala,DC=local", "(objectClass=user)", attributes=["sAMAccountName", "mail"])
for e in conn.entries:
    print(e.sAMAccountName, e.mail)
''', _pw)

add("python/decoy-vault-reference", "booking/avala/secrets_loader.py", "hvac docs: KV v2 read_secret_version",
    '''
import os

import hvac

client = hvac.Client(url="https://vault.avalatours.rs:8200", token=os.environ["VAULT_TOKEN"])


def load(path: str) -> dict:
    """Чита тајне из Vault KV v2 (mount: kv, нпр. booking/production)."""
    resp = client.secrets.kv.v2.read_secret_version(path=path, mount_point="kv")
    return resp["data"]["data"]


NESTPAY = load("booking/production/nestpay")
INFOBIP = load("booking/production/infobip")
''')

# ---------------------------------------------------------------- env files, containers, CI

add("env/sendgrid-api-key", "booking/.env.production", "SendGrid docs: API keys; dotenv format",
    '''
# Avala Tours — booking, production
DJANGO_SETTINGS_MODULE=avala.settings.production
DATABASE_URL=postgres://avala_app@pg-prod.internal.avalatours.rs:5432/avala_booking
REDIS_URL=redis://redis-01.internal.avalatours.rs:6379/1
DEFAULT_FROM_EMAIL=rezervacije@avalatours.rs
SENDGRID_API_KEY=@@secret@@
SITE_URL=https://rezervacije.avalatours.rs
SENTRY_ENVIRONMENT=production
''', sendgrid_key())

add("env/decoy-placeholder", "booking/.env.example", "dotenv docs; twelve-factor config",
    '''
# Копирајте у .env и попуните вредности (никад не комитујте .env)
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://avala_app:CHANGE_ME@localhost:5432/avala_booking
REDIS_URL=redis://localhost:6379/0
SMTP_PASSWORD=
STRIPE_SECRET_KEY=sk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
NESTPAY_STORE_KEY=<store key from Banca Intesa merchant portal>
INFOBIP_API_KEY=<your-infobip-key>
TELEGRAM_BOT_TOKEN=123456789:replace-with-botfather-token
''')

_pw = rand_pw(18)
add("env/postgres-password", "fleet/.env", "PostgreSQL docs: connection URIs",
    '''
FLEET_DB_URL=postgresql://fleet:@@secret@@@10.20.0.15:5432/fleet
WIALON_HOST=hst-api.wialon.com
POLL_INTERVAL_SECONDS=60
LOG_LEVEL=info
TZ=Europe/Belgrade
''', _pw)

add("env/mailgun-api-key", "newsletter/.env", "Mailgun docs: API key authentication",
    '''
# Њузлетер „Лето на мору“ и „Зимовање“
MAILGUN_DOMAIN=mg.avalatours.rs
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
LIST_ADDRESS=putnici@mg.avalatours.rs
UNSUBSCRIBE_URL=https://avalatours.rs/odjava
''', mailgun_key())

add("env/decoy-public-keys", "website/.env.local.example", "Next.js docs: NEXT_PUBLIC_ environment variables; Stripe publishable keys",
    '''
NEXT_PUBLIC_SITE_URL=https://avalatours.rs
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=@@rc@@
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-4KX7Q2M9PL
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
API_BASE_URL=https://api.avalatours.rs/v1
''', pk=stripe_key("pk_live_"), rc=recaptcha_site_key(), mb=mapbox_public())

add("env/brevo-api-key", "crm/.env.crm", "Brevo API docs: api-key header",
    '''
# Brevo (бивши Sendinblue) — CRM синхронизација путника
BREVO_API_KEY=@@secret@@
BREVO_LIST_ID_LETO=14
BREVO_LIST_ID_ZIMA=15
CRM_SYNC_CRON=0 3 * * *
''', brevo_key())

add("env/hotelbeds-secret", "connectors/.env.connectors", "Hotelbeds APItude docs: Api-key and secret",
    '''
HOTELBEDS_API_KEY=@@key@@
HOTELBEDS_SECRET=@@secret@@
HOTELBEDS_ENV=live
AMADEUS_HOSTNAME=production
AMADEUS_CLIENT_ID=${AMADEUS_CLIENT_ID}
AMADEUS_CLIENT_SECRET=${AMADEUS_CLIENT_SECRET}
''', rand_pw(10), key=rand_pw(32))

add("dockerfile/decoy-build-arg", "booking/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)",
    '''
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 TZ=Europe/Belgrade
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.avalatours.rs/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=avala.settings.production
CMD ["gunicorn", "avala.wsgi:application", "-b", "0.0.0.0:8000", "-w", "4"]
''')

_tok = fakes.github_token(_seed())
add("dockerfile/github-token", "fleet/Dockerfile", "Docker docs: ARG/ENV; GitHub docs: personal access tokens",
    '''
FROM golang:1.22 AS build
ENV GOPRIVATE=github.com/avala-tours/*
ENV GITHUB_TOKEN=@@secret@@
RUN git config --global url."https://${GITHUB_TOKEN}:x-oauth-basic@github.com/".insteadOf "https://github.com/"
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/fleetd ./cmd/fleetd

FROM gcr.io/distroless/static
COPY --from=build /out/fleetd /fleetd
ENTRYPOINT ["/fleetd"]
''', _tok)

_pw = words_pw()
add("compose/mysql-root-password", "ops/wordpress/docker-compose.yml", "Docker Hub mysql image docs: MYSQL_ROOT_PASSWORD",
    '''
services:
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: avala_blog
      MYSQL_USER: blog
      MYSQL_PASSWORD_FILE: /run/secrets/blog_db_password
    volumes:
      - db:/var/lib/mysql
  wordpress:
    image: wordpress:6.5-apache
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: blog
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/blog_db_password
volumes:
  db: {}
''', _pw)

add("compose/decoy-env-reference", "booking/docker-compose.yml", "Docker Compose docs: interpolation and env_file",
    '''
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://avala_app:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/avala_booking
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    depends_on: [db, redis]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: avala_app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_DB: avala_booking
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
''')

_pw = fakes.redis_password(_seed())
add("compose/redis-password", "ops/queue/docker-compose.yml", "Redis docs: requirepass",
    '''
# Ред порука за СМС/Вајбер обавештења
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["127.0.0.1:6379:6379"]
    volumes: ["redis-data:/data"]
  worker:
    image: registry.avalatours.rs/notifier:1.8.2
    environment:
      REDIS_URL: redis://redis:6379/0
volumes:
  redis-data: {}
''', _pw)

_pw = rand_pw(20)
add("compose/rabbitmq-password", "ops/rabbitmq/compose.yaml", "Docker Hub rabbitmq image docs: RABBITMQ_DEFAULT_PASS",
    '''
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    hostname: mq01
    environment:
      RABBITMQ_DEFAULT_USER: avala
      RABBITMQ_DEFAULT_PASS: @@secret@@
    ports:
      - "5672:5672"
      - "15672:15672"
''', _pw)

_pw = rand_pw(22)
add("k8s-secret/postgres-password", "deploy/k8s/booking/secret-db.yaml", "Kubernetes docs: Secret data is base64",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
''', _pw, u=b64("avala_app"), p=b64(_pw), d=b64("avala_booking"))

add("k8s-secret/infobip-api-key", "deploy/k8s/notifier/secret.yaml", "Kubernetes docs: Secret stringData",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: notifier-credentials
  namespace: notifier
  labels:
    app.kubernetes.io/name: notifier
type: Opaque
stringData:
  INFOBIP_BASE_URL: https://9rv2kd.api.infobip.com
  INFOBIP_API_KEY: @@secret@@
  SMS_SENDER: AvalaTours
''', infobip_key())

add("k8s/decoy-secret-ref", "deploy/k8s/booking/deployment.yaml", "Kubernetes docs: env valueFrom secretKeyRef",
    '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-web
  namespace: booking
spec:
  replicas: 3
  selector:
    matchLabels: {app: booking-web}
  template:
    metadata:
      labels: {app: booking-web}
    spec:
      containers:
        - name: web
          image: registry.avalatours.rs/booking@sha256:@@digest@@
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: POSTGRES_PASSWORD}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: booking-payments, key: STRIPE_SECRET_KEY}
''', digest=sha256())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking/sealed-payments.yaml", "Bitnami sealed-secrets docs: SealedSecret",
    '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-payments
  namespace: booking
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@a@@
    NESTPAY_STORE_KEY: AgC@@b@@
  template:
    metadata:
      name: booking-payments
    type: Opaque
''', a=rand_pw(300, "+/"), b=rand_pw(300, "+/"))

_user = "avala-registry"
_pw = rand_pw(24)
add("k8s-secret/registry-password", "deploy/k8s/pull-secret.yaml", "Kubernetes docs: kubernetes.io/dockerconfigjson",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
''', _pw, cfg=b64(json.dumps({"auths": {"registry.avalatours.rs": {"username": _user, "password": _pw,
                                                                      "auth": b64(_user + ":" + _pw)}}})))

add("github-actions/pypi-token", ".github/workflows/publish-sdk.yml", "PyPI docs: API tokens; pypa/gh-action-pypi-publish",
    '''
name: Publish avala-sdk
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
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
''', fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "GitHub Actions docs: secrets context",
    '''
name: Deploy booking
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
          registry: registry.avalatours.rs
          username: ${{ vars.REGISTRY_USER }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - run: docker build -t registry.avalatours.rs/booking:${{ github.sha }} booking/
      - run: docker push registry.avalatours.rs/booking:${{ github.sha }}
      - run: kubectl --kubeconfig <(echo "${{ secrets.KUBECONFIG_B64 }}" | base64 -d) -n booking rollout restart deploy/booking-web
''')

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "Slack docs: incoming webhooks",
    '''
name: Nightly
on:
  schedule: [{cron: "0 2 * * *"}]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r booking/requirements-dev.txt && pytest booking -q
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Ноћни тестови пали: ${{ github.run_id }}"}' \\
            @@secret@@
''', slack_webhook())

add("github-actions/docker-hub-token", ".github/workflows/notifier-image.yml", "Docker docs: personal access tokens",
    '''
name: notifier image
on:
  push:
    paths: ["notifier/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "@@secret@@" | docker login -u avalatours --password-stdin
      - run: docker build -t avalatours/notifier:${GITHUB_SHA::7} notifier/
      - run: docker push avalatours/notifier:${GITHUB_SHA::7}
''', docker_pat())

_pw = rand_pw(20)
add("gitlab-ci/ssh-deploy-password", "website/.gitlab-ci.yml", "GitLab CI docs: variables; sshpass man page",
    '''
stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [out/]

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache sshpass rsync openssh
    - sshpass -p '@@secret@@' rsync -az --delete out/ deploy@web01.avalatours.rs:/var/www/avalatours.rs/
  only: [main]
''', _pw)

add("terraform/hetzner-token", "infra/hetzner/main.tf", "Terraform hcloud provider docs: token",
    '''
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "web01" {
  name        = "web01"
  image       = "ubuntu-22.04"
  server_type = "cx31"
  location    = "fsn1"
  labels      = { role = "web", owner = "avala" }
}
''', hetzner_token())

add("terraform/decoy-variable", "infra/aws/variables.tf", "Terraform docs: sensitive input variables",
    '''
variable "db_password" {
  description = "Лозинка за RDS (уноси се из Vault-а, TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = null
}

variable "region" {
  type    = string
  default = "eu-central-1"
}
''')

_pw = words_pw()
add("terraform/rds-password", "infra/aws/rds.tf", "Terraform AWS provider docs: aws_db_instance",
    '''
resource "aws_db_instance" "reporting" {
  identifier              = "avala-reporting"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "reporting"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 7
  skip_final_snapshot     = false
}
''', _pw)

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs: api_token",
    '''
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "rezervacije" {
  zone_id = "8c1f2e0a9b7d46c3a5e1f0d2b4c6a8e9"
  name    = "rezervacije"
  value   = "49.12.201.77"
  type    = "A"
  proxied = true
}
''', cloudflare_token())

# ---------------------------------------------------------------- configs: yaml, json, toml, ini, properties

_pw = rand_pw(16)
add("yaml/smtp-password", "notifier/config/production.yaml", "Spring Boot / generic YAML mail config",
    '''
# Сервис обавештења — продукција
mail:
  host: smtp.office365.com
  port: 587
  starttls: true
  username: obavestenja@avalatours.rs
  password: "@@secret@@"
  from: "Avala Tours <obavestenja@avalatours.rs>"
sms:
  provider: infobip
  sender: AvalaTours
  api_key_env: INFOBIP_API_KEY
queue:
  url: redis://redis-01.internal.avalatours.rs:6379/2
''', _pw)

add("yaml/decoy-sops-encrypted", "deploy/secrets/production.enc.yaml", "Mozilla SOPS docs: encrypted YAML",
    '''
nestpay:
    store_key: ENC[AES256_GCM,data:@@a@@,iv:@@iv1@@,tag:@@t1@@,type:str]
infobip:
    api_key: ENC[AES256_GCM,data:@@b@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1q3x9v8m2kf7wz6u4h0t5r3n2p8c7y6e5d4s3a2l1k0j9h8g7f6e5d4c3b2
    lastmodified: "2024-05-14T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
''', a=rand_pw(24, "+/"), b=rand_pw(92, "+/"), iv1=rand_pw(43, "+/") + "=", iv2=rand_pw(43, "+/") + "=",
    t1=rand_pw(22, "+/") + "==", t2=rand_pw(22, "+/") + "==", m=rand_pw(88, "+/"))

add("yaml/wialon-token", "fleet/config/fleetd.yaml", "Wialon Remote API docs: token login",
    '''
wialon:
  host: https://hst-api.wialon.com
  token: @@secret@@
  poll_seconds: 60
geofences:
  - name: "БАС Београд"
    lat: 44.8086
    lon: 20.4556
    radius_m: 150
  - name: "Златибор центар"
    lat: 43.7262
    lon: 19.6961
    radius_m: 300
alerts:
  speeding_kmh: 100
  telegram_chat_id: -1001873356120
''', wialon_token())

add("yaml/decoy-public-config", "website/config/site.yaml", "Hugo docs: site params; Google reCAPTCHA docs: site key",
    '''
baseURL: https://avalatours.rs/
languageCode: sr-Cyrl-RS
title: "Avala Tours — аутобуска путовања"
params:
  phone: "+381 11 333 44 55"
  googleAnalytics: G-4KX7Q2M9PL
  recaptchaSiteKey: "@@rc@@"
  facebookAppId: "1893746502918374"
  viberPublicAccount: "avalatours"
  pib: "109384756"
  maticniBroj: "21456789"
  tekuciRacun: "160-0000000437291-18"
''', rc=recaptcha_site_key())

_pw = words_pw()
add("yaml/ldap-bind-password", "office/gitea/app-ldap.yaml", "Gitea docs: LDAP authentication source",
    '''
auth_sources:
  - name: avala-ad
    type: ldap
    host: dc01.avala.local
    port: 636
    security_protocol: ldaps
    bind_dn: "CN=svc-gitea,OU=Servisi,DC=avala,DC=local"
    bind_password: "@@secret@@"
    user_base: "OU=Zaposleni,DC=avala,DC=local"
    user_filter: "(&(objectClass=user)(sAMAccountName=%s))"
    admin_filter: "(memberOf=CN=IT,OU=Grupe,DC=avala,DC=local)"
''', _pw)

add("json/paypal-client-secret", "connectors/paypal/config.production.json", "PayPal REST API docs: client credentials",
    '''
{
  "mode": "live",
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "currency": "EUR",
  "return_url": "https://rezervacije.avalatours.rs/placanje/paypal/uspeh",
  "cancel_url": "https://rezervacije.avalatours.rs/placanje/paypal/otkazano"
}
''', paypal_secret(), cid=paypal_client_id())

add("json/decoy-client-id", "website/public/paypal-button.json", "PayPal JS SDK docs: client-id query parameter",
    '''
{
  "sdkUrl": "https://www.paypal.com/sdk/js",
  "clientId": "@@cid@@",
  "currency": "EUR",
  "intent": "capture",
  "locale": "sr_RS",
  "buttonStyle": {"layout": "horizontal", "color": "gold"}
}
''', cid=paypal_client_id())

add("json/firebase-server-key", "mobile/push/fcm-legacy.json", "Firebase docs: legacy HTTP server key",
    '''
{
  "project": "avala-putnik-app",
  "endpoint": "https://fcm.googleapis.com/fcm/send",
  "server_key": "@@secret@@",
  "default_topic": "/topics/polasci",
  "android_channel": "polasci",
  "ttl_seconds": 3600
}
''', fcm_server_key())

add("json/decoy-firebase-web-config", "mobile/web/firebase-config.json", "Firebase docs: Firebase config object is not secret",
    '''
{
  "apiKey": "@@k@@",
  "authDomain": "avala-putnik-app.firebaseapp.com",
  "projectId": "avala-putnik-app",
  "storageBucket": "avala-putnik-app.appspot.com",
  "messagingSenderId": "481937264015",
  "appId": "1:481937264015:web:8d2f6b1c4a9e07f3b5d1c2",
  "measurementId": "G-8RZ1T6WQ3N"
}
''', k=google_api_key())

_sa_key = pem("").replace("  ", " ").replace("\n", "\\n")
add("json/gcp-service-account-key", "tools/sheets_export/service-account.json", "Google Cloud docs: service account key file",
    '''
{
  "type": "service_account",
  "project_id": "avala-reporting",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-export@avala-reporting.iam.gserviceaccount.com",
  "client_id": "104857362918273645019",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _sa_key, kid=hexs(40), pk=_sa_key + "\\n")

add("json/decoy-translation-strings", "website/locales/sr-Cyrl/auth.json", "i18next docs: translation JSON",
    '''
{
  "login": {
    "title": "Пријава",
    "email": "Имејл адреса",
    "password": "Лозинка",
    "passwordHint": "Најмање 10 карактера, бар један број",
    "forgot": "Заборавили сте лозинку?",
    "token_expired": "Веза за ресетовање лозинке је истекла",
    "api_key": "АПИ кључ агенције"
  }
}
''')

add("json/decoy-lockfile-integrity", "website/package-lock.json", "npm docs: package-lock.json integrity",
    '''
{
  "name": "avalatours-website",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=rand_pw(86, "+/") + "==", i2=rand_pw(86, "+/") + "==")

_pw = rand_pw(18)
add("toml/postgres-password", "reporting/config.toml", "TOML spec; SQLAlchemy docs: database URLs",
    '''
[app]
name = "avala-reporting"
timezone = "Europe/Belgrade"

[database]
url = "postgresql+psycopg://reporting:@@secret@@@avala-reporting.c8k2x1m4z9p3.eu-central-1.rds.amazonaws.com:5432/reporting"
pool_size = 5

[export]
sheets_folder = "Izveštaji 2024"
''', _pw)

add("toml/decoy-pyproject", "sdk/pyproject.toml", "PEP 621; setuptools docs",
    '''
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "avala-sdk"
version = "0.9.3"
description = "Python клијент за Avala Tours партнерски API"
requires-python = ">=3.9"
dependencies = ["httpx>=0.27", "pydantic>=2"]

[tool.avala]
api_base = "https://api.avalatours.rs/v1"
api_key_env = "AVALA_PARTNER_API_KEY"
''')

add("toml/mapbox-secret-token", "tools/rute/Config.toml", "Mapbox docs: secret access tokens (sk.)",
    '''
# Алат за цртање рута (Београд – Будва, Београд – Солун) за PDF програме путовања
[mapbox]
username = "avala-tours"
upload_token = "@@secret@@"
style = "mapbox://styles/avala-tours/clrt0k1x2004501qs9f3h7a2b"

[output]
dpi = 200
dir = "out/mape"
''', mapbox_secret())

_pw = words_pw()
add("ini/mssql-password", "office/knjigovodstvo/export.ini", "ODBC connection string docs",
    '''
; Извоз фактура из књиговодственог програма (Pantheon) за пореску евиденцију
[pantheon]
driver = ODBC Driver 18 for SQL Server
server = 10.20.0.40\\PANTHEON
database = AVALA_2024
uid = izvoz
pwd = @@secret@@
trust_server_certificate = yes

[izlaz]
folder = \\\\fs01\\Knjigovodstvo\\Izvoz
''', _pw)

_pw = rand_pw(14)
add("ini/postgres-password", "reporting/odbc.ini", "unixODBC docs: odbc.ini",
    '''
[AvalaReporting]
Description = Reporting replica (read only)
Driver      = PostgreSQL Unicode
Servername  = pg-replica.internal.avalatours.rs
Port        = 5432
Database    = avala_booking
Username    = metabase_ro
Password    = @@secret@@
SSLmode     = require
''', _pw)

add("ini/decoy-empty-password", "booking/setup.cfg", "setuptools docs: setup.cfg; flake8 and pytest config",
    '''
[metadata]
name = avala-booking
version = 3.12.0

[flake8]
max-line-length = 120
exclude = migrations,.venv

[tool:pytest]
DJANGO_SETTINGS_MODULE = avala.settings.test
addopts = -q --reuse-db
env =
    STRIPE_SECRET_KEY=
    NESTPAY_STORE_KEY=test
''')

_pw = words_pw()
add("properties/oracle-password", "legacy/rezervacije-ws/src/main/resources/application.properties", "Spring Boot docs: datasource properties",
    '''
# Стари SOAP сервис за партнерске агенције (Java 8)
server.port=8081
spring.datasource.url=jdbc:oracle:thin:@//10.20.0.31:1521/AVALA
spring.datasource.username=REZ_WS
spring.datasource.password=@@secret@@
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.jpa.hibernate.ddl-auto=none
logging.level.root=INFO
''', _pw)

add("properties/decoy-env-placeholders", "legacy/rezervacije-ws/src/main/resources/application-prod.properties", "Spring Boot docs: property placeholders",
    '''
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
partner.api.hmac-secret=${PARTNER_HMAC_SECRET:}
mail.smtp.password=${SMTP_PASSWORD}
management.endpoints.web.exposure.include=health,info
''')

_pw = rand_pw(16)
add("xml/smtp-password", "legacy/rezervacije-ws/src/main/webapp/WEB-INF/mail-context.xml", "Spring Framework docs: JavaMailSenderImpl",
    '''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
    <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
        <property name="host" value="mail.avalatours.rs"/>
        <property name="port" value="587"/>
        <property name="username" value="ws@avalatours.rs"/>
        <property name="password" value="@@secret@@"/>
        <property name="javaMailProperties">
            <props>
                <prop key="mail.smtp.starttls.enable">true</prop>
            </props>
        </property>
    </bean>
</beans>
''', _pw)

_u, _pw = "Universal API/uAPI4827163095-7b2c1d9e", rand_pw(18, "!#-")
add("xml/travelport-password", "connectors/galileo/uapi-config.xml", "Travelport Universal API docs: Basic authentication",
    '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="uApi.Endpoint" value="https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/AirService"/>
    <add key="uApi.TargetBranch" value="P7183452"/>
    <add key="uApi.UserName" value="@@u@@"/>
    <add key="uApi.Password" value="@@secret@@"/>
    <add key="uApi.Pcc" value="7K2D"/>
  </appSettings>
</configuration>
''', _pw, u=_u)

add("xml/decoy-certificate", "connectors/galileo/trust/travelport-ca.xml", "XML Signature docs: X509Certificate",
    '''
<?xml version="1.0" encoding="utf-8"?>
<TrustStore>
  <!-- Јавни сертификат партнера, није тајна -->
  <Certificate alias="travelport-emea">
    <X509Certificate>
@@c@@
    </X509Certificate>
  </Certificate>
</TrustStore>
''', c=cert_pem())

# ---------------------------------------------------------------- scripts: shell, powershell, ansible, sql

_pw = words_pw()
add("shell/postgres-password", "ops/backup/pg_backup.sh", "PostgreSQL docs: PGPASSWORD environment variable",
    '''
#!/usr/bin/env bash
# Ноћна резервна копија базе резервација -> Hetzner Storage Box
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
pg_dump -h pg-prod.internal.avalatours.rs -U backup -Fc avala_booking > /backup/avala_booking_${STAMP}.dump
find /backup -name '*.dump' -mtime +14 -delete
rsync -a /backup/ u381204@u381204.your-storagebox.de:avala/
''', _pw)

_pw = rand_pw(16)
add("shell/storage-box-password", "ops/backup/mount_storagebox.sh", "Hetzner docs: Storage Box via CIFS",
    '''
#!/bin/sh
# монтира Storage Box за архиву скенираних пасоша и уговора
mkdir -p /mnt/arhiva
mount -t cifs //u381204.your-storagebox.de/backup /mnt/arhiva \\
  -o username=u381204,password=@@secret@@,iocharset=utf8,seal,vers=3.0
ls /mnt/arhiva | head
''', _pw)

add("shell/decoy-read-secret", "ops/backup/restore.sh", "bash docs: read -s; PostgreSQL pg_restore",
    '''
#!/usr/bin/env bash
set -euo pipefail
DUMP=${1:?usage: restore.sh file.dump}
read -r -s -p "Лозинка за postgres: " PGPASSWORD
export PGPASSWORD
pg_restore -h localhost -U postgres -d avala_booking_restore --clean --if-exists "$DUMP"
unset PGPASSWORD
echo "Враћено из $DUMP"
''')

_tok = cloudflare_token()
add("shell/cloudflare-api-token", "ops/cdn/purge_cache.sh", "Cloudflare API docs: purge cache, Bearer token",
    '''
#!/usr/bin/env bash
# Чисти кеш после објаве новог ценовника
ZONE=8c1f2e0a9b7d46c3a5e1f0d2b4c6a8e9
curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache" \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  --data '{"files":["https://avalatours.rs/cenovnik","https://avalatours.rs/leto-2024"]}'
''', _tok)

_tok = fakes.telegram_token(_seed())
add("shell/telegram-bot-token", "fleet/scripts/alarm_brzina.sh", "Telegram Bot API docs: sendMessage",
    '''
#!/bin/bash
# Позива га Wialon нотификација када аутобус пређе 100 km/h
VOZILO="$1"
BRZINA="$2"
curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001873356120 \\
  -d text="⚠️ ${VOZILO}: ${BRZINA} km/h"
''', _tok)

_pw = rand_pw(12)
add("shell/mikrotik-admin-password", "office/network/backup_mikrotik.sh", "MikroTik docs: export over SSH; sshpass",
    '''
#!/bin/bash
# Бекап конфигурације рутера у пословници (Кнез Михаилова, Нови Сад, Ниш)
for host in 10.10.1.1 10.30.1.1 10.40.1.1; do
  sshpass -p "@@secret@@" ssh -o StrictHostKeyChecking=no admin@${host} "/export compact" \\
    > "/srv/netbackup/mikrotik-${host}-$(date +%F).rsc"
done
''', _pw)

add("shell/decoy-checksum", "ops/install/install_node_exporter.sh", "Prometheus docs: node_exporter releases; sha256sum",
    '''
#!/usr/bin/env bash
set -euo pipefail
VER=1.8.1
SHA256=@@h@@
curl -fsSLO https://github.com/prometheus/node_exporter/releases/download/v${VER}/node_exporter-${VER}.linux-amd64.tar.gz
echo "${SHA256}  node_exporter-${VER}.linux-amd64.tar.gz" | sha256sum -c -
tar xzf node_exporter-${VER}.linux-amd64.tar.gz -C /opt
''', h=sha256())

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("shell/aws-secret-access-key", "ops/backup/sync_vouchers_offsite.sh", "AWS CLI docs: environment variables",
    '''
#!/bin/bash
# Копија ваучера на други налог (disaster recovery)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-1
aws s3 sync s3://avala-vouchers-prod s3://avala-dr-vouchers --only-show-errors
''', _sk, kid=_kid)

_pw = words_pw()
add("powershell/ad-service-password", "office/scripts/Nalog-Novi-Zaposleni.ps1", "Microsoft docs: ConvertTo-SecureString, New-ADUser",
    '''
# Отвара налог за новог запосленог (сезонски водичи)
param([string]$Ime, [string]$Prezime, [string]$Poslovnica = "Beograd")
$cred = New-Object System.Management.Automation.PSCredential(
    "AVALA\\svc-provisioning",
    (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
$sam = ($Ime.Substring(0,1) + $Prezime).ToLower()
New-ADUser -Credential $cred -Name "$Ime $Prezime" -SamAccountName $sam `
    -Path "OU=$Poslovnica,OU=Zaposleni,DC=avala,DC=local" -Enabled $true `
    -AccountPassword (Read-Host -AsSecureString "Почетна лозинка")
Add-ADGroupMember -Credential $cred -Identity "Vodici" -Members $sam
''', _pw)

_pw = rand_pw(14)
add("powershell/smtp-password", "office/scripts/Posalji-Izvestaj.ps1", "Microsoft docs: Send-MailMessage -Credential",
    '''
$smtpUser = "izvestaji@avalatours.rs"
$smtpPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)
$danas = Get-Date -Format "yyyy-MM-dd"
Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred `
    -From $smtpUser -To "uprava@avalatours.rs" `
    -Subject "Дневни извештај продаје $danas" -Attachments "C:\\Izvestaji\\prodaja_$danas.xlsx"
''', _pw)

add("powershell/decoy-credential-manager", "office/scripts/Backup-Knjigovodstvo.ps1", "Microsoft docs: SecretManagement module Get-Secret",
    '''
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "pantheon-backup" -Vault "AvalaVault"
$src = "\\\\fs01\\Knjigovodstvo"
$dst = "\\\\nas02\\Arhiva\\Knjigovodstvo\\$(Get-Date -Format yyyyMMdd)"
New-PSDrive -Name K -PSProvider FileSystem -Root $dst -Credential $cred | Out-Null
robocopy $src K:\\ /MIR /R:2 /W:5 /LOG:C:\\Logs\\knjig_backup.log
Remove-PSDrive K
''')

_pw = words_pw()
add("ansible/mysql-password", "ops/ansible/group_vars/web.yml", "Ansible docs: group_vars; community.mysql",
    '''
---
wordpress_domain: blog.avalatours.rs
wordpress_db_name: avala_blog
wordpress_db_user: blog
wordpress_db_password: "@@secret@@"
php_version: "8.2"
nginx_worker_processes: 2
letsencrypt_email: it@avalatours.rs
''', _pw)

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/db/vault.yml", "Ansible docs: ansible-vault encrypted files",
    '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

_pw = rand_pw(20)
add("ansible/redis-password", "ops/ansible/roles/redis/defaults/main.yml", "Ansible role defaults; Redis requirepass",
    '''
---
redis_port: 6379
redis_bind: "10.20.0.12 127.0.0.1"
redis_maxmemory: 512mb
redis_maxmemory_policy: allkeys-lru
redis_requirepass: "@@secret@@"
redis_appendonly: "yes"
''', _pw)

add("ansible/decoy-vault-lookup", "ops/ansible/roles/booking/tasks/env.yml", "Ansible docs: hashi_vault lookup",
    '''
---
- name: Упиши .env за booking
  ansible.builtin.template:
    src: env.j2
    dest: /srv/booking/.env
    mode: "0600"
  vars:
    django_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking/production:django_secret_key') }}"
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking/production:stripe_secret_key') }}"
    db_password: "{{ vault_db_password }}"
''')

_pw = rand_pw(16)
add("sql/db-user-password", "booking/db/init/01_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD",
    '''
-- Улоге за базу резервација
CREATE ROLE avala_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE metabase_ro LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE avala_booking TO avala_app, metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
''', _pw)

add("sql/decoy-password-hashes", "booking/db/fixtures/staff_seed.sql", "Django docs: password storage (pbkdf2_sha256)",
    '''
-- Тест корисници за локални развој (лозинке су хеширане)
INSERT INTO auth_user (username, email, password, is_staff, is_superuser) VALUES
('marija.petrovic', 'marija@avalatours.rs', 'pbkdf2_sha256$600000$@@s1@@$@@h1@@=', true, false),
('nikola.jovanovic', 'nikola@avalatours.rs', 'pbkdf2_sha256$600000$@@s2@@$@@h2@@=', true, true),
('vodic.zlatibor', 'zlatibor@avalatours.rs', '!', false, false);
''', s1=rand_pw(22), h1=rand_pw(43, "+/"), s2=rand_pw(22), h2=rand_pw(43, "+/"))

_key = rand_pw(32)
add("sql/partner-api-key", "booking/db/migrations_manual/2024_03_partner_keys.sql", "SQL INSERT of API credentials",
    '''
-- Партнерска агенција „Putujmo Zajedno“ (Ниш) — приступ API-ју за резервације
INSERT INTO partner_agency (id, naziv, pib, api_key, aktivan, kreirano)
VALUES (17, 'Putujmo Zajedno d.o.o.', '108223941', '@@secret@@', true, now());

INSERT INTO partner_commission (agency_id, procenat) VALUES (17, 8.5);
''', _key)

add("sql/decoy-booking-export", "reporting/queries/polasci_nedelja.sql", "PostgreSQL docs: SELECT",
    '''
-- Поласци ове недеље са бројем путника
SELECT p.sifra AS polazak,
       p.datum,
       a.naziv AS aranzman,
       count(r.id) AS putnika,
       md5(string_agg(r.pnr, ',' ORDER BY r.pnr)) AS checksum
FROM polazak p
JOIN aranzman a ON a.id = p.aranzman_id
LEFT JOIN rezervacija r ON r.polazak_id = p.id AND r.status = 'POTVRDJENA'
WHERE p.datum BETWEEN current_date AND current_date + 7
GROUP BY p.sifra, p.datum, a.naziv
ORDER BY p.datum;
''')

# ---------------------------------------------------------------- other languages

_pw = rand_pw(18)
add("go/postgres-password", "fleet/internal/store/db.go", "pgx docs: connection string",
    '''
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Базa за телеметрију возила (позиције, тахограф, горива)
const dsn = "postgres://fleet:@@secret@@@10.20.0.15:5432/fleet?sslmode=require&pool_max_conns=10"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', _pw)

_tok = wialon_token()
add("go/wialon-token", "fleet/internal/wialon/client.go", "Wialon Remote API docs: token/login",
    '''
package wialon

import (
	"fmt"
	"net/http"
	"net/url"
)

const (
	baseURL = "https://hst-api.wialon.com/wialon/ajax.html"
	token   = "@@secret@@"
)

func Login(c *http.Client) (*http.Response, error) {
	q := url.Values{}
	q.Set("svc", "token/login")
	q.Set("params", fmt.Sprintf(`{"token":"%s"}`, token))
	return c.Get(baseURL + "?" + q.Encode())
}
''', _tok)

add("go/decoy-env-reference", "fleet/cmd/fleetd/main.go", "Go docs: os.Getenv",
    '''
package main

import (
	"log"
	"os"

	"github.com/avala-tours/fleet/internal/store"
)

func main() {
	token := os.Getenv("WIALON_TOKEN")
	if token == "" {
		log.Fatal("WIALON_TOKEN није подешен")
	}
	dsn := os.Getenv("FLEET_DB_URL")
	log.Printf("fleetd start, db=%s", store.Redact(dsn))
}
''')

_key = rand_pw(32)
add("go/hmac-signing-secret", "partner-api/internal/auth/hmac.go", "Go crypto/hmac docs",
    '''
package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Тајна за потписивање webhook-ова према партнерским агенцијама
var webhookSecret = []byte("@@secret@@")

func Sign(body []byte) string {
	m := hmac.New(sha256.New, webhookSecret)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
''', _key)

_pw = words_pw()
add("java/ftp-password", "legacy/rezervacije-ws/src/main/java/rs/avalatours/ws/export/PartnerFtpExport.java", "Apache Commons Net docs: FTPClient.login",
    '''
package rs.avalatours.ws.export;

import java.io.FileInputStream;
import java.io.IOException;
import org.apache.commons.net.ftp.FTPClient;

public class PartnerFtpExport {
    private static final String HOST = "ftp.putujmozajedno.rs";
    private static final String USER = "avala";
    private static final String PASS = "@@secret@@";

    public void upload(String localPath, String remoteName) throws IOException {
        FTPClient ftp = new FTPClient();
        ftp.connect(HOST);
        ftp.login(USER, PASS);
        try (FileInputStream in = new FileInputStream(localPath)) {
            ftp.storeFile("/ponude/" + remoteName, in);
        }
        ftp.logout();
    }
}
''', _pw)

_u, _pw = "avala_ws", rand_pw(16)
add("java/basic-auth-header", "legacy/rezervacije-ws/src/main/java/rs/avalatours/ws/client/HotelPartnerClient.java", "RFC 7617: Basic authentication",
    '''
package rs.avalatours.ws.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class HotelPartnerClient {
    // Хотел „Мона“ Златибор — алотман
    private static final String AUTH = "Basic @@b@@";

    public String allotment(String date) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.monazlatibor.rs/allotment?date=" + date))
            .header("Authorization", AUTH)
            .GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', _pw, b=b64(_u + ":" + _pw))

add("java/decoy-annotation-value", "legacy/rezervacije-ws/src/main/java/rs/avalatours/ws/config/PartnerProperties.java", "Spring docs: @Value placeholders",
    '''
package rs.avalatours.ws.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PartnerProperties {
    @Value("${partner.api.hmac-secret}")
    private String hmacSecret;

    @Value("${partner.api.key-header:X-Avala-Key}")
    private String keyHeader;

    public String getHmacSecret() { return hmacSecret; }
    public String getKeyHeader() { return keyHeader; }
}
''')

add("kotlin/google-maps-server-key", "mobile/android/app/src/main/java/rs/avalatours/putnik/data/DirectionsApi.kt", "Google Maps Platform docs: Directions API key parameter",
    '''
package rs.avalatours.putnik.data

import retrofit2.http.GET
import retrofit2.http.Query

// Server-side Directions key (unrestricted) — used to estimate arrival times for passengers
private const val DIRECTIONS_KEY = "@@secret@@"

interface DirectionsApi {
    @GET("maps/api/directions/json")
    suspend fun route(
        @Query("origin") origin: String,
        @Query("destination") destination: String,
        @Query("key") key: String = DIRECTIONS_KEY,
    ): DirectionsResponse
}
''', google_api_key())

add("kotlin/decoy-build-config", "mobile/android/app/build.gradle.kts", "Android docs: buildConfigField; secrets-gradle-plugin",
    '''
plugins {
    id("com.android.application")
    kotlin("android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "rs.avalatours.putnik"
    defaultConfig {
        applicationId = "rs.avalatours.putnik"
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "API_BASE", "\\"https://api.avalatours.rs/v1/\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
}
''')

_pw = rand_pw(14)
add("kotlin/keystore-password", "mobile/android/signing.gradle.kts", "Android docs: signingConfigs",
    '''
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/avala-putnik.jks")
            storePassword = "@@secret@@"
            keyAlias = "avala-putnik"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
''', _pw)

_pw = words_pw()
add("csharp/mssql-password", "office/PantheonSync/Program.cs", "Microsoft docs: SqlConnection connection strings",
    '''
using Microsoft.Data.SqlClient;

// Синхронизација уплата из књиговодства у систем резервација
var cs = "Server=10.20.0.40\\\\PANTHEON;Database=AVALA_2024;User Id=sync;Password=@@secret@@;TrustServerCertificate=True";
using var conn = new SqlConnection(cs);
conn.Open();
using var cmd = new SqlCommand("SELECT BrojRacuna, Iznos, DatumUplate FROM Uplate WHERE DatumUplate >= @od", conn);
cmd.Parameters.AddWithValue("@od", DateTime.Today.AddDays(-1));
using var r = cmd.ExecuteReader();
while (r.Read())
    Console.WriteLine($"{r[0]} {r[1]} {r[2]}");
''', _pw)

add("csharp/decoy-config-binding", "office/PantheonSync/appsettings.json", "Microsoft docs: user secrets and configuration",
    '''
{
  "ConnectionStrings": {
    "Pantheon": "Server=10.20.0.40\\\\PANTHEON;Database=AVALA_2024;User Id=sync;Password=__FROM_USER_SECRETS__;TrustServerCertificate=True"
  },
  "Booking": {
    "ApiBase": "https://api.avalatours.rs/v1",
    "ApiKey": ""
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''')

_key = rand_pw(32)
add("csharp/sef-api-key", "office/EFaktura/SefClient.cs", "Serbian e-invoicing (SEF) API docs: ApiKey header",
    '''
using System.Net.Http;

namespace Avala.EFaktura;

// Слање е-фактура на Систем електронских фактура (СЕФ)
public class SefClient
{
    private const string BaseUrl = "https://efaktura.mfin.gov.rs/api/publicApi/";
    private readonly HttpClient _http = new();

    public SefClient()
    {
        _http.DefaultRequestHeaders.Add("ApiKey", "@@secret@@");
    }

    public Task<HttpResponseMessage> Posalji(HttpContent ubl) =>
        _http.PostAsync(BaseUrl + "sales-invoice/ubl?requestId=" + Guid.NewGuid(), ubl);
}
''', uuid_s())

_pw = words_pw()
add("php/mysql-password", "website-old/wp-config.php", "WordPress docs: wp-config.php",
    '''
<?php
// ** Подешавања базе (стари сајт) ** //
define( 'DB_NAME', 'avala_wordpress' );
define( 'DB_USER', 'avala_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', _pw)

add("php/decoy-wp-salts-placeholder", "website-old/wp-config-sample.php", "WordPress docs: wp-config-sample.php",
    '''
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
''')

add("php/wp-auth-salt", "website-old/wp-salts.php", "WordPress docs: authentication unique keys and salts",
    '''
<?php
// Генерисано са https://api.wordpress.org/secret-key/1.1/salt/
define('AUTH_KEY',         '@@secret@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
''', rand_pw(64, "!#$%&()*+,-.:;<=>?[]^_{|}~"), k2=rand_pw(64, "!#$%&()*+,-.:;<=>?[]^_{|}~"),
    k3=rand_pw(64, "!#$%&()*+,-.:;<=>?[]^_{|}~"), k4=rand_pw(64, "!#$%&()*+,-.:;<=>?[]^_{|}~"))

_key = rand_pw(20)
add("php/wspay-secret-key", "website-old/wp-content/plugins/avala-placanje/wspay.php", "WSPay integration docs: SecretKey signature",
    '''
<?php
// WSPay (картично плаћање, стари сајт)
const WSPAY_SHOP_ID = 'AVALATOURS';
const WSPAY_SECRET_KEY = '@@secret@@';

function wspay_signature(string $cartId, string $amount): string {
    $amt = str_replace([',', '.'], '', $amount);
    return hash('sha512', WSPAY_SHOP_ID . WSPAY_SECRET_KEY . $cartId . WSPAY_SECRET_KEY . $amt . WSPAY_SECRET_KEY);
}
''', _key)

_key = rand_pw(32)
add("ruby/mailchimp-api-key", "tools/newsletter_sync/sync.rb", "Mailchimp Marketing API docs: Ruby client",
    '''
require "MailchimpMarketing"

client = MailchimpMarketing::Client.new
client.set_config({
  api_key: "@@secret@@",
  server: "us21"
})

LIST_ID = "b7c1e9a4d2"
File.foreach("putnici_2024.csv").drop(1).each do |line|
  email, ime = line.strip.split(",")
  client.lists.set_list_member(LIST_ID, Digest::MD5.hexdigest(email.downcase), { email_address: email, status_if_new: "subscribed", merge_fields: { FNAME: ime } })
end
''', mailchimp_key())

add("ruby/decoy-credentials-reference", "tools/newsletter_sync/config.rb", "Ruby ENV.fetch docs",
    '''
module NewsletterSync
  CONFIG = {
    api_key: ENV.fetch("MAILCHIMP_API_KEY"),
    server: ENV.fetch("MAILCHIMP_SERVER", "us21"),
    list_id: "b7c1e9a4d2",
    batch_size: 500
  }.freeze
end
''')

add("typescript/stripe-secret-key", "website/src/pages/api/checkout.ts", "Stripe Node docs: new Stripe(secretKey)",
    '''
import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";

const stripe = new Stripe("@@secret@@", { apiVersion: "2024-04-10" });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { bookingRef, amount } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: amount, product_data: { name: `Аранжман ${bookingRef}` } }, quantity: 1 }],
    success_url: "https://avalatours.rs/placanje/uspeh",
    cancel_url: "https://avalatours.rs/placanje/otkazano",
  });
  res.json({ url: session.url });
}
''', stripe_key())

add("typescript/decoy-publishable-key", "website/src/lib/stripe-client.ts", "Stripe.js docs: loadStripe(publishableKey)",
    '''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key — безбедан за прегледач
export const stripePromise = loadStripe("@@pk@@", { locale: "auto" });

export const MAPBOX_PUBLIC = "@@mb@@";
''', pk=stripe_key("pk_live_"), mb=mapbox_public())

add("typescript/hubspot-token", "crm/src/hubspot.ts", "HubSpot docs: private app access tokens",
    '''
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertPutnik(email: string, ime: string, prezime: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, firstname: ime, lastname: prezime, lifecyclestage: "customer" },
  });
}
''', hubspot_token())

add("typescript/decoy-regex", "crm/src/validators.ts", "MDN docs: RegExp",
    '''
// Валидација улаза у CRM форме
export const PNR_RE = /^[A-Z0-9]{6}$/;
export const PIB_RE = /^[0-9]{9}$/;
export const PHONE_RS_RE = /^\\+3816[0-9]{7,8}$/;
export const STRIPE_SECRET_RE = /^sk_(live|test)_[A-Za-z0-9]{24,99}$/;
export const API_KEY_HEADER = "X-Avala-Key";
''')

_u, _pw = "putnik-app", rand_pw(22)
add("swift/basic-auth-credentials", "mobile/ios/AvalaPutnik/Networking/APIClient.swift", "Apple docs: URLRequest setValue forHTTPHeaderField",
    '''
import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://api.avalatours.rs/v1/")!
    private let username = "@@u@@"
    private let password = "@@secret@@"

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        let creds = Data("\\(username):\\(password)".utf8).base64EncodedString()
        r.setValue("Basic \\(creds)", forHTTPHeaderField: "Authorization")
        return r
    }
}
''', _pw, u=_u)

add("rust/decoy-env-reference", "tools/seatmap/src/main.rs", "Rust std::env docs",
    '''
use std::env;

// Распоред седишта у аутобусу (Setra 516 HD: 57 места)
fn main() {
    let api = env::var("AVALA_API_KEY").expect("AVALA_API_KEY није подешен");
    let bus = env::args().nth(1).unwrap_or_else(|| "setra-516".into());
    let seats = if bus == "setra-516" { 57 } else { 49 };
    println!("{bus}: {seats} места, кључ {} карактера", api.len());
}
''')

_tok = do_token()
add("rust/digitalocean-token", "tools/snapshots/src/do.rs", "DigitalOcean API docs: Bearer token",
    '''
use reqwest::blocking::Client;

const DO_TOKEN: &str = "@@secret@@";

pub fn snapshot_droplet(id: u64) -> reqwest::Result<String> {
    Client::new()
        .post(format!("https://api.digitalocean.com/v2/droplets/{id}/actions"))
        .bearer_auth(DO_TOKEN)
        .json(&serde_json::json!({"type": "snapshot", "name": "pre-sezona"}))
        .send()?
        .text()
}
''', _tok)

# ---------------------------------------------------------------- docs, runbooks, handover notes

_pw = words_pw()
add("markdown/router-admin-password", "docs/poslovnice/beograd-knez-mihailova.md", "Internal office runbook (markdown table)",
    '''
# Пословница Београд — Кнез Михаилова 12

| Уређај | Адреса | Корисник | Лозинка |
|---|---|---|---|
| MikroTik hAP ax3 | 10.10.1.1 | admin | `@@secret@@` |
| Штампач HP M428 | 10.10.1.20 | — | — |
| POS терминал (Intesa) | 10.10.1.31 | — | сервисер банке |

Wi-Fi за госте: `Avala-Gost`, лозинка се мења сваког месеца и стоји на шалтеру.

## Контакти
- Интернет: SBB Business, 011 7155 000, уговор бр. 4471-22
''', _pw)

_pw = rand_pw(14)
add("markdown/proxmox-root-password", "docs/it/primopredaja-2024-06.md", "Handover note (markdown)",
    '''
# Примопредаја ИТ послова (Милан → Јована), јун 2024.

1. Сервер `web01` (Hetzner, fsn1) — приступ преко SSH кључа, кључеви у 1Password трезору „ИТ“.
2. **Proxmox у канцеларији** (`https://10.20.0.2:8006`): корисник `root@pam`, лозинка `@@secret@@`
   — промени је после првог логовања и упиши у 1Password.
3. Резервне копије: `ops/backup/pg_backup.sh`, cron у 02:15.
4. Wialon налог возног парка води диспечер (Дејан), не ИТ.
5. Обнова домена avalatours.rs: 14. новембар, регистар РНИДС преко Loopia.
''', _pw)

_u, _pw = "avalatours", rand_pw(16)
add("markdown/gds-password", "docs/gds/amadeus-pristup.md", "Internal GDS access note",
    '''
# Amadeus Selling Platform Connect — приступ

Office ID: `BEGA12345`
Sign-in за аутоматизоване упите (robot налог):

```
User ID:  @@u@@
Password: @@secret@@
Duty code: SU
```

Налог користи и скрипта `connectors/gds/pnr_report.py`. Лозинка истиче сваких 90 дана.
''', _pw, u=_u)

add("markdown/decoy-placeholder-docs", "connectors/README.md", "Project README (markdown)",
    '''
# Конектори (GDS, хотели, плаћање)

Подешавање:

```bash
export AMADEUS_CLIENT_ID=<ваш client id>
export AMADEUS_CLIENT_SECRET=<ваш client secret>
export HOTELBEDS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export HOTELBEDS_SECRET=xxxxxxxxxx
```

Тајне за продукцију су у Vault-у под `kv/connectors/production`. Никада их не уписујте у код.
За тест окружење Hotelbeds даје посебан кључ на https://developer.hotelbeds.com.
''')

add("markdown/decoy-redacted-incident", "docs/incidenti/2024-02-18-procureo-kljuc.md", "Incident postmortem (markdown)",
    '''
# Инцидент 18.02.2024: Stripe кључ у јавном репозиторијуму

**Шта се десило:** кључ `sk_live_51N…[REDACTED]` је 40 минута био у јавном gist-у.
**Реакција:** кључ је опозван у Stripe Dashboard-у у 10:42, нови кључ је у Vault-у
(`kv/booking/production/stripe`). Није било неовлашћених трансакција.

**Мере:**
- pre-commit hook за тајне на свим репозиторијумима
- ротација свих кључева плаћања сваких 6 месеци
- обука за програмере (март)
''')

_key = infobip_key()
add("markdown/infobip-api-key", "docs/sms/slanje-sms.md", "Infobip API docs: send SMS with curl",
    '''
# Слање СМС поруке путницима (ручно)

Ако аутоматско обавештење не прође, диспечер може да пошаље поруку ручно:

```bash
curl -X POST https://9rv2kd.api.infobip.com/sms/2/text/advanced \\
  -H 'Authorization: App @@secret@@' \\
  -H 'Content-Type: application/json' \\
  -d '{"messages":[{"destinations":[{"to":"381641234567"}],"from":"AvalaTours","text":"Полазак померен на 07:00"}]}'
```

Број мора бити у формату 3816…, без знака +.
''', _key)

add("markdown/decoy-iban-and-ids", "docs/finansije/uplate.md", "Payment instructions page (markdown)",
    '''
# Инструкције за уплату аранжмана

- Прималац: Avala Tours d.o.o., Кнез Михаилова 12, Београд
- ПИБ: 109384756, матични број: 21456789
- Текући рачун (Banca Intesa): 160-0000000437291-18
- IBAN за уплате из иностранства: RS35160005080004372918
- SWIFT: DBDBRSBG
- Позив на број: број резервације (нпр. AV-24-0193)

Картично плаћање: NestPay, merchant ID 13IN060219 (јавни податак са странице плаћања).
''')

_tok = gitlab_token()
add("markdown/gitlab-token", "docs/it/deploy-sajta.md", "GitLab docs: project access tokens",
    '''
# Ручна објава сајта

Када CI не ради, на web01:

```bash
cd /var/www/avalatours.rs
git pull https://oauth2:@@secret@@@gitlab.com/avala-tours/website.git main
npm ci && npm run build
sudo systemctl reload nginx
```

Токен има само read_repository право.
''', _tok)

_pw = words_pw()
add("markdown/shared-account-password", "docs/onboarding/novi-zaposleni.md", "Onboarding doc (markdown)",
    '''
# Добродошли у Avala Tours — ИТ водич

1. Лаптоп добијате од ИТ-а са инсталираним Office 365 и Teams.
2. VPN (WireGuard) за рад од куће: конфигурацију шаље ИТ.
3. Заједнички налог за систем резервација на шалтеру:
   - корисник: `salter.bg`
   - лозинка: `@@secret@@`
4. Штампање: `\\\\fs01\\Stampaci`.
5. Проблеми: it@avalatours.rs или локал 204.
''', _pw)

add("markdown/decoy-password-policy", "docs/it/politika-lozinki.md", "Password policy document",
    '''
# Политика лозинки

- Најмање 12 карактера; пример добре лозинке: `Dugacka-Recenica-Bez-Smisla` (не користите баш ову).
- Лозинке се не шаљу мејлом, Вајбером ни у Teams-у.
- Заједнички налози се чувају у 1Password трезору „Шалтер“.
- Лозинка за Wi-Fi гостију није тајна и може се дати путницима.
- Сервисни налози: `svc-*`, лозинке генерише Vault, ротација 90 дана.
''')

add("markdown/decoy-ssh-public-key", "docs/it/ssh-pristup.md", "OpenSSH docs: authorized_keys",
    '''
# SSH приступ серверима

Додајте свој јавни кључ у `ops/ansible/files/authorized_keys/<ime>.pub` и отворите MR.

Пример (јавни кључ Јоване):

```
@@k@@ jovana@avala-laptop
```

Приватни кључ никад не напушта ваш рачунар.
''', k=ssh_pub())

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("markdown/aws-secret-access-key", "docs/it/nalozi-cloud.md", "Internal account inventory (markdown table)",
    '''
# Cloud налози

| Сервис | Налог | Напомена |
|---|---|---|
| AWS (eu-central-1) | 4871-2390-1174 | root MFA код код директора |
| IAM корисник `reporting-export` | `@@kid@@` / `@@secret@@` | само S3 read за ваучере |
| Hetzner Cloud | projekat „avala-prod“ | токен у Vault-у |
| Cloudflare | it@avalatours.rs | 2FA |
''', _sk, kid=_kid)

add("rst/decoy-sdk-docs", "sdk/docs/quickstart.rst", "Sphinx docs: reStructuredText",
    '''
Брзи почетак
============

Инсталација::

    pip install avala-sdk

Употреба::

    from avala_sdk import Client
    client = Client(api_key="AVALA_PARTNER_KEY_HERE")
    for polazak in client.polasci(od="2024-07-01"):
        print(polazak.sifra, polazak.slobodnih_mesta)

API кључ добијате од одељења продаје; држите га у променљивој ``AVALA_PARTNER_API_KEY``.
''')

_tok = fakes.github_fine_grained_token(_seed())
add("text/github-fine-grained-token", "ops/notes/tokens.txt", "GitHub docs: fine-grained personal access tokens",
    '''
GitHub токен за Renovate бот (avala-tours org), истиче 2025-03-01
@@secret@@

Права: contents:write, pull_requests:write на booking, website, fleet
Направио: Милан, 2024-03-02
''', _tok)

# ---------------------------------------------------------------- notebooks, CSV, logs

_pw = rand_pw(16)
add("notebook/postgres-password", "analytics/sezona_2024_analiza.ipynb", "Jupyter nbformat docs; SQLAlchemy create_engine",
    json.dumps({"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Анализа сезоне 2024 — попуњеност аутобуса"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "from sqlalchemy import create_engine\n",
                    "engine = create_engine(\"postgresql://analitika:@@secret@@@pg-replica.internal.avalatours.rs/avala_booking\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql(\"SELECT * FROM v_popunjenost WHERE sezona = 2024\", engine)\n", "df.groupby(\"destinacija\").popunjenost.mean()"]},
    ], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5},
        indent=1, ensure_ascii=False), _pw)

add("notebook/decoy-getpass", "analytics/prihodi_po_destinaciji.ipynb", "Jupyter docs; Python getpass",
    json.dumps({"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Приходи по дестинацији"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass, os\n", "import pandas as pd\n", "from sqlalchemy import create_engine\n",
                    "pw = os.environ.get(\"PG_PASSWORD\") or getpass.getpass(\"Лозинка: \")\n",
                    "engine = create_engine(f\"postgresql://analitika:{pw}@pg-replica.internal.avalatours.rs/avala_booking\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"output_type": "execute_result", "execution_count": 2, "metadata": {},
             "data": {"text/plain": ["destinacija\nGrčka       41230500\nCrna Gora   18844000\nZlatibor     9921300"]}}],
         "source": ["pd.read_sql(\"SELECT destinacija, sum(iznos) FROM uplate GROUP BY 1\", engine)"]},
    ], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5},
        indent=1, ensure_ascii=False))

add("notebook/openai-api-key", "analytics/recenzije_sentiment.ipynb", "OpenAI Python SDK docs; Jupyter",
    json.dumps({"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Сентимент рецензија путника (Google, Facebook)"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["import os\n", "os.environ[\"OPENAI_API_KEY\"] = \"@@secret@@\"\n", "from openai import OpenAI\n", "client = OpenAI()"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["rec = pd.read_csv(\"recenzije.csv\")\n", "rec.head()"]},
    ], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5},
        indent=1, ensure_ascii=False), fakes.openai_key(_seed()))

add("csv/decoy-booking-export", "reporting/exports/rezervacije_2024-07.csv", "CSV export of bookings",
    '''
pnr,polazak,destinacija,putnik,telefon,iznos_rsd,status,uuid
K7QX2M,2024-07-05,Budva,Petrović Marija,381641234567,38500,POTVRDJENA,@@u1@@
P2ZT9A,2024-07-05,Budva,Jovanović Nikola,381652345678,38500,POTVRDJENA,@@u2@@
B8WLC4,2024-07-12,Solun,Ilić Ana,381603456789,45200,OTKAZANA,@@u3@@
R5HN7E,2024-07-19,Zlatibor,Đorđević Stefan,381624567890,12900,POTVRDJENA,@@u4@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

_pw = rand_pw(12)
add("csv/partner-portal-password", "ops/import/partneri_pristup.csv", "CSV of partner portal accounts",
    '''
agencija,pib,portal_korisnik,portal_lozinka,kontakt
Putujmo Zajedno d.o.o.,108223941,putujmo,@@secret@@,office@putujmozajedno.rs
Sunce Travel,110293847,sunce,(poslato SMS-om),info@suncetravel.rs
Dunav Tours Novi Sad,107766120,dunavns,(resetuje sam),dunav@dunavtours.rs
Niš Expres Turizam,101029384,nisexpres,(poslato SMS-om),turizam@nisexpres.rs
''', _pw)

add("csv/decoy-hashes", "ops/audit/fajlovi_checksum.csv", "sha256sum output as CSV",
    '''
fajl,sha256,velicina
cenovnik_leto_2024.pdf,@@h1@@,1843312
program_grcka_2024.pdf,@@h2@@,2290114
opsti_uslovi_putovanja.pdf,@@h3@@,412876
ugovor_o_putovanju_obrazac.docx,@@h4@@,88210
''', h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

_tok = fakes.telegram_token(_seed())
add("log/telegram-bot-token", "bots/vozaci_bot/logs/bot-2024-06-14.log", "httpx request log (python-telegram-bot)",
    '''
2024-06-14 05:58:01,102 INFO telegram.ext.Application: Application started
2024-06-14 05:58:01,455 INFO httpx: HTTP Request: POST https://api.telegram.org/bot@@secret@@/getMe "HTTP/1.1 200 OK"
2024-06-14 05:58:02,013 INFO httpx: HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 200 OK"
2024-06-14 06:12:44,870 INFO vozaci_bot: /polazak от возача 4471 (BG-1274-KT)
2024-06-14 06:12:45,101 INFO httpx: HTTP Request: POST https://api.telegram.org/bot@@secret@@/sendMessage "HTTP/1.1 200 OK"
''', _tok)

add("log/decoy-masked-tokens", "booking/logs/payments-2024-07-02.log", "Application log with masked credentials",
    '''
2024-07-02T10:14:02+02:00 INFO payments.nestpay oid=AV-24-0412 amount=38500.00 clientid=13IN060219 storekey=**** hash=@@h@@
2024-07-02T10:14:09+02:00 INFO payments.nestpay oid=AV-24-0412 Response=Approved AuthCode=184422 ProcReturnCode=00
2024-07-02T10:15:31+02:00 INFO payments.stripe pi=pi_3PXk2L2eZvKYlo2C1u8QhR7a key=sk_live_...a9Qz status=succeeded
2024-07-02T10:15:31+02:00 INFO notifier sms to=3816412****67 provider=infobip auth=App ***
2024-07-02T10:16:00+02:00 WARN payments.stripe webhook signature ok (whsec_****)
''', h=b64(hexs(64))[:86] + "==")

_pw = rand_pw(18)
add("log/postgres-password", "fleet/logs/fleetd.err.log", "Go panic log with connection string",
    '''
2024/06/20 03:14:07 fleetd starting, version 2.3.1
2024/06/20 03:14:07 connecting to postgres://fleet:@@secret@@@10.20.0.15:5432/fleet?sslmode=require
2024/06/20 03:14:37 failed to connect to `host=10.20.0.15 user=fleet database=fleet`: dial error (timeout)
panic: store.Open: context deadline exceeded

goroutine 1 [running]:
main.main()
	/src/cmd/fleetd/main.go:24 +0x1d4
''', _pw)

add("log/decoy-access-log", "ops/nginx/logs/access-rezervacije.log", "nginx docs: combined log format",
    '''
93.87.12.44 - - [02/Jul/2024:10:14:01 +0200] "GET /aranzmani/budva-7-dana?utm_source=facebook HTTP/2.0" 200 18231 "-" "Mozilla/5.0"
93.87.12.44 - - [02/Jul/2024:10:14:03 +0200] "POST /rezervacija/ HTTP/2.0" 302 0 "https://rezervacije.avalatours.rs/aranzmani/budva-7-dana" "Mozilla/5.0"
93.87.12.44 - - [02/Jul/2024:10:14:09 +0200] "GET /placanje/povratak?oid=AV-24-0412&session=@@s@@ HTTP/2.0" 200 4410 "-" "Mozilla/5.0"
178.221.3.19 - - [02/Jul/2024:10:15:22 +0200] "GET /static/js/app.@@h@@.js HTTP/2.0" 200 88122 "-" "Mozilla/5.0"
66.249.66.1 - - [02/Jul/2024:10:16:00 +0200] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1"
''', s=uuid_s(), h=hexs(20))

# ---------------------------------------------------------------- fleet devices, office devices, dotfiles

_pw = rand_pw(10)
add("yaml/dvr-camera-password", "fleet/config/kamere.yaml", "Hikvision docs: RTSP URL format",
    '''
# Камере у аутобусима (мобилни DVR), стрим за диспечерски центар
kamere:
  - vozilo: BG-1274-KT
    naziv: "Предња камера"
    rtsp: "rtsp://admin:@@secret@@@10.55.12.4:554/Streaming/Channels/101"
  - vozilo: BG-1274-KT
    naziv: "Путнички простор"
    rtsp: "rtsp://admin:@@secret@@@10.55.12.4:554/Streaming/Channels/201"
snimanje:
  dana: 14
  putanja: /srv/dvr
''', _pw)

add("yaml/decoy-teltonika-params", "fleet/config/teltonika_fmb.yaml", "Teltonika FMB parameter list",
    '''
# Teltonika FMB130 — параметри (без лозинки; SMS лозинка се поставља у Configurator-у)
device: FMB130
apn: internet
apn_user: ""
apn_password: ""
server:
  domain: gps.avalatours.rs
  port: 5027
  protocol: TCP
records:
  min_period_s: 30
  min_distance_m: 200
  angle_deg: 10
''')

_pw = rand_pw(8, "")
add("text/teltonika-sms-password", "fleet/docs/sms_komande.txt", "Teltonika docs: SMS/GPRS commands with login and password",
    '''
SMS команде за GPS уређаје у аутобусима (Teltonika FMB130)
Формат: "<login> <password> <komanda>"; login је празан, дакле почиње размаком.

 @@secret@@ getgps
 @@secret@@ getinfo
 @@secret@@ setparam 2004:gps.avalatours.rs;2005:5027
 @@secret@@ cpureset

Лозинка је иста на свим уређајима (подешена у Configurator-у, Security → SMS password).
''', _pw)

_pw = rand_pw(12)
add("ini/fuel-card-portal-password", "fleet/config/gorivo.ini", "Fuel card portal export config (INI)",
    '''
; Преузимање трансакција са картица за гориво (NIS Petrol, OMV) за обрачун по возилу
[nis]
url = https://fleet.nispetrol.rs/api/v1/transakcije
korisnik = avalatours-fleet
lozinka = @@secret@@

[omv]
url = https://routex.omv.com/export
korisnik = ${OMV_USER}
lozinka = ${OMV_PASSWORD}
''', _pw)

_pw = rand_pw(14)
add("netrc/ftp-password", "ops/home/deploy/.netrc", "GNU inetutils docs: .netrc",
    '''
machine ftp.partneri-turizam.rs
  login avalatours
  password @@secret@@

machine u381204.your-storagebox.de
  login u381204
''', _pw)

_tok = fakes.pypi_token(_seed())
add("ini/pypi-token", "sdk/.pypirc", "PyPI docs: .pypirc with API token",
    '''
[distutils]
index-servers =
    pypi
    avala

[pypi]
username = __token__
password = @@secret@@

[avala]
repository = https://pypi.avalatours.rs/
username = ci
''', _tok)

_pw = rand_pw(20)
add("ini/pip-conf-index-password", "ops/ansible/files/pip.conf", "pip docs: configuration, index-url with credentials",
    '''
[global]
index-url = https://ci:@@secret@@@pypi.avalatours.rs/simple/
extra-index-url = https://pypi.org/simple/
timeout = 30
trusted-host = pypi.avalatours.rs
''', _pw)

add("npmrc/npm-token", "website/.npmrc", "npm docs: .npmrc authToken",
    '''
@avala-tours:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
''', fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-token", "mobile/.npmrc", "npm docs: environment variables in .npmrc",
    '''
@avala-tours:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
legacy-peer-deps=true
fund=false
''')

_u, _pw = "ci-bot", rand_pw(24)
add("json/registry-password", "ops/ansible/files/docker-config.json", "Docker docs: config.json auths",
    '''
{
  "auths": {
    "registry.avalatours.rs": {
      "auth": "@@a@@"
    }
  },
  "credsStore": "",
  "detachKeys": "ctrl-e,e"
}
''', _pw, a=b64(_u + ":" + _pw))

add("json/decoy-docker-credstore", "ops/ansible/files/docker-config-desktop.json", "Docker docs: credential helpers",
    '''
{
  "auths": {
    "registry.avalatours.rs": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''')

add("yaml/kubeconfig-token", "deploy/kubeconfig-ci.yaml", "Kubernetes docs: kubeconfig users token",
    '''
apiVersion: v1
kind: Config
clusters:
  - name: avala-prod
    cluster:
      server: https://k8s.avalatours.rs:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: ci@avala-prod
    context: {cluster: avala-prod, user: ci, namespace: booking}
current-context: ci@avala-prod
users:
  - name: ci
    user:
      token: @@secret@@
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(300, "-_") + "." + rand_pw(342, "-_"),
    ca=b64(cert_pem()))

_key = pem("OPENSSH")
add("ansible/ssh-private-key", "ops/ansible/files/deploy_id_ed25519", "OpenSSH docs: private key file format",
    '''
@@secret@@
''', _key)

add("ansible/decoy-public-key", "ops/ansible/files/authorized_keys/jovana.pub", "OpenSSH docs: authorized_keys",
    '''
@@k1@@ jovana@avala-laptop
@@k2@@ jovana@kucni-pc
@@k3@@ jovana@telefon-termius
@@k4@@ backup-restore-only
@@k5@@ jovana@rezerva
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub(), k5=ssh_pub())

_key = pem("RSA")
add("yaml/tls-private-key", "deploy/k8s/ingress/tls-rezervacije.yaml", "Kubernetes docs: TLS secret stringData",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: rezervacije-tls
  namespace: booking
type: kubernetes.io/tls
stringData:
  tls.crt: |
    @@crt@@
  tls.key: |
    @@key@@
''', _key, crt=cert_pem().replace("\n", "\n    "), key=_key.replace("\n", "\n    "))

add("yaml/decoy-cert-manager", "deploy/k8s/ingress/certificate.yaml", "cert-manager docs: Certificate resource",
    '''
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: rezervacije-tls
  namespace: booking
spec:
  secretName: rezervacije-tls
  dnsNames:
    - rezervacije.avalatours.rs
    - api.avalatours.rs
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
''')

add("env/datadog-api-key", "ops/datadog/datadog.env", "Datadog docs: DD_API_KEY",
    '''
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.eu
DD_ENV=production
DD_SERVICE=booking
DD_LOGS_ENABLED=true
DD_APM_ENABLED=true
''', datadog_key())

_acct = "avalaarhiva"
_k = azure_storage_key()
add("env/azure-storage-connection-string", "office/skeniranje/.env", "Azure Storage docs: connection strings",
    '''
# Скенирани пасоши и уговори — Azure Blob (архива)
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=@@acct@@;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
AZURE_CONTAINER=ugovori-2024
OCR_LANG=srp+srp_latn+eng
SCAN_INBOX=\\\\fs01\\Skeniranje\\Ulaz
''', _k, acct=_acct)

add("env/decoy-azure-sas-reference", "office/skeniranje/.env.example", "Azure Storage docs: SAS; dotenv",
    '''
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<account-key>;EndpointSuffix=core.windows.net
AZURE_CONTAINER=ugovori-test
OCR_LANG=srp+srp_latn+eng
SCAN_INBOX=./tmp/ulaz
# За развој користите Azurite: UseDevelopmentStorage=true
''')

add("python/slack-bot-token", "tools/dnevni_izvestaj/post_slack.py", "Slack SDK docs: WebClient(token=)",
    '''
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def objavi(izvestaj: str) -> None:
    """Дневни извештај продаје у #prodaja."""
    client.chat_postMessage(channel="#prodaja", text=izvestaj)


if __name__ == "__main__":
    objavi("Продато данас: 37 аранжмана, 1.284.500 RSD")
''', slack_bot())

_pw = rand_pw(12)
add("python/sabre-password", "connectors/gds/sabre_auth.py", "Sabre Dev Studio docs: REST token, base64(base64(V1:user:group:domain):base64(password))",
    '''
import base64

import requests

USER, GROUP, DOMAIN = "7971", "P7AB", "AA"
PASSWORD = "@@secret@@"


def token() -> str:
    client_id = base64.b64encode(f"V1:{USER}:{GROUP}:{DOMAIN}".encode()).decode()
    secret = base64.b64encode(PASSWORD.encode()).decode()
    creds = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    r = requests.post("https://api.platform.sabre.com/v2/auth/token",
                      headers={"Authorization": f"Basic {creds}"}, data={"grant_type": "client_credentials"})
    return r.json()["access_token"]
''', _pw)

_key = hexs(32)
add("python/paysera-sign-password", "booking/payments/paysera.py", "Paysera checkout docs: sign = md5(data + password)",
    '''
import base64
import hashlib
from urllib.parse import urlencode

PROJECT_ID = 241873
SIGN_PASSWORD = "@@secret@@"


def payment_url(order_id: str, amount_cents: int, email: str) -> str:
    params = {"projectid": PROJECT_ID, "orderid": order_id, "amount": amount_cents, "currency": "EUR",
              "p_email": email, "accepturl": "https://avalatours.rs/placanje/uspeh", "version": "1.6"}
    data = base64.urlsafe_b64encode(urlencode(params).encode()).decode()
    sign = hashlib.md5((data + SIGN_PASSWORD).encode()).hexdigest()
    return f"https://www.paysera.com/pay/?data={data}&sign={sign}"
''', _key)

add("python/decoy-uuid-constants", "booking/catalog/constants.py", "Python uuid docs",
    '''
import uuid

# Стални идентификатори категорија аранжмана (seed миграција 0007)
KATEGORIJA_MORE = uuid.UUID("@@u1@@")
KATEGORIJA_PLANINE = uuid.UUID("@@u2@@")
KATEGORIJA_GRADOVI = uuid.UUID("@@u3@@")
KATEGORIJA_EKSKURZIJE = uuid.UUID("@@u4@@")
NAMESPACE_PNR = uuid.UUID("@@u5@@")
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

# ---------------------------------------------------------------- more carriers

_key, _tok = rand_pw(20), hexs(40)
add("php/monri-key", "website-old/wp-content/plugins/avala-placanje/monri.php", "Monri WebPay docs: digest = sha512(key + order_number + amount + currency)",
    '''
<?php
// Monri WebPay — плаћање на рате за аранжмане у Грчкој
$monri = [
    'authenticity_token' => '@@tok@@',
    'key'                => '@@secret@@',
    'endpoint'           => 'https://ipg.monri.com/v2/form',
];

function monri_digest(array $cfg, string $order, int $amount, string $currency = 'EUR'): string {
    return hash('sha512', $cfg['key'] . $order . $amount . $currency);
}
''', _key, tok=_tok)

_u, _pw = "avalatours_xml", rand_pw(16, "!")
add("xml/booking-com-password", "connectors/booking_com/availability_request.xml", "Booking.com Connectivity docs: B.XML authentication element",
    '''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Алотман апартмана у Будви (партнер Vila Jadran) -->
<request>
  <username>@@u@@</username>
  <password>@@secret@@</password>
  <hotel_id>4471829</hotel_id>
  <version>1.0</version>
  <room id="447182901">
    <date value="2024-07-05"><roomstoavailable>6</roomstoavailable></date>
    <date value="2024-07-12"><roomstoavailable>4</roomstoavailable></date>
  </room>
</request>
''', _pw, u=_u)

_pw = rand_pw(18)
add("xml/maven-server-password", "legacy/rezervacije-ws/.mvn/settings.xml", "Maven docs: settings.xml servers",
    '''
<settings>
  <servers>
    <server>
      <id>avala-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>avala-nexus</id>
      <url>https://nexus.avalatours.rs/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', _pw)

_pw = rand_pw(16)
add("go/smtp-password", "fleet/internal/alert/mail.go", "Go net/smtp docs: PlainAuth",
    '''
package alert

import "net/smtp"

// Аларм диспечеру када возило стоји дуже од 45 минута ван станице
func Mail(to, subject, body string) error {
	auth := smtp.PlainAuth("", "fleet@avalatours.rs", "@@secret@@", "mail.avalatours.rs")
	msg := []byte("To: " + to + "\\r\\nSubject: " + subject + "\\r\\n\\r\\n" + body)
	return smtp.SendMail("mail.avalatours.rs:587", auth, "fleet@avalatours.rs", []string{to}, msg)
}
''', _pw)

add("typescript/viber-bot-token", "bots/viber-node/src/index.ts", "viber-bot Node docs: new ViberBot({authToken})",
    '''
import { Bot as ViberBot, Message } from "viber-bot";

const bot = new ViberBot({
  authToken: "@@secret@@",
  name: "Avala Tours",
  avatar: "https://avalatours.rs/static/img/viber-avatar.png",
});

bot.onTextMessage(/^polazak/i, (msg, res) => {
  res.send(new Message.Text("Унесите број резервације (нпр. AV-24-0193)."));
});

export default bot;
''', viber_token())

_pw = rand_pw(16)
add("shell/rsync-password", "ops/backup/rsync_fotografije.sh", "rsync man page: RSYNC_PASSWORD",
    '''
#!/bin/sh
# Фотографије са путовања (водичи их качe) -> NAS у канцеларији
export RSYNC_PASSWORD="@@secret@@"
rsync -av --delete /srv/foto/ rsync://foto@nas02.avala.local/fotografije/
echo "Синхронизовано $(date)"
''', _pw)

_pw = rand_pw(14)
add("powershell/sftp-password", "office/scripts/Preuzmi-Izvode.ps1", "WinSCP docs: session URL sftp://user:password@host",
    '''
# Преузима банкарске изводе (Intesa, формат 940) за књиговодство
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"
$opts = New-Object WinSCP.SessionOptions
$opts.ParseUrl("sftp://avala-izvodi:@@secret@@@sftp.bancaintesa.rs/")
$opts.SshHostKeyFingerprint = "ssh-ed25519 255 Qs3Z1xY0kQ7w6mB2lE8nH4cR9vT5aU1oP3sD7fG2jK0"
$s = New-Object WinSCP.Session
$s.Open($opts)
$s.GetFiles("/out/*.940", "C:\\Izvodi\\").Check()
$s.Dispose()
''', _pw)

add("csharp/sendgrid-api-key", "office/Fakture/Mailer.cs", "SendGrid C# docs: new SendGridClient(apiKey)",
    '''
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Avala.Fakture;

public static class Mailer
{
    private static readonly SendGridClient Client = new("@@secret@@");

    public static Task Posalji(string to, string pdfPath) =>
        Client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("fakture@avalatours.rs", "Avala Tours"), new EmailAddress(to),
            "Фактура за аранжман", "Фактура је у прилогу.", null));
}
''', sendgrid_key())

_tok = hexs(32)
add("k8s-secret/twilio-auth-token", "deploy/k8s/notifier/secret-twilio.yaml", "Kubernetes docs: Secret data is base64; Twilio auth token",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: twilio
  namespace: notifier
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@sid@@
  TWILIO_AUTH_TOKEN: @@tok@@
''', _tok, sid=b64(twilio_sid()), tok=b64(_tok))

_key = uuid_s()
add("k8s-secret/sef-api-key", "deploy/k8s/efaktura/secret.yaml", "Kubernetes docs: Secret data; SEF API key",
    '''
apiVersion: v1
kind: Secret
metadata:
  name: sef
  namespace: efaktura
  annotations:
    opis: "АПИ кључ за Систем електронских фактура (продукција)"
type: Opaque
data:
  SEF_API_KEY: @@k@@
  SEF_BASE_URL: @@u@@
''', _key, k=b64(_key), u=b64("https://efaktura.mfin.gov.rs/api/publicApi/"))

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws-secret-access-key", "infra/aws/providers.tf", "Terraform AWS provider docs: static credentials",
    '''
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"

  default_tags {
    tags = {
      Owner   = "avala-it"
      Project = "booking"
    }
  }
}
''', _sk, kid=_kid)

_pw = rand_pw(16)
add("dockerfile/smtp-password", "notifier/Dockerfile", "Docker docs: ENV instruction",
    '''
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV SMTP_HOST=mail.avalatours.rs \\
    SMTP_USER=obavestenja@avalatours.rs \\
    SMTP_PASS=@@secret@@
EXPOSE 3000
CMD ["node", "dist/index.js"]
''', _pw)

_pw = words_pw()
add("compose/pgadmin-password", "ops/pgadmin/docker-compose.yml", "pgAdmin docs: PGADMIN_DEFAULT_PASSWORD",
    '''
services:
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      PGADMIN_DEFAULT_EMAIL: it@avalatours.rs
      PGADMIN_DEFAULT_PASSWORD: "@@secret@@"
      PGADMIN_CONFIG_SERVER_MODE: "True"
    ports: ["127.0.0.1:5050:80"]
''', _pw)

_pw = rand_pw(16)
add("sql/mysql-password", "website-old/db/users.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY",
    '''
-- Корисник за извоз упита са сајта у CRM
CREATE USER 'crm_export'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON avala_wordpress.wp_posts TO 'crm_export'@'10.20.0.%';
GRANT SELECT ON avala_wordpress.wp_gf_entry TO 'crm_export'@'10.20.0.%';
FLUSH PRIVILEGES;
''', _pw)

_pw = rand_pw(14)
add("json/vscode-sftp-password", "website-old/.vscode/sftp.json", "vscode-sftp extension docs: sftp.json",
    '''
{
  "name": "web01 (стари сајт)",
  "host": "195.178.51.20",
  "protocol": "sftp",
  "port": 22,
  "username": "avalaweb",
  "password": "@@secret@@",
  "remotePath": "/var/www/html",
  "uploadOnSave": true
}
''', _pw)

_pw = rand_pw(18)
add("yaml/grafana-datasource-password", "ops/grafana/provisioning/datasources/postgres.yaml", "Grafana docs: provisioning data sources secureJsonData",
    '''
apiVersion: 1
datasources:
  - name: Резервације (replica)
    type: postgres
    url: pg-replica.internal.avalatours.rs:5432
    user: grafana_ro
    jsonData:
      database: avala_booking
      sslmode: require
    secureJsonData:
      password: "@@secret@@"
''', _pw)

_pw = rand_pw(20)
add("properties/kafka-sasl-password", "partner-api/src/main/resources/kafka.properties", "Apache Kafka docs: SASL/PLAIN JAAS config",
    '''
bootstrap.servers=kafka01.internal.avalatours.rs:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="partner-api" password="@@secret@@";
acks=all
client.id=partner-api
''', _pw)

_u, _pw = "dispecer", rand_pw(12)
add("log/basic-auth-header", "ops/notes/curl-debug-2024-05-03.log", "curl docs: -v output with Authorization header",
    '''
*   Trying 49.12.201.77:443...
* Connected to api.monazlatibor.rs (49.12.201.77) port 443
> GET /allotment?date=2024-05-10 HTTP/1.1
> Host: api.monazlatibor.rs
> Authorization: Basic @@b@@
> User-Agent: curl/8.5.0
> Accept: */*
< HTTP/1.1 200 OK
< Content-Type: application/json
{"hotel":"Mona","date":"2024-05-10","rooms_free":7}
''', _pw, b=b64(_u + ":" + _pw))

_pk = {"AGENCIJA-NIS": rand_pw(32), "AGENCIJA-NS": rand_pw(32)}
add("python/partner-api-key", "partner-api/avala_partner/keys.py", "API key lookup table in code",
    '''
"""Привремено, док не пребацимо у базу (тикет AV-812)."""

API_KEYS = {
    "@@k1@@": "AGENCIJA-NIS",
    "@@secret@@": "AGENCIJA-NS",
}


def agencija_za_kljuc(kljuc: str) -> str | None:
    return API_KEYS.get(kljuc)
''', _pk["AGENCIJA-NS"], k1=_pk["AGENCIJA-NIS"])

add("kotlin/amadeus-client-secret", "mobile/android/app/src/main/java/rs/avalatours/putnik/flights/AmadeusModule.kt", "Amadeus Java SDK docs: Amadeus.builder(clientId, clientSecret)",
    '''
package rs.avalatours.putnik.flights

import com.amadeus.Amadeus

object AmadeusModule {
    val amadeus: Amadeus = Amadeus
        .builder("@@cid@@", "@@secret@@")
        .setHostname("production")
        .build()
}
''', amadeus_secret(), cid=amadeus_id())

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions/aws-secret-access-key", ".github/workflows/sync-static.yml", "GitHub Actions docs: env; AWS CLI env vars",
    '''
name: Sync static to S3
on:
  push:
    branches: [main]
    paths: ["website/public/**"]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync website/public s3://avalatours-static --delete
''', _sk, kid=_kid)

# ---------------------------------------------------------------- decoys

add("python/decoy-test-fixture", "booking/tests/factories.py", "factory_boy docs: PostGenerationMethodCall set_password",
    '''
import factory
from django.contrib.auth import get_user_model


class ZaposleniFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"vodic{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.test")
    password = factory.PostGenerationMethodCall("set_password", "test-lozinka-123")
    is_staff = True
''')

add("yaml/decoy-openapi-example", "partner-api/openapi.yaml", "OpenAPI 3.1 spec: securitySchemes apiKey",
    '''
openapi: 3.1.0
info:
  title: Avala Tours Partner API
  version: "1.4"
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Avala-Key
      description: "Кључ добијате од продаје. Пример: `X-Avala-Key: <your-partner-key>`"
security:
  - partnerKey: []
paths:
  /polasci:
    get:
      summary: Листа полазака са слободним местима
      responses:
        "200": {description: OK}
''')

add("json/decoy-jwks", "partner-api/static/.well-known/jwks.json", "RFC 7517: JSON Web Key Set (public keys)",
    '''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', kid=hexs(16), n=rand_pw(342, "-_"))

add("markdown/decoy-changelog", "booking/CHANGELOG.md", "Keep a Changelog format",
    '''
# Измене

## [3.12.0] — 2024-06-01
- Плаћање на рате преко Monri (само Грчка и Турска).
- Ротирани кључеви за NestPay и Infobip (нови су у Vault-у, стари опозвани).
- Поправљен обрачун боравишне таксе за Златибор.

## [3.11.2] — 2024-04-18
- Stripe webhook: проверава потпис и одбија захтеве старије од 5 минута.
- Commit `@@sha@@` враћен због грешке у PDF ваучеру.
''', sha=git_sha())

add("go/decoy-test-constants", "fleet/internal/wialon/client_test.go", "Go testing docs; httptest",
    '''
package wialon

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const testToken = "test-token-not-real"

func TestLogin(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"eid":"fake-session"}`))
	}))
	defer srv.Close()
	if testToken == "" {
		t.Fatal("empty")
	}
}
''')

add("text/decoy-hashed-requirements", "booking/requirements.txt", "pip docs: hash-checking mode",
    '''
# pip-compile --generate-hashes
django==5.0.6 \\
    --hash=sha256:@@h1@@
stripe==9.9.0 \\
    --hash=sha256:@@h2@@
celery==5.4.0 \\
    --hash=sha256:@@h3@@
requests==2.32.3 \\
    --hash=sha256:@@h4@@
''', h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("html/decoy-recaptcha-site-key", "website-old/wp-content/themes/avala/upit-forma.html", "Google reCAPTCHA docs: data-sitekey",
    '''
<form method="post" action="/upit">
  <label>Име и презиме <input name="ime" required></label>
  <label>Телефон <input name="telefon" type="tel"></label>
  <label>Аранжман <select name="aranzman"><option>Будва 7 дана</option><option>Солун 10 дана</option></select></label>
  <div class="g-recaptcha" data-sitekey="@@rc@@"></div>
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <button type="submit">Пошаљи упит</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', rc=recaptcha_site_key())

add("javascript/decoy-analytics-ids", "website/public/js/analytics.js", "Google tag docs: gtag config; Meta Pixel docs",
    '''
window.dataLayer = window.dataLayer || [];
function gtag() { dataLayer.push(arguments); }
gtag("js", new Date());
gtag("config", "G-4KX7Q2M9PL", { anonymize_ip: true });

// Meta Pixel
fbq("init", "718293645102938");
fbq("track", "PageView");
''')

add("xml/decoy-manifest-placeholder", "mobile/android/app/src/main/AndroidManifest.xml", "Android docs: manifest placeholders; Maps SDK API key meta-data",
    '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Avala Putnik" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("plist/decoy-google-service-info", "mobile/ios/AvalaPutnik/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist (not secret)",
    '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>481937264015</string>
	<key>BUNDLE_ID</key>
	<string>rs.avalatours.putnik</string>
	<key>PROJECT_ID</key>
	<string>avala-putnik-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:481937264015:ios:3c7a9e1f5b2d8a04c6e1f2</string>
</dict>
</plist>
''', k=google_api_key())

add("ini/decoy-alembic-template", "reporting/alembic.ini", "Alembic docs: alembic.ini template",
    '''
[alembic]
script_location = migrations
# URL се узима из REPORTING_DB_URL у env.py; ова вредност је шаблон
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''')

add("toml/decoy-netlify-headers", "website/netlify.toml", "Netlify docs: headers; CSP hashes",
    '''
[build]
  command = "npm run build"
  publish = "out"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "script-src 'self' 'sha256-@@h@@' https://js.stripe.com https://www.google.com/recaptcha/"
    Strict-Transport-Security = "max-age=63072000; includeSubDomains; preload"
''', h=b64(hexs(32))[:43] + "=")

add("log/decoy-git-log", "ops/notes/release-3.12.0.log", "git log --oneline output",
    '''
@@a@@ (tag: v3.12.0) Monri: плаћање на рате
@@b@@ Ротирани кључеви — читају се из Vault-а
@@c@@ fix: боравишна такса Златибор
@@d@@ chore(deps): bump stripe from 9.8.0 to 9.9.0
@@e@@ Merge branch 'feature/viber-bot'
''', a=hexs(7), b=hexs(7), c=hexs(7), d=hexs(7), e=hexs(7))

add("csv/decoy-vehicle-registry", "fleet/data/vozila.csv", "CSV fleet register",
    '''
registracija,vin,marka,model,godiste,mesta,tahograf_kartica,wialon_id
BG-1274-KT,WKK62411313201845,Setra,S 516 HD,2019,57,RS00000004471829,27741201
BG-2210-LA,WMA24SZZ6KT031927,MAN,Lion's Coach,2019,49,RS00000004471830,27741202
BG-0931-PV,WEB63234813118442,Mercedes-Benz,Tourismo,2018,53,RS00000004471831,27741203
NS-0445-AT,YS2K4X20001863520,Scania,Touring HD,2020,49,RS00000004471832,27741204
''')

add("sql/decoy-schema", "booking/db/schema/partner.sql", "PostgreSQL docs: CREATE TABLE; pgcrypto",
    '''
CREATE TABLE partner_agency (
    id            integer PRIMARY KEY,
    naziv         text NOT NULL,
    pib           char(9) NOT NULL UNIQUE,
    api_key_hash  text NOT NULL,          -- sha256 кључа, сам кључ се не чува
    api_key_last4 char(4) NOT NULL,
    aktivan       boolean DEFAULT true,
    kreirano      timestamptz DEFAULT now()
);
CREATE INDEX partner_agency_key_idx ON partner_agency (api_key_hash);
''')

add("shell/decoy-gpg-fingerprint", "ops/install/add_apt_repos.sh", "Debian docs: signed-by keyring; gpg fingerprints",
    '''
#!/usr/bin/env bash
set -euo pipefail
# PostgreSQL APT репозиторијум, кључ проверавамо по отиску
FPR="B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8"
curl -fsSL https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor -o /usr/share/keyrings/pgdg.gpg
gpg --show-keys --with-colons /usr/share/keyrings/pgdg.gpg | grep -q "$FPR"
echo "deb [signed-by=/usr/share/keyrings/pgdg.gpg] https://apt.postgresql.org/pub/repos/apt jammy-pgdg main" > /etc/apt/sources.list.d/pgdg.list
''')

add("yaml/decoy-dependabot", ".github/dependabot.yml", "GitHub docs: dependabot.yml registries with secrets",
    '''
version: 2
registries:
  avala-pypi:
    type: python-index
    url: https://pypi.avalatours.rs/simple/
    username: ci
    password: ${{secrets.AVALA_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: /booking
    registries: [avala-pypi]
    schedule: {interval: weekly}
''')

add("php/decoy-csrf-template", "website-old/wp-content/themes/avala/login.php", "WordPress docs: wp_nonce_field",
    '''
<?php /* Template Name: Пријава агената */ ?>
<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
    <?php wp_nonce_field( 'avala_agent_login', 'avala_nonce' ); ?>
    <input type="hidden" name="action" value="avala_agent_login">
    <label>Корисничко име <input type="text" name="log"></label>
    <label>Лозинка <input type="password" name="pwd" autocomplete="current-password"></label>
    <button type="submit">Пријави се</button>
</form>
''')

add("typescript/decoy-test-mock", "crm/test/hubspot.test.ts", "Jest docs: jest.mock",
    '''
import { upsertPutnik } from "../src/hubspot";

jest.mock("@hubspot/api-client", () => ({
  Client: jest.fn().mockImplementation(() => ({
    crm: { contacts: { basicApi: { create: jest.fn().mockResolvedValue({ id: "101" }) } } },
  })),
}));

process.env.HUBSPOT_TOKEN = "pat-test-dummy";

test("креира контакт", async () => {
  await expect(upsertPutnik("marija@example.test", "Марија", "Петровић")).resolves.toEqual({ id: "101" });
});
''')

add("markdown/decoy-api-docs-example", "partner-api/docs/autentifikacija.md", "API documentation (markdown)",
    '''
# Аутентификација

Сваки захтев мора имати заглавље `X-Avala-Key`:

```http
GET /v1/polasci?od=2024-07-01 HTTP/1.1
Host: api.avalatours.rs
X-Avala-Key: AVALA-PARTNER-XXXXXXXXXXXXXXXXXXXXXXXX
```

Webhook-ови су потписани HMAC-SHA256; проверите `X-Avala-Signature` својим тајним кључем.
Кључ никада не шаљите мејлом; ротација на захтев преко портала.
''')

add("python/decoy-token-generator", "booking/accounts/tokens.py", "Django docs: PasswordResetTokenGenerator",
    '''
import secrets

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class VaucerTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "avala.accounts.tokens.VaucerTokenGenerator"


def novi_partner_kljuc() -> str:
    """Нови API кључ за партнера (показује се само једном)."""
    return "avp_" + secrets.token_urlsafe(32)


vaucer_token = VaucerTokenGenerator()
''')

add("dockerfile/decoy-pinned-digest", "fleet/Dockerfile.dev", "Docker docs: pin images by digest",
    '''
FROM golang:1.22@sha256:@@d1@@
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV WIALON_TOKEN="" FLEET_DB_URL="postgres://fleet@localhost:5432/fleet?sslmode=disable"
CMD ["go", "run", "./cmd/fleetd"]
''', d1=sha256())

add("terraform/decoy-random-password", "infra/aws/secrets.tf", "Terraform random provider docs: random_password",
    '''
resource "random_password" "reporting_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "reporting_db" {
  name = "avala/reporting/db-password"
}

resource "aws_secretsmanager_secret_version" "reporting_db" {
  secret_id     = aws_secretsmanager_secret.reporting_db.id
  secret_string = random_password.reporting_db.result
}
''')

add("github-actions/decoy-oidc-role", ".github/workflows/terraform.yml", "GitHub docs: OIDC with aws-actions/configure-aws-credentials",
    '''
name: Terraform
on:
  pull_request:
    paths: ["infra/**"]
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
          role-to-assume: arn:aws:iam::487123901174:role/github-terraform
          aws-region: eu-central-1
      - run: terraform -chdir=infra/aws init && terraform -chdir=infra/aws plan
''')

add("k8s/decoy-external-secret", "deploy/k8s/booking/external-secret.yaml", "External Secrets Operator docs: ExternalSecret",
    '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-payments
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: booking-payments
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: kv/booking/production/stripe, property: secret_key}
    - secretKey: NESTPAY_STORE_KEY
      remoteRef: {key: kv/booking/production/nestpay, property: store_key}
''')

add("yaml/decoy-prometheus-token-file", "ops/prometheus/prometheus.yml", "Prometheus docs: authorization credentials_file",
    '''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: booking
    scheme: https
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/booking-metrics-token
    static_configs:
      - targets: ["rezervacije.avalatours.rs"]
  - job_name: node
    static_configs:
      - targets: ["10.20.0.15:9100", "10.20.0.12:9100"]
''')

add("swift/decoy-keychain", "mobile/ios/AvalaPutnik/Auth/TokenStore.swift", "Apple docs: Keychain Services SecItemAdd",
    '''
import Foundation
import Security

enum TokenStore {
    private static let service = "rs.avalatours.putnik.token"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
''')

add("kotlin/decoy-channel-ids", "mobile/android/app/src/main/java/rs/avalatours/putnik/push/Channels.kt", "Android docs: notification channels; FCM topics",
    '''
package rs.avalatours.putnik.push

object Channels {
    const val POLASCI = "polasci"
    const val PROMOCIJE = "promocije"
    const val FCM_SENDER_ID = "481937264015"
    const val TOPIC_POLASCI = "/topics/polasci"
    const val INSTALLATION_NAMESPACE = "@@u@@"
}
''', u=uuid_s())
