"""Blind set E: files that end up inside released Python packages (sdists and wheels).

Package modules, build metadata, docs, notebooks, package data, framework configs, test helpers and
shell scripts, each whole as a project ships it. Generated fakes only (seeds 70000-74999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS = iter(range(70000, 75000))

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
WORDS = ["maple", "harbor", "falcon", "copper", "meadow", "tundra", "velvet", "orchid", "granite", "lantern",
         "saffron", "willow", "cobalt", "pepper", "summit", "quartz", "juniper", "ember", "glacier", "raven",
         "thistle", "walnut", "sparrow", "indigo", "canyon", "biscuit", "marble", "nectar", "pylon", "zephyr"]


def seed() -> int:
    return next(_SEEDS)


def seed2() -> int:
    """A seed for the fakes that also use seed + 1."""
    first = seed()
    seed()
    return first


def rng() -> random.Random:
    return random.Random(seed())


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-e/" + category, file_name, text, secret, source))


# ---- credentials of other kinds (seeded, never issued) ---------------------------------------
def human_password(url: bool = False) -> str:
    """Two words, a symbol and digits; in a URL's userinfo only symbols that need no escaping."""
    r = rng()
    return r.choice(WORDS).capitalize() + r.choice("!*" if url else "!#*") + r.choice(WORDS).capitalize() + str(r.randint(10, 9999))


def passphrase() -> str:
    r = rng()
    return "-".join(r.choice(WORDS) for _ in range(4)) + str(r.randint(2, 99))


def random_password(n: int = 24) -> str:
    return rs(rng(), ALNUM, n)


def stripe_secret(prefix: str = "sk_live_") -> str:
    r = rng()
    return prefix + "51" + rs(r, ALNUM, 97)


def stripe_short(prefix: str = "rk_live_") -> str:
    return prefix + rs(rng(), ALNUM, 24)


def slack_bot() -> str:
    r = rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-{rs(r, ALNUM, 24)}"


def slack_webhook() -> str:
    r = rng()
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{rs(r, up, 8)}/B{rs(r, up, 10)}/{rs(r, ALNUM, 24)}"


def sendgrid() -> str:
    r = rng()
    return "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)


def hexkey(n: int = 32) -> str:
    return rs(rng(), HEX, n)


def gitlab() -> str:
    return "glpat-" + rs(rng(), URLSAFE, 20)


def npm_token() -> str:
    return "npm_" + rs(rng(), ALNUM, 36)


def google_key() -> str:
    return "AIza" + rs(rng(), URLSAFE, 35)


def anthropic_key() -> str:
    r = rng()
    return "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"


def hf_token() -> str:
    return "hf_" + rs(rng(), string.ascii_letters, 34)


def docker_pat() -> str:
    return "dckr_pat_" + rs(rng(), URLSAFE, 27)


def do_token() -> str:
    return "dop_v1_" + rs(rng(), HEX, 64)


def shopify() -> str:
    return "shpat_" + rs(rng(), HEX, 32)


def vault_token() -> str:
    return "hvs." + rs(rng(), ALNUM, 24)


def azure_account_key() -> str:
    r = rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def fernet_key() -> str:
    r = rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def discord_webhook() -> str:
    r = rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{rs(r, URLSAFE, 68)}"


def flask_secret() -> str:
    r = rng()
    return bytes(r.getrandbits(8) for _ in range(24)).hex()


# ---- decoy material ------------------------------------------------------------------------
def sha256() -> str:
    return hexkey(64)


def git_sha() -> str:
    return hexkey(40)


def a_uuid() -> str:
    return str(uuid.UUID(int=rng().getrandbits(128), version=4))


def b64url_digest() -> str:
    r = rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")


def bcrypt_hash() -> str:
    return "$2b$12$" + rs(rng(), ALNUM + "./", 53)


def pbkdf2_hash() -> str:
    r = rng()
    salt = rs(r, ALNUM, 22)
    digest = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    return f"pbkdf2_sha256$600000${salt}${digest}"


def ssh_public() -> str:
    r = rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, ALNUM + "+/", 43) + " deploy@ci"


def certificate() -> str:
    r = rng()
    body = "\n".join(rs(r, ALNUM + "+/", 64) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + rs(r, ALNUM, 60) + "\n" + body + "\n-----END CERTIFICATE-----"


def vault_ciphertext(indent: str = "") -> str:
    r = rng()
    lines = [rs(r, HEX, 80) for _ in range(5)]
    return ("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(indent + ln for ln in lines))


def sops_value() -> str:
    r = rng()
    return (f"ENC[AES256_GCM,data:{rs(r, ALNUM + '+/', 32)}=,iv:{rs(r, ALNUM + '+/', 43)}=,"
            f"tag:{rs(r, ALNUM + '+/', 22)}==,type:str]")


def png_base64() -> str:
    r = rng()
    return "iVBORw0KGgoAAAANSUhEUgAA" + rs(r, ALNUM + "+/", 180) + "AAAAAElFTkSuQmCC"


def sri_hash() -> str:
    r = rng()
    return "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


# =============================================================================================
# Package modules
# =============================================================================================
DJ = "https://docs.djangoproject.com/en/5.0/ref/settings/"

s = fakes.django_secret_key(seed())
add("django-settings/django-secret-key", "src/shopfront/settings/production.py", f'''"""Production settings for shopfront."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

SECRET_KEY = "{s}"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

STATIC_ROOT = "/srv/shopfront/static"
''', s, DJ)

p = human_password()
add("django-settings/database-password", "src/ledgerly/settings.py", f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "ledgerly.core",
]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ledgerly",
        "USER": "ledgerly_app",
        "PASSWORD": "{p}",
        "HOST": "pg-main.internal.ledgerly.io",
        "PORT": "5432",
    }}
}}

TIME_ZONE = "Europe/Berlin"
USE_TZ = True
''', p, DJ)

add("django-settings/decoy-env-references", "src/ledgerly/settings_prod.py", '''import os

import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY")
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="ledgerly-media")
''', None, "https://django-environ.readthedocs.io/en/latest/quickstart.html")

r = fakes.redis_password(seed())
add("django-settings/redis-url-password", "src/ledgerly/settings/cache.py", f'''CACHES = {{
    "default": {{
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:{r}@cache-01.ledgerly.internal:6379/1",
        "OPTIONS": {{
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 5,
        }},
        "KEY_PREFIX": "ledgerly",
    }}
}}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
''', r, "https://github.com/jazzband/django-redis#configure-as-cache-backend")

r = fakes.redis_password(seed())
add("python-module/redis-client-password", "src/queuekit/connection.py", f'''"""Shared Redis connection for queuekit workers."""
from functools import lru_cache

import redis

REDIS_HOST = "redis-queue.prod.queuekit.net"
REDIS_PORT = 6380


@lru_cache(maxsize=1)
def get_redis() -> redis.Redis:
    return redis.Redis(
        host=REDIS_HOST,
        port=REDIS_PORT,
        password="{r}",
        ssl=True,
        decode_responses=True,
        health_check_interval=30,
    )
''', r, "https://redis-py.readthedocs.io/en/stable/connections.html")

add("python-module/decoy-redis-from-env", "src/queuekit/redis_conn.py", '''import os

import redis


def connect() -> redis.Redis:
    """Connect using REDIS_URL, e.g. redis://:<password>@host:6379/0 (never hard-code it)."""
    url = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    return redis.Redis.from_url(url, decode_responses=True)
''', None, "https://redis-py.readthedocs.io/en/stable/connections.html")

k = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("python-module/aws-secret-access-key", "src/tilestore/storage.py", f'''import boto3

_BUCKET = "tilestore-prod-tiles"

_session = boto3.session.Session(
    aws_access_key_id="{k}",
    aws_secret_access_key="{sk}",
    region_name="eu-west-1",
)
s3 = _session.client("s3")


def put_tile(z: int, x: int, y: int, data: bytes) -> None:
    s3.put_object(Bucket=_BUCKET, Key=f"{{z}}/{{x}}/{{y}}.png", Body=data, ContentType="image/png")
''', sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

add("python-module/decoy-aws-docs-example-keys", "src/tilestore/_docs_examples.py", '''"""Snippets rendered into the documentation. The keys are the AWS documentation examples."""

EXAMPLE_CREDENTIALS = """
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""

EXAMPLE_USAGE = """
>>> from tilestore import TileStore
>>> store = TileStore(bucket="my-bucket")
"""
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

t = fakes.telegram_token(seed())
add("python-module/telegram-bot-token", "src/alertbot/config.py", f'''"""alertbot configuration."""

BOT_TOKEN = "{t}"
CHAT_ID = -1001827364512
PARSE_MODE = "MarkdownV2"
API_BASE = "https://api.telegram.org"
POLL_TIMEOUT = 25
ALERT_LEVELS = ("critical", "error")
''', t, "https://core.telegram.org/bots/api#authorizing-your-bot")

t = fakes.telegram_token(seed())
head, tail = t[:20], t[20:]
add("python-module/telegram-token-split-literal", "src/alertbot/notify.py", f'''import httpx

# split so the linter stops complaining about long lines
_TOKEN = ("{head}"
          "{tail}")
_URL = "https://api.telegram.org/bot" + _TOKEN + "/sendMessage"


def notify(chat_id: int, text: str) -> None:
    httpx.post(_URL, json={{"chat_id": chat_id, "text": text}}, timeout=10)
''', t, "https://core.telegram.org/bots/api#sendmessage")

add("python-module/decoy-telegram-token-template", "src/alertbot/cli.py", '''import argparse
import os

HELP = "Telegram bot token, as BotFather gives it (123456789:AA...). Defaults to $ALERTBOT_TOKEN."


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="alertbot")
    parser.add_argument("--token", default=os.environ.get("ALERTBOT_TOKEN"), help=HELP)
    parser.add_argument("--chat-id", type=int, required=True)
    return parser.parse_args(argv)
''', None, "https://docs.python.org/3/library/argparse.html")

pt = fakes.pypi_token(seed())
add("python-module/pypi-token-release-helper", "src/relkit/publish.py", f'''"""Upload built distributions (used by `make release`)."""
import subprocess
import sys
from pathlib import Path

TWINE_USERNAME = "__token__"
TWINE_PASSWORD = "{pt}"


def upload(dist_dir: Path = Path("dist")) -> int:
    files = sorted(str(p) for p in dist_dir.glob("*"))
    cmd = [sys.executable, "-m", "twine", "upload", "-u", TWINE_USERNAME, "-p", TWINE_PASSWORD, *files]
    return subprocess.call(cmd)
''', pt, "https://twine.readthedocs.io/en/stable/#environment-variables")

g = fakes.github_token(seed())
add("python-module/github-token-client", "src/changelogger/github.py", f'''from __future__ import annotations

import requests

API = "https://api.github.com"
HEADERS = {{
    "Accept": "application/vnd.github+json",
    "Authorization": "Bearer {g}",
    "X-GitHub-Api-Version": "2022-11-28",
}}


def merged_pulls(repo: str, since: str) -> list[dict]:
    r = requests.get(f"{{API}}/repos/{{repo}}/pulls", params={{"state": "closed"}}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return [p for p in r.json() if p.get("merged_at") and p["merged_at"] >= since]
''', g, "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api")

g = fakes.github_fine_grained_token(seed2())
add("python-module/github-fine-grained-pat", "src/changelogger/constants.py", f'''"""Constants for changelogger."""

DEFAULT_BRANCH = "main"
LABELS = ("feature", "bugfix", "docs", "chore")
GITHUB_TOKEN = "{g}"
RELEASE_NOTE_TEMPLATE = "## {{version}} ({{date}})\\n\\n{{body}}\\n"
MAX_PULLS = 200
''', g, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

o = fakes.openai_key(seed2())
add("python-module/openai-key-client", "src/summarise/llm.py", f'''from openai import OpenAI

MODEL = "gpt-4o-mini"
client = OpenAI(api_key="{o}")


def summarise(text: str, words: int = 80) -> str:
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[
            {{"role": "system", "content": f"Summarise in at most {{words}} words."}},
            {{"role": "user", "content": text}},
        ],
    )
    return resp.choices[0].message.content
''', o, "https://platform.openai.com/docs/api-reference/authentication")

add("python-module/decoy-openai-key-from-env", "src/summarise/__init__.py", '''"""summarise: short summaries with an LLM.

