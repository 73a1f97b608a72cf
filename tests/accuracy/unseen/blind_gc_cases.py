"""Blind set GC: barbershops and nail salons.

Booking apps and widgets, POS and payment terminals, loyalty, SMS and e-mail reminders, the salon
software vendors they integrate (Square, Acuity, Mindbody, Boulevard, Vagaro, Clover...), their
websites and mobile apps, and the small IT behind them (Wi-Fi, NAS, cameras, backups), with decoys.
Generated fakes only (seeds 2210000-2219999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 2210000, 2219999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Fade", "Taper", "Clipper", "Razor", "Pomade", "Shear", "Lather", "Barber", "Acrylic", "Polish",
         "Cuticle", "Lacquer", "Gloss", "Chrome", "Velvet", "Crown", "Harbor", "Maple", "Falcon", "Cedar"]
LOWER = ["comb", "towel", "mirror", "chair", "buffer", "glitter", "coral", "stripe", "pumice", "orchid",
         "walnut", "pepper", "lagoon", "ember", "violet", "mosaic"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhex(n: int) -> str:
    return draw(n, "0123456789ABCDEF")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + draw(sig_len, URLSAFE))


# --- vendor shapes -----------------------------------------------------------------------------

def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, URLSAFE)


def square_location() -> str:
    return "L" + draw(12, UPPER_DIGITS)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_pk() -> str:
    return fakes.fake("pk_live_", 99, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + draw(16)


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(URLSAFE) for _ in range(68))


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + draw(38, URLSAFE)


def braintree_token() -> str:
    return "access_token$production$" + draw(16, string.ascii_lowercase + string.digits) + "$" + hexs(32)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cf_token() -> str:
    return draw(40, URLSAFE)


def b2_key() -> str:
    return "K00" + draw(28, ALNUM)


def fcm_server_key() -> str:
    return "AAAA" + draw(7) + ":APA91b" + draw(134, URLSAFE)


def meta_token() -> str:
    return "EAAG" + draw(180)


def yelp_key() -> str:
    return draw(128, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    return prefix + "." + b64url(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)},
                                            separators=(",", ":")).encode()) + "." + draw(22, URLSAFE)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


def pem_pkcs8(lines: int = 4, last: int = 24) -> str:
    r = _rng()
    body = [("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(16)))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(last)))
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def indent(text: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in text.splitlines())


def sealed() -> str:
    return "AgB" + draw(331, ALNUM + "+/") + "=="


def vault_blob(lines: int = 5) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-gc/{category}", file_name, text, secret, source))


# === env =======================================================================================

add("env/square-access-token", "fadeline-booking/.env.production",
    "Square Developer docs: Access tokens and credentials (production access token, application ID, location ID)", """
# Fadeline Barber Co. - booking service, production
# Loaded by systemd (EnvironmentFile=) on booking-01. Do not commit. (too late, sorry - Marco)
NODE_ENV=production
PORT=8080
PUBLIC_BASE_URL=https://book.fadelinebarber.com

SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=@@appid@@
SQUARE_LOCATION_ID_MAIN_ST=@@loc1@@
SQUARE_LOCATION_ID_RIVERSIDE=@@loc2@@
SQUARE_ACCESS_TOKEN=@@secret@@
SQUARE_API_VERSION=2024-07-17

DEPOSIT_PERCENT=20
NO_SHOW_FEE_CENTS=1500
BOOKING_WINDOW_DAYS=45
TZ=America/Chicago
""", square_token(), appid=square_app_id(), loc1=square_location(), loc2=square_location())

add("env/twilio-auth-token", "kings-cut-reminders/.env",
    "Twilio docs: Auth tokens and how to change them (Account SID + Auth Token)", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM_NUMBER=+13125550148
REMINDER_HOURS_BEFORE=24
SECOND_REMINDER_HOURS_BEFORE=2
QUIET_HOURS_START=21
QUIET_HOURS_END=8
SHOP_NAME="Kings Cut Barbershop"
RESCHEDULE_LINK=https://kingscut.square.site/
""", twilio_token(), sid=twilio_sid())

add("env/stripe-secret-key", "lacquer-co-web/.env.local",
    "Stripe docs: API keys (publishable pk_live_ and secret sk_live_ keys)", """
# Lacquer & Co Nail Bar - Next.js site (gift cards + deposits)
NEXT_PUBLIC_SITE_URL=https://lacquerandco.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
NEXT_PUBLIC_GA_ID=G-7QK2M4XH9D
GIFT_CARD_MIN_CENTS=2500
GIFT_CARD_MAX_CENTS=50000
""", stripe_key(), pk=stripe_pk())

add("env/acuity-api-key", "integrations/acuity-sync/.env",
    "Acuity Scheduling API docs: Quick Start, HTTP Basic auth with User ID and API Key", """
# Acuity -> Google Sheets nightly sync for Blush Nail Studio
ACUITY_USER_ID=@@uid@@
ACUITY_API_KEY=@@secret@@
ACUITY_BASE_URL=https://acuityscheduling.com/api/v1
SHEET_ID=1Vx8bQ3mZ_kRf2TjW9yLpA6sNcE0uHdGi4oKqB7aXyZ
SYNC_DAYS_BACK=7
LOG_LEVEL=info
""", hexs(32), uid=str(_rng().randint(10_000_000, 29_999_999)))

_MC = mailchimp_key()
add("env/mailchimp-api-key", "loyalty-export/.env",
    "Mailchimp Marketing API docs: Quick start (API key with -usX data center suffix)", """
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=@@dc@@
MAILCHIMP_AUDIENCE_ID=4b9e1c7a2f
EXPORT_SEGMENT="VIP - 10+ visits"
POS_EXPORT_DIR=/srv/exports/square
""", _MC, dc=_MC.split("-")[-1])

add("env/database-password", "salon-pos/docker/.env",
    "Docker docs: Environment variables in Compose (.env file); postgres image POSTGRES_PASSWORD", """
COMPOSE_PROJECT_NAME=salonpos
POSTGRES_DB=salonpos
POSTGRES_USER=salonpos
POSTGRES_PASSWORD=@@secret@@
PGDATA=/var/lib/postgresql/data/pgdata
APP_PORT=3000
RECEIPT_PRINTER_HOST=192.168.1.40
""", words_pw())

add("env/klaviyo-private-key", "gilded-tips-shop/.env",
    "Klaviyo developers: Authenticate (public 6-character site ID vs private API key pk_)", """
# Gilded Tips retail shop (cuticle oil, press-ons) - Klaviyo flows
KLAVIYO_SITE_ID=@@site@@
KLAVIYO_PRIVATE_API_KEY=@@secret@@
KLAVIYO_LIST_NEWSLETTER=XyT4pQ
KLAVIYO_LIST_REBOOK=Rm82Hd
SHOPIFY_STORE_DOMAIN=gilded-tips.myshopify.com
""", klaviyo_private(), site=draw(6, ALNUM))

add("env/vonage-api-secret", "southside-shave/reminder-worker/.env.prod",
    "Vonage API docs: Authentication (API key and API secret)", """
VONAGE_API_KEY=@@key@@
VONAGE_API_SECRET=@@secret@@
VONAGE_BRAND_NAME=SouthsideShave
SMS_SENDER_ID=SSHAVE
REDIS_URL=redis://127.0.0.1:6379/2
CRON_SCHEDULE="*/10 8-20 * * *"
""", rand_pw(16), key=hexs(8))

add("env/decoy-placeholder", "fadeline-booking/.env.example",
    "dotenv docs: .env.example convention; Square and Twilio quick starts", """
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=8080
PUBLIC_BASE_URL=http://localhost:8080

SQUARE_ENVIRONMENT=sandbox
SQUARE_APPLICATION_ID=sandbox-sq0idb-REPLACE_ME
SQUARE_LOCATION_ID=
SQUARE_ACCESS_TOKEN=<your-sandbox-access-token>

TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM_NUMBER=+15005550006

STRIPE_SECRET_KEY=sk_live_...
DATABASE_URL=postgres://postgres:postgres@localhost:5432/booking_dev
""")

add("env/decoy-publishable-key", "blush-studio-app/.env.production",
    "Vite docs: env variables (VITE_ prefix is exposed to the client); Stripe publishable keys; Square application ID", """
# Client-side build variables: everything here ends up in the JS bundle on purpose.
VITE_API_BASE=https://api.blushnailstudio.com
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_SQUARE_APPLICATION_ID=@@appid@@
VITE_SQUARE_LOCATION_ID=@@loc@@
VITE_SENTRY_DSN=https://@@dsnkey@@@o4506127.ingest.us.sentry.io/4506127733
VITE_GA_MEASUREMENT_ID=G-W4Z2LQ8N1C
VITE_BOOKING_WIDGET_ID=blush-studio-main
""", pk=stripe_pk(), appid=square_app_id(), loc=square_location(), dsnkey=hexs(32))

add("env/decoy-vault-reference", "crown-comb/ops/prod.env",
    "1Password CLI docs: Load secrets into the environment (op run with op:// secret references)", """
# Used as: op run --env-file=ops/prod.env -- node dist/server.js
# Values are 1Password secret references, resolved at runtime. Safe to commit.
SQUARE_ACCESS_TOKEN="op://Crown & Comb/Square Production/credential"
TWILIO_AUTH_TOKEN="op://Crown & Comb/Twilio/auth token"
SENDGRID_API_KEY="op://Crown & Comb/SendGrid/api key"
DATABASE_PASSWORD="op://Crown & Comb/Postgres prod/password"
SQUARE_ENVIRONMENT=production
LOG_LEVEL=warn
""")

add("env/decoy-account-sid", "mint-mani/sms/.env.shared",
    "Twilio docs: Account SID and Messaging Service SID are identifiers; auth token kept in secret store", """
# Shared, non-secret Twilio settings. The auth token is injected by the platform
# (Render secret file /etc/secrets/twilio_token) and never lives here.
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
TWILIO_AUTH_TOKEN_FILE=/etc/secrets/twilio_token
TWILIO_STATUS_CALLBACK=https://api.mintmani.studio/sms/status
OPT_OUT_KEYWORDS=STOP,UNSUBSCRIBE,CANCEL
""", sid=twilio_sid(), mg=hexs(32))

# === python ====================================================================================

add("python/twilio-auth-token", "reminders/send_reminders.py",
    "Twilio Python helper library docs: Client(account_sid, auth_token), messages.create", """
\"\"\"Send tomorrow's appointment reminders for Kings Cut (run by cron at 17:00).\"\"\"
import datetime as dt

from twilio.rest import Client

from reminders.db import appointments_between

client = Client("@@sid@@", "@@secret@@")
FROM = "+13125550148"

TEMPLATE = ("Hi {first}, reminder: {service} with {barber} tomorrow at {time}. "
            "Reply C to confirm or call (312) 555-0148 to move it.")


def main() -> None:
    start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time.min)
    for appt in appointments_between(start, start + dt.timedelta(days=1)):
        if not appt.client_phone or appt.sms_opt_out:
            continue
        body = TEMPLATE.format(first=appt.client_first, service=appt.service,
                               barber=appt.barber, time=appt.start.strftime("%-I:%M %p"))
        msg = client.messages.create(to=appt.client_phone, from_=FROM, body=body)
        print(appt.id, msg.sid, msg.status)


if __name__ == "__main__":
    main()
""", twilio_token(), sid=twilio_sid())

add("python/square-access-token", "pos_sync/square_client.py",
    "Square Python SDK docs: Client(access_token=..., environment='production')", """
from square.client import Client

_client = None


def get_client() -> Client:
    \"\"\"Square client for the Main St register (Old Town Clip Joint).\"\"\"
    global _client
    if _client is None:
        _client = Client(
            access_token="@@secret@@",
            environment="production",
            timeout=30,
        )
    return _client


def todays_orders(location_id: str, since_iso: str) -> list:
    body = {
        "location_ids": [location_id],
        "query": {"filter": {"date_time_filter": {"created_at": {"start_at": since_iso}}}},
        "limit": 500,
    }
    result = get_client().orders.search_orders(body)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("orders", [])
""", square_token())

add("python/stripe-secret-key", "salonbook/bookings/payments.py",
    "Stripe Python library docs: stripe.api_key and PaymentIntent.create", """
import stripe
from django.conf import settings

stripe.api_key = "@@secret@@"

DEPOSIT_RATE = 0.25


def create_deposit_intent(booking):
    amount = int(booking.service.price_cents * DEPOSIT_RATE)
    intent = stripe.PaymentIntent.create(
        amount=amount,
        currency="usd",
        customer=booking.client.stripe_customer_id,
        metadata={"booking_id": booking.pk, "stylist": booking.stylist.slug},
        description=f"Deposit - {booking.service.name}",
        setup_future_usage="off_session",
    )
    booking.deposit_intent_id = intent.id
    booking.save(update_fields=["deposit_intent_id"])
    return intent.client_secret


def charge_no_show(booking):
    return stripe.PaymentIntent.create(
        amount=settings.NO_SHOW_FEE_CENTS, currency="usd", customer=booking.client.stripe_customer_id,
        payment_method=booking.client.default_payment_method, off_session=True, confirm=True,
    )
""", stripe_key())

add("python/django-secret-key", "salonbook/salonbook/settings/production.py",
    "Django docs: SECRET_KEY setting and deployment checklist", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.velvethandsnails.com", "www.velvethandsnails.com"]

SECRET_KEY = '@@secret@@'

CSRF_TRUSTED_ORIGINS = ["https://book.velvethandsnails.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "salonbook",
        "USER": "salonbook",
        "HOST": "/var/run/postgresql",
    }
}

TIME_ZONE = "America/Los_Angeles"
""", fakes.django_secret_key(_seed()))

add("python/database-password", "scripts/nightly_export.py",
    "psycopg2 docs: psycopg2.connect() keyword arguments", """
#!/usr/bin/env python3
\"\"\"Export yesterday's tickets from the salon POS database to CSV for the accountant.\"\"\"
import csv
import datetime as dt
import psycopg2

conn = psycopg2.connect(
    host="10.20.0.5",
    port=5432,
    dbname="salonpos",
    user="report_ro",
    password="@@secret@@",
)

yesterday = dt.date.today() - dt.timedelta(days=1)
with conn, conn.cursor() as cur:
    cur.execute(
        "SELECT ticket_no, closed_at, tech_name, service_total, tip_total, tender "
        "FROM tickets WHERE closed_at::date = %s ORDER BY closed_at",
        (yesterday,),
    )
    rows = cur.fetchall()

with open(f"/srv/exports/tickets-{yesterday:%Y%m%d}.csv", "w", newline="") as fh:
    writer = csv.writer(fh)
    writer.writerow(["ticket", "closed_at", "tech", "services", "tips", "tender"])
    writer.writerows(rows)
print(f"exported {len(rows)} tickets")
""", rand_pw(22))

add("python/sendgrid-api-key", "notify/email_confirm.py",
    "SendGrid Python library docs: SendGridAPIClient(api_key) and Mail helper", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")
TEMPLATE_CONFIRM = "d-8a1f0c3b6e2d4f7a9b5c1e0d2f4a6b8c"


def send_confirmation(appt):
    message = Mail(from_email="hello@gildedtipsnailspa.com", to_emails=appt.client_email)
    message.template_id = TEMPLATE_CONFIRM
    message.dynamic_template_data = {
        "first_name": appt.client_first,
        "service": appt.service_name,
        "tech": appt.tech_name,
        "when": appt.start.strftime("%A %B %-d at %-I:%M %p"),
        "manage_url": f"https://gildedtipsnailspa.com/a/{appt.public_ref}",
    }
    return SG.send(message).status_code
""", sendgrid_key())

add("python/mindbody-api-key", "mb_bridge/mindbody.py",
    "Mindbody Public API v6 docs: Api-Key and SiteId headers, usertoken/issue", """
import os
import requests

BASE = "https://api.mindbodyonline.com/public/v6"
HEADERS = {
    "Api-Key": "@@secret@@",
    "SiteId": "@@site@@",
    "Content-Type": "application/json",
}


def staff_token() -> str:
    resp = requests.post(f"{BASE}/usertoken/issue", headers=HEADERS, json={
        "Username": os.environ["MB_STAFF_USER"],
        "Password": os.environ["MB_STAFF_PASSWORD"],
    }, timeout=20)
    resp.raise_for_status()
    return resp.json()["AccessToken"]


def appointments(start_date: str, end_date: str) -> list:
    h = dict(HEADERS, Authorization=staff_token())
    resp = requests.get(f"{BASE}/appointment/staffappointments", headers=h,
                        params={"StartDate": start_date, "EndDate": end_date}, timeout=30)
    resp.raise_for_status()
    return resp.json()["Appointments"]
""", hexs(32), site=str(_rng().randint(100000, 999999)))

