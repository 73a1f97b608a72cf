"""Blind set F: a Python company's monorepo as a new hire finds it (services, pipelines, ML,
CLIs, tests, infra, CI, docs and the odd file in another language). Generated fakes only."""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ["maple", "harbor", "copper", "falcon", "orchid", "tundra", "violet", "saffron", "glacier",
         "cobalt", "meadow", "lantern", "quartz", "juniper", "pebble", "thistle", "ember", "canyon",
         "walnut", "breeze", "marble", "sparrow", "willow", "cinder", "dune", "kestrel", "lotus"]


def R(seed: int) -> random.Random:
    assert 80000 <= seed <= 84999, seed
    return random.Random(seed)


def rs(seed: int, n: int, alphabet: str = ALNUM) -> str:
    rng = R(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def human_pw(seed: int) -> str:
    """words + digits + symbol, as people pick."""
    rng = R(seed)
    return rng.choice(WORDS).capitalize() + rng.choice(WORDS).capitalize() + str(rng.randint(10, 9999)) + rng.choice("!#%*?@$")


def passphrase(seed: int) -> str:
    rng = R(seed)
    return "-".join(rng.choice(WORDS) for _ in range(4)) + str(rng.randint(1, 99))


def stripe_key(seed: int, kind: str = "sk_live_") -> str:
    return kind + rs(seed, 24 if seed % 2 else 99)


def slack_bot(seed: int) -> str:
    rng = R(seed)
    return f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**12, 10**13)}-" + rs(seed + 1, 24)


def slack_webhook(seed: int) -> str:
    return "https://hooks.slack.com/services/T" + rs(seed, 8, string.ascii_uppercase + string.digits) + "/B" + rs(seed + 1, 10, string.ascii_uppercase + string.digits) + "/" + rs(seed + 2, 24)


def sendgrid(seed: int) -> str:
    return "SG." + rs(seed, 22, ALNUM + "-_") + "." + rs(seed + 1, 43, ALNUM + "-_")


def hexs(seed: int, n: int = 32) -> str:
    return rs(seed, n, HEX)


def gitlab(seed: int) -> str:
    return "glpat-" + rs(seed, 20, ALNUM + "-_")


def npm_token(seed: int) -> str:
    return "npm_" + rs(seed, 36)


def hf_token(seed: int) -> str:
    return "hf_" + rs(seed, 34, string.ascii_letters)


def google_api(seed: int) -> str:
    return "AIza" + rs(seed, 35, ALNUM + "-_")


def anthropic_key(seed: int) -> str:
    return "sk-ant-api03-" + rs(seed, 93, ALNUM + "-_") + "AA"


def databricks(seed: int) -> str:
    return "dapi" + hexs(seed, 32)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def T(text: str, **kw: str) -> str:
    for key, value in kw.items():
        text = text.replace("<<" + key + ">>", value)
    assert "<<" not in text or "<<-" in text or "<<EOF" in text or "<< " in text, text[:80]
    return text


