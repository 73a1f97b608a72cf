"""Blind set JL: cricket academies and sports-ground operators in Pakistan.

Booking sites and apps for nets and grounds, fee collection (JazzCash, Easypaisa, PayFast, Safepay,
bank gateways), SMS and WhatsApp reminders, live-score and streaming feeds, turnstiles, CCTV and
floodlight controllers, their CI, containers and infrastructure, handover notes partly in Urdu,
and their decoys. Generated fakes only (seeds 4530000-4539999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4530000, 4539999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Shaheen", "Lahore", "Qalandar", "Ravi", "Margalla", "Chenab", "Sialkot", "Karachi", "Multan", "Indus",
         "Gaddafi", "Bouncer", "Yorker", "Googly", "Sixer", "Kabaddi", "Jhelum", "Khyber", "Mehran", "Attock"]
LOWER = ["pitch", "wicket", "crease", "boundary", "seam", "spinner", "stumps", "umpire", "willow", "nets",
         "chai", "biryani", "monsoon", "floodlight", "scorer", "tapeball"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def meta_token() -> str:
    return fakes.fake("EAA", 180, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def mapbox_secret() -> str:
    r = _rng()
    head = b64('{"u":"pcb-grounds","a":"' + "".join(r.choice(ALNUM) for _ in range(12)) + '"}').rstrip("=")
    return "sk.eyJ1IjoicGNi" + head[16:] + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def jwt_like(payload: str) -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def sha256ish() -> str:
    return hexs(64)


def sha1ish() -> str:
    return hexs(40)


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
    CASES.append(LabelledCase(f"blind-jl/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files

add("env/jazzcash-integrity-salt", "booking-api/.env", "JazzCash Online Payment Gateway integration guide (pp_MerchantID, pp_Password, Integrity Salt)", """
# Lahore Nets Booking API - production
APP_ENV=production
APP_URL=https://book.lahorenets.pk
DB_HOST=10.20.1.15
DB_DATABASE=nets_booking

# JazzCash (live) - merchant portal se liya, 12 Jan
JAZZCASH_MERCHANT_ID=MC48217
JAZZCASH_PASSWORD=@@pw@@
JAZZCASH_INTEGRITY_SALT=@@secret@@
JAZZCASH_RETURN_URL=https://book.lahorenets.pk/payments/jazzcash/return
""", secret=rand_pw(10), pw=rand_pw(10))

add("env/database-password", "academy-portal/.env.production", "Laravel configuration docs (DB_* environment variables)", """
APP_NAME="Karachi Cricket Academy Portal"
APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:@@appkey@@

DB_CONNECTION=mysql
DB_HOST=kca-mysql.internal
DB_PORT=3306
DB_DATABASE=kca_portal
DB_USERNAME=kca_app
DB_PASSWORD=@@secret@@

MAIL_MAILER=log
""", secret=words_pw(), appkey=b64(rand_pw(32)))

add("env/twilio-auth-token", "sms-reminders/.env", "Twilio docs: Account SID and Auth Token environment variables", """
# Practice reminders - har roz shaam 4 baje SMS jata hai
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+12025550143
REMINDER_CRON="0 16 * * *"
TZ=Asia/Karachi
""", secret=hexs(32), sid=twilio_sid())

add("env/telegram-bot-token", "ground-bot/.env", "Telegram Bot API docs (bot token from @BotFather)", """
# Ground booking alerts bot (Multan Sports Complex)
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_ADMIN_CHAT=-1001874432210
BOOKING_API=https://api.multansports.pk/v1
LOG_LEVEL=info
""", secret=fakes.telegram_token(_seed()))

add("env/decoy-placeholder", "booking-api/.env.example", "Laravel docs: .env.example committed with blank values", """
# Copy to .env and fill from the team vault (1Password: "Lahore Nets / prod")
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=nets_booking
DB_USERNAME=root
DB_PASSWORD=

JAZZCASH_MERCHANT_ID=MC00000
JAZZCASH_PASSWORD=your-jazzcash-password
JAZZCASH_INTEGRITY_SALT=your-integrity-salt
JAZZCASH_RETURN_URL=http://localhost:8000/payments/jazzcash/return
""")

add("env/decoy-env-reference", "scoring-app/.env.docker", "Docker Compose docs: variable interpolation from the shell environment", """
# Values come from the host (set by systemd EnvironmentFile on the box)
POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
SPORTMONKS_API_TOKEN=${SPORTMONKS_API_TOKEN}
EASYPAISA_HASH_KEY=${EASYPAISA_HASH_KEY:?missing}
TZ=Asia/Karachi
""")

add("env/easypaisa-hash-key", "fees/.env.live", "Easypaisa Online Payment Gateway merchant integration guide (storeId, hashKey)", """
# Easypaisa OPG - monthly fee collection (U-13 / U-16 batches)
EASYPAISA_STORE_ID=58231
EASYPAISA_HASH_KEY=@@secret@@
EASYPAISA_POST_BACK_URL=https://fees.pindicricket.pk/easypaisa/callback
EASYPAISA_ENV=live
""", secret=rand_pw(16).upper())

add("env/safepay-secret-key", "shop/.env.local", "Safepay developer docs: secret key and webhook shared secret", """
NEXT_PUBLIC_SITE=https://shop.gaddafinets.pk
SAFEPAY_ENVIRONMENT=production
SAFEPAY_SECRET_KEY=@@secret@@
SAFEPAY_WEBHOOK_SECRET=
# webhook secret abhi set nahi kiya - Faraz
""", secret=sha256ish())

add("env/decoy-publishable-key", "web/.env.production", "Stripe docs: publishable keys are meant for client-side code", """
# Public values only - this file is bundled into the browser build
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LdR8x0qAAAAAH3fQm2pKz0vXr7bWcN1yTq9uEiL
NEXT_PUBLIC_API_BASE=https://api.islamabadcricketclub.pk
NEXT_PUBLIC_GA_ID=G-7KQ2M9XW4P
""", pk=stripe_key("pk_live_"))

add("env/sendgrid-api-key", "newsletter/.env", "SendGrid docs: API keys (SG. prefix)", """
# Academy newsletter (English + Urdu editions)
SENDGRID_API_KEY=@@secret@@
NEWSLETTER_FROM=news@faisalabadacademy.pk
NEWSLETTER_LIST_EN=d-41b2c9a0e5
NEWSLETTER_LIST_UR=d-77fa01c3d8
""", secret=sendgrid_key())

add("env/aws-secret-key", "video-analysis/.env", "AWS CLI docs: environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", """
# Bowling action videos -> S3 (ap-south-1)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=ap-south-1
VIDEO_BUCKET=pcb-academy-bowling-clips
MAX_CLIP_SECONDS=45
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/decoy-redacted", "ops/incident-2024-03/env.dump.txt", "Incident write-up practice: secrets redacted before attaching env dumps", """
# env dump from booking-api pod (values redacted by Usman before sharing)
APP_ENV=production
DB_PASSWORD=********
JAZZCASH_PASSWORD=[REDACTED]
JAZZCASH_INTEGRITY_SALT=[REDACTED]
REDIS_URL=redis://:****@redis-master:6379/0
TZ=Asia/Karachi
""")

# ---------------------------------------------------------------- python

add("python/jazzcash-password", "payments/jazzcash.py", "JazzCash Online Payment Gateway integration guide (HMAC-SHA256 pp_SecureHash)", """
import hashlib
import hmac
from datetime import datetime, timedelta

# JazzCash live credentials (TODO: settings mein move karna hai)
MERCHANT_ID = "MC48917"
PASSWORD = "@@secret@@"
INTEGRITY_SALT = "@@salt@@"
ENDPOINT = "https://payments.jazzcash.com.pk/ApplicationAPI/API/Payment/DoTransaction"


def secure_hash(params: dict) -> str:
    keys = sorted(k for k in params if k.startswith("pp_") and params[k])
    message = INTEGRITY_SALT + "&" + "&".join(str(params[k]) for k in keys)
    return hmac.new(INTEGRITY_SALT.encode(), message.encode(), hashlib.sha256).hexdigest().upper()


def build_request(booking_id: str, amount_rupees: int) -> dict:
    now = datetime.now()
    params = {
        "pp_Version": "1.1",
        "pp_TxnType": "MWALLET",
        "pp_MerchantID": MERCHANT_ID,
        "pp_Password": PASSWORD,
        "pp_TxnRefNo": f"T{now:%Y%m%d%H%M%S}",
        "pp_Amount": str(amount_rupees * 100),
        "pp_TxnCurrency": "PKR",
        "pp_TxnDateTime": f"{now:%Y%m%d%H%M%S}",
        "pp_TxnExpiryDateTime": f"{now + timedelta(hours=1):%Y%m%d%H%M%S}",
        "pp_BillReference": booking_id,
        "pp_Description": "Nets booking",
    }
    params["pp_SecureHash"] = secure_hash(params)
    return params
""", secret=rand_pw(10), salt=rand_pw(10))

add("python/django-secret-key", "academy/settings/production.py", "Django docs: SECRET_KEY setting", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["rawalpindicricket.pk", "www.rawalpindicricket.pk"]

SECRET_KEY = "@@secret@@"

DATABASES["default"].update({
    "HOST": "db.internal",
    "NAME": "academy",
    "USER": "academy",
    "PASSWORD": os.environ["DB_PASSWORD"],
})

LANGUAGE_CODE = "ur"
TIME_ZONE = "Asia/Karachi"
""", secret=fakes.django_secret_key(_seed()))

add("python/database-url", "scripts/export_attendance.py", "SQLAlchemy docs: database URLs", """
\"\"\"Har mahine ki attendance CSV bana kar coaches ko bhejta hai.\"\"\"
import csv
import sys

from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://attendance_ro:@@secret@@@pg-main.sialkotacademy.local:5432/academy")

QUERY = text(\"\"\"
    SELECT p.name, p.batch, a.session_date, a.present
    FROM attendance a JOIN players p ON p.id = a.player_id
    WHERE a.session_date >= date_trunc('month', now() - interval '1 month')
\"\"\")

with engine.connect() as conn, open(sys.argv[1], "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["name", "batch", "date", "present"])
    for row in conn.execute(QUERY):
        writer.writerow(row)
""", secret=words_pw().replace("@", "!"))

add("python/sportmonks-api-token", "livescore/fetch_fixtures.py", "Sportmonks Cricket API docs: api_token query parameter", """
import requests

API = "https://cricket.sportmonks.com/api/v2.0"
API_TOKEN = "@@secret@@"


def fixtures(league_id: int):
    r = requests.get(f"{API}/fixtures", params={
        "api_token": API_TOKEN,
        "filter[league_id]": league_id,
        "include": "localteam,visitorteam,runs",
    }, timeout=15)
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    # PSL league id = 8 (screen in the clubhouse)
    for f in fixtures(8):
        print(f["id"], f["status"], f["starting_at"])
""", secret=rand_pw(60))

