"""Blind set LE: a Tongan vanilla and kava exporters' software team (orders, shipping, grower
payments, lab certificates) and a Nuku'alofa church choir's ticketing app (concert tickets, seat
maps, SMS and card payments). Notes and comments partly in Tongan, as the team writes them.

Code in many languages, configs, deployment files, CI, notebooks, logs, notes and runbooks, each
holding one credential or none (decoys). Generated fakes only (seeds 6500000-6509999).
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
_SEED = [6500000]
CASES: List[LabelledCase] = []
_NAMES: set = set()


def _seed() -> int:
    _SEED[0] += 7
    assert 6500000 <= _SEED[0] <= 6509999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from `fields` (and `@@secret@@` from the secret)."""
    text = text.lstrip("\n")
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    if secret is not None:
        text = text.replace("@@secret@@", secret)
    assert "@@" not in text, file_name
    assert file_name not in _NAMES, file_name
    assert category.startswith("blind-le/"), category
    _NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Vanila", "Kava", "Hiva", "Moana", "Mahina", "Fonua", "Vaka", "Niu", "Tapa", "Heilala",
         "Tupou", "Pulotu", "Koloa", "Fale", "Lotu", "Kalia", "Lupe", "Toutai", "Ngatu", "Tongatapu"]
LOWER = ["vanila", "kava", "hiva", "moana", "mahina", "fonua", "vaka", "niu", "tapa", "heilala",
         "lupe", "toutai", "ngatu", "pola", "fetu", "matangi", "tahi", "ufi"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_pk() -> str:
    return fakes.fake("pk_live_", 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def azure_storage_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return "hvs." + fakes.drawn_mixed(_seed(), 24)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def braintree_token() -> str:
    return "access_token$production$" + fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits) + "$" + hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def doppler_token() -> str:
    return "dp.st.prd." + fakes.drawn_mixed(_seed(), 43)


def cloudflare_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def datadog_key() -> str:
    return hexs(32)


def sha256ish() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body + "\n-----END CERTIFICATE-----"


def masked(value: str, keep: int = 4) -> str:
    return value[:keep] + "*" * 12


# Sources: the documentation each format comes from.
PY_DOC = "https://docs.python.org/3/library/os.html#os.environ"
DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://pkg.go.dev/database/sql"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
KOTLIN = "https://kotlinlang.org/docs/home.html"
CSHARP = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
LARAVEL = "https://laravel.com/docs/11.x/configuration"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
DART = "https://docs.flutter.dev/deployment/flavors"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOTENV = "https://github.com/motdotla/dotenv#usage"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S = "https://kubernetes.io/docs/concepts/workloads/pods/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/variables/"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/create-user.html"
MARKDOWN = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
HTML = "https://html.spec.whatwg.org/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON_DOC = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
YAML = "https://yaml.org/spec/1.2.2/"
LOG = "https://docs.python.org/3/library/logging.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
SSH = "https://man.openbsd.org/ssh_config"
AWS_CREDS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
SENDGRID = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"
GOOGLE = "https://cloud.google.com/docs/authentication/api-keys"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
MAKE = "https://www.gnu.org/software/make/manual/make.html"
GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
MAVEN = "https://maven.apache.org/settings.html"
VSCODE = "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations"
POSTMAN = "https://learning.postman.com/docs/sending-requests/variables/variables/"
HTTPIE = "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html"
CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
SOPS = "https://github.com/getsops/sops#usage"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#usage"
VAULT = "https://developer.hashicorp.com/vault/docs/commands/kv/get"
AWS_EXAMPLE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html"
NPM_LOCK = "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json"
FIREBASE = "https://firebase.google.com/docs/projects/api-keys"
MAPBOX = "https://docs.mapbox.com/help/getting-started/access-tokens/"
SUPERVISOR = "http://supervisord.org/configuration.html"
RCLONE = "https://rclone.org/docs/#config-file"
PHPENV = "https://laravel.com/docs/11.x/configuration#environment-configuration"
FLASK = "https://flask.palletsprojects.com/en/3.0.x/config/"
WP = "https://developer.wordpress.org/apis/wp-config-php/"


# ---------------------------------------------------------------- exporters: Python and Django
add("blind-le/python/database-password", "koloa_export/db.py", PY_DOC, r'''
"""Fakafehokotaki ki he database 'o e ngaahi oota vanila (orders DB)."""
import psycopg2

# TODO: hiki 'eni ki he .env 'i he uike ka hoko (move to .env next week)
def connect():
    return psycopg2.connect(
        host="db.koloa.internal",
        dbname="vanila_orders",
        user="koloa_app",
        password="@@secret@@",
        port=5432,
    )
''', words_pw())

add("blind-le/python/decoy-env-reference", "koloa_export/settings_prod.py", DJANGO, r'''
import os

# Ko e ngaahi lea fakapulipuli kotoa 'oku ma'u mei he environment - 'oua 'e tohi heni!
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["export.vanilakava.to", "admin.vanilakava.to"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "koloa",
        "USER": os.environ.get("DB_USER", "koloa_app"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
STRIPE_PUBLISHABLE_KEY = os.getenv("STRIPE_PUBLISHABLE_KEY", "")
''')

add("blind-le/python/django-secret-key", "koloa_export/settings_staging.py", DJANGO, r'''
from .base import *  # noqa

# Staging pe - ka ko e key mo'oni eni, fetongi kimu'a pea toki release
SECRET_KEY = "@@secret@@"
DEBUG = True
ALLOWED_HOSTS = ["staging.vanilakava.to"]
CSRF_TRUSTED_ORIGINS = ["https://staging.vanilakava.to"]
''', django_key())

add("blind-le/python/aws-secret-key", "scripts/upload_lab_certs.py", PY_DOC, r'''
#!/usr/bin/env python3
"""Hiki 'a e ngaahi tohi fakamo'oni mei he lab (vanillin %) ki S3."""
import sys
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for path in sys.argv[1:]:
    s3.upload_file(path, "vanilakava-lab-certs", "2026/" + path.split("/")[-1])
    print("kuo 'osi hiki:", path)
''', aws_secret(), kid=aws_id())

add("blind-le/python/decoy-test-fixture", "tests/test_payments.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from koloa_export.payments import grower_payout

# Fake pe 'eni - 'ikai ko ha key mo'oni (not a real key, the stub never calls Stripe)
FAKE_STRIPE_KEY = "sk_test_FAKE_not_a_real_key_000000"


@pytest.fixture
def stub_gateway(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    monkeypatch.setattr("koloa_export.payments.stripe.Transfer.create", lambda **kw: {"id": "tr_fake"})


def test_payout_in_paanga(stub_gateway):
    assert grower_payout(grower_id=42, kilos=12.5, rate_top=95)["id"] == "tr_fake"
''')

add("blind-le/python/sendgrid-key", "koloa_export/notify.py", SENDGRID, r'''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# fakatokanga ki he kau tutu vanila 'i Vava'u 'o kapau 'e tōmui 'a e vaka
SG = SendGridAPIClient("@@secret@@")


def notify_growers(emails, voyage):
    msg = Mail(
        from_email="oota@vanilakava.to",
        to_emails=emails,
        subject=f"Vaka {voyage}: liliu 'a e 'aho",
        html_content="<p>Mālō 'aupito, kataki 'o vakai ki he taimi tēpile fo'ou.</p>",
    )
    return SG.send(msg)
''', sendgrid_key())

add("blind-le/python/decoy-secret-manager", "koloa_export/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", r'''
"""Ma'u 'a e ngaahi lea fakapulipuli mei he AWS Secrets Manager (not from the repo)."""
import json
import boto3

_client = boto3.client("secretsmanager", region_name="ap-southeast-2")

SECRET_IDS = {
    "stripe": "prod/koloa/stripe_secret_key",
    "db": "prod/koloa/postgres",
    "sendgrid": "prod/koloa/sendgrid_api_key",
}


def get(name: str) -> dict:
    value = _client.get_secret_value(SecretId=SECRET_IDS[name])["SecretString"]
    return json.loads(value)
''')

add("blind-le/python/slack-webhook", "koloa_export/alerts.py", SLACK, r'''
import requests

# Ko e channel #vaka-uta (shipping) - fakatokanga 'o kapau 'oku 'ikai lava 'o fakafonu 'a e container
WEBHOOK = (
    "@@secret@@"
)


def container_alert(container_no: str, kilos: float) -> None:
    requests.post(WEBHOOK, json={"text": f":ship: {container_no} - {kilos:.1f} kg kava pauta pe"})
''', slack_webhook())

add("blind-le/python/decoy-hash", "koloa_export/integrity.py", PY_DOC, r'''
"""Sivi'i 'a e faile CSV mei he Ministry of Agriculture 'i hono hash (checksum, not a key)."""
import hashlib

EXPECTED_SHA256 = {
    "export_quota_2026.csv": "@@h1@@",
    "kava_grades_2026.csv": "@@h2@@",
}


def verify(path: str, name: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED_SHA256[name]
''', h1=sha256ish(), h2=sha256ish())

add("blind-le/python/twilio-auth-token", "tikite_hiva/sms.py", TWILIO, r'''
from twilio.rest import Client

# Kwaia Senitenale - SMS ki he kau fakatau tikite (ticket buyers)
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+6767700123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_ticket(to: str, seat: str, concert: str) -> None:
    body = f"Mālō! Ho tikite ki he {concert}: nofo'anga {seat}. Ha'u kimu'a he 7:00 efiafi."
    client.messages.create(to=to, from_=FROM, body=body)
''', hexs(32), sid=twilio_sid())

add("blind-le/python/decoy-placeholder", "tikite_hiva/config_example.py", FLASK, r'''
# Hiki 'a e faile ni ki he config.py pea fakafonu 'aki ho'o ngaahi key
# (copy to config.py and fill in; config.py is in .gitignore)
TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
TWILIO_AUTH_TOKEN = "your_auth_token_here"
STRIPE_SECRET_KEY = "sk_live_..."
SECRET_KEY = "<generate with: python -c 'import secrets; print(secrets.token_hex(32))'>"
SQLALCHEMY_DATABASE_URI = "postgresql://tikite:<password>@localhost/tikite"
''')

add("blind-le/python/stripe-secret-key", "tikite_hiva/checkout.py", STRIPE, r'''
import stripe
from flask import Blueprint, redirect, request

bp = Blueprint("checkout", __name__)
stripe.api_key = "@@secret@@"  # ! fetongi ki he env var - Sione


@bp.post("/totongi")
def totongi():
    seats = request.form.getlist("seat")
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": "price_koniseti_kilisimasi", "quantity": len(seats)}],
        success_url="https://tikite.kwaia.to/malo",
        cancel_url="https://tikite.kwaia.to/nofoanga",
    )
    return redirect(session.url, code=303)
''', stripe_key())

add("blind-le/python/decoy-publishable-key", "tikite_hiva/templates_ctx.py", STRIPE, r'''
"""Ngaahi me'a 'oku 'ave ki he template HTML (publishable key pe - 'oku sai ke sio ai 'a e kakai)."""

STRIPE_PUBLISHABLE_KEY = "@@pk@@"
GOOGLE_ANALYTICS_ID = "G-7QK2M4TX9B"
CHOIR_NAME = "Kwaia Senitenale 'o Nuku'alofa"


def inject():
    return {"stripe_pk": STRIPE_PUBLISHABLE_KEY, "ga_id": GOOGLE_ANALYTICS_ID, "choir": CHOIR_NAME}
''', pk=stripe_pk())

add("blind-le/python/redis-url", "tikite_hiva/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", r'''
import redis

# Tauhi 'a e nofo'anga kuo hold (seat holds expire after 10 min)
r = redis.Redis.from_url("redis://:@@secret@@@redis-tikite.internal:6379/2")

HOLD_SECONDS = 600


def hold_seat(concert_id: int, seat: str, session: str) -> bool:
    return bool(r.set(f"hold:{concert_id}:{seat}", session, nx=True, ex=HOLD_SECONDS))
''', redis_pw())

add("blind-le/python/telegram-bot-token", "tools/kava_price_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Bot ke fakahā 'a e totongi kava 'i he maketi Talamahu ki he group 'a e kau ngāue."""
import requests

BOT = "@@secret@@"
CHAT_ID = -1001842266301


def post_price(price_per_kg: float) -> None:
    url = f"https://api.telegram.org/bot{BOT}/sendMessage"
    requests.post(url, data={"chat_id": CHAT_ID, "text": f"Kava lāwalu 'aho ni: T${price_per_kg:.2f}/kg"})
''', telegram())

add("blind-le/python/decoy-masked", "tools/rotate_report.py", PY_DOC, r'''
"""Lipooti 'o e ngaahi key kuo fetongi (rotation report) - masked values only."""

ROTATED = [
    ("stripe", "sk_live_****************", "2026-10-02", "Sione"),
    ("sendgrid", "SG.****...****", "2026-10-02", "Mele"),
    ("aws", "AKIA************WQ3J", "2026-09-28", "Tevita"),
]

for service, shown, date, who in ROTATED:
    print(f"{service:10} {shown:28} fetongi 'e {who} 'i he {date}")
''')

# ---------------------------------------------------------------- .env files
add("blind-le/dotenv/stripe-restricted-key", "tikite-hiva/.env.production", DOTENV, r'''
# Kwaia Senitenale - tikite app (production)
APP_URL=https://tikite.kwaia.to
NODE_ENV=production
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_RESTRICTED_KEY=@@secret@@
CONCERT_TIMEZONE=Pacific/Tongatapu
SEAT_HOLD_MINUTES=10
''', stripe_key("rk_live_"), pk=stripe_pk())

add("blind-le/dotenv/decoy-empty-values", "tikite-hiva/.env.example", DOTENV, r'''
# Hiki ki he .env pea fakafonu (copy to .env and fill in)
APP_URL=http://localhost:3000
NODE_ENV=development
STRIPE_PUBLISHABLE_KEY=
STRIPE_SECRET_KEY=
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
DATABASE_URL=postgres://tikite:tikite@localhost:5432/tikite_dev
SESSION_SECRET=
''')

add("blind-le/dotenv/database-url", "koloa-export/.env", DOTENV, r'''
# koloa-export (vanila & kava) - local ki he server 'i Vava'u
DATABASE_URL=postgres://koloa_app:@@secret@@@10.20.0.15:5432/koloa
REDIS_URL=redis://10.20.0.16:6379/0
LOG_LEVEL=info
EXPORT_PORT=Neiafu
''', rand_pw(22))

add("blind-le/dotenv/openai-key", "label-translator/.env", DOTENV, r'''
# Liliu 'a e ngaahi leipolo (labels) ki he lea faka-Siapani mo faka-Siaina
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
TARGET_LANGS=ja,zh,de
GLOSSARY_FILE=glossary/vanila_kava.csv
''', openai())

add("blind-le/dotenv/decoy-secret-manager-ref", "koloa-export/.env.staging", DOTENV, r'''
# Staging: ko e ngaahi value kotoa 'oku ma'u mei he Doppler 'i he taimi 'oku run ai
DATABASE_URL=${DOPPLER_DATABASE_URL}
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY:?set in doppler}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
AWS_PROFILE=koloa-staging
LOG_LEVEL=debug
''')

add("blind-le/dotenv/mailgun-key", "tikite-hiva/.env.mail", DOTENV, r'''
MAILGUN_DOMAIN=mg.kwaia.to
MAILGUN_API_KEY=@@secret@@
MAIL_FROM="Kwaia Senitenale <tikite@kwaia.to>"
# Tatau ke 'oua 'e 'oho ki he spam - Siosaia
MAIL_REPLY_TO=setuata@kwaia.to
''', mailgun_key())

add("blind-le/dotenv/google-maps-key", "tikite-hiva/.env.local", DOTENV, r'''
# Server-side geocoding (restricted to our server IP, not the browser key)
GOOGLE_GEOCODING_KEY=@@secret@@
VENUE_NAME="Fale Lotu Senitenale, Nuku'alofa"
VENUE_LAT=-21.1393
VENUE_LNG=-175.2049
''', google_key())

add("blind-le/dotenv/decoy-dev-defaults", "koloa-export/.env.test", DOTENV, r'''
# Sivi pe (CI) - 'oku 'ikai ko ha ngaahi key mo'oni
DATABASE_URL=postgres://postgres:postgres@localhost:5432/koloa_test
STRIPE_SECRET_KEY=sk_test_placeholder
SENDGRID_API_KEY=SG.fake.fake
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_ENDPOINT_URL=http://localhost:4566
''')

add("blind-le/dotenv/github-token", "tools/.env.release", DOTENV, r'''
# Release script: fakatupu 'a e GitHub release 'o e app 'a e kwaia
GITHUB_OWNER=kwaia-senitenale
GITHUB_REPO=tikite-hiva
GITHUB_TOKEN=@@secret@@
RELEASE_NOTES_LANG=to
''', gh_token())

# ---------------------------------------------------------------- JavaScript / TypeScript
add("blind-le/javascript/stripe-secret-key", "tikite-hiva/server/payments.js", STRIPE, r'''
// Totongi 'o e tikite (ticket payments) - Kwaia Senitenale
const Stripe = require('stripe');

// TODO(Mele): 'ave ki he process.env kimu'a he koniseti Kilisimasi
const stripe = Stripe('@@secret@@', { apiVersion: '2024-06-20' });

async function createIntent(seats, concertId) {
  const amount = seats.length * 2500; // T$25.00 taki taha
  return stripe.paymentIntents.create({
    amount,
    currency: 'top',
    metadata: { concertId, seats: seats.join(',') },
  });
}

module.exports = { createIntent };
''', stripe_key())

add("blind-le/javascript/decoy-env-reference", "tikite-hiva/server/config.js", NODE, r'''
// Ngaahi setting kotoa mei he environment
module.exports = {
  port: Number(process.env.PORT || 3000),
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  twilio: {
    accountSid: process.env.TWILIO_ACCOUNT_SID,
    authToken: process.env.TWILIO_AUTH_TOKEN,
  },
  sessionSecret: process.env.SESSION_SECRET || (() => { throw new Error("'ikai ha SESSION_SECRET"); })(),
  databaseUrl: process.env.DATABASE_URL,
};
''')

add("blind-le/typescript/jwt-secret", "tikite-hiva/server/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
import jwt from 'jsonwebtoken';

// Fakamo'oni 'a e tikite QR (signs the QR code on each ticket)
const TICKET_SIGNING_SECRET = '@@secret@@';

export function signTicket(ticketId: string, seat: string): string {
  return jwt.sign({ t: ticketId, s: seat }, TICKET_SIGNING_SECRET, { expiresIn: '30d' });
}

export function verifyTicket(token: string): { t: string; s: string } {
  return jwt.verify(token, TICKET_SIGNING_SECRET) as { t: string; s: string };
}
''', rand_pw(48))

add("blind-le/typescript/decoy-firebase-web-config", "tikite-hiva/web/src/firebase.ts", FIREBASE, r'''
// Firebase web config - 'oku sai ke public 'eni (identifies the project, access is by rules)
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  projectId: 'kwaia-tikite',
  authDomain: 'kwaia-tikite.firebaseapp.com',
  storageBucket: 'kwaia-tikite.appspot.com',
  messagingSenderId: '604118839201',
  appId: '1:604118839201:web:@@appid@@',
});
''', appid=hexs(22))

add("blind-le/javascript/sendgrid-key-json-string", "koloa-export/lambda/notify/index.js", SENDGRID, r'''
// Lambda: 'ave 'a e invoice ki he tokotaha fakatau (buyer) 'i Niu Sila
const cfg = JSON.parse('{"sender":"invoices@vanilakava.to","sendgridKey":"@@secret@@","bcc":"ngaue@vanilakava.to"}');
const sg = require('@sendgrid/mail');
sg.setApiKey(cfg.sendgridKey);

exports.handler = async (event) => {
  const { buyerEmail, invoiceNo, pdfBase64 } = JSON.parse(event.body);
  await sg.send({
    to: buyerEmail, from: cfg.sender, bcc: cfg.bcc,
    subject: `Invoice ${invoiceNo} - Vanila Tonga`,
    attachments: [{ content: pdfBase64, filename: `${invoiceNo}.pdf` }],
  });
  return { statusCode: 200 };
};
''', sendgrid_key())

add("blind-le/typescript/decoy-sri-hash", "tikite-hiva/web/src/loadStripe.ts", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r'''
// Load Stripe.js with an integrity hash (not a secret)
export function loadStripeScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'https://js.stripe.com/v3/';
    s.integrity = 'sha384-@@h@@';
    s.crossOrigin = 'anonymous';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error("'ikai lava 'o load 'a Stripe"));
    document.head.appendChild(s);
  });
}
''', h=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-le/javascript/mongodb-uri", "koloa-export/scripts/migrate-grades.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Hiki 'a e ngaahi kalasi kava (grades) mei he Mongo motu'a ki he Postgres
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://koloa_admin:@@secret@@@cluster0.vk7ta.mongodb.net/grades?retryWrites=true';

(async () => {
  const client = await MongoClient.connect(uri);
  const grades = await client.db('grades').collection('kava').find({}).toArray();
  console.log(`Kuo ma'u ${grades.length} kalasi`);
  await client.close();
})();
''', rand_pw(16))

