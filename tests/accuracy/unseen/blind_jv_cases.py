"""Blind set JV: raki distilleries and bunker-museum tour guides in Albania.

Distillery shop and export code, still and cellar sensors, e-invoicing (fiskalizimi) and payment
integrations, tour-booking sites, guide apps and Telegram bots of the bunker museums, their CI,
containers and infrastructure, runbooks and handover notes (partly in Albanian), and their decoys.
Generated fakes only (seeds 5010000-5019999).
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
SEED_LO, SEED_HI = 5010000, 5019999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


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
    CASES.append(LabelledCase(f"blind-jv/{category}", file_name, text, secret, source))


WORDS = ["Rrush", "Mani", "Kumbull", "Skrapar", "Tomorr", "Osum", "Bunker", "Dajti", "Shqiponja", "Drini",
         "Vjosa", "Gjiri", "Korca", "Berati", "Lumi", "Guri", "Ulliri", "Qershi", "Mjalte", "Bora"]
LOWER = ["rrushi", "kazani", "fuci", "tuneli", "bunkeri", "shkembi", "mali", "deti", "lisi", "gjethe",
         "dardha", "molla", "kalaja", "ura", "zjarri", "hena"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def upper_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + mixed(99 if kind.startswith("rk") else 24)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + upper_alnum(8) + "/B" + upper_alnum(10) + "/" + mixed(24))


def sendgrid_key() -> str:
    return "SG." + mixed(22, ALNUM + "-_") + "." + mixed(43, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab_token() -> str:
    return "glpat-" + mixed(20, ALNUM + "-_")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def anthropic_key() -> str:
    return "sk-ant-api03-" + mixed(93, ALNUM + "-_") + "AA"


def grafana_token() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def newrelic_key() -> str:
    return "NRAK-" + upper_alnum(27)


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def notion_token() -> str:
    return "ntn_" + mixed(46)


def cloudflare_token() -> str:
    return mixed(40, ALNUM + "_-")


def hcloud_token() -> str:
    return mixed(64)


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + mixed(40) + "." + mixed(22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + mixed(40) + "." + mixed(22, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + mixed(35, ALNUM + "-_")


def discord_token() -> str:
    r = _rng()
    uid = str(r.randint(10**17, 10**18))
    return b64(uid).rstrip("=") + "." + mixed(6, ALNUM + "-_") + "." + mixed(38, ALNUM + "-_")


def meta_token() -> str:
    return "EAAG" + mixed(180)


def paypal_secret() -> str:
    return "E" + mixed(79, ALNUM + "-_")


def paypal_client() -> str:
    return "A" + mixed(79, ALNUM + "-_")


def datadog_key() -> str:
    return hexs(32)


def sentry_token() -> str:
    return "sntrys_" + mixed(80)


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + mixed(43, ALNUM + "-_")


def bcrypt_hash() -> str:
    return "$2b$12$" + mixed(53, ALNUM + "./")


def pem() -> str:
    return fakes.fake_pem(_seed())


def pem_ec() -> str:
    return fakes.fake_pem(_seed(), "EC")


def pem_openssh() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


def pem_plain() -> str:
    return fakes.fake_pem(_seed()).replace("RSA PRIVATE", "PRIVATE")


# ---------------------------------------------------------------- env files
add("env/stripe-secret-key", "shop-rakia-skrapar/.env", "https://docs.stripe.com/keys",
    """
# Dyqani online i Rakisë së Skraparit - prodhim
APP_ENV=production
APP_URL=https://shop.rakiaskrapari.al
DB_HOST=10.20.0.5
DB_NAME=dyqani
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=ALL
SHIPPING_ZONES=AL,XK,MK,IT
""", stripe_key(), pk=mixed(24))

add("env/smtp-password", "bunkart-booking/.env.production", "https://laravel.com/docs/mail#smtp-driver",
    """
APP_NAME="Bunk'Art Booking"
APP_ENV=production
APP_DEBUG=false
MAIL_MAILER=smtp
MAIL_HOST=mail.bunkart-tours.al
MAIL_PORT=587
MAIL_USERNAME=rezervime@bunkart-tours.al
MAIL_PASSWORD=@@secret@@
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=rezervime@bunkart-tours.al
""", words_pw())

add("env/telegram-bot-token", "guide-bot/.env", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
# bot per guidat e tunelit te Gjirokastres
TELEGRAM_BOT_TOKEN=@@secret@@
GUIDES_CHAT_ID=-1001874420193
LANG_DEFAULT=sq
TOUR_SLOTS=10:00,12:00,15:00,17:30
""", fakes.telegram_token(_seed()))

add("env/decoy-placeholder", "shop-rakia-skrapar/.env.example", "https://github.com/vlucas/phpdotenv#usage-notes",
    """
# Kopjo ne .env dhe plotëso vlerat (mos e commit-o .env!)
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MAIL_PASSWORD=ndrysho-kete
TELEGRAM_BOT_TOKEN=<token nga @BotFather>
""")

add("env/aws-secret-access-key", "cellar-export/.env.aws", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """
# S3 per faturat e eksportit (Berat -> Itali)
AWS_DEFAULT_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
EXPORT_BUCKET=kantina-berati-faturat
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/decoy-env-reference", "guide-bot/.env.docker", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}
GUIDES_CHAT_ID=${GUIDES_CHAT_ID:--1001874420193}
DATABASE_URL=postgres://bot:${POSTGRES_PASSWORD}@db:5432/guidat
REDIS_URL=redis://redis:6379/0
SENTRY_ENVIRONMENT=staging
""")

add("env/mqtt-password", "kazani-sensors/.env", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """
# Sensorët e temperaturës në kazanët e distilimit (Përmet)
MQTT_HOST=mqtt.kazani.lan
MQTT_PORT=8883
MQTT_USER=kazan-gw-01
MQTT_PASS=@@secret@@
MQTT_TOPIC=permet/kazan/+/temp
SAMPLE_INTERVAL_S=15
""", rand_pw(22))

add("env/decoy-publishable-key", "tour-widget/.env.local", "https://docs.stripe.com/keys#obtain-api-keys",
    """
NEXT_PUBLIC_SITE_URL=https://tours.bunkermuseum.al
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@rc@@
NEXT_PUBLIC_DEFAULT_LOCALE=sq
""", pk=mixed(24), mb=mapbox_public(), rc=mixed(37, ALNUM + "-_"))