add("python/smtp-password", "notify/mailer.py", "Python docs: smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.gmail.com"
SMTP_USER = "bookings@karachigymkhananets.pk"
SMTP_PASS = "@@secret@@"  # Google app password (Bilal ka account)


def send_confirmation(to: str, slot: str, ground: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Booking confirmed - {ground} {slot}"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content(f"Aap ki booking confirm ho gayi hai: {ground}, {slot}.\\nShukriya!")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", secret="".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("python/whatsapp-access-token", "notify/whatsapp.py", "Meta WhatsApp Cloud API docs: Bearer access token", """
import requests

PHONE_NUMBER_ID = "104882651773920"
ACCESS_TOKEN = "@@secret@@"


def send_template(to: str, name: str, lang: str = "ur") -> dict:
    url = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
    body = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {"name": name, "language": {"code": lang}},
    }
    resp = requests.post(url, json=body, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()
""", secret=meta_token())

add("python/decoy-env-reference", "payments/easypaisa.py", "Python docs: os.environ", """
import hashlib
import hmac
import os
from urllib.parse import urlencode

STORE_ID = os.environ["EASYPAISA_STORE_ID"]
HASH_KEY = os.environ["EASYPAISA_HASH_KEY"]


def signed_request(order_ref: str, amount: str, post_back: str) -> str:
    fields = {"amount": amount, "orderRefNum": order_ref, "paymentMethod": "MA_PAYMENT_METHOD",
              "postBackURL": post_back, "storeId": STORE_ID}
    plain = urlencode(sorted(fields.items()))
    fields["merchantHashedReq"] = hmac.new(HASH_KEY.encode(), plain.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)
""")

add("python/decoy-test-fixture", "tests/test_jazzcash_hash.py", "JazzCash sandbox docs: test credentials for the sandbox merchant", """
import pytest

from payments import jazzcash

# Sandbox values from the JazzCash sandbox portal docs - not our live merchant
SANDBOX_SALT = "test-salt-not-real"
EXPECTED = "3F1D0A9C2B7E44F58E6A1B0C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E"


@pytest.fixture(autouse=True)
def sandbox(monkeypatch):
    monkeypatch.setattr(jazzcash, "INTEGRITY_SALT", SANDBOX_SALT)
    monkeypatch.setattr(jazzcash, "PASSWORD", "dummy-password")


def test_hash_is_upper_hex():
    h = jazzcash.secure_hash({"pp_Amount": "150000", "pp_TxnCurrency": "PKR"})
    assert len(h) == 64 and h == h.upper()
""")

add("python/decoy-hash", "players/dedupe.py", "Python docs: hashlib.sha256 hexdigest", """
\"\"\"CNIC/B-form numbers are never stored; only their salted SHA-256 digest, to catch duplicate registrations.\"\"\"
import hashlib

# digest of the test B-form used in the onboarding demo, kept for the unit test
DEMO_DIGEST = "@@h@@"


def digest(cnic: str, salt: bytes) -> str:
    return hashlib.sha256(salt + cnic.replace("-", "").encode()).hexdigest()


def is_duplicate(existing: set, cnic: str, salt: bytes) -> bool:
    return digest(cnic, salt) in existing
""", h=sha256ish())

add("python/aws-access-key", "tools/upload_highlights.py", "boto3 docs: passing credentials to boto3.client", """
import sys

import boto3

# Temporary: Ahmed ki laptop se highlights upload (IAM user highlights-uploader)
s3 = boto3.client(
    "s3",
    region_name="ap-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for path in sys.argv[1:]:
    key = "highlights/2024/" + path.rsplit("/", 1)[-1]
    s3.upload_file(path, "quaid-trophy-highlights", key, ExtraArgs={"ContentType": "video/mp4"})
    print("uploaded", key)
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/redis-password", "booking/cache.py", "redis-py docs: Redis(host, port, password)", """
import json

import redis

# slot locks - 10 minute hold while payment pending
r = redis.Redis(host="10.30.0.8", port=6379, db=2, password="@@secret@@", decode_responses=True)


def hold_slot(ground_id: int, slot: str, user_id: int) -> bool:
    return bool(r.set(f"hold:{ground_id}:{slot}", json.dumps({"user": user_id}), nx=True, ex=600))


def release(ground_id: int, slot: str) -> None:
    r.delete(f"hold:{ground_id}:{slot}")
""", secret=fakes.redis_password(_seed()))

add("python/decoy-placeholder", "docs_src/conf_example.py", "Python config example with placeholder values", """
# Example local config - copy to config_local.py (git-ignored) and fill in.
PAYFAST_MERCHANT_ID = "<merchant-id>"
PAYFAST_SECURED_KEY = "<secured-key-from-payfast-portal>"
SPORTMONKS_API_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
CCTV_NVR_PASSWORD = "changeme"
TELEGRAM_BOT_TOKEN = "123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ"
""")

add("python/openai-api-key", "coach_notes/summarise.py", "OpenAI API docs: API keys (sk-proj-)", """
\"\"\"Coaches ke Urdu voice notes ka transcript -> English summary for the parents' report.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def summarise(transcript: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Summarise a cricket coach's notes for parents, in simple English."},
            {"role": "user", "content": transcript},
        ],
    )
    return resp.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("python/decoy-uuid", "livescore/cricapi_ids.py", "CricketData.org (CricAPI) docs: match and series ids are UUIDs", """
# Series ids on cricapi - public ids, same for every subscriber
SERIES = {
    "psl-2024": "@@a@@",
    "quaid-e-azam-trophy": "@@b@@",
    "national-t20-cup": "@@c@@",
}
DEFAULT_SERIES = "psl-2024"
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("python/hikvision-password", "cctv/snapshot.py", "Hikvision ISAPI docs: digest authentication on /ISAPI/Streaming/channels", """
import datetime

import requests
from requests.auth import HTTPDigestAuth

NVR = "http://192.168.10.64"
AUTH = HTTPDigestAuth("admin", "@@secret@@")
CAMERAS = {"main-gate": 101, "nets-1-4": 201, "parking": 301, "pavilion": 401}


def snapshot(name: str) -> str:
    ch = CAMERAS[name]
    r = requests.get(f"{NVR}/ISAPI/Streaming/channels/{ch}/picture", auth=AUTH, timeout=8)
    r.raise_for_status()
    path = f"/srv/snaps/{name}-{datetime.datetime.now():%Y%m%d-%H%M}.jpg"
    with open(path, "wb") as f:
        f.write(r.content)
    return path
""", secret=words_pw())

add("python/decoy-public-firebase-config", "app/firebase_web_config.py", "Firebase docs: the web config apiKey is not a secret", """
# Firebase web config served to the scorer PWA (public by design; access is by security rules)
FIREBASE_WEB_CONFIG = {
    "apiKey": "@@k@@",
    "authDomain": "scorer-pk.firebaseapp.com",
    "projectId": "scorer-pk",
    "storageBucket": "scorer-pk.appspot.com",
    "messagingSenderId": "418220937715",
    "appId": "1:418220937715:web:6b2d0f9a1c3e4d5f",
}
""", k=google_key())

# ---------------------------------------------------------------- yaml

add("yaml/payfast-secured-key", "config/payments.yml", "PayFast Pakistan (GoPayFast) merchant API docs: MERCHANT_ID and SECURED_KEY token request", """
# Payment gateways - Karachi Gymkhana nets
default: payfast
payfast:
  environment: live
  merchant_id: "10348"
  secured_key: "@@secret@@"
  token_url: https://ipg1.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken
  success_url: https://nets.kgymkhana.pk/pay/ok
  failure_url: https://nets.kgymkhana.pk/pay/fail
jazzcash:
  enabled: false
""", secret=rand_pw(24, "-"))

add("yaml/decoy-vault-reference", "config/payments.staging.yml", "HashiCorp Vault docs: referencing KV secrets by path", """
default: payfast
payfast:
  environment: sandbox
  merchant_id: "102"
  secured_key: vault:secret/data/payments/payfast#secured_key
  token_url: https://ipguat.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken
jazzcash:
  enabled: true
  password: vault:secret/data/payments/jazzcash#password
  integrity_salt: vault:secret/data/payments/jazzcash#salt
""")

add("yaml/smtp-password", "config/mail.yaml", "Spring Boot mail docs / generic SMTP YAML config", """
mail:
  host: smtp.zoho.com
  port: 465
  ssl: true
  username: info@peshawarcricketacademy.pk
  password: "@@secret@@"
  from_name: "Peshawar Cricket Academy"
  # trial fee reminders Urdu mein bhi jati hain
  templates:
    - trial_reminder_en
    - trial_reminder_ur
""", secret=words_pw())

add("yaml/decoy-placeholder", "helm/booking/values.yaml", "Helm docs: values.yaml defaults overridden at install", """
image:
  repository: registry.gitlab.com/lahorenets/booking-api
  tag: "1.14.2"
replicaCount: 2
env:
  APP_ENV: production
  TZ: Asia/Karachi
secrets:
  # set with --set-file or from the sealed secret; never commit real values
  dbPassword: ""
  jazzcashPassword: ""
  jazzcashIntegritySalt: ""
ingress:
  host: book.lahorenets.pk
""")

add("yaml/database-password", "deploy/docker-stack.yml", "Docker stack / compose file reference: environment", """
version: "3.8"
services:
  api:
    image: ghcr.io/multansports/ground-api:2.3.0
    environment:
      DATABASE_URL: mysql://ground:@@secret@@@mysql:3306/grounds
      TZ: Asia/Karachi
    deploy:
      replicas: 2
  mysql:
    image: mysql:8.0
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
""", secret=rand_pw(18))

add("yaml/telegram-bot-token", "bots/score-alerts/config.yaml", "python-telegram-bot docs: bot token configuration", """
# Score alerts for the academy parents group
bot:
  token: @@secret@@
  parse_mode: HTML
groups:
  u13_parents: -1002211448731
  u16_parents: -1002211448799
messages:
  wicket: "🏏 Wicket! {batsman} out - {score}"
  fifty: "🎉 {batsman} ne fifty bana li!"
""", secret=fakes.telegram_token(_seed()))

add("yaml/decoy-checksum", "firmware/floodlight-controllers.yaml", "Ansible/inventory style manifest of firmware images with SHA-256 checksums", """
# Floodlight DMX controllers - approved firmware (check before flashing)
controllers:
  - site: Gaddafi Stadium nets
    model: LumiNet LX-400
    firmware: lx400-3.2.7.bin
    sha256: @@a@@
  - site: Bagh-e-Jinnah ground
    model: LumiNet LX-200
    firmware: lx200-2.9.1.bin
    sha256: @@b@@
""", a=sha256ish(), b=sha256ish())

add("yaml/mailchimp-api-key", "newsletter/settings.yaml", "Mailchimp Marketing API docs: API key with data-center suffix", """
mailchimp:
  api_key: @@secret@@
  server: us21
  audience_id: 9c1d2e3f4a
  tags:
    - summer-camp-2024
    - girls-cricket
schedule: "0 10 * * 1"
""", secret=mailchimp_key())

# ---------------------------------------------------------------- json

add("json/google-maps-server-key", "config/maps.server.json", "Google Maps Platform docs: server-side API keys (Geocoding, Distance Matrix)", """
{
  "geocoding": {
    "provider": "google",
    "serverKey": "@@secret@@",
    "restrictTo": ["geocoding-backend.googleapis.com", "distancematrix"],
    "region": "pk",
    "language": "ur"
  },
  "cacheTtlSeconds": 86400
}
""", secret=google_key())

add("json/decoy-lockfile-integrity", "scorer-pwa/package-lock.json", "npm docs: package-lock.json integrity (SRI sha512)", """
{
  "name": "scorer-pwa",
  "version": "0.9.3",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/idb": {
      "version": "8.0.0",
      "resolved": "https://registry.npmjs.org/idb/-/idb-8.0.0.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/workbox-window": {
      "version": "7.0.0",
      "resolved": "https://registry.npmjs.org/workbox-window/-/workbox-window-7.0.0.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
""", a=fakes.drawn(_seed(), 86, ALNUM + "+/"), b=fakes.drawn(_seed(), 86, ALNUM + "+/"))

_SA_PEM = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")

add("json/firebase-service-account", "functions/serviceAccount.json", "Google Cloud docs: service account key file (private_key)", """
{
  "type": "service_account",
  "project_id": "scorer-pk",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x1q2z@scorer-pk.iam.gserviceaccount.com",
  "client_id": "104772361298845512093",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=_SA_PEM.split("\n")[1], pk=_SA_PEM.replace("\n", "\\n") + "\\n", kid=hexs(40))

add("json/decoy-example-credentials", "docs/api/booking-request.example.json", "API documentation example payloads", """
{
  "ground_id": 14,
  "slot": "2024-06-14T18:00:00+05:00",
  "duration_minutes": 120,
  "payment": {
    "method": "jazzcash_mwallet",
    "msisdn": "03XXXXXXXXX",
    "cnic_last6": "XXXXXX",
    "pp_Password": "<from-merchant-portal>"
  },
  "notes": "Floodlights chahiye"
}
""")

add("json/sportmonks-api-token", "tv-screen/config.json", "Sportmonks Cricket API docs: api_token", """
{
  "screen": "clubhouse-lobby",
  "refreshSeconds": 30,
  "feeds": [
    {
      "name": "psl-live",
      "url": "https://cricket.sportmonks.com/api/v2.0/livescores?api_token=@@secret@@&include=runs,batting"
    }
  ],
  "tickerLanguage": "ur"
}
""", secret=rand_pw(60))

add("json/decoy-jwks-public", "auth/.well-known/jwks.json", "RFC 7517 JSON Web Key Set: public keys", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "academy-2024-05",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("json/github-token", ".vscode/settings.json", "GitHub docs: personal access tokens (ghp_)", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "github.copilot.enable": {"*": true},
  "gitlens.remotes": [{"domain": "github.com", "type": "GitHub"}],
  "githubPullRequests.token": "@@secret@@",
  "files.exclude": {"**/__pycache__": true}
}
""", secret=fakes.github_token(_seed()))

add("json/decoy-appsettings-keyvault", "GroundOps.Api/appsettings.json", "ASP.NET Core docs: Azure Key Vault configuration provider references", """
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "AllowedHosts": "*",
  "KeyVault": {"Uri": "https://groundops-kv.vault.azure.net/"},
  "ConnectionStrings": {
    "Grounds": "@Microsoft.KeyVault(SecretUri=https://groundops-kv.vault.azure.net/secrets/grounds-db/)"
  },
  "Payments": {
    "PayFastSecuredKey": "@Microsoft.KeyVault(SecretUri=https://groundops-kv.vault.azure.net/secrets/payfast-key/)"
  }
}
""")

add("json/hikvision-password", "nvr/cameras.json", "Hikvision RTSP URL format (rtsp://user:password@ip:554/Streaming/Channels/101)", """
{
  "site": "Rawalpindi Cricket Stadium - practice area",
  "recorder": "DS-7616NI-K2",
  "streams": [
    {"name": "nets-east", "url": "rtsp://admin:@@secret@@@192.168.1.64:554/Streaming/Channels/101"},
    {"name": "nets-west", "url": "rtsp://admin:@@secret@@@192.168.1.65:554/Streaming/Channels/101"},
    {"name": "gate", "url": "rtsp://admin:@@secret@@@192.168.1.66:554/Streaming/Channels/102"}
  ],
  "retentionDays": 21
}
""", secret=rand_pw(12))

# ---------------------------------------------------------------- toml

add("toml/pypi-token", "tools/release/pypi.toml", "PyPI docs: API tokens used as __token__ password", """
# release helper config for the scorecard-pk library (read by tools/release/publish.py) - Hamza
[release]
index-servers = ["pypi"]

[release.pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", secret=fakes.pypi_token(_seed()))

add("toml/database-password", "ground-scheduler/config/prod.toml", "TOML config for a Rust/Python service (database section)", """
[server]
bind = "0.0.0.0:8080"
timezone = "Asia/Karachi"

[database]
url = "postgres://scheduler:@@secret@@@10.40.2.11:5432/grounds"
max_connections = 16

[rain]
# barish ho to bookings auto-cancel - PMD feed
feed = "https://api.open-meteo.com/v1/forecast"
""", secret=rand_pw(20))

add("toml/decoy-env-reference", "netlify.toml", "Netlify docs: file-based configuration, environment variables set in the UI", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # SAFEPAY_SECRET_KEY and SENTRY_AUTH_TOKEN are set in the Netlify UI, not here

[[redirects]]
  from = "/api/*"
  to = "https://api.lahorecricketclub.pk/:splat"
  status = 200
""")

add("toml/stripe-secret-key", "merch-shop/Config.toml", "Stripe docs: secret keys (sk_live_)", """
# Overseas fans merch shop (UK/UAE orders)
[stripe]
secret_key = "@@secret@@"
currency = "gbp"
success_url = "https://merch.karachikings-academy.pk/thanks"

[shipping]
from_city = "Karachi"
courier = "TCS"
""", secret=stripe_key())

# ---------------------------------------------------------------- ini

add("ini/ldap-bind-password", "intranet/sssd.conf", "SSSD docs: ldap_default_authtok", """
[sssd]
services = nss, pam
domains = academy.local

[domain/academy.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc1.academy.local
ldap_search_base = dc=academy,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=service,dc=academy,dc=local
ldap_default_authtok = @@secret@@
cache_credentials = true
""", secret=words_pw())

add("ini/decoy-placeholder", "intranet/odbc.ini.sample", "unixODBC docs: odbc.ini DSN entries", """
; sample - copy to /etc/odbc.ini and set the password from the vault
[AcademyFees]
Driver = MySQL ODBC 8.0 Driver
Server = fees-db.local
Database = fees
User = fees_report
Password = <set-me>
Port = 3306
""")

add("ini/ftp-password", "scoreboard/uploader.ini", "FileZilla/curl style FTP uploader INI configuration", """
; Scoreboard LED panel - match graphics upload
[ftp]
host = 192.168.5.20
port = 21
user = ledpanel
pass = @@secret@@
remote_dir = /media/graphics

[schedule]
interval_minutes = 2
""", secret=rand_pw(10))

add("ini/mysql-password", "backup/.my.cnf", "MySQL docs: option files [client] password", """
[client]
user = backup
password = "@@secret@@"
host = 127.0.0.1

[mysqldump]
single-transaction
routines
""", secret=words_pw())

add("ini/decoy-encrypted", "scoreboard/panel.ini", "Encrypted configuration value (AES, base64) decrypted at runtime", """
; LED panel admin password is stored encrypted; key lives in TPM of the panel PC
[panel]
model = Daktronics-lite
ip = 192.168.5.21
admin_user = operator
admin_password_enc = ENC(AES256:@@e@@)
brightness_night = 70
""", e=b64(rand_pw(48)))

# ---------------------------------------------------------------- go

add("go/payfast-secured-key", "internal/payfast/client.go", "PayFast Pakistan API docs: GetAccessToken with MERCHANT_ID and SECURED_KEY", """
package payfast

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	merchantID = "10348"
	securedKey = "@@secret@@"
	tokenURL   = "https://ipg1.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken"
)

// AccessToken: har transaction se pehle naya token
func AccessToken(c *http.Client) (*http.Response, error) {
	form := url.Values{"MERCHANT_ID": {merchantID}, "SECURED_KEY": {securedKey}}
	return c.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
""", secret=rand_pw(24, "-"))

add("go/redis-password", "cmd/slotlock/main.go", "go-redis docs: redis.Options{Password}", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "redis.grounds.internal:6379",
		Password: "@@secret@@",
		DB:       1,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatal(err)
	}
	log.Println("slot lock service ready")
}
""", secret=fakes.redis_password(_seed()))

add("go/decoy-env-reference", "internal/config/config.go", "Go docs: os.Getenv", """
package config

import "os"

type Config struct {
	DatabaseURL   string
	JazzCashSalt  string
	TelegramToken string
}

func Load() Config {
	return Config{
		DatabaseURL:   os.Getenv("DATABASE_URL"),
		JazzCashSalt:  os.Getenv("JAZZCASH_INTEGRITY_SALT"),
		TelegramToken: os.Getenv("TELEGRAM_BOT_TOKEN"),
	}
}
""")

add("go/twilio-auth-token", "internal/sms/twilio.go", "Twilio docs: HTTP Basic auth with Account SID and Auth Token", """
package sms

import (
	"net/http"
	"net/url"
	"strings"
)

const accountSID = "@@sid@@"
const authToken = "@@secret@@"

func Send(to, body string) (*http.Response, error) {
	form := url.Values{"To": {to}, "From": {"+12025550143"}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
""", secret=hexs(32), sid=twilio_sid())

add("go/decoy-test-fixture", "internal/jazzcash/hash_test.go", "Go testing docs: table-driven tests with fixture values", """
package jazzcash

import "testing"

func TestSecureHash(t *testing.T) {
	cases := []struct{ salt, msg, want string }{
		{"testsalt", "pp_Amount=100", "placeholder-hash"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := SecureHash(c.salt, c.msg); c.want != "placeholder-hash" && got != c.want {
			t.Errorf("SecureHash(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
}
""")

add("go/zkteco-device-password", "turnstile/zk.go", "ZKTeco access control SDK docs: device communication password (comm key)", """
package turnstile

// Main gate turnstiles (ZKTeco SpeedFace) - members card + face
type Device struct {
	Addr     string
	CommKey  int
	Password string
}

var Gates = []Device{
	{Addr: "192.168.20.11:4370", CommKey: 0, Password: "@@secret@@"},
	{Addr: "192.168.20.12:4370", CommKey: 0, Password: "@@secret@@"},
}
""", secret=words_pw())

# ---------------------------------------------------------------- java

add("java/database-password", "src/main/java/pk/academy/fees/DbConfig.java", "JDBC docs: DriverManager.getConnection(url, user, password)", """
package pk.academy.fees;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class DbConfig {
    private static final String URL = "jdbc:mysql://fees-db.local:3306/fees?useSSL=true";
    private static final String USER = "fees_app";
    private static final String PASSWORD = "@@secret@@";

    private DbConfig() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", secret=words_pw())

add("java/jazzcash-integrity-salt", "src/main/java/pk/nets/pay/JazzCashConfig.java", "JazzCash Online Payment Gateway integration guide (Integrity Salt)", """
package pk.nets.pay;

public class JazzCashConfig {
    public static final String MERCHANT_ID = "MC50112";
    public static final String PASSWORD = System.getenv("JC_PASSWORD");
    // salt env mein nahi tha prod pe, isliye yahan rakh diya (temporary!)
    public static final String INTEGRITY_SALT = "@@secret@@";
    public static final String RETURN_URL = "https://nets.islamabadclub.pk/jc/return";
}
""", secret=rand_pw(10))

add("java/decoy-env-reference", "src/main/java/pk/nets/pay/EasypaisaConfig.java", "Spring docs: @Value with property placeholders", """
package pk.nets.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class EasypaisaConfig {
    @Value("${easypaisa.store-id}")
    private String storeId;

    @Value("${easypaisa.hash-key}")
    private String hashKey;

    public String storeId() { return storeId; }
    public String hashKey() { return hashKey; }
}
""")

add("java/sendgrid-api-key", "src/main/java/pk/academy/mail/Mailer.java", "SendGrid Java library docs: new SendGrid(apiKey)", """
package pk.academy.mail;

import com.sendgrid.SendGrid;

public class Mailer {
    private static final SendGrid SG = new SendGrid("@@secret@@");

    public static SendGrid client() {
        return SG;
    }
}
""", secret=sendgrid_key())

# ---------------------------------------------------------------- kotlin

add("kotlin/google-maps-key", "app/src/main/java/pk/grounds/app/net/Directions.kt", "Google Maps Directions API docs: key parameter (server key used from app)", """
package pk.grounds.app.net

import okhttp3.HttpUrl.Companion.toHttpUrl

object Directions {
    // Directions API - unrestricted key (TODO restrict karna hai)
    private const val KEY = "@@secret@@"

    fun url(fromLat: Double, fromLng: Double, groundLat: Double, groundLng: Double) =
        "https://maps.googleapis.com/maps/api/directions/json".toHttpUrl().newBuilder()
            .addQueryParameter("origin", "$fromLat,$fromLng")
            .addQueryParameter("destination", "$groundLat,$groundLng")
            .addQueryParameter("key", KEY)
            .build()
}
""", secret=google_key())

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android docs: buildConfigField reading from local.properties / environment", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "pk.grounds.app"
    defaultConfig {
        applicationId = "pk.grounds.app"
        minSdk = 24
        buildConfigField("String", "API_BASE", "\\"https://api.groundspk.com\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("kotlin/telegram-bot-token", "server/src/main/kotlin/pk/academy/bot/Bot.kt", "Telegram Bot API docs: https://api.telegram.org/bot<token>/METHOD", """
package pk.academy.bot

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest

private const val BOT = "https://api.telegram.org/bot@@secret@@"

fun notifyCoaches(chatId: Long, text: String) {
    val url = "$BOT/sendMessage?chat_id=$chatId&text=" + java.net.URLEncoder.encode(text, "UTF-8")
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI(url)).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
}
""", secret=fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- csharp

add("csharp/sql-server-password", "GroundOps.Api/Data/DbFactory.cs", "SqlClient docs: connection string keywords (Password=)", """
using Microsoft.Data.SqlClient;

namespace GroundOps.Api.Data;

public static class DbFactory
{
    // Faisalabad sports complex - bookings DB
    private const string Conn =
        "Server=tcp:10.50.0.5,1433;Database=GroundOps;User Id=groundops_app;Password=@@secret@@;TrustServerCertificate=True";

    public static SqlConnection Open()
    {
        var c = new SqlConnection(Conn);
        c.Open();
        return c;
    }
}
""", secret=words_pw().replace(";", "!"))

add("csharp/decoy-env-reference", "GroundOps.Api/Program.cs", "ASP.NET Core docs: configuration from environment and user secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddEnvironmentVariables(prefix: "GROUNDOPS_");
var payfastKey = builder.Configuration["Payments:PayFastSecuredKey"]
    ?? throw new InvalidOperationException("PayFast key missing");

builder.Services.AddSingleton(new PayFastOptions { SecuredKey = payfastKey });
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("csharp/safepay-secret-key", "GroundOps.Api/Payments/SafepayClient.cs", "Safepay developer docs: secret key sent in X-SFPY-MERCHANT-SECRET header", """
using System.Net.Http;

namespace GroundOps.Api.Payments;

public class SafepayClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.getsafepay.com/") };

    public SafepayClient()
    {
        _http.DefaultRequestHeaders.Add("X-SFPY-MERCHANT-SECRET", "@@secret@@");
    }

    public Task<HttpResponseMessage> CreateTracker(object body) =>
        _http.PostAsJsonAsync("order/payments/v3/", body);
}
""", secret=sha256ish())

# ---------------------------------------------------------------- php

add("php/jazzcash-password", "config/jazzcash.php", "JazzCash Laravel integration (config array with merchant credentials)", """
<?php

return [
    // Live credentials - Sialkot academy fee portal
    'merchant_id' => 'MC61204',
    'password' => '@@secret@@',
    'integrity_salt' => env('JAZZCASH_INTEGRITY_SALT'),
    'currency' => 'PKR',
    'language' => 'EN',
    'return_url' => 'https://fees.sialkotacademy.pk/jazzcash/return',
    'post_url' => 'https://payments.jazzcash.com.pk/CustomerPortal/transactionmanagement/merchantform/',
];
""", secret=rand_pw(10))

add("php/decoy-env-reference", "config/services.php", "Laravel docs: config/services.php reading env()", """
<?php

return [
    'easypaisa' => [
        'store_id' => env('EASYPAISA_STORE_ID'),
        'hash_key' => env('EASYPAISA_HASH_KEY'),
        'sandbox' => env('EASYPAISA_SANDBOX', true),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_TOKEN'),
    ],
];
""")

add("php/database-password", "wp-config.php", "WordPress docs: wp-config.php DB_PASSWORD", """
<?php
/** Lahore Qalandars fan-club academy site */
define( 'DB_NAME', 'lq_academy_wp' );
define( 'DB_USER', 'lq_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'lqa_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'ur' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "WordPress docs: wp-config-sample.php placeholders", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
""")

add("php/easypaisa-hash-key", "app/Payments/EasypaisaGateway.php", "Easypaisa OPG merchant guide: merchantHashedReq AES with hashKey", """
<?php

namespace App\\Payments;

class EasypaisaGateway
{
    private const STORE_ID = '77410';
    private const HASH_KEY = '@@secret@@';

    public function hashRequest(array $fields): string
    {
        ksort($fields);
        $plain = http_build_query($fields);
        $cipher = openssl_encrypt($plain, 'AES-128-ECB', self::HASH_KEY, OPENSSL_RAW_DATA);
        return base64_encode($cipher);
    }
}
""", secret=rand_pw(16).upper())

# ---------------------------------------------------------------- ruby

add("ruby/smtp-password", "config/environments/production.rb", "Rails docs: ActionMailer smtp_settings", """
Rails.application.configure do
  config.cache_classes = true
  config.time_zone = "Karachi"

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    user_name: "noreply@quettacricket.pk",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
end
""", secret=words_pw())

add("ruby/decoy-credentials-reference", "config/initializers/payfast.rb", "Rails docs: encrypted credentials (Rails.application.credentials)", """
PayFast.configure do |c|
  c.merchant_id = Rails.application.credentials.dig(:payfast, :merchant_id)
  c.secured_key = Rails.application.credentials.dig(:payfast, :secured_key)
  c.environment = Rails.env.production? ? :live : :sandbox
  # Urdu: key credentials.yml.enc mein hai, master.key server pe
end
""")

add("ruby/stripe-restricted-key", "lib/tasks/merch_refunds.rake", "Stripe docs: restricted API keys (rk_live_)", """
namespace :merch do
  desc "Refund cancelled UK merch orders"
  task refunds: :environment do
    Stripe.api_key = "@@secret@@"
    Order.cancelled.where(refunded: false).find_each do |o|
      Stripe::Refund.create(payment_intent: o.payment_intent_id)
      o.update!(refunded: true)
    end
  end
end
""", secret=stripe_key("rk_live_"))

add("ruby/decoy-secret-key-base-env", "lib/secrets.rb", "Rails docs: secret_key_base from ENV", """
# frozen_string_literal: true
# Loaded by config/application.rb
module Secrets
  def self.secret_key_base
    ENV.fetch("SECRET_KEY_BASE")
  end

  def self.mapbox_public
    "pk.eyJ1IjoiZ3JvdW5kc3BrIiwiYSI6ImNscHVibGljIn0.placeholder"
  end
end
""")

# ---------------------------------------------------------------- rust

add("rust/database-password", "ground-sync/src/db.rs", "sqlx docs: PgPool::connect with a postgres:// URL", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// offline sync from the ground-side mini PC to central DB
const DATABASE_URL: &str = "postgres://groundsync:@@secret@@@central.grounds.pk:5432/grounds";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(4)
        .connect(DATABASE_URL)
        .await
}
""", secret=rand_pw(22))

add("rust/decoy-env-reference", "ground-sync/src/config.rs", "Rust std docs: std::env::var", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub telegram_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            telegram_token: env::var("TELEGRAM_BOT_TOKEN").unwrap_or_default(),
        }
    }
}
""")

add("rust/telegram-bot-token", "rain-alert/src/main.rs", "teloxide docs: Bot::new(token)", """
use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    // barish alert bot - grounds staff group
    let bot = Bot::new("@@secret@@");
    let chat = ChatId(-1001933310045);
    bot.send_message(chat, "⛈️ Barish ka imkaan - covers laga dein").await.unwrap();
}
""", secret=fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- swift

add("swift/decoy-public-key", "GroundsPK/Config/Keys.swift", "Google Maps SDK for iOS docs: iOS-restricted API key in the app bundle", """
import Foundation

enum Keys {
    // Restricted to bundle id pk.grounds.ios (Maps SDK for iOS only)
    static let mapsSDK = Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? ""
    static let apiBase = URL(string: "https://api.groundspk.com")!
    static let sentryEnvironment = "production"
}
""")

add("swift/sportmonks-api-token", "ScoreWidget/LiveScoreService.swift", "Sportmonks Cricket API docs: api_token", """
import Foundation

final class LiveScoreService {
    private let token = "@@secret@@"
    private let base = "https://cricket.sportmonks.com/api/v2.0"

    func livescores() async throws -> Data {
        var comps = URLComponents(string: base + "/livescores")!
        comps.queryItems = [URLQueryItem(name: "api_token", value: token),
                            URLQueryItem(name: "include", value: "runs")]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        return data
    }
}
""", secret=rand_pw(60))

add("swift/safepay-secret-key", "AcademyApp/Payments/SafepayConfig.swift", "Safepay developer docs: secret key (server-side only)", """
import Foundation

struct SafepayConfig {
    static let environment = "production"
    // FIXME: yeh secret app mein nahi hona chahiye - backend pe shift karo
    static let merchantSecret = "@@secret@@"
    static let redirectURL = URL(string: "academyapp://payment/complete")!
}
""", secret=sha256ish())

# ---------------------------------------------------------------- typescript

add("typescript/safepay-webhook-secret", "src/app/api/safepay/webhook/route.ts", "Safepay docs: verifying webhook signatures with the shared secret (HMAC-SHA512)", """
import crypto from "node:crypto";
import { NextResponse } from "next/server";

const WEBHOOK_SECRET = "@@secret@@";

export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get("x-sfpy-signature") ?? "";
  const expected = crypto.createHmac("sha512", WEBHOOK_SECRET).update(body).digest("hex");
  if (!crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    return NextResponse.json({ ok: false }, { status: 401 });
  }
  const event = JSON.parse(body);
  // booking ko paid mark karo
  return NextResponse.json({ ok: true, tracker: event.data?.tracker });
}
""", secret=sha256ish())

add("typescript/decoy-env-reference", "src/lib/payfast.ts", "Node.js docs: process.env", """
const merchantId = process.env.PAYFAST_MERCHANT_ID!;
const securedKey = process.env.PAYFAST_SECURED_KEY!;

