"""Blind set HN: window cleaners and facade-maintenance contractors (a Swedish firm and its peers).

Route planning and booking services, invoicing (Fortnox, Visma, Stripe, Klarna, Swish), SMS (46elks,
Twilio), lift and drone telematics, site cameras, CI, containers, infrastructure, runbooks in Swedish
and English, SQL, CSV exports and logs, with their decoys.
Generated fakes only (seeds 3010000-3019999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3010000, 3019999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Fonster", "Skylift", "Fasad", "Ruta", "Stege", "Glas", "Regn", "Torn", "Balkong", "Skrapa",
         "Kvast", "Ljus", "Hav", "Ek", "Gran", "Storm", "Vind", "Sol", "Vinter", "Mast"]
LOWER = ["ladder", "squeegee", "bucket", "mop", "harness", "gutter", "pane", "soap", "boom", "sponge",
         "rope", "brick", "cladding", "sill", "frame", "drone"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def HEXS(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX.upper())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def elks_user() -> str:
    return "u" + hexs(32)


def hubspot_pat() -> str:
    return "pat-eu1-" + fakes.uuid4(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_sk() -> str:
    r = _rng()
    body = base64.urlsafe_b64encode(json.dumps({"u": "glasklart", "a": "".join(r.choice(ALNUM) for _ in range(12))}).encode()).decode().rstrip("=")
    return "sk." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def mapbox_pk() -> str:
    r = _rng()
    body = base64.urlsafe_b64encode(json.dumps({"u": "glasklart", "a": "".join(r.choice(ALNUM) for _ in range(12))}).encode()).decode().rstrip("=")
    return "pk." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def azure_storage_key() -> str:
    return base64.b64encode(random.Random(_seed()).randbytes(64)).decode()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://glasklartab.webhook.office.com/webhookb2/{fakes.uuid4(_seed())}@{fakes.uuid4(_seed())}"
            f"/IncomingWebhook/{hexs(32)}/{fakes.uuid4(_seed())}")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(json.dumps({"sub": str(r.randint(10**5, 10**6)), "iss": "fortnox", "exp": 1767225600}).encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(86))


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
    CASES.append(LabelledCase(f"blind-hn/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files
add("env/stripe-secret-key", "booking-portal/.env", "https://docs.stripe.com/keys", """
# Glasklart Fönsterputs AB - bokningsportal
APP_ENV=production
APP_URL=https://boka.glasklart.se
DATABASE_URL=${DATABASE_URL}
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
DEFAULT_CURRENCY=sek
VAT_RATE=0.25
# RUT-avdrag gäller för fönsterputs i hemmet
RUT_ENABLED=true
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/46elks-password", "sms-reminders/.env.production", "https://46elks.com/docs/send-sms", """
ELKS_API_USERNAME=@@user@@
ELKS_API_PASSWORD=@@secret@@
ELKS_SENDER=Glasklart
REMINDER_HOURS_BEFORE=24
REMINDER_TEMPLATE="Hej! Vi putsar dina fönster imorgon mellan {start} och {slut}. Svara STOPP för att avboka."
TZ=Europe/Stockholm
""", HEXS(32), user=elks_user())

add("env/decoy-env-example", "sms-reminders/.env.example", "https://46elks.com/docs/send-sms", """
# Kopiera till .env och fyll i från 1Password (valv: "Drift")
ELKS_API_USERNAME=u0000000000000000000000000000000
ELKS_API_PASSWORD=<elks-api-password>
ELKS_SENDER=Glasklart
REMINDER_HOURS_BEFORE=24
TZ=Europe/Stockholm
""")

add("env/postgres-password", "route-planner/.env", "https://www.postgresql.org/docs/current/libpq-connect.html", """
ROUTE_PLANNER_PORT=8080
POSTGRES_HOST=db.internal.glasklart.se
POSTGRES_DB=routes
POSTGRES_USER=routeplanner
POSTGRES_PASSWORD=@@secret@@
OSRM_URL=http://osrm.internal:5000
DEPOT_LAT=59.3326
DEPOT_LON=18.0649
MAX_STOPS_PER_CREW=14
""", words_pw())

add("env/decoy-publishable-key", "web/.env.local.example", "https://docs.stripe.com/keys", """
NEXT_PUBLIC_SITE_NAME="Glasklart Fönsterputs"
NEXT_PUBLIC_STRIPE_KEY=@@pk@@
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@site@@
NEXT_PUBLIC_PLAUSIBLE_DOMAIN=glasklart.se
""", pk=stripe_key("pk_live_"), mb=mapbox_pk(), site=rand_pw(37))

add("env/twilio-auth-token", "facade-crm/.env", "https://www.twilio.com/docs/iam/credentials/api", """
NODE_ENV=production
PORT=3000
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+46766861234
CRM_BASE_URL=https://crm.fasadkollen.se
SESSION_SECRET=${SESSION_SECRET}
""", hexs(32), sid=twilio_sid())

add("env/decoy-vault-reference", "facade-crm/.env.staging", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
NODE_ENV=staging
PORT=3000
TWILIO_ACCOUNT_SID=vault:secret/data/crm/twilio#account_sid
TWILIO_AUTH_TOKEN=vault:secret/data/crm/twilio#auth_token
CRM_BASE_URL=https://crm-staging.fasadkollen.se
SESSION_SECRET=vault:secret/data/crm/session#value
""")

add("env/redis-password", "dispatch/.env", "https://redis.io/docs/latest/develop/clients/redis-py/", """
DISPATCH_QUEUE=crews
REDIS_URL=redis://:@@secret@@@cache.glasklart.internal:6379/2
CELERY_BROKER_URL=${REDIS_URL}
WORKER_CONCURRENCY=4
# Arbetsorder skickas till skyliftförarna kl 06:00
DISPATCH_CRON="0 6 * * 1-5"
""", fakes.redis_password(_seed()))

add("env/smtp-password", "invoicing/.env", "https://www.loopia.se/support/e-post/", """
MAIL_HOST=mailcluster.loopia.se
MAIL_PORT=587
MAIL_USERNAME=faktura@glasklart.se
MAIL_PASSWORD=@@secret@@
MAIL_FROM_NAME="Glasklart Fakturering"
INVOICE_DUE_DAYS=30
BANKGIRO=5050-1055
""", words_pw())

add("env/decoy-empty-values", "invoicing/.env.test", "https://12factor.net/config", """
MAIL_HOST=localhost
MAIL_PORT=1025
MAIL_USERNAME=
MAIL_PASSWORD=
MAIL_FROM_NAME="Glasklart Test"
INVOICE_DUE_DAYS=30
BANKGIRO=5050-1055
""")

