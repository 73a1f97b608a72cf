"""Blind labelled set D: files teams commit in Python projects and their deployment.

Application settings, infrastructure (Kubernetes, Helm, Terraform, Ansible, Pulumi, compose,
systemd, Procfiles, cloud-init), CI/CD of several vendors, shell scripts and histories,
notebooks, Makefiles, Dockerfiles, IDE and tool configs, docs. Generated fakes only,
seeds 60000-64999.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Iterator, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS: Iterator[int] = iter(range(60000, 65000))
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
WORDS = [
    "harbor", "maple", "orbit", "lantern", "cobalt", "juniper", "falcon", "meadow", "quartz", "tundra",
    "saffron", "pepper", "violet", "granite", "willow", "ember", "comet", "riddle", "thistle", "basalt",
    "marble", "pilot", "sierra", "walnut", "canyon", "glacier", "otter", "raven", "copper", "nectar",
]


def seed() -> int:
    return next(_SEEDS)


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-d/{category}", file_name, text, secret, source))


def rnd(alphabet: str, length: int, s: Optional[int] = None) -> str:
    rng = random.Random(seed() if s is None else s)
    return "".join(rng.choice(alphabet) for _ in range(length))


def hexs(length: int) -> str:
    return rnd(HEX, length)


def human_pw(url_safe: bool = False) -> str:
    """A password a person picks: two words, digits, a symbol."""
    rng = random.Random(seed())
    sym = rng.choice("-_." if url_safe else "!#%*-_.")
    return rng.choice(WORDS).capitalize() + sym + rng.choice(WORDS) + str(rng.randint(10, 9999)) + ("" if url_safe else rng.choice("!?*#"))


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(2, 99))


def random_pw() -> str:
    return fakes.password(seed())


def redis_pw() -> str:
    return fakes.redis_password(seed())


def pypi() -> str:
    return fakes.pypi_token(seed())


def telegram() -> str:
    return fakes.telegram_token(seed())


def aws_id() -> str:
    return fakes.aws_key_id(seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(seed())


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def stripe() -> str:
    return fakes.fake("sk_live_", 24, seed())


def slack_bot() -> str:
    rng = random.Random(seed())
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-" + "".join(rng.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    rng = random.Random(seed())
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(rng.choice(up) for _ in range(8)) + "/B"
            + "".join(rng.choice(up) for _ in range(10)) + "/" + "".join(rng.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, seed()) + fakes.fake(".", 43, seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, seed())


def npm() -> str:
    return fakes.fake("npm_", 36, seed())


def openai() -> str:
    return fakes.openai_key(seed())


def github() -> str:
    return fakes.github_token(seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(seed())


def django_key() -> str:
    return fakes.django_secret_key(seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(seed(), kind)


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def sha256() -> str:
    return hexs(64)


def b64blob(length: int) -> str:
    return rnd(ALNUM + "+/", length)


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line for line in text.splitlines())


# ---------------------------------------------------------------- Python application settings

pw = human_pw()
add("django-settings/database-password", "src/ledgerly/settings/production.py", f'''"""Production settings for ledgerly."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["ledgerly.example.com", "www.ledgerly.example.com"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ledgerly",
        "USER": "ledgerly_app",
        "PASSWORD": "{pw}",
        "HOST": "db-primary.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }}
}}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', pw, "https://docs.djangoproject.com/en/stable/ref/settings/#databases")