Set OPENAI_API_KEY (sk-proj-...) in your environment before calling :func:`summarise`.
"""
from .llm import summarise

__all__ = ["summarise"]
__version__ = "0.4.2"
''', None, "https://platform.openai.com/docs/quickstart")

a = anthropic_key()
add("python-module/anthropic-key", "src/reviewbot/providers/anthropic.py", f'''import anthropic

_client = anthropic.Anthropic(api_key="{a}")
MODEL = "claude-3-5-sonnet-latest"


def review(diff: str) -> str:
    msg = _client.messages.create(
        model=MODEL,
        max_tokens=1024,
        messages=[{{"role": "user", "content": "Review this diff:\\n" + diff}}],
    )
    return msg.content[0].text
''', a, "https://docs.anthropic.com/en/api/getting-started")

st = stripe_secret()
add("python-module/stripe-secret-key", "src/paydesk/billing.py", f'''import stripe

stripe.api_key = "{st}"
stripe.api_version = "2024-06-20"

PRICE_MONTHLY = "price_1PqRsTuVwXyZ0123abcd"


def create_checkout(customer_id: str, success_url: str) -> str:
    session = stripe.checkout.Session.create(
        customer=customer_id,
        mode="subscription",
        line_items=[{{"price": PRICE_MONTHLY, "quantity": 1}}],
        success_url=success_url,
    )
    return session.url
''', st, "https://docs.stripe.com/keys")

pk = "pk_live_51" + rs(rng(), ALNUM, 97)
add("python-module/decoy-stripe-publishable-key", "src/paydesk/frontend.py", f'''"""Values rendered into the checkout page template. Publishable keys are meant for the browser."""

STRIPE_PUBLISHABLE_KEY = "{pk}"
CHECKOUT_LOCALE = "auto"
BRAND_COLOR = "#4f46e5"


def context() -> dict:
    return {{"stripe_pk": STRIPE_PUBLISHABLE_KEY, "locale": CHECKOUT_LOCALE, "color": BRAND_COLOR}}
''', None, "https://docs.stripe.com/keys#obtain-api-keys")

sw = slack_webhook()
add("python-module/slack-webhook-url", "src/deploywatch/hooks.py", f'''import json
import urllib.request

SLACK_WEBHOOK = "{sw}"


def post(text: str) -> None:
    body = json.dumps({{"text": text}}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK, data=body, headers={{"Content-Type": "application/json"}})
    urllib.request.urlopen(req, timeout=5)
''', sw, "https://api.slack.com/messaging/webhooks")

sb = slack_bot()
add("python-module/slack-bot-token", "src/deploywatch/slack_client.py", f'''from slack_sdk import WebClient

CHANNEL = "#deploys"
client = WebClient(token="{sb}")


def announce(service: str, version: str) -> None:
    client.chat_postMessage(channel=CHANNEL, text=f":rocket: {{service}} {{version}} is live")
''', sb, "https://slack.dev/python-slack-sdk/web/index.html")

sg = sendgrid()
add("python-module/sendgrid-key", "src/mailroom/backends/sendgrid.py", f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

FROM = "noreply@mailroom.dev"
_sg = SendGridAPIClient("{sg}")


def send(to: str, subject: str, html: str) -> int:
    message = Mail(from_email=FROM, to_emails=to, subject=subject, html_content=html)
    return _sg.send(message).status_code
''', sg, "https://github.com/sendgrid/sendgrid-python#quick-start")

sid = "AC" + hexkey(32); tok = hexkey(32)
add("python-module/twilio-auth-token", "src/mailroom/backends/sms.py", f'''from twilio.rest import Client

ACCOUNT_SID = "{sid}"
AUTH_TOKEN = "{tok}"
FROM_NUMBER = "+15005550006"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_sms(to: str, body: str) -> str:
    return client.messages.create(to=to, from_=FROM_NUMBER, body=body).sid
''', tok, "https://www.twilio.com/docs/libraries/python")

dsn_p = passphrase()
add("sqlalchemy/database-url-password", "src/inventory/db.py", f'''from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = "postgresql+psycopg://inventory:{dsn_p}@db.inventory.internal:5432/inventory"

engine = create_engine(DATABASE_URL, pool_size=10, max_overflow=5, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def get_session():
    with SessionLocal() as session:
        yield session
''', dsn_p, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

mp = human_password()
add("sqlalchemy/url-create-password", "src/inventory/db_mysql.py", f'''from sqlalchemy import URL, create_engine

url = URL.create(
    "mysql+pymysql",
    username="inv_reader",
    password="{mp}",
    host="mysql-replica.inventory.internal",
    port=3306,
    database="inventory",
    query={{"charset": "utf8mb4"}},
)
engine = create_engine(url, pool_recycle=3600)
''', mp, "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically")

add("sqlalchemy/decoy-url-from-env", "src/inventory/database.py", '''import os

from sqlalchemy import create_engine

# e.g. postgresql+psycopg://user:password@localhost:5432/inventory
DATABASE_URL = os.environ["INVENTORY_DATABASE_URL"]
engine = create_engine(DATABASE_URL, echo=bool(os.environ.get("SQL_ECHO")))
''', None, "https://docs.sqlalchemy.org/en/20/core/engines.html")

fk = flask_secret()
add("flask-config/flask-secret-key", "src/notepad/config.py", f'''class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False


class ProductionConfig(Config):
    SECRET_KEY = "{fk}"
    SQLALCHEMY_DATABASE_URI = "sqlite:////var/lib/notepad/notepad.db"
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"


class DevelopmentConfig(Config):
    DEBUG = True
''', fk, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

add("flask-config/decoy-dev-secret-marked", "src/notepad/config_dev.py", '''"""Development-only configuration. Never used in production: create_app() refuses it when
FLASK_ENV is not "development"."""


class DevConfig:
    DEBUG = True
    SECRET_KEY = "dev"  # Flask tutorial default, local development only
    SQLALCHEMY_DATABASE_URI = "sqlite:///notepad-dev.db"
    TEMPLATES_AUTO_RELOAD = True
''', None, "https://flask.palletsprojects.com/en/3.0.x/tutorial/factory/")

fe = fernet_key()
add("python-module/fernet-encryption-key", "src/vaultlite/crypto.py", f'''from cryptography.fernet import Fernet

# key used to encrypt the tokens column in the accounts table
FERNET_KEY = b"{fe}"
_f = Fernet(FERNET_KEY)


def encrypt(value: str) -> bytes:
    return _f.encrypt(value.encode())


def decrypt(token: bytes) -> str:
    return _f.decrypt(token).decode()
''', fe, "https://cryptography.io/en/latest/fernet/")

jw = random_password(48)
add("fastapi/jwt-signing-secret", "src/taskapi/security.py", f'''from datetime import datetime, timedelta, timezone

import jwt

JWT_SECRET = "{jw}"
JWT_ALGORITHM = "HS256"
ACCESS_TOKEN_MINUTES = 30


def create_access_token(sub: str) -> str:
    exp = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_MINUTES)
    return jwt.encode({{"sub": sub, "exp": exp}}, JWT_SECRET, algorithm=JWT_ALGORITHM)
''', jw, "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/")

add("fastapi/decoy-pydantic-settings", "src/taskapi/settings.py", '''from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TASKAPI_", env_file=".env")

    database_url: str = "postgresql+asyncpg://localhost/taskapi"
    redis_url: str = "redis://localhost:6379/0"
    jwt_secret: SecretStr
    sentry_dsn: str | None = None


settings = Settings()
''', None, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

cp = fakes.redis_password(seed())
add("celery-config/redis-broker-password", "src/harvester/celeryconfig.py", f'''broker_url = "rediss://default:{cp}@redis-broker.harvester.cloud:6380/0?ssl_cert_reqs=required"
result_backend = "rediss://default:{cp}@redis-broker.harvester.cloud:6380/1?ssl_cert_reqs=required"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_acks_late = True
worker_prefetch_multiplier = 1
''', cp, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

add("celery-config/decoy-broker-env", "src/harvester/celery_app.py", '''import os

from celery import Celery

app = Celery(
    "harvester",
    broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"),
    backend=os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"),
    include=["harvester.tasks"],
)
app.conf.task_routes = {"harvester.tasks.crawl": {"queue": "crawl"}}
''', None, "https://docs.celeryq.dev/en/stable/getting-started/first-steps-with-celery.html")

ap = random_password(20)
add("celery-config/amqp-broker-password", "src/harvester/settings/celery.py", f'''CELERY_BROKER_URL = "amqp://harvester:{ap}@rabbitmq.harvester.internal:5672/harvester"
CELERY_RESULT_BACKEND = "rpc://"
CELERY_TASK_ROUTES = {{
    "harvester.tasks.crawl": {{"queue": "crawl"}},
    "harvester.tasks.index": {{"queue": "index"}},
}}
CELERY_BEAT_SCHEDULE = {{
    "recrawl-nightly": {{"task": "harvester.tasks.recrawl", "schedule": 86400.0}},
}}
''', ap, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")


# =============================================================================================
# Build metadata and packaging files
# =============================================================================================
PP = "https://packaging.python.org/en/latest/specifications/"

ip = random_password(22)
add("setup-py/private-index-password", "setup.py", f'''#!/usr/bin/env python
from setuptools import find_packages, setup

setup(
    name="acme-geo",
    version="2.3.1",
    description="Geospatial helpers for ACME services",
    packages=find_packages("src"),
    package_dir={{"": "src"}},
    python_requires=">=3.9",
    install_requires=[
        "shapely>=2.0",
        "acme-core @ https://ci-bot:{ip}@pypi.acme-corp.io/packages/acme_core-4.1.0-py3-none-any.whl",
    ],
    entry_points={{"console_scripts": ["acme-geo=acme_geo.cli:main"]}},
)
''', ip, "https://setuptools.pypa.io/en/latest/userguide/dependency_management.html")

add("setup-py/decoy-plain-setup", "pkgs/tinyjson/setup.py", '''from setuptools import setup

with open("README.md", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="tinyjson",
    version="0.9.0",
    author="Jo Maintainer",
    author_email="jo@tinyjson.dev",
    long_description=long_description,
    long_description_content_type="text/markdown",
    url="https://github.com/tinyjson/tinyjson",
    py_modules=["tinyjson"],
    classifiers=["License :: OSI Approved :: MIT License"],
)
''', None, "https://setuptools.pypa.io/en/latest/userguide/quickstart.html")

pt = fakes.pypi_token(seed())
add("setup-py/pypi-token-upload-command", "pkgs/wavefmt/setup.py", f'''import os
import sys

from setuptools import setup

if sys.argv[-1] == "publish":
    os.system("python -m build")
    os.system("twine upload -u __token__ -p {pt} dist/*")
    sys.exit()

setup(
    name="wavefmt",
    version="1.0.4",
    packages=["wavefmt"],
    install_requires=["numpy"],
)
''', pt, "https://twine.readthedocs.io/en/stable/#twine-upload")

gl = gitlab()
add("setup-cfg/gitlab-token-dependency", "setup.cfg", f'''[metadata]
name = fleetctl
version = attr: fleetctl.__version__
description = Fleet management CLI
long_description = file: README.rst
license = Apache-2.0

[options]
packages = find:
package_dir =
    = src
python_requires = >=3.10
install_requires =
    click>=8.1
    fleet-proto @ git+https://oauth2:{gl}@gitlab.fleet.io/platform/fleet-proto.git@v3.2.0

[options.packages.find]
where = src

[flake8]
max-line-length = 110
''', gl, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

add("setup-cfg/decoy-metadata-only", "pkgs/colorlog2/setup.cfg", '''[metadata]
name = colorlog2
version = 3.1.0
author = Colorlog Maintainers
project_urls =
    Source = https://github.com/colorlog2/colorlog2
    Tracker = https://github.com/colorlog2/colorlog2/issues

[options]
py_modules = colorlog2
python_requires = >=3.8

[bdist_wheel]
universal = 0

[tool:pytest]
addopts = -ra --strict-markers
''', None, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

ipw = human_password(url=True)
add("pyproject-toml/poetry-source-credentials", "pyproject.toml", f'''[tool.poetry]
name = "billing-engine"
version = "0.12.0"
description = "Invoice generation"
authors = ["Billing Team <billing@example.org>"]
packages = [{{ include = "billing_engine", from = "src" }}]

[tool.poetry.dependencies]
python = "^3.11"
pydantic = "^2.6"
internal-money = {{ version = "^1.4", source = "internal" }}

[[tool.poetry.source]]
name = "internal"
url = "https://billing-ci:{ipw}@nexus.example.org/repository/pypi-internal/simple/"
priority = "supplemental"

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
''', ipw, "https://python-poetry.org/docs/repositories/")

add("pyproject-toml/decoy-hatch-project", "pkgs/hexview/pyproject.toml", f'''[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "hexview"
version = "1.2.0"
description = "A terminal hex viewer"
readme = "README.md"
requires-python = ">=3.9"
license = {{ text = "MIT" }}
dependencies = ["rich>=13"]

[project.scripts]
hexview = "hexview.__main__:main"

[tool.hatch.build.targets.sdist]
exclude = ["/.github", "/docs"]

[tool.hatch.envs.default.env-vars]
PIP_INDEX_URL = "https://pypi.org/simple/"
''', None, "https://hatch.pypa.io/latest/config/metadata/")

uvp = random_password(28)
add("pyproject-toml/uv-index-url-password", "pkgs/orbit-sdk/pyproject.toml", f'''[project]
name = "orbit-sdk"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "orbit-schemas>=2"]

[[tool.uv.index]]
name = "orbit-private"
url = "https://deploy:{uvp}@pkgs.orbit.dev/simple/"
explicit = true

[tool.uv.sources]
orbit-schemas = {{ index = "orbit-private" }}

[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"
''', uvp, "https://docs.astral.sh/uv/configuration/indexes/")

add("pyproject-toml/decoy-uv-index-env-auth", "pkgs/orbit-cli/pyproject.toml", '''[project]
name = "orbit-cli"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = ["orbit-sdk>=0.3"]

# Credentials come from UV_INDEX_ORBIT_PRIVATE_USERNAME / UV_INDEX_ORBIT_PRIVATE_PASSWORD.
[[tool.uv.index]]
name = "orbit-private"
url = "https://pkgs.orbit.dev/simple/"
authenticate = "always"

[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"
''', None, "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly")

# PKG-INFO / METADATA carrying the README as long description
sk = fakes.aws_secret_key(seed()); kid = fakes.aws_key_id(seed())
add("pkg-info/aws-secret-in-long-description", "s3sync-1.4.0/PKG-INFO", f'''Metadata-Version: 2.1
Name: s3sync
Version: 1.4.0
Summary: Sync a directory with an S3 prefix
Home-page: https://github.com/s3sync/s3sync
Author: Dana Ops
License: MIT
Requires-Python: >=3.8
Description-Content-Type: text/markdown
License-File: LICENSE

# s3sync

Quick start:

```bash
export AWS_ACCESS_KEY_ID={kid}
export AWS_SECRET_ACCESS_KEY={sk}
s3sync ./build s3://s3sync-releases/site/
```

Options are listed with `s3sync --help`.
''', sk, PP + "core-metadata/")

add("pkg-info/decoy-long-description-placeholders", "redisq-0.8.2/PKG-INFO", '''Metadata-Version: 2.1
Name: redisq
Version: 0.8.2
Summary: A tiny Redis-backed job queue
Author-email: Lee <lee@redisq.dev>
Requires-Python: >=3.9
Description-Content-Type: text/markdown

# redisq

```python
from redisq import Queue
q = Queue("redis://:YOUR_REDIS_PASSWORD@localhost:6379/0")
q.enqueue("tasks.resize", path="/tmp/a.png")
```

Set `REDISQ_URL` instead of passing the URL in code.
''', None, PP + "core-metadata/")

rp = fakes.redis_password(seed())
add("wheel-metadata/redis-url-in-description", "redisq_pro-2.0.0.dist-info/METADATA", f'''Metadata-Version: 2.3
Name: redisq-pro
Version: 2.0.0
Summary: Priority queues on Redis
Requires-Python: >=3.9
Requires-Dist: redis>=5
Description-Content-Type: text/x-rst

redisq-pro
==========

Connect to the staging cluster while developing::

    from redisq_pro import Queue
    q = Queue("redis://:{rp}@redis-staging.redisq.io:6379/2")

Then enqueue jobs with ``q.push(job)``.
''', rp, PP + "core-metadata/")

rec_lines = "\n".join(f"geomath/{n},sha256={b64url_digest()},{rng().randint(200, 9000)}" for n in
                      ["__init__.py", "vector.py", "matrix.py", "py.typed", "_version.py"])
add("wheel-record/decoy-file-hashes", "geomath-3.0.1.dist-info/RECORD", rec_lines + '''
geomath-3.0.1.dist-info/METADATA,sha256=''' + b64url_digest() + ''',2210
geomath-3.0.1.dist-info/WHEEL,sha256=''' + b64url_digest() + ''',91
geomath-3.0.1.dist-info/top_level.txt,sha256=''' + b64url_digest() + ''',8
geomath-3.0.1.dist-info/RECORD,,
''', None, PP + "recording-installed-packages/")

add("wheel-metadata/decoy-wheel-file", "geomath-3.0.1.dist-info/WHEEL", '''Wheel-Version: 1.0
Generator: setuptools (75.1.0)
Root-Is-Purelib: true
Tag: py3-none-any
Build: 1
''', None, PP + "binary-distribution-format/")

add("direct-url-json/decoy-vcs-commit", "acme_tools-0.1.dev0.dist-info/direct_url.json",
    json.dumps({"url": "https://github.com/acme/acme-tools.git",
                "vcs_info": {"vcs": "git", "commit_id": git_sha(), "requested_revision": "main"}},
               indent=2) + "\n", None, PP + "direct-url-data-structure/")

pt = fakes.pypi_token(seed())
add("pypirc/pypi-token", "tools/release/.pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {pt}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', pt, PP + "pypirc/")

add("pypirc/decoy-keyring", "tools/release/pypirc.example", '''# Copy to ~/.pypirc. Passwords are read from the system keyring:
#   keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
''', None, "https://twine.readthedocs.io/en/stable/#keyring-support")

np_ = human_password(url=True)
add("pip-conf/index-password", "ci/pip.conf", f'''[global]
timeout = 60
index-url = https://builder:{np_}@artifactory.example.net/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.example.net

[install]
no-warn-script-location = true
''', np_, "https://pip.pypa.io/en/stable/topics/configuration/")

add("requirements/decoy-hash-pinned", "requirements/prod.txt", f'''# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements/prod.in
certifi==2024.8.30 \\
    --hash=sha256:{sha256()} \\
    --hash=sha256:{sha256()}
charset-normalizer==3.3.2 \\
    --hash=sha256:{sha256()}
idna==3.10 \\
    --hash=sha256:{sha256()}
requests==2.32.3 \\
    --hash=sha256:{sha256()}
urllib3==2.2.3 \\
    --hash=sha256:{sha256()}
''', None, "https://pip-tools.readthedocs.io/en/latest/#using-hashes")

gh = fakes.github_token(seed())
add("requirements/github-token-vcs-url", "requirements/private.txt", f'''-r base.txt
# internal libraries
git+https://{gh}@github.com/northwind-labs/nw-auth.git@v2.4.1#egg=nw-auth
git+https://github.com/northwind-labs/nw-logging.git@v1.0.0#egg=nw-logging
boto3==1.35.10
''', gh, "https://pip.pypa.io/en/stable/topics/vcs-support/")

add("requirements/decoy-env-var-index", "requirements/ci.txt", '''--index-url https://${PIP_USER}:${PIP_PASSWORD}@pkgs.northwind.dev/simple/
--extra-index-url https://pypi.org/simple/
pytest==8.3.3
pytest-cov==5.0.0
nw-auth==2.4.1
''', None, "https://pip.pypa.io/en/stable/reference/requirements-file-format/#using-environment-variables")

add("manifest-in/decoy-manifest", "MANIFEST.in", '''include LICENSE README.rst CHANGES.rst
include src/fleetctl/py.typed
recursive-include src/fleetctl/templates *.j2
recursive-include src/fleetctl/data *.json *.yaml
prune tests/fixtures/large
global-exclude *.py[cod] .env .env.* *.pem
''', None, "https://setuptools.pypa.io/en/latest/userguide/miscellaneous.html")

add("poetry-lock/decoy-lock-hashes", "poetry.lock", f'''# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "anyio"
version = "4.6.0"
description = "High level compatibility layer for multiple asynchronous event loop implementations"
optional = false
python-versions = ">=3.9"
files = [
    {{file = "anyio-4.6.0-py3-none-any.whl", hash = "sha256:{sha256()}"}},
    {{file = "anyio-4.6.0.tar.gz", hash = "sha256:{sha256()}"}},
]

[package.dependencies]
idna = ">=2.8"
sniffio = ">=1.1"

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "{sha256()}"
''', None, "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock")


# =============================================================================================
# Test tooling: tox, nox, conftest, tests
# =============================================================================================
pgp = human_password(url=True)
add("tox-ini/database-password-setenv", "tox.ini", f'''[tox]
envlist = py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest
    pytest-django
setenv =
    DJANGO_SETTINGS_MODULE = ledgerly.settings.test
    DATABASE_URL = postgres://ledgerly:{pgp}@pg-ci.ledgerly.internal:5432/ledgerly_ci
commands = pytest {{posargs}}

[testenv:lint]
deps = ruff
commands = ruff check src tests
''', pgp, "https://tox.wiki/en/latest/config.html#setenv")

add("tox-ini/decoy-passenv", "pkgs/wavefmt/tox.ini", '''[tox]
envlist = py39, py312

[testenv]
deps = pytest
passenv =
    AWS_ACCESS_KEY_ID
    AWS_SECRET_ACCESS_KEY
    REDIS_URL
setenv =
    PYTHONDONTWRITEBYTECODE = 1
commands = pytest -q {posargs}
''', None, "https://tox.wiki/en/latest/config.html#passenv")

npt = npm_token()
add("noxfile/npm-token-session", "noxfile.py", f'''import nox

nox.options.sessions = ["tests", "lint"]


@nox.session(python=["3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def frontend(session):
    session.env["NPM_TOKEN"] = "{npt}"
    session.run("npm", "ci", external=True)
    session.run("npm", "run", "build", external=True)


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", ".")
''', npt, "https://nox.thea.codes/en/stable/config.html")

add("noxfile/decoy-env-passthrough", "pkgs/hexview/noxfile.py", '''import os

import nox


@nox.session
def publish(session):
    """Upload to PyPI; the token comes from the CI secret TWINE_PASSWORD."""
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run("twine", "upload", "dist/*", env={"TWINE_USERNAME": "__token__",
                                                   "TWINE_PASSWORD": os.environ["TWINE_PASSWORD"]})
''', None, "https://nox.thea.codes/en/stable/usage.html")

add("conftest/decoy-throwaway-container-password", "tests/conftest.py", '''import pytest
from testcontainers.postgres import PostgresContainer

# Throwaway database for the test run: the container is created and destroyed by pytest,
# so these are local test-only credentials, not a secret.
TEST_DB_USER = "test"
TEST_DB_PASSWORD = "test"


@pytest.fixture(scope="session")
def postgres_url():
    with PostgresContainer("postgres:16", username=TEST_DB_USER, password=TEST_DB_PASSWORD) as pg:
        yield pg.get_connection_url()
''', None, "https://testcontainers-python.readthedocs.io/en/latest/modules/postgres/README.html")

rds = fakes.redis_password(seed())
add("conftest/redis-staging-password", "tests/integration/conftest.py", f'''import pytest
import redis

STAGING_REDIS = dict(host="redis-staging.queuekit.net", port=6379, password="{rds}", db=3)


@pytest.fixture
def staging_redis():
    client = redis.Redis(**STAGING_REDIS)
    yield client
    client.flushdb()
''', rds, "https://docs.pytest.org/en/stable/reference/fixtures.html")

g = fakes.github_token(seed())
add("test-file/github-token-live-format", "tests/test_github_client.py", f'''import pytest

from changelogger.github import GitHubClient

TOKEN = "{g}"


@pytest.mark.network
def test_lists_merged_pulls():
    client = GitHubClient(token=TOKEN)
    pulls = client.merged_pulls("northwind-labs/changelogger", since="2024-01-01")
    assert all(p["merged_at"] for p in pulls)
''', g, "https://docs.pytest.org/en/stable/how-to/mark.html")

add("test-file/decoy-fake-token-marked", "tests/test_config.py", '''from alertbot.config import load

# A made-up token of the right shape, never issued by BotFather.
FAKE_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"


def test_loads_token_from_env(monkeypatch):
    monkeypatch.setenv("ALERTBOT_TOKEN", FAKE_TOKEN)
    assert load().token == FAKE_TOKEN
''', None, "https://core.telegram.org/bots/api#authorizing-your-bot")

t = fakes.telegram_token(seed())
add("test-file/telegram-token-in-test", "tests/test_notify_live.py", f'''import os

import pytest

from alertbot.notify import Notifier

pytestmark = pytest.mark.skipif(not os.environ.get("LIVE"), reason="live Telegram test")


def test_send_message():
    n = Notifier(token="{t}", chat_id=-1001827364512)
    assert n.send("ping from CI").ok
''', t, "https://core.telegram.org/bots/api#sendmessage")

add("test-file/decoy-moto-credentials", "tests/test_storage.py", '''import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def aws_credentials(monkeypatch):
    """Mocked AWS credentials for moto (dummy values, as moto's docs recommend)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@mock_aws
def test_put_tile(aws_credentials):
    boto3.client("s3").create_bucket(Bucket="tilestore-prod-tiles")
''', None, "https://docs.getmoto.org/en/latest/docs/getting_started.html#example-on-usage")

sess = fakes.aws_session_token(seed())
add("test-file/aws-session-token", "tests/fixtures/sts_credentials.py", f'''"""Credentials captured from `aws sts get-session-token` to replay the upload test."""
import datetime

CREDENTIALS = {{
    "AccessKeyId": "ASIA{rs(rng(), string.ascii_uppercase + "234567", 16)}",
    "SessionToken": "{sess}",
    "Expiration": datetime.datetime(2026, 12, 2, 9, 0, tzinfo=datetime.timezone.utc),
}}
''', sess, "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html")

add("pytest-ini/decoy-env", "pytest.ini", '''[pytest]
addopts = -ra -q --strict-markers
testpaths = tests
markers =
    network: needs network access
    slow: takes more than a few seconds
env =
    DJANGO_SETTINGS_MODULE=ledgerly.settings.test
    REDIS_URL=redis://localhost:6379/15
''', None, "https://docs.pytest.org/en/stable/reference/customize.html#pytest-ini")

hk = hexkey(32)
add("test-file/datadog-api-key", "tests/integration/test_metrics.py", f'''from datadog import api, initialize

options = {{
    "api_key": "{hk}",
    "api_host": "https://api.datadoghq.eu",
}}
initialize(**options)


def test_metric_submission():
    resp = api.Metric.send(metric="ledgerly.ci.smoke", points=1, tags=["env:ci"])
    assert resp["status"] == "ok"
''', hk, "https://docs.datadoghq.com/api/latest/authentication/")

add("django-fixture/decoy-password-hashes", "tests/fixtures/users.json", json.dumps([
    {"model": "auth.user", "pk": 1, "fields": {"username": "admin", "password": pbkdf2_hash(),
                                                "is_superuser": True, "email": "admin@example.com"}},
    {"model": "auth.user", "pk": 2, "fields": {"username": "viewer", "password": pbkdf2_hash(),
                                                "is_superuser": False, "email": "viewer@example.com"}},
], indent=2) + "\n", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")


# =============================================================================================
# Documentation: reStructuredText, Markdown, Sphinx, MkDocs
# =============================================================================================
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
MD = "https://commonmark.org/help/"

rp = fakes.redis_password(seed())
add("rst-docs/redis-cli-command", "docs/operations/redis.rst", f'''Redis operations
================

Inspect the queue lengths on production:

.. code-block:: console

   $ redis-cli -h redis-queue.prod.queuekit.net -p 6380 --tls -a {rp} LLEN queuekit:default
   (integer) 12

Flush a stuck lock:

.. code-block:: console

   $ redis-cli ... DEL queuekit:lock:reindex

.. note:: Never run ``FLUSHALL`` on production.
''', rp, "https://redis.io/docs/latest/develop/tools/cli/")

add("rst-docs/decoy-placeholder-command", "docs/howto/connect.rst", '''Connecting to Redis
===================

.. code-block:: console

   $ export REDISCLI_AUTH=<your-redis-password>
   $ redis-cli -h <host> -p 6379 PING
   PONG

``REDISCLI_AUTH`` keeps the password out of the shell history and the process list.

See also :doc:`/operations/redis`.
''', None, "https://redis.io/docs/latest/develop/tools/cli/")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("rst-docs/aws-credentials-block", "docs/deploy.rst", f'''Deploying the tiles
===================

The deploy job uses the ``tilestore-deployer`` IAM user. Its credentials file looks like this:

.. code-block:: ini

   [tilestore]
   aws_access_key_id = {kid}
   aws_secret_access_key = {sk}
   region = eu-west-1

Run ``make deploy AWS_PROFILE=tilestore`` afterwards.
''', sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("rst-docs/decoy-aws-example", "docs/configuration.rst", '''Configuration
=============

tilestore reads the standard AWS environment variables::

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2

(the values above are the examples from the AWS documentation).

.. envvar:: TILESTORE_BUCKET

   Name of the bucket holding the tiles.
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

pt = fakes.pypi_token(seed())
add("rst-docs/pypi-token-release-notes", "docs/release.rst", f'''Releasing
=========

1. Bump ``__version__`` in ``src/relkit/__init__.py``.
2. Build: ``python -m build``.
3. Upload::

     TWINE_USERNAME=__token__ \\
     TWINE_PASSWORD={pt} \\
     twine upload dist/*

4. Tag the release and push the tag.
''', pt, "https://packaging.python.org/en/latest/tutorials/packaging-projects/#uploading-the-distribution-archives")

add("rst-docs/decoy-token-format", "docs/faq.rst", '''FAQ
===

Where do I get an upload token?
-------------------------------

Create one at https://pypi.org/manage/account/token/. It starts with ``pypi-`` and is
shown once; store it in your CI's secret store, e.g. as ``PYPI_API_TOKEN``, and pass it as
``password: ${{ secrets.PYPI_API_TOKEN }}``.

Why does twine ask for a username?
----------------------------------

Use ``__token__`` as the username.
''', None, "https://pypi.org/help/#apitoken")

sb = slack_bot()
add("markdown-readme/slack-token-example", "README.md", f'''# deploywatch

Posts deploy notifications to Slack.

## Install

```bash
pip install deploywatch
```

## Usage

```python
from deploywatch import Watcher

w = Watcher(slack_token="{sb}", channel="#deploys")
w.run()
```

## License

MIT
''', sb, "https://slack.dev/python-slack-sdk/")

add("markdown-readme/decoy-env-usage", "pkgs/deploywatch-lite/README.md", '''# deploywatch-lite

```bash
export SLACK_BOT_TOKEN=xoxb-your-bot-token
deploywatch-lite --channel '#deploys'
```

| Variable | Meaning |
|---|---|
| `SLACK_BOT_TOKEN` | Bot token (`xoxb-...`) from your Slack app |
| `DEPLOYWATCH_ENV` | Environment name shown in messages |
''', None, "https://api.slack.com/authentication/token-types#bot")

dbp = passphrase()
add("markdown-docs/postgres-dsn", "docs/development.md", f'''# Development setup

1. Create a virtualenv and `pip install -e ".[dev]"`.
2. Point the app at the shared staging database:

   ```bash
   export INVENTORY_DATABASE_URL="postgresql://inventory:{dbp}@staging-db.inventory.internal:5432/inventory"
   ```

3. Run `alembic upgrade head` and `uvicorn inventory.api:app --reload`.

Ask in #inventory-dev if the staging database is down.
''', dbp, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

add("markdown-docs/decoy-dsn-placeholder", "docs/setup.md", '''# Setup

Set the connection string (replace the angle-bracket parts):

```bash
export INVENTORY_DATABASE_URL="postgresql://<user>:<password>@<host>:5432/inventory"
```

The default, if unset, is a local socket connection without a password.

```text
postgresql:///inventory
```
''', None, "https://www.postgresql.org/docs/current/libpq-connect.html")

hk = hf_token()
add("markdown-docs/huggingface-token", "docs/models.md", f'''# Downloading the models

The fine-tuned checkpoints live in a private Hugging Face repo:

```python
from huggingface_hub import snapshot_download

snapshot_download(
    repo_id="northwind/summariser-7b-ft",
    token="{hk}",
    local_dir="models/summariser",
)
```
''', hk, "https://huggingface.co/docs/huggingface_hub/guides/download")

gak = google_key()
add("sphinx-conf/google-api-key", "docs/conf.py", f'''# Configuration file for the Sphinx documentation builder.
project = "geomath"
copyright = "2024, geomath developers"
author = "geomath developers"
release = "3.0.1"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]

intersphinx_mapping = {{"python": ("https://docs.python.org/3", None)}}

html_theme = "furo"
# used by the map examples (Maps JavaScript + Geocoding server-side calls in the gallery build)
geocoding_api_key = "{gak}"
html_static_path = ["_static"]
''', gak, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

add("sphinx-conf/decoy-analytics-ids", "pkgs/hexview/docs/conf.py", f'''project = "hexview"
author = "hexview authors"
extensions = ["sphinx.ext.autodoc", "sphinxcontrib.googleanalytics", "sphinx_copybutton"]

googleanalytics_id = "G-7QK2M4XH1R"
html_theme = "pydata_sphinx_theme"
html_theme_options = {{
    "github_url": "https://github.com/hexview/hexview",
    "announcement": "hexview 1.2 is out!",
}}
html_context = {{"commit": "{git_sha()}"}}
''', None, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

add("mkdocs-yml/decoy-env-tag", "mkdocs.yml", '''site_name: relkit
repo_url: https://github.com/relkit/relkit
theme:
  name: material
plugins:
  - search
  - git-committers:
      repository: relkit/relkit
      token: !ENV ["MKDOCS_GIT_COMMITTERS_APIKEY", ""]
nav:
  - Home: index.md
  - Releasing: release.md
''', None, "https://www.mkdocs.org/user-guide/configuration/#environment-variables")

gh = fakes.github_token(seed())
add("mkdocs-yml/github-token-plugin", "pkgs/changelogger/mkdocs.yml", f'''site_name: changelogger
theme:
  name: material
  palette:
    primary: indigo
plugins:
  - search
  - git-committers:
      repository: northwind-labs/changelogger
      branch: main
      token: {gh}
markdown_extensions:
  - admonition
  - pymdownx.superfences
''', gh, "https://github.com/ojacques/mkdocs-git-committers-plugin-2")

ak = anthropic_key()
add("markdown-changelog/anthropic-key-in-changelog", "CHANGELOG.md", f'''# Changelog

## 0.6.0 - 2026-11-20

- Add the Anthropic provider. Quick check it works:
  `REVIEWBOT_ANTHROPIC_KEY={ak} reviewbot review HEAD~1`
- Drop Python 3.8.

## 0.5.1 - 2026-10-02

- Fix the diff truncation at 100 kB.
''', ak, "https://keepachangelog.com/en/1.1.0/")

add("rst-changelog/decoy-commit-ids", "CHANGES.rst", f'''Changes
=======

3.0.1 (2026-11-02)
------------------

- Fix ``Matrix.inverse`` for singular inputs (commit {git_sha()[:12]}).
- Rebuild wheels for Python 3.13 (build {a_uuid()}).

3.0.0 (2026-09-15)
------------------

- Drop Python 3.8 (merge {git_sha()}).
''', None, RST)


# =============================================================================================
# Notebooks shipped as examples
# =============================================================================================
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"


def notebook(cells: list) -> str:
    out = []
    for kind, src, outputs in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            cell["execution_count"] = 1
            cell["outputs"] = outputs
        out.append(cell)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def stream(text: str) -> list:
    return [{"name": "stdout", "output_type": "stream", "text": [text]}]


o = fakes.openai_key(seed2())
add("notebook/openai-key-in-source", "examples/quickstart.ipynb", notebook([
    ("markdown", ["# summarise quickstart"], None),
    ("code", ["import summarise\n", f"summarise.configure(api_key=\"{o}\")\n", "summarise.summarise(open('article.txt').read())"],
     stream("A short summary of the article.\n")),
]), o, NB)

t = fakes.telegram_token(seed())
add("notebook/telegram-token-in-output", "examples/bot_setup.ipynb", notebook([
    ("markdown", ["## Check the bot configuration"], None),
    ("code", ["from alertbot.config import load\n", "cfg = load()\n", "print(cfg)"],
     stream(f"Config(token='{t}', chat_id=-1001827364512, parse_mode='MarkdownV2')\n")),
]), t, NB)

r = fakes.redis_password(seed())
add("notebook/redis-url-in-env-output", "examples/queue_inspection.ipynb", notebook([
    ("code", ["%env REDIS_URL"], [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                   "data": {"text/plain": [f"'redis://:{r}@redis-queue.prod.queuekit.net:6379/0'"]}}]),
    ("code", ["from queuekit import stats\n", "stats.lengths()"], stream("default: 12\nreindex: 0\n")),
]), r, NB)

add("notebook/decoy-image-output", "examples/plot_tiles.ipynb", notebook([
    ("markdown", ["# Plot a tile"], None),
    ("code", ["import matplotlib.pyplot as plt\n", "plt.imshow(tile)"],
     [{"output_type": "display_data", "metadata": {}, "data": {"image/png": png_base64(), "text/plain": ["<Figure size 640x480>"]}}]),
]), None, NB)

add("notebook/decoy-getpass", "examples/connect_db.ipynb", notebook([
    ("markdown", ["Enter the database password when prompted (it is not stored in the notebook)."], None),
    ("code", ["import getpass, os\n", "os.environ['PGPASSWORD'] = getpass.getpass('Password: ')"], stream("Password: ········\n")),
    ("code", ["from inventory.db import engine\n", "engine.connect()"], []),
]), None, NB)

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("notebook/aws-keys-in-cell", "examples/athena_queries.ipynb", notebook([
    ("code", ["import boto3\n", f"athena = boto3.client('athena', aws_access_key_id='{kid}',\n",
              f"                      aws_secret_access_key='{sk}', region_name='eu-central-1')"], []),
    ("code", ["athena.list_work_groups()['WorkGroups'][0]['Name']"],
     [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["'primary'"]}}]),
]), sk, NB)

hk = hf_token()
add("notebook/hf-token-login", "examples/finetune.ipynb", notebook([
    ("code", ["from huggingface_hub import login\n", f"login(token=\"{hk}\")"],
     stream("Login successful\n")),
    ("code", ["from datasets import load_dataset\n", "ds = load_dataset('northwind/tickets', split='train')"], []),
]), hk, NB)

# =============================================================================================
# Package data: JSON, YAML, INI, TOML, .env files picked up by the build
# =============================================================================================
sg = sendgrid()
add("package-data-json/sendgrid-key", "src/mailroom/data/providers.json", json.dumps({
    "default": "sendgrid",
    "providers": {
        "sendgrid": {"api_key": sg, "from": "noreply@mailroom.dev", "sandbox": False},
        "smtp": {"host": "smtp.mailroom.dev", "port": 587, "starttls": True},
    },
    "retry": {"attempts": 3, "backoff_seconds": 2},
}, indent=2) + "\n", sg, "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started")

add("package-data-json/decoy-schema", "src/mailroom/data/config.schema.json", json.dumps({
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "mailroom config",
    "type": "object",
    "properties": {
        "api_key": {"type": "string", "description": "Provider API key, e.g. SG.xxxxx", "writeOnly": True},
        "password": {"type": "string", "format": "password"},
        "from": {"type": "string", "format": "email"},
    },
    "required": ["from"],
}, indent=2) + "\n", None, "https://json-schema.org/understanding-json-schema/reference/string")

rp = fakes.redis_password(seed())
add("package-data-yaml/redis-password", "src/queuekit/defaults.yaml", f'''# queuekit defaults, loaded by queuekit.config.load()
queues:
  default:
    concurrency: 8
  reindex:
    concurrency: 1
redis:
  host: redis-queue.prod.queuekit.net
  port: 6380
  tls: true
  password: {rp}
  db: 0
metrics:
  statsd: udp://127.0.0.1:8125
''', rp, "https://pyyaml.org/wiki/PyYAMLDocumentation")

add("package-data-yaml/decoy-env-interpolation", "src/queuekit/defaults.example.yaml", '''queues:
  default:
    concurrency: 8
redis:
  host: ${QUEUEKIT_REDIS_HOST:-localhost}
  port: 6379
  password: ${QUEUEKIT_REDIS_PASSWORD}
  db: 0
''', None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

mg = "key-" + hexkey(32)
add("package-data-ini/mailgun-key", "src/mailroom/data/mailgun.ini", f'''[mailgun]
domain = mg.mailroom.dev
api_base = https://api.eu.mailgun.net/v3
api_key = {mg}

[templates]
welcome = welcome-v3
reset = password-reset-v2
''', mg, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

add("package-data-ini/decoy-defaults", "src/fleetctl/data/defaults.ini", '''[fleet]
api = https://fleet.example.io/api/v2
timeout = 30
token =

[output]
format = table
color = auto
''', None, "https://docs.python.org/3/library/configparser.html")

dt = do_token()
add("package-data-toml/digitalocean-token", "src/fleetctl/data/providers.toml", f'''[providers.digitalocean]
token = "{dt}"
region = "fra1"
size = "s-2vcpu-4gb"

[providers.hetzner]
token_env = "HCLOUD_TOKEN"
location = "nbg1"
''', dt, "https://docs.digitalocean.com/reference/api/create-personal-access-token/")

add("package-data-toml/decoy-env-names", "src/fleetctl/data/providers.example.toml", '''[providers.digitalocean]
token_env = "DIGITALOCEAN_TOKEN"
region = "fra1"

[providers.aws]
profile = "fleet"
region = "eu-west-1"
''', None, "https://toml.io/en/v1.0.0")

p = human_password()
add("dotenv/database-password", "src/taskapi/.env", f'''TASKAPI_DATABASE_URL=postgresql+asyncpg://taskapi@db.taskapi.internal/taskapi
TASKAPI_DATABASE_PASSWORD={p}
TASKAPI_REDIS_URL=redis://cache.taskapi.internal:6379/0
TASKAPI_LOG_LEVEL=info
TASKAPI_CORS_ORIGINS=https://app.taskapi.dev
''', p, "https://github.com/theskumar/python-dotenv")

add("dotenv/decoy-env-example", "src/taskapi/.env.example", '''# Copy to .env and fill in
TASKAPI_DATABASE_URL=postgresql+asyncpg://taskapi:CHANGE_ME@localhost/taskapi
TASKAPI_JWT_SECRET=
TASKAPI_REDIS_URL=redis://localhost:6379/0
TASKAPI_LOG_LEVEL=debug
''', None, "https://github.com/theskumar/python-dotenv")

t = fakes.telegram_token(seed())
add("dotenv/telegram-token", "examples/alertbot/.env", f'''# alertbot example environment
ALERTBOT_TOKEN={t}
ALERTBOT_CHAT_ID=-1001827364512
ALERTBOT_LEVEL=error
TZ=Europe/Amsterdam
''', t, "https://core.telegram.org/bots/features#botfather")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("dotenv/aws-keys-export", "src/s3sync/data/env.sh", f'''# sourced by the s3sync docker entrypoint
export AWS_DEFAULT_REGION=eu-west-1
export AWS_ACCESS_KEY_ID={kid}
export AWS_SECRET_ACCESS_KEY={sk}
export S3SYNC_BUCKET=s3sync-releases
export S3SYNC_DELETE=false
''', sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

add("dotenv/decoy-sops-encrypted", "deploy/secrets.enc.env", f'''TASKAPI_DATABASE_PASSWORD={sops_value()}
TASKAPI_JWT_SECRET={sops_value()}
sops_version=3.9.0
sops_lastmodified=2026-11-20T10:11:12Z
sops_age__list_0__map_recipient=age1{rs(rng(), "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
sops_mac={sops_value()}
''', None, "https://github.com/getsops/sops#encrypting-dotenv-files")

gak = google_key()
add("package-data-json/google-service-key", "src/geomath/data/services.json", json.dumps({
    "geocoder": {"provider": "google", "endpoint": "https://maps.googleapis.com/maps/api/geocode/json",
                 "key": gak, "qps": 40},
    "tiles": {"provider": "osm", "endpoint": "https://tile.openstreetmap.org/{z}/{x}/{y}.png"},
}, indent=2) + "\n", gak, "https://developers.google.com/maps/documentation/geocoding/get-api-key")

add("package-data-json/decoy-sri-manifest", "src/geomath/static/manifest.json", json.dumps({
    "files": {
        "main.js": {"path": "static/main.4f1c9a.js", "integrity": sri_hash()},
        "main.css": {"path": "static/main.77b0d2.css", "integrity": sri_hash()},
    },
    "build": a_uuid(),
}, indent=2) + "\n", None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")


# =============================================================================================
# alembic, migrations, Django apps, logging configs
# =============================================================================================
ALE = "https://alembic.sqlalchemy.org/en/latest/tutorial.html"

p = random_password(20)
add("alembic-ini/database-url-password", "alembic.ini", f'''[alembic]
script_location = src/inventory/migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = postgresql+psycopg://inventory_owner:{p}@db.inventory.internal:5432/inventory

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
''', p, ALE)

add("alembic-ini/decoy-template-url", "pkgs/billing-engine/alembic.ini", '''# A generic, single database configuration.

[alembic]
script_location = migrations
# the default URL alembic init writes; env.py overrides it from BILLING_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]
hooks = ruff
ruff.type = exec
ruff.executable = ruff
ruff.options = format REVISION_SCRIPT_FILENAME
''', None, ALE)

p = human_password()
add("alembic-env/database-password", "src/inventory/migrations/env.py", f'''from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from inventory.models import Base

config = context.config
fileConfig(config.config_file_name)
config.set_main_option(
    "sqlalchemy.url",
    "postgresql+psycopg://migrator:{p}@db.inventory.internal:5432/inventory",
)
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = engine_from_config(config.get_section(config.config_ini_section), poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
''', p, "https://alembic.sqlalchemy.org/en/latest/api/config.html")

p = passphrase()
add("alembic-migration/role-password-sql", "src/inventory/migrations/versions/3f2a9c1d7e4b_reporting_role.py", f'''"""add read-only reporting role

Revision ID: 3f2a9c1d7e4b
Revises: 91be0c2d55aa
Create Date: 2026-10-14 09:12:44.120311
"""
from alembic import op

revision = "3f2a9c1d7e4b"
down_revision = "91be0c2d55aa"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE ROLE reporting LOGIN PASSWORD '{p}'")
    op.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting")


def downgrade() -> None:
    op.execute("DROP ROLE reporting")
''', p, "https://www.postgresql.org/docs/current/sql-createrole.html")

add("alembic-migration/decoy-revision-ids", "src/inventory/migrations/versions/91be0c2d55aa_add_sku_index.py", '''"""add sku index

Revision ID: 91be0c2d55aa
Revises: 0c7d3e8f1a22
Create Date: 2026-09-30 16:40:02.551870
"""
import sqlalchemy as sa
from alembic import op

revision = "91be0c2d55aa"
down_revision = "0c7d3e8f1a22"


def upgrade() -> None:
    op.create_index("ix_items_sku", "items", ["sku"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_items_sku", table_name="items")
''', None, ALE)

sk = stripe_short("rk_live_")
add("django-migration/stripe-key-data-migration", "src/paydesk/migrations/0007_seed_gateway.py", f'''from django.db import migrations


def seed_gateway(apps, schema_editor):
    Gateway = apps.get_model("payments", "Gateway")
    Gateway.objects.update_or_create(
        name="stripe",
        defaults={{"restricted_key": "{sk}", "webhook_path": "/hooks/stripe/", "active": True}},
    )


class Migration(migrations.Migration):
    dependencies = [("payments", "0006_gateway")]
    operations = [migrations.RunPython(seed_gateway, migrations.RunPython.noop)]
''', sk, "https://docs.djangoproject.com/en/5.0/topics/migrations/#data-migrations")

add("django-migration/decoy-password-field", "src/ledgerly/core/migrations/0002_apicredential.py", '''from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="ApiCredential",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("name", models.CharField(max_length=80)),
                ("password", models.CharField(max_length=128, verbose_name="password")),
                ("api_key_hash", models.CharField(max_length=64, db_index=True)),
            ],
        ),
    ]
''', None, "https://docs.djangoproject.com/en/5.0/topics/migrations/")

p = human_password()
add("django-fixture/superuser-plain-password", "src/ledgerly/core/fixtures/staging_admin.yaml", f'''# loaded on staging by `manage.py loaddata staging_admin` then `manage.py set_admin_password`
- model: core.serviceaccount
  pk: 1
  fields:
    username: ledgerly-sync
    email: sync@ledgerly.io
    api_password: "{p}"
    active: true
- model: core.serviceaccount
  pk: 2
  fields:
    username: ledgerly-reports
    email: reports@ledgerly.io
    active: false
''', p, "https://docs.djangoproject.com/en/5.0/topics/db/fixtures/")

smtp = human_password()
add("django-settings/email-host-password", "src/ledgerly/settings/email.py", f'''EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.eu.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "postmaster@mg.ledgerly.io"
EMAIL_HOST_PASSWORD = "{smtp}"
DEFAULT_FROM_EMAIL = "Ledgerly <noreply@ledgerly.io>"
SERVER_EMAIL = "errors@ledgerly.io"
ADMINS = [("Ops", "ops@ledgerly.io")]
''', smtp, DJ + "#email-host-password")

smtp = random_password(16)
add("logging-config/smtp-handler-password", "src/harvester/logging.yaml", f'''version: 1
disable_existing_loggers: false
formatters:
  plain:
    format: "%(asctime)s %(levelname)s %(name)s: %(message)s"
handlers:
  console:
    class: logging.StreamHandler
    formatter: plain
  mail_admins:
    class: logging.handlers.SMTPHandler
    level: ERROR
    mailhost: [smtp.harvester.io, 587]
    fromaddr: harvester@harvester.io
    toaddrs: [oncall@harvester.io]
    subject: harvester error
    credentials: [harvester@harvester.io, {smtp}]
    secure: []
root:
  level: INFO
  handlers: [console, mail_admins]
''', smtp, "https://docs.python.org/3/library/logging.handlers.html#smtphandler")

add("logging-config/decoy-dictconfig", "src/harvester/log_config.py", '''LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "harvester.logs.RedactSecrets", "keys": ["password", "token", "api_key"]}},
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["redact"]}},
    "root": {"level": "INFO", "handlers": ["stdout"]},
}
''', None, "https://docs.python.org/3/library/logging.config.html#logging-config-dictschema")

lt = a_uuid()
ltok = random_password(32)
add("logging-config/http-handler-token", "src/harvester/logging.ini", f'''[loggers]
keys = root

[handlers]
keys = console,logtail

[formatters]
keys = simple

[logger_root]
level = INFO
handlers = console,logtail

[handler_console]
class = StreamHandler
args = (sys.stdout,)
formatter = simple

[handler_logtail]
class = logtail.LogtailHandler
args = ("{ltok}",)
level = WARNING

[formatter_simple]
format = %(asctime)s %(name)s %(levelname)s %(message)s
''', ltok, "https://betterstack.com/docs/logs/python/")

add("gunicorn-conf/decoy-plain", "deploy/gunicorn.conf.py", '''import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
accesslog = "-"
forwarded_allow_ips = "*"
raw_env = ["TASKAPI_ENV=production"]
''', None, "https://docs.gunicorn.org/en/stable/settings.html")

sk = stripe_secret()
add("gunicorn-conf/stripe-key-raw-env", "pkgs/paydesk/gunicorn.conf.py", f'''bind = "unix:/run/paydesk.sock"
workers = 4
timeout = 30
raw_env = [
    "DJANGO_SETTINGS_MODULE=paydesk.settings.production",
    "STRIPE_SECRET_KEY={sk}",
    "PAYDESK_ENV=production",
]
''', sk, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

p = human_password()
add("uwsgi-ini/database-password-env", "deploy/uwsgi.ini", f'''[uwsgi]
module = ledgerly.wsgi:application
master = true
processes = 4
socket = /run/ledgerly.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=ledgerly.settings.production
env = LEDGERLY_DB_PASSWORD={p}
die-on-term = true
''', p, "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html")

add("supervisord/decoy-env-expansion", "deploy/supervisord.conf", '''[program:harvester-worker]
command=celery -A harvester worker -l info -Q crawl
directory=/srv/harvester
user=harvester
autostart=true
autorestart=true
environment=CELERY_BROKER_URL="%(ENV_CELERY_BROKER_URL)s",HARVESTER_ENV="production"
stdout_logfile=/var/log/harvester/worker.log
''', None, "http://supervisord.org/configuration.html#program-x-section-values")

rp = fakes.redis_password(seed())
add("supervisord/redis-password-command", "deploy/supervisor/queuekit.conf", f'''[program:queuekit-worker]
command=/srv/queuekit/venv/bin/queuekit worker --redis-host redis-queue.prod.queuekit.net --redis-password {rp} --concurrency 8
user=queuekit
autorestart=true
stopwaitsecs=30
stdout_logfile=/var/log/queuekit/worker.log
redirect_stderr=true
''', rp, "http://supervisord.org/configuration.html")


# =============================================================================================
# Vendored tool configs (dotfiles shipped by accident)
# =============================================================================================
npt = npm_token()
add("npmrc/npm-auth-token", "src/geomath/static/.npmrc", f'''registry=https://registry.npmjs.org/
@geomath:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={npt}
save-exact=true
engine-strict=true
''', npt, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

add("npmrc/decoy-env-token", "pkgs/hexview/js/.npmrc", '''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
fund=false
audit=false
save-exact=true
''', None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

p = random_password(20)
add("netrc/machine-password", "tools/ci/netrc", f'''machine pkgs.orbit.dev
  login deploy
  password {p}

machine github.com
  login orbit-ci-bot
  password x-oauth-basic
''', p, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

p = human_password()
add("pgpass/database-password", "deploy/pgpass", f'''# ~/.pgpass for the ops bastion (chmod 0600)
# hostname:port:database:username:password
db.inventory.internal:5432:inventory:inventory_owner:{p}
db.inventory.internal:5432:inventory_archive:inventory_owner:{p}
# replica uses the same role
db-replica.inventory.internal:5432:inventory:inventory_owner:{p}
''', p, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

p = passphrase()
add("mysql-cnf/client-password", "deploy/mysql/client.cnf", f'''[client]
host = mysql-replica.inventory.internal
port = 3306
user = inv_reader
password = "{p}"
default-character-set = utf8mb4

[mysqldump]
single-transaction
quick
''', p, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

dp = docker_pat()
auth = base64.b64encode(f"fleetbot:{dp}".encode()).decode()
add("docker-config-json/base64-auth", "tools/ci/docker/config.json", json.dumps({
    "auths": {"https://index.docker.io/v1/": {"auth": auth}},
    "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"},
    "detachKeys": "ctrl-e,e",
}, indent="\t") + "\n", dp, "https://docs.docker.com/reference/cli/docker/login/")

add("docker-config-json/decoy-credential-helper", "tools/ci/docker/config.ecr.json", json.dumps({
    "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"},
    "credsStore": "desktop",
    "auths": {"ghcr.io": {}},
}, indent="\t") + "\n", None, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

gh = fakes.github_token(seed())
add("gitconfig/github-token-insteadof", "tools/ci/gitconfig", f'''[user]
    name = orbit-ci-bot
    email = ci@orbit.dev
[url "https://orbit-ci-bot:{gh}@github.com/"]
    insteadOf = https://github.com/
    insteadOf = git@github.com:
[init]
    defaultBranch = main
[pull]
    rebase = true
''', gh, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("s3cfg/secret-key", "tools/backup/s3cfg", f'''[default]
access_key = {kid}
secret_key = {sk}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
''', sk, "https://s3tools.org/kb/item14.htm")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("boto-config/secret-key", "tools/legacy/boto.cfg", f'''[Credentials]
aws_access_key_id = {kid}
aws_secret_access_key = {sk}

[Boto]
debug = 0
num_retries = 5
''', sk, "https://boto.readthedocs.io/en/latest/boto_config_tut.html")

azk = azure_account_key()
add("rclone-conf/azure-account-key", "tools/backup/rclone.conf", f'''[offsite]
type = azureblob
account = tilestorebackup
key = {azk}

[local-cache]
type = alias
remote = /var/cache/tilestore
''', azk, "https://rclone.org/azureblob/")

add("rclone-conf/decoy-obscured-env", "tools/backup/rclone.example.conf", '''# Credentials come from RCLONE_CONFIG_OFFSITE_KEY in the backup job's environment.
[offsite]
type = azureblob
account = tilestorebackup
env_auth = true

[local-cache]
type = alias
remote = /var/cache/tilestore
''', None, "https://rclone.org/azureblob/#env-auth")

add("pre-commit-config/decoy-hook-revs", ".pre-commit-config.yaml", f'''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v5.0.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {git_sha()}  # frozen: v0.7.1
    hooks:
      - id: ruff
''', None, "https://pre-commit.com/#adding-pre-commit-plugins-to-your-project")

pem = fakes.fake_pem(seed(), "OPENSSH")
add("ssh-key/openssh-private-key", "tools/deploy/id_ed25519", pem + "\n", pem,
    "https://man.openbsd.org/ssh-keygen")

add("ssh-key/decoy-public-key", "tools/deploy/authorized_keys", ssh_public() + "\n" + "\n".join(
    "# " + line for line in ["deploy key for the docs mirror", "added to github.com/relkit/relkit-docs",
                             "read-only", "rotated 2026-11"]) + "\n", None, "https://man.openbsd.org/ssh-keygen")

pem = fakes.fake_pem(seed(), "EC")
add("package-data-pem/ec-private-key", "src/paydesk/certs/apple_pay_merchant.key", pem + "\n", pem,
    "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment")

add("package-data-pem/decoy-ca-bundle", "src/paydesk/certs/ca-bundle.pem", "# Issuer: internal root CA\n" +
    certificate() + "\n# Issuer: internal intermediate\n" + certificate() + "\n", None,
    "https://www.openssl.org/docs/manmaster/man1/openssl-x509.html")

pem = fakes.fake_pem(seed(), "RSA")
ind = "\n".join("    " + ln for ln in pem.splitlines())
add("python-module/rsa-key-in-module", "src/relkit/_signing.py", f'''"""Key used to sign the release manifests."""
from cryptography.hazmat.primitives import serialization

_PRIVATE_KEY_PEM = b"""
{pem}
"""


def load_key():
    return serialization.load_pem_private_key(_PRIVATE_KEY_PEM, password=None)
''', pem, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/")

add("python-module/decoy-public-key-module", "src/relkit/_verify.py", '''"""Public key to verify release manifests (safe to ship)."""
from cryptography.hazmat.primitives import serialization

_PUBLIC_KEY_PEM = b"""
-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA''' + rs(rng(), ALNUM, 27) + '''=
-----END PUBLIC KEY-----
"""


def load_key():
    return serialization.load_pem_public_key(_PUBLIC_KEY_PEM)
''', None, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/")


# =============================================================================================
# Shell helper scripts, Makefiles, Docker, CI
# =============================================================================================
SH = "https://www.gnu.org/software/bash/manual/bash.html"

rp = fakes.redis_password(seed())
add("shell-script/redis-cli-auth", "scripts/flush_locks.sh", f'''#!/usr/bin/env bash
# Remove stale reindex locks left by crashed workers.
set -euo pipefail

HOST=redis-queue.prod.queuekit.net
PORT=6380

for key in $(redis-cli -h "$HOST" -p "$PORT" --tls --user default --pass '{rp}' --scan --pattern 'queuekit:lock:*'); do
  echo "deleting $key"
  redis-cli -h "$HOST" -p "$PORT" --tls --user default --pass '{rp}' DEL "$key"
done
''', rp, "https://redis.io/docs/latest/develop/tools/cli/")

add("shell-script/decoy-redis-env", "scripts/queue_stats.sh", '''#!/usr/bin/env bash
set -euo pipefail
: "${REDISCLI_AUTH:?set REDISCLI_AUTH to the queue password}"
HOST=${QUEUEKIT_REDIS_HOST:-localhost}

for q in default reindex; do
  printf '%s: ' "$q"
  redis-cli -h "$HOST" LLEN "queuekit:$q"
done
''', None, "https://redis.io/docs/latest/develop/tools/cli/")

p = human_password()
add("shell-script/pg-dump-pgpassword", "scripts/backup_db.sh", f'''#!/bin/sh
# nightly logical backup, run from cron on the bastion
set -e
STAMP=$(date +%Y%m%d)
PGPASSWORD='{p}' pg_dump -h db.inventory.internal -U inventory_owner -Fc inventory \\
  > /backups/inventory-$STAMP.dump
find /backups -name 'inventory-*.dump' -mtime +14 -delete
echo "backup done: $STAMP"
''', p, "https://www.postgresql.org/docs/current/libpq-envars.html")

pt = fakes.pypi_token(seed())
add("shell-script/pypi-token-release", "scripts/release.sh", f'''#!/usr/bin/env bash
set -euo pipefail

version=$(python -c "import relkit; print(relkit.__version__)")
rm -rf dist/
python -m build
twine check dist/*
TWINE_USERNAME=__token__ TWINE_PASSWORD="{pt}" twine upload dist/*
git tag -a "v$version" -m "relkit $version"
git push origin "v$version"
''', pt, "https://twine.readthedocs.io/en/stable/")

add("shell-script/decoy-release-trusted-publishing", "scripts/release_ci.sh", '''#!/usr/bin/env bash
# Release from CI: PyPI trusted publishing supplies a short-lived token, nothing is stored here.
set -euo pipefail
python -m build
twine check dist/*
twine upload --non-interactive dist/*   # TWINE_PASSWORD is injected by the OIDC exchange step
''', None, "https://docs.pypi.org/trusted-publishers/")

t = fakes.telegram_token(seed())
add("shell-script/telegram-curl", "scripts/notify_deploy.sh", f'''#!/bin/bash
# usage: notify_deploy.sh <service> <version>
SERVICE=$1
VERSION=$2
curl -s -X POST "https://api.telegram.org/bot{t}/sendMessage" \\
  -d chat_id=-1001827364512 \\
  -d text="deployed $SERVICE $VERSION on $(hostname)" > /dev/null
''', t, "https://core.telegram.org/bots/api#making-requests")

sw = discord_webhook()
add("shell-script/discord-webhook", "scripts/announce.sh", f'''#!/usr/bin/env bash
set -eu
MSG=${{1:-"new release"}}
WEBHOOK="{sw}"
curl -fsS -H "Content-Type: application/json" \\
  -d "{{\\"content\\": \\"$MSG\\"}}" "$WEBHOOK"
''', sw, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

vt = vault_token()
add("shell-script/vault-token", "scripts/fetch_secrets.sh", f'''#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.northwind.internal:8200
export VAULT_TOKEN={vt}
vault kv get -format=json secret/taskapi/prod > /run/taskapi/secrets.json
chmod 600 /run/taskapi/secrets.json
''', vt, "https://developer.hashicorp.com/vault/docs/commands#vault_token")

add("shell-script/decoy-vault-login", "scripts/fetch_secrets_ci.sh", '''#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.northwind.internal:8200
VAULT_TOKEN=$(vault write -field=token auth/jwt/login role=taskapi-ci jwt="$CI_JOB_JWT")
export VAULT_TOKEN
vault kv get -format=json secret/taskapi/ci > secrets.json
''', None, "https://developer.hashicorp.com/vault/docs/auth/jwt")

p = human_password()
add("makefile/mysql-password-target", "Makefile", f'''.PHONY: test lint dbshell

test:
\tpytest -q

lint:
\truff check src tests

dbshell:
\tmysql -h mysql-replica.inventory.internal -u inv_reader -p'{p}' inventory

dist:
\tpython -m build
''', p, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

add("makefile/decoy-env-vars", "pkgs/orbit-sdk/Makefile", '''PYPI_REPO ?= pypi
.PHONY: dist upload

dist:
\tpython -m build

upload: dist
\ttwine upload -r $(PYPI_REPO) -u __token__ -p "$$PYPI_TOKEN" dist/*
''', None, "https://www.gnu.org/software/make/manual/make.html")

hk = hexkey(32)
add("dockerfile/datadog-key-env", "Dockerfile", f'''FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    DD_API_KEY={hk} \\
    DD_SITE=datadoghq.eu

WORKDIR /app
COPY pyproject.toml ./
COPY src ./src
RUN pip install --no-cache-dir .
CMD ["ddtrace-run", "gunicorn", "-c", "deploy/gunicorn.conf.py", "taskapi.main:app"]
''', hk, "https://docs.datadoghq.com/containers/docker/apm/")

add("dockerfile/decoy-build-secret", "pkgs/orbit-cli/Dockerfile", '''# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir .
ENTRYPOINT ["orbit"]
''', None, "https://docs.docker.com/build/building/secrets/")

rp = fakes.redis_password(seed())
add("docker-compose/redis-requirepass", "docker-compose.prod.yml", f'''services:
  api:
    image: ghcr.io/northwind/taskapi:1.8.0
    environment:
      TASKAPI_REDIS_URL: redis://cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7.4-alpine
    command: ["redis-server", "--requirepass", "{rp}", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
''', rp, "https://hub.docker.com/_/redis")

add("docker-compose/decoy-local-defaults", "docker-compose.yml", '''# Local development stack only. These credentials exist just inside this throwaway stack.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports: ["5432:5432"]
  cache:
    image: redis:7.4-alpine
    ports: ["6379:6379"]
''', None, "https://hub.docker.com/_/postgres")

pt = fakes.pypi_token(seed())
add("github-actions/pypi-token-inline", ".github/workflows/publish.yml", f'''name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: {pt}
''', pt, "https://github.com/pypa/gh-action-pypi-publish")

add("github-actions/decoy-secrets-context", "pkgs/hexview/.github/workflows/release.yml", '''name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: notify
        run: curl -s "https://api.telegram.org/bot${{ secrets.TELEGRAM_TOKEN }}/sendMessage" -d chat_id=42 -d text=released
''', None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

gl = gitlab()
add("gitlab-ci/gitlab-token-variable", ".gitlab-ci.yml", f'''stages: [test, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  TWINE_USERNAME: fleet-deploy
  TWINE_PASSWORD: {gl}
  TWINE_REPOSITORY_URL: https://gitlab.fleet.io/api/v4/projects/412/packages/pypi

test:
  stage: test
  image: python:3.12
  script: [pip install tox, tox -e py312]

publish:
  stage: publish
  image: python:3.12
  script: [pip install build twine, python -m build, twine upload dist/*]
  rules:
    - if: $CI_COMMIT_TAG
''', gl, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

add("travis-yml/decoy-encrypted-secure", ".travis.yml", f'''language: python
python: ["3.11", "3.12"]
install: pip install -e .[test]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "{base64.b64encode(bytes(rng().getrandbits(8) for _ in range(256))).decode()}"
  on:
    tags: true
''', None, "https://docs.travis-ci.com/user/deployment/pypi/")

jp = random_password(24)
add("jenkinsfile/basic-auth-curl", "ci/Jenkinsfile", f'''pipeline {{
    agent {{ label 'python' }}
    stages {{
        stage('Build') {{
            steps {{
                sh 'python -m build'
            }}
        }}
        stage('Publish') {{
            steps {{
                sh 'curl -fsS -u release-bot:{jp} --upload-file dist/*.whl https://nexus.example.org/repository/pypi-internal/'
            }}
        }}
    }}
}}
''', jp, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")


# =============================================================================================
# More package-module carriers
# =============================================================================================
rp = fakes.redis_password(seed())
add("python-module/getenv-default-redis", "src/ratelimit/backend.py", f'''import os

import redis

REDIS_URL = os.getenv(
    "RATELIMIT_REDIS_URL",
    "redis://:{rp}@redis-ratelimit.prod.northwind.internal:6379/4",
)
_pool = redis.ConnectionPool.from_url(REDIS_URL, max_connections=50)


def client() -> redis.Redis:
    return redis.Redis(connection_pool=_pool)
''', rp, "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url")

p = human_password()
b = base64.b64encode(f"svc-export:{p}".encode()).decode()
add("python-module/basic-auth-header-base64", "src/exporter/http.py", f'''import requests

BASE = "https://erp.northwind.internal/api/v1"
# svc-export service account
HEADERS = {{"Authorization": "Basic {b}", "Accept": "application/json"}}


def fetch_orders(day: str) -> list:
    r = requests.get(f"{{BASE}}/orders", params={{"day": day}}, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["items"]
''', p, "https://datatracker.ietf.org/doc/html/rfc7617")

add("python-module/decoy-basic-auth-from-env", "src/exporter/auth.py", '''import base64
import os


def basic_header() -> dict:
    user = os.environ["ERP_USER"]
    password = os.environ["ERP_PASSWORD"]
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}
''', None, "https://datatracker.ietf.org/doc/html/rfc7617")

p = random_password(22)
add("python-module/requests-auth-tuple", "src/exporter/sftp_bridge.py", f'''import requests

UPLOAD_URL = "https://files.partner-logistics.com/upload"
AUTH = ("northwind", "{p}")


def upload(path: str) -> None:
    with open(path, "rb") as fh:
        resp = requests.put(UPLOAD_URL + "/" + path.rsplit("/", 1)[-1], data=fh, auth=AUTH, timeout=60)
    resp.raise_for_status()
''', p, "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication")

mp = random_password(20)
add("python-module/mongodb-uri", "src/eventlog/store.py", f'''from pymongo import MongoClient

MONGO_URI = "mongodb+srv://eventlog:{mp}@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority"
client = MongoClient(MONGO_URI, tz_aware=True)
events = client["eventlog"]["events"]


def record(kind: str, payload: dict) -> None:
    events.insert_one({{"kind": kind, "payload": payload}})
''', mp, "https://www.mongodb.com/docs/manual/reference/connection-string/")

ep = human_password()
add("python-module/elasticsearch-basic-auth", "src/eventlog/search.py", f'''from elasticsearch import Elasticsearch

es = Elasticsearch(
    "https://es.eventlog.internal:9200",
    basic_auth=("elastic", "{ep}"),
    ca_certs="/etc/eventlog/es-ca.pem",
    request_timeout=30,
)


def search(term: str):
    return es.search(index="events-*", query={{"match": {{"message": term}}}})
''', ep, "https://elasticsearch-py.readthedocs.io/en/stable/quickstart.html")

azk = azure_account_key()
add("python-module/azure-connection-string", "src/tilestore/azure_backend.py", f'''from azure.storage.blob import BlobServiceClient

CONNECTION_STRING = (
    "DefaultEndpointsProtocol=https;AccountName=tilestoreprod;"
    "AccountKey={azk};"
    "EndpointSuffix=core.windows.net"
)
service = BlobServiceClient.from_connection_string(CONNECTION_STRING)
container = service.get_container_client("tiles")
''', azk, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

cs = random_password(27)
add("python-module/cloudinary-url", "src/shopfront/media.py", f'''import cloudinary
import cloudinary.uploader

cloudinary.config(
    cloud_name="shopfront",
    api_key="{rng().randint(10**14, 10**15)}",
    api_secret="{cs}",
    secure=True,
)


def upload_product_image(path: str) -> str:
    return cloudinary.uploader.upload(path, folder="products")["secure_url"]
''', cs, "https://cloudinary.com/documentation/django_integration#configuration")

sh = shopify()
add("python-module/shopify-admin-token", "src/shopfront/shopify_sync.py", f'''import shopify

SHOP_URL = "northwind-store.myshopify.com"
API_VERSION = "2024-07"
ACCESS_TOKEN = "{sh}"

session = shopify.Session(SHOP_URL, API_VERSION, ACCESS_TOKEN)
shopify.ShopifyResource.activate_session(session)


def product_titles() -> list[str]:
    return [p.title for p in shopify.Product.find(limit=250)]
''', sh, "https://github.com/Shopify/shopify_python_api#private-apps")

al = hexkey(32)
add("python-module/algolia-admin-key", "src/shopfront/search_index.py", f'''from algoliasearch.search.client import SearchClientSync

APP_ID = "H7Q2K9XW4M"
ADMIN_API_KEY = "{al}"  # write access, used by the nightly reindex
client = SearchClientSync(APP_ID, ADMIN_API_KEY)


def reindex(products: list[dict]) -> None:
    client.replace_all_objects("products", products)
''', al, "https://www.algolia.com/doc/guides/security/api-keys/")

add("python-module/decoy-algolia-search-only", "src/shopfront/search_public.py", f'''"""Values exposed to the storefront JavaScript. The search-only key is public by design; the
admin key lives in the ALGOLIA_ADMIN_KEY environment variable."""

ALGOLIA_APP_ID = "H7Q2K9XW4M"
ALGOLIA_INDEX = "products"
ALGOLIA_SEARCH_ONLY_KEY_ENV = "ALGOLIA_SEARCH_KEY"
HITS_PER_PAGE = 24
''', None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

p = passphrase()
add("python-module/click-option-default", "src/fleetctl/cli.py", f'''import click


@click.group()
@click.option("--api", default="https://fleet.example.io/api/v2", show_default=True)
@click.option("--user", default="fleet-admin")
@click.option("--password", default="{p}", hide_input=True)
@click.pass_context
def cli(ctx, api, user, password):
    ctx.obj = {{"api": api, "auth": (user, password)}}


@cli.command()
@click.pass_obj
def nodes(obj):
    click.echo(obj["api"])
''', p, "https://click.palletsprojects.com/en/8.1.x/options/")

add("python-module/decoy-click-envvar", "src/fleetctl/cli_v2.py", '''import click


@click.command()
@click.option("--token", envvar="FLEET_TOKEN", required=True, help="API token (see `fleetctl login`).")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def login(token, password):
    click.echo("logged in")
''', None, "https://click.palletsprojects.com/en/8.1.x/options/#values-from-environment-variables")

tok = random_password(40)
add("python-module/dataclass-default-token", "src/exporter/config.py", f'''from dataclasses import dataclass, field


@dataclass
class ErpConfig:
    base_url: str = "https://erp.northwind.internal/api/v1"
    api_token: str = "{tok}"
    timeout: float = 20.0
    retries: int = 3
    tags: list[str] = field(default_factory=lambda: ["export", "nightly"])
''', tok, "https://docs.python.org/3/library/dataclasses.html")

add("python-module/decoy-key-patterns", "src/relkit/redact.py", '''"""Patterns used to redact credentials from build logs before they are uploaded."""
import re

PATTERNS = [
    re.compile(r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"ghp_[A-Za-z0-9]{36}"),
    re.compile(r"xox[baprs]-[A-Za-z0-9-]{10,}"),
]


def redact(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub("[REDACTED]", text)
    return text
''', None, "https://docs.python.org/3/library/re.html")

add("python-module/decoy-hashes-and-ids", "src/geomath/_version.py", f'''# file generated by setuptools_scm
# don't change, don't track in version control
__version__ = version = "3.0.1"
__version_tuple__ = version_tuple = (3, 0, 1)
__commit_id__ = commit_id = "g{git_sha()[:9]}"
__build_id__ = "{a_uuid()}"
__source_sha256__ = "{sha256()}"
''', None, "https://setuptools-scm.readthedocs.io/en/latest/usage/")

k = rs(rng(), ALNUM, 32)
kb = base64.b64encode(k.encode()).decode()
add("python-module/base64-obfuscated-key", "src/weatherkit/_keys.py", f'''import base64

# not plain text so it does not show up in grep
_K = "{kb}"


def api_key() -> str:
    return base64.b64decode(_K).decode()


API_URL = "https://api.weatherprovider.com/v3/forecast"
''', k, "https://docs.python.org/3/library/base64.html")

gh = fakes.github_token(seed())
parts = [gh[i:i + 10] for i in range(0, len(gh), 10)]
add("python-module/join-split-token", "src/changelogger/_auth.py", '''"""Token of the changelogger-bot account (repo:read)."""

_PARTS = (
''' + "".join(f'    "{x}",\n' for x in parts) + ''')
TOKEN = "".join(_PARTS)


def headers() -> dict:
    return {"Authorization": f"token {TOKEN}"}
''', gh, "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api")

add("python-module/decoy-init-exports", "src/queuekit/__init__.py", f'''"""queuekit: small Redis-backed job queues."""
from .connection import get_redis
from .queue import Queue, Job

__all__ = ["Queue", "Job", "get_redis"]
__version__ = "1.7.3"
__git_revision__ = "{git_sha()}"
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
''', None, "https://docs.python.org/3/tutorial/modules.html#packages")

p = fakes.password(seed())
add("python-module/init-default-credentials", "src/erpclient/__init__.py", f'''"""erpclient: client for the Northwind ERP."""
from .client import Client

__version__ = "2.1.0"

DEFAULT_USER = "integration"
DEFAULT_PASSWORD = "{p}"


def connect(url: str = "https://erp.northwind.internal") -> Client:
    return Client(url, DEFAULT_USER, DEFAULT_PASSWORD)
''', p, "https://docs.python.org/3/tutorial/modules.html#packages")

sess = fakes.aws_session_token(seed(), "er-aws")
add("python-module/aws-session-token-env", "src/s3sync/_devcreds.py", f'''import os

# temporary credentials pasted from the SSO portal for the demo
os.environ.setdefault("AWS_ACCESS_KEY_ID", "ASIA{rs(rng(), string.ascii_uppercase + "234567", 16)}")
os.environ.setdefault("AWS_SESSION_TOKEN", "{sess}")
os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-1")
''', sess, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

sk = fakes.aws_secret_key(seed())
add("python-module/aws-secret-only", "src/s3sync/settings.py", f'''BUCKET = "s3sync-releases"
PREFIX = "site/"
REGION = "eu-west-1"
PROFILE = None
# set on the build box, see docs/deploy.rst
AWS_SECRET_ACCESS_KEY = "{sk}"
MULTIPART_THRESHOLD = 8 * 1024 * 1024
''', sk, "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html")

add("python-module/decoy-arn-and-account", "src/s3sync/iam.py", '''ROLE_ARN = "arn:aws:iam::123456789012:role/s3sync-uploader"
KMS_KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
EXTERNAL_ID_ENV = "S3SYNC_EXTERNAL_ID"
SESSION_NAME = "s3sync"
DURATION = 3600
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html")


# =============================================================================================
# Python-ecosystem tool configs and deploy files shipped in sdists
# =============================================================================================
rp = fakes.redis_password(seed())
add("k8s-secret/redis-password-base64", "deploy/k8s/redis-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: queuekit-redis
  namespace: queuekit
  labels:
    app.kubernetes.io/name: queuekit
type: Opaque
data:
  redis-password: {base64.b64encode(rp.encode()).decode()}
  redis-host: {base64.b64encode(b"redis-queue.prod.queuekit.net").decode()}
''', rp, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("k8s-secret/decoy-external-secret", "deploy/k8s/redis-externalsecret.yaml", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: queuekit-redis
  namespace: queuekit
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: queuekit-redis
  data:
    - secretKey: redis-password
      remoteRef:
        key: prod/queuekit/redis
        property: password
''', None, "https://external-secrets.io/latest/api/externalsecret/")

p = human_password()
add("helm-values/postgres-password", "deploy/helm/taskapi/values-prod.yaml", f'''replicaCount: 3
image:
  repository: ghcr.io/northwind/taskapi
  tag: "1.8.0"
postgresql:
  enabled: true
  auth:
    username: taskapi
    password: "{p}"
    database: taskapi
ingress:
  enabled: true
  hosts:
    - host: api.taskapi.dev
      paths: [{{path: /, pathType: Prefix}}]
''', p, "https://artifacthub.io/packages/helm/bitnami/postgresql")

add("helm-template/decoy-template-expressions", "deploy/helm/taskapi/templates/secret.yaml", '''apiVersion: v1
kind: Secret
metadata:
  name: {{ include "taskapi.fullname" . }}
type: Opaque
stringData:
  DATABASE_PASSWORD: {{ .Values.postgresql.auth.password | quote }}
  JWT_SECRET: {{ required "jwtSecret is required" .Values.jwtSecret | quote }}
''', None, "https://helm.sh/docs/chart_template_guide/values_files/")

dt = do_token()
add("terraform-tfvars/digitalocean-token", "deploy/terraform/prod.tfvars", f'''do_token      = "{dt}"
region        = "fra1"
droplet_size  = "s-2vcpu-4gb"
droplet_count = 3
ssh_key_ids   = [41877219]
''', dt, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

add("terraform/decoy-variable-sensitive", "deploy/terraform/variables.tf", '''variable "do_token" {
  type        = string
  sensitive   = true
  description = "DigitalOcean API token (set TF_VAR_do_token)"
}

variable "region" {
  type    = string
  default = "fra1"
}
''', None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("ansible-vault/decoy-vaulted-vars", "deploy/ansible/group_vars/prod/vault.yml", vault_ciphertext() + "\n", None,
    "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

p = passphrase()
add("ansible-vars/plain-db-password", "deploy/ansible/group_vars/prod/vars.yml", f'''---
taskapi_version: "1.8.0"
taskapi_workers: 4
postgres_host: db.taskapi.internal
postgres_user: taskapi
postgres_password: "{p}"
redis_password: "{{{{ vault_redis_password }}}}"
nginx_server_name: api.taskapi.dev
''', p, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("zappa-settings/aws-secret-environment", "zappa_settings.json", json.dumps({
    "production": {
        "app_function": "notepad.app.app",
        "aws_region": "eu-west-1",
        "profile_name": None,
        "project_name": "notepad",
        "runtime": "python3.12",
        "s3_bucket": "zappa-notepad-prod",
        "aws_environment_variables": {"UPLOADS_KEY_ID": kid, "UPLOADS_SECRET_KEY": sk, "NOTEPAD_ENV": "production"},
    }
}, indent=4) + "\n", sk, "https://github.com/zappa/Zappa#remote-environment-variables")

sk = stripe_secret()
add("chalice-config/stripe-env", ".chalice/config.json", json.dumps({
    "version": "2.0",
    "app_name": "paydesk-hooks",
    "stages": {"prod": {"api_gateway_stage": "api",
                        "environment_variables": {"STRIPE_API_KEY": sk, "PAYDESK_ENV": "prod"}}},
}, indent=2) + "\n", sk, "https://aws.github.io/chalice/topics/configfile.html")

add("serverless-yml/decoy-ssm-refs", "serverless.yml", '''service: paydesk-hooks
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    STRIPE_API_KEY: ${ssm:/paydesk/prod/stripe-api-key}
    DATABASE_URL: ${ssm:/paydesk/prod/database-url}
functions:
  webhook:
    handler: handler.webhook
    events:
      - httpApi: "POST /hooks/stripe"
''', None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

o = fakes.openai_key(seed2(), "svcacct")
add("streamlit-secrets/openai-key", ".streamlit/secrets.toml", f'''# Streamlit app secrets
OPENAI_API_KEY = "{o}"

[app]
title = "Ticket summariser"
max_upload_mb = 20
''', o, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

add("streamlit-secrets/decoy-example", ".streamlit/secrets.toml.example", '''# Copy to secrets.toml and fill in. Never commit the real file.
OPENAI_API_KEY = "sk-..."

[connections.postgresql]
dialect = "postgresql"
host = "localhost"
username = "your-username"
password = "your-password"
''', None, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

sk = fakes.aws_secret_key(seed()); kid = fakes.aws_key_id(seed())
add("kedro-credentials/aws-secret", "conf/base/credentials.yml", f'''# Kedro credentials for the data catalog
s3_raw:
  key: {kid}
  secret: {sk}
  client_kwargs:
    region_name: eu-west-1

dev_sql:
  con: sqlite:///data/dev.db
''', sk, "https://docs.kedro.org/en/stable/configuration/credentials.html")

add("kedro-catalog/decoy-credential-refs", "conf/base/catalog.yml", '''raw_tickets:
  type: pandas.CSVDataset
  filepath: s3://northwind-raw/tickets.csv
  credentials: s3_raw

ticket_features:
  type: pandas.ParquetDataset
  filepath: data/04_feature/ticket_features.parquet
''', None, "https://docs.kedro.org/en/stable/data/data_catalog.html")

fk = fernet_key(); p = random_password(20)
add("airflow-cfg/fernet-key", "airflow/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False
fernet_key = {fk}

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_sql_conn

[webserver]
base_url = https://airflow.northwind.internal
expose_config = False
''', fk, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

p = human_password()
add("airflow-connections/connection-uri", "airflow/connections.yaml", f'''warehouse_pg:
  conn_type: postgres
  host: warehouse.northwind.internal
  login: airflow
  password: {p}
  port: 5432
  schema: analytics
http_erp:
  conn_type: http
  host: https://erp.northwind.internal
''', p, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

add("dvc-config/decoy-remote-no-creds", ".dvc/config", '''[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://northwind-dvc/summariser
    region = eu-west-1
    profile = dvc
''', None, "https://dvc.org/doc/user-guide/project-structure/configuration")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("dvc-config/remote-secret-key", "pkgs/summariser-data/.dvc/config", f'''[core]
    remote = storage
['remote "storage"']
    url = s3://northwind-dvc/summariser-data
    access_key_id = {kid}
    secret_access_key = {sk}
    region = eu-west-1
''', sk, "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3")

p = random_password(24)
add("scrapy-settings/proxy-password", "src/pricecrawl/settings.py", f'''BOT_NAME = "pricecrawl"
SPIDER_MODULES = ["pricecrawl.spiders"]
NEWSPIDER_MODULE = "pricecrawl.spiders"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.5
ROTATING_PROXY_LIST = [
    "http://pricecrawl:{p}@proxy.brightdata-gw.example.net:22225",
]
DOWNLOADER_MIDDLEWARES = {{
    "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
}}
''', p, "https://docs.scrapy.org/en/latest/topics/settings.html")

sk = flask_secret()
add("superset-config/secret-key", "docker/pythonpath/superset_config.py", f'''import os

SECRET_KEY = "{sk}"
SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_DATABASE_URI"]
FEATURE_FLAGS = {{"DASHBOARD_RBAC": True, "ENABLE_TEMPLATE_PROCESSING": True}}
ROW_LIMIT = 50000
WTF_CSRF_ENABLED = True
''', sk, "https://superset.apache.org/docs/configuration/configuring-superset")

p = passphrase()
add("pyramid-ini/sqlalchemy-url", "production.ini", f'''[app:main]
use = egg:wikiapp
pyramid.reload_templates = false
pyramid.default_locale_name = en
sqlalchemy.url = mysql+pymysql://wikiapp:{p}@mysql.wikiapp.internal/wikiapp?charset=utf8mb4
retry.attempts = 3

[server:main]
use = egg:waitress#main
listen = *:6543

[loggers]
keys = root, wikiapp
''', p, "https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/project.html#production-ini")

add("pyramid-ini/decoy-dev-sqlite", "development.ini", '''[app:main]
use = egg:wikiapp
pyramid.reload_templates = true
pyramid.includes = pyramid_debugtoolbar
sqlalchemy.url = sqlite:///%(here)s/wikiapp.sqlite
auth.secret = seekrit-dev-only

[server:main]
use = egg:waitress#main
listen = localhost:6543
''', None, "https://docs.pylonsproject.org/projects/pyramid/en/latest/tutorials/wiki2/authentication.html")

add("htpasswd/decoy-bcrypt-hashes", "deploy/nginx/flower.htpasswd", "\n".join(
    f"{u}:{bcrypt_hash()}" for u in ["ops", "harvester", "oncall", "readonly", "ci"]) + "\n", None,
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

p = random_password(18)
add("flower-config/basic-auth", "deploy/flowerconfig.py", f'''# Celery Flower configuration
import os

port = 5555
address = "0.0.0.0"
broker_api = os.environ.get("FLOWER_BROKER_API")
basic_auth = ["ops:{p}"]
persistent = True
db = "/var/lib/flower/flower.db"
max_tasks = 10000
''', p, "https://flower.readthedocs.io/en/latest/config.html#basic-auth")


# =============================================================================================
# More Redis, database, AWS, PyPI and Telegram carriers
# =============================================================================================
rp = fakes.redis_password(seed())
add("redis-conf/requirepass", "src/queuekit/data/redis.conf", f'''# redis.conf used by `queuekit dev-server --prod-like`
bind 0.0.0.0
port 6379
protected-mode yes
requirepass {rp}
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

add("redis-conf/decoy-commented-default", "src/queuekit/data/redis-dev.conf", '''# Minimal development config (no auth, loopback only)
bind 127.0.0.1 -::1
port 6379
protected-mode yes
# requirepass foobared
save ""
appendonly no
''', None, "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf")

p = fakes.redis_password(seed())
add("redis-acl/user-password", "deploy/redis/users.acl", f'''user default off
user queuekit on >{p} ~queuekit:* &* +@all -@dangerous
user metrics on nopass ~* +info +ping
''' + "user replica-sync on #" + sha256() + " +psync +replconf +ping\n" + "user ops off\n", p,
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

t = fakes.telegram_token(seed())
add("example-script/telegram-application-builder", "examples/echo_bot.py", f'''#!/usr/bin/env python
"""Echo bot: replies with the text it receives."""
import logging

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

logging.basicConfig(level=logging.INFO)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(update.message.text)


def main() -> None:
    application = Application.builder().token("{t}").build()
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
''', t, "https://docs.python-telegram-bot.org/en/stable/examples.echobot.html")

add("example-script/decoy-telegram-token-literal", "examples/inline_bot.py", '''#!/usr/bin/env python
"""Inline bot example. Replace "TOKEN" with the token BotFather gave you."""
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi!")


def main() -> None:
    application = Application.builder().token("TOKEN").build()
    application.add_handler(CommandHandler("start", start))
    application.run_polling()


if __name__ == "__main__":
    main()
''', None, "https://docs.python-telegram-bot.org/en/stable/examples.inlinebot.html")

t = fakes.telegram_token(seed())
add("package-data-yaml/telegram-bot-config", "src/alertbot/data/bot.yaml", f'''bot:
  name: northwind-alerts
  token: "{t}"
  parse_mode: MarkdownV2
chats:
  oncall: -1001827364512
  releases: -1001938475610
rate_limit:
  messages_per_minute: 20
''', t, "https://core.telegram.org/bots/api")

t = fakes.telegram_token(seed())
add("rst-docs/telegram-webhook-setup", "docs/howto/webhook.rst", f'''Switching alertbot to webhooks
==============================

Register the webhook once after deploying:

.. code-block:: console

   $ curl -F "url=https://alerts.northwind.dev/telegram" \\
       https://api.telegram.org/bot{t}/setWebhook
   {{"ok":true,"result":true,"description":"Webhook was set"}}

Check it with ``getWebhookInfo``.
''', t, "https://core.telegram.org/bots/api#setwebhook")

pt = fakes.pypi_token(seed())
add("pdm-toml/pypi-repository-password", "pdm.toml", f'''[repository.pypi]
username = "__token__"
password = "{pt}"

[pypi]
url = "https://pypi.org/simple"
verify_ssl = true

[python]
use_venv = true
''', pt, "https://pdm-project.org/en/latest/usage/publish/#configure-the-repository-secrets-for-upload")

pt = fakes.pypi_token(seed())
add("poetry-auth-toml/pypi-token", "tools/release/poetry/auth.toml", f'''# written by `poetry config pypi-token.pypi ...` on the release box (no keyring there)
[pypi-token]
pypi = "{pt}"

[http-basic.internal]
username = "billing-ci"
''', pt, "https://python-poetry.org/docs/repositories/#configuring-credentials")

add("pipfile/decoy-env-source", "Pipfile", '''[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.example.org/repository/pypi-internal/simple"
verify_ssl = true
name = "internal"

[packages]
requests = "*"
internal-money = {version = "*", index = "internal"}

[requires]
python_version = "3.12"
''', None, "https://pipenv.pypa.io/en/latest/credentials.html")

p = human_password(url=True)
add("pipfile/inline-source-password", "pkgs/billing-engine/Pipfile", f'''[[source]]
url = "https://billing-ci:{p}@nexus.example.org/repository/pypi-internal/simple"
verify_ssl = true
name = "internal"

[packages]
internal-money = {{version = "==1.4.2", index = "internal"}}
pydantic = "*"

[dev-packages]
pytest = "*"
''', p, "https://pipenv.pypa.io/en/latest/indexes.html")

p = passphrase()
add("database-ini/psycopg-config", "src/reportgen/database.ini", f'''[postgresql]
host = warehouse.northwind.internal
port = 5432
database = analytics
user = reportgen
password = {p}
sslmode = require
''', p, "https://www.postgresqltutorial.com/postgresql-python/connect/")

p = human_password()
add("python-module/pyodbc-connection-string", "src/reportgen/mssql.py", f'''import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER=sql-erp.northwind.internal,1433;"
    "DATABASE=ERP;"
    "UID=reportgen;"
    "PWD={p};"
    "Encrypt=yes;TrustServerCertificate=no;"
)


def connect() -> pyodbc.Connection:
    return pyodbc.connect(CONN_STR, timeout=15)
''', p, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

add("odbc-ini/decoy-trusted-connection", "deploy/odbc.ini", '''[ERP]
Driver = ODBC Driver 18 for SQL Server
Server = sql-erp.northwind.internal,1433
Database = ERP
Trusted_Connection = yes
Encrypt = yes
''', None, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

p = random_password(20)
add("sql-fixture/create-user-password", "tests/fixtures/seed_staging.sql", f'''-- Seed for the shared staging database (run by scripts/reset_staging.sh)
CREATE DATABASE IF NOT EXISTS inventory CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'inv_app'@'%' IDENTIFIED BY '{p}';
GRANT SELECT, INSERT, UPDATE, DELETE ON inventory.* TO 'inv_app'@'%';
FLUSH PRIVILEGES;

USE inventory;
INSERT INTO items (sku, name, qty) VALUES ('NW-001', 'Widget', 40), ('NW-002', 'Gadget', 12);
''', p, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

add("sql-fixture/decoy-local-test-db", "tests/fixtures/init_test_db.sql", '''-- Used only by the throwaway MySQL container in tests/conftest.py; destroyed after the run.
CREATE DATABASE test_inventory;
CREATE USER 'test'@'%' IDENTIFIED BY 'test';
GRANT ALL ON test_inventory.* TO 'test'@'%';
CREATE TABLE test_inventory.items (sku VARCHAR(20) PRIMARY KEY, name TEXT, qty INT);
''', None, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

kid = fakes.aws_key_id(seed()); sk = fakes.aws_secret_key(seed())
add("aws-credentials/secret-key", "tools/ci/aws/credentials", f'''[default]
region = eu-west-1

[tilestore-deployer]
aws_access_key_id = {kid}
aws_secret_access_key = {sk}

[readonly]
role_arn = arn:aws:iam::123456789012:role/ReadOnly
source_profile = tilestore-deployer
''', sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("aws-config/decoy-sso-profile", "tools/ci/aws/config", '''[profile tilestore]
sso_session = northwind
sso_account_id = 123456789012
sso_role_name = TileDeployer
region = eu-west-1

[sso-session northwind]
sso_start_url = https://northwind.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

akid = fakes.aws_key_id(seed())
add("test-fixture/decoy-presigned-url", "tests/fixtures/presigned_download.json", json.dumps({
    "url": ("https://tilestore-prod-tiles.s3.eu-west-1.amazonaws.com/12/2048/1361.png"
            "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential={akid}%2F20261120%2Feu-west-1%2Fs3%2Faws4_request"
            "&X-Amz-Date=20261120T101112Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
            f"&X-Amz-Signature={sha256()}"),
    "expires_in": 300,
    "content_type": "image/png",
}, indent=2) + "\n", None, "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html")

tok = hexkey(48)
add("jupyter-config/server-token", "examples/jupyter_server_config.py", f'''# Config for the shared demo server (started by examples/run_demo.sh)
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "{tok}"
c.ServerApp.root_dir = "/srv/demo/notebooks"
''', tok, "https://jupyter-server.readthedocs.io/en/latest/operators/security.html")

r = rng()
argon = "argon2:$argon2id$v=19$m=10240,t=10,p=8$" + rs(r, ALNUM + "+/", 22) + "$" + rs(r, ALNUM + "+/", 43)
add("jupyter-config/decoy-hashed-password", "examples/jupyter_lab_config.py", f'''c = get_config()  # noqa: F821

c.ServerApp.ip = "127.0.0.1"
c.ServerApp.open_browser = True
# hashed with jupyter_server.auth.passwd(); the plain password is not stored anywhere
c.PasswordIdentityProvider.hashed_password = "{argon}"
c.ServerApp.root_dir = "~/notebooks"
''', None, "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

wh = "whsec_" + rs(rng(), ALNUM, 32)
add("example-script/stripe-webhook-secret", "examples/webhook_server.py", f'''"""Minimal Flask app verifying Stripe webhook signatures."""
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "{wh}"


@app.post("/hooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        abort(400)
    return {{"received": event["type"]}}
''', wh, "https://docs.stripe.com/webhooks#verify-official-libraries")

add("django-settings/decoy-test-settings", "tests/settings.py", '''"""Settings for the test suite only."""
from ledgerly.settings.base import *  # noqa: F401,F403

# Test-only key, never used outside the test run.
SECRET_KEY = "insecure-test-key-for-pytest-only"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
''', None, "https://docs.djangoproject.com/en/5.0/topics/testing/overview/#speeding-up-the-tests")

pem = fakes.fake_pem(seed(), "EC")
add("markdown-docs/private-key-in-howto", "docs/howto/apple-pay.md", f'''# Apple Pay merchant identity

The merchant identity key (generated 2026-08) is below; save it as `certs/apple_pay_merchant.key`
on the payment hosts:

```text
{pem}
```

Then restart `paydesk-web`.
''', pem, "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment")

add("procfile/decoy-procfile", "Procfile", '''web: gunicorn -c deploy/gunicorn.conf.py taskapi.main:app
worker: celery -A harvester worker -l info
beat: celery -A harvester beat -l info
release: alembic upgrade head
clock: python -m taskapi.clock
''', None, "https://devcenter.heroku.com/articles/procfile")

gh = fakes.github_fine_grained_token(seed2())
add("shell-script/github-token-clone", "scripts/vendor_protos.sh", f'''#!/usr/bin/env bash
# Vendor the protobuf definitions into src/fleetctl/_protos
set -euo pipefail
TMP=$(mktemp -d)
git clone --depth 1 "https://x-access-token:{gh}@github.com/northwind-labs/fleet-protos.git" "$TMP"
cp "$TMP"/proto/*.proto src/fleetctl/_protos/
rm -rf "$TMP"
''', gh, "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation")