add("env/openai-key", "quote-assistant/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# Offertassistent: tolkar kundens foton av fasaden och föreslår pris per m²
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
PRICE_PER_WINDOW_SEK=45
PRICE_PER_SQM_FACADE_SEK=120
""", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- python
add("python/fortnox-client-secret", "glasklart/integrations/fortnox.py", "https://www.fortnox.se/developer/authorization", '''
"""Fortnox-integration: skapar fakturor efter avslutat putsjobb."""
import base64

import requests

FORTNOX_CLIENT_ID = "@@cid@@"
FORTNOX_CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://apps.fortnox.se/oauth-v1/token"


def refresh(refresh_token: str) -> dict:
    basic = base64.b64encode(f"{FORTNOX_CLIENT_ID}:{FORTNOX_CLIENT_SECRET}".encode()).decode()
    response = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def create_invoice(access_token: str, customer_number: str, rows: list) -> dict:
    body = {"Invoice": {"CustomerNumber": customer_number, "InvoiceRows": rows}}
    r = requests.post("https://api.fortnox.se/3/invoices", json=body,
                      headers={"Authorization": f"Bearer {access_token}"}, timeout=10)
    r.raise_for_status()
    return r.json()["Invoice"]
''', rand_pw(10), cid=rand_pw(12))

add("python/decoy-env-reference", "glasklart/settings.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["boka.glasklart.se", "admin.glasklart.se"]
LANGUAGE_CODE = "sv-se"
TIME_ZONE = "Europe/Stockholm"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "glasklart"),
        "USER": os.environ.get("PGUSER", "glasklart"),
        "PASSWORD": os.environ["PGPASSWORD"],
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")
''')

add("python/django-secret-key", "facadecrm/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["crm.fasadkollen.se"]
CSRF_TRUSTED_ORIGINS = ["https://crm.fasadkollen.se"]
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/46elks-password", "scripts/send_weather_cancellations.py", "https://46elks.com/docs/send-sms", '''
#!/usr/bin/env python3
"""Skickar SMS till dagens kunder när det blir regn eller stark vind (inställt jobb)."""
import sys

import requests

ELKS_AUTH = ("@@user@@", "@@secret@@")


def notify(phone: str, name: str) -> None:
    message = f"Hej {name}! På grund av väderläget flyttar vi dagens fönsterputs. Vi hör av oss med ny tid."
    r = requests.post("https://api.46elks.com/a1/sms", auth=ELKS_AUTH,
                      data={"from": "Glasklart", "to": phone, "message": message}, timeout=15)
    r.raise_for_status()


if __name__ == "__main__":
    for line in sys.stdin:
        phone, name = line.strip().split(";", 1)
        notify(phone, name)
''', HEXS(32), user=elks_user())

add("python/aws-secret-key", "tools/upload_before_after_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""Laddar upp före/efter-bilder från fasadjobb till S3 så att kunden kan se resultatet."""
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "glasklart-jobbfoton"


def upload(job_id: str, folder: pathlib.Path) -> int:
    count = 0
    for photo in sorted(folder.glob("*.jpg")):
        s3.upload_file(str(photo), BUCKET, f"{job_id}/{photo.name}", ExtraArgs={"ContentType": "image/jpeg"})
        count += 1
    return count
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-test-fixture", "tests/test_pricing.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from glasklart.pricing import quote

FAKE_STRIPE_KEY = "sk_test_" + "x" * 24


@pytest.fixture
def villa():
    return {"windows": 18, "floors": 2, "glazed_balcony": True}


def test_rut_deduction_halves_labour(villa):
    q = quote(villa, rut=True)
    assert q.labour_after_rut == q.labour / 2


def test_stripe_key_is_not_used_in_quotes(villa, monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    assert quote(villa).currency == "SEK"
''')

add("python/telegram-bot-token", "bots/crew_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""Telegram-bot för putsarna: /idag visar dagens adresser, /klar markerar ett jobb som klart."""
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

from crews import today_for, mark_done

TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def idag(update, context):
    stops = today_for(update.effective_user.id)
    await update.message.reply_text("\\n".join(f"{s.time} {s.address}" for s in stops) or "Inga jobb idag")


async def klar(update, context):
    mark_done(update.effective_user.id, context.args[0])
    await update.message.reply_text("Bra jobbat!")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("idag", idag))
app.add_handler(CommandHandler("klar", klar))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("python/mqtt-password", "telematics/lift_listener.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''
"""Lyssnar på telemetri från skyliftarna (höjd, vindmätare, nödstopp)."""
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.liftfleet.glasklart.internal"
client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="lift-listener")
client.username_pw_set("telemetry", "@@secret@@")


def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    if data.get("wind_ms", 0) > 12.5:
        print(f"VARNING: {msg.topic} vind {data['wind_ms']} m/s - sänk korgen")


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("lifts/+/telemetry")
client.loop_forever()
''', rand_pw(16))

add("python/decoy-hash", "glasklart/migrations/0007_seed_admin.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", '''
from django.db import migrations


def seed(apps, schema_editor):
    User = apps.get_model("auth", "User")
    User.objects.get_or_create(
        username="kontoret",
        defaults={
            "email": "kontoret@glasklart.se",
            "is_staff": True,
            "password": "pbkdf2_sha256$720000$@@salt@@$@@hash@@",
        },
    )


class Migration(migrations.Migration):
    dependencies = [("glasklart", "0006_crew_vehicle")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', salt=rand_pw(22), hash=b64(rand_pw(32))[:43] + "=")

add("python/sendgrid-api-key", "facadecrm/notifications/email.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# TODO flytta till secrets innan release
_SG = SendGridAPIClient("@@secret@@")


def send_inspection_report(to: str, building: str, pdf_url: str) -> int:
    message = Mail(
        from_email="besiktning@fasadkollen.se",
        to_emails=to,
        subject=f"Fasadbesiktning {building}",
        html_content=f"<p>Rapporten finns här: <a href='{pdf_url}'>{pdf_url}</a></p>",
    )
    return _SG.send(message).status_code
''', sendgrid_key())

add("python/postgres-password", "etl/load_jobs_to_warehouse.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", '''
"""Nattlig ETL: kopierar avslutade jobb från bokningsdatabasen till rapportlagret."""
import psycopg

SOURCE = "postgresql://etl_reader:@@secret@@@db.internal.glasklart.se:5432/glasklart"
TARGET = "postgresql://etl@warehouse.internal.glasklart.se/reports"

QUERY = """
SELECT j.id, j.customer_id, j.finished_at, j.windows, j.price_sek, c.postcode
FROM jobs j JOIN customers c ON c.id = j.customer_id
WHERE j.finished_at >= now() - interval '1 day'
"""

with psycopg.connect(SOURCE) as src, psycopg.connect(TARGET) as dst:
    rows = src.execute(QUERY).fetchall()
    with dst.cursor() as cur:
        cur.executemany("INSERT INTO fact_jobs VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", rows)
    print(f"{len(rows)} jobb kopierade")
''', words_pw())

add("python/decoy-keyring", "tools/lift_inspection_sync.py", "https://pypi.org/project/keyring/", '''
"""Hämtar besiktningsprotokoll för skyliftar från leverantörens portal."""
import keyring
import requests

SERVICE = "liftportal.example-vendor.se"
USER = "glasklart-drift"


def session() -> requests.Session:
    s = requests.Session()
    password = keyring.get_password(SERVICE, USER)
    if password is None:
        raise SystemExit("Kör: keyring set liftportal.example-vendor.se glasklart-drift")
    s.auth = (USER, password)
    return s


def protocols(lift_serial: str) -> list:
    return session().get(f"https://{SERVICE}/api/lifts/{lift_serial}/inspections", timeout=20).json()
''')

add("python/hubspot-token", "facadecrm/sync/hubspot_sync.py", "https://developers.hubspot.com/docs/api/private-apps", '''
import requests

HUBSPOT_TOKEN = "@@secret@@"
BASE = "https://api.hubapi.com/crm/v3/objects"


def upsert_company(org_nr: str, name: str, facade_sqm: int) -> None:
    headers = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}
    payload = {"properties": {"name": name, "orgnr": org_nr, "fasadyta_kvm": facade_sqm}}
    r = requests.post(f"{BASE}/companies", json=payload, headers=headers, timeout=10)
    if r.status_code == 409:
        return
    r.raise_for_status()
''', hubspot_pat())

add("python/decoy-uuid-ids", "glasklart/constants.py", "https://docs.python.org/3/library/uuid.html", '''
"""Fasta id:n för tjänstetyper i bokningssystemet (samma i alla miljöer)."""
SERVICE_WINDOWS_INSIDE_OUTSIDE = "@@u1@@"
SERVICE_WINDOWS_OUTSIDE_ONLY = "@@u2@@"
SERVICE_FACADE_WASH = "@@u3@@"
SERVICE_GUTTER_CLEANING = "@@u4@@"
SERVICE_GRAFFITI_REMOVAL = "@@u5@@"

RUT_ELIGIBLE = {SERVICE_WINDOWS_INSIDE_OUTSIDE, SERVICE_WINDOWS_OUTSIDE_ONLY, SERVICE_GUTTER_CLEANING}
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("python/ftp-password", "scripts/fetch_drone_survey.py", "https://docs.python.org/3/library/ftplib.html", '''
"""Hämtar drönarfoton från fasadinspektionen (leverantören lägger upp dem på FTP)."""
from ftplib import FTP_TLS
from pathlib import Path

target = Path("/srv/inspections/incoming")
ftp = FTP_TLS("ftp.dronarinspektion.se")
ftp.login(user="glasklart", passwd="@@secret@@")
ftp.prot_p()
ftp.cwd("/leveranser/glasklart")
for name in ftp.nlst():
    if name.lower().endswith((".jpg", ".tif")):
        with open(target / name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
ftp.quit()
''', words_pw())

add("python/klarna-password", "glasklart/payments/klarna.py", "https://docs.klarna.com/api/authentication/", '''
import requests

KLARNA_BASE = "https://api.klarna.com"
KLARNA_UID = "K@@mid@@_@@uh@@"
KLARNA_PASSWORD = "@@secret@@"


def create_session(order_lines: list, amount_ore: int) -> dict:
    body = {
        "purchase_country": "SE",
        "purchase_currency": "SEK",
        "locale": "sv-SE",
        "order_amount": amount_ore,
        "order_tax_amount": amount_ore // 5,
        "order_lines": order_lines,
    }
    r = requests.post(f"{KLARNA_BASE}/payments/v1/sessions", json=body,
                      auth=(KLARNA_UID, KLARNA_PASSWORD), timeout=10)
    r.raise_for_status()
    return r.json()
''', "klarna_live_api_" + rand_pw(40), mid=str(_rng().randint(100000, 999999)), uh=hexs(12))

# ---------------------------------------------------------------- yaml / compose / k8s / ci
add("yaml/mailgun-api-key", "config/notifications.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
notifications:
  provider: mailgun
  mailgun:
    domain: mg.glasklart.se
    region: eu
    api_key: @@secret@@
  templates:
    booking_confirmed: bokning-bekraftad
    job_finished: jobb-klart
    invoice_reminder: pamminnelse
  sender: "Glasklart <noreply@glasklart.se>"
""", mailgun_key())

add("yaml/decoy-placeholder", "config/notifications.example.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
notifications:
  provider: mailgun
  mailgun:
    domain: mg.example.com
    region: eu
    api_key: key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  sender: "Example <noreply@example.com>"
""")

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: glasklart
      POSTGRES_USER: glasklart
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://glasklart@db/glasklart
volumes:
  pgdata:
""", rand_pw(24))

add("compose/decoy-env-reference", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  web:
    image: ghcr.io/glasklart/booking:${TAG:-latest}
    environment:
      DATABASE_URL: ${DATABASE_URL:?set DATABASE_URL}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      ELKS_API_PASSWORD: ${ELKS_API_PASSWORD}
    secrets:
      - fortnox_client_secret
secrets:
  fortnox_client_secret:
    file: ./secrets/fortnox_client_secret.txt
""")

add("compose/redis-password", "telematics/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports:
      - "6379:6379"
  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto.conf:/mosquitto/config/mosquitto.conf
  listener:
    build: .
    depends_on: [redis, mosquitto]
""", fakes.redis_password(_seed()))

add("k8s-secret/fortnox-client-secret", "k8s/invoicing/fortnox-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: fortnox
  namespace: invoicing
type: Opaque
data:
  client-id: @@cid@@
  client-secret: @@enc@@
""", (fs := rand_pw(10)), cid=b64(rand_pw(12)), enc=b64(fs))

add("k8s-secret/smtp-password", "k8s/crm/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: smtp
  namespace: crm
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: besiktning@fasadkollen.se
  SMTP_PASSWORD: "@@secret@@"
""", words_pw())

add("k8s-secret/decoy-sealed-secret", "k8s/crm/sealed-twilio.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: crm
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgB@@e1@@
    TWILIO_ACCOUNT_SID: AgC@@e2@@
  template:
    metadata:
      name: twilio
""", e1=rand_pw(300, "+/"), e2=rand_pw(300, "+/"))

add("k8s-secret/redis-password", "k8s/dispatch/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: dispatch
  labels:
    app.kubernetes.io/part-of: dispatch
data:
  redis-password: @@enc@@
""", (rp := fakes.redis_password(_seed())), enc=b64(rp))

add("yaml/decoy-external-secret", "k8s/invoicing/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: fortnox
  namespace: invoicing
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-keyvault
    kind: ClusterSecretStore
  target:
    name: fortnox
  data:
    - secretKey: client-secret
      remoteRef:
        key: fortnox-client-secret
""")

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/", """
name: Publicera glasklart-routing
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
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: Deploy bokningsportal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: ${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: ${{ secrets.AZURE_TENANT_ID }}
          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}
      - run: az webapp deploy --name glasklart-boka --src-path dist.zip
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-routes.yml", "https://api.slack.com/messaging/webhooks", """
name: Nattlig ruttoptimering
on:
  schedule:
    - cron: "30 3 * * 1-5"
jobs:
  optimise:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python -m route_planner.optimise --date tomorrow
      - name: Meddela arbetsledarna
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Rutter för imorgon: ${{ job.status }}"}' \\
            @@secret@@
""", slack_webhook())

add("yaml/github-token", ".gitlab-ci.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

mirror_to_github:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror https://glasklart-ci:@@secret@@@github.com/glasklart/route-planner.git
  only: [main]
""", fakes.github_token(_seed()))

add("ansible/ldap-password", "ansible/group_vars/office.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
# Kontorsnätet på Ringvägen: AD, skrivare, wifi
ad_domain: kontor.glasklart.local
ad_bind_dn: "CN=svc-ansible,OU=Service,DC=kontor,DC=glasklart,DC=local"
ad_bind_password: "@@secret@@"
printer_ip: 10.20.0.40
wifi_ssid: Glasklart-Kontor
wifi_psk: "{{ vault_wifi_psk }}"
ntp_servers:
  - ntp1.sp.se
  - ntp2.sp.se
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/lifts/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/camera-admin-password", "ansible/roles/sitecams/defaults/main.yml", "https://www.hikvision.com/en/support/", """
---
# Byggkameror på ställningarna (Hikvision) - övervakar lånade ställningar nattetid
sitecam_user: admin
sitecam_password: "@@secret@@"
sitecam_rtsp_port: 554
sitecam_snapshot_path: /ISAPI/Streaming/channels/101/picture
sitecam_hosts:
  - 10.30.1.11
  - 10.30.1.12
  - 10.30.1.13
""", words_pw())

add("terraform/azure-storage-key", "infra/storage.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account", """
resource "azurerm_storage_account" "photos" {
  name                     = "glasklartfoton"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Gamla fotoappen läser nyckeln direkt (tas bort när v2 är ute)
resource "azurerm_app_service_app_settings" "legacy_photo_app" {
  app_settings = {
    PHOTO_STORAGE = "DefaultEndpointsProtocol=https;AccountName=glasklartfoton;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  }
}
""", azure_storage_key())

add("terraform/decoy-variable-reference", "infra/keyvault.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret", """
variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

resource "azurerm_key_vault_secret" "stripe" {
  name         = "stripe-secret-key"
  value        = var.stripe_secret_key
  key_vault_id = azurerm_key_vault.main.id
}

resource "azurerm_key_vault_secret" "elks" {
  name         = "elks-api-password"
  value        = data.azurerm_key_vault_secret.elks_source.value
  key_vault_id = azurerm_key_vault.main.id
}
""")

add("terraform/aws-secret-key", "infra/legacy/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "offerter" {
  bucket = "glasklart-offerter"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Kopiera till terraform.tfvars (som ligger i .gitignore)
location          = "swedencentral"
environment       = "prod"
stripe_secret_key = "sk_live_REPLACE_ME"
elks_api_password = "REPLACE_ME"
admin_object_ids  = ["00000000-0000-0000-0000-000000000000"]
""")

add("dockerfile/pypi-token", "route-planner/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.12-slim
WORKDIR /app
# Interna paket (glasklart-geo) ligger på vårt privata index
ENV PIP_EXTRA_INDEX_URL=https://__token__:@@secret@@@pypi.glasklart.se/simple/
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "route_planner.app:app"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "booking-portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("dockerfile/mapbox-secret-token", "maps/Dockerfile", "https://docs.mapbox.com/accounts/guides/tokens/", """
FROM node:20-bullseye
WORKDIR /app
# Behövs för att ladda ner Mapbox GL native vid build
ENV MAPBOX_DOWNLOADS_TOKEN=@@secret@@
COPY . .
RUN npm ci && npm run build:tiles
CMD ["node", "server.js"]
""", mapbox_sk())

add("shell/ftp-password", "scripts/backup_to_nas.sh", "https://www.gnu.org/software/wget/manual/wget.html", """
#!/usr/bin/env bash
# Nattlig backup av bokningsdatabasen till NAS:en på kontoret
set -euo pipefail
STAMP=$(date +%F)
pg_dump -Fc glasklart > /tmp/glasklart-$STAMP.dump
curl -sS -T /tmp/glasklart-$STAMP.dump \\
  --user backup:@@secret@@ \\
  ftp://nas.kontor.glasklart.local/backup/db/
rm -f /tmp/glasklart-$STAMP.dump
echo "backup klar $STAMP"
""", words_pw())

add("shell/decoy-read-from-vault", "scripts/rotate_elks_password.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
# Hämtar 46elks-lösenordet från Vault och uppdaterar k8s-hemligheten
ELKS_PASSWORD="$(vault kv get -field=password secret/sms/46elks)"
kubectl -n sms create secret generic elks \\
  --from-literal=password="$ELKS_PASSWORD" \\
  --dry-run=client -o yaml | kubectl apply -f -
unset ELKS_PASSWORD
""")

add("shell/mysql-password", "scripts/export_customers.sh", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """
#!/bin/sh
# Export av kunder till Excel åt ekonomi (gamla WordPress-bokningen)
OUT=/tmp/kunder_$(date +%Y%m).csv
mysql -h wp-db.glasklart.se -u bokning -p'@@secret@@' wordpress \\
  -e "SELECT id, name, address, postcode, phone FROM wp_bokning_customers" \\
  --batch | tr '\\t' ';' > "$OUT"
echo "Skrev $OUT"
""", words_pw())

add("powershell/smtp-password", "ops/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Skickar dagsrapporten (antal putsade fönster per lag) till ledningen
$report = Import-Csv "\\\\fileserver\\rapporter\\dag_$(Get-Date -Format yyyyMMdd).csv"
$body = $report | ConvertTo-Html -Fragment | Out-String
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("rapport@glasklart.se", $pw)
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl `
  -From rapport@glasklart.se -To ledning@glasklart.se `
  -Subject "Dagsrapport $(Get-Date -Format d)" -BodyAsHtml $body -Credential $cred
""", words_pw())

add("powershell/decoy-secret-management", "ops/Connect-Fortnox.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$clientId = Get-Secret -Name FortnoxClientId -AsPlainText
$clientSecret = Get-Secret -Name FortnoxClientSecret -AsPlainText
$pair = "{0}:{1}" -f $clientId, $clientSecret
$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
Invoke-RestMethod -Method Post -Uri https://apps.fortnox.se/oauth-v1/token `
  -Headers @{ Authorization = "Basic $basic" } `
  -Body @{ grant_type = "refresh_token"; refresh_token = $env:FORTNOX_REFRESH }
""")

add("powershell/azure-client-secret", "ops/Sync-Intune.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Synkar putsarnas mobiler i Intune (körs från schemalagd aktivitet på DC01)
$tenant = "glasklart.onmicrosoft.com"
$body = @{
    client_id     = "@@cid@@"
    client_secret = "@@secret@@"
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body
$headers = @{ Authorization = "Bearer $($token.access_token)" }
Invoke-RestMethod -Headers $headers -Uri "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices" |
  Select-Object -ExpandProperty value | Format-Table deviceName, userPrincipalName, lastSyncDateTime
""", azure_secret(), cid=uuid_s())

# ---------------------------------------------------------------- json / toml / ini / properties / xml
add("json/google-maps-key", "mobile/app.config.json", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
  "name": "Glasklart Putsare",
  "slug": "glasklart-putsare",
  "version": "3.4.1",
  "extra": {
    "apiBase": "https://api.glasklart.se",
    "geocodingServerKey": "@@secret@@"
  },
  "ios": { "bundleIdentifier": "se.glasklart.putsare" },
  "android": { "package": "se.glasklart.putsare" }
}
""", google_key())

add("json/service-account-key", "secrets/calendar-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "glasklart-kalender",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "calendar-sync@glasklart-kalender.iam.gserviceaccount.com",
  "client_id": "1048@@cnum@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), kid=hexs(40), cnum=str(_rng().randint(10**16, 10**17)))

add("json/decoy-firebase-config", "mobile/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "@@pn@@",
    "project_id": "glasklart-putsare",
    "storage_bucket": "glasklart-putsare.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@pn@@:android:@@appid@@",
        "android_client_info": { "package_name": "se.glasklart.putsare" }
      },
      "api_key": [ { "current_key": "@@key@@" } ]
    }
  ],
  "configuration_version": "1"
}
""", pn=str(_rng().randint(10**11, 10**12)), appid=hexs(22), key=google_key())

add("json/decoy-package-lock-integrity", "booking-portal/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-portal",
  "version": "2.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("json/slack-bot-token", "tools/crew-alerts/config.json", "https://api.slack.com/authentication/token-types#bot", """
{
  "slack": {
    "botToken": "@@secret@@",
    "channel": "#arbetsledning",
    "mentionOnWind": "@skyliftansvarig"
  },
  "thresholds": { "windMs": 12.5, "rainMm": 0.5, "tempC": -15 },
  "smhiPoint": { "lat": 59.33, "lon": 18.06 }
}
""", slack_bot())

add("json/decoy-appsettings-placeholder", "FasadPortal/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "Server=(localdb)\\\\mssqllocaldb;Database=FasadPortal;Trusted_Connection=True"
  },
  "Fortnox": {
    "ClientId": "",
    "ClientSecret": "set-in-user-secrets"
  },
  "AllowedHosts": "*"
}
""")

add("json/mssql-password", "FasadPortal/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
{
  "ConnectionStrings": {
    "Default": "Server=tcp:fasadportal.database.windows.net,1433;Database=FasadPortal;User ID=fasadapp;Password=@@secret@@;Encrypt=True;"
  },
  "Fortnox": { "ClientId": "@@cid@@" },
  "Serilog": { "MinimumLevel": "Warning" }
}
""", words_pw(), cid=rand_pw(12))

add("toml/pypi-token", "tools/release/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# Används av release-skriptet för glasklart-geo (konverteras till .pypirc)
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "glasklart-routing"
version = "1.9.0"
description = "Ruttplanering för fönsterputsare"
requires-python = ">=3.10"
dependencies = ["ortools>=9.8", "httpx", "pydantic>=2"]

[project.urls]
Homepage = "https://github.com/glasklart/route-planner"

[tool.pytest.ini_options]
env = ["ROUTE_API_KEY=test-key", "DATABASE_URL=sqlite:///:memory:"]
""")

add("ini/sentry-auth-token", "putsare-app/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """
[defaults]
url=https://sentry.io/
org=glasklart
project=putsare-app

[auth]
token=@@secret@@
""", "sntrys_" + b64(json.dumps({"iat": 1733400000, "url": "https://sentry.io", "org": "glasklart"})).rstrip("=") + "_" + rand_pw(43, "+/"))

add("toml/decoy-netlify", "booking-portal/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_STRIPE_PK = "@@pk@@"

[[redirects]]
  from = "/boka/*"
  to = "/index.html"
  status = 200
""", pk=stripe_key("pk_live_"))

add("ini/ldap-password", "intranet/config/ldap.ini", "https://ldap3.readthedocs.io/en/latest/connection.html", """
; Inloggning till intranätet (personalhandbok, schema, arbetsmiljöplan)
[ldap]
server = ldaps://dc01.kontor.glasklart.local
port = 636
bind_dn = CN=svc-intranet,OU=Service,DC=kontor,DC=glasklart,DC=local
bind_password = @@secret@@
base_dn = OU=Personal,DC=kontor,DC=glasklart,DC=local
user_filter = (sAMAccountName=%s)
""", words_pw())

add("ini/decoy-pgservice", "etl/pg_service.conf", "https://www.postgresql.org/docs/current/libpq-pgservice.html", """
# Lösenord ligger i ~/.pgpass på etl-servern, inte här
[warehouse]
host=warehouse.internal.glasklart.se
port=5432
dbname=reports
user=etl

[booking]
host=db.internal.glasklart.se
port=5432
dbname=glasklart
user=etl_reader
""")

add("ini/pgpass-password", "etl/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# host:port:database:user:password
warehouse.internal.glasklart.se:5432:reports:etl:@@secret@@
db.internal.glasklart.se:5432:glasklart:etl_reader:@@p2@@
localhost:5432:*:postgres:postgres
# TODO: flytta till Vault (Johan)
#
""", rand_pw(22), p2=words_pw())

add("properties/smtp-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.datasource.url=jdbc:postgresql://db.internal.glasklart.se:5432/scheduling
spring.datasource.username=scheduling
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=schema@glasklart.se
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
schedule.crews.default-start=07:00
""", words_pw())

add("properties/decoy-env-placeholders", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=scheduling
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/scheduling}
spring.datasource.username=${DB_USER:scheduling}
spring.datasource.password=${DB_PASSWORD:}
spring.mail.password=${SMTP_PASSWORD}
fortnox.client-secret=${FORTNOX_CLIENT_SECRET}
management.endpoints.web.exposure.include=health,info
""")

add("xml/jdbc-password", "scheduling/src/main/webapp/META-INF/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/Schedule" auth="Container" type="javax.sql.DataSource"
            maxTotal="20" maxIdle="5" maxWaitMillis="10000"
            username="schema_app" password="@@secret@@"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://db.internal.glasklart.se:5432/scheduling"/>
  <!-- Schemat för putslagen, läses av gamla Java-appen på kontoret -->
</Context>
""", words_pw())

add("xml/decoy-maven-settings", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>glasklart-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>glasklart-nexus</id>
      <url>https://nexus.glasklart.se/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("xml/nexus-password", "legacy/maven-settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>glasklart-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("plist/decoy-google-client-id", "ios/Putsare/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CLIENT_ID</key>
  <string>@@pn@@-@@cl@@.apps.googleusercontent.com</string>
  <key>API_KEY</key>
  <string>@@key@@</string>
  <key>GCM_SENDER_ID</key>
  <string>@@pn@@</string>
  <key>BUNDLE_ID</key>
  <string>se.glasklart.putsare</string>
  <key>PROJECT_ID</key>
  <string>glasklart-putsare</string>
</dict>
</plist>
""", pn=str(_rng().randint(10**11, 10**12)), cl=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), key=google_key())

add("plist/revenuecat-secret", "ios/Putsare/Secrets.plist", "https://www.revenuecat.com/docs/projects/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>ApiBaseURL</key>
  <string>https://api.glasklart.se</string>
  <key>RevenueCatSecretKey</key>
  <string>@@secret@@</string>
</dict>
</plist>
""", "sk_" + rand_pw(32))

# ---------------------------------------------------------------- code in other languages
add("go/46elks-password", "cmd/smsgw/main.go", "https://46elks.com/docs/send-sms", """
package main

import (
	"log"
	"net/http"
	"net/url"
	"strings"
)

const (
	elksUser = "@@user@@"
	elksPass = "@@secret@@"
)

func sendSMS(to, msg string) error {
	form := url.Values{"from": {"Glasklart"}, "to": {to}, "message": {msg}}
	req, _ := http.NewRequest("POST", "https://api.46elks.com/a1/sms", strings.NewReader(form.Encode()))
	req.SetBasicAuth(elksUser, elksPass)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.Printf("sms till %s: %s", to, resp.Status)
	return nil
}

func main() {
	_ = sendSMS("+46701234567", "Påminnelse: fönsterputs imorgon kl 08-12")
}
""", HEXS(32), user=elks_user())

add("go/decoy-getenv", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	DatabaseURL  string
	StripeKey    string
	ElksUser     string
	ElksPassword string
}

func Load() Config {
	return Config{
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		StripeKey:    os.Getenv("STRIPE_SECRET_KEY"),
		ElksUser:     os.Getenv("ELKS_API_USERNAME"),
		ElksPassword: os.Getenv("ELKS_API_PASSWORD"),
	}
}
""")

add("go/postgres-password", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// TODO(anna): läs från config innan vi går live med nya lagappen
const dsn = "host=db.internal.glasklart.se port=5432 user=crewapp password=@@secret@@ dbname=glasklart sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", words_pw())

add("java/stripe-secret-key", "scheduling/src/main/java/se/glasklart/billing/StripeConfig.java", "https://docs.stripe.com/api/authentication", """
package se.glasklart.billing;

import com.stripe.Stripe;
import org.springframework.context.annotation.Configuration;
import jakarta.annotation.PostConstruct;

@Configuration
public class StripeConfig {

    // Avtalskunder (BRF:er) betalar med kort via portalen
    private static final String API_KEY = "@@secret@@";

    @PostConstruct
    public void init() {
        Stripe.apiKey = API_KEY;
        Stripe.setAppInfo("glasklart-scheduling", "4.2.0", "https://glasklart.se");
    }
}
""", stripe_key("rk_live_"))

add("java/decoy-value-annotation", "scheduling/src/main/java/se/glasklart/sms/SmsProperties.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.typesafe-configuration-properties", """
package se.glasklart.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "sms.elks")
public record SmsProperties(
        String username,
        String password,
        String sender) {

    public SmsProperties {
        if (sender == null) {
            sender = "Glasklart";
        }
    }
}
""")

add("java/ldap-password", "intranet/src/main/java/se/glasklart/auth/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/configuration.html", """
package se.glasklart.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc01.kontor.glasklart.local:636");
        source.setBase("DC=kontor,DC=glasklart,DC=local");
        source.setUserDn("CN=svc-intranet,OU=Service,DC=kontor,DC=glasklart,DC=local");
        source.setPassword("@@secret@@");
        return source;
    }
}
""", words_pw())

add("kotlin/google-maps-key", "android/app/src/main/java/se/glasklart/putsare/RouteRepository.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", """
package se.glasklart.putsare

import okhttp3.OkHttpClient
import okhttp3.Request

class RouteRepository(private val http: OkHttpClient) {
    // Server-nyckel för Directions API (ska egentligen gå via vår backend)
    private val directionsKey = "@@secret@@"

    fun route(origin: String, stops: List<String>): String {
        val waypoints = stops.joinToString("|")
        val url = "https://maps.googleapis.com/maps/api/directions/json" +
            "?origin=$origin&destination=$origin&waypoints=optimize:true|$waypoints&key=$directionsKey"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
""", google_key())

add("kotlin/decoy-buildconfig", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "se.glasklart.putsare"
    compileSdk = 34
    defaultConfig {
        applicationId = "se.glasklart.putsare"
        minSdk = 26
        versionCode = 341
        versionName = "3.4.1"
        buildConfigField("String", "API_BASE", "\\"https://api.glasklart.se\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("kotlin/signing-password", "android/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/glasklart-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "putsare"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        getByName("release") {
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
""", rand_pw(16))

add("csharp/mssql-password", "FasadPortal/Data/FasadContextFactory.cs", "https://learn.microsoft.com/en-us/ef/core/cli/dbcontext-creation", """
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FasadPortal.Data;

// Används bara av dotnet ef migrations
public class FasadContextFactory : IDesignTimeDbContextFactory<FasadContext>
{
    public FasadContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FasadContext>()
            .UseSqlServer("Server=tcp:fasadportal.database.windows.net,1433;Database=FasadPortal;" +
                          "User ID=fasadadmin;Password=@@secret@@;Encrypt=True;")
            .Options;
        return new FasadContext(options);
    }
}
""", words_pw())

add("csharp/decoy-configuration", "FasadPortal/Services/FortnoxClient.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
using System.Net.Http.Headers;
using System.Text;

namespace FasadPortal.Services;

public class FortnoxClient(HttpClient http, IConfiguration config)
{
    public async Task<string> RefreshAsync(string refreshToken)
    {
        var id = config["Fortnox:ClientId"];
        var secret = config["Fortnox:ClientSecret"];
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}"));
        var req = new HttpRequestMessage(HttpMethod.Post, "https://apps.fortnox.se/oauth-v1/token");
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        req.Content = new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken });
        var resp = await http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }
}
""")

add("csharp/sendgrid-api-key", "FasadPortal/Services/MailService.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace FasadPortal.Services;

public class MailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendOfferAsync(string to, string building, decimal priceSek)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("offert@fasadkollen.se", "Fasadkollen"),
            new EmailAddress(to),
            $"Offert fasadtvätt {building}",
            $"Pris: {priceSek:N0} kr inkl. moms", null);
        return _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Glasklart.se - WordPress (gamla bokningen) */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_glasklart' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'wp-db.glasklart.se' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '@@ak@@' );
define( 'SECURE_AUTH_KEY',  '@@sak@@' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw(), ak=rand_pw(64, "!#%&()*+,-./:;<=>?@[]^_{|}~"), sak=rand_pw(64, "!#%&()*+,-./:;<=>?@[]^_{|}~"))

add("php/decoy-wp-config-sample", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("php/swish-cert-password", "wp-content/plugins/glasklart-swish/swish.php", "https://developer.swish.nu/documentation/getting-started/swish-commerce-api", """
<?php
/**
 * Plugin Name: Glasklart Swish
 * Description: Swish-betalning för engångsputs.
 */
const SWISH_PAYEE = '1231181189';
const SWISH_CERT = __DIR__ . '/certs/swish_prod.pem';
const SWISH_CERT_PASSWORD = '@@secret@@';

function glasklart_swish_request(string $instructionId, int $amount, string $message): int {
    $ch = curl_init("https://cpc.getswish.net/swish-cpcapi/api/v2/paymentrequests/$instructionId");
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => 'PUT',
        CURLOPT_SSLCERT => SWISH_CERT,
        CURLOPT_SSLCERTPASSWD => SWISH_CERT_PASSWORD,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode([
            'payeeAlias' => SWISH_PAYEE, 'amount' => (string) $amount,
            'currency' => 'SEK', 'message' => $message,
            'callbackUrl' => 'https://glasklart.se/swish/callback',
        ]),
    ]);
    curl_exec($ch);
    return curl_getinfo($ch, CURLINFO_HTTP_CODE);
}
""", words_pw())

add("ruby/twilio-auth-token", "app/services/sms_reminder.rb", "https://www.twilio.com/docs/libraries/reference/twilio-ruby", """
require "twilio-ruby"

class SmsReminder
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN  = "@@secret@@"

  def initialize
    @client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  end

  def remind(booking)
    @client.messages.create(
      from: "+46766861234",
      to: booking.customer.phone,
      body: "Hej #{booking.customer.first_name}! Vi kommer #{booking.date} för fönsterputs."
    )
  end
end
""", hexs(32), sid=twilio_sid())

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("ruby/aws-secret-key", "config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: eu-north-1
  bucket: fasadkollen-besiktningar
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("rust/mqtt-password", "lift-gateway/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    // Gateway i skyliftens hytt: skickar höjd och vind till kontoret
    let mut opts = MqttOptions::new("lift-07", "mqtt.liftfleet.glasklart.se", 8883);
    opts.set_credentials("lift-07", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("lifts/07/cmd", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(20))

add("rust/decoy-env-var", "lift-gateway/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub broker: String,
    pub username: String,
    pub password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "localhost".into()),
            username: env::var("MQTT_USER").expect("MQTT_USER"),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("swift/google-maps-key", "ios/Putsare/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key", """
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@secret@@")
        return true
    }
}
""", google_key())

add("swift/decoy-info-plist-lookup", "ios/Putsare/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """
import Foundation

enum Config {
    static var apiBase: URL {
        URL(string: Bundle.main.object(forInfoDictionaryKey: "API_BASE") as! String)!
    }
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""
    }
    static let supportPhone = "+46 8 123 456 78"
}
""")

add("typescript/stripe-secret-key", "booking-portal/server/payments.ts", "https://docs.stripe.com/api/authentication", """
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "@@secret@@", {
  apiVersion: "2024-06-20",
});

export async function createCheckout(bookingId: string, amountOre: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    currency: "sek",
    line_items: [{ price_data: { currency: "sek", unit_amount: amountOre, product_data: { name: "Fönsterputs" } }, quantity: 1 }],
    metadata: { bookingId },
    success_url: "https://boka.glasklart.se/tack",
    cancel_url: "https://boka.glasklart.se/avbrutet",
  });
}
""", stripe_key())

add("typescript/decoy-publishable-key", "booking-portal/src/lib/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publik nyckel - får ligga i klienten
export const stripePromise = loadStripe("@@pk@@");

export const SERVICE_LABELS: Record<string, string> = {
  windows: "Fönsterputs in- och utsida",
  outside: "Fönsterputs utsida",
  gutters: "Rensning av hängrännor",
};
""", pk=stripe_key("pk_live_"))

add("typescript/discord-webhook", "ops-bot/src/alerts.ts", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
const WEBHOOK = "@@secret@@";

export async function alertLift(liftId: string, windMs: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `:warning: Skylift ${liftId}: vind ${windMs} m/s, avbryt arbetet i korgen` }),
  });
}
""", discord_webhook())

add("typescript/decoy-test-mock", "booking-portal/server/__tests__/payments.test.ts", "https://jestjs.io/docs/mock-functions", """
import { createCheckout } from "../payments";

jest.mock("stripe", () => jest.fn().mockImplementation(() => ({
  checkout: { sessions: { create: jest.fn().mockResolvedValue({ id: "cs_test_123", url: "https://checkout.stripe.com/c/pay/cs_test_123" }) } },
})));

process.env.STRIPE_SECRET_KEY = "sk_test_dummy";

test("creates a checkout in SEK", async () => {
  const session = await createCheckout("b-42", 89500);
  expect(session.id).toBe("cs_test_123");
});
""")

# ---------------------------------------------------------------- docs, runbooks, handover notes
add("markdown/lift-telematics-password", "docs/runbooks/skylift-telematik.md", "https://www.genielift.com/en/support/telematics", """
# Runbook: skyliftarnas telematik

Vi har fyra skyliftar (Genie Z-45, Niftylift HR21, två släpliftar). Alla rapporterar via
leverantörens portal och vidare till vår MQTT-broker.

## Logga in i leverantörsportalen

- URL: https://fleet.liftvendor.example/
- Användare: `drift@glasklart.se`
- Lösenord: `@@secret@@`

## När en lift inte rapporterar

1. Kontrollera att huvudströmbrytaren är på (telematikboxen dör när batteriet är under 11,8 V).
2. Titta i portalen under *Assets -> Last seen*.
3. Ring leverantörens support 08-123 45 00 och uppge serienumret på liften.

## Vindgränser

| Lift | Max vind |
|------|----------|
| Z-45 | 12,5 m/s |
| HR21 | 12,5 m/s |
""", words_pw())

add("markdown/decoy-runbook-vault", "docs/runbooks/sms-leverantor.md", "https://46elks.com/docs", """
# Runbook: SMS via 46elks

Alla SMS (påminnelser, väderinställt) går via 46elks.

## Inloggning

API-användare och lösenord finns i Vault: `secret/sms/46elks` (fälten `username`, `password`).
Logga aldrig in med dem i webbläsaren; använd kontorets delade konto i 1Password ("46elks webb").

## Byta lösenord

1. Skapa nytt lösenord i 46elks dashboard -> Account -> API credentials.
2. `vault kv put secret/sms/46elks username=... password=...`
3. Kör `scripts/rotate_elks_password.sh`.
4. Kontrollera att ett test-SMS kommer fram: `make sms-test TO=+4670xxxxxxx`.
""")

add("markdown/wifi-router-admin-password", "docs/kontoret/natverk.md", "https://www.ui.com/download", """
# Kontorets nätverk (Ringvägen 12)

- Router: UniFi Dream Machine, 10.20.0.1
- Switch: USW-24-PoE i förrådet
- Skrivare: 10.20.0.40 (Brother)

## Admin

Inloggning till UniFi-controllern: `admin` / `@@secret@@`
(byt när Patrik slutar, se ärende IT-112)

## Gästnät

SSID `Glasklart-Gast`, lösenordet står på lappen i fikarummet och byts varje kvartal.
""", words_pw())

add("markdown/decoy-readme-example", "README.md", "https://docs.stripe.com/keys", """
# Glasklart bokningsportal

Bokning av fönsterputs, fasadtvätt och rensning av hängrännor.

## Kom igång

```bash
cp .env.example .env
# fyll i STRIPE_SECRET_KEY=sk_test_... från Stripe dashboard (testläge)
docker compose up -d
npm run dev
```

Testkort: `4242 4242 4242 4242`, valfritt datum i framtiden, CVC `123`.

## Miljövariabler

| Variabel | Beskrivning |
|----------|-------------|
| `STRIPE_SECRET_KEY` | Stripe hemlig nyckel (`sk_test_...` lokalt) |
| `ELKS_API_PASSWORD` | 46elks API-lösenord |
| `DATABASE_URL` | Postgres, t.ex. `postgres://glasklart:glasklart@localhost/glasklart` |
""")

add("markdown/fortnox-client-secret", "docs/handover/ekonomi-integration.md", "https://www.fortnox.se/developer/authorization", """
# Överlämning: Fortnox-integrationen (från Lina, mars)

Integrationen skapar faktura i Fortnox när ett jobb markeras klart i lagappen.

- Appen heter "Glasklart Jobb -> Faktura" i Fortnox utvecklarportal.
- Client ID: `@@cid@@`
- Client Secret: `@@secret@@`
- Redirect URI: `https://admin.glasklart.se/fortnox/callback`

Refresh-token ligger i tabellen `integration_tokens` och förnyas automatiskt.
Om den går ut (45 dagar utan körning, t.ex. efter julen) måste någon med admin i Fortnox
godkänna appen igen via `/fortnox/connect`.
""", rand_pw(10), cid=rand_pw(12))

add("markdown/decoy-redacted-handover", "docs/handover/it-konton.md", "https://www.cisa.gov/secure-our-world/use-strong-passwords", """
# Överlämning IT-konton

| System | Konto | Lösenord |
|--------|-------|----------|
| Fortnox | ekonomi@glasklart.se | i 1Password |
| 46elks | api | `********` (Vault) |
| UniFi | admin | se lappen i kassaskåpet |
| Microsoft 365 | admin@glasklart.onmicrosoft.com | MFA, Bitwarden |

Alla lösenord byttes 2024-11-04 efter att Patrik slutade.
""")

add("markdown/private-key", "docs/deploy/ssh-nyckel-byggserver.md", "https://www.ssh.com/academy/ssh/keygen", """
# SSH till byggservern

Jenkins använder den här nyckeln för att deploya till `app01.glasklart.se`.
Lägg den i `~/.ssh/glasklart_deploy` och `chmod 600`.

```
@@secret@@
```

Publik nyckel finns i `authorized_keys` för användaren `deploy`.
""", pem("OPENSSH"))

add("markdown/decoy-public-key", "docs/deploy/authorized-keys.md", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", """
# Publika nycklar för deploy-användaren

Lägg till i `/home/deploy/.ssh/authorized_keys`:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jenkins@build01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ anna@laptop
```

Fingeravtryck: `SHA256:@@fp@@`
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), fp=rand_pw(43, "+/"))

add("markdown/drone-api-key", "docs/inspektion/dronarflygning.md", "https://developer.dji.com/doc/cloud-api-tutorial/en/", """
# Drönarinspektion av fasader

Vi flyger DJI Mavic 3 Enterprise för att inspektera fasader före offert (höga hus, >4 våningar).

## Checklista före flygning

- Kolla LFV:s drönarkarta (kontrollzon Bromma!)
- Meddela fastighetsägaren och de boende 48 h innan
- Vind under 10 m/s

## Uppladdning

Bilderna laddas upp automatiskt till DJI FlightHub 2. Vår integration hämtar dem med
organisationsnyckeln:

    X-User-Token: @@secret@@

Projekt-id för fasadinspektioner: `@@proj@@`
""", rand_pw(48), proj=uuid_s())

add("markdown/decoy-weather-api", "docs/runbooks/vader-installt.md", "https://opendata.smhi.se/apidocs/metfcst/index.html", """
# Väderinställda jobb

Vi använder SMHI:s öppna prognos-API (ingen nyckel behövs):

    https://opendata-download-metfcst.smhi.se/api/category/pmp3g/version/2/geotype/point/lon/18.06/lat/59.33/data.json

Regler:
- Nederbörd > 0,5 mm/h mellan 07 och 16: fönsterputs utvändigt ställs in.
- Vind > 12,5 m/s: inga skyliftar.
- Under -15 °C: inget vatten i ledningarna, fasadtvätt ställs in.

Jobb-id i loggen ser ut så här: `job_2024-11-18_@@jid@@`.
""", jid=hexs(12))

add("markdown/smtp-password", "CONTRIBUTING.md", "https://docs.python.org/3/library/smtplib.html", """
# Bidra till fasadkollen-crm

1. Skapa en branch från `main`.
2. Kör `make test` innan du öppnar en PR.
3. Skriv commit-meddelanden på svenska eller engelska, men var konsekvent.

## Testa e-post lokalt

Mailhog fungerar för det mesta, men för att testa riktiga utskick mot besiktningskunder kan
du använda testkontot:

```
SMTP_HOST=smtp.office365.com
SMTP_USER=test-besiktning@fasadkollen.se
SMTP_PASSWORD=@@secret@@
```
""", words_pw())

# ---------------------------------------------------------------- sql, csv, logs
add("sql/postgres-role-password", "db/migrations/V12__reporting_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Rapportroll för Power BI (ekonomi tittar på intäkt per postnummer)
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE reports TO powerbi_reader;
GRANT USAGE ON SCHEMA public TO powerbi_reader;
GRANT SELECT ON fact_jobs, dim_customer, dim_crew TO powerbi_reader;
ALTER ROLE powerbi_reader SET statement_timeout = '60s';
""", words_pw())

add("sql/decoy-scram-hash", "db/dumps/roles.sql", "https://www.postgresql.org/docs/current/auth-password.html", """
--
-- PostgreSQL database cluster dump (roles only)
--
CREATE ROLE etl;
ALTER ROLE etl WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@st@@:@@sv@@';
CREATE ROLE routeplanner;
ALTER ROLE routeplanner WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt2@@$@@st2@@:@@sv2@@';
""", salt=b64(rand_pw(16))[:22] + "==", st=b64(rand_pw(32))[:43] + "=", sv=b64(rand_pw(32))[:43] + "=",
    salt2=b64(rand_pw(16))[:22] + "==", st2=b64(rand_pw(32))[:43] + "=", sv2=b64(rand_pw(32))[:43] + "=")

add("sql/hubspot-token", "db/seeds/integrations.sql", "https://developers.hubspot.com/docs/api/private-apps", """
-- Seed för integrationstabellen (prod). Körs en gång vid uppsättning.
INSERT INTO integrations (name, enabled, base_url, api_token, created_at) VALUES
  ('hubspot', true, 'https://api.hubapi.com', '@@secret@@', now()),
  ('smhi', true, 'https://opendata-download-metfcst.smhi.se', NULL, now()),
  ('fortnox', true, 'https://api.fortnox.se/3', NULL, now());

UPDATE integrations SET enabled = false WHERE name = 'visma';
""", hubspot_pat())

add("sql/decoy-customer-table", "db/migrations/V3__customers.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE customers (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL,
    personnummer_hash char(64) NOT NULL,  -- sha256, för RUT-ansökan
    address       text NOT NULL,
    postcode      char(5) NOT NULL,
    phone         text,
    portal_password_hash text,            -- argon2id
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_postcode_idx ON customers (postcode);
""")

add("sql/mssql-password", "FasadPortal/Sql/create_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """
USE master;
GO
CREATE LOGIN fasadapp WITH PASSWORD = '@@secret@@', CHECK_POLICY = ON;
GO
USE FasadPortal;
GO
CREATE USER fasadapp FOR LOGIN fasadapp;
ALTER ROLE db_datareader ADD MEMBER fasadapp;
ALTER ROLE db_datawriter ADD MEMBER fasadapp;
GO
""", words_pw())

add("csv/device-passwords", "exports/sitecams_inventory.csv", "https://www.hikvision.com/en/support/", """
serial;model;location;ip;user;password;installed
DS2CD2043G2-@@s1@@;DS-2CD2043G2-I;Ställning Sveavägen 44;10.30.1.11;admin;@@secret@@;2024-09-02
DS2CD2043G2-@@s2@@;DS-2CD2043G2-I;Ställning Götgatan 9;10.30.1.12;admin;@@secret@@;2024-09-16
DS2CD2043G2-@@s3@@;DS-2CD2043G2-I;Förrådet Årsta;10.30.1.13;admin;@@secret@@;2023-03-10
DS2CD2043G2-@@s4@@;DS-2CD2043G2-I;Ställning Hornsgatan 120;10.30.1.14;admin;@@secret@@;2024-10-21
""", words_pw(), s1=HEXS(8), s2=HEXS(8), s3=HEXS(8), s4=HEXS(8))

add("csv/decoy-job-export", "exports/jobb_2024-11.csv", "https://www.skatteverket.se/privat/fastigheterochbostad/rotochrutarbete.4.2e56d4ba1202f95012080002966.html", """
jobb_id,datum,lag,kund_id,postnummer,fonster,pris_sek,rut_sek,betalning_ref
@@j1@@,2024-11-04,Lag 1,@@c1@@,11346,18,1890,945,pi_@@p1@@
@@j2@@,2024-11-04,Lag 2,@@c2@@,11821,24,2390,1195,pi_@@p2@@
@@j3@@,2024-11-05,Lag 1,@@c3@@,12030,9,1090,545,swish_@@p3@@
@@j4@@,2024-11-05,Lag 3,@@c4@@,16872,31,3190,1595,pi_@@p4@@
""", j1=uuid_s(), j2=uuid_s(), j3=uuid_s(), j4=uuid_s(), c1=uuid_s(), c2=uuid_s(), c3=uuid_s(), c4=uuid_s(),
    p1=rand_pw(24), p2=rand_pw(24), p3=HEXS(32), p4=rand_pw(24))

add("csv/decoy-argon2-hashes", "exports/portal_users.csv", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html", """
user_id,email,role,password_hash,last_login
1,kontoret@glasklart.se,admin,$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@,2024-11-18T07:02:11Z
2,anna@glasklart.se,arbetsledare,$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@,2024-11-17T16:40:03Z
3,brf.solgarden@example.se,kund,$argon2id$v=19$m=65536,t=3,p=4$@@s3@@$@@h3@@,2024-10-30T19:12:55Z
4,lag1@glasklart.se,putsare,$argon2id$v=19$m=65536,t=3,p=4$@@s4@@$@@h4@@,2024-11-18T06:45:20Z
""", s1=rand_pw(22), h1=rand_pw(43), s2=rand_pw(22), h2=rand_pw(43), s3=rand_pw(22), h3=rand_pw(43), s4=rand_pw(22), h4=rand_pw(43))

add("log/postgres-password", "logs/etl-2024-11-18.log", "https://www.psycopg.org/psycopg3/docs/api/errors.html", """
2024-11-18 02:00:01,114 INFO etl.load starting nightly load
2024-11-18 02:00:01,220 DEBUG etl.load source=postgresql://etl_reader:@@secret@@@db.internal.glasklart.se:5432/glasklart
2024-11-18 02:00:02,871 INFO etl.load 143 jobb kopierade
2024-11-18 02:00:02,990 INFO etl.load 12 nya kunder
2024-11-18 02:00:03,004 INFO etl.load done in 2.9s
""", words_pw())

add("log/decoy-masked-token", "logs/sms-gateway.log", "https://46elks.com/docs/send-sms", """
2024-11-18T06:00:00Z INFO smsgw starting, user=u0c1e*** password=****
2024-11-18T06:00:04Z INFO smsgw sent id=s@@i1@@ to=+46701****67 status=created
2024-11-18T06:00:05Z INFO smsgw sent id=s@@i2@@ to=+46733****12 status=created
2024-11-18T06:00:05Z WARN smsgw retry id=s@@i3@@ to=+46708****90 reason=rate_limited
2024-11-18T06:00:07Z INFO smsgw sent id=s@@i3@@ to=+46708****90 status=created
""", i1=hexs(32), i2=hexs(32), i3=hexs(32))

add("log/slack-bot-token", "logs/crew-alerts-debug.log", "https://api.slack.com/authentication/token-types#bot", """
[2024-11-12 07:14:02] DEBUG config loaded: {'channel': '#arbetsledning', 'token': '@@secret@@'}
[2024-11-12 07:14:02] INFO SMHI forecast fetched for 59.33,18.06
[2024-11-12 07:14:03] WARN wind 13.1 m/s > 12.5 m/s, alerting
[2024-11-12 07:14:03] INFO posted to #arbetsledning ts=1731392043.000200
[2024-11-12 07:14:03] INFO done
""", slack_bot())

add("log/decoy-request-ids", "logs/booking-api-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.0.3.4 - - [18/Nov/2024:08:01:12 +0100] "GET /api/slots?postcode=11346 HTTP/1.1" 200 812 "-" "Mozilla/5.0" rid=@@r1@@
10.0.3.4 - - [18/Nov/2024:08:01:15 +0100] "POST /api/bookings HTTP/1.1" 201 244 "-" "Mozilla/5.0" rid=@@r2@@
10.0.3.9 - - [18/Nov/2024:08:02:40 +0100] "GET /api/bookings/@@b1@@ HTTP/1.1" 200 530 "-" "okhttp/4.12" rid=@@r3@@
10.0.3.9 - - [18/Nov/2024:08:03:02 +0100] "POST /webhooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0" rid=@@r4@@
10.0.3.4 - - [18/Nov/2024:08:04:19 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), b1=uuid_s())

# ---------------------------------------------------------------- notebooks
add("notebook/google-maps-key", "analysis/rutter_per_postnummer.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Restid mellan jobb per postnummer\n", "Underlag för att dela in lagen i zoner."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import googlemaps\n", "\n", "gmaps = googlemaps.Client(key=\"@@secret@@\")\n",
            "jobs = pd.read_csv('../exports/jobb_2024-11.csv')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "m = gmaps.distance_matrix(['11346 Stockholm'], ['16872 Bromma'], mode='driving')\n", "m['rows'][0]['elements'][0]['duration']"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), google_key())

add("notebook/decoy-getpass", "analysis/intakt_per_lag.ipynb", "https://docs.python.org/3/library/getpass.html", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Intäkt per lag och månad"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
            "pw = getpass.getpass('Lösenord för powerbi_reader: ')\n",
            "engine = sa.create_engine(f'postgresql://powerbi_reader:{pw}@warehouse.internal.glasklart.se/reports')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql('SELECT lag, date_trunc(\\'month\\', datum) m, sum(pris_sek) FROM fact_jobs GROUP BY 1, 2', engine)\n", "df.pivot(index='m', columns='lag')"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1))

add("notebook/openai-key", "analysis/offert_fran_foto.ipynb", "https://platform.openai.com/docs/api-reference/authentication", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Prototyp: offert från foto av fasaden"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "from openai import OpenAI\n", "client = OpenAI(api_key='@@secret@@')\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Uppskattat antal fönster: 36\n"]}], "source": [
            "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Hur många fönster?'}])\n", "print(r.choices[0].message.content)"]},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), fakes.openai_key(_seed()))

# ---------------------------------------------------------------- more configs
add("ini/npm-token", "booking-portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@glasklart:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-npmrc-env", "facade-crm/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@glasklart:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("ini/netrc-password", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
machine nexus.glasklart.se
  login deploy
  password @@secret@@
machine api.46elks.com
  login @@user@@
  password @@p2@@
""", rand_pw(20), user=elks_user(), p2=HEXS(32))

add("json/github-token", "ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@enc@@"
    },
    "glasklart.azurecr.io": {
      "identitytoken": "@@idt@@"
    }
  },
  "credsStore": ""
}
""", (gh := fakes.github_token(_seed())), enc=b64("glasklart-ci:" + gh), idt=jwt_like())

add("json/decoy-docker-credhelper", "ci/docker-config.example.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "credHelpers": {
    "glasklart.azurecr.io": "acr-env",
    "ghcr.io": "gh"
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("yaml/redis-password", "deploy/helm/dispatch/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """
replicaCount: 2
image:
  repository: ghcr.io/glasklart/dispatch
  tag: "2.14.0"
env:
  DISPATCH_CRON: "0 6 * * 1-5"
  TZ: Europe/Stockholm
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
resources:
  limits:
    memory: 256Mi
""", fakes.redis_password(_seed()))

add("yaml/decoy-helm-existing-secret", "deploy/helm/dispatch/values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """
replicaCount: 1
image:
  repository: ghcr.io/glasklart/dispatch
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: redis-auth
    existingSecretPasswordKey: redis-password
ingress:
  enabled: false
""")

add("yaml/cloud-init-password", "infra/cloud-init/lift-gateway.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords", """
#cloud-config
hostname: lift-gw-03
timezone: Europe/Stockholm
chpasswd:
  expire: false
  users:
    - name: pi
      password: @@secret@@
      type: text
ssh_pwauth: true
packages:
  - mosquitto-clients
  - python3-serial
runcmd:
  - systemctl enable --now lift-gateway
""", words_pw())

add("yaml/mqtt-password", "kontoret/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant på kontoret: larm, förrådsdörr, laddboxar till bilarna
latitude: 59.3165
longitude: 18.0583
mqtt_password: @@secret@@
verisure_email: larm@glasklart.se
easee_username: drift@glasklart.se
""", rand_pw(18))

add("yaml/decoy-home-assistant-config", "kontoret/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Kontoret Ringvägen
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Europe/Stockholm
mqtt:
  broker: 10.20.0.5
  username: homeassistant
  password: !secret mqtt_password
automation: !include automations.yaml
""")

add("k8s-secret/stripe-webhook-secret", "k8s/booking/stripe.yaml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: booking
type: Opaque
data:
  webhook-secret: @@enc@@
  publishable-key: @@pkenc@@
""", (wh := fakes.fake("whsec_", 32, _seed())), enc=b64(wh), pkenc=b64(stripe_key("pk_live_")))

add("k8s-secret/decoy-configmap", "k8s/booking/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: booking
data:
  APP_URL: https://boka.glasklart.se
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  SENTRY_DSN: https://@@pub@@@o@@org@@.ingest.de.sentry.io/@@proj@@
  DEFAULT_CURRENCY: sek
""", pk=stripe_key("pk_live_"), pub=hexs(32), org=str(_rng().randint(10**5, 10**7)), proj=str(_rng().randint(10**6, 10**7)))

add("k8s/decoy-deployment-secretref", "k8s/crm/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: crm
  namespace: crm
spec:
  replicas: 2
  selector:
    matchLabels: { app: crm }
  template:
    metadata:
      labels: { app: crm }
    spec:
      containers:
        - name: crm
          image: ghcr.io/fasadkollen/crm:5.1.2
          env:
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef: { name: smtp, key: SMTP_PASSWORD }
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: { name: twilio, key: TWILIO_AUTH_TOKEN }
""")

add("k8s/mailgun-api-key", "k8s/crm/cronjob-invoice-reminders.yaml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: invoice-reminders
  namespace: crm
spec:
  schedule: "0 9 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reminders
              image: ghcr.io/fasadkollen/crm:5.1.2
              args: ["python", "-m", "crm.reminders"]
              env:
                - name: MAILGUN_API_KEY
                  value: "@@secret@@"
                - name: MAILGUN_DOMAIN
                  value: mg.fasadkollen.se
""", mailgun_key())

add("github-actions/aws-secret-key", ".github/workflows/photo-backup.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: Backup av jobbfoton
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-north-1
      - run: aws s3 sync s3://glasklart-jobbfoton s3://glasklart-jobbfoton-backup --storage-class GLACIER
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
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
          role-to-assume: arn:aws:iam::123456789012:role/glasklart-terraform-plan
          aws-region: eu-north-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra plan -no-color
""")

add("github-actions/telegram-bot-token", ".github/workflows/notify-crew.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: Meddela lagen om ny release av lagappen
on:
  release:
    types: [published]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Skicka till Telegram-gruppen
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001876543210 \\
            -d text="Ny version av lagappen: ${{ github.event.release.tag_name }}. Uppdatera i Play/App Store."
""", fakes.telegram_token(_seed()))

add("terraform/decoy-random-password", "infra/database.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "glasklart-pg"
  resource_group_name    = azurerm_resource_group.main.name
  location               = "swedencentral"
  version                = "16"
  administrator_login    = "pgadmin"
  administrator_password = random_password.db.result
  sku_name               = "B_Standard_B1ms"
  storage_mb             = 32768
}
""")

add("terraform/github-token", "infra/github/main.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs#authentication", """
provider "github" {
  owner = "glasklart"
  token = "@@secret@@"
}

resource "github_repository" "route_planner" {
  name       = "route-planner"
  visibility = "private"
}

resource "github_branch_protection" "main" {
  repository_id  = github_repository.route_planner.node_id
  pattern        = "main"
  enforce_admins = true
}
""", fakes.github_fine_grained_token(_seed()))

add("terraform/datadog-api-key", "infra/monitoring/datadog.auto.tfvars", "https://docs.datadoghq.com/account_management/api-app-keys/", """
# Övervakning av bokningsportalen och lagappens backend
datadog_api_key = "@@secret@@"
datadog_app_key = "@@app@@"
datadog_site    = "datadoghq.eu"
alert_channel   = "@slack-arbetsledning"
""", hexs(32), app=hexs(40))

add("shell/stripe-secret-key", "scripts/refund.sh", "https://docs.stripe.com/api/refunds/create", """
#!/usr/bin/env bash
# Återbetala ett inställt jobb: ./refund.sh pi_XXXX [belopp i öre]
set -eu
PI="$1"
AMOUNT="${2:-}"
curl https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent="$PI" \\
  ${AMOUNT:+-d amount="$AMOUNT"} \\
  -d reason=requested_by_customer
""", stripe_key())

add("shell/decoy-op-read", "scripts/dev_env.sh", "https://developer.1password.com/docs/cli/secret-references/", """
#!/usr/bin/env bash
# Laddar utvecklingsmiljön från 1Password
export STRIPE_SECRET_KEY="$(op read 'op://Utveckling/Stripe test/secret key')"
export ELKS_API_PASSWORD="$(op read 'op://Utveckling/46elks sandbox/password')"
export DATABASE_URL="postgres://glasklart:glasklart@localhost:5432/glasklart"
echo "Miljön laddad för $(whoami)"
""")

add("shell/lift-controller-password", "scripts/lift_firmware_update.sh", "https://www.openssh.com/manual.html", """
#!/usr/bin/env bash
# Uppdaterar firmware på telematikboxarna i skyliftarna (körs från verkstaden)
set -euo pipefail
FW=${1:?firmware-fil}
for ip in 10.40.0.21 10.40.0.22 10.40.0.23; do
  sshpass -p '@@secret@@' scp "$FW" root@"$ip":/tmp/fw.bin
  sshpass -p '@@secret@@' ssh root@"$ip" 'sysupgrade -n /tmp/fw.bin' || echo "misslyckades: $ip"
done
""", words_pw())

add("shell/decoy-sha256sums", "scripts/verify_firmware.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/bin/sh
# Kontrollera checksummor innan firmware laddas in i liftarna
cat > /tmp/SHA256SUMS <<'SUMS'
@@h1@@  telematics-fw-2.4.1.bin
@@h2@@  telematics-fw-2.4.2.bin
SUMS
sha256sum -c /tmp/SHA256SUMS
""", h1=hexs(64), h2=hexs(64))

add("powershell/decoy-credential-prompt", "ops/New-CrewAccount.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([Parameter(Mandatory)] [string]$Name, [Parameter(Mandatory)] [string]$Team)
# Skapar konto för ny putsare i AD och lägger till i lagets grupp
$pw = Read-Host -AsSecureString "Startlösenord för $Name"
$sam = ($Name -replace '\\s', '.').ToLower()
New-ADUser -Name $Name -SamAccountName $sam -AccountPassword $pw -Enabled $true `
  -Path "OU=Putsare,OU=Personal,DC=kontor,DC=glasklart,DC=local" -ChangePasswordAtLogon $true
Add-ADGroupMember -Identity "Lag-$Team" -Members $sam
""")

add("powershell/ftp-password", "ops/Get-DroneImages.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
# Hämtar drönarbilder från inspektionsfirman till filservern
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("glasklart", "@@secret@@")
$files = @("fasad_norr.zip", "fasad_syd.zip")
foreach ($f in $files) {
    $client.DownloadFile("ftp://ftp.dronarinspektion.se/leveranser/glasklart/$f", "\\\\fileserver\\inspektion\\$f")
}
""", words_pw())

# ---------------------------------------------------------------- more vendors and peers
add("python/mailchimp-api-key", "marketing/newsletter_sync.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", '''
"""Synkar kunder som godkänt nyhetsbrev (vårputs-erbjudanden) till Mailchimp."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
LIST_ID = "a1b2c3d4e5"


def sync(customers):
    for c in customers:
        if not c.newsletter_consent:
            continue
        client.lists.set_list_member(LIST_ID, c.email_hash, {
            "email_address": c.email, "status_if_new": "subscribed",
            "merge_fields": {"FNAME": c.first_name, "POSTNR": c.postcode},
        })
''', hexs(32) + "-us21")

add("python/decoy-mailchimp-list-ids", "marketing/campaigns.py", "https://mailchimp.com/developer/marketing/api/lists/", '''
"""Kampanjer per säsong. Id:n är Mailchimps list- och mall-id:n, inte hemligheter."""
CAMPAIGNS = {
    "varputs": {"list_id": "@@l1@@", "template_id": 10234, "segment": "villa"},
    "hostputs": {"list_id": "@@l1@@", "template_id": 10235, "segment": "villa"},
    "brf-fasad": {"list_id": "@@l2@@", "template_id": 10301, "segment": "brf"},
}
SEND_HOUR = 9
''', l1=hexs(10), l2=hexs(10))

add("python/google-oauth-client-secret", "glasklart/calendar_sync.py", "https://developers.google.com/identity/protocols/oauth2/web-server", '''
"""Synkar lagens scheman till Google Kalender (en kalender per lag)."""
from google_auth_oauthlib.flow import Flow

CLIENT_CONFIG = {
    "web": {
        "client_id": "@@cid@@.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["https://admin.glasklart.se/oauth/google/callback"],
    }
}
SCOPES = ["https://www.googleapis.com/auth/calendar"]


def flow() -> Flow:
    return Flow.from_client_config(CLIENT_CONFIG, scopes=SCOPES,
                                   redirect_uri=CLIENT_CONFIG["web"]["redirect_uris"][0])
''', "GOCSPX-" + rand_pw(28, "-_"), cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/teams-webhook", "glasklart/alerts/teams.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", '''
import requests

# Kanal "Arbetsledning" i Teams
WEBHOOK_URL = "@@secret@@"


def post_incident(crew: str, address: str, text: str) -> None:
    card = {
        "@type": "MessageCard",
        "summary": f"Tillbud {crew}",
        "title": f"Tillbud: {crew} på {address}",
        "text": text,
        "themeColor": "D7000C",
    }
    requests.post(WEBHOOK_URL, json=card, timeout=10).raise_for_status()
''', teams_webhook())

add("python/stripe-secret-key", "scripts/monthly_payouts.py", "https://docs.stripe.com/api/payouts/list", '''
"""Månadsrapport över Stripe-utbetalningar till ekonomi (körs den 1:a varje månad)."""
import csv
import sys

import stripe

# delad i två så att GitHub inte klagar (tillfälligt!!)
stripe.api_key = ("@@a@@"
                  "@@b@@")

writer = csv.writer(sys.stdout, delimiter=";")
writer.writerow(["id", "datum", "belopp_sek", "status"])
for payout in stripe.Payout.list(limit=100).auto_paging_iter():
    writer.writerow([payout.id, payout.arrival_date, payout.amount / 100, payout.status])
''', (sk := stripe_key()), a=sk[:16], b=sk[16:])

add("python/decoy-regex-patterns", "glasklart/security/redact.py", "https://docs.python.org/3/library/re.html", '''
"""Maskerar känsliga värden innan loggar skickas till Datadog."""
import re

PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9a-zA-Z]{24,}"),
    re.compile(r"whsec_[0-9a-zA-Z]{32,}"),
    re.compile(r"u[0-9a-f]{32}"),                       # 46elks API-användare
    re.compile(r"(?i)password=([^&\\s]+)"),
    re.compile(r"\\b\\d{6,8}[-+]?\\d{4}\\b"),            # personnummer
]


def redact(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub("[MASKERAT]", text)
    return text
''')

add("python/decoy-webhook-verify", "glasklart/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", '''
import os

import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_webhooks", __name__)
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@bp.post("/webhooks/stripe")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_booking_paid(event["data"]["object"]["metadata"]["bookingId"])
    return "", 200
''')

add("python/stripe-webhook-secret", "glasklart/payments/webhooks_legacy.py", "https://docs.stripe.com/webhooks#verify-official-libraries", '''
import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_webhooks_legacy", __name__)
ENDPOINT_SECRET = "@@secret@@"


@bp.post("/stripe/hook")
def hook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except Exception:
        abort(400)
    return {"received": event["type"]}
''', fakes.fake("whsec_", 32, _seed()))

add("python/visma-client-secret", "integrations/visma_eaccounting.py", "https://developer.visma.com/api/eaccounting", '''
"""Fasadkollen bokför i Visma eEkonomi (dotterbolaget), inte i Fortnox."""
from requests_oauthlib import OAuth2Session

CLIENT_ID = "fasadkollen"
CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://identity.vismaonline.com/connect/token"
API = "https://eaccountingapi.vismaonline.com/v2"


def client(token: dict) -> OAuth2Session:
    return OAuth2Session(CLIENT_ID, token=token, auto_refresh_url=TOKEN_URL,
                         auto_refresh_kwargs={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})


def customer_invoices(token: dict) -> list:
    return client(token).get(f"{API}/customerinvoices").json()["Data"]
''', rand_pw(40, "-_"))

add("python/scrive-api-secret", "integrations/scrive_contracts.py", "https://apidocs.scrive.com/", '''
"""Skickar serviceavtal (BRF, fasadtvätt vartannat år) för e-signering via Scrive."""
import requests

OAUTH = ('OAuth oauth_signature_method="PLAINTEXT", '
         'oauth_consumer_key="@@ck@@", oauth_token="@@tk@@", '
         'oauth_signature="@@secret@@&@@ts@@"')


def new_contract(pdf_path: str) -> str:
    with open(pdf_path, "rb") as fh:
        r = requests.post("https://scrive.com/api/v2/documents/new",
                          headers={"Authorization": OAUTH}, files={"file": fh}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
''', rand_pw(16), ck=rand_pw(16), tk=rand_pw(16), ts=rand_pw(16))

add("yaml/cloudflare-api-token", "infra/dns/octodns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@secret@@
zones:
  glasklart.se.:
    sources: [config]
    targets: [cloudflare]
  fasadkollen.se.:
    sources: [config]
    targets: [cloudflare]
""", rand_pw(40, "-_"))

add("yaml/decoy-octodns-env", "infra/dns/octodns.example.yaml", "https://github.com/octodns/octodns-cloudflare", """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: env/CLOUDFLARE_TOKEN
zones:
  glasklart.se.:
    sources: [config]
    targets: [cloudflare]
""")

add("yaml/gitlab-token", "renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """
# Renovate för de interna repona på GitLab (fasadkollen)
platform: gitlab
endpoint: https://gitlab.fasadkollen.se/api/v4/
token: @@secret@@
repositories:
  - fasadkollen/crm
  - fasadkollen/besiktning-app
onboarding: false
timezone: Europe/Stockholm
schedule: ["before 7am on monday"]
""", gitlab_token())

add("yaml/digitalocean-token", "infra/spaces/rclone-job.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
# Gammalt jobb: speglar DO Spaces till Azure (tas bort efter flytten)
schedule: "15 1 * * *"
job:
  image: rclone/rclone:1.68
  env:
    DIGITALOCEAN_TOKEN: @@secret@@
    RCLONE_CONFIG_DO_TYPE: s3
    RCLONE_CONFIG_DO_PROVIDER: DigitalOcean
    RCLONE_CONFIG_DO_ENDPOINT: fra1.digitaloceanspaces.com
  args: ["sync", "do:glasklart-foton", "azure:foton"]
""", "dop_v1_" + hexs(64))

add("yaml/decoy-openapi-spec", "api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/", """
openapi: 3.0.3
info:
  title: Glasklart Booking API
  version: 2.8.0
servers:
  - url: https://api.glasklart.se/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    Booking:
      type: object
      properties:
        id: { type: string, format: uuid, example: "@@ex@@" }
        postcode: { type: string, example: "11346" }
security:
  - ApiKeyAuth: []
paths: {}
""", ex=uuid_s())

add("json/postmark-server-token", "facade-crm/config/production.json", "https://postmarkapp.com/developer/api/overview#authentication", """
{
  "app": { "port": 3000, "baseUrl": "https://crm.fasadkollen.se" },
  "mail": {
    "provider": "postmark",
    "serverToken": "@@secret@@",
    "from": "besiktning@fasadkollen.se",
    "messageStream": "outbound"
  },
  "inspection": { "reportBucket": "fasadkollen-besiktningar", "defaultIntervalMonths": 24 }
}
""", uuid_s())

add("json/decoy-postmark-template-ids", "facade-crm/config/templates.json", "https://postmarkapp.com/developer/api/templates-api", """
{
  "templates": {
    "inspection-report": { "id": 36281044, "alias": "besiktningsrapport" },
    "offer": { "id": 36281051, "alias": "offert" },
    "reminder": { "id": 36281057, "alias": "paminnelse" }
  },
  "trackOpens": true,
  "webhookId": "@@wh@@"
}
""", wh=uuid_s())

add("json/decoy-vscode-launch", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Ruttplanerare",
      "type": "debugpy",
      "request": "launch",
      "module": "route_planner.app",
      "envFile": "${workspaceFolder}/.env",
      "env": { "ROUTE_API_KEY": "dev-only-not-secret", "LOG_LEVEL": "debug" }
    }
  ]
}
""")

add("json/azure-devops-pat", ".vscode/settings.json", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "azure-pipelines.customSchemaFile": "",
  "azureDevOps.organization": "glasklart",
  "azureDevOps.personalAccessToken": "@@secret@@",
  "files.exclude": { "**/__pycache__": true }
}
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

# ---------------------------------------------------------------- last group
add("xml/smtp-password", "FasadPortal/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/network-programming/mailsettings-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ReportFolder" value="\\\\fileserver\\besiktning" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="besiktning@fasadkollen.se" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="besiktning@fasadkollen.se" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("xml/decoy-web-config-transform", "FasadPortal/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Default" connectionString="__DB_CONNECTION_STRING__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""")

