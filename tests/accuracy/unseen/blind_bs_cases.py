"""Blind set BS: sports betting, fantasy sports and sports data.

Odds and data feeds (Sportradar, the Unified Odds Feed SDK, Betfair Exchange, The Odds API,
SportsDataIO, API-Football on RapidAPI, Sportmonks, Opta), payment and KYC providers (Stripe,
Adyen, PayPal, Braintree, Paysafe, Worldpay, Onfido, Sumsub, Jumio, Veriff), live-score widgets
(Ably, Pusher, PubNub, Firebase push), stadium ticketing (Ticketmaster, SeatGeek, Eventbrite),
fantasy leagues (Yahoo, ESPN, Sleeper, Discord and Telegram bots), and the Django / Node / Go
services with their deploy configs (Docker, Kubernetes, Helm, Terraform, CI), and their decoys.
Generated fakes only (seeds 640000-649999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
BCRYPT = "./" + ALNUM
_SEED = [640000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 650000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 650000
    return _SEED[0]


# ---------------------------------------------------------------- values people choose

TEAMS = ["Arsenal", "Celtics", "Packers", "Yankees", "Liverpool", "Lakers", "Dodgers", "Chelsea", "Steelers",
         "Rangers", "Spurs", "Raiders", "Canucks", "Penguins", "Braves", "Leafs", "Bruins", "Wolves", "Gunners",
         "Hornets", "Saints", "Blues", "Magpies", "Toffees"]
WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "goalpost", "penalty", "sideline", "dugout"]
SEASONS = ["Summer", "summer", "Winter", "winter", "Spring", "Autumn", "fall", "Matchday", "Kickoff", "Playoffs"]


def team_pw(url_safe: bool = False) -> str:
    """A fan's password: a club, a year, a symbol."""
    r = _rng()
    sym = r.choice("!*-_." if url_safe else "!#@$*.")
    return r.choice(TEAMS) + str(r.choice([r.randint(1870, 2024), r.randint(1, 99)])) + sym


def words_pw(url_safe: bool = False) -> str:
    r = _rng()
    sym = r.choice("!*-_." if url_safe else "!#$%@*")
    return r.choice(WORDS) + sym + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#?*")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# ---------------------------------------------------------------- sports data and betting

def odds_api_key() -> str:
    """The Odds API: 32 lower-case hex characters."""
    return hexs(32)


def betfair_app_key() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def betfair_ssoid() -> str:
    """A Betfair session token (ssoid): base64 of 32 bytes."""
    return b64_bytes(32)


def sportradar_key(new: bool = False) -> str:
    return fakes.drawn_mixed(_seed(), 40) if new else chars(24, LOWER_ALNUM)


def rapidapi_key() -> str:
    return hexs(10) + "msh" + hexs(15) + "p1" + hexs(6) + "jsn" + hexs(12)


def sportmonks_token() -> str:
    return fakes.drawn_mixed(_seed(), 60)


def opta_outlet() -> str:
    return chars(26, LOWER_ALNUM)


def uof_token() -> str:
    return fakes.drawn_mixed(_seed(), 18)


def espn_s2() -> str:
    r = _rng()
    raw = "AE" + "".join(r.choice(B64) for _ in range(210))
    return raw.replace("+", "%2B").replace("/", "%2F") + "%3D"


# ---------------------------------------------------------------- payments, KYC, ticketing

def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(B64) for _ in range(43))
            + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def onfido_token() -> str:
    return "api_live." + chars(11, URLSAFE) + "." + fakes.drawn_mixed(_seed(), 32)


def sumsub_app_token() -> str:
    return "prd:" + fakes.drawn_mixed(_seed(), 24) + "." + fakes.drawn_mixed(_seed(), 32)


def ticketmaster_key() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def eventbrite_token() -> str:
    return chars(20, UPPER_ALNUM)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def paysafe_key() -> str:
    r = _rng()
    return b64(f"pmle-{r.randint(100000, 999999)}:B-p1-0-{hexs(8)}-0-302c0214{hexs(40)}0214{hexs(40)}")


# ---------------------------------------------------------------- messaging, push, realtime

def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def discord_bot_token() -> str:
    r = _rng()
    user_id = str(r.randint(10**17, 10**18 * 9))
    head = base64.b64encode(user_id.encode()).decode().rstrip("=")
    return head + "." + "".join(r.choice(URLSAFE) for _ in range(6)) + "." + "".join(r.choice(URLSAFE) for _ in range(38))


def twilio_token() -> str:
    return hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def ably_key() -> str:
    return chars(6, ALNUM) + "." + chars(6, URLSAFE) + ":" + chars(43, URLSAFE)


def pubnub_secret() -> str:
    return "sec-c-" + b64_bytes(36)


def mux_secret() -> str:
    return chars(75, B64)


# ---------------------------------------------------------------- platform

def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def datadog_key() -> str:
    return hexs(32)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    return chars(40, URLSAFE)


def vault_token() -> str:
    return "hvs." + chars(91, URLSAFE)


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def azure_account_key() -> str:
    return b64_bytes(64)


def auth0_secret() -> str:
    return chars(64, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def launchdarkly_sdk_key() -> str:
    return "sdk-" + uuid_s()


def docker_pat() -> str:
    return "dckr_pat_" + chars(27, URLSAFE)


def confluent_secret() -> str:
    return chars(64, B64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def _wrap64(text: str) -> str:
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def pkcs8_pem() -> str:
    """An EC P-256 key in PKCS#8 (what App Store Connect and Firebase hand out)."""
    body = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg" + chars(136, B64)
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap64(body) + "\n-----END PRIVATE KEY-----"


def rsa_pkcs8_pem() -> str:
    """An RSA 2048 key in PKCS#8, as Google service-account JSON carries it."""
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + chars(1574, B64) + "=="
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap64(body) + "\n-----END PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(4)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


# ---------------------------------------------------------------- look-alikes for decoys

def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, BCRYPT)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, B64) + "$" + chars(43, B64)


def django_hash() -> str:
    return "pbkdf2_sha256$720000$" + chars(22, ALNUM) + "$" + b64_bytes(32)


def apr1_hash() -> str:
    return "$apr1$" + chars(8, BCRYPT) + "$" + chars(22, BCRYPT)


def cert_pem(label: str = "CERTIFICATE") -> str:
    body = "MIIDazCCAlOgAwIBAgIU" + chars(492, B64)
    return f"-----BEGIN {label}-----\n" + _wrap64(body) + f"\n-----END {label}-----"


def public_key_pem() -> str:
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + chars(342, B64) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + _wrap64(body) + "\n-----END PUBLIC KEY-----"


def ssh_pub(kind: str = "ssh-ed25519") -> str:
    if kind == "ssh-ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(500, B64)


def sha() -> str:
    return hexs(40)


def vault_blob(lines: int = 6) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def sops_enc(kind: str = "str", n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:{kind}]"


# ---------------------------------------------------------------- case builders

CASES: List[LabelledCase] = []


def T(text: str) -> str:
    """A file as written: the template dedented, without its leading newline."""
    return textwrap.dedent(text).lstrip("\n")


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bs/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bs/{fmt}/decoy-{what}", file_name, text, None, source))


def _fill(template: str, fill: dict) -> str:
    text = T(template)
    for key, value in fill.items():
        text = text.replace(f"@{key.upper()}@", value)
    return text


def SV(fmt: str, kind: str, file_name: str, template: str, value: str, source: str, crlf: bool = False, **fill: str) -> None:
    """A secret case: @V@ in the template is the planted value, @NAME@ the other fillers."""
    text = _fill(template, dict(fill, v=value))
    S(fmt, kind, file_name, text.replace("\n", "\r\n") if crlf else text, value, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, crlf: bool = False, **fill: str) -> None:
    """A decoy case: @NAME@ in the template are fillers (look-alikes, never credentials)."""
    text = _fill(template, fill)
    D(fmt, what, file_name, text.replace("\n", "\r\n") if crlf else text, source)


DJANGO_DOCS = "https://docs.djangoproject.com/en/5.0/ref/settings/"

# ================================================================ Python / Django services: secrets

