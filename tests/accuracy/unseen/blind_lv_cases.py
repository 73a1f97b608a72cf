"""Blind set LV: Sindhi ajrak block-printers (Hala, Matiari, Bhit Shah workshops and their web shop)
and a Karachi courier service (dispatch, rider apps, tracking, COD settlement).

Notes and comments are partly in Sindhi (Arabic script), as the team writes them. Code in many
languages, configs, CI, Kubernetes, notes, logs and docs; about 130 files with one credential
each and about 90 decoys. Generated fakes only (seeds 6850000-6859999).
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
SEED_LO, SEED_HI = 6850000, 6859999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ajrak", "Indigo", "Hala", "Matiari", "Bhitshah", "Kumbh", "Neel", "Lyari", "Saddar", "Clifton",
         "Kharadar", "Sehwan", "Thatta", "Keenjhar", "Mehran", "Sukkur", "Larkana", "Badin", "Makli", "Rohri"]
LOWER = ["madder", "indigo", "block", "resist", "parcel", "rider", "camel", "dhow", "mango", "saffron",
         "peacock", "lotus", "tanka", "bazaar", "monsoon", "kite"]


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


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


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
    return ("https://discord.com/api/webhooks/" + str(r.randint(10**17, 10**18 - 1)) + "/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return "hf_" + fakes.drawn(_seed(), 34, string.ascii_letters)


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn_mixed(_seed(), 93, ALNUM + "-_") + "AA"


def fcm_key() -> str:
    return "AAAA" + fakes.drawn_mixed(_seed(), 7) + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "-_")


def meta_token() -> str:
    return "EAAG" + fakes.drawn_mixed(_seed(), 180)


def azure_account_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()


def twilio_sid() -> str:
    return "AC" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


CASES: List[LabelledCase] = []
_NAMES: set = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from fields (and `@@secret@@` from secret)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, (file_name, text)
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(f"blind-lv/{category}", file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#readme"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S = "https://kubernetes.io/docs/concepts/workloads/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
PY = "https://docs.python.org/3/reference/"
NODE = "https://nodejs.org/api/"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KOTLIN = "https://kotlinlang.org/docs/home.html"
CSHARP = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://laravel.com/docs/configuration"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/book/"
SWIFT = "https://developer.apple.com/documentation/foundation"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/"
MD = "https://commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
SQL = "https://www.postgresql.org/docs/current/sql.html"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
XML = "https://www.w3.org/TR/xml/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
SSH = "https://man.openbsd.org/ssh-keygen"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
TWILIO = "https://www.twilio.com/docs/iam/api-keys"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
VAULT = "https://developer.hashicorp.com/vault/docs"
SOPS = "https://github.com/getsops/sops#readme"
ANSIBLE_VAULT = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#readme"
SHOPIFY = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"
FCM = "https://firebase.google.com/docs/cloud-messaging/auth-server"
WHATSAPP = "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started"

# ---------------------------------------------------------------- ajrak web shop: dotenv and configs

add("dotenv/stripe", ".env.production", DOTENV, """# اجرڪ دڪان - پيداوار جو ماحول
APP_NAME=hala-ajrak-shop
APP_URL=https://ajrak.example.pk
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
# رنگ جي فهرست روز صبح ڇهين وڳي تازه ٿيندي
CATALOGUE_REFRESH_CRON=0 6 * * *
""", stripe_key(), pk=fakes.drawn_mixed(_seed(), 24))

add("dotenv/decoy-placeholder", ".env.example", DOTENV, """# هي نمونو آهي - اصل قدرون هتي نه لکو
APP_NAME=hala-ajrak-shop
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_your_key_here
DATABASE_URL=postgres://ajrak:<password>@localhost:5432/ajrak
MAIL_PASSWORD=
""")

add("dotenv/postgres-url", "courier-api/.env", DOTENV, """# ڪراچي ڪوريئر - مقامي ترقي
PORT=8080
DATABASE_URL=postgres://dispatch:@@secret@@@db.internal.kcs:5432/dispatch
REDIS_URL=redis://redis:6379/0
TRACKING_BASE=https://track.karachicourier.example/p/
""", rand_pw(20))

add("dotenv/decoy-env-reference", "courier-api/.env.docker", DOTENV, """# ڊاڪر لاءِ: سڀ ڳجها لفظ ماحول مان ايندا
PORT=8080
DATABASE_URL=postgres://dispatch:${POSTGRES_PASSWORD}@db:5432/dispatch
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
SMS_API_KEY=${SMS_API_KEY:?set SMS_API_KEY}
""")

add("dotenv/twilio", "rider-sms/.env.local", DOTENV, """TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+14155550123
# رائيڊر کي پارسل جو پيغام موڪلڻ لاءِ
SMS_TEMPLATE="توهان جو پارسل {cn} رستي ۾ آهي"
""", hexs(32), sid=twilio_sid())

add("dotenv/sendgrid", "ajrak-newsletter/.env", DOTENV, """# نيوز ليٽر - نئين اجرڪ ڊزائن جو اعلان
MAIL_FROM=khabar@ajrak.example.pk
MAIL_DRIVER=sendgrid
SENDGRID_API_KEY=@@secret@@
LIST_ID=ajrak-buyers-2026
""", sendgrid_key())

add("dotenv/decoy-masked", "ops/env-dump-redacted.txt", DOTENV, """# env جو نقل - ڳجها لفظ لڪايل (redacted) آهن
DATABASE_URL=postgres://dispatch:********@db.internal.kcs:5432/dispatch
STRIPE_SECRET_KEY=sk_live_****************************4f2a
TWILIO_AUTH_TOKEN=[REDACTED]
SENDGRID_API_KEY=SG.***
JWT_SECRET=<hidden>
""")

add("dotenv/jwt-secret", "rider-app-backend/.env.staging", DOTENV, """NODE_ENV=staging
# رائيڊر ايپ جي لاگ ان لاءِ
JWT_SECRET=@@secret@@
JWT_EXPIRES_IN=12h
GOOGLE_MAPS_REGION=pk
""", jwt_secret())

# ---------------------------------------------------------------- Python

add("python/aws-secret", "printing_uploads/storage.py", PY, '''"""اجرڪ جي ٺپن جون تصويرون S3 تي رکڻ."""
import boto3

# TODO: هي IAM role ڏانهن منتقل ڪريو
session = boto3.session.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-south-1",
)
s3 = session.client("s3")


def upload_block_photo(path: str, design_no: str) -> None:
    s3.upload_file(path, "hala-ajrak-blocks", f"designs/{design_no}.jpg")
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-env-reference", "printing_uploads/settings.py", PY, '''"""سيٽنگون - ڳجها لفظ ماحول يا Secrets Manager مان."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "ap-south-1")
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
DB_PASSWORD = os.environ.get("DB_PASSWORD")  # هتي ڪڏهن به سڌو نه لکو
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "SG.placeholder")
''')

add("python/telegram", "dispatch_bot/bot.py", PY, '''# ڊسپيچ بوٽ: رائيڊرن کي نوان آرڊر ٽيليگرام تي
import logging
from telegram.ext import Application, CommandHandler

BOT_TOKEN = "@@secret@@"
DISPATCH_CHAT = -1001876543210


async def pending(update, context):
    await update.message.reply_text("اڄ جا باقي پارسل: ...")


def main():
    logging.basicConfig(level=logging.INFO)
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("pending", pending))
    app.run_polling()
''', fakes.telegram_token(_seed()))

add("python/django-secret-key", "ajrak_site/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ajrak.example.pk", "www.ajrak.example.pk"]
# پيداوار جي ڪنجي
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "sd"
TIME_ZONE = "Asia/Karachi"
''', fakes.django_secret_key(_seed()))

add("python/decoy-test-fixture", "tests/test_tracking.py", PY, '''"""ٽريڪنگ جا آزمائشي ڪيس - سڀ قدرون جعلي آهن."""
import pytest

FAKE_API_KEY = "test-key-not-real"
FAKE_TOKEN = "dummy-token-for-unit-tests"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("TRACKING_API_KEY", FAKE_API_KEY)
    from tracking.api import create_app
    return create_app().test_client()


def test_unknown_consignment(client):
    assert client.get("/track/KHI0000000", headers={"X-Token": FAKE_TOKEN}).status_code == 404
''')

add("python/mysql-password", "scripts/cod_settlement.py", PY, '''#!/usr/bin/env python3
# COD رقم جو روزانو حساب - رات 11 وڳي
import pymysql

conn = pymysql.connect(
    host="10.20.4.15",
    user="cod_report",
    password="@@secret@@",
    database="settlements",
    charset="utf8mb4",
)
with conn.cursor() as cur:
    cur.execute("SELECT rider_id, SUM(amount) FROM cod WHERE day = CURDATE() GROUP BY rider_id")
    for rider, total in cur.fetchall():
        print(rider, total)
''', words_pw())

