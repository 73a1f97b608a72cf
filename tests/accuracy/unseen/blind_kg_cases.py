"""Blind set KG: apricot-drying co-operatives and rubab (lute) makers in Tajikistan.

Their web shops, export paperwork (phytosanitary certificates, customs declarations), payment and
SMS gateways, couriers, CI and cloud; notes and comments partly in Tajik (Cyrillic). About 130
files holding one credential each and about 90 decoys. Generated fakes only (seeds 5500000-5509999).
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
_SEED = [5500000]
SEED_END = 5509999


def _seed() -> int:
    _SEED[0] += 11
    assert 5500000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Zardolu", "Rubob", "Pamir", "Hisor", "Varzob", "Kofarnihon", "Isfara", "Konibodom", "Khujand",
         "Iskandar", "Sughd", "Panj", "Vakhsh", "Ghissar", "Bodom", "Anor"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int = 24) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def fk(prefix: str, n: int) -> str:
    return fakes.fake(prefix, n, _seed())


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
    return fk("SG.", 22) + fk(".", 43)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"coop-%d","role":"service","iat":%d}'
                                     % (r.randint(100, 999), r.randint(1700000000, 1790000000))).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body}.{sig}"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    assert category.startswith("blind-kg/")
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOC_DOTENV = "https://github.com/motdotla/dotenv#usage"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/user_guide/playbooks_variables.html"
DOC_PY = "https://docs.python.org/3/tutorial/"
DOC_NODE = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://go.dev/doc/effective_go"
DOC_PHP = "https://www.php.net/manual/en/"
DOC_RUBY = "https://ruby-doc.org/"
DOC_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOC_KT = "https://kotlinlang.org/docs/home.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_RUST = "https://doc.rust-lang.org/book/"
DOC_SWIFT = "https://developer.apple.com/documentation/foundation/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/"
DOC_MD = "https://spec.commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
DOC_DOCKER = "https://docs.docker.com/engine/reference/builder/"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_STRIPE = "https://docs.stripe.com/keys"
DOC_TG = "https://core.telegram.org/bots/api"
DOC_TWILIO = "https://www.twilio.com/docs/usage/api"
DOC_WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/"
DOC_SHOPIFY = "https://shopify.dev/docs/apps/auth/access-token-types"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
DOC_NETRC = "https://everything.curl.dev/usingcurl/netrc"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_SOPS = "https://github.com/getsops/sops"
DOC_VAULT = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"

# ---------------------------------------------------------------- .env files
add("blind-kg/dotenv/stripe-secret-key", "zardolu-shop/.env", DOC_DOTENV, """\
# Мағозаи онлайни кооперативи "Зардолуи Исфара"
APP_ENV=production
APP_URL=https://shop.zardolu-isfara.tj
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@s@@
# Асъор: USD барои харидорони хориҷӣ
SHOP_CURRENCY=USD
""", fk("sk_live_", 24), pk=mixed(24))

add("blind-kg/dotenv/telegram-bot-token", "rubob-orders-bot/.env", DOC_TG, """\
# Боти Telegram барои фармоишҳои рубоб
TG_BOT_TOKEN=@@s@@
TG_ADMIN_CHAT=-100@@chat@@
LANG_DEFAULT=tg
LOG_LEVEL=info
""", fakes.telegram_token(_seed()), chat=str(_rng().randint(10**9, 10**10)))

add("blind-kg/dotenv/postgres-url", "coop-export/.env.production", DOC_DOTENV, """\
DATABASE_URL=postgres://export_app:@@s@@@db.coop-export.internal:5432/export
REDIS_URL=redis://cache.coop-export.internal:6379/0
# ҳуҷҷатҳои содирот (сертификати фитосанитарӣ) дар S3
EXPORT_DOCS_BUCKET=coop-export-docs
SENTRY_ENVIRONMENT=production
""", rand_pw(22))

add("blind-kg/dotenv/sms-gateway-key", "sms-notify/.env", DOC_DOTENV, """\
# Шлюзи SMS барои огоҳ кардани деҳқонон
SMS_PROVIDER=infobip
INFOBIP_BASE_URL=https://xk3p9.api.infobip.com
INFOBIP_API_KEY=@@s@@
SMS_SENDER=ZARDOLU
""", hexs(32) + "-" + uuid_s())

add("blind-kg/dotenv/decoy-placeholder", "zardolu-shop/.env.example", DOC_DOTENV, """\
# Нусхаи .env — қиматҳоро иваз кунед (replace before use)
APP_ENV=local
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_your_key_here
DATABASE_URL=postgres://user:password@localhost:5432/shop
TG_BOT_TOKEN=<bot-token-from-botfather>
""")

add("blind-kg/dotenv/decoy-empty", "rubob-workshop/.env.dist", DOC_DOTENV, """\
# Танзимоти устохона — холӣ гузоред, CI пур мекунад
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME=
MAIL_PASSWORD=
DHL_API_KEY=
DHL_API_SECRET=
""")

add("blind-kg/dotenv/mailgun-key", "rubob-workshop/.env.local", DOC_DOTENV, """\
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.rubob-dushanbe.tj
MAILGUN_SECRET=@@s@@
MAIL_FROM_ADDRESS=orders@rubob-dushanbe.tj
MAIL_FROM_NAME="Устохонаи рубобсозӣ"
""", "key-" + hexs(32))

add("blind-kg/dotenv/decoy-vault-reference", "coop-export/.env.vault-agent", DOC_DOTENV, """\
# Vault Agent template renders these at start; nothing secret in git
DATABASE_URL={{ with secret "kv/data/export/db" }}{{ .Data.data.url }}{{ end }}
STRIPE_SECRET_KEY={{ with secret "kv/data/export/stripe" }}{{ .Data.data.key }}{{ end }}
INFOBIP_API_KEY={{ with secret "kv/data/export/sms" }}{{ .Data.data.key }}{{ end }}
SMS_SENDER=ZARDOLU
""")

add("blind-kg/dotenv/shopify-token", "rubob-shopify/.env", DOC_SHOPIFY, """\
SHOPIFY_STORE=rubob-pamir.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@s@@
# рамзи маҳсулот: RB-<сол>-<рақам>
SKU_PREFIX=RB
""", "shpat_" + hexs(32))

add("blind-kg/dotenv/decoy-masked", "sms-notify/.env.dump.txt", DOC_DOTENV, """\
# printenv | mask — барои дастгирӣ фиристода шуд
SMS_PROVIDER=infobip
INFOBIP_API_KEY=****************************a91c
TWILIO_AUTH_TOKEN=[REDACTED]
SMS_SENDER=ZARDOLU
""")

# ---------------------------------------------------------------- Python
add("blind-kg/python/woocommerce-secret", "shop_sync/woo_client.py", DOC_WOO, """\
\"\"\"Синхронизатсияи анбор бо WooCommerce (мағозаи зардолу).\"\"\"
from woocommerce import API

wcapi = API(
    url="https://zardolu-konibodom.tj",
    consumer_key="ck_@@ck@@",
    consumer_secret="@@s@@",
    version="wc/v3",
    timeout=30,
)
""", "cs_" + hexs(40), ck=hexs(40))

add("blind-kg/python/aws-secret-key", "export_docs/upload_certs.py", DOC_AWS, """\
import boto3

# Сертификатҳои фитосанитариро ба S3 бор мекунем
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

def upload(path: str, key: str) -> None:
    s3.upload_file(path, "coop-export-docs", key)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kg/python/smtp-password", "notify/mailer.py", DOC_PY, """\
import smtplib
from email.message import EmailMessage

def send_invoice(to: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Ҳисобнома / Invoice"
    msg["From"] = "invoice@zardolu-isfara.tj"
    msg["To"] = to
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    with smtplib.SMTP_SSL("smtp.yandex.ru", 465) as smtp:
        smtp.login("invoice@zardolu-isfara.tj", "@@s@@")
        smtp.send_message(msg)
""", words_pw())

add("blind-kg/python/django-secret-key", "rubob_site/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["rubob.tj", "www.rubob.tj"]
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "tg"
TIME_ZONE = "Asia/Dushanbe"
""", fakes.django_secret_key(_seed()))