add("python/telegram-bot-token", "queuebot/bot.py",
    "python-telegram-bot docs: Application.builder().token(...).build()", """
\"\"\"Walk-in queue bot for Razor & Rye: /join puts you in line, /where tells you your spot.\"\"\"
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

QUEUE: list[int] = []


async def join(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    uid = update.effective_user.id
    if uid not in QUEUE:
        QUEUE.append(uid)
    await update.message.reply_text(f"You're #{QUEUE.index(uid) + 1} in line. ~{(QUEUE.index(uid) + 1) * 25} min.")


async def where(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    uid = update.effective_user.id
    text = f"You're #{QUEUE.index(uid) + 1}." if uid in QUEUE else "You're not in line. Send /join"
    await update.message.reply_text(text)


def main() -> None:
    app = Application.builder().token("@@secret@@").build()
    app.add_handler(CommandHandler("join", join))
    app.add_handler(CommandHandler("where", where))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/smtp-password", "reports/daily_summary.py",
    "Python docs: smtplib.SMTP.starttls and SMTP.login", """
import smtplib
from email.message import EmailMessage

from reports.queries import daily_totals

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "frontdesk@crownandcombbarbers.com"
SMTP_PASS = "@@secret@@"


def send(day):
    t = daily_totals(day)
    msg = EmailMessage()
    msg["Subject"] = f"Daily close {day:%a %m/%d}: ${t.gross:,.2f} gross, {t.cuts} cuts"
    msg["From"] = SMTP_USER
    msg["To"] = "owner@crownandcombbarbers.com"
    msg.set_content(
        f"Gross: ${t.gross:,.2f}\\nTips: ${t.tips:,.2f}\\nCash: ${t.cash:,.2f}\\n"
        f"Walk-ins: {t.walkins}\\nNo-shows: {t.no_shows}\\n"
    )
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", words_pw())

add("python/clover-api-token", "clover_export/orders.py",
    "Clover developer docs: REST API, Authorization: Bearer {API token}, /v3/merchants/{mId}/orders", """
import requests

CLOVER_BASE = "https://api.clover.com"
MERCHANT_ID = "@@mid@@"
API_TOKEN = "@@secret@@"


def orders_since(ms_epoch: int):
    url = f"{CLOVER_BASE}/v3/merchants/{MERCHANT_ID}/orders"
    params = {"filter": f"createdTime>{ms_epoch}", "expand": "lineItems,payments", "limit": 1000}
    headers = {"Authorization": f"Bearer {API_TOKEN}", "Accept": "application/json"}
    resp = requests.get(url, params=params, headers=headers, timeout=30)
    resp.raise_for_status()
    return resp.json().get("elements", [])


def tip_total(orders) -> int:
    return sum(p.get("tipAmount", 0) for o in orders for p in o.get("payments", {}).get("elements", []))
""", uuid_s(), mid=draw(13, UPPER_DIGITS))

_RK = stripe_key("rk_live_")
add("python/stripe-restricted-key", "giftcards/stripe_sync.py",
    "Stripe docs: restricted API keys (rk_live_)", """
import stripe

# Restricted key: read Charges/Customers, write nothing. Made for the gift card reconciler.
stripe.api_key = ("@@p1@@"
                  "@@p2@@")


def gift_card_sales(since_ts):
    for ch in stripe.Charge.list(created={"gte": since_ts}, limit=100).auto_paging_iter():
        if ch.metadata.get("kind") == "gift_card":
            yield ch.id, ch.amount, ch.metadata.get("code_last4")
""", _RK, p1=_RK[:40], p2=_RK[40:])

add("python/aws-secret-key", "nail_gallery/upload.py",
    "Boto3 docs: Credentials (aws_access_key_id, aws_secret_access_key passed to client)", """
\"\"\"Upload nail art photos from the studio iPad export folder to the gallery bucket.\"\"\"
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "luxeclaws-gallery"

for photo in sorted(pathlib.Path("~/Pictures/NailArt").expanduser().glob("*.jpg")):
    key = f"gallery/{photo.stat().st_mtime:.0f}-{photo.name}"
    s3.upload_file(str(photo), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg", "ACL": "public-read"})
    print("uploaded", key)
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("python/openai-api-key", "receptionist/ai_reply.py",
    "OpenAI Python library docs: OpenAI(api_key=...) and chat.completions.create", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You are the front desk of Polished Nail Lounge. Hours Tue-Sat 10-7. "
    "Gel mani $45, acrylic full set $65, pedicure $50. Never promise a time; "
    "send the booking link https://polishedlounge.glossgenius.com instead."
)


def reply(inbound_sms: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": inbound_sms}],
        max_tokens=160,
        temperature=0.3,
    )
    return out.choices[0].message.content.strip()
""", fakes.openai_key(_seed()))

add("python/boulevard-api-secret", "blvd/auth.py",
    "Boulevard developer docs: Admin API authentication (business ID, API key, base64 API secret, HMAC-signed token)", """
import base64
import hashlib
import hmac
import time

BUSINESS_ID = "@@biz@@"
API_KEY = "@@key@@"
API_SECRET = "@@secret@@"


def auth_header() -> str:
    \"\"\"Boulevard Admin API: sign blvd-admin-v1{business}{timestamp} with the decoded secret.\"\"\"
    prefix = "blvd-admin-v1"
    timestamp = str(int(time.time()))
    payload = f"{prefix}{BUSINESS_ID}{timestamp}"
    raw_key = base64.b64decode(API_SECRET)
    signature = base64.b64encode(hmac.new(raw_key, payload.encode(), hashlib.sha256).digest()).decode()
    token = f"{signature}{payload}"
    basic = base64.b64encode(f"{API_KEY}:{token}".encode()).decode()
    return f"Basic {basic}"
""", b64(draw(32)), biz=uuid_s(), key=uuid_s())

add("python/decoy-env-reference", "salonbook/salonbook/settings/base.py",
    "Django docs: settings; Twelve-Factor app: config in the environment", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
SQUARE_ACCESS_TOKEN = os.getenv("SQUARE_ACCESS_TOKEN", default=None)

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")
EMAIL_PORT = 587
EMAIL_USE_TLS = True

NO_SHOW_FEE_CENTS = int(os.environ.get("NO_SHOW_FEE_CENTS", "2000"))
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "bookings", "clients", "staff",
]
""")

add("python/decoy-test-fixture", "reminders/tests/test_send_reminders.py",
    "pytest docs: monkeypatch fixture; unittest.mock docs", """
from unittest import mock

import pytest

from reminders import send_reminders

FAKE_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_TOKEN = "test-auth-token-not-real"


@pytest.fixture
def twilio(monkeypatch):
    client = mock.Mock()
    client.messages.create.return_value = mock.Mock(sid="SM" + "0" * 32, status="queued")
    monkeypatch.setattr(send_reminders, "client", client)
    return client


def test_skips_opted_out(twilio, appointment_factory):
    appointment_factory(client_phone="+13125550101", sms_opt_out=True)
    send_reminders.main()
    twilio.messages.create.assert_not_called()


def test_formats_time(twilio, appointment_factory):
    appointment_factory(client_phone="+13125550102", barber="Dre", service="Skin fade")
    send_reminders.main()
    body = twilio.messages.create.call_args.kwargs["body"]
    assert "Skin fade with Dre" in body
""")

add("python/decoy-regex", "salonbook/core/validators.py",
    "Python docs: re module; Square and Stripe docs on key prefixes", """
\"\"\"Reject obviously wrong credentials pasted into the admin 'Integrations' page.\"\"\"
import re

from django.core.exceptions import ValidationError

SQUARE_TOKEN_RE = re.compile(r"^EAAA[A-Za-z0-9_-]{60}$")
SQUARE_APP_ID_RE = re.compile(r"^sq0idp-[A-Za-z0-9_-]{22}$")
STRIPE_SECRET_RE = re.compile(r"^(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}$")
TWILIO_SID_RE = re.compile(r"^AC[0-9a-f]{32}$")
TWILIO_TOKEN_RE = re.compile(r"^[0-9a-f]{32}$")


def validate_square_token(value: str) -> None:
    if not SQUARE_TOKEN_RE.match(value):
        raise ValidationError("That doesn't look like a Square production access token (EAAA...).")


def validate_stripe_secret(value: str) -> None:
    if not STRIPE_SECRET_RE.match(value):
        raise ValidationError("Stripe secret keys start with sk_live_ or rk_live_.")
    if value.startswith("sk_test_"):
        raise ValidationError("Use a live key in production.")
""")

add("python/decoy-secret-manager", "lambdas/loyalty_points/handler.py",
    "AWS docs: Secrets Manager GetSecretValue with boto3", """
import json
import os

import boto3

_sm = boto3.client("secretsmanager")
SECRET_ARN = os.environ.get(
    "SQUARE_SECRET_ARN",
    "arn:aws:secretsmanager:us-east-1:418296055127:secret:prod/loyalty/square-Qm7tZa",
)
_cache = {}


def square_token() -> str:
    if "token" not in _cache:
        value = _sm.get_secret_value(SecretId=SECRET_ARN)["SecretString"]
        _cache["token"] = json.loads(value)["access_token"]
    return _cache["token"]


def handler(event, context):
    payment = json.loads(event["body"])["data"]["object"]["payment"]
    points = payment["amount_money"]["amount"] // 100
    return {"statusCode": 200, "body": json.dumps({"points": points, "customer": payment.get("customer_id")})}
""")

add("python/decoy-hash", "loyalty/phone_keys.py",
    "Python docs: hashlib.sha256 and hmac; test vectors", """
\"\"\"Loyalty lookups by phone without storing the phone: HMAC-SHA256 with a pepper from the env.\"\"\"
import hashlib
import hmac
import os

PEPPER = os.environ["LOYALTY_PHONE_PEPPER"].encode()

# sha256 of the empty string, used to detect a blank phone that slipped through the form
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# Known-bad hashes from the 2023 import (test numbers the old POS created)
BLOCKLIST = {
    "@@h1@@",
    "@@h2@@",
    "@@h3@@",
}


def phone_key(e164: str) -> str:
    return hmac.new(PEPPER, e164.encode(), hashlib.sha256).hexdigest()


def is_blocked(e164: str) -> bool:
    return phone_key(e164) in BLOCKLIST
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("python/decoy-idempotency-key", "pos_sync/checkout_demo.py",
    "Square docs: Payments API CreatePayment, idempotency_key; sandbox test values (cnon:card-nonce-ok)", """
\"\"\"Sandbox walkthrough for new devs: take a $35 payment for a beard trim.\"\"\"
import uuid

from square.client import Client
import os

client = Client(access_token=os.environ["SQUARE_SANDBOX_TOKEN"], environment="sandbox")

body = {
    "source_id": "cnon:card-nonce-ok",
    "idempotency_key": str(uuid.uuid4()),
    "amount_money": {"amount": 3500, "currency": "USD"},
    "tip_money": {"amount": 700, "currency": "USD"},
    "location_id": "@@loc@@",
    "reference_id": "@@ref@@",
    "note": "Beard trim + hot towel",
}
# A replayed request from the 2024-03-02 incident, kept to show that retries are safe:
REPLAYED_KEY = "@@idem@@"

result = client.payments.create_payment(body)
print(result.body if result.is_success() else result.errors)
""", loc=square_location(), ref=draw(10, UPPER_DIGITS), idem=uuid_s())

# === yaml, compose, k8s, github-actions, ansible =====================================================

add("yaml/twilio-api-key-secret", "config/notifications.yml",
    "Twilio docs: API keys (SK... key SID and secret) for authenticating REST API requests", """
# Notification settings for Sharp Edge Barbers booking app
default: &default
  sms:
    provider: twilio
    account_sid: @@sid@@
    api_key_sid: SK@@sk@@
    api_key_secret: @@secret@@
    messaging_service_sid: MG@@mg@@
  email:
    provider: postmark
    from: "Sharp Edge Barbers <bookings@sharpedgebarbers.com>"
  reminders:
    - hours_before: 24
      channel: sms
    - hours_before: 2
      channel: sms
  rebook_nudge_days: 21

production:
  <<: *default

development:
  <<: *default
  sms:
    provider: log
""", rand_pw(32), sid=twilio_sid(), sk=hexs(32), mg=hexs(32))

add("yaml/mailgun-api-key", "config/packages/mailer.yaml",
    "Symfony docs: Mailgun mailer transport (mailgun+api://KEY:DOMAIN@default)", """
# Velvet Hands Nail Salon - Symfony mailer
framework:
    mailer:
        dsn: 'mailgun+api://@@secret@@:mg.velvethandsnails.com@default?region=us'
        envelope:
            sender: 'no-reply@velvethandsnails.com'
        headers:
            From: 'Velvet Hands <no-reply@velvethandsnails.com>'
            Reply-To: 'frontdesk@velvethandsnails.com'
""", mailgun_key())

add("yaml/redis-password", "deploy/booking/values-prod.yaml",
    "Redis docs: redis:// URI scheme with password; Helm values files", """
replicaCount: 2
image:
  repository: ghcr.io/crownandcomb/booking-api
  tag: "2.14.3"
ingress:
  enabled: true
  hosts:
    - host: api.crownandcomb.com
      paths: ["/"]
env:
  NODE_ENV: production
  QUEUE_URL: "redis://:@@secret@@@redis-master.booking.svc.cluster.local:6379/0"
  REMINDER_CRON: "0 * * * *"
  TZ: America/New_York
resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 512Mi
""", fakes.redis_password(_seed()))

add("yaml/square-webhook-signature-key", "config/webhooks.yaml",
    "Square docs: Validate webhook notifications (signature key, x-square-hmacsha256-signature)", """
webhooks:
  square:
    path: /hooks/square
    notification_url: https://hooks.oldtownclipjoint.com/hooks/square
    signature_key: "@@secret@@"
    events:
      - booking.created
      - booking.updated
      - payment.updated
      - loyalty.account.updated
  stripe:
    path: /hooks/stripe
    signing_secret_env: STRIPE_WEBHOOK_SECRET
retry:
  max_attempts: 5
  backoff_seconds: 30
""", draw(22, URLSAFE))

add("yaml/google-oauth-client-secret", "gcal-sync/config.yaml",
    "Google Identity docs: OAuth 2.0 for web server apps (client_id, client_secret GOCSPX-)", """
# Two-way sync between the booking DB and each barber's Google Calendar
google:
  client_id: "@@cid@@.apps.googleusercontent.com"
  client_secret: "@@secret@@"
  redirect_uri: "https://admin.razorandrye.com/oauth/google/callback"
  scopes:
    - https://www.googleapis.com/auth/calendar.events
calendars:
  dre: primary
  tasha: primary
  luis: primary
sync:
  window_days: 30
  conflict_policy: booking_wins
""", gocspx(), cid=str(_rng().randint(10**11, 10**12)) + "-" + draw(32, string.ascii_lowercase + string.digits))

add("yaml/apns-private-key", "mobile/push/config.yml",
    "Apple docs: Establishing a token-based connection to APNs (.p8 signing key, key ID, team ID)", """
# Push for the Luxe Claws app: "your tech is ready", rebook reminders
apns:
  team_id: @@team@@
  key_id: @@kid@@
  bundle_id: com.luxeclaws.app
  production: true
  signing_key: |
@@key@@
fcm:
  project_id: luxe-claws-app
  credentials_file: /etc/push/fcm-service-account.json
""", _PK8 := pem_pkcs8(), team=draw(10, UPPER_DIGITS), kid=draw(10, UPPER_DIGITS), key=indent(_PK8, 4))

add("yaml/camera-password", "frigate/config.yml",
    "Frigate NVR docs: camera inputs (RTSP path with credentials); Hikvision RTSP URL format", """
mqtt:
  enabled: false
detectors:
  coral:
    type: edgetpu
    device: usb
cameras:
  front_door:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.1.64:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  register:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.1.65:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain:
    days: 14
""", rand_pw(14))

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml",
    "SOPS docs: encrypted YAML files (ENC[AES256_GCM,data:...,iv:...,tag:...,type:str])", """
square:
    access_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    webhook_signature_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
twilio:
    auth_token: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-05-11T16:42:09Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=draw(88, ALNUM + "+/"), iv1=draw(43, ALNUM + "+/") + "=", t1=draw(22, ALNUM + "+/") + "==",
    d2=draw(32, ALNUM + "+/"), iv2=draw(43, ALNUM + "+/") + "=", t2=draw(22, ALNUM + "+/") + "==",
    d3=draw(44, ALNUM + "+/"), iv3=draw(43, ALNUM + "+/") + "=", t3=draw(22, ALNUM + "+/") + "==",
    age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=draw(88, ALNUM + "+/"),
    iv4=draw(43, ALNUM + "+/") + "=", t4=draw(22, ALNUM + "+/") + "==")

add("yaml/decoy-openapi-example", "api/openapi.yaml",
    "OpenAPI 3.0 spec: securitySchemes bearer, examples", """
openapi: 3.0.3
info:
  title: Mint Mani Booking API
  version: 1.4.0
servers:
  - url: https://api.mintmani.studio/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Send `Authorization: Bearer <access_token>` (get one from POST /auth/token)."
  schemas:
    TokenRequest:
      type: object
      properties:
        client_id: {type: string, example: "kiosk-frontdesk-01"}
        client_secret: {type: string, example: "your-client-secret"}
    Appointment:
      type: object
      properties:
        id: {type: string, format: uuid, example: "3fa85f64-5717-4562-b3fc-2c963f66afa6"}
        service: {type: string, example: "Gel manicure"}
        starts_at: {type: string, format: date-time}
security:
  - bearerAuth: []
paths:
  /appointments:
    get:
      summary: List appointments for a day
      parameters:
        - {name: date, in: query, required: true, schema: {type: string, format: date}}
      responses:
        "200": {description: OK}
""")

add("yaml/decoy-device-inventory", "it/inventory/devices.yaml",
    "Square docs: Terminal device codes and device IDs; IEEE MAC address format", """
# Front-of-house devices, Polished Nail Lounge (updated 2024-09-14 by Kim)
locations:
  downtown:
    square_location_id: @@loc@@
    devices:
      - name: Square Terminal (front desk)
        device_id: "device:@@dev1@@"
        serial: 3@@ser1@@
        mac: "@@mac1@@"
      - name: Epson TM-m30III receipt printer
        serial: X7RX@@ser2@@
        ip: 192.168.10.40
      - name: iPad 10th gen (check-in kiosk)
        serial: F9@@ser3@@
        mdm: jamf-now
    notes: "Admin passwords are in the 'Salon IT' vault in 1Password, not here."
""", loc=square_location(), dev1=draw(16, UPPER_DIGITS), ser1=draw(13, string.digits),
    mac1=":".join(hexs(2) for _ in range(6)), ser2=draw(6, UPPER_DIGITS), ser3=draw(9, UPPER_DIGITS))

# --- compose -----------------------------------------------------------------------------------

add("compose/database-password", "easyappointments/docker-compose.yml",
    "Easy!Appointments docs: Docker; MySQL image environment variables", """
version: "3.8"
services:
  app:
    image: alextselegidis/easyappointments:1.5.0
    restart: unless-stopped
    ports:
      - "8080:80"
    environment:
      BASE_URL: https://book.blushnailstudio.com
      DEBUG_MODE: "FALSE"
      DB_HOST: mysql
      DB_NAME: easyappointments
      DB_USERNAME: ea
      DB_PASSWORD: "@@secret@@"
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: easyappointments
      MYSQL_USER: ea
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - ./mysql:/var/lib/mysql
""", rand_pw(18))

add("compose/smtp-password", "automations/docker-compose.yml",
    "n8n docs: environment variables for email (N8N_SMTP_HOST, N8N_SMTP_USER, N8N_SMTP_PASS)", """
services:
  n8n:
    image: docker.n8n.io/n8nio/n8n:1.62.1
    restart: always
    ports:
      - "127.0.0.1:5678:5678"
    environment:
      - N8N_HOST=flows.kingscutbarbers.com
      - N8N_PROTOCOL=https
      - WEBHOOK_URL=https://flows.kingscutbarbers.com/
      - GENERIC_TIMEZONE=America/Chicago
      - N8N_EMAIL_MODE=smtp
      - N8N_SMTP_HOST=smtp.gmail.com
      - N8N_SMTP_PORT=465
      - N8N_SMTP_SSL=true
      - N8N_SMTP_USER=kingscut.shop@gmail.com
      - N8N_SMTP_PASS=@@secret@@
      - N8N_SMTP_SENDER=Kings Cut <kingscut.shop@gmail.com>
    volumes:
      - n8n_data:/home/node/.n8n
volumes:
  n8n_data:
""", draw(16, string.ascii_lowercase))

add("compose/decoy-env-reference", "salon-pos/docker-compose.yml",
    "Docker Compose docs: interpolation (${VAR:?error}) and secrets", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: salonpos
      POSTGRES_USER: salonpos
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
    volumes: [pgdata:/var/lib/postgresql/data]
  api:
    build: .
    environment:
      DATABASE_HOST: db
      DATABASE_USER: salonpos
      DATABASE_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN}
      RECEIPT_PRINTER_HOST: ${RECEIPT_PRINTER_HOST:-192.168.1.40}
    ports: ["3000:3000"]
    depends_on: [db]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
volumes:
  pgdata:
""")

add("compose/decoy-image-digest", "signage/docker-compose.yml",
    "Docker docs: pull an image by digest (image@sha256:...)", """
# Waiting-area TV: shows the queue and today's specials (Raspberry Pi 4)
services:
  signage:
    image: ghcr.io/razorandrye/queue-board@sha256:@@d1@@
    restart: always
    ports: ["80:8080"]
    environment:
      QUEUE_API: https://api.razorandrye.com/queue/public
      ROTATE_SECONDS: "15"
  watchtower:
    image: containrrr/watchtower@sha256:@@d2@@
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
    command: --interval 3600 --cleanup
""", d1=hexs(64), d2=hexs(64))

# --- kubernetes --------------------------------------------------------------------------------

add("k8s-secret/stripe-webhook-secret", "k8s/prod/stripe-secret.yaml",
    "Kubernetes docs: Secret data is base64; Stripe docs: webhook signing secret whsec_", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe-webhook
  namespace: lacquer-prod
  labels:
    app.kubernetes.io/name: storefront
type: Opaque
data:
  STRIPE_WEBHOOK_SECRET: @@enc@@
  STRIPE_WEBHOOK_TOLERANCE: @@tol@@
""", _WH := whsec(), enc=b64(_WH), tol=b64("300"))

add("k8s-secret/database-url", "deploy/k8s/booking-db-secret.yaml",
    "Kubernetes docs: Secret stringData; PostgreSQL docs: connection URIs", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
stringData:
  DATABASE_URL: "postgresql://booking_app:@@secret@@@pg-booking.c9xk2m4aq1zt.us-east-2.rds.amazonaws.com:5432/booking?sslmode=require"
  DATABASE_POOL_SIZE: "10"
""", rand_pw(24))

