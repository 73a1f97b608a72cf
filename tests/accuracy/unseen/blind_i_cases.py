"""Blind set I: Python web apps and bots as small teams and freelancers write and ship them.

Django/Flask/FastAPI projects, bots, payment and e-mail integrations, scrapers, deploy scripts and
server configs, Redis/Celery, dumps, READMEs and what gets packaged for PyPI. Generated fakes only
(seeds 110000-114999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

X = "blind-i"
CASES: List[LabelledCase] = []
_SEEDS = iter(range(110000, 115000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ["maple", "harbor", "otter", "lantern", "violet", "copper", "falcon", "tundra", "saffron", "quartz",
         "willow", "ember", "pepper", "glacier", "orchid", "cobalt", "meadow", "thistle", "raven", "juniper"]


def sd() -> int:
    return next(_SEEDS)


def rs(n: int, alpha: str = ALNUM) -> str:
    rng = random.Random(sd())
    return "".join(rng.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEX)


def human_pw() -> str:
    rng = random.Random(sd())
    return rng.choice(WORDS).capitalize() + rng.choice("!#$%*@?") + rng.choice(WORDS).capitalize() + str(rng.randint(10, 9999))


def passphrase() -> str:
    rng = random.Random(sd())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def S(fmt: str, what: str, name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{X}/{fmt}/{what}", name, text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{X}/{fmt}/decoy-{what}", name, text, None, source))


# Generators for kinds tests/fakes.py has no helper for (shapes as the services issue them).
def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51" + rs(22) + rs(75)


def stripe_rk() -> str:
    return "rk_live_51" + rs(22) + rs(75)


def stripe_whsec() -> str:
    return "whsec_" + rs(32)


def slack_bot() -> str:
    rng = random.Random(sd())
    return f"xoxb-{rng.randint(10**11, 10**12)}-{rng.randint(10**12, 10**13)}-" + rs(24)


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + rs(10, string.ascii_uppercase + string.digits) + "/B" + rs(10, string.ascii_uppercase + string.digits) + "/" + rs(24)


def sendgrid() -> str:
    return "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")


def twilio_token() -> str:
    return hx(32)


def gitlab() -> str:
    return "glpat-" + rs(20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + rs(36)


def discord_token() -> str:
    rng = random.Random(sd())
    uid = str(rng.randint(10**17, 10**18))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(6, ALNUM + "-_") + "." + rs(38, ALNUM + "-_")


def mailgun() -> str:
    return "key-" + hx(32)


def google_api() -> str:
    return "AIza" + rs(35, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hx(64)


def shopify() -> str:
    return "shpat_" + hx(32)


def meta_token() -> str:
    return "EAA" + rs(4) + "ZD" + rs(180)


def anthropic() -> str:
    return "sk-ant-api03-" + rs(93, ALNUM + "-_") + "AA"


def gmail_app_pw() -> str:
    rng = random.Random(sd())
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


# ---------------------------------------------------------------- Django settings and friends
k = fakes.django_secret_key(sd())
pw = human_pw()
S("django-settings", "django-secret-key", "shopsite/settings/production.py", f'''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.example-bakery.com", "www.example-bakery.com"]

SECRET_KEY = "{k}"

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bakery",
        "USER": "bakery",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }}
}}

STATIC_ROOT = "/var/www/bakery/static"
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', k, "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

S("django-settings", "database-password", "bakery/local_settings.py", f'''# local overrides, imported at the end of settings.py
# (copied to the server by hand, see docs/deploy.md)
DEBUG = False

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.mysql",
        "NAME": "bakery_prod",
        "USER": "bakery_app",
        "PASSWORD": "{pw}",
        "HOST": "db.internal.example-bakery.com",
        "OPTIONS": {{"charset": "utf8mb4"}},
    }}
}}

ADMINS = [("Olga", "olga@example-bakery.com")]
''', pw, "https://docs.djangoproject.com/en/stable/ref/settings/#databases")

rp = fakes.redis_password(sd())
S("django-settings", "redis-cache-url", "config/settings/prod.py", f'''from .common import *

CACHES = {{
    "default": {{
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://default:{rp}@redis-14213.c1.eu-west-1-3.ec2.cloud.redislabs.com:14213/0",
        "OPTIONS": {{
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "IGNORE_EXCEPTIONS": True,
        }},
        "KEY_PREFIX": "tickets",
    }}
}}

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
''', rp, "https://github.com/jazzband/django-redis#configure-as-cache-backend")

gp = gmail_app_pw()
S("django-settings", "gmail-app-password", "mysite/settings.py", f'''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DEBUG") == "1"
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "booking",
]

# Contact form mails go through the studio's Gmail account
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "yogastudio.bookings@gmail.com"
EMAIL_HOST_PASSWORD = "{gp}"  # app password
DEFAULT_FROM_EMAIL = EMAIL_HOST_USER
''', gp, "https://docs.djangoproject.com/en/stable/topics/email/#smtp-backend")

ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("django-settings", "aws-secret-key", "portfolio/settings/storage.py", f'''# django-storages: media on S3
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
STATICFILES_STORAGE = "storages.backends.s3boto3.S3StaticStorage"

AWS_ACCESS_KEY_ID = "{ak}"
AWS_SECRET_ACCESS_KEY = "{sk}"
AWS_STORAGE_BUCKET_NAME = "portfolio-media-eu"
AWS_S3_REGION_NAME = "eu-central-1"
AWS_S3_FILE_OVERWRITE = False
AWS_DEFAULT_ACL = None
AWS_QUERYSTRING_AUTH = False
''', sk, "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html")

D("django-settings", "env-lookups", "eventsapp/settings/production.py", '''import environ

env = environ.Env()
environ.Env.read_env()

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

EMAIL_HOST_PASSWORD = env("SENDGRID_API_KEY")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
TELEGRAM_BOT_TOKEN = env.str("TELEGRAM_BOT_TOKEN")
''', "https://django-environ.readthedocs.io/en/latest/quickstart.html")

D("django-settings", "test-only-key", "eventsapp/settings/test.py", '''"""Settings for the test-suite only (pytest-django). Never used on a server."""
from .base import *  # noqa

SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
''', "https://pytest-django.readthedocs.io/en/latest/configuring_django.html")

D("django-settings", "get-random-secret-key", "blog/settings/dev.py", '''from django.core.management.utils import get_random_secret_key

from .base import *  # noqa

DEBUG = True
# a fresh key on every start in development; production reads DJANGO_SECRET_KEY
SECRET_KEY = get_random_secret_key()
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
INTERNAL_IPS = ["127.0.0.1"]
INSTALLED_APPS += ["debug_toolbar"]
''', "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

sk2 = stripe_sk()
wh = stripe_whsec()
S("django-settings", "stripe-secret-key", "donations/settings.py", f'''"""Settings for the donations site."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.getenv("SECRET_KEY")
DEBUG = False

# Stripe (live) - dashboard.stripe.com > Developers > API keys
STRIPE_PUBLISHABLE_KEY = "pk_live_51" + "{rs(22)}{rs(75)}"
STRIPE_SECRET_KEY = "{sk2}"
STRIPE_WEBHOOK_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET")
DONATION_CURRENCY = "eur"
DONATION_AMOUNTS = [500, 1000, 2500, 5000]
''', sk2, "https://stripe.com/docs/keys")

S("django-settings", "stripe-webhook-secret", "payments/conf.py", f'''from django.conf import settings

# defaults for the payments app; override in the project settings
STRIPE_API_VERSION = getattr(settings, "STRIPE_API_VERSION", "2023-10-16")
STRIPE_SECRET_KEY = getattr(settings, "STRIPE_SECRET_KEY", None)
# signing secret of the endpoint https://api.example-yoga.com/payments/webhook/
STRIPE_WEBHOOK_SECRET = getattr(settings, "STRIPE_WEBHOOK_SECRET", "{wh}")
STRIPE_TOLERANCE = 300
SUCCESS_URL = getattr(settings, "PAYMENTS_SUCCESS_URL", "/thanks/")
''', wh, "https://stripe.com/docs/webhooks/signatures")

# ---------------------------------------------------------------- Django fixtures and management commands
tok = hx(40)
S("django-fixture", "drf-auth-token", "api/fixtures/initial_tokens.json", json.dumps([
    {"model": "auth.user", "pk": 1, "fields": {"username": "integration-bot", "is_staff": False, "is_active": True,
                                               "password": "!", "email": "bot@example-crm.io"}},
    {"model": "authtoken.token", "pk": tok, "fields": {"user": 1, "created": "2024-03-02T10:11:12Z"}},
], indent=2) + "\n", tok, "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication")

D("django-fixture", "password-hashes", "accounts/fixtures/demo_users.json", json.dumps([
    {"model": "auth.user", "pk": i, "fields": {
        "username": u, "email": f"{u}@example.org", "is_staff": i == 1,
        "password": "pbkdf2_sha256$600000$" + rs(22) + "$" + rs(43, ALNUM + "+/") + "=",
        "date_joined": "2024-01-1%dT09:00:00Z" % i}}
    for i, u in enumerate(["admin", "alice", "bob"], 1)
], indent=2) + "\n", "https://docs.djangoproject.com/en/stable/topics/auth/passwords/")

smtp = human_pw()
S("django-fixture", "smtp-password", "newsletter/fixtures/mail_settings.yaml", f'''# loaddata newsletter/fixtures/mail_settings.yaml
- model: newsletter.mailsettings
  pk: 1
  fields:
    name: production
    host: mail.example-choir.de
    port: 587
    use_tls: true
    username: newsletter@example-choir.de
    password: "{smtp}"
    from_address: "Chor Newsletter <newsletter@example-choir.de>"
    batch_size: 50
''', smtp, "https://docs.djangoproject.com/en/stable/howto/initial-data/")

su = human_pw()
S("django-command", "superuser-password", "core/management/commands/bootstrap.py", f'''from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account on a fresh server"

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("admin exists")
            return
        User.objects.create_superuser("admin", "admin@example-gym.com", "{su}")
        self.stdout.write(self.style.SUCCESS("created admin"))
''', su, "https://docs.djangoproject.com/en/stable/howto/custom-management-commands/")

D("django-command", "getpass", "core/management/commands/createadmin.py", '''import getpass
import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the admin account; the password comes from ADMIN_PASSWORD or a prompt"

    def handle(self, *args, **options):
        password = os.environ.get("ADMIN_PASSWORD") or getpass.getpass("Admin password: ")
        if len(password) < 12:
            raise CommandError("password too short")
        get_user_model().objects.create_superuser("admin", "admin@example.com", password)
''', "https://docs.djangoproject.com/en/stable/howto/custom-management-commands/")

D("django-migration", "hash-defaults", "shop/migrations/0007_apikey.py", '''# Generated by Django 4.2.7 on 2024-02-11 14:03

from django.db import migrations, models

import shop.utils


class Migration(migrations.Migration):

    dependencies = [
        ("shop", "0006_order_paid_at"),
    ]

    operations = [
        migrations.CreateModel(
            name="ApiKey",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("prefix", models.CharField(max_length=8, unique=True)),
                ("hashed_key", models.CharField(max_length=128)),
                ("created", models.DateTimeField(auto_now_add=True)),
                ("revoked", models.BooleanField(default=False)),
                ("key", models.CharField(default=shop.utils.generate_key, editable=False, max_length=64)),
            ],
        ),
    ]
''', "https://docs.djangoproject.com/en/stable/topics/migrations/")

sl = slack_webhook()
S("django-migration", "slack-webhook", "alerts/migrations/0002_seed_channels.py", f'''from django.db import migrations


def seed(apps, schema_editor):
    Channel = apps.get_model("alerts", "Channel")
    Channel.objects.get_or_create(
        name="ops",
        defaults={{
            "kind": "slack",
            "webhook_url": "{sl}",
        }},
    )


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
''', sl, "https://api.slack.com/messaging/webhooks")

# ---------------------------------------------------------------- Flask / FastAPI
fk = rs(32, HEX)
S("flask-config", "secret-key", "app/config.py", f'''import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "{fk}"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///" + os.path.join(basedir, "app.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    POSTS_PER_PAGE = 10
    LANGUAGES = ["en", "es"]
''', fk, "https://flask.palletsprojects.com/en/latest/config/#SECRET_KEY")

dbp = passphrase()
S("flask-config", "database-uri", "instance/config.py", f'''# instance config - not in git (it is now...)
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://inventory:{dbp}@10.0.0.12:5432/inventory"
SQLALCHEMY_ENGINE_OPTIONS = {{"pool_pre_ping": True, "pool_recycle": 280}}
MAIL_SERVER = "localhost"
MAIL_PORT = 25
UPLOAD_FOLDER = "/srv/inventory/uploads"
''', dbp, "https://flask.palletsprojects.com/en/latest/config/#instance-folders")

mgp = human_pw()
S("flask-config", "mail-password", "webapp/settings.cfg", f'''DEBUG = False
TESTING = False
SERVER_NAME = "orders.example-florist.com"

MAIL_SERVER = "smtp.zoho.eu"
MAIL_PORT = 465
MAIL_USE_SSL = True
MAIL_USERNAME = "orders@example-florist.com"
MAIL_PASSWORD = "{mgp}"
MAIL_DEFAULT_SENDER = ("Florist Orders", "orders@example-florist.com")
''', mgp, "https://flask-mail.readthedocs.io/en/latest/#configuring-flask-mail")

D("flaskenv", "no-secrets", ".flaskenv", '''FLASK_APP=wsgi.py
FLASK_DEBUG=1
FLASK_RUN_PORT=5005
FLASK_RUN_HOST=0.0.0.0
# secrets live in .env (not committed)
''', "https://flask.palletsprojects.com/en/latest/cli/#environment-variables-from-dotenv")

jwt = rs(64, HEX)
S("fastapi-settings", "jwt-secret", "app/core/config.py", f'''from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    PROJECT_NAME: str = "Clinic API"
    API_V1_STR: str = "/api/v1"
    # openssl rand -hex 32
    SECRET_KEY: str = "{jwt}"
    ALGORITHM: str = "HS256"
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
    DATABASE_URL: str = "postgresql+asyncpg://clinic@localhost/clinic"
    REDIS_URL: str = "redis://localhost:6379/0"


settings = Settings()
''', jwt, "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/")

D("fastapi-settings", "secretstr-fields", "backend/app/settings.py", '''from pydantic import PostgresDsn, RedisDsn, SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    """All values come from the environment (see .env.example)."""

    secret_key: SecretStr
    database_url: PostgresDsn
    redis_url: RedisDsn = "redis://localhost:6379/0"
    openai_api_key: SecretStr
    stripe_secret_key: SecretStr
    sentry_dsn: str | None = None

    class Config:
        env_file = ".env"


settings = Settings()
''', "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

oai = fakes.openai_key(sd())
S("fastapi-app", "openai-key", "main.py", f'''from fastapi import FastAPI
from openai import OpenAI
from pydantic import BaseModel

app = FastAPI(title="Recipe helper")
client = OpenAI(api_key="{oai}")


class Ask(BaseModel):
    ingredients: list[str]


@app.post("/suggest")
def suggest(body: Ask):
    prompt = "Suggest a dinner with: " + ", ".join(body.ingredients)
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{{"role": "user", "content": prompt}}])
    return {{"recipe": r.choices[0].message.content}}
''', oai, "https://fastapi.tiangolo.com/tutorial/first-steps/")

ap = anthropic()
S("fastapi-app", "anthropic-key", "services/summarizer.py", f'''import anthropic

_client = anthropic.Anthropic(
    # TODO move to env before going live
    api_key="{ap}",
)


def summarize(text: str) -> str:
    msg = _client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        messages=[{{"role": "user", "content": f"Summarize for a customer:\\n\\n{{text}}"}}],
    )
    return msg.content[0].text