add("env/openai-api-key", "audioguide-translate/.env", "https://platform.openai.com/docs/api-reference/authentication",
    """
# perkthimi i audioguides (sq -> en, it, de, pl)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
SOURCE_LANG=sq
TARGET_LANGS=en,it,de,pl
""", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- python
add("python/database-password", "rakia_shop/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases",
    """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.rakiaskrapari.al", "www.rakiaskrapari.al"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dyqani",
        "USER": "dyqani_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.0.5",
        "PORT": "5432",
    }
}

LANGUAGE_CODE = "sq"
TIME_ZONE = "Europe/Tirane"
""", words_pw())

add("python/django-secret-key", "bunkart_site/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# TODO: zhvendose ne env para se te dalim live
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["bunkart.al", "www.bunkart.al"]
LANGUAGES = [("sq", "Shqip"), ("en", "English"), ("it", "Italiano")]
TIME_ZONE = "Europe/Tirane"
""", fakes.django_secret_key(_seed()))

add("python/telegram-bot-token", "guide_bot/bot.py", "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html",
    """
import logging

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)


async def orari(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Turet në Bunk'Art 2: 10:00, 12:00, 15:00 (e hënë mbyllur)")


def main() -> None:
    app = ApplicationBuilder().token("@@secret@@").build()
    app.add_handler(CommandHandler("orari", orari))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/twilio-auth-token", "tours/notify/sms.py", "https://www.twilio.com/docs/libraries/python",
    """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+355697000123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def kujto_vizitorin(numri: str, ora: str) -> None:
    \"\"\"Dërgo kujtesë SMS një orë para turit.\"\"\"
    client.messages.create(to=numri, from_=FROM,
                           body=f"Turi juaj në bunker fillon në {ora}. Takohemi te hyrja.")
""", hexs(32), sid=twilio_sid())

add("python/decoy-env-reference", "tours/notify/email.py", "https://docs.python.org/3/library/os.html#os.environ",
    """
import os
import smtplib
from email.message import EmailMessage

SMTP_HOST = os.environ.get("SMTP_HOST", "mail.bunkart-tours.al")
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]


def dergo_konfirmim(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASSWORD)
        s.send_message(msg)
""")

add("python/redis-password", "rakia_shop/cache.py", "https://redis.readthedocs.io/en/stable/connections.html",
    """
import redis

# cache per shportat e blerjes
pool = redis.ConnectionPool.from_url(
    "redis://:@@secret@@@10.20.0.7:6379/2",
    max_connections=20,
)
cache = redis.Redis(connection_pool=pool)


def shporta(session_id: str) -> dict:
    return cache.hgetall(f"shporta:{session_id}")
""", fakes.redis_password(_seed()))

add("python/sendgrid-api-key", "export_docs/mailer.py", "https://github.com/sendgrid/sendgrid-python#quick-start",
    """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(api_key="@@secret@@")


def dergo_proforma(importer_email: str, pdf_url: str) -> int:
    message = Mail(
        from_email="export@kantinaberati.al",
        to_emails=importer_email,
        subject="Proforma - Raki Rrushi 40% (palete)",
        html_content=f"<p>Përshëndetje, proforma: <a href='{pdf_url}'>PDF</a></p>",
    )
    return sg.send(message).status_code
""", sendgrid_key())

add("python/decoy-test-fixture", "tests/test_fiskalizimi.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """
import pytest

from rakia_shop.fiscal import nivf_payload

FAKE_NUIS = "L12345678A"
DUMMY_CERT_PASSWORD = "test-password"


@pytest.fixture
def fatura():
    return {"nuis": FAKE_NUIS, "total": 4800, "tvsh": 800, "operator": "ab123cd456"}


def test_payload_has_iic(fatura):
    payload = nivf_payload(fatura, cert_password=DUMMY_CERT_PASSWORD)
    assert len(payload["iic"]) == 32
""")

add("python/aws-secret-access-key", "scripts/upload_tour_audio.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """
import sys

import boto3

# ngarko audioguidat mp3 ne S3 (Zef e perdor nga laptopi)
s3 = boto3.client(
    "s3",
    region_name="eu-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for path in sys.argv[1:]:
    key = "audio/" + path.rsplit("/", 1)[-1]
    s3.upload_file(path, "bunker-audioguide", key, ExtraArgs={"ContentType": "audio/mpeg"})
    print("ok", key)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/modbus-device-password", "kazani/plc_reader.py", "https://pymodbus.readthedocs.io/en/latest/",
    """
from pymodbus.client import ModbusTcpClient
import requests

PLC_HOST = "192.168.10.21"
# paneli web i PLC-se (Unitronics) - perdoruesi admin
PANEL_USER = "admin"
PANEL_PASS = "@@secret@@"


def lexo_temperaturat():
    c = ModbusTcpClient(PLC_HOST, port=502)
    c.connect()
    rr = c.read_holding_registers(100, count=4)
    c.close()
    return [r / 10 for r in rr.registers]


def rinis_panelin():
    requests.post(f"http://{PLC_HOST}/reboot", auth=(PANEL_USER, PANEL_PASS), timeout=5)
""", words_pw())

add("python/decoy-hash", "rakia_shop/migrations/0007_seed_admin.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/",
    """
from django.db import migrations


def seed(apps, schema_editor):
    User = apps.get_model("auth", "User")
    User.objects.get_or_create(
        username="menaxheri",
        defaults={"password": "pbkdf2_sha256$600000$@@salt@@$@@h@@=", "is_staff": True},
    )


class Migration(migrations.Migration):
    dependencies = [("shop", "0006_produkti_grada")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
""", salt=mixed(22), h=mixed(43, ALNUM + "+/"))

add("python/github-token", "scripts/sync_menu_translations.py", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
    """
import requests

REPO = "kantina-berati/menu-perkthimet"
TOKEN = "@@secret@@"  # token i Arditit, skadon ne dhjetor

headers = {"Authorization": f"token {TOKEN}", "Accept": "application/vnd.github+json"}
r = requests.get(f"https://api.github.com/repos/{REPO}/contents/sq.json", headers=headers, timeout=10)
r.raise_for_status()
print(r.json()["sha"])
""", fakes.github_token(_seed()))

add("python/paypal-client-secret", "rakia_shop/payments/paypal.py", "https://developer.paypal.com/api/rest/authentication/",
    """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", paypal_secret(), cid=paypal_client())

add("python/decoy-uuid", "tours/constants.py", "https://docs.python.org/3/library/uuid.html",
    """
# ID-te e ambienteve ne sistemin e rezervimeve (jo sekrete)
MUSEUM_IDS = {
    "bunkart1": "@@u1@@",
    "bunkart2": "@@u2@@",
    "gjirokaster_tunnel": "@@u3@@",
}
DEFAULT_CAPACITY = 25
GUIDE_LANGS = ("sq", "en", "it", "de", "pl", "fr")
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("python/anthropic-api-key", "audioguide/generate_scripts.py", "https://docs.anthropic.com/en/api/getting-started",
    """
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

PROMPT = "Shkruaj nje tekst 90-sekondesh per dhomen e komunikimeve ne Bunk'Art 1, ne anglisht."

msg = client.messages.create(
    model="claude-3-5-sonnet-latest",
    max_tokens=800,
    messages=[{"role": "user", "content": PROMPT}],
)
print(msg.content[0].text)
""", anthropic_key())

add("python/ftp-password", "scripts/push_price_list.py", "https://docs.python.org/3/library/ftplib.html",
    """
from ftplib import FTP_TLS

# lista e cmimeve per distributorin ne Durres
ftp = FTP_TLS("ftp.distributori-durres.al")
ftp.login(user="kantina_skrapar", passwd="@@secret@@")
ftp.prot_p()
with open("out/cmimet_2024.csv", "rb") as fh:
    ftp.storbinary("STOR cmimet/cmimet_2024.csv", fh)
ftp.quit()
""", rand_pw(14))

add("python/decoy-placeholder", "tours/settings_local.example.py", "https://docs.djangoproject.com/en/5.0/topics/settings/",
    """
# Kopjo si settings_local.py dhe vendos vlerat e tua.
SECRET_KEY = "change-me"
STRIPE_SECRET_KEY = "sk_test_..."
TELEGRAM_BOT_TOKEN = "123456:ABC-DEF_replace_me"
EMAIL_HOST_PASSWORD = ""
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
""")

add("python/mailgun-api-key", "rakia_shop/newsletter.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """
import requests

DOMAIN = "mg.rakiaskrapari.al"
API_KEY = "@@secret@@"


def dergo_lajmin(emails, subject, html):
    return requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
        auth=("api", API_KEY),
        data={"from": "Rakia e Skraparit <lajme@rakiaskrapari.al>", "to": emails,
              "subject": subject, "html": html},
        timeout=20,
    )
""", mailgun_key())

# ---------------------------------------------------------------- yaml / compose / k8s / CI
add("compose/database-password", "deploy/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """
services:
  web:
    image: registry.kantinaberati.al/shop:2.4.1
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://dyqani:@@secret@@@db:5432/dyqani
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dyqani
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: dyqani
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", rand_pw(18))

add("compose/decoy-env-reference", "guide-bot/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  bot:
    build: .
    restart: unless-stopped
    env_file: .env
    environment:
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN:?vendos tokenin}
      DATABASE_URL: postgres://bot:${POSTGRES_PASSWORD}@db:5432/guidat
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: bot
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pass
    secrets: [pg_pass]
secrets:
  pg_pass:
    file: ./secrets/pg_pass.txt
""")

add("compose/mqtt-password", "kazani-sensors/compose.yaml", "https://www.influxdata.com/blog/running-influxdb-2-0-and-telegraf-using-docker/",
    """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["8883:8883"]
    volumes: ["./mosquitto:/mosquitto/config"]
  telegraf:
    image: telegraf:1.30
    environment:
      MQTT_SERVERS: ssl://mosquitto:8883
      MQTT_USERNAME: telegraf
      MQTT_PASSWORD: "@@secret@@"
      INFLUX_URL: http://influxdb:8086
    depends_on: [mosquitto, influxdb]
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
""", rand_pw(20, "-_"))

add("k8s-secret/stripe-secret-key", "k8s/shop/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: dyqani
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@enc2@@
""", (sk := stripe_key()), enc=b64(sk), enc2=b64(stripe_whsec()))

add("k8s-secret/database-password", "k8s/tours/db-credentials.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container",
    """
apiVersion: v1
kind: Secret
metadata:
  name: tours-db
  namespace: bunkart
  labels:
    app: tours
type: Opaque
stringData:
  DB_USER: tours_app
  DB_PASSWORD: "@@secret@@"
  DB_HOST: pg-tours.bunkart.svc.cluster.local
""", words_pw())

add("k8s/decoy-secret-reference", "k8s/tours/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tours-api
  namespace: bunkart
spec:
  replicas: 2
  selector:
    matchLabels: {app: tours-api}
  template:
    metadata:
      labels: {app: tours-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/bunkart/tours-api:1.9.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: tours-db, key: DB_PASSWORD}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: STRIPE_SECRET_KEY}
""")

add("k8s-secret/decoy-sealed-secret", "k8s/shop/sealed-mailgun.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mailgun
  namespace: dyqani
spec:
  encryptedData:
    MAILGUN_API_KEY: AgB@@enc@@
  template:
    metadata:
      name: mailgun
      namespace: dyqani
""", enc=mixed(340, ALNUM + "+/"))

add("k8s-secret/telegram-bot-token", "k8s/guide-bot/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
# bot-i i guidave (Shkodër) - mos e publiko
apiVersion: v1
kind: Secret
metadata:
  name: guide-bot
  namespace: bots
type: Opaque
data:
  token: @@enc@@
  chat: LTEwMDE2NjI4MzQ1NTE=
""", (tg := fakes.telegram_token(_seed())), enc=b64(tg))

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
    """
name: publish rakia-fiscal
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
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy tours
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
          aws-region: eu-south-1
      - run: aws s3 sync site/ s3://bunkart-tours-site --delete
      - run: curl -fsS -X POST "${{ secrets.SLACK_WEBHOOK_URL }}" -d '{"text":"deploy ok"}'
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-stock.yml", "https://api.slack.com/messaging/webhooks",
    """
name: stoku natën
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  stock:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/stock_report.py > raport.txt
      - run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(head -c 3000 raport.txt)\\"}" "$SLACK_WEBHOOK"
""", slack_webhook())

add("github-actions/docker-registry-password", ".github/workflows/image.yml", "https://github.com/docker/login-action#usage",
    """
name: build image
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.kantinaberati.al
          username: ci
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: registry.kantinaberati.al/shop:${{ github.sha }}
""", rand_pw(24))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/distillery/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/mysql-password", "ansible/roles/odoo/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
    """
---
# Odoo per kantinen ne Leskovik
odoo_version: "17.0"
odoo_db_host: 127.0.0.1
odoo_db_user: odoo
odoo_db_password: "@@secret@@"
odoo_admin_email: admin@kantina-leskovik.al
odoo_workers: 4
odoo_addons:
  - l10n_al
  - stock
  - mrp
""", words_pw())

add("ansible/decoy-vault-reference", "ansible/group_vars/tours/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible",
    """
---
tours_db_user: tours_app
tours_db_password: "{{ vault_tours_db_password }}"
smtp_password: "{{ vault_smtp_password }}"
telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/bot:token') }}"
nginx_server_name: tours.bunkermuseum.al
""")

add("ansible/sudo-password", "ansible/inventory/museum-hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """
[kioska]
kiosk-hyrja ansible_host=10.8.0.11
kiosk-salla3 ansible_host=10.8.0.12

[kioska:vars]
ansible_user=muzeu
ansible_become_password=@@secret@@

[routers]
mikrotik-bunk2 ansible_host=10.8.0.1 ansible_network_os=routeros
""", rand_pw(16))

add("terraform/digitalocean-token", "infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs",
    """
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.36" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "tours" {
  name   = "tours-fra1"
  image  = "ubuntu-24-04-x64"
  region = "fra1"
  size   = "s-1vcpu-2gb"
}
""", do_token())

add("terraform/decoy-variable-reference", "infra/cloudflare.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_record" "shop" {
  zone_id = "@@zid@@"
  name    = "shop"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", zid=hexs(32))

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_instance" "rezervimet" {
  identifier           = "rezervimet-prod"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  username             = "rezervimet"
  password             = "@@secret@@"
  skip_final_snapshot  = false
  publicly_accessible  = false
}
""", rand_pw(22))

add("terraform/hetzner-token", "infra/hetzner/terraform.tfvars", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs",
    """
# Serveri i sensoreve te kazaneve
hcloud_token  = "@@secret@@"
server_type   = "cx22"
location      = "nbg1"
ssh_key_names = ["ardit@laptop", "ci"]
""", hcloud_token())

add("yaml/decoy-placeholder", "config/fiscal.example.yml", "https://yaml.org/spec/1.2.2/",
    """
# Konfigurimi i fiskalizimit (shembull) - kopjo ne fiscal.yml
nivf:
  endpoint: https://efiskalizimi-test.tatime.gov.al/FiscalizationService
  nuis: L00000000X
  business_unit: xx000xx000
  tcr_code: xx000xx000
  certificate: certs/cert.p12
  certificate_password: "<fjalekalimi i certifikates>"
  operator_code: ab123cd456
""")

add("yaml/fiscal-certificate-password", "config/fiscal.yml", "https://www.tatime.gov.al/c/6/219/fiskalizimi",
    """
# Fiskalizimi - dyqani Skrapar (PRODUKSION)
nivf:
  endpoint: https://efiskalizimi.tatime.gov.al/FiscalizationService
  nuis: L81625043P
  business_unit: kp731sg522
  tcr_code: yq284ns109
  certificate: /etc/rakia/certs/kantina.p12
  certificate_password: "@@secret@@"
  operator_code: ze942bo481
""", words_pw())

add("yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/",
    """
defaults:
  org: bunkart
  project: tours-web
  url: https://sentry.io/
auth:
  token: @@secret@@
""", sentry_token())

