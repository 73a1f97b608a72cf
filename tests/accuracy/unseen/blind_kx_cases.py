"""Blind set KX: a Pashto-speaking team running carpet-weaving workshops and dried-fruit exporters.

Workshop order systems, dried-fruit export portals, warehouse scales, payment and shipping
integrations, SMS and messaging bots, CI and deploy files; notes and comments partly in Pashto
(Arabic script). Secret files and decoys. Generated fakes only (seeds 6050000-6059999).
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
SEED_LO, SEED_HI = 6050000, 6059999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Qaleen", "Badam", "Kishmish", "Toot", "Pista", "Anaar", "Khargosh", "Zarghun", "Spogmay",
         "Lmar", "Ghar", "Seend", "Baran", "Guloona", "Warshoo", "Tanoor", "Zmaray", "Mena"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def shopify() -> str:
    return "shpat_" + hexs(32)


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"exporter-%d","role":"service","iat":1767225600}' % _rng().randint(100, 999)).rstrip("=")
    r = _rng()
    return head + "." + body.replace("+", "-").replace("/", "_") + "." + "".join(r.choice(ALNUM + "-_") for _ in range(43))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
YAML = "https://yaml.org/spec/1.2.2/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCKER = "https://docs.docker.com/reference/dockerfile/"
GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
PY = "https://docs.python.org/3/reference/lexical_analysis.html"
JS = "https://nodejs.org/api/process.html#processenv"
TS = "https://www.typescriptlang.org/docs/handbook/2/basic-types.html"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.oracle.com/javase/tutorial/essential/environment/properties.html"
SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KT = "https://kotlinlang.org/docs/basic-syntax.html"
CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/language.variables.php"
LARAVEL = "https://laravel.com/docs/configuration"
RUBY = "https://guides.rubyonrails.org/security.html#custom-credentials"
RUST = "https://doc.rust-lang.org/book/ch12-05-working-with-environment-variables.html"
SWIFT = "https://developer.apple.com/documentation/foundation/bundle"
SH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
MD = "https://spec.commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
SSH = "https://man.openbsd.org/ssh-keygen"
AWSCRED = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOCKERCFG = "https://docs.docker.com/reference/cli/docker/login/"

# ---------------------------------------------------------------- .env files

add("blind-kx/env/database-password", "qaleen-orders/.env", ENV, """# د قالین د فرمایشونو سیستم - تولیدي چاپیریال
APP_NAME=qaleen-orders
APP_ENV=production
DB_HOST=10.40.2.15
DB_PORT=5432
DB_USER=qaleen_app
DB_PASSWORD=@@s@@
# یادونه: دا فایل git ته مه ورکوئ
LOOM_COUNT=42
""", words_pw())

add("blind-kx/env/stripe-key", "badam-export/.env.production", ENV, """# د بادامو د صادراتو پورټال
NODE_ENV=production
PORT=8080
STRIPE_PUBLISHABLE=pk_live_exportPortalPublic
STRIPE_SECRET_KEY=@@s@@
CURRENCY=USD
# د تادیې لپاره، یوازې تولید
""", stripe())

add("blind-kx/env/sendgrid", "mewa-mailer/.env", ENV, """MAIL_DRIVER=sendgrid
MAIL_FROM=orders@wachamewa.example
# د بار وړلو خبرتیاوې پیرودونکو ته
SENDGRID_API_KEY=@@s@@
MAIL_REPLY_TO=support@wachamewa.example
""", sendgrid())

add("blind-kx/env/decoy-placeholder", "qaleen-orders/.env.example", ENV, """# دا یوازې بېلګه ده - خپل ارزښتونه ولیکئ
APP_NAME=qaleen-orders
DB_HOST=localhost
DB_USER=qaleen_app
DB_PASSWORD=<ستاسو-پټنوم>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=
""")

add("blind-kx/env/decoy-env-reference", "badam-export/.env.ci", ENV, """# CI کې ارزښتونه له secrets څخه راځي
NODE_ENV=test
DB_URL=postgres://ci:${CI_DB_PASSWORD}@localhost:5432/badam_test
STRIPE_SECRET_KEY=${STRIPE_TEST_KEY}
SENDGRID_API_KEY=${SENDGRID_KEY:-}
LOG_LEVEL=debug
""")

add("blind-kx/env/telegram-bot", "kishmish-bot/.env", ENV, """# د کشمشو د نرخونو ټیلیګرام بوټ
TELEGRAM_BOT_TOKEN=@@s@@
TELEGRAM_CHAT_ID=-1001934412201
PRICE_SOURCE=kandahar-mandi
REFRESH_MINUTES=30
""", fakes.telegram_token(_seed()))

add("blind-kx/env/aws-secret", "ops/warehouse-scale.env", ENV, """# د ګودام ترازو - S3 ته د وزن عکسونه
AWS_REGION=ap-south-1
AWS_ACCESS_KEY_ID=@@k@@
AWS_SECRET_ACCESS_KEY=@@s@@
SCALE_BUCKET=godam-scale-photos
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("blind-kx/env/decoy-masked", "docs/env-dump-redacted.env", ENV, """# د ستونزې لپاره لیږل شوی env (پټ ارزښتونه پټ شوي)
DB_PASSWORD=********
STRIPE_SECRET_KEY=sk_live_****************
TELEGRAM_BOT_TOKEN=[REDACTED]
AWS_SECRET_ACCESS_KEY=<redacted>
AWS_REGION=ap-south-1
""")

add("blind-kx/env/redis-url", "pista-cache/.env.local", ENV, """CACHE_DRIVER=redis
# د پستې د نرخونو کیش
REDIS_URL=redis://:@@s@@@cache.pista.internal:6379/2
CACHE_TTL=600
SESSION_DRIVER=redis
""", fakes.redis_password(_seed()))

add("blind-kx/env/decoy-empty", "kishmish-bot/.env.sample", ENV, """# ټوکن له BotFather څخه واخلئ او دلته یې ولیکئ
TELEGRAM_BOT_TOKEN=
TELEGRAM_CHAT_ID=
PRICE_SOURCE=kandahar-mandi
REFRESH_MINUTES=30
""")

# ---------------------------------------------------------------- Python

add("blind-kx/python/database-password", "qaleen_orders/settings/prod.py", PY, '''"""د قالین فرمایشونه - تولیدي تنظیمات"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["orders.qaleen.example"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "qaleen",
        "USER": "qaleen_app",
        "PASSWORD": "@@s@@",
        "HOST": "db.qaleen.internal",
    }
}
''', words_pw())