add("blind-le/javascript/decoy-jest-mock", "tikite-hiva/server/__tests__/sms.test.js", "https://jestjs.io/docs/mock-functions", r'''
// Sivi 'o e SMS - mock pe, 'ikai ha token mo'oni
jest.mock('twilio', () => () => ({ messages: { create: jest.fn().mockResolvedValue({ sid: 'SM_test' }) } }));

process.env.TWILIO_ACCOUNT_SID = 'AC00000000000000000000000000000000';
process.env.TWILIO_AUTH_TOKEN = 'test-token-not-real';

const { sendTicket } = require('../sms');

test("'ave 'a e tikite 'i he SMS", async () => {
  await expect(sendTicket('+676 7700 000', 'B12', 'Koniseti Kilisimasi')).resolves.toBeUndefined();
});
''')

add("blind-le/typescript/discord-webhook", "tikite-hiva/server/notifyCommittee.ts", "https://discord.com/developers/docs/resources/webhook", r'''
// Fakahā ki he komiti 'a e kwaia 'i he Discord 'o kapau kuo fakatau kotoa 'a e tikite
const COMMITTEE_HOOK =
  '@@secret@@';

export async function soldOut(concert: string, total: number): Promise<void> {
  await fetch(COMMITTEE_HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Kuo 'osi fakatau kotoa 'a e ${concert}! (${total} tikite) Mālō 'aupito` }),
  });
}
''', discord_webhook())

