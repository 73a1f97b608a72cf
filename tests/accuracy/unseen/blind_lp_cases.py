"""Blind set LP: an Almaty apple orchards' export office and a kumis dairy's delivery app (Kazakhstan).

The orchards' export office (cold store telemetry, phytosanitary certificates, customs brokers,
freight forwarders, 1C exchange, price lists for buyers) and the kumis dairy's delivery app (courier
Android/iOS clients, order API, Kaspi/payment callbacks, SMS and Telegram notices), with notes and
comments partly in Kazakh (Cyrillic). Generated fakes only (seeds 6610000-6619999).
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
SEED_LO, SEED_HI = 6610000, 6619999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Almaty", "Aport", "Alatau", "Medeu", "Saryarka", "Zhetysu", "Kumys", "Tulpar", "Baiterek",
         "Shymbulak", "Qazyna", "Dala", "Sunkar", "Kokzhal", "Altyn", "Berkut", "Kaskelen", "Talgar"]
LOWER = ["alma", "bak", "qymyz", "saba", "bie", "tau", "ozen", "zhol", "kun", "ai", "qar", "zhel", "dala", "usti"]


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def sentry_dsn_key() -> str:
    return hexs(32)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def jwt_secret() -> str:
    return alnum(48)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"courier-%d","role":"service","iat":1733400000}' % _rng().randint(100, 999)).rstrip("=")
    sig = fakes.drawn(_seed(), 43, ALNUM + "_-")
    return f"{head}.{body}.{sig}"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    if secret is not None:
        text = text.replace("@@secret@@", secret)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOC_ENV = "https://github.com/motdotla/dotenv#usage"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_TS = "https://www.typescriptlang.org/docs/handbook/2/everyday-types.html"
DOC_GO = "https://go.dev/ref/spec"
DOC_JAVA = "https://docs.oracle.com/javase/tutorial/essential/environment/properties.html"
DOC_SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOC_KT = "https://kotlinlang.org/docs/properties.html"
DOC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_PHP = "https://www.php.net/manual/en/language.constants.php"
DOC_RUBY = "https://guides.rubyonrails.org/configuring.html"
DOC_RUST = "https://doc.rust-lang.org/reference/items/constant-items.html"
DOC_SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_MD = "https://spec.commonmark.org/0.31.2/"
DOC_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
DOC_HTML = "https://html.spec.whatwg.org/multipage/"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
DOC_NETRC = "https://everything.curl.dev/usingcurl/netrc"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
DOC_PLIST = "https://developer.apple.com/documentation/bundleresources/information_property_list"
DOC_ANDROID = "https://developer.android.com/build/gradle-tips"
DOC_PGURI = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"

# ---------------------------------------------------------------- .env files

s = rand_pw(20)
add("blind-lp/dotenv/postgres-password", ".env.production", DOC_ENV, """\
# Экспорт кеңсесі — өндіріс ортасы (prod)
APP_NAME=aport-export-office
APP_ENV=production
DB_HOST=pg-export.internal.almaty-orchards.kz
DB_PORT=5432
DB_USER=export_app
DB_PASSWORD=@@secret@@
DB_NAME=export_office
TZ=Asia/Almaty
""", s)

s = telegram()
add("blind-lp/dotenv/telegram-bot", "delivery-bot/.env", DOC_ENV, """\
# Қымыз жеткізу боты — курьерлерге хабарлама
BOT_NAME=QymyzDeliveryBot
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001837264512
DEFAULT_LANG=kk
ORDER_API=https://api.saumal-dairy.kz/v1
""", s)

s = stripe_key()
add("blind-lp/dotenv/stripe-live", "payments/.env.live", DOC_ENV, """\
# Шетелдік сатып алушылар үшін төлем (EUR/USD инвойстар)
STRIPE_PUBLISHABLE_KEY=pk_live_51Almaty0rchardsExp0rtPub1icKey0nly
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=usd
INVOICE_PREFIX=APX-2026-
""", s)

s = sendgrid_key()
add("blind-lp/dotenv/sendgrid", "mailer/.env", DOC_ENV, """\
MAIL_FROM=export@almaty-orchards.kz
MAIL_FROM_NAME="Алматы алма бақтары — экспорт"
# сертификат хаттарын жіберу үшін
SENDGRID_API_KEY="@@secret@@"
MAIL_BCC=archive@almaty-orchards.kz
""", s)

s = redis_pw()
add("blind-lp/dotenv/redis-url", "courier-api/.env.staging", DOC_ENV, """\
NODE_ENV=staging
PORT=8080
# кезек (queue) — курьер тапсырмалары
REDIS_URL=redis://:@@secret@@@redis-stg.saumal.local:6379/2
ORDERS_QUEUE=orders.assign
LOG_LEVEL=debug
""", s)

s = openai()
add("blind-lp/dotenv/openai", "pricebot/.env.local", DOC_ENV, """\
# Баға тізімін аудару (kk/ru/en/zh) — тек жергілікті
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
TRANSLATE_TARGETS=ru,en,zh
GLOSSARY_PATH=./glossary/aport_terms.csv
""", s)

add("blind-lp/dotenv/decoy-placeholder", ".env.example", DOC_ENV, """\
# Мысал файлы: .env ретінде көшіріп, мәндерді толтырыңыз
APP_ENV=development
DB_HOST=localhost
DB_USER=export_app
DB_PASSWORD=<құпия сөзді осында жазыңыз>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=
SENDGRID_API_KEY=SG.your-key-here
""")

add("blind-lp/dotenv/decoy-env-expansion", "courier-api/.env.docker", DOC_ENV, """\
# docker compose ішінде: мәндер хосттың ортасынан келеді
DATABASE_URL=postgres://${PGUSER}:${PGPASSWORD}@db:5432/delivery
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
JWT_SECRET=${JWT_SECRET:?JWT_SECRET орнатылмаған}
KASPI_API_KEY=${KASPI_API_KEY}
""")

add("blind-lp/dotenv/decoy-publishable", "storefront/.env.production", DOC_ENV, """\
# Бұл файлдағы кілттердің бәрі ашық (browser-ге шығады)
NEXT_PUBLIC_STRIPE_KEY=pk_live_51QymyzSaumalPublicKeyForCheckoutWidget01
NEXT_PUBLIC_MAPS_REGION=KZ
NEXT_PUBLIC_SENTRY_ENV=production
NEXT_PUBLIC_API_BASE=https://api.saumal-dairy.kz
NEXT_PUBLIC_DEFAULT_CITY=Алматы
""")

s = aws_secret()
add("blind-lp/dotenv/aws-secret", "coldstore/.env", DOC_ENV, """\
# Тоңазытқыш қойма датчиктері -> S3 (телеметрия архиві)
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
TELEMETRY_BUCKET=aport-coldstore-telemetry
SENSOR_POLL_SECONDS=60
""", s, kid=aws_id())

# ---------------------------------------------------------------- Python

s = words_pw()
add("blind-lp/python/db-connect-arg", "export_office/db.py", DOC_PY, """\
\"\"\"Экспорт кеңсесінің дерекқорына қосылу.\"\"\"
import psycopg2


def connect():
    # TODO: құпия сөзді Vault-қа көшіру керек (Айгүл, наурыз)
    return psycopg2.connect(
        host="10.20.4.15",
        dbname="export_office",
        user="export_reader",
        password="@@secret@@",
    )
""", s)

s = alnum(32)
add("blind-lp/python/customs-api-key", "export_office/customs_client.py", DOC_PY, """\
import requests

# Кеден брокерінің API-і (декларациялар мәртебесі)
BROKER_URL = "https://api.keden-broker.kz/v2"
BROKER_API_KEY = "@@secret@@"


def declaration_status(number: str) -> dict:
    resp = requests.get(f"{BROKER_URL}/declarations/{number}",
                        headers={"X-Api-Key": BROKER_API_KEY}, timeout=15)
    resp.raise_for_status()
    return resp.json()
""", s)

s = django_key()
add("blind-lp/python/django-secret", "dairy_admin/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["admin.saumal-dairy.kz"]
# өндіріс кілті — ауыстыру керек!
SECRET_KEY = '@@secret@@'
LANGUAGE_CODE = "kk"
TIME_ZONE = "Asia/Almaty"
""", s)

s = telegram()
add("blind-lp/python/telegram-split", "bots/notify_couriers.py", DOC_PY, """\
import telegram

# Курьерлерге жаңа тапсырыс туралы хабар
TOKEN = ("@@a@@"
         "@@b@@")
CHAT = -1002211334455


async def notify(order_id: int, address: str) -> None:
    bot = telegram.Bot(TOKEN)
    await bot.send_message(CHAT, f"Жаңа тапсырыс #{order_id}: {address}")
""", s, a=s[:20], b=s[20:])

s = slack_webhook()
add("blind-lp/python/slack-webhook", "coldstore/alerts.py", DOC_PY, """\
import json
import urllib.request

HOOK = "@@secret@@"


def alert(chamber: str, temp_c: float) -> None:
    # Камерадағы температура шектен асты
    body = json.dumps({"text": f":apple: {chamber}: {temp_c:.1f}°C — тексеріңіз!"}).encode()
    urllib.request.urlopen(urllib.request.Request(HOOK, body, {"Content-Type": "application/json"}))
""", s)

s = pem()
add("blind-lp/python/private-key-literal", "export_office/sign_certificate.py", DOC_PY, """\
from cryptography.hazmat.primitives import serialization

# Фитосанитарлық сертификатқа қол қою кілті (уақытша, кейін HSM)
SIGNING_KEY_PEM = b\"\"\"@@secret@@
\"\"\"


def load_key():
    return serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
""", s)

s = rand_pw(24)
add("blind-lp/python/smtp-login", "export_office/send_invoices.py", DOC_PY, """\
import smtplib
from email.message import EmailMessage


def send(msg: EmailMessage) -> None:
    with smtplib.SMTP_SSL("smtp.mail.kz", 465) as smtp:
        # экспорт бөлімінің поштасы
        smtp.login("invoices@almaty-orchards.kz", "@@secret@@")
        smtp.send_message(msg)
""", s)

s = rand_pw(20)
add("blind-lp/python/sqlalchemy-url", "delivery/app/database.py", DOC_PGURI, """\
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# Жеткізу қосымшасының негізгі базасы
ENGINE = create_engine(
    "postgresql+psycopg2://delivery:@@secret@@@pg-main.saumal.local:5432/delivery",
    pool_size=10,
)
SessionLocal = sessionmaker(bind=ENGINE)
""", s)

add("blind-lp/python/decoy-environ", "delivery/app/config.py", DOC_PY, """\
import os

# Барлық құпиялар ортадан оқылады; кодта ештеңе сақтамаймыз
DATABASE_URL = os.environ["DATABASE_URL"]
KASPI_API_KEY = os.environ.get("KASPI_API_KEY", "")
TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
JWT_SECRET = os.environ["JWT_SECRET"]
SMS_PASSWORD = os.getenv("SMS_PASSWORD", "changeme")
""")

add("blind-lp/python/decoy-test-fixture", "delivery/tests/test_auth.py", DOC_PY, """\
import pytest

from app.auth import issue_token, verify_token

# Жалған мәндер — тек тест үшін
FAKE_SECRET = "test-secret-not-for-prod"


@pytest.fixture
def token():
    return issue_token({"sub": "courier-1"}, secret=FAKE_SECRET)


def test_roundtrip(token):
    assert verify_token(token, secret=FAKE_SECRET)["sub"] == "courier-1"
""")

add("blind-lp/python/decoy-hash", "export_office/verify_upload.py", DOC_PY, """\
import hashlib

# Кеденге жіберілген PDF файлдың хэші (сертификат №KZ-2026-0417)
EXPECTED_SHA256 = "@@h@@"


def verify(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED_SHA256
""", h=hexs(64))

add("blind-lp/python/decoy-vault", "export_office/secrets.py", DOC_PY, """\
import hvac

# Құпиялар Vault-та: secret/export-office/*
client = hvac.Client(url="https://vault.almaty-orchards.kz:8200")


def get(name: str) -> str:
    data = client.secrets.kv.v2.read_secret_version(path=f"export-office/{name}")
    return data["data"]["data"]["value"]


DB_PASSWORD = get("db_password")
""")