''', ap, "https://docs.anthropic.com/en/api/client-sdks")


# ---------------------------------------------------------------- .env variants
tg = fakes.telegram_token(sd())
S("dotenv", "telegram-token", ".env", f'''# bot settings
BOT_TOKEN={tg}
ADMIN_IDS=118273645,604912233
WEBHOOK_HOST=https://bot.example-pizza.ru
WEBHOOK_PATH=/tg/webhook
DB_URL=sqlite+aiosqlite:///bot.db
LOG_LEVEL=INFO
''', tg, "https://docs.aiogram.dev/en/latest/")

dpw = fakes.password(sd())
S("dotenv", "database-url", ".env.production", f'''DJANGO_SETTINGS_MODULE=config.settings.production
DJANGO_ALLOWED_HOSTS=api.example-rentals.com
DATABASE_URL=postgres://rentals:{dpw}@rentals-db.cxk2jd8s1abc.eu-west-1.rds.amazonaws.com:5432/rentals
REDIS_URL=redis://cache:6379/1
DJANGO_SECURE_SSL_REDIRECT=True
WEB_CONCURRENCY=3
''', dpw, "https://github.com/jazzband/dj-database-url")

rp = fakes.redis_password(sd())
S("dotenv", "redis-password", ".env.prod", f'''# used by docker-compose.prod.yml
COMPOSE_PROJECT_NAME=queue
REDIS_HOST=redis
REDIS_PORT=6379
REDIS_PASSWORD={rp}
CELERY_BROKER_URL=redis://:${{REDIS_PASSWORD}}@redis:6379/0
CELERY_RESULT_BACKEND=redis://:${{REDIS_PASSWORD}}@redis:6379/1
FLOWER_PORT=5555
''', rp, "https://docs.docker.com/compose/environment-variables/env-file/")

D("dotenv", "example-placeholders", ".env.example", '''# Copy to .env and fill in
SECRET_KEY=change-me
DEBUG=False
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
REDIS_URL=redis://localhost:6379/0
TELEGRAM_BOT_TOKEN=<your-bot-token-from-botfather>
STRIPE_SECRET_KEY=sk_live_...
SENDGRID_API_KEY=SG.xxxxxxxx
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
''', "https://12factor.net/config")

D("dotenv", "sample-template", "env.sample", '''## Settings for the scraper; copy to .env
PROXY_URL=http://username:password@proxy.example.com:8000
SCRAPER_USER_AGENT="Mozilla/5.0 (compatible; PriceWatch/1.2)"
DB_PASSWORD=your_db_password_here
TELEGRAM_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ
TELEGRAM_CHAT_ID=-1001234567890
CONCURRENCY=4
''', "https://pypi.org/project/python-dotenv/")

ghp = fakes.github_token(sd())
S("dotenv", "github-token", ".env.local", f'''# local dev of the release bot
GITHUB_TOKEN={ghp}
GITHUB_REPO=example-studio/website
SLACK_CHANNEL=#deploys
DRY_RUN=1
PORT=8080
''', ghp, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("dotenv", "aws-secret-key", "backend/.env.staging", f'''APP_ENV=staging
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID={ak}
AWS_SECRET_ACCESS_KEY={sk}
S3_BUCKET=staging-invoices-uk
SQS_QUEUE_URL=https://sqs.eu-west-2.amazonaws.com/381928374651/staging-invoices
''', sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

D("dotenv", "sops-encrypted", "deploy/.env.enc", '''DATABASE_URL=ENC[AES256_GCM,data:''' + rs(88, ALNUM + "+/") + ''',iv:''' + rs(43, ALNUM + "+/") + '''=,tag:''' + rs(22, ALNUM + "+/") + '''==,type:str]
REDIS_PASSWORD=ENC[AES256_GCM,data:''' + rs(32, ALNUM + "+/") + ''',iv:''' + rs(43, ALNUM + "+/") + '''=,tag:''' + rs(22, ALNUM + "+/") + '''==,type:str]
sops_age__list_0__map_recipient=age1''' + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + '''
sops_lastmodified=2024-05-02T11:22:33Z
sops_mac=ENC[AES256_GCM,data:''' + rs(88, ALNUM + "+/") + ''',iv:''' + rs(43, ALNUM + "+/") + '''=,tag:''' + rs(22, ALNUM + "+/") + '''==,type:str]
sops_version=3.8.1
''', "https://github.com/getsops/sops#encrypting-env-files")

sg = sendgrid()
S("dotenv", "sendgrid-key", "services/mailer/.env.docker", f'''MAILER_FROM=noreply@example-tutors.com
MAILER_FROM_NAME="Tutors Online"
SENDGRID_API_KEY="{sg}"
MAILER_SANDBOX=false
QUEUE=mail
''', sg, "https://docs.sendgrid.com/ui/account-and-settings/api-keys")

# ---------------------------------------------------------------- Bots
dt = discord_token()
S("discord-bot", "bot-token", "bot.py", f'''import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_ready():
    print(f"Logged in as {{bot.user}}")


@bot.command()
async def ping(ctx):
    await ctx.send("pong")


bot.run("{dt}")
''', dt, "https://discordpy.readthedocs.io/en/stable/quickstart.html")

dt2 = discord_token()
S("discord-bot", "bot-token-json", "config.json", json.dumps({
    "prefix": "?", "owner_id": 291837465019283746, "token": dt2, "guild_ids": [918273645501928374],
    "status": "watching the server", "log_channel": 918273645501928999}, indent=4) + "\n", dt2,
  "https://discordpy.readthedocs.io/en/stable/discord.html")

D("discord-bot", "public-key-and-ids", "interactions/config.py", f'''"""Discord interactions endpoint (HTTP). The bot token is read from the environment."""
import os

APPLICATION_ID = "1192837465019283746"
# Ed25519 public key from the developer portal, used to verify request signatures
PUBLIC_KEY = "{hx(64)}"
GUILD_ID = "918273645501928374"
BOT_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
''', "https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint")

tg2 = fakes.telegram_token(sd())
half = len(tg2) // 2
S("telegram-bot", "split-token", "src/notifier/telegram.py", f'''import requests

# split so GitHub doesn't flag it (lol)
_TOKEN = ("{tg2[:half]}"
          "{tg2[half:]}")
CHAT_ID = -1001928374650