export async function accessToken(basketId: string, amount: number) {
  const body = new URLSearchParams({
    MERCHANT_ID: merchantId,
    SECURED_KEY: securedKey,
    BASKET_ID: basketId,
    TXNAMT: amount.toFixed(2),
  });
  const res = await fetch("https://ipg1.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken", { method: "POST", body });
  return (await res.json()).ACCESS_TOKEN as string;
}
""")

add("typescript/mongodb-password", "src/db/mongo.ts", "MongoDB Node driver docs: connection string with credentials", """
import { MongoClient } from "mongodb";

const uri = "mongodb+srv://scorer_app:@@secret@@@cluster0.pk7x2.mongodb.net/scorer?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function matches() {
  await client.connect();
  return client.db("scorer").collection("matches");
}
""", secret=rand_pw(16))

add("typescript/decoy-firebase-config", "src/firebase.ts", "Firebase docs: web app config object (public)", """
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "nets-booking-pk.firebaseapp.com",
  projectId: "nets-booking-pk",
  storageBucket: "nets-booking-pk.appspot.com",
  messagingSenderId: "733019825541",
  appId: "1:733019825541:web:91ab3c0de2f4a6b8",
};

export const app = initializeApp(firebaseConfig);
""", k=google_key())

add("typescript/discord-webhook", "scripts/post-results.ts", "Discord docs: execute webhook URL", """
// Weekend league results -> academy Discord (#results)
const WEBHOOK = "@@secret@@";