add("blind-kx/python/django-secret", "mewa_site/mewa_site/settings.py", PY, '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# خبرداری: دا کیلي باید پټه وساتل شي
SECRET_KEY = "@@s@@"
DEBUG = False
LANGUAGE_CODE = "ps"
TIME_ZONE = "Asia/Kabul"
''', fakes.django_secret_key(_seed()))

add("blind-kx/python/decoy-env-reference", "mewa_site/mewa_site/settings_env.py", PY, '''import os

# پټې کیلي له چاپیریال څخه لوستل کیږي
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASE_PASSWORD = os.getenv("DB_PASSWORD", "")
STRIPE_KEY = os.environ.get("STRIPE_SECRET_KEY")
DEBUG = os.getenv("DEBUG") == "1"
''')

add("blind-kx/python/sms-api-key", "tools/send_price_sms.py", PY, '''import requests

# د وچې میوې نرخونه کروندګرو ته د SMS له لارې
API_URL = "https://api.smsgateway.example/v2/send"


def send(phone: str, text: str) -> None:
    requests.post(API_URL, json={"to": phone, "text": text},
                  headers={"Authorization": "Bearer @@s@@"}, timeout=10)


if __name__ == "__main__":
    send("+93700000000", "بادام: ۴۵۰ افغانۍ فی کیلو")
''', rand_pw(40))

add("blind-kx/python/split-password", "godam/db.py", PY, '''import psycopg2

# د ګودام ډیټابیس - پټنوم په دوو کرښو وېشل شوی
DSN = ("host=godam-db.internal dbname=godam user=godam "
       "password=@@a@@"
       "@@b@@")


def connect():
    return psycopg2.connect(DSN)
''', "Tanoor#Zmaray8841", a="Tanoor#Zm", b="aray8841")

add("blind-kx/python/decoy-fake-fixture", "tests/test_payments.py", PY, '''import pytest

# جعلي ارزښتونه - یوازې د ازموینې لپاره، هیڅ ریښتینی حساب نه دی
FAKE_KEY = "sk_test_FAKE_NOT_A_REAL_KEY_0000"
FAKE_CARD = "4242424242424242"


def test_charge_rejects_empty_amount(client):
    with pytest.raises(ValueError):
        client.charge(amount=0, key=FAKE_KEY, card=FAKE_CARD)
''')

add("blind-kx/python/smtp-login", "reports/daily_export_mail.py", PY, '''import smtplib
from email.message import EmailMessage

# ورځنی راپور: څومره کیلو کشمش صادر شول


def send(report: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "د صادراتو ورځنی راپور"
    msg.set_content(report)
    with smtplib.SMTP_SSL("smtp.wachamewa.example", 465) as smtp:
        smtp.login("reports@wachamewa.example", "@@s@@")
        smtp.send_message(msg)
''', words_pw())

add("blind-kx/python/decoy-hash", "auth/known_hashes.py", PY, '''# د کاروونکو پټنومونه نه، یوازې د هغوی hash
# (bcrypt، د ننوتلو د ازمویلو لپاره)
ADMIN_HASH = "$2b$12$0qJ5mXwz3Kp7dTg8yHn4QeV1rLsA9cBfUoWiZxPkN2jR6tYvEhMuC"
WEAVER_HASH = "$2b$12$Yt7Qp1LmN8vB3xC5zR9kWe2HjDfG6sA0oUiKlPnMqTrVyXwZbEcJa"
# sha256 of the price list file
PRICE_LIST_SHA256 = "@@h@@"
''', h=sha256ish())

add("blind-kx/python/openai-key", "notebooks_src/translate_catalogue.py", PY, '''from openai import OpenAI

# د قالینونو کتلاګ پښتو ته ژباړه
client = OpenAI(api_key="@@s@@")

def translate(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Translate to Pashto: " + text}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("blind-kx/python/decoy-keyring", "tools/load_creds.py", PY, '''import keyring

# پټنوم د سیسټم په keyring کې ساتل شوی، دلته نه
SERVICE = "qaleen-orders"


def db_password() -> str:
    return keyring.get_password(SERVICE, "qaleen_app") or ""
''')

# ---------------------------------------------------------------- JavaScript / TypeScript

add("blind-kx/javascript/stripe-key", "shop/server/payments.js", JS, """// د آنلاین قالین پلورنځي تادیات
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function chargeRug(orderId, amountAfn) {
  return stripe.paymentIntents.create({ amount: amountAfn, currency: 'usd', metadata: { orderId } });
}

module.exports = { chargeRug };
""", stripe())

add("blind-kx/javascript/decoy-publishable", "shop/client/checkout.js", JS, """// دا عامه (publishable) کیلي ده، په براوزر کې یې کارول سم دي
const stripe = Stripe('pk_live_51QaleenPublicCheckoutKeyOnly000');
const elements = stripe.elements({ locale: 'auto' });
const card = elements.create('card');
card.mount('#card-element');
""")

add("blind-kx/javascript/mongo-uri", "mewa-api/src/db.js", JS, """const mongoose = require('mongoose');

// د وچې میوې د بارونو ډیټابیس
const uri = 'mongodb+srv://mewa_api:@@s@@@cluster0.mewa.mongodb.net/shipments?retryWrites=true';

mongoose.connect(uri).then(() => console.log('ډیټابیس وصل شو'));
module.exports = mongoose;
""", rand_pw(16))

add("blind-kx/typescript/slack-webhook", "ops-bot/src/notify.ts", TS, """// کله چې یو بار بندر ته ورسیږي، Slack ته خبر ورکړه
const WEBHOOK = '@@s@@';

export async function notifyArrival(container: string): Promise<void> {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `بار ${container} ورسید` }),
  });
}
""", slack_hook())

add("blind-kx/typescript/decoy-config-reference", "ops-bot/src/config.ts", TS, """// ټول پټ ارزښتونه له process.env څخه
export const config = {
  slackWebhook: process.env.SLACK_WEBHOOK_URL ?? '',
  dbPassword: process.env.DB_PASSWORD!,
  stripeKey: process.env.STRIPE_SECRET_KEY,
  region: 'ap-south-1',
};
""")

add("blind-kx/javascript/firebase-admin-key", "mobile-backend/functions/firebase.js", JS, """// د وړاندې کولو (delivery) اپلیکیشن
const admin = require('firebase-admin');
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'qaleen-delivery',
    clientEmail: 'firebase-adminsdk@qaleen-delivery.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});
""", fakes.fake_pem(_seed(), "RSA"))

add("blind-kx/javascript/decoy-google-maps-restricted", "shop/client/map.js", JS, """// د ورکشاپونو نقشه - کیلي په HTTP referrer محدوده ده
// key is loaded from the build-time public config, not hard coded
const key = window.__PUBLIC_CONFIG__.mapsBrowserKey;
const script = document.createElement('script');
script.src = `https://maps.googleapis.com/maps/api/js?key=${key}&language=ps`;
document.head.appendChild(script);
""")

add("blind-kx/typescript/basic-auth-header", "integrations/src/courier.ts", TS, """// د کوریر شرکت API - Basic auth
const AUTH = 'Basic @@s@@';

export async function track(awb: string) {
  const r = await fetch(`https://api.courier.example/track/${awb}`, { headers: { Authorization: AUTH } });
  return r.json();
}
""", b64("mewa_exports:" + words_pw()))

# ---------------------------------------------------------------- Go

add("blind-kx/go/database-dsn", "scale-agent/internal/store/store.go", GO, """package store

import "database/sql"

// د ترازو اجنټ وزنونه MySQL ته لیږي
const dsn = "scale:@@s@@@tcp(10.40.3.8:3306)/godam?parseTime=true"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
""", words_pw())

add("blind-kx/go/github-token", "release-tool/main.go", GO, """package main

import "github.com/google/go-github/v60/github"

// د نسخو خپرول - ټوکن موقتی دی (خو لا هم مه یې ساتئ!)
var token = "@@s@@"

func client() *github.Client {
	return github.NewClient(nil).WithAuthToken(token)
}
""", fakes.github_token(_seed()))

add("blind-kx/go/decoy-env-lookup", "scale-agent/cmd/agent/main.go", GO, """package main

import (
	"log"
	"os"
)

func main() {
	// پټنوم باید د چاپیریال متغیر کې وي
	pw, ok := os.LookupEnv("SCALE_DB_PASSWORD")
	if !ok || pw == "" {
		log.Fatal("SCALE_DB_PASSWORD نشته")
	}
}
""")

add("blind-kx/go/twilio-token", "sms-relay/twilio.go", GO, """package main

// د کروندګرو SMS خبرتیاوې
const (
	accountSID = "@@sid@@"
	authToken  = "@@s@@"
	fromNumber = "+15005550006"
)
""", hexs(32), sid=twilio_sid())

# ---------------------------------------------------------------- Java / Kotlin / C#

add("blind-kx/spring/datasource-password", "export-service/src/main/resources/application-prod.properties", SPRING, """# د صادراتو خدمت - تولید
spring.datasource.url=jdbc:postgresql://db.mewa.internal:5432/exports
spring.datasource.username=exports
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
# د ګمرک API
customs.api.base=https://customs.example.af/api
""", words_pw())

add("blind-kx/spring/decoy-placeholder", "export-service/src/main/resources/application.properties", SPRING, """# ارزښتونه د چاپیریال متغیرونو څخه
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/exports
spring.datasource.username=${DB_USER:exports}
spring.datasource.password=${DB_PASSWORD}
customs.api.key=${CUSTOMS_API_KEY:changeme}
""")

add("blind-kx/java/hardcoded-key", "export-service/src/main/java/af/mewa/customs/CustomsClient.java", JAVA, """package af.mewa.customs;

// د ګمرک اعلامیې API
public class CustomsClient {
    private static final String API_KEY = "@@s@@";
    private static final String BASE = "https://customs.example.af/api/v1";

    public String declare(String shipmentId) {
        return Http.post(BASE + "/declarations/" + shipmentId, API_KEY);
    }
}
""", rand_pw(32))

add("blind-kx/kotlin/decoy-build-config", "android/app/build.gradle.kts", KT, """android {
    defaultConfig {
        applicationId = "af.qaleen.catalogue"
        // کیلي د CI له secrets څخه راځي
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.qaleen.example\\"")
    }
}
""")

add("blind-kx/kotlin/signing-password", "android/app/signing.gradle.kts", KT, """// د اپلیکیشن لاسلیک
android {
    signingConfigs {
        create("release") {
            storeFile = file("qaleen-release.jks")
            storePassword = "@@s@@"
            keyAlias = "qaleen"
            keyPassword = "@@s@@"
        }
    }
}
""", words_pw())

add("blind-kx/csharp/appsettings-connection", "WarehouseApi/appsettings.Production.json", CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Godam": "Server=sql.godam.internal;Database=Godam;User Id=godam_api;Password=@@s@@;TrustServerCertificate=True"
  },
  "Culture": "ps-AF"
}
""", words_pw())

add("blind-kx/csharp/decoy-user-secrets", "WarehouseApi/appsettings.json", CS, """{
  "ConnectionStrings": {
    "Godam": "Server=(localdb)\\\\mssqllocaldb;Database=Godam;Trusted_Connection=True"
  },
  "Comment": "پټنوم د dotnet user-secrets سره ساتل کیږي",
  "Stripe": { "SecretKey": "" }
}
""")

add("blind-kx/csharp/hardcoded-smtp", "WarehouseApi/Services/Mailer.cs", CS, """using System.Net;
using System.Net.Mail;

// د ګودام راپورونه د بریښنالیک له لارې
public class Mailer {
    private readonly SmtpClient _smtp = new SmtpClient("smtp.godam.example", 587) {
        EnableSsl = true,
        Credentials = new NetworkCredential("godam-reports", "@@s@@")
    };
}
""", words_pw())

# ---------------------------------------------------------------- PHP / Ruby / Rust / Swift

add("blind-kx/php/wp-config", "site/wp-config.php", PHP, """<?php
// د ورکشاپ ویب پاڼه (وردپرس)
define( 'DB_NAME', 'qaleen_wp' );
define( 'DB_USER', 'qaleen_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'ps' );
""", words_pw())

add("blind-kx/php/decoy-laravel-env-call", "mewa-laravel/config/services.php", LARAVEL, """<?php
// بهرني خدمتونه - ټول ارزښتونه له .env څخه
return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
    'stripe' => ['secret' => env('STRIPE_SECRET')],
];
""")

add("blind-kx/php/mailgun-key", "mewa-laravel/app/Mail/legacy_send.php", PHP, """<?php
// زوړ کوډ - د صادراتو بلونه
$ch = curl_init('https://api.mailgun.net/v3/mg.wachamewa.example/messages');
curl_setopt($ch, CURLOPT_USERPWD, 'api:@@s@@');
curl_setopt($ch, CURLOPT_POSTFIELDS, ['from' => 'bills@wachamewa.example', 'to' => $to, 'subject' => 'بل']);
curl_exec($ch);
""", mailgun())

add("blind-kx/ruby/database-yml", "inventory/config/database.yml", RUBY, """# د قالینونو ذخیره (Rails)
production:
  adapter: postgresql
  database: inventory_production
  username: inventory
  password: @@s@@
  host: db.qaleen.internal
""", words_pw())

add("blind-kx/ruby/decoy-credentials-fetch", "inventory/config/initializers/stripe.rb", RUBY, """# کیلي په encrypted credentials کې ده
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
# د ازموینې لپاره: bin/rails credentials:edit
Rails.logger.info("Stripe configured")
""")

add("blind-kx/rust/hardcoded-token", "price-feed/src/main.rs", RUST, """// د مندوي نرخونه ټیلیګرام ته
const BOT_TOKEN: &str = "@@s@@";

fn main() {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    println!("{}", url.len());
}
""", fakes.telegram_token(_seed()))

add("blind-kx/swift/api-key", "ios/QaleenCatalogue/Secrets.swift", SWIFT, """import Foundation

// د کتلاګ API کیلي - باید Keychain ته ولاړه شي
enum Secrets {
    static let catalogueApiKey = "@@s@@"
    static let baseURL = URL(string: "https://api.qaleen.example")!
}
""", rand_pw(36))

add("blind-kx/swift/decoy-plist-lookup", "ios/QaleenCatalogue/Config.swift", SWIFT, """import Foundation

// کیلي د xcconfig څخه (چې په git کې نه ده)
enum Config {
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "CATALOGUE_API_KEY") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- Kubernetes / Helm / compose

add("blind-kx/k8s-secret/database-password", "deploy/k8s/qaleen-db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: qaleen-db
  namespace: qaleen
  annotations:
    note: "د ډیټابیس پټنوم - base64"
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@e@@
""", (v := words_pw()), u=b64("qaleen_app"), e=b64(v))

add("blind-kx/k8s-secret/stripe-key", "deploy/k8s/badam-payments-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: badam-payments
  namespace: exports
type: Opaque
data:
  STRIPE_SECRET_KEY: @@e@@
""", (v := stripe()), e=b64(v))

add("blind-kx/k8s-secret/string-data", "deploy/k8s/kishmish-bot-secret.yaml", K8S, """# د کشمش بوټ ټوکن
apiVersion: v1
kind: Secret
metadata:
  name: kishmish-bot
stringData:
  TELEGRAM_BOT_TOKEN: "@@s@@"
""", fakes.telegram_token(_seed()))

add("blind-kx/k8s-secret/decoy-sealed", "deploy/k8s/qaleen-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """# SealedSecret - کوډ شوی، یوازې کلستر یې خلاصولی شي
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: qaleen-db
  namespace: qaleen
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq@@c@@
""", c=b64(hexs(48)).replace("=", ""))

add("blind-kx/k8s-secret/decoy-external-secret", "deploy/k8s/badam-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: badam-payments
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: badam-payments }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/badam/stripe, property: secret }
""")

add("blind-kx/k8s/env-literal", "deploy/k8s/scale-agent-deploy.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: scale-agent
spec:
  template:
    spec:
      containers:
        - name: agent
          image: registry.godam.example/scale-agent:1.4.2
          env:
            - name: SCALE_DB_PASSWORD
              value: "@@s@@"   # TODO: Secret ته یې یوسئ
""", words_pw())

add("blind-kx/k8s/decoy-secret-ref", "deploy/k8s/export-service-deploy.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: export-service
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.mewa.example/export-service:2.0.1
          env:
            - name: DB_PASSWORD
              valueFrom: { secretKeyRef: { name: exports-db, key: password } }
""")

add("blind-kx/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull.yaml", K8S, """# د خصوصي registry لاسرسی
apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@e@@
""", (v := rand_pw(24)), e=b64('{"auths":{"registry.godam.example":{"username":"ci","password":"%s"}}}' % v))

add("blind-kx/helm/values-password", "charts/qaleen/values-prod.yaml", HELM, """# د قالین چارټ - تولید
replicaCount: 2
image:
  repository: registry.qaleen.example/orders
  tag: "3.1.0"
postgresql:
  auth:
    username: qaleen_app
    password: "@@s@@"
    database: qaleen
""", words_pw())

add("blind-kx/helm/decoy-values-empty", "charts/qaleen/values.yaml", HELM, """# default values - پټنوم د --set یا existingSecret له لارې ورکړئ
replicaCount: 1
postgresql:
  auth:
    username: qaleen_app
    password: ""
    existingSecret: qaleen-db
""")

add("blind-kx/helm/decoy-template", "charts/qaleen/templates/secret.yaml", HELM, """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "qaleen.fullname" . }}
type: Opaque
data:
  DB_PASSWORD: {{ .Values.postgresql.auth.password | b64enc | quote }}
""")

add("blind-kx/compose/env-password", "docker-compose.yml", COMPOSE, """# د محلي پراختیا لپاره نه، دا د ګودام سرور دی
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: godam
      POSTGRES_PASSWORD: @@s@@
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}
""", words_pw())

add("blind-kx/compose/decoy-variable", "docker-compose.dev.yml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: godam
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?د .env فایل کې یې ولیکئ}
  redis:
    image: redis:7
""")

add("blind-kx/compose/command-requirepass", "infra/cache/compose.yaml", COMPOSE, """services:
  redis:
    image: redis:7-alpine
    # د نرخونو کیش
    command: ["redis-server", "--requirepass", "@@s@@"]
    ports: ["6379:6379"]
""", fakes.redis_password(_seed()))

add("blind-kx/compose/decoy-secrets-file", "infra/mysql/compose.yaml", COMPOSE, """services:
  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt   # په git کې نشته
""")

# ---------------------------------------------------------------- Docker / CI

add("blind-kx/dockerfile/env-token", "price-feed/Dockerfile", DOCKER, """FROM python:3.12-slim
WORKDIR /app
COPY . .
# ټوکن باید build arg نه وي - وروسته یې اصلاح کړئ
ENV NPM_TOKEN=@@s@@
RUN pip install -r requirements.txt
CMD ["python", "-m", "price_feed"]
""", npm())

add("blind-kx/dockerfile/decoy-build-secret", "mewa-api/Dockerfile", DOCKER, """# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# npm ټوکن د build secret له لارې، په image کې نه پاتې کیږي
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "src/index.js"]
""")

add("blind-kx/github-actions/inline-token", ".github/workflows/deploy.yml", GHA, """name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GITLAB_MIRROR_TOKEN: @@s@@   # لنډمهاله
    steps:
      - uses: actions/checkout@v4
      - run: git push https://oauth2:${GITLAB_MIRROR_TOKEN}@gitlab.com/wachamewa/site.git main
""", gitlab())

add("blind-kx/github-actions/decoy-secrets-context", ".github/workflows/ci.yml", GHA, """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pytest -q
        env:
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
""")

add("blind-kx/gitlab-ci/variable-password", ".gitlab-ci.yml", GLCI, """stages: [test, deploy]
variables:
  POSTGRES_DB: badam_test
  POSTGRES_USER: runner
  DEPLOY_SSH_PASS: "@@s@@"
deploy:
  stage: deploy
  script:
    - sshpass -p "$DEPLOY_SSH_PASS" rsync -a dist/ deploy@mewa.example:/srv/site
""", words_pw())

add("blind-kx/gitlab-ci/decoy-masked-vars", "ci/templates/deploy.gitlab-ci.yml", GLCI, """# متغیرونه په GitLab → Settings → CI/CD کې (masked, protected)
.deploy:
  script:
    - echo "deploying as $DEPLOY_USER"
    - sshpass -e rsync -a dist/ "$DEPLOY_USER@$DEPLOY_HOST:/srv/site"
  variables:
    SSHPASS: $DEPLOY_SSH_PASS
""")

# ---------------------------------------------------------------- Terraform / Ansible

add("blind-kx/terraform/db-password", "infra/terraform/rds.tf", TF, """# د صادراتو ډیټابیس
resource "aws_db_instance" "exports" {
  identifier        = "mewa-exports"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  username          = "exports"
  password          = "@@s@@"
  allocated_storage = 20
}
""", words_pw())

add("blind-kx/terraform/decoy-random-password", "infra/terraform/rds_v2.tf", TF, """# پټنوم terraform پخپله جوړوي او Secrets Manager ته یې لیږي
resource "random_password" "db" {
  length  = 24
  special = true
}
resource "aws_db_instance" "exports" {
  username = "exports"
  password = random_password.db.result
}
""")

add("blind-kx/terraform/tfvars-key", "infra/terraform/prod.tfvars", TF, """region          = "ap-south-1"
# د Cloudflare ټوکن - DNS لپاره
cloudflare_api_token = "@@s@@"
zone            = "wachamewa.example"
environment     = "prod"
""", rand_pw(40, "_-"))

add("blind-kx/terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", TF, """variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "د Cloudflare ټوکن (TF_VAR_cloudflare_api_token)"
}
variable "region" { default = "ap-south-1" }
""")

add("blind-kx/ansible/vars-password", "ansible/group_vars/godam.yml", ANS, """# د ګودام سرورونه
godam_db_user: godam
godam_db_password: "@@s@@"
ntp_server: pool.ntp.org
timezone: Asia/Kabul
""", words_pw())

add("blind-kx/ansible/decoy-vault", "ansible/group_vars/exports/vault.yml", ANS, """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("blind-kx/ansible/task-password", "ansible/roles/mysql/tasks/main.yml", ANS, """- name: د ګودام کاروونکی جوړول
  community.mysql.mysql_user:
    name: scale
    password: "@@s@@"
    priv: "godam.*:ALL"
    state: present
""", words_pw())

add("blind-kx/ansible/decoy-lookup", "ansible/roles/app/tasks/env.yml", ANS, """- name: د اپلیکیشن env فایل
  ansible.builtin.template:
    src: env.j2
    dest: /srv/app/.env
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/godam:password') }}"
    mode: "0600"
""")

# ---------------------------------------------------------------- INI / TOML / JSON / XML configs

add("blind-kx/ini/database-password", "legacy/scale.ini", INI, """; د ترازو زوړ پروګرام
[scale]
port = COM3
baud = 9600

[database]
host = 192.168.10.5
user = scale
password = @@s@@
""", words_pw())

add("blind-kx/ini/decoy-placeholder", "legacy/scale.ini.dist", INI, """; دا فایل کاپي کړئ: scale.ini
[scale]
port = COM3

[database]
host = 192.168.10.5
user = scale
password = CHANGE_ME
""")

add("blind-kx/toml/api-token", "price-feed/config.toml", TOML, """# د مندوي نرخونه
[feed]
interval = "30m"
markets = ["kandahar", "kabul", "jalalabad"]

[telegram]
token = "@@s@@"
chat = -1001934412201
""", fakes.telegram_token(_seed()))

add("blind-kx/toml/decoy-env-name", "price-feed/config.example.toml", TOML, """[feed]
interval = "30m"

[telegram]
# ټوکن د TELEGRAM_TOKEN متغیر څخه لوستل کیږي
token_env = "TELEGRAM_TOKEN"
chat = 0
""")

add("blind-kx/json/service-account", "keys/qaleen-delivery-sa.json", JSON, """{
  "type": "service_account",
  "project_id": "qaleen-delivery",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "uploader@qaleen-delivery.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("  ", " ").replace("\n", "\\n"), kid=hexs(40))

add("blind-kx/json/decoy-public-config", "shop/public/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "projectId": "qaleen-delivery",
  "authDomain": "qaleen-delivery.firebaseapp.com",
  "storageBucket": "qaleen-delivery.appspot.com",
  "messagingSenderId": "804412236519",
  "appId": "1:804412236519:web:3a9f0c21b7e4d5f6"
}
""")

add("blind-kx/json/appsettings-key", "tools/exporter-cli/config.json", JSON, """{
  "exporter": "Wacha Mewa Exports",
  "note": "د بار وړلو شرکت کیلي",
  "shipping": {
    "provider": "shipengine",
    "apiKey": "@@s@@"
  }
}
""", rand_pw(44))

add("blind-kx/xml/connection-string", "LegacyInvoices/Web.config", XML, """<?xml version="1.0" encoding="utf-8"?>
<!-- د قالینونو زاړه بلونه -->
<configuration>
  <connectionStrings>
    <add name="Invoices" connectionString="Data Source=sql01;Initial Catalog=Invoices;User ID=inv;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("blind-kx/xml/decoy-transform", "LegacyInvoices/Web.Release.config", XML, """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Invoices" connectionString="#{InvoicesConnectionString}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-kx/xml/maven-settings", "ci/maven-settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>mewa-nexus</id>
      <username>ci-deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("blind-kx/xml/decoy-maven-encrypted", "ci/maven-settings-secure.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>mewa-nexus</id>
      <username>ci-deploy</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

# ---------------------------------------------------------------- client configs

add("blind-kx/npmrc/auth-token", "mewa-api/.npmrc", NPMRC, """# د شرکت خصوصي کڅوړې
registry=https://registry.npmjs.org/
@wachamewa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
""", npm())

add("blind-kx/npmrc/decoy-env-token", "shop/.npmrc", NPMRC, """# ټوکن د CI متغیر څخه
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
""")

add("blind-kx/pypirc/pypi-token", "release/.pypirc", PYPIRC, """# د mewa-tools کڅوړې خپرول
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-kx/pypirc/decoy-keyring", "release/pypirc.example", PYPIRC, """[distutils]
index-servers = pypi

[pypi]
username = __token__
# password: د keyring څخه (keyring set https://upload.pypi.org/legacy/ __token__)
""")

add("blind-kx/pgpass/password", "ops/dotfiles/.pgpass", PGPASS, """# hostname:port:database:username:password
db.qaleen.internal:5432:qaleen:qaleen_app:@@s@@
localhost:5432:*:postgres:*
# د راپورونو لپاره یوازې لوستل
""" + "replica.qaleen.internal:5432:qaleen:readonly:*\n", words_pw())

add("blind-kx/netrc/password", "ops/dotfiles/.netrc", NETRC, """# د FTP له لارې د ګمرک فایلونه
machine ftp.customs.example.af
login mewa_exports
password @@s@@

# نور ماشینونه: ssh کیلي کاروي، دلته هیڅ نشته
default login anonymous
""", words_pw())

add("blind-kx/ssh/private-key", "ops/keys/deploy_godam", SSH, """@@s@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-kx/ssh/decoy-public-key", "ops/keys/deploy_godam.pub", SSH, """# د ګودام سرور ته د ننوتلو عامه کیلي (public key)
# authorized_keys ته یې ور اضافه کړئ
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p@@ deploy@godam
# fingerprint:
# SHA256:@@f@@
""", p=rand_pw(43), f=b64(hexs(32)).rstrip("="))

add("blind-kx/aws/credentials", "ops/dotfiles/aws-credentials", AWSCRED, """[default]
region = ap-south-1

[mewa-exports]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), k=fakes.aws_key_id(_seed()))

add("blind-kx/aws/decoy-sso-profile", "ops/dotfiles/aws-config", AWSCRED, """# SSO - هیڅ اوږدمهاله کیلي نشته
[profile mewa-exports]
sso_session = mewa
sso_account_id = 418293004411
sso_role_name = ExportsDeploy
region = ap-south-1
[sso-session mewa]
sso_start_url = https://mewa.awsapps.com/start
""")

add("blind-kx/docker-config/auth", "ops/dotfiles/docker-config.json", DOCKERCFG, """{
  "auths": {
    "registry.godam.example": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client" }
}
""", b64("ci:" + rand_pw(22)))

add("blind-kx/docker-config/decoy-cred-helper", "ops/dotfiles/docker-config.helper.json", DOCKERCFG, """{
  "credsStore": "desktop",
  "credHelpers": {
    "418293004411.dkr.ecr.ap-south-1.amazonaws.com": "ecr-login"
  },
  "auths": { "registry.godam.example": {} }
}
""")

# ---------------------------------------------------------------- shell / PowerShell

add("blind-kx/shell/curl-bearer", "scripts/push_prices.sh", SH, """#!/usr/bin/env bash
set -euo pipefail
# د ورځې نرخونه پورټال ته ور اپلوډ کړه
curl -sS -X POST https://portal.wachamewa.example/api/prices \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  --data @prices.json
""", jwt_like())

add("blind-kx/shell/decoy-read-secret", "scripts/push_prices_v2.sh", SH, """#!/usr/bin/env bash
set -euo pipefail
# ټوکن د pass څخه لوستل کیږي
TOKEN="$(pass show mewa/portal-token)"
curl -sS -X POST https://portal.wachamewa.example/api/prices \\
  -H "Authorization: Bearer ${TOKEN}" --data @prices.json
""")

add("blind-kx/shell/heredoc-env", "scripts/bootstrap_godam.sh", SH, """#!/bin/sh
# د نوي ګودام سرور جوړول
cat > /srv/godam/.env <<EOF
DB_HOST=127.0.0.1
DB_USER=godam
DB_PASSWORD=@@s@@
EOF
chmod 600 /srv/godam/.env
""", words_pw())

add("blind-kx/shell/mysqldump", "scripts/backup_nightly.sh", SH, """#!/bin/bash
# هره شپه بیک اپ - د قالینونو ذخیره
DATE=$(date +%F)
mysqldump -h 10.40.3.8 -u backup -p'@@s@@' godam | gzip > /backups/godam-$DATE.sql.gz
find /backups -mtime +14 -delete
""", words_pw())

add("blind-kx/shell/decoy-prompt", "scripts/restore.sh", SH, """#!/bin/bash
# بیرته راګرځول - پټنوم به وپوښتل شي
read -rsp "د ډیټابیس پټنوم: " DB_PW; echo
gunzip -c "$1" | MYSQL_PWD="$DB_PW" mysql -h 10.40.3.8 -u backup godam
unset DB_PW
""")

add("blind-kx/shell-history/export-token", "ops/notes/bash_history_godam01.txt", SH, """cd /srv/godam
git pull
export GITHUB_TOKEN=@@s@@
gh release download v1.4.2 -R wachamewa/scale-agent
sudo systemctl restart scale-agent
journalctl -u scale-agent -n 50
""", fakes.github_token(_seed()))

add("blind-kx/shell-history/psql-url", "ops/notes/zsh_history_laptop.txt", SH, """: 1764921600:0;kubectl -n qaleen get pods
: 1764921655:0;psql "postgresql://qaleen_app:@@s@@@db.qaleen.internal:5432/qaleen"
: 1764921700:0;\\q
: 1764921720:0;kubectl -n qaleen rollout restart deploy/orders
: 1764921800:0;exit
""", rand_pw(18))

add("blind-kx/shell-history/decoy-masked", "ops/notes/history_cleaned.txt", SH, """# تاریخچه پاکه شوې - پټ ارزښتونه لرې شوي
cd /srv/godam
export GITHUB_TOKEN=ghp_************************************
gh release download v1.4.2 -R wachamewa/scale-agent
mysql -u backup -p godam
""")

add("blind-kx/powershell/credential", "scripts/Sync-Invoices.ps1", PS, """# د بلونو همغږي - ویندوز سرور
$user = 'MEWA\\svc_invoices'
$pw = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
Invoke-Command -ComputerName sql01 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }
""", words_pw())

add("blind-kx/powershell/decoy-secret-store", "scripts/Sync-Invoices.v2.ps1", PS, """# پټنوم د SecretManagement څخه
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'svc_invoices' -Vault MewaVault
Invoke-Command -ComputerName sql01 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }
Write-Host 'همغږي پای ته ورسیده'
""")

add("blind-kx/powershell/azure-secret", "scripts/Connect-Storage.ps1", PS, """# د Azure ذخیرې ته نښلول (د قالین عکسونه)
$tenant = '@@t@@'
$appId = '@@a@@'
$secret = '@@s@@'
$sec = ConvertTo-SecureString $secret -AsPlainText -Force
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential (New-Object PSCredential($appId, $sec))
""", azure_secret(), t=uuid_s(), a=uuid_s())

# ---------------------------------------------------------------- notes, runbooks, docs

add("blind-kx/markdown/runbook-password", "docs/runbooks/godam-db.md", MD, """# د ګودام ډیټابیس - runbook

## ننوتل
د اضطراري حالت لپاره:

```
psql -h godam-db.internal -U godam_admin godam
```

پټنوم: `@@s@@`

> یادونه: دا پټنوم هره میاشت بدلیږي.
""", words_pw())

add("blind-kx/markdown/decoy-runbook-vault", "docs/runbooks/exports-db.md", MD, """# د صادراتو ډیټابیس

پټنوم په Vault کې دی: `vault kv get kv/exports/db`

```
export PGPASSWORD=$(vault kv get -field=password kv/exports/db)
psql -h db.mewa.internal -U exports exports
```
""")

add("blind-kx/markdown/readme-api-key", "tools/exporter-cli/README.md", MD, """# exporter-cli

د بار وړلو د لیبلونو جوړولو وسیله.

## کارول

```bash
exporter-cli label --carrier dhl --api-key @@s@@ --shipment 2291
```

(دا زموږ د حساب کیلي ده، د نورو سره یې مه شریکوئ)
""", rand_pw(32))

add("blind-kx/markdown/decoy-readme-example", "tools/exporter-cli/README.en.md", MD, """# exporter-cli

Print shipping labels.

```bash
exporter-cli label --carrier dhl --api-key YOUR_API_KEY --shipment 2291
```

Put your own key in `~/.exporter-cli.toml` (see `exporter-cli init`).
""")

add("blind-kx/markdown/table-credentials", "docs/wiki/workshop-wifi-and-accounts.md", MD, """# د کندهار ورکشاپ - حسابونه

| خدمت | کاروونکی | پټنوم |
|------|-----------|--------|
| د ترازو پینل | admin | د ګودام مدیر څخه وپوښتئ |
| د فرمایشونو پورټال | workshop_kdh | @@s@@ |
| پرنټر | - | نشته |

تازه شوی: ۱۴۰۴/۰۹/۱۰
""", words_pw())

add("blind-kx/markdown/decoy-table-masked", "docs/wiki/jalalabad-accounts.md", MD, """# د جلال آباد ورکشاپ - حسابونه

| خدمت | کاروونکی | پټنوم |
|------|-----------|--------|
| د فرمایشونو پورټال | workshop_jbd | په Bitwarden کې |
| د ترازو پینل | admin | •••••••• |

که پټنوم هېر شو، IT ته ووایاست.
""")

add("blind-kx/markdown/sentence-token", "docs/notes/2025-11-handover.md", MD, """# د دندې سپارل - زرغون ته

- د کشمش بوټ کار کوي، که ودرید سرور بیا پیل کړه.
- د بوټ ټوکن دا دی: @@s@@
- د نرخونو سرچینه: کندهار مندوي.
- بله اونۍ به زه رخصت یم.
""", fakes.telegram_token(_seed()))

add("blind-kx/markdown/decoy-docs-example", "docs/api/authentication.md", MD, """# د پورټال API - اعتبار

هره غوښتنه باید `Authorization` سرلیک ولري:

```
Authorization: Bearer <your-token>
```

بېلګه: `curl -H "Authorization: Bearer $PORTAL_TOKEN" https://portal.wachamewa.example/api/me`
""")

add("blind-kx/rst/config-password", "docs/source/deploy.rst", RST, """د ګودام سیستم نصبول
====================

د ډیټابیس تنظیمات::

    [database]
    user = godam
    password = @@s@@

وروسته ``systemctl restart godam`` وچلوئ.
""", words_pw())

add("blind-kx/rst/decoy-placeholder", "docs/source/configuration.rst", RST, """Configuration / تنظیمات
=======================

.. code-block:: ini

    [database]
    user = godam
    password = <set-me>

Never commit the real password; use ``GODAM_DB_PASSWORD``.
""")

add("blind-kx/html/admin-page", "site/admin/help.html", HTML, """<!DOCTYPE html>
<html lang="ps" dir="rtl">
<head><meta charset="utf-8"><title>د مدیر مرسته</title></head>
<body>
  <h1>د مدیر مرسته</h1>
  <p>د SMS پینل ته ننوتل: کاروونکی <code>mewa_sms</code>، پټنوم <code>@@s@@</code></p>
</body>
</html>
""", words_pw())

add("blind-kx/html/decoy-recaptcha-site-key", "site/contact.html", HTML, """<!DOCTYPE html>
<html lang="ps" dir="rtl">
<head><meta charset="utf-8"><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/contact" method="post">
    <textarea name="msg" placeholder="خپل پیغام ولیکئ"></textarea>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
  </form>
</body>
</html>
""", k=rand_pw(37, "_-"))

add("blind-kx/text/notes-webhook", "notes/slack-setup.txt", MD, """د Slack خبرتیاوې (د بار رسیدو لپاره)
=====================================
چینل: #shipments
webhook:
@@s@@
ازمویل شوی: ښه کار کوي
""", slack_hook())

add("blind-kx/text/decoy-notes-rotated", "notes/rotated-keys.txt", MD, """زړې کیلي چې لغوه شوې (revoked) - یوازې د ریکارډ لپاره
------------------------------------------------------
stripe: وروستۍ څلور توري 4xQ9 - لغوه شوه ۱۴۰۴/۰۸/۲۰
telegram bot: بیا جوړ شو، زوړ ټوکن نور کار نه کوي
aws key id: AKIA****************W7QZ (deleted)
""")

# ---------------------------------------------------------------- SQL / logs / CSV / notebooks

add("blind-kx/sql/create-role", "db/migrations/0007_reporting_role.sql", SQL, """-- د راپورونو لپاره یوازې لوستونکی رول
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE qaleen TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-kx/sql/decoy-psql-variable", "db/migrations/0008_app_role.sql", SQL, """-- پټنوم د psql متغیر څخه: psql -v app_pw="$APP_PW" -f 0008_app_role.sql
CREATE ROLE app LOGIN PASSWORD :'app_pw';
GRANT CONNECT ON DATABASE qaleen TO app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO app;
-- پای
""")

add("blind-kx/sql/insert-api-key", "db/seeds/integrations.sql", SQL, """-- د بهرنیو خدمتونو تنظیمات
INSERT INTO integrations (name, base_url, api_key) VALUES
  ('shipengine', 'https://api.shipengine.com', '@@s@@'),
  ('sms', 'https://api.smsgateway.example', NULL);
-- NULL: کیلي وروسته د پینل څخه ورکول کیږي
""", rand_pw(40))

add("blind-kx/sql/decoy-hashes", "db/seeds/users.sql", SQL, """-- د ازموینې کاروونکي (پټنوم: یوازې hash)
INSERT INTO users (email, password_hash) VALUES
  ('weaver1@qaleen.example', 'pbkdf2_sha256$600000$@@a@@$@@b@@='),
  ('admin@qaleen.example', 'pbkdf2_sha256$600000$@@c@@$@@d@@=');
-- د ننوتلو لپاره: make reset-passwords
""", a=rand_pw(22), b=b64(hexs(32))[:43], c=rand_pw(22), d=b64(hexs(32))[:43])

add("blind-kx/log/debug-connection", "logs/export-service-2025-12-01.log", LOG, """2025-12-01T06:00:01Z INFO  starting export-service 2.0.1
2025-12-01T06:00:02Z DEBUG datasource url=jdbc:postgresql://db.mewa.internal:5432/exports user=exports password=@@s@@
2025-12-01T06:00:03Z INFO  connected to exports
2025-12-01T06:05:44Z WARN  customs API slow (3120 ms)
2025-12-01T06:10:00Z INFO  3 shipments declared
""", words_pw())

add("blind-kx/log/decoy-masked-log", "logs/export-service-2025-12-02.log", LOG, """2025-12-02T06:00:01Z INFO  starting export-service 2.0.2
2025-12-02T06:00:02Z DEBUG datasource url=jdbc:postgresql://db.mewa.internal:5432/exports user=exports password=******
2025-12-02T06:00:02Z DEBUG customs api key=cu_****************7f2a
2025-12-02T06:00:03Z INFO  connected to exports
2025-12-02T06:10:00Z INFO  5 shipments declared
""")

add("blind-kx/log/request-url-key", "logs/price-feed.log", LOG, """[2025-12-03 08:00:00] fetching kandahar prices
[2025-12-03 08:00:01] GET https://maps.googleapis.com/maps/api/geocode/json?address=Kandahar&key=@@s@@ 200
[2025-12-03 08:00:02] 14 markets updated
[2025-12-03 08:30:00] fetching kabul prices
[2025-12-03 08:30:01] 9 markets updated
""", google_key())

add("blind-kx/csv/accounts-export", "exports/portal_accounts.csv", CSV, """service,username,password,owner,notes
orders-portal,workshop_kdh,@@s@@,Zarghun,د کندهار ورکشاپ
sms-panel,mewa_sms,(in bitwarden),Mena,
scale-panel,admin,(ask manager),Lmar,د ګودام ترازو
printer,-,-,-,
""", words_pw())

add("blind-kx/csv/decoy-shipments", "exports/shipments_2025_11.csv", CSV, """shipment_id,product,kg,container,tracking,checksum_sha256
2291,بادام,12000,MSKU7731042,1Z999AA10123456784,@@a@@
2292,کشمش,8000,MSKU7731043,1Z999AA10123456791,@@b@@
2293,پسته,5000,TGHU4401190,1Z999AA10123456808,@@c@@
2294,توت,3000,TGHU4401191,1Z999AA10123456815,@@d@@
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish())

add("blind-kx/notebook/api-key-cell", "analysis/price_trends.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# د وچې میوې د نرخونو رجحانات"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "API_KEY = \\"@@s@@\\"\\n", "r = requests.get('https://api.marketdata.example/v1/prices', params={'key': API_KEY})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(32))

add("blind-kx/notebook/decoy-getpass", "analysis/warehouse_weights.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# د ګودام وزنونه"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg2\\n", "pw = getpass.getpass('پټنوم: ')\\n", "conn = psycopg2.connect(host='godam-db.internal', user='analyst', password=pw)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- more code

add("blind-kx/go/slack-bot", "ops-bot/go/slack.go", GO, """package bot

import "github.com/slack-go/slack"

// د ورکشاپ د ورځني تولید راپور (څو متره قالین اوبدل شو)
func New() *slack.Client {
	return slack.New("@@s@@")
}
""", slack_bot())

add("blind-kx/java/jdbc-url", "invoice-batch/src/main/java/af/qaleen/batch/Db.java", JAVA, """package af.qaleen.batch;

import java.sql.Connection;
import java.sql.DriverManager;

// د میاشتني بلونو batch
public final class Db {
    static Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://10.40.3.8:3306/invoices?user=batch&password=@@s@@");
    }
}
""", words_pw())

add("blind-kx/kotlin/retrofit-header", "android/app/src/main/java/af/qaleen/api/ApiModule.kt", KT, """package af.qaleen.api

import okhttp3.Interceptor

// د کتلاګ API ته سرلیک
val authInterceptor = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder()
        .header("X-Api-Key", "@@s@@")
        .build())
}
""", rand_pw(40))

add("blind-kx/csharp/sendgrid", "WarehouseApi/Services/Notify.cs", CS, """using SendGrid;

// پیرودونکو ته د بار لیږلو خبرتیا
public static class Notify {
    private static readonly SendGridClient Client = new SendGridClient("@@s@@");
    public static string From => "godam@wachamewa.example";
}
""", sendgrid())

add("blind-kx/php/laravel-app-key", "mewa-laravel/.env", LARAVEL, """APP_NAME="Wacha Mewa"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://wachamewa.example
APP_LOCALE=ps
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("blind-kx/php/decoy-laravel-env-example", "mewa-laravel/.env.example", LARAVEL, """APP_NAME="Wacha Mewa"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_PASSWORD=
MAIL_PASSWORD=null
""")

add("blind-kx/ruby/sidekiq-redis", "inventory/config/initializers/sidekiq.rb", RUBY, """# شاليدو کارونه (د قالین انځورونه کوچني کول)
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@s@@@redis.qaleen.internal:6379/1" }
end
Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@s@@@redis.qaleen.internal:6379/1" }
end
""", fakes.redis_password(_seed()))

add("blind-kx/ruby/shopify-token", "storefront/lib/shopify_sync.rb", RUBY, """# د Shopify پلورنځي سره د قالینونو همغږي
require "shopify_api"

session = ShopifyAPI::Auth::Session.new(
  shop: "qaleen-kandahar.myshopify.com",
  access_token: "@@s@@"
)
ShopifyAPI::Context.activate_session(session)
""", shopify())

add("blind-kx/rust/basic-auth", "scale-sync/src/upload.rs", RUST, """use reqwest::blocking::Client;

// وزنونه مرکزي سرور ته
pub fn upload(body: String) -> reqwest::Result<()> {
    Client::new().post("https://central.godam.example/weights")
        .basic_auth("scale-kdh", Some("@@s@@"))
        .body(body).send()?;
    Ok(())
}
""", words_pw())

add("blind-kx/rust/decoy-env-var", "scale-sync/src/config.rs", RUST, """use std::env;

// پټنوم د چاپیریال څخه
pub fn password() -> String {
    env::var("SCALE_SYNC_PASSWORD").expect("SCALE_SYNC_PASSWORD نشته")
}
""")

add("blind-kx/python/discord-webhook", "tools/loom_alert.py", PY, '''import requests

# کله چې اوبدلو ماشین ودریږي، Discord ته خبر
HOOK = "@@s@@"


def alert(loom: int) -> None:
    requests.post(HOOK, json={"content": f"د اوبدلو ماشین {loom} ودرېد"}, timeout=5)
''', discord_hook())

add("blind-kx/python/json-in-string", "integrations/courier_client.py", PY, '''import json

# د کوریر تنظیمات یو JSON متن دی (له زوړ سیستم څخه)
RAW = '{"account": "mewa-exports", "api_secret": "@@s@@", "sandbox": false}'
CONFIG = json.loads(RAW)


def headers() -> dict:
    return {"X-Account": CONFIG["account"], "X-Secret": CONFIG["api_secret"]}
''', rand_pw(36))

add("blind-kx/python/decoy-constants", "qaleen_orders/forms/fields.py", PY, '''# د فورمې د ساحو نومونه (پټنوم نه دي)
PASSWORD_FIELD = "password"
PASSWORD_CONFIRM_FIELD = "password_confirm"
TOKEN_HEADER = "X-Api-Token"
SECRET_KEY_SETTING = "SECRET_KEY"
LABELS = {"password": "پټنوم", "password_confirm": "پټنوم بیا ولیکئ"}
''')

add("blind-kx/python/cloudinary-url", "qaleen_orders/settings/media.py", PY, '''# د قالینونو انځورونه په Cloudinary کې
import cloudinary

CLOUDINARY_URL = "cloudinary://@@k@@:@@s@@@qaleen-media"
cloudinary.config(cloudinary_url=CLOUDINARY_URL)
THUMB_SIZE = (320, 240)
''', rand_pw(27, "_-"), k=str(_rng().randint(10**14, 10**15)))

add("blind-kx/python/aes-key", "godam/crypto.py", PY, '''from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# د پیرودونکو د تلیفون شمېرو کوډ کول
KEY = bytes.fromhex("@@s@@")
aead = AESGCM(KEY)


def seal(nonce: bytes, data: bytes) -> bytes:
    return aead.encrypt(nonce, data, None)
''', hexs(64))

add("blind-kx/python/decoy-aws-doc-example", "docs/examples/s3_upload.py", PY, '''"""د S3 بېلګه - د AWS د اسنادو بېلګې کیلي (کار نه کوي)"""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)
''')

add("blind-kx/javascript/jwt-secret", "mewa-api/src/auth.js", JS, """const jwt = require('jsonwebtoken');

// د پورټال د ننوتلو ټوکنونه
const JWT_SECRET = '@@s@@';

exports.sign = (user) => jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '8h' });
exports.verify = (token) => jwt.verify(token, JWT_SECRET);
""", rand_pw(48))

add("blind-kx/javascript/decoy-jwks", "mewa-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """{
  "keys": [
    {
      "kty": "RSA", "use": "sig", "kid": "mewa-2025-11", "alg": "RS256", "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=rand_pw(342, "-_"))

add("blind-kx/typescript/aws-session", "integrations/src/s3-temp.ts", TS, """// لنډمهاله کیلي (STS) - د ازموینې لپاره کاپي شوې
export const tempCreds = {
  accessKeyId: 'ASIA@@k@@',
  secretAccessKey: '@@a@@',
  sessionToken: '@@s@@',
};
""", fakes.aws_session_token(_seed()), k=fakes.aws_key_id(_seed())[4:], a=fakes.aws_secret_key(_seed()))

add("blind-kx/typescript/decoy-test-fixture", "integrations/test/fixtures.ts", TS, """// جعلي ارزښتونه - یوازې د unit test لپاره
export const FAKE_WEBHOOK = 'https://hooks.example.test/services/FAKE/FAKE/fake';
export const FAKE_TOKEN = 'test-token-not-real';
export const FAKE_PASSWORD = 'password123-fixture';
export const FAKE_SHIPMENT = { id: 2291, kg: 12000 };
""")

# ---------------------------------------------------------------- more configs

add("blind-kx/yaml/spring-mail", "export-service/src/main/resources/application.yml", SPRING, """spring:
  mail:
    host: smtp.wachamewa.example
    port: 587
    username: exports@wachamewa.example
    password: "@@s@@"   # د بلونو بریښنالیک
  messages:
    basename: messages_ps
""", words_pw())

add("blind-kx/yaml/alertmanager-slack", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """global:
  resolve_timeout: 5m
  slack_api_url: '@@s@@'
route:
  receiver: godam-oncall
receivers:
  - name: godam-oncall
    slack_configs: [{ channel: '#godam-alerts', text: 'د ګودام خبرتیا' }]
""", slack_hook())

add("blind-kx/yaml/decoy-alertmanager-file", "monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_url
route:
  receiver: godam-oncall
receivers:
  - name: godam-oncall
    slack_configs: [{ channel: '#godam-alerts' }]
""")

add("blind-kx/yaml/grafana-datasource", "monitoring/grafana/provisioning/datasources/godam.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/", """apiVersion: 1
datasources:
  - name: Godam
    type: postgres
    url: godam-db.internal:5432
    user: grafana_ro
    secureJsonData:
      password: "@@s@@"
""", words_pw())

add("blind-kx/yaml/decoy-sops", "deploy/secrets/exports.enc.yaml", "https://github.com/getsops/sops", """db_password: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
sops:
  kms:
    - arn: arn:aws:kms:ap-south-1:418293004411:key/@@u@@
  lastmodified: "2025-11-30T10:12:44Z"
  version: 3.9.1
""", a=b64(hexs(18)), b=b64(hexs(24)), c=b64(hexs(24)), u=uuid_s())

add("blind-kx/yaml/indented-private-key", "deploy/config/sftp-upload.yaml", YAML, """# د ګمرک SFTP ته د فایلونو لیږل
sftp:
  host: sftp.customs.example.af
  user: mewa_exports
  private_key: |
    @@s@@
""".replace("@@s@@", "@@k@@"), (v := fakes.fake_pem(_seed(), "EC")), k=v.replace("\n", "\n    "))

add("blind-kx/yaml/decoy-certificate", "deploy/config/tls.yaml", YAML, """# عامه سند (certificate) - پټ نه دی
tls:
  certificate: |
    -----BEGIN CERTIFICATE-----
    @@a@@
    @@b@@
    -----END CERTIFICATE-----
""", a=rand_pw(64, "+/"), b=rand_pw(40, "+/"))

add("blind-kx/properties/kafka-jaas", "stream/consumer.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """# د بار د حالت پیښې
bootstrap.servers=kafka.mewa.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="tracker" password="@@s@@";
group.id=shipment-tracker
""", rand_pw(24))

add("blind-kx/properties/gradle-nexus", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
# د شرکت Nexus
nexusUser=android-ci
nexusPassword=@@s@@
""", words_pw())

add("blind-kx/properties/decoy-local-properties", "android/local.properties.example", "https://developer.android.com/build", """## دا فایل Android Studio جوړوي
sdk.dir=/Users/you/Library/Android/sdk
# keystore password: له CI secret څخه (KEYSTORE_PASSWORD)
storePassword=
keyPassword=
""")

add("blind-kx/wireguard/private-key", "ops/vpn/wg0-kandahar.conf", "https://www.wireguard.com/quickstart/", """# د کندهار ورکشاپ او مرکزي دفتر ترمنځ VPN
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@p@@
Endpoint = vpn.wachamewa.example:51820
AllowedIPs = 10.40.0.0/16
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode(),
    p=base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("blind-kx/wireguard/decoy-peer-public", "ops/vpn/peers.md", MD, """# د VPN ملګري (عامه کیلي)

| ځای | IP | PublicKey |
|-----|----|-----------|
| کندهار | 10.99.0.2 | @@a@@ |
| جلال آباد | 10.99.0.3 | @@b@@ |

خصوصي کیلي هیڅکله دلته مه لیکئ.
""", a=base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode(),
    b=base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("blind-kx/systemd/environment", "ops/systemd/scale-agent.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """[Unit]
Description=Godam scale agent (د ګودام ترازو)
After=network-online.target

[Service]
Environment=SCALE_DB_PASSWORD=@@s@@
ExecStart=/usr/local/bin/scale-agent
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-kx/systemd/decoy-credential", "ops/systemd/price-feed.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=Mandi price feed

[Service]
LoadCredentialEncrypted=telegram-token:/etc/credstore.encrypted/telegram-token
ExecStart=/usr/local/bin/price-feed --token-file=%d/telegram-token
DynamicUser=yes
""")

add("blind-kx/crontab/url-password", "ops/cron/godam.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# m h dom mon dow command
# هره ورځ سهار ۶ بجې د نرخونو راوړل
0 6 * * * curl -s -u prices:@@s@@ https://portal.wachamewa.example/api/prices/pull
30 2 * * * /srv/scripts/backup_nightly.sh
0 * * * * /usr/bin/find /tmp -name 'scale-*' -mmin +120 -delete
""", words_pw())

add("blind-kx/jenkins/hardcoded", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    // د registry پټنوم - باید credentials ته ولاړ شي
    REGISTRY_PASSWORD = '@@s@@'
  }
  stages {
    stage('push') { steps { sh 'echo $REGISTRY_PASSWORD | docker login registry.godam.example -u ci --password-stdin' } }
  }
}
""", rand_pw(22))

add("blind-kx/jenkins/decoy-with-credentials", "ci/Jenkinsfile.release", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  stages {
    stage('push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'registry-ci', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'echo "$P" | docker login registry.godam.example -u "$U" --password-stdin'
        }
      }
    }
  }
}
""")

add("blind-kx/azure-pipelines/inline-secret", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool: { vmImage: windows-latest }
variables:
  buildConfiguration: Release
  sqlPassword: '@@s@@'   # د Invoices ډیټابیس
steps:
  - script: dotnet test --configuration $(buildConfiguration)
  - script: sqlcmd -S sql01 -U inv -P $(sqlPassword) -i migrate.sql
""", words_pw())

add("blind-kx/bitbucket/decoy-repo-variables", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: node:20
pipelines:
  branches:
    main:
      - step:
          name: deploy
          script:
            - npm ci && npm run build
            - pipe: atlassian/ftp-deploy:0.3.7
              variables: { USER: $FTP_USER, PASSWORD: $FTP_PASSWORD, SERVER: ftp.wachamewa.example, REMOTE_PATH: /www }
""")

add("blind-kx/makefile/token", "Makefile", "https://www.gnu.org/software/make/manual/make.html", """# د کڅوړې خپرول
PYPI_TOKEN ?= @@s@@

build:
\tpython -m build

publish: build
\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*
""", fakes.pypi_token(_seed()))

add("blind-kx/makefile/decoy-env", "tools/exporter-cli/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# TWINE_PASSWORD باید په چاپیریال کې وي
build:
\tpython -m build

publish: build
\ttest -n "$$TWINE_PASSWORD" || (echo "TWINE_PASSWORD نشته" && exit 1)
\ttwine upload dist/*
""")

# ---------------------------------------------------------------- last batch: mixed carriers

add("blind-kx/env/openai-key", "catalogue-translator/.env", ENV, """# د کتلاګ ژباړه (انګلیسي ← پښتو)
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
TARGET_LANG=ps
BATCH_SIZE=20
""", fakes.openai_key(_seed()))

add("blind-kx/env/github-fine-grained", "release-tool/.env", ENV, """# د نسخو خپرولو وسیله
GITHUB_OWNER=wachamewa
GITHUB_REPO=scale-agent
GITHUB_TOKEN=@@s@@
DRY_RUN=false
""", fakes.github_fine_grained_token(_seed()))

add("blind-kx/env/decoy-truncated", "docs/support/ticket-2291-env.txt", ENV, """# د ملاتړ ټیکټ ۲۲۹۱ - یوازې پیلونه ښودل شوي
STRIPE_SECRET_KEY=sk_live_51Q…(truncated)
TELEGRAM_BOT_TOKEN=73…:AA…
DB_PASSWORD=(هغه چې په Bitwarden کې دی)
APP_ENV=production
""")

add("blind-kx/git-config/remote-token", "ops/mirror/git-config", "https://git-scm.com/docs/git-config", """[core]
\trepositoryformatversion = 0
\tbare = true
[remote "gitlab"]
\turl = https://oauth2:@@s@@@gitlab.com/wachamewa/site.git
\tmirror = true
""", gitlab())

add("blind-kx/ini/odbc", "legacy/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """; د زاړه حساب کتاب سیستم سره نښلول
[Invoices]
Driver = ODBC Driver 18 for SQL Server
Server = sql01.mewa.internal
Database = Invoices
UID = inv_reader
PWD = @@s@@
""", words_pw())

add("blind-kx/text/cifs-credentials", "ops/mounts/scanner-share.cred", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """# د قالین سکینر شریک فولډر
username=scanner
password=@@s@@
domain=QALEEN
# mount -t cifs //nas01/scans /mnt/scans -o credentials=/etc/scanner-share.cred
""", words_pw())

add("blind-kx/go/amqp-url", "tracker/internal/queue/queue.go", GO, """package queue

import amqp "github.com/rabbitmq/amqp091-go"

// د بار د تعقیب پیښې
func Dial() (*amqp.Connection, error) {
	return amqp.Dial("amqp://tracker:@@s@@@mq.mewa.internal:5672/exports")
}
""", rand_pw(20))

add("blind-kx/go/split-concat", "tracker/internal/customs/key.go", GO, """package customs

// د ګمرک API کیلي (په دوو برخو)
var apiKey = "@@a@@" +
	"@@b@@"

func Key() string { return apiKey }
""", (v := rand_pw(40)), a=v[:20], b=v[20:])

add("blind-kx/logstash/es-password", "logging/logstash/pipeline/godam.conf", "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html", """input { beats { port => 5044 } }
# د ګودام لاګونه
output {
  elasticsearch {
    hosts => ["https://es.godam.internal:9200"]
    user => "logstash_writer"
    password => "@@s@@"
  }
}
""", words_pw())

add("blind-kx/log/smtp-auth-plain", "logs/mail-debug.log", LOG, """2025-12-04 07:00:01 connect smtp.wachamewa.example:587
2025-12-04 07:00:01 >> EHLO godam01
2025-12-04 07:00:02 >> STARTTLS
2025-12-04 07:00:02 >> AUTH PLAIN @@s@@
2025-12-04 07:00:02 << 235 2.7.0 Authentication successful
2025-12-04 07:00:03 >> MAIL FROM:<reports@wachamewa.example>
""", b64("\0reports@wachamewa.example\0" + words_pw()))

add("blind-kx/k8s-secret/basic-auth", "deploy/k8s/portal-basic-auth.yaml", K8S, """# د پورټال د مدیر پاڼې ساتنه
apiVersion: v1
kind: Secret
metadata:
  name: portal-admin
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@e@@
""", (v := words_pw()), u=b64("admin"), e=b64(v))

add("blind-kx/shell/helm-set", "scripts/deploy_qaleen.sh", SH, """#!/usr/bin/env bash
# د قالین چارټ نصبول
helm upgrade --install qaleen charts/qaleen \\
  --namespace qaleen \\
  --set postgresql.auth.password='@@s@@' \\
  --values charts/qaleen/values-prod.yaml
""", words_pw())

add("blind-kx/markdown/docker-run", "docs/runbooks/local-db.md", MD, """# د ګودام ډیټابیس په لپټاپ کې

د ګودام د تولیدي ډیټا یوه کاپي:

    docker run -d --name godam-copy -e POSTGRES_PASSWORD=@@s@@ -p 5432:5432 postgres:16

بیا `pg_restore` وچلوئ.
""", words_pw())

add("blind-kx/ansible/inventory-password", "ansible/inventory/workshops.ini", ANS, """# د ورکشاپونو کمپیوټرونه
[kandahar]
kdh-pc01 ansible_host=10.41.0.11

[kandahar:vars]
ansible_user=admin
ansible_password=@@s@@
ansible_connection=winrm
""", words_pw())

add("blind-kx/perl/dbi-connect", "legacy/bin/stock_report.pl", "https://metacpan.org/pod/DBI", """#!/usr/bin/perl
use strict;
use DBI;
# د قالینونو ذخیرې زوړ راپور
my $dbh = DBI->connect("dbi:mysql:database=godam;host=10.40.3.8", "report", "@@s@@")
  or die "نښلول ونشول";
print "ok\\n";
""", words_pw())

add("blind-kx/r/dbconnect", "analysis/export_volumes.R", "https://rdrr.io/cran/DBI/man/dbConnect.html", """# د صادراتو حجم - میاشتنی
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "db.mewa.internal", dbname = "exports",
                 user = "analyst", password = "@@s@@")
vol <- dbGetQuery(con, "SELECT product, sum(kg) FROM shipments GROUP BY product")
print(vol)
""", words_pw())

add("blind-kx/dart/api-key", "flutter_app/lib/config.dart", "https://dart.dev/language/variables", """// د کروندګرو اپلیکیشن (وچه میوه)
class AppConfig {
  static const apiBase = 'https://api.wachamewa.example';
  static const apiKey = '@@s@@';
  static const locale = 'ps_AF';
}
""", rand_pw(32))

add("blind-kx/email/password-note", "notes/mail-from-zarghun.eml", "https://www.rfc-editor.org/rfc/rfc5322", """From: Zarghun <zarghun@wachamewa.example>
To: Mena <mena@wachamewa.example>
Subject: د SMS پینل پټنوم
Content-Type: text/plain; charset=utf-8

مینې جانې، د SMS پینل نوی پټنوم دا دی: @@s@@
کاروونکی: mewa_sms
مننه
""", words_pw())

add("blind-kx/chat/export-password", "notes/whatsapp-workshop-group.txt", MD, """12/1/25, 09:14 - Lmar: د کندهار ورکشاپ پرنټر بیا خراب دی
12/1/25, 09:20 - Zarghun: د فرمایشونو پورټال ته ننوځه
12/1/25, 09:21 - Zarghun: workshop_kdh / @@s@@
12/1/25, 09:25 - Lmar: مننه، کار وکړ
12/1/25, 09:26 - Zarghun: 👍
""", words_pw())

add("blind-kx/powershell/restricted-key", "scripts/Get-Payouts.ps1", PS, """# د ورځنیو تادیاتو راپور
$headers = @{ Authorization = 'Bearer @@s@@' }
$r = Invoke-RestMethod -Uri 'https://api.stripe.com/v1/payouts?limit=10' -Headers $headers
$r.data | Select-Object id, amount, arrival_date | Format-Table
Write-Host 'راپور چمتو دی'
""", fakes.fake("rk_live_", 99, _seed()))

add("blind-kx/terraform/provider-token", "infra/terraform/github.tf", TF, """# د GitHub ریپوګانو مدیریت
provider "github" {
  owner = "wachamewa"
  token = "@@s@@"
}
resource "github_repository" "site" { name = "site" }
""", fakes.github_token(_seed()))

add("blind-kx/csharp/twilio", "WarehouseApi/Services/Sms.cs", CS, """using Twilio;

// کروندګرو ته د نرخ SMS
public static class Sms {
    public static void Init() {
        TwilioClient.Init("@@sid@@", "@@s@@");
    }
}
""", hexs(32), sid=twilio_sid())

add("blind-kx/supervisor/environment", "ops/supervisor/kishmish-bot.conf", "http://supervisord.org/configuration.html", """[program:kishmish-bot]
; د کشمش نرخونو بوټ
command=/srv/kishmish-bot/venv/bin/python -m bot
directory=/srv/kishmish-bot
environment=TELEGRAM_BOT_TOKEN="@@s@@",PRICE_SOURCE="kandahar-mandi"
autorestart=true
""", fakes.telegram_token(_seed()))

add("blind-kx/github-actions/docker-login", ".github/workflows/image.yml", GHA, """name: image
on: { push: { tags: ['v*'] } }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo '@@s@@' | docker login registry.godam.example -u ci --password-stdin
      - run: docker build -t registry.godam.example/scale-agent:${GITHUB_REF_NAME} . && docker push registry.godam.example/scale-agent:${GITHUB_REF_NAME}
""", rand_pw(22))

add("blind-kx/swift/basic-header", "ios/QaleenCatalogue/Uploader.swift", SWIFT, """import Foundation

// د قالین انځورونه سرور ته
func uploadRequest(_ url: URL) -> URLRequest {
    var req = URLRequest(url: url)
    req.setValue("Basic @@s@@", forHTTPHeaderField: "Authorization")
    req.httpMethod = "PUT"
    return req
}
""", b64("ios-uploader:" + rand_pw(20)))

add("blind-kx/yaml/oauth-client-secret", "portal/config/oauth.yml", YAML, """# د ګوګل له لارې ننوتل (د کارکوونکو لپاره)
google:
  client_id: "@@c@@.apps.googleusercontent.com"
  client_secret: "@@s@@"
  redirect_uri: https://portal.wachamewa.example/oauth/callback
  hosted_domain: wachamewa.example
""", "GOCSPX-" + rand_pw(28, "_-"), c=str(_rng().randint(10**11, 10**12)) + "-" + rand_pw(32).lower())

# ---------------------------------------------------------------- last decoys

add("blind-kx/json/decoy-package-lock", "shop/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "qaleen-shop",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@a@@=="
    }
  }
}
""", a=rand_pw(86, "+/"))

add("blind-kx/markdown/decoy-changelog", "CHANGELOG.md", MD, """# بدلونونه

## 2.0.2 (۱۴۰۴/۰۹/۱۱)
- د Stripe کیلي بدله شوه (زړه لغوه شوه) - commit @@a@@
- پټنومونه له لاګونو څخه پټ شول - commit @@b@@

## 2.0.1
- د ګمرک API ته وخت محدودیت (timeout) ورزیات شو
""", a=hexs(40), b=hexs(40))

add("blind-kx/json/decoy-i18n", "shop/locales/ps.json", JSON, """{
  "login.title": "ننوتل",
  "login.password": "پټنوم",
  "login.forgot": "پټنوم مو هېر شوی؟",
  "settings.apiKey": "د API کیلي",
  "settings.apiKey.help": "کیلي یوازې یو ځل ښودل کیږي"
}
""")

add("blind-kx/html/decoy-login-form", "site/templates/login.html", HTML, """<form method="post" action="/login" dir="rtl">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <label>کاروونکی <input name="username" autocomplete="username"></label>
  <label>پټنوم <input type="password" name="password" autocomplete="current-password"></label>
  <button type="submit">ننوتل</button>
</form>
""")

add("blind-kx/yaml/decoy-openapi", "portal/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: { title: د صادراتو پورټال API, version: 1.2.0 }
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer, bearerFormat: JWT }
    apiKey: { type: apiKey, in: header, name: X-Api-Key }
security: [{ bearerAuth: [] }]
""")

add("blind-kx/k8s/decoy-configmap", "deploy/k8s/price-feed-config.yaml", K8S, """apiVersion: v1
kind: ConfigMap
metadata:
  name: price-feed
data:
  MARKETS: "kandahar,kabul,jalalabad"
  TOKEN_FILE: /var/run/secrets/telegram/token
  REFRESH_MINUTES: "30"
""")

add("blind-kx/hcl/decoy-vault-policy", "infra/vault/policies/exports.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", """# د صادراتو خدمت یوازې خپل پټ ارزښتونه لوستلی شي
path "kv/data/exports/*" {
  capabilities = ["read"]
}
path "database/creds/exports-ro" {
  capabilities = ["read"]
}
""")

add("blind-kx/github-actions/decoy-oidc", ".github/workflows/terraform.yml", GHA, """name: terraform
on: { push: { branches: [main] } }
permissions: { id-token: write, contents: read }
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: "arn:aws:iam::418293004411:role/gha-terraform", aws-region: ap-south-1 }
      - run: terraform init && terraform plan
""")

add("blind-kx/pgp/decoy-public-key", "docs/security/exports-pgp-public.asc", "https://www.rfc-editor.org/rfc/rfc4880", """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: د صادراتو څانګې عامه کیلي

@@a@@
@@b@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
""", a=rand_pw(64, "+/"), b=rand_pw(48, "+/"), c=rand_pw(4))

add("blind-kx/terraform/decoy-secrets-manager", "infra/terraform/secrets.tf", TF, """# پټنوم د Secrets Manager څخه لوستل کیږي
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/exports/db"
}
locals {
  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
}
""")

add("blind-kx/markdown/decoy-password-policy", "docs/policies/passwords.md", MD, """# د پټنومونو پالیسي

- پټنوم باید لږ تر لږه ۱۴ توري ولري.
- `Password123!` یا `qaleen2025` په څېر پټنومونه منع دي.
- ټول پټنومونه په Bitwarden کې ساتل کیږي.
- که یو پټنوم په git کې ولیدل شو، سمدلاسه یې بدل کړئ.
""")

add("blind-kx/log/decoy-request-ids", "logs/portal-access.log", LOG, """2025-12-05T10:00:01Z GET /api/prices 200 request_id=@@a@@ trace=@@t1@@
2025-12-05T10:00:04Z POST /api/orders 201 request_id=@@b@@ trace=@@t2@@
2025-12-05T10:00:09Z GET /api/me 401 request_id=@@c@@ reason=token_expired
2025-12-05T10:00:12Z GET /healthz 200
2025-12-05T10:00:15Z GET /api/prices 304 request_id=@@d@@
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), t1=hexs(32), t2=hexs(32))

add("blind-kx/plist/decoy-build-setting", "ios/QaleenCatalogue/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CATALOGUE_API_KEY</key>
  <string>$(CATALOGUE_API_KEY)</string>
  <key>CFBundleDevelopmentRegion</key>
  <string>ps</string>
</dict>
</plist>
""")

add("blind-kx/env/decoy-webhook-masked", "payments/.env.staging", ENV, """# د Stripe webhook - ارزښت په Doppler کې
STRIPE_WEBHOOK_SECRET=whsec_••••••••••••••••
STRIPE_SECRET_KEY=doppler://payments/staging/STRIPE_SECRET_KEY
PAYMENT_CURRENCY=USD
WEBHOOK_PATH=/hooks/stripe
""")

add("blind-kx/compose/decoy-digests", "infra/prod/compose.yaml", COMPOSE, """# images د digest سره تړل شوي
services:
  orders:
    image: registry.qaleen.example/orders@sha256:@@a@@
  worker:
    image: registry.qaleen.example/worker@sha256:@@b@@
    env_file: [/etc/qaleen/worker.env]
""", a=sha256ish(), b=sha256ish())

add("blind-kx/toml/cargo-credentials", "ops/dotfiles/cargo-credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# د scale-sync کڅوړې خپرول crates.io ته
# (cargo login یې دلته لیکي)
[registry]
token = "cio@@s@@"

[registries.godam]
credential-provider = "cargo:token-from-stdout pass show cargo/godam"
""".replace("cio@@s@@", "@@s@@"), "cio" + rand_pw(32))

add("blind-kx/kubeconfig/decoy-exec-plugin", "ops/dotfiles/kubeconfig-exports.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: exports
    cluster:
      server: https://@@h@@.gr7.ap-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: exports-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "exports"]   # ټوکن هر ځل نوی جوړیږي
contexts:
  - name: exports
    context: { cluster: exports, user: exports-admin }
current-context: exports
""", h=hexs(32).upper(), ca=b64("-----BEGIN CERTIFICATE-----\n" + rand_pw(64, "+/") + "\n-----END CERTIFICATE-----\n"))