add("k8s-secret/square-access-token", "k8s/base/square-credentials.yaml",
    "Kubernetes docs: Secret data (base64); Square docs: access tokens", """
apiVersion: v1
kind: Secret
metadata:
  name: square-credentials
  namespace: pos-bridge
  annotations:
    owner: "ops@sharpedgebarbers.com"
type: Opaque
data:
  SQUARE_ENVIRONMENT: @@env@@
  SQUARE_ACCESS_TOKEN: @@enc@@
  SQUARE_LOCATION_ID: @@loc@@
""", _SQ := square_token(), enc=b64(_SQ), env=b64("production"), loc=b64(square_location()))

add("k8s-secret/decoy-sealed-secret", "k8s/prod/twilio-sealedsecret.yaml",
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: lacquer-prod
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: @@e1@@
    TWILIO_ACCOUNT_SID: @@e2@@
  template:
    metadata:
      name: twilio
      namespace: lacquer-prod
    type: Opaque
""", e1=sealed(), e2=sealed())

add("k8s-secret/decoy-placeholder", "charts/booking/templates/secret.yaml",
    "Helm docs: template functions (b64enc, required)", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking.fullname" . }}
  labels:
    {{- include "booking.labels" . | nindent 4 }}
type: Opaque
data:
  SQUARE_ACCESS_TOKEN: {{ required "square.accessToken is required" .Values.square.accessToken | b64enc | quote }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilio.authToken | default "" | b64enc | quote }}
  DATABASE_PASSWORD: {{ .Values.db.password | b64enc | quote }}
""")

add("k8s/decoy-external-secret", "k8s/prod/external-secrets.yaml",
    "External Secrets Operator docs: ExternalSecret with remoteRef to AWS Secrets Manager", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-secrets
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: booking-secrets
  data:
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: prod/booking/square
        property: access_token
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/booking/twilio
        property: auth_token
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/booking/rds
        property: password
""")

# --- github actions / gitlab ci ------------------------------------------------------------------

add("github-actions/pypi-token", ".github/workflows/release.yml",
    "pypa/gh-action-pypi-publish docs: password input with a PyPI API token", """
name: release
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
      - run: python -m pip install build && python -m build
      - name: Publish salon-booking-sdk to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/slack-webhook", ".github/workflows/deploy.yml",
    "Slack docs: Incoming webhooks (https://hooks.slack.com/services/T.../B.../...)", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy to Fly
        uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
      - name: Tell the shop
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"Booking site deploy: ${{ job.status }} (${GITHUB_SHA::7})\\"}" \\
            @@secret@@
""", slack_webhook())

add("github-actions/digitalocean-token", ".github/workflows/backup-db.yml",
    "DigitalOcean docs: doctl auth init with a personal access token (dop_v1_)", """
name: nightly-db-backup
on:
  schedule:
    - cron: "15 8 * * *"
  workflow_dispatch:
env:
  DIGITALOCEAN_ACCESS_TOKEN: @@secret@@
  CLUSTER_ID: 9f1c2b7e-0d44-4a51-9a3e-5b8f2c6d1e07
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ env.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: doctl databases backups list $CLUSTER_ID --format Created,Size
""", do_token())

add("github-actions/decoy-secrets-reference", ".github/workflows/reminders-cron.yml",
    "GitHub Actions docs: Using secrets in GitHub Actions (${{ secrets.NAME }})", """
name: send-reminders
on:
  schedule:
    - cron: "0 22 * * *"
jobs:
  remind:
    runs-on: ubuntu-latest
    env:
      TWILIO_ACCOUNT_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
      DATABASE_URL: ${{ secrets.DATABASE_URL }}
      SHOP_TZ: America/Chicago
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements.txt
      - run: python -m reminders.send_reminders
""")

add("gitlab-ci/ftp-password", ".gitlab-ci.yml",
    "lftp manual: open -u user,password; mirror -R", """
stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

deploy_site:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache lftp
    - lftp -e "set ssl:verify-certificate no; mirror -R --delete dist/ /public_html/; quit" -u glossbar,@@secret@@ ftp.glossbarnails.com
""", words_pw())

add("gitlab-ci/decoy-masked-variable", "website/.gitlab-ci.yml",
    "GitLab docs: CI/CD variables (masked and protected variables)", """
variables:
  SITE_HOST: ftp.velvethandsnails.com
  SITE_USER: velvethands

deploy:
  stage: deploy
  image: alpine:3.20
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  before_script:
    - apk add --no-cache lftp
  script:
    # FTP_PASSWORD is a masked + protected CI/CD variable (Settings > CI/CD > Variables)
    - lftp -u "$SITE_USER,$FTP_PASSWORD" "$SITE_HOST" -e "mirror -R public/ /www/; quit"
""")

# --- ansible -----------------------------------------------------------------------------------

add("ansible/wifi-psk", "ansible/group_vars/salons.yml",
    "Ansible docs: group_vars; hostapd.conf wpa_passphrase", """
# Wi-Fi for both Fadeline shops (TP-Link Omada-managed APs, hostapd on the backroom Pi)
wifi_country: US
wifi_networks:
  - ssid: Fadeline-Guest
    open: true
    captive_portal: true
    vlan: 30
  - ssid: Fadeline-Staff
    vlan: 20
    wpa_passphrase: "@@secret@@"
    hidden: false
  - ssid: Fadeline-POS
    vlan: 10
    wpa_passphrase: "{{ vault_pos_psk }}"
    hidden: true
ntp_servers: [time.cloudflare.com]
""", passphrase())

add("ansible/mysql-password", "ansible/host_vars/web01.gildedtips.com.yml",
    "Ansible community.mysql.mysql_user module docs; WordPress wp-config DB settings", """
ansible_host: 203.0.113.27
php_version: "8.2"
wordpress_site_url: https://gildedtipsnailspa.com
wordpress_db_name: wp_gildedtips
wordpress_db_user: wp_gildedtips
wordpress_db_password: "@@secret@@"
wordpress_table_prefix: gt_
certbot_email: admin@gildedtipsnailspa.com
backup_dir: /var/backups/wordpress
""", rand_pw(20, "#%+"))

add("ansible/decoy-encrypted", "ansible/group_vars/salons/vault.yml",
    "Ansible docs: Vault, encrypted files ($ANSIBLE_VAULT;1.1;AES256)", """
$ANSIBLE_VAULT;1.1;AES256
@@blob@@
""", blob=vault_blob(8))

add("ansible/decoy-vault-reference", "ansible/roles/booking/defaults/main.yml",
    "Ansible docs: variables from Vault; community.hashi_vault lookup", """