add("properties/gradle-signing-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystore/glasklart-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=putsare
RELEASE_KEY_PASSWORD=@@secret@@
""", rand_pw(16))

add("properties/decoy-gradle-properties", "android/gradle.properties.example", "https://developer.android.com/build/gradle-tips", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
# Sätt i ~/.gradle/gradle.properties, inte här
RELEASE_STORE_FILE=
RELEASE_STORE_PASSWORD=
RELEASE_KEY_ALIAS=putsare
RELEASE_KEY_PASSWORD=
""")

add("ruby/mysql-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: fasadkollen_dev
  username: root
  password:

production:
  <<: *default
  database: fasadkollen
  host: mysql.internal.fasadkollen.se
  username: fasadkollen
  password: @@secret@@
""", words_pw())

add("ruby/decoy-database-yml-env", "besiktning-app/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: besiktning_dev

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["BESIKTNING_DATABASE_PASSWORD"] %>
""")

add("php/laravel-app-key", "fasadkollen-web/.env", "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME=Fasadkollen
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://fasadkollen.se

DB_CONNECTION=mysql
DB_HOST=mysql.internal.fasadkollen.se
DB_DATABASE=fasadkollen_web
DB_USERNAME=web
DB_PASSWORD=${DB_PASSWORD}
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("php/decoy-laravel-config", "fasadkollen-web/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
    'elks' => [
        'username' => env('ELKS_API_USERNAME'),
        'password' => env('ELKS_API_PASSWORD'),
        'sender' => env('ELKS_SENDER', 'Fasadkollen'),
    ],
    'google_maps' => [
        'browser_key' => env('GOOGLE_MAPS_BROWSER_KEY'),
    ],
];
""")

add("shell/zettle-client-credentials", "scripts/zettle_daily_sales.sh", "https://developer.zettle.com/docs/api/authentication", """
#!/usr/bin/env bash
# Hämtar gårdagens kortköp i Zettle (putsarna tar betalt på plats för engångsjobb)
set -euo pipefail
FROM=$(date -d yesterday +%F)
TOKEN=$(curl -s https://oauth.zettle.com/token \\
  -H 'Authorization: Basic @@secret@@' \\
  -d grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer \\
  -d client_id=@@cid@@ | jq -r .access_token)
curl -s "https://purchase.izettle.com/purchases/v2?startDate=$FROM" -H "Authorization: Bearer $TOKEN" \\
  | jq -r '.purchases[] | [.timestamp, .amount] | @csv'
""", b64(uuid_s() + ":" + rand_pw(32)), cid=uuid_s())

add("shell/decoy-htpasswd-hash", "deploy/nginx/create_htpasswd.sh", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
#!/bin/sh
# Skyddar statistiksidan med basic auth. Filen innehåller bara hashar.
cat > /etc/nginx/.htpasswd <<'HT'
ekonomi:$apr1$@@s1@@$@@h1@@
anna:$apr1$@@s2@@$@@h2@@
HT
chmod 640 /etc/nginx/.htpasswd
nginx -s reload
""", s1=rand_pw(8), h1=rand_pw(22, "./"), s2=rand_pw(8), h2=rand_pw(22, "./"))

