"""Blind set JT: coffee exporters and washing stations in Ethiopia.

Export back offices (ECX lots, contracts, EUDR traceability), washing-station field apps and
scales, mobile money (telebirr, M-PESA, Chapa), SMS to farmers, their cloud and CI, with notes
and comments partly in Amharic, and their decoys. Generated fakes only (seeds 4620000-4629999).
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
SEED_LO, SEED_HI = 4620000, 4629999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Yirga", "Guji", "Sidama", "Harar", "Limu", "Jimma", "Kaffa", "Gedeo", "Buna", "Tepi",
         "Bench", "Kochere", "Hambela", "Shakiso", "Bensa", "Aricha", "Chelbesa", "Dumerso"]
LOWER = ["cherry", "parchment", "hulling", "drying", "raised", "bed", "natural", "washed", "sorting",
         "jute", "bag", "cupping", "grade", "sieve", "roaster", "harvest"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def chapa_key(kind: str = "CHASECK-") -> str:
    """Chapa's keys: CHASECK-/CHAPUBK- (or _TEST-) and 32 characters."""
    return fakes.fake(kind, 32, _seed())


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


def at_key() -> str:
    """Africa's Talking API key: atsk_ and 64 hex."""
    return "atsk_" + hexs(64)


def mpesa_consumer() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def mpesa_passkey() -> str:
    return hexs(64)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def gh() -> str:
    return fakes.github_token(_seed())


def ghfg() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22)


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{random.Random(_seed()).randint(100000, 999999)}.ingest.sentry.io/{random.Random(_seed()).randint(1000000, 9999999)}"


def sha256ish() -> str:
    return hexs(64)


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"station-07","iat":1718000000}').rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-jt/{category}", file_name, text, secret, source))


# ---- env files -------------------------------------------------------------------------------

add("env/chapa-secret-key", "export-portal/.env", "Chapa developer docs: API keys (CHASECK-/CHAPUBK-)", """
# Yirgacheffe Union export portal — production
# ማስታወሻ: ይህን ፋይል ወደ git አትግፉ
APP_ENV=production
APP_URL=https://portal.yirgaunion.com.et
DB_HOST=10.20.1.15
DB_NAME=export_portal
DB_USER=portal
CHAPA_PUBLIC_KEY=@@pub@@
CHAPA_SECRET_KEY=@@secret@@
CHAPA_CALLBACK_URL=https://portal.yirgaunion.com.et/payments/chapa/callback
DEFAULT_CURRENCY=ETB
""", chapa_key(), pub=chapa_key("CHAPUBK-"))

add("env/mpesa-consumer-secret", "services/payout/.env.production", "Safaricom Daraja docs: OAuth consumer key and secret", """
# Farmer cherry payouts via M-PESA Ethiopia
MPESA_ENV=production
MPESA_BASE_URL=https://api.safaricom.et
MPESA_CONSUMER_KEY=@@ck@@
MPESA_CONSUMER_SECRET=@@secret@@
MPESA_SHORTCODE=512409
MPESA_INITIATOR=guji_payout_api
MPESA_RESULT_URL=https://payout.gujihighland.et/mpesa/result
MPESA_TIMEOUT_URL=https://payout.gujihighland.et/mpesa/timeout
""", rand_pw(32), ck=mpesa_consumer())

add("env/africastalking-api-key", "sms-gateway/.env", "Africa's Talking docs: API key and username", """
# SMS ለገበሬዎች (cherry price alerts to farmers)
AT_USERNAME=sidamabunasms
AT_API_KEY=@@secret@@
AT_SENDER_ID=SIDAMABUNA
PRICE_ALERT_CRON=0 6 * * *
LANGUAGES=am,om,sid
""", at_key())

add("env/telegram-bot-token", "bots/cupping-bot/.env", "Telegram Bot API docs: authorising your bot", """
# Cupping lab bot — posts scores to the QC group
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_QC_CHAT_ID=-1001873342210
SCA_FORM_VERSION=2024
TZ=Africa/Addis_Ababa
""", telegram())

add("env/database-password", "backend/.env.staging", "Django docs: DATABASES via dj-database-url", """
DEBUG=False
ALLOWED_HOSTS=staging.kaffatrace.et
DATABASE_URL=postgres://kaffatrace:@@secret@@@db-staging.kaffatrace.internal:5432/kaffatrace
REDIS_URL=redis://redis-staging.kaffatrace.internal:6379/0
EUDR_EXPORT_DIR=/srv/eudr/geojson
""", words_pw())

add("env/aws-secret-key", "infra/.env.backup", "AWS CLI docs: environment variables", """
# Nightly backup of lot photos and ECX receipts to S3 (eu-central-1)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-central-1
BACKUP_BUCKET=hambela-estate-backups
BACKUP_PREFIX=ecx-receipts/
""", aws_secret(), kid=akid())

add("env/decoy-placeholder", ".env.example", "dotenv docs: .env.example committed with placeholders", """
# Copy to .env and fill in. ዋጋዎቹን ከ 1Password ውሰዱ
CHAPA_SECRET_KEY=CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
CHAPA_PUBLIC_KEY=CHAPUBK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MPESA_CONSUMER_KEY=your-consumer-key
MPESA_CONSUMER_SECRET=your-consumer-secret
AT_API_KEY=<africastalking api key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/coffee
TELEGRAM_BOT_TOKEN=
""")

add("env/decoy-env-reference", "deploy/compose.env", "Docker Compose docs: variable interpolation", """
# Values are substituted from the CI environment at deploy time
POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
CHAPA_SECRET_KEY=${CHAPA_SECRET_KEY:?set in GitLab CI variables}
TELEBIRR_APP_KEY=${TELEBIRR_APP_KEY}
SMTP_PASSWORD=${SMTP_PASSWORD:-}
SENTRY_ENVIRONMENT=production
""")

add("env/decoy-public-key", "field-app/.env.production", "Vite docs: env variables exposed to the client (VITE_)", """
# Public values only: everything with VITE_ ships in the browser bundle
VITE_API_BASE=https://api.bunatrace.et/v1
VITE_MAPBOX_TOKEN=@@mb@@
VITE_CHAPA_PUBLIC_KEY=@@pub@@
VITE_SENTRY_DSN=@@dsn@@
VITE_DEFAULT_LANG=am
""", mb=mapbox_public(), pub=chapa_key("CHAPUBK-"), dsn=sentry_dsn())

add("env/smtp-password", "mailer/.env.prod", "Nodemailer docs: SMTP transport", """
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_USER=contracts@limuexport.com.et
SMTP_PASS=@@secret@@
MAIL_FROM="Limu Coffee Export <contracts@limuexport.com.et>"
MAIL_BCC=archive@limuexport.com.et
""", words_pw())

add("env/decoy-vault-reference", "ops/.env.vault-agent", "HashiCorp Vault Agent docs: templates", """
# Rendered by vault-agent; this file only names the paths
DB_PASSWORD_PATH=secret/data/export-erp/db#password
CHAPA_KEY_PATH=secret/data/payments/chapa#secret_key
TELEBIRR_KEY_PATH=secret/data/payments/telebirr#app_key
VAULT_ADDR=https://vault.gedeoexport.internal:8200
VAULT_ROLE=export-erp
""")

# ---- python ----------------------------------------------------------------------------------

add("python/telebirr-app-key", "payments/telebirr_client.py", "Ethio telecom telebirr H5 C2B Web Payment integration guide: appKey, appId, shortCode", """
\"\"\"telebirr C2B payments for green coffee sample orders.\"\"\"
import hashlib
import time
import uuid

import requests

TELEBIRR_URL = "https://app.ethiotelecom.et:21443/service-openup/toTradeWebPay"
APP_ID = "c4182ef8-9249-458a-985e-06d191f4d505"
SHORT_CODE = "220311"
APP_KEY = "@@secret@@"  # ከ ethio telecom ፖርታል የተገኘ


def sign(fields: dict) -> str:
    data = dict(fields, appKey=APP_KEY)
    payload = "&".join(f"{k}={data[k]}" for k in sorted(data))
    return hashlib.sha256(payload.encode()).hexdigest().upper()


def pay(amount_etb: float, subject: str) -> dict:
    body = {
        "appId": APP_ID,
        "nonce": uuid.uuid4().hex,
        "outTradeNo": f"SMP{int(time.time())}",
        "shortCode": SHORT_CODE,
        "subject": subject,
        "timeoutExpress": "30",
        "timestamp": str(int(time.time() * 1000)),
        "totalAmount": f"{amount_etb:.2f}",
    }
    body["sign"] = sign(body)
    return requests.post(TELEBIRR_URL, json=body, timeout=20).json()
""", hexs(32))

add("python/mpesa-passkey", "payout/mpesa.py", "Safaricom Daraja docs: M-PESA Express password = base64(Shortcode+Passkey+Timestamp)", """
import base64
from datetime import datetime

import requests

BASE = "https://api.safaricom.et"
SHORTCODE = "174930"
PASSKEY = "@@secret@@"


def stk_password(ts: str) -> str:
    return base64.b64encode(f"{SHORTCODE}{PASSKEY}{ts}".encode()).decode()


def request_payment(token: str, phone: str, amount: int, lot: str) -> dict:
    ts = datetime.now().strftime("%Y%m%d%H%M%S")
    payload = {
        "BusinessShortCode": SHORTCODE,
        "Password": stk_password(ts),
        "Timestamp": ts,
        "TransactionType": "CustomerPayBillOnline",
        "Amount": amount,
        "PartyA": phone,
        "PartyB": SHORTCODE,
        "PhoneNumber": phone,
        "CallBackURL": "https://pay.sidamacoop.et/mpesa/callback",
        "AccountReference": lot,
        "TransactionDesc": "Cherry advance",
    }
    r = requests.post(f"{BASE}/mpesa/stkpush/v3/processrequest", json=payload,
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return r.json()
""", mpesa_passkey())

add("python/django-secret-key", "kaffatrace/settings/production.py", "Django docs: SECRET_KEY setting", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kaffatrace.et", "www.kaffatrace.et"]

SECRET_KEY = "@@secret@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kaffatrace",
        "USER": "kaffatrace",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "db.kaffatrace.internal",
    }
}
LANGUAGE_CODE = "am"
TIME_ZONE = "Africa/Addis_Ababa"
""", django_key())

add("python/sendgrid-api-key", "notifications/contracts_mail.py", "SendGrid Python library docs", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# TODO(ሄኖክ): move to env before go-live
SG_KEY = "@@secret@@"


def send_contract(buyer_email: str, contract_no: str, pdf_url: str) -> int:
    message = Mail(
        from_email="contracts@bensaexport.com",
        to_emails=buyer_email,
        subject=f"Contract {contract_no} — Ethiopia Sidama Bensa G1",
        html_content=f"<p>Please find the signed contract <a href='{pdf_url}'>here</a>.</p>",
    )
    return SendGridAPIClient(SG_KEY).send(message).status_code
""", sendgrid_key())

add("python/postgres-password", "etl/ecx_daily_prices.py", "psycopg2 docs: connect()", """
\"\"\"Pull ECX daily coffee closing prices into the warehouse.\"\"\"
import csv
import io

import psycopg2
import requests

ECX_PRICES = "https://www.ecx.com.et/downloads/Trade/DailyPrice.csv"

conn = psycopg2.connect(host="wh.gujihighland.internal", dbname="warehouse",
                        user="etl_ecx", password="@@secret@@")


def load() -> int:
    rows = list(csv.DictReader(io.StringIO(requests.get(ECX_PRICES, timeout=60).text)))
    with conn, conn.cursor() as cur:
        for row in rows:
            cur.execute(
                "INSERT INTO ecx_price (symbol, grade, close_etb, trade_date) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING",
                (row["Symbol"], row["Grade"], row["Close"], row["Date"]),
            )
    return len(rows)


if __name__ == "__main__":
    print(load())
""", rand_pw(16))

add("python/redis-password", "station_app/cache.py", "redis-py docs: Redis.from_url", """
import redis

# ዋሽንግ ስቴሽን ሚዛን ንባቦች ካሽ (scale readings cache)
REDIS_URL = "redis://:@@secret@@@10.8.0.4:6379/2"
cache = redis.Redis.from_url(REDIS_URL, decode_responses=True)


def last_weight(scale_id: str) -> float:
    value = cache.get(f"scale:{scale_id}:kg")
    return float(value) if value else 0.0
""", redis_pw())

add("python/aws-secret-key", "scripts/upload_lot_photos.py", "boto3 docs: passing credentials as client parameters", """
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def main(folder: str) -> None:
    for photo in pathlib.Path(folder).glob("*.jpg"):
        s3.upload_file(str(photo), "chelbesa-lots", f"2024/{photo.name}")
        print("uploaded", photo.name)


if __name__ == "__main__":
    main(sys.argv[1])
""", aws_secret(), kid=akid())

add("python/telegram-bot-token", "bots/price_bot.py", "python-telegram-bot docs: Application.builder().token()", """
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

TOKEN = "@@secret@@"


async def price(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    # የዛሬ የቀይ ቡና ዋጋ
    await update.message.reply_text("ቀይ ቡና ዛሬ: 92 ብር/ኪሎ (Guji, Shakiso)")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("price", price))
    app.run_polling()


if __name__ == "__main__":
    main()
""", telegram())