booking_user: booking
booking_home: /opt/booking
booking_port: 8080
booking_square_access_token: "{{ vault_booking_square_access_token }}"
booking_twilio_auth_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/salon/twilio:auth_token') }}"
booking_db_password: "{{ lookup('env', 'BOOKING_DB_PASSWORD') }}"
booking_reminder_hours: [24, 2]
booking_log_level: info
""")

# === json ======================================================================================

_SA_LINES = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + draw(14, ALNUM + "+/")] + \
    [draw(64, ALNUM + "+/") for _ in range(24)] + [draw(28, ALNUM + "+/") + "=="]
add("json/google-service-account-key", "booking-app/firebase/service-account.json",
    "Google Cloud docs: Create and manage service account keys (JSON key file with private_key)", """
{
  "type": "service_account",
  "project_id": "blush-nail-booking",
  "private_key_id": "@@kid@@",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n@@body@@\\n-----END PRIVATE KEY-----\\n",
  "client_email": "firebase-adminsdk-q7x2k@blush-nail-booking.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2k%40blush-nail-booking.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _SA_LINES[6], kid=hexs(40), cid=draw(21, string.digits), body="\\n".join(_SA_LINES))

add("json/paypal-client-secret", "storefront/config/production.json",
    "PayPal developer docs: Get client ID and client secret (REST API apps)", """
{
  "site": {
    "name": "Gilded Tips Nail Spa",
    "url": "https://shop.gildedtipsnailspa.com"
  },
  "paypal": {
    "mode": "live",
    "clientId": "@@cid@@",
    "clientSecret": "@@secret@@",
    "webhookId": "@@whid@@"
  },
  "shipping": {
    "flatRateCents": 599,
    "freeOverCents": 5000
  },
  "giftCards": {
    "enabled": true,
    "denominations": [25, 50, 75, 100]
  }
}
""", paypal_secret(), cid=paypal_client_id(), whid=draw(17, UPPER_DIGITS))

add("json/square-application-secret", "oauth/square.json",
    "Square docs: OAuth API (application ID sq0idp-, application secret sq0csp-)", """
{
  "application_id": "@@appid@@",
  "application_secret": "@@secret@@",
  "redirect_uri": "https://partners.salonsuite.io/oauth/square/callback",
  "scopes": [
    "APPOINTMENTS_READ",
    "APPOINTMENTS_WRITE",
    "CUSTOMERS_READ",
    "CUSTOMERS_WRITE",
    "PAYMENTS_READ",
    "LOYALTY_READ",
    "MERCHANT_PROFILE_READ"
  ],
  "session": false
}
""", square_app_secret(), appid=square_app_id())

add("json/sumup-api-key", "terminal-bridge/config.json",
    "SumUp developer docs: API keys (sup_sk_ secret keys) and Readers API", """
{
  "provider": "sumup",
  "merchantCode": "@@mc@@",
  "apiKey": "@@secret@@",
  "readers": {
    "chair-1": "rdr_@@r1@@",
    "chair-2": "rdr_@@r2@@"
  },
  "currency": "GBP",
  "tipping": { "enabled": true, "presets": [10, 12.5, 15] },
  "receipts": { "sms": true, "email": true }
}
""", "sup_sk_" + draw(32), mc="M" + draw(7, UPPER_DIGITS), r1=draw(26, UPPER_DIGITS), r2=draw(26, UPPER_DIGITS))

add("json/yelp-api-key", "reviews-widget/server/config.json",
    "Yelp Fusion API docs: Authentication (Authorization: Bearer API_KEY)", """
{
  "port": 4010,
  "cacheMinutes": 360,
  "sources": {
    "yelp": {
      "businessId": "crown-and-comb-barbers-brooklyn",
      "apiKey": "@@secret@@",
      "minRating": 4
    },
    "google": {
      "placeId": "ChIJ@@place@@",
      "apiKeyEnv": "GOOGLE_PLACES_KEY"
    }
  },
  "maxReviews": 12
}
""", yelp_key(), place=draw(23, URLSAFE))

add("json/fcm-server-key", "push-service/config/fcm.json",
    "Firebase docs: legacy FCM HTTP API, Authorization: key=<server key>", """
{
  "endpoint": "https://fcm.googleapis.com/fcm/send",
  "serverKey": "@@secret@@",
  "senderId": "@@sender@@",
  "topics": {
    "promos": "/topics/promos",
    "walkin_queue": "/topics/queue-updates"
  },
  "ttlSeconds": 3600
}
""", fcm_server_key(), sender=draw(12, string.digits))

add("json/braintree-access-token", "checkout/paypal-braintree.json",
    "Braintree docs: Accept PayPal with an access token (access_token$production$...)", """
{
  "gateway": {
    "accessToken": "@@secret@@"
  },
  "merchantAccountId": "luxeclaws_USD",
  "vault": true,
  "dropIn": {
    "paypal": { "flow": "vault" },
    "venmo": { "allowNewBrowserTab": false }
  }
}
""", braintree_token())

add("json/github-token", "wp-theme-fadeline/auth.json",
    "Composer docs: auth.json github-oauth", """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "wpackagist.org": {
            "username": "anonymous",
            "password": ""
        }
    }
}
""", fakes.github_token(_seed()))

add("json/decoy-firebase-web-config", "booking-web/src/firebase-config.json",
    "Firebase docs: Learn about using and managing API keys (Firebase API keys are not secret)", """
{
  "apiKey": "@@api@@",
  "authDomain": "blush-nail-booking.firebaseapp.com",
  "projectId": "blush-nail-booking",
  "storageBucket": "blush-nail-booking.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@appid@@",
  "measurementId": "G-8KD3Q2LZ7M"
}
""", api=google_api_key(), sender=draw(12, string.digits), appid=hexs(22))

add("json/decoy-lockfile-integrity", "booking-web/package-lock.json",
    "npm docs: package-lock.json (integrity is a Subresource Integrity sha512 hash)", """
{
  "name": "booking-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "booking-web",
      "version": "3.2.0",
      "dependencies": {
        "@square/web-sdk": "^2.0.1",
        "@stripe/stripe-js": "^4.1.0",
        "dayjs": "^1.11.11"
      }
    },
    "node_modules/@square/web-sdk": {
      "version": "2.0.1",
      "resolved": "https://registry.npmjs.org/@square/web-sdk/-/web-sdk-2.0.1.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i3@@=="
    }
  }
}
""", i1=draw(86, ALNUM + "+/"), i2=draw(86, ALNUM + "+/"), i3=draw(86, ALNUM + "+/"))

add("json/decoy-placeholder", "booking-api/config/default.json",
    "node-config docs: default.json and custom-environment-variables.json", """
{
  "server": { "port": 8080 },
  "square": {
    "environment": "sandbox",
    "accessToken": "REPLACE_WITH_SQUARE_ACCESS_TOKEN",
    "locationId": "REPLACE_WITH_LOCATION_ID"
  },
  "twilio": {
    "accountSid": "AC00000000000000000000000000000000",
    "authToken": "<twilio-auth-token>",
    "from": "+15005550006"
  },
  "db": {
    "host": "localhost",
    "user": "booking",
    "password": "changeme"
  }
}
""")

add("json/decoy-catalog-ids", "exports/square-catalog-2024-10.json",
    "Square docs: Catalog API objects (object IDs, version, location IDs)", """
{
  "objects": [
    {
      "type": "ITEM",
      "id": "@@i1@@",
      "version": 1715871200457,
      "present_at_location_ids": ["@@loc@@"],
      "item_data": {
        "name": "Skin Fade",
        "product_type": "APPOINTMENTS_SERVICE",
        "variations": [
          {"type": "ITEM_VARIATION", "id": "@@v1@@",
           "item_variation_data": {"name": "Regular", "price_money": {"amount": 4000, "currency": "USD"},
                                   "service_duration": 2700000, "team_member_ids": ["TM@@tm1@@"]}}
        ]
      }
    },
    {
      "type": "ITEM",
      "id": "@@i2@@",
      "version": 1715871200457,
      "item_data": {
        "name": "Beard Trim + Hot Towel",
        "product_type": "APPOINTMENTS_SERVICE",
        "variations": [
          {"type": "ITEM_VARIATION", "id": "@@v2@@",
           "item_variation_data": {"name": "Regular", "price_money": {"amount": 2500, "currency": "USD"},
                                   "service_duration": 1800000, "team_member_ids": ["TM@@tm2@@"]}}
        ]
      }
    }
  ],
  "cursor": "@@cursor@@"
}
""", i1=draw(24, UPPER_DIGITS), v1=draw(24, UPPER_DIGITS), i2=draw(24, UPPER_DIGITS), v2=draw(24, UPPER_DIGITS),
    loc=square_location(), tm1=draw(14, URLSAFE), tm2=draw(14, URLSAFE), cursor=draw(76, ALNUM))

add("json/decoy-webhook-fixture", "tests/fixtures/square_booking_created.json",
    "Square docs: booking.created webhook event payload", """
{
  "merchant_id": "@@mid@@",
  "type": "booking.created",
  "event_id": "@@eid@@",
  "created_at": "2024-06-14T17:02:41.133Z",
  "data": {
    "type": "booking",
    "id": "@@bid@@:0",
    "object": {
      "booking": {
        "id": "@@bid@@",
        "version": 0,
        "status": "ACCEPTED",
        "start_at": "2024-06-15T15:30:00Z",
        "location_id": "@@loc@@",
        "customer_id": "@@cust@@",
        "customer_note": "Gel fill, same color as last time",
        "appointment_segments": [
          {"duration_minutes": 60, "service_variation_id": "@@svc@@",
           "team_member_id": "TM@@tm@@", "service_variation_version": 1709251188123}
        ]
      }
    }
  }
}
""", mid=draw(13, UPPER_DIGITS), eid=uuid_s(), bid=draw(14, string.ascii_lowercase + string.digits),
    loc=square_location(), cust=draw(26, UPPER_DIGITS), svc=draw(24, UPPER_DIGITS), tm=draw(14, URLSAFE))

add("json/decoy-redacted", "support/ticket-4412-square-error.json",
    "Square docs: error responses; common practice of masking tokens in support tickets", """
{
  "ticket": 4412,
  "reported_by": "frontdesk@oldtownclipjoint.com",
  "request": {
    "method": "POST",
    "url": "https://connect.squareup.com/v2/payments",
    "headers": {
      "Authorization": "Bearer EAAA********************************************************Qx9",
      "Square-Version": "2024-07-17"
    }
  },
  "response": {
    "status": 401,
    "errors": [
      {"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED", "detail": "This request could not be authorized."}
    ]
  },
  "resolution": "Token was revoked when the owner disconnected the app. Re-authorised 2024-08-02."
}
""")

# --- toml --------------------------------------------------------------------------------------

add("toml/pypi-token", "ci/poetry/auth.toml",
    "Poetry docs: Repositories, configuring credentials (http-basic, __token__)", """
# poetry config http-basic.pypi __token__ <token>   (copied into the CI image by mistake)
[http-basic.pypi]
username = "__token__"
password = "@@secret@@"

[http-basic.salon-internal]
username = "ci"
password = ""
""", fakes.pypi_token(_seed()))

add("toml/brevo-api-key", "marketing-site/netlify.toml",
    "Netlify docs: file-based configuration, [context.production.environment]; Brevo API keys (xkeysib-)", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[context.production.environment]
  BREVO_API_KEY = "@@secret@@"
  BREVO_LIST_ID = "7"
  PUBLIC_BOOKING_URL = "https://www.vagaro.com/velvethandsnailsalon"

[[redirects]]
  from = "/book"
  to = "https://www.vagaro.com/velvethandsnailsalon"
  status = 302
""", brevo_key())

add("toml/telnyx-api-key", "sms-gateway/config/prod.toml",
    "Telnyx docs: API keys (KEY... v2 keys) and Messaging API", """
[server]
bind = "0.0.0.0:8088"
workers = 2

[telnyx]
api_key = "@@secret@@"
messaging_profile_id = "@@prof@@"
from_number = "+17185550192"

[reminders]
lead_hours = [24, 3]
quiet_start = "21:00"
quiet_end = "08:30"
""", "KEY" + draw(26, UPPER_DIGITS) + "_" + draw(22, ALNUM), prof=uuid_s())

add("toml/decoy-env-reference", "booking-api/fly.toml",
    "Fly.io docs: fly.toml [env] section; secrets are set with fly secrets set", """
app = "crowncomb-booking"
primary_region = "ewr"

[build]
  dockerfile = "Dockerfile"

[env]
  NODE_ENV = "production"
  SQUARE_ENVIRONMENT = "production"
  TZ = "America/New_York"
  # SQUARE_ACCESS_TOKEN, TWILIO_AUTH_TOKEN and DATABASE_URL: `fly secrets set ...`, never here

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  min_machines_running = 1
""")

add("toml/decoy-checksum", "pos-printer-bridge/Cargo.lock",
    "Cargo docs: Cargo.lock (checksum is the sha256 of the crate)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "escpos"
version = "0.12.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serialport"
version = "4.5.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "pos-printer-bridge"
version = "0.3.0"
dependencies = [
 "escpos",
 "serialport",
]
""", c1=hexs(64), c2=hexs(64))

# --- ini / conf ----------------------------------------------------------------------------------

add("ini/pypi-token", "salon-booking-sdk/.pypirc",
    "Python Packaging docs: The .pypirc file (username __token__, password pypi-...)", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("ini/smb-password", "ops/nas/.smbcredentials",
    "mount.cifs(8) man page: credentials= file (username, password, domain)", """
# used by /etc/fstab on the backroom Pi:
# //192.168.1.20/salon-share /mnt/salon cifs credentials=/root/.smbcredentials,uid=1000 0 0
username=salonbackup
password=@@secret@@
domain=WORKGROUP
""", words_pw())

add("ini/odbc-password", "legacy/odbc.ini",
    "unixODBC docs: odbc.ini DSN entries; Microsoft ODBC Driver for SQL Server connection keywords (UID, PWD)", """
[SalonIris]
Driver      = ODBC Driver 18 for SQL Server
Description = Salon Iris database on the front desk PC
Server      = 192.168.1.15\\SALONIRIS
Database    = SalonIris
UID         = sa
PWD         = @@secret@@
Encrypt     = no
TrustServerCertificate = yes

[Reporting]
Driver   = ODBC Driver 18 for SQL Server
Server   = 192.168.1.15\\SALONIRIS
Database = SalonIrisReports
Trusted_Connection = yes
""", words_pw())

add("ini/backblaze-application-key", "backup/rclone.conf",
    "rclone docs: Backblaze B2 (account = keyID, key = applicationKey)", """
[b2-salon]
type = b2
account = 005@@acct@@0000000003
key = @@secret@@
hard_delete = false

[nas]
type = smb
host = 192.168.1.20
user = salonbackup
""", b2_key(), acct=hexs(9))

add("ini/mysql-password", "backup/.my.cnf",
    "MySQL docs: option files, [client] password option", """
# mysqldump reads this; cron: 30 3 * * * mysqldump --all-databases | gzip > /backup/wp-$(date +%F).sql.gz
[client]
user=backup
password="@@secret@@"
host=localhost

[mysqldump]
single-transaction
quick
""", rand_pw(16, "!#%"))

add("ini/decoy-alembic-template", "booking-api/alembic.ini",
    "Alembic docs: the generic alembic.ini template (sqlalchemy.url = driver://user:pass@localhost/dbname)", """
[alembic]
script_location = migrations
prepend_sys_path = .
# real URL comes from env.py (os.environ["DATABASE_URL"])
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""")

add("ini/decoy-placeholder", "kiosk/settings.ini.sample",
    "Python docs: configparser INI files; sample config convention", """
; Check-in kiosk settings. Copy to settings.ini on the iPad Mac mini and fill in.
[booking]
api_base = https://api.example-salon.com/v1
api_key = CHANGE_ME
location = main

[printer]
host = 192.168.1.40
model = TM-m30III

[admin]
; unlock PIN for the staff menu
pin = 0000
""")

add("conf/wifi-psk", "signage/wpa_supplicant.conf",
    "wpa_supplicant.conf(5): psk as 64 hex digits (wpa_passphrase output)", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="Lacquer-Staff"
    psk=@@secret@@
    key_mgmt=WPA-PSK
    priority=10
}
""", hexs(64))

# --- properties --------------------------------------------------------------------------------

add("properties/android-keystore-password", "android/keystore.properties",
    "Android developers docs: Remove signing information from your build files (keystore.properties)", """
# Upload key for Play Console (Luxe Claws). Kept out of build.gradle.kts on purpose.
storeFile=../keys/luxeclaws-upload.jks
storePassword=@@secret@@
keyAlias=upload
keyPassword=@@secret@@
""", words_pw())

add("properties/mail-password", "pos-bridge/src/main/resources/application-prod.properties",
    "Spring Boot docs: Mail (spring.mail.host, spring.mail.username, spring.mail.password)", """
server.port=8081
spring.datasource.url=jdbc:postgresql://10.0.2.10:5432/posbridge
spring.datasource.username=posbridge
spring.datasource.password=${POSBRIDGE_DB_PASSWORD}
spring.mail.host=smtp.zoho.com
spring.mail.port=587
spring.mail.username=receipts@sharpedgebarbers.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
receipts.bcc=owner@sharpedgebarbers.com
""", rand_pw(16))

add("properties/decoy-env-reference", "loyalty-service/src/main/resources/application.properties",
    "Spring Boot docs: externalized configuration, property placeholders ${...}", """
spring.application.name=loyalty-service
server.port=8080
spring.datasource.url=${LOYALTY_DB_URL}
spring.datasource.username=${LOYALTY_DB_USER}
spring.datasource.password=${LOYALTY_DB_PASSWORD}
square.access-token=${SQUARE_ACCESS_TOKEN}
square.environment=production
loyalty.points-per-dollar=1
loyalty.reward-threshold=150
management.endpoints.web.exposure.include=health,info
""")

# --- xml / plist ---------------------------------------------------------------------------------

add("xml/filezilla-password", "it/website/sitemanager.xml",
    "FileZilla wiki: sitemanager.xml (<Pass encoding='base64'>)", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.kingscutbarbers.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>kingscut</User>
            <Pass encoding="base64">@@secret@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <Name>Kings Cut website (GoDaddy)</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
""", b64(words_pw()))

add("xml/wifi-profile-key", "it/wifi/Wi-Fi-SouthsideStaff.xml",
    "Microsoft docs: netsh wlan export profile key=clear (WLANProfile sharedKey keyMaterial)", """
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>SouthsideStaff</name>
	<SSIDConfig>
		<SSID>
			<name>SouthsideStaff</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>auto</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2PSK</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>passPhrase</keyType>
				<protected>false</protected>
				<keyMaterial>@@secret@@</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
</WLANProfile>
""", words_pw())

add("xml/connection-string-password", "SalonDesk.Web/Web.config",
    "Microsoft docs: connection strings in Web.config; SqlClient keywords (User ID, Password)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="SalonDesk"
         connectionString="Data Source=SALONPC01\\SQLEXPRESS;Initial Catalog=SalonDesk;User ID=salondesk;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ShopName" value="Old Town Clip Joint" />
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
    <add key="TaxRate" value="0.0825" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", words_pw())

add("xml/decoy-env-reference", "android/app/src/main/AndroidManifest.xml",
    "Android docs: manifest placeholders (${MAPS_API_KEY}) with the Secrets Gradle Plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />
    <application
        android:name=".LuxeClawsApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.LuxeClaws">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

add("xml/decoy-public-certificate", "sso/google-workspace-idp-metadata.xml",
    "SAML 2.0 metadata spec: IDPSSODescriptor KeyDescriptor X509Certificate (public signing certificate)", """
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://accounts.google.com/o/saml2?idpid=C03k9x2mq" validUntil="2029-05-14T18:22:31.000Z">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIDdDCCAlygAwIBAgIG@@c1@@
@@c2@@
@@c3@@
@@c4@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://accounts.google.com/o/saml2/idp?idpid=C03k9x2mq"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", c1=draw(44, ALNUM + "+/"), c2=draw(76, ALNUM + "+/"), c3=draw(76, ALNUM + "+/"), c4=draw(40, ALNUM + "+/") + "=")

add("plist/calendly-token", "ios/BarberQueue/Config.plist",
    "Calendly developer docs: Personal access tokens (Authorization: Bearer)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CalendlyBaseURL</key>
	<string>https://api.calendly.com</string>
	<key>CalendlyToken</key>
	<string>@@secret@@</string>
	<key>CalendlyOrganization</key>
	<string>https://api.calendly.com/organizations/@@org@@</string>
	<key>ShopPhone</key>
	<string>+1 404 555 0177</string>
</dict>
</plist>
""", jwt({"kid": hexs(64), "typ": "PAT", "alg": "ES256"},
        {"iss": "https://auth.calendly.com", "iat": 1712345678, "jti": uuid_s(), "user_uuid": uuid_s()}, 86),
    org=uuid_s())

add("plist/decoy-google-service-info", "ios/LuxeClaws/GoogleService-Info.plist",
    "Firebase docs: GoogleService-Info.plist ships inside the app; API keys for Firebase are not secret", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@num@@-@@cid@@.apps.googleusercontent.com</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.@@num@@-@@cid@@</string>
	<key>API_KEY</key>
	<string>@@api@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.luxeclaws.app</string>
	<key>PROJECT_ID</key>
	<string>luxe-claws-app</string>
	<key>STORAGE_BUCKET</key>
	<string>luxe-claws-app.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@num@@:ios:@@appid@@</string>
</dict>
</plist>
""", num=draw(12, string.digits), cid=draw(32, string.ascii_lowercase + string.digits), api=google_api_key(),
    appid=hexs(22))

add("plist/acuity-api-key", "frontdesk-mac/LaunchAgents/com.blushstudio.acuity-export.plist",
    "Apple launchd.plist(5): EnvironmentVariables; Acuity Scheduling API (user ID + API key)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>com.blushstudio.acuity-export</string>
	<key>ProgramArguments</key>
	<array>
		<string>/usr/local/bin/python3</string>
		<string>/Users/frontdesk/scripts/acuity_export.py</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>ACUITY_USER_ID</key>
		<string>@@uid@@</string>
		<key>ACUITY_API_KEY</key>
		<string>@@secret@@</string>
	</dict>
	<key>StartCalendarInterval</key>
	<dict>
		<key>Hour</key>
		<integer>22</integer>
		<key>Minute</key>
		<integer>15</integer>
	</dict>
</dict>
</plist>
""", hexs(32), uid=str(_rng().randint(10_000_000, 29_999_999)))

# === code: javascript / typescript =============================================================

add("typescript/square-access-token", "pos-bridge/src/square/terminal.ts",
    "Square Node.js SDK docs: new SquareClient({ token }); Terminal API createTerminalCheckout", """
import { SquareClient, SquareEnvironment } from "square";
import { randomUUID } from "node:crypto";

const square = new SquareClient({
  environment: SquareEnvironment.Production,
  token: "@@secret@@",
});

// Chair -> Square Terminal device id (paired 2024-04-19)
const DEVICES: Record<string, string> = {
  "chair-1": "device:@@d1@@",
  "chair-2": "device:@@d2@@",
};

export async function sendToTerminal(chair: string, amountCents: number, ticketNo: string) {
  const res = await square.terminal.checkouts.create({
    idempotencyKey: randomUUID(),
    checkout: {
      amountMoney: { amount: BigInt(amountCents), currency: "USD" },
      deviceOptions: {
        deviceId: DEVICES[chair],
        tipSettings: { allowTipping: true, separateTipScreen: true, customTipField: true },
      },
      referenceId: ticketNo,
      note: `Ticket ${ticketNo}`,
    },
  });
  return res.checkout?.id;
}
""", square_token(), d1=draw(16, UPPER_DIGITS), d2=draw(16, UPPER_DIGITS))

add("javascript/stripe-webhook-secret", "server/routes/stripeWebhook.js",
    "Stripe docs: Check the webhook signatures (stripe.webhooks.constructEvent with whsec_ secret)", """
const express = require("express");
const Stripe = require("stripe");
const { markDepositPaid, releaseSlot } = require("../bookings");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "@@secret@@";
const router = express.Router();

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    console.warn("stripe signature failed", err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  switch (event.type) {
    case "payment_intent.succeeded":
      await markDepositPaid(event.data.object.metadata.booking_id);
      break;
    case "payment_intent.payment_failed":
    case "payment_intent.canceled":
      await releaseSlot(event.data.object.metadata.booking_id);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
""", whsec())

add("typescript/discord-webhook", "bot/src/notifyStaff.ts",
    "Discord developer docs: Webhook resource, Execute Webhook (https://discord.com/api/webhooks/{id}/{token})", """
type Booking = { client: string; service: string; barber: string; startsAt: Date };

const STAFF_CHANNEL = "@@secret@@";

export async function notifyNewBooking(b: Booking): Promise<void> {
  const when = b.startsAt.toLocaleString("en-US", { weekday: "short", hour: "numeric", minute: "2-digit" });
  await fetch(STAFF_CHANNEL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Booking Bot",
      embeds: [{ title: "New booking", description: `${b.client} - ${b.service} with ${b.barber}, ${when}`, color: 0x2f855a }],
    }),
  });
}
""", discord_webhook())

add("javascript/heartland-secret-key", "kiosk/payments/heartland.js",
    "Heartland / Global Payments docs: Portico secret API key (skapi_prod_) and public key (pkapi_prod_)", """
const { ServicesContainer, PorticoConfig, CreditCardData } = require("globalpayments-api");

const config = new PorticoConfig();
config.secretApiKey = "@@secret@@";
config.developerId = "002914";
config.versionNumber = "3026";
config.serviceUrl = "https://api2.heartlandportico.com";
ServicesContainer.configureService(config);

// The browser tokenizes with the public key; only the token reaches this server.
const PUBLIC_KEY = "@@pub@@";

async function chargeToken(token, amount, ticket) {
  const card = new CreditCardData();
  card.token = token;
  return card.charge(amount).withCurrency("USD").withInvoiceNumber(ticket).withAllowDuplicates(false).execute();
}

module.exports = { chargeToken, PUBLIC_KEY };
""", "skapi_prod_" + draw(42, URLSAFE), pub="pkapi_prod_" + draw(42, URLSAFE))

add("typescript/authorize-net-transaction-key", "src/lib/authnet.ts",
    "Authorize.Net API reference: merchantAuthentication (name = API Login ID, transactionKey)", """
const ENDPOINT = "https://api.authorize.net/xml/v1/request.api";

const merchantAuthentication = {
  name: "@@login@@",
  transactionKey: "@@secret@@",
};

export async function chargeGiftCard(opaqueData: { dataDescriptor: string; dataValue: string }, amount: string) {
  const payload = {
    createTransactionRequest: {
      merchantAuthentication,
      refId: `gc-${Date.now()}`,
      transactionRequest: {
        transactionType: "authCaptureTransaction",
        amount,
        payment: { opaqueData },
        order: { description: "Gilded Tips gift card" },
      },
    },
  };
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  return res.json();
}
""", draw(16, ALNUM), login=draw(12, ALNUM))

add("javascript/mapbox-secret-token", "scripts/upload-locations-tileset.mjs",
    "Mapbox docs: Access tokens (secret sk. tokens with uploads:write scope)", """
// Publishes our 6 shop locations as a tileset for the "find a shop" map.
import fs from "node:fs/promises";

const MAPBOX_USER = "crowncomb";
const MAPBOX_SECRET_TOKEN = "@@secret@@";

const geojson = await fs.readFile(new URL("../data/locations.geojson", import.meta.url));
const src = await fetch(
  `https://api.mapbox.com/tilesets/v1/sources/${MAPBOX_USER}/shops?access_token=${MAPBOX_SECRET_TOKEN}`,
  { method: "PUT", body: (() => { const f = new FormData(); f.append("file", new Blob([geojson])); return f; })() },
);
console.log("source", src.status, await src.text());

const pub = await fetch(
  `https://api.mapbox.com/tilesets/v1/${MAPBOX_USER}.shops/publish?access_token=${MAPBOX_SECRET_TOKEN}`,
  { method: "POST" },
);
console.log("publish", pub.status, await pub.json());
""", mapbox_token("sk", "crowncomb"))

add("typescript/decoy-publishable-key", "booking-web/src/payments/squareCard.ts",
    "Square docs: Web Payments SDK (application ID and location ID are used in the browser)", """
// Square Web Payments SDK: both ids are public, they ship in the page.
const APPLICATION_ID = "@@appid@@";
const LOCATION_ID = "@@loc@@";

declare global {
  interface Window { Square: any }
}

export async function mountCard(selector: string) {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card({ style: { input: { fontSize: "16px" } } });
  await card.attach(selector);
  return async () => {
    const result = await card.tokenize();
    if (result.status !== "OK") throw new Error(result.errors?.[0]?.message ?? "Card declined");
    return result.token as string; // single-use nonce, sent to our API
  };
}
""", appid=square_app_id(), loc=square_location())

add("javascript/decoy-recaptcha-site-key", "website/assets/js/booking-form.js",
    "Google reCAPTCHA docs: v3 (site key is used in the page; secret key stays on the server)", """
// reCAPTCHA v3 on the "request an appointment" form (site key is public by design)
const RECAPTCHA_SITE_KEY = "@@site@@";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("#request-form");
  if (!form) return;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    grecaptcha.ready(() => {
      grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "book" }).then((token) => {
        form.querySelector("input[name=g-recaptcha-response]").value = token;
        form.submit();
      });
    });
  });
});
""", site=recaptcha_key())

add("typescript/decoy-env-reference", "app/api/bookings/route.ts",
    "Next.js docs: Route Handlers; process.env server-only variables", """
import { NextResponse } from "next/server";
import twilio from "twilio";
import { db } from "@/lib/db";

const sms = twilio(process.env.TWILIO_ACCOUNT_SID!, process.env.TWILIO_AUTH_TOKEN!);

export async function POST(req: Request) {
  const body = await req.json();
  const booking = await db.booking.create({
    data: { clientName: body.name, phone: body.phone, serviceId: body.serviceId, startsAt: new Date(body.startsAt) },
  });
  await sms.messages.create({
    to: body.phone,
    from: process.env.TWILIO_FROM_NUMBER!,
    body: `Thanks ${body.name}! You're booked at Mint Mani on ${booking.startsAt.toLocaleString()}.`,
  });
  return NextResponse.json({ id: booking.id }, { status: 201 });
}
""")

add("typescript/decoy-test-fixture", "src/lib/__tests__/deposits.test.ts",
    "Jest docs: jest.mock; Stripe docs: test mode", """
import { createDeposit } from "../deposits";

jest.mock("stripe", () =>
  jest.fn().mockImplementation(() => ({
    paymentIntents: { create: jest.fn().mockResolvedValue({ id: "pi_test_123", client_secret: "pi_test_123_secret_abc" }) },
  })),
);

process.env.STRIPE_SECRET_KEY = "sk_test_dummy";

describe("createDeposit", () => {
  it("charges 25% of the service price", async () => {
    const r = await createDeposit({ priceCents: 6000, bookingId: "bk_1" });
    expect(r.amount).toBe(1500);
  });

  it("rounds down to the cent", async () => {
    const r = await createDeposit({ priceCents: 4999, bookingId: "bk_2" });
    expect(r.amount).toBe(1249);
  });
});
""")

add("javascript/decoy-sentry-dsn", "booking-web/src/sentry.client.config.js",
    "Sentry docs: DSN explainer (the DSN is safe to keep public)", """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@key@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0.0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  ignoreErrors: ["ResizeObserver loop limit exceeded"],
});
""", key=hexs(32), org=draw(7, string.digits), proj=draw(16, string.digits))

add("typescript/decoy-paypal-client-id", "storefront/src/components/PayPalButtons.tsx",
    "PayPal JS SDK docs: script tag with client-id query parameter (public)", """
import { PayPalScriptProvider, PayPalButtons } from "@paypal/react-paypal-js";

const PAYPAL_CLIENT_ID = "@@cid@@";

export function GiftCardCheckout({ amount }: { amount: string }) {
  return (
    <PayPalScriptProvider options={{ clientId: PAYPAL_CLIENT_ID, currency: "USD", intent: "capture" }}>
      <PayPalButtons
        style={{ layout: "vertical", shape: "pill" }}
        createOrder={async () => {
          const r = await fetch("/api/paypal/orders", { method: "POST", body: JSON.stringify({ amount }) });
          return (await r.json()).id;
        }}
        onApprove={async (data) => {
          await fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" });
          window.location.href = "/gift-cards/thanks";
        }}
      />
    </PayPalScriptProvider>
  );
}
""", cid=paypal_client_id())

# --- php ---------------------------------------------------------------------------------------

add("php/database-password", "public_html/wp-config.php",
    "WordPress docs: Editing wp-config.php (DB_NAME, DB_USER, DB_PASSWORD)", """
<?php
/** Fadeline Barber Co. - WordPress */
define( 'DB_NAME', 'fadeline_wp' );
define( 'DB_USER', 'fadeline_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Keys and salts live outside the web root, regenerated 2024-02 */
require_once dirname( __DIR__ ) . '/wp-salts.php';

$table_prefix = 'fl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/twilio-auth-token", "config/services.php",
    "Laravel docs: config files and env() with a default value; Twilio SDK credentials", """
<?php

return [
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID', '@@sid@@'),
        // TODO remove the fallback once Forge has the env var (Jules, 3/12)
        'token' => env('TWILIO_AUTH_TOKEN', '@@secret@@'),
        'from' => env('TWILIO_FROM', '+12145550163'),
    ],

    'square' => [
        'environment' => env('SQUARE_ENVIRONMENT', 'production'),
        'access_token' => env('SQUARE_ACCESS_TOKEN'),
        'location_id' => env('SQUARE_LOCATION_ID'),
    ],
];
""", twilio_token(), sid=twilio_sid())

add("php/smtp-password", "public_html/contact/send.php",
    "PHPMailer docs: SMTP authentication ($mail->Username, $mail->Password)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require __DIR__ . '/../vendor/autoload.php';

$name  = trim($_POST['name'] ?? '');
$phone = trim($_POST['phone'] ?? '');
$msg   = trim($_POST['message'] ?? '');
if ($name === '' || $phone === '') { http_response_code(422); exit('Name and phone are required.'); }

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.hostinger.com';
$mail->SMTPAuth   = true;
$mail->Username   = 'hello@glossbarnails.com';
$mail->Password   = '@@secret@@';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
$mail->Port       = 465;

$mail->setFrom('hello@glossbarnails.com', 'Gloss Bar website');
$mail->addAddress('bookings@glossbarnails.com');
$mail->Subject = "Appointment request from $name";
$mail->Body    = "Name: $name\\nPhone: $phone\\n\\n$msg";
$mail->send();
header('Location: /thanks.html');
""", words_pw())

add("php/recaptcha-secret-key", "public_html/inc/verify-recaptcha.php",
    "Google reCAPTCHA docs: Verifying the user's response (siteverify with the secret key)", """
<?php
function verify_recaptcha(string $token, string $ip): bool
{
    $secret = '@@secret@@';
    $resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
        'http' => [
            'method'  => 'POST',
            'header'  => 'Content-Type: application/x-www-form-urlencoded',
            'content' => http_build_query(['secret' => $secret, 'response' => $token, 'remoteip' => $ip]),
            'timeout' => 5,
        ],
    ]));
    if ($resp === false) {
        return false;
    }
    $data = json_decode($resp, true);
    return !empty($data['success']) && ($data['score'] ?? 0) >= 0.5 && ($data['action'] ?? '') === 'book';
}
""", recaptcha_key())

add("php/woocommerce-consumer-secret", "wp-content/mu-plugins/pos-stock-sync.php",
    "WooCommerce REST API docs: authentication with consumer key (ck_) and consumer secret (cs_)", """
<?php
/**
 * Plugin Name: POS stock sync
 * Description: Pulls retail stock counts (polish, cuticle oil) from the shop's second WooCommerce store.
 */
const GT_REMOTE_STORE = 'https://shop.gildedtipsnailspa.com';
const GT_CK = '@@ck@@';
const GT_CS = '@@secret@@';

add_action('gt_hourly_stock_sync', function () {
    $url = GT_REMOTE_STORE . '/wp-json/wc/v3/products?per_page=100&stock_status=instock';
    $res = wp_remote_get($url, [
        'headers' => ['Authorization' => 'Basic ' . base64_encode(GT_CK . ':' . GT_CS)],
        'timeout' => 20,
    ]);
    if (is_wp_error($res)) {
        error_log('stock sync failed: ' . $res->get_error_message());
        return;
    }
    foreach (json_decode(wp_remote_retrieve_body($res), true) as $p) {
        $local = wc_get_product_id_by_sku($p['sku']);
        if ($local) {
            wc_update_product_stock($local, (int) $p['stock_quantity']);
        }
    }
});
""", "cs_" + hexs(40), ck="ck_" + hexs(40))

add("php/decoy-env-reference", "app/Services/SquareBookings.php",
    "Laravel docs: configuration values via config(); Square PHP SDK", """
<?php

namespace App\\Services;

use Square\\SquareClient;
use Square\\Environment;

class SquareBookings
{
    private SquareClient $client;

    public function __construct()
    {
        $this->client = new SquareClient([
            'accessToken' => config('services.square.access_token'),
            'environment' => config('services.square.environment') === 'production'
                ? Environment::PRODUCTION : Environment::SANDBOX,
        ]);
    }

    public function upcoming(string $locationId, int $limit = 50): array
    {
        $api = $this->client->getBookingsApi();
        $res = $api->listBookings($limit, null, null, $locationId, now()->toIso8601String());
        if (! $res->isSuccess()) {
            throw new \\RuntimeException(json_encode($res->getErrors()));
        }
        return $res->getResult()->getBookings() ?? [];
    }
}
""")

add("php/decoy-bcrypt-hash", "database/seeders/StaffSeeder.php",
    "Laravel docs: database seeding; Hash facade (bcrypt $2y$ hashes)", """
<?php

namespace Database\\Seeders;

use App\\Models\\Staff;
use Illuminate\\Database\\Seeder;

class StaffSeeder extends Seeder
{
    public function run(): void
    {
        // Demo staff for local dev. Hashes only; everyone must reset on first login.
        $staff = [
            ['name' => 'Dre Owens',    'email' => 'dre@example.test',   'role' => 'barber'],
            ['name' => 'Tasha Reyes',  'email' => 'tasha@example.test', 'role' => 'barber'],
            ['name' => 'Front Desk',   'email' => 'desk@example.test',  'role' => 'reception'],
        ];
        foreach ($staff as $s) {
            Staff::updateOrCreate(['email' => $s['email']], $s + [
                'password' => '@@h@@',
                'must_reset_password' => true,
            ]);
        }
    }
}
""", h=bcrypt_hash().replace("$2b$", "$2y$"))

# --- ruby --------------------------------------------------------------------------------------

add("ruby/postmark-server-token", "config/environments/production.rb",
    "Postmark docs: postmark-rails (config.action_mailer.postmark_settings api_token, a server token)", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "book.sharpedgebarbers.com", protocol: "https" }

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
""", uuid_s())

add("ruby/rails-secret-key-base", "config/initializers/secret_key_base.rb",
    "Rails guides: Security, secret_key_base (used to sign cookies and encrypted credentials)", """
# Heroku dyno kept losing SECRET_KEY_BASE after the stack upgrade; pin it here for now.
# -- Luis, 2023-11-03
Rails.application.config.secret_key_base =
  ENV.fetch("SECRET_KEY_BASE") { "@@secret@@" }

Rails.application.config.session_store :cookie_store,
  key: "_mintmani_session",
  expire_after: 14.days,
  secure: Rails.env.production?
""", hexs(128))

add("ruby/plivo-auth-token", "app/services/sms_reminder.rb",
    "Plivo Ruby SDK docs: Plivo::RestClient.new(auth_id, auth_token)", """
require "plivo"

class SmsReminder
  AUTH_ID = "MA@@aid@@".freeze
  AUTH_TOKEN = "@@secret@@".freeze
  SENDER = "+14155550136".freeze

  def initialize(appointment)
    @appointment = appointment
  end

  def deliver!
    return if @appointment.client.sms_opt_out?

    client.messages.create(
      src: SENDER,
      dst: @appointment.client.phone_e164,
      text: "Reminder: #{@appointment.service_name} at Velvet Hands tomorrow #{@appointment.starts_at.strftime('%-l:%M%P')}. Reply STOP to opt out."
    )
  end

  private

  def client
    @client ||= Plivo::RestClient.new(AUTH_ID, AUTH_TOKEN)
  end
end
""", draw(40, ALNUM), aid=draw(18, UPPER_DIGITS))

add("ruby/decoy-credentials-reference", "app/services/square_sync.rb",
    "Rails guides: Custom credentials (Rails.application.credentials.dig)", """
require "square"

class SquareSync
  def self.client
    @client ||= Square::Client.new(
      access_token: Rails.application.credentials.dig(:square, :access_token),
      environment: Rails.env.production? ? "production" : "sandbox"
    )
  end

  def self.customers_updated_since(time)
    result = client.customers.search_customers(
      body: { query: { filter: { updated_at: { start_at: time.iso8601 } } }, limit: 100 }
    )
    raise result.errors.inspect if result.error?

    result.data.customers || []
  end
end
""")

add("ruby/decoy-test-fixture", "spec/support/vcr.rb",
    "VCR docs: filter_sensitive_data", """
require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.filter_sensitive_data("<SQUARE_ACCESS_TOKEN>") { ENV.fetch("SQUARE_ACCESS_TOKEN", "test-square-token") }
  c.filter_sensitive_data("<TWILIO_AUTH_TOKEN>") { ENV.fetch("TWILIO_AUTH_TOKEN", "test-twilio-token") }
  c.filter_sensitive_data("<POSTMARK_TOKEN>") { "POSTMARK_API_TEST" }
  c.default_cassette_options = { record: :once, match_requests_on: %i[method uri] }
end
""")

# --- go ----------------------------------------------------------------------------------------

add("go/messagebird-access-key", "internal/sms/messagebird.go",
    "MessageBird Go SDK docs: messagebird.New(accessKey)", """
package sms

import (
	"fmt"

	messagebird "github.com/messagebird/go-rest-api/v9"
	"github.com/messagebird/go-rest-api/v9/sms"
)

const originator = "LuxeClaws"

var client = messagebird.New("@@secret@@")

// SendReminder texts a client the day before their appointment.
func SendReminder(phone, name, when string) error {
	body := fmt.Sprintf("Hi %s, see you %s at Luxe Claws! Reply STOP to opt out.", name, when)
	msg, err := sms.Create(client, originator, []string{phone}, body, nil)
	if err != nil {
		return fmt.Errorf("messagebird: %w", err)
	}
	_ = msg.ID
	return nil
}
""", draw(25, ALNUM))

add("go/redis-password", "cmd/queue/main.go",
    "go-redis docs: redis.NewClient(&redis.Options{Addr, Password, DB})", """
package main

import (
	"context"
	"log"
	"time"

	"github.com/redis/go-redis/v9"
)

func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.8.0.4:6379",
		Password: "@@secret@@",
		DB:       1,
	})
	ctx := context.Background()
	for {
		n, err := rdb.LLen(ctx, "walkin:queue").Result()
		if err != nil {
			log.Printf("redis: %v", err)
		} else {
			rdb.Set(ctx, "walkin:wait_minutes", n*20, time.Hour)
		}
		time.Sleep(30 * time.Second)
	}
}
""", fakes.redis_password(_seed()))

add("go/webhook-signing-secret", "internal/hooks/squire.go",
    "Go docs: crypto/hmac; common webhook HMAC-SHA256 verification pattern", """
