"""Blind set JM: cashmere and wool traders and processors in Mongolia.

Procurement apps for herder cooperatives, dehairing and spinning mills, export traders' ERP and
e-shops, local payment gateways and banks, SMS and courier vendors, scales and PLCs on the mill
floor, their CI, containers and runbooks (notes partly in Mongolian Cyrillic), and their decoys.
Generated fakes only (seeds 4540000-4549999).
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
SEED_LO, SEED_HI = 4540000, 4549999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Tsagaan", "Khangai", "Altai", "Gobi", "Temee", "Yamaa", "Khonin", "Nooluur", "Saaral", "Tal",
         "Bayan", "Erdene", "Naran", "Saran", "Mongol", "Khaan", "Bor", "Uul", "Tenger", "Shonkhor"]
LOWER = ["steppe", "camel", "yurt", "eagle", "saddle", "felt", "comb", "spindle", "horse", "winter",
         "spring", "river", "ridge", "ger", "khadag", "nomad"]

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
    CASES.append(LabelledCase(f"blind-jm/{category}", file_name, text, secret, source))


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


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sentry_dsn_public() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def sha256ish() -> str:
    return hexs(64)


def digits(n: int) -> str:
    r = _rng()
    return "".join(r.choice("0123456789") for _ in range(n))


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


# ---------------------------------------------------------------- cases

# ---- env files
add("env/qpay-client-secret", "procurement-api/.env", "QPay merchant API v2 docs (client_id / client_secret token auth)", """
# Ноолуур бэлтгэлийн API — орчны тохиргоо
APP_ENV=production
APP_PORT=8080
DATABASE_URL=postgres://procure:@@dbpw@@@db.internal:5432/procure
QPAY_BASE_URL=https://merchant.qpay.mn/v2
QPAY_CLIENT_ID=ALTAN_NOOLUUR
QPAY_CLIENT_SECRET=@@secret@@
QPAY_INVOICE_CODE=ALTAN_NOOLUUR_INVOICE
# Мобиком SMS
SMS_SENDER=144040
LOG_LEVEL=info
""", rand_pw(16), dbpw="${DB_PASSWORD}")

add("env/database-password", "scale-sync/.env.production", "PostgreSQL libpq connection URIs docs", """
# Жингийн төхөөрөмжөөс ирсэн мэдээг синк хийх сервис
SCALE_POLL_SECONDS=30
SCALE_HOSTS=10.20.1.11,10.20.1.12,10.20.1.13
PG_DSN=postgresql://scale_writer:@@secret@@@10.20.0.5:5432/khangai_wool
TZ=Asia/Ulaanbaatar
REPORT_EMAIL=warehouse@khangai-wool.example.mn
""", words_pw())

add("env/decoy-env-reference", "export-portal/.env.example", "dotenv docs (.env.example convention)", """
# Хуулаад .env болгоод жинхэнэ утгуудаа оруулна уу
# Copy to .env and fill in real values from the vault
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_PUBLISHABLE_KEY=pk_live_replace_me
QPAY_CLIENT_SECRET=<qpay-client-secret>
DHL_API_KEY=changeme
DATABASE_URL=postgres://user:password@localhost:5432/export_portal
SESSION_SECRET=
""")

add("env/telegram-bot-token", "herder-bot/.env", "Telegram Bot API docs (bot token)", """
# Малчдад үнийн мэдээ илгээх бот
TELEGRAM_BOT_TOKEN=@@secret@@
PRICE_CHANNEL=@nooluur_une
DEFAULT_LANG=mn
PRICE_UNIT=MNT/kg
ADMIN_CHAT_IDS=123456789,987654321
""", telegram())

add("env/decoy-publishable-key", "shop-frontend/.env.local", "Stripe docs: publishable keys are safe to expose in client code", """
NEXT_PUBLIC_SITE_NAME=Gobi Felt & Cashmere
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-@@ga@@
NEXT_PUBLIC_DEFAULT_CURRENCY=USD
NEXT_PUBLIC_CDN=https://cdn.gobifelt.example.com
""", pk=stripe_key("pk_live_"), ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("env/aws-secret-key", "fiber-lab/.env", "AWS CLI docs: environment variables", """
# Эслэгийн лабораторийн микрон хэмжилтийн зураг S3-д хадгалах
AWS_DEFAULT_REGION=ap-northeast-2
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
S3_BUCKET=fiber-lab-micron-images
OFDA_EXPORT_DIR=/data/ofda2000
""", aws_secret(), kid=aws_id())

add("env/decoy-vault-reference", "mill-erp/.env.staging", "HashiCorp Vault agent template docs", """
# Staging — бүх нууц утга Vault-аас ачаалагдана
VAULT_ADDR=https://vault.erdene-mill.internal:8200
VAULT_ROLE=mill-erp-staging
DB_PASSWORD=vault:secret/data/mill-erp/staging#db_password
KHANBANK_CLIENT_SECRET=vault:secret/data/mill-erp/staging#khanbank_secret
SMTP_PASSWORD=vault:secret/data/mill-erp/staging#smtp
""")

add("env/smtp-password", "invoice-mailer/.env", "Mailgun SMTP docs", """
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.tsagaan-sam.example.mn
MAIL_PASSWORD=@@secret@@
MAIL_FROM="Tsagaan Sam Export <invoices@tsagaan-sam.example.mn>"
# Нэхэмжлэхийн PDF хавсаргана
""", rand_pw(24))

# ---- python
add("python/khan-bank-client-secret", "treasury/khanbank_client.py", "Khan Bank corporate gateway OAuth2 client credentials (bank developer docs)", '''
"""Хаан банкны корпорейт гейтвэй: дансны хуулга татах."""
import requests

TOKEN_URL = "https://api.khanbank.com/corporate/v1/auth/token"
CLIENT_ID = "erdene-cashmere-prod"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                         auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def statement(account: str, day: str) -> list:
    headers = {"Authorization": f"Bearer {token()}"}
    url = f"https://api.khanbank.com/corporate/v1/accounts/{account}/statements"
    return requests.get(url, params={"from": day, "to": day}, headers=headers, timeout=30).json()["items"]
''', rand_pw(32))

add("python/decoy-env-reference", "treasury/golomt_client.py", "Python os.environ docs", '''
"""Голомт банкны API клиент — нууц утгыг орчноос уншина."""
import os

import requests

BASE = os.environ.get("GOLOMT_BASE", "https://api.golomtbank.com/v1")
CLIENT_ID = os.environ["GOLOMT_CLIENT_ID"]
CLIENT_SECRET = os.environ["GOLOMT_CLIENT_SECRET"]


def session() -> requests.Session:
    s = requests.Session()
    s.auth = (CLIENT_ID, CLIENT_SECRET)
    s.headers["Accept-Language"] = "mn"
    return s
''')

add("python/postgres-password", "procurement/db.py", "psycopg2 connect() docs", '''
# Бэлтгэгчдийн худалдан авалтын бүртгэл
import psycopg2

conn = psycopg2.connect(
    host="10.30.0.12",
    port=5432,
    dbname="nooluur_procurement",
    user="procure_app",
    password="@@secret@@",
)


def purchases_for(soum: str):
    with conn.cursor() as cur:
        cur.execute("SELECT herder_id, kg, price_mnt FROM purchase WHERE soum = %s", (soum,))
        return cur.fetchall()
''', words_pw())

add("python/telegram-bot-token", "bots/price_bot.py", "python-telegram-bot docs (ApplicationBuilder.token)", '''
from telegram.ext import ApplicationBuilder, CommandHandler

# Өнөөдрийн ноолуурын үнэ: цагаан / саарал / бор
PRICES = {"цагаан": 145000, "саарал": 132000, "бор": 128000}


async def une(update, context):
    lines = [f"{k}: {v:,} ₮/кг" for k, v in PRICES.items()]
    await update.message.reply_text("\\n".join(lines))


app = ApplicationBuilder().token("@@secret@@").build()
app.add_handler(CommandHandler("une", une))

if __name__ == "__main__":
    app.run_polling()
''', telegram())

add("python/decoy-test-fixture", "tests/test_grading.py", "pytest fixtures docs", '''
"""Ноолуурын ангилал (микрон, урт) тестүүд."""
import pytest

from grading import grade

FAKE_TOKEN = "test-token-not-real"


@pytest.fixture
def lot():
    return {"lot_id": "LOT-2024-0417", "micron": 15.6, "length_mm": 36, "color": "white"}


def test_grade_a(lot):
    assert grade(lot) == "A"


def test_coarse(lot):
    lot["micron"] = 17.2
    assert grade(lot) == "C"
''')

add("python/sendgrid-api-key", "notify/lot_report.py", "SendGrid v3 Python library docs", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")


def send_lot_report(to: str, lot_id: str, pdf_url: str) -> int:
    msg = Mail(
        from_email="lab@khangai-wool.example.mn",
        to_emails=to,
        subject=f"Lot {lot_id} — fiber test report",
        html_content=f"<p>Сайн байна уу, тайлан: <a href='{pdf_url}'>{lot_id}</a></p>",
    )
    return SG.send(msg).status_code
''', sendgrid_key())

add("python/decoy-hash", "scales/checksum.py", "hashlib docs", '''
"""Жингийн программ хангамжийн хувилбарын хяналтын нийлбэр."""
import hashlib

KNOWN_FIRMWARE = {
    "A&D FG-150KAL v2.31": "@@h1@@",
    "Mettler IND570 v3.0.1": "@@h2@@",
}


def verify(path: str, model: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == KNOWN_FIRMWARE[model]
''', h1=sha256ish(), h2=sha256ish())

add("python/aws-access-key", "lab/upload_micron.py", "boto3 docs: passing credentials as parameters", '''
import boto3

# TODO: IAM role руу шилжүүлэх (Батаа)
s3 = boto3.client(
    "s3",
    region_name="ap-northeast-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path: str, lot: str) -> None:
    s3.upload_file(path, "fiber-lab-micron-images", f"{lot}/{path.rsplit('/', 1)[-1]}")
''', aws_secret(), kid=aws_id())

add("python/mobicom-sms-password", "notify/sms.py", "Mobicom bulk SMS HTTP API (username/password query)", '''
"""Малчдад SMS: Мобиком bulk SMS гарц."""
import requests

SMS_URL = "http://sms.mobicom.mn/bulk/send"
SMS_USER = "altannooluur"
SMS_PASS = "@@secret@@"


def send(phone: str, text: str) -> bool:
    params = {"username": SMS_USER, "password": SMS_PASS, "from": "144040", "to": phone, "text": text}
    return requests.get(SMS_URL, params=params, timeout=10).ok
''', rand_pw(12))

add("python/decoy-placeholder", "settings/local_example.py", "Django settings docs", '''
# local.py болгож хуулна. Жинхэнэ нууц үгийг энд бүү хадгал.
from .base import *  # noqa

DEBUG = True
SECRET_KEY = "django-insecure-change-me"
DATABASES["default"].update({
    "NAME": "wooltrade",
    "USER": "wooltrade",
    "PASSWORD": "your-password-here",
    "HOST": "localhost",
})
''')

add("python/django-secret-key", "wooltrade/settings/production.py", "Django settings docs: SECRET_KEY", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["trade.mongolwool.example.mn"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "mn"
TIME_ZONE = "Asia/Ulaanbaatar"
CSRF_TRUSTED_ORIGINS = ["https://trade.mongolwool.example.mn"]
''', fakes.django_secret_key(_seed()))

add("python/stripe-secret-key", "shop/payments.py", "Stripe Python library docs", '''
import stripe

stripe.api_key = "@@secret@@"


def checkout(order) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": item.price_id, "quantity": item.qty} for item in order.items],
        success_url="https://gobifelt.example.com/thanks",
        cancel_url="https://gobifelt.example.com/cart",
        metadata={"order": order.number},
    )
    return session.url
''', stripe_key())

add("python/decoy-uuid", "erp/constants.py", "Python uuid docs", '''
# ERP дахь агуулахуудын тогтмол ID
WAREHOUSE_IDS = {
    "UB_MAIN": "@@u1@@",
    "DARKHAN": "@@u2@@",
    "BAYANKHONGOR": "@@u3@@",
}
DEFAULT_CURRENCY = "MNT"
VAT_RATE = 0.10
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

_rp = fakes.redis_password(_seed())
add("python/split-redis-password", "mill/cache.py", "redis-py docs: Redis(password=...)", '''
import redis

# Нууц үгийг хоёр хэсэгт хуваав (түр)
_PW = ("@@a@@"
       "@@b@@")

cache = redis.Redis(host="10.40.0.7", port=6379, password=_PW, db=2)


def last_batch(line: str):
    return cache.get(f"spinning:{line}:last_batch")
''', _rp, a=_rp[:9], b=_rp[9:])

# ---- yaml / k8s / compose / docker / CI
add("k8s-secret/qpay-client-secret", "deploy/k8s/qpay-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: qpay-credentials
  namespace: eshop
  labels:
    app: gobi-felt-shop
type: Opaque
data:
  QPAY_CLIENT_ID: @@cid@@
  QPAY_CLIENT_SECRET: @@enc@@
""", (_qs := rand_pw(20)), cid=b64("GOBI_FELT"), enc=b64(_qs))

