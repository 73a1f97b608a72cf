"""Blind set KJ: lacquerware workshops of Bagan and tea-leaf (lahpet) makers in Myanmar.

Shops and exporters, payment wallets (KBZPay, WavePay, AYA Pay), SMS gateways, CI and cloud, with
notes and comments partly in Burmese script, and their decoys. Generated fakes only
(seeds 5530000-5539999).
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
SEED_LOW, SEED_HIGH = 5530000, 5539999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Shwe", "Yun", "Lahpet", "Ananda", "Irrawaddy", "Thanaka", "Padauk", "Popa", "Mingalar",
         "Myitkyina", "Kyauk", "Zawgyi", "Thingyan", "Nyaung", "Hsipaw", "Pyay", "Tagu", "Kason"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def tok(prefix: str, n: int) -> str:
    return fakes.fake(prefix, n, _seed())


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


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
    return tok("SG.", 22) + tok(".", 43)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(('{"sub":"merchant-%d","scope":"payment","iat":%d}'
                                     % (r.randint(10000, 99999), r.randint(1700000000, 1790000000))).encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    """Base64 of random bytes: ciphertext, a digest, a generated key."""
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def age_recipient() -> str:
    r = _rng()
    return "age1" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pub_ssh() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers of the text filled from fields (`@@s@@` is the secret)."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-kj/{category}", file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/user_guide/playbooks_variables.html"
PYDOC = "https://docs.python.org/3/reference/"
NODE = "https://nodejs.org/api/"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
KOTLIN = "https://kotlinlang.org/docs/home.html"
CSHARP = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
PHP = "https://www.php.net/manual/en/"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/book/"
SWIFT = "https://developer.apple.com/documentation/"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/"
MD = "https://commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
DOCKER = "https://docs.docker.com/engine/reference/builder/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSONS = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://www.nginx.com/resources/wiki/start/topics/examples/full/"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
SSH = "https://man.openbsd.org/ssh_config"
AWSCLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
STRIPE = "https://stripe.com/docs/keys"
TWILIO = "https://www.twilio.com/docs/iam/api-keys"
TELEGRAM = "https://core.telegram.org/bots/api"
SLACK = "https://api.slack.com/messaging/webhooks"


# ---------------------------------------------------------------- .env files
add("dotenv/kbzpay-secret", ".env.production", DOTENV, """\
# ShweYun Lacquer online shop (ပုဂံ ယွန်းထည်ဆိုင်) - production
APP_ENV=production
APP_URL=https://shop.shweyun-lacquer.com.mm
KBZPAY_MERCHANT_CODE=200341
KBZPAY_APP_ID=kp1a0f3c8e9b2d4417a6
KBZPAY_APP_KEY=@@s@@
# ငွေပေးချေမှု callback
KBZPAY_NOTIFY_URL=https://shop.shweyun-lacquer.com.mm/pay/kbz/notify
""", rand_pw(32))

add("dotenv/database-url", "lahpet-api/.env", DOTENV, """\
NODE_ENV=production
PORT=8080
# လက်ဖက် order database
DATABASE_URL=postgres://lahpet_app:@@s@@@db.pinlon-lahpet.internal:5432/orders
REDIS_URL=redis://cache.pinlon-lahpet.internal:6379/0
LOG_LEVEL=info
""", rand_pw(18))

add("dotenv/decoy-placeholder", ".env.example", DOTENV, """\
# Copy to .env and fill in (ဒီဖိုင်ကို .env အဖြစ် ကူးပြီး ဖြည့်ပါ)
APP_ENV=local
KBZPAY_MERCHANT_CODE=
KBZPAY_APP_KEY=<kbzpay-app-key-from-merchant-portal>
WAVEPAY_SECRET_KEY=your_wavepay_secret_here
SMSPOH_TOKEN=
DATABASE_URL=postgres://user:password@localhost:5432/lacquer_dev
""")

add("dotenv/wavepay-secret", "deploy/wavepay.env", DOTENV, """\
WAVEPAY_MERCHANT_ID=WM-774120
WAVEPAY_BASE_URL=https://payments.wavemoney.io/api/v2
WAVEPAY_SECRET_KEY=@@s@@
WAVEPAY_CALLBACK=https://bagan-lacquer-house.com/api/wave/callback
# ဤ key ကို GitHub ထဲ မတင်ရ - TODO move to secrets manager
""", hexs(64))

add("dotenv/sms-token", "sms-worker/.env.local", DOTENV, """\
# SMS gateway - order confirmation (မှာယူမှု အတည်ပြု SMS)
SMS_PROVIDER=smspoh
SMSPOH_API_URL=https://smspoh.com/api/v2/send
SMSPOH_TOKEN=@@s@@
SMS_SENDER=ShweYun
""", mixed(64))

add("dotenv/decoy-env-reference", "docker/.env.ci", DOTENV, """\
# CI only - values injected by the runner
DATABASE_URL=${CI_DATABASE_URL}
KBZPAY_APP_KEY=${KBZPAY_APP_KEY}
AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}
SMSPOH_TOKEN=$SMSPOH_TOKEN
SENTRY_ENVIRONMENT=ci
""")

add("dotenv/aws-secret", "exporter-portal/.env", DOTENV, """\
# Mandalay export docs bucket (တင်ပို့ စာရွက်စာတမ်း)
AWS_REGION=ap-southeast-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
S3_BUCKET=mdy-lahpet-export-docs
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("dotenv/decoy-masked", ".env.staging.txt", DOTENV, """\
# copied from Forge dashboard for the record - values masked by Forge
APP_KEY=base64:****************************************
DB_PASSWORD=********
AYAPAY_CLIENT_SECRET=••••••••••••
MAIL_PASSWORD=(hidden)
""")

add("dotenv/django-secret", "backend/.env.dev-shared", DOTENV, """\
DJANGO_SETTINGS_MODULE=lacquer.settings.staging
DJANGO_DEBUG=False
DJANGO_SECRET_KEY=@@s@@
ALLOWED_HOSTS=staging.baganyun.com
# staging ကို အဖွဲ့လိုက် share ထားသည်
LANGUAGE_CODE=my
""", fakes.django_secret_key(_seed()))