package hooks

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Signing secret from the Squire dashboard (Settings > Integrations > Webhooks).
var signingSecret = []byte("@@secret@@")

func VerifySquire(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mac := hmac.New(sha256.New, signingSecret)
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}
""", hexs(48))

add("go/decoy-env-reference", "internal/config/config.go",
    "Go docs: os.Getenv / os.LookupEnv", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	SquareToken    string
	SquareLocation string
	TwilioSID      string
	TwilioToken    string
	DatabaseURL    string
}

func Load() (*Config, error) {
	c := &Config{
		SquareToken:    os.Getenv("SQUARE_ACCESS_TOKEN"),
		SquareLocation: os.Getenv("SQUARE_LOCATION_ID"),
		TwilioSID:      os.Getenv("TWILIO_ACCOUNT_SID"),
		TwilioToken:    os.Getenv("TWILIO_AUTH_TOKEN"),
		DatabaseURL:    os.Getenv("DATABASE_URL"),
	}
	if c.SquareToken == "" || c.DatabaseURL == "" {
		return nil, fmt.Errorf("config: SQUARE_ACCESS_TOKEN and DATABASE_URL are required")
	}
	return c, nil
}
""")

# --- java / kotlin -------------------------------------------------------------------------------

add("java/adyen-api-key", "pos-bridge/src/main/java/com/crowncomb/pos/AdyenTerminalConfig.java",
    "Adyen docs: API credentials (X-API-Key) and the Java library Client/Config", """
package com.crowncomb.pos;

import com.adyen.Client;
import com.adyen.Config;
import com.adyen.enums.Environment;
import com.adyen.service.TerminalCloudAPI;

public final class AdyenTerminalConfig {

    private static final String API_KEY =
        "@@secret@@";
    private static final String MERCHANT_ACCOUNT = "CrownCombBarbersPOS";

    private AdyenTerminalConfig() {}

    public static TerminalCloudAPI terminalApi() {
        Config config = new Config();
        config.setApiKey(API_KEY);
        config.setEnvironment(Environment.LIVE);
        config.setTerminalApiCloudEndpoint("https://terminal-api-live-us.adyen.com");
        return new TerminalCloudAPI(new Client(config));
    }

    public static String merchantAccount() {
        return MERCHANT_ACCOUNT;
    }
}
""", "AQE" + draw(60) + "=-" + draw(43, ALNUM + "+/") + "=-" + draw(10))

add("java/jdbc-password", "reports/src/main/java/com/sharpedge/reports/Db.java",
    "JDBC docs: DriverManager.getConnection(url, user, password)", """
package com.sharpedge.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    private static final String URL = "jdbc:mysql://192.168.50.10:3306/salonbiz?useSSL=false&serverTimezone=America/Denver";
    private static final String USER = "reports";

    private Db() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, "@@secret@@");
    }
}
""", words_pw())

add("java/decoy-placeholder", "sdk-sample/src/main/java/com/salonsuite/sample/QuickStart.java",
    "Vendor SDK quick start convention: YOUR_API_KEY placeholders", """
package com.salonsuite.sample;

import com.salonsuite.sdk.SalonSuiteClient;
import com.salonsuite.sdk.model.Appointment;

/** Quick start from the README. Replace the placeholders with your own sandbox values. */
public class QuickStart {
    public static void main(String[] args) {
        SalonSuiteClient client = SalonSuiteClient.builder()
            .apiKey("YOUR_API_KEY")
            .apiSecret("YOUR_API_SECRET")
            .baseUrl("https://sandbox.api.salonsuite.io")
            .build();

        for (Appointment a : client.appointments().listForDay("2024-06-01")) {
            System.out.printf("%s %s %s%n", a.getStart(), a.getClientName(), a.getServiceName());
        }
    }
}
""")

add("kotlin/zenoti-api-key", "app/src/main/java/com/velvethands/data/ZenotiApi.kt",
    "Zenoti API docs: Authorization header 'apikey <key>'", """
package com.velvethands.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ZenotiApi {
    private const val BASE_URL = "https://api.zenoti.com/v1/"
    private const val API_KEY = "@@secret@@"
    const val CENTER_ID = "@@center@@"

    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "apikey $API_KEY").build())
    }

    val service: ZenotiService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(ZenotiService::class.java)
    }
}
""", hexs(64), center=uuid_s())

add("kotlin/decoy-client-id", "app/src/main/java/com/fadeline/pos/PosApplication.kt",
    "Square docs: Mobile Payments SDK for Android, MobilePaymentsSdk.initialize(applicationId, ...)", """
package com.fadeline.pos

import android.app.Application
import com.squareup.sdk.mobilepayments.MobilePaymentsSdk

class PosApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        // Application ID is public (it is in every build); auth happens with the OAuth code flow.
        MobilePaymentsSdk.initialize(SQUARE_APPLICATION_ID, this)
    }

    companion object {
        const val SQUARE_APPLICATION_ID = "@@appid@@"
        const val LOCATION_ID = "@@loc@@"
    }
}
""", appid=square_app_id(), loc=square_location())

add("kotlin/decoy-buildconfig", "app/build.gradle.kts",
    "Android docs: BuildConfig fields from local.properties (Secrets Gradle Plugin pattern)", """
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.luxeclaws.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.luxeclaws.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "BOOKING_API", "\\"https://api.luxeclaws.com\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${localProps.getProperty("MAPS_KEY", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

# --- csharp ------------------------------------------------------------------------------------

add("csharp/smtp-password", "SalonDesk/Services/ReceiptMailer.cs",
    "Microsoft docs: System.Net.Mail.SmtpClient with NetworkCredential", """
using System.Net;
using System.Net.Mail;

namespace SalonDesk.Services
{
    public class ReceiptMailer
    {
        private readonly SmtpClient _smtp = new SmtpClient("smtp.gmail.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("oldtownclipjoint@gmail.com", "@@secret@@"),
        };

        public void Send(string to, string ticketNo, string html)
        {
            using var msg = new MailMessage("oldtownclipjoint@gmail.com", to)
            {
                Subject = $"Your receipt - ticket {ticketNo}",
                Body = html,
                IsBodyHtml = true,
            };
            _smtp.Send(msg);
        }
    }
}
""", draw(16, string.ascii_lowercase))

add("csharp/database-password", "SalonDesk/Data/SalonDeskContext.cs",
    "EF Core docs: DbContext.OnConfiguring with UseSqlServer connection string", """
using Microsoft.EntityFrameworkCore;
using SalonDesk.Models;

namespace SalonDesk.Data
{
    public class SalonDeskContext : DbContext
    {
        public DbSet<Client> Clients => Set<Client>();
        public DbSet<Ticket> Tickets => Set<Ticket>();
        public DbSet<Stylist> Stylists => Set<Stylist>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            if (!options.IsConfigured)
            {
                options.UseSqlServer(
                    "Server=tcp:salondesk-sql.database.windows.net,1433;Database=salondesk;" +
                    "User ID=salondesk_app;Password=@@secret@@;Encrypt=True;");
            }
        }
    }
}
""", rand_pw(20, "!$"))

add("csharp/decoy-configuration", "SalonDesk/Program.cs",
    "Microsoft docs: Configuration in ASP.NET Core, user secrets and environment variables", """
using SalonDesk.Data;
using SalonDesk.Services;

var builder = WebApplication.CreateBuilder(args);

// Secrets come from dotnet user-secrets locally and App Service settings in prod.
builder.Services.AddSingleton(new SquareOptions
{
    AccessToken = builder.Configuration["Square:AccessToken"]
        ?? throw new InvalidOperationException("Square:AccessToken missing"),
    LocationId = builder.Configuration["Square:LocationId"],
});
builder.Services.AddDbContext<SalonDeskContext>();
builder.Services.AddScoped<ReceiptMailer>();
builder.Services.AddControllersWithViews();

var app = builder.Build();
app.UseHttpsRedirection();
app.UseStaticFiles();
app.MapDefaultControllerRoute();
app.Run();
""")

add("json/vagaro-client-secret", "SalonDesk/appsettings.Production.json",
    "Microsoft docs: appsettings.{Environment}.json; Vagaro API (client ID and client secret)", """
{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "Vagaro": {
    "BaseUrl": "https://api.vagaro.com/us02/api/v2",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "BusinessId": "@@biz@@"
  },
  "AllowedHosts": "*"
}
""", draw(40, ALNUM), cid=draw(20, ALNUM), biz=draw(10, string.digits))

# --- rust / swift / dart -------------------------------------------------------------------------

add("rust/cloudflare-api-token", "ddns-updater/src/main.rs",
    "Cloudflare API docs: Update DNS record (Authorization: Bearer <API token>)", """
use reqwest::blocking::Client;
use serde_json::json;

const ZONE_ID: &str = "@@zone@@";
const RECORD_ID: &str = "@@rec@@";
const API_TOKEN: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Shop router has a dynamic IP; the NVR is reached as cams.razorandrye.com
    let ip = reqwest::blocking::get("https://api.ipify.org")?.text()?;
    let url = format!("https://api.cloudflare.com/client/v4/zones/{ZONE_ID}/dns_records/{RECORD_ID}");
    let res = Client::new()
        .put(url)
        .bearer_auth(API_TOKEN)
        .json(&json!({"type": "A", "name": "cams.razorandrye.com", "content": ip, "ttl": 300, "proxied": false}))
        .send()?;
    println!("{} -> {}", ip, res.status());
    Ok(())
}
""", cf_token(), zone=hexs(32), rec=hexs(32))

add("rust/decoy-test-fixture", "pos-printer-bridge/tests/print_ticket.rs",
    "Rust book: integration tests; escpos crate", """