export async function postResult(home: string, away: string, summary: string) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `**${home} vs ${away}**\\n${summary}` }),
  });
}
""", secret=discord_webhook())

add("typescript/decoy-test-fixture", "src/lib/__tests__/jazzcash.test.ts", "Jest docs: test fixtures", """
import { secureHash } from "../jazzcash";

const FAKE_SALT = "sandbox-salt";

describe("secureHash", () => {
  it("is 64 upper-case hex characters", () => {
    const h = secureHash(FAKE_SALT, { pp_Amount: "100000", pp_TxnCurrency: "PKR" });
    expect(h).toMatch(/^[0-9A-F]{64}$/);
  });
});
""")

add("typescript/mapbox-secret-token", "tools/upload-ground-tiles.ts", "Mapbox docs: secret access tokens (sk.) for the Uploads API", """
import { execSync } from "node:child_process";

// Ground layouts (pitch squares, nets, parking) -> Mapbox tileset
const MAPBOX_SECRET = "@@secret@@";
const USER = "pcb-grounds";

for (const f of ["gaddafi.geojson", "niaz.geojson", "pindi.geojson"]) {
  execSync(`tilesets upload-source ${USER} ${f.replace(".geojson", "")} data/${f} --token ${MAPBOX_SECRET}`, { stdio: "inherit" });
}
""", secret=mapbox_secret())

# ---------------------------------------------------------------- shell

add("shell/mysql-password", "scripts/backup_fees_db.sh", "mysqldump docs: -p<password> on the command line", """
#!/usr/bin/env bash
set -euo pipefail
# Roz raat 2 baje fees DB ka backup - Google Drive sync folder mein
STAMP=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction fees \\
  | gzip > /srv/backups/fees-$STAMP.sql.gz
find /srv/backups -name 'fees-*.sql.gz' -mtime +30 -delete
""", secret=words_pw())

add("shell/decoy-env-reference", "scripts/deploy.sh", "Bash docs: parameter expansion with required variables", """
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_HOST:?set DEPLOY_HOST}"
: "${GHCR_TOKEN:?set GHCR_TOKEN (from CI secret)}"
echo "$GHCR_TOKEN" | docker login ghcr.io -u lahorenets-bot --password-stdin
ssh "deploy@$DEPLOY_HOST" "cd /srv/booking && docker compose pull && docker compose up -d"
""")

add("shell/mikrotik-password", "network/backup-routers.sh", "RouterOS docs: /export over SSH; sshpass -p", """
#!/bin/sh
# Ground WiFi routers (MikroTik hAP ac2) - config backup
for ip in 192.168.88.1 192.168.89.1 192.168.90.1; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$ip '/export' > "backup-$ip-$(date +%F).rsc"
done
""", secret=rand_pw(12, "#!"))

add("shell/cricclubs-api-password", "scripts/sync_cricclubs.sh", "curl docs: -u user:password", """
#!/usr/bin/env bash
# League scores CricClubs se pull kar ke local DB mein
set -e
curl -fsS -u "academy_sync:@@secret@@" \\
  "https://api.cricclubs.example/league/1187/matches?status=completed" \\
  -o /tmp/matches.json
python3 /opt/scorer/import_matches.py /tmp/matches.json
""", secret=words_pw().replace("$", "!"))

add("shell/decoy-placeholder", "docs/snippets/curl-payfast.sh", "PayFast API documentation curl example", """
#!/bin/sh
# Example from the PayFast integration doc - replace the values
curl -X POST https://ipguat.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken \\
  -d MERCHANT_ID=YOUR_MERCHANT_ID \\
  -d SECURED_KEY=YOUR_SECURED_KEY \\
  -d BASKET_ID=ITEM-001 \\
  -d TXNAMT=1500
""")

add("shell/aws-secret-key", "infra/bootstrap-ec2.sh", "AWS CLI docs: aws configure set", """
#!/bin/bash
# EC2 pe first-boot - streaming encoder (OBS -> MediaLive) ke liye
apt-get update -y && apt-get install -y awscli ffmpeg
aws configure set aws_access_key_id @@kid@@
aws configure set aws_secret_access_key @@secret@@
aws configure set region ap-south-1
aws s3 sync s3://academy-stream-assets/overlays /opt/overlays
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- powershell

add("powershell/sql-server-password", "ops/Export-Bookings.ps1", "SqlServer module docs: Invoke-Sqlcmd -Password", """
# Monthly bookings export for the accounts office (Faisalabad)
$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
Invoke-Sqlcmd -ServerInstance "10.50.0.5" -Database "GroundOps" `
  -Username "reports" -Password "@@secret@@" `
  -Query "SELECT * FROM Bookings WHERE FORMAT(SlotStart,'yyyy-MM') = '$month'" |
  Export-Csv -Path "\\\\fileserver\\accounts\\bookings-$month.csv" -NoTypeInformation -Encoding UTF8
""", secret=words_pw().replace("$", "!"))

add("powershell/decoy-secretmanagement", "ops/Connect-Nvr.ps1", "Microsoft.PowerShell.SecretManagement docs: Get-Secret", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "nvr-admin" -Vault "GroundOps"
$nvr = "http://192.168.10.64"
Invoke-WebRequest -Uri "$nvr/ISAPI/System/deviceInfo" -Credential $cred -UseBasicParsing |
  Select-Object -ExpandProperty Content
""")

add("powershell/smtp-password", "ops/Send-FeeReminders.ps1", "PowerShell docs: ConvertTo-SecureString -AsPlainText with PSCredential", """
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("fees@multanacademy.pk", $pass)
$due = Import-Csv "C:\\Fees\\due-this-week.csv"
foreach ($p in $due) {
    Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred `
        -From "fees@multanacademy.pk" -To $p.ParentEmail `
        -Subject "Fee reminder / فیس کی یاد دہانی" -Body "Dear parent, $($p.Name) ki fee due hai."
}
""", secret=words_pw().replace("$", "!"))

# ---------------------------------------------------------------- dockerfile

add("dockerfile/github-token", "Dockerfile", "Docker docs: ENV/ARG persist in image layers", """
FROM python:3.12-slim
WORKDIR /app
# private repo se scoring lib install karni hai
ENV GITHUB_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN pip install git+https://${GITHUB_TOKEN}@github.com/lahorenets/scorelib.git@v0.8.1
COPY . .
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]
""", secret=fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "docker/api.Dockerfile", "Docker docs: RUN --mount=type=secret", """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ENV NODE_ENV=production TZ=Asia/Karachi
CMD ["node", "dist/server.js"]
""")

add("dockerfile/database-password", "docker/worker.Dockerfile", "Docker docs: ENV instruction", """
FROM python:3.11-slim
WORKDIR /worker
COPY requirements.txt .
RUN pip install -r requirements.txt
ENV CELERY_BROKER_URL=redis://redis:6379/0 \\
    DATABASE_URL=postgresql://fees_worker:@@secret@@@db:5432/fees \\
    TZ=Asia/Karachi