add("blind-kg/python/decoy-env-reference", "rubob_site/settings/base_secrets.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
import os

# Калидҳо аз муҳит гирифта мешаванд — ҳеҷ гоҳ дар код нанависед!
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
DATABASE_PASSWORD = os.getenv("DB_PASSWORD")
TELEGRAM_TOKEN = os.environ.get("TG_BOT_TOKEN")
""")

add("blind-kg/python/twilio-auth-token", "sms/twilio_send.py", DOC_TWILIO, """\
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"

def sms(phone: str, text: str) -> str:
    # Паёми SMS ба деҳқон: "Зардолуи шумо қабул шуд"
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    return client.messages.create(to=phone, from_="+12025550143", body=text).sid
""", hexs(32), sid=hexs(32))

add("blind-kg/python/decoy-test-fixture", "tests/test_payments.py", DOC_PY, """\
import pytest

# Калидҳои қалбакӣ барои санҷиш (fake, never issued)
FAKE_STRIPE_KEY = "sk_test_FAKE_FOR_UNIT_TESTS_ONLY"
FAKE_WEBHOOK_SECRET = "whsec_test_fixture_not_real"

@pytest.fixture
def stripe_key(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    return FAKE_STRIPE_KEY
""")

add("blind-kg/python/stripe-webhook-secret", "shop_sync/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
import stripe
from flask import Flask, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@s@@"

@app.post("/stripe/webhook")
def hook():
    event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    # пардохт қабул шуд -> фармоишро "пардохтшуда" қайд кунед
    return {"ok": event["type"]}
""", fk("whsec_", 32))

_pw = rand_pw(20)
add("blind-kg/python/postgres-dsn-split", "etl/harvest_report.py", DOC_PY, """\
import psycopg2

# Ҳисоботи ҳосили зардолу аз рӯи деҳаҳо
DSN = ("host=db.coop.internal dbname=harvest user=report "
       "password=@@a@@"
       "@@b@@ sslmode=require")

def rows():
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT village, kg FROM harvest_2024 ORDER BY kg DESC")
        return cur.fetchall()
""", _pw, a=_pw[:9], b=_pw[9:])

add("blind-kg/python/decoy-hash", "shop_sync/integrity.py", DOC_PY, """\
import hashlib

# SHA-256-и файли каталоги рубобҳо (барои санҷиши тамомият)
CATALOG_SHA256 = "@@h@@"

def verify(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == CATALOG_SHA256
""", h=hexs(64))

add("blind-kg/python/openai-key", "tools/translate_catalog.py", "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

# Тарҷумаи тавсифи рубобҳо ба англисӣ ва русӣ
client = OpenAI(api_key="@@s@@")

def translate(text: str, lang: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "user", "content": f"Translate to {lang}: {text}"}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-kg/python/decoy-public-key", "shop_sync/stripe_public.py", DOC_STRIPE, """\
# Калиди оммавии Stripe — дар браузер нишон дода мешавад, махфӣ нест
STRIPE_PUBLISHABLE_KEY = "pk_live_@@pk@@"
CURRENCY = "usd"
COUNTRY = "TJ"
SUPPORTED = ["card", "link"]
""", pk=mixed(24))

add("blind-kg/python/telegram-token-call", "bots/harvest_bot.py", DOC_TG, """\
from telegram.ext import ApplicationBuilder, CommandHandler

async def start(update, ctx):
    await update.message.reply_text("Салом! Нархи зардолуи хушк имрӯз: /price")

app = ApplicationBuilder().token("@@s@@").build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("blind-kg/python/decoy-docs-example", "tools/aws_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# Намунаи ҳуҷҷатҳои AWS — калидҳои воқеӣ нестанд (published example values)
EXAMPLE_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

def describe():
    return f"aws configure  # then paste keys like {EXAMPLE_ACCESS_KEY_ID}"
""")

add("blind-kg/python/redis-url", "workers/celery_app.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """\
from celery import Celery

# Навбати вазифаҳо: тайёр кардани декларатсияҳои гумрукӣ
app = Celery(
    "export",
    broker="redis://:@@s@@@redis.coop-export.internal:6379/1",
    backend="redis://redis.coop-export.internal:6379/2",
)
app.conf.timezone = "Asia/Dushanbe"
""", fakes.redis_password(_seed()))

add("blind-kg/python/decoy-uuid-ids", "export_docs/consignments.py", DOC_PY, """\
# Рақамҳои борҳо (consignment ids) — махфӣ нестанд
CONSIGNMENTS = {
    "isfara-2024-07": "@@a@@",
    "konibodom-2024-08": "@@b@@",
    "khujand-2024-09": "@@c@@",
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

# ---------------------------------------------------------------- JavaScript / TypeScript
add("blind-kg/javascript/sendgrid-key", "rubob-web/server/mail.js", DOC_NODE, """\
const sgMail = require('@sendgrid/mail');

// Почтаи тасдиқи фармоиш (order confirmation)
sgMail.setApiKey('@@s@@');

module.exports = async function confirm(order) {
  await sgMail.send({ to: order.email, from: 'ustoxona@rubob.tj',
    subject: `Фармоиши №${order.id} қабул шуд`, text: 'Рахмат!' });
};
""", sendgrid_key())

add("blind-kg/typescript/stripe-restricted-key", "zardolu-shop/src/lib/stripe.ts", DOC_STRIPE, """\
import Stripe from 'stripe';

// Калиди маҳдуд (restricted) — танҳо барои бозгардонидани пул
const stripe = new Stripe('@@s@@', { apiVersion: '2024-04-10' });

export async function refund(paymentIntent: string): Promise<string> {
  const r = await stripe.refunds.create({ payment_intent: paymentIntent });
  return r.id;
}
""", fk("rk_live_", 99))

add("blind-kg/typescript/decoy-env-reference", "zardolu-shop/src/lib/config.ts", DOC_NODE, """\
// Ҳамаи калидҳо аз process.env — дар git нестанд
export const config = {
  stripeSecret: process.env.STRIPE_SECRET_KEY ?? '',
  telegramToken: process.env.TG_BOT_TOKEN ?? '',
  dbUrl: process.env.DATABASE_URL!,
  smsKey: process.env.INFOBIP_API_KEY,
};
""")

add("blind-kg/javascript/mongodb-uri", "rubob-web/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require('mongoose');

// Пойгоҳи додаҳои устохона: рубобҳо, тор, пӯсти буз
const uri = 'mongodb+srv://rubob_app:@@s@@@cluster0.x7kq2.mongodb.net/workshop?retryWrites=true';

mongoose.connect(uri).then(() => console.log('MongoDB пайваст шуд'));
module.exports = mongoose;
""", rand_pw(16))

add("blind-kg/javascript/decoy-placeholder", "rubob-web/config/default.js", DOC_NODE, """\
module.exports = {
  // Қиматҳоро дар config/local.js гузоред (он дар .gitignore аст)
  mongoUri: 'mongodb+srv://<user>:<password>@<cluster>/workshop',
  sendgridKey: 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  courierKey: 'YOUR_DHL_API_KEY',
};
""")

add("blind-kg/typescript/github-token", "rubob-web/scripts/release-notes.ts", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """\
import { Octokit } from '@octokit/rest';

// Навиштани тағйирот барои нашри нав
const octokit = new Octokit({ auth: '@@s@@' });

const { data } = await octokit.repos.listCommits({ owner: 'rubob-tj', repo: 'rubob-web', per_page: 20 });
for (const c of data) console.log('-', c.commit.message.split('\\n')[0]);
""", fakes.github_token(_seed()))

add("blind-kg/javascript/discord-webhook", "zardolu-shop/scripts/notify-stock.js", "https://discord.com/developers/docs/resources/webhook", """\
// Огоҳӣ дар Discord, вақте ки зардолуи хушк дар анбор кам мешавад
const WEBHOOK = '@@s@@';

async function lowStock(sku, kg) {
  await fetch(WEBHOOK, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `⚠️ ${sku}: танҳо ${kg} кг монд` }) });
}
module.exports = { lowStock };
""", discord_webhook())

add("blind-kg/javascript/decoy-sri-hash", "zardolu-shop/public/checkout.html", DOC_HTML, """\
<!doctype html>
<html lang="tg">
<head><meta charset="utf-8"><title>Пардохт — Зардолуи Исфара</title>
<script src="https://js.stripe.com/v3/" integrity="sha384-@@h@@" crossorigin="anonymous"></script>
</head>
<body><div id="card-element"></div><button id="pay">Пардохт</button></body>
</html>
""", h=base64.b64encode(bytes.fromhex(hexs(96))).decode())

add("blind-kg/typescript/jwt-secret", "courier-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """\
import jwt from 'jsonwebtoken';

// Калиди имзои JWT барои курерон (барномаи мобилӣ)
const JWT_SECRET = '@@s@@';

export const sign = (courierId: string) => jwt.sign({ sub: courierId, role: 'courier' }, JWT_SECRET, { expiresIn: '12h' });
export const verify = (token: string) => jwt.verify(token, JWT_SECRET);
""", rand_pw(48))

add("blind-kg/javascript/decoy-jwt-sample", "courier-api/docs/example-token.md", DOC_MD, """\
# Намунаи JWT (танҳо барои ҳуҷҷат)

Токени зер бо калиди санҷишии `secret` имзо шудааст ва кор намекунад:

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Ин намунаи маъмулии jwt.io аст.
""")

# ---------------------------------------------------------------- Go
add("blind-kg/go/alif-merchant-key", "payments/alif/client.go", DOC_GO, """\
package alif

// Пайвастшавӣ ба шлюзи пардохти Alif (мағозаи рубоб)
const (
	MerchantID  = "rubob-dushanbe-0042"
	MerchantKey = "@@s@@"
	BaseURL     = "https://web.alif.tj/v2"
)

func Sign(orderID string, amount int64) string { return hmacSHA256(MerchantKey, orderID, amount) }
""", mixed(32))

add("blind-kg/go/decoy-env-reference", "payments/alif/config.go", DOC_GO, """\
package alif

import "os"

// Калиди тоҷир аз муҳит хонда мешавад
func Load() Config {
	return Config{MerchantID: os.Getenv("ALIF_MERCHANT_ID"), Key: os.Getenv("ALIF_MERCHANT_KEY")}
}
""")

add("blind-kg/go/mysql-dsn", "courier/cmd/tracker/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """\
package main

import (
	"database/sql"
	_ "github.com/go-sql-driver/mysql"
)

func main() {
	// Пайгирии курерҳо: Душанбе — Хуҷанд — Истаравшан
	db, err := sql.Open("mysql", "tracker:@@s@@@tcp(10.20.0.15:3306)/courier?parseTime=true")
	if err != nil {
		panic(err)
	}
	defer db.Close()
}
""", words_pw())

add("blind-kg/go/digitalocean-token", "infra/tools/snapshot.go", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
package main

import "github.com/digitalocean/godo"

// Нусхаи эҳтиётии ҳаррӯза аз сервери мағоза
var client = godo.NewFromToken("@@s@@")

func main() { snapshotAll(client, "zardolu-shop") }
""", "dop_v1_" + hexs(64))

add("blind-kg/go/decoy-test-fake", "courier/internal/auth/auth_test.go", DOC_GO, """\
package auth

import "testing"

// Калиди қалбакӣ — танҳо барои санҷиш
const testKey = "test-key-not-a-secret"

func TestSign(t *testing.T) {
	if Sign(testKey, "x") == "" {
		t.Fatal("empty signature")
	}
}
""")

# ---------------------------------------------------------------- Java / Kotlin
add("blind-kg/java-properties/datasource-password", "export-service/src/main/resources/application-prod.properties", DOC_JAVA, """\
# Хидмати ҳуҷҷатҳои содирот (экспорт ба Русия, Қазоқистон, ИА)
spring.datasource.url=jdbc:postgresql://db.export.internal:5432/export
spring.datasource.username=export_svc
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
export.certificate.issuer=Хадамоти фитосанитарии ҶТ
""", rand_pw(18, "!#%"))

add("blind-kg/java-properties/decoy-env-reference", "export-service/src/main/resources/application.properties", DOC_JAVA, """\
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/export
spring.datasource.username=${DB_USER:export_svc}
spring.datasource.password=${DB_PASSWORD}
courier.dhl.api-key=${DHL_API_KEY:}
courier.dhl.api-secret=${DHL_API_SECRET:}
""")

add("blind-kg/java/dhl-api-secret", "export-service/src/main/java/tj/coop/export/DhlClient.java", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", """\
package tj.coop.export;

import java.util.Base64;

// Фиристодани қуттиҳои зардолу тавассути DHL Express
public final class DhlClient {
    private static final String USER = "zardoluISF";
    private static final String PASSWORD = "@@s@@";

    static String authHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
    }
}
""", rand_pw(16, "$!"))

add("blind-kg/kotlin/firebase-server-key", "rubob-app/app/src/main/java/tj/rubob/push/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
package tj.rubob.push

// Огоҳиҳои push: "Рубоби шумо тайёр аст!"
object Push {
    private const val SERVER_KEY = "@@s@@"
    fun headers() = mapOf("Authorization" to "key=$SERVER_KEY", "Content-Type" to "application/json")
}
""", "AAAA" + fakes.drawn(_seed(), 7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-kg/kotlin/decoy-build-config", "rubob-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """\
android {
    defaultConfig {
        // Калидҳо аз local.properties (дар git нест)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.rubob.tj\\"")
    }
}
""")

add("blind-kg/gradle-properties/signing-password", "rubob-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Имзои барнома барои Google Play
RUBOB_STORE_FILE=../keys/rubob-release.jks
RUBOB_KEY_ALIAS=rubob
RUBOB_STORE_PASSWORD=@@s@@
""", words_pw())

# ---------------------------------------------------------------- C#
add("blind-kg/appsettings/sqlserver-password", "CoopLedger/appsettings.Production.json", DOC_CS, """\
{
  "ConnectionStrings": {
    "Ledger": "Server=sql.coop.local;Database=Ledger;User Id=ledger_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Ledger": { "Currency": "TJS", "Cooperative": "Кооперативи зардолуи Конибодом" }
}
""", words_pw())

add("blind-kg/appsettings/decoy-keyvault", "CoopLedger/appsettings.json", DOC_CS, """\
{
  "KeyVault": { "Uri": "https://coop-ledger-kv.vault.azure.net/" },
  "ConnectionStrings": { "Ledger": "@Microsoft.KeyVault(SecretUri=https://coop-ledger-kv.vault.azure.net/secrets/ledger-db/)" },
  "Sms": { "ApiKey": "@Microsoft.KeyVault(SecretUri=https://coop-ledger-kv.vault.azure.net/secrets/sms-key/)" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("blind-kg/csharp/azure-client-secret", "CoopLedger/Infra/GraphMail.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """\
using Azure.Identity;

namespace CoopLedger.Infra;

// Фиристодани ҳисоботи моҳона ба бонк
public static class GraphMail
{
    static readonly ClientSecretCredential Cred = new(
        "@@tenant@@", "@@client@@", "@@s@@");
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

# ---------------------------------------------------------------- PHP
add("blind-kg/php/woocommerce-wp-config", "zardolu-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Танзимоти WordPress — мағозаи зардолу
define( 'DB_NAME', 'zardolu_wp' );
define( 'DB_USER', 'zardolu' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'WP_DEBUG', false );
$table_prefix = 'zd_';
""", words_pw())

add("blind-kg/php/decoy-wp-config-sample", "zardolu-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

add("blind-kg/php/paypal-client-secret", "rubob-shop/app/Payments/PayPal.php", "https://developer.paypal.com/api/rest/authentication/", """\
<?php
namespace App\\Payments;

// PayPal барои харидорони рубоб аз хориҷа
class PayPal
{
    private string $clientId = 'A@@cid@@';
    private string $secret = '@@s@@';

    public function token(): string { return $this->oauth($this->clientId, $this->secret); }
}
""", "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("blind-kg/php/decoy-laravel-env-call", "rubob-shop/config/services.php", "https://laravel.com/docs/11.x/configuration", """\
<?php
return [
    'mailgun' => ['domain' => env('MAILGUN_DOMAIN'), 'secret' => env('MAILGUN_SECRET')],
    'paypal' => ['client_id' => env('PAYPAL_CLIENT_ID'), 'secret' => env('PAYPAL_SECRET')],
    'sms' => ['key' => env('SMS_API_KEY', ''), 'sender' => 'RUBOB'],
];
""")

add("blind-kg/php/laravel-app-key", "rubob-shop/.env", "https://laravel.com/docs/11.x/encryption", """\
APP_NAME="Rubob Shop"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://rubob.tj
""", base64.b64encode(bytes.fromhex(hexs(64))).decode())

# ---------------------------------------------------------------- Ruby
add("blind-kg/ruby/slack-webhook", "ops/lib/notify.rb", "https://api.slack.com/messaging/webhooks", """\
require 'net/http'
require 'json'

# Огоҳӣ дар Slack: хушккунаки №3 аз кор монд
HOOK = URI('@@s@@')

def alert(text)
  Net::HTTP.post(HOOK, { text: "Хушккунак: #{text}" }.to_json, 'Content-Type' => 'application/json')
end
""", slack_webhook())

add("blind-kg/ruby/decoy-credentials-reference", "ops/config/initializers/sms.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Калидҳо дар config/credentials.yml.enc (рамзгузорӣ шудааст)
Rails.application.configure do
  config.x.sms.api_key = Rails.application.credentials.dig(:sms, :api_key)
  config.x.sms.sender = 'ZARDOLU'
  config.x.courier.token = ENV.fetch('COURIER_TOKEN', nil)
end
""")

add("blind-kg/ruby/database-yml-password", "ops/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
production:
  adapter: postgresql
  database: coop_ops
  host: db.coop.internal
  username: ops
  password: "@@s@@"
  pool: 10
""", rand_pw(20))

# ---------------------------------------------------------------- Rust / Swift
add("blind-kg/rust/hetzner-token", "infra/hcloud-scaler/src/main.rs", "https://docs.hetzner.cloud/#authentication", """\
// Масштабкунии серверҳо дар мавсими ҳосил (июл-август)
const HCLOUD_TOKEN: &str = "@@s@@";

fn main() {
    let client = hcloud::Client::new(HCLOUD_TOKEN);
    client.scale("zardolu-shop", 4).expect("scale");
}
""", fakes.drawn_mixed(_seed(), 64))

add("blind-kg/rust/decoy-env-var", "infra/hcloud-scaler/src/config.rs", DOC_RUST, """\
use std::env;

pub fn token() -> String {
    // HCLOUD_TOKEN дар GitHub Secrets нигоҳ дошта мешавад
    env::var("HCLOUD_TOKEN").expect("HCLOUD_TOKEN not set")
}
""")

add("blind-kg/swift/api-secret", "RubobiOS/Sources/Net/APIClient.swift", DOC_SWIFT, """\
import Foundation

// Барномаи iOS барои фармоиши рубоб
enum API {
    static let base = URL(string: "https://api.rubob.tj/v1")!
    static let clientSecret = "@@s@@"
}
""", mixed(40))

add("blind-kg/swift/decoy-plist-reference", "RubobiOS/Sources/Net/Keys.swift", DOC_SWIFT, """\
import Foundation

// Калидҳо аз Secrets.xcconfig (дар git нест)
enum Keys {
    static let clientSecret = Bundle.main.object(forInfoDictionaryKey: "RUBOB_CLIENT_SECRET") as? String ?? ""
}
""")

# ---------------------------------------------------------------- shell / PowerShell
add("blind-kg/shell/curl-bearer", "scripts/push-prices.sh", DOC_SH, """\
#!/usr/bin/env bash
set -euo pipefail
# Нархҳои нави зардолуи хушк ба мағоза
curl -sS -X PUT https://api.zardolu-isfara.tj/v1/prices \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  --data @prices.json
""", jwt_like())

add("blind-kg/shell/decoy-env-reference", "scripts/deploy.sh", DOC_SH, """\
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_TOKEN:?DEPLOY_TOKEN лозим аст}"
curl -sS -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://deploy.rubob.tj/hooks/web
echo "Ҷойгиркунӣ анҷом ёфт"
""")

add("blind-kg/shell/mysql-password-arg", "scripts/backup-db.sh", DOC_SH, """\
#!/bin/sh
# Нусхаи эҳтиётии пойгоҳ ҳар шаб соати 02:00
DATE=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@s@@' courier | gzip > /backups/courier-$DATE.sql.gz
find /backups -mtime +14 -delete
""", words_pw())

add("blind-kg/shell/heredoc-aws", "scripts/setup-aws.sh", DOC_AWS, """\
#!/usr/bin/env bash
# Танзими AWS CLI дар сервери нав
mkdir -p ~/.aws
cat > ~/.aws/credentials <<EOF
[export]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
EOF
chmod 600 ~/.aws/credentials
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kg/powershell/smtp-credential", "ops/Send-Report.ps1", DOC_PS, """\
# Ҳисоботи ҳафтаина ба раиси кооператив
$pw = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('report@coop-konibodom.tj', $pw)
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From report@coop-konibodom.tj -To rais@coop-konibodom.tj -Subject 'Ҳисобот' -Attachments .\\report.xlsx
""", words_pw())

add("blind-kg/powershell/decoy-secret-store", "ops/Get-SmsKey.ps1", DOC_PS, """\
# Калид аз SecretManagement гирифта мешавад
Import-Module Microsoft.PowerShell.SecretManagement
$key = Get-Secret -Name 'SmsGatewayKey' -AsPlainText
Invoke-RestMethod -Uri 'https://sms.example.tj/api/send' -Headers @{ 'X-Api-Key' = $key } -Method Post
Write-Host 'Фиристода шуд'
""")

# ---------------------------------------------------------------- Kubernetes / Helm / compose
_v = rand_pw(22)
add("blind-kg/k8s-secret/base64-db-password", "deploy/k8s/export-db-secret.yaml", DOC_K8S_SECRET, """\
# Сирри пойгоҳи додаҳои хидмати содирот
apiVersion: v1
kind: Secret
metadata:
  name: export-db
  namespace: export
type: Opaque
data:
  username: @@u@@
  password: @@b@@
""", _v, u=b64("export_svc"), b=b64(_v))

_v = fakes.telegram_token(_seed())
add("blind-kg/k8s-secret/base64-telegram", "deploy/k8s/bot-secret.yaml", DOC_K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: harvest-bot
  labels: { app: harvest-bot, team: zardolu }
data:
  TG_BOT_TOKEN: @@b@@
""", _v, b=b64(_v))

add("blind-kg/k8s-secret/stringdata-sms-key", "deploy/k8s/sms-secret.yaml", DOC_K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: notify
stringData:
  # Калиди шлюзи SMS (Tcell / Megafon агрегатор)
  SMS_API_KEY: "@@s@@"
  SMS_SENDER: ZARDOLU
""", mixed(32))

add("blind-kg/k8s-secret/decoy-sealed-secret", "deploy/k8s/sms-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sms-gateway
  namespace: notify
spec:
  encryptedData:
    SMS_API_KEY: AgB@@c@@
""", c=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("blind-kg/k8s/decoy-secret-key-ref", "deploy/k8s/shop-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: zardolu-shop }
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.zardolu.tj/shop:1.14.2
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom: { secretKeyRef: { name: stripe, key: secret-key } }
            - name: DATABASE_URL
              valueFrom: { secretKeyRef: { name: shop-db, key: url } }
""")

add("blind-kg/k8s/env-value-password", "deploy/k8s/courier-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: courier-tracker }
spec:
  template:
    spec:
      containers:
        - name: tracker
          image: registry.zardolu.tj/courier:0.9.1
          env:
            - name: MYSQL_PASSWORD
              value: "@@s@@"   # муваққатӣ, баъд ба Secret мегузаронем
""", words_pw())

add("blind-kg/helm/values-redis-password", "charts/rubob-shop/values-prod.yaml", DOC_HELM, """\
replicaCount: 2
image:
  repository: registry.rubob.tj/shop
  tag: "2.3.0"
redis:
  enabled: true
  auth:
    password: "@@s@@"
ingress:
  host: rubob.tj
""", fakes.redis_password(_seed()))

add("blind-kg/helm/decoy-values-template", "charts/rubob-shop/values.yaml", DOC_HELM, """\
replicaCount: 1
redis:
  auth:
    # Дар values-prod.yaml ё бо --set гузоред
    password: ""
    existingSecret: rubob-redis
stripe:
  secretKey: "{{ .Values.global.stripeKey }}"
""")

add("blind-kg/compose/postgres-password", "docker-compose.yml", DOC_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: coop
      POSTGRES_USER: coop
      POSTGRES_PASSWORD: @@s@@
  web:
    build: .
    depends_on: [db]
    ports: ["8080:8080"]
""", rand_pw(20))

add("blind-kg/compose/decoy-variable", "docker-compose.prod.yml", DOC_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
  web:
    image: registry.zardolu.tj/shop:latest
    env_file: [.env.production]
""")

add("blind-kg/compose/rabbitmq-url", "courier/docker-compose.yml", DOC_COMPOSE, """\
services:
  worker:
    image: registry.zardolu.tj/courier-worker:0.4
    environment:
      # навбати борҳо барои курерҳо
      AMQP_URL: amqp://courier:@@s@@@rabbit:5672/%2F
  rabbit:
    image: rabbitmq:3-management
""", rand_pw(18))

# ---------------------------------------------------------------- CI
add("blind-kg/github-actions/npm-token", ".github/workflows/publish-widget.yml", DOC_GHA, """\
name: publish widget
on: { push: { tags: ['v*'] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "//registry.npmjs.org/:_authToken=@@s@@" > ~/.npmrc
      - run: npm publish --access public
""", fk("npm_", 36))

add("blind-kg/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", DOC_GHA, """\
name: deploy
on: { push: { branches: [main] } }
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
""")

add("blind-kg/github-actions/docker-hub-token", ".github/workflows/image.yml", DOC_GHA, """\
name: image
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "@@s@@" | docker login -u rubobtj --password-stdin
      - run: docker build -t rubobtj/shop:${{ github.sha }} . && docker push rubobtj/shop:${{ github.sha }}
""", fk("dckr_pat_", 27))

add("blind-kg/gitlab-ci/deploy-token", ".gitlab-ci.yml", DOC_GITLAB, """\
stages: [test, deploy]

test:
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

deploy:
  stage: deploy
  variables:
    HCLOUD_TOKEN: "@@s@@"
  script: [./scripts/deploy.sh]
  only: [main]
""", fakes.drawn_mixed(_seed(), 64))

add("blind-kg/gitlab-ci/decoy-masked-variable", "ci/templates/deploy.gitlab-ci.yml", DOC_GITLAB, """\
# Тағйирёбандаҳо дар Settings > CI/CD > Variables (masked, protected)
.deploy:
  image: alpine:3.20
  script:
    - apk add curl
    - curl -fsS -H "PRIVATE-TOKEN: $GITLAB_DEPLOY_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/deployments"
""")

add("blind-kg/gitlab-ci/gitlab-pat", "ci/mirror.gitlab-ci.yml", DOC_GITLAB, """\
mirror:
  image: alpine/git
  script:
    # Нусхаи анбор ба GitLab-и кооператив
    - git push --mirror https://oauth2:@@s@@@gitlab.coop-export.tj/export/docs.git
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""", fk("glpat-", 20))

add("blind-kg/circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/contexts/", """\
version: 2.1
jobs:
  test:
    docker: [{ image: cimg/node:20.11 }]
    steps: [checkout, run: npm ci, run: npm test]
workflows:
  main:
    jobs:
      - test: { context: rubob-secrets }
""")

add("blind-kg/bitbucket/ssh-deploy-password", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
pipelines:
  branches:
    main:
      - step:
          name: Ҷойгиркунӣ ба сервер
          script:
            - apt-get update && apt-get install -y sshpass
            - sshpass -p '@@s@@' rsync -az dist/ deploy@91.218.160.14:/var/www/zardolu
""", words_pw())

# ---------------------------------------------------------------- Terraform / Ansible / Docker
add("blind-kg/terraform/yandex-oauth", "infra/yc/provider.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs", """\
provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1g@@c@@"
  folder_id = "b1g@@f@@"
  zone      = "ru-central1-a"
}
""", "y0_" + fakes.drawn(_seed(), 55, ALNUM + "-_"), c=fakes.drawn(_seed(), 17, string.ascii_lowercase + string.digits), f=fakes.drawn(_seed(), 17, string.ascii_lowercase + string.digits))

add("blind-kg/terraform/decoy-variable", "infra/yc/variables.tf", DOC_TF, """\
variable "yc_token" {
  description = "OAuth-токени Yandex Cloud (аз TF_VAR_yc_token)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("blind-kg/terraform/tfvars-db-password", "infra/hetzner/prod.auto.tfvars", DOC_TF, """\
location      = "fsn1"
server_type   = "cx32"
shop_domain   = "shop.zardolu-isfara.tj"
db_password   = "@@s@@"
backup_window = "02:00-04:00"
""", rand_pw(24))

add("blind-kg/terraform/decoy-state-hash", "infra/hetzner/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """\
provider "registry.terraform.io/hetznercloud/hcloud" {
  version     = "1.47.0"
  constraints = "~> 1.47"
  hashes = [
    "h1:@@a@@",
    "zh:@@b@@",
    "zh:@@c@@",
  ]
}
""", a=base64.b64encode(bytes.fromhex(hexs(64))).decode(), b=hexs(64), c=hexs(64))

add("blind-kg/ansible/vars-password", "ansible/group_vars/dryers.yml", DOC_ANSIBLE, """\
# Сенсорҳои ҳарорати хушккунакҳо (Raspberry Pi)
mqtt_host: mqtt.coop-konibodom.tj
mqtt_user: dryer
mqtt_password: "@@s@@"
dryer_ids: [1, 2, 3, 4]
temp_alert_c: 65
""", rand_pw(16))

add("blind-kg/ansible/decoy-vault-encrypted", "ansible/group_vars/vault.yml", DOC_VAULT, """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("blind-kg/ansible/decoy-vault-lookup", "ansible/roles/shop/defaults/main.yml", DOC_ANSIBLE, """\
# Қиматҳои пешфарз барои нақши shop
shop_user: zardolu
shop_db_password: "{{ vault_shop_db_password }}"
shop_stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/shop:stripe') }}"
shop_port: 8080
""")

add("blind-kg/dockerfile/env-api-key", "services/sms/Dockerfile", DOC_DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV SMS_SENDER=ZARDOLU \\
    SMS_API_KEY=@@s@@
CMD ["python", "-m", "sms.worker"]
""", mixed(40))

add("blind-kg/dockerfile/decoy-build-secret", "services/shop/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "server.js"]
""")

add("blind-kg/dockerfile/pip-index-password", "services/export/Dockerfile", DOC_DOCKER, """\
FROM python:3.12-slim
WORKDIR /srv
COPY . .
# Бастаҳои дохилии кооператив
RUN pip install --index-url https://coop:@@s@@@pypi.coop-export.tj/simple/ -r requirements.txt
CMD ["gunicorn", "export.wsgi", "-b", "0.0.0.0:8000"]
""", rand_pw(20))

# ---------------------------------------------------------------- YAML / TOML / INI / JSON / XML configs
add("blind-kg/yaml/courier-api-key", "config/couriers.yml", "https://yaml.org/spec/1.2.2/", """\
# Хадамоти расонидан
couriers:
  express_tj:
    base_url: https://api.express.tj/v1
    api_key: @@s@@
  post_tj:
    base_url: https://pochta.tj/api
    enabled: false
""", mixed(36))

add("blind-kg/yaml/decoy-placeholders", "config/couriers.example.yml", "https://yaml.org/spec/1.2.2/", """\
couriers:
  express_tj:
    base_url: https://api.express.tj/v1
    api_key: CHANGE_ME
  dhl:
    api_key: "<dhl-key>"
    api_secret: "<dhl-secret>"
""")

add("blind-kg/yaml/decoy-sops-encrypted", "config/secrets.enc.yaml", DOC_SOPS, """\
sms_api_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-07-14T08:12:44Z"
  version: 3.8.1
""", d=base64.b64encode(bytes.fromhex(hexs(32))).decode(),
    iv=base64.b64encode(bytes.fromhex(hexs(32))).decode(), t=base64.b64encode(bytes.fromhex(hexs(32))).decode(),
    r=fakes.drawn(_seed(), 58, "023456789acdefghjklmnpqrstuvwxyz"))

add("blind-kg/toml/pypi-token", "rubob-tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-kg/toml/cargo-registry-token", "infra/hcloud-scaler/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# ~/.cargo/credentials.toml — нашри crate-и hcloud-scaler
# (маҳаллӣ; ба CI гузошта нашавад)
[registry]
token = "@@s@@"

[registries.coop]
credential-provider = "cargo:token-from-stdout pass show cargo/coop"
""", "cio" + fakes.drawn(_seed(), 32))

add("blind-kg/toml/decoy-netlify", "rubob-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_STRIPE_KEY = "pk_live_@@pk@@"
""", pk=mixed(24))

add("blind-kg/ini/odbc-password", "ledger/odbc.ini", DOC_INI, """\
[CoopLedger]
Driver = ODBC Driver 18 for SQL Server
Server = sql.coop.local
Database = Ledger
UID = ledger_ro
PWD = @@s@@
""", words_pw())

add("blind-kg/ini/decoy-setup-cfg", "rubob-tools/setup.cfg", DOC_INI, """\
[metadata]
name = rubob-tools
version = 0.3.1
author = Устохонаи рубобсозии Душанбе

[options]
install_requires = requests>=2.31
""")

add("blind-kg/ini/aws-credentials", "ops/aws/credentials", DOC_AWS, """\
[default]
region = eu-central-1

[coop-export]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kg/json/service-account-key", "export-service/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "coop-export-tj",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "export-bot@coop-export-tj.iam.gserviceaccount.com",
  "client_id": "1@@cid@@"
}
""", fakes.fake_pem(_seed()).replace("\n", "\\n") + "\\n", kid=hexs(40), pk="@@s@@",
    cid=str(_rng().randint(10**19, 10**20)))

add("blind-kg/json/decoy-package-lock", "rubob-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "rubob-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "15.8.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.8.0.tgz",
      "integrity": "sha512-@@h@@"
    }
  }
}
""", h=base64.b64encode(bytes.fromhex(hexs(128))).decode())

add("blind-kg/json/vscode-rest-token", "rubob-web/.vscode/settings.json", DOC_JSON, """\
{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "baseUrl": "https://api.rubob.tj/v1",
      "token": "@@s@@"
    }
  }
}
""", fk("rbk_live_", 40))

add("blind-kg/json/decoy-firebase-web-config", "rubob-web/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "projectId": "rubob-tj",
  "authDomain": "rubob-tj.firebaseapp.com",
  "storageBucket": "rubob-tj.appspot.com",
  "messagingSenderId": "@@sid@@",
  "appId": "1:@@sid@@:web:@@app@@",
  "measurementId": "G-@@m@@"
}
""", sid=str(_rng().randint(10**11, 10**12)), app=hexs(22), m=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

_v = words_pw()
add("blind-kg/json/docker-config-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """\
{
  "auths": {
    "registry.zardolu.tj": {
      "auth": "@@b@@"
    }
  },
  "credsStore": ""
}
""", _v, b=b64("ci-deploy:" + _v))

add("blind-kg/json/decoy-docker-credhelper", "ops/docker/config.ci.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": { "registry.zardolu.tj": {} },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
""")

add("blind-kg/xml/maven-settings-password", "export-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <!-- Анбори бастаҳои кооператив -->
    <server>
      <id>coop-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-kg/xml/decoy-maven-encrypted", "export-service/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>coop-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-kg/xml/nuget-cleartext", "CoopLedger/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="coop" value="https://nuget.coop.local/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <coop>
      <add key="Username" value="ledger-ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </coop>
  </packageSourceCredentials>
</configuration>
""", rand_pw(22))

add("blind-kg/xml/customs-soap-password", "export-service/src/main/resources/customs-client.xml", "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Пайвастшавӣ ба системаи электронии гумруки ҶТ (декларатсияи содирот) -->
<client>
  <endpoint>https://edecl.customs.tj/ws/ExportDeclaration</endpoint>
  <wsse:UsernameToken xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
    <wsse:Username>coop_konibodom</wsse:Username>
    <wsse:Password>@@s@@</wsse:Password>
  </wsse:UsernameToken>
</client>
""", words_pw())

add("blind-kg/xml/decoy-public-cert", "export-service/src/main/resources/customs-trust.xml", DOC_XML, """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Сертификати оммавии сервери гумрук (public) -->
<trust>
  <certificate>
-----BEGIN CERTIFICATE-----
MIIB@@a@@
@@b@@
-----END CERTIFICATE-----
  </certificate>
</trust>
""", a=fakes.drawn(_seed(), 60, ALNUM + "+/"), b=fakes.drawn(_seed(), 44, ALNUM + "+/"))

# ---------------------------------------------------------------- SQL / logs / CSV / notebooks
add("blind-kg/sql/create-role-password", "db/migrations/0007_report_role.sql", DOC_SQL, """\
-- Нақши танҳо-хондан барои ҳисоботи кооператив
CREATE ROLE report_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE harvest TO report_ro;
GRANT USAGE ON SCHEMA public TO report_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;
""", words_pw())

add("blind-kg/sql/decoy-password-hash", "db/seed/users.sql", DOC_SQL, """\
-- Истифодабарандагони админ (паролҳо bcrypt)
INSERT INTO users (email, name, password_hash) VALUES
  ('rais@coop-konibodom.tj', 'Раис', '$2b$12$@@a@@'),
  ('hisobdor@coop-konibodom.tj', 'Ҳисобдор', '$2b$12$@@b@@');
-- рамзи ибтидоӣ ба почта фиристода мешавад
""", a=fakes.drawn(_seed(), 53, ALNUM + "./"), b=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-kg/sql/api-key-insert", "db/seed/integrations.sql", DOC_SQL, """\
-- Интегратсияҳо
INSERT INTO integrations (name, api_key, enabled) VALUES
  ('express_tj', '@@s@@', true),
  ('post_tj', NULL, false);
UPDATE integrations SET updated_at = now();
""", mixed(40))

add("blind-kg/log/leaked-auth-header", "logs/courier-api-2024-08-02.log", DOC_LOG, """\
2024-08-02T06:14:02Z INFO  courier-api starting on :8080
2024-08-02T06:14:09Z DEBUG POST /v1/shipments headers={"Authorization":"Bearer @@s@@","Content-Type":"application/json"}
2024-08-02T06:14:09Z INFO  shipment created id=SHP-24-08-0117 from=Isfara to=Moscow kg=480
2024-08-02T06:15:40Z WARN  retry express_tj timeout
2024-08-02T06:15:44Z INFO  shipment SHP-24-08-0117 label ready
""", fk("ext_live_", 40))

add("blind-kg/log/decoy-redacted", "logs/sms-worker-2024-08-02.log", DOC_LOG, """\
2024-08-02T07:00:00Z INFO  sms-worker up, provider=infobip key=***redacted***
2024-08-02T07:00:05Z INFO  sent to=+99290xxxxxxx text="Зардолуи шумо қабул шуд: 120 кг"
2024-08-02T07:00:05Z DEBUG response messageId=@@m@@
2024-08-02T07:01:12Z INFO  sent to=+99293xxxxxxx text="Пардохт: 4 800 сомонӣ"
2024-08-02T07:01:12Z DEBUG response messageId=@@n@@
""", m=uuid_s(), n=uuid_s())

add("blind-kg/log/db-url-in-traceback", "logs/export-crash.txt", DOC_LOG, """\
Traceback (most recent call last):
  File "/srv/export/app.py", line 41, in <module>
    engine = create_engine(settings.DATABASE_URL)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server
(Background on this error at: https://sqlalche.me/e/20/e3q8)
url=postgresql://export_app:@@s@@@db.coop-export.internal:5432/export
""", rand_pw(20))

add("blind-kg/csv/farmer-portal-passwords", "data/portal_accounts.csv", DOC_CSV, """\
деҳа,ному насаб,телефон,логин,парол
Чоркӯҳ,Раҳимов Б.,+992 92 700 11 22,rahimov_b,@@s@@
Ворух,Назарова М.,+992 93 455 10 01,nazarova_m,
Шӯрооб,Каримов Ф.,+992 90 120 33 44,karimov_f,
Қулкенди,Саидов А.,+992 91 801 77 65,saidov_a,
""", words_pw())

add("blind-kg/csv/decoy-order-ids", "data/orders_2024_08.csv", DOC_CSV, """\
order_id,payment_intent,customer,item,amount_usd
1041,pi_@@a@@,Berlin,Рубоби помирӣ,640
1042,pi_@@b@@,Almaty,Зардолуи хушк 10 кг,58
1043,pi_@@c@@,Moscow,Дутор,310
1044,pi_@@d@@,Dubai,Зардолуи хушк 25 кг,135
""", a=mixed(24), b=mixed(24), c=mixed(24), d=mixed(24))

add("blind-kg/notebook/api-key-cell", "analysis/prices.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Нархи зардолуи хушк дар бозорҳо"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "API_KEY = \\"@@s@@\\"\\n",
              "r = requests.get('https://api.commodities.example.net/v1/prices', params={'key': API_KEY, 'q': 'dried apricot'})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", mixed(32))

add("blind-kg/notebook/decoy-getpass", "analysis/exports.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\\n", "os.environ['DB_PASSWORD'] = getpass.getpass('Парол: ')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = load_exports(password=os.environ['DB_PASSWORD'])"]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- docs, wikis, notes, runbooks
add("blind-kg/markdown/runbook-password", "docs/runbooks/dryer-sensors.md", DOC_MD, """\
# Дастур: сенсорҳои хушккунак

1. Ба Raspberry Pi пайваст шавед: `ssh pi@10.0.8.21`
2. Брокери MQTT: `mqtt.coop-konibodom.tj:8883`, корбар `dryer`,
   парол `@@s@@`
3. Агар ҳарорат > 65°C бошад, хушккунакро хомӯш кунед.
""", rand_pw(16))

add("blind-kg/markdown/decoy-setup-guide", "docs/setup.md", DOC_MD, """\
# Насб кардан (Setup)

1. `cp .env.example .env`
2. Калиди Stripe-ро аз Dashboard гиред ва `STRIPE_SECRET_KEY=sk_live_...` гузоред.
3. Токени ботро аз @BotFather гиред: `TG_BOT_TOKEN=123456:ABC-DEF...`
4. `docker compose up -d`
""")

add("blind-kg/markdown/table-sms-key", "docs/integrations.md", DOC_MD, """\
# Интегратсияҳо

| Хидмат | Суроға | Калид |
|---|---|---|
| SMS (агрегатор) | https://sms-gw.tj/api/v2 | `@@s@@` |
| Express.tj | https://api.express.tj/v1 | дар Vault |
| Alif | https://web.alif.tj/v2 | дар Vault |
""", mixed(32))

add("blind-kg/markdown/decoy-masked-table", "docs/secrets-inventory.md", DOC_MD, """\
# Рӯйхати сирҳо (ҷои нигоҳдорӣ)

| Сир | Ҷой | Охирин иваз |
|---|---|---|
| STRIPE_SECRET_KEY | Vault `kv/shop/stripe` | 2024-06-01 |
| TG_BOT_TOKEN | GitHub Secrets | 2024-05-12 |
| INFOBIP_API_KEY | `a91c…` (охирин 4 аломат) | 2024-07-20 |
""")

add("blind-kg/markdown/readme-telegram", "bots/README.md", DOC_MD, """\
# harvest-bot

Боти Telegram, ки нархи рӯзонаи зардолуи хушкро нишон медиҳад.

```bash
export TG_BOT_TOKEN=@@s@@
python -m bots.harvest_bot
```
""", fakes.telegram_token(_seed()))

add("blind-kg/rst/db-password", "docs/source/deploy.rst", DOC_RST, """\
Ҷойгиркунӣ (Deploy)
===================

Пойгоҳи додаҳо::

    psql "postgresql://export_app:@@s@@@db.coop-export.internal/export"

Баъд аз ин ``make migrate`` -ро иҷро кунед.
""", rand_pw(18))

add("blind-kg/rst/decoy-example", "docs/source/api.rst", DOC_RST, """\
API-и мағоза
============

Дархост бо калид::

    curl -H "X-Api-Key: $RUBOB_API_KEY" https://api.rubob.tj/v1/instruments

Калидро дар кабинети шахсӣ эҷод кунед; дар ҳуҷҷат ҳеҷ гоҳ калиди воқеӣ нанависед.
""")

add("blind-kg/html/wiki-courier-login", "wiki/couriers.html", DOC_HTML, """\
<!doctype html>
<html lang="tg"><head><meta charset="utf-8"><title>Курерҳо — вики</title></head>
<body>
<h1>Курерҳо</h1>
<p>Кабинети Express.tj: <code>https://cabinet.express.tj</code>, логин <code>zardolu_isfara</code>,
парол <code>@@s@@</code> (танҳо барои менеҷерҳо).</p>
</body></html>
""", words_pw())

add("blind-kg/html/decoy-stripe-js", "zardolu-shop/public/pay.html", DOC_HTML, """\
<!doctype html>
<html lang="tg"><head><meta charset="utf-8"><script src="https://js.stripe.com/v3/"></script></head>
<body>
<script>
  const stripe = Stripe('pk_live_@@pk@@'); // калиди оммавӣ
  const elements = stripe.elements({ locale: 'ru' });
</script>
</body></html>
""", pk=mixed(24))

add("blind-kg/notes/txt-alif-credentials", "notes/alif-merchant.txt", "https://www.rfc-editor.org/rfc/rfc2046", """\
Alif — шартнома бо мағозаи рубоб (2024-03)
Менеҷер: Шаҳло, +992 93 xxx xx xx
merchant_id: rubob-dushanbe-0042
merchant_key: @@s@@
Тестӣ: https://test-web.alif.tj, истеҳсолӣ: https://web.alif.tj
""", mixed(32))

add("blind-kg/notes/decoy-todo", "notes/todo-security.txt", "https://www.rfc-editor.org/rfc/rfc2046", """\
Корҳо (амният):
- калиди Stripe-ро иваз кардан (rotate) — анҷом, нав дар Vault
- токени боти Telegram: /revoke дар BotFather, навро ба GitHub Secrets
- пароли MQTT: TODO
- .env аз таърихи git тоза шуд (BFG)
""")

add("blind-kg/notes/org-mode-ssh", "notes/servers.org", "https://orgmode.org/manual/", """\
* Серверҳо
** shop-1 (Hetzner fsn1)
   - ip: 91.218.160.14
   - root пароли консол: @@s@@
** shop-2
   - танҳо калиди SSH
""", words_pw())

# ---------------------------------------------------------------- shell histories and client configs
add("blind-kg/history/mysql-password", "home/deploy/.bash_history", DOC_HIST, """\
cd /var/www/zardolu
git pull
systemctl restart zardolu-shop
mysql -u root -p@@s@@ -e 'SHOW DATABASES;'
tail -f /var/log/nginx/error.log
""", rand_pw(14))

add("blind-kg/history/export-token", "home/farrukh/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1722580012:0;cd ~/src/rubob-web
: 1722580040:0;export GITHUB_TOKEN=@@s@@
: 1722580051:0;gh release create v2.3.0 --notes 'Рубоби нав'
: 1722580100:0;unset GITHUB_TOKEN
: 1722580130:0;ls
""", fakes.github_fine_grained_token(_seed()))

add("blind-kg/history/decoy-commands", "home/ops/.bash_history", DOC_HIST, """\
vault kv get -field=key kv/shop/stripe
aws sts get-caller-identity --profile coop-export
kubectl -n export get secret export-db -o yaml
sha256sum release.tar.gz
gpg --verify release.tar.gz.sig
""")

add("blind-kg/npmrc/auth-token", "rubob-web/.npmrc", DOC_NPMRC, """\
registry=https://registry.npmjs.org/
@rubob:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@s@@
save-exact=true
fund=false
""", fakes.github_token(_seed()))

add("blind-kg/npmrc/decoy-env-token", "zardolu-shop/.npmrc", DOC_NPMRC, """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("blind-kg/pgpass/password", "home/report/.pgpass", DOC_PGPASS, """\
# host:port:database:user:password
db.coop.internal:5432:harvest:report:@@s@@
localhost:5432:harvest_dev:dev:
# ҳисобот ҳар душанбе
# cron: 0 6 * * 1
""", rand_pw(20))

add("blind-kg/netrc/api-password", "home/ci/.netrc", DOC_NETRC, """\
machine api.express.tj
  login zardolu_isfara
  password @@s@@
machine github.com
  login rubob-ci
""", mixed(28))

add("blind-kg/git-credentials/token-url", "home/ci/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://rubob-ci:@@s@@@github.com
""" + "\n".join(["# " + x for x in ["git config credential.helper store", "танҳо барои CI", "иваз: ҳар 90 рӯз", "соҳиб: Фаррух"]]) + "\n",
    fakes.github_token(_seed()))

add("blind-kg/ssh-key/openssh-private", "ops/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", """\
@@s@@
""" + "\n", fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-kg/ssh-key/decoy-public-key", "ops/keys/deploy_ed25519.pub", "https://man.openbsd.org/ssh-keygen", """\
# Калиди оммавии деплой (public) — ба authorized_keys илова кунед
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@zardolu-shop
# Изи ангушт (fingerprint):
# SHA256:@@f@@
# сохта шуд: 2024-05-02
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-kg/ssh-config/decoy-identity-file", "home/deploy/.ssh/config", DOC_SSH, """\
Host shop-1
  HostName 91.218.160.14
  User deploy
  IdentityFile ~/.ssh/deploy_ed25519
  IdentitiesOnly yes
""")

add("blind-kg/kubeconfig/bearer-token", "ops/kube/export.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: export
    cluster: { server: "https://k8s.coop-export.tj:6443" }
users:
  - name: ci
    user:
      token: @@s@@
contexts:
  - name: export
    context: { cluster: export, user: ci }
current-context: export
""", jwt_like())

add("blind-kg/rclone/s3-secret", "ops/rclone/rclone.conf", "https://rclone.org/s3/", """\
[coop-docs]
type = s3
provider = AWS
access_key_id = @@kid@@
secret_access_key = @@s@@
region = eu-central-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kg/rclone/decoy-obscured-env", "ops/rclone/rclone.ci.conf", "https://rclone.org/docs/#environment-variables", """\
[coop-docs]
type = s3
provider = AWS
env_auth = true
region = eu-central-1
""")

# ---------------------------------------------------------------- more services, more carriers
add("blind-kg/go/slack-bot-token", "ops/cmd/harvest-digest/main.go", "https://api.slack.com/authentication/token-types#bot", """\
package main

import "github.com/slack-go/slack"

// Хулосаи рӯзонаи қабули зардолу ба канали #hosil
func main() {
	api := slack.New("@@s@@")
	_, _, _ = api.PostMessage("C07HOSIL01", slack.MsgOptionText("Имрӯз қабул шуд: 12.4 т", false))
}
""", "xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + fakes.drawn(_seed(), 24))

add("blind-kg/yaml/cloudflare-token", "ops/ddns/config.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """\
# DDNS барои сервери хонагии устохона
cloudflare:
  zone: rubob.tj
  record: workshop.rubob.tj
  api_token: @@s@@
interval: 300
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-kg/javascript/mapbox-secret", "zardolu-shop/scripts/upload-tiles.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
// Харитаи боғҳои зардолу (Исфара, Конибодом) ба Mapbox
const { execSync } = require('child_process');
const TOKEN = '@@s@@';
execSync(`MAPBOX_ACCESS_TOKEN=${TOKEN} tilesets upload-source zardolu orchards orchards.geojson`);
console.log('Бор карда шуд');
""", "sk.eyJ1IjoiemFyZG9sdSIsImEiOiJ" + fakes.drawn(_seed(), 20) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-kg/javascript/decoy-mapbox-public", "zardolu-shop/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
import mapboxgl from 'mapbox-gl';

// Токени оммавӣ (pk.) — барои браузер, маҳдуд бо URL
mapboxgl.accessToken = 'pk.eyJ1IjoiemFyZG9sdSIsImEiOiJ@@a@@In0.@@b@@';
export const map = new mapboxgl.Map({ container: 'map', center: [70.63, 39.98], zoom: 9 });
""", a=fakes.drawn(_seed(), 20), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-kg/python/datadog-api-key", "ops/monitoring/dd_setup.py", "https://docs.datadoghq.com/account_management/api-app-keys/", """\
from datadog import initialize, api

# Мониторинги ҳарорати хушккунакҳо
initialize(api_key="@@s@@", api_host="https://api.datadoghq.eu")

def push(dryer: int, temp_c: float) -> None:
    api.Metric.send(metric="dryer.temp", points=temp_c, tags=[f"dryer:{dryer}"])
""", hexs(32))

add("blind-kg/hcl/vault-token", "infra/vault/policies.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", """\
provider "vault" {
  address = "https://vault.coop-export.tj:8200"
  token   = "@@s@@"
}

resource "vault_policy" "shop" {
  name   = "shop"
  policy = file("shop.hcl")
}
""", "hvs." + fakes.drawn(_seed(), 24))

add("blind-kg/hcl/decoy-vault-ref", "infra/vault/provider.tf", DOC_TF, """\
# VAULT_TOKEN аз муҳит (vault login -method=oidc)
provider "vault" {
  address = "https://vault.coop-export.tj:8200"
}

data "vault_kv_secret_v2" "stripe" {
  mount = "kv"
  name  = "shop/stripe"
}
""")

add("blind-kg/ruby/mailchimp-key", "ops/lib/newsletter.rb", "https://mailchimp.com/developer/marketing/guides/quick-start/", """\
require 'MailchimpMarketing'

# Хабарномаи моҳона: "Ҳосили нав — зардолуи Исфара"
client = MailchimpMarketing::Client.new
client.set_config({ api_key: '@@s@@', server: 'us21' })
puts client.ping.get
""", hexs(32) + "-us21")

add("blind-kg/python/huggingface-token", "analysis/classify_apricots.py", "https://huggingface.co/docs/hub/security-tokens", """\
from huggingface_hub import login
from transformers import pipeline

# Синфбандии сифати зардолуи хушк аз рӯи акс (навъи 1, 2, 3)
login(token="@@s@@")
clf = pipeline("image-classification", model="coop-konibodom/apricot-grade")
print(clf("samples/batch-17.jpg"))
""", fk("hf_", 34))

add("blind-kg/python/decoy-hf-env", "analysis/train.py", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables", """\
import os
from huggingface_hub import login

# HF_TOKEN аз муҳит; дар код нест
login(token=os.environ["HF_TOKEN"])
MODEL = "coop-konibodom/apricot-grade"
""")

add("blind-kg/python/google-oauth-secret", "rubob_site/auth/google.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """\
# Воридшавӣ бо Google барои харидорон
GOOGLE_OAUTH = {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "client_secret": "@@s@@",
    "redirect_uri": "https://rubob.tj/auth/google/callback",
    "scope": ["openid", "email"],
}
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("blind-kg/python/decoy-client-id-only", "rubob_site/auth/google_public.py", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", """\
# Client ID оммавӣ аст (дар саҳифа нишон дода мешавад); client_secret дар Vault
GOOGLE_CLIENT_ID = "@@cid@@.apps.googleusercontent.com"
GOOGLE_CLIENT_SECRET = None  # аз Vault: kv/rubob/google
LOGIN_URL = "https://accounts.google.com/o/oauth2/v2/auth"
SCOPES = ["openid", "email", "profile"]
""", cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("blind-kg/csharp/azure-storage-connection", "CoopLedger/Infra/Blob.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace CoopLedger.Infra;

// Нигоҳдории ҳисобнома-фактураҳо (PDF)
public static class Blob
{
    const string Conn = "DefaultEndpointsProtocol=https;AccountName=coopledger;AccountKey=@@s@@;EndpointSuffix=core.windows.net";
    public static BlobContainerClient Invoices() => new(Conn, "invoices");
}
""", base64.b64encode(bytes.fromhex(hexs(128))).decode())

add("blind-kg/csharp/decoy-user-secrets", "CoopLedger/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
var builder = WebApplication.CreateBuilder(args);
// dotnet user-secrets set "Sms:ApiKey" "..." — дар лоиҳа нигоҳ дошта намешавад
builder.Configuration.AddUserSecrets<Program>();
var smsKey = builder.Configuration["Sms:ApiKey"];
var app = builder.Build();
app.MapGet("/", () => "Ҳисобдории кооператив");
app.Run();
""")

add("blind-kg/kotlin/sms-gateway-basic", "rubob-app/app/src/main/java/tj/rubob/sms/SmsClient.kt", "https://developer.vonage.com/en/api/sms", """\
package tj.rubob.sms

// Рамзи тасдиқ (OTP) тавассути Vonage
object SmsClient {
    const val API_KEY = "@@k@@"
    const val API_SECRET = "@@s@@"
    const val FROM = "RUBOB"
}
""", fakes.drawn_mixed(_seed(), 16), k=hexs(8))

add("blind-kg/java/ldap-bind-password", "export-service/src/main/java/tj/coop/export/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/", """\
package tj.coop.export;

import org.springframework.ldap.core.support.LdapContextSource;

public class LdapConfig {
    // Воридшавии кормандон бо ҳисоби домени кооператив
    public LdapContextSource source() {
        LdapContextSource s = new LdapContextSource();
        s.setUrl("ldaps://dc1.coop.local:636");
        s.setUserDn("CN=svc-export,OU=Service,DC=coop,DC=local");
        s.setPassword("@@s@@");
        return s;
    }
}
""", words_pw())

add("blind-kg/java/decoy-constant-names", "export-service/src/main/java/tj/coop/export/Keys.java", DOC_JAVA, """\
package tj.coop.export;

// Номҳои калидҳо дар Vault — худи қиматҳо нестанд
public final class Keys {
    public static final String DHL_PASSWORD = "dhl.password";
    public static final String CUSTOMS_PASSWORD = "customs.ws.password";
    public static final String DB_PASSWORD_ENV = "DB_PASSWORD";
}
""")

add("blind-kg/php/json-in-string", "rubob-shop/app/Courier/Express.php", DOC_PHP, """\
<?php
// Танзимоти курер аз як сатри JSON (мерос аз версияи кӯҳна)
$cfg = json_decode('{"base":"https://api.express.tj/v1","login":"rubob","token":"@@s@@","timeout":20}', true);

function expressHeaders(array $cfg): array {
    return ['Authorization: Token ' . $cfg['token'], 'Accept: application/json'];
}
""", mixed(40))

add("blind-kg/php/decoy-hash-compare", "rubob-shop/app/Payments/AlifCallback.php", DOC_PHP, """\
<?php
// Санҷиши имзои callback-и Alif (HMAC) — калид аз env
function verify(array $payload, string $signature): bool {
    $expected = hash_hmac('sha256', $payload['order_id'] . $payload['amount'], getenv('ALIF_MERCHANT_KEY'));
    // мисол: 3f2a9c1e... (ҳеш, на калид)
    return hash_equals($expected, $signature);
}
""")

add("blind-kg/composer/auth-json", "rubob-shop/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
  "github-oauth": {
    "github.com": "@@s@@"
  },
  "http-basic": {}
}
""", fakes.github_token(_seed()))

add("blind-kg/bundler/gem-source-token", "ops/.bundle/config", "https://bundler.io/v2.5/man/bundle-config.1.html", """\
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_DEPLOYMENT: "true"
BUNDLE_GEMS__COOP__TJ: "ci:@@s@@"
BUNDLE_WITHOUT: "development:test"
""", rand_pw(24))

add("blind-kg/pip-conf/index-password", "ops/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://ci:@@s@@@pypi.coop-export.tj/simple/
# бастаҳои дохилӣ: coop-customs, coop-phyto
""", rand_pw(20))

add("blind-kg/pip-conf/decoy-keyring", "ops/pip/pip.ci.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", """\
[global]
# Парол аз keyring гирифта мешавад
keyring-provider = subprocess
extra-index-url = https://ci@pypi.coop-export.tj/simple/
timeout = 60
""")

add("blind-kg/jenkinsfile/heredoc-token", "ci/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        sh '''
          cat > .deploy.env <<EOF
DEPLOY_TOKEN=@@s@@
EOF
          ./scripts/deploy.sh
        '''
      }
    }
  }
}
""", mixed(40))

add("blind-kg/jenkinsfile/decoy-credentials-binding", "ci/Jenkinsfile.release", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
  agent any
  stages {
    stage('Release') {
      steps {
        withCredentials([string(credentialsId: 'deploy-token', variable: 'DEPLOY_TOKEN')]) {
          sh './scripts/deploy.sh'
        }
      }
    }
  }
}
""")

add("blind-kg/azure-pipelines/decoy-variable-group", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
variables:
  - group: coop-ledger-secrets
pool: { vmImage: ubuntu-latest }
steps:
  - script: dotnet test
  - script: ./deploy.sh
    env: { SQL_PASSWORD: $(SqlPassword) }
""")

add("blind-kg/drone/plain-secret", ".drone.yml", "https://docs.drone.io/pipeline/docker/syntax/", """\
kind: pipeline
type: docker
name: default
steps:
  - name: notify
    image: appleboy/drone-telegram
    settings:
      token: @@s@@
      to: -1001234567890
      message: "Сохт анҷом ёфт ✅"
""", fakes.telegram_token(_seed()))

add("blind-kg/systemd/env-password", "ops/systemd/courier-tracker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Пайгирии курерҳо
After=network.target

[Service]
Environment="MYSQL_DSN=tracker:@@s@@@tcp(127.0.0.1:3306)/courier"
ExecStart=/usr/local/bin/tracker
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-kg/systemd/decoy-credential-file", "ops/systemd/sms-worker.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=SMS worker (огоҳиҳо ба деҳқонон)

[Service]
LoadCredentialEncrypted=sms-key:/etc/credstore.encrypted/sms-key
ExecStart=/usr/local/bin/sms-worker --key-file=${CREDENTIALS_DIRECTORY}/sms-key
Restart=on-failure
""")

add("blind-kg/nginx/decoy-htpasswd-ref", "ops/nginx/admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    listen 443 ssl;
    server_name admin.zardolu-isfara.tj;
    ssl_certificate     /etc/letsencrypt/live/admin.zardolu-isfara.tj/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.zardolu-isfara.tj/privkey.pem;
    auth_basic "Танҳо барои кормандон";
    auth_basic_user_file /etc/nginx/.htpasswd;
}
""")

add("blind-kg/htpasswd/decoy-apr1-hash", "ops/nginx/htpasswd.txt", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# htpasswd — ҳешҳо (apr1), на паролҳо
rais:$apr1$@@a@@$@@b@@
hisobdor:$apr1$@@c@@$@@d@@
anbordor:$apr1$@@e@@$@@f@@
# илова: htpasswd -B ops/nginx/htpasswd.txt <ном>
""", a=fakes.drawn(_seed(), 8), b=fakes.drawn(_seed(), 22, ALNUM + "./"), c=fakes.drawn(_seed(), 8),
    d=fakes.drawn(_seed(), 22, ALNUM + "./"), e=fakes.drawn(_seed(), 8), f=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-kg/crontab/curl-password", "ops/cron/coop.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# Нархи асъор аз Бонки миллӣ ҳар саҳар
0 7 * * * curl -fsS https://nbt.tj/ru/kurs/export_xml.php -o /srv/rates.xml
# Ҳисобот ба FTP-и бонк
30 7 * * 1 curl -T /srv/report.xlsx ftp://coop_konibodom:@@s@@@ftp.bank.example.tj/in/
0 3 * * * /srv/scripts/backup-db.sh
""", rand_pw(14))

add("blind-kg/makefile/decoy-env-use", "Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
.PHONY: deploy test

test:
\tpytest -q

deploy:
\t@test -n "$(DEPLOY_TOKEN)" || (echo "DEPLOY_TOKEN лозим аст" && exit 1)
\tcurl -fsS -H "Authorization: Bearer $(DEPLOY_TOKEN)" https://deploy.rubob.tj/hooks/web
""")

add("blind-kg/makefile/registry-password", "services/export/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
REGISTRY := registry.zardolu.tj
REGISTRY_PASSWORD := @@s@@

login:
\techo $(REGISTRY_PASSWORD) | docker login $(REGISTRY) -u ci --password-stdin

push: login
\tdocker push $(REGISTRY)/export:latest
""", rand_pw(22))

add("blind-kg/cloud-init/user-password", "infra/hetzner/cloud-init.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords", """\
#cloud-config
hostname: shop-3
chpasswd:
  expire: false
  users:
    - name: deploy
      password: @@s@@
      type: text
packages: [nginx, docker.io]
""", words_pw())

add("blind-kg/serverless/decoy-ssm", "services/phyto-cert/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """\
service: phyto-cert
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    CUSTOMS_PASSWORD: ${ssm:/coop/export/customs-password}
    DB_URL: ${ssm:/coop/export/db-url}
functions:
  issue: { handler: handler.issue }
""")

add("blind-kg/wrangler/api-token-var", "rubob-web/edge/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """\
name = "rubob-edge"
main = "src/index.ts"
compatibility_date = "2024-06-01"

[vars]
ORIGIN = "https://rubob.tj"
SHOP_API_TOKEN = "@@s@@"
""", mixed(36))

add("blind-kg/fastlane/decoy-app-store-connect", "RubobiOS/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """\
app_identifier("tj.rubob.app")
apple_id(ENV["FASTLANE_APPLE_ID"])
itc_team_id("@@t@@")
team_id("@@u@@")
# Калиди App Store Connect: ENV["ASC_KEY_PATH"]
""", t=str(_rng().randint(10**8, 10**9)), u=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("blind-kg/fastlane/asc-key-content", "RubobiOS/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """\
lane :beta do
  api_key = app_store_connect_api_key(
    key_id: "@@kid@@",
    issuer_id: "@@iss@@",
    key_content: "@@s@@"
  )
  upload_to_testflight(api_key: api_key)
end
""", fakes.fake_pem(_seed(), "EC").replace("\n", "\\n"), kid=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), iss=uuid_s())

add("blind-kg/properties/decoy-local-example", "rubob-app/local.properties.example", "https://developer.android.com/build/gradle-tips", """\
## Ин файлро ба local.properties нусха кунед
sdk.dir=/path/to/Android/sdk
MAPS_KEY=
RUBOB_STORE_PASSWORD=
RUBOB_KEY_PASSWORD=
""")

add("blind-kg/yaml/spring-mail-password", "export-service/src/main/resources/application-mail.yml", DOC_JAVA, """\
spring:
  mail:
    host: smtp.mail.ru
    port: 465
    username: export@coop-konibodom.tj
    password: @@s@@
    properties:
      mail.smtp.ssl.enable: true
""", rand_pw(20))

add("blind-kg/yaml/decoy-spring-placeholder", "export-service/src/main/resources/application-mail-ci.yml", DOC_JAVA, """\
spring:
  mail:
    host: smtp.mail.ru
    port: 465
    username: ${MAIL_USER}
    password: ${MAIL_PASSWORD}
""")

add("blind-kg/kustomize/secret-generator-literal", "deploy/kustomize/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", """\
resources: [../../base]
namespace: export
secretGenerator:
  - name: customs-ws
    literals:
      - username=coop_konibodom
      - password=@@s@@
""", words_pw())

add("blind-kg/kustomize/decoy-secret-file-ref", "deploy/kustomize/overlays/stage/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", """\
resources: [../../base]
namespace: export-stage
secretGenerator:
  - name: customs-ws
    envs: [customs.env]   # файл дар .gitignore
""")

# ---------------------------------------------------------------- marketplaces, CRM, messengers
add("blind-kg/python/wildberries-token", "marketplaces/wb_stock.py", "https://openapi.wildberries.ru/general/authorization/en/", """\
import requests

# Бақияи зардолуи хушк дар анборҳои Wildberries (Москва, Қазон)
WB_TOKEN = "@@s@@"

def stocks():
    r = requests.get("https://statistics-api.wildberries.ru/api/v1/supplier/stocks",
                     headers={"Authorization": WB_TOKEN}, params={"dateFrom": "2024-08-01"})
    return r.json()
""", jwt_like())

add("blind-kg/python/ozon-api-key", "marketplaces/ozon_prices.py", "https://docs.ozon.ru/api/seller/en/", """\
import requests

HEADERS = {
    "Client-Id": "1@@cid@@",
    "Api-Key": "@@s@@",
}
# Навсозии нархҳо дар Ozon (зардолу, бодом, мавиз)
requests.post("https://api-seller.ozon.ru/v1/product/import/prices", headers=HEADERS, json={"prices": []})
""", uuid_s(), cid=str(_rng().randint(100000, 999999)))

add("blind-kg/python/decoy-ozon-env", "marketplaces/ozon_orders.py", "https://docs.ozon.ru/api/seller/en/", """\
import os
import requests

HEADERS = {"Client-Id": os.environ["OZON_CLIENT_ID"], "Api-Key": os.environ["OZON_API_KEY"]}
# Фармоишҳои нав аз Ozon
orders = requests.post("https://api-seller.ozon.ru/v3/posting/fbs/list", headers=HEADERS, json={}).json()
""")

add("blind-kg/php/bitrix24-webhook", "rubob-shop/app/Crm/Bitrix.php", "https://apidocs.bitrix24.com/local-integrations/local-webhooks.html", """\
<?php
// Фармоишҳои рубоб ба CRM (Bitrix24)
const BITRIX_HOOK = 'https://rubob.bitrix24.ru/rest/1/@@s@@/';

function addDeal(string $title, int $sum): void {
    file_get_contents(BITRIX_HOOK . 'crm.deal.add.json?' . http_build_query(['fields' => ['TITLE' => $title, 'OPPORTUNITY' => $sum]]));
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("blind-kg/javascript/whatsapp-cloud-token", "rubob-web/server/whatsapp.js", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """\
// Паём ба мизоҷ дар WhatsApp: "Рубоби шумо ба почта супурда шуд"
const WA_TOKEN = '@@s@@';
const PHONE_ID = '1@@pid@@';

async function notify(to, text) {
  return fetch(`https://graph.facebook.com/v19.0/${PHONE_ID}/messages`, { method: 'POST',
    headers: { Authorization: `Bearer ${WA_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, text: { body: text } }) });
}
""", "EAAG" + fakes.drawn(_seed(), 180), pid=str(_rng().randint(10**13, 10**14)))

add("blind-kg/javascript/decoy-whatsapp-env", "rubob-web/server/whatsapp.config.js", DOC_NODE, """\
module.exports = {
  // Токен дар Meta Business Manager эҷод мешавад; ин ҷо танҳо ном
  tokenEnv: 'WA_TOKEN',
  phoneId: process.env.WA_PHONE_ID,
  apiVersion: 'v19.0',
};
""")

add("blind-kg/ruby/etsy-keystring", "ops/lib/etsy_sync.rb", "https://developers.etsy.com/documentation/essentials/authentication", """\
require 'faraday'

# Рубоб ва дутор дар Etsy (бозори ИМА ва Аврупо)
ETSY = Faraday.new('https://openapi.etsy.com/v3/application') do |f|
  f.headers['x-api-key'] = '@@s@@'
  f.headers['Authorization'] = "Bearer #{ENV['ETSY_OAUTH']}"
end
""", fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("blind-kg/python/amazon-refresh-token", "marketplaces/amazon_sp.py", "https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api", """\
# Amazon SP-API — зардолуи органикӣ дар amazon.de
CREDENTIALS = dict(
    refresh_token="@@s@@",
    lwa_app_id="amzn1.application-oa2-client.@@app@@",
    lwa_client_secret=None,  # аз Secrets Manager
)
""", "Atzr|" + fakes.drawn(_seed(), 300, ALNUM + "-_"), app=hexs(32))

add("blind-kg/yaml/decoy-amazon-sm", "marketplaces/amazon.yml", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets.html", """\
amazon_sp:
  marketplace: A1PA6795UKMFR9
  region: eu-west-1
  refresh_token: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:amazon-sp/refresh-AbCdEf"
  lwa_client_secret: "arn:aws:secretsmanager:eu-central-1:123456789012:secret:amazon-sp/lwa-GhIjKl"
""")

add("blind-kg/go/sftp-customs-password", "export/cmd/phyto-upload/main.go", "https://pkg.go.dev/golang.org/x/crypto/ssh", """\
package main

import "golang.org/x/crypto/ssh"

// Бор кардани сертификатҳои фитосанитарӣ ба SFTP-и агентии гумрук
var cfg = &ssh.ClientConfig{
	User:            "coop_isfara",
	Auth:            []ssh.AuthMethod{ssh.Password("@@s@@")},
	HostKeyCallback: ssh.InsecureIgnoreHostKey(),
}

func main() { upload(cfg, "sftp.customs.example.tj:22", "out/") }
""", words_pw())

add("blind-kg/markdown/decoy-phyto-guide", "docs/export/phytosanitary.md", DOC_MD, """\
# Сертификати фитосанитарӣ — тартиб

1. Дархост дар портал: https://portal.example.tj (логин — раиси кооператив)
2. Рақами сертификат: `TJ-PHY-2024-004512` (рақам, махфӣ нест)
3. Ҳеши PDF: `sha256:@@h@@`
4. Парол ба портал — дар Bitwarden, папкаи "Содирот"
""", h=hexs(64))

add("blind-kg/markdown/meeting-notes-token", "docs/meetings/2024-07-18.md", DOC_MD, """\
# Ҷаласаи ҳафтаина — 18.07.2024

- Фаррух: боти нав омода аст, токени муваққатӣ: `@@s@@`
  (баъди санҷиш иваз мекунем)
- Мадина: 14 т зардолу аз Ворух қабул шуд
- Ба DHL декларатсияи CN23 барои 3 рубоб
""", fakes.telegram_token(_seed()))

add("blind-kg/powershell/azure-sp-secret", "ops/Connect-Ledger.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """\
# Пайвастшавӣ ба Azure барои нусхаи эҳтиётии ҳисобдорӣ
$tenant = '@@t@@'
$appId = '@@a@@'
$secret = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", azure_secret(), t=uuid_s(), a=uuid_s())

add("blind-kg/powershell/decoy-placeholder", "ops/Connect-Ledger.example.ps1", DOC_PS, """\
# Нусха: қиматҳоро иваз кунед
$tenant = '<tenant-id>'
$appId = '<app-id>'
$secret = Read-Host -AsSecureString 'Client secret'
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential (New-Object PSCredential($appId, $secret))
""")

_v = mixed(40)
add("blind-kg/shell/split-continuation", "scripts/customs-submit.sh", DOC_SH, """\
#!/usr/bin/env bash
# Фиристодани декларатсия ба гумрук
API=https://edecl.customs.example.tj/api/v1
KEY="@@a@@\\
@@b@@"
curl -fsS -H "X-Api-Key: $KEY" -F "file=@$1" "$API/declarations"
""", _v, a=_v[:20], b=_v[20:])

# ---------------------------------------------------------------- last files
add("blind-kg/typescript/supabase-service-role", "rubob-web/scripts/seed-catalog.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from '@supabase/supabase-js';

// Каталоги рубобҳо: навъ, чӯб (тут), пӯст, нарх
const supabase = createClient('https://qzkrubobtj.supabase.co', '@@s@@');

await supabase.from('instruments').insert([{ name: 'Рубоби афғонӣ', wood: 'тут', price_usd: 640 }]);
""", jwt_like())

add("blind-kg/typescript/decoy-supabase-anon", "rubob-web/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from '@supabase/supabase-js';

// Калиди anon оммавӣ аст (бо RLS ҳифз шудааст) — аз import.meta.env
export const supabase = createClient(import.meta.env.PUBLIC_SUPABASE_URL, import.meta.env.PUBLIC_SUPABASE_ANON_KEY);
export const BUCKET = 'instrument-photos';
""")

add("blind-kg/swift/decoy-xcconfig", "RubobiOS/Config/Secrets.example.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Ин файлро ба Secrets.xcconfig нусха кунед ва пур кунед
RUBOB_CLIENT_SECRET = REPLACE_ME
RUBOB_API_HOST = api.rubob.tj
SENTRY_DSN =
MAPBOX_PUBLIC_TOKEN = pk.your-public-token
""")

add("blind-kg/swift/xcconfig-secret", "RubobiOS/Config/Secrets.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Ҳушёр: ин файл бояд дар .gitignore бошад
RUBOB_CLIENT_SECRET = @@s@@
RUBOB_API_HOST = api.rubob.tj
SENTRY_DSN =
MAPBOX_PUBLIC_TOKEN = pk.eyJ1IjoicnVib2IifQ.public
""", mixed(40))

add("blind-kg/csv/decoy-checksums", "releases/SHA256SUMS.csv", DOC_CSV, """\
file,sha256,size
rubob-app-2.3.0.apk,@@a@@,18422011
rubob-app-2.3.0.aab,@@b@@,16877004
zardolu-shop-1.14.2.tar.gz,@@c@@,4410922
export-service-0.9.1.jar,@@d@@,58110433
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

add("blind-kg/log/decoy-ci-masked", "logs/gha-deploy-run-8812.txt", DOC_GHA, """\
2024-08-03T09:12:01Z Run aws-actions/configure-aws-credentials@v4
2024-08-03T09:12:01Z   aws-access-key-id: ***
2024-08-03T09:12:01Z   aws-secret-access-key: ***
2024-08-03T09:12:04Z Run ./scripts/deploy.sh
2024-08-03T09:12:40Z Ҷойгиркунӣ анҷом ёфт
""")

add("blind-kg/python/decoy-cipher-text", "export_docs/fernet_store.py", "https://cryptography.io/en/latest/fernet/", """\
import os
from cryptography.fernet import Fernet

# Пароли портали гумрук — рамзгузорӣ шуда; калид дар FERNET_KEY (муҳит)
ENCRYPTED_PORTAL_PASSWORD = b"gAAAAAB@@c@@"

def portal_password() -> str:
    return Fernet(os.environ["FERNET_KEY"]).decrypt(ENCRYPTED_PORTAL_PASSWORD).decode()
""", c=fakes.drawn(_seed(), 93, ALNUM + "-_") + "=")

add("blind-kg/yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """\
# sentry-cli барои бор кардани source maps
defaults:
  url: https://sentry.io/
  org: rubob-tj
  project: rubob-web
auth:
  token: @@s@@
""", "sntrys_" + fakes.drawn(_seed(), 120))

add("blind-kg/ini/decoy-env-reference", "rubob-web/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """\
[defaults]
org = rubob-tj
project = rubob-web

[auth]
; токен аз SENTRY_AUTH_TOKEN (муҳит)
""")

add("blind-kg/toml/pulumi-access-token", "infra/pulumi/Pulumi.prod.yaml.notes.toml", "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/", """\
# Қайдҳои Pulumi (муваққатӣ)
[backend]
url = "https://api.pulumi.com"
access_token = "@@s@@"

[stack]
name = "coop-export/prod"
""", "pul-" + hexs(40))