add("k8s-secret/postgres-password", "deploy/k8s/erp-db.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: mill-erp
  annotations:
    # Эрдэнэ ноолуурын үйлдвэрийн ERP өгөгдлийн сан
    owner: it@erdene-mill.example.mn
type: Opaque
stringData:
  POSTGRES_USER: erp
  POSTGRES_PASSWORD: "@@secret@@"
  POSTGRES_DB: erp_prod
""", words_pw())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed-smtp.yaml", "Bitnami Sealed Secrets docs (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: mill-erp
spec:
  encryptedData:
    SMTP_PASSWORD: AgB@@e1@@
    SMTP_USER: AgC@@e2@@
  template:
    metadata:
      name: smtp-relay
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("compose/mysql-root-password", "docker-compose.yml", "Docker Hub mysql image docs (MYSQL_ROOT_PASSWORD)", """
version: "3.8"
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: wool_trade
    volumes:
      - dbdata:/var/lib/mysql
  app:
    build: .
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  dbdata: {}
""", rand_pw(18))

add("compose/decoy-env-reference", "deploy/docker-compose.prod.yml", "Docker Compose docs: variable interpolation", """
services:
  api:
    image: registry.altan-nooluur.example.mn/procure-api:1.14.2
    environment:
      DATABASE_URL: postgres://procure:${POSTGRES_PASSWORD}@db:5432/procure
      QPAY_CLIENT_SECRET: ${QPAY_CLIENT_SECRET:?set in .env}
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN}
    restart: unless-stopped
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/redis-password", "scale-sync/compose.yaml", "Redis docs: requirepass", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
  sync:
    build: .
    environment:
      REDIS_URL: redis://redis:6379/0
      # жин хэмжүүрүүд
      SCALE_HOSTS: 10.20.1.11,10.20.1.12