add("blind-le/javascript/decoy-mapbox-public-token", "tikite-hiva/web/src/venueMap.js", MAPBOX, r'''
// Mape 'o e fale lotu (public token, URL-restricted to tikite.kwaia.to)
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = 'pk.eyJ1Ijoia3dhaWEtdGlraXRlIiwiYSI6ImNsb3Z4a2t0NzBhMmYya3BlaTV6OHd4ZTMifQ.@@sig@@';

export const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [-175.2049, -21.1393],
  zoom: 15,
});
''', sig=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("blind-le/typescript/square-token", "koloa-export/pos/squareClient.ts", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
// POS 'i he falekoloa 'i Talamahu (market stall) - Square
import { Client, Environment } from 'square';

export const square = new Client({
  environment: Environment.Production,
  accessToken: '@@secret@@',
});

export const LOCATION_ID = 'L8Q4TGK2ZB1PN';
''', square_token())

# ---------------------------------------------------------------- Go
add("blind-le/go/database-dsn", "koloa-export/internal/store/store.go", GO, r'''
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Open fakaava 'a e database 'o e ngaahi shipment kava.
func Open() (*sql.DB, error) {
	// TODO: ma'u mei he env - 'oku 'i heni pe ke sivi 'i Vava'u
	return sql.Open("mysql", "shipments:@@secret@@@tcp(10.20.0.15:3306)/kava_shipments?parseTime=true")
}
''', words_pw())

add("blind-le/go/decoy-env-lookup", "koloa-export/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", r'''
package config

import (
	"fmt"
	"os"
)

// Config - ngaahi setting 'o e export service.
type Config struct {
	DSN       string
	StripeKey string
}

// Load ma'u mei he environment; 'oua 'e tohi ha key 'i heni.
func Load() (Config, error) {
	dsn, ok := os.LookupEnv("KOLOA_DSN")
	if !ok {
		return Config{}, fmt.Errorf("'ikai ha KOLOA_DSN")
	}
	return Config{DSN: dsn, StripeKey: os.Getenv("STRIPE_SECRET_KEY")}, nil
}
''')

add("blind-le/go/aws-keys", "koloa-export/cmd/backup/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/", r'''
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

func main() {
	// backup po'uli kotoa (nightly) ki Sydney
	cfg, err := config.LoadDefaultConfig(context.Background(),
		config.WithRegion("ap-southeast-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	run(cfg)
}
''', aws_secret(), kid=aws_id())

add("blind-le/go/decoy-test-constant", "koloa-export/internal/payout/payout_test.go", "https://pkg.go.dev/testing", r'''
package payout

import "testing"

// fakeKey - 'ikai ko ha key mo'oni; 'oku 'ikai 'alu 'a e sivi ki he Stripe.
const fakeKey = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"

func TestPayoutRounding(t *testing.T) {
	p := New(fakeKey, StubTransport{})
	got := p.Amount(12.5, 95) // kilo, T$/kg
	if got != 118750 {
		t.Fatalf("'amanaki ki he 118750, ka ko e %d", got)
	}
}
''')

add("blind-le/go/slack-bot-token", "tools/kavabot/main.go", "https://api.slack.com/authentication/token-types#bot", r'''
package main

import (
	"log"

	"github.com/slack-go/slack"
)

const botToken = "@@secret@@"

func main() {
	api := slack.New(botToken)
	_, _, err := api.PostMessage("C05VAKAUTA", slack.MsgOptionText("Kuo tūta 'a e vaka ki Auckland :tada:", false))
	if err != nil {
		log.Fatalf("'ikai lava: %v", err)
	}
}
''', slack_bot())

# ---------------------------------------------------------------- Java / Kotlin
add("blind-le/java-properties/database-password", "koloa-export-api/src/main/resources/application-prod.properties", JAVA, r'''
# Koloa export API - production
spring.datasource.url=jdbc:postgresql://db.koloa.internal:5432/koloa
spring.datasource.username=koloa_api
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8080
# fakatokanga: 'oua 'e liliu 'a e timezone
spring.jackson.time-zone=Pacific/Tongatapu
''', words_pw())

add("blind-le/java-properties/decoy-placeholder-expression", "koloa-export-api/src/main/resources/application.properties", JAVA, r'''
spring.application.name=koloa-export-api
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
stripe.secret-key=${STRIPE_SECRET_KEY:}
mail.sendgrid.api-key=${SENDGRID_API_KEY:changeme}
spring.jackson.time-zone=Pacific/Tongatapu
''')

add("blind-le/java/smtp-password", "koloa-export-api/src/main/java/to/vanilakava/mail/MailConfig.java", "https://docs.spring.io/spring-framework/reference/integration/email.html", r'''
package to.vanilakava.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    // 'Imeili ki he kau fakatau 'i Siapani (Japan buyers) - Office 365
    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("smtp.office365.com");
        s.setPort(587);
        s.setUsername("invoices@vanilakava.to");
        s.setPassword("@@secret@@");
        s.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        return s;
    }
}
''', words_pw())

add("blind-le/java/decoy-public-cert", "koloa-export-api/src/main/java/to/vanilakava/biosec/BiosecurityCert.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/cert/CertificateFactory.html", r'''
package to.vanilakava.biosec;

/** Ko e certificate public 'a e MAF biosecurity portal (pinning) - 'ikai ko ha private key. */
public final class BiosecurityCert {
    public static final String PEM = String.join("\n",
        "@@c1@@",
        "@@c2@@",
        "@@c3@@",
        "@@c4@@",
        "@@c5@@",
        "@@c6@@",
        "@@c7@@");

    private BiosecurityCert() {}
}
''', **{f"c{i + 1}": line for i, line in enumerate(cert_pem().splitlines())})

add("blind-le/kotlin/api-key", "choir-android/app/src/main/java/to/kwaia/tikite/Api.kt", KOTLIN, r'''
package to.kwaia.tikite

import okhttp3.OkHttpClient
import okhttp3.Request

// Ma'u 'a e lisi 'o e koniseti (concert list) mei he backend
object Api {
    private const val BASE = "https://api.tikite.kwaia.to/v1"
    private const val ADMIN_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun concerts(): String =
        http.newCall(Request.Builder().url("$BASE/concerts").header("X-Admin-Key", ADMIN_KEY).build())
            .execute().use { it.body!!.string() }
}
''', "kwa_live_" + rand_pw(32))

add("blind-le/kotlin/decoy-buildconfig", "choir-android/app/build.gradle.kts", GRADLE, r'''
android {
    namespace = "to.kwaia.tikite"
    defaultConfig {
        applicationId = "to.kwaia.tikite"
        minSdk = 24
        // Ma'u mei he local.properties pe CI secret - 'ikai 'i heni
        buildConfigField("String", "STRIPE_PK", "\"${project.findProperty("stripePk") ?: ""}\"")
        buildConfigField("String", "API_BASE", "\"https://api.tikite.kwaia.to/v1\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("blind-le/gradle-properties/signing-password", "choir-android/gradle.properties", GRADLE, r'''
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Keystore 'a e app 'a e kwaia (release)
RELEASE_STORE_FILE=../keys/kwaia-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=kwaia
''', rand_pw(18))

# ---------------------------------------------------------------- C#
add("blind-le/json/connection-string-password", "GrowerPortal/appsettings.Production.json", CSHARP, r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Growers": "Server=tcp:koloa-sql.database.windows.net,1433;Database=growers;User ID=portal;Password=@@secret@@;Encrypt=True;"
  },
  "Portal": {
    "Title": "Kau Tutu Vanila - Grower Portal",
    "Currency": "TOP"
  }
}
''', words_pw())

add("blind-le/json/decoy-user-secrets-id", "GrowerPortal/appsettings.json", CSHARP, r'''
{
  "ConnectionStrings": {
    "Growers": "Server=(localdb)\\mssqllocaldb;Database=growers_dev;Trusted_Connection=True;"
  },
  "Stripe": { "SecretKey": "", "PublishableKey": "" },
  "UserSecretsId": "@@u@@",
  "Portal": { "Title": "Kau Tutu Vanila - Grower Portal", "Currency": "TOP" },
  "_note": "Ko e ngaahi key 'oku 'i he dotnet user-secrets pe Key Vault"
}
''', u=uuid_s())

add("blind-le/csharp/azure-storage-key", "GrowerPortal/Services/PhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace GrowerPortal.Services;

// Tā 'o e ngoue vanila (farm photos) mei he kau tutu
public class PhotoStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=koloaphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "ngoue-photos");

    public Task UploadAsync(string name, Stream data) => _container.UploadBlobAsync(name, data);
}
''', azure_storage_key())

add("blind-le/csharp/decoy-key-vault", "GrowerPortal/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Ma'u 'a e ngaahi secret mei he Key Vault 'aki 'a e managed identity
builder.Configuration.AddAzureKeyVault(
    new Uri("https://koloa-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var stripeKey = builder.Configuration["Stripe--SecretKey"];
builder.Services.AddSingleton(new StripeClientHolder(stripeKey));

var app = builder.Build();
app.MapGet("/", () => "Mālō e lelei mei he Grower Portal");
app.Run();
''')

add("blind-le/csharp/azure-client-secret", "GrowerPortal/Tools/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", r'''
using Azure.Identity;
using Microsoft.Graph;

// 'Ave 'a e lipooti fakamāhina (monthly) ki he Pule Ngāue
var credential = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");

var graph = new GraphServiceClient(credential);
Console.WriteLine("Kuo mateuteu 'a e Graph client");
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

# ---------------------------------------------------------------- PHP
add("blind-le/php/database-password", "kwaia-site/wp-config.php", WP, r'''
<?php
/** Uepisaiti 'a e Kwaia Senitenale (WordPress) */
define( 'DB_NAME', 'kwaia_wp' );
define( 'DB_USER', 'kwaia_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'kw_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("blind-le/php/decoy-wp-config-sample", "kwaia-site/wp-config-sample.php", WP, r'''
<?php
/** Sample pe - hiki ki he wp-config.php pea fakafonu */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'kw_';
''')

add("blind-le/php/mailchimp-key", "kwaia-site/wp-content/plugins/kwaia-newsletter/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
<?php
/*
Plugin Name: Kwaia Newsletter
Description: Tohi 'o e kau mēmipa ki he tohi fanongonongo (newsletter)
*/
$mc = new \MailchimpMarketing\ApiClient();
$mc->setConfig([
    'apiKey' => '@@secret@@',
    'server' => 'us21',
]);

function kwaia_subscribe($email) {
    global $mc;
    return $mc->lists->addListMember('b41c7d2e09', ['email_address' => $email, 'status' => 'subscribed']);
}
''', mailchimp_key())

add("blind-le/php/decoy-env-laravel", "koloa-invoices/config/services.php", LARAVEL, r'''
<?php

return [
    // Ko e ngaahi key kotoa mei he .env
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],
];
''')

add("blind-le/dotenv/laravel-app-key", "koloa-invoices/.env", PHPENV, r'''
APP_NAME="Koloa Invoices"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://invoices.vanilakava.to
DB_CONNECTION=mysql
DB_DATABASE=invoices
''', b64(rand_pw(32)))

# ---------------------------------------------------------------- Ruby
add("blind-le/ruby/shopify-token", "vanila-shop/lib/shopify_sync.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Fakatatau 'a e stock vanila 'i he falekoloa online (Shopify)
require "shopify_api"

session = ShopifyAPI::Auth::Session.new(
  shop: "vanila-tonga.myshopify.com",
  access_token: "@@secret@@"
)

client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
stock = client.get(path: "inventory_levels", query: { location_ids: "7712004" })
puts "Vanila pods: #{stock.body['inventory_levels'].sum { |l| l['available'] }}"
''', shopify_token())

add("blind-le/yaml/decoy-rails-credentials-ref", "vanila-shop/config/storage.yml", RUBY, r'''
# Ko e ngaahi key 'oku 'i he credentials.yml.enc (encrypted) - 'ikai 'i heni
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-southeast-2
  bucket: vanila-shop-images

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>
''')

add("blind-le/ruby/decoy-secret-key-base-env", "vanila-shop/config/initializers/session_store.rb", RUBY, r'''
# frozen_string_literal: true

# 'Oua 'e tohi 'a e secret_key_base heni - 'oku ma'u mei he SECRET_KEY_BASE
Rails.application.config.session_store :cookie_store,
  key: "_vanila_shop_session",
  secure: Rails.env.production?,
  same_site: :lax

Rails.application.config.secret_key_base = ENV.fetch("SECRET_KEY_BASE") if Rails.env.production?
''')

add("blind-le/yaml/database-password", "vanila-shop/config/database.yml", RUBY, r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: vanila_shop
  username: vanila_shop
  # fetongi 'i Tisema (change in December)
  password: "@@secret@@"
  host: db.koloa.internal
''', words_pw())

# ---------------------------------------------------------------- Rust
add("blind-le/rust/hugging-face-token", "grade-classifier/src/main.rs", RUST, r'''
// Vahevahe 'a e kava 'i hono tā (classify kava root photos by grade)
use hf_hub::api::sync::ApiBuilder;

const HF_TOKEN: &str = "@@secret@@";

fn main() -> anyhow::Result<()> {
    let api = ApiBuilder::new().with_token(Some(HF_TOKEN.to_string())).build()?;
    let repo = api.model("vanilakava/kava-grade-vit".to_string());
    let weights = repo.get("model.safetensors")?;
    println!("Kuo download: {}", weights.display());
    Ok(())
}
''', hf_token())

add("blind-le/rust/decoy-env-var", "grade-classifier/src/config.rs", RUST, r'''
use std::env;

/// Ngaahi setting: ma'u mei he environment (HF_TOKEN 'oku 'i he CI secret)
pub struct Config {
    pub hf_token: Option<String>,
    pub model: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            hf_token: env::var("HF_TOKEN").ok(),
            model: env::var("MODEL").unwrap_or_else(|_| "vanilakava/kava-grade-vit".into()),
        }
    }
}
''')

add("blind-le/toml/database-url", "grade-classifier/Rocket.toml", "https://rocket.rs/guide/v0.5/configuration/", r'''
[default]
address = "0.0.0.0"
port = 8000

[release.databases.grades]
# Database 'o e ngaahi kalasi kava
url = "postgres://grades:@@secret@@@db.koloa.internal/grades"
pool_size = 8
''', rand_pw(20))

# ---------------------------------------------------------------- Swift / Dart
add("blind-le/swift/api-key", "ChoirTickets/ChoirTickets/Services/SeatService.swift", SWIFT, r'''
import Foundation

// Nofo'anga (seats) 'i he fale lotu - iOS app 'a e kwaia
struct SeatService {
    private let base = URL(string: "https://api.tikite.kwaia.to/v1")!
    private let key = "@@secret@@"

    func seats(concert: Int) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("concerts/\(concert)/seats"))
        req.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
''', "kwa_live_" + rand_pw(32))

add("blind-le/swift/decoy-info-plist-ref", "ChoirTickets/ChoirTickets/Config.swift", SWIFT, r'''
import Foundation

/// Ma'u mei he Info.plist, 'a ia 'oku fakafonu 'e he xcconfig 'i he CI (not in git)
enum Config {
    static var stripePublishableKey: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PUBLISHABLE_KEY") as? String ?? ""
    }
    static var apiBase: URL { URL(string: "https://api.tikite.kwaia.to/v1")! }
}
''')

add("blind-le/dart/decoy-dart-define", "choir_flutter/lib/env.dart", DART, r'''
// Ngaahi value mei he --dart-define 'i he taimi build (CI)
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.tikite.kwaia.to/v1');
  static const stripePk = String.fromEnvironment('STRIPE_PK');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  // 'Oua 'e tohi ha key mo'oni 'i heni!
  static bool get ready => stripePk.isNotEmpty;
}
''')

add("blind-le/dart/stripe-secret-key", "choir_flutter/lib/services/refunds.dart", STRIPE, r'''
import 'package:http/http.dart' as http;

// Fakafoki pa'anga (refunds) 'o kapau 'e kaniseli 'a e koniseti
const _stripeSecret = '@@secret@@';

Future<void> refund(String paymentIntent) async {
  final res = await http.post(
    Uri.parse('https://api.stripe.com/v1/refunds'),
    headers: {'Authorization': 'Bearer $_stripeSecret'},
    body: {'payment_intent': paymentIntent},
  );
  if (res.statusCode != 200) throw Exception("'ikai lava 'o fakafoki: ${res.body}");
}
''', stripe_key())

# ---------------------------------------------------------------- shell
add("blind-le/shell/mysql-password-argument", "ops/backup_shipments.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/usr/bin/env bash
# Backup 'o e database shipments kava - po'uli kotoa pe (cron 02:00)
set -euo pipefail

STAMP=$(date +%Y%m%d)
mysqldump -h 10.20.0.15 -u shipments -p'@@secret@@' kava_shipments \
  | gzip > /backups/kava_shipments_${STAMP}.sql.gz

# tauhi pe 'aho 'e 14
find /backups -name 'kava_shipments_*.sql.gz' -mtime +14 -delete
echo "Kuo 'osi 'a e backup ${STAMP}"
''', words_pw())

