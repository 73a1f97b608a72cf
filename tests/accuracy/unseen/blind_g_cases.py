"""Blind labelled set G: what an upload gate sees inside released Python packages and a pre-commit
hook sees in small open-source Python projects (API clients, bots, scrapers, CLIs, their tests,
docs, notebooks, CI and packaging files, swept-in dotfiles and data files). Generated fakes only;
seeds 90000-94999."""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = [90000]
ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
WORDS = ["maple", "harbor", "falcon", "copper", "violet", "ember", "granite", "willow", "orbit", "tundra",
         "saffron", "breeze", "cobalt", "lantern", "meadow", "quartz", "river", "summit", "thistle", "walnut"]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 95000
    return _SEED[0]


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    rng = random.Random(seed())
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def words_pw() -> str:
    rng = random.Random(seed())
    return rng.choice(WORDS).capitalize() + rng.choice("!#%*-_.@") + rng.choice(WORDS) + str(rng.randint(10, 9999))


def url_safe(pw: str) -> str:
    """The same password without the symbols a URL's userinfo or an INI interpolation would need escaped."""
    return pw.translate(str.maketrans("@#%", "-_."))


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(1, 99))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def pypi() -> str:
    return fakes.pypi_token(seed())


def telegram() -> str:
    return fakes.telegram_token(seed())


def aws_id() -> str:
    return fakes.aws_key_id(seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(seed())


def redis_pw() -> str:
    return fakes.redis_password(seed())


def gh() -> str:
    return fakes.github_token(seed())


def slack_bot() -> str:
    rng = random.Random(seed())
    return f"xoxb-{rng.randint(10**10, 10**11)}-{rng.randint(10**12, 10**13)}-" + "".join(rng.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/" + rnd(9, string.ascii_uppercase + string.digits, "T") + "/" + rnd(10, string.ascii_uppercase + string.digits, "B") + "/" + rnd(24)


def discord_bot() -> str:
    rng = random.Random(seed())
    user_id = str(rng.randint(10**17, 10**18))
    return base64.b64encode(user_id.encode()).decode().rstrip("=") + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(6)) + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(38))


def discord_webhook() -> str:
    rng = random.Random(seed())
    return f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18)}/" + "".join(rng.choice(ALNUM + "_-") for _ in range(68))


def stripe(mode: str = "live") -> str:
    return rnd(99, ALNUM, f"sk_{mode}_51")


def sendgrid() -> str:
    return "SG." + rnd(22, ALNUM + "_-") + "." + rnd(43, ALNUM + "_-")


def twilio_token() -> str:
    return rnd(32, HEX)


def gitlab() -> str:
    return rnd(20, ALNUM + "_-", "glpat-")


def npm() -> str:
    return rnd(36, ALNUM, "npm_")


def hexkey(n: int = 32) -> str:
    return rnd(n, HEX)


def openai() -> str:
    return fakes.openai_key(seed())


def anthropic() -> str:
    return rnd(93, ALNUM + "_-", "sk-ant-api03-") + "AA"


def hf() -> str:
    return rnd(34, ALNUM, "hf_")


def google_api() -> str:
    return rnd(35, ALNUM + "_-", "AIza")


