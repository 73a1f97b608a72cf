"""Blind set K: files an upload gate sees inside sdists and wheels of ordinary PyPI packages.

Generated fakes only (seeds 130000-134999); every credential here was never issued.
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [130000]
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 135000
    return _SEED[0]


def rnd(alphabet: str, n: int) -> str:
    rng = random.Random(seed())
    return "".join(rng.choice(alphabet) for _ in range(n))


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-k/" + category, file_name, text, secret, source))


def words_pw() -> str:
    rng = random.Random(seed())
    w = ["Copper", "Falcon", "Meadow", "Harbor", "Quartz", "Willow", "Ember", "Granite", "Saffron", "Tundra", "Orchid", "Cobalt"]
    return rng.choice(w) + rng.choice(w).lower() + str(rng.randint(10, 9999)) + rng.choice("!#%*&@$")


def passphrase() -> str:
    rng = random.Random(seed())
    w = ["correct", "lantern", "pebble", "orbit", "thistle", "canyon", "marble", "ripple", "socket", "violet", "walnut", "zephyr"]
    return "-".join(rng.choice(w) for _ in range(4)) + "-" + str(rng.randint(1, 99))


def stripe() -> str:
    return "sk_live_" + rnd(ALNUM, 24)


def slack_bot() -> str:
    rng = random.Random(seed())
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**11, 10**12)}-" + "".join(rng.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return "SG." + rnd(ALNUM + "-_", 22) + "." + rnd(ALNUM + "-_", 43)


def gitlab() -> str:
    return "glpat-" + rnd(ALNUM + "-_", 20)


def npm() -> str:
    return "npm_" + rnd(ALNUM, 36)


def hex32() -> str:
    return rnd(HEX, 32)


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


DOCS = {
    "redis": "https://redis.io/docs/latest/develop/clients/redis-py/",
    "pypirc": "https://packaging.python.org/en/latest/specifications/pypirc/",
    "tox": "https://tox.wiki/en/latest/config.html",
    "gha": "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    "vcr": "https://vcrpy.readthedocs.io/en/latest/usage.html",
    "ptb": "https://docs.python-telegram-bot.org/",
    "boto": "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    "sqlalchemy": "https://docs.sqlalchemy.org/en/20/core/engines.html",
    "nb": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "setuptools": "https://setuptools.pypa.io/en/latest/userguide/",
    "django": "https://docs.djangoproject.com/en/5.0/ref/settings/",
    "make": "https://www.gnu.org/software/make/manual/make.html",
    "sphinx": "https://www.sphinx-doc.org/en/master/usage/configuration.html",
    "pytest": "https://docs.pytest.org/en/stable/reference/customize.html",
    "coverage": "https://coverage.readthedocs.io/en/latest/config.html",
    "compose": "https://docs.docker.com/compose/compose-file/",
    "dotenv": "https://github.com/theskumar/python-dotenv",
    "pkginfo": "https://packaging.python.org/en/latest/specifications/core-metadata/",
    "record": "https://packaging.python.org/en/latest/specifications/recording-installed-packages/",
    "celery": "https://docs.celeryq.dev/en/stable/userguide/configuration.html",
    "alembic": "https://alembic.sqlalchemy.org/en/latest/tutorial.html",
    "pgpass": "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    "mycnf": "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    "netrc": "https://everything.curl.dev/usingcurl/netrc",
    "awscfg": "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    "readthedocs": "https://docs.readthedocs.io/en/stable/config-file/v2.html",
    "precommit": "https://pre-commit.com/#plugins",
}


# ---------------------------------------------------------------- package modules
def _modules() -> None:
    pw = fakes.redis_password(seed())
    add("python-module/redis-password", "src/ratelimitr/backends/redis.py", f'''"""Redis backend for ratelimitr."""
from __future__ import annotations

import redis

from ratelimitr.backends.base import Backend

DEFAULT_HOST = "cache-01.internal.ratelimitr.io"
DEFAULT_PORT = 6379


class RedisBackend(Backend):
    def __init__(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, db: int = 0):
        self._client = redis.Redis(
            host=host,
            port=port,
            db=db,
            password="{pw}",
            socket_timeout=2.0,
        )

    def incr(self, key: str, window: int) -> int:
        pipe = self._client.pipeline()
        pipe.incr(key)
        pipe.expire(key, window)
        return pipe.execute()[0]
''', pw, DOCS["redis"])

    pw = fakes.redis_password(seed())
    add("python-module/decoy-redis-env", "src/ratelimitr/backends/_defaults.py", '''"""Connection defaults; credentials come from the environment only."""
import os

REDIS_URL = os.environ.get("RATELIMITR_REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = os.environ.get("RATELIMITR_REDIS_PASSWORD")
REDIS_SSL = os.environ.get("RATELIMITR_REDIS_SSL", "0") == "1"

# password=None means AUTH is not sent at all
def connection_kwargs():
    kwargs = {"socket_timeout": 2.0}
    if REDIS_PASSWORD:
        kwargs["password"] = REDIS_PASSWORD
    return kwargs
''', None, DOCS["redis"])

    tok = fakes.telegram_token(seed())
    add("python-module/telegram-bot-token", "src/deploynotify/telegram.py", f'''"""Send deploy notifications to the ops Telegram group."""
import json
import urllib.request

BOT_TOKEN = "{tok}"
CHAT_ID = -1001742230915
API = "https://api.telegram.org/bot{{token}}/sendMessage"


def notify(text: str) -> None:
    body = json.dumps({{"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}}).encode()
    req = urllib.request.Request(API.format(token=BOT_TOKEN), data=body,
                                 headers={{"Content-Type": "application/json"}})
    with urllib.request.urlopen(req, timeout=10) as resp:
        resp.read()
''', tok, DOCS["ptb"])

    add("python-module/decoy-telegram-docstring", "src/deploynotify/config.py", '''"""Configuration for deploynotify.

The bot token is the string BotFather gives you, shaped like
``123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ`` (that one is the example from Telegram's docs).
Put it in ``DEPLOYNOTIFY_BOT_TOKEN``; never in a file.
"""
import os
from dataclasses import dataclass


@dataclass
class Settings:
    bot_token: str
    chat_id: int

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(os.environ["DEPLOYNOTIFY_BOT_TOKEN"], int(os.environ["DEPLOYNOTIFY_CHAT_ID"]))
''', None, "https://core.telegram.org/bots/api#authorizing-your-bot")

    kid, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("python-module/aws-secret-key", "src/s3sync/client.py", f'''import boto3
from botocore.config import Config

_cfg = Config(retries={{"max_attempts": 5, "mode": "standard"}}, region_name="eu-central-1")

# TODO(mk): move to IAM role before 1.0
_session = boto3.session.Session(
    aws_access_key_id="{kid}",
    aws_secret_access_key="{sk}",
)


def client():
    return _session.client("s3", config=_cfg)


def upload(path: str, bucket: str, key: str) -> None:
    client().upload_file(path, bucket, key, ExtraArgs={{"ServerSideEncryption": "AES256"}})
''', sk, DOCS["boto"])

    add("python-module/decoy-aws-doc-example", "src/s3sync/_docs_example.py", '''"""Example used in the README: the keys are the documented AWS example credentials."""
import boto3

EXAMPLE_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def example_client():
    """Only works against moto / localstack."""
    return boto3.client(
        "s3",
        endpoint_url="http://localhost:4566",
        aws_access_key_id=EXAMPLE_ACCESS_KEY_ID,
        aws_secret_access_key=EXAMPLE_SECRET_ACCESS_KEY,
    )
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

    pw = words_pw()
    add("python-module/postgres-dsn", "src/ledgerkit/db.py", f'''from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = "postgresql+psycopg2://ledger_app:{pw}@pg-prod-2.ledgerkit.net:5432/ledger"

engine = create_engine(DATABASE_URL, pool_size=10, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
''', pw, DOCS["sqlalchemy"])

    add("python-module/decoy-dsn-template", "src/ledgerkit/settings.py", '''import os

DB_USER = os.getenv("LEDGER_DB_USER", "ledger")
DB_PASSWORD = os.getenv("LEDGER_DB_PASSWORD", "")
DB_HOST = os.getenv("LEDGER_DB_HOST", "localhost")
DB_NAME = os.getenv("LEDGER_DB_NAME", "ledger")

DATABASE_URL = f"postgresql+psycopg2://{DB_USER}:{DB_PASSWORD}@{DB_HOST}:5432/{DB_NAME}"
ECHO_SQL = os.getenv("LEDGER_ECHO_SQL") == "1"
''', None, DOCS["sqlalchemy"])

    pw = rnd(ALNUM + "!#%", 20)
    add("python-module/mysql-password", "src/shopsync/connectors/mysql.py", f'''import pymysql


class MySQLConnector:
    name = "mysql"

    def __init__(self, database="shop"):
        self.conn = pymysql.connect(
            host="10.20.4.17",
            user="sync",
            passwd="{pw}",
            db=database,
            charset="utf8mb4",
            cursorclass=pymysql.cursors.DictCursor,
        )

    def orders_since(self, ts):
        with self.conn.cursor() as cur:
            cur.execute("SELECT * FROM orders WHERE updated_at > %s", (ts,))
            return cur.fetchall()
''', pw, "https://pymysql.readthedocs.io/en/latest/user/examples.html")

    tok = fakes.pypi_token(seed())
    add("python-module/pypi-token-release-script", "src/relkit/publish.py", f'''"""relkit publish: build and upload."""
import subprocess
import sys

REPOSITORY_URL = "https://upload.pypi.org/legacy/"
# token scoped to relkit only (rotated 2024-03)
PYPI_TOKEN = "{tok}"


def main(argv=None):
    subprocess.check_call([sys.executable, "-m", "build"])
    subprocess.check_call([
        sys.executable, "-m", "twine", "upload",
        "--repository-url", REPOSITORY_URL,
        "-u", "__token__", "-p", PYPI_TOKEN,
        "dist/*",
    ])


if __name__ == "__main__":
    main()
''', tok, DOCS["pypirc"])

    add("python-module/decoy-pypi-token-prefix-check", "src/relkit/validate.py", '''"""Sanity checks before an upload."""
import os
import re

TOKEN_PREFIX = "pypi-"
# A PyPI API token is "pypi-" followed by a base64 macaroon, e.g. pypi-AgEIcHlwaS5vcmc...
TOKEN_RE = re.compile(r"^pypi-[A-Za-z0-9_-]{50,}$")


def check_token() -> None:
    token = os.environ.get("TWINE_PASSWORD", "")
    if not TOKEN_RE.match(token):
        raise SystemExit("TWINE_PASSWORD does not look like a PyPI API token (pypi-...)")
''', None, DOCS["pypirc"])

    key = fakes.django_secret_key(seed())
    add("python-module/django-secret-key", "example_project/example_project/settings.py", f'''"""Django settings for example_project (shipped in the sdist for the demo)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "{key}"

DEBUG = False
ALLOWED_HOSTS = ["demo.django-taggit-plus.org"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "taggit_plus",
]

DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}}}
''', key, DOCS["django"])

    add("python-module/decoy-django-insecure-test-key", "tests/settings.py", '''SECRET_KEY = "django-insecure-test-only-not-secret"
DEBUG = True
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "taggit_plus",
    "tests.testapp",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''', None, DOCS["django"])

    key = stripe()
    add("python-module/stripe-live-key", "src/paywidget/billing/stripe_client.py", f'''import stripe

stripe.api_key = "{key}"
stripe.max_network_retries = 2


def create_checkout(price_id: str, customer_email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="subscription",
        line_items=[{{"price": price_id, "quantity": 1}}],
        customer_email=customer_email,
        success_url="https://paywidget.dev/thanks",
        cancel_url="https://paywidget.dev/pricing",
    )
    return session.url
''', key, "https://docs.stripe.com/api/authentication")

    add("python-module/decoy-stripe-publishable", "src/paywidget/billing/constants.py", '''"""Public values; the publishable key is meant to be embedded in the browser."""
STRIPE_PUBLISHABLE_KEY = "pk_live_51HqLyjWDarjtT1zdp7dcXh2Jt4QFbLb3tQKMf3nC7YJq8VZg0rH"
PRICE_IDS = {
    "starter": "price_1OaYzXWDarjtT1zdv4QmB2nL",
    "pro": "price_1OaZ0qWDarjtT1zd3xT9kR7s",
}
CURRENCY = "eur"
TRIAL_DAYS = 14
''', None, "https://docs.stripe.com/keys")

    tok = slack_bot()
    add("python-module/slack-bot-token", "src/ci_reporter/slack.py", f'''from slack_sdk import WebClient