key = django_key()
add("django-settings/django-secret-key", "backend/config/settings.py", f'''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '{key}'

DEBUG = False

ALLOWED_HOSTS = ['api.shipyard.io']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'rest_framework',
    'shipments',
]

ROOT_URLCONF = 'config.urls'
WSGI_APPLICATION = 'config.wsgi.application'
''', key, "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

add("django-settings/decoy-env-lookups", "src/ledgerly/settings/base.py", '''import os
from pathlib import Path

import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")

DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]
AWS_STORAGE_BUCKET_NAME = "ledgerly-static"
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default=None)
''', None, "https://django-environ.readthedocs.io/")

rp = redis_pw()
add("django-settings/redis-password", "src/ledgerly/settings/cache.py", f'''"""Cache and session backends."""

CACHES = {{
    "default": {{
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:{rp}@cache-01.prod.internal:6379/1",
        "OPTIONS": {{
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
            "IGNORE_EXCEPTIONS": True,
        }},
        "KEY_PREFIX": "ledgerly",
    }}
}}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
''', rp, "https://github.com/jazzband/django-redis#configure-as-cache-backend")

tok = telegram()
add("python-module/telegram-bot-token", "bot/config.py", f'''"""Configuration for the order-notifier Telegram bot."""
import logging

LOG_LEVEL = logging.INFO

BOT_TOKEN = "{tok}"
ADMIN_CHAT_IDS = [118273645, 220918374]
POLL_INTERVAL = 2.0
WEBHOOK_PATH = "/tg/webhook"

MESSAGES = {{
    "start": "Hi! I will tell you when your order ships.",
    "unknown": "Sorry, I did not understand that.",
}}
''', tok, "https://docs.python-telegram-bot.org/")

tok = telegram()
add("python-script/telegram-bot-token-builder", "scripts/notify_release.py", f'''#!/usr/bin/env python3
"""Post a release note to the team channel."""
import sys

from telegram.ext import ApplicationBuilder

CHANNEL = "@acme_releases"


async def main(version: str) -> None:
    app = ApplicationBuilder().token("{tok}").build()
    async with app:
        await app.bot.send_message(chat_id=CHANNEL, text=f"Released {{version}}")


if __name__ == "__main__":
    import asyncio

    asyncio.run(main(sys.argv[1]))
''', tok, "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html")

add("python-module/decoy-telegram-env", "bot/main.py", '''import os

import telebot

bot = telebot.TeleBot(os.environ["TELEGRAM_BOT_TOKEN"], parse_mode="HTML")


@bot.message_handler(commands=["start", "help"])
def send_welcome(message):
    bot.reply_to(message, "Howdy, how are you doing?")


@bot.message_handler(func=lambda m: True)
def echo_all(message):
    bot.reply_to(message, message.text)


if __name__ == "__main__":
    bot.infinity_polling()
''', None, "https://pypi.org/project/pyTelegramBotAPI/")

kid, ks = aws_id(), aws_secret()
add("python-module/aws-secret-key-boto3", "etl/s3_client.py", f'''import boto3

REGION = "eu-west-1"
BUCKET = "acme-etl-landing"


def client():
    return boto3.client(
        "s3",
        region_name=REGION,
        aws_access_key_id="{kid}",
        aws_secret_access_key="{ks}",
    )


def upload(path: str, key: str) -> None:
    client().upload_file(path, BUCKET, key)
''', ks, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

pw = human_pw(url_safe=True)
add("flask-config/sqlalchemy-uri", "instance/config.py", f'''# Instance configuration, loaded by app.config.from_pyfile("config.py")
DEBUG = False
TESTING = False

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://inventory:{pw}@pg.prod.acme.net:5432/inventory"
SQLALCHEMY_TRACK_MODIFICATIONS = False
SQLALCHEMY_ENGINE_OPTIONS = {{"pool_pre_ping": True, "pool_size": 10}}

PREFERRED_URL_SCHEME = "https"
MAX_CONTENT_LENGTH = 16 * 1024 * 1024
''', pw, "https://flask.palletsprojects.com/en/stable/config/#instance-folders")

add("flask-config/decoy-dev-default", "app/config.py", '''import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "dev"  # only used by `flask run` locally
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = os.environ.get("MAIL_SERVER")
    MAIL_PORT = int(os.environ.get("MAIL_PORT") or 25)
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS") is not None
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    POSTS_PER_PAGE = 25


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
''', None, "https://flask.palletsprojects.com/en/stable/config/")

pw = random_pw()
add("pydantic-settings/database-default", "src/orders/settings.py", f'''from pydantic import PostgresDsn, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ORDERS_", env_file=".env")

    db_host: str = "orders-db.cluster-cv1x2y3z.eu-central-1.rds.amazonaws.com"
    db_port: int = 5432
    db_user: str = "orders"
    db_password: SecretStr = SecretStr("{pw}")
    db_name: str = "orders"
    page_size: int = 50

    @property
    def dsn(self) -> str:
        return f"postgresql://{{self.db_user}}:{{self.db_password.get_secret_value()}}@{{self.db_host}}/{{self.db_name}}"


settings = Settings()
''', pw, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

add("pydantic-settings/decoy-secretstr-required", "src/billing/config.py", '''from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class BillingSettings(BaseSettings):
    """All secrets come from the environment; nothing has a default."""

    stripe_api_key: SecretStr = Field(..., alias="STRIPE_API_KEY")
    stripe_webhook_secret: SecretStr = Field(..., alias="STRIPE_WEBHOOK_SECRET")
    redis_url: str = Field("redis://localhost:6379/0", alias="REDIS_URL")
    currency: str = "eur"
    invoice_prefix: str = "INV-"


def load() -> BillingSettings:
    return BillingSettings()  # type: ignore[call-arg]
''', None, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

rp = redis_pw()
add("celery-config/redis-broker", "proj/celeryconfig.py", f'''# Celery configuration module: app.config_from_object("proj.celeryconfig")
broker_url = "redis://default:{rp}@redis-broker.prod.svc:6379/0"
result_backend = "redis://default:{rp}@redis-broker.prod.svc:6379/1"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
enable_utc = True

task_routes = {{
    "proj.tasks.send_email": {{"queue": "mail"}},
    "proj.tasks.resize_image": {{"queue": "media"}},
}}
worker_prefetch_multiplier = 1
''', rp, "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

p1 = pypi()
half = len(p1) // 2
add("python-script/pypi-token-split", "tools/release.py", f'''"""Build and upload a release (run from the repository root)."""
import subprocess
import sys

# kept in two pieces so the line stays under 100 characters
PYPI_TOKEN = (
    "{p1[:half]}"
    "{p1[half:]}"
)


def main() -> int:
    subprocess.run([sys.executable, "-m", "build"], check=True)
    return subprocess.call(
        [sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", PYPI_TOKEN, "dist/*"]
    )


if __name__ == "__main__":
    raise SystemExit(main())
''', p1, "https://twine.readthedocs.io/en/stable/#twine-upload")

sk = stripe()
add("python-module/stripe-key", "payments/gateway.py", f'''import stripe

stripe.api_key = "{sk}"
stripe.max_network_retries = 2


def charge(amount_cents: int, customer_id: str, description: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        description=description,
        automatic_payment_methods={{"enabled": True}},
    )
    return intent.id
''', sk, "https://docs.stripe.com/api/authentication?lang=python")

add("python-module/decoy-stripe-test-placeholder", "payments/tests/conftest.py", '''import pytest
import stripe


@pytest.fixture(autouse=True)
def stripe_offline(monkeypatch):
    """Tests never reach Stripe: the key is a placeholder and every call is mocked."""
    monkeypatch.setattr(stripe, "api_key", "sk_test_placeholder")
    monkeypatch.setattr(stripe.PaymentIntent, "create", lambda **kw: type("PI", (), {"id": "pi_123"})())
    yield


@pytest.fixture
def customer_id():
    return "cus_TESTCUSTOMER"
''', None, "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

wh = slack_webhook()
add("python-module/slack-webhook", "monitoring/alerts.py", f'''import json
import urllib.request

SLACK_WEBHOOK = "{wh}"


def alert(text: str, severity: str = "warning") -> None:
    emoji = {{"warning": ":warning:", "critical": ":rotating_light:"}}.get(severity, ":information_source:")
    payload = json.dumps({{"text": f"{{emoji}} {{text}}"}}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK, data=payload, headers={{"Content-Type": "application/json"}})
    urllib.request.urlopen(req, timeout=5)
''', wh, "https://api.slack.com/messaging/webhooks")

ok = openai()
add("python-module/openai-key", "rag/llm.py", f'''from openai import OpenAI

client = OpenAI(api_key="{ok}")

SYSTEM = "You answer questions using only the supplied context."


def answer(question: str, context: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {{"role": "system", "content": SYSTEM}},
            {{"role": "user", "content": f"Context:\\n{{context}}\\n\\nQuestion: {{question}}"}},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content
''', ok, "https://platform.openai.com/docs/api-reference/authentication")

add("python-module/decoy-hash-constants", "src/pkgcheck/known_hashes.py", f'''"""SHA-256 digests of the vendored wheels, checked before install."""

KNOWN = {{
    "certifi-2024.8.30-py3-none-any.whl": "{sha256()}",
    "idna-3.10-py3-none-any.whl": "{sha256()}",
    "urllib3-2.2.3-py3-none-any.whl": "{sha256()}",
    "charset_normalizer-3.4.0-py3-none-any.whl": "{sha256()}",
}}


def verify(name: str, digest: str) -> bool:
    return KNOWN.get(name) == digest
''', None, "https://pip.pypa.io/en/stable/topics/secure-installs/")

pw = human_pw()
add("alembic-ini/database-url", "migrations/alembic.ini", f'''# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = mysql+pymysql://reporting:{pw}@mysql-reporting.internal:3306/reporting

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''', pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

add("alembic-ini/decoy-placeholder-url", "alembic.ini", '''[alembic]
script_location = alembic
prepend_sys_path = .

# The real URL is set in env.py from the DATABASE_URL environment variable.
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
''', None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

pw = passphrase()
add("scrapy-settings/proxy-password", "crawler/crawler/settings.py", f'''BOT_NAME = "crawler"

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 0.5

HTTPPROXY_ENABLED = True
PROXY_USER = "crawler-eu"
PROXY_PASSWORD = "{pw}"
PROXY_HOST = "gate.residential-proxy.example:7000"

ITEM_PIPELINES = {{"crawler.pipelines.PostgresPipeline": 300}}
''', pw, "https://docs.scrapy.org/en/latest/topics/settings.html")

pw = human_pw()
add("airflow-cfg/smtp-password", "airflow/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow@airflow-db/airflow

[smtp]
smtp_host = smtp.sendgrid.net
smtp_starttls = True
smtp_ssl = False
smtp_user = apikey
smtp_password = {pw}
smtp_port = 587
smtp_mail_from = airflow@acme.io

[webserver]
base_url = https://airflow.acme.io
''', pw, "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#smtp")

add("airflow-cfg/decoy-secrets-backend", "deploy/airflow/airflow.cfg", '''[core]
executor = KubernetesExecutor
fernet_key =
load_examples = False

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_sql_conn

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}

[webserver]
secret_key_cmd = cat /run/secrets/airflow_webserver_key
''', None, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/secrets-backend/index.html")

tok = telegram()
add("ini-config/telegram-token", "config/bot.ini", f'''; settings for the on-call bot
[telegram]
token = {tok}
chat_id = -1001793355521
parse_mode = MarkdownV2

[schedule]
rotation = weekly
handover = MON 09:00
timezone = Europe/Amsterdam

[pagerduty]
service = P7QX2LM
''', tok, "https://core.telegram.org/bots/api#authorizing-your-bot")

rp = redis_pw()
add("toml-config/redis-password", "config/production.toml", f'''[server]
host = "0.0.0.0"
port = 8080
workers = 4

[redis]
host = "redis-master.cache.svc.cluster.local"
port = 6379
db = 2
password = "{rp}"
ssl = false

[features]
rate_limit = true
rate_limit_per_minute = 120
''', rp, "https://toml.io/en/v1.0.0")

add("yaml-config/decoy-vault-refs", "config/settings.prod.yaml", '''app:
  name: catalog
  log_level: info
database:
  host: catalog-db.prod.internal
  user: catalog
  password: vault:secret/data/catalog/db#password
redis:
  url: redis://catalog-cache.prod.internal:6379/0
  password: vault:secret/data/catalog/redis#password
s3:
  bucket: catalog-assets
  access_key_id: vault:aws/creds/catalog#access_key
''', None, "https://www.vaultproject.io/docs/secrets/kv")

pw = human_pw()
add("yaml-config/mongodb-uri", "config/settings.yaml", f'''service:
  name: events-ingest
  port: 8000
mongodb:
  uri: "mongodb+srv://ingest:{pw.replace("#", "%23").replace("!", "%21")}@cluster0.x7k2p.mongodb.net/events?retryWrites=true&w=majority"
  max_pool_size: 50
kafka:
  bootstrap: kafka-0.kafka:9092
  topic: raw-events
logging:
  level: INFO
''', pw.replace("#", "%23").replace("!", "%21"), "https://www.mongodb.com/docs/manual/reference/connection-string/")

add("json-config/decoy-uuids-ids", "config/tenants.json", json.dumps({
    "tenants": [
        {"id": uuid4(), "name": "north", "region": "eu-west-1", "plan": "enterprise"},
        {"id": uuid4(), "name": "south", "region": "us-east-2", "plan": "team"},
        {"id": uuid4(), "name": "east", "region": "ap-south-1", "plan": "team"},
    ],
    "default_tenant": "north",
    "feature_flags_revision": hexs(40),
}, indent=2) + "\n", None, "https://www.json.org/")

dg = hexs(32)
add("json-config/datadog-api-key", "config/observability.json", json.dumps({
    "service": "checkout",
    "env": "production",
    "datadog": {"site": "datadoghq.eu", "api_key": dg, "tags": ["team:payments", "tier:1"]},
    "tracing": {"sample_rate": 0.2, "propagation": "tracecontext"},
}, indent=2) + "\n", dg, "https://docs.datadoghq.com/account_management/api-app-keys/")

pw = human_pw()
add("logging-conf/smtp-handler-password", "config/logging.conf", f'''[loggers]
keys=root,app

[handlers]
keys=console,mail

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=console

[logger_app]
level=INFO
handlers=console,mail
qualname=app

[handler_console]
class=StreamHandler
formatter=simple
args=(sys.stderr,)

[handler_mail]
class=handlers.SMTPHandler
level=ERROR
formatter=simple
args=(('smtp.office365.com', 587), 'alerts@acme.io', ['oncall@acme.io'], 'App error', ('alerts@acme.io', '{pw}'), ())

[formatter_simple]
format=%(asctime)s %(levelname)s %(name)s %(message)s
''', pw, "https://docs.python.org/3/library/logging.config.html#configuration-file-format")

# ---------------------------------------------------------------- env files, containers

pw = random_pw()
add("dotenv/postgres-password", ".env.production", f'''# production environment for the api container
APP_ENV=production
LOG_LEVEL=info
PORT=8000
POSTGRES_HOST=pg-main.prod.internal
POSTGRES_PORT=5432
POSTGRES_DB=api
POSTGRES_USER=api
POSTGRES_PASSWORD={pw}
SENTRY_ENVIRONMENT=production
WEB_CONCURRENCY=4
''', pw, "https://github.com/theskumar/python-dotenv")

add("dotenv/decoy-example", ".env.example", '''# Copy to .env and fill in real values. Never commit .env.
APP_ENV=development
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
TELEGRAM_BOT_TOKEN=<your-bot-token-from-botfather>
PYPI_API_TOKEN=pypi-...
OPENAI_API_KEY=sk-...
DJANGO_SECRET_KEY=change-me
''', None, "https://github.com/theskumar/python-dotenv")

kid, ks = aws_id(), aws_secret()
add("dotenv/aws-secret-key", "services/uploader/.env", f'''AWS_DEFAULT_REGION=us-east-1
AWS_ACCESS_KEY_ID={kid}
AWS_SECRET_ACCESS_KEY={ks}
UPLOAD_BUCKET=acme-user-uploads
MAX_UPLOAD_MB=25
THUMBNAIL_SIZES=128,256,512
''', ks, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

rp = redis_pw()
add("dotenv/redis-url", ".env", f'''DEBUG=0
ALLOWED_HOSTS=shop.example.org
REDIS_URL=rediss://default:{rp}@master.shop-cache.abc123.euw1.cache.amazonaws.com:6379/0
CACHE_TTL=300
CELERY_CONCURRENCY=4
TIME_ZONE=UTC
''', rp, "https://redis.io/docs/latest/develop/clients/redis-py/")

tok = telegram()
add("envrc/telegram-token", ".envrc", f'''# direnv: loaded when you cd into the repo
layout python3
export PYTHONPATH=$PWD/src
export BOT_MODE=polling
export TELEGRAM_TOKEN="{tok}"
export LOG_FORMAT=console
dotenv_if_exists .env.local
''', tok, "https://direnv.net/man/direnv-stdlib.1.html")

add("envrc/decoy-pass-lookup", "infra/.envrc", '''# direnv for the infra directory: secrets come from pass(1), nothing is stored here
use flake
export AWS_PROFILE=acme-infra
export TF_VAR_db_password="$(pass show acme/prod/db-password)"
export TF_VAR_redis_auth="$(pass show acme/prod/redis-auth)"
export VAULT_ADDR=https://vault.acme.io:8200
export VAULT_TOKEN="$(cat ~/.vault-token)"
''', None, "https://direnv.net/")

p = pypi()
add("dockerfile/pypi-token-env", "Dockerfile.release", f'''FROM python:3.12-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir build twine
COPY . .
RUN python -m build

FROM build AS publish
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD={p}
RUN twine upload --non-interactive dist/*
''', p, "https://docs.docker.com/reference/dockerfile/#env")

add("dockerfile/decoy-digests-secret-mount", "Dockerfile", f'''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:{sha256()} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt

ADD --checksum=sha256:{sha256()} https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
RUN chmod +x /tini
COPY src/ ./src/
USER 1000
ENTRYPOINT ["/tini", "--"]
CMD ["gunicorn", "src.app.wsgi:application", "-b", "0.0.0.0:8000"]
''', None, "https://docs.docker.com/build/building/secrets/")

gt = github()
add("dockerfile/github-token-arg-default", "docker/worker.Dockerfile", f'''FROM python:3.11-bullseye
ARG GITHUB_TOKEN={gt}
WORKDIR /worker
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt \\
    && pip install "git+https://${{GITHUB_TOKEN}}@github.com/acme/internal-sdk.git@v2.3.1"
COPY . .
CMD ["python", "-m", "worker"]
''', gt, "https://docs.docker.com/reference/dockerfile/#arg")

pw = human_pw()
add("docker-compose/postgres-password", "docker-compose.prod.yml", f'''services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_USER: metrics
      POSTGRES_PASSWORD: "{pw}"
      POSTGRES_DB: metrics
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: ghcr.io/acme/metrics:1.8.2
    depends_on: [db]
    ports:
      - "8000:8000"
volumes:
  pgdata:
''', pw, "https://hub.docker.com/_/postgres")

add("docker-compose/decoy-local-dev-defaults", "docker-compose.yml", '''# Local development only: these containers are never exposed and are wiped by `make clean`.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: app_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7-alpine
    ports: ["127.0.0.1:6379:6379"]
  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/app_dev
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]
''', None, "https://docs.docker.com/compose/")

rp = redis_pw()
add("docker-compose/redis-requirepass-command", "deploy/compose/cache.yml", f'''services:
  redis:
    image: redis:7.2
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "{rp}"]
    volumes:
      - redis-data:/data
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 10s
  rq-worker:
    image: ghcr.io/acme/jobs:latest
    command: rq worker --url redis://redis:6379/0 high default low
volumes:
  redis-data:
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/")

add("docker-compose/decoy-env-interpolation", "compose.yaml", '''services:
  api:
    image: ghcr.io/acme/api:${API_TAG:-latest}
    environment:
      DATABASE_URL: postgresql://api:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/api
      REDIS_PASSWORD: ${REDIS_PASSWORD}
      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}
    secrets:
      - telegram_token
secrets:
  telegram_token:
    file: ./secrets/telegram_token.txt
''', None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

# ---------------------------------------------------------------- Kubernetes, Helm

rp = redis_pw()
add("k8s-secret/redis-password-base64", "k8s/base/redis-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: cache
  labels:
    app.kubernetes.io/name: redis
type: Opaque
data:
  redis-password: {b64(rp)}
''', rp, "https://kubernetes.io/docs/concepts/configuration/secret/")

pw = human_pw()
add("k8s-secret/database-stringdata", "deploy/k8s/db-credentials.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: orders
type: Opaque
stringData:
  DB_HOST: orders-db.orders.svc.cluster.local
  DB_USER: orders
  DB_PASSWORD: "{pw}"
  DB_NAME: orders
''', pw, "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types")

add("k8s-deployment/decoy-secret-key-ref", "k8s/base/deployment.yaml", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.4.0
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: orders-db, key: DB_PASSWORD}
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: redis-auth, key: redis-password}
          ports:
            - containerPort: 8000
''', None, "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

kid, ks = aws_id(), aws_secret()
add("k8s-deployment/aws-secret-inline-env", "k8s/overlays/prod/exporter-deployment.yaml", f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: cloudwatch-exporter
  namespace: monitoring
spec:
  replicas: 1
  selector:
    matchLabels: {{app: cloudwatch-exporter}}
  template:
    metadata:
      labels: {{app: cloudwatch-exporter}}
    spec:
      containers:
        - name: exporter
          image: prom/cloudwatch-exporter:v0.15.5
          env:
            - name: AWS_ACCESS_KEY_ID
              value: {kid}
            - name: AWS_SECRET_ACCESS_KEY
              value: {ks}
''', ks, "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/")

add("k8s-sealedsecret/decoy-ciphertext", "k8s/overlays/prod/sealed-db.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
  namespace: orders
spec:
  encryptedData:
    DB_PASSWORD: AgB{b64blob(340)}
    REDIS_PASSWORD: AgC{b64blob(340)}
  template:
    metadata:
      name: orders-db
      namespace: orders
    type: Opaque
''', None, "https://github.com/bitnami-labs/sealed-secrets")

dj = django_key()
add("k8s-configmap/django-secret-key", "k8s/base/configmap.yaml", f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: web
data:
  DJANGO_SETTINGS_MODULE: config.settings.production
  DJANGO_ALLOWED_HOSTS: "www.acme.io,acme.io"
  DJANGO_SECRET_KEY: "{dj}"
  GUNICORN_WORKERS: "4"
  STATIC_URL: https://cdn.acme.io/static/
''', dj, "https://kubernetes.io/docs/concepts/configuration/configmap/")

tok = telegram()
add("kustomize/telegram-secret-generator", "k8s/overlays/prod/kustomization.yaml", f'''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: bots
resources:
  - ../../base
images:
  - name: ghcr.io/acme/notifier
    newTag: 3.1.0
secretGenerator:
  - name: notifier-secrets
    literals:
      - TELEGRAM_BOT_TOKEN={tok}
generatorOptions:
  disableNameSuffixHash: true
''', tok, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

add("kustomize/decoy-env-file-generator", "k8s/overlays/staging/kustomization.yaml", '''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: bots-staging
resources:
  - ../../base
secretGenerator:
  - name: notifier-secrets
    envs:
      - secrets.env   # created by CI from the secret store, git-ignored
configMapGenerator:
  - name: notifier-config
    literals:
      - LOG_LEVEL=debug
      - BOT_MODE=webhook
''', None, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

rp = redis_pw()
add("helm-values/redis-auth-password", "deploy/helm/values-prod.yaml", f'''replicaCount: 3
image:
  repository: ghcr.io/acme/shop
  tag: "4.2.0"
ingress:
  enabled: true
  hosts:
    - host: shop.acme.io
      paths: ["/"]
redis:
  enabled: true
  architecture: replication
  auth:
    enabled: true
    password: "{rp}"
postgresql:
  enabled: false
resources:
  limits: {{cpu: "1", memory: 1Gi}}
''', rp, "https://artifacthub.io/packages/helm/bitnami/redis")

pw = random_pw()
add("helm-values/postgresql-password", "charts/analytics/values.yaml", f'''# Default values for analytics.
image:
  repository: registry.gitlab.com/acme/analytics
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 80
postgresql:
  enabled: true
  auth:
    username: analytics
    password: {pw}
    database: analytics
  primary:
    persistence:
      size: 20Gi
nodeSelector: {{}}
tolerations: []
''', pw, "https://artifacthub.io/packages/helm/bitnami/postgresql")

add("helm-template/decoy-template-expressions", "charts/analytics/templates/secret.yaml", '''apiVersion: v1
kind: Secret
metadata:
  name: {{ include "analytics.fullname" . }}
  labels:
    {{- include "analytics.labels" . | nindent 4 }}
type: Opaque
data:
  db-password: {{ .Values.postgresql.auth.password | b64enc | quote }}
  redis-password: {{ required "redis.password is required" .Values.redis.password | b64enc }}
  {{- if .Values.telegram.enabled }}
  telegram-token: {{ .Values.telegram.token | b64enc }}
  {{- end }}
''', None, "https://helm.sh/docs/chart_template_guide/")

add("helm-values/decoy-existing-secret", "deploy/helm/values-staging.yaml", '''replicaCount: 1
image:
  repository: ghcr.io/acme/shop
  tag: "4.2.0-rc.1"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: shop-redis
    existingSecretPasswordKey: redis-password
postgresql:
  enabled: true
  auth:
    existingSecret: shop-postgresql
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
''', None, "https://artifacthub.io/packages/helm/bitnami/redis")

dh = fakes.fake("dckr_pat_", 27, seed())
dockercfg = json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": b64("acmebuild:" + dh)}}})
add("k8s-secret/dockerconfigjson", "k8s/base/regcred.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: apps
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{dockercfg}'
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: apps-deployer
  namespace: apps
imagePullSecrets:
  - name: regcred
''', dh, "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/")

# ---------------------------------------------------------------- Terraform, Pulumi, cloud

pw = human_pw()
add("terraform-tfvars/database-password", "infra/envs/prod/terraform.tfvars", f'''region         = "eu-central-1"
environment    = "prod"
instance_class = "db.r6g.large"
db_name        = "payments"
db_username    = "payments_admin"
db_password    = "{pw}"
multi_az       = true
backup_retention_days = 14
allowed_cidrs  = ["10.20.0.0/16"]
''', pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

kid, ks = aws_id(), aws_secret()
add("terraform/aws-provider-static-keys", "infra/modules/legacy/providers.tf", f'''terraform {{
  required_version = ">= 1.5"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }}
  }}
}}

provider "aws" {{
  region     = "us-west-2"
  access_key = "{kid}"
  secret_key = "{ks}"
}}
''', ks, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

add("terraform/decoy-random-password", "infra/modules/cache/main.tf", '''resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "${var.name}-redis"
  description                = "Redis for ${var.name}"
  engine                     = "redis"
  node_type                  = var.node_type
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = random_password.redis_auth.result
}
''', None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

rp = redis_pw()
add("terraform/elasticache-auth-token", "infra/envs/prod/cache.tf", f'''module "sessions_cache" {{
  source  = "cloudposse/elasticache-redis/aws"
  version = "1.2.0"

  name                       = "sessions"
  vpc_id                     = module.vpc.vpc_id
  subnets                    = module.vpc.private_subnets
  instance_type              = "cache.t4g.medium"
  cluster_size               = 2
  transit_encryption_enabled = true
  auth_token                 = "{rp}"
  parameter = [
    {{ name = "notify-keyspace-events", value = "Ex" }}
  ]
}}
''', rp, "https://registry.terraform.io/modules/cloudposse/elasticache-redis/aws/latest")

add("terraform/decoy-variables-sensitive", "infra/modules/db/variables.tf", '''variable "db_username" {
  type        = string
  description = "Master user name"
  default     = "app_admin"
}

variable "db_password" {
  type        = string
  description = "Master password; pass with TF_VAR_db_password, never commit it"
  sensitive   = true
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-central-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
}
''', None, "https://developer.hashicorp.com/terraform/language/values/variables")

tok = telegram()
add("terraform/lambda-env-telegram", "infra/lambda/alerts.tf", f'''resource "aws_lambda_function" "alerts" {{
  function_name = "budget-alerts"
  role          = aws_iam_role.alerts.arn
  runtime       = "python3.12"
  handler       = "alerts.handler"
  filename      = data.archive_file.alerts.output_path
  timeout       = 30

  environment {{
    variables = {{
      TELEGRAM_BOT_TOKEN = "{tok}"
      TELEGRAM_CHAT_ID   = "-1002233445566"
      THRESHOLD_PERCENT  = "80"
    }}
  }}
}}
''', tok, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function")

add("terraform-lock/decoy-provider-hashes", "infra/envs/prod/.terraform.lock.hcl", f'''# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {{
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:{b64(hexs(32))[:43]}=",
    "zh:{sha256()}",
    "zh:{sha256()}",
    "zh:{sha256()}",
  ]
}}

provider "registry.terraform.io/hashicorp/random" {{
  version = "3.6.1"
  hashes = [
    "zh:{sha256()}",
    "zh:{sha256()}",
  ]
}}
''', None, "https://developer.hashicorp.com/terraform/language/files/dependency-lock")

pw = passphrase()
add("terragrunt/database-password-input", "live/prod/rds/terragrunt.hcl", f'''include "root" {{
  path = find_in_parent_folders()
}}

terraform {{
  source = "git::git@github.com:acme/terraform-modules.git//rds?ref=v3.4.0"
}}

inputs = {{
  identifier        = "billing-prod"
  engine_version    = "15.5"
  instance_class    = "db.m6g.large"
  username          = "billing"
  password          = "{pw}"
  allocated_storage = 100
}}
''', pw, "https://terragrunt.gruntwork.io/docs/reference/config-blocks-and-attributes/#inputs")

pw = human_pw()
add("pulumi-config/plaintext-db-password", "infra/Pulumi.prod.yaml", f'''config:
  aws:region: eu-west-1
  acme-infra:environment: prod
  acme-infra:dbInstanceClass: db.t4g.medium
  acme-infra:dbUser: appuser
  acme-infra:dbPassword: "{pw}"
  acme-infra:desiredCount: "3"
''', pw, "https://www.pulumi.com/docs/concepts/config/")

add("pulumi-config/decoy-secure-ciphertext", "infra/Pulumi.staging.yaml", f'''encryptionsalt: v1:{b64blob(12)}=:v1:{b64blob(16)}:{b64blob(32)}==
config:
  aws:region: eu-west-1
  acme-infra:environment: staging
  acme-infra:dbUser: appuser
  acme-infra:dbPassword:
    secure: v1:{b64blob(16)}:{b64blob(44)}==
  acme-infra:redisAuth:
    secure: v1:{b64blob(16)}:{b64blob(60)}
''', None, "https://www.pulumi.com/docs/concepts/secrets/")

pw = random_pw()
add("pulumi-program/rds-password", "infra/__main__.py", f'''"""Pulumi program for the reporting database."""
import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()

db = aws.rds.Instance(
    "reporting",
    engine="postgres",
    engine_version="16.2",
    instance_class="db.t4g.small",
    allocated_storage=20,
    username="reporting",
    password="{pw}",
    skip_final_snapshot=False,
    tags={{"team": "data"}},
)

pulumi.export("endpoint", db.endpoint)
''', pw, "https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/")

add("pulumi-program/decoy-require-secret", "infra/cache.py", '''import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()
redis_auth = cfg.require_secret("redisAuth")

cache = aws.elasticache.ReplicationGroup(
    "sessions",
    description="session cache",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    transit_encryption_enabled=True,
    auth_token=redis_auth,
)
pulumi.export("primary", cache.primary_endpoint_address)
''', None, "https://www.pulumi.com/docs/concepts/secrets/")

kid, ks = aws_id(), aws_secret()
add("cloudformation/iam-access-key-default", "cfn/backup-bucket.yaml", f'''AWSTemplateFormatVersion: "2010-09-09"
Description: Nightly backup bucket and the sync job's settings
Parameters:
  SyncAccessKeyId:
    Type: String
    Default: {kid}
  SyncSecretAccessKey:
    Type: String
    NoEcho: true
    Default: {ks}
Resources:
  BackupBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-nightly-backups
      VersioningConfiguration:
        Status: Enabled
''', ks, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html")

add("cloudformation/decoy-dynamic-reference", "cfn/database.yaml", '''AWSTemplateFormatVersion: "2010-09-09"
Resources:
  DBSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: billing/db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "billing"}'
        GenerateStringKey: password
        PasswordLength: 30
        ExcludeCharacters: '"@/\\'
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "50"
      MasterUsername: '{{resolve:secretsmanager:billing/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:billing/db:SecretString:password}}'
''', None, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

pw = human_pw()
add("ecs-task-definition/database-password-env", "deploy/ecs/task-definition.json", json.dumps({
    "family": "invoices-api",
    "networkMode": "awsvpc",
    "requiresCompatibilities": ["FARGATE"],
    "cpu": "512",
    "memory": "1024",
    "containerDefinitions": [{
        "name": "api",
        "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/invoices-api:1.12.0",
        "portMappings": [{"containerPort": 8000}],
        "environment": [
            {"name": "DB_HOST", "value": "invoices.cluster-abc.eu-west-1.rds.amazonaws.com"},
            {"name": "DB_USER", "value": "invoices"},
            {"name": "DB_PASSWORD", "value": pw},
        ],
    }],
}, indent=2) + "\n", pw, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html")

add("ecs-task-definition/decoy-secrets-arn", "deploy/ecs/worker-task.json", json.dumps({
    "family": "invoices-worker",
    "containerDefinitions": [{
        "name": "worker",
        "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/invoices-worker:1.12.0",
        "secrets": [
            {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:invoices/db-AbCdEf:password::"},
            {"name": "REDIS_AUTH", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/invoices/redis-auth"},
        ],
        "environment": [{"name": "QUEUE", "value": "invoices"}],
    }],
}, indent=2) + "\n", None, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data-secrets.html")

sg = sendgrid()
add("serverless-yml/sendgrid-key", "serverless.yml", f'''service: newsletter
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    SENDGRID_API_KEY: {sg}
    FROM_ADDRESS: news@acme.io

functions:
  send:
    handler: handler.send
    events:
      - schedule: cron(0 8 ? * MON *)
''', sg, "https://www.serverless.com/framework/docs/providers/aws/guide/variables")

add("serverless-yml/decoy-ssm-refs", "services/thumbs/serverless.yml", '''service: thumbs
provider:
  name: aws
  runtime: python3.11
  environment:
    BUCKET: ${self:custom.bucket}
    DB_PASSWORD: ${ssm:/thumbs/prod/db-password}
    SENTRY_DSN: ${env:SENTRY_DSN}
custom:
  bucket: acme-thumbs-${sls:stage}
functions:
  resize:
    handler: handler.resize
    events:
      - s3: ${self:custom.bucket}
''', None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

kid, ks = aws_id(), aws_secret()
add("zappa-settings/aws-secret-env", "zappa_settings.json", json.dumps({
    "production": {
        "app_function": "app.app",
        "aws_region": "us-east-1",
        "profile_name": None,
        "project_name": "shortlinks",
        "runtime": "python3.11",
        "s3_bucket": "zappa-shortlinks-prod",
        "environment_variables": {"LINKS_TABLE": "shortlinks", "AWS_ACCESS_KEY_ID_APP": kid, "AWS_SECRET_ACCESS_KEY_APP": ks},
    }
}, indent=4) + "\n", ks, "https://github.com/zappa/Zappa#remote-environment-variables")

pw = human_pw()
add("gae-app-yaml/database-password", "app.yaml", f'''runtime: python312
entrypoint: gunicorn -b :$PORT main:app
instance_class: F2

env_variables:
  CLOUD_SQL_CONNECTION_NAME: "acme-prod:europe-west1:main"
  DB_USER: "web"
  DB_PASS: "{pw}"
  DB_NAME: "web"

automatic_scaling:
  min_instances: 1
  max_instances: 5
''', pw, "https://cloud.google.com/appengine/docs/standard/reference/app-yaml")

add("render-yaml/decoy-from-database", "render.yaml", '''services:
  - type: web
    name: api
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn app:app
    envVars:
      - key: DATABASE_URL
        fromDatabase:
          name: api-db
          property: connectionString
      - key: SECRET_KEY
        generateValue: true
      - key: TELEGRAM_TOKEN
        sync: false
databases:
  - name: api-db
    plan: basic-256mb
''', None, "https://render.com/docs/blueprint-spec")

rp = redis_pw()
add("fly-toml/redis-url-env", "fly.toml", f'''app = "queue-dashboard"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  REDIS_URL = "redis://default:{rp}@fly-queue-redis.upstash.io:6379"
  LOG_LEVEL = "info"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
''', rp, "https://fly.io/docs/reference/configuration/#the-env-variables-section")

pw = human_pw()
add("ebextensions/rds-password-option", ".ebextensions/01-env.config", f'''option_settings:
  aws:elasticbeanstalk:application:environment:
    DJANGO_SETTINGS_MODULE: config.settings.production
    RDS_HOSTNAME: aa1b2c3d4e5f6.cxyz.us-east-1.rds.amazonaws.com
    RDS_USERNAME: ebroot
    RDS_PASSWORD: "{pw}"
    RDS_DB_NAME: ebdb
  aws:elasticbeanstalk:container:python:
    WSGIPath: config.wsgi:application
''', pw, "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions-optionsettings.html")

# ---------------------------------------------------------------- config management, hosts

pw = human_pw()
add("ansible-group-vars/database-password", "ansible/group_vars/dbservers.yml", f'''---
postgresql_version: 16
postgresql_listen_addresses: "*"
postgresql_databases:
  - name: crm
    owner: crm
postgresql_users:
  - name: crm
    password: "{pw}"
    role_attr_flags: LOGIN
postgresql_hba_entries:
  - {{type: host, database: crm, user: crm, address: "10.0.0.0/8", auth_method: scram-sha-256}}
''', pw, "https://github.com/geerlingguy/ansible-role-postgresql")

add("ansible-vault/decoy-encrypted-file", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(10)) + "\n" + hexs(40) + "\n",
    None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

add("ansible-vars/decoy-inline-vault", "ansible/host_vars/web01.yml", "---\nnginx_server_name: web01.acme.io\napp_user: deploy\nredis_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join("          " + hexs(80) for _ in range(5)) + "\n          " + hexs(26) + "\nlogrotate_days: 14\n",
    None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault")

pw = human_pw()
add("ansible-inventory/become-password", "ansible/inventory/production.ini", f'''[web]
web01.acme.io
web02.acme.io

[workers]
worker01.acme.io ansible_host=10.1.2.31

[all:vars]
ansible_user=deploy
ansible_become=true
ansible_become_pass={pw}
ansible_python_interpreter=/usr/bin/python3
''', pw, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

rp = redis_pw()
add("ansible-playbook/redis-requirepass", "ansible/playbooks/redis.yml", f'''---
- name: Configure Redis cache nodes
  hosts: cache
  become: true
  vars:
    redis_port: 6379
    redis_maxmemory: 2gb
  tasks:
    - name: Install redis
      ansible.builtin.apt:
        name: redis-server
        state: present
    - name: Set password
      ansible.builtin.lineinfile:
        path: /etc/redis/redis.conf
        regexp: '^#? *requirepass'
        line: "requirepass {rp}"
      notify: restart redis
  handlers:
    - name: restart redis
      ansible.builtin.service: {{name: redis-server, state: restarted}}
''', rp, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/lineinfile_module.html")

add("ansible-playbook/decoy-lookups", "ansible/playbooks/app.yml", '''---
- name: Deploy the web app
  hosts: web
  become: true
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/app:db_password') }}"
    telegram_token: "{{ lookup('ansible.builtin.env', 'TELEGRAM_TOKEN') }}"
    aws_secret_key: "{{ vault_aws_secret_key }}"
  tasks:
    - name: Render settings
      ansible.builtin.template:
        src: settings.py.j2
        dest: /srv/app/settings_local.py
        mode: "0600"
''', None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

pw = passphrase()
add("salt-pillar/database-password", "salt/pillar/postgres.sls", f'''postgres:
  version: 15
  users:
    reports:
      ensure: present
      password: '{pw}'
      createdb: False
  databases:
    reports:
      owner: reports
      encoding: UTF8
  acls:
    - ['host', 'reports', 'reports', '10.0.0.0/8', 'scram-sha-256']
''', pw, "https://github.com/saltstack-formulas/postgres-formula/blob/master/pillar.example")

pw = human_pw()
add("hiera-yaml/mysql-root-password", "puppet/data/nodes/db01.acme.io.yaml", f'''---
profile::mysql::server::root_password: '{pw}'
profile::mysql::server::override_options:
  mysqld:
    bind-address: 0.0.0.0
    max_connections: 300
profile::mysql::server::databases:
  wiki:
    user: wiki
    grant: ['ALL']
''', pw, "https://www.puppet.com/docs/puppet/latest/hiera_intro.html")

tok = telegram()
add("systemd-unit/telegram-env", "deploy/systemd/notifier.service", f'''[Unit]
Description=Order notifier Telegram bot
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=notifier
WorkingDirectory=/opt/notifier
Environment=PYTHONUNBUFFERED=1
Environment=TELEGRAM_TOKEN={tok}
ExecStart=/opt/notifier/.venv/bin/python -m notifier
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
''', tok, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

add("systemd-unit/decoy-environment-file", "deploy/systemd/api.service", '''[Unit]
Description=API (gunicorn)
After=network.target postgresql.service

[Service]
User=api
Group=www-data
WorkingDirectory=/srv/api
EnvironmentFile=/etc/api/api.env
LoadCredential=db-password:/etc/credstore/api-db-password
ExecStart=/srv/api/.venv/bin/gunicorn --workers 4 --bind unix:/run/api.sock api.wsgi:application
Restart=always

[Install]
WantedBy=multi-user.target
''', None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

rp = redis_pw()
add("systemd-unit/redis-exec-password", "deploy/systemd/rq-worker@.service", f'''[Unit]
Description=RQ worker %i
After=network.target

[Service]
Type=simple
User=jobs
WorkingDirectory=/srv/jobs
ExecStart=/srv/jobs/.venv/bin/rq worker --url redis://:{rp}@10.0.3.12:6379/0 --name worker-%i high default
Restart=always

[Install]
WantedBy=multi-user.target
''', rp, "https://python-rq.org/docs/workers/")

pw = human_pw(url_safe=True)
add("procfile/database-url-release", "Procfile", f'''web: gunicorn config.wsgi --log-file -
worker: celery -A config worker -l info --concurrency 2
release: DATABASE_URL=postgres://deploy:{pw}@ec2-52-1-2-3.compute-1.amazonaws.com:5432/d8f1k2 python manage.py migrate --noinput
''' + "clock: python clock.py\nbeat: celery -A config beat -l info\n", pw, "https://devcenter.heroku.com/articles/procfile")

add("procfile/decoy-plain", "services/scraper/Procfile", '''web: uvicorn scraper.api:app --host 0.0.0.0 --port $PORT
worker: python -m scraper.worker --queue $QUEUE_NAME
scheduler: python -m scraper.scheduler
release: python -m scraper.migrate
clock: python -m scraper.clock --every 15m
''', None, "https://devcenter.heroku.com/articles/procfile")

pw = human_pw()
add("cloud-init/user-data-db-password", "infra/cloud-init/db-user-data.yaml", f'''#cloud-config
package_update: true
packages:
  - postgresql
  - postgresql-contrib
write_files:
  - path: /root/init.sql
    permissions: "0600"
    content: |
      CREATE ROLE app LOGIN PASSWORD '{pw}';
      CREATE DATABASE app OWNER app;
runcmd:
  - systemctl enable --now postgresql
  - sudo -u postgres psql -f /root/init.sql
''', pw, "https://cloudinit.readthedocs.io/en/latest/reference/examples.html")

add("cloud-init/decoy-ssh-authorized-key", "infra/cloud-init/bastion.yaml", f'''#cloud-config
users:
  - name: ops
    groups: sudo
    shell: /bin/bash
    sudo: ["ALL=(ALL) NOPASSWD:ALL"]
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64blob(43)} ops@laptop
      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64blob(340)} ci@runner
ssh_pwauth: false
package_upgrade: true
''', None, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups")

pw = random_pw()
add("supervisord-conf/program-env-password", "deploy/supervisor/app.conf", f'''[program:app]
command=/srv/app/venv/bin/gunicorn app.wsgi:application -b 127.0.0.1:8000 -w 3
directory=/srv/app
user=app
autostart=true
autorestart=true
stdout_logfile=/var/log/app/gunicorn.log
redirect_stderr=true
environment=DJANGO_SETTINGS_MODULE="app.settings.prod",DB_PASSWORD="{pw}",LANG="en_US.UTF-8"

[program:celery]
command=/srv/app/venv/bin/celery -A app worker -l info
directory=/srv/app
user=app
''', pw, "http://supervisord.org/configuration.html#program-x-section-values")

rp = redis_pw()
add("uwsgi-ini/redis-env", "deploy/uwsgi.ini", f'''[uwsgi]
module = shop.wsgi:application
master = true
processes = 4
threads = 2
socket = /run/uwsgi/shop.sock
chmod-socket = 660
vacuum = true
die-on-term = true
env = DJANGO_SETTINGS_MODULE=shop.settings.production
env = REDIS_PASSWORD={rp}
harakiri = 30
''', rp, "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env")

sk = stripe()
add("gunicorn-conf/raw-env-stripe", "gunicorn.conf.py", f'''import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
accesslog = "-"
raw_env = [
    "APP_ENV=production",
    "STRIPE_API_KEY={sk}",
]
''', sk, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

rp = redis_pw()
add("redis-conf/requirepass", "deploy/redis/redis.conf", f'''bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 16
save 900 1
save 300 10
appendonly yes
maxmemory 1gb
maxmemory-policy allkeys-lru
requirepass {rp}
rename-command FLUSHALL ""
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

rp = redis_pw()
add("redis-acl/acl-file-password", "deploy/redis/users.acl", f'''user default off
user app on >{rp} ~app:* &* +@all -@dangerous
user metrics on nopass ~* +info +ping +client|list
user replica-user on #{sha256()} +psync +replconf +ping
''' + "user readonly on #" + sha256() + " ~* +@read\n", rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

rp = redis_pw()
add("redis-sentinel-conf/auth-pass", "deploy/redis/sentinel.conf", f'''port 26379
daemonize no
dir /tmp
sentinel monitor mymaster 10.0.4.10 6379 2
sentinel auth-pass mymaster {rp}
sentinel down-after-milliseconds mymaster 5000
sentinel parallel-syncs mymaster 1
sentinel failover-timeout mymaster 60000
sentinel resolve-hostnames yes
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

pw = human_pw()
add("pgbouncer-userlist/plain-password", "deploy/pgbouncer/userlist.txt", f'''"pgbouncer_admin" "SCRAM-SHA-256$4096:{b64blob(24)}${b64blob(44)}:{b64blob(44)}"
"stats" "md5{hexs(32)}"
"app" "{pw}"
"readonly" "md5{hexs(32)}"
"migrations" "SCRAM-SHA-256$4096:{b64blob(24)}${b64blob(44)}:{b64blob(44)}"
''', pw, "https://www.pgbouncer.org/config.html#authentication-file-format")

add("pgbouncer-userlist/decoy-hashes-only", "deploy/pgbouncer/userlist.staging.txt", f'''"app" "SCRAM-SHA-256$4096:{b64blob(24)}${b64blob(44)}:{b64blob(44)}"
"readonly" "md5{hexs(32)}"
"stats" "md5{hexs(32)}"
"pgbouncer_admin" "SCRAM-SHA-256$4096:{b64blob(24)}${b64blob(44)}:{b64blob(44)}"
"etl" "md5{hexs(32)}"
''', None, "https://www.pgbouncer.org/config.html#authentication-file-format")

pw = human_pw()
add("mysql-cnf/client-password", "deploy/mysql/.my.cnf", f'''[client]
user=backup
password="{pw}"
host=mysql-primary.internal
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
''', pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

pw = random_pw()
add("pgpass/password-line", "ops/backup/.pgpass", f'''# hostname:port:database:username:password
pg-primary.internal:5432:*:backup:{pw}
# local superuser uses peer auth
# readonly replica uses peer auth, no entry needed
# standby: see ops/backup/README.md
''', pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

pw = passphrase()
add("pg-service-conf/service-password", "config/pg_service.conf", f'''[reporting]
host=reporting-db.internal
port=5432
dbname=reporting
user=analyst
password={pw}
sslmode=require

[local]
host=localhost
dbname=dev
''', pw, "https://www.postgresql.org/docs/current/libpq-pgservice.html")

add("htpasswd/decoy-bcrypt-hashes", "deploy/nginx/.htpasswd", "\n".join(
    f"{u}:$2y$05${rnd(ALNUM + './', 53)}" for u in ["admin", "grafana", "flower", "prometheus", "staging"]) + "\n",
    None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

pw = human_pw()
add("nginx-conf/proxy-basic-auth-header", "deploy/nginx/sites-available/flower.conf", f'''server {{
    listen 443 ssl http2;
    server_name flower.acme.io;

    ssl_certificate     /etc/letsencrypt/live/flower.acme.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/flower.acme.io/privkey.pem;

    location / {{
        proxy_pass http://127.0.0.1:5555;
        proxy_set_header Host $host;
        # upstream flower runs with --basic_auth=ops:<password>
        proxy_set_header Authorization "Basic {b64("ops:" + pw)}";
    }}
}}
''', pw, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

pw = human_pw()
add("nomad-job/template-password", "deploy/nomad/billing.nomad.hcl", f'''job "billing" {{
  datacenters = ["dc1"]
  type        = "service"

  group "api" {{
    count = 2
    task "api" {{
      driver = "docker"
      config {{
        image = "ghcr.io/acme/billing:2.0.3"
        ports = ["http"]
      }}
      env {{
        DB_HOST     = "billing-db.service.consul"
        DB_PASSWORD = "{pw}"
      }}
    }}
  }}
}}
''', pw, "https://developer.hashicorp.com/nomad/docs/job-specification/env")

add("nomad-job/decoy-vault-template", "deploy/nomad/reports.nomad.hcl", '''job "reports" {
  datacenters = ["dc1"]
  group "web" {
    task "web" {
      driver = "docker"
      vault { policies = ["reports"] }
      template {
        data        = <<EOH
DB_PASSWORD={{ with secret "secret/data/reports/db" }}{{ .Data.data.password }}{{ end }}
REDIS_PASSWORD={{ with secret "secret/data/reports/redis" }}{{ .Data.data.password }}{{ end }}
EOH
        destination = "secrets/app.env"
        env         = true
      }
      config { image = "ghcr.io/acme/reports:1.4.0" }
    }
  }
}
''', None, "https://developer.hashicorp.com/nomad/docs/job-specification/template")

kid, ks = aws_id(), aws_secret()
add("packer-hcl/aws-secret-key", "images/python-base.pkr.hcl", f'''packer {{
  required_plugins {{
    amazon = {{
      version = ">= 1.3.0"
      source  = "github.com/hashicorp/amazon"
    }}
  }}
}}

source "amazon-ebs" "python" {{
  access_key    = "{kid}"
  secret_key    = "{ks}"
  region        = "eu-west-1"
  instance_type = "t3.small"
  source_ami    = "ami-0a1b2c3d4e5f67890"
  ssh_username  = "ubuntu"
  ami_name      = "python-base-{{{{timestamp}}}}"
}}

build {{
  sources = ["source.amazon-ebs.python"]
}}
''', ks, "https://developer.hashicorp.com/packer/integrations/hashicorp/amazon/latest/components/builder/ebs")

pw = human_pw()
add("vagrantfile/provision-db-password", "Vagrantfile", f'''# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 8000, host: 8000

  config.vm.provision "shell", inline: <<-SHELL
    apt-get update
    apt-get install -y postgresql python3-venv
    sudo -u postgres psql -c "CREATE USER staging WITH PASSWORD '{pw}';"
    sudo -u postgres createdb -O staging staging
  SHELL
end
''', pw, "https://developer.hashicorp.com/vagrant/docs/provisioning/shell")

pw = human_pw(url_safe=True)
add("crontab/backup-password", "ops/cron/backup.crontab", f'''SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=ops@acme.io

# m h dom mon dow command
15 2 * * * PGPASSWORD={pw} pg_dump -h pg-primary.internal -U backup -Fc app > /backups/app-$(date +\\%F).dump
45 2 * * * find /backups -name 'app-*.dump' -mtime +14 -delete
0 * * * * /srv/app/.venv/bin/python /srv/app/manage.py clearsessions
''', pw, "https://man7.org/linux/man-pages/man5/crontab.5.html")

# ---------------------------------------------------------------- CI/CD

p = pypi()
add("github-actions/pypi-password-inline", ".github/workflows/publish.yml", f'''name: Publish to PyPI
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: {p}
''', p, "https://github.com/pypa/gh-action-pypi-publish")

add("github-actions/decoy-trusted-publishing", ".github/workflows/release.yml", f'''name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@{hexs(40)} # v4.2.2
      - uses: actions/setup-python@{hexs(40)} # v5.3.0
        with:
          python-version: "3.12"
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@{hexs(40)} # v1.12.2
''', None, "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", '''name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - name: Cache pip
        uses: actions/cache@v4
        with:
          path: ~/.cache/pip
          key: ${{ runner.os }}-pip-${{ hashFiles('**/requirements*.txt') }}
      - run: pip install awscli && aws s3 sync site/ s3://docs.acme.io --delete
      - name: Notify
        run: |
          curl -s -X POST "https://api.telegram.org/bot${{ secrets.TG_TOKEN }}/sendMessage" \\
            -d chat_id="${{ vars.TG_CHAT }}" -d text="deployed ${{ github.sha }}"
''', None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

tok = telegram()
add("github-actions/telegram-curl-url", ".github/workflows/notify.yml", f'''name: notify
on:
  workflow_run:
    workflows: ["tests"]
    types: [completed]
jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Send result
        run: |
          curl -sS "https://api.telegram.org/bot{tok}/sendMessage" \\
            --data-urlencode "chat_id=-1001987654321" \\
            --data-urlencode "text=tests: ${{{{ github.event.workflow_run.conclusion }}}}"
''', tok, "https://core.telegram.org/bots/api#making-requests")

rp = redis_pw()
add("github-actions/redis-service-password", ".github/workflows/integration.yml", f'''name: integration
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      REDIS_URL: redis://:{rp}@staging-redis.acme.io:6380/3
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {{python-version: "3.11"}}
      - run: pip install -e .[test]
      - run: pytest -m integration
''', rp, "https://docs.github.com/en/actions/using-containerized-services/creating-redis-service-containers")

kid, ks = aws_id(), aws_secret()
add("gitlab-ci/aws-variables", ".gitlab-ci.yml", f'''stages: [test, build, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  AWS_DEFAULT_REGION: eu-central-1
  AWS_ACCESS_KEY_ID: {kid}
  AWS_SECRET_ACCESS_KEY: {ks}

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest

deploy:
  stage: deploy
  image: amazon/aws-cli
  script:
    - aws s3 sync build/ s3://acme-reports-site
  only: [main]
''', ks, "https://docs.gitlab.com/ee/ci/variables/")

p = pypi()
add("gitlab-ci/twine-password", "ci/gitlab/publish.gitlab-ci.yml", f'''publish:
  stage: deploy
  image: python:3.12-slim
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: "{p}"
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*
''', p, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

add("gitlab-ci/decoy-masked-variables", "ci/gitlab/deploy.gitlab-ci.yml", '''deploy:
  stage: deploy
  image: python:3.12
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.acme.io
  secrets:
    DATABASE_PASSWORD:
      vault: production/db/password@ops
      file: false
  script:
    - export REDIS_URL="redis://:${REDIS_PASSWORD}@redis.internal:6379/0"
    - pip install -r requirements.txt
    - python -m app.deploy --env production
  environment: production
''', None, "https://docs.gitlab.com/ee/ci/secrets/")

gl = gitlab()
add("gitlab-ci/gitlab-token-pip-index", "ci/gitlab/test.gitlab-ci.yml", f'''.python:
  image: python:3.11
  before_script:
    - pip config set global.extra-index-url "https://__token__:{gl}@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple"
    - pip install -r requirements.txt

unit:
  extends: .python
  stage: test
  script:
    - pytest -q
''', gl, "https://docs.gitlab.com/ee/user/packages/pypi_repository/#install-a-pypi-package")

pw = human_pw()
add("circleci/database-password-env", ".circleci/config.yml", f'''version: 2.1
orbs:
  python: circleci/python@2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: ci
          POSTGRES_DB: ci
    environment:
      DATABASE_URL: postgresql://ci@localhost/ci
      STAGING_DB_PASSWORD: "{pw}"
    steps:
      - checkout
      - python/install-packages: {{pkg-manager: pip}}
      - run: pytest
workflows:
  main:
    jobs: [test]
''', pw, "https://circleci.com/docs/env-vars/")

np = npm()
add("circleci/decoy-context", "ci/circleci/release.yml", '''version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install build twine && python -m build
      - run: twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
workflows:
  release:
    jobs:
      - publish:
          context: pypi-publishing
          filters:
            tags: {only: /^v.*/}
            branches: {ignore: /.*/}
''', None, "https://circleci.com/docs/contexts/")

add("travis-yml/npm-token", ".travis.yml", f'''language: python
python:
  - "3.11"
  - "3.12"
install:
  - pip install -e .[dev]
  - npm --prefix frontend ci
script:
  - pytest
  - npm --prefix frontend run build
env:
  global:
    - NPM_TOKEN={np}
deploy:
  provider: npm
  email: dev@acme.io
  api_token: $NPM_TOKEN
  on:
    tags: true
''', np, "https://docs.travis-ci.com/user/deployment/npm/")

add("travis-yml/decoy-secure-env", "ci/travis/.travis.yml", f'''language: python
python: "3.12"
install: pip install -r requirements.txt
script: pytest
env:
  global:
    - secure: "{b64blob(340)}="
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "{b64blob(340)}="
  on:
    tags: true
''', None, "https://docs.travis-ci.com/user/encryption-keys/")

p = pypi()
add("jenkinsfile/pypi-token-sh", "Jenkinsfile", f'''pipeline {{
    agent {{ docker {{ image 'python:3.12' }} }}
    stages {{
        stage('Test') {{
            steps {{
                sh 'pip install -e .[test]'
                sh 'pytest --junitxml=report.xml'
            }}
        }}
        stage('Publish') {{
            when {{ tag "v*" }}
            steps {{
                sh 'pip install build twine && python -m build'
                sh 'twine upload -u __token__ -p {p} dist/*'
            }}
        }}
    }}
    post {{ always {{ junit 'report.xml' }} }}
}}
''', p, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

add("jenkinsfile/decoy-credentials-binding", "ci/Jenkinsfile.deploy", '''pipeline {
    agent any
    environment {
        AWS_REGION = 'eu-west-1'
    }
    stages {
        stage('Deploy') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'prod-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASSWORD'),
                    string(credentialsId: 'telegram-bot-token', variable: 'TG_TOKEN')
                ]) {
                    sh './scripts/deploy.sh production'
                }
            }
        }
    }
}
''', None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

pw = human_pw()
add("azure-pipelines/sql-password-variable", "azure-pipelines.yml", f'''trigger:
  branches:
    include: [main]
pool:
  vmImage: ubuntu-latest
variables:
  pythonVersion: '3.12'
  sqlServer: acme-sql.database.windows.net
  sqlUser: deployer
  sqlPassword: '{pw}'
steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: '$(pythonVersion)'
  - script: pip install -r requirements.txt
  - script: python manage.py migrate
    env:
      DB_PASSWORD: $(sqlPassword)
''', pw, "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables")

add("azure-pipelines/decoy-variable-group", "ci/azure/release.yml", '''trigger: none
pool:
  vmImage: ubuntu-latest
variables:
  - group: pypi-release   # holds PYPI_TOKEN as a secret variable
steps:
  - script: pip install build twine && python -m build
  - script: twine upload dist/*
    env:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: $(PYPI_TOKEN)
  - task: TwineAuthenticate@1
    inputs:
      pythonUploadServiceConnection: pypi-upload
''', None, "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups")

kid, ks = aws_id(), aws_secret()
add("bitbucket-pipelines/aws-secret", "bitbucket-pipelines.yml", f'''image: python:3.12
pipelines:
  default:
    - step:
        name: Test
        caches: [pip]
        script:
          - pip install -r requirements.txt
          - pytest
  branches:
    main:
      - step:
          name: Deploy lambda
          script:
            - pipe: atlassian/aws-lambda-deploy:1.11.0
              variables:
                AWS_ACCESS_KEY_ID: '{kid}'
                AWS_SECRET_ACCESS_KEY: '{ks}'
                AWS_DEFAULT_REGION: 'eu-west-1'
                FUNCTION_NAME: 'report-builder'
                COMMAND: 'update'
                ZIP_FILE: 'lambda.zip'
''', ks, "https://bitbucket.org/atlassian/aws-lambda-deploy")

sl = slack_bot()
add("drone-yml/slack-token", ".drone.yml", f'''kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: python:3.12
    commands:
      - pip install -e .[test]
      - pytest
  - name: notify
    image: plugins/slack
    settings:
      token: {sl}
      channel: builds
    when:
      status: [success, failure]
''', sl, "https://plugins.drone.io/plugins/slack")

add("buildkite/decoy-env-secrets", ".buildkite/pipeline.yml", f'''env:
  PYTHON_VERSION: "3.12"
steps:
  - label: ":pytest: tests"
    command: "pip install -e .[test] && pytest"
    plugins:
      - docker#v5.11.0:
          image: "python:3.12"
  - wait
  - label: ":package: publish"
    if: build.tag != null
    command: ".buildkite/publish.sh"
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            PYPI_TOKEN: pypi/release-token
''', None, "https://buildkite.com/docs/pipelines/security/secrets/managing")

tok = telegram()
add("woodpecker-yml/telegram-token", ".woodpecker.yml", f'''steps:
  test:
    image: python:3.12
    commands:
      - pip install -r requirements.txt
      - pytest
  notify:
    image: appleboy/drone-telegram
    settings:
      token: {tok}
      to: -1001122334455
      message: "build ${{CI_PIPELINE_NUMBER}} ${{CI_PIPELINE_STATUS}}"
    when:
      status: [success, failure]
''', tok, "https://woodpecker-ci.org/docs/usage/workflow-syntax")

pw = human_pw()
add("tox-ini/setenv-password", "tox.ini", f'''[tox]
envlist = py311, py312, lint
isolated_build = true

[testenv]
deps = -r requirements-test.txt
setenv =
    DJANGO_SETTINGS_MODULE = tests.settings
    INTEGRATION_DB_PASSWORD = {pw}
commands = pytest {{posargs}}

[testenv:lint]
deps = ruff
commands = ruff check src tests
''', pw, "https://tox.wiki/en/latest/config.html#set_env")

add("tox-ini/decoy-passenv", "services/api/tox.ini", '''[tox]
envlist = py312
skipsdist = true

[testenv]
deps = -r requirements-dev.txt
passenv =
    DATABASE_URL
    REDIS_PASSWORD
    AWS_*
setenv =
    PYTHONHASHSEED = 0
commands = pytest {posargs:tests}
''', None, "https://tox.wiki/en/latest/config.html#pass_env")

add("pre-commit-config/decoy-revs", ".pre-commit-config.yaml", f'''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: {hexs(40)}  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {hexs(40)}  # frozen: v0.6.9
    hooks:
      - id: ruff
      - id: ruff-format
''', None, "https://pre-commit.com/#pre-commit-configyaml---top-level")

# ---------------------------------------------------------------- shell, histories, Makefiles

pw = human_pw()
add("shell-script/mysql-password-flag", "scripts/restore_db.sh", f'''#!/usr/bin/env bash
set -euo pipefail

DUMP=${{1:?usage: restore_db.sh DUMP.sql.gz}}
DB_HOST=mysql-staging.internal
DB_NAME=shop

echo "Restoring $DUMP into $DB_NAME on $DB_HOST"
gunzip -c "$DUMP" | mysql -h "$DB_HOST" -u restore -p'{pw}' "$DB_NAME"
echo "done"
''', pw, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

rp = redis_pw()
add("shell-script/redis-cli-a", "scripts/flush_sessions.sh", f'''#!/bin/sh
# Drop expired session keys from the production cache (run weekly from ops box)
set -e
HOST=cache-01.prod.internal
redis-cli -h "$HOST" -p 6379 -a "{rp}" --no-auth-warning --scan --pattern 'session:*' \\
  | xargs -r -n 500 redis-cli -h "$HOST" -p 6379 -a "{rp}" --no-auth-warning unlink
echo "sessions flushed on $HOST"
''', rp, "https://redis.io/docs/latest/develop/tools/cli/")

add("shell-script/decoy-read-secret", "scripts/rotate_redis.sh", '''#!/usr/bin/env bash
set -euo pipefail
# Rotate the Redis password: generated here, stored in SSM, never printed.
NEW_PASS="$(openssl rand -base64 32 | tr -d '=+/')"
aws ssm put-parameter --name /prod/redis/password --type SecureString \\
    --value "$NEW_PASS" --overwrite >/dev/null
OLD_PASS="$(aws ssm get-parameter --name /prod/redis/password-previous --with-decryption --query Parameter.Value --output text)"
redis-cli -a "$OLD_PASS" --no-auth-warning CONFIG SET requirepass "$NEW_PASS"
echo "rotated"
''', None, "https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html")

p = pypi()
add("shell-script/pypirc-heredoc", "scripts/ci/setup_pypirc.sh", f'''#!/usr/bin/env bash
# Writes ~/.pypirc on the release runner
set -eu
cat > "$HOME/.pypirc" <<EOF
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {p}
EOF
chmod 600 "$HOME/.pypirc"
''', p, "https://packaging.python.org/en/latest/specifications/pypirc/")

kid, ks = aws_id(), aws_secret()
add("shell-script/aws-configure-set", "scripts/bootstrap_runner.sh", f'''#!/bin/bash
set -e
apt-get update -y && apt-get install -y awscli jq
aws configure set aws_access_key_id {kid} --profile artifacts
aws configure set aws_secret_access_key {ks} --profile artifacts
aws configure set region eu-west-1 --profile artifacts
aws --profile artifacts s3 ls s3://acme-build-artifacts/ | tail -n 5
''', ks, "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html")

tok = telegram()
add("bash-history/telegram-curl", "ops/notes/.bash_history", f'''cd /opt/notifier
source .venv/bin/activate
pip install -U python-telegram-bot
curl https://api.telegram.org/bot{tok}/getMe
curl https://api.telegram.org/bot{tok}/getUpdates | jq .
systemctl restart notifier
journalctl -u notifier -f
''', tok, "https://core.telegram.org/bots/api#getme")

pw = human_pw(url_safe=True)
add("bash-history/psql-url", "deploy/.bash_history", f'''ls -la
git pull
docker compose ps
psql "postgresql://admin:{pw}@pg-primary.internal:5432/app" -c "select count(*) from orders"
docker compose logs -f web
exit
''', pw, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

p = pypi()
add("zsh-history/twine-upload", "tools/.zsh_history", f''': 1732871022:0;python -m build
: 1732871060:0;twine check dist/*
: 1732871075:0;twine upload -u __token__ -p {p} dist/*
: 1732871140:0;git tag v0.9.3 && git push --tags
: 1732871190:0;open https://pypi.org/project/acme-client/
''', p, "https://zsh.sourceforge.io/Doc/Release/Options.html#History")

add("bash-history/decoy-commands-only", "vagrant/.bash_history", f'''sudo apt-get update
pip install -r requirements.txt
export DATABASE_URL=postgres://app@localhost/app_dev
python manage.py migrate
git log --oneline -3
git checkout {hexs(40)}
sha256sum dist/acme_client-0.9.3-py3-none-any.whl
echo {sha256()}  dist/acme_client-0.9.3-py3-none-any.whl
''', None, "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html")

p = pypi()
add("makefile/twine-password", "Makefile", f'''.PHONY: install test lint build publish clean

PYTHON ?= python3
PYPI_TOKEN := {p}

install:
\t$(PYTHON) -m pip install -e .[dev]

test:
\tpytest -q

lint:
\truff check src tests

build: clean
\t$(PYTHON) -m build

publish: build
\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*

clean:
\trm -rf build dist *.egg-info
''', p, "https://www.gnu.org/software/make/manual/make.html")

add("makefile/decoy-env-token", "docs/Makefile", '''SPHINXOPTS    ?= -W --keep-going
SPHINXBUILD   ?= sphinx-build
SOURCEDIR     = source
BUILDDIR      = build

.PHONY: help html deploy

help:
\t@$(SPHINXBUILD) -M help "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS)

html:
\t@$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS)

deploy: html
\t@test -n "$(RTD_TOKEN)" || (echo "set RTD_TOKEN"; exit 1)
\tcurl -X POST -H "Authorization: Token $(RTD_TOKEN)" https://readthedocs.org/api/v3/projects/acme/versions/latest/builds/
''', None, "https://www.sphinx-doc.org/en/master/usage/quickstart.html")

pw = human_pw(url_safe=True)
add("makefile/database-url-var", "services/api/Makefile", f'''DB_URL = postgresql://migrator:{pw}@pg-staging.internal:5432/api

.PHONY: migrate downgrade shell

migrate:
\tDATABASE_URL=$(DB_URL) alembic upgrade head

downgrade:
\tDATABASE_URL=$(DB_URL) alembic downgrade -1

shell:
\tpsql $(DB_URL)
''', pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

tok = telegram()
add("justfile/telegram-token", "justfile", f'''set dotenv-load := false

bot_token := "{tok}"

default:
    @just --list

run:
    BOT_TOKEN={{{{bot_token}}}} python -m bot

set-webhook url:
    curl -s "https://api.telegram.org/bot{{{{bot_token}}}}/setWebhook?url={{{{url}}}}"
''', tok, "https://just.systems/man/en/")

gt = github_fg()
add("powershell/github-token", "scripts/windows/publish-docs.ps1", f'''$ErrorActionPreference = "Stop"
$env:GITHUB_TOKEN = "{gt}"
$repo = "acme/acme-client"

python -m pip install mkdocs-material
mkdocs build --strict
git config user.name "docs-bot"
git remote set-url origin "https://x-access-token:$($env:GITHUB_TOKEN)@github.com/$repo.git"
mkdocs gh-deploy --force
''', gt, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables")

pw = human_pw()
add("batch-file/sqlcmd-password", "scripts/windows/seed_db.bat", f'''@echo off
setlocal
set SERVER=acme-sql.database.windows.net
set DB=inventory
echo Seeding %DB% on %SERVER%
sqlcmd -S %SERVER% -d %DB% -U seeder -P "{pw}" -i seed\\schema.sql
sqlcmd -S %SERVER% -d %DB% -U seeder -P "{pw}" -i seed\\data.sql
endlocal
''', pw, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility")

# ---------------------------------------------------------------- packaging and tool credentials

p = pypi()
add("pypirc/pypi-token", ".pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {p}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', p, "https://packaging.python.org/en/latest/specifications/pypirc/")

add("pypirc/decoy-keyring", "release/.pypirc", '''[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`

[internal]
repository = https://nexus.acme.io/repository/pypi-internal/
username = ci-uploader
''', None, "https://twine.readthedocs.io/en/stable/#keyring-support")

pw = random_pw()
add("pip-conf/index-url-credentials", "deploy/pip.conf", f'''[global]
timeout = 60
index-url = https://ci-reader:{pw}@nexus.acme.io/repository/pypi-all/simple
trusted-host = nexus.acme.io
disable-pip-version-check = true

[install]
no-compile = true
''', pw, "https://pip.pypa.io/en/stable/topics/configuration/")

gt = github()
add("requirements-txt/github-token-vcs-url", "requirements/prod.txt", f'''Django==5.0.6
gunicorn==22.0.0
psycopg[binary]==3.1.19
redis==5.0.4
celery==5.4.0
git+https://{gt}@github.com/acme/acme-auth.git@v1.4.2#egg=acme-auth
sentry-sdk==2.5.1
''', gt, "https://pip.pypa.io/en/stable/topics/vcs-support/")

add("requirements-txt/decoy-hashes", "requirements.lock.txt", f'''# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements.in
certifi==2024.8.30 \\
    --hash=sha256:{sha256()} \\
    --hash=sha256:{sha256()}
    # via requests
idna==3.10 \\
    --hash=sha256:{sha256()} \\
    --hash=sha256:{sha256()}
    # via requests
requests==2.32.3 \\
    --hash=sha256:{sha256()} \\
    --hash=sha256:{sha256()}
    # via -r requirements.in
''', None, "https://pip.pypa.io/en/stable/topics/secure-installs/")

pw = random_pw()
add("poetry-toml/http-basic-password", "poetry.toml", f'''[virtualenvs]
in-project = true
create = true

[repositories.acme]
url = "https://pypi.acme.io/simple/"

[http-basic.acme]
username = "ci-bot"
password = "{pw}"
''', pw, "https://python-poetry.org/docs/repositories/#configuring-credentials")

add("poetry-lock/decoy-file-hashes", "poetry.lock", f'''# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "redis"
version = "5.0.4"
description = "Python client for Redis database and key-value store"
optional = false
python-versions = ">=3.7"
files = [
    {{file = "redis-5.0.4-py3-none-any.whl", hash = "sha256:{sha256()}"}},
    {{file = "redis-5.0.4.tar.gz", hash = "sha256:{sha256()}"}},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "{sha256()}"
''', None, "https://python-poetry.org/docs/basic-usage/#commit-your-poetrylock-file-to-version-control")

gl = gitlab()
add("pyproject-toml/uv-index-token", "pyproject.toml", f'''[project]
name = "acme-reports"
version = "2.3.0"
requires-python = ">=3.11"
dependencies = ["pandas>=2.2", "sqlalchemy>=2.0", "acme-auth>=1.4"]

[[tool.uv.index]]
name = "acme"
url = "https://__token__:{gl}@gitlab.acme.io/api/v4/groups/12/-/packages/pypi/simple"

[tool.ruff]
line-length = 100

[tool.pytest.ini_options]
addopts = "-q"
''', gl, "https://docs.astral.sh/uv/configuration/indexes/")

add("pyproject-toml/decoy-placeholder-docs", "packages/acme-cli/pyproject.toml", '''[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "acme-cli"
version = "0.4.1"
description = "Command-line client; authenticate with `acme login --token <YOUR_API_TOKEN>`"
requires-python = ">=3.9"
dependencies = ["httpx>=0.27", "typer>=0.12", "keyring>=25"]

[project.scripts]
acme = "acme_cli.main:app"

[tool.hatch.envs.default.env-vars]
ACME_API_URL = "https://api.acme.io"
ACME_TOKEN = "{env:ACME_TOKEN}"
''', None, "https://hatch.pypa.io/latest/config/environment/overview/#environment-variables")

pw = passphrase()
add("setup-cfg/pytest-env-password", "setup.cfg", f'''[metadata]
name = acme-ledger
version = attr: acme_ledger.__version__

[options]
packages = find:
python_requires = >=3.10

[tool:pytest]
testpaths = tests
env =
    LEDGER_DB_URL=postgresql://ledger_ci:{pw}@ci-db.acme.internal/ledger_ci

[flake8]
max-line-length = 100
''', pw, "https://pypi.org/project/pytest-env/")

pw = random_pw()
add("netrc/machine-password", "ci/.netrc", f'''machine nexus.acme.io
  login ci-deployer
  password {pw}

# github.com is reached over SSH deploy keys, no entry here
default login anonymous
''', pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

# ---------------------------------------------------------------- cloud CLI and tool credential files

kid, ks = aws_id(), aws_secret()
add("aws-credentials/profile-secret", "ops/aws/credentials", f'''[default]
region = eu-west-1

[deploy]
aws_access_key_id = {kid}
aws_secret_access_key = {ks}

[readonly]
role_arn = arn:aws:iam::123456789012:role/ReadOnly
source_profile = deploy
''', ks, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

st = fakes.aws_session_token(seed(), "origin")
add("aws-credentials/session-token", "deploy/runner/.aws/credentials", f'''# written by `aws sts assume-role` on the build host; the runner image copies it in
[assumed]
aws_access_key_id = ASIA{rnd(string.ascii_uppercase + "234567", 16)}
aws_secret_access_key = {aws_secret()}
aws_session_token = {st}
region = us-east-1
output = json
''', st, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("aws-config/decoy-sso-profiles", "ops/aws/config", '''[default]
region = eu-west-1
output = json

[profile dev]
sso_session = acme
sso_account_id = 111122223333
sso_role_name = Developer
region = eu-west-1

[profile prod]
sso_session = acme
sso_account_id = 444455556666
sso_role_name = ReadOnly

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

add("aws-docs/decoy-example-keys", "docs/deploy/aws.md", '''# Deploying to AWS

Create an access key for the `deployer` IAM user, then configure a profile:

```console
$ aws configure --profile acme-deploy
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-1
Default output format [None]: json
```

The values above are the placeholders from the AWS documentation; use your own.
Then run `make deploy AWS_PROFILE=acme-deploy`.
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

ks = aws_secret()
add("s3cfg/secret-key", "backup/.s3cfg", f'''[default]
access_key = {aws_id()}
secret_key = {ks}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
''', ks, "https://s3tools.org/kb/item14.htm")

pw = random_pw()
add("rclone-conf/webdav-bearer-token", "backup/rclone.conf", f'''[b2-archive]
type = b2
account = 0012ab34cd56
hard_delete = false

[nas]
type = webdav
url = https://nas.acme.lan/remote.php/dav/files/backup
vendor = nextcloud
user = backup
bearer_token = {pw}
''', pw, "https://rclone.org/webdav/")

dh = fakes.fake("dckr_pat_", 27, seed())
add("docker-config-json/auth-base64", "ci/docker/config.json", json.dumps({
    "auths": {"https://index.docker.io/v1/": {"auth": b64("acmeci:" + dh)}},
    "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"},
    "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"},
}, indent=2) + "\n", dh, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

add("docker-config-json/decoy-cred-helpers", "ci/docker/config.ecr.json", json.dumps({
    "auths": {},
    "credHelpers": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
        "europe-docker.pkg.dev": "gcloud",
    },
    "credsStore": "desktop",
    "currentContext": "default",
}, indent=2) + "\n", None, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

gt = github()
add("git-credentials/token-url", "ops/runner/.git-credentials", f'''https://acme-bot:{gt}@github.com
https://oauth2@gitlab.acme.io
https://ci@bitbucket.org
https://deploy@git.acme.io
https://mirror@codeberg.org
''', gt, "https://git-scm.com/docs/git-credential-store")

gt = github()
add("gitconfig/url-insteadof-token", ".gitconfig.ci", f'''[user]
    name = acme-ci
    email = ci@acme.io
[url "https://{gt}:x-oauth-basic@github.com/acme/"]
    insteadOf = git@github.com:acme/
[init]
    defaultBranch = main
[pull]
    rebase = true
''', gt, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf")

np = npm()
add("npmrc/auth-token", "frontend/.npmrc", f'''registry=https://registry.npmjs.org/
@acme:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={np}
save-exact=true
engine-strict=true
fund=false
''', np, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

add("npmrc/decoy-env-token", "web/.npmrc", '''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
audit-level=high
''', None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

sa_key = pem("")
sa = {
    "type": "service_account",
    "project_id": "acme-analytics-prod",
    "private_key_id": hexs(40),
    "private_key": sa_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE") + "\n",
    "client_email": "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
    "client_id": str(random.Random(seed()).randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
}
add("gcp-service-account/private-key", "etl/credentials/service-account.json", json.dumps(sa, indent=2) + "\n",
    sa["private_key"].splitlines()[1], "https://cloud.google.com/iam/docs/keys-create-delete")

ak = b64(rnd(ALNUM, 64))
add("azure-storage/connection-string", "config/azure.yaml", f'''storage:
  container: invoices-pdf
  connection_string: "DefaultEndpointsProtocol=https;AccountName=acmeinvoices;AccountKey={ak};EndpointSuffix=core.windows.net"
queue:
  name: render-jobs
  visibility_timeout: 120
retention_days: 365
''', ak, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

pw = human_pw()
add("dbt-profiles/snowflake-password", "analytics/profiles.yml", f'''acme_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xy12345.eu-central-1
      user: DBT_RUNNER
      password: "{pw}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
''', pw, "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

add("dbt-profiles/decoy-env-var", "warehouse/profiles.yml", '''warehouse:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      port: 5432
      dbname: warehouse
      schema: dbt_dev
      threads: 4
''', None, "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

ok = openai()
add("streamlit-secrets/openai-key", ".streamlit/secrets.toml", f'''# Streamlit Community Cloud secrets
OPENAI_API_KEY = "{ok}"

[app]
title = "Contract summariser"
max_pages = 40

[feedback]
sheet = "summariser-feedback"
''', ok, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

pw = human_pw()
add("snowflake-connections-toml/password", "ops/snowflake/connections.toml", f'''[default]
account = "xy12345.eu-central-1"
user = "LOADER"
password = "{pw}"
warehouse = "LOADING"
database = "RAW"
schema = "PUBLIC"
role = "LOADER_ROLE"
''', pw, "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect#connecting-using-the-connections-toml-file")

kid, ks = aws_id(), aws_secret()
add("dvc-config/s3-remote-secret", ".dvc/config", f'''[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://acme-ml-datasets/dvc
    region = eu-west-1
    access_key_id = {kid}
    secret_access_key = {ks}
''', ks, "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3")

add("dvc-config/decoy-profile", "ml/.dvc/config", '''[core]
    remote = ml-store
    autostage = true
['remote "ml-store"']
    url = s3://acme-ml-artifacts/dvc
    profile = ml-readonly
    region = eu-west-1
['remote "gcs-mirror"']
    url = gs://acme-ml-mirror/dvc
    credentialpath = ~/.config/gcloud/application_default_credentials.json
''', None, "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3")

pw = human_pw()
add("kedro-credentials/db-password", "conf/base/credentials.yml", f'''# Kedro credentials (this project keeps them in base; see docs for conf/local)
warehouse_db:
  host: wh.acme.internal
  port: 5432
  username: kedro
  password: "{pw}"
s3_raw:
  client_kwargs:
    region_name: eu-west-1
''', pw, "https://docs.kedro.org/en/stable/configuration/credentials.html")

pw = human_pw()
add("odoo-conf/admin-passwd", "deploy/odoo/odoo.conf", f'''[options]
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
data_dir = /var/lib/odoo
admin_passwd = {pw}
db_host = odoo-db
db_port = 5432
db_user = odoo
db_password = False
proxy_mode = True
workers = 4
''', pw, "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html")

dj = fakes.fake("", 42, seed())
add("superset-config/secret-key", "deploy/superset/superset_config.py", f'''# Superset configuration, mounted into the container at /app/pythonpath
ROW_LIMIT = 5000
SUPERSET_WEBSERVER_PORT = 8088

SECRET_KEY = "{dj}"

SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset@superset-db:5432/superset"
WTF_CSRF_ENABLED = True
FEATURE_FLAGS = {{"ALERT_REPORTS": True}}
''', dj, "https://superset.apache.org/docs/configuration/configuring-superset/")

add("mlflow-config/decoy-tracking-uri", "ml/MLproject", '''name: churn-model

python_env: python_env.yaml

entry_points:
  main:
    parameters:
      data_path: {type: str, default: "s3://acme-ml-datasets/churn/2024-11.parquet"}
      max_depth: {type: int, default: 6}
      learning_rate: {type: float, default: 0.1}
    command: "python train.py --data {data_path} --max-depth {max_depth} --lr {learning_rate}"
  evaluate:
    parameters:
      run_id: str
    command: "python evaluate.py --run-id {run_id}"
''', None, "https://mlflow.org/docs/latest/projects.html")

# ---------------------------------------------------------------- IDE and tool configs

pw = human_pw()
add("vscode-launch/env-password", ".vscode/launch.json", json.dumps({
    "version": "0.2.0",
    "configurations": [{
        "name": "Django: runserver against staging DB",
        "type": "debugpy",
        "request": "launch",
        "program": "${workspaceFolder}/manage.py",
        "args": ["runserver", "8001"],
        "django": True,
        "env": {"DB_HOST": "pg-staging.internal", "DB_USER": "dev_ro", "DB_PASSWORD": pw},
    }],
}, indent=4) + "\n", pw, "https://code.visualstudio.com/docs/python/debugging#_env")

add("vscode-settings/decoy-no-secrets", ".vscode/settings.json", json.dumps({
    "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
    "python.testing.pytestEnabled": True,
    "python.testing.pytestArgs": ["tests"],
    "editor.formatOnSave": True,
    "[python]": {"editor.defaultFormatter": "charliermarsh.ruff"},
    "files.exclude": {"**/__pycache__": True, "**/.pytest_cache": True},
    "python.envFile": "${workspaceFolder}/.env.local",
}, indent=4) + "\n", None, "https://code.visualstudio.com/docs/python/settings-reference")

sq = fakes.fake("sqp_", 40, seed())
add("vscode-settings/sonarlint-token", "tools/vscode/settings.json", json.dumps({
    "sonarlint.connectedMode.connections.sonarqube": [
        {"serverUrl": "https://sonar.acme.io", "connectionId": "acme-sonar", "token": sq}
    ],
    "sonarlint.connectedMode.project": {"connectionId": "acme-sonar", "projectKey": "acme_ledger"},
    "editor.rulers": [100],
}, indent=2) + "\n", sq, "https://docs.sonarsource.com/sonarqube-for-ide/vs-code/team-features/connected-mode-setup/")

pw = human_pw()
add("idea-datasources/xml-password", ".idea/dataSources.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="prod-replica" uuid="{uuid4()}">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://pg-replica.internal:5432/app?user=analyst&amp;password={pw.replace("&", "")}</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''', pw.replace("&", ""), "https://www.jetbrains.com/help/pycharm/data-sources-and-drivers-dialog.html")

add("idea-datasources/decoy-no-password", ".idea/dataSources.local.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="PY-241.15989.155">
    <data-source name="prod-replica" uuid="{uuid4()}">
      <database-info product="PostgreSQL" version="16.2" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.7.3" dbms="POSTGRES" exact-version="16.2" />
      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />
      <secret-storage>master_key</secret-storage>
      <user-name>analyst</user-name>
      <schema-mapping />
    </data-source>
  </component>
</project>
''', None, "https://www.jetbrains.com/help/pycharm/data-sources-and-drivers-dialog.html")

tok = telegram()
add("idea-run-config/telegram-env", ".idea/runConfigurations/bot.xml", f'''<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="bot" type="PythonConfigurationType" factoryName="Python">
    <module name="notifier" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="TELEGRAM_TOKEN" value="{tok}" />
    </envs>
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/notifier/__main__.py" />
    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
    <method v="2" />
  </configuration>
</component>
''', tok, "https://www.jetbrains.com/help/pycharm/run-debug-configuration-python.html")

hf = fakes.fake("hf_", 34, seed())
add("devcontainer/hf-token-remote-env", ".devcontainer/devcontainer.json", json.dumps({
    "name": "ml-dev",
    "image": "mcr.microsoft.com/devcontainers/python:3.12",
    "features": {"ghcr.io/devcontainers/features/nvidia-cuda:1": {}},
    "remoteEnv": {"HF_TOKEN": hf, "HF_HOME": "/workspaces/.hf"},
    "postCreateCommand": "pip install -r requirements.txt",
    "customizations": {"vscode": {"extensions": ["ms-python.python", "ms-toolsai.jupyter"]}},
}, indent=2) + "\n", hf, "https://containers.dev/implementors/json_reference/")

add("devcontainer/decoy-local-env-ref", "tools/devcontainer/devcontainer.json", json.dumps({
    "name": "api",
    "dockerComposeFile": ["../../docker-compose.yml"],
    "service": "web",
    "workspaceFolder": "/workspace",
    "remoteEnv": {"GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}", "AWS_PROFILE": "${localEnv:AWS_PROFILE:dev}"},
    "forwardPorts": [8000, 5432],
}, indent=2) + "\n", None, "https://containers.dev/implementors/json_reference/#variables-in-devcontainerjson")

dsn_tok = fakes.fake("sntrys_", 60, seed())
add("sentry-clirc/auth-token", ".sentryclirc", f'''[defaults]
url = https://sentry.io/
org = acme
project = ledger-api

[auth]
token = {dsn_tok}

[log]
level = warn
''', dsn_tok, "https://docs.sentry.io/cli/configuration/")

cf = rnd(ALNUM + "_-", 40)
add("wrangler-toml/cloudflare-api-token-var", "edge/wrangler.toml", f'''name = "docs-redirects"
main = "src/index.js"
compatibility_date = "2024-09-23"

[vars]
ORIGIN = "https://docs.acme.io"
CLOUDFLARE_API_TOKEN = "{cf}"

[[kv_namespaces]]
binding = "REDIRECTS"
id = "{hexs(32)}"
''', cf, "https://developers.cloudflare.com/workers/wrangler/configuration/")

vt = "hvs." + rnd(ALNUM, 24)
add("shell-script/vault-token-export", "deploy/vault/bootstrap.sh", f'''#!/usr/bin/env bash
# One-off: seed the KV paths the apps read (run from the ops box)
set -euo pipefail
export VAULT_ADDR=https://vault.acme.io:8200
export VAULT_TOKEN={vt}

vault secrets enable -path=secret kv-v2 || true
vault policy write reports deploy/vault/policies/reports.hcl
vault write auth/approle/role/reports token_policies=reports token_ttl=1h
echo "bootstrap done"
''', vt, "https://developer.hashicorp.com/vault/docs/commands#vault_token")

add("vault-hcl/decoy-approle", "deploy/vault/agent-approle.hcl", '''pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.acme.io:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" { config = { path = "/run/vault/token" } }
}
''', None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle")

gs = fakes.fake("glsa_", 32, seed()) + "_" + hexs(8)
add("grafana-provisioning/service-account-token", "deploy/grafana/provisioning/datasources/infinity.yaml", f'''apiVersion: 1
datasources:
  - name: Grafana-self
    type: yesoreyeram-infinity-datasource
    access: proxy
    url: https://grafana.acme.io
    jsonData:
      auth_method: bearerToken
    secureJsonData:
      bearerToken: {gs}
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
''', gs, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

add("grafana-provisioning/decoy-env-expansion", "deploy/grafana/provisioning/datasources/postgres.yaml", '''apiVersion: 1
datasources:
  - name: App DB
    type: postgres
    url: pg-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: app
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: $__file{/run/secrets/grafana_pg_password}
''', None, "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

pw = human_pw()
add("prometheus-yml/basic-auth-password", "deploy/prometheus/prometheus.yml", f'''global:
  scrape_interval: 30s
scrape_configs:
  - job_name: django
    metrics_path: /metrics
    scheme: https
    basic_auth:
      username: prometheus
      password: "{pw}"
    static_configs:
      - targets: ["app.acme.io"]
  - job_name: node
    static_configs:
      - targets: ["10.0.1.10:9100", "10.0.1.11:9100"]
''', pw, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

add("alertmanager-yml/decoy-file-refs", "deploy/prometheus/alertmanager.yml", '''route:
  receiver: telegram
  group_by: [alertname]
receivers:
  - name: telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/telegram_token
        chat_id: -1001234567890
        parse_mode: HTML
  - name: slack
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_webhook
        channel: "#alerts"
''', None, "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config")

tok = telegram()
add("alertmanager-yml/telegram-bot-token", "monitoring/alertmanager.yml", f'''global:
  resolve_timeout: 5m
route:
  receiver: oncall
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: oncall
    telegram_configs:
      - bot_token: "{tok}"
        chat_id: -1009988776655
        send_resolved: true
''', tok, "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config")

wh = slack_webhook()
add("alertmanager-yml/slack-api-url", "ops/monitoring/alertmanager.yaml", f'''route:
  receiver: slack-default
  routes:
    - matchers: [severity="critical"]
      receiver: slack-default
      continue: true
receivers:
  - name: slack-default
    slack_configs:
      - api_url: {wh}
        channel: "#prod-alerts"
        send_resolved: true
        title: '{{{{ .CommonLabels.alertname }}}}'
''', wh, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

pw = human_pw()
add("fluent-bit-conf/es-password", "deploy/logging/fluent-bit.conf", f'''[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/app/*.log
    Tag    app.*

[OUTPUT]
    Name        es
    Match       app.*
    Host        logs.es.eu-west-1.aws.elastic-cloud.com
    Port        9243
    HTTP_User   fluentbit
    HTTP_Passwd {pw}
    tls         On
''', pw, "https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch")

pw = human_pw()
add("pgadmin-servers-json/decoy-passfile", "deploy/pgadmin/servers.json", json.dumps({
    "Servers": {"1": {
        "Name": "production", "Group": "Servers", "Host": "pg-primary.internal", "Port": 5432,
        "MaintenanceDB": "postgres", "Username": "dba", "SSLMode": "require",
        "PassFile": "/pgpass",
    }}
}, indent=2) + "\n", None, "https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html")

# ---------------------------------------------------------------- notebooks


def notebook(cells: list) -> str:
    nb = {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.12.4"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1) + "\n"


def code(src: str, outputs: Optional[list] = None, n: int = 1) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": hexs(8), "metadata": {},
            "outputs": outputs or [], "source": src.splitlines(keepends=True)}


def md(src: str) -> dict:
    return {"cell_type": "markdown", "id": hexs(8), "metadata": {}, "source": src.splitlines(keepends=True)}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


pw = human_pw(url_safe=True)
add("jupyter-notebook/sqlalchemy-engine-password", "notebooks/churn_exploration.ipynb", notebook([
    md("# Churn exploration\nPull last quarter's orders from the replica."),
    code("import pandas as pd\nfrom sqlalchemy import create_engine", n=1),
    code(f'engine = create_engine("postgresql://analyst:{pw}@pg-replica.internal:5432/shop")\n'
         'df = pd.read_sql("select * from orders where created_at > now() - interval \'90 days\'", engine)\ndf.shape',
         [{"data": {"text/plain": ["(48211, 17)"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2),
]), pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

tok = telegram()
add("jupyter-notebook/telegram-token-in-output", "notebooks/bot_debugging.ipynb", notebook([
    md("Checking which token the bot container picked up."),
    code("import os\nprint(os.environ['TELEGRAM_TOKEN'])", [stream(tok + "\n")], n=3),
    code("import requests\nrequests.get(f\"https://api.telegram.org/bot{os.environ['TELEGRAM_TOKEN']}/getMe\").json()['ok']",
         [{"data": {"text/plain": ["True"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}], n=4),
]), tok, "https://nbformat.readthedocs.io/en/latest/format_description.html#code-cells")

kid, ks = aws_id(), aws_secret()
add("jupyter-notebook/aws-env-magic", "notebooks/s3_inventory.ipynb", notebook([
    code(f"%env AWS_ACCESS_KEY_ID={kid}\n%env AWS_SECRET_ACCESS_KEY={ks}\n%env AWS_DEFAULT_REGION=eu-west-1",
         [stream(f"env: AWS_ACCESS_KEY_ID={kid}\nenv: AWS_SECRET_ACCESS_KEY={ks}\nenv: AWS_DEFAULT_REGION=eu-west-1\n")], n=1),
    code("import boto3\ns3 = boto3.client('s3')\nlen(s3.list_objects_v2(Bucket='acme-ml-datasets')['Contents'])",
         [{"data": {"text/plain": ["812"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2),
]), ks, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env")

ok = openai()
add("jupyter-notebook/openai-key-cell", "notebooks/prompt_eval.ipynb", notebook([
    md("## Prompt evaluation\nCompare two system prompts on the labelled tickets."),
    code(f'from openai import OpenAI\nclient = OpenAI(api_key="{ok}")', n=1),
    code("tickets = pd.read_parquet('data/tickets_labelled.parquet')\nlen(tickets)",
         [{"data": {"text/plain": ["500"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2),
]), ok, "https://nbformat.readthedocs.io/en/latest/format_description.html")

add("jupyter-notebook/decoy-getpass-and-image", "notebooks/report_figures.ipynb", notebook([
    md("Figures for the quarterly report. The password is asked for, never stored."),
    code("from getpass import getpass\nimport sqlalchemy as sa\npw = getpass('DB password: ')\nengine = sa.create_engine(sa.URL.create('postgresql', 'analyst', pw, 'pg-replica.internal', 5432, 'shop'))", [stream("DB password: ········\n")], n=1),
    code("fig = df.plot(kind='bar').get_figure()\nfig",
         [{"data": {"image/png": b64blob(600) + "==", "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
           "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2),
]), None, "https://docs.python.org/3/library/getpass.html")

add("jupyter-notebook/decoy-hashes-output", "notebooks/dataset_checksums.ipynb", notebook([
    md("Verify the downloaded shards against the published SHA-256 list."),
    code("import hashlib, pathlib\nfor p in sorted(pathlib.Path('data/shards').glob('*.parquet')):\n    print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())",
         [stream("".join(f"part-{i:04d}.parquet {sha256()}\n" for i in range(5)))], n=1),
]), None, "https://docs.python.org/3/library/hashlib.html")

# ---------------------------------------------------------------- docs

rp = redis_pw()
add("markdown-doc/redis-url-runbook", "docs/runbooks/cache-outage.md", f'''# Runbook: cache outage

1. Check the Grafana board "Cache / latency".
2. Connect from the bastion:

   ```bash
   redis-cli -u 'redis://default:{rp}@cache-01.prod.internal:6379' info replication
   ```

3. If the master is down, promote the replica:

   ```bash
   aws elasticache test-failover --replication-group-id sessions --node-group-id 0001
   ```

4. Post in #incidents with the timeline.
''', rp, "https://redis.io/docs/latest/develop/tools/cli/")

add("markdown-doc/decoy-placeholders", "docs/configuration.md", '''# Configuration

All settings are read from the environment.

| Variable | Example | Notes |
|---|---|---|
| `DATABASE_URL` | `postgresql://user:password@host:5432/db` | required |
| `REDIS_URL` | `redis://:<password>@host:6379/0` | optional, enables caching |
| `TELEGRAM_TOKEN` | `123456789:AA...` | from @BotFather |
| `PYPI_TOKEN` | `pypi-AgEIcHlwaS5vcmc...` | only for releases |
| `AWS_SECRET_ACCESS_KEY` | `********` | use an IAM role when possible |

Never put real values in this file.
''', None, "https://12factor.net/config")

p = pypi()
add("markdown-doc/pypi-token-release-notes", "RELEASING.md", f'''# Releasing

1. Bump the version in `src/acme_client/__init__.py` and update `CHANGELOG.md`.
2. Tag: `git tag -s vX.Y.Z && git push --tags`.
3. Build and upload:

```bash
python -m build
twine upload -u __token__ -p {p} dist/*
```

4. Check https://pypi.org/project/acme-client/ and announce in #releases.
''', p, "https://packaging.python.org/en/latest/tutorials/packaging-projects/")

add("rst-doc/decoy-telegram-docs-example", "docs/source/telegram.rst", '''Telegram notifications
======================

Create a bot with `@BotFather <https://t.me/BotFather>`_; it answers with a token that
looks like this example from the Bot API documentation::

    123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11

Put your own token in the ``TELEGRAM_TOKEN`` environment variable:

.. code-block:: bash

    export TELEGRAM_TOKEN="<token from BotFather>"
    acme-notify --chat-id -100123 "hello"
''', None, "https://core.telegram.org/bots/api#authorizing-your-bot")

pw = human_pw()
add("rst-doc/database-password-howto", "docs/source/howto/staging.rst", f'''Working against staging
=======================

The staging database is reachable from the VPN only.

.. code-block:: ini

    [staging]
    host = pg-staging.internal
    user = staging_rw
    password = {pw}
    dbname = app

Load it with ``acme-admin --profile staging shell``.
''', pw, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

add("markdown-doc/decoy-presigned-url", "docs/exports.md", f'''# Data exports

Exports are delivered as S3 pre-signed URLs valid for one hour, for example:

```
https://acme-exports.s3.eu-west-1.amazonaws.com/2024/11/orders.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAEXAMPLEEXAMPLE%2F20241130%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20241130T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256()}
```

The link expires after an hour; request a new one with `acme export orders --month 2024-11`.
''', None, "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html")

add("changelog/decoy-commit-ids", "CHANGELOG.md", f'''# Changelog

## 2.4.0 (2024-11-28)
- Rotate the Redis password through SSM instead of the Helm values ({hexs(40)[:12]}).
- Drop the hard-coded Telegram chat id ({hexs(40)[:12]}).
- Release workflow now uses PyPI trusted publishing ({hexs(40)}).

## 2.3.1 (2024-10-02)
- Fix `DATABASE_URL` parsing when the password contains `@` (#412).
- Bump `redis` to 5.0.4.
''', None, "https://keepachangelog.com/en/1.1.0/")

gt = github_fg()
add("markdown-doc/github-token-contributing", "CONTRIBUTING.md", f'''# Contributing

## Running the integration tests

The integration suite talks to the GitHub API. Use the shared bot token so you do not hit
the rate limit:

```bash
export GITHUB_TOKEN={gt}
pytest -m github
```

## Style
We use ruff and mypy; `make lint` runs both.
''', gt, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

add("mkdocs-yml/decoy-plugins", "mkdocs.yml", '''site_name: acme-client
site_url: https://acme.github.io/acme-client/
repo_url: https://github.com/acme/acme-client
theme:
  name: material
  palette: {primary: indigo}
plugins:
  - search
  - mkdocstrings:
      handlers:
        python:
          options: {show_source: false}
extra:
  analytics:
    provider: google
    property: G-XXXXXXXXXX
nav:
  - Home: index.md
  - Configuration: configuration.md
''', None, "https://squidfunk.github.io/mkdocs-material/setup/setting-up-site-analytics/")

add("sphinx-conf/decoy-intersphinx", "docs/source/conf.py", f'''project = "acme-client"
author = "Acme"
release = "2.4.0"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
intersphinx_mapping = {{"python": ("https://docs.python.org/3", None)}}
html_theme = "furo"
html_static_path = ["_static"]
html_theme_options = {{"source_edit_link": "https://github.com/acme/acme-client/edit/main/docs/source/{{filename}}"}}
# pinned theme build, checked by docs CI
html_baseurl = "https://acme-client.readthedocs.io/en/stable/"
build_id = "{hexs(40)}"
''', None, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

# ---------------------------------------------------------------- more kinds of token

tw = hexs(32)
add("dotenv/twilio-auth-token", "services/sms/.env.prod", f'''SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=AC{hexs(32)}
TWILIO_AUTH_TOKEN={tw}
TWILIO_FROM_NUMBER=+15005550006
SMS_RATE_LIMIT_PER_MIN=30
''', tw, "https://www.twilio.com/docs/usage/secure-credentials")

mg = "key-" + hexs(32)
add("django-settings/mailgun-anymail", "src/portal/settings/email.py", f'''EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
DEFAULT_FROM_EMAIL = "Portal <no-reply@mg.acme.io>"
SERVER_EMAIL = "alerts@mg.acme.io"

ANYMAIL = {{
    "MAILGUN_API_KEY": "{mg}",
    "MAILGUN_SENDER_DOMAIN": "mg.acme.io",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}}
''', mg, "https://anymail.dev/en/stable/esps/mailgun/")

an = fakes.fake("sk-ant-api03-", 93, seed()) + "AA"
add("python-module/anthropic-key", "assistant/client.py", f'''import anthropic

_client = anthropic.Anthropic(api_key="{an}")
MODEL = "claude-3-5-sonnet-latest"


def summarise(text: str) -> str:
    msg = _client.messages.create(
        model=MODEL,
        max_tokens=512,
        messages=[{{"role": "user", "content": f"Summarise:\\n{{text}}"}}],
    )
    return msg.content[0].text
''', an, "https://docs.anthropic.com/en/api/getting-started")

rng = random.Random(seed())
dw = f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18)}/" + "".join(rng.choice(ALNUM + "_-") for _ in range(68))
add("python-script/discord-webhook", "scripts/post_build_status.py", f'''#!/usr/bin/env python3
import sys

import requests

WEBHOOK = "{dw}"


def main(status: str) -> None:
    colour = 0x2ECC71 if status == "success" else 0xE74C3C
    requests.post(WEBHOOK, json={{"embeds": [{{"title": f"nightly build: {{status}}", "color": colour}}]}}, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "unknown")
''', dw, "https://discord.com/developers/docs/resources/webhook")

do = "dop_v1_" + hexs(64)
add("terraform/digitalocean-token", "infra/do/provider.tf", f'''terraform {{
  required_providers {{
    digitalocean = {{
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }}
  }}
}}

provider "digitalocean" {{
  token = "{do}"
}}

resource "digitalocean_droplet" "worker" {{
  image  = "ubuntu-24-04-x64"
  name   = "worker-1"
  region = "ams3"
  size   = "s-2vcpu-4gb"
}}
''', do, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

sh = "shpat_" + hexs(32)
add("yaml-config/shopify-admin-token", "config/shopify.yml", f'''shop: acme-outlet.myshopify.com
api_version: "2024-10"
admin_access_token: {sh}
sync:
  products: true
  inventory: true
  interval_minutes: 15
webhooks:
  - topic: orders/create
    address: https://sync.acme.io/hooks/orders
''', sh, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

db = "dapi" + hexs(32)
add("databrickscfg/pat", "ops/databricks/.databrickscfg", f'''[DEFAULT]
host  = https://adb-1234567890123456.7.azuredatabricks.net
token = {db}

[staging]
host      = https://adb-6543210987654321.3.azuredatabricks.net
auth_type = azure-cli
''', db, "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html")

gk = fakes.fake("AIza", 35, seed())
add("yaml-config/google-maps-server-key", "config/geocoding.yaml", f'''geocoder:
  provider: google
  google:
    api_key: {gk}
    region: de
    language: de
  cache:
    backend: redis
    ttl_days: 30
  fallback: nominatim
''', gk, "https://developers.google.com/maps/documentation/geocoding/get-api-key")

ssh_key = fakes.fake_pem(seed(), "OPENSSH")
add("ssh-private-key/deploy-key", "ansible/roles/deploy/files/deploy_key", ssh_key + "\n", ssh_key,
    "https://man.openbsd.org/ssh-keygen")

tls_key = fakes.fake_pem(seed(), "EC")
add("k8s-secret/tls-key-base64", "k8s/base/ingress-tls.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: {b64("-----BEGIN CERTIFICATE-----" + chr(10) + b64blob(64) + chr(10) + "-----END CERTIFICATE-----" + chr(10))}
  tls.key: {b64(tls_key + chr(10))}
''', tls_key, "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets")

js = rnd(ALNUM + "-_", 48)
add("fastapi-config/jwt-secret", "app/core/security.py", f'''from datetime import datetime, timedelta, timezone

import jwt

JWT_SECRET = "{js}"
JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_MINUTES = 30


def create_access_token(subject: str) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_MINUTES)
    return jwt.encode({{"sub": subject, "exp": expire}}, JWT_SECRET, algorithm=JWT_ALGORITHM)
''', js, "https://pyjwt.readthedocs.io/en/stable/usage.html")

fk = base64.urlsafe_b64encode(random.Random(seed()).randbytes(32)).decode()
add("airflow-cfg/fernet-key", "deploy/airflow/prod/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
fernet_key = {fk}
load_examples = False
default_timezone = utc

[logging]
remote_logging = False
''', fk, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

sl = slack_bot()
add("python-module/slack-bot-token", "ops/slackbot/app.py", f'''from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="{sl}")


@app.command("/deploy-status")
def deploy_status(ack, respond):
    ack()
    respond("Last deploy: OK")


if __name__ == "__main__":
    SocketModeHandler(app).start()
''', sl, "https://slack.dev/bolt-python/concepts")

pw = human_pw()
add("python-module/mssql-odbc-string", "src/finance/db.py", f'''import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER=tcp:acme-finance.database.windows.net,1433;"
    "DATABASE=finance;"
    "UID=finance_app;PWD={pw};"
    "Encrypt=yes;TrustServerCertificate=no;"
)


def connect():
    return pyodbc.connect(CONN_STR, timeout=15)
''', pw, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

p = pypi()
add("hatch-config/pypi-auth", "tools/hatch/config.toml", f'''mode = "local"
project = "acme-client"

[dirs]
data = "~/.local/share/hatch"

[publish.index]
user = "__token__"
auth = "{p}"

[terminal.styles]
info = "bold"
''', p, "https://hatch.pypa.io/latest/config/hatch/#publishing")

p = pypi()
add("noxfile/pypi-token-env", "noxfile.py", f'''import nox

nox.options.sessions = ["tests", "lint"]


@nox.session(python=["3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest")


@nox.session
def publish(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run("twine", "upload", "dist/*", env={{"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": "{p}"}})
''', p, "https://nox.thea.codes/en/stable/config.html")

rp = redis_pw()
add("python-script/redis-client-kwarg", "scripts/warm_cache.py", f'''"""Warm the product cache after a deploy."""
import json

import redis

r = redis.Redis(host="cache-01.prod.internal", port=6379, db=0, password="{rp}", socket_timeout=5)

with open("data/top_products.json") as fh:
    for product in json.load(fh):
        r.set(f"product:{{product['id']}}", json.dumps(product), ex=3600)
print("warmed", r.dbsize())
''', rp, "https://redis-py.readthedocs.io/en/stable/connections.html")

tok = telegram()
add("helm-values/telegram-token", "deploy/helm/notifier/values.yaml", f'''image:
  repository: ghcr.io/acme/notifier
  tag: 3.1.0
env:
  BOT_MODE: webhook
  WEBHOOK_URL: https://notify.acme.io/tg
secretEnv:
  TELEGRAM_TOKEN: "{tok}"
resources:
  requests: {{cpu: 50m, memory: 64Mi}}
''', tok, "https://helm.sh/docs/chart_template_guide/values_files/")

ks = aws_secret()
add("boto-config/aws-secret", "ops/.boto", f'''[Credentials]
aws_access_key_id = {aws_id()}
aws_secret_access_key = {ks}

[Boto]
debug = 0
num_retries = 10
https_validate_certificates = True

[s3]
calling_format = boto.s3.connection.OrdinaryCallingFormat
''', ks, "https://boto.readthedocs.io/en/latest/boto_config_tut.html")

rp = redis_pw()
add("k8s-secret/redis-url-base64-env", "k8s/overlays/prod/worker-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: worker-env
  namespace: jobs
type: Opaque
data:
  QUEUE_NAME: {b64("default")}
  REDIS_URL: {b64(f"redis://:{rp}@redis-master.cache.svc:6379/0")}
''', rp, "https://kubernetes.io/docs/concepts/configuration/secret/")

pw = human_pw()
add("odbc-ini/dsn-password", "deploy/odbc.ini", f'''[ReportingDSN]
Driver      = PostgreSQL Unicode
Description = Reporting replica
Servername  = pg-replica.internal
Port        = 5432
Database    = reporting
Username    = bi_reader
Password    = {pw}
SSLmode     = require
''', pw, "https://odbc.postgresql.org/docs/config.html")

# ---------------------------------------------------------------- more decoys

add("k8s-configmap/decoy-ca-certificate", "k8s/base/ca-bundle.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: internal-ca\n  namespace: shop\ndata:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n"
    + "\n".join("    " + b64blob(64) for _ in range(10)) + "\n    " + b64blob(40) + "==\n    -----END CERTIFICATE-----\n",
    None, "https://kubernetes.io/docs/tasks/tls/managing-tls-in-a-cluster/")

add("package-lock/decoy-integrity", "frontend/package-lock.json", json.dumps({
    "name": "acme-frontend",
    "version": "2.4.0",
    "lockfileVersion": 3,
    "requires": True,
    "packages": {
        "": {"name": "acme-frontend", "version": "2.4.0", "dependencies": {"htmx.org": "^2.0.3"}},
        "node_modules/htmx.org": {"version": "2.0.3", "resolved": "https://registry.npmjs.org/htmx.org/-/htmx.org-2.0.3.tgz",
                                  "integrity": "sha512-" + b64blob(86) + "=="},
        "node_modules/alpinejs": {"version": "3.14.1", "resolved": "https://registry.npmjs.org/alpinejs/-/alpinejs-3.14.1.tgz",
                                  "integrity": "sha512-" + b64blob(86) + "=="},
    },
}, indent=2) + "\n", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

add("sops-yaml/decoy-encrypted-values", "deploy/secrets/prod.enc.yaml", f'''db_password: ENC[AES256_GCM,data:{b64blob(24)},iv:{b64blob(43)}=,tag:{b64blob(22)}==,type:str]
redis_password: ENC[AES256_GCM,data:{b64blob(32)},iv:{b64blob(43)}=,tag:{b64blob(22)}==,type:str]
telegram_token: ENC[AES256_GCM,data:{b64blob(60)},iv:{b64blob(43)}=,tag:{b64blob(22)}==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
          created_at: "2024-11-20T10:11:12Z"
          enc: AQICAHh{b64blob(180)}
          aws_profile: ""
    lastmodified: "2024-11-20T10:11:13Z"
    mac: ENC[AES256_GCM,data:{b64blob(88)},iv:{b64blob(43)}=,tag:{b64blob(22)}==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.1
''', None, "https://github.com/getsops/sops")

add("sops-config/decoy-creation-rules", ".sops.yaml", '''creation_rules:
  - path_regex: deploy/secrets/prod\\..*\\.yaml$
    kms: arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
  - path_regex: deploy/secrets/staging\\..*\\.yaml$
    age: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  - path_regex: .*\\.env$
    pgp: 85D77543B3D624B63CEA9E6DBC17301B491B3F21
''', None, "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

add("jwks-json/decoy-public-keys", "src/acme_auth/data/jwks.json", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "e": "AQAB", "n": rnd(ALNUM + "-_", 342)},
    {"kty": "EC", "use": "sig", "alg": "ES256", "kid": hexs(16), "crv": "P-256", "x": rnd(ALNUM + "-_", 43), "y": rnd(ALNUM + "-_", 43)},
]}, indent=2) + "\n", None, "https://datatracker.ietf.org/doc/html/rfc7517")

add("public-key-pem/decoy-cosign", "release/cosign.pub", "-----BEGIN PUBLIC KEY-----\n" + b64blob(64) + "\n" + b64blob(56) + "==\n-----END PUBLIC KEY-----\n"
    + "# verify: cosign verify-blob --key release/cosign.pub --signature dist/*.sig dist/*.whl\n" + "# rotated 2024-06-01\n",
    None, "https://docs.sigstore.dev/cosign/signing/signing_with_blobs/")

add("known-hosts/decoy-host-keys", "deploy/ssh/known_hosts", "\n".join([
    "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
    f"bastion.acme.io ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64blob(43)}",
    f"gitlab.acme.io ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{b64blob(139)}=",
    f"10.0.1.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64blob(43)}",
    f"10.0.1.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64blob(43)}",
]) + "\n", None, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

add("gitignore/decoy-secret-patterns", ".gitignore", '''__pycache__/
*.py[cod]
.venv/
dist/
build/
*.egg-info/
.env
.env.*
!.env.example
*.pem
*.key
.pypirc
secrets/
.terraform/
*.tfstate*
''', None, "https://git-scm.com/docs/gitignore")

add("django-settings/decoy-test-settings", "tests/settings.py", '''"""Settings for the test run only; never used by a deployed process."""
from config.settings.base import *  # noqa: F401,F403

SECRET_KEY = "tests-only-not-secret"  # noqa: S105 - test runner only
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
''', None, "https://docs.djangoproject.com/en/stable/topics/testing/overview/")

add("uv-lock/decoy-hashes", "uv.lock", f'''version = 1
requires-python = ">=3.11"

[[package]]
name = "redis"
version = "5.0.4"
source = {{ registry = "https://pypi.org/simple" }}
sdist = {{ url = "https://files.pythonhosted.org/packages/cb/fc/{hexs(60)}/redis-5.0.4.tar.gz", hash = "sha256:{sha256()}", size = 4589412 }}
wheels = [
    {{ url = "https://files.pythonhosted.org/packages/65/f2/{hexs(60)}/redis-5.0.4-py3-none-any.whl", hash = "sha256:{sha256()}", size = 251811 }},
]

[[package]]
name = "acme-reports"
version = "2.3.0"
source = {{ editable = "." }}
dependencies = [{{ name = "redis" }}]
''', None, "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile")

add("pipfile-lock/decoy-hashes", "Pipfile.lock", json.dumps({
    "_meta": {"hash": {"sha256": sha256()}, "pipfile-spec": 6, "requires": {"python_version": "3.12"},
              "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True}]},
    "default": {
        "python-telegram-bot": {"hashes": ["sha256:" + sha256(), "sha256:" + sha256()], "index": "pypi", "version": "==21.6"},
        "httpx": {"hashes": ["sha256:" + sha256(), "sha256:" + sha256()], "version": "==0.27.2"},
    },
    "develop": {},
}, indent=4) + "\n", None, "https://pipenv.pypa.io/en/latest/pipfile.html")

add("alembic-migration/decoy-revision-ids", "migrations/versions/3f9c2a7b1d4e_add_api_tokens.py", f'''"""add api_tokens table

Revision ID: 3f9c2a7b1d4e
Revises: 8a1e5c0d2b6f
Create Date: 2024-11-18 09:41:22.118205
"""
import sqlalchemy as sa
from alembic import op

revision = "3f9c2a7b1d4e"
down_revision = "8a1e5c0d2b6f"


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("api_tokens")
''', None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#create-a-migration-script")

add("ansible-playbook/decoy-password-hash", "ansible/playbooks/users.yml", f'''---
- name: Ops users
  hosts: all
  become: true
  tasks:
    - name: Create the break-glass account (hash only; the password lives in the safe)
      ansible.builtin.user:
        name: breakglass
        password: "$6$rounds=656000${rnd(ALNUM + './', 16)}${rnd(ALNUM + './', 86)}"
        groups: sudo
        shell: /bin/bash
    - name: Authorised key
      ansible.posix.authorized_key:
        user: breakglass
        key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64blob(43)} breakglass"
''', None, "https://docs.ansible.com/ansible/latest/reference_appendices/faq.html#how-do-i-generate-encrypted-passwords-for-the-user-module")

add("html-template/decoy-sri-and-data-uri", "src/portal/templates/base.html", f'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{% block title %}}Portal{{% endblock %}}</title>
  <link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ{b64blob(120)}==">
  <script src="https://unpkg.com/htmx.org@2.0.3" integrity="sha384-{b64blob(64)}" crossorigin="anonymous"></script>
  <meta name="csrf-token" content="{{{{ csrf_token }}}}">
</head>
<body>
  {{% block content %}}{{% endblock %}}
</body>
</html>
''', None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

add("vcr-cassette/decoy-filtered-auth", "tests/cassettes/test_create_invoice.yaml", '''interactions:
- request:
    body: '{"amount": 1200, "currency": "eur"}'
    headers:
      Authorization:
      - DUMMY
      Content-Type:
      - application/json
    method: POST
    uri: https://api.billing.example.com/v1/invoices
  response:
    body:
      string: '{"id": "inv_0001", "status": "draft"}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 201
      message: Created
version: 1
''', None, "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

add("openapi-yaml/decoy-security-scheme", "docs/api/openapi.yaml", '''openapi: 3.1.0
info:
  title: Acme Orders API
  version: 2.4.0
servers:
  - url: https://api.acme.io/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: "acme_live_<32 hex chars>"
paths:
  /orders:
    get:
      security: [{bearerAuth: []}]
      summary: List orders
      parameters:
        - in: header
          name: Authorization
          example: "Bearer <your-api-token>"
          schema: {type: string}
      responses:
        "200": {description: OK}
''', None, "https://spec.openapis.org/oas/v3.1.0#security-scheme-object")

add("external-secret/decoy-remote-refs", "k8s/base/external-secret.yaml", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: api-secrets
  namespace: api
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: api-secrets
  data:
    - secretKey: DB_PASSWORD
      remoteRef: {key: prod/api/db, property: password}
    - secretKey: TELEGRAM_TOKEN
      remoteRef: {key: prod/api/telegram, property: token}
''', None, "https://external-secrets.io/latest/api/externalsecret/")

add("cloud-init/decoy-hashed-passwd", "infra/cloud-init/worker.yaml", f'''#cloud-config
hostname: worker-01
users:
  - default
  - name: app
    lock_passwd: false
    passwd: "$6$rounds=4096${rnd(ALNUM + './', 16)}${rnd(ALNUM + './', 86)}"
    shell: /bin/bash
runcmd:
  - [systemctl, enable, --now, rq-worker@1]
final_message: "worker ready after $UPTIME seconds"
''', None, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups")

add("markdown-doc/decoy-stripe-docs", "docs/payments.md", '''# Payments

The service reads `STRIPE_SECRET_KEY` at start-up. Live keys start with `sk_live_`,
test keys with `sk_test_`; restricted keys (`rk_live_...`) are preferred.

```bash
export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
acme-payments serve
```

Webhook signing secrets (`whsec_...`) go in `STRIPE_WEBHOOK_SECRET`.
''', None, "https://docs.stripe.com/keys")

add("helm-chart-lock/decoy-digest", "deploy/helm/shop/Chart.lock", f'''dependencies:
- name: redis
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 19.6.4
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 15.5.38
digest: sha256:{sha256()}
generated: "2024-11-20T10:02:44.318529+01:00"
''', None, "https://helm.sh/docs/helm/helm_dependency/")

add("terraform/decoy-outputs-sensitive", "infra/modules/db/outputs.tf", '''output "endpoint" {
  value = aws_db_instance.this.endpoint
}

output "master_password" {
  value     = random_password.master.result
  sensitive = true
}

output "secret_arn" {
  value = aws_secretsmanager_secret.master.arn
}
''', None, "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")

add("dotenv/decoy-test-container", ".env.test", '''# Used by `make test` with the throwaway docker-compose.test.yml containers (no data, no network access).
DATABASE_URL=postgresql://test:test@localhost:55432/test
REDIS_URL=redis://localhost:56379/15
CELERY_TASK_ALWAYS_EAGER=1
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
TELEGRAM_TOKEN=
AWS_ACCESS_KEY_ID=testing
AWS_SECRET_ACCESS_KEY=testing
''', None, "https://docs.getmoto.org/en/latest/docs/getting_started.html#recommended-usage")

add("renovate-json/decoy-config", "renovate.json", json.dumps({
    "$schema": "https://docs.renovatebot.com/renovate-schema.json",
    "extends": ["config:recommended", ":pinAllExceptPeerDependencies"],
    "packageRules": [{"matchManagers": ["github-actions"], "pinDigests": True}],
    "hostRules": [{"matchHost": "pypi.acme.io", "hostType": "pypi", "encrypted": {"password": "wcFMA" + b64blob(300) + "="}}],
    "lockFileMaintenance": {"enabled": True},
}, indent=2) + "\n", None, "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

add("python-module/decoy-keyring-lookup", "src/acme_cli/auth.py", '''import keyring

SERVICE = "acme-cli"


def get_token(profile: str = "default") -> str:
    token = keyring.get_password(SERVICE, profile)
    if token is None:
        raise SystemExit("not logged in: run `acme login`")
    return token


def save_token(profile: str, token: str) -> None:
    keyring.set_password(SERVICE, profile, token)
''', None, "https://pypi.org/project/keyring/")

add("redis-conf/decoy-include-acl", "deploy/redis/redis.staging.conf", '''bind 0.0.0.0
port 6379
protected-mode yes
appendonly yes
maxmemory 512mb
maxmemory-policy volatile-lru
# users and passwords come from the ACL file rendered by the init container
aclfile /etc/redis/users.acl
include /etc/redis/tuning.conf
''', None, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#use-an-external-acl-file")

add("github-actions/decoy-oidc-aws", ".github/workflows/terraform.yml", '''name: terraform
on:
  pull_request:
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-terraform-plan
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/envs/prod init && terraform -chdir=infra/envs/prod plan -no-color
''', None, "https://github.com/aws-actions/configure-aws-credentials#oidc")