add("shell/gps-tracker-password", "scripts/teltonika_set_apn.sh", "https://wiki.teltonika-gps.com/view/FMB_SMS/GPRS_Commands", """
#!/usr/bin/env bash
# Konfigurerar GPS-spårarna i servicebilarna via SMS (Teltonika FMB920)
# SMS-format: "<login> <lösenord> <kommando>"
LOGIN=glasklart
PASS='@@secret@@'
for phone in +46701112233 +46701112234 +46701112235; do
  ./send_sms.py "$phone" "$LOGIN $PASS setparam 2001:online.telia.se"
  ./send_sms.py "$phone" "$LOGIN $PASS setparam 2004:gps.glasklart.se"
done
""", rand_pw(8))

add("dockerfile/decoy-arg-no-default", "dispatch/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG GIT_SHA
ENV GIT_SHA=${GIT_SHA} \\
    PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["celery", "-A", "dispatch", "worker", "-l", "info"]
""")

add("dockerfile/postgres-password", "db/Dockerfile", "https://hub.docker.com/_/postgres", """
FROM postgres:16
# Testdatabas med anonymiserad kopia av kunder, används av demo-miljön för säljarna
ENV POSTGRES_USER=demo
ENV POSTGRES_PASSWORD=@@secret@@
ENV POSTGRES_DB=glasklart_demo
COPY demo_dump.sql /docker-entrypoint-initdb.d/
""", words_pw())

add("compose/decoy-compose-dev-defaults", "docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/", """
# Lokalt: mailhog och en tom databas
services:
  db:
    environment:
      POSTGRES_PASSWORD: postgres
  mailhog:
    image: mailhog/mailhog
    ports: ["8025:8025"]
  web:
    environment:
      DEBUG: "1"
      EMAIL_HOST: mailhog
""")

add("compose/rabbitmq-password", "dispatch/docker-compose.rabbit.yml", "https://hub.docker.com/_/rabbitmq", """
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: dispatch
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports:
      - "5672:5672"
      - "15672:15672"
  worker:
    build: .
    environment:
      CELERY_BROKER_URL: amqp://dispatch:@@secret@@@rabbitmq:5672//
""", rand_pw(22))

add("go/telegram-bot-token", "cmd/weatherbot/main.go", "https://core.telegram.org/bots/api", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// Skickar väderbeslut (kör / ställ in) till lagledarnas Telegram-grupp
var botToken = "@@secret@@"

const chatID = "-1001876543210"

func notify(text string) error {
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(endpoint, url.Values{"chat_id": {chatID}, "text": {text}})
	return err
}

func main() {
	_ = notify("Regn efter 11: utvändig puts ställs in, invändig kör som vanligt.")
}
""", fakes.telegram_token(_seed()))