add("dotenv/telegram-bot", "bot/.env", DOTENV, """\
# Telegram order bot - ဆိုင်ရှင်ထံ order အသိပေး
TELEGRAM_BOT_TOKEN=@@s@@
TELEGRAM_ADMIN_CHAT=-1001736620931
TZ=Asia/Yangon
ORDER_SHEET_ID=1qZ8shweyunOrders2024
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- Python
add("python/ayapay-secret", "payments/ayapay_client.py", PYDOC, """\
\"\"\"AYA Pay merchant API client for the Bagan lacquer shop.\"\"\"
import hashlib
import hmac

import requests

AYAPAY_BASE = "https://api.ayapay.com/merchant/v1"
CLIENT_ID = "bagan-lacquer-09"
# TODO: ထုတ်လုပ်မှု key - config ထဲ ပြောင်းရန်
CLIENT_SECRET = "@@s@@"


def sign(payload: bytes) -> str:
    return hmac.new(CLIENT_SECRET.encode(), payload, hashlib.sha256).hexdigest()


def create_order(amount_mmk: int, ref: str) -> dict:
    body = {"amount": amount_mmk, "currency": "MMK", "externalRef": ref}
    r = requests.post(f"{AYAPAY_BASE}/orders", json=body, auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    r.raise_for_status()
    return r.json()
""", rand_pw(40))

add("python/decoy-env-reference", "payments/settings.py", PYDOC, """\
import os

# ငွေပေးချေမှု settings - secret တွေအားလုံး environment ကနေ
KBZPAY_APP_KEY = os.environ["KBZPAY_APP_KEY"]
WAVEPAY_SECRET_KEY = os.getenv("WAVEPAY_SECRET_KEY", "")
AYAPAY_CLIENT_SECRET = os.environ.get("AYAPAY_CLIENT_SECRET")
SMS_TOKEN = os.environ.get("SMSPOH_TOKEN", "dummy-for-tests")
""")

add("python/smtp-password", "tools/send_invoice.py", PYDOC, """\
import smtplib
from email.message import EmailMessage

# ပြေစာ (invoice) ပို့ရန် script - exporter accounts team
msg = EmailMessage()
msg["Subject"] = "Lahpet shipment invoice"
msg["From"] = "accounts@goldenleaf-lahpet.com"
msg["To"] = "buyer@example.co.jp"
msg.set_content(open("invoice.txt", encoding="utf-8").read())

with smtplib.SMTP("smtp.zoho.com", 587) as s:
    s.starttls()
    s.login("accounts@goldenleaf-lahpet.com", "@@s@@")
    s.send_message(msg)
""", words_pw())

add("python/twilio-token", "notify/sms.py", TWILIO, """\
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@s@@"  # Twilio backup route when SMSPoh is down

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify(phone: str, text: str) -> None:
    # ဖုန်းနံပါတ် +959 ဖြင့်စ
    client.messages.create(to=phone, from_="+14155550123", body=text)
""", hexs(32), sid=hexs(32))

add("python/decoy-test-fixture", "tests/test_kbzpay_sign.py", PYDOC, """\
from payments.kbzpay import sign_request

# FAKE key for unit tests only - မှန်ကန်သော key မဟုတ်ပါ
FAKE_APP_KEY = "test-app-key-not-real"


def test_sign_is_stable():
    params = {"merch_code": "200341", "total_amount": "15000", "nonce_str": "abc"}
    assert sign_request(params, FAKE_APP_KEY) == sign_request(dict(params), FAKE_APP_KEY)
""")

add("python/stripe-secret", "intl_shop/checkout.py", STRIPE, """\
import stripe

# Overseas buyers (Japan, Thailand) pay by card - ပြည်ပ ဝယ်သူများ
stripe.api_key = "@@s@@"


def checkout(items, success_url, cancel_url):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": i["price_id"], "quantity": i["qty"]} for i in items],
        success_url=success_url,
        cancel_url=cancel_url,
    )
""", tok("sk_live_", 24))

add("python/decoy-publishable", "intl_shop/public_keys.py", STRIPE, """\
# Publishable keys are safe in the browser bundle (Stripe docs)
STRIPE_PUBLISHABLE_KEY = "@@pk@@"
# ပြည်ပ card checkout - secret key ကတော့ server env ထဲမှာပဲ
CURRENCY = "usd"
SUPPORTED = ["JP", "TH", "SG", "US"]
""", pk=tok("pk_live_", 24))

_pw = words_pw()
add("python/db-dsn-split", "etl/load_sales.py", PYDOC, """\
import psycopg2

# နေ့စဉ် အရောင်း data ကို warehouse သို့
DSN = ("host=warehouse.baganyun.internal dbname=sales user=etl password=@@a@@"
       "@@b@@ sslmode=require")


def main():
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM shop_orders WHERE created_at > now() - interval '1 day'")
        print(cur.fetchone())


if __name__ == "__main__":
    main()
""", _pw, a=_pw[:6], b=_pw[6:])

add("python/decoy-hash", "accounts/passwords.py", PYDOC, """\
# seed admin user for local dev; only the hash is stored
from django.contrib.auth.hashers import check_password  # noqa: F401

ADMIN_USERNAME = "admin@shweyun"
ADMIN_PASSWORD_HASH = "pbkdf2_sha256$600000$@@salt@@$@@h@@"
# မူရင်း password ကို 1Password 'Lacquer shop admin' ထဲမှာ ကြည့်ပါ
""", salt=rand_pw(22), h=b64(hexs(24))[:43] + "=")

add("python/slack-webhook", "ops/alert_stock.py", SLACK, """\
import json
import urllib.request

# လက်ဖက် stock နည်းလာရင် Slack ကို အသိပေး
WEBHOOK = "@@s@@"


def alert(sku: str, left_kg: float) -> None:
    body = json.dumps({"text": f":leaves: {sku} only {left_kg} kg left in Mandalay warehouse"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", slack_webhook())

add("python/openai-key", "catalogue/describe_items.py", PYDOC, """\
from openai import OpenAI

# ယွန်းထည် ပစ္စည်းဖော်ပြချက် (English/Japanese) ထုတ်ရန်
client = OpenAI(api_key="@@s@@")


def describe(name: str, notes_my: str) -> str:
    prompt = f"Write a shop description for Bagan lacquerware '{name}'. Maker notes: {notes_my}"
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- JS / TS
add("javascript/wavepay-secret", "server/wavepay.js", NODE, """\
const crypto = require('crypto');

// WavePay merchant - ShweYun lacquer shop
const WAVE_MERCHANT_ID = 'WM-774120';
const WAVE_SECRET = '@@s@@';

function hashPayload(fields) {
  const data = fields.join('');
  return crypto.createHmac('sha256', WAVE_SECRET).update(data).digest('hex');
}

module.exports = { hashPayload, WAVE_MERCHANT_ID };
""", hexs(64))

add("typescript/decoy-env-reference", "src/config.ts", NODE, """\
// ဆိုင် config - secrets from process.env only
export const config = {
  kbzAppKey: process.env.KBZPAY_APP_KEY ?? '',
  waveSecret: process.env.WAVEPAY_SECRET_KEY!,
  smsToken: process.env.SMSPOH_TOKEN || '',
  apiBase: 'https://api.baganyun.com',
};
""")

add("typescript/sendgrid-key", "src/mail/sendgrid.ts", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """\
import sgMail from '@sendgrid/mail';

// order မှတ်တမ်း email - lahpet exporter
sgMail.setApiKey('@@s@@');

export async function sendOrderMail(to: string, orderId: string) {
  await sgMail.send({
    to,
    from: 'orders@goldenleaf-lahpet.com',
    subject: `Order ${orderId} received`,
    text: 'ကျေးဇူးတင်ပါသည်။ Thank you for your order.',
  });
}
""", sendgrid_key())

add("javascript/mongodb-uri", "api/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require('mongoose');

// ပုဂံ ယွန်းထည် catalogue
const uri = 'mongodb+srv://catalogue:@@s@@@cluster0.x7kq2.mongodb.net/lacquer?retryWrites=true&w=majority';

mongoose.connect(uri).then(() => console.log('mongo ok'));

module.exports = mongoose;
""", rand_pw(16))

add("javascript/decoy-docs-example", "docs/snippets/kbz-sign.js", NODE, """\
// Example from the KBZPay integration guide (values are the guide's samples)
const params = {
  appid: 'kp0123456789abcdef',
  merch_code: '200000',
  nonce_str: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
  sign_type: 'SHA256',
};
// key = 'your app key'  <- ဒီနေရာမှာ ကိုယ့် key ထည့်
""")

add("typescript/firebase-admin-key", "functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", """\
import * as admin from 'firebase-admin';

// lahpet delivery app - push notification
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'lahpet-delivery',
    clientEmail: 'firebase-adminsdk-x2k9@lahpet-delivery.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});

export default admin;
""", pem("RSA").replace("RSA PRIVATE", "PRIVATE"))

add("javascript/decoy-redacted", "scripts/debug-log-sample.js", NODE, """\
// sample of what logger prints (token masked by pino redact)
const sample = {
  level: 30,
  msg: 'wavepay callback',
  headers: { authorization: 'Bearer [Redacted]' },
  body: { merchantId: 'WM-774120', hash: '[Redacted]' },
};
console.log(sample);
""")

# ---------------------------------------------------------------- Go
add("go/sms-token", "internal/sms/smspoh.go", GO, """\
package sms

import (
	"bytes"
	"net/http"
)

// SMSPoh gateway - OTP for shop login (OTP SMS ပို့ရန်)
const smspohToken = "@@s@@"

func Send(to, text string) error {
	body := []byte(`{"to":"` + to + `","message":"` + text + `","sender":"BaganYun"}`)
	req, _ := http.NewRequest("POST", "https://smspoh.com/api/v2/send", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+smspohToken)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}
""", mixed(64))

add("go/decoy-env-reference", "cmd/exporter/main.go", GO, """\
package main

import (
	"log"
	"os"
)

func main() {
	// ပို့ကုန် service
	key := os.Getenv("EXPORT_API_KEY")
	if key == "" {
		log.Fatal("EXPORT_API_KEY not set")
	}
	log.Println("starting exporter sync")
}
""")

add("go/postgres-dsn", "internal/store/db.go", GO, """\
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// TODO(ကိုဇော်): move DSN to env before release
func Open() (*sql.DB, error) {
	return sql.Open("postgres", "postgres://tea_orders:@@s@@@10.20.1.15:5432/lahpet?sslmode=disable")
}
""", words_pw().replace("@", "_").replace("#", "_"))

# ---------------------------------------------------------------- Java / Kotlin
add("properties/datasource-password", "src/main/resources/application-prod.properties", JAVA, """\
# Lacquer export ERP - production
spring.datasource.url=jdbc:mysql://erp-db.baganyun.internal:3306/export_erp
spring.datasource.username=erp_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
# ပုဂံ ရုံးချုပ် timezone
spring.jackson.time-zone=Asia/Yangon
""", words_pw())

add("properties/decoy-env-reference", "src/main/resources/application.properties", JAVA, """\
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
kbzpay.app-key=${KBZPAY_APP_KEY:}
wavepay.secret=${WAVEPAY_SECRET:changeit-in-env}
""")

add("java/aws-secret", "src/main/java/mm/baganyun/storage/S3Config.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """\
package mm.baganyun.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {
    // ပစ္စည်းဓာတ်ပုံ bucket
    public static S3Client client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
                "@@kid@@",
                "@@s@@");
        return S3Client.builder().region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds)).build();
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/wavepay-secret", "app/src/main/java/mm/lahpet/pay/WaveConfig.kt", KOTLIN, """\
package mm.lahpet.pay

// WavePay in-app checkout (လက်ဖက် app)
object WaveConfig {
    const val MERCHANT_ID = "WM-551904"
    const val SECRET_KEY = "@@s@@"
    const val BASE_URL = "https://payments.wavemoney.io/api/v2"
}
""", hexs(64))

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """\
android {
    defaultConfig {
        applicationId = "mm.lahpet.delivery"
        // key comes from local.properties / CI secret, never committed
        buildConfigField("String", "WAVE_SECRET", "\\"${System.getenv("WAVE_SECRET") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

# ---------------------------------------------------------------- C#
add("json/appsettings-connection", "ExportPortal/appsettings.Production.json", CSHARP, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "ExportDb": "Server=tcp:mdy-export.database.windows.net,1433;Database=exportdb;User ID=portal;Password=@@s@@;Encrypt=True;"
  },
  "Shop": { "Name": "Golden Leaf Lahpet", "Currency": "MMK" }
}
""", words_pw())

add("csharp/sendgrid-key", "ExportPortal/Services/MailService.cs", CSHARP, """\
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ExportPortal.Services;

// ပို့ကုန် လိုင်စင် အကြောင်းကြားစာ
public class MailService
{
    private readonly SendGridClient _client = new("@@s@@");

    public Task SendAsync(string to, string subject, string body) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("noreply@goldenleaf-lahpet.com"), new EmailAddress(to), subject, body, null));
}
""", sendgrid_key())

add("json/decoy-user-secrets-id", "ExportPortal/appsettings.json", CSHARP, """\
{
  "UserSecretsId": "@@u@@",
  "ConnectionStrings": { "ExportDb": "" },
  "KbzPay": { "AppKey": "" , "MerchantCode": "200341" },
  "AllowedHosts": "*"
}
""", u=uuid_s())

# ---------------------------------------------------------------- PHP
add("php/kbzpay-secret", "wp-content/plugins/kbzpay-gateway/config.php", PHP, """\
<?php
// KBZPay gateway for WooCommerce - Bagan Lacquer House
// မှတ်ချက် - ဒီ key ကို admin settings ထဲ ပြောင်းထည့်ရန်
define('KBZPAY_MERCHANT_CODE', '200788');
define('KBZPAY_APPID', 'kp7c21d0a9e4b8f3a1c2');
define('KBZPAY_APP_KEY', '@@s@@');
define('KBZPAY_GATEWAY', 'https://api.kbzpay.com/payment/gateway/uat/');
""", rand_pw(32))

add("php/wp-db-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** ShweYun lacquer blog + shop */
define( 'DB_NAME', 'shweyun_wp' );
define( 'DB_USER', 'shweyun' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'sy_';
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#%^"))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

# ---------------------------------------------------------------- Ruby
add("ruby/smtp-password", "config/environments/production.rb", RUBY, """\
Rails.application.configure do
  # lahpet subscription box mailer
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.gmail.com",
    port: 587,
    user_name: "orders.pinlonlahpet@gmail.com",
    password: "@@s@@",
    authentication: "plain",
    enable_starttls_auto: true
  }
end
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("ruby/decoy-encrypted-credentials", "config/credentials.md", RUBY, """\
# Rails credentials (ဖွင့်ရန် RAILS_MASTER_KEY လိုသည်)

`config/credentials.yml.enc` is committed; it is ciphertext and needs the master key,
which lives only in 1Password and in the Render dashboard. Current file, for reference:

    @@c@@--@@iv@@--@@t@@

Edit with `EDITOR=nano bin/rails credentials:edit`.
""", c=b64bytes(66), iv=b64bytes(12), t=b64bytes(16))

# ---------------------------------------------------------------- Rust / Swift
add("rust/telegram-bot", "bot/src/main.rs", RUST, """\
use teloxide::prelude::*;

// ယွန်းထည် workshop - order bot
const BOT_TOKEN: &str = "@@s@@";

#[tokio::main]
async fn main() {
    let bot = Bot::new(BOT_TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "မင်္ဂလာပါ! Order နံပါတ် ပို့ပေးပါ").await?;
        Ok(())
    })
    .await;
}
""", fakes.telegram_token(_seed()))

add("swift/decoy-keychain", "LacquerShop/Services/Secrets.swift", SWIFT, """\
import Foundation

// API key is read from the Keychain at runtime; nothing stored in the binary
enum Secrets {
    static var kbzAppKey: String {
        KeychainStore.shared.string(forKey: "kbzpay.appKey") ?? ""
    }
    static let placeholder = "REPLACE_ME"
}
""")

add("swift/api-key", "LacquerShop/Services/ShopAPI.swift", SWIFT, """\
import Foundation

// ShweYun shop backend (iOS)
struct ShopAPI {
    static let baseURL = URL(string: "https://api.shweyun-lacquer.com.mm/v1")!
    static let apiKey = "@@s@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: baseURL.appendingPathComponent(path))
        r.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        return r
    }
}
""", tok("sy_live_", 40))


# ---------------------------------------------------------------- Kubernetes
_k = rand_pw(32)
add("k8s-secret/kbzpay-secret-b64", "k8s/shop/kbzpay-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: kbzpay
  namespace: shweyun-shop
  labels:
    app: checkout
type: Opaque
data:
  merchant-code: @@mc@@
  app-key: @@enc@@
""", _k, mc=b64("200341"), enc=b64(_k))

_k = words_pw()
add("k8s-secret/postgres-password-b64", "k8s/lahpet/db-secret.yaml", K8S, """\
# လက်ဖက် orders database - ArgoCD က apply
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: lahpet
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@d@@
""", _k, u=b64("lahpet_app"), enc=b64(_k), d=b64("orders"))

add("k8s-secret/wavepay-stringdata", "k8s/shop/wavepay-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: wavepay
  namespace: shweyun-shop
type: Opaque
stringData:
  WAVEPAY_MERCHANT_ID: "WM-774120"
  WAVEPAY_SECRET_KEY: "@@s@@"
""", hexs(64))

add("k8s/decoy-sealed-secret", "k8s/shop/sms-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smspoh
  namespace: shweyun-shop
spec:
  encryptedData:
    SMSPOH_TOKEN: @@c@@
  template:
    metadata:
      name: smspoh
""", c=b64bytes(180))

add("k8s/decoy-secret-ref", "k8s/shop/checkout-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shweyun-shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      containers:
        - name: checkout
          image: ghcr.io/shweyun/checkout:1.8.2
          env:
            - name: KBZPAY_APP_KEY
              valueFrom:
                secretKeyRef: {name: kbzpay, key: app-key}
            - name: WAVEPAY_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: wavepay, key: WAVEPAY_SECRET_KEY}
""")

add("k8s/configmap-password", "k8s/lahpet/api-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: lahpet-api
  namespace: lahpet
data:
  # TODO Secret သို့ ရွှေ့ရန် (ယာယီ)
  REDIS_HOST: redis-master.lahpet.svc
  REDIS_PASSWORD: "@@s@@"
  LOG_LEVEL: info
""", fakes.redis_password(_seed()))

_user, _pw = "ci-bot", rand_pw(20)
add("k8s-secret/registry-dockerconfig", "k8s/shop/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: shweyun-shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _pw, enc=b64('{"auths":{"registry.baganyun.com":{"username":"%s","password":"%s","auth":"%s"}}}' % (_user, _pw, b64(_user + ":" + _pw))))

add("k8s/decoy-external-secret", "k8s/lahpet/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lahpet-payments
  namespace: lahpet
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: lahpet-payments
  data:
    - secretKey: AYAPAY_CLIENT_SECRET
      remoteRef:
        key: prod/lahpet/ayapay
        property: client_secret
""")

# ---------------------------------------------------------------- Helm
add("helm/smtp-password", "charts/lacquer-shop/values-prod.yaml", HELM, """\
# ShweYun lacquer shop - production values
replicaCount: 2
image:
  repository: ghcr.io/shweyun/shop
  tag: "2.4.0"
ingress:
  enabled: true
  hosts: [shop.shweyun-lacquer.com.mm]
mail:
  host: smtp.mailgun.org
  port: 587
  username: postmaster@mg.shweyun-lacquer.com.mm
  password: "@@s@@"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("helm/decoy-values-placeholder", "charts/lacquer-shop/values.yaml", HELM, """\
replicaCount: 1
image:
  repository: ghcr.io/shweyun/shop
  tag: ""
mail:
  host: ""
  username: ""
  # set with --set mail.password=... or existingSecret (စကားဝှက် ဒီမှာ မထည့်ပါနှင့်)
  password: ""
  existingSecret: shop-mail
payments:
  kbzpay:
    appKey: "<set-in-values-prod-secret>"
""")

add("helm/redis-password", "charts/lahpet-api/values-staging.yaml", HELM, """\
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: @@s@@
postgresql:
  enabled: false
externalDatabase:
  host: staging-db.lahpet.internal
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- compose
add("compose/postgres-password", "docker-compose.yml", COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: lacquer
      POSTGRES_USER: lacquer
      POSTGRES_PASSWORD: @@s@@
    volumes: [pgdata:/var/lib/postgresql/data]
  web:
    build: .
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  pgdata: {}
""", words_pw())

add("compose/decoy-env-interpolation", "docker-compose.prod.yml", COMPOSE, """\
services:
  web:
    image: ghcr.io/shweyun/shop:${TAG:-latest}
    environment:
      DATABASE_URL: postgres://lacquer:${POSTGRES_PASSWORD:?set it}@db:5432/lacquer
      KBZPAY_APP_KEY: ${KBZPAY_APP_KEY}
      WAVEPAY_SECRET_KEY: ${WAVEPAY_SECRET_KEY}
    env_file: [.env.production]
""")

add("compose/minio-secret", "infra/storage/compose.yaml", COMPOSE, """\
# ပစ္စည်းဓာတ်ပုံ storage (on-prem, Mandalay office NAS)
services:
  minio:
    image: minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: lacquer-admin
      MINIO_ROOT_PASSWORD: "@@s@@"
    ports: ["9000:9000", "9001:9001"]
""", rand_pw(24))

add("compose/decoy-docker-secrets", "infra/db/compose.yaml", COMPOSE, """\
services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
      MYSQL_PASSWORD_FILE: /run/secrets/mysql_app
    secrets: [mysql_root, mysql_app]
secrets:
  mysql_root: {file: ./secrets/mysql_root.txt}
  mysql_app: {file: ./secrets/mysql_app.txt}
""")

# ---------------------------------------------------------------- CI
add("github-actions/ssh-password", ".github/workflows/deploy.yml", GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload to VPS (Yangon)
        uses: appleboy/scp-action@v0.1.7
        with:
          host: 103.85.104.22
          username: deploy
          password: "@@s@@"
          source: "dist/*"
          target: /var/www/shop
""", words_pw())

add("github-actions/decoy-secrets-context", ".github/workflows/release.yml", GHA, """\
name: release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: docker build -t ghcr.io/shweyun/shop:${{ github.ref_name }} . && docker push ghcr.io/shweyun/shop:${{ github.ref_name }}
""")

add("github-actions/slack-webhook", ".github/workflows/notify.yml", GHA, """\
name: notify
on: [deployment_status]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: Tell #lahpet-ops
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Deploy ${{ github.event.deployment_status.state }} - လက်ဖက် API"}' \\
            @@s@@
""", slack_webhook())

add("gitlab-ci/aws-secret", ".gitlab-ci.yml", GITLAB, """\
stages: [build, deploy]

variables:
  AWS_DEFAULT_REGION: ap-southeast-1
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@s@@

build:
  stage: build
  script: [npm ci, npm run build]
  artifacts: {paths: [dist/]}

deploy:
  stage: deploy
  script:
    - aws s3 sync dist/ s3://baganyun-web --delete
  only: [main]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("gitlab-ci/decoy-masked-variable", "ci/deploy.gitlab-ci.yml", GITLAB, """\
# AWS keys are masked, protected CI/CD variables (Settings > CI/CD > Variables)
deploy:
  stage: deploy
  image: amazon/aws-cli:2.17.0
  script:
    - aws configure set aws_access_key_id "$AWS_ACCESS_KEY_ID"
    - aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"
    - aws s3 sync dist/ s3://baganyun-web --delete
""")

add("bitbucket/npm-token", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: node:20
pipelines:
  default:
    - step:
        name: build ui kit (ယွန်းထည် design system)
        script:
          - echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
          - npm ci
          - npm publish --access restricted
""", fakes.fake("npm_", 36, _seed()))

add("circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          DATABASE_URL: postgres://test:test@localhost/test_lahpet
      - image: cimg/postgres:16.2
        environment: {POSTGRES_USER: test, POSTGRES_PASSWORD: test, POSTGRES_DB: test_lahpet}
    steps: [checkout, run: pip install -r requirements.txt, run: pytest]
workflows:
  main: {jobs: [test]}
""")

add("jenkins/docker-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
  agent any
  environment {
    REGISTRY = 'registry.baganyun.com'
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker build -t $REGISTRY/export-portal:$BUILD_NUMBER .'
        // ယာယီ - credentials plugin မသုံးရသေးပါ
        sh 'docker login $REGISTRY -u jenkins -p @@s@@'
        sh 'docker push $REGISTRY/export-portal:$BUILD_NUMBER'
      }
    }
  }
}
""", rand_pw(22))

add("jenkins/decoy-credentials-binding", "ci/Jenkinsfile.release", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  stages {
    stage('Push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'registry-baganyun', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'echo "$P" | docker login registry.baganyun.com -u "$U" --password-stdin'
        }
      }
    }
  }
}
""")

# ---------------------------------------------------------------- Terraform
add("terraform/db-password", "infra/rds.tf", TF, """\
resource "aws_db_instance" "orders" {
  identifier        = "lahpet-orders"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "lahpet_admin"
  password          = "@@s@@"
  skip_final_snapshot = true
  # ယာယီ password - apply ပြီးရင် rotate လုပ်ရန်
}
""", words_pw())

add("terraform/decoy-variable", "infra/variables.tf", TF, """\
variable "db_password" {
  description = "Master password for lahpet-orders (from TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "kbzpay_app_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("terraform/tfvars-token", "infra/env/prod.auto.tfvars", TF, """\
region          = "ap-southeast-1"
project         = "baganyun"
cloudflare_zone = "baganyun.com"
cloudflare_api_token = "@@s@@"
alert_email     = "ops@baganyun.com"
""", mixed(40))

add("terraform/decoy-data-source", "infra/secrets.tf", TF, """\
data "aws_secretsmanager_secret_version" "wavepay" {
  secret_id = "prod/shop/wavepay"
}

locals {
  wavepay = jsondecode(data.aws_secretsmanager_secret_version.wavepay.secret_string)
}

output "wavepay_merchant" {
  value = local.wavepay["merchant_id"]
}
""")

add("terraform/do-token", "infra/do/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """\
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

# Singapore droplet for the lacquer shop
provider "digitalocean" {
  token = "@@s@@"
}
""", "dop_v1_" + hexs(64))

# ---------------------------------------------------------------- Ansible
add("ansible/vars-password", "ansible/group_vars/shop.yml", ANSIBLE, """\
---
shop_domain: shop.shweyun-lacquer.com.mm
mysql_root_password: "@@s@@"
mysql_databases:
  - name: shweyun_wp
php_version: "8.2"
# ဆာဗာ - Yangon data centre
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

add("ansible/decoy-vault-reference", "ansible/roles/mysql/defaults/main.yml", ANSIBLE, """\
---
mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_app_user: shweyun
mysql_app_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/shop/mysql:password') }}"
mysql_bind_address: 127.0.0.1
""")

add("ansible/sms-token-task", "ansible/roles/sms/tasks/main.yml", ANSIBLE, """\
---
- name: Write SMS gateway config (OTP SMS)
  ansible.builtin.copy:
    dest: /etc/lahpet/sms.ini
    mode: "0600"
    content: |
      [smspoh]
      endpoint = https://smspoh.com/api/v2/send
      token = @@s@@
      sender = Pinlon
""", mixed(64))

# ---------------------------------------------------------------- Dockerfile
add("dockerfile/env-api-key", "Dockerfile", DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# TODO remove - testing only (စမ်းသပ်ရန်သာ)
ENV SMSPOH_TOKEN=@@s@@
ENV DJANGO_SETTINGS_MODULE=lahpet.settings
CMD ["gunicorn", "lahpet.wsgi", "-b", "0.0.0.0:8000"]
""", mixed(64))

add("dockerfile/decoy-build-secret", "docker/api.Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ARG API_KEY
CMD ["node", "server.js"]
""")

add("dockerfile/pip-index-password", "docker/worker.Dockerfile", DOCKER, """\
FROM python:3.12-slim
WORKDIR /worker
COPY requirements.txt .
RUN pip install --index-url https://ci:@@s@@@pypi.baganyun.com/simple -r requirements.txt
COPY worker/ worker/
CMD ["python", "-m", "worker"]
""", rand_pw(20))

# ---------------------------------------------------------------- client configs
add("npmrc/npm-token", ".npmrc", NPMRC, """\
# ShweYun UI kit - private packages
@shweyun:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-token", "web/.npmrc", NPMRC, """\
@shweyun:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
fund=false
audit=false
""")

add("pgpass/postgres-password", "ops/pgpass.sample-prod", PGPASS, """\
# hostname:port:database:username:password
# warehouse (အရောင်း data) - chmod 600 ~/.pgpass
warehouse.baganyun.internal:5432:sales:etl:@@s@@
warehouse.baganyun.internal:5432:sales:readonly:*
localhost:5432:*:postgres:postgres
""", rand_pw(18))

add("netrc/api-password", "ops/netrc-export", NETRC, """\
# curl --netrc-file ops/netrc-export  (ပို့ကုန် portal)
machine api.myanmartradenet.gov.mm
  login goldenleaf-lahpet
  password @@s@@
machine uploads.baganyun.com
  login deploy
""", words_pw())

add("aws-credentials/secret-key", "ops/aws/credentials", AWSCLI, """\
[default]
region = ap-southeast-1

[lahpet-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
# ဒီ profile ကို laptop တစ်လုံးတည်းမှာပဲ သုံးပါ
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws-credentials/decoy-sso-profile", "ops/aws/config", AWSCLI, """\
[profile lahpet-prod]
sso_session = baganyun
sso_account_id = 418273645109
sso_role_name = AdministratorAccess
region = ap-southeast-1

[sso-session baganyun]
sso_start_url = https://baganyun.awsapps.com/start
sso_region = ap-southeast-1
""")

add("git-credentials/github-token", "ops/home/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://shweyun-ci:@@s@@@github.com
https://gitlab.baganyun.com
# (gitlab uses SSH key now - ဖယ်ထားသည်)
# last updated by Ko Zaw
# do not share
""", fakes.github_token(_seed()))

add("pypirc/pypi-token", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("docker-config/registry-auth", "ops/docker/config.json", "https://docs.docker.com/engine/reference/commandline/cli/#credential-store-options", """\
{
  "auths": {
    "registry.baganyun.com": {
      "auth": "@@s@@"
    }
  },
  "detachKeys": "ctrl-e,e"
}
""", b64("jenkins:" + rand_pw(20)))

add("docker-config/decoy-creds-store", "ops/docker/config.desktop.json", "https://docs.docker.com/engine/reference/commandline/login/#credential-stores", """\
{
  "auths": {
    "registry.baganyun.com": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

_k = pem("OPENSSH")
add("ssh/private-key", "ops/keys/deploy_lacquer_vps", SSH, _k + "\n", _k)

add("ssh/decoy-public-key", "ops/keys/authorized_keys", SSH, """\
# Yangon VPS - deploy users (ဒီမှာ public key တွေပဲ)
@@a@@ kozaw@shweyun-laptop
@@b@@ ci@github-actions
@@c@@ mamay@lahpet-office
# removed 2024-03: old Bagan workshop PC
""", a=pub_ssh(), b=pub_ssh(), c=pub_ssh())

add("rclone/b2-key", "ops/rclone.conf", "https://rclone.org/b2/", """\
[b2-backup]
type = b2
account = 0051a2b3c4d5e6f0000000003
key = @@s@@
hard_delete = false

[local]
type = local
""", "K005" + rand_pw(27))

add("s3cfg/decoy-blank", "ops/s3cfg.template", "https://s3tools.org/kb/item14.htm", """\
[default]
access_key =
secret_key =
host_base = sgp1.digitaloceanspaces.com
host_bucket = %(bucket)s.sgp1.digitaloceanspaces.com
use_https = True
""")

# ---------------------------------------------------------------- INI / TOML / YAML / JSON / XML configs
add("ini/sms-token", "config/gateway.ini", INI, """\
; SMS + payment gateways for lahpet shop
[sms]
provider = smspoh
url = https://smspoh.com/api/v2/send
token = @@s@@

[payment]
provider = ayapay
sandbox = false
""", mixed(64))

add("ini/decoy-placeholder", "config/gateway.ini.dist", INI, """\
; copy to gateway.ini  (gateway.ini အဖြစ် ကူးပါ)
[sms]
provider = smspoh
token = CHANGE_ME

[payment]
provider = ayapay
client_secret = xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("ini/alembic-url", "alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", """\
[alembic]
script_location = migrations
sqlalchemy.url = mysql+pymysql://lacquer:@@s@@@127.0.0.1:3306/lacquer_erp

[loggers]
keys = root
""", rand_pw(16))

add("toml/api-key", "config/shop.toml", TOML, """\
[shop]
name = "Bagan Lacquer House"
currency = "MMK"

[shipping.myanmar_post]
endpoint = "https://api.myanmarpost.com.mm/v1"
api_key = "@@s@@"

[shipping.ninjavan]
enabled = false
""", hexs(40))

add("toml/decoy-env", "netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # WAVEPAY_SECRET_KEY set in Netlify UI (ဒီမှာ မထည့်ရ)
""")

add("toml/cargo-registry-token", "bot/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
[registries.baganyun]
token = "@@s@@"

[registry]
# crates.io token removed
token = ""
""", "cio" + rand_pw(32))

add("yaml/app-config-secret", "config/production.yml", "https://yaml.org/spec/1.2.2/", """\
app:
  name: lahpet-subscriptions
  timezone: Asia/Yangon
payments:
  ayapay:
    base_url: https://api.ayapay.com/merchant/v1
    client_id: pinlon-lahpet-01
    client_secret: @@s@@
sms:
  provider: smspoh
  token_env: SMSPOH_TOKEN
""", rand_pw(40))

add("yaml/decoy-sops-encrypted", "config/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
payments:
    ayapay:
        client_secret: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
    age:
        - recipient: @@r@@
    lastmodified: "2024-09-12T04:11:52Z"
    version: 3.8.1
""", r=age_recipient(), d=b64bytes(30), iv=b64bytes(32), t=b64bytes(16))

_k = pem("RSA").replace("RSA PRIVATE", "PRIVATE")
add("json/service-account", "gcp/lahpet-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "lahpet-orders-sheet",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@\\n",
  "client_email": "sheets-sync@lahpet-orders-sheet.iam.gserviceaccount.com",
  "client_id": "104938271650938475612",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _k.replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-firebase-web-config", "web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "projectId": "lahpet-delivery",
  "authDomain": "lahpet-delivery.firebaseapp.com",
  "storageBucket": "lahpet-delivery.appspot.com",
  "messagingSenderId": "508812734490",
  "appId": "1:508812734490:web:@@a@@"
}
""", a=hexs(22))

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp#configuration", """\
{
  "name": "shweyun cPanel",
  "host": "ftp.shweyun-lacquer.com.mm",
  "protocol": "ftp",
  "port": 21,
  "username": "shweyun",
  "password": "@@s@@",
  "remotePath": "/public_html",
  "uploadOnSave": true
}
""", words_pw())

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "lacquer-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=b64bytes(64))

add("xml/maven-settings-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <!-- Nexus - ပို့ကုန် ERP artifacts -->
    <server>
      <id>baganyun-releases</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "ci/settings-security.xml.md", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
# Maven password encryption (ERP)

Passwords in `settings.xml` are encrypted with `mvn --encrypt-password`; they look like this
and only decrypt with the master password in `~/.m2/settings-security.xml` (not in git):

    <password>{@@c@@}</password>
""", c=b64bytes(32))

add("xml/web-config-connection", "LacquerPos/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- ဆိုင် POS - Nyaung-U branch -->
    <add name="PosDb" connectionString="Data Source=192.168.1.10;Initial Catalog=LacquerPos;User Id=pos;Password=@@s@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ShopCode" value="NU-02" />
  </appSettings>
</configuration>
""", words_pw().replace(";", ""))

add("xml/decoy-android-strings", "app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">လက်ဖက် Delivery</string>
    <string name="password_hint">စကားဝှက် ထည့်ပါ</string>
    <string name="api_key_missing">API key is not configured</string>
    <string name="wave_pay">WavePay ဖြင့် ပေးချေမည်</string>
</resources>
""")

# ---------------------------------------------------------------- shell
add("shell/curl-bearer", "scripts/send_otp.sh", SHELL, """\
#!/usr/bin/env bash
# OTP SMS စမ်းသပ်ရန် - ./send_otp.sh 09xxxxxxxxx
set -euo pipefail
PHONE="$1"
curl -sS https://smspoh.com/api/v2/send \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"to\\":\\"$PHONE\\",\\"message\\":\\"Your ShweYun code is 4821\\",\\"sender\\":\\"ShweYun\\"}"
""", mixed(64))

add("shell/mysqldump-password", "scripts/backup_db.sh", SHELL, """\
#!/bin/sh
# နေ့စဉ် backup - cron 02:00 Asia/Yangon
DATE=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@s@@' shweyun_wp | gzip > /backup/shweyun_wp_$DATE.sql.gz
find /backup -name 'shweyun_wp_*.sql.gz' -mtime +14 -delete
rclone copy /backup b2-backup:shweyun-db
""", words_pw().replace("'", ""))

add("shell/decoy-read-secret", "scripts/rotate_wave_key.sh", SHELL, """\
#!/usr/bin/env bash
set -euo pipefail
# WavePay key အသစ်ကို paste လုပ်ပါ (echo မပြပါ)
read -rsp "New WavePay secret: " WAVE_SECRET
echo
aws secretsmanager put-secret-value --secret-id prod/shop/wavepay \\
  --secret-string "{\\"secret_key\\":\\"${WAVE_SECRET}\\"}"
unset WAVE_SECRET
""")

add("shell/heredoc-env", "scripts/bootstrap_vps.sh", SHELL, """\
#!/usr/bin/env bash
# new VPS setup - Bagan Lacquer House (ပုဂံ)
set -e
mkdir -p /srv/shop
cat > /srv/shop/.env <<'EOF'
APP_ENV=production
DB_HOST=127.0.0.1
DB_USER=shop
DB_PASSWORD=@@s@@
EOF
chmod 600 /srv/shop/.env
systemctl restart shop
""", words_pw())

add("shell/decoy-vault-read", "scripts/load_secrets.sh", SHELL, """\
#!/usr/bin/env bash
# secrets ကို Vault ကနေ ယူ
export VAULT_ADDR=https://vault.baganyun.internal:8200
export DB_PASSWORD="$(vault kv get -field=password kv/shop/mysql)"
export KBZPAY_APP_KEY="$(vault kv get -field=app_key kv/shop/kbzpay)"
exec "$@"
""")

add("shell-history/psql-password", "ops/notes/kozaw.bash_history", SHELL, """\
cd /srv/lahpet-api
git pull
docker compose ps
PGPASSWORD=@@s@@ psql -h db.pinlon-lahpet.internal -U lahpet_app orders -c 'select count(*) from orders'
docker compose logs -f api --tail 50
exit
""", rand_pw(18))

add("shell-history/decoy-history", "ops/notes/mamay.zsh_history", SHELL, """\
: 1718000001:0;kubectl -n shweyun-shop get secrets
: 1718000040:0;kubectl -n shweyun-shop describe secret kbzpay
: 1718000102:0;kubectl -n shweyun-shop rollout restart deploy/checkout
: 1718000190:0;aws sso login --profile lahpet-prod
: 1718000230:0;sha256sum release/lacquer-shop-2.4.0.tar.gz
""")

add("shell-history/git-push-token", "ops/notes/build-box.history", SHELL, """\
  501  cd ~/lacquer-catalogue
  502  git remote -v
  503  git remote set-url origin https://shweyun-ci:@@s@@@github.com/shweyun/lacquer-catalogue.git
  504  git push origin main
  505  history | tail
""", fakes.github_fine_grained_token(_seed()))

add("shell/decoy-checksums", "release/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """\
@@a@@  lacquer-shop-2.4.0.tar.gz
@@b@@  lacquer-shop-2.4.0.zip
@@c@@  lahpet-api-1.9.1-linux-amd64.tar.gz
@@d@@  lahpet-api-1.9.1-linux-arm64.tar.gz
@@e@@  lahpet-api-1.9.1-windows-amd64.zip
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

# ---------------------------------------------------------------- PowerShell
add("powershell/securestring-plain", "ops/Deploy-Pos.ps1", PWSH, """\
# POS app ကို Nyaung-U ဆိုင် PC သို့ deploy
$user = 'NU-POS\\posadmin'
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$s = New-PSSession -ComputerName 192.168.1.20 -Credential $cred
Copy-Item .\\build\\LacquerPos.zip -Destination C:\\Deploy\\ -ToSession $s
Invoke-Command -Session $s { Expand-Archive C:\\Deploy\\LacquerPos.zip C:\\LacquerPos -Force }
""", words_pw().replace("'", ""))

add("powershell/decoy-get-credential", "ops/Backup-Pos.ps1", PWSH, """\
# backup POS database (စကားဝှက်ကို run ချိန်မှာ မေးမည်)
$cred = Get-Credential -UserName 'NU-POS\\posadmin' -Message 'POS admin'
Invoke-Sqlcmd -ServerInstance '192.168.1.10' -Database LacquerPos -Credential $cred `
  -Query "BACKUP DATABASE LacquerPos TO DISK='D:\\Backup\\LacquerPos.bak'"
Write-Host 'done'
""")

add("powershell/azure-client-secret", "ops/Connect-ExportAzure.ps1", PWSH, """\
# Export portal - Azure service principal
$tenant = '@@t@@'
$appId  = '@@a@@'
$secret = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-AzWebApp -ResourceGroupName rg-export-portal
""", azure_secret(), t=uuid_s(), a=uuid_s())

# ---------------------------------------------------------------- SQL
add("sql/create-user-password", "db/migrations/0007_reporting_user.sql", SQL, """\
-- reporting user for Metabase (အစီရင်ခံစာ)
CREATE ROLE metabase LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE sales TO metabase;
GRANT USAGE ON SCHEMA public TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;
""", rand_pw(20))

add("sql/decoy-password-hash", "db/seed/users.sql", SQL, """\
-- dev seed users - passwords are bcrypt hashes (မူရင်း password: README ထဲမှာ 'dev only')
INSERT INTO users (email, name, password_hash, role) VALUES
 ('admin@shweyun.test', 'Admin', '$2b$12$@@a@@', 'admin'),
 ('kozaw@shweyun.test', 'Ko Zaw', '$2b$12$@@b@@', 'staff'),
 ('mamay@shweyun.test', 'Ma May', '$2b$12$@@c@@', 'staff');
""", a=rand_pw(53), b=rand_pw(53), c=rand_pw(53))

add("sql/mysql-grant", "db/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """\
-- ERP app user (ပို့ကုန် ERP)
CREATE USER IF NOT EXISTS 'erp_app'@'10.20.%' IDENTIFIED BY '@@s@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON export_erp.* TO 'erp_app'@'10.20.%';
FLUSH PRIVILEGES;
-- end
""", words_pw().replace("'", ""))

add("sql/decoy-payment-config", "db/seed/payment_providers.sql", SQL, """\
INSERT INTO payment_providers (code, name, merchant_id, secret_ref, enabled) VALUES
 ('kbzpay', 'KBZPay', '200341', 'vault:kv/shop/kbzpay#app_key', true),
 ('wavepay', 'WavePay', 'WM-774120', 'vault:kv/shop/wavepay#secret_key', true),
 ('ayapay', 'AYA Pay', 'bagan-lacquer-09', 'vault:kv/shop/ayapay#client_secret', false);
-- secret_ref = Vault path, not the key itself
""")

# ---------------------------------------------------------------- logs / CSV
add("log/callback-with-key", "logs/checkout-2024-06-11.log", LOG, """\
2024-06-11T09:12:03+06:30 INFO  checkout started order=SY-10233 amount=45000 MMK
2024-06-11T09:12:04+06:30 DEBUG kbzpay precreate request appid=kp1a0f3c8e9b2d4417a6 merch_code=200341
2024-06-11T09:12:04+06:30 DEBUG kbzpay sign input: appid=kp1a0f3c8e9b2d4417a6&merch_code=200341&nonce_str=Q8X2&key=@@s@@
2024-06-11T09:12:05+06:30 INFO  kbzpay precreate ok prepay_id=KBZ00a82c1e
2024-06-11T09:12:41+06:30 INFO  notify received trade_status=PAY_SUCCESS
""", rand_pw(32))

add("log/decoy-masked", "logs/checkout-2024-06-12.log", LOG, """\
2024-06-12T10:01:13+06:30 INFO  checkout started order=SY-10251 amount=128000 MMK
2024-06-12T10:01:14+06:30 DEBUG kbzpay sign input: appid=kp1a0f3c8e9b2d4417a6&merch_code=200341&key=***
2024-06-12T10:01:14+06:30 DEBUG request headers: {'Authorization': 'Bearer ****...a91f'}
2024-06-12T10:01:15+06:30 INFO  kbzpay precreate ok prepay_id=KBZ00a83f07
2024-06-12T10:01:50+06:30 INFO  sign=@@h@@ verified
""", h=hexs(64).upper())

add("log/nginx-token-query", "logs/nginx-access.log", LOG, """\
103.25.12.4 - - [11/Jun/2024:09:13:10 +0630] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
103.25.12.9 - - [11/Jun/2024:09:13:12 +0630] "GET /api/admin/export.csv?access_token=@@s@@ HTTP/1.1" 200 18233 "-" "Mozilla/5.0"
103.25.12.4 - - [11/Jun/2024:09:13:20 +0630] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
66.249.66.1 - - [11/Jun/2024:09:14:02 +0630] "GET /products/lacquer-betel-box HTTP/1.1" 200 9311 "-" "Googlebot/2.1"
103.25.12.4 - - [11/Jun/2024:09:14:20 +0630] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""", jwt_like())

add("csv/credentials-sheet", "ops/shop-accounts.csv", CSV, """\
service,url,username,password,owner,notes
KBZPay merchant portal,https://merchant.kbzpay.com,shweyun-admin,@@s@@,Ma May,ငွေစာရင်း
WavePay merchant,https://merchant.wavemoney.com.mm,WM-774120,(in 1Password),Ko Zaw,
Facebook page,https://facebook.com/shweyunlacquer,(Meta business),,Ma May,
Myanmar Post,https://myanmarpost.com.mm,shweyun,(ask office),Ko Zaw,parcel pickup
""", words_pw().replace(",", ""))

add("csv/decoy-orders", "exports/orders-2024-06.csv", CSV, """\
order_id,date,customer,item,qty,amount_mmk,payment,txn_ref
SY-10233,2024-06-11,Daw Khin,Betel box (ကွမ်းအစ်),1,45000,kbzpay,@@a@@
SY-10251,2024-06-12,Mr. Tanaka,Lacquer bowl set,2,128000,stripe,pi_@@b@@
SY-10252,2024-06-12,U Aung,Lahpet gift jar,3,36000,wavepay,@@c@@
SY-10260,2024-06-13,Ms. Lee,Tray (ဗန်း),1,52000,ayapay,@@d@@
""", a=hexs(20).upper(), b=rand_pw(24), c=hexs(16), d=uuid_s())

# ---------------------------------------------------------------- notebooks
add("notebook/api-key-cell", "analysis/lahpet_sales.ipynb", NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# လက်ဖက် အရောင်း ခွဲခြမ်းစိတ်ဖြာမှု (2024)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import gspread\\n", "SHEETS_KEY = \\"@@s@@\\"\\n",
              "gc = gspread.api_key(SHEETS_KEY)\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.DataFrame(gc.open_by_key('1qZ8shweyunOrders2024').sheet1.get_all_records())\\n", "df.groupby('region').amount.sum()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "AIza" + rand_pw(35, "_-"))

add("notebook/decoy-getpass", "analysis/export_volumes.ipynb", NB, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Export volumes (တင်ပို့မှု ပမာဏ)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy as sa\\n", "pw = getpass.getpass('warehouse password: ')\\n",
              "eng = sa.create_engine(f'postgresql://etl:{pw}@warehouse.baganyun.internal/sales')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- documentation / notes
add("markdown/runbook-password", "docs/runbooks/pos-restore.md", MD, """\
# POS database restore (Nyaung-U ဆိုင်)

1. RDP to `192.168.1.10` as `posadmin`.
2. Open SSMS, connect with SQL login `sa` / `@@s@@`.
3. Restore `D:\\Backup\\LacquerPos.bak` over `LacquerPos` (WITH REPLACE).
4. Restart the `LacquerPos Sync` service.

> မှတ်ချက် - restore မလုပ်ခင် ဆိုင်မန်နေဂျာကို ဖုန်းဆက်ပါ။
""", words_pw())

add("markdown/decoy-setup-guide", "README.md", MD, """\
# ShweYun Lacquer shop

Bagan lacquerware (ပုဂံ ယွန်းထည်) online shop: Django + KBZPay/WavePay/AYA Pay.

## Setup

```bash
cp .env.example .env          # then fill KBZPAY_APP_KEY, WAVEPAY_SECRET_KEY
docker compose up -d
python manage.py createsuperuser
```

Ask Ma May for merchant keys; never commit `.env` (`.gitignore` covers it).
""")

add("markdown/table-token", "docs/integrations.md", MD, """\
# Integrations (ချိတ်ဆက်မှုများ)

| Service | Account | Key / token | Owner |
|---|---|---|---|
| SMSPoh | shweyun | `@@s@@` | Ko Zaw |
| WavePay | WM-774120 | in Vault `kv/shop/wavepay` | Ma May |
| Myanmar Post | shweyun | ask office | Ko Zaw |

Rotate SMS token every 6 months.
""", mixed(64))

add("markdown/decoy-example-values", "docs/kbzpay-signing.md", MD, """\
# KBZPay signing (လက်မှတ်ထိုးနည်း)

Sort parameters, join as `k=v&...`, append `&key=<APP_KEY>`, SHA256, upper-case.

Example from the KBZPay guide:

    stringA = "appid=kp0123456789abcdef&merch_code=200000&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS"
    stringSignTemp = stringA + "&key=YOUR_APP_KEY"
    sign = "@@h@@"
""", h=hexs(64).upper())

add("markdown/sentence-password", "notes/handover-2024-05.md", MD, """\
# Handover - Ko Zaw → Ko Htet (May 2024)

- VPS in Yangon: `ssh deploy@103.85.104.22`, password is @@s@@ (please change after first login)
- Shop admin: shop.shweyun-lacquer.com.mm/admin, account in 1Password.
- လက်ဖက် supplier (Pinlon) က လစဉ် ၅ ရက်နေ့ invoice ပို့တယ်။
- Backups: cron 02:00, rclone to B2.
""", words_pw())

add("markdown/decoy-redacted-incident", "docs/incidents/2024-04-sms-leak.md", MD, """\
# Incident 2024-04: SMS token in screenshot

A screenshot in the Facebook group showed part of our SMSPoh token (`sMtK…` redacted).
The token was revoked the same day and a new one issued into Vault (`kv/shop/smspoh`).

ဆက်လက်လုပ်ဆောင်ရန် - screenshot မတင်ခင် ဖျောက်ပါ။
Old token fingerprint (sha256, first 16): `@@h@@`
""", h=hexs(16))

add("rst/db-url", "docs/source/deployment.rst", RST, """\
Deployment
==========

Staging database (ယာယီ staging)::

    export DATABASE_URL=postgresql://lahpet_app:@@s@@@staging-db.lahpet.internal:5432/orders
    alembic upgrade head

Production uses the ``orders-db`` Kubernetes secret instead.
""", rand_pw(18))

add("rst/decoy-config-doc", "docs/source/configuration.rst", RST, """\
Configuration
=============

.. envvar:: WAVEPAY_SECRET_KEY

   Merchant secret from the WavePay portal (64 hex characters), e.g. ``<64-hex-chars>``.

.. envvar:: SMSPOH_TOKEN

   Bearer token for SMSPoh. Leave unset in development; SMS are printed to the console.
""")

add("html/wiki-page-key", "wiki/payment-keys.html", HTML, """\
<!DOCTYPE html>
<html lang="my">
<head><meta charset="utf-8"><title>Payment keys - ShweYun wiki</title></head>
<body>
<h1>ငွေပေးချေမှု keys</h1>
<p>AYA Pay sandbox was replaced; production client secret:</p>
<pre>@@s@@</pre>
<p>Client id: <code>bagan-lacquer-09</code></p>
</body>
</html>
""", rand_pw(40))

add("html/decoy-payment-form", "templates/checkout.html", HTML, """\
<form method="post" action="/pay/kbz">
  {% csrf_token %}
  <input type="hidden" name="order" value="{{ order.id }}">
  <input type="hidden" name="nonce" value="{{ nonce }}">
  <label>ဖုန်းနံပါတ်</label>
  <input type="tel" name="phone" placeholder="09xxxxxxxxx">
  <button type="submit">KBZPay ဖြင့် ပေးချေမည်</button>
</form>
""")

add("wiki/cloud-creds", "wiki/Cloud-accounts.md", MD, """\
# Cloud accounts

## DigitalOcean (Singapore)
Team: baganyun. API token for the backup script (read/write):

@@s@@

## Cloudflare
DNS for baganyun.com - login via Google SSO (ops@baganyun.com).
""", "dop_v1_" + hexs(64))

add("notes/decoy-todo", "notes/todo-ci.txt", MD, """\
CI TODO (Ko Htet)
- move KBZPAY_APP_KEY from .env on VPS to GitHub secret  ✅
- password for registry: use `docker login --password-stdin` from secret REGISTRY_PASSWORD
- SMSPOH_TOKEN = ??? (ask Ko Zaw; ဘယ်သူ့မှာ ရှိလဲ မသိ)
- delete old AWS key AKIA................ (already deactivated)
""")

add("notes/telegram-token", "notes/bots.txt", MD, """\
Telegram bots
=============
@ShweYunOrdersBot  - order alerts to shop group
  token: @@s@@
@LahpetStockBot    - (retired)
ပိုင်ရှင် - Ma May
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- more application configs
add("yaml/spring-datasource", "erp/src/main/resources/application-staging.yml", JAVA, """\
spring:
  datasource:
    url: jdbc:postgresql://staging-erp.baganyun.internal:5432/export_erp
    username: erp
    password: @@s@@
  jpa:
    open-in-view: false
# ပို့ကုန် ERP staging
server:
  port: 8081
""", rand_pw(16))

add("yaml/decoy-spring-placeholder", "erp/src/main/resources/application.yml", JAVA, """\
spring:
  datasource:
    url: ${ERP_DB_URL:jdbc:postgresql://localhost:5432/export_erp}
    username: ${ERP_DB_USER:erp}
    password: ${ERP_DB_PASSWORD:}
kbzpay:
  app-key: ${KBZPAY_APP_KEY}
  merchant-code: "200788"
""")

add("yaml/serverless-env", "lambda/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", """\
service: lahpet-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  region: ap-southeast-1
  environment:
    WAVE_SECRET: @@s@@
    TABLE: lahpet-orders
functions:
  waveCallback:
    handler: handler.wave
    events: [{httpApi: {path: /wave/callback, method: post}}]
""", hexs(64))

add("yaml/decoy-serverless-ssm", "lambda/serverless.prod.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """\
service: lahpet-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    WAVE_SECRET: ${ssm:/lahpet/prod/wave-secret}
    SMS_TOKEN: ${ssm:/lahpet/prod/smspoh-token}
    TABLE: lahpet-orders
""")

add("yaml/discord-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """\
route:
  receiver: discord-ops
  group_wait: 30s
receivers:
  - name: discord-ops
    discord_configs:
      - webhook_url: "@@s@@"
        title: "ShweYun shop alert"
        message: "{{ .CommonAnnotations.summary }}"
""", discord_webhook())

add("yaml/decoy-grafana-provisioning", "monitoring/grafana/datasources.yml", "https://grafana.com/docs/grafana/latest/administration/provisioning/", """\
apiVersion: 1
datasources:
  - name: sales-warehouse
    type: postgres
    url: warehouse.baganyun.internal:5432
    user: grafana_ro
    secureJsonData:
      password: $__file{/etc/grafana/secrets/warehouse_password}
    jsonData: {database: sales, sslmode: require}
""")

add("yaml/mobile-codemagic-password", "codemagic.yaml", "https://docs.codemagic.io/yaml-basic-configuration/yaml-getting-started/", """\
workflows:
  android-release:
    name: Lahpet Delivery release
    environment:
      vars:
        CM_KEYSTORE_PASSWORD: "@@s@@"
        CM_KEY_ALIAS: lahpet
      flutter: stable
    scripts:
      - flutter build appbundle --release
""", words_pw())

add("yaml/decoy-pubspec", "lahpet_app/pubspec.yaml", "https://dart.dev/tools/pub/pubspec", """\
name: lahpet_delivery
description: လက်ဖက် delivery app for Pinlon Lahpet
version: 1.4.2+31
environment:
  sdk: ">=3.3.0 <4.0.0"
dependencies:
  flutter: {sdk: flutter}
  http: ^1.2.1
  flutter_secure_storage: ^9.2.2
""")

# ---------------------------------------------------------------- more code
add("dart/api-key", "lahpet_app/lib/config/api.dart", "https://dart.dev/language", """\
// Delivery app backend (လက်ဖက် ပို့ဆောင်ရေး)
class ApiConfig {
  static const baseUrl = 'https://api.pinlon-lahpet.com/v1';
  static const mapsKey = '@@s@@';
  static const timeout = Duration(seconds: 20);
}
""", "AIza" + rand_pw(35, "_-"))

add("dart/decoy-dart-define", "lahpet_app/lib/config/env.dart", "https://dart.dev/guides/environment-declarations", """\
// values come from --dart-define at build time
class Env {
  static const waveSecret = String.fromEnvironment('WAVE_SECRET');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.pinlon-lahpet.com/v1');
  static bool get configured => waveSecret.isNotEmpty;
}
""")

add("php/laravel-env", "lahpet-laravel/.env", "https://laravel.com/docs/11.x/configuration", """\
APP_NAME="Pinlon Lahpet"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://pinlon-lahpet.com
DB_CONNECTION=mysql
DB_DATABASE=lahpet
""", b64bytes(32))

add("php/decoy-laravel-config", "lahpet-laravel/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php

return [
    // ငွေပေးချေမှု services
    'wavepay' => [
        'merchant_id' => env('WAVEPAY_MERCHANT_ID'),
        'secret' => env('WAVEPAY_SECRET_KEY'),
    ],
    'smspoh' => ['token' => env('SMSPOH_TOKEN')],
];
""")

add("php/curl-basic-auth", "lahpet-laravel/app/Services/CourierClient.php", PHP, """\
<?php

namespace App\\Services;

// Royal Express courier API (ရန်ကုန်-မန္တလေး ပို့ဆောင်)
class CourierClient
{
    public function track(string $awb): array
    {
        $ch = curl_init("https://api.royalexpress.com.mm/v1/track/{$awb}");
        curl_setopt($ch, CURLOPT_USERPWD, 'pinlon:@@s@@');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode(curl_exec($ch), true);
    }
}
""", rand_pw(20))

add("ruby/decoy-rails-credentials-fetch", "config/initializers/payments.rb", RUBY, """\
# credentials.yml.enc ထဲက ဖတ်
Payments.configure do |c|
  c.wavepay_merchant = "WM-551904"
  c.wavepay_secret = Rails.application.credentials.dig(:wavepay, :secret_key)
  c.sms_token = ENV.fetch("SMSPOH_TOKEN", nil)
end
""")

add("ruby/stripe-restricted", "lib/tasks/reconcile.rake", STRIPE, """\
namespace :payments do
  desc "Reconcile overseas card payments (ပြည်ပ ငွေလွှဲ)"
  task reconcile: :environment do
    Stripe.api_key = "@@s@@"
    Stripe::Charge.list(limit: 100, created: {gte: 1.day.ago.to_i}).auto_paging_each do |ch|
      Order.find_by(stripe_charge: ch.id)&.mark_paid!
    end
  end
end
""", tok("rk_live_", 99))

add("csharp/decoy-keyvault", "ExportPortal/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// secrets from Key Vault (ပို့ကုန် portal)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-export-portal.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/", () => "Golden Leaf export portal");
app.Run();
""")

add("csharp/sms-http-header", "LacquerPos/Sms/SmsSender.cs", CSHARP, """\
using System.Net.Http.Headers;

namespace LacquerPos.Sms;

// POS receipt SMS (ပြေစာ SMS)
public static class SmsSender
{
    private static readonly HttpClient Http = new();

    static SmsSender()
    {
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "@@s@@");
    }

    public static Task<HttpResponseMessage> SendAsync(string to, string text) =>
        Http.PostAsJsonAsync("https://smspoh.com/api/v2/send", new { to, message = text, sender = "BaganLH" });
}
""", mixed(64))

add("go/decoy-test-constants", "internal/wave/hash_test.go", GO, """\
package wave

import "testing"

// testSecret is a fixture, not a merchant key (စမ်းသပ်ရန်သာ)
const testSecret = "0000000000000000000000000000000000000000000000000000000000000000"

func TestHash(t *testing.T) {
	if got := Hash(testSecret, "WM-1", "1000"); len(got) != 64 {
		t.Fatalf("bad hash %q", got)
	}
}
""")

add("go/slack-bot-token", "cmd/stockbot/main.go", GO, """\
package main

import (
	"log"

	"github.com/slack-go/slack"
)

// လက်ဖက် stock report - every morning 8:00
func main() {
	api := slack.New("@@s@@")
	_, _, err := api.PostMessage("C05LAHPET01", slack.MsgOptionText("Daily stock report ready", false))
	if err != nil {
		log.Fatal(err)
	}
}
""", slack_bot())

add("java/decoy-jasypt", "erp/src/main/resources/application-prod.yml", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """\
spring:
  datasource:
    url: jdbc:postgresql://erp-db.baganyun.internal:5432/export_erp
    username: erp_app
    # encrypted with jasypt; key from JASYPT_ENCRYPTOR_PASSWORD env
    password: ENC(@@c@@)
server:
  port: 8080
""", c=b64bytes(48))

add("java/jdbc-url-password", "erp/src/main/java/mm/goldenleaf/erp/LegacyImport.java", JAVA, """\
package mm.goldenleaf.erp;

import java.sql.Connection;
import java.sql.DriverManager;

// old Access->MySQL export data (ဟောင်း data တင်သွင်းရန်)
public class LegacyImport {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:mysql://10.20.1.30:3306/legacy?user=importer&password=@@s@@&useSSL=false";
        try (Connection c = DriverManager.getConnection(url)) {
            System.out.println("connected: " + c.getMetaData().getDatabaseProductVersion());
        }
    }
}
""", rand_pw(14))

add("kotlin/decoy-local-properties-reader", "app/src/main/java/mm/lahpet/BuildKeys.kt", KOTLIN, """\
package mm.lahpet

// keys injected by Gradle from local.properties (not committed)
object BuildKeys {
    val mapsKey: String get() = BuildConfig.MAPS_KEY
    val waveSecret: String get() = BuildConfig.WAVE_SECRET
    const val SAMPLE_ORDER_ID = "LP-000001"
}
""")

add("properties/android-local-properties", "lahpet_app/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", """\
# release keystore (ဒီဖိုင်ကို git ထဲ မထည့်ရ)
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=lahpet
storeFile=/Users/kohtet/keys/lahpet-release.jks
""", words_pw())

add("rust/decoy-env-var", "bot/src/config.rs", RUST, """\
use std::env;

/// Bot settings read at startup (token is never compiled in)
pub struct Config {
    pub token: String,
    pub admin_chat: i64,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            token: env::var("TELEGRAM_BOT_TOKEN").expect("TELEGRAM_BOT_TOKEN"),
            admin_chat: env::var("ADMIN_CHAT").ok().and_then(|v| v.parse().ok()).unwrap_or(0),
        }
    }
}
""")

add("swift/plist-secret", "LacquerShop/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>AyaPayClientID</key>
    <string>bagan-lacquer-ios</string>
    <key>AyaPayClientSecret</key>
    <string>@@s@@</string>
</dict>
</plist>
""", rand_pw(40))

add("swift/decoy-info-plist", "LacquerShop/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>ရွှေယွန်း</string>
    <key>API_KEY</key>
    <string>$(SHOP_API_KEY)</string>
    <key>NSCameraUsageDescription</key>
    <string>ပစ္စည်းဓာတ်ပုံ ရိုက်ရန်</string>
</dict>
</plist>
""")

add("python/hmac-webhook-secret", "payments/webhooks.py", PYDOC, """\
import hmac
import hashlib

from django.http import HttpResponse, HttpResponseForbidden

# AYA Pay webhook verification - signing secret from AYA merchant console
WEBHOOK_SECRET = b"@@s@@"


def ayapay_webhook(request):
    sig = request.headers.get("X-Aya-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return HttpResponseForbidden()
    return HttpResponse("ok")
""", "whsec_" + rand_pw(32))

add("python/decoy-settings-secret-manager", "lacquer/settings/production.py", PYDOC, """\
from google.cloud import secretmanager

from .base import *  # noqa

_client = secretmanager.SecretManagerServiceClient()


def _secret(name: str) -> str:
    path = f"projects/baganyun-prod/secrets/{name}/versions/latest"
    return _client.access_secret_version(name=path).payload.data.decode()


SECRET_KEY = _secret("django-secret-key")
KBZPAY_APP_KEY = _secret("kbzpay-app-key")
""")

add("python/celery-broker-url", "lacquer/celery.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html", """\
from celery import Celery

# ပစ္စည်းဓာတ်ပုံ resize + SMS tasks
app = Celery(
    "lacquer",
    broker="amqp://lacquer:@@s@@@rabbit.baganyun.internal:5672/shop",
    backend="redis://redis.baganyun.internal:6379/1",
)
app.autodiscover_tasks()
""", rand_pw(20))

add("python/decoy-fake-keys-fixture", "tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest


@pytest.fixture
def payment_settings(settings):
    # all fake - tests never reach real gateways (အတု keys)
    settings.KBZPAY_APP_KEY = "kbz-test-key"
    settings.WAVEPAY_SECRET_KEY = "wave-test-secret"
    settings.AYAPAY_CLIENT_SECRET = "aya-test-secret"
    return settings
""")

add("python/gitlab-token", "tools/mirror_repos.py", "https://python-gitlab.readthedocs.io/en/stable/api-usage.html", """\
import gitlab

# GitHub ⇄ GitLab mirror (workshop repos)
gl = gitlab.Gitlab("https://gitlab.com", private_token="@@s@@")

for p in gl.projects.list(owned=True, iterator=True):
    print(p.path_with_namespace, p.last_activity_at)
""", tok("glpat-", 20))

add("javascript/decoy-webpack-define", "web/webpack.config.js", "https://webpack.js.org/plugins/define-plugin/", """\
const webpack = require('webpack');

module.exports = {
  entry: './src/index.js',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.API_BASE': JSON.stringify(process.env.API_BASE || 'https://api.baganyun.com'),
      'process.env.STRIPE_PK': JSON.stringify(process.env.STRIPE_PK),
    }),
  ],
};
""")

add("javascript/json-in-string", "server/couriers.js", NODE, """\
// courier accounts (ပို့ဆောင်ရေး) - parsed at boot
const COURIERS = JSON.parse('{"royal":{"user":"pinlon","apiKey":"@@s@@"},"ninjavan":{"enabled":false}}');

function courier(name) {
  return COURIERS[name];
}

module.exports = { courier };
""", hexs(40))

add("typescript/decoy-zod-schema", "src/env.ts", NODE, """\
import { z } from 'zod';

// env ကို စစ်ဆေး
export const env = z.object({
  KBZPAY_APP_KEY: z.string().min(32),
  WAVEPAY_SECRET_KEY: z.string().length(64),
  SMSPOH_TOKEN: z.string().optional(),
}).parse(process.env);
""")

add("typescript/supabase-service-key", "src/lib/supabaseAdmin.ts", "https://supabase.com/docs/reference/javascript/initializing", """\
import { createClient } from '@supabase/supabase-js';

// admin client - catalogue import job (ယွန်းထည် catalogue)
export const supabaseAdmin = createClient(
  'https://qkzbaganyunlacq.supabase.co',
  '@@s@@',
  { auth: { persistSession: false } },
);
""", "sb_secret_" + rand_pw(32, "_-"))

# ---------------------------------------------------------------- messaging, social, SaaS
add("python/viber-bot-token", "bots/viber_orders.py", "https://developers.viber.com/docs/api/rest-bot-api/", """\
import requests

# Viber bot - မြန်မာ ဖောက်သည်များ Viber ကို အများဆုံးသုံး
VIBER_TOKEN = "@@s@@"


def send(receiver_id: str, text: str) -> None:
    requests.post(
        "https://chatapi.viber.com/pa/send_message",
        headers={"X-Viber-Auth-Token": VIBER_TOKEN},
        json={"receiver": receiver_id, "type": "text", "text": text, "sender": {"name": "ShweYun"}},
        timeout=10,
    )
""", hexs(16) + "-" + hexs(16) + "-" + hexs(16))

add("javascript/facebook-page-token", "server/messenger.js", "https://developers.facebook.com/docs/messenger-platform/reference/send-api/", """\
// Facebook page inbox -> order bot (ဆိုင် Facebook page)
const PAGE_ACCESS_TOKEN = '@@s@@';

async function reply(psid, text) {
  await fetch(`https://graph.facebook.com/v19.0/me/messages?access_token=${PAGE_ACCESS_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ recipient: { id: psid }, message: { text } }),
  });
}
module.exports = { reply };
""", "EAA" + rand_pw(180))

add("javascript/decoy-facebook-app-id", "web/src/fb-init.js", "https://developers.facebook.com/docs/javascript/quickstart", """\
// Facebook login button (app id is public)
window.fbAsyncInit = function () {
  FB.init({ appId: '781204559302118', cookie: true, xfbml: true, version: 'v19.0' });
};
// Pixel id
const PIXEL_ID = '1029384756102938';
export default PIXEL_ID;
""")

add("python/mailgun-key", "notify/mailgun.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
import requests

# exporter shipping notices (ပို့ကုန် အကြောင်းကြားစာ)
MAILGUN_DOMAIN = "mg.goldenleaf-lahpet.com"


def notice(to: str, subject: str, text: str):
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", "@@s@@"),
        data={"from": f"Golden Leaf <noreply@{MAILGUN_DOMAIN}>", "to": to, "subject": subject, "text": text},
    )
""", "key-" + hexs(32))

add("yaml/decoy-algolia-search-key", "web/src/search.config.yml", "https://www.algolia.com/doc/guides/security/api-keys/", """\
# search-only key: safe in the browser (Algolia docs)
algolia:
  app_id: BGNYUN4Q2X
  search_only_api_key: "@@k@@"
  index: lacquer_products
  # admin key is in CI secret ALGOLIA_ADMIN_KEY
""", k=hexs(32))

add("python/algolia-admin-key", "catalogue/reindex.py", "https://www.algolia.com/doc/api-client/getting-started/instantiate-client-index/python/", """\
from algoliasearch.search_client import SearchClient

# ယွန်းထည် catalogue reindex (nightly)
client = SearchClient.create("BGNYUN4Q2X", "@@s@@")
index = client.init_index("lacquer_products")


def reindex(products):
    index.replace_all_objects(products, {"safe": True})
""", hexs(32))

add("dotenv/decoy-mapbox-public", "web/.env.production", DOTENV, """\
# public browser values only (browser ထဲ ပေါ်ပါသည်)
VITE_API_BASE=https://api.baganyun.com
VITE_MAPBOX_TOKEN=pk.@@m@@
VITE_STRIPE_PK=@@p@@
VITE_GA_ID=G-7QK2BAGAN1
""", m=b64('{"u":"baganyun","a":"clx' + hexs(20) + '"}').rstrip("=") + "." + rand_pw(22), p=tok("pk_live_", 24))

add("dotenv/sentry-auth-token", "web/.env.sentry-build-plugin", DOTENV, """\
# used by @sentry/vite-plugin to upload source maps
SENTRY_ORG=baganyun
SENTRY_PROJECT=lacquer-web
SENTRY_AUTH_TOKEN=@@s@@
# ဒီဖိုင်ကို .gitignore ထဲ ထည့်ရန် မေ့သွား
""", "sntrys_" + b64('{"iat":1718000000,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"baganyun"}').rstrip("=") + "_" + rand_pw(43, "+/"))

add("yaml/datadog-api-key", "k8s/monitoring/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """\
datadog:
  site: datadoghq.com
  apiKey: @@s@@
  clusterName: baganyun-sgp
  logs:
    enabled: true
    containerCollectAll: true
# ဆိုင် cluster monitoring
""", hexs(32))

add("yaml/decoy-datadog-existing-secret", "k8s/monitoring/datadog-values-prod.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """\
datadog:
  site: datadoghq.com
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  clusterName: baganyun-sgp-prod
  logs: {enabled: true}
""")

add("http/basic-auth-header", "api-tests/courier.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """\
### Royal Express - create shipment (ပို့ဆောင်မှု အသစ်)
POST https://api.royalexpress.com.mm/v1/shipments
Authorization: Basic @@s@@
Content-Type: application/json

{"from": "Pinlon Lahpet, Mandalay", "to": "Yangon", "weight_kg": 2.5}
""", b64("pinlon:" + rand_pw(20)))

add("http/decoy-variables", "api-tests/payments.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### WavePay - order status
GET {{waveBase}}/payment/status?merchantId={{merchantId}}&orderId=SY-10252
X-Hash: {{hash}}

### KBZPay precreate (sandbox)
POST {{kbzBase}}/precreate
Content-Type: application/json

{"appid": "{{kbzAppId}}", "key": "{{kbzAppKey}}"}
""")

add("log/smtp-auth-plain", "logs/mail-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
send: 'ehlo lahpet-worker\\r\\n'
reply: b'250-smtp.zoho.com Hello'
send: 'AUTH PLAIN @@s@@\\r\\n'
reply: b'235 Authentication Successful'
send: 'mail FROM:<accounts@goldenleaf-lahpet.com>\\r\\n'
reply: b'250 Sender <accounts@goldenleaf-lahpet.com> OK'
""", b64("\0accounts@goldenleaf-lahpet.com\0" + words_pw()))

add("log/decoy-auth-redacted", "logs/mail-debug-2.log", LOG, """\
send: 'ehlo lahpet-worker\\r\\n'
reply: b'250-smtp.zoho.com Hello'
send: 'AUTH PLAIN <redacted>\\r\\n'
reply: b'235 Authentication Successful'
send: 'quit\\r\\n'
""")

add("python/jwt-secret", "api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", """\
import datetime as dt

import jwt

# shop staff app login (ဝန်ထမ်း app)
JWT_SECRET = "@@s@@"


def issue(staff_id: int) -> str:
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=12)
    return jwt.encode({"sub": str(staff_id), "exp": exp}, JWT_SECRET, algorithm="HS256")
""", rand_pw(48))

add("python/decoy-public-key-verify", "api/verify_kbz.py", PYDOC, """\
from cryptography.hazmat.primitives import serialization

# KBZPay platform PUBLIC key (published in merchant docs) - verify notify signatures
KBZ_PUBLIC_KEY = serialization.load_pem_public_key(b\"\"\"-----BEGIN PUBLIC KEY-----
@@a@@
@@b@@
-----END PUBLIC KEY-----\"\"\")
""", a="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand_pw(20, "+/"), b=rand_pw(64, "+/"))

add("pem/ec-private-key", "ops/keys/kbz_merchant_sign.pem", "https://www.rfc-editor.org/rfc/rfc5915", """\
@@s@@
""", pem("EC"))

add("pem/decoy-certificate", "ops/keys/shop_tls.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUB@@a@@
@@b@@
@@c@@
-----END CERTIFICATE-----
""", a=rand_pw(43, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/") + "==")

add("github-actions/env-block-token", ".github/workflows/catalogue-sync.yml", GHA, """\
name: catalogue-sync
on:
  schedule: [{cron: "30 1 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ALGOLIA_APP_ID: BGNYUN4Q2X
      ALGOLIA_ADMIN_KEY: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python catalogue/reindex.py
""", hexs(32))

add("github-actions/decoy-oidc", ".github/workflows/deploy-aws.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: deploy-aws
on: {push: {branches: [main]}}
permissions: {id-token: write, contents: read}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645109:role/gha-lahpet-deploy
          aws-region: ap-southeast-1
      - run: aws s3 sync dist/ s3://lahpet-web
""")

add("terraform/aws-provider-keys", "infra/legacy/main.tf", TF, """\
# old setup from 2022 (ဟောင်း) - do not apply
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "photos" {
  bucket = "shweyun-product-photos"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-example-keys", "infra/docs/provider-example.md", TF, """\
# Provider credentials (doc example)

Never put keys in `.tf`. The AWS docs' sample values, for shape only:

    access_key = "AKIAIOSFODNN7EXAMPLE"
    secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

Use `aws sso login --profile lahpet-prod` instead.
""")

_k = mixed(64)
add("k8s-secret/sms-token-b64", "k8s/lahpet/sms-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: smspoh
  namespace: lahpet
  annotations:
    note: "OTP SMS (ယာယီ - sealed secret သို့ ပြောင်းရန်)"
type: Opaque
data:
  SMSPOH_TOKEN: @@enc@@
""", _k, enc=b64(_k))

# ---------------------------------------------------------------- exporters' storefronts and cloud
add("python/shopify-admin-token", "exporter/shopify_sync.py", "https://shopify.dev/docs/apps/auth/access-token-types/offline", """\
import requests

# Japan storefront for lahpet + lacquer gift sets (ဂျပန် ဆိုင်)
SHOP = "goldenleaf-jp.myshopify.com"
TOKEN = "@@s@@"


def inventory(sku: str) -> int:
    r = requests.get(f"https://{SHOP}/admin/api/2024-04/products.json", params={"handle": sku},
                     headers={"X-Shopify-Access-Token": TOKEN}, timeout=15)
    return sum(v["inventory_quantity"] for p in r.json()["products"] for v in p["variants"])
""", "shpat_" + hexs(32))

add("csharp/azure-storage-connection", "ExportPortal/appsettings.Staging.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
{
  "Storage": {
    "Container": "export-certificates",
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=goldenleafexport;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  },
  "Features": { "PhytosanitaryUpload": true }
}
""", b64bytes(64))

add("json/google-oauth-client", "web/client_secret_lacquer.json", "https://developers.google.com/identity/protocols/oauth2/web-server", """\
{
  "web": {
    "client_id": "508812734490-@@cid@@.apps.googleusercontent.com",
    "project_id": "baganyun-shop",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://shop.shweyun-lacquer.com.mm/accounts/google/login/callback/"]
  }
}
""", "GOCSPX-" + rand_pw(28, "_-"), cid="".join(random.Random(_seed()).choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("shell/vault-token", "scripts/vault_env.sh", SHELL, """\
#!/usr/bin/env bash
# Vault - laptop မှာ စမ်းရန်
export VAULT_ADDR=https://vault.baganyun.internal:8200
export VAULT_TOKEN=@@s@@
vault kv get kv/shop/kbzpay
""", "hvs." + rand_pw(24))

add("yaml/grafana-token", "monitoring/grafana-backup.yml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """\
# grafana-backup-tool config
general:
  backup_dir: /backups/grafana
grafana:
  url: https://grafana.baganyun.internal
  token: @@s@@
  search_api_limit: 5000
""", "glsa_" + rand_pw(32) + "_" + hexs(8))

add("shell/docker-hub-pat", "scripts/push_images.sh", SHELL, """\
#!/bin/sh
# images -> Docker Hub (public mirror of the lahpet API)
echo "@@s@@" | docker login -u pinlonlahpet --password-stdin
docker push pinlonlahpet/lahpet-api:1.9.1
docker push pinlonlahpet/lahpet-api:latest
""", "dckr_pat_" + rand_pw(27, "_-"))

add("ruby/cable-redis-url", "config/cable.yml", "https://guides.rubyonrails.org/action_cable_overview.html#configuration", """\
development:
  adapter: async

production:
  adapter: redis
  url: redis://:@@s@@@redis-13842.c1.ap-southeast-1-1.ec2.redns.redis-cloud.com:13842/0
  channel_prefix: lahpet_production
""", fakes.redis_password(_seed()))

add("gitlab-ci/decoy-ci-variables-doc", "docs/ci-variables.md", GITLAB, """\
# CI/CD variables (GitLab > Settings > CI/CD)

| Variable | Masked | Protected | Where the value lives |
|---|---|---|---|
| `AWS_ACCESS_KEY_ID` | yes | yes | 1Password "AWS lahpet-ci" |
| `AWS_SECRET_ACCESS_KEY` | yes | yes | 1Password "AWS lahpet-ci" |
| `SMSPOH_TOKEN` | yes | no | Vault `kv/shop/smspoh` |

ဤ variables များကို `.gitlab-ci.yml` ထဲ တိုက်ရိုက် မရေးပါနှင့်။
""")

add("markdown/curl-example-key", "docs/api/exporter-api.md", MD, """\
# Golden Leaf exporter API (ပို့ကုန် API)

Partners query stock like this (key for Tokyo partner, Kansai Tea Co.):

```bash
curl -H "X-Api-Key: @@s@@" \\
  https://api.goldenleaf-lahpet.com/v1/stock?grade=A
```

Response is JSON, weights in kg.
""", "gl_live_" + rand_pw(32))

add("markdown/decoy-curl-placeholder", "docs/api/partner-onboarding.md", MD, """\
# Partner onboarding

1. We email you a key (it starts with `gl_live_`).
2. Test it:

```bash
curl -H "X-Api-Key: $GOLDENLEAF_API_KEY" https://api.goldenleaf-lahpet.com/v1/stock
```

မေးစရာရှိလျှင် export@goldenleaf-lahpet.com သို့ ဆက်သွယ်ပါ။
""")

add("ini/decoy-supervisor", "deploy/supervisor/lahpet.conf", "http://supervisord.org/configuration.html", """\
[program:lahpet-api]
command=/srv/lahpet/venv/bin/gunicorn lahpet.wsgi -b 127.0.0.1:8000
directory=/srv/lahpet
user=lahpet
environment=DJANGO_SETTINGS_MODULE="lahpet.settings.production",SECRETS_FILE="/etc/lahpet/secrets.env"
autorestart=true
""")

add("toml/streamlit-secrets", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# လက်ဖက် dashboard (Streamlit Cloud)
[connections.warehouse]
dialect = "postgresql"
host = "warehouse.baganyun.internal"
database = "sales"
username = "dashboard"
password = "@@s@@"
""", words_pw())

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """\
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [npm-github]
    schedule: {interval: weekly}
""")

# every seed drawn stayed inside the set's range
assert SEED_LOW < _SEED[0] <= SEED_HIGH