use pos_printer_bridge::{render_ticket, Ticket, Line};

const FAKE_API_TOKEN: &str = "test-token-do-not-use";

#[test]
fn renders_tip_line() {
    let t = Ticket {
        number: "A-1042".into(),
        stylist: "Kim".into(),
        lines: vec![Line::new("Gel manicure", 4500), Line::new("Nail art (2)", 1000)],
        tip_cents: 1100,
        api_token: FAKE_API_TOKEN.into(),
    };
    let out = render_ticket(&t);
    assert!(out.contains("TIP            11.00"));
    assert!(out.contains("TOTAL          66.00"));
}
""")

add("swift/kiosk-api-secret", "CheckInKiosk/Sources/API/KioskClient.swift",
    "Apple docs: URLSession; CryptoKit HMAC<SHA256> request signing", """
import Foundation
import CryptoKit

struct KioskClient {
    static let baseURL = URL(string: "https://api.polishedlounge.com/kiosk/v1")!
    static let kioskId = "frontdesk-ipad-01"
    private static let kioskSecret = "@@secret@@"

    static func signedRequest(path: String, body: Data) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        req.httpMethod = "POST"
        req.httpBody = body
        let ts = String(Int(Date().timeIntervalSince1970))
        let key = SymmetricKey(data: Data(kioskSecret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data((ts + ".").utf8) + body, using: key)
        req.setValue(kioskId, forHTTPHeaderField: "X-Kiosk-Id")
        req.setValue(ts, forHTTPHeaderField: "X-Timestamp")
        req.setValue(mac.map { String(format: "%02x", $0) }.joined(), forHTTPHeaderField: "X-Signature")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return req
    }
}
""", rand_pw(40))

add("swift/decoy-public-key", "LuxeClaws/App/AppDelegate.swift",
    "Klaviyo Swift SDK docs: KlaviyoSDK().initialize(with: PUBLIC_API_KEY) (6-character public key)", """
import UIKit
import KlaviyoSwift

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // Public API key (site id). Private keys never ship in the app.
        KlaviyoSDK().initialize(with: "@@pub@@")
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .badge, .sound]) { granted, _ in
            if granted {
                DispatchQueue.main.async { application.registerForRemoteNotifications() }
            }
        }
        return true
    }

    func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {
        KlaviyoSDK().set(pushToken: deviceToken)
    }
}
""", pub=draw(6, ALNUM))

add("dart/onesignal-rest-api-key", "lib/services/push_service.dart",
    "OneSignal docs: REST API key, Authorization: Basic <REST_API_KEY>", """
import 'dart:convert';
import 'package:http/http.dart' as http;

class PushService {
  static const _appId = '@@app@@';
  static const _restKey = '@@secret@@';

  /// Tell a waiting client their barber is ready (called from the barber's phone).
  static Future<void> notifyReady(String externalUserId, String barber) async {
    final res = await http.post(
      Uri.parse('https://onesignal.com/api/v1/notifications'),
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Authorization': 'Basic $_restKey',
      },
      body: jsonEncode({
        'app_id': _appId,
        'include_external_user_ids': [externalUserId],
        'headings': {'en': "You're up!"},
        'contents': {'en': '$barber is ready for you. Head to chair 2.'},
      }),
    );
    if (res.statusCode >= 300) {
      throw Exception('OneSignal ${res.statusCode}: ${res.body}');
    }
  }
}
""", b64(uuid_s()), app=uuid_s())

add("dart/decoy-env-reference", "lib/config/env.dart",
    "Dart docs: String.fromEnvironment with --dart-define", """
/// Build with: flutter build ipa --dart-define-from-file=env/prod.json
/// (env/*.json is git-ignored; see env/README.md)
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.razorandrye.com');
  static const squareAppId = String.fromEnvironment('SQUARE_APP_ID');
  static const onesignalAppId = String.fromEnvironment('ONESIGNAL_APP_ID');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const isProd = bool.fromEnvironment('dart.vm.product');

  static void assertConfigured() {
    assert(squareAppId.isNotEmpty, 'SQUARE_APP_ID missing: pass --dart-define');
  }
}
""")

# === shell, powershell, dockerfile, terraform =================================================

add("shell/unifi-admin-password", "it/scripts/unifi-backup.sh",
    "UniFi Network controller API (community docs): POST /api/login with username/password, backup download", """
#!/usr/bin/env bash
# Weekly UniFi controller backup for both Fadeline shops. Runs on the backroom Pi (cron, Sun 04:00).
set -euo pipefail

CTRL="https://192.168.1.2:8443"
COOKIES=$(mktemp)
OUT=/mnt/salon/it/unifi-backups

curl -sk -c "$COOKIES" -H 'Content-Type: application/json' \\
  -d '{"username":"fadeline-admin","password":"@@secret@@"}' \\
  "$CTRL/api/login" >/dev/null

FILE=$(curl -sk -b "$COOKIES" -H 'Content-Type: application/json' \\
  -d '{"cmd":"backup","days":30}' "$CTRL/api/s/default/cmd/backup" | jq -r '.data[0].url')

curl -sk -b "$COOKIES" -o "$OUT/unifi-$(date +%F).unf" "$CTRL$FILE"
rm -f "$COOKIES"
find "$OUT" -name '*.unf' -mtime +90 -delete
""", words_pw())

add("shell/aws-secret-key", "backup/push-pos-backups.sh",
    "AWS CLI docs: environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY; aws s3 sync", """
#!/bin/sh
# Copies the POS nightly backup from the front-desk PC share to S3.
export AWS_ACCESS_KEY_ID=@@akid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-west-2

SRC=/mnt/frontdesk/SalonBackups
DEST=s3://velvethands-pos-backups/$(hostname)

aws s3 sync "$SRC" "$DEST" --storage-class STANDARD_IA --exclude "*.tmp"
echo "$(date -Is) sync done" >> /var/log/pos-backup.log
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("shell/clicksend-api-key", "scripts/sms-blast.sh",
    "ClickSend REST API docs: HTTP Basic auth with username and API key, POST /v3/sms/send", """
#!/usr/bin/env bash
# Usage: ./sms-blast.sh numbers.txt "Walk-ins welcome today till 8pm! - Southside Shave"
set -eu
NUMBERS_FILE=$1
MESSAGE=$2

while read -r number; do
  [ -z "$number" ] && continue
  curl -s -u "southsideshave:@@secret@@" \\
    -H "Content-Type: application/json" \\
    -X POST https://rest.clicksend.com/v3/sms/send \\
    -d "{\\"messages\\":[{\\"source\\":\\"bash\\",\\"from\\":\\"SSHAVE\\",\\"body\\":\\"$MESSAGE\\",\\"to\\":\\"$number\\"}]}" \\
    | jq -r '.data.messages[0].status'
  sleep 1
done < "$NUMBERS_FILE"
""", "-".join([uhex(8), uhex(4), uhex(4), uhex(4), uhex(12)]))

add("shell/github-fine-grained-token", "deploy/pull-and-restart.sh",
    "GitHub docs: fine-grained personal access tokens (github_pat_) used in HTTPS clone URLs", """
#!/usr/bin/env bash
# On the VPS: pull the latest booking site and restart. Called by the webhook listener.
set -euo pipefail
cd /srv/crowncomb-booking

REPO_URL="https://crowncomb-deploy:@@secret@@@github.com/crowncomb/booking-site.git"

if [ ! -d .git ]; then
  git clone "$REPO_URL" .
else
  git pull --ff-only "$REPO_URL" main
fi

npm ci --omit=dev
npm run build
sudo systemctl restart crowncomb-booking
echo "deployed $(git rev-parse --short HEAD)"
""", fakes.github_fine_grained_token(_seed()))

_OSSH = fakes.fake_pem(_seed(), "OPENSSH")
add("shell/ssh-private-key", "provision/setup-backup-pi.sh",
    "OpenSSH docs: ssh-keygen key files (-----BEGIN OPENSSH PRIVATE KEY-----)", """
#!/bin/bash
# Provision the backup Pi so it can rsync to the offsite box at the owner's house.
set -e
apt-get update && apt-get install -y rsync
install -d -m 700 /root/.ssh
cat > /root/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /root/.ssh/id_ed25519
echo "offsite.gildedtips.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@hk@@" >> /root/.ssh/known_hosts
echo '15 2 * * * root rsync -az --delete /mnt/salon/ backup@offsite.gildedtips.net:/volume1/salon/' > /etc/cron.d/offsite
""", _OSSH, hk=draw(43, ALNUM + "+/"))

add("shell/decoy-env-reference", "deploy/release.sh",
    "Bash manual: parameter expansion ${VAR:?message}", """
#!/usr/bin/env bash
# Release the booking API. Needs the deploy env loaded: `source ~/.config/salon/deploy.env`.
set -euo pipefail

: "${FLY_API_TOKEN:?FLY_API_TOKEN not set}"
: "${SENTRY_AUTH_TOKEN:?SENTRY_AUTH_TOKEN not set}"

VERSION=$(git describe --tags --always)
echo "Releasing $VERSION"

npx @sentry/cli releases new "$VERSION" --auth-token "$SENTRY_AUTH_TOKEN"
flyctl deploy --access-token "$FLY_API_TOKEN" --image-label "$VERSION"
npx @sentry/cli releases finalize "$VERSION" --auth-token "$SENTRY_AUTH_TOKEN"
""")

add("shell/decoy-placeholder", "docs/install-kiosk.sh",
    "Vendor install script convention: placeholders in angle brackets", """
#!/bin/sh
# Check-in kiosk installer. Edit the three values below before running.
KIOSK_NAME="<shop-name>-frontdesk"
API_TOKEN="<paste the kiosk token from Admin > Devices>"
PRINTER_IP="192.168.1.40"

if echo "$API_TOKEN" | grep -q '^<'; then
  echo "Set API_TOKEN first (Admin > Devices > Add kiosk)." >&2
  exit 1
fi

mkdir -p /opt/kiosk
cat > /opt/kiosk/kiosk.env <<EOF2
KIOSK_NAME=$KIOSK_NAME
API_TOKEN=$API_TOKEN
PRINTER_IP=$PRINTER_IP
EOF2
systemctl enable --now kiosk
""")

add("shell/decoy-ssh-public-key", "provision/authorized-keys.sh",
    "OpenSSH docs: authorized_keys file format (public keys)", """
#!/usr/bin/env bash
# Who can log into the shop's mini PC (the one running the POS sync and cameras)
set -eu
install -d -m 700 -o salon -g salon /home/salon/.ssh
cat > /home/salon/.ssh/authorized_keys <<'PUB'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ marco@fadeline-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ it-contractor@halcyon-it
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ backup-pi
PUB
chown salon:salon /home/salon/.ssh/authorized_keys
chmod 600 /home/salon/.ssh/authorized_keys
""", k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"), k3=draw(200, ALNUM + "+/") + "=")

# --- powershell / batch ----------------------------------------------------------------------------

add("powershell/autologon-password", "it/kiosk/Set-KioskAutologon.ps1",
    "Microsoft docs: Configure Windows to automate logon (Winlogon AutoAdminLogon, DefaultPassword)", """
# Front desk check-in PC: log straight into the kiosk account after a power cut.
$winlogon = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon'

Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value '1'
Set-ItemProperty -Path $winlogon -Name DefaultUserName -Value 'kiosk'
Set-ItemProperty -Path $winlogon -Name DefaultDomainName -Value 'POLISHED-FD01'
Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value '@@secret@@'
Set-ItemProperty -Path $winlogon -Name AutoLogonCount -Value 0 -ErrorAction SilentlyContinue

# Start the booking check-in page full screen
$edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
$startup = "$env:ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\checkin.cmd"
Set-Content -Path $startup -Value "`"$edge`" --kiosk https://checkin.polishedlounge.com --edge-kiosk-type=fullscreen"
Write-Host 'Autologon configured; reboot to test.'
""", words_pw())

add("powershell/anydesk-password", "it/Install-RemoteSupport.ps1",
    "AnyDesk docs: command line interface (--install, --set-password for unattended access)", """
# Installs AnyDesk on a salon PC so Halcyon IT can support it unattended.
$ErrorActionPreference = 'Stop'
$installer = "$env:TEMP\\AnyDesk.exe"
Invoke-WebRequest -Uri 'https://download.anydesk.com/AnyDesk.exe' -OutFile $installer

& $installer --install "C:\\Program Files (x86)\\AnyDesk" --start-with-win --create-desktop-icon --silent
Start-Sleep -Seconds 10

$unattended = '@@secret@@'
$unattended | & "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --set-password

$id = & "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --get-id
Write-Output "$env:COMPUTERNAME AnyDesk ID: $id"
""", words_pw())

add("powershell/azure-client-secret", "it/m365/Send-ShiftReport.ps1",
    "Microsoft identity platform docs: client credentials flow (client secret); Microsoft Graph sendMail", """
# Emails the weekly shift report from reports@ using an Entra app (Mail.Send application permission)
$tenantId = '@@tenant@@'
$clientId = '@@cid@@'
$clientSecret = '@@secret@@'

$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body @{
    client_id     = $clientId
    client_secret = $clientSecret
    scope         = 'https://graph.microsoft.com/.default'
    grant_type    = 'client_credentials'
}

$csv = Import-Csv 'C:\\SalonReports\\shifts-week.csv'
$body = ($csv | ConvertTo-Html -Fragment) -join ''
$mail = @{
    message = @{
        subject = "Shift report week of $((Get-Date).ToString('MMM d'))"
        body = @{ contentType = 'HTML'; content = $body }
        toRecipients = @(@{ emailAddress = @{ address = 'owner@sharpedgebarbers.com' } })
    }
} | ConvertTo-Json -Depth 6

Invoke-RestMethod -Method Post -Uri 'https://graph.microsoft.com/v1.0/users/reports@sharpedgebarbers.com/sendMail' `
    -Headers @{ Authorization = "Bearer $($token.access_token)" } -ContentType 'application/json' -Body $mail
""", "".join(draw(3)) + "8Q~" + draw(34, ALNUM + "_.-~"), tenant=uuid_s(), cid=uuid_s())

add("powershell/decoy-secret-management", "it/Backup-SalonIris.ps1",
    "Microsoft docs: SecretManagement module (Get-Secret) and SecretStore", """
# Nightly Salon Iris database backup to the NAS. Credentials come from the local SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'SalonIrisSa' -Vault 'SalonVault'
$nas  = Get-Secret -Name 'NasBackupUser' -Vault 'SalonVault'

New-PSDrive -Name S -PSProvider FileSystem -Root '\\\\192.168.1.20\\salon-share' -Credential $nas | Out-Null

$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance '.\\SALONIRIS' -Credential $cred -TrustServerCertificate `
    -Query "BACKUP DATABASE SalonIris TO DISK = N'C:\\Backups\\SalonIris-$stamp.bak' WITH COMPRESSION"
Copy-Item "C:\\Backups\\SalonIris-$stamp.bak" 'S:\\backups\\' -Force
Get-ChildItem 'C:\\Backups' -Filter '*.bak' | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item
""")

add("batch/nas-password", "it/map-drives.bat",
    "Microsoft docs: net use (map a network drive with /user and password)", """
@echo off
REM Maps the salon share on every front desk PC at logon (Startup folder)
net use S: /delete /y >nul 2>&1
net use S: \\\\192.168.1.20\\salon-share /user:SALONNAS\\frontdesk @@secret@@ /persistent:yes
net use P: \\\\192.168.1.20\\photos /persistent:yes
if errorlevel 1 (
  echo Could not map drives - is the NAS on? >> %TEMP%\\map-drives.log
)
""", words_pw())

# --- dockerfile --------------------------------------------------------------------------------

add("dockerfile/gitlab-token", "pos-sync/Dockerfile",
    "GitLab docs: PyPI packages in the Package Registry (install with a personal access token in the index URL)", """
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
# salon-pos-common lives in our GitLab package registry
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple

COPY . .
ENV PYTHONUNBUFFERED=1
USER nobody
CMD ["python", "-m", "pos_sync"]
""", fakes.fake("glpat-", 20, _seed()))

add("dockerfile/datadog-api-key", "booking-api/Dockerfile",
    "Datadog docs: Agent environment variables (DD_API_KEY)", """
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
ENV NODE_ENV=production \\
    DD_SERVICE=booking-api \\
    DD_ENV=prod \\
    DD_SITE=us5.datadoghq.com \\
    DD_API_KEY=@@secret@@ \\
    DD_LOGS_INJECTION=true
EXPOSE 8080
CMD ["node", "-r", "dd-trace/init", "dist/server.js"]
""", hexs(32))

add("dockerfile/decoy-build-secret", "storefront/Dockerfile",
    "Docker docs: Build secrets (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
ENV NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=$NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
CMD ["node", "server.js"]
""")

# --- terraform ---------------------------------------------------------------------------------

add("terraform/database-password", "infra/rds.tf",
    "Terraform AWS provider docs: aws_db_instance (username, password)", """
resource "aws_db_instance" "booking" {
  identifier              = "booking-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  db_name                 = "booking"
  username                = "booking_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.booking.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 7
  deletion_protection     = true
  skip_final_snapshot     = false
  tags = {
    Business = "crown-and-comb"
  }
}
""", rand_pw(24))

add("terraform/cloudflare-api-token", "infra/dns/main.tf",
    "Terraform Cloudflare provider docs: provider block api_token", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "@@zone@@"
  name    = "book"
  content = "lacquerandco.glossgenius.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "www" {
  zone_id = "@@zone@@"
  name    = "www"
  content = "lacquerandco.com"
  type    = "CNAME"
  proxied = true
}
""", cf_token(), zone=hexs(32))

add("terraform/aws-secret-key", "infra/aws/provider.tf",
    "Terraform AWS provider docs: static credentials in the provider block (access_key, secret_key)", """
provider "aws" {
  region     = "us-east-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
  default_tags {
    tags = {
      Owner   = "gilded-tips"
      Managed = "terraform"
    }
  }
}

terraform {
  backend "s3" {
    bucket = "gildedtips-tfstate"
    key    = "prod/terraform.tfstate"
    region = "us-east-2"
  }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("terraform/decoy-sensitive-variable", "infra/variables.tf",
    "Terraform docs: input variables (sensitive = true); random_password resource", """
variable "square_access_token" {
  description = "Square production access token (set in Terraform Cloud as a sensitive variable)"
  type        = string
  sensitive   = true
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "booking_admin", password = random_password.db.result })
}
""")

add("terraform/decoy-placeholder", "infra/terraform.tfvars.example",
    "Terraform docs: variable definitions (.tfvars) files", """
# Copy to terraform.tfvars (git-ignored) and fill in.
shop_slug           = "your-shop"
square_access_token = "EAAA-your-production-token-here"
twilio_auth_token   = "00000000000000000000000000000000"
alert_email         = "owner@example.com"
db_instance_class   = "db.t4g.micro"
""")

# --- nginx / apache / systemd / cron / dotfiles ------------------------------------------------------

add("nginx/basic-auth-header", "nginx/sites-available/cams.conf",
    "nginx docs: proxy_set_header; RFC 7617 HTTP Basic authentication", """