COPY . .
CMD ["celery", "-A", "fees", "worker", "-l", "info"]
""", secret=rand_pw(18))

# ---------------------------------------------------------------- compose

add("compose/postgres-password", "docker-compose.yml", "Docker Hub postgres image docs: POSTGRES_PASSWORD", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: academy
      POSTGRES_PASSWORD: "@@secret@@"
      POSTGRES_DB: academy
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata:
""", secret=words_pw())

add("compose/decoy-env-file", "docker-compose.prod.yml", "Docker Compose docs: env_file and variable interpolation", """
services:
  api:
    image: ghcr.io/lahorenets/booking-api:${TAG:-latest}
    env_file: /etc/lahorenets/api.env
    environment:
      DB_PASSWORD: ${DB_PASSWORD}
      JAZZCASH_INTEGRITY_SALT: ${JAZZCASH_INTEGRITY_SALT}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("compose/redis-password", "deploy/compose.redis.yml", "Redis docs: requirepass on the command line", """
services:
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass @@secret@@
    ports:
      - "127.0.0.1:6379:6379"
  slotlock:
    image: ghcr.io/multansports/slotlock:1.2
    environment:
      REDIS_ADDR: redis:6379
""", secret=fakes.redis_password(_seed()))

add("compose/decoy-docker-secrets", "stack/scorer.yml", "Docker docs: secrets in compose (_FILE convention)", """
services:
  db:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
      MYSQL_DATABASE: scorer
    secrets: [mysql_root]
secrets:
  mysql_root:
    external: true
""")

# ---------------------------------------------------------------- k8s-secret

_K8S_DB = words_pw()
add("k8s-secret/database-password", "k8s/booking/db-secret.yaml", "Kubernetes docs: Secret data values are base64", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: lahorenets
type: Opaque
data:
  DB_USERNAME: @@u@@
  DB_PASSWORD: @@p@@
""", secret=_K8S_DB, u=b64("nets_app"), p=b64(_K8S_DB))

_K8S_JC = rand_pw(10)
add("k8s-secret/jazzcash-integrity-salt", "k8s/payments/jazzcash-secret.yaml", "Kubernetes docs: Secret (Opaque) with base64 data", """
apiVersion: v1
kind: Secret
metadata:
  name: jazzcash
  namespace: payments
  labels:
    app: fees-portal
type: Opaque
data:
  merchant-id: @@m@@
  integrity-salt: @@s@@
""", secret=_K8S_JC, m=b64("MC48217"), s=b64(_K8S_JC))

add("k8s-secret/telegram-bot-token", "k8s/bots/score-bot-secret.yaml", "Kubernetes docs: Secret stringData (written as plain text)", """
apiVersion: v1
kind: Secret
metadata:
  name: score-bot
  namespace: bots
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
  ADMIN_CHAT_ID: "-1002211448731"
""", secret=fakes.telegram_token(_seed()))

add("k8s-secret/decoy-sealed-secret", "k8s/payments/payfast-sealed.yaml", "Bitnami Sealed Secrets docs: encryptedData is safe to commit", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payfast
  namespace: payments
spec:
  encryptedData:
    SECURED_KEY: AgB@@a@@
    MERCHANT_ID: AgC@@b@@
  template:
    metadata:
      name: payfast
""", a=fakes.drawn(_seed(), 340, ALNUM + "+/"), b=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/decoy-external-secret", "k8s/bots/external-secret.yaml", "External Secrets Operator docs: ExternalSecret remoteRef", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: score-bot
  namespace: bots
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: score-bot
  data:
    - secretKey: TELEGRAM_BOT_TOKEN
      remoteRef:
        key: prod/bots/score-bot
        property: telegram_token
""")

_K8S_SG = sendgrid_key()
add("k8s-secret/sendgrid-api-key", "k8s/newsletter/secret.yaml", "Kubernetes docs: Secret data base64", """
apiVersion: v1
kind: Secret
metadata:
  name: newsletter
  namespace: comms
type: Opaque
data:
  SENDGRID_API_KEY: @@k@@
""", secret=_K8S_SG, k=b64(_K8S_SG))

# ---------------------------------------------------------------- terraform

add("terraform/database-password", "infra/rds.tf", "Terraform AWS provider docs: aws_db_instance password", """
resource "aws_db_instance" "academy" {
  identifier          = "academy-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 40
  username            = "academy_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    Owner = "Karachi Cricket Academy"
  }
}
""", secret=rand_pw(20))

