"""Blind set MB: a Botswana cattle auction (Kgomo Fantisi, Francistown and Ghanzi sale yards) and a
Maun safari-camp booking platform (Delta Mokoro Bookings), with notes and comments partly in Setswana.

Auction bidding and lot services, LITS ear-tag lookups, buyer payments (DPO, Orange Money, Stripe),
SMS and Telegram notices to farmers, camp availability, guide rosters and lodge bookings, their
configs, deploy files, runbooks and decoys. Generated fakes only (seeds 6910000-6919999).
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
SEED_LO, SEED_HI = 6910000, 6919999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kgomo", "Tau", "Pula", "Nare", "Phiri", "Tlou", "Noga", "Kwena", "Mokoro", "Letsatsi",
         "Okavango", "Moremi", "Tholo", "Phuti", "Nonyane", "Motlha", "Lesedi", "Thuto", "Kgabo", "Pitse"]
LOWER = ["lesaka", "mokoro", "pula", "nare", "sefako", "legodu", "kgomo", "moretlwa", "noka", "letlhaka",
         "tshipi", "phefo", "lehuma", "mophane", "motswere", "sekaka"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


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


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def flutterwave_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return fakes.fake("hvs.", 90, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1IjoiZGVsdGFtb2tvcm8iLCJhIjoi" + "".join(r.choice(ALNUM) for _ in range(22)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def jwt_like() -> str:
    r = _rng()
    body = b64('{"sub":"svc-lits-sync","iss":"kgomo-fantisi","iat":' + str(r.randint(1700000000, 1790000000)) + "}").rstrip("=")
    body = body.replace("+", "-").replace("/", "_")
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def rand_b64(n_bytes: int) -> str:
    """Base64 of random bytes (ciphertext, IVs, tags: not text)."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n_bytes))).decode()


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCS_PY = "https://docs.python.org/3/library/os.html#os.environ"
DOCS_ENV = "https://github.com/motdotla/dotenv#usage"
DOCS_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCS_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
DOCS_YAML = "https://yaml.org/spec/1.2.2/"
DOCS_MD = "https://commonmark.org/help/"
DOCS_GO = "https://pkg.go.dev/database/sql"
DOCS_JS = "https://nodejs.org/api/process.html#processenv"
DOCS_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
DOCS_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOCS_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOCS_PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"

# ---------------------------------------------------------------- auction: Python services

add("blind-mb/python/postgres-password", "auction/bidding/db.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", '''"""Kgolagano le database ya fantisi (lots, bids, buyers)."""
import psycopg2

# TODO: tsaya se mo env pele ga sale ya Ghanzi
conn = psycopg2.connect(
    host="pg-auction.internal",
    dbname="fantisi",
    user="bidding_app",
    password="@@secret@@",
)
''', secret=words_pw())

add("blind-mb/python/decoy-env-reference", "auction/bidding/settings.py", DOCS_PY, '''import os

# Dipalo tsotlhe tsa sephiri di tswa mo environment; o se ka wa di kwala fano.
DATABASE_URL = os.environ["FANTISI_DATABASE_URL"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
LITS_API_TOKEN = os.getenv("LITS_API_TOKEN")
BID_INCREMENT_PULA = int(os.getenv("BID_INCREMENT_PULA", "50"))
DEBUG = os.getenv("DEBUG", "0") == "1"
''')

add("blind-mb/python/django-secret-key", "auction/portal/portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["fantisi.co.bw", "www.fantisi.co.bw"]
LANGUAGE_CODE = "tn-bw"
TIME_ZONE = "Africa/Gaborone"
''', secret=fakes.django_secret_key(_seed()))

add("blind-mb/python/telegram-bot-token", "auction/notify/telegram_lots.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''import requests

# Bot wa "Dikgomo Ghanzi" o romela balemirui lenaane la lots pele ga fantisi
BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001734220918


def romela(molaetsa: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    requests.post(url, json={"chat_id": CHAT_ID, "text": molaetsa}, timeout=10)
''', secret=fakes.telegram_token(_seed()))

add("blind-mb/python/decoy-test-fixture", "auction/notify/tests/test_telegram_lots.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", '''from notify import telegram_lots

FAKE_TOKEN = "123456789:AAtest-token-not-real-for-unit-tests"


def test_romela_uses_token(monkeypatch, requests_mock):
    monkeypatch.setattr(telegram_lots, "BOT_TOKEN", FAKE_TOKEN)
    requests_mock.post(f"https://api.telegram.org/bot{FAKE_TOKEN}/sendMessage", json={"ok": True})
    telegram_lots.romela("Lot 14: dipholo di le 12")
    assert requests_mock.called
''')