_client = WebClient(token="{tok}")
CHANNEL = "#ci-nightly"


def post_summary(passed: int, failed: int, url: str) -> None:
    colour = "good" if not failed else "danger"
    _client.chat_postMessage(
        channel=CHANNEL,
        text=f"nightly: {{passed}} passed, {{failed}} failed",
        attachments=[{{"color": colour, "title_link": url, "title": "build log"}}],
    )
''', tok, "https://slack.dev/python-slack-sdk/web/index.html")

    tok = sendgrid()
    add("python-module/sendgrid-key-split", "src/mailq/providers/sendgrid.py", f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# split so GitHub's scanner would not flag it (sigh)
_KEY = ("{tok[:30]}"
        "{tok[30:]}")


def send(to: str, subject: str, html: str) -> int:
    message = Mail(from_email="noreply@mailq.dev", to_emails=to, subject=subject, html_content=html)
    return SendGridAPIClient(_KEY).send(message).status_code
''', tok, "https://github.com/sendgrid/sendgrid-python")

    tok = fakes.github_token(seed())
    add("python-module/github-token-cli-default", "src/changelogen/cli.py", f'''import argparse
import os

from changelogen.github import fetch_prs


def main() -> None:
    parser = argparse.ArgumentParser(prog="changelogen")
    parser.add_argument("repo")
    parser.add_argument("--since")
    parser.add_argument("--token", default=os.environ.get("GITHUB_TOKEN") or "{tok}")
    args = parser.parse_args()
    for pr in fetch_prs(args.repo, args.since, token=args.token):
        print(f"* {{pr.title}} (#{{pr.number}})")


if __name__ == "__main__":
    main()
''', tok, "https://docs.python.org/3/library/argparse.html")

    add("python-module/decoy-github-app-public-ids", "src/changelogen/github.py", '''"""Talks to the GitHub REST API; the token is always passed in by the caller."""
import requests

API = "https://api.github.com"
APP_ID = 384102
CLIENT_ID = "Iv1.8a61f9b3a7aba766"  # public, shown on the app's page
ACCEPT = "application/vnd.github+json"


def fetch_prs(repo, since=None, token=None):
    headers = {"Accept": ACCEPT, "X-GitHub-Api-Version": "2022-11-28"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    r = requests.get(f"{API}/repos/{repo}/pulls", params={"state": "closed"}, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()
''', None, "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/about-authentication-with-a-github-app")

    k = fakes.openai_key(seed())
    add("python-module/openai-key", "src/summarizeit/llm.py", f'''from openai import OpenAI

MODEL = "gpt-4o-mini"
client = OpenAI(api_key="{k}")


def summarize(text: str, max_words: int = 80) -> str:
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[
            {{"role": "system", "content": f"Summarize in at most {{max_words}} words."}},
            {{"role": "user", "content": text}},
        ],
    )
    return resp.choices[0].message.content
''', k, "https://platform.openai.com/docs/api-reference/authentication")

    add("python-module/decoy-hash-constants", "src/wheelcheck/known_hashes.py", f'''"""SHA-256 digests of known-good vendored wheels (pinned)."""
KNOWN = {{
    "certifi-2024.2.2-py3-none-any.whl": "{sha256('certifi')}",
    "idna-3.6-py3-none-any.whl": "{sha256('idna')}",
    "urllib3-2.2.1-py3-none-any.whl": "{sha256('urllib3')}",
    "charset_normalizer-3.3.2-py3-none-any.whl": "{sha256('charset')}",
}}
BLAKE2_SALT = b"wheelcheck"
''', None, "https://pip.pypa.io/en/stable/topics/secure-installs/")

    pw = passphrase()
    add("python-module/rabbitmq-url-celery", "src/thumbnailer/celeryconfig.py", f'''broker_url = "amqp://thumbnailer:{pw}@mq.thumbnailer.io:5672/prod"
result_backend = "redis://localhost:6379/3"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_acks_late = True
worker_prefetch_multiplier = 1
''', pw, DOCS["celery"])

    tok = fakes.aws_session_token(seed())
    kid, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("python-module/aws-session-token", "src/athena_export/_creds.py", f'''# pasted from `aws sts assume-role` to debug the export job; remove before release
CREDENTIALS = {{
    "AccessKeyId": "{kid.replace('AKIA', 'ASIA')}",
    "SecretAccessKey": "{sk}",
    "SessionToken": "{tok}",
    "Expiration": "2024-05-14T18:22:41Z",
}}
REGION = "us-east-1"
WORKGROUP = "analytics"
''', tok, "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html")

    pw = fakes.password(seed())
    add("python-module/mongodb-srv-uri", "src/eventlog/store.py", f'''from pymongo import MongoClient

MONGO_URI = "mongodb+srv://eventlog:{pw}@cluster0.x7qk2.mongodb.net/?retryWrites=true&w=majority"
_client = MongoClient(MONGO_URI, serverSelectionTimeoutMS=5000)
db = _client["eventlog"]


def write(event: dict) -> None:
    db.events.insert_one(event)
''', pw, "https://www.mongodb.com/docs/manual/reference/connection-string/")

    add("python-module/decoy-uuid-namespace", "src/eventlog/ids.py", '''import uuid

# Fixed namespace so ids are stable across installs (public; see docs/ids.rst)
NAMESPACE = uuid.UUID("6f1c3b2e-9a4d-4c8e-b1f7-2d5e8a0c9b13")
TENANT_SALT_VERSION = 2


def event_id(source: str, offset: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{source}:{offset}")
''', None, "https://docs.python.org/3/library/uuid.html")


_modules()