# ---------------------------------------------------------------- JavaScript / TypeScript

s = alnum(40)
add("blind-lp/javascript/kaspi-header", "courier-api/src/payments/kaspi.js", DOC_JS, """\
const axios = require('axios');

// Kaspi Pay — төлем мәртебесін тексеру
const kaspi = axios.create({
  baseURL: 'https://pay.kaspi.kz/api/v1',
  headers: { 'X-Auth-Token': '@@secret@@' },
  timeout: 10000,
});

module.exports = { kaspi };
""", s)

s = twilio_sid()
tok = hexs(32)
add("blind-lp/javascript/twilio-token", "courier-api/src/sms.js", DOC_JS, """\
// SMS: тапсырыс жолда / жеткізілді
const twilio = require('twilio');
const client = twilio('@@sid@@', '@@secret@@');

async function sendSms(to, text) {
  return client.messages.create({ from: '+77010000000', to, body: text });
}
module.exports = { sendSms };
""", tok, sid=s)

s = jwt_secret()
add("blind-lp/typescript/jwt-secret", "courier-api/src/auth/jwt.ts", DOC_TS, """\
import jwt from 'jsonwebtoken';

// Курьер қосымшасының сессия токендері
const JWT_SECRET: string = process.env.JWT_SECRET ?? '@@secret@@';

export function sign(courierId: number): string {
  return jwt.sign({ sub: `courier-${courierId}` }, JWT_SECRET, { expiresIn: '12h' });
}
""", s)

s = google_api()
add("blind-lp/typescript/google-maps", "courier-app/src/maps/geocode.ts", DOC_TS, """\
// Мекенжайды координатаға айналдыру (Алматы, Қаскелең, Талғар)
const GEOCODE_KEY = '@@secret@@';

export async function geocode(address: string) {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address)}&key=${GEOCODE_KEY}`;
  const res = await fetch(url);
  return (await res.json()).results[0]?.geometry.location;
}
""", s)