SV("django", "database-password", "config/settings/production.py", """
    # Production settings for the sportsbook back office.
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["backoffice.bet-stack.io", "admin.bet-stack.io"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "sportsbook",
            "USER": "sportsbook_app",
            "PASSWORD": "@V@",
            "HOST": "sportsbook-prod.cluster-c9x2kq.eu-west-1.rds.amazonaws.com",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
            "OPTIONS": {"sslmode": "require"},
        },
        "replica": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "sportsbook",
            "USER": "sportsbook_ro",
            "PASSWORD": env("REPLICA_DB_PASSWORD"),
            "HOST": "sportsbook-prod-ro.cluster-c9x2kq.eu-west-1.rds.amazonaws.com",
        },
    }

    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": env("REDIS_URL")}}
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, team_pw(), DJANGO_DOCS + "#databases")

SV("django", "django-secret-key", "oddsfeed/settings.py", """
    \"\"\"Django settings for the oddsfeed project (django-admin startproject oddsfeed).\"\"\"
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    # SECURITY WARNING: keep the secret key used in production secret!
    SECRET_KEY = '@V@'

    # SECURITY WARNING: don't run with debug turned on in production!
    DEBUG = False

    ALLOWED_HOSTS = ['oddsfeed.internal', 'localhost']

    INSTALLED_APPS = [
        'django.contrib.admin',
        'django.contrib.auth',
        'django.contrib.contenttypes',
        'django.contrib.sessions',
        'rest_framework',
        'markets',
        'fixtures',
        'settlement',
    ]

    ROOT_URLCONF = 'oddsfeed.urls'
    WSGI_APPLICATION = 'oddsfeed.wsgi.application'
    TIME_ZONE = 'Europe/London'
    USE_TZ = True
    """, fakes.django_secret_key(_seed()), DJANGO_DOCS + "#secret-key")

SV("django", "odds-api-key", "betting/settings/base.py", """
    import environ

    env = environ.Env()
    environ.Env.read_env()

    # --- third-party feeds -------------------------------------------------
    ODDS_API = {
        "BASE_URL": "https://api.the-odds-api.com/v4",
        "KEY": "@V@",
        "REGIONS": "uk,eu",
        "MARKETS": "h2h,spreads,totals",
        "ODDS_FORMAT": "decimal",
        "POLL_SECONDS": 60,
    }
    SPORTRADAR_API_KEY = env("SPORTRADAR_API_KEY", default="")
    FEATURE_FLAGS = {"cash_out": True, "bet_builder": False}

    REST_FRAMEWORK = {
        "DEFAULT_THROTTLE_RATES": {"anon": "30/min", "user": "240/min"},
    }
    """, odds_api_key(), "https://the-odds-api.com/liveapi/guides/v4/")

SV("django", "sendgrid-key", "fantasy/settings/local.py", """
    from .common import *  # noqa

    DEBUG = True
    INTERNAL_IPS = ["127.0.0.1"]

    # Send real mail from local so we can check the weekly lineup reminder template.
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.sendgrid.net"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "apikey"
    EMAIL_HOST_PASSWORD = "@V@"
    DEFAULT_FROM_EMAIL = "Draft Room <noreply@draftroom.gg>"
    """, sendgrid_key(), "https://docs.sendgrid.com/for-developers/sending-email/django")

SV("django", "youtube-api-key", "highlights/conf.py", """
    \"\"\"Settings for the highlights app (match clips pulled from the league's YouTube channels).\"\"\"
    from django.conf import settings

    HIGHLIGHTS_CHANNELS = getattr(settings, "HIGHLIGHTS_CHANNELS", [
        "UCkzCjdRMrW2vXLx8mvPVLdQ",
        "UCWJ2lWNubArHWmf3FIHbfcQ",
    ])
    YOUTUBE_API_KEY = getattr(settings, "YOUTUBE_API_KEY", "@V@")
    MAX_RESULTS = 25
    CACHE_TTL = 60 * 15
    """, google_api_key(), "https://developers.google.com/youtube/v3/getting-started")

SV("python", "stripe-secret-key", "payments/stripe_client.py", """
    import logging

    import stripe

    log = logging.getLogger(__name__)

    stripe.api_key = "@V@"
    stripe.max_network_retries = 2


    def create_deposit_intent(customer_id: str, amount_minor: int, currency: str = "gbp") -> str:
        intent = stripe.PaymentIntent.create(
            amount=amount_minor,
            currency=currency,
            customer=customer_id,
            metadata={"purpose": "wallet_deposit"},
            automatic_payment_methods={"enabled": True},
        )
        log.info("deposit intent %s for %s", intent.id, customer_id)
        return intent.client_secret
    """, stripe_key("sk_live_", 99), "https://docs.stripe.com/api/authentication")

SV("python", "onfido-token", "kyc/onfido_service.py", """
    \"\"\"Identity checks for new accounts before the first withdrawal (UKGC requirement).\"\"\"
    import onfido
    from onfido.regions import Region

    api = onfido.Api("@V@", base_url=Region.EU, timeout=10)


    def start_check(first_name, last_name, dob):
        applicant = api.applicant.create({
            "first_name": first_name,
            "last_name": last_name,
            "dob": dob,
        })
        return api.check.create({
            "applicant_id": applicant["id"],
            "report_names": ["document", "facial_similarity_photo"],
        })
    """, onfido_token(), "https://pypi.org/project/onfido-python/")

SV("python", "basic-auth-password", "scrapers/bookies/pinnacle_lines.py", """
    import requests

    BASE = "https://api.pinnacle.com"
    AUTH = ("PB4471923", "@V@")


    def fixtures(sport_id: int = 29, since: int | None = None) -> dict:
        params = {"sportId": sport_id}
        if since:
            params["since"] = since
        r = requests.get(f"{BASE}/v1/fixtures", params=params, auth=AUTH, timeout=15)
        r.raise_for_status()
        return r.json()


    def odds(sport_id: int = 29) -> dict:
        r = requests.get(f"{BASE}/v1/odds", params={"sportId": sport_id, "oddsFormat": "Decimal"},
                         auth=AUTH, timeout=15)
        r.raise_for_status()
        return r.json()
    """, words_pw(), "https://pinnacleapi.github.io/")

SV("python", "betfair-app-key", "bots/lay_the_draw.py", """
    import os

    import betfairlightweight
    from betfairlightweight import filters

    trading = betfairlightweight.APIClient(
        username=os.environ["BF_USERNAME"],
        password=os.environ["BF_PASSWORD"],
        app_key="@V@",
        certs="/home/bot/certs",
    )
    trading.login()

    market_filter = filters.market_filter(
        event_type_ids=["1"],          # soccer
        market_type_codes=["MATCH_ODDS"],
        in_play_only=True,
    )
    catalogues = trading.betting.list_market_catalogue(filter=market_filter, max_results=50)
    for cat in catalogues:
        print(cat.market_id, cat.event.name)
    """, betfair_app_key(), "https://github.com/betcode-org/betfair")

SV("python", "telegram-bot-token", "tipster_bot/main.py", """
    import logging

    from telegram import Update
    from telegram.ext import Application, CommandHandler, ContextTypes

    logging.basicConfig(level=logging.INFO)
    TOKEN = "@V@"


    async def tips(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text("Today's value bets are posted at 11:00 UK time.")


    def main() -> None:
        app = Application.builder().token(TOKEN).build()
        app.add_handler(CommandHandler("tips", tips))
        app.run_polling()


    if __name__ == "__main__":
        main()
    """, fakes.telegram_token(_seed()), "https://docs.python-telegram-bot.org/en/stable/")

SV("python", "amqp-password", "settlement/celeryconfig.py", """
    # Celery configuration for the settlement workers.
    broker_url = "amqp://settlement:@V@@rabbitmq.settlement.svc:5672/feeds"
    result_backend = "redis://redis.settlement.svc:6379/3"
    task_serializer = "json"
    accept_content = ["json"]
    timezone = "UTC"
    task_routes = {
        "settlement.tasks.settle_market": {"queue": "settle"},
        "settlement.tasks.void_market": {"queue": "settle"},
        "settlement.tasks.recalc_liability": {"queue": "risk"},
    }
    worker_prefetch_multiplier = 1
    """, words_pw(url_safe=True), "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

SV("python", "proxy-password", "oddscraper/settings.py", """
    # Scrapy settings for oddscraper project
    BOT_NAME = "oddscraper"
    SPIDER_MODULES = ["oddscraper.spiders"]
    NEWSPIDER_MODULE = "oddscraper.spiders"

    ROBOTSTXT_OBEY = False
    CONCURRENT_REQUESTS = 8
    DOWNLOAD_DELAY = 1.5
    AUTOTHROTTLE_ENABLED = True

    # residential proxy pool (bookmakers geo-block datacenter ranges)
    ROTATING_PROXY_LIST = [
        "http://brd-customer-hl_4f1a2c9e-zone-residential_uk:@V@@brd.superproxy.io:22225",
    ]

    DOWNLOADER_MIDDLEWARES = {
        "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
        "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
    }
    FEEDS = {"s3://odds-raw/%(name)s/%(time)s.jsonl": {"format": "jsonlines"}}
    """, chars(12, LOWER_ALNUM), "https://docs.scrapy.org/en/latest/topics/settings.html")

_sumsub_secret = fakes.drawn_mixed(_seed(), 32)
S("python", "sumsub-secret-key", "kyc/sumsub_client.py", T('''
    import hashlib
    import hmac
    import os
    import time

    import requests

    SUMSUB_BASE = "https://api.sumsub.com"
    SUMSUB_APP_TOKEN = os.environ.get("SUMSUB_APP_TOKEN", "")
    # split so the linter stops complaining about line length
    SUMSUB_SECRET_KEY = ("@A@"
                         "@B@")


    def _sign(method: str, path: str, body: bytes = b"") -> dict:
        ts = str(int(time.time()))
        msg = ts.encode() + method.upper().encode() + path.encode() + body
        sig = hmac.new(SUMSUB_SECRET_KEY.encode(), msg, hashlib.sha256).hexdigest()
        return {"X-App-Token": SUMSUB_APP_TOKEN, "X-App-Access-Ts": ts, "X-App-Access-Sig": sig}


    def applicant_status(applicant_id: str) -> dict:
        path = f"/resources/applicants/{applicant_id}/requiredIdDocsStatus"
        return requests.get(SUMSUB_BASE + path, headers=_sign("GET", path), timeout=10).json()
    ''').replace("@A@", _sumsub_secret[:16]).replace("@B@", _sumsub_secret[16:]),
  _sumsub_secret, "https://docs.sumsub.com/reference/authentication")

SV("python", "docstring-api-key", "sportsdata/odds/client.py", '''
    """Thin client for The Odds API v4.

    Example (the staging key, works from the office IP)::

        >>> from sportsdata.odds.client import OddsClient
        >>> client = OddsClient(api_key="@V@")
        >>> client.sports()[:2]
        [{'key': 'americanfootball_nfl', 'active': True}, ...]
    """
    from __future__ import annotations

    import requests


    class OddsClient:
        base = "https://api.the-odds-api.com/v4"

        def __init__(self, api_key: str, session: requests.Session | None = None):
            self.api_key = api_key
            self.http = session or requests.Session()

        def sports(self) -> list[dict]:
            r = self.http.get(f"{self.base}/sports", params={"apiKey": self.api_key}, timeout=10)
            r.raise_for_status()
            return r.json()
    ''', odds_api_key(), "https://the-odds-api.com/liveapi/guides/v4/")

SV("python", "opta-secret", "dags/ingest_opta_f24.py", """
    from datetime import datetime, timedelta

    import requests
    from airflow import DAG
    from airflow.operators.python import PythonOperator

    OUTLET_KEY = "@OUTLET@"
    SECRET_KEY = "@V@"
    OAUTH_URL = f"https://oauth.performgroup.com/oauth/token/{OUTLET_KEY}?_fmt=json&_rt=b"


    def fetch_token(**_):
        r = requests.post(OAUTH_URL, data={"grant_type": "client_credentials", "scope": "b2b-feeds-auth"},
                          auth=(OUTLET_KEY, SECRET_KEY), timeout=20)
        r.raise_for_status()
        return r.json()["access_token"]


    with DAG("ingest_opta_f24", start_date=datetime(2024, 8, 1), schedule=timedelta(minutes=15),
             catchup=False, tags=["opta", "events"]) as dag:
        PythonOperator(task_id="token", python_callable=fetch_token)
    """, opta_outlet(), "https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/dags.html",
   outlet=opta_outlet())

SV("ini", "database-password", "migrations/alembic.ini", """
    # A generic, single database configuration.

    [alembic]
    script_location = migrations
    prepend_sys_path = .
    version_path_separator = os

    sqlalchemy.url = postgresql+psycopg2://fantasy_owner:@V@@fantasy-db.internal:5432/fantasy

    [post_write_hooks]
    hooks = black
    black.type = console_scripts
    black.entrypoint = black

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic
    """, rand_pw(16), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

SV("json", "yahoo-consumer-secret", "fantasy/yahoo/oauth2.json", """
    {
        "consumer_key": "dj0yJmk9@CK@JmQ9WVdrOVFUQlpTa2RsTjJzbWNHbzlNQT09JnM9Y29uc3VtZXJzZWNyZXQmc3Y9MCZ4PTRm",
        "consumer_secret": "@V@",
        "guid": null,
        "token_type": "bearer"
    }
    """, hexs(40), "https://github.com/josuebrunel/yahoo-oauth",
   ck=chars(16, ALNUM))

SV("python", "espn-s2-cookie", "scripts/weekly_power_rankings.py", """
    from espn_api.football import League

    LEAGUE_ID = 1482306
    YEAR = 2024

    # private league: cookies copied from the browser (dev tools > Application > Cookies)
    league = League(
        league_id=LEAGUE_ID,
        year=YEAR,
        espn_s2="@V@",
        swid="{@SWID@}",
    )

    for rank, (score, team) in enumerate(league.power_rankings(week=league.current_week), start=1):
        print(f"{rank:2}. {team.team_name:<28} {score}")
    """, espn_s2(), "https://github.com/cwendt94/espn-api", swid=uuid_s().upper())

SV("python", "database-password", "tests/integration/conftest.py", """
    import os

    import psycopg
    import pytest

    # Integration tests run against the shared staging replica.
    STAGING_DSN = os.environ.get(
        "STAGING_DSN",
        "host=staging-db.bet-stack.io port=5432 dbname=markets user=qa_runner password=@V@",
    )


    @pytest.fixture(scope="session")
    def db():
        with psycopg.connect(STAGING_DSN) as conn:
            yield conn


    @pytest.fixture
    def open_markets(db):
        return db.execute("select id from market where status = 'OPEN' limit 50").fetchall()
    """, season_pw(), "https://www.psycopg.org/psycopg3/docs/api/connections.html")

SV("python", "twilio-auth-token", "accounts/management/commands/send_otp_test.py", """
    from django.core.management.base import BaseCommand
    from twilio.rest import Client

    ACCOUNT_SID = "AC@SID@"
    AUTH_TOKEN = "@V@"


    class Command(BaseCommand):
        help = "Send a test one-time code to a phone number"

        def add_arguments(self, parser):
            parser.add_argument("phone")

        def handle(self, *args, **opts):
            client = Client(ACCOUNT_SID, AUTH_TOKEN)
            msg = client.messages.create(to=opts["phone"], from_="+447700900123", body="Your code is 482913")
            self.stdout.write(self.style.SUCCESS(msg.sid))
    """, twilio_token(), "https://www.twilio.com/docs/libraries/python", sid=hexs(32))

SV("python", "pusher-secret", "livescore/push.py", """
    import pusher

    pusher_client = pusher.Pusher(
        app_id="1748293",
        key="@KEY@",
        secret="@V@",
        cluster="eu",
        ssl=True,
    )


    def goal(match_id: str, minute: int, scorer: str, home: int, away: int) -> None:
        pusher_client.trigger(f"match-{match_id}", "goal", {
            "minute": minute,
            "scorer": scorer,
            "score": [home, away],
        })
    """, hexs(20), "https://pusher.com/docs/channels/server_api/overview/", key=hexs(20))

SV("python", "aws-secret-key", "scripts/upload_odds_snapshots.py", """
    #!/usr/bin/env python3
    \"\"\"Push the nightly odds snapshots to S3 for the pricing team.\"\"\"
    import pathlib
    import sys

    import boto3

    s3 = boto3.client(
        "s3",
        region_name="eu-west-2",
        aws_access_key_id="@KID@",
        aws_secret_access_key="@V@",
    )

    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "snapshots")
    for path in sorted(root.glob("*.parquet")):
        s3.upload_file(str(path), "bs-odds-snapshots", f"daily/{path.name}")
        print("uploaded", path.name)
    """, fakes.aws_secret_key(_seed()), "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
   kid=fakes.aws_key_id(_seed()))

SV("python", "openai-key", "picks/ai_preview.py", """
    from openai import OpenAI

    client = OpenAI(api_key="@V@")

    PROMPT = (
        "You write a 120-word preview of a football match for a betting blog. "
        "Mention form, injuries and the best price. Never promise a win."
    )


    def preview(home: str, away: str, notes: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": PROMPT},
                      {"role": "user", "content": f"{home} v {away}. Notes: {notes}"}],
            temperature=0.7,
        )
        return resp.choices[0].message.content
    """, fakes.openai_key(_seed()), "https://platform.openai.com/docs/api-reference/authentication")

SV("python", "anthropic-key", "recaps/summarise_match.py", """
    import anthropic

    client = anthropic.Anthropic(api_key="@V@")


    def recap(events: list[str]) -> str:
        message = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            messages=[{"role": "user", "content": "Write a short match recap:\\n" + "\\n".join(events)}],
        )
        return message.content[0].text
    """, anthropic_key(), "https://docs.anthropic.com/en/api/client-sdks")

SV("python", "algolia-admin-key", "scripts/reindex_players.py", """
    \"\"\"Rebuild the player search index used by the fantasy draft room.\"\"\"
    import json

    from algoliasearch.search_client import SearchClient

    client = SearchClient.create("K7QZ2M4XPA", "@V@")
    index = client.init_index("players_2024")

    with open("data/players.json") as fh:
        players = json.load(fh)

    index.replace_all_objects(players, {"autoGenerateObjectIDIfNotExist": True})
    index.set_settings({"searchableAttributes": ["name", "team", "position"]})
    print(f"indexed {len(players)} players")
    """, hexs(32), "https://www.algolia.com/doc/api-client/getting-started/instantiate-client-index/python/")

SV("requirements", "index-password", "requirements/prod.txt", """
    --extra-index-url https://ci-reader:@V@@pypi.bet-stack.io/simple/
    Django==5.0.6
    djangorestframework==3.15.1
    django-environ==0.11.2
    psycopg[binary]==3.1.19
    celery==5.4.0
    redis==5.0.4
    betfairlightweight==2.20.1
    bs-oddsmodels==1.8.2
    bs-settlement==0.14.0
    sentry-sdk==2.5.1
    gunicorn==22.0.0
    """, rand_pw(22), "https://pip.pypa.io/en/stable/reference/requirements-file-format/")

SV("pypirc", "pypi-token", ".pypirc", """
    [distutils]
    index-servers =
        pypi
        internal

    [pypi]
    username = __token__
    password = @V@

    [internal]
    repository = https://pypi.bet-stack.io/
    username = ci
    """, fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

SV("pip-conf", "index-password", "deploy/pip.conf", """
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://deploy:@V@@nexus.fantasy-core.net/repository/pypi-internal/simple

    [install]
    trusted-host = nexus.fantasy-core.net
    """, team_pw(url_safe=True), "https://pip.pypa.io/en/stable/topics/configuration/")


# ================================================================ notebooks

def notebook(cells: list) -> str:
    """A notebook as Jupyter writes it (indent 1, a source line per string)."""
    out = []
    for number, (source, outputs) in enumerate(cells, start=1):
        lines = source.split("\n")
        out.append({"cell_type": "code", "execution_count": number, "metadata": {},
                    "outputs": [{"name": "stdout", "output_type": "stream", "text": [o + "\n" for o in outputs]}]
                    if outputs else [],
                    "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]})
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.8"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


_sr_key = sportradar_key()
S("notebook", "sportradar-key", "notebooks/xg_model_epl.ipynb", notebook([
    ("import pandas as pd\nimport requests\n\nAPI_KEY = '" + _sr_key + "'\n"
     "BASE = 'https://api.sportradar.com/soccer/trial/v4/en'", []),
    ("r = requests.get(f'{BASE}/seasons/sr:season:118689/summaries.json', params={'api_key': API_KEY})\n"
     "r.status_code, len(r.json()['summaries'])", ["(200, 380)"]),
    ("shots = pd.json_normalize(r.json()['summaries'], record_path=['statistics', 'totals', 'competitors'])\n"
     "shots[['name', 'statistics.shots_total']].head(3)", ["          name  statistics.shots_total", "0  Arsenal FC  14"]),
]), _sr_key, "https://developer.sportradar.com/soccer/reference/soccer-api-overview")

_nb_pw = words_pw(url_safe=True)
S("notebook", "database-url", "notebooks/nba_props_backtest.ipynb", notebook([
    ("import os\nimport sqlalchemy as sa\n\nengine = sa.create_engine(os.environ.get('PROPS_DB'))\nengine.url", [
        "postgresql://analyst:" + _nb_pw + "@props-warehouse.internal:5432/props"]),
    ("df = pd.read_sql('select * from player_props where season = 2024', engine)\ndf.shape", ["(48213, 17)"]),
    ("df.groupby('market')['clv'].mean().sort_values().tail()", [
        "market", "player_rebounds   0.012", "player_assists    0.019", "player_points     0.024"]),
]), _nb_pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("toml", "betfair-password", ".streamlit/secrets.toml", """
    # Streamlit secrets for the trading dashboard (st.secrets)
    [betfair]
    username = "quantdesk_bs"
    password = "@V@"
    app_key = "${BF_APP_KEY}"
    certs = "/app/certs"

    [dashboard]
    refresh_seconds = 5
    default_sport = "Horse Racing"
    """, words_pw(), "https://docs.streamlit.io/develop/concepts/connections/secrets-management")

# ================================================================ dotenv files

SV("dotenv", "odds-api-key", ".env", """
    # local dev for the odds aggregator
    NODE_ENV=development
    PORT=4000
    LOG_LEVEL=debug

    ODDS_API_BASE=https://api.the-odds-api.com/v4
    ODDS_API_KEY=@V@
    ODDS_REGIONS=us,us2
    ODDS_BOOKMAKERS=draftkings,fanduel,betmgm,caesars

    DATABASE_URL=postgres://localhost:5432/odds_dev
    """, odds_api_key(), "https://github.com/motdotla/dotenv#usage")

SV("dotenv", "stripe-restricted-key", ".env.production", """
    APP_ENV=production
    APP_URL=https://tickets.stadiumpass.co.uk
    SESSION_DRIVER=redis

    STRIPE_PUBLISHABLE_KEY=pk_live_@PK@
    STRIPE_SECRET_KEY=@V@
    STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}

    SEAT_HOLD_MINUTES=10
    MAX_TICKETS_PER_ORDER=8
    """, stripe_key("rk_live_", 99), "https://docs.stripe.com/keys#limit-access",
   pk=chars(99, ALNUM))

SV("dotenv", "database-url", ".env.staging", """
    DJANGO_SETTINGS_MODULE=config.settings.staging
    DJANGO_ALLOWED_HOSTS=staging.draftroom.gg
    DATABASE_URL=postgres://draftroom:@V@@draftroom-staging.c3mfk2l0.us-east-1.rds.amazonaws.com:5432/draftroom
    REDIS_URL=redis://draftroom-staging.kq2l0f.ng.0001.use1.cache.amazonaws.com:6379/0
    SENTRY_ENVIRONMENT=staging
    CELERY_TASK_ALWAYS_EAGER=false
    """, rand_pw(24), "https://django-environ.readthedocs.io/en/latest/quickstart.html")

SV("dotenv", "sportsdataio-key", "web/.env.local", """
    # Next.js local env (not committed... supposedly)
    NEXT_PUBLIC_SITE_NAME="Pick'em Central"
    NEXT_PUBLIC_DEFAULT_SPORT=nfl
    SPORTSDATAIO_BASE_URL=https://api.sportsdata.io/v3/nfl
    SPORTSDATAIO_KEY=@V@
    REVALIDATE_SECONDS=120
    """, hexs(32), "https://sportsdata.io/developers/api-documentation/nfl")

SV("dotenv", "rapidapi-key", "backend/.env", """
    PORT=8080
    API_FOOTBALL_HOST=api-football-v1.p.rapidapi.com
    X_RAPIDAPI_KEY=@V@
    LEAGUES=39,140,135,78,61
    CACHE_TTL=300
    """, rapidapi_key(), "https://rapidapi.com/api-sports/api/api-football")

SV("dotenv", "redis-password", ".env.docker", """
    COMPOSE_PROJECT_NAME=livescore
    TZ=UTC

    REDIS_HOST=redis
    REDIS_PORT=6379
    REDIS_PASSWORD='@V@'

    WS_PORT=8081
    FEED_POLL_MS=1500
    """, fakes.redis_password(_seed()), "https://docs.docker.com/compose/environment-variables/env-file/")

SV("dotenv", "veriff-shared-secret", "services/kyc/.env", """
    VERIFF_BASE_URL=https://stationapi.veriff.com
    VERIFF_API_KEY=${VERIFF_API_KEY}
    VERIFF_SHARED_SECRET=@V@
    VERIFF_CALLBACK_URL=https://kyc.bet-stack.io/veriff/decision
    KYC_MIN_AGE=18
    """, uuid_s(), "https://developers.veriff.com/#authentication")

_mb_token = "sk." + b64('{"u":"stadiumpass","a":"' + chars(22, LOWER_ALNUM) + '"}').rstrip("=") + "." + chars(22, URLSAFE)
SV("dotenv", "mapbox-secret-token", "apps/stadium-map/.env.production.local", """
    VITE_MAP_STYLE=mapbox://styles/stadiumpass/clu8x1abc00ar01qs9h3k2m7d
    VITE_VENUE_ID=wembley
    # used by the tileset upload script only
    MAPBOX_UPLOAD_TOKEN=@V@
    SEATMAP_CACHE=1
    """, _mb_token, "https://docs.mapbox.com/accounts/guides/tokens/")

SV("direnv", "sportmonks-token", ".envrc", """
    # direnv: loaded when you cd into the repo
    export GOFLAGS=-mod=mod
    export SPORTMONKS_API_TOKEN=@V@
    export SPORTMONKS_BASE=https://api.sportmonks.com/v3/football
    PATH_add bin
    """, sportmonks_token(), "https://direnv.net/man/direnv-stdlib.1.html")

SV("dotenv", "mongodb-password", "deploy/.env.prod", """
    # league-api production env (read by PM2 on the droplet)
    NODE_ENV=production
    PORT=3001
    MONGODB_URI=mongodb+srv://leagueapi:@V@@fantasy-prod.x7kq2.mongodb.net/leagues?retryWrites=true&w=majority
    JWT_ISSUER=https://auth.draftroom.gg/
    RATE_LIMIT_PER_MIN=600
    """, rand_pw(16), "https://www.mongodb.com/docs/manual/reference/connection-string/")

SV("dotenv", "vault-token", "ops/vault.env", """
    # source this before running the rotate-feeds playbook
    VAULT_ADDR=https://vault.bet-stack.io:8200
    VAULT_NAMESPACE=trading
    VAULT_TOKEN=@V@
    VAULT_SKIP_VERIFY=false
    """, vault_token(), "https://developer.hashicorp.com/vault/docs/commands#environment-variables")

SV("dotenv", "square-token", "concessions/.env", """
    # Stadium concessions kiosks (Square POS)
    SQUARE_ENVIRONMENT=production
    SQUARE_LOCATION_ID=L8K2M4N6P8Q0R
    SQUARE_ACCESS_TOKEN=@V@
    KIOSK_IDLE_SECONDS=45
    """, square_token(), "https://developer.squareup.com/docs/build-basics/access-tokens")

# ================================================================ Docker

SV("compose", "database-password", "docker-compose.yml", """
    version: "3.9"

    services:
      db:
        image: postgres:16-alpine
        restart: unless-stopped
        environment:
          POSTGRES_DB: fantasy
          POSTGRES_USER: fantasy
          POSTGRES_PASSWORD: "@V@"
        volumes:
          - pgdata:/var/lib/postgresql/data
        ports:
          - "5432:5432"

      api:
        build: .
        depends_on: [db]
        environment:
          DATABASE_URL: postgres://fantasy@db:5432/fantasy
        ports:
          - "8000:8000"

    volumes:
      pgdata: {}
    """, season_pw(), "https://hub.docker.com/_/postgres")

SV("compose", "betfair-password", "docker-compose.prod.yml", """
    services:
      recorder:
        image: ghcr.io/bet-stack/market-recorder:2.4.1
        restart: always
        environment:
          - BF_USERNAME=bsrecorder
          - BF_PASSWORD=@V@
          - BF_APP_KEY_FILE=/run/secrets/bf_app_key
          - RECORD_SPORTS=7,4339
        volumes:
          - ./certs:/certs:ro
          - recordings:/data
    volumes:
      recordings:
    """, team_pw(), "https://docs.docker.com/compose/compose-file/05-services/#environment")

SV("dockerfile", "sportradar-key", "services/fixtures/Dockerfile", """
    FROM python:3.12-slim

    WORKDIR /app
    ENV PYTHONDONTWRITEBYTECODE=1 \\
        PYTHONUNBUFFERED=1 \\
        SPORTRADAR_ACCESS_LEVEL=production \\
        SPORTRADAR_API_KEY=@V@

    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    USER 10001
    CMD ["gunicorn", "fixtures.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
    """, sportradar_key(new=True), "https://docs.docker.com/reference/dockerfile/#env")

SV("dockerfile", "index-password", "scrapers/Dockerfile.scraper", """
    FROM python:3.11-slim AS build
    RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
    WORKDIR /src
    COPY pyproject.toml poetry.lock ./
    RUN pip install --no-cache-dir poetry==1.8.3 \\
     && poetry config http-basic.internal builder @V@ \\
     && poetry install --only main --no-root

    FROM python:3.11-slim
    COPY --from=build /src /src
    WORKDIR /src
    ENTRYPOINT ["python", "-m", "oddscraper"]
    """, rand_pw(18), "https://python-poetry.org/docs/repositories/#configuring-credentials")

_reg_pw = docker_pat()
S("docker-config", "registry-token", "deploy/docker/config.json", T("""
    {
      "auths": {
        "https://index.docker.io/v1/": {
          "auth": "@A@"
        },
        "ghcr.io": {
          "auth": ""
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """).replace("@A@", b64("betstackci:" + _reg_pw)), _reg_pw,
  "https://docs.docker.com/reference/cli/docker/login/#credential-stores")


# ================================================================ Kubernetes, Helm, Kustomize

K8S_SECRET_DOCS = "https://kubernetes.io/docs/concepts/configuration/secret/"

_k_odds = odds_api_key()
SV("k8s-secret", "odds-api-key-base64", "k8s/odds-aggregator/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: odds-aggregator
      namespace: pricing
      labels:
        app.kubernetes.io/name: odds-aggregator
        app.kubernetes.io/part-of: pricing
    type: Opaque
    data:
      ODDS_API_KEY: @ENC@
      ODDS_API_REGIONS: dWssZXU=
    """, _k_odds, K8S_SECRET_DOCS, enc=b64(_k_odds))

SV("k8s-secret", "onfido-token", "k8s/secrets/kyc-onfido.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: kyc-onfido
      namespace: kyc
      annotations:
        owner: "payments-compliance"
    type: Opaque
    stringData:
      ONFIDO_API_TOKEN: "@V@"
      ONFIDO_REGION: EU
      ONFIDO_WEBHOOK_URL: https://kyc.bet-stack.io/onfido/events
    """, onfido_token(), K8S_SECRET_DOCS)

_tls_key = pem("RSA")
SV("k8s-secret", "private-key-base64", "k8s/betfair/client-cert-secret.yaml", """
    # Betfair non-interactive login certificate for the trading bots
    apiVersion: v1
    kind: Secret
    metadata:
      name: betfair-client-cert
      namespace: trading
    type: kubernetes.io/tls
    data:
      tls.crt: @CRT@
      tls.key: @ENC@
    """, _tls_key, K8S_SECRET_DOCS + "#tls-secrets",
   crt=b64(cert_pem()), enc=b64(_tls_key + "\n"))

SV("helm", "database-password", "deploy/values-prod.yaml", """
    # values for bet-stack/sportsbook-api, production
    replicaCount: 6
    image:
      repository: ghcr.io/bet-stack/sportsbook-api
      tag: "3.18.2"

    ingress:
      enabled: true
      hosts:
        - host: api.bet-stack.io
          paths: ["/"]

    postgresql:
      enabled: true
      auth:
        username: sportsbook
        database: sportsbook
        password: "@V@"
      primary:
        persistence:
          size: 200Gi

    resources:
      requests: {cpu: 500m, memory: 1Gi}
      limits: {memory: 2Gi}
    """, words_pw(), "https://artifacthub.io/packages/helm/bitnami/postgresql")

SV("helm", "ticketmaster-key", "charts/ticketing/values-staging.yaml", """
    ticketing:
      env: staging
      discovery:
        baseUrl: https://app.ticketmaster.com/discovery/v2
        apiKey: @V@
        countryCode: GB
        classificationName: sports
      seatHoldSeconds: 600
    autoscaling:
      enabled: false
    """, ticketmaster_key(), "https://developer.ticketmaster.com/products-and-docs/apis/getting-started/")

SV("configmap", "ably-key", "k8s/livescore/configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: livescore-publisher
      namespace: livescore
    data:
      FEED_SOURCE: sportradar-push
      PUBLISH_CHANNEL_PREFIX: "match:"
      ABLY_API_KEY: "@V@"
      ABLY_ENVIRONMENT: production
      COALESCE_MS: "250"
    """, ably_key(), "https://ably.com/docs/auth/basic")

SV("kustomize", "database-password", "k8s/overlays/prod/kustomization.yaml", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: fantasy-prod
    resources:
      - ../../base
    images:
      - name: fantasy-api
        newName: 412398771203.dkr.ecr.us-east-1.amazonaws.com/fantasy-api
        newTag: v2024.09.14
    secretGenerator:
      - name: fantasy-db
        literals:
          - DB_USER=fantasy_api
          - DB_PASSWORD=@V@
    generatorOptions:
      disableNameSuffixHash: false
    """, passphrase(), "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

_bs_paypal = paypal_secret()
SV("helm", "paypal-secret-in-block", "charts/payments/values-prod.yaml", """
    payments:
      replicas: 3
      # rendered verbatim into /app/.env by the configmap template
      dotenv: |
        PAYPAL_MODE=live
        PAYPAL_CLIENT_ID=A@CID@
        PAYPAL_CLIENT_SECRET=@V@
        WITHDRAWAL_DAILY_LIMIT=5000
        WITHDRAWAL_REVIEW_OVER=1000
      probes:
        path: /healthz
    """, _bs_paypal, "https://helm.sh/docs/chart_template_guide/values_files/",
   cid=chars(79, URLSAFE))

SV("k8s-deployment", "slack-webhook", "k8s/settlement/cronjob.yaml", """
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: unsettled-markets-report
      namespace: settlement
    spec:
      schedule: "*/30 * * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: report
                  image: ghcr.io/bet-stack/settlement-tools:1.9.0
                  args: ["unsettled", "--older-than", "2h"]
                  env:
                    - name: SLACK_WEBHOOK_URL
                      value: "@V@"
                    - name: DB_DSN
                      valueFrom:
                        secretKeyRef: {name: settlement-db, key: dsn}
    """, slack_webhook(), "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/")

_tr_key = pem("RSA")
SV("helm", "trustly-private-key", "charts/payments/values-trustly.yaml", """
    trustly:
      endpoint: https://trustly.one/api/1
      username: betstack_uk
      notificationUrl: https://pay.bet-stack.io/trustly/notify
      signingKey: |
        @K@
      publicKeyRef: trustly-public
    """, _tr_key, "https://eu.developers.trustly.com/doc/docs/signature", k=_tr_key.replace("\n", "\n    "))

# ================================================================ Terraform

SV("terraform", "database-password", "infra/prod/terraform.tfvars", """
    region          = "eu-west-1"
    environment     = "prod"
    vpc_cidr        = "10.40.0.0/16"

    db_instance_class = "db.r6g.xlarge"
    db_username       = "sportsbook_admin"
    db_password       = "@V@"
    db_multi_az       = true

    odds_cache_nodes = 3
    """, rand_pw(20, "!#%"), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

SV("terraform", "datadog-api-key", "infra/modules/monitoring/providers.tf", """
    terraform {
      required_providers {
        datadog = {
          source  = "DataDog/datadog"
          version = "~> 3.39"
        }
      }
    }

    provider "datadog" {
      api_key = "@V@"
      app_key = var.datadog_app_key
      api_url = "https://api.datadoghq.eu/"
    }

    resource "datadog_monitor" "feed_lag" {
      name    = "Odds feed lag > 30s"
      type    = "metric alert"
      query   = "avg(last_5m):avg:oddsfeed.lag_seconds{env:prod} > 30"
      message = "@slack-trading-alerts feed is lagging"
    }
    """, datadog_key(), "https://registry.terraform.io/providers/DataDog/datadog/latest/docs")

SV("terraform", "cloudflare-token", "infra/dns/cloudflare.tf", """
    provider "cloudflare" {
      api_token = "@V@"
    }

    data "cloudflare_zone" "main" {
      name = "draftroom.gg"
    }

    resource "cloudflare_record" "api" {
      zone_id = data.cloudflare_zone.main.id
      name    = "api"
      content = "draftroom-api.fly.dev"
      type    = "CNAME"
      proxied = true
    }
    """, cloudflare_token(), "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs")

SV("terraform", "digitalocean-token", "infra/scrapers.auto.tfvars", """
    # scraper fleet (lon/ams/fra so the bookmakers see local IPs)
    do_token     = "@V@"
    droplet_size = "s-2vcpu-4gb"
    regions      = ["lon1", "ams3", "fra1"]
    scraper_tags = ["oddscraper", "prod"]
    """, do_token(), "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

# ================================================================ CI / CD

SV("gha", "heroku-api-key", ".github/workflows/deploy.yml", """
    name: Deploy pick'em API

    on:
      push:
        branches: [main]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        env:
          HEROKU_API_KEY: @V@
          HEROKU_APP: pickem-central-api
        steps:
          - uses: actions/checkout@v4
          - name: Install Heroku CLI
            run: curl https://cli-assets.heroku.com/install.sh | sh
          - name: Push
            run: |
              heroku container:login
              heroku container:push web -a "$HEROKU_APP"
              heroku container:release web -a "$HEROKU_APP"
    """, uuid_s(), "https://devcenter.heroku.com/articles/authentication#api-token-storage")

SV("gha", "odds-api-key-in-url", ".github/workflows/odds-sync.yml", """
    name: nightly odds snapshot
    on:
      schedule:
        - cron: "15 3 * * *"
      workflow_dispatch: {}

    jobs:
      snapshot:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Fetch NFL odds
            run: |
              mkdir -p data/odds
              curl -sf "https://api.the-odds-api.com/v4/sports/americanfootball_nfl/odds/?apiKey=@V@&regions=us&markets=h2h,spreads" \\
                -o "data/odds/nfl-$(date +%F).json"
          - name: Commit
            run: |
              git config user.name "odds-bot"
              git config user.email "odds-bot@users.noreply.github.com"
              git add data/odds && git commit -m "odds snapshot" && git push
    """, odds_api_key(), "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions")

SV("gitlab-ci", "sentry-token", ".gitlab-ci.yml", """
    stages: [build, release]

    variables:
      SENTRY_ORG: bet-stack
      SENTRY_PROJECT: sportsbook-web
      SENTRY_AUTH_TOKEN: "@V@"

    build:
      stage: build
      image: node:20
      script:
        - npm ci
        - npm run build
      artifacts:
        paths: [dist/]

    sentry-release:
      stage: release
      image: getsentry/sentry-cli:2
      script:
        - sentry-cli releases new "$CI_COMMIT_SHA"
        - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/
        - sentry-cli releases finalize "$CI_COMMIT_SHA"
    """, sentry_token(), "https://docs.sentry.io/cli/configuration/")

SV("jenkinsfile", "registry-password", "Jenkinsfile", """
    pipeline {
        agent { label 'docker' }
        environment {
            REGISTRY = 'registry.bet-stack.io'
            IMAGE = "${REGISTRY}/trading/market-maker"
        }
        stages {
            stage('Build') {
                steps {
                    sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
                }
            }
            stage('Push') {
                steps {
                    sh "docker login -u jenkins -p '@V@' ${REGISTRY}"
                    sh 'docker push $IMAGE:$BUILD_NUMBER'
                }
            }
        }
        post {
            always { sh 'docker logout $REGISTRY || true' }
        }
    }
    """, rand_pw(16), "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

SV("circleci", "npm-token", ".circleci/config.yml", """
    version: 2.1

    executors:
      node:
        docker:
          - image: cimg/node:20.11
        environment:
          NPM_TOKEN: @V@

    jobs:
      publish-widget:
        executor: node
        steps:
          - checkout
          - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
          - run: npm ci && npm run build
          - run: npm publish --access public

    workflows:
      release:
        jobs:
          - publish-widget:
              filters: {branches: {only: main}}
    """, npm_token(), "https://circleci.com/docs/set-environment-variable/")

SV("bitbucket", "aws-secret-key", "bitbucket-pipelines.yml", """
    image: atlassian/default-image:4

    pipelines:
      branches:
        main:
          - step:
              name: Deploy live-score widget to S3
              script:
                - npm ci && npm run build
                - pipe: atlassian/aws-s3-deploy:1.6.0
                  variables:
                    AWS_ACCESS_KEY_ID: "@KID@"
                    AWS_SECRET_ACCESS_KEY: "@V@"
                    AWS_DEFAULT_REGION: "eu-west-1"
                    S3_BUCKET: "widgets.livescorehub.com"
                    LOCAL_PATH: "dist"
    """, fakes.aws_secret_key(_seed()), "https://support.atlassian.com/bitbucket-cloud/docs/deploy-to-aws-with-s3/",
   kid=fakes.aws_key_id(_seed()))

SV("azure-pipelines", "database-password", "azure-pipelines.yml", """
    trigger:
      - main

    pool:
      vmImage: windows-latest

    variables:
      buildConfiguration: Release
      sqlServer: tickets-sql.database.windows.net
      sqlUser: tickets_deploy
      sqlPassword: '@V@'

    steps:
      - task: DotNetCoreCLI@2
        inputs:
          command: build
          arguments: --configuration $(buildConfiguration)
      - task: SqlAzureDacpacDeployment@1
        inputs:
          ServerName: $(sqlServer)
          DatabaseName: Tickets
          SqlUsername: $(sqlUser)
          SqlPassword: $(sqlPassword)
          DacpacFile: '**/Tickets.Database.dacpac'
    """, team_pw(), "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables")


# ================================================================ Make, shell, cron, service units

SV("makefile", "database-password", "Makefile", """
    .PHONY: run test migrate dump-prod restore-local

    PROD_HOST := sportsbook-prod.cluster-c9x2kq.eu-west-1.rds.amazonaws.com

    run:
    \tpython manage.py runserver 0.0.0.0:8000

    test:
    \tpytest -q

    migrate:
    \tpython manage.py migrate --noinput

    dump-prod:
    \tPGPASSWORD='@V@' pg_dump -h $(PROD_HOST) -U readonly_dump -Fc sportsbook > tmp/prod.dump

    restore-local:
    \tpg_restore --clean -d sportsbook_local tmp/prod.dump
    """, words_pw(), "https://www.gnu.org/software/make/manual/make.html")

SV("makefile", "basic-auth-password", "monitoring/Makefile", """
    GRAFANA := https://grafana.livescorehub.com

    dashboards:
    \t@for f in dashboards/*.json; do \\
    \t  curl -sf -u admin:@V@ -H 'Content-Type: application/json' \\
    \t    -X POST $(GRAFANA)/api/dashboards/db -d @$$f >/dev/null && echo "pushed $$f"; \\
    \tdone

    .PHONY: dashboards
    """, team_pw(url_safe=True), "https://grafana.com/docs/grafana/latest/developers/http_api/dashboard/")

SV("shell", "seatgeek-secret-heredoc", "scripts/bootstrap_ticketing.sh", """
    #!/usr/bin/env bash
    # One-off: set up a fresh ticketing box.
    set -euo pipefail

    APP_DIR=/opt/ticketing
    mkdir -p "$APP_DIR"

    cat > "$APP_DIR/.env" <<'EOF'
    SEATGEEK_CLIENT_ID=MzkxNjQ4MjF8MTcwOTkxMjQ1Ny4x
    SEATGEEK_CLIENT_SECRET=@V@
    RESALE_MARKUP_CAP=0.10
    EOF

    chmod 600 "$APP_DIR/.env"
    systemctl restart ticketing
    echo "ticketing bootstrapped"
    """, hexs(64), "https://platform.seatgeek.com/")

SV("shell", "mysql-password", "scripts/backup_affiliate_db.sh", """
    #!/bin/sh
    # nightly backup of the tipster affiliate WordPress DB
    STAMP=$(date +%Y%m%d)
    OUT=/var/backups/wp/affiliate-$STAMP.sql.gz

    mysqldump --single-transaction -h 127.0.0.1 -u wp_backup -p'@V@' affiliate_wp | gzip > "$OUT"
    find /var/backups/wp -name 'affiliate-*.sql.gz' -mtime +14 -delete
    """, season_pw(), "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

SV("shell", "betfair-password", "scripts/betfair_login.sh", """
    #!/usr/bin/env bash
    # Non-interactive (bot) login; prints the session token.
    set -euo pipefail
    CERT_DIR="${CERT_DIR:-$HOME/.betfair}"

    curl -s -q -k \\
      --cert "$CERT_DIR/client-2048.crt" --key "$CERT_DIR/client-2048.key" \\
      https://identitysso-cert.betfair.com/api/certlogin \\
      -H "X-Application: ${BF_APP_KEY}" \\
      -H "Content-Type: application/x-www-form-urlencoded" \\
      -d "username=greyhoundquant&password=@V@" | jq -r .sessionToken
    """, words_pw(url_safe=True), "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687915/Non-Interactive+bot+login")

SV("shell", "gitlab-token-in-url", "scripts/mirror_models.sh", """
    #!/usr/bin/env bash
    set -e
    # mirror the pricing models repo to the DR site every hour (cron)
    cd /srv/mirror
    if [ ! -d pricing-models.git ]; then
      git clone --mirror https://oauth2:@V@@gitlab.bet-stack.io/trading/pricing-models.git
    fi
    cd pricing-models.git
    git remote update --prune
    """, gitlab_token(), "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

SV("crontab", "odds-api-key", "ops/crontab", """
    # m h dom mon dow  command
    MAILTO=ops@livescorehub.com
    SHELL=/bin/bash

    */5 * * * * cd /srv/ingest && ODDS_API_KEY=@V@ ./venv/bin/python -m ingest.odds >> /var/log/ingest/odds.log 2>&1
    0 4 * * *   cd /srv/ingest && ./venv/bin/python -m ingest.cleanup --days 30
    """, odds_api_key(), "https://man7.org/linux/man-pages/man5/crontab.5.html")

SV("systemd", "kafka-sasl-password", "deploy/systemd/odds-ingest.service", """
    [Unit]
    Description=Odds ingest (Kafka producer)
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=ingest
    WorkingDirectory=/opt/odds-ingest
    Environment="KAFKA_BOOTSTRAP=pkc-4r087.europe-west2.gcp.confluent.cloud:9092"
    Environment="KAFKA_SASL_USERNAME=@USER@"
    Environment="KAFKA_SASL_PASSWORD=@V@"
    ExecStart=/opt/odds-ingest/bin/odds-ingest --topic odds.raw.v1
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, confluent_secret(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
   user=chars(16, UPPER_ALNUM))

SV("supervisor", "paypal-secret", "ops/supervisord.conf", """
    [supervisord]
    nodaemon=true
    logfile=/var/log/supervisor/supervisord.log

    [program:withdrawals]
    command=/srv/payments/venv/bin/python -m payments.withdrawals
    directory=/srv/payments
    autostart=true
    autorestart=true
    environment=PAYPAL_MODE="live",PAYPAL_CLIENT_SECRET="@V@",LOG_LEVEL="info"
    stdout_logfile=/var/log/payments/withdrawals.log
    """, paypal_secret(), "http://supervisord.org/configuration.html#program-x-section-settings")

SV("batch", "database-password", "scripts/windows/sync_fixtures.bat", """
    @echo off
    REM Pulls today's fixtures into the ticketing reporting DB
    setlocal
    set SQLCMDSERVER=tickets-sql.database.windows.net
    set SQLCMDUSER=reporting
    set SQLCMDPASSWORD=@V@
    sqlcmd -d TicketsReporting -i sql\\load_fixtures.sql -b
    if errorlevel 1 goto :fail
    echo done
    goto :eof
    :fail
    echo fixture sync failed
    exit /b 1
    """, team_pw(), "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", crlf=True)

SV("powershell", "service-account-password", "scripts/Deploy-Kiosk.ps1", """
    param(
        [string]$ComputerName = "KIOSK-GATE-07"
    )

    $user = "STADIUM\\svc_kiosk"
    $pass = ConvertTo-SecureString "@V@" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($user, $pass)

    Invoke-Command -ComputerName $ComputerName -Credential $cred -ScriptBlock {
        Stop-Service TicketScanner
        Copy-Item \\\\deploy01\\builds\\scanner\\latest\\* C:\\Scanner -Recurse -Force
        Start-Service TicketScanner
    }
    """, words_pw(), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", crlf=True)

# ================================================================ Node / TypeScript

SV("node-config", "odds-api-key", "config/default.json", """
    {
      "server": { "port": 3000 },
      "oddsApi": {
        "baseUrl": "https://api.the-odds-api.com/v4",
        "key": "@V@",
        "sports": ["basketball_nba", "icehockey_nhl", "baseball_mlb"]
      },
      "cache": { "ttlSeconds": 45 }
    }
    """, odds_api_key(), "https://github.com/node-config/node-config/wiki/Configuration-Files")

SV("node", "redis-password", "config/production.js", """
    'use strict';

    module.exports = {
      port: process.env.PORT || 8080,
      redis: {
        host: 'livescore-prod.abc123.ng.0001.euw1.cache.amazonaws.com',
        port: 6379,
        password: '@V@',
        tls: {},
      },
      socket: { pingInterval: 20000, pingTimeout: 10000 },
      feeds: ['sportradar', 'statsperform'],
    };
    """, fakes.redis_password(_seed()), "https://github.com/redis/ioredis#connect-to-redis")

SV("node", "database-password", "knexfile.js", """
    // Update with your config settings.

    /** @type { Object.<string, import("knex").Knex.Config> } */
    module.exports = {
      development: {
        client: 'pg',
        connection: { database: 'leagues_dev' },
      },

      production: {
        client: 'pg',
        connection: {
          host: 'leagues-prod.internal',
          database: 'leagues',
          user: 'leagues_app',
          password: '@V@',
        },
        pool: { min: 2, max: 20 },
        migrations: { tableName: 'knex_migrations' },
      },
    };
    """, passphrase(), "https://knexjs.org/guide/#configuration-options")

SV("pm2", "pubnub-secret", "ecosystem.config.js", """
    module.exports = {
      apps: [
        {
          name: 'score-relay',
          script: './dist/relay.js',
          instances: 2,
          exec_mode: 'cluster',
          env_production: {
            NODE_ENV: 'production',
            PUBNUB_PUBLISH_KEY: 'pub-c-@PUB@',
            PUBNUB_SUBSCRIBE_KEY: 'sub-c-@SUB@',
            PUBNUB_SECRET_KEY: '@V@',
          },
        },
      ],
    };
    """, pubnub_secret(), "https://pm2.keymetrics.io/docs/usage/application-declaration/",
   pub=uuid_s(), sub=uuid_s())

SV("typescript", "sportradar-key", "src/services/sportradar.ts", """
    import axios from 'axios';

    const API_KEY = '@V@';
    const BASE = 'https://api.sportradar.com/nba/production/v8/en';

    export interface GameSummary {
      id: string;
      status: string;
      home: { name: string; points: number };
      away: { name: string; points: number };
    }

    export async function gameSummary(gameId: string): Promise<GameSummary> {
      const { data } = await axios.get(`${BASE}/games/${gameId}/summary.json`, {
        headers: { 'x-api-key': API_KEY },
        timeout: 8000,
      });
      return data;
    }
    """, sportradar_key(new=True), "https://developer.sportradar.com/basketball/reference/nba-overview")

SV("typescript", "stripe-secret-key", "src/lib/stripe.ts", """
    import Stripe from 'stripe';

    export const stripe = new Stripe('@V@', {
      apiVersion: '2024-06-20',
      appInfo: { name: 'stadiumpass-checkout', version: '1.4.0' },
    });

    export async function refundTicket(paymentIntent: string, amount?: number) {
      return stripe.refunds.create({ payment_intent: paymentIntent, amount });
    }
    """, stripe_key("sk_live_", 24), "https://github.com/stripe/stripe-node#usage")

SV("npmrc", "npm-token", ".npmrc", """
    registry=https://registry.npmjs.org/
    @livescorehub:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@V@
    save-exact=true
    engine-strict=true
    """, npm_token(), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

SV("nextjs", "auth0-client-secret", "next.config.js", """
    /** @type {import('next').NextConfig} */
    const nextConfig = {
      reactStrictMode: true,
      images: { domains: ['cdn.draftroom.gg', 'a.espncdn.com'] },
      env: {
        AUTH0_BASE_URL: 'https://draftroom.gg',
        AUTH0_ISSUER_BASE_URL: 'https://draftroom.eu.auth0.com',
        AUTH0_CLIENT_ID: 'q3Wd8kLmN2pR5tV7xY9zA1bC4eF6gH8j',
        AUTH0_CLIENT_SECRET: '@V@',
      },
    };

    module.exports = nextConfig;
    """, auth0_secret(), "https://github.com/auth0/nextjs-auth0#configure-the-sdk")

SV("node", "fcm-server-key", "src/notifications/goal-alerts.js", """
    const fetch = require('node-fetch');

    const FCM_URL = 'https://fcm.googleapis.com/fcm/send';
    const SERVER_KEY = '@V@';

    async function sendGoalAlert(topic, { home, away, score, minute }) {
      const res = await fetch(FCM_URL, {
        method: 'POST',
        headers: { Authorization: `key=${SERVER_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          to: `/topics/${topic}`,
          notification: { title: `GOAL! ${home} ${score} ${away}`, body: `${minute}'` },
        }),
      });
      return res.ok;
    }

    module.exports = { sendGoalAlert };
    """, fcm_server_key(), "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

SV("typeorm", "database-password", "ormconfig.json", """
    {
      "type": "mysql",
      "host": "tickets-db.stadiumpass.internal",
      "port": 3306,
      "username": "tickets",
      "password": "@V@",
      "database": "tickets",
      "synchronize": false,
      "logging": ["error"],
      "entities": ["dist/entity/**/*.js"],
      "migrations": ["dist/migration/**/*.js"]
    }
    """, rand_pw(14), "https://typeorm.io/data-source-options")

_sdio = hexs(32)
S("javascript", "sportsdataio-key-split", "src/widgets/scoreboard/api.js", T("""
    // SportsDataIO scoreboard feed for the embeddable widget (server-side proxy only)
    const BASE = 'https://api.sportsdata.io/v3/mlb/scores/json';
    const KEY = '@A@' +
      '@B@';

    export async function gamesByDate(date) {
      const res = await fetch(`${BASE}/GamesByDate/${date}`, {
        headers: { 'Ocp-Apim-Subscription-Key': KEY },
      });
      if (!res.ok) throw new Error(`scores ${res.status}`);
      return res.json();
    }
    """).replace("@A@", _sdio[:16]).replace("@B@", _sdio[16:]), _sdio,
  "https://sportsdata.io/developers/api-documentation/mlb")

SV("serverless", "slack-bot-token", "serverless.yml", """
    service: settlement-notifier
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: nodejs20.x
      region: eu-west-1
      environment:
        SLACK_BOT_TOKEN: @V@
        SLACK_CHANNEL: "#settlement-alerts"

    functions:
      notify:
        handler: src/handler.notify
        events:
          - sqs:
              arn: arn:aws:sqs:eu-west-1:412398771203:settlement-events
    """, slack_bot(), "https://www.serverless.com/framework/docs/providers/aws/guide/variables")

SV("runtimeconfig", "mux-token-secret", "functions/.runtimeconfig.json", """
    {
      "mux": {
        "token_id": "@TID@",
        "token_secret": "@V@"
      },
      "highlights": {
        "max_clip_seconds": "90"
      }
    }
    """, mux_secret(), "https://firebase.google.com/docs/functions/config-env?gen=1st",
   tid=uuid_s())

SV("nodemon", "jwt-secret", "nodemon.json", """
    {
      "watch": ["src"],
      "ext": "ts,json",
      "ignore": ["src/**/*.spec.ts"],
      "exec": "ts-node ./src/index.ts",
      "env": {
        "NODE_ENV": "development",
        "JWT_SECRET": "@V@",
        "JWT_EXPIRES_IN": "7d"
      }
    }
    """, passphrase(), "https://github.com/remy/nodemon#config-files")

SV("node", "adyen-api-key", "src/payments/adyen.js", """
    const { Client, CheckoutAPI } = require('@adyen/api-library');

    const client = new Client({
      apiKey: '@V@',
      environment: 'LIVE',
      liveEndpointUrlPrefix: '1797a841fbb37ca7-BetStack',
    });

    const checkout = new CheckoutAPI(client);

    async function depositSession(playerId, amountMinor, currency = 'EUR') {
      return checkout.PaymentsApi.sessions({
        merchantAccount: 'BetStackCOM',
        amount: { value: amountMinor, currency },
        reference: `dep-${playerId}-${Date.now()}`,
        returnUrl: 'https://bet-stack.io/wallet/return',
      });
    }

    module.exports = { depositSession };
    """, adyen_key(), "https://github.com/Adyen/adyen-node-api-library")


# ================================================================ Go services

SV("go", "betfair-session-token", "internal/exchange/client.go", """
    package exchange

    import (
    \t"bytes"
    \t"encoding/json"
    \t"net/http"
    \t"time"
    )

    const (
    \tbettingURL = "https://api.betfair.com/exchange/betting/json-rpc/v1"
    \t// TODO: load from keepalive service; pasted for the demo on Friday
    \tsessionToken = "@V@"
    )

    type Client struct {
    \tAppKey string
    \thttp   *http.Client
    }

    func New(appKey string) *Client {
    \treturn &Client{AppKey: appKey, http: &http.Client{Timeout: 10 * time.Second}}
    }

    func (c *Client) call(method string, params any, out any) error {
    \tbody, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": method, "params": params, "id": 1})
    \treq, _ := http.NewRequest(http.MethodPost, bettingURL, bytes.NewReader(body))
    \treq.Header.Set("X-Application", c.AppKey)
    \treq.Header.Set("X-Authentication", sessionToken)
    \treq.Header.Set("Content-Type", "application/json")
    \tresp, err := c.http.Do(req)
    \tif err != nil {
    \t\treturn err
    \t}
    \tdefer resp.Body.Close()
    \treturn json.NewDecoder(resp.Body).Decode(out)
    }
    """, betfair_ssoid(), "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687473/Getting+Started")

SV("go", "database-password", "cmd/ingest/main.go", """
    package main

    import (
    \t"context"
    \t"log"
    \t"os"

    \t"github.com/jackc/pgx/v5/pgxpool"
    )

    func main() {
    \tdsn := os.Getenv("INGEST_DSN")
    \tif dsn == "" {
    \t\tdsn = "postgres://ingest:@V@@timescale.feeds.svc:5432/ticks?sslmode=disable"
    \t}
    \tpool, err := pgxpool.New(context.Background(), dsn)
    \tif err != nil {
    \t\tlog.Fatalf("connect: %v", err)
    \t}
    \tdefer pool.Close()
    \trun(context.Background(), pool)
    }
    """, rand_pw(20), "https://pkg.go.dev/github.com/jackc/pgx/v5/pgxpool")

SV("toml", "sportradar-key", "configs/fixtures-sync.toml", """
    # fixtures-sync (Go) configuration
    [server]
    addr = ":8090"
    read_timeout = "5s"

    [sportradar]
    base_url = "https://api.sportradar.com/tennis/production/v3/en"
    api_key = "@V@"
    rate_per_second = 1

    [store]
    driver = "postgres"
    dsn_env = "FIXTURES_DSN"
    """, sportradar_key(), "https://toml.io/en/v1.0.0")

SV("yaml", "kafka-sasl-password", "configs/config.yaml", """
    # viper config for odds-normaliser
    log:
      level: info
      format: json
    kafka:
      brokers:
        - b-1.odds-msk.k2x8lq.c3.kafka.eu-west-1.amazonaws.com:9096
        - b-2.odds-msk.k2x8lq.c3.kafka.eu-west-1.amazonaws.com:9096
      sasl:
        mechanism: SCRAM-SHA-512
        username: odds-normaliser
        password: "@V@"
      topics:
        in: odds.raw.v1
        out: odds.normalised.v1
    """, rand_pw(24), "https://github.com/spf13/viper#reading-config-files")

SV("go", "txodds-password-in-query", "pkg/feeds/txodds/feed_test.go", """
    package txodds

    import (
    \t"net/http"
    \t"testing"
    )

    // Live smoke test against the TXODDS XML feed; skipped in CI.
    const liveURL = "https://xml2.txodds.com/feed/odds/xml.php?ident=bsfeeds01&passwd=@V@&bid=17,126&spid=1"

    func TestLiveFeed(t *testing.T) {
    \tif testing.Short() {
    \t\tt.Skip("live")
    \t}
    \tresp, err := http.Get(liveURL)
    \tif err != nil {
    \t\tt.Fatal(err)
    \t}
    \tdefer resp.Body.Close()
    \tif resp.StatusCode != 200 {
    \t\tt.Fatalf("status %d", resp.StatusCode)
    \t}
    }
    """, words_pw(url_safe=True), "https://pkg.go.dev/testing")

SV("go", "launchdarkly-sdk-key", "internal/flags/flags.go", """
    package flags

    import (
    \t"time"

    \tld "github.com/launchdarkly/go-server-sdk/v7"
    )

    var client *ld.LDClient

    func Init() error {
    \tvar err error
    \tclient, err = ld.MakeClient("@V@", 5*time.Second)
    \treturn err
    }

    func CashOutEnabled(userKey string) bool {
    \treturn boolFlag("cash-out-v2", userKey, false)
    }
    """, launchdarkly_sdk_key(), "https://docs.launchdarkly.com/sdk/server-side/go")

SV("yaml", "paysafe-api-key", "configs/payments.yaml", """
    paysafe:
      environment: LIVE
      base_url: https://api.paysafe.com/paymenthub/v1
      api_key: @V@
      account_id: "1001045330"
    limits:
      min_deposit: 10
      max_deposit: 5000
    """, paysafe_key(), "https://developer.paysafe.com/en/api-docs/payments-api/overview/")

SV("yaml", "discord-bot-token", "bot/config.yaml", """
    # fantasy league companion bot
    discord:
      token: @V@
      guild_id: 1093845219384752210
      channels:
        trades: 1093845219384752301
        waivers: 1093845219384752302
    sleeper:
      league_id: "1048293847561230336"
    schedule:
      waiver_report: "0 9 * * WED"
    """, discord_bot_token(), "https://discord.com/developers/docs/reference#authentication")

SV("json", "discord-webhook", "league-bot/config.json", """
    {
      "leagueName": "Sunday Scaries Dynasty",
      "season": 2024,
      "platform": "sleeper",
      "leagueId": "1123456789012345678",
      "discordWebhook": "@V@",
      "postMatchupsAt": "TUE 08:00",
      "trashTalk": true
    }
    """, discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook")

# ================================================================ JVM, .NET, PHP, Ruby, R

SV("properties", "uof-access-token", "src/main/resources/UFSdkConfiguration.properties", """
    # Unified Odds Feed SDK configuration
    uf.sdk.accessToken=@V@
    uf.sdk.nodeId=7
    uf.sdk.defaultLanguage=en
    uf.sdk.desiredLanguages=en,de,it
    uf.sdk.environment=Production
    uf.sdk.exceptionHandlingStrategy=Catch
    uf.sdk.cleanTrafficLogEntries=true
    """, uof_token(), "https://sportradar.github.io/UnifiedOddsSdkJava/com/sportradar/unifiedodds/sdk/cfg/TokenSetter.html")

SV("dotnet-config", "uof-access-token", "OddsFeed.Host/App.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <configSections>
        <section name="uofSdkSection" type="Sportradar.OddsFeed.SDK.Api.Internal.Config.UofConfigurationSection, Sportradar.OddsFeed.SDK"/>
      </configSections>
      <uofSdkSection accessToken="@V@" nodeId="3" desiredLanguages="en,fr" environment="Integration"/>
      <startup>
        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8"/>
      </startup>
      <appSettings>
        <add key="ProducerRecoveryMinutes" value="30"/>
      </appSettings>
    </configuration>
    """, uof_token(), "https://sportradar.github.io/UnifiedOddsSdkNetCore/sdkapi/Sportradar.OddsFeed.SDK.Api.Config.ITokenSetter.html", crlf=True)

SV("spring", "database-password", "src/main/resources/application-prod.yml", """
    server:
      port: 8080
    spring:
      datasource:
        url: jdbc:postgresql://risk-db.bet-stack.io:5432/risk
        username: risk_engine
        password: @V@
        hikari:
          maximum-pool-size: 30
      jpa:
        open-in-view: false
        hibernate:
          ddl-auto: validate
    risk:
      max-liability-per-market: 250000
    """, rand_pw(18), "https://docs.spring.io/spring-boot/appendix/application-properties/index.html")

SV("appsettings", "database-password", "Tickets.Api/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": { "Default": "Warning", "Microsoft.AspNetCore": "Warning" }
      },
      "ConnectionStrings": {
        "Tickets": "Server=tcp:tickets-sql.database.windows.net,1433;Initial Catalog=Tickets;User ID=tickets_api;Password=@V@;Encrypt=True;"
      },
      "Seating": { "HoldMinutes": 10, "MaxPerOrder": 8 },
      "AllowedHosts": "*"
    }
    """, team_pw(), "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/")

SV("appsettings", "azure-storage-key", "Tickets.Worker/appsettings.Development.json", """
    {
      "Storage": {
        "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=stadiumpasstickets;AccountKey=@V@;EndpointSuffix=core.windows.net",
        "Container": "eticket-pdfs"
      },
      "Queue": { "Name": "ticket-render", "BatchSize": 16 }
    }
    """, azure_account_key(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

SV("webconfig", "worldpay-xml-password", "Web.config", """
    <?xml version="1.0"?>
    <configuration>
      <appSettings>
        <add key="Worldpay.MerchantCode" value="BETSTACKGBP"/>
        <add key="Worldpay.XmlUsername" value="BETSTACKGBP"/>
        <add key="Worldpay.XmlPassword" value="@V@"/>
        <add key="Worldpay.Endpoint" value="https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp"/>
        <add key="Deposit.MinimumGBP" value="5"/>
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8"/>
        <customErrors mode="RemoteOnly"/>
      </system.web>
    </configuration>
    """, rand_pw(12), "https://developerengine.fisglobal.com/apis/wpg/quickstart", crlf=True)

SV("php", "database-password", "public_html/wp-config.php", """
    <?php
    /**
     * The base configuration for WordPress (tipster affiliate site)
     */

    // ** Database settings ** //
    define( 'DB_NAME', 'tipsters_wp' );
    define( 'DB_USER', 'tipsters_wp' );
    define( 'DB_PASSWORD', '@V@' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    $table_prefix = 'wp_';

    define( 'WP_DEBUG', false );

    if ( ! defined( 'ABSPATH' ) ) {
    \tdefine( 'ABSPATH', __DIR__ . '/' );
    }

    require_once ABSPATH . 'wp-settings.php';
    """, season_pw(), "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

SV("php", "api-football-key", "wp-content/plugins/bs-fixtures/includes/class-api.php", """
    <?php
    if ( ! defined( 'ABSPATH' ) ) exit;

    class BS_Fixtures_Api {
        const BASE = 'https://v3.football.api-sports.io';
        private $key = '@V@';

        public function fixtures( $league, $season, $date ) {
            $url = add_query_arg( compact( 'league', 'season', 'date' ), self::BASE . '/fixtures' );
            $res = wp_remote_get( $url, array(
                'headers' => array( 'x-apisports-key' => $this->key ),
                'timeout' => 10,
            ) );
            if ( is_wp_error( $res ) ) {
                return array();
            }
            return json_decode( wp_remote_retrieve_body( $res ), true )['response'];
        }
    }
    """, hexs(32), "https://www.api-football.com/documentation-v3#section/Authentication")

SV("rails", "database-password", "config/database.yml", """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: boxoffice_development

    test:
      <<: *default
      database: boxoffice_test

    production:
      <<: *default
      database: boxoffice_production
      username: boxoffice
      password: "@V@"
      host: boxoffice-db.internal
    """, words_pw(), "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

SV("ruby", "braintree-private-key", "config/initializers/braintree.rb", """
    # frozen_string_literal: true

    Braintree::Configuration.environment = :production
    Braintree::Configuration.merchant_id = "k8w3x2n9q4v7t6m1"
    Braintree::Configuration.public_key  = "p3c9z7x2m5v8b4n6"
    Braintree::Configuration.private_key = "@V@"
    Braintree::Configuration.logger = Rails.logger
    """, hexs(32), "https://developer.paypal.com/braintree/docs/start/hello-server/ruby")

SV("r", "football-data-token", "analysis/fetch_matches.R", """
    library(httr)
    library(jsonlite)
    library(dplyr)

    token <- "@V@"

    get_matches <- function(competition = "PL", season = 2024) {
      res <- GET(
        sprintf("https://api.football-data.org/v4/competitions/%s/matches", competition),
        query = list(season = season),
        add_headers(`X-Auth-Token` = token)
      )
      stop_for_status(res)
      fromJSON(content(res, "text", encoding = "UTF-8"))$matches
    }

    matches <- get_matches() %>% select(utcDate, homeTeam, awayTeam, score)
    saveRDS(matches, "data/pl_2024.rds")
    """, hexs(32), "https://www.football-data.org/documentation/quickstart")

SV("properties", "nuvei-secret-key", "src/main/resources/application.properties", """
    spring.application.name=cashier
    server.port=8443
    nuvei.environment=PROD
    nuvei.merchant-id=5928374612983746
    nuvei.merchant-site-id=241783
    nuvei.merchant-secret-key=@V@
    cashier.currencies=EUR,GBP,SEK
    management.endpoints.web.exposure.include=health,info
    """, fakes.drawn_mixed(_seed(), 64), "https://docs.nuvei.com/documentation/integration/")

SV("properties", "cloudinary-url", "player-media/src/main/resources/media.properties", """
    # player headshots and club crests
    media.provider=cloudinary
    cloudinary.url=cloudinary://@KEY@:@V@@draftroom-media
    media.headshot.width=256
    media.crest.format=svg
    """, chars(27, URLSAFE), "https://cloudinary.com/documentation/java_integration#setting_configuration_parameters",
   key=str(random.Random(_seed()).randint(10**14, 10**15)))

SV("kafka-properties", "confluent-api-secret", "config/client.properties", """
    # Confluent Cloud client configuration (scores topic consumer)
    bootstrap.servers=pkc-75m1o.europe-west3.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='@KEY@' password='@V@';
    session.timeout.ms=45000
    client.dns.lookup=use_all_dns_ips
    acks=all
    """, confluent_secret(), "https://docs.confluent.io/cloud/current/client-apps/config-client.html",
   key=chars(16, UPPER_ALNUM))

SV("gradle", "keystore-password", "android/gradle.properties", """
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    kotlin.code.style=official

    # release signing (sportsbook app)
    RELEASE_STORE_FILE=../keystores/sportsbook-release.jks
    RELEASE_KEY_ALIAS=sportsbook
    RELEASE_STORE_PASSWORD=@V@
    """, team_pw(), "https://developer.android.com/build/building-cmdline#sign_cmdline")

SV("android-local-properties", "jumio-api-secret", "android/local.properties", """
    ## This file must *NOT* be checked into Version Control Systems,
    # as it contains information specific to your local configuration.
    sdk.dir=/Users/dev/Library/Android/sdk
    JUMIO_API_TOKEN=@TOK@
    JUMIO_API_SECRET=@V@
    JUMIO_DATACENTER=EU
    """, fakes.drawn_mixed(_seed(), 32), "https://github.com/Jumio/mobile-sdk-android",
   tok=uuid_s())


# ================================================================ keys, infra files, docs, logs

SV("ssh-key", "openssh-private-key", "deploy/keys/id_ed25519", """
    @V@
    """, openssh_pem(), "https://man.openbsd.org/ssh-keygen.1")

SV("pem", "rsa-private-key", "certs/betfair/client-2048.key", """
    @V@
    """, pem("RSA"), "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687915/Non-Interactive+bot+login")

SV("pem", "apns-p8-key", "ios/fastlane/keys/AuthKey_7X4K2M9QPL.p8", """
    @V@
    """, pkcs8_pem(), "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

_fb_key = rsa_pkcs8_pem()
_fb_escaped = _fb_key.replace("\n", "\\n")
SV("gcp-sa", "service-account-private-key", "secrets/livescore-firebase-adminsdk.json", """
    {
      "type": "service_account",
      "project_id": "livescore-hub-prod",
      "private_key_id": "@KID@",
      "private_key": "@V@\\n",
      "client_email": "firebase-adminsdk-x7k2p@livescore-hub-prod.iam.gserviceaccount.com",
      "client_id": "104829384756102938475",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "universe_domain": "googleapis.com"
    }
    """, _fb_escaped, "https://cloud.google.com/iam/docs/keys-create-delete#creating", kid=hexs(40))

_ng_pw = words_pw()
SV("nginx", "basic-auth-header", "deploy/nginx/conf.d/feeds-proxy.conf", """
    upstream lsports_feed {
        server prematch.lsports.eu:443;
        keepalive 16;
    }

    server {
        listen 8088;
        server_name feeds-proxy.internal;

        location /prematch/ {
            proxy_pass https://lsports_feed/OddService/;
            proxy_set_header Host prematch.lsports.eu;
            proxy_set_header Authorization "Basic @ENC@";
            proxy_ssl_server_name on;
            proxy_read_timeout 30s;
        }
    }
    """, _ng_pw, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
   enc=b64("feeds@bet-stack.io:" + _ng_pw))

SV("netrc", "matchbook-password", ".netrc", """
    machine api.matchbook.com
      login bs_trading_eu
      password @V@

    machine github.com
      login bs-deploy-bot
    """, team_pw(), "https://everything.curl.dev/usingcurl/netrc.html")

SV("markdown", "eventbrite-token", "docs/runbooks/fan-events.md", """
    # Fan events sync — runbook

    The fan-zone events (watch parties, meet-the-squad) come from Eventbrite and are
    mirrored into the ticketing DB every 30 minutes by `jobs/eventbrite_sync.py`.

    ## When the sync is stuck

    1. Check the job logs in Grafana (`app=eventbrite-sync`).
    2. Call the API by hand to see whether Eventbrite is answering:

    ```bash
    curl -s https://www.eventbriteapi.com/v3/organizations/482910384756/events/ \\
      -H "Authorization: Bearer @V@" | jq '.events | length'
    ```

    3. If it answers, re-run the job: `kubectl -n fanzone create job --from=cronjob/eventbrite-sync manual-$(date +%s)`.
    4. Otherwise post in #partner-eventbrite.
    """, eventbrite_token(), "https://www.eventbrite.com/platform/api#/introduction/authentication")

_log_pw = rand_pw(16)
SV("log", "database-url", "logs/settlement-worker-2024-09-14.log", """
    2024-09-14T18:02:11.482Z INFO  settlement.worker starting worker pid=4121 queues=settle,risk
    2024-09-14T18:02:11.497Z DEBUG settlement.db connecting url=postgresql://settle_rw:@V@@settle-db.internal:5432/settlement
    2024-09-14T18:02:11.652Z INFO  settlement.db pool ready size=10
    2024-09-14T18:05:43.118Z INFO  settlement.tasks settled market=1.231847562 bets=18422 took_ms=2214
    2024-09-14T18:07:02.771Z WARN  settlement.tasks late result market=1.231847599 provider=sportradar delay_s=412
    2024-09-14T18:09:15.004Z INFO  settlement.tasks settled market=1.231847599 bets=2210 took_ms=388
    """, _log_pw, "https://docs.python.org/3/library/logging.html")

SV("sql", "database-password", "db/migrations/0042_create_reporting_role.sql", """
    -- 0042: read-only role for the trading dashboards (Metabase)
    BEGIN;

    CREATE ROLE reporting_ro WITH LOGIN PASSWORD '@V@';
    GRANT CONNECT ON DATABASE sportsbook TO reporting_ro;
    GRANT USAGE ON SCHEMA public TO reporting_ro;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting_ro;

    COMMIT;
    """, season_pw(), "https://www.postgresql.org/docs/current/sql-createrole.html")

SV("dbt", "snowflake-password", "analytics/profiles.yml", """
    fantasy_analytics:
      target: prod
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
          threads: 4
        prod:
          type: snowflake
          account: xy12345.eu-west-1
          user: DBT_PROD
          password: "@V@"
          role: TRANSFORMER
          database: ANALYTICS
          warehouse: TRANSFORMING
          schema: marts
          threads: 8
    """, rand_pw(20, "!@"), "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

SV("prometheus", "basic-auth-password", "monitoring/prometheus.yml", """
    global:
      scrape_interval: 15s
      evaluation_interval: 30s

    scrape_configs:
      - job_name: odds-ingest
        static_configs:
          - targets: ["odds-ingest-1:9102", "odds-ingest-2:9102"]

      - job_name: betfair-recorder
        scheme: https
        basic_auth:
          username: prometheus
          password: @V@
        static_configs:
          - targets: ["recorder.bet-stack.io:443"]
    """, passphrase(), "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

SV("http-file", "sumsub-app-token", "requests/sumsub.http", """
    ### Sumsub: applicant by external id (JetBrains HTTP client)
    @base = https://api.sumsub.com
    @token = @V@

    GET {{base}}/resources/applicants/-;externalUserId=player-10482/one
    X-App-Token: {{token}}
    X-App-Access-Ts: {{$timestamp}}
    X-App-Access-Sig: {{sig}}
    Accept: application/json
    """, sumsub_app_token(), "https://www.jetbrains.com/help/idea/exploring-http-syntax.html")

SV("ansible", "database-password", "ansible/group_vars/ticketing_db.yml", """
    ---
    mysql_bind_address: 0.0.0.0
    mysql_max_connections: 400
    mysql_root_password: "@V@"
    mysql_databases:
      - name: tickets
        encoding: utf8mb4
    mysql_users:
      - name: tickets_app
        host: "10.20.%"
        password: "{{ vault_tickets_app_password }}"
        priv: "tickets.*:ALL"
    """, words_pw(), "https://github.com/geerlingguy/ansible-role-mysql")

SV("renovate", "github-fine-grained-token", "renovate/config.js", """
    module.exports = {
      platform: 'github',
      token: '@V@',
      repositories: [
        'bet-stack/sportsbook-api',
        'bet-stack/odds-normaliser',
        'bet-stack/livescore-widget',
      ],
      onboarding: false,
      requireConfig: 'optional',
      packageRules: [{ matchUpdateTypes: ['minor', 'patch'], automerge: true }],
    };
    """, fakes.github_fine_grained_token(_seed()), "https://docs.renovatebot.com/self-hosted-configuration/")

SV("pgpass", "database-password", "ops/.pgpass", """
    # ~/.pgpass for the analytics jump box
    # hostname:port:database:username:password
    # analysts: read replica only
    fantasy-replica.internal:5432:fantasy:analyst:@V@
    # (libpq ignores this file unless it is chmod 0600)
    """, rand_pw(18), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("newrelic", "license-key", "newrelic.ini", """
    [newrelic]
    license_key = @V@
    app_name = Pickem Central API
    monitor_mode = true
    log_level = info
    distributed_tracing.enabled = true

    [newrelic:staging]
    app_name = Pickem Central API (Staging)
    """, newrelic_license(), "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

SV("wrangler", "agora-app-certificate", "workers/stream-token/wrangler.toml", """
    name = "stream-token"
    main = "src/index.ts"
    compatibility_date = "2024-08-01"

    [vars]
    AGORA_APP_ID = "@APPID@"
    AGORA_APP_CERTIFICATE = "@V@"
    TOKEN_TTL_SECONDS = "3600"

    [[routes]]
    pattern = "stream.livescorehub.com/token*"
    zone_name = "livescorehub.com"
    """, hexs(32), "https://developers.cloudflare.com/workers/wrangler/configuration/",
   appid=hexs(32))

SV("google-oauth", "client-secret", "tools/draft_sheet/client_secret.json", """
    {
      "installed": {
        "client_id": "@CID@.apps.googleusercontent.com",
        "project_id": "draft-board-sync",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@V@",
        "redirect_uris": ["http://localhost"]
      }
    }
    """, google_client_secret(), "https://developers.google.com/identity/protocols/oauth2/native-app",
   cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + chars(32, LOWER_ALNUM))


# ================================================================ DECOYS: references, templates, placeholders

DV("django", "env-reference", "config/settings/prod.py", """
    import environ

    from .base import *  # noqa

    env = environ.Env()

    SECRET_KEY = env("DJANGO_SECRET_KEY")
    DEBUG = False
    DATABASES = {"default": env.db("DATABASE_URL")}
    DATABASES["default"]["CONN_MAX_AGE"] = 60

    ODDS_API_KEY = env("ODDS_API_KEY")
    SPORTRADAR_API_KEY = env.str("SPORTRADAR_API_KEY", default="")
    STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
    EMAIL_HOST_PASSWORD = env("SENDGRID_API_KEY")
    """, "https://django-environ.readthedocs.io/en/latest/quickstart.html")

DV("dotenv", "placeholder", ".env.example", """
    # Copy to .env and fill in. Never commit the real one.
    NODE_ENV=development
    PORT=4000

    ODDS_API_KEY=your-odds-api-key-here
    SPORTRADAR_API_KEY=<sportradar trial key>
    BETFAIR_APP_KEY=
    BETFAIR_USERNAME=
    BETFAIR_PASSWORD=
    STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
    DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/odds_dev
    REDIS_PASSWORD=changeme
    """, "https://github.com/motdotla/dotenv#should-i-commit-my-env-file")

DV("helm-template", "template-expression", "charts/sportsbook-api/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "sportsbook-api.fullname" . }}
      labels:
        {{- include "sportsbook-api.labels" . | nindent 4 }}
    type: Opaque
    data:
      DB_PASSWORD: {{ required "postgresql.auth.password is required" .Values.postgresql.auth.password | b64enc | quote }}
      ODDS_API_KEY: {{ .Values.oddsApi.key | b64enc | quote }}
      BETFAIR_APP_KEY: {{ .Values.betfair.appKey | b64enc | quote }}
    """, "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

DV("helm", "existing-secret", "deploy/values-prod-eu.yaml", """
    replicaCount: 4
    image:
      repository: ghcr.io/bet-stack/sportsbook-api
      tag: "3.18.2"
    postgresql:
      enabled: true
      auth:
        username: sportsbook
        database: sportsbook
        existingSecret: sportsbook-db
        secretKeys:
          userPasswordKey: password
          adminPasswordKey: postgres-password
    oddsApi:
      existingSecret: odds-aggregator
      keyRef: ODDS_API_KEY
    """, "https://artifacthub.io/packages/helm/bitnami/postgresql#parameters")

DV("external-secrets", "secret-manager-reference", "k8s/kyc/externalsecret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: kyc-providers
      namespace: kyc
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: kyc-providers
      data:
        - secretKey: ONFIDO_API_TOKEN
          remoteRef:
            key: prod/kyc/onfido
            property: api_token
        - secretKey: SUMSUB_SECRET_KEY
          remoteRef:
            key: prod/kyc/sumsub
            property: secret_key
    """, "https://external-secrets.io/latest/api/externalsecret/")

DV("sealed-secrets", "ciphertext", "k8s/payments/sealedsecret-stripe.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: stripe
      namespace: payments
    spec:
      encryptedData:
        STRIPE_SECRET_KEY: AgB@C1@
        STRIPE_WEBHOOK_SECRET: AgA@C2@
      template:
        metadata:
          name: stripe
          namespace: payments
        type: Opaque
    """, "https://github.com/bitnami-labs/sealed-secrets#usage",
   c1=chars(680, B64) + "==", c2=chars(680, B64) + "=")

DV("sops", "ciphertext", "secrets/prod/feeds.enc.yaml", """
    sportradar:
        api_key: @E1@
    betfair:
        app_key: @E2@
        password: @E3@
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @AGE1@
                @AGE2@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-09-02T10:14:55Z"
        mac: @MAC@
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "https://github.com/getsops/sops#encrypting-using-age",
   e1=sops_enc(n=24), e2=sops_enc(n=16), e3=sops_enc(n=14), age1=chars(64, B64), age2=chars(40, B64) + "==",
   mac=sops_enc(n=32))

DV("ansible-vault", "ciphertext", "ansible/group_vars/prod/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    @BLOB@
    """, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
   blob=vault_blob(9))

DV("ansible", "inline-vault", "ansible/host_vars/odds-db-01.yml", """
    ---
    postgresql_version: 16
    postgresql_listen: "10.40.2.11"
    postgresql_users:
      - name: odds_ingest
        password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @L1@
          @L2@
          @L3@
          @L4@
    postgresql_databases:
      - name: odds
        owner: odds_ingest
    """, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault",
   l1=hexs(64), l2=hexs(64), l3=hexs(64), l4=hexs(42))

DV("gha", "secrets-context", ".github/workflows/deploy-odds.yml", """
    name: deploy odds-aggregator
    on:
      push:
        tags: ["v*"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        permissions:
          id-token: write
          contents: read
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::412398771203:role/gha-deploy-odds
              aws-region: eu-west-1
          - name: Deploy
            env:
              ODDS_API_KEY: ${{ secrets.ODDS_API_KEY }}
              SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
              HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}
            run: ./scripts/deploy.sh "${GITHUB_REF_NAME}"
    """, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

DV("terraform", "secret-manager-reference", "infra/modules/rds/main.tf", """
    data "aws_secretsmanager_secret_version" "db" {
      secret_id = "prod/sportsbook/db"
    }

    locals {
      db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
    }

    resource "aws_db_instance" "sportsbook" {
      identifier          = "sportsbook-prod"
      engine              = "postgres"
      engine_version      = "16.3"
      instance_class      = var.db_instance_class
      username            = local.db_creds.username
      password            = local.db_creds.password
      storage_encrypted   = true
      deletion_protection = true
    }
    """, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

DV("terraform", "placeholder", "infra/prod/terraform.tfvars.example", """
    # Copy to terraform.tfvars; real values live in 1Password ("infra / prod tfvars").
    region            = "eu-west-1"
    environment       = "prod"
    db_username       = "sportsbook_admin"
    db_password       = "REPLACE_ME"
    datadog_api_key   = "<datadog api key>"
    cloudflare_token  = ""
    """, "https://developer.hashicorp.com/terraform/language/values/variables")

DV("compose", "env-interpolation", "docker-compose.override.yml", """
    services:
      db:
        environment:
          POSTGRES_USER: ${POSTGRES_USER:-fantasy}
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      api:
        environment:
          DATABASE_URL: postgres://${POSTGRES_USER:-fantasy}:${POSTGRES_PASSWORD}@db:5432/fantasy
          SPORTSDATAIO_KEY: ${SPORTSDATAIO_KEY}
          JWT_SECRET: ${JWT_SECRET}
      worker:
        env_file: .env
    """, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

DV("go", "env-reference", "internal/config/config.go", """
    package config

    import (
    \t"fmt"
    \t"os"
    )

    type Config struct {
    \tSportradarKey string
    \tBetfairAppKey string
    \tBetfairUser   string
    \tBetfairPass   string
    \tDSN           string
    }

    func mustEnv(key string) string {
    \tv, ok := os.LookupEnv(key)
    \tif !ok || v == "" {
    \t\tpanic(fmt.Sprintf("missing env %s", key))
    \t}
    \treturn v
    }

    func Load() Config {
    \treturn Config{
    \t\tSportradarKey: mustEnv("SPORTRADAR_API_KEY"),
    \t\tBetfairAppKey: mustEnv("BF_APP_KEY"),
    \t\tBetfairUser:   mustEnv("BF_USERNAME"),
    \t\tBetfairPass:   os.Getenv("BF_PASSWORD"),
    \t\tDSN:           mustEnv("INGEST_DSN"),
    \t}
    }
    """, "https://pkg.go.dev/os#LookupEnv")

DV("node-config", "env-mapping", "config/custom-environment-variables.json", """
    {
      "oddsApi": {
        "key": "ODDS_API_KEY"
      },
      "redis": {
        "password": "REDIS_PASSWORD"
      },
      "stripe": {
        "secretKey": "STRIPE_SECRET_KEY",
        "webhookSecret": "STRIPE_WEBHOOK_SECRET"
      }
    }
    """, "https://github.com/node-config/node-config/wiki/Environment-Variables#custom-environment-variables")

DV("python", "env-reference", "bots/back_the_favourite.py", """
    import os

    import betfairlightweight

    trading = betfairlightweight.APIClient(
        username=os.environ["BF_USERNAME"],
        password=os.environ["BF_PASSWORD"],
        app_key=os.environ["BF_APP_KEY"],
        certs=os.environ.get("BF_CERTS", "/certs"),
    )


    def main():
        trading.login()
        try:
            print(trading.account.get_account_funds())
        finally:
            trading.logout()


    if __name__ == "__main__":
        main()
    """, "https://github.com/betcode-org/betfair")

DV("python", "secret-manager-call", "kyc/secrets.py", """
    import functools
    import json

    import boto3

    _sm = boto3.client("secretsmanager", region_name="eu-west-1")


    @functools.lru_cache(maxsize=None)
    def provider_secret(name: str) -> dict:
        \"\"\"prod/kyc/onfido, prod/kyc/sumsub, prod/kyc/jumio ...\"\"\"
        value = _sm.get_secret_value(SecretId=name)["SecretString"]
        return json.loads(value)


    def onfido_token() -> str:
        return provider_secret("prod/kyc/onfido")["api_token"]
    """, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html")

DV("makefile", "make-variable", "ops/Makefile", """
    DB_HOST ?= localhost
    DB_USER ?= sportsbook
    # DB_PASSWORD comes from the environment (direnv / CI variable)

    .PHONY: psql dump

    psql:
    \tPGPASSWORD=$(DB_PASSWORD) psql -h $(DB_HOST) -U $(DB_USER) sportsbook

    dump:
    \tPGPASSWORD="$$DB_PASSWORD" pg_dump -h $(DB_HOST) -U $(DB_USER) -Fc sportsbook > tmp/sportsbook.dump
    """, "https://www.gnu.org/software/make/manual/html_node/Environment.html")

DV("shell", "vault-cli", "scripts/rotate_feed_keys.sh", """
    #!/usr/bin/env bash
    set -euo pipefail

    # Fetch the current feed credentials from Vault and restart the ingesters.
    export SPORTRADAR_API_KEY="$(vault kv get -field=api_key secret/trading/sportradar)"
    export ODDS_API_KEY="$(vault kv get -field=api_key secret/trading/the-odds-api)"
    BF_PASSWORD="$(vault kv get -field=password secret/trading/betfair)"

    kubectl -n pricing create secret generic feed-keys \\
      --from-literal=SPORTRADAR_API_KEY="$SPORTRADAR_API_KEY" \\
      --from-literal=ODDS_API_KEY="$ODDS_API_KEY" \\
      --from-literal=BF_PASSWORD="$BF_PASSWORD" \\
      --dry-run=client -o yaml | kubectl apply -f -
    kubectl -n pricing rollout restart deploy/odds-ingest
    """, "https://developer.hashicorp.com/vault/docs/commands/kv/get")

DV("k8s-secret", "placeholder", "k8s/examples/secret.example.yaml", """
    # Example only: create the real one with `make secrets` (values come from Vault).
    apiVersion: v1
    kind: Secret
    metadata:
      name: livescore-publisher
      namespace: livescore
    type: Opaque
    stringData:
      ABLY_API_KEY: "<app-id>.<key-id>:<key-secret>"
      REDIS_PASSWORD: changeme
      DB_PASSWORD: "change-me-please"
    """, "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod")

DV("configmap", "base64-non-secret", "k8s/widget/configmap-leagues.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: widget-leagues
      namespace: livescore
    binaryData:
      leagues.json: @ENC@
    data:
      DEFAULT_LEAGUE: premier-league
      THEME: dark
    """, "https://kubernetes.io/docs/concepts/configuration/configmap/#configmap-object",
   enc=b64(json.dumps({"leagues": [{"id": "sr:competition:17", "name": "Premier League"},
                                   {"id": "sr:competition:8", "name": "LaLiga"},
                                   {"id": "sr:competition:23", "name": "Serie A"}]})))

DV("notebook", "env-and-getpass", "notebooks/clv_by_bookmaker.ipynb", notebook([
    ("import os\nfrom getpass import getpass\n\nAPI_KEY = os.environ.get('ODDS_API_KEY') or getpass('Odds API key: ')", []),
    ("odds = fetch_historical('soccer_epl', '2024-08-16T19:00:00Z', API_KEY)\nlen(odds)", ["312"]),
    ("clv.groupby('bookmaker')['edge'].mean().round(4)", [
        "bookmaker", "betfair_ex_uk    0.0007", "pinnacle         0.0012", "williamhill     -0.0231"]),
]), "https://the-odds-api.com/historical-odds-data/")

DV("airflow", "template-expression", "dags/settle_props.py", """
    from datetime import datetime

    from airflow import DAG
    from airflow.providers.postgres.operators.postgres import PostgresOperator
    from airflow.providers.http.operators.http import HttpOperator

    with DAG("settle_props", start_date=datetime(2024, 9, 1), schedule="@hourly", catchup=False) as dag:
        pull = HttpOperator(
            task_id="pull_results",
            http_conn_id="sportsdataio",
            endpoint="v3/nba/stats/json/PlayerGameStatsByDate/{{ ds }}",
            headers={"Ocp-Apim-Subscription-Key": "{{ conn.sportsdataio.password }}"},
            log_response=False,
        )
        settle = PostgresOperator(
            task_id="settle",
            postgres_conn_id="props_db",
            sql="sql/settle_props.sql",
            params={"password_hint": "{{ var.value.props_db_password }}"},
        )
        pull >> settle
    """, "https://airflow.apache.org/docs/apache-airflow/stable/templates-ref.html")

DV("dbt", "env-var", "warehouse/profiles.yml", """
    betting_warehouse:
      target: prod
      outputs:
        prod:
          type: postgres
          host: warehouse.bet-stack.io
          port: 5432
          user: "{{ env_var('DBT_USER') }}"
          password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
          dbname: warehouse
          schema: marts
          threads: 6
    """, "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

DV("spring", "property-placeholder", "src/main/resources/application.yml", """
    spring:
      datasource:
        url: jdbc:postgresql://${DB_HOST:localhost}:5432/risk
        username: ${DB_USER:risk_engine}
        password: ${DB_PASSWORD}
    uof:
      access-token: ${UOF_ACCESS_TOKEN}
      node-id: ${UOF_NODE_ID:1}
    management:
      endpoints.web.exposure.include: health,prometheus
    """, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

DV("appsettings", "empty-and-user-secrets", "Tickets.Api/appsettings.json", """
    {
      "ConnectionStrings": {
        "Tickets": ""
      },
      "Ticketmaster": {
        "ApiKey": "",
        "Comment": "set with: dotnet user-secrets set Ticketmaster:ApiKey <key>"
      },
      "Logging": { "LogLevel": { "Default": "Information" } },
      "AllowedHosts": "*"
    }
    """, "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

DV("php", "sample-config", "public_html/wp-config-sample.php", """
    <?php
    // ** Database settings - You can get this info from your web host ** //
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'DB_HOST', 'localhost' );

    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
    define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
    define( 'NONCE_KEY',        'put your unique phrase here' );

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    """, "https://github.com/WordPress/WordPress/blob/master/wp-config-sample.php")

DV("ansible", "template-expression", "ansible/roles/ticketing/tasks/main.yml", """
    ---
    - name: Render ticketing env file
      ansible.builtin.template:
        src: ticketing.env.j2
        dest: /opt/ticketing/.env
        owner: ticketing
        mode: "0600"
      vars:
        seatgeek_client_secret: "{{ vault_seatgeek_client_secret }}"
        db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ticketing:db_password') }}"
      notify: restart ticketing

    - name: Ensure service is running
      ansible.builtin.systemd:
        name: ticketing
        state: started
        enabled: true
    """, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

DV("docker-config", "creds-store", "deploy/docker/config.ci.json", """
    {
      "auths": {
        "ghcr.io": {},
        "412398771203.dkr.ecr.eu-west-1.amazonaws.com": {}
      },
      "credsStore": "ecr-login",
      "credHelpers": {
        "ghcr.io": "pass"
      }
    }
    """, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

DV("npmrc", "env-reference", "packages/livescore-widget/.npmrc", """
    @livescorehub:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    always-auth=true
    save-exact=true
    fund=false
    """, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

DV("serverless", "ssm-reference", "services/notifier/serverless.yml", """
    service: goal-notifier
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.12
      region: eu-west-1
      environment:
        FCM_CREDENTIALS_PARAM: /livescore/prod/fcm-service-account
        TWILIO_AUTH_TOKEN: ${ssm:/livescore/prod/twilio-auth-token}
        SLACK_BOT_TOKEN: ${ssm:/livescore/prod/slack-bot-token}

    functions:
      goal:
        handler: handler.goal
        events:
          - sns: match-events
    """, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

DV("vault-template", "template-expression", "deploy/vault-agent/feeds.env.ctmpl", """
    {{- with secret "secret/data/trading/sportradar" -}}
    SPORTRADAR_API_KEY={{ .Data.data.api_key }}
    {{- end }}
    {{- with secret "secret/data/trading/betfair" }}
    BF_APP_KEY={{ .Data.data.app_key }}
    BF_PASSWORD={{ .Data.data.password }}
    {{- end }}
    {{- with secret "database/creds/odds-ingest" }}
    DB_USER={{ .Data.username }}
    DB_PASSWORD={{ .Data.password }}
    {{- end }}
    """, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

DV("k8s", "secret-provider-class", "k8s/payments/secretproviderclass.yaml", """
    apiVersion: secrets-store.csi.x-k8s.io/v1
    kind: SecretProviderClass
    metadata:
      name: payments-azure-kv
      namespace: payments
    spec:
      provider: azure
      parameters:
        usePodIdentity: "false"
        clientID: "@CID@"
        keyvaultName: kv-betstack-payments
        tenantId: "@TID@"
        objects: |
          array:
            - |
              objectName: adyen-api-key
              objectType: secret
            - |
              objectName: worldpay-xml-password
              objectType: secret
    """, "https://azure.github.io/secrets-store-csi-driver-provider-azure/docs/getting-started/usage/",
   cid=uuid_s(), tid=uuid_s())

DV("dotenv", "1password-reference", ".env.tpl", """
    # rendered with: op inject -i .env.tpl -o .env
    ODDS_API_KEY=op://Trading/The Odds API/credential
    SPORTRADAR_API_KEY=op://Trading/Sportradar NBA/credential
    BF_USERNAME=op://Trading/Betfair bot/username
    BF_PASSWORD=op://Trading/Betfair bot/password
    STRIPE_SECRET_KEY=op://Payments/Stripe live/secret key
    """, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

DV("cloudbuild", "secret-manager-reference", "cloudbuild.yaml", """
    steps:
      - name: gcr.io/cloud-builders/docker
        args: ["build", "-t", "europe-docker.pkg.dev/$PROJECT_ID/apps/fantasy-api:$SHORT_SHA", "."]
      - name: gcr.io/google.com/cloudsdktool/cloud-sdk
        entrypoint: bash
        secretEnv: ["YAHOO_CONSUMER_SECRET", "DB_PASSWORD"]
        args:
          - -c
          - ./scripts/migrate.sh && ./scripts/deploy.sh $SHORT_SHA

    availableSecrets:
      secretManager:
        - versionName: projects/$PROJECT_ID/secrets/yahoo-consumer-secret/versions/latest
          env: YAHOO_CONSUMER_SECRET
        - versionName: projects/$PROJECT_ID/secrets/fantasy-db-password/versions/3
          env: DB_PASSWORD
    """, "https://cloud.google.com/build/docs/securing-builds/use-secrets")

DV("gitlab-ci", "ci-variable", ".gitlab-ci.deploy.yml", """
    deploy:prod:
      stage: deploy
      image: alpine/helm:3.15.2
      environment: production
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - helm registry login registry.gitlab.com -u gitlab-ci-token -p "$CI_JOB_TOKEN"
        - >
          helm upgrade --install sportsbook oci://registry.gitlab.com/bet-stack/charts/sportsbook
          --set postgresql.auth.password="$PROD_DB_PASSWORD"
          --set oddsApi.key="$ODDS_API_KEY"
          -f deploy/values-prod.yaml
    """, "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html")

DV("jenkinsfile", "credentials-binding", "ci/Jenkinsfile.deploy", """
    pipeline {
        agent any
        stages {
            stage('Deploy') {
                steps {
                    withCredentials([
                        usernamePassword(credentialsId: 'registry-bet-stack', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS'),
                        string(credentialsId: 'sportradar-prod-key', variable: 'SPORTRADAR_API_KEY'),
                    ]) {
                        sh 'echo "$REG_PASS" | docker login -u "$REG_USER" --password-stdin registry.bet-stack.io'
                        sh './deploy.sh'
                    }
                }
            }
        }
    }
    """, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

DV("properties", "placeholder", "src/main/resources/UFSdkConfiguration.example.properties", """
    # Copy to UFSdkConfiguration.properties and put your token from the Betradar
    # client area (Integration: https://integration.betradar.com).
    uf.sdk.accessToken=<your-access-token>
    uf.sdk.nodeId=1
    uf.sdk.defaultLanguage=en
    uf.sdk.environment=Integration
    """, "https://sportradar.github.io/UnifiedOddsSdkJava/com/sportradar/unifiedodds/sdk/cfg/TokenSetter.html")

DV("kafka-properties", "placeholder", "config/client.template.properties", """
    # Confluent Cloud client configuration; fill {{ CLUSTER_API_KEY }} / {{ CLUSTER_API_SECRET }}
    bootstrap.servers=pkc-75m1o.europe-west3.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='{{ CLUSTER_API_KEY }}' password='{{ CLUSTER_API_SECRET }}';
    session.timeout.ms=45000
    """, "https://docs.confluent.io/cloud/current/client-apps/config-client.html")

DV("markdown", "placeholder", "README.md", """
    # livescore-widget

    Embeddable live-score widget (React) backed by the `score-relay` service.

    ## Getting started

    ```bash
    cp .env.example .env
    # then set SPORTRADAR_API_KEY=<your key> and ABLY_API_KEY=<app>.<key>:<secret>
    npm install
    npm run dev
    ```

    To test the proxy by hand:

    ```bash
    curl -H "x-api-key: YOUR_API_KEY" \\
      "https://api.sportradar.com/soccer/trial/v4/en/schedules/live/summaries.json"
    ```

    Keys for production live in Vault under `secret/livescore/*`; never paste them here.
    """, "https://developer.sportradar.com/getting-started/docs/make-your-first-call")

DV("postman", "collection-variable", "postman/sportmonks.postman_collection.json", """
    {
      "info": {
        "name": "Sportmonks v3",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
      },
      "auth": {
        "type": "apikey",
        "apikey": [
          { "key": "key", "value": "Authorization", "type": "string" },
          { "key": "value", "value": "{{sportmonks_token}}", "type": "string" }
        ]
      },
      "item": [
        {
          "name": "Fixtures by date",
          "request": {
            "method": "GET",
            "url": "{{base_url}}/football/fixtures/date/{{date}}?include=participants;scores"
          }
        }
      ],
      "variable": [
        { "key": "base_url", "value": "https://api.sportmonks.com/v3" },
        { "key": "sportmonks_token", "value": "" }
      ]
    }
    """, "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/")

DV("http-file", "variable", "requests/odds.http", """
    ### The Odds API - upcoming NBA (VS Code REST Client)
    # @name upcoming
    GET https://api.the-odds-api.com/v4/sports/basketball_nba/odds?regions=us&markets=h2h&apiKey={{$dotenv ODDS_API_KEY}}
    Accept: application/json

    ### Event odds
    GET https://api.the-odds-api.com/v4/sports/basketball_nba/events/{{upcoming.response.body.$[0].id}}/odds?apiKey={{$dotenv ODDS_API_KEY}}&markets=player_points
    """, "https://github.com/Huachao/vscode-restclient#environment-variables")

DV("openapi", "placeholder", "api/openapi.yaml", """
    openapi: 3.0.3
    info:
      title: Draft Room public API
      version: 1.6.0
    servers:
      - url: https://api.draftroom.gg/v1
    components:
      securitySchemes:
        ApiKeyAuth:
          type: apiKey
          in: header
          name: X-API-Key
          description: "Your key from the developer page, e.g. `X-API-Key: YOUR_API_KEY`."
    security:
      - ApiKeyAuth: []
    paths:
      /leagues/{leagueId}/standings:
        get:
          parameters:
            - in: path
              name: leagueId
              required: true
              schema: {type: string, example: "lg_2024_sunday_scaries"}
          responses:
            "200": {description: Standings}
    """, "https://swagger.io/docs/specification/v3_0/authentication/api-keys/")

DV("python", "env-cookie", "scripts/espn_waivers.py", """
    import os

    from espn_api.football import League

    league = League(
        league_id=int(os.environ["ESPN_LEAGUE_ID"]),
        year=2024,
        espn_s2=os.environ["ESPN_S2"],
        swid=os.environ["ESPN_SWID"],
    )

    for player in league.free_agents(size=15, position="RB"):
        print(f"{player.name:<24} {player.proTeam:<4} proj={player.projected_avg_points:.1f}")
    """, "https://github.com/cwendt94/espn-api/wiki/Football-Intro")

DV("redis-conf", "commented-default", "deploy/redis/redis.conf", """
    bind 0.0.0.0
    port 6379
    protected-mode yes
    maxmemory 2gb
    maxmemory-policy allkeys-lru

    # Require clients to issue AUTH <PASSWORD> before processing any other
    # commands. The password is supplied by the operator via --requirepass.
    #
    # requirepass foobared

    appendonly yes
    appendfsync everysec
    """, "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf")

DV("python", "test-fake", "tests/unit/test_odds_client.py", """
    import responses

    from sportsdata.odds.client import OddsClient

    FAKE_KEY = "test-key-not-real"


    @responses.activate
    def test_sports_passes_api_key():
        responses.get(
            "https://api.the-odds-api.com/v4/sports",
            json=[{"key": "soccer_epl", "active": True}],
            match=[responses.matchers.query_param_matcher({"apiKey": FAKE_KEY})],
        )
        client = OddsClient(api_key=FAKE_KEY)
        assert client.sports()[0]["key"] == "soccer_epl"
    """, "https://github.com/getsentry/responses")

DV("go", "test-fake", "internal/exchange/client_test.go", """
    package exchange

    import (
    \t"net/http"
    \t"net/http/httptest"
    \t"testing"
    )

    func TestCallSetsHeaders(t *testing.T) {
    \tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
    \t\tif r.Header.Get("X-Application") != "dummy-app-key" {
    \t\t\tt.Errorf("app key header = %q", r.Header.Get("X-Application"))
    \t\t}
    \t\tw.Write([]byte(`{"jsonrpc":"2.0","result":[],"id":1}`))
    \t}))
    \tdefer srv.Close()

    \tc := New("dummy-app-key")
    \tc.baseURL = srv.URL
    \tvar out []any
    \tif err := c.call("SportsAPING/v1.0/listEventTypes", map[string]any{"filter": map[string]any{}}, &out); err != nil {
    \t\tt.Fatal(err)
    \t}
    }
    """, "https://pkg.go.dev/net/http/httptest")

DV("log", "masked-values", "logs/payments-2024-09-14.log", """
    2024-09-14T19:11:02Z INFO payments.config loaded provider=stripe key=sk_live_****************************4Xq2 webhook_secret=whsec_****
    2024-09-14T19:11:02Z INFO payments.config loaded provider=adyen api_key=[REDACTED] merchant=BetStackCOM
    2024-09-14T19:11:03Z INFO payments.db connecting url=postgresql://payments:********@payments-db.internal:5432/payments
    2024-09-14T19:14:47Z INFO payments.deposit ok player=10482 amount=25.00 GBP psp_ref=8535296650153317
    2024-09-14T19:15:10Z WARN payments.withdraw held player=22817 amount=1200.00 GBP reason=kyc_pending
    """, "https://docs.python.org/3/library/logging.html")

DV("python", "signature-verification", "payments/webhooks.py", """
    import hashlib
    import hmac
    import os

    from django.http import HttpResponse, HttpResponseForbidden
    from django.views.decorators.csrf import csrf_exempt

    SUMSUB_WEBHOOK_SECRET = os.environ["SUMSUB_WEBHOOK_SECRET"].encode()


    @csrf_exempt
    def sumsub_webhook(request):
        digest = request.headers.get("X-Payload-Digest", "")
        expected = hmac.new(SUMSUB_WEBHOOK_SECRET, request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(digest, expected):
            return HttpResponseForbidden()
        handle_applicant_event(request.body)
        return HttpResponse(status=200)
    """, "https://docs.sumsub.com/docs/webhook-manager")


# ================================================================ DECOYS: hashes, public keys, certificates

DV("django-fixture", "password-hash", "accounts/fixtures/staff_users.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "trading_admin",
          "password": "@H1@",
          "is_staff": true,
          "is_superuser": true,
          "email": "trading-admin@bet-stack.io"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "risk_viewer",
          "password": "@H2@",
          "is_staff": true,
          "is_superuser": false,
          "email": "risk@bet-stack.io"
        }
      }
    ]
    """, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
   h1=django_hash(), h2=django_hash())

DV("sql", "bcrypt-hash", "db/seeds/001_demo_users.sql", """
    -- Demo accounts for the fantasy staging environment (password hashes only)
    INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES
      (1, 'commissioner@draftroom.gg', 'Commish', '@H1@', now()),
      (2, 'rookie@draftroom.gg', 'Rookie', '@H2@', now()),
      (3, 'qa@draftroom.gg', 'QA Bot', '@H3@', now());

    SELECT setval('users_id_seq', 3);
    """, "https://en.wikipedia.org/wiki/Bcrypt",
   h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

DV("go", "argon2-hash", "internal/auth/password_test.go", """
    package auth

    import "testing"

    // encoded with Hash("correct horse battery staple"); only the verifier is stored
    const storedHash = "@H@"

    func TestVerify(t *testing.T) {
    \tok, err := Verify("correct horse battery staple", storedHash)
    \tif err != nil || !ok {
    \t\tt.Fatalf("verify: ok=%v err=%v", ok, err)
    \t}
    \tif ok, _ := Verify("wrong", storedHash); ok {
    \t\tt.Fatal("wrong password verified")
    \t}
    }
    """, "https://pkg.go.dev/golang.org/x/crypto/argon2", h=argon2_hash())

DV("htpasswd", "password-hash", "deploy/nginx/.htpasswd", """
    # trading dashboard basic auth (htpasswd -B / -m)
    quant1:@H1@
    quant2:@H2@
    oncall:@H3@
    risk:@H4@
    """, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
   h1=bcrypt_hash(), h2=apr1_hash(), h3=bcrypt_hash(), h4=apr1_hash())

DV("pem", "certificate", "certs/betfair/client-2048.crt", """
    @C@
    """, "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687915/Non-Interactive+bot+login",
   c=cert_pem())

DV("jwks", "public-key", "auth/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "draftroom-2024-09",
          "n": "@N@",
          "e": "AQAB"
        }
      ]
    }
    """, "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.1", n=chars(342, URLSAFE))

DV("ssh", "public-key", "deploy/authorized_keys", """
    # deploy access to the odds ingest boxes
    # managed by ansible (roles/base/files/authorized_keys); edits here are overwritten
    @K1@ jenkins@ci-01
    @K2@ ana@trading-laptop
    @K3@ ops-break-glass
    """, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub("ssh-rsa"))

_trustly_pub = public_key_pem()
DV("helm", "public-key", "charts/payments/values-trustly-verify.yaml", """
    trustly:
      # Trustly's public key, used only to verify notification signatures
      publicKey: |
        @K@
      verifyNotifications: true
    """, "https://eu.developers.trustly.com/doc/docs/signature", k=_trustly_pub.replace("\n", "\n    "))

DV("pgp", "public-key-block", "docs/security/release-signing-key.asc", """
    -----BEGIN PGP PUBLIC KEY BLOCK-----

    mQINBGXk@L1@
    @L2@
    @L3@
    @L4@
    =@CRC@
    -----END PGP PUBLIC KEY BLOCK-----
    """, "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
   l1=chars(60, B64), l2=chars(64, B64), l3=chars(64, B64), l4=chars(40, B64), crc=chars(4, B64))

DV("known-hosts", "host-public-key", "deploy/known_hosts", """
    gitlab.bet-stack.io ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K1@
    github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
    bastion.bet-stack.io ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K2@
    10.40.2.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K3@
    10.40.2.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K4@
    """, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
   k1=chars(43, B64), k2=chars(43, B64), k3=chars(43, B64), k4=chars(43, B64))

DV("keycloak", "password-hash", "auth/realm-export/draftroom-users-0.json", """
    {
      "realm": "draftroom",
      "users": [
        {
          "username": "commissioner",
          "enabled": true,
          "email": "commissioner@draftroom.gg",
          "credentials": [
            {
              "type": "password",
              "createdDate": 1717243200000,
              "secretData": "{\\"value\\":\\"@V@\\",\\"salt\\":\\"@S@\\",\\"additionalParameters\\":{}}",
              "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\",\\"additionalParameters\\":{}}"
            }
          ],
          "realmRoles": ["default-roles-draftroom", "league-admin"]
        }
      ]
    }
    """, "https://www.keycloak.org/server/importExport", v=b64_bytes(64), s=b64_bytes(16))

DV("sops-config", "public-key", ".sops.yaml", """
    creation_rules:
      - path_regex: secrets/prod/.*\\.enc\\.yaml$
        age: >-
          age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p,
          age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg
      - path_regex: secrets/staging/.*\\.enc\\.yaml$
        kms: arn:aws:kms:eu-west-1:412398771203:key/@KMS@
    """, "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files",
   kms=uuid_s())

# ================================================================ DECOYS: checksums, digests, commit ids

DV("npm-lock", "integrity", "packages/livescore-widget/package-lock.json", """
    {
      "name": "@livescorehub/widget",
      "version": "2.7.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "node_modules/ably": {
          "version": "2.3.1",
          "resolved": "https://registry.npmjs.org/ably/-/ably-2.3.1.tgz",
          "integrity": "sha512-@I1@"
        },
        "node_modules/date-fns": {
          "version": "3.6.0",
          "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
          "integrity": "sha512-@I2@"
        }
      }
    }
    """, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
   i1=b64_bytes(64), i2=b64_bytes(64))

DV("go-sum", "checksum", "go.sum", """
    github.com/jackc/pgx/v5 v5.6.0 h1:@H1@=
    github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@H2@=
    github.com/launchdarkly/go-server-sdk/v7 v7.4.1 h1:@H3@=
    github.com/launchdarkly/go-server-sdk/v7 v7.4.1/go.mod h1:@H4@=
    github.com/segmentio/kafka-go v0.4.47 h1:@H5@=
    github.com/segmentio/kafka-go v0.4.47/go.mod h1:@H6@=
    """, "https://go.dev/ref/mod#go-sum-files",
   h1=b64_bytes(32)[:-1], h2=b64_bytes(32)[:-1], h3=b64_bytes(32)[:-1], h4=b64_bytes(32)[:-1],
   h5=b64_bytes(32)[:-1], h6=b64_bytes(32)[:-1])

DV("requirements", "hash", "requirements/lock.txt", """
    # This file is autogenerated by pip-compile with Python 3.12
    betfairlightweight==2.20.1 \\
        --hash=sha256:@H1@ \\
        --hash=sha256:@H2@
    requests==2.32.3 \\
        --hash=sha256:@H3@
    orjson==3.10.7 \\
        --hash=sha256:@H4@
    """, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

DV("k8s", "image-digest", "k8s/odds-aggregator/deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: odds-aggregator
      namespace: pricing
    spec:
      replicas: 3
      selector:
        matchLabels: {app: odds-aggregator}
      template:
        metadata:
          labels: {app: odds-aggregator}
          annotations:
            checksum/config: @CFG@
        spec:
          containers:
            - name: app
              image: ghcr.io/bet-stack/odds-aggregator@sha256:@DIG@
              envFrom:
                - secretRef: {name: odds-aggregator}
              ports:
                - containerPort: 4000
    """, "https://kubernetes.io/docs/concepts/containers/images/#image-names",
   cfg=hexs(64), dig=hexs(64))

DV("markdown", "commit-sha", "CHANGELOG.md", """
    # Changelog

    ## 3.18.2 (2024-09-12)
    - Fix cash-out quote when a leg is suspended ([@S1@](https://github.com/bet-stack/sportsbook-api/commit/@S1@))
    - Retry Sportradar 429s with jitter (@S2S@)

    ## 3.18.1 (2024-09-03)
    - Settle void legs of bet builders at 1.00 (@S3S@)
    - Bump betfairlightweight to 2.20.1 (@S4S@)

    ## 3.18.0 (2024-08-27)
    - Same-game parlays for NFL ([#1842](https://github.com/bet-stack/sportsbook-api/pull/1842))
    """, "https://keepachangelog.com/en/1.1.0/",
   s1=sha(), s2s=hexs(7), s3s=hexs(7), s4s=hexs(7))

DV("terraform-lock", "hash", "infra/.terraform.lock.hcl", """
    # This file is maintained automatically by "terraform init".
    # Manual edits may be lost in future updates.

    provider "registry.terraform.io/datadog/datadog" {
      version     = "3.44.1"
      constraints = "~> 3.39"
      hashes = [
        "h1:@H1@=",
        "zh:@Z1@",
        "zh:@Z2@",
        "zh:@Z3@",
      ]
    }
    """, "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
   h1=b64_bytes(32)[:-1], z1=hexs(64), z2=hexs(64), z3=hexs(64))

DV("checksums", "sha256", "data/historical/SHA256SUMS", """
    @H1@  betfair_basic_2024-06.tar.bz2
    @H2@  betfair_basic_2024-07.tar.bz2
    @H3@  betfair_basic_2024-08.tar.bz2
    @H4@  odds_api_nfl_2023.parquet
    @H5@  odds_api_nba_2023-24.parquet
    """, "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
   h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

DV("dvc", "checksum", "models/xg/xg_model_v7.pkl.dvc", """
    outs:
    - md5: @M@
      size: 48211934
      hash: md5
      path: xg_model_v7.pkl
    meta:
      trained_on: epl_2019_2024_shots
    """, "https://dvc.org/doc/user-guide/project-structure/dvc-files", m=hexs(32))

DV("yarn-lock", "checksum", "apps/stadium-map/yarn.lock", """
    # This file is generated by running "yarn install" inside your project.
    # Manual changes might be lost - proceed with caution!

    __metadata:
      version: 8
      cacheKey: 10c0

    "mapbox-gl@npm:^3.6.0":
      version: 3.6.0
      resolution: "mapbox-gl@npm:3.6.0"
      checksum: 10c0/@C1@
      languageName: node
      linkType: hard
    """, "https://yarnpkg.com/configuration/yarnrc#cacheFolder", c1=hexs(128))

DV("webpack", "content-hash", "dist/manifest.json", """
    {
      "main.js": "/static/js/main.@H1@.js",
      "vendors.js": "/static/js/vendors.@H2@.js",
      "scoreboard.js": "/static/js/scoreboard.@H3@.chunk.js",
      "main.css": "/static/css/main.@H4@.css",
      "index.html": "/index.html"
    }
    """, "https://webpack.js.org/guides/caching/",
   h1=hexs(20), h2=hexs(20), h3=hexs(20), h4=hexs(8))

DV("csv", "bet-hash", "exports/settlement_2024-09-14.csv", """
    bet_id,placed_at,market_id,selection_id,stake,odds,result,payout,slip_sha1
    @R1@
    @R2@
    @R3@
    @R4@
    """, "https://www.rfc-editor.org/rfc/rfc4180",
   r1=f"b-884120,2024-09-14T14:02:11Z,1.231847562,47972,10.00,2.42,WON,24.20,{sha()}",
   r2=f"b-884121,2024-09-14T14:02:19Z,1.231847562,47973,5.00,3.10,LOST,0.00,{sha()}",
   r3=f"b-884122,2024-09-14T14:03:40Z,1.231847599,58805,20.00,1.91,WON,38.20,{sha()}",
   r4=f"b-884123,2024-09-14T14:05:02Z,1.231847599,58806,2.50,11.00,VOID,2.50,{sha()}")

# ================================================================ DECOYS: ids that look like keys

DV("json", "event-id", "tests/fixtures/odds_api_nba_odds.json", """
    [
      {
        "id": "@E1@",
        "sport_key": "basketball_nba",
        "commence_time": "2024-10-23T23:30:00Z",
        "home_team": "Boston Celtics",
        "away_team": "New York Knicks",
        "bookmakers": [
          {
            "key": "draftkings",
            "last_update": "2024-10-23T18:02:11Z",
            "markets": [{"key": "h2h", "outcomes": [
              {"name": "Boston Celtics", "price": 1.45},
              {"name": "New York Knicks", "price": 2.85}
            ]}]
          }
        ]
      },
      {
        "id": "@E2@",
        "sport_key": "basketball_nba",
        "commence_time": "2024-10-24T02:00:00Z",
        "home_team": "Los Angeles Lakers",
        "away_team": "Minnesota Timberwolves",
        "bookmakers": []
      }
    ]
    """, "https://the-odds-api.com/liveapi/guides/v4/#get-odds", e1=hexs(32), e2=hexs(32))

DV("json", "uuid-ids", "tests/fixtures/sportradar_nfl_week1.json", """
    {
      "id": "@S@",
      "year": 2024,
      "type": "REG",
      "week": {
        "id": "@W@",
        "sequence": 1,
        "title": "1",
        "games": [
          {
            "id": "@G1@",
            "status": "closed",
            "scheduled": "2024-09-06T00:20:00+00:00",
            "home": {"id": "@T1@", "alias": "KC", "name": "Chiefs"},
            "away": {"id": "@T2@", "alias": "BAL", "name": "Ravens"},
            "scoring": {"home_points": 27, "away_points": 20}
          }
        ]
      }
    }
    """, "https://developer.sportradar.com/football/reference/nfl-weekly-schedule",
   s=uuid_s(), w=uuid_s(), g1=uuid_s(), t1=uuid_s(), t2=uuid_s())

DV("json", "market-ids", "tests/fixtures/betfair_list_market_catalogue.json", """
    [
      {
        "marketId": "1.231847562",
        "marketName": "Match Odds",
        "totalMatched": 1843221.38,
        "event": {"id": "33541902", "name": "Arsenal v Tottenham", "countryCode": "GB",
                  "timezone": "Europe/London", "openDate": "2024-09-15T13:00:00.000Z"},
        "runners": [
          {"selectionId": 1096, "runnerName": "Arsenal", "handicap": 0.0, "sortPriority": 1},
          {"selectionId": 48351, "runnerName": "Tottenham", "handicap": 0.0, "sortPriority": 2},
          {"selectionId": 58805, "runnerName": "The Draw", "handicap": 0.0, "sortPriority": 3}
        ]
      }
    ]
    """, "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687517/listMarketCatalogue")

DV("json", "stripe-object-ids", "tests/fixtures/stripe/payment_intent_succeeded.json", """
    {
      "id": "evt_3PyQ@E@",
      "object": "event",
      "api_version": "2024-06-20",
      "type": "payment_intent.succeeded",
      "livemode": false,
      "data": {
        "object": {
          "id": "pi_3PyQ@P@",
          "object": "payment_intent",
          "amount": 2500,
          "currency": "gbp",
          "customer": "cus_@C@",
          "latest_charge": "ch_3PyQ@CH@",
          "payment_method": "pm_1PyQ@PM@",
          "client_secret": null,
          "metadata": {"purpose": "wallet_deposit", "player_id": "10482"}
        }
      },
      "request": {"id": "req_@R@", "idempotency_key": "@IK@"}
    }
    """, "https://docs.stripe.com/api/events/object",
   e=chars(20, ALNUM), p=chars(20, ALNUM), c=chars(14, ALNUM), ch=chars(20, ALNUM), pm=chars(20, ALNUM),
   r=chars(14, ALNUM), ik=uuid_s())

DV("json", "onfido-webhook-ids", "tests/fixtures/onfido/check_completed.json", """
    {
      "payload": {
        "resource_type": "check",
        "action": "check.completed",
        "object": {
          "id": "@CHK@",
          "status": "complete",
          "completed_at_iso8601": "2024-09-14T10:11:12Z",
          "href": "https://api.eu.onfido.com/v3.6/checks/@CHK@"
        }
      }
    }
    """, "https://documentation.onfido.com/api/latest/#webhooks", chk=uuid_s())

DV("python", "league-ids", "fantasy/sleeper_sync.py", """
    \"\"\"Sleeper's API is read-only and needs no key: https://docs.sleeper.com\"\"\"
    import requests

    LEAGUE_IDS = [
        "1048293847561230336",
        "1123456789012345678",
        "998877665544332211",
    ]
    BASE = "https://api.sleeper.app/v1"


    def rosters(league_id: str) -> list[dict]:
        return requests.get(f"{BASE}/league/{league_id}/rosters", timeout=10).json()


    def trending_adds(limit: int = 25) -> list[dict]:
        return requests.get(f"{BASE}/players/nfl/trending/add", params={"limit": limit}, timeout=10).json()
    """, "https://docs.sleeper.com/")

DV("python", "stripe-signature-test", "tests/unit/test_stripe_webhook.py", """
    import json

    import pytest

    from payments.webhooks import verify_stripe

    # Signature header recorded from `stripe trigger` against a throwaway test endpoint;
    # the endpoint secret used to make it comes from the test settings.
    HEADER = "t=1726308000,v1=@SIG@,v0=@SIG0@"
    PAYLOAD = json.dumps({"id": "evt_test_webhook", "object": "event"}).encode()


    def test_rejects_stale_signature(settings):
        settings.STRIPE_WEBHOOK_SECRET = "unit-test-endpoint-secret"
        with pytest.raises(ValueError):
            verify_stripe(PAYLOAD, HEADER, tolerance=300)
    """, "https://docs.stripe.com/webhooks#verify-manually", sig=hexs(64), sig0=hexs(64))

# ================================================================ DECOYS: public client keys in front-ends

DV("javascript", "publishable-key", "web/src/checkout/stripe.js", """
    import { loadStripe } from '@stripe/stripe-js';

    // Publishable key: safe to ship to browsers (the secret key stays on the server).
    const stripePromise = loadStripe('pk_live_@PK@');

    export async function confirmDeposit(clientSecret, elements) {
      const stripe = await stripePromise;
      return stripe.confirmPayment({
        elements,
        clientSecret,
        confirmParams: { return_url: `${window.location.origin}/wallet/return` },
      });
    }
    """, "https://docs.stripe.com/keys#obtain-api-keys", pk=chars(99, ALNUM))

DV("javascript", "public-token", "apps/stadium-map/src/map.js", """
    import mapboxgl from 'mapbox-gl';

    // public (pk.) token, URL-restricted to *.stadiumpass.co.uk in the Mapbox dashboard
    mapboxgl.accessToken = 'pk.@P1@.@P2@';

    export function mountSeatMap(container, venue) {
      return new mapboxgl.Map({
        container,
        style: 'mapbox://styles/stadiumpass/clu8x1abc00ar01qs9h3k2m7d',
        center: venue.center,
        zoom: 17.2,
        pitch: 45,
      });
    }
    """, "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens",
   p1=b64('{"u":"stadiumpass","a":"' + chars(22, LOWER_ALNUM) + '"}').rstrip("="), p2=chars(22, URLSAFE))

DV("html", "recaptcha-site-key", "templates/accounts/register.html", """
    {% extends "base.html" %}
    {% block content %}
    <form method="post" action="{% url 'register' %}" id="register-form">
      {% csrf_token %}
      {{ form.as_p }}
      <label><input type="checkbox" name="over18" required> I am 18 or over</label>
      <div class="g-recaptcha" data-sitekey="6Lc@SK@"></div>
      <button type="submit">Create account</button>
    </form>
    <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    {% endblock %}
    """, "https://developers.google.com/recaptcha/docs/display", sk=chars(37, URLSAFE))

DV("html", "sri-hash", "public/embed/scoreboard.html", """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Live scores</title>
      <link rel="stylesheet" href="https://cdn.livescorehub.com/widget/2.7.0/widget.css"
            integrity="sha384-@H1@" crossorigin="anonymous">
    </head>
    <body>
      <div id="lsh-scoreboard" data-league="premier-league" data-theme="dark"></div>
      <script src="https://cdn.livescorehub.com/widget/2.7.0/widget.min.js"
              integrity="sha384-@H2@" crossorigin="anonymous"></script>
    </body>
    </html>
    """, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
   h1=b64_bytes(48), h2=b64_bytes(48))

DV("javascript", "pusher-public-key", "web/src/live/channel.js", """
    import Pusher from 'pusher-js';

    // app key is public; private channels authorise through /pusher/auth on our API
    const pusher = new Pusher('@KEY@', {
      cluster: 'eu',
      channelAuthorization: { endpoint: '/pusher/auth' },
    });

    export function onGoal(matchId, cb) {
      const channel = pusher.subscribe(`match-${matchId}`);
      channel.bind('goal', cb);
      return () => pusher.unsubscribe(`match-${matchId}`);
    }
    """, "https://pusher.com/docs/channels/using_channels/connection/", key=hexs(20))

DV("javascript", "subscribe-key", "widget/src/realtime.js", """
    import PubNub from 'pubnub';

    // subscribe-only client for the embeddable widget: no publish or secret key in the browser
    const pubnub = new PubNub({
      subscribeKey: 'sub-c-@SUB@',
      userId: `widget-${crypto.randomUUID()}`,
      restore: true,
    });

    export function follow(matchId, onMessage) {
      pubnub.addListener({ message: (m) => onMessage(m.message) });
      pubnub.subscribe({ channels: [`scores.${matchId}`] });
    }
    """, "https://www.pubnub.com/docs/sdks/javascript/api-reference/configuration", sub=uuid_s())

DV("javascript", "client-side-id", "web/src/flags.ts", """
    import { initialize } from 'launchdarkly-js-client-sdk';

    // client-side ID (not the SDK key): identifies the environment to the browser SDK
    const LD_CLIENT_SIDE_ID = '@ID@';

    export const ldClient = initialize(LD_CLIENT_SIDE_ID, { kind: 'user', anonymous: true, key: 'anon' });

    export async function cashOutV2(): Promise<boolean> {
      await ldClient.waitForInitialization();
      return ldClient.variation('cash-out-v2', false);
    }
    """, "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#client-side-id", id=hexs(24))

DV("javascript", "token-auth-url", "widget/src/ably.js", """
    import * as Ably from 'ably';

    // Token auth: the browser never sees the API key; /ably/token mints short-lived tokens.
    const realtime = new Ably.Realtime({ authUrl: '/ably/token', authMethod: 'POST' });

    export function scores(matchId, cb) {
      const channel = realtime.channels.get(`match:${matchId}`);
      channel.subscribe('score', (msg) => cb(msg.data));
      return () => channel.unsubscribe();
    }
    """, "https://ably.com/docs/auth/token")

DV("html", "tracking-id", "templates/base.html", """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>{% block title %}Pick'em Central{% endblock %}</title>
      <script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2M9XP4L"></script>
      <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-7KQ2M9XP4L', { anonymize_ip: true });
      </script>
      <meta name="facebook-domain-verification" content="@FB@">
    </head>
    <body>{% block body %}{% endblock %}</body>
    </html>
    """, "https://developers.google.com/tag-platform/gtagjs/install", fb=chars(30, LOWER_ALNUM))

# ================================================================ DECOYS: code that names passwords and keys

DV("django", "password-settings", "config/settings/security.py", """
    AUTH_PASSWORD_VALIDATORS = [
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    PASSWORD_RESET_TIMEOUT = 60 * 60 * 2
    SECRET_KEY_FALLBACKS = []
    SESSION_COOKIE_AGE = 60 * 60 * 12
    """, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

DV("go", "struct-tags", "internal/accounts/model.go", """
    package accounts

    import "time"

    type RegisterRequest struct {
    \tEmail       string `json:"email" validate:"required,email"`
    \tPassword    string `json:"password" validate:"required,min=12"`
    \tDateOfBirth string `json:"date_of_birth" validate:"required,datetime=2006-01-02"`
    }

    type APIKey struct {
    \tID        string    `db:"id" json:"id"`
    \tPrefix    string    `db:"prefix" json:"prefix"`
    \tHash      []byte    `db:"hash" json:"-"`
    \tCreatedAt time.Time `db:"created_at" json:"created_at"`
    }

    const passwordResetTTL = 2 * time.Hour
    """, "https://pkg.go.dev/encoding/json#Marshal")

DV("typescript", "types-and-schema", "src/config/schema.ts", """
    import { z } from 'zod';

    export const FeedConfig = z.object({
      sportradarApiKey: z.string().min(24),
      oddsApiKey: z.string().length(32),
      betfair: z.object({
        appKey: z.string(),
        username: z.string(),
        password: z.string().min(8),
      }),
      redisPassword: z.string().optional(),
    });

    export type FeedConfig = z.infer<typeof FeedConfig>;

    export const loadConfig = (): FeedConfig => FeedConfig.parse({
      sportradarApiKey: process.env.SPORTRADAR_API_KEY,
      oddsApiKey: process.env.ODDS_API_KEY,
      betfair: { appKey: process.env.BF_APP_KEY, username: process.env.BF_USERNAME, password: process.env.BF_PASSWORD },
      redisPassword: process.env.REDIS_PASSWORD,
    });
    """, "https://zod.dev/")

DV("compose", "trust-auth-local", "docker-compose.dev.yml", """
    # local only: no passwords, nothing exposed outside localhost
    services:
      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_HOST_AUTH_METHOD: trust
          POSTGRES_DB: sportsbook_dev
        ports: ["127.0.0.1:5432:5432"]
      redis:
        image: redis:7-alpine
        ports: ["127.0.0.1:6379:6379"]
      mailhog:
        image: mailhog/mailhog
        ports: ["127.0.0.1:8025:8025"]
    """, "https://hub.docker.com/_/postgres")

DV("grafana", "env-reference", "monitoring/provisioning/datasources/postgres.yaml", """
    apiVersion: 1
    datasources:
      - name: Sportsbook (read replica)
        type: postgres
        url: sportsbook-prod-ro.cluster-c9x2kq.eu-west-1.rds.amazonaws.com:5432
        user: grafana_ro
        jsonData:
          database: sportsbook
          sslmode: require
          postgresVersion: 1600
        secureJsonData:
          password: $__env{GRAFANA_PG_PASSWORD}
    """, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

DV("prometheus", "password-file", "monitoring/prometheus-scrape.yml", """
    scrape_configs:
      - job_name: betfair-recorder
        scheme: https
        basic_auth:
          username: prometheus
          password_file: /etc/prometheus/secrets/recorder-password
        static_configs:
          - targets: ["recorder.bet-stack.io:443"]
      - job_name: settlement
        authorization:
          credentials_file: /etc/prometheus/secrets/settlement-token
        static_configs:
          - targets: ["settlement.bet-stack.io:443"]
    """, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

DV("yaml", "key-file-paths", "configs/betfair.yaml", """
    betfair:
      login_url: https://identitysso-cert.betfair.com/api/certlogin
      cert_file: /etc/betfair/client-2048.crt
      key_file: /etc/betfair/client-2048.key
      app_key_file: /run/secrets/bf_app_key
      username_env: BF_USERNAME
      password_env: BF_PASSWORD
      keep_alive_minutes: 15
    streaming:
      host: stream-api.betfair.com
      port: 443
      heartbeat_ms: 5000
    """, "https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687915/Non-Interactive+bot+login")

DV("netrc", "placeholder", "docs/examples/netrc.example", """
    # Example ~/.netrc for the historical-data downloader; copy and replace.
    machine historicdata.betfair.com
      login YOUR_BETFAIR_USERNAME
      password YOUR_BETFAIR_PASSWORD
    # chmod 600 ~/.netrc
    """, "https://everything.curl.dev/usingcurl/netrc.html")