def S(fmt: str, what: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-f/{fmt}/{what}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-f/{fmt}/decoy-{what}", file_name, text, None, source))


# ---------------------------------------------------------------- web services ----------------
_p = fakes.django_secret_key(80001)
S("django-settings", "django-secret-key", "services/storefront/storefront/settings/production.py", T('''"""Production settings for storefront. See docs/runbooks/storefront.md."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.acmeretail.io", "internal-shop.acmeretail.io"]

SECRET_KEY = '<<k>>'

CSRF_TRUSTED_ORIGINS = ["https://shop.acmeretail.io"]
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True

LOGGING["root"]["level"] = "WARNING"  # noqa: F405
''', k=_p), _p, "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

_p = human_pw(80002)
S("django-settings", "database-password", "services/storefront/storefront/settings/staging.py", T('''from .base import *  # noqa

DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "storefront",
        "USER": "storefront_app",
        "PASSWORD": "<<p>>",
        "HOST": "storefront-staging.cluster-c9x2kq1.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}
''', p=_p), _p, "https://docs.djangoproject.com/en/stable/ref/settings/#databases")

D("django-settings", "env-reference", "services/storefront/storefront/settings/base.py", '''import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}
CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}

EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "storefront.catalog",
]
''', "https://django-environ.readthedocs.io/")

D("django-settings", "insecure-dev-key", "services/storefront/storefront/settings/test.py", '''"""Settings for the test run only. Never deployed."""
from .base import *  # noqa

# Throwaway key for tests; the test runner never serves real traffic.
SECRET_KEY = "django-insecure-test-only-not-a-secret"

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
''', "https://docs.djangoproject.com/en/stable/topics/testing/overview/")

_p = fakes.redis_password(80003)
S("django-settings", "redis-password", "services/storefront/storefront/settings/cache.py", T('''"""Cache and Celery broker configuration (prod cluster)."""

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://:<<p>>@storefront-cache.abc123.ng.0001.euw1.cache.amazonaws.com:6379/1",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
        },
        "KEY_PREFIX": "sf",
    }
}
''', p=_p), _p, "https://github.com/jazzband/django-redis")

_p = stripe_key(80004)
S("fastapi-config", "stripe-key", "services/billing-api/app/core/config.py", T('''from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_name: str = "billing-api"
    database_url: str = "postgresql+asyncpg://billing@localhost/billing"
    stripe_api_key: str = "<<k>>"
    stripe_webhook_tolerance: int = 300
    currency: str = "eur"


@lru_cache
def get_settings() -> Settings:
    return Settings()
''', k=_p), _p, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

D("fastapi-config", "secretstr-field", "services/billing-api/app/core/secrets.py", '''from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


class Secrets(BaseSettings):
    """Loaded from the environment; nothing here has a default on purpose."""

    stripe_api_key: SecretStr = Field(..., alias="STRIPE_API_KEY")
    stripe_webhook_secret: SecretStr = Field(..., alias="STRIPE_WEBHOOK_SECRET")
    jwt_signing_key: SecretStr = Field(..., alias="JWT_SIGNING_KEY")
    sendgrid_api_key: SecretStr = Field(..., alias="SENDGRID_API_KEY")

    def masked(self) -> dict:
        return {name: "**********" for name in self.model_fields}
''', "https://docs.pydantic.dev/latest/api/types/#pydantic.types.SecretStr")

_p = "whsec_" + rs(80005, 32)
S("fastapi-router", "stripe-webhook-secret", "services/billing-api/app/routers/webhooks.py", T('''import stripe
from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/webhooks")

# TODO(billing): move to settings before launch
ENDPOINT_SECRET = "<<k>>"


@router.post("/stripe")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="bad signature")
    if event["type"] == "invoice.paid":
        ...
    return {"received": True}
''', k=_p), _p, "https://docs.stripe.com/webhooks#verify-official-libraries")

_p = rs(80006, 64, HEX)
S("fastapi-auth", "jwt-signing-key", "services/billing-api/app/auth/jwt.py", T('''from datetime import datetime, timedelta, timezone

import jwt

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30
SECRET_KEY = "<<k>>"


def create_access_token(subject: str) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    return jwt.encode({"sub": subject, "exp": expire}, SECRET_KEY, algorithm=ALGORITHM)


def decode(token: str) -> dict:
    return jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
''', k=_p), _p, "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/")

D("fastapi-auth", "password-hash", "services/billing-api/tests/fixtures/users.py", '''"""Users seeded into the test database. Hashes are bcrypt of throwaway strings."""

USERS = [
    {
        "email": "alice@example.com",
        "hashed_password": "$2b$12$EixZaYVK1fsbw1ZfbX3OXePaWxn96p36WQoeG6Lruj3vjPGga31lW",
        "is_admin": True,
    },
    {
        "email": "bob@example.com",
        "hashed_password": "$2b$12$KIXQJ5lq3cl5p0m1ZxGmVu6ZrL3bWcDq7u1Hf8JzvJ1c5m9lZ5pX2",
        "is_admin": False,
    },
]
''', "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html")

_p = human_pw(80007)
S("flask-config", "mail-password", "services/notifier/notifier/config.py", T('''class Config:
    SECRET_KEY = None  # set from env in create_app
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "notifications@acmeretail.io"
    MAIL_PASSWORD = "<<p>>"
    MAIL_DEFAULT_SENDER = ("Acme Notifications", "notifications@acmeretail.io")


class TestingConfig(Config):
    TESTING = True
    MAIL_SUPPRESS_SEND = True
''', p=_p), _p, "https://flask-mail.readthedocs.io/en/latest/#configuring-flask-mail")

_p = rs(80008, 32, HEX)
S("flask-app", "flask-secret-key", "services/notifier/notifier/__init__.py", T('''from flask import Flask

from .views import bp


def create_app(config_object="notifier.config.Config"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.secret_key = bytes.fromhex("<<k>>")
    app.register_blueprint(bp)
    return app
''', k=_p), _p, "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY")

D("flask-app", "generated-at-runtime", "services/notifier/notifier/secret_bootstrap.py", '''import os
import secrets
from pathlib import Path

KEY_FILE = Path(os.environ.get("NOTIFIER_KEY_FILE", "/var/run/notifier/secret_key"))


def load_or_create_secret_key() -> str:
    """Reads the key written by the init container, or makes one for a local run."""
    if KEY_FILE.exists():
        return KEY_FILE.read_text().strip()
    return secrets.token_hex(32)
''', "https://docs.python.org/3/library/secrets.html")

_p = sendgrid(80009)
S("python-module", "sendgrid-key", "services/notifier/notifier/email.py", T('''import logging

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

log = logging.getLogger(__name__)
_client = SendGridAPIClient("<<k>>")


def send(to: str, subject: str, html: str) -> int:
    message = Mail(from_email="no-reply@acmeretail.io", to_emails=to, subject=subject, html_content=html)
    response = _client.send(message)
    log.info("sendgrid status %s", response.status_code)
    return response.status_code
''', k=_p), _p, "https://github.com/sendgrid/sendgrid-python")

_t = fakes.telegram_token(80010)
S("python-module", "telegram-bot-token", "services/notifier/notifier/channels/telegram.py", T('''"""Posts deploy and incident alerts to the on-call Telegram group."""
import httpx

BOT_TOKEN = "<<t>>"
CHAT_ID = -1001876543210
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def notify(text: str) -> None:
    httpx.post(f"{API}/sendMessage", json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}, timeout=10)
''', t=_t), _t, "https://core.telegram.org/bots/api#sendmessage")

D("python-module", "telegram-env", "services/notifier/notifier/channels/telegram_async.py", '''import os

from telegram import Bot

# Token comes from the notifier-telegram secret in Vault (path: kv/notifier/telegram).
bot = Bot(token=os.environ["TELEGRAM_BOT_TOKEN"])
CHAT_ID = int(os.environ.get("TELEGRAM_ALERT_CHAT", "-1001876543210"))


async def alert(text: str) -> None:
    await bot.send_message(chat_id=CHAT_ID, text=text)
''', "https://docs.python-telegram-bot.org/")

_p = slack_webhook(80011)
S("python-module", "slack-webhook", "services/notifier/notifier/channels/slack.py", T('''import json
import urllib.request

WEBHOOK = "<<w>>"


def post(text: str, channel: str = "#deploys") -> None:
    body = json.dumps({"text": text, "channel": channel}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''', w=_p), _p, "https://api.slack.com/messaging/webhooks")

D("python-module", "slack-webhook-placeholder", "services/notifier/README.md", '''# notifier

Sends email, Slack and Telegram notifications for the platform.

## Configuration

| Variable | Example |
|---|---|
| `SLACK_WEBHOOK_URL` | `https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX` |
| `TELEGRAM_BOT_TOKEN` | `123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ` (from @BotFather) |
| `SENDGRID_API_KEY` | `SG.<your-key>` |

Run locally with `make run` and set the variables in `.env` (see `.env.example`).
''', "https://api.slack.com/messaging/webhooks")

_p = fakes.password(80012)
S("gunicorn-conf", "statsd-password-url", "services/storefront/gunicorn.conf.py", T('''import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
accesslog = "-"

# Sentry-style error sink for worker crashes
raw_env = [
    "DJANGO_SETTINGS_MODULE=storefront.settings.production",
    "DATABASE_URL=postgres://storefront_app:<<p>>@pgbouncer.internal:6432/storefront",
]
''', p=_p), _p, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

D("uwsgi-ini", "env-substitution", "services/legacy-admin/uwsgi.ini", '''[uwsgi]
module = legacy_admin.wsgi:application
master = true
processes = 4
http-socket = :8080
env = DJANGO_SETTINGS_MODULE=legacy_admin.settings
env = DATABASE_URL=$(DATABASE_URL)
env = SECRET_KEY=$(DJANGO_SECRET_KEY)
vacuum = true
die-on-term = true
''', "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html")

_p = human_pw(80013)
S("uwsgi-ini", "database-password", "services/legacy-admin/deploy/uwsgi-prod.ini", T('''[uwsgi]
module = legacy_admin.wsgi:application
master = true
processes = 8
socket = /run/uwsgi/legacy_admin.sock
chmod-socket = 660
env = DJANGO_SETTINGS_MODULE=legacy_admin.settings.prod
env = DB_PASSWORD=<<p>>
env = DB_HOST=10.20.4.11
harakiri = 30
''', p=_p), _p, "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env")

_p = fakes.password(80014)
S("alembic-ini", "database-url", "services/billing-api/alembic.ini", T('''[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg2://billing_owner:<<p>>@billing-db.prod.internal:5432/billing

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''', p=_p), _p, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

D("alembic-ini", "driver-only-url", "services/catalog-api/alembic.ini", '''[alembic]
script_location = migrations
prepend_sys_path = .
# Overridden in env.py from CATALOG_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

_p = rs(80015, 40)
S("python-module", "aws-secret-in-boto3-client", "services/catalog-api/catalog/storage.py", T('''import boto3

_s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="<<i>>",
    aws_secret_access_key="<<s>>",
)

BUCKET = "acme-catalog-images"


def upload_image(key: str, data: bytes) -> str:
    _s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType="image/webp")
    return f"https://{BUCKET}.s3.eu-west-1.amazonaws.com/{key}"
''', i=fakes.aws_key_id(80015), s=fakes.aws_secret_key(80015)), fakes.aws_secret_key(80015), "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

D("python-module", "aws-example-keys", "services/catalog-api/tests/test_storage.py", '''import boto3
import pytest
from moto import mock_aws

from catalog import storage


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    # moto's conventional dummy credentials
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")


@mock_aws
def test_upload_image():
    boto3.client("s3", region_name="eu-west-1").create_bucket(
        Bucket=storage.BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    assert storage.upload_image("a.webp", b"x").endswith("a.webp")
''', "https://docs.getmoto.org/en/latest/docs/getting_started.html")

_p = fakes.redis_password(80016)
S("celery-config", "redis-broker-url", "services/storefront/storefront/celery.py", T('''import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storefront.settings.production")

app = Celery("storefront")
app.conf.broker_url = "redis://default:<<p>>@redis-broker.prod.internal:6379/0"
app.conf.result_backend = app.conf.broker_url
app.conf.task_acks_late = True
app.autodiscover_tasks()
''', p=_p), _p, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

D("celery-config", "local-compose-redis", "services/storefront/storefront/celery_dev.py", '''"""Celery for `docker compose up` only: the compose redis has no password."""
from celery import Celery

app = Celery("storefront-dev")
app.conf.broker_url = "redis://redis:6379/0"
app.conf.result_backend = "redis://redis:6379/1"
app.conf.task_always_eager = False
app.autodiscover_tasks()
''', "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

# ---------------------------------------------------------------- data pipelines --------------
_p = fakes.password(80100)
S("airflow-cfg", "metadata-db-password", "data/airflow/config/airflow.cfg", T('''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False
parallelism = 64

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:<<p>>@airflow-meta.prod.internal:5432/airflow
sql_alchemy_pool_size = 10

[celery]
worker_concurrency = 16

[webserver]
base_url = https://airflow.data.acmeretail.io
''', p=_p), _p, "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html")

D("airflow-cfg", "cmd-and-secret-backend", "data/airflow/config/airflow-k8s.cfg", '''[core]
dags_folder = /opt/airflow/dags
executor = KubernetesExecutor
fernet_key_cmd = cat /var/secrets/airflow/fernet-key

[database]
sql_alchemy_conn_secret = airflow/connections/metadata_db

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}

[webserver]
secret_key_cmd = cat /var/secrets/airflow/webserver-secret
''', "https://airflow.apache.org/docs/apache-airflow/stable/howto/set-config.html")

_fk = base64.urlsafe_b64encode(R(80101).randbytes(32)).decode()
S("airflow-cfg", "fernet-key", "data/airflow/config/airflow-local.cfg", T('''[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
# copied from the prod helm values so local runs can read the exported connections
fernet_key = <<k>>

[database]
sql_alchemy_conn = sqlite:////opt/airflow/airflow.db

[logging]
logging_level = INFO
''', k=_fk), _fk, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

_p = R(80102).choice(WORDS).capitalize() + "_" + rs(80103, 10) + "2024"
S("airflow-connections-env", "postgres-conn-uri", "data/airflow/.env.airflow", T('''AIRFLOW_UID=50000
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW_CONN_WAREHOUSE_PG=postgres://etl_reader:<<p>>@warehouse.prod.internal:5432/analytics?sslmode=require
AIRFLOW_CONN_S3_DEFAULT=aws://?region_name=eu-west-1
AIRFLOW_VAR_ENVIRONMENT=prod
''', p=_p), _p, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

_p = fakes.aws_secret_key(80104)
S("airflow-connections-json", "aws-secret-in-extra", "data/airflow/connections/export-2024-11.json", T('''{
    "aws_data_lake": {
        "conn_type": "aws",
        "description": "data lake writer",
        "login": "<<i>>",
        "password": "<<s>>",
        "extra": "{\\"region_name\\": \\"eu-west-1\\"}"
    },
    "warehouse_pg": {
        "conn_type": "postgres",
        "host": "warehouse.prod.internal",
        "schema": "analytics",
        "port": 5432
    }
}
''', i=fakes.aws_key_id(80104), s=_p), _p, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections")

D("airflow-connections-json", "masked-export", "data/airflow/connections/export-redacted.json", '''{
    "warehouse_pg": {
        "conn_type": "postgres",
        "host": "warehouse.prod.internal",
        "login": "etl_reader",
        "password": "***",
        "schema": "analytics",
        "port": 5432
    },
    "slack_alerts": {
        "conn_type": "slackwebhook",
        "password": "***"
    }
}
''', "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/mask-sensitive-values.html")

_p = human_pw(80105)
S("airflow-dag", "snowflake-password", "data/airflow/dags/finance_daily.py", T('''from datetime import datetime

from airflow import DAG
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator
from airflow.models.connection import Connection

# quick fix while the secrets backend is down (INC-2291)
snowflake_conn = Connection(
    conn_id="snowflake_finance",
    conn_type="snowflake",
    login="FINANCE_ETL",
    password="<<p>>",
    extra={"account": "xy12345.eu-west-1", "warehouse": "FINANCE_WH", "role": "FINANCE_ETL"},
)

with DAG("finance_daily", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    SnowflakeOperator(task_id="rollup", sql="sql/finance_rollup.sql", snowflake_conn_id="snowflake_finance")
''', p=_p), _p, "https://airflow.apache.org/docs/apache-airflow-providers-snowflake/stable/connections/snowflake.html")

D("airflow-dag", "jinja-conn-reference", "data/airflow/dags/orders_export.py", '''from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("orders_export", start_date=datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False) as dag:
    BashOperator(
        task_id="dump",
        bash_command=(
            "PGPASSWORD='{{ conn.warehouse_pg.password }}' pg_dump -h {{ conn.warehouse_pg.host }} "
            "-U {{ conn.warehouse_pg.login }} -t orders analytics > /tmp/orders.sql"
        ),
    )
''', "https://airflow.apache.org/docs/apache-airflow/stable/templates-ref.html")

_p = slack_bot(80106)
S("airflow-variables-json", "slack-bot-token", "data/airflow/variables/prod.json", T('''{
    "environment": "prod",
    "data_lake_bucket": "acme-data-lake-prod",
    "alert_channel": "#data-alerts",
    "slack_bot_token": "<<t>>",
    "dbt_target": "prod",
    "max_active_runs": 3
}
''', t=_p), _p, "https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html")

_p = human_pw(80107)
S("dbt-profiles", "snowflake-password", "data/dbt/profiles.yml", T('''analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-west-1
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING
      schema: dbt_dev
      threads: 8
    prod:
      type: snowflake
      account: xy12345.eu-west-1
      user: DBT_PROD
      password: "<<p>>"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 16
''', p=_p), _p, "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

D("dbt-profiles", "env-var-only", "data/dbt/ci/profiles.yml", '''analytics:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
      port: 5432
      dbname: analytics_ci
      schema: "ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
      threads: 4
''', "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

_p = databricks(80108)
S("dbt-profiles", "databricks-token", "data/dbt_lakehouse/profiles.yml", T('''lakehouse:
  target: prod
  outputs:
    prod:
      type: databricks
      catalog: main
      schema: gold
      host: adb-1234567890123456.7.azuredatabricks.net
      http_path: /sql/1.0/warehouses/8f3a2b1c9d0e4f56
      token: <<t>>
      threads: 8
''', t=_p), _p, "https://docs.getdbt.com/docs/core/connect-data-platform/databricks-setup")

D("dbt-sql", "model-with-hash", "data/dbt/models/marts/dim_customers.sql", '''{{ config(materialized='table', tags=['pii']) }}

with customers as (
    select * from {{ ref('stg_customers') }}
)

select
    customer_id,
    md5(lower(trim(email))) as email_hash,
    -- surrogate key, e.g. 5d41402abc4b2a76b9719d911017c592
    {{ dbt_utils.generate_surrogate_key(['customer_id', 'source_system']) }} as customer_sk,
    created_at
from customers
''', "https://docs.getdbt.com/docs/build/sql-models")

_p = fakes.aws_secret_key(80109)
S("spark-defaults", "s3a-secret-key", "data/spark/conf/spark-defaults.conf", T('''spark.master                          k8s://https://kubernetes.default.svc
spark.executor.instances              8
spark.executor.memory                 8g
spark.sql.shuffle.partitions          400
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        <<i>>
spark.hadoop.fs.s3a.secret.key        <<s>>
spark.hadoop.fs.s3a.endpoint          s3.eu-west-1.amazonaws.com
spark.eventLog.enabled                true
spark.eventLog.dir                    s3a://acme-spark-logs/events
''', i=fakes.aws_key_id(80109), s=_p), _p, "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html")

D("spark-defaults", "credentials-provider", "data/spark/conf/spark-defaults-irsa.conf", '''spark.master                          k8s://https://kubernetes.default.svc
spark.kubernetes.authenticate.driver.serviceAccountName  spark-jobs
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.WebIdentityTokenCredentialsProvider
spark.hadoop.fs.s3a.endpoint          s3.eu-west-1.amazonaws.com
spark.sql.shuffle.partitions          400
spark.eventLog.enabled                true
''', "https://hadoop.apache.org/docs/stable/hadoop-aws/tools/hadoop-aws/index.html#Authenticating_with_S3")

_p = human_pw(80110)
S("pyspark-job", "jdbc-password", "data/spark/jobs/load_orders.py", T('''from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("load_orders").getOrCreate()

orders = (
    spark.read.format("jdbc")
    .option("url", "jdbc:postgresql://orders-replica.prod.internal:5432/orders")
    .option("dbtable", "public.orders")
    .option("user", "spark_reader")
    .option("password", "<<p>>")
    .option("fetchsize", 10000)
    .load()
)

orders.write.mode("overwrite").partitionBy("order_date").parquet("s3a://acme-data-lake-prod/raw/orders/")
''', p=_p), _p, "https://spark.apache.org/docs/latest/sql-data-sources-jdbc.html")

D("pyspark-job", "dbutils-secret", "data/spark/jobs/load_customers.py", '''from pyspark.sql import SparkSession

spark = SparkSession.builder.getOrCreate()
password = dbutils.secrets.get(scope="warehouse", key="spark-reader-password")  # noqa: F821

customers = (
    spark.read.format("jdbc")
    .option("url", "jdbc:postgresql://crm-replica.prod.internal:5432/crm")
    .option("dbtable", "public.customers")
    .option("user", "spark_reader")
    .option("password", password)
    .load()
)
customers.write.mode("overwrite").saveAsTable("bronze.customers")
''', "https://docs.databricks.com/en/security/secrets/index.html")

_p = fakes.password(80111)
S("dagster-yaml", "run-storage-password", "data/dagster/dagster.yaml", T('''run_storage:
  module: dagster_postgres.run_storage
  class: PostgresRunStorage
  config:
    postgres_db:
      hostname: dagster-db.prod.internal
      username: dagster
      password: <<p>>
      db_name: dagster
      port: 5432

run_launcher:
  module: dagster_k8s
  class: K8sRunLauncher
  config:
    job_namespace: dagster
    service_account_name: dagster-runs
''', p=_p), _p, "https://docs.dagster.io/deployment/dagster-instance")

D("dagster-yaml", "env-pointer", "data/dagster/dagster-cloud.yaml", '''storage:
  postgres:
    postgres_db:
      username:
        env: DAGSTER_PG_USERNAME
      password:
        env: DAGSTER_PG_PASSWORD
      hostname:
        env: DAGSTER_PG_HOST
      db_name: dagster
      port: 5432

telemetry:
  enabled: false
''', "https://docs.dagster.io/deployment/dagster-instance#postgres-storage")

_p = rs(80112, 40, HEX)
S("dagster-definitions", "wandb-key-in-resource", "data/dagster/acme_pipelines/definitions.py", T('''from dagster import Definitions, EnvVar, load_assets_from_modules
from dagster_aws.s3 import S3Resource

from . import assets
from .resources import WandbResource

defs = Definitions(
    assets=load_assets_from_modules([assets]),
    resources={
        "s3": S3Resource(region_name="eu-west-1"),
        "warehouse_password": EnvVar("WAREHOUSE_PASSWORD"),
        "wandb": WandbResource(api_key="<<k>>", entity="acme-ml"),
    },
)
''', k=_p), _p, "https://docs.dagster.io/integrations/wandb")

D("dagster-definitions", "envvar-resources", "data/dagster/acme_pipelines/resources.py", '''from dagster import ConfigurableResource, EnvVar
from dagster_snowflake import SnowflakeResource

snowflake = SnowflakeResource(
    account=EnvVar("SNOWFLAKE_ACCOUNT"),
    user=EnvVar("SNOWFLAKE_USER"),
    password=EnvVar("SNOWFLAKE_PASSWORD"),
    warehouse="TRANSFORMING",
    database="ANALYTICS",
)


class WandbResource(ConfigurableResource):
    api_key: str
    entity: str
''', "https://docs.dagster.io/guides/dagster/using-environment-variables-and-secrets")

_p = human_pw(80113)
S("prefect-flow", "block-save-password", "data/prefect/setup_blocks.py", T('''"""One-off: registers the blocks the flows load. Run once per workspace."""
from prefect.blocks.system import Secret
from prefect_sqlalchemy import ConnectionComponents, SqlAlchemyConnector, SyncDriver

SqlAlchemyConnector(
    connection_info=ConnectionComponents(
        driver=SyncDriver.POSTGRESQL_PSYCOPG2,
        username="prefect_etl",
        password="<<p>>",
        host="warehouse.prod.internal",
        port=5432,
        database="analytics",
    )
).save("warehouse", overwrite=True)

Secret(value="see-1password").save("placeholder", overwrite=True)
''', p=_p), _p, "https://docs.prefect.io/latest/concepts/blocks/")

D("prefect-yaml", "block-reference", "data/prefect/prefect.yaml", '''name: acme-flows
prefect-version: 2.19.0

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme-retail/monorepo.git
      branch: main
      access_token: "{{ prefect.blocks.secret.github-deploy-token }}"

deployments:
  - name: nightly-orders
    entrypoint: data/prefect/flows/orders.py:nightly
    work_pool:
      name: k8s-pool
    schedule:
      cron: "0 2 * * *"
''', "https://docs.prefect.io/latest/guides/prefect-deploy/")

_p = fakes.github_token(80114)
S("prefect-yaml", "github-token", "data/prefect/prefect-backfill.yaml", T('''name: acme-backfills
prefect-version: 2.19.0

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme-retail/monorepo.git
      branch: backfill-2024
      access_token: <<t>>

deployments:
  - name: backfill-orders
    entrypoint: data/prefect/flows/orders.py:backfill
    work_pool:
      name: k8s-pool
''', t=_p), _p, "https://docs.prefect.io/latest/guides/prefect-deploy/")

_p = human_pw(80115)
S("great-expectations-yml", "datasource-password", "data/great_expectations/uncommitted/config_variables.yml", T('''# Values substituted into great_expectations.yml as ${...}
warehouse_host: warehouse.prod.internal
warehouse_port: 5432
warehouse_user: ge_validator
warehouse_password: <<p>>
warehouse_db: analytics
slack_channel: "#data-quality"
''', p=_p), _p, "https://docs.greatexpectations.io/docs/core/configure_project_settings/")

D("great-expectations-yml", "substitution", "data/great_expectations/great_expectations.yml", '''config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      connection_string: postgresql+psycopg2://${warehouse_user}:${warehouse_password}@${warehouse_host}:${warehouse_port}/${warehouse_db}
    data_connectors:
      default_inferred_data_connector_name:
        class_name: InferredAssetSqlDataConnector
config_variables_file_path: uncommitted/config_variables.yml
plugins_directory: plugins/
''', "https://docs.greatexpectations.io/docs/core/configure_project_settings/")

_p = rs(80116, 40, ALNUM + "+/")
S("kafka-properties", "sasl-jaas-password", "data/streaming/config/consumer-prod.properties", T('''bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="7QWERT2YUIOPASDF" password="<<p>>";
group.id=orders-enricher
auto.offset.reset=earliest
enable.auto.commit=false
session.timeout.ms=45000
''', p=_p), _p, "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html")

D("kafka-properties", "jaas-env-interpolation", "data/streaming/config/consumer.properties", '''bootstrap.servers=${KAFKA_BOOTSTRAP}
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_API_KEY}" password="${KAFKA_API_SECRET}";
group.id=orders-enricher
auto.offset.reset=earliest
''', "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html")

_p = fakes.redis_password(80117)
S("python-module", "redis-from-url", "data/streaming/enricher/cache.py", T('''import redis

# dedupe cache shared with the storefront (same cluster, db 7)
r = redis.Redis.from_url("rediss://default:<<p>>@master.acme-cache.x1y2z3.euw1.cache.amazonaws.com:6379/7")


def seen(event_id: str) -> bool:
    return not r.set(f"evt:{event_id}", 1, nx=True, ex=86400)
''', p=_p), _p, "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url")

_p = fakes.redis_password(80118)
S("python-module", "redis-kwargs", "data/streaming/enricher/ratelimit.py", T('''import redis

pool = redis.ConnectionPool(
    host="ratelimit-redis.prod.internal",
    port=6380,
    password="<<p>>",
    ssl=True,
    db=0,
    max_connections=50,
)
client = redis.Redis(connection_pool=pool)
''', p=_p), _p, "https://redis-py.readthedocs.io/en/stable/connections.html")

D("python-module", "redis-password-from-file", "data/streaming/enricher/settings.py", '''from pathlib import Path

REDIS_HOST = "ratelimit-redis.prod.internal"
REDIS_PORT = 6380
# mounted from the ratelimit-redis secret by the Helm chart
REDIS_PASSWORD = Path("/etc/secrets/redis/password").read_text().strip()
KAFKA_TOPIC = "orders.v2"
BATCH_SIZE = 500
''', "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod")

# ---------------------------------------------------------------- ML ---------------------------
def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code(src: str, outputs: Optional[list] = None, n: int = 1) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": rs(80200 + n, 8, HEX), "metadata": {},
            "outputs": outputs or [], "source": src.splitlines(keepends=True)}


def md(src: str) -> dict:
    return {"cell_type": "markdown", "id": rs(80250 + len(src) % 40, 8, HEX), "metadata": {}, "source": src.splitlines(keepends=True)}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


_p = fakes.openai_key(80201)
S("jupyter-notebook", "openai-key-in-output", "ml/notebooks/exploration/2024-10-embeddings-eval.ipynb", notebook([
    md("# Embedding eval\nCompare text-embedding-3-small against our fine-tuned model."),
    code("import os\nfrom openai import OpenAI\nprint(os.environ)", [stream("environ({'HOME': '/home/jovyan', 'OPENAI_API_KEY': '" + _p + "', 'SHELL': '/bin/bash'})\n")], 1),
    code("client = OpenAI()\nresp = client.embeddings.create(model='text-embedding-3-small', input=['hello'])\nlen(resp.data[0].embedding)", [{"data": {"text/plain": ["1536"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), _p, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_p = hf_token(80202)
S("jupyter-notebook", "hf-token-in-source", "ml/notebooks/finetune/llama-lora-sweep.ipynb", notebook([
    md("## LoRA sweep on support tickets"),
    code("from huggingface_hub import login\nlogin(token=\"" + _p + "\")", [stream("Token is valid (permission: write).\nLogin successful\n")], 1),
    code("from datasets import load_dataset\nds = load_dataset('acme-retail/support-tickets', split='train')\nds", [], 2),
]), _p, "https://huggingface.co/docs/huggingface_hub/quick-start#login")

D("jupyter-notebook", "getpass-prompt", "ml/notebooks/finetune/mistral-qlora.ipynb", notebook([
    md("## QLoRA\nPaste your token when prompted; it is never stored in the notebook."),
    code("from getpass import getpass\nfrom huggingface_hub import login\nlogin(token=getpass('HF token: '))", [stream("HF token: ··········\nLogin successful\n")], 1),
    code("import torch\ntorch.cuda.get_device_name(0)", [{"data": {"text/plain": ["'NVIDIA A100-SXM4-80GB'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), "https://huggingface.co/docs/huggingface_hub/quick-start#login")

_img = base64.b64encode(R(80203).randbytes(600)).decode()
D("jupyter-notebook", "png-output", "ml/notebooks/exploration/churn-feature-importance.ipynb", notebook([
    md("# Churn: feature importance"),
    code("import matplotlib.pyplot as plt\nplt.barh(features, importances)\nplt.show()", [{"data": {"image/png": _img, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}], 1),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html#display-data")

_p = fakes.aws_secret_key(80204)
S("jupyter-notebook", "aws-secret-in-magic", "ml/notebooks/exploration/s3-sample-pull.ipynb", notebook([
    md("Pull a sample of clickstream from the lake."),
    code("%env AWS_ACCESS_KEY_ID=" + fakes.aws_key_id(80204) + "\n%env AWS_SECRET_ACCESS_KEY=" + _p + "\n%env AWS_DEFAULT_REGION=eu-west-1", [stream("env: AWS_ACCESS_KEY_ID=" + fakes.aws_key_id(80204) + "\nenv: AWS_SECRET_ACCESS_KEY=" + _p + "\nenv: AWS_DEFAULT_REGION=eu-west-1\n")], 1),
    code("import pandas as pd\ndf = pd.read_parquet('s3://acme-data-lake-prod/raw/clicks/dt=2024-10-01/')\ndf.shape", [], 2),
]), _p, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env")

_p = rs(80205, 40, HEX)
S("netrc", "wandb-api-key", "ml/training/docker/netrc", T('''machine api.wandb.ai
  login user
  password <<k>>
machine pypi.internal.acmeretail.io
  login __token__
  password ${PYPI_INTERNAL_TOKEN}
''', k=_p), _p, "https://docs.wandb.ai/ref/cli/wandb-login/")

_p = rs(80206, 40, HEX)
S("python-module", "wandb-login-key", "ml/training/trainer/tracking.py", T('''import wandb

WANDB_ENTITY = "acme-ml"
WANDB_PROJECT = "ranker-v3"


def init_run(config: dict, name: str):
    wandb.login(key="<<k>>", relogin=True)
    return wandb.init(entity=WANDB_ENTITY, project=WANDB_PROJECT, config=config, name=name)


def log_metrics(step: int, **metrics: float) -> None:
    wandb.log(metrics, step=step)
''', k=_p), _p, "https://docs.wandb.ai/ref/python/login/")

D("python-module", "wandb-run-id", "ml/training/trainer/resume.py", '''import wandb

# Runs to resume after the node pool migration; ids from the W&B UI.
RESUME = {
    "ranker-v3-lr3e4": "k3x9q2m1",
    "ranker-v3-lr1e4": "p0a7z5w8",
}
SWEEP_ID = "acme-ml/ranker-v3/9f2k1x7c"
ARTIFACT = "acme-ml/ranker-v3/model-k3x9q2m1:v12"


def resume(name: str):
    return wandb.init(project="ranker-v3", id=RESUME[name], resume="must")
''', "https://docs.wandb.ai/guides/runs/resuming/")

_p = human_pw(80207)
S("mlflow-config", "tracking-password", "ml/training/mlflow.env", T('''MLFLOW_TRACKING_URI=https://mlflow.ml.acmeretail.io
MLFLOW_TRACKING_USERNAME=training-bot
MLFLOW_TRACKING_PASSWORD=<<p>>
MLFLOW_S3_ENDPOINT_URL=https://s3.eu-west-1.amazonaws.com
MLFLOW_EXPERIMENT_NAME=ranker-v3
''', p=_p), _p, "https://mlflow.org/docs/latest/auth/index.html#using-environment-variables")

_p = fakes.password(80208)
S("mlflow-server", "backend-store-uri", "ml/mlflow-server/start.sh", T('''#!/usr/bin/env bash
set -euo pipefail

exec mlflow server \\
  --host 0.0.0.0 --port 5000 \\
  --backend-store-uri postgresql://mlflow:<<p>>@mlflow-db.ml.internal:5432/mlflow \\
  --artifacts-destination s3://acme-mlflow-artifacts \\
  --serve-artifacts \\
  --workers 4
''', p=_p), _p, "https://mlflow.org/docs/latest/tracking/server.html")

D("mlflow-server", "model-uri-and-run-id", "ml/serving/ranker/model_loader.py", '''import mlflow

# Registered model version promoted on 2024-10-14 (run 3f9c2a7b1e4d4b0e8c5a6f1d2e3b4c5d)
MODEL_URI = "models:/ranker/Production"
RUN_ID = "3f9c2a7b1e4d4b0e8c5a6f1d2e3b4c5d"
ARTIFACT_SHA256 = "9b74c9897bac770ffc029102a200c5de8fc0a7b8fa4a1b62c0cd5a4d3f1e7a02"


def load():
    return mlflow.pyfunc.load_model(MODEL_URI)
''', "https://mlflow.org/docs/latest/model-registry.html")

_p = hf_token(80209)
S("dockerfile", "hf-token-env", "ml/serving/ranker/Dockerfile", T('''FROM python:3.11-slim

WORKDIR /srv
ENV HF_HOME=/srv/.cache/huggingface \\
    HF_TOKEN=<<t>> \\
    TRANSFORMERS_OFFLINE=0

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('acme-retail/ranker-v3')"
COPY . .
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8080"]
''', t=_p), _p, "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables#hftoken")

D("dockerfile", "build-secret-mount", "ml/serving/embedder/Dockerfile", '''# syntax=docker/dockerfile:1.7
FROM python:3.11-slim

WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=hf_token,env=HF_TOKEN \\
    pip install --no-cache-dir -r requirements.txt && \\
    python -c "from huggingface_hub import snapshot_download; snapshot_download('acme-retail/embedder')"
COPY . .
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8080"]
''', "https://docs.docker.com/build/building/secrets/")

_sa_key = fakes.fake_pem(80210, "")
_sa_key = _sa_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
S("gcp-service-account-json", "private-key", "ml/training/credentials/vertex-trainer.json", json.dumps({
    "type": "service_account", "project_id": "acme-ml-prod", "private_key_id": hexs(80211, 40),
    "private_key": _sa_key + "\n", "client_email": "vertex-trainer@acme-ml-prod.iam.gserviceaccount.com",
    "client_id": "1" + rs(80212, 20, "0123456789"), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vertex-trainer%40acme-ml-prod.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2) + "\n", _sa_key.split("\n")[1], "https://cloud.google.com/iam/docs/keys-create-delete")

D("gcp-external-account-json", "workload-identity-config", "ml/training/credentials/github-wif.json", json.dumps({
    "type": "external_account", "audience": "//iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github/providers/acme-monorepo",
    "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
    "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/vertex-trainer@acme-ml-prod.iam.gserviceaccount.com:generateAccessToken",
    "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}, indent=2) + "\n",
  "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines")

_acct = rs(80213, 86, ALNUM + "+/") + "=="
S("python-module", "azure-storage-connection-string", "ml/training/trainer/azure_blob.py", T('''from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=acmemlartifacts;"
    "AccountKey=<<k>>;"
    "EndpointSuffix=core.windows.net"
)
client = BlobServiceClient.from_connection_string(CONN)
container = client.get_container_client("checkpoints")


def upload(path: str, name: str) -> None:
    with open(path, "rb") as fh:
        container.upload_blob(name, fh, overwrite=True)
''', k=_acct), _acct, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

D("python-module", "azure-azurite-dev-key", "ml/training/tests/conftest.py", '''import pytest

# Azurite's published development-storage account, the same on every machine.
AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture
def blob_conn_str():
    return AZURITE
''', "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key")

_kk = hexs(80214)
S("shell-script", "kaggle-key-heredoc", "ml/research/competitions/setup_kaggle.sh", T('''#!/usr/bin/env bash
# Sets up the Kaggle CLI on a fresh research VM.
set -euo pipefail
pip install --quiet kaggle
mkdir -p ~/.kaggle
cat > ~/.kaggle/kaggle.json <<EOF
{"username":"acmemlbot","key":"<<k>>"}
EOF
chmod 600 ~/.kaggle/kaggle.json
kaggle competitions download -c store-sales-time-series-forecasting -p data/
''', k=_kk), _kk, "https://github.com/Kaggle/kaggle-api#api-credentials")

_p = anthropic_key(80215)
S("python-module", "anthropic-key", "ml/llm/support_summarizer/client.py", T('''import anthropic

MODEL = "claude-3-5-sonnet-latest"
client = anthropic.Anthropic(api_key="<<k>>")


def summarize(ticket: str) -> str:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarize this support ticket:\\n{ticket}"}],
    )
    return msg.content[0].text
''', k=_p), _p, "https://docs.anthropic.com/en/api/client-sdks")

D("python-module", "openai-key-docs-placeholder", "ml/llm/support_summarizer/README.md", '''# support_summarizer

Summarises support tickets for the CX dashboard.

```bash
export ANTHROPIC_API_KEY=sk-ant-...
export OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # fallback model
python -m support_summarizer --since 2024-10-01
```

Keys live in 1Password under **ML / LLM providers**. Never paste them in notebooks.
''', "https://platform.openai.com/docs/quickstart")

_p = fakes.openai_key(80216, "svcacct")
S("yaml-config", "openai-service-account-key", "ml/llm/eval/config/eval-prod.yaml", T('''run_name: support-summarizer-eval
dataset: s3://acme-ml-datasets/support/eval-2024-10.jsonl
models:
  - provider: openai
    name: gpt-4o-mini
    api_key: <<k>>
    temperature: 0.0
  - provider: anthropic
    name: claude-3-5-haiku-latest
    api_key_env: ANTHROPIC_API_KEY
metrics: [rouge_l, faithfulness]
''', k=_p), _p, "https://platform.openai.com/docs/api-reference/authentication")

_p = google_api(80217)
S("python-module", "google-api-key", "ml/llm/eval/gemini_judge.py", T('''import google.generativeai as genai

genai.configure(api_key="<<k>>")
judge = genai.GenerativeModel("gemini-1.5-pro")


def grade(question: str, answer: str) -> str:
    prompt = f"Grade the answer from 1 to 5.\\nQ: {question}\\nA: {answer}"
    return judge.generate_content(prompt).text.strip()
''', k=_p), _p, "https://ai.google.dev/gemini-api/docs/api-key")

D("yaml-config", "dvc-remote-no-creds", "ml/.dvc/config", '''[core]
    remote = lake
    autostage = true
['remote "lake"']
    url = s3://acme-ml-datasets/dvc
    region = eu-west-1
    profile = ml-readonly
['remote "gcs-mirror"']
    url = gs://acme-ml-datasets-mirror/dvc
''', "https://dvc.org/doc/command-reference/remote/modify#amazon-s3")

_p = fakes.aws_secret_key(80218)
S("dvc-config-local", "aws-secret", "ml/.dvc/config.local", T('''['remote "lake"']
    access_key_id = <<i>>
    secret_access_key = <<s>>
['remote "gcs-mirror"']
    credentialpath = /home/priya/.config/gcloud/ml-readonly.json
''', i=fakes.aws_key_id(80218), s=_p), _p, "https://dvc.org/doc/command-reference/remote/modify#amazon-s3")

D("python-module", "hf-model-revision-sha", "ml/serving/embedder/model.py", '''from sentence_transformers import SentenceTransformer

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
# pin the revision so a re-upload upstream cannot change our vectors
REVISION = "8b3219a92973c328a8e22fadcfa821b5dc75636a"
EXPECTED_DIM = 384

_model = SentenceTransformer(MODEL_ID, revision=REVISION)


def embed(texts):
    return _model.encode(texts, normalize_embeddings=True)
''', "https://huggingface.co/docs/hub/models-downloading")

_p = fakes.aws_session_token(80219)
S("aws-credentials-ini", "session-token", "ml/research/.aws/credentials", T('''[default]
region = eu-west-1

[ml-research]
aws_access_key_id = ASIA<<i>>
aws_secret_access_key = <<s>>
aws_session_token = <<t>>
''', i=rs(80219, 16, string.ascii_uppercase + "234567"), s=fakes.aws_secret_key(80220), t=_p), _p, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

D("aws-config-ini", "sso-profile", "ml/research/.aws/config", '''[profile ml-research]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = MLResearcher
region = eu-west-1

[sso-session acme]
sso_start_url = https://acme-retail.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

# ---------------------------------------------------------------- packaging, CLIs, scripts -----
_t = fakes.pypi_token(80300)
S("pypirc", "pypi-token", "tools/release/.pypirc", T('''[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = <<t>>

[internal]
repository = https://pypi.internal.acmeretail.io/simple/
username = release-bot
''', t=_t), _t, "https://packaging.python.org/en/latest/specifications/pypirc/")

D("pypirc", "keyring-no-password", "libs/acme-common/.pypirc", '''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# password comes from `keyring set https://upload.pypi.org/legacy/ __token__`

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', "https://twine.readthedocs.io/en/stable/#keyring-support")

_t = fakes.pypi_token(80301)
S("makefile", "twine-password-flag", "libs/acme-common/Makefile", T('''.PHONY: build publish clean

VERSION := $(shell python -c "import acme_common; print(acme_common.__version__)")

build: clean
	python -m build

publish: build
	twine upload -u __token__ -p <<t>> dist/*

clean:
	rm -rf dist build *.egg-info
''', t=_t), _t, "https://twine.readthedocs.io/en/stable/#twine-upload")

_t = fakes.pypi_token(80302)
S("shell-script", "poetry-config-token", "libs/acme-events/scripts/release.sh", T('''#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

poetry version "${1:?usage: release.sh <version>}"
poetry config pypi-token.pypi <<t>>
poetry publish --build
git tag "acme-events-v$(poetry version -s)"
git push --tags
''', t=_t), _t, "https://python-poetry.org/docs/repositories/#configuring-credentials")

_t = fakes.pypi_token(80303)
_half = len(_t) // 2
S("python-module", "pypi-token-split-literals", "tools/release/publish.py", T('''"""Release helper used by `make release` in every lib under libs/."""
import subprocess
import sys

# split so the old pre-receive hook stops complaining (JIRA PLAT-812)
PYPI_TOKEN = (
    "<<a>>"
    "<<b>>"
)


def publish(dist_dir: str = "dist") -> None:
    subprocess.run([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", PYPI_TOKEN, f"{dist_dir}/*"], check=True)


if __name__ == "__main__":
    publish(*sys.argv[1:])
''', a=_t[:_half], b=_t[_half:]), _t, "https://twine.readthedocs.io/en/stable/#environment-variables")

D("github-actions", "trusted-publishing", ".github/workflows/publish-acme-common.yml", '''name: publish acme-common
on:
  push:
    tags: ["acme-common-v*"]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
      - run: pipx run build libs/acme-common --outdir dist
      - uses: pypa/gh-action-pypi-publish@81e9d935c883d0b210363ab89cf05f3894778450  # v1.8.14
''', "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

_t = fakes.pypi_token(80304)
S("github-actions", "uv-publish-token", ".github/workflows/publish-acme-events.yml", T('''name: publish acme-events
on:
  workflow_dispatch:

jobs:
  pypi:
    runs-on: ubuntu-latest
    env:
      UV_PUBLISH_TOKEN: <<t>>
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v3
      - run: uv build --package acme-events
      - run: uv publish
''', t=_t), _t, "https://docs.astral.sh/uv/guides/publish/")

D("github-actions", "secrets-context", ".github/workflows/ci.yml", '''name: ci
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      DATABASE_URL: ${{ secrets.CI_DATABASE_URL }}
      AWS_ACCESS_KEY_ID: ${{ secrets.CI_AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.CI_AWS_SECRET_ACCESS_KEY }}
      TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pip install -e ".[test]" && pytest -q
''', "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

_b = b64(fakes.pypi_token(80305))
S("k8s-secret", "pypi-token-base64", "infra/k8s/release-runner/pypi-secret.yaml", T('''apiVersion: v1
kind: Secret
metadata:
  name: pypi-upload
  namespace: release-runner
  labels:
    app.kubernetes.io/part-of: release
type: Opaque
data:
  TWINE_USERNAME: X190b2tlbl9f
  TWINE_PASSWORD: <<b>>
''', b=_b), fakes.pypi_token(80305), "https://kubernetes.io/docs/concepts/configuration/secret/")

_t = rs(80306, 20) + human_pw(80306)[:0]
_p = human_pw(80306)
S("pip-conf", "index-url-password", "tools/docker/base/pip.conf", T('''[global]
index-url = https://ci-reader:<<p>>@pypi.internal.acmeretail.io/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60
disable-pip-version-check = true

[install]
trusted-host = pypi.internal.acmeretail.io
''', p=_p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P")), _p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P"), "https://pip.pypa.io/en/stable/topics/configuration/")

D("pip-conf", "env-var-in-url", "tools/docker/base/pip-ci.conf", '''[global]
# pip expands ${VAR} in config values; CI injects the token as PIP_INTERNAL_TOKEN
index-url = https://ci-reader:${PIP_INTERNAL_TOKEN}@pypi.internal.acmeretail.io/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60
disable-pip-version-check = true
''', "https://pip.pypa.io/en/stable/topics/configuration/#environment-variables")

_p = fakes.password(80307)
S("uv-toml", "index-credentials", "uv.toml", T('''# Workspace-wide uv settings
python-preference = "managed"

[[index]]
name = "internal"
url = "https://ci-reader:<<p>>@pypi.internal.acmeretail.io/simple/"
explicit = true

[[index]]
name = "pytorch-cu121"
url = "https://download.pytorch.org/whl/cu121"
explicit = true
''', p=_p), _p, "https://docs.astral.sh/uv/configuration/indexes/")

D("pyproject-toml", "hashes-and-urls", "libs/acme-common/pyproject.toml", '''[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "acme-common"
dynamic = ["version"]
requires-python = ">=3.10"
dependencies = ["pydantic>=2.6", "httpx>=0.27", "structlog>=24.1"]

[project.urls]
Source = "https://github.com/acme-retail/monorepo/tree/main/libs/acme-common"

[tool.hatch.version]
path = "src/acme_common/__about__.py"

[tool.uv.sources]
acme-events = { git = "https://github.com/acme-retail/monorepo", subdirectory = "libs/acme-events", rev = "4f1c2e9a7b3d5e6f8a9b0c1d2e3f4a5b6c7d8e9f" }
''', "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")

_p = fakes.password(80308)
S("pdm-toml", "repository-password", "libs/acme-events/pdm.toml", T('''[repository.internal]
url = "https://pypi.internal.acmeretail.io/legacy/"
username = "release-bot"
password = "<<p>>"
verify_ssl = true

[pypi.internal]
url = "https://pypi.internal.acmeretail.io/simple/"
''', p=_p), _p, "https://pdm-project.org/en/latest/usage/config/#configure-the-repository-secrets-for-upload")

_p = gitlab(80309)
S("python-cli", "gitlab-token-default", "tools/acmectl/acmectl/commands/mirror.py", T('''"""acmectl mirror: pushes the monorepo's release tags to the GitLab mirror."""
import click
import gitlab


@click.command()
@click.option("--url", default="https://gitlab.acmeretail.io")
@click.option("--token", envvar="GITLAB_TOKEN", default="<<t>>", show_default=False)
@click.argument("tag")
def mirror(url: str, token: str, tag: str) -> None:
    gl = gitlab.Gitlab(url, private_token=token)
    project = gl.projects.get("platform/monorepo-mirror")
    project.tags.create({"tag_name": tag, "ref": "main"})
    click.echo(f"mirrored {tag}")
''', t=_p), _p, "https://python-gitlab.readthedocs.io/en/stable/api-usage.html")

D("python-cli", "click-envvar-only", "tools/acmectl/acmectl/commands/deploy.py", '''import click
import httpx


@click.command()
@click.option("--token", envvar="ACME_DEPLOY_TOKEN", required=True, help="Deploy API token (see `acmectl auth login`).")
@click.option("--env", type=click.Choice(["staging", "prod"]), default="staging")
@click.argument("service")
def deploy(token: str, env: str, service: str) -> None:
    r = httpx.post(f"https://deploy.acmeretail.io/api/{env}/{service}", headers={"Authorization": f"Bearer {token}"})
    r.raise_for_status()
    click.echo(r.json()["status"])
''', "https://click.palletsprojects.com/en/stable/options/#values-from-environment-variables")

_p = fakes.github_fine_grained_token(80310)
S("python-cli", "github-pat-typer", "tools/acmectl/acmectl/commands/release_notes.py", T('''import typer
from github import Auth, Github

app = typer.Typer()
_gh = Github(auth=Auth.Token("<<t>>"))


@app.command()
def notes(since: str, repo: str = "acme-retail/monorepo") -> None:
    for pr in _gh.get_repo(repo).get_pulls(state="closed", sort="updated", direction="desc"):
        if pr.merged_at and pr.merged_at.isoformat() >= since:
            typer.echo(f"- {pr.title} (#{pr.number})")
''', t=_p), _p, "https://pygithub.readthedocs.io/en/stable/examples/Authentication.html")

D("python-cli", "keyring-lookup", "tools/acmectl/acmectl/auth.py", '''import keyring

SERVICE = "acmectl"


def get_token(profile: str = "default") -> str:
    token = keyring.get_password(SERVICE, profile)
    if token is None:
        raise SystemExit("not logged in: run `acmectl auth login`")
    return token


def set_token(profile: str, token: str) -> None:
    keyring.set_password(SERVICE, profile, token)
''', "https://github.com/jaraco/keyring")

_p = fakes.redis_password(80311)
S("shell-script", "redis-cli-auth", "scripts/ops/flush_sessions.sh", T('''#!/usr/bin/env bash
# Flush storefront session keys after a signing-key rotation.
set -euo pipefail

HOST=storefront-cache.abc123.ng.0001.euw1.cache.amazonaws.com
redis-cli -h "$HOST" -p 6379 --tls -a '<<p>>' --no-auth-warning \\
  --scan --pattern 'sf:1:django.contrib.sessions.cache*' \\
  | xargs -r -n 500 redis-cli -h "$HOST" -p 6379 --tls -a '<<p>>' --no-auth-warning del
echo "done"
''', p=_p), _p, "https://redis.io/docs/latest/develop/tools/cli/")

_p = fakes.password(80312)
S("shell-script", "pgpassword-export", "scripts/ops/refresh_staging_db.sh", T('''#!/usr/bin/env bash
set -euo pipefail

export PGHOST=warehouse.prod.internal
export PGUSER=etl_admin
export PGPASSWORD='<<p>>'

pg_dump --format=custom --no-owner analytics > /tmp/analytics.dump
PGHOST=warehouse.staging.internal pg_restore --clean --no-owner -d analytics /tmp/analytics.dump
rm -f /tmp/analytics.dump
''', p=_p), _p, "https://www.postgresql.org/docs/current/libpq-envars.html")

D("shell-script", "aws-secretsmanager-fetch", "scripts/ops/refresh_reporting_db.sh", '''#!/usr/bin/env bash
set -euo pipefail

SECRET_JSON=$(aws secretsmanager get-secret-value --secret-id prod/warehouse/etl_admin --query SecretString --output text)
export PGPASSWORD=$(jq -r .password <<<"$SECRET_JSON")
export PGUSER=$(jq -r .username <<<"$SECRET_JSON")

pg_dump --format=custom --no-owner -h warehouse.prod.internal reporting > /tmp/reporting.dump
pg_restore --clean --no-owner -h warehouse.staging.internal -d reporting /tmp/reporting.dump
''', "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html")

_p = fakes.password(80313)
S("pgpass", "database-password", "scripts/ops/dotfiles/pgpass", T('''# hostname:port:database:username:password
warehouse.prod.internal:5432:analytics:etl_admin:<<p>>
warehouse.staging.internal:5432:*:etl_admin:staging
localhost:5432:*:postgres:postgres
*:*:*:replicator:*
''', p=_p), _p, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_t = fakes.telegram_token(80314)
S("bash-history", "telegram-curl", "scripts/ops/dotfiles/bash_history", T('''cd ~/monorepo
git pull
make -C services/notifier test
curl -s "https://api.telegram.org/bot<<t>>/getUpdates" | jq '.result[-1].message.chat.id'
curl -s -X POST "https://api.telegram.org/bot<<t>>/sendMessage" -d chat_id=-1001876543210 -d text=test
vim services/notifier/notifier/channels/telegram.py
git status
''', t=_t), _t, "https://core.telegram.org/bots/api#making-requests")

_p = fakes.aws_secret_key(80315)
S("zsh-history", "aws-configure-set", "scripts/ops/dotfiles/zsh_history", T(''': 1730191201:0;aws sts get-caller-identity
: 1730191230:0;aws configure set aws_access_key_id <<i>> --profile data-eng
: 1730191244:0;aws configure set aws_secret_access_key <<s>> --profile data-eng
: 1730191260:0;aws s3 ls s3://acme-data-lake-prod/ --profile data-eng
: 1730191302:0;history -c
''', i=fakes.aws_key_id(80315), s=_p), _p, "https://zsh.sourceforge.io/Doc/Release/Options.html#History")

D("python-script", "uuid-and-request-ids", "scripts/ops/replay_failed_events.py", '''"""Replays events that failed with 5xx during INC-2291."""
import json
import sys

FAILED = [
    "2f7c9b1e-4a3d-4c2e-9f8a-1b2c3d4e5f60",
    "8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d",
    "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
]
TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def main() -> None:
    for event_id in FAILED:
        print(json.dumps({"event_id": event_id, "traceparent": TRACE}))


if __name__ == "__main__":
    sys.exit(main())
''', "https://www.w3.org/TR/trace-context/")

_p = "xoxp-" + str(R(80316).randint(10**10, 10**11)) + "-" + str(R(80317).randint(10**10, 10**11)) + "-" + str(R(80318).randint(10**12, 10**13)) + "-" + hexs(80316, 32)
S("python-script", "slack-user-token", "scripts/oncall/export_incident_channel.py", T('''"""Exports an incident channel's history for the postmortem doc."""
import sys

from slack_sdk import WebClient

client = WebClient(token="<<t>>")


def export(channel_id: str) -> None:
    for page in client.conversations_history(channel=channel_id, limit=200):
        for msg in page["messages"]:
            print(msg.get("user"), msg.get("text", "").replace("\\n", " "))


if __name__ == "__main__":
    export(sys.argv[1])
''', t=_p), _p, "https://api.slack.com/authentication/token-types#user")

# ---------------------------------------------------------------- infra and CI -----------------
_p = fakes.redis_password(80400)
S("redis-conf", "requirepass", "infra/redis/ratelimit/redis.conf", T('''bind 0.0.0.0
port 0
tls-port 6380
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
maxmemory 2gb
maxmemory-policy allkeys-lru
requirepass <<p>>
appendonly no
''', p=_p), _p, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

_p = fakes.redis_password(80401)
S("redis-acl", "acl-user-password", "infra/redis/ratelimit/users.acl", T('''user default off
user ratelimit on ><<p>> ~rl:* &* +@read +@write -@dangerous
user monitoring on #8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92 +info +ping +client|list
user replica on nopass ~* +psync +replconf +ping
user admin off
''', p=_p), _p, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

D("redis-acl", "sha256-hashed-passwords", "infra/redis/cache/users.acl", '''user default off
user storefront on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~sf:* +@all -@dangerous
user celery on #6b86b273ff34fce19e6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b ~celery* ~_kombu* +@all -@dangerous
user monitoring on #d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35 +info +ping
user admin off
''', "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules")

_p = fakes.redis_password(80402)
S("sentinel-conf", "auth-pass", "infra/redis/cache/sentinel.conf", T('''port 26379
sentinel resolve-hostnames yes
sentinel monitor storefront-cache redis-0.redis-headless.cache.svc.cluster.local 6379 2
sentinel auth-pass storefront-cache <<p>>
sentinel down-after-milliseconds storefront-cache 5000
sentinel failover-timeout storefront-cache 60000
sentinel parallel-syncs storefront-cache 1
''', p=_p), _p, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

_p = fakes.redis_password(80403)
S("helm-values", "redis-auth-password", "infra/helm/storefront/values-prod.yaml", T('''image:
  repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront
  tag: "2024.11.3"

replicaCount: 6

redis:
  enabled: true
  architecture: replication
  auth:
    enabled: true
    password: "<<p>>"
  master:
    persistence:
      size: 8Gi

ingress:
  enabled: true
  hosts:
    - host: shop.acmeretail.io
      paths: ["/"]
''', p=_p), _p, "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

D("helm-values", "existing-secret", "infra/helm/storefront/values.yaml", '''image:
  repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/storefront
  tag: ""

replicaCount: 2

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: storefront-redis
    existingSecretPasswordKey: redis-password

postgresql:
  enabled: false

externalDatabase:
  host: storefront-db.prod.internal
  existingSecret: storefront-db
  existingSecretPasswordKey: password
''', "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

_p = human_pw(80404)
S("k8s-secret", "stringdata-database-url", "infra/k8s/billing-api/secret.yaml", T('''apiVersion: v1
kind: Secret
metadata:
  name: billing-api-env
  namespace: billing
type: Opaque
stringData:
  DATABASE_URL: "postgresql+asyncpg://billing_app:<<p>>@billing-db.prod.internal:5432/billing"
  LOG_LEVEL: info
''', p=_p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P").replace("$", "S")), _p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P").replace("$", "S"), "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data")

D("k8s-sealed-secret", "ciphertext", "infra/k8s/billing-api/sealed-secret.yaml", T('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: billing-api-env
  namespace: billing
spec:
  encryptedData:
    DATABASE_URL: AgB<<a>>
    STRIPE_API_KEY: AgC<<b>>
  template:
    metadata:
      name: billing-api-env
''', a=rs(80405, 340, ALNUM + "+/") + "==", b=rs(80406, 340, ALNUM + "+/") + "=="), "https://github.com/bitnami-labs/sealed-secrets")

_p = human_pw(80407)
_auth = b64("deploy-bot:" + _p)
S("docker-config-json", "registry-auth", "infra/k8s/registry/dockerconfig.json", T('''{
  "auths": {
    "registry.acmeretail.io": {
      "auth": "<<a>>"
    },
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  }
}
''', a=_auth), _p, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

D("docker-config-json", "cred-helpers-only", "infra/ci/runner/docker-config.json", '''{
  "credsStore": "desktop",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "europe-west1-docker.pkg.dev": "gcloud"
  },
  "auths": {
    "registry.acmeretail.io": {}
  }
}
''', "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

_p = fakes.aws_secret_key(80408)
S("terraform", "aws-provider-keys", "infra/terraform/envs/sandbox/provider.tf", T('''terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "<<i>>"
  secret_key = "<<s>>"

  default_tags {
    tags = { team = "platform", env = "sandbox" }
  }
}
''', i=fakes.aws_key_id(80408), s=_p), _p, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

_p = human_pw(80409)
S("terraform-tfvars", "rds-master-password", "infra/terraform/envs/prod/rds.auto.tfvars", T('''db_identifier        = "storefront-prod"
db_engine_version    = "15.6"
db_instance_class    = "db.r6g.xlarge"
db_allocated_storage = 200
db_master_username   = "storefront_admin"
db_master_password   = "<<p>>"
multi_az             = true
backup_retention     = 14
''', p=_p), _p, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

D("terraform", "random-password-resource", "infra/terraform/modules/rds/main.tf", '''resource "random_password" "master" {
  length  = 32
  special = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "this" {
  identifier        = var.db_identifier
  engine            = "postgres"
  engine_version    = var.db_engine_version
  instance_class    = var.db_instance_class
  username          = var.db_master_username
  password          = random_password.master.result
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
}
''', "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("terraform-lock", "provider-hashes", "infra/terraform/envs/prod/.terraform.lock.hcl", '''# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.40.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:KEqMoJwLw6Z9bTO4K8nPVvQQa6YiM+bvz89Sw1+qmJ0=",
    "zh:11f177a2385703740bd26d0652d3dba08575101d7639f386ce5637bdb0e29a13",
    "zh:203fc43e69634f1bd487a9dc24b01944dfd568beac78e491f26677d103d343ed",
    "zh:3697ebad4929da30ea98276a85d4ce5ebfc48508f4dd149e17e1dcdc7f306c6e",
  ]
}
''', "https://developer.hashicorp.com/terraform/language/files/dependency-lock")

_p = fakes.password(80410)
S("docker-compose", "postgres-password", "deploy/compose/analytics-stack.yml", T('''services:
  metabase:
    image: metabase/metabase:v0.50.4
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: <<p>>
      MB_DB_HOST: metabase-db.analytics.internal
    restart: unless-stopped
''', p=_p), _p, "https://www.metabase.com/docs/latest/installation-and-operation/running-metabase-on-docker")

D("docker-compose", "local-dev-defaults", "docker-compose.yml", '''# Local development only. These throwaway passwords never leave your laptop.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: storefront
    ports: ["5432:5432"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "devpassword"]
    ports: ["6379:6379"]
  web:
    build: services/storefront
    environment:
      DATABASE_URL: postgres://dev:dev@db:5432/storefront
      REDIS_URL: redis://:devpassword@redis:6379/0
''', "https://docs.docker.com/compose/compose-file/")

_p = fakes.redis_password(80411)
S("docker-compose", "redis-command-requirepass", "deploy/compose/queue-workers.yml", T('''services:
  redis:
    image: redis:7.2
    command: redis-server --requirepass <<p>> --appendonly yes
    volumes:
      - redis-data:/data
  worker:
    image: registry.acmeretail.io/storefront:2024.11.3
    command: celery -A storefront worker -l info
    environment:
      CELERY_BROKER_URL: redis://redis:6379/0
volumes:
  redis-data: {}
''', p=_p), _p, "https://hub.docker.com/_/redis")

_p = gitlab(80412)
S("gitlab-ci", "gitlab-token-variable", ".gitlab-ci.yml", T('''stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  MIRROR_TOKEN: "<<t>>"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e ".[test]"
    - pytest -q

mirror:
  stage: mirror
  script:
    - git push "https://oauth2:${MIRROR_TOKEN}@gitlab.acmeretail.io/platform/monorepo-mirror.git" HEAD:main
''', t=_p), _p, "https://docs.gitlab.com/ee/ci/variables/")

D("jenkinsfile", "credentials-binding", "infra/jenkins/Jenkinsfile.nightly", '''pipeline {
    agent { label 'docker' }
    environment {
        AWS_CREDS = credentials('aws-data-eng')
        PYPI_TOKEN = credentials('pypi-upload-token')
    }
    stages {
        stage('Build') {
            steps { sh 'python -m build libs/acme-common' }
        }
        stage('Publish') {
            steps { sh 'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*' }
        }
    }
}
''', "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

_p = human_pw(80413)
S("ansible-inventory", "become-password", "infra/ansible/inventories/prod/hosts.ini", T('''[bastion]
bastion-1.prod.internal

[workers]
worker-[01:06].prod.internal

[workers:vars]
ansible_user=deploy
ansible_become=true
ansible_become_password=<<p>>
ansible_python_interpreter=/usr/bin/python3
''', p=_p), _p, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

D("ansible-vault", "vault-ciphertext", "infra/ansible/inventories/prod/group_vars/all/vault.yml", '''$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616531643561
63396265333966386166373632626539326166396466343366663238313836313330616563363131
3330313536353733360a313163643138366232616666373738636234623230653062656262396336
63366432393434316534653239383335393931663663376437353633333338663738
''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

_p = fakes.password(80414)
S("ansible-vars", "mysql-root-password", "infra/ansible/roles/legacy_mysql/defaults/main.yml", T('''---
mysql_port: 3306
mysql_bind_address: 0.0.0.0
mysql_root_password: "<<p>>"
mysql_databases:
  - name: legacy_admin
    encoding: utf8mb4
mysql_users:
  - name: legacy_admin
    host: "10.20.%"
    password: "{{ vault_legacy_admin_password }}"
    priv: "legacy_admin.*:ALL"
''', p=_p), _p, "https://github.com/geerlingguy/ansible-role-mysql#role-variables")

D("sops-yaml", "encrypted-values", "infra/secrets/prod/notifier.enc.yaml", '''telegram_bot_token: ENC[AES256_GCM,data:q8Fz3kL1mN0pQr7sT2uVwX4yZ5aB6cD7eF8gH9iJ0kL1mN2oP3q,iv:Yz5aB6cD7eF8gH9iJ0kL1mN2oP3qR4sT5uV6wX7yZ8=,tag:aB6cD7eF8gH9iJ0kL1mN2o==,type:str]
sendgrid_api_key: ENC[AES256_GCM,data:Lm0nO1pQ2rS3tU4vW5xY6zA7bC8dE9fG0hI1jK2lM3nO4pQ5rS6tU7vW8xY9zA0bC1dE2fG3hI4jK5lM6nO7pQ8rS9tU0vW,iv:Tu4vW5xY6zA7bC8dE9fG0hI1jK2lM3nO4pQ5rS6=,tag:Xy6zA7bC8dE9fG0hI1jK2l==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d
          created_at: "2024-10-02T09:14:22Z"
          enc: AQICAHh8Zx1Yw2Vv3Uu4Tt5Ss6Rr7Qq8Pp9Oo0Nn1Mm2Ll3KkAbCdEfGhIjKlMnOpQrStUvWxYz0123456789
          aws_profile: ""
    lastmodified: "2024-10-02T09:14:23Z"
    mac: ENC[AES256_GCM,data:Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3Ab4Cd5Ef6Gh7Ij8Kl9Mn0Op1Qr2St3Uv4Wx5Yz6Ab7Cd8Ef9=,iv:Gh0Ij1Kl2Mn3Op4Qr5St6Uv7Wx8Yz9Ab0Cd1Ef2=,tag:Ij2Kl3Mn4Op5Qr6St7Uv8w==,type:str]
    version: 3.8.1
''', "https://github.com/getsops/sops")

_p = human_pw(80415)
S("pgbouncer-userlist", "plaintext-password", "infra/pgbouncer/userlist.txt", T('''"storefront_app" "md5a3556571e93b0d20722ba62be61e8c2d"
"billing_app" "SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0$kH3y7aPp1Hq9gL0wR8sT2uV4xY6zA1bC3dE5fG7hI9j=:mN0oP2qR4sT6uV8wX0yZ2aB4cD6eF8gH0iJ2kL4mN6o="
"metabase" "<<p>>"
"pgbouncer_stats" "md5f1c2b3a4d5e6f7a8b9c0d1e2f3a4b5c6"
"replicator" ""
''', p=_p), _p, "https://www.pgbouncer.org/config.html#authentication-file-format")

D("pgbouncer-userlist", "hashes-only", "infra/pgbouncer/userlist-staging.txt", '''"storefront_app" "md5c7e6e0b2d8f1a3b4c5d6e7f8091a2b3c"
"billing_app" "md50e1d2c3b4a5968778695a4b3c2d1e0f9"
"metabase" "SCRAM-SHA-256$4096:bWV0YWJhc2VzYWx0$Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE9dC8bA7zY6x=:Wv5uT4sR3qP2oN1mL0kJ9iH8gF7eD6cB5aZ4yX3wV2u="
"pgbouncer_stats" "md53a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9"
"replicator" "md59f8e7d6c5b4a39281706f5e4d3c2b1a0"
''', "https://www.pgbouncer.org/config.html#authentication-file-format")

_p = fakes.password(80416)
S("my-cnf", "client-password", "infra/mysql/legacy-admin/my.cnf", T('''[client]
user=legacy_admin
password=<<p>>
host=10.20.4.11
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
''', p=_p), _p, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

D("htpasswd", "bcrypt-hashes", "infra/nginx/airflow.htpasswd", '''priya:$2y$05$9Uq3c1bXqk9m0Xo5iWvI6OeQ6Qq1Fh1r9ZPp7mK0pS7wD8q2b3Cde
tomasz:$2y$05$L2a4b6c8d0e2f4g6h8i0jO1k3m5o7q9s1u3w5y7A9C1E3G5I7K9Mq
oncall:$apr1$rG7s2k1p$Yc8w9pW0sZ1yA2b3C4d5E.
grafana-probe:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=
ci:$2y$05$Ab1Cd2Ef3Gh4Ij5Kl6Mn7OpQr8St9Uv0Wx1Yz2Ab3Cd4Ef5Gh6Ij7
''', "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

_p = "hvs." + rs(80417, 24)
S("shell-script", "vault-token-export", "infra/vault/bootstrap-notifier.sh", T('''#!/usr/bin/env bash
# Seeds the notifier's KV paths in a fresh Vault namespace (PLAT-1044).
set -euo pipefail

export VAULT_ADDR=https://vault.acmeretail.io:8200
export VAULT_TOKEN=<<t>>

vault secrets enable -path=kv -version=2 kv || true
vault policy write notifier infra/vault/policies/notifier.hcl
vault kv put kv/notifier/telegram token=@/dev/stdin < /tmp/telegram_token
shred -u /tmp/telegram_token
''', t=_p), _p, "https://developer.hashicorp.com/vault/docs/commands#vault_token")

# ---------------------------------------------------------------- other languages in the repo ---
_p = npm_token(80500)
S("npmrc", "npm-auth-token", "frontend/storefront-web/.npmrc", T('''registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=<<t>>
engine-strict=true
save-exact=true
''', t=_p), _p, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

D("npmrc", "env-token", "frontend/admin-web/.npmrc", '''registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
engine-strict=true
fund=false
''', "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

_p = human_pw(80501)
_auth = b64("ci-bot:" + _p)
S("npmrc", "legacy-auth-base64", "frontend/design-system/.npmrc", T('''registry=https://nexus.acmeretail.io/repository/npm-group/
_auth=<<a>>
always-auth=true
email=ci-bot@acmeretail.io
strict-ssl=true
''', a=_auth), _p, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

D("js-config", "public-env-vars", "frontend/storefront-web/.env.production", '''# Exposed to the browser by Vite: public values only.
VITE_API_BASE_URL=https://api.acmeretail.io
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51Hx2aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR00aBcDeFgH
VITE_SENTRY_DSN=https://3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c@o450123.ingest.sentry.io/5501234
VITE_GA_MEASUREMENT_ID=G-7XK2P9QZ1L
VITE_FEATURE_FLAGS=checkout-v2,wishlist
''', "https://vitejs.dev/guide/env-and-mode")

_p = stripe_key(80502, "sk_live_")
S("js-config", "stripe-secret-in-next-config", "frontend/checkout-web/next.config.js", T('''/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: "standalone",
  env: {
    NEXT_PUBLIC_API_BASE_URL: "https://api.acmeretail.io",
    STRIPE_SECRET_KEY: "<<k>>",
  },
  images: {
    remotePatterns: [{ protocol: "https", hostname: "acme-catalog-images.s3.eu-west-1.amazonaws.com" }],
  },
};

module.exports = nextConfig;
''', k=_p), _p, "https://nextjs.org/docs/app/api-reference/next-config-js/env")

D("js-lockfile", "integrity-hashes", "frontend/storefront-web/package-lock.json", '''{
  "name": "storefront-web",
  "version": "3.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-S4kL7XrjgBmvdGut0sN3yJxqYzxDOnCAOuMHS8hpW7tE6GsxN82U1flYGnG1eE6ucwexGV4b5P2D2sLDNGaWrTQ==",
      "license": "MIT"
    },
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-XBx9AXhXktjUqnepgTiE5flcKIYWi/rme0Eaj+5Y0lftuGBq+jyRu/md4WnuxqgP1ubdpNCsYEYPxrzVHD8d6g==",
      "license": "MIT"
    }
  }
}
''', "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

_p = google_api(80503)
S("js-module", "google-maps-server-key", "frontend/storefront-web/server/geocode.ts", T('''import { Client } from "@googlemaps/google-maps-services-js";

// server-side geocoding for store finder (unrestricted key, do not ship to browser)
const GEOCODE_KEY = "<<k>>";
const client = new Client({});

export async function geocode(address: string) {
  const res = await client.geocode({ params: { address, key: GEOCODE_KEY } });
  return res.data.results[0]?.geometry.location;
}
''', k=_p), _p, "https://developers.google.com/maps/documentation/geocoding/get-api-key")

_t = fakes.telegram_token(80504)
S("go-source", "telegram-token-const", "sidecars/alert-relay/main.go", T('''package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

const (
	botToken = "<<t>>"
	chatID   = "-1001876543210"
)

func relay(w http.ResponseWriter, r *http.Request) {
	text := r.URL.Query().Get("text")
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	if _, err := http.PostForm(endpoint, url.Values{"chat_id": {chatID}, "text": {text}}); err != nil {
		log.Printf("telegram: %v", err)
	}
}

func main() {
	http.HandleFunc("/alert", relay)
	log.Fatal(http.ListenAndServe(":9095", nil))
}
''', t=_t), _t, "https://core.telegram.org/bots/api")

_p = fakes.redis_password(80505)
S("go-source", "redis-options-password", "sidecars/session-gc/internal/store/redis.go", T('''package store

import (
	"crypto/tls"

	"github.com/redis/go-redis/v9"
)

func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:      "storefront-cache.abc123.ng.0001.euw1.cache.amazonaws.com:6379",
		Password:  "<<p>>",
		DB:        1,
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	})
}
''', p=_p), _p, "https://redis.uptrace.dev/guide/go-redis.html")

D("go-source", "go-sum-hashes", "sidecars/session-gc/go.sum", '''github.com/cespare/xxhash/v2 v2.2.0 h1:DC2CZ1Ep5Y4k3ZQ899DldepgrayRUGE6BBZ/cd9Cj44=
github.com/cespare/xxhash/v2 v2.2.0/go.mod h1:VGX0DQ3Q6kWi7AoAeZDth3/j3BFtOZR5XLFGgcrjCOs=
github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f h1:lO4WD4F/rVNCu3HqELle0jiPLLBs70cWOduZpkS1E78=
github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f/go.mod h1:cuUVRXasLTGF7a5hSLbxyZXjz+1KgoB3wDUb6vlszIc=
github.com/redis/go-redis/v9 v9.5.1 h1:H1X4D3yHPaYrkL5X06Wh6xNVM/pX0Ft4RV0vMGvLBh8=
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:hdY0cQFCN4fnSYT6TkisLufl/4W5UIXyv0b+CLtV4bM=
''', "https://go.dev/ref/mod#go-sum-files")

D("go-source", "env-lookup", "sidecars/alert-relay/config.go", '''package main

import (
	"log"
	"os"
)

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		log.Fatalf("missing %s", name)
	}
	return v
}

var telegramToken = mustEnv("TELEGRAM_BOT_TOKEN")
''', "https://pkg.go.dev/os#LookupEnv")

_p = human_pw(80506)
S("spring-properties", "datasource-password", "sidecars/pricing-engine/src/main/resources/application-prod.properties", T('''server.port=8081
spring.application.name=pricing-engine
spring.datasource.url=jdbc:postgresql://pricing-db.prod.internal:5432/pricing?sslmode=require
spring.datasource.username=pricing_app
spring.datasource.password=<<p>>
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,prometheus
''', p=_p), _p, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data")

D("spring-yaml", "placeholders", "sidecars/pricing-engine/src/main/resources/application.yml", '''server:
  port: 8081
spring:
  application:
    name: pricing-engine
  datasource:
    url: jdbc:postgresql://${PRICING_DB_HOST:localhost}:5432/pricing
    username: ${PRICING_DB_USER:pricing_app}
    password: ${PRICING_DB_PASSWORD}
  data:
    redis:
      host: ${REDIS_HOST:localhost}
      password: ${REDIS_PASSWORD:}
management:
  endpoints:
    web:
      exposure:
        include: health,prometheus
''', "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

_p = fakes.redis_password(80507)
S("spring-yaml", "redis-password", "sidecars/pricing-engine/src/main/resources/application-staging.yml", T('''spring:
  data:
    redis:
      host: pricing-cache.staging.internal
      port: 6379
      password: <<p>>
      ssl:
        enabled: true
      timeout: 2s
logging:
  level:
    com.acmeretail.pricing: DEBUG
''', p=_p), _p, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data")

_p = fakes.aws_secret_key(80508)
S("java-source", "aws-basic-credentials", "sidecars/pricing-engine/src/main/java/com/acmeretail/pricing/S3Config.java", T('''package com.acmeretail.pricing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

@Configuration
public class S3Config {
    @Bean
    public S3Client s3() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
            "<<i>>",
            "<<s>>");
        return S3Client.builder()
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(creds))
            .build();
    }
}
''', i=fakes.aws_key_id(80508), s=_p), _p, "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html")

_p = human_pw(80509).replace("'", "")
S("sql", "create-role-password", "data/warehouse/migrations/V042__create_reporting_role.sql", T('''-- V042: read-only role for the Metabase reporting connection
BEGIN;

CREATE ROLE reporting_ro WITH LOGIN PASSWORD '<<p>>' CONNECTION LIMIT 20;
GRANT CONNECT ON DATABASE analytics TO reporting_ro;
GRANT USAGE ON SCHEMA marts TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA marts GRANT SELECT ON TABLES TO reporting_ro;

COMMIT;
''', p=_p), _p, "https://www.postgresql.org/docs/current/sql-createrole.html")

D("sql", "scram-verifier", "data/warehouse/migrations/V043__rotate_reporting_role.sql", '''-- V043: rotate reporting_ro. The value below is a SCRAM verifier produced by
-- `psql \\password`, not the password itself.
BEGIN;

ALTER ROLE reporting_ro WITH PASSWORD 'SCRAM-SHA-256$4096:Zm9vYmFyYmF6cXV4$3nWqL0pK8sYt7uVx9zA1bC2dE3fG4hI5jK6lM7nO8pQ=:r9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9mN0oP1qR2sT=';
COMMENT ON ROLE reporting_ro IS 'Metabase read-only, rotated 2024-11 (CHG-3321)';

COMMIT;
''', "https://www.postgresql.org/docs/current/sql-alterrole.html")

_p = fakes.password(80510)
S("sql", "snowflake-create-user", "data/warehouse/snowflake/users/create_dbt_prod.sql", T('''USE ROLE USERADMIN;

CREATE USER IF NOT EXISTS DBT_PROD
  PASSWORD = '<<p>>'
  DEFAULT_ROLE = TRANSFORMER
  DEFAULT_WAREHOUSE = TRANSFORMING
  MUST_CHANGE_PASSWORD = FALSE
  COMMENT = 'dbt production runs';

GRANT ROLE TRANSFORMER TO USER DBT_PROD;
''', p=_p), _p, "https://docs.snowflake.com/en/sql-reference/sql/create-user")

D("sql", "snowflake-key-pair-public", "data/warehouse/snowflake/users/create_airflow.sql", '''USE ROLE USERADMIN;

-- key-pair auth: the private key lives in Secrets Manager (airflow/snowflake/private-key)
CREATE USER IF NOT EXISTS AIRFLOW_ETL
  RSA_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy8Dbv8prpJ/0kKhlGeJYozo2t60EG8L0561g13R29LvMR5hyvGZlGJpmn65+A4xHXInJYiPuKzrKUnApeLZ+vw1HocOAZtWK0z3r26uA8kQYOKX9Qt/DbCdvsF9wF8gRK0ptx9M6R13NvBxvVQApfc9jB9nTZC'
  DEFAULT_ROLE = LOADER
  DEFAULT_WAREHOUSE = LOADING;

GRANT ROLE LOADER TO USER AIRFLOW_ETL;
''', "https://docs.snowflake.com/en/user-guide/key-pair-auth")

_p = fakes.aws_secret_key(80511)
S("powershell", "set-awscredential", "infra/windows/build-agent/Setup-BuildAgent.ps1", T('''# Provisions the Windows build agent that signs the desktop installer.
$ErrorActionPreference = "Stop"

Install-Module -Name AWS.Tools.S3 -Force -Scope AllUsers
Set-AWSCredential -AccessKey <<i>> -SecretKey <<s>> -StoreAs installer-signing
Set-DefaultAWSRegion -Region eu-west-1

Read-S3Object -BucketName acme-build-tools -Key signtool/signtool.exe -File C:\\tools\\signtool.exe -ProfileName installer-signing
Write-Host "build agent ready"
''', i=fakes.aws_key_id(80511), s=_p), _p, "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html")

_p = human_pw(80512)
S("powershell", "convertto-securestring-plaintext", "infra/windows/build-agent/Register-Share.ps1", T('''param([string]$Share = "\\\\fs01.corp.acmeretail.io\\builds")

$user = "CORP\\svc-build"
$secure = ConvertTo-SecureString "<<p>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secure)

New-PSDrive -Name B -PSProvider FileSystem -Root $Share -Credential $cred -Persist
Write-Host "mapped $Share as B:"
''', p=_p), _p, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

D("powershell", "get-credential-prompt", "infra/windows/build-agent/Connect-Share.ps1", '''param([string]$Share = "\\\\fs01.corp.acmeretail.io\\builds")

# Prompts interactively; nothing is stored.
$cred = Get-Credential -UserName "CORP\\svc-build" -Message "Password for the build share"
New-PSDrive -Name B -PSProvider FileSystem -Root $Share -Credential $cred
Get-ChildItem B:\\ | Select-Object -First 5
Write-Host "connected"
''', "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential")

_p = "SK" + hexs(80513, 32)
_tw = hexs(80514, 32)
S("csharp", "twilio-auth-token", "sidecars/sms-gateway/Program.cs", T('''using Twilio;
using Twilio.Rest.Api.V2010.Account;

const string accountSid = "AC<<sid>>";
const string authToken = "<<tok>>";

TwilioClient.Init(accountSid, authToken);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapPost("/sms", async (string to, string body) =>
{
    var msg = await MessageResource.CreateAsync(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+447700900123"), body: body);
    return Results.Ok(msg.Sid);
});
app.Run();
''', sid=hexs(80515, 32), tok=_tw), _tw, "https://www.twilio.com/docs/libraries/csharp-dotnet")

# ---------------------------------------------------------------- docs and runbooks ------------
_p = fakes.redis_password(80600)
S("markdown", "redis-runbook-command", "docs/runbooks/storefront-cache.md", T('''# Runbook: storefront cache (ElastiCache)

**Owner:** #team-storefront · **Pager:** storefront-primary

## Symptoms
- p99 latency on `/checkout` above 800 ms
- `CacheMissRatio` alarm in CloudWatch

## Inspect
From the bastion:

```bash
redis-cli -h storefront-cache.abc123.ng.0001.euw1.cache.amazonaws.com --tls -a <<p>> info stats
redis-cli -h storefront-cache.abc123.ng.0001.euw1.cache.amazonaws.com --tls -a <<p>> --bigkeys
```

## Mitigate
1. Scale the web tier (`kubectl -n storefront scale deploy/web --replicas=12`).
2. If evictions climb, raise `maxmemory` via the parameter group (see CHG template).
''', p=_p), _p, "https://redis.io/docs/latest/develop/tools/cli/")

D("markdown", "runbook-placeholders", "docs/runbooks/billing-db.md", '''# Runbook: billing database

## Connect
```bash
export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/billing/db --query SecretString --output text | jq -r .password)"
psql "postgresql://billing_app:${PGPASSWORD}@billing-db.prod.internal:5432/billing?sslmode=require"
```

Or with a URL by hand: `postgresql://billing_app:<password>@billing-db.prod.internal:5432/billing`.

## Failover
Promote the replica from the RDS console, then update the `billing-db` CNAME.
''', "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

_t = fakes.telegram_token(80601)
S("restructuredtext", "telegram-token-example", "docs/howto/alerts.rst", T('''Setting up deploy alerts
========================

The notifier posts to the ``#deploys`` Telegram group through the ``acme_deploys_bot``.

.. code-block:: bash

   export TELEGRAM_BOT_TOKEN=<<t>>
   export TELEGRAM_ALERT_CHAT=-1001876543210
   python -m notifier.channels.telegram "test from $(hostname)"

If the message does not arrive, check the bot is still an admin of the group.

.. note::

   Ask #team-platform before creating another bot.
''', t=_t), _t, "https://docutils.sourceforge.io/docs/ref/rst/directives.html#code")

D("restructuredtext", "token-format-description", "docs/reference/credentials.rst", '''Credentials we use
==================

=====================  =====================================  ===========================
Kind                   Shape                                  Where it lives
=====================  =====================================  ===========================
PyPI upload token      ``pypi-AgEIcHlwaS5vcmc...``            1Password: Release
GitHub PAT             ``ghp_`` + 36 characters               GitHub org settings
Telegram bot token     ``<bot id>:<35 characters>``           Vault ``kv/notifier``
AWS access key         ``AKIA`` + 16 characters               IAM Identity Center
=====================  =====================================  ===========================

Never commit any of these. The pre-commit hook blocks the common shapes.
''', "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#tables")

_p = fakes.aws_secret_key(80602)
S("markdown", "aws-keys-onboarding", "docs/onboarding/data-engineering.md", T('''# Data engineering onboarding

Welcome! Day one checklist:

1. Get added to `data-eng` in Okta.
2. Install the AWS CLI and configure the shared sandbox profile:

   ```ini
   [sandbox]
   aws_access_key_id = <<i>>
   aws_secret_access_key = <<s>>
   region = eu-west-1
   ```

3. Clone the monorepo and run `make -C data/dbt deps`.
4. Say hi in #data-eng.
''', i=fakes.aws_key_id(80602), s=_p), _p, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

D("markdown", "aws-docs-example-keys", "docs/onboarding/aws-cli.md", '''# AWS CLI setup

Use SSO, not long-lived keys:

```bash
aws configure sso --profile data-eng
aws sso login --profile data-eng
```

If a tool insists on static keys, the format is (values from the AWS docs, not ours):

```ini
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```
''', "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

_p = human_pw(80603)
S("markdown", "incident-postmortem-dsn", "docs/postmortems/2024-10-17-billing-outage.md", T('''# Postmortem: billing API outage, 2024-10-17

## Timeline (UTC)
- 09:12 deploy of billing-api 2024.10.7
- 09:14 5xx rate 40 %, pager fires
- 09:31 root cause: pool exhausted after the pgbouncer change

## Evidence
The failing pods logged their DSN at startup (since fixed in #4412):

```
INFO settings loaded database_url=postgresql://billing_app:<<p>>@billing-db.prod.internal:5432/billing
```

## Action items
- [x] stop logging settings at startup
- [ ] rotate billing_app password (owner: @dana)
''', p=_p), _p, "https://sre.google/sre-book/example-postmortem/")

D("markdown", "changelog-commit-shas", "CHANGELOG.md", '''# Changelog

## 2024.11.3
- storefront: fix wishlist pagination (a1b2c3d4e5f60718293a4b5c6d7e8f9012345678)
- billing-api: retry Stripe 429s (9f8e7d6c5b4a39281706f5e4d3c2b1a098765432)
- notifier: Telegram channel supports threads (#4431)

## 2024.11.2
- data: dbt 1.8 upgrade
- infra: rotate ElastiCache auth tokens (no code change)
''', "https://keepachangelog.com/en/1.1.0/")

D("mkdocs-yml", "analytics-property-id", "mkdocs.yml", '''site_name: Acme Engineering Handbook
site_url: https://handbook.acmeretail.io/
repo_url: https://github.com/acme-retail/monorepo
theme:
  name: material
  features: [navigation.tabs, search.suggest]
extra:
  analytics:
    provider: google
    property: G-7XK2P9QZ1L
plugins:
  - search
  - git-revision-date-localized
nav:
  - Home: index.md
  - Runbooks: runbooks/
''', "https://squidfunk.github.io/mkdocs-material/setup/setting-up-site-analytics/")

_p = "dd" + hexs(80604, 30)
_p = hexs(80604, 32)
S("markdown", "datadog-api-key-curl", "docs/howto/custom-metrics.md", T('''# Sending a custom metric

For a one-off backfill you can post straight to the API:

```bash
curl -X POST "https://api.datadoghq.eu/api/v2/series" \\
  -H "Content-Type: application/json" \\
  -H "DD-API-KEY: <<k>>" \\
  -d @series.json
```

In services, use the `datadog` client through the agent instead (DogStatsD on `:8125`).
''', k=_p), _p, "https://docs.datadoghq.com/api/latest/metrics/#submit-metrics")

# ---------------------------------------------------------------- tests and fixtures -----------
_p = stripe_key(80605, "rk_live_")
S("vcr-cassette", "stripe-authorization-header", "services/billing-api/tests/cassettes/test_refund_invoice.yaml", T('''interactions:
- request:
    body: amount=1299&charge=ch_3PqR2sT4uV5wX6yZ
    headers:
      Authorization:
      - Bearer <<k>>
      Content-Type:
      - application/x-www-form-urlencoded
      Stripe-Version:
      - '2024-06-20'
    method: POST
    uri: https://api.stripe.com/v1/refunds
  response:
    body:
      string: '{"id": "re_3PqR2sT4uV5wX6yZ0aBcDeFg", "object": "refund", "status": "succeeded"}'
    headers:
      Request-Id:
      - req_Ab1Cd2Ef3Gh4Ij
    status:
      code: 200
      message: OK
version: 1
''', k=_p), _p, "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

D("vcr-cassette", "filtered-headers", "services/billing-api/tests/cassettes/test_create_customer.yaml", '''interactions:
- request:
    body: email=alice%40example.com
    headers:
      Authorization:
      - DUMMY
      Content-Type:
      - application/x-www-form-urlencoded
    method: POST
    uri: https://api.stripe.com/v1/customers
  response:
    body:
      string: '{"id": "cus_QaBcDeFgHiJkLm", "object": "customer", "email": "alice@example.com"}'
    headers:
      Request-Id:
      - req_Zz9Yy8Xx7Ww6Vv
    status:
      code: 200
      message: OK
version: 1
''', "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

D("pytest-conftest", "fake-test-credentials", "services/notifier/tests/conftest.py", '''import pytest


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    """Dummy values so settings load; every outbound call is mocked with respx."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:fake-token-for-tests")
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.test.test")
    monkeypatch.setenv("SLACK_WEBHOOK_URL", "https://hooks.slack.invalid/services/T000/B000/XXXX")
    monkeypatch.setenv("REDIS_URL", "redis://localhost:6379/15")
''', "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

_p = fakes.github_token(80606)
S("pytest-conftest", "real-token-for-integration", "tools/acmectl/tests/integration/conftest.py", T('''"""Integration tests hit the real GitHub API against the acme-retail/sandbox repo."""
import pytest
from github import Auth, Github

SANDBOX_REPO = "acme-retail/sandbox"


@pytest.fixture(scope="session")
def gh():
    # bot account acme-ci-sandbox, repo scope only
    return Github(auth=Auth.Token("<<t>>"))


@pytest.fixture
def sandbox(gh):
    return gh.get_repo(SANDBOX_REPO)
''', t=_p), _p, "https://pygithub.readthedocs.io/en/stable/examples/Authentication.html")

_k = fakes.fake_pem(80607, "RSA")
S("pem-file", "partner-signing-key", "services/billing-api/deploy/keys/partner_signing_key.pem", _k + "\n", _k.split("\n")[3], "https://www.rfc-editor.org/rfc/rfc7468")

D("test-fixture", "certificate", "services/billing-api/tests/fixtures/partner_ca.pem", '''-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUK3m8GqN7yX0pJ2b1c4d5e6f7a8b9c0dwCgYIKoZIzj0EAwIw
LzELMAkGA1UEBhMCR0IxIDAeBgNVBAMMF2FjbWUtcGFydG5lci1jYS1zdGFnaW5nMB4X
DTI0MDEwMTAwMDAwMFoXDTI2MDEwMTAwMDAwMFowLzELMAkGA1UEBhMCR0IxIDAeBgNV
BAMMF2FjbWUtcGFydG5lci1jYS1zdGFnaW5nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcD
QgAE8xJ3k2m1n0b9v8c7x6z5a4s3d2f1g0h9j8k7l6q5w4e3r2t1y0u9i8o7p6a5s4d3
f2g1h0j9k8l7z6x5c4v3b2n1m0qjUzBRMB0GA1UdDgQWBBQ1a2b3c4d5e6f7g8h9i0j1
-----END CERTIFICATE-----
''', "https://www.rfc-editor.org/rfc/rfc7468#section-5")

_k = fakes.fake_pem(80608, "OPENSSH")
S("ssh-key", "deploy-key", "infra/ci/deploy_keys/monorepo-mirror", _k + "\n", _k.split("\n")[2], "https://man.openbsd.org/ssh-keygen")

D("ssh-key", "public-key", "infra/ci/deploy_keys/monorepo-mirror.pub", '''ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3x8J2mK9pL4nR7sT1uV5wX9yZ0aB3cD6eF8gH1iJ2 ci-mirror@acmeretail.io
# Added as a read/write deploy key on gitlab.acmeretail.io/platform/monorepo-mirror
# Private half: Vault kv/ci/deploy-keys/monorepo-mirror
# Rotated: 2024-09-30
# Fingerprint: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8
''', "https://man.openbsd.org/ssh-keygen")

_p = hexs(80609, 32)
S("json-fixture", "mailgun-key-in-recorded-request", "services/notifier/tests/fixtures/mailgun_send_request.json", T('''{
  "method": "POST",
  "url": "https://api.eu.mailgun.net/v3/mg.acmeretail.io/messages",
  "auth": ["api", "key-<<k>>"],
  "data": {
    "from": "Acme <no-reply@mg.acmeretail.io>",
    "to": "alice@example.com",
    "subject": "Your order has shipped"
  },
  "recorded_at": "2024-10-03T11:22:09Z"
}
''', k=_p), "key-" + _p, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

D("json-fixture", "jwt-expired-test-token", "services/billing-api/tests/fixtures/expired_token.json", '''{
  "description": "An HS256 token signed with the test key 'test-secret', expired in 2020; used to test 401 handling.",
  "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJleHAiOjE1Nzc4MzY4MDB9.3q3zWf6Yg2QzTzVb3E0b0pW9O6uTgqgS7n1Kc9p0Y8s",
  "expected_status": 401,
  "expected_detail": "token expired"
}
''', "https://www.rfc-editor.org/rfc/rfc7519")

_p = fakes.redis_password(80610)
S("tox-ini", "redis-url-setenv", "services/storefront/tox.ini", T('''[tox]
envlist = py311, lint

[testenv]
deps = -r requirements/test.txt
setenv =
    DJANGO_SETTINGS_MODULE = storefront.settings.test
    # shared CI redis on the runner VPC
    REDIS_URL = redis://:<<p>>@ci-redis.build.internal:6379/3
commands = pytest -q {posargs}

[testenv:lint]
deps = ruff
commands = ruff check .
''', p=_p), _p, "https://tox.wiki/en/latest/config.html#setenv")

D("pytest-ini", "env-defaults", "services/storefront/pytest.ini", '''[pytest]
DJANGO_SETTINGS_MODULE = storefront.settings.test
addopts = -ra --strict-markers --reuse-db
env =
    D:SECRET_KEY=unit-tests-only
    D:DATABASE_URL=sqlite:///:memory:
    D:REDIS_URL=redis://localhost:6379/15
markers =
    slow: long-running tests
''', "https://github.com/pytest-dev/pytest-env")

_p = fakes.password(80611)
S("noxfile", "postgres-url-session-env", "services/catalog-api/noxfile.py", T('''import nox

PG_URL = "postgresql://catalog_ci:<<p>>@ci-postgres.build.internal:5432/catalog_ci"


@nox.session(python=["3.11", "3.12"])
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", "-q", env={"CATALOG_DATABASE_URL": PG_URL})


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")
''', p=_p), _p, "https://nox.thea.codes/en/stable/usage.html")

D("python-module", "factory-boy-fake-passwords", "services/storefront/tests/factories.py", '''import factory
from django.contrib.auth import get_user_model


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-test")
    is_active = True
''', "https://factoryboy.readthedocs.io/en/stable/orms.html#django")

# ---------------------------------------------------------------- env files --------------------
_p = fakes.redis_password(80612)
S("dotenv", "redis-url", "services/storefront/.env", T('''# copied from the staging pod for debugging, do not commit (oops)
DJANGO_SETTINGS_MODULE=storefront.settings.staging
DATABASE_URL=postgres://storefront_app@storefront-staging.cluster-c9x2kq1.eu-west-1.rds.amazonaws.com/storefront
REDIS_URL=rediss://default:<<p>>@storefront-cache-stg.abc123.ng.0001.euw1.cache.amazonaws.com:6379/0
DEBUG=False
ALLOWED_HOSTS=staging-shop.acmeretail.io
''', p=_p), _p, "https://github.com/theskumar/python-dotenv")

D("dotenv", "env-example", "services/storefront/.env.example", '''# Copy to .env and fill in. Values below are placeholders.
DJANGO_SETTINGS_MODULE=storefront.settings.dev
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://dev:dev@localhost:5432/storefront
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_your_key_here
TELEGRAM_BOT_TOKEN=
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
''', "https://github.com/theskumar/python-dotenv")

_p = fakes.aws_session_token(80613, "er-aws")
S("dotenv", "aws-session-token", "data/spark/.env.local", T('''AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=ASIA<<i>>
AWS_SECRET_ACCESS_KEY=<<s>>
AWS_SESSION_TOKEN=<<t>>
SPARK_LOCAL_IP=127.0.0.1
''', i=rs(80613, 16, string.ascii_uppercase + "234567"), s=fakes.aws_secret_key(80614), t=_p), _p, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

_p = "export TELEGRAM"
_t = fakes.telegram_token(80615)
S("envrc", "telegram-token", "services/notifier/.envrc", T('''# direnv: loaded when you cd into services/notifier
layout python3
export NOTIFIER_ENV=dev
export TELEGRAM_BOT_TOKEN="<<t>>"
export TELEGRAM_ALERT_CHAT=-1001876543210
dotenv_if_exists .env.local
''', t=_t), _t, "https://direnv.net/man/direnv-stdlib.1.html")

D("envrc", "op-references", "data/dbt/.envrc", '''# direnv + 1Password CLI: secrets are resolved at load time, never stored.
export DBT_USER=priya
export DBT_PASSWORD="$(op read 'op://Data/dbt-snowflake/password')"
export SNOWFLAKE_ACCOUNT=xy12345.eu-west-1
export AWS_PROFILE=data-eng
layout python3
''', "https://developer.1password.com/docs/cli/secret-references/")

_p = fakes.django_secret_key(80616)
S("systemd-unit", "environment-secret-key", "infra/systemd/legacy-admin.service", T('''[Unit]
Description=legacy admin (uwsgi)
After=network.target

[Service]
User=www-data
WorkingDirectory=/srv/legacy_admin
Environment="DJANGO_SETTINGS_MODULE=legacy_admin.settings.prod"
Environment="SECRET_KEY=<<k>>"
ExecStart=/srv/legacy_admin/venv/bin/uwsgi --ini /srv/legacy_admin/deploy/uwsgi-prod.ini
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', k=_p.replace('"', "").replace("%", "")), _p.replace('"', "").replace("%", ""), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

D("systemd-unit", "environment-file", "infra/systemd/notifier.service", '''[Unit]
Description=notifier worker
After=network-online.target

[Service]
User=notifier
EnvironmentFile=/etc/notifier/notifier.env
LoadCredential=telegram-token:/etc/credstore/notifier-telegram
ExecStart=/srv/notifier/venv/bin/python -m notifier.worker
Restart=always

[Install]
WantedBy=multi-user.target
''', "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

# ---------------------------------------------------------------- more configs and kinds -------
_p = human_pw(80700)
S("dynaconf-secrets-toml", "database-password", "services/catalog-api/.secrets.toml", T('''[default]
dynaconf_merge = true

[production]
database_password = "<<p>>"
algolia_app_id = "H7K2P9QZ1L"

[development]
database_password = "dev"
''', p=_p), _p, "https://www.dynaconf.com/secrets/")

_p = hexs(80701, 32)
S("dynaconf-settings-toml", "algolia-admin-key", "services/catalog-api/settings.toml", T('''[default]
page_size = 48
search_provider = "algolia"
algolia_app_id = "H7K2P9QZ1L"
algolia_search_key = "@format {env[ALGOLIA_SEARCH_KEY]}"

[production]
algolia_admin_key = "<<k>>"
reindex_batch = 1000
''', k=_p), _p, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")

_p = fakes.password(80702)
S("streamlit-secrets", "snowflake-password", "ml/apps/forecast-explorer/.streamlit/secrets.toml", T('''[connections.snowflake]
account = "xy12345.eu-west-1"
user = "FORECAST_APP"
password = "<<p>>"
role = "ANALYST"
warehouse = "REPORTING"
database = "ANALYTICS"
schema = "FORECASTS"
''', p=_p), _p, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

D("streamlit-config", "theme-and-server", "ml/apps/forecast-explorer/.streamlit/config.toml", '''[server]
headless = true
port = 8501
enableCORS = false
cookieSecret = ""  # set by STREAMLIT_SERVER_COOKIE_SECRET in the deployment

[theme]
primaryColor = "#E4572E"
base = "light"
font = "sans serif"
''', "https://docs.streamlit.io/develop/api-reference/configuration/config.toml")

_p = human_pw(80703)
S("hydra-yaml", "db-password", "ml/training/conf/db/warehouse.yaml", T('''# @package db
driver: postgresql+psycopg2
host: warehouse.prod.internal
port: 5432
user: ml_features
password: <<p>>
database: features
pool_size: 4
''', p=_p), _p, "https://hydra.cc/docs/tutorials/basic/your_first_app/config_groups/")

D("hydra-yaml", "oc-env-resolver", "ml/training/conf/db/warehouse_env.yaml", '''# @package db
driver: postgresql+psycopg2
host: ${oc.env:FEATURES_DB_HOST,warehouse.prod.internal}
port: 5432
user: ${oc.env:FEATURES_DB_USER}
password: ${oc.env:FEATURES_DB_PASSWORD}
database: features
pool_size: 4
''', "https://omegaconf.readthedocs.io/en/latest/custom_resolvers.html#oc-env")

D("hf-config-json", "tokenizer-config", "ml/serving/ranker/model/tokenizer_config.json", '''{
  "add_prefix_space": false,
  "bos_token": "<s>",
  "eos_token": "</s>",
  "pad_token": "<pad>",
  "unk_token": "<unk>",
  "model_max_length": 512,
  "tokenizer_class": "XLMRobertaTokenizer",
  "clean_up_tokenization_spaces": true,
  "sp_model_kwargs": {}
}
''', "https://huggingface.co/docs/transformers/main_classes/tokenizer")

_p = "mongodb+srv://catalog_app:" + fakes.password(80704) + "@catalog.x7k2p.mongodb.net/catalog?retryWrites=true&w=majority"
S("python-module", "mongodb-srv-uri", "services/catalog-api/catalog/db.py", T('''from motor.motor_asyncio import AsyncIOMotorClient

MONGO_URI = "<<u>>"

client = AsyncIOMotorClient(MONGO_URI, serverSelectionTimeoutMS=5000)
db = client.get_default_database()
products = db["products"]


async def ensure_indexes() -> None:
    await products.create_index("sku", unique=True)
''', u=_p), fakes.password(80704), "https://www.mongodb.com/docs/manual/reference/connection-string/")

_p = fakes.password(80705)
S("python-module", "amqp-url", "services/storefront/storefront/events/publisher.py", T('''import json

import pika

PARAMS = pika.URLParameters("amqps://storefront:<<p>>@rabbit.prod.internal:5671/%2Fstorefront")
EXCHANGE = "storefront.events"


def publish(routing_key: str, payload: dict) -> None:
    with pika.BlockingConnection(PARAMS) as conn:
        ch = conn.channel()
        ch.basic_publish(EXCHANGE, routing_key, json.dumps(payload).encode())
''', p=_p), _p, "https://pika.readthedocs.io/en/stable/modules/parameters.html#urlparameters")

_p = human_pw(80706)
S("python-module", "elasticsearch-basic-auth", "services/catalog-api/catalog/search.py", T('''from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://search.prod.internal:9200",
    basic_auth=("catalog_writer", "<<p>>"),
    ca_certs="/etc/ssl/certs/acme-internal-ca.pem",
    request_timeout=10,
)


def index_product(doc: dict) -> None:
    es.index(index="products-v7", id=doc["sku"], document=doc)
''', p=_p), _p, "https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/connecting.html")

_p = "shpat_" + hexs(80707, 32)
S("python-module", "shopify-admin-token", "services/storefront/storefront/integrations/shopify_sync.py", T('''"""Nightly sync of the legacy Shopify store's inventory into the catalog."""
import httpx

SHOP = "acme-outlet.myshopify.com"
API_VERSION = "2024-07"
HEADERS = {"X-Shopify-Access-Token": "<<t>>", "Content-Type": "application/json"}


def inventory_levels(location_id: int) -> list:
    url = f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels.json"
    return httpx.get(url, headers=HEADERS, params={"location_ids": location_id}).json()["inventory_levels"]
''', t=_p), _p, "https://shopify.dev/docs/api/admin-rest#authentication")

_p = "dop_v1_" + hexs(80708, 64)
S("yaml-config", "digitalocean-token", "infra/legacy/doctl-config.yaml", T('''access-token: <<t>>
context: default
output: text
auth-contexts:
  staging: ""
apps:
  dev:
    config: ""
''', t=_p), _p, "https://docs.digitalocean.com/reference/doctl/how-to/install/")

_p = rs(80709, 40, ALNUM + "_-")
S("terraform", "cloudflare-api-token", "infra/terraform/envs/prod/cloudflare.tf", T('''provider "cloudflare" {
  api_token = "<<t>>"
}

resource "cloudflare_record" "shop" {
  zone_id = "0da42c8d2132a9ddaf714f9e7c920711"
  name    = "shop"
  content = "storefront-alb-123456789.eu-west-1.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
''', t=_p), _p, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs")

D("terraform", "sensitive-variable", "infra/terraform/envs/prod/variables.tf", '''variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Set TF_VAR_cloudflare_api_token from 1Password (Infra / Cloudflare)."
}

variable "db_master_password" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type    = string
  default = "0da42c8d2132a9ddaf714f9e7c920711"
}
''', "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

_p = "GOCSPX-" + rs(80710, 28, ALNUM + "-_")
S("python-module", "google-oauth-client-secret", "services/storefront/storefront/settings/social_auth.py", T('''SOCIALACCOUNT_PROVIDERS = {
    "google": {
        "APP": {
            "client_id": "481927365012-3k9q2m1p0a7z5w8x4c6v8b0n2m4l6k8j.apps.googleusercontent.com",
            "secret": "<<s>>",
            "key": "",
        },
        "SCOPE": ["profile", "email"],
        "AUTH_PARAMS": {"access_type": "online"},
    }
}
''', s=_p), _p, "https://docs.allauth.org/en/latest/socialaccount/providers/google.html")

_p = rs(80711, 34, ALNUM + "~._-")
S("terraform-tfvars", "azure-client-secret", "infra/terraform/envs/azure-ml/terraform.tfvars", T('''subscription_id = "7c3e2a1b-9d8f-4e6a-b5c4-3d2e1f0a9b8c"
tenant_id       = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
client_id       = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
client_secret   = "<<s>>"
location        = "westeurope"
workspace_name  = "acme-ml-weu"
''', s=_p), _p, "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret")

D("terraform-tfvars", "ids-only", "infra/terraform/envs/azure-ml/backend.tfvars", '''resource_group_name  = "rg-tfstate-weu"
storage_account_name = "acmetfstateweu"
container_name       = "tfstate"
key                  = "azure-ml.terraform.tfstate"
subscription_id      = "7c3e2a1b-9d8f-4e6a-b5c4-3d2e1f0a9b8c"
tenant_id            = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
use_azuread_auth     = true
''', "https://developer.hashicorp.com/terraform/language/settings/backends/azurerm")

_p = "dckr_pat_" + rs(80712, 27, ALNUM + "-_")
S("github-actions", "docker-login-password-inline", ".github/workflows/images.yml", T('''name: images
on:
  push:
    branches: [main]
    paths: ["sidecars/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: acmeretailci
          password: <<t>>
      - uses: docker/build-push-action@v6
        with:
          context: sidecars/alert-relay
          push: true
          tags: acmeretail/alert-relay:${{ github.sha }}
''', t=_p), _p, "https://github.com/docker/login-action#docker-hub")

_p = hexs(80713, 40)
S("circleci-config", "sonar-token-env", ".circleci/config.yml", T('''version: 2.1

jobs:
  sonar:
    docker:
      - image: sonarsource/sonar-scanner-cli:5
    environment:
      SONAR_HOST_URL: https://sonar.acmeretail.io
      SONAR_TOKEN: squ_<<t>>
    steps:
      - checkout
      - run: sonar-scanner -Dsonar.projectKey=acme-monorepo

workflows:
  quality:
    jobs: [sonar]
''', t=_p), "squ_" + _p, "https://docs.sonarsource.com/sonarqube/latest/user-guide/user-account/generating-and-using-tokens/")

D("pre-commit-config", "pinned-revs", ".pre-commit-config.yaml", '''repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: 8983acb92ee4b01924893632cf90af926fa608f0  # frozen: v0.7.0
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: cef0300fd0fc4d2a87a85fa2093c6b283ea36f4b  # frozen: v5.0.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
''', "https://pre-commit.com/#pre-commit-configyaml---repos")

D("requirements-txt", "hash-pinned", "services/billing-api/requirements.txt", '''# This file is autogenerated by pip-compile with Python 3.11
fastapi==0.115.2 \\
    --hash=sha256:3995739e0b09fa12f984bce8fa9ae197b35d433750d3d312422d846e283697ee \\
    --hash=sha256:3e90c4a7c59ea0b1a35f3e1fdc1f2d9d23c6d2bf2f49b1e6a8f2c3d4e5f6a7b8
    # via -r requirements.in
stripe==10.12.0 \\
    --hash=sha256:0c3a9b2f7e0e4d1c5b8a6f3e2d1c0b9a8f7e6d5c4b3a29180716f5e4d3c2b1a0 \\
    --hash=sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a00c3a9b2f7e0e4d1c5b8a6f3e2d1c0b9a
    # via -r requirements.in
''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

_p = fakes.password(80714)
S("requirements-txt", "index-url-credentials", "ml/training/requirements.txt", T('''--index-url https://ml-reader:<<p>>@pypi.internal.acmeretail.io/simple/
--extra-index-url https://download.pytorch.org/whl/cu121
torch==2.4.1
transformers==4.45.2
datasets==3.0.1
wandb==0.18.3
mlflow==2.17.0
acme-features==1.9.0
''', p=_p), _p, "https://pip.pypa.io/en/stable/reference/requirements-file-format/#global-options")

D("dvc-file", "md5-checksums", "ml/data/clicks-2024-10.parquet.dvc", '''outs:
- md5: 4d7a8c3f9e2b1a0d5c6e7f8091a2b3c4.dir
  size: 1117052032
  nfiles: 31
  hash: md5
  path: clicks-2024-10.parquet
  remote: lake
''', "https://dvc.org/doc/user-guide/project-structure/dvc-files")

D("k8s-manifest", "external-secret", "infra/k8s/notifier/external-secret.yaml", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: notifier
  namespace: notifier
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: notifier-env
  data:
    - secretKey: TELEGRAM_BOT_TOKEN
      remoteRef:
        key: kv/notifier/telegram
        property: token
''', "https://external-secrets.io/latest/api/externalsecret/")

_p = fakes.telegram_token(80715)
S("kustomization", "secret-generator-literal", "infra/k8s/notifier/overlays/prod/kustomization.yaml", T('''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: notifier
resources:
  - ../../base
secretGenerator:
  - name: notifier-env
    literals:
      - TELEGRAM_BOT_TOKEN=<<t>>
      - TELEGRAM_ALERT_CHAT=-1001876543210
images:
  - name: notifier
    newTag: "2024.11.3"
''', t=_p), _p, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

_p = human_pw(80716)
S("supervisord-conf", "environment-password", "infra/legacy/supervisord.conf", T('''[supervisord]
nodaemon=true
logfile=/var/log/supervisord.log

[program:importer]
command=/srv/importer/venv/bin/python -m importer.run
directory=/srv/importer
environment=IMPORTER_DB_USER="importer",IMPORTER_DB_PASSWORD="<<p>>",PYTHONUNBUFFERED="1"
autorestart=true
stdout_logfile=/var/log/importer.log
''', p=_p.replace("%", "")), _p.replace("%", ""), "http://supervisord.org/configuration.html#program-x-section-values")

_p = fakes.password(80717)
S("crontab", "mysql-password-on-command-line", "infra/legacy/crontab", T('''SHELL=/bin/bash
MAILTO=oncall@acmeretail.io
# m h dom mon dow command
15 2 * * * mysqldump -h 10.20.4.11 -u backup -p<<p>> legacy_admin | gzip > /backups/legacy_admin_$(date +\\%F).sql.gz
0 4 * * 0 find /backups -name '*.sql.gz' -mtime +30 -delete
*/5 * * * * /srv/importer/venv/bin/python -m importer.healthcheck
''', p=_p), _p, "https://man7.org/linux/man-pages/man5/crontab.5.html")

_p = human_pw(80718)
S("odbc-ini", "sql-server-password", "infra/windows/reporting/odbc.ini", T('''[ODBC Data Sources]
LegacyERP = ODBC Driver 18 for SQL Server

[LegacyERP]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:erp-sql01.corp.acmeretail.io,1433
Database = ERP_PROD
UID = svc_reporting
PWD = <<p>>
Encrypt = yes
TrustServerCertificate = no
''', p=_p), _p, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

_p = fakes.password(80719)
S("python-module", "pyodbc-connection-string", "data/ingest/erp/extract.py", T('''import pandas as pd
import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=tcp:erp-sql01.corp.acmeretail.io,1433;"
    "DATABASE=ERP_PROD;UID=svc_reporting;"
    "PWD=<<p>>;Encrypt=yes"
)


def extract(table: str) -> pd.DataFrame:
    with pyodbc.connect(CONN_STR) as conn:
        return pd.read_sql(f"SELECT * FROM dbo.{table}", conn)
''', p=_p), _p, "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows")

D("python-module", "redaction-patterns", "libs/acme-common/src/acme_common/logging/redact.py", '''"""Scrubs credentials from log records before they leave the process."""
import re

PATTERNS = [
    re.compile(r"(?i)(password|passwd|pwd)=([^&\\s;]+)"),
    re.compile(r"://([^:/\\s]+):([^@/\\s]+)@"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"\\d{8,10}:AA[0-9A-Za-z_-]{33}"),
    re.compile(r"pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_-]{50,}"),
]


def redact(message: str) -> str:
    for pattern in PATTERNS:
        message = pattern.sub("[REDACTED]", message)
    return message
''', "https://docs.python.org/3/library/re.html")

D("python-module", "password-validators", "services/storefront/storefront/settings/auth.py", '''AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_AGE = 1209600
''', "https://docs.djangoproject.com/en/stable/topics/auth/passwords/#enabling-password-validation")

# ---------------------------------------------------------------- odd carriers -----------------
_p = fakes.redis_password(80800)
S("python-module", "base64-literal-decoded", "services/storefront/storefront/integrations/legacy_cache.py", T('''import base64

import redis

# ops asked us not to keep it in plain text
_PW = base64.b64decode("<<b>>").decode()

legacy = redis.Redis(host="legacy-cache.prod.internal", port=6379, password=_PW, db=2)


def get_legacy_cart(user_id: int):
    return legacy.hgetall(f"cart:{user_id}")
''', b=b64(_p)), _p, "https://docs.python.org/3/library/base64.html")

_p = fakes.redis_password(80801)
S("k8s-secret", "redis-password-base64", "infra/k8s/storefront/redis-secret.yaml", T('''apiVersion: v1
kind: Secret
metadata:
  name: storefront-redis
  namespace: storefront
  annotations:
    meta.helm.sh/release-name: storefront
type: Opaque
data:
  redis-password: <<b>>
''', b=b64(_p)), _p, "https://kubernetes.io/docs/concepts/configuration/secret/")

_p = fakes.password(80802)
S("pg-service-conf", "service-password", "data/warehouse/pg_service.conf", T('''# libpq service file; use with `psql service=analytics`
[analytics]
host=warehouse.prod.internal
port=5432
dbname=analytics
user=analyst_ro
password=<<p>>
sslmode=require
''', p=_p), _p, "https://www.postgresql.org/docs/current/libpq-pgservice.html")

_p = human_pw(80803)
S("python-module", "sqlalchemy-url-create", "data/ingest/crm/engine.py", T('''from sqlalchemy import create_engine
from sqlalchemy.engine import URL

url = URL.create(
    drivername="postgresql+psycopg2",
    username="crm_ingest",
    password="<<p>>",
    host="crm-replica.prod.internal",
    port=5432,
    database="crm",
)
engine = create_engine(url, pool_pre_ping=True, pool_size=5)
''', p=_p), _p, "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically")

_p = fakes.github_token(80804)
S("har", "github-bearer-in-request", "tools/acmectl/tests/data/github-rate-limit.har", T('''{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "131.0"},
    "entries": [
      {
        "startedDateTime": "2024-10-21T08:14:02.117Z",
        "request": {
          "method": "GET",
          "url": "https://api.github.com/repos/acme-retail/monorepo/pulls?state=closed",
          "headers": [
            {"name": "Accept", "value": "application/vnd.github+json"},
            {"name": "Authorization", "value": "Bearer <<t>>"}
          ]
        },
        "response": {"status": 403, "statusText": "rate limit exceeded"}
      }
    ]
  }
}
''', t=_p), _p, "http://www.softwareishard.com/blog/har-12-spec/")

_t = fakes.telegram_token(80805)
S("postman-environment", "telegram-token", "tools/postman/notifier.postman_environment.json", T('''{
  "id": "5b0c6f1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f",
  "name": "notifier prod",
  "values": [
    {"key": "baseUrl", "value": "https://api.telegram.org", "type": "default", "enabled": true},
    {"key": "botToken", "value": "<<t>>", "type": "secret", "enabled": true},
    {"key": "chatId", "value": "-1001876543210", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-10-09T13:37:41.220Z",
  "_postman_exported_using": "Postman/11.15.0"
}
''', t=_t), _t, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

D("postman-environment", "empty-current-values", "tools/postman/billing.postman_environment.json", '''{
  "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
  "name": "billing staging",
  "values": [
    {"key": "baseUrl", "value": "https://billing.staging.acmeretail.io", "type": "default", "enabled": true},
    {"key": "apiToken", "value": "", "type": "secret", "enabled": true},
    {"key": "customerId", "value": "cus_QaBcDeFgHiJkLm", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.15.0"
}
''', "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

_p = human_pw(80806)
S("vscode-launch", "env-database-url", ".vscode/launch.json", T('''{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "billing-api (staging db)",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["app.main:app", "--reload", "--port", "8001"],
      "cwd": "${workspaceFolder}/services/billing-api",
      "env": {
        "DATABASE_URL": "postgresql+asyncpg://billing_app:<<p>>@billing-db.staging.internal:5432/billing",
        "LOG_LEVEL": "debug"
      }
    }
  ]
}
''', p=_p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P").replace("$", "S")), _p.replace("@", "A").replace("#", "H").replace("?", "Q").replace("%", "P").replace("$", "S"), "https://code.visualstudio.com/docs/python/debugging#_env")

D("vscode-settings", "envfile-reference", ".vscode/settings.json", '''{
  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
  "python.envFile": "${workspaceFolder}/.env",
  "python.testing.pytestEnabled": true,
  "editor.formatOnSave": true,
  "[python]": {"editor.defaultFormatter": "charliermarsh.ruff"},
  "files.exclude": {"**/__pycache__": true}
}
''', "https://code.visualstudio.com/docs/python/environments#_environment-variable-definitions-file")

_p = fakes.redis_password(80807)
S("pycharm-run-config", "redis-password-env", ".idea/runConfigurations/celery_worker.xml", T('''<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="celery worker" type="PythonConfigurationType" factoryName="Python">
    <module name="storefront" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="DJANGO_SETTINGS_MODULE" value="storefront.settings.staging" />
      <env name="REDIS_PASSWORD" value="<<p>>" />
    </envs>
    <option name="SCRIPT_NAME" value="celery" />
    <option name="MODULE_MODE" value="true" />
    <option name="PARAMETERS" value="-A storefront worker -l info" />
  </configuration>
</component>
''', p=_p), _p, "https://www.jetbrains.com/help/pycharm/run-debug-configuration-python.html")

_p = hexs(80808, 48)
S("jupyter-server-config", "server-token", "ml/jupyterhub/jupyter_server_config.py", T('''# Shared GPU box for the research team
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "<<t>>"
c.ServerApp.root_dir = "/data/notebooks"
c.FileContentsManager.delete_to_trash = False
''', t=_p), _p, "https://jupyter-server.readthedocs.io/en/latest/operators/security.html")

D("jupyterhub-config", "hashed-password", "ml/jupyterhub/jupyter_server_config_local.py", '''c = get_config()  # noqa: F821

c.ServerApp.ip = "127.0.0.1"
c.ServerApp.port = 8888
# argon2 hash produced by `jupyter server password`
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$GpBqY1c8xY7f0m2K3lN4oQ$Lx8mN7bV6cX5zA4sD3fG2hJ1kL0pO9iU8yT7rE6wQ5a"
c.ServerApp.open_browser = False
''', "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html#preparing-a-hashed-password")

_p = human_pw(80809)
S("locustfile", "staging-basic-auth", "tests/load/locustfile.py", T('''from locust import HttpUser, between, task


class Shopper(HttpUser):
    wait_time = between(1, 3)
    host = "https://staging-shop.acmeretail.io"

    def on_start(self):
        # staging is behind basic auth
        self.client.auth = ("loadtest", "<<p>>")

    @task(3)
    def browse(self):
        self.client.get("/c/shoes")

    @task
    def cart(self):
        self.client.post("/cart/add", json={"sku": "SKU-1001", "qty": 1})
''', p=_p), _p, "https://docs.locust.io/en/stable/writing-a-locustfile.html")

_p = "GOCSPX-" + rs(80810, 28, ALNUM + "-_")
S("airflow-webserver-config", "oauth-client-secret", "data/airflow/config/webserver_config.py", T('''from flask_appbuilder.security.manager import AUTH_OAUTH

AUTH_TYPE = AUTH_OAUTH
AUTH_USER_REGISTRATION = True
AUTH_USER_REGISTRATION_ROLE = "Viewer"
OAUTH_PROVIDERS = [{
    "name": "google",
    "icon": "fa-google",
    "token_key": "access_token",
    "remote_app": {
        "client_id": "481927365012-8b0n2m4l6k8j3k9q2m1p0a7z5w8x4c6v.apps.googleusercontent.com",
        "client_secret": "<<s>>",
        "api_base_url": "https://www.googleapis.com/oauth2/v2/",
        "client_kwargs": {"scope": "email profile"},
        "access_token_url": "https://accounts.google.com/o/oauth2/token",
        "authorize_url": "https://accounts.google.com/o/oauth2/auth",
    },
}]
''', s=_p), _p, "https://airflow.apache.org/docs/apache-airflow-providers-fab/stable/auth-manager/webserver-authentication.html")

D("lambda-env-json", "kms-ciphertext", "infra/lambda/order-webhook/env.prod.json", T('''{
  "Variables": {
    "STAGE": "prod",
    "ORDERS_TABLE": "orders-prod",
    "STRIPE_API_KEY_ENCRYPTED": "AQICAHh<<c>>",
    "KMS_KEY_ARN": "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
  }
}
''', c=rs(80811, 220, ALNUM + "+/") + "=="), "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html")

_p = fakes.aws_secret_key(80812)
S("serverless-yml", "aws-keys-in-provider-env", "infra/lambda/order-webhook/serverless.yml", T('''service: order-webhook
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: eu-west-1
  environment:
    ORDERS_TABLE: orders-${sls:stage}
    EXPORT_AWS_ACCESS_KEY_ID: <<i>>
    EXPORT_AWS_SECRET_ACCESS_KEY: <<s>>

functions:
  webhook:
    handler: handler.main
    events:
      - httpApi: POST /webhook
''', i=fakes.aws_key_id(80812), s=_p), _p, "https://www.serverless.com/framework/docs/providers/aws/guide/variables")

D("github-actions", "oidc-role-assume", ".github/workflows/deploy-lambda.yml", '''name: deploy order-webhook
on:
  push:
    branches: [main]
    paths: ["infra/lambda/order-webhook/**"]
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
          role-to-assume: arn:aws:iam::123456789012:role/gha-order-webhook-deploy
          aws-region: eu-west-1
      - run: npx serverless deploy --stage prod
        working-directory: infra/lambda/order-webhook
''', "https://github.com/aws-actions/configure-aws-credentials#oidc")

D("helm-values", "image-digests", "infra/helm/notifier/values-prod.yaml", '''image:
  repository: registry.acmeretail.io/notifier
  digest: sha256:6c3c624b58dbbcd3c0dd82b4c53f04194d1247c6eebdaab7c610cf7d66709b3b

sidecars:
  alertRelay:
    image: registry.acmeretail.io/alert-relay@sha256:2f5a7e3c9b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a

envFrom:
  - secretRef:
      name: notifier-env

podAnnotations:
  checksum/config: 8f14e45fceea167a5a36dedd4bea2543
''', "https://helm.sh/docs/howto/charts_tips_and_tricks/#automatically-roll-deployments")

D("python-module", "telegram-ids-only", "services/notifier/notifier/channels/routing.py", '''"""Which Telegram chat gets which alert. Bot token is injected, never here."""

CHATS = {
    "deploys": -1001876543210,
    "incidents": -1001765432109,
    "data-quality": -1001654321098,
}
BOT_USERNAME = "acme_deploys_bot"
BOT_ID = 7012345678  # public: shown in the bot's profile


def chat_for(kind: str) -> int:
    return CHATS.get(kind, CHATS["incidents"])
''', "https://core.telegram.org/bots/api#chat")

_p = "pul-" + hexs(80813, 40)
S("makefile", "pulumi-token-export", "infra/pulumi/Makefile", T('''STACK ?= acme/network/prod
export PULUMI_ACCESS_TOKEN := <<t>>

.PHONY: preview up

preview:
	pulumi preview --stack $(STACK) --diff

up:
	pulumi up --stack $(STACK) --yes
''', t=_p), _p, "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/")

D("makefile", "op-read-at-runtime", "infra/terraform/Makefile", '''ENV ?= sandbox

.PHONY: plan apply

plan:
	TF_VAR_cloudflare_api_token="$$(op read 'op://Infra/Cloudflare/api-token')" \\
	  terraform -chdir=envs/$(ENV) plan -out=tfplan

apply:
	terraform -chdir=envs/$(ENV) apply tfplan
''', "https://developer.1password.com/docs/cli/secret-references/")

_p = "glsa_" + rs(80814, 32) + "_" + hexs(80815, 8)
S("python-script", "grafana-service-account-token", "scripts/oncall/annotate_deploy.py", T('''"""Adds a deploy annotation to the storefront dashboard."""
import sys
import time

import requests

GRAFANA = "https://grafana.acmeretail.io"
TOKEN = "<<t>>"


def annotate(text: str) -> None:
    requests.post(f"{GRAFANA}/api/annotations", headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"dashboardUID": "storefront", "time": int(time.time() * 1000), "tags": ["deploy"], "text": text},
                  timeout=10).raise_for_status()


if __name__ == "__main__":
    annotate(" ".join(sys.argv[1:]))
''', t=_p), _p, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

_p = "lin_api_" + rs(80816, 40)
S("github-actions", "linear-key-in-run-step", ".github/workflows/link-issues.yml", T('''name: link linear issues
on:
  pull_request:
    types: [opened]
jobs:
  link:
    runs-on: ubuntu-latest
    steps:
      - name: comment linear issue
        run: |
          curl -s https://api.linear.app/graphql \\
            -H "Authorization: <<t>>" \\
            -H "Content-Type: application/json" \\
            -d '{"query":"{ viewer { id } }"}'
''', t=_p), _p, "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys")

_p = fakes.password(80817)
S("setup-cfg", "distutils-upload-password", "libs/legacy-utils/setup.cfg", T('''[metadata]
name = acme-legacy-utils
version = 0.9.4

[options]
packages = find:
python_requires = >=3.8

[upload]
repository = https://pypi.internal.acmeretail.io/legacy/
username = release-bot
password = <<p>>
''', p=_p), _p, "https://docs.python.org/3.11/distutils/uploading.html")

D("sphinx-conf", "intersphinx-and-analytics", "docs/conf.py", '''project = "Acme Engineering Handbook"
author = "Platform team"
extensions = ["sphinx.ext.intersphinx", "myst_parser", "sphinxext.opengraph"]
html_theme = "furo"
html_theme_options = {"source_repository": "https://github.com/acme-retail/monorepo/", "source_branch": "main"}
googleanalytics_id = "G-7XK2P9QZ1L"
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
ogp_site_url = "https://handbook.acmeretail.io/"
''', "https://www.sphinx-doc.org/en/master/usage/configuration.html")

_p = fakes.aws_key_id(80818)
_s = fakes.aws_secret_key(80818)
S("python-module", "aws-secret-in-session-kwargs", "ml/training/trainer/s3_io.py", T('''import boto3

_CREDS = {
    "aws_access_key_id": "<<i>>",
    "aws_secret_access_key": "<<s>>",
    "region_name": "eu-west-1",
}
session = boto3.Session(**_CREDS)
s3 = session.client("s3")


def fetch(bucket: str, key: str, dest: str) -> None:
    s3.download_file(bucket, key, dest)
''', i=_p, s=_s), _s, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/core/session.html")