s = rand_pw(20)
add("blind-lp/javascript/mongo-uri", "courier-api/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require('mongoose');

// Курьер трекингі (GPS нүктелері)
const uri = 'mongodb+srv://tracker:@@secret@@@cluster0.saumal.mongodb.net/tracking?retryWrites=true';

mongoose.connect(uri).then(() => console.log('Mongo қосылды'));
module.exports = mongoose;
""", s)

add("blind-lp/javascript/decoy-process-env", "courier-api/src/config.js", DOC_JS, """\
// Конфигурация: бәрі ортадан (.env) келеді
module.exports = {
  port: Number(process.env.PORT || 8080),
  mongoUri: process.env.MONGO_URI,
  kaspiToken: process.env.KASPI_TOKEN,
  twilioAuthToken: process.env.TWILIO_AUTH_TOKEN,
  jwtSecret: process.env.JWT_SECRET || '',
};
""")

add("blind-lp/typescript/decoy-masked", "courier-app/src/settings/masked.ts", DOC_TS, """\
// Баптаулар бетінде кілтті жасырып көрсету
export function mask(key: string): string {
  if (key.length < 8) return '********';
  return key.slice(0, 4) + '••••••••' + key.slice(-2);
}

// Мысалы: mask(apiKey) -> 'sk_l••••••••9Q'
export const EXAMPLE_MASKED = 'sk_live_••••••••••••••••9Q';
""")

add("blind-lp/typescript/decoy-firebase-public", "courier-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """\
import { initializeApp } from 'firebase/app';

// Firebase web конфигурациясы — бұл кілттер ашық (public identifiers)
export const app = initializeApp({
  projectId: 'saumal-courier',
  appId: '1:482913374651:web:3fa1c0d9e2b7a4c6',
  messagingSenderId: '482913374651',
  authDomain: 'saumal-courier.firebaseapp.com',
});
""")

# ---------------------------------------------------------------- YAML / Kubernetes / Helm / compose

s = words_pw()
add("blind-lp/k8s-secret/postgres-base64", "deploy/k8s/export-db-secret.yaml", DOC_K8S, """\
# Экспорт кеңсесі — DB құпиясы
apiVersion: v1
kind: Secret
metadata:
  name: export-db
  namespace: export-office
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", s, u=b64("export_app"), p=b64(s))

s = telegram()
add("blind-lp/k8s-secret/telegram-stringdata", "deploy/k8s/bot-secret.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: delivery-bot
  namespace: delivery
  labels:
    app: qymyz-bot
type: Opaque
stringData:
  # курьерлер чатына хабарлама жіберетін бот
  TELEGRAM_BOT_TOKEN: "@@secret@@"
""", s)

add("blind-lp/k8s/decoy-secretkeyref", "deploy/k8s/courier-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: courier-api
  namespace: delivery
spec:
  replicas: 2
  selector:
    matchLabels: {app: courier-api}
  template:
    metadata:
      labels: {app: courier-api}
    spec:
      containers:
        - name: api
          image: registry.saumal-dairy.kz/courier-api:1.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: courier-db, key: password}
            - name: KASPI_TOKEN
              valueFrom:
                secretKeyRef: {name: kaspi, key: token}
""")

add("blind-lp/k8s-secret/decoy-empty", "deploy/k8s/kaspi-secret.template.yaml", DOC_K8S, """\
# Үлгі: мәндерді CI-да sealed-secrets толтырады
apiVersion: v1
kind: Secret
metadata:
  name: kaspi
  namespace: delivery
type: Opaque
data:
  token: ""
  merchant_id: ""
""")

s = redis_pw()
add("blind-lp/compose/redis-command", "docker-compose.yml", DOC_COMPOSE, """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  api:
    build: ./courier-api
    environment:
      REDIS_HOST: redis
    depends_on: [redis]
""", s)

s = rand_pw(20)
add("blind-lp/compose/mysql-env", "export-office/docker-compose.yml", DOC_COMPOSE, """\
# 1С алмасу буфері (MySQL)
services:
  exchange-db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: onec_exchange
      MYSQL_USER: onec
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - exdata:/var/lib/mysql
volumes:
  exdata: {}
""", s)

add("blind-lp/compose/decoy-secrets-file", "docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: delivery
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # git-ке қосылмайды (.gitignore)
""")

s = passphrase()
add("blind-lp/helm/values-password", "charts/courier-api/values-prod.yaml", DOC_HELM, """\
replicaCount: 3
image:
  repository: registry.saumal-dairy.kz/courier-api
  tag: "1.14.2"
postgresql:
  auth:
    username: delivery
    # өндіріс — уақытша, келесі релизде ExternalSecret-ке
    password: "@@secret@@"
    database: delivery
ingress:
  host: api.saumal-dairy.kz
""", s)

add("blind-lp/helm/decoy-existing-secret", "charts/export-office/values.yaml", DOC_HELM, """\
postgresql:
  auth:
    username: export_app
    existingSecret: export-db
    secretKeys:
      userPasswordKey: DB_PASSWORD
smtp:
  host: smtp.mail.kz
  passwordSecretRef: export-smtp   # құпия Secret-те
""")

s = slack_bot()
add("blind-lp/yaml/slack-bot", "ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: coldstore
receivers:
  - name: coldstore
    slack_configs:
      - channel: '#тоңазытқыш-алерт'
        api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: '@@secret@@'
        send_resolved: true
""", s)

s = rand_pw(22)
add("blind-lp/spring/datasource", "export-office/src/main/resources/application-prod.yml", DOC_SPRING, """\
spring:
  datasource:
    url: jdbc:postgresql://10.20.4.15:5432/export_office
    username: export_app
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
# Ескерту: сертификаттар модулі осы базаны қолданады
""", s)

add("blind-lp/spring/decoy-placeholder", "export-office/src/main/resources/application.yml", DOC_SPRING, """\
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/export_office
    username: ${DB_USER:export_app}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.mail.kz
    password: ${SMTP_PASSWORD:}
""")

# ---------------------------------------------------------------- Go

s = words_pw()
add("blind-lp/go/dsn-literal", "coldstore/cmd/collector/main.go", DOC_GO, """\
package main

import (
\t"database/sql"
\t"log"

\t_ "github.com/lib/pq"
)

// Тоңазытқыш камералардың датчиктерінен дерек жинаушы
const dsn = "host=10.20.4.30 user=telemetry password=@@secret@@ dbname=coldstore sslmode=require"

func main() {
\tdb, err := sql.Open("postgres", dsn)
\tif err != nil {
\t\tlog.Fatalf("база ашылмады: %v", err)
\t}
\tdefer db.Close()
\trunCollector(db)
}
""", s)

s = aws_secret()
add("blind-lp/go/aws-static-credentials", "coldstore/internal/archive/s3.go", DOC_GO, """\
package archive

import (
\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/credentials"
)

// S3 архиві: күнделікті температура журналдары
func provider() aws.CredentialsProvider {
\treturn credentials.NewStaticCredentialsProvider(
\t\t"@@kid@@",
\t\t"@@secret@@",
\t\t"",
\t)
}
""", s, kid=aws_id())

s = alnum(36)
add("blind-lp/go/mqtt-password", "coldstore/internal/mqtt/client.go", DOC_GO, """\
package mqtt

import paho "github.com/eclipse/paho.mqtt.golang"

func NewClient() paho.Client {
\topts := paho.NewClientOptions().AddBroker("tls://mqtt.almaty-orchards.kz:8883")
\topts.SetClientID("collector-kaskelen-1")
\topts.SetUsername("collector")
\topts.SetPassword("@@secret@@") // камера шлюзінің пайдаланушысы
\treturn paho.NewClient(opts)
}
""", s)

add("blind-lp/go/decoy-getenv", "coldstore/internal/config/config.go", DOC_GO, """\
package config

import "os"

// Config — бәрі орта айнымалыларынан
type Config struct {
\tDSN          string
\tMQTTPassword string
}

func Load() Config {
\treturn Config{DSN: os.Getenv("COLDSTORE_DSN"), MQTTPassword: os.Getenv("MQTT_PASSWORD")}
}
""")

add("blind-lp/go/decoy-test-constants", "coldstore/internal/mqtt/client_test.go", DOC_GO, """\
package mqtt

import "testing"

// Тест үшін жалған тіркелгі — нақты брокерге қосылмайды
const testUser, testPassword = "collector-test", "not-a-real-password"

func TestOptions(t *testing.T) {
\to := buildOptions(testUser, testPassword)
\tif o.Username != testUser {
\t\tt.Fatalf("күтілген %q, алынған %q", testUser, o.Username)
\t}
}
""")

# ---------------------------------------------------------------- Java / Kotlin / Gradle

s = words_pw()
add("blind-lp/java/jdbc-call", "export-office/src/main/java/kz/aport/export/OneCExchange.java", DOC_JAVA, """\
package kz.aport.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** 1С-пен алмасу: жөнелтілімдер мен инвойстар. */
public final class OneCExchange {
    private static final String URL = "jdbc:sqlserver://onec-sql.office.local:1433;databaseName=ExportBuh";

    public static Connection open() throws SQLException {
        // TODO: пароль конфигтен оқылуы керек
        return DriverManager.getConnection(URL, "onec_sync", "@@secret@@");
    }
}
""", s)

s = rand_pw(16)
add("blind-lp/java/properties", "export-office/src/main/resources/sftp.properties", DOC_JAVA, """\
# Экспедиторға (freight forwarder) SFTP арқылы жөнелту құжаттары
sftp.host=sftp.silkway-forwarding.kz
sftp.port=22
sftp.user=aport_export
sftp.password=@@secret@@
sftp.remoteDir=/inbound/aport
""", s)

add("blind-lp/java/decoy-properties-placeholder", "export-office/src/main/resources/sftp-dev.properties", DOC_JAVA, """\
# Dev: жергілікті SFTP (docker atmoz/sftp)
sftp.host=localhost
sftp.port=2222
sftp.user=${SFTP_USER}
sftp.password=${SFTP_PASSWORD}
sftp.remoteDir=/upload
""")

s = alnum(40)
add("blind-lp/kotlin/api-key-const", "courier-app/android/app/src/main/java/kz/saumal/courier/net/Api.kt", DOC_KT, """\
package kz.saumal.courier.net

import okhttp3.OkHttpClient

// Курьер қосымшасы: тапсырыстар API
object Api {
    private const val BASE = "https://api.saumal-dairy.kz/v1/"
    private const val SERVICE_KEY = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { it.proceed(it.request().newBuilder().header("X-Service-Key", SERVICE_KEY).build()) }
        .build()
}
""", s)

s = words_pw()
add("blind-lp/gradle/signing-password", "courier-app/android/gradle.properties", DOC_GRADLE, """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Релиз қолтаңбасы (Play Market)
SAUMAL_KEYSTORE=../keystore/saumal-release.jks
SAUMAL_KEY_ALIAS=saumal
SAUMAL_STORE_PASSWORD=@@secret@@
SAUMAL_KEY_PASSWORD=@@secret@@
""", s)

add("blind-lp/gradle/decoy-signing-env", "courier-app/android/app/build.gradle.kts", DOC_ANDROID, """\
android {
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("SAUMAL_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("SAUMAL_STORE_PASSWORD")
            keyAlias = "saumal"
            keyPassword = System.getenv("SAUMAL_KEY_PASSWORD")
        }
    }
}
""")

s = google_api()
add("blind-lp/xml/android-manifest-maps", "courier-app/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """\
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Саумал Курьер" android:icon="@mipmap/ic_launcher">
        <!-- Карта: курьер маршруты -->
        <meta-data android:name="com.google.android.geo.API_KEY"
                   android:value="@@secret@@" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", s)

# ---------------------------------------------------------------- C#

s = words_pw()
add("blind-lp/csharp/appsettings-connstr", "ExportOffice.Api/appsettings.Production.json", DOC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Export": "Server=sql-export.office.local;Database=Export;User Id=export_api;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Culture": "kk-KZ",
  "AllowedHosts": "*"
}
""", s)

s = azure_secret()
add("blind-lp/csharp/azure-client-secret", "ExportOffice.Api/Services/GraphMailer.cs", DOC_CS, """\
using Azure.Identity;
using Microsoft.Graph;

namespace ExportOffice.Api.Services;

// Сертификаттарды Outlook арқылы сатып алушыларға жіберу
public static class GraphMailer
{
    private const string TenantId = "5b1f2c7e-0a4d-4e3b-9f61-2d8c7a0b4e19";
    private const string ClientId = "c3e9a1d2-7f40-4b8e-a5d6-91f0e2b3c4a7";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create() =>
        new(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", s)

add("blind-lp/csharp/decoy-user-secrets", "ExportOffice.Api/appsettings.json", DOC_CS, """\
{
  "ConnectionStrings": {
    "Export": "Server=localhost;Database=Export;User Id=export_api;Password=__FROM_USER_SECRETS__"
  },
  "Graph": {
    "TenantId": "5b1f2c7e-0a4d-4e3b-9f61-2d8c7a0b4e19",
    "ClientSecret": ""
  },
  "_comment": "Құпиялар: dotnet user-secrets set Graph:ClientSecret <мән>"
}
""")

# ---------------------------------------------------------------- PHP / Ruby

s = words_pw()
add("blind-lp/php/pdo-password", "price-site/config/db.php", DOC_PHP, """\
<?php
// Баға тізімі сайты (aport-export.kz) — дерекқор
return [
    'dsn' => 'mysql:host=127.0.0.1;dbname=pricelist;charset=utf8mb4',
    'username' => 'pricelist',
    'password' => '@@secret@@',
    'options' => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""", s)

s = mailgun()
add("blind-lp/php/mailgun-define", "price-site/config/mail.php", DOC_PHP, """\
<?php
// Сатып алушыларға баға тізімін жіберу
define('MAILGUN_DOMAIN', 'mg.aport-export.kz');
define('MAILGUN_KEY', '@@secret@@');
define('MAIL_FROM', 'prices@aport-export.kz');
""", s)

add("blind-lp/php/decoy-getenv", "price-site/config/app.php", DOC_PHP, """\
<?php
return [
    'name' => 'Aport Export Prices',
    'locale' => 'kk',
    'key' => getenv('APP_KEY') ?: '',
    'recaptcha_site_key' => '6LcQymyzAAAAAApublicSiteKeyForFormsOnly01',
    'mail_password' => getenv('MAIL_PASSWORD'),
];
""")

s = hexs(64)
add("blind-lp/ruby/secret-key-base", "dairy-shop/config/secrets.yml", DOC_RUBY, """\
# Саумал дүкені (Rails) — ескі конфигурация
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
production:
  secret_key_base: @@secret@@
""", s)

s = rand_pw(20)
add("blind-lp/ruby/smtp-settings", "dairy-shop/config/environments/production.rb", DOC_RUBY, """\
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  # Тапсырыс растау хаттары
  config.action_mailer.smtp_settings = {
    address: "smtp.yandex.kz",
    port: 465,
    user_name: "orders@saumal-dairy.kz",
    password: "@@secret@@",
    ssl: true
  }
end
""", s)

add("blind-lp/ruby/decoy-credentials-fetch", "dairy-shop/config/initializers/kaspi.rb", DOC_RUBY, """\
# Kaspi кілті Rails credentials ішінде (шифрланған), кодта жоқ
Kaspi.configure do |c|
  c.merchant_id = "SAUMAL-0042"
  c.api_token = Rails.application.credentials.dig(:kaspi, :api_token)
  c.callback_secret = ENV.fetch("KASPI_CALLBACK_SECRET")
end
""")

# ---------------------------------------------------------------- Rust / Swift

s = alnum(32)
add("blind-lp/rust/const-token", "scale-gateway/src/main.rs", DOC_RUST, """\
// Салмақ өлшеу таразысы -> экспорт кеңсесі API
use reqwest::blocking::Client;

const API: &str = "https://export.almaty-orchards.kz/api/weights";
const GATEWAY_TOKEN: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = read_scale()?; // паллет салмағы
    Client::new().post(API).bearer_auth(GATEWAY_TOKEN).json(&body).send()?;
    Ok(())
}
""", s)

add("blind-lp/rust/decoy-env-var", "scale-gateway/src/config.rs", DOC_RUST, """\
use std::env;

/// Токен ортадан: GATEWAY_TOKEN (systemd EnvironmentFile)
pub fn gateway_token() -> String {
    env::var("GATEWAY_TOKEN").expect("GATEWAY_TOKEN орнатылмаған")
}

pub const API: &str = "https://export.almaty-orchards.kz/api/weights";
""")

s = stripe_key("sk_live_")
add("blind-lp/swift/stripe-secret", "CourierApp/Sources/Payments/StripeConfig.swift", DOC_SWIFT, """\
import Foundation

// Төлем (шетелдік карталар). Ескерту: серверге көшіру керек!
enum StripeConfig {
    static let publishableKey = "pk_live_51SaumalPublishableKeyForIOSApp000"
    static let secretKey = "@@secret@@"
    static let merchantId = "merchant.kz.saumal.courier"
}
""", s)

add("blind-lp/swift/decoy-keychain", "CourierApp/Sources/Auth/TokenStore.swift", DOC_SWIFT, """\
import Security

// Токен тек Keychain-де сақталады
struct TokenStore {
    static let service = "kz.saumal.courier.token"

    static func read() -> String? {
        var item: CFTypeRef?
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service, kSecReturnData as String: true]
        guard SecItemCopyMatching(q as CFDictionary, &item) == errSecSuccess else { return nil }
        return String(data: item as! Data, encoding: .utf8)
    }
}
""")

s = alnum(40)
add("blind-lp/plist/api-key", "CourierApp/Resources/Secrets.plist", DOC_PLIST, """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>OrdersApiBase</key>
    <string>https://api.saumal-dairy.kz/v1</string>
    <key>OrdersApiServiceKey</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", s)

# ---------------------------------------------------------------- shell / PowerShell

s = words_pw()
add("blind-lp/shell/pg-dump-env", "scripts/backup_export_db.sh", DOC_SH, """\
#!/usr/bin/env bash
# Экспорт базасының түнгі резервтік көшірмесі
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
pg_dump -h 10.20.4.15 -U export_app export_office | gzip > "/backup/export_${STAMP}.sql.gz"
find /backup -name 'export_*.sql.gz' -mtime +14 -delete
""", s)

s = rand_pw(18)
add("blind-lp/shell/curl-basic", "scripts/push_prices.sh", DOC_SH, """\
#!/bin/sh
# Баға тізімін дистрибьютордың порталына жүктеу (Урумчи)
FILE=${1:-prices_kz_zh.xlsx}
curl -fsS -u aport_export:@@secret@@ \\
  -F "file=@${FILE}" \\
  https://partners.xinjiang-fruit-trade.cn/upload
echo "жүктелді: ${FILE}"
""", s)

s = github()
add("blind-lp/shell/git-clone-token", "scripts/deploy_bot.sh", DOC_SH, """\
#!/usr/bin/env bash
set -e
# Ботты серверге орнату
cd /opt
rm -rf qymyz-bot
git clone https://oauth2:@@secret@@@github.com/saumal-dairy/qymyz-bot.git
cd qymyz-bot && pip install -r requirements.txt
systemctl restart qymyz-bot
""", s)

s = rand_pw(20)
add("blind-lp/shell/heredoc-pgpass", "scripts/setup_replica.sh", DOC_SH, """\
#!/usr/bin/env bash
# Репликаны баптау (Қаскелең қоймасы)
set -eu
cat > ~/.pgpass <<EOF
10.20.4.15:5432:*:replicator:@@secret@@
EOF
chmod 600 ~/.pgpass
pg_basebackup -h 10.20.4.15 -U replicator -D /var/lib/postgresql/16/main -R -P
""", s)

add("blind-lp/shell/decoy-read-secret", "scripts/rotate_redis.sh", DOC_SH, """\
#!/usr/bin/env bash
# Redis құпия сөзін ауыстыру: жаңасы Vault-тан алынады
set -euo pipefail
NEW_PASS=$(vault kv get -field=password secret/delivery/redis)
redis-cli -a "$OLD_REDIS_PASSWORD" CONFIG SET requirepass "$NEW_PASS"
echo "Redis құпия сөзі жаңартылды"
""")

add("blind-lp/shell/decoy-generate", "scripts/new_jwt_secret.sh", DOC_SH, """\
#!/bin/sh
# Жаңа JWT кілтін жасау (шығысы ешқайда сақталмайды, тек экранға)
set -e
SECRET=$(openssl rand -base64 48)
kubectl -n delivery create secret generic jwt --from-literal=secret="$SECRET" --dry-run=client -o yaml \\
  | kubeseal -o yaml > deploy/k8s/jwt-sealed.yaml
echo "deploy/k8s/jwt-sealed.yaml жаңартылды"
""")

s = words_pw()
add("blind-lp/powershell/securestring", "ops/Backup-1C.ps1", DOC_PS, """\
# 1С базасының резерві — кеңсе сервері
$ErrorActionPreference = 'Stop'
$user = 'OFFICE\\svc_backup'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\nas01\\backup' -Credential $cred
Copy-Item 'D:\\1C\\ExportBuh\\1Cv8.1CD' "B:\\1c\\ExportBuh_$(Get-Date -f yyyyMMdd).1CD"
""", s)

s = azure_storage_key()
add("blind-lp/powershell/azure-storage", "ops/Upload-Certificates.ps1", DOC_PS, """\
# Фитосанитарлық сертификаттарды Azure Blob-қа көшіру
$account = 'aportexportdocs'
$key = '@@secret@@'
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem 'C:\\Export\\Certificates\\*.pdf' | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'certificates' -Context $ctx -Force
}
""", s)

add("blind-lp/powershell/decoy-get-credential", "ops/Connect-Office.ps1", DOC_PS, """\
# Кеңсе серверіне қосылу: құпия сөз интерактивті сұралады
$cred = Get-Credential -UserName 'OFFICE\\admin' -Message 'Құпия сөзді енгізіңіз'
Enter-PSSession -ComputerName office-srv01 -Credential $cred
# немесе SecretManagement модулінен:
# $cred = Get-Secret -Name OfficeAdmin
""")

# ---------------------------------------------------------------- TOML / INI / JSON / XML configs

s = pypi()
add("blind-lp/pypirc/pypi-token", "tools/.pypirc", DOC_PYPIRC, """\
# aport-certs пакетін жариялау (ішкі құрал)
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", s)

s = npm_token()
add("blind-lp/npmrc/npm-token", "courier-app/.npmrc", DOC_NPMRC, """\
# @saumal/ui пакеттері (жеке)
@saumal:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", s)

add("blind-lp/npmrc/decoy-env-token", "storefront/.npmrc", DOC_NPMRC, """\
# CI-да NPM_TOKEN айнымалысы беріледі
@saumal:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

s = words_pw()
add("blind-lp/toml/db-password", "coldstore/config/collector.toml", DOC_TOML, """\
# Тоңазытқыш камералар: Қаскелең, Талғар, Есік
[collector]
poll_seconds = 60
chambers = ["KAS-01", "KAS-02", "TAL-01", "ESIK-01"]

[database]
host = "10.20.4.30"
user = "telemetry"
password = "@@secret@@"
name = "coldstore"
""", s)

s = gitlab_token()
add("blind-lp/toml/gitlab-runner", "ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """\
concurrent = 2

[[runners]]
  name = "office-srv02-docker"
  url = "https://gitlab.saumal-dairy.kz/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.12-slim"
    privileged = false
""", s)

add("blind-lp/toml/decoy-cargo-lock-checksum", "scale-gateway/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """\
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h1@@"

[[package]]
name = "reqwest"
version = "0.12.9"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h2@@"
""", h1=hexs(64), h2=hexs(64))

s = rand_pw(20)
add("blind-lp/ini/odbc", "export-office/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
; 1С SQL сервері — есептер үшін (тек оқу)
[ExportBuh]
Driver = ODBC Driver 18 for SQL Server
Server = onec-sql.office.local,1433
Database = ExportBuh
UID = report_reader
PWD = @@secret@@
TrustServerCertificate = yes
""", s)

s = rand_pw(16)
add("blind-lp/ini/supervisord-http", "ops/supervisord.conf", "http://supervisord.org/configuration.html", """\
[inet_http_server]
port = 0.0.0.0:9001
username = admin
password = @@secret@@

; Қымыз боты
[program:qymyz-bot]
command = /opt/qymyz-bot/venv/bin/python -m bot
autorestart = true
""", s)

add("blind-lp/ini/decoy-alembic", "delivery/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", """\
[alembic]
script_location = migrations
# URL env.py ішінде DATABASE_URL-ден алынады
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic
""")

s = sendgrid_key()
add("blind-lp/json/config-key", "export-office/config/notifications.json", DOC_JSON, """\
{
  "provider": "sendgrid",
  "from": "certificates@almaty-orchards.kz",
  "apiKey": "@@secret@@",
  "templates": {
    "certificate_ready": "d-7a2c91e0b4f34d7e8a1c5b6d9e0f1234",
    "shipment_departed": "d-0f9e8d7c6b5a49382716a5b4c3d2e1f0"
  },
  "note": "Сертификат дайын болғанда сатып алушыға хат"
}
""", s)

s = pem().replace("\n", "\\n")
add("blind-lp/json/service-account", "export-office/config/gcp-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "aport-export-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@aport-export-sheets.iam.gserviceaccount.com",
  "client_id": "104829374651029384756",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", s, kid=hexs(40), pk=s)

add("blind-lp/json/decoy-package-lock-integrity", "courier-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "saumal-courier",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.9",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.9.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-lp/json/decoy-redacted-export", "export-office/config/notifications.redacted.json", DOC_JSON, """\
{
  "provider": "sendgrid",
  "from": "certificates@almaty-orchards.kz",
  "apiKey": "SG.****************.*******************",
  "_redacted_by": "ops (Дәурен) — аудит үшін көшірме, кілт жасырылған",
  "templates": {"certificate_ready": "d-7a2c91e0b4f34d7e8a1c5b6d9e0f1234"}
}
""")

s = words_pw()
add("blind-lp/xml/maven-settings", "export-office/.m2/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <!-- Ішкі Nexus: kz.aport артефактілері -->
    <server>
      <id>aport-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", s)

s = rand_pw(14)
add("blind-lp/xml/soap-envelope", "export-office/docs/samples/keden-request.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Кеден жүйесіне нақты сұраныс (лог-тан көшірілді) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>APORT_EXPORT_01</wsse:Username>
        <wsse:Password>@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><GetDeclarationStatus><Number>KZ-2026-0417</Number></GetDeclarationStatus></soapenv:Body>
</soapenv:Envelope>
""", s)

add("blind-lp/xml/decoy-web-config-transform", "ExportOffice.Web/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- Құпия сөз деплой кезінде #{ExportDbPassword}# токенімен ауыстырылады -->
    <add name="Export"
         connectionString="Server=sql-export;Database=Export;User Id=export_web;Password=#{ExportDbPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
""")

# ---------------------------------------------------------------- Terraform / Ansible / CI / Docker

s = words_pw()
add("blind-lp/terraform/db-password", "infra/terraform/rds.tf", DOC_TF, """\
# Жеткізу қосымшасының базасы (Frankfurt)
resource "aws_db_instance" "delivery" {
  identifier        = "saumal-delivery"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "delivery"
  password          = "@@secret@@"
  skip_final_snapshot = false
}
""", s)

s = alnum(32)
add("blind-lp/terraform/tfvars", "infra/terraform/prod.tfvars", DOC_TF, """\
region          = "eu-central-1"
environment     = "prod"
# Cloudflare (saumal-dairy.kz DNS)
cloudflare_zone_id   = "7c1e9f2a4b6d8e0a1c3e5f7a9b1d3e5f"
cloudflare_api_token = "@@secret@@"
alert_email     = "ops@saumal-dairy.kz"
""", s)

add("blind-lp/terraform/decoy-random-password", "infra/terraform/redis.tf", DOC_TF, """\
# Құпия сөзді Terraform өзі жасайды және Secrets Manager-ге жазады
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
""")

add("blind-lp/terraform/decoy-sensitive-var", "infra/terraform/variables.tf", DOC_TF, """\
variable "db_password" {
  description = "Жеткізу базасының құпия сөзі (TF_VAR_db_password арқылы)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
  default   = ""
}
""")

s = words_pw()
add("blind-lp/ansible/vars", "ops/ansible/group_vars/coldstore.yml", DOC_ANSIBLE, """\
---
# Тоңазытқыш қойма серверлері
ntp_server: pool.ntp.org
timezone: Asia/Almaty
mosquitto_users:
  - name: collector
    password: "@@secret@@"
mosquitto_listener_port: 8883
""", s)

add("blind-lp/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/office/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-lp/ansible/decoy-vault-reference", "ops/ansible/group_vars/office/vars.yml", DOC_ANSIBLE, """\
---
# Ашық айнымалылар; құпиялар vault.yml ішінде (шифрланған)
onec_sql_user: onec_sync
onec_sql_password: "{{ vault_onec_sql_password }}"
backup_share: '\\\\nas01\\backup'
backup_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/office/backup:password') }}"
""")

s = slack_webhook()
add("blind-lp/gha/inline-webhook", ".github/workflows/deploy.yml", DOC_GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
      - name: Хабарлау
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Курьер API жаңартылды ✅"}' \\
            @@secret@@
""", s)

add("blind-lp/gha/decoy-secrets-context", ".github/workflows/release-android.yml", DOC_GHA, """\
name: release-android
on:
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ secrets.KEYSTORE_B64 }}" | base64 -d > app/release.jks
      - run: ./gradlew bundleRelease
        env:
          SAUMAL_STORE_PASSWORD: ${{ secrets.SAUMAL_STORE_PASSWORD }}
          SAUMAL_KEY_PASSWORD: ${{ secrets.SAUMAL_KEY_PASSWORD }}
""")

s = rand_pw(20)
add("blind-lp/gitlab-ci/variables", ".gitlab-ci.yml", DOC_GITLAB, """\
stages: [test, deploy]
variables:
  POSTGRES_DB: delivery_test
  POSTGRES_USER: delivery
  # Ескерту: бұл staging базасы, тест базасы емес
  STAGING_DATABASE_URL: "postgres://delivery:@@secret@@@pg-stg.saumal.local:5432/delivery"
test:
  stage: test
  script: pytest -q
deploy:
  stage: deploy
  script: ./scripts/deploy.sh staging
""", s)

add("blind-lp/gitlab-ci/decoy-test-service", "export-office/.gitlab-ci.yml", DOC_GITLAB, """\
# Тест үшін уақытша Postgres контейнері — тек CI ішінде өмір сүреді
test:
  image: python:3.12
  services: [postgres:16]
  variables:
    POSTGRES_DB: export_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: postgres
    DATABASE_URL: postgres://runner:postgres@postgres:5432/export_test
  script: pytest -q
""")

s = npm_token()
add("blind-lp/dockerfile/arg-token", "courier-app/Dockerfile", DOC_DOCKER, """\
FROM node:20-alpine AS build
WORKDIR /app
# жеке @saumal пакеттері үшін
ENV NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build
""", s)

add("blind-lp/dockerfile/decoy-build-secret", "courier-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# Токен образға түспейді: BuildKit secret
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\
    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY . .
CMD ["node", "src/index.js"]
""")

# ---------------------------------------------------------------- client configs

s = words_pw()
add("blind-lp/pgpass/entry", "ops/home/analyst/.pgpass", DOC_PGPASS, """\
# host:port:database:username:password
# Экспорт аналитикасы (тек оқу) және телеметрия
10.20.4.15:5432:export_office:analyst_ro:@@secret@@
10.20.4.30:5432:coldstore:analyst_ro:*
localhost:5432:*:postgres:
""", s)

s = rand_pw(20)
add("blind-lp/netrc/machine", "ops/home/deploy/.netrc", DOC_NETRC, """\
# Nexus және экспедитор порталы
machine nexus.almaty-orchards.kz
  login ci-deployer
  password @@secret@@
machine partners.xinjiang-fruit-trade.cn
  login aport_export
""", s)

s = github()
add("blind-lp/git-credentials/https", "ops/home/deploy/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://saumal-deploy:@@secret@@@github.com
https://erlan@gitlab.saumal-dairy.kz
https://ci-bot@bitbucket.org
https://aport-export@dev.azure.com
https://deploy@nexus.almaty-orchards.kz
""", s)

s = b64("ci-pusher:" + words_pw())
add("blind-lp/docker-config/auth", "ops/home/deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.saumal-dairy.kz": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/27.3.1 (linux)"}
}
""", s)

add("blind-lp/docker-config/decoy-credstore", "ops/home/analyst/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.saumal-dairy.kz": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

s = fakes.drawn(_seed(), 64, ALNUM + "+/") + "=="
add("blind-lp/kubeconfig/token", "ops/kube/delivery-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: saumal-prod
    cluster:
      server: https://k8s.saumal-dairy.kz:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
  - name: delivery-ci
    user:
      token: @@secret@@
contexts:
  - name: delivery
    context: {cluster: saumal-prod, user: delivery-ci, namespace: delivery}
current-context: delivery
""", s)

add("blind-lp/kubeconfig/decoy-exec-plugin", "ops/kube/office.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: office
    cluster: {server: "https://k8s-office.almaty-orchards.kz:6443"}
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.almaty-orchards.kz, --oidc-client-id=kubectl]
contexts:
  - name: office
    context: {cluster: office, user: oidc}
current-context: office
""")

add("blind-lp/ssh-config/decoy-identityfile", "ops/home/deploy/.ssh/config", DOC_SSH, """\
# Серверлер (кеңсе және қойма)
Host office-srv01
  HostName 10.20.1.10
  User deploy
  IdentityFile ~/.ssh/id_ed25519_office
Host coldstore-*
  User collector
  IdentityFile ~/.ssh/id_ed25519_coldstore
  ProxyJump office-srv01
""")

s = pem("OPENSSH")
add("blind-lp/ssh-key/openssh", "ops/keys/coldstore_deploy_ed25519", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", s)

add("blind-lp/ssh-key/decoy-public-key", "ops/keys/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Кеңсе серверіне кіру рұқсаты бар кілттер (ашық кілттер)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ erlan@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ aigul@office
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ci@gitlab
# ескі кілт алынып тасталды (2026-01)
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

s = "YC" + alnum(40)
add("blind-lp/rclone/s3-secret", "ops/rclone/rclone.conf", "https://rclone.org/s3/", """\
# Сертификаттар архиві -> Yandex Object Storage (көшірме)
[yc-archive]
type = s3
provider = Other
endpoint = https://storage.yandexcloud.kz
access_key_id = YCAJE@@kid@@
secret_access_key = @@secret@@
""", s, kid=alnum(20))

s = aws_secret()
add("blind-lp/aws-credentials/profile", "ops/home/analyst/.aws/credentials", "https://docs.aws.amazon.com/cli/v1/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

[coldstore-archive]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
# телеметрия архивін оқу үшін ғана
""", s, kid=aws_id())

add("blind-lp/aws-credentials/decoy-sso", "ops/home/deploy/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile delivery-prod]
sso_session = saumal
sso_account_id = 481937264510
sso_role_name = DeliveryOps
region = eu-central-1

[sso-session saumal]
sso_start_url = https://saumal.awsapps.com/start
sso_region = eu-central-1
""")

# ---------------------------------------------------------------- nginx / systemd

s = b64("partner:" + rand_pw(16))
add("blind-lp/nginx/proxy-basic", "ops/nginx/partner-proxy.conf", DOC_NGINX, """\
# Дистрибьютор порталына прокси (олардың Basic auth-ы)
server {
    listen 443 ssl;
    server_name partner-proxy.almaty-orchards.kz;
    location / {
        proxy_pass https://partners.xinjiang-fruit-trade.cn/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", s)

add("blind-lp/nginx/decoy-htpasswd-file", "ops/nginx/grafana.conf", DOC_NGINX, """\
server {
    listen 443 ssl;
    server_name grafana.almaty-orchards.kz;
    # Пайдаланушылар /etc/nginx/.htpasswd файлында (bcrypt)
    auth_basic "Тоңазытқыш мониторинг";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("blind-lp/htpasswd/decoy-bcrypt", "ops/nginx/htpasswd.sample", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# htpasswd -B файлының мысалы: тек bcrypt хэштер, құпия сөздер емес
aigul:$2y$05$@@h1@@
erlan:$2y$05$@@h2@@
daulet:$2y$05$@@h3@@
viewer:$2y$05$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

s = telegram()
add("blind-lp/systemd/environment", "ops/systemd/qymyz-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Қымыз жеткізу боты
After=network-online.target

[Service]
User=bot
WorkingDirectory=/opt/qymyz-bot
Environment="TELEGRAM_BOT_TOKEN=@@secret@@"
ExecStart=/opt/qymyz-bot/venv/bin/python -m bot
Restart=always

[Install]
WantedBy=multi-user.target
""", s)

add("blind-lp/systemd/decoy-environment-file", "ops/systemd/scale-gateway.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=Таразы шлюзі (паллет салмағы)

[Service]
EnvironmentFile=/etc/scale-gateway/env
LoadCredential=gateway_token:/etc/credstore/gateway_token
ExecStart=/usr/local/bin/scale-gateway
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

# ---------------------------------------------------------------- notebooks

s = rand_pw(20)
add("blind-lp/notebook/sql-password", "analytics/export_by_country.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Экспорт елдер бойынша (2025 маусым)\\n", "Апорт, Голден, Гренни Смит"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "eng = create_engine('postgresql://analyst:@@secret@@@10.20.4.15/export_office')\\n",
              "df = pd.read_sql('select country, sum(tonnes) from shipments group by 1', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s)

s = openai()
add("blind-lp/notebook/openai-key", "analytics/buyer_letters.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Сатып алушыларға хат жобалары (қытай/ағылшын)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
              "resp = client.chat.completions.create(model='gpt-4o-mini', messages=msgs)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s)

add("blind-lp/notebook/decoy-getpass", "analytics/coldstore_losses.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Қоймадағы шығын (кг) — камералар бойынша"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, os\\n", "pw = os.environ.get('PGPASSWORD') or getpass.getpass('Құпия сөз: ')\\n",
              "eng = create_engine(f'postgresql://analyst:{pw}@10.20.4.30/coldstore')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lp/notebook/decoy-output-ids", "analytics/courier_routes.ipynb", DOC_NB, """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout",
                "text": ["route_id=@@u1@@ courier=17 stops=23\\n", "route_id=@@u2@@ courier=09 stops=18\\n"]}],
   "source": ["for r in routes[:2]:\\n", "    print(f'route_id={r.id} courier={r.courier:02d} stops={len(r.stops)}')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), u2=uuid_s())

# ---------------------------------------------------------------- SQL

s = words_pw()
add("blind-lp/sql/create-role", "db/migrations/0007_reporting_role.sql", DOC_SQL, """\
-- Есеп беру үшін жеке рөл (Power BI)
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE export_office TO powerbi_reader;
GRANT USAGE ON SCHEMA reports TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reports TO powerbi_reader;
""", s)

s = alnum(32)
add("blind-lp/sql/insert-api-key", "db/seeds/integrations.sql", DOC_SQL, """\
-- Интеграциялар кестесі: өндіріс мәндері (!)
INSERT INTO integrations (name, base_url, api_key, enabled) VALUES
  ('kaspi', 'https://pay.kaspi.kz/api/v1', '@@secret@@', true),
  ('glovo', 'https://api.glovoapp.com', NULL, false);
-- glovo әлі қосылмаған
UPDATE integrations SET enabled = true WHERE name = 'kaspi';
""", s)

add("blind-lp/sql/decoy-password-hashes", "db/seeds/admin_users.sql", DOC_SQL, """\
-- Әкімшілер: тек argon2 хэштері сақталады
INSERT INTO admin_users (login, full_name, password_hash) VALUES
  ('aigul', 'Айгүл Сәрсенова', '$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@'),
  ('erlan', 'Ерлан Оспанов', '$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@');
-- құпия сөздерді әкімшілер бірінші кіргенде өзгертеді
""", s1=fakes.drawn(_seed(), 22, ALNUM + "+/"), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-lp/sql/decoy-psql-variable", "db/scripts/create_app_user.sql", DOC_SQL, """\
-- Қолдану: psql -v app_password="$APP_DB_PASSWORD" -f create_app_user.sql
\\set ON_ERROR_STOP on
CREATE ROLE delivery_app LOGIN PASSWORD :'app_password';
GRANT ALL ON SCHEMA public TO delivery_app;
-- құпия сөз файлда жоқ, тек айнымалы арқылы
""")

# ---------------------------------------------------------------- logs / CSV

s = rand_pw(20)
add("blind-lp/log/connection-error", "logs/export-api-2026-03-14.log", DOC_LOG, """\
2026-03-14 06:00:01,114 INFO  scheduler: жөнелтілімдер синхронизациясы басталды
2026-03-14 06:00:01,502 INFO  onec: 1С-ден 42 құжат алынды
2026-03-14 06:00:02,031 ERROR db: could not connect: postgresql://export_app:@@secret@@@10.20.4.15:5432/export_office (timeout)
2026-03-14 06:00:07,044 WARNING db: retry 1/5
2026-03-14 06:00:12,310 INFO  db: қосылды
2026-03-14 06:00:14,998 INFO  scheduler: аяқталды (42/42)
""", s)

s = jwt_like()
add("blind-lp/log/bearer-header", "logs/courier-api-debug.log", DOC_LOG, """\
[2026-02-02T09:14:55+05:00] DEBUG http: -> POST /v1/orders/88123/deliver
[2026-02-02T09:14:55+05:00] DEBUG http: headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
[2026-02-02T09:14:55+05:00] DEBUG http: body={"status":"delivered","photo":"s3://pod/88123.jpg"}
[2026-02-02T09:14:56+05:00] INFO  orders: #88123 жеткізілді (курьер 17)
[2026-02-02T09:14:56+05:00] DEBUG http: <- 200 (212 ms)
""", s)

add("blind-lp/log/decoy-masked", "logs/courier-api-2026-03-01.log", DOC_LOG, """\
[2026-03-01T08:01:12+05:00] INFO  boot: courier-api 1.14.2 іске қосылды
[2026-03-01T08:01:12+05:00] INFO  config: DATABASE_URL=postgres://delivery:****@pg-main.saumal.local:5432/delivery
[2026-03-01T08:01:12+05:00] INFO  config: KASPI_TOKEN=kasp…(40 таңба, жасырылған)
[2026-03-01T08:01:12+05:00] INFO  config: JWT_SECRET=[REDACTED]
[2026-03-01T08:01:13+05:00] INFO  http: :8080 тыңдап тұр
""")

add("blind-lp/log/decoy-request-ids", "logs/kaspi-callbacks.log", DOC_LOG, """\
2026-03-02 10:11:02 callback txn=@@u1@@ order=88190 status=PAID amount=4500 KZT
2026-03-02 10:14:40 callback txn=@@u2@@ order=88191 status=PAID amount=9000 KZT
2026-03-02 10:15:03 callback txn=@@u3@@ order=88192 status=DECLINED amount=3000 KZT
2026-03-02 10:15:03 signature ok sha256=@@h@@
2026-03-02 10:20:00 күнделікті есеп: 2 төленді, 1 қабылданбады
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h=hexs(64))

s = rand_pw(14)
add("blind-lp/csv/accounts-sheet", "docs/handover/accounts.csv", DOC_CSV, """\
service,url,login,password,owner,note
1C web,https://1c.office.local,export_mgr,(SSO),Айгүл,домендік кіру
Keden portal,https://keden.kgd.gov.kz,APORT_EXPORT_01,@@secret@@,Ерлан,ЭЦҚ да қажет
Forwarder SFTP,sftp.silkway-forwarding.kz,aport_export,(Vault),Дәурен,secret/export/sftp
Grafana,https://grafana.almaty-orchards.kz,viewer,(SSO),ops,
""", s)

add("blind-lp/csv/decoy-shipments", "data/shipments_2026_q1.csv", DOC_CSV, """\
shipment_id,date,buyer,country,variety,tonnes,container,seal_no,cert_no
@@u1@@,2026-01-14,Urumqi Fresh Co,CN,Aport,18.4,MSKU4821937,KZ88123401,KZ-2026-0102
@@u2@@,2026-02-03,Tashkent Meva,UZ,Golden,20.0,TGHU7712044,KZ88123455,KZ-2026-0217
@@u3@@,2026-03-11,Dubai Agro,AE,Granny Smith,16.2,CMAU3390218,KZ88123502,KZ-2026-0417
@@u4@@,2026-03-28,Bishkek Alma LLC,KG,Aport,12.0,TRLU5521803,KZ88123560,KZ-2026-0455
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

# ---------------------------------------------------------------- shell histories

s = words_pw()
add("blind-lp/history/mysql-p", "ops/home/daulet/.bash_history", DOC_HIST, """\
cd /opt/price-site
git pull
php artisan migrate --force
mysql -u pricelist -p'@@secret@@' pricelist -e "select count(*) from prices"
tail -f storage/logs/laravel.log
sudo systemctl reload php8.2-fpm
exit
""", s)

s = redis_pw()
add("blind-lp/history/redis-cli", "ops/home/erlan/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1741932001:0;kubectl -n delivery get pods
: 1741932050:0;kubectl -n delivery port-forward svc/redis 6379
: 1741932093:0;redis-cli -h 127.0.0.1 -a @@secret@@ llen orders.assign
: 1741932120:0;redis-cli -h 127.0.0.1 -a @@secret@@ lrange orders.assign 0 5
: 1741932300:0;exit
""", s)

s = aws_secret()
add("blind-lp/history/aws-configure-set", "ops/home/aigul/.bash_history", DOC_HIST, """\
aws --version
aws configure set aws_access_key_id @@kid@@ --profile archive
aws configure set aws_secret_access_key @@secret@@ --profile archive
aws s3 ls s3://aport-coldstore-telemetry/2026/03/ --profile archive
history -c
""", s, kid=aws_id())

add("blind-lp/history/decoy-env-usage", "ops/home/deploy/.bash_history", DOC_HIST, """\
source /etc/courier-api/env
psql "$DATABASE_URL" -c 'select now()'
redis-cli -a "$REDIS_PASSWORD" ping
vault kv get -field=token secret/delivery/kaspi | wc -c
docker login registry.saumal-dairy.kz -u ci-pusher --password-stdin < ~/.registry_pw
kubectl -n delivery rollout restart deploy/courier-api
""")

# ---------------------------------------------------------------- Markdown / wiki / runbooks / notes

s = words_pw()
add("blind-lp/markdown/runbook-table", "docs/runbooks/coldstore-db.md", DOC_MD, """\
# Тоңазытқыш қойма базасы — runbook

Датчиктер әр 60 секунд сайын жазады. База тоқтаса, алдымен `collector` сервисін тексеріңіз.

| Орта | Хост | Пайдаланушы | Құпия сөз |
|------|------|-------------|-----------|
| prod | 10.20.4.30 | telemetry | `@@secret@@` |
| stage | 10.20.9.30 | telemetry | Vault: `secret/coldstore/stage` |

## Қалпына келтіру
1. `systemctl stop collector`
2. `pg_restore -d coldstore /backup/coldstore_latest.dump`
3. `systemctl start collector`
""", s)

s = rand_pw(18)
add("blind-lp/markdown/onboarding-sentence", "docs/onboarding/new-courier-admin.md", DOC_MD, """\
# Жаңа диспетчерге арналған нұсқаулық

Қош келдіңіз! Диспетчер панелі: https://dispatch.saumal-dairy.kz

- Логин: `dispatch-shared`
- Уақытша құпия сөз: @@secret@@ (бірінші кіргенде өзгертпеңіз, бұл ортақ тіркелгі)
- Курьерлер чаты: Telegram «Саумал курьерлер»

Сұрақтар болса — Дәуренге жазыңыз.
""", s)

s = discord_webhook()
add("blind-lp/markdown/readme-webhook", "tools/price-watcher/README.md", DOC_MD, """\
# price-watcher

Бәсекелестердің баға тізімін күн сайын тексеріп, өзгерісті чатқа жібереді.

```bash
pip install -r requirements.txt
python watch.py --notify @@secret@@
```

Ескерту: вебхук — кеңсенің #бағалар арнасы.
""", s)

s = sendgrid_key()
add("blind-lp/markdown/incident-note", "docs/incidents/2026-02-mail-outage.md", DOC_MD, """\
# Инцидент: сертификат хаттары жіберілмеді (2026-02-11)

**Себебі:** SendGrid кілтінің мерзімі біткен жоқ, бірақ IP шектеуі қосылған.

**Уақытша шешім:** жаңа кілт жасалды және серверге қолмен қойылды:

    SENDGRID_API_KEY=@@secret@@

**Келесі қадам:** кілтті Vault-қа көшіру (Айгүл).
""", s)

s = words_pw()
add("blind-lp/wiki/mediawiki-creds", "wiki/Keden_integration.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== Кеден жүйесімен интеграция ==
Сынақ ортасы (test) мен өндіріс бөлек.

{| class="wikitable"
! Орта !! Логин !! Құпия сөз
|-
| test || APORT_TEST || (Vault: secret/keden/test)
|-
| prod || APORT_EXPORT_01 || @@secret@@
|}

ЭЦҚ кілті — сейфте, флешкада.
""", s)

s = alnum(32)
add("blind-lp/notes/txt-handover", "docs/handover/daulet-notes.txt", "https://www.rfc-editor.org/rfc/rfc5198", """\
Дәуреннің тапсыру жазбалары (демалысқа дейін)
--------------------------------------------
* 1С алмасуы түнгі 02:00-де жүреді, қатесі болса Айгүлге хабарла.
* Кеден брокерінің API кілті: @@secret@@
  (брокердің жеке кабинетінде қайта жасауға болады)
* Таразы шлюзі Қаскелеңде, IP 10.20.7.4.
* Контейнер пломбалары — сейфтің екінші сөресінде.
""", s)

s = twilio_sid()
tok = hexs(32)
add("blind-lp/notes/org-mode", "docs/notes/sms-provider.org", "https://orgmode.org/manual/Document-Structure.html", """\
* SMS провайдер (курьер хабарламалары)
** Twilio
   - Account SID: @@sid@@
   - Auth token: @@secret@@
   - Жіберуші: +77010000000
** Ескерту
   Қазақстандағы жеткізу жылдамдығын тексеру керек (Beeline/Kcell).
""", tok, sid=s)

s = slack_bot()
add("blind-lp/markdown/chat-export", "docs/notes/slack-thread-2026-01-20.md", DOC_MD, """\
> **Ерлан** 10:02 — алерт боты неге үндемейді?
> **Дәурен** 10:05 — токенді ауыстырдым, жаңасы: `@@secret@@`
> **Ерлан** 10:06 — рахмет, Helm values-қа қоямын
> **Айгүл** 10:10 — чатқа токен жазбаңдаршы 🙏 Vault-қа салыңдар

(тарих үшін сақталды)
""", s)

s = pem("EC")
add("blind-lp/markdown/key-in-codeblock", "docs/runbooks/kaspi-callback-signing.md", DOC_MD, """\
# Kaspi callback қолтаңбасы

Kaspi бізге жіберетін callback-тер біздің ашық кілтпен тексеріледі. Жеке кілт (prod):

```
@@secret@@
```

Кілтті ауыстырғанда Kaspi кабинетіне жаңа ашық кілтті жүктеңіз.
""", s)

add("blind-lp/markdown/decoy-placeholders", "docs/setup/local-dev.md", DOC_MD, """\
# Жергілікті әзірлеу ортасы

1. `.env.example` файлын `.env` деп көшіріңіз.
2. Мәндерді толтырыңыз:

   ```
   DB_PASSWORD=<сіздің жергілікті құпия сөзіңіз>
   TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
   KASPI_TOKEN=your-kaspi-sandbox-token
   ```
3. `docker compose up -d` іске қосыңыз.

Нақты токендерді ешқашан осында жазбаңыз — Vault қолданыңыз.
""")

add("blind-lp/markdown/decoy-aws-docs-example", "docs/setup/aws-archive.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """\
# Телеметрия архивіне қол жеткізу

AWS құжаттамасындағы мысал пішімі (нақты кілт емес):

```ini
[coldstore-archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Нақты кілттерді IAM Identity Center (SSO) арқылы алыңыз: `aws sso login --profile delivery-prod`.
""")

add("blind-lp/markdown/decoy-rotated", "docs/incidents/2026-01-token-leak.md", DOC_MD, """\
# Инцидент: бот токені чатқа жазылды (2026-01-20)

- Ағып кеткен токен: `xoxb-…` (толық мәні осында жазылмайды)
- 10:40 — Slack-та токен revoke жасалды, жаңасы Vault-та: `secret/ops/slack-alert-bot`
- 10:55 — Helm values жаңартылды, `existingSecret` қолданылады
- Тексеру: `git log -S xoxb-` — репода ізі жоқ

Қорытынды: токендер тек Vault арқылы.
""")

add("blind-lp/markdown/decoy-api-docs", "docs/api/orders.md", DOC_MD, """\
# Orders API

Барлық сұраныстар `Authorization: Bearer <token>` тақырыбын талап етеді.

```http
POST /v1/orders HTTP/1.1
Host: api.saumal-dairy.kz
Authorization: Bearer {{COURIER_TOKEN}}
Content-Type: application/json

{"customer_id": 1042, "items": [{"sku": "QYMYZ-1L", "qty": 2}], "slot": "08:00-10:00"}
```

Токенді `POST /v1/auth/login` арқылы алыңыз.
""")

add("blind-lp/markdown/decoy-changelog", "CHANGELOG.md", DOC_MD, """\
# Өзгерістер тізімі

## 1.14.2 — 2026-03-01
- Kaspi callback қолтаңбасын тексеру (HMAC-SHA256) қосылды
- `JWT_SECRET` енді міндетті, әдепкі мән алынып тасталды
- Құпиялар `secretKeyRef` арқылы ғана оқылады

## 1.14.1 — 2026-02-12
- SMS мәтіндері қазақ тіліне аударылды
- commit 9f2c1e7a4b3d5f60718293a4b5c6d7e8f9012345: Redis құпия сөзі конфигтен алынды
""")

s = rand_pw(20)
add("blind-lp/rst/install-guide", "docs/source/deploy.rst", DOC_RST, """\
Орнату (өндіріс)
================

Дерекқор
--------

Экспорт кеңсесінің базасына қосылу жолы::

    export DATABASE_URL="postgresql://export_app:@@secret@@@10.20.4.15:5432/export_office"
    alembic upgrade head

.. note:: Бұл жол тек кеңсе желісінен жұмыс істейді.
""", s)

add("blind-lp/rst/decoy-config-reference", "docs/source/configuration.rst", DOC_RST, """\
Баптаулар
=========

.. list-table::
   :header-rows: 1

   * - Айнымалы
     - Сипаттама
   * - ``DATABASE_URL``
     - ``postgresql://USER:PASSWORD@HOST:5432/export_office``
   * - ``SENDGRID_API_KEY``
     - SendGrid кілті (``SG.`` басталады), Vault-тан
""")

s = words_pw()
add("blind-lp/html/admin-page-comment", "price-site/templates/admin/login.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Баға тізімі — әкімші</title></head>
<body>
  <!-- TODO алып тастау: тест үшін admin / @@secret@@ -->
  <form method="post" action="/admin/login">
    <input name="login" placeholder="Логин">
    <input name="password" type="password" placeholder="Құпия сөз">
    <button>Кіру</button>
  </form>
</body>
</html>
""", s)

s = google_api()
add("blind-lp/html/maps-script", "price-site/templates/contacts.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="kk">
<head>
  <meta charset="utf-8"><title>Байланыс — Алматы алма бақтары</title>
  <script src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap" async defer></script>
</head>
<body>
  <h1>Кеңсе: Алматы, Әл-Фараби д-лы 77</h1>
  <div id="map" style="height:400px"></div>
</body>
</html>
""", s)

add("blind-lp/html/decoy-csrf-recaptcha", "price-site/templates/order_form.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Тапсырыс</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form method="post" action="/order">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <input name="tonnes" placeholder="Тонна">
    <div class="g-recaptcha" data-sitekey="6LcQymyzAAAAAApublicSiteKeyForFormsOnly01"></div>
    <button>Жіберу</button>
  </form>
</body>
</html>
""")

# ---------------------------------------------------------------- more code carriers

s = words_pw()
add("blind-lp/python/json-in-string", "delivery/app/legacy_sms.py", DOC_PY, """\
import json

# Ескі SMS шлюзі (Mobizon) — конфиг JSON жол ретінде сақталған
LEGACY_SMS_CONFIG = '{"login": "saumal", "password": "@@secret@@", "sender": "SAUMAL"}'


def settings() -> dict:
    return json.loads(LEGACY_SMS_CONFIG)
""", s)

s = alnum(40)
add("blind-lp/python/dict-header", "export_office/forwarder_api.py", DOC_PY, """\
import httpx

# Экспедитор: контейнер қайда екенін бақылау
HEADERS = {
    "Accept": "application/json",
    "Authorization": "Token @@secret@@",
}


def container_status(number: str) -> dict:
    return httpx.get(f"https://api.silkway-forwarding.kz/track/{number}", headers=HEADERS).json()
""", s)

s = hexs(40)
add("blind-lp/python/keyword-argument", "delivery/app/maps.py", DOC_PY, """\
from yandex_geocoder import Client

# Яндекс геокодер — Алматы облысындағы мекенжайлар
client = Client(api_key="@@secret@@")


def coords(address: str):
    return client.coordinates(f"Алматы, {address}")
""", s)

s = hexs(64)
add("blind-lp/python/hmac-secret", "delivery/app/kaspi_callback.py", DOC_PY, """\
import hashlib
import hmac

# Kaspi callback-тің HMAC қолтаңбасын тексеру
CALLBACK_SECRET = bytes.fromhex("@@secret@@")


def valid(body: bytes, signature: str) -> bool:
    mac = hmac.new(CALLBACK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)
""", s)

s = pypi()
add("blind-lp/python/twine-upload", "tools/release.py", DOC_PY, """\
\"\"\"aport-certs пакетін шығару.\"\"\"
import subprocess

subprocess.run(
    ["twine", "upload", "dist/*", "-u", "__token__",
     "-p", "@@secret@@"],
    check=True,
)
print("жарияланды")
""", s)

add("blind-lp/python/decoy-public-key", "delivery/app/kaspi_verify.py", DOC_PY, """\
from cryptography.hazmat.primitives.serialization import load_pem_public_key

# Kaspi-дің АШЫҚ кілті (олардың құжаттамасынан) — құпия емес
KASPI_PUBLIC_KEY = b\"\"\"-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@k@@
-----END PUBLIC KEY-----\"\"\"

public_key = load_pem_public_key(KASPI_PUBLIC_KEY)
""", k=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==")

add("blind-lp/python/decoy-constants-names", "delivery/app/constants.py", DOC_PY, """\
# Кілт АТАУЛАРЫ (мәндер емес)
PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Auth-Token"
SECRET_ENV_NAMES = ("JWT_SECRET", "KASPI_TOKEN", "SMS_PASSWORD")
API_KEY_PARAM = "api_key"
MIN_PASSWORD_LENGTH = 12
PASSWORD_RESET_TTL_MINUTES = 30
""")

add("blind-lp/python/decoy-fernet-ciphertext", "export_office/encrypted_settings.py", DOC_PY, """\
from cryptography.fernet import Fernet
import os

# Шифрланған мән; кілт FERNET_KEY ортасында (коммиттелмейді)
ENCRYPTED_BROKER_KEY = b"gAAAAAB@@c@@"


def broker_key() -> str:
    return Fernet(os.environ["FERNET_KEY"]).decrypt(ENCRYPTED_BROKER_KEY).decode()
""", c=fakes.drawn(_seed(), 120, ALNUM + "_-") + "==")

s = words_pw()
add("blind-lp/javascript/knexfile", "courier-api/knexfile.js", "https://knexjs.org/guide/#configuration-options", """\
// Knex миграциялары
module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'pg-main.saumal.local',
      user: 'delivery',
      password: '@@secret@@',
      database: 'delivery',
    },
    migrations: { directory: './migrations' },
  },
};
""", s)

s = telegram()
add("blind-lp/javascript/url-template", "courier-api/src/notify/telegram.js", DOC_JS, """\
// Диспетчерлерге хабарлама (fetch)
const BOT = '@@secret@@';

async function notifyDispatch(text) {
  await fetch(`https://api.telegram.org/bot${BOT}/sendMessage`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ chat_id: -1002211334455, text }),
  });
}
module.exports = { notifyDispatch };
""", s)

s = stripe_key("rk_live_")
add("blind-lp/typescript/stripe-restricted", "storefront/src/server/refunds.ts", DOC_TS, """\
import Stripe from 'stripe';

// Қайтарымдар үшін шектеулі кілт
const stripe = new Stripe(
  '@@secret@@',
  { apiVersion: '2024-06-20' },
);

export const refund = (pi: string) => stripe.refunds.create({ payment_intent: pi });
""", s)

add("blind-lp/javascript/decoy-test-mock", "courier-api/test/kaspi.test.js", DOC_JS, """\
// Kaspi клиентінің тесті — nock mock, жалған токен
const nock = require('nock');
const { kaspi } = require('../src/payments/kaspi');

const FAKE_TOKEN = 'test_token_000000000000000000000000000000';

test('статус', async () => {
  nock('https://pay.kaspi.kz').matchHeader('X-Auth-Token', FAKE_TOKEN).get('/api/v1/txn/1').reply(200, { status: 'PAID' });
  expect((await kaspi.get('/txn/1')).data.status).toBe('PAID');
});
""")

add("blind-lp/typescript/decoy-zod-schema", "courier-api/src/env.ts", DOC_TS, """\
import { z } from 'zod';

// Орта айнымалыларын тексеру — мәндер мұнда жоқ
export const env = z.object({
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET кемінде 32 таңба'),
  KASPI_TOKEN: z.string().length(40),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\\d+:[\\w-]{35}$/),
}).parse(process.env);
""")

s = words_pw()
add("blind-lp/go/struct-literal", "coldstore/internal/smtp/mail.go", DOC_GO, """\
package smtp

import "net/smtp"

// Температура алерттерін поштамен жіберу
var auth = smtp.PlainAuth("", "alerts@almaty-orchards.kz", "@@secret@@", "smtp.mail.kz")

func Send(to []string, msg []byte) error {
\treturn smtp.SendMail("smtp.mail.kz:587", auth, "alerts@almaty-orchards.kz", to, msg)
}
""", s)

s = rand_pw(24)
add("blind-lp/java/javamail", "export-office/src/main/java/kz/aport/export/mail/Mailer.java", DOC_JAVA, """\
package kz.aport.export.mail;

import jakarta.mail.*;
import java.util.Properties;

public final class Mailer {
    // Сертификат хаттары
    static Session session(Properties props) {
        return Session.getInstance(props, new Authenticator() {
            @Override protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("certificates@almaty-orchards.kz", "@@secret@@");
            }
        });
    }
}
""", s)

s = alnum(32)
add("blind-lp/gradle/build-config-field", "courier-app/android/app/build.gradle", DOC_ANDROID, """\
android {
    defaultConfig {
        applicationId "kz.saumal.courier"
        minSdk 24
        versionCode 230
        versionName "2.3.0"
        // Onesignal push (курьерге жаңа тапсырыс)
        buildConfigField "String", "PUSH_REST_KEY", "\\"@@secret@@\\""
    }
}
""", s)

s = words_pw()
add("blind-lp/csharp/connection-builder", "ExportOffice.Sync/Program.cs", DOC_CS, """\
using Microsoft.Data.SqlClient;

// 1С -> Export синхронизациясы
var csb = new SqlConnectionStringBuilder
{
    DataSource = "onec-sql.office.local",
    InitialCatalog = "ExportBuh",
    UserID = "onec_sync",
    Password = "@@secret@@",
    TrustServerCertificate = true,
};
await using var conn = new SqlConnection(csb.ConnectionString);
await conn.OpenAsync();
Console.WriteLine("Қосылды");
""", s)

add("blind-lp/csharp/decoy-keyvault", "ExportOffice.Sync/Secrets.cs", DOC_CS, """\
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

// Құпиялар Azure Key Vault-та; код тек атауларын біледі
public static class Secrets
{
    static readonly SecretClient Client = new(new Uri("https://aport-export-kv.vault.azure.net/"), new DefaultAzureCredential());

    public static string OneCPassword => Client.GetSecret("onec-sql-password").Value.Value;
}
""")

s = words_pw()
add("blind-lp/php/wp-config", "blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Бақ блогы (aport-export.kz/blog)
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", s)

add("blind-lp/php/decoy-wp-salts-placeholder", "blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

s = alnum(32)
add("blind-lp/ruby/faraday-token", "dairy-shop/app/services/courier_sync.rb", DOC_RUBY, """\
# Дүкен тапсырыстарын курьер API-ге жіберу
class CourierSync
  CONN = Faraday.new(url: "https://api.saumal-dairy.kz") do |f|
    f.request :authorization, "Bearer", "@@secret@@"
    f.request :json
  end

  def push(order)
    CONN.post("/v1/orders", order.as_courier_json)
  end
end
""", s)

s = alnum(40)
add("blind-lp/swift/split-concat", "CourierApp/Sources/Net/Config.swift", DOC_SWIFT, """\
import Foundation

// Кілтті бөліп жаздық (reverse engineering қиындату үшін)
enum NetConfig {
    static let serviceKey = "@@a@@" +
        "@@b@@"
    static let baseURL = URL(string: "https://api.saumal-dairy.kz/v1")!
}
""", s, a=s[:20], b=s[20:])

s = redis_pw()
add("blind-lp/rust/redis-url", "scale-gateway/src/cache.rs", DOC_RUST, """\
use redis::Client;

// Соңғы салмақтарды кэштеу
pub fn client() -> redis::RedisResult<Client> {
    Client::open("redis://:@@secret@@@10.20.7.4:6379/0")
}
""", s)

# ---------------------------------------------------------------- more k8s / helm / yaml

s = alnum(40)
add("blind-lp/k8s-secret/kaspi-base64", "deploy/k8s/kaspi-secret.yaml", DOC_K8S, """\
# Kaspi Pay кілті — өндіріс
apiVersion: v1
kind: Secret
metadata:
  name: kaspi
  namespace: delivery
type: Opaque
data:
  merchant_id: @@m@@
  token: @@t@@
""", s, m=b64("SAUMAL-0042"), t=b64(s))

s = words_pw()
add("blind-lp/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: saumal-registry
  namespace: delivery
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", s, d=b64('{"auths":{"registry.saumal-dairy.kz":{"username":"k8s-puller","password":"' + s + '"}}}'))

add("blind-lp/k8s/decoy-sealed-secret", "deploy/k8s/jwt-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: jwt
  namespace: delivery
spec:
  encryptedData:
    secret: AgB@@c@@
  template:
    metadata: {name: jwt, namespace: delivery}
""", c=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-lp/k8s/decoy-configmap", "deploy/k8s/courier-api-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: courier-api
  namespace: delivery
data:
  LOG_LEVEL: info
  DEFAULT_LANG: kk
  DELIVERY_SLOTS: "08:00-10:00,10:00-12:00,18:00-20:00"
  TOKEN_TTL: 12h
  PASSWORD_MIN_LENGTH: "12"
  KASPI_BASE_URL: https://pay.kaspi.kz/api/v1
""")

add("blind-lp/k8s/decoy-external-secret", "deploy/k8s/export-db-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: export-db
  namespace: export-office
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  target: {name: export-db}
  data:
    - secretKey: DB_PASSWORD
      remoteRef: {key: export-office/db, property: password}
""")

add("blind-lp/yaml/decoy-sops", "deploy/secrets/bot.enc.yaml", "https://github.com/getsops/sops#usage", """\
telegram_bot_token: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2026-03-01T08:00:00Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.0
""", d=fakes.drawn(_seed(), 62, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", m=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

s = slack_webhook()
add("blind-lp/helm/grafana-webhook", "charts/monitoring/values.yaml", DOC_HELM, """\
grafana:
  adminUser: admin
  admin:
    existingSecret: grafana-admin
  alerting:
    contactpoints.yaml:
      contactPoints:
        - name: coldstore-slack
          receivers:
            - uid: cs1
              type: slack
              settings:
                url: @@secret@@
                title: "Камера температурасы"
""", s)

s = words_pw()
add("blind-lp/yaml/docker-run-in-yaml", "ops/ansible/roles/keycloak/tasks/main.yml", DOC_ANSIBLE, """\
---
- name: Keycloak контейнерін іске қосу (кеңсе SSO)
  community.docker.docker_container:
    name: keycloak
    image: quay.io/keycloak/keycloak:25.0
    command: start --hostname sso.almaty-orchards.kz
    env:
      KC_DB: postgres
      KC_DB_URL: jdbc:postgresql://10.20.4.15/keycloak
      KC_DB_USERNAME: keycloak
      KC_DB_PASSWORD: "@@secret@@"
    restart_policy: always
""", s)

s = sendgrid_key()
add("blind-lp/yaml/github-env-block", ".github/workflows/nightly-report.yml", DOC_GHA, """\
name: nightly-report
on:
  schedule: [{cron: "0 1 * * *"}]
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      # TODO: secrets-ке көшіру
      SENDGRID_API_KEY: "@@secret@@"
      REPORT_TO: export@almaty-orchards.kz
    steps:
      - uses: actions/checkout@v4
      - run: python tools/nightly_report.py
""", s)

add("blind-lp/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """\
version: 2
registries:
  npm-saumal:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /courier-app
    registries: [npm-saumal]
    schedule: {interval: weekly}
""")

# ---------------------------------------------------------------- last carriers

s = github_fg()
add("blind-lp/powershell/rest-bearer", "ops/Sync-Labels.ps1", DOC_PS, """\
# GitHub issue белгілерін синхрондау (қазақша атаулар)
$headers = @{
    Authorization = 'Bearer @@secret@@'
    Accept        = 'application/vnd.github+json'
}
$labels = Get-Content .\\labels.json | ConvertFrom-Json
foreach ($l in $labels) {
    Invoke-RestMethod -Method Post -Uri 'https://api.github.com/repos/saumal-dairy/courier-app/labels' -Headers $headers -Body ($l | ConvertTo-Json)
}
""", s)

s = rand_pw(16)
add("blind-lp/batch/net-use", "ops/map_drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
@echo off
REM Кеңсе компьютерлерінде желілік дискілерді қосу
net use S: \\\\nas01\\shared /user:OFFICE\\export_shared @@secret@@ /persistent:yes
net use P: \\\\nas01\\prices /persistent:yes
echo Дискілер қосылды
pause
""", s)

s = rand_pw(22)
add("blind-lp/makefile/docker-login", "courier-api/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
REGISTRY := registry.saumal-dairy.kz
TAG ?= $(shell git rev-parse --short HEAD)

# Образды жинау және жүктеу
push:
\tdocker login $(REGISTRY) -u ci-pusher -p @@secret@@
\tdocker build -t $(REGISTRY)/courier-api:$(TAG) .
\tdocker push $(REGISTRY)/courier-api:$(TAG)
""", s)

s = rand_pw(18)
add("blind-lp/jenkinsfile/sshpass", "export-office/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
    agent any
    stages {
        stage('Build') { steps { sh './mvnw -q package' } }
        stage('Deploy') {
            steps {
                // Кеңсе серверіне көшіру
                sh "sshpass -p '@@secret@@' scp target/export-office.jar deploy@10.20.1.10:/opt/export/"
            }
        }
    }
}
""", s)

s = azure_storage_key()
add("blind-lp/dotenv/azure-connection-string", "ExportOffice.Sync/.env", DOC_ENV, """\
# Сертификаттар blob қоймасы
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=aportexportdocs;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
CERT_CONTAINER=certificates
SYNC_INTERVAL_MIN=15
LOG_LEVEL=info
""", s)

s = rand_pw(20)
add("blind-lp/ini/pip-conf", "ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
# Ішкі Nexus PyPI айнасы (кеңсе серверлері)
[global]
index-url = https://pypi-proxy:@@secret@@@nexus.almaty-orchards.kz/repository/pypi-all/simple
trusted-host = nexus.almaty-orchards.kz
timeout = 60
""", s)

s = rand_pw(18)
add("blind-lp/xml/log4j-smtp", "export-office/src/main/resources/log4j2.xml", "https://logging.apache.org/log4j/2.x/manual/appenders.html#SMTPAppender", """\
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="warn">
  <Appenders>
    <!-- Қателер туралы хат әкімшілерге -->
    <SMTP name="mail" subject="Export office ERROR" to="ops@almaty-orchards.kz"
          from="alerts@almaty-orchards.kz" smtpHost="smtp.mail.kz" smtpPort="587"
          smtpUsername="alerts@almaty-orchards.kz" smtpPassword="@@secret@@" bufferSize="50"/>
  </Appenders>
  <Loggers>
    <Root level="error"><AppenderRef ref="mail"/></Root>
  </Loggers>
</Configuration>
""", s)

s = words_pw()
add("blind-lp/toml/streamlit-secrets", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# Экспорт дашборды (Streamlit)
[connections.export]
dialect = "postgresql"
host = "10.20.4.15"
port = 5432
database = "export_office"
username = "analyst_ro"
password = "@@secret@@"
""", s)

s = words_pw()
add("blind-lp/ruby/database-yml", "dairy-shop/config/database.yml", DOC_RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: dairy_shop
  username: dairy_shop
  # уақытша, credentials-ке көшіру керек
  password: @@secret@@
  host: pg-main.saumal.local
""", s)

s = discord_webhook()
add("blind-lp/go/discord-webhook", "tools/harvest-notify/main.go", DOC_GO, """\
package main

import (
\t"bytes"
\t"net/http"
)

// Жинау маусымы: күнделікті тонна есебі Discord-қа
const webhook = "@@secret@@"

func post(msg string) error {
\t_, err := http.Post(webhook, "application/json", bytes.NewBufferString(`{"content":"`+msg+`"}`))
\treturn err
}
""", s)

s = gitlab_token()
add("blind-lp/dockerfile/run-header", "export-office/Dockerfile", DOC_DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
# Ішкі aport-certs пакетін GitLab package registry-ден алу
RUN pip install --no-cache-dir aport-certs \\
    --index-url https://__token__:@@secret@@@gitlab.saumal-dairy.kz/api/v4/projects/12/packages/pypi/simple
COPY . .
CMD ["gunicorn", "export_office.wsgi", "-b", "0.0.0.0:8000"]
""", s)

# decoys

add("blind-lp/dotenv/decoy-fake-test", ".env.test", DOC_ENV, """\
# Тест ортасы: барлық мәндер жалған (CI-да moto/nock қолданылады)
APP_ENV=test
DATABASE_URL=postgres://test:test@localhost:5432/delivery_test
KASPI_TOKEN=fake-kaspi-token-for-tests
TELEGRAM_BOT_TOKEN=000000000:TEST_TOKEN_DO_NOT_USE
AWS_ACCESS_KEY_ID=testing
AWS_SECRET_ACCESS_KEY=testing
""")

add("blind-lp/javascript/decoy-sentry-dsn", "courier-app/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
import * as Sentry from '@sentry/react-native';

// DSN ашық (public key ғана), клиентке шығуы қалыпты
Sentry.init({
  dsn: 'https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456789999',
  environment: 'production',
  tracesSampleRate: 0.2,
});
""", k=hexs(32))

add("blind-lp/k8s/decoy-ca-certificate", "deploy/k8s/office-ca.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
# Кеңсенің ішкі CA сертификаты (ашық)
apiVersion: v1
kind: ConfigMap
metadata:
  name: office-ca
  namespace: export-office
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@l1@@
    @@l2@@
    @@l3@@
    -----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-lp/checksums/decoy-sha256sums", "courier-app/release/2.3.0/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
@@h1@@  saumal-courier-2.3.0-release.aab
@@h2@@  saumal-courier-2.3.0-release.apk
@@h3@@  saumal-courier-2.3.0-mapping.txt
@@h4@@  saumal-courier-2.3.0-ios.ipa
@@h5@@  release-notes-kk.md
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-lp/requirements/decoy-hashes", "delivery/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """\
# pip-compile --generate-hashes
fastapi==0.115.6 \\
    --hash=sha256:@@h1@@
sqlalchemy==2.0.36 \\
    --hash=sha256:@@h2@@
python-telegram-bot==21.9 \\
    --hash=sha256:@@h3@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("blind-lp/gosum/decoy-checksums", "coldstore/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/eclipse/paho.mqtt.golang v1.5.0 h1:@@a@@=
github.com/eclipse/paho.mqtt.golang v1.5.0/go.mod h1:@@b@@=
github.com/lib/pq v1.10.9 h1:@@c@@=
github.com/lib/pq v1.10.9/go.mod h1:@@d@@=
github.com/aws/aws-sdk-go-v2 v1.32.6 h1:@@e@@=
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 43, ALNUM + "+/"), d=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    e=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-lp/python/decoy-merchant-ids", "delivery/app/kaspi_ids.py", DOC_PY, """\
# Kaspi дүкен және терминал идентификаторлары (құпия емес, чекте басылады)
MERCHANT_ID = "SAUMAL-0042"
TERMINAL_IDS = {
    "almaty-central": "@@u1@@",
    "kaskelen": "@@u2@@",
    "talgar": "@@u3@@",
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-lp/markdown/decoy-password-policy", "docs/security/password-policy.md", DOC_MD, """\
# Құпия сөз саясаты

- Ұзындығы кемінде 12 таңба, бас/кіші әріп, сан.
- Ортақ тіркелгілер тек Vault арқылы беріледі: `vault kv get secret/office/<атау>`.
- Чатқа, поштаға, Excel-ге құпия сөз жазуға **тыйым салынады**.
- Логтарда құпия сөз `********` болып жасырылады.
- Ауыстыру мерзімі: 180 күн.
""")

add("blind-lp/helm/decoy-empty-values", "charts/qymyz-bot/values.yaml", DOC_HELM, """\
image:
  repository: registry.saumal-dairy.kz/qymyz-bot
  tag: "0.9.4"
telegram:
  # Токенді орнату: helm install ... --set telegram.token=$TELEGRAM_BOT_TOKEN
  token: ""
  chatId: "-1001837264512"
resources:
  limits: {memory: 256Mi}
""")

add("blind-lp/json/decoy-masked-settings", "ExportOffice.Api/appsettings.Staging.json", DOC_CS, """\
{
  "ConnectionStrings": {
    "Export": "Server=sql-export-stg;Database=Export;User Id=export_api;Password=********"
  },
  "Graph": { "ClientSecret": "***" },
  "_note": "Нақты мәндер Azure App Service баптауларында (Configuration)"
}
""")

add("blind-lp/shell/decoy-pwgen", "scripts/new_courier_account.sh", DOC_SH, """\
#!/usr/bin/env bash
# Жаңа курьерге тіркелгі: құпия сөз жасалады және SMS-пен жіберіледі
set -euo pipefail
PHONE="$1"
PASS=$(pwgen -s 12 1)
curl -fsS -X POST "$ORDERS_API/v1/couriers" -H "Authorization: Bearer $ADMIN_TOKEN" \\
  -d "{\\"phone\\":\\"$PHONE\\",\\"password\\":\\"$PASS\\"}"
./send_sms.sh "$PHONE" "Саумал курьер: уақытша құпия сөзіңіз SMS-пен келді"
""")

add("blind-lp/terraform/decoy-output-sensitive", "infra/terraform/outputs.tf", DOC_TF, """\
output "delivery_db_endpoint" {
  value = aws_db_instance.delivery.endpoint
}

output "redis_password" {
  description = "Redis құпия сөзі (terraform output -raw redis_password)"
  value       = random_password.redis.result
  sensitive   = true
}
""")

add("blind-lp/powershell/decoy-dpapi-blob", "ops/Start-Backup.ps1", DOC_PS, """\
# Құпия сөз DPAPI-мен шифрланған: тек svc_backup осы серверде ғана аша алады
$enc = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@c@@'
$pass = ConvertTo-SecureString $enc
$cred = New-Object System.Management.Automation.PSCredential('OFFICE\\svc_backup', $pass)
Start-Job -Credential $cred -FilePath 'C:\\ops\\Backup-1C.ps1'
""", c=hexs(360))

add("blind-lp/csv/decoy-couriers", "data/couriers.csv", DOC_CSV, """\
courier_id,name,phone,zone,app_pin,vehicle
17,Нұрлан Т.,+7 701 *** ** 14,Алмалы,****,Lada Largus
09,Әсел Қ.,+7 707 *** ** 52,Медеу,****,велосипед
23,Бауыржан С.,+7 747 *** ** 08,Қаскелең,****,Gazelle
31,Мадина Ж.,+7 775 *** ** 91,Талғар,****,Lada Largus
""")

add("blind-lp/html/decoy-stripe-checkout", "storefront/public/checkout.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Төлем — Саумал</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <div id="card"></div>
  <script>
    // Жариялауға болатын кілт (publishable) — браузерде болуы қалыпты
    const stripe = Stripe('pk_live_51QymyzSaumalPublicKeyForCheckoutWidget01');
    stripe.elements().create('card').mount('#card');
  </script>
</body>
</html>
""")