add("python/smtp-password", "reports/weekly_dispatch.py", "Python docs: smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Weekly dispatch — Djibouti containers"
msg["From"] = "logistics@harar-highland.com"
msg["To"] = "management@harar-highland.com"
msg.set_content(open("out/dispatch.txt", encoding="utf-8").read())

with smtplib.SMTP("mail.harar-highland.com", 587) as smtp:
    smtp.starttls()
    smtp.login("logistics@harar-highland.com", "@@secret@@")
    smtp.send_message(msg)
""", words_pw())

add("python/africastalking-api-key", "sms/send_price_alerts.py", "Africa's Talking Python SDK docs: africastalking.initialize", """
import africastalking

africastalking.initialize(username="gedeofarmers", api_key="@@secret@@")
sms = africastalking.SMS


def alert(phones: list[str], price: int) -> None:
    # መልእክት በአማርኛ
    text = f"የቀይ ቡና ዋጋ ዛሬ {price} ብር በኪሎ። ጌዴኦ ህብረት"
    sms.send(text, phones, sender_id="GEDEOUNION")
""", at_key())

_k = chapa_key()
add("python/chapa-secret-key", "integrations/chapa_verify.py", "Chapa docs: verify transaction (Authorization: Bearer)", """
import requests

# split so the linter stops complaining — ለጊዜው ብቻ
CHAPA_SECRET = ("@@a@@"
                "@@b@@")


def verify(tx_ref: str) -> bool:
    r = requests.get(f"https://api.chapa.co/v1/transaction/verify/{tx_ref}",
                     headers={"Authorization": f"Bearer {CHAPA_SECRET}"}, timeout=15)
    return r.ok and r.json().get("status") == "success"
""", _k, a=_k[:20], b=_k[20:])

add("python/decoy-env-reference", "payments/settings.py", "pydantic-settings docs: BaseSettings from environment", """
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class PaymentSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PAY_", env_file=".env")

    chapa_secret_key: SecretStr
    telebirr_app_key: SecretStr
    telebirr_app_id: str = "c4182ef8-9249-458a-985e-06d191f4d505"
    mpesa_consumer_key: SecretStr
    mpesa_consumer_secret: SecretStr
    mpesa_shortcode: str = "512409"


settings = PaymentSettings()
""")

add("python/decoy-test-fixture", "tests/test_chapa_webhook.py", "pytest docs: fixtures", """
import hashlib
import hmac
import json

import pytest

from payments.chapa import verify_signature

# Test-only secret; the real one lives in Vault
WEBHOOK_SECRET = "test-webhook-secret"


@pytest.fixture
def event():
    return {"event": "charge.success", "tx_ref": "LOT-2024-0117", "amount": "1500.00", "currency": "ETB"}


def test_signature_roundtrip(event):
    body = json.dumps(event).encode()
    sig = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert verify_signature(body, sig, secret=WEBHOOK_SECRET)


def test_bad_signature(event):
    assert not verify_signature(json.dumps(event).encode(), "0" * 64, secret=WEBHOOK_SECRET)
""")

add("python/decoy-hash", "traceability/lot_hash.py", "Python docs: hashlib", """
\"\"\"Content hashes for EUDR due-diligence statements (public, printed on the DDS).\"\"\"
import hashlib
import json

# Known good digest of the reference plot file, used in the regression test
REFERENCE_PLOTS_SHA256 = "@@h@@"


def lot_digest(lot: dict) -> str:
    canonical = json.dumps(lot, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def check_reference(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == REFERENCE_PLOTS_SHA256
""", h=sha256ish())

add("python/decoy-secret-manager", "lambda/payout_handler.py", "AWS docs: Secrets Manager GetSecretValue with boto3", """
import json
import os

import boto3

_sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-central-1"))


def _secret(name: str) -> dict:
    return json.loads(_sm.get_secret_value(SecretId=name)["SecretString"])


def handler(event, context):
    creds = _secret("prod/payout/mpesa")
    consumer_key = creds["consumer_key"]
    consumer_secret = creds["consumer_secret"]
    # ለአርሶ አደሮች ክፍያ
    return {"ok": bool(consumer_key and consumer_secret), "batch": event.get("batch_id")}
""")

add("python/decoy-uuid", "erp/constants.py", "Python docs: uuid", """
\"\"\"Fixed ids of the washing stations in the ERP (not secrets).\"\"\"
STATIONS = {
    "Chelbesa": "@@u1@@",
    "Aricha": "@@u2@@",
    "Hambela Wamena": "@@u3@@",
    "Dumerso": "@@u4@@",
}
DEFAULT_WAREHOUSE = "Addis Ababa — Kaliti"
GRADE_ORDER = ["G1", "G2", "G3", "G4", "UG"]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-regex", "scanners/redact.py", "Python docs: re", """
\"\"\"Redact phone numbers and payment tokens from exported support logs.\"\"\"
import re

PATTERNS = {
    "et_phone": re.compile(r"\\+2519\\d{8}"),
    "chapa_secret": re.compile(r"CHASECK(_TEST)?-[A-Za-z0-9]{32}"),
    "telegram": re.compile(r"\\d{8,10}:AA[A-Za-z0-9_-]{33}"),
    "aws_key": re.compile(r"AKIA[A-Z2-7]{16}"),
}


def redact(line: str) -> str:
    for name, pattern in PATTERNS.items():
        line = pattern.sub(f"<{name}>", line)
    return line
""")

# ---- containers, kubernetes, CI ----------------------------------------------------------------

_pw = words_pw()
add("k8s-secret/database-password", "k8s/export-erp/db-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: export-erp-db
  namespace: export-erp
  labels:
    app: export-erp
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
  DB_HOST: @@h@@
""", _pw, u=b64("erp_app"), p=b64(_pw), h=b64("pg-primary.erp.svc.cluster.local"))

_k = chapa_key()
add("k8s-secret/chapa-secret-key", "k8s/payments/chapa-secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: chapa-credentials
  namespace: payments
  annotations:
    owner: "finance-it@bunatrace.et"
    # ማስታወሻ: በ sealed-secrets መተካት አለበት
type: Opaque
stringData:
  CHAPA_SECRET_KEY: "@@secret@@"
  CHAPA_WEBHOOK_URL: "https://api.bunatrace.et/webhooks/chapa"
""", _k)

_t = telegram()
add("k8s-secret/telegram-bot-token", "deploy/k8s/bot-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: intake-bot
  namespace: stations
type: Opaque
data:
  token: @@t@@
  chat-id: @@c@@
""", _t, t=b64(_t), c=b64("-1002044719385"))

add("k8s-secret/decoy-sealed-secret", "k8s/payments/telebirr-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: telebirr-credentials
  namespace: payments
spec:
  encryptedData:
    TELEBIRR_APP_KEY: AgB@@e1@@
    TELEBIRR_PRIVATE_KEY: AgC@@e2@@
  template:
    metadata:
      name: telebirr-credentials
      namespace: payments
    type: Opaque
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("k8s/decoy-secret-ref", "k8s/export-erp/deployment.yaml", "Kubernetes docs: env from secretKeyRef", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: export-erp
  namespace: export-erp
spec:
  replicas: 2
  selector:
    matchLabels: {app: export-erp}
  template:
    metadata:
      labels: {app: export-erp}
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/limuexport/export-erp:2.14.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: export-erp-db, key: DB_PASSWORD}
            - name: CHAPA_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: chapa-credentials, key: CHAPA_SECRET_KEY}
            - name: TZ
              value: Africa/Addis_Ababa
""")

add("k8s/smtp-password", "k8s/mailer/configmap.yaml", "Kubernetes docs: ConfigMap", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: mailer-config
  namespace: export-erp
data:
  SMTP_HOST: smtp.gmail.com
  SMTP_PORT: "587"
  SMTP_USER: shipping.docs@kochere-coffee.com
  SMTP_PASSWORD: "@@secret@@"
  MAIL_SUBJECT_PREFIX: "[Kochere Export]"
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

_pw = words_pw()
add("compose/database-password", "docker-compose.yml", "Docker Compose docs: environment", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: cherry_intake
      POSTGRES_USER: intake
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    environment:
      DATABASE_URL: postgres://intake:@@secret@@@db:5432/cherry_intake
      LANG: am_ET.UTF-8
    ports:
      - "8080:8080"
    depends_on: [db]
volumes:
  pgdata: {}
""", _pw)

add("compose/redis-password", "ops/compose.scales.yml", "Redis docs: requirepass; Docker Compose command", """
# የሚዛን መረጃ (scale telemetry) from the stations over the VPN
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  collector:
    image: ghcr.io/aricha-station/scale-collector:0.9
    environment:
      REDIS_HOST: redis
      MQTT_BROKER: tcp://10.8.0.1:1883
""", redis_pw())

add("compose/decoy-env-reference", "compose.prod.yml", "Docker Compose docs: secrets and interpolation", """
services:
  api:
    image: registry.bunatrace.et/api:1.8.0
    environment:
      DATABASE_URL: postgres://api:${DB_PASSWORD}@db:5432/bunatrace
      CHAPA_SECRET_KEY_FILE: /run/secrets/chapa_secret
    secrets:
      - chapa_secret
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  chapa_secret:
    file: ./secrets/chapa_secret.txt
  db_password:
    external: true
""")

add("dockerfile/pypi-token", "Dockerfile", "pip docs: --extra-index-url with credentials", """
FROM python:3.12-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 TZ=Africa/Addis_Ababa
COPY requirements.txt .
# internal packages (coffee-grading, ecx-client) are on our private index
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip config set global.extra-index-url https://__token__:@@secret@@@pypi.org/simple
COPY . .
CMD ["gunicorn", "kaffatrace.wsgi", "-b", "0.0.0.0:8000"]
""", pypi())

add("dockerfile/github-token", "docker/worker.Dockerfile", "Docker docs: ARG/ENV; GitHub docs: personal access tokens", """
FROM node:20-alpine
ARG GITHUB_TOKEN=@@secret@@
WORKDIR /srv/worker
RUN apk add --no-cache git \\
 && git clone https://x-access-token:${GITHUB_TOKEN}@github.com/sidama-bensa/lot-sync.git . \\
 && npm ci --omit=dev
ENV NODE_ENV=production
CMD ["node", "src/index.js"]
""", gh())

add("dockerfile/decoy-build-secret", "docker/api.Dockerfile", "Docker docs: build secrets (--mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.bunatrace.et/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["uvicorn", "api.main:app", "--host", "0.0.0.0"]
""")

add("github-actions/aws-secret-key", ".github/workflows/deploy.yml", "GitHub Actions docs: aws-actions/configure-aws-credentials", """
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
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: aws s3 sync site/ s3://guji-highland-site --delete
""", aws_secret(), kid=akid())

add("github-actions/decoy-secrets-context", ".github/workflows/release.yml", "GitHub Actions docs: secrets context; pypa/gh-action-pypi-publish", """
name: release
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Notify Telegram
        run: |
          curl -s "https://api.telegram.org/bot${{ secrets.TELEGRAM_BOT_TOKEN }}/sendMessage" \\
            -d chat_id=${{ vars.RELEASE_CHAT_ID }} -d text="ecx-client ${{ github.ref_name }} released"
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-eudr.yml", "Slack docs: incoming webhooks", """
name: nightly-eudr-export
on:
  schedule:
    - cron: "0 1 * * *"
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m traceability.export_geojson --out out/
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"EUDR export failed ❌"}' "$SLACK_WEBHOOK_URL"
""", slack_webhook())

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens in CI", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-station-repo:
  stage: mirror
  image: alpine/git
  variables:
    MIRROR_TOKEN: "@@secret@@"
  script:
    - git push --mirror https://oauth2:${MIRROR_TOKEN}@gitlab.com/hambela-estate/station-config.git
  only: [main]
""", gitlab_token())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/stations/vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("ansible/router-admin-password", "ansible/roles/station_router/defaults/main.yml", "Ansible docs: role defaults; OpenWrt UCI wireless", """
---
# ዋሽንግ ስቴሽን ራውተሮች (Teltonika RUT240 at each station)
router_admin_user: admin
router_admin_password: "@@secret@@"
wifi_ssid: "Station-Office"
wifi_encryption: psk2
wifi_key: "{{ vault_station_wifi_key }}"
vpn_server: 196.188.44.12
ntp_servers:
  - 0.africa.pool.ntp.org
  - 1.africa.pool.ntp.org
""", words_pw())

add("ansible/decoy-vault-variable", "ansible/host_vars/erp01.yml", "Ansible docs: variables from ansible-vault", """
---
postgres_version: 16
postgres_users:
  - name: erp_app
    password: "{{ vault_erp_app_password }}"
  - name: etl_ecx
    password: "{{ vault_etl_ecx_password }}"
backup_s3_bucket: limu-export-backups
backup_aws_secret_key: "{{ lookup('amazon.aws.aws_secret', 'prod/backup/aws') }}"
""")

add("terraform/database-password", "infra/terraform/rds.tf", "Terraform AWS provider docs: aws_db_instance", """
resource "aws_db_instance" "erp" {
  identifier              = "export-erp-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "export_erp"
  username                = "erp_admin"
  password                = "@@secret@@"
  backup_retention_period = 14
  skip_final_snapshot     = false
  tags = {
    Owner   = "kochere-it"
    Purpose = "contracts, lots, shipments"
  }
}
""", rand_pw(22))

add("terraform/decoy-random-password", "infra/terraform/secrets.tf", "Terraform docs: random_password and aws_secretsmanager_secret_version", """
resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/export-erp/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "erp_admin", password = random_password.db.result })
}
""")

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs: api_token", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.30" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "portal"
  type    = "A"
  content = "196.188.44.80"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

# ---- JSON, TOML, INI, properties, XML ----------------------------------------------------------

add("json/mpesa-consumer-secret", "config/payout.production.json", "Safaricom Daraja docs: OAuth generate token with consumer key/secret", """
{
  "environment": "production",
  "mpesa": {
    "baseUrl": "https://api.safaricom.et",
    "consumerKey": "@@ck@@",
    "consumerSecret": "@@secret@@",
    "shortCode": "512409",
    "initiatorName": "shakiso_payout"
  },
  "batch": {"maxPerRun": 400, "currency": "ETB", "note": "የቀይ ቡና ቅድመ ክፍያ"}
}
""", rand_pw(32), ck=mpesa_consumer())

