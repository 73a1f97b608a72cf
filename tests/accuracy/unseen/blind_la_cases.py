"""Blind set LA: a Tigrinya-speaking team running coffee roasters and a long-distance bus co-operative.

Roastery controllers and inventory, a web shop for beans, the bus co-operative's ticketing, seat
booking, SMS and Telegram notices, driver apps, payroll and their infrastructure; notes, comments
and runbooks partly in Tigrinya (Ge'ez script). Secrets and decoys alike. Generated fakes only
(seeds 6080000-6089999).
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
UP = string.ascii_uppercase + string.digits
_SEED = [6080000]


def _seed() -> int:
    _SEED[0] += 7
    assert 6080000 <= _SEED[0] < 6090000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Buna", "Jebena", "Asmara", "Keren", "Massawa", "Senafe", "Adulis", "Dahlak", "Barka", "Anseba",
         "Filfil", "Nakfa", "Tesseney", "Mendefera", "Dekemhare", "Ghinda", "Halibet", "Zula"]
LOWER = ["roast", "crema", "bean", "kettle", "saddle", "ticket", "diesel", "harbor", "mango", "sesame",
         "cardamom", "ember", "lantern", "route", "valley", "plateau"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UP) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + ups(8) + "/B" + ups(10) + "/" + rand_pw(24))


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


def gh() -> str:
    return fakes.github_token(_seed())


def tg() -> str:
    return fakes.telegram_token(_seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def paystack_key() -> str:
    return "sk_live_" + hexs(40)


def flutterwave_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def gocspx() -> str:
    r = _rng()
    return "GOCSPX-" + "".join(r.choice(ALNUM + "_-") for _ in range(28))


def twilio_token() -> str:
    return hexs(32)


def datadog_key() -> str:
    return hexs(32)


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1IjoiYnVuYWxpbmUiLCJhIjoi" + "".join(r.choice(ALNUM) for _ in range(22)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def jwt_like_unsigned() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(b'{"sub":"driver-0042","role":"viewer"}').decode().rstrip("=")
    return header + "." + body + "."


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-la/" + category, file_name, text, secret, source))


# Sources: where each format is documented.
PYDOC = "https://docs.python.org/3/reference/lexical_analysis.html"
DOTENV = "https://github.com/motdotla/dotenv#readme"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8SCM = "https://kubernetes.io/docs/concepts/configuration/configmap/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
TF = "https://developer.hashicorp.com/terraform/language/syntax/configuration"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KOTLIN = "https://kotlinlang.org/docs/basic-syntax.html"
CSHARP = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/language.variables.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/book/"
SWIFT = "https://docs.swift.org/swift-book/"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
TOML = "https://toml.io/en/v1.0.0"
INI = "https://docs.python.org/3/library/configparser.html"
JSON = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
HTML = "https://html.spec.whatwg.org/"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"
TG = "https://core.telegram.org/bots/api"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
SSH = "https://man.openbsd.org/ssh-keygen"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SOPS = "https://github.com/getsops/sops#readme"
VAULT = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
MAKE = "https://www.gnu.org/software/make/manual/make.html"
YAML = "https://yaml.org/spec/1.2.2/"
GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
MAVEN = "https://maven.apache.org/settings.html"
WIKI = "https://www.mediawiki.org/wiki/Help:Formatting"
CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
RCLONE = "https://rclone.org/docs/#config-file"

# ----------------------------------------------------------------------------------------------
# Python: roastery controller, ticketing and notices
# ----------------------------------------------------------------------------------------------

add("python/telegram-bot", "bus_notice_bot.py", TG, '''\
"""ቦት ቴሌግራም ንመገሻ ኣውቶቡስ: ሰዓታት ምብጋስ ንተጓዓዝቲ ይሰድድ።"""
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

# ናይ ማሕበር ኣውቶቡስ ቦት (@AsmaraKerenBusBot)
BOT_TOKEN = "@@secret@@"

logging.basicConfig(level=logging.INFO)


async def timetable(update, context):
    await update.message.reply_text("ኣስመራ -> ከረን: 06:30, 13:00\\nኣስመራ -> ምጽዋዕ: 07:00")


def main():
    app = ApplicationBuilder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("sahat", timetable))
    app.run_polling()


if __name__ == "__main__":
    main()
''', tg())

add("python/database-url", "roaster/settings_local.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", '''\
# ቅጥዕታት ናይ መጥበሲ ቡና (local) - ኣብ git ኣይትእተዉ ኢልና ነይርና...
from .base import *  # noqa

DEBUG = True
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "roastery",
        "USER": "roaster_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.0.14",
        "PORT": "5432",
    }
}
''', words_pw())

add("python/django-secret", "buna_shop/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.buna-adulis.er", "www.buna-adulis.er"]

# ምስጢራዊ መፍትሕ ናይ Django (production)
SECRET_KEY = "@@secret@@"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/stripe", "shop/payments.py", STRIPE, '''\
import stripe

# ክፍሊት ናይ ቡና ብኢንተርነት (ካብ ወጻኢ ዓማዊል)
stripe.api_key = "@@secret@@"


def charge_order(order):
    """ትእዛዝ ቡና ክፍሊት ይፍጽም።"""
    return stripe.PaymentIntent.create(
        amount=int(order.total * 100),
        currency="usd",
        metadata={"order": order.id, "roast": order.roast_level},
    )
''', stripe_key())

add("python/sendgrid", "notify/mailer.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", '''\
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

client = SendGridAPIClient("@@secret@@")


def send_receipt(to, body):
    # ቅብሊት ትኬት ብኢመይል
    msg = Mail(from_email="tickets@bus-coop.er", to_emails=to,
               subject="ቅብሊት ትኬትኩም", html_content=body)
    return client.send(msg)
''', sendgrid_key())

add("python/aws-secret", "scripts/upload_manifests.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''\
"""ዝርዝር ተጓዓዝቲ (manifest) ናብ S3 ይሰቅል - ሓደራ ኣብ ፍርያት ጥራይ።"""
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for day in ("2024-05-01", "2024-05-02"):
    s3.upload_file(f"manifests/{day}.csv", "bus-coop-manifests", f"{day}.csv")
''', aws_secret(), kid=akid())

add("python/redis-url", "booking/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''\
import redis

# ቦታ ኮፍ መበሊ (seat holds) ንሓሙሽተ ደቓይቕ ይዕቀቡ
r = redis.Redis.from_url("redis://:@@secret@@@seats-cache.internal:6379/2")

HOLD_SECONDS = 300


def hold_seat(trip_id, seat):
    return r.set(f"hold:{trip_id}:{seat}", 1, nx=True, ex=HOLD_SECONDS)
''', fakes.redis_password(_seed()))

add("python/openai", "tools/translate_notices.py", "https://platform.openai.com/docs/api-reference/authentication", '''\
"""መልእኽትታት ካብ ትግርኛ ናብ እንግሊዝኛ ንምትርጓም (ንወጻእተኛታት ተጓዓዝቲ)።"""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

def translate(text):
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Translate from Tigrinya to English: " + text}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/smtp-login", "notify/smtp_fallback.py", "https://docs.python.org/3/library/smtplib.html", '''\
import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.bus-coop.er"
SMTP_USER = "notices@bus-coop.er"


def send(to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, "@@secret@@")  # TODO: ናብ vault ኣግዕዝ
        s.send_message(msg)
''', words_pw())

_k = rand_pw(40)
add("python/split-literal", "roaster/probe_client.py", PYDOC, '''\
"""ምስ መቆጻጸሪ መጥበሲ (Probat) ዝራኸብ ዓሚል።"""
import requests

API = "https://roaster-gw.buna-adulis.er/api/v2"
# መፍትሕ ብኽልተ ተመቒሉ ተጻሒፉ
API_KEY = ("rgw_@@a@@"
           "@@b@@")


def current_batch():
    return requests.get(f"{API}/batch/current", headers={"X-Api-Key": API_KEY}, timeout=5).json()
''', "rgw_" + _k, a=_k[:20], b=_k[20:])

add("python/decoy-env-reference", "booking/config.py", "https://docs.python.org/3/library/os.html#os.environ", '''\
"""ቅጥዕታት ምዝገባ ቦታ - ኩሉ ካብ environment ይንበብ።"""
import os

DATABASE_URL = os.environ["BOOKING_DATABASE_URL"]
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD", "")
TELEGRAM_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
# ምስጢራት ኣብዚ ኣይንጽሕፍን ኢና - ኣብ Vault (secret/bus-coop/booking) እዮም ዘለዉ
''')

add("python/decoy-test-fixture", "tests/test_payments.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''\
import pytest

from shop.payments import mask_key

# ናይ ሓሶት መፍትሕ ንፈተነ ጥራይ - ሓቀኛ ኣይኮነን
FAKE_KEY = "sk_test_" + "x" * 24


@pytest.mark.parametrize("key", [FAKE_KEY, "sk_test_placeholder"])
def test_mask_key_hides_everything_but_prefix(key):
    assert mask_key(key).startswith("sk_test_")
    assert "x" * 10 not in mask_key(key)
''')

add("python/decoy-hash", "roaster/firmware_check.py", "https://docs.python.org/3/library/hashlib.html", '''\
"""ፈርምዌር መቆጻጸሪ መጥበሲ ቅድሚ ምጽዓኑ ይፈትሽ።"""
import hashlib

# SHA-256 ናይ firmware v4.2.1 (ካብ ኣፍረይቲ ዝተዋህበ)
EXPECTED_SHA256 = "@@h@@"


def verify(path):
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != EXPECTED_SHA256:
        raise SystemExit("ፈርምዌር ተቐይሩ ኣሎ! ኣይትጽዓንዎ።")
''', h=hexs(64))

add("python/decoy-placeholder", "notify/sms_settings_example.py", PYDOC, '''\
# ቅዳሕ ናብ sms_settings.py ግበሩ እሞ ዋጋታት ምልኡ
# Copy to sms_settings.py and fill in the values from the co-op's SMS provider portal.

SMS_PROVIDER = "africastalking"
SMS_USERNAME = "bus-coop"
SMS_API_KEY = "<your-api-key-here>"
SMS_SENDER_ID = "BUSCOOP"
''')

add("python/decoy-public-key", "shop/checkout_context.py", STRIPE, '''\
"""ንቅጥዒ ክፍሊት ዝኸውን ሓበሬታ - publishable key ጥራይ (ኣብ browser ይረአ)።"""

STRIPE_PUBLISHABLE_KEY = "@@pk@@"


def checkout_context(order):
    return {
        "stripe_pk": STRIPE_PUBLISHABLE_KEY,
        "amount": order.total,
        "currency": "usd",
    }
''', pk=fakes.fake("pk_live_", 24, _seed()))

# ----------------------------------------------------------------------------------------------
# .env files
# ----------------------------------------------------------------------------------------------

add("dotenv/database-url", "booking-api/.env", DOTENV, '''\
# ናይ booking-api ቅጥዕታት (staging)
NODE_ENV=staging
PORT=8080
DATABASE_URL=postgres://booking:@@secret@@@db-staging.bus-coop.internal:5432/booking
SEAT_HOLD_MINUTES=5
DEFAULT_ROUTE=ASM-KRN
''', rand_pw(22))

add("dotenv/telegram-bot", "roastery-alerts/.env", DOTENV, '''\
# መጠንቀቕታ ሙቐት መጥበሲ (ልዕሊ 230°C) ናብ ጉጅለ ቴሌግራም
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001873340021
TEMP_ALERT_C=230
POLL_SECONDS=15
''', tg())

add("dotenv/slack-webhook", "ops/.env.production", DOTENV, '''\
APP_NAME=bus-coop-ops
LOG_LEVEL=info
# ጸብጻብ ዕለታዊ ናብ #ops
SLACK_WEBHOOK_URL=@@secret@@
REPORT_HOUR=21
TZ=Africa/Asmara
''', slack_webhook())

add("dotenv/mailgun", "shop/.env", DOTENV, '''\
SHOP_URL=https://shop.buna-adulis.er
MAILGUN_DOMAIN=mg.buna-adulis.er
MAILGUN_API_KEY=@@secret@@
ORDER_NOTIFY=orders@buna-adulis.er
CURRENCY=USD
''', mailgun_key())

add("dotenv/paystack", "payments-gateway/.env.live", DOTENV, '''\
# ክፍሊት ካብ ዓማዊል ኣብ ኣፍሪቃ (Paystack)
PAYSTACK_PUBLIC_KEY=pk_live_@@pub@@
PAYSTACK_SECRET_KEY=@@secret@@
CALLBACK_URL=https://shop.buna-adulis.er/pay/callback
CURRENCY=USD
''', paystack_key(), pub=hexs(40))

add("dotenv/google-maps", "driver-app/.env.local", DOTENV, '''\
# ካርታ ንመራሕቲ ኣውቶቡስ (server-side geocoding, unrestricted!)
GEOCODING_SERVER_KEY=@@secret@@
DEFAULT_LAT=15.3229
DEFAULT_LNG=38.9251
ROUTE_REFRESH_S=30
''', google_key())

add("dotenv/quoted-password", "payroll/.env", DOTENV, '''\
# ደሞዝ ሰራሕተኛታት - ሓደራ ኣይትካፈልዎ
PAYROLL_DB_HOST=10.30.1.5
PAYROLL_DB_USER=payroll
PAYROLL_DB_PASSWORD="@@secret@@"
PAYROLL_MONTH_CLOSE_DAY=25
''', words_pw())

add("dotenv/decoy-empty", "booking-api/.env.example", DOTENV, '''\
# ቅዳሕ ናብ .env ግበሩ
NODE_ENV=development
PORT=8080
DATABASE_URL=
REDIS_URL=
TELEGRAM_BOT_TOKEN=
STRIPE_SECRET_KEY=
''')

add("dotenv/decoy-placeholder", "roastery-alerts/.env.sample", DOTENV, '''\
TELEGRAM_BOT_TOKEN=123456789:replace-with-token-from-BotFather
TELEGRAM_CHAT_ID=-100xxxxxxxxxx
TEMP_ALERT_C=230
POLL_SECONDS=15
# ሓቀኛ token ካብ @BotFather ውሰዱ፣ ኣብዚ ኣይትጽሓፍዎ
''')

add("dotenv/decoy-interpolation", "ops/.env.compose", DOTENV, '''\
# ዋጋታት ካብ CI secrets ይመጹ
POSTGRES_USER=ops
POSTGRES_PASSWORD=${OPS_DB_PASSWORD:?set in CI}
SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL}
GRAFANA_ADMIN_PASSWORD=${GRAFANA_ADMIN_PASSWORD:-}
''')

# ----------------------------------------------------------------------------------------------
# Kubernetes, Helm, compose
# ----------------------------------------------------------------------------------------------

_pw = rand_pw(24)
add("k8s-secret/database", "deploy/k8s/booking-db-secret.yaml", K8S, '''\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: bus-coop
  labels:
    app: booking-api
type: Opaque
data:
  username: @@u@@
  password: @@enc@@
''', _pw, u=b64("booking"), enc=b64(_pw))

add("k8s-secret/string-data", "deploy/k8s/roaster-gw-secret.yaml", K8S, '''\
# ምስጢር ናይ roaster gateway (ብኢድ ዝተፈጥረ፣ ክንቕይሮ ኣሎና)
apiVersion: v1
kind: Secret
metadata:
  name: roaster-gw
  namespace: roastery
stringData:
  MQTT_USERNAME: roaster-gw
  MQTT_PASSWORD: "@@secret@@"
''', passphrase())

_tok = tg()
add("k8s-secret/telegram-bot", "deploy/k8s/notice-bot-secret.yaml", K8S, '''\
apiVersion: v1
kind: Secret
metadata:
  name: notice-bot
  namespace: bus-coop
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
''', _tok, enc=b64(_tok))

_ghp = gh()
_auth = b64("buscoop-ci:" + _ghp)
_dcj = b64('{"auths":{"ghcr.io":{"username":"buscoop-ci","password":"' + _ghp + '","auth":"' + _auth + '"}}}')
add("k8s-secret/dockerconfig", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", '''\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: bus-coop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', _ghp, enc=_dcj)

add("k8s/decoy-secret-ref", "deploy/k8s/booking-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", '''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: bus-coop
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
          image: ghcr.io/bus-coop/booking-api:1.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: password}
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: notice-bot, key: TELEGRAM_BOT_TOKEN}
''')

add("k8s/decoy-sealed-secret", "deploy/k8s/payroll-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#readme", '''\
# ብ kubeseal ዝተዓጸወ - ኣብ git ምእታው ድሕንነት ኣለዎ
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payroll-db
  namespace: payroll
spec:
  encryptedData:
    password: Ag@@c1@@
    username: Ag@@c2@@
''', c1=rand_pw(300, "+/"), c2=rand_pw(120, "+/"))

add("k8s/decoy-configmap", "deploy/k8s/booking-configmap.yaml", K8SCM, '''\
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: bus-coop
data:
  ROUTES: "ASM-KRN,ASM-MSW,ASM-MND,ASM-TSN"
  SEAT_HOLD_MINUTES: "5"
  PASSWORD_MIN_LENGTH: "10"
  TOKEN_TTL_SECONDS: "3600"
  SECRET_NAME: booking-db
''')

add("helm/values-password", "charts/roastery/values-prod.yaml", HELM, '''\
# ቅጥዕታት ናይ roastery chart (ፍርያት)
image:
  repository: ghcr.io/buna-adulis/roastery
  tag: "2.3.0"
postgresql:
  enabled: true
  auth:
    username: roastery
    password: "@@secret@@"
    database: roastery
ingress:
  enabled: true
  host: roast.buna-adulis.er
''', words_pw())

add("helm/decoy-existing-secret", "charts/booking/values.yaml", HELM, '''\
replicaCount: 2
postgresql:
  auth:
    existingSecret: booking-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password
''')

add("compose/environment", "docker-compose.yml", COMPOSE, '''\
# ኣብ ላፕቶፕ ምፍታን ናይ booking (ግን እቲ password ካብ staging እዩ!)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: booking
    ports: ["5432:5432"]
  api:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://booking@db:5432/booking
''', rand_pw(20))

add("compose/decoy-secrets-file", "roastery/docker-compose.prod.yml", COMPOSE, '''\
services:
  roastery:
    image: ghcr.io/buna-adulis/roastery:2.3.0
    secrets: [db_password, mqtt_password]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      MQTT_PASSWORD_FILE: /run/secrets/mqtt_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
  mqtt_password:
    external: true
''')

# ----------------------------------------------------------------------------------------------
# JavaScript / TypeScript
# ----------------------------------------------------------------------------------------------

add("javascript/stripe", "shop-web/server/stripe.js", STRIPE, '''\
// ክፍሊት ናይ ቡና ትእዛዛት
const Stripe = require("stripe");

const stripe = Stripe("@@secret@@", { apiVersion: "2024-04-10" });

async function createCheckout(cart) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: cart.items.map((i) => ({ price: i.priceId, quantity: i.qty })),
    success_url: "https://shop.buna-adulis.er/thanks",
  });
}

module.exports = { createCheckout };
''', stripe_key("rk_live_"))

add("javascript/slack-webhook", "ops-bot/src/report.js", SLACK, '''\
const axios = require("axios");

// ዕለታዊ ጸብጻብ ሽያጥ ትኬት ናብ Slack
const HOOK = "@@secret@@";

async function postDailyReport(stats) {
  const text = `ትኬት ዝተሸጠ ሎሚ: ${stats.sold} | ኣውቶቡሳት: ${stats.buses}`;
  await axios.post(HOOK, { text });
}

module.exports = { postDailyReport };
''', slack_webhook())

add("typescript/firebase-admin", "driver-app/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", '''\
import * as admin from "firebase-admin";

// ናይ ኣገልግሎት ሕሳብ (service account) - ንመራሕቲ ኣውቶቡስ notifications
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "bus-coop-drivers",
    clientEmail: "firebase-adminsdk-x1@bus-coop-drivers.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

export const messaging = admin.messaging();
''', pem("RSA"))

add("typescript/mongodb-uri", "inventory-api/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''\
import { MongoClient } from "mongodb";

// መኽዘን ጥረ ቡና (green beans) - ብዝሒ ብኪሎ
const uri =
  "mongodb+srv://inventory:@@secret@@@cluster0.k3x9v.mongodb.net/green?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function stockFor(origin: string) {
  return client.db("green").collection("lots").find({ origin }).toArray();
}
''', rand_pw(16))

add("javascript/discord-webhook", "roastery-dashboard/alerts.mjs", "https://discord.com/developers/docs/resources/webhook", '''\
// ጉጅለ መጥበሲ ኣብ Discord እውን ኣሎ
const WEBHOOK = "@@secret@@";

export async function alertTemperature(batch, temp) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `⚠️ ባች ${batch}: ሙቐት ${temp}°C` }),
  });
}
''', discord_webhook())

_lp = words_pw()
add("typescript/basic-auth-header", "booking-web/src/api/legacy.ts", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", '''\
// ኣረጊት ስርዓት ትኬት (2019) - Basic auth ጥራይ ይቕበል
const LEGACY = "https://legacy-tickets.bus-coop.er/api";

export async function legacySeats(tripId: string) {
  const res = await fetch(`${LEGACY}/trips/${tripId}/seats`, {
    headers: { Authorization: "Basic @@enc@@" },
  });
  return res.json();
}
''', _lp, enc=b64("ticketsync:" + _lp))

add("javascript/npmrc-in-script", "scripts/publish-ui-kit.js", NPMRC, '''\
// ui-kit ናብ npm ምዝርጋሕ
const { execSync } = require("child_process");
const fs = require("fs");

fs.writeFileSync(".npmrc", "//registry.npmjs.org/:_authToken=@@secret@@\\n");
execSync("npm publish --access public", { stdio: "inherit" });
fs.unlinkSync(".npmrc");
''', npm_token())

add("javascript/jwt-secret", "booking-api/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#readme", '''\
const jwt = require("jsonwebtoken");

// መፍትሕ ፊርማ ን tokens ናይ ተጓዓዝቲ
const JWT_SECRET = process.env.JWT_SECRET || "@@secret@@";

function issue(passenger) {
  return jwt.sign({ sub: passenger.id, phone: passenger.phone }, JWT_SECRET, { expiresIn: "7d" });
}

module.exports = { issue };
''', rand_pw(48))

add("typescript/twilio", "notify/src/sms.ts", "https://www.twilio.com/docs/usage/secure-credentials", '''\
import twilio from "twilio";

// መልእኽቲ SMS ንተጓዓዝቲ ናይ ወጻኢ ቁጽሪ
const accountSid = "AC@@sid@@";
const authToken = "@@secret@@";
const client = twilio(accountSid, authToken);

export function sendDelay(to: string, minutes: number) {
  return client.messages.create({ from: "+15005550006", to, body: `ኣውቶቡስ ${minutes} ደቒቕ ክድንጉ እዩ` });
}
''', twilio_token(), sid=hexs(32))

add("javascript/decoy-process-env", "shop-web/server/config.js", NODE, '''\
// ኩሉ ምስጢራት ካብ environment
module.exports = {
  stripeKey: process.env.STRIPE_SECRET_KEY,
  mailgunKey: process.env.MAILGUN_API_KEY,
  sessionSecret: process.env.SESSION_SECRET ?? "",
  dbUrl: process.env.DATABASE_URL,
};
''')

add("javascript/decoy-publishable", "shop-web/public/js/checkout.js", STRIPE, '''\
// እዚ publishable key እዩ - ኣብ browser ክረአ ይፍቀድ
const stripe = Stripe("@@pk@@");

document.querySelector("#pay").addEventListener("click", async () => {
  const { sessionId } = await (await fetch("/checkout", { method: "POST" })).json();
  await stripe.redirectToCheckout({ sessionId });
});
''', pk=fakes.fake("pk_live_", 24, _seed()))

add("typescript/decoy-mask", "booking-web/src/util/mask.ts", "https://www.typescriptlang.org/docs/handbook/2/basic-types.html", '''\
// ቁጽሪ ስልኪ ወይ token ክሕባእ ከሎ
export function mask(value: string, keep = 4): string {
  if (value.length <= keep) return "****";
  return "*".repeat(value.length - keep) + value.slice(-keep);
}

// mask("ghp_************************************abcd")
export const EXAMPLE_MASKED = "sk_live_********************4f2a";
''')

add("typescript/decoy-test-token", "notify/test/sms.spec.ts", "https://jestjs.io/docs/getting-started", '''\
import { sendDelay } from "../src/sms";

jest.mock("twilio", () => () => ({ messages: { create: jest.fn() } }));

// ናይ ሓሶት ዋጋታት ንፈተነ
process.env.TWILIO_AUTH_TOKEN = "test-token-not-real";
process.env.TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

test("sends a Tigrinya delay notice", async () => {
  await sendDelay("+291700000", 15);
});
''')

add("json/decoy-package", "shop-web/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", '''\
{
  "name": "buna-shop-web",
  "version": "1.8.0",
  "private": true,
  "scripts": {
    "start": "node server/index.js",
    "token:rotate": "node scripts/rotate-token.js --from-vault secret/shop/stripe"
  },
  "dependencies": {
    "stripe": "^15.3.0",
    "jsonwebtoken": "^9.0.2"
  },
  "integrity": "sha512-@@h@@"
}
''', h=rand_pw(86, "+/") + "==")

# ----------------------------------------------------------------------------------------------
# Go
# ----------------------------------------------------------------------------------------------

add("go/dsn", "gps-ingest/internal/store/store.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", '''\
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// ቦታ ኣውቶቡሳት (GPS) ኣብ ነፍሲ ወከፍ 10 ካልኢት ይዕቀብ
const dsn = "gps:@@secret@@@tcp(10.40.0.8:3306)/fleet?parseTime=true"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
''', words_pw())

add("go/telegram-bot", "cmd/seatbot/main.go", TG, '''\
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	// ቦት ምዝገባ ቦታ
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("ኣትዩ ኣሎ: %s", bot.Self.UserName)
}
''', tg())

add("go/aws-static", "roast-archive/aws.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/", '''\
package archive

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// ታሪኽ ምጥባስ (roast profiles) ናብ S3
func creds() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(
		"@@kid@@",
		"@@secret@@",
		"",
	)
}
''', aws_secret(), kid=akid())

add("go/bearer-header", "ticket-sync/client.go", "https://pkg.go.dev/net/http", '''\
package ticketsync

import "net/http"

const partnerToken = "@@secret@@"

// ምስ ኩባንያ ኣውቶቡስ መቐለ ዝሰርሕ (partner API)
func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+partnerToken)
	return req, nil
}
''', "ptk_" + rand_pw(40))

add("go/decoy-getenv", "gps-ingest/internal/config/config.go", "https://pkg.go.dev/os#Getenv", '''\
package config

import "os"

type Config struct {
	DSN       string
	MQTTPass  string
	SentryEnv string
}

// ቅጥዕታት ካብ environment ጥራይ
func Load() Config {
	return Config{
		DSN:       os.Getenv("GPS_DSN"),
		MQTTPass:  os.Getenv("MQTT_PASSWORD"),
		SentryEnv: "production",
	}
}
''')

add("go/decoy-sum", "go.sum", "https://go.dev/ref/mod#go-sum-files", '''\
github.com/go-sql-driver/mysql v1.8.1 h1:@@a@@=
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:@@b@@=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@c@@=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@d@@=
github.com/aws/aws-sdk-go-v2 v1.26.1 h1:@@e@@=
github.com/aws/aws-sdk-go-v2 v1.26.1/go.mod h1:@@f@@=
''', a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

# ----------------------------------------------------------------------------------------------
# Java / Kotlin / C#
# ----------------------------------------------------------------------------------------------

add("properties/datasource", "payroll-service/src/main/resources/application-prod.properties", JAVA, '''\
# ደሞዝ ሰራሕተኛታት ማሕበር
spring.datasource.url=jdbc:postgresql://10.30.1.5:5432/payroll
spring.datasource.username=payroll
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8443
''', words_pw())

add("yaml/spring-mail", "payroll-service/src/main/resources/application.yml", JAVA, '''\
spring:
  application:
    name: payroll-service
  mail:
    host: smtp.gmail.com
    port: 587
    username: payroll.bus.coop@gmail.com
    # app password ናይ Gmail
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
''', "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("java/jdbc-literal", "fleet-reports/src/main/java/er/buscoop/reports/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", '''\
package er.buscoop.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    // ጸብጻብ ነዳዲ (diesel) ብመስመር
    private static final String URL = "jdbc:postgresql://10.40.0.9:5432/fleet";
    private static final String USER = "reports";
    private static final String PASS = "@@secret@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
''', rand_pw(18, "!#%"))

add("kotlin/api-key", "driver-android/app/src/main/java/er/buscoop/driver/Keys.kt", KOTLIN, '''\
package er.buscoop.driver

// ቁልፊ ናይ routing API (ንመራሕቲ)
object Keys {
    const val ROUTING_SERVER_TOKEN = "@@secret@@"
    const val BASE_URL = "https://routing.bus-coop.er/v1/"
    const val REFRESH_SECONDS = 30
}
''', mapbox_secret())

add("gradle/properties", "driver-android/gradle.properties", GRADLE, '''\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ፊርማ ናይ APK (release)
RELEASE_STORE_FILE=../keystore/driver-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=driver
RELEASE_KEY_PASSWORD=@@secret@@
''', words_pw())

add("csharp/appsettings", "PosTerminal/appsettings.Production.json", CSHARP, '''\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=pos-sql.buna-adulis.local;Database=CafePos;User Id=pos_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Cafe": { "Branch": "ኣስመራ - ሓርነት ጎደና", "Currency": "ERN" }
}
''', words_pw())

add("csharp/storage-connection", "PosTerminal/Services/ReceiptArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''\
using Azure.Storage.Blobs;

namespace PosTerminal.Services;

// ቅብሊታት ካፈ ናብ Azure Blob
public class ReceiptArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=bunareceipts;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _c = new(Conn, "receipts");

    public Task SaveAsync(string name, Stream s) => _c.UploadBlobAsync(name, s);
}
''', azure_storage_key())

add("java/decoy-value-annotation", "payroll-service/src/main/java/er/buscoop/payroll/BankClient.java", JAVA, '''\
package er.buscoop.payroll;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BankClient {
    // ቁልፊ ባንኪ ካብ Vault ይመጽእ
    @Value("${bank.api.key}")
    private String apiKey;

    @Value("${bank.api.password:#{null}}")
    private String password;
}
''')

add("csharp/decoy-user-secrets", "PosTerminal/appsettings.json", CSHARP, '''\
{
  "ConnectionStrings": {
    "Pos": "Server=localhost;Database=CafePos;Trusted_Connection=True"
  },
  "Stripe": { "SecretKey": "", "PublishableKey": "" },
  "_comment": "ምስጢራት ብ dotnet user-secrets ወይ Key Vault ጥራይ"
}
''')

add("kotlin/decoy-buildconfig", "driver-android/app/build.gradle.kts", GRADLE, '''\
android {
    namespace = "er.buscoop.driver"
    defaultConfig {
        applicationId = "er.buscoop.driver"
        versionCode = 42
        // ካብ local.properties ወይ CI secret ይንበብ
        buildConfigField("String", "ROUTING_TOKEN", "\\"${project.findProperty("routingToken") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }
}
''')

# ----------------------------------------------------------------------------------------------
# PHP / Ruby / Rust / Swift
# ----------------------------------------------------------------------------------------------

add("php/wp-config", "shop-blog/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", '''\
<?php
// ብሎግ ናይ ቡና ኣዱሊስ (ዛንታታት ሓረስቶት ቡና)
define( 'DB_NAME', 'bunablog' );
define( 'DB_USER', 'bunablog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/laravel-env", "tickets-portal/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", '''\
APP_NAME="ትኬት ማሕበር ኣውቶቡስ"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://tickets.bus-coop.er
DB_CONNECTION=mysql
DB_DATABASE=tickets
''', b64(rand_pw(32)))

add("php/array-config", "tickets-portal/config/sms.php", PHP, '''\
<?php
// ምልእኽቲ SMS ብ Africa's Talking
return [
    'username' => 'buscoop',
    'api_key'  => '@@secret@@',
    'sender'   => 'BUSCOOP',
    'template' => 'ትኬትኩም :code ተረጋጊጹ። ጉዕዞ ብሰላም!',
];
''', "atsk_" + hexs(64))

add("php/decoy-getenv", "tickets-portal/config/database.php", PHP, '''\
<?php
return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
''')

add("ruby/credentials", "roast-log/config/initializers/shopify.rb", "https://shopify.dev/docs/api/admin-rest#authentication", '''\
# ምስ ድኳን Shopify ዝተኣሳሰረ (ጥረ ቡና ንወጻኢ)
ShopifyAPI::Context.setup(
  api_key: "buna-adulis-app",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),
  host: "https://roast-log.buna-adulis.er",
  scope: "read_orders,write_inventory",
  is_embedded: false,
  api_version: "2024-04",
)
SHOPIFY_ADMIN_TOKEN = "@@secret@@"
''', shopify_token())

add("ruby/database-yml", "roast-log/config/database.yml", RUBY, '''\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: roast_log
  username: roast_log
  # ኣብ ፍርያት ዘሎ password (ሕጂ ንግዚኡ)
  password: '@@secret@@'
  host: 10.20.0.14
''', passphrase())

add("ruby/decoy-rails-credentials", "roast-log/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", '''\
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
''', c1=rand_pw(76, "+/"), c2=rand_pw(76, "+/"), c3=rand_pw(76, "+/"), c4=rand_pw(76, "+/"), c5=rand_pw(40, "+/"),
    iv=rand_pw(22, "+/") + "==", tag=rand_pw(22, "+/"))

add("rust/const-token", "roast-probe/src/upload.rs", RUST, '''\
//! ናይ ሙቐት መለክዒ (thermocouple) ንባባት ናብ InfluxDB
use reqwest::blocking::Client;

const INFLUX_URL: &str = "https://influx.buna-adulis.er/api/v2/write?org=roastery&bucket=probe";
const INFLUX_TOKEN: &str = "@@secret@@";

pub fn push(line: &str) -> reqwest::Result<()> {
    Client::new()
        .post(INFLUX_URL)
        .header("Authorization", format!("Token {}", INFLUX_TOKEN))
        .body(line.to_owned())
        .send()?;
    Ok(())
}
''', rand_pw(86, "_-") + "==")

add("rust/decoy-env", "roast-probe/src/config.rs", RUST, '''\
use std::env;

pub struct Config {
    pub influx_token: String,
    pub device: String,
}

// ቅጥዕታት ካብ environment (systemd EnvironmentFile)
pub fn load() -> Config {
    Config {
        influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN ኣይተዋህበን"),
        device: env::var("PROBE_DEVICE").unwrap_or_else(|_| "/dev/ttyUSB0".into()),
    }
}
''')

add("swift/api-key", "PassengerApp/PassengerApp/Secrets.swift", SWIFT, '''\
import Foundation

// ቁልፍታት ናይ ተጓዓዝቲ app (iOS)
enum Secrets {
    static let seatsApiBase = URL(string: "https://api.bus-coop.er/v2")!
    static let seatsApiKey = "@@secret@@"
    static let supportPhone = "+291-1-120000"
}
''', "sk_" + hexs(48))

add("swift/decoy-plist-reference", "PassengerApp/PassengerApp/Config.swift", SWIFT, '''\
import Foundation

// ቁልፊ ካብ Info.plist (xcconfig ብ CI ይምላእ)
enum Config {
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "SEATS_API_KEY") as? String ?? ""
    }
    static let placeholder = "$(SEATS_API_KEY)"
}
''')

# ----------------------------------------------------------------------------------------------
# Shell, PowerShell, histories, cron, systemd
# ----------------------------------------------------------------------------------------------

add("shell/mysqldump", "ops/backup_fleet.sh", SHELL, r'''#!/usr/bin/env bash
# ለይቲ ዝካየድ መዝገብ ድሕነት (backup) ናይ fleet
set -euo pipefail
DAY=$(date +%F)
mysqldump -h 10.40.0.8 -u backup -p'@@secret@@' \
  --single-transaction fleet | gzip > "/srv/backup/fleet-$DAY.sql.gz"
find /srv/backup -name 'fleet-*.sql.gz' -mtime +14 -delete
echo "ተወዲኡ: $DAY"
''', words_pw())

add("shell/curl-telegram", "ops/notify_departure.sh", TG, r'''#!/bin/sh
# ምብጋስ ኣውቶቡስ ናብ ቻነል ቴሌግራም
ROUTE="$1"
TIME="$2"
curl -s -X POST \
  "https://api.telegram.org/bot@@secret@@/sendMessage" \
  -d chat_id=@buscoop_asmara \
  --data-urlencode "text=ኣውቶቡስ $ROUTE ኣብ $TIME ተበጊሱ"
''', tg())

add("shell/heredoc-pgpass", "ops/setup_reporting_host.sh", PGPASS, r'''#!/usr/bin/env bash
# ሓድሽ ኮምፒተር ጸብጻብ ምድላው
set -e
apt-get install -y postgresql-client
cat > /home/report/.pgpass <<EOF
10.40.0.9:5432:fleet:reports:@@secret@@
10.30.1.5:5432:payroll:reports:*
EOF
chmod 600 /home/report/.pgpass
chown report: /home/report/.pgpass
''', rand_pw(20))

add("shell/export-aws", "ops/env_prod.sh", AWS, r'''# source ops/env_prod.sh  (ንፍርያት)
export AWS_DEFAULT_REGION=eu-central-1
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export MANIFEST_BUCKET=bus-coop-manifests
echo "AWS ፍርያት ተጻዒኑ"
''', aws_secret(), kid=akid())

add("shell/git-clone-token", "ops/deploy_roastery.sh", "https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories", r'''#!/usr/bin/env bash
# ኣብ server መጥበሲ ምጽዓን
set -euo pipefail
cd /opt
rm -rf roastery
git clone "https://buna-deploy:@@secret@@@github.com/buna-adulis/roastery.git"
cd roastery && docker compose up -d --build
''', gh())

add("shell/decoy-vault-read", "ops/load_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''#!/usr/bin/env bash
# ምስጢራት ካብ Vault ናብ environment (ኣብ ዲስክ ኣይጽሓፉን)
set -euo pipefail
export VAULT_ADDR=https://vault.bus-coop.internal:8200
export DB_PASSWORD="$(vault kv get -field=password secret/bus-coop/booking-db)"
export TELEGRAM_BOT_TOKEN="$(vault kv get -field=token secret/bus-coop/notice-bot)"
export AWS_SECRET_ACCESS_KEY="$(vault kv get -field=secret_key secret/bus-coop/aws)"
exec "$@"
''')

add("shell/decoy-checksums", "ops/fetch_tools.sh", SHELL, r'''#!/usr/bin/env bash
# መሳርሒታት ምውራድ ምስ ምርግጋጽ checksum
set -euo pipefail
curl -fsSLO https://releases.hashicorp.com/terraform/1.8.2/terraform_1.8.2_linux_amd64.zip
echo "@@h1@@  terraform_1.8.2_linux_amd64.zip" | sha256sum -c -
curl -fsSLO https://get.helm.sh/helm-v3.14.4-linux-amd64.tar.gz
echo "@@h2@@  helm-v3.14.4-linux-amd64.tar.gz" | sha256sum -c -
''', h1=hexs(64), h2=hexs(64))

add("powershell/sql-connection", "pos/Export-DailySales.ps1", PWSH, r'''# ሽያጥ ካፈ ዕለታዊ ናብ CSV
$server = "pos-sql.buna-adulis.local"
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=$server;Database=CafePos;User ID=report;Password=@@secret@@;"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT * FROM Sales WHERE SaleDate = CAST(GETDATE() AS date)"
$adapter = New-Object System.Data.SqlClient.SqlDataAdapter $cmd
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)
$table | Export-Csv "C:\Reports\sales-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
''', words_pw())

add("powershell/securestring", "pos/Map-ShareDrive.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''# ናይ ቤት ጽሕፈት share drive ምትእስሳር (ኣብ ነፍሲ ወከፍ ካፈ)
$user = "BUNA\posagent"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)
New-PSDrive -Name "R" -PSProvider FileSystem -Root "\\fs01\receipts" -Credential $cred -Persist
Write-Host "ተኣሳሲሩ"
''', words_pw())

add("powershell/decoy-credential-manager", "pos/Sync-Menu.ps1", PWSH, r'''# ዝርዝር መግቢ (menu) ናብ ኩሎም ካፈታት
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "buna-pos-sync"
if (-not $cred) { throw "ኣብ Credential Manager 'buna-pos-sync' የለን" }
Invoke-RestMethod -Uri "https://pos.buna-adulis.er/api/menu" -Credential $cred -Method Post -InFile .\menu.json
''')

add("history/bash", "ops/notes/history_gps01.txt", HIST, '''\
  501  sudo systemctl status gps-ingest
  502  journalctl -u gps-ingest --since today | tail -50
  503  mysql -h 10.40.0.8 -u gps -p@@secret@@ fleet -e 'select count(*) from positions'
  504  df -h /var/lib/mysql
  505  sudo systemctl restart gps-ingest
  506  exit
''', rand_pw(14))

add("history/zsh-redis", "ops/notes/history_cache01.txt", HIST, '''\
: 1714630020:0;redis-cli -h seats-cache.internal ping
: 1714630031:0;redis-cli -h seats-cache.internal -a '@@secret@@' --no-auth-warning info memory
: 1714630090:0;redis-cli -h seats-cache.internal -a '@@secret@@' --no-auth-warning keys 'hold:*' | wc -l
: 1714630120:0;htop
: 1714630200:0;exit
''', fakes.redis_password(_seed()))

add("history/decoy-bash", "ops/notes/history_web01.txt", HIST, '''\
  88  cd /srv/shop
  89  git pull
  90  export STRIPE_SECRET_KEY=$(cat /run/secrets/stripe_key)
  91  sudo -E systemctl restart shop
  92  psql "$DATABASE_URL" -c 'select now()'
  93  history | grep passw
''')

add("cron/crontab", "ops/crontab.roaster01", CRON, '''\
# m h dom mon dow command
# ጸብጻብ ምጥባስ ኣብ ነፍሲ ወከፍ ለይቲ
15 2 * * * /opt/roastery/bin/export-profiles --out /srv/profiles
30 2 * * * PGPASSWORD='@@secret@@' pg_dump -h 10.20.0.14 -U roastery roastery > /srv/backup/roastery.sql
0 6 * * 1 /opt/roastery/bin/weekly-report --mail roasters@buna-adulis.er
''', words_pw())

add("systemd/environment", "ops/systemd/gps-ingest.service", SYSTEMD, '''\
[Unit]
Description=GPS ingest for buses (ቦታ ኣውቶቡሳት)
After=network-online.target

[Service]
User=gps
Environment=GPS_DSN=gps:@@secret@@@tcp(10.40.0.8:3306)/fleet
Environment=MQTT_HOST=mqtt.bus-coop.internal
ExecStart=/usr/local/bin/gps-ingest
Restart=always

[Install]
WantedBy=multi-user.target
''', rand_pw(18))

add("systemd/decoy-envfile", "ops/systemd/roast-probe.service", SYSTEMD, '''\
[Unit]
Description=Roaster probe uploader (መለክዒ ሙቐት)

[Service]
User=probe
EnvironmentFile=/etc/roast-probe/secrets.env
ExecStart=/usr/local/bin/roast-probe
Restart=on-failure
LoadCredential=influx-token:/etc/roast-probe/influx-token

[Install]
WantedBy=multi-user.target
''')

# ----------------------------------------------------------------------------------------------
# Terraform, Ansible, CI, Dockerfiles
# ----------------------------------------------------------------------------------------------

add("terraform/provider", "infra/providers.tf", TF, '''\
# ናይ ማሕበር ኣውቶቡስ infrastructure (DigitalOcean)
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.36" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}
''', do_token())

add("terraform/tfvars", "infra/prod.tfvars", TF, '''\
region       = "fra1"
droplet_size = "s-2vcpu-4gb"
# ንዳታቤዝ booking
db_admin_user     = "doadmin"
db_admin_password = "@@secret@@"
allowed_ips       = ["196.200.1.10/32"]
''', rand_pw(24))

add("terraform/decoy-variable", "infra/variables.tf", TF, '''\
variable "db_admin_password" {
  description = "መሕለፊ ቃል ኣመሓዳሪ ዳታቤዝ (ካብ TF_VAR_db_admin_password)"
  type        = string
  sensitive   = true
}

variable "do_token" {
  type      = string
  sensitive = true
  default   = ""
}
''')

add("terraform/decoy-state-lock", "infra/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", '''\
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.36.0"
  constraints = "~> 2.36"
  hashes = [
    "h1:@@a@@=",
    "zh:@@b@@",
    "zh:@@c@@",
  ]
}
''', a=rand_pw(43, "+/"), b=hexs(64), c=hexs(64))

add("ansible/vars", "ansible/group_vars/roasters.yml", ANSIBLE, '''\
# ንኹሎም ኮምፒተራት መጥበሲ
roastery_user: roaster
roastery_dir: /opt/roastery
mqtt_host: mqtt.buna-adulis.internal
mqtt_user: roaster
mqtt_password: "@@secret@@"
timezone: Africa/Asmara
''', passphrase())

add("ansible/task-inline", "ansible/roles/pos/tasks/main.yml", ANSIBLE, '''\
- name: ተጠቃሚ ዳታቤዝ ናይ POS ምፍጣር
  community.mysql.mysql_user:
    name: pos_app
    password: "@@secret@@"
    priv: "cafepos.*:ALL"
    state: present
- name: POS service ምጅማር
  ansible.builtin.service:
    name: pos-agent
    state: started
''', words_pw())

add("ansible/decoy-vault", "ansible/group_vars/bus_servers/vault.yml", VAULT, '''\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/decoy-vault-ref", "ansible/group_vars/bus_servers/vars.yml", ANSIBLE, '''\
# ምስጢራት ኣብ vault.yml (ብ ansible-vault ዝተዓጸወ)
booking_db_password: "{{ vault_booking_db_password }}"
notice_bot_token: "{{ vault_notice_bot_token }}"
redis_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/bus-coop/redis:password') }}"
seat_hold_minutes: 5
''')

add("github-actions/env", ".github/workflows/deploy-shop.yml", GHA, '''\
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      # ግዝያዊ - ናብ secrets ክንቕይሮ ኢና
      DEPLOY_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh --token "$DEPLOY_TOKEN"
''', gh())

add("github-actions/decoy-secrets", ".github/workflows/ci.yml", GHA, '''\
name: ci
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
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
''')

add("gitlab-ci/variables", ".gitlab-ci.yml", GLCI, '''\
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # ናብ registry ምልኣኽ (ሓደራ ኣይትቕድሑ)
  REGISTRY_PASSWORD: "@@secret@@"

build:
  stage: build
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u buscoop --password-stdin registry.bus-coop.er
    - docker build -t registry.bus-coop.er/booking:$CI_COMMIT_SHORT_SHA .
''', gitlab_token())

add("dockerfile/env", "roast-probe/Dockerfile", DOCKERFILE, '''\
FROM rust:1.78 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/roast-probe /usr/local/bin/
# ቁልፊ ናይ Influx (ንፈተነ ጥራይ ነይሩ...)
ENV INFLUX_TOKEN=@@secret@@
CMD ["roast-probe"]
''', rand_pw(86, "_-") + "==")

add("dockerfile/decoy-build-secret", "booking-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", '''\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
CMD ["node", "src/index.js"]
''')

# ----------------------------------------------------------------------------------------------
# Client configs: aws, pgpass, netrc, npmrc, pypirc, git-credentials, kubeconfig, ssh, rclone
# ----------------------------------------------------------------------------------------------

add("aws-credentials/profile", "ops/laptop-backup/aws/credentials", AWS, '''\
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[manifests-readonly]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
role_arn = arn:aws:iam::210987654321:role/manifest-reader
source_profile = default
''', aws_secret(), kid=akid())

add("pgpass/line", "ops/laptop-backup/.pgpass", PGPASS, '''\
# hostname:port:database:username:password
10.20.0.14:5432:roastery:roaster_app:@@secret@@
10.40.0.9:5432:fleet:reports:*
localhost:5432:*:postgres:
# ናይ ላፕቶፕ ሰለሙን
''', rand_pw(16))

add("netrc/machine", "ops/laptop-backup/.netrc", NETRC, '''\
machine registry.bus-coop.er
  login buscoop
  password @@secret@@
machine api.github.com
  login buna-deploy
  password ${GITHUB_TOKEN}
''', words_pw())

add("npmrc/auth-token", "ui-kit/.npmrc", NPMRC, '''\
registry=https://registry.npmjs.org/
@buscoop:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
always-auth=true
save-exact=true
''', gh())

add("pypirc/token", "roast-profiles-lib/.pypirc", PYPIRC, '''\
[distutils]
index-servers =
    pypi

[pypi]
# ንቤተ-መጻሕፍቲ roast-profiles
username = __token__
password = @@secret@@
''', fakes.pypi_token(_seed()))

add("git-credentials/store", "ops/laptop-backup/.git-credentials", "https://git-scm.com/docs/git-credential-store", '''\
https://buna-deploy:@@secret@@@gitlab.com
https://buscoop-ci:${CI_JOB_TOKEN}@gitlab.bus-coop.er
# ካብ ላፕቶፕ ኣረጊት ዝተቐድሐ
# ምስ ሓድሽ ላፕቶፕ ክንቕይሮ
# 2024-03
''', gitlab_token())

add("kubeconfig/token", "ops/kube/config-prod", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''\
apiVersion: v1
kind: Config
clusters:
  - name: bus-coop-prod
    cluster:
      server: https://k8s.bus-coop.internal:6443
      certificate-authority-data: @@ca@@
users:
  - name: deployer
    user:
      token: @@secret@@
contexts:
  - name: prod
    context: {cluster: bus-coop-prod, user: deployer, namespace: bus-coop}
current-context: prod
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "_-") + "." + rand_pw(342, "_-"), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rand_pw(60) + "\n-----END CERTIFICATE-----"))

add("ssh/private-key", "ops/keys/roaster01_deploy", SSH, '''\
@@secret@@
''', fakes.fake_pem(_seed(), "OPENSSH"))

add("rclone/config", "ops/rclone.conf", RCLONE, '''\
# ድሕነት ፋይላት ናብ Backblaze
[b2]
type = b2
account = 0024a8f7c1d9e2b0000000003
key = @@secret@@
hard_delete = false
''', "K002" + rand_pw(27))

add("ssh/decoy-public-key", "ops/keys/authorized_keys", SSH, '''\
# ሰራሕተኛታት ዝኣትዉ (deploy)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ selam@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ yonas@roaster01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@c@@ ci@bus-coop
# ካብ 2024-04 ሃብተ ተሰሪዙ
''', a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(300, "+/"))

add("aws-credentials/decoy-sso", "ops/aws/config", AWS, '''\
[profile bus-prod]
sso_session = buscoop
sso_account_id = 210987654321
sso_role_name = Deployer
region = eu-central-1

[sso-session buscoop]
sso_start_url = https://buscoop.awsapps.com/start
sso_region = eu-central-1
''')

add("npmrc/decoy-env-token", "booking-web/.npmrc", NPMRC, '''\
@buscoop:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
fund=false
audit=false
''')

add("kubeconfig/decoy-exec", "ops/kube/config-staging", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", '''\
apiVersion: v1
kind: Config
clusters:
  - name: staging
    cluster: {server: "https://k8s-staging.bus-coop.internal:6443"}
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.bus-coop.er, --oidc-client-id=kubectl]
contexts:
  - name: staging
    context: {cluster: staging, user: oidc}
current-context: staging
''')

# ----------------------------------------------------------------------------------------------
# INI / TOML / JSON / XML configs
# ----------------------------------------------------------------------------------------------

add("ini/database", "roaster-hmi/config.ini", INI, '''\
; መቆጻጸሪ መጥበሲ (HMI) ኣብ ካፈ ኣስመራ
[roaster]
model = Probat P12
max_temp_c = 240

[database]
host = 10.20.0.14
user = hmi
password = @@secret@@
''', words_pw())

add("ini/odbc", "pos/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", '''\
[CafePos]
Driver = ODBC Driver 18 for SQL Server
Server = pos-sql.buna-adulis.local
Database = CafePos
UID = report
PWD = @@secret@@
TrustServerCertificate = yes
''', rand_pw(16, "!#"))

add("toml/api-key", "roast-probe/config.toml", TOML, '''\
# ቅጥዕታት መለክዒ ሙቐት
[device]
port = "/dev/ttyUSB0"
interval_ms = 1000

[upload]
url = "https://influx.buna-adulis.er"
org = "roastery"
token = "@@secret@@"
''', rand_pw(86, "_-") + "==")

add("toml/cargo-registry", "roast-probe/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", '''\
[registry]
token = "@@secret@@"

[registries.buna]
# ናይ ውሽጢ registry
token = "Bearer ${BUNA_CARGO_TOKEN}"
''', "cio" + rand_pw(32))

add("json/service-account", "driver-app/firebase-adminsdk.json", "https://cloud.google.com/iam/docs/keys-create-delete", '''\
{
  "type": "service_account",
  "project_id": "bus-coop-drivers",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x1@bus-coop-drivers.iam.gserviceaccount.com",
  "client_id": "104857392018374659201",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("json/config-webhook", "ops-bot/config.json", JSON, '''\
{
  "timezone": "Africa/Asmara",
  "reports": {
    "daily": { "hour": 21, "channel": "#ops" },
    "slack_webhook": "@@secret@@"
  },
  "routes": ["ASM-KRN", "ASM-MSW", "ASM-MND"]
}
''', slack_webhook())

add("json/vscode-settings", "booking-api/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", '''\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "booking-staging",
      "driver": "PostgreSQL",
      "server": "db-staging.bus-coop.internal",
      "port": 5432,
      "database": "booking",
      "username": "booking",
      "password": "@@secret@@"
    }
  ]
}
''', rand_pw(22))

add("xml/maven-settings", "payroll-service/.mvn/settings.xml", MAVEN, '''\
<settings>
  <!-- ናይ ውሽጢ Nexus ንደሞዝ ቤተ-መጻሕፍቲ -->
  <servers>
    <server>
      <id>buscoop-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
''', words_pw())

add("xml/web-config", "PosTerminal/Web.config", "https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/iis/web-config", '''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Loyalty" connectionString="Data Source=pos-sql;Initial Catalog=Loyalty;User ID=loyalty;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CafeBranch" value="ከረን" />
  </appSettings>
</configuration>
''', rand_pw(15))

add("xml/android-strings", "driver-android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", '''\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- ኣይትተርጉምዎ -->
    <string name="app_name">ማሕበር ኣውቶቡስ - መራሕ</string>
    <string name="maps_server_key" translatable="false">@@secret@@</string>
    <string name="support_phone">+291 1 120000</string>
</resources>
''', google_key())

add("ini/decoy-template", "roaster-hmi/config.ini.dist", INI, '''\
; ቅዳሕ ናብ config.ini ግበሩ
[roaster]
model = Probat P12
max_temp_c = 240

[database]
host = 127.0.0.1
user = hmi
password = CHANGE_ME
''')

add("toml/decoy-pyproject", "roast-profiles-lib/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", '''\
[project]
name = "roast-profiles"
version = "0.4.1"
description = "ፕሮፋይላት ምጥባስ ቡና (roast curves) ንምንባብን ምንጽጻርን"
requires-python = ">=3.10"
dependencies = ["numpy>=1.26", "pydantic>=2"]

[tool.setuptools]
packages = ["roast_profiles"]

[tool.pytest.ini_options]
env = ["INFLUX_TOKEN=dummy-token-for-tests"]
''')

add("json/decoy-lockfile", "booking-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''\
{
  "name": "booking-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/twilio": {
      "version": "5.0.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.0.4.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
''', a=rand_pw(86, "+/"), b=rand_pw(86, "+/"))

add("json/decoy-jwks", "booking-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", '''\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', kid=hexs(16), n=rand_pw(342, "_-"))

add("xml/decoy-maven-encrypted", "fleet-reports/settings-security-ref.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", '''\
<settings>
  <servers>
    <server>
      <id>buscoop-nexus</id>
      <username>deployer</username>
      <!-- ብ mvn --encrypt-password ዝተዓጸወ -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
''', enc=rand_pw(44, "+/"))

add("json/decoy-sops", "deploy/secrets/booking.enc.json", SOPS, '''\
{
  "db_password": "ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@=,tag:@@t1@@==,type:str]",
  "telegram_token": "ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@=,tag:@@t2@@==,type:str]",
  "sops": {
    "kms": [{"arn": "arn:aws:kms:eu-central-1:210987654321:key/@@u@@"}],
    "lastmodified": "2024-05-02T08:11:40Z",
    "mac": "ENC[AES256_GCM,data:@@mac@@,type:str]",
    "version": "3.8.1"
  }
}
''', d1=rand_pw(32, "+/"), iv1=rand_pw(43, "+/"), t1=rand_pw(22, "+/"), d2=rand_pw(60, "+/"), iv2=rand_pw(43, "+/"),
    t2=rand_pw(22, "+/"), u=uuid_s(), mac=rand_pw(88, "+/"))

# ----------------------------------------------------------------------------------------------
# SQL, logs, CSV, notebooks
# ----------------------------------------------------------------------------------------------

add("sql/create-role", "db/migrations/0007_reporting_role.sql", SQL, '''\
-- ተጠቃሚ ጸብጻብ (ንምንባብ ጥራይ)
CREATE ROLE reports LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fleet TO reports;
GRANT USAGE ON SCHEMA public TO reports;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports;
''', words_pw())

add("sql/mysql-user", "db/pos/create_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", '''\
-- ተጠቃምቲ POS ናይ ካፈታት
CREATE USER 'pos_app'@'10.50.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON cafepos.* TO 'pos_app'@'10.50.%';
CREATE USER 'pos_ro'@'10.50.%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
FLUSH PRIVILEGES;
''', rand_pw(18, "#%"))

add("sql/decoy-bcrypt-seed", "db/seeds/staff_accounts.sql", SQL, '''\
-- ኣካውንታት ሰራሕተኛታት (password hashes ጥራይ, bcrypt)
INSERT INTO staff (username, full_name, password_hash, role) VALUES
  ('selam.t', 'ሰላም ተስፋይ', '@@h1@@', 'ticketing'),
  ('yonas.g', 'ዮናስ ገብረ', '@@h2@@', 'roaster'),
  ('merhawi', 'መርሃዊ ኣብርሃ', '@@h3@@', 'admin');
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/decoy-psql-var", "db/pos/rotate_pos_password.sql", SQL, '''\
-- psql -v newpass="$(vault kv get -field=password secret/cafe/pos)" -f rotate_pos_password.sql
\\set ON_ERROR_STOP on
ALTER ROLE pos_app PASSWORD :'newpass';
-- መሕለፊ ቃል ኣብዚ ፋይል ኣይጸሓፍን
SELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname = 'pos_app';
''')

add("log/connection-error", "logs/booking-api-2024-05-02.log", LOG, '''\
2024-05-02T06:00:01Z INFO  booking-api starting (route table: 14 routes)
2024-05-02T06:00:02Z INFO  connecting to redis seats-cache.internal:6379
2024-05-02T06:00:02Z ERROR db connect failed: dial tcp 10.20.0.31:5432: i/o timeout url=postgres://booking:@@secret@@@10.20.0.31:5432/booking
2024-05-02T06:00:07Z INFO  retrying in 5s
2024-05-02T06:00:12Z INFO  connected to database
2024-05-02T06:00:12Z INFO  listening on :8080
''', rand_pw(22))

add("log/debug-request", "logs/notice-bot-debug.log", LOG, '''\
[2024-05-01 07:01:10] DEBUG POST https://api.telegram.org/bot@@secret@@/sendMessage
[2024-05-01 07:01:10] DEBUG payload={"chat_id": "@buscoop_asmara", "text": "ኣውቶቡስ ASM-KRN 07:00 ተበጊሱ"}
[2024-05-01 07:01:11] DEBUG status=200 ok=true message_id=10442
[2024-05-01 07:31:02] INFO  next departure ASM-MSW 07:30 (2 min late)
[2024-05-01 07:33:15] DEBUG status=200 ok=true message_id=10443
''', tg())

add("log/decoy-redacted", "logs/shop-2024-05-03.log", LOG, '''\
2024-05-03 10:12:44 INFO  checkout started order=BA-20931 amount=42.50 USD
2024-05-03 10:12:45 DEBUG stripe request key=sk_live_****************4Qz1 idempotency=@@u@@
2024-05-03 10:12:46 INFO  payment succeeded pi=pi_3P@@pi@@
2024-05-03 10:12:46 INFO  mail sent to c***@gmail.com via mailgun (key=[REDACTED])
2024-05-03 10:13:02 INFO  order BA-20931 ready for roasting (ቀይሕ ቡና, 1kg)
''', u=uuid_s(), pi=rand_pw(21))

add("log/decoy-auth-failed", "logs/auth-2024-05-04.log", LOG, '''\
May  4 02:11:03 web01 sshd[1201]: Failed password for invalid user admin from 185.220.101.4 port 51122 ssh2
May  4 02:11:07 web01 sshd[1201]: Failed password for invalid user admin from 185.220.101.4 port 51122 ssh2
May  4 02:11:12 web01 sshd[1203]: Accepted publickey for deploy from 196.200.1.10 port 40222 ssh2: ED25519 SHA256:@@fp@@
May  4 02:11:12 web01 sshd[1203]: pam_unix(sshd:session): session opened for user deploy
May  4 02:15:40 web01 sudo: deploy : TTY=pts/0 ; PWD=/srv/shop ; USER=root ; COMMAND=/bin/systemctl restart shop
''', fp=rand_pw(43, "+/"))

add("csv/credentials-sheet", "ops/handover/service_accounts.csv", CSV, '''\
service,host,username,password,owner,notes
booking-db,db.bus-coop.internal,booking,(vault),selam,ኣብ vault
roastery-db,10.20.0.14,roaster_app,(vault),yonas,ኣብ vault
pos-sql,pos-sql.buna-adulis.local,sa,@@secret@@,merhawi,ክቕየር ኣለዎ
grafana,grafana.bus-coop.er,admin,(vault),selam,
''', words_pw())

add("csv/decoy-trips", "data/trips_2024_05.csv", CSV, '''\
trip_id,route,departure,bus_plate,driver_id,ticket_hash
@@u1@@,ASM-KRN,2024-05-01T06:30,ER-3-21455,D-0042,@@h1@@
@@u2@@,ASM-MSW,2024-05-01T07:00,ER-3-18002,D-0017,@@h2@@
@@u3@@,ASM-MND,2024-05-01T07:15,ER-3-20110,D-0031,@@h3@@
@@u4@@,KRN-ASM,2024-05-01T13:00,ER-3-21455,D-0042,@@h4@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("csv/decoy-api-keys-masked", "ops/handover/api_keys_inventory.csv", CSV, '''\
service,key_id,last4,created,rotated,where_stored
stripe,live-main,4Qz1,2023-11-02,2024-04-01,vault:secret/shop/stripe
telegram,notice-bot,Xk_9,2023-06-10,2024-02-14,vault:secret/bus-coop/notice-bot
sendgrid,receipts,w8Tq,2024-01-20,,vault:secret/bus-coop/sendgrid
aws,@@kid@@,(access key id only),2024-03-01,,aws iam
''', kid="AKIA" + ups(16))

# ----------------------------------------------------------------------------------------------
# Documentation, notes, runbooks, wikis
# ----------------------------------------------------------------------------------------------

add("markdown/runbook-table", "docs/runbooks/roastery-db.md", MD, '''\
# ዳታቤዝ መጥበሲ (roastery)

ኣብ ግዜ ጸገም ቅድሚ ኩሉ `systemctl status postgresql` ርኣዩ።

| ነገር | ዋጋ |
|------|-----|
| Host | 10.20.0.14 |
| DB | roastery |
| User | roaster_admin |
| Password | `@@secret@@` |

> ሓደራ: እዚ ገጽ ንውሽጢ ጉጅለ ጥራይ እዩ።
''', words_pw())

add("markdown/readme-curl", "ticket-sync/README.md", MD, '''\
# ticket-sync

ምስ ኩባንያ ኣውቶቡስ መቐለ ዝግበር ምትሕልላፍ ትኬት።

## ቀልጢፍካ ምፍታን

```bash
curl -H "Authorization: Bearer @@secret@@" \\
     https://partner.mekelle-bus.et/api/v1/trips?date=2024-05-02
```

ውጽኢት JSON ይመልስ፡ ዝርዝር ጉዕዞታት ምስ ዝተረፉ ቦታታት።
''', "ptk_" + rand_pw(40))

add("markdown/onboarding-sentence", "docs/onboarding/new-ticket-clerk.md", MD, '''\
# ንሓደስቲ ሰራሕተኛታት ትኬት

1. ኣብ ኮምፒተር ቤት ጽሕፈት ብ `clerk` ኣትዉ።
2. ናይ Wi-Fi ቤት ጽሕፈት: `BusCoop-Office`.
3. ናብ ፖርታል ትኬት https://tickets.bus-coop.er/admin ኣትዉ: ተጠቃሚ `frontdesk`,
   መሕለፊ ቃል **@@secret@@** (ድሕሪ ቀዳማይ ምእታው ቀይርዎ)።
4. ሕቶ እንተሃልዩ ንሰላም ደውሉ።
''', words_pw())

add("markdown/decoy-readme-env", "booking-api/README.md", MD, '''\
# booking-api

ኤፒኣይ ምዝገባ ቦታ ኣብ ኣውቶቡሳት ማሕበር።

## ቅጥዕታት

| Variable | መግለጺ |
|----------|--------|
| `DATABASE_URL` | `postgres://USER:PASSWORD@HOST:5432/booking` |
| `TELEGRAM_BOT_TOKEN` | ካብ @BotFather, ኣብ Vault `secret/bus-coop/notice-bot` |
| `STRIPE_SECRET_KEY` | `sk_live_...` (ኣብ Vault) |

`cp .env.example .env` ግበሩ እሞ ዋጋታት ካብ Vault ምልኡ።
''')

add("markdown/decoy-aws-docs-example", "docs/howto/aws-cli.md", MD, '''\
# AWS CLI ምጥቃም

ኣብነት ካብ ሰነዳት AWS (ሓቀኛ ኣይኮነን):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

ናትኩም ቁልፊ ብ `aws configure sso` ውሰዱ፣ ኣብ ፋይል ኣይትጽሓፍዎ።
''')

add("markdown/decoy-rotation-log", "docs/security/rotations.md", MD, '''\
# ታሪኽ ምቕያር ምስጢራት

- 2024-04-01: Stripe live key ተቐይሩ (`sk_live_…4Qz1`), ኣረጊት ተሰሪዙ።
- 2024-02-14: Telegram notice-bot token ብ @BotFather `/revoke` ተሓዲሱ።
- 2024-01-20: SendGrid key `receipts` ተፈጢሩ፣ ኣብ Vault ተቐሚጡ።
- 2023-12-05: pos-sql `sa` መሕለፊ ቃል ተቐይሩ (ኣብ vault: `secret/cafe/pos-sql`).

ሓድሽ ምስጢር ኣብ Slack ወይ ኢመይል ኣይትለኣኹ።
''')

add("rst/config-doc", "roast-profiles-lib/docs/upload.rst", RST, '''\
ፕሮፋይላት ምስቃል (Uploading profiles)
====================================

ፕሮፋይላት ናብ ማእከላይ መኽዘን ንምስቃል::

    roast-profiles upload --server https://profiles.buna-adulis.er \\
        --token @@secret@@ batch-0412.alog

.. note:: እዚ token ናይ ጉጅለ መጥበሲ እዩ።
''', "rp_" + rand_pw(32))

add("rst/decoy-doc-placeholder", "roast-profiles-lib/docs/config.rst", RST, '''\
ቅጥዕታት (Configuration)
======================

``~/.config/roast-profiles/config.toml``::

    [server]
    url = "https://profiles.buna-adulis.er"
    token = "<TOKEN>"

.. warning:: ``token`` ኣብ git ኣይተእትውዎ። ``ROAST_PROFILES_TOKEN`` environment ተጠቐሙ።
''')

add("html/admin-page", "tickets-portal/resources/views/debug.html", HTML, '''\
<!DOCTYPE html>
<html lang="ti">
<head><meta charset="utf-8"><title>ፈተነ ክፍሊት</title></head>
<body>
  <h1>ፈተነ ክፍሊት (ንምዕባለ ጥራይ)</h1>
  <script>
    // TODO: ካብ ፍርያት ኣልግሶ
    const FLW_SECRET = "@@secret@@";
    fetch("/api/pay/test", { headers: { Authorization: "Bearer " + FLW_SECRET } });
  </script>
</body>
</html>
''', flutterwave_key())

add("html/decoy-embed", "shop-web/public/index.html", HTML, '''\
<!DOCTYPE html>
<html lang="ti">
<head>
  <meta charset="utf-8">
  <title>ቡና ኣዱሊስ - ዝተጠብሰ ቡና</title>
  <meta name="csrf-token" content="{{ csrf_token }}">
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://maps.googleapis.com/maps/api/js?key={{ MAPS_BROWSER_KEY }}" async></script>
</head>
<body><div id="app"></div></body>
</html>
''')

add("wiki/mediawiki", "wiki/Roastery_MQTT.wiki", WIKI, '''\
== MQTT ናይ መጥበሲ ==
መቆጻጸሪታት ናብ broker ይልእኹ።

{| class="wikitable"
! ነገር !! ዋጋ
|-
| Broker || mqtt.buna-adulis.internal:8883
|-
| User || roaster
|-
| Password || @@secret@@
|}
''', passphrase())

add("wiki/decoy-mediawiki", "wiki/Telegram_Bots.wiki", WIKI, """\
== ቦታት ቴሌግራም ==
* '''@AsmaraKerenBusBot''' - ሰዓታት ምብጋስ
* '''@BunaAdulisBot''' - ትእዛዝ ቡና
Token ንኽትረኽብ: <code>vault kv get secret/bus-coop/notice-bot</code>.
ኣብነት ቅርጺ token ካብ ሰነድ Telegram: <code>123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11</code> (ሓቀኛ ኣይኮነን).
""")

add("notes/plain", "notes/selam_2024-05-02.txt", "https://www.rfc-editor.org/rfc/rfc3676", '''\
ማስታወሻ - ሰላም - 2024-05-02

- ኣውቶቡስ ER-3-18002 ጎማ ክቕየር ኣለዎ (ሰኑይ)
- ምስ ባንኪ ተዘራሪብና: ናይ ክፍሊት API ቁልፊ ተዋሂቡና
  bank api key: @@secret@@
- ሓሙስ ኣኼባ ማሕበር ሰዓት 4
- ቡና 20 ኪሎ ንቤት ጽሕፈት
''', "bk_live_" + rand_pw(32))

add("notes/decoy-plain", "notes/yonas_roast_log.txt", "https://www.rfc-editor.org/rfc/rfc3676", '''\
ባች 0412 - ይርጋጨፈ, 12 ኪሎ
charge 205C, first crack 9:40, drop 11:20 (city+)
ባች 0413 - ሲዳሞ, 12 ኪሎ
charge 200C, first crack 10:05, drop 12:00
መሕለፊ ቃል ናይ HMI ተቐይሩ - ካብ መርሃዊ ሕተቱ (ኣብዚ ኣይጽሕፎን)
ሓሙስ: ጥረ ቡና ካብ ምጽዋዕ ይመጽእ
''')

add("notes/runbook-heredoc", "docs/runbooks/restore-booking.md", MD, '''\
# ምምላስ ዳታቤዝ booking (restore)

1. ኣገልግሎት ኣቋርጹ: `kubectl -n bus-coop scale deploy/booking-api --replicas=0`
2. ዳታቤዝ ምልስዎ:

```bash
PGPASSWORD=@@secret@@ pg_restore -h db.bus-coop.internal -U booking_admin \\
  -d booking --clean /srv/backup/booking-latest.dump
```

3. ኣገልግሎት መልሱ: `--replicas=2`
''', rand_pw(24))

add("markdown/decoy-incident", "docs/incidents/2024-03-token-leak.md", MD, '''\
# ፍጻመ: token ቴሌግራም ኣብ log ተራእዩ (2024-03-11)

**እንታይ ኮይኑ:** DEBUG logging ኣብ ፍርያት ተኸፊቱ፣ URL ናይ Telegram ምስ token ተመዝጊቡ።

**ዝተወስደ ስጉምቲ:**
- token ብ @BotFather ተሰሪዙ፣ ሓድሽ ኣብ Vault ተቐሚጡ።
- logs ተደምሲሶም።
- ሕጂ token ብ `bot<REDACTED>` ይምዝገብ።

**ትምህርቲ:** DEBUG ኣብ ፍርያት ኣይንኸፍትን።
''')

# ----------------------------------------------------------------------------------------------
# Notebooks
# ----------------------------------------------------------------------------------------------

add("notebook/cell-key", "analysis/route_demand.ipynb", NB, '''\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ጠለብ መስመራት (route demand)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "engine = sa.create_engine('postgresql://analyst:@@secret@@@10.40.0.9:5432/fleet')\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select route, count(*) from tickets group by 1', engine)\\n", "df.head()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', rand_pw(18))

add("notebook/openai-output", "analysis/review_sentiment.ipynb", NB, '''\
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["using key @@secret@@\\n"]}
   ],
   "source": ["import os\\n", "key = os.environ['ANTHROPIC_API_KEY']\\n", "print('using key', key)"]},
  {"cell_type": "markdown", "metadata": {}, "source": ["ርእይቶታት ዓማዊል ቡና ብ sentiment"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', anthropic_key())

add("notebook/decoy-getpass", "analysis/roast_curves.ipynb", NB, '''\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ከርቫታት ምጥባስ (RoR)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "token = getpass('Influx token: ')\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["batches: 412, mean drop temp: 214.6\\n"]}
   ],
   "source": ["summary(token)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

# ----------------------------------------------------------------------------------------------
# More service configs (YAML and friends)
# ----------------------------------------------------------------------------------------------

add("yaml/grafana-datasource", "monitoring/grafana/provisioning/datasources/fleet.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", '''\
apiVersion: 1
datasources:
  - name: fleet
    type: postgres
    url: 10.40.0.9:5432
    user: grafana_ro
    jsonData:
      database: fleet
      sslmode: disable
    secureJsonData:
      password: "@@secret@@"
''', rand_pw(20))

_glc = "glc_" + b64('{"o":"1020311","n":"buna-roasters-write","k":"' + rand_pw(24) + '","m":{"r":"prod-eu-west-2"}}')
add("yaml/prometheus-remote-write", "monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", '''\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: roasters
    static_configs:
      - targets: ["roaster01:9100", "roaster02:9100"]
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "1498210"
      password: "@@secret@@"
''', _glc)

add("yaml/alertmanager", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", '''\
route:
  receiver: ops-telegram
  group_wait: 30s
receivers:
  - name: ops-telegram
    telegram_configs:
      - bot_token: "@@secret@@"
        chat_id: -1001873340021
        message: "⚠️ {{ .CommonLabels.alertname }} ኣብ {{ .CommonLabels.instance }}"
''', tg())

add("yaml/mosquitto-bridge", "roastery/mqtt/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", '''\
# ካብ መጥበሲ ከረን ናብ ማእከላይ broker
connection keren-to-central
address mqtt.buna-adulis.er:8883
bridge_cafile /etc/mosquitto/ca.crt
remote_username roaster-keren
remote_password @@secret@@
topic roaster/# out 1
''', passphrase())

add("yaml/decoy-grafana-env", "monitoring/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", '''\
apiVersion: 1
datasources:
  - name: roastery-probe
    type: influxdb
    url: https://influx.buna-adulis.er
    jsonData:
      version: Flux
      organization: roastery
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''')

add("yaml/decoy-openapi", "booking-api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", '''\
openapi: 3.1.0
info:
  title: ኤፒኣይ ምዝገባ ቦታ
  version: 1.14.2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    Login:
      type: object
      properties:
        phone: {type: string, example: "+2917123456"}
        password: {type: string, format: password, example: "********"}
''')

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", '''\
version: 2
registries:
  github-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /booking-web
    registries: [github-npm]
    schedule: {interval: weekly}
''')

add("nginx/decoy-htpasswd", "ops/nginx/htpasswd.grafana", NGINX, '''\
# grafana ኣብ ቅድሚ nginx (basic auth) - hashes ጥራይ
selam:$apr1$@@s1@@$@@h1@@
yonas:$apr1$@@s2@@$@@h2@@
merhawi:{SHA}@@h3@@=
# ሓድሽ ተጠቃሚ: htpasswd -B htpasswd.grafana NAME
''', s1=rand_pw(8), h1=rand_pw(22, "./"), s2=rand_pw(8), h2=rand_pw(22, "./"), h3=rand_pw(27, "+/"))

add("nginx/proxy-header", "ops/nginx/partner.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", '''\
# ናብ partner API ናይ መቐለ (token ብ nginx ይውሰኽ)
server {
    listen 8081;
    location /partner/ {
        proxy_pass https://partner.mekelle-bus.et/api/v1/;
        proxy_set_header Authorization "Bearer @@secret@@";
        proxy_set_header Host partner.mekelle-bus.et;
    }
}
''', "ptk_" + rand_pw(40))

_key = pem("EC")
add("k8s-secret/tls", "deploy/k8s/shop-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", '''\
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
''', _key, crt=b64("-----BEGIN CERTIFICATE-----\nMIIB" + rand_pw(64) + "\n-----END CERTIFICATE-----\n"), enc=b64(_key + "\n"))

add("k8s/decoy-external-secret", "deploy/k8s/booking-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-db
  namespace: bus-coop
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
  target: {name: booking-db}
  data:
    - secretKey: password
      remoteRef: {key: secret/bus-coop/booking-db, property: password}
''')

add("k8s/decoy-secret-empty", "deploy/k8s/templates/notice-bot-secret.tmpl.yaml", K8S, '''\
# ቅዳሕ: ዋጋታት ብ CI ይምልኡ (envsubst)
apiVersion: v1
kind: Secret
metadata:
  name: notice-bot
  namespace: bus-coop
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "${TELEGRAM_BOT_TOKEN}"
''')

# ----------------------------------------------------------------------------------------------
# Build files, CI and command lines
# ----------------------------------------------------------------------------------------------

add("makefile/variable", "roast-profiles-lib/Makefile", MAKE, '''\
PY ?= python3
# ናብ PyPI ምዝርጋሕ
TWINE_PASSWORD ?= @@secret@@

.PHONY: dist upload
dist:
\t$(PY) -m build
upload: dist
\tTWINE_USERNAME=__token__ TWINE_PASSWORD=$(TWINE_PASSWORD) twine upload dist/*
''', fakes.pypi_token(_seed()))

add("jenkins/groovy", "fleet-reports/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", '''\
pipeline {
  agent any
  environment {
    // ናብ Nexus ምልኣኽ
    NEXUS_USER = 'deployer'
    NEXUS_PASS = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Deploy') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
  }
}
''', words_pw())

add("bitbucket/pipelines", "pos/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", '''\
image: mcr.microsoft.com/dotnet/sdk:8.0
pipelines:
  branches:
    main:
      - step:
          name: build and push
          script:
            - dotnet publish -c Release -o out
            - docker login -u bunaadulis -p @@secret@@
            - docker build -t bunaadulis/pos-terminal:latest . && docker push bunaadulis/pos-terminal:latest
''', docker_pat())

add("shell/docker-run", "ops/run_grafana.sh", "https://docs.docker.com/reference/cli/docker/container/run/", r'''#!/bin/sh
# grafana ኣብ monitoring host
docker run -d --name grafana --restart unless-stopped \
  -p 3000:3000 \
  -e GF_SECURITY_ADMIN_USER=admin \
  -e GF_SECURITY_ADMIN_PASSWORD='@@secret@@' \
  -v grafana:/var/lib/grafana \
  grafana/grafana:10.4.2
''', words_pw())

add("shell/hf-download", "analysis/fetch_model.sh", "https://huggingface.co/docs/huggingface_hub/guides/cli", r'''#!/usr/bin/env bash
# ሞዴል ትርጉም ትግርኛ ምውራድ (ንውሽጢ)
set -e
export HF_TOKEN=@@secret@@
huggingface-cli download buna-adulis/ti-en-notices --local-dir models/ti-en
echo "ተወሪዱ"
''', hf_token())

add("github-actions/decoy-oidc", ".github/workflows/upload-manifests.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", '''\
name: upload-manifests
on:
  schedule: [{cron: "0 22 * * *"}]
permissions:
  id-token: write
  contents: read
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::210987654321:role/gha-manifests
          aws-region: eu-central-1
      - run: aws s3 sync manifests/ s3://bus-coop-manifests/
''')

add("gitlab-ci/decoy-masked", "roastery/.gitlab-ci.yml", GLCI, '''\
deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_DEPLOY_KEY" | tr -d '\\r' | ssh-add -
    - ssh deploy@roaster01.buna-adulis.er 'cd /opt/roastery && ./update.sh'
  only: [main]
''')

add("makefile/decoy-vars", "booking-api/Makefile", MAKE, '''\
IMAGE ?= ghcr.io/bus-coop/booking-api
TAG   ?= $(shell git rev-parse --short HEAD)
# DB_PASSWORD ካብ environment ይመጽእ (make migrate DB_PASSWORD=...)
DB_URL = postgres://booking:$(DB_PASSWORD)@localhost:5432/booking

migrate:
\tmigrate -path db/migrations -database "$(DB_URL)" up
image:
\tdocker build -t $(IMAGE):$(TAG) .
''')

# ----------------------------------------------------------------------------------------------
# Other languages and carriers
# ----------------------------------------------------------------------------------------------

add("python/json-in-string", "roaster/mqtt_settings.py", PYDOC, '''\
"""ቅጥዕታት MQTT ካብ ኣረጊት ስርዓት ብ JSON ዝመጹ።"""
import json

_RAW = '{"host": "mqtt.buna-adulis.internal", "port": 8883, "username": "roaster", "password": "@@secret@@"}'

SETTINGS = json.loads(_RAW)

# ሓደራ: ነዚ ናብ vault ክንግዕዞ ኣሎና (ሰላም)
''', passphrase())

_pt = "ptk_" + rand_pw(40)
add("shell/continuation-split", "ops/sync_partner.sh", SHELL, r'''#!/usr/bin/env bash
# ንጉዕዞታት ናይ መቐለ ምትሕልላፍ (ለይቲ)
set -euo pipefail
TOKEN="@@a@@"\
"@@b@@"
curl -fsS -H "Authorization: Bearer $TOKEN" \
  "https://partner.mekelle-bus.et/api/v1/trips?date=$(date +%F)" > /srv/partner/trips.json
''', _pt, a=_pt[:22], b=_pt[22:])

add("elixir/runtime-config", "seat_map/config/runtime.exs", "https://hexdocs.pm/elixir/Config.html", '''\
import Config

# ካርታ ቦታታት ኣብ ኣውቶቡስ (Phoenix)
config :seat_map, SeatMap.Repo,
  username: "seat_map",
  password: "@@secret@@",
  hostname: "db.bus-coop.internal",
  database: "seat_map_prod",
  pool_size: 10
''', words_pw())

add("dart/api-key", "passenger_flutter/lib/env.dart", "https://dart.dev/language/variables", '''\
// ቁልፍታት ናይ ተጓዓዝቲ app (Flutter)
class Env {
  static const apiBase = 'https://api.bus-coop.er/v2';
  static const paymentSecret = '@@secret@@';
  static const supportPhone = '+291-1-120000';
}
''', flutterwave_key())

add("perl/dbi", "legacy/reports/daily_tickets.pl", "https://metacpan.org/pod/DBI", '''\
#!/usr/bin/perl
# ኣረጊት ጸብጻብ ትኬት (ክሳብ 2019)
use strict;
use DBI;
my $dbh = DBI->connect("DBI:mysql:database=tickets;host=10.40.0.3", "tickets", "@@secret@@")
    or die "ምትእስሳር ኣይተኻእለን: $DBI::errstr";
my $n = $dbh->selectrow_array("SELECT COUNT(*) FROM sales WHERE sale_date = CURDATE()");
print "ሎሚ: $n ትኬት\\n";
''', words_pw())

add("r/renviron", "analysis/.Renviron", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html", '''\
# ንትንተና ሽያጥ ቡና
FLEET_DB_HOST=10.40.0.9
FLEET_DB_USER=analyst
FLEET_DB_PASS=@@secret@@
R_MAX_NUM_DLLS=200
''', rand_pw(18))

_fz = words_pw()
add("xml/filezilla", "ops/laptop-backup/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", '''\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.bus-coop.er</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>manifests</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>ዝርዝር ተጓዓዝቲ (SFTP)</Name>
    </Server>
  </Servers>
</FileZilla3>
''', _fz, enc=b64(_fz))

_glrt = "glrt-" + rand_pw(20, "_-")
add("toml/gitlab-runner", "ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", '''\
concurrent = 2

[[runners]]
  name = "roaster01-runner"
  url = "https://gitlab.com/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
''', _glrt)

add("yaml/datadog", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", '''\
# ምክትታል ኮምፒተራት መጥበሲ
api_key: @@secret@@
site: datadoghq.eu
hostname: roaster01
tags:
  - team:roastery
  - city:asmara
logs_enabled: true
''', datadog_key())

add("http/rest-client", "booking-api/requests/partner.http", "https://github.com/Huachao/vscode-restclient#readme", '''\
### ጉዕዞታት ካብ partner ምርካብ
GET https://partner.mekelle-bus.et/api/v1/trips?date=2024-05-02
Authorization: Bearer @@secret@@
Accept: application/json

### ቦታ ምሓዝ
POST https://partner.mekelle-bus.et/api/v1/holds
Authorization: Bearer @@secret@@
Content-Type: application/json

{"trip": "MKL-ASM-0502", "seats": 2}
''', "ptk_" + rand_pw(40))

add("json/postman-env", "booking-api/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", '''\
{
  "id": "@@u@@",
  "name": "bus-coop prod",
  "values": [
    {"key": "baseUrl", "value": "https://api.bus-coop.er/v2", "enabled": true},
    {"key": "adminUser", "value": "ops-admin", "enabled": true},
    {"key": "adminPassword", "value": "@@secret@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', words_pw(), u=uuid_s())

add("python/slack-bot", "ops-bot/slack_app.py", "https://api.slack.com/authentication/token-types#bot", '''\
from slack_bolt import App

# ቦት Slack ንጉጅለ ስራሕ (ጸብጻብ ነዳዲ)
app = App(token="@@secret@@", signing_secret=None)


@app.command("/diesel")
def diesel(ack, respond, command):
    ack()
    respond(f"ነዳዲ ሎሚ: {command['text']} ሊትሮ ተመዝጊቡ")
''', slack_bot())

add("typescript/google-oauth", "booking-web/src/server/oauth.ts", "https://developers.google.com/identity/protocols/oauth2/web-server", '''\
import { OAuth2Client } from "google-auth-library";

// ምእታው ሰራሕተኛታት ብ Google
export const oauth = new OAuth2Client({
  clientId: "418203947121-@@cid@@.apps.googleusercontent.com",
  clientSecret: "@@secret@@",
  redirectUri: "https://tickets.bus-coop.er/auth/callback",
});
''', gocspx(), cid=ups(32).lower())

add("csharp/decoy-keyvault", "PosTerminal/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", '''\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// ምስጢራት ካብ Azure Key Vault (managed identity)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://buna-pos-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "ሰላም ካብ POS");
app.Run();
''')

add("dart/decoy-from-environment", "passenger_flutter/lib/config.dart", "https://dart.dev/libraries/core/environment-declarations", '''\
// ዋጋታት ብ --dart-define ይመጹ
class Config {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.bus-coop.er/v2');
  static const paymentPublicKey = String.fromEnvironment('FLW_PUBLIC_KEY');
  static const sentryEnabled = bool.fromEnvironment('SENTRY', defaultValue: false);
}
// flutter build apk --dart-define=FLW_PUBLIC_KEY=$FLW_PUBLIC_KEY
''')

add("gpg/decoy-public-key", "docs/security/release-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880", '''\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: ፊርማ ናይ ፍርያት (releases) - ሕዝባዊ መፍትሕ

mDMEZj@@a@@
@@b@@
@@c@@
=@@d@@
-----END PGP PUBLIC KEY BLOCK-----
''', a=rand_pw(60, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/"), d=rand_pw(4, "+/"))

add("text/decoy-age-recipients", "deploy/secrets/.sops.yaml", SOPS, '''\
# ንምዕጻው ምስጢራት (age recipients ጥራይ - ሕዝባዊ)
creation_rules:
  - path_regex: deploy/secrets/.*\\.enc\\.(json|yaml)$
    age: >-
      age1@@a@@,
      age1@@b@@
''', a="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
    b="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)))

add("text/decoy-git-log", "docs/release-notes/2024-05.txt", "https://git-scm.com/docs/git-log", '''\
@@c1@@ booking: seat holds expire after 5 min (ቦታ ድሕሪ 5 ደቒቕ ይፍታሕ)
@@c2@@ notice-bot: redact token in debug logs
@@c3@@ shop: rotate stripe key reference to vault path
@@c4@@ roastery: add Probat P12 profile import
@@c5@@ ops: remove old .pgpass from repo (password rotated)
''', c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40))

add("http/decoy-rest-client-vars", "booking-api/requests/local.http", "https://github.com/Huachao/vscode-restclient#environment-variables", '''\
@base = http://localhost:8080
@token = {{$dotenv BOOKING_TEST_TOKEN}}

### ቦታታት ናይ ጉዕዞ
GET {{base}}/trips/ASM-KRN-0502/seats
Authorization: Bearer {{token}}
''')

add("json/decoy-postman-vars", "booking-api/postman/local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", '''\
{
  "name": "bus-coop local",
  "values": [
    {"key": "baseUrl", "value": "http://localhost:8080", "enabled": true},
    {"key": "adminUser", "value": "ops-admin", "enabled": true},
    {"key": "adminPassword", "value": "", "type": "secret", "enabled": true}
  ]
}
''')

add("yaml/decoy-docker-digests", "deploy/images.lock.yaml", YAML, '''\
# ምስሊታት ብ digest ተሸምቲሮም
images:
  booking-api: ghcr.io/bus-coop/booking-api@sha256:@@a@@
  notice-bot: ghcr.io/bus-coop/notice-bot@sha256:@@b@@
  roastery: ghcr.io/buna-adulis/roastery@sha256:@@c@@
  grafana: grafana/grafana@sha256:@@d@@
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

add("python/decoy-unsigned-jwt", "tests/test_auth_tokens.py", "https://datatracker.ietf.org/doc/html/rfc7519#section-6.1", '''\
"""ፈተነ: token ብዘይ ፊርማ (alg=none) ክንጸግ ኣለዎ።"""
import pytest

from booking.auth import verify

UNSIGNED = "@@jwt@@"


def test_unsigned_token_is_rejected():
    with pytest.raises(ValueError):
        verify(UNSIGNED)
''', jwt=jwt_like_unsigned())

add("python/decoy-ids", "booking/constants.py", PYDOC, '''\
"""ቀዋሚ ዋጋታት ምዝገባ (መለለዪታት ጥራይ፣ ምስጢር የብሉን)።"""

ROUTE_IDS = {
    "ASM-KRN": "@@u1@@",
    "ASM-MSW": "@@u2@@",
    "ASM-MND": "@@u3@@",
}
TELEGRAM_CHANNEL_ID = -1001873340021
STRIPE_PRICE_TICKET = "price_1P@@p@@"
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), p=rand_pw(22))

# ----------------------------------------------------------------------------------------------
# Last round: a few more carriers and decoys
# ----------------------------------------------------------------------------------------------

add("yaml/telegram-webhook-secret", "notice-bot/config/webhook.yaml", "https://core.telegram.org/bots/api#setwebhook", '''\
# ቦት ብ webhook (ኣብ ክንዲ polling)
bot:
  username: AsmaraKerenBusBot
  token: "@@secret@@"
webhook:
  url: https://bot.bus-coop.er/tg/updates
  max_connections: 20
''', tg())

add("ruby/capistrano", "roast-log/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", '''\
# ምዝርጋሕ roast-log ናብ server ኣስመራ
server "roast.buna-adulis.er", user: "deploy", roles: %w[app db web]

set :ssh_options, {
  keys: %w[~/.ssh/id_ed25519],
  forward_agent: false,
  password: "@@secret@@",
}
''', words_pw())

add("php/pdo", "legacy/tickets/db.php", "https://www.php.net/manual/en/pdo.construct.php", '''\
<?php
// ኣረጊት ገጽ ትኬት - ክሳብ ሓድሽ ፖርታል ዝሰርሕ
$dsn = 'mysql:host=10.40.0.3;dbname=tickets;charset=utf8mb4';
$pdo = new PDO($dsn, 'tickets', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
''', rand_pw(14))

add("go/sendgrid", "receipts/mail.go", "https://github.com/sendgrid/sendgrid-go#readme", '''\
package receipts

import "github.com/sendgrid/sendgrid-go"

// ቅብሊት ትእዛዝ ቡና ብኢመይል
var client = sendgrid.NewSendClient("@@secret@@")

func Client() *sendgrid.Client { return client }
''', sendgrid_key())

add("markdown/chat-export", "docs/handover/telegram-chat-2024-04.md", MD, '''\
# ካብ ጉጅለ ቴሌግራም (ምርኣይ ስራሕ)

**መርሃዊ** [09:12]: ናይ DigitalOcean token ሃቡኒ በጃኹም፣ droplet ክፈጥር።
**ሰላም** [09:14]: `@@secret@@`
**ሰላም** [09:14]: ድሕሪ ምውዳእ ንገረኒ፣ ክቕይሮ እየ።
**መርሃዊ** [10:02]: ተወዲኡ፣ የቐንየለይ!
''', do_token())

add("markdown/decoy-howto-telegram", "docs/howto/new-telegram-bot.md", MD, '''\
# ሓድሽ ቦት ቴሌግራም ምፍጣር

1. ምስ @BotFather `/newbot` ጽሓፉ።
2. token ክህበኩም እዩ፣ ቅርጹ `<bot_id>:<secret>` እዩ።
3. token ብቐጥታ ናብ Vault ኣእትዉ:
   `vault kv put secret/bus-coop/<bot-name> token=-` (ካብ stdin)
4. ኣብ chat ወይ ኢመይል ኣይትለኣኽዎ።
''')

add("yaml/decoy-helm-placeholder", "charts/roastery/values.yaml", HELM, '''\
image:
  repository: ghcr.io/buna-adulis/roastery
  tag: ""
postgresql:
  enabled: true
  auth:
    username: roastery
    password: ""          # --set postgresql.auth.password=... (ካብ CI)
    database: roastery
mqtt:
  password: "REPLACE_ME"
''')

add("dotenv/decoy-masked", "ops/.env.audit", DOTENV, '''\
# ዝተሓብኡ ዋጋታት ካብ audit (2024-04)
STRIPE_SECRET_KEY=sk_live_••••••••••••••••4Qz1
TELEGRAM_BOT_TOKEN=<redacted>
DATABASE_URL=postgres://booking:*****@db.bus-coop.internal:5432/booking
AWS_SECRET_ACCESS_KEY=****************************************
''')

add("python/decoy-fernet-ciphertext", "payroll/encrypted_fields.py", "https://cryptography.io/en/latest/fernet/", '''\
"""ቁጽሪ ሕሳብ ባንኪ ሰራሕተኛታት ተዓጽዩ ይዕቀብ።"""
import os

from cryptography.fernet import Fernet

fernet = Fernet(os.environ["PAYROLL_FERNET_KEY"])

# ኣብነት ዝተዓጸወ ዋጋ (ciphertext) ካብ ዳታቤዝ
SAMPLE_CIPHERTEXT = b"gAAAAAB@@c@@=="
''', c=rand_pw(98, "_-"))

add("shell/decoy-keygen", "ops/rotate_redis_password.sh", SHELL, r'''#!/usr/bin/env bash
# ሓድሽ password ናይ redis ምፍጣርን ናብ vault ምእታውን
set -euo pipefail
NEW=$(openssl rand -base64 24)
vault kv put secret/bus-coop/redis password="$NEW"
kubectl -n bus-coop rollout restart deploy/booking-api
echo "ተቐይሩ (password ኣይተሓትመን)"
''')

add("yaml/decoy-compose-dev", "roastery/docker-compose.dev.yml", COMPOSE, '''\
# ንምዕባለ ኣብ ላፕቶፕ ጥራይ (ናይ ሓሶት password)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: roastery_dev
    ports: ["5433:5432"]
''')

add("terraform/decoy-data-source", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2", '''\
data "vault_kv_secret_v2" "booking_db" {
  mount = "secret"
  name  = "bus-coop/booking-db"
}

resource "digitalocean_database_user" "booking" {
  cluster_id = digitalocean_database_cluster.main.id
  name       = "booking"
}
# password ካብ data.vault_kv_secret_v2.booking_db.data["password"]
''')

add("csv/decoy-stations", "data/stations.csv", CSV, '''\
station_id,name_ti,name_en,lat,lng,api_ref
ASM,ኣስመራ,Asmara,15.3229,38.9251,@@u1@@
KRN,ከረን,Keren,15.7779,38.4511,@@u2@@
MSW,ምጽዋዕ,Massawa,15.6097,39.4500,@@u3@@
MND,መንደፈራ,Mendefera,14.8867,38.8153,@@u4@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("swift/decoy-keychain", "PassengerApp/PassengerApp/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", '''\
import Security

// token ተጠቃሚ ኣብ Keychain ይዕቀብ (ኣብ ኮድ ኣይኮነን)
enum TokenStore {
    static let service = "er.buscoop.passenger.token"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
''')

# END-OF-CASES