def django_key() -> str:
    return fakes.django_secret_key(seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(seed(), kind)


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-g/" + category, file_name, text, secret, source))


PY = "Python source as written in open-source API clients and bots"
PYPA = "https://packaging.python.org/en/latest/specifications/"

# ---------------------------------------------------------------- package source: API clients, bots
s = telegram()
add("python/telegram-bot-token", "src/weatherbot/bot.py", f'''"""Telegram bot that answers /weather <city> with the current forecast."""
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from .forecast import lookup

logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)

BOT_TOKEN = "{s}"


async def weather(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    city = " ".join(context.args) or "Berlin"
    report = await lookup(city)
    await update.message.reply_text(report)


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("weather", weather))
    log.info("polling")
    app.run_polling()


if __name__ == "__main__":
    main()
''', s, "https://docs.python-telegram-bot.org/en/stable/examples.html")

s = telegram()
add("python/telegram-token-in-url", "src/notify_tg/sender.py", f'''import requests

API = "https://api.telegram.org/bot{s}/sendMessage"
CHAT_ID = -1001873345521


def send(text: str, silent: bool = False) -> dict:
    """Post a message to the ops channel."""
    resp = requests.post(
        API,
        json={{"chat_id": CHAT_ID, "text": text, "disable_notification": silent, "parse_mode": "HTML"}},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
''', s, "https://core.telegram.org/bots/api#making-requests")

add("python/decoy-telegram-env", "src/notify_tg/config.py", '''"""Settings for notify-tg, read from the environment (see README)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    token: str
    chat_id: int
    api_base: str = "https://api.telegram.org"


def load() -> Settings:
    try:
        token = os.environ["TELEGRAM_BOT_TOKEN"]
    except KeyError:
        raise SystemExit("set TELEGRAM_BOT_TOKEN (ask @BotFather for one)") from None
    return Settings(token=token, chat_id=int(os.environ.get("TELEGRAM_CHAT_ID", "0")))
''', None, PY)

s = discord_bot()
add("python/discord-bot-token", "bot/main.py", f'''import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True

bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_ready():
    print(f"Logged in as {{bot.user}} (ID: {{bot.user.id}})")


@bot.command()
async def roll(ctx, dice: str = "1d6"):
    rolls, limit = map(int, dice.split("d"))
    import random
    await ctx.send(", ".join(str(random.randint(1, limit)) for _ in range(rolls)))


bot.run("{s}")
''', s, "https://discordpy.readthedocs.io/en/stable/quickstart.html")

s = discord_webhook()
add("python/discord-webhook-url", "scraper/alerts.py", f'''"""Send price-drop alerts from the scraper to our Discord channel."""
from discord_webhook import DiscordWebhook, DiscordEmbed

WEBHOOK_URL = "{s}"


def alert(product: str, old: float, new: float, url: str) -> None:
    hook = DiscordWebhook(url=WEBHOOK_URL, username="pricewatch")
    embed = DiscordEmbed(title=f"{{product}} dropped to {{new:.2f}}", url=url, color="03b2f8")
    embed.add_embed_field(name="was", value=f"{{old:.2f}}")
    embed.add_embed_field(name="now", value=f"{{new:.2f}}")
    hook.add_embed(embed)
    hook.execute()
''', s, "https://github.com/lovvskillz/python-discord-webhook")

s = slack_bot()
add("python/slack-bot-token", "src/standup_bot/app.py", f'''import os
import re

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="{s}")


@app.message(re.compile(r"^standup$", re.I))
def start_standup(message, say):
    say(f"Hi <@{{message['user']}}>! What did you do yesterday?")


@app.command("/skip")
def skip(ack, respond):
    ack()
    respond("Skipped today's standup.")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
''', s, "https://slack.dev/bolt-python/tutorial/getting-started")

s = slack_webhook()
add("python/slack-webhook-url", "tools/release_notify.py", f'''#!/usr/bin/env python3
"""Post the release notes of the tag being built to #releases."""
import json
import subprocess
import sys
import urllib.request

SLACK_HOOK = "{s}"


def main(tag: str) -> int:
    notes = subprocess.check_output(["git", "tag", "-l", "--format=%(contents)", tag], text=True)
    body = json.dumps({{"text": f"*{{tag}}* released\\n{{notes}}"}}).encode()
    req = urllib.request.Request(SLACK_HOOK, data=body, headers={{"Content-Type": "application/json"}})
    with urllib.request.urlopen(req) as resp:
        return 0 if resp.status == 200 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
''', s, "https://api.slack.com/messaging/webhooks")

s = redis_pw()
add("python/redis-url", "src/ratelimit/backends.py", f'''"""Storage backends for the rate limiter."""
import redis

DEFAULT_URL = "redis://:{s}@cache.internal.pricewatch.io:6379/2"


class RedisBackend:
    def __init__(self, url: str = DEFAULT_URL, prefix: str = "rl:"):
        self.client = redis.Redis.from_url(url, decode_responses=True)
        self.prefix = prefix

    def hit(self, key: str, window: int) -> int:
        pipe = self.client.pipeline()
        pipe.incr(self.prefix + key)
        pipe.expire(self.prefix + key, window, nx=True)
        count, _ = pipe.execute()
        return count
''', s, "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url")

s = redis_pw()
add("python/redis-kwargs", "src/jobqueue/connection.py", f'''from redis import Redis
from rq import Queue

redis_conn = Redis(
    host="redis-14471.c12.us-east-1-4.ec2.cloud.redislabs.com",
    port=14471,
    username="default",
    password="{s}",
    ssl=False,
)
queue = Queue("scrape", connection=redis_conn, default_timeout=600)


def enqueue(url: str):
    return queue.enqueue("jobqueue.tasks.fetch", url, result_ttl=3600)
''', s, "https://redis.io/docs/latest/develop/clients/redis-py/")

add("python/decoy-redis-local", "src/jobqueue/settings.py", '''"""Defaults for local development; production reads REDIS_URL from the environment."""
import os

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
RQ_QUEUES = ["default", "scrape", "low"]
RESULT_TTL = int(os.environ.get("RESULT_TTL", "3600"))
JOB_TIMEOUT = 600
''', None, PY)

kid, sec = aws_id(), aws_secret()
add("python/aws-secret-key", "src/s3sync/client.py", f'''import boto3

_session = boto3.session.Session(
    aws_access_key_id="{kid}",
    aws_secret_access_key="{sec}",
    region_name="eu-central-1",
)
s3 = _session.client("s3")


def upload(path: str, bucket: str = "s3sync-artifacts", key: str | None = None) -> str:
    key = key or path.rsplit("/", 1)[-1]
    s3.upload_file(path, bucket, key)
    return f"s3://{{bucket}}/{{key}}"
''', sec, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

add("python/decoy-aws-docs-example", "src/s3sync/_docs.py", '''"""Examples rendered into the documentation. The keys are the documented AWS example keys."""

EXAMPLE_CREDENTIALS = """
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""

EXAMPLE_CLI = "s3sync push ./dist --bucket my-bucket --profile default"
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html")

s = words_pw()
add("python/postgres-dsn", "src/scrapekit/db.py", f'''from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

ENGINE = create_engine(
    "postgresql+psycopg2://scrapekit:{s}@db.scrapekit.net:5432/scrapekit",
    pool_size=5,
    pool_pre_ping=True,
)
Session = sessionmaker(bind=ENGINE, expire_on_commit=False)


def session():
    return Session()
''', s, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

s = words_pw()
add("python/mysql-connect-kwargs", "scripts/export_orders.py", f'''"""One-off export of last month's orders to CSV."""
import csv
import sys

import pymysql

conn = pymysql.connect(
    host="10.20.4.17",
    user="report",
    passwd="{s}",
    database="shop",
    charset="utf8mb4",
)

with conn.cursor() as cur, open(sys.argv[1], "w", newline="") as fh:
    cur.execute("SELECT id, created_at, total FROM orders WHERE created_at >= NOW() - INTERVAL 1 MONTH")
    writer = csv.writer(fh)
    writer.writerow(["id", "created_at", "total"])
    writer.writerows(cur.fetchall())
''', s, "https://pymysql.readthedocs.io/en/latest/user/examples.html")

s = stripe()
add("python/stripe-key-split", "src/billing/stripe_client.py", f'''import stripe

# split so the linter stops complaining about line length
stripe.api_key = (
    "{s[:40]}"
    "{s[40:]}"
)


def create_checkout(price_id: str, customer_email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="subscription",
        line_items=[{{"price": price_id, "quantity": 1}}],
        customer_email=customer_email,
        success_url="https://example.org/thanks",
        cancel_url="https://example.org/pricing",
    )
    return session.url
''', s, "https://docs.stripe.com/api/authentication")

s = sendgrid()
add("python/sendgrid-key", "src/mailer/send.py", f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

_client = SendGridAPIClient("{s}")


def send_welcome(to: str, name: str) -> int:
    message = Mail(
        from_email="hello@tinyforms.app",
        to_emails=to,
        subject="Welcome to tinyforms",
        html_content=f"<p>Hi {{name}}, thanks for signing up.</p>",
    )
    return _client.send(message).status_code
''', s, "https://github.com/sendgrid/sendgrid-python")

sid, s = "AC" + rnd(32, HEX), twilio_token()
add("python/twilio-auth-token", "examples/send_sms.py", f'''"""Example: send an SMS with the twilio client."""
from twilio.rest import Client

account_sid = "{sid}"
auth_token = "{s}"
client = Client(account_sid, auth_token)

message = client.messages.create(
    body="Your verification code is 481516",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
''', s, "https://www.twilio.com/docs/messaging/quickstart/python")

s = openai()
add("python/openai-key-b-literal", "src/summarize/llm.py", f'''import httpx

_KEY = b"{s}"


def summarize(text: str, model: str = "gpt-4o-mini") -> str:
    resp = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={{"Authorization": b"Bearer " + _KEY}},
        json={{"model": model, "messages": [{{"role": "user", "content": "Summarize:\\n" + text}}]}},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]
''', s, "https://platform.openai.com/docs/api-reference/authentication")

s = anthropic()
add("python/anthropic-key", "notebooks_src/claude_eval.py", f'''import anthropic

client = anthropic.Anthropic(api_key="{s}")

PROMPTS = [
    "Classify the sentiment of: 'the delivery was late again'",
    "Classify the sentiment of: 'works exactly as described'",
]

for prompt in PROMPTS:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=50, messages=[{{"role": "user", "content": prompt}}])
    print(prompt, "->", msg.content[0].text)
''', s, "https://docs.anthropic.com/en/api/client-sdks")

s = gh()
add("python/github-token-header", "src/changelog_gen/github.py", f'''"""Fetch merged pull requests between two tags."""
import requests

HEADERS = {{
    "Accept": "application/vnd.github+json",
    "Authorization": "token {s}",
    "X-GitHub-Api-Version": "2022-11-28",
}}


def merged_prs(repo: str, since: str) -> list[dict]:
    url = f"https://api.github.com/search/issues?q=repo:{{repo}}+is:pr+is:merged+merged:>{{since}}"
    resp = requests.get(url, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]
''', s, "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api")

s = fakes.github_fine_grained_token(seed())
add("python/github-fine-grained-default-arg", "src/changelog_gen/cli.py", f'''import argparse

from .github import merged_prs


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="changelog-gen")
    p.add_argument("repo")
    p.add_argument("--since", required=True)
    p.add_argument("--token", default="{s}", help="GitHub token")
    return p


def main(argv=None) -> None:
    args = parser().parse_args(argv)
    for pr in merged_prs(args.repo, args.since):
        print(f"- {{pr['title']}} (#{{pr['number']}})")
''', s, "https://docs.python.org/3/library/argparse.html")

s = hf()
add("python/huggingface-token", "src/embedder/hub.py", f'''from huggingface_hub import login, snapshot_download

login(token="{s}")


def fetch_model(repo_id: str = "sentence-transformers/all-MiniLM-L6-v2") -> str:
    return snapshot_download(repo_id, allow_patterns=["*.json", "*.safetensors", "*.txt"])
''', s, "https://huggingface.co/docs/huggingface_hub/quick-start#login")

s = google_api()
add("python/google-api-key", "src/geo_lookup/geocode.py", f'''import requests

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
MAPS_KEY = "{s}"


def geocode(address: str) -> tuple[float, float]:
    data = requests.get(GEOCODE_URL, params={{"address": address, "key": MAPS_KEY}}, timeout=10).json()
    loc = data["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]
''', s, "https://developers.google.com/maps/documentation/geocoding/requests-geocoding")

s = django_key()
add("python/django-secret-key", "mysite/settings/base.py", f'''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "{s}"

DEBUG = False
ALLOWED_HOSTS = ["linkshort.example.net"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "shortener",
]

DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}}}
STATIC_URL = "static/"
''', s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

add("python/decoy-django-insecure-dev", "mysite/settings/dev.py", '''"""Local development only: never deployed (production uses settings/prod.py and env vars)."""
from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-local-dev-only-not-secret"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''', None, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

s = rnd(64, HEX)
add("python/flask-secret-key", "app/__init__.py", f'''from flask import Flask
from flask_login import LoginManager

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="{s}",
        SESSION_COOKIE_SECURE=True,
        SQLALCHEMY_DATABASE_URI="sqlite:///notes.db",
    )
    login_manager.init_app(app)
    from .views import bp
    app.register_blueprint(bp)
    return app
''', s, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

s = words_pw()
add("python/smtp-login", "src/digest/mail.py", f'''import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.fastmail.com"
SMTP_USER = "digest@paperboy.dev"


def send_digest(to: str, html: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your weekly digest"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, "{s}")
        smtp.send_message(msg)
''', s, "https://docs.python.org/3/library/smtplib.html")

s = rnd(20, ALNUM)
add("python/requests-basic-auth-tuple", "src/jira_sync/client.py", f'''import requests

BASE = "https://tracker.nordwind-labs.com/rest/api/2"
AUTH = ("svc-jira-sync", "{s}")


def issues(jql: str) -> list[dict]:
    resp = requests.get(f"{{BASE}}/search", params={{"jql": jql, "maxResults": 100}}, auth=AUTH, timeout=30)
    resp.raise_for_status()
    return resp.json()["issues"]
''', s, "https://requests.readthedocs.io/en/latest/user/authentication/")

s = pem("EC")
add("python/pem-private-key-literal", "src/apns_push/keys.py", f'''"""Signing key for APNs token-based auth (team 8Q2C7B4YJD)."""

KEY_ID = "5T3MZ9H2QX"
TEAM_ID = "8Q2C7B4YJD"

PRIVATE_KEY = """{s}
"""
''', s, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

s = pypi()
add("python/pypi-token-upload-script", "tools/publish.py", f'''#!/usr/bin/env python3
"""Build and upload to PyPI. Run from the repository root."""
import glob
import subprocess
import sys

TOKEN = "{s}"

subprocess.check_call([sys.executable, "-m", "build"])
subprocess.check_call(
    [sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", TOKEN, *glob.glob("dist/*")]
)
''', s, "https://twine.readthedocs.io/en/stable/#twine-upload")

s = gitlab()
add("python/gitlab-token", "src/mr_bot/gitlab_api.py", f'''import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="{s}")


def open_mrs(project: str):
    return gl.projects.get(project).mergerequests.list(state="opened", get_all=True)
''', s, "https://python-gitlab.readthedocs.io/en/stable/api-usage.html")

s = rnd(32, HEX)
add("python/datadog-api-key", "src/metrics/dd.py", f'''from datadog import initialize, statsd

initialize(api_key="{s}", app_key=None, statsd_host="127.0.0.1", statsd_port=8125)


def timing(name: str, ms: float, **tags: str) -> None:
    statsd.timing(name, ms, tags=[f"{{k}}:{{v}}" for k, v in tags.items()])
''', s, "https://docs.datadoghq.com/developers/guide/what-best-practices-are-recommended-for-naming-metrics-and-tags/")

s = "key-" + rnd(32, HEX)
add("python/mailgun-key", "src/newsletter/mailgun.py", f'''import requests

DOMAIN = "mg.weeklyfoss.org"


def send(to: list[str], subject: str, text: str):
    return requests.post(
        f"https://api.mailgun.net/v3/{{DOMAIN}}/messages",
        auth=("api", "{s}"),
        data={{"from": f"Weekly FOSS <news@{{DOMAIN}}>", "to": to, "subject": subject, "text": text}},
        timeout=15,
    )
''', s, "https://documentation.mailgun.com/docs/mailgun/api-reference/")

s = rnd(40, ALNUM)
enc = b64(f"apikey:{s}")
add("python/basic-auth-header-b64", "src/wp_publish/client.py", f'''"""Publish posts to the blog through the WordPress REST API (application password)."""
import requests

SITE = "https://blog.quietforest.org/wp-json/wp/v2"
HEADERS = {{"Authorization": "Basic {enc}", "Content-Type": "application/json"}}


def publish(title: str, html: str) -> int:
    resp = requests.post(f"{{SITE}}/posts", headers=HEADERS, json={{"title": title, "content": html, "status": "publish"}})
    resp.raise_for_status()
    return resp.json()["id"]
''', s, "https://developer.wordpress.org/rest-api/using-the-rest-api/authentication/")

s = rnd(32, HEX)
add("python/api-key-in-query-string", "src/scrapekit/proxies.py", f'''"""Rotate requests through the scraping proxy service."""
from urllib.parse import urlencode

PROXY_ENDPOINT = "http://api.scraperapi.com/?api_key={s}&render=false"


def proxied(url: str, country: str = "us") -> str:
    return PROXY_ENDPOINT + "&" + urlencode({{"url": url, "country_code": country}})
''', s, "https://docs.scraperapi.com/")

s = words_pw()
add("python/mongodb-srv-uri", "src/tracker/store.py", f'''from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://tracker-app:{s}@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority"
)
events = client["tracker"]["events"]


def record(kind: str, payload: dict) -> None:
    events.insert_one({{"kind": kind, **payload}})
''', s, "https://www.mongodb.com/docs/manual/reference/connection-string/")

# decoys in package source
add("python/decoy-keyring-lookup", "src/pypi_stats/auth.py", '''"""Credentials come from the system keyring (``keyring set pypi-stats api``)."""
import keyring

SERVICE = "pypi-stats"


def api_token() -> str:
    token = keyring.get_password(SERVICE, "api")
    if not token:
        raise RuntimeError("no token stored; run: keyring set pypi-stats api")
    return token
''', None, "https://pypi.org/project/keyring/")

add("python/decoy-hmac-test-vector", "tests/test_signing.py", '''"""HMAC-SHA256 test vectors from RFC 4231, section 4.2 and 4.3."""
import hmac
import hashlib

import pytest

VECTORS = [
    (b"\\x0b" * 20, b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
]


@pytest.mark.parametrize("key,data,expected", VECTORS)
def test_rfc4231(key, data, expected):
    assert hmac.new(key, data, hashlib.sha256).hexdigest() == expected
''', None, "https://www.rfc-editor.org/rfc/rfc4231#section-4.2")

add("python/decoy-secret-manager", "src/billing/secrets.py", '''import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def secret(name: str = "prod/billing/stripe") -> dict:
    """Read a JSON secret from AWS Secrets Manager."""
    client = boto3.client("secretsmanager", region_name="eu-west-1")
    value = client.get_secret_value(SecretId=name)["SecretString"]
    return json.loads(value)


def stripe_key() -> str:
    return secret()["api_key"]
''', None, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

add("python/decoy-version-and-hashes", "src/weatherbot/_version.py", '''# file generated by setuptools_scm
# don't change, don't track in version control
__all__ = ["__version__", "__version_tuple__", "version", "version_tuple", "__commit_id__"]

__version__ = version = "0.8.3.dev14+g3f9c2a1d"
__version_tuple__ = version_tuple = (0, 8, 3, "dev14", "g3f9c2a1d")
__commit_id__ = commit_id = "3f9c2a1d7be04c55a1e9f0d6b2c48e71a5d90c3b"
''', None, "https://setuptools-scm.readthedocs.io/en/latest/usage/")

add("python/decoy-mock-token-tests", "tests/test_bot.py", '''"""Unit tests: the Telegram API is mocked, the token below is the format example from the Bot API docs."""
from unittest import mock

import pytest

from weatherbot import bot

DOC_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"


@pytest.fixture
def app():
    with mock.patch.object(bot, "BOT_TOKEN", DOC_TOKEN):
        yield bot


def test_weather_replies(app):
    update = mock.AsyncMock()
    update.message.reply_text = mock.AsyncMock()
    assert app.BOT_TOKEN == DOC_TOKEN
''', None, "https://core.telegram.org/bots/api#authorizing-your-bot")

add("python/decoy-public-key", "src/webhook_verify/keys.py", '''"""Public keys used to verify webhook signatures. Public by design; rotate via the dashboard."""

ED25519_PUBLIC_KEY_HEX = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"

RSA_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----"""
''', None, "https://datatracker.ietf.org/doc/html/rfc7468#section-13")

# ---------------------------------------------------------------- packaging files and metadata
s = pypi()
add("pkg-info/pypi-token-in-readme", "pricewatch-1.2.0/PKG-INFO", f'''Metadata-Version: 2.1
Name: pricewatch
Version: 1.2.0
Summary: Watch product prices and get alerts on Discord or Telegram
Home-page: https://github.com/mkowalski/pricewatch
Author: Marta Kowalski
Author-email: marta@kowalski.dev
License: MIT
Classifier: Programming Language :: Python :: 3
Classifier: License :: OSI Approved :: MIT License
Requires-Python: >=3.9
Description-Content-Type: text/markdown
License-File: LICENSE
Requires-Dist: requests>=2.28
Requires-Dist: beautifulsoup4

# pricewatch

Watch product pages and get an alert when the price drops.

## Install

    pip install pricewatch

## Releasing (maintainers)

    python -m build
    twine upload -u __token__ -p {s} dist/*

## License

MIT
''', s, PYPA + "core-metadata/")

s = telegram()
add("metadata/telegram-token-in-long-description", "tg_reminder-0.4.1.dist-info/METADATA", f'''Metadata-Version: 2.1
Name: tg-reminder
Version: 0.4.1
Summary: A tiny Telegram bot that reminds you of things
Author-email: Ilya Sorokin <ilya@sorokin.me>
License: Apache-2.0
Requires-Python: >=3.10
Description-Content-Type: text/markdown
Requires-Dist: python-telegram-bot>=20.0
Requires-Dist: apscheduler>=3.10
Provides-Extra: dev
Requires-Dist: pytest; extra == "dev"

# tg-reminder

Reminds you of things. Send `/remind 10m tea` to the bot.

## Quick start

```bash
pip install tg-reminder
export TG_REMINDER_TOKEN={s}
tg-reminder run
```

The bot keeps its jobs in `~/.local/share/tg-reminder/jobs.sqlite`.
''', s, PYPA + "core-metadata/#description")

add("metadata/decoy-readme-placeholders", "slackfeed-2.0.0.dist-info/METADATA", '''Metadata-Version: 2.3
Name: slackfeed
Version: 2.0.0
Summary: Post RSS feeds into Slack channels
Project-URL: Homepage, https://github.com/ofeldman/slackfeed
Author-email: Omar Feldman <omar@feldman.io>
License-Expression: MIT
Requires-Python: >=3.9
Requires-Dist: feedparser>=6
Requires-Dist: slack-sdk>=3.20
Description-Content-Type: text/markdown

# slackfeed

## Configuration

Create a Slack app, install it to your workspace and copy the bot token:

```toml
[slack]
token = "xoxb-your-bot-token"
channel = "#news"

[[feeds]]
url = "https://hnrss.org/frontpage"
```

Or set `SLACKFEED_TOKEN=xoxb-...` in the environment. Never commit your real token.
''', None, PYPA + "core-metadata/")

rec_lines = []
for mod in ["__init__.py", "bot.py", "forecast.py", "_version.py"]:
    digest = base64.urlsafe_b64encode(hashlib.sha256(("weatherbot/" + mod + str(seed())).encode()).digest()).decode().rstrip("=")
    rec_lines.append(f"weatherbot/{mod},sha256={digest},{random.Random(seed()).randint(0, 4000)}")
rec_lines.append("weatherbot/py.typed,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,0")
for meta in ["METADATA", "WHEEL", "entry_points.txt", "top_level.txt"]:
    digest = base64.urlsafe_b64encode(hashlib.sha256(meta.encode() + str(seed()).encode()).digest()).decode().rstrip("=")
    rec_lines.append(f"weatherbot-0.8.3.dist-info/{meta},sha256={digest},{random.Random(seed()).randint(80, 3000)}")
rec_lines.append("weatherbot-0.8.3.dist-info/RECORD,,")
add("record/decoy-wheel-hashes", "weatherbot-0.8.3.dist-info/RECORD", "\n".join(rec_lines) + "\n", None, PYPA + "recording-installed-packages/#the-record-file")

s = words_pw()
add("setup-py/database-password-in-test-command", "setup.py", f'''import os

from setuptools import find_packages, setup
from setuptools.command.test import test as TestCommand


class PyTest(TestCommand):
    def run_tests(self):
        os.environ.setdefault("DATABASE_URL", "postgresql://ci:{s}@pg-ci.lab.quorra.io:5432/quorra_test")
        import pytest
        raise SystemExit(pytest.main(["-q"]))


setup(
    name="quorra",
    version="0.3.0",
    packages=find_packages("src"),
    package_dir={{"": "src"}},
    install_requires=["sqlalchemy>=2", "psycopg2-binary"],
    cmdclass={{"test": PyTest}},
    entry_points={{"console_scripts": ["quorra=quorra.cli:main"]}},
)
''', s, "https://setuptools.pypa.io/en/latest/references/keywords.html")

add("setup-py/decoy-plain", "legacy/setup.py", '''from setuptools import setup

with open("README.rst", encoding="utf-8") as fh:
    long_description = fh.read()

setup(
    name="tinyscrape",
    version="1.4.2",
    description="Small helpers for scraping HTML tables",
    long_description=long_description,
    long_description_content_type="text/x-rst",
    author="P. Nguyen",
    author_email="pnguyen@users.noreply.github.com",
    url="https://github.com/pnguyen/tinyscrape",
    py_modules=["tinyscrape"],
    install_requires=["lxml>=4.9", "requests>=2.25"],
    python_requires=">=3.8",
    classifiers=["License :: OSI Approved :: BSD License", "Programming Language :: Python :: 3"],
)
''', None, "https://setuptools.pypa.io/en/latest/references/keywords.html")

s = rnd(24, ALNUM)
add("setup-cfg/index-password-in-url", "setup.cfg", f'''[metadata]
name = acme-geo
version = attr: acme_geo.__version__
description = Geocoding helpers used by the data team
license = Proprietary

[options]
packages = find:
package_dir =
    = src
install_requires =
    requests
    shapely>=2

[options.packages.find]
where = src

[easy_install]
index_url = https://deploy:{s}@pypi.acme-data.internal/simple/

[flake8]
max-line-length = 110
''', s, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

add("setup-cfg/decoy-bumpversion", "tools/cfg/setup.cfg", '''[metadata]
name = csvkit-lite
version = 0.9.1
author = Dana Ruiz
url = https://github.com/druiz/csvkit-lite

[options]
py_modules = csvkit_lite
python_requires = >=3.8

[bumpversion]
current_version = 0.9.1
commit = True
tag = True

[bumpversion:file:csvkit_lite.py]

[tool:pytest]
addopts = -ra --strict-markers
''', None, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

s = rnd(32, ALNUM)
add("pyproject/poetry-source-credentials-in-url", "pyproject.toml", f'''[tool.poetry]
name = "lumen-sdk"
version = "2.3.1"
description = "Python SDK for the Lumen analytics API"
authors = ["Lumen Engineering <eng@lumenanalytics.io>"]
readme = "README.md"
packages = [{{ include = "lumen", from = "src" }}]

[tool.poetry.dependencies]
python = "^3.9"
httpx = "^0.27"
lumen-proto = {{ version = "^1.4", source = "lumen-private" }}

[[tool.poetry.source]]
name = "lumen-private"
url = "https://ci-reader:{s}@pkgs.lumenanalytics.io/pypi/simple/"
priority = "supplemental"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"
respx = "^0.21"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
''', s, "https://python-poetry.org/docs/repositories/#project-configuration")

s = redis_pw()
add("pyproject/pytest-env-redis", "services/worker/pyproject.toml", f'''[project]
name = "scrape-worker"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["rq>=1.15", "redis>=5", "httpx"]

[project.optional-dependencies]
test = ["pytest", "pytest-env", "fakeredis"]

[tool.pytest.ini_options]
testpaths = ["tests"]
env = [
    "REDIS_URL=rediss://default:{s}@worker-cache-prod.upstash.io:6380",
    "SCRAPE_CONCURRENCY=4",
]

[tool.ruff]
line-length = 100
''', s, "https://pypi.org/project/pytest-env/")

add("pyproject/decoy-hatch-env-ref", "packages/cli/pyproject.toml", '''[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "ghstats"
dynamic = ["version"]
description = "Command line statistics for GitHub repositories"
requires-python = ">=3.9"
dependencies = ["click>=8", "httpx>=0.25", "rich"]

[project.scripts]
ghstats = "ghstats.cli:main"

[tool.hatch.version]
path = "src/ghstats/__about__.py"

[tool.hatch.envs.default.env-vars]
GITHUB_TOKEN = "{env:GITHUB_TOKEN}"
GHSTATS_CACHE = "{root}/.cache"

[tool.hatch.publish.index]
user = "__token__"
auth = "{env:HATCH_INDEX_AUTH}"
''', None, "https://hatch.pypa.io/latest/config/environment/advanced/#environment-variables")

s = words_pw()
add("tox-ini/setenv-database-url", "tox.ini", f'''[tox]
envlist = py39, py310, py311, py312, lint
isolated_build = true

[testenv]
deps =
    pytest
    pytest-cov
setenv =
    DATABASE_URL = mysql://tester:{s}@mysql-ci.fieldnotes.dev:3306/fieldnotes_test
    PYTHONHASHSEED = 0
commands = pytest --cov=fieldnotes {{posargs}}

[testenv:lint]
deps = ruff
commands = ruff check src tests
''', s, "https://tox.wiki/en/latest/config.html#set_env")

add("tox-ini/decoy-passenv", "plugins/tox.ini", '''[tox]
envlist = py3{9,10,11,12}
minversion = 4.0

[testenv]
passenv =
    AWS_ACCESS_KEY_ID
    AWS_SECRET_ACCESS_KEY
    AWS_SESSION_TOKEN
    TELEGRAM_BOT_TOKEN
setenv =
    COVERAGE_FILE = {toxworkdir}/.coverage.{envname}
deps = -r requirements-test.txt
commands = pytest {posargs:tests}
''', None, "https://tox.wiki/en/latest/config.html#pass_env")

# ---------------------------------------------------------------- dotfiles swept in by a build
s = pypi()
add("pypirc/pypi-token", "mylib-0.5.0/.pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {s}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', s, "https://packaging.python.org/en/latest/specifications/pypirc/")

s = words_pw()
add("pypirc/private-index-password", "deploy/.pypirc", f'''[distutils]
index-servers = nexus

[nexus]
repository = https://nexus.kestrel-systems.com/repository/pypi-internal/
username = release-bot
password = {s}
''', s, "https://packaging.python.org/en/latest/specifications/pypirc/")

add("pypirc/decoy-keyring-no-password", "docs/examples/pypirc.example", '''# Copy to ~/.pypirc. The password is not stored here: twine reads it from the
# system keyring (keyring set https://upload.pypi.org/legacy/ __token__).
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
''', None, "https://twine.readthedocs.io/en/stable/#keyring-support")

s = rnd(22, ALNUM)
add("netrc/machine-password", "scraper-0.2.0/.netrc", f'''machine api.heroku.com
  login deploy@oakfield.io
  password {s}
machine git.heroku.com
  login deploy@oakfield.io
  password {s}
''', s, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

s = rnd(32, HEX)
add("netrc/single-line", "ci/netrc", f'''# used by pip to reach the artifactory mirror
machine artifactory.bluefin-tech.net login ci-pip password {s}
machine files.pythonhosted.org login ci-pip password {s}
default login anonymous password guest@
# keep mode 0600
''', s, "https://pip.pypa.io/en/stable/topics/authentication/#netrc-support")

s = gh()
add("git-credentials/github-pat", "build/.git-credentials", f'''https://octo-release-bot:{s}@github.com
''' + "https://anonymous@gitlab.freedesktop.org\n" + "\n".join(["# git credential-store --file ~/.git-credentials", "# lines: https://user:password@host", "# kept by the CI image"]) + "\n", s, "https://git-scm.com/docs/git-credential-store#_storage_format")

s = gitlab()
add("git-credentials/gitlab-token", "tmp/home/.git-credentials", f'''https://oauth2:{s}@gitlab.com
https://jenkins:ghp_CHANGEME@github.example.com
https://anonymous@bitbucket.org
https://git@sr.ht
https://codeberg.org
''', s, "https://git-scm.com/docs/git-credential-store#_storage_format")

s = npm()
add("npmrc/npm-auth-token", "frontend/.npmrc", f'''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={s}
save-exact=true
engine-strict=true
fund=false
''', s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

s = words_pw()
add("npmrc/legacy-auth-base64", "docs_theme/.npmrc", f'''registry=https://npm.pkg.internal.tallgrass.io/
_auth={b64("builder:" + s)}
always-auth=true
email=builder@tallgrass.io
strict-ssl=true
''', s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

add("npmrc/decoy-env-token", "js/widget/.npmrc", '''@tallgrass:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
package-lock=true
save-exact=true
''', None, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

kid, sec = aws_id(), aws_secret()
add("aws-credentials/secret-key", "awsbackup-1.0.3/.aws/credentials", f'''[default]
aws_access_key_id = {kid}
aws_secret_access_key = {sec}

[readonly]
role_arn = arn:aws:iam::482915330764:role/ReadOnly
source_profile = default
''', sec, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

kid, sec, tok = aws_id(), aws_secret(), fakes.aws_session_token(seed())
add("aws-credentials/session-token", "tests/fixtures/home/.aws/credentials", f'''[sso-dev]
aws_access_key_id = ASIA{kid[4:]}
aws_secret_access_key = {sec}
aws_session_token = {tok}
''' + "\n[ci]\nregion = us-east-2\noutput = json\n", tok, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("aws-config/decoy-credential-process", ".aws/config", '''[default]
region = eu-west-1
output = json

[profile deploy]
credential_process = /usr/local/bin/aws-vault exec deploy --json
region = eu-west-1

[profile sso]
sso_session = corp
sso_account_id = 482915330764
sso_role_name = PowerUserAccess

[sso-session corp]
sso_start_url = https://corp-sso.awsapps.com/start
sso_region = eu-west-1
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html")

s = rnd(26, ALNUM)
add("docker-config-json/auths-base64", "image-build/.docker/config.json", json.dumps({
    "auths": {
        "ghcr.io": {"auth": b64("release-bot:" + s)},
        "https://index.docker.io/v1/": {},
    },
    "currentContext": "default",
    "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"},
}, indent=2) + "\n", s, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

add("docker-config-json/decoy-creds-store", "ci/docker/config.json", json.dumps({
    "auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}, "482915330764.dkr.ecr.eu-west-1.amazonaws.com": {}},
    "credsStore": "desktop",
    "credHelpers": {"482915330764.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"},
    "currentContext": "desktop-linux",
}, indent=2) + "\n", None, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

s = telegram()
add("dotenv/telegram-token", "reminder-bot-0.4.1/.env", f'''# reminder bot settings
TG_REMINDER_TOKEN={s}
TG_ADMIN_IDS=118233019,60440215
TZ=Europe/Amsterdam
LOG_LEVEL=info
JOBS_DB=/var/lib/tg-reminder/jobs.sqlite
''', s, "https://github.com/theskumar/python-dotenv#file-format")

s = redis_pw()
add("dotenv/redis-password-quoted-export", ".env.production", f'''export APP_ENV=production
export REDIS_HOST=redis-master.prod.svc.cluster.local
export REDIS_PORT=6379
export REDIS_PASSWORD='{s}'
export CELERY_BROKER_URL="redis://:${{REDIS_PASSWORD}}@${{REDIS_HOST}}:${{REDIS_PORT}}/0"
export SENTRY_ENVIRONMENT=production
''', s, "https://github.com/theskumar/python-dotenv#file-format")

s = words_pw()
add("dotenv/database-password", "api/.env", f'''DEBUG=0
DB_HOST=pg.internal
DB_NAME=ledger
DB_USER=ledger_app
DB_PASSWORD={s}
ALLOWED_HOSTS=ledger.example.com
''', s, "https://github.com/theskumar/python-dotenv#file-format")

add("dotenv/decoy-example", ".env.example", '''# Copy to .env and fill in. Never commit .env.
TELEGRAM_BOT_TOKEN=
DISCORD_TOKEN=your-discord-bot-token
REDIS_URL=redis://localhost:6379/0
DATABASE_URL=postgresql://user:password@localhost:5432/app
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
OPENAI_API_KEY=sk-...
''', None, "https://github.com/theskumar/python-dotenv#file-format")

s = stripe("live")
add("dotenv/stripe-key-inline-comment", "billing/.env.local", f'''STRIPE_PUBLISHABLE_KEY=pk_live_51{rnd(97)}
STRIPE_SECRET_KEY={s}  # rotated 2024-11
STRIPE_PRICE_PRO=price_1OqL2nH7kXyz0aBcDeFgHiJk
CHECKOUT_SUCCESS_URL=https://app.example.com/thanks
CHECKOUT_CANCEL_URL=https://app.example.com/pricing
''', s, "https://docs.stripe.com/keys")

# ---------------------------------------------------------------- CI files
s = pypi()
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
          TWINE_PASSWORD: {s}
        run: twine upload dist/*
''', s, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions")

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish.yml", '''name: Publish to PyPI

on:
  release:
    types: [published]

permissions:
  contents: read

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332
      - uses: actions/setup-python@39cd14951b08e74b54015e9e001cdefcf80e669f
        with:
          python-version: "3.x"
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@ec4db0b4ddc65acdf4bff5fa45ac92d78b56bdf0
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
          skip-existing: true
''', None, "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

s = redis_pw()
add("github-actions/service-container-redis", ".github/workflows/tests.yml", f'''name: tests
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -e .[test]
      - run: pytest -q
        env:
          # integration tests hit the shared staging cache
          REDIS_URL: redis://default:{s}@staging-cache.kestrel-systems.com:6379/3
''', s, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsenv")

s = slack_webhook()
add("github-actions/slack-webhook-curl", ".github/workflows/nightly.yml", f'''name: nightly
on:
  schedule:
    - cron: "17 3 * * *"
jobs:
  scrape:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install . && pricewatch scan --all
      - name: Notify on failure
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{{"text":"nightly scrape failed: ${{{{ github.run_id }}}}"}}' \\
            {s}
''', s, "https://api.slack.com/messaging/webhooks")

s = gitlab()
add("gitlab-ci/private-token-variable", ".gitlab-ci.yml", f'''stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  GL_RELEASE_TOKEN: "{s}"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest

release:
  stage: release
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${{CI_JOB_TOKEN}} TWINE_USERNAME=gitlab-ci-token twine upload --repository-url ${{CI_API_V4_URL}}/projects/${{CI_PROJECT_ID}}/packages/pypi dist/*
    - 'curl --header "PRIVATE-TOKEN: $GL_RELEASE_TOKEN" --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
''', s, "https://docs.gitlab.com/ee/ci/yaml/")

add("gitlab-ci/decoy-ci-job-token", "ci/gitlab/publish.gitlab-ci.yml", '''publish:
  stage: deploy
  image: python:3.12-slim
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    TWINE_USERNAME: gitlab-ci-token
    TWINE_PASSWORD: $CI_JOB_TOKEN
  script:
    - pip install build twine
    - python -m build
    - twine upload --repository-url "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi" dist/*
''', None, "https://docs.gitlab.com/ee/user/packages/pypi_repository/#authenticate-with-a-ci-job-token")

kid, sec = aws_id(), aws_secret()
add("circleci/aws-secret-env", ".circleci/config.yml", f'''version: 2.1

jobs:
  deploy-docs:
    docker:
      - image: cimg/python:3.12
    environment:
      AWS_ACCESS_KEY_ID: {kid}
      AWS_SECRET_ACCESS_KEY: {sec}
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - checkout
      - run: pip install -r docs/requirements.txt awscli
      - run: sphinx-build docs docs/_build/html
      - run: aws s3 sync docs/_build/html s3://docs.tinyforms.app --delete

workflows:
  docs:
    jobs:
      - deploy-docs:
          filters:
            branches:
              only: main
''', sec, "https://circleci.com/docs/configuration-reference/#environment")

s = fakes.password(seed())
add("travis-yml/pypi-password-plain", ".travis.yml", f'''language: python
python:
  - "3.8"
  - "3.9"
install: pip install -e .[test]
script: pytest
deploy:
  provider: pypi
  username: pnguyen
  password: "{s}"
  on:
    tags: true
    python: "3.9"
''', s, "https://docs.travis-ci.com/user/deployment/pypi/")

add("travis-yml/decoy-secure-encrypted", "legacy/.travis.yml", '''language: python
python: ["3.8", "3.9", "3.10"]
install: pip install tox-travis
script: tox
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "kXq4t2LzP1W7oM3sV8eJf0R5bN6cY9hA2uG4dQ1iE3wZ7xT8vK5nS0pL6mB2jH9fC4rD1aO3yU7gI8eW5qZ0tX2sV6kN1mR4bL9cJ3hF7pA0dG5wE8uY2iT6oQ1zS4xK9vM3nB7lH0jC2fD5gA8rP1eW6yU4tI3oZ9qX7sV0kN2mR5bL8cJ1hF4pA7dG0wE3uY6iT9oQ2zS5xK8vM1nB4lH7jC0fD3gA6rP9eW2yU5tI8oZ1qX4sV7k="
  on:
    tags: true
''', None, "https://docs.travis-ci.com/user/encryption-keys/")

s = words_pw()
add("azure-pipelines/twine-password", "azure-pipelines.yml", f'''trigger:
  tags:
    include: ["v*"]

pool:
  vmImage: ubuntu-latest

steps:
  - task: UsePythonVersion@0
    inputs:
      versionSpec: "3.11"
  - script: pip install build twine && python -m build
    displayName: build
  - script: twine upload -r feed --repository-url https://pkgs.dev.azure.com/fabrikam/_packaging/pyfeed/pypi/upload/ -u fabrikam -p "{s}" dist/*
    displayName: upload
''', s, "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/")

add("pre-commit-config/decoy-revs", ".pre-commit-config.yaml", '''repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: 8b76f04e7e5a9cd259e9d1db7799599355f97cdf  # frozen: v0.8.2
    hooks:
      - id: ruff
        args: [--fix]
      - id: ruff-format
''', None, "https://pre-commit.com/#plugins")

# ---------------------------------------------------------------- notebooks
def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code_cell(src: str, outputs: list | None = None, n: int = 1) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": rnd(8, HEX), "metadata": {}, "outputs": outputs or [],
            "source": [line + "\n" for line in src.split("\n")[:-1]] + [src.split("\n")[-1]]}


def md_cell(src: str) -> dict:
    return {"cell_type": "markdown", "id": rnd(8, HEX), "metadata": {}, "source": [src]}


s = openai()
add("ipynb/openai-key-in-cell", "examples/quickstart.ipynb", notebook([
    md_cell("# Quickstart\nSummarize a web page in three sentences."),
    code_cell(f'import os\nos.environ["OPENAI_API_KEY"] = "{s}"\nfrom summarize import summarize_url'),
    code_cell('print(summarize_url("https://peps.python.org/pep-0008/"))', [{"name": "stdout", "output_type": "stream", "text": ["PEP 8 gives coding conventions for Python code...\n"]}], 2),
]), s, "https://nbformat.readthedocs.io/en/latest/format_description.html")

s = redis_pw()
add("ipynb/redis-password-in-output", "notebooks/cache_stats.ipynb", notebook([
    md_cell("## Cache hit ratio per day"),
    code_cell("from jobqueue.connection import redis_conn\nredis_conn.connection_pool.connection_kwargs",
              [{"data": {"text/plain": [f"{{'host': 'redis-14471.c12.us-east-1-4.ec2.cloud.redislabs.com',\n", " 'port': 14471,\n", " 'username': 'default',\n", f" 'password': '{s}',\n", " 'db': 0}"]},
                "execution_count": 1, "metadata": {}, "output_type": "execute_result"}]),
    code_cell("info = redis_conn.info('stats')\ninfo['keyspace_hits'] / (info['keyspace_hits'] + info['keyspace_misses'])",
              [{"data": {"text/plain": ["0.9312"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), s, "https://nbformat.readthedocs.io/en/latest/format_description.html")

kid, sec = aws_id(), aws_secret()
add("ipynb/aws-env-magic", "notebooks/explore_s3.ipynb", notebook([
    code_cell(f"%env AWS_ACCESS_KEY_ID={kid}\n%env AWS_SECRET_ACCESS_KEY={sec}\n%env AWS_DEFAULT_REGION=eu-central-1",
              [{"name": "stdout", "output_type": "stream", "text": [f"env: AWS_ACCESS_KEY_ID={kid}\n", f"env: AWS_SECRET_ACCESS_KEY={sec}\n", "env: AWS_DEFAULT_REGION=eu-central-1\n"]}]),
    code_cell("import boto3\n[b['Name'] for b in boto3.client('s3').list_buckets()['Buckets']]",
              [{"data": {"text/plain": ["['s3sync-artifacts', 's3sync-logs']"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], 2),
]), sec, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env")

add("ipynb/decoy-getpass-and-image", "examples/plot_prices.ipynb", notebook([
    code_cell("from getpass import getpass\ntoken = getpass('Telegram bot token: ')"),
    code_cell("import matplotlib.pyplot as plt\nplt.plot([3, 1, 2]); plt.show()",
              [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAOklEQVR4nGNgYGD4z8DAwMDEwMDA8J+BgYGBgYnhPwMDAwMDIwMDAwMDAwMjAwMDAwMDAwMDAwMDAwMDAMjMBQnXlmQZAAAAAElFTkSuQmCC", "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                "metadata": {}, "output_type": "display_data"}], 2),
]), None, "https://nbformat.readthedocs.io/en/latest/format_description.html")

# ---------------------------------------------------------------- docs
s = telegram()
add("rst/telegram-token-in-tutorial", "docs/tutorial.rst", f'''Tutorial
========

This walks through writing a first bot with ``tg-reminder``.

Getting a token
---------------

Talk to `@BotFather <https://t.me/BotFather>`_ and create a bot. Then:

.. code-block:: console

   $ export TG_REMINDER_TOKEN={s}
   $ tg-reminder run --verbose
   INFO  polling started as @reminder_demo_bot

Scheduling
----------

``/remind 10m tea`` schedules a message in ten minutes.
''', s, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

add("rst/decoy-token-format", "docs/configuration.rst", '''Configuration
=============

``TG_REMINDER_TOKEN``
    The bot token BotFather gave you. It looks like
    ``123456789:AAHxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx``: the bot id, a colon, and 35 characters.

``TG_REMINDER_DB``
    Path of the SQLite file holding scheduled jobs. Defaults to
    ``~/.local/share/tg-reminder/jobs.sqlite``.

``REDIS_URL``
    Optional, for running several workers: ``redis://[[username]:[password]]@host:port/db``.
''', None, "https://core.telegram.org/bots/features#botfather")

s = discord_bot()
add("markdown/discord-token-in-readme", "README.md", f'''# dicebot

A Discord bot that rolls dice. `!roll 3d6`.

## Running it

```sh
pip install -r requirements.txt
DISCORD_TOKEN="{s}" python -m dicebot
```

## Commands

| command | what |
|---|---|
| `!roll NdM` | roll N dice with M sides |
| `!coin` | flip a coin |

## License

MIT
''', s, "https://discordpy.readthedocs.io/en/stable/discord.html")

add("markdown/decoy-changelog", "CHANGELOG.md", '''# Changelog

## 0.8.3 (2024-11-02)
- Fix reconnect loop when the Telegram API returns 502 (3f9c2a1).
- Token is now read from `TELEGRAM_BOT_TOKEN`; the old `BOT_TOKEN` still works but warns.

## 0.8.2 (2024-09-14)
- Dependency bumps (python-telegram-bot 21.6, sha256 of the wheel
  `9d2f5c88a9b0e7d41f3c6a2b8e5d7f0c1a4b3e6d9f2c5a8b1e4d7f0a3c6b9e2d`).
- `--token` now refuses values shorter than 40 characters.
''', None, "https://keepachangelog.com/en/1.1.0/")

s = sendgrid()
add("markdown/sendgrid-key-in-docs-howto", "docs/howto/email.md", f'''# Sending email

tinyforms sends notifications through SendGrid.

1. Create an API key with *Mail Send* permission.
2. Put it in the settings:

```python
# tinyforms/settings_local.py
EMAIL_BACKEND = "sendgrid_backend.SendgridBackend"
SENDGRID_API_KEY = "{s}"
SENDGRID_SANDBOX_MODE_IN_DEBUG = False
```

3. Restart the web workers.
''', s, "https://github.com/sklarsa/django-sendgrid-v5")

add("markdown/decoy-howto-placeholders", "docs/howto/deploy.md", '''# Deploying

```bash
export DATABASE_URL="postgresql://app:${DB_PASSWORD}@db.internal:5432/app"
export REDIS_URL="redis://:<redis-password>@cache.internal:6379/0"
export AWS_ACCESS_KEY_ID=AKIA................
export AWS_SECRET_ACCESS_KEY=<your secret access key>
export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
gunicorn tinyforms.wsgi -w 4 -b 0.0.0.0:8000
```

The secrets come from the `prod/tinyforms` entry in Secrets Manager.
''', None, "https://docs.gunicorn.org/en/stable/run.html")

s = words_pw()
add("mkdocs-yml/ftp-deploy-password", "mkdocs.yml", f'''site_name: tinyscrape
site_url: https://tinyscrape.pnguyen.dev/
repo_url: https://github.com/pnguyen/tinyscrape
theme:
  name: material
  palette:
    primary: teal
nav:
  - Home: index.md
  - API: api.md
plugins:
  - search
  - mkdocstrings
extra:
  deploy:
    ftp_host: ftp.pnguyen.dev
    ftp_user: site
    ftp_password: "{s}"
''', s, "https://www.mkdocs.org/user-guide/configuration/")

add("sphinx-conf/decoy-env-read", "docs/conf.py", '''# Configuration file for the Sphinx documentation builder.
import os
import sys

sys.path.insert(0, os.path.abspath("../src"))

project = "lumen-sdk"
author = "Lumen Engineering"
release = "2.3.1"

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.intersphinx", "sphinx_copybutton"]
intersphinx_mapping = {"python": ("https://docs.python.org/3", None), "httpx": ("https://www.python-httpx.org", None)}
html_theme = "furo"
html_static_path = ["_static"]
linkcheck_auth = [(r"https://github.com/.*", os.environ.get("GITHUB_TOKEN"))]
''', None, "https://www.sphinx-doc.org/en/master/usage/configuration.html")

# ---------------------------------------------------------------- tests and fixtures
s = "Bearer " + gh()
add("vcr-cassette/github-token-recorded", "tests/cassettes/test_merged_prs.yaml", f'''interactions:
- request:
    body: null
    headers:
      Accept:
      - application/vnd.github+json
      Authorization:
      - {s}
      User-Agent:
      - python-requests/2.32.3
    method: GET
    uri: https://api.github.com/search/issues?q=repo:pnguyen/tinyscrape+is:pr+is:merged+merged:%3E2024-01-01
  response:
    body:
      string: '{{"total_count": 0, "incomplete_results": false, "items": []}}'
    headers:
      Content-Type:
      - application/json; charset=utf-8
      X-RateLimit-Remaining:
      - '29'
    status:
      code: 200
      message: OK
version: 1
''', s[7:], "https://vcrpy.readthedocs.io/en/latest/usage.html")

add("vcr-cassette/decoy-filtered", "tests/cassettes/test_send_message.yaml", '''interactions:
- request:
    body: '{"chat_id": -1001873345521, "text": "hello", "disable_notification": false}'
    headers:
      Content-Type:
      - application/json
      User-Agent:
      - python-requests/2.32.3
    method: POST
    uri: https://api.telegram.org/botDUMMY_TOKEN/sendMessage
  response:
    body:
      string: '{"ok":true,"result":{"message_id":4412,"chat":{"id":-1001873345521,"type":"channel"},"date":1730548800,"text":"hello"}}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
''', None, "https://vcrpy.readthedocs.io/en/latest/advanced.html#filter-sensitive-data-from-the-request")

s = stripe("live")
add("vcr-cassette/stripe-basic-auth-recorded", "tests/fixtures/cassettes/checkout_create.yaml", f'''interactions:
- request:
    body: mode=subscription&line_items[0][price]=price_1OqL2nH7kXyz0aBcDeFgHiJk&line_items[0][quantity]=1
    headers:
      Authorization:
      - Basic {b64(s + ":")}
      Content-Type:
      - application/x-www-form-urlencoded
      Stripe-Version:
      - '2024-06-20'
    method: POST
    uri: https://api.stripe.com/v1/checkout/sessions
  response:
    body:
      string: '{{"id": "cs_live_a1XyZ", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_live_a1XyZ"}}'
    status:
      code: 200
      message: OK
version: 1
''', s, "https://vcrpy.readthedocs.io/en/latest/usage.html")

s = redis_pw()
add("conftest/redis-fixture", "tests/conftest.py", f'''import pytest
import redis

STAGING = {{"host": "10.8.0.12", "port": 6379, "password": "{s}", "db": 9}}


@pytest.fixture(scope="session")
def redis_client():
    client = redis.Redis(**STAGING)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def limiter(redis_client):
    from ratelimit.backends import RedisBackend
    backend = RedisBackend.__new__(RedisBackend)
    backend.client, backend.prefix = redis_client, "test:"
    return backend
''', s, "https://docs.pytest.org/en/stable/reference/fixtures.html")

add("conftest/decoy-fakeredis", "tests/unit/conftest.py", '''import fakeredis
import pytest


@pytest.fixture
def redis_client():
    """In-memory Redis: no server, no password."""
    return fakeredis.FakeRedis(decode_responses=True)


@pytest.fixture(autouse=True)
def env(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "test-token")
    monkeypatch.setenv("REDIS_URL", "redis://localhost:6379/15")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
''', None, "https://docs.getmoto.org/en/latest/docs/getting_started.html#example-on-usage")

s = telegram()
add("json-fixture/telegram-update-with-token", "tests/fixtures/bot_config.json", json.dumps({
    "bot": {"token": s, "username": "reminder_demo_bot", "admins": [118233019]},
    "scheduler": {"timezone": "Europe/Amsterdam", "max_jobs": 200},
    "storage": {"kind": "sqlite", "path": "jobs.sqlite"},
}, indent=2) + "\n", s, "https://core.telegram.org/bots/api")

add("json-fixture/decoy-api-response", "tests/fixtures/github_pr.json", json.dumps({
    "id": 1874412093, "node_id": "PR_kwDOKr3L9M5vuV09", "number": 142, "state": "closed",
    "title": "Handle 502 from the API", "user": {"login": "mkowalski", "id": 5523109, "node_id": "MDQ6VXNlcjU1MjMxMDk="},
    "merge_commit_sha": "b7e1c04f2a9d3e5f6a8b1c2d4e6f8a0b2c4d6e8f",
    "head": {"ref": "fix/502", "sha": "0d4c1f3e5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d"},
    "merged_at": "2024-10-30T09:12:44Z", "html_url": "https://github.com/mkowalski/pricewatch/pull/142",
}, indent=2) + "\n", None, "https://docs.github.com/en/rest/pulls/pulls#get-a-pull-request")

s = rnd(40, ALNUM + "_-")
har = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "131.0"}, "entries": [{
    "startedDateTime": "2024-10-12T10:15:01.311Z", "time": 212,
    "request": {"method": "GET", "url": "https://shop.example-retail.com/api/v2/products?page=2", "httpVersion": "HTTP/2",
                "headers": [{"name": "Accept", "value": "application/json"}, {"name": "X-Api-Key", "value": s}], "cookies": [], "queryString": [], "headersSize": -1, "bodySize": 0},
    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                 "content": {"size": 2, "mimeType": "application/json", "text": "[]"}, "redirectURL": "", "headersSize": -1, "bodySize": 2},
    "cache": {}, "timings": {"send": 0, "wait": 200, "receive": 12}}]}}
add("har/api-key-header", "tests/fixtures/products_page2.har", json.dumps(har, indent=2) + "\n", s, "http://www.softwareishard.com/blog/har-12-spec/")

s = pem("OPENSSH")
add("ssh-key/openssh-private", "deploy/keys/id_ed25519", s + "\n", s, "https://man.openbsd.org/ssh-keygen")

add("ssh-key/decoy-public-and-known-hosts", "deploy/keys/known_hosts", '''github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
bitbucket.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIazEu89wgQZ4bqs3d63QSMzYVa0MuJ2e2gKTKqu+UUO
deploy.kestrel-systems.com,203.0.113.40 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=
deploy.kestrel-systems.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE5n0Q3tJ0Cj5wBq8nVQ1u6r7S2a7cY0pW3d9X4k1LxH
''', None, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

# ---------------------------------------------------------------- data files
s = redis_pw()
add("yaml/redis-config", "config/settings.yaml", f'''app:
  name: pricewatch
  log_level: INFO
scrape:
  concurrency: 8
  user_agent: "pricewatch/1.2 (+https://github.com/mkowalski/pricewatch)"
redis:
  host: redis.pricewatch.internal
  port: 6379
  db: 1
  password: "{s}"
alerts:
  discord: true
  telegram: false
''', s, "https://yaml.org/spec/1.2.2/")

s = words_pw()
add("yaml/database-anchor", "config/database.yml", f'''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5
  username: fieldnotes
  password: &pw "{s}"
  host: pg.fieldnotes.dev

development:
  <<: *default
  database: fieldnotes_dev

production:
  <<: *default
  database: fieldnotes
  password: *pw
''', s, "https://yaml.org/spec/1.2.2/#anchors-and-aliases")

add("yaml/decoy-env-interpolation", "config/settings.prod.yaml", '''redis:
  url: ${REDIS_URL}
database:
  url: ${DATABASE_URL:?database url required}
telegram:
  token: !env TELEGRAM_BOT_TOKEN
aws:
  access_key_id: !ENV ${AWS_ACCESS_KEY_ID}
  secret_access_key: !ENV ${AWS_SECRET_ACCESS_KEY}
  bucket: pricewatch-exports
''', None, "https://pypi.org/project/pyaml-env/")

s = telegram()
add("toml/bot-config", "config/bot.toml", f'''[bot]
token = "{s}"
parse_mode = "HTML"
admins = [118233019, 60440215]

[scheduler]
timezone = "Europe/Amsterdam"
jitter_seconds = 30

[storage]
path = "~/.local/share/tg-reminder/jobs.sqlite"
''', s, "https://toml.io/en/v1.0.0")

s = rnd(32, HEX)
add("toml/streamlit-secrets", ".streamlit/secrets.toml", f'''[connections.snowflake]
account = "xy12345.eu-central-1"
user = "streamlit_app"
password = "{s}"
warehouse = "COMPUTE_WH"
database = "ANALYTICS"
schema = "PUBLIC"
role = "REPORTER"
''', s, "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

add("toml/decoy-uv-lock-hashes", "uv.lock", f'''version = 1
requires-python = ">=3.11"

[[package]]
name = "certifi"
version = "2024.8.30"
source = {{ registry = "https://pypi.org/simple" }}
sdist = {{ url = "https://files.pythonhosted.org/packages/b0/ee/9b19140fe824b367c04c5e1b369942dd754c4c5462d5674002f75c4dedc1/certifi-2024.8.30.tar.gz", hash = "sha256:{sha256('certifi-sdist')}", size = 168507 }}
wheels = [
    {{ url = "https://files.pythonhosted.org/packages/12/90/3c9ff0512038035f59d279fddeb79f5f1eccd8859f06d6163c58798b9487/certifi-2024.8.30-py3-none-any.whl", hash = "sha256:{sha256('certifi-wheel')}", size = 167321 }},
]

[[package]]
name = "idna"
version = "3.10"
source = {{ registry = "https://pypi.org/simple" }}
sdist = {{ url = "https://files.pythonhosted.org/packages/f1/70/7703c29685631f5a7590aa73f1f1d3fa9a380e654b86af429e0934a32f7d/idna-3.10.tar.gz", hash = "sha256:{sha256('idna-sdist')}", size = 190490 }}
wheels = [
    {{ url = "https://files.pythonhosted.org/packages/76/c6/c88e154df9c4e1a2a66ccf0005a88dfb2650c1dffb6f5ce603dfbd452ce3/idna-3.10-py3-none-any.whl", hash = "sha256:{sha256('idna-wheel')}", size = 70442 }},
]
''', None, "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile")

s = url_safe(words_pw())
add("ini/config-parser-section", "pricewatch.ini", f'''[general]
interval = 3600
currency = EUR

[smtp]
host = smtp.fastmail.com
port = 465
user = alerts@pricewatch.dev
pass = {s}

[shops]
amazon_de = yes
bol = yes
''', s, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

s = words_pw()
add("alembic-ini/sqlalchemy-url", "migrations/alembic.ini", f'''[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://ledger_owner:{s}@pg-prod-1.ledger.internal/ledger

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
''', s, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

add("alembic-ini/decoy-local-default", "alembic.ini", '''[alembic]
script_location = alembic
# local sqlite for development; env.py overrides it with DATABASE_URL in every other environment
sqlalchemy.url = sqlite:///./dev.db

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)s %(message)s
''', None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

s = rnd(32, HEX)
add("csv/api-keys-column", "data/partners.csv", "partner_id,name,contact,api_key,active\n"
    "101,Northwind Traders,ops@northwind.example,REDACTED,false\n"
    f"102,Contoso Books,it@contoso.example,{s},true\n"
    "103,Fabrikam Outdoor,api@fabrikam.example,,false\n"
    "104,Tailspin Toys,dev@tailspin.example,REDACTED,false\n"
    "105,Adventure Works,hello@adventure.example,,false\n", s, "https://www.rfc-editor.org/rfc/rfc4180")

add("csv/decoy-checksums", "data/downloads.csv", "file,size,sha256,md5\n" + "".join(
    f"prices-2024-{m:02d}.parquet,{random.Random(seed()).randint(10**6, 10**7)},{sha256(str(m))},{hashlib.md5(str(m).encode()).hexdigest()}\n" for m in range(1, 7)),
    None, "https://www.rfc-editor.org/rfc/rfc4180")

s = rnd(24, ALNUM)
add("sql-dump/service-password", "db/seed.sql", f'''-- Dump of the integrations table, generated by sqlite3 .dump
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE integrations (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    username TEXT,
    password TEXT,
    enabled INTEGER DEFAULT 1
);
INSERT INTO integrations VALUES(1,'ftp-export','pricewatch','{s}',1);
INSERT INTO integrations VALUES(2,'webdav-backup',NULL,NULL,0);
CREATE INDEX idx_integrations_service ON integrations(service);
COMMIT;
''', s, "https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file")

rng_h = random.Random(seed())
hashes = ["pbkdf2_sha256$600000$" + "".join(rng_h.choice(ALNUM) for _ in range(22)) + "$" + base64.b64encode(rng_h.randbytes(32)).decode() for _ in range(3)]
add("sql-dump/decoy-password-hashes", "fixtures/users.sql", f'''BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "email" varchar(254) NOT NULL);
INSERT INTO auth_user VALUES(1,'{hashes[0]}','2024-10-01 08:12:00',1,'admin','admin@linkshort.example.net');
INSERT INTO auth_user VALUES(2,'{hashes[1]}',NULL,0,'marta','marta@kowalski.dev');
INSERT INTO auth_user VALUES(3,'{hashes[2]}',NULL,0,'omar','omar@feldman.io');
INSERT INTO auth_user VALUES(4,'!{rnd(40)}',NULL,0,'bot','bot@linkshort.example.net');
COMMIT;
''', None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

s = words_pw()
add("sql/create-user-password", "db/migrations/0003_reporting_user.sql", f'''-- Read-only role for the Metabase dashboards
CREATE ROLE reporting WITH LOGIN PASSWORD '{s}';
GRANT CONNECT ON DATABASE ledger TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
''', s, "https://www.postgresql.org/docs/current/sql-createrole.html")

s = pypi()
add("json/pypi-token-in-vscode-settings", ".vscode/settings.json", json.dumps({
    "python.defaultInterpreterPath": ".venv/bin/python",
    "python.testing.pytestEnabled": True,
    "terminal.integrated.env.linux": {"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": s},
    "editor.formatOnSave": True,
}, indent=4) + "\n", s, "https://code.visualstudio.com/docs/terminal/profiles#_configuring-profiles")

add("json/decoy-package-lock-integrity", "docs_theme/package-lock.json", json.dumps({
    "name": "docs-theme", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "docs-theme", "version": "1.0.0", "devDependencies": {"sass": "^1.79.4"}},
        "node_modules/sass": {"version": "1.79.4", "resolved": "https://registry.npmjs.org/sass/-/sass-1.79.4.tgz",
                              "integrity": "sha512-" + base64.b64encode(hashlib.sha512(b"sass").digest()).decode(), "dev": True},
        "node_modules/chokidar": {"version": "4.0.1", "resolved": "https://registry.npmjs.org/chokidar/-/chokidar-4.0.1.tgz",
                                  "integrity": "sha512-" + base64.b64encode(hashlib.sha512(b"chokidar").digest()).decode(), "dev": True},
    }}, indent=2) + "\n", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

s = pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE")
gsa = {"type": "service_account", "project_id": "pricewatch-428113", "private_key_id": rnd(40, HEX),
       "private_key": s + "\n", "client_email": "scraper@pricewatch-428113.iam.gserviceaccount.com",
       "client_id": str(random.Random(seed()).randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token"}
add("json/gcp-service-account", "credentials/pricewatch-sa.json", json.dumps(gsa, indent=2) + "\n", s.splitlines()[1], "https://cloud.google.com/iam/docs/keys-create-delete")

s = rnd(32, HEX)
add("shell/kaggle-json-heredoc", "scripts/setup_kaggle.sh", f'''#!/usr/bin/env bash
# Fetch the competition data used by the notebooks.
set -euo pipefail
mkdir -p ~/.kaggle
cat > ~/.kaggle/kaggle.json <<'JSON'
{{"username": "mkowalski", "key": "{s}"}}
JSON
chmod 600 ~/.kaggle/kaggle.json
kaggle competitions download -c store-sales-time-series-forecasting -p data/raw
unzip -o data/raw/store-sales-time-series-forecasting.zip -d data/raw
''', s, "https://www.kaggle.com/docs/api#authentication")

# ---------------------------------------------------------------- deploy and service configs shipped in repos
s = redis_pw()
add("docker-compose/redis-requirepass-command", "docker-compose.yml", f'''services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      REDIS_URL: redis://redis:6379/0
    depends_on: [redis]
  worker:
    build: .
    command: rq worker scrape
    depends_on: [redis]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "{s}"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
''', s, "https://hub.docker.com/_/redis")

add("docker-compose/decoy-dev-marked", "docker-compose.dev.yml", '''# Local development only. These throwaway credentials exist only inside this compose network.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres  # dev-only default
      POSTGRES_DB: app_dev
    ports: ["5432:5432"]
  redis:
    image: redis:7
    ports: ["6379:6379"]
''', None, "https://hub.docker.com/_/postgres")

s = words_pw()
add("dockerfile/env-password", "Dockerfile", f'''FROM python:3.12-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    FTP_HOST=ftp.partner-feeds.net \\
    FTP_USER=pricewatch \\
    FTP_PASSWORD={s}

COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir .

USER 1000
CMD ["pricewatch", "scan", "--all"]
''', s, "https://docs.docker.com/reference/dockerfile/#env")

s = rnd(24, ALNUM)
add("dockerfile/pip-extra-index-arg", "docker/worker.Dockerfile", f'''FROM python:3.11-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://__token__:{s}@gitlab.com/api/v4/projects/48211933/packages/pypi/simple
COPY . /src
RUN pip wheel --no-deps -w /wheels /src

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
CMD ["scrape-worker"]
''', s, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

add("dockerfile/decoy-secret-mount", "docker/release.Dockerfile", '''# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /src
COPY . .
RUN pip install build twine && python -m build
RUN --mount=type=secret,id=pypirc,target=/root/.pypirc \\
    twine upload --non-interactive dist/*
''', None, "https://docs.docker.com/build/building/secrets/")

s = words_pw()
sv = b64(s)
add("k8s-secret/database-password-b64", "deploy/k8s/secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: ledger
type: Opaque
data:
  DB_USER: {b64("ledger_app")}
  DB_PASSWORD: {sv}
  DB_HOST: {b64("pg.ledger.svc.cluster.local")}
''', s, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("k8s-secret/decoy-sealed", "deploy/k8s/sealed-secret.yaml", '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: ledger
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7bEsQy2hJ5hRzKl8mZq1vR6tW3xY0pN9sD4fA2jG7kL1oU8cE5bV3nM6hT0qI9wZ2xP4rY7uK1eS5dF8gH3jC6aB0lN2mO5vQ9tR4wX7zY1sU3iE6oA8pD0fG2hJ5kL7cV9bN1mQ4tW6yZ8xR0uI3eO5aS7dF9gH2jK4lC6vB8nM1qT3wY5zX7rU9iE0oA2pS4dF6gH8jK0lC2vB4nM6qT8wY0zX2rU4iE6oA8pS=
  template:
    metadata:
      name: ledger-db
      namespace: ledger
''', None, "https://github.com/bitnami-labs/sealed-secrets#usage")

s = redis_pw()
add("helm-values/redis-auth", "deploy/helm/values-prod.yaml", f'''replicaCount: 2
image:
  repository: ghcr.io/mkowalski/pricewatch
  tag: "1.2.0"
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "{s}"
  master:
    persistence:
      size: 2Gi
ingress:
  enabled: true
  hosts:
    - host: pricewatch.example.com
      paths: ["/"]
''', s, "https://artifacthub.io/packages/helm/bitnami/redis")

add("helm-values/decoy-existing-secret", "deploy/helm/values.yaml", '''replicaCount: 1
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: pricewatch-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    existingSecret: pricewatch-db
    secretKeys:
      userPasswordKey: password
resources:
  limits:
    memory: 256Mi
''', None, "https://artifacthub.io/packages/helm/bitnami/redis")

kid, sec = aws_id(), aws_secret()
add("terraform/aws-provider-keys", "infra/main.tf", f'''terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
}}

provider "aws" {{
  region     = "eu-central-1"
  access_key = "{kid}"
  secret_key = "{sec}"
}}

resource "aws_s3_bucket" "artifacts" {{
  bucket = "s3sync-artifacts"
}}
''', sec, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

s = words_pw()
add("tfvars/db-password", "infra/prod.auto.tfvars", f'''environment       = "prod"
instance_class    = "db.t4g.medium"
allocated_storage = 50
db_username       = "ledger_owner"
db_password       = "{s}"
backup_retention  = 14
''', s, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

add("terraform/decoy-variable-sensitive", "infra/variables.tf", '''variable "db_password" {
  description = "Master password of the RDS instance (set TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "telegram_bot_token" {
  type      = string
  sensitive = true
  default   = null
}
''', None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

s = words_pw()
add("supervisor-conf/environment-password", "deploy/supervisor/pricewatch.conf", f'''[program:pricewatch-worker]
command=/srv/pricewatch/.venv/bin/rq worker scrape
directory=/srv/pricewatch
user=pricewatch
autostart=true
autorestart=true
environment=REDIS_HOST="127.0.0.1",REDIS_PASSWORD="{s}",PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/pricewatch/worker.log
redirect_stderr=true
''', s, "http://supervisord.org/configuration.html#program-x-section-settings")

s = telegram()
add("systemd-unit/environment-token", "deploy/systemd/tg-reminder.service", f'''[Unit]
Description=tg-reminder Telegram bot
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=tgbot
Environment="TG_REMINDER_TOKEN={s}"
Environment="TZ=Europe/Amsterdam"
ExecStart=/opt/tg-reminder/.venv/bin/tg-reminder run
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', s, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

add("systemd-unit/decoy-environment-file", "deploy/systemd/pricewatch.service", '''[Unit]
Description=pricewatch scraper
After=network-online.target

[Service]
User=pricewatch
EnvironmentFile=/etc/pricewatch/env
LoadCredential=redis-password:/etc/pricewatch/redis.pw
ExecStart=/srv/pricewatch/.venv/bin/pricewatch daemon
Restart=always

[Install]
WantedBy=multi-user.target
''', None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH")

s = telegram()
add("procfile/token-on-command-line", "Procfile", f'''web: gunicorn tinyforms.wsgi --log-file -
worker: python -m tg_reminder run --token {s}
release: python manage.py migrate --noinput
''' + "clock: python -m tinyforms.clock\nbeat: celery -A tinyforms beat -l info\n", s, "https://devcenter.heroku.com/articles/procfile")

s = pypi()
add("makefile/twine-password", "Makefile", f'''.PHONY: test build release clean

PY ?= python3

test:
\t$(PY) -m pytest -q

build: clean
\t$(PY) -m build

release: build
\t$(PY) -m twine upload --username __token__ --password {s} dist/*

clean:
\trm -rf build dist *.egg-info
''', s, "https://www.gnu.org/software/make/manual/make.html")

add("makefile/decoy-env-password", "docs/Makefile", '''SPHINXOPTS    ?=
SPHINXBUILD   ?= sphinx-build
SOURCEDIR     = .
BUILDDIR      = _build

.PHONY: html upload

html:
\t@$(SPHINXBUILD) -M html "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS)

upload: html
\tlftp -u "$(DOCS_FTP_USER),$(DOCS_FTP_PASSWORD)" -e "mirror -R _build/html /www; bye" ftp.pnguyen.dev
''', None, "https://www.gnu.org/software/make/manual/make.html")

s = words_pw()
add("shell/mysql-command-line", "scripts/backup_db.sh", f'''#!/bin/sh
# nightly backup, run by cron on the bastion
set -e
STAMP=$(date +%Y%m%d)
mysqldump -h 10.20.4.17 -u backup -p'{s}' --single-transaction shop | gzip > /backups/shop-$STAMP.sql.gz
find /backups -name 'shop-*.sql.gz' -mtime +14 -delete
''', s, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

s = redis_pw()
add("shell/redis-cli-auth", "scripts/flush_cache.sh", f'''#!/usr/bin/env bash
set -euo pipefail
HOST=${{1:-cache.internal.pricewatch.io}}
echo "flushing price cache on $HOST"
redis-cli -h "$HOST" -p 6379 -a {s} --no-auth-warning --scan --pattern 'price:*' \\
  | xargs -r -n 100 redis-cli -h "$HOST" -a {s} --no-auth-warning DEL
''', s, "https://redis.io/docs/latest/develop/tools/cli/")

s = rnd(20, ALNUM)
add("shell/curl-user-option", "scripts/trigger_build.sh", f'''#!/bin/bash
# trigger the docs build on the Jenkins box after a release
JOB=tinyforms-docs
curl -fsS -X POST \\
  --user "release-bot:{s}" \\
  "https://ci.kestrel-systems.com/job/$JOB/buildWithParameters?TAG=$1"
echo "queued $JOB for $1"
''', s, "https://curl.se/docs/manpage.html#-u")

add("shell/decoy-read-from-pass", "scripts/release.sh", '''#!/usr/bin/env bash
set -euo pipefail
export TWINE_USERNAME=__token__
export TWINE_PASSWORD="$(pass show pypi/tinyscrape)"
python -m build
twine check dist/*
twine upload dist/*
''', None, "https://www.passwordstore.org/")

s = words_pw().replace("!", "-")
add("bash-history/psql-password", "tmp/home/.bash_history", f'''cd ~/src/ledger
git pull
source .venv/bin/activate
PGPASSWORD={s} psql -h pg-prod-1.ledger.internal -U ledger_owner ledger
alembic upgrade head
pytest -q
exit
''', s, "https://www.postgresql.org/docs/current/libpq-envars.html")

s = rnd(22, ALNUM)
add("pgpass/password", "deploy/.pgpass", f'''# hostname:port:database:username:password
pg-prod-1.ledger.internal:5432:ledger:ledger_owner:{s}
pg-replica.ledger.internal:5432:*:reporting:*
localhost:5432:*:postgres:
# chmod 0600 ~/.pgpass or libpq ignores this file
''', s, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

s = words_pw()
add("my-cnf/client-password", "deploy/mysql/.my.cnf", f'''[client]
user=backup
password="{s}"
host=10.20.4.17

[mysqldump]
single-transaction
quick
''', s, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

s = redis_pw()
add("redis-conf/requirepass", "deploy/redis/redis.conf", f'''bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
appendonly yes
appendfsync everysec
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass {s}
''', s, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

s = redis_pw()
add("redis-acl/user-password", "deploy/redis/users.acl", f'''user default off
user worker on >{s} ~rl:* ~price:* +@read +@write -@dangerous
user monitor on nopass ~* +info +ping
user replica-reader off resetchannels -@all
user healthcheck on nopass ~health:* +ping +get
''', s, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

add("redis-acl/decoy-sha256-hashed", "deploy/redis/users-hashed.acl", f'''user default off
user healthcheck on nopass ~health:* +ping
user worker on #{sha256('worker-pw-' + str(seed()))} ~rl:* ~price:* +@read +@write
user admin on #{sha256('admin-pw-' + str(seed()))} ~* +@all
user monitor on nopass ~* +info +ping
''', None, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules")

s = rnd(32, ALNUM)
add("rclone-conf/webdav-pass", "backup/rclone.conf", f'''[nextcloud]
type = webdav
url = https://cloud.quietforest.org/remote.php/dav/files/backup/
vendor = nextcloud
user = backup
bearer_token = {s}

[local-cache]
type = alias
remote = /var/cache/backup
''', s, "https://rclone.org/webdav/")

kid, sec = aws_id(), aws_secret()
add("s3cfg/secret-key", "tools/.s3cfg", f'''[default]
access_key = {kid}
secret_key = {sec}
host_base = s3.eu-central-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-central-1.amazonaws.com
use_https = True
signature_v2 = False
''', sec, "https://s3tools.org/kb/item14.htm")

s = url_safe(words_pw())
add("pip-conf/index-url-password", "ci/pip.conf", f'''[global]
index-url = https://ci-pip:{s}@artifactory.bluefin-tech.net/api/pypi/pypi-remote/simple
trusted-host = artifactory.bluefin-tech.net
timeout = 60

[install]
no-warn-script-location = true
''', s, "https://pip.pypa.io/en/stable/topics/configuration/")

s = rnd(20, ALNUM + "_-", "gldt-")
add("requirements-txt/index-url-token", "requirements.txt", f'''--extra-index-url https://gitlab+deploy-token-112:{s}@gitlab.kestrel-systems.com/api/v4/projects/112/packages/pypi/simple
requests==2.32.3
beautifulsoup4==4.12.3
kestrel-common==3.4.0
rq==1.16.2
redis==5.0.8
''', s, "https://pip.pypa.io/en/stable/reference/requirements-file-format/")

add("requirements-txt/decoy-hashes", "requirements/prod.txt", f'''# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements/prod.in
certifi==2024.8.30 \\
    --hash=sha256:{sha256('c1')} \\
    --hash=sha256:{sha256('c2')}
    # via requests
idna==3.10 \\
    --hash=sha256:{sha256('i1')}
    # via requests
requests==2.32.3 \\
    --hash=sha256:{sha256('r1')}
    # via -r requirements/prod.in
''', None, "https://pip-tools.readthedocs.io/en/stable/#using-hashes")

s = gh()
add("requirements-txt/git-url-token", "requirements/git.txt", f'''# private forks
git+https://{s}@github.com/kestrel-systems/scrapy-playwright-fork.git@v0.0.41-k1#egg=scrapy-playwright
git+https://github.com/pnguyen/tinyscrape.git@1.4.2
lxml>=5
parsel>=1.9
w3lib>=2.1
''', s, "https://pip.pypa.io/en/stable/topics/vcs-support/")

s = rnd(24, ALNUM)
add("pipfile/source-url-password", "Pipfile", f'''[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://deploy:{s}@pypi.kestrel-systems.com/simple"
verify_ssl = true
name = "kestrel"

[packages]
requests = "*"
kestrel-common = {{version = "*", index = "kestrel"}}

[dev-packages]
pytest = "*"

[requires]
python_version = "3.11"
''', s, "https://pipenv.pypa.io/en/latest/indexes.html")

add("pipfile/decoy-env-in-source", "services/api/Pipfile", '''[[source]]
url = "https://${KESTREL_PYPI_USER}:${KESTREL_PYPI_PASSWORD}@pypi.kestrel-systems.com/simple"
verify_ssl = true
name = "kestrel"

[packages]
fastapi = "*"
kestrel-common = {version = "*", index = "kestrel"}

[requires]
python_version = "3.12"
''', None, "https://pipenv.pypa.io/en/latest/credentials.html")

add("poetry-lock/decoy-hashes", "poetry.lock", f'''# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "anyio"
version = "4.6.0"
description = "High level compatibility layer for multiple asynchronous event loop implementations"
optional = false
python-versions = ">=3.9"
files = [
    {{file = "anyio-4.6.0-py3-none-any.whl", hash = "sha256:{sha256('a1')}"}},
    {{file = "anyio-4.6.0.tar.gz", hash = "sha256:{sha256('a2')}"}},
]

[[package]]
name = "httpx"
version = "0.27.2"
description = "The next generation HTTP client."
optional = false
python-versions = ">=3.8"
files = [
    {{file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:{sha256('h1')}"}},
    {{file = "httpx-0.27.2.tar.gz", hash = "sha256:{sha256('h2')}"}},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.9"
content-hash = "{sha256('content')}"
''', None, "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock")

# ---------------------------------------------------------------- more carriers: logs, IDE files, serverless, sessions
s = telegram()
add("log/httpx-logs-bot-url", "logs/bot-2024-11-02.log", f'''2024-11-02 07:00:01,114 INFO apscheduler.scheduler: Scheduler started
2024-11-02 07:00:01,320 INFO httpx: HTTP Request: POST https://api.telegram.org/bot{s}/getMe "HTTP/1.1 200 OK"
2024-11-02 07:00:01,322 INFO telegram.ext.Application: Application started
2024-11-02 07:00:11,508 INFO httpx: HTTP Request: POST https://api.telegram.org/bot{s}/getUpdates "HTTP/1.1 200 OK"
2024-11-02 07:00:21,733 INFO httpx: HTTP Request: POST https://api.telegram.org/bot{s}/getUpdates "HTTP/1.1 200 OK"
2024-11-02 07:00:24,019 INFO tg_reminder.jobs: scheduled job 41 for chat 118233019 at 07:10
''', s, "https://github.com/python-telegram-bot/python-telegram-bot/wiki/Frequently-Asked-Questions#why-do-i-see-my-bot-token-in-the-logs")

s = telegram()
add("ipynb/telegram-token-in-log-output", "notebooks/.ipynb_checkpoints/bot_debug-checkpoint.ipynb", notebook([
    md_cell("debug why the bot stops polling"),
    code_cell("import logging, asyncio\nlogging.basicConfig(level=logging.INFO)\nfrom tg_reminder.app import build\napp = build()\nawait app.bot.get_me()",
              [{"name": "stderr", "output_type": "stream", "text": [f"INFO:httpx:HTTP Request: POST https://api.telegram.org/bot{s}/getMe \"HTTP/1.1 200 OK\"\n"]},
               {"data": {"text/plain": ["User(first_name='Reminder demo', id=7012346601, is_bot=True, username='reminder_demo_bot')"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}]),
]), s, "https://nbformat.readthedocs.io/en/latest/format_description.html")

s = discord_bot()
add("idea-workspace-xml/run-config-env", ".idea/workspace.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager" selected="Python.bot">
    <configuration name="bot" type="PythonConfigurationType" factoryName="Python">
      <module name="dicebot" />
      <option name="INTERPRETER_OPTIONS" value="" />
      <option name="PARENT_ENVS" value="true" />
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="DISCORD_TOKEN" value="{s}" />
      </envs>
      <option name="SDK_HOME" value="$PROJECT_DIR$/.venv/bin/python" />
      <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
      <option name="SCRIPT_NAME" value="dicebot" />
      <option name="MODULE_MODE" value="true" />
    </configuration>
  </component>
  <component name="PropertiesComponent">
    <property name="last_opened_file_path" value="$PROJECT_DIR$" />
  </component>
</project>
''', s, "https://www.jetbrains.com/help/pycharm/run-debug-configuration-python.html")

s = slack_bot()
add("vscode-launch-json/env-token", ".vscode/launch.json", json.dumps({
    "version": "0.2.0",
    "configurations": [{"name": "standup bot", "type": "debugpy", "request": "launch", "module": "standup_bot.app",
                        "env": {"SLACK_BOT_TOKEN": s, "LOG_LEVEL": "debug"}, "justMyCode": True}],
}, indent=4) + "\n", s, "https://code.visualstudio.com/docs/python/debugging#_env")

add("vscode-launch-json/decoy-envfile", "tools/vscode/launch.json", json.dumps({
    "version": "0.2.0",
    "configurations": [{"name": "bot", "type": "debugpy", "request": "launch", "module": "weatherbot.bot",
                        "envFile": "${workspaceFolder}/.env", "env": {"TELEGRAM_BOT_TOKEN": "${env:TELEGRAM_BOT_TOKEN}"}}],
}, indent=4) + "\n", None, "https://code.visualstudio.com/docs/python/environments#_environment-variable-definitions-file")

s = gh()
add("devcontainer-json/container-env", ".devcontainer/devcontainer.json", json.dumps({
    "name": "changelog-gen",
    "image": "mcr.microsoft.com/devcontainers/python:3.12",
    "postCreateCommand": "pip install -e .[dev]",
    "containerEnv": {"GITHUB_TOKEN": s, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    "customizations": {"vscode": {"extensions": ["ms-python.python", "charliermarsh.ruff"]}},
}, indent=2) + "\n", s, "https://containers.dev/implementors/json_reference/")

add("devcontainer-json/decoy-localenv", "tools/devcontainer/devcontainer.json", json.dumps({
    "name": "lumen-sdk",
    "image": "mcr.microsoft.com/devcontainers/python:3.11",
    "remoteEnv": {"LUMEN_API_KEY": "${localEnv:LUMEN_API_KEY}", "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}"},
    "features": {"ghcr.io/devcontainers/features/github-cli:1": {}},
    "postCreateCommand": "pip install -e .[test]",
}, indent=2) + "\n", None, "https://containers.dev/implementors/json_reference/#variables-in-devcontainerjson")

s = telegram()
add("serverless-yml/telegram-token", "serverless.yml", f'''service: tg-weatherbot
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: eu-central-1
  environment:
    TELEGRAM_TOKEN: "{s}"
    FORECAST_UNITS: metric

functions:
  webhook:
    handler: handler.webhook
    events:
      - httpApi:
          path: /webhook
          method: post

plugins:
  - serverless-python-requirements
''', s, "https://www.serverless.com/framework/docs/providers/aws/guide/variables")

add("serverless-yml/decoy-ssm-ref", "bots/serverless.yml", '''service: tg-pricebot
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.12
  environment:
    TELEGRAM_TOKEN: ${ssm:/tg-pricebot/telegram-token}
    REDIS_URL: ${env:REDIS_URL}
functions:
  webhook:
    handler: handler.webhook
    events:
      - httpApi: {path: /webhook, method: post}
''', None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

s = words_pw()
add("zappa-settings-json/env-db-password", "zappa_settings.json", json.dumps({
    "production": {"app_function": "linkshort.app.app", "aws_region": "us-east-1", "profile_name": "default",
                   "project_name": "linkshort", "runtime": "python3.11", "s3_bucket": "zappa-linkshort-prod",
                   "environment_variables": {"DB_HOST": "linkshort.cluster-c3x9q.us-east-1.rds.amazonaws.com", "DB_PASSWORD": s}},
}, indent=4) + "\n", s, "https://github.com/zappa/Zappa#setting-environment-variables")

s = telegram()
add("gae-app-yaml/env-token", "app.yaml", f'''runtime: python312
entrypoint: gunicorn -b :$PORT main:app
instance_class: F1

env_variables:
  BOT_TOKEN: "{s}"
  WEBHOOK_PATH: "/hook"

automatic_scaling:
  max_instances: 2
''', s, "https://cloud.google.com/appengine/docs/standard/reference/app-yaml#runtime_and_app_elements")

s = rnd(32, HEX)
add("fly-toml/env-secret", "fly.toml", f'''app = "pricewatch-api"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  SCRAPERAPI_KEY = "{s}"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
''', s, "https://fly.io/docs/reference/configuration/#the-env-variables-section")

add("fly-toml/decoy-no-secrets", "deploy/fly/fly.toml", '''app = "tg-reminder"
primary_region = "fra"

[env]
  TZ = "Europe/Amsterdam"
  LOG_LEVEL = "info"
# the bot token is set with: fly secrets set TG_REMINDER_TOKEN=...

[[vm]]
  memory = "256mb"
''', None, "https://fly.io/docs/apps/secrets/")

s = rnd(32, HEX)
add("telethon/api-hash", "src/channel_archiver/client.py", f'''"""Archive a public Telegram channel's messages to SQLite with Telethon."""
from telethon import TelegramClient

API_ID = 2849117
API_HASH = "{s}"

client = TelegramClient("archiver", API_ID, API_HASH)


async def archive(channel: str, db) -> int:
    count = 0
    async for msg in client.iter_messages(channel, reverse=True):
        db.execute("INSERT OR IGNORE INTO messages VALUES (?, ?, ?)", (msg.id, msg.date.isoformat(), msg.text))
        count += 1
    return count
''', s, "https://docs.telethon.dev/en/stable/basic/signing-in.html")

add("telethon/decoy-docs-example", "docs/signing_in.md", '''# Signing in

Get an `api_id` and `api_hash` at https://my.telegram.org, under *API development tools*.

```python
from telethon import TelegramClient

# Use your own values from my.telegram.org
api_id = 12345
api_hash = '0123456789abcdef0123456789abcdef'
client = TelegramClient('anon', api_id, api_hash)
```

The first run asks for your phone number and the login code.
''', None, "https://docs.telethon.dev/en/stable/basic/signing-in.html")

s = "1" + rnd(350, ALNUM + "_-") + "="
add("telethon/string-session", "src/channel_archiver/session.py", f'''from telethon import TelegramClient
from telethon.sessions import StringSession

from .client import API_HASH, API_ID

# exported once with StringSession.save(client.session) so the CI job needs no login
SESSION = StringSession(
    "{s}"
)

ci_client = TelegramClient(SESSION, API_ID, API_HASH)
''', s, "https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions")

cid, s = rnd(22, ALNUM + "_-"), rnd(30, ALNUM + "_-")
add("praw-ini/client-secret", "praw.ini", f'''[DEFAULT]
check_for_updates=False
comment_kind=t1
message_kind=t4
oauth_url=https://oauth.reddit.com
reddit_url=https://www.reddit.com

[subredditstats]
client_id={cid}
client_secret={s}
user_agent=python:subredditstats:v0.3 (by /u/pnguyen_dev)
''', s, "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html")

s = "AAAAAAAAAAAAAAAAAAAAA" + rnd(20, ALNUM) + "%3D" + rnd(50, ALNUM)
add("python/twitter-bearer-token", "src/tweetsearch/api.py", f'''import tweepy

client = tweepy.Client(
    bearer_token="{s}",
    wait_on_rate_limit=True,
)


def search(query: str, limit: int = 100):
    return client.search_recent_tweets(query=query, max_results=min(limit, 100), tweet_fields=["created_at", "lang"])
''', s, "https://docs.tweepy.org/en/stable/authentication.html#twitter-api-v2")

s = base64.urlsafe_b64encode(random.Random(seed()).randbytes(32)).decode()
add("python/fernet-key-literal", "src/vaultlite/crypto.py", f'''"""Encrypt stored API credentials at rest."""
from cryptography.fernet import Fernet

_FERNET = Fernet(b"{s}")


def seal(value: str) -> bytes:
    return _FERNET.encrypt(value.encode())


def unseal(token: bytes) -> str:
    return _FERNET.decrypt(token).decode()
''', s, "https://cryptography.io/en/latest/fernet/")

s = rnd(48, ALNUM)
add("python/jwt-signing-secret", "src/linkshort/auth.py", f'''import datetime as dt

import jwt

JWT_ALGORITHM = "HS256"


def issue(user_id: int) -> str:
    payload = {{"sub": str(user_id), "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=12)}}
    return jwt.encode(payload, "{s}", algorithm=JWT_ALGORITHM)


def verify(token: str) -> dict:
    return jwt.decode(token, "{s}", algorithms=[JWT_ALGORITHM])
''', s, "https://pyjwt.readthedocs.io/en/stable/usage.html")

s = telegram()
enc = base64.b64encode(s.encode()).decode()
add("python/base64-obfuscated-token", "bot/secrets.py", f'''import base64

# not in plain text so GitHub doesn't flag it
_T = "{enc}"

TOKEN = base64.b64decode(_T).decode()
ADMIN_CHAT = 118233019
''', s, "Bot authors' obfuscation seen in public repositories")

s = discord_bot()
parts = [s[i:i + 20] for i in range(0, len(s), 20)]
add("python/token-joined-from-parts", "cogs/config.py", '''"""Bot settings."""
PREFIX = "?"
OWNER_ID = 402155370113236993

TOKEN = "".join([
''' + "".join(f'    "{p}",\n' for p in parts) + ''' ])

COGS = ["cogs.music", "cogs.moderation", "cogs.fun"]
''', s, "https://discordpy.readthedocs.io/en/stable/ext/commands/cogs.html")

s = words_pw()
add("python/odbc-connection-string-split", "src/etl/mssql.py", f'''import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER=sql-prod-02.corp.fieldnotes.dev,1433;"
    "DATABASE=Warehouse;"
    "UID=etl_loader;"
    "PWD={s[:6]}"
    "{s[6:]};"
    "Encrypt=yes;TrustServerCertificate=no;"
)


def connect():
    return pyodbc.connect(CONN_STR, autocommit=False)
''', s, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

s = words_pw()
add("python/psycopg-keyword-dsn", "src/ledger/db.py", f'''import psycopg

DSN = "host=pg-prod-1.ledger.internal port=5432 dbname=ledger user=ledger_app password={s} sslmode=require"


def fetch_balance(account_id: int) -> int:
    with psycopg.connect(DSN) as conn:
        row = conn.execute("SELECT balance FROM accounts WHERE id = %s", (account_id,)).fetchone()
        return row[0] if row else 0
''', s, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-KEYWORD-VALUE")

s = rnd(20, ALNUM)
add("python/aiohttp-basic-auth", "src/scrapekit/fetch.py", f'''import aiohttp

PROXY = "http://gate.smartproxy.com:7000"
PROXY_AUTH = aiohttp.BasicAuth("sp_user_81233", "{s}")


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, proxy=PROXY, proxy_auth=PROXY_AUTH, timeout=aiohttp.ClientTimeout(total=30)) as resp:
        resp.raise_for_status()
        return await resp.text()
''', s, "https://docs.aiohttp.org/en/stable/client_advanced.html#proxy-support")

s = redis_pw()
add("celeryconfig/broker-url", "celeryconfig.py", f'''broker_url = "redis://:{s}@10.0.3.21:6379/0"
result_backend = "redis://:{s}@10.0.3.21:6379/1"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
enable_utc = True
task_routes = {{"tinyforms.tasks.send_email": {{"queue": "mail"}}}}
''', s, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

s = django_key()
add("gunicorn-conf/raw-env-secret", "gunicorn.conf.py", f'''bind = "0.0.0.0:8000"
workers = 3
worker_class = "gthread"
threads = 4
timeout = 60
accesslog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=mysite.settings.prod",
    "DJANGO_SECRET_KEY={s}",
]
''', s, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

s = rnd(32, HEX)
add("scrapy-settings/zyte-api-key", "pricescraper/settings.py", f'''BOT_NAME = "pricescraper"
SPIDER_MODULES = ["pricescraper.spiders"]
NEWSPIDER_MODULE = "pricescraper.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 0.5

ADDONS = {{"scrapy_zyte_api.Addon": 500}}
ZYTE_API_KEY = "{s}"

ITEM_PIPELINES = {{"pricescraper.pipelines.PostgresPipeline": 300}}
FEED_EXPORT_ENCODING = "utf-8"
''', s, "https://github.com/scrapy-plugins/scrapy-zyte-api#quick-start")

s = words_pw()
add("scrapy-cfg/scrapyd-deploy-password", "scrapy.cfg", f'''# Automatically created by: scrapy startproject
[settings]
default = pricescraper.settings

[deploy:prod]
url = https://scrapyd.kestrel-systems.com/
project = pricescraper
username = deployer
password = {s}
''', s, "https://scrapyd-client.readthedocs.io/en/latest/deploy.html#targets")

s = rnd(32, HEX)
add("scrapinghub-yml/apikey", "scrapinghub.yml", f'''projects:
  default: 612345
  staging: 612399
apikeys:
  default: {s}
requirements:
  file: requirements.txt
stacks:
  default: scrapy:2.11
''', s, "https://shub.readthedocs.io/en/stable/configuration.html")

s = pypi()
add("hatch-config/publish-auth", "tmp/home/.config/hatch/config.toml", f'''mode = "local"
shell = ""

[dirs]
project = ["~/src"]
env = {{ virtual = ".venv" }}

[publish.index]
repo = "main"
user = "__token__"
auth = "{s}"

[template]
name = "Marta Kowalski"
email = "marta@kowalski.dev"
''', s, "https://hatch.pypa.io/latest/config/hatch/#publishing")

s = words_pw()
add("poetry-auth-toml/http-basic", "tmp/home/.config/pypoetry/auth.toml", f'''# written by: poetry config http-basic.lumen-private ci-reader <password>
[http-basic.lumen-private]
username = "ci-reader"
password = "{s}"

[pypi-token]
''', s, "https://python-poetry.org/docs/repositories/#configuring-credentials")

s = rnd(24, ALNUM)
add("pyproject/pdm-source-password", "apps/dash/pyproject.toml", f'''[project]
name = "dash-app"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["dash>=2.17", "pandas", "kestrel-common"]

[[tool.pdm.source]]
name = "kestrel"
url = "https://pypi.kestrel-systems.com/simple"
username = "pdm-reader"
password = "{s}"
verify_ssl = true

[tool.pdm.scripts]
start = "python -m dash_app"
''', s, "https://pdm-project.org/latest/usage/config/#configure-the-package-indexes")

s = rnd(40, ALNUM)
add("condarc/channel-token", ".condarc", f'''channels:
  - https://conda.anaconda.org/t/{s}/kestrel
  - conda-forge
channel_priority: strict
auto_activate_base: false
always_yes: true
show_channel_urls: true
''', s, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-tokens/")

kid, sec = aws_id(), aws_secret()
add("envrc/aws-secret", ".envrc", f'''# direnv: loaded when you cd into the repo
layout python3
export AWS_ACCESS_KEY_ID={kid}
export AWS_SECRET_ACCESS_KEY={sec}
export AWS_REGION=eu-central-1
export S3SYNC_BUCKET=s3sync-artifacts
''', sec, "https://direnv.net/man/direnv-stdlib.1.html")

add("envrc/decoy-profile", "tools/.envrc", '''# direnv for the tools/ folder
source_up
dotenv_if_exists .env.local
export AWS_PROFILE=sso-dev
export AWS_SDK_LOAD_CONFIG=1
layout python3
''', None, "https://direnv.net/man/direnv-stdlib.1.html")

s = django_key()
add("flaskenv/secret-key", ".flaskenv", f'''FLASK_APP=app:create_app
FLASK_DEBUG=0
FLASK_RUN_PORT=5050
FLASK_SECRET_KEY={s}
FLASK_SQLALCHEMY_DATABASE_URI=sqlite:///notes.db
''', s, "https://flask.palletsprojects.com/en/3.0.x/cli/#environment-variables-from-dotenv")

s = gh()
add("git-config/remote-url-token", "pricewatch-1.2.0/.git/config", f'''[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
\tlogallrefupdates = true
[remote "origin"]
\turl = https://mkowalski:{s}@github.com/mkowalski/pricewatch.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
''', s, "https://git-scm.com/docs/git-config#_syntax")

add("git-config/decoy-packed-refs", "pricewatch-1.2.0/.git/packed-refs", "# pack-refs with: peeled fully-peeled sorted \n" + "".join(
    f"{hashlib.sha1(ref.encode()).hexdigest()} refs/{ref}\n" for ref in ["heads/main", "remotes/origin/main", "remotes/origin/fix/502", "tags/v1.1.0", "tags/v1.2.0"]),
    None, "https://git-scm.com/docs/git-pack-refs")

s = words_pw()
add("jenkinsfile/sh-password", "Jenkinsfile", f'''pipeline {{
    agent {{ docker {{ image 'python:3.12' }} }}
    stages {{
        stage('Test') {{
            steps {{
                sh 'pip install -e .[test] && pytest -q'
            }}
        }}
        stage('Publish') {{
            when {{ buildingTag() }}
            steps {{
                sh 'pip install build twine && python -m build'
                sh 'twine upload --repository-url https://nexus.kestrel-systems.com/repository/pypi-internal/ -u release-bot -p "{s}" dist/*'
            }}
        }}
    }}
}}
''', s, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

s = rnd(32, ALNUM)
add("bitbucket-pipelines/docker-login", "bitbucket-pipelines.yml", f'''image: python:3.12

pipelines:
  tags:
    'v*':
      - step:
          name: build and push image
          services: [docker]
          script:
            - docker login -u kestrelci -p {s}
            - docker build -t kestrelci/pricewatch:$BITBUCKET_TAG .
            - docker push kestrelci/pricewatch:$BITBUCKET_TAG
''', s, "https://support.atlassian.com/bitbucket-cloud/docs/run-docker-commands-in-bitbucket-pipelines/")

s = telegram()
add("crontab/curl-telegram", "deploy/crontab", f'''SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
# m h dom mon dow command
*/30 * * * * cd /srv/pricewatch && .venv/bin/pricewatch scan --all >> /var/log/pricewatch/scan.log 2>&1
0 6 * * * curl -s "https://api.telegram.org/bot{s}/sendMessage" -d chat_id=118233019 -d text="pricewatch alive" > /dev/null
15 3 * * 0 /srv/pricewatch/scripts/backup_db.sh
''', s, "https://man7.org/linux/man-pages/man5/crontab.5.html")

s = words_pw()
add("sqlite-dump/settings-table", "data/bot_state.sql", f'''PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO settings VALUES('poll_interval','30');
INSERT INTO settings VALUES('imap_host','imap.fastmail.com');
INSERT INTO settings VALUES('imap_user','alerts@pricewatch.dev');
INSERT INTO settings VALUES('imap_password','{s}');
CREATE TABLE seen (msg_id TEXT PRIMARY KEY, ts INTEGER);
COMMIT;
''', s, "https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file")

s = discord_bot()
add("json/discord-bot-config", "config.json", json.dumps({
    "token": s, "prefix": "!", "owner_ids": [402155370113236993],
    "status": {"type": "watching", "text": "!help"},
    "colors": {"ok": "0x2ecc71", "error": "0xe74c3c"},
}, indent=4) + "\n", s, "https://discordpy.readthedocs.io/en/stable/discord.html")

s = "xapp-1-A" + rnd(10, string.ascii_uppercase + string.digits) + "-" + rnd(13, string.digits) + "-" + rnd(64, HEX)
add("dotenv/slack-app-token", "standup-bot/.env", f'''SLACK_APP_TOKEN={s}
SLACK_CHANNEL=#standup
STANDUP_TIME=09:30
TZ=Europe/Berlin
LOG_LEVEL=INFO
''', s, "https://api.slack.com/concepts/token-types#app-level")

s = rnd(32, HEX)
add("python/slack-signing-secret", "src/standup_bot/settings.py", f'''"""Settings for the HTTP (Events API) mode of the standup bot."""
SLACK_SIGNING_SECRET = "{s}"
SLACK_CLIENT_ID = "4816243101.6012345678901"
PORT = 3000
STANDUP_CHANNEL = "#standup"
REMIND_AFTER_MINUTES = 45
''', s, "https://api.slack.com/authentication/verifying-requests-from-slack")

s = rnd(30, ALNUM)
add("html/built-docs-token", "docs/_build/html/quickstart.html", f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Quickstart &#8212; lumen-sdk 2.3.1 documentation</title>
  <link rel="stylesheet" href="_static/pygments.css" type="text/css" />
</head>
<body>
<section id="quickstart">
<h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">from</span> <span class="nn">lumen</span> <span class="kn">import</span> <span class="n">Client</span>
<span class="n">client</span> <span class="o">=</span> <span class="n">Client</span><span class="p">(</span><span class="n">api_key</span><span class="o">=</span><span class="s2">&quot;lmn_live_{s}&quot;</span><span class="p">)</span>
<span class="n">client</span><span class="o">.</span><span class="n">events</span><span class="o">.</span><span class="n">list</span><span class="p">()</span>
</pre></div></div>
</section>
</body>
</html>
''', "lmn_live_" + s, "https://www.sphinx-doc.org/en/master/usage/builders/index.html#sphinx.builders.html.StandaloneHTMLBuilder")

s = url_safe(words_pw())
add("uwsgi-ini/env-database-url", "deploy/uwsgi.ini", f'''[uwsgi]
module = linkshort.wsgi:application
master = true
processes = 4
socket = /run/linkshort/uwsgi.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=mysite.settings.prod
env = DATABASE_URL=postgres://linkshort:{s}@127.0.0.1:5432/linkshort
''', s, "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env")

s = url_safe(words_pw())
add("odbc-ini/dsn-password", "deploy/odbc.ini", f'''[Warehouse]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql-prod-02.corp.fieldnotes.dev,1433
Database    = Warehouse
UID         = etl_loader
PWD         = {s}
Encrypt     = yes
''', s, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

kid, sec = aws_id(), aws_secret()
add("boto-cfg/credentials", "tools/.boto", f'''[Credentials]
aws_access_key_id = {kid}
aws_secret_access_key = {sec}

[Boto]
debug = 0
num_retries = 5
''', sec, "https://boto.cloudhackers.com/en/latest/boto_config_tut.html")

s = rnd(64, HEX)
add("sentryclirc/auth-token", ".sentryclirc", f'''[defaults]
url = https://sentry.io/
org = kestrel-systems
project = pricewatch

[auth]
token = {s}
''', s, "https://docs.sentry.io/cli/configuration/#configuration-file")

s = redis_pw()
add("ansible-vars/redis-password", "deploy/ansible/group_vars/cache.yml", f'''---
redis_version: "7.2"
redis_bind: 0.0.0.0
redis_port: 6379
redis_maxmemory: 1gb
redis_requirepass: "{s}"
redis_appendonly: "yes"
''', s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

s = rnd(34, ALNUM)
add("nox/session-env-token", "noxfile.py", f'''import nox


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def integration(session):
    session.install("-e", ".[test]")
    session.env["LUMEN_API_KEY"] = "lmn_live_{s}"
    session.run("pytest", "tests/integration", "-m", "live")
''', "lmn_live_" + s, "https://nox.thea.codes/en/stable/usage.html")

# ---------------------------------------------------------------- decoys projects really hold
add("python/decoy-slack-sdk-doc-token", "tests/test_slack_client.py", '''import pytest
from slack_sdk import WebClient

from standup_bot.app import build_client


@pytest.fixture
def client(mock_slack_api_server):
    # the placeholder the slack_sdk docs and tests use
    return WebClient(token="xoxb-not-a-real-token-this-will-not-work", base_url=mock_slack_api_server)


def test_post(client):
    resp = client.chat_postMessage(channel="#standup", text="hi")
    assert resp["ok"]
''', None, "https://github.com/slackapi/python-slack-sdk")

add("python/decoy-redaction-patterns", "src/scrapekit/redact.py", '''"""Mask credentials in logged URLs and headers before they reach the log file."""
import re

PATTERNS = [
    re.compile(r"(https://api\\.telegram\\.org/bot)\\d+:[A-Za-z0-9_-]{35}"),
    re.compile(r"xox[abposr]-[0-9A-Za-z-]{10,}"),
    re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"(?i)(authorization:\\s*)(bearer|basic)\\s+\\S+"),
]


def redact(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() and m.group(1) and m.group(1).startswith("http") else "") + "***", text)
    return text
''', None, PY)

add("python/decoy-redaction-tests", "tests/test_redact.py", '''from scrapekit.redact import redact


def test_masks_bot_url():
    line = "POST https://api.telegram.org/bot000000000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/getMe"
    assert "XXXX" not in redact(line)


def test_masks_slack():
    assert redact("token=xoxb-0000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx") == "token=***"


def test_masks_header():
    assert redact("Authorization: Bearer <redacted-in-fixture>").endswith("***")
''', None, PY)

add("python/decoy-pydantic-secretstr", "src/lumen/config.py", '''from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LUMEN_", env_file=".env")

    api_key: SecretStr
    api_base: str = "https://api.lumenanalytics.io/v2"
    timeout: float = 30.0
    redis_url: str = Field(default="redis://localhost:6379/0")


settings = Settings()  # type: ignore[call-arg]
''', None, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

add("python/decoy-docstring-placeholder", "src/lumen/client.py", '''"""Client for the Lumen analytics API.

Example::

    >>> from lumen import Client
    >>> client = Client(api_key="YOUR_API_KEY")
    >>> client.events.list(limit=10)
"""
import httpx


class Client:
    def __init__(self, api_key: str, base_url: str = "https://api.lumenanalytics.io/v2"):
        self._http = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {api_key}"})

    def get(self, path: str, **params) -> dict:
        resp = self._http.get(path, params=params)
        resp.raise_for_status()
        return resp.json()
''', None, PY)

add("python/decoy-fernet-generated", "tests/test_crypto.py", '''from cryptography.fernet import Fernet

from vaultlite import crypto


def test_roundtrip(monkeypatch):
    monkeypatch.setattr(crypto, "_FERNET", Fernet(Fernet.generate_key()))
    sealed = crypto.seal("hello")
    assert crypto.unseal(sealed) == "hello"


def test_tamper_detected(monkeypatch):
    monkeypatch.setattr(crypto, "_FERNET", Fernet(Fernet.generate_key()))
    assert crypto.seal("a") != crypto.seal("a")
''', None, "https://cryptography.io/en/latest/fernet/")

add("python/decoy-moto-testing", "tests/test_s3sync.py", '''import boto3
import pytest
from moto import mock_aws

from s3sync.client import upload


@pytest.fixture
def aws(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        boto3.client("s3", region_name="eu-central-1").create_bucket(
            Bucket="s3sync-artifacts", CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
        yield


def test_upload(aws, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    assert upload(str(f)) == "s3://s3sync-artifacts/a.txt"
''', None, "https://docs.getmoto.org/en/latest/docs/getting_started.html")

add("python/decoy-icon-base64", "src/weatherbot/icons.py", '''"""Tiny PNG icons sent with forecasts (8x8, generated by tools/make_icons.py)."""
import base64

SUN = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAKUlEQVR4nGP8z8Dwn4GBgYGJgYGB4T8DAwMDEwMDAwP"
    "DfwYGBgYGBgBvAAj/XGUj3gAAAABJRU5ErkJggg=="
)
CLOUD = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAJ0lEQVR4nGNgYGD4z8DAwMDEwMDAwMDAwMDAwMDAwMD"
    "AwMDAAAAoAAEPvH6sSgAAAABJRU5ErkJggg=="
)
''', None, "https://www.w3.org/TR/png/")

add("python/decoy-uuid-ids", "src/tracker/constants.py", '''"""Stable identifiers of event kinds (never change them: they are stored)."""
import uuid

NAMESPACE = uuid.UUID("6f1c9b8e-2d4a-4e6b-9c3f-0a7d5e8b1c2f")

EVENT_KINDS = {
    "page_view": "3b2f8d4e-91a6-4c5b-8e7d-2f0c1a9b6d3e",
    "click": "a7c41e92-5f3d-4b8a-9e6c-1d2f0b7a8c94",
    "purchase": "d90e3f6b-7a28-4c1e-b5d4-8f2a6c0e9b17",
}
ANALYTICS_WRITE_KEY_ENV = "TRACKER_WRITE_KEY"
''', None, "https://www.rfc-editor.org/rfc/rfc9562")

add("python/decoy-sha256-test-vectors", "tests/test_hashing.py", '''import hashlib

# FIPS 180-2 test vectors
VECTORS = {
    b"abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    b"": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq": "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
}


def test_vectors():
    for data, digest in VECTORS.items():
        assert hashlib.sha256(data).hexdigest() == digest
''', None, "https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values")

add("python/decoy-semantic-release-env", "tools/release_config.py", '''"""Release settings passed to python-semantic-release (tokens come from CI secrets)."""
import os

REPO = "mkowalski/pricewatch"
GH_TOKEN = os.getenv("GH_TOKEN", "")
PYPI_TOKEN = os.getenv("PYPI_TOKEN") or os.getenv("TWINE_PASSWORD", "")
if not (GH_TOKEN and PYPI_TOKEN):
    raise SystemExit("GH_TOKEN and PYPI_TOKEN must be set")
BRANCHES = {"main": {"match": "main", "prerelease": False}}
''', None, "https://python-semantic-release.readthedocs.io/en/latest/configuration.html")

add("pyproject/decoy-semantic-release", "tools/psr/pyproject.toml", '''[project]
name = "pricewatch"
version = "1.2.0"
requires-python = ">=3.9"

[tool.semantic_release]
version_toml = ["pyproject.toml:project.version"]
build_command = "pip install build && python -m build"
commit_message = "chore(release): {version}"

[tool.semantic_release.remote]
type = "github"
token = { env = "GH_TOKEN" }

[tool.semantic_release.publish]
dist_glob_patterns = ["dist/*"]
upload_to_vcs_release = true
''', None, "https://python-semantic-release.readthedocs.io/en/latest/configuration.html#remote-token")

add("setup-py/decoy-upload-from-env", "tools/legacy_setup.py", '''"""Old release helper kept for reference; `python setup.py upload` reads the token from the env."""
import os
import subprocess
import sys

from setuptools import Command, setup


class Upload(Command):
    user_options = []

    def initialize_options(self):
        pass

    def finalize_options(self):
        pass

    def run(self):
        token = os.environ["PYPI_TOKEN"]
        subprocess.check_call([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", token, "dist/*"])


setup(name="tinyscrape", version="1.4.2", py_modules=["tinyscrape"], cmdclass={"upload": Upload})
''', None, "https://setuptools.pypa.io/en/latest/userguide/extension.html")

add("direct-url-json/decoy-commit", "weatherbot-0.8.3.dist-info/direct_url.json", json.dumps({
    "url": "https://github.com/mkowalski/weatherbot.git",
    "vcs_info": {"vcs": "git", "requested_revision": "v0.8.3", "commit_id": "3f9c2a1d7be04c55a1e9f0d6b2c48e71a5d90c3b"},
    "archive_info": {"hashes": {"sha256": sha256("weatherbot-0.8.3")}},
}, indent=2) + "\n", None, PYPA + "direct-url-data-structure/")

add("wheel/decoy-wheel-metadata", "weatherbot-0.8.3.dist-info/WHEEL", '''Wheel-Version: 1.0
Generator: setuptools (75.1.0)
Root-Is-Purelib: true
Tag: py3-none-any
Build: 1
''', None, PYPA + "binary-distribution-format/#file-contents")

add("entry-points/decoy-token-named-command", "weatherbot-0.8.3.dist-info/entry_points.txt", '''[console_scripts]
weatherbot = weatherbot.bot:main
weatherbot-token-check = weatherbot.cli:check_token

[weatherbot.providers]
openmeteo = weatherbot.providers.openmeteo:Provider
metno = weatherbot.providers.metno:Provider
''', None, PYPA + "entry-points/")

add("sources-txt/decoy-egg-info", "tinyscrape.egg-info/SOURCES.txt", '''.env.example
LICENSE
README.rst
setup.cfg
setup.py
tinyscrape.py
tinyscrape.egg-info/PKG-INFO
tinyscrape.egg-info/SOURCES.txt
tinyscrape.egg-info/dependency_links.txt
tinyscrape.egg-info/requires.txt
tinyscrape.egg-info/top_level.txt
tests/test_secrets_redaction.py
tests/fixtures/credentials.sample.json
''', None, "https://setuptools.pypa.io/en/latest/deprecated/python_eggs.html")

add("pkg-info/decoy-sdist-metadata", "tinyscrape-1.4.2/PKG-INFO", '''Metadata-Version: 2.1
Name: tinyscrape
Version: 1.4.2
Summary: Small helpers for scraping HTML tables
Home-page: https://github.com/pnguyen/tinyscrape
Author: P. Nguyen
License: BSD-3-Clause
Requires-Python: >=3.8
Description-Content-Type: text/x-rst
Requires-Dist: lxml>=4.9
Requires-Dist: requests>=2.25

tinyscrape
==========

Fetch a page and read its tables::

    from tinyscrape import tables
    for table in tables("https://en.wikipedia.org/wiki/List_of_countries_by_population"):
        print(table.head())

Authenticated pages: pass ``auth=("user", os.environ["SITE_PASSWORD"])``.
''', None, PYPA + "core-metadata/")

add("pipfile-lock/decoy-hashes", "Pipfile.lock", json.dumps({
    "_meta": {"hash": {"sha256": sha256("pipfile")}, "pipfile-spec": 6, "requires": {"python_version": "3.11"},
              "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True},
                          {"name": "kestrel", "url": "https://${KESTREL_PYPI_USER}:${KESTREL_PYPI_PASSWORD}@pypi.kestrel-systems.com/simple", "verify_ssl": True}]},
    "default": {"requests": {"hashes": ["sha256:" + sha256("req1"), "sha256:" + sha256("req2")], "index": "pypi", "version": "==2.32.3"}},
    "develop": {},
}, indent=4) + "\n", None, "https://pipenv.pypa.io/en/latest/pipfile.html#pipfile-lock")

add("conda-env/decoy-index-without-credentials", "environment.yml", '''name: pricewatch
channels:
  - conda-forge
  - defaults
dependencies:
  - python=3.11
  - pandas=2.2
  - lxml
  - pip
  - pip:
      - rq==1.16.2
      - "--extra-index-url https://pypi.kestrel-systems.com/simple"
      - kestrel-common==3.4.0
''', None, "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#create-env-file-manually")

add("github-actions/decoy-telegram-action-secrets", ".github/workflows/notify.yml", '''name: notify
on:
  release:
    types: [published]
jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/telegram-action@v1.0.0
        with:
          to: ${{ secrets.TELEGRAM_TO }}
          token: ${{ secrets.TELEGRAM_TOKEN }}
          message: |
            ${{ github.repository }} ${{ github.event.release.tag_name }} released
            ${{ github.event.release.html_url }}
''', None, "https://github.com/appleboy/telegram-action")

add("github-actions/decoy-aws-oidc", ".github/workflows/deploy-docs.yml", '''name: docs
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::482915330764:role/docs-deploy
          aws-region: us-east-1
      - run: pip install -r docs/requirements.txt && sphinx-build docs site
      - run: aws s3 sync site s3://docs.tinyforms.app --delete
''', None, "https://github.com/aws-actions/configure-aws-credentials#oidc")

add("dependabot-yml/decoy-registry-secrets", ".github/dependabot.yml", '''version: 2
registries:
  kestrel-pypi:
    type: python-index
    url: https://pypi.kestrel-systems.com/simple
    username: dependabot
    password: ${{secrets.KESTREL_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [kestrel-pypi]
    schedule:
      interval: weekly
''', None, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

add("codecov-yml/decoy-no-token", "codecov.yml", '''codecov:
  require_ci_to_pass: true
coverage:
  precision: 2
  round: down
  range: "70...100"
  status:
    project:
      default:
        target: auto
        threshold: 1%
comment:
  layout: "reach,diff,flags,files"
''', None, "https://docs.codecov.com/docs/codecovyml-reference")

add("readthedocs-yaml/decoy-build-config", ".readthedocs.yaml", '''version: 2
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
''', None, "https://docs.readthedocs.io/en/stable/config-file/v2.html")

add("renovate-json/decoy-encrypted", "renovate.json", json.dumps({
    "$schema": "https://docs.renovatebot.com/renovate-schema.json",
    "extends": ["config:recommended"],
    "hostRules": [{"matchHost": "pypi.kestrel-systems.com", "hostType": "pypi",
                   "encrypted": {"token": "wcFMA/xDdHCJBTolAQ/+Jt7h0dDqB2YlNqZ8fK3mX1nW7vQ4cS9pL0aR6tE2uY5iO8hG3jD1kF4zX7bV0nM9qA2sW5eR8tY1uI4oP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4eR7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qW3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6n0sBmAQ=="}}],
    "packageRules": [{"matchManagers": ["pip_requirements"], "groupName": "python deps"}],
}, indent=2) + "\n", None, "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets")

add("sonar-properties/decoy-token-from-ci", "sonar-project.properties", '''sonar.projectKey=kestrel_pricewatch
sonar.organization=kestrel
sonar.sources=src
sonar.tests=tests
sonar.python.version=3.11
sonar.python.coverage.reportPaths=coverage.xml
# the token comes from the SONAR_TOKEN secret of the CI job
sonar.host.url=https://sonarcloud.io
''', None, "https://docs.sonarsource.com/sonarqube-cloud/advanced-setup/analysis-parameters/")

add("citation-cff/decoy-doi-orcid", "CITATION.cff", '''cff-version: 1.2.0
message: "If you use this software, please cite it as below."
title: "pricewatch"
version: 1.2.0
doi: 10.5281/zenodo.13981442
date-released: 2024-11-02
authors:
  - family-names: Kowalski
    given-names: Marta
    orcid: "https://orcid.org/0000-0002-1825-0097"
repository-code: "https://github.com/mkowalski/pricewatch"
''', None, "https://citation-file-format.github.io/")

add("po/decoy-password-strings", "src/linkshort/locale/de/LC_MESSAGES/django.po", '''# German translation of linkshort.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: de\\n"

#: linkshort/forms.py:18
msgid "Password"
msgstr "Passwort"

#: linkshort/forms.py:24
msgid "API token"
msgstr "API-Token"

#: linkshort/templates/settings.html:41
msgid "Your secret key has been rotated."
msgstr "Dein geheimer Schlüssel wurde erneuert."
''', None, "https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html")

add("html-template/decoy-login-form", "src/linkshort/templates/registration/login.html", '''{% extends "base.html" %}
{% block content %}
<form method="post" action="{% url 'login' %}">
  {% csrf_token %}
  <label for="id_username">Username</label>
  <input type="text" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit">Log in</button>
</form>
{% endblock %}
''', None, "https://docs.djangoproject.com/en/5.0/topics/auth/default/#all-authentication-views")

add("html/decoy-sri-hashes", "docs/_build/html/index.html", '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>pricewatch 1.2.0 documentation</title>
  <script src="https://cdn.jsdelivr.net/npm/mermaid@10.9.1/dist/mermaid.min.js" integrity="sha384-Bn4GoG1O3Yx4sZ0qG1gR2c1Iu0D0g8vEZjSuu9F8Hq7rF7n3kB1wQpT7dPHx2m0n" crossorigin="anonymous"></script>
  <link rel="stylesheet" href="_static/basic.css?v=686e5160" />
  <link rel="stylesheet" href="_static/furo.css?v=354aac6f" />
</head>
<body>
  <h1>pricewatch</h1>
  <p>Watch product pages and get an alert when the price drops.</p>
</body>
</html>
''', None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

add("eml/decoy-dkim-signature", "tests/data/newsletter.eml", '''Return-Path: <news@mg.weeklyfoss.org>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mg.weeklyfoss.org; q=dns/txt; s=mx;
 t=1730548800; h=Content-Type: MIME-Version: Subject: From: To: Date;
 bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
 b=JXn4Fq0m8ZrT3pLk2Yw9sVc1Hd7Ue5Bg6Na0Qx4Ri8Ko2Mj7Ls9Pt1Wv3Xz5Ya7Cb9Dd1Ef3Gh5Ij7Kl9Mn1Op3Qr5St7Uv9Wx1Yz3Ab5Cd7Ef9Gh1Ij3Kl5Mn7Op9Qr1St3Uv5Wx7Yz9A=
From: Weekly FOSS <news@mg.weeklyfoss.org>
To: reader@example.org
Subject: Issue 112: new releases this week
Date: Sat, 02 Nov 2024 12:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

This week: pricewatch 1.2.0, tinyscrape 1.4.2 and more.
''', None, "https://www.rfc-editor.org/rfc/rfc6376#section-3.5")

add("pem/decoy-ca-certificate", "tests/fixtures/ca.pem", "# test CA used by the TLS tests (public certificate, no key)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(
    rnd(64, ALNUM + "+/") for _ in range(8)) + "\n" + rnd(20, ALNUM + "+/") + "==\n-----END CERTIFICATE-----\n", None, "https://www.rfc-editor.org/rfc/rfc7468#section-5.1")

add("ssh-key/decoy-authorized-keys", "deploy/keys/authorized_keys", '''# deploy users (public keys only)
# managed by deploy/ansible/roles/users
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx3QqJ5n7r2c9T0vW8bK1pS4dE6fH2jL5mN7qR9tU3x marta@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9sV2bN4mQ7wE1rT5yU8iO3pA6sD9fG2hJ4kL7zX0cV omar@desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7p2kX9qL4mN1vR8tS5wE3yU6iO0pA2sD4fG7hJ9kL1zX3cV5bN8mQ0wE2rT4yU6iO8pA0sD2fG4hJ6kL8zX0cV2bN4mQ6wE8rT0yU2iO4pA6sD8fG0hJ2kL4zX6cV8bN0mQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rT8yU0iO2pA4sD6fG8hJ0kL2zX4cV6bN8mQ0wE2rT4y ci@runner
''', None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("jwks-json/decoy-public-keys", "tests/fixtures/jwks.json", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "2024-10-a", "e": "AQAB", "n": rnd(342, ALNUM + "_-")},
    {"kty": "OKP", "crv": "Ed25519", "use": "sig", "kid": "2024-10-b", "x": rnd(43, ALNUM + "_-")},
]}, indent=2) + "\n", None, "https://www.rfc-editor.org/rfc/rfc7517")

add("openapi/decoy-security-schemes", "docs/openapi.yaml", '''openapi: 3.0.3
info:
  title: Lumen analytics API
  version: "2.3"
servers:
  - url: https://api.lumenanalytics.io/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Send `Authorization: Bearer <api-key>`; keys are created in the dashboard."
    apiKeyHeader:
      type: apiKey
      in: header
      name: X-Lumen-Key
security:
  - bearerAuth: []
paths:
  /events:
    get:
      summary: List events
      responses:
        "200":
          description: OK
''', None, "https://spec.openapis.org/oas/v3.0.3#security-scheme-object")

add("rst/decoy-api-auth-docs", "docs/authentication.rst", '''Authentication
==============

Every request carries your API key:

.. code-block:: bash

   curl -H "Authorization: Bearer $LUMEN_API_KEY" https://api.lumenanalytics.io/v2/events

Keys start with ``lmn_live_`` (production) or ``lmn_test_`` (sandbox), followed by
30 characters. Store them in your secret manager, never in code.

.. code-block:: python

   client = Client(api_key=os.environ["LUMEN_API_KEY"])
''', None, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html")

add("ipynb/decoy-uuid-and-hash-outputs", "notebooks/dedupe.ipynb", notebook([
    md_cell("Deduplicate scraped products by content hash"),
    code_cell("import hashlib, uuid\nrow = 'ACME Kettle 1.7L|49.99'\nhashlib.sha256(row.encode()).hexdigest(), uuid.uuid5(uuid.NAMESPACE_URL, row)",
              [{"data": {"text/plain": [f"('{sha256('ACME Kettle 1.7L|49.99')}',\n", " UUID('8a1f4c3e-6b2d-5e90-a7c1-3d4f5e6a7b8c'))"]}, "execution_count": 1, "metadata": {}, "output_type": "execute_result"}]),
]), None, "https://nbformat.readthedocs.io/en/latest/format_description.html")

add("sql/decoy-hashed-api-tokens", "db/migrations/0004_api_tokens.sql", f'''-- API tokens are stored as SHA-256 digests; the clear token is shown once at creation.
CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id),
    token_sha256 CHAR(64) NOT NULL UNIQUE,
    prefix CHAR(8) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO api_tokens (user_id, token_sha256, prefix) VALUES (1, '{sha256(str(seed()))}', 'lmn_live');
''', None, "https://www.postgresql.org/docs/current/sql-createtable.html")

add("csv/decoy-ids-and-colors", "data/shops.csv", '''shop_id,name,uuid,color,last_commit
1,amazon_de,6f1c9b8e-2d4a-4e6b-9c3f-0a7d5e8b1c2f,#ff9900,3f9c2a1d7be04c55a1e9f0d6b2c48e71a5d90c3b
2,bol,3b2f8d4e-91a6-4c5b-8e7d-2f0c1a9b6d3e,#0000a4,b7e1c04f2a9d3e5f6a8b1c2d4e6f8a0b2c4d6e8f
3,coolblue,a7c41e92-5f3d-4b8a-9e6c-1d2f0b7a8c94,#0090e3,0d4c1f3e5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d
4,mediamarkt,d90e3f6b-7a28-4c1e-b5d4-8f2a6c0e9b17,#df0000,3f9c2a1d7be04c55a1e9f0d6b2c48e71a5d90c3b
''', None, "https://www.rfc-editor.org/rfc/rfc4180")

add("yaml/decoy-i18n-labels", "src/weatherbot/messages.yaml", '''en:
  start: "Hi! Send /weather <city>."
  token_missing: "The bot token is not configured. Set TELEGRAM_BOT_TOKEN."
  password_prompt: "Enter the admin password:"
de:
  start: "Hallo! Sende /weather <Stadt>."
  token_missing: "Kein Bot-Token konfiguriert. Setze TELEGRAM_BOT_TOKEN."
  password_prompt: "Admin-Passwort eingeben:"
''', None, "https://yaml.org/spec/1.2.2/")

add("ini/decoy-pytest-ini", "pytest.ini", '''[pytest]
addopts = -ra --strict-markers
testpaths = tests
markers =
    live: hits the real API (needs LUMEN_API_KEY)
    redis: needs a local redis on localhost:6379
filterwarnings =
    error
    ignore::DeprecationWarning:telegram.*
''', None, "https://docs.pytest.org/en/stable/reference/customize.html#pytest-ini")

add("dotenv/decoy-test-env", ".env.test", '''# values for the unit tests; every external call is mocked
TELEGRAM_BOT_TOKEN=test-token
REDIS_URL=redis://localhost:6379/15
DATABASE_URL=sqlite:///:memory:
AWS_ACCESS_KEY_ID=testing
AWS_SECRET_ACCESS_KEY=testing
SECRET_KEY=changeme
''', None, "https://github.com/theskumar/python-dotenv#file-format")

add("toml/decoy-config-template", "config/bot.example.toml", '''# Copy to config/bot.toml and fill in.
[bot]
token = "<token from @BotFather>"
parse_mode = "HTML"
admins = []

[redis]
url = "redis://:CHANGE_ME@localhost:6379/0"

[storage]
path = "~/.local/share/tg-reminder/jobs.sqlite"
''', None, "https://toml.io/en/v1.0.0")

add("docker-compose/decoy-required-vars", "deploy/compose.prod.yml", '''services:
  bot:
    image: ghcr.io/isorokin/tg-reminder:0.4.1
    restart: unless-stopped
    environment:
      TG_REMINDER_TOKEN: ${TG_REMINDER_TOKEN:?set it in .env}
      REDIS_URL: redis://:${REDIS_PASSWORD:?}@redis:6379/0
  redis:
    image: redis:7-alpine
    command: ["sh", "-c", "redis-server --requirepass \\"$$REDIS_PASSWORD\\""]
    environment:
      REDIS_PASSWORD: ${REDIS_PASSWORD:?}
''', None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

add("k8s/decoy-secret-key-ref", "deploy/k8s/deployment.yaml", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: weatherbot
spec:
  replicas: 1
  selector:
    matchLabels: {app: weatherbot}
  template:
    metadata:
      labels: {app: weatherbot}
    spec:
      containers:
        - name: bot
          image: ghcr.io/mkowalski/weatherbot:0.8.3@sha256:9d2f5c88a9b0e7d41f3c6a2b8e5d7f0c1a4b3e6d9f2c5a8b1e4d7f0a3c6b9e2d
          env:
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: weatherbot, key: token}
''', None, "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")

add("log/decoy-masked-log", "logs/scrape-2024-11-01.log", '''2024-11-01 03:17:02 INFO pricewatch.scan: starting scan of 212 products
2024-11-01 03:17:02 INFO httpx: HTTP Request: POST https://api.telegram.org/bot***/getMe "HTTP/1.1 200 OK"
2024-11-01 03:17:09 WARNING pricewatch.shops.bol: 429 Too Many Requests, retrying in 4s (request-id 7c1e9a44-02b3-4d1f-9a8e-5b6c7d8e9f01)
2024-11-01 03:19:44 INFO pricewatch.scan: 3 price drops, cache key price:sha1:5d41402abc4b2a76b9719d911017c592
2024-11-01 03:19:45 INFO pricewatch.alerts: sent 3 alerts (discord webhook id 1298765432109876543)
''', None, "https://docs.python.org/3/library/logging.html")

add("gitmodules/decoy-urls", ".gitmodules", '''[submodule "vendor/tinyscrape"]
\tpath = vendor/tinyscrape
\turl = https://github.com/pnguyen/tinyscrape.git
\tbranch = main
[submodule "docs/theme"]
\tpath = docs/theme
\turl = git@github.com:kestrel-systems/docs-theme.git
''', None, "https://git-scm.com/docs/gitmodules")

add("htpasswd/decoy-bcrypt", "deploy/nginx/.htpasswd", f'''# basic auth for the staging docs (bcrypt hashes, htpasswd -B)
marta:$2y$05${rnd(53, ALNUM + "./")}
omar:$2y$05${rnd(53, ALNUM + "./")}
ci:$2y$05${rnd(53, ALNUM + "./")}
reviewer:$2y$05${rnd(53, ALNUM + "./")}
''', None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

add("netrc/decoy-example-in-docs", "docs/howto/netrc.md", '''# Private index with ~/.netrc

pip reads credentials for an index host from `~/.netrc`:

```
machine pypi.kestrel-systems.com
login <your-username>
password <your-access-token>
```

Then `pip install kestrel-common --index-url https://pypi.kestrel-systems.com/simple` works without
putting the password in the URL.
''', None, "https://pip.pypa.io/en/stable/topics/authentication/#netrc-support")

# ---------------------------------------------------------------- more core kinds in further carriers
s = redis_pw()
add("redis-sentinel-conf/auth-pass", "deploy/redis/sentinel.conf", f'''port 26379
daemonize no
sentinel monitor pricewatch-master 10.0.3.21 6379 2
sentinel auth-pass pricewatch-master {s}
sentinel down-after-milliseconds pricewatch-master 5000
sentinel failover-timeout pricewatch-master 60000
sentinel parallel-syncs pricewatch-master 1
''', s, "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/#configuring-sentinel")

s = redis_pw()
add("python/django-redis-cache-options", "mysite/settings/prod.py", f'''from .base import *  # noqa: F401,F403

CACHES = {{
    "default": {{
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://cache.linkshort.internal:6379/1",
        "OPTIONS": {{
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "PASSWORD": "{s}",
            "SOCKET_CONNECT_TIMEOUT": 5,
        }},
    }}
}}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
''', s, "https://github.com/jazzband/django-redis#configure-as-cache-backend")

s = words_pw()
add("python/django-databases-password", "mysite/settings/staging.py", f'''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["staging.linkshort.example.net"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "linkshort",
        "USER": "linkshort",
        "PASSWORD": "{s}",
        "HOST": "pg-staging.linkshort.internal",
        "PORT": "5432",
    }}
}}
''', s, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

s = telegram()
add("python/getenv-literal-default", "src/pricebot/main.py", f'''import os

from aiogram import Bot, Dispatcher
from aiogram.filters import CommandStart
from aiogram.types import Message

TOKEN = os.getenv("TELEGRAM_TOKEN", "{s}")
dp = Dispatcher()


@dp.message(CommandStart())
async def start(message: Message) -> None:
    await message.answer("Send me a product link and I will watch its price.")


async def main() -> None:
    await dp.start_polling(Bot(TOKEN))
''', s, "https://docs.aiogram.dev/en/latest/")

add("python/decoy-getenv-empty-default", "src/pricebot/settings.py", '''import os

TOKEN = os.getenv("TELEGRAM_TOKEN", "")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
ADMIN_IDS = [int(x) for x in os.getenv("ADMIN_IDS", "").split(",") if x]

if not TOKEN:
    raise RuntimeError("TELEGRAM_TOKEN is not set")
''', None, PY)

kid, sec = aws_id(), aws_secret()
add("docker-compose/aws-env-list", "deploy/compose.backup.yml", f'''services:
  backup:
    image: ghcr.io/kestrel-systems/s3sync:1.0.3
    restart: "no"
    environment:
      - AWS_ACCESS_KEY_ID={kid}
      - AWS_SECRET_ACCESS_KEY={sec}
      - AWS_DEFAULT_REGION=eu-central-1
      - S3SYNC_BUCKET=s3sync-artifacts
    volumes:
      - /srv/pricewatch/exports:/data:ro
    command: ["s3sync", "push", "/data"]
''', sec, "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/")

s = pypi()
add("justfile/uv-publish-token", "justfile", f'''set shell := ["bash", "-cu"]

default: test

test:
    uv run pytest -q

build:
    rm -rf dist && uv build

publish: build
    uv publish --token {s}
''', s, "https://docs.astral.sh/uv/guides/publish/")

s = pypi()
add("tox-ini/release-env-twine-password", "tools/release/tox.ini", f'''[tox]
envlist = release
skipsdist = true

[testenv:release]
deps =
    build
    twine
setenv =
    TWINE_USERNAME = __token__
    TWINE_PASSWORD = {s}
commands =
    python -m build {{toxinidir}}/../..
    twine upload {{toxinidir}}/../../dist/*
''', s, "https://tox.wiki/en/latest/config.html#set_env")

add("rst/decoy-pypi-token-format", "docs/releasing.rst", '''Releasing
=========

1. Create an API token scoped to the project on https://pypi.org/manage/account/token/.
   It starts with ``pypi-AgEIcHlwaS5vcmc`` (base64 of the macaroon header) and is
   about 180 characters long.
2. Store it as the ``PYPI_API_TOKEN`` secret of the repository.
3. Push a tag: ``git tag v1.2.1 && git push --tags``. The ``release`` workflow uploads.

Never paste the token into ``setup.cfg`` or ``.pypirc`` in this repository.
''', None, "https://pypi.org/help/#apitoken")

add("aws-credentials/decoy-docs-example-keys", "tests/fixtures/aws/credentials", '''# Fixture for the profile parser tests: the documented AWS example keys.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[assume]
role_arn = arn:aws:iam::123456789012:role/Example
source_profile = default
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

s = words_pw()
add("ipynb/pip-index-password-in-cell", "notebooks/setup_env.ipynb", notebook([
    md_cell("Install the private packages into the notebook kernel"),
    code_cell(f"!pip install -q --index-url https://analyst:{s}@pypi.kestrel-systems.com/simple kestrel-common==3.4.0",
              [{"name": "stdout", "output_type": "stream", "text": ["Successfully installed kestrel-common-3.4.0\n"]}]),
]), s, "https://ipython.readthedocs.io/en/stable/interactive/reference.html#system-shell-access")

s = words_pw()
add("airflow-settings-yaml/conn-password", "airflow_settings.yaml", f'''airflow:
  connections:
    - conn_id: warehouse_pg
      conn_type: postgres
      conn_host: pg-prod-1.ledger.internal
      conn_schema: ledger
      conn_login: airflow
      conn_password: "{s}"
      conn_port: 5432
  pools:
    - pool_name: scrape_pool
      pool_slot: 4
  variables:
    - variable_name: shops
      variable_value: amazon_de,bol
''', s, "https://www.astronomer.io/docs/astro/cli/develop-project#configure-airflow_settingsyaml-local-development-only")

s = telegram()
add("heroku-config-json/telegram-token", "deploy/heroku-config.json", json.dumps({
    "BOT_TOKEN": s, "DATABASE_URL_READONLY": "postgres://readonly@ec2-52-48-13-77.eu-west-1.compute.amazonaws.com:5432/d8a1",
    "LOG_LEVEL": "info", "TZ": "Europe/Amsterdam", "WEB_CONCURRENCY": "2",
}, indent=2) + "\n", s, "https://devcenter.heroku.com/articles/config-vars#using-the-heroku-cli")

add("markdown/decoy-tutorial-token-placeholder", "docs/getting-started.md", '''# Getting started

1. Open [@BotFather](https://t.me/BotFather), send `/newbot`, pick a name.
2. BotFather answers with a token like `110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw`
   (that is the example from the Telegram documentation; yours differs).
3. Start the bot:

```bash
export TELEGRAM_TOKEN="<your token>"
python -m pricebot
```
''', None, "https://core.telegram.org/bots/tutorial#obtain-your-bot-token")

add("python/decoy-redis-docs-url", "src/ratelimit/__init__.py", '''"""Rate limiting backed by Redis.

Configure with a URL of the form ``redis://[[username]:[password]]@host:port/db``, e.g.
``redis://:password@localhost:6379/0`` for a password-protected local server.
"""
from .backends import RedisBackend

__all__ = ["RedisBackend"]
__version__ = "0.5.1"
''', None, "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url")

s = rnd(40, ALNUM)
add("github-actions/docker-login-password-arg", ".github/workflows/image.yml", f'''name: image
on:
  push:
    tags: ["v*"]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: kestrelci
          password: {s}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: kestrelci/pricewatch:${{{{ github.ref_name }}}}
''', s, "https://github.com/docker/login-action#docker-hub")