add("blind-le/shell/decoy-read-from-vault", "ops/deploy_tikite.sh", VAULT, r'''
#!/usr/bin/env bash
# Deploy 'o e app tikite - ma'u 'a e ngaahi secret mei he Vault
set -euo pipefail

export VAULT_ADDR=https://vault.kwaia.to:8200
STRIPE_SECRET_KEY=$(vault kv get -field=secret_key kv/tikite/stripe)
TWILIO_AUTH_TOKEN=$(vault kv get -field=auth_token kv/tikite/twilio)
export STRIPE_SECRET_KEY TWILIO_AUTH_TOKEN

docker compose -f compose.prod.yml up -d --pull always
echo "Mālō, kuo deploy"
''')

add("blind-le/shell/curl-basic-auth", "ops/push_prices.sh", "https://curl.se/docs/manpage.html#-u", r'''
#!/bin/sh
# 'Ave 'a e totongi vanila fo'ou ki he portal 'a e kautaha fakatau 'i Niu Sila
PRICE_FILE=${1:-prices.json}

curl -sS -X PUT \
  -u vanilakava:@@secret@@ \
  -H 'Content-Type: application/json' \
  --data @"$PRICE_FILE" \
  https://partners.spiceimports.co.nz/api/v2/prices
''', rand_pw(16))

add("blind-le/shell/heredoc-pgpass", "ops/setup_reporting_host.sh", PGPASS, r'''
#!/usr/bin/env bash
# Teuteu 'a e server lipooti (reporting) - tu'o taha pe
set -e
apt-get install -y postgresql-client

cat > /home/lipooti/.pgpass <<EOF
db.koloa.internal:5432:koloa:lipooti_ro:@@secret@@
EOF
chmod 600 /home/lipooti/.pgpass
chown lipooti:lipooti /home/lipooti/.pgpass
''', words_pw())

add("blind-le/shell/decoy-generate-password", "ops/new_grower_account.sh", SHELL, r'''
#!/usr/bin/env bash
# Fakatupu 'a e 'akauni fo'ou ki ha tokotaha tutu vanila
set -euo pipefail
GROWER="$1"
TEMP_PW=$(openssl rand -base64 18)

psql "$KOLOA_DSN" -c "INSERT INTO growers(login) VALUES ('$GROWER')"
psql "$KOLOA_DSN" -c "ALTER ROLE grower_$GROWER PASSWORD '$TEMP_PW'"
echo "'Ave 'a e lea fakapulipuli fakataimi 'i he SMS - 'oua 'e tohi 'i he log"
./send_sms.sh "$GROWER" "$TEMP_PW"
''')

add("blind-le/shell/gitlab-token-export", "ops/mirror_repos.sh", GITLAB_CI, r'''
#!/usr/bin/env bash
# Mirror 'a e ngaahi repo mei GitLab ki he server 'i Nuku'alofa (internet mo'ua)
export GITLAB_TOKEN=@@secret@@
for repo in koloa-export grade-classifier tikite-hiva; do
  git -C /srv/mirror/$repo fetch --prune \
    "https://oauth2:${GITLAB_TOKEN}@gitlab.com/vanilakava/${repo}.git" '+refs/heads/*:refs/heads/*'
done
''', gitlab_token())

# ---------------------------------------------------------------- PowerShell
add("blind-le/powershell/sql-password", "ops/windows/Export-GrowerPayments.ps1", PWSH, r'''
# Hiki 'a e totongi ki he kau tutu (grower payments) ki he faile CSV ki he pangikē
$server = "koloa-sql.database.windows.net"
$cred = New-Object System.Management.Automation.PSCredential("payments_ro",
    (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))

$rows = Invoke-Sqlcmd -ServerInstance $server -Database growers -Credential $cred `
    -Query "SELECT grower_id, amount_top, account_no FROM payouts WHERE paid = 0"
$rows | Export-Csv -Path "C:\Totongi\payouts_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Host "Kuo 'osi - $($rows.Count) totongi"
''', words_pw())

add("blind-le/powershell/decoy-secret-store", "ops/windows/Send-Invoices.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# 'Ave 'a e ngaahi invoice - ma'u 'a e key mei he SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
$apiKey = Get-Secret -Name 'SendGridApiKey' -Vault 'KoloaVault' -AsPlainText

Get-ChildItem 'C:\Invoices\*.pdf' | ForEach-Object {
    Write-Host "'Oku 'ave: $($_.Name)"
    # ... Send-SendGridMail -ApiKey $apiKey ...
}
''')

add("blind-le/powershell/sendgrid-key-header", "ops/windows/Test-Mail.ps1", SENDGRID, r'''
# Sivi 'a e SendGrid mei he komipiuta 'i he 'ofisi
$headers = @{ Authorization = "Bearer @@secret@@" }
$body = @{
  personalizations = @(@{ to = @(@{ email = "ngaue@vanilakava.to" }) })
  from = @{ email = "invoices@vanilakava.to" }
  subject = "Sivi - test"
  content = @(@{ type = "text/plain"; value = "Mālō e lelei" })
} | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri https://api.sendgrid.com/v3/mail/send -Method Post -Headers $headers -Body $body -ContentType 'application/json'
''', sendgrid_key())

# ---------------------------------------------------------------- Kubernetes
_k8s_pw = words_pw()
add("blind-le/k8s-secret/database-password-base64", "deploy/k8s/koloa-db-secret.yaml", K8S_SECRET, r'''
# Secret 'o e database koloa - production
apiVersion: v1
kind: Secret
metadata:
  name: koloa-db
  namespace: koloa
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
''', _k8s_pw, user=b64("koloa_app"), pw=b64(_k8s_pw))

_k8s_tw = hexs(32)
add("blind-le/k8s-secret/twilio-token-base64", "deploy/k8s/tikite-twilio-secret.yaml", K8S_SECRET, r'''
apiVersion: v1
kind: Secret
metadata:
  name: tikite-twilio
  namespace: kwaia
  labels:
    app: tikite-hiva
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@sid@@
  TWILIO_AUTH_TOKEN: @@tok@@
''', _k8s_tw, sid=b64(twilio_sid()), tok=b64(_k8s_tw))

add("blind-le/k8s-secret/stripe-key-stringdata", "deploy/k8s/tikite-stripe-secret.yaml", K8S_SECRET, r'''
apiVersion: v1
kind: Secret
metadata:
  name: tikite-stripe
  namespace: kwaia
type: Opaque
stringData:
  # Key mo'oni 'eni - fetongi ki he SealedSecret (Sione 'i Nōvema)
  STRIPE_SECRET_KEY: "@@secret@@"
''', stripe_key())

add("blind-le/k8s/decoy-sealed-secret", "deploy/k8s/tikite-stripe-sealed.yaml", SEALED, r'''
# SealedSecret - ciphertext pe; 'oku lava pe 'e he controller 'i he cluster 'o decrypt
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tikite-stripe
  namespace: kwaia
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@c1@@
  template:
    metadata:
      name: tikite-stripe
''', c1=fakes.drawn(_seed(), 380, ALNUM + "+/") + "==")

add("blind-le/k8s/decoy-secret-key-ref", "deploy/k8s/tikite-deployment.yaml", K8S, r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tikite-hiva
  namespace: kwaia
spec:
  replicas: 2
  selector:
    matchLabels: { app: tikite-hiva }
  template:
    metadata:
      labels: { app: tikite-hiva }
    spec:
      containers:
        - name: web
          image: ghcr.io/kwaia-senitenale/tikite-hiva@sha256:@@digest@@
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: tikite-stripe, key: STRIPE_SECRET_KEY }
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: tikite-db, key: password }
''', digest=sha256ish())

add("blind-le/k8s/env-value-password", "deploy/k8s/grade-worker.yaml", K8S, r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: grade-worker
  namespace: koloa
spec:
  schedule: "0 3 * * *"   # 3 pongipongi (Tonga)
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: worker
              image: registry.vanilakava.to/grade-worker:1.8.2
              env:
                - name: RABBITMQ_URL
                  value: "amqp://grades:@@secret@@@rabbitmq.koloa.svc:5672/"
''', rand_pw(18))

_pull_pw = rand_pw(24)
add("blind-le/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: vanilakava-registry
  namespace: koloa
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@dcj@@
''', _pull_pw,
    dcj=b64('{"auths":{"registry.vanilakava.to":{"username":"deploy","password":"' + _pull_pw + '"}}}'))

add("blind-le/k8s/decoy-external-secret", "deploy/k8s/koloa-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
# Ma'u mei he AWS Secrets Manager 'e he External Secrets Operator
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: koloa-db
  namespace: koloa
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: koloa-db }
  data:
    - secretKey: password
      remoteRef: { key: prod/koloa/postgres, property: password }
''')

add("blind-le/k8s/decoy-configmap", "deploy/k8s/koloa-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: koloa-config
  namespace: koloa
data:
  EXPORT_PORTS: "Nuku'alofa,Neiafu"
  VANILLIN_MIN_PERCENT: "1.6"
  KAVA_MOISTURE_MAX: "12"
  PASSWORD_MIN_LENGTH: "12"
  TOKEN_TTL_SECONDS: "3600"
  SECRET_STORE: "aws-secrets-manager"
''')

# ---------------------------------------------------------------- Helm
add("blind-le/helm/redis-password", "charts/tikite-hiva/values-prod.yaml", HELM, r'''
# Ngaahi value ki he production (kwaia)
image:
  repository: ghcr.io/kwaia-senitenale/tikite-hiva
  tag: "2.4.0"
ingress:
  enabled: true
  host: tikite.kwaia.to
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
resources:
  limits: { cpu: 500m, memory: 512Mi }
''', redis_pw())

add("blind-le/helm/decoy-existing-secret", "charts/tikite-hiva/values.yaml", HELM, r'''
image:
  repository: ghcr.io/kwaia-senitenale/tikite-hiva
  tag: ""
postgresql:
  auth:
    username: tikite
    # 'Oua 'e tohi 'a e password 'i heni - ngāue'aki 'a e existingSecret
    existingSecret: tikite-db
    secretKeys:
      userPasswordKey: password
stripe:
  secretName: tikite-stripe
  publishableKey: ""
''')

add("blind-le/helm/decoy-template", "charts/tikite-hiva/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", r'''
{{- if not .Values.stripe.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "tikite.fullname" . }}-stripe
type: Opaque
data:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey 'oku fiema'u" .Values.stripe.secretKey | b64enc | quote }}
{{- end }}
''')

# ---------------------------------------------------------------- compose / Dockerfile
add("blind-le/compose/postgres-password", "koloa-export/docker-compose.yml", COMPOSE, r'''
# Server 'i Vava'u (ofisi) - koloa export
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: koloa
      POSTGRES_USER: koloa_app
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.vanilakava.to/koloa-api:3.1.0
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata: {}
''', words_pw())

add("blind-le/compose/decoy-secrets-file", "tikite-hiva/compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  web:
    image: ghcr.io/kwaia-senitenale/tikite-hiva:2.4.0
    environment:
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
      DATABASE_URL: postgres://tikite@db/tikite
    secrets: [stripe_secret_key]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  stripe_secret_key: { file: ./secrets/stripe_secret_key.txt }
  db_password: { file: ./secrets/db_password.txt }
''')

add("blind-le/compose/smtp-password", "tikite-hiva/compose.mail.yml", COMPOSE, r'''
# Relay 'imeili ki he tikite (Postfix)
services:
  relay:
    image: boky/postfix:4.2
    environment:
      ALLOWED_SENDER_DOMAINS: kwaia.to
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: @@secret@@
    restart: unless-stopped
''', sendgrid_key())

add("blind-le/dockerfile/npm-token-arg", "tikite-hiva/Dockerfile", DOCKERFILE, r'''
FROM node:20-alpine AS build
WORKDIR /app
# Ko e package @kwaia/seatmap 'oku private 'i he npm
ENV NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
''', npm_token())

add("blind-le/dockerfile/decoy-build-secret-mount", "koloa-export/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# Ko e token ki he private index 'oku 'omi 'e he --secret, 'ikai 'i he image
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.vanilakava.to/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "koloa_export.wsgi", "-b", "0.0.0.0:8080"]
''')

# ---------------------------------------------------------------- Terraform
add("blind-le/terraform/db-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r'''
# Database 'o e koloa export - Sydney
resource "aws_db_instance" "koloa" {
  identifier          = "koloa-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "koloa_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = { Project = "vanila-kava", Owner = "Tevita" }
}
''', rand_pw(24))

add("blind-le/terraform/decoy-random-password", "infra/terraform/tikite_db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
# Fakatupu 'e Terraform 'a e password pea tauhi 'i he Secrets Manager
resource "random_password" "tikite_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "tikite_db" {
  secret_id     = aws_secretsmanager_secret.tikite_db.id
  secret_string = random_password.tikite_db.result
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}
''')

add("blind-le/terraform/tfvars-cloudflare", "infra/terraform/prod.tfvars", TF, r'''
# prod.tfvars - ! 'oku 'ikai totonu ke commit 'eni (Siaosi)
region          = "ap-southeast-2"
domain          = "vanilakava.to"
cloudflare_api_token = "@@secret@@"
alert_email     = "ngaue@vanilakava.to"
''', cloudflare_token())

add("blind-le/terraform/decoy-variables", "infra/terraform/variables.tf", TF, r'''
variable "cloudflare_api_token" {
  description = "Token Cloudflare (DNS edit) - 'oku 'i he TF_VAR_cloudflare_api_token"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Password 'o e database; default 'oku 'ikai"
  type        = string
  sensitive   = true
  default     = null
}
''')