add("terraform/decoy-variable-reference", "infra/main.tf", "Terraform docs: sensitive input variables", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "grounds" {
  identifier        = "grounds-prod"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "grounds"
  password          = var.db_password
}
""")

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs: api_token", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "6f1c9e2d8a3b4c5d6e7f8a9b0c1d2e3f"
  name    = "book"
  value   = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "Terraform docs: .tfvars files (example committed, real one ignored)", """
# Copy to terraform.tfvars (git-ignored)
region            = "ap-south-1"
db_password       = "REPLACE_ME"
jazzcash_salt     = "REPLACE_ME"
telegram_token    = "<bot-token>"
alert_email       = "ops@example.pk"
""")

add("terraform/aws-secret-key", "infra/video/provider.tf", "Terraform AWS provider docs: static credentials (not recommended)", """
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "clips" {
  bucket = "academy-bowling-clips-prod"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- ansible

add("ansible/mysql-password", "ansible/group_vars/grounds.yml", "Ansible community.mysql docs: login_password", """
---
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: grounds
  - name: fees
mysql_users:
  - name: grounds_app
    host: "10.40.%"
    priv: "grounds.*:ALL"
ntp_timezone: Asia/Karachi
""", secret=words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/payments/vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(64))

add("ansible/hikvision-password", "ansible/roles/cctv/tasks/main.yml", "Ansible uri module docs: url_username / url_password", """
---
- name: Set NVR time to Asia/Karachi
  ansible.builtin.uri:
    url: "http://{{ nvr_ip }}/ISAPI/System/time"
    method: PUT
    url_username: admin
    url_password: "@@secret@@"
    force_basic_auth: false
    body: "<Time><timeMode>NTP</timeMode><timeZone>CST-5:00:00</timeZone></Time>"
    status_code: 200
""", secret=words_pw())

add("ansible/decoy-vault-reference", "ansible/group_vars/bots.yml", "Ansible docs: referencing vaulted variables", """
---
telegram_bot_token: "{{ vault_telegram_bot_token }}"
telegram_admin_chat: -1001874432210
bot_log_level: info
bot_timezone: Asia/Karachi
""")

# ---------------------------------------------------------------- github-actions

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI docs: API token as TWINE_PASSWORD", """
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
        with: {python-version: "3.12"}
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml", "GitHub Actions docs: using secrets in a workflow", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: appleboy/ssh-action@v1
        with:
          host: ${{ secrets.DEPLOY_HOST }}
          username: deploy
          key: ${{ secrets.DEPLOY_KEY }}
          script: cd /srv/booking && docker compose pull && docker compose up -d
""")

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "Telegram Bot API docs: sendMessage over HTTPS", """
name: notify-coaches
on:
  workflow_run:
    workflows: [deploy]
    types: [completed]
jobs:
  tell:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001874432210 \\
            -d text="Booking site deploy ho gaya ✅"
""", secret=fakes.telegram_token(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/upload-clips.yml", "GitHub docs: OIDC with aws-actions/configure-aws-credentials (no stored keys)", """
name: upload-clips
on: workflow_dispatch
permissions:
  id-token: write
  contents: read
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481920374615:role/gha-clips-upload
          aws-region: ap-south-1
      - run: aws s3 sync clips/ s3://academy-bowling-clips-prod/
""")

add("github-actions/docker-password", ".github/workflows/build.yml", "docker/login-action docs: username and password inputs", """
name: build
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: multansports
          password: @@secret@@
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: multansports/ground-api:latest
""", secret=fakes.fake("dckr_pat_", 27, _seed()))

# ---------------------------------------------------------------- sql

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- Reporting user for the accounts office (Power BI)
CREATE ROLE fees_reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fees TO fees_reporting;
GRANT USAGE ON SCHEMA public TO fees_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO fees_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO fees_reporting;
""", secret=words_pw())

add("sql/decoy-password-hash", "db/seeds/coaches.sql", "Django/passlib docs: stored password hashes (bcrypt)", """
-- Seed coaches (passwords are bcrypt hashes; coaches reset on first login)
INSERT INTO coaches (id, name, email, password_hash, role) VALUES
  (1, 'Azhar Mehmood', 'azhar@academy.pk', '$2b$12$@@h1@@', 'head'),
  (2, 'Saima Rafiq', 'saima@academy.pk', '$2b$12$@@h2@@', 'girls'),
  (3, 'Junaid Akhtar', 'junaid@academy.pk', '$2b$12$@@h3@@', 'fast-bowling');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/jazzcash-password", "db/seeds/payment_gateways.sql", "JazzCash merchant credentials stored in a settings table", """
-- gateway settings (admin panel se bhi edit hoti hain)
INSERT INTO payment_gateways (code, merchant_id, password, salt, live) VALUES
  ('jazzcash', 'MC48217', '@@secret@@', '@@salt@@', true),
  ('easypaisa', '58231', NULL, NULL, false);
UPDATE settings SET value = 'jazzcash' WHERE key = 'default_gateway';
""", secret=rand_pw(10), salt=rand_pw(10))

add("sql/decoy-uuid", "db/seeds/grounds.sql", "SQL seed data with UUID primary keys", """
INSERT INTO grounds (id, name, city, floodlights) VALUES
  ('@@a@@', 'Bagh-e-Jinnah', 'Lahore', true),
  ('@@b@@', 'KRL Ground', 'Rawalpindi', true),
  ('@@c@@', 'Asghar Ali Shah Stadium', 'Karachi', false),
  ('@@d@@', 'Ibn-e-Qasim Bagh', 'Multan', true);
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("sql/ldap-password", "db/mssql/linked_server_ad.sql", "SQL Server docs: sp_addlinkedsrvlogin with @rmtpassword", """
-- Linked server to Active Directory (coach accounts lookup)
EXEC master.dbo.sp_addlinkedserver @server = N'ADSI', @srvproduct = N'Active Directory Service Interfaces',
     @provider = N'ADSDSOObject', @datasrc = N'adsdatasource';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ADSI', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'ACADEMY\\svc-sqlad', @rmtpassword = N'@@secret@@';
GO
""", secret=words_pw())

# ---------------------------------------------------------------- xml

add("xml/smtp-password", "GroundOps.Legacy/Web.config", "ASP.NET docs: system.net/mailSettings/smtp network password", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="bookings@faisalabadsports.pk">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="bookings@faisalabadsports.pk" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="TimeZone" value="Pakistan Standard Time" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("xml/decoy-placeholder", "android/app/src/main/res/values/secrets.xml.template", "Android resources template with placeholder values", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- copy to secrets.xml; values come from the CI secret store -->
    <string name="maps_api_key">YOUR_MAPS_KEY</string>
    <string name="safepay_env">sandbox</string>
    <string name="backend_url">https://api.groundspk.com</string>
</resources>
""")

add("xml/database-password", "fees-service/src/main/resources/hibernate.cfg.xml", "Hibernate docs: hibernate.connection.password", """
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
    <property name="hibernate.connection.url">jdbc:mysql://fees-db.local:3306/fees</property>
    <property name="hibernate.connection.username">fees_app</property>
    <property name="hibernate.connection.password">@@secret@@</property>
    <property name="hibernate.dialect">org.hibernate.dialect.MySQL8Dialect</property>
  </session-factory>
</hibernate-configuration>
""", secret=rand_pw(16))

add("xml/decoy-android-manifest-key", "android/app/src/main/AndroidManifest.xml", "Google Maps Android docs: API key referenced from a manifest placeholder", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Grounds PK" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("xml/easypaisa-hash-key", "fees-service/src/main/resources/gateways.xml", "Spring XML bean configuration with property values", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
    <bean id="easypaisaGateway" class="pk.academy.fees.pay.EasypaisaGateway">
        <property name="storeId" value="77410"/>
        <property name="hashKey" value="@@secret@@"/>
        <property name="postBackUrl" value="https://fees.academy.pk/ep/callback"/>
    </bean>
</beans>
""", secret=rand_pw(16).upper())

# ---------------------------------------------------------------- plist

add("plist/decoy-google-service-info", "ios/GroundsPK/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist holds public client config", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>733019825541</string>
	<key>BUNDLE_ID</key>
	<string>pk.grounds.ios</string>
	<key>PROJECT_ID</key>
	<string>nets-booking-pk</string>
</dict>
</plist>
""", k=google_key())

add("plist/sportmonks-api-token", "ios/ScoreWidget/Config.plist", "Property list config read with Bundle.main", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SportmonksToken</key>
	<string>@@secret@@</string>
	<key>RefreshSeconds</key>
	<integer>30</integer>
</dict>
</plist>
""", secret=rand_pw(60))

# ---------------------------------------------------------------- properties

add("properties/database-password", "fees-service/src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource.password", """
spring.datasource.url=jdbc:mysql://fees-db.local:3306/fees
spring.datasource.username=fees_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
app.timezone=Asia/Karachi
""", secret=words_pw())

add("properties/decoy-env-reference", "fees-service/src/main/resources/application.properties", "Spring Boot docs: property placeholders resolved from the environment", """
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
easypaisa.store-id=${EASYPAISA_STORE_ID}
easypaisa.hash-key=${EASYPAISA_HASH_KEY}
server.port=8081
""")

add("properties/ftp-password", "scoreboard/gradle.properties", "Gradle docs: gradle.properties for upload credentials", """
org.gradle.jvmargs=-Xmx2g
# LED scoreboard APK deploy via FTP to the panel PC
scoreboardFtpHost=192.168.5.20
scoreboardFtpUser=ledpanel
scoreboardFtpPassword=@@secret@@
""", secret=rand_pw(12))

# ---------------------------------------------------------------- csv

add("csv/hikvision-password", "it/inventory/ground-devices.csv", "Asset inventory spreadsheet exported as CSV", """
site,device,model,ip,username,password,notes
Bagh-e-Jinnah,NVR,Hikvision DS-7616NI-K2,192.168.10.64,admin,@@secret@@,pavilion rack
Bagh-e-Jinnah,Router,MikroTik hAP ac2,192.168.88.1,admin,(see vault),
Bagh-e-Jinnah,Turnstile,ZKTeco SpeedFace V5L,192.168.20.11,,(comm key 0),main gate
Bagh-e-Jinnah,Floodlight,LumiNet LX-400,192.168.30.5,operator,(see vault),tower 1-4
Bagh-e-Jinnah,UPS,APC SMT3000,192.168.30.9,apc,(default changed),
""", secret=words_pw().replace(",", "!"))

add("csv/decoy-transaction-ids", "exports/jazzcash-settlement-2024-05.csv", "JazzCash merchant portal settlement report export", """
txn_ref,date,amount_pkr,msisdn,status,retrieval_ref,bill_reference
T20240501093012,2024-05-01,1500.00,0300XXXX123,SUCCESS,@@a@@,NETS-11822
T20240501101544,2024-05-01,3000.00,0321XXXX987,SUCCESS,@@b@@,NETS-11823
T20240502180203,2024-05-02,1500.00,0333XXXX456,FAILED,,NETS-11830
T20240503071122,2024-05-03,4500.00,0345XXXX001,SUCCESS,@@c@@,FEE-U16-0412
""", a=hexs(12).upper(), b=hexs(12).upper(), c=hexs(12).upper())

add("csv/admin-password", "it/handover/accounts-list.csv", "Account handover list exported from a spreadsheet", """
system,url,login,password,owner
Booking admin,https://book.lahorenets.pk/admin,ops@lahorenets.pk,@@secret@@,Usman
JazzCash merchant portal,https://sandbox.jazzcash.com.pk,MC48217,(Usman ke paas),Usman
Cloudflare,https://dash.cloudflare.com,it@lahorenets.pk,(2FA on Faraz phone),Faraz
Google Workspace,https://admin.google.com,it@lahorenets.pk,(reset via recovery),Faraz
""", secret=words_pw().replace(",", "!"))

add("csv/decoy-player-registrations", "exports/u16-trials-2024.csv", "Trial registrations export (ids and hashes only)", """
reg_id,player_name,dob,city,bform_sha256,batch
@@u1@@,Ahmed Raza,2008-03-14,Lahore,@@h1@@,U16-A
@@u2@@,Hamza Iqbal,2008-11-02,Kasur,@@h2@@,U16-A
@@u3@@,Zainab Tariq,2009-01-22,Lahore,@@h3@@,Girls-U16
@@u4@@,Bilal Khan,2008-07-30,Sheikhupura,@@h4@@,U16-B
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

# ---------------------------------------------------------------- log

add("log/database-url", "logs/booking-api-2024-06-14.log", "Application log printing a connection URL at startup", """
2024-06-14 06:00:01,112 INFO  booking.app starting booking-api 1.14.2 (production)
2024-06-14 06:00:01,115 DEBUG booking.db connecting to postgresql://nets_app:@@secret@@@10.20.1.15:5432/nets_booking
2024-06-14 06:00:01,301 INFO  booking.db pool ready (size=10)
2024-06-14 06:00:02,002 INFO  booking.jobs rain-check scheduled every 30 min
2024-06-14 06:30:02,440 WARN  booking.jobs PMD feed slow (4.2s)
2024-06-14 07:12:45,911 INFO  booking.api POST /bookings 201 ground=14 slot=18:00
""", secret=rand_pw(18))

add("log/decoy-masked", "logs/payments-2024-06-14.log", "Payment service log with masked credentials", """
2024-06-14 18:02:11 INFO  jazzcash request pp_TxnRefNo=T20240614180211 pp_Amount=150000 pp_Password=****** pp_SecureHash=@@h@@
2024-06-14 18:02:14 INFO  jazzcash response pp_ResponseCode=000 pp_ResponseMessage="Thank you for Using JazzCash"
2024-06-14 18:05:40 INFO  easypaisa postback orderRefNum=NETS-11901 status=PAID hashKey=[masked]
2024-06-14 18:05:40 INFO  booking NETS-11901 marked paid
2024-06-14 18:30:00 INFO  reconciliation ok (12 txns)
""", h=hexs(64).upper())

add("log/telegram-bot-token", "logs/rain-bot.err.log", "python-telegram-bot / httpx error log showing the request URL", """
2024-07-02 15:10:03 ERROR telegram.ext.Updater Error while getting Updates: Conflict
2024-07-02 15:10:03 ERROR httpx HTTP Request: POST https://api.telegram.org/bot@@secret@@/getUpdates "HTTP/1.1 409 Conflict"
2024-07-02 15:10:04 INFO  rain-bot retrying in 5s
2024-07-02 15:10:09 INFO  rain-bot polling resumed
2024-07-02 15:40:00 INFO  rain-bot sent alert to -1001933310045 (barish 70%)
""", secret=fakes.telegram_token(_seed()))

add("log/decoy-request-ids", "logs/nginx-access-2024-06-14.log", "nginx access log (combined) with request ids", """
203.0.113.7 - - [14/Jun/2024:18:01:02 +0500] "GET /grounds/14/slots?date=2024-06-14 HTTP/1.1" 200 1822 "-" "Mozilla/5.0" rid=@@a@@
203.0.113.7 - - [14/Jun/2024:18:01:40 +0500] "POST /bookings HTTP/1.1" 201 311 "-" "Mozilla/5.0" rid=@@b@@
198.51.100.23 - - [14/Jun/2024:18:02:11 +0500] "POST /payments/jazzcash/return HTTP/1.1" 302 0 "-" "Mozilla/5.0" rid=@@c@@
198.51.100.23 - - [14/Jun/2024:18:02:12 +0500] "GET /bookings/NETS-11901 HTTP/1.1" 200 2410 "-" "Mozilla/5.0" rid=@@d@@
10.20.1.1 - - [14/Jun/2024:18:05:00 +0500] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@e@@
""", a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32))

add("log/smtp-password", "logs/mailer-debug.log", "smtplib debug output (set_debuglevel) showing AUTH PLAIN", """
send: 'ehlo booking-api\\r\\n'
reply: b'250-smtp.gmail.com at your service'
reply: b'250 AUTH LOGIN PLAIN XOAUTH2'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 2.7.0 Accepted'
send: 'mail FROM:<bookings@karachigymkhananets.pk>\\r\\n'
reply: b'250 2.1.0 OK'
""", secret=b64("\0bookings@karachigymkhananets.pk\0" + "".join(_rng().choice(string.ascii_lowercase) for _ in range(16))))

# ---------------------------------------------------------------- notebook

add("notebook/sportmonks-api-token", "analysis/psl_batting_trends.ipynb", "Jupyter nbformat 4 JSON; Sportmonks api_token", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# PSL batting trends - academy analysts ke liye\\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, requests\\n",
    "TOKEN = \\"@@secret@@\\"\\n",
    "r = requests.get('https://cricket.sportmonks.com/api/v2.0/fixtures', params={'api_token': TOKEN, 'filter[season_id]': 1191})\\n",
    "df = pd.json_normalize(r.json()['data'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(60))

add("notebook/database-password", "analysis/fees_collection.ipynb", "Jupyter nbformat 4 JSON; psycopg2.connect password", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import psycopg2, pandas as pd\\n",
    "conn = psycopg2.connect(host='pg-main.sialkotacademy.local', dbname='academy', user='analyst', password='@@secret@@')\\n",
    "fees = pd.read_sql('select batch, month, sum(amount) from fee_payments group by 1,2', conn)\\n",
    "fees.pivot(index='month', columns='batch')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("notebook/decoy-getpass", "analysis/attendance_heatmap.ipynb", "Python docs: getpass.getpass for interactive secrets", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg2\\n",
    "pw = getpass.getpass('DB password: ')\\n",
    "conn = psycopg2.connect(host='pg-main.sialkotacademy.local', dbname='academy', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/aws-secret-key", "analysis/bowling_speed_model.ipynb", "Jupyter nbformat 4 JSON; boto3 session with keys", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "session = boto3.Session(aws_access_key_id='@@kid@@',\\n",
    "                        aws_secret_access_key='@@secret@@',\\n",
    "                        region_name='ap-south-1')\\n",
    "s3 = session.client('s3')\\n",
    "s3.download_file('pcb-academy-bowling-clips', 'speedgun/2024-05.csv', 'speeds.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- markdown

add("markdown/hikvision-password", "docs/handover/ground-it-handover.md", "Handover notes kept in a repository wiki", """
# Ground IT handover - Bagh-e-Jinnah (Usman -> Faraz)

Assalam o Alaikum Faraz, yeh sab cheezein ab aap ke paas hain:

## CCTV
- NVR: http://192.168.10.64 (Hikvision), user `admin`
- Password: `@@secret@@`
- Recording 21 din, phir overwrite

## Floodlights
- Controller ka login vault mein hai ("Floodlights / LX-400")
- Match se 30 minute pehle tower 1-4 on karein

## Turnstiles
- ZKTeco app se members add hote hain; comm key 0
""", secret=words_pw())

add("markdown/decoy-setup-guide", "docs/setup/local-development.md", "Project README-style setup guide with placeholders", """
# Local development

1. Copy `.env.example` to `.env`.
2. Ask Faraz for access to the 1Password vault **Lahore Nets / dev**.
3. Fill in:
   - `JAZZCASH_PASSWORD=<sandbox password from vault>`
   - `JAZZCASH_INTEGRITY_SALT=<sandbox salt from vault>`
   - `DB_PASSWORD=secret` (local docker only)
4. Run `docker compose up -d` and `php artisan migrate --seed`.

> Note: live keys kabhi bhi `.env.example` mein mat daalein.
""")

add("markdown/jazzcash-integrity-salt", "docs/runbooks/jazzcash-go-live.md", "JazzCash go-live checklist in a runbook", """
# JazzCash go-live (fees portal)

| Setting | Sandbox | Live |
|---|---|---|
| Merchant ID | MC12345 | MC61204 |
| Password | (sandbox portal) | see below |
| Integrity salt | (sandbox portal) | `@@secret@@` |
| Return URL | http://localhost:8000/jc | https://fees.sialkotacademy.pk/jazzcash/return |

Live password Bilal bhai ne WhatsApp kiya tha: `@@pw@@`

- [x] HMAC-SHA256 verified with sandbox
- [ ] IPN URL whitelist (JazzCash support ko email)
""", secret=rand_pw(10), pw=rand_pw(10))

add("markdown/decoy-api-docs", "docs/api/webhooks.md", "Webhook documentation with example signature values", """
# Booking webhooks

We sign each webhook with HMAC-SHA256 of the body using your endpoint's signing secret.

```http
POST /your/endpoint HTTP/1.1
X-Nets-Signature: t=1718370000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
Content-Type: application/json
```

Your signing secret looks like `whsec_...` and is shown once in the dashboard.
Verify with a constant-time comparison. Example secret for the test suite: `whsec_test_xxxxxxxxxxxxxxxx`.
""")

add("markdown/ssh-private-key", "docs/runbooks/server-access.md", "Runbook pasting an OpenSSH private key (ssh-keygen format)", """
# Server access (booking VPS)

Host: `203.0.113.40`, user `deploy`. Emergency key neeche hai (Faraz ka laptop kharab ho jaye to):

```
@@secret@@
```

Save as `~/.ssh/lahorenets_deploy`, `chmod 600`, then `ssh -i ~/.ssh/lahorenets_deploy deploy@203.0.113.40`.
""", secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/decoy-changelog", "CHANGELOG.md", "Keep a Changelog format", """
# Changelog

## [1.14.2] - 2024-06-10
### Fixed
- JazzCash return URL ab `pp_SecureHash` verify karta hai (commit 9f2c4e1a7b3d5f60812ab3c4d5e6f708192a3b4c).
- Rain auto-cancel: PMD feed timeout 10s.

## [1.14.1] - 2024-05-28
### Changed
- Easypaisa hash key rotated (new key in vault, ticket OPS-212).
- Telegram bot token moved to ExternalSecret.
""")

add("markdown/whatsapp-access-token", "docs/notes/whatsapp-templates.md", "Meta WhatsApp Cloud API docs: curl example with Bearer token", """
# WhatsApp templates (fee reminders)

Approved templates: `fee_reminder_ur`, `fee_reminder_en`, `trial_invite_ur`.

Test bhejne ke liye (permanent system-user token):

```bash
curl -X POST https://graph.facebook.com/v19.0/104882651773920/messages \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d '{"messaging_product":"whatsapp","to":"923001234567","type":"template","template":{"name":"fee_reminder_ur","language":{"code":"ur"}}}'
```
""", secret=meta_token())

add("markdown/decoy-redacted-incident", "docs/incidents/2024-04-turnstile-outage.md", "Incident postmortem with redacted credentials", """
# Postmortem: main gate turnstiles down (2024-04-19)

**Impact:** 45 minute tak members manual entry se andar aaye.

**Cause:** ZKTeco controller ka password expire hua; sync job fail.

Log line (redacted):
`zk.connect 192.168.20.11:4370 user=admin password=[REDACTED] -> AuthError`

**Fix:** naya password vault mein ("Turnstiles / SpeedFace"), sync job restart.
""")

add("markdown/easypaisa-hash-key", "docs/vendors/easypaisa.md", "Vendor notes in a repository wiki", """
# Easypaisa OPG - notes

- Merchant portal: https://easypay.easypaisa.com.pk/easypay-merchant/
- Store ID: 58231
- Hash key (live): @@secret@@
- Account manager: Telenor Microfinance Bank, Lahore office

Callback `postBackURL` must be HTTPS. Sandbox store aur live store alag hain.
""", secret=rand_pw(16).upper())

add("markdown/decoy-urdu-readme", "README.ur.md", "Project README in Urdu with links only", """
# نیٹس بکنگ سسٹم

یہ ریپو لاہور نیٹس کی بکنگ ویب سائٹ کا کوڈ ہے۔

- ڈویلپمنٹ سیٹ اپ: `docs/setup/local-development.md`
- پاس ورڈ اور کیز: صرف 1Password والٹ میں ("Lahore Nets / prod")
- سوالات: Faraz (it@lahorenets.pk)

API ٹیسٹ کے لیے sandbox merchant `MC12345` استعمال کریں۔
""")

add("markdown/redis-password", "docs/runbooks/redis.md", "Runbook: redis-cli -a password", """
# Redis (slot holds)

Check holds stuck after a failed payment:

```
redis-cli -h 10.30.0.8 -n 2 -a '@@secret@@' --scan --pattern 'hold:*'
```

Agar koi hold 10 minute se zyada ka ho to `DEL` kar dein, TTL bug #88 dekhein.
""", secret=fakes.redis_password(_seed()))

# ---------------------------------------------------------------- more python

add("python/sms-gateway-password", "notify/jazz_sms.py", "Bulk SMS HTTP API (username/password query parameters) as Pakistani SMS gateways document it", """
import requests

# Jazz bulk SMS (masking "LHR NETS")
SMS_URL = "https://connect.jazzcmt.com/sendsms_url.html"
SMS_USER = "03008452211"
SMS_PASS = "@@secret@@"


def send(msisdn: str, text: str) -> str:
    r = requests.get(SMS_URL, params={
        "Username": SMS_USER,
        "Password": SMS_PASS,
        "From": "LHR NETS",
        "To": msisdn,
        "Message": text,
    }, timeout=10)
    return r.text
""", secret=rand_pw(12))

add("python/ldap-bind-password", "intranet/coach_login.py", "ldap3 docs: Connection(server, user, password)", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc1.academy.local", get_info=ALL)
SERVICE_DN = "cn=svc-coachportal,ou=service,dc=academy,dc=local"
SERVICE_PW = "@@secret@@"


def find_coach(email: str):
    with Connection(server, SERVICE_DN, SERVICE_PW, auto_bind=True) as c:
        c.search("ou=coaches,dc=academy,dc=local", f"(mail={email})", attributes=["cn", "memberOf"])
        return c.entries[0] if c.entries else None
""", secret=words_pw())

add("python/floodlight-controller-password", "floodlights/controller.py", "Python docs: implicit string literal concatenation", """
import socket

CONTROLLER = ("192.168.30.5", 9100)
# password tod ke likha hai taake grep mein na aaye (!)
ADMIN_PASSWORD = ("@@p1@@"
                  "@@p2@@")


def towers_on(ids):
    with socket.create_connection(CONTROLLER, timeout=5) as s:
        s.sendall(f"LOGIN operator {ADMIN_PASSWORD}\\n".encode())
        for t in ids:
            s.sendall(f"TOWER {t} ON\\n".encode())
""", secret=(_SPLIT := rand_pw(16)), p1=_SPLIT[:8], p2=_SPLIT[8:])

add("python/ftp-password", "scoreboard/push_graphics.py", "Python docs: ftplib.FTP.login", """
from ftplib import FTP
from pathlib import Path

with FTP("192.168.5.20") as ftp:
    ftp.login("ledpanel", "@@secret@@")
    ftp.cwd("/media/graphics")
    for img in Path("out").glob("*.png"):
        with img.open("rb") as f:
            ftp.storbinary(f"STOR {img.name}", f)
        print("uploaded", img.name)
""", secret=rand_pw(10))

add("python/cricclubs-api-password", "livescore/cricclubs_client.py", "RFC 7617 HTTP Basic: Authorization header with base64 user:password", """
import requests

HEADERS = {
    "Authorization": "Basic @@b@@",
    "Accept": "application/json",
}


def league_matches(league_id: int):
    r = requests.get(f"https://api.cricclubs.example/league/{league_id}/matches", headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()
""", secret=(_BA := b64("academy_sync:" + rand_pw(14))), b=_BA)

add("python/decoy-regex", "security/scrub.py", "Python docs: re module; log scrubbing patterns", """
import re

# Logs se secrets hata do before shipping to Loki
PATTERNS = [
    re.compile(r"pp_Password=[^&\\s]+"),
    re.compile(r"hashKey=[A-Z0-9]{16}"),
    re.compile(r"bot\\d{9,10}:AA[\\w-]{33}"),
    re.compile(r"sk_live_[0-9a-zA-Z]{24}"),
]


def scrub(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[REDACTED]", line)
    return line
""")

add("python/decoy-recaptcha-site-key", "web/forms.py", "Google reCAPTCHA docs: the site key is public; the secret key is server-side", """
import os

from django import forms

RECAPTCHA_SITE_KEY = "6LcQ1x4pAAAAAJ7mWq2nBv5tYkR3zHd8pLs0eXfG"  # public, rendered in the page
RECAPTCHA_SECRET_KEY = os.environ.get("RECAPTCHA_SECRET_KEY", "")


class TrialRegistrationForm(forms.Form):
    player_name = forms.CharField(max_length=80)
    dob = forms.DateField()
    city = forms.CharField(max_length=40)
    guardian_phone = forms.CharField(max_length=15)
""")

add("python/gitlab-token", "tools/mirror_repos.py", "GitLab docs: personal access tokens (glpat-)", """
import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="@@secret@@")
group = gl.groups.get("lahorenets")
for project in group.projects.list(all=True):
    print(project.path_with_namespace, project.http_url_to_repo)
""", secret=gitlab_token())

add("python/decoy-sha-pins", "tools/verify_downloads.py", "Python docs: hashlib file digests to verify downloads", """
import hashlib
import sys

KNOWN = {
    "ZKAccess3.5.zip": "@@a@@",
    "iVMS-4200_V3.11.exe": "@@b@@",
    "winbox64.exe": "@@c@@",
}

path = sys.argv[1]
digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
print("OK" if KNOWN.get(path.rsplit("/", 1)[-1]) == digest else "MISMATCH")
""", a=sha256ish(), b=sha256ish(), c=sha256ish())

add("python/azure-storage-key", "streaming/archive.py", "Azure Storage docs: connection string with AccountKey", """
from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=academystreams;"
        "AccountKey=@@secret@@;EndpointSuffix=core.windows.net")

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("match-archive")


def archive(path: str, match_id: str) -> None:
    with open(path, "rb") as f:
        container.upload_blob(f"{match_id}.mp4", f, overwrite=True)
""", secret=b64(fakes.drawn(_seed(), 64, ALNUM)))

# ---------------------------------------------------------------- more yaml / env / ini

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs: slack_configs api_url", """
route:
  receiver: ground-ops
  group_wait: 30s
receivers:
  - name: ground-ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#ground-ops"
        title: "{{ .CommonLabels.alertname }}"
        text: "Ground: {{ .CommonLabels.site }} - {{ .CommonAnnotations.summary }}"
""", secret=slack_webhook())

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "Mozilla SOPS docs: encrypted YAML values", """
jazzcash:
    password: ENC[AES256_GCM,data:@@a@@,iv:@@iv@@,tag:@@t@@,type:str]
    integrity_salt: ENC[AES256_GCM,data:@@b@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-south-1:481920374615:key/@@k@@
    lastmodified: "2024-05-28T09:12:44Z"
    version: 3.8.1
""", a=b64(rand_pw(10)), b=b64(rand_pw(10)), iv=b64(rand_pw(24)), iv2=b64(rand_pw(24)), t=b64(rand_pw(16)), t2=b64(rand_pw(16)), k=uuid_s())

add("yaml/private-key", "config/sftp-bank-upload.yml", "Bank fee-collection file upload over SFTP with an inline private key", """
# HBL fee collection file - daily upload
sftp:
  host: sftp.bank-collections.example.pk
  port: 22
  username: kca_collections
  private_key: |
    @@pem@@
  remote_dir: /inbound/kca
schedule: "30 23 * * *"
""", secret=(_PEM1 := fakes.fake_pem(_seed(), "RSA")), pem=_PEM1.replace("\n", "\n    "))

add("env/decoy-public-ids", "scorer-pwa/.env.production", "Vite docs: VITE_ variables are exposed to the client", """
VITE_API_BASE=https://api.scorer.pk
VITE_FIREBASE_PROJECT_ID=scorer-pk
VITE_FIREBASE_APP_ID=1:418220937715:web:6b2d0f9a1c3e4d5f
VITE_MAPBOX_STYLE=mapbox://styles/pcb-grounds/clx1a2b3c0001
VITE_SENTRY_ENVIRONMENT=production
VITE_DEFAULT_LOCALE=ur
""")

add("env/gitlab-runner-token", "ci/runner.env", "GitLab docs: runner authentication tokens (glrt-)", """
# Runner on the office mini PC (Gaddafi nets)
CI_SERVER_URL=https://gitlab.com
RUNNER_NAME=nets-office-minipc
RUNNER_TOKEN=@@secret@@
RUNNER_EXECUTOR=docker
DOCKER_IMAGE=python:3.12
""", secret=fakes.fake("glrt-", 20, _seed()))

add("env/mailchimp-api-key", "newsletter/.env.prod", "Mailchimp docs: API key", """
# summer camp newsletter (Urdu + English)
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_AUDIENCE=9c1d2e3f4a
NEWSLETTER_DAY=monday
""", secret=mailchimp_key())

add("env/decoy-test-keys", "booking-api/.env.testing", "Laravel docs: .env.testing for the test suite", """
APP_ENV=testing
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
JAZZCASH_MERCHANT_ID=MC00000
JAZZCASH_PASSWORD=testing
JAZZCASH_INTEGRITY_SALT=testing
CACHE_DRIVER=array
QUEUE_CONNECTION=sync
""")

add("ini/decoy-uuid-ids", "scoreboard/feeds.ini", "INI configuration with public feed ids", """
[cricapi]
; series ids are public
psl_series = @@a@@
national_t20 = @@b@@
refresh_seconds = 45

[display]
language = ur
""", a=uuid_s(), b=uuid_s())

add("ini/pip-index-password", "pip.conf", "pip docs: index-url with credentials", """
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://academy-ci:@@secret@@@nexus.academy.local/repository/pypi-internal/simple
trusted-host = nexus.academy.local
""", secret=rand_pw(20))

# ---------------------------------------------------------------- more of other formats

add("json/decoy-composer-lock-shas", "composer.lock", "Composer docs: composer.lock dist shasum and source reference", """
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@h@@",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "source": {"type": "git", "url": "https://github.com/guzzle/guzzle.git", "reference": "@@r@@"},
            "dist": {"type": "zip", "url": "https://api.github.com/repos/guzzle/guzzle/zipball/@@r@@", "shasum": ""}
        }
    ]
}
""", h=hexs(32), r=sha1ish())

add("json/npm-token", "packages/slot-picker/package.json", "npm docs: publishConfig and auth token", """
{
  "name": "@lahorenets/slot-picker",
  "version": "0.4.0",
  "private": false,
  "publishConfig": {"registry": "https://registry.npmjs.org/"},
  "config": {"//registry.npmjs.org/:_authToken": "@@secret@@"},
  "scripts": {"build": "tsc -p .", "release": "npm publish --access public"}
}
""", secret=npm_token())

add("shell/decoy-sample-vars", "scripts/new-ground.sh", "Bash script reading secrets interactively", """
#!/usr/bin/env bash
set -euo pipefail
read -rp "Ground name: " NAME
read -rsp "NVR admin password (vault se): " NVR_PW; echo
python3 manage.py add_ground --name "$NAME" --nvr-password-env NVR_PW
unset NVR_PW
echo "Ground '$NAME' added."
""")

add("shell/jazzcash-password", "scripts/test_jazzcash_live.sh", "JazzCash API docs: DoTransaction JSON request", """
#!/bin/bash
# live test - 1 rupee transaction (Usman ka wallet)
curl -s https://payments.jazzcash.com.pk/ApplicationAPI/API/Payment/DoTransaction \\
  -H 'Content-Type: application/json' \\
  -d '{"pp_Version":"1.1","pp_TxnType":"MWALLET","pp_MerchantID":"MC48217","pp_Password":"@@secret@@","pp_Amount":"100","pp_TxnCurrency":"PKR","pp_MobileNumber":"03001234567","pp_BillReference":"TEST1"}'
echo
""", secret=rand_pw(10))

add("dockerfile/decoy-arg-default", "docker/scorer.Dockerfile", "Docker docs: ARG without secret defaults", """
FROM python:3.12-slim
ARG APP_VERSION=dev
ARG SPORTMONKS_API_TOKEN
LABEL org.opencontainers.image.version=$APP_VERSION
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "-m", "scorer"]
""")

add("dockerfile/sportmonks-api-token", "docker/tv-screen.Dockerfile", "Docker docs: ENV instruction persists values", """
FROM node:20-alpine
WORKDIR /screen
COPY . .
RUN npm ci && npm run build
ENV SPORTMONKS_API_TOKEN=@@secret@@ \\
    SCREEN_NAME=clubhouse-lobby