_p = pem("")
_p = _p.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "credentials/sheets-sync-sa.json", "Google Cloud docs: service account key file", """
{
  "type": "service_account",
  "project_id": "bensa-lot-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@pemj@@",
  "client_email": "sheets-sync@bensa-lot-sheets.iam.gserviceaccount.com",
  "client_id": "104882736194052881552",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _p.splitlines()[1], kid=hexs(40), pemj=_p.replace("\\n", "\\\\n").replace("\n", "\\n") + "\\n")

add("json/decoy-public-config", "field-app/app.json", "Expo docs: app.json configuration", """
{
  "expo": {
    "name": "Buna Intake",
    "slug": "buna-intake",
    "version": "3.2.0",
    "locales": {"am": "./locales/am.json"},
    "android": {
      "package": "et.bunatrace.intake",
      "config": {"googleMaps": {"apiKey": "AIzaSyD-PLACEHOLDER-replace-in-eas"}}
    },
    "extra": {
      "eas": {"projectId": "@@pid@@"},
      "chapaPublicKey": "@@pub@@",
      "apiBase": "https://api.bunatrace.et"
    }
  }
}
""", pid=uuid_s(), pub=chapa_key("CHAPUBK-"))

add("json/decoy-package-lock", "web/package-lock.json", "npm docs: package-lock.json integrity", """
{
  "name": "export-portal-web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/telebirr-app-secret", "config/telebirr.json", "Ethio telecom telebirr Super App mini-program docs: fabricAppId and appSecret", """
{
  "baseUrl": "https://developerportal.ethiotelecom.et:38443/apiaccess/payment/gateway",
  "fabricAppId": "@@fab@@",
  "appSecret": "@@secret@@",
  "merchantAppId": "850127364519201",
  "merchantCode": "245118",
  "notifyUrl": "https://pay.gedeoexport.et/telebirr/notify",
  "redirectUrl": "https://gedeoexport.et/orders/thanks"
}
""", hexs(32), fab=uuid_s())

add("json/decoy-redacted", "support/ticket-4471.json", "Zendesk API docs: ticket export JSON", """
{
  "id": 4471,
  "subject": "telebirr callback failing for sample orders",
  "requester": "ops@gedeoexport.et",
  "comments": [
    {"author": "Selam", "body": "የ appSecret ተቀይሯል፣ አዲሱ በ Vault ውስጥ ነው"},
    {"author": "Dawit", "body": "Old key was ******************************** (rotated 2024-05-02)"},
    {"author": "Dawit", "body": "appSecret: [REDACTED]"}
  ],
  "status": "solved"
}
""")

add("toml/pypi-token", "tools/release/.pypirc.toml", "Poetry docs: configuring credentials (http-basic / pypi-token)", """
# poetry config exported for the release runner of ecx-client
[repositories.internal]
url = "https://pypi.bunatrace.et/simple/"

[pypi-token]
pypi = "@@secret@@"

[http-basic.internal]
username = "release-bot"
password = "{{ env.INTERNAL_INDEX_PASSWORD }}"
""", pypi())

add("toml/decoy-pyproject", "pyproject.toml", "PyPA docs: pyproject.toml", """
[project]
name = "ecx-client"
version = "0.7.3"
description = "Client for Ethiopia Commodity Exchange coffee trade data"
authors = [{name = "Guji Highland IT", email = "it@gujihighland.et"}]
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.6"]

[project.urls]
Homepage = "https://github.com/gujihighland/ecx-client"

[tool.pytest.ini_options]
env = ["ECX_API_KEY=test-key-not-real"]
""")

add("toml/database-password", "station-sync/config.toml", "Rust config crate docs: TOML sources", """
# station-sync: pushes intake records from the station laptop to HQ
[station]
name = "Chelbesa"
code = "CHB-07"

[hq_db]
url = "mysql://station_chb07:@@secret@@@hq.worka-union.et:3306/intake"
pool = 4

[sync]
interval_secs = 900
offline_queue = "/var/lib/station-sync/queue"
""", words_pw())

add("ini/ldap-bind-password", "erp/odoo.conf", "Odoo docs: configuration file; auth_ldap", """
[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@secret@@
db_host = 10.20.1.15
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^limu_export$
proxy_mode = True
workers = 4
; ቋንቋ
load_language = am_ET
""", rand_pw(18))

add("ini/ftp-password", "scale-bridge/settings.ini", "Python docs: configparser INI format", """
[scale]
port = COM3
baud = 9600
model = Avery Weigh-Tronix ZM405

[upload]
; የሚዛን ሪፖርት ወደ ዋናው ቢሮ
protocol = ftp
host = ftp.hambela-estate.com
user = wamena_station
password = @@secret@@
remote_dir = /intake/wamena
""", words_pw())

add("ini/decoy-placeholder", "alembic.ini", "Alembic docs: alembic.ini sqlalchemy.url", """
[alembic]
script_location = migrations
# set DATABASE_URL in the environment; env.py overrides this
sqlalchemy.url = postgresql://user:password@localhost/coffee_dev

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("properties/database-password", "src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource properties", """
server.port=8080
spring.datasource.url=jdbc:postgresql://db.sidamacoop.internal:5432/contracts
spring.datasource.username=contracts_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
app.ecx.warehouse=Hawassa
app.locale=am_ET
""", rand_pw(20))

add("properties/decoy-placeholder", "src/main/resources/application.properties", "Spring Boot docs: property placeholders", """
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/contracts}
spring.datasource.username=${DB_USER:contracts}
spring.datasource.password=${DB_PASSWORD}
app.chapa.secret-key=${CHAPA_SECRET_KEY}
app.mail.password=${MAIL_PASSWORD:changeme}
logging.level.et.sidamacoop=INFO
""")

add("xml/smtp-password", "config/mail-settings.xml", "Microsoft docs: system.net mailSettings smtp network", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="noreply@tepi-coffee.com" deliveryMethod="Network">
        <network host="smtp.tepi-coffee.com" port="587" enableSsl="true"
                 userName="noreply@tepi-coffee.com" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("xml/decoy-maven-settings", "ci/maven-settings.xml", "Maven docs: settings.xml servers with env references", """
<settings>
  <servers>
    <server>
      <id>kochere-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kochere-nexus</id>
      <url>https://nexus.kochere-coffee.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

# ---- code in other languages -------------------------------------------------------------------