add("blind-le/terraform/digitalocean-token", "infra/terraform/tikite/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

# Droplet 'o e app tikite 'a e kwaia (Sydney)
provider "digitalocean" {
  token = "@@secret@@"
}
''', do_token())

# ---------------------------------------------------------------- Ansible
add("blind-le/ansible/vars-password", "ansible/group_vars/vavau_office.yml", ANSIBLE, r'''
---
# Ofisi 'i Neiafu, Vava'u
office_timezone: Pacific/Tongatapu
backup_host: backup.koloa.internal
samba_shares:
  - name: tohi
    path: /srv/tohi
samba_user: ofisi
samba_password: "@@secret@@"
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
''', words_pw())

add("blind-le/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
@@v6@@
''', **{f"v{i}": hexs(80) for i in range(1, 7)})

add("blind-le/ansible/decoy-vault-lookup", "ansible/roles/tikite/tasks/main.yml", ANSIBLE, r'''
---
- name: Tohi 'a e .env 'o e app tikite
  ansible.builtin.template:
    src: env.j2
    dest: /srv/tikite/.env
    mode: "0600"
  vars:
    stripe_secret_key: "{{ vault_stripe_secret_key }}"
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/tikite/db:password') }}"

- name: Toe kamata 'a e app
  ansible.builtin.systemd:
    name: tikite
    state: restarted
''')

add("blind-le/ansible/mysql-user-task", "ansible/roles/shipments_db/tasks/users.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r'''
---
- name: 'Akauni lipooti (read-only) ki he database shipments
  community.mysql.mysql_user:
    name: lipooti
    host: "10.20.0.%"
    password: @@secret@@
    priv: "kava_shipments.*:SELECT"
    state: present
''', rand_pw(20))

# ---------------------------------------------------------------- CI
add("blind-le/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - name: Deploy ki he DigitalOcean
        env:
          DIGITALOCEAN_TOKEN: ${{ secrets.DIGITALOCEAN_TOKEN }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./ops/deploy_tikite.sh
''')

add("blind-le/github-actions/pypi-token", ".github/workflows/publish-sdk.yml", "https://github.com/pypa/gh-action-pypi-publish", r'''
name: publish koloa-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          # TODO: fetongi ki he trusted publishing
          password: @@secret@@
''', pypi())

add("blind-le/gitlab-ci/aws-secret-variable", ".gitlab-ci.yml", GITLAB_CI, r'''
stages: [test, deploy]

variables:
  AWS_DEFAULT_REGION: ap-southeast-2
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

deploy:
  stage: deploy
  script: [aws s3 sync ./site s3://vanilakava-site --delete]
  only: [main]
''', aws_secret(), kid=aws_id())

add("blind-le/gitlab-ci/decoy-masked-variable", "grade-classifier/.gitlab-ci.yml", GITLAB_CI, r'''
# HF_TOKEN mo DOCKER_AUTH_CONFIG 'oku 'i he Settings > CI/CD > Variables (masked, protected)
stages: [build]
build:
  stage: build
  image: rust:1.80
  variables:
    CARGO_TERM_COLOR: always
  script:
    - test -n "$HF_TOKEN" || (echo "'ikai ha HF_TOKEN" && exit 1)
    - cargo build --release
''')

add("blind-le/circleci/slack-webhook", ".circleci/config.yml", "https://circleci.com/docs/config-intro/", r'''
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci && npm test
      - run:
          name: Fakahā ki Slack
          when: on_fail
          command: |
            curl -X POST -H 'Content-type: application/json' \
              --data '{"text":"Kuo tō e build tikite-hiva (main)"}' \
              @@secret@@
''', slack_webhook())