add("java/decoy-test-constants", "scheduling/src/test/java/se/glasklart/billing/StripeWebhookTest.java", "https://junit.org/junit5/docs/current/user-guide/", """
package se.glasklart.billing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StripeWebhookTest {
    private static final String SECRET = "whsec_test_secret";
    private static final String PAYLOAD = "{\\"id\\": \\"evt_test_webhook\\", \\"object\\": \\"event\\"}";

    @Test
    void rejectsBadSignature() {
        assertThrows(SignatureException.class,
            () -> new StripeWebhook(SECRET).verify(PAYLOAD, "t=1,v1=deadbeef"));
    }
}
""")

add("csharp/bankid-cert-password", "FasadPortal/Auth/BankIdClientFactory.cs", "https://developers.bankid.com/getting-started/environments", """
using System.Security.Cryptography.X509Certificates;

namespace FasadPortal.Auth;

// BankID-inloggning för BRF-styrelser i kundportalen
public static class BankIdClientFactory
{
    public static HttpClient Create()
    {
        var cert = new X509Certificate2("Certs/bankid_fasadkollen_prod.p12", "@@secret@@");
        var handler = new HttpClientHandler();
        handler.ClientCertificates.Add(cert);
        return new HttpClient(handler) { BaseAddress = new Uri("https://appapi2.bankid.com/rp/v6.0/") };
    }
}
""", rand_pw(12))