add("php/chapa-secret-key", "app/Services/ChapaService.php", "Chapa docs: initialize transaction (PHP)", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class ChapaService
{
    // የቻፓ ሚስጥራዊ ቁልፍ — temporary until .env works on the shared host
    private string $secret = '@@secret@@';

    public function initialize(array $order): array
    {
        return Http::withToken($this->secret)
            ->post('https://api.chapa.co/v1/transaction/initialize', [
                'amount' => $order['amount'],
                'currency' => 'ETB',
                'email' => $order['email'],
                'tx_ref' => 'SAMPLE-' . $order['id'],
                'callback_url' => route('chapa.callback'),
            ])->json();
    }
}
""", chapa_key())

add("php/database-password", "wp-config.php", "WordPress docs: wp-config.php database settings", """
<?php
/** Sidama Bensa farm-story site */
define( 'DB_NAME', 'bensa_wp' );
define( 'DB_USER', 'bensa_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'am' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-env-reference", "config/services.php", "Laravel docs: config/services.php with env()", """
<?php

return [
    'chapa' => [
        'secret' => env('CHAPA_SECRET_KEY'),
        'public' => env('CHAPA_PUBLIC_KEY'),
        'webhook_secret' => env('CHAPA_WEBHOOK_SECRET'),
    ],
    'telebirr' => [
        'app_id' => env('TELEBIRR_APP_ID'),
        'app_key' => env('TELEBIRR_APP_KEY'),
        'short_code' => env('TELEBIRR_SHORT_CODE', '220311'),
    ],
    'africastalking' => [
        'username' => env('AT_USERNAME', 'sandbox'),
        'key' => env('AT_API_KEY'),
    ],
];
""")

add("java/mpesa-consumer-secret", "src/main/java/et/sidamacoop/payout/DarajaAuth.java", "Safaricom Daraja docs: Basic auth of consumer key:consumer secret", """
package et.sidamacoop.payout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class DarajaAuth {
    private static final String CONSUMER_KEY = "@@ck@@";
    private static final String CONSUMER_SECRET = "@@secret@@";

    public static String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (CONSUMER_KEY + ":" + CONSUMER_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(
                URI.create("https://api.safaricom.et/v1/token/generate?grant_type=client_credentials"))
                .header("Authorization", "Basic " + basic).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", rand_pw(32), ck=mpesa_consumer())

add("java/decoy-constants", "src/main/java/et/sidamacoop/ecx/EcxSymbols.java", "ECX contract symbols (public)", """
package et.sidamacoop.ecx;

import java.util.Map;

/** ECX coffee contract symbols; public trading codes, not credentials. */
public final class EcxSymbols {
    public static final String WASHED_SIDAMA_A = "WSDA";
    public static final String WASHED_YIRGACHEFFE = "WYCA";
    public static final String UNWASHED_GUJI = "UGUJ";
    public static final String PASSWORD_FIELD = "password";
    public static final String API_KEY_HEADER = "X-Api-Key";

    public static final Map<String, String> REGIONS = Map.of(
            "WSDA", "Sidama", "WYCA", "Gedeo", "UGUJ", "Guji");

    private EcxSymbols() {}
}
""")

add("kotlin/africastalking-api-key", "app/src/main/java/et/gedeo/intake/SmsSender.kt", "Africa's Talking docs: Android/Java SDK initialize", """
package et.gedeo.intake

import com.africastalking.AfricasTalking
import com.africastalking.sms.SmsService

object SmsSender {
    private const val USERNAME = "gedeointake"
    private const val API_KEY = "@@secret@@"

    private val sms: SmsService by lazy {
        AfricasTalking.initialize(USERNAME, API_KEY)
        AfricasTalking.getService(AfricasTalking.SERVICE_SMS)
    }

    // ደረሰኝ ለገበሬው (receipt to the farmer)
    fun receipt(phone: String, kg: Double, birr: Double) {
        sms.send("ተረክበናል: $kg ኪሎ ቀይ ቡና, $birr ብር", arrayOf(phone), true)
    }
}
""", at_key())

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android docs: buildConfigField from local.properties", """
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "et.gedeo.intake"
    defaultConfig {
        applicationId = "et.gedeo.intake"
        minSdk = 24
        buildConfigField("String", "AT_API_KEY", "\\"${localProps.getProperty("at.apiKey", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.gedeounion.et\\"")
    }
}
""")

add("csharp/database-password", "ScaleBridge/appsettings.Production.json", "ASP.NET Core docs: connection strings in appsettings.json", """
{
  "ConnectionStrings": {
    "Intake": "Server=10.20.1.30;Database=CherryIntake;User Id=scalebridge;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scale": {
    "Port": "COM4",
    "Model": "Mettler Toledo IND570",
    "Station": "Aricha"
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""", words_pw())

add("csharp/sendgrid-api-key", "ShippingDocs/Services/MailService.cs", "SendGrid C# library docs", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ShippingDocs.Services;

public class MailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public async Task SendBillOfLadingAsync(string to, string container, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("docs@harar-highland.com", "Harar Highland Export"),
            new EmailAddress(to), $"B/L {container} — Djibouti", "Attached.", null);
        msg.AddAttachment($"BL-{container}.pdf", Convert.ToBase64String(pdf));
        await _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("go/telegram-bot-token", "cmd/intakebot/main.go", "go-telegram-bot-api docs: NewBotAPI", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		// የዕለቱ ቀይ ቡና መጠን ይመዝገብ
		reply := tgbotapi.NewMessage(update.Message.Chat.ID, "ተመዝግቧል ✅")
		bot.Send(reply)
	}
}
""", telegram())

add("go/database-password", "internal/store/db.go", "Go database/sql and lib/pq docs: connection string", """
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

const dsn = "host=pg.worka-union.internal port=5432 user=lots password=@@secret@@ dbname=lots sslmode=require"

func Open() (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	return db, db.Ping()
}
""", rand_pw(20))

add("go/decoy-env-reference", "internal/config/config.go", "Go docs: os.Getenv", """
package config

import "os"

type Config struct {
	DatabaseURL   string
	ChapaSecret   string
	TelegramToken string
	Station       string
}

func Load() Config {
	return Config{
		DatabaseURL:   os.Getenv("DATABASE_URL"),
		ChapaSecret:   os.Getenv("CHAPA_SECRET_KEY"),
		TelegramToken: os.Getenv("TELEGRAM_BOT_TOKEN"),
		Station:       getenv("STATION_CODE", "CHB-07"),
	}
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "Stripe docs: Ruby library Stripe.api_key", """
# Webshop for roasted coffee sold to the diaspora (USD/EUR)
Stripe.api_key = '@@secret@@'
Stripe.api_version = '2024-06-20'

Rails.configuration.stripe = {
  publishable_key: 'pk_live_@@pk@@',
  currency: 'usd'
}
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("ruby/decoy-credentials-reference", "config/initializers/chapa.rb", "Rails docs: encrypted credentials", """
# ቻፓ ክፍያ
Chapa.configure do |c|
  c.secret_key = Rails.application.credentials.dig(:chapa, :secret_key)
  c.public_key = Rails.application.credentials.dig(:chapa, :public_key)
  c.callback_url = "https://shop.yirgacheffe-roasters.com/payments/chapa"
  c.currency = "ETB"
end
""")

add("typescript/openai-api-key", "src/lib/cuppingNotes.ts", "OpenAI Node library docs: new OpenAI({ apiKey })", """
import OpenAI from "openai";

const client = new OpenAI({ apiKey: "@@secret@@" });

// Turn the Q-grader's Amharic notes into English cupping descriptors for buyers
export async function translateNotes(notesAm: string, lot: string): Promise<string> {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Translate Amharic cupping notes into SCA flavor-wheel English." },
      { role: "user", content: `Lot ${lot}: ${notesAm}` },
    ],
  });
  return res.choices[0].message.content ?? "";
}
""", openai())

add("typescript/mapbox-secret-token", "scripts/uploadPlots.ts", "Mapbox docs: Uploads API requires a secret token (sk.) with uploads:write", """
import { readFileSync } from "node:fs";

const MAPBOX_USER = "hambelaestate";
const MAPBOX_SK = "@@secret@@";

async function uploadPlots(path: string): Promise<void> {
  const geojson = readFileSync(path, "utf8");
  const url = `https://api.mapbox.com/datasets/v1/${MAPBOX_USER}?access_token=${MAPBOX_SK}`;
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "eudr-farm-plots", description: geojson.length + " bytes" }),
  });
  console.log(res.status);
}

uploadPlots(process.argv[2]);
""", mapbox_secret())

add("typescript/decoy-mapbox-public", "src/map/PlotMap.tsx", "Mapbox GL JS docs: public access token (pk.)", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

mapboxgl.accessToken = "@@pk@@";

export function PlotMap({ geojson }: { geojson: GeoJSON.FeatureCollection }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/satellite-v9", center: [38.2, 6.1], zoom: 11 });
    map.on("load", () => {
      map.addSource("plots", { type: "geojson", data: geojson });
      map.addLayer({ id: "plots", type: "fill", source: "plots", paint: { "fill-color": "#7b3f00", "fill-opacity": 0.4 } });
    });
    return () => map.remove();
  }, [geojson]);
  return <div ref={ref} style={{ height: 480 }} />;
}
""", pk=mapbox_public())

add("typescript/decoy-type-names", "src/types/payments.ts", "TypeScript handbook: interfaces", """
export interface ChapaCredentials {
  secretKey: string;
  publicKey: string;
}

export interface TelebirrCredentials {
  appId: string;
  appKey: string;
  shortCode: string;
}

export const EMPTY_CHAPA: ChapaCredentials = { secretKey: "", publicKey: "" };
export const SECRET_KEY_PATTERN = /^CHASECK(_TEST)?-[A-Za-z0-9]{32}$/;
""")

add("javascript/slack-bot-token", "ops/slack-notify.js", "Slack docs: @slack/web-api WebClient", """
const { WebClient } = require("@slack/web-api");

const slack = new WebClient("@@secret@@");

async function announceShipment(container, lots) {
  await slack.chat.postMessage({
    channel: "#shipments",
    text: `🚢 ${container} loaded at Modjo dry port: ${lots.join(", ")}`,
  });
}

module.exports = { announceShipment };
""", slack_bot())

add("swift/chapa-secret-key", "BunaShop/Payments/ChapaConfig.swift", "Chapa docs: API keys; Swift", """
import Foundation

enum ChapaConfig {
    static let baseURL = URL(string: "https://api.chapa.co/v1")!
    static let publicKey = "@@pub@@"
    // FIXME: the secret must not ship in the app — move to our backend
    static let secretKey = "@@secret@@"
    static let currency = "ETB"
}
""", chapa_key(), pub=chapa_key("CHAPUBK-"))

add("rust/database-password", "station-sync/src/db.rs", "sqlx docs: MySqlPoolOptions connect", """
use sqlx::mysql::MySqlPoolOptions;
use sqlx::MySqlPool;

const HQ_URL: &str = "mysql://station_aricha:@@secret@@@hq.worka-union.et:3306/intake";

pub async fn pool() -> Result<MySqlPool, sqlx::Error> {
    MySqlPoolOptions::new()
        .max_connections(4)
        .connect(HQ_URL)
        .await
}
""", rand_pw(16))

# ---- shell, PowerShell, SQL --------------------------------------------------------------------

add("shell/mysql-password", "scripts/backup_intake.sh", "MySQL docs: mysqldump -p<password>", """
#!/usr/bin/env bash
# ዕለታዊ ምትኬ — nightly backup of the station intake database
set -euo pipefail
STAMP=$(date +%F)
OUT=/backup/intake-$STAMP.sql.gz
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction intake | gzip > "$OUT"
rclone copy "$OUT" gdrive:station-backups/aricha/
find /backup -name 'intake-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/ecx-portal-password", "scripts/pull_ecx_receipts.sh", "curl docs: -u user:password", """
#!/bin/sh
# Pull warehouse receipts (GRN) for our lots from the ECX member portal export
set -e
DAY=${1:-$(date +%Y-%m-%d)}
curl -sf -u "limu_member_0412:@@secret@@" \\
  "https://member.ecx.com.et/api/receipts?date=$DAY&format=csv" \\
  -o "receipts/$DAY.csv"
echo "saved receipts/$DAY.csv"
""", words_pw())

add("shell/africastalking-api-key", "ops/sms_test.sh", "Africa's Talking docs: SMS API with apiKey header", """
#!/usr/bin/env bash
# test SMS to the station managers after the price update
curl -X POST https://api.africastalking.com/version1/messaging \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -H "apiKey: @@secret@@" \\
  -d "username=sidamabunasms" \\
  -d "to=+251911000001,+251911000002" \\
  -d "message=የዋጋ ማሻሻያ ተልኳል"
""", at_key())

add("shell/telegram-bot-token", "cron/notify_dryers.sh", "Telegram Bot API docs: sendMessage", """
#!/bin/bash
# raised-bed drying: alert when the humidity sensor reads above 70%
HUM=$(cat /var/lib/sensors/bed3_humidity)
if [ "${HUM%.*}" -gt 70 ]; then
  curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
    --data-urlencode "chat_id=-1001766209341" \\
    --data-urlencode "text=⚠️ አልጋ 3: እርጥበት ${HUM}% — ቡናውን ሸፍኑ"
fi
""", telegram())

add("shell/decoy-env-reference", "scripts/deploy.sh", "Bash manual: parameter expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${CHAPA_SECRET_KEY:?export CHAPA_SECRET_KEY first}"
: "${DB_PASSWORD:?export DB_PASSWORD first}"
ssh deploy@196.188.44.80 "docker service update --env-add CHAPA_SECRET_KEY=$CHAPA_SECRET_KEY export_api"
PGPASSWORD="$DB_PASSWORD" psql -h db.bunatrace.internal -U api -c 'select 1'
echo "deployed"
""")

add("shell/decoy-gpg-fingerprint", "scripts/verify_release.sh", "GnuPG docs: --verify and fingerprints", """
#!/bin/sh
# Verify the signed station-sync release before installing on the station laptop
set -e
RELEASE_KEY_FPR="@@fpr@@"
gpg --recv-keys "$RELEASE_KEY_FPR"
gpg --verify station-sync.tar.gz.asc station-sync.tar.gz
echo "@@sum@@  station-sync.tar.gz" | sha256sum -c -
tar xzf station-sync.tar.gz -C /opt
""", fpr=hexs(40).upper(), sum=sha256ish())

add("powershell/sql-password", "scripts/Export-LotReport.ps1", "Microsoft docs: Invoke-Sqlcmd -Username -Password", """
# ሳምንታዊ የሎት ሪፖርት
param([string]$Week = (Get-Date -UFormat %V))
$params = @{
    ServerInstance = "ERP-SQL01"
    Database       = "CoffeeERP"
    Username       = "report_reader"
    Password       = "@@secret@@"
    Query          = "SELECT LotNo, Station, Grade, NetKg FROM dbo.Lots WHERE DATEPART(week, Received) = $Week"
}
Invoke-Sqlcmd @params | Export-Csv -Path "\\\\fileserver\\reports\\lots-w$Week.csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("powershell/decoy-secure-string", "scripts/Set-ScaleService.ps1", "Microsoft docs: Get-Credential and SecretManagement", """
# Installs the scale bridge service on the station PC
$cred = Get-Secret -Name "ScaleBridgeServiceAccount" -Vault StationVault
New-Service -Name "ScaleBridge" `
    -BinaryPathName "C:\\ScaleBridge\\ScaleBridge.exe" `
    -Credential $cred `
    -StartupType Automatic
Start-Service ScaleBridge
""")

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- 0007: read-only role for the Power BI dashboard (ሪፖርት)
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE export_erp TO powerbi_reader;
GRANT USAGE ON SCHEMA reporting TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO powerbi_reader;
""", rand_pw(18))

add("sql/africastalking-api-key", "db/seed/integrations.sql", "SQL seed data with integration credentials", """
-- seed the integrations table on the new server (ከድሮው ሰርቨር የተገለበጠ)
INSERT INTO integrations (name, base_url, api_key, enabled) VALUES
  ('africastalking', 'https://api.africastalking.com', '@@secret@@', true),
  ('ecx_feed', 'https://www.ecx.com.et', NULL, true),
  ('weather', 'https://api.open-meteo.com', NULL, true);
""", at_key())

add("sql/decoy-hashed-passwords", "db/seed/users.sql", "Django docs: password hashers (pbkdf2_sha256)", """
-- demo users for the staging station app; hashes only
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('tigist', 'tigist@worka-union.et', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', true),
  ('abebe', 'abebe@worka-union.et', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', false),
  ('station_chb07', 'chb07@worka-union.et', '!@@s3@@', false);
""", s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), s2=fakes.drawn(_seed(), 22),
    h2=fakes.drawn(_seed(), 43, ALNUM + "+/"), s3=fakes.drawn(_seed(), 40))

add("sql/decoy-ids", "db/queries/lots_by_station.sql", "PostgreSQL docs: SELECT", """
-- ሎቶች በጣቢያ (lots by station), harvest 2023/24
SELECT s.name AS station,
       l.lot_no,
       l.ecx_grn,
       l.grade,
       sum(l.net_kg) AS kg
FROM lots l
JOIN stations s ON s.id = l.station_id
WHERE l.harvest = '2023/24'
  AND s.id IN ('@@u1@@', '@@u2@@')
GROUP BY 1, 2, 3, 4
ORDER BY kg DESC;
""", u1=uuid_s(), u2=uuid_s())

# ---- CSV, logs ---------------------------------------------------------------------------------

add("csv/device-password", "it/station_devices.csv", "IT asset inventory CSV export", """
station,device,model,ip,admin_user,admin_password,notes
Chelbesa,router,Teltonika RUT240,10.8.7.1,admin,@@secret@@,4G Safaricom SIM
Chelbesa,scale-pc,Dell OptiPlex 3000,10.8.7.10,station,see KeePass,Windows 11
Aricha,router,Teltonika RUT240,10.8.8.1,admin,see KeePass,4G ethio SIM
Aricha,camera,Hikvision DS-2CD1043,10.8.8.20,admin,see KeePass,drying beds
""", words_pw())

add("csv/decoy-lot-export", "exports/lots_2024_w18.csv", "ECX-style lot export CSV", """
lot_no,station,region,process,grade,net_kg,ecx_grn,sha256_of_plot_file
SDB-24-0117,Bensa,Sidama,washed,G1,18900,GRN-HW-240417-0091,@@h1@@
SDB-24-0118,Bensa,Sidama,natural,G1,12400,GRN-HW-240418-0022,@@h2@@
GJI-24-0044,Shakiso,Guji,natural,G2,20150,GRN-SH-240420-0113,@@h3@@
YRG-24-0301,Chelbesa,Gedeo,washed,G1,17600,GRN-DL-240422-0008,@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("csv/decoy-transactions", "exports/mpesa_payouts_may.csv", "Safaricom Daraja B2C result CSV export", """
TransactionID,ConversationID,Phone,AmountETB,Status,Farmer
SEB4H7K2LQ,AG_20240502_000040f2b1c9a6e3d7f1,2517********,3450.00,Completed,ሙሉጌታ ደ.
SEB4H7K3MZ,AG_20240502_000041a8c3d2e5f7b9a0,2517********,1280.00,Completed,ፋጡማ አ.
SEB4H7K4NB,AG_20240502_0000427e9d1c3b5a7f2e,2517********,990.00,Failed,ገብሬ ተ.
SEB4H7K5PC,AG_20240502_00004314f6a8b2c9d0e7,2517********,4100.00,Completed,አልማዝ ሰ.
""")

add("log/database-password", "logs/intake-api-2024-05-03.log", "SQLAlchemy/psycopg connection error log", """
2024-05-03 06:00:01,112 INFO  intake.api startup station=CHB-07
2024-05-03 06:00:01,240 INFO  connecting to database
2024-05-03 06:00:04,251 ERROR sqlalchemy.pool could not connect: postgresql://intake:@@secret@@@10.20.1.15:5432/intake (timeout)
2024-05-03 06:00:04,252 WARN  retrying in 30s
2024-05-03 06:00:34,610 INFO  connected
2024-05-03 06:02:11,044 INFO  POST /intake/weigh lot=YRG-24-0301 kg=412.5
""", words_pw())

add("log/telegram-bot-token", "logs/pricebot.log", "python-telegram-bot / httpx request log", """
2024-05-06 07:00:00 INFO  pricebot: sending daily prices to 3 groups
2024-05-06 07:00:01 INFO  httpx: HTTP Request: POST https://api.telegram.org/bot@@secret@@/sendMessage "HTTP/1.1 200 OK"
2024-05-06 07:00:01 INFO  httpx: HTTP Request: POST https://api.telegram.org/bot@@secret@@/sendMessage "HTTP/1.1 200 OK"
2024-05-06 07:00:02 ERROR pricebot: chat -1001920044211 forbidden: bot was kicked
2024-05-06 07:00:02 INFO  pricebot: done (2/3)
""", telegram())

add("log/decoy-masked", "logs/payout-2024-05-02.log", "Application log with masked credentials", """
2024-05-02 10:14:03 INFO  payout: token request consumer_key=ZkQ8****************************************kP2v
2024-05-02 10:14:03 INFO  payout: token ok, expires_in=3599
2024-05-02 10:14:05 INFO  payout: B2C 3450.00 ETB -> 2517****1234 conv=AG_20240502_000040f2b1c9a6e3d7f1
2024-05-02 10:14:07 INFO  payout: B2C 1280.00 ETB -> 2517****5678 conv=AG_20240502_000041a8c3d2e5f7b9a0
2024-05-02 10:14:09 WARN  payout: Authorization: Bearer [FILTERED]
2024-05-02 10:14:11 INFO  payout: batch done ok=2 failed=0
""")

add("log/decoy-request-ids", "logs/chapa-webhooks.log", "Chapa docs: webhook events", """
2024-05-07T08:11:02Z webhook event=charge.success tx_ref=SAMPLE-8812 ref_id=APfA2kLq1Zx9 amount=1500.00 ETB
2024-05-07T08:11:02Z signature check ok (x-chapa-signature sha256=@@h1@@)
2024-05-07T09:40:55Z webhook event=charge.success tx_ref=SAMPLE-8813 ref_id=APqW7mTn3Rb2 amount=900.00 ETB
2024-05-07T09:40:55Z signature check ok (x-chapa-signature sha256=@@h2@@)
2024-05-07T10:02:17Z webhook event=charge.refunded tx_ref=SAMPLE-8801 amount=750.00 ETB
""", h1=sha256ish(), h2=sha256ish())

# ---- docs, runbooks, notebooks -----------------------------------------------------------------

add("markdown/router-admin-password", "docs/handover/aricha-station.md", "Handover notes in a team wiki (Markdown)", """
# የአሪቻ ጣቢያ ርክክብ (Aricha station handover)

Handed over by Yonas to Meron, 2024-04-30.

## Network
- Router: Teltonika RUT240, 10.8.8.1
- Login: `admin` / `@@secret@@`
- SIM: ethio telecom 4G, top up monthly (ወርሃዊ ክፍያ)

## Scale PC
- Windows login is in KeePass (`Stations/Aricha`)
- ScaleBridge service restarts itself at 05:30

## Open issues
- Drying bed 3 humidity sensor reads high after rain
""", words_pw())

add("markdown/telebirr-app-key", "docs/integrations/telebirr.md", "Ethio telecom telebirr integration guide: appId/appKey/shortCode", """
# telebirr integration (sample orders)

ethio telecom issued these for **production** on 2024-03-11 (ኢሜይል ከ ሰላም):

| Field     | Value |
|-----------|-------|
| appId     | `@@aid@@` |
| appKey    | `@@secret@@` |
| shortCode | `220311` |
| notifyUrl | `https://pay.gedeoexport.et/telebirr/notify` |

Sign requests with SHA256 over the sorted fields plus `appKey`; see `payments/telebirr_client.py`.
""", hexs(32), aid=uuid_s())

add("markdown/decoy-readme-placeholders", "README.md", "README with setup instructions and placeholders", """
# BunaTrace

Traceability for Ethiopian coffee from the washing station to the container (EUDR ready).
ቡና ከጣቢያ እስከ ኮንቴነር።

## Setup

```bash
cp .env.example .env
# then edit .env:
CHAPA_SECRET_KEY=CHASECK_TEST-<your test key>
TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://bunatrace:<password>@localhost:5432/bunatrace
```

Test keys come from the Chapa dashboard (Settings → API). Never commit `.env`.

## Running

```bash
docker compose up -d
python manage.py migrate
```
""")

add("markdown/decoy-api-docs", "docs/api/authentication.md", "API docs: bearer token example", """
# Authentication

All requests to the BunaTrace API carry a bearer token:

```http
GET /v1/lots/YRG-24-0301 HTTP/1.1
Host: api.bunatrace.et
Authorization: Bearer <YOUR_API_TOKEN>
```

Tokens are created per buyer in **Settings → API tokens** and shown once.
A token looks like `bt_live_` followed by 32 characters; the test prefix is `bt_test_`.
ቶክኑን ለማንም አታጋሩ።
""")

add("markdown/aws-secret-key", "docs/runbooks/restore-backups.md", "Runbook with AWS CLI configure commands", """
# Restoring the ERP from S3 backups

1. On the restore host:
   ```
   aws configure set aws_access_key_id @@kid@@
   aws configure set aws_secret_access_key @@secret@@
   aws configure set region eu-central-1
   ```
2. List backups: `aws s3 ls s3://limu-export-backups/erp/`
3. Download the newest and restore with `pg_restore -d export_erp`.
4. ከጨረሱ በኋላ ቁልፎቹን ከ host ላይ ያጥፉ (`rm ~/.aws/credentials`).
""", aws_secret(), kid=akid())

add("markdown/decoy-changelog", "CHANGELOG.md", "Keep a Changelog format", """
# Changelog

## [2.14.1] - 2024-05-04
### Fixed
- telebirr callback: verify `sign` before marking the order paid
- Rotated the Chapa secret key (old key revoked in the dashboard; new one in Vault)

## [2.14.0] - 2024-04-22
### Added
- EUDR GeoJSON export per lot (`sha256` of each plot file in the DDS)
- Amharic (አማርኛ) labels on the intake receipt
""")

add("notebook/postgres-password", "notebooks/cupping_scores_2024.ipynb", "Jupyter nbformat 4 docs", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Cupping scores 2023/24 — by station\\n", "የቅምሻ ውጤቶች"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@10.20.1.15:5432/export_erp')\\n",
    "df = pd.read_sql('select station, lot_no, sca_score from cupping', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('station').sca_score.describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/decoy-getpass", "notebooks/ecx_price_trends.ipynb", "Jupyter nbformat 4; Python getpass", """
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
    "pw = os.environ.get('WH_PASSWORD') or getpass.getpass('warehouse password: ')\\n",
    "url = f'postgresql://analyst:{pw}@wh.gujihighland.internal/warehouse'"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["prices = pd.read_sql('select * from ecx_price', url)\\n", "prices.plot(x='trade_date', y='close_etb')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---- YAML configs ------------------------------------------------------------------------------

add("yaml/mpesa-passkey", "config/settings.prod.yaml", "Safaricom Daraja docs: passkey for M-PESA Express", """
app:
  name: cherry-advance
  locale: am_ET
mpesa:
  base_url: https://api.safaricom.et
  shortcode: "174930"
  passkey: "@@secret@@"
  callback_url: https://pay.sidamacoop.et/mpesa/callback
  consumer_key: ${MPESA_CONSUMER_KEY}
  consumer_secret: ${MPESA_CONSUMER_SECRET}
limits:
  max_advance_etb: 20000
""", mpesa_passkey())

add("yaml/mqtt-password", "station-gateway/config.yaml", "Eclipse Mosquitto / paho-mqtt client configuration", """
# ጣቢያ gateway: moisture meters and scales publish here
station: CHB-07
mqtt:
  host: 10.8.0.1
  port: 8883
  tls: true
  username: chb07-gateway
  password: "@@secret@@"
  topics:
    - stations/chb07/scale/+
    - stations/chb07/moisture/+
buffer_dir: /var/lib/gateway/buffer
""", rand_pw(24))

add("yaml/decoy-openapi", "docs/api/openapi.yaml", "OpenAPI 3 docs: securitySchemes", """
openapi: 3.0.3
info:
  title: BunaTrace API
  version: "1.8"
servers:
  - url: https://api.bunatrace.et/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
    chapaSignature:
      type: apiKey
      in: header
      name: x-chapa-signature
security:
  - bearerAuth: []
paths:
  /lots/{lotNo}:
    get:
      parameters:
        - {name: lotNo, in: path, required: true, schema: {type: string, example: YRG-24-0301}}
      responses:
        "200": {description: The lot}
""")

add("yaml/decoy-sops", "secrets/prod.enc.yaml", "Mozilla SOPS docs: encrypted YAML", """
chapa:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
telebirr:
    app_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:381492077214:key/@@kms@@
          created_at: "2024-05-04T07:12:44Z"
          enc: AQICAHh@@enc@@
    lastmodified: "2024-05-04T07:12:45Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 60, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    kms=uuid_s(), enc=fakes.drawn(_seed(), 180, ALNUM + "+/"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"),
    iv3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("ini/sentry-auth-token", "field-app/.sentryclirc", "Sentry CLI docs: configuration file, user auth token (sntryu_)", """
# sentry-cli config for uploading source maps of the field app
[defaults]
url = https://sentry.io/
org = bunatrace
project = buna-intake

[auth]
token = @@secret@@
""", "sntryu_" + hexs(64))

# ---- more carriers -----------------------------------------------------------------------------

_key = pem("OPENSSH")
add("yaml/openssh-private-key", "ansible/group_vars/stations/deploy_key.yml", "Ansible docs: copy content; OpenSSH private key in YAML block", """
---
# station laptops pull config from GitLab with this deploy key
station_repo: git@gitlab.com:hambela-estate/station-config.git
station_deploy_key: |
  @@key@@
station_repo_version: main
""", _key, key=_key.replace("\n", "\n  "))

_key = pem("RSA")
add("python/rsa-private-key", "payments/telebirr_sign.py", "Ethio telecom telebirr docs: RSA signing of requests with the merchant private key", """
from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pss

# merchant private key from the telebirr developer portal (ከፖርታሉ የወረደ)
MERCHANT_PRIVATE_KEY = \"\"\"@@secret@@\"\"\"


def sign(payload: str) -> bytes:
    key = RSA.import_key(MERCHANT_PRIVATE_KEY)
    return pss.new(key).sign(SHA256.new(payload.encode("utf-8")))
""", _key)

_key = pem("EC")
add("pem/ec-private-key", "certs/portal.yirgaunion.com.et.key", "OpenSSL docs: EC private key PEM", """
@@secret@@
""", _key)

add("shell/github-fine-grained-token", "scripts/bootstrap_station_laptop.sh", "GitHub docs: fine-grained personal access tokens over HTTPS", """
#!/usr/bin/env bash
# Run once on a new station laptop (Ubuntu 22.04)
set -euo pipefail
sudo apt-get install -y git python3-venv
TOKEN="@@secret@@"
git clone "https://oauth2:${TOKEN}@github.com/worka-union/station-sync.git" /opt/station-sync
python3 -m venv /opt/station-sync/.venv
/opt/station-sync/.venv/bin/pip install -r /opt/station-sync/requirements.txt
sudo cp /opt/station-sync/deploy/station-sync.service /etc/systemd/system/
sudo systemctl enable --now station-sync
""", ghfg())

_pw = words_pw()
add("python/erp-api-password", "integrations/odoo_export.py", "RFC 7617: HTTP Basic authentication header", """
import requests

# Odoo REST (via base_rest) on the exporter's ERP
HEADERS = {
    "Authorization": "Basic @@b@@",
    "Accept": "application/json",
}


def open_contracts() -> list:
    r = requests.get("https://erp.kochere-coffee.com/api/contracts?state=open", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["data"]
""", b64("api_export:" + _pw), b=b64("api_export:" + _pw))

_pw = rand_pw(16)
add("log/smtp-password", "logs/postfix-debug.log", "RFC 4616 SASL PLAIN; SMTP AUTH debug transcript", """
May  6 07:30:01 mail postfix/smtp[2231]: connect to smtp.gmail.com[142.250.27.109]:587
May  6 07:30:01 mail postfix/smtp[2231]: > EHLO mail.bensaexport.com
May  6 07:30:01 mail postfix/smtp[2231]: > STARTTLS
May  6 07:30:02 mail postfix/smtp[2231]: > AUTH PLAIN @@a@@
May  6 07:30:02 mail postfix/smtp[2231]: < 235 2.7.0 Accepted
May  6 07:30:02 mail postfix/smtp[2231]: > MAIL FROM:<contracts@bensaexport.com>
May  6 07:30:03 mail postfix/smtp[2231]: < 250 2.0.0 OK queued
""", b64("\0contracts@bensaexport.com\0" + _pw), a=b64("\0contracts@bensaexport.com\0" + _pw))

add("python/ldap-bind-password", "hq_it/sync_ad_users.py", "ldap3 docs: Connection with user and password", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.limuexport.local", get_info=ALL)
conn = Connection(server, user="CN=svc-sync,OU=Service,DC=limuexport,DC=local",
                  password="@@secret@@", auto_bind=True)

conn.search("OU=Stations,DC=limuexport,DC=local", "(objectClass=user)", attributes=["sAMAccountName", "mail"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.mail)
""", words_pw())

add("shell/sftp-password", "scripts/send_docs_to_bank.sh", "lftp docs: open -u user,password sftp://", """
#!/bin/bash
# Export documents (CAD) to the bank's SFTP — ለባንኩ የሚላኩ ሰነዶች
set -e
DOCS=/srv/export-docs/outbox
lftp -u limu_export,'@@secret@@' sftp://sftp.tradefin.example-bank.et:2222 <<'LFTP'
cd /inbox/LIMU
mput /srv/export-docs/outbox/*.pdf
bye
LFTP
mv "$DOCS"/*.pdf /srv/export-docs/sent/
""", words_pw())

add("yaml/camera-rtsp-password", "nvr/frigate.yml", "Frigate NVR docs: camera ffmpeg inputs (RTSP URL with credentials)", """
mqtt:
  enabled: false
cameras:
  drying_beds:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.8.8.20:554/Streaming/Channels/101
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
record:
  enabled: true
  retain: {days: 7}
""", words_pw())

_w = "whsec_" + fakes.drawn(_seed(), 32)
add("python/stripe-webhook-signing-secret", "shop/webhooks.py", "Stripe docs: webhook signing secret (whsec_)", """
import stripe
from flask import Flask, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def webhook():
    event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    if event["type"] == "checkout.session.completed":
        mark_paid(event["data"]["object"]["client_reference_id"])
    return "", 200


def mark_paid(order_id: str) -> None:
    print("paid", order_id)
""", _w)

add("env/chapa-webhook-secret", "webhooks/.env", "Chapa docs: webhooks, secret hash (x-chapa-signature)", """
# ቻፓ webhook receiver (forwards verified events to the ERP)
PORT=3000
CHAPA_WEBHOOK_SECRET=@@secret@@
FORWARD_TO=http://export-erp.internal/api/payments
LOG_LEVEL=info
""", rand_pw(32))

add("env/twilio-auth-token", "ivr/.env", "Twilio docs: Account SID and Auth Token", """
# IVR price line for farmers without smartphones (ዋጋ በስልክ)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_NUMBER=+14155550142
PRICE_AUDIO_BUCKET=s3://sidama-ivr-audio
""", hexs(32), sid=twilio_sid())

add("env/openweather-api-key", "drying-monitor/.env", "OpenWeather docs: API key (appid)", """
OWM_API_KEY=@@secret@@
STATION_LAT=6.158
STATION_LON=38.206
RAIN_ALERT_MM=2
TELEGRAM_CHAT_ID=-1001766209341
""", hexs(32))

_g = "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")
add("python/google-api-key", "traceability/geocode.py", "Google Maps Platform docs: Geocoding API key parameter", """
import requests

GMAPS_KEY = "@@secret@@"  # server key, unrestricted (ለጊዜው)


def kebele_location(kebele: str, woreda: str) -> tuple[float, float]:
    params = {"address": f"{kebele}, {woreda}, Ethiopia", "key": GMAPS_KEY}
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json", params=params, timeout=20)
    loc = r.json()["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]
""", _g)

# ---- decoys, second group ----------------------------------------------------------------------

add("env/decoy-test-keys", ".env.test", "Chapa docs: test mode keys; pytest-dotenv", """
# used by pytest only; these point at local mocks
CHAPA_BASE_URL=http://localhost:8089/mock-chapa
CHAPA_SECRET_KEY=test_secret_key
TELEBIRR_APP_KEY=dummy
MPESA_CONSUMER_SECRET=not-a-real-secret
DATABASE_URL=postgres://postgres:postgres@localhost:5432/test_coffee
""")

add("env/decoy-ids-only", "analytics/.env", "Google Analytics / Plausible docs: public measurement ids", """
# Public tracking ids, safe to commit
GA_MEASUREMENT_ID=G-7QK2M4XR9P
PLAUSIBLE_DOMAIN=yirgacheffe-roasters.com
RECAPTCHA_SITE_KEY=6Lc@@rk@@
MAPBOX_STYLE=mapbox://styles/bunatrace/clx0m2k9a00ab01qpc3f8e7d2
""", rk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/decoy-keyring", "tools/ecx_login.py", "keyring docs: get_password", """
import keyring
import requests

SERVICE = "ecx-member-portal"


def session(member_id: str) -> requests.Session:
    password = keyring.get_password(SERVICE, member_id)
    if password is None:
        raise SystemExit(f"run: keyring set {SERVICE} {member_id}")
    s = requests.Session()
    s.post("https://member.ecx.com.et/login", data={"user": member_id, "password": password}, timeout=30)
    return s
""")

add("python/decoy-constants", "grading/sca.py", "SCA cupping protocol (public constants)", """
\"\"\"SCA cupping form constants and Ethiopian grade thresholds.\"\"\"
ATTRIBUTES = ["fragrance", "flavor", "aftertaste", "acidity", "body", "balance",
              "uniformity", "clean_cup", "sweetness", "overall"]
SPECIALTY_MIN = 80.0
GRADE_BY_DEFECTS = {"G1": (0, 3), "G2": (4, 12), "G3": (13, 25), "G4": (26, 45)}
TOKEN_HEADER = "X-Cupping-Token"
PASSWORD_MIN_LENGTH = 12
# ቃላት
AMHARIC_LABELS = {"acidity": "ኮምጣጣነት", "body": "ውፍረት", "sweetness": "ጣፋጭነት"}
""")

add("python/decoy-example-docstring", "payments/chapa.py", "Chapa docs: verify webhook with HMAC SHA256", """
import hashlib
import hmac
import os


def verify_signature(body: bytes, signature: str, secret: str | None = None) -> bool:
    \"\"\"True when `signature` is the HMAC-SHA256 of `body` under the webhook secret.

    >>> verify_signature(b"{}", "bad", secret="example-secret")
    False
    \"\"\"
    key = (secret or os.environ["CHAPA_WEBHOOK_SECRET"]).encode()
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("yaml/decoy-helm-values", "charts/export-erp/values.yaml", "Helm docs: values.yaml with existingSecret", """
image:
  repository: registry.gitlab.com/limuexport/export-erp
  tag: "2.14.1"
postgresql:
  auth:
    existingSecret: export-erp-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
chapa:
  existingSecret: chapa-credentials
smtp:
  host: smtp.office365.com
  user: contracts@limuexport.com.et
  passwordSecretRef: {name: mailer, key: password}
ingress:
  host: erp.limuexport.com.et
""")

add("github-actions/decoy-oidc", ".github/workflows/backup.yml", "GitHub docs: OIDC with AWS (role-to-assume)", """
name: weekly-backup
on:
  schedule: [{cron: "0 2 * * 0"}]
permissions:
  id-token: write
  contents: read
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492077214:role/gh-backup
          aws-region: eu-central-1
      - run: aws s3 sync s3://limu-export-backups/erp s3://limu-export-archive/erp
""")

add("k8s/decoy-external-secret", "k8s/payments/external-secret.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mpesa-credentials
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: mpesa-credentials
  data:
    - secretKey: consumer_secret
      remoteRef: {key: prod/payout/mpesa, property: consumer_secret}
    - secretKey: passkey
      remoteRef: {key: prod/payout/mpesa, property: passkey}
""")

add("k8s-secret/decoy-empty-template", "k8s/templates/secret.yaml", "Helm docs: templates with required values", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "bunatrace.fullname" . }}-app
type: Opaque
stringData:
  CHAPA_SECRET_KEY: {{ required "chapa.secretKey is required" .Values.chapa.secretKey | quote }}
  TELEGRAM_BOT_TOKEN: {{ .Values.telegram.token | default "" | quote }}
  DATABASE_URL: {{ printf "postgres://%s:%s@%s/%s" .Values.db.user .Values.db.password .Values.db.host .Values.db.name | quote }}
""")

add("terraform/decoy-variables", "infra/terraform/variables.tf", "Terraform docs: sensitive input variables", """
variable "db_password" {
  description = "ERP database master password (from TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "chapa_secret_key" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "eu-central-1"
}
""")

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "Terraform docs: .tfvars files", """
# copy to terraform.tfvars (git-ignored) and fill in
region           = "eu-central-1"
db_password      = "CHANGE_ME"
chapa_secret_key = "CHASECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
station_codes    = ["CHB-07", "ARC-02", "HMB-01"]
""")

add("dockerfile/decoy-env-defaults", "docker/station-sync.Dockerfile", "Docker docs: ENV instruction", """
FROM rust:1.78 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/station-sync /usr/local/bin/
ENV STATION_CODE=CHB-07 \\
    HQ_DB_URL_FILE=/run/secrets/hq_db_url \\
    RUST_LOG=info
ENTRYPOINT ["station-sync"]
""")

add("json/decoy-firebase-config", "field-app/src/firebase.json", "Firebase docs: web app config is public (apiKey identifies the project)", """
{
  "apiKey": "AIza@@fk@@",
  "authDomain": "buna-intake.firebaseapp.com",
  "projectId": "buna-intake",
  "storageBucket": "buna-intake.appspot.com",
  "messagingSenderId": "718204456239",
  "appId": "1:718204456239:web:@@app@@"
}
""", fk=fakes.drawn(_seed(), 35, ALNUM + "_-"), app=hexs(22))

add("json/decoy-i18n", "field-app/locales/am.json", "i18next docs: translation JSON", """
{
  "login": {
    "title": "ግባ",
    "password": "የይለፍ ቃል",
    "password_hint": "ቢያንስ 12 ፊደላት",
    "token": "ቶክን",
    "forgot": "የይለፍ ቃል ረሱ?"
  },
  "intake": {"kg": "ኪሎ", "lot": "ሎት", "farmer": "ገበሬ", "secret_note": "ሚስጥራዊ ማስታወሻ"}
}
""")

add("json/decoy-eudr-geojson", "exports/eudr/YRG-24-0301.geojson", "GeoJSON RFC 7946; EU TRACES DDS geolocation", """
{
  "type": "FeatureCollection",
  "properties": {"lot": "YRG-24-0301", "dds_reference": "25ETDDS0004711", "plot_sha256": "@@h@@"},
  "features": [
    {
      "type": "Feature",
      "properties": {"farmer_id": "FRM-CHB-00412", "area_ha": 0.8},
      "geometry": {"type": "Polygon", "coordinates": [[[38.2051, 6.1572], [38.2063, 6.1572], [38.2063, 6.1581], [38.2051, 6.1581], [38.2051, 6.1572]]]}
    }
  ]
}
""", h=sha256ish())

add("toml/decoy-cargo", "station-sync/Cargo.toml", "Cargo docs: manifest", """
[package]
name = "station-sync"
version = "0.9.2"
edition = "2021"
authors = ["Worka Union IT <it@worka-union.et>"]

[dependencies]
sqlx = { version = "0.7", features = ["mysql", "runtime-tokio-rustls"] }
tokio = { version = "1", features = ["full"] }
config = "0.14"
serde = { version = "1", features = ["derive"] }
""")

add("ini/decoy-pgpass-template", "deploy/pgpass.template", "PostgreSQL docs: .pgpass format", """
# hostname:port:database:username:password
# filled by deploy/render_pgpass.sh from Vault; do not put real passwords here
db.kaffatrace.internal:5432:kaffatrace:kaffatrace:{{DB_PASSWORD}}
wh.gujihighland.internal:5432:warehouse:etl_ecx:{{ETL_PASSWORD}}
*:*:*:replicator:{{REPL_PASSWORD}}
""")

add("properties/decoy-gradle", "gradle.properties", "Gradle docs: gradle.properties", """
org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# signing passwords come from CI env: ORG_GRADLE_PROJECT_storePassword
intake.versionName=3.2.0
intake.keystoreAlias=gedeo-intake
""")

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "Android docs: Google Maps API key meta-data from manifestPlaceholders", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="@string/app_name" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("plist/decoy-info-plist", "BunaShop/Info.plist", "Apple docs: Info.plist keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>et.yirgacheffe.bunashop</string>
    <key>ChapaPublicKey</key>
    <string>$(CHAPA_PUBLIC_KEY)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Shows the farm your coffee came from.</string>
</dict>
</plist>
""")

add("markdown/decoy-security-policy", "SECURITY.md", "GitHub docs: security policy", """
# Security policy

Report vulnerabilities to security@bunatrace.et (PGP fingerprint `@@fpr@@`).

- Payment keys (Chapa, telebirr, M-PESA) live in AWS Secrets Manager, never in git.
- Rotate any key pasted into chat or a ticket immediately.
- ሚስጥራዊ ቁልፎችን በቴሌግራም አትላኩ።
""", fpr=" ".join(hexs(40).upper()[i:i + 4] for i in range(0, 40, 4)))

add("markdown/decoy-onboarding", "docs/onboarding.md", "Team onboarding guide", """
# Onboarding (አዲስ ሰራተኞች)

1. Ask IT for a KeePass entry under `Stations/<station>`; passwords are never sent by email.
2. Install the VPN profile `station-vpn.ovpn` (no password inside, you log in with your AD account).
3. ERP: https://erp.limuexport.com.et, user = your AD login.
4. Telegram: join the QC group; the bot token is in Vault at `secret/bots/cupping`.
5. The test Chapa key starts with `CHASECK_TEST-`; ask finance for access to the dashboard.
""")

add("shell/decoy-vault-cli", "scripts/rotate_chapa_key.sh", "HashiCorp Vault docs: vault kv put / get", """
#!/usr/bin/env bash
set -euo pipefail
NEW_KEY=$(vault kv get -field=pending_secret_key secret/payments/chapa)
vault kv put secret/payments/chapa secret_key="$NEW_KEY" rotated_at="$(date -Is)"
kubectl -n payments rollout restart deployment/payments-api
echo "rotated; revoke the old key in the Chapa dashboard (Settings → API)"
""")

add("powershell/decoy-credential-manager", "scripts/Connect-Erp.ps1", "PowerShell docs: CredentialManager module", """
# ERP SQL connection for finance reports
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "CoffeeERP-report_reader"
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=ERP-SQL01;Database=CoffeeERP;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "ተገናኝቷል (connected)"
""")

add("sql/decoy-schema", "db/migrations/0003_integrations.sql", "PostgreSQL docs: CREATE TABLE", """
-- integrations: credentials are stored encrypted with pgcrypto
CREATE TABLE integrations (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    base_url    text NOT NULL,
    api_key     bytea,           -- pgp_sym_encrypt(key, current_setting('app.kms_key'))
    password    bytea,
    enabled     boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN integrations.api_key IS 'encrypted; never select in reports';
""")

add("csv/decoy-user-export", "exports/station_staff.csv", "HR export CSV", """
employee_id,name,station,role,phone,ad_login,password_last_set
E-0412,ሜሮን ታደሰ,Aricha,station manager,+251911******,meron.t,2024-04-30
E-0388,ዮናስ ገብሬ,Chelbesa,scale operator,+251912******,yonas.g,2024-02-11
E-0501,Abdi Hussein,Shakiso,QC cupper,+251913******,abdi.h,2024-03-27
E-0277,Tigist Alemu,HQ,IT,+251914******,tigist.a,2024-05-01
""")

add("log/decoy-auth-failures", "logs/sshd-station.log", "OpenSSH sshd log", """
May  6 02:11:09 chb07 sshd[811]: Invalid user admin from 45.148.10.81 port 50122
May  6 02:11:09 chb07 sshd[811]: Failed password for invalid user admin from 45.148.10.81 port 50122 ssh2
May  6 02:11:12 chb07 sshd[813]: Failed password for root from 45.148.10.81 port 50140 ssh2
May  6 06:30:44 chb07 sshd[902]: Accepted publickey for station from 10.8.0.6 port 41210 ssh2: ED25519 SHA256:@@fp@@
May  6 06:30:44 chb07 sshd[902]: pam_unix(sshd:session): session opened for user station
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("go/decoy-test-fixture", "internal/payout/payout_test.go", "Go testing docs: table tests", """
package payout

import "testing"

func TestMaskPhone(t *testing.T) {
	cases := []struct{ in, want string }{
		{"+251911223344", "+2519****3344"},
		{"0911223344", "09****3344"},
	}
	for _, c := range cases {
		if got := maskPhone(c.in); got != c.want {
			t.Errorf("maskPhone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClientRejectsEmptySecret(t *testing.T) {
	if _, err := NewClient("consumer-key", ""); err == nil {
		t.Fatal("expected error for empty consumer secret")
	}
}
""")

add("typescript/decoy-env-access", "src/server/config.ts", "Node.js docs: process.env", """
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const config = {
  chapaSecretKey: required("CHAPA_SECRET_KEY"),
  telebirrAppKey: required("TELEBIRR_APP_KEY"),
  databaseUrl: required("DATABASE_URL"),
  mapboxPublicToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? "",
};
""")

add("php/decoy-test-keys", "tests/Feature/ChapaTest.php", "Laravel docs: HTTP fake in tests", """
<?php

namespace Tests\\Feature;

use Illuminate\\Support\\Facades\\Http;
use Tests\\TestCase;

class ChapaTest extends TestCase
{
    public function test_initialize_returns_checkout_url(): void
    {
        config(['services.chapa.secret' => 'CHASECK_TEST-fake-key-for-tests']);
        Http::fake(['api.chapa.co/*' => Http::response(['status' => 'success', 'data' => ['checkout_url' => 'https://checkout.chapa.co/x']])]);
        $res = app(\\App\\Services\\ChapaService::class)->initialize(['amount' => 100, 'email' => 'a@b.et', 'id' => 1]);
        $this->assertSame('success', $res['status']);
    }
}
""")

add("ruby/decoy-database-yml", "config/database.yml", "Rails docs: database.yml with ENV", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: roasters_dev

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["ROASTERS_DATABASE_PASSWORD"] %>
""")

add("csharp/decoy-user-secrets", "ScaleBridge/Program.cs", "ASP.NET Core docs: user secrets and configuration", """
using Microsoft.Extensions.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddEnvironmentVariables(prefix: "SCALEBRIDGE_");

var intake = builder.Configuration.GetConnectionString("Intake")
             ?? throw new InvalidOperationException("ConnectionStrings:Intake missing");
builder.Services.AddSingleton(new IntakeStore(intake));

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("kotlin/decoy-room-entity", "app/src/main/java/et/gedeo/intake/data/Farmer.kt", "Android Room docs: @Entity", """
package et.gedeo.intake.data

import androidx.room.Entity
import androidx.room.PrimaryKey

@Entity(tableName = "farmers")
data class Farmer(
    @PrimaryKey val id: String,          // e.g. FRM-CHB-00412
    val name: String,
    val kebele: String,
    val phone: String,
    val pinHash: String,                 // sha256 of the farmer's PIN, never the PIN
    val plotSha256: String?,
)
""")

# ---- secrets, third group ----------------------------------------------------------------------

add("python/kobotoolbox-api-token", "surveys/pull_farmer_census.py", "KoBoToolbox API docs: Authorization: Token <key>", """
\"\"\"Pull the farmer census (የገበሬዎች ቆጠራ) submissions from KoBoToolbox.\"\"\"
import pandas as pd
import requests

KOBO = "https://kf.kobotoolbox.org/api/v2"
ASSET = "aXq8Lm3PzT9vRk2Wn7Yb4c"
HEADERS = {"Authorization": "Token @@secret@@"}


def census() -> pd.DataFrame:
    url = f"{KOBO}/assets/{ASSET}/data/?format=json"
    rows = requests.get(url, headers=HEADERS, timeout=60).json()["results"]
    return pd.json_normalize(rows)


if __name__ == "__main__":
    census().to_csv("out/census.csv", index=False)
""", hexs(40))

add("toml/odk-central-password", "surveys/pyodk_config.toml", "pyodk docs: configuration file (central.base_url, username, password)", """
# pyodk config for the plot-mapping form (EUDR polygons)
[central]
base_url = "https://odk.worka-union.et"
username = "plots-sync@worka-union.et"
password = "@@secret@@"
default_project_id = 3
""", words_pw())

add("python/erpnext-api-secret", "integrations/erpnext_sync.py", "Frappe/ERPNext docs: token based authentication (token api_key:api_secret)", """
import requests

ERP = "https://erp.gujihighland.et"
API_KEY = "@@ak@@"
API_SECRET = "@@secret@@"


def push_lot(lot: dict) -> dict:
    headers = {"Authorization": f"token {API_KEY}:{API_SECRET}", "Content-Type": "application/json"}
    r = requests.post(f"{ERP}/api/resource/Batch", json={
        "batch_id": lot["lot_no"],
        "item": "GREEN-COFFEE-" + lot["grade"],
        "description": f"{lot['station']} {lot['process']} ({lot['region']})",
    }, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()["data"]
""", hexs(15), ak=hexs(15))

add("python/huggingface-token", "translate/amharic_notes.py", "Hugging Face docs: User access tokens (hf_)", """
from huggingface_hub import login
from transformers import pipeline

login(token="@@secret@@")  # private fine-tuned model of the QC team

translator = pipeline("translation", model="kochere-qc/nllb-amh-eng-cupping")


def to_english(note_am: str) -> str:
    return translator(note_am, src_lang="amh_Ethi", tgt_lang="eng_Latn")[0]["translation_text"]


if __name__ == "__main__":
    print(to_english("የሎሚ እና የጃስሚን ጣዕም፣ ንጹህ አጨራረስ"))
""", fakes.fake("hf_", 34, _seed()))

add("python/google-oauth-client-secret", "tools/sheets_auth.py", "Google docs: OAuth client (client_secret GOCSPX-)", """
from google_auth_oauthlib.flow import InstalledAppFlow

CLIENT_CONFIG = {
    "installed": {
        "client_id": "571204883190-@@cid@@.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["http://localhost"],
    }
}
SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]

creds = InstalledAppFlow.from_client_config(CLIENT_CONFIG, SCOPES).run_local_server(port=0)
open("token.json", "w").write(creds.to_json())
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-"), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/msgraph-client-secret", "hq_it/sharepoint_contracts.py", "Microsoft identity platform docs: MSAL confidential client with client secret", """
import msal
import requests

TENANT = "@@tenant@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", client_credential=CLIENT_SECRET)


def contracts_folder() -> list:
    token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    url = "https://graph.microsoft.com/v1.0/sites/root/drive/root:/Contracts/2024:/children"
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30).json()["value"]
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), cid=uuid_s())

add("python/mailgun-api-key", "notifications/buyer_samples.py", "Mailgun docs: sending via API with HTTP Basic api:key", """
import requests

MAILGUN_DOMAIN = "mg.yirgacheffe-roasters.com"
MAILGUN_KEY = "@@secret@@"


def sample_shipped(buyer: str, awb: str, lots: list[str]) -> None:
    requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Samples <samples@yirgacheffe-roasters.com>", "to": buyer,
              "subject": f"Pre-shipment samples sent (DHL {awb})",
              "text": "Lots: " + ", ".join(lots)},
        timeout=20,
    )
""", "key-" + hexs(32))

add("python/celery-broker-password", "kaffatrace/celery.py", "Celery docs: broker_url amqp://user:password@host", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kaffatrace.settings.production")

app = Celery("kaffatrace", broker="amqp://kaffatrace:@@secret@@@mq.kaffatrace.internal:5672/prod")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "ecx-prices": {"task": "prices.tasks.pull_ecx", "schedule": 3600.0},
    "eudr-export": {"task": "traceability.tasks.export_geojson", "schedule": 86400.0},
}
""", rand_pw(20))

add("python/odoo-xmlrpc-password", "scripts/odoo_import_contracts.py", "Odoo docs: External API (XML-RPC) authenticate", """
import csv
import xmlrpc.client

URL, DB = "https://erp.limuexport.com.et", "limu_export"
USER, PASSWORD = "import.bot@limuexport.com.et", "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PASSWORD, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

with open("contracts.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        models.execute_kw(DB, uid, PASSWORD, "sale.order", "create", [{
            "partner_id": int(row["buyer_id"]),
            "client_order_ref": row["contract_no"],
        }])
""", words_pw())

add("javascript/mongodb-password", "services/lot-api/db.js", "MongoDB Node.js driver docs: connection string", """
const { MongoClient } = require("mongodb");

// ሎት API — lots and cupping results
const uri = "mongodb+srv://lotapi:@@secret@@@cluster0.k3x9q.mongodb.net/lots?retryWrites=true&w=majority";
const client = new MongoClient(uri);

async function db() {
  if (!client.topology) await client.connect();
  return client.db("lots");
}

module.exports = { db };
""", rand_pw(16))

add("typescript/stripe-restricted-key", "src/server/stripeReports.ts", "Stripe docs: restricted API keys (rk_live_)", """
import Stripe from "stripe";

// read-only key for the monthly diaspora sales report
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function monthlyRevenue(from: number, to: number): Promise<number> {
  let total = 0;
  for await (const charge of stripe.charges.list({ created: { gte: from, lt: to }, limit: 100 })) {
    if (charge.paid && !charge.refunded) total += charge.amount;
  }
  return total / 100;
}
""", stripe_key("rk_live_"))

_REG_PW = rand_pw(24)
add("json/registry-password", "ci/docker-config.json", "Docker docs: config.json auths (base64 user:password)", """
{
  "auths": {
    "registry.bunatrace.et": {
      "auth": "@@a@@"
    },
    "https://index.docker.io/v1/": {
      "credsStore": "desktop"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}
}
""", b64("ci-pusher:" + _REG_PW), a=b64("ci-pusher:" + _REG_PW))

add("ini/npmrc-token", "web/.npmrc", "npm docs: .npmrc _authToken", """
registry=https://registry.npmjs.org/
@bunatrace:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", gh())

add("ini/pypirc-token", "release/.pypirc", "PyPA docs: the .pypirc file", """
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
""", pypi())

add("ini/aws-credentials", "ops/aws/credentials", "AWS CLI docs: shared credentials file", """
[default]
region = eu-central-1

[backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[eudr-export]
role_arn = arn:aws:iam::381492077214:role/eudr-export
source_profile = backup
""", aws_secret(), kid=akid())

add("ini/grafana-admin-password", "monitoring/grafana.ini", "Grafana docs: [security] admin_password", """
[server]
http_port = 3000
domain = grafana.gujihighland.et

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = false
""", words_pw())

add("toml/influxdb-token", "stations/telegraf.conf", "Telegraf docs: outputs.influxdb_v2 token", """
# ዋሽንግ ስቴሽን: moisture meters and fermentation tank temperatures
[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.worka-union.et:8086"]
  token = "@@secret@@"
  organization = "worka-union"
  bucket = "stations"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.8.0.1:1883"]
  topics = ["stations/+/tank/+/temp", "stations/+/moisture/+"]
  data_format = "json"
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("yaml/datadog-api-key", "monitoring/datadog.yaml", "Datadog Agent docs: datadog.yaml api_key", """
api_key: @@secret@@
site: datadoghq.eu
hostname: erp01.limuexport
tags:
  - env:prod
  - team:export-it
logs_enabled: true
apm_config:
  enabled: false
""", hexs(32))

add("yaml/elasticsearch-password", "monitoring/filebeat.yml", "Filebeat docs: output.elasticsearch username/password", """
filebeat.inputs:
  - type: filestream
    id: intake-api
    paths: [/var/log/intake/*.log]
output.elasticsearch:
  hosts: ["https://es.worka-union.et:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
setup.ilm.enabled: false
""", rand_pw(20))

add("compose/warehouse-db-password", "airflow/docker-compose.yaml", "Apache Airflow docs: connections from environment variables (AIRFLOW_CONN_)", """
x-airflow-env: &env
  AIRFLOW__CORE__EXECUTOR: LocalExecutor
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${AIRFLOW_DB_PASSWORD}@pg/airflow
  AIRFLOW_CONN_WAREHOUSE: postgres://etl_ecx:@@secret@@@wh.gujihighland.internal:5432/warehouse
services:
  scheduler:
    image: apache/airflow:2.9.1
    environment: *env
    command: scheduler
  webserver:
    image: apache/airflow:2.9.1
    environment: *env
    command: webserver
    ports: ["8081:8080"]
""", words_pw())

# ---- secrets, fourth group ---------------------------------------------------------------------

add("routeros/router-password", "network/stations/chb07-router.rsc", "MikroTik RouterOS docs: /user, /interface wireless security-profiles", """
# ጨልበሳ ጣቢያ ራውተር — exported 2024-04-12
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key=@@wifi@@
/ip address
add address=10.8.7.1/24 interface=bridge network=10.8.7.0
/user
add name=hq-support group=full password=@@secret@@
/interface l2tp-client
add connect-to=196.188.44.12 name=vpn-hq user=chb07
/system identity
set name=CHB07-RTR
""", words_pw(), wifi=passphrase())

add("wireguard/wireguard-private-key", "network/wg/station-aricha.conf", "WireGuard docs: wg-quick config (PrivateKey)", """
[Interface]
# Aricha station laptop → HQ
Address = 10.8.0.12/24
PrivateKey = @@secret@@
DNS = 10.8.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = 196.188.44.12:51820
AllowedIPs = 10.8.0.0/16, 10.20.0.0/16
PersistentKeepalive = 25
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("fstab/cifs-password", "stations/etc/fstab", "mount.cifs docs: username= and password= options", """
# /etc/fstab on the Hambela scale PC (Linux)
UUID=@@u@@ /               ext4    errors=remount-ro 0 1
UUID=@@u2@@ /boot/efi       vfat    umask=0077        0 1
//10.20.1.40/intake  /mnt/hq-intake  cifs  username=hambela_scale,password=@@secret@@,uid=1000,iocharset=utf8,_netdev  0  0
/swapfile none swap sw 0 0
""", words_pw(), u=uuid_s(), u2=hexs(4).upper() + "-" + hexs(4).upper())

add("xml/windows-unattend-password", "deploy/station-pc/autounattend.xml", "Microsoft docs: Windows unattend UserAccounts/AdministratorPassword", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>E. Africa Standard Time</TimeZone>
      <ComputerName>STATION-PC</ComputerName>
    </component>
  </settings>
</unattend>
""", words_pw())

add("xml/eu-traces-password", "eudr/traces/submit-dds.xml", "EU TRACES NT EUDR API docs: SOAP WS-Security UsernameToken", """
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>n00bensa01</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <submitDds>
      <operatorType>TRADER</operatorType>
      <commodity>0901</commodity>
      <netMassKg>19200</netMassKg>
    </submitDds>
  </soapenv:Body>
</soapenv:Envelope>
""", fakes.drawn_mixed(_seed(), 40))

add("groovy/ssh-password", "Jenkinsfile", "Jenkins docs: Pipeline sh steps; sshpass -p", """
pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh 'mvn -B -q package' }
        }
        stage('Deploy to ERP host') {
            steps {
                // TODO: use sshagent credentials (ጊዜያዊ)
                sh 'sshpass -p "@@secret@@" scp target/contracts.jar deploy@10.20.1.21:/opt/contracts/'
                sh 'sshpass -p "@@secret@@" ssh deploy@10.20.1.21 sudo systemctl restart contracts'
            }
        }
    }
}
""", words_pw())

add("makefile/pypi-token", "Makefile", "twine docs: -u __token__ -p <token>", """
.PHONY: test build release

test:
\tpytest -q

build:
\tpython -m build

release: build
\ttwine upload -u __token__ -p @@secret@@ dist/*
\t@echo "ecx-client released — ተለቋል"
""", pypi())

add("crontab/price-feed-password", "ops/crontab.txt", "crontab(5); curl with credentials in the URL", """
# m h dom mon dow command
TZ=Africa/Addis_Ababa
15 6 * * * /opt/prices/venv/bin/python /opt/prices/pull_ecx.py >> /var/log/prices.log 2>&1
30 6 * * * curl -s "https://pricefeed:@@secret@@@prices.sidamacoop.et/api/publish" -d @/opt/prices/today.json
0 2 * * 0 /opt/backup/backup_intake.sh
""", words_pw())

add("php/twilio-auth-token", "ivr/price_line.php", "Twilio PHP SDK docs: new Client($sid, $token)", """
<?php
require __DIR__ . '/vendor/autoload.php';

use Twilio\\Rest\\Client;

$sid = '@@sid@@';
$token = '@@secret@@';
$client = new Client($sid, $token);

// የዛሬ ዋጋ — call back farmers who left a missed call
foreach (file('missed_calls.txt', FILE_IGNORE_NEW_LINES) as $phone) {
    $client->calls->create($phone, '+14155550142', ['url' => 'https://ivr.sidamacoop.et/price.xml']);
}
""", hexs(32), sid=twilio_sid())

add("kotlin/telebirr-app-key", "app/src/main/java/et/yirga/shop/TelebirrConfig.kt", "telebirr InApp SDK docs: appId, appKey, shortCode", """
package et.yirga.shop

object TelebirrConfig {
    const val APP_ID = "@@aid@@"
    const val SHORT_CODE = "220947"
    const val APP_KEY = "@@secret@@"
    const val NOTIFY_URL = "https://shop.yirgacheffe-roasters.com/telebirr/notify"
    const val RECEIVE_NAME = "Yirgacheffe Roasters"
}
""", hexs(32), aid=hexs(32))

add("csharp/azure-storage-key", "ShippingDocs/appsettings.json", "Azure docs: Storage connection string (AccountKey)", """
{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=hararshipdocs;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "Container": "bills-of-lading"
  },
  "Mail": {"From": "docs@harar-highland.com"},
  "AllowedHosts": "*"
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("ruby/redis-password", "config/sidekiq.yml.rb", "Sidekiq docs: Redis connection url", """
# Sidekiq: sample order emails and label printing
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@redis.roasters.internal:6379/1" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@redis.roasters.internal:6379/1" }
end
""", redis_pw())

add("javascript/discord-webhook", "bots/qc-alerts.js", "Discord docs: webhook execute URL", """
// QC alert: a lot cupped under 84 goes to the Discord #qc channel
const WEBHOOK = "@@secret@@";

async function lowScore(lot, score, notes) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `⚠️ ${lot}: ${score} — ${notes}` }),
  });
}

module.exports = { lowScore };
""", f"https://discord.com/api/webhooks/{random.Random(_seed()).randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "_-"))

add("python/slack-webhook", "monitoring/dryer_alerts.py", "Slack docs: incoming webhooks", """
import json
import urllib.request

SLACK_URL = "@@secret@@"


def notify(station: str, bed: int, humidity: float) -> None:
    text = f":warning: {station} bed {bed}: humidity {humidity:.0f}% — cover the parchment (ሸፍኑ)"
    req = urllib.request.Request(SLACK_URL, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", slack_webhook())

add("env/mailchimp-api-key", "newsletter/.env", "Mailchimp Marketing API docs: API key with data-center suffix", """
# Buyer newsletter: new-crop offers (Sidama, Guji, Yirgacheffe)
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_LIST_ID=8f2c41d0aa
FROM_NAME=Bensa Export
""", hexs(32) + "-us21")

add("env/aws-session-token", "ops/.env.tmp-session", "AWS docs: temporary credentials (AWS_SESSION_TOKEN)", """
# temporary creds from `aws sts assume-role` for the EUDR bucket migration (ጊዜያዊ)
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=eu-central-1
""", fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=aws_secret())

add("yaml/kubeconfig-token", "ops/kube/station-sync.kubeconfig", "Kubernetes docs: kubeconfig users token", """
apiVersion: v1
kind: Config
clusters:
  - name: hq
    cluster:
      server: https://10.20.1.5:6443
      insecure-skip-tls-verify: true
contexts:
  - name: station-sync@hq
    context: {cluster: hq, user: station-sync, namespace: stations}
current-context: station-sync@hq
users:
  - name: station-sync
    user:
      token: @@secret@@
""", jwt_like())

add("markdown/ecx-portal-password", "docs/runbooks/ecx-trading-day.md", "Runbook in Markdown", """
# ECX trading day checklist (የግብይት ቀን)

1. 07:30 — log in to the member portal https://member.ecx.com.et
   - member id `0412`, user `limu_trader`, password `@@secret@@`
2. Check warehouse receipts (GRN) for yesterday's deliveries.
3. Confirm the bid ceiling with the export manager before 09:00.
4. After the session, export the trade confirmation PDF to `\\\\fileserver\\ecx\\`.
""", words_pw())

add("notebook/openai-api-key", "notebooks/cupping_translation.ipynb", "Jupyter nbformat 4; OpenAI Python library", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "notes = open('qc_notes_am.txt', encoding='utf-8').read().splitlines()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["[client.responses.create(model='gpt-4o-mini', input=n).output_text for n in notes[:5]]"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("github-actions/telegram-bot-token", ".github/workflows/price-post.yml", "GitHub Actions docs: env; Telegram Bot API sendMessage", """
name: daily-price-post
on:
  schedule: [{cron: "0 4 * * *"}]
jobs:
  post:
    runs-on: ubuntu-latest
    env:
      BOT: "@@secret@@"
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/render_prices.py > prices.txt
      - run: |
          curl -s "https://api.telegram.org/bot${BOT}/sendMessage" \\
            --data-urlencode chat_id=@gujiprices --data-urlencode text@prices.txt
""", telegram())

add("yaml/gitlab-runner-token", "ops/gitlab-runner/config.toml.yaml", "GitLab Runner docs: runner authentication token (glrt-)", """
# rendered into /etc/gitlab-runner/config.toml by ansible
concurrent: 2
runners:
  - name: hq-docker-01
    url: https://gitlab.com/
    token: @@secret@@
    executor: docker
    docker:
      image: python:3.12
      privileged: false
""", fakes.fake("glrt-", 20, _seed()))

add("properties/smtp-password", "src/main/resources/mail.properties", "Jakarta Mail docs: mail.smtp properties", """
mail.smtp.host=smtp.zoho.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=docs@tepi-coffee.com
mail.smtp.password=@@secret@@
mail.from=Tepi Coffee Export <docs@tepi-coffee.com>
""", rand_pw(16))

# ---- last group --------------------------------------------------------------------------------

add("ini/decoy-htpasswd-hashes", "nginx/conf.d/samples.htpasswd", "Apache docs: htpasswd (bcrypt hashes)", """
# buyers' sample-portal preview logins (bcrypt, cost 10)
# ገዢዎች — rotated each harvest
nordic-roasters:$2y$10$@@h1@@
tokyo-green:$2y$10$@@h2@@
berlin-import:$2y$10$@@h3@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("yaml/decoy-public-cert", "k8s/ingress/portal-tls-ca.yaml", "Kubernetes docs: ConfigMap holding a CA certificate (public)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: hq-root-ca
  namespace: stations
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("wireguard/decoy-public-keys", "network/wg/peers.md", "WireGuard docs: public keys are shared with peers", """
# WireGuard peers (public keys only — የግል ቁልፎች በጣቢያው ላይ ብቻ)

| Station  | Address      | PublicKey |
|----------|--------------|-----------|
| Chelbesa | 10.8.0.11/32 | `@@p1@@` |
| Aricha   | 10.8.0.12/32 | `@@p2@@` |
| Hambela  | 10.8.0.13/32 | `@@p3@@` |

Add a peer with `wg set wg0 peer <PublicKey> allowed-ips <Address>`.
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("python/decoy-commit-shas", "tools/release_notes.py", "git docs: commit hashes in release notes", """
\"\"\"Release notes for station-sync builds shipped to the stations.\"\"\"
RELEASES = [
    {"version": "0.9.2", "commit": "@@c1@@", "stations": ["CHB-07", "ARC-02"]},
    {"version": "0.9.1", "commit": "@@c2@@", "stations": ["CHB-07"]},
    {"version": "0.9.0", "commit": "@@c3@@", "stations": []},
]


def notes(version: str) -> str:
    rel = next(r for r in RELEASES if r["version"] == version)
    return f"station-sync {version} ({rel['commit'][:8]}) → {', '.join(rel['stations']) or 'none'}"
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("json/decoy-chapa-response", "tests/fixtures/chapa_initialize_response.json", "Chapa docs: initialize transaction response", """
{
  "message": "Hosted Link",
  "status": "success",
  "data": {
    "checkout_url": "https://checkout.chapa.co/checkout/payment/@@cp@@"
  },
  "tx_ref": "SAMPLE-8812",
  "reference": "AP@@ref@@"
}
""", cp=fakes.drawn(_seed(), 40), ref=fakes.drawn(_seed(), 10))

add("markdown/decoy-incident-redacted", "docs/incidents/2024-04-telebirr-key.md", "Incident postmortem in Markdown", """
# Incident: telebirr appKey pasted in the Telegram ops group (2024-04-18)

**What happened.** The production appKey (`3f9a…e21c`, redacted) was posted in the ops group by mistake.

**Response.** ethio telecom issued a new appKey the same day; the old one was revoked at 14:20 EAT.
The new key is only in Vault (`secret/payments/telebirr`).

**Follow-up (ቀጣይ እርምጃዎች).**
- Bot in the ops group now deletes messages matching 32-hex strings.
- Training for station managers on where keys live.
""")

add("shell/decoy-example-curl", "docs/examples/chapa_initialize.sh", "Chapa docs: initialize transaction example with placeholder key", """
#!/bin/sh
# Example from the Chapa docs; set CHAPA_SECRET_KEY before running
curl --location 'https://api.chapa.co/v1/transaction/initialize' \\
  --header "Authorization: Bearer ${CHAPA_SECRET_KEY:-CHASECK_TEST-XXXXXXXXXXXXXXXXXXXXXXXX}" \\
  --header 'Content-Type: application/json' \\
  --data '{"amount":"100","currency":"ETB","email":"buyer@example.com","tx_ref":"demo-001"}'
""")

add("toml/decoy-netlify", "site/netlify.toml", "Netlify docs: netlify.toml with build environment", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_SITE_LANG = "am"
  PUBLIC_SENTRY_DSN = "@@dsn@@"

[[redirects]]
  from = "/en/*"
  to = "/:splat"
  status = 301
""", dsn=sentry_dsn())

add("sql/decoy-parameterised", "db/functions/rotate_api_key.sql", "PostgreSQL docs: pgcrypto gen_random_bytes", """
-- Issues a new buyer API token; only its sha256 is stored, the token is shown once
CREATE OR REPLACE FUNCTION issue_buyer_token(p_buyer int) RETURNS text AS $$
DECLARE
    tok text := 'bt_live_' || encode(gen_random_bytes(24), 'hex');
BEGIN
    INSERT INTO buyer_tokens (buyer_id, token_sha256, created_at)
    VALUES (p_buyer, encode(digest(tok, 'sha256'), 'hex'), now());
    RETURN tok;
END;
$$ LANGUAGE plpgsql SECURITY DEFINER;
""")

add("yaml/smtp-password", "ansible/roles/postfix/vars/main.yml", "Ansible docs: role vars; Postfix sasl_passwd", """
---
postfix_relayhost: "[smtp.office365.com]:587"
postfix_sasl_user: "alerts@kochere-coffee.com"
postfix_sasl_password: "@@secret@@"
postfix_mynetworks: "127.0.0.0/8 10.20.0.0/16"
# የማንቂያ ኢሜይሎች ለ IT
postfix_aliases:
  root: it@kochere-coffee.com
""", words_pw())

add("go/sendgrid-api-key", "internal/notify/mail.go", "SendGrid Go library docs", """
package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var client = sendgrid.NewSendClient("@@secret@@")

func LotReady(to, lot string) error {
	from := mail.NewEmail("Worka Union", "lots@worka-union.et")
	msg := mail.NewSingleEmail(from, "Lot "+lot+" ready for pickup", mail.NewEmail("", to),
		"Your lot is graded and bagged at the Dilla warehouse.", "")
	_, err := client.Send(msg)
	return err
}
""", sendgrid_key())

add("csv/kobotoolbox-api-token", "it/integrations_inventory.csv", "IT inventory CSV export", """
system,vendor,owner,api_user,api_key,rotated
Price SMS,Africa's Talking,Hana,sidamabunasms,see vault,2024-03-01
Farmer census,KoBoToolbox,Abdi,census-bot,@@secret@@,2024-01-15
Maps,Mapbox,Tigist,bunatrace,public pk only,n/a
Payments,Chapa,Finance,-,vault: secret/payments/chapa,2024-05-04
""", hexs(40))