add("yaml/decoy-public-dsn", "tours-web/config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
# DSN eshte publik (shkon ne browser), s'ka problem
sentry:
  dsn: https://@@k@@@o4507@@o@@.ingest.de.sentry.io/45078@@p@@
  environment: production
  traces_sample_rate: 0.1
  release: tours-web@1.9.0
""", k=hexs(32), o=str(_rng().randint(100000, 999999)), p=str(_rng().randint(10000000, 99999999)))

add("yaml/smtp-password", "tours-reminder/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail",
    """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: guidat@bunkermuseum.al
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
tours:
  reminder-cron: "0 0 8 * * *"
""", words_pw())

# ---------------------------------------------------------------- json / toml / ini / properties / xml
add("json/google-service-account-key", "credentials/fiscal-drive-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "kantina-berati-faturat",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "faturat-sync@kantina-berati-faturat.iam.gserviceaccount.com",
  "client_id": "1038@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem_plain().replace("\n", "\\n"), kid=hexs(40), cid=str(_rng().randint(10**16, 10**17)))

add("json/decoy-firebase-web-config", "guide-app/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@ak@@",
  "authDomain": "bunker-guide-app.firebaseapp.com",
  "projectId": "bunker-guide-app",
  "storageBucket": "bunker-guide-app.appspot.com",
  "messagingSenderId": "@@sid@@",
  "appId": "1:@@sid@@:web:@@app@@"
}
""", ak=google_api_key(), sid=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("json/shopify-access-token", "rakia-export-sync/config/shopify.json", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
{
  "shop": "rakia-shqiptare.myshopify.com",
  "apiVersion": "2024-07",
  "adminAccessToken": "@@secret@@",
  "locationId": 71234509871,
  "syncEveryMinutes": 30,
  "skuPrefix": "RKI-"
}
""", shopify_token())

add("json/decoy-package-lock-integrity", "tours-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages",
    """
{
  "name": "tours-web",
  "version": "1.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=mixed(86, ALNUM + "+/"), i2=mixed(86, ALNUM + "+/"))

add("json/mapbox-secret-token", "guide-app/scripts/upload-tiles.json", "https://docs.mapbox.com/api/maps/uploads/",
    """
{
  "username": "bunkermuseum",
  "tileset": "bunkermuseum.bunkers-shkoder-2024",
  "source": "data/bunkeret_shkoder.geojson",
  "accessToken": "@@secret@@",
  "note": "token me scope uploads:write - mos e vendos ne app"
}
""", mapbox_secret())

add("json/decoy-redacted", "ops/exports/vendor-integrations.json", "https://docs.stripe.com/keys#reveal-an-api-secret-key-live-mode",
    """
{
  "exported": "2024-09-14T08:11:00Z",
  "integrations": [
    {"vendor": "stripe", "mode": "live", "key": "sk_live_************************", "last4": "Qe7Z"},
    {"vendor": "mailgun", "domain": "mg.rakiaskrapari.al", "key": "[REDACTED]"},
    {"vendor": "telegram", "bot": "@GuidatBunkerBot", "token": "<redacted>"}
  ]
}
""")

add("json/twilio-auth-token", "guide-app/appsettings.Production.json", "https://www.twilio.com/docs/usage/secure-credentials",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Twilio": {
    "AccountSid": "@@sid@@",
    "AuthToken": "@@secret@@",
    "FromNumber": "+355696001122"
  },
  "Tours": { "ReminderHours": 2 }
}
""", hexs(32), sid=twilio_sid())

add("json/decoy-jwks-public", "tours-api/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.1",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "tours-2024-09",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=mixed(342, ALNUM + "-_"))

add("toml/pypi-token", "rakia-fiscal/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
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

add("toml/decoy-placeholder", "guide-bot/config.example.toml", "https://toml.io/en/v1.0.0",
    """
# Konfigurimi i bot-it (shembull)
[telegram]
token = "YOUR_BOT_TOKEN_HERE"
admin_ids = [123456789]

[database]
url = "postgresql://user:password@localhost:5432/guidat"

[schedule]
timezone = "Europe/Tirane"
""")

add("toml/datadog-api-key", "kazani-sensors/vector.toml", "https://vector.dev/docs/reference/configuration/sinks/datadog_metrics/",
    """
[sources.mqtt_temps]
type = "exec"
command = ["python3", "/opt/kazani/read_temps.py"]
mode = "streaming"

[sinks.datadog]
type = "datadog_metrics"
inputs = ["mqtt_temps"]
default_api_key = "@@secret@@"
site = "datadoghq.eu"
""", datadog_key())

add("toml/cargo-registry-token", "kazani-fw/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """
# shkruar nga `cargo login` (crates kazani-proto, kazani-hal)
[registry]
token = "@@secret@@"

# registri i brendshem perdor credential-provider (shih config.toml)
[registries.kantina]
""", "cio" + mixed(32))

add("ini/database-password", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html",
    """
[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@admin@@
db_host = 10.30.0.4
db_port = 5432
db_user = odoo
db_password = @@secret@@
dbfilter = ^kantina.*$
proxy_mode = True
workers = 4
""", rand_pw(16), admin=rand_pw(18))

add("ini/decoy-empty-values", "odoo/odoo.conf.sample", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html",
    """
[options]
addons_path = /opt/odoo/addons
admin_passwd = False
db_host = False
db_port = False
db_user = odoo
db_password = False
; plotësoji në serverin e prodhimit, jo këtu
""")

add("ini/ldap-bind-password", "nextcloud-museum/ldap.ini", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html",
    """
[ldap]
host = ldaps://dc01.bunkart.local
port = 636
base_dn = DC=bunkart,DC=local
bind_dn = CN=svc-nextcloud,OU=Service,DC=bunkart,DC=local
bind_password = @@secret@@
user_filter = (&(objectClass=user)(memberOf=CN=Guidat,OU=Groups,DC=bunkart,DC=local))
""", words_pw())

add("ini/decoy-checksums", "kazani-fw/firmware.ini", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/system/ota.html",
    """
[firmware]
version = 3.2.1
board = esp32-s3
url = https://fw.kazani.lan/kazan-sensor-3.2.1.bin
sha256 = @@h@@
md5 = @@m@@
build_id = @@b@@
""", h=hexs(64), m=hexs(32), b=hexs(40))

add("properties/database-password", "tours-reminder/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data",
    """
spring.datasource.url=jdbc:postgresql://10.40.0.3:5432/rezervimet
spring.datasource.username=reminder
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
tours.timezone=Europe/Tirane
tours.sms.sender=BUNKART
""", rand_pw(20))

add("properties/decoy-env-reference", "tours-reminder/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/rezervimet}
spring.datasource.username=${DB_USER:reminder}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
tours.timezone=Europe/Tirane
""")

add("xml/smtp-password", "tours-legacy/WEB-INF/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html",
    """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="mail.bunkart-tours.al"/>
    <property name="port" value="587"/>
    <property name="username" value="bileta@bunkart-tours.al"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", words_pw())

add("xml/decoy-signed-info", "fiscal/samples/RegisterInvoiceRequest.xml", "https://www.w3.org/TR/xmldsig-core1/",
    """
<?xml version="1.0" encoding="utf-8"?>
<RegisterInvoiceRequest xmlns="https://eFiskalizimi.tatime.gov.al/FiscalizationService/schema" Id="Request">
  <Header SendDateTime="2024-09-14T10:22:31+02:00" UUID="@@u@@"/>
  <Invoice IIC="@@iic@@" IICSignature="@@sig@@" TotPrice="4800.00" TypeOfInv="CASH">
    <Seller IDNum="L81625043P" IDType="NUIS" Name="Kantina Skrapar"/>
  </Invoice>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo><DigestValue>@@dv@@=</DigestValue></SignedInfo>
    <SignatureValue>@@sv@@==</SignatureValue>
  </Signature>
</RegisterInvoiceRequest>
""", u=uuid_s(), iic=hexs(32).upper(), sig=hexs(512).upper(), dv=mixed(43, ALNUM + "+/"), sv=mixed(342, ALNUM + "+/"))

add("xml/github-token", "tours-api/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="bunkart" value="https://nuget.pkg.github.com/bunkart/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <bunkart>
      <add key="Username" value="ci-bunkart" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </bunkart>
  </packageSourceCredentials>
</configuration>
""", fakes.github_token(_seed()))

add("plist/decoy-google-client-id", "guide-ios/GuideApp/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CLIENT_ID</key>
  <string>@@n@@-@@c@@.apps.googleusercontent.com</string>
  <key>API_KEY</key>
  <string>@@ak@@</string>
  <key>GCM_SENDER_ID</key>
  <string>@@n@@</string>
  <key>BUNDLE_ID</key>
  <string>al.bunkart.guide</string>
  <key>PROJECT_ID</key>
  <string>bunker-guide-app</string>
</dict>
</plist>
""", n=str(_rng().randint(10**11, 10**12)), c=mixed(32).lower(), ak=google_api_key())

add("plist/revenuecat-secret-key", "guide-ios/GuideApp/Secrets.plist", "https://www.revenuecat.com/docs/welcome/authentication",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>RevenueCatPublicKey</key>
  <string>appl_@@pub@@</string>
  <key>RevenueCatSecretKey</key>
  <string>@@secret@@</string>
  <key>AudioCDN</key>
  <string>https://cdn.bunkart.al/audio</string>
</dict>
</plist>
""", "sk_" + mixed(32), pub=mixed(27))

# ---------------------------------------------------------------- code in other languages
add("go/database-password", "kazani-gateway/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection",
    """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// lidhja me bazen e te dhenave te temperaturave (Permet)
const dsn = "postgres://kazani:@@secret@@@10.50.0.2:5432/temperaturat?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("go/decoy-env-reference", "kazani-gateway/internal/config/config.go", "https://pkg.go.dev/os#Getenv",
    """
package config

import "os"

type Config struct {
	MQTTUser     string
	MQTTPassword string
	InfluxToken  string
}

func Load() Config {
	return Config{
		MQTTUser:     os.Getenv("MQTT_USER"),
		MQTTPassword: os.Getenv("MQTT_PASS"),
		InfluxToken:  os.Getenv("INFLUX_TOKEN"),
	}
}
""")

add("go/influxdb-token", "kazani-gateway/cmd/backfill/main.go", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/go/",
    """
package main

import (
	"fmt"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

func main() {
	// token i perkohshem per mbushjen e te dhenave te vitit 2023
	client := influxdb2.NewClient("https://influx.kazani.lan:8086", "@@secret@@")
	defer client.Close()
	w := client.WriteAPIBlocking("kantina", "temperaturat")
	fmt.Println("backfill gati", w != nil)
}
""", mixed(86, ALNUM + "-_") + "==")

add("go/decoy-test-fixture", "kazani-gateway/internal/auth/auth_test.go", "https://pkg.go.dev/testing",
    """
package auth

import "testing"

const testPassword = "password123"
const testToken = "test-token-not-real"

func TestCheck(t *testing.T) {
	if !Check("gw-test", testPassword, testToken) {
		t.Fatal("duhej te kalonte")
	}
}
""")

add("java/stripe-secret-key", "tours-legacy/src/main/java/al/bunkart/pay/StripeConfig.java", "https://github.com/stripe/stripe-java#usage",
    """
package al.bunkart.pay;

import com.stripe.Stripe;
import org.springframework.context.annotation.Configuration;
import jakarta.annotation.PostConstruct;

@Configuration
public class StripeConfig {

    @PostConstruct
    public void init() {
        // TODO (Elona): lexoje nga vault-i
        Stripe.apiKey = "@@secret@@";
    }
}
""", stripe_key("rk_live_"))

add("java/decoy-value-annotation", "tours-legacy/src/main/java/al/bunkart/sms/SmsService.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html",
    """
package al.bunkart.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class SmsService {
    @Value("${twilio.account-sid}")
    private String accountSid;

    @Value("${twilio.auth-token}")
    private String authToken;

    public void kujto(String numri, String ora) {
        // dergo kujtesen per turin
    }
}
""")

add("java/ldap-bind-password", "tours-legacy/src/main/java/al/bunkart/auth/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/",
    """
package al.bunkart.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource cs = new LdapContextSource();
        cs.setUrl("ldaps://dc01.bunkart.local:636");
        cs.setBase("DC=bunkart,DC=local");
        cs.setUserDn("CN=svc-tours,OU=Service,DC=bunkart,DC=local");
        cs.setPassword("@@secret@@");
        return cs;
    }
}
""", words_pw())

add("kotlin/mapbox-secret-token", "guide-android/app/src/main/java/al/bunkart/guide/OfflineMaps.kt", "https://docs.mapbox.com/android/maps/guides/install/",
    """
package al.bunkart.guide

import com.mapbox.common.MapboxOptions

object OfflineMaps {
    // token me DOWNLOADS:READ per paketat offline te Gjirokastres
    private const val DOWNLOAD_TOKEN = "@@secret@@"

    fun init() {
        MapboxOptions.accessToken = DOWNLOAD_TOKEN
    }
}
""", mapbox_secret())

add("kotlin/decoy-buildconfig", "guide-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
android {
    namespace = "al.bunkart.guide"
    defaultConfig {
        applicationId = "al.bunkart.guide"
        minSdk = 26
        targetSdk = 34
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.bunkart.al/v1\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("properties/keystore-password", "guide-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
# mos e fut ne git!! (u fut gabimisht - ndrysho)
storeFile=../keys/bunkart-release.jks
storePassword=@@secret@@
keyAlias=bunkart
keyPassword=@@secret@@
""", words_pw())

add("csharp/database-password", "TicketDesk/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings",
    """
{
  "ConnectionStrings": {
    "Bileta": "Server=10.60.0.9;Database=Bileta;User Id=bileta_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Kiosk": {
    "Museum": "BunkArt2",
    "PrinterName": "EPSON TM-T20III"
  }
}
""", rand_pw(16, "!#%"))

add("csharp/decoy-user-secrets", "TicketDesk/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

var conn = builder.Configuration.GetConnectionString("Bileta");
var posKey = builder.Configuration["Pos:ApiKey"]; // vjen nga Key Vault ne prod
builder.Services.AddSingleton(new PosClient(posKey));

var app = builder.Build();
app.MapGet("/", () => "TicketDesk - BunkArt");
app.Run();
""")

add("csharp/pos-api-key", "TicketDesk/Services/PosClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient",
    """
using System.Net.Http;
using System.Net.Http.Headers;

namespace TicketDesk.Services;

public class BankPosClient
{
    private const string MerchantId = "BKT-TIR-004411";
    private const string ApiKey = "@@secret@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://pos-gateway.bank.al/api/") };

    public BankPosClient()
    {
        _http.DefaultRequestHeaders.Add("X-Merchant", MerchantId);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }
}
""", mixed(48))

add("php/database-password", "wp-rakia/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
/** Faqja e Kantinës Çobo - WordPress */
define( 'DB_NAME', 'wp_kantina' );
define( 'DB_USER', 'wp_kantina' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'sq' );
$table_prefix = 'wpk_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "wp-rakia/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    """
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
""")

add("php/woocommerce-api-secret", "wp-rakia/sync/woo-export.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

// eksporti i porosive per kontabilistin
$woo = new Client(
    'https://kantinacobo.al',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3']
);
$porosite = $woo->get('orders', ['status' => 'completed', 'per_page' => 100]);
file_put_contents('porosite.json', json_encode($porosite));
""", "cs_" + hexs(40), ck=hexs(40))