def notify(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{{_TOKEN}}/sendMessage",
        json={{"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}},
        timeout=10,
    )
''', tg2, "https://core.telegram.org/bots/api#sendmessage")

tg3 = fakes.telegram_token(sd())
S("telegram-bot", "token-in-url", "docs/webhook.md", f'''# Setting the webhook

After deploying, register the webhook once:

```bash
curl -F "url=https://shopbot.example.app/webhook" \\
     https://api.telegram.org/bot{tg3}/setWebhook
```

Check it with `getWebhookInfo`. To go back to polling, call `deleteWebhook`.
''', tg3, "https://core.telegram.org/bots/api#setwebhook")

D("telegram-bot", "botfather-example", "README_ru.md", '''# Бот напоминаний

1. Создайте бота у @BotFather и получите токен вида `4839574812:AAFD39kkdpWt3ywyRZergyOLMaJhac60qc`
   (это пример из документации Telegram, не настоящий токен).
2. Скопируйте `.env.example` в `.env` и впишите `BOT_TOKEN=`.
3. Запустите: `python -m reminders`.

Бот хранит данные в SQLite (`reminders.db`).
''', "https://core.telegram.org/bots/tutorial#obtain-your-bot-token")

tg4 = fakes.telegram_token(sd())
S("telegram-bot", "token-in-yaml", "config/bot.yaml", f'''telegram:
  token: "{tg4}"
  parse_mode: HTML
  admins: [118273645]
database:
  url: sqlite:///data/quiz.db
quiz:
  questions_file: data/questions.csv
  time_limit: 30
''', tg4, "https://docs.python-telegram-bot.org/en/stable/")

D("telegram-bot", "env-token", "handlers/app.py", '''import os

from telegram.ext import Application, CommandHandler


async def start(update, context):
    await update.message.reply_text("Hi! Send me a city name.")


def main() -> None:
    app = Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling()


if __name__ == "__main__":
    main()
''', "https://docs.python-telegram-bot.org/en/stable/examples.html")

sb = slack_bot()
ss = hx(32)
S("slack-bot", "bot-token", "slackbot/app.py", f'''import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token="{sb}",
    signing_secret=os.environ.get("SLACK_SIGNING_SECRET"),
)


@app.message("standup")
def standup(message, say):
    say(f"Hey <@{{message['user']}}>, what did you do yesterday?")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
''', sb, "https://slack.dev/bolt-python/tutorial/getting-started")

S("slack-bot", "signing-secret", "slack/settings.toml", f'''[slack]
# Basic Information > App Credentials
client_id = "4819273645.6192837465012"
signing_secret = "{ss}"
channel = "C04ABCD1234"

[schedule]
standup = "09:30"
timezone = "Europe/Berlin"
''', ss, "https://api.slack.com/authentication/verifying-requests-from-slack")

wa = meta_token()
S("whatsapp-bot", "cloud-api-token", "whatsapp/client.py", f'''import requests

PHONE_NUMBER_ID = "109283746501928"
ACCESS_TOKEN = "{wa}"
GRAPH = f"https://graph.facebook.com/v19.0/{{PHONE_NUMBER_ID}}/messages"


def send_text(to: str, body: str) -> dict:
    r = requests.post(
        GRAPH,
        headers={{"Authorization": f"Bearer {{ACCESS_TOKEN}}"}},
        json={{"messaging_product": "whatsapp", "to": to, "type": "text", "text": {{"body": body}}}},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', wa, "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started")

twt = twilio_token()
S("whatsapp-bot", "twilio-auth-token", "notify/whatsapp_twilio.py", f'''from twilio.rest import Client

ACCOUNT_SID = "AC{hx(32)}"
AUTH_TOKEN = "{twt}"
FROM = "whatsapp:+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send(to_number: str, text: str):
    return client.messages.create(from_=FROM, to=f"whatsapp:{{to_number}}", body=text)
''', twt, "https://www.twilio.com/docs/whatsapp/quickstart/python")

D("whatsapp-bot", "verify-token-env", "webhook/views.py", '''import os

from django.http import HttpResponse, HttpResponseForbidden

VERIFY_TOKEN = os.environ["WHATSAPP_VERIFY_TOKEN"]


def webhook(request):
    if request.method == "GET":
        if request.GET.get("hub.verify_token") == VERIFY_TOKEN:
            return HttpResponse(request.GET.get("hub.challenge"))
        return HttpResponseForbidden()
    # POST: messages; handled by a Celery task
    from .tasks import handle_update
    handle_update.delay(request.body.decode())
    return HttpResponse("ok")
''', "https://developers.facebook.com/docs/graph-api/webhooks/getting-started")


# ---------------------------------------------------------------- servers: nginx, supervisor, systemd, uwsgi, gunicorn
bp = human_pw()
S("nginx-conf", "basic-auth-header", "deploy/nginx/flower.conf", f'''server {{
    listen 443 ssl http2;
    server_name flower.example-courier.com;

    ssl_certificate     /etc/letsencrypt/live/flower.example-courier.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/flower.example-courier.com/privkey.pem;

    location / {{
        proxy_pass http://127.0.0.1:5555;
        proxy_set_header Host $host;
        # flower runs with --basic_auth, pass it through for the status page check
        proxy_set_header Authorization "Basic {b64("ops:" + bp)}";
        proxy_redirect off;
    }}
}}
''', bp, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

D("nginx-conf", "cert-and-htpasswd-paths", "deploy/nginx/site.conf", '''upstream app {
    server unix:/run/gunicorn/shop.sock fail_timeout=0;
}

server {
    listen 443 ssl;
    server_name shop.example-tea.com;
    ssl_certificate /etc/letsencrypt/live/shop.example-tea.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example-tea.com/privkey.pem;

    client_max_body_size 20M;

    location /static/ { alias /srv/shop/static/; expires 30d; }
    location /admin/ {
        auth_basic "staff";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://app;
    }
    location / {
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header Host $http_host;
        proxy_pass http://app;
    }
}
''', "https://docs.gunicorn.org/en/stable/deploy.html#nginx-configuration")

D("htpasswd", "bcrypt-hashes", "deploy/nginx/htpasswd", "".join(
    f"{u}:$2y$05${rs(53, ALNUM + './')}\n" for u in ["olga", "pavel", "support", "deploy", "ci"]),
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

dbu = fakes.password(sd())
S("supervisor-conf", "database-url-env", "deploy/supervisor/shop.conf", f'''[program:shop]
command=/srv/shop/venv/bin/gunicorn shop.wsgi:application --workers 3 --bind unix:/run/shop.sock
directory=/srv/shop/app
user=shop
autostart=true
autorestart=true
redirect_stderr=true
stdout_logfile=/var/log/shop/gunicorn.log
environment=DJANGO_SETTINGS_MODULE="shop.settings.prod",DATABASE_URL="postgres://shop:{dbu}@localhost/shop",LANG="en_US.UTF-8"

[program:shop-celery]
command=/srv/shop/venv/bin/celery -A shop worker -l info --concurrency 2
directory=/srv/shop/app
user=shop
autostart=true
stopwaitsecs=60
''', dbu, "http://supervisord.org/configuration.html#program-x-section-settings")

D("supervisor-conf", "inet-http-server-local", "deploy/supervisord.conf", '''[unix_http_server]
file=/tmp/supervisor.sock
chmod=0700

[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid
nodaemon=false

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///tmp/supervisor.sock

[include]
files = /etc/supervisor/conf.d/*.conf
''', "http://supervisord.org/configuration.html")

sp = human_pw()
S("supervisor-conf", "inet-http-password", "ops/supervisor/supervisord.conf", f'''[inet_http_server]
port=0.0.0.0:9001
username=admin
password={sp}

[supervisord]
logfile=/var/log/supervisord.log
nodaemon=true

[program:bot]
command=python -m pricebot
directory=/opt/pricebot
autorestart=true
''', sp, "http://supervisord.org/configuration.html#inet-http-server-section-settings")

rp = fakes.redis_password(sd())
S("systemd-unit", "redis-password-env", "deploy/systemd/rq-worker@.service", f'''[Unit]
Description=RQ worker %i
After=network.target redis-server.service

[Service]
Type=simple
User=app
WorkingDirectory=/home/app/reports
Environment="REDIS_URL=redis://:{rp}@127.0.0.1:6379/2"
Environment="PYTHONUNBUFFERED=1"
ExecStart=/home/app/reports/.venv/bin/rq worker --url ${{REDIS_URL}} high default low
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', rp, "https://python-rq.org/patterns/systemd/")

D("systemd-unit", "environment-file", "deploy/systemd/gunicorn.service", '''[Unit]
Description=gunicorn daemon for clinic
Requires=gunicorn.socket
After=network.target

[Service]
User=clinic
Group=www-data
WorkingDirectory=/srv/clinic
EnvironmentFile=/etc/clinic/env
LoadCredential=db-password:/etc/clinic/db-password
ExecStart=/srv/clinic/venv/bin/gunicorn --access-logfile - --workers 3 --bind unix:/run/gunicorn.sock clinic.wsgi:application

[Install]
WantedBy=multi-user.target
''', "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#EnvironmentFile=")

k2 = fakes.django_secret_key(sd())
S("uwsgi-ini", "django-secret-key", "deploy/uwsgi/app.ini", f'''[uwsgi]
chdir = /srv/library/src
module = library.wsgi:application
home = /srv/library/venv
master = true
processes = 4
socket = /run/uwsgi/library.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=library.settings.production
env = DJANGO_SECRET_KEY={k2}
harakiri = 60
max-requests = 5000
''', k2, "https://uwsgi-docs.readthedocs.io/en/latest/tutorials/Django_and_nginx.html")

mp = passphrase()
S("gunicorn-conf", "raw-env-password", "gunicorn.conf.py", f'''import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
timeout = 120
accesslog = "-"
errorlog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=erp.settings",
    "MYSQL_PASSWORD={mp}",
]
''', mp, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

D("gunicorn-conf", "no-secrets", "deploy/gunicorn_conf.py", '''# gunicorn -c deploy/gunicorn_conf.py app.main:app
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
worker_class = "uvicorn.workers.UvicornWorker"
workers = int(os.environ.get("WEB_CONCURRENCY", 2))
keepalive = 5
forwarded_allow_ips = "*"
''', "https://www.uvicorn.org/deployment/#gunicorn")

# ---------------------------------------------------------------- PaaS: Heroku, Render, Railway, Fly, PythonAnywhere
sk3 = stripe_sk()
S("shell-script", "heroku-config-set", "scripts/heroku_setup.sh", f'''#!/usr/bin/env bash
# one-off: create the heroku app and set its config
set -euo pipefail
APP=tickets-prod-eu

heroku apps:create "$APP" --region eu
heroku addons:create heroku-postgresql:essential-0 -a "$APP"
heroku addons:create heroku-redis:mini -a "$APP"
heroku config:set -a "$APP" \\
  DJANGO_SETTINGS_MODULE=tickets.settings.heroku \\
  STRIPE_SECRET_KEY={sk3} \\
  WEB_CONCURRENCY=2
git push heroku main
heroku run -a "$APP" python manage.py migrate
''', sk3, "https://devcenter.heroku.com/articles/config-vars")

D("heroku-procfile", "no-secrets", "Procfile", '''release: python manage.py migrate --noinput
web: gunicorn tickets.wsgi --log-file -
worker: celery -A tickets worker -l info
beat: celery -A tickets beat -l info
clock: python clock.py
''', "https://devcenter.heroku.com/articles/procfile")

D("heroku-app-json", "generator-secret", "app.json", json.dumps({
    "name": "Tickets", "repository": "https://github.com/example-org/tickets",
    "env": {"SECRET_KEY": {"description": "Django secret", "generator": "secret"},
            "STRIPE_SECRET_KEY": {"description": "Stripe secret key (sk_live_...)", "required": True},
            "DISABLE_COLLECTSTATIC": {"value": "0"}},
    "addons": ["heroku-postgresql", "heroku-redis"],
    "buildpacks": [{"url": "heroku/python"}],
    "scripts": {"postdeploy": "python manage.py migrate"}}, indent=2) + "\n",
  "https://devcenter.heroku.com/articles/app-json-schema")

rk = rs(32)
S("render-yaml", "hardcoded-env-value", "render.yaml", f'''services:
  - type: web
    name: recipes-api
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: uvicorn app.main:app --host 0.0.0.0 --port $PORT
    envVars:
      - key: PYTHON_VERSION
        value: 3.11.6
      - key: SPOONACULAR_API_KEY
        value: {rk}
      - key: DATABASE_URL
        fromDatabase:
          name: recipes-db
          property: connectionString
databases:
  - name: recipes-db
    plan: free
''', rk, "https://render.com/docs/blueprint-spec")

D("render-yaml", "generate-value", "infra/render.yaml", '''services:
  - type: web
    name: blog
    runtime: python
    buildCommand: ./build.sh
    startCommand: gunicorn blog.wsgi:application
    envVars:
      - key: SECRET_KEY
        generateValue: true
      - key: WEB_CONCURRENCY
        value: 4
      - key: DATABASE_URL
        fromDatabase:
          name: blogdb
          property: connectionString
      - fromGroup: blog-secrets
''', "https://render.com/docs/blueprint-spec#generated-secrets")

sl2 = slack_webhook()
S("fly-toml", "env-webhook", "fly.toml", f'''app = "uptime-pinger"
primary_region = "ams"

[build]
  builder = "paketobuildpacks/builder:base"

[env]
  PORT = "8080"
  CHECK_INTERVAL = "60"
  SLACK_WEBHOOK_URL = "{sl2}"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 0
''', sl2, "https://fly.io/docs/reference/configuration/#the-env-variables-section")

D("fly-toml", "secrets-set-elsewhere", "deploy/fly.staging.toml", '''# secrets: fly secrets set DATABASE_URL=... SECRET_KEY=... -a shop-staging
app = "shop-staging"
primary_region = "fra"

[deploy]
  release_command = "python manage.py migrate --noinput"

[env]
  DJANGO_SETTINGS_MODULE = "shop.settings.staging"
  PORT = "8000"

[[statics]]
  guest_path = "/code/static"
  url_prefix = "/static/"
''', "https://fly.io/docs/flyctl/secrets-set/")

ft = "FlyV1 fm2_" + rs(300, ALNUM + "+/") + "=="
S("github-actions", "fly-api-token", ".github/workflows/fly-deploy.yml", f'''name: Fly Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    concurrency: deploy-group
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: "{ft}"
''', ft, "https://fly.io/docs/launch/continuous-deployment-with-github-actions/")

D("github-actions", "secrets-context", ".github/workflows/publish.yml", '''name: Publish to PyPI
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Notify
        run: curl -s -X POST "https://api.telegram.org/bot${{ secrets.TG_TOKEN }}/sendMessage" -d chat_id=${{ vars.TG_CHAT }} -d text="released"
''', "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

rw = rs(8, HEX) + "-" + rs(4, HEX) + "-4" + rs(3, HEX) + "-a" + rs(3, HEX) + "-" + rs(12, HEX)
pa = hx(40)
S("pythonanywhere", "api-token", "scripts/pa_reload.py", f'''"""Reload the PythonAnywhere web app after a git pull (run from a scheduled task)."""
import requests

USERNAME = "examplebakery"
API_TOKEN = "{pa}"
DOMAIN = "examplebakery.pythonanywhere.com"

resp = requests.post(
    f"https://www.pythonanywhere.com/api/v0/user/{{USERNAME}}/webapps/{{DOMAIN}}/reload/",
    headers={{"Authorization": f"Token {{API_TOKEN}}"}},
    timeout=30,
)
print(resp.status_code, resp.text)
''', pa, "https://help.pythonanywhere.com/pages/API/")

pwsgi = human_pw()
S("pythonanywhere", "wsgi-file-env", "deploy/examplebakery_pythonanywhere_com_wsgi.py", f'''# This file contains the WSGI configuration required to serve up your
# web application at http://examplebakery.pythonanywhere.com/
import os
import sys

path = "/home/examplebakery/bakery"
if path not in sys.path:
    sys.path.append(path)

os.environ["DJANGO_SETTINGS_MODULE"] = "bakery.settings"
os.environ["DB_PASSWORD"] = "{pwsgi}"
os.environ["DB_HOST"] = "examplebakery.mysql.pythonanywhere-services.com"

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
''', pwsgi, "https://help.pythonanywhere.com/pages/DeployExistingDjangoProject/")

D("railway-json", "no-secrets", "railway.json", json.dumps({
    "$schema": "https://railway.app/railway.schema.json",
    "build": {"builder": "NIXPACKS"},
    "deploy": {"startCommand": "gunicorn app:app --bind 0.0.0.0:$PORT", "healthcheckPath": "/health",
               "restartPolicyType": "ON_FAILURE", "restartPolicyMaxRetries": 10}}, indent=2) + "\n",
  "https://docs.railway.app/reference/config-as-code")

rdp = fakes.redis_password(sd())
S("railway-notes", "redis-url", "docs/railway.md", f'''# Deploying on Railway

The app runs as one service plus the Redis plugin.

1. `railway link` to the project `queue-demo`.
2. Variables (set in the dashboard, copied here for reference):

   | name | value |
   |------|-------|
   | `REDIS_URL` | `redis://default:{rdp}@monorail.proxy.rlwy.net:41822` |
   | `PORT` | set by Railway |

3. `railway up` deploys the current directory.
''', rdp, "https://docs.railway.app/guides/redis")


# ---------------------------------------------------------------- Docker
rp = fakes.redis_password(sd())
S("docker-compose", "redis-requirepass", "docker-compose.prod.yml", f'''version: "3.9"
services:
  web:
    build: .
    command: gunicorn config.wsgi -b 0.0.0.0:8000
    env_file: .env
    depends_on: [db, redis]
  worker:
    build: .
    command: celery -A config worker -l info
    env_file: .env
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass {rp}
    volumes:
      - redisdata:/data
  db:
    image: postgres:16
    env_file: .env
volumes:
  redisdata:
''', rp, "https://hub.docker.com/_/redis")

D("docker-compose", "local-dev-defaults", "docker-compose.yml", '''# Local development only: throwaway credentials, ports bound to localhost.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: app_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
  mailhog:
    image: mailhog/mailhog
    ports: ["127.0.0.1:8025:8025"]
''', "https://hub.docker.com/_/postgres")

pgp = human_pw()
S("docker-compose", "postgres-password", "deploy/compose/production.yml", f'''services:
  postgres:
    image: postgres:15
    restart: unless-stopped
    environment:
      - POSTGRES_DB=crm
      - POSTGRES_USER=crm
      - POSTGRES_PASSWORD={pgp}
    volumes:
      - /srv/crm/pg:/var/lib/postgresql/data
  app:
    image: registry.example-crm.io/crm:latest
    environment:
      - DATABASE_URL=postgres://crm:{pgp}@postgres:5432/crm
    ports: ["8000:8000"]
''', pgp, "https://hub.docker.com/_/postgres")

ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("dockerfile", "aws-env", "Dockerfile", f'''FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    AWS_DEFAULT_REGION=us-east-1 \\
    AWS_ACCESS_KEY_ID={ak} \\
    AWS_SECRET_ACCESS_KEY={sk}

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python manage.py collectstatic --noinput
CMD ["gunicorn", "config.wsgi", "-b", "0.0.0.0:8000"]
''', sk, "https://docs.docker.com/reference/dockerfile/#env")

D("dockerfile", "build-secret-mount", "docker/Dockerfile.prod", '''# syntax=docker/dockerfile:1.6
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml poetry.lock ./
# private index credentials come from a BuildKit secret, never a layer
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir poetry && poetry export -o requirements.txt && pip install -r requirements.txt
COPY . .
ARG GIT_SHA
LABEL org.opencontainers.image.revision=$GIT_SHA
CMD ["uvicorn", "api.main:app", "--host", "0.0.0.0"]
''', "https://docs.docker.com/build/building/secrets/")

# ---------------------------------------------------------------- Redis / Celery / RQ
rp = fakes.redis_password(sd())
S("redis-conf", "requirepass", "deploy/redis/redis.conf", f'''bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 16
save 900 1
save 300 10
maxmemory 256mb
maxmemory-policy allkeys-lru
requirepass {rp}
appendonly yes
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

rp = fakes.redis_password(sd())
S("redis-acl", "acl-user-password", "deploy/redis/users.acl", f'''# loaded with aclfile /etc/redis/users.acl
# ACL LOAD after editing
user default off
user celery on >{rp} ~celery* ~_kombu* &* +@all -@dangerous
user monitor on nopass ~* -@all +info +ping
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

D("redis-acl", "sha256-hashes", "ops/redis/acl.conf", f'''# passwords are stored hashed (ACL SETUSER ... #<sha256>)
user default off
user app on #{hx(64)} ~app:* +@read +@write -@dangerous
user worker on #{hx(64)} ~rq:* +@all -@admin
user monitor on nopass ~* -@all +info +ping
''', "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

rp = fakes.redis_password(sd())
S("redis-sentinel", "auth-pass", "deploy/redis/sentinel.conf", f'''port 26379
daemonize no
sentinel monitor mymaster 10.0.1.10 6379 2
sentinel auth-pass mymaster {rp}
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
sentinel parallel-syncs mymaster 1
''', rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

rp = fakes.redis_password(sd())
S("celery-config", "broker-url", "celeryconfig.py", f'''broker_url = "redis://:{rp}@10.0.0.5:6379/0"
result_backend = "redis://:{rp}@10.0.0.5:6379/1"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Warsaw"
enable_utc = True
task_routes = {{"reports.tasks.*": {{"queue": "reports"}}}}
beat_schedule = {{
    "nightly-report": {{"task": "reports.tasks.nightly", "schedule": 60 * 60 * 24}},
}}
''', rp, "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

amqp = passphrase()
S("celery-config", "amqp-password", "proj/celery.py", f'''import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")

app = Celery(
    "proj",
    broker="amqp://proj:{amqp}@rabbit.internal:5672/proj",
    backend="rpc://",
)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
''', amqp, "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html")

D("celery-config", "env-broker", "worker/celery_app.py", '''import os

from celery import Celery

app = Celery("worker")
app.conf.broker_url = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
app.conf.result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
app.conf.task_acks_late = True
app.conf.worker_prefetch_multiplier = 1
app.autodiscover_tasks(["worker.jobs"])
''', "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

rp = fakes.redis_password(sd())
S("rq-settings", "redis-password", "rq_settings.py", f'''# rq worker -c rq_settings
REDIS_HOST = "redis-1.example-net.lan"
REDIS_PORT = 6379
REDIS_DB = 3
REDIS_PASSWORD = "{rp}"
QUEUES = ["high", "default", "low"]
SENTRY_DSN = None
LOGGING_LEVEL = "INFO"
''', rp, "https://python-rq.org/docs/workers/#using-a-config-file")

rp = fakes.redis_password(sd())
S("rq-settings", "django-rq-queues", "config/rq.py", f'''RQ_QUEUES = {{
    "default": {{
        "HOST": "redis.example-shop.internal",
        "PORT": 6379,
        "DB": 0,
        "PASSWORD": "{rp}",
        "DEFAULT_TIMEOUT": 360,
    }},
    "emails": {{"USE_REDIS_CACHE": "default"}},
}}
RQ_SHOW_ADMIN_LINK = True
''', rp, "https://github.com/rq/django-rq#installation")

rp = fakes.redis_password(sd())
S("redis-cli-history", "auth-command", "ops/notes/redis-debug.txt", f'''# 2024-03-14 queue stuck, what I ran on the box
$ redis-cli -h 127.0.0.1 -p 6379
127.0.0.1:6379> AUTH {rp}
OK
127.0.0.1:6379> LLEN rq:queue:default
(integer) 18234
127.0.0.1:6379> DEL rq:queue:failed
(integer) 1
127.0.0.1:6379> INFO memory
# fixed by restarting workers, see ticket OPS-112
''', rp, "https://redis.io/docs/latest/commands/auth/")

D("redis-conf", "include-secret-file", "deploy/redis/redis-prod.conf", '''# password lives in /etc/redis/secret.conf (mode 600), written by ansible
include /etc/redis/secret.conf
bind 127.0.0.1 ::1
port 6379
maxmemory 512mb
maxmemory-policy volatile-lru
appendonly yes
appendfsync everysec
''', "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

# ---------------------------------------------------------------- databases: dumps, migrations, clients
myp = human_pw()
S("mysql-dump", "create-user", "db/init/01-users.sql", f'''-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
-- Host: localhost    Database: shop
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

CREATE DATABASE IF NOT EXISTS `shop` DEFAULT CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'shop_app'@'%' IDENTIFIED BY '{myp}';
GRANT SELECT, INSERT, UPDATE, DELETE ON `shop`.* TO 'shop_app'@'%';
FLUSH PRIVILEGES;

USE `shop`;
DROP TABLE IF EXISTS `django_migrations`;
CREATE TABLE `django_migrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
''', myp, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

stk = stripe_sk()
S("postgres-dump", "settings-table-row", "backups/site_settings.sql", f'''--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.core_sitesetting (id, key, value, updated_at) FROM stdin;
1	site_name	Example Pottery	2024-01-03 10:00:00+00
2	currency	GBP	2024-01-03 10:00:00+00
3	stripe_secret_key	{stk}	2024-02-11 18:21:07+00
4	shipping_flat_rate	4.95	2024-01-03 10:00:00+00
\\.

SELECT pg_catalog.setval('public.core_sitesetting_id_seq', 4, true);
''', stk, "https://www.postgresql.org/docs/current/app-pgdump.html")

D("postgres-dump", "argon2-hashes-and-uuids", "backups/auth_users.sql", f'''--
-- PostgreSQL database dump (users table, hashes only)
--
COPY public.accounts_user (id, uuid, email, password, last_login) FROM stdin;
1	{rs(8, HEX)}-{rs(4, HEX)}-4{rs(3, HEX)}-9{rs(3, HEX)}-{rs(12, HEX)}	anna@example.org	argon2$argon2id$v=19$m=102400,t=2,p=8${rs(22)}${rs(43)}	2024-04-01 09:12:00+00
2	{rs(8, HEX)}-{rs(4, HEX)}-4{rs(3, HEX)}-a{rs(3, HEX)}-{rs(12, HEX)}	marek@example.org	argon2$argon2id$v=19$m=102400,t=2,p=8${rs(22)}${rs(43)}	\\N
\\.

SELECT pg_catalog.setval('public.accounts_user_id_seq', 2, true);
''', "https://docs.djangoproject.com/en/stable/topics/auth/passwords/#using-argon2-with-django")

alp = fakes.password(sd())
S("alembic-ini", "sqlalchemy-url", "alembic.ini", f'''[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql://billing:{alp}@db.example-billing.net:5432/billing

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
''', alp, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

D("alembic-ini", "env-interpolation", "db/alembic.ini", '''[alembic]
script_location = db/migrations
# the URL is taken from DATABASE_URL in env.py; this is only the fallback for autogenerate
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]
hooks = black
black.type = console_scripts
black.entrypoint = black
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

alm = passphrase()
S("alembic-migration", "seeded-service-password", "migrations/versions/3f2a9c1b7d10_add_sftp_account.py", f'''"""add sftp account for the courier export

Revision ID: 3f2a9c1b7d10
Revises: 91be0c3e2a44
Create Date: 2024-05-19 12:04:51.118211
"""
import sqlalchemy as sa
from alembic import op

revision = "3f2a9c1b7d10"
down_revision = "91be0c3e2a44"


def upgrade():
    op.execute(
        "INSERT INTO export_targets (name, host, username, password) "
        "VALUES ('courier', 'sftp.example-courier.eu', 'shopexport', '{alm}')"
    )


def downgrade():
    op.execute("DELETE FROM export_targets WHERE name = 'courier'")
''', alm, "https://alembic.sqlalchemy.org/en/latest/ops.html#alembic.operations.Operations.execute")

pgp = fakes.password(sd())
S("pgpass", "password", "deploy/.pgpass", f'''# ~/.pgpass for the backup user on the app server
# chmod 600, otherwise libpq ignores it
# hostname:port:database:username:password
localhost:5432:*:postgres:*
db.example-rentals.com:5432:rentals:rentals_backup:{pgp}
''', pgp, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

mcp = human_pw()
S("my-cnf", "client-password", "deploy/mysql/backup.my.cnf", f'''[client]
user=backup
password="{mcp}"
host=127.0.0.1
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=64M
''', mcp, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

mgo = fakes.password(sd())
S("python-script", "mongodb-uri", "scripts/export_orders.py", f'''"""Export yesterday's orders to CSV for the accountant."""
import csv
import datetime as dt

from pymongo import MongoClient

client = MongoClient("mongodb+srv://exporter:{mgo}@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority")
orders = client["shop"]["orders"]

since = dt.datetime.utcnow() - dt.timedelta(days=1)
with open("orders.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "total", "email"])
    for o in orders.find({{"created": {{"$gte": since}}}}):
        w.writerow([o["_id"], o["total"], o["email"]])
''', mgo, "https://www.mongodb.com/docs/manual/reference/connection-string/")


# ---------------------------------------------------------------- payments
rz = rs(24)
S("python-module", "razorpay-secret", "payments/razorpay_client.py", f'''import razorpay

KEY_ID = "rzp_live_{rs(14)}"
KEY_SECRET = "{rz}"

client = razorpay.Client(auth=(KEY_ID, KEY_SECRET))


def create_order(amount_paise: int, receipt: str) -> dict:
    return client.order.create({{"amount": amount_paise, "currency": "INR", "receipt": receipt}})
''', rz, "https://razorpay.com/docs/payments/server-integration/python/")

ps = "sk_live_" + hx(40)
S("python-module", "paystack-secret", "billing/paystack.py", f'''import requests

PAYSTACK_SECRET = "{ps}"
BASE = "https://api.paystack.co"


def verify(reference: str) -> bool:
    r = requests.get(f"{{BASE}}/transaction/verify/{{reference}}",
                     headers={{"Authorization": f"Bearer {{PAYSTACK_SECRET}}"}}, timeout=20)
    data = r.json()
    return data.get("status") and data["data"]["status"] == "success"
''', ps, "https://paystack.com/docs/api/transaction/#verify")

pps = rs(80, ALNUM + "-_")
S("python-module", "paypal-client-secret", "shop/paypal.py", f'''import base64

import requests

PAYPAL_CLIENT_ID = "{rs(80, ALNUM + "-_")}"
PAYPAL_CLIENT_SECRET = "{pps}"
API = "https://api-m.paypal.com"


def access_token() -> str:
    auth = base64.b64encode(f"{{PAYPAL_CLIENT_ID}}:{{PAYPAL_CLIENT_SECRET}}".encode()).decode()
    r = requests.post(f"{{API}}/v1/oauth2/token", data={{"grant_type": "client_credentials"}},
                      headers={{"Authorization": f"Basic {{auth}}"}}, timeout=20)
    return r.json()["access_token"]
''', pps, "https://developer.paypal.com/api/rest/authentication/")

mpt = "APP_USR-" + rs(16, string.digits) + "-" + rs(6, string.digits) + "-" + hx(32) + "-" + rs(9, string.digits)
S("python-module", "mercadopago-token", "checkout/mp.py", f'''import mercadopago

sdk = mercadopago.SDK("{mpt}")


def crear_preferencia(items, external_reference):
    preference = {{
        "items": items,
        "external_reference": external_reference,
        "back_urls": {{"success": "https://tienda.example.com.ar/ok", "failure": "https://tienda.example.com.ar/error"}},
        "auto_return": "approved",
    }}
    return sdk.preference().create(preference)["response"]
''', mpt, "https://www.mercadopago.com.ar/developers/en/docs/sdks-library/server-side/python")

yk = "live_" + rs(43, ALNUM + "_-")
S("ini-config", "yookassa-secret", "config/payments.ini", f'''[yookassa]
shop_id = 318273
secret_key = {yk}
return_url = https://shop.example-tea.ru/payment/return/

[delivery]
cdek_account = EXAMPLE_ACC
free_from = 3000
''', yk, "https://yookassa.ru/developers/using-api/interaction-format")

D("python-module", "stripe-publishable-and-ids", "payments/stripe_public.py", f'''"""Public Stripe identifiers for the checkout page and the test suite (nothing secret here)."""
STRIPE_PUBLISHABLE_KEY = "pk_live_51{rs(22)}{rs(75)}"  # publishable: shipped to the browser anyway
STRIPE_TEST_CARD = "4242 4242 4242 4242"
STRIPE_TEST_CARD_DECLINED = "4000 0000 0000 0002"
STRIPE_PRICE_ID = "price_1{rs(23)}"
STRIPE_PRODUCT_ID = "prod_{rs(14)}"
''', "https://stripe.com/docs/keys#obtain-api-keys")

rk2 = stripe_rk()
S("toml-config", "stripe-restricted-key", "config/production.toml", f'''[app]
name = "bookshop"
debug = false
base_url = "https://books.example-coop.org"

[stripe]
# restricted key: charges + refunds only
api_key = "{rk2}"
currency = "usd"

[mail]
backend = "console"
''', rk2, "https://stripe.com/docs/keys#limit-access")

sq = "EAAA" + rs(60, ALNUM + "-_")
S("yaml-config", "square-access-token", "config/square.yml", f'''square:
  environment: production
  application_id: sq0idp-{rs(22, ALNUM + "-_")}
  access_token: {sq}
  location_id: L{rs(12, string.ascii_uppercase + string.digits)}
webhooks:
  notification_url: https://cafe.example.com/hooks/square
''', sq, "https://developer.squareup.com/docs/build-basics/access-tokens")

# ---------------------------------------------------------------- e-mail integrations
mg = mailgun()
S("python-module", "mailgun-key", "emails/mailgun.py", f'''import requests

DOMAIN = "mg.example-events.com"


def send(to, subject, text):
    return requests.post(
        f"https://api.eu.mailgun.net/v3/{{DOMAIN}}/messages",
        auth=("api", "{mg}"),
        data={{"from": f"Events <noreply@{{DOMAIN}}>", "to": [to], "subject": subject, "text": text}},
        timeout=10,
    )
''', mg, "https://documentation.mailgun.com/docs/mailgun/api-reference/")

bk = "xkeysib-" + hx(64) + "-" + rs(16)
S("python-module", "brevo-key", "newsletter/brevo.py", f'''import sib_api_v3_sdk

configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = "{bk}"
api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(configuration))


def send_welcome(email, name):
    mail = sib_api_v3_sdk.SendSmtpEmail(to=[{{"email": email, "name": name}}], template_id=12, params={{"NAME": name}})
    return api.send_transac_email(mail)
''', bk, "https://developers.brevo.com/docs/send-a-transactional-email")

sesp = "B" + rs(43, ALNUM + "+/")
S("django-settings", "ses-smtp-password", "config/settings/email.py", f'''# Amazon SES SMTP interface (credentials from the SES console, user ses-smtp-user.20240312)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "{fakes.aws_key_id(sd())}"
EMAIL_HOST_PASSWORD = "{sesp}"
DEFAULT_FROM_EMAIL = "Clinic <no-reply@example-clinic.com>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
''', sesp, "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html")

mch = hx(32) + "-us21"
S("python-script", "mailchimp-key", "scripts/sync_subscribers.py", f'''"""Nightly: push new customers to the Mailchimp audience."""
import mailchimp_marketing as MailchimpMarketing

from shop.models import Customer

client = MailchimpMarketing.Client()
client.set_config({{"api_key": "{mch}", "server": "us21"}})
LIST_ID = "a1b2c3d4e5"

for c in Customer.objects.filter(newsletter=True, synced=False):
    client.lists.add_list_member(LIST_ID, {{"email_address": c.email, "status": "subscribed"}})
    c.synced = True
    c.save(update_fields=["synced"])
''', mch, "https://mailchimp.com/developer/marketing/guides/quick-start/")

D("python-module", "smtp-from-keyring", "mailer/send.py", '''import smtplib
from email.message import EmailMessage

import keyring

SMTP_HOST = "smtp.fastmail.com"
SMTP_USER = "invoices@example-studio.com"


def send_invoice(to: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, "Your invoice"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, keyring.get_password("smtp", SMTP_USER))
        s.send_message(msg)
''', "https://pypi.org/project/keyring/")

smp = human_pw()
S("python-script", "smtp-login", "tools/send_report.py", f'''#!/usr/bin/env python3
import smtplib
import sys
from email.mime.text import MIMEText

body = open(sys.argv[1]).read()
msg = MIMEText(body)
msg["Subject"] = "Weekly sales report"
msg["From"] = "reports@example-wines.fr"
msg["To"] = "direction@example-wines.fr"

with smtplib.SMTP("ssl0.ovh.net", 587) as s:
    s.starttls()
    s.login("reports@example-wines.fr", "{smp}")
    s.send_message(msg)
''', smp, "https://docs.python.org/3/library/smtplib.html")

# ---------------------------------------------------------------- scrapers
pxp = fakes.password(sd())
S("scrapy-settings", "proxy-credentials", "pricewatch/settings.py", f'''BOT_NAME = "pricewatch"
SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5

ROTATING_PROXY_LIST = [
    "http://customer-pricewatch:{pxp}@pr.oxylabs.io:7777",
]
DOWNLOADER_MIDDLEWARES = {{
    "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
    "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
}}
FEEDS = {{"output/%(name)s-%(time)s.jsonl": {{"format": "jsonlines"}}}}
''', pxp, "https://docs.scrapy.org/en/latest/topics/settings.html")

sdp = human_pw()
S("scrapy-cfg", "scrapyd-password", "scrapy.cfg", f'''# Automatically created by: scrapy startproject
#
# For more information about the [deploy] section see:
# https://scrapyd.readthedocs.io/en/latest/deploy.html

[settings]
default = pricewatch.settings

[deploy:prod]
url = https://scrapyd.example-data.io/
project = pricewatch
username = deployer
password = {sdp}
''', sdp, "https://github.com/scrapy/scrapyd-client#deploying-a-project")

zk = hx(32)
S("scrapinghub-yml", "zyte-apikey", "scrapinghub.yml", f'''projects:
  default: 481927
apikey: {zk}
stacks:
  default: scrapy:2.11
requirements:
  file: requirements.txt
''', zk, "https://shub.readthedocs.io/en/stable/configuration.html")

D("scrapy-settings", "env-proxy", "crawler/crawler/settings.py", '''import os

BOT_NAME = "crawler"
SPIDER_MODULES = ["crawler.spiders"]
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = "httpcache"

# proxy user/password from the environment (see README)
PROXY_URL = os.getenv("PROXY_URL")
ZYTE_API_KEY = os.getenv("ZYTE_API_KEY")
USER_AGENT = "crawler (+https://example-data.io/bot)"
''', "https://docs.scrapy.org/en/latest/topics/settings.html")

cookie = rs(32, string.ascii_lowercase + string.digits)
S("python-script", "session-cookie", "scrapers/members_area.py", f'''"""Download the member list from the club portal (logged in as the treasurer)."""
import requests
from bs4 import BeautifulSoup

COOKIES = {{
    "sessionid": "{cookie}",
    "csrftoken": "{rs(64)}",
}}

r = requests.get("https://portal.example-rowingclub.org/members/", cookies=COOKIES, timeout=30)
soup = BeautifulSoup(r.text, "html.parser")
for row in soup.select("table.members tr")[1:]:
    print([td.get_text(strip=True) for td in row.find_all("td")])
''', cookie, "https://requests.readthedocs.io/en/latest/user/quickstart/#cookies")

D("python-script", "http-fixture-hashes", "scrapers/tests/test_parse.py", f'''import hashlib
from pathlib import Path

from scrapers.parse import parse_listing

FIXTURE = Path(__file__).parent / "fixtures" / "listing.html"
# sha256 of the saved page, to notice when someone re-records it
FIXTURE_SHA256 = "{hx(64)}"


def test_fixture_unchanged():
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == FIXTURE_SHA256


def test_parse_listing():
    items = parse_listing(FIXTURE.read_text())
    assert len(items) == 24
''', "https://docs.python.org/3/library/hashlib.html")


# ---------------------------------------------------------------- PyPI and packaging
pt = fakes.pypi_token(sd())
S("pypirc", "pypi-token", ".pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {pt}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', pt, "https://packaging.python.org/en/latest/specifications/pypirc/")

pt = fakes.pypi_token(sd())
S("makefile", "twine-password", "Makefile", f'''.PHONY: test build release clean

test:
\tpytest -q

build: clean
\tpython -m build

release: build
\ttwine check dist/*
\ttwine upload -u __token__ -p {pt} dist/*

clean:
\trm -rf build dist *.egg-info
''', pt, "https://twine.readthedocs.io/en/stable/#twine-upload")

pt = fakes.pypi_token(sd())
S("shell-script", "twine-env", "release.sh", f'''#!/bin/sh
# bump, build and upload django-tinyforms
set -e
VERSION=$(python -c "import tinyforms; print(tinyforms.__version__)")
git tag "v$VERSION"
rm -rf dist && python -m build
export TWINE_USERNAME=__token__
export TWINE_PASSWORD="{pt}"
twine upload dist/*
git push --tags
''', pt, "https://twine.readthedocs.io/en/stable/#environment-variables")

pt = fakes.pypi_token(sd())
S("pkg-info", "token-in-long-description", "django_tinyforms-0.4.1/PKG-INFO", f'''Metadata-Version: 2.1
Name: django-tinyforms
Version: 0.4.1
Summary: Small form helpers for Django
Home-page: https://github.com/example-dev/django-tinyforms
Author: Example Dev
License: MIT
Requires-Python: >=3.8
Description-Content-Type: text/markdown
License-File: LICENSE

# django-tinyforms

Small form helpers.

## Releasing (note to self)

    python -m build
    twine upload -u __token__ -p {pt} dist/*

## Usage

    {{% load tinyforms %}}
    {{% tinyform form %}}
''', pt, "https://packaging.python.org/en/latest/specifications/core-metadata/")

D("pkg-info", "plain-metadata", "flask_tgbot-1.2.0/PKG-INFO", '''Metadata-Version: 2.1
Name: flask-tgbot
Version: 1.2.0
Summary: Telegram webhooks for Flask
Author-email: Example Dev <dev@example.org>
License: BSD-3-Clause
Requires-Python: >=3.9
Requires-Dist: flask>=2.2
Requires-Dist: httpx>=0.25
Description-Content-Type: text/x-rst

flask-tgbot
===========

Set ``TGBOT_TOKEN`` in the app config (e.g. ``app.config["TGBOT_TOKEN"] = os.environ["BOT_TOKEN"]``)
and register the blueprint.
''', "https://packaging.python.org/en/latest/specifications/core-metadata/")

D("wheel-record", "sha256-digests", "flask_tgbot-1.2.0.dist-info/RECORD", "".join(
    f"{p},sha256={rs(43, ALNUM + '-_')},{n}\n" for p, n in [
        ("flask_tgbot/__init__.py", 812), ("flask_tgbot/blueprint.py", 3301), ("flask_tgbot/client.py", 2890),
        ("flask_tgbot-1.2.0.dist-info/LICENSE", 1503), ("flask_tgbot-1.2.0.dist-info/METADATA", 1422),
        ("flask_tgbot-1.2.0.dist-info/WHEEL", 92), ("flask_tgbot-1.2.0.dist-info/top_level.txt", 12)])
    + "flask_tgbot-1.2.0.dist-info/RECORD,,\n", "https://packaging.python.org/en/latest/specifications/recording-installed-packages/")

D("requirements", "pip-hashes", "requirements/prod.txt", f'''# generated by pip-compile --generate-hashes
django==4.2.11 \\
    --hash=sha256:{hx(64)} \\
    --hash=sha256:{hx(64)}
gunicorn==21.2.0 \\
    --hash=sha256:{hx(64)}
redis==5.0.3 \\
    --hash=sha256:{hx(64)}
psycopg[binary]==3.1.18 \\
    --hash=sha256:{hx(64)}
''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

gl = gitlab()
S("requirements", "private-index-token", "requirements.txt", f'''--extra-index-url https://__token__:{gl}@gitlab.example-agency.com/api/v4/projects/112/packages/pypi/simple
django==4.2.11
djangorestframework==3.15.1
agency-common==2.3.0
celery[redis]==5.3.6
sentry-sdk==1.44.0
''', gl, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

pic = fakes.password(sd())
S("pip-conf", "index-password", "deploy/pip.conf", f'''[global]
index-url = https://deploy:{pic}@pypi.example-agency.com/simple/
trusted-host = pypi.example-agency.com
timeout = 60
no-cache-dir = true
''', pic, "https://pip.pypa.io/en/stable/topics/configuration/")

D("poetry-lock", "package-hashes", "poetry.lock", f'''# This file is automatically @generated by Poetry 1.7.1 and should not be changed by hand.

[[package]]
name = "aiogram"
version = "3.4.1"
description = "Modern and fully asynchronous framework for Telegram Bot API"
optional = false
python-versions = ">=3.8"
files = [
    {{file = "aiogram-3.4.1-py3-none-any.whl", hash = "sha256:{hx(64)}"}},
    {{file = "aiogram-3.4.1.tar.gz", hash = "sha256:{hx(64)}"}},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "{hx(64)}"
''', "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock")

pt = fakes.pypi_token(sd())
S("poetry-config", "pypi-token", "poetry.toml", f'''[virtualenvs]
in-project = true

[pypi-token]
pypi = "{pt}"
''', pt, "https://python-poetry.org/docs/repositories/#configuring-credentials")

D("setup-cfg", "no-secrets", "setup.cfg", '''[metadata]
name = flask-tgbot
version = attr: flask_tgbot.__version__
description = Telegram webhooks for Flask
long_description = file: README.rst
license = BSD-3-Clause

[options]
packages = find:
python_requires = >=3.9
install_requires =
    flask>=2.2
    httpx>=0.25

[flake8]
max-line-length = 110
''', "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

tg = fakes.telegram_token(sd())
S("pyproject-toml", "token-in-tool-section", "pyproject.toml", f'''[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "weather-tg-bot"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = ["python-telegram-bot>=21", "httpx"]

[project.scripts]
weather-bot = "weather_bot.__main__:main"

[tool.weather-bot]
token = "{tg}"
default_city = "Tbilisi"
units = "metric"
''', tg, "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")

# ---------------------------------------------------------------- AWS
ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("aws-credentials", "secret-access-key", "deploy/aws/credentials", f'''[default]
aws_access_key_id = {ak}
aws_secret_access_key = {sk}

[backup]
role_arn = arn:aws:iam::381928374651:role/backup-writer
source_profile = default
region = eu-central-1
''', sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("zappa-settings", "aws-env", "zappa_settings.json", json.dumps({
    "production": {"app_function": "app.app", "aws_region": "us-east-1", "profile_name": "default",
                   "project_name": "url-shortener", "runtime": "python3.11", "s3_bucket": "zappa-shortener-deploys",
                   "environment_variables": {"SHORTENER_TABLE": "links", "BACKUP_AWS_ACCESS_KEY_ID": ak,
                                             "BACKUP_AWS_SECRET_ACCESS_KEY": sk}}}, indent=4) + "\n", sk,
  "https://github.com/zappa/Zappa#remote-environment-variables")

st = fakes.aws_session_token(sd())
ak2, sk2 = "ASIA" + fakes.aws_key_id(sd())[4:], fakes.aws_secret_key(sd())
S("shell-script", "aws-session-token", "scripts/assume_and_sync.sh", f'''#!/usr/bin/env bash
# pasted from the SSO portal ("Command line or programmatic access")
export AWS_ACCESS_KEY_ID="{ak2}"
export AWS_SECRET_ACCESS_KEY="{sk2}"
export AWS_SESSION_TOKEN="{st}"

aws s3 sync ./media s3://example-school-media/media --delete
aws cloudfront create-invalidation --distribution-id E2ABCDEF123456 --paths "/media/*"
''', sk2, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

ak, sk = fakes.aws_key_id(sd()), fakes.aws_secret_key(sd())
S("python-script", "boto3-client-args", "admin/cleanup_s3.py", f'''"""Delete uploads older than 90 days from the staging bucket."""
import datetime as dt

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="{ak}",
    aws_secret_access_key="{sk}",
)
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=90)
for page in s3.get_paginator("list_objects_v2").paginate(Bucket="staging-uploads", Prefix="tmp/"):
    for obj in page.get("Contents", []):
        if obj["LastModified"] < cutoff:
            s3.delete_object(Bucket="staging-uploads", Key=obj["Key"])
''', sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters")

D("aws-config", "profiles-no-keys", "deploy/aws/config", '''[default]
region = eu-west-1
output = json

[profile prod]
sso_session = agency
sso_account_id = 381928374651
sso_role_name = AdministratorAccess
region = eu-west-1

[sso-session agency]
sso_start_url = https://example-agency.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
''', "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

D("serverless-yml", "ssm-references", "serverless.yml", '''service: image-resizer
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.11
  region: eu-west-1
  environment:
    BUCKET: ${self:service}-${sls:stage}
    DB_PASSWORD: ${ssm:/image-resizer/${sls:stage}/db-password}
    SENTRY_DSN: ${env:SENTRY_DSN}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: ["s3:GetObject", "s3:PutObject"]
          Resource: "arn:aws:s3:::${self:service}-${sls:stage}/*"
functions:
  resize:
    handler: handler.resize
''', "https://www.serverless.com/framework/docs/providers/aws/guide/variables")

D("iam-policy", "arns-and-ids", "deploy/aws/deploy-policy.json", json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "DeployBucket", "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject", "s3:ListBucket"],
         "Resource": ["arn:aws:s3:::example-deploys", "arn:aws:s3:::example-deploys/*"]},
        {"Sid": "Lambda", "Effect": "Allow", "Action": ["lambda:UpdateFunctionCode"],
         "Resource": "arn:aws:lambda:eu-west-1:381928374651:function:image-resizer-prod-resize"},
        {"Sid": "Kms", "Effect": "Allow", "Action": ["kms:Decrypt"],
         "Resource": "arn:aws:kms:eu-west-1:381928374651:key/" + rs(8, HEX) + "-" + rs(4, HEX) + "-4" + rs(3, HEX) + "-8" + rs(3, HEX) + "-" + rs(12, HEX)}]},
    indent=2) + "\n", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html")


# ---------------------------------------------------------------- Ansible / Fabric / deploy scripts
ap = human_pw()
S("ansible-vars", "db-password", "deploy/ansible/group_vars/production.yml", f'''---
app_name: tutors
app_user: tutors
app_domain: tutors.example-edu.com
python_version: "3.11"
postgres_db: tutors
postgres_user: tutors
postgres_password: "{ap}"
gunicorn_workers: 3
celery_concurrency: 2
letsencrypt_email: admin@example-edu.com
''', ap, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

D("ansible-vars", "vault-ciphertext", "deploy/ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
    hx(80) for _ in range(10)) + "\n" + hx(40) + "\n", "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

D("ansible-vars", "vault-references", "deploy/ansible/group_vars/staging.yml", '''---
app_domain: staging.tutors.example-edu.com
postgres_password: "{{ vault_postgres_password }}"
django_secret_key: "{{ vault_django_secret_key }}"
redis_password: "{{ lookup('community.general.passwordstore', 'tutors/staging/redis') }}"
telegram_token: "{{ lookup('env', 'TELEGRAM_TOKEN') }}"
gunicorn_workers: 2
''', "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html")

ainv = fakes.password(sd())
S("ansible-inventory", "ssh-pass", "deploy/ansible/hosts.ini", f'''[web]
vps1.example-host.net ansible_host=203.0.113.21

[db]
vps2.example-host.net ansible_host=203.0.113.22

[all:vars]
ansible_user=root
ansible_ssh_pass={ainv}
ansible_python_interpreter=/usr/bin/python3
''', ainv, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

fpw = human_pw()
S("fabfile", "sudo-password", "fabfile.py", f'''from fabric import Config, Connection, task

config = Config(overrides={{"sudo": {{"password": "{fpw}"}}}})
HOST = "deploy@203.0.113.40"


@task
def deploy(c):
    conn = Connection(HOST, config=config)
    with conn.cd("/srv/agenda"):
        conn.run("git pull --ff-only")
        conn.run(".venv/bin/pip install -r requirements.txt")
        conn.run(".venv/bin/python manage.py migrate --noinput")
        conn.run(".venv/bin/python manage.py collectstatic --noinput")
    conn.sudo("systemctl restart agenda")
''', fpw, "https://docs.fabfile.org/en/latest/concepts/configuration.html")

key = fakes.fake_pem(sd(), "OPENSSH")
S("shell-script", "embedded-deploy-key", "deploy/bootstrap_vps.sh", f'''#!/bin/bash
# run as root on a fresh Ubuntu VPS
set -e
adduser --disabled-password --gecos "" deploy
mkdir -p /home/deploy/.ssh
cat > /home/deploy/.ssh/id_ed25519 <<'KEY'
{key}
KEY
chmod 600 /home/deploy/.ssh/id_ed25519
chown -R deploy:deploy /home/deploy/.ssh
sudo -u deploy git clone git@github.com:example-agency/agenda.git /home/deploy/agenda
''', key, "https://man.openbsd.org/ssh-keygen")

D("shell-script", "ssh-keyscan-and-pubkey", "deploy/add_ci_key.sh", f'''#!/bin/sh
# authorize the CI runner's public key and pin the host key
set -e
mkdir -p ~/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + '+/')} ci@runner" >> ~/.ssh/authorized_keys
ssh-keyscan -t ed25519 github.com >> ~/.ssh/known_hosts
chmod 600 ~/.ssh/authorized_keys
echo "done"
''', "https://man.openbsd.org/ssh-keyscan")

dpb = fakes.password(sd())
S("crontab", "pgpassword-inline", "deploy/crontab", f'''# m h dom mon dow command
MAILTO=ops@example-rentals.com
15 3 * * * PGPASSWORD={dpb} pg_dump -h localhost -U rentals -Fc rentals > /backups/rentals-$(date +\\%F).dump
0 4 * * * find /backups -name "*.dump" -mtime +14 -delete
*/5 * * * * /srv/rentals/venv/bin/python /srv/rentals/manage.py send_reminders >> /var/log/reminders.log 2>&1
''', dpb, "https://www.postgresql.org/docs/current/libpq-envars.html")

bh = human_pw()
S("shell-history", "mysql-command-line", "ops/history/bash_history.txt", f'''cd /srv/shop
git pull
source venv/bin/activate
pip install -r requirements.txt
python manage.py migrate
sudo systemctl restart shop
mysql -u root -p'{bh}' -e "SHOW PROCESSLIST"
tail -f /var/log/shop/gunicorn.log
exit
''', bh, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

dopt = do_token()
S("shell-script", "digitalocean-token", "infra/create_droplet.sh", f'''#!/usr/bin/env bash
set -euo pipefail
DO_TOKEN="{dopt}"

curl -s -X POST "https://api.digitalocean.com/v2/droplets" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer $DO_TOKEN" \\
  -d '{{"name":"bot-01","region":"fra1","size":"s-1vcpu-1gb","image":"ubuntu-22-04-x64","ssh_keys":[39182736]}}' \\
  | python3 -m json.tool
''', dopt, "https://docs.digitalocean.com/reference/api/create-personal-access-token/")

hz = rs(64)
S("python-script", "hetzner-token", "infra/snapshot.py", f'''"""Weekly snapshot of the VPS through the Hetzner Cloud API."""
from hcloud import Client

client = Client(token="{hz}")
server = client.servers.get_by_name("shop-prod-1")
action = server.create_image(type="snapshot", description="weekly")
print(action.image.id)
''', hz, "https://hcloud-python.readthedocs.io/en/stable/")

cf = rs(40, ALNUM + "_-")
S("python-script", "cloudflare-token", "scripts/purge_cache.py", f'''import sys

import requests

ZONE_ID = "{hx(32)}"
CF_API_TOKEN = "{cf}"

files = sys.argv[1:] or ["https://www.example-bakery.com/"]
r = requests.post(
    f"https://api.cloudflare.com/client/v4/zones/{{ZONE_ID}}/purge_cache",
    headers={{"Authorization": f"Bearer {{CF_API_TOKEN}}"}},
    json={{"files": files}},
    timeout=20,
)
print(r.json()["success"])
''', cf, "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/")

hk = "HRKU-AA" + rs(58, ALNUM + "_-")
S("netrc", "heroku-api-key", "deploy/netrc", f'''machine api.heroku.com
  login dev@example-agency.com
  password {hk}
machine git.heroku.com
  login dev@example-agency.com
  password {hk}
''', hk, "https://devcenter.heroku.com/articles/authentication#api-token-storage")

# ---------------------------------------------------------------- READMEs and deployment notes
dnp = passphrase()
S("markdown-doc", "deploy-notes-password", "docs/DEPLOY.md", f'''# Deploy notes (for Marta while I'm away)

Server: `ssh deploy@203.0.113.40` (key is in 1Password, "agenda vps").

## Database

Postgres 15 on the same box. App user `agenda`, password `{dnp}`.
Backups run at 03:15, see `deploy/crontab`.

## Deploy

    fab deploy

If migrations fail, `sudo -u postgres psql agenda` and check `django_migrations`.
''', dnp, "https://www.markdownguide.org/basic-syntax/")

D("markdown-doc", "placeholders", "README.md", '''# Agenda

Booking app for small studios (Django 4.2, Celery, Redis).

## Setup

```bash
cp .env.example .env     # fill DATABASE_URL, REDIS_URL, SECRET_KEY
docker compose up -d db redis
python manage.py migrate
python manage.py createsuperuser
```

Set `STRIPE_SECRET_KEY=sk_live_xxx` (or `sk_test_...` locally) and
`TELEGRAM_BOT_TOKEN=<token from @BotFather>` to enable payments and notifications.

Redis URL format: `redis://:<password>@<host>:6379/0`.
''', "https://www.makeareadme.com/")

tg = fakes.telegram_token(sd())
S("rst-doc", "token-in-example", "docs/quickstart.rst", f'''Quickstart
==========

Install the package and run the bot with your token:

.. code-block:: console

   $ pip install tg-remindme
   $ export REMINDME_TOKEN={tg}
   $ python -m remindme

The bot answers ``/start`` and ``/remind 10m tea``.

Configuration
-------------

See :doc:`config` for all options.
''', tg, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")

D("rst-doc", "env-var-docs", "docs/configuration.rst", '''Configuration
=============

All settings are read from the environment.

``REMINDME_TOKEN``
    The bot token from @BotFather, e.g. ``110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw``
    as shown in the Telegram Bot API documentation.

``REMINDME_REDIS_URL``
    Defaults to ``redis://localhost:6379/0``.

``REMINDME_ADMIN``
    Telegram user id allowed to run ``/stats``.
''', "https://core.telegram.org/bots/api#authorizing-your-bot")

ghf = fakes.github_fine_grained_token(sd())
S("text-notes", "github-fine-grained", "notes/handover.txt", f'''HANDOVER - website maintenance (2024-06)
========================================

repo: github.com/example-studio/website (private)
deploy: GitHub Actions -> VPS over ssh

token for the release script (fine-grained, contents:write on the repo, expires 2025-06-01):
{ghf}

renew it under Settings > Developer settings > Personal access tokens.

domain: renewed at Namecheap until 2026
''', ghf, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

D("text-notes", "checksums", "dist/SHA256SUMS", "".join(f"{hx(64)}  {n}\n" for n in [
    "agenda-2.4.0-py3-none-any.whl", "agenda-2.4.0.tar.gz", "agenda-2.4.0-docs.zip",
    "agenda-2.3.2-py3-none-any.whl", "agenda-2.3.2.tar.gz"]), "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("changelog", "commit-ids", "CHANGELOG.md", f'''# Changelog

## 2.4.0 (2024-06-02)
- Stripe webhooks verified with the signing secret from settings ({hx(7)})
- Telegram notifications for new bookings ({hx(7)})
- Redis password support in `REDIS_URL` ({hx(7)})

## 2.3.2 (2024-05-11)
- Fix: rotate the Django SECRET_KEY without logging users out (SECRET_KEY_FALLBACKS) ({hx(40)})

## 2.3.1 (2024-04-20)
- Drop Python 3.8
''', "https://keepachangelog.com/en/1.1.0/")


# ---------------------------------------------------------------- notebooks
def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code(src: str, outputs: Optional[list] = None, n: int = 1) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": hx(8), "metadata": {},
            "outputs": outputs or [], "source": src.splitlines(True)}


rp = fakes.redis_password(sd())
S("jupyter-notebook", "redis-url-in-output", "notebooks/queue_debug.ipynb", notebook([
    code("import os\nfrom redis import Redis\nos.environ['REDIS_URL']", [
        {"data": {"text/plain": [f"'redis://default:{rp}@redis-11822.c9.us-east-1-2.ec2.cloud.redislabs.com:11822/0'"]},
         "execution_count": 1, "metadata": {}, "output_type": "execute_result"}]),
    code("r = Redis.from_url(os.environ['REDIS_URL'])\nr.llen('rq:queue:default')", [{"data": {"text/plain": ["412"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), rp, "https://nbformat.readthedocs.io/en/latest/format_description.html")

oai = fakes.openai_key(sd())
S("jupyter-notebook", "openai-key-in-source", "notebooks/classify_tickets.ipynb", notebook([
    code(f"from openai import OpenAI\nclient = OpenAI(api_key=\"{oai}\")"),
    code("import pandas as pd\ndf = pd.read_csv('tickets.csv')\ndf.head()", [
        {"data": {"text/plain": ["   id   subject\n0  1  refund\n1  2  login"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), oai, "https://nbformat.readthedocs.io/en/latest/format_description.html")

D("jupyter-notebook", "image-output", "notebooks/sales_chart.ipynb", notebook([
    code("import matplotlib.pyplot as plt\nplt.plot([1, 3, 2, 5])\nplt.title('orders per week')", [
        {"data": {"image/png": rs(76, ALNUM + "+/") + "\n" + rs(76, ALNUM + "+/") + "\n" + rs(40, ALNUM + "+/") + "==\n",
                  "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
    code("import os\nos.environ.get('DATABASE_URL', 'not set')", [
        {"data": {"text/plain": ["'not set'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

# ---------------------------------------------------------------- third-party APIs in small projects
rd_secret = rs(30, ALNUM + "-_")
S("praw-ini", "reddit-client-secret", "praw.ini", f'''[DEFAULT]
check_for_updates=False

[memebot]
client_id={rs(22, ALNUM + "-_")}
client_secret={rd_secret}
user_agent=python:memebot:v1.3 (by /u/example_dev)
ratelimit_seconds=10
''', rd_secret, "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html")

kg = hx(32)
S("kaggle-json", "api-key", "deploy/kaggle.json", json.dumps({"username": "exampledatafan", "key": kg}) + "\n" + "\n" * 4, kg,
  "https://github.com/Kaggle/kaggle-api#api-credentials")

gsk = fakes.fake_pem(sd(), "")
S("service-account-json", "private-key", "credentials/sheets-service-account.json", json.dumps({
    "type": "service_account", "project_id": "orders-sheet-41822", "private_key_id": hx(40),
    "private_key": gsk.replace("-----BEGIN  PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END  PRIVATE KEY-----", "-----END PRIVATE KEY-----") + "\n",
    "client_email": "sheets-writer@orders-sheet-41822.iam.gserviceaccount.com", "client_id": rs(21, string.digits),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-writer%40orders-sheet-41822.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2) + "\n",
  gsk.replace("-----BEGIN  PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END  PRIVATE KEY-----", "-----END PRIVATE KEY-----").split("\n")[1],
  "https://cloud.google.com/iam/docs/keys-create-delete")

gcs = "GOCSPX-" + rs(28, ALNUM + "-_")
S("oauth-client-json", "client-secret", "client_secret.json", json.dumps({"web": {
    "client_id": rs(12, string.digits) + "-" + rs(32, string.ascii_lowercase + string.digits) + ".apps.googleusercontent.com",
    "project_id": "example-login-4182", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token", "client_secret": gcs,
    "redirect_uris": ["https://app.example-tutors.com/accounts/google/login/callback/"]}}, indent=2) + "\n", gcs,
  "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred")

gm = google_api()
S("django-settings", "google-maps-key", "stores/settings_maps.py", f'''# Store locator
GOOGLE_MAPS_SERVER_KEY = "{gm}"  # geocoding from the backend, not restricted by referrer
STORE_LOCATOR_RADIUS_KM = 25
STORE_LOCATOR_MAX_RESULTS = 20
GEOCODE_CACHE_TIMEOUT = 60 * 60 * 24 * 30
''', gm, "https://developers.google.com/maps/documentation/geocoding/get-api-key")

D("html-template", "recaptcha-site-key", "templates/contact.html", '''{% extends "base.html" %}
{% block content %}
<form method="post" action="{% url 'contact' %}">
  {% csrf_token %}
  {{ form.as_p }}
  <div class="g-recaptcha" data-sitekey="6LcR8XwpAAAAAB2pQ3nU7d9fKxT0sHk1vYzW4mEa"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2Q9PL3M"></script>
{% endblock %}
''', "https://developers.google.com/recaptcha/docs/display")

rcs = "6L" + rs(38, ALNUM + "-_")
S("django-settings", "recaptcha-secret", "contact/recaptcha_settings.py", f'''RECAPTCHA_PUBLIC_KEY = "6LcR8XwpAAAAAB2pQ3nU7d9fKxT0sHk1vYzW4mEa"
RECAPTCHA_PRIVATE_KEY = "{rcs}"
RECAPTCHA_REQUIRED_SCORE = 0.85
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]
RECAPTCHA_DOMAIN = "www.recaptcha.net"
''', rcs, "https://github.com/django-recaptcha/django-recaptcha#installation")

sp_secret = hx(32)
S("python-module", "spotify-client-secret", "musicbot/spotify.py", f'''import spotipy
from spotipy.oauth2 import SpotifyClientCredentials

auth = SpotifyClientCredentials(
    client_id="{hx(32)}",
    client_secret="{sp_secret}",
)
sp = spotipy.Spotify(auth_manager=auth)


def search_track(q: str):
    items = sp.search(q=q, type="track", limit=1)["tracks"]["items"]
    return items[0]["external_urls"]["spotify"] if items else None
''', sp_secret, "https://spotipy.readthedocs.io/en/latest/#client-credentials-flow")

tw = "AAAAAAAAAAAAAAAAAAAAA" + rs(30) + "%3D" + rs(50)
S("python-module", "twitter-bearer", "social/x_poster.py", f'''import tweepy

BEARER_TOKEN = "{tw}"
client = tweepy.Client(bearer_token=BEARER_TOKEN)


def latest_mentions(user_id: int):
    return client.get_users_mentions(user_id, max_results=20)
''', tw, "https://docs.tweepy.org/en/stable/authentication.html")

ntn = "ntn_" + rs(11, string.digits) + rs(35)
S("python-module", "notion-token", "crm/notion_sync.py", f'''from notion_client import Client

notion = Client(auth="{ntn}")
DATABASE_ID = "{hx(32)}"


def add_lead(name: str, email: str) -> None:
    notion.pages.create(parent={{"database_id": DATABASE_ID}}, properties={{
        "Name": {{"title": [{{"text": {{"content": name}}}}]}},
        "Email": {{"email": email}},
    }})
''', ntn, "https://developers.notion.com/docs/authorization")

at = "pat" + rs(14) + "." + hx(64)
S("python-module", "airtable-pat", "crm/airtable.py", f'''from pyairtable import Api

api = Api("{at}")
table = api.table("app{rs(14)}", "Leads")


def new_lead(record: dict) -> str:
    return table.create(record)["id"]
''', at, "https://pyairtable.readthedocs.io/en/stable/getting-started.html")

sbk = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + base64.urlsafe_b64encode(json.dumps({"iss": "supabase", "ref": rs(20, string.ascii_lowercase), "role": "service_role", "iat": 1712000000, "exp": 2027576000}).encode()).decode().rstrip("=") + "." + rs(43, ALNUM + "-_")
S("python-module", "supabase-service-role", "backend/db.py", f'''from supabase import create_client

SUPABASE_URL = "https://{rs(20, string.ascii_lowercase)}.supabase.co"
# service_role: bypasses RLS, backend only
SUPABASE_KEY = "{sbk}"

supabase = create_client(SUPABASE_URL, SUPABASE_KEY)


def save_feedback(user_id: str, text: str):
    return supabase.table("feedback").insert({{"user_id": user_id, "text": text}}).execute()
''', sbk, "https://supabase.com/docs/guides/api/api-keys")

pus = hx(20)
S("python-module", "pusher-secret", "realtime/pusher_client.py", f'''import pusher

pusher_client = pusher.Pusher(
    app_id="1789234",
    key="{hx(20)}",
    secret="{pus}",
    cluster="eu",
    ssl=True,
)


def broadcast(order_id: int, status: str):
    pusher_client.trigger(f"order-{{order_id}}", "status", {{"status": status}})
''', pus, "https://pusher.com/docs/channels/server_api/overview/")

alg = hx(32)
S("django-settings", "algolia-admin-key", "search/settings.py", f'''ALGOLIA = {{
    "APPLICATION_ID": "{rs(10, string.ascii_uppercase + string.digits)}",
    "API_KEY": "{alg}",  # admin key, needed for indexing
    "INDEX_PREFIX": "prod",
    "AUTO_INDEXING": True,
}}
SEARCH_RESULTS_PER_PAGE = 24
''', alg, "https://github.com/algolia/algoliasearch-django#setup")

D("js-config", "algolia-search-only-key", "static/js/search-config.js", f'''// public search-only key, safe in the browser (Algolia dashboard > API keys > Search-Only)
window.SEARCH_CONFIG = {{
  appId: "{rs(10, string.ascii_uppercase + string.digits)}",
  searchOnlyApiKey: "{hx(32)}",
  indexName: "prod_products",
  hitsPerPage: 24,
}};
''', "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

sn = "sntrys_" + b64(json.dumps({"iat": 1712000000.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "example-agency"})).rstrip("=") + "_" + rs(43, ALNUM + "+/")
S("sentryclirc", "auth-token", ".sentryclirc", f'''[defaults]
url = https://sentry.io/
org = example-agency
project = agenda-backend

[auth]
token = {sn}
''', sn, "https://docs.sentry.io/cli/configuration/#configuration-file")

D("python-module", "sentry-init-env", "agenda/sentry.py", '''import os

import sentry_sdk
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    integrations=[DjangoIntegration(), CeleryIntegration()],
    traces_sample_rate=0.1,
    send_default_pii=False,
    environment=os.environ.get("APP_ENV", "production"),
)
''', "https://docs.sentry.io/platforms/python/integrations/django/")


# ---------------------------------------------------------------- more config carriers
stp = passphrase()
S("streamlit-secrets", "db-password", ".streamlit/secrets.toml", f'''# Streamlit Community Cloud secrets (pasted into the app settings too)
[connections.postgresql]
dialect = "postgresql"
host = "ep-cool-river-123456.eu-central-1.aws.neon.tech"
port = "5432"
database = "dashboard"
username = "dashboard_ro"
password = "{stp}"

[app]
title = "Sales dashboard"
''', stp, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

dyn = fakes.redis_password(sd())
S("dynaconf-secrets", "redis-password", ".secrets.toml", f'''[default]
redis_password = "{dyn}"

[development]
dynaconf_merge = true

[production]
dynaconf_merge = true
''', dyn, "https://www.dynaconf.com/settings_files/#local-files")

D("dynaconf-settings", "no-secrets", "settings.toml", '''[default]
app_name = "pricewatch"
redis_host = "localhost"
redis_port = 6379
log_level = "INFO"
# redis_password comes from .secrets.toml or DYNACONF_REDIS_PASSWORD

[production]
redis_host = "10.0.0.5"
log_level = "WARNING"
''', "https://www.dynaconf.com/settings_files/")

dec = human_pw()
S("decouple-ini", "email-password", "settings.ini", f'''[settings]
DEBUG=False
SECRET_KEY=%(DJANGO_SECRET_KEY)s
ALLOWED_HOSTS=.example-parish.org
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_HOST_USER=office@example-parish.org
EMAIL_HOST_PASSWORD={dec}
EMAIL_USE_TLS=True
''', dec, "https://github.com/HBNetwork/python-decouple#ini-file")

odp = human_pw()
S("odoo-conf", "admin-passwd", "deploy/odoo/odoo.conf", f'''[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom-addons
admin_passwd = {odp}
db_host = False
db_port = False
db_user = odoo
db_password = False
http_port = 8069
proxy_mode = True
workers = 4
logfile = /var/log/odoo/odoo.log
''', odp, "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html")

ssk = rs(42, ALNUM + "+/") + "=="
S("superset-config", "secret-key", "superset_config.py", f'''# superset_config.py - mounted into the container
ROW_LIMIT = 5000
SECRET_KEY = "{ssk}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset@db:5432/superset"
WTF_CSRF_ENABLED = True
MAPBOX_API_KEY = ""
FEATURE_FLAGS = {{"DASHBOARD_RBAC": True}}
''', ssk, "https://superset.apache.org/docs/configuration/configuring-superset/")

fer = rs(43, ALNUM + "-_") + "="
S("airflow-cfg", "fernet-key", "airflow/airflow.cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = LocalExecutor
load_examples = False
fernet_key = {fer}

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow@postgres/airflow

[webserver]
base_url = http://localhost:8080
''', fer, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")

D("python-module", "fernet-ciphertext", "vault/encrypted_settings.py", f'''"""Settings encrypted with the key from FERNET_KEY (see vault/README). Decrypted at startup."""
import os

from cryptography.fernet import Fernet

ENCRYPTED = {{
    "DATABASE_PASSWORD": "gAAAAAB{rs(93, ALNUM + '-_')}==",
    "STRIPE_SECRET_KEY": "gAAAAAB{rs(129, ALNUM + '-_')}==",
}}


def load() -> dict:
    f = Fernet(os.environ["FERNET_KEY"])
    return {{k: f.decrypt(v.encode()).decode() for k, v in ENCRYPTED.items()}}
''', "https://cryptography.io/en/latest/fernet/")

jt = hx(48)
S("jupyter-config", "server-token", "deploy/jupyter/jupyter_server_config.py", f'''c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.root_dir = "/srv/notebooks"
c.IdentityProvider.token = "{jt}"
c.ServerApp.allow_remote_access = True
''', jt, "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

lp = passphrase()
S("django-settings", "ldap-bind-password", "intranet/settings/ldap.py", f'''import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc1.corp.example-law.local"
AUTH_LDAP_BIND_DN = "CN=svc-intranet,OU=Service,DC=corp,DC=example-law,DC=local"
AUTH_LDAP_BIND_PASSWORD = "{lp}"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Staff,DC=corp,DC=example-law,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")
AUTHENTICATION_BACKENDS = ["django_auth_ldap.backend.LDAPBackend", "django.contrib.auth.backends.ModelBackend"]
''', lp, "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html")

lgp = human_pw()
S("logging-ini", "smtp-handler-credentials", "logging.ini", f'''[loggers]
keys=root

[handlers]
keys=console,mail

[formatters]
keys=plain

[logger_root]
level=INFO
handlers=console,mail

[handler_console]
class=StreamHandler
formatter=plain
args=(sys.stderr,)

[handler_mail]
class=logging.handlers.SMTPHandler
level=ERROR
formatter=plain
args=(("smtp.mailbox.org", 587), "alerts@example-shop.de", ["dev@example-shop.de"], "shop error", ("alerts@example-shop.de", "{lgp}"), ())

[formatter_plain]
format=%(asctime)s %(levelname)s %(name)s %(message)s
''', lgp, "https://docs.python.org/3/library/logging.config.html#configuration-file-format")

# ---------------------------------------------------------------- git, npm, docker client files
gl = gitlab()
S("git-config", "token-in-remote", "deploy/repo.gitconfig", f'''[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
[remote "origin"]
\turl = https://oauth2:{gl}@gitlab.com/example-agency/clinic-portal.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
''', gl, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

gt = fakes.github_token(sd())
S("git-credentials", "github-token", "deploy/.git-credentials", f'''https://example-dev:{gt}@github.com
''' + "\n" * 4, gt, "https://git-scm.com/docs/git-credential-store")

nt = npm_token()
S("npmrc", "auth-token", "frontend/.npmrc", f'''registry=https://registry.npmjs.org/
@example-agency:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={nt}
save-exact=true
engine-strict=true
''', nt, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

D("npmrc", "env-token", "assets/.npmrc", '''registry=https://registry.npmjs.org/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
@example-agency:registry=https://npm.pkg.github.com
fund=false
audit=false
''', "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

D("package-lock", "integrity-hashes", "frontend/package-lock.json", json.dumps({
    "name": "shop-frontend", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
    "packages": {"": {"name": "shop-frontend", "version": "1.0.0", "dependencies": {"htmx.org": "^1.9.10", "alpinejs": "^3.13.5"}},
                 "node_modules/alpinejs": {"version": "3.13.5", "resolved": "https://registry.npmjs.org/alpinejs/-/alpinejs-3.13.5.tgz",
                                           "integrity": "sha512-" + rs(86, ALNUM + "+/") + "=="},
                 "node_modules/htmx.org": {"version": "1.9.10", "resolved": "https://registry.npmjs.org/htmx.org/-/htmx.org-1.9.10.tgz",
                                           "integrity": "sha512-" + rs(86, ALNUM + "+/") + "=="}}}, indent=2) + "\n",
  "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

dkp = fakes.password(sd())
S("docker-config-json", "registry-auth", "deploy/docker/config.json", json.dumps({
    "auths": {"registry.example-agency.com": {"auth": b64("deploy:" + dkp)},
              "https://index.docker.io/v1/": {}},
    "credsStore": "", "currentContext": "default"}, indent=2) + "\n" + "\n" * 2, dkp,
  "https://docs.docker.com/reference/cli/docker/login/")

kp = fakes.redis_password(sd())
S("k8s-secret", "redis-password-base64", "deploy/k8s/redis-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: shop
type: Opaque
data:
  redis-password: {b64(kp)}
''', kp, "https://kubernetes.io/docs/concepts/configuration/secret/")

kdp = human_pw()
S("k8s-secret", "database-url-stringdata", "deploy/k8s/app-secrets.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: app-env
  labels:
    app: tutors
type: Opaque
stringData:
  DATABASE_URL: "postgresql://tutors:{kdp}@tutors-pg-rw.db.svc:5432/tutors"
  DJANGO_SETTINGS_MODULE: tutors.settings.k8s
''', kdp, "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret")

D("k8s-secret", "sealed-secret", "deploy/k8s/sealed-app-secrets.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: app-env
  namespace: tutors
spec:
  encryptedData:
    DATABASE_URL: AgB{rs(300, ALNUM + "+/")}==
    SECRET_KEY: AgC{rs(240, ALNUM + "+/")}=
  template:
    metadata:
      name: app-env
''', "https://github.com/bitnami-labs/sealed-secrets")

hvp = fakes.redis_password(sd())
S("helm-values", "redis-auth", "deploy/helm/values-prod.yaml", f'''replicaCount: 2
image:
  repository: registry.example-agency.com/tutors
  tag: "2.4.0"
ingress:
  enabled: true
  hosts:
    - host: tutors.example-edu.com
      paths: ["/"]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "{hvp}"
resources:
  limits: {{cpu: 500m, memory: 512Mi}}
''', hvp, "https://artifacthub.io/packages/helm/bitnami/redis")

D("helm-values", "existing-secret", "deploy/helm/values-staging.yaml", '''replicaCount: 1
image:
  repository: registry.example-agency.com/tutors
  tag: "2.4.0-rc1"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: tutors-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    existingSecret: tutors-pg
env:
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef: {name: app-env, key: DATABASE_URL}
''', "https://artifacthub.io/packages/helm/bitnami/redis#parameters")


# ---------------------------------------------------------------- more secrets in less obvious carriers
shp = shopify()
S("http-file", "bearer-header", "api/requests.http", f'''### list orders (production shop)
GET https://example-candles.myshopify.com/admin/api/2024-01/orders.json?status=any&limit=50
X-Shopify-Access-Token: {shp}
Accept: application/json

### one product
GET https://example-candles.myshopify.com/admin/api/2024-01/products/8012345678901.json
X-Shopify-Access-Token: {shp}
''', shp, "https://www.jetbrains.com/help/pycharm/http-client-in-product-code-editor.html")

D("http-file", "env-variables", "api/local.http", '''### health
GET http://localhost:8000/health

### login
POST {{host}}/api/v1/auth/token
Content-Type: application/x-www-form-urlencoded

username={{username}}&password={{password}}

### me
GET {{host}}/api/v1/users/me
Authorization: Bearer {{token}}
''', "https://www.jetbrains.com/help/pycharm/exploring-http-syntax.html#using_variables")

ddk = hx(32)
S("postman-collection", "bearer-token", "docs/postman/clinic-api.postman_collection.json", json.dumps({
    "info": {"name": "Clinic API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "apikey", "apikey": [{"key": "value", "value": ddk, "type": "string"},
                                           {"key": "key", "value": "DD-API-KEY", "type": "string"}]},
    "item": [{"name": "Submit metric", "request": {"method": "POST", "url": "https://api.datadoghq.eu/api/v2/series",
                                                   "body": {"mode": "raw", "raw": "{\"series\": []}"}}}]}, indent=2) + "\n", ddk,
  "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/")

D("postman-collection", "variables", "docs/postman/shop-api.postman_collection.json", json.dumps({
    "info": {"name": "Shop API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]},
    "variable": [{"key": "base_url", "value": "https://api.example-shop.com"}, {"key": "access_token", "value": ""}],
    "item": [{"name": "Orders", "request": {"method": "GET", "url": "{{base_url}}/v1/orders"}}]}, indent=2) + "\n",
  "https://learning.postman.com/docs/sending-requests/variables/variables/")

hct = rs(64)
S("terraform-tfvars", "hcloud-token", "infra/terraform/prod.tfvars", f'''hcloud_token = "{hct}"
location     = "nbg1"
server_type  = "cx22"
server_name  = "shop-prod-1"
ssh_key_name = "deploy@laptop"
''', hct, "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs")

D("terraform", "variable-references", "infra/terraform/main.tf", '''terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_server" "web" {
  name        = var.server_name
  image       = "ubuntu-22.04"
  server_type = var.server_type
  location    = var.location
  ssh_keys    = [var.ssh_key_name]
}
''', "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

tgl = fakes.telegram_token(sd())
S("access-log", "bot-token-in-webhook-path", "logs/nginx-access.log", "".join(
    f'203.0.113.{n} - - [12/Mar/2024:10:{10 + n}:0{n} +0000] "POST /{tgl}/ HTTP/1.1" 200 2 "-" "-"\n' for n in range(1, 4)) +
    '198.51.100.7 - - [12/Mar/2024:10:15:11 +0000] "GET /health HTTP/1.1" 200 15 "-" "UptimeRobot/2.0"\n'
    '198.51.100.7 - - [12/Mar/2024:10:20:11 +0000] "GET /health HTTP/1.1" 200 15 "-" "UptimeRobot/2.0"\n',
  tgl, "https://docs.python-telegram-bot.org/en/stable/telegram.ext.application.html#telegram.ext.Application.run_webhook")

lgd = fakes.password(sd())
S("app-log", "startup-config-dump", "logs/app.log", f'''2024-04-02 08:00:01,112 INFO  app.main Starting invoice-service 1.8.2
2024-04-02 08:00:01,113 DEBUG app.config Loaded config: {{'env': 'production', 'database_url': 'postgresql://invoices:{lgd}@10.0.2.15/invoices', 'workers': 4}}
2024-04-02 08:00:01,420 INFO  uvicorn.error Started server process [1123]
2024-04-02 08:00:01,421 INFO  uvicorn.error Waiting for application startup.
2024-04-02 08:00:01,530 INFO  uvicorn.error Application startup complete.
2024-04-02 08:00:07,002 INFO  uvicorn.access 10.0.2.1:51234 - "GET /health HTTP/1.1" 200
''', lgd, "https://docs.python.org/3/library/logging.html")

D("app-log", "celery-banner-masked", "logs/celery-worker.log", '''
 -------------- celery@worker-1 v5.3.6 (emerald-rush)
--- ***** -----
-- ******* ---- Linux-6.1.0-18-amd64-x86_64-with-glibc2.36 2024-04-02 08:00:03
- *** --- * ---
- ** ---------- [config]
- ** ---------- .> app:         shop:0x7f3a2c1b9d50
- ** ---------- .> transport:   redis://:**@10.0.0.5:6379/0
- ** ---------- .> results:     redis://:**@10.0.0.5:6379/1
- *** --- * --- .> concurrency: 2 (prefork)
-- ******* ---- .> task events: OFF
--- ***** -----
 -------------- [queues]
                .> celery           exchange=celery(direct) key=celery

[2024-04-02 08:00:04,101: INFO/MainProcess] Connected to redis://:**@10.0.0.5:6379/0
[2024-04-02 08:00:04,210: INFO/MainProcess] celery@worker-1 ready.
[2024-04-02 08:01:12,002: INFO/MainProcess] Task shop.tasks.send_receipt[3b1f0c2e-8d4a-4f6b-9e21-7c5a1d9e0f33] received
''', "https://docs.celeryq.dev/en/stable/userguide/workers.html")

bat = human_pw()
S("batch-script", "pgpassword", "scripts/backup_db.bat", f'''@echo off
REM nightly backup of the shop database (Task Scheduler, 02:00)
set PGHOST=192.168.1.20
set PGUSER=shop
set PGPASSWORD={bat}
set STAMP=%date:~-4%%date:~3,2%%date:~0,2%
"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -Fc -f "D:\\backups\\shop_%STAMP%.dump" shop
forfiles /p D:\\backups /m *.dump /d -14 /c "cmd /c del @path"
''', bat, "https://www.postgresql.org/docs/current/libpq-envars.html")

pt = fakes.pypi_token(sd())
S("powershell", "twine-password", "scripts/publish.ps1", f'''# Build and upload from the Windows laptop
$ErrorActionPreference = "Stop"
Remove-Item -Recurse -Force dist -ErrorAction SilentlyContinue
py -m build
$env:TWINE_USERNAME = "__token__"
$env:TWINE_PASSWORD = "{pt}"
py -m twine upload dist\\*
Write-Host "uploaded"
''', pt, "https://twine.readthedocs.io/en/stable/#environment-variables")

iisp = human_pw()
S("iis-web-config", "app-setting-password", "deploy/iis/web.config", f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="WSGI_HANDLER" value="django.core.wsgi.get_wsgi_application()" />
    <add key="PYTHONPATH" value="C:\\inetpub\\intranet" />
    <add key="DJANGO_SETTINGS_MODULE" value="intranet.settings" />
    <add key="DB_PASSWORD" value="{iisp}" />
  </appSettings>
  <system.webServer>
    <handlers>
      <add name="Python FastCGI" path="*" verb="*" modules="FastCgiModule"
           scriptProcessor="C:\\Python311\\python.exe|C:\\Python311\\Lib\\site-packages\\wfastcgi.py"
           resourceType="Unspecified" requireAccess="Script" />
    </handlers>
  </system.webServer>
</configuration>
''', iisp, "https://learn.microsoft.com/en-us/visualstudio/python/configure-web-apps-for-iis-windows")

ck = rs(32, string.ascii_lowercase + string.digits)
S("cookie-jar", "session-cookie", "scrapers/cookies.txt", f'''# Netscape HTTP Cookie File
# https://curl.se/docs/http-cookies.html
# This file was generated by libcurl! Edit at your own risk.

.example-wholesale.com\tTRUE\t/\tTRUE\t1767225600\tcsrftoken\t{rs(32)}
.example-wholesale.com\tTRUE\t/\tTRUE\t1767225600\tsessionid\t{ck}
.example-wholesale.com\tTRUE\t/\tFALSE\t1767225600\tdjango_language\ten
''', ck, "https://curl.se/docs/http-cookies.html")

owk = hx(32)
S("tox-ini", "setenv-api-key", "tox.ini", f'''[tox]
envlist = py310, py311, py312, integration

[testenv]
deps = -r requirements-dev.txt
commands = pytest -q tests/unit

[testenv:integration]
setenv =
    OPENWEATHER_API_KEY = {owk}
    WEATHER_CACHE = /tmp/weather-cache
commands = pytest -q tests/integration
''', owk, "https://tox.wiki/en/latest/config.html#set_env")

pt = fakes.pypi_token(sd())
S("travis-yml", "pypi-deploy-password", ".travis.yml", f'''language: python
python:
  - "3.11"
install: pip install -e .[test]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password: "{pt}"
  distributions: "sdist bdist_wheel"
  on:
    tags: true
''', pt, "https://docs.travis-ci.com/user/deployment/pypi/")

pt = fakes.pypi_token(sd())
S("gitlab-ci", "pypi-token-variable", ".gitlab-ci.yml", f'''stages: [test, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  TWINE_USERNAME: __token__
  TWINE_PASSWORD: {pt}

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest

publish:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*
''', pt, "https://docs.gitlab.com/ee/ci/variables/")

pfp = passphrase()
S("pipfile", "source-credentials", "Pipfile", f'''[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://agency:{pfp}@pypi.example-agency.com/simple"
verify_ssl = true
name = "agency"

[packages]
django = "==4.2.11"
agency-common = {{version = "*", index = "agency"}}

[requires]
python_version = "3.11"
''', pfp, "https://pipenv.pypa.io/en/latest/indexes.html")

dda = hx(32)
S("datadog-yaml", "api-key", "deploy/datadog/datadog.yaml", f'''## Datadog agent on the VPS (installed with install_script_agent7.sh)
api_key: {dda}
site: datadoghq.eu
hostname: shop-prod-1
tags:
  - env:prod
  - service:shop
logs_enabled: true
process_config:
  process_collection:
    enabled: false
''', dda, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

nr = hx(36) + "NRAL"
S("newrelic-ini", "license-key", "newrelic.ini", f'''[newrelic]
license_key = {nr}
app_name = Shop (Production)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
error_collector.enabled = true
browser_monitoring.auto_instrument = true
''', nr, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

ah = hx(32)
S("pyrogram-config", "api-hash", "userbot/config.ini", f'''[pyrogram]
api_id = 2{rs(7, string.digits)}
api_hash = {ah}

[plugins]
root = plugins

[bot]
owner = 118273645
''', ah, "https://docs.pyrogram.org/topics/config-file")

ses = "1" + rs(342, ALNUM + "+/") + "="
S("telethon-userbot", "string-session", "userbot/main.py", f'''import os

from telethon import TelegramClient, events
from telethon.sessions import StringSession

# generated once with StringSession.save() on my laptop
SESSION = "{ses}"

client = TelegramClient(StringSession(SESSION), int(os.environ["API_ID"]), os.environ["API_HASH"])


@client.on(events.NewMessage(pattern=r"\\.ping"))
async def ping(event):
    await event.reply("pong")


client.start()
client.run_until_disconnected()
''', ses, "https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions")


# ---------------------------------------------------------------- decoys of many kinds
D("pre-commit-config", "commit-revs", ".pre-commit-config.yaml", f'''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: {hx(40)}  # frozen: v4.5.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {hx(40)}  # frozen: v0.3.4
    hooks:
      - id: ruff
      - id: ruff-format
''', "https://pre-commit.com/#pre-commit-configyaml---repos")

D("staticfiles-manifest", "hashed-names", "staticfiles/staticfiles.json", json.dumps({
    "paths": {p: p.rsplit(".", 1)[0] + "." + hx(12) + "." + p.rsplit(".", 1)[1] for p in
              ["css/site.css", "js/app.js", "js/htmx.min.js", "img/logo.svg", "admin/css/base.css"]},
    "version": "1.1", "hash": hx(12)}, indent=2) + "\n", "https://docs.djangoproject.com/en/stable/ref/contrib/staticfiles/#manifeststaticfilesstorage")

D("html-template", "sri-integrity", "templates/base.html", f'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{% block title %}}Shop{{% endblock %}}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-{rs(64, ALNUM + "+/")}" crossorigin="anonymous">
  <script src="https://unpkg.com/htmx.org@1.9.10" integrity="sha384-{rs(64, ALNUM + "+/")}" crossorigin="anonymous"></script>
  <meta name="csrf-token" content="{{{{ csrf_token }}}}">
</head>
<body>
  {{% block content %}}{{% endblock %}}
</body>
</html>
''', "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

D("json-fixture", "stripe-event-ids", "tests/fixtures/stripe_checkout_completed.json", json.dumps({
    "id": "evt_1" + rs(23), "object": "event", "api_version": "2023-10-16", "created": 1712000000,
    "data": {"object": {"id": "cs_live_a1" + rs(56), "object": "checkout.session", "amount_total": 2500,
                        "currency": "eur", "customer": "cus_" + rs(14), "payment_intent": "pi_3" + rs(23),
                        "payment_status": "paid", "metadata": {"booking_id": "4812"}}},
    "livemode": True, "type": "checkout.session.completed"}, indent=2) + "\n",
  "https://stripe.com/docs/api/events/object")

D("python-test", "stripe-signature-header", "tests/test_webhook.py", f'''import json
from pathlib import Path

import pytest

PAYLOAD = (Path(__file__).parent / "fixtures" / "stripe_checkout_completed.json").read_bytes()
# recorded Stripe-Signature header: an HMAC of the payload, not a key
SIG = "t=1712000000,v1={hx(64)},v0={hx(64)}"


@pytest.mark.django_db
def test_webhook_rejects_wrong_secret(client, settings):
    settings.STRIPE_WEBHOOK_SECRET = "whsec_dummy_for_tests"
    r = client.post("/payments/webhook/", PAYLOAD, content_type="application/json", HTTP_STRIPE_SIGNATURE=SIG)
    assert r.status_code == 400
''', "https://stripe.com/docs/webhooks/signatures#verify-manually")

D("python-test", "obvious-test-tokens", "tests/conftest.py", '''import pytest


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    # dummy values so settings import; no test talks to the real services
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
    monkeypatch.setenv("REDIS_URL", "redis://localhost:6379/15")
    monkeypatch.setenv("SECRET_KEY", "tests")
''', "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

D("pem-public-key", "jwt-verification-key", "keys/jwt_public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(
    rs(64, ALNUM + "+/") for _ in range(5)) + "\n" + rs(56, ALNUM + "+/") + "\n-----END PUBLIC KEY-----\n",
  "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa")

D("pem-certificate", "origin-ca-root", "deploy/certs/origin_ca_rsa_root.pem", "-----BEGIN CERTIFICATE-----\n" + "\n".join(
    rs(64, ALNUM + "+/") for _ in range(12)) + "\n" + rs(20, ALNUM + "+/") + "==\n-----END CERTIFICATE-----\n",
  "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/")

D("known-hosts", "host-keys", "deploy/ssh/known_hosts", f'''github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
203.0.113.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + "+/")}
203.0.113.41 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{rs(88, ALNUM + "+/")}=
|1|{rs(27, ALNUM + "+/")}=|{rs(27, ALNUM + "+/")}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + "+/")}
''', "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

D("redis-conf", "commented-example", "deploy/redis/redis-dev.conf", '''# Redis for local development (docker compose up redis)
bind 127.0.0.1
port 6379
protected-mode yes

# Require clients to issue AUTH <PASSWORD> before processing any other
# commands.
#
# requirepass foobared

maxmemory 128mb
appendonly no
''', "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf")

D("uwsgi-ini", "env-expansion", "deploy/uwsgi/shop.ini", '''[uwsgi]
module = shop.wsgi:application
master = true
processes = 3
http-socket = :8000
; values come from the environment of the systemd unit
env = DJANGO_SECRET_KEY=$(DJANGO_SECRET_KEY)
env = DATABASE_URL=$(DATABASE_URL)
static-map = /static=/srv/shop/static
die-on-term = true
''', "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html#environment-variables")

D("supervisor-conf", "env-expansion", "deploy/supervisor/bot.conf", '''[program:tgbot]
command=/srv/tgbot/venv/bin/python -m tgbot
directory=/srv/tgbot
user=tgbot
autostart=true
autorestart=true
environment=BOT_TOKEN="%(ENV_BOT_TOKEN)s",REDIS_URL="%(ENV_REDIS_URL)s"
stdout_logfile=/var/log/tgbot.out.log
stderr_logfile=/var/log/tgbot.err.log
''', "http://supervisord.org/configuration.html#environment-variables")

D("systemd-unit", "peer-auth-url", "deploy/systemd/reminders.service", '''[Unit]
Description=Reminder sender
After=postgresql.service

[Service]
User=reminders
Environment=DATABASE_URL=postgresql://reminders@/reminders?host=/run/postgresql
Environment=REDIS_URL=unix:///run/redis/redis-server.sock?db=2
ExecStart=/srv/reminders/.venv/bin/python -m reminders.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

D("django-settings", "docker-secret-file", "config/settings/docker.py", '''from pathlib import Path

from .base import *  # noqa


def read_secret(name: str) -> str:
    return Path(f"/run/secrets/{name}").read_text().strip()


SECRET_KEY = read_secret("django_secret_key")
DATABASES["default"]["PASSWORD"] = read_secret("postgres_password")
EMAIL_HOST_PASSWORD = read_secret("smtp_password")
''', "https://docs.docker.com/compose/use-secrets/")

D("docker-compose", "secrets-files", "compose.secrets.yml", '''services:
  web:
    image: registry.example-agency.com/shop:latest
    secrets: [django_secret_key, postgres_password, smtp_password]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    secrets: [postgres_password]
secrets:
  django_secret_key:
    file: ./secrets/django_secret_key.txt
  postgres_password:
    file: ./secrets/postgres_password.txt
  smtp_password:
    environment: SMTP_PASSWORD
''', "https://docs.docker.com/compose/use-secrets/")

D("celery-config", "sqs-iam-role", "tasks/celeryconfig_aws.py", '''# Broker on SQS; credentials come from the instance role (no keys here)
broker_url = "sqs://"
broker_transport_options = {
    "region": "eu-west-1",
    "predefined_queues": {
        "celery": {"url": "https://sqs.eu-west-1.amazonaws.com/381928374651/shop-celery"},
    },
    "visibility_timeout": 3600,
}
task_default_queue = "celery"
result_backend = None
''', "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/sqs.html")

D("shell-script", "generated-at-deploy", "scripts/heroku_secrets.sh", '''#!/usr/bin/env bash
# set fresh secrets on a new Heroku app; values are generated, never written down
set -euo pipefail
APP="${1:?app name}"
heroku config:set -a "$APP" SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')"
heroku config:set -a "$APP" WEBHOOK_SECRET="$(openssl rand -hex 32)"
heroku config:set -a "$APP" TELEGRAM_BOT_TOKEN="$(pass show bots/reminders/token)"
heroku config -a "$APP" --shell | cut -d= -f1
''', "https://devcenter.heroku.com/articles/config-vars#managing-config-vars")

D("shell-script", "fly-secrets-import", "scripts/fly_secrets.sh", '''#!/bin/sh
# push secrets to Fly from the local (git-ignored) env file
set -e
test -f .env.fly || { echo "missing .env.fly"; exit 1; }
fly secrets import -a shop-staging < .env.fly
fly secrets list -a shop-staging
rm -f .env.fly
''', "https://fly.io/docs/flyctl/secrets-import/")

D("markdown-doc", "masked-values", "docs/troubleshooting.md", '''# Troubleshooting

## Worker cannot connect to Redis

The worker log shows the URL with the password masked:

    [ERROR/MainProcess] consumer: Cannot connect to redis://:**@10.0.0.5:6379/0: Error 111

Check that `REDIS_URL` in `/etc/shop/env` matches the `requirepass` of the server
(`grep requirepass /etc/redis/redis.conf` prints `requirepass ********` in our redacted copy).

## 403 from Telegram

The token was revoked; get a new one from @BotFather and update `BOT_TOKEN`.
''', "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

D("wheel-metadata", "project-urls", "shop_utils-2.1.0.dist-info/METADATA", f'''Metadata-Version: 2.1
Name: shop-utils
Version: 2.1.0
Summary: Helpers shared by our Django shops
Author-email: Example Agency <dev@example-agency.com>
Requires-Python: >=3.10
Requires-Dist: django>=4.2
Requires-Dist: stripe>=8
Project-URL: Source, https://github.com/example-agency/shop-utils
Project-URL: Changelog, https://github.com/example-agency/shop-utils/blob/{hx(40)}/CHANGELOG.md

shop-utils
==========

Set ``STRIPE_SECRET_KEY`` in your settings; ``shop_utils.payments`` reads it from there.
''', "https://packaging.python.org/en/latest/specifications/core-metadata/")

D("django-settings", "secret-key-fallbacks", "config/settings/security.py", '''import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# old key kept for a week after a rotation so sessions survive
SECRET_KEY_FALLBACKS = [k for k in [os.environ.get("DJANGO_SECRET_KEY_OLD")] if k]
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
''', "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key-fallbacks")

D("python-module", "telegram-secret-token-generated", "tgbot/webhook.py", '''import secrets

from telegram.ext import Application

WEBHOOK_SECRET = secrets.token_urlsafe(32)  # new on every start; Telegram echoes it back


def run(app: Application, url: str) -> None:
    app.run_webhook(
        listen="0.0.0.0",
        port=8443,
        url_path="webhook",
        webhook_url=f"{url}/webhook",
        secret_token=WEBHOOK_SECRET,
    )
''', "https://core.telegram.org/bots/api#setwebhook")

D("python-test", "presigned-url-expired", "tests/test_storage.py", f'''from shop.storage import parse_presigned

# an old presigned GET from the staging bucket (expired 2023; 300 s lifetime)
URL = (
    "https://staging-invoices-uk.s3.eu-west-2.amazonaws.com/inv/2023/0042.pdf"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={fakes.aws_key_id(sd())}%2F20230301%2Feu-west-2%2Fs3%2Faws4_request"
    "&X-Amz-Date=20230301T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature={hx(64)}"
)


def test_parse_presigned():
    info = parse_presigned(URL)
    assert info.bucket == "staging-invoices-uk"
    assert info.expires == 300
''', "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html")

D("openapi-yaml", "security-scheme-example", "docs/openapi.yaml", '''openapi: 3.0.3
info:
  title: Clinic API
  version: 1.4.0
servers:
  - url: https://api.example-clinic.com/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Send `Authorization: Bearer <access_token>` from POST /auth/token."
security:
  - bearerAuth: []
paths:
  /appointments:
    get:
      summary: List appointments
      responses:
        "200": {description: OK}
''', "https://swagger.io/docs/specification/authentication/bearer-authentication/")

D("caddyfile", "bcrypt-basicauth", "deploy/Caddyfile", f'''flower.example-courier.com {{
    basicauth {{
        ops $2a$14${rs(53, ALNUM + "./")}
    }}
    reverse_proxy 127.0.0.1:5555
}}

shop.example-courier.com {{
    encode gzip
    reverse_proxy 127.0.0.1:8000
    handle_path /static/* {{
        root * /srv/shop/static
        file_server
    }}
}}
''', "https://caddyserver.com/docs/caddyfile/directives/basic_auth")

D("traefik-yaml", "htpasswd-hash", "deploy/traefik/dynamic.yml", f'''http:
  middlewares:
    admin-auth:
      basicAuth:
        users:
          - "admin:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}"
  routers:
    admin:
      rule: "Host(`admin.example-shop.com`)"
      middlewares: [admin-auth]
      service: web
      tls: {{certResolver: le}}
  services:
    web:
      loadBalancer:
        servers:
          - url: "http://web:8000"
''', "https://doc.traefik.io/traefik/middlewares/http/basicauth/")

D("makefile", "twine-keyring", "packaging/Makefile", '''# Uses the keyring backend for credentials: `keyring set https://upload.pypi.org/legacy/ __token__` once.
PY ?= python3

dist:
\t$(PY) -m build

upload: dist
\t$(PY) -m twine upload --repository pypi dist/*

.PHONY: dist upload
''', "https://twine.readthedocs.io/en/stable/#keyring-support")

D("gitlab-ci", "ci-variables", "ci/.gitlab-ci.deploy.yml", '''deploy:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - ssh deploy@$DEPLOY_HOST "cd /srv/shop && ./deploy.sh $CI_COMMIT_SHA"
  environment: production
  only: [main]
''', "https://docs.gitlab.com/ee/ci/ssh_keys/")

D("bitbucket-pipelines", "repository-variables", "bitbucket-pipelines.yml", '''image: python:3.12
pipelines:
  tags:
    'v*':
      - step:
          name: Publish
          script:
            - pip install build twine
            - python -m build
            - twine upload -u __token__ -p $PYPI_API_TOKEN dist/*
  default:
    - step:
        script:
          - pip install -e .[test] && pytest
''', "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/")

D("travis-yml", "encrypted-secure", "ci/.travis.yml", f'''language: python
python: ["3.11"]
script: pytest
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "{rs(340, ALNUM + "+/")}="
  on:
    tags: true
''', "https://docs.travis-ci.com/user/encryption-keys/")

D("dotenv", "test-env-local-values", ".env.test", '''# used by `pytest` via pytest-dotenv; everything local and throwaway
DJANGO_SETTINGS_MODULE=config.settings.test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/test_app
REDIS_URL=redis://localhost:6379/15
SECRET_KEY=insecure-test-key
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
''', "https://pypi.org/project/pytest-dotenv/")

D("json-fixture", "uuid-and-ids", "bookings/fixtures/rooms.json", json.dumps([
    {"model": "bookings.room", "pk": i, "fields": {"uuid": f"{rs(8, HEX)}-{rs(4, HEX)}-4{rs(3, HEX)}-b{rs(3, HEX)}-{rs(12, HEX)}",
                                                   "name": n, "calendar_id": hx(26) + "@group.calendar.google.com"}}
    for i, n in enumerate(["Studio A", "Studio B", "Garden"], 1)], indent=2) + "\n",
  "https://docs.djangoproject.com/en/stable/howto/initial-data/")

D("python-module", "cache-keys", "shop/cache.py", f'''import hashlib

from django.core.cache import cache

# bump to invalidate every cached price list at once
CACHE_VERSION = "{hx(16)}"


def price_key(product_id: int, currency: str) -> str:
    raw = f"{{CACHE_VERSION}}:{{product_id}}:{{currency}}".encode()
    return "price:" + hashlib.blake2b(raw, digest_size=16).hexdigest()


def get_price(product_id, currency):
    return cache.get(price_key(product_id, currency))
''', "https://docs.djangoproject.com/en/stable/topics/cache/#cache-key-prefixing")

D("python-module", "gravatar-md5", "accounts/templatetags/avatar.py", '''import hashlib

from django import template

register = template.Library()
DEFAULT_AVATAR_HASH = "00000000000000000000000000000000"


@register.simple_tag
def gravatar(email: str, size: int = 80) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s={size}&d=identicon"
''', "https://docs.gravatar.com/api/avatars/python/")

D("gpg-public-key", "release-signing-key", "KEYS.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(
    rs(64, ALNUM + "+/") for _ in range(8)) + "\n" + rs(30, ALNUM + "+/") + "\n=" + rs(4, ALNUM + "+/") + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
  "https://www.gnupg.org/gph/en/manual/x56.html")

D("authorized-keys", "public-keys", "deploy/ssh/authorized_keys", "".join(
    f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + '+/')} {u}\n" for u in ["olga@laptop", "pavel@desktop", "ci@runner", "backup@nas", "marta@mac"]),
  "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

D("crontab", "no-secrets", "deploy/cron.d/shop", '''# /etc/cron.d/shop
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
0 2 * * * shop cd /srv/shop && .venv/bin/python manage.py clearsessions
30 2 * * * shop cd /srv/shop && .venv/bin/python manage.py dbbackup --clean
*/10 * * * * shop cd /srv/shop && .venv/bin/python manage.py process_outbox >> /var/log/shop/outbox.log 2>&1
''', "https://man7.org/linux/man-pages/man5/crontab.5.html")

D("ansible-playbook", "no-log-template", "deploy/ansible/roles/app/tasks/env.yml", '''---
- name: Write the app environment file
  ansible.builtin.template:
    src: env.j2
    dest: /etc/{{ app_name }}/env
    owner: root
    group: "{{ app_user }}"
    mode: "0640"
  no_log: true
  notify: restart app

- name: Set the Redis password
  ansible.builtin.lineinfile:
    path: /etc/redis/redis.conf
    regexp: '^#? ?requirepass'
    line: "requirepass {{ vault_redis_password }}"
  notify: restart redis
''', "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/lineinfile_module.html")

assert next(_SEEDS) < 115000