add("csharp/decoy-bankid-test-password", "FasadPortal/Auth/BankIdTestClientFactory.cs", "https://developers.bankid.com/getting-started/environments", """
using System.Security.Cryptography.X509Certificates;

namespace FasadPortal.Auth;

// Testmiljön: certifikatet och lösenordet "qwerty123" är BankID:s publicerade testcertifikat
public static class BankIdTestClientFactory
{
    public static HttpClient Create()
    {
        var cert = new X509Certificate2("Certs/FPTestcert5_20240610.p12", "qwerty123");
        var handler = new HttpClientHandler();
        handler.ClientCertificates.Add(cert);
        return new HttpClient(handler) { BaseAddress = new Uri("https://appapi2.test.bankid.com/rp/v6.0/") };
    }
}
""")

add("typescript/mapbox-secret-token", "ops-bot/src/tiles.ts", "https://docs.mapbox.com/api/maps/uploads/", """
// Laddar upp våra serviceområden (polygoner per lag) som tileset
const MAPBOX_TOKEN = "@@secret@@";

export async function uploadAreas(geojsonUrl: string): Promise<string> {
  const res = await fetch(`https://api.mapbox.com/uploads/v1/glasklart?access_token=${MAPBOX_TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ url: geojsonUrl, tileset: "glasklart.serviceomraden", name: "Serviceområden" }),
  });
  const body = await res.json();
  return body.id;
}
""", mapbox_sk())