add("php/decoy-getenv", "bunkart-tickets/config/payments.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'currency' => 'eur',
    'museums' => ['bunkart1', 'bunkart2'],
];
""")

add("ruby/decoy-credentials-reference", "bunkart-admin/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis",
    """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-south-1
  bucket: bunkart-admin-fotot
""")

add("ruby/secret-key-base", "bunkart-admin/config/secrets.yml", "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets",
    """
# secrets.yml i vjeter (para credentials) - admini i rezervimeve
development:
  secret_key_base: 3b7cd727ee24e8444053437c36cc66c4
test:
  secret_key_base: 5a37811464e7d378488b0f073e2193b0
production:
  secret_key_base: @@secret@@
""", hexs(128))

add("ruby/smtp-password", "bunkart-admin/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration",
    """
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "guidat@bunkart.al",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.time_zone = "Europe/Tirane"
end
""", "xsmtpsib-" + hexs(64) + "-" + mixed(16))

add("ruby/decoy-devise-pepper-env", "bunkart-admin/config/initializers/devise.rb", "https://github.com/heartcombo/devise#configuring-models",
    """
Devise.setup do |config|
  config.mailer_sender = "nuk-pergjigjet@bunkart.al"
  config.pepper = ENV.fetch("DEVISE_PEPPER")
  config.secret_key = Rails.application.credentials.devise_secret_key
  config.stretches = Rails.env.test? ? 1 : 12
  config.timeout_in = 30.minutes
end
""")

add("rust/decoy-example-key", "kazani-fw/src/wifi.rs", "https://docs.esp-rs.org/book/",
    """
// Kredencialet e WiFi vijne nga cfg.toml gjate build-it (toml-cfg)
#[toml_cfg::toml_config]
pub struct Config {
    #[default("")]
    wifi_ssid: &'static str,
    #[default("")]
    wifi_psk: &'static str,
}

pub fn ssid() -> &'static str {
    CONFIG.wifi_ssid
}
""")

add("toml/wifi-password", "kazani-fw/cfg.toml", "https://github.com/jamesmunns/toml-cfg",
    """
# kredencialet e WiFi-t te punishtes (kazanet 1-4)
[kazani-fw]
wifi_ssid = "Kantina-Prodhim"
wifi_psk = "@@secret@@"
mqtt_url = "mqtts://mqtt.kazani.lan:8883"
""", words_pw())

add("swift/decoy-public-key", "guide-ios/GuideApp/Config.swift", "https://www.revenuecat.com/docs/getting-started/installation/ios",
    """
import Foundation

enum Config {
    // celesi publik i RevenueCat (eshte i sigurt ne app)
    static let revenueCatPublicKey = "appl_@@k@@"
    static let apiBase = URL(string: "https://api.bunkart.al/v1")!
    static let supportEmail = "info@bunkart.al"
}
""", k=mixed(27))

add("swift/api-secret", "guide-ios/GuideApp/Networking/TicketAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest",
    """
import Foundation

struct TicketAPI {
    private let base = URL(string: "https://api.bunkart.al/v1")!
    private let partnerSecret = "@@secret@@"

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(partnerSecret)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", "bka_live_" + mixed(40))

add("typescript/stripe-webhook-secret", "tours-web/src/app/api/stripe/route.ts", "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = "@@secret@@";

export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature")!;
  const body = await req.text();
  const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  if (event.type === "checkout.session.completed") {
    // shëno biletën si të paguar
  }
  return new Response("ok");
}
""", stripe_whsec())

add("typescript/decoy-public-config", "tours-web/src/config/public.ts", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser",
    """
export const publicConfig = {
  stripePublishableKey: "pk_live_@@pk@@",
  recaptchaSiteKey: "6Le@@rc@@",
  plausibleDomain: "tours.bunkermuseum.al",
  googleMapsMapId: "@@mid@@",
  defaultLocale: "sq",
} as const;
""", pk=mixed(24), rc=mixed(37, ALNUM + "-_"), mid=hexs(16))

add("typescript/airtable-token", "tours-web/scripts/import-guides.ts", "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
import Airtable from "airtable";

// lista e guidave (gjuhet, turnet) mbahet ne Airtable
const base = new Airtable({ apiKey: "@@secret@@" }).base("app@@b@@");

async function main() {
  const records = await base("Guidat").select({ view: "Aktive" }).all();
  for (const r of records) console.log(r.get("Emri"), r.get("Gjuhet"));
}

main();
""", airtable_pat(), b=mixed(14))

add("typescript/decoy-zod-schema", "tours-web/src/env.ts", "https://env.t3.gg/docs/nextjs",
    """
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
    DATABASE_URL: z.string().url(),
  },
  client: {
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith("pk_"),
  },
  runtimeEnv: process.env,
});
""")

add("typescript/discord-bot-token", "guide-discord/src/index.ts", "https://discord.js.org/docs/packages/discord.js/main",
    """
import { Client, GatewayIntentBits } from "discord.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.once("ready", () => console.log("Bot-i i guidave gati"));

client.on("interactionCreate", async (i) => {
  if (i.isChatInputCommand() && i.commandName === "turnet") {
    await i.reply("Turnet e sotme: Bunk'Art 1 (10:00), Tuneli i Gjirokastrës (14:00)");
  }
});

client.login("@@secret@@");
""", discord_token())

add("typescript/decoy-regex", "tours-web/src/lib/redact.ts", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions",
    """
// fshih celesat para se te logojme kerkesat
const PATTERNS: RegExp[] = [
  /sk_(live|test)_[0-9a-zA-Z]{24,99}/g,
  /whsec_[0-9a-zA-Z]{32,}/g,
  /\\d{8,10}:AA[0-9A-Za-z_-]{33}/g,
];

export function redact(s: string): string {
  return PATTERNS.reduce((acc, re) => acc.replace(re, "[HIQUR]"), s);
}
""")

# ---------------------------------------------------------------- shell / powershell / docker / sql
add("shell/mysql-password", "scripts/backup_odoo.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
#!/usr/bin/env bash
# Backup i perditshem i bazes se kantines (cron 02:30)
set -euo pipefail
DITA=$(date +%F)
mysqldump -h 10.30.0.4 -u backup -p'@@secret@@' --single-transaction kantina \\
  | gzip > /srv/backup/kantina-$DITA.sql.gz
find /srv/backup -name 'kantina-*.sql.gz' -mtime +14 -delete
""", rand_pw(16))

add("shell/decoy-env-reference", "scripts/deploy_tours.sh", "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html",
    """
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_HOST:?vendos DEPLOY_HOST}"
: "${REGISTRY_PASSWORD:?vendos REGISTRY_PASSWORD}"
echo "$REGISTRY_PASSWORD" | docker login registry.kantinaberati.al -u ci --password-stdin
ssh "deploy@$DEPLOY_HOST" "cd /srv/tours && docker compose pull && docker compose up -d"
""")

add("shell/telegram-bot-token", "scripts/notify_guides.sh", "https://core.telegram.org/bots/api#sendmessage",
    """
#!/bin/sh
# njofto guidat kur anulohet nje tur (thirret nga cron-i i rezervimeve)
MSG="$1"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001662834551 \\
  --data-urlencode "text=$MSG"
""", fakes.telegram_token(_seed()))

add("shell/ftp-password", "scripts/sync_camera_footage.sh", "https://lftp.yar.ru/lftp-man.html",
    """
#!/bin/bash
# kopjo regjistrimet e kamerave te tunelit ne NAS
lftp -u kamera,@@secret@@ ftp://192.168.20.5 <<'FUND'
mirror --only-newer /recordings /volume1/kamerat/tuneli
bye
FUND
""", words_pw())

add("shell/decoy-checksum", "scripts/install_firmware.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
    """
#!/usr/bin/env bash
set -e
FW=kazan-sensor-3.2.1.bin
EXPECTED=@@h@@
curl -fsSLO "https://fw.kazani.lan/$FW"
echo "$EXPECTED  $FW" | sha256sum -c -
esptool.py --chip esp32s3 write_flash 0x10000 "$FW"
""", h=hexs(64))

add("shell/gitlab-token", "scripts/clone_all.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
#!/usr/bin/env bash
# klono te gjitha repo-t e grupit te kantines (per laptopin e ri)
for r in shop odoo-addons kazani-fw fiscal; do
  git clone "https://oauth2:@@secret@@@gitlab.com/kantina-berati/$r.git"
done
""", gitlab_token())

add("shell/decoy-ssh-public-key", "scripts/add_guide_keys.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
#!/usr/bin/env bash
# celesat publike te guidave per kioskat
cat >> /home/muzeu/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ elona@bunkart
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ gent@bunkart
KEYS
chmod 600 /home/muzeu/.ssh/authorized_keys
""", k1=mixed(43, ALNUM + "+/"), k2=mixed(43, ALNUM + "+/"))

add("powershell/smb-password", "kiosk/Map-TicketShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive",
    """
# Lidh kioskën me dosjen e biletave në server
$user = "BUNKART\\kiosk"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "B" -PSProvider FileSystem -Root "\\\\srv-bileta\\bileta" -Credential $cred -Persist
Write-Host "Dosja e biletave u lidh."
""", words_pw())

add("powershell/decoy-secretmanagement", "kiosk/Sync-Prices.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "OdooApi" -Vault "KioskVault"
$headers = @{ Authorization = "Bearer $($cred | ConvertFrom-SecureString -AsPlainText)" }
$cmimet = Invoke-RestMethod -Uri "https://odoo.kantina-leskovik.al/api/prices" -Headers $headers
$cmimet | Export-Csv -Path C:\\Kiosk\\cmimet.csv -NoTypeInformation -Encoding UTF8
""")