""", fakes.redis_password(_seed()))

add("dockerfile/pypi-token", "Dockerfile", "pip docs: index URL with credentials / PyPI API tokens", """
FROM python:3.12-slim
WORKDIR /app
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
# дотоод багцууд (khangai-grading) PyPI-аас
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
COPY pyproject.toml .
RUN pip install --no-cache-dir .
COPY . .
CMD ["gunicorn", "grading.wsgi:app", "-b", "0.0.0.0:8000"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-arg", "docker/erp.Dockerfile", "Docker docs: build secrets (--mount=type=secret)", """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("github-actions/aws-secret-key", ".github/workflows/deploy-lab.yml", "aws-actions/configure-aws-credentials docs", """
name: deploy-lab
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
          aws-region: ap-northeast-2
      - run: aws s3 sync ./site s3://fiber-lab-site --delete
""", aws_secret(), kid=aws_id())

add("github-actions/decoy-secrets-context", ".github/workflows/release.yml", "GitHub Actions docs: secrets context", """
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
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: notify
        run: curl -s -X POST "https://api.telegram.org/bot${{ secrets.TG_TOKEN }}/sendMessage" -d chat_id=${{ vars.TG_CHAT }} -d text=released
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-report.yml", "Slack incoming webhooks docs", """
name: nightly-stock-report
on:
  schedule:
    - cron: "0 23 * * *"   # УБ цагаар 07:00
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/stock_report.py > report.txt
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(head -c 2000 report.txt)\\"}" \\
            @@secret@@
""", slack_webhook())

add("yaml/smtp-password", "config/mailer.yaml", "Spring Boot / generic SMTP config docs", """
# Экспортын баримт бичиг илгээх
mailer:
  host: smtp.gmail.com
  port: 587
  starttls: true
  username: docs@tsagaan-sam.example.mn
  password: "@@secret@@"
  from: "Tsagaan Sam LLC <docs@tsagaan-sam.example.mn>"
  bcc: [accounting@tsagaan-sam.example.mn]
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("yaml/decoy-placeholder", "config/integrations.example.yaml", "YAML config example conventions", """
# Жишээ тохиргоо — бодит утгуудыг оруулна уу
qpay:
  client_id: YOUR_CLIENT_ID
  client_secret: YOUR_CLIENT_SECRET
khanbank:
  client_id: "<client-id>"
  client_secret: "<client-secret>"
dhl:
  api_key: xxxxxxxxxxxxxxxxxxxxxxxx
  api_secret: xxxxxxxxxxxxxxxx
""")

add("yaml/dhl-api-secret", "config/shipping.yml", "DHL Express MyDHL API docs (Basic auth key/secret)", """
shipping:
  provider: dhl_express
  account_number: "9539@@acct@@"
  mydhl:
    base_url: https://express.api.dhl.com/mydhlapi
    username: tsagaansamMN
    password: @@secret@@
  origin:
    city: Ulaanbaatar
    postal_code: "17032"
    country: MN
""", rand_pw(16, "!$"), acct=digits(5))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/mill/vault.yml", "Ansible Vault docs (encrypted file)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/ldap-bind-password", "ansible/roles/gitea/defaults/main.yml", "Gitea LDAP auth source docs", """
---
gitea_domain: git.erdene-mill.internal
gitea_ldap_enabled: true
gitea_ldap_host: dc01.erdene-mill.internal
gitea_ldap_port: 636
gitea_ldap_bind_dn: "CN=svc-gitea,OU=Service,DC=erdene-mill,DC=internal"
gitea_ldap_bind_password: "@@secret@@"
gitea_ldap_user_base: "OU=Staff,DC=erdene-mill,DC=internal"
# Ажилчдын бүлэг: үйлдвэр, агуулах, нягтлан
gitea_ldap_admin_filter: "(memberOf=CN=IT,OU=Groups,DC=erdene-mill,DC=internal)"
""", words_pw())

add("json/decoy-firebase-config", "herder-app/src/firebase.json", "Firebase docs: web config is public", """
{
  "apiKey": "@@k@@",
  "authDomain": "malchin-price.firebaseapp.com",
  "projectId": "malchin-price",
  "storageBucket": "malchin-price.appspot.com",
  "messagingSenderId": "@@m@@",
  "appId": "1:@@m@@:web:@@a@@"
}
""", k=google_api_key(), m=digits(12), a=hexs(22))

add("json/shopify-admin-token", "tools/shopify-sync/config.json", "Shopify Admin API docs: access tokens (shpat_)", """
{
  "shop": "gobi-felt-cashmere.myshopify.com",
  "api_version": "2024-07",
  "admin_access_token": "@@secret@@",
  "location_id": 71234567890,
  "sync": {"inventory": true, "prices": false},
  "note": "Агуулахын үлдэгдлийг 15 минут тутам шинэчилнэ"
}
""", shopify_token())

add("json/decoy-package-lock-integrity", "erp-web/package-lock.json", "npm docs: package-lock integrity (SRI hashes)", """
{
  "name": "erp-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
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

add("json/gcp-service-account-key", "ops/gcp/bigquery-sa.json", "Google Cloud docs: service account key file", """
{
  "type": "service_account",
  "project_id": "khangai-wool-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@jsonkey@@",
  "client_email": "bq-loader@khangai-wool-analytics.iam.gserviceaccount.com",
  "client_id": "1@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_gk := pem("").replace("  ", " ")).splitlines()[1], kid=hexs(40), cid=digits(20), jsonkey=_gk.replace("\n", "\\n") + "\\n")

# ---- toml / ini / properties
add("toml/pypi-token", ".pypirc.toml.bak", "PyPI docs: API tokens in .pypirc (username __token__)", """
# хуучин .pypirc-ийн хуулбар (khangai-grading багц)
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("toml/decoy-poetry-source", "pyproject.toml", "Poetry docs: package sources (credentials via env)", """
[tool.poetry]
name = "khangai-grading"
version = "0.9.3"
description = "Ноолуур, ноосны чанарын ангилал (micron, length, color)"
authors = ["IT <it@khangai-wool.example.mn>"]

[tool.poetry.dependencies]
python = "^3.11"
pandas = "^2.2"

[[tool.poetry.source]]
name = "internal"
url = "https://pypi.khangai-wool.internal/simple/"
priority = "supplemental"
# credentials: POETRY_HTTP_BASIC_INTERNAL_USERNAME / POETRY_HTTP_BASIC_INTERNAL_PASSWORD
""")

add("toml/mongodb-password", "config/production.toml", "MongoDB connection string docs", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[mongo]
# Малчдын бүртгэл (herder registry)
uri = "mongodb+srv://registry_rw:@@secret@@@cluster0.mn7xq.mongodb.net/herders?retryWrites=true&w=majority"
pool = 20

[features]
sms_notify = true
""", rand_pw(20))

add("ini/ftp-password", "lab/ofda_upload.ini", "Python configparser docs / FTP upload config", """
; OFDA2000 эслэгийн анализаторын үр дүнг FTP-ээр илгээх
[ftp]
host = ftp.fiber-lab.example.mn
port = 21
user = ofda_lab
passwd = @@secret@@
remote_dir = /incoming/ofda

[local]
watch_dir = C:\\OFDA\\Results
""", words_pw())

add("ini/decoy-placeholder", "setup.cfg", "setuptools setup.cfg docs", """
[metadata]
name = wool-scale-reader
version = 1.4.0
description = Read A&D and Mettler scales over RS-232 (жин уншигч)

[options]
packages = find:
install_requires =
    pyserial>=3.5

[tool:pytest]
env =
    SCALE_API_TOKEN=dummy-token-for-tests
""")

add("ini/mssql-password", "odbc/odbc.ini", "Microsoft ODBC Driver for SQL Server on Linux docs (odbc.ini DSN)", """
[ERP1C]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:10.10.0.20,1433
Database = Altan_Nooluur_Buh
UID = report_reader
PWD = @@secret@@
TrustServerCertificate = yes
; 1С нягтлан бодох бүртгэлийн сангаас тайлан татах
""", words_pw())

add("properties/smtp-password", "src/main/resources/application-prod.properties", "Spring Boot docs: spring.mail.* properties", """
spring.application.name=wool-export
spring.datasource.url=jdbc:postgresql://10.30.0.12:5432/export
spring.datasource.username=export
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=export-docs@mongolwool.example.mn
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
# Гаалийн мэдүүлгийн хуулбар илгээнэ
""", words_pw())

add("properties/decoy-env-reference", "src/main/resources/application.properties", "Spring Boot docs: property placeholders", """
spring.application.name=procure-core
spring.datasource.url=${JDBC_URL:jdbc:postgresql://localhost:5432/procure}
spring.datasource.username=${DB_USER:procure}
spring.datasource.password=${DB_PASSWORD}
qpay.client-id=${QPAY_CLIENT_ID}
qpay.client-secret=${QPAY_CLIENT_SECRET}
management.endpoints.web.exposure.include=health,info
""")

# ---- go / java / kotlin / csharp
add("go/qpay-client-secret", "internal/qpay/client.go", "QPay merchant API v2 docs (POST /v2/auth/token with Basic)", """
package qpay

import (
	"net/http"
	"strings"
)

const (
	baseURL      = "https://merchant.qpay.mn/v2"
	clientID     = "KHANGAI_WOOL"
	clientSecret = "@@secret@@"
)

// Token — QPay-ээс access token авна.
func Token(c *http.Client) (*http.Response, error) {
	req, _ := http.NewRequest("POST", baseURL+"/auth/token", strings.NewReader(""))
	req.SetBasicAuth(clientID, clientSecret)
	return c.Do(req)
}
""", rand_pw(16))

add("go/decoy-env-reference", "cmd/scale-agent/main.go", "Go os.Getenv docs", """
package main

import (
	"log"
	"os"
)

func main() {
	token := os.Getenv("SCALE_AGENT_TOKEN")
	if token == "" {
		log.Fatal("SCALE_AGENT_TOKEN хоосон байна")
	}
	endpoint := getenv("SCALE_ENDPOINT", "https://erp.erdene-mill.internal/api/scales")
	run(endpoint, token)
}
""")

add("go/mysql-dsn-password", "internal/store/mysql.go", "go-sql-driver/mysql DSN docs", """
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Агуулахын үлдэгдэл
const dsn = "stock:@@secret@@@tcp(10.40.0.9:3306)/warehouse?parseTime=true&loc=Asia%2FUlaanbaatar"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
""", rand_pw(14))

add("java/khan-bank-client-secret", "src/main/java/mn/altannooluur/bank/KhanBankConfig.java", "Khan Bank corporate API OAuth2 (client credentials)", """
package mn.altannooluur.bank;

public final class KhanBankConfig {
    // Хаан банк — корпорейт гейтвэй
    public static final String TOKEN_URL = "https://api.khanbank.com/corporate/v1/auth/token";
    public static final String CLIENT_ID = "altan-nooluur-erp";
    public static final String CLIENT_SECRET = "@@secret@@";
    public static final String ACCOUNT = "5000@@acct@@";

    private KhanBankConfig() {
    }
}
""", rand_pw(32), acct=digits(6))

add("java/decoy-test-fixture", "src/test/java/mn/altannooluur/bank/StatementParserTest.java", "JUnit 5 docs", """
package mn.altannooluur.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatementParserTest {
    private static final String FAKE_SECRET = "test-client-secret";

    @Test
    void parsesCredit() {
        var row = StatementParser.parse("2024-04-17;+12500000;Ноолуур төлбөр БАТ");
        assertEquals(12_500_000L, row.amountMnt());
    }
}
""")

add("java/jdbc-password", "src/main/java/mn/khangai/report/Db.java", "JDBC DriverManager docs", """
package mn.khangai.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class Db {
    static Connection open() throws SQLException {
        return DriverManager.getConnection(
            "jdbc:postgresql://10.30.0.12:5432/khangai_wool", "report", "@@secret@@");
    }
}
""", words_pw())

add("kotlin/telegram-bot-token", "app/src/main/java/mn/malchin/price/Config.kt", "Telegram Bot API docs", """
package mn.malchin.price

object Config {
    // Малчны апп — үнийн мэдэгдэл Telegram сувгаас
    const val TG_BOT_TOKEN = "@@secret@@"
    const val TG_CHANNEL = "@nooluur_une"
    const val API_BASE = "https://api.malchin-price.example.mn/v1/"
}
""", telegram())

add("kotlin/decoy-resource-reference", "app/src/main/java/mn/malchin/price/MapsConfig.kt", "Google Maps Android docs: API key from a resource", """
package mn.malchin.price

// Google Maps key is restricted to this package + SHA-1 in the console; it is shipped in the APK.
object MapsConfig {
    const val MAPS_SDK_KEY_REF = "@string/google_maps_key"
    const val DEFAULT_ZOOM = 6.5f
    const val CENTER_LAT = 46.8625
    const val CENTER_LNG = 103.8467
}
""")

add("csharp/sql-server-password", "ScaleBridge/appsettings.Production.json", "ASP.NET Core docs: connection strings in appsettings.json", """
{
  "ConnectionStrings": {
    "Erp": "Server=10.10.0.20,1433;Database=ScaleBridge;User Id=scale_bridge;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scales": {
    "Port": "COM3",
    "BaudRate": 9600,
    "Model": "A&D GF-30K"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("csharp/smtp-password", "ScaleBridge/Services/Mailer.cs", ".NET SmtpClient docs (NetworkCredential)", """
using System.Net;
using System.Net.Mail;

namespace ScaleBridge.Services;

public class Mailer
{
    // Өдрийн жингийн тайлан
    private readonly SmtpClient _smtp = new("smtp.zoho.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("scales@erdene-mill.example.mn", "@@secret@@"),
    };

    public void Send(string to, string body) => _smtp.Send("scales@erdene-mill.example.mn", to, "Жингийн тайлан", body);
}
""", rand_pw(16))

add("csharp/decoy-user-secrets-reference", "ScaleBridge/Program.cs", "ASP.NET Core docs: Secret Manager (user-secrets)", """
var builder = WebApplication.CreateBuilder(args);
// dotnet user-secrets set "Qpay:ClientSecret" "..."  (хөгжүүлэгчийн машин дээр)
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddEnvironmentVariables("SCALEBRIDGE_");
var qpaySecret = builder.Configuration["Qpay:ClientSecret"];
builder.Services.AddSingleton(new QpayOptions { ClientSecret = qpaySecret });
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

# ---- php / ruby / rust / typescript / swift
add("php/mysql-password", "wp-config.php", "WordPress docs: wp-config.php", """
<?php
// Gobi Felt & Cashmere — онлайн дэлгүүр (WooCommerce)
define( 'DB_NAME', 'gobifelt_wp' );
define( 'DB_USER', 'gobifelt' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'gf_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!#%"))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "WordPress docs: wp-config-sample.php", """
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

add("php/qpay-client-secret", "app/Services/QpayService.php", "QPay merchant API v2 docs", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class QpayService
{
    private string $clientId = 'GOBI_FELT';
    private string $clientSecret = '@@secret@@';

    public function token(): string
    {
        return Http::withBasicAuth($this->clientId, $this->clientSecret)
            ->post('https://merchant.qpay.mn/v2/auth/token')
            ->json('access_token');
    }
}
""", rand_pw(16))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "Stripe Ruby library docs", """
# Экспортын B2B захиалгын төлбөр
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key: "@@secret@@"
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ruby/decoy-credentials-reference", "config/initializers/dhl.rb", "Rails docs: encrypted credentials", """
# DHL Express — түлхүүрүүд credentials.yml.enc дотор
DHL_CONFIG = {
  username: Rails.application.credentials.dig(:dhl, :username),
  password: Rails.application.credentials.dig(:dhl, :password),
  account: ENV.fetch("DHL_ACCOUNT", "953900000"),
  base_url: "https://express.api.dhl.com/mydhlapi"
}.freeze
""")

add("rust/redis-url-password", "scale-gateway/src/config.rs", "redis-rs docs: connection URL", """
// Жингийн гарц — Redis дараалал
pub const REDIS_URL: &str = "redis://:@@secret@@@10.40.0.7:6379/1";
pub const QUEUE: &str = "scales:readings";
pub const POLL_MS: u64 = 500;

pub fn scale_hosts() -> Vec<&'static str> {
    vec!["10.20.1.11:4001", "10.20.1.12:4001", "10.20.1.13:4001"]
}
""", fakes.redis_password(_seed()))

add("typescript/sendgrid-api-key", "src/lib/mail.ts", "SendGrid Node.js library docs", """
import sgMail from "@sendgrid/mail";

// Захиалга баталгаажуулах имэйл
sgMail.setApiKey("@@secret@@");

export async function orderConfirmed(to: string, orderNo: string): Promise<void> {
  await sgMail.send({
    to,
    from: "shop@gobifelt.example.com",
    subject: `Order ${orderNo} confirmed — Баярлалаа!`,
    text: `Your cashmere order ${orderNo} is being prepared in Ulaanbaatar.`,
  });
}
""", sendgrid_key())

add("typescript/decoy-publishable-key", "src/lib/stripe-client.ts", "Stripe.js docs: loadStripe(publishable key)", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key — browser-д ил байх ёстой
export const stripePromise = loadStripe("@@pk@@");
export const CURRENCY = "usd";
export const SHIPPING_FROM = "Ulaanbaatar, MN";
""", pk=stripe_key("pk_live_"))

add("swift/decoy-client-id", "MalchinPrice/Config.swift", "Google Sign-In iOS docs: client ID is not secret", """
import Foundation

enum AppConfig {
    // OAuth client id (public), reversed id used as URL scheme
    static let googleClientID = "@@n@@-@@c@@.apps.googleusercontent.com"
    static let apiBase = URL(string: "https://api.malchin-price.example.mn/v1/")!
    static let defaultLocale = "mn_MN"
}
""", n=digits(12), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("swift/mapbox-secret-token", "MalchinPrice/Map/MapboxDownloader.swift", "Mapbox docs: secret tokens (sk.) for downloads", """
import Foundation

// Offline tiles for soum centers — download token (DOWNLOADS:READ)
struct MapboxDownloader {
    static let secretToken = "@@secret@@"
    static let styleURL = "mapbox://styles/mapbox/outdoors-v12"

    func request(_ url: URL) -> URLRequest {
        var req = URLRequest(url: url)
        req.setValue("Bearer \\(Self.secretToken)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", "sk.eyJ1Ijoia2hhbmdhaXdvb2wiLCJhIjoi" + fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

# ---- shell / powershell
add("shell/postgres-password", "scripts/backup_erp.sh", "PostgreSQL docs: PGPASSWORD environment variable", """
#!/usr/bin/env bash
# Шөнийн нөөцлөлт — ERP өгөгдлийн сан
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
pg_dump -h 10.30.0.12 -U erp_backup -Fc erp_prod > /backup/erp_${STAMP}.dump
find /backup -name 'erp_*.dump' -mtime +14 -delete
""", words_pw())

add("shell/decoy-env-reference", "scripts/deploy.sh", "Bash docs: parameter expansion ${VAR:?}", """
#!/usr/bin/env bash
set -euo pipefail
: "${REGISTRY_PASSWORD:?REGISTRY_PASSWORD тохируулаагүй байна}"
echo "$REGISTRY_PASSWORD" | docker login registry.altan-nooluur.example.mn -u ci --password-stdin
docker build -t registry.altan-nooluur.example.mn/procure-api:"$GIT_SHA" .
docker push registry.altan-nooluur.example.mn/procure-api:"$GIT_SHA"
""")

add("shell/ftp-password", "scripts/push_prices_ftp.sh", "curl docs: -u user:password for FTP", """
#!/bin/sh
# Өдрийн үнийн файлыг түншийн FTP руу (Хятадын худалдан авагч)
FILE=/srv/exports/prices_$(date +%Y%m%d).csv
curl -sS -T "$FILE" -u tsagaansam:@@secret@@ ftp://ftp.partner-buyer.example.cn/inbox/
echo "uploaded $FILE"
""", rand_pw(12))

add("shell/mikrotik-admin-password", "scripts/warehouse_router.sh", "MikroTik RouterOS SSH docs / sshpass man page", """
#!/bin/bash
# Агуулахын роутерын тохиргоо нөөцлөх (Дархан салбар)
ROUTER=10.50.0.1
sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$ROUTER "/export compact" > darkhan_router_$(date +%F).rsc
gzip -f darkhan_router_$(date +%F).rsc
""", words_pw())

add("shell/decoy-hash", "scripts/verify_release.sh", "sha256sum man page", """
#!/usr/bin/env bash
set -e
EXPECTED="@@h@@"
ACTUAL=$(sha256sum dist/scale-agent-linux-amd64 | cut -d' ' -f1)
[ "$EXPECTED" = "$ACTUAL" ] && echo "OK: хяналтын нийлбэр таарлаа" || { echo "MISMATCH"; exit 1; }
""", h=sha256ish())

add("shell/github-token", "scripts/clone_all.sh", "GitHub docs: personal access token over HTTPS", """
#!/usr/bin/env bash
# Бүх репог шинэ сервер дээр татах
for repo in procure-api mill-erp scale-agent herder-bot; do
  git clone "https://itadmin:@@secret@@@github.com/altan-nooluur/${repo}.git" "/srv/src/${repo}"
done
""", github())

add("powershell/sql-server-password", "ops/Export-DailyStock.ps1", "SqlServer module docs: Invoke-Sqlcmd -Password", """
# Агуулахын өдрийн үлдэгдлийг CSV болгох
$query = "SELECT Lot, Grade, Kg FROM Stock WHERE Qty > 0"
Invoke-Sqlcmd -ServerInstance "10.10.0.20" -Database "Altan_Nooluur_Buh" `
    -Username "stock_export" -Password "@@secret@@" -Query $query |
    Export-Csv -Path "\\\\fs01\\reports\\stock_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("powershell/decoy-secure-string", "ops/Connect-Erp.ps1", "PowerShell docs: Get-Credential / SecretManagement", """
# Нууц үгийг SecretStore-оос уншина
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'erp-sql' -Vault 'MillVault'
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=10.10.0.20;Database=ERP;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
""")

add("powershell/smtp-password", "ops/Send-ScaleReport.ps1", "PowerShell docs: Send-MailMessage with PSCredential", """
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("scales@erdene-mill.example.mn", $pw)
Send-MailMessage -SmtpServer smtp.zoho.com -Port 587 -UseSsl -Credential $cred `
    -From scales@erdene-mill.example.mn -To manager@erdene-mill.example.mn `
    -Subject "Жингийн тайлан $(Get-Date -Format d)" -Attachments C:\\Reports\\scales.xlsx
""", rand_pw(16))

# ---- terraform
add("terraform/database-password", "infra/rds.tf", "Terraform AWS provider docs: aws_db_instance", """
resource "aws_db_instance" "erp" {
  identifier          = "khangai-erp"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "erp_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    owner = "it"
    note  = "Ноос боловсруулах ERP"
  }
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/rds_v2.tf", "Terraform docs: random_password / manage_master_user_password", """
resource "random_password" "erp" {
  length  = 32
  special = false
}

resource "aws_db_instance" "erp_v2" {
  identifier                  = "khangai-erp-v2"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "erp_admin"
  manage_master_user_password = true
}
""")

add("terraform/cloudflare-api-token", "infra/cloudflare.tf", "Terraform Cloudflare provider docs (api_token)", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  value   = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable", "infra/variables.tf", "Terraform docs: sensitive input variables", """
variable "db_password" {
  type        = string
  sensitive   = true
  description = "ERP өгөгдлийн сангийн нууц үг (TF_VAR_db_password-оор өгнө)"
}

variable "qpay_client_secret" {
  type      = string
  sensitive = true
}
""")

# ---- sql / csv / log
add("sql/decoy-bcrypt-hash", "db/seed/002_users.sql", "bcrypt hash format ($2b$)", """
-- Туршилтын хэрэглэгчид (нууц үг bcrypt-ээр hash хийгдсэн)
INSERT INTO app_user (login, full_name, role, password_hash) VALUES
  ('bataa', 'Батбаяр Д.', 'buyer', '$2b$12$@@h1@@'),
  ('saraa', 'Сарангэрэл Б.', 'accountant', '$2b$12$@@h2@@'),
  ('ganaa', 'Ганбаатар Т.', 'warehouse', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/database-password", "db/migrations/0007_create_report_role.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- Тайлангийн хэрэглэгч (Metabase)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE khangai_wool TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", words_pw())

add("sql/qpay-client-secret", "db/seed/010_payment_settings.sql", "QPay merchant API v2 docs", """
-- Төлбөрийн тохиргоо (prod-оос хуулсан!)
INSERT INTO payment_provider (code, base_url, client_id, client_secret, invoice_code, active)
VALUES ('qpay', 'https://merchant.qpay.mn/v2', 'ALTAN_NOOLUUR', '@@secret@@', 'ALTAN_NOOLUUR_INVOICE', true);
INSERT INTO payment_provider (code, base_url, client_id, client_secret, invoice_code, active)
VALUES ('socialpay', 'https://ecommerce.golomtbank.com', 'altan', NULL, NULL, false);
""", rand_pw(16))

add("csv/decoy-ids", "exports/purchases_2024_04.csv", "RFC 4180 CSV", """
purchase_id,herder_register,soum,color,kg,price_mnt,receipt_sha1
@@u1@@,УБ8@@r1@@,Баянхонгор-Жинст,цагаан,42.5,145000,@@s1@@
@@u2@@,ДГ9@@r2@@,Дундговь-Луус,саарал,18.0,132000,@@s2@@
@@u3@@,ӨВ7@@r3@@,Өвөрхангай-Гучин-Ус,бор,27.3,128000,@@s3@@
@@u4@@,ГА6@@r4@@,Говь-Алтай-Бигэр,цагаан,35.1,146500,@@s4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), r1=digits(7), r2=digits(7), r3=digits(7), r4=digits(7),
    s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40))

add("csv/device-password", "it/inventory/devices.csv", "RFC 4180 CSV (IT asset inventory export)", """
asset,location,model,ip,admin_user,admin_password,notes
SCALE-01,УБ агуулах,A&D GF-30K bridge,10.20.1.11,admin,,serial
CAM-04,Дархан агуулах,Hikvision DS-2CD2143G2,10.50.0.14,admin,@@secret@@,гадна хаалга
PLC-02,Самнах цех,Siemens S7-1200,10.60.0.2,,,
NAS-01,Server room,Synology DS920+,10.10.0.30,itadmin,(vault),
""", words_pw())

add("log/decoy-redacted", "logs/procure-api-2024-04-17.log", "structured logging with redaction", """
2024-04-17T08:12:03+08:00 INFO  qpay: requesting token client_id=ALTAN_NOOLUUR client_secret=****
2024-04-17T08:12:03+08:00 INFO  qpay: token ok expires_in=86400
2024-04-17T08:15:41+08:00 INFO  invoice created id=@@u1@@ amount=6162500 herder=УБ8812233
2024-04-17T08:16:02+08:00 WARN  sms: retry to=9911**** reason=timeout
2024-04-17T08:16:05+08:00 INFO  sms: sent to=9911**** template=payment_received
2024-04-17T09:01:17+08:00 INFO  db: pool stats in_use=3 idle=7 dsn=postgres://procure:[REDACTED]@db:5432/procure
""", u1=uuid_s())

add("log/database-password", "logs/scale-sync-crash.log", "SQLAlchemy / psycopg2 error output", """
2024-03-02 06:00:01,114 INFO scale_sync starting, 3 scales
2024-03-02 06:00:01,201 ERROR could not connect
Traceback (most recent call last):
  File "/app/scale_sync/db.py", line 22, in connect
    engine = create_engine("postgresql+psycopg2://scale_writer:@@secret@@@10.20.0.5:5432/khangai_wool")
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.5", port 5432 failed: Connection refused
2024-03-02 06:00:31,330 INFO retrying in 30s
""", words_pw())

add("log/telegram-bot-token", "logs/herder-bot.log", "python-telegram-bot / httpx request logging", """
2024-05-10 07:00:00 INFO Application started
2024-05-10 07:00:01 INFO HTTP Request: POST https://api.telegram.org/bot@@secret@@/getMe "HTTP/1.1 200 OK"
2024-05-10 07:00:02 INFO HTTP Request: POST https://api.telegram.org/bot@@secret@@/sendMessage "HTTP/1.1 200 OK"
2024-05-10 07:00:02 INFO Үнийн мэдээ илгээгдлээ: 412 хэрэглэгч
2024-05-10 07:05:00 INFO HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 200 OK"
""", telegram())

# ---- markdown / runbooks
add("markdown/handover-db-password", "docs/handover_2024.md", "internal handover note (Markdown)", """
# IT хүлээлцэх тэмдэглэл — 2024 оны 3-р сар

Батаа амралтаа авахаас өмнө Ганаад шилжүүлэв.

## Серверүүд
| Систем | Хаяг | Хэрэглэгч | Нууц үг |
|---|---|---|---|
| ERP Postgres | 10.30.0.12 | erp_admin | `@@secret@@` |
| Metabase | https://bi.khangai-wool.internal | admin | Vault дотор |
| NAS | 10.10.0.30 | itadmin | Vault дотор |

## Анхаар
- Самнах цехийн PLC-д хүрэхгүй байх.
- Жингийн синк 30 секунд тутам.
""", words_pw())

add("markdown/decoy-placeholder", "README.md", "Markdown README conventions", """
# procure-api

Ноолуур бэлтгэлийн API: малчдаас худалдан авалт, QPay нэхэмжлэх, SMS мэдэгдэл.

## Ажиллуулах
```bash
cp .env.example .env
# .env дотор QPAY_CLIENT_SECRET=<from vault> гэх мэт утгуудыг оруул
docker compose up -d
```

## Тест
```bash
QPAY_CLIENT_SECRET=dummy pytest
```
""")

add("markdown/wifi-and-router-password", "docs/warehouse-darkhan.md", "internal runbook (Markdown)", """
# Дархан агуулах — сүлжээ

- Роутер: MikroTik hAP ac², `10.50.0.1`
- Wi-Fi SSID: `DRK-Warehouse`
- Камерын NVR: `10.50.0.20` (Hikvision)

Роутерын админ: **admin / @@secret@@**

Жингийн төхөөрөмж RS-232 → Moxa NPort 5110 (`10.50.0.30`, port 4001).
""", words_pw())

add("markdown/decoy-example-curl", "docs/api/qpay-integration.md", "QPay merchant API v2 docs (example requests)", """
# QPay интеграц

Токен авах:

```bash
curl -X POST https://merchant.qpay.mn/v2/auth/token \\
  -u "$QPAY_CLIENT_ID:$QPAY_CLIENT_SECRET"
```

Нэхэмжлэх үүсгэх:

```bash
curl -X POST https://merchant.qpay.mn/v2/invoice \\
  -H "Authorization: Bearer <access_token>" \\
  -H "Content-Type: application/json" \\
  -d '{"invoice_code":"ALTAN_NOOLUUR_INVOICE","sender_invoice_no":"P-0001","amount":145000}'
```
""")

add("markdown/ebarimt-pos-api-key", "docs/ebarimt.md", "eBarimt PosAPI integration notes", """
# И-баримт (НӨАТ) холболт

Дэлгүүрийн POS → PosAPI 3.0 (`http://localhost:7080`).

- ТТД: 5@@ttd@@
- Merchant: Говь Эсгий ХХК
- POS no: 10@@pos@@
- API key (posapi.ebarimt.mn): `@@secret@@`

Сар бүрийн 10-нд `sendData` заавал дуудах.
""", fakes.drawn_mixed(_seed(), 32), ttd=digits(6), pos=digits(6))

add("markdown/decoy-redacted", "docs/incident-2024-02-qpay.md", "incident postmortem (Markdown)", """
# Осол: QPay түлхүүр GitHub-д орсон (2024-02-11)

## Юу болсон
`config.py` файлд QPay client secret (`Xq7…redacted…`) commit хийгдсэн.

## Арга хэмжээ
1. QPay-д хандаж шинэ secret авсан, хуучныг хүчингүй болгосон (11:40).
2. Түүхийг `git filter-repo`-оор цэвэрлэсэн.
3. pre-commit дээр secret scanner нэмсэн.

Шинэ secret: Vault `secret/data/procure/qpay` дотор.
""")

add("markdown/aws-access-key", "docs/lab-s3.md", "AWS docs: access keys", """
## Лабораторийн S3

Микроскопын зургийг `fiber-lab-micron-images` bucket-д хадгална.

Түр хэрэглэгч (`lab-uploader`):

```
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-northeast-2
```

TODO: IAM Identity Center руу шилжүүлэх.
""", aws_secret(), kid=aws_id())

# ---- notebook
add("notebook/postgres-password", "analysis/price_trend_2024.ipynb", "Jupyter nbformat v4 docs", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ноолуурын үнийн хандлага, 2024\\n", "Аймаг тус бүрээр"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@10.30.0.12/nooluur_procurement')\\n",
    "df = pd.read_sql('SELECT aimag, color, avg(price_mnt) p FROM purchase GROUP BY 1, 2', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/decoy-getpass", "analysis/herder_clusters.ipynb", "Jupyter nbformat v4 docs / getpass docs", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('DB нууц үг: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@10.30.0.12/nooluur_procurement')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analysis/translate_specs.ipynb", "OpenAI Python library docs", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Бүтээгдэхүүний тайлбарыг англи, хятад хэл рүү орчуулах"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': spec_mn}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

# ---- xml / plist
add("xml/ftp-password", "FileZilla/sitemanager.xml", "FileZilla docs: sitemanager.xml (base64 Pass encoding)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.partner-buyer.example.cn</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>tsagaansam</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Хятад түнш — үнийн файл</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := rand_pw(14)), enc=b64(_fz))

add("xml/decoy-placeholder", "src/main/webapp/WEB-INF/context.example.xml", "Apache Tomcat docs: JNDI DataSource", """
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <!-- Жишээ: бодит нууц үгийг сервер дээрх context.xml-д -->
  <Resource name="jdbc/export" auth="Container" type="javax.sql.DataSource"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://localhost:5432/export"
            username="export" password="CHANGE_ME"
            maxTotal="20" maxIdle="5"/>
</Context>
""")

add("xml/maven-repo-password", "ci/settings.xml", "Apache Maven docs: settings.xml servers", """
<settings>
  <servers>
    <server>
      <id>khangai-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>khangai-nexus</id>
      <url>https://nexus.khangai-wool.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("plist/decoy-client-id", "MalchinPrice/GoogleService-Info.plist", "Firebase iOS docs: GoogleService-Info.plist is not secret", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>@@s@@</string>
  <key>BUNDLE_ID</key>
  <string>mn.malchin.price</string>
  <key>PROJECT_ID</key>
  <string>malchin-price</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:@@s@@:ios:@@a@@</string>
</dict>
</plist>
""", k=google_api_key(), s=digits(12), a=hexs(22))

add("plist/telegram-bot-token", "MalchinPrice/Secrets.plist", "Telegram Bot API docs (bot token); Apple property list format", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>SentryEnvironment</key>
  <string>production</string>
  <key>TelegramBotToken</key>
  <string>@@secret@@</string>
  <key>PriceChannel</key>
  <string>@nooluur_une</string>
</dict>
</plist>
""", telegram())

# ---- more python: mill floor, trade, vendors
add("python/plc-password", "mill/plc/dehair_line.py", "Siemens S7-1200 access protection / python-snap7 docs", '''
"""Самнах шугамын PLC-ээс хурд, температур унших."""
import snap7

PLC_IP = "10.60.0.2"
# S7-1200 "full access" нууц үг (TIA Portal дээр тавьсан)
PLC_PASSWORD = "@@secret@@"

client = snap7.client.Client()
client.connect(PLC_IP, 0, 1)
client.set_session_password(PLC_PASSWORD)


def line_speed() -> float:
    data = client.db_read(12, 0, 4)
    return snap7.util.get_real(data, 0)
''', rand_pw(8))

add("python/basic-auth-header", "trade/alibaba_sync.py", "RFC 7617 HTTP Basic authentication", '''
import requests

# Түншийн B2B портал (Basic auth)
HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}


def open_orders():
    r = requests.get("https://b2b.partner-buyer.example.cn/api/orders?status=open", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return [o for o in r.json()["orders"] if o["material"] in ("cashmere_dehaired", "yak_down")]
''', b64("tsagaansam:" + words_pw()))

add("python/decoy-regex", "security/patterns.py", "Python re docs", '''
"""Лог файлаас нууц утгыг далдлах хэв маягууд."""
import re

PATTERNS = [
    re.compile(r"client_secret=([A-Za-z0-9]{16,})"),
    re.compile(r"postgres(?:ql)?://[^:]+:([^@]+)@"),
    re.compile(r"bot\\d{8,10}:AA[\\w-]{33}"),
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
]


def redact(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[REDACTED]", line)
    return line
''')

add("python/golomt-socialpay-secret", "payments/socialpay.py", "Golomt Bank SocialPay e-commerce API (HMAC checksum with secret)", '''
"""SocialPay (Голомт банк) — checksum HMAC-SHA256."""
import hashlib
import hmac

TERMINAL = "9500@@term@@"
SECRET = b"@@secret@@"


def checksum(invoice: str, amount: str) -> str:
    msg = f"{invoice}{amount}GET".encode()
    return hmac.new(SECRET, msg, hashlib.sha256).hexdigest()
''', rand_pw(32), term=digits(4))

add("python/decoy-hmac-test-vector", "payments/test_socialpay.py", "pytest docs; HMAC test vector", '''
from payments.socialpay import checksum


def test_checksum_shape(monkeypatch):
    monkeypatch.setattr("payments.socialpay.SECRET", b"unit-test-secret")
    value = checksum("INV-0001", "145000")
    assert len(value) == 64
    assert value == "@@h@@"
''', h=sha256ish())

add("python/twilio-auth-token", "notify/whatsapp.py", "Twilio Python helper library docs", '''
from twilio.rest import Client

# Хятад, Итали дахь худалдан авагчдад WhatsApp мэдэгдэл
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify_buyer(number: str, lot: str) -> None:
    client.messages.create(from_="whatsapp:+14155238886", to=f"whatsapp:{number}",
                           body=f"Lot {lot} dehaired cashmere is ready for shipment.")
''', hexs(32), sid=twilio_sid())

add("python/decoy-twilio-sid-only", "notify/config_public.py", "Twilio docs: Account SID is an identifier", '''
# Нийтэд ил мэдээлэл — Account SID бол ID, token биш
TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_FROM = "whatsapp:+14155238886"
TWILIO_AUTH_TOKEN_ENV = "TWILIO_AUTH_TOKEN"
BUYER_LANGS = {"CN": "zh", "IT": "it", "JP": "ja"}
''', sid=twilio_sid())

add("python/mailgun-api-key", "notify/mailgun.py", "Mailgun API docs (Basic auth api:key)", '''
import requests

DOMAIN = "mg.tsagaan-sam.example.mn"
API_KEY = "@@secret@@"


def send(to: str, subject: str, text: str) -> int:
    return requests.post(
        f"https://api.mailgun.net/v3/{DOMAIN}/messages",
        auth=("api", API_KEY),
        data={"from": f"Цагаан Сам <noreply@{DOMAIN}>", "to": to, "subject": subject, "text": text},
        timeout=20,
    ).status_code
''', mailgun_key())

add("python/slack-bot-token", "ops/stock_alert.py", "Slack SDK for Python docs (WebClient token)", '''
from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")
THRESHOLD_KG = 500


def alert(grade: str, kg: float) -> None:
    if kg < THRESHOLD_KG:
        slack.chat_postMessage(channel="#aguulah", text=f":warning: {grade} үлдэгдэл {kg:.0f} кг боллоо")
''', slack_bot())

add("python/decoy-sentry-dsn", "procure/sentry_init.py", "Sentry docs: DSN is not a secret (public key only)", '''
import sentry_sdk

sentry_sdk.init(
    dsn="@@dsn@@",
    traces_sample_rate=0.1,
    environment="production",
    release="procure-api@1.14.2",
)
''', dsn=sentry_dsn_public())

add("python/ssh-private-key", "deploy/fabfile.py", "Paramiko docs: RSAKey.from_private_key", '''
import io

import paramiko

# Агуулахын серверт нэвтрэх түлхүүр (түр, дараа нь устгана)
KEY = """@@secret@@"""

pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))


def run(host: str, cmd: str) -> str:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username="deploy", pkey=pkey)
    return ssh.exec_command(cmd)[1].read().decode()
''', pem())

add("python/decoy-public-key", "deploy/known_keys.py", "OpenSSH authorized_keys format (public keys)", '''
# Сервер рүү нэвтрэх эрхтэй хүмүүсийн НИЙТИЙН түлхүүрүүд
AUTHORIZED = [
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ bataa@laptop",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ganaa@mill-pc",
]
HOSTS = ["10.30.0.12", "10.40.0.9"]
''', k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/gitlab-token", "ci/trigger_pipeline.py", "GitLab docs: personal access tokens (glpat-)", '''
import requests

GITLAB = "https://gitlab.com/api/v4"
TOKEN = "@@secret@@"


def trigger(project_id: int, ref: str = "main") -> dict:
    r = requests.post(f"{GITLAB}/projects/{project_id}/pipeline", headers={"PRIVATE-TOKEN": TOKEN},
                      json={"ref": ref}, timeout=20)
    return r.json()
''', gitlab_token())

add("python/unitel-sms-token", "notify/unitel_sms.py", "Unitel SMS API (token query parameter)", '''
"""Юнителийн дугаарт SMS (94, 95, 88, 89...)."""
import requests

UNITEL_URL = "https://sms.unitel.mn/api/send"
UNITEL_TOKEN = "@@secret@@"


def send(phone: str, text: str) -> bool:
    r = requests.get(UNITEL_URL, params={"token": UNITEL_TOKEN, "from": "136677", "to": phone, "text": text}, timeout=10)
    return r.ok and r.json().get("status") == "ok"
''', hexs(40))

add("python/decoy-keyring", "tools/erp_cli.py", "keyring library docs", '''
import keyring
import click


@click.command()
@click.option("--user", default="bataa")
def login(user: str) -> None:
    """ERP-д нэвтрэх (нууц үг системийн keyring-д)."""
    password = keyring.get_password("mill-erp", user)
    if password is None:
        password = click.prompt("Нууц үг", hide_input=True)
        keyring.set_password("mill-erp", user, password)
    click.echo("ok")
''')

add("python/aws-session-token", "lab/sts_temp.py", "AWS docs: temporary security credentials (session token)", '''
import boto3

# `aws sts get-session-token`-ээс хуулсан (12 цаг)
session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
    region_name="ap-northeast-2",
)
s3 = session.client("s3")
print(s3.list_objects_v2(Bucket="fiber-lab-micron-images", MaxKeys=5)["KeyCount"])
''', fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=aws_secret())

# ---- more env / config
add("env/monpay-secret", "eshop/.env.production", "MonPay merchant API (client credentials)", """
NODE_ENV=production
PORT=3000
MONPAY_BRANCH_USERNAME=gobifelt
MONPAY_CLIENT_ID=gobifelt-web
MONPAY_CLIENT_SECRET=@@secret@@
MONPAY_REDIRECT=https://gobifelt.example.com/pay/monpay/callback
# Төлбөрийн хэрэгсэл: QPay, MonPay, Stripe (гадаад карт)
""", fakes.drawn_mixed(_seed(), 36))

add("env/decoy-empty-values", "eshop/.env.test", "dotenv docs", """
NODE_ENV=test
PORT=3001
MONPAY_CLIENT_SECRET=
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://postgres:postgres@localhost:5432/eshop_test
# тестийн орчинд гадны төлбөр дуудахгүй
PAYMENTS_MOCK=true
""")

add("env/github-fine-grained-token", "tools/release-notes/.env", "GitHub docs: fine-grained personal access tokens", """
# Хувилбарын тэмдэглэл автоматаар үүсгэх
GITHUB_TOKEN=@@secret@@
GITHUB_OWNER=altan-nooluur
GITHUB_REPOS=procure-api,herder-bot,mill-erp
OUTPUT_LANG=mn
""", fakes.github_fine_grained_token(_seed()))

add("env/decoy-public-ids", "herder-app/.env", "Expo docs: EXPO_PUBLIC_ variables are embedded in the app", """
EXPO_PUBLIC_API_URL=https://api.malchin-price.example.mn/v1
EXPO_PUBLIC_SENTRY_DSN=@@dsn@@
EXPO_PUBLIC_ONESIGNAL_APP_ID=@@u@@
EXPO_PUBLIC_DEFAULT_AIMAG=Bayankhongor
EXPO_PUBLIC_DEFAULT_LANG=mn
""", dsn=sentry_dsn_public(), u=uuid_s())

add("env/openai-api-key", "catalog-ai/.env", "OpenAI API docs: API keys", """
# Бүтээгдэхүүний тайлбар үүсгэгч (англи/хятад/япон)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
CATALOG_SOURCE=/data/catalog/products_mn.csv
CATALOG_LANGS=en,zh,ja
""", fakes.openai_key(_seed()))

add("env/redis-url", "herder-bot/.env.production", "Redis docs: redis:// URL with password", """
TELEGRAM_WEBHOOK_URL=https://bot.malchin-price.example.mn/tg
REDIS_URL=redis://default:@@secret@@@redis-14420.c1.ap-northeast-1-1.ec2.cloud.redislabs.com:14420
RATE_LIMIT_PER_MIN=30
LOG_LEVEL=info
# малчдын сонгосон хэл, аймаг cache-д
""", fakes.redis_password(_seed()))

# ---- batch: helm, k8s, CI, decoy-heavy
add("yaml/decoy-helm-existing-secret", "deploy/helm/procure-api/values.yaml", "Helm chart conventions: existingSecret", """
replicaCount: 2
image:
  repository: registry.altan-nooluur.example.mn/procure-api
  tag: "1.14.2"
env:
  QPAY_BASE_URL: https://merchant.qpay.mn/v2
  SMS_SENDER: "144040"
existingSecret: procure-api-secrets   # QPAY_CLIENT_SECRET, DATABASE_URL
postgresql:
  auth:
    existingSecret: procure-pg
    secretKeys:
      adminPasswordKey: postgres-password
ingress:
  host: api.altan-nooluur.example.mn
""")

add("yaml/helm-values-password", "deploy/helm/metabase/values-prod.yaml", "Metabase Helm chart docs: database.password", """
# Тайлангийн Metabase
database:
  type: postgres
  host: 10.30.0.12
  port: 5432
  dbname: metabase
  username: metabase
  password: @@secret@@
ingress:
  enabled: true
  hosts: [bi.khangai-wool.internal]
timeZone: Asia/Ulaanbaatar
""", words_pw())

add("k8s-secret/telegram-bot-token", "deploy/k8s/herder-bot-secret.yaml", "Kubernetes docs: Secret data (base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: herder-bot
  namespace: bots
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
  REDIS_URL: @@r@@
""", (_tg := telegram()), enc=b64(_tg), r=b64("redis://redis.bots.svc:6379/0"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/external-secret-erp.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: erp-db
  namespace: mill-erp
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: erp-db
  data:
    - secretKey: POSTGRES_PASSWORD
      remoteRef:
        key: mill-erp/prod/db
        property: password
""")

add("k8s-secret/docker-registry-auth", "deploy/k8s/regcred.yaml", "Kubernetes docs: kubernetes.io/dockerconfigjson", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: eshop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_rg := rand_pw(22)), enc=b64('{"auths":{"registry.altan-nooluur.example.mn":{"username":"ci","password":"' + _rg + '","auth":"' + b64("ci:" + _rg) + '"}}}'))

add("yaml/decoy-k8s-configmap", "deploy/k8s/scale-sync-config.yaml", "Kubernetes docs: ConfigMap", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: scale-sync
  namespace: mill
data:
  SCALE_HOSTS: "10.20.1.11,10.20.1.12,10.20.1.13"
  SCALE_POLL_SECONDS: "30"
  PG_HOST: "10.20.0.5"
  PG_USER: "scale_writer"
  PG_PASSWORD_FILE: "/var/run/secrets/pg/password"
  TZ: "Asia/Ulaanbaatar"
""")

add("github-actions/pypi-token", ".github/workflows/publish.yml", "PyPI docs: API token with twine", """
name: publish
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
      - run: twine upload dist/* -u __token__ -p @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/deploy-eshop.yml", "GitHub docs: OIDC with AWS (role-to-assume)", """
name: deploy-eshop
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/gh-eshop-deploy
          aws-region: ap-northeast-2
      - run: npm ci && npm run build && aws s3 sync out s3://gobifelt-shop
""", acct=digits(12))

add("github-actions/ssh-password", ".github/workflows/deploy-erp.yml", "appleboy/ssh-action docs (password input)", """
name: deploy-erp
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: erp.erdene-mill.example.mn
          username: deploy
          password: "@@secret@@"
          port: 22
          script: |
            cd /srv/mill-erp && git pull && docker compose up -d --build
""", words_pw())

add("compose/decoy-dev-defaults", "dev/docker-compose.dev.yml", "Docker Hub postgres image docs (local dev)", """
# Зөвхөн хөгжүүлэгчийн машин дээр
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: procure_dev
    ports: ["5432:5432"]
  mailhog:
    image: mailhog/mailhog
    ports: ["8025:8025"]
""")

add("compose/minio-secret-key", "lab/docker-compose.yml", "MinIO docs: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD", """
services:
  minio:
    image: minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: fiberlab
      MINIO_ROOT_PASSWORD: @@secret@@
    volumes:
      - /srv/minio:/data
    ports: ["9000:9000", "9001:9001"]
  # Микроскопын зургийн локал хадгалалт
""", rand_pw(24))

add("dockerfile/decoy-arg-default", "docker/scale-agent.Dockerfile", "Dockerfile reference: ARG / ENV", """
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -ldflags "-X main.version=${VERSION}" -o /scale-agent ./cmd/scale-agent
FROM gcr.io/distroless/static
COPY --from=build /scale-agent /scale-agent
ENV SCALE_AGENT_TOKEN=""
ENTRYPOINT ["/scale-agent"]
""")

add("dockerfile/npm-token", "eshop/Dockerfile", "npm docs: .npmrc _authToken", """
FROM node:20-alpine
WORKDIR /app
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > /root/.npmrc
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
""", fakes.fake("npm_", 36, _seed()))

# ---- go / java / kotlin / ts more
add("go/decoy-test-constants", "internal/qpay/client_test.go", "Go testing docs", """
package qpay

import "testing"

const testSecret = "test-secret-000"

func TestInvoiceAmount(t *testing.T) {
	inv := Invoice{Amount: 145000, Description: "Ноолуур 1 кг"}
	if inv.Amount != 145000 {
		t.Fatal("amount")
	}
}
""")

add("go/telegram-bot-token", "cmd/mill-alert/main.go", "go-telegram-bot-api docs (NewBotAPI)", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	msg := tgbotapi.NewMessage(-1001234567890, "Самнах шугам 2 зогслоо")
	bot.Send(msg)
}
""", telegram())

add("go/aws-keys", "internal/backup/s3.go", "AWS SDK for Go v2 docs: static credentials provider", """
package backup

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// ERP нөөцийг S3 руу
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)

var Cfg = aws.Config{Region: "ap-northeast-2", Credentials: creds}
""", aws_secret(), kid=aws_id())

add("java/decoy-spring-value", "src/main/java/mn/altannooluur/qpay/QpayProperties.java", "Spring Boot docs: @ConfigurationProperties", """
package mn.altannooluur.qpay;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "qpay")
public record QpayProperties(
        String baseUrl,
        String clientId,
        String clientSecret,   // QPAY_CLIENT_SECRET орчноос
        String invoiceCode) {
}
""")

add("java/ldap-password", "src/main/java/mn/erdenemill/auth/LdapConfig.java", "Spring LDAP docs: LdapContextSource", """
package mn.erdenemill.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource src = new LdapContextSource();
        src.setUrl("ldaps://dc01.erdene-mill.internal:636");
        src.setBase("DC=erdene-mill,DC=internal");
        src.setUserDn("CN=svc-erp,OU=Service,DC=erdene-mill,DC=internal");
        src.setPassword("@@secret@@");
        return src;
    }
}
""", words_pw())

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android docs: buildConfigField from local.properties", """
import java.util.Properties

val local = Properties().apply { load(rootProject.file("local.properties").inputStream()) }

android {
    namespace = "mn.malchin.price"
    defaultConfig {
        applicationId = "mn.malchin.price"
        buildConfigField("String", "API_TOKEN", "\\"${local.getProperty("api.token", "")}\\"")
    }
}
""")

add("kotlin/api-key-header", "app/src/main/java/mn/malchin/price/net/ApiClient.kt", "OkHttp docs: Interceptor adding headers", """
package mn.malchin.price.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val SERVER_KEY = "@@secret@@"

val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Api-Key", SERVER_KEY).build())
    })
    .build()
""", fakes.drawn_mixed(_seed(), 40))

add("typescript/decoy-zod-schema", "src/env.ts", "zod docs", """
import { z } from "zod";

// Орчны хувьсагчийн шалгалт
export const env = z.object({
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  QPAY_CLIENT_SECRET: z.string().min(16),
  MONPAY_CLIENT_SECRET: z.string().min(16),
}).parse(process.env);
""")

add("typescript/database-url", "prisma/seed.ts", "Prisma docs: datasource URL override", """
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://eshop:@@secret@@@db.gobifelt.internal:5432/eshop" } },
});

async function main() {
  await prisma.product.upsert({
    where: { sku: "GF-SCARF-001" },
    update: {},
    create: { sku: "GF-SCARF-001", nameMn: "Ноолууран ороолт", priceUsd: 129 },
  });
}
main().finally(() => prisma.$disconnect());
""", rand_pw(20))

add("typescript/dhl-basic-auth", "src/shipping/dhl.ts", "DHL Express MyDHL API docs (HTTP Basic)", """
const DHL_BASE = "https://express.api.dhl.com/mydhlapi";
const DHL_USER = "gobifeltMN";
const DHL_PASS = "@@secret@@";

export async function rates(weightKg: number, toCountry: string) {
  const auth = Buffer.from(`${DHL_USER}:${DHL_PASS}`).toString("base64");
  const url = `${DHL_BASE}/rates?originCountryCode=MN&originCityName=Ulaanbaatar&destinationCountryCode=${toCountry}&weight=${weightKg}`;
  const res = await fetch(url, { headers: { Authorization: `Basic ${auth}` } });
  return res.json();
}
""", rand_pw(16, "!$"))

# ---- batch: php/ruby/rust/shell/sql/csv/log/markdown/ini/xml
add("php/decoy-env-function", "config/services.php", "Laravel docs: config files with env()", """
<?php

return [
    'qpay' => [
        'base_url' => env('QPAY_BASE_URL', 'https://merchant.qpay.mn/v2'),
        'client_id' => env('QPAY_CLIENT_ID'),
        'client_secret' => env('QPAY_CLIENT_SECRET'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""")

add("php/smtp-password", "includes/mail.php", "PHPMailer docs: SMTP auth", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

function send_quote(string $to, string $pdf): bool {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'mail.khangai-wool.example.mn';
    $mail->SMTPAuth = true;
    $mail->Username = 'sales@khangai-wool.example.mn';
    $mail->Password = '@@secret@@';
    $mail->Port = 465;
    $mail->setFrom('sales@khangai-wool.example.mn', 'Хангай Ноос');
    $mail->addAddress($to);
    $mail->addAttachment($pdf);
    $mail->Subject = 'Quotation: scoured sheep wool / camel hair';
    return $mail->send();
}
""", words_pw())

add("ruby/decoy-rspec-fixture", "spec/models/lot_spec.rb", "RSpec docs", """
require "rails_helper"

RSpec.describe Lot do
  let(:lot) { Lot.new(code: "LOT-2024-0417", micron: 15.6, color: "white", kg: 812.4) }

  it "grades fine white cashmere as A" do
    expect(lot.grade).to eq("A")
  end

  it "masks the api key in inspect" do
    expect(lot.inspect).not_to include("api_key=test_key_123")
  end
end
""")

add("ruby/database-url", "config/database.yml", "Rails docs: config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: wooltrade_dev

production:
  <<: *default
  url: postgres://wooltrade:@@secret@@@10.30.0.14:5432/wooltrade_prod
""", rand_pw(18))

add("rust/decoy-env-var", "scale-gateway/src/main.rs", "Rust std::env::var docs", """
use std::env;

fn main() {
    // Нууц үг орчноос
    let redis_url = env::var("REDIS_URL").expect("REDIS_URL тохируулна уу");
    let token = env::var("GATEWAY_TOKEN").unwrap_or_default();
    println!("connecting to redis, token set: {}", !token.is_empty());
    gateway::run(&redis_url, &token);
}
""")

add("rust/mqtt-password", "scale-gateway/src/mqtt.rs", "rumqttc docs: MqttOptions::set_credentials", """
use rumqttc::{MqttOptions, QoS, Client};
use std::time::Duration;

pub fn connect() -> Client {
    let mut opts = MqttOptions::new("scale-gateway-ub", "mqtt.erdene-mill.internal", 1883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("scales", "@@secret@@");
    let (client, _conn) = Client::new(opts, 10);
    client.subscribe("mill/scales/+/weight", QoS::AtLeastOnce).unwrap();
    client
}
""", rand_pw(16))

add("shell/decoy-openssl-genrand", "scripts/rotate_session_secret.sh", "OpenSSL rand docs", """
#!/usr/bin/env bash
# Шинэ session secret үүсгээд Vault-д хадгалах
set -euo pipefail
NEW=$(openssl rand -hex 32)
vault kv put secret/eshop/session value="$NEW"
kubectl -n eshop rollout restart deploy/eshop
echo "rotated at $(date -Is)"
""")

add("shell/mysql-cli-password", "scripts/export_wp_orders.sh", "MySQL docs: mysql -p<password> on the command line", """
#!/bin/bash
# WooCommerce захиалгыг нягтлан руу CSV
mysql -h localhost -u gobifelt -p'@@secret@@' gobifelt_wp -e \\
  "SELECT ID, post_date, post_status FROM gf_posts WHERE post_type='shop_order' AND post_date >= CURDATE() - INTERVAL 1 MONTH" \\
  | tr '\\t' ',' > /srv/exports/orders_$(date +%Y%m).csv
""", rand_pw(20, "#%"))

add("shell/curl-bearer", "scripts/qpay_check.sh", "curl docs: -H Authorization Bearer", """
#!/bin/sh
# QPay нэхэмжлэхийн төлөв шалгах (яаралтай үед гараар)
INVOICE=$1
curl -s -X POST https://merchant.qpay.mn/v2/payment/check \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"object_type\\":\\"INVOICE\\",\\"object_id\\":\\"$INVOICE\\"}"
""", jwt_like('{"client_id":"ALTAN_NOOLUUR","terminal_id":"' + digits(8) + '","exp":1735689600}'))

add("sql/decoy-masked", "db/reports/monthly_payments.sql", "SQL report query", """
-- Сарын төлбөрийн тайлан (картын дугаар далдлагдсан)
SELECT p.paid_at::date AS day,
       p.provider,
       '**** **** **** ' || right(p.card_pan, 4) AS card,
       sum(p.amount_mnt) AS total_mnt
FROM payment p
WHERE p.paid_at >= date_trunc('month', now()) - interval '1 month'
GROUP BY 1, 2, 3
ORDER BY 1;
""")

add("sql/mssql-linked-server", "db/erp/create_linked_server.sql", "SQL Server docs: sp_addlinkedsrvlogin", """
-- 1С нягтлангийн сантай холбох
EXEC sp_addlinkedserver @server = N'ACC1C', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'10.10.0.21';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ACC1C', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'erp_link', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM ACC1C.Buhgalteri.dbo.Invoices;
""", words_pw())

add("csv/decoy-hash-export", "exports/lot_certificates.csv", "RFC 4180 CSV", """
lot,issued,lab,micron,length_mm,certificate_sha256
LOT-2024-0411,2024-04-12,Fiber Lab UB,15.4,37,@@h1@@
LOT-2024-0412,2024-04-12,Fiber Lab UB,15.9,35,@@h2@@
LOT-2024-0417,2024-04-18,Fiber Lab UB,15.6,36,@@h3@@
LOT-2024-0420,2024-04-21,SGS Tianjin,16.1,34,@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("csv/api-credentials", "it/vendors_access.csv", "RFC 4180 CSV (vendor access sheet export)", """
vendor,portal,login,secret,owner,expires
QPay,merchant.qpay.mn,ALTAN_NOOLUUR,@@secret@@,Сараа,2025-01-31
Khan Bank,corp.khanbank.com,altan_corp,(token device),Сараа,
Mobicom SMS,sms.mobicom.mn,altannooluur,(see vault),Батаа,
DHL,mydhl.express.dhl,altanMN,(see vault),Ганаа,
""", rand_pw(16))

add("log/decoy-hash-ids", "logs/eshop-access.log", "nginx combined log format", """
203.0.113.9 - - [17/Apr/2024:10:12:03 +0800] "GET /product/cashmere-scarf?utm_source=fb HTTP/1.1" 200 18233 "-" "Mozilla/5.0"
203.0.113.9 - - [17/Apr/2024:10:12:05 +0800] "GET /static/app.@@h1@@.js HTTP/1.1" 200 91234 "-" "Mozilla/5.0"
198.51.100.4 - - [17/Apr/2024:10:13:44 +0800] "POST /pay/qpay/callback?invoice=@@u1@@ HTTP/1.1" 200 2 "-" "QPay/2.0"
198.51.100.7 - - [17/Apr/2024:10:14:02 +0800] "GET /cart?session=redacted HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
203.0.113.22 - - [17/Apr/2024:10:15:10 +0800] "GET /mn/products/temee-noos HTTP/1.1" 200 14002 "-" "Mozilla/5.0"
""", h1=hexs(20), u1=uuid_s())

add("log/stripe-secret-key", "logs/worker-debug.log", "Stripe Python library debug logging", """
2024-04-20 14:02:11 DEBUG stripe: Request to Stripe api method=post path=https://api.stripe.com/v1/checkout/sessions
2024-04-20 14:02:11 DEBUG stripe: config api_key=@@secret@@ api_version=2024-06-20
2024-04-20 14:02:12 INFO  stripe: Stripe API response code=200
2024-04-20 14:02:12 INFO  order GF-10442 checkout created (ноолууран цамц x2)
2024-04-20 14:05:40 INFO  webhook checkout.session.completed GF-10442
""", stripe_key())

add("markdown/decoy-key-rotation-doc", "docs/secrets-policy.md", "internal security policy (Markdown)", """
# Нууц утгын бодлого

1. Нууц үг, токен, түлхүүрийг **хэзээ ч** git-д бүү оруул.
2. Бүх нууц утга Vault (`https://vault.erdene-mill.internal:8200`) дотор.
3. Жишээ файлд `CHANGE_ME`, `<secret>` гэх мэт орлуулагч ашигла.
4. QPay, Хаан банк, DHL түлхүүрийг 90 хоног тутам солих.
5. Алдсан тохиолдолд #it-security сувагт мэдэгдэх.

Шалгах: `pre-commit run --all-files`.
""")

add("markdown/telegram-and-sms", "docs/notifications.md", "internal runbook (Markdown)", """
# Мэдэгдлийн сувгууд

## Telegram
Үнийн бот: `@nooluur_une_bot`
Токен (BotFather-аас 2024-01-05): @@secret@@

## SMS
Мобиком bulk, sender `144040`. Нууц үг Vault-д.

## Имэйл
Mailgun, домэйн `mg.tsagaan-sam.example.mn`.
""", telegram())

add("ini/decoy-placeholder-tox", "tox.ini", "tox docs: setenv / passenv", """
[tox]
envlist = py311, py312

[testenv]
deps = -r requirements-dev.txt
passenv = QPAY_*, DATABASE_URL
setenv =
    QPAY_CLIENT_SECRET = test-secret
    DATABASE_URL = sqlite:///:memory:
commands = pytest -q
""")

add("ini/rabbitmq-password", "config/celery.ini", "Celery docs: broker_url (amqp://user:pass@host)", """
[celery]
broker_url = amqp://erp:@@secret@@@10.40.0.8:5672/mill
result_backend = redis://10.40.0.7:6379/3
timezone = Asia/Ulaanbaatar

[beat]
; Шөнийн тайлан, үлдэгдлийн анхааруулга
stock_alert = */30 * * * *
""", rand_pw(18))

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "Google Maps Android docs: API key in manifest (restricted)", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Малчин Үнэ" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

add("xml/soap-password", "integration/customs/request-template.xml", "OASIS WS-Security UsernameToken profile", """
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>tsagaansam_broker</wsse:Username>
        <wsse:Password>@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <!-- Гаалийн мэдүүлэг: HS 5102.11 (ноолуур, самнасан) -->
    <Declaration><HsCode>510211</HsCode><NetKg>812.4</NetKg></Declaration>
  </soapenv:Body>
</soapenv:Envelope>
""", words_pw())

# ---- batch: China-trade clouds, ERP, devices
add("python/alibaba-cloud-access-key", "trade/oss_upload.py", "Alibaba Cloud OSS Python SDK docs (AccessKey ID LTAI…)", '''
"""Хятадын худалдан авагчид зориулсан баримт (сертификат, packing list) OSS-д."""
import oss2

auth = oss2.Auth("LTAI5t@@kid@@", "@@secret@@")
bucket = oss2.Bucket(auth, "https://oss-cn-beijing.aliyuncs.com", "tsagaansam-docs")


def upload(lot: str, path: str) -> str:
    key = f"certificates/{lot}.pdf"
    bucket.put_object_from_file(key, path)
    return bucket.sign_url("GET", key, 7 * 24 * 3600)
''', fakes.drawn(_seed(), 30), kid=fakes.drawn(_seed(), 18))

add("yaml/wechat-pay-api-key", "config/wechatpay.yaml", "WeChat Pay merchant API v3 docs (apiv3 key)", """
# Хятад жижиглэн худалдан авагчдын WeChat Pay
wechatpay:
  mch_id: "16@@mch@@"
  app_id: wx@@app@@
  merchant_serial_no: @@serial@@
  apiv3_key: "@@secret@@"
  private_key_path: /etc/wechatpay/apiclient_key.pem
  notify_url: https://gobifelt.example.com/pay/wechat/notify
""", fakes.drawn_mixed(_seed(), 32), mch=digits(8), app=hexs(16), serial=hexs(40).upper())

add("python/decoy-alipay-public-key", "payments/alipay_verify.py", "Alipay open platform docs: verifying with Alipay PUBLIC key", '''
"""Alipay callback-ийн гарын үсгийг Alipay-ийн НИЙТИЙН түлхүүрээр шалгана."""
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Crypto.Hash import SHA256

ALIPAY_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@k1@@
@@k2@@
-----END PUBLIC KEY-----"""


def verify(message: bytes, signature: bytes) -> bool:
    key = RSA.import_key(ALIPAY_PUBLIC_KEY)
    try:
        pkcs1_15.new(key).verify(SHA256.new(message), signature)
        return True
    except ValueError:
        return False
''', k1=fakes.drawn(_seed(), 20, ALNUM + "+/"), k2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("python/odoo-admin-password", "erp/odoo_sync.py", "Odoo external API docs (XML-RPC authenticate)", '''
import xmlrpc.client

URL = "https://erp.khangai-wool.example.mn"
DB = "khangai_prod"
USER = "admin"
PASSWORD = "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PASSWORD, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


def wool_stock():
    # Ноосны төрөл бүрийн үлдэгдэл
    return models.execute_kw(DB, uid, PASSWORD, "stock.quant", "search_read",
                             [[["product_id.categ_id.name", "=", "Raw Wool"]]], {"fields": ["product_id", "quantity"]})
''', words_pw())

add("ini/decoy-odoo-conf", "odoo/odoo.conf.example", "Odoo docs: configuration file", """
[options]
; Жишээ — жинхэнэ тохиргоо серверт
admin_passwd = CHANGE_ME_MASTER_PASSWORD
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/custom
""")

add("ini/odoo-master-password", "odoo/odoo.conf", "Odoo docs: admin_passwd master password", """
[options]
admin_passwd = @@secret@@
db_host = 10.30.0.15
db_port = 5432
db_user = odoo
db_password = ${ODOO_DB_PASSWORD}
addons_path = /opt/odoo/addons,/opt/odoo/custom
; Хангай Ноос — ERP
proxy_mode = True
""", passphrase())

add("shell/hikvision-camera", "scripts/snapshot_warehouse.sh", "Hikvision ISAPI docs (digest auth snapshot)", """
#!/bin/bash
# Агуулахын камераас зураг авах (шөнийн хяналт)
for cam in 10.50.0.14 10.50.0.15; do
  curl -s --digest -u admin:@@secret@@ \\
    "http://$cam/ISAPI/Streaming/channels/101/picture" \\
    -o "/srv/snapshots/${cam}_$(date +%H%M).jpg"
done
""", words_pw())

add("yaml/decoy-onvif-placeholder", "config/cameras.example.yaml", "ONVIF / NVR config example", """
# Камерын жагсаалт — нууц үгийг cameras.yaml-д (gitignore)
cameras:
  - name: darkhan-gate
    host: 10.50.0.14
    user: viewer
    password: "<camera-password>"
  - name: ub-dock
    host: 10.20.2.21
    user: viewer
    password: "<camera-password>"
""")

add("python/azure-storage-connection", "lab/azure_archive.py", "Azure Storage docs: connection strings (AccountKey)", '''
from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=fiberlabarchive;"
        "AccountKey=@@secret@@;EndpointSuffix=core.windows.net")

svc = BlobServiceClient.from_connection_string(CONN)


def archive(path: str, lot: str) -> None:
    with open(path, "rb") as fh:
        svc.get_container_client("ofda").upload_blob(f"{lot}/{path.rsplit('/', 1)[-1]}", fh, overwrite=True)
''', fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("python/decoy-azure-sas-expired-example", "lab/README_azure.py", "Azure docs: SAS token query parameters (example from docs)", '''
"""Жишээ: SAS URL хэрхэн харагддаг (бодит биш, docs-оос)."""
EXAMPLE_SAS_URL = (
    "https://<account>.blob.core.windows.net/<container>/<blob>"
    "?sp=r&st=<start>&se=<expiry>&spr=https&sv=2022-11-02&sr=b&sig=<signature>"
)


def describe() -> str:
    return "sig= хэсэг нь нууц; үүнийг хэзээ ч commit хийхгүй."
''')

add("typescript/datadog-api-key", "src/observability/datadog.ts", "Datadog docs: API keys (32 hex)", """
import { client, v2 } from "@datadog/datadog-api-client";

const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: "@@secret@@" },
});
configuration.setServerVariables({ site: "datadoghq.eu" });

export const logs = new v2.LogsApi(configuration);
// eshop захиалгын лог
""", hexs(32))

add("json/decoy-key-vault-reference", "erp-web/appsettings.json", "ASP.NET Core docs: appsettings.json with Key Vault reference", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@t@@",
    "ClientId": "@@c@@"
  },
  "KeyVault": { "Uri": "https://erdene-mill-kv.vault.azure.net/" },
  "ConnectionStrings": { "Erp": "@Microsoft.KeyVault(SecretUri=https://erdene-mill-kv.vault.azure.net/secrets/erp-db/)" }
}
""", t=uuid_s(), c=uuid_s())

add("json/azure-client-secret", "tools/graph-mailer/local.settings.json", "Azure Functions docs: local.settings.json Values", """
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "GRAPH_TENANT_ID": "@@t@@",
    "GRAPH_CLIENT_ID": "@@c@@",
    "GRAPH_CLIENT_SECRET": "@@secret@@",
    "MAIL_FROM": "export-docs@mongolwool.example.mn"
  }
}
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), t=uuid_s(), c=uuid_s())

add("json/decoy-composer-lock", "composer.lock", "Composer docs: composer.lock (dist shasum)", """
{
    "content-hash": "@@h@@",
    "packages": [
        {
            "name": "phpmailer/phpmailer",
            "version": "v6.9.1",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/PHPMailer/PHPMailer/zipball/039de174cd9c17a8389754d3b877a2ed22743e18",
                "reference": "039de174cd9c17a8389754d3b877a2ed22743e18",
                "shasum": ""
            }
        }
    ]
}
""", h=hexs(32))

add("toml/decoy-netlify", "eshop/netlify.toml", "Netlify docs: netlify.toml", """
[build]
  command = "npm run build"
  publish = "out"

[build.environment]
  NODE_VERSION = "20"
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = "@@pk@@"

[[redirects]]
  from = "/mn/*"
  to = "/mn/index.html"
  status = 200
""", pk=stripe_key("pk_live_"))

add("toml/stripe-restricted-key", "tools/refunds/config.toml", "Stripe docs: restricted API keys (rk_live_)", """
# Буцаалт боловсруулах скрипт (зөвхөн refunds:write эрхтэй)
[stripe]
api_key = "@@secret@@"
api_version = "2024-06-20"

[limits]
max_refund_usd = 600
require_approval_over_usd = 200
""", stripe_key("rk_live_"))

add("properties/decoy-placeholders", "gradle.properties", "Gradle docs: gradle.properties", """
org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
# Хувийн утгуудыг ~/.gradle/gradle.properties-д
RELEASE_STORE_FILE=malchin-release.jks
RELEASE_STORE_PASSWORD=
RELEASE_KEY_ALIAS=malchin
RELEASE_KEY_PASSWORD=
""")

add("properties/keystore-password", "android/key.properties", "Flutter docs: key.properties for signing", """
# Малчин Үнэ апп — Play Store upload key
storePassword=@@secret@@
keyPassword=@@secret@@
keyAlias=upload
storeFile=/Users/bataa/keys/malchin-upload.jks
""", rand_pw(14))

# ---- final batch
add("ansible/decoy-vault-lookup", "ansible/roles/scale_sync/tasks/main.yml", "Ansible docs: hashi_vault lookup", """
---
- name: Жингийн синк сервисийн тохиргоо
  ansible.builtin.template:
    src: scale-sync.env.j2
    dest: /etc/scale-sync/env
    mode: "0600"
  vars:
    pg_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/mill/scale-sync:pg_password') }}"
- name: restart
  ansible.builtin.systemd:
    name: scale-sync
    state: restarted
""")

add("ansible/mysql-password", "ansible/host_vars/shop01.yml", "Ansible community.mysql docs: mysql_user password", """
---
# Gobi Felt дэлгүүрийн сервер
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: gobifelt_wp
mysql_users:
  - name: gobifelt
    host: localhost
    priv: "gobifelt_wp.*:ALL"
nginx_server_name: gobifelt.example.com
""", rand_pw(22))

add("github-actions/decoy-env-secrets", ".github/workflows/test.yml", "GitHub Actions docs: services and env", """
name: test
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
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
      QPAY_CLIENT_SECRET: ${{ secrets.QPAY_SANDBOX_SECRET }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements-dev.txt && pytest -q
""")

add("github-actions/docker-password", ".github/workflows/image.yml", "docker/login-action docs", """
name: image
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.altan-nooluur.example.mn
          username: ci
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: registry.altan-nooluur.example.mn/herder-bot:latest
""", rand_pw(22))

add("terraform/decoy-data-source", "infra/secrets.tf", "Terraform AWS provider docs: aws_secretsmanager_secret_version data source", """
data "aws_secretsmanager_secret_version" "qpay" {
  secret_id = "prod/procure/qpay"
}

locals {
  qpay = jsondecode(data.aws_secretsmanager_secret_version.qpay.secret_string)
}

resource "aws_ssm_parameter" "qpay_client_id" {
  name  = "/procure/qpay/client_id"
  type  = "String"
  value = local.qpay.client_id
}
""")

add("terraform/tfvars-password", "infra/prod.tfvars", "Terraform docs: variable definitions (.tfvars)", """
region          = "ap-northeast-2"
env             = "prod"
db_username     = "erp_admin"
db_password     = "@@secret@@"
bastion_cidr    = "203.0.113.0/28"
# Хангай Ноос — prod орчин
""", words_pw())

add("go/decoy-hex-constants", "internal/scales/protocol.go", "A&D weighing scale serial command reference", """
package scales

// A&D GF/GX жингийн RS-232 командууд
const (
	CmdQuery   = "Q\\r\\n"
	CmdTare    = "T\\r\\n"
	CmdZero    = "R\\r\\n"
	FrameMagic = "0x5A3C"
)

// Серийн дугаараас загварын ID (SHA-1 prefix)
var ModelFingerprint = "@@h@@"
""", h=hexs(40))

add("csharp/decoy-connection-template", "ScaleBridge/appsettings.json", "ASP.NET Core docs: appsettings.json", """
{
  "ConnectionStrings": {
    "Erp": "Server=localhost;Database=ScaleBridge;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Scales": { "Port": "COM3", "BaudRate": 9600 },
  "Smtp": { "Host": "smtp.zoho.com", "User": "scales@erdene-mill.example.mn", "Password": "" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("csharp/khan-bank-api-key", "ScaleBridge/Services/BankStatements.cs", "HttpClient docs: default request headers", """
using System.Net.Http.Headers;

namespace ScaleBridge.Services;

public class BankStatements
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.khanbank.com/corporate/v1/") };

    public BankStatements()
    {
        // Хаан банк — API түлхүүр (түр)
        _http.DefaultRequestHeaders.Add("X-Api-Key", "@@secret@@");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }
}
""", fakes.drawn_mixed(_seed(), 40))

add("sql/decoy-uuid-seed", "db/seed/001_aimags.sql", "SQL seed data", """
-- Аймгууд
INSERT INTO aimag (id, code, name_mn) VALUES
  ('@@u1@@', 'BH', 'Баянхонгор'),
  ('@@u2@@', 'DG', 'Дундговь'),
  ('@@u3@@', 'UV', 'Өвөрхангай'),
  ('@@u4@@', 'GA', 'Говь-Алтай'),
  ('@@u5@@', 'UG', 'Өмнөговь');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("markdown/ssh-private-key", "docs/server-access.md", "OpenSSH private key format (runbook)", """
# Агуулахын серверт нэвтрэх

Хэрэглэгч: `deploy`, сервер `10.40.0.9`.

Түлхүүр (Ганаад өгсөн хуулбар):

```
@@secret@@
```

`chmod 600 ~/.ssh/warehouse` хийгээд `ssh -i ~/.ssh/warehouse deploy@10.40.0.9`.
""", pem("OPENSSH"))

add("yaml/decoy-prometheus", "monitoring/prometheus.yml", "Prometheus docs: basic_auth password_file", """
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: scale-sync
    static_configs:
      - targets: ["10.20.0.6:9102"]
  - job_name: erp
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/erp_password
    static_configs:
      - targets: ["10.30.0.12:9187"]
""")

add("yaml/grafana-admin-password", "monitoring/grafana.yaml", "Grafana docs: security.admin_password", """
# Үйлдвэрийн хяналтын самбар
grafana:
  adminUser: admin
  adminPassword: "@@secret@@"
  ingress:
    enabled: true
    hosts: [grafana.erdene-mill.internal]
  defaultDashboardsTimezone: Asia/Ulaanbaatar
""", words_pw())

add("log/decoy-jwt-expired-redacted", "logs/auth-audit.log", "audit log with truncated tokens", """
2024-04-17T08:00:01Z auth login ok user=bataa ip=10.30.5.21 token=eyJhbGciOi…(truncated)
2024-04-17T08:02:14Z auth login fail user=saraa ip=10.30.5.34 reason=bad_password
2024-04-17T08:02:30Z auth login ok user=saraa ip=10.30.5.34 token=eyJhbGciOi…(truncated)
2024-04-17T09:10:00Z auth refresh user=bataa session=@@u@@
2024-04-17T17:30:00Z auth logout user=bataa
""", u=uuid_s())

add("kotlin/smtp-password", "backend/src/main/kotlin/mn/tsagaansam/mail/Mailer.kt", "Jakarta Mail docs: Authenticator", """
package mn.tsagaansam.mail

import jakarta.mail.Authenticator
import jakarta.mail.PasswordAuthentication
import jakarta.mail.Session
import java.util.Properties

object Mailer {
    private val props = Properties().apply {
        put("mail.smtp.host", "smtp.yandex.com"); put("mail.smtp.port", "465"); put("mail.smtp.ssl.enable", "true")
    }
    val session: Session = Session.getInstance(props, object : Authenticator() {
        override fun getPasswordAuthentication() = PasswordAuthentication("export@tsagaansam.example.mn", "@@secret@@")
    })
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/decoy-pypirc-keyring", "tools/publish.py", "twine docs: keyring / environment variables", '''
"""Дотоод багцыг нийтлэх: TWINE_PASSWORD орчноос эсвэл keyring-ээс."""
import os
import subprocess

env = dict(os.environ, TWINE_USERNAME="__token__")
if "TWINE_PASSWORD" not in env:
    raise SystemExit("TWINE_PASSWORD тохируулна уу (PyPI token, pypi-...)")
subprocess.run(["twine", "upload", "dist/*"], env=env, check=True)
''')

add("shell/ebarimt-admin", "scripts/posapi_restart.sh", "eBarimt PosAPI local service admin", """
#!/bin/bash
# PosAPI сервис дахин эхлүүлэх, өгөгдөл илгээх
systemctl restart posapi
sleep 5
curl -s -u posadmin:@@secret@@ http://localhost:7080/sendData
curl -s -u posadmin:@@secret@@ http://localhost:7080/getInformation | jq .
""", words_pw())

# ---- extra vendors
add("env/google-oauth-client-secret", "b2b-portal/.env", "Google Identity docs: OAuth client secret (GOCSPX-)", """
# B2B портал — худалдан авагчид Google-ээр нэвтэрнэ
GOOGLE_CLIENT_ID=@@n@@-@@c@@.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@secret@@
NEXTAUTH_URL=https://b2b.tsagaansam.example.mn
ALLOWED_BUYER_DOMAINS=partner-buyer.example.cn,lanificio.example.it
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), n=digits(12), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/shopify-webhook-secret", "shop/webhooks.py", "Shopify docs: verifying webhooks (HMAC with app secret)", '''
import base64
import hashlib
import hmac

# Shopify апп-ын secret (webhook шалгах)
SHOPIFY_API_SECRET = "@@secret@@"


def verified(body: bytes, header_hmac: str) -> bool:
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header_hmac)
''', "shpss_" + hexs(32))

add("yaml/cloudinary-url", "config/media.yml", "Cloudinary docs: CLOUDINARY_URL", """
# Бүтээгдэхүүний зураг (ороолт, цамц, эсгий)
media:
  provider: cloudinary
  url: cloudinary://@@key@@:@@secret@@@gobifelt
  folder: products/2024
  transformations:
    thumb: c_fill,w_400,h_400
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), key=digits(15))

add("typescript/hubspot-token", "src/crm/hubspot.ts", "HubSpot docs: private app access tokens (pat-na1-)", """
import { Client } from "@hubspot/api-client";

// Экспортын худалдан авагчдын CRM
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertBuyer(email: string, country: string) {
  return hubspot.crm.contacts.basicApi.create({ properties: { email, country, lifecyclestage: "lead" } });
}
""", "pat-na1-" + uuid_s())

add("json/discord-webhook", "tools/price-watch/settings.json", "Discord docs: webhook URLs", """
{
  "sources": ["https://www.example-wool-exchange.cn/cashmere", "https://nooluur-une.example.mn"],
  "check_every_minutes": 60,
  "alert_change_percent": 3,
  "discord_webhook": "https://discord.com/api/webhooks/@@id@@/@@secret@@",
  "note": "Түүхий ноолуурын үнэ 3%-аас дээш өөрчлөгдвөл мэдэгдэнэ"
}
""", fakes.drawn(_seed(), 68, ALNUM + "-_"), id=digits(19))

add("python/sentry-auth-token", "ci/upload_sourcemaps.py", "Sentry docs: organization auth tokens (sntrys_)", '''
import subprocess

SENTRY_AUTH_TOKEN = "@@secret@@"
ORG = "gobi-felt"
PROJECT = "eshop-web"

subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
                "--org", ORG, "--project", PROJECT, "out/_next/static"], check=True)
''', "sntrys_" + b64('{"iat":1714000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"gobi-felt"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("powershell/golomt-corporate-password", "ops/Get-GolomtStatement.ps1", "PowerShell docs: Invoke-RestMethod with Basic credentials", """
# Голомт банк — корпорейт хуулга (сар бүр)
$user = "erdene_corp"
$pass = "@@secret@@"
$pair = "$($user):$($pass)"
$auth = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
$resp = Invoke-RestMethod -Uri "https://corp.golomtbank.com/api/v1/statements?month=$(Get-Date -Format yyyy-MM)" `
    -Headers @{ Authorization = "Basic $auth" }
$resp.items | Export-Csv -Path "C:\\Reports\\golomt_$(Get-Date -Format yyyyMM).csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("markdown/xac-bank-api", "docs/banks.md", "internal integration notes (Markdown)", """
# Банкны холболтууд

| Банк | Төрөл | Орчин | Тайлбар |
|---|---|---|---|
| Хаан банк | OAuth2 | prod | Vault `bank/khan` |
| Голомт | Basic | prod | Vault `bank/golomt` |
| Хас банк | API key | sandbox | `@@secret@@` (туршилт дууссаны дараа устгах) |

Хуулгыг өдөр бүр 07:00-д татна.
""", fakes.drawn_mixed(_seed(), 36))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "OpenAPI 3.1 spec: securitySchemes and examples", """
openapi: 3.1.0
info:
  title: Procure API
  version: 1.14.2
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
  schemas:
    Purchase:
      type: object
      properties:
        herder_register: {type: string, example: "УБ88122334"}
        kg: {type: number, example: 42.5}
        price_mnt: {type: integer, example: 145000}
        api_key: {type: string, example: "YOUR_API_KEY"}
""")

add("python/decoy-fernet-encrypted", "erp/encrypted_settings.py", "cryptography docs: Fernet tokens (encrypted values)", '''
"""Шифрлэгдсэн тохиргоо — түлхүүр нь KMS-д, энд зөвхөн шифрлэгдсэн утга."""
import os

from cryptography.fernet import Fernet

ENCRYPTED = {
    "bank_api": "gAAAAAB@@e1@@",
}


def get(name: str) -> str:
    return Fernet(os.environ["ERP_FERNET_KEY"]).decrypt(ENCRYPTED[name].encode()).decode()
''', e1=fakes.drawn(_seed(), 93, ALNUM + "-_") + "=")