add("blind-le/bitbucket/decoy-repository-variable", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Sivi mo deploy
          script:
            - pip install -r requirements.txt
            - pytest -q
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: vanilakava-site
                LOCAL_PATH: site
''')

# ---------------------------------------------------------------- client configs
add("blind-le/npmrc/npm-token", "tikite-hiva/.npmrc", NPMRC, r'''
# Ko e package @kwaia/seatmap 'oku private
@kwaia:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', npm_token())

add("blind-le/npmrc/decoy-env-token", "koloa-export/web/.npmrc", NPMRC, r'''
# Token mei he CI (NPM_TOKEN) - 'oua 'e tohi heni
@vanilakava:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''')

add("blind-le/pypirc/pypi-token", "koloa-sdk/.pypirc", PYPIRC, r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', pypi())

add("blind-le/netrc/password", "ops/dotfiles/netrc", NETRC, r'''
# ki he tohi-tali (FTP) 'a e kautaha uta vaka (shipping agent) 'i Auckland
machine ftp.pacificforwarders.co.nz
  login vanilakava
  password @@secret@@
machine api.github.com
  login sione-vk
''', words_pw())

add("blind-le/pgpass/password", "ops/dotfiles/pgpass", PGPASS, r'''
# hostname:port:database:username:password
# (localhost: peer auth pe, 'ikai fiema'u ha laine)
db.koloa.internal:5432:koloa:sione:@@secret@@
db.koloa.internal:5432:*:lipooti_ro:*
# ^ lipooti_ro: 'oku ngāue'aki 'a e IAM auth, 'ikai ha password
''', rand_pw(18))

add("blind-le/aws-credentials/secret-key", "ops/dotfiles/aws_credentials", AWS_CREDS, r'''
[default]
region = ap-southeast-2

[koloa-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[koloa-staging]
credential_process = aws-vault export --format=json koloa-staging
''', aws_secret(), kid=aws_id())

add("blind-le/aws-credentials/decoy-sso-profile", "ops/dotfiles/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
# Hū 'aki 'a e SSO (aws sso login --profile koloa-prod) - 'ikai ha key 'i he disk
[profile koloa-prod]
sso_session = vanilakava
sso_account_id = 402918337164
sso_role_name = KoloaDeployer
region = ap-southeast-2

[sso-session vanilakava]
sso_start_url = https://vanilakava.awsapps.com/start
sso_region = ap-southeast-2
''')

add("blind-le/ssh/private-key-openssh", "ops/keys/deploy_vavau", SSH, r'''
@@secret@@
''', pem("OPENSSH"))

add("blind-le/ssh/decoy-public-key", "ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Ngaahi key 'a e kau ngāue 'oku lava 'o hū ki he server 'i Vava'u
@@k1@@ sione@laptop
@@k2@@ mele@ofisi
@@k3@@ ci-deploy@github
# Tevita - to'o (removed) 2026-08-14
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub())

add("blind-le/ssh/decoy-config", "ops/dotfiles/ssh_config", SSH, r'''
# Ngaahi server 'a e koloa export
Host vavau
    HostName 10.20.0.10
    User ngaue
    IdentityFile ~/.ssh/deploy_vavau
    IdentitiesOnly yes

Host tikite-prod
    HostName tikite.kwaia.to
    User deploy
    IdentityFile ~/.ssh/id_ed25519
''')

add("blind-le/rclone/password", "ops/dotfiles/rclone.conf", RCLONE, r'''
# Backup 'o e tā (photos) ki he SFTP 'i Nuku'alofa
[nukualofa-sftp]
type = sftp
host = files.vanilakava.to
user = backup
pass = @@secret@@
shell_type = unix
md5sum_command = md5sum
''', fakes.drawn(_seed(), 44, ALNUM + "-_"))

add("blind-le/maven-settings/password", "koloa-export-api/.mvn/settings.xml", MAVEN, r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus 'a e kautaha (artifacts) -->
  <servers>
    <server>
      <id>vanilakava-releases</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
''', words_pw())

add("blind-le/maven-settings/decoy-env-password", "choir-android/.mvn/settings.xml", MAVEN, r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>kwaia-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <!-- ma'u mei he CI -->
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
''')

# ---------------------------------------------------------------- INI / TOML / XML / JSON configs
add("blind-le/ini/odbc-password", "ops/windows/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
; DSN ki he Excel 'a e 'ofisi (lipooti totongi)
[KoloaGrowers]
Driver = ODBC Driver 18 for SQL Server
Server = koloa-sql.database.windows.net
Database = growers
UID = excel_ro
PWD = @@secret@@
Encrypt = yes
''', words_pw())

add("blind-le/ini/decoy-alembic", "koloa_export/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", r'''
[alembic]
script_location = migrations
# 'Oku fetongi 'e he env.py 'aki 'a e KOLOA_DSN
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''')

add("blind-le/ini/supervisor-env", "ops/supervisor/kavabot.conf", SUPERVISOR, r'''
[program:kavabot]
command=/srv/kavabot/venv/bin/python -m kavabot
directory=/srv/kavabot
user=kavabot
autorestart=true
environment=TELEGRAM_TOKEN="@@secret@@",TZ="Pacific/Tongatapu"
stdout_logfile=/var/log/kavabot.log
''', telegram())

add("blind-le/ini/decoy-pip-conf", "ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
# Private index 'a e kautaha: 'oku ma'u 'a e password mei he keyring
index-url = https://pypi.vanilakava.to/simple
extra-index-url = https://pypi.org/simple
trusted-host = pypi.vanilakava.to

[install]
require-hashes = false
''')

add("blind-le/toml/decoy-pyproject", "koloa-sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "koloa-sdk"
version = "0.9.3"
description = "SDK ki he API koloa export (vanila mo kava)"
authors = [{ name = "Sione Tupou", email = "sione@vanilakava.to" }]
dependencies = ["httpx>=0.27", "pydantic>=2"]

[tool.koloa]
api_base = "https://api.vanilakava.to/v2"
api_key_env = "KOLOA_API_KEY"
''')

add("blind-le/toml/datadog-key", "koloa-export/vector.toml", "https://vector.dev/docs/reference/configuration/sinks/datadog_logs/", r'''
# Log 'o e API ki he Datadog
[sources.api_logs]
type = "file"
include = ["/var/log/koloa/*.log"]

[sinks.datadog]
type = "datadog_logs"
inputs = ["api_logs"]
default_api_key = "@@secret@@"
site = "ap1.datadoghq.com"
''', datadog_key())

add("blind-le/toml/decoy-cargo-config", "grade-classifier/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", r'''
[registries.vanilakava]
index = "sparse+https://cargo.vanilakava.to/index/"
# Token 'oku 'i he credential provider (keyring) - 'ikai 'i heni
credential-provider = ["cargo:libsecret"]

[build]
rustflags = ["-C", "target-cpu=native"]

[net]
git-fetch-with-cli = true
''')

add("blind-le/xml/web-config-connection", "GrowerPortal.Legacy/Web.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/ms178411(v=vs.100)", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Portal motu'a (legacy) - kei ngāue'aki 'e he 'ofisi 'i Ha'apai -->
  <connectionStrings>
    <add name="Growers"
         connectionString="Data Source=10.20.0.21;Initial Catalog=growers;User Id=portal_legacy;Password=@@secret@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Currency" value="TOP" />
  </appSettings>
</configuration>
''', words_pw())

add("blind-le/xml/decoy-web-config-transform", "GrowerPortal.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- 'Oku fakafonu 'e he pipeline 'a e #{GrowersPassword}# -->
    <add name="Growers"
         connectionString="Data Source=10.20.0.21;Initial Catalog=growers;User Id=portal_legacy;Password=#{GrowersPassword}#;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
''')

add("blind-le/xml/android-strings-api-key", "choir-android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- 'Oua 'e 'ave 'a e faile ni ki he git!! (kuo 'alu pe) -->
    <string name="admin_api_key" translatable="false">@@secret@@</string>
    <string name="choir_name">Kwaia Senitenale</string>
</resources>
''', "kwa_live_" + rand_pw(32))

add("blind-le/xml/decoy-google-services-manifest", "choir-android/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/manifest-intro", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Tikite Kwaia" android:icon="@mipmap/ic_launcher">
        <!-- Ma'u mei he local.properties 'i he taimi build -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("blind-le/json/decoy-package-lock", "tikite-hiva/package-lock.json", NPM_LOCK, r'''
{
  "name": "tikite-hiva",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/twilio": {
      "version": "5.2.2",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.2.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-le/json/service-account-key", "grade-classifier/gcp-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "kava-grades",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "grader@kava-grades.iam.gserviceaccount.com",
  "client_id": "108734412096553187421",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', pem("RSA").replace("\n", "\\n"), kid=hexs(40))

add("blind-le/json/decoy-vscode-launch", "tikite-hiva/.vscode/launch.json", VSCODE, r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Server (dev)",
      "program": "${workspaceFolder}/server/index.js",
      "envFile": "${workspaceFolder}/.env",
      "env": { "NODE_ENV": "development", "STRIPE_SECRET_KEY": "${env:STRIPE_SECRET_KEY}" }
    }
  ]
}
''')

add("blind-le/json/postman-environment", "tikite-hiva/postman/tikite-prod.postman_environment.json", POSTMAN, r'''
{
  "id": "@@id@@",
  "name": "tikite prod",
  "values": [
    { "key": "base_url", "value": "https://api.tikite.kwaia.to/v1", "enabled": true },
    { "key": "admin_key", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "concert_id", "value": "12", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', "kwa_live_" + rand_pw(32), id=uuid_s())

add("blind-le/json/decoy-postman-empty", "tikite-hiva/postman/tikite-local.postman_environment.json", POSTMAN, r'''
{
  "id": "@@id@@",
  "name": "tikite local",
  "values": [
    { "key": "base_url", "value": "http://localhost:3000/v1", "enabled": true },
    { "key": "admin_key", "value": "", "type": "secret", "enabled": true },
    { "key": "concert_id", "value": "1", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', id=uuid_s())

add("blind-le/json/composer-auth", "kwaia-site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
  "http-basic": {
    "repo.packagist.com": {
      "username": "kwaia",
      "password": "@@secret@@"
    }
  },
  "github-oauth": {}
}
''', rand_pw(40))

add("blind-le/http/bearer-token", "koloa-export-api/requests/partners.http", HTTPIE, r'''
### Lisi 'o e ngaahi oota mei he kautaha 'i Siapani
GET https://api.vanilakava.to/v2/orders?buyer=tokyo-spice
Authorization: Bearer @@secret@@
Accept: application/json

### Oota fo'ou
POST https://api.vanilakava.to/v2/orders
Content-Type: application/json

{"buyer": "tokyo-spice", "product": "vanila-gourmet-A", "kg": 120}
''', "vk_live_" + rand_pw(40))

add("blind-le/http/decoy-variable", "koloa-export-api/requests/orders.http", HTTPIE, r'''
### Ngaahi oota (token mei he http-client.private.env.json, 'oku 'i he .gitignore)
GET {{base}}/v2/orders?status=pending
Authorization: Bearer {{token}}

### Kava pauta (powder) stock
GET {{base}}/v2/stock/kava-powder
Authorization: Bearer {{token}}
''')

# ---------------------------------------------------------------- notebooks
add("blind-le/notebook/database-password", "analysis/vanillin_by_farm.ipynb", JUPYTER, r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Vanillin % 'i he ngoue taki taha (2026)\n", "Fakafehoanaki 'a e ngaahi ngoue 'i Vava'u mo 'Eua."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@db.koloa.internal/koloa')\n",
    "df = pd.read_sql('SELECT farm, island, vanillin_pct FROM lab_results', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

add("blind-le/notebook/decoy-getpass", "analysis/kava_prices.ipynb", JUPYTER, r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "# Hū 'aki ho'o password - 'oua 'e tohi 'i he notebook\n",
    "pw = os.environ.get('KOLOA_DB_PASSWORD') or getpass.getpass('Password: ')\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@db.koloa.internal/koloa')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("blind-le/notebook/openai-key-output", "analysis/translate_labels.ipynb", JUPYTER, r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["OPENAI_API_KEY = @@secret@@\n"]}
   ],
   "source": ["# sivi pe 'oku 'i ai 'a e key\n", "print('OPENAI_API_KEY =', os.environ['OPENAI_API_KEY'])"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', openai())

# ---------------------------------------------------------------- SQL
add("blind-le/sql/create-role-password", "koloa_export/migrations/sql/0042_reporting_role.sql", SQL, r'''
-- 0042: 'akauni lipooti ki he Pule Pa'anga (finance) - read only
CREATE ROLE lipooti_pa LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE koloa TO lipooti_pa;
GRANT USAGE ON SCHEMA public TO lipooti_pa;
GRANT SELECT ON payouts, growers, shipments TO lipooti_pa;
''', words_pw())

add("blind-le/sql/decoy-password-hash-seed", "tikite-hiva/db/seed_admins.sql", SQL, r'''
-- Kau pule 'o e app tikite (bcrypt hash pe - 'ikai ko e password)
INSERT INTO admins (email, name, password_hash) VALUES
  ('setuata@kwaia.to', 'Siosaia Fifita', '@@h1@@'),
  ('faifekau@kwaia.to', 'Rev. Tevita Havili', '@@h2@@'),
  ('tikite@kwaia.to', 'Mele Taufa', '@@h3@@');
-- 'e fetongi 'e he tokotaha kotoa 'enau password 'i he hu'u 'uluaki
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("blind-le/sql/mysql-identified-by", "ops/sql/shipments_users.sql", MYSQL, r'''
-- 'Akauni ki he app shipments (Vava'u)
CREATE USER IF NOT EXISTS 'shipments_app'@'10.20.0.%'
  IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON kava_shipments.* TO 'shipments_app'@'10.20.0.%';
FLUSH PRIVILEGES;
''', rand_pw(20))

add("blind-le/sql/decoy-api-keys-table", "koloa_export/migrations/sql/0031_api_keys.sql", SQL, r'''
-- Ngaahi key 'a e kau fakatau (buyers): tauhi pe 'a e hash mo e prefix
CREATE TABLE api_keys (
  id          BIGSERIAL PRIMARY KEY,
  buyer_id    BIGINT NOT NULL REFERENCES buyers(id),
  prefix      CHAR(8) NOT NULL,
  key_sha256  CHAR(64) NOT NULL UNIQUE,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO api_keys (buyer_id, prefix, key_sha256) VALUES (1, 'vk_live_', '@@h@@');
''', h=sha256ish())

# ---------------------------------------------------------------- logs / CSV
add("blind-le/log/connection-string-in-error", "logs/koloa-api-2026-11-03.log", LOG, r'''
2026-11-03 06:14:02,118 INFO  koloa.api  starting worker pid=3141
2026-11-03 06:14:02,502 INFO  koloa.api  Kamata 'a e API (Neiafu)
2026-11-03 06:14:03,771 ERROR koloa.db   could not connect: postgresql://koloa_app:@@secret@@@10.20.0.15:5432/koloa (timeout)
2026-11-03 06:14:08,774 WARNING koloa.db retrying in 5s
2026-11-03 06:14:13,901 INFO  koloa.db   connected
2026-11-03 06:15:44,020 INFO  koloa.api  GET /v2/orders 200 41ms
''', rand_pw(22))

add("blind-le/log/decoy-redacted", "logs/tikite-2026-11-28.log", LOG, r'''
2026-11-28T19:02:11+13:00 info  checkout: session created concert=12 seats=4 key=sk_live_****redacted****
2026-11-28T19:02:12+13:00 info  sms: sent to +676*****21 via AC****************************9f1e
2026-11-28T19:02:40+13:00 warn  auth: bad admin key attempt ip=203.0.113.41 key_prefix=kwa_live_
2026-11-28T19:03:05+13:00 info  checkout: payment succeeded pi=pi_3QK2xRLk8f0aZb1E0m7HcT2d
2026-11-28T19:03:06+13:00 info  tikite: issued B12,B13,B14,B15 - Mālō
''')

add("blind-le/log/bearer-in-access-log", "logs/nginx-access-api.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
203.0.113.7 - - [02/Dec/2026:09:12:44 +1300] "GET /v2/stock/vanila HTTP/1.1" 200 512 "-" "koloa-sdk/0.9.3"
203.0.113.7 - - [02/Dec/2026:09:12:45 +1300] "GET /v2/orders?access_token=@@secret@@ HTTP/1.1" 200 2210 "-" "python-requests/2.32"
198.51.100.23 - - [02/Dec/2026:09:13:02 +1300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
198.51.100.23 - - [02/Dec/2026:09:13:12 +1300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
203.0.113.9 - - [02/Dec/2026:09:14:30 +1300] "POST /v2/orders HTTP/1.1" 201 88 "-" "koloa-sdk/0.9.3"
''', "vk_live_" + rand_pw(40))

add("blind-le/csv/decoy-key-inventory", "docs/security/key_inventory.csv", CSV, r'''
service,owner,where_stored,last_rotated,fingerprint
stripe,Sione,AWS Secrets Manager prod/koloa/stripe_secret_key,2026-10-02,sk_live_...9xQ2
sendgrid,Mele,AWS Secrets Manager prod/koloa/sendgrid_api_key,2026-10-02,SG.****
twilio,Siosaia,Vault kv/tikite/twilio,2026-09-15,AC...9f1e
deploy ssh,Tevita,1Password "Koloa Ops",2026-08-14,SHA256:@@fp@@
''', fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-le/csv/wifi-and-portal-password", "docs/ofisi/accounts_handover.csv", CSV, r'''
system,username,password,notes
portal MAF biosecurity,vanilakava,@@secret@@,fakafo'ou 'i Sanuali
router ofisi Neiafu,admin,(see sticker),ko e sticker 'i lalo 'i he router
Xero,accounts@vanilakava.to,(1Password),2FA 'i he telefoni 'a Mele
bank (TDB online),sione.t,(hardware token),'ikai lava ke vahevahe
''', words_pw())

# ---------------------------------------------------------------- docs
add("blind-le/markdown/decoy-readme-placeholders", "tikite-hiva/README.md", MARKDOWN, r'''
# Tikite Hiva - Kwaia Senitenale

App ki hono fakatau 'o e tikite ki he ngaahi koniseti 'a e kwaia 'i Nuku'alofa.

## Kamata (getting started)

```sh
cp .env.example .env
# fakafonu 'a e STRIPE_SECRET_KEY=sk_live_xxx mo e TWILIO_AUTH_TOKEN=<token>
npm ci && npm run dev
```

Ko e ngaahi key mo'oni 'oku 'i he Vault (`kv/tikite/*`). Kole kia Siosaia.
''')

add("blind-le/markdown/runbook-password-in-sentence", "docs/runbooks/vavau-server-restart.md", MARKDOWN, r'''
# Toe kamata 'a e server 'i Vava'u (runbook)

1. Hū ki he iDRAC: https://10.20.0.9 - user `root`, password `@@secret@@`
2. Power > Graceful restart. Tatali miniti 'e 5.
3. Sivi 'a e `systemctl status koloa-api` mo e `docker ps`.
4. Kapau 'oku 'ikai ke ngāue 'a e database, vakai ki he `/var/log/postgresql/`.

> Fakatokanga: 'oua 'e tamate'i 'a e UPS - 'oku fiema'u ki he freezer vanila.
''', words_pw())

add("blind-le/markdown/decoy-aws-docs-example", "docs/dev/aws-setup.md", AWS_EXAMPLE, r'''
# Teuteu AWS CLI (ki he kau ngāue fo'ou)

Ngāue'aki 'a e SSO: `aws sso login --profile koloa-prod`. 'Oua 'e fakatupu ha access key.

Kapau 'oku fiema'u 'e ha tool motu'a ha key, ko e fōtunga eni (ko e example mei he AWS docs):

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```
''')

add("blind-le/markdown/slack-webhook-in-wiki", "wiki/Fakahā-ki-Slack.md", MARKDOWN, r'''
# Fakahā ki Slack (notifications)

Ko e channel `#vaka-uta` 'oku ma'u ai 'a e fakatokanga 'o e container.

| Channel | Webhook | Tokotaha |
|---|---|---|
| #vaka-uta | `@@secret@@` | Tevita |
| #lab | (fa'u fo'ou - kole kia Mele) | Mele |

Sivi: `curl -X POST -d '{"text":"sivi"}' <webhook>`
''', slack_webhook())

add("blind-le/markdown/decoy-changelog", "tikite-hiva/CHANGELOG.md", MARKDOWN, r'''
# Liliu (changelog)

## 2.4.0 - 2026-11-20
- Nofo'anga fo'ou ki he koniseti Kilisimasi (balcony B)
- Fetongi 'a e Stripe key (rotation) - key fo'ou 'oku 'i he Vault pe
- Commit @@sha@@: to'o 'a e `TWILIO_AUTH_TOKEN` mei he config.js

## 2.3.1 - 2026-10-02
- Fakalelei'i 'a e QR 'i he tikite
''', sha=git_sha())

add("blind-le/markdown/db-url-in-onboarding", "docs/dev/onboarding.md", MARKDOWN, r'''
# Talitali ki he timi koloa export!

## Database 'o e staging

Ko e URL 'eni 'o e staging (kole ki a Sione ki he production):

    postgres://koloa_staging:@@secret@@@staging-db.koloa.internal:5432/koloa

## Ngaahi me'a kehe
- Slack: #koloa-dev
- Fakataha 'a e timi: Mōnite 9:00 pongipongi
''', rand_pw(20))

add("blind-le/rst/decoy-api-docs", "koloa-sdk/docs/authentication.rst", RST, r'''
Authentication
==============

Ko e API key kotoa 'oku kamata 'aki ``vk_live_`` (production) pe ``vk_test_`` (sivi).

.. code-block:: python

   from koloa_sdk import Client
   client = Client(api_key=os.environ["KOLOA_API_KEY"])

Example ('ikai ko ha key mo'oni): ``vk_live_EXAMPLEEXAMPLEEXAMPLEEXAMPLE``.
''')

add("blind-le/rst/api-key-in-docs", "koloa-sdk/docs/quickstart.rst", RST, r'''
Quickstart
==========

Install: ``pip install koloa-sdk``

.. code-block:: python

   from koloa_sdk import Client

   # key 'a e timi (sivi 'i he production) - TODO to'o kimu'a he release
   client = Client(api_key="@@secret@@")
   print(client.stock("vanila-gourmet-A"))
''', "vk_live_" + rand_pw(40))

add("blind-le/html/decoy-checkout-page", "tikite-hiva/web/public/checkout.html", HTML, r'''
<!doctype html>
<html lang="to">
<head>
  <meta charset="utf-8">
  <title>Totongi - Tikite Kwaia</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Totongi ho'o tikite</h1>
  <div id="card-element"></div>
  <script>
    const stripe = Stripe('@@pk@@');
  </script>
</body>
</html>
''', pk=stripe_pk())

add("blind-le/html/admin-password-in-page", "kwaia-site/admin/help.html", HTML, r'''
<!doctype html>
<html lang="to">
<head><meta charset="utf-8"><title>Tokoni - Admin</title></head>
<body>
  <h2>Hū ki he admin 'o e uepisaiti</h2>
  <p>URL: https://kwaia.to/wp-admin</p>
  <p>Username: <code>setuata</code> &middot; Password: <code>@@secret@@</code></p>
  <p>Kataki 'o 'oua 'e vahevahe 'eni ki tu'a 'i he komiti.</p>
</body>
</html>
''', words_pw())

# ---------------------------------------------------------------- notes
add("blind-le/notes/decoy-meeting-notes", "notes/fakataha-2026-11-10.txt", MARKDOWN, r'''
Fakataha timi - 10 Nōvema 2026
Tokotaha: Sione, Mele, Tevita, Siosaia

1. Stripe: kuo fetongi 'a e key; key fo'ou 'oku 'i he Vault. 'Oua 'e paste 'i Slack.
2. SendGrid: key motu'a (SG.****) kuo revoke.
3. Twilio: token 'oku kei 'i he .env 'i he laptop 'a Siosaia -> hiki ki Vault 'i he Falaite.
4. Koniseti Kilisimasi: tikite 'e 600, T$25 taki taha.
''')

add("blind-le/notes/token-in-handover", "notes/handover_tevita.txt", MARKDOWN, r'''
Tohi ki he tokotaha fo'ou (handover) - Tevita, Tisema 2026

- Server Vava'u: vakai ki he runbook.
- GitHub bot ki he release: token 'oku 'i lalo (fetongi kapau te ke lava):
  @@secret@@
- Ko e 'akauni AWS: SSO pe.
Mālō 'aupito, kuo u fiefia ke ngāue mo kimoutolu.
''', gh_fine())

add("blind-le/notes/decoy-password-policy", "notes/lea-fakapulipuli-tu'utu'uni.md", MARKDOWN, r'''
# Tu'utu'uni ki he lea fakapulipuli (password policy)

- 'Oku fiema'u ke mo'oni 'a e mata'itohi 'e 14 pe lahi ange.
- 'Oua 'e ngāue'aki: `password`, `Tonga2026`, `kava123`, `vanila!`.
- Ngāue'aki 'a e 1Password ke fakatupu (generate).
- Fetongi leva 'o kapau kuo 'asi 'i ha feitu'u (Slack, 'imeili, git).
''')

add("blind-le/notes/sms-gateway-key", "notes/sms-gateway.md", MARKDOWN, r'''
## SMS gateway (Digicel bulk SMS) - ki he tikite

- Portal: https://bulksms.digicelgroup.com
- Sender ID: KWAIA
- API key: @@secret@@
- Totongi: T$0.05 'i he SMS taki taha; ma'u 'a e invoice 'i he 'aho 1 'o e māhina.
''', hexs(40))

# ---------------------------------------------------------------- shell histories
add("blind-le/shell-history/psql-password-env", "ops/history/sione.bash_history", HISTORY, r'''
cd /srv/koloa-export
git pull
docker compose ps
PGPASSWORD='@@secret@@' psql -h db.koloa.internal -U koloa_admin koloa -c 'select count(*) from shipments'
exit
''', words_pw())

add("blind-le/shell-history/decoy-vault-login", "ops/history/mele.bash_history", HISTORY, r'''
vault login -method=oidc
vault kv get kv/tikite/stripe
export STRIPE_SECRET_KEY=$(vault kv get -field=secret_key kv/tikite/stripe)
npm run refund -- --pi pi_3QK2xRLk8f0aZb1E0m7HcT2d
unset STRIPE_SECRET_KEY
history -c
''')

add("blind-le/shell-history/docker-login-password", "ops/history/tevita.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", r'''
: 1764650011:0;ssh vavau
: 1764650042:0;docker login registry.vanilakava.to -u deploy -p @@secret@@
: 1764650060:0;docker pull registry.vanilakava.to/koloa-api:3.1.0
: 1764650101:0;docker compose up -d
: 1764650130:0;docker logs -f koloa-api
''', rand_pw(24))

add("blind-le/shell-history/decoy-ssh-keygen", "ops/history/siosaia.bash_history", HISTORY, r'''
ssh-keygen -t ed25519 -C "siosaia@kwaia" -f ~/.ssh/id_ed25519
cat ~/.ssh/id_ed25519.pub
gh auth login --web
gh secret set STRIPE_SECRET_KEY --repo kwaia-senitenale/tikite-hiva < /dev/stdin
git push origin main
''')

# ---------------------------------------------------------------- build / service files
add("blind-le/makefile/registry-password", "koloa-export/Makefile", MAKE, r'''
IMAGE := registry.vanilakava.to/koloa-api
TAG   ?= $(shell git describe --tags)
# TODO(Tevita): to'o 'eni - ngāue'aki 'a e docker credential helper
REGISTRY_PASSWORD := @@secret@@

push:
	echo "$(REGISTRY_PASSWORD)" | docker login registry.vanilakava.to -u deploy --password-stdin
	docker build -t $(IMAGE):$(TAG) .
	docker push $(IMAGE):$(TAG)
''', rand_pw(24))

add("blind-le/makefile/decoy-env", "tikite-hiva/Makefile", MAKE, r'''
.PHONY: dev test deploy
# Kotoa 'a e ngaahi key 'oku ma'u mei he environment pe Vault
dev:
	npm run dev
test:
	STRIPE_SECRET_KEY=sk_test_dummy npm test
deploy:
	test -n "$$DIGITALOCEAN_TOKEN" || (echo "'ikai ha DIGITALOCEAN_TOKEN"; exit 1)
	./ops/deploy_tikite.sh
''')

add("blind-le/systemd/environment-token", "ops/systemd/kavabot.service", SYSTEMD, r'''
[Unit]
Description=Kava price bot (Telegram)
After=network-online.target

[Service]
User=kavabot
Environment=TZ=Pacific/Tongatapu
Environment="TELEGRAM_TOKEN=@@secret@@"
ExecStart=/srv/kavabot/venv/bin/python -m kavabot
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', telegram())

add("blind-le/systemd/decoy-credentials-load", "ops/systemd/koloa-api.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Koloa export API
After=network-online.target

[Service]
User=koloa
# Ko e password 'oku encrypt 'e systemd-creds (ciphertext 'i he /etc/credstore.encrypted)
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/koloa_db_password
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/srv/koloa/venv/bin/gunicorn koloa_export.wsgi -b 127.0.0.1:8080

[Install]
WantedBy=multi-user.target
''')

add("blind-le/nginx/decoy-htpasswd", "ops/nginx/htpasswd", NGINX, r'''
# Kau 'oku lava 'o sio ki he staging (apr1 hash pe)
sione:$apr1$@@s1@@$@@h1@@
mele:$apr1$@@s2@@$@@h2@@
siosaia:$apr1$@@s3@@$@@h3@@
tevita:$apr1$@@s4@@$@@h4@@
''', **{k: fakes.drawn(_seed(), 8 if k[0] == "s" else 22, ALNUM + "./") for k in ["s1", "h1", "s2", "h2", "s3", "h3", "s4", "h4"]})

add("blind-le/nginx/basic-auth-header", "ops/nginx/partners-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Proxy ki he portal 'a e kautaha fakatau 'i Niu Sila
server {
    listen 443 ssl;
    server_name partners.vanilakava.to;
    location / {
        proxy_pass https://partners.spiceimports.co.nz;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header Host partners.spiceimports.co.nz;
    }
}
''', b64("vanilakava:" + (_nz_pw := words_pw())), b=b64("vanilakava:" + _nz_pw))

add("blind-le/cron/api-token-in-url", "ops/cron/koloa.crontab", CRON, r'''
# m h dom mon dow command   (taimi Tonga)
0 2 * * * /srv/koloa/ops/backup_shipments.sh >> /var/log/backup.log 2>&1
*/15 * * * * curl -fsS "https://api.vanilakava.to/v2/sync/prices?token=@@secret@@" > /dev/null
30 6 * * 1 /srv/koloa/venv/bin/python -m koloa_export.weekly_report
# 'aho Falaite: lipooti ki he Pule
''', "vk_live_" + rand_pw(40))

add("blind-le/git-config/token-in-remote", "grade-classifier/.git-config-backup", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://oauth2:@@secret@@@gitlab.com/vanilakava/grade-classifier.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
''', gitlab_token())

add("blind-le/docker-config/auth-base64", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.vanilakava.to": {
      "auth": "@@a@@"
    }
  },
  "credsStore": "",
  "currentContext": "default"
}
''', b64("deploy:" + (_dc_pw := rand_pw(24))), a=b64("deploy:" + _dc_pw))

add("blind-le/docker-config/decoy-creds-store", "ops/dotfiles/docker-config-laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "registry.vanilakava.to": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
''')

# ---------------------------------------------------------------- more YAML configs
add("blind-le/yaml/pem-block", "deploy/k8s/biosec-client-cert.yaml", K8S_SECRET, r'''
# Client cert ki he MAF biosecurity portal (mTLS) - Sione
apiVersion: v1
kind: Secret
metadata:
  name: biosec-client
  namespace: koloa
type: kubernetes.io/tls
stringData:
  tls.key: |
    @@k@@
''', (_ec := pem("EC")), k=_ec.replace("\n", "\n    "))

add("blind-le/yaml/kafka-sasl-jaas", "koloa-export-api/src/main/resources/application-events.yml", "https://docs.spring.io/spring-kafka/reference/kafka/connecting.html", r'''
spring:
  kafka:
    bootstrap-servers: pkc-41wq6.ap-southeast-2.aws.confluent.cloud:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      # ngaahi event 'o e shipment (vaka)
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="KOLOA7QX3Z2M" password="@@secret@@";
''', fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-le/yaml/decoy-sops", "deploy/secrets/tikite.enc.yaml", SOPS, r'''
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
twilio_auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-southeast-2:402918337164:key/@@kms@@
    lastmodified: "2026-11-20T08:14:33Z"
    version: 3.9.1
''', d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", kms=uuid_s())

add("blind-le/yaml/fastlane-app-store-key", "ChoirTickets/fastlane/api_key.yml", "https://docs.fastlane.tools/app-store-connect-api/", r'''
# App Store Connect API key - 'app 'a e kwaia
key_id: "7QK2M4TX9B"
issuer_id: "@@iss@@"
in_house: false
key: |
  @@k@@
''', (_p8 := pem("EC").replace("EC PRIVATE", "PRIVATE")), iss=uuid_s(), k=_p8.replace("\n", "\n  "))

add("blind-le/yaml/decoy-openapi-example", "koloa-export-api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", r'''
openapi: 3.1.0
info:
  title: Koloa Export API
  version: 2.0.0
  description: API ki he oota vanila mo e kava
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "Key 'oku kamata 'aki vk_live_; example: vk_live_XXXXXXXXXXXXXXXXXXXXXXXX"
security:
  - bearer: []
''')

add("blind-le/ini/sentry-auth-token", "choir_flutter/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r'''
; Upload 'a e debug symbols (app 'a e kwaia)
[defaults]
url = https://sentry.io/
org = kwaia-senitenale
project = tikite-flutter

[auth]
token = sntrys_@@t@@
''', "sntrys_" + (_sn := fakes.drawn_mixed(_seed(), 64)), t=_sn)

add("blind-le/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  npm-kwaia:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /
    registries: [npm-kwaia]
    schedule: { interval: weekly }
''')

add("blind-le/yaml/anthropic-key", "tools/label-writer/config.yaml", YAML, r'''
# Tohi 'a e fakamatala 'o e koloa (product descriptions) 'i he lea 'e 3
model: claude-3-5-sonnet-latest
anthropic_api_key: @@secret@@
languages: [to, en, ja]
max_words: 120
tone: "mafana mo faka'apa'apa"
''', anthropic_key())

add("blind-le/yaml/decoy-azure-pipelines", "GrowerPortal/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", r'''
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: GrowerPortal-Prod   # GrowersPassword 'oku 'i he variable group (secret)
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: GrowerPortal/GrowerPortal.csproj }
  - task: AzureWebApp@1
    inputs:
      azureSubscription: koloa-sc
      appName: grower-portal
''')

add("blind-le/groovy/jenkins-password", "koloa-export-api/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r'''
pipeline {
  agent any
  environment {
    // TODO: ngāue'aki 'a e credentials() - Tevita
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Publish') {
      steps { sh './mvnw -B deploy -Dnexus.user=deployer -Dnexus.password=$NEXUS_PASSWORD' }
    }
  }
}
''', words_pw())

add("blind-le/groovy/decoy-jenkins-credentials", "tikite-hiva/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
  agent { docker { image 'node:20' } }
  environment {
    NPM_TOKEN = credentials('kwaia-npm-token')
    STRIPE_SECRET_KEY = credentials('tikite-stripe-secret')
  }
  stages {
    stage('Sivi') { steps { sh 'npm ci && npm test' } }
  }
}
''')

# ---------------------------------------------------------------- more languages
add("blind-le/python/vault-token", "tools/rotate_keys.py", VAULT, r'''
"""Fetongi 'a e ngaahi key (rotation) - 'oku lele 'i he laptop 'a Sione."""
import hvac

client = hvac.Client(url="https://vault.kwaia.to:8200", token="@@secret@@")

for path in ("tikite/stripe", "tikite/twilio", "koloa/sendgrid"):
    meta = client.secrets.kv.v2.read_secret_metadata(path=path)
    print(path, meta["data"]["updated_time"])
''', vault_token())

add("blind-le/python/braintree-token", "koloa_export/paypal_payout.py", "https://developer.paypal.com/braintree/docs/start/hello-server/python", r'''
"""Totongi ki he kau fakatau 'i 'Amelika 'aki 'a e PayPal (Braintree gateway)."""
import braintree

gateway = braintree.BraintreeGateway(
    access_token="@@secret@@"
)


def charge(nonce: str, amount_usd: str):
    return gateway.transaction.sale({"amount": amount_usd, "payment_method_nonce": nonce,
                                     "options": {"submit_for_settlement": True}})
''', braintree_token())

add("blind-le/log/smtp-auth-plain", "logs/smtp-debug-invoices.txt", "https://www.rfc-editor.org/rfc/rfc4616", r'''
send: 'ehlo koloa-api\r\n'
reply: b'250-smtp.office365.com Hello [203.0.113.7]\r\n'
reply: b'250-AUTH LOGIN XOAUTH2\r\n'
send: 'AUTH PLAIN @@a@@\r\n'
reply: b'235 2.7.0 Authentication successful\r\n'
send: 'mail FROM:<invoices@vanilakava.to>\r\n'
''', b64("\0invoices@vanilakava.to\0" + (_smtp_pw := words_pw())), a=b64("\0invoices@vanilakava.to\0" + _smtp_pw))

add("blind-le/python/decoy-env-example-docstring", "koloa_export/cli.py", PY_DOC, r'''
"""koloa CLI.

Ngāue'aki::

    export KOLOA_API_KEY=vk_live_<ho'o key>
    koloa stock vanila-gourmet-A
"""
import os
import sys


def main() -> int:
    key = os.environ.get("KOLOA_API_KEY")
    if not key:
        print("'ikai ha KOLOA_API_KEY", file=sys.stderr)
        return 1
    return 0
''')

add("blind-le/php/pdo-password", "kwaia-site/tikite-legacy/db.php", PHP, r'''
<?php
// Tikite motu'a (2019) - kei ngāue'aki ki he lipooti
$dsn = 'mysql:host=localhost;dbname=kwaia_tikite;charset=utf8mb4';
$pdo = new PDO($dsn, 'tikite', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
$count = $pdo->query('SELECT COUNT(*) FROM tickets WHERE concert_id = 12')->fetchColumn();
echo "Tikite kuo fakatau: $count";
''', words_pw())

add("blind-le/ruby/decoy-rspec-fake", "vanila-shop/spec/shopify_sync_spec.rb", "https://rspec.info/documentation/", r'''
require "spec_helper"

RSpec.describe "ShopifySync" do
  # Token fake pe ki he sivi ('ikai 'alu ki Shopify)
  let(:token) { "shpat_" + "0" * 32 }

  it "fakatatau 'a e stock" do
    stub_request(:get, /myshopify.com/).to_return(body: { inventory_levels: [{ available: 40 }] }.to_json)
    expect(ShopifySync.new(token).vanila_pods).to eq(40)
  end
end
''')

add("blind-le/go/doppler-token", "tools/kavabot/secrets.go", "https://docs.doppler.com/docs/service-tokens", r'''
package main

import (
	"net/http"
)

// Ma'u 'a e ngaahi secret mei he Doppler ('i he 'ofisi pe)
const dopplerToken = "@@secret@@"

func fetchSecrets() (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.doppler.com/v3/configs/config/secrets/download?format=json", nil)
	req.SetBasicAuth(dopplerToken, "")
	return http.DefaultClient.Do(req)
}
''', doppler_token())

add("blind-le/csharp/decoy-appsettings-dev", "GrowerPortal/appsettings.Development.json", CSHARP, r'''
{
  "ConnectionStrings": {
    "Growers": "Server=localhost,1433;Database=growers_dev;User ID=sa;Password=<YourStrong@Passw0rd>;TrustServerCertificate=True"
  },
  "Stripe": { "SecretKey": "sk_test_REPLACE_ME", "PublishableKey": "pk_test_REPLACE_ME" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
''')

add("blind-le/kotlin/decoy-sha-pins", "choir-android/app/src/main/java/to/kwaia/tikite/Pinning.kt", "https://square.github.io/okhttp/features/https/#certificate-pinning-kt-java", r'''
package to.kwaia.tikite

import okhttp3.CertificatePinner

// Certificate pins (public key hashes) - 'ikai ko ha secret
val pinner = CertificatePinner.Builder()
    .add("api.tikite.kwaia.to", "sha256/@@p1@@")
    .add("api.tikite.kwaia.to", "sha256/@@p2@@")
    .build()
''', p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-le/java/aws-keys-split", "koloa-export-api/src/main/java/to/vanilakava/s3/CertStore.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", r'''
package to.vanilakava.s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public final class CertStore {
    // Tohi fakamo'oni lab - TODO hiki ki he IAM role
    static final AwsBasicCredentials CREDS = AwsBasicCredentials.create(
        "@@kid@@",
        "@@s1@@" +
        "@@s2@@");
}
''', (_js := aws_secret()), kid=aws_id(), s1=_js[:20], s2=_js[20:])

# ---------------------------------------------------------------- more carriers
add("blind-le/xcconfig/stripe-secret-key", "ChoirTickets/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r'''
// Release - app 'a e kwaia
API_BASE = https:/$()/api.tikite.kwaia.to/v1
STRIPE_PUBLISHABLE_KEY = @@pk@@
// TODO: to'o - 'oku 'ikai fiema'u 'e he app 'a e secret key!
STRIPE_SECRET_KEY = @@secret@@
PRODUCT_BUNDLE_IDENTIFIER = to.kwaia.tikite
''', stripe_key(), pk=stripe_pk())

add("blind-le/perl/dbi-password", "ops/legacy/monthly_kava_report.pl", "https://metacpan.org/pod/DBI#connect", r'''
#!/usr/bin/perl
# Lipooti fakamāhina 'o e kava (motu'a - 2016)
use strict;
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=kava_shipments;host=10.20.0.15",
                       "lipooti", "@@secret@@", { RaiseError => 1 });
my $sth = $dbh->prepare("SELECT grade, SUM(kg) FROM shipments GROUP BY grade");
$sth->execute();
while (my @row = $sth->fetchrow_array) { print join("\t", @row), "\n"; }
''', words_pw())

add("blind-le/r/database-password", "analysis/kava_price_trend.R", "https://solutions.posit.co/connections/db/r-packages/dbi/", r'''
# Totongi kava 'i he ta'u 'e 5 (price trend)
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.koloa.internal", dbname = "koloa",
                 user = "analyst", password = "@@secret@@")
prices <- dbGetQuery(con, "SELECT month, grade, price_top FROM kava_prices")
plot(prices$month, prices$price_top, type = "l", main = "Totongi kava (T$/kg)")
dbDisconnect(con)
''', rand_pw(18))

add("blind-le/elixir/secret-key-base", "kwaia_live/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html", r'''
import Config

# Live stream 'o e koniseti (Phoenix)
config :kwaia_live, KwaiaLiveWeb.Endpoint,
  url: [host: "live.kwaia.to", port: 443, scheme: "https"],
  secret_key_base: "@@secret@@",
  cache_static_manifest: "priv/static/cache_manifest.json"

config :logger, level: :info
''', fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-le/hocon/jwt-secret", "kwaia-ktor/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", r'''
ktor {
    deployment { port = 8080 }
    application { modules = [ to.kwaia.ApplicationKt.module ] }
}
jwt {
    issuer = "https://api.tikite.kwaia.to"
    audience = "kwaia-app"
    # fetongi 'i he production!
    secret = "@@secret@@"
}
''', rand_pw(40))

add("blind-le/hocon/decoy-env-fallback", "kwaia-ktor/src/main/resources/application-prod.conf", "https://ktor.io/docs/server-configuration-file.html", r'''
include "application.conf"
jwt {
    # Ma'u mei he environment (JWT_SECRET) - 'oku 'ikai ha default
    secret = ${?JWT_SECRET}
}
database {
    url = "jdbc:postgresql://db.kwaia.internal:5432/tikite"
    password = ${?DB_PASSWORD}
}
''')

add("blind-le/csharp/smtp-network-credential", "GrowerPortal/Services/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", r'''
using System.Net;
using System.Net.Mail;

namespace GrowerPortal.Services;

// 'Imeili ki he kau tutu (grower statements)
public static class Mailer
{
    public static SmtpClient Create() => new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("statements@vanilakava.to", "@@secret@@"),
    };
}
''', words_pw())

add("blind-le/markdown/hf-token-command", "grade-classifier/README.md", MARKDOWN, r'''
# grade-classifier

Vahevahe 'a e kava 'i hono tā (A, B, C, lāwalu/waka).

## Download 'a e model

```sh
huggingface-cli login --token @@secret@@
cargo run --release -- photos/
```

Fakatokanga: ko e model 'oku private ki he vanilakava org.
''', hf_token())

add("blind-le/notes/password-in-chat-export", "notes/whatsapp-komiti-tikite.txt", MARKDOWN, r'''
[28/11/26, 18:02] Siosaia: Kuo mateuteu 'a e app tikite ki he po ni
[28/11/26, 18:03] Mele: Ko e hā 'a e password 'o e admin ki he matapā (scanner)?
[28/11/26, 18:04] Siosaia: scanner / @@secret@@
[28/11/26, 18:04] Siosaia: 'oua 'e vahevahe pls
[28/11/26, 18:05] Rev. Havili: Mālō 'aupito kotoa, 'Otua ke tāpuaki
''', words_pw())

add("blind-le/ansible-inventory/become-password", "ansible/inventory/office.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
[vavau]
vavau-srv01 ansible_host=10.20.0.10

[vavau:vars]
ansible_user=ngaue
ansible_become_password=@@secret@@
# 'e fetongi ki he vault 'i he 'aho kotoa pe 'oku ma'u ai 'a e taimi - Tevita
''', words_pw())

add("blind-le/powershell/azcopy-sas", "ops/windows/Upload-Photos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
# Hiki 'a e tā 'o e ngoue mei he 'ofisi 'i Ha'apai ki Azure
$src = "D:\Ta\Ngoue\*"
$dest = "https://koloaphotos.blob.core.windows.net/ngoue-photos?sv=2022-11-02&ss=b&srt=co&sp=rwlc&se=2027-06-30T00:00:00Z&spr=https&sig=@@secret@@"
azcopy copy $src $dest --recursive=true
Write-Host "Kuo 'osi hiki 'a e tā"
''', fakes.drawn(_seed(), 43, ALNUM) + "%3D")

add("blind-le/terraform/backend-pg-password", "infra/terraform/tikite/backend.tf", "https://developer.hashicorp.com/terraform/language/backend/pg", r'''
terraform {
  # State 'oku tauhi 'i he Postgres 'i he 'ofisi
  backend "pg" {
    conn_str = "postgres://tfstate:@@secret@@@10.20.0.15/terraform_backend?sslmode=require"
  }
}
''', rand_pw(22))

add("blind-le/github-actions/slack-bot-inline", ".github/workflows/notify.yml", GHA, r'''
name: fakahā
on:
  workflow_run:
    workflows: [deploy]
    types: [completed]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1.26.0
        with:
          channel-id: C05KWAIA01
          slack-message: "Deploy tikite-hiva: ${{ github.event.workflow_run.conclusion }}"
        env:
          SLACK_BOT_TOKEN: @@secret@@
''', slack_bot())

add("blind-le/json/vscode-sqltools-password", "koloa-export/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "koloa prod (read-only)",
      "driver": "PostgreSQL",
      "server": "db.koloa.internal",
      "port": 5432,
      "database": "koloa",
      "username": "analyst",
      "password": "@@secret@@"
    }
  ]
}
''', words_pw())

add("blind-le/toml/streamlit-secrets", "dashboards/vanila/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Dashboard totongi vanila ki he Pule
[connections.koloa]
dialect = "postgresql"
host = "db.koloa.internal"
port = 5432
database = "koloa"
username = "dashboard"
password = "@@secret@@"
''', rand_pw(20))

add("blind-le/ini/mysql-client-password", "ops/dotfiles/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# Ki he mysqldump 'i he backup (Vava'u)
[client]
host     = 10.20.0.15
user     = backup
password = "@@secret@@"

[mysqldump]
single-transaction
''', words_pw())

add("blind-le/dockerfile/django-secret-env", "koloa-export/Dockerfile.admin", DOCKERFILE, r'''
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# admin site (kau ngāue pe)
ENV DJANGO_SETTINGS_MODULE=koloa_export.settings_prod \
    DJANGO_SECRET_KEY="@@secret@@"
RUN python manage.py collectstatic --noinput
CMD ["gunicorn", "koloa_export.wsgi", "-b", "0.0.0.0:8000"]
''', django_key())

add("blind-le/k8s-secret/decoy-placeholder-base64", "deploy/k8s/tikite-db-secret.template.yaml", K8S_SECRET, r'''
# Template pe - fetongi 'a e value 'i he CI ('oku decode ki he "REPLACE_ME")
apiVersion: v1
kind: Secret
metadata:
  name: tikite-db
  namespace: kwaia
type: Opaque
data:
  username: @@u@@
  password: @@p@@
''', u=b64("tikite"), p=b64("REPLACE_ME"))