add("typescript/decoy-mapbox-public", "booking-portal/src/components/AreaMap.tsx", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

mapboxgl.accessToken = "@@pk@@";

export function AreaMap() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/glasklart/clx0servic", center: [18.06, 59.33], zoom: 9 });
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: 400 }} aria-label="Karta över våra serviceområden" />;
}
""", pk=mapbox_pk())

add("ansible/decoy-vault-lookup", "ansible/roles/smsgw/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/vault_kv2_get_lookup.html", """
---
- name: Hämta 46elks-uppgifter från Vault
  ansible.builtin.set_fact:
    elks: "{{ lookup('community.hashi_vault.vault_kv2_get', 'sms/46elks', engine_mount_point='secret') }}"
  no_log: true

- name: Skriv miljöfil för smsgw
  ansible.builtin.template:
    src: smsgw.env.j2
    dest: /etc/smsgw/env
    mode: "0600"
  no_log: true
""")

add("ansible/mssql-password", "ansible/host_vars/sql01.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/mssql_db_module.html", """
---
mssql_login_user: sa
mssql_login_password: "@@secret@@"
mssql_databases:
  - FasadPortal
  - FasadPortal_Test
mssql_backup_dir: D:\\Backup
""", words_pw())

add("markdown/swish-cert-password", "docs/betalning/swish-certifikat.md", "https://developer.swish.nu/documentation/guides/manage-certificates", """
# Swish-certifikat (förnyas varje år i november!)