# ---------------------------------------------------------------- tests, fixtures, cassettes
def _tests() -> None:
    tok = slack_bot()
    add("vcr-cassette/slack-token-header", "tests/cassettes/test_post_summary.yaml", f'''interactions:
- request:
    body: channel=%23ci-nightly&text=nightly%3A+12+passed%2C+0+failed
    headers:
      Accept-Encoding:
      - gzip, deflate
      Authorization:
      - Bearer {tok}
      Content-Type:
      - application/x-www-form-urlencoded
      User-Agent:
      - Python/3.11 slackclient/3.27.1
    method: POST
    uri: https://www.slack.com/api/chat.postMessage
  response:
    body:
      string: '{{"ok":true,"channel":"C05TQ2B4H8L","ts":"1712233412.512119"}}'
    headers:
      Content-Type:
      - application/json; charset=utf-8
    status:
      code: 200
      message: OK
version: 1
''', tok, DOCS["vcr"])

    add("vcr-cassette/decoy-filtered-header", "tests/cassettes/test_fetch_prs.yaml", '''interactions:
- request:
    body: null
    headers:
      Accept:
      - application/vnd.github+json
      Authorization:
      - DUMMY
      User-Agent:
      - python-requests/2.31.0
    method: GET
    uri: https://api.github.com/repos/octo/hello/pulls?state=closed
  response:
    body:
      string: '[{"number": 42, "title": "Fix typo", "merge_commit_sha": "9fceb02d0ae598e95dc970b74767f19372d61af8"}]'
    headers:
      ETag:
      - W/"7c1e7bb1d0b3e0e4f8a7b8d8a3f0e6c2"
    status:
      code: 200
      message: OK
version: 1
''', None, DOCS["vcr"])

    k, s = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("vcr-cassette/aws-sigv4-and-body-secret", "tests/cassettes/test_create_access_key.yaml", f'''interactions:
- request:
    body: Action=CreateAccessKey&UserName=ci-uploader&Version=2010-05-08
    headers:
      Content-Type:
      - application/x-www-form-urlencoded; charset=utf-8
      X-Amz-Date:
      - 20240402T101512Z
    method: POST
    uri: https://iam.amazonaws.com/
  response:
    body:
      string: "<CreateAccessKeyResponse xmlns=\\"https://iam.amazonaws.com/doc/2010-05-08/\\">\\n
        \\ <CreateAccessKeyResult>\\n    <AccessKey>\\n      <UserName>ci-uploader</UserName>\\n
        \\     <AccessKeyId>{k}</AccessKeyId>\\n      <Status>Active</Status>\\n
        \\     <SecretAccessKey>{s}</SecretAccessKey>\\n
        \\   </AccessKey>\\n  </CreateAccessKeyResult>\\n</CreateAccessKeyResponse>"
    status:
      code: 200
      message: OK
version: 1
''', s, DOCS["vcr"])

    pw = fakes.redis_password(seed())
    add("pytest-conftest/redis-url", "tests/conftest.py", f'''import pytest
import redis

# shared staging instance; local docker is too slow on CI runners
REDIS_URL = "rediss://default:{pw}@redis-15321.c12.us-east-1-4.ec2.cloud.redislabs.com:15321/0"


@pytest.fixture(scope="session")
def redis_client():
    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    yield client
    client.flushdb()


@pytest.fixture
def limiter(redis_client):
    from ratelimitr import Limiter
    return Limiter(redis_client, rate="10/s")
''', pw, DOCS["redis"])

    add("pytest-conftest/decoy-fakeredis", "tests/integration/conftest.py", '''import fakeredis
import pytest

# fakeredis ignores AUTH; the password only checks that we pass it through
FAKE_PASSWORD = "not-a-real-password"


@pytest.fixture
def redis_client():
    server = fakeredis.FakeServer()
    return fakeredis.FakeRedis(server=server, password=FAKE_PASSWORD)


@pytest.fixture
def url():
    return "redis://:not-a-real-password@localhost:6379/0"
''', None, "https://fakeredis.readthedocs.io/")

    add("python-test/decoy-rfc-test-vector", "tests/test_hmac_signing.py", '''"""Signing matches RFC 4231 test case 2 and RFC 7515 appendix A.1."""
import base64
import hmac
import hashlib

from webhookery.sign import sign

# RFC 4231, Test Case 2
KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"

# RFC 7515 A.1 HMAC key (published in the RFC)
JWS_KEY = base64.urlsafe_b64decode(
    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==")


def test_rfc4231_case2():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED


def test_sign_uses_sha256():
    assert sign(KEY, DATA) == EXPECTED
''', None, "https://www.rfc-editor.org/rfc/rfc4231")

    tok = fakes.github_fine_grained_token(seed())
    add("python-test/github-fine-grained-token", "tests/test_integration_github.py", f'''import os

import pytest

from changelogen.github import fetch_prs

TOKEN = os.environ.get("GH_TOKEN", "{tok}")


@pytest.mark.integration
def test_fetch_real_repo():
    prs = fetch_prs("changelogen/changelogen", token=TOKEN)
    assert prs
    assert all("number" in pr for pr in prs)
''', tok, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

    add("python-test/decoy-moto-credentials", "tests/test_s3sync.py", '''import boto3
import pytest
from moto import mock_aws

from s3sync.client import upload


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch):
    """Mocked AWS Credentials for moto."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SECURITY_TOKEN", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@mock_aws
def test_upload(tmp_path):
    boto3.client("s3").create_bucket(Bucket="b")
    f = tmp_path / "x.txt"
    f.write_text("hi")
    upload(str(f), "b", "x.txt")
''', None, "https://docs.getmoto.org/en/latest/docs/getting_started.html")

    pem = fakes.fake_pem(seed())
    add("test-fixture/rsa-private-key", "tests/fixtures/keys/deploy_key.pem", pem + "\n", pem, "https://www.rfc-editor.org/rfc/rfc7468")

    rng = random.Random(seed())
    pub = "".join(rng.choice(ALNUM + "+/") for _ in range(64))
    add("test-fixture/decoy-public-key", "tests/fixtures/keys/signing_pub.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + pub[:20] if i == 0 else pub[i:] + pub[:i] for i in range(6)) + "\nIDAQAB\n-----END PUBLIC KEY-----\n", None, "https://www.rfc-editor.org/rfc/rfc7468")

    tok = fakes.telegram_token(seed())
    add("json-fixture/telegram-getme", "tests/fixtures/telegram/updates.json", f'''{{
  "bot": {{
    "token": "{tok}",
    "username": "deploy_notify_bot"
  }},
  "updates": [
    {{
      "update_id": 648122001,
      "message": {{
        "message_id": 17,
        "from": {{"id": 92211734, "is_bot": false, "first_name": "Ana"}},
        "chat": {{"id": -1001742230915, "type": "supergroup", "title": "ops"}},
        "date": 1712233412,
        "text": "/status"
      }}
    }}
  ]
}}
''', tok, "https://core.telegram.org/bots/api#update")

    add("json-fixture/decoy-jwks", "tests/fixtures/jwks.json", '''{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "2024-04-01",
      "alg": "RS256",
      "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
      "e": "AQAB"
    }
  ]
}
''', None, "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.1")

    pw = words_pw()
    add("json-fixture/db-credentials", "tests/fixtures/connections.json", f'''[
  {{
    "conn_id": "warehouse",
    "conn_type": "postgres",
    "host": "warehouse.c9xk1lqz.eu-west-1.rds.amazonaws.com",
    "schema": "analytics",
    "login": "etl_loader",
    "password": "{pw}",
    "port": 5432
  }},
  {{
    "conn_id": "local_sqlite",
    "conn_type": "sqlite",
    "host": "/tmp/test.db"
  }}
]
''', pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

    add("sql-fixture/decoy-password-hashes", "tests/fixtures/users.sql", f'''-- Seed users for the test database. Hashes are argon2 of "password" (fixture only).
CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL
);

INSERT INTO users (email, password_hash) VALUES
  ('alice@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG'),
  ('bob@example.com', '$argon2id$v=19$m=65536,t=3,p=4$YW5vdGhlcnNhbHQxMjM0$0K2s9pG7qLrYx3bN8vT1mWcZ5eUjHaFd');
''', None, "https://www.postgresql.org/docs/current/sql-insert.html")

    pw = rnd(ALNUM, 24)
    add("sql-fixture/create-role-password", "tests/fixtures/init_db.sql", f'''-- run once against the shared CI database
CREATE ROLE ledger_ci LOGIN PASSWORD '{pw}';
CREATE DATABASE ledger_test OWNER ledger_ci;
GRANT ALL PRIVILEGES ON DATABASE ledger_test TO ledger_ci;
\\c ledger_test
CREATE EXTENSION IF NOT EXISTS pgcrypto;
''', pw, "https://www.postgresql.org/docs/current/sql-createrole.html")

    tok = fakes.pypi_token(seed())
    add("python-test/pypi-token-in-test", "tests/test_upload_e2e.py", f'''"""End-to-end upload against TestPyPI (run manually)."""
import subprocess
import sys

import pytest

TESTPYPI_TOKEN = "{tok}"


@pytest.mark.skip(reason="manual")
def test_upload_testpypi(tmp_path):
    subprocess.check_call([sys.executable, "-m", "twine", "upload", "--repository", "testpypi",
                           "-u", "__token__", "-p", TESTPYPI_TOKEN, "dist/*"])
''', tok, DOCS["pypirc"])

    add("python-test/decoy-token-format-tests", "tests/test_redact.py", '''import pytest

from logscrub import redact

CASES = [
    ("token=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "token=[REDACTED]"),
    ("Authorization: Bearer <token>", "Authorization: Bearer [REDACTED]"),
    ("aws_secret_access_key = ****************************************", "aws_secret_access_key = [REDACTED]"),
    ("redis://:${REDIS_PASSWORD}@cache:6379", "redis://:[REDACTED]@cache:6379"),
]


@pytest.mark.parametrize("line,expected", CASES)
def test_redact(line, expected):
    assert redact(line) == expected
''', None, "https://docs.pytest.org/en/stable/how-to/parametrize.html")

    tok = gitlab()
    add("python-test/gitlab-token-responses-mock", "tests/test_gitlab_mirror.py", f'''import pytest

from mirrorbot.gitlab import list_projects

# token of the mirror-bot account (read_api on the mirrors group)
TOKEN = "{tok}"


@pytest.mark.integration
def test_list_projects_live():
    projects = list_projects(TOKEN)
    assert "mirrors/cpython" in projects
''', tok, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")


_tests()


# ---------------------------------------------------------------- build, CI, dotfiles
def _build() -> None:
    tok = fakes.pypi_token(seed())
    add("pypirc/pypi-token", ".pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {tok}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', tok, DOCS["pypirc"])

    add("pypirc/decoy-keyring", "packaging/pypirc.example", '''# Copy to ~/.pypirc. Passwords are read from the system keyring
# (`keyring set https://upload.pypi.org/legacy/ __token__`).
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__

[internal]
repository = https://pypi.corp.example.com/simple/
username = ci-bot
''', None, "https://twine.readthedocs.io/en/stable/#keyring-support")

    pw = words_pw()
    add("tox-ini/database-password", "tox.ini", f'''[tox]
envlist = py39, py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest
    pytest-cov
    psycopg2-binary
setenv =
    LEDGER_DATABASE_URL = postgresql://ledger_ci:{pw}@ci-db.ledgerkit.net:5432/ledger_test
    PYTHONHASHSEED = 0
commands =
    pytest --cov=ledgerkit {{posargs}}

[testenv:lint]
deps = ruff
commands = ruff check src tests
''', pw, DOCS["tox"])

    add("tox-ini/decoy-passenv", "tests/tox-integration.ini", '''[tox]
envlist = integration

[testenv:integration]
passenv =
    REDIS_URL
    REDIS_PASSWORD
    AWS_ACCESS_KEY_ID
    AWS_SECRET_ACCESS_KEY
setenv =
    RATELIMITR_REDIS_URL = {env:REDIS_URL:redis://localhost:6379/0}
commands = pytest -m integration {posargs}
''', None, DOCS["tox"])

    tok = fakes.pypi_token(seed())
    add("github-actions/pypi-token-inline", ".github/workflows/release.yml", f'''name: release

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - name: Upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: {tok}
        run: twine upload dist/*
''', tok, DOCS["gha"])

    add("github-actions/decoy-trusted-publishing", ".github/workflows/publish.yml", '''name: publish

on:
  release:
    types: [published]

permissions:
  id-token: write
  contents: read

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c  # v5.0.0
        with:
          python-version: "3.x"
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@81e9d935c883d0b210363ab89cf05f3894778450  # v1.8.14
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
''', None, "https://docs.pypi.org/trusted-publishers/")

    pw = fakes.redis_password(seed())
    add("github-actions/redis-service-password", ".github/workflows/tests.yml", f'''name: tests
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis:7
        ports: ["6379:6379"]
    env:
      RATELIMITR_REDIS_URL: redis://:{pw}@staging-cache.ratelimitr.io:6380/1
    strategy:
      matrix:
        python: ["3.10", "3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{{{ matrix.python }}}}
      - run: pip install -e .[test]
      - run: pytest -m "not slow"
''', pw, DOCS["gha"])

    tok = fakes.telegram_token(seed())
    add("github-actions/telegram-curl", ".github/workflows/notify.yml", f'''name: notify
on:
  workflow_run:
    workflows: [tests]
    types: [completed]

jobs:
  telegram:
    if: ${{{{ github.event.workflow_run.conclusion == 'failure' }}}}
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -s -X POST "https://api.telegram.org/bot{tok}/sendMessage" \\
            -d chat_id=-1001742230915 \\
            -d text="tests failed on ${{{{ github.event.workflow_run.head_branch }}}}"
''', tok, "https://core.telegram.org/bots/api#sendmessage")

    add("github-actions/decoy-secrets-refs", ".github/workflows/docs.yml", '''name: docs
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r docs/requirements.txt
      - run: sphinx-build -W docs docs/_build/html
      - uses: peaceiris/actions-gh-pages@373f7f263a76c20808c831209c920827a82a2847
        with:
          github_token: ${{ secrets.GITHUB_TOKEN }}
          publish_dir: docs/_build/html
      - name: purge CDN
        run: curl -X POST -H "Authorization: Bearer $CF_TOKEN" "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" -d '{"purge_everything":true}'
        env:
          CF_TOKEN: ${{ secrets.CLOUDFLARE_TOKEN }}
          ZONE: 023e105f4ecef8ad9ca31a8372d0c353
''', None, DOCS["gha"])

    tok = npm()
    add("npmrc/npm-token", "docs/theme/.npmrc", f'''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={tok}
save-exact=true
fund=false
audit=false
''', tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

    add("npmrc/decoy-env-ref", "frontend/.npmrc", '''registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
''', None, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

    pw = words_pw()
    add("makefile/mysql-cli-password", "Makefile", f'''.PHONY: test lint dist db-reset upload

PY ?= python3

test:
\t$(PY) -m pytest -q

lint:
\truff check src tests

db-reset:
\tmysql -h 10.20.4.17 -u sync -p'{pw}' shop < tests/fixtures/schema.sql

dist:
\trm -rf dist && $(PY) -m build

upload: dist
\ttwine upload dist/*
''', pw, DOCS["make"])

    add("makefile/decoy-local-docker", "docker/Makefile", '''# local development stack; credentials below only exist inside the throwaway container
DB_PASSWORD ?= postgres
REDIS_PASSWORD ?= changeme

up:
\tdocker run -d --name dev-pg -e POSTGRES_PASSWORD=$(DB_PASSWORD) -p 5432:5432 postgres:16
\tdocker run -d --name dev-redis -p 6379:6379 redis:7 --requirepass $(REDIS_PASSWORD)

down:
\tdocker rm -f dev-pg dev-redis
''', None, DOCS["make"])

    k, s = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("aws-credentials/secret-key", ".aws/credentials", f'''[default]
aws_access_key_id = {k}
aws_secret_access_key = {s}

[ci-uploader]
role_arn = arn:aws:iam::123456789012:role/ci-uploader
source_profile = default
region = eu-central-1
''', s, DOCS["awscfg"])

    add("aws-config/decoy-sso-profile", ".aws/config", '''[default]
region = eu-central-1
output = json

[profile release]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 123456789012
sso_role_name = ReleaseManager
credential_process = aws-vault export --format=json release
''', None, DOCS["awscfg"])

    pw = rnd(ALNUM, 16)
    add("pgpass/database-password", ".pgpass", f'''# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
pg-prod-2.ledgerkit.net:5432:ledger:ledger_app:{pw}
# replica (read-only, same role)
pg-prod-3.ledgerkit.net:5432:ledger:ledger_app:{pw}
''', pw, DOCS["pgpass"])

    pw = passphrase()
    add("my-cnf/mysql-password", "scripts/.my.cnf", f'''[client]
host = 10.20.4.17
user = sync
password = "{pw}"
default-character-set = utf8mb4

[mysqldump]
single-transaction
quick
''', pw, DOCS["mycnf"])

    pw = fakes.password(seed())
    add("netrc/machine-password", ".netrc", f'''# pypi uses keyring now
machine files.pythonhosted.org
  login anonymous

machine gitlab.corp.example.net
  login deploy-bot
  password {pw}
''', pw, DOCS["netrc"])

    add("dotenv/redis-password", ".env", f'''# local overrides (do not commit)
APP_ENV=production
LOG_LEVEL=info
REDIS_HOST=cache-01.internal.ratelimitr.io
REDIS_PORT=6379
REDIS_PASSWORD={(pw2 := fakes.redis_password(seed()))}
SENTRY_ENVIRONMENT=production
''', pw2, DOCS["dotenv"])

    add("dotenv/decoy-example", ".env.example", '''# Copy to .env and fill in
APP_ENV=development
REDIS_HOST=localhost
REDIS_PORT=6379
REDIS_PASSWORD=
DATABASE_URL=postgresql://user:password@localhost:5432/app
TELEGRAM_BOT_TOKEN=<your-bot-token>
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
''', None, DOCS["dotenv"])

    tok = sendgrid()
    add("dotenv/sendgrid-envrc", ".envrc", f'''# direnv
layout python3
export MAILQ_PROVIDER=sendgrid
export SENDGRID_API_KEY="{tok}"
export MAILQ_FROM=noreply@mailq.dev
PATH_add scripts
''', tok, "https://direnv.net/man/direnv-stdlib.1.html")

    add("coveragerc/decoy-plain-config", ".coveragerc", '''[run]
branch = True
source = ratelimitr
omit =
    */_vendor/*
    */tests/*

[report]
exclude_lines =
    pragma: no cover
    if TYPE_CHECKING:
    raise NotImplementedError
fail_under = 92
show_missing = True
''', None, DOCS["coverage"])

    pw = words_pw()
    add("pytest-ini/env-password", "pytest.ini", f'''[pytest]
addopts = -ra --strict-markers
testpaths = tests
markers =
    integration: needs the staging services
env =
    LEDGER_DB_PASSWORD={pw}
    LEDGER_DB_HOST=ci-db.ledgerkit.net
filterwarnings =
    error::DeprecationWarning
''', pw, "https://github.com/pytest-dev/pytest-env")

    tok = fakes.github_token(seed())
    add("pre-commit-config/decoy-revs", ".pre-commit-config.yaml", '''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.4
    hooks:
      - id: ruff
      - id: ruff-format
''', None, DOCS["precommit"])

    add("shell-script/github-token-release", "scripts/release.sh", f'''#!/usr/bin/env bash
set -euo pipefail

VERSION="$(python -c 'import changelogen; print(changelogen.__version__)')"
export GITHUB_TOKEN="{tok}"

python -m build
gh release create "v${{VERSION}}" dist/* --notes-file CHANGELOG.md
twine upload dist/*
''', tok, "https://cli.github.com/manual/gh_release_create")

    add("shell-script/decoy-read-secret", "scripts/publish.sh", '''#!/bin/sh
set -eu
# The token is read from pass(1); nothing secret lives in this file.
TWINE_PASSWORD="$(pass show pypi/relkit-token)"
export TWINE_USERNAME=__token__ TWINE_PASSWORD
python -m build
twine check dist/*
twine upload dist/*
''', None, "https://twine.readthedocs.io/en/stable/")

    k = hex32()
    add("ini-setupcfg/datadog-api-key", "setup.cfg", f'''[metadata]
name = ddmetrics-lite
version = attr: ddmetrics_lite.__version__
description = Tiny Datadog metrics shipper

[options]
packages = find:
install_requires =
    requests>=2.28

[tool:pytest]
addopts = -q

[ddmetrics]
api_key = {k}
site = datadoghq.eu
''', k, "https://docs.datadoghq.com/account_management/api-app-keys/")


_build()


# ---------------------------------------------------------------- docs, examples, notebooks
def _nb(cells: list) -> str:
    import json
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def _code(src: str, outputs=None, n=1) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": rnd(HEX, 8), "metadata": {}, "outputs": outputs or [],
            "source": [line + "\n" for line in src.splitlines()[:-1]] + [src.splitlines()[-1]]}


def _md(src: str) -> dict:
    return {"cell_type": "markdown", "id": rnd(HEX, 8), "metadata": {}, "source": [src]}


def _docs() -> None:
    kid, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("notebook/aws-secret-in-cell", "examples/s3_quickstart.ipynb", _nb([
        _md("# s3sync quickstart"),
        _code(f'import s3sync\nclient = s3sync.Client(\n    key_id="{kid}",\n    secret="{sk}",\n)'),
        _code('client.ls("acme-public-datasets")', [{"name": "stdout", "output_type": "stream", "text": ["iris.csv\n", "titanic.csv\n"]}], 2),
    ]), sk, DOCS["nb"])

    pw = fakes.redis_password(seed())
    add("notebook/redis-url-in-output", "examples/rate_limits.ipynb", _nb([
        _md("## Inspect the limiter's connection"),
        _code("from ratelimitr import Limiter\nlim = Limiter.from_env()\nlim.backend.url"),
        _code("lim.backend.url", [{"data": {"text/plain": [f"'redis://default:{pw}@redis-15321.c12.us-east-1-4.ec2.cloud.redislabs.com:15321/0'"]},
                                   "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
        _code("lim.hit('user:1')", [{"data": {"text/plain": ["True"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], 3),
    ]), pw, DOCS["nb"])

    add("notebook/decoy-getpass", "examples/telegram_demo.ipynb", _nb([
        _md("Enter your bot token when prompted; it is never stored in the notebook."),
        _code("import getpass\ntoken = getpass.getpass('Bot token: ')"),
        _code("from deploynotify import Notifier\nn = Notifier(token=token, chat_id=-1001742230915)\nn.send('hello')",
              [{"name": "stdout", "output_type": "stream", "text": ["sent message_id=17\n"]}], 2),
    ]), None, DOCS["nb"])

    add("notebook/decoy-image-output", "docs/notebooks/plotting.ipynb", _nb([
        _code("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])",
              [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
                         "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
    ]), None, DOCS["nb"])

    tok = fakes.openai_key(seed())
    add("notebook/openai-key-env-set", "notebooks/eval_prompts.ipynb", _nb([
        _md("# Prompt evaluation"),
        _code(f'import os\nos.environ["OPENAI_API_KEY"] = "{tok}"'),
        _code("from summarizeit.llm import summarize\nsummarize(open('data/sample.txt').read())"),
    ]), tok, DOCS["nb"])

    pw = words_pw()
    add("rst-docs/database-url-in-howto", "docs/howto/deploy.rst", f'''Deploying ledgerkit
===================

1. Create the database and run the migrations:

   .. code-block:: console

      $ export LEDGER_DATABASE_URL="postgresql://ledger_app:{pw}@pg-prod-2.ledgerkit.net:5432/ledger"
      $ ledgerkit migrate

2. Start the workers::

      $ ledgerkit worker --concurrency 4

3. Check ``/healthz`` returns ``200``.

.. note::

   The migrations are idempotent; running them twice is harmless.
''', pw, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html")

    add("rst-docs/decoy-placeholders", "docs/configuration.rst", '''Configuration
=============

``RATELIMITR_REDIS_URL``
   Where the counters live, e.g. ``redis://:<password>@host:6379/0``.

``RATELIMITR_REDIS_PASSWORD``
   Sent with ``AUTH``. Example::

      RATELIMITR_REDIS_PASSWORD=your-redis-password

``DEPLOYNOTIFY_BOT_TOKEN``
   A token like ``110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw`` (the sample from Telegram's docs).
''', None, "https://core.telegram.org/bots/api#authorizing-your-bot")

    tok = fakes.telegram_token(seed())
    add("markdown-docs/telegram-token-readme", "examples/bot/README.md", f'''# Example bot

Run it with:

```bash
pip install deploynotify[bot]
python -m deploynotify.bot --token {tok} --chat -1001742230915
```

It answers `/status` with the last deploy and `/rollback` with a confirmation button.

## Screenshots

![status](status.png)
''', tok, "https://docs.python-telegram-bot.org/en/stable/examples.html")

    add("markdown-docs/decoy-changelog-hashes", "CHANGELOG.md", '''# Changelog

## 2.4.1 - 2024-04-02
- Fix leaked connections when `pool_pre_ping` is off (9fceb02d0ae598e95dc970b74767f19372d61af8).
- Security: tokens are now redacted from debug logs (`ghp_****`).

## 2.4.0 - 2024-03-11
- Add `--token` option (reads `GITHUB_TOKEN` by default).
- Wheels are now built with build 1.1.1; sha256 of the sdist: 3b4c8b6a5f0e2d7c9a1b8e6f4d2c0a9e7b5d3f1a8c6e4b2d0f9a7c5e3b1d8f6a.

## 2.3.0 - 2024-01-20
- Drop Python 3.8.
''', None, "https://keepachangelog.com/en/1.1.0/")

    tok = stripe()
    add("markdown-docs/stripe-key-in-example", "docs/quickstart.md", f'''# Quickstart

Install the package and set your key:

```python
import paywidget

paywidget.configure(stripe_key="{tok}")
url = paywidget.checkout("price_1OaYzXWDarjtT1zdv4QmB2nL", "me@example.com")
print(url)
```

Open the printed URL and complete the test payment.
''', tok, "https://docs.stripe.com/keys")

    add("markdown-docs/decoy-stripe-ellipsis", "docs/keys.md", '''# API keys

paywidget needs a **secret** key (`sk_live_...` in production, `sk_test_...` in test mode)
and a **publishable** key (`pk_live_...`).

```python
import os, paywidget
paywidget.configure(stripe_key=os.environ["STRIPE_SECRET_KEY"])
```

Never commit the secret key; use your CI's secret store.
''', None, "https://docs.stripe.com/keys")

    key = fakes.django_secret_key(seed())
    add("sphinx-conf/decoy-no-secret", "docs/conf.py", '''import os
import sys

sys.path.insert(0, os.path.abspath("../src"))

project = "ledgerkit"
author = "Ledgerkit developers"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.intersphinx", "sphinx_copybutton"]
intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
html_theme = "furo"
html_static_path = ["_static"]
googleanalytics_id = "G-7QX2K9JZ4B"
''', None, DOCS["sphinx"])

    add("python-example/django-key-example-settings", "examples/demo_site/settings_prod.py", f'''from .settings import *  # noqa

DEBUG = False
SECRET_KEY = "{key}"
ALLOWED_HOSTS = ["demo.taggit-plus.org"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', key, DOCS["django"])

    tok = slack_bot()
    add("python-example/slack-token-example", "examples/slack_report.py", f'''"""Example: post the changelog of the latest release to Slack."""
from changelogen import render
from slack_sdk import WebClient

client = WebClient(token="{tok}")

if __name__ == "__main__":
    text = render("changelogen/changelogen", since="v2.3.0")
    client.chat_postMessage(channel="#releases", text=text)
''', tok, "https://slack.dev/python-slack-sdk/")

    add("python-example/decoy-example-placeholder", "examples/basic_usage.py", '''"""Basic usage. Replace the placeholders before running."""
from s3sync import Client

client = Client(
    key_id="YOUR_ACCESS_KEY_ID",
    secret="YOUR_SECRET_ACCESS_KEY",
    region="eu-central-1",
)

for key in client.ls("my-bucket"):
    print(key)
''', None, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/quickstart.html")

    pw = fakes.redis_password(seed())
    add("python-example/redis-sentinel", "examples/sentinel_failover.py", f'''from redis.sentinel import Sentinel

sentinel = Sentinel(
    [("sentinel-1.ops.ratelimitr.io", 26379), ("sentinel-2.ops.ratelimitr.io", 26379)],
    socket_timeout=0.5,
    sentinel_kwargs={{"password": "{pw}"}},
    password="{pw}",
)
master = sentinel.master_for("mymaster")
print(master.ping())
''', pw, "https://redis-py.readthedocs.io/en/stable/connections.html#sentinel-client")

    add("mkdocs-yml/decoy-env-tag", "mkdocs.yml", '''site_name: ratelimitr
repo_url: https://github.com/ratelimitr/ratelimitr
theme:
  name: material
  palette:
    primary: indigo
plugins:
  - search
  - mkdocstrings
extra:
  analytics:
    provider: google
    property: !ENV [GOOGLE_ANALYTICS_KEY, "G-XXXXXXXXXX"]
nav:
  - Home: index.md
  - Configuration: configuration.md
''', None, "https://www.mkdocs.org/user-guide/configuration/#environment-variables")

    add("readthedocs-yaml/decoy-plain", ".readthedocs.yaml", '''version: 2
build:
  os: ubuntu-22.04
  tools:
    python: "3.12"
sphinx:
  configuration: docs/conf.py
python:
  install:
    - requirements: docs/requirements.txt
    - method: pip
      path: .
''', None, DOCS["readthedocs"])


_docs()


# ---------------------------------------------------------------- metadata, data files, swept-in dotfiles
def _swept() -> None:
    add("pkg-info/decoy-metadata", "PKG-INFO", '''Metadata-Version: 2.1
Name: ratelimitr
Version: 3.2.0
Summary: Rate limiting on Redis
Home-page: https://github.com/ratelimitr/ratelimitr
Author-email: Mira Kovac <mira@ratelimitr.io>
License: MIT
Requires-Python: >=3.9
Requires-Dist: redis>=4.5
Provides-Extra: test
Description-Content-Type: text/markdown

# ratelimitr

Set `RATELIMITR_REDIS_PASSWORD` to authenticate, or pass `password=` to `RedisBackend`.
''', None, DOCS["pkginfo"])

    pw = fakes.redis_password(seed())
    add("pkg-info/redis-url-in-long-description", "ratelimitr-3.1.0/PKG-INFO", f'''Metadata-Version: 2.1
Name: ratelimitr
Version: 3.1.0
Summary: Rate limiting on Redis
License: MIT
Requires-Python: >=3.9
Requires-Dist: redis>=4.5
Description-Content-Type: text/markdown

# ratelimitr

```python
from ratelimitr import Limiter
lim = Limiter.from_url("redis://default:{pw}@redis-15321.c12.us-east-1-4.ec2.cloud.redislabs.com:15321/0")
lim.hit("user:42")
```
''', pw, DOCS["pkginfo"])

    lines = []
    for name in ["ratelimitr/__init__.py", "ratelimitr/backends/__init__.py", "ratelimitr/backends/redis.py",
                 "ratelimitr/limiter.py", "ratelimitr/py.typed", "ratelimitr-3.2.0.dist-info/METADATA",
                 "ratelimitr-3.2.0.dist-info/WHEEL", "ratelimitr-3.2.0.dist-info/top_level.txt"]:
        digest = base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(name) * 37}")
    lines.append("ratelimitr-3.2.0.dist-info/RECORD,,")
    add("wheel-record/decoy-hashes", "ratelimitr-3.2.0.dist-info/RECORD", "\n".join(lines) + "\n", None, DOCS["record"])

    add("direct-url-json/decoy-commit", "ratelimitr-3.2.0.dist-info/direct_url.json",
        '{\n  "url": "https://github.com/ratelimitr/ratelimitr.git",\n  "vcs_info": {\n    "vcs": "git",\n'
        '    "commit_id": "7a3c91e0b5d24f18a6c7e9d0f1b2a3c4d5e6f708",\n    "requested_revision": "v3.2.0"\n  }\n}\n', None,
        "https://packaging.python.org/en/latest/specifications/direct-url-data-structure/")

    tok = fakes.github_token(seed())
    add("git-config/token-in-remote-url", "ratelimitr-3.1.0/.git/config", f'''[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
\tlogallrefupdates = true
[remote "origin"]
\turl = https://x-access-token:{tok}@github.com/ratelimitr/ratelimitr.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
''', tok, "https://git-scm.com/docs/git-config")

    tok = gitlab()
    add("gitlab-ci/gitlab-token-variable", ".gitlab-ci.yml", f'''stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  MIRROR_TOKEN: "{tok}"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

mirror:
  stage: mirror
  only: [main]
  script:
    - git push --mirror "https://oauth2:${{MIRROR_TOKEN}}@gitlab.com/mirrors/ratelimitr.git"
''', tok, "https://docs.gitlab.com/ee/ci/yaml/")

    pw = words_pw()
    add("bash-history/mysql-password", ".bash_history", f'''cd ~/src/shopsync
source .venv/bin/activate
pip install -e .[dev]
pytest -x
mysql -h 10.20.4.17 -u sync --password={pw} shop -e 'select count(*) from orders'
git status
python -m build
twine check dist/*
''', pw, "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html")

    tok = fakes.telegram_token(seed())
    add("python-history/telegram-token", ".python_history", f'''import deploynotify
from deploynotify import telegram
telegram.BOT_TOKEN
telegram.BOT_TOKEN = "{tok}"
telegram.notify("test from laptop")
exit()
''', tok, "https://docs.python.org/3/library/site.html#rlcompleter-config")

    rng = random.Random(seed())
    auth = fakes.password(seed())
    add("docker-config/registry-auth-base64", ".docker/config.json", f'''{{
  "auths": {{
    "registry.gitlab.com": {{
      "auth": "{b64('ci-pusher:' + auth)}"
    }},
    "https://index.docker.io/v1/": {{}}
  }},
  "credsStore": "",
  "currentContext": "default"
}}
''', auth, "https://docs.docker.com/reference/cli/docker/login/")

    add("docker-config/decoy-creds-store", "ci/docker/config.json", '''{
  "auths": {
    "ghcr.io": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  }
}
''', None, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

    pw = rnd(ALNUM, 20)
    add("idea-workspace/database-password-env", ".idea/workspace.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager" selected="Python tests.pytest in tests">
    <configuration name="pytest in tests" type="tests" factoryName="py.test">
      <module name="ledgerkit" />
      <option name="INTERPRETER_OPTIONS" value="" />
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="LEDGER_DB_PASSWORD" value="{pw}" />
        <env name="LEDGER_DB_HOST" value="pg-prod-2.ledgerkit.net" />
      </envs>
      <option name="SDK_HOME" value="$PROJECT_DIR$/.venv/bin/python" />
      <option name="_new_target" value="&quot;$PROJECT_DIR$/tests&quot;" />
    </configuration>
  </component>
</project>
''', pw, "https://www.jetbrains.com/help/pycharm/run-debug-configuration-py-test.html")

    tok = fakes.openai_key(seed())
    add("vscode-launch/openai-env", ".vscode/launch.json", f'''{{
    "version": "0.2.0",
    "configurations": [
        {{
            "name": "summarizeit CLI",
            "type": "debugpy",
            "request": "launch",
            "module": "summarizeit",
            "args": ["README.md"],
            "env": {{
                "OPENAI_API_KEY": "{tok}"
            }},
            "justMyCode": true
        }}
    ]
}}
''', tok, "https://code.visualstudio.com/docs/python/debugging")

    add("vscode-settings/decoy-plain", ".vscode/settings.json", '''{
    "python.testing.pytestEnabled": true,
    "python.testing.pytestArgs": ["tests"],
    "editor.formatOnSave": true,
    "[python]": {"editor.defaultFormatter": "charliermarshall.ruff"},
    "files.exclude": {"**/__pycache__": true, ".tox": true}
}
''', None, "https://code.visualstudio.com/docs/python/settings-reference")

    add("ssh-public-key/decoy-pubkey", "deploy/id_ed25519.pub",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(ALNUM + "+/", 43) + " release@ratelimitr-ci\n"
        "# deploy key registered on github.com/ratelimitr/ratelimitr (read-only)\n"
        "# fingerprint: SHA256:" + rnd(ALNUM + "+/", 43) + "\n# added 2024-01-09\n# rotate yearly\n",
        None, "https://man.openbsd.org/ssh-keygen")

    pem = fakes.fake_pem(seed(), "OPENSSH")
    add("ssh-private-key/openssh-key", "deploy/id_ed25519", pem + "\n", pem, "https://man.openbsd.org/ssh-keygen")

    add("known-hosts/decoy-host-keys", "deploy/known_hosts", '''github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
github.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
# pinned host keys for the deploy step
# from https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints
''', None, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/githubs-ssh-key-fingerprints")

    add("htpasswd/decoy-bcrypt", "docker/nginx/.htpasswd", '''admin:$2y$05$Xw9KqZ8m3Jf1c2T7aB0d5uQ4rL6sV8nP1eH3gY5kM7oW9iR2tE4a.
ci:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/
viewer:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=
# hashes only; generated with htpasswd -B
# passwords are in the team vault
''', None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

    pw = fakes.password(seed())
    add("csv-data/service-accounts", "data/service_accounts.csv", f'''service,host,username,password,notes
warehouse,warehouse.c9xk1lqz.eu-west-1.rds.amazonaws.com,etl_loader,{pw},rotated 2024-02
grafana,grafana.internal,viewer,,uses SSO
sentry,sentry.io,,,token in vault
legacy-ftp,ftp.partner.example.net,acme,,disabled
''', pw, "https://www.rfc-editor.org/rfc/rfc4180")

    add("csv-data/decoy-checksums", "data/checksums.csv", "file,sha256,bytes\n" + "".join(
        f"{n},{sha256(n)},{len(n) * 1031}\n" for n in ["iris.csv", "titanic.csv", "mnist_small.npz", "wine.parquet", "adult.csv"]),
        None, "https://www.rfc-editor.org/rfc/rfc4180")

    pw = fakes.redis_password(seed())
    add("log-file/redis-url-in-traceback", "tests/logs/failed_run.log", f'''2024-04-02 10:15:12,431 INFO ratelimitr.limiter: starting limiter rate=10/s
2024-04-02 10:15:12,433 DEBUG ratelimitr.backends.redis: connecting to rediss://default:{pw}@redis-15321.c12.us-east-1-4.ec2.cloud.redislabs.com:15321/0
2024-04-02 10:15:14,436 ERROR ratelimitr.limiter: backend unavailable
Traceback (most recent call last):
  File "src/ratelimitr/limiter.py", line 88, in hit
    return self.backend.incr(key, self.window)
redis.exceptions.TimeoutError: Timeout connecting to server
''', pw, "https://docs.python.org/3/library/logging.html")

    add("log-file/decoy-masked", "tests/logs/ci_upload.log", '''Run twine upload dist/*
  env:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: ***
Uploading distributions to https://upload.pypi.org/legacy/
Uploading ratelimitr-3.2.0-py3-none-any.whl
100% ---------------------------------------- 21.3/21.3 kB
View at: https://pypi.org/project/ratelimitr/3.2.0/
''', None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")


_swept()
CASES[:] = [c for c in CASES if c is not None]


# ---------------------------------------------------------------- deployment files shipped in the sdist
def _deploy() -> None:
    pw = fakes.redis_password(seed())
    add("docker-compose/redis-requirepass", "docker-compose.yml", f'''services:
  app:
    build: .
    environment:
      RATELIMITR_REDIS_URL: redis://redis:6379/0
    depends_on: [redis]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "{pw}"]
    ports:
      - "6379:6379"
    volumes:
      - redis-data:/data
volumes:
  redis-data:
''', pw, DOCS["compose"])

    add("docker-compose/decoy-env-interpolation", "docker-compose.override.yml", '''services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-ledger}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    ports: ["5432:5432"]
  redis:
    image: redis:7
    command: redis-server --requirepass "${REDIS_PASSWORD}"
''', None, "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

    pw = words_pw()
    add("k8s-secret/base64-db-password", "deploy/k8s/secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: ledgerkit-db
  namespace: ledger
type: Opaque
data:
  username: {b64('ledger_app')}
  password: {b64(pw)}
  host: {b64('pg-prod-2.ledgerkit.net')}
''', pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

    add("k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed-secret.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledgerkit-db
  namespace: ledger
spec:
  encryptedData:
    password: AgB{rnd(ALNUM + "+/", 340)}==
  template:
    metadata:
      name: ledgerkit-db
    type: Opaque
''', None, "https://github.com/bitnami-labs/sealed-secrets")

    tok = fakes.telegram_token(seed())
    add("helm-values/telegram-token", "deploy/helm/deploynotify/values-prod.yaml", f'''replicaCount: 1
image:
  repository: ghcr.io/deploynotify/deploynotify
  tag: "1.4.2"
env:
  DEPLOYNOTIFY_CHAT_ID: "-1001742230915"
  DEPLOYNOTIFY_BOT_TOKEN: "{tok}"
resources:
  limits:
    cpu: 100m
    memory: 128Mi
''', tok, "https://helm.sh/docs/chart_template_guide/values_files/")

    add("helm-values/decoy-existing-secret", "deploy/helm/deploynotify/values.yaml", '''replicaCount: 1
image:
  repository: ghcr.io/deploynotify/deploynotify
  tag: ""
botToken:
  # name of a Secret holding the key "token"; the chart never stores the value
  existingSecret: deploynotify-bot
  key: token
resources: {}
''', None, "https://helm.sh/docs/chart_best_practices/values/")

    pw = rnd(ALNUM + "_", 22)
    add("terraform-tfvars/rds-password", "deploy/terraform/prod.tfvars", f'''region            = "eu-west-1"
instance_class    = "db.t3.medium"
allocated_storage = 50
db_name           = "ledger"
db_username       = "ledger_admin"
db_password       = "{pw}"
multi_az          = true
backup_retention  = 14
''', pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

    add("terraform-hcl/decoy-random-password", "deploy/terraform/rds.tf", '''resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  engine_version    = "15.4"
  instance_class    = var.instance_class
  username          = var.db_username
  password          = random_password.db.result
  storage_encrypted = true
}
''', None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

    pw = passphrase()
    add("ansible-vars/db-password", "deploy/ansible/group_vars/prod.yml", f'''---
app_user: ledger
app_dir: /opt/ledgerkit
postgres_host: pg-prod-2.ledgerkit.net
postgres_db: ledger
postgres_user: ledger_app
postgres_password: "{pw}"
gunicorn_workers: 4
''', pw, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

    add("ansible-vault/decoy-encrypted", "deploy/ansible/group_vars/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
        rnd("0123456789abcdef", 80) for _ in range(8)) + "\n", None, "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

    pw = words_pw()
    add("alembic-ini/database-url", "alembic.ini", f'''[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql://ledger_app:{pw}@pg-prod-2.ledgerkit.net/ledger

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
''', pw, DOCS["alembic"])

    add("alembic-ini/decoy-driver-url", "migrations/alembic.ini", '''[alembic]
script_location = %(here)s
# the real URL is set in env.py from LEDGER_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root

[logger_root]
level = WARN
''', None, DOCS["alembic"])

    pw = fakes.password(seed())
    add("supervisord-conf/env-password", "deploy/supervisord.conf", f'''[supervisord]
nodaemon=true

[program:worker]
command=/opt/thumbnailer/.venv/bin/celery -A thumbnailer worker -l info
directory=/opt/thumbnailer
environment=CELERY_BROKER_URL="amqp://thumbnailer:{pw}@mq.thumbnailer.io:5672/prod",C_FORCE_ROOT="0"
autorestart=true
stopwaitsecs=60
''', pw, "http://supervisord.org/configuration.html")

    k, s = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("dockerfile/aws-env", "Dockerfile", f'''FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir .
ENV AWS_DEFAULT_REGION=eu-central-1 \\
    AWS_ACCESS_KEY_ID={k} \\
    AWS_SECRET_ACCESS_KEY={s}
ENTRYPOINT ["s3sync"]
''', s, "https://docs.docker.com/reference/dockerfile/#env")

    add("dockerfile/decoy-build-secret", "docker/Dockerfile.release", '''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=pypi_token,env=TWINE_PASSWORD \\
    pip install build twine && python -m build && \\
    TWINE_USERNAME=__token__ twine upload dist/*
''', None, "https://docs.docker.com/build/building/secrets/")

    pw = fakes.redis_password(seed())
    add("uwsgi-ini/redis-cache-password", "deploy/uwsgi.ini", f'''[uwsgi]
module = ledgerkit.wsgi:application
master = true
processes = 4
socket = /run/ledgerkit.sock
vacuum = true
env = DJANGO_SETTINGS_MODULE=ledgerkit.settings.prod
env = CACHE_URL=redis://:{pw}@cache-01.internal.ledgerkit.net:6379/2
''', pw, "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html")

    key = fakes.django_secret_key(seed())
    add("gunicorn-conf/django-key-raw-env", "deploy/gunicorn.conf.py", f'''bind = "0.0.0.0:8000"
workers = 4
worker_class = "gthread"
threads = 2
accesslog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=ledgerkit.settings.prod",
    "DJANGO_SECRET_KEY={key}",
]
''', key, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

    add("procfile/decoy-plain", "Procfile", '''web: gunicorn ledgerkit.wsgi --log-file -
worker: celery -A ledgerkit worker -l info
beat: celery -A ledgerkit beat -l info
release: python manage.py migrate --noinput
# all credentials come from the Heroku config vars
''', None, "https://devcenter.heroku.com/articles/procfile")

    tok = sendgrid()
    add("zappa-settings/sendgrid-env", "zappa_settings.json", f'''{{
    "production": {{
        "app_function": "mailq.web.app",
        "aws_region": "eu-west-1",
        "project_name": "mailq",
        "runtime": "python3.11",
        "s3_bucket": "zappa-mailq-prod",
        "environment_variables": {{
            "MAILQ_PROVIDER": "sendgrid",
            "SENDGRID_API_KEY": "{tok}"
        }}
    }}
}}
''', tok, "https://github.com/zappa/Zappa#setting-environment-variables")

    add("serverless-yml/decoy-ssm-ref", "serverless.yml", '''service: mailq
provider:
  name: aws
  runtime: python3.11
  region: eu-west-1
  environment:
    SENDGRID_API_KEY: ${ssm:/mailq/prod/sendgrid_api_key}
    REDIS_URL: ${ssm:/mailq/prod/redis_url}
functions:
  send:
    handler: mailq.handler.send
''', None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

    tok = stripe()
    add("streamlit-secrets/stripe-key", ".streamlit/secrets.toml", f'''# streamlit secrets for the dashboard
[stripe]
secret_key = "{tok}"
webhook_url = "https://dash.paywidget.dev/hooks/stripe"

[app]
title = "paywidget dashboard"
''', tok, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

    pw = fakes.redis_password(seed())
    add("dynaconf-toml/redis-password", "config/settings.production.toml", f'''[production]
debug = false
log_level = "INFO"

[production.redis]
host = "cache-01.internal.ratelimitr.io"
port = 6379
password = "{pw}"
ssl = true
''', pw, "https://www.dynaconf.com/settings_files/")

    add("pyproject-toml/decoy-tool-config", "pyproject.toml", '''[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "ratelimitr"
dynamic = ["version"]
requires-python = ">=3.9"
dependencies = ["redis>=4.5"]

[project.scripts]
ratelimitr = "ratelimitr.cli:main"

[tool.pytest.ini_options]
env = ["RATELIMITR_REDIS_PASSWORD=test-password-not-secret"]

[tool.hatch.version]
path = "src/ratelimitr/__about__.py"
''', None, "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")

    pw = fakes.password(seed())
    add("pip-conf/index-url-password", "pip.conf", f'''[global]
timeout = 60
index-url = https://ci-reader:{pw}@pypi.corp.example.net/simple/
extra-index-url = https://pypi.org/simple/

[install]
trusted-host = pypi.corp.example.net
''', pw, "https://pip.pypa.io/en/stable/topics/configuration/")

    tok = gitlab()
    add("requirements-txt/gitlab-token-url", "requirements/private.txt", f'''# internal packages (pinned)
--extra-index-url https://__token__:{tok}@gitlab.com/api/v4/projects/48211934/packages/pypi/simple
acme-auth==2.3.1
acme-schemas==0.9.0
requests>=2.31
''', tok, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

    add("requirements-txt/decoy-hashes", "requirements/docs.txt", f'''sphinx==7.2.6 \\
    --hash=sha256:{sha256('sphinx')}
furo==2024.1.29 \\
    --hash=sha256:{sha256('furo')}
sphinx-copybutton==0.5.2 \\
    --hash=sha256:{sha256('copybutton')}
''', None, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

    pw = rnd(ALNUM, 28)
    add("poetry-toml/http-basic-password", "poetry.toml", f'''[virtualenvs]
in-project = true

[http-basic.corp]
username = "ci-reader"
password = "{pw}"

[repositories.corp]
url = "https://pypi.corp.example.net/simple/"
''', pw, "https://python-poetry.org/docs/repositories/#configuring-credentials")


_deploy()


# ---------------------------------------------------------------- more CI leftovers and package code
def _more() -> None:
    tok = fakes.pypi_token(seed())
    add("travis-yml/pypi-password", ".travis.yml", f'''language: python
python: ["3.10", "3.11", "3.12"]
install: pip install -e .[test]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password: "{tok}"
  distributions: sdist bdist_wheel
  on:
    tags: true
''', tok, "https://docs.travis-ci.com/user/deployment/pypi/")

    add("travis-yml/decoy-secure-blob", "ci/travis-legacy.yml", f'''language: python
python: ["3.8"]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "{rnd(ALNUM + '+/', 340)}="
  on:
    tags: true
''', None, "https://docs.travis-ci.com/user/encryption-keys/")

    tok = fakes.pypi_token(seed())
    add("appveyor-yml/pypi-token", "appveyor.yml", f'''image: Visual Studio 2022
environment:
  TWINE_USERNAME: __token__
  TWINE_PASSWORD: {tok}
  matrix:
    - PYTHON: "C:\\\\Python311-x64"
    - PYTHON: "C:\\\\Python312-x64"
install:
  - "%PYTHON%\\\\python.exe -m pip install build twine"
build_script:
  - "%PYTHON%\\\\python.exe -m build"
deploy_script:
  - ps: if ($env:APPVEYOR_REPO_TAG -eq "true") {{ & "$env:PYTHON\\\\python.exe" -m twine upload dist/* }}
''', tok, "https://www.appveyor.com/docs/appveyor-yml/")

    add("appveyor-yml/decoy-secure", "ci/appveyor-old.yml", f'''environment:
  TWINE_USERNAME: __token__
  TWINE_PASSWORD:
    secure: {rnd(ALNUM + '+/', 88)}==
  PYTHON: "C:\\\\Python39-x64"
build_script:
  - "%PYTHON%\\\\python.exe -m build"
''', None, "https://www.appveyor.com/docs/build-configuration/#secure-variables")

    pw = fakes.redis_password(seed())
    add("azure-pipelines/redis-variable", "azure-pipelines.yml", f'''trigger:
  - main
pool:
  vmImage: ubuntu-latest
variables:
  REDIS_HOST: ratelimitr-ci.redis.cache.windows.net
  REDIS_PASSWORD: {pw}
steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: "3.12"
  - script: pip install -e .[test] && pytest -m integration
    displayName: integration tests
''', pw, "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/")

    tok = fakes.github_token(seed())
    add("circleci-config/github-token", ".circleci/config.yml", f'''version: 2.1
jobs:
  release:
    docker:
      - image: cimg/python:3.12
    environment:
      GH_TOKEN: {tok}
    steps:
      - checkout
      - run: pip install build
      - run: python -m build
      - run: gh release upload "$CIRCLE_TAG" dist/*
workflows:
  tagged:
    jobs:
      - release:
          filters: {{tags: {{only: /^v.*/}}, branches: {{ignore: /.*/}}}}
''', tok, "https://circleci.com/docs/configuration-reference/")

    add("jenkinsfile/decoy-credentials-binding", "Jenkinsfile", '''pipeline {
    agent { docker { image 'python:3.12' } }
    stages {
        stage('test') {
            steps { sh 'pip install -e .[test] && pytest -q' }
        }
        stage('publish') {
            when { buildingTag() }
            steps {
                withCredentials([string(credentialsId: 'pypi-token', variable: 'TWINE_PASSWORD')]) {
                    sh 'TWINE_USERNAME=__token__ twine upload dist/*'
                }
            }
        }
    }
}
''', None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

    pw = words_pw()
    add("noxfile/postgres-session-env", "noxfile.py", f'''import nox

PG_URL = "postgresql://ledger_ci:{pw}@ci-db.ledgerkit.net:5432/ledger_test"


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", env={{"LEDGER_DATABASE_URL": PG_URL}})


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", "src", "tests")
''', pw, "https://nox.thea.codes/en/stable/config.html")

    add("bumpversion-cfg/decoy-plain", ".bumpversion.cfg", '''[bumpversion]
current_version = 3.2.0
commit = True
tag = True
sign_tags = True

[bumpversion:file:src/ratelimitr/__about__.py]

[bumpversion:file:CHANGELOG.md]
search = ## Unreleased
''', None, "https://github.com/c4urself/bump2version")

    add("setup-py/decoy-classic", "setup.py", '''from setuptools import find_packages, setup

setup(
    name="ledgerkit",
    version="2.4.1",
    packages=find_packages("src"),
    package_dir={"": "src"},
    install_requires=["sqlalchemy>=2.0", "psycopg2-binary"],
    entry_points={"console_scripts": ["ledgerkit=ledgerkit.cli:main"]},
    project_urls={"Source": "https://github.com/ledgerkit/ledgerkit"},
)
''', None, DOCS["setuptools"])

    pw = rnd(ALNUM + "!$", 18)
    add("setup-py/upload-command-password", "legacy/setup.py", f'''"""Old-style setup with a custom upload command (kept for the 1.x branch)."""
import os
import sys

from setuptools import setup

if sys.argv[-1] == "publish":
    os.system("python setup.py sdist bdist_wheel")
    os.system("twine upload --repository-url https://pypi.corp.example.net/ -u release -p '{pw}' dist/*")
    sys.exit()

setup(name="shopsync", version="1.9.3", packages=["shopsync"])
''', pw, "https://twine.readthedocs.io/en/stable/#twine-upload")

    add("manifest-in/decoy-plain", "MANIFEST.in", '''include LICENSE README.md CHANGELOG.md
recursive-include src/ratelimitr py.typed
recursive-include tests *.py *.yaml *.json
prune docs/_build
global-exclude *.py[cod] .env .pypirc
''', None, "https://setuptools.pypa.io/en/latest/userguide/miscellaneous.html")

    sid = "AC" + hex32()
    tok = hex32()
    add("python-module/twilio-auth-token", "src/alertline/sms.py", f'''from twilio.rest import Client

ACCOUNT_SID = "{sid}"
AUTH_TOKEN = "{tok}"
FROM_NUMBER = "+15017122661"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page(number: str, text: str) -> str:
    return _client.messages.create(body=text, from_=FROM_NUMBER, to=number).sid
''', tok, "https://www.twilio.com/docs/iam/api/authtoken")

    add("python-module/decoy-twilio-magic-test-creds", "tests/test_sms.py", '''"""Uses Twilio's documented magic phone numbers; the client is patched."""
from unittest import mock

from alertline import sms

MAGIC_FROM = "+15005550006"  # Twilio test "valid" number


def test_page_uses_client():
    with mock.patch.object(sms, "_client") as client:
        client.messages.create.return_value.sid = "SM00000000000000000000000000000000"
        assert sms.page("+14108675310", "db down") == "SM00000000000000000000000000000000"
''', None, "https://www.twilio.com/docs/iam/test-credentials")

    url = "https://discord.com/api/webhooks/" + str(random.Random(seed()).randint(10**17, 10**18)) + "/" + rnd(ALNUM + "-_", 68)
    add("python-module/discord-webhook", "src/buildbell/discord.py", f'''import requests

WEBHOOK_URL = "{url}"


def ring(title: str, ok: bool) -> None:
    requests.post(WEBHOOK_URL, json={{
        "embeds": [{{"title": title, "color": 0x2ECC71 if ok else 0xE74C3C}}],
    }}, timeout=10).raise_for_status()
''', url, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

    k = hex32()
    add("yaml-config/datadog-api-key", "src/ddmetrics_lite/default_config.yaml", f'''# defaults shipped with the package
site: datadoghq.eu
api_key: {k}
flush_interval: 10
tags:
  - service:ddmetrics-lite
  - env:prod
histogram_aggregates: [max, median, avg, count]
''', k, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

    add("yaml-config/decoy-env-placeholder", "src/ddmetrics_lite/config.example.yaml", '''# copy to ~/.config/ddmetrics/config.yaml
site: datadoghq.com
api_key: ${DD_API_KEY}
app_key: ""
flush_interval: 10
tags: []
''', None, "https://docs.datadoghq.com/account_management/api-app-keys/")

    pw = fakes.redis_password(seed())
    add("python-module/redis-split-url", "src/queuetip/broker.py", f'''import redis

_HOST = "redis-17733.c8.eu-west-1-2.ec2.cloud.redislabs.com"
_PORT = 17733
_PASSWORD = "{pw}"

pool = redis.ConnectionPool(host=_HOST, port=_PORT, password=_PASSWORD, db=0, max_connections=20)


def conn() -> redis.Redis:
    return redis.Redis(connection_pool=pool)
''', pw, DOCS["redis"])

    pw = fakes.redis_password(seed())
    add("python-module/redis-base64-default", "src/queuetip/_settings.py", f'''import base64
import os

# obfuscated so it is not grep-able in the wheel
_DEFAULT_PW = base64.b64decode("{b64(pw)}").decode()
REDIS_PASSWORD = os.environ.get("QUEUETIP_REDIS_PASSWORD", _DEFAULT_PW)
REDIS_HOST = os.environ.get("QUEUETIP_REDIS_HOST", "redis-17733.c8.eu-west-1-2.ec2.cloud.redislabs.com")
''', pw, "https://docs.python.org/3/library/base64.html")

    add("python-module/decoy-cache-key-prefix", "src/queuetip/keys.py", f'''"""Redis key layout (documented in docs/keys.rst)."""
PREFIX = "qt:v3:"
SCHEMA_HASH = "{hashlib.md5(b'queuetip-schema-3').hexdigest()}"
LOCK_TTL = 30


def job_key(job_id: str) -> str:
    return f"{{PREFIX}}job:{{job_id}}"


def lock_key(name: str) -> str:
    return f"{{PREFIX}}lock:{{name}}:{{SCHEMA_HASH[:8]}}"
''', None, "https://redis.io/docs/latest/develop/use/keyspace/")

    tok = fakes.telegram_token(seed())
    a, b = tok.split(":")
    add("python-module/telegram-split-token", "src/watchpost/bot.py", f'''from telegram.ext import ApplicationBuilder, CommandHandler

BOT_ID = "{a}"
BOT_SECRET = "{b}"


async def status(update, context):
    await update.message.reply_text("all green")


def main():
    app = ApplicationBuilder().token(f"{{BOT_ID}}:{{BOT_SECRET}}").build()
    app.add_handler(CommandHandler("status", status))
    app.run_polling()
''', b, DOCS["ptb"])

    pw = words_pw()
    add("python-module/mssql-odbc-connection-string", "src/warehouse_tools/mssql.py", f'''import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER=tcp:acme-dw.database.windows.net,1433;"
    "DATABASE=dw;UID=etl_reader;"
    "PWD={pw};"
    "Encrypt=yes;TrustServerCertificate=no;"
)


def connect():
    return pyodbc.connect(CONN_STR, timeout=30)
''', pw, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

    add("python-module/decoy-pem-public-cert", "src/webhookery/certs.py", '''"""Root certificate pinned for the webhook endpoint (public)."""
ISRG_ROOT_X1 = """-----BEGIN CERTIFICATE-----
MIIFazCCA1OgAwIBAgIRAIIQz7DSQONZRGPgu2OCiwAwDQYJKoZIhvcNAQELBQAw
TzELMAkGA1UEBhMCVVMxKTAnBgNVBAoTIEludGVybmV0IFNlY3VyaXR5IFJlc2Vh
cmNoIEdyb3VwMRUwEwYDVQQDEwxJU1JHIFJvb3QgWDEwHhcNMTUwNjA0MTEwNDM4
WhcNMzUwNjA0MTEwNDM4WjBPMQswCQYDVQQGEwJVUzEpMCcGA1UEChMgSW50ZXJu
-----END CERTIFICATE-----
"""
''', None, "https://letsencrypt.org/certificates/")

    pem = fakes.fake_pem(seed(), "EC")
    add("python-module/ec-private-key-constant", "src/webhookery/_signing_key.py", f'''"""Key used to sign outgoing webhooks (v2)."""
from cryptography.hazmat.primitives import serialization

_PEM = b"""{pem}
"""

SIGNING_KEY = serialization.load_pem_private_key(_PEM, password=None)
KEY_ID = "whk-2024-02"
''', pem, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/")


_more()


# ---------------------------------------------------------------- service configs, cassettes, vectors
def _services() -> None:
    pw = fakes.redis_password(seed())
    add("redis-conf/requirepass", "deploy/redis/redis.conf", f'''bind 0.0.0.0
port 6379
protected-mode yes
daemonize no
appendonly yes
appendfsync everysec
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass {pw}
rename-command FLUSHALL ""
''', pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

    pw = fakes.redis_password(seed())
    add("redis-acl/plaintext-user-password", "deploy/redis/users.acl", f'''user default off
user ratelimitr on >{pw} ~rl:* &* +@read +@write -@dangerous
user monitor on #{sha256('monitor-pw')} ~* resetchannels +info +ping
user admin off
user replica off
''', pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

    add("redis-acl/decoy-hashed-only", "tests/fixtures/redis/users.acl", f'''user default off
user app on #{sha256('app')} ~app:* &* +@all -@dangerous
user reader on #{sha256('reader')} ~* +@read
user ops on #{sha256('ops')} ~* +@all
# SHA-256 hashes only; the plaintexts are in the CI secret store
''', None, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

    pw = rnd(ALNUM, 20)
    add("pgbouncer-userlist/plaintext-password", "deploy/pgbouncer/userlist.txt", f'''"ledger_app" "{pw}"
"pgbouncer_stats" "md5{hashlib.md5(b'statspgbouncer_stats').hexdigest()}"
"replicator" "SCRAM-SHA-256$4096:{rnd(ALNUM + '+/', 22)}==${rnd(ALNUM + '+/', 43)}=:{rnd(ALNUM + '+/', 43)}="
;; ledger_app plaintext until pgbouncer 1.21 rollout
;; keep in sync with pg_authid
''', pw, "https://www.pgbouncer.org/config.html#authentication-file-format")

    add("pgbouncer-userlist/decoy-md5-hashes", "tests/fixtures/pgbouncer/userlist.txt", f'''"app" "md5{hashlib.md5(b'secretapp').hexdigest()}"
"stats" "md5{hashlib.md5(b'secretstats').hexdigest()}"
"admin" "md5{hashlib.md5(b'secretadmin').hexdigest()}"
;; md5(password + username) only
;; test fixture
''', None, "https://www.pgbouncer.org/config.html#authentication-file-format")

    fk = base64.urlsafe_b64encode(random.Random(seed()).randbytes(32)).decode()
    pw = fakes.password(seed())
    add("airflow-cfg/sql-alchemy-conn", "deploy/airflow/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:{pw}@airflow-db.internal:5432/airflow

[webserver]
base_url = https://airflow.acme.io
''', pw, "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html")

    add("airflow-cfg/decoy-secret-backend", "deploy/airflow/airflow.default.cfg", '''[core]
executor = LocalExecutor
fernet_key = {FERNET_KEY}

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_url

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections"}
''', None, "https://airflow.apache.org/docs/apache-airflow/stable/howto/set-config.html")

    tok = rnd(HEX, 48)
    add("jupyter-config/server-token", "binder/jupyter_server_config.py", f'''c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "{tok}"
c.ServerApp.root_dir = "/home/jovyan/examples"
''', tok, "https://jupyter-server.readthedocs.io/en/latest/operators/security.html")

    rng = random.Random(seed())
    pem = fakes.fake_pem(seed(), "")
    pem = pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
    import json
    sa = json.dumps({"type": "service_account", "project_id": "acme-datasets", "private_key_id": rnd(HEX, 40),
                     "private_key": pem + "\n", "client_email": "uploader@acme-datasets.iam.gserviceaccount.com",
                     "client_id": str(rng.randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                     "token_uri": "https://oauth2.googleapis.com/token"}, indent=2) + "\n"
    body = pem.split("\n")[3]
    add("gcp-service-account/private-key", "tests/fixtures/gcs-credentials.json", sa, body,
        "https://cloud.google.com/iam/docs/keys-create-delete")

    k, s = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    add("s3cfg/secret-key", "scripts/.s3cfg", f'''[default]
access_key = {k}
secret_key = {s}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
''', s, "https://s3tools.org/kb/item14.htm")

    add("python-test/decoy-sigv4-test-vector", "tests/test_sigv4.py", '''"""AWS SigV4 example from the AWS General Reference (documented example credentials)."""
from s3sync.sign import signing_key

SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
DATE, REGION, SERVICE = "20120215", "us-east-1", "iam"
EXPECTED = "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"


def test_signing_key_matches_aws_example():
    assert signing_key(SECRET, DATE, REGION, SERVICE).hex() == EXPECTED
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html")

    add("python-test/decoy-totp-rfc-seed", "tests/test_totp.py", '''"""RFC 6238 appendix B test vectors."""
import pytest

from authkit.totp import totp

SEED = b"12345678901234567890"  # RFC 6238 SHA1 seed


@pytest.mark.parametrize("t,expected", [(59, "94287082"), (1111111109, "07081804"), (1234567890, "89005924")])
def test_rfc6238(t, expected):
    assert totp(SEED, t, digits=8) == expected
''', None, "https://www.rfc-editor.org/rfc/rfc6238#appendix-B")

    add("python-test/decoy-jwt-io-sample", "tests/test_jwt_decode.py", '''from authkit.jwt import decode_unverified

# the sample token shown on jwt.io (signed with "your-256-bit-secret")
SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
          "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_decode_unverified():
    assert decode_unverified(SAMPLE)["name"] == "John Doe"
''', None, "https://jwt.io/introduction")

    tok = fakes.telegram_token(seed())
    add("betamax-cassette/telegram-token-in-uri", "tests/cassettes/telegram_send.json", json.dumps({
        "http_interactions": [{
            "request": {"body": {"encoding": "utf-8", "string": "chat_id=-1001742230915&text=deploy+ok"},
                        "headers": {"Content-Type": ["application/x-www-form-urlencoded"]}, "method": "POST",
                        "uri": f"https://api.telegram.org/bot{tok}/sendMessage"},
            "response": {"body": {"encoding": "utf-8", "string": "{\"ok\":true,\"result\":{\"message_id\":18}}"},
                         "headers": {"Content-Type": ["application/json"]}, "status": {"code": 200, "message": "OK"},
                         "url": f"https://api.telegram.org/bot{tok}/sendMessage"},
            "recorded_at": "2024-04-02T10:15:12"}],
        "recorded_with": "betamax/0.9.0"}, indent=2) + "\n", tok, "https://betamax.readthedocs.io/en/latest/cassettes.html")

    add("betamax-cassette/decoy-placeholder-token", "tests/cassettes/telegram_getme.json", json.dumps({
        "http_interactions": [{
            "request": {"body": {"encoding": "utf-8", "string": ""}, "headers": {}, "method": "GET",
                        "uri": "https://api.telegram.org/bot<TELEGRAM_TOKEN>/getMe"},
            "response": {"body": {"encoding": "utf-8", "string": "{\"ok\":true,\"result\":{\"id\":5521344091,\"is_bot\":true}}"},
                         "headers": {}, "status": {"code": 200, "message": "OK"},
                         "url": "https://api.telegram.org/bot<TELEGRAM_TOKEN>/getMe"},
            "recorded_at": "2024-04-02T10:15:12"}],
        "recorded_with": "betamax/0.9.0"}, indent=2) + "\n", None, "https://betamax.readthedocs.io/en/latest/configuring.html#filtering-sensitive-data")

    pw = fakes.password(seed())
    add("odbc-ini/dsn-password", "deploy/odbc.ini", f'''[warehouse]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:acme-dw.database.windows.net,1433
Database = dw
UID = etl_reader
PWD = {pw}
Encrypt = yes
''', pw, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

    pw = words_pw()
    add("pg-service-conf/password", "deploy/pg_service.conf", f'''[ledger-prod]
host=pg-prod-2.ledgerkit.net
port=5432
dbname=ledger
user=ledger_app
password={pw}
sslmode=verify-full
''', pw, "https://www.postgresql.org/docs/current/libpq-pgservice.html")

    pw = fakes.password(seed())
    add("hgrc/auth-password", "legacy/.hg/hgrc", f'''[paths]
default = https://hg.corp.example.net/shopsync

[auth]
corp.prefix = hg.corp.example.net
corp.username = release
corp.password = {pw}
''', pw, "https://www.mercurial-scm.org/doc/hgrc.5.html#auth")

    add("cookiecutter-json/decoy-template", "cookiecutter.json", '''{
    "project_name": "My Package",
    "package_name": "{{ cookiecutter.project_name.lower().replace(' ', '_') }}",
    "author": "Your Name",
    "pypi_token": "",
    "use_redis": ["no", "yes"],
    "redis_password": "{{ random_ascii_string(24) }}",
    "_extensions": ["cookiecutter.extensions.RandomStringExtension"]
}
''', None, "https://cookiecutter.readthedocs.io/en/stable/advanced/template_extensions.html")

    k = rnd(ALNUM, 32) + "-" + "us21"
    k = hex32() + "-us21"
    add("flask-instance-config/mailchimp-key", "instance/config.py", f'''MAILCHIMP_API_KEY = "{k}"
MAILCHIMP_LIST_ID = "a1b2c3d4e5"
SESSION_COOKIE_SECURE = True
PREFERRED_URL_SCHEME = "https"
MAX_CONTENT_LENGTH = 8 * 1024 * 1024
''', k, "https://mailchimp.com/developer/marketing/guides/quick-start/")

    add("flaskenv/decoy-nonsecret", ".flaskenv", '''FLASK_APP=mailq.web:create_app
FLASK_DEBUG=1
FLASK_RUN_PORT=5050
# secrets go in .env (not committed)
MAILQ_PROVIDER=console
''', None, "https://flask.palletsprojects.com/en/3.0/cli/#environment-variables-from-dotenv")

    tok = "sntrys_" + b64(json.dumps({"iat": 1712233412.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme"})).rstrip("=") + "_" + rnd(ALNUM + "/+", 43)
    add("sentryclirc/auth-token", ".sentryclirc", f'''[defaults]
url = https://sentry.io/
org = acme
project = ratelimitr

[auth]
token = {tok}
''', tok, "https://docs.sentry.io/cli/configuration/")


_services()


# ---------------------------------------------------------------- build leftovers and odds and ends
def _leftovers() -> None:
    import json
    pw = fakes.redis_password(seed())
    add("build-leftover/redis-password-old-copy", "build/lib/ratelimitr/backends/redis.py", f'''"""Redis backend for ratelimitr."""
import redis

DEFAULT_HOST = "cache-01.internal.ratelimitr.io"


class RedisBackend:
    def __init__(self, host=DEFAULT_HOST, port=6379, db=0, password="{pw}"):
        self._client = redis.Redis(host=host, port=port, db=db, password=password)

    def incr(self, key, window):
        pipe = self._client.pipeline()
        pipe.incr(key)
        pipe.expire(key, window)
        return pipe.execute()[0]
''', pw, DOCS["redis"])

    tok = fakes.pypi_token(seed())
    add("notebook-checkpoint/pypi-token", "examples/.ipynb_checkpoints/release_walkthrough-checkpoint.ipynb", _nb([
        _md("# Release walkthrough"),
        _code("!python -m build"),
        _code(f"!twine upload -u __token__ -p {tok} dist/*",
              [{"name": "stdout", "output_type": "stream", "text": ["Uploading distributions to https://upload.pypi.org/legacy/\n"]}], 2),
    ]), tok, DOCS["nb"])

    add("pytest-cache/decoy-lastfailed", ".pytest_cache/v/cache/lastfailed", json.dumps({
        "tests/test_limiter.py::test_burst": True,
        "tests/test_redis_backend.py::test_auth_failure": True,
        "tests/test_redact.py::test_redact[token=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX-token=[REDACTED]]": True,
    }, indent=2) + "\n", None, "https://docs.pytest.org/en/stable/how-to/cache.html")

    tok = rnd(ALNUM + "-_", 24)
    add("kubeconfig/bearer-token", "tests/fixtures/kubeconfig-staging.yaml", f'''apiVersion: v1
kind: Config
clusters:
- name: staging
  cluster:
    server: https://k8s-staging.acme.io:6443
    certificate-authority-data: {b64('-----BEGIN CERTIFICATE-----MIIC...')}
contexts:
- name: staging
  context: {{cluster: staging, user: ci}}
current-context: staging
users:
- name: ci
  user:
    token: {tok}
''', tok, "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/")

    pw = rnd(ALNUM, 22)
    add("shell-script/pgpassword-export", "scripts/bootstrap_db.sh", f'''#!/usr/bin/env bash
set -euo pipefail
export PGHOST=pg-prod-2.ledgerkit.net
export PGUSER=ledger_admin
export PGPASSWORD='{pw}'
psql -d postgres -c "CREATE DATABASE ledger"
psql -d ledger -f migrations/schema.sql
echo "done"
''', pw, "https://www.postgresql.org/docs/current/libpq-envars.html")

    kid, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
    tok = fakes.aws_session_token(seed(), "er-aws")
    add("aws-credentials/session-token", "tests/fixtures/aws/credentials", f'''[assumed]
aws_access_key_id = {kid.replace("AKIA", "ASIA")}
aws_secret_access_key = {sk}
aws_session_token = {tok}
region = us-east-1
''', tok, DOCS["awscfg"])

    add("django-fixture/decoy-pbkdf2-hashes", "src/taggit_plus/fixtures/demo_users.json", json.dumps([
        {"model": "auth.user", "pk": 1, "fields": {"username": "admin", "is_superuser": True,
         "password": "pbkdf2_sha256$720000$" + rnd(ALNUM, 22) + "$" + rnd(ALNUM + "+/", 43) + "="}},
        {"model": "auth.user", "pk": 2, "fields": {"username": "demo", "is_superuser": False,
         "password": "pbkdf2_sha256$720000$" + rnd(ALNUM, 22) + "$" + rnd(ALNUM + "+/", 43) + "="}},
    ], indent=2) + "\n", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

    add("click-cli/decoy-envvar-option", "src/ledgerkit/cli.py", '''import click


@click.group()
def main():
    """ledgerkit command line."""


@main.command()
@click.option("--database-url", envvar="LEDGER_DATABASE_URL", required=True, help="postgresql://user:pass@host/db")
@click.option("--password", prompt=True, hide_input=True, help="Admin password (prompted).")
def migrate(database_url, password):
    from ledgerkit.migrations import run
    run(database_url, admin_password=password)
''', None, "https://click.palletsprojects.com/en/8.1.x/options/#values-from-environment-variables")

    pw = fakes.password(seed())
    add("hatch-config/publish-auth", ".hatch/config.toml", f'''mode = "local"

[publish.index]
user = "__token__"
repo = "main"

[publish.index.repos.private]
url = "https://pypi.corp.example.net/legacy/"
user = "release"
auth = "{pw}"
''', pw, "https://hatch.pypa.io/latest/config/hatch/#publishing")

    tok = fakes.pypi_token(seed())
    add("pdm-toml/pypi-password", "pdm.toml", f'''[python]
use_venv = true

[repository.pypi]
username = "__token__"
password = "{tok}"

[pypi]
verify_ssl = true
''', tok, "https://pdm-project.org/latest/usage/config/#configure-the-repository-secrets-for-upload")

    add("openapi-yaml/decoy-security-scheme", "docs/_static/openapi.yaml", '''openapi: 3.0.3
info:
  title: paywidget API
  version: "1.0"
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: "Your key, e.g. `pw_live_<32 hex chars>`"
security:
  - ApiKeyAuth: []
paths: {}
''', None, "https://swagger.io/docs/specification/authentication/api-keys/")

    add("citation-cff/decoy-metadata", "CITATION.cff", '''cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: ledgerkit
version: 2.4.1
doi: 10.5281/zenodo.10822741
date-released: 2024-04-02
authors:
  - family-names: Kovac
    given-names: Mira
    orcid: https://orcid.org/0000-0002-1825-0097
''', None, "https://citation-file-format.github.io/")

    add("snapshot-txt/decoy-cli-help", "tests/snapshots/test_cli/test_help/output.txt", '''Usage: ledgerkit migrate [OPTIONS]

Options:
  --database-url TEXT  postgresql://user:pass@host/db  [required]
  --password TEXT      Admin password (prompted).
  --help               Show this message and exit.
''', None, "https://github.com/syrupy-project/syrupy")

    tok = fakes.github_token(seed())
    add("git-config/decoy-credential-helper", "ratelimitr-3.2.0/.gitconfig", '''[user]
\tname = Mira Kovac
\temail = mira@ratelimitr.io
\tsigningkey = 3AA5C34371567BD2
[credential]
\thelper = osxkeychain
[commit]
\tgpgsign = true
''', None, "https://git-scm.com/docs/gitcredentials")

    add("docker-env-file/github-token", "docker/release.env", f'''PYTHON_VERSION=3.12
GH_REPO=changelogen/changelogen
GH_TOKEN={tok}
RELEASE_CHANNEL=stable
DRY_RUN=0
''', tok, "https://docs.docker.com/compose/environment-variables/env-file/")

    pw = words_pw()
    add("ini-config/database-password-in-data", "src/shopsync/data/defaults.ini", f'''[shopsync]
batch_size = 500
interval = 300

[mysql]
host = 10.20.4.17
user = sync
password = {pw}
database = shop
''', pw, "https://docs.python.org/3/library/configparser.html")

    add("ini-config/decoy-interpolated", "src/shopsync/data/example.ini", '''[shopsync]
batch_size = 500
interval = 300

[mysql]
host = localhost
user = sync
; read from the environment at load time (ConfigParser with os.environ defaults)
password = %(SHOPSYNC_MYSQL_PASSWORD)s
database = shop
''', None, "https://docs.python.org/3/library/configparser.html#interpolation-of-values")

    k = rnd(ALNUM, 40)
    sid = "SK" + hex32()
    add("python-module/decoy-twilio-sid-only", "src/alertline/constants.py", f'''"""Public identifiers; secrets come from the environment."""
MESSAGING_SERVICE_SID = "MG{hex32()}"
API_KEY_SID = "{sid}"
STATUS_CALLBACK = "https://alertline.dev/hooks/twilio/status"
DEFAULT_REGION = "ie1"
''', None, "https://www.twilio.com/docs/iam/api-keys")

    pw = fakes.redis_password(seed())
    add("toml-config/redis-url-celery", "src/thumbnailer/config/production.toml", f'''[celery]
broker_url = "redis://:{pw}@redis-prod.thumbnailer.io:6379/0"
result_expires = 3600

[storage]
bucket = "thumbnailer-prod"
region = "eu-central-1"
''', pw, DOCS["celery"])

    add("github-issue-template/decoy-redacted-example", ".github/ISSUE_TEMPLATE/bug_report.md", '''---
name: Bug report
about: Something is broken
labels: bug
---

**Config** (remove your secrets!):

```toml
[redis]
url = "redis://:********@host:6379/0"
```

**Traceback**
''', None, "https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests")


_leftovers()