EXPOSE 3000
CMD ["node", "server.js"]
""", secret=rand_pw(60))

add("k8s-secret/decoy-empty-template", "k8s/templates/secret.yaml", "Helm docs: templated Secret from values", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking.fullname" . }}
type: Opaque
data:
  DB_PASSWORD: {{ .Values.secrets.dbPassword | b64enc | quote }}
  JAZZCASH_PASSWORD: {{ .Values.secrets.jazzcashPassword | b64enc | quote }}
""")

_K8S_DOCKER = rand_pw(20)
add("k8s-secret/registry-password", "k8s/registry/regcred.yaml", "Kubernetes docs: kubernetes.io/dockerconfigjson Secret", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: lahorenets
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", secret=_K8S_DOCKER, d=b64('{"auths":{"registry.gitlab.com":{"username":"lahorenets-deploy","password":"' + _K8S_DOCKER + '"}}}'))

add("terraform/decoy-data-source", "infra/secrets.tf", "Terraform docs: aws_secretsmanager_secret_version data source", """
data "aws_secretsmanager_secret_version" "jazzcash" {
  secret_id = "prod/payments/jazzcash"
}

locals {
  jazzcash = jsondecode(data.aws_secretsmanager_secret_version.jazzcash.secret_string)
}

output "jazzcash_merchant" {
  value = local.jazzcash["merchant_id"]
}
""")

add("terraform/telegram-bot-token", "infra/lambda-rain.tf", "Terraform AWS provider docs: aws_lambda_function environment variables", """
resource "aws_lambda_function" "rain_alert" {
  function_name = "rain-alert"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "rain.zip"
  role          = aws_iam_role.rain.arn
  environment {
    variables = {
      TELEGRAM_BOT_TOKEN = "@@secret@@"
      CHAT_ID            = "-1001933310045"
    }
  }
}
""", secret=fakes.telegram_token(_seed()))

add("ansible/decoy-lookup", "ansible/roles/bot/defaults/main.yml", "Ansible docs: lookup plugins (env, hashi_vault)", """
---
bot_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/bots/score:token') }}"
bot_db_password: "{{ lookup('env', 'BOT_DB_PASSWORD') }}"
bot_user: scorebot
bot_home: /opt/scorebot
""")

add("ansible/sms-gateway-password", "ansible/host_vars/sms-relay.yml", "Ansible host_vars with plain variables", """
---
sms_gateway_url: https://connect.jazzcmt.com/sendsms_url.html
sms_gateway_user: "03008452211"
sms_gateway_password: "@@secret@@"
sms_mask: "LHR NETS"
relay_port: 8085
""", secret=rand_pw(12))

add("github-actions/decoy-example-env", ".github/workflows/test.yml", "GitHub Actions docs: env with test-only values", """
name: test
on: [pull_request]
jobs:
  phpunit:
    runs-on: ubuntu-latest
    env:
      APP_ENV: testing
      JAZZCASH_PASSWORD: testing
      JAZZCASH_INTEGRITY_SALT: testing
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with: {php-version: "8.3"}
      - run: composer install --no-interaction && vendor/bin/phpunit
""")

add("github-actions/slack-webhook", ".github/workflows/nightly.yml", "Slack docs: incoming webhooks", """
name: nightly-backup-check
on:
  schedule:
    - cron: "0 22 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - run: |
          ok=$(curl -s https://book.lahorenets.pk/healthz/backup)
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"Backup check: $ok\\"}" \\
            @@secret@@
""", secret=slack_webhook())

add("sql/decoy-placeholder-settings", "db/seeds/settings_example.sql", "SQL seed with placeholder settings", """
-- Example settings for a fresh install; real values are entered in the admin panel
INSERT INTO settings (key, value) VALUES
  ('jazzcash_password', ''),
  ('jazzcash_salt', ''),
  ('sms_gateway_password', 'CHANGE_ME'),
  ('default_language', 'ur'),
  ('timezone', 'Asia/Karachi');
""")

add("xml/decoy-maven-settings", "ci/maven-settings.xml", "Maven docs: settings.xml server credentials from environment", """
<settings>
  <servers>
    <server>
      <id>academy-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>academy-nexus</id><url>https://nexus.academy.local/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""")

add("properties/decoy-public-keys", "android/local.properties.example", "Android docs: local.properties (example values)", """
# Copy to local.properties (git-ignored); real keys from the team vault
sdk.dir=/Users/you/Library/Android/sdk
MAPS_API_KEY=YOUR_ANDROID_RESTRICTED_KEY
SAFEPAY_ENV=sandbox
API_BASE=https://staging.groundspk.com
""")

add("csv/decoy-device-serials", "it/inventory/turnstiles.csv", "Asset inventory with serial numbers and MAC addresses", """
site,model,serial,mac,firmware,installed
Bagh-e-Jinnah,SpeedFace V5L,CKUT@@s1@@,00:17:61:a2:3c:11,ZAM180-NF-Ver6.60,2023-02-11
Bagh-e-Jinnah,SpeedFace V5L,CKUT@@s2@@,00:17:61:a2:3c:12,ZAM180-NF-Ver6.60,2023-02-11
KRL Ground,ProFace X,PXAB@@s3@@,00:17:61:b9:04:7e,ZAM170-Ver2.1.4,2024-01-05
Ibn-e-Qasim Bagh,SpeedFace V5L,CKUT@@s4@@,00:17:61:a2:40:90,ZAM180-NF-Ver6.60,2023-09-19
""", s1=str(_rng().randint(10**9, 10**10)), s2=str(_rng().randint(10**9, 10**10)), s3=str(_rng().randint(10**9, 10**10)), s4=str(_rng().randint(10**9, 10**10)))

# ---------------------------------------------------------------- final group

add("ruby/stripe-webhook-secret", "app/controllers/stripe_webhooks_controller.rb", "Stripe docs: webhook signing secrets (whsec_) with Stripe::Webhook.construct_event", """
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  ENDPOINT_SECRET = "@@secret@@"

  def create
    event = Stripe::Webhook.construct_event(request.body.read, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    if event.type == "checkout.session.completed"
      MerchOrder.find_by!(session_id: event.data.object.id).paid!
    end
    head :ok
  rescue Stripe::SignatureVerificationError
    head :bad_request
  end
end
""", secret=fakes.fake("whsec_", 32, _seed()))

add("kotlin/payfast-secured-key", "server/src/main/kotlin/pk/academy/pay/PayFast.kt", "PayFast Pakistan API docs: GetAccessToken form fields", """
package pk.academy.pay

import io.ktor.client.HttpClient
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters

object PayFast {
    private const val MERCHANT_ID = "10391"
    private const val SECURED_KEY = "@@secret@@"

    suspend fun token(client: HttpClient, basket: String, amount: String) =
        client.submitForm("https://ipg1.apps.net.pk/Ecommerce/api/Transaction/GetAccessToken", parameters {
            append("MERCHANT_ID", MERCHANT_ID)
            append("SECURED_KEY", SECURED_KEY)
            append("BASKET_ID", basket)
            append("TXNAMT", amount)
        })
}
""", secret=rand_pw(24, "-"))

add("csharp/hikvision-password", "GroundOps.Cctv/NvrClient.cs", "Hikvision ISAPI docs: digest credentials via NetworkCredential", """
using System.Net;
using System.Net.Http;

namespace GroundOps.Cctv;

public static class NvrClient
{
    public static HttpClient Create(string ip)
    {
        var handler = new HttpClientHandler
        {
            Credentials = new NetworkCredential("admin", "@@secret@@")
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"http://{ip}/ISAPI/") };
    }
}
""", secret=words_pw())

add("go/github-fine-grained-token", "tools/release/main.go", "GitHub docs: fine-grained personal access tokens (github_pat_)", """
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v62/github"
)

const token = "@@secret@@"

func main() {
	client := github.NewClient(nil).WithAuthToken(token)
	rel, _, err := client.Repositories.GetLatestRelease(context.Background(), "multansports", "ground-api")
	if err != nil {
		panic(err)
	}
	fmt.Println("latest:", rel.GetTagName())
}
""", secret=fakes.github_fine_grained_token(_seed()))

_TLS_PEM = fakes.fake_pem(_seed(), "EC")
add("k8s-secret/tls-private-key", "k8s/ingress/book-tls.yaml", "Kubernetes docs: kubernetes.io/tls Secret (tls.crt, tls.key base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: book-lahorenets-tls
  namespace: lahorenets
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=_TLS_PEM, crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_TLS_PEM + "\n"))