add("powershell/azure-client-secret", "infra/Connect-Tours.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive",
    """
$tenantId = "@@t@@"
$appId = "@@a@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred
Get-AzWebApp -ResourceGroupName rg-bunkart-tours | Restart-AzWebApp
""", mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~"), t=uuid_s(), a=uuid_s())

add("dockerfile/npm-token", "tours-web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules",
    """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/node_modules ./node_modules
CMD ["npm", "start"]
""", "npm_" + mixed(36))

add("dockerfile/decoy-build-secret", "guide-bot/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.bunkart.al/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "guide_bot"]
""")

add("dockerfile/database-password", "kazani-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /gw ./cmd/gateway

FROM gcr.io/distroless/static
ENV PG_DSN="host=10.50.0.2 user=kazani password=@@secret@@ dbname=temperaturat sslmode=require"
COPY --from=build /gw /gw
ENTRYPOINT ["/gw"]
""", rand_pw(18))

add("sql/database-password", "db/migrations/003_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- perdoruesi per raportet e Metabase (vetem lexim)
CREATE ROLE raportet LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE rezervimet TO raportet;
GRANT USAGE ON SCHEMA public TO raportet;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO raportet;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO raportet;
""", words_pw())

add("sql/decoy-password-hashes", "db/seeds/002_guides.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- guidat fillestare (fjalekalimet jane hash bcrypt, ndryshohen ne hyrjen e pare)
INSERT INTO guidat (emri, email, gjuhet, password_hash) VALUES
  ('Elona Hoxha', 'elona@bunkart.al', '{sq,en,it}', '@@h1@@'),
  ('Gent Marku', 'gent@bunkart.al', '{sq,en,de}', '@@h2@@'),
  ('Ardit Shehu', 'ardit@bunkart.al', '{sq,pl}', '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/smtp-password", "db/migrations/011_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
    """
-- cilesimet e aplikacionit te rezervimeve
INSERT INTO settings (key, value) VALUES
  ('smtp.host', 'mail.bunkart-tours.al'),
  ('smtp.user', 'rezervime@bunkart-tours.al'),
  ('smtp.password', '@@secret@@'),
  ('tours.max_group', '25'),
  ('tours.languages', 'sq,en,it,de,pl');
""", rand_pw(14, "!#"))

add("sql/decoy-uuid-ids", "db/seeds/001_museums.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html",
    """
INSERT INTO muzete (id, emri, qyteti, kapaciteti) VALUES
  ('@@u1@@', 'Bunk''Art 1', 'Tiranë', 60),
  ('@@u2@@', 'Bunk''Art 2', 'Tiranë', 40),
  ('@@u3@@', 'Tuneli i Luftës së Ftohtë', 'Gjirokastër', 25),
  ('@@u4@@', 'Bunkeri i Shkodrës', 'Shkodër', 20);
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/decoy-order-ids", "exports/porosite_2024-09.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
porosia,data,klienti,produkti,sasia,totali_lek,stripe_payment_intent
10231,2024-09-01,Marco R.,Raki Rrushi 0.7L,2,4800,pi_@@p1@@
10232,2024-09-01,Anna K.,Raki Mani 0.5L,1,3200,pi_@@p2@@
10233,2024-09-02,Jonas W.,Raki Kumbulle 0.7L,3,7500,pi_@@p3@@
10234,2024-09-03,Sara B.,Set degustimi,1,5500,pi_@@p4@@
""", p1=mixed(24), p2=mixed(24), p3=mixed(24), p4=mixed(24))

add("csv/device-passwords", "ops/inventory/pajisjet_bunkart2.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
pajisja,ip,modeli,perdoruesi,fjalekalimi,shenime
kamera-hyrja,10.8.1.21,Hikvision DS-2CD2143G2,admin,@@secret@@,hyrja kryesore
kamera-korridori,10.8.1.22,Hikvision DS-2CD2143G2,admin,@@secret@@,korridori B
nvr-01,10.8.1.10,Hikvision DS-7608NI,admin,@@secret@@,NVR 8 kanale
kioska-1,10.8.0.11,Lenovo M70q,muzeu,(shih Bitwarden),
""", words_pw())

add("csv/decoy-tour-bookings", "exports/rezervimet_java37.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
booking_ref,getyourguide_ref,data,ora,muzeu,gjuha,persona,statusi
BK-24-7781,GYG@@g1@@,2024-09-09,10:00,bunkart1,en,4,confirmed
BK-24-7782,GYG@@g2@@,2024-09-09,12:00,bunkart2,it,2,confirmed
BK-24-7783,GYG@@g3@@,2024-09-10,15:00,gjirokaster_tunnel,de,6,cancelled
BK-24-7784,GYG@@g4@@,2024-09-11,10:00,bunkart1,pl,3,confirmed
""", g1=upper_alnum(9), g2=upper_alnum(9), g3=upper_alnum(9), g4=upper_alnum(9))

add("log/basic-auth-header", "logs/booking-sync-2024-09-14.log", "https://datatracker.ietf.org/doc/html/rfc7617",
    """
2024-09-14 08:00:01 INFO  sync start partner=viator
2024-09-14 08:00:01 DEBUG GET https://supplier-api.bunkart-partners.al/v2/bookings?since=2024-09-13
2024-09-14 08:00:01 DEBUG headers={'Accept': 'application/json', 'Authorization': 'Basic @@secret@@'}
2024-09-14 08:00:02 INFO  received 37 bookings
2024-09-14 08:00:02 WARN  booking BK-24-7790 has no language, defaulting to en
2024-09-14 08:00:03 INFO  sync done in 2.1s
""", b64("viator-sync:" + words_pw()))

add("log/decoy-masked", "logs/payments-2024-09-14.log", "https://docs.stripe.com/api/errors",
    """
2024-09-14 10:12:44 INFO  charge ok amount=4800 currency=all pi=pi_@@p1@@ key=sk_live_...@@l4@@
2024-09-14 10:15:02 WARN  card_declined pi=pi_@@p2@@ decline_code=insufficient_funds
2024-09-14 10:20:19 INFO  webhook checkout.session.completed evt_@@e@@ verified=true
2024-09-14 10:20:19 INFO  telegram notify chat=-1001662834551 token=****:AA****
2024-09-14 10:21:00 INFO  fiscal IIC=@@iic@@ FIC=@@fic@@
""", p1=mixed(24), p2=mixed(24), l4=mixed(4), e=mixed(24), iic=hexs(32).upper(), fic=uuid_s())

add("log/smtp-auth-plain", "logs/mail-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616",
    """
send: 'ehlo shop.rakiaskrapari.al\\r\\n'
reply: b'250-mail.rakiaskrapari.al Hello'
reply: b'250-AUTH PLAIN LOGIN'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 2.7.0 Authentication successful'
send: 'mail FROM:<porosi@rakiaskrapari.al> size=2841\\r\\n'
reply: b'250 2.1.0 Ok'
""", b64("\0porosi@rakiaskrapari.al\0" + words_pw()))

# ---------------------------------------------------------------- docs, runbooks, handover notes
add("markdown/router-admin-password", "docs/dorezimi-bunkart2.md", "https://www.markdownguide.org/basic-syntax/",
    """
# Dorëzimi i IT-së – Bunk'Art 2 (Gent → Elona)

Përshëndetje Elona, ja çfarë duhet të dish para se të iki me pushime.

## Rrjeti
- Router-i MikroTik në dhomën e serverit: `10.8.0.1`, përdoruesi `admin`
- Fjalëkalimi: `@@secret@@`
- WiFi i vizitorëve rindizet vetë çdo natë në 03:00

## Kioskat
- Dy kioska (hyrja, salla 3), Windows 11, login automatik
- Printeri i biletave ngec shpesh – hiq letrën dhe rindize

## Kontakte
- Teknik i rrjetit: Besnik, 069 xxx xx xx
""", words_pw())

add("markdown/decoy-vault-instructions", "docs/sekretet.md", "https://bitwarden.com/help/cli/",
    """
# Ku mbahen sekretet

Asnjë fjalëkalim nuk shkruhet në repo. Të gjitha janë në Bitwarden, koleksioni **Kantina/IT**.

| Çfarë | Ku |
|---|---|
| Stripe (live) | Bitwarden → `Stripe live secret key` |
| Baza e të dhënave | Bitwarden → `Postgres dyqani` |
| Telegram bot | Bitwarden → `@GuidatBunkerBot` |
| Certifikata e fiskalizimit | Bitwarden → `NIVF cert.p12` (skedar + fjalëkalim) |

Për ta marrë nga terminali:

```bash
bw get password "Postgres dyqani"
```
""")

add("markdown/stripe-secret-key", "docs/pagesat.md", "https://docs.stripe.com/keys",
    """
# Pagesat online (Stripe)

Llogaria Stripe është në emër të Kantina Çobo shpk.

## Çelësat
- publishable: `pk_live_@@pk@@`
- secret (vetëm për serverin!): `@@secret@@`

## Testimi
Për testim përdorni kartën `4242 4242 4242 4242`, çdo datë në të ardhmen, CVC `123`.

## Webhook
Endpoint-i: `https://kantinacobo.al/wp-json/stripe/webhook`, eventet `checkout.session.completed`.
""", stripe_key(), pk=mixed(24))

add("markdown/decoy-example-values", "README.md", "https://docs.stripe.com/testing",
    """
# rakia-shop

Dyqani online i Rakisë së Skraparit (Django 5).

## Nisja lokale

```bash
cp .env.example .env
# vendos STRIPE_SECRET_KEY=sk_test_... nga paneli i Stripe (modaliteti test)
docker compose up -d db
python manage.py migrate
python manage.py runserver
```

Karta test: `4242 4242 4242 4242`. Përdoruesi admin lokal: `admin` / `admin` (vetëm në SQLite lokale).
""")

add("markdown/ssh-private-key", "docs/runbook-kazani-server.md", "https://man.openbsd.org/ssh-keygen.1",
    """
# Runbook – serveri i sensorëve të kazanëve

Serveri: `kazani-01` (Hetzner, nbg1). Hyrja vetëm me çelës.

Nëse humbet çelësi nga laptopi i punishtes, ky është çelësi i përdoruesit `ops`
(kopjoje te `~/.ssh/kazani_ops`, `chmod 600`):

```
@@secret@@
```

Pastaj: `ssh -i ~/.ssh/kazani_ops ops@kazani-01.kantina.al`
""", pem_openssh())

add("markdown/decoy-redacted-incident", "docs/incidentet/2024-07-telegram.md", "https://sre.google/sre-book/postmortem-culture/",
    """
# Incidenti 2024-07-18: tokeni i bot-it në log

**Çfarë ndodhi:** tokeni i `@GuidatBunkerBot` u shkrua në log nga një `print` harruar.

**Tokeni (i revokuar):** `7123****:AA**************************`

**Veprimet:**
1. Tokeni u revokua te @BotFather në 10:42 dhe u krijua i ri (ruajtur në Bitwarden).
2. U hoq `print(TOKEN)` nga `bot.py`.
3. Logjet e vjetra u fshinë nga serveri.
""")

add("markdown/telegram-bot-token", "docs/guidat-bot-setup.md", "https://core.telegram.org/bots/tutorial",
    """
# Bot-i i guidave – si ta nisësh

1. `git clone` repo-n `guide-bot`
2. Krijo `.env` me:

```
TELEGRAM_BOT_TOKEN=@@secret@@
GUIDES_CHAT_ID=-1001874420193
```

3. `docker compose up -d`
4. Shkruaj `/orari` në grupin e guidave për ta provuar.

Pyetje: Ardit (Telegram @ardit_sh).
""", fakes.telegram_token(_seed()))

add("markdown/decoy-public-ids", "docs/integrimet.md", "https://developers.google.com/analytics/devguides/collection/ga4",
    """
# Integrimet e faqes së tureve

- Google Analytics 4: `G-@@ga@@`
- Google Tag Manager: `GTM-@@gtm@@`
- Meta Pixel: `@@px@@`
- GetYourGuide supplier ID: `@@gyg@@`
- TripAdvisor location ID: `d@@ta@@`
- reCAPTCHA site key: `6Lf@@rc@@`
""", ga=upper_alnum(10), gtm=upper_alnum(7), px=str(_rng().randint(10**14, 10**15)), gyg=str(_rng().randint(100000, 999999)), ta=str(_rng().randint(1000000, 9999999)), rc=mixed(37, ALNUM + "-_"))

add("markdown/aws-secret-access-key", "docs/shenime-ardit.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    """
# Shënime (Ardit) – mos i fshi

- backup-et e audioguidave shkojnë në S3 `bunker-audioguide`
- përdoruesi IAM `audio-uploader`:
  - key id: `@@kid@@`
  - secret: `@@secret@@`
- rajoni: eu-south-1 (Milano)
- TODO: kalo në OIDC nga GitHub Actions dhe fshi këtë çelës
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## [2.4.1] - 2024-09-12
### Fixed
- Fatura e fiskalizuar tani ruan IIC-në (`3F9A...`) dhe FIC-në në porosi.
- Commit `@@c1@@`: rregullim i TVSH-së për setet e degustimit.

## [2.4.0] - 2024-08-30
### Added
- Pagesa me POK dhe PayPal (çelësat lexohen nga mjedisi).
- Release build `sha256:@@d@@`.
""", c1=hexs(40), d=hexs(64))

add("markdown/database-url", "docs/metabase.md", "https://www.metabase.com/docs/latest/databases/connections/postgresql",
    """
# Metabase – raportet e shitjeve

Metabase është në `https://raporte.kantina.al` (login me Google).

Lidhja me bazën (nëse duhet ta shtosh sërish):

    postgresql://raportet:@@secret@@@10.20.0.5:5432/dyqani?sslmode=require

Pyetjet kryesore: shitjet sipas produktit, sipas muajit, eksporti në Itali.
""", words_pw())

add("markdown/decoy-api-docs", "docs/api/autentikimi.md", "https://datatracker.ietf.org/doc/html/rfc6750",
    """
# API i partnerëve – autentikimi

Çdo kërkesë ka header-in:

```http
Authorization: Bearer <TOKENI_YT>
```

Tokeni merret nga paneli i partnerit. Shembull:

```bash
curl -H "Authorization: Bearer $BUNKART_PARTNER_TOKEN" https://api.bunkart.al/v1/tours
```

Tokenët skadojnë pas 90 ditësh.
""")

add("markdown/wifi-password", "docs/per-guidat.md", "https://www.markdownguide.org/basic-syntax/",
    """
# Për guidat e rinj – Tuneli i Gjirokastrës

- Mbërrini 20 minuta para turit të parë.
- Çelësat e portës janë te kafeneja përballë (zonja Vera).
- Tableti i guidës lidhet me WiFi `Tuneli-Staf`, fjalëkalimi `@@secret@@`
- Mos i lini vizitorët në dhomën e radios pa guidë.
- Turet: sq / en / it. Grupi maksimal: 25 persona.
""", words_pw())

add("markdown/decoy-sample-webhook", "docs/slack.md", "https://api.slack.com/messaging/webhooks",
    """
# Njoftimet në Slack

Njoftimet e stokut shkojnë në kanalin `#stoku`. Webhook-u është në GitHub Secrets si `SLACK_WEBHOOK`.

Formati (nga dokumentacioni i Slack):

```
https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
```

Për ta testuar: `curl -X POST -d '{"text":"test"}' "$SLACK_WEBHOOK"`
""")

add("notebook/google-maps-api-key", "analysis/bunkeret_harta.ipynb", "https://developers.google.com/maps/documentation/geocoding/get-api-key",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Harta e bunkerëve në Shkodër (gjeokodimi)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "r = gmaps.geocode(\\"Rruga Marin Barleti, Shkodër\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api_key())

add("notebook/decoy-getpass", "analysis/shitjet_2024.ipynb", "https://docs.python.org/3/library/getpass.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa, pandas as pd\\n",
    "pw = getpass.getpass('Fjalëkalimi i raporteve: ')\\n",
    "eng = sa.create_engine(f'postgresql://raportet:{pw}@10.20.0.5/dyqani')\\n",
    "df = pd.read_sql('select * from porosite', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/database-password", "analysis/temperaturat_kazani.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg://kazani:@@secret@@@10.50.0.2:5432/temperaturat')\\n",
    "df = pd.read_sql('select ts, kazani, temp from matjet where ts > now() - interval 7 day', eng)\\n",
    "df.groupby('kazani').temp.describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/openai-api-key", "analysis/pershkrimet_produkteve.ipynb", "https://platform.openai.com/docs/quickstart",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key='@@secret@@')\\n",
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Përshkrim për Raki Mani 0.5L, 3 fjali, italisht'}])\\n",
    "print(r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed(), "svcacct"))

# ---------------------------------------------------------------- more configs and vendors
add("ini/github-fine-grained-token", "tours-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
# paketat private te @bunkart (ui-kit, harta)
@bunkart:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
""", fakes.github_fine_grained_token(_seed()))

add("ini/decoy-npmrc-env", "guide-discord/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
@bunkart:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
fund=false
audit=false
""")

add("ini/netrc-password", "ops/laptop-setup/.netrc", "https://everything.curl.dev/usingcurl/netrc.html",
    """
machine odoo.kantina-leskovik.al
  login api-export
  password @@secret@@
machine fw.kazani.lan
  login ota
  password (shih Bitwarden)
""", rand_pw(20))

add("ini/pip-index-password", "guide-bot/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/",
    """
[global]
timeout = 60
index-url = https://deploy:@@secret@@@pkgs.bunkart.al/simple/
extra-index-url = https://pypi.org/simple/
trusted-host = pkgs.bunkart.al
""", rand_pw(24))

add("json/docker-registry-auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.kantinaberati.al": {
      "auth": "@@enc@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", (dpw := rand_pw(22)), enc=b64("ci-runner:" + dpw))

add("json/decoy-docker-credstore", "ops/laptop-setup/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.kantinaberati.al": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "default"
}
""")

add("ini/rclone-secret", "ops/backup/rclone.conf", "https://rclone.org/s3/#configuration",
    """
[b2-backup]
type = s3
provider = Cloudflare
access_key_id = @@kid@@
secret_access_key = @@secret@@
endpoint = https://@@acct@@.r2.cloudflarestorage.com
acl = private
""", hexs(64), kid=hexs(32), acct=hexs(32))

add("ini/decoy-rclone-obscured", "ops/backup/rclone-nas.conf", "https://rclone.org/commands/rclone_obscure/",
    """
[nas]
type = sftp
host = 192.168.20.5
user = backup
key_file = ~/.ssh/nas_backup
shell_type = unix
md5sum_command = md5sum
""")

add("ini/wireguard-private-key", "ops/vpn/wg-kantina.conf", "https://www.wireguard.com/quickstart/",
    """
[Interface]
# VPN per laptopin e kontabilistes
PrivateKey = @@secret@@
Address = 10.99.0.7/32
DNS = 10.99.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kantina.al:51820
AllowedIPs = 10.20.0.0/16, 10.30.0.0/16
""", mixed(43, ALNUM + "+/") + "=", pub=mixed(43, ALNUM + "+/") + "=")

add("ini/decoy-wireguard-peer", "ops/vpn/peers.conf", "https://www.wireguard.com/quickstart/",
    """
# celesat PUBLIKE te peer-ve (server side)
[Peer]
# kontabilistja
PublicKey = @@p1@@
AllowedIPs = 10.99.0.7/32

[Peer]
# Ardit
PublicKey = @@p2@@
AllowedIPs = 10.99.0.8/32
""", p1=mixed(43, ALNUM + "+/") + "=", p2=mixed(43, ALNUM + "+/") + "=")

add("ini/decoy-mosquitto-passwd-hash", "kazani-sensors/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """
kazan-gw-01:$7$101$@@s1@@$@@h1@@==
kazan-gw-02:$7$101$@@s2@@$@@h2@@==
telegraf:$7$101$@@s3@@$@@h3@@==
grafana:$7$101$@@s4@@$@@h4@@==
ardit:$7$101$@@s5@@$@@h5@@==
""", s1=mixed(16, ALNUM + "+/"), h1=mixed(86, ALNUM + "+/"), s2=mixed(16, ALNUM + "+/"), h2=mixed(86, ALNUM + "+/"),
    s3=mixed(16, ALNUM + "+/"), h3=mixed(86, ALNUM + "+/"), s4=mixed(16, ALNUM + "+/"), h4=mixed(86, ALNUM + "+/"),
    s5=mixed(16, ALNUM + "+/"), h5=mixed(86, ALNUM + "+/"))

add("ini/influxdb-token", "ops/systemd/kazani-exporter.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """
[Unit]
Description=Eksportuesi i temperaturave te kazaneve
After=network-online.target

[Service]
User=kazani
Environment=INFLUX_URL=https://influx.kazani.lan:8086
Environment=INFLUX_TOKEN=@@secret@@
ExecStart=/opt/kazani/exporter --org kantina --bucket temperaturat
Restart=always

[Install]
WantedBy=multi-user.target
""", mixed(86, ALNUM + "-_") + "==")

add("ini/decoy-systemd-credential", "ops/systemd/guide-bot.service", "https://systemd.io/CREDENTIALS/",
    """
[Unit]
Description=Bot-i i guidave
After=network-online.target

[Service]
User=bot
LoadCredentialEncrypted=telegram-token:/etc/credstore.encrypted/telegram-token
Environment=TOKEN_FILE=%d/telegram-token
ExecStart=/opt/guide-bot/.venv/bin/python -m guide_bot
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("shell/mailchimp-api-key", "ops/cron/kantina.crontab", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
# m h dom mon dow command
30 2 * * * /srv/scripts/backup_odoo.sh >> /var/log/backup.log 2>&1
0 7 * * 1 MC_KEY=@@secret@@ /srv/scripts/sync_newsletter.py --list klientet-italia
*/15 * * * * /srv/scripts/check_kazani.sh
0 3 1 * * /usr/sbin/logrotate /etc/logrotate.conf
""", mailchimp_key())

add("yaml/brevo-api-key", "newsletter/config.yaml", "https://developers.brevo.com/docs/getting-started",
    """
# Newsletter-i mujor i Kantinës (Brevo)
brevo:
  api_key: @@secret@@
  sender:
    name: "Kantina Çobo"
    email: lajme@kantinacobo.al
  lists:
    shqiperi: 4
    italia: 7
    gjermania: 9
""", brevo_key())

add("yaml/decoy-helm-existing-secret", "charts/tours/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    """
image:
  repository: ghcr.io/bunkart/tours-api
  tag: 1.9.0
postgresql:
  auth:
    username: tours_app
    database: rezervimet
    existingSecret: tours-db
    secretKeys:
      userPasswordKey: DB_PASSWORD
ingress:
  enabled: true
  hosts: [tours.bunkermuseum.al]
""")

add("yaml/cloudflare-api-token", "ops/certbot/cloudflare.yaml", "https://certbot-dns-cloudflare.readthedocs.io/en/stable/",
    """
# certbot --dns-cloudflare per *.bunkart.al
dns_cloudflare:
  email: it@bunkart.al
  api_token: @@secret@@
  propagation_seconds: 30
domains:
  - bunkart.al
  - "*.bunkart.al"
""", cloudflare_token())

add("yaml/ssh-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """
stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client sshpass
    - sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no deploy@10.30.0.4 'cd /opt/odoo && ./update.sh'
  only: [main]
""", words_pw())

add("yaml/decoy-gitlab-ci-masked", "fiscal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """
stages: [test, publish]

test:
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=__token__ TWINE_PASSWORD=$PYPI_TOKEN twine upload dist/*
  rules:
    - if: $CI_COMMIT_TAG
""")

add("yaml/newrelic-api-key", "tours-api/newrelic.yml", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/",
    """
common: &default_settings
  app_name: tours-api
  monitor_mode: true
  log_level: info
  api_key: @@secret@@

production:
  <<: *default_settings
""", newrelic_key())

add("yaml/grafana-service-token", "ops/grafana-sync/config.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
    """
# sinkronizimi i paneleve nga repo (grafana-sync)
apiVersion: 1
sync:
  url: https://grafana.kazani.lan
  token: @@secret@@
  folders:
    - Kazanet
    - Bodrumi
""", grafana_token())

add("yaml/decoy-grafana-datasource-env", "ops/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """
apiVersion: 1
datasources:
  - name: Temperaturat
    type: influxdb
    access: proxy
    url: https://influx.kazani.lan:8086
    jsonData:
      version: Flux
      organization: kantina
      defaultBucket: temperaturat
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""")

add("python/notion-token", "scripts/guide_schedule_to_notion.py", "https://developers.notion.com/docs/authorization",
    """
from notion_client import Client

notion = Client(auth="@@secret@@")
DB_ID = "@@db@@"

turnet = [("2024-09-16", "10:00", "Elona", "en"), ("2024-09-16", "12:00", "Gent", "de")]
for data, ora, guida, gjuha in turnet:
    notion.pages.create(parent={"database_id": DB_ID}, properties={
        "Data": {"date": {"start": f"{data}T{ora}:00+02:00"}},
        "Guida": {"title": [{"text": {"content": guida}}]},
        "Gjuha": {"select": {"name": gjuha}},
    })
""", notion_token(), db=hexs(32))

add("python/whatsapp-access-token", "tours/notify/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    """
import requests

PHONE_ID = "1094@@pid@@"
TOKEN = "@@secret@@"


def dergo_konfirmim(numri: str, emri: str, ora: str) -> dict:
    r = requests.post(
        f"https://graph.facebook.com/v20.0/{PHONE_ID}/messages",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"messaging_product": "whatsapp", "to": numri, "type": "template",
              "template": {"name": "konfirmim_turi", "language": {"code": "sq"},
                           "components": [{"type": "body", "parameters": [
                               {"type": "text", "text": emri}, {"type": "text", "text": ora}]}]}},
        timeout=10,
    )
    return r.json()
""", meta_token(), pid=str(_rng().randint(10**11, 10**12)))

add("python/slack-bot-token", "scripts/stock_report.py", "https://api.slack.com/authentication/token-types#bot",
    """
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")

STOKU = {"Raki Rrushi 0.7L": 412, "Raki Mani 0.5L": 96, "Raki Kumbulle 0.7L": 35}

rreshtat = [f"• {p}: {s} shishe" + (" ⚠️" if s < 50 else "") for p, s in STOKU.items()]
client.chat_postMessage(channel="#stoku", text="Stoku sot:\\n" + "\\n".join(rreshtat))
""", slack_bot())

add("python/decoy-keyring", "scripts/odoo_export.py", "https://keyring.readthedocs.io/en/latest/",
    """
import xmlrpc.client

import keyring

URL = "https://odoo.kantina-leskovik.al"
DB, USER = "kantina", "api-export"
PASSWORD = keyring.get_password("odoo-kantina", USER)

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PASSWORD, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
print(models.execute_kw(DB, uid, PASSWORD, "product.product", "search_count", [[]]))
""")

add("python/odoo-api-password", "scripts/odoo_stock_sync.py", "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html",
    """
import xmlrpc.client

URL = "https://odoo.kantina-leskovik.al"
DB = "kantina"
USER = "api-stock"
API_KEY = "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")
for p in models.execute_kw(DB, uid, API_KEY, "product.product", "search_read", [[]], {"fields": ["name", "qty_available"]}):
    print(p["name"], p["qty_available"])
""", hexs(40))

add("python/decoy-hmac-verify", "tours/webhooks/gyg.py", "https://docs.python.org/3/library/hmac.html",
    """
import hashlib
import hmac
import os

SECRET = os.environ["GYG_WEBHOOK_SECRET"].encode()


def verifiko(body: bytes, signature: str) -> bool:
    \"\"\"Kontrollo nenshkrimin e GetYourGuide (hex sha256).\"\"\"
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# shembull nga dokumentacioni: signature = "@@sig@@"
""", sig=hexs(64))

# ---------------------------------------------------------------- devices, bank, partners, more decoys
add("python/camera-rtsp-password", "kiosk/live_view.py", "https://docs.opencv.org/4.x/d8/dfe/classcv_1_1VideoCapture.html",
    """
import cv2

# pamja live e dhomes se komandes (Bunk'Art 1) per ekranin e recepsionit
KAMERA = "rtsp://admin:@@secret@@@10.8.1.23:554/Streaming/Channels/101"

cap = cv2.VideoCapture(KAMERA)
while True:
    ok, frame = cap.read()
    if not ok:
        break
    cv2.imshow("Dhoma e komandes", frame)
    if cv2.waitKey(1) == 27:
        break
""", words_pw())

add("shell/camera-isapi-password", "ops/scripts/reboot_cameras.sh", "https://www.hikvision.com/en/support/download/sdk/",
    """
#!/usr/bin/env bash
# rindiz kamerat e tunelit kur ngrijne (ndodh pas nderprerjes se dritave)
for ip in 10.9.1.21 10.9.1.22 10.9.1.23; do
  curl -s --digest -u 'admin:@@secret@@' -X PUT "http://$ip/ISAPI/System/reboot"
  echo "u rindez $ip"
done
""", words_pw())

add("yaml/decoy-camera-config-ref", "ops/frigate/config.yml", "https://docs.frigate.video/configuration/reference",
    """
mqtt:
  host: mqtt.kazani.lan
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  tuneli_hyrja:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.9.1.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect: {width: 1280, height: 720}
""")

add("python/bank-api-client-secret", "rakia_shop/payments/raiffeisen.py", "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
    """
import requests

TOKEN_URL = "https://api.raiffeisen.al/oauth2/token"
CLIENT_ID = "kantina-cobo-ecom"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "payments"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
""", mixed(48, ALNUM + "-_"))

add("typescript/pok-api-key", "tours-web/src/lib/pok.ts", "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API",
    """
// Pagesat me POK (portofoli dixhital shqiptar)
const POK_API = "https://api.pokpay.io/merchants";
const MERCHANT_ID = "@@mid@@";
const KEY_SECRET = "@@secret@@";

export async function krijoPorosi(shuma: number, pershkrimi: string) {
  const res = await fetch(`${POK_API}/${MERCHANT_ID}/sdk-orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${KEY_SECRET}` },
    body: JSON.stringify({ amount: shuma, currencyCode: "ALL", description: pershkrimi }),
  });
  return res.json();
}
""", mixed(64), mid=uuid_s())

add("json/decoy-bank-details", "rakia_shop/fixtures/kompania.json", "https://www.iban.com/structure",
    """
{
  "emri": "Kantina Çobo shpk",
  "nuis": "K91326009A",
  "adresa": "Lagjja Uznovë, Berat",
  "banka": "Raiffeisen Bank Albania",
  "iban": "AL35202111090000000001234567",
  "swift": "SGSBALTX",
  "email_faturat": "faturat@kantinacobo.al"
}
""")

add("python/viator-api-key", "tours/partners/viator.py", "https://docs.viator.com/partner-api/technical/",
    """
import requests

BASE = "https://api.viator.com/partner"
HEADERS = {
    "exp-api-key": "@@secret@@",
    "Accept": "application/json;version=2.0",
    "Accept-Language": "en-US",
}


def rezervimet_e_sotme(product_code: str) -> list:
    r = requests.post(f"{BASE}/bookings/status", headers=HEADERS, json={"productCode": product_code}, timeout=20)
    r.raise_for_status()
    return r.json().get("bookings", [])
""", uuid_s())

add("python/decoy-presigned-url", "tours/audio_links.py", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html",
    """
# shembull i lidhjes se perkohshme (skadon pas 1 ore) qe i dergohet vizitorit
EXAMPLE = (
    "https://bunker-audioguide.s3.eu-south-1.amazonaws.com/audio/salla3-en.mp3"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@kid@@%2F20240914%2Feu-south-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20240914T081500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=@@sig@@"
)
""", kid=fakes.aws_key_id(_seed()).replace("AKIA", "ASIA"), sig=hexs(64))

add("python/getyourguide-api-token", "tours/partners/gyg.py", "https://integrator.getyourguide.com/documentation",
    """
import requests

# Supplier API i GetYourGuide (disponueshmeria e tureve ne Bunk'Art)
GYG_USER = "bunkart_supplier"
GYG_PASSWORD = "@@secret@@"


def dergo_disponueshmerine(product_id: str, slots: list) -> int:
    r = requests.post("https://supplier-api.getyourguide.com/1/notify-availability-update",
                      auth=(GYG_USER, GYG_PASSWORD),
                      json={"data": {"productId": product_id, "availabilities": slots}}, timeout=15)
    return r.status_code
""", rand_pw(32))

add("yaml/decoy-sops-encrypted", "k8s/shop/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
apiVersion: v1
kind: Secret
metadata:
  name: shop-secrets
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  DB_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-09-10T12:01:44Z"
  mac: ENC[AES256_GCM,data:@@m@@,type:str]
  version: 3.9.0
""", d1=mixed(44, ALNUM + "+/"), iv1=mixed(43, ALNUM + "+/") + "=", t1=mixed(22, ALNUM + "+/") + "==",
    d2=mixed(24, ALNUM + "+/"), iv2=mixed(43, ALNUM + "+/") + "=", t2=mixed(22, ALNUM + "+/") + "==",
    r=mixed(58).lower(), m=mixed(88, ALNUM + "+/"))

add("k8s-secret/tls-private-key", "k8s/tours/tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: tours-tls
  namespace: bunkart
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUQ=
  tls.key: @@enc@@
""", (tk := pem_ec()), enc=b64(tk))

add("yaml/decoy-public-cert", "ops/nginx/certs/bunkart-chain.yml", "https://datatracker.ietf.org/doc/html/rfc7468",
    """
# zinxhiri publik i certifikates (vetem CRT, jo celes)
certificate: |
  -----BEGIN CERTIFICATE-----
  MIID@@c1@@
  @@c2@@
  @@c3@@
  -----END CERTIFICATE-----
fingerprint_sha256: @@fp@@
""", c1=mixed(60, ALNUM + "+/"), c2=mixed(64, ALNUM + "+/"), c3=mixed(40, ALNUM + "+/") + "==", fp=hexs(64))

add("php/decoy-hashed-api-keys", "bunkart-tickets/database/seeders/PartnerSeeder.php", "https://laravel.com/docs/11.x/hashing",
    """
<?php

namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\DB;

class PartnerSeeder extends Seeder
{
    public function run(): void
    {
        // ruhet vetem hash-i SHA-256 i celesit te partnerit, jo celesi
        DB::table('partners')->insert([
            ['name' => 'Agjencia Albania Holidays', 'key_sha256' => '@@h1@@'],
            ['name' => 'Tirana Free Tour', 'key_sha256' => '@@h2@@'],
        ]);
    }
}
""", h1=hexs(64), h2=hexs(64))

add("php/smtp-password", "bunkart-tickets/mail/send_ticket.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example",
    """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require 'vendor/autoload.php';

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'mail.bunkart-tours.al';
$mail->SMTPAuth = true;
$mail->Username = 'bileta@bunkart-tours.al';
$mail->Password = '@@secret@@';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port = 587;
$mail->setFrom('bileta@bunkart-tours.al', "Bunk'Art");
""", words_pw())

add("go/twilio-auth-token", "sms-gateway/main.go", "https://www.twilio.com/docs/libraries/go",
    """
package main

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "@@sid@@",
		Password: "@@secret@@",
	})
	params := &api.CreateMessageParams{}
	params.SetTo("+355691234567")
	params.SetFrom("+355697000123")
	params.SetBody("Kazani 3: temperatura mbi 98°C!")
	_, _ = client.Api.CreateMessage(params)
}
""", hexs(32), sid=twilio_sid())

add("go/decoy-constants", "kazani-gateway/internal/mqtt/topics.go", "https://mqtt.org/mqtt-specification/",
    """
package mqtt

const (
	TopicTemp     = "permet/kazan/%d/temp"
	TopicPressure = "permet/kazan/%d/presioni"
	ClientIDPrefix = "kazan-gw-"
	// ID e pajisjes (seriali i ESP32), jo sekret
	GatewaySerial = "@@ser@@"
)
""", ser=hexs(12).upper())

add("java/redis-password", "tours-legacy/src/main/java/al/bunkart/cache/RedisConfig.java", "https://redis.io/docs/latest/develop/clients/jedis/",
    """
package al.bunkart.cache;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public final class RedisConfig {
    private RedisConfig() {}

    public static JedisPool pool() {
        return new JedisPool(new JedisPoolConfig(), "10.40.0.6", 6379, 2000, "@@secret@@");
    }
}
""", fakes.redis_password(_seed()))

add("kotlin/decoy-test-credentials", "guide-android/app/src/test/java/al/bunkart/guide/LoginTest.kt", "https://developer.android.com/training/testing/local-tests",
    """
package al.bunkart.guide

import org.junit.Assert.assertTrue
import org.junit.Test

class LoginTest {
    private val fakeUser = "guida.test@example.com"
    private val fakePassword = "Test1234!"

    @Test
    fun loginValidates() {
        assertTrue(LoginValidator.isValid(fakeUser, fakePassword))
    }
}
""")

add("csharp/decoy-key-vault", "TicketDesk/Services/SecretsProvider.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net",
    """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace TicketDesk.Services;

public static class SecretsProvider
{
    private static readonly SecretClient Client =
        new(new Uri("https://kv-bunkart-tickets.vault.azure.net/"), new DefaultAzureCredential());

    public static string PosApiKey() => Client.GetSecret("pos-api-key").Value.Value;
}
""")

add("rust/mqtt-password", "kazani-fw/src/mqtt.rs", "https://docs.rs/rumqttc/latest/rumqttc/",
    """
use rumqttc::{MqttOptions, QoS, Client};
use std::time::Duration;

pub fn connect(id: &str) -> Client {
    let mut opts = MqttOptions::new(id, "mqtt.kazani.lan", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("kazan-fw", "@@secret@@");
    let (client, _conn) = Client::new(opts, 10);
    client.subscribe("permet/kazan/cmd", QoS::AtLeastOnce).unwrap();
    client
}
""", rand_pw(20))

add("swift/decoy-keychain", "guide-ios/GuideApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Security
import Foundation

enum TokenStore {
    static let service = "al.bunkart.guide.token"

    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("xml/decoy-maven-settings-env", "tours-legacy/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings>
  <servers>
    <server>
      <id>bunkart-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>bunkart-nexus</id><url>https://nexus.bunkart.al/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""")

add("xml/maven-password", "kantina-erp-bridge/.m2/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings>
  <servers>
    <server>
      <id>kantina-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("env/decoy-ids-only", "guide-app/.env.production", "https://vitejs.dev/guide/env-and-mode",
    """
VITE_API_BASE=https://api.bunkart.al/v1
VITE_FIREBASE_PROJECT_ID=bunker-guide-app
VITE_SENTRY_DSN=https://@@k@@@o450123.ingest.de.sentry.io/4507811
VITE_GA_ID=G-@@ga@@
VITE_BUILD_SHA=@@sha@@
""", k=hexs(32), ga=upper_alnum(10), sha=hexs(40))

add("env/cloudflare-r2-secret", "audioguide-translate/.env.r2", "https://developers.cloudflare.com/r2/api/s3/tokens/",
    """
R2_ACCOUNT_ID=@@acct@@
R2_ACCESS_KEY_ID=@@kid@@
R2_SECRET_ACCESS_KEY=@@secret@@
R2_BUCKET=audioguide-perkthimet
R2_PUBLIC_URL=https://audio.bunkart.al
""", hexs(64), acct=hexs(32), kid=hexs(32))

add("env/decoy-commented-rotated", "kazani-sensors/.env.sample", "https://12factor.net/config",
    """
# Vlerat reale jane ne /etc/kazani/env ne server (root:kazani 0640)
MQTT_HOST=mqtt.kazani.lan
MQTT_USER=kazan-gw-XX
MQTT_PASS=
INFLUX_TOKEN=
ALERT_TELEGRAM_TOKEN=
ALERT_TEMP_MAX=98
""")

add("shell/decoy-test-vectors", "kazani-fw/test/run_hw_tests.sh", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-guides/unit-tests.html",
    """
#!/usr/bin/env bash
# vektore test per HMAC-SHA256 (RFC 4231, rasti 2)
KEY="Jefe"
DATA="what do ya want for nothing?"
EXPECTED="5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
idf.py -p /dev/ttyUSB0 flash monitor -- --hmac-key "$KEY" --data "$DATA" --expect "$EXPECTED"
""")

add("powershell/decoy-placeholder", "kiosk/Install-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
param(
    [Parameter(Mandatory)] [string] $MuseumCode,
    [Parameter(Mandatory)] [pscredential] $KioskCredential
)
# Shembull: .\\Install-Kiosk.ps1 -MuseumCode BA2 -KioskCredential (Get-Credential)
Write-Host "Instalimi i kioskës për $MuseumCode"
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Bunkart\\Kiosk" -Name Museum -Value $MuseumCode
""")

add("powershell/sql-password", "kiosk/Export-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd",
    """
# Eksporto shitjet e dites nga SQL Server i biletave
$conn = "Server=10.60.0.9;Database=Bileta;User Id=raporti;Password=@@secret@@;TrustServerCertificate=True"
$q = "SELECT Data, Muzeu, COUNT(*) AS Bileta, SUM(Cmimi) AS Totali FROM Shitjet WHERE Data = CAST(GETDATE() AS date) GROUP BY Data, Muzeu"
Invoke-Sqlcmd -ConnectionString $conn -Query $q | Export-Csv "C:\\Raporte\\shitjet-$(Get-Date -f yyyy-MM-dd).csv" -NoTypeInformation
Write-Host "U eksportua."
""", rand_pw(16))

add("dockerfile/decoy-arg-no-default", "tours-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg",
    """
FROM python:3.12-slim
ARG GIT_SHA
ENV GIT_SHA=${GIT_SHA} \\
    PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "tours.wsgi", "-b", "0.0.0.0:8000"]
""")

add("dockerfile/github-token", "audioguide-translate/Dockerfile", "https://pip.pypa.io/en/stable/topics/vcs-support/",
    """
FROM python:3.12-slim
WORKDIR /app
RUN pip install --no-cache-dir \\
    "git+https://@@secret@@@github.com/bunkart/tts-tools.git@v0.4.2"
COPY . .
CMD ["python", "translate.py"]
""", fakes.github_token(_seed()))

add("sql/decoy-grants-no-password", "db/migrations/004_roles.sql", "https://www.postgresql.org/docs/current/sql-grant.html",
    """
-- rolet pa fjalekalim: hyrja behet me certifikate klienti (pg_hba: cert)
CREATE ROLE tours_app LOGIN;
CREATE ROLE raportet_ro NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO raportet_ro;
GRANT raportet_ro TO tours_app;
""")

add("csv/decoy-hashed-exports", "exports/perdoruesit_anonim.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
user_sha256,vendi,gjuha,vizita,muzeu_preferuar
@@h1@@,IT,it,3,bunkart1
@@h2@@,DE,de,1,bunkart2
@@h3@@,PL,pl,2,gjirokaster_tunnel
@@h4@@,AL,sq,5,bunkart1
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("log/database-url", "logs/celery-worker.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html",
    """
[2024-09-14 06:00:00,112: INFO/MainProcess] Connected to redis://10.20.0.7:6379/3
[2024-09-14 06:00:00,118: INFO/MainProcess] mingle: searching for neighbors
[2024-09-14 06:00:01,003: ERROR/ForkPoolWorker-1] Task rakia_shop.tasks.sync_stock failed: OperationalError('could not connect to postgresql://dyqani_app:@@secret@@@10.20.0.5:5432/dyqani')
[2024-09-14 06:00:01,004: INFO/ForkPoolWorker-1] retry in 60s
[2024-09-14 06:01:01,220: INFO/ForkPoolWorker-1] Task rakia_shop.tasks.sync_stock succeeded in 0.8s
""", words_pw())

add("log/decoy-request-ids", "logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
203.0.113.17 - - [14/Sep/2024:10:12:01 +0200] "GET /sq/ture/bunkart1 HTTP/2.0" 200 8123 "-" "Mozilla/5.0" rid=@@r1@@
203.0.113.17 - - [14/Sep/2024:10:12:03 +0200] "POST /api/checkout HTTP/2.0" 303 0 "-" "Mozilla/5.0" rid=@@r2@@
198.51.100.4 - - [14/Sep/2024:10:13:44 +0200] "GET /static/app.@@h@@.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0" rid=@@r3@@
198.51.100.4 - - [14/Sep/2024:10:13:45 +0200] "GET /api/tours?lang=it HTTP/2.0" 200 2231 "-" "Mozilla/5.0" rid=@@r4@@
192.0.2.9 - - [14/Sep/2024:10:14:02 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), h=hexs(20), r3=hexs(32), r4=hexs(32), r5=hexs(32))

# ---------------------------------------------------------------- last group
add("csv/vendor-api-keys", "ops/inventory/sherbimet_online.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
sherbimi,llogaria,pronari,celesi,skadon
Mailgun,mg.rakiaskrapari.al,Ardit,(Bitwarden),-
Sendgrid,export@kantinaberati.al,Elona,@@secret@@,-
Hetzner,kantina-ops,Ardit,(Bitwarden),-
Shopify,rakia-shqiptare,Marsida,(Bitwarden),-
""", sendgrid_key())

add("toml/database-password", "analysis/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management",
    """
# paneli i shitjeve (Streamlit) per pronarin e kantines
[connections.dyqani]
dialect = "postgresql"
host = "10.20.0.5"
port = "5432"
database = "dyqani"
username = "raportet"
password = "@@secret@@"
""", words_pw())

add("compose/redis-password", "tours-api/compose.prod.yaml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
    """
services:
  api:
    image: ghcr.io/bunkart/tours-api:1.9.0
    environment:
      REDIS_URL: redis://redis:6379/0
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes: ["redisdata:/data"]
volumes:
  redisdata: {}
""", fakes.redis_password(_seed()))

add("xml/database-password", "TicketDesk.Legacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/configuring-database-connection-strings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Bileta" providerName="System.Data.SqlClient"
         connectionString="Data Source=10.60.0.9;Initial Catalog=Bileta;User ID=kiosk_legacy;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="Muzeu" value="BunkArt1" />
  </appSettings>
</configuration>
""", rand_pw(14, "!#"))

add("properties/kafka-sasl-password", "kazani-stream/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain",
    """
bootstrap.servers=kafka.kazani.lan:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="kazani-stream" password="@@secret@@";
group.id=kazani-alerts
auto.offset.reset=latest
""", rand_pw(24))

add("yaml/apns-private-key", "guide-ios/fastlane/push.yml", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """
# njoftimet push per aplikacionin e guidave (serveri i njoftimeve)
apns:
  team_id: 7QK2M9XW4L
  key_id: 8JD3N6PQ2R
  topic: al.bunkart.guide
  production: true
  key: |
    @@keyblock@@
""", (ak := pem_plain()), keyblock=ak.replace("\n", "\n    "))

add("markdown/basic-credentials-table", "docs/hyrjet-pajisjet.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """
# Pajisjet e Tunelit – hyrjet (vetëm për IT)

| Pajisja | Adresa | Përdoruesi | Fjalëkalimi |
|---|---|---|---|
| NVR | 10.9.1.10 | admin | `@@secret@@` |
| Switch | 10.9.0.2 | admin | si te NVR |
| UPS | 10.9.0.5 | apc | (default, ndryshoje!) |

Mos e ndaj këtë skedar jashtë ekipit.
""", words_pw())

add("swift/google-places-key", "guide-ios/GuideApp/Places/PlacesClient.swift", "https://developers.google.com/maps/documentation/places/ios-sdk/config",
    """
import GooglePlaces

enum PlacesSetup {
    // celes i pakufizuar (u perdor per testim; duhet kufizuar te bundle id)
    static let apiKey = "@@secret@@"

    static func configure() {
        GMSPlacesClient.provideAPIKey(apiKey)
    }
}
""", google_api_key())

add("sql/odoo-api-key", "db/support/reset_api_user.sql", "https://www.postgresql.org/docs/current/sql-update.html",
    """
-- rivendos fjalekalimin e perdoruesit te API-t ne Odoo (perdoret vetem ne staging!)
UPDATE res_users
   SET password = '@@secret@@'
 WHERE login = 'api-stock';
SELECT id, login, active FROM res_users WHERE login = 'api-stock';
""", words_pw())