add("python/openai", "catalogue/describe_designs.py", PY, '''"""اجرڪ جي ڊزائن جو بيان انگريزي ۽ سنڌي ۾ لکرائڻ."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "Describe this Sindhi ajrak block-print pattern for a shop listing: {name}"


def describe(name: str) -> str:
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT.format(name=name)}])
    return reply.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/decoy-hash", "catalogue/checksums.py", PY, '''# ٺپن جي اسڪين فائلن جا checksum - تصديق لاءِ
BLOCK_SCANS = {
    "kumbh-border-01.tif": "@@h1@@",
    "neel-jaal-07.tif": "@@h2@@",
    "sitara-center-12.tif": "@@h3@@",
}
ALGORITHM = "sha256"
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

_k = rand_pw(40)
add("python/split-literal", "dispatch/sms_gateway.py", PY, '''import requests

# SMS گيٽ وي (مقامي) - ڪنجي ٻن حصن ۾ رکيل آهي
API_KEY = ("@@a@@"
           "@@b@@")
BASE = "https://sms.gateway.example.pk/api/v2/send"


def send(msisdn: str, text: str) -> int:
    r = requests.post(BASE, data={"to": msisdn, "msg": text, "key": API_KEY}, timeout=10)
    return r.status_code
''', _k, a=_k[:20], b=_k[20:])

add("python/pem-heredoc", "scripts/sign_waybill.py", PY, '''"""وي بل تي دستخط - ڪنجي عارضي طور هتي."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY = """@@secret@@"""


def sign(waybill: bytes) -> bytes:
    key = serialization.load_pem_private_key(SIGNING_KEY.encode(), password=None)
    return key.sign(waybill, padding.PKCS1v15(), hashes.SHA256())
''', pem("RSA"))

add("python/decoy-public-key", "scripts/verify_waybill.py", PY, '''"""وي بل جي دستخط جي تصديق - رڳو عوامي ڪنجي."""
from cryptography.hazmat.primitives import serialization

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
-----END PUBLIC KEY-----"""

key = serialization.load_pem_public_key(PUBLIC_KEY.encode())
''', a=fakes.drawn(_seed(), 20, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"))

# ---------------------------------------------------------------- JavaScript / TypeScript

add("javascript/shopify", "shop-sync/index.js", NODE, """// شاپيفائي دڪان سان اسٽاڪ ملائڻ (هالا ورڪشاپ)
const Shopify = require('@shopify/shopify-api');

const client = new Shopify.Clients.Rest('hala-ajrak.myshopify.com', '@@secret@@');

async function syncStock(sku, qty) {
  // اسٽاڪ گهٽ هجي ته خبر ڏيو
  return client.put({ path: `inventory_levels/set`, data: { sku, available: qty } });
}

module.exports = { syncStock };
""", shopify_token())

add("javascript/decoy-publishable", "shop-web/src/checkout.js", STRIPE, """// چيڪ آئوٽ - عوامي ڪنجي، برائوزر ۾ رکڻ ٺيڪ آهي
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('pk_live_@@pk@@');

export async function payForAjrak(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
""", pk=fakes.drawn_mixed(_seed(), 99))

add("typescript/mongodb-url", "tracking-service/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """import { MongoClient } from 'mongodb';

// ٽريڪنگ واقعا (اسڪين) - Atlas ڪلسٽر
const uri = 'mongodb+srv://tracker:@@secret@@@kcs-track.ab12c.mongodb.net/events?retryWrites=true&w=majority';

export const client = new MongoClient(uri);
export const events = client.db('events').collection('scans');
""", rand_pw(16))

add("typescript/decoy-config-reference", "tracking-service/src/config.ts", NODE, """// سڀ ڳجها لفظ process.env مان
export const config = {
  mongoUri: process.env.MONGO_URI ?? '',
  jwtSecret: process.env.JWT_SECRET!,
  smsKey: process.env.SMS_API_KEY || 'unset',
  mapsKey: process.env.MAPS_KEY,
};
""")

add("javascript/slack-webhook", "ops/notify-delays.js", SLACK, """// دير سان پهچندڙ پارسلن جي خبر Slack تي
const fetch = require('node-fetch');

const WEBHOOK = '@@secret@@';

async function notify(count) {
  await fetch(WEBHOOK, {
    method: 'POST',
    body: JSON.stringify({ text: `اڄ ${count} پارسل دير سان آهن` }),
  });
}
module.exports = notify;
""", slack_webhook())

add("javascript/decoy-slack-placeholder", "ops/notify-delays.example.js", SLACK, """// نمونو: پنهنجو webhook هتي لڳايو
const WEBHOOK = process.env.SLACK_WEBHOOK_URL || 'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX';

module.exports = async function notify(text) {
  console.log('would post to', WEBHOOK.replace(/\\/[^/]+$/, '/***'), text);
};
""")

add("typescript/fcm", "rider-app/functions/src/push.ts", FCM, """// رائيڊر کي نئين آرڊر جي پش نوٽيفڪيشن (پراڻو legacy API)
const FCM_SERVER_KEY = '@@secret@@';

export async function pushToRider(deviceToken: string, cn: string) {
  return fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: deviceToken, notification: { title: 'نئون پارسل', body: cn } }),
  });
}
""", fcm_key())

add("javascript/whatsapp", "notify/whatsapp.js", WHATSAPP, """// گراهڪ کي WhatsApp تي ترسيل جي خبر
const axios = require('axios');
const PHONE_ID = '104' + '233445566778';
const token = '@@secret@@';

exports.sendDelivered = (to, cn) => axios.post(
  `https://graph.facebook.com/v19.0/${PHONE_ID}/messages`,
  { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'delivered_sd', language: { code: 'sd' } } },
  { headers: { Authorization: `Bearer ${token}` } },
);
""", meta_token())

add("javascript/decoy-firebase-web", "rider-app/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """// Firebase ويب ترتيب - هي ڪنجيون عوامي آهن (قاعدا سيڪيورٽي ڏين ٿا)
export const firebaseConfig = {
  projectId: 'kcs-riders',
  authDomain: 'kcs-riders.firebaseapp.com',
  storageBucket: 'kcs-riders.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
};
""", sender=digits(12), app=hexs(22))

# ---------------------------------------------------------------- Go

add("go/postgres-dsn", "dispatch/internal/store/store.go", GO, """package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// ڊسپيچ ڊيٽابيس سان ڳنڍڻ
const dsn = "host=10.20.4.11 port=5432 user=dispatch password=@@secret@@ dbname=dispatch sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", rand_pw(22))

add("go/decoy-env-reference", "dispatch/internal/config/config.go", GO, """package config

import "os"

// ڪنجيون هميشه ماحول مان
type Config struct {
	DSN      string
	MapsKey  string
	SMSToken string
}

func Load() Config {
	return Config{DSN: os.Getenv("DISPATCH_DSN"), MapsKey: os.Getenv("MAPS_KEY"), SMSToken: os.Getenv("SMS_TOKEN")}
}
""")

add("go/github-token", "tools/release/main.go", GO, """package main

import (
	"context"

	"github.com/google/go-github/v60/github"
)

// رليز ٺاهڻ جو اوزار - ٽوڪن کي جلد ختم ڪريو
var token = "@@secret@@"

func main() {
	client := github.NewClient(nil).WithAuthToken(token)
	_, _, _ = client.Repositories.CreateRelease(context.Background(), "kcs", "rider-app", &github.RepositoryRelease{})
}
""", fakes.github_token(_seed()))

add("go/google-maps", "routing/geocode.go", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """package routing

import "googlemaps.github.io/maps"

// ڪراچي جي ايڊريسن جو جيو ڪوڊ (ڪلفٽن، صدر، لياري)
func NewClient() (*maps.Client, error) {
	return maps.NewClient(maps.WithAPIKey("@@secret@@"))
}
""", google_key())

add("go/decoy-example-aws", "docs/examples/s3_example.go", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """package examples

// AWS جي دستاويز وارو مثال - اصل ڪنجي ناهي
const (
	ExampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	ExampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

func Describe() string { return "static credentials example from the AWS docs" }
""")

# ---------------------------------------------------------------- Java / Kotlin

add("properties/datasource", "courier-core/src/main/resources/application-prod.properties", JAVA, """# ڪوريئر ڪور - پيداوار
spring.datasource.url=jdbc:postgresql://10.20.4.11:5432/courier
spring.datasource.username=courier_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("properties/decoy-placeholder-ref", "courier-core/src/main/resources/application.properties", JAVA, """# ڳجها لفظ Vault مان ايندا
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/courier
spring.datasource.username=${DB_USER:courier_app}
spring.datasource.password=${DB_PASSWORD}
spring.cloud.vault.kv.backend=secret
app.sms.api-key=${vault.sms.apiKey}
""")

add("java/smtp-password", "courier-core/src/main/java/pk/kcs/mail/MailConfig.java", JAVA, """package pk.kcs.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

public class MailConfig {
    // وي بل جون PDF ميل ذريعي
    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("smtp.zoho.com");
        s.setPort(587);
        s.setUsername("waybills@karachicourier.example");
        s.setPassword("@@secret@@");
        return s;
    }
}
""", rand_pw(16, "!@#"))

add("kotlin/api-key", "rider-android/app/src/main/java/pk/kcs/rider/net/Api.kt", KOTLIN, """package pk.kcs.rider.net

import okhttp3.Interceptor

// رائيڊر ايپ جي اندروني API ڪنجي
private const val INTERNAL_API_KEY = "@@secret@@"

val authInterceptor = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder().header("X-Api-Key", INTERNAL_API_KEY).build())
}
""", "kcs_live_" + rand_pw(32))

add("kotlin/decoy-buildconfig", "rider-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    defaultConfig {
        applicationId = "pk.kcs.rider"
        // ڪنجي local.properties يا CI مان ايندي
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.karachicourier.example\\"")
    }
}
""")

add("java/keystore-password", "rider-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing", """# رائيڊر ايپ جي سائننگ - هي فائل git ۾ نه هئڻ گهرجي ها
storeFile=../release/kcs-rider.jks
storePassword=@@secret@@
keyAlias=kcs-rider
keyPassword=@@secret@@
""", rand_pw(18))

# ---------------------------------------------------------------- C#

add("json/appsettings-sql", "ShipmentPortal/appsettings.Production.json", CSHARP, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Shipments": "Server=tcp:kcs-sql.database.windows.net,1433;Database=shipments;User ID=portal;Password=@@secret@@;Encrypt=True;"
  },
  "Tracking": { "BaseUrl": "https://track.karachicourier.example" }
}
""", words_pw())

add("json/decoy-appsettings", "ShipmentPortal/appsettings.json", CSHARP, """{
  "ConnectionStrings": {
    "Shipments": "Server=(localdb)\\\\mssqllocaldb;Database=shipments;Trusted_Connection=True;"
  },
  "KeyVault": { "Uri": "https://kcs-vault.vault.azure.net/" },
  "Sms": { "ApiKey": "" }
}
""")

add("csharp/azure-storage", "ShipmentPortal/Services/PodStorage.cs", CSHARP, """using Azure.Storage.Blobs;

namespace ShipmentPortal.Services;

// ترسيل جو ثبوت (POD) تصويرون
public class PodStorage
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=kcspod;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("pod");
}
""", azure_account_key())

add("csharp/decoy-keyvault", "ShipmentPortal/Program.cs", CSHARP, """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// سڀ ڳجها Key Vault ۾ - managed identity سان
builder.Configuration.AddAzureKeyVault(new Uri("https://kcs-vault.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/health", () => "ٺيڪ");
app.Run();
""")

# ---------------------------------------------------------------- PHP / Ruby / Rust / Swift

add("php/mysql-password", "ajrak-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// اجرڪ بلاگ - ورڊپريس
define( 'DB_NAME', 'ajrak_blog' );
define( 'DB_USER', 'ajrak_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
""", words_pw())