add("powershell/zkteco-device-password", "ops/Sync-Turnstiles.ps1", "ZKTeco standalone SDK (zkemkeeper COM) SetCommPassword / Connect_Net", """
# Turnstile members sync (nightly) - Bagh-e-Jinnah main gate
$zk = New-Object -ComObject zkemkeeper.ZKEM
$zk.SetCommPassword(@@secret@@) | Out-Null
foreach ($ip in @("192.168.20.11", "192.168.20.12")) {
    if ($zk.Connect_Net($ip, 4370)) {
        Write-Host "Connected $ip"
        $zk.RefreshData(1) | Out-Null
        $zk.Disconnect()
    } else { Write-Warning "Connect fail $ip" }
}
""", secret=str(_rng().randint(100000, 999999)))

add("php/sendgrid-api-key", "app/Mail/NewsletterSender.php", "SendGrid PHP library docs: new \\SendGrid($apiKey)", """
<?php

namespace App\\Mail;

class NewsletterSender
{
    public function client(): \\SendGrid
    {
        // Urdu newsletter bhejne ke liye - key rotate karni hai
        return new \\SendGrid('@@secret@@');
    }
}
""", secret=sendgrid_key())

add("swift/decoy-stripe-publishable", "MerchApp/Payments/StripeSetup.swift", "Stripe iOS SDK docs: publishable key set in the app", """
import StripePaymentSheet

enum StripeSetup {
    static func configure() {
        // publishable key - safe in the app
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }
}
""", pk=stripe_key("pk_live_"))

add("typescript/decoy-mapbox-public-token", "src/map/groundsMap.ts", "Mapbox docs: default public tokens (pk.) are used in the browser", """
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.eyJ1IjoicGNiLWdyb3VuZHMiLCJhIjoiY2x4MWEyYjNjMDAwMXB1YmxpYyJ9.@@t@@";

export function groundsMap(el: HTMLElement) {
  return new mapboxgl.Map({ container: el, style: "mapbox://styles/pcb-grounds/clx1a2b3c0001", center: [74.33, 31.55], zoom: 11 });
}
""", t=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("go/decoy-git-sha", "internal/version/version.go", "Go linker -X flags for build metadata", """
package version

// Set at build time: -ldflags "-X .../version.Commit=$(git rev-parse HEAD)"
var (
	Version = "2.3.0"
	Commit  = "@@c@@"
	BuiltAt = "2024-06-10T08:15:00+05:00"
)
""", c=sha1ish())

add("markdown/decoy-vendor-contacts", "docs/vendors/payfast.md", "Vendor notes with ids and no credentials", """
# PayFast (APPS) - notes

- Merchant ID (public on invoices): 10348
- Secured key: vault item "Payments / PayFast live" (rotate every 6 months)
- Sandbox merchant for devs: 102 / key in `.env.example` comments
- Support: support@apps.net.pk, ticket ref APPS-44821

Settlement T+2 to Meezan Bank account (last 4: 7710).
""")

add("java/decoy-constants", "src/main/java/pk/nets/pay/GatewayCodes.java", "Java constants of gateway response codes", """
package pk.nets.pay;

public final class GatewayCodes {
    public static final String JAZZCASH_OK = "000";
    public static final String JAZZCASH_PENDING = "124";
    public static final String PASSWORD_FIELD = "pp_Password";
    public static final String SECURE_HASH_FIELD = "pp_SecureHash";
    public static final String EASYPAISA_HASH_FIELD = "merchantHashedReq";

    private GatewayCodes() {}
}
""")