add("blind-mb/python/aws-secret-key", "auction/media/upload_lot_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''import boto3

# Ditshwantsho tsa dikgomo pele ga fantisi (lot photos) -> S3 af-south-1
s3 = boto3.client(
    "s3",
    region_name="af-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path: str, lot_no: int) -> None:
    s3.upload_file(path, "kgomo-fantisi-lot-photos", f"ghanzi/{lot_no}.jpg")
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mb/python/decoy-docs-example", "auction/media/README_s3.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", '''# Lot photos on S3

Configure a profile before running `upload_lot_photos.py`:

```
[fantisi-media]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = af-south-1
```

Dikarolo tse di kwadilweng fa godimo ke sekao fela (AWS documentation). Dira profile ya gago ka `aws configure`.
''')

add("blind-mb/python/sendgrid-key", "auction/notify/email_invoices.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", '''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_invoice(to: str, lot: int, amount_pula: float) -> None:
    msg = Mail(from_email="dituelo@fantisi.co.bw", to_emails=to,
               subject=f"Invoice: Lot {lot}", html_content=f"<p>P{amount_pula:,.2f}</p>")
    sg.send(msg)
''', secret=sendgrid_key())

add("blind-mb/python/redis-password", "auction/bidding/live_feed.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''import redis

# Live bid feed: kopo nngwe le nngwe e phasalatswa mo channel ya lot
r = redis.Redis(host="redis-bids.fantisi.internal", port=6379, db=2,
                password="@@secret@@", ssl=True)


def publish_bid(lot: int, buyer: str, pula: int) -> None:
    r.publish(f"lot:{lot}", f"{buyer}:{pula}")
''', secret=fakes.redis_password(_seed()))

add("blind-mb/python/decoy-hash", "auction/bidding/verify_catalogue.py", "https://docs.python.org/3/library/hashlib.html", '''import hashlib

# Checksum ya catalogue e e gatisitsweng (PDF) - e tshwanetse go tshwana le e e mo website
CATALOGUE_SHA256 = "@@h@@"


def verify(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == CATALOGUE_SHA256
''', h=hexs(64))

add("blind-mb/python/twilio-auth-token", "auction/notify/sms_outbid.py", "https://www.twilio.com/docs/usage/secure-credentials", '''from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def outbid(phone: str, lot: int) -> None:
    client.messages.create(to=phone, from_="+26771000111",
                           body=f"Fantisi: o fetilwe mo Lot {lot}. Tsena mo app go oketsa kopo.")
''', secret=hexs(32), sid=hexs(32))

add("blind-mb/python/decoy-placeholder", "auction/notify/sms_config_example.py", "https://www.twilio.com/docs/usage/secure-credentials", '''# Kopisa faele e go sms_config.py mme o tlatse dipalo tsa gago.
ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
AUTH_TOKEN = "your_auth_token"
FROM_NUMBER = "+267XXXXXXXX"
OUTBID_TEMPLATE = "Fantisi: o fetilwe mo Lot {lot}."
''')

add("blind-mb/python/mongodb-password", "auction/lits/sync_eartags.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''"""Sync LITS bolus/ear-tag numbers into the auction catalogue."""
from pymongo import MongoClient

client = MongoClient("mongodb+srv://lits_sync:@@secret@@@catalogue.x3kq1.mongodb.net/fantisi?retryWrites=true")
db = client.fantisi


def upsert(tag: str, owner_brand: str, district: str) -> None:
    db.animals.update_one({"tag": tag}, {"$set": {"brand": owner_brand, "district": district}}, upsert=True)
''', secret=rand_pw(16))

add("blind-mb/python/decoy-ids", "auction/lits/sample_tags.py", "https://docs.python.org/3/tutorial/datastructures.html", '''# Dinomoro tsa LITS tse di dirisiwang mo demo ya catalogue (ga se sephiri)
SAMPLE_BOLUS = [
    "BW-LITS-0713-448201",
    "BW-LITS-0713-448202",
    "BW-LITS-0901-100377",
]
SALE_ID = "@@u@@"
BRAND_CODES = {"Ghanzi": "GZ-17", "Francistown": "FT-03", "Maun": "MN-22"}
''', u=uuid_s())

add("blind-mb/python/stripe-secret-key", "auction/payments/deposit.py", "https://stripe.com/docs/keys", '''import stripe

# Madi a deposit pele ga go bida (buyers from South Africa and Namibia pay by card)
stripe.api_key = "@@secret@@"


def deposit_intent(buyer_id: str, pula: int):
    return stripe.PaymentIntent.create(amount=pula * 100, currency="bwp",
                                       metadata={"buyer": buyer_id, "sale": "ghanzi-2024-07"})
''', secret=stripe_key())

add("blind-mb/python/decoy-publishable-key", "auction/payments/checkout_page.py", "https://stripe.com/docs/keys#obtain-api-keys", '''# Publishable key fela e ya kwa browser; secret key e mo Vault.
STRIPE_PUBLISHABLE_KEY = "@@pk@@"


def checkout_context(lot):
    return {"pk": STRIPE_PUBLISHABLE_KEY, "lot": lot.number,
            "amount": lot.deposit_pula * 100, "currency": "bwp"}
''', pk=stripe_key("pk_live_"))

add("blind-mb/python/flutterwave-secret", "auction/payments/flutterwave_client.py", "https://developer.flutterwave.com/docs/integration-guides/authentication", '''import requests

FLW_SECRET = "@@secret@@"
BASE = "https://api.flutterwave.com/v3"


def verify(tx_id: int) -> dict:
    headers = {"Authorization": f"Bearer {FLW_SECRET}"}
    return requests.get(f"{BASE}/transactions/{tx_id}/verify", headers=headers, timeout=15).json()
''', secret=flutterwave_key())

add("blind-mb/python/jwt-signing-secret", "auction/api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", '''import datetime as dt
import jwt

JWT_SECRET = "@@secret@@"


def issue(buyer_id: str) -> str:
    exp = dt.datetime.utcnow() + dt.timedelta(hours=8)  # letsatsi la fantisi le le lengwe
    return jwt.encode({"sub": buyer_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
''', secret=rand_pw(40))

add("blind-mb/python/decoy-secret-manager", "auction/api/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", '''import json
import boto3

_sm = boto3.client("secretsmanager", region_name="af-south-1")


def jwt_secret() -> str:
    # Sephiri se bolokilwe mo Secrets Manager: arn:aws:secretsmanager:af-south-1:412983307716:secret:fantisi/jwt-Qm81Xa
    value = _sm.get_secret_value(SecretId="fantisi/jwt")["SecretString"]
    return json.loads(value)["signing_key"]
''')

add("blind-mb/python/smtp-password", "auction/notify/mailer.py", "https://docs.python.org/3/library/smtplib.html", '''import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.fantisi.co.bw"
SMTP_USER = "dikitsiso@fantisi.co.bw"


def send(msg: EmailMessage) -> None:
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, "@@secret@@")
        s.send_message(msg)
''', secret=words_pw())

add("blind-mb/jupyter/postgres-password", "analytics/notebooks/prices_by_district.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ditlhwatlhwa tsa dikgomo ka kgaolo (2023-2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@pg-auction.internal/fantisi')\\n",
    "df = pd.read_sql('select district, avg(price_pula) from lots group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=words_pw())

add("blind-mb/jupyter/decoy-env-reference", "analytics/notebooks/buyer_origin.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(os.environ['ANALYTICS_DB_URL'])  # e.g. postgresql://analyst:<password>@host/fantisi\\n",
    "pd.read_sql('select buyer_country, count(*) from bids group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

# ---------------------------------------------------------------- env files

add("blind-mb/dotenv/postgres-url", "auction/bidding/.env", DOCS_ENV, '''# Fantisi bidding service - production (Gaborone DC)
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://bidding_app:@@secret@@@10.14.2.11:5432/fantisi
BID_INCREMENT_PULA=50
SALE_TIMEZONE=Africa/Gaborone
''', secret=rand_pw(18))

add("blind-mb/dotenv/decoy-placeholder", "auction/bidding/.env.example", DOCS_ENV, '''# Kopisa go .env mme o tlatse dipalo (ask Kabelo for the real ones)
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://bidding_app:CHANGE_ME@localhost:5432/fantisi
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=<bot-token-from-botfather>
BID_INCREMENT_PULA=50
''')

add("blind-mb/dotenv/orange-money-secret", "payments/orange-money/.env.production", "https://developer.orange-sonatel.com/documentation", '''ORANGE_MONEY_BASE_URL=https://api.orange.com/orange-money-webpay/bw/v1
ORANGE_MONEY_MERCHANT_ID=BW-FANT-0091
ORANGE_MONEY_CLIENT_ID=fantisi-bw-merchant
ORANGE_MONEY_CLIENT_SECRET=@@secret@@
ORANGE_MONEY_RETURN_URL=https://fantisi.co.bw/tefo/e-atlegile
ORANGE_MONEY_CANCEL_URL=https://fantisi.co.bw/tefo/e-khanseletswe
''', secret=alnum(32))

add("blind-mb/dotenv/decoy-empty", "payments/orange-money/.env.test", DOCS_ENV, '''# Tlhatlhobo: dipalo di lesega ka boomo, sandbox e dirisa mock server
ORANGE_MONEY_BASE_URL=http://localhost:4010
ORANGE_MONEY_MERCHANT_KEY=
ORANGE_MONEY_CLIENT_ID=
ORANGE_MONEY_CLIENT_SECRET=
ORANGE_MONEY_RETURN_URL=http://localhost:3000/tefo/e-atlegile
''')

add("blind-mb/dotenv/dpo-company-token", "safari/booking-api/.env", "https://docs.dpopay.com/api/index.html", '''APP_NAME="Delta Mokoro Bookings"
APP_URL=https://book.deltamokoro.co.bw
DPO_ENDPOINT=https://secure.3gdirectpay.com/API/v6/
DPO_COMPANY_TOKEN=@@secret@@
DPO_SERVICE_TYPE=5525
CURRENCY=USD
''', secret=uuid_s().upper())

add("blind-mb/dotenv/decoy-vault-reference", "safari/booking-api/.env.staging", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", '''APP_NAME="Delta Mokoro Bookings (staging)"
APP_URL=https://staging.book.deltamokoro.co.bw
# Vault agent e tlatsa dipalo tse fa container e simolola
DPO_COMPANY_TOKEN=vault:secret/data/booking/staging#dpo_company_token
DB_PASSWORD=vault:secret/data/booking/staging#db_password
MAIL_PASSWORD=vault:secret/data/booking/staging#smtp_password
''')

add("blind-mb/dotenv/mailgun-key", "safari/notifications/.env.local", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", '''MAILGUN_DOMAIN=mg.deltamokoro.co.bw
MAILGUN_API_KEY=@@secret@@
MAIL_FROM="Delta Mokoro <reservations@deltamokoro.co.bw>"
# ke a leboga Neo - e dirile ka Labone
CONFIRMATION_TEMPLATE=booking-confirmed-v3
''', secret=mailgun_key())

add("blind-mb/dotenv/google-maps-key", "safari/web/.env.production.local", "https://developers.google.com/maps/documentation/javascript/get-api-key", '''VITE_PUBLIC_SITE=https://deltamokoro.co.bw
# server-side geocoding ya airstrips (Xakanaxa, Khwai, Chief's Island) - e SE ka ya kwa browser
GOOGLE_GEOCODING_SERVER_KEY=@@secret@@
VITE_DEFAULT_ZOOM=9
VITE_MAP_CENTER=-19.35,23.05
''', secret=google_api_key())

add("blind-mb/dotenv/decoy-public-key", "safari/web/.env", "https://docs.mapbox.com/help/getting-started/access-tokens/", '''VITE_PUBLIC_SITE=https://deltamokoro.co.bw
# Mapbox public token (pk.) - e bonala mo browser, ke sentle
VITE_MAPBOX_TOKEN=pk.eyJ1IjoiZGVsdGFtb2tvcm8iLCJhIjoiY2x4OWs4cjB1MDJ0ZzJrcGQ3bmRkZ3B6dyJ9.@@p@@
VITE_DEFAULT_ZOOM=9
VITE_MAP_CENTER=-19.35,23.05
''', p=alnum(22))

add("blind-mb/dotenv/slack-webhook", "ops/alerts/.env", "https://api.slack.com/messaging/webhooks", '''# Ditlhagiso tsa ops (auction + booking)
ALERT_CHANNEL=#ops-maun-gabs
SLACK_WEBHOOK_URL=@@secret@@
ALERT_MIN_SEVERITY=warning
QUIET_HOURS=22:00-05:30
''', secret=slack_webhook())

# ---------------------------------------------------------------- docker compose

add("blind-mb/compose/mysql-password", "safari/docker-compose.yml", DOCS_COMPOSE, '''services:
  booking-db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: bookings
      MYSQL_USER: mokoro
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
  booking-api:
    build: ./booking-api
    depends_on: [booking-db]
    ports: ["8000:8000"]
volumes:
  dbdata: {}
''', secret=words_pw())

add("blind-mb/compose/decoy-env-interpolation", "auction/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/", '''services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_DB: fantisi
      POSTGRES_USER: fantisi
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  bidding:
    build: ./bidding
    environment:
      DATABASE_URL: postgres://fantisi:${POSTGRES_PASSWORD}@postgres:5432/fantisi
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [postgres]
''')

add("blind-mb/compose/rabbitmq-password", "auction/docker-compose.override.yml", DOCS_COMPOSE, '''# local override - Tumelo's laptop
services:
  rabbitmq:
    image: rabbitmq:3-management
    environment:
      RABBITMQ_DEFAULT_USER: lots
      RABBITMQ_DEFAULT_PASS: @@secret@@
    ports: ["15672:15672"]
''', secret=passphrase())

add("blind-mb/compose/decoy-docker-secrets", "safari/docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", '''services:
  booking-api:
    image: registry.deltamokoro.co.bw/booking-api:2.14.0
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      DPO_TOKEN_FILE: /run/secrets/dpo_company_token
    secrets: [db_password, dpo_company_token]
secrets:
  db_password:
    external: true
  dpo_company_token:
    external: true
''')

# ---------------------------------------------------------------- Kubernetes

add("blind-mb/k8s-secret/postgres-password", "deploy/k8s/auction/bidding-db-secret.yaml", DOCS_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: bidding-db
  namespace: fantisi
type: Opaque
data:
  username: @@u@@
  password: @@enc@@
''', secret=(_pw := words_pw()), enc=b64(_pw), u=b64("bidding_app"))

add("blind-mb/k8s-secret/decoy-sealed-secret", "deploy/k8s/auction/bidding-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bidding-db
  namespace: fantisi
spec:
  encryptedData:
    password: AgB@@c1@@
    username: AgC@@c2@@
  template:
    metadata:
      name: bidding-db
''', c1="".join(random.Random(_seed()).choice(ALNUM + "+/") for _ in range(340)), c2="".join(random.Random(_seed()).choice(ALNUM + "+/") for _ in range(300)))

add("blind-mb/k8s-secret/telegram-token-stringdata", "deploy/k8s/auction/notify-secret.yaml", DOCS_K8S, '''apiVersion: v1
kind: Secret
metadata:
  name: notify-bot
  namespace: fantisi
  annotations:
    note: "Bot wa Dikgomo Ghanzi - bua le Onalenna pele o fetola"
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
''', secret=fakes.telegram_token(_seed()))

add("blind-mb/k8s/decoy-secret-key-ref", "deploy/k8s/safari/booking-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: deltamokoro
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking-api}
  template:
    metadata:
      labels: {app: booking-api}
    spec:
      containers:
        - name: api
          image: registry.deltamokoro.co.bw/booking-api:2.14.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: password}
            - name: DPO_COMPANY_TOKEN
              valueFrom:
                secretKeyRef: {name: dpo, key: company-token}
''')

add("blind-mb/k8s-secret/dockerconfigjson", "deploy/k8s/safari/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", '''apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: deltamokoro
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', secret=(_rp := rand_pw(24)), enc=b64('{"auths":{"registry.deltamokoro.co.bw":{"username":"ci-pull","password":"' + _rp + '","auth":"' + b64("ci-pull:" + _rp) + '"}}}'))

add("blind-mb/k8s/env-literal-password", "deploy/k8s/auction/lits-sync-cronjob.yaml", "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/", '''apiVersion: batch/v1
kind: CronJob
metadata:
  name: lits-sync
  namespace: fantisi
spec:
  schedule: "30 2 * * *"   # bosigo, pele ga balemirui ba tsoga
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: registry.fantisi.co.bw/lits-sync:0.9.3
              env:
                - name: LITS_USER
                  value: fantisi-auction
                - name: LITS_PASSWORD
                  value: "@@secret@@"
''', secret=words_pw())

add("blind-mb/k8s-secret/decoy-placeholder-base64", "deploy/k8s/auction/notify-secret.template.yaml", DOCS_K8S, '''# Template: dira `kubectl create secret` ka dipalo tsa nnete, o se ka wa commit.
apiVersion: v1
kind: Secret
metadata:
  name: notify-bot
  namespace: fantisi
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
''', enc=b64("REPLACE_WITH_BOT_TOKEN"))

add("blind-mb/helm/redis-password", "deploy/helm/booking/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", '''image:
  repository: registry.deltamokoro.co.bw/booking-api
  tag: 2.14.0
replicaCount: 2
ingress:
  enabled: true
  hosts: [book.deltamokoro.co.bw]
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
''', secret=fakes.redis_password(_seed()))

add("blind-mb/helm/decoy-existing-secret", "deploy/helm/booking/values-staging.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters", '''replicaCount: 1
postgresql:
  auth:
    username: mokoro
    database: bookings
    existingSecret: booking-db-staging
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password
''')

add("blind-mb/helm/smtp-password", "deploy/helm/fantisi/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", '''global:
  sale: ghanzi
mailer:
  host: mail.fantisi.co.bw
  port: 587
  user: dikitsiso@fantisi.co.bw
  # TODO(Kabelo): tsaya mo existingSecret
  password: @@secret@@
bidding:
  replicas: 3
''', secret=rand_pw(16))

# ---------------------------------------------------------------- JS / TS

add("blind-mb/javascript/stripe-secret-key", "auction/web/server/payments.js", "https://stripe.com/docs/api/authentication", '''const Stripe = require('stripe');
// Buyer deposits - ba ba tswang kwa ntle ba duela ka karata
const stripe = Stripe('@@secret@@');

async function depositIntent(buyerId, pula) {
  return stripe.paymentIntents.create({ amount: pula * 100, currency: 'bwp', metadata: { buyerId } });
}

module.exports = { depositIntent };
''', secret=stripe_key("rk_live_"))

add("blind-mb/javascript/decoy-env-reference", "auction/web/server/config.js", DOCS_JS, '''// Dipalo tsotlhe di tswa mo process.env - bona .env.example
module.exports = {
  port: Number(process.env.PORT || 8080),
  databaseUrl: process.env.DATABASE_URL,
  stripeKey: process.env.STRIPE_SECRET_KEY,
  telegramToken: process.env.TELEGRAM_BOT_TOKEN,
  bidIncrement: Number(process.env.BID_INCREMENT_PULA || 50),
};
''')

add("blind-mb/typescript/mapbox-secret-token", "safari/web/scripts/upload-tilesets.ts", "https://docs.mapbox.com/api/maps/uploads/", '''import mbxUploads from '@mapbox/mapbox-sdk/services/uploads';

// Mekgwa ya mekoro le airstrips tsa Delta -> Mapbox tileset (uploads scope)
const uploads = mbxUploads({ accessToken: '@@secret@@' });

export async function uploadChannels(url: string) {
  return uploads.createUpload({ tileset: 'deltamokoro.channels-2024', url, name: 'Okavango channels' }).send();
}
''', secret=mapbox_secret())

add("blind-mb/typescript/decoy-public-config", "safari/web/src/config.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", '''export const config = {
  site: 'https://deltamokoro.co.bw',
  mapboxToken: import.meta.env.VITE_MAPBOX_TOKEN as string,
  stripePublishableKey: '@@pk@@',
  camps: ['xakanaxa', 'khwai-river', 'chiefs-island', 'gunns-camp'],
  currency: 'USD',
};
''', pk=stripe_key("pk_live_"))

add("blind-mb/typescript/openai-key", "safari/concierge/src/llm.ts", "https://platform.openai.com/docs/api-reference/authentication", '''import OpenAI from 'openai';

// Concierge bot: o araba baeti ka ga mokoro trips, ditlhwatlhwa le nako ya pula
const client = new OpenAI({ apiKey: '@@secret@@' });

export async function answer(question: string) {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: 'You are the Delta Mokoro concierge in Maun.' }, { role: 'user', content: question }],
  });
  return res.choices[0].message.content;
}
''', secret=fakes.openai_key(_seed()))

add("blind-mb/javascript/discord-webhook", "safari/ops/notify-guides.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", '''// Romela lenaane la bagogi (guides) ba kamoso mo Discord
const HOOK = '@@secret@@';

async function post(roster) {
  const content = roster.map(r => `${r.guide} -> ${r.camp} (${r.guests} baeti)`).join('\\n');
  await fetch(HOOK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content }) });
}

module.exports = { post };
''', secret=discord_webhook())

add("blind-mb/javascript/decoy-test-fake", "safari/ops/notify-guides.test.js", "https://jestjs.io/docs/mock-functions", '''const { post } = require('./notify-guides');

// webhook ya maaka fela - global.fetch e mocked
global.fetch = jest.fn(() => Promise.resolve({ ok: true }));

test('posts roster', async () => {
  await post([{ guide: 'Mpho', camp: 'Khwai', guests: 4 }]);
  expect(global.fetch).toHaveBeenCalledWith(expect.stringContaining('discord.com'), expect.anything());
});
''')

add("blind-mb/typescript/jwt-secret-in-call", "auction/web/server/auth.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", '''import jwt from 'jsonwebtoken';

export function signBuyer(buyerId: string, paddle: number) {
  // paddle = nomoro ya moreki mo fantisi
  return jwt.sign({ sub: buyerId, paddle }, '@@secret@@', { expiresIn: '8h' });
}

export const verifyBuyer = (t: string) => jwt.verify(t, process.env.JWT_SECRET!);
''', secret=passphrase())

add("blind-mb/javascript/firebase-server-key", "safari/mobile-push/send.js", "https://firebase.google.com/docs/cloud-messaging/auth-server", '''const fetch = require('node-fetch');

// Legacy FCM: go romela baeti kitsiso ya "mokoro o go emetse"
const SERVER_KEY = 'AAAA@@a@@:@@secret@@';

exports.push = (token, title, body) => fetch('https://fcm.googleapis.com/fcm/send', {
  method: 'POST',
  headers: { Authorization: `key=${SERVER_KEY}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ to: token, notification: { title, body } }),
});
''', secret="APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"), a=alnum(7))

add("blind-mb/json/decoy-package-lock", "safari/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''{
  "name": "deltamokoro-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
''', i=b64(hexs(64))[:86] + "==")

add("blind-mb/npmrc/npm-token", "safari/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", '''@deltamokoro:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
''', secret=npm_token())

add("blind-mb/npmrc/decoy-env-token", "auction/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", '''@fantisi:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
engine-strict=true
audit-level=high
''')

# ---------------------------------------------------------------- Go

add("blind-mb/go/mysql-dsn-password", "safari/availability/internal/store/mysql.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", '''package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Open e bula database ya dikampa (camp availability)
func Open() (*sql.DB, error) {
	return sql.Open("mysql", "mokoro:@@secret@@@tcp(10.20.0.5:3306)/bookings?parseTime=true")
}
''', secret=words_pw())

add("blind-mb/go/decoy-getenv", "safari/availability/internal/config/config.go", "https://pkg.go.dev/os#Getenv", '''package config

import "os"

type Config struct {
	DSN      string
	DPOToken string
	Port     string
}

// Load: dipalo tsa sephiri di tswa mo env fela
func Load() Config {
	return Config{DSN: os.Getenv("BOOKINGS_DSN"), DPOToken: os.Getenv("DPO_COMPANY_TOKEN"), Port: os.Getenv("PORT")}
}
''')

add("blind-mb/go/github-token", "tools/release-notes/main.go", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", '''package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v60/github"
)

func main() {
	// Kwala release notes go tswa mo PRs tsa fantisi-bidding
	client := github.NewClient(nil).WithAuthToken("@@secret@@")
	prs, _, err := client.PullRequests.List(context.Background(), "kgomo-fantisi", "bidding", nil)
	if err != nil {
		panic(err)
	}
	for _, pr := range prs {
		fmt.Printf("- %s (#%d)\\n", pr.GetTitle(), pr.GetNumber())
	}
}
''', secret=fakes.github_token(_seed()))

add("blind-mb/go/decoy-test-constant", "safari/availability/internal/store/mysql_test.go", "https://pkg.go.dev/testing", '''package store

import "testing"

// testDSN e supa mo database ya docker ya tlhatlhobo; password "test" ke ya maaka fela
const testDSN = "root:test@tcp(127.0.0.1:33306)/bookings_test"

func TestOpen(t *testing.T) {
	if testDSN == "" {
		t.Skip("no test db")
	}
}
''')

add("blind-mb/go/africastalking-key", "auction/smsgw/sender.go", "https://developers.africastalking.com/docs/sms/sending", '''package smsgw

import (
	"net/http"
	"net/url"
	"strings"
)

const apiKey = "atsk_@@secret@@"

// Send e romela molaetsa go molemirui (Africa's Talking)
func Send(to, msg string) (*http.Response, error) {
	form := url.Values{"username": {"fantisi"}, "to": {to}, "message": {msg}}
	req, _ := http.NewRequest("POST", "https://api.africastalking.com/version1/messaging", strings.NewReader(form.Encode()))
	req.Header.Set("apiKey", apiKey)
	return http.DefaultClient.Do(req)
}
''', secret=hexs(64))

add("blind-mb/go/private-key-const", "safari/availability/internal/sign/key.go", "https://pkg.go.dev/crypto/x509#ParsePKCS1PrivateKey", '''package sign

// Senotlolo sa go saena voucher ya baeti (PDF). TODO: tsenya mo KMS.
const voucherKey = `@@secret@@`
''', secret=pem("RSA"))

# ---------------------------------------------------------------- Java / Kotlin

add("blind-mb/java-properties/postgres-password", "auction/settlement/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", '''spring.application.name=settlement
# Tefo go barekisi morago ga fantisi (seller settlement)
spring.datasource.url=jdbc:postgresql://pg-auction.internal:5432/fantisi
spring.datasource.username=settlement
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
settlement.commission.percent=5
''', secret=rand_pw(14, "#!"))

add("blind-mb/java-properties/decoy-placeholder-expression", "auction/settlement/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", '''spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/fantisi
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
bank.fnbb.api-key=${FNBB_API_KEY}
settlement.commission.percent=5
''')

add("blind-mb/java/bank-api-key", "auction/settlement/src/main/java/bw/fantisi/settlement/BankClient.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpRequest.html", '''package bw.fantisi.settlement;

import java.net.URI;
import java.net.http.HttpRequest;

public class BankClient {
    // Bank transfer go morekisi (EFT) - sandbox e fetotswe go production ka Mopitlwe
    private static final String API_KEY = "@@secret@@";

    public HttpRequest payout(String account, long thebe) {
        return HttpRequest.newBuilder(URI.create("https://api.bank.co.bw/payouts/v2"))
                .header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\\"account\\":\\"" + account + "\\",\\"amount\\":" + thebe + "}"))
                .build();
    }
}
''', secret=alnum(40))

add("blind-mb/java/decoy-masked-log", "auction/settlement/src/main/java/bw/fantisi/settlement/Mask.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/String.html", '''package bw.fantisi.settlement;

public final class Mask {
    // Re bontsha dinomoro tse nne tsa bofelo fela mo logs
    public static String key(String k) {
        if (k == null || k.length() < 8) return "****";
        return "****************" + k.substring(k.length() - 4);
    }
    static final String EXAMPLE = "X-Api-Key: ****************Qz7a";
}
''')

add("blind-mb/kotlin/sftp-password", "auction/lits-export/src/main/kotlin/LitsExport.kt", "https://github.com/mwiede/jsch", '''import com.jcraft.jsch.JSch

// Romela lenaane la dikgomo tse di rekisitsweng kwa LITS (DVS) bosigo
fun exportSoldAnimals(csv: String) {
    val session = JSch().getSession("fantisi", "sftp.lits.gov.bw", 22)
    session.setPassword("@@secret@@")
    session.setConfig("StrictHostKeyChecking", "yes")
    session.connect()
    // ... upload csv
    session.disconnect()
}
''', secret=words_pw())

add("blind-mb/kotlin/decoy-build-gradle", "safari/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''android {
    namespace = "bw.co.deltamokoro.app"
    defaultConfig {
        applicationId = "bw.co.deltamokoro.app"
        versionCode = 42
        buildConfigField("String", "API_BASE", "\\"https://book.deltamokoro.co.bw/api\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("blind-mb/gradle-properties/keystore-password", "safari/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", '''org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# release signing (Thato's machine)
RELEASE_STORE_FILE=../keys/deltamokoro-release.jks
RELEASE_KEY_ALIAS=deltamokoro
RELEASE_STORE_PASSWORD=@@secret@@
''', secret=words_pw())

# ---------------------------------------------------------------- C# / .NET

add("blind-mb/appsettings/sqlserver-password", "safari/lodge-pms/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", '''{
  "ConnectionStrings": {
    "Pms": "Server=tcp:pms-sql.deltamokoro.co.bw,1433;Database=LodgePms;User ID=pms_app;Password=@@secret@@;Encrypt=True;"
  },
  "Lodge": {
    "Camps": [ "Xakanaxa", "Khwai", "Chiefs Island" ],
    "CheckInHour": 14
  }
}
''', secret=rand_pw(18, "!$"))

add("blind-mb/appsettings/decoy-keyvault", "safari/lodge-pms/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", '''{
  "KeyVault": { "Uri": "https://kv-deltamokoro.vault.azure.net/" },
  "ConnectionStrings": {
    "Pms": "@Microsoft.KeyVault(SecretUri=https://kv-deltamokoro.vault.azure.net/secrets/pms-sql/)"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''')

add("blind-mb/csharp/azure-storage-key", "safari/lodge-pms/Services/InvoiceArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''using Azure.Storage.Blobs;

namespace LodgePms.Services;

// Di-invoice tsa baeti di bolokwa mo Blob storage (South Africa North)
public class InvoiceArchive
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=deltamokoroinvoices;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
    private readonly BlobContainerClient _c = new(Conn, "invoices");

    public Task SaveAsync(string name, Stream pdf) => _c.UploadBlobAsync(name, pdf);
}
''', secret=azure_storage_key())

add("blind-mb/csharp/decoy-user-secrets", "safari/lodge-pms/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''var builder = WebApplication.CreateBuilder(args);

// Mo development re dirisa `dotnet user-secrets`; mo production Key Vault.
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();

var conn = builder.Configuration.GetConnectionString("Pms")
    ?? throw new InvalidOperationException("ConnectionStrings:Pms ga e a tlhomiwa");
builder.Services.AddDbContext<PmsDb>(o => o.UseSqlServer(conn));
builder.Build().Run();
''')

add("blind-mb/csharp/azure-client-secret", "safari/lodge-pms/Auth/GraphMail.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", '''using Azure.Identity;
using Microsoft.Graph;

// Romela confirmation emails go tswa mo reservations@ mailbox
public static class GraphMail
{
    static readonly ClientSecretCredential Cred = new(
        "8d1f3c52-7a0e-4b9c-9f61-2e6d5a4b7c10",
        "c4b2e9a1-3f5d-4e8a-b7c6-0d1e2f3a4b5c",
        "@@secret@@");
    public static GraphServiceClient Client => new(Cred);
}
''', secret=azure_secret())

# ---------------------------------------------------------------- PHP / Ruby

add("blind-mb/php/mysql-password", "safari/wp-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", '''<?php
// Website ya Delta Mokoro (WordPress) - bookings di ya kwa booking-api
define( 'DB_NAME', 'dm_wordpress' );
define( 'DB_USER', 'dm_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'dmk_';
define( 'WP_DEBUG', false );
''', secret=rand_pw(20, "#%^"))

add("blind-mb/php/decoy-wp-salts-placeholder", "safari/wp-site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", '''<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
''')

add("blind-mb/php/dpo-token", "safari/wp-site/wp-content/plugins/dm-pay/dpo.php", "https://docs.dpopay.com/api/index.html", '''<?php
// Plugin ya tefo: DPO createToken bakeng sa deposit ya booking
const DM_DPO_COMPANY_TOKEN = '@@secret@@';

function dm_dpo_create($amount, $ref) {
    $xml = "<API3G><CompanyToken>" . DM_DPO_COMPANY_TOKEN . "</CompanyToken><Request>createToken</Request>"
         . "<Transaction><PaymentAmount>$amount</PaymentAmount><PaymentCurrency>USD</PaymentCurrency>"
         . "<CompanyRef>$ref</CompanyRef></Transaction></API3G>";
    return wp_remote_post('https://secure.3gdirectpay.com/API/v6/', ['body' => $xml]);
}
''', secret=uuid_s().upper())

add("blind-mb/ruby/database-yml-password", "auction/backoffice/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: fantisi_backoffice
  username: backoffice
  password: @@secret@@
  host: pg-auction.internal
''', secret=passphrase())

add("blind-mb/ruby/decoy-erb-env", "auction/backoffice/config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''default: &default
  adapter: postgresql
  encoding: unicode

test:
  <<: *default
  database: fantisi_backoffice_test
  username: <%= ENV.fetch("PGUSER", "postgres") %>
  password: <%= ENV["PGPASSWORD"] %>
  host: <%= ENV.fetch("PGHOST", "localhost") %>
''')

add("blind-mb/ruby/slack-bot-token", "auction/backoffice/lib/tasks/sale_report.rake", "https://api.slack.com/authentication/token-types#bot", '''require "slack-ruby-client"

namespace :sale do
  desc "Romela pego ya fantisi mo #fantisi-ghanzi"
  task report: :environment do
    client = Slack::Web::Client.new(token: "@@secret@@")
    sold = Lot.sold.where(sale: Sale.current)
    client.chat_postMessage(channel: "#fantisi-ghanzi",
                            text: "Dikgomo tse di rekisitsweng: #{sold.count}, P#{sold.sum(:price_pula)}")
  end
end
''', secret=slack_bot())

add("blind-mb/ruby/decoy-credentials-enc", "auction/backoffice/config/credentials.md", "https://guides.rubyonrails.org/security.html#custom-credentials", '''# Credentials tsa backoffice

Di bolokilwe mo `config/credentials.yml.enc`; `config/master.key` e mo 1Password (vault "Fantisi Ops").
Go di fetola: `bin/rails credentials:edit`.

Faele e e kgotsitsweng e lebega jaana (ga e ka ke ya balwa kwa ntle ga master key):

    @@c@@--@@iv@@--@@tag@@
''', c=b64(hexs(200)).replace("=", ""), iv="".join(random.Random(_seed()).choice(ALNUM) for _ in range(16)) + "A==", tag="".join(random.Random(_seed()).choice(ALNUM) for _ in range(22)) + "==")

# ---------------------------------------------------------------- Rust / Swift

add("blind-mb/rust/amqp-url-password", "auction/bid-engine/src/queue.rs", "https://docs.rs/lapin/latest/lapin/", '''use lapin::{Connection, ConnectionProperties};

// Mola wa dikopo (bid queue) - engine e tshwanetse go nna ka fa gare ga 200ms
const AMQP_URL: &str = "amqps://bid_engine:@@secret@@@mq.fantisi.internal:5671/auction";

pub async fn connect() -> lapin::Result<Connection> {
    Connection::connect(AMQP_URL, ConnectionProperties::default()).await
}
''', secret=rand_pw(22))

add("blind-mb/rust/decoy-env-var", "auction/bid-engine/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", '''use std::env;

pub struct Config {
    pub amqp_url: String,
    pub max_bid_pula: u64,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            amqp_url: env::var("AMQP_URL").expect("AMQP_URL e a tlhokega"),
            max_bid_pula: env::var("MAX_BID_PULA").ok().and_then(|v| v.parse().ok()).unwrap_or(250_000),
        }
    }
}
''')

add("blind-mb/swift/api-key", "safari/ios/DeltaMokoro/Services/WeatherService.swift", "https://developer.apple.com/documentation/foundation/urlrequest", '''import Foundation

// Pula le phefo kwa Delta (tomorrow.io) go bontsha baeti pele ga mokoro
struct WeatherService {
    private let apiKey = "@@secret@@"

    func forecast(lat: Double, lon: Double) -> URLRequest {
        var c = URLComponents(string: "https://api.tomorrow.io/v4/weather/forecast")!
        c.queryItems = [.init(name: "location", value: "\\(lat),\\(lon)"), .init(name: "apikey", value: apiKey)]
        return URLRequest(url: c.url!)
    }
}
''', secret=alnum(32))

add("blind-mb/swift/decoy-info-plist-ref", "safari/ios/DeltaMokoro/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", '''import Foundation

enum Config {
    // Dipalo di tswa mo xcconfig (e sa commit-iweng) ka Info.plist
    static let weatherKey = Bundle.main.object(forInfoDictionaryKey: "WEATHER_API_KEY") as? String ?? ""
    static let apiBase = URL(string: "https://book.deltamokoro.co.bw/api")!
    static let stripePublishable = Bundle.main.object(forInfoDictionaryKey: "STRIPE_PK") as? String ?? ""
}
''')

# ---------------------------------------------------------------- shell / PowerShell

add("blind-mb/shell/pgpassword-export", "ops/scripts/backup_fantisi.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", '''#!/usr/bin/env bash
# Backup ya database ya fantisi - e tsamaya bosigo ka 01:00 (cron mo db-gabs-01)
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%Y%m%d)
pg_dump -h pg-auction.internal -U backup -Fc fantisi > /srv/backups/fantisi-$STAMP.dump
find /srv/backups -name 'fantisi-*.dump' -mtime +14 -delete
''', secret=words_pw())

add("blind-mb/shell/decoy-read-from-file", "ops/scripts/restore_fantisi.sh", DOCS_SH, '''#!/usr/bin/env bash
# Busetsa backup: ./restore_fantisi.sh /srv/backups/fantisi-20240712.dump
set -euo pipefail
export PGPASSWORD="$(cat /etc/fantisi/backup.pass)"
DUMP="${1:?tlhoka faele ya dump}"
pg_restore -h pg-auction.internal -U backup -d fantisi_restore --clean "$DUMP"
echo "Go siame: $DUMP e busitswe"
''')

add("blind-mb/shell/curl-basic-auth", "ops/scripts/pull_lits_report.sh", "https://curl.se/docs/manpage.html#-u", '''#!/bin/sh
# Tsaya pego ya LITS ya beke (dikgomo tse di tsamaisitsweng go tswa Ghanzi)
WEEK=$(date +%V)
curl -fsS -u fantisi-auction:@@secret@@ \\
  "https://lits.gov.bw/api/reports/movements?district=ghanzi&week=$WEEK" \\
  -o "/srv/lits/movements-$WEEK.json"
echo "pego ya beke $WEEK e tshotswe"
''', secret=rand_pw(16))

add("blind-mb/shell/heredoc-pgpass", "ops/scripts/bootstrap_db_host.sh", DOCS_SH, '''#!/usr/bin/env bash
# Tlhoma db host e ntšha (Francistown yard)
set -e
apt-get install -y postgresql-client-16
cat > /root/.pgpass <<EOF
pg-auction.internal:5432:fantisi:backup:@@secret@@
EOF
chmod 600 /root/.pgpass
echo "db host e siame"
''', secret=passphrase())

add("blind-mb/shell/decoy-generate", "ops/scripts/new_bot_secret.sh", DOCS_SH, '''#!/usr/bin/env bash
# Dira sephiri se sesha sa webhook mme o se tsenye mo Vault (ga se kwalwe fano)
set -euo pipefail
SECRET=$(openssl rand -hex 32)
vault kv put secret/fantisi/telegram webhook_secret="$SECRET"
unset SECRET
echo "sephiri se sesha se bolokilwe mo Vault"
''')

add("blind-mb/shell/docker-login-password", "safari/ci/push_image.sh", "https://docs.docker.com/reference/cli/docker/login/", '''#!/usr/bin/env bash
set -euo pipefail
TAG=${1:-latest}
echo "@@secret@@" | docker login registry.deltamokoro.co.bw -u ci-push --password-stdin
docker build -t registry.deltamokoro.co.bw/booking-api:$TAG ./booking-api
docker push registry.deltamokoro.co.bw/booking-api:$TAG
''', secret=rand_pw(24))

add("blind-mb/shell-history/mysql-password-flag", "ops/notes/db-gabs-01.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", '''cd /srv/booking
ls -la
docker ps
mysql -h 10.20.0.5 -u mokoro -p'@@secret@@' bookings -e "select count(*) from reservations where camp='khwai'"
sudo systemctl restart booking-api
tail -f /var/log/booking-api/app.log
exit
''', secret=words_pw())

add("blind-mb/shell-history/decoy-prompted-password", "ops/notes/maun-edge.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", '''sudo -i
mysql -h 10.20.0.5 -u mokoro -p bookings
vault login -method=userpass username=neo
vault kv get secret/booking/prod
journalctl -u booking-api --since "1 hour ago"
exit
''')

add("blind-mb/powershell/sql-password", "safari/lodge-pms/deploy/Deploy-Pms.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", '''# Tsenya database migrations tsa Lodge PMS
param([string]$Server = "pms-sql.deltamokoro.co.bw")

$cred = New-Object System.Management.Automation.PSCredential("pms_deploy", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
Invoke-Sqlcmd -ServerInstance $Server -Database LodgePms -Credential $cred -InputFile .\\migrations\\latest.sql
Write-Host "Migrations di tsentswe mo $Server"
''', secret=rand_pw(18, "!@"))

add("blind-mb/powershell/decoy-get-credential", "safari/lodge-pms/deploy/Backup-Pms.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", '''param([string]$Server = "pms-sql.deltamokoro.co.bw")

# Password e kopiwa fa o tsamaisa script (ga e bolokwe)
$cred = Get-Credential -UserName "pms_backup" -Message "Tsenya password ya pms_backup"
Backup-SqlDatabase -ServerInstance $Server -Database LodgePms -Credential $cred `
  -BackupFile "D:\\Backups\\LodgePms-$(Get-Date -Format yyyyMMdd).bak"
''')

add("blind-mb/powershell/storage-sas", "safari/lodge-pms/deploy/Sync-Photos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-v10", '''# Ditshwantsho tsa dikampa -> website CDN
$src = "D:\\Photos\\Camps"
$sas = "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T21:00:00Z&st=2024-01-01T06:00:00Z&spr=https&sig=@@secret@@"
azcopy sync $src "https://deltamokorocdn.blob.core.windows.net/camps?$sas" --delete-destination=false
Write-Host "Ditshwantsho di romeletswe"
''', secret=alnum(43) + "%3D")

# ---------------------------------------------------------------- Terraform

add("blind-mb/terraform/rds-password", "infra/terraform/auction/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", '''resource "aws_db_instance" "fantisi" {
  identifier           = "fantisi-prod"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 100
  username             = "fantisi_admin"
  password             = "@@secret@@"  # TODO: manage_master_user_password
  db_subnet_group_name = aws_db_subnet_group.auction.name
  skip_final_snapshot  = false
}
''', secret=words_pw())

add("blind-mb/terraform/decoy-variable-sensitive", "infra/terraform/auction/variables.tf", DOCS_TF, '''variable "db_password" {
  description = "Password ya admin ya RDS (e tswa mo TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "af-south-1"
}
''')

add("blind-mb/tfvars/cloudflare-token", "infra/terraform/dns/prod.auto.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", '''zone_name            = "deltamokoro.co.bw"
cloudflare_api_token = "@@secret@@"
records = {
  book    = "41.79.16.22"
  staging = "41.79.16.23"
}
''', secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-mb/terraform/decoy-random-password", "infra/terraform/safari/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''resource "random_password" "bookings" {
  length  = 24
  special = false
}

resource "aws_ssm_parameter" "bookings_db" {
  name  = "/deltamokoro/prod/db_password"
  type  = "SecureString"
  value = random_password.bookings.result
}
''')

add("blind-mb/tfstate/decoy-redacted-state", "infra/terraform/safari/terraform.tfstate.example", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", '''{
  "version": 4,
  "terraform_version": "1.8.5",
  "resources": [
    {
      "type": "aws_ssm_parameter",
      "name": "bookings_db",
      "instances": [{"attributes": {"name": "/deltamokoro/prod/db_password", "type": "SecureString", "value": "(sensitive value)"}}]
    }
  ]
}
''')

add("blind-mb/terraform/digitalocean-token", "infra/terraform/maun-edge/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", '''terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.39" }
  }
}

# Droplet e nnye ya Maun (offline-sync ya dikampa)
provider "digitalocean" {
  token = "@@secret@@"
}
''', secret=do_token())

# ---------------------------------------------------------------- Ansible

add("blind-mb/ansible/vars-password", "infra/ansible/group_vars/sale_yards.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", '''# Dikgwebo tsa sale yards (Ghanzi, Francistown, Lobatse)
yard_kiosk_user: kiosk
yard_kiosk_password: "@@secret@@"
scale_serial_port: /dev/ttyUSB0
scale_baud: 9600
ntp_server: 0.bw.pool.ntp.org
''', secret=words_pw())

add("blind-mb/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/booking_hosts/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(60))

add("blind-mb/ansible/task-inline-password", "infra/ansible/roles/radio-gateway/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", '''- name: Kwadisa radio gateway ya kampa mo control server
  ansible.builtin.uri:
    url: "https://control.deltamokoro.co.bw/api/gateways"
    method: POST
    url_username: gateway-admin
    url_password: "@@secret@@"
    force_basic_auth: true
    body_format: json
    body: {camp: "{{ camp_name }}", freq: "{{ vhf_freq }}"}
''', secret=rand_pw(20))

add("blind-mb/ansible/decoy-vault-lookup", "infra/ansible/roles/booking-api/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", '''booking_api_port: 8000
booking_db_user: mokoro
booking_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/booking/prod:db_password') }}"
booking_dpo_token: "{{ vault_booking_dpo_token }}"
booking_log_level: info
''')

# ---------------------------------------------------------------- CI

add("blind-mb/github-actions/ssh-private-key", ".github/workflows/deploy-maun-edge.yml", DOCS_GHA, '''name: deploy-maun-edge
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Tsenya senotlolo sa SSH
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'KEY'
          @@key@@
          KEY
          chmod 600 ~/.ssh/id_ed25519
      - run: rsync -az ./offline-sync/ deploy@maun-edge.deltamokoro.co.bw:/srv/offline-sync/
''', secret=(_k := pem("OPENSSH")), key=_k.replace("\n", "\n          "))

add("blind-mb/github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", '''name: ci
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
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/fantisi_test
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: make test
''')

add("blind-mb/github-actions/pypi-token", ".github/workflows/publish-lits-client.yml", "https://pypi.org/help/#apitoken", '''name: publish lits-client
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build twine && python -m build lits-client
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
''', secret=fakes.pypi_token(_seed()))

add("blind-mb/gitlab-ci/sendgrid-variable", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", '''stages: [test, deploy]

variables:
  APP: booking-api
  SENDGRID_API_KEY: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script: ./deploy.sh
  only: [main]
''', secret=sendgrid_key())

add("blind-mb/gitlab-ci/decoy-masked-variable", "safari/availability/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", '''# DPO_COMPANY_TOKEN le BOOKINGS_DSN ke masked variables mo Settings > CI/CD
stages: [build, deploy]
build:
  stage: build
  image: golang:1.22
  script: [go build ./...]
deploy:
  stage: deploy
  script:
    - echo "token: $DPO_COMPANY_TOKEN"   # GitLab e bontsha [MASKED]
    - ./deploy.sh "$BOOKINGS_DSN"
''')

add("blind-mb/dockerfile/env-api-key", "auction/lits-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", '''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV LITS_BASE_URL=https://lits.gov.bw/api
ENV LITS_API_TOKEN=@@secret@@
CMD ["python", "-m", "lits_sync"]
''', secret=jwt_like())

add("blind-mb/dockerfile/decoy-build-secret", "safari/booking-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", '''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# Private index: token e tla ka --secret, ga e tsene mo image layers
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.deltamokoro.co.bw/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
''')

add("blind-mb/circleci/gitlab-token", "tools/mirror/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", '''version: 2.1
jobs:
  mirror:
    docker: [{image: cimg/base:stable}]
    environment:
      GITLAB_MIRROR_TOKEN: @@secret@@
    steps:
      - checkout
      - run: git push --mirror "https://oauth2:${GITLAB_MIRROR_TOKEN}@gitlab.com/deltamokoro/booking-api.git"
workflows:
  nightly: {jobs: [mirror]}
''', secret=gitlab_token())

# ---------------------------------------------------------------- client configs

add("blind-mb/aws-credentials/secret-access-key", "ops/laptops/kabelo/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''[default]
region = af-south-1

[fantisi-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = af-south-1
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mb/aws-config/decoy-sso-profile", "ops/laptops/kabelo/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", '''[profile fantisi-prod]
sso_session = fantisi
sso_account_id = 412983307716
sso_role_name = AuctionOps
region = af-south-1

[sso-session fantisi]
sso_start_url = https://fantisi.awsapps.com/start
sso_region = af-south-1
''')

add("blind-mb/aws-credentials/session-token", "ops/laptops/onalenna/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''# copied from SSO portal "Option 2" - e fela morago ga diura di le 12
[412983307716_AuctionOps]
aws_access_key_id = ASIA@@kid@@
aws_secret_access_key = @@sk@@
aws_session_token = @@secret@@
''', secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("blind-mb/pgpass/password", "ops/laptops/tumelo/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", '''# hostname:port:database:username:password
localhost:5432:fantisi_dev:fantisi:fantisi
pg-auction.internal:5432:fantisi:analyst:@@secret@@
pg-auction.internal:5432:*:readonly:*
localhost:5433:bookings_dev:mokoro:mokoro
''', secret=words_pw())

add("blind-mb/netrc/password", "ops/laptops/tumelo/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", '''machine lits.gov.bw
  login fantisi-auction
  password @@secret@@

machine localhost
  login dev
  password dev
''', secret=rand_pw(16))

add("blind-mb/git-credentials/token", "ops/laptops/neo/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", '''https://neo-deltamokoro:@@secret@@@github.com
https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com
https://oauth2:@gitlab.deltamokoro.co.bw
https://dev:dev@localhost:3000
http://localhost:8929
''', secret=fakes.github_fine_grained_token(_seed()))

add("blind-mb/docker-config/auth-base64", "ops/laptops/neo/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "registry.deltamokoro.co.bw": {
      "auth": "@@enc@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
''', secret=b64("neo:" + (_dp := rand_pw(20))), enc=b64("neo:" + _dp))

add("blind-mb/docker-config/decoy-creds-store", "ops/laptops/thato/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "registry.deltamokoro.co.bw": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
''')

add("blind-mb/pypirc/upload-password", "tools/lits-client/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers =
    fantisi

[fantisi]
repository = https://pypi.fantisi.co.bw/
username = uploader
password = @@secret@@
''', secret=passphrase())

add("blind-mb/pip-conf/decoy-keyring", "tools/lits-client/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", '''[global]
index-url = https://pypi.org/simple
extra-index-url = https://uploader@pypi.fantisi.co.bw/simple
# password e tswa mo keyring (pip --keyring-provider subprocess)
keyring-provider = subprocess
timeout = 30
''')

add("blind-mb/maven-settings/nexus-password", "auction/settlement/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", '''<settings>
  <servers>
    <server>
      <id>fantisi-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>fantisi-nexus</id><url>https://nexus.fantisi.co.bw/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
''', secret=rand_pw(18))

add("blind-mb/maven-settings/decoy-encrypted-password", "auction/settlement/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", '''<settings>
  <servers>
    <server>
      <id>fantisi-nexus</id>
      <username>ci</username>
      <!-- e kgotsitswe ka mvn --encrypt-password; master key e mo CI fela -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
''', enc=b64(hexs(24)).replace("=", "") + "=")

add("blind-mb/nuget/cleartext-password", "safari/lodge-pms/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="deltamokoro" value="https://pkgs.deltamokoro.co.bw/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <deltamokoro>
      <add key="Username" value="pms-build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </deltamokoro>
  </packageSourceCredentials>
</configuration>
''', secret=rand_pw(22))

add("blind-mb/composer/auth-json-token", "safari/wp-site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", '''{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
''', secret=fakes.fake("gho_", 36, _seed()))

add("blind-mb/rclone/decoy-obscured", "ops/laptops/kabelo/rclone.conf", "https://rclone.org/b2/", '''[photos-b2]
type = b2
account = 0042f81c7ae3a9b0000000003
# key e obscured ka `rclone obscure`? nnyaa - e tswa mo env RCLONE_CONFIG_PHOTOS_B2_KEY
key =
hard_delete = false
''')

add("blind-mb/kubeconfig/bearer-token", "ops/laptops/neo/.kube/config", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''apiVersion: v1
kind: Config
clusters:
  - name: deltamokoro-prod
    cluster:
      server: https://k8s.deltamokoro.co.bw:6443
contexts:
  - name: prod
    context: {cluster: deltamokoro-prod, user: ci-deployer, namespace: deltamokoro}
current-context: prod
users:
  - name: ci-deployer
    user:
      token: @@secret@@
''', secret=jwt_like())

add("blind-mb/kubeconfig/decoy-exec-plugin", "ops/laptops/thato/.kube/config", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", '''apiVersion: v1
kind: Config
clusters:
  - name: fantisi-eks
    cluster:
      server: https://4F1A9C2B7D.gr7.af-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: fantisi-eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, fantisi]
''', ca=b64(cert_pem()))

add("blind-mb/ssh-config/decoy-identity-file", "ops/laptops/neo/.ssh/config", "https://man.openbsd.org/ssh_config", '''Host maun-edge
  HostName maun-edge.deltamokoro.co.bw
  User deploy
  IdentityFile ~/.ssh/id_ed25519_maun
  IdentitiesOnly yes

Host yard-*
  User kiosk
  ProxyJump bastion.fantisi.co.bw
''')

add("blind-mb/ssh-key/decoy-public-key", "infra/ansible/roles/common/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", '''# Dikgwebo tsa ops - tsenya public keys fela fano
@@k1@@ kabelo@fantisi
@@k2@@ neo@deltamokoro
@@k3@@ thato@deltamokoro
@@k4@@ ci-deploy
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub())

add("blind-mb/ssh-key/private-key-file", "infra/ansible/roles/radio-gateway/files/gateway_id_rsa", "https://man.openbsd.org/ssh-keygen.1", '''@@secret@@
''', secret=pem("RSA"))

add("blind-mb/pem/decoy-certificate", "safari/booking-api/certs/dpo-ca.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5.1", '''# DPO sandbox CA (public) - e dirisiwa go netefatsa TLS ya callback
@@c1@@
@@c2@@
''', c1=cert_pem(), c2=cert_pem())

add("blind-mb/pem/ec-private-key", "safari/ios/fastlane/AuthKey_apns.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", '''@@secret@@
''', secret=pem("EC"))

# ---------------------------------------------------------------- docs, notes, runbooks

add("blind-mb/markdown/runbook-password-sentence", "docs/runbooks/sale-day-ghanzi.md", DOCS_MD, '''# Letsatsi la fantisi - Ghanzi (runbook)

1. Bula kiosk mo sale yard ka 06:30; sekala se tshwanetse go bontsha 0 kg.
2. Tsena mo backoffice ka user `clerk-ghanzi`. Password ya beke e: `@@secret@@` (e fetolwa Mantaga mongwe le mongwe).
3. Tlhola gore LITS sync e tsamaile maabane bosigo (`/admin/lits`).
4. Fa internet e wela, dirisa offline mode mme o romele dikopo morago.

Ke a leboga - Onalenna
''', secret=words_pw())

add("blind-mb/markdown/decoy-runbook-vault", "docs/runbooks/sale-day-francistown.md", DOCS_MD, '''# Letsatsi la fantisi - Francistown

1. Bula kiosk ka 06:30.
2. Password ya `clerk-francistown` e mo 1Password, vault **Sale Yards** (o se ka wa e kwala fano).
3. Fa o lebetse, kopa Onalenna go e reset: `bin/rails clerk:reset[francistown]`.
4. Tlhola LITS sync mo `/admin/lits`.

| Karolo | Mong | Ka fa o ka mmonang |
|---|---|---|
| Sekala | Tumelo | +267 71 234 567 |
| Internet | BoFiNet | ticket portal |
''')

add("blind-mb/markdown/table-api-keys", "docs/integrations/sms-providers.md", DOCS_MD, '''# SMS providers (fantisi notify)

Re dirisa Africa's Talking go romela balemirui di-SMS; Twilio ke backup.

| Provider | Username | Key | Notes |
|---|---|---|---|
| Africa's Talking | fantisi | `atsk_@@secret@@` | production, BWP billing |
| Twilio | (see Vault) | - | backup only |

Tlhokomela: fa o fetola key, fetola le `smsgw` deployment.
''', secret=hexs(64))

add("blind-mb/markdown/decoy-readme-placeholders", "safari/booking-api/README.md", DOCS_MD, '''# booking-api

Delta Mokoro booking API (Django). Bookings, dikampa, mokoro trips le bagogi.

## Go simolola

```bash
cp .env.example .env
export DPO_COMPANY_TOKEN=<your-sandbox-company-token>
export DATABASE_URL=postgres://mokoro:<password>@localhost:5432/bookings
make run
```

Sandbox token o e bona mo DPO merchant portal > Settings > API. Ga re commit token ya production.
''')

add("blind-mb/markdown/connection-string-in-notes", "docs/notes/2024-06-migration.md", DOCS_MD, '''# Migration ya database ya bookings (Phukwi 2024)

- Re fudugetse MySQL go tswa mo VM ya kgale go ya mo RDS.
- Connection e ntšha ya go leka: `mysql://mokoro:@@secret@@@bookings.cx1k9w2a.af-south-1.rds.amazonaws.com:3306/bookings`
- VM ya kgale e tla timiwa ka 30 Phukwi.
- Neo o tlhola gore reservations tsa Khwai di fetile sentle (2,341 rows).
''', secret=rand_pw(16))

add("blind-mb/markdown/decoy-redacted-incident", "docs/incidents/2024-03-stripe-key-leak.md", DOCS_MD, '''# Tiragalo: Stripe key e ne e le mo logs (Mopitlwe 2024)

**Se se diragetseng:** `payments` service e kwadile header ya Authorization mo logs.
Key e e amegang: `sk_live_****************************7Hq2` (e setse e fetotswe, e timilwe ka 14:05).

**Se re se dirileng:**
- Re fetotse key mo Stripe dashboard, re e tsentse mo Vault.
- Log retention e khutsufaditswe go 7 days.
- Logger e fitlha `Authorization` jaanong.
''')

add("blind-mb/rst/smtp-password", "docs/source/deployment.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", '''Deployment
==========

Mailer (confirmation emails) e dirisa SMTP relay ya lodge:

.. code-block:: ini

   [smtp]
   host = smtp.deltamokoro.co.bw
   user = reservations@deltamokoro.co.bw
   password = @@secret@@

Fa relay e sa arabe, tlhola firewall kwa Maun office.
''', secret=passphrase())

add("blind-mb/rst/decoy-example-values", "docs/source/payments.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", '''Payments
========

Stripe test mode e dirisa key ya sekao e e mo Stripe docs:

.. code-block:: python

   stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

Mo production, ``STRIPE_SECRET_KEY`` e tswa mo Vault (``secret/fantisi/stripe``).
''')

add("blind-mb/html/google-key-in-script", "safari/web/public/camps-map.html", "https://developers.google.com/maps/documentation/javascript/overview", '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Dikampa tsa Delta Mokoro</title>
  <!-- TODO: restrict referrers - key e ne e le ya server pele -->
  <script src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap" defer></script>
</head>
<body>
  <div id="map" style="height:100vh"></div>
  <script src="/js/camps-map.js"></script>
</body>
</html>
''', secret=google_api_key())

add("blind-mb/html/decoy-stripe-publishable", "safari/web/public/deposit.html", "https://stripe.com/docs/js", '''<!doctype html>
<html>
<head><title>Duela deposit</title><script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="deposit"><div id="card"></div><button>Duela</button></form>
  <script>
    const stripe = Stripe('@@pk@@');
    const card = stripe.elements().create('card');
    card.mount('#card');
  </script>
</body>
</html>
''', pk=stripe_key("pk_live_"))

add("blind-mb/wiki/vpn-psk", "docs/wiki/Camp-Networks.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", '''## Dinetweke tsa dikampa

Kampa nngwe le nngwe e na le VSAT le router ya MikroTik. VPN go ya Maun office:

* Xakanaxa: `10.60.1.0/24`
* Khwai River: `10.60.2.0/24`
* Chief's Island: `10.60.3.0/24`

IPsec pre-shared key (dikampa tsotlhe): **@@secret@@**

Fa VSAT e wela, letsetsa Gilat NOC.
''', secret=rand_pw(28))

add("blind-mb/wiki/decoy-wifi-guest", "docs/wiki/Guest-WiFi.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", '''## WiFi ya baeti

Baeti ba bona password ya WiFi mo karateng ya kamore (e fetolwa beke le beke ke manager wa kampa).

* SSID: `DeltaMokoro-Guest`
* Password: (bona karata ya kamore)
* Bandwidth cap: 2 Mbps ka sediriswa

Staff WiFi e dirisa 802.1X ka di-account tsa Azure AD.
''')

add("blind-mb/notes/text-handover", "docs/notes/handover-kabelo.txt", "https://en.wikipedia.org/wiki/Text_file", '''Handover - Kabelo (ke ya malatsing ka Phatwe)

- Backoffice deploys: Tumelo o tla di dira.
- LITS: user fantisi-auction, password ke @@secret@@ - Onalenna o e itse.
- Stripe: bona Vault.
- Ghanzi scale e na le bothata ka cable, e tlhokomele.

Go siame, ke a leboga!
''', secret=words_pw())

add("blind-mb/notes/decoy-todo-rotate", "docs/notes/security-todo.txt", "https://en.wikipedia.org/wiki/Text_file", '''Security TODO (Q3)

[x] Stripe key e fetotswe (Mopitlwe) - e mo Vault
[ ] Fetola LITS password (e tshwanetse go fetolwa malatsi a 90 mangwe le mangwe)
[ ] Tlosa DB_PASSWORD mo values.yaml ya fantisi chart -> existingSecret
[ ] Gitleaks mo pre-commit
[ ] Tlhatlhobo ya di-backup (restore drill)
''')

add("blind-mb/notes/org-mode-api-key", "docs/notes/integrations.org", "https://orgmode.org/manual/Document-Structure.html", '''* Integrations
** Tomorrow.io (pula le phefo)
   - account: ops@deltamokoro.co.bw
   - key: @@secret@@
   - limit: 500 calls/day
** Gilat VSAT portal
   - bona 1Password
''', secret=alnum(32))

add("blind-mb/notes/decoy-meeting-notes", "docs/notes/2024-07-15-standup.md", DOCS_MD, '''# Standup 15 Phukwi

- Neo: booking-api 2.14 e mo staging; DPO callback e siame.
- Thato: iOS app e romelwa App Store ka Labotlhano. APNs key e setse e mo Vault (`secret/ios/apns`), key id `7QZ4K2M9XA`.
- Kabelo: fantisi ya Ghanzi ka 20 Phukwi, dikgomo di le 640 mo catalogue.
- Di-blockers: ga di yo.
''')

# ---------------------------------------------------------------- logs, CSV, SQL

add("blind-mb/log/authorization-bearer", "ops/logs/payments-2024-07-12.log", "https://docs.python.org/3/howto/logging.html", '''2024-07-12T08:14:02+02:00 INFO payments deposit intent created buyer=B-2291 lot=114 amount=1500000
2024-07-12T08:14:03+02:00 DEBUG payments POST https://api.flutterwave.com/v3/payments headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2024-07-12T08:14:04+02:00 INFO payments flutterwave status=success tx_ref=FNT-114-2291
2024-07-12T08:15:40+02:00 WARN payments webhook retry tx_ref=FNT-115-0093 attempt=2
2024-07-12T08:16:11+02:00 INFO payments deposit confirmed buyer=B-0093 lot=115
''', secret=flutterwave_key())

add("blind-mb/log/decoy-masked", "ops/logs/payments-2024-07-19.log", "https://docs.python.org/3/howto/logging.html", '''2024-07-19T08:01:12+02:00 INFO payments deposit intent created buyer=B-3310 lot=7 amount=900000
2024-07-19T08:01:13+02:00 DEBUG payments POST https://api.flutterwave.com/v3/payments headers={'Authorization': 'Bearer FLWSECK-****-X', 'Content-Type': 'application/json'}
2024-07-19T08:01:14+02:00 INFO payments flutterwave status=success tx_ref=FNT-7-3310
2024-07-19T08:03:55+02:00 INFO payments webhook verified hash=@@h@@
2024-07-19T08:04:02+02:00 INFO payments deposit confirmed buyer=B-3310 lot=7
''', h=hexs(64))

add("blind-mb/log/url-password", "ops/logs/lits-sync-2024-07-02.log", "https://docs.python.org/3/howto/logging.html", '''[2024-07-02 02:30:00] lits-sync starting (district=ghanzi)
[2024-07-02 02:30:01] connecting to mongodb://lits_sync:@@secret@@@10.14.2.30:27017/fantisi
[2024-07-02 02:30:02] fetched 1882 animals from LITS
[2024-07-02 02:31:15] upserted 1880, skipped 2 (missing bolus)
[2024-07-02 02:31:15] done in 75.2s
''', secret=rand_pw(16))

add("blind-mb/log/decoy-uuids", "ops/logs/booking-api-access.log", "https://httpd.apache.org/docs/2.4/logs.html#accesslog", '''41.79.16.5 - - [14/Jul/2024:09:12:01 +0200] "GET /api/camps/khwai/availability?from=2024-08-01 HTTP/1.1" 200 812 "-" "DeltaMokoro/3.2 iOS"
41.79.16.5 - - [14/Jul/2024:09:12:09 +0200] "POST /api/bookings HTTP/1.1" 201 344 "-" "DeltaMokoro/3.2 iOS" req_id=@@u1@@
102.134.8.77 - - [14/Jul/2024:09:13:30 +0200] "GET /api/bookings/@@u2@@ HTTP/1.1" 200 1290 "-" "Mozilla/5.0"
102.134.8.77 - - [14/Jul/2024:09:13:31 +0200] "GET /static/app.@@h@@.js HTTP/1.1" 200 48211 "-" "Mozilla/5.0"
41.79.16.5 - - [14/Jul/2024:09:14:02 +0200] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
''', u1=uuid_s(), u2=uuid_s(), h=hexs(20))

add("blind-mb/csv/decoy-lot-catalogue", "auction/data/ghanzi-2024-07-catalogue.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''lot,bolus,brand,breed,sex,age_months,weight_kg,seller_id,reserve_pula
101,BW-LITS-0713-448201,GZ-17,Brahman x Tswana,ox,30,412,S-0219,7800
102,BW-LITS-0713-448202,GZ-17,Brahman x Tswana,ox,30,398,S-0219,7500
103,BW-LITS-0713-448377,GZ-04,Tuli,heifer,22,301,S-0087,6200
104,BW-LITS-0901-100377,GZ-11,Bonsmara,bull,36,640,S-0140,14500
105,BW-LITS-0901-100378,GZ-11,Bonsmara,cow,60,455,S-0140,8100
''')

add("blind-mb/csv/service-accounts", "ops/inventory/service-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''system,account,password,owner,rotated
lits.gov.bw,fantisi-auction,(1Password),Onalenna,2024-05-02
pg-auction,backup,(Vault),Tumelo,2024-06-11
yard-kiosk-ghanzi,kiosk,@@secret@@,Kabelo,2024-07-01
mail.fantisi.co.bw,dikitsiso,(Vault),Kabelo,2024-03-19
''', secret=words_pw())

add("blind-mb/csv/decoy-bookings-export", "safari/exports/bookings-2024-08.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''booking_ref,camp,arrival,nights,guests,payment_ref,status
DMK-24-08812,khwai-river,2024-08-02,3,2,@@p1@@,confirmed
DMK-24-08813,xakanaxa,2024-08-03,2,4,@@p2@@,confirmed
DMK-24-08820,chiefs-island,2024-08-05,4,2,,pending
DMK-24-08831,khwai-river,2024-08-09,2,3,@@p3@@,cancelled
''', p1=uuid_s().upper(), p2=uuid_s().upper(), p3=uuid_s().upper())

add("blind-mb/sql/create-user-password", "auction/db/migrations/0042_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", '''-- Role ya pego (Power BI mo ofising ya Gaborone)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fantisi TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON lots, bids, sales TO reporting;
''', secret=rand_pw(20))

add("blind-mb/sql/decoy-bcrypt-seed", "safari/booking-api/db/seed_staff.sql", "https://www.postgresql.org/docs/current/sql-insert.html", '''-- Bagogi le staff ba demo (password hashes fela, bcrypt)
INSERT INTO staff (username, full_name, camp, password_hash) VALUES
  ('mpho', 'Mpho Setlhare', 'khwai-river', '@@b1@@'),
  ('kagiso', 'Kagiso Moeti', 'xakanaxa', '@@b2@@'),
  ('lorato', 'Lorato Dintwe', 'chiefs-island', '@@b3@@');
''', b1=bcrypt_hash(), b2=bcrypt_hash(), b3=bcrypt_hash())

add("blind-mb/sql/mysql-identified-by", "safari/booking-api/db/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", '''-- Users ba booking database (MySQL 8)
CREATE USER IF NOT EXISTS 'mokoro'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON bookings.* TO 'mokoro'@'10.20.%';
CREATE USER IF NOT EXISTS 'readonly'@'10.20.%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON bookings.* TO 'readonly'@'10.20.%';
FLUSH PRIVILEGES;
''', secret=words_pw())

add("blind-mb/sql/decoy-config-table", "auction/db/migrations/0017_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", '''-- Di-setting tsa fantisi; dipalo tsa sephiri ga di bolokwe fano (di mo env)
INSERT INTO settings (key, value) VALUES
  ('bid_increment_pula', '50'),
  ('stripe_secret_key', ''),
  ('lits_api_token', 'env:LITS_API_TOKEN'),
  ('sms_sender', 'FANTISI');
''')

# ---------------------------------------------------------------- INI / TOML / XML / JSON / YAML configs

add("blind-mb/ini/odbc-password", "auction/reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", '''[FantisiReporting]
Driver      = PostgreSQL Unicode
Servername  = pg-auction.internal
Port        = 5432
Database    = fantisi
Username    = reporting
Password    = @@secret@@
SSLmode     = require
''', secret=rand_pw(20))

add("blind-mb/ini/decoy-supervisor-env", "auction/deploy/supervisor/bidding.conf", "http://supervisord.org/configuration.html#program-x-section-settings", '''[program:bidding]
command=/srv/bidding/venv/bin/gunicorn bidding.app:app -b 127.0.0.1:8080
directory=/srv/bidding
environment=DATABASE_URL="%(ENV_FANTISI_DATABASE_URL)s",STRIPE_SECRET_KEY="%(ENV_STRIPE_SECRET_KEY)s"
autorestart=true
stdout_logfile=/var/log/bidding/out.log
''')

add("blind-mb/ini/alembic-url-password", "auction/bidding/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", '''[alembic]
script_location = migrations
# TODO: dirisa env.py go bala DATABASE_URL
sqlalchemy.url = postgresql+psycopg2://fantisi_owner:@@secret@@@pg-auction.internal:5432/fantisi

[loggers]
keys = root
''', secret=passphrase())

add("blind-mb/toml/decoy-pyproject", "tools/lits-client/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", '''[project]
name = "lits-client"
version = "0.4.1"
description = "Client ya LITS (Livestock Identification and Trace-back System) ya fantisi"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2"]

[tool.lits-client]
base_url = "https://lits.gov.bw/api"
token_env = "LITS_API_TOKEN"
''')

add("blind-mb/toml/cargo-registry-token", "auction/bid-engine/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", '''[registries.fantisi]
token = "@@secret@@"

[registry]
# crates.io ga re publish
''', secret="cio" + alnum(32))

add("blind-mb/toml/streamlit-secrets", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", '''# Dashboard ya ditlhwatlhwa (Streamlit)
[connections.fantisi]
dialect = "postgresql"
host = "pg-auction.internal"
port = 5432
database = "fantisi"
username = "analyst"
password = "@@secret@@"
''', secret=words_pw())

add("blind-mb/toml/decoy-netlify", "safari/web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", '''[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_PUBLIC_SITE = "https://deltamokoro.co.bw"
  # MAPBOX token o tlhomilwe mo Netlify UI (Site settings > Environment)
''')

add("blind-mb/xml/tomcat-users-password", "auction/settlement/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/realm-howto.html", '''<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- manager-script ya Jenkins deploy -->
  <role rolename="manager-script"/>
  <user username="deployer" password="@@secret@@" roles="manager-script"/>
</tomcat-users>
''', secret=rand_pw(18))

add("blind-mb/xml/decoy-web-config-transform", "safari/lodge-pms/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", '''<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Pms" connectionString="Server=__PMS_SQL_HOST__;Database=LodgePms;User ID=__PMS_SQL_USER__;Password=__PMS_SQL_PASSWORD__;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
''')

add("blind-mb/xml/soap-password", "auction/settlement/src/test/resources/bank-payout-request.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", '''<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>FANTISI_PAYOUT</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><payout><amountThebe>780000</amountThebe></payout></soapenv:Body>
</soapenv:Envelope>
''', secret=words_pw())

add("blind-mb/json/service-account-private-key", "analytics/dashboard/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", '''{
  "type": "service_account",
  "project_id": "fantisi-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "dashboard@fantisi-analytics.iam.gserviceaccount.com",
  "client_id": "104882913377010662254",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', secret=pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("blind-mb/json/decoy-firebase-web-config", "safari/web/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", '''{
  "projectId": "deltamokoro-app",
  "authDomain": "deltamokoro-app.firebaseapp.com",
  "storageBucket": "deltamokoro-app.appspot.com",
  "messagingSenderId": "771203954418",
  "appId": "1:771203954418:web:@@a@@",
  "measurementId": "G-8QX2LM4Z7K"
}
''', a=hexs(22))

add("blind-mb/json/vscode-launch-env", "auction/bidding/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", '''{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "bidding (staging db)",
      "type": "debugpy",
      "request": "launch",
      "module": "bidding.app",
      "env": {
        "DATABASE_URL": "postgres://bidding_app:@@secret@@@staging-pg.fantisi.internal:5432/fantisi"
      }
    }
  ]
}
''', secret=rand_pw(18))

add("blind-mb/json/decoy-schema-example", "safari/booking-api/openapi/booking.schema.json", "https://json-schema.org/understanding-json-schema/reference/annotations", '''{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "DPO callback",
  "type": "object",
  "properties": {
    "TransactionToken": {"type": "string", "examples": ["4F2A1C3B-0000-0000-0000-EXAMPLE00000"]},
    "CompanyRef": {"type": "string", "examples": ["DMK-24-08812"]},
    "CCDapproval": {"type": "string", "examples": ["123456"]}
  },
  "required": ["TransactionToken", "CompanyRef"]
}
''')

add("blind-mb/yaml/spring-mail-password", "auction/settlement/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.mail", '''spring:
  application:
    name: settlement
  mail:
    host: mail.fantisi.co.bw
    port: 587
    username: tefo@fantisi.co.bw
    password: @@secret@@
settlement:
  statement-subject: "Pego ya tefo ya fantisi"
''', secret=rand_pw(16, "!"))

add("blind-mb/yaml/decoy-sops-encrypted", "deploy/secrets/booking-prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", '''db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
dpo_company_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-07-10T09:12:44Z"
    version: 3.8.1
''', d1=rand_b64(18), iv1=rand_b64(32), t1=rand_b64(16), d2=rand_b64(36), iv2=rand_b64(32), t2=rand_b64(16))

add("blind-mb/yaml/sentry-auth-token", "safari/ios/fastlane/sentry.yml", "https://docs.sentry.io/cli/configuration/", '''# Romela dSYMs go Sentry morago ga build
defaults:
  url: https://sentry.io/
  org: delta-mokoro
  project: ios-app
auth:
  token: @@secret@@
''', secret="sntrys_" + b64('{"iat":1719830400.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"delta-mokoro"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-mb/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file#configuration-options-for-private-registries", '''version: 2
registries:
  fantisi-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.FANTISI_PACKAGES_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /auction/web
    registries: [fantisi-npm]
    schedule: {interval: weekly}
''')

add("blind-mb/yaml/datadog-api-key", "deploy/datadog/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", '''# Agent mo db-gabs-01
api_key: @@secret@@
site: datadoghq.eu
hostname: db-gabs-01
tags:
  - env:prod
  - service:fantisi
logs_enabled: true
''', secret=hexs(32))

add("blind-mb/yaml/decoy-grafana-provisioning", "deploy/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", '''apiVersion: 1
datasources:
  - name: Fantisi
    type: postgres
    url: pg-auction.internal:5432
    user: grafana_ro
    jsonData: {database: fantisi, sslmode: require}
    secureJsonData:
      password: $GRAFANA_PG_PASSWORD
''')

add("blind-mb/yaml/vault-token-in-agent", "deploy/vault/agent-booking-legacy.yaml", "https://developer.hashicorp.com/vault/docs/auth/token", '''# Vault agent ya booking-api (nakwana, pele ga AppRole)
vault:
  address: https://vault.deltamokoro.co.bw:8200
  token: @@secret@@
templates:
  - source: /etc/vault/booking.env.tpl
    destination: /srv/booking/.env
''', secret=vault_token())

add("blind-mb/hcl/decoy-vault-approle", "deploy/vault/agent-booking.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle", '''vault {
  address = "https://vault.deltamokoro.co.bw:8200"
}
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }
  }
}
''')

# ---------------------------------------------------------------- booking platform integrations

add("blind-mb/python/split-api-key", "safari/channel/resrequest_sync.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", '''"""Sync ya availability le channel manager (ResRequest) - dikampa tse tharo."""
import httpx

# key e kgaogantswe ka mela e le gore e lekane mo screen ya Neo
RR_API_KEY = ("@@a@@"
              "@@b@@")
CAMPS = {"xakanaxa": 118, "khwai-river": 119, "chiefs-island": 131}


def push(camp: str, date: str, rooms: int) -> None:
    httpx.post(f"https://api.resrequest.com/v2/properties/{CAMPS[camp]}/availability",
               headers={"X-API-Key": RR_API_KEY}, json={"date": date, "rooms": rooms}, timeout=20)
''', secret=(_rr := alnum(48)), a=_rr[:24], b=_rr[24:])

add("blind-mb/python/json-in-string", "safari/channel/booking_com_client.py", "https://docs.python.org/3/library/json.html", '''import json

# Creds tsa Booking.com connectivity (machine account) - di tswa mo ticket ya onboarding
CREDS = json.loads('{"username": "deltamokoro_xml", "password": "@@secret@@", "hotel_ids": [10293, 10294]}')


def auth():
    return (CREDS["username"], CREDS["password"])
''', secret=rand_pw(20, "!#"))

add("blind-mb/python/decoy-split-placeholder", "safari/channel/expedia_client.py", "https://docs.python.org/3/library/os.html#os.environ", '''import os

# Expedia EQC: username/password di tswa mo env; fa di sa tlhomiwa re tlola sync
EQC_USER = os.environ.get("EQC_USER", "")
EQC_PASSWORD = os.environ.get("EQC_PASSWORD", "")


def enabled() -> bool:
    return bool(EQC_USER and EQC_PASSWORD)
''')

add("blind-mb/python/whatsapp-access-token", "safari/concierge/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", '''import requests

PHONE_ID = "104729935812226"
TOKEN = "EAAG@@secret_tail@@"


def send_template(to: str, name: str) -> None:
    # Tlhomamiso ya booking ka WhatsApp (baeti ba bantsi ba rata WhatsApp go na le email)
    requests.post(f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages",
                  headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"messaging_product": "whatsapp", "to": to, "type": "template",
                        "template": {"name": name, "language": {"code": "en"}}})
''', secret=(_wa := "EAAG" + alnum(180)), secret_tail=_wa[4:])

add("blind-mb/python/paystack-secret", "safari/payments/paystack.py", "https://paystack.com/docs/api/authentication/", '''import requests

# Paystack (baeti ba Afrika Borwa) - live key
PAYSTACK_SECRET = "sk_live_@@secret_tail@@"


def initialize(email: str, amount_cents: int, ref: str) -> dict:
    return requests.post("https://api.paystack.co/transaction/initialize",
                         headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"},
                         json={"email": email, "amount": amount_cents, "reference": ref}).json()
''', secret=(_ps := "sk_live_" + hexs(40)), secret_tail=_ps[8:])

add("blind-mb/python/decoy-webhook-signature", "safari/payments/verify_webhook.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", '''import hashlib
import hmac
import os


def verify(body: bytes, signature: str) -> bool:
    # Signature e baliwa ka secret e e mo env; sekao sa header: x-paystack-signature: @@h@@
    secret = os.environ["PAYSTACK_SECRET"].encode()
    return hmac.compare_digest(hmac.new(secret, body, hashlib.sha512).hexdigest(), signature)
''', h=hexs(128))

add("blind-mb/javascript/mailchimp-key", "safari/web/scripts/newsletter-sync.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", '''const mailchimp = require('@mailchimp/mailchimp_marketing');

// Baeti ba ba dumetseng newsletter -> list "Delta Dispatch"
mailchimp.setConfig({ apiKey: '@@secret@@', server: 'us21' });

async function subscribe(email, name) {
  return mailchimp.lists.addListMember('a1f93c7d20', { email_address: email, status: 'subscribed', merge_fields: { FNAME: name } });
}
module.exports = { subscribe };
''', secret=hexs(32) + "-us21")

add("blind-mb/javascript/decoy-checksum-manifest", "safari/web/dist/asset-manifest.json", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", '''{
  "app.js": {"file": "assets/app.@@h1@@.js", "integrity": "sha384-@@i1@@"},
  "vendor.js": {"file": "assets/vendor.@@h2@@.js", "integrity": "sha384-@@i2@@"},
  "app.css": {"file": "assets/app.@@h3@@.css"},
  "camps-map.js": {"file": "assets/camps-map.@@h4@@.js"},
  "buildId": "@@u@@"
}
''', h1=hexs(8), h2=hexs(8), h3=hexs(8), h4=hexs(8), i1=b64(hexs(48))[:64], i2=b64(hexs(48))[:64], u=uuid_s())

add("blind-mb/typescript/paypal-client-secret", "safari/web/server/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", '''const CLIENT_ID = 'AZ@@cid@@';
const CLIENT_SECRET = '@@secret@@';

// Baeti ba Yuropa ba duela ka PayPal
export async function accessToken(): Promise<string> {
  const res = await fetch('https://api-m.paypal.com/v1/oauth2/token', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + btoa(`${CLIENT_ID}:${CLIENT_SECRET}`) },
    body: 'grant_type=client_credentials',
  });
  return (await res.json()).access_token;
}
''', secret="E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 78, ALNUM + "-_"))

add("blind-mb/php/config-array-password", "safari/wp-site/wp-content/plugins/dm-pay/config.php", "https://www.php.net/manual/en/language.types.array.php", '''<?php
// Di-setting tsa plugin ya tefo (SMTP ya di-receipt)
return [
    'smtp' => [
        'host' => 'smtp.deltamokoro.co.bw',
        'port' => 587,
        'username' => 'receipts@deltamokoro.co.bw',
        'password' => '@@secret@@',
    ],
    'currency' => 'USD',
];
''', secret=words_pw())

add("blind-mb/php/decoy-getenv", "safari/wp-site/wp-content/plugins/dm-pay/env.php", "https://www.php.net/manual/en/function.getenv.php", '''<?php
// Di-setting di tswa mo server env (Apache SetEnv mo vhost, e sa commit-iweng)
return [
    'dpo_token' => getenv('DM_DPO_COMPANY_TOKEN') ?: '',
    'smtp_password' => getenv('DM_SMTP_PASSWORD') ?: '',
    'paystack_secret' => $_ENV['PAYSTACK_SECRET'] ?? null,
];
''')

add("blind-mb/ruby/postmark-token", "auction/backoffice/config/environments/production.rb", "https://postmarkapp.com/developer/user-guide/send-email-with-api", '''Rails.application.configure do
  config.cache_classes = true
  config.force_ssl = true
  config.action_mailer.delivery_method = :postmark
  # ditlhagiso tsa barekisi (settlement statements)
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.time_zone = "Africa/Gaborone"
end
''', secret=uuid_s())

add("blind-mb/ruby/decoy-rails-credentials", "auction/backoffice/config/environments/staging.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: Rails.application.credentials.dig(:postmark, :api_token) }
  config.time_zone = "Africa/Gaborone"
  config.log_level = :info
end
''')

add("blind-mb/go/hmac-secret-bytes", "auction/bid-engine-gw/auth.go", "https://pkg.go.dev/crypto/hmac", '''package gw

import (
	"crypto/hmac"
	"crypto/sha256"
)

// Kiosk mo sale yard e saena kopo nngwe le nngwe ka sephiri se
var kioskSecret = []byte("@@secret@@")

func Sign(body []byte) []byte {
	m := hmac.New(sha256.New, kioskSecret)
	m.Write(body)
	return m.Sum(nil)
}
''', secret=rand_pw(32))

add("blind-mb/java/decoy-keystore-ref", "auction/settlement/src/main/java/bw/fantisi/settlement/TlsConfig.java", "https://docs.oracle.com/en/java/javase/17/security/java-secure-socket-extension-jsse-reference-guide.html", '''package bw.fantisi.settlement;

import java.security.KeyStore;

public class TlsConfig {
    // Password ya keystore e tswa mo env (BANK_KEYSTORE_PASSWORD); ga re e kwale fano
    public static KeyStore load(String path) throws Exception {
        char[] pw = System.getenv("BANK_KEYSTORE_PASSWORD").toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = new java.io.FileInputStream(path)) { ks.load(in, pw); }
        return ks;
    }
}
''')

add("blind-mb/kotlin/android-strings-key", "safari/android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", '''<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Algolia admin key (e tshwanetse go nna search-only key!) -->
    <string name="algolia_app_id">K7QX2MDE91</string>
    <string name="algolia_admin_key">@@secret@@</string>
    <string name="algolia_index">camps_prod</string>
</resources>
''', secret=hexs(32))

add("blind-mb/kotlin/decoy-algolia-search-key", "safari/android/app/src/main/res/values/search.xml", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", '''<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- search-only key: e bonala mo app, e lekanyeditswe go index ya camps_prod -->
    <string name="algolia_app_id">K7QX2MDE91</string>
    <string name="algolia_search_key_id">search-only (see dashboard)</string>
    <string name="algolia_index">camps_prod</string>
</resources>
''')

add("blind-mb/swift/xcconfig-secret", "safari/ios/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", '''// Release build settings
PRODUCT_BUNDLE_IDENTIFIER = bw.co.deltamokoro.app
API_BASE = https:/$()/book.deltamokoro.co.bw/api
STRIPE_PK = @@pk@@
REVENUECAT_SECRET_KEY = sk_@@secret_tail@@
''', secret=(_rc := "sk_" + alnum(32)), secret_tail=_rc[3:], pk=stripe_key("pk_live_"))

add("blind-mb/swift/decoy-xcconfig-template", "safari/ios/Config/Secrets.xcconfig.template", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", '''// Kopisa go Secrets.xcconfig (e mo .gitignore) mme o tlatse
WEATHER_API_KEY = YOUR_TOMORROW_IO_KEY
REVENUECAT_SECRET_KEY =
SENTRY_AUTH_TOKEN = <from 1Password: "Sentry iOS">
STRIPE_PK = pk_live_REPLACE_ME
''')

# ---------------------------------------------------------------- odds and ends

add("blind-mb/systemd/environment-password", "infra/ansible/roles/lits-sync/files/lits-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", '''[Unit]
Description=LITS sync (fantisi)
After=network-online.target

[Service]
User=fantisi
Environment=LITS_USER=fantisi-auction
Environment="LITS_PASSWORD=@@secret@@"
ExecStart=/srv/lits-sync/venv/bin/python -m lits_sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', secret=words_pw())

add("blind-mb/systemd/decoy-credential-directive", "infra/ansible/roles/booking-api/files/booking-api.service", "https://systemd.io/CREDENTIALS/", '''[Unit]
Description=Delta Mokoro booking-api
After=network-online.target

[Service]
User=booking
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/booking-db
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/srv/booking/venv/bin/gunicorn booking.wsgi -b 127.0.0.1:8000

[Install]
WantedBy=multi-user.target
''')

add("blind-mb/makefile/registry-password", "auction/Makefile", "https://www.gnu.org/software/make/manual/make.html#Variables", '''REGISTRY := registry.fantisi.co.bw
TAG ?= $(shell git rev-parse --short HEAD)
REGISTRY_USER := ci-push
REGISTRY_PASS := @@secret@@

login:
	echo "$(REGISTRY_PASS)" | docker login $(REGISTRY) -u $(REGISTRY_USER) --password-stdin

push: login
	docker build -t $(REGISTRY)/bidding:$(TAG) bidding
	docker push $(REGISTRY)/bidding:$(TAG)
''', secret=rand_pw(24))

add("blind-mb/crontab/mysqldump-password", "ops/cron/db-maun-01.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", '''# m h dom mon dow command
SHELL=/bin/bash
# Backup ya bookings bosigo (Maun)
15 1 * * * mysqldump -h 10.20.0.5 -u backup --password=@@secret@@ bookings | gzip > /srv/backups/bookings-$(date +\\%F).sql.gz
0 3 * * 0 find /srv/backups -name 'bookings-*.sql.gz' -mtime +30 -delete
''', secret=passphrase())

add("blind-mb/nginx/proxy-auth-header", "deploy/nginx/lits-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", '''# Proxy ya LITS: kiosk ga e itse password, nginx e tsenya header
server {
    listen 8443 ssl;
    server_name lits-proxy.fantisi.internal;
    location /api/ {
        proxy_pass https://lits.gov.bw/api/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
''', secret=b64("fantisi-auction:" + words_pw()))

add("blind-mb/htpasswd/decoy-apr1-hashes", "deploy/nginx/grafana.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", '''kabelo:$apr1$@@s1@@$@@h1@@
tumelo:$apr1$@@s2@@$@@h2@@
onalenna:$apr1$@@s3@@$@@h3@@
neo:$apr1$@@s4@@$@@h4@@
thato:$apr1$@@s5@@$@@h5@@
''', s1=alnum(8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=alnum(8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=alnum(8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=alnum(8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s5=alnum(8), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-mb/jenkinsfile/bitbucket-app-password", "auction/settlement/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", '''pipeline {
  agent any
  environment {
    // TODO: fetolela go credentials('bitbucket-ci')
    BB_USER = 'fantisi-ci'
    BB_APP_PASSWORD = '@@secret@@'
  }
  stages {
    stage('build') { steps { sh './mvnw -B package' } }
    stage('tag') { steps { sh 'git push https://$BB_USER:$BB_APP_PASSWORD@bitbucket.org/fantisi/settlement.git --tags' } }
  }
}
''', secret="ATBB" + alnum(28) + hexs(8).upper())

add("blind-mb/azure-pipelines/decoy-variable-group", "safari/lodge-pms/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", '''trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: lodge-pms-prod   # PmsSqlPassword e mo variable group (secret)
steps:
  - task: DotNetCoreCLI@2
    inputs: {command: publish, projects: LodgePms.csproj}
  - pwsh: ./deploy/Deploy-Pms.ps1 -Password "$(PmsSqlPassword)"
''')

add("blind-mb/bitbucket-pipelines/heroku-api-key", "tools/status-page/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", '''image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy status page (fantisi + deltamokoro)
          script:
            - npm ci && npm run build
            - git push https://heroku:@@secret@@@git.heroku.com/kgomo-status.git HEAD:main
''', secret=uuid_s())

add("blind-mb/http-file/bearer-token", "safari/booking-api/requests/bookings.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", '''### Availability ya Khwai
GET https://book.deltamokoro.co.bw/api/camps/khwai-river/availability?from=2024-08-01&to=2024-08-10
Accept: application/json

### Dira booking (admin)
POST https://book.deltamokoro.co.bw/api/bookings
Authorization: Bearer @@secret@@
Content-Type: application/json

{"camp": "khwai-river", "arrival": "2024-08-02", "nights": 3, "guests": 2}
''', secret=jwt_like())

add("blind-mb/http-file/decoy-variable", "safari/booking-api/requests/staff.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", '''### Lenaane la bagogi
GET {{host}}/api/staff?camp=xakanaxa
Authorization: Bearer {{admin_token}}

### Roster ya kamoso
GET {{host}}/api/roster?date=tomorrow
Authorization: Bearer {{admin_token}}
''')

add("blind-mb/postman/api-key-variable", "safari/booking-api/postman/DeltaMokoro.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", '''{
  "id": "@@u@@",
  "name": "Delta Mokoro - prod",
  "values": [
    {"key": "host", "value": "https://book.deltamokoro.co.bw", "enabled": true},
    {"key": "dpo_company_token", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "camp", "value": "khwai-river", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', secret=uuid_s().upper(), u=uuid_s())

add("blind-mb/batch/ftp-password", "safari/lodge-pms/tools/upload_rates.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp", '''@echo off
REM Romela ditlhwatlhwa tsa dikampa kwa tour operator (FTP ya bone)
echo open ftp.safaritours.co.za> %TEMP%\\ftpcmd.txt
echo user deltamokoro @@secret@@>> %TEMP%\\ftpcmd.txt
echo put C:\\Rates\\rates-2025.csv>> %TEMP%\\ftpcmd.txt
echo quit>> %TEMP%\\ftpcmd.txt
ftp -n -s:%TEMP%\\ftpcmd.txt
del %TEMP%\\ftpcmd.txt
''', secret=words_pw())

add("blind-mb/r/odbc-password", "analytics/r/weights_model.R", "https://solutions.posit.co/connections/db/r-packages/odbc/", '''library(DBI)
# Sekao sa boima jwa dikgomo ka dikgwedi (Tuli vs Brahman)
con <- dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = "pg-auction.internal",
                 Database = "fantisi", UID = "analyst", PWD = "@@secret@@", Port = 5432)
df <- dbGetQuery(con, "select breed, age_months, weight_kg from lots where sold")
fit <- lm(weight_kg ~ age_months * breed, data = df)
summary(fit)
''', secret=rand_pw(16))

add("blind-mb/elixir/secret-key-base", "auction/live-board/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", '''import Config

# Board ya dikopo e e bonwang mo screen kwa sale yard
config :live_board, LiveBoardWeb.Endpoint,
  url: [host: "board.fantisi.co.bw", port: 443],
  secret_key_base: "@@secret@@",
  server: true

config :logger, level: :info
''', secret=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-mb/elixir/decoy-runtime-env", "auction/live-board/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", '''import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "SECRET_KEY_BASE e a tlhokega (mix phx.gen.secret)"

  config :live_board, LiveBoardWeb.Endpoint, secret_key_base: secret_key_base
end
''')

add("blind-mb/markdown/setswana-email-draft", "docs/notes/email-go-dvs.md", DOCS_MD, '''Go: Mothusi (DVS, Ghanzi)
Tlhogo: Phitlhelelo ya LITS API

Dumela Rra Mothusi,

Ke a leboga ka thuso ya maabane. Token ya API e re e neilweng e dirile sentle mo staging:

    @@secret@@

Re kopa gore e tlhomiwe le mo production pele ga fantisi ya 20 Phukwi.

Ka tlotlo,
Onalenna, Kgomo Fantisi
''', secret=alnum(40))

add("blind-mb/markdown/decoy-setswana-guide", "docs/tn/thuso-ya-balemirui.md", DOCS_MD, '''# Thuso ya balemirui: go kwadisa kgomo mo fantising

1. Tsena mo app ka nomoro ya mogala. O tla amogela khoutu ya OTP ka SMS (e fela morago ga metsotso e le 5).
2. Kwala nomoro ya bolus ya LITS (sekao: `BW-LITS-0713-448201`).
3. Tlhopha fantisi (Ghanzi, Francistown kgotsa Lobatse).
4. O se ka wa naya ope khoutu ya OTP kgotsa password ya gago - staff ya rona ga e ka ke ya e kopa.

Dipotso: letsetsa 3900 123 kgotsa WhatsApp +267 71 000 111.
''')

add("blind-mb/yaml/decoy-openapi-security", "safari/booking-api/openapi/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", '''openapi: 3.0.3
info:
  title: Delta Mokoro Booking API
  version: 2.14.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: "Sekao: X-API-Key: dm_test_XXXXXXXXXXXXXXXX (kopa key mo partners@deltamokoro.co.bw)"
security:
  - ApiKeyAuth: []
''')

add("blind-mb/lua/redis-auth", "deploy/nginx/lua/bid_rate_limit.lua", "https://github.com/openresty/lua-resty-redis#auth", '''-- Lekanyetsa dikopo tsa bid (10 ka motsotso ka paddle)
local redis = require "resty.redis"
local red = redis:new()
red:set_timeout(200)
assert(red:connect("redis-bids.fantisi.internal", 6379))
local ok, err = red:auth("@@secret@@")
if not ok then ngx.log(ngx.ERR, "redis auth: ", err) return ngx.exit(500) end
local n = red:incr("rl:" .. ngx.var.arg_paddle)
if n == 1 then red:expire("rl:" .. ngx.var.arg_paddle, 60) end
if n > 10 then return ngx.exit(429) end
''', secret=fakes.redis_password(_seed()))

add("blind-mb/helm/tls-private-key-block", "deploy/helm/fantisi/values-board.yaml", "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml", '''liveBoard:
  host: board.fantisi.co.bw
  tls:
    # setifikeiti ya board (e rekilwe ka Seetebosigo), key e tsamaya le chart
    crt: board.crt
    key: |
      @@key@@
''', secret=(_bk := pem("RSA")), key=_bk.replace("\n", "\n      "))

add("blind-mb/hocon/ktor-db-password", "auction/lits-export/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", '''ktor {
  deployment { port = 8085 }
  application { modules = [ bw.fantisi.lits.ApplicationKt.module ] }
}
database {
  url = "jdbc:postgresql://pg-auction.internal:5432/fantisi"
  user = "lits_export"
  password = "@@secret@@"
}
''', secret=words_pw())

add("blind-mb/jupyter/decoy-redacted-output", "analytics/notebooks/flutterwave_reconcile.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["key loaded: FLWSECK-************************-X (from env)\\n"]}],
   "source": [
    "import os\\n",
    "key = os.environ['FLW_SECRET']\\n",
    "print('key loaded:', key[:8] + '*' * 24 + key[-2:], '(from env)')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("blind-mb/go/decoy-public-key", "auction/bid-engine-gw/jwks.go", "https://pkg.go.dev/crypto/x509#ParsePKIXPublicKey", '''package gw

// Public key ya go netefatsa di-token tsa backoffice (RS256). Private key e mo KMS fela.
const backofficePublicKey = `-----BEGIN PUBLIC KEY-----
@@body@@
-----END PUBLIC KEY-----`

const backofficeKeyID = "fantisi-bo-2024-07"
''', body="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand_b64(33) + "\n" + rand_b64(48) + "\n" + rand_b64(48) + "\n" + rand_b64(48) + "\n" + rand_b64(24).rstrip("=") + "IDAQAB")