add("php/decoy-salts-placeholder", "ajrak-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// نمونو: اصل قدرون https://api.wordpress.org/secret-key/1.1/salt/ تان وٺو
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("php/jazzcash-password", "ajrak-shop/config/payments.php", PHP, """<?php
// جاز ڪيش / ايزي پيسا ادائگي (اجرڪ آرڊر)
return [
    'jazzcash' => [
        'merchant_id' => 'MC@@mid@@',
        'password' => '@@secret@@',
        'return_url' => 'https://ajrak.example.pk/pay/return',
    ],
];
""", rand_pw(10), mid=digits(5))

add("php/decoy-env-laravel", "ajrak-shop/config/services.php", PHP, """<?php
// ڪنجيون .env مان (env() ذريعي)
return [
    'mailgun' => ['domain' => env('MAILGUN_DOMAIN'), 'secret' => env('MAILGUN_SECRET')],
    'stripe' => ['key' => env('STRIPE_KEY'), 'secret' => env('STRIPE_SECRET')],
    'leopards' => ['api_key' => env('LEOPARDS_API_KEY'), 'api_password' => env('LEOPARDS_API_PASSWORD')],
];
""")

add("ruby/mailgun", "ajrak_mailer/config/initializers/mailgun.rb", RUBY, """# اجرڪ آرڊر جي تصديق واري ميل
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
end

ORDER_FROM = 'orders@mg.ajrak.example.pk'
# ڪنجي هر ٽن مهينن بعد مٽايو
""", mailgun_key())

add("ruby/decoy-credentials-ref", "ajrak_mailer/config/storage.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", """# Rails credentials مان - encrypted
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-south-1
  bucket: ajrak-photos
""")

add("ruby/redis-url", "tracking_worker/config/sidekiq.rb", RUBY, """# ٽريڪنگ جا پس منظر ڪم
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-master.kcs.internal:6379/2' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-master.kcs.internal:6379/2' }
end
""", fakes.redis_password(_seed()))

add("rust/hf-token", "pattern-classifier/src/main.rs", RUST, """// اجرڪ جي نمونن جي درجه بندي (ماڊل Hugging Face تان)
use std::error::Error;

const HF_TOKEN: &str = "@@secret@@";
const MODEL: &str = "hala-workshop/ajrak-patterns";

fn main() -> Result<(), Box<dyn Error>> {
    let url = format!("https://huggingface.co/{}/resolve/main/model.safetensors", MODEL);
    let body = ureq::get(&url).set("Authorization", &format!("Bearer {}", HF_TOKEN)).call()?;
    println!("{}", body.status());
    Ok(())
}
""", hf_token())

add("rust/decoy-env", "pattern-classifier/src/config.rs", RUST, """// ڪنجي ماحول مان - ڪوڊ ۾ ڪڏهن به نه
pub fn hf_token() -> Option<String> {
    std::env::var("HF_TOKEN").ok()
}

pub const MODEL: &str = "hala-workshop/ajrak-patterns";
""")

add("swift/api-key", "RiderIOS/Sources/Networking/Keys.swift", SWIFT, """import Foundation

// رائيڊر iOS - ڪنجيون (عارضي)
enum Keys {
    static let sendgrid = "@@secret@@"
    static let apiBase = URL(string: "https://api.karachicourier.example")!
}
""", sendgrid_key())

add("swift/decoy-plist-ref", "RiderIOS/Sources/Networking/Config.swift", SWIFT, """import Foundation

// ڪنجي Info.plist ۾ xcconfig مان (CI ڀري ٿو)
enum Config {
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- shell / PowerShell

add("shell/mysqldump", "ops/backup-settlements.sh", SHELL, """#!/usr/bin/env bash
# COD حساب جو بيڪ اپ - هر رات
set -euo pipefail
DAY=$(date +%F)
mysqldump -h 10.20.4.15 -u backup -p'@@secret@@' settlements | gzip > /backups/settlements-$DAY.sql.gz
aws s3 cp /backups/settlements-$DAY.sql.gz s3://kcs-backups/settlements/
""", words_pw())

add("shell/decoy-prompt", "ops/restore-settlements.sh", SHELL, """#!/usr/bin/env bash
# بحالي: ڳجهو لفظ هٿ سان لکو (اسڪرپٽ ۾ ناهي)
set -euo pipefail
read -rsp "MySQL password: " MYSQL_PWD
export MYSQL_PWD
gunzip -c "$1" | mysql -h 10.20.4.15 -u restore settlements
""")

add("shell/curl-basic", "ops/leopards-booking-test.sh", SHELL, """#!/bin/sh
# ليپرڊز ڪوريئر جي API آزمائش (بکنگ)
curl -s https://merchantapi.leopardscourier.example/api/bookPacket/format/json/ \\
  -d api_key="$LEOPARDS_API_KEY" \\
  -d api_password='@@secret@@' \\
  -d booked_packet_weight=500 \\
  -d origin_city=KHI -d destination_city=HYD
""", rand_pw(14))

add("shell/export-heredoc", "ops/provision-rider-node.sh", SHELL, """#!/usr/bin/env bash
# نئين رائيڊر سرور جي تياري
cat > /etc/kcs/rider.env <<'EOF'
RIDER_API_PORT=9000
RIDER_DB_PASSWORD=@@secret@@
RIDER_LOG_LEVEL=info
EOF
chmod 600 /etc/kcs/rider.env
systemctl restart kcs-rider
""", rand_pw(24))

add("powershell/sql-password", "ops/Import-Waybills.ps1", PWSH, """# وي بل CSV کي SQL سرور ۾ آڻڻ
param([string]$Path = "C:\\kcs\\waybills\\today.csv")
$cred = New-Object System.Management.Automation.PSCredential("waybill_import", (ConvertTo-SecureString '@@secret@@' -AsPlainText -Force))
Import-Csv $Path | ForEach-Object {
    Invoke-Sqlcmd -ServerInstance "kcs-sql01" -Database "shipments" -Credential $cred -Query "EXEC dbo.AddWaybill '$($_.CN)'"
}
""", words_pw())

add("powershell/decoy-get-credential", "ops/Export-Manifest.ps1", PWSH, """# منشور (manifest) برآمد - ڳجهو لفظ SecretManagement مان
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "kcs-sql-export" -Vault KcsVault
Invoke-Sqlcmd -ServerInstance "kcs-sql01" -Database "shipments" -Credential $cred `
  -Query "SELECT * FROM dbo.Manifest WHERE Day = CAST(GETDATE() AS date)" |
  Export-Csv "C:\\kcs\\manifest.csv" -NoTypeInformation
""")

add("shell/history-mysql", "home/naveed/.bash_history", SHELL, """cd /srv/ajrak-shop
git pull
php artisan migrate --force
mysql -u root -p@@secret@@ ajrak_shop -e 'select count(*) from orders'
tail -f storage/logs/laravel.log
sudo systemctl reload php8.2-fpm
""", rand_pw(12))

add("shell/decoy-history", "home/rider-ops/.bash_history", SHELL, """kubectl -n courier get pods
kubectl -n courier logs deploy/tracking --tail=50
vault kv get secret/courier/sms
export SMS_API_KEY=$(vault kv get -field=key secret/courier/sms)
helm upgrade tracking ./charts/tracking -f values-prod.yaml
""")

# ---------------------------------------------------------------- Kubernetes / Helm / compose

_pw = rand_pw(20)
add("k8s-secret/postgres-b64", "deploy/k8s/dispatch-db-secret.yaml", K8S_SECRET, """# ڊسپيچ ڊيٽابيس جو ڳجهو لفظ
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: courier
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", _pw, u=b64("dispatch"), p=b64(_pw))

add("k8s-secret/stringdata-token", "deploy/k8s/sms-gateway-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: courier
  labels: { app: notify }
type: Opaque
stringData:
  # SMS گيٽ وي جي ڪنجي
  SMS_API_TOKEN: "@@secret@@"
""", rand_pw(40))

add("k8s-secret/decoy-sealed", "deploy/k8s/dispatch-db-sealed.yaml", SEALED, """# SealedSecret - رڳو ڪلسٽر کولي سگهي ٿو، git ۾ رکڻ محفوظ
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dispatch-db
  namespace: courier
spec:
  encryptedData:
    password: AgB@@c1@@
    username: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 280, ALNUM + "+/"))

add("k8s/decoy-secretkeyref", "deploy/k8s/tracking-deployment.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracking
  namespace: courier
spec:
  replicas: 3
  selector: { matchLabels: { app: tracking } }
  template:
    metadata: { labels: { app: tracking } }
    spec:
      containers:
        - name: tracking
          image: registry.kcs.example/tracking:2.14.0
          env:
            - name: MONGO_URI
              valueFrom: { secretKeyRef: { name: tracking-mongo, key: uri } }
            - name: JWT_SECRET
              valueFrom: { secretKeyRef: { name: tracking-jwt, key: secret } }
""")

add("k8s/env-literal", "deploy/k8s/notify-deployment.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata: { name: notify, namespace: courier }
spec:
  selector: { matchLabels: { app: notify } }
  template:
    metadata: { labels: { app: notify } }
    spec:
      containers:
        - name: notify
          image: registry.kcs.example/notify:1.3.2
          env:
            - name: TWILIO_AUTH_TOKEN   # عارضي - جلد secretKeyRef ۾
              value: "@@secret@@"
""", hexs(32))

_dc = b64("kcs-ci:" + rand_pw(20))
add("k8s-secret/dockerconfig", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: kcs-registry
  namespace: courier
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _dc, d=b64('{"auths":{"registry.kcs.example":{"auth":"' + _dc + '"}}}'))

add("helm/values-password", "charts/tracking/values-prod.yaml", HELM, """# ٽريڪنگ - پيداوار جون قدرون
replicaCount: 3
image:
  repository: registry.kcs.example/tracking
  tag: "2.14.0"
mongodb:
  auth:
    username: tracker
    password: "@@secret@@"
ingress:
  host: track.karachicourier.example
""", rand_pw(18))

add("helm/decoy-values-empty", "charts/tracking/values.yaml", HELM, """# ڊفالٽ قدرون - ڳجها لفظ --set يا existingSecret ذريعي
replicaCount: 1
mongodb:
  auth:
    username: tracker
    password: ""
    existingSecret: tracking-mongo
jwt:
  secret: ""  # لازمي: --set jwt.secret=...
""")

add("compose/postgres", "docker-compose.yml", COMPOSE, """# مقامي ترقي - ڊسپيچ + ٽريڪنگ
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@secret@@
    ports: ["5432:5432"]
  redis:
    image: redis:7
""", words_pw())

add("compose/decoy-env-file", "docker-compose.prod.yml", COMPOSE, """services:
  tracking:
    image: registry.kcs.example/tracking:2.14.0
    env_file: /etc/kcs/tracking.env   # سرور تي، git ۾ ناهي
    environment:
      MONGO_URI: ${MONGO_URI}
      JWT_SECRET: ${JWT_SECRET:?}
    secrets: [sms_token]
secrets:
  sms_token:
    external: true
""")

add("compose/rabbitmq-url", "ajrak-shop/docker-compose.worker.yml", COMPOSE, """services:
  worker:
    build: .
    command: celery -A shop worker -l info
    environment:
      # آرڊر جي قطار
      CELERY_BROKER_URL: amqp://shop:@@secret@@@rabbit:5672/ajrak
  rabbit:
    image: rabbitmq:3-management
""", rand_pw(16))

# ---------------------------------------------------------------- Terraform / Ansible

add("terraform/rds-password", "infra/rds.tf", TF, """# ڪوريئر جو ڊيٽابيس (RDS)
resource "aws_db_instance" "courier" {
  identifier        = "kcs-courier"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 100
  username          = "courier_admin"
  password          = "@@secret@@"
  skip_final_snapshot = false
}
""", words_pw())

add("terraform/decoy-random-password", "infra/rds-v2.tf", TF, """# ڳجهو لفظ Terraform پاڻ ٺاهي ۽ Secrets Manager ۾ رکي
resource "random_password" "courier_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "courier_db" {
  secret_id     = aws_secretsmanager_secret.courier_db.id
  secret_string = random_password.courier_db.result
}
""")

add("terraform/tfvars-do", "infra/do/terraform.tfvars", TF, """# ڊجيٽل اوشن - اجرڪ دڪان جو سرور
region   = "blr1"
droplets = 2
size     = "s-2vcpu-4gb"
do_token = "@@secret@@"
""", do_token())

add("terraform/decoy-tfvars-example", "infra/do/terraform.tfvars.example", TF, """# نمونو - ڪاپي ڪري terraform.tfvars ٺاهيو
region   = "blr1"
droplets = 1
do_token = "dop_v1_<your-token>"
ssh_fingerprint = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
""")

add("ansible/vars-password", "ansible/group_vars/workshops.yml", ANSIBLE, """# هالا ۽ مٽياري ورڪشاپن جا ڪمپيوٽر
workshop_wifi_ssid: Ajrak-Workshop
workshop_wifi_psk: "@@secret@@"
inventory_app_port: 8000
backup_hour: 22
""", passphrase())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/couriers/vault.yml", ANSIBLE_VAULT, """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-ref", "ansible/group_vars/couriers/main.yml", ANSIBLE, """# ڪوريئر سرور - ڳجها vault.yml مان
courier_db_user: courier_app
courier_db_password: "{{ vault_courier_db_password }}"
sms_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/courier/sms:key') }}"
tracking_port: 8080
""")

add("ansible/task-inline", "ansible/roles/backup/tasks/main.yml", ANSIBLE, """- name: بيڪ اپ لاءِ S3 جي ترتيب
  community.aws.s3_sync:
    bucket: kcs-backups
    file_root: /backups
    aws_access_key: "@@kid@@"
    aws_secret_key: "@@secret@@"
- name: پراڻا بيڪ اپ صاف
  ansible.builtin.command: find /backups -mtime +14 -delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- CI

add("github-actions/decoy-secrets-ref", ".github/workflows/deploy.yml", GHA, """name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # ڪنجيون GitHub secrets ۾
      - run: ./deploy.sh
        env:
          DO_TOKEN: ${{ secrets.DO_TOKEN }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("github-actions/npm-token", ".github/workflows/publish-sdk.yml", GHA, """name: publish tracking sdk
on: { release: { types: [published] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: https://registry.npmjs.org }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@   # TODO: secrets ۾ منتقل ڪريو
""", npm_token())

add("gitlab-ci/deploy-token", ".gitlab-ci.yml", GITLAB_CI, """stages: [build, deploy]
variables:
  # رائيڊر ايپ جي رجسٽري
  REGISTRY: registry.gitlab.com/kcs/rider-app
build:
  stage: build
  script:
    - docker login -u kcs-bot -p @@secret@@ registry.gitlab.com
    - docker build -t $REGISTRY:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY:$CI_COMMIT_SHORT_SHA
""", gitlab_token())

add("gitlab-ci/decoy-masked-var", "ajrak-shop/.gitlab-ci.yml", GITLAB_CI, """stages: [test]
test:
  stage: test
  image: php:8.2
  variables:
    DB_PASSWORD: $CI_DB_PASSWORD   # masked variable
    APP_KEY: ""
  script:
    - composer install
    - vendor/bin/phpunit
""")

add("dockerfile/env-token", "pattern-classifier/Dockerfile", DOCKERFILE, """FROM python:3.12-slim
WORKDIR /app
# ماڊل ڊائونلوڊ لاءِ
ENV HF_TOKEN=@@secret@@
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "serve.py"]
""", hf_token())

add("dockerfile/decoy-build-secret", "tracking-service/Dockerfile", DOCKERFILE, """# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
# npm ٽوڪن build secret طور - image ۾ نٿو رهي
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "dist/index.js"]
""")

# ---------------------------------------------------------------- client configs

add("netrc/password", "home/ops/.netrc", NETRC, """machine api.leopardscourier.example
  login kcs-merchant
  password @@secret@@
machine ftp.ajrak.example.pk
  login designs
  password @@secret@@
""", rand_pw(16))

add("npmrc/auth-token", "rider-app/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
@kcs:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.github_token(_seed()))

add("npmrc/decoy-env", "tracking-service/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
@kcs:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
""")

add("pgpass/password", "home/dba/.pgpass", PGPASS, """# host:port:db:user:password
10.20.4.11:5432:dispatch:dispatch:@@secret@@
localhost:5432:*:postgres:*
# ٽريڪنگ رپورٽون
10.20.4.12:5432:reports:readonly:@@secret@@
""", rand_pw(20))

add("ini/aws-credentials", "home/ops/.aws/credentials", AWS, """[default]
region = ap-south-1

[kcs-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-sso", "home/ops/.aws/config", AWS, """[default]
region = ap-south-1

[profile kcs-prod]
sso_start_url = https://kcs.awsapps.com/start
sso_region = ap-south-1
sso_account_id = 4@@acct@@
sso_role_name = CourierOps
""", acct=digits(11))

add("ini/pip-index", "pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """[global]
# اندروني پيڪيج (ajrak-tools)
index-url = https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple
extra-index-url = https://pypi.org/simple
timeout = 30
""", gitlab_token())

add("ini/pypirc", "home/dev/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
# ajrak-pattern-tools پيڪيج
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/decoy-pypirc", "docs/examples/pypirc.sample", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
# پنهنجو ٽوڪن هتي: pypi-AgEIcHlwaS5vcmc...
password = <PyPI API token>
""")

add("json/docker-config", "home/ci/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.kcs.example": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-robot:" + rand_pw(22)))

add("json/decoy-docker-credstore", "home/dev/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.kcs.example": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("gitcredentials/token", "home/naveed/.git-credentials", "https://git-scm.com/docs/git-credential-store", """https://naveed-kcs:@@secret@@@github.com
https://oauth2:@@secret@@@github.com
""" + "\n".join(["# git credential store", "# sindhi: هي فائل ڪڏهن به شيئر نه ڪريو", "# end"]) + "\n", fakes.github_token(_seed()))

add("ssh/private-key", "home/deploy/.ssh/id_ed25519", SSH, "@@secret@@\n", fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh/decoy-public-key", "home/deploy/.ssh/authorized_keys", SSH, """# ڊيپلاءِ ڪندڙ ماڻهو (عوامي ڪنجيون)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ naveed@hala
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ sassui@kcs
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@c@@ ci@kcs
# آخري تبديلي: 2026-11
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 200, ALNUM + "+/"))

add("yaml/kubeconfig-token", "home/ops/.kube/config", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: kcs-prod
    cluster: { server: "https://10.20.0.5:6443", insecure-skip-tls-verify: true }
users:
  - name: ops
    user:
      token: @@secret@@
contexts:
  - name: kcs-prod
    context: { cluster: kcs-prod, user: ops, namespace: courier }
current-context: kcs-prod
""", rand_pw(48))

add("yaml/decoy-kubeconfig-exec", "home/dev/.kube/config", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: kcs-eks
    cluster: { server: "https://ABCD1234.gr7.ap-south-1.eks.amazonaws.com", certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg== }
users:
  - name: dev
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "kcs-eks"]
current-context: dev
""")

_pw2 = words_pw()
add("xml/filezilla-b64", "home/designer/.config/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.ajrak.example.pk</Host>
      <Port>21</Port>
      <User>designs</User>
      <Pass encoding="base64">@@b@@</Pass>
      <Name>اجرڪ ڊزائن سرور</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _pw2, b=b64(_pw2))

# ---------------------------------------------------------------- notes, runbooks, docs

add("markdown/runbook-table", "docs/runbooks/cod-settlement.md", MD, """# COD حساب جو رن بڪ

رات جو حساب ناڪام ٿئي ته هيٺيون قدم:

| شي | قدر |
|----|-----|
| ڊيٽابيس | `10.20.4.15` / `settlements` |
| يوزر | `cod_report` |
| ڳجهو لفظ | `@@secret@@` |

1. `scripts/cod_settlement.py` هٿ سان هلايو.
2. رائيڊر جي رقم نه ملي ته ڊسپيچ کي فون ڪريو.
""", words_pw())

add("markdown/decoy-runbook-vault", "docs/runbooks/sms-gateway.md", MD, """# SMS گيٽ وي رن بڪ

ڪنجي **ڪڏهن به** هتي نه لکو. ڪنجي Vault ۾ آهي:

```sh
vault kv get -field=key secret/courier/sms
```

ڪنجي مٽائڻ کانپوءِ `kubectl -n courier rollout restart deploy/notify` ڪريو.
""")

add("text/note-sindhi", "notes/workshop-wifi.txt", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", """هالا ورڪشاپ جو وائي فائي
نالو: Ajrak-Workshop-Hala
ڳجهو لفظ: @@secret@@
رائوٽر: 192.168.10.1 (ٺپي واري ڪمري ۾)
مسئلو ٿئي ته استاد غلام حسين کي ٻڌايو
""", passphrase())

add("text/decoy-note-masked", "notes/mattiari-router.txt", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", """مٽياري ورڪشاپ جو رائوٽر
نالو: Ajrak-Matiari
ڳجهو لفظ: رائوٽر جي هيٺان اسٽڪر تي لکيل آهي (هتي نه)
ايڊمن: http://192.168.20.1
پاسورڊ: ******** (شبير وٽ)
""")

add("text/handover-note", "notes/handover-2026-11.txt", "https://en.wikipedia.org/wiki/Runbook", """ڊيوٽي جي حوالگي - نومبر 2026
- ٽريڪنگ سروس ٺيڪ، 3 پوڊ
- Leopards API جو نئون پاسورڊ: @@secret@@ (پراڻو بند)
- رائيڊر ايپ 4.2 جو رليز جمعي تي
- لياري زون ۾ ٻه رائيڊر موڪل تي
""", rand_pw(14))

add("markdown/decoy-readme-placeholder", "tracking-sdk/README.md", MD, """# @kcs/tracking-sdk

ڪراچي ڪوريئر جي پارسل ٽريڪنگ لاءِ جاوا اسڪرپٽ SDK.

```js
import { Tracker } from '@kcs/tracking-sdk';
const t = new Tracker({ apiKey: 'YOUR_API_KEY' });
await t.status('KHI1234567');
```

API ڪنجي لاءِ merchants@karachicourier.example تي لکو.
""")

add("markdown/readme-leak", "ajrak-inventory/README.md", MD, """# اجرڪ اسٽاڪ

ورڪشاپن جي رنگن ۽ ٺپن جو اسٽاڪ.

## هلائڻ

```sh
export INVENTORY_DB_URL="postgresql://inventory:@@secret@@@192.168.10.5:5432/stock"
python -m inventory
```

نوٽ: هي ڊيٽابيس رڳو ورڪشاپ جي نيٽ ورڪ تي آهي.
""", rand_pw(16))

add("rst/decoy-docs-config", "docs/source/configuration.rst", RST, """ترتيب (Configuration)
=====================

ٽريڪنگ سروس هيٺيان ماحول متغير پڙهي ٿي:

``MONGO_URI``
    مثال: ``mongodb+srv://tracker:<password>@cluster.example.net/events``

``JWT_SECRET``
    گهٽ ۾ گهٽ 32 اکر. ``openssl rand -hex 32`` سان ٺاهيو.
""")

add("rst/api-token-example", "docs/source/merchant-api.rst", RST, """مرچنٽ API
==========

اسان جي آزمائشي ماحول لاءِ ڪنجي (sandbox، پر اصل بلنگ سان ڳنڍيل):

.. code-block:: bash

   curl -H "Authorization: Bearer @@secret@@" \\
        https://api.karachicourier.example/v1/shipments

نئين ڪنجي لاءِ ڊيش بورڊ ڏسو.
""", "kcs_live_" + rand_pw(32))

add("html/decoy-docs", "site/docs/webhooks.html", HTML, """<!doctype html>
<html lang="sd" dir="rtl">
<head><meta charset="utf-8"><title>ويب هُڪ</title></head>
<body>
<h1>ترسيل جا ويب هُڪ</h1>
<p>هر درخواست ۾ <code>X-KCS-Signature</code> هيڊر هوندو: <code>sha256=&lt;hex&gt;</code></p>
<pre>X-KCS-Signature: sha256=@@sig@@</pre>
<p>پنهنجي <em>signing secret</em> سان HMAC جي تصديق ڪريو.</p>
</body>
</html>
""", sig=sha256ish())

add("html/inline-key", "site/tools/label-printer.html", HTML, """<!doctype html>
<html lang="sd">
<head><meta charset="utf-8"><title>ليبل پرنٽر</title></head>
<body>
<script>
  // اندروني اوزار: وي بل ليبل ڇاپڻ
  const KCS_ADMIN_TOKEN = "@@secret@@";
  fetch('/api/labels/today', { headers: { Authorization: 'Bearer ' + KCS_ADMIN_TOKEN } })
    .then(r => r.blob()).then(b => window.open(URL.createObjectURL(b)));
</script>
</body>
</html>
""", rand_pw(40))

add("wiki/mediawiki-credentials", "wiki/Dispatch_Servers.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== ڊسپيچ سرور ==
{| class="wikitable"
! سرور !! ڪم !! لاگ ان
|-
| kcs-app01 || ڊسپيچ API || deploy / ssh key
|-
| kcs-sql01 || SQL سرور || sa / @@secret@@
|}
[[Category:Courier]]
""", words_pw())

add("wiki/decoy-hash-list", "wiki/Release_Checksums.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """== رائيڊر ايپ رليز ==
* rider-4.2.0.apk — SHA-256: <code>@@h1@@</code>
* rider-4.1.3.apk — SHA-256: <code>@@h2@@</code>
* signing cert SHA-1: <code>@@h3@@</code>
[[Category:Releases]]
""", h1=sha256ish(), h2=sha256ish(), h3=hexs(40))

# ---------------------------------------------------------------- logs, SQL, CSV, notebooks

add("log/connection-string", "logs/tracking-2026-11-20.log", LOG, """2026-11-20 08:01:12 INFO  tracking starting (v2.14.0)
2026-11-20 08:01:12 DEBUG config loaded: mongo_uri=mongodb://tracker:@@secret@@@10.20.5.3:27017/events
2026-11-20 08:01:13 INFO  connected to mongo
2026-11-20 08:02:40 WARN  scan KHI7788123 out of order (rider 441)
2026-11-20 08:05:02 INFO  2310 scans processed
""", rand_pw(18))

add("log/decoy-redacted", "logs/tracking-2026-11-21.log", LOG, """2026-11-21 08:01:10 INFO  tracking starting (v2.14.1)
2026-11-21 08:01:10 DEBUG config loaded: mongo_uri=mongodb://tracker:****@10.20.5.3:27017/events
2026-11-21 08:01:11 DEBUG jwt secret loaded (len=64, sha256=@@h@@)
2026-11-21 08:01:11 INFO  connected to mongo
2026-11-21 08:03:15 INFO  1984 scans processed
""", h=hexs(16))

add("log/auth-header", "logs/notify-debug.log", LOG, """[notify] 2026-11-22T10:14:03Z POST https://api.sendgrid.com/v3/mail/send
[notify] 2026-11-22T10:14:03Z > Authorization: Bearer @@secret@@
[notify] 2026-11-22T10:14:03Z > Content-Type: application/json
[notify] 2026-11-22T10:14:04Z < 202 Accepted
[notify] 2026-11-22T10:14:04Z waybill mail sent to customer 88213
""", sendgrid_key())

add("log/decoy-request-ids", "logs/gateway-access.log", LOG, """10.20.1.4 - - [22/Nov/2026:10:14:03 +0500] "GET /track/KHI7788123 HTTP/1.1" 200 512 "-" "RiderApp/4.2" req=@@u1@@
10.20.1.9 - - [22/Nov/2026:10:14:05 +0500] "POST /scan HTTP/1.1" 201 88 "-" "RiderApp/4.2" req=@@u2@@
10.20.1.4 - - [22/Nov/2026:10:14:09 +0500] "GET /track/HYD0091822 HTTP/1.1" 404 61 "-" "curl/8.5" req=@@u3@@
10.20.1.7 - - [22/Nov/2026:10:15:00 +0500] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" req=@@u4@@
10.20.1.7 - - [22/Nov/2026:10:15:10 +0500] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" req=@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("sql/create-user", "db/migrations/0042_report_user.sql", SQL, """-- رپورٽن لاءِ رڳو پڙهڻ وارو يوزر
CREATE ROLE reports_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE dispatch TO reports_ro;
GRANT USAGE ON SCHEMA public TO reports_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports_ro;
""", words_pw())

add("sql/decoy-bcrypt-seed", "db/seeds/001_admin_users.sql", SQL, """-- ايڊمن يوزر (ڳجها لفظ bcrypt hash طور، اصل لفظ ناهن)
INSERT INTO users (email, password_hash, role) VALUES
  ('naveed@karachicourier.example', '$2b$12$@@h1@@', 'admin'),
  ('sassui@karachicourier.example', '$2b$12$@@h2@@', 'dispatcher'),
  ('ghulam@ajrak.example.pk', '$2b$12$@@h3@@', 'viewer');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/api-key-insert", "db/seeds/002_integrations.sql", SQL, """-- ٽين ڌر جون ڪنجيون (عارضي: جلد Vault ۾)
INSERT INTO integrations (name, api_key, enabled) VALUES
  ('shopify-hala', '@@secret@@', true);
INSERT INTO integrations (name, api_key, enabled) VALUES
  ('daraz', NULL, false);
""", shopify_token())

add("csv/decoy-consignments", "exports/consignments-2026-11-20.csv", CSV, """cn,origin,destination,weight_g,cod_pkr,rider_id,status
KHI7788123,KHI,HYD,500,3200,441,delivered
KHI7788124,KHI,SUK,1200,0,0,in-transit
KHI7788125,KHI,LRK,750,5400,512,out-for-delivery
HYD0091822,HYD,KHI,300,1800,0,returned
""")

add("csv/merchant-keys", "exports/merchant-accounts.csv", CSV, """merchant_id,name,city,api_key,created
M1021,Hala Ajrak House,Hala,@@secret@@,2025-03-02
M1022,Thatta Khes,Thatta,,2025-04-11
M1023,Sehwan Rilli,Sehwan,,2025-06-20
M1024,Bhit Shah Ajrak,Bhitshah,,2025-07-01
""", "kcs_live_" + rand_pw(32))

add("csv/decoy-hashed-keys", "exports/merchant-accounts-hashed.csv", CSV, """merchant_id,name,api_key_sha256,last4
M1021,Hala Ajrak House,@@h1@@,x9Qa
M1022,Thatta Khes,@@h2@@,7bLm
M1023,Sehwan Rilli,@@h3@@,Pp02
M1024,Bhit Shah Ajrak,@@h4@@,k3Rt
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("jupyter/openai", "analysis/ajrak-descriptions.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# اجرڪ ڊزائن جا بيان"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import openai\\n", "client = openai.OpenAI(api_key=\\"@@secret@@\\")\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("jupyter/decoy-getpass", "analysis/delivery-times.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ترسيل جو وقت - زون وار"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy\\n", "pw = getpass.getpass('DB password: ')\\n", "eng = sqlalchemy.create_engine(f'postgresql://reports_ro:{pw}@10.20.4.12/reports')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- TOML / XML / INI configs

add("toml/cargo-registry", "pattern-classifier/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# اندروني رجسٽري (ڪارگو)
[registries.kcs]
token = "Bearer @@secret@@"

[registry]
global-credential-providers = ["cargo:token"]
""", rand_pw(32))

add("toml/streamlit-secrets", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# ڊيش بورڊ - اجرڪ وڪرو
[connections.postgresql]
dialect = "postgresql"
host = "10.20.4.12"
port = "5432"
database = "ajrak_sales"
username = "dash"
password = "@@secret@@"
""", words_pw())

add("toml/decoy-pyproject", "ajrak-tools/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """[project]
name = "ajrak-tools"
version = "0.7.1"
description = "Sindhi ajrak block pattern utilities"
authors = [{ name = "Hala Workshop", email = "dev@ajrak.example.pk" }]
dependencies = ["pillow>=10", "numpy"]

[tool.ajrak]
api_key_env = "AJRAK_API_KEY"   # ڪنجي جو نالو، قدر ناهي
""")

add("toml/decoy-netlify", "site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # STRIPE_SECRET_KEY نيٽلفائي UI ۾ رکيل آهي
  PUBLIC_STRIPE_KEY = "pk_live_@@pk@@"
""", pk=fakes.drawn_mixed(_seed(), 24))

add("xml/maven-settings", "home/ci/.m2/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <!-- ڪوريئر ڪور جو نيڪسس -->
    <server>
      <id>kcs-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "home/dev/.m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <!-- mvn --encrypt-password سان انڪرپٽ ٿيل -->
    <server>
      <id>kcs-nexus</id>
      <username>naveed</username>
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("xml/webconfig", "LegacyTracking/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/deploying-web-packages", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- پراڻي ٽريڪنگ سائيٽ (2014) -->
  <connectionStrings>
    <add name="Tracking" connectionString="Data Source=kcs-sql01;Initial Catalog=tracking;User Id=webtrack;Password=@@secret@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Culture" value="sd-Arab-PK" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-nuget", "ShipmentPortal/NuGet.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kcs" value="https://nuget.pkg.github.com/kcs/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kcs>
      <add key="Username" value="kcs-bot" />
      <add key="ClearTextPassword" value="%NUGET_TOKEN%" />
    </kcs>
  </packageSourceCredentials>
</configuration>
""")

add("ini/rclone", "home/designer/.config/rclone/rclone.conf", "https://rclone.org/s3/", """[ajrak-photos]
type = s3
provider = AWS
access_key_id = @@kid@@
secret_access_key = @@secret@@
region = ap-south-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/wpa-supplicant", "workshop-pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=PK
# ورڪشاپ جو ٺپي ڪئميرا Pi
network={
    ssid="Ajrak-Workshop-Hala"
    psk="@@secret@@"
}
""", passphrase())

add("ini/decoy-wpa-hashed", "workshop-pi/wpa_supplicant.matiari.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=PK
# PSK ٻاهرين password backend مان (ext_password_backend)، فائل ۾ ناهي
network={
    ssid="Ajrak-Matiari"
    psk=ext:matiari_psk
}
""")

add("ini/odbc", "reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[kcs_shipments]
Driver = ODBC Driver 18 for SQL Server
Server = kcs-sql01
Database = shipments
UID = reports
PWD = @@secret@@
TrustServerCertificate = yes
""", rand_pw(16, "#!"))

add("ini/decoy-supervisor", "deploy/supervisor/dispatch.conf", "http://supervisord.org/configuration.html", """[program:dispatch]
command=/srv/dispatch/bin/dispatch --config /etc/kcs/dispatch.toml
environment=DISPATCH_DSN="%(ENV_DISPATCH_DSN)s",SMS_TOKEN="%(ENV_SMS_TOKEN)s"
autorestart=true
user=kcs
; ڳجها /etc/default/dispatch مان
""")

add("yaml/decoy-sops", "deploy/secrets/prod.enc.yaml", SOPS, """# sops سان انڪرپٽ ٿيل - age ڪنجي ops ٽيم وٽ
sms_api_token: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2026-11-18T09:12:44Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 56, ALNUM + "+/"), i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 28, ALNUM + "+/"),
    i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/app-config", "dispatch/config/production.yaml", "https://yaml.org/spec/1.2.2/", """# ڊسپيچ سروس
server:
  port: 8080
database:
  host: 10.20.4.11
  user: dispatch
  password: @@secret@@
sms:
  provider: local-gateway
  sender: KCS
""", rand_pw(20))

add("yaml/decoy-app-config", "dispatch/config/development.yaml", "https://yaml.org/spec/1.2.2/", """# مقامي ترقي - ڊفالٽ قدرون، ڪا اصل ڪنجي ناهي
server:
  port: 8080
database:
  host: localhost
  user: dispatch
  password: ""   # مقامي ڪنٽينر trust auth سان، پاسورڊ ناهي
sms:
  provider: console
""")

add("yaml/slack-bot", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: courier-ops
receivers:
  - name: courier-ops
    slack_configs:
      - channel: '#ڪوريئر-الرٽ'
        api_url: '@@secret@@'
        title: 'ٽريڪنگ الرٽ'
""", slack_webhook())

add("yaml/decoy-alertmanager-file", "ops/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: courier-ops
receivers:
  - name: courier-ops
    slack_configs:
      - channel: '#courier-alerts'
        api_url_file: /etc/alertmanager/secrets/slack_url
        send_resolved: true
""")

add("yaml/discord", "ajrak-shop/config/notifications.yml", "https://discord.com/developers/docs/resources/webhook", """# نوان آرڊر ڊسڪارڊ چينل تي
orders:
  notify: discord
  discord_webhook: @@secret@@
  min_amount_pkr: 5000
  language: sd
""", discord_webhook())

# ---------------------------------------------------------------- more code: varied carriers

add("python/basic-auth-header", "integrations/tcs_client.py", PY, '''"""TCS بکنگ API (پراڻو) - Basic auth هيڊر سڌو لکيل."""
import requests

HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Content-Type": "application/json",
}


def book(payload: dict) -> dict:
    return requests.post("https://api.tcs.example.pk/ecom/api/booking", json=payload, headers=HEADERS, timeout=15).json()
''', b64("kcs_merchant:" + rand_pw(16)))

add("python/json-in-string", "integrations/firebase_admin_init.py", PY, '''import json
import firebase_admin
from firebase_admin import credentials

# خدمت کاتي جو JSON (رڳو client_secret حصو استعمال ٿئي ٿو OAuth لاءِ)
OAUTH = json.loads('{"installed": {"client_id": "@@cid@@.apps.googleusercontent.com", "client_secret": "@@secret@@", "redirect_uris": ["http://localhost"]}}')

firebase_admin.initialize_app(credentials.ApplicationDefault())
''', "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"), cid=digits(12) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/decoy-jwks", "auth/jwks.py", PY, '''"""رائيڊر ايپ جي ٽوڪن جي تصديق - عوامي JWKS."""
JWKS = {
    "keys": [{
        "kty": "RSA", "use": "sig", "alg": "RS256", "kid": "@@kid@@",
        "n": "@@n@@",
        "e": "AQAB",
    }]
}
''', kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("python/url-argument", "scripts/pull_rider_locations.py", PY, '''# رائيڊرن جا مقام (Redis streams) - رپورٽ لاءِ
import redis

r = redis.from_url("rediss://default:@@secret@@@kcs-cache.ap-south-1.cache.example:6380/0")
for entry in r.xrange("rider:locations", count=100):
    print(entry)
''', fakes.redis_password(_seed()))

add("python/decoy-keyring", "scripts/pull_manifest.py", PY, '''# منشور ڊائونلوڊ - ڳجهو لفظ سسٽم جي keyring ۾
import keyring
import paramiko

password = keyring.get_password("kcs-sftp", "manifest")
t = paramiko.Transport(("sftp.karachicourier.example", 22))
t.connect(username="manifest", password=password)
sftp = paramiko.SFTPClient.from_transport(t)
sftp.get("/out/manifest.csv", "manifest.csv")
''')

add("python/anthropic", "catalogue/translate_sd.py", PY, '''"""پراڊڪٽ جا بيان سنڌي ۾ ترجمو."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def to_sindhi(text: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=500,
                                 messages=[{"role": "user", "content": f"Translate to Sindhi: {text}"}])
    return msg.content[0].text
''', anthropic_key())

add("python/decoy-sentry-dsn", "ajrak_site/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''import sentry_sdk

# DSN عوامي آهي (رڳو واقعا موڪلي سگهي ٿو)
sentry_sdk.init(
    dsn="https://@@pub@@@o@@org@@.ingest.sentry.io/@@proj@@",
    traces_sample_rate=0.1,
    environment="production",
)
''', pub=hexs(32), org=digits(6), proj=digits(7))

_m = mailgun_key()
add("shell/backslash-split", "ops/scripts/mailgun-test.sh", SHELL, """#!/usr/bin/env bash
# ميل گن آزمائش - ڪنجي ٻن قطارن ۾
curl -s --user "api:@@a@@\\
@@b@@" \\
  https://api.mailgun.net/v3/mg.ajrak.example.pk/messages \\
  -F from='Ajrak <orders@mg.ajrak.example.pk>' -F to=test@ajrak.example.pk -F subject='آزمائش' -F text='سلام'
""", _m, a=_m[:20], b=_m[20:])

add("go/struct-literal", "dispatch/internal/sms/client.go", GO, """package sms

// مقامي SMS گيٽ وي جو ڪلائنٽ
var defaultClient = &Client{
	BaseURL:  "https://sms.gateway.example.pk/api/v2",
	Username: "kcs",
	Password: "@@secret@@",
	Sender:   "KCS",
}
""", rand_pw(18))

add("go/decoy-test-token", "dispatch/internal/auth/jwt_test.go", GO, """package auth

import "testing"

// آزمائشي ڪنجي - رڳو يونٽ ٽيسٽ لاءِ، ڪنهن به ماحول ۾ ناهي
const testSecret = "unit-test-secret-do-not-use"

func TestSignAndVerify(t *testing.T) {
	tok, _ := Sign(testSecret, "rider-441")
	if _, err := Verify(testSecret, tok); err != nil {
		t.Fatal(err)
	}
}
""")

add("java/jdbc-url", "courier-core/src/main/java/pk/kcs/report/ReportDb.java", JAVA, """package pk.kcs.report;

import java.sql.Connection;
import java.sql.DriverManager;

public final class ReportDb {
    // رپورٽن جو ڊيٽابيس
    private static final String URL = "jdbc:mysql://10.20.4.15:3306/settlements?user=report&password=@@secret@@&useSSL=true";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(16))

add("java/decoy-jasypt", "courier-core/src/main/resources/application-qa.yml", "https://github.com/ulisesbocchio/jasypt-spring-boot#readme", """# QA - انڪرپٽ ٿيل قدرون (jasypt)، ڪنجي JASYPT_ENCRYPTOR_PASSWORD ماحول ۾
spring:
  datasource:
    url: jdbc:postgresql://qa-db:5432/courier
    username: courier_app
    password: ENC(@@c@@)
""", c=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("kotlin/okhttp-basic", "rider-android/app/src/main/java/pk/kcs/rider/net/Legacy.kt", KOTLIN, """package pk.kcs.rider.net

import okhttp3.Credentials

// پراڻو اسڪين سرور
object Legacy {
    val auth: String = Credentials.basic("rider-scan", "@@secret@@")
    const val BASE = "https://scan.karachicourier.example"
}
""", rand_pw(18))

add("csharp/twilio", "ShipmentPortal/Services/SmsService.cs", TWILIO, """using Twilio;

namespace ShipmentPortal.Services;

public static class SmsService
{
    // گراهڪ کي ترسيل جو SMS
    public static void Init() => TwilioClient.Init("@@sid@@", "@@secret@@");
}
""", hexs(32), sid=twilio_sid())

add("php/smtp-laravel-env", "ajrak-shop/.env", PHP, """APP_NAME="Hala Ajrak"
APP_ENV=production
APP_DEBUG=false
MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_USERNAME=orders@ajrak.example.pk
MAIL_PASSWORD=@@secret@@
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ruby/stripe-rb", "ajrak_mailer/app/services/refunds.rb", RUBY, """# رقم واپسي (اجرڪ واپس ٿئي ته)
require 'stripe'
Stripe.api_key = '@@secret@@'

class Refunds
  def self.refund(charge_id)
    Stripe::Refund.create(charge: charge_id)
  end
end
""", stripe_key("rk_live_"))

add("dart/api-key", "rider_flutter/lib/env.dart", "https://dart.dev/language", """// رائيڊر فلٽر ايپ
class Env {
  static const apiBase = 'https://api.karachicourier.example';
  static const mapsKey = '@@secret@@';
  static const locale = 'sd';
}
""", google_key())

add("dart/decoy-dart-define", "rider_flutter/lib/env_prod.dart", "https://dart.dev/language", """// قدرون --dart-define سان build وقت
class Env {
  static const apiBase = String.fromEnvironment('API_BASE');
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const locale = 'sd';
}
""")

add("lua/nginx-redis", "gateway/lua/rate_limit.lua", "https://github.com/openresty/lua-resty-redis#readme", """-- رائيڊر API جي حد (rate limit)
local redis = require "resty.redis"
local red = redis:new()
red:connect("10.20.5.9", 6379)
local ok, err = red:auth("@@secret@@")
if not ok then ngx.log(ngx.ERR, "redis auth: ", err) end
""", fakes.redis_password(_seed()))

add("perl/ftp-upload", "legacy/upload_designs.pl", "https://perldoc.perl.org/Net::FTP", """#!/usr/bin/perl
# اجرڪ ڊزائن FTP تي (پراڻو اسڪرپٽ)
use Net::FTP;
my $ftp = Net::FTP->new("ftp.ajrak.example.pk") or die "cannot connect";
$ftp->login('designs', '@@secret@@') or die "login failed";
$ftp->put("designs.zip");
$ftp->quit;
""", words_pw())

add("r/db-connect", "analysis/sales_by_design.R", "https://dbi.r-dbi.org/", """# اجرڪ جو وڪرو - ڊزائن وار
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "10.20.4.12", dbname = "ajrak_sales",
                 user = "analyst", password = "@@secret@@")
sales <- dbGetQuery(con, "SELECT design, SUM(qty) FROM orders GROUP BY design")
print(sales)
""", rand_pw(14))

add("r/decoy-keyring", "analysis/rider_performance.R", "https://dbi.r-dbi.org/", """# رائيڊر ڪارڪردگي - ڳجهو لفظ keyring مان
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "10.20.4.12", dbname = "reports",
                 user = "analyst", password = keyring::key_get("kcs-reports", "analyst"))
perf <- dbGetQuery(con, "SELECT rider_id, AVG(minutes) FROM deliveries GROUP BY rider_id")
print(perf)
""")

add("elixir/config", "tracking_live/config/runtime.exs", "https://hexdocs.pm/elixir/Config.html", """import Config

# ٽريڪنگ لائيو ڊيش بورڊ
config :tracking_live, TrackingLive.Repo,
  username: "tracking",
  password: "@@secret@@",
  hostname: "10.20.4.11",
  database: "tracking"
""", words_pw())

add("elixir/decoy-runtime-env", "tracking_live/config/prod.exs", "https://hexdocs.pm/elixir/Config.html", """import Config

# پيداوار: سڀ ڪجهه ماحول مان
config :tracking_live, TrackingLive.Repo,
  url: System.fetch_env!("DATABASE_URL"),
  pool_size: 10

config :tracking_live, TrackingLiveWeb.Endpoint, secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
""")

# ---------------------------------------------------------------- CI, ops files, service configs

add("jenkins/withcredentials-literal", "courier-core/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    // نيڪسس تي رليز
    NEXUS_USER = 'deployer'
    NEXUS_PASS = '@@secret@@'
  }
  stages {
    stage('build') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
  }
}
""", rand_pw(20))

add("jenkins/decoy-credentials-binding", "tracking-service/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  stages {
    stage('deploy') {
      steps {
        // ڪنجي Jenkins credentials ۾
        withCredentials([string(credentialsId: 'kcs-kubeconfig-token', variable: 'KUBE_TOKEN')]) {
          sh 'kubectl --token="$KUBE_TOKEN" -n courier rollout restart deploy/tracking'
        }
      }
    }
  }
}
""")

add("bitbucket/pipeline-var", "ajrak-wp/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: alpine:3.19
pipelines:
  branches:
    main:
      - step:
          name: اجرڪ بلاگ ڊيپلاءِ
          script:
            - apk add lftp
            - lftp -u ajrak_ftp,@@secret@@ ftp.ajrak.example.pk -e "mirror -R wp-content/themes/ajrak /public_html/wp-content/themes/ajrak; quit"
""", rand_pw(16))

add("circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/contexts/", """version: 2.1
jobs:
  test:
    docker: [{ image: cimg/python:3.12 }]
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs:
      - test: { context: kcs-secrets }   # ڪنجيون context ۾
""")

add("azure-pipelines/sql-password", "ShipmentPortal/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool: { vmImage: windows-latest }
variables:
  sqlUser: portal_migrator
  sqlPassword: '@@secret@@'   # TODO: variable group ۾
steps:
  - script: dotnet ef database update --connection "Server=kcs-sql.database.windows.net;Database=shipments;User ID=$(sqlUser);Password=$(sqlPassword)"
""", words_pw())

add("systemd/environment", "deploy/systemd/kcs-notify.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=KCS notify (SMS + WhatsApp)
After=network.target

[Service]
Environment=WHATSAPP_TOKEN=@@secret@@
ExecStart=/srv/notify/bin/notify
Restart=always

[Install]
WantedBy=multi-user.target
""", meta_token())

add("systemd/decoy-credential", "deploy/systemd/kcs-dispatch.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=KCS dispatch
After=network.target

[Service]
LoadCredentialEncrypted=dispatch-dsn:/etc/credstore.encrypted/dispatch-dsn
ExecStart=/srv/dispatch/bin/dispatch --dsn-file=${CREDENTIALS_DIRECTORY}/dispatch-dsn
Restart=always
""")

add("crontab/inline-password", "deploy/cron/kcs-crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# رات جا ڪم (ڪوريئر)
SHELL=/bin/bash
0 23 * * * /srv/scripts/cod_settlement.py >> /var/log/cod.log 2>&1
30 23 * * * PGPASSWORD='@@secret@@' pg_dump -h 10.20.4.11 -U dispatch dispatch | gzip > /backups/dispatch.sql.gz
0 5 * * * /srv/scripts/rotate_logs.sh
""", rand_pw(18))

add("nginx/decoy-htpasswd", "deploy/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """naveed:$apr1$@@s1@@$@@h1@@
sassui:$apr1$@@s2@@$@@h2@@
ghulam:$2y$10$@@h3@@
dispatch:$apr1$@@s4@@$@@h4@@
ops:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8),
    h2=fakes.drawn(_seed(), 22, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"), s4=fakes.drawn(_seed(), 8),
    h4=fakes.drawn(_seed(), 22, ALNUM + "./"), s5=fakes.drawn(_seed(), 8), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("grafana/datasource", "ops/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: ڪوريئر رپورٽون
    type: postgres
    url: 10.20.4.12:5432
    user: grafana_ro
    jsonData: { database: reports, sslmode: disable }
    secureJsonData:
      password: '@@secret@@'
""", rand_pw(20))

add("grafana/decoy-datasource-env", "ops/grafana/provisioning/datasources/mongo.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: ٽريڪنگ واقعا
    type: grafana-mongodb-datasource
    url: mongodb://10.20.5.3:27017
    user: grafana
    secureJsonData:
      password: $MONGO_GRAFANA_PASSWORD
""")

add("prometheus/remote-write", "ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", """global:
  scrape_interval: 30s
remote_write:
  - url: https://prometheus-prod-10-prod-ap-south-0.grafana.net/api/prom/push
    basic_auth:
      username: "@@u@@"
      password: "glc_@@secret@@"
scrape_configs:
  - job_name: tracking
    static_configs: [{ targets: ["tracking:9100"] }]
""".replace("glc_@@secret@@", "@@secret@@"), "glc_" + fakes.drawn_mixed(_seed(), 100), u=digits(6))

add("dbt/profiles", "analytics/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/profiles.yml", """ajrak_sales:
  target: prod
  outputs:
    prod:
      type: postgres
      host: 10.20.4.12
      user: dbt
      password: "@@secret@@"
      dbname: ajrak_sales
      schema: marts
      threads: 4
""", words_pw())

add("dbt/decoy-profiles-env", "analytics/profiles.ci.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/profiles.yml", """ajrak_sales:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: ajrak_sales
      schema: ci
""")

add("airflow/connection-uri", "airflow/dags/sync_couriers.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", '''"""ڪوريئر ڊيٽا جي هم آهنگي - روزانو."""
import os
from datetime import datetime
from airflow import DAG
from airflow.operators.bash import BashOperator

os.environ["AIRFLOW_CONN_KCS_SFTP"] = "sftp://manifest:@@secret@@@sftp.karachicourier.example:22"

with DAG("sync_couriers", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False):
    BashOperator(task_id="pull", bash_command="echo pulling manifest")
''', rand_pw(16))

add("http/rest-client", "api-tests/shipments.http", "https://github.com/Huachao/vscode-restclient#readme", """### نئين شپمينٽ
POST https://api.karachicourier.example/v1/shipments
Authorization: Bearer @@secret@@
Content-Type: application/json

{ "origin": "KHI", "destination": "HYD", "weight_g": 500, "cod_pkr": 3200 }
""", "kcs_live_" + rand_pw(32))

add("http/decoy-rest-client-var", "api-tests/tracking.http", "https://github.com/Huachao/vscode-restclient#environment-variables", """@token = {{$dotenv KCS_API_TOKEN}}

### ٽريڪنگ
GET https://api.karachicourier.example/v1/track/KHI7788123
Authorization: Bearer {{token}}
Accept: application/json
""")

add("postman/environment", "api-tests/kcs-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "name": "KCS prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.karachicourier.example", "enabled": true },
    { "key": "apiKey", "value": "@@secret@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", "kcs_live_" + rand_pw(32))

add("postman/decoy-environment-empty", "api-tests/kcs-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "name": "KCS local",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:8080", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")

add("apple/p8-key", "RiderIOS/fastlane/AuthKey_7XK2M9QP4L.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", "@@secret@@\n", fakes.fake_pem(_seed(), "EC").replace("EC PRIVATE KEY", "PRIVATE KEY"))

add("fastlane/decoy-appfile", "RiderIOS/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """app_identifier("pk.kcs.rider")
apple_id("ios@karachicourier.example")
team_id("7XK2M9QP4L")
itc_team_id("12" + "3456789")
# API ڪنجي CI ۾ APP_STORE_CONNECT_API_KEY_PATH مان
""")

add("k8s-secret/tls-key", "deploy/k8s/track-tls.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: track-tls
  namespace: courier
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _tls := pem("RSA"), crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_tls))

# ---------------------------------------------------------------- more notes, chats, mails

add("log/smtp-auth-plain", "logs/smtp-debug-2026-11-19.log", "https://www.rfc-editor.org/rfc/rfc4616", """S: 220 smtp.zoho.com ESMTP ready
C: EHLO kcs-app01
S: 250-AUTH PLAIN LOGIN
C: AUTH PLAIN @@secret@@
S: 235 Authentication successful
C: MAIL FROM:<waybills@karachicourier.example>
S: 250 OK
""", b64("\0waybills@karachicourier.example\0" + rand_pw(16)))

add("text/chat-export", "notes/whatsapp-ops-group.txt", "https://faq.whatsapp.com/1180414079177245", """[20/11/2026, 09:12] Sassui: صبح بخير، ٽريڪنگ بند آهي؟
[20/11/2026, 09:14] Naveed: هاڻي ٺيڪ، Mongo ري اسٽارٽ ڪيو
[20/11/2026, 09:15] Sassui: رپورٽ لاءِ Grafana جو پاسورڊ ڇا آهي؟
[20/11/2026, 09:16] Naveed: admin / @@secret@@
[20/11/2026, 09:16] Naveed: استعمال کانپوءِ ٻڌائجو، مٽائيندس
""", words_pw())

add("text/decoy-chat-export", "notes/whatsapp-workshop-group.txt", "https://faq.whatsapp.com/1180414079177245", """[21/11/2026, 07:40] Ghulam: اڄ نيري رنگ جو ٻيو ڍنڍ تيار
[21/11/2026, 07:42] Shabbir: 40 اجرڪ ڪراچي ڏانهن، CN: KHI7788301
[21/11/2026, 07:45] Ghulam: دڪان جو پاسورڊ؟
[21/11/2026, 07:46] Shabbir: Bitwarden ۾ "Hala shop admin" ڏسو، هتي نه لکندس
[21/11/2026, 07:47] Ghulam: ٺيڪ 👍
""")

add("email/eml-password", "notes/mail-new-merchant.eml", "https://www.rfc-editor.org/rfc/rfc5322", """From: merchants@karachicourier.example
To: orders@ajrak.example.pk
Subject: =?UTF-8?B?2YbZitmGINin2YPYp9mI2YbZvQ==?=
Content-Type: text/plain; charset=utf-8

اسلام عليڪم،
توهان جو مرچنٽ کاتو تيار آهي.
يوزر: hala-ajrak
پاسورڊ: @@secret@@
پهرين لاگ ان تي پاسورڊ مٽايو.
""", rand_pw(12))

add("markdown/decoy-incident-masked", "docs/incidents/2026-10-leaked-key.md", MD, """# واقعو: SMS ڪنجي ظاهر ٿي (آڪٽوبر 2026)

- **ڇا ٿيو:** ڪنجي عوامي gist ۾ پيسٽ ٿي.
- **پراڻي ڪنجي:** `sms_live_****************3kQ` (بند ڪئي وئي)
- **نئين ڪنجي:** Vault ۾ `secret/courier/sms`
- **سبق:** pre-commit اسڪينر لازمي.

ٽائم لائن: 10:02 خبر، 10:20 بند، 11:05 نئين ڪنجي.
""".replace("sms_live_****************3kQ", "sms_live_" + "*" * 16 + "3kQ"))

add("markdown/onboarding", "docs/onboarding/new-rider-coordinator.md", MD, """# نئين رائيڊر ڪوآرڊينيٽر لاءِ

1. ڊسپيچ ڊيش بورڊ: https://dispatch.karachicourier.example
2. لاگ ان: پنهنجي اي ميل سان (SSO)
3. پراڻو ڊيش بورڊ (2022) اڃا هلي ٿو:
   `https://coordinator:@@secret@@@old-dispatch.karachicourier.example/`
4. سوال هجن ته #ڊسپيچ چينل تي پڇو.
""", rand_pw(16))

add("markdown/decoy-password-policy", "docs/security/password-policy.md", MD, """# پاسورڊ جي پاليسي

- گهٽ ۾ گهٽ 14 اکر، مثال طور `<word>-<word>-<word>-<number>`
- ڪڏهن به `Password123!` يا `Karachi@2026` جهڙا نه
- سڀ پاسورڊ Bitwarden ۾ رکو
- ڪنجيون (API keys) Vault ۾: `secret/courier/*`, `secret/ajrak/*`
""")

add("markdown/decoy-aws-arns", "docs/infra/secrets-inventory.md", MD, """# ڳجهن جي فهرست (رڳو حوالا)

| ڪم | ڪٿي |
|----|-----|
| RDS ماسٽر | `arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:kcs/rds/master-Ab12Cd` |
| SMS | `vault:secret/data/courier/sms#key` |
| Stripe | `arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:ajrak/stripe-9ZxQ1w` |
| IAM ڪردار | `arn:aws:iam::@@acct@@:role/kcs-backup` |
""", acct=digits(12))

add("markdown/decoy-ids", "docs/integrations/azure-ad.md", MD, """# Azure AD (ShipmentPortal)

- Tenant ID: `@@t@@`
- Client ID: `@@c@@`
- Object ID: `@@o@@`
- Client secret: Key Vault ۾ `portal-client-secret` (ڪڏهن به هتي نه)

ريڊائريڪٽ: `https://portal.karachicourier.example/signin-oidc`
""", t=uuid_s(), c=uuid_s(), o=uuid_s())

add("html/decoy-recaptcha", "site/contact.html", "https://developers.google.com/recaptcha/docs/display", """<!doctype html>
<html lang="sd" dir="rtl">
<head><meta charset="utf-8"><title>رابطو</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<form action="/contact" method="post">
  <input name="cn" placeholder="CN نمبر">
  <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
  <button>موڪليو</button>
</form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("json/decoy-package-lock", "tracking-sdk/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "@kcs/tracking-sdk",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("text/decoy-gosum", "dispatch/go.sum", "https://go.dev/ref/mod#go-sum-files", """github.com/lib/pq v1.10.9 h1:@@a@@=
github.com/lib/pq v1.10.9/go.mod h1:@@b@@=
googlemaps.github.io/maps v1.7.0 h1:@@c@@=
googlemaps.github.io/maps v1.7.0/go.mod h1:@@d@@=
github.com/google/go-github/v60 v60.0.0 h1:@@e@@=
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    d=fakes.drawn(_seed(), 43, ALNUM + "+/"), e=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/pem-block", "deploy/helm/values-sftp.yaml", HELM, """# منشور SFTP ڪلائنٽ
sftp:
  host: sftp.karachicourier.example
  user: manifest
  privateKey: |
    @@k@@
schedule: "0 */2 * * *"
""", _sk := pem("OPENSSH"), k=_sk.replace("\n", "\n    "))

add("yaml/decoy-cert-block", "deploy/helm/values-ca.yaml", HELM, """# اندروني CA جو سرٽيفڪيٽ (عوامي)
trust:
  caCert: |
    -----BEGIN CERTIFICATE-----
    MIIB@@a@@
    @@b@@
    -----END CERTIFICATE-----
""", a=fakes.drawn(_seed(), 60, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("shell/helm-set", "ops/deploy-tracking.sh", SHELL, """#!/usr/bin/env bash
# ٽريڪنگ ڊيپلاءِ (هٿ سان)
set -e
helm upgrade --install tracking ./charts/tracking \\
  -n courier -f charts/tracking/values-prod.yaml \\
  --set jwt.secret=@@secret@@ \\
  --set image.tag=2.14.1
""", jwt_secret())

add("shell/docker-run-env", "ops/run-classifier.sh", SHELL, """#!/bin/sh
# ٺپن جي درجه بندي واري ڪنٽينر
docker run -d --name classifier \\
  -e OPENAI_API_KEY=@@secret@@ \\
  -p 8500:8500 \\
  registry.kcs.example/pattern-classifier:0.3
""", fakes.openai_key(_seed(), "svcacct"))

add("shell/vault-token", "ops/vault-login.sh", VAULT, """#!/usr/bin/env bash
# Vault جو عارضي ٽوڪن - ڊيبگ لاءِ
export VAULT_ADDR=https://vault.kcs.internal:8200
export VAULT_TOKEN=hvs.@@secret@@
vault kv get secret/courier/sms
vault kv get secret/courier/db
""".replace("hvs.@@secret@@", "@@secret@@"), "hvs." + fakes.drawn_mixed(_seed(), 24))

add("shell/decoy-vault-login", "ops/vault-login-oidc.sh", VAULT, """#!/usr/bin/env bash
# Vault لاگ ان - OIDC ذريعي (ٽوڪن ڪڏهن به فائل ۾ نه)
export VAULT_ADDR=https://vault.kcs.internal:8200
vault login -method=oidc role=courier-ops
vault kv get -field=key secret/courier/sms >/dev/null && echo "ٺيڪ"
""")

add("env/cloudinary", "ajrak-shop/.env.media", DOTENV, """# اجرڪ جون تصويرون (Cloudinary)
CLOUDINARY_URL=cloudinary://@@id@@:@@secret@@@hala-ajrak
MEDIA_FOLDER=ajrak/2026
MAX_UPLOAD_MB=20
THUMB_SIZE=400
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"), id=digits(15))

add("env/decoy-test-env", "ajrak-shop/.env.testing", DOTENV, """# آزمائشي ماحول - سڀ جعلي قدرون
APP_ENV=testing
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
STRIPE_SECRET=sk_test_fake
CLOUDINARY_URL=cloudinary://000000000000000:fake@demo
""")

# ---------------------------------------------------------------- last group

add("terraform/provider-token", "infra/cloudflare/main.tf", TF, """# ajrak.example.pk جو DNS
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "www"
  type    = "CNAME"
  content = "hala-ajrak.myshopify.com"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("github-actions/slack-inline", ".github/workflows/nightly-report.yml", GHA, """name: nightly cod report
on: { schedule: [{ cron: "0 18 * * *" }] }
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/cod_summary.py > summary.txt
      - name: Slack تي موڪليو
        run: curl -X POST -H 'Content-type: application/json' --data "{\\"text\\": \\"$(cat summary.txt)\\"}" @@secret@@
""", slack_webhook())

add("makefile/psql-url", "db/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# ڊيٽابيس جا ڪم
DB_URL ?= postgresql://migrator:@@secret@@@10.20.4.11:5432/dispatch

migrate:
\tmigrate -path migrations -database "$(DB_URL)" up

rollback:
\tmigrate -path migrations -database "$(DB_URL)" down 1
""", rand_pw(18))

add("gradle/signing", "rider-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# رليز سائننگ
RELEASE_STORE_FILE=../release/kcs-rider.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=kcs-rider
""", rand_pw(20))

add("typescript/mailgun-split", "notify/src/mail.ts", NODE, """import formData from 'form-data';
import Mailgun from 'mailgun.js';

// اي ميل - آرڊر جي تصديق
const mg = new Mailgun(formData).client({
  username: 'api',
  key: '@@a@@' +
    '@@b@@',
});
export default mg;
""", _m2 := mailgun_key(), a=_m2[:18], b=_m2[18:])

add("csharp/decoy-user-secrets", "ShipmentPortal/ShipmentPortal.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <!-- مقامي ڳجها dotnet user-secrets ۾ -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", u=uuid_s())

add("php/sftp-courier", "ajrak-shop/app/Jobs/PushManifest.php", PHP, """<?php
namespace App\\Jobs;

use phpseclib3\\Net\\SFTP;

// ڪوريئر کي روزانو منشور
class PushManifest
{
    public function handle(): void
    {
        $sftp = new SFTP('sftp.karachicourier.example');
        $sftp->login('hala-ajrak', '@@secret@@');
        $sftp->put('/in/manifest.csv', storage_path('manifest.csv'), SFTP::SOURCE_LOCAL_FILE);
    }
}
""", words_pw())

add("powershell/azure-sp", "ops/Connect-KcsAzure.ps1", PWSH, """# Azure سان ڳنڍڻ (سروس پرنسپل)
$tenant = "@@t@@"
$appId = "@@a@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", fakes.drawn(_seed(), 3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), t=uuid_s(), a=uuid_s())

add("markdown/decoy-jwt-example", "docs/api/auth.md", MD, """# تصديق (Authentication)

هر درخواست ۾ JWT:

```
Authorization: Bearer <access_token>
```

ٽوڪن `POST /v1/auth/token` مان ملي ٿو. ٽوڪن 12 ڪلاڪ هلي ٿو.
سائننگ ڪنجي سرور تي ماحول مان (`JWT_SECRET`) — دستاويز ۾ ڪا اصل قدر ناهي.
""")

# END-OF-CASES