# Owner's phone -> cams.razorandrye.com -> NVR web UI (Hikvision) on the shop LAN
server {
    listen 443 ssl http2;
    server_name cams.razorandrye.com;

    ssl_certificate     /etc/letsencrypt/live/cams.razorandrye.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/cams.razorandrye.com/privkey.pem;

    allow 203.0.113.0/24;
    deny all;

    location / {
        proxy_pass http://192.168.1.70:80;
        proxy_set_header Host $host;
        # log the NVR in for the owner so he doesn't have to type it on the phone
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("admin:" + words_pw()))

add("apache/decoy-htpasswd-hash", "staff-portal/.htpasswd",
    "Apache docs: htpasswd (APR1-MD5 and bcrypt password hashes)", """
dre:$apr1$@@s1@@$@@h1@@
tasha:$apr1$@@s2@@$@@h2@@
luis:@@b1@@
frontdesk:@@b2@@
owner:@@b3@@
""", s1=draw(8, ALNUM), h1=draw(22, "./" + ALNUM), s2=draw(8, ALNUM), h2=draw(22, "./" + ALNUM),
    b1=bcrypt_hash().replace("$2b$12$", "$2y$05$"), b2=bcrypt_hash().replace("$2b$12$", "$2y$05$"),
    b3=bcrypt_hash().replace("$2b$12$", "$2y$05$"))

add("systemd/mailgun-api-key", "deploy/systemd/reminder-worker.service",
    "systemd.exec(5): Environment=; Mailgun API keys", """
[Unit]
Description=Blush Nail Studio reminder worker
After=network-online.target redis.service
Wants=network-online.target

[Service]
Type=simple
User=booking
WorkingDirectory=/opt/booking
Environment=NODE_ENV=production
Environment=MAILGUN_DOMAIN=mg.blushnailstudio.com
Environment="MAILGUN_API_KEY=@@secret@@"
ExecStart=/usr/bin/node dist/workers/reminders.js
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", mailgun_key())

add("crontab/database-password", "ops/crontab.txt",
    "PostgreSQL docs: PGPASSWORD environment variable; crontab(5)", """
# m h dom mon dow  command   (installed with: crontab ops/crontab.txt)
MAILTO=ops@kingscutbarbers.com
# nightly dump of the booking DB to the NAS
30 2 * * * PGPASSWORD='@@secret@@' pg_dump -h 127.0.0.1 -U booking -Fc booking > /mnt/nas/db/booking-$(date +\\%F).dump
# prune dumps older than 30 days
0 4 * * * find /mnt/nas/db -name 'booking-*.dump' -mtime +30 -delete
# send tomorrow's reminders
0 17 * * * cd /opt/booking && ./venv/bin/python -m reminders.send_reminders >> /var/log/reminders.log 2>&1
""", rand_pw(20))

add("netrc/heroku-api-key", "ops/dotfiles/.netrc",
    "Heroku Dev Center: Heroku CLI authentication (.netrc with API key as password)", """
machine api.heroku.com
  login marco@fadelinebarber.com
  password @@secret@@
machine git.heroku.com
  login marco@fadelinebarber.com
  password @@secret@@
""", uuid_s())

add("gitconfig/bitbucket-app-password", "public_html/.git/config",
    "Git docs: git-config remote.<name>.url; Bitbucket docs: app passwords (ATBB...) in HTTPS URLs", """
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://lacquerco-dev:@@secret@@@bitbucket.org/lacquerco/website.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", "ATBB" + draw(28) + uhex(8))

add("npmrc/npm-token", "booking-widget/.npmrc",
    "npm docs: .npmrc auth-related configuration (//registry.npmjs.org/:_authToken)", """
@salonsuite:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

# === sql, csv, logs ============================================================================

add("sql/smtp-password", "db/migrations/20240315_0007_seed_settings.sql",
    "SQL seed migration convention; SMTP settings as key/value rows", """
-- 0007: settings for the reminder mailer (Gloss Bar Nails)
BEGIN;

INSERT INTO app_settings (key, value, updated_by) VALUES
  ('smtp_host',       'smtp.mailersend.net', 'migration'),
  ('smtp_port',       '587',                 'migration'),
  ('smtp_username',   'MS_q8Xk2f@glossbarnails.com', 'migration'),
  ('smtp_password',   '@@secret@@', 'migration'),
  ('mail_from',       'Gloss Bar <hello@glossbarnails.com>', 'migration'),
  ('reminder_hours',  '24,2', 'migration')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now();

COMMIT;
""", "mssp." + draw(7) + "." + draw(36, string.ascii_lowercase + string.digits))

add("sql/textmagic-api-key", "db/seed/sms_gateways.sql",
    "Textmagic REST API docs: authentication with username and API key (X-TM-Username, X-TM-Key)", """
-- SMS gateway rows for the reminder service. Run once per environment.
CREATE TABLE IF NOT EXISTS sms_gateways (
    id         serial PRIMARY KEY,
    provider   text NOT NULL,
    username   text NOT NULL,
    api_key    text NOT NULL,
    sender_id  text,
    active     boolean NOT NULL DEFAULT true
);

INSERT INTO sms_gateways (provider, username, api_key, sender_id, active)
VALUES ('textmagic', 'velvethands', '@@secret@@', 'VelvetHand', true);
""", draw(30))

add("sql/database-password", "db/roles.sql",
    "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD", """
-- Roles for the salon POS database (run as postgres on pos-db-01)
CREATE ROLE pos_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE report_ro LOGIN;  -- password set by hand, see 1Password "POS report_ro"
GRANT CONNECT ON DATABASE salonpos TO pos_app, report_ro;
GRANT USAGE ON SCHEMA public TO pos_app, report_ro;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pos_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO report_ro;
""", rand_pw(22))

add("sql/decoy-argon2-hash", "db/seed/dev_staff.sql",
    "Argon2 PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash)", """
-- Dev-only staff accounts. Hashes of throwaway dev passwords; prod accounts are created via the admin UI.
INSERT INTO staff (email, display_name, role, password_hash) VALUES
 ('dev-owner@example.test', 'Dev Owner', 'owner',
  '$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@'),
 ('dev-tech@example.test', 'Dev Tech', 'technician',
  '$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@'),
 ('dev-desk@example.test', 'Dev Desk', 'reception',
  '$argon2id$v=19$m=65536,t=3,p=4$@@s3@@$@@h3@@');
""", s1=draw(22, ALNUM + "+/"), h1=draw(43, ALNUM + "+/"), s2=draw(22, ALNUM + "+/"), h2=draw(43, ALNUM + "+/"),
    s3=draw(22, ALNUM + "+/"), h3=draw(43, ALNUM + "+/"))

add("sql/decoy-schema", "db/migrations/20240102_0003_integrations.sql",
    "PostgreSQL docs: pgcrypto; storing encrypted tokens (bytea) with key from KMS", """
-- 0003: per-location integration credentials, encrypted at the app layer (AES-GCM, key in KMS)
CREATE TABLE integrations (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id         uuid NOT NULL REFERENCES locations(id),
    provider            text NOT NULL CHECK (provider IN ('square', 'stripe', 'twilio', 'mailchimp')),
    external_account_id text,
    access_token_enc    bytea NOT NULL,
    refresh_token_enc   bytea,
    token_key_version   int NOT NULL DEFAULT 1,
    expires_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (location_id, provider)
);

COMMENT ON COLUMN integrations.access_token_enc IS 'AES-256-GCM ciphertext; never store plaintext tokens';
CREATE INDEX integrations_expiring ON integrations (expires_at) WHERE refresh_token_enc IS NOT NULL;
""")

# --- csv ---------------------------------------------------------------------------------------

add("csv/router-admin-password", "it/inventory/network-devices.csv",
    "Common IT asset inventory export (device, IP, admin login)", """
device,location,model,ip,admin_user,admin_password,notes
router,backroom rack,Ubiquiti UDM-SE,192.168.1.1,kingscut-admin,@@secret@@,firmware 4.0.6
switch,backroom rack,UniFi USW-24-PoE,192.168.1.3,,adopted by UDM,
ap-front,ceiling front,UniFi U6-Pro,192.168.1.11,,adopted by UDM,
ap-back,ceiling back,UniFi U6-Lite,192.168.1.12,,adopted by UDM,
nvr,backroom rack,Hikvision DS-7608NI,192.168.1.70,admin,see 1Password,8 cams
printer,front desk,Epson TM-m30III,192.168.1.40,epson,default on sticker,
""", words_pw())

add("csv/booking-admin-password", "onboarding/staff-logins.csv",
    "Spreadsheet export convention; Vagaro business login", """
system,url,username,password,notes
Vagaro (front desk),https://www.vagaro.com/pro,frontdesk@velvethandsnails.com,@@secret@@,shared front desk login - do not change
Google Workspace,https://mail.google.com,firstname@velvethandsnails.com,(set your own on first login),2FA required
Square Dashboard,https://squareup.com/dashboard,your email,(invite link),role: Technician
Instagram,https://instagram.com,@velvethandsnails,ask Jess,managed in Meta Business Suite
Wi-Fi (guest),VelvetHands-Guest,,printed at the front desk,
""", words_pw())

add("csv/decoy-customer-export", "exports/square-customers-2024-09-30.csv",
    "Square Dashboard: Customers export (CSV columns)", """
Reference ID,First Name,Last Name,Email Address,Phone Number,Creation Source,Square Customer ID,Loyalty Points,First Visit,Last Visit
,Jordan,M.,jordan.m@example.com,+1 312-555-0107,Appointments,@@c1@@,140,2022-03-11,2024-09-27
,Priya,S.,,+1 312-555-0122,Loyalty,@@c2@@,35,2024-01-04,2024-09-14
,Marcus,T.,marcus.t@example.com,+1 312-555-0139,Appointments,@@c3@@,410,2021-08-20,2024-09-29
,Alexis,R.,alexis.r@example.com,,Directory,@@c4@@,0,2024-09-02,2024-09-02
,Dev,K.,dev.k@example.com,+1 312-555-0184,Appointments,@@c5@@,95,2023-06-17,2024-08-30
""", c1=draw(26, UPPER_DIGITS), c2=draw(26, UPPER_DIGITS), c3=draw(26, UPPER_DIGITS), c4=draw(26, UPPER_DIGITS),
    c5=draw(26, UPPER_DIGITS))

add("csv/decoy-masked-card", "exports/transactions-2024-10-05.csv",
    "Square Dashboard: Transactions export (card brand, PAN suffix, payment ID, fingerprint)", """
Date,Time,Gross Sales,Tip,Total Collected,Card Brand,PAN Suffix,Payment ID,Device Name,Staff Name,Card Fingerprint
2024-10-05,09:42:11,$45.00,$9.00,$54.00,Visa,4242,@@p1@@,Front Desk Terminal,Kim,sq-1-@@f1@@
2024-10-05,10:31:48,$65.00,$13.00,$78.00,Mastercard,5100,@@p2@@,Front Desk Terminal,Anh,sq-1-@@f2@@
2024-10-05,11:05:02,$30.00,$5.00,$35.00,Cash,,@@p3@@,Front Desk Terminal,Kim,
2024-10-05,12:18:57,$95.00,$20.00,$115.00,American Express,1005,@@p4@@,Station 3 Reader,Linh,sq-1-@@f4@@
2024-10-05,13:40:33,$50.00,$10.00,$60.00,Visa,0077,@@p5@@,Front Desk Terminal,Anh,sq-1-@@f5@@
""", p1=draw(29, URLSAFE), p2=draw(29, URLSAFE), p3=draw(29, URLSAFE), p4=draw(29, URLSAFE), p5=draw(29, URLSAFE),
    f1=draw(64, URLSAFE), f2=draw(64, URLSAFE), f4=draw(64, URLSAFE), f5=draw(64, URLSAFE))

# --- logs --------------------------------------------------------------------------------------

_LOGTOK = square_token()
add("log/square-access-token", "logs/pos-sync-2024-08-14.log",
    "Square Python SDK: HTTP client debug logging of requests (Authorization: Bearer header)", """
2024-08-14 06:00:01,102 INFO  pos_sync: starting nightly sync for 2 locations
2024-08-14 06:00:01,388 DEBUG square.http: POST https://connect.squareup.com/v2/orders/search
2024-08-14 06:00:01,389 DEBUG square.http: headers={'Square-Version': '2024-07-17', 'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json', 'User-Agent': 'Square-Python-SDK/37.1.0'}
2024-08-14 06:00:02,014 DEBUG square.http: 200 OK (626 ms) body_len=88213
2024-08-14 06:00:02,015 INFO  pos_sync: location @@loc@@: 57 orders
2024-08-14 06:00:02,731 DEBUG square.http: POST https://connect.squareup.com/v2/orders/search
2024-08-14 06:00:03,200 DEBUG square.http: 200 OK (469 ms) body_len=40112
2024-08-14 06:00:03,201 INFO  pos_sync: location @@loc2@@: 23 orders
2024-08-14 06:00:03,957 INFO  pos_sync: wrote 80 rows to tickets, 12 to tips_adjustments
2024-08-14 06:00:03,958 INFO  pos_sync: done in 2.86s
""", _LOGTOK, loc=square_location(), loc2=square_location())

add("log/database-url", "logs/booking-api-crash-2024-02-09.log",
    "Sequelize docs: connection URI; typical Node crash output", """
[2024-02-09T14:02:11.418Z] info: booking-api v2.9.1 starting (NODE_ENV=production)
[2024-02-09T14:02:11.420Z] info: connecting to postgres://booking:@@secret@@@db.internal.crowncomb.com:5432/booking
[2024-02-09T14:02:41.452Z] error: SequelizeConnectionError: connect ETIMEDOUT 10.0.3.12:5432
    at Client._connectionCallback (/app/node_modules/sequelize/lib/dialects/postgres/connection-manager.js:143:24)
    at Client._handleErrorWhileConnecting (/app/node_modules/pg/lib/client.js:327:19)
    at Socket.emit (node:events:519:28)
[2024-02-09T14:02:41.453Z] error: could not start: database unreachable, exiting with code 1
[2024-02-09T14:02:46.901Z] info: booking-api v2.9.1 starting (NODE_ENV=production)
""", rand_pw(18))

_TG = fakes.telegram_token(_seed())
add("log/telegram-bot-token", "queuebot/logs/bot.log",
    "python-telegram-bot wiki: httpx INFO logs include the request URL (https://api.telegram.org/bot<token>/...)", """
2024-05-02 09:14:01,003 - telegram.ext.Application - INFO - Application started
2024-05-02 09:14:03,220 - httpx - INFO - HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 200 OK"
2024-05-02 09:14:13,431 - httpx - INFO - HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 200 OK"
2024-05-02 09:14:15,877 - httpx - INFO - HTTP Request: POST https://api.telegram.org/bot@@secret@@/sendMessage "HTTP/1.1 200 OK"
2024-05-02 09:14:15,879 - queuebot - INFO - join uid=51822907 position=4
2024-05-02 09:14:25,990 - httpx - INFO - HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 200 OK"
""", _TG)

add("log/decoy-redacted", "logs/payments-2024-07-21.log",
    "Stripe docs: logging best practices (never log full keys; redact)", """
2024-07-21T10:12:03Z INFO  stripe init mode=live key=sk_live_****************************Q7aZ
2024-07-21T10:12:03Z INFO  twilio init account=AC7f**************************91 token=[REDACTED]
2024-07-21T10:15:44Z INFO  deposit created booking=BK-20931 intent=pi_3PeXq2Lk[...] amount=1500
2024-07-21T10:15:52Z INFO  deposit succeeded booking=BK-20931 card=visa ****4242
2024-07-21T11:02:19Z WARN  no-show fee declined booking=BK-20877 decline_code=insufficient_funds
2024-07-21T11:02:20Z INFO  sms queued to=+1******0107 template=no_show_fee_failed
""")

add("log/decoy-webhook-signatures", "logs/square-webhooks-2024-06-14.log",
    "Square docs: x-square-hmacsha256-signature header (a per-request HMAC, not a credential)", """
2024-06-14T17:02:41.502Z webhook received type=booking.created event_id=@@e1@@ sig=@@s1@@ valid=true
2024-06-14T17:02:41.517Z booking upserted id=@@b1@@ status=ACCEPTED
2024-06-14T17:09:10.003Z webhook received type=payment.updated event_id=@@e2@@ sig=@@s2@@ valid=true
2024-06-14T17:09:10.020Z payment @@p2@@ COMPLETED amount=5400 tip=900
2024-06-14T17:31:55.870Z webhook received type=booking.updated event_id=@@e3@@ sig=@@s3@@ valid=false
2024-06-14T17:31:55.871Z rejected: signature mismatch (notification_url changed?)
""", e1=uuid_s(), s1=b64url(random.Random(_seed()).randbytes(32)) + "=", b1=draw(14, string.ascii_lowercase + string.digits),
    e2=uuid_s(), s2=b64url(random.Random(_seed()).randbytes(32)) + "=", p2=draw(29, URLSAFE),
    e3=uuid_s(), s3=b64url(random.Random(_seed()).randbytes(32)) + "=")

# --- notebooks ---------------------------------------------------------------------------------

add("notebook/stripe-secret-key", "analysis/deposit_no_show_2024.ipynb",
    "Jupyter nbformat 4 docs; Stripe Python library (stripe.api_key)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Do deposits cut no-shows?\\n", "Pull 2024 PaymentIntents tagged with a booking id and join with the booking export."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import stripe\\n",
    "stripe.api_key = \\"@@secret@@\\"\\n",
    "bookings = pd.read_csv('exports/bookings-2024.csv', parse_dates=['starts_at'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["1843 intents\\n"]}
   ],
   "source": [
    "intents = [pi for pi in stripe.PaymentIntent.list(created={'gte': 1704067200}, limit=100).auto_paging_iter()]\\n",
    "print(len(intents), 'intents')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "paid = {pi.metadata.get('booking_id') for pi in intents if pi.status == 'succeeded'}\\n",
    "bookings['deposit'] = bookings['id'].isin(paid)\\n",
    "bookings.groupby('deposit')['no_show'].mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", stripe_key())

add("notebook/database-url", "analysis/rebook_rates.ipynb",
    "SQLAlchemy docs: create_engine with a database URL; pandas read_sql", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('mysql+pymysql://analyst:@@secret@@@192.168.50.10:3306/salonbiz')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "visits = pd.read_sql('SELECT client_id, stylist_id, visit_date FROM visits WHERE visit_date >= \\"2023-01-01\\"', eng)\\n",
    "visits = visits.sort_values(['client_id', 'visit_date'])\\n",
    "visits['gap_days'] = visits.groupby('client_id')['visit_date'].diff().dt.days"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "visits.groupby('stylist_id')['gap_days'].median().sort_values()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-env-reference", "analysis/loyalty_cohorts.ipynb",
    "Jupyter docs; python-dotenv / os.environ for credentials in notebooks", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from getpass import getpass\\n",
    "from square.client import Client\\n",
    "token = os.environ.get('SQUARE_ACCESS_TOKEN') or getpass('Square token: ')\\n",
    "sq = Client(access_token=token, environment='production')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["612 loyalty accounts\\n"]}
   ],
   "source": [
    "accts = sq.loyalty.search_loyalty_accounts({'limit': 200}).body['loyalty_accounts']\\n",
    "print(len(accts), 'loyalty accounts')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# === markdown, html, and the rest ===============================================================

add("markdown/admin-password", "docs/IT-handover.md",
    "IT handover note convention (accounts, devices, where credentials live)", """
# IT handover - Sharp Edge Barbers (from Halcyon IT to Jordan, Oct 2024)

Most credentials are in the **Sharp Edge** vault in 1Password. Exceptions below are things that
weren't in the vault when I left; please move them in and change them.

## Accounts

| System | Login | Password / where | Notes |
|---|---|---|---|
| Google Workspace super admin | admin@sharpedgebarbers.com | `@@secret@@` | break-glass account, no 2FA phone on it yet |
| Square Dashboard (owner) | owner@sharpedgebarbers.com | owner's own | 2FA on owner's phone |
| Booksy Biz | owner@sharpedgebarbers.com | 1Password | |
| GoDaddy (domain) | 1Password | 1Password | auto-renews in March |
| UniFi controller | 1Password | 1Password | cloud key at 192.168.1.2 |

## Devices

- 2 x Square Terminal (front desk, station 4) - nothing to do, they update themselves.
- Epson TM-m30III on 192.168.1.40 (DHCP reservation).
- Backroom mini PC: runs the camera NVR software and the nightly backup.

## Open items

1. Move the super admin password into 1Password and rotate it.
2. Renew the UniFi warranty (expires 2025-01).
""", words_pw())

add("markdown/twilio-auth-token", "reminders/README.md",
    "Twilio docs: Send an SMS with curl (-u ACCOUNT_SID:AUTH_TOKEN)", """
# reminders

Sends appointment reminder texts for Kings Cut the evening before.

## Setup

```bash
python -m venv venv && . venv/bin/activate
pip install -r requirements.txt
cp .env.example .env   # fill in Twilio values
```

## Quick test

Check the Twilio account works before blaming the code:

```bash
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \\
  --data-urlencode "Body=Test from the reminders box" \\
  --data-urlencode "From=+13125550148" \\
  --data-urlencode "To=+13125550199" \\
  -u @@sid@@:@@secret@@
```

## Cron

`0 17 * * * cd /opt/reminders && venv/bin/python -m reminders.send_reminders`
""", twilio_token(), sid=twilio_sid())

_ICAL = ("https://calendar.google.com/calendar/ical/razorandrye.tasha%40gmail.com/private-" + hexs(32) + "/basic.ics")
add("markdown/google-calendar-private-ical", "docs/barber-calendars.md",
    "Google Calendar Help: secret address in iCal format (private-.../basic.ics)", """
# Barber calendars

The booking site blocks out time from each barber's personal Google Calendar so nobody gets
booked during a dentist appointment. Each barber shares their calendar's iCal feed with us.

| Barber | Feed | Added |
|---|---|---|
| Dre | via Google OAuth (calendar.events scope) | 2024-01 |
| Luis | via Google OAuth (calendar.events scope) | 2024-01 |
| Tasha | @@secret@@ | 2024-03 |

Tasha didn't want to connect her Google account, so we used her calendar's secret address
(Settings > Integrate calendar > Secret address in iCal format). If she resets it, update
`ICAL_FEEDS` on the server.
""", _ICAL)

add("markdown/wifi-psk", "onboarding/new-stylist-checklist.md",
    "Onboarding checklist convention; WPA2 pre-shared key", """
# New stylist - first day checklist

Welcome to Lacquer & Co! Your lead will go through this with you.

- [ ] Get your GlossGenius staff invite (check your email) and set up your profile + photo
- [ ] Add your services and prices with the manager
- [ ] Square: clock in / out on the front desk iPad with your 4-digit code
- [ ] Wi-Fi: join **Lacquer-Staff**, password `@@secret@@`
      (don't give this one to clients, they use **Lacquer-Guest**)
- [ ] Read the sanitation SOP in the binder at the back station
- [ ] Instagram: send your handle to Jess for the team highlight
""", passphrase())

add("markdown/nas-admin-password", "docs/runbooks/nas-restore.md",
    "Synology DSM docs: restore from Hyper Backup; SSH as an administrator account", """
# Runbook: restore a file from the salon NAS

The Synology DS220+ in the backroom (192.168.1.20) keeps 30 days of snapshots of the `salon-share`.

1. From the front desk PC open http://192.168.1.20:5000
2. Log in as `salonadmin` with `@@secret@@`
3. Open **Snapshot Replication > Snapshots**, pick `salon-share`, choose the date, click **Browse**
4. Copy the file back into the share. Don't restore the whole share.

If DSM doesn't load, SSH in (`ssh salonadmin@192.168.1.20`, same password) and run
`sudo synopkg restart SnapshotReplication`.

Last tested: 2024-07-02 (Kim restored the price list PDF).
""", words_pw())

add("markdown/decoy-placeholder", "booking-api/README.md",
    "README convention: environment variables table with example values", """
# booking-api

Online booking + reminders for Crown & Comb.

## Configuration

| Variable | Example | Notes |
|---|---|---|
| `SQUARE_ACCESS_TOKEN` | `EAAA...` | Production token from the Square Developer dashboard |
| `SQUARE_LOCATION_ID` | `LXXXXXXXXXXXX` | One per shop |
| `TWILIO_ACCOUNT_SID` | `ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` | |
| `TWILIO_AUTH_TOKEN` | `your_auth_token` | |
| `DATABASE_URL` | `postgres://user:password@localhost:5432/booking` | |

```bash
export SQUARE_ACCESS_TOKEN=<token>
npm run dev
```
""")

add("markdown/decoy-docs-example", "docs/integrations/stripe.md",
    "Stripe docs: API keys page (key formats, test vs live)", """
# Stripe setup (for new shops)

1. In the Stripe Dashboard go to **Developers > API keys**.
2. Copy the **Publishable key** (starts with `pk_live_`) into the admin's *Payments* page.
3. Create a **restricted key** (`rk_live_...`) with *PaymentIntents: write*, *Customers: write*.
   Do **not** paste the standard secret key (`sk_live_...`) anywhere but the admin page.
4. Add the webhook endpoint `https://<shop>.book.salonsuite.io/webhooks/stripe` and copy its
   signing secret (`whsec_...`) into the same page.

Key shapes, for reference:

```
pk_live_51Hxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
rk_live_51Hxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```
""")

add("markdown/decoy-guest-wifi", "site/content/pages/visit-us.md",
    "Hugo docs: content front matter; guest Wi-Fi details published for clients", """
---
title: "Visit us"
description: "Hours, parking and Wi-Fi at Mint Mani Studio"
menu: main
weight: 40
---

**Mint Mani Studio** - 418 Alder St, Suite 2 (above the bakery)

- **Hours:** Tue-Fri 10-7, Sat 9-5, Sun & Mon closed
- **Parking:** free 2-hour street parking on Alder; the lot behind is permit only
- **Guest Wi-Fi:** network `MintMani-Guest`, password `polishandchill` - it's also on the card at your station
- **Running late?** Text us at (503) 555-0162. After 15 minutes we may need to reschedule.

Gift cards can be bought [online](/gift-cards) or at the front desk.
""")

add("markdown/decoy-redacted", "docs/postmortems/2024-08-square-token.md",
    "Incident postmortem convention (secrets redacted, rotation recorded)", """
# Postmortem: Square token in the POS sync log (2024-08-14)

**Impact:** none found. **Status:** resolved.

## What happened

`pos_sync` ran with `LOG_LEVEL=DEBUG` after a late-night debugging session and the Square SDK
logged the request headers, including the access token (`Bearer EAAA…[redacted]…Qx9`), to
`logs/pos-sync-2024-08-14.log`, which the backup job copied to the NAS.

## Timeline

- 06:00 nightly sync runs with debug logging
- 09:30 Kim notices the log file is 40x bigger than usual
- 09:50 token revoked in the Square Developer dashboard, new token issued and stored in 1Password
- 10:15 log files deleted from the mini PC and the NAS snapshot pruned

## Follow-ups

- [x] Header redaction filter on the `square.http` logger
- [x] `LOG_LEVEL` can no longer be DEBUG in production (startup check)
- [ ] Square token moved to AWS Secrets Manager (`prod/loyalty/square`)
""")

add("markdown/decoy-uuid", "docs/api/locations.md",
    "API reference convention: resource identifiers", """
# Locations and staff IDs

Use these ids with `GET /v1/availability` and `POST /v1/bookings`.

| Shop | location_id | Square location |
|---|---|---|
| Main St | `@@u1@@` | `@@l1@@` |
| Riverside | `@@u2@@` | `@@l2@@` |

| Staff | staff_id |
|---|---|
| Dre | `@@u3@@` |
| Tasha | `@@u4@@` |
| Luis | `@@u5@@` |

Example:

```http
GET /v1/availability?location_id=@@u1@@&staff_id=@@u3@@&date=2024-06-01
Authorization: Bearer <your token>
```
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), l1=square_location(), l2=square_location())

add("markdown/decoy-checksums", "kiosk-app/CHANGELOG.md",
    "Keep a Changelog convention; SHA-256 checksums of release artifacts", """
# Changelog

## [3.4.1] - 2024-09-18
### Fixed
- Check-in screen froze when a client had two appointments the same day.
- Receipt printer reconnects after the Epson goes to sleep.

### Artifacts
| File | SHA-256 |
|---|---|
| `kiosk-3.4.1-win-x64.msi` | `@@h1@@` |
| `kiosk-3.4.1-mac-arm64.dmg` | `@@h2@@` |

## [3.4.0] - 2024-08-30
### Added
- Walk-in queue board mode for the waiting-area TV.

### Artifacts
| File | SHA-256 |
|---|---|
| `kiosk-3.4.0-win-x64.msi` | `@@h3@@` |
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("markdown/decoy-public-key", "SECURITY.md",
    "RFC 4880 / OpenPGP: ASCII-armored PUBLIC KEY BLOCK published for vulnerability reports", """
# Security

Found a problem with the Salon Suite booking pages? Email security@salonsuite.io.
Encrypt with this key if the report includes client data:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZi@@k1@@
@@k2@@
@@k3@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
```

We'll reply within two business days. Please don't test against live shops' booking pages.
""", k1=draw(58, ALNUM + "+/"), k2=draw(64, ALNUM + "+/"), k3=draw(40, ALNUM + "+/"), crc=draw(4, ALNUM + "+/"))

# --- html --------------------------------------------------------------------------------------

add("html/decoy-booking-widget", "site/layouts/partials/book-now.html",
    "Square Appointments docs: embed the booking widget (location and merchant ids in the script URL)", """
<section id="book" class="book-now">
  <h2>Book your cut</h2>
  <p>Pick a barber and a time. Walk-ins welcome when the board says so.</p>
  <!-- Square Appointments widget: the ids below are public, they are in every visitor's browser -->
  <script src="https://app.squareup.com/appointments/buyer/widget/@@w1@@/@@loc@@.js"></script>
  <noscript>
    <a href="https://book.squareup.com/appointments/@@w1@@/location/@@loc@@/services">Book online</a>
  </noscript>
</section>
""", w1=draw(14, string.ascii_lowercase + string.digits), loc=square_location())

add("html/decoy-maps-embed", "site/layouts/partials/map.html",
    "Google Maps Embed API docs: iframe src with a (referrer-restricted) API key in the page", """
<div class="map">
  <iframe
    title="Map to Velvet Hands Nail Salon"
    width="100%" height="360" style="border:0" loading="lazy" allowfullscreen
    referrerpolicy="no-referrer-when-downgrade"
    src="https://www.google.com/maps/embed/v1/place?key=@@key@@&q=place_id:ChIJ@@pid@@">
  </iframe>
  <p>Free parking behind the building. Enter from Grant Ave.</p>
</div>
""", key=google_api_key(), pid=draw(23, URLSAFE))

add("html/decoy-form-ids", "site/static/newsletter.html",
    "Mailchimp docs: embedded signup form (u= account hash and id= audience id in the action URL)", """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Join the Gilded Tips list</title></head>
<body>
  <form action="https://gildedtipsnailspa.us21.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=00c1a2e6f0"
        method="post" target="_blank" novalidate>
    <label for="mce-EMAIL">Email</label>
    <input type="email" name="EMAIL" id="mce-EMAIL" required>
    <label for="mce-PHONE">Phone (for appointment texts)</label>
    <input type="tel" name="PHONE" id="mce-PHONE">
    <div style="position:absolute;left:-5000px" aria-hidden="true">
      <input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value="">
    </div>
    <button type="submit">Sign me up</button>
  </form>
</body>
</html>
""", u=hexs(25), id=hexs(10))

add("html/decoy-sri-hash", "site/layouts/_default/baseof.html",
    "MDN: Subresource Integrity (integrity='sha384-...')", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ .Title }} | Old Town Clip Joint</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script src="https://js.stripe.com/v3/" async></script>
</head>
<body>
  {{ block "main" . }}{{ end }}
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</body>
</html>
""", h1=draw(64, ALNUM + "+/"), h2=draw(64, ALNUM + "+/"))

# --- the rest ----------------------------------------------------------------------------------

add("env/shopify-access-token", "retail-sync/.env",
    "Shopify docs: custom apps, Admin API access token (shpat_)", """
# Pulls retail product sales (polish, cuticle oil, gift sets) from Shopify into the salon P&L sheet
SHOPIFY_SHOP=luxe-claws-shop.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_API_ACCESS_TOKEN=@@secret@@
SHOPIFY_CLIENT_ID=@@cid@@
SHEET_ID=1aP9sQ4xT7vLm2NcYb8WkR3dE6fHj0uZgO5iK1tBqVw
""", shopify_token(), cid=hexs(32))

add("yaml/slack-bot-token", "ops-bot/config.yaml",
    "Slack docs: bot tokens (xoxb-) and chat.postMessage", """
# Morning summary bot for the Sharp Edge managers' Slack
slack:
  bot_token: @@secret@@
  channel: "#managers"
schedule:
  cron: "0 8 * * 2-6"
  timezone: America/Denver
report:
  include:
    - bookings_today
    - no_shows_yesterday
    - low_stock_retail
  low_stock_threshold: 4
""", slack_bot())

add("python/ftp-password", "website/publish_prices.py",
    "Python docs: ftplib.FTP_TLS login and storbinary", """
\"\"\"Render the price list to HTML and upload it to the old website host.\"\"\"
from ftplib import FTP_TLS
from io import BytesIO

from prices import render_price_list

HOST = "ftp.southsideshave.com"
USER = "southside@southsideshave.com"
PASSWORD = "@@secret@@"


def publish() -> None:
    html = render_price_list().encode("utf-8")
    with FTP_TLS(HOST, timeout=30) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        ftp.cwd("/public_html")
        ftp.storbinary("STOR prices.html", BytesIO(html))
    print("published", len(html), "bytes")


if __name__ == "__main__":
    publish()
""", words_pw())

add("json/phorest-api-password", "postman/Phorest.postman_collection.json",
    "Phorest Third Party API docs: HTTP Basic auth with username global/<email> and password; Postman collection v2.1 auth", """
{
  "info": {
    "name": "Phorest - Blush Nail Studio",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      {"key": "username", "value": "global/api@blushnailstudio.com", "type": "string"},
      {"key": "password", "value": "@@secret@@", "type": "string"}
    ]
  },
  "variable": [
    {"key": "base", "value": "https://platform-us.phorest.com/third-party-api-server/api"},
    {"key": "businessId", "value": "@@biz@@"},
    {"key": "branchId", "value": "@@branch@@"}
  ],
  "item": [
    {
      "name": "List appointments",
      "request": {
        "method": "GET",
        "url": "{{base}}/business/{{businessId}}/branch/{{branchId}}/appointment?from_date=2024-06-01&to_date=2024-06-07"
      }
    },
    {
      "name": "Find client by phone",
      "request": {
        "method": "GET",
        "url": "{{base}}/business/{{businessId}}/client?phone=%2B13125550107"
      }
    }
  ]
}
""", rand_pw(16, "!#"), biz=draw(22, URLSAFE), branch=draw(22, URLSAFE))

add("javascript/square-access-token", "apps-script/Code.gs",
    "Google Apps Script docs: UrlFetchApp.fetch with headers; Square Bookings API", """
// Bound to the "Bookings log" Google Sheet. Trigger: time-driven, every hour.
const SQUARE_TOKEN = '@@secret@@';
const LOCATION_ID = '@@loc@@';

function pullBookings() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Bookings');
  const since = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  const url = 'https://connect.squareup.com/v2/bookings?location_id=' + LOCATION_ID + '&start_at_min=' + since;
  const res = UrlFetchApp.fetch(url, {
    headers: { Authorization: 'Bearer ' + SQUARE_TOKEN, 'Square-Version': '2024-07-17' },
    muteHttpExceptions: true,
  });
  const data = JSON.parse(res.getContentText());
  (data.bookings || []).forEach(function (b) {
    sheet.appendRow([b.id, b.start_at, b.status, b.customer_id, b.appointment_segments[0].team_member_id]);
  });
}
""", square_token(), loc=square_location())

add("yaml/decoy-commit-sha", ".pre-commit-config.yaml",
    "pre-commit docs: .pre-commit-config.yaml (rev may be a tag or a full commit SHA)", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r1@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r2@@  # frozen: v0.6.4
    hooks:
      - id: ruff
      - id: ruff-format
""", r1=hexs(40), r2=hexs(40))

add("json/decoy-app-ids", "site/static/.well-known/apple-app-site-association",
    "Apple docs: Supporting associated domains (apple-app-site-association, TEAMID.bundle.id)", """
{
  "applinks": {
    "details": [
      {
        "appIDs": ["@@team@@.com.luxeclaws.app", "@@team@@.com.luxeclaws.app.staff"],
        "components": [
          {"/": "/book/*", "comment": "booking deep links"},
          {"/": "/a/*", "comment": "manage appointment links from SMS"}
        ]
      }
    ]
  },
  "webcredentials": {
    "apps": ["@@team@@.com.luxeclaws.app"]
  }
}
""", team=draw(10, UPPER_DIGITS))

add("go/decoy-test-vector", "internal/hooks/squire_test.go",
    "RFC 4231: Identifiers and Test Vectors for HMAC-SHA-224, -256, -384, -512 (test case 2)", """
package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
func TestHMACVector(t *testing.T) {
	mac := hmac.New(sha256.New, []byte("Jefe"))
	mac.Write([]byte("what do ya want for nothing?"))
	got := hex.EncodeToString(mac.Sum(nil))
	want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}

func TestRejectsUnsigned(t *testing.T) {
	signingSecret = []byte("unit-test-secret")
	if ok := verifyBody([]byte(`{"event":"appointment.created"}`), ""); ok {
		t.Fatal("empty signature accepted")
	}
}
""")

add("k8s/decoy-configmap", "k8s/base/booking-web-config.yaml",
    "Kubernetes docs: ConfigMap; public client-side ids (Stripe publishable key, Square application ID)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-web-config
  namespace: booking
data:
  NEXT_PUBLIC_API_BASE: "https://api.crownandcomb.com"
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "@@pk@@"
  NEXT_PUBLIC_SQUARE_APPLICATION_ID: "@@appid@@"
  NEXT_PUBLIC_SQUARE_LOCATION_ID: "@@loc@@"
  NEXT_PUBLIC_GA_ID: "G-5TQ9X1B7RK"
  BOOKING_SLOT_MINUTES: "15"
""", pk=stripe_pk(), appid=square_app_id(), loc=square_location())

add("python/decoy-encrypted", "salonbook/integrations/tokens.py",
    "cryptography docs: Fernet symmetric encryption (tokens begin gAAAAA)", """
\"\"\"Per-shop integration tokens are stored Fernet-encrypted; the key comes from the environment.\"\"\"
import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["TOKEN_ENCRYPTION_KEY"])

# Example ciphertext from the 0012 migration, kept for the decrypt round-trip test in CI
# (encrypted with the CI-only key, which is not this repository's business).
SAMPLE_CIPHERTEXT = (
    "gAAAAAB@@c1@@"
    "@@c2@@=="
)


def encrypt(token: str) -> str:
    return _fernet.encrypt(token.encode()).decode()


def decrypt(blob: str) -> str:
    return _fernet.decrypt(blob.encode()).decode()
""", c1=draw(60, URLSAFE), c2=draw(58, URLSAFE))

add("java/decoy-uuid", "loyalty-service/src/main/java/com/fadeline/loyalty/Programs.java",
    "Square docs: Loyalty API program and reward tier IDs", """
package com.fadeline.loyalty;

import java.util.Map;

/** Square Loyalty ids for each shop (copied from GET /v2/loyalty/programs/main). */
public final class Programs {
    public static final String PROGRAM_ID = "@@p@@";

    public static final Map<String, String> REWARD_TIERS = Map.of(
        "free-lineup", "@@t1@@",
        "half-off-cut", "@@t2@@",
        "free-cut", "@@t3@@"
    );

    public static final String IDEMPOTENCY_NAMESPACE = "@@ns@@";

    private Programs() {}
}
""", p=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), ns=uuid_s())

add("txt/decoy-requirements-hashes", "reminders/requirements.txt",
    "pip docs: hash-checking mode (--hash=sha256:...)", """
# pip-compile --generate-hashes requirements.in
twilio==9.3.1 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
python-dotenv==1.0.1 \\
    --hash=sha256:@@h3@@
psycopg2-binary==2.9.9 \\
    --hash=sha256:@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))