1. Logga in i Swish Certificate Management med BankID (Maria eller Johan har behörighet).
2. Skapa CSR på kontorsdatorn:
   `openssl req -new -newkey rsa:4096 -nodes -keyout swish.key -out swish.csr`
3. Ladda upp CSR:en, ladda ner certifikatet (PEM).
4. Bygg p12: `openssl pkcs12 -export -in swish.pem -inkey swish.key -out swish_prod.p12`
   Lösenord vi använder för p12-filen: **@@secret@@**
5. Lägg filen i `wp-content/plugins/glasklart-swish/certs/` och uppdatera konstanten.

Nästa förnyelse: 2025-11-14.
""", words_pw())

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Ändringslogg

## [2.8.0] - 2024-11-12
### Tillagt
- Swish som betalsätt för engångsputs.
- Påminnelse-SMS 24 h före besök (46elks).

### Ändrat
- Stripe-nycklar läses nu från Key Vault i stället för `.env` (commit `@@sha@@`).
- Roterade alla API-nycklar efter säkerhetsgenomgången.

## [2.7.3] - 2024-10-01
- Fix: RUT-avdraget räknades på hela priset inklusive material.
""", sha=hexs(40))

add("log/decoy-stripe-event-ids", "logs/stripe-webhooks.log", "https://docs.stripe.com/api/events/object", """
2024-11-18T08:03:02Z INFO received evt_@@e1@@ type=checkout.session.completed livemode=true
2024-11-18T08:03:02Z INFO booking b-1042 paid, session cs_live_@@c1@@
2024-11-18T09:12:44Z INFO received evt_@@e2@@ type=charge.refunded livemode=true
2024-11-18T09:12:44Z INFO refund re_@@r1@@ for pi_@@p1@@
2024-11-18T10:00:00Z INFO signature ok (whsec ****)
""", e1=rand_pw(24), c1=rand_pw(58), e2=rand_pw(24), r1=rand_pw(24), p1=rand_pw(24))

add("log/smtp-password", "logs/crm-startup.log", "https://nodemailer.com/smtp/", """
[2024-11-18 06:59:58] info: crm starting (NODE_ENV=production)
[2024-11-18 06:59:58] debug: mail transport {"host":"smtp.office365.com","port":587,"auth":{"user":"besiktning@fasadkollen.se","pass":"@@secret@@"}}
[2024-11-18 06:59:59] info: connected to postgres
[2024-11-18 07:00:00] info: listening on :3000
[2024-11-18 07:00:12] info: GET /healthz 200 2ms
""", words_pw())

add("sql/decoy-masked-export", "db/queries/rapport_kunder.sql", "https://www.postgresql.org/docs/current/functions-string.html", """
-- Kundrapport för säljarna: maskerade kontaktuppgifter, inga lösenord eller tokens
SELECT c.id,
       left(c.name, 1) || '***' AS namn,
       c.postcode,
       regexp_replace(c.phone, '\\d(?=\\d{2})', '*', 'g') AS telefon,
       count(j.id) AS antal_jobb
FROM customers c
LEFT JOIN jobs j ON j.customer_id = c.id
GROUP BY c.id
ORDER BY antal_jobb DESC
LIMIT 200;
""")

add("csv/decoy-lift-inventory", "exports/liftar.csv", "https://www.genielift.com/en/support", """
reg_nr,modell,serienummer,telematik_id,nasta_besiktning,vind_max_ms
ABC123,Genie Z-45/25J,Z4525J-@@s1@@,@@t1@@,2025-03-14,12.5
DEF456,Niftylift HR21,HR21-@@s2@@,@@t2@@,2025-05-02,12.5
GHI789,Denka DK18,DK18-@@s3@@,@@t3@@,2025-01-20,12.5
JKL012,Denka DK18,DK18-@@s4@@,@@t4@@,2025-06-11,12.5
""", s1=HEXS(8), s2=HEXS(8), s3=HEXS(8), t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), s4=HEXS(8), t4=uuid_s())

add("csv/pipedrive-api-token", "docs/handover/integrationer.csv", "https://developers.pipedrive.com/docs/api/v1", """
system,syfte,konto,nyckel,ansvarig
Pipedrive,Säljpipeline BRF,drift@glasklart.se,@@secret@@,Maria
SMHI,Väderprognos,-,ingen nyckel,Johan
Fortnox,Fakturering,ekonomi@glasklart.se,se Vault,Lina
46elks,SMS,drift@glasklart.se,se Vault,Johan
""", hexs(40))

add("python/redis-password", "dispatch/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", '''
"""Celery-konfiguration för utskick av arbetsorder till lagen."""
broker_url = "rediss://default:@@secret@@@cache.glasklart.internal:6380/0?ssl_cert_reqs=required"
result_backend = broker_url
timezone = "Europe/Stockholm"
task_routes = {
    "dispatch.tasks.send_work_orders": {"queue": "crews"},
    "dispatch.tasks.weather_check": {"queue": "weather"},
}
beat_schedule = {
    "work-orders": {"task": "dispatch.tasks.send_work_orders", "schedule": 60 * 60 * 24},
}
''', fakes.redis_password(_seed()))

add("python/github-token", "tools/open_release_pr.py", "https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request", '''
"""Öppnar release-PR för lagappen (körs av arbetsledaren från kontoret)."""
import sys

from github import Auth, Github

gh = Github(auth=Auth.Token("@@secret@@"))
repo = gh.get_repo("glasklart/putsare-app")
version = sys.argv[1]
pr = repo.create_pull(title=f"Release {version}", body="Se CHANGELOG.md", head="develop", base="main")
print(pr.html_url)
''', fakes.github_token(_seed()))

add("python/decoy-sample-config", "docs/examples/config_example.py", "https://docs.python.org/3/tutorial/modules.html", '''
"""Exempel på lokal konfiguration. Kopiera till local_config.py och fyll i."""
ELKS_API_USERNAME = "u..."            # från 46elks dashboard
ELKS_API_PASSWORD = "<ditt-lösenord>"
STRIPE_SECRET_KEY = "sk_test_..."     # testnyckel, aldrig sk_live_ här
FORTNOX_CLIENT_SECRET = "CHANGE_ME"
DATABASE_URL = "postgresql://glasklart:glasklart@localhost:5432/glasklart"
''')

add("yaml/private-key", "deploy/ansible-deploy-key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# Deploy-nyckel för lift-gateways (skrivs ut av provisioning-playbooken)
deploy_user: gateway
deploy_key: |
  @@key@@
known_hosts:
  - "gitlab.fasadkollen.se ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ8v7gK2VxqY3tLwZbE0kX9fQm1uRzNp4HsDcA6oTyWe"
""", (pk8 := pem("EC")), key=pk8.replace("\n", "\n  "))

add("env/azure-storage-connection-string", "photo-service/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Fotoappen v2 (före/efter-bilder)
PORT=8081
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=glasklartfoton;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
CONTAINER=jobbfoton
MAX_UPLOAD_MB=25
""", azure_storage_key())

add("env/decoy-dev-storage", "photo-service/.env.example", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", """
PORT=8081
# Använd managed identity i Azure; lokalt: Azurite
AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true
CONTAINER=jobbfoton
MAX_UPLOAD_MB=25
""")

add("env/pipedrive-api-token", "sales-sync/.env", "https://pipedrive.readme.io/docs/how-to-find-the-api-token", """
# Synk av BRF-affärer mellan Pipedrive och CRM
PIPEDRIVE_COMPANY_DOMAIN=fasadkollen
PIPEDRIVE_API_TOKEN=@@secret@@
SYNC_INTERVAL_MIN=15
DEAL_STAGE_OFFER_SENT=4
""", hexs(40))

add("kotlin/decoy-sealed-constants", "android/app/src/main/java/se/glasklart/putsare/Constants.kt", "https://kotlinlang.org/docs/properties.html#compile-time-constants", """
package se.glasklart.putsare

object Constants {
    const val API_BASE = "https://api.glasklart.se"
    const val SUPPORT_PHONE = "+46812345678"
    const val JOB_PHOTO_MAX = 12
    const val NOTIFICATION_CHANNEL_ID = "glasklart-jobb"
    const val DEEP_LINK_HOST = "app.glasklart.se"
}
""")

add("go/aws-secret-key", "cmd/photoarchive/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.TODO(),
		config.WithRegion("eu-north-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	client := s3.NewFromConfig(cfg)
	out, _ := client.ListObjectsV2(context.TODO(), &s3.ListObjectsV2Input{Bucket: aws.String("glasklart-jobbfoton")})
	log.Printf("%d foton", len(out.Contents))
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/redis-password", "docs/runbooks/dispatch-koer.md", "https://redis.io/docs/latest/develop/tools/cli/", """
# Runbook: arbetsorder fastnar i kön

Symptom: lagen får inga arbetsorder kl 06:00.

1. Logga in på `app01` och kolla kön:

   ```
   redis-cli -h cache.glasklart.internal -a '@@secret@@' -n 2 LLEN crews
   ```

2. Om kön är > 0 men inga workers: `systemctl restart dispatch-worker`.
3. Om workern kraschar direkt: kolla `journalctl -u dispatch-worker -n 100`.
4. Skicka arbetsordern manuellt från admin: *Dagens jobb -> Skicka igen*.
""", fakes.redis_password(_seed()))

add("properties/decoy-jasypt-encrypted", "scheduling/src/main/resources/application-staging.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.datasource.url=jdbc:postgresql://db-staging.internal.glasklart.se:5432/scheduling
spring.datasource.username=scheduling
spring.datasource.password=ENC(@@e1@@)
spring.mail.username=schema@glasklart.se
spring.mail.password=ENC(@@e2@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
""", e1=b64(rand_pw(32))[:44], e2=b64(rand_pw(32))[:44])

add("toml/database-password", "route-planner/config/production.toml", "https://docs.rs/config/latest/config/", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url = "postgres://routeplanner:@@secret@@@db.internal.glasklart.se:5432/routes"
max_connections = 10

[solver]
max_stops_per_crew = 14
time_limit_s = 30
""", rand_pw(24))

add("swift/decoy-keychain", "ios/Putsare/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

struct TokenStore {
    static let service = "se.glasklart.putsare.session"

    static func read() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("swift/twilio-auth-token", "ios/Putsare/Support/CallbackRequest.swift", "https://www.twilio.com/docs/usage/requests-to-twilio", """
import Foundation

// Kunden trycker "Ring mig" i appen -> vi ringer upp via Twilio
enum CallbackRequest {
    static let accountSid = "@@sid@@"
    static let authToken = "@@secret@@"

    static func request(to phone: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.twilio.com/2010-04-01/Accounts/\\(accountSid)/Calls.json")!)
        req.httpMethod = "POST"
        let basic = Data("\\(accountSid):\\(authToken)".utf8).base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        req.httpBody = "To=\\(phone)&From=+46766861234&Url=https://api.glasklart.se/twiml/callback".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", hexs(32), sid=twilio_sid())
