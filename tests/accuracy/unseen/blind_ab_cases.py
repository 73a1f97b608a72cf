"""Blind set AB: hobbyist and small-business Python apps as people publish them on GitHub and PyPI.

Telegram, Discord and Slack bots, web scrapers, crypto-trading bots (exchange key/secret pairs),
Flask/FastAPI/Django side projects, Streamlit apps, Raspberry Pi home automation (MQTT, Home
Assistant, ESPHome, zigbee2mqtt), email senders, cron scripts, Heroku/Render/Railway/Fly configs,
Redis/Postgres/Mongo URLs, PyPI upload tokens, boto3 snippets, and their decoys.
Generated fakes only (seeds 245000-249999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [245000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 250000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 250000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Pickle", "Waffle", "Rocket", "Nebula", "Biscuit", "Mango", "Pixel", "Tiger", "Cactus", "Otter"]
LOWER = ["sunny", "pancake", "dragon", "banana", "kitten", "rainbow", "monkey", "soccer", "guitar", "pepper",
         "garden", "winter", "coffee", "turtle", "basement", "lemon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a hobbyist types: a word, a year or a number, maybe a symbol."""
    r = _rng()
    base = r.choice(LOWER)
    if r.random() < 0.5:
        base = base.capitalize()
    return base + str(r.choice([r.randint(1, 99), r.randint(1985, 2025)])) + r.choice(["", "!", "?", "#", "$"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def rand_from(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rand_from(HEX, n)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- tokens of the services the theme uses ---------------------------------------------------

def telegram() -> str:
    return fakes.telegram_token(_seed())


def discord_token() -> str:
    uid = digits(18)
    return b64url(uid.encode()) + "." + rand_from(URLSAFE, 6) + "." + rand_from(URLSAFE, 38)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{rand_from(URLSAFE, 68)}"


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_app_token() -> str:
    return f"xapp-1-A{rand_from(string.ascii_uppercase + string.digits, 10)}-{digits(13)}-{hexs(64)}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + rand_from(up, 8) + "/B" + rand_from(up, 10) + "/" + rand_from(ALNUM, 24))


def binance_pair() -> tuple:
    return rand_from(ALNUM, 64), rand_from(ALNUM, 64)


def kraken_secret() -> str:
    return b64_bytes(64)


def alpaca_pair() -> tuple:
    return "PK" + rand_from(string.ascii_uppercase + string.digits, 18), rand_from(ALNUM, 40)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + rand_from(URLSAFE, 93) + "AA"


def hf_token() -> str:
    return "hf_" + rand_from(string.ascii_letters, 34)


def groq_key() -> str:
    return "gsk_" + rand_from(ALNUM, 52)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def gmail_app_pw() -> str:
    s = rand_from(string.ascii_lowercase, 16)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + rand_from(ALNUM, 16)


def stripe_sk() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def stripe_whsec() -> str:
    return "whsec_" + rand_from(ALNUM, 32)


def twilio_pair() -> tuple:
    return "AC" + hexs(32), hexs(32)


def google_api_key() -> str:
    return "AIza" + rand_from(URLSAFE, 35)


def google_client_secret() -> str:
    return "GOCSPX-" + rand_from(URLSAFE, 28)


def google_refresh() -> str:
    return "1//0" + rand_from(URLSAFE, 99)


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{rand_from(URLSAFE, 43)}"


def ha_token() -> str:
    r = _rng()
    iat = r.randint(1_650_000_000, 1_720_000_000)
    return jwt({"iss": hexs(32), "iat": iat, "exp": iat + 315_360_000})


def supabase_service_key() -> str:
    r = _rng()
    iat = r.randint(1_650_000_000, 1_720_000_000)
    return jwt({"iss": "supabase", "ref": rand_from(string.ascii_lowercase, 20), "role": "service_role", "iat": iat, "exp": iat + 315_360_000})


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def notion_token() -> str:
    return "secret_" + rand_from(ALNUM, 43)


def airtable_pat() -> str:
    return "pat" + rand_from(ALNUM, 14) + "." + hexs(64)


def twitter_bearer() -> str:
    return "AAAAAAAAAAAAAAAAAAAAA" + rand_from(ALNUM, 25) + "%3D" + rand_from(ALNUM, 50)


def ngrok_token() -> str:
    return digits(1) + rand_from(ALNUM, 26) + "_" + rand_from(ALNUM, 21)


def tailscale_key() -> str:
    return "tskey-auth-k" + rand_from(ALNUM, 16) + "CNTRL-" + rand_from(ALNUM, 33)


def wg_key() -> str:
    return b64_bytes(32)


def dop_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return "dckr_pat_" + rand_from(URLSAFE, 27)


def replicate_token() -> str:
    return "r8_" + rand_from(ALNUM, 37)


def pushover_token() -> str:
    return rand_from(string.ascii_lowercase + string.digits, 30)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + rand_from(ALNUM + "./", 53)


def werkzeug_hash() -> str:
    return f"pbkdf2:sha256:600000${rand_from(ALNUM, 16)}${hexs(64)}"


def scrypt_hash() -> str:
    return f"scrypt:32768:8:1${rand_from(ALNUM, 16)}${hexs(128)}"


def django_hash() -> str:
    return f"pbkdf2_sha256$720000${rand_from(ALNUM, 22)}${b64_bytes(32)}"


def argon2_hash() -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64_bytes(16).rstrip('=')}${b64_bytes(32).rstrip('=')}"


def git_sha() -> str:
    return hexs(40)


# --- the case helpers --------------------------------------------------------------------------

def T(text: str) -> str:
    """A file's text written indented in this module."""
    return textwrap.dedent(text).lstrip("\n")


def fill(template: str, secret: Optional[str] = None, **subs: str) -> str:
    text = T(template)
    if secret is not None:
        text = text.replace("@S@", secret)
    for key, value in subs.items():
        text = text.replace(f"@{key}@", value)
    return text


def S(cat: str, file_name: str, text: str, secret: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-ab/{cat}", file_name, text, secret, source)


def D(cat: str, file_name: str, text: str, source: str) -> LabelledCase:
    return LabelledCase(f"blind-ab/{cat}", file_name, text, None, source)


def SV(cat: str, file_name: str, template: str, secret: str, source: str, **subs: str) -> LabelledCase:
    """A secret case whose template marks the planted value @S@ (other fills @NAME@)."""
    return S(cat, file_name, fill(template, secret, **subs), secret, source)


def DV(cat: str, file_name: str, template: str, source: str, **subs: str) -> LabelledCase:
    return D(cat, file_name, fill(template, None, **subs), source)


CASES: List[LabelledCase] = []
add = CASES.append

# ============================================================================================
# Telegram, Discord and Slack bots
# ============================================================================================

add(SV("python/telegram-token", "bot.py", '''
    import logging
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

    logging.basicConfig(format="%(asctime)s - %(name)s - %(levelname)s - %(message)s", level=logging.INFO)

    TOKEN = "@S@"


    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):
        await context.bot.send_message(chat_id=update.effective_chat.id, text="I'm a bot, please talk to me!")


    if __name__ == "__main__":
        application = ApplicationBuilder().token(TOKEN).build()
        application.add_handler(CommandHandler("start", start))
        application.run_polling()
''', telegram(), "https://docs.python-telegram-bot.org/en/stable/examples.html"))

add(SV("ini/telegram-token", "config.ini", '''
    [telegram]
    bot_token = @S@
    admin_chat_id = -100@C@
    ; polling interval in seconds
    poll = 2

    [weather]
    city = Rotterdam
    units = metric
''', telegram(), "https://docs.python.org/3/library/configparser.html", C=digits(10)))

add(SV("json/telegram-token", "data/config.json", '''
    {
      "bot": {
        "token": "@S@",
        "parse_mode": "HTML",
        "owners": [@C@]
      },
      "db_path": "data/users.sqlite3",
      "language": "ru"
    }
''', telegram(), "https://docs.aiogram.dev/en/latest/", C=digits(9)))

add(SV("dotenv/telegram-token", ".env", '''
    # aiogram 3 bot
    BOT_TOKEN=@S@
    ADMIN_IDS=@C@,@E@
    USE_REDIS=false
    REDIS_HOST=localhost
''', telegram(), "https://github.com/theskumar/python-dotenv", C=digits(9), E=digits(10)))

add(SV("shell/telegram-token", "scripts/notify_backup.sh", '''
    #!/usr/bin/env bash
    # cron: 30 3 * * * /home/pi/scripts/notify_backup.sh
    set -euo pipefail
    BOT="@S@"
    CHAT=@C@
    SIZE=$(du -sh /mnt/usb/backup | cut -f1)
    curl -s -X POST "https://api.telegram.org/bot${BOT}/sendMessage" \\
        -d chat_id="$CHAT" -d text="Backup done: ${SIZE}" > /dev/null
''', telegram(), "https://core.telegram.org/bots/api#sendmessage", C=digits(9)))

add(SV("python/telegram-token", "reminder/main.py", '''
    import telebot
    from apscheduler.schedulers.background import BackgroundScheduler

    bot = telebot.TeleBot('@S@', parse_mode=None)
    sched = BackgroundScheduler()


    @bot.message_handler(commands=['remind'])
    def remind(message):
        bot.reply_to(message, "ok, I'll ping you at 9")
        sched.add_job(lambda: bot.send_message(message.chat.id, "wake up!"), 'cron', hour=9)


    sched.start()
    bot.infinity_polling()
''', telegram(), "https://pypi.org/project/pyTelegramBotAPI/"))

add(DV("python/decoy-env-ref", "tg_bot/settings.py", '''
    import os

    from dotenv import load_dotenv

    load_dotenv()

    BOT_TOKEN = os.environ["BOT_TOKEN"]
    ADMIN_CHAT_ID = int(os.getenv("ADMIN_CHAT_ID", "0"))
    WEBHOOK_HOST = os.getenv("WEBHOOK_HOST", "https://example.com")
    WEBHOOK_PATH = f"/webhook/{BOT_TOKEN.split(':')[0]}"
    DB_URL = os.getenv("DATABASE_URL", "sqlite:///bot.db")
''', "https://github.com/theskumar/python-dotenv"))

add(DV("markdown/decoy-doc-example", "README.md", '''
    # weather-bot

    A tiny Telegram bot that posts the forecast every morning.

    ## Setup

    1. Talk to [@BotFather](https://t.me/botfather) and create a bot. It gives you a token that
       looks like `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.
    2. Copy `.env.example` to `.env` and paste the token as `BOT_TOKEN=`.
    3. `pip install -r requirements.txt && python bot.py`

    Chat id of a group starts with `-100`, e.g. `-1001234567890`.
''', "https://core.telegram.org/bots/features#botfather"))

add(DV("dotenv/decoy-placeholder", ".env.example", '''
    # Copy to .env and fill in
    BOT_TOKEN=your-telegram-bot-token-here
    ADMIN_IDS=123456789
    OPENWEATHER_API_KEY=<your openweathermap key>
    DATABASE_URL=postgresql://user:password@localhost:5432/botdb
    REDIS_URL=redis://localhost:6379/0
''', "https://github.com/theskumar/python-dotenv"))

add(SV("python/discord-token", "discord_bot/bot.py", '''
    import discord
    from discord.ext import commands

    intents = discord.Intents.default()
    intents.message_content = True

    bot = commands.Bot(command_prefix="!", intents=intents)


    @bot.event
    async def on_ready():
        print(f"Logged in as {bot.user} (ID: {bot.user.id})")


    @bot.command()
    async def ping(ctx):
        await ctx.send(f"pong {round(bot.latency * 1000)}ms")


    bot.run("@S@")
''', discord_token(), "https://discordpy.readthedocs.io/en/stable/quickstart.html"))

add(SV("json/discord-token", "config.json", '''
    {
        "prefix": "?",
        "token": "@S@",
        "owner_id": @C@,
        "guilds": [@G@],
        "status": "watching the server"
    }
''', discord_token(), "https://discordpy.readthedocs.io/en/stable/", C=digits(18), G=digits(19)))

add(SV("yaml/discord-token", "config.yml", '''
    # music bot config
    discord:
      token: @S@
      default_volume: 35
      dj_role: DJ
    lavalink:
      host: 127.0.0.1
      port: 2333
      password: ${LAVALINK_PASSWORD}
''', discord_token(), "https://github.com/lavalink-devs/Lavalink"))

add(SV("python/discord-webhook", "price_alert.py", '''
    import time

    import requests

    WEBHOOK = "@S@"
    COINS = ["bitcoin", "ethereum", "solana"]


    def check():
        r = requests.get("https://api.coingecko.com/api/v3/simple/price",
                         params={"ids": ",".join(COINS), "vs_currencies": "usd"}, timeout=10)
        for coin, price in r.json().items():
            requests.post(WEBHOOK, json={"content": f"{coin}: ${price['usd']:,}"})


    while True:
        check()
        time.sleep(900)
''', discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook"))

add(SV("dotenv/discord-webhook", "scraper/.env", '''
    DISCORD_WEBHOOK_URL=@S@
    CHECK_EVERY_MINUTES=10
    # comma separated, no spaces
    PRODUCT_URLS=https://www.example-shop.com/p/rtx-4070,https://www.example-shop.com/p/ps5
    USER_AGENT="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
    HEADLESS=true
''', discord_webhook(), "https://discord.com/developers/docs/resources/webhook"))

add(DV("python/decoy-public-ids", "cogs/roles.py", '''
    import discord
    from discord.ext import commands

    GUILD_ID = @G@
    VERIFIED_ROLE = @R@
    LOG_CHANNEL = @L@
    # interactions endpoint: Discord signs requests, we verify with the app's PUBLIC key
    APP_PUBLIC_KEY = "@P@"


    class Roles(commands.Cog):
        def __init__(self, bot):
            self.bot = bot

        @commands.Cog.listener()
        async def on_member_join(self, member: discord.Member):
            role = member.guild.get_role(VERIFIED_ROLE)
            await member.add_roles(role)
            await self.bot.get_channel(LOG_CHANNEL).send(f"{member} joined")


    async def setup(bot):
        await bot.add_cog(Roles(bot))
''', "https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers",
      G=digits(19), R=digits(19), L=digits(18), P=hexs(64)))

add(DV("python/decoy-env-ref", "discord_bot/main.py", '''
    import os

    import discord

    client = discord.Client(intents=discord.Intents.default())


    @client.event
    async def on_message(message):
        if message.content.startswith("$hello"):
            await message.channel.send("Hello!")


    # put DISCORD_TOKEN in Replit Secrets (the padlock icon), never in this file
    client.run(os.getenv("DISCORD_TOKEN"))
''', "https://docs.replit.com/replit-workspace/workspace-features/secrets"))

add(SV("python/slack-bot-token", "app.py", '''
    import os

    from slack_bolt import App
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = App(token="@S@")


    @app.message("hello")
    def message_hello(message, say):
        say(f"Hey there <@{message['user']}>!")


    if __name__ == "__main__":
        SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
''', slack_bot(), "https://slack.dev/bolt-python/tutorial/getting-started"))

add(SV("dotenv/slack-app-token", ".env.local", '''
    SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}
    SLACK_APP_TOKEN=@S@
    SLACK_SIGNING_SECRET=
    STANDUP_CHANNEL=C0123ABCDEF
    STANDUP_TIME=09:30
    TZ=Europe/Dublin
''', slack_app_token(), "https://api.slack.com/apis/socket-mode"))

add(SV("python/slack-webhook", "cron/daily_sales.py", '''
    """Posts yesterday's Shopify sales to #sales. Runs from crontab at 07:00."""
    import datetime as dt

    import requests

    SLACK_URL = "@S@"


    def post(total, orders):
        day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
        text = f":moneybag: {day}: {orders} orders, EUR {total:.2f}"
        requests.post(SLACK_URL, json={"text": text}, timeout=5).raise_for_status()
''', slack_webhook(), "https://api.slack.com/messaging/webhooks"))

add(SV("python/slack-signing-secret", "slack_cmd/config.py", '''
    # /lunch slash command
    SLACK_SIGNING_SECRET = '@S@'
    SLACK_BOT_TOKEN = None  # uses response_url only
    MENU_URL = 'https://intranet.example.org/canteen/today.json'
    TIMEZONE = 'Europe/Berlin'
    DEBUG = False
''', hexs(32), "https://api.slack.com/authentication/verifying-requests-from-slack"))

add(DV("yaml/decoy-no-secret", "manifest.yml", '''
    display_information:
      name: Standup Bot
      description: Asks the team three questions every morning
    features:
      bot_user:
        display_name: standup
        always_online: true
    oauth_config:
      scopes:
        bot:
          - chat:write
          - channels:history
          - im:history
    settings:
      socket_mode_enabled: true
      event_subscriptions:
        bot_events:
          - message.im
''', "https://api.slack.com/reference/manifests"))

# a token split over two literals (the "so GitHub doesn't catch it" habit)
_tok = telegram()
add(S("python/telegram-token", "helpers/tg.py", T('''
    import requests

    # split so the scanner does not flag it lol
    TOKEN = ("''' + _tok[:20] + '''"
             "''' + _tok[20:] + '''")
    API = f"https://api.telegram.org/bot{TOKEN}"


    def send(chat_id, text):
        return requests.post(f"{API}/sendMessage", data={"chat_id": chat_id, "text": text}).json()
'''), _tok, "https://core.telegram.org/bots/api"))

_tok = discord_token()
add(S("python/discord-token", "run.py", T('''
    import base64

    from bot import MyBot

    # base64 so it's "hidden"
    _T = "''' + b64(_tok) + '''"

    if __name__ == "__main__":
        MyBot().run(base64.b64decode(_T).decode())
'''), _tok, "https://discordpy.readthedocs.io/en/stable/api.html#discord.Client.run"))

add(DV("python/decoy-placeholder", "examples/echo_bot.py", '''
    """Minimal echo bot. Replace the token with the one from @BotFather."""
    from telegram.ext import Application, MessageHandler, filters

    TOKEN = "YOUR_BOT_TOKEN_HERE"


    async def echo(update, context):
        await update.message.reply_text(update.message.text)


    app = Application.builder().token(TOKEN).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.run_polling()
''', "https://docs.python-telegram-bot.org/en/stable/examples.echobot.html"))

# ============================================================================================
# Crypto-trading bots
# ============================================================================================

_k, _s = binance_pair()
add(SV("python/binance-secret", "trader/keys.py", '''
    # Binance spot keys (read + trade, NO withdraw)
    api_key = "@K@"
    api_secret = "@S@"
''' + "\n" * 0 + '''
    SYMBOL = "BTCUSDT"
    QTY = 0.0005
''', _s, "https://python-binance.readthedocs.io/en/latest/overview.html", K=_k))

_k, _s = binance_pair()
add(SV("json/binance-secret", "user_data/config.json", '''
    {
        "max_open_trades": 3,
        "stake_currency": "USDT",
        "stake_amount": "unlimited",
        "dry_run": false,
        "timeframe": "5m",
        "exchange": {
            "name": "binance",
            "key": "@K@",
            "secret": "@S@",
            "ccxt_config": {},
            "pair_whitelist": ["ETH/USDT", "SOL/USDT", "BNB/USDT"]
        },
        "telegram": {"enabled": false, "token": "", "chat_id": ""},
        "bot_name": "freqtrade",
        "initial_state": "running"
    }
''', _s, "https://www.freqtrade.io/en/stable/configuration/", K=_k))

add(DV("json/decoy-empty", "user_data/config.example.json", '''
    {
        "max_open_trades": 3,
        "stake_currency": "USDT",
        "dry_run": true,
        "dry_run_wallet": 1000,
        "exchange": {
            "name": "binance",
            "key": "",
            "secret": "",
            "pair_whitelist": ["BTC/USDT", "ETH/USDT"]
        },
        "api_server": {
            "enabled": true,
            "listen_ip_address": "127.0.0.1",
            "jwt_secret_key": "somethingrandom",
            "username": "freqtrader",
            "password": "SuperSecurePassword"
        }
    }
''', "https://www.freqtrade.io/en/stable/configuration/"))

_k, _s = binance_pair()
add(SV("python/exchange-secret", "bot/exchange.py", '''
    import ccxt

    exchange = ccxt.bybit({
        'apiKey': '@K@',
        'secret': '@S@',
        'enableRateLimit': True,
        'options': {'defaultType': 'swap'},
    })


    def balance():
        return exchange.fetch_balance()['USDT']['free']
''', _s[:36], "https://docs.ccxt.com/#/README?id=instantiation", K=_k[:18]))

_s = kraken_secret()
add(SV("yaml/kraken-secret", "conf/kraken.yml", '''
    exchange: kraken
    api_key: @K@
    private_key: @S@
    pairs:
      - XXBTZEUR
      - XETHZEUR
    dca:
      amount_eur: 25
      weekday: monday
''', _s, "https://docs.kraken.com/api/docs/guides/spot-rest-auth", K=rand_from(ALNUM + "+/", 56)))

_k, _s = alpaca_pair()
add(SV("python/alpaca-secret", "algo/run_strategy.py", '''
    from alpaca.trading.client import TradingClient
    from alpaca.trading.requests import MarketOrderRequest
    from alpaca.trading.enums import OrderSide, TimeInForce

    API_KEY = "@K@"
    SECRET_KEY = "@S@"

    client = TradingClient(API_KEY, SECRET_KEY, paper=False)

    order = MarketOrderRequest(symbol="SPY", qty=1, side=OrderSide.BUY, time_in_force=TimeInForce.DAY)
    print(client.submit_order(order_data=order))
''', _s, "https://alpaca.markets/sdks/python/trading.html", K=_k))

_k, _s = binance_pair()
add(SV("dotenv/exchange-secret", ".env.prod", '''
    EXCHANGE=kucoin
    KUCOIN_API_KEY=@K@
    KUCOIN_API_SECRET=@S@
    KUCOIN_PASSPHRASE=${KUCOIN_PASSPHRASE}
    GRID_LOWER=0.42
    GRID_UPPER=0.61
''', uuid_s(), "https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request", K=hexs(24)))

add(DV("python/decoy-placeholder", "examples/ccxt_quickstart.py", '''
    import ccxt

    # Put your own keys here (or better: read them from the environment)
    exchange = ccxt.binance({
        "apiKey": "YOUR_API_KEY",
        "secret": "YOUR_SECRET",
    })
    exchange.set_sandbox_mode(True)
    print(exchange.fetch_ticker("BTC/USDT")["last"])
''', "https://docs.ccxt.com/#/README?id=overview"))

add(DV("python/decoy-env-ref", "tradingbot/config.py", '''
    from pydantic_settings import BaseSettings, SettingsConfigDict
    from pydantic import SecretStr


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", env_prefix="BOT_")

        binance_api_key: SecretStr
        binance_api_secret: SecretStr
        testnet: bool = True
        symbol: str = "BTCUSDT"
        risk_per_trade: float = 0.01


    settings = Settings()
''', "https://docs.pydantic.dev/latest/concepts/pydantic_settings/"))

_k, _s = binance_pair()
add(SV("toml/exchange-secret", "settings.toml", '''
    [general]
    log_level = "INFO"
    paper = false

    [exchange.okx]
    api_key = "@K@"
    secret_key = "@S@"
    passphrase = "@P@"

    [strategy]
    name = "ema_cross"
    fast = 9
    slow = 21
''', _s[:32].upper(), "https://www.okx.com/docs-v5/en/#overview-rest-authentication", K=uuid_s(), P=words_pw()))

_p = words_pw()
add(SV("toml/exchange-passphrase", "okx_bot/config.toml", '''
    [okx]
    api_key = "${OKX_API_KEY}"
    secret_key = "${OKX_SECRET}"
    passphrase = "@S@"
    simulated = false

    [risk]
    max_leverage = 5
''', _p, "https://www.okx.com/docs-v5/en/#overview-rest-authentication"))

_k, _s = binance_pair()
add(S("ipynb/binance-secret", "notebooks/backtest.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from binance.client import Client\n", f"client = Client('{_k}', '{_s}')\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["1265 klines loaded\n"]}],
         "source": ["klines = client.get_historical_klines('BTCUSDT', '1h', '60 days ago UTC')\n", "print(len(klines), 'klines loaded')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), _s, "https://nbformat.readthedocs.io/en/latest/format_description.html"))

add(DV("yaml/decoy-vault", "group_vars/trader/vault.yml", '''
    $ANSIBLE_VAULT;1.1;AES256
    @A@
    @B@
    @C@
    @E@
    @F@
''', "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
      A=hexs(80), B=hexs(80), C=hexs(80), E=hexs(80), F=hexs(46)))

_pem = pem("EC")
_org, _kid = uuid_s(), uuid_s()
add(S("json/coinbase-private-key", "cdp_api_key.json", json.dumps({
    "id": _kid,
    "name": f"organizations/{_org}/apiKeys/{_kid}",
    "privateKey": _pem + "\n"}, indent=2) + "\n", _pem.splitlines()[1], "https://docs.cdp.coinbase.com/advanced-trade/docs/rest-api-auth"))

# ============================================================================================
# Web scrapers
# ============================================================================================

_pw = human_pw()
add(SV("python/site-password", "scrape_grades.py", '''
    from selenium import webdriver
    from selenium.webdriver.common.by import By

    USERNAME = "s2041187"
    PASSWORD = "@S@"

    driver = webdriver.Chrome()
    driver.get("https://portal.example-university.edu/login")
    driver.find_element(By.ID, "username").send_keys(USERNAME)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    for row in driver.find_elements(By.CSS_SELECTOR, "table.grades tr"):
        print(row.text)
    driver.quit()
''', _pw, "https://selenium-python.readthedocs.io/getting-started.html"))

_pw = words_pw()
add(SV("python/proxy-password", "myspider/settings.py", '''
    BOT_NAME = "myspider"
    SPIDER_MODULES = ["myspider.spiders"]
    NEWSPIDER_MODULE = "myspider.spiders"

    ROBOTSTXT_OBEY = False
    CONCURRENT_REQUESTS = 8
    DOWNLOAD_DELAY = 1.5

    # residential proxy
    ROTATING_PROXY_LIST = [
        "http://user-sp81k2:@S@@gate.smartproxy.example:7000",
    ]

    DOWNLOADER_MIDDLEWARES = {
        "rotating_proxies.middlewares.RotatingProxyMiddleware": 610,
        "rotating_proxies.middlewares.BanDetectionMiddleware": 620,
    }
    FEED_EXPORT_ENCODING = "utf-8"
''', _pw, "https://docs.scrapy.org/en/latest/topics/settings.html"))

add(SV("python/scraping-api-key", "scraper/fetch.py", '''
    import requests

    SCRAPERAPI_KEY = "@S@"


    def fetch(url):
        payload = {"api_key": SCRAPERAPI_KEY, "url": url, "render": "true", "country_code": "us"}
        r = requests.get("https://api.scraperapi.com/", params=payload, timeout=70)
        r.raise_for_status()
        return r.text
''', hexs(32), "https://docs.scraperapi.com/python/making-requests/basic-request"))

_pw = human_pw()
add(SV("python/site-password", "amazon_tracker/login.py", '''
    import requests
    from bs4 import BeautifulSoup

    s = requests.Session()
    s.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"

    login = s.get("https://forum.example.net/login")
    csrf = BeautifulSoup(login.text, "html.parser").find("input", {"name": "csrf_token"})["value"]
    s.post("https://forum.example.net/login", data={
        "csrf_token": csrf,
        "email": "dave.k1988@gmail.com",
        "password": "@S@",
    })
    print(s.get("https://forum.example.net/inbox").status_code)
''', _pw, "https://requests.readthedocs.io/en/latest/user/advanced/#session-objects"))

_pw = words_pw()
add(SV("ini/reddit-password", "praw.ini", '''
    [DEFAULT]
    check_for_updates=True
    comment_kind=t1
    oauth_url=https://oauth.reddit.com

    [memebot]
    client_id=@C@
    client_secret=@X@
    username=meme_archiver_bot
    password=@S@
    user_agent=linux:memebot:v0.3 (by u/meme_archiver_bot)
''', _pw, "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html",
      C=rand_from(URLSAFE, 22), X="${REDDIT_CLIENT_SECRET}"))

add(SV("python/reddit-secret", "subreddit_stats.py", '''
    import praw

    reddit = praw.Reddit(
        client_id="@C@",
        client_secret="@S@",
        user_agent="script:subreddit-stats:1.0 (by u/throwaway_dev42)",
    )

    for post in reddit.subreddit("homeautomation").top(time_filter="week", limit=25):
        print(post.score, post.title)
''', rand_from(URLSAFE, 30), "https://praw.readthedocs.io/en/stable/getting_started/quick_start.html", C=rand_from(URLSAFE, 22)))

add(SV("python/twitter-bearer", "tweets/collect.py", '''
    import tweepy

    BEARER = "@S@"
    client = tweepy.Client(bearer_token=BEARER, wait_on_rate_limit=True)

    query = "#raspberrypi -is:retweet lang:en"
    for tweet in tweepy.Paginator(client.search_recent_tweets, query=query, max_results=100).flatten(limit=1000):
        print(tweet.id, tweet.text[:80].replace("\\n", " "))
''', twitter_bearer(), "https://docs.tweepy.org/en/stable/client.html"))

add(DV("python/decoy-public-headers", "spiders/products.py", '''
    import scrapy


    class ProductsSpider(scrapy.Spider):
        name = "products"
        start_urls = ["https://shop.example.com/c/laptops"]
        custom_settings = {
            "DEFAULT_REQUEST_HEADERS": {
                "Accept": "text/html,application/xhtml+xml",
                "Accept-Language": "en-US,en;q=0.9",
                # public storefront API key, printed in every page's HTML
                "x-storefront-key": "pk_storefront_public",
            }
        }

        def parse(self, response):
            for p in response.css("div.product"):
                yield {"sku": p.attrib["data-sku"], "name": p.css("h2::text").get(),
                       "etag": "@E@"}
''', "https://docs.scrapy.org/en/latest/intro/tutorial.html", E=hexs(32)))

add(DV("python/decoy-cookie-names", "scraper/session.py", '''
    import json
    import os
    from pathlib import Path

    import requests

    COOKIE_FILE = Path(os.getenv("COOKIE_FILE", "~/.cache/scraper/cookies.json")).expanduser()
    COOKIE_NAMES = ["sessionid", "csrftoken", "cf_clearance"]


    def load_session() -> requests.Session:
        s = requests.Session()
        if COOKIE_FILE.exists():
            for name, value in json.loads(COOKIE_FILE.read_text()).items():
                s.cookies.set(name, value)
        return s
''', "https://requests.readthedocs.io/en/latest/user/quickstart/#cookies"))

add(SV("netrc/heroku-api-key", ".netrc", '''
    machine api.heroku.com
      login mia.petrova@outlook.com
      password @S@
    machine git.heroku.com
      login mia.petrova@outlook.com
      password @S@
''', uuid_s(), "https://devcenter.heroku.com/articles/authentication#api-token-storage"))

# ============================================================================================
# Flask / FastAPI / Django side projects
# ============================================================================================

add(SV("python/django-secret-key", "mysite/settings.py", '''
    """
    Django settings for mysite project.

    Generated by 'django-admin startproject' using Django 5.0.4.
    """
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    # SECURITY WARNING: keep the secret key used in production secret!
    SECRET_KEY = 'django-insecure-@S@'

    # SECURITY WARNING: don't run with debug turned on in production!
    DEBUG = True

    ALLOWED_HOSTS = []

    INSTALLED_APPS = [
        'django.contrib.admin',
        'django.contrib.auth',
        'django.contrib.contenttypes',
        'django.contrib.sessions',
        'django.contrib.messages',
        'django.contrib.staticfiles',
        'recipes',
    ]
''', django_key(), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"))

_pw = words_pw()
add(SV("python/postgres-password", "blog/settings/production.py", '''
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["myblog.example.com", "www.myblog.example.com"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "blog",
            "USER": "blog",
            "PASSWORD": "@S@",
            "HOST": "db.internal",
            "PORT": "5432",
        }
    }

    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
''', _pw, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases"))

add(DV("python/decoy-env-ref", "core/settings.py", '''
    import environ

    env = environ.Env(DEBUG=(bool, False))
    environ.Env.read_env(BASE_DIR / ".env")

    SECRET_KEY = env("SECRET_KEY")
    DEBUG = env("DEBUG")
    DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}
    CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
    AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default=None)
''', "https://django-environ.readthedocs.io/en/latest/quickstart.html"))

add(DV("json/decoy-password-hash", "accounts/fixtures/admin.json", '''
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "password": "@H@",
          "last_login": null,
          "is_superuser": true,
          "username": "admin",
          "email": "admin@example.com",
          "is_staff": true,
          "is_active": true,
          "date_joined": "2024-03-02T10:14:07Z"
        }
      }
    ]
''', "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", H=django_hash()))

add(SV("python/flask-secret-key", "app/__init__.py", '''
    from flask import Flask
    from flask_login import LoginManager
    from flask_sqlalchemy import SQLAlchemy

    db = SQLAlchemy()
    login_manager = LoginManager()


    def create_app():
        app = Flask(__name__)
        app.config["SECRET_KEY"] = "@S@"
        app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///site.db"
        db.init_app(app)
        login_manager.init_app(app)
        login_manager.login_view = "auth.login"
        from .routes import bp
        app.register_blueprint(bp)
        return app
''', hexs(64), "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY"))

_pw = human_pw()
add(SV("python/mysql-password", "config.py", '''
    import os


    class Config:
        SECRET_KEY = os.environ.get("SECRET_KEY") or "dev"
        SQLALCHEMY_DATABASE_URI = "mysql+pymysql://flaskapp:@S@@localhost/inventory"
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        ITEMS_PER_PAGE = 20


    class TestConfig(Config):
        SQLALCHEMY_DATABASE_URI = "sqlite://"
        TESTING = True
''', _pw, "https://flask-sqlalchemy.palletsprojects.com/en/3.1.x/config/"))

add(DV("python/decoy-password-hash", "seed_users.py", '''
    """Seed the dev database with two users (the hashes are werkzeug's, the passwords are not stored)."""
    from app import create_app, db
    from app.models import User

    USERS = [
        ("alice", "@A@"),
        ("bob", "@B@"),
    ]

    with create_app().app_context():
        for name, pw_hash in USERS:
            db.session.add(User(username=name, password_hash=pw_hash))
        db.session.commit()
''', "https://werkzeug.palletsprojects.com/en/3.0.x/utils/#werkzeug.security.generate_password_hash",
      A=werkzeug_hash(), B=scrypt_hash()))

add(SV("python/jwt-secret", "api/auth.py", '''
    from datetime import datetime, timedelta, timezone

    import jwt
    from fastapi import HTTPException
    from passlib.context import CryptContext

    SECRET_KEY = "@S@"
    ALGORITHM = "HS256"
    ACCESS_TOKEN_EXPIRE_MINUTES = 30

    pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


    def create_access_token(data: dict):
        to_encode = data.copy()
        to_encode["exp"] = datetime.now(timezone.utc) + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
        return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
''', hexs(64), "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/"))

add(DV("python/decoy-doc-example", "docs_snippet_auth.py", '''
    # From the FastAPI tutorial: "to get a string like this run: openssl rand -hex 32"
    # We keep the tutorial's value ONLY in this docs snippet; the app reads JWT_SECRET from env.
    import os

    SECRET_KEY = os.environ.get("JWT_SECRET", "change-me-in-production")
    ALGORITHM = "HS256"
    ACCESS_TOKEN_EXPIRE_MINUTES = 30
    fake_users_db = {"johndoe": {"username": "johndoe", "hashed_password": "@H@", "disabled": False}}
''', "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/", H=bcrypt_hash()))

_pw = redis_pw()
add(SV("python/postgres-password", "app/database.py", '''
    from sqlalchemy import create_engine
    from sqlalchemy.orm import declarative_base, sessionmaker

    SQLALCHEMY_DATABASE_URL = (
        "postgresql+psycopg2://todo_user:@S@"
        "@dpg-co4k2h8cmk4c73a1qg0-a.frankfurt-postgres.render.com/todo_db_x7kq"
    )

    engine = create_engine(SQLALCHEMY_DATABASE_URL, pool_pre_ping=True)
    SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)
    Base = declarative_base()
''', _pw, "https://fastapi.tiangolo.com/tutorial/sql-databases/"))

add(SV("python/openai-key", "main.py", '''
    from fastapi import FastAPI
    from openai import OpenAI
    from pydantic import BaseModel

    app = FastAPI()
    client = OpenAI(api_key="@S@")


    class Ask(BaseModel):
        question: str


    @app.post("/ask")
    def ask(body: Ask):
        r = client.chat.completions.create(model="gpt-4o-mini",
                                           messages=[{"role": "user", "content": body.question}])
        return {"answer": r.choices[0].message.content}
''', openai_key(), "https://platform.openai.com/docs/quickstart?language-preference=python"))

add(DV("python/decoy-env-ref", "chatbot/llm.py", '''
    import os

    from anthropic import Anthropic
    from openai import OpenAI

    # Both SDKs read their key from the environment when none is passed:
    # OPENAI_API_KEY and ANTHROPIC_API_KEY (see .env.example).
    openai_client = OpenAI()
    claude = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
    MODEL = os.getenv("LLM_MODEL", "gpt-4o-mini")
''', "https://github.com/openai/openai-python#usage"))

add(SV("python/anthropic-key", "summarize.py", '''
    import sys

    import anthropic

    client = anthropic.Anthropic(
        # defaults to os.environ.get("ANTHROPIC_API_KEY")
        api_key="@S@",
    )

    text = open(sys.argv[1]).read()
    message = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1024,
        messages=[{"role": "user", "content": f"Summarize this:\\n\\n{text}"}],
    )
    print(message.content[0].text)
''', anthropic_key(), "https://github.com/anthropics/anthropic-sdk-python#usage"))

add(SV("dotenv/openai-key", "backend/.env", '''
    OPENAI_API_KEY=@S@
    OPENAI_MODEL=gpt-4o
    PINECONE_INDEX=docs-qa
    PINECONE_ENVIRONMENT=us-east-1
    CORS_ORIGINS=http://localhost:5173
''', openai_key(), "https://platform.openai.com/docs/quickstart"))

add(SV("python/hf-token", "finetune/push.py", '''
    from huggingface_hub import login
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    login(token="@S@")

    model = AutoModelForSequenceClassification.from_pretrained("./out/checkpoint-1200")
    tok = AutoTokenizer.from_pretrained("distilbert-base-uncased")
    model.push_to_hub("jkowalski/review-sentiment")
    tok.push_to_hub("jkowalski/review-sentiment")
''', hf_token(), "https://huggingface.co/docs/huggingface_hub/quick-start#authentication"))

add(SV("python/groq-key", "agents/fast_llm.py", '''
    from groq import Groq

    client = Groq(api_key="@S@")

    def ask(prompt: str) -> str:
        chat = client.chat.completions.create(
            messages=[{"role": "user", "content": prompt}],
            model="llama-3.1-8b-instant",
        )
        return chat.choices[0].message.content
''', groq_key(), "https://console.groq.com/docs/quickstart"))

add(SV("python/replicate-token", "gen_images.py", '''
    import os

    os.environ["REPLICATE_API_TOKEN"] = "@S@"

    import replicate

    out = replicate.run("black-forest-labs/flux-schnell", input={"prompt": "a cozy cabin, watercolor"})
    for i, item in enumerate(out):
        with open(f"out_{i}.webp", "wb") as f:
            f.write(item.read())
''', replicate_token(), "https://replicate.com/docs/get-started/python"))

add(DV("python/decoy-sha", "app/migrations/versions/3f9c2a1b7d4e_add_orders.py", '''
    """add orders table

    Revision ID: @R@
    Revises: @P@
    Create Date: 2024-05-11 18:22:40.118273

    """
    import sqlalchemy as sa
    from alembic import op

    revision = "@R@"
    down_revision = "@P@"
    branch_labels = None
    depends_on = None


    def upgrade():
        op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True),
                        sa.Column("total_cents", sa.Integer, nullable=False))


    def downgrade():
        op.drop_table("orders")
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html#create-a-migration-script", R=hexs(12), P=hexs(12)))

add(DV("ini/decoy-template-default", "alembic.ini", '''
    # A generic, single database configuration.

    [alembic]
    script_location = migrations
    prepend_sys_path = .
    version_path_separator = os

    # the real URL comes from env.py (os.environ["DATABASE_URL"])
    sqlalchemy.url = driver://user:pass@localhost/dbname

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_root]
    level = WARN
    handlers = console
''', "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file"))

add(SV("ini/postgres-password", "migrations/alembic.ini", '''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql://shopadmin:@S@@ep-frosty-sun-a2b3c4d5.eu-central-1.aws.neon.tech/shop?sslmode=require

    [loggers]
    keys = root,sqlalchemy,alembic
''', rand_pw(12), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file"))

add(DV("html/decoy-public-values", "templates/base.html", '''
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <meta name="csrf-token" content="{{ csrf_token() }}">
      <title>{% block title %}Recipes{% endblock %}</title>
      <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet"
            integrity="sha384-@I@" crossorigin="anonymous">
    </head>
    <body>
      {% block content %}{% endblock %}
      <script src="https://js.stripe.com/v3/"></script>
      <script>const stripe = Stripe("pk_live_@P@");</script>
    </body>
    </html>
''', "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", I=b64_bytes(48), P=rand_from(ALNUM, 99)))

add(SV("python/stripe-secret", "payments/views.py", '''
    import stripe
    from django.conf import settings
    from django.http import JsonResponse
    from django.views.decorators.http import require_POST

    stripe.api_key = "@S@"


    @require_POST
    def create_checkout(request):
        session = stripe.checkout.Session.create(
            mode="payment",
            line_items=[{"price": settings.STRIPE_PRICE_ID, "quantity": 1}],
            success_url=request.build_absolute_uri("/thanks/"),
            cancel_url=request.build_absolute_uri("/"),
        )
        return JsonResponse({"url": session.url})
''', stripe_sk(), "https://docs.stripe.com/checkout/quickstart?lang=python"))

add(SV("python/stripe-webhook-secret", "webhooks.py", '''
    import stripe
    from flask import Blueprint, jsonify, request

    bp = Blueprint("webhooks", __name__)
    endpoint_secret = '@S@'


    @bp.route("/stripe/webhook", methods=["POST"])
    def stripe_webhook():
        sig = request.headers.get("Stripe-Signature")
        event = stripe.Webhook.construct_event(request.data, sig, endpoint_secret)
        if event["type"] == "checkout.session.completed":
            fulfill(event["data"]["object"])
        return jsonify(success=True)
''', stripe_whsec(), "https://docs.stripe.com/webhooks/quickstart?lang=python"))

add(SV("python/shopify-token", "shop_sync/shopify_client.py", '''
    import shopify

    SHOP_URL = "craft-candles-nl.myshopify.com"
    API_VERSION = "2024-04"
    ACCESS_TOKEN = "@S@"

    session = shopify.Session(SHOP_URL, API_VERSION, ACCESS_TOKEN)
    shopify.ShopifyResource.activate_session(session)

    for product in shopify.Product.find(limit=250):
        print(product.id, product.title, product.variants[0].inventory_quantity)
''', shopify_token(), "https://github.com/Shopify/shopify_python_api#private-apps"))

add(SV("python/woocommerce-secret", "woo_export.py", '''
    from woocommerce import API

    wcapi = API(
        url="https://www.bakery-example.co.uk",
        consumer_key="ck_@K@",
        consumer_secret="@S@",
        version="wc/v3",
        timeout=30,
    )

    orders = wcapi.get("orders", params={"status": "processing", "per_page": 50}).json()
    print(len(orders), "orders to pack")
''', "cs_" + hexs(40), "https://woocommerce.github.io/woocommerce-rest-api-docs/?python#authentication", K=hexs(40)))

# ============================================================================================
# Streamlit apps
# ============================================================================================

add(SV("toml/openai-key", ".streamlit/secrets.toml", '''
    # Streamlit secrets (local). On Community Cloud paste this into the app's Secrets box.
    OPENAI_API_KEY = "@S@"

    [app]
    title = "PDF chat"
    max_upload_mb = 25
''', openai_key(), "https://docs.streamlit.io/develop/concepts/connections/secrets-management"))

_pw = words_pw()
add(SV("toml/postgres-password", "dashboard/.streamlit/secrets.toml", '''
    [connections.postgresql]
    dialect = "postgresql"
    host = "aws-0-eu-central-1.pooler.supabase.com"
    port = "6543"
    database = "postgres"
    username = "postgres.qkzvbnhyxwtrmlopeaus"
    password = "@S@"
''', _pw, "https://docs.streamlit.io/develop/tutorials/databases/postgresql"))

_pem = pem()
add(S("toml/gcp-private-key", "sheets_app/.streamlit/secrets.toml", T('''
    # Everything under [connections.gsheets] is the service account JSON, as TOML
    [connections.gsheets]
    spreadsheet = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFG/edit"
    type = "service_account"
    project_id = "inventory-sheets-41923"
    private_key_id = "''' + hexs(40) + '''"
    private_key = "''' + _pem.replace("\n", "\\n") + '''\\n"
    client_email = "streamlit@inventory-sheets-41923.iam.gserviceaccount.com"
    client_id = "''' + digits(21) + '''"
    token_uri = "https://oauth2.googleapis.com/token"
'''), _pem.splitlines()[3], "https://docs.streamlit.io/develop/tutorials/databases/private-gsheet"))

add(SV("toml/mongo-password", "stocks/.streamlit/secrets.toml", '''
    [mongo]
    host = "cluster0.x1y2z3.mongodb.net"
    username = "streamlit_ro"
    password = "@S@"
    db = "portfolio"

    [finnhub]
    api_key = "${FINNHUB_KEY}"
''', human_pw(), "https://docs.streamlit.io/develop/tutorials/databases/mongodb"))

add(DV("toml/decoy-placeholder", ".streamlit/secrets.toml.example", '''
    # Copy to .streamlit/secrets.toml (which is in .gitignore) and fill in.
    OPENAI_API_KEY = "sk-..."
    ANTHROPIC_API_KEY = "sk-ant-..."

    [connections.snowflake]
    account = "xxxxxxx-xxxxxxx"
    user = "xxx"
    password = "xxx"
    warehouse = "COMPUTE_WH"
''', "https://docs.streamlit.io/develop/concepts/connections/secrets-management"))

add(DV("python/decoy-env-ref", "streamlit_app.py", '''
    import pandas as pd
    import streamlit as st
    from openai import OpenAI

    st.set_page_config(page_title="Sales Q&A", page_icon=":bar_chart:")

    client = OpenAI(api_key=st.secrets["OPENAI_API_KEY"])
    conn = st.connection("postgresql", type="sql")

    df = conn.query("SELECT * FROM sales WHERE day > now() - interval '30 days'", ttl="10m")
    st.dataframe(df)

    q = st.text_input("Ask about the data")
    if q:
        r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])
        st.write(r.choices[0].message.content)
''', "https://docs.streamlit.io/develop/api-reference/connections/st.secrets"))

add(SV("toml/supabase-key", "app/.streamlit/secrets.toml", '''
    [connections.supabase]
    SUPABASE_URL = "https://@R@.supabase.co"
    SUPABASE_KEY = "@S@"

    [auth]
    redirect_uri = "http://localhost:8501/oauth2callback"
''', supabase_service_key(), "https://docs.streamlit.io/develop/tutorials/databases/supabase", R=rand_from(string.ascii_lowercase, 20)))

add(SV("python/google-api-key", "pages/2_Map.py", '''
    import googlemaps
    import pydeck as pdk
    import streamlit as st

    gmaps = googlemaps.Client(key="@S@")

    st.title("Delivery map")
    addr = st.text_input("Address", "Damrak 1, Amsterdam")
    loc = gmaps.geocode(addr)[0]["geometry"]["location"]
    st.pydeck_chart(pdk.Deck(initial_view_state=pdk.ViewState(latitude=loc["lat"], longitude=loc["lng"], zoom=13)))
''', google_api_key(), "https://github.com/googlemaps/google-maps-services-python#usage"))

# ============================================================================================
# Raspberry Pi and home automation
# ============================================================================================

add(SV("yaml/mqtt-password", "secrets.yaml", '''
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
    latitude: 52.3731
    longitude: 4.8922
    mqtt_user: homeassistant
    mqtt_password: "@S@"
    influx_host: 192.168.1.20
''', human_pw(), "https://www.home-assistant.io/docs/configuration/secrets/"))

add(SV("yaml/ha-token", "ha_config/secrets.yaml", '''
    http_base_url: https://home.example.duckdns.org
    # long-lived token of the 'grafana' user, for the REST sensor on the other instance
    remote_ha_token: "@S@"
    spotify_client_id: @C@
    spotify_client_secret: !env_var SPOTIFY_SECRET
''', ha_token(), "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", C=hexs(32)))

add(DV("yaml/decoy-secret-ref", "configuration.yaml", '''
    # Loads default set of integrations. Do not remove.
    default_config:

    homeassistant:
      name: Home
      latitude: !secret latitude
      longitude: !secret longitude
      unit_system: metric
      time_zone: Europe/Amsterdam

    http:
      use_x_forwarded_for: true
      trusted_proxies:
        - 172.30.33.0/24

    influxdb:
      host: !secret influx_host
      username: homeassistant
      password: !secret influx_password
      database: homeassistant

    automation: !include automations.yaml
    script: !include scripts.yaml
''', "https://www.home-assistant.io/docs/configuration/secrets/"))

add(SV("python/ha-token", "appdaemon/apps/presence.py", '''
    import requests

    HA_URL = "http://homeassistant.local:8123"
    HA_TOKEN = "@S@"
    HEADERS = {"Authorization": f"Bearer {HA_TOKEN}", "content-type": "application/json"}


    def lights_off():
        requests.post(f"{HA_URL}/api/services/light/turn_off", headers=HEADERS,
                      json={"entity_id": "all"}, timeout=5)


    def state(entity):
        return requests.get(f"{HA_URL}/api/states/{entity}", headers=HEADERS, timeout=5).json()["state"]
''', ha_token(), "https://developers.home-assistant.io/docs/api/rest/"))

add(SV("yaml/mqtt-password", "zigbee2mqtt/data/configuration.yaml", '''
    homeassistant: true
    permit_join: false
    mqtt:
      base_topic: zigbee2mqtt
      server: mqtt://192.168.1.10:1883
      user: z2m
      password: @S@
    serial:
      port: /dev/ttyUSB0
      adapter: ezsp
    frontend:
      port: 8080
    advanced:
      network_key: GENERATE
      log_level: info
''', rand_pw(16), "https://www.zigbee2mqtt.io/guide/configuration/mqtt.html"))

add(DV("yaml/decoy-secret-ref", "zigbee2mqtt/configuration.yaml", '''
    homeassistant: true
    permit_join: false
    mqtt:
      base_topic: zigbee2mqtt
      server: '!secret.yaml server'
      user: '!secret.yaml user'
      password: '!secret.yaml password'
    serial:
      port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_@I@-if00-port0
    advanced:
      pan_id: 6754
      ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]
      channel: 15
''', "https://www.zigbee2mqtt.io/guide/configuration/#environment-variables", I=hexs(32)))

add(SV("yaml/esphome-api-key", "esphome/garage-door.yaml", '''
    esphome:
      name: garage-door
      friendly_name: Garage door

    esp32:
      board: esp32dev

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    api:
      encryption:
        key: "@S@"

    ota:
      - platform: esphome
        password: !secret ota_password

    switch:
      - platform: gpio
        pin: GPIO4
        name: "Door relay"
''', wg_key(), "https://esphome.io/components/api.html#configuration-variables"))

add(SV("yaml/wifi-password", "esphome/secrets.yaml", '''
    # Your Wi-Fi SSID and password
    wifi_ssid: "Ziggo-5G-7F21"
    wifi_password: "@S@"
    ota_password: "${OTA_PASSWORD}"
    fallback_ap_password: "${FALLBACK_AP_PASSWORD}"
''', words_pw(), "https://esphome.io/guides/faq.html#tips-for-using-esphome"))

add(DV("yaml/decoy-secret-ref", "esphome/living-room-sensor.yaml", '''
    esphome:
      name: living-room-sensor

    esp8266:
      board: d1_mini

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
      ap:
        ssid: "Living-Room-Fallback"
        password: !secret fallback_ap_password

    api:
      encryption:
        key: !secret api_key

    sensor:
      - platform: dht
        pin: D2
        temperature:
          name: "Living Room Temperature"
        humidity:
          name: "Living Room Humidity"
        update_interval: 60s
''', "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file"))

add(SV("python/mqtt-password", "pi/sensor_publisher.py", '''
    #!/usr/bin/env python3
    import json
    import time

    import board
    import adafruit_dht
    import paho.mqtt.client as mqtt

    dht = adafruit_dht.DHT22(board.D4)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="pi-greenhouse")
    client.username_pw_set("greenhouse", "@S@")
    client.connect("192.168.178.30", 1883, 60)
    client.loop_start()

    while True:
        try:
            payload = {"t": dht.temperature, "h": dht.humidity}
            client.publish("home/greenhouse/climate", json.dumps(payload), retain=True)
        except RuntimeError:
            pass
        time.sleep(30)
''', human_pw(), "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html"))

add(DV("text/decoy-password-hash", "mosquitto/config/passwd", '''
    homeassistant:$7$101$@A@$@B@
    z2m:$7$101$@C@$@E@
    greenhouse:$7$101$@F@$@G@
    nodered:$7$101$@H@$@I@
    frigate:$7$101$@J@$@K@
''', "https://mosquitto.org/man/mosquitto_passwd-1.html",
      A=b64_bytes(12), B=b64_bytes(64), C=b64_bytes(12), E=b64_bytes(64), F=b64_bytes(12), G=b64_bytes(64),
      H=b64_bytes(12), I=b64_bytes(64), J=b64_bytes(12), K=b64_bytes(64)))

add(DV("conf/decoy-no-secret", "mosquitto/config/mosquitto.conf", '''
    persistence true
    persistence_location /mosquitto/data/
    log_dest file /mosquitto/log/mosquitto.log

    listener 1883
    allow_anonymous false
    password_file /mosquitto/config/passwd

    listener 8883
    certfile /mosquitto/certs/server.crt
    keyfile /mosquitto/certs/server.key
    cafile /mosquitto/certs/ca.crt
''', "https://mosquitto.org/man/mosquitto-conf-5.html"))

add(DV("pem/decoy-certificate", "mosquitto/certs/ca.crt", "@C@\n", "https://mosquitto.org/man/mosquitto-tls-7.html", C=cert_pem()))

_pem = pem()
add(S("pem/private-key", "mosquitto/certs/server.key", _pem + "\n", _pem.splitlines()[2], "https://mosquitto.org/man/mosquitto-tls-7.html"))

add(SV("ini/wireguard-private-key", "wireguard/wg0.conf", '''
    [Interface]
    Address = 10.6.0.1/24
    ListenPort = 51820
    PrivateKey = @S@
    PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
    PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

    ### begin phone ###
    [Peer]
    PublicKey = @P@
    AllowedIPs = 10.6.0.2/32
    ### end phone ###
''', wg_key(), "https://www.wireguard.com/quickstart/", P=wg_key()))

add(DV("ini/decoy-public-key", "wireguard/laptop.conf.example", '''
    [Interface]
    PrivateKey = <output of: wg genkey>
    Address = 10.6.0.3/24
    DNS = 10.6.0.1

    [Peer]
    # the Pi's PUBLIC key (wg pubkey < server.key), safe to share
    PublicKey = @P@
    Endpoint = myhome.duckdns.org:51820
    AllowedIPs = 0.0.0.0/0, ::/0
    PersistentKeepalive = 25
''', "https://www.wireguard.com/quickstart/", P=wg_key()))

add(SV("shell/duckdns-token", "duckdns/duck.sh", '''
    #!/bin/bash
    # DuckDNS updater for the Pi. Add to crontab -e:
    # */5 * * * * ~/duckdns/duck.sh >/dev/null 2>&1
    # (leave ip= empty and DuckDNS uses the request's address)
    echo url="https://www.duckdns.org/update?domains=myhome&token=@S@&ip=" | curl -k -o ~/duckdns/duck.log -K -
''', uuid_s(), "https://www.duckdns.org/install.jsp"))

add(SV("yaml/ngrok-token", "ngrok.yml", '''
    version: "2"
    authtoken: @S@
    tunnels:
      homeassistant:
        proto: http
        addr: 8123
      ssh:
        proto: tcp
        addr: 22
''', ngrok_token(), "https://ngrok.com/docs/agent/config/"))

add(SV("shell/tailscale-key", "setup/bootstrap-pi.sh", '''
    #!/usr/bin/env bash
    set -e
    sudo apt-get update && sudo apt-get install -y mosquitto mosquitto-clients python3-venv
    curl -fsSL https://tailscale.com/install.sh | sh
    sudo tailscale up --authkey=@S@ --hostname=pi-garden --ssh
    python3 -m venv ~/venv && ~/venv/bin/pip install -r requirements.txt
    sudo systemctl enable --now garden.service
''', tailscale_key(), "https://tailscale.com/kb/1085/auth-keys"))

add(SV("python/pushover-token", "doorbell.py", '''
    import RPi.GPIO as GPIO
    import requests

    BUTTON = 17
    PUSHOVER_USER = "u@U@"
    PUSHOVER_TOKEN = "@S@"

    GPIO.setmode(GPIO.BCM)
    GPIO.setup(BUTTON, GPIO.IN, pull_up_down=GPIO.PUD_UP)


    def ring(channel):
        requests.post("https://api.pushover.net/1/messages.json",
                      data={"token": PUSHOVER_TOKEN, "user": PUSHOVER_USER, "message": "Ding dong!"})


    GPIO.add_event_detect(BUTTON, GPIO.FALLING, callback=ring, bouncetime=2000)
    input("running, press enter to quit\\n")
''', "a" + pushover_token()[:29], "https://pushover.net/api", U=pushover_token()[:29]))

add(DV("json/decoy-uuids", ".storage/core.area_registry", '''
    {
      "version": 1,
      "minor_version": 6,
      "key": "core.area_registry",
      "data": {
        "areas": [
          {"aliases": [], "floor_id": null, "icon": null, "id": "living_room", "name": "Living Room", "picture": null},
          {"aliases": [], "floor_id": null, "icon": "mdi:garage", "id": "garage", "name": "Garage", "picture": null},
          {"aliases": [], "floor_id": null, "icon": null, "id": "@A@", "name": "Greenhouse", "picture": null}
        ]
      }
    }
''', "https://developers.home-assistant.io/docs/area_registry_index/", A=hexs(32)))

add(DV("js/decoy-password-hash", "node-red/settings.js", '''
    module.exports = {
        flowFile: 'flows.json',
        credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
        uiPort: process.env.PORT || 1880,
        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "@H@",
                permissions: "*"
            }]
        },
        functionGlobalContext: {},
        logging: { console: { level: "info", metrics: false, audit: false } }
    }
''', "https://nodered.org/docs/user-guide/runtime/securing-node-red#usernamepassword-based-authentication", H=bcrypt_hash()))

# ============================================================================================
# Email senders
# ============================================================================================

add(SV("python/smtp-password", "send_report.py", '''
    import smtplib
    import ssl
    from email.message import EmailMessage

    SENDER = "kowalski.reports@gmail.com"
    APP_PASSWORD = "@S@"  # gmail app password


    def send(to, subject, body, attachment=None):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = SENDER, to, subject
        msg.set_content(body)
        if attachment:
            with open(attachment, "rb") as f:
                msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename=attachment)
        with smtplib.SMTP_SSL("smtp.gmail.com", 465, context=ssl.create_default_context()) as s:
            s.login(SENDER, APP_PASSWORD)
            s.send_message(msg)
''', gmail_app_pw(), "https://docs.python.org/3/library/smtplib.html"))

add(SV("python/smtp-password", "newsletter/settings_local.py", '''
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.office365.com"
    EMAIL_PORT = 587
    EMAIL_USE_TLS = True
    EMAIL_HOST_USER = "info@bakkerij-example.nl"
    EMAIL_HOST_PASSWORD = "@S@"
    DEFAULT_FROM_EMAIL = "Bakkerij <info@bakkerij-example.nl>"
''', words_pw(), "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend"))

add(SV("python/sendgrid-key", "mailer.py", '''
    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    sg = SendGridAPIClient("@S@")


    def welcome(email, name):
        message = Mail(from_email="hello@tinyshop.example", to_emails=email,
                       subject="Welcome!", html_content=f"<p>Hi {name}, thanks for signing up.</p>")
        return sg.send(message).status_code
''', sendgrid_key(), "https://github.com/sendgrid/sendgrid-python#quick-start"))

add(SV("python/mailgun-key", "notify/mailgun.py", '''
    import requests

    DOMAIN = "mg.yogastudio-example.com"


    def send_simple_message(to, subject, text):
        return requests.post(
            f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
            auth=("api", "@S@"),
            data={"from": f"Studio <noreply@{DOMAIN}>", "to": [to], "subject": subject, "text": text},
        )
''', mailgun_key(), "https://documentation.mailgun.com/docs/mailgun/quickstart"))

add(SV("yaml/mailchimp-key", "config/newsletter.yaml", '''
    mailchimp:
      api_key: @S@
      list_id: @L@
      double_opt_in: true
    sync:
      source: orders.csv
      tag: customers-2024
''', mailchimp_key(), "https://mailchimp.com/developer/marketing/guides/quick-start/", L=hexs(10)))

add(SV("dotenv/brevo-key", "emails/.env", '''
    BREVO_API_KEY=@S@
    SENDER_EMAIL=events@meetup-example.org
    SENDER_NAME="Python Meetup"
    TEMPLATE_ID=12
    # reminder mails go out 24h before the event
    REMINDER_HOURS=24
''', brevo_key(), "https://developers.brevo.com/docs/getting-started"))

add(SV("ini/smtp-password", "config/mail.cfg", '''
    [smtp]
    host = mail.gandi.net
    port = 587
    starttls = yes
    user = alerts@pi-monitor.example
    password = @S@

    [alerts]
    to = me@pi-monitor.example
    cpu_temp_max = 75
''', human_pw(), "https://docs.python.org/3/library/configparser.html"))

add(DV("python/decoy-env-ref", "utils/email.py", '''
    import os
    import smtplib
    from email.mime.text import MIMEText

    SMTP_HOST = os.getenv("SMTP_HOST", "smtp.gmail.com")
    SMTP_USER = os.environ["SMTP_USER"]
    SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]  # a Gmail *app password*, see README


    def send(to: str, subject: str, body: str) -> None:
        msg = MIMEText(body)
        msg["Subject"], msg["From"], msg["To"] = subject, SMTP_USER, to
        with smtplib.SMTP(SMTP_HOST, 587) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASSWORD)
            s.sendmail(SMTP_USER, [to], msg.as_string())
''', "https://docs.python.org/3/library/smtplib.html"))

add(SV("python/twilio-token", "sms_alert.py", '''
    from twilio.rest import Client

    account_sid = "@A@"
    auth_token = "@S@"
    client = Client(account_sid, auth_token)

    message = client.messages.create(
        body="Water leak detected in the basement!",
        from_="+15017122661",
        to="+15558675310",
    )
    print(message.sid)
''', hexs(32), "https://www.twilio.com/docs/messaging/quickstart/python", A="AC" + hexs(32)))

# ============================================================================================
# Cron scripts, systemd units, shell
# ============================================================================================

add(SV("crontab/postgres-password", "crontab.txt", '''
    # m h  dom mon dow   command
    MAILTO=""
    0 2 * * * PGPASSWORD='@S@' pg_dump -h localhost -U shop shop | gzip > /backups/shop-$(date +\\%F).sql.gz
    30 2 * * * find /backups -name '*.sql.gz' -mtime +14 -delete
    */10 * * * * /home/deploy/venv/bin/python /home/deploy/app/manage.py send_queued_mail
''', words_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html"))

add(DV("crontab/decoy-env-file", "deploy/crontab", '''
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin
    MAILTO=""
    # secrets live in /etc/scraper.env (root:root 0600), loaded per job
    15 * * * * set -a; . /etc/scraper.env; set +a; /opt/scraper/venv/bin/python -m scraper.run >> /var/log/scraper.log 2>&1
    0 4 * * 0 /opt/scraper/venv/bin/python -m scraper.cleanup --older-than 30d
''', "https://man7.org/linux/man-pages/man5/crontab.5.html"))

add(SV("systemd/telegram-token", "deploy/tgbot.service", '''
    [Unit]
    Description=Telegram shop bot
    After=network-online.target

    [Service]
    User=pi
    WorkingDirectory=/home/pi/shopbot
    Environment="BOT_TOKEN=@S@"
    Environment="DB_PATH=/home/pi/shopbot/shop.db"
    ExecStart=/home/pi/shopbot/.venv/bin/python -m shopbot
    Restart=always

    [Install]
    WantedBy=multi-user.target
''', telegram(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="))

add(DV("systemd/decoy-env-file", "deploy/discordbot.service", '''
    [Unit]
    Description=Discord moderation bot
    After=network.target

    [Service]
    Type=simple
    User=bot
    EnvironmentFile=/etc/discordbot/env
    ExecStart=/opt/discordbot/venv/bin/python bot.py
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
''', "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile="))

add(SV("shell/mysql-password", "backup_wordpress.sh", '''
    #!/bin/sh
    # nightly backup of the shop's wordpress db to the NAS
    DATE=$(date +%Y%m%d)
    mysqldump -u wp_admin -p'@S@' --single-transaction wordpress > /mnt/nas/wp-$DATE.sql
    rclone copy /mnt/nas/wp-$DATE.sql gdrive:backups/wordpress
    find /mnt/nas -name 'wp-*.sql' -mtime +7 -exec rm {} \\;
''', human_pw(), "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html"))

add(SV("shell/basic-auth-url", "scripts/deploy_static.sh", '''
    #!/usr/bin/env bash
    set -euo pipefail
    npm run build
    tar czf site.tgz -C dist .
    curl -fsS -u deploy:@S@ -T site.tgz https://files.myportfolio.example/upload/
    echo "deployed $(git rev-parse --short HEAD)"
''', rand_pw(14), "https://curl.se/docs/manpage.html#-u"))

add(SV("supervisor/redis-password", "deploy/supervisor/celery.conf", '''
    [program:celery]
    command=/srv/app/venv/bin/celery -A proj worker --loglevel=INFO --concurrency=2
    directory=/srv/app
    user=www-data
    environment=CELERY_BROKER_URL="redis://:@S@@127.0.0.1:6379/0",DJANGO_SETTINGS_MODULE="proj.settings.prod"
    autostart=true
    autorestart=true
    stopwaitsecs=600
''', redis_pw(), "http://supervisord.org/configuration.html#program-x-section-values"))

add(DV("text/decoy-password-hash", "nginx/.htpasswd", '''
    admin:$apr1$@A@$@B@
    grafana:$apr1$@C@$@E@
    mum:{SHA}@F@
    dad:$2y$05$@G@
    guest:$apr1$@H@$@I@
''', "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
      A=rand_from(ALNUM, 8), B=rand_from(ALNUM + "./", 22), C=rand_from(ALNUM, 8), E=rand_from(ALNUM + "./", 22),
      F=b64_bytes(20), G=rand_from(ALNUM + "./", 53), H=rand_from(ALNUM, 8), I=rand_from(ALNUM + "./", 22)))

add(SV("makefile/pypi-token", "Makefile", r'''
    .PHONY: test build publish clean

    test:
    	pytest -q

    build: clean
    	python -m build

    publish: build
    	twine upload --non-interactive \
    		-u __token__ \
    		-p @S@ \
    		dist/*

    clean:
    	rm -rf dist build *.egg-info
''', pypi(), "https://twine.readthedocs.io/en/stable/#twine-upload"))

add(DV("makefile/decoy-env-ref", "tools/Makefile", r'''
    PYTHON ?= python3
    VERSION := $(shell $(PYTHON) -c "import mypkg; print(mypkg.__version__)")

    release:
    	$(PYTHON) -m build
    	TWINE_USERNAME=__token__ TWINE_PASSWORD=$(PYPI_TOKEN) $(PYTHON) -m twine upload dist/*
    	git tag v$(VERSION) && git push --tags

    .PHONY: release
''', "https://twine.readthedocs.io/en/stable/#environment-variables"))

add(SV("ini/pypi-token", ".pypirc", '''
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = @S@

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
''', pypi(), "https://packaging.python.org/en/latest/specifications/pypirc/"))

add(DV("ini/decoy-placeholder", "docs/pypirc.example", '''
    # ~/.pypirc -- see https://packaging.python.org/en/latest/specifications/pypirc/
    [distutils]
    index-servers =
        pypi

    [pypi]
    username = __token__
    password = pypi-<paste your API token here>
''', "https://packaging.python.org/en/latest/specifications/pypirc/"))

add(SV("python/pypi-token", "release.py", '''
    #!/usr/bin/env python3
    """Bump the version, build and upload. Usage: ./release.py patch"""
    import subprocess
    import sys

    PYPI_TOKEN = "@S@"

    part = sys.argv[1] if len(sys.argv) > 1 else "patch"
    subprocess.run(["bump2version", part], check=True)
    subprocess.run([sys.executable, "-m", "build"], check=True)
    subprocess.run([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", PYPI_TOKEN, "dist/*"], check=True)
''', pypi(), "https://twine.readthedocs.io/en/stable/"))

add(DV("yaml/decoy-ci-secret-ref", ".github/workflows/publish.yml", '''
    name: Publish to PyPI
    on:
      release:
        types: [published]
    jobs:
      pypi:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@@A@
          - uses: actions/setup-python@@B@
            with:
              python-version: "3.12"
          - run: python -m pip install build && python -m build
          - uses: pypa/gh-action-pypi-publish@release/v1
            with:
              password: ${{ secrets.PYPI_API_TOKEN }}
''', "https://github.com/pypa/gh-action-pypi-publish", A=git_sha(), B=git_sha()))

add(SV("yaml/github-token", ".github/workflows/update-data.yml", '''
    name: nightly scrape
    on:
      schedule:
        - cron: "0 3 * * *"
      workflow_dispatch:
    jobs:
      scrape:
        runs-on: ubuntu-latest
        env:
          GH_TOKEN: @S@
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r requirements.txt && python scrape.py
          - run: |
              git config user.name "bot"
              git add data/ && git commit -m "data update" || exit 0
              git push https://x-access-token:${GH_TOKEN}@github.com/${{ github.repository }}.git
''', ghp(), "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env"))

# ============================================================================================
# Heroku / Render / Railway / Fly / Docker era configs and database URLs
# ============================================================================================

add(SV("json/heroku-config-var", "app.json", '''
    {
      "name": "flask-todo",
      "description": "A tiny todo app",
      "repository": "https://github.com/example/flask-todo",
      "addons": ["heroku-postgresql:essential-0"],
      "env": {
        "SECRET_KEY": {"description": "Flask secret", "generator": "secret"},
        "MAILGUN_API_KEY": {"value": "@S@"},
        "WEB_CONCURRENCY": {"value": "2"}
      },
      "buildpacks": [{"url": "heroku/python"}]
    }
''', mailgun_key(), "https://devcenter.heroku.com/articles/app-json-schema#env"))

add(DV("json/decoy-generator", "heroku/app.json", '''
    {
      "name": "django-blog",
      "scripts": {"postdeploy": "python manage.py migrate"},
      "env": {
        "DJANGO_SECRET_KEY": {"description": "A secret key for Django", "generator": "secret"},
        "ALLOWED_HOSTS": {"value": ".herokuapp.com"},
        "SENDGRID_API_KEY": {"description": "From app.sendgrid.com -> Settings -> API Keys", "required": true}
      },
      "addons": ["heroku-postgresql", "heroku-redis"]
    }
''', "https://devcenter.heroku.com/articles/app-json-schema#env"))

add(SV("yaml/render-env-value", "render.yaml", '''
    services:
      - type: web
        name: fastapi-notes
        runtime: python
        plan: free
        buildCommand: pip install -r requirements.txt
        startCommand: uvicorn main:app --host 0.0.0.0 --port $PORT
        envVars:
          - key: DATABASE_URL
            fromDatabase:
              name: notes-db
              property: connectionString
          - key: OPENAI_API_KEY
            value: @S@
          - key: PYTHON_VERSION
            value: 3.12.3
''', openai_key(), "https://docs.render.com/blueprint-spec#environment-variables"))

add(DV("yaml/decoy-sync-false", "infra/render.yaml", '''
    services:
      - type: worker
        name: discord-bot
        runtime: python
        buildCommand: pip install -r requirements.txt
        startCommand: python bot.py
        envVars:
          - key: DISCORD_TOKEN
            sync: false
          - key: SECRET_KEY
            generateValue: true
          - key: REDIS_URL
            fromService:
              type: redis
              name: cache
              property: connectionString
''', "https://docs.render.com/blueprint-spec#environment-variables"))

add(DV("toml/decoy-no-secret", "fly.toml", '''
    app = "pi-dashboard"
    primary_region = "ams"

    [build]
      builder = "paketobuildpacks/builder:base"

    [env]
      PORT = "8080"
      LOG_LEVEL = "info"
      # secrets: fly secrets set DATABASE_URL=... SECRET_KEY=...

    [http_service]
      internal_port = 8080
      force_https = true
      auto_stop_machines = true
      min_machines_running = 0
''', "https://fly.io/docs/reference/configuration/"))

add(SV("toml/fly-env-secret", "deploy/fly.toml", '''
    app = "tg-shop-bot"
    primary_region = "fra"

    [env]
      BOT_MODE = "webhook"
      WEBHOOK_URL = "https://tg-shop-bot.fly.dev/hook"
      BOT_TOKEN = "@S@"

    [[services]]
      internal_port = 8000
      protocol = "tcp"
''', telegram(), "https://fly.io/docs/reference/configuration/#the-env-variables-section"))

add(DV("json/decoy-no-secret", "railway.json", '''
    {
      "$schema": "https://railway.app/railway.schema.json",
      "build": {"builder": "NIXPACKS"},
      "deploy": {
        "startCommand": "gunicorn app:app --workers 2 --bind 0.0.0.0:$PORT",
        "healthcheckPath": "/health",
        "restartPolicyType": "ON_FAILURE",
        "restartPolicyMaxRetries": 10
      }
    }
''', "https://docs.railway.app/reference/config-as-code"))

_pw = rand_pw(32)
add(SV("dotenv/postgres-password", ".env.railway", '''
    # railway variables --kv > .env.railway  (oops)
    DATABASE_URL=postgresql://postgres:@S@@roundhouse.proxy.rlwy.net:41873/railway
    PGHOST=roundhouse.proxy.rlwy.net
    PGPORT=41873
    PGUSER=postgres
    PGDATABASE=railway
    RAILWAY_ENVIRONMENT=production
''', _pw, "https://docs.railway.app/guides/postgresql"))

add(SV("dotenv/redis-password", ".env.production", '''
    NODE_ENV=production
    REDIS_URL=rediss://default:@S@@eu1-brave-lion-38211.upstash.io:38211
    RATE_LIMIT_PER_MIN=60
    LOG_LEVEL=warn
    SESSION_TTL_SECONDS=86400
''', rand_pw(34), "https://upstash.com/docs/redis/howto/connectclient"))

add(SV("python/mongo-password", "db.py", '''
    from pymongo import MongoClient
    from pymongo.server_api import ServerApi

    uri = "mongodb+srv://shopbot:@S@@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"
    client = MongoClient(uri, server_api=ServerApi("1"))
    db = client["shop"]
    orders = db["orders"]

    try:
        client.admin.command("ping")
        print("Pinged your deployment. You successfully connected to MongoDB!")
    except Exception as e:
        print(e)
''', human_pw(), "https://www.mongodb.com/docs/drivers/pymongo/"))

add(DV("python/decoy-placeholder", "docs/examples/mongo_connect.py", '''
    from pymongo import MongoClient

    # Replace <username>, <password> and <cluster-url> with your Atlas values
    uri = "mongodb+srv://<username>:<password>@<cluster-url>/?retryWrites=true&w=majority"
    client = MongoClient(uri)
    print(client.list_database_names())
''', "https://www.mongodb.com/docs/atlas/tutorial/connect-to-your-cluster/"))

add(SV("python/redis-password", "cache.py", '''
    import redis

    r = redis.Redis(
        host="redis-14502.c250.eu-central-1-1.ec2.redns.redis-cloud.com",
        port=14502,
        password="@S@",
        decode_responses=True,
    )


    def cached(key, fn, ttl=300):
        v = r.get(key)
        if v is None:
            v = fn()
            r.setex(key, ttl, v)
        return v
''', redis_pw(), "https://redis-py.readthedocs.io/en/stable/connections.html"))

add(SV("python/amqp-password", "proj/celeryconfig.py", '''
    broker_url = "amqps://qzxkfwlp:@S@@rat.rmq2.cloudamqp.com/qzxkfwlp"
    result_backend = "rpc://"
    task_serializer = "json"
    accept_content = ["json"]
    timezone = "Europe/London"
    beat_schedule = {
        "scrape-every-hour": {"task": "tasks.scrape", "schedule": 3600.0},
    }
''', rand_from(URLSAFE, 32), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url"))

add(SV("compose/postgres-password", "docker-compose.yml", '''
    services:
      web:
        build: .
        command: gunicorn mysite.wsgi:application --bind 0.0.0.0:8000
        ports:
          - "8000:8000"
        environment:
          - DATABASE_URL=postgres://mysite:@S@@db:5432/mysite
        depends_on:
          - db
      db:
        image: postgres:16
        volumes:
          - pgdata:/var/lib/postgresql/data
        environment:
          POSTGRES_USER: mysite
          POSTGRES_PASSWORD: @S@
          POSTGRES_DB: mysite
    volumes:
      pgdata:
''', words_pw(), "https://docs.docker.com/compose/compose-file/05-services/#environment"))

add(DV("compose/decoy-env-interp", "compose.yaml", '''
    services:
      bot:
        build: .
        restart: unless-stopped
        env_file: .env
        environment:
          REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      redis:
        image: redis:7-alpine@sha256:@D@
        command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it in .env}"]
      postgres:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets:
          - pg_password
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
''', "https://docs.docker.com/compose/environment-variables/variable-interpolation/", D=hexs(64)))

add(SV("compose/mqtt-password", "homelab/docker-compose.yml", '''
    services:
      homeassistant:
        image: ghcr.io/home-assistant/home-assistant:stable
        network_mode: host
        volumes:
          - ./ha:/config
      frigate:
        image: ghcr.io/blakeblackshear/frigate:stable
        shm_size: "128mb"
        environment:
          FRIGATE_RTSP_PASSWORD: "@S@"
        volumes:
          - ./frigate:/config
          - /mnt/cctv:/media/frigate
''', human_pw(), "https://docs.frigate.video/configuration/reference"))

add(SV("dockerfile/api-key", "Dockerfile", '''
    FROM python:3.12-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV OPENWEATHER_API_KEY=@S@ \\
        TZ=Europe/Paris
    CMD ["python", "weather_bot.py"]
''', hexs(32), "https://docs.docker.com/reference/dockerfile/#env"))

add(DV("dockerfile/decoy-checksum", "docker/Dockerfile.scraper", '''
    FROM python:3.11-slim@sha256:@D@

    ARG CHROMEDRIVER_VERSION=124.0.6367.91
    ARG CHROMEDRIVER_SHA256=@C@
    RUN apt-get update && apt-get install -y --no-install-recommends curl unzip chromium \\
     && curl -fsSLo /tmp/cd.zip https://storage.googleapis.com/chrome-for-testing-public/${CHROMEDRIVER_VERSION}/linux64/chromedriver-linux64.zip \\
     && echo "${CHROMEDRIVER_SHA256}  /tmp/cd.zip" | sha256sum -c - \\
     && unzip /tmp/cd.zip -d /usr/local/bin && rm /tmp/cd.zip
    ARG SCRAPER_API_KEY
    COPY . /app
    CMD ["python", "/app/run.py"]
''', "https://docs.docker.com/reference/dockerfile/#arg", D=hexs(64), C=hexs(64)))

add(S("k8s/postgres-password", "k3s/shop-db-secret.yaml", T('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: shop-db
      namespace: shop
    type: Opaque
    data:
      POSTGRES_USER: ''' + b64("shop") + '''
      POSTGRES_PASSWORD: ''' + b64(_pw2 := words_pw()) + '''
      POSTGRES_DB: ''' + b64("shop") + '''
'''), _pw2, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets"))

add(DV("k8s/decoy-sealed-secret", "k3s/bot-sealedsecret.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: discord-bot
      namespace: bots
    spec:
      encryptedData:
        DISCORD_TOKEN: @A@
        OPENAI_API_KEY: @B@
      template:
        metadata:
          name: discord-bot
          namespace: bots
''', "https://github.com/bitnami-labs/sealed-secrets#usage", A="AgB" + rand_from(ALNUM + "+/", 360) + "==", B="AgA" + rand_from(ALNUM + "+/", 360) + "=="))

add(DV("yaml/decoy-sops", "secrets/prod.enc.yaml", '''
    telegram:
        token: ENC[AES256_GCM,data:@A@,iv:@I@,tag:@G@,type:str]
    database_url: ENC[AES256_GCM,data:@B@,iv:@J@,tag:@H@,type:str]
    sops:
        age:
            - recipient: age1@R@
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @E@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-06-01T09:12:44Z"
        mac: ENC[AES256_GCM,data:@M@,iv:@K@,tag:@L@,type:str]
        version: 3.8.1
''', "https://github.com/getsops/sops#encrypting-using-age",
      A=b64_bytes(46), I=b64_bytes(32), G=b64_bytes(16), B=b64_bytes(70), J=b64_bytes(32), H=b64_bytes(16),
      R=rand_from("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), E=b64_bytes(180), M=b64_bytes(64), K=b64_bytes(32), L=b64_bytes(16)))

add(DV("yaml/decoy-helm-template", "chart/templates/secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "bot.fullname" . }}
    type: Opaque
    stringData:
      BOT_TOKEN: {{ .Values.bot.token | quote }}
      DATABASE_URL: "postgresql://{{ .Values.db.user }}:{{ .Values.db.password }}@{{ .Values.db.host }}/{{ .Values.db.name }}"
''', "https://helm.sh/docs/chart_template_guide/values_files/"))

# ============================================================================================
# AWS / Google / other cloud and SaaS keys in snippets; assorted decoys
# ============================================================================================

_k, _s = aws_pair()
add(SV("python/aws-secret-key", "upload_to_s3.py", '''
    import boto3

    s3 = boto3.client(
        "s3",
        aws_access_key_id="@K@",
        aws_secret_access_key="@S@",
        region_name="eu-west-1",
    )

    for name in ["report.pdf", "photos.zip"]:
        s3.upload_file(name, "my-side-project-uploads", f"2024/{name}")
        print("uploaded", name)
''', _s, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", K=_k))

_k, _s = aws_pair()
add(SV("ini/aws-secret-key", "aws/credentials", '''
    [default]
    aws_access_key_id = @K@
    aws_secret_access_key = @S@

    [personal]
    region = us-east-1
    output = json
''', _s, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", K=_k))

_k, _s = aws_pair()
add(SV("json/aws-secret-key", "zappa_settings.json", '''
    {
        "production": {
            "app_function": "app.app",
            "aws_region": "us-east-1",
            "profile_name": "default",
            "project_name": "url-shortener",
            "runtime": "python3.11",
            "s3_bucket": "zappa-url-shortener-prod",
            "aws_environment_variables": {
                "S3_ACCESS_KEY": "@K@",
                "S3_SECRET_KEY": "@S@"
            }
        }
    }
''', _s, "https://github.com/zappa/Zappa#setting-environment-variables", K=_k))

add(DV("python/decoy-doc-example", "docs/aws_example.py", '''
    """How to point the uploader at your bucket.

    The keys below are the example keys from the AWS documentation; they do not work.
    Prefer `aws configure` or an instance role.
    """
    import boto3

    session = boto3.Session(
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
''', "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html"))

add(DV("python/decoy-env-ref", "lambda_function.py", '''
    import json
    import os

    import boto3

    ssm = boto3.client("ssm")
    TOKEN = ssm.get_parameter(Name=os.environ["TOKEN_PARAM"], WithDecryption=True)["Parameter"]["Value"]
    table = boto3.resource("dynamodb").Table(os.environ["TABLE"])


    def lambda_handler(event, context):
        body = json.loads(event["body"])
        table.put_item(Item={"chat_id": str(body["message"]["chat"]["id"]), "text": body["message"]["text"]})
        return {"statusCode": 200, "body": "ok"}
''', "https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-integration-lambda-extensions.html"))

add(SV("python/aws-session-token", "notebooks/s3_helper.py", '''
    import boto3

    # copied from the SSO portal "Command line or programmatic access"
    session = boto3.Session(
        aws_access_key_id="ASIA@K@",
        aws_secret_access_key="@X@",
        aws_session_token="@S@",
    )
    print(session.client("sts").get_caller_identity())
''', fakes.aws_session_token(_seed()), "https://docs.aws.amazon.com/singlesignon/latest/userguide/howtogetcredentials.html",
      K=rand_from(string.ascii_uppercase + "234567", 16), X=fakes.aws_secret_key(_seed())))

_pem = pem()
add(S("json/gcp-private-key", "service_account.json", json.dumps({
    "type": "service_account", "project_id": "gspread-bot-418207", "private_key_id": hexs(40),
    "private_key": _pem + "\n", "client_email": "sheets-bot@gspread-bot-418207.iam.gserviceaccount.com",
    "client_id": digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token"}, indent=2) + "\n", _pem.splitlines()[4],
    "https://docs.gspread.org/en/latest/oauth2.html#for-bots-using-service-account"))

add(SV("json/google-client-secret", "client_secret.json", '''
    {
      "installed": {
        "client_id": "@C@-@D@.apps.googleusercontent.com",
        "project_id": "yt-uploader-404511",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "client_secret": "@S@",
        "redirect_uris": ["http://localhost"]
      }
    }
''', google_client_secret(), "https://developers.google.com/identity/protocols/oauth2/native-app", C=digits(12), D=rand_from(string.ascii_lowercase + string.digits, 32)))

add(SV("json/google-refresh-token", "token.json", '''
    {
      "token": "ya29.@A@",
      "refresh_token": "@S@",
      "token_uri": "https://oauth2.googleapis.com/token",
      "client_id": "@C@.apps.googleusercontent.com",
      "client_secret": "${GOOGLE_CLIENT_SECRET}",
      "scopes": ["https://www.googleapis.com/auth/gmail.send"],
      "expiry": "2024-05-30T11:02:37.123456Z"
    }
''', google_refresh(), "https://developers.google.com/gmail/api/quickstart/python", A=rand_from(URLSAFE, 150), C=digits(12)))

add(DV("js/decoy-firebase-web-config", "static/js/firebase-init.js", '''
    // Firebase web config: these identify the project, they are not secrets
    // (access is controlled by Security Rules and App Check).
    const firebaseConfig = {
      apiKey: "@K@",
      authDomain: "plant-tracker-8c1f2.firebaseapp.com",
      projectId: "plant-tracker-8c1f2",
      storageBucket: "plant-tracker-8c1f2.appspot.com",
      messagingSenderId: "@M@",
      appId: "1:@M@:web:@A@"
    };
    firebase.initializeApp(firebaseConfig);
''', "https://firebase.google.com/docs/projects/api-keys", K=google_api_key(), M=digits(12), A=hexs(22)))

add(DV("json/decoy-public-client-id", "spotify_config.json", '''
    {
      "client_id": "@C@",
      "redirect_uri": "http://localhost:8888/callback",
      "scope": "user-read-playback-state user-modify-playback-state",
      "pkce": true,
      "cache_path": ".spotify_cache"
    }
''', "https://spotipy.readthedocs.io/en/latest/#authorization-code-flow-with-pkce", C=hexs(32)))

add(SV("python/spotify-secret", "now_playing.py", '''
    import spotipy
    from spotipy.oauth2 import SpotifyOAuth

    sp = spotipy.Spotify(auth_manager=SpotifyOAuth(
        client_id="@C@",
        client_secret="@S@",
        redirect_uri="http://localhost:8888/callback",
        scope="user-read-currently-playing",
    ))

    cur = sp.current_user_playing_track()
    if cur:
        print(cur["item"]["name"], "-", cur["item"]["artists"][0]["name"])
''', hexs(32), "https://spotipy.readthedocs.io/en/latest/#authorization-code-flow", C=hexs(32)))

add(SV("python/notion-token", "notion_sync.py", '''
    from notion_client import Client

    notion = Client(auth="@S@")
    DB_ID = "@D@"

    def add_book(title, author):
        notion.pages.create(parent={"database_id": DB_ID}, properties={
            "Name": {"title": [{"text": {"content": title}}]},
            "Author": {"rich_text": [{"text": {"content": author}}]},
        })
''', notion_token(), "https://github.com/ramnes/notion-sdk-py#usage", D=hexs(32)))

add(SV("python/airtable-token", "crm/airtable_leads.py", '''
    from pyairtable import Api

    api = Api("@S@")
    table = api.table("app@B@", "tbl@T@")

    for rec in table.all(formula="{Status} = 'New'"):
        print(rec["fields"].get("Company"), rec["fields"].get("Email"))
''', airtable_pat(), "https://pyairtable.readthedocs.io/en/stable/getting-started.html", B=rand_from(ALNUM, 14), T=rand_from(ALNUM, 14)))

add(SV("dotenv/cloudinary-url", "gallery/.env", '''
    FLASK_APP=gallery
    CLOUDINARY_URL=cloudinary://@K@:@S@@dx7ktplm2
    MAX_CONTENT_LENGTH=16777216
    UPLOAD_FOLDER=gallery/uploads
    THUMB_WIDTH=480
''', rand_from(URLSAFE, 27), "https://cloudinary.com/documentation/python_integration#configuration", K=digits(15)))

add(SV("yaml/digitalocean-token", ".do/deploy.yml", '''
    # used by scripts/deploy.py via python-digitalocean
    token: @S@
    droplet:
      name: scraper-01
      region: ams3
      size: s-1vcpu-1gb
      image: ubuntu-24-04-x64
''', dop_token(), "https://docs.digitalocean.com/reference/api/create-personal-access-token/"))

add(SV("shell/docker-pat", "scripts/push_image.sh", '''
    #!/usr/bin/env bash
    set -e
    IMAGE=jdoe/home-dashboard
    TAG=${1:-latest}
    echo "@S@" | docker login -u jdoe --password-stdin
    docker buildx build --platform linux/arm64,linux/amd64 -t $IMAGE:$TAG --push .
''', docker_pat(), "https://docs.docker.com/security/for-developers/access-tokens/"))

_key = base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add(SV("python/fernet-key", "vault_lite.py", '''
    from cryptography.fernet import Fernet

    # key for the encrypted api_keys.bin in this folder
    KEY = b"@S@"
    f = Fernet(KEY)


    def load_keys(path="api_keys.bin"):
        with open(path, "rb") as fh:
            return f.decrypt(fh.read()).decode().splitlines()
''', _key, "https://cryptography.io/en/latest/fernet/"))

add(DV("python/decoy-ciphertext", "settings_encrypted.py", '''
    import os

    from cryptography.fernet import Fernet

    # ciphertext only; the key comes from the FERNET_KEY env var on the server
    ENCRYPTED_DB_PASSWORD = b"gAAAAAB@C@"
    ENCRYPTED_SMTP_PASSWORD = b"gAAAAAB@E@"


    def secret(blob: bytes) -> str:
        return Fernet(os.environ["FERNET_KEY"]).decrypt(blob).decode()
''', "https://cryptography.io/en/latest/fernet/#cryptography.fernet.Fernet.encrypt",
      C=rand_from(URLSAFE, 113) + "=", E=rand_from(URLSAFE, 113) + "="))

add(DV("text/decoy-hashes", "requirements.txt", '''
    #
    # This file is autogenerated by pip-compile with Python 3.12
    # by the following command:
    #
    #    pip-compile --generate-hashes requirements.in
    #
    certifi==2024.2.2 \\
        --hash=sha256:@A@ \\
        --hash=sha256:@B@
        # via requests
    python-telegram-bot==21.1.1 \\
        --hash=sha256:@C@ \\
        --hash=sha256:@E@
        # via -r requirements.in
''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", A=hexs(64), B=hexs(64), C=hexs(64), E=hexs(64)))

add(DV("yaml/decoy-sha", ".pre-commit-config.yaml", '''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: @A@  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: end-of-file-fixer
          - id: detect-private-key
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: @B@  # frozen: v0.4.4
        hooks:
          - id: ruff
            args: [--fix]
          - id: ruff-format
''', "https://pre-commit.com/#using-the-latest-version-for-a-repository", A=git_sha(), B=git_sha()))

add(DV("ssh/decoy-public-key", "deploy/authorized_keys", '''
    # pi@garden - provisioned by ansible
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@ anna@thinkpad
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@B@ github-actions-deploy
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@C@ phone-termux
    # old laptop, removed 2024-02
    # ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E@ anna@oldmac
''', "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
      A=rand_from(ALNUM + "+/", 43), B=rand_from(ALNUM + "+/", 43), C=rand_from(ALNUM + "+/", 200), E=rand_from(ALNUM + "+/", 43)))

_pem = fakes.fake_pem(_seed(), "OPENSSH")
add(S("ssh/private-key", "deploy/id_ed25519", _pem + "\n" + "\n" * 0, _pem.splitlines()[3], "https://man.openbsd.org/ssh-keygen.1"))

add(DV("toml/decoy-hashes", "poetry.lock", '''
    # This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

    [[package]]
    name = "aiogram"
    version = "3.6.0"
    description = "Modern and fully asynchronous framework for Telegram Bot API"
    optional = false
    python-versions = ">=3.8"
    files = [
        {file = "aiogram-3.6.0-py3-none-any.whl", hash = "sha256:@A@"},
        {file = "aiogram-3.6.0.tar.gz", hash = "sha256:@B@"},
    ]

    [metadata]
    lock-version = "2.0"
    python-versions = "^3.11"
    content-hash = "@C@"
''', "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", A=hexs(64), B=hexs(64), C=hexs(64)))

add(DV("log/decoy-redacted", "logs/bot.log", '''
    2024-06-02 08:00:01,112 INFO  bot: starting, token=**********:***REDACTED***
    2024-06-02 08:00:01,530 INFO  db: connected to postgresql://shop:****@db:5432/shop
    2024-06-02 08:00:02,004 INFO  telegram: webhook set, secret_token=<hidden>
    2024-06-02 08:15:44,870 WARN  scraper: 429 from example-shop.com, backing off 60s
    2024-06-02 08:17:03,221 INFO  scraper: request_id=@U@ done in 1.8s
''', "https://docs.python.org/3/library/logging.html", U=uuid_s()))

add(DV("markdown/decoy-doc-example", "docs/deploy.md", '''
    # Deploying to Heroku

    ```bash
    heroku create my-scraper
    heroku config:set SCRAPER_API_KEY=<your-key> SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXX/YYYY/ZZZZ
    heroku config:set DATABASE_URL=postgres://user:password@host:5432/dbname
    git push heroku main
    ```

    Set `SECRET_KEY` to something long, e.g. the output of `python -c "import secrets; print(secrets.token_hex(32))"`.
''', "https://devcenter.heroku.com/articles/config-vars"))

add(DV("text/decoy-checksums", "dist/SHA256SUMS", '''
    @A@  mybot-1.4.2-py3-none-any.whl
    @B@  mybot-1.4.2.tar.gz
    @C@  mybot-1.4.1-py3-none-any.whl
    @E@  mybot-1.4.1.tar.gz
    @F@  mybot-1.4.0.tar.gz
''', "https://man7.org/linux/man-pages/man1/sha256sum.1.html", A=hexs(64), B=hexs(64), C=hexs(64), E=hexs(64), F=hexs(64)))

add(DV("pem/decoy-public-key", "keys/license_pub.pem", '''
    -----BEGIN PUBLIC KEY-----
    @A@
    @B@
    @C@
    @E@
    -----END PUBLIC KEY-----
''', "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_public_key",
      A="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand_from(ALNUM + "+/", 20), B=rand_from(ALNUM + "+/", 64), C=rand_from(ALNUM + "+/", 64), E=rand_from(ALNUM + "+/", 50) + "IDAQAB"))

# ============================================================================================
# More look-alikes of the theme
# ============================================================================================

add(DV("dotenv/decoy-placeholder", "backend/.env.sample", '''
    # Required
    OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    DATABASE_URL=postgresql://postgres:changeme@localhost:5432/app
    # Optional
    SENTRY_DSN=
    STRIPE_SECRET_KEY=sk_live_...
    STRIPE_WEBHOOK_SECRET=whsec_...
''', "https://12factor.net/config"))

add(DV("yaml/decoy-secrets-template", "ha_config/secrets.example.yaml", '''
    # Copy to secrets.yaml; the real one is in .gitignore
    latitude: 0.0
    longitude: 0.0
    mqtt_user: homeassistant
    mqtt_password: CHANGE_ME
    influx_password: "<influx password>"
    telegram_bot_token: "<token from @BotFather>"
''', "https://www.home-assistant.io/docs/configuration/secrets/"))

add(DV("yaml/decoy-ci-secret-ref", ".github/workflows/deploy-bot.yml", '''
    name: deploy bot
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: akhileshns/heroku-deploy@v3.13.15
            with:
              heroku_api_key: ${{ secrets.HEROKU_API_KEY }}
              heroku_app_name: "my-tg-bot"
              heroku_email: ${{ secrets.HEROKU_EMAIL }}
        env:
          BOT_TOKEN: ${{ secrets.BOT_TOKEN }}
''', "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"))

add(DV("ini/decoy-interpolation", "config/bot.ini", '''
    [DEFAULT]
    home = /home/pi/bot

    [paths]
    db = %(home)s/data/bot.sqlite
    logs = %(home)s/logs

    [telegram]
    # token is read from the BOT_TOKEN environment variable
    token_env = BOT_TOKEN
    admin = 11111111
''', "https://docs.python.org/3/library/configparser.html#interpolation-of-values"))

add(DV("python/decoy-test-fixture", "tests/test_auth.py", '''
    import pytest

    from app.auth import hash_password, verify_password


    @pytest.fixture
    def user(db):
        return db.create_user("test@example.com", hash_password("correct horse battery staple"))


    def test_wrong_password_is_rejected(user):
        assert not verify_password(user.password_hash, "hunter2")


    def test_hash_is_not_plaintext(user):
        assert user.password_hash.startswith("$argon2id$")
''', "https://docs.pytest.org/en/stable/how-to/fixtures.html"))

add(DV("sql/decoy-password-hash", "db/seed.sql", '''
    -- demo accounts for the local dev database (argon2 hashes, not passwords)
    INSERT INTO users (id, email, password_hash, role) VALUES
      ('@U@', 'owner@bakery.example', '@A@', 'admin'),
      ('@V@', 'staff@bakery.example', '@B@', 'staff');

    INSERT INTO api_clients (id, name, key_prefix, key_sha256) VALUES
      (1, 'pos-terminal', 'bk_live_7f2c', '@H@');
''', "https://github.com/hynek/argon2-cffi", U=uuid_s(), V=uuid_s(), A=argon2_hash(), B=argon2_hash(), H=hexs(64)))

add(DV("python/decoy-public-ids", "config/constants.py", '''
    # Telegram chat ids and Discord channel ids are not secret
    TELEGRAM_CHANNEL_ID = -100@T@
    DISCORD_ANNOUNCE_CHANNEL = @D@
    GA_MEASUREMENT_ID = "G-@G@"
    STRIPE_PRICE_ID = "price_@P@"
    PAYPAL_CLIENT_ID_SANDBOX = "sb"
    BUILD_SHA = "@S@"
''', "https://core.telegram.org/bots/api#chat", T=digits(10), D=digits(19), G=rand_from(string.ascii_uppercase + string.digits, 10),
      P=rand_from(ALNUM, 24), S=git_sha()))

add(DV("ipynb/decoy-no-secret", "notebooks/explore_prices.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "import ccxt\n", "ex = ccxt.binance({'apiKey': os.getenv('BINANCE_KEY'), 'secret': os.getenv('BINANCE_SECRET')})\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"data": {"text/plain": [f"'{hexs(64)}'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
         "source": ["# checksum of the candles file, to compare runs\n", "hashlib.sha256(open('candles.parquet','rb').read()).hexdigest()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1), "https://nbformat.readthedocs.io/en/latest/format_description.html"))

add(DV("python/decoy-secret-manager", "app/secrets.py", '''
    import json
    from functools import lru_cache

    import boto3


    @lru_cache
    def get_secret(name: str = "prod/shop/app") -> dict:
        client = boto3.session.Session().client("secretsmanager", region_name="eu-central-1")
        return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


    DB_PASSWORD = get_secret()["db_password"]
    STRIPE_KEY = get_secret()["stripe_secret_key"]
''', "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-python-sdk.html"))

add(DV("yaml/decoy-k8s-placeholder", "k8s/bot-secret.example.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: telegram-bot
    type: Opaque
    stringData:
      BOT_TOKEN: REPLACE_ME
      REDIS_PASSWORD: REPLACE_ME
''', "https://kubernetes.io/docs/concepts/configuration/secret/"))

add(DV("toml/decoy-no-secret", "pyproject.toml", '''
    [project]
    name = "tg-weather-bot"
    version = "0.4.1"
    description = "Posts the weather to a Telegram chat"
    requires-python = ">=3.10"
    dependencies = ["python-telegram-bot>=21", "httpx", "python-dotenv"]

    [project.scripts]
    weather-bot = "weather_bot.__main__:main"

    [tool.ruff]
    line-length = 110

    [build-system]
    requires = ["hatchling"]
    build-backend = "hatchling.build"
''', "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/"))

add(DV("python/decoy-keyring", "cli/auth.py", '''
    import getpass

    import keyring

    SERVICE = "shopify-sync"


    def get_token(shop: str) -> str:
        token = keyring.get_password(SERVICE, shop)
        if token is None:
            token = getpass.getpass(f"Admin API token for {shop}: ")
            keyring.set_password(SERVICE, shop, token)
        return token
''', "https://pypi.org/project/keyring/"))

add(DV("yaml/decoy-secret-ref", "docker/frigate/config.yml", '''
    mqtt:
      host: 192.168.1.10
      user: frigate
      password: "{FRIGATE_MQTT_PASSWORD}"
    cameras:
      driveway:
        ffmpeg:
          inputs:
            - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@192.168.1.64:554/Streaming/Channels/101
              roles: [detect, record]
        detect:
          width: 1280
          height: 720
''', "https://docs.frigate.video/configuration/reference"))

add(DV("text/decoy-uuid-ids", "data/devices.csv", '''
    device_id,name,room,last_seen
    @A@,Hue bridge,hallway,2024-06-01T10:02:11Z
    @B@,Shelly 1PM,garage,2024-06-01T10:01:58Z
    @C@,Aqara door sensor,front door,2024-06-01T09:59:40Z
    @E@,Tasmota plug,office,2024-06-01T10:02:05Z
''', "https://www.home-assistant.io/docs/configuration/customizing-devices/", A=uuid_s(), B=uuid_s(), C=uuid_s(), E=uuid_s()))

add(DV("shell/decoy-env-ref", "scripts/run_bot.sh", '''
    #!/usr/bin/env bash
    set -euo pipefail
    cd "$(dirname "$0")/.."
    : "${BOT_TOKEN:?export BOT_TOKEN first (see README)}"
    export DATABASE_URL="postgresql://bot:${PGPASSWORD}@localhost/bot"
    exec .venv/bin/python -m bot --log-level "${LOG_LEVEL:-INFO}"
''', "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html"))

# a few more planted secrets in the awkward forms the theme has
add(SV("python/telegram-token", "bot/__init__.py", '''
    """Group helper bot.

    Quick test from a shell:

        curl https://api.telegram.org/bot@S@/getMe

    """
    __version__ = "0.2.0"
    from .app import build_app  # noqa: F401
''', telegram(), "https://core.telegram.org/bots/api#getme"))

add(SV("shell/postgres-password", "scripts/restore_db.sh", '''
    #!/usr/bin/env bash
    # restore the latest dump into the Render database
    set -e
    DUMP=$(ls -t backups/*.dump | head -1)
    psql "postgresql://shop_owner:@S@@dpg-cp1q2r3s4t5u6v7w8x9y-a.oregon-postgres.render.com/shop_prod" <<SQL
    DROP SCHEMA public CASCADE; CREATE SCHEMA public;
    SQL
    pg_restore --no-owner -d "postgresql://shop_owner:@S@@dpg-cp1q2r3s4t5u6v7w8x9y-a.oregon-postgres.render.com/shop_prod" "$DUMP"
''', rand_pw(32), "https://render.com/docs/postgresql-backups"))

add(SV("yaml/smtp-password", "ha_config/notify.yaml", '''
    - name: email_me
      platform: smtp
      server: smtp.gmail.com
      port: 587
      encryption: starttls
      username: home.assistant.anna@gmail.com
      password: "@S@"
      recipient:
        - anna.k@example.com
      sender_name: Home Assistant
''', gmail_app_pw(), "https://www.home-assistant.io/integrations/smtp/"))

add(SV("yaml/slack-webhook", "alertmanager/alertmanager.yml", '''
    route:
      receiver: slack
      group_wait: 30s
      repeat_interval: 4h
    receivers:
      - name: slack
        slack_configs:
          - api_url: @S@
            channel: '#homelab'
            send_resolved: true
''', slack_webhook(), "https://prometheus.io/docs/alerting/latest/configuration/#slack_config"))

add(SV("json/discord-webhook", "uptime/config.json", '''
    {
      "interval_seconds": 60,
      "targets": ["https://myblog.example.com", "https://api.myblog.example.com/health"],
      "notify": {
        "discord": "@S@",
        "mention": "<@&@R@>"
      }
    }
''', discord_webhook(), "https://discord.com/developers/docs/resources/webhook", R=digits(18)))
