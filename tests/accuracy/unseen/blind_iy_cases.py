"""Blind set IY: a Malaysian intercity coach operator (bus depots, ticketing, Malay and English).

Ticketing and booking backends, payment gateways (iPay88, Razer Merchant Services, Billplz,
senangPay, toyyibPay, Stripe), SMS and WhatsApp notices, depot kiosks, CCTV and fleet GPS,
CI, containers, infrastructure, SQL, CSV exports, logs and runbooks, and their decoys.
Generated fakes only (seeds 4020000-4029999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4020000, 4029999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kenari", "Merbok", "Cempaka", "Seroja", "Rajawali", "Dahlia", "Tualang", "Mawar", "Kasturi", "Pelangi",
         "Gemilang", "Bayu", "Selasih", "Melati", "Angsana", "Teratai", "Helang", "Merak", "Kemboja", "Delima"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def fcm_server_key() -> str:
    r = _rng()
    return ("AAAA" + "".join(r.choice(ALNUM + "_-") for _ in range(7)) + ":APA91b"
            + "".join(r.choice(ALNUM + "_-") for _ in range(134)))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    r = _rng()
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{body}.{sig}"


def sentry_dsn() -> str:
    r = _rng()
    return f"https://{hexs(32)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}"


def ipay88_key() -> str:
    return rand_pw(10)


def ipay88_code() -> str:
    return "M" + "".join(str(_rng().randint(0, 9)) for _ in range(5))


def razer_key() -> str:
    return hexs(32)


def billplz_key() -> str:
    return uuid_s()


def billplz_xsig() -> str:
    return "S-" + rand_pw(22, "-_")


def senangpay_secret() -> str:
    return fakes.drawn(_seed(), 10, string.digits) + "-" + fakes.drawn(_seed(), 3, string.digits)


def toyyib_secret() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(8)) + "-" + "-".join(
        "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n)) for n in (4, 4, 4, 12))


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-iy/{category}", file_name, text, secret, source))


# Ticketing backend, payments, notifications, depots, fleet, mobile apps, infrastructure and docs.

add("env/ipay88-merchant-key", "tiket/.env.production", "iPay88 OPSG technical spec (MerchantKey, MerchantCode)", """
# Tiket Ekspres - production
DJANGO_SETTINGS_MODULE=tiket.settings.production
ALLOWED_HOSTS=tiket.ekspresdesaru.com.my,api.ekspresdesaru.com.my
DATABASE_URL=postgres://tiket@db-prod.internal:5432/tiket
# iPay88 (FPX, kad kredit, Touch 'n Go)
IPAY88_MERCHANT_CODE=@@code@@
IPAY88_MERCHANT_KEY=@@secret@@
IPAY88_RESPONSE_URL=https://tiket.ekspresdesaru.com.my/bayar/ipay88/return/
IPAY88_BACKEND_URL=https://api.ekspresdesaru.com.my/bayar/ipay88/backend/
TZ=Asia/Kuala_Lumpur
""", ipay88_key(), code=ipay88_code())

add("python/razer-secret-key", "tiket/payments/razer.py", "Razer Merchant Services (MOLPay) API spec: vcode / skey", """
\"\"\"Razer Merchant Services (dahulu MOLPay) - jana vcode dan sahkan skey.\"\"\"
import hashlib

MERCHANT_ID = "ekspresdesaru_Dev"
VERIFY_KEY = "@@verify@@"
SECRET_KEY = "@@secret@@"
BASE_URL = "https://pay.merchant.razer.com/RMS/pay/" + MERCHANT_ID + "/"


def vcode(amount: str, order_id: str) -> str:
    return hashlib.md5(f"{amount}{MERCHANT_ID}{order_id}{VERIFY_KEY}".encode()).hexdigest()


def skey_ok(tran_id, order_id, status, domain, amount, currency, paydate, appcode, skey) -> bool:
    key0 = hashlib.md5(f"{tran_id}{order_id}{status}{domain}{amount}{currency}".encode()).hexdigest()
    key1 = hashlib.md5(f"{paydate}{domain}{key0}{appcode}{SECRET_KEY}".encode()).hexdigest()
    return key1 == skey
""", razer_key(), verify=razer_key())

add("python/decoy-env-reference", "tiket/payments/billplz.py", "Billplz API v3 docs (Basic auth with API secret key)", """
import os

import requests

# Kunci API Billplz diambil dari persekitaran (Secrets Manager -> ECS task env)
BILLPLZ_API_KEY = os.environ["BILLPLZ_API_KEY"]
BILLPLZ_X_SIGNATURE = os.environ.get("BILLPLZ_X_SIGNATURE_KEY", "")
COLLECTION_ID = "inbmmepb"
BASE = "https://www.billplz.com/api/v3"


def create_bill(email: str, name: str, amount_sen: int, booking_ref: str) -> dict:
    resp = requests.post(
        f"{BASE}/bills",
        auth=(BILLPLZ_API_KEY, ""),
        data={"collection_id": COLLECTION_ID, "email": email, "name": name,
              "amount": amount_sen, "reference_1_label": "No. Tempahan", "reference_1": booking_ref,
              "callback_url": "https://api.ekspresdesaru.com.my/bayar/billplz/callback/",
              "description": f"Tiket bas {booking_ref}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
""")

add("python/billplz-api-key", "scripts/semak_bil_billplz.py", "Billplz API v3 docs (HTTP Basic with API secret key as username)", """
#!/usr/bin/env python3
# Skrip sekali guna: semak status bil yang tersangkut sejak gangguan FPX 14/3
import sys

import requests

API_KEY = "@@secret@@"

for bill_id in sys.argv[1:]:
    r = requests.get(f"https://www.billplz.com/api/v3/bills/{bill_id}", auth=(API_KEY, ""), timeout=10)
    data = r.json()
    print(bill_id, data.get("state"), data.get("paid"), data.get("reference_1"))
""", billplz_key())

add("python/django-secret-key", "tiket/settings/production.py", "Django settings reference: SECRET_KEY", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["tiket.ekspresdesaru.com.my", "api.ekspresdesaru.com.my"]
LANGUAGE_CODE = "ms"
TIME_ZONE = "Asia/Kuala_Lumpur"
CSRF_TRUSTED_ORIGINS = ["https://tiket.ekspresdesaru.com.my"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-settings-env", "tiket/settings/staging.py", "Django settings reference: SECRET_KEY from environment", """
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["staging.tiket.ekspresdesaru.com.my"]
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
IPAY88_MERCHANT_KEY = os.environ.get("IPAY88_MERCHANT_KEY", "")
# Gunakan sandbox iPay88 untuk staging
IPAY88_ENTRY_URL = "https://payment.ipay88.com.my/epayment/entry.asp"
""")

add("python/postgres-password", "tiket/settings/base_db.py", "Django DATABASES setting", """
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tiket",
        "USER": "tiket_app",
        "PASSWORD": "@@secret@@",
        "HOST": "tiket-prod.cluster-c8x2kq1zq9mx.ap-southeast-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    },
    "laporan": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tiket",
        "USER": "laporan_ro",
        "HOST": "tiket-replica.internal",
        "PORT": "5432",
    },
}
""", words_pw())

add("env/senangpay-secret-key", "booking-web/.env", "senangPay integration guide (merchant ID, secret key, hash)", """
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://www.ekspresdesaru.com.my
NEXT_PUBLIC_DEFAULT_LANG=ms
SENANGPAY_MERCHANT_ID=@@mid@@
SENANGPAY_SECRET_KEY=@@secret@@
SENANGPAY_MODE=live
REDIS_URL=redis://cache.internal:6379/2
""", senangpay_secret(), mid=fakes.drawn(_seed(), 15, string.digits))

add("env/decoy-placeholder", "booking-web/.env.example", "dotenv example file convention", """
NODE_ENV=development
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_DEFAULT_LANG=ms
# Minta nilai sebenar daripada pasukan IT (jangan commit!)
SENANGPAY_MERCHANT_ID=<merchant-id>
SENANGPAY_SECRET_KEY=<senangpay-secret-key>
SENANGPAY_MODE=sandbox
TOYYIBPAY_USER_SECRET_KEY=your-toyyibpay-secret-here
REDIS_URL=redis://localhost:6379/0
""")

add("php/toyyibpay-secret-key", "wp-content/plugins/tiket-bas-toyyibpay/config.php", "toyyibPay API docs (userSecretKey, createBill)", """
<?php
// Konfigurasi toyyibPay untuk laman tempahan sewa bas persiaran
if (!defined('ABSPATH')) {
    exit;
}

define('TOYYIBPAY_URL', 'https://toyyibpay.com');
define('TOYYIBPAY_USER_SECRET_KEY', '@@secret@@');
define('TOYYIBPAY_CATEGORY_CODE', '@@cat@@');
define('TOYYIBPAY_RETURN_URL', home_url('/sewa-bas/terima-kasih/'));
define('TOYYIBPAY_CALLBACK_URL', home_url('/wp-json/sewabas/v1/toyyibpay-callback'));
""", toyyib_secret(), cat=fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits))

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "WordPress wp-config-sample.php", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("php/mysql-password", "wp-config.php", "WordPress wp-config.php", """
<?php
/** Laman korporat & sewa bas - Ekspres Desaru Sdn Bhd */
define( 'DB_NAME', 'edsb_wp' );
define( 'DB_USER', 'edsb_wpuser' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', 'https://www.ekspresdesaru.com.my' );
define( 'WP_SITEURL', 'https://www.ekspresdesaru.com.my' );
define( 'WPLANG', 'ms_MY' );

$table_prefix = 'edsb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%"))

add("python/sms-gateway-password", "notifikasi/sms_isms.py", "iSMS Malaysia HTTP API (isms_send.php un/pwd)", """
\"\"\"Hantar SMS peringatan perjalanan melalui iSMS (isms.com.my).\"\"\"
import urllib.parse

import requests

ISMS_USER = "ekspresdesaru"
ISMS_PASS = "@@secret@@"
SENDER_ID = "66300"


def hantar(nombor: str, mesej: str) -> str:
    q = urllib.parse.urlencode({
        "un": ISMS_USER, "pwd": ISMS_PASS, "dstno": nombor, "msg": mesej,
        "type": 1, "agreedterm": "YES", "sendid": SENDER_ID,
    })
    return requests.get("https://www.isms.com.my/isms_send_all_id.php?" + q, timeout=10).text


if __name__ == "__main__":
    print(hantar("60123456789", "RM0 Ekspres Desaru: Bas anda JB-KL bertolak 09:30 dari Larkin Sentral, platform 12."))
""", words_pw())

add("python/decoy-test-fixture", "tests/test_sms.py", "pytest docs (monkeypatch fixtures)", """
import pytest

from notifikasi import sms_isms


@pytest.fixture(autouse=True)
def fake_isms(monkeypatch):
    monkeypatch.setattr(sms_isms, "ISMS_USER", "ujian")
    monkeypatch.setattr(sms_isms, "ISMS_PASS", "dummy-password")
    calls = []
    monkeypatch.setattr(sms_isms.requests, "get", lambda url, timeout: calls.append(url) or type("R", (), {"text": "2000 = SUCCESS"})())
    return calls


def test_hantar_encodes_message(fake_isms):
    assert sms_isms.hantar("60123456789", "Bas anda lewat 15 minit") == "2000 = SUCCESS"
    assert "dstno=60123456789" in fake_isms[0]
""")

add("python/twilio-auth-token", "notifikasi/whatsapp.py", "Twilio Python helper library docs (Client(account_sid, auth_token))", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "whatsapp:+60327001234"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def e_tiket(nombor: str, kod_tempahan: str, pautan_pdf: str) -> None:
    client.messages.create(
        from_=FROM,
        to=f"whatsapp:+{nombor}",
        body=f"Terima kasih! E-tiket anda ({kod_tempahan}) sedia. Tunjukkan kod QR di kaunter.",
        media_url=[pautan_pdf],
    )
""", hexs(32), sid=twilio_sid())

add("python/decoy-twilio-sid-only", "notifikasi/whatsapp_status.py", "Twilio docs (Account SID is an identifier)", """
import os

from twilio.rest import Client

# Account SID is not secret; auth token comes from the environment
ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])

STATUS_MS = {"delivered": "diterima", "read": "dibaca", "failed": "gagal", "undelivered": "tidak sampai"}


def status(message_sid: str) -> str:
    msg = client.messages(message_sid).fetch()
    return STATUS_MS.get(msg.status, msg.status)
""", sid=twilio_sid())

add("python/telegram-bot-token", "ops/bot_depoh.py", "python-telegram-bot docs (Application.builder().token())", """
\"\"\"Bot Telegram untuk penyelia depoh: laporan bas rosak & kelewatan.\"\"\"
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

TOKEN = "@@secret@@"
KUMPULAN_DEPOH = -1001876543210


async def rosak(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    no_pendaftaran = " ".join(context.args) or "(tiada)"
    await context.bot.send_message(KUMPULAN_DEPOH, f"Bas rosak dilaporkan: {no_pendaftaran} oleh {update.effective_user.first_name}")
    await update.message.reply_text("Laporan diterima. Bengkel akan hubungi anda.")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("rosak", rosak))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/aws-secret-key", "etl/eksport_manifest_s3.py", "boto3 docs (client credentials arguments)", """
import csv
import datetime
import io

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def eksport(manifest_rows: list, trip_date: datetime.date) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["trip_id", "seat", "nama", "no_ic_last4", "destinasi"])
    w.writerows(manifest_rows)
    key = f"manifest/{trip_date:%Y/%m/%d}/manifest.csv"
    s3.put_object(Bucket="edsb-manifest-prod", Key=key, Body=buf.getvalue().encode())
    return key
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-boto3-profile", "etl/salin_laporan.py", "boto3 docs (Session with profile_name)", """
import boto3

# Guna profil SSO; tiada kunci dalam kod
session = boto3.Session(profile_name="edsb-laporan", region_name="ap-southeast-1")
s3 = session.client("s3")

for obj in s3.list_objects_v2(Bucket="edsb-laporan-harian", Prefix="2024/").get("Contents", []):
    print(obj["Key"], obj["Size"], obj["ETag"])
""")

add("python/redis-password", "tiket/seats/lock.py", "redis-py docs (Redis.from_url)", """
\"\"\"Kunci tempat duduk sementara (10 minit) semasa pembayaran.\"\"\"
import redis

r = redis.Redis.from_url("rediss://default:@@secret@@@seatlock-prod.abc123.ng.0001.apse1.cache.amazonaws.com:6379/0")
HOLD_SECONDS = 600


def pegang(trip_id: int, seat: str, session_id: str) -> bool:
    return bool(r.set(f"seat:{trip_id}:{seat}", session_id, nx=True, ex=HOLD_SECONDS))


def lepas(trip_id: int, seat: str) -> None:
    r.delete(f"seat:{trip_id}:{seat}")
""", fakes.redis_password(_seed()))

add("python/decoy-redis-local", "tiket/seats/lock_dev.py", "redis-py docs (local Redis without auth)", """
import redis

# Pembangunan sahaja: Redis dalam docker-compose tanpa kata laluan
r = redis.Redis(host="localhost", port=6379, db=0, decode_responses=True)
HOLD_SECONDS = 600


def pegang(trip_id: int, seat: str, session_id: str) -> bool:
    return bool(r.set(f"seat:{trip_id}:{seat}", session_id, nx=True, ex=HOLD_SECONDS))
""")

add("python/smtp-password", "tiket/emel.py", "Python smtplib docs (SMTP.login)", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "noreply@ekspresdesaru.com.my"
SMTP_PASS = "@@secret@@"


def hantar_etiket(kepada: str, kod: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"E-Tiket Ekspres Desaru {kod}"
    msg["From"] = SMTP_USER
    msg["To"] = kepada
    msg.set_content("Sila rujuk e-tiket yang dilampirkan. Sila tiba 30 minit sebelum waktu berlepas.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{kod}.pdf")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", words_pw())

add("python/decoy-hash-constants", "tiket/payments/ipay88_signature.py", "iPay88 OPSG spec (SHA256 signature example)", """
import hashlib

# Contoh dari dokumentasi iPay88: MerchantKey "apple", MerchantCode "M00003" (nilai contoh sahaja)
DOC_EXAMPLE_SIGNATURE = "@@h@@"


def signature(merchant_key: str, merchant_code: str, ref_no: str, amount: str, currency: str = "MYR") -> str:
    raw = merchant_key + merchant_code + ref_no + amount.replace(".", "").replace(",", "") + currency
    return hashlib.sha256(raw.encode()).hexdigest()


def test_doc_example():
    assert len(DOC_EXAMPLE_SIGNATURE) == 64
""", h=sha256ish())

add("python/sendgrid-api-key", "pemasaran/kempen_raya.py", "SendGrid Python library docs (SendGridAPIClient)", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")

TEMPLATE_RAYA = "d-3f1c2b7a9e0d4c5b8a6f1e2d3c4b5a69"


def hantar(penerima: list) -> None:
    for emel, nama in penerima:
        m = Mail(from_email="promosi@ekspresdesaru.com.my", to_emails=emel)
        m.template_id = TEMPLATE_RAYA
        m.dynamic_template_data = {"nama": nama, "kod": "BALIKRAYA15"}
        sg.send(m)
""", sendgrid_key())

add("python/decoy-sendgrid-template-ids", "pemasaran/templates.py", "SendGrid dynamic templates docs (template ids)", """
# ID templat SendGrid (bukan rahsia)
TEMPLATES = {
    "etiket_ms": "d-8a7c6b5e4d3f2a1b0c9d8e7f6a5b4c3d",
    "etiket_en": "d-1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
    "bayaran_balik": "d-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    "promo_raya": "d-3f1c2b7a9e0d4c5b8a6f1e2d3c4b5a69",
}
UNSUBSCRIBE_GROUP_ID = 21874
""")

add("python/ldap-bind-password", "hr/sync_ad.py", "ldap3 docs (Connection with user and password)", """
\"\"\"Segerak senarai pemandu dari Active Directory ke sistem jadual.\"\"\"
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.edsb.local", get_info=ALL)
conn = Connection(server, user="EDSB\\\\svc_jadual", password="@@secret@@", auto_bind=True)

conn.search("OU=Pemandu,OU=Operasi,DC=edsb,DC=local", "(objectClass=user)",
            attributes=["sAMAccountName", "displayName", "employeeID", "department"])
for e in conn.entries:
    print(e.employeeID, e.displayName, e.department)
""", words_pw())

add("python/decoy-ldap-env", "hr/sync_ad_v2.py", "ldap3 docs", """
import os

from ldap3 import Connection, Server

server = Server(os.environ.get("LDAP_URL", "ldaps://dc01.edsb.local"))
conn = Connection(server, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PASSWORD"], auto_bind=True)
conn.search("OU=Pemandu,OU=Operasi,DC=edsb,DC=local", "(objectClass=user)", attributes=["employeeID"])
print(len(conn.entries), "pemandu")
""")

add("python/ftp-password", "etl/muat_naik_spad.py", "Python ftplib docs (FTP_TLS.login)", """
\"\"\"Muat naik laporan bulanan penumpang ke portal APAD (dahulu SPAD).\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

HOST = "ftp.apad-laporan.example.gov.my"
USER = "op_edsb_0412"
PASSWORD = "@@secret@@"


def muat_naik(fail: Path) -> None:
    with FTP_TLS(HOST) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        ftp.cwd("/masuk/2024")
        with fail.open("rb") as fh:
            ftp.storbinary(f"STOR {fail.name}", fh)


if __name__ == "__main__":
    muat_naik(Path("out/laporan_penumpang_2024_05.csv"))
""", rand_pw(12, "#%"))

add("python/jwt-signing-secret", "kiosk_api/auth.py", "PyJWT docs (jwt.encode with HS256 key)", """
import datetime

import jwt

# Kunci untuk token kiosk kaunter (HS256)
JWT_SECRET = "@@secret@@"


def token_kiosk(kiosk_id: str, depoh: str) -> str:
    now = datetime.datetime.now(tz=datetime.timezone.utc)
    return jwt.encode({"sub": kiosk_id, "depoh": depoh, "iat": now, "exp": now + datetime.timedelta(hours=12)},
                      JWT_SECRET, algorithm="HS256")


def sahkan(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
""", rand_pw(48))

add("python/decoy-jwt-public-key-path", "kiosk_api/auth_rs256.py", "PyJWT docs (RS256 with public key)", """
from pathlib import Path

import jwt

PUBLIC_KEY = Path("/etc/kiosk/jwt_public.pem").read_text()


def sahkan(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="kiosk-kaunter")
""")

_k8s_pw = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/tiket/secret-db.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: tiket-db
  namespace: tiket-prod
  labels:
    app.kubernetes.io/part-of: tiket
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _k8s_pw, host=b64("tiket-prod.cluster-c8x2kq1zq9mx.ap-southeast-1.rds.amazonaws.com"), user=b64("tiket_app"), pw=b64(_k8s_pw))

add("k8s-secret/billplz-x-signature", "deploy/k8s/tiket/secret-billplz.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: billplz
  namespace: tiket-prod
type: Opaque
stringData:
  BILLPLZ_API_KEY: "@@api@@"
  BILLPLZ_X_SIGNATURE_KEY: "@@secret@@"
  BILLPLZ_COLLECTION_ID: "inbmmepb"
""", billplz_xsig(), api=billplz_key())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/tiket/sealed-ipay88.yaml", "Bitnami sealed-secrets README (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ipay88
  namespace: tiket-prod
spec:
  encryptedData:
    IPAY88_MERCHANT_KEY: AgB@@a@@
    IPAY88_MERCHANT_CODE: AgC@@b@@
  template:
    metadata:
      name: ipay88
      namespace: tiket-prod
""", a=rand_pw(300, "+/"), b=rand_pw(280, "+/"))

add("k8s/decoy-external-secret", "deploy/k8s/tiket/externalsecret-razer.yaml", "External Secrets Operator docs (ExternalSecret)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: razer-rms
  namespace: tiket-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: razer-rms
  data:
    - secretKey: RMS_VERIFY_KEY
      remoteRef:
        key: prod/tiket/razer
        property: verify_key
    - secretKey: RMS_SECRET_KEY
      remoteRef:
        key: prod/tiket/razer
        property: secret_key
""")

add("k8s/redis-password", "deploy/k8s/seatlock/deployment.yaml", "Kubernetes docs: container env", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: seatlock
  namespace: tiket-prod
spec:
  replicas: 3
  selector:
    matchLabels: {app: seatlock}
  template:
    metadata:
      labels: {app: seatlock}
    spec:
      containers:
        - name: seatlock
          image: 4312987650.dkr.ecr.ap-southeast-1.amazonaws.com/seatlock:1.14.2
          env:
            - name: REDIS_HOST
              value: seatlock-prod.abc123.ng.0001.apse1.cache.amazonaws.com
            - name: REDIS_PASSWORD
              value: "@@secret@@"   # TODO pindah ke Secret
            - name: HOLD_SECONDS
              value: "600"
          ports:
            - containerPort: 8080
""", fakes.redis_password(_seed()))

add("compose/mysql-password", "depoh-larkin/docker-compose.yml", "Docker Compose file reference (environment)", """
# Pelayan kaunter depoh Larkin (mini PC di bilik server)
services:
  kaunter:
    image: registry.edsb.local/kaunter-pos:3.2
    restart: always
    ports: ["80:8080"]
    environment:
      DB_HOST: mysql
      DB_NAME: kaunter
      DB_USER: kaunter
      DB_PASS: "@@secret@@"
      DEPOH_KOD: LRK
      PRINTER_IP: 192.168.10.41
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: "@@root@@"
      MYSQL_DATABASE: kaunter
      MYSQL_USER: kaunter
      MYSQL_PASSWORD: "@@secret@@"
    volumes: ["./data/mysql:/var/lib/mysql"]
""", words_pw(), root=words_pw())

add("compose/decoy-env-file", "depoh-tbs/docker-compose.yml", "Docker Compose docs (env_file and variable interpolation)", """
# Depoh TBS (Terminal Bersepadu Selatan) - kaunter dan paparan jadual
services:
  kaunter:
    image: registry.edsb.local/kaunter-pos:3.2
    restart: always
    env_file: .env.kaunter
    environment:
      DB_PASS: ${DB_PASS:?tetapkan DB_PASS dalam .env}
      DEPOH_KOD: TBS
  paparan:
    image: registry.edsb.local/paparan-jadual:1.8
    restart: always
    environment:
      API_URL: https://api.ekspresdesaru.com.my/v2/jadual
      API_TOKEN: ${PAPARAN_API_TOKEN}
      REFRESH_SAAT: "30"
""")

add("dockerfile/github-token", "kaunter-pos/Dockerfile", "Dockerfile reference (ARG/ENV, pip install from git)", """
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 TZ=Asia/Kuala_Lumpur
RUN apt-get update && apt-get install -y --no-install-recommends libcups2-dev gcc && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
# pakej dalaman pencetak tiket (repo peribadi)
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install --no-cache-dir git+https://@@secret@@@github.com/ekspresdesaru/cetak-tiket.git@v2.4.0
COPY . .
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "kaunter.wsgi"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "paparan-jadual/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""")

add("github-actions/aws-access-key", ".github/workflows/deploy-laporan.yml", "GitHub Actions docs; aws-actions/configure-aws-credentials README", """
name: Deploy laporan harian
on:
  push:
    branches: [main]
    paths: ["laporan/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: ap-southeast-1
      - run: aws s3 sync laporan/dist s3://edsb-laporan-web --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "GitHub Actions docs: secrets context", """
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
      DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY_CI }}
      IPAY88_MERCHANT_KEY: ${{ secrets.IPAY88_SANDBOX_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("github-actions/pypi-token", ".github/workflows/release-cetak-tiket.yml", "PyPI docs: API tokens (__token__); twine docs", """
name: Terbit cetak-tiket
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-trusted-publishing", ".github/workflows/release-jadual-sdk.yml", "PyPI docs: trusted publishers (id-token: write)", """
name: Release jadual-sdk
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
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("terraform/rds-master-password", "infra/terraform/rds.tf", "Terraform AWS provider docs: aws_db_instance", """
resource "aws_db_instance" "tiket" {
  identifier              = "tiket-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  db_name                 = "tiket"
  username                = "tiket_admin"
  password                = "@@secret@@"
  multi_az                = true
  backup_retention_period = 14
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  deletion_protection     = true
  tags = {
    Syarikat = "Ekspres Desaru"
    Sistem   = "tiket"
  }
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/terraform/rds_replica.tf", "Terraform random provider docs: random_password", """
resource "random_password" "laporan" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "laporan" {
  secret_id     = aws_secretsmanager_secret.laporan.id
  secret_string = random_password.laporan.result
}

resource "aws_db_instance" "laporan" {
  identifier          = "tiket-laporan"
  replicate_source_db = aws_db_instance.tiket.identifier
  instance_class      = "db.t4g.large"
  skip_final_snapshot = true
}
""")

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "Terraform docs: variable definitions files", """
# Salin ke terraform.tfvars dan isi nilai sebenar (jangan commit)
region            = "ap-southeast-1"
env               = "prod"
db_admin_password = "CHANGE_ME"
ipay88_merchant   = "M00000"
ipay88_key        = "xxxxxxxxxx"
alert_email       = "it-ops@ekspresdesaru.com.my"
""")

add("ansible/ftp-password", "ansible/group_vars/depoh.yml", "Ansible docs: group_vars", """
---
# Semua PC kaunter di depoh (Larkin, TBS, Kuantan, Ipoh Amanjaya)
timezone: Asia/Kuala_Lumpur
kaunter_versi: "3.2.7"
pencetak_tiket_model: "Epson TM-T82X"
backup_ftp_host: nas-hq.edsb.local
backup_ftp_user: backup_kaunter
backup_ftp_password: "@@secret@@"
backup_jam: "02:30"
ntp_servers:
  - 0.my.pool.ntp.org
  - 1.my.pool.ntp.org
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/depoh_vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/windows-admin-password", "ansible/inventory/kiosk.ini", "Ansible docs: Windows connection variables (ansible_password)", """
[kiosk_larkin]
kiosk-lrk-01 ansible_host=192.168.10.51
kiosk-lrk-02 ansible_host=192.168.10.52

[kiosk_tbs]
kiosk-tbs-01 ansible_host=192.168.20.51

[kiosk:children]
kiosk_larkin
kiosk_tbs

[kiosk:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=kioskadmin
ansible_password=@@secret@@
ansible_port=5986
ansible_winrm_server_cert_validation=ignore
""", words_pw())

add("yaml/decoy-helm-values", "deploy/helm/tiket/values.yaml", "Helm docs: values files", """
image:
  repository: 4312987650.dkr.ecr.ap-southeast-1.amazonaws.com/tiket
  tag: "2.31.0"
replicaCount: 4
env:
  TZ: Asia/Kuala_Lumpur
  LANGUAGE_CODE: ms
existingSecrets:
  database: tiket-db
  billplz: billplz
  ipay88: ipay88
ingress:
  enabled: true
  hosts: ["tiket.ekspresdesaru.com.my"]
  tls:
    - secretName: tiket-tls
      hosts: ["tiket.ekspresdesaru.com.my"]
""")

add("yaml/mailgun-api-key", "notifikasi/config/mail.yml", "Mailgun API docs (api key, domain)", """
# Konfigurasi emel transaksi (e-tiket, pembatalan, bayaran balik)
mailgun:
  domain: mg.ekspresdesaru.com.my
  api_key: @@secret@@
  region: us
  from: "Ekspres Desaru <tiket@mg.ekspresdesaru.com.my>"
templates:
  etiket: etiket-v3
  batal: pembatalan-v1
  refund: bayaran-balik-v2
""", mailgun_key())

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "OpenAPI 3 specification (securitySchemes, examples)", """
openapi: 3.0.3
info:
  title: API Rakan Agensi Tiket Ekspres Desaru
  version: "2.0"
servers:
  - url: https://api.ekspresdesaru.com.my/partner/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Partner-Key
paths:
  /jadual:
    get:
      summary: Senarai perjalanan untuk tarikh tertentu
      parameters:
        - in: header
          name: X-Partner-Key
          required: true
          schema: {type: string}
          example: pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
        - in: query
          name: tarikh
          schema: {type: string, format: date}
          example: "2024-06-14"
      responses:
        "200": {description: OK}
security:
  - ApiKeyAuth: []
""")

add("yaml/slack-webhook", "ops/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: slack_configs api_url", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, depoh]
  routes:
    - matchers: [severity="page"]
      receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-tiket"
        title: "{{ .CommonAnnotations.summary }}"
        text: "{{ range .Alerts }}{{ .Annotations.description }}\\n{{ end }}"
""", slack_webhook())

add("github-actions/slack-webhook", ".github/workflows/notify.yml", "GitHub Actions docs; Slack incoming webhooks", """
name: Notifikasi deploy
on:
  workflow_run:
    workflows: ["Deploy tiket"]
    types: [completed]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: Hantar ke #deploy
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Deploy tiket: ${{ github.event.workflow_run.conclusion }}"}' \\
            @@secret@@
""", slack_webhook())

add("go/gps-fleet-api-key", "fleet/gps/client.go", "Go net/http docs (Header.Set)", """
package gps

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Penjejak GPS armada bas (pembekal telematik)
const (
	baseURL = "https://api.fleettrack.example.com.my/v1"
	apiKey  = "@@secret@@"
)

type Kedudukan struct {
	NoPendaftaran string  `json:"plate"`
	Lat           float64 `json:"lat"`
	Lng           float64 `json:"lng"`
	Kelajuan      float64 `json:"speed_kmh"`
}

func Semasa(plate string) (*Kedudukan, error) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/vehicles/%s/position", baseURL, plate), nil)
	req.Header.Set("X-Api-Key", apiKey)
	c := &http.Client{Timeout: 8 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var k Kedudukan
	return &k, json.NewDecoder(resp.Body).Decode(&k)
}
""", "ftk_live_" + rand_pw(32))

add("go/postgres-dsn", "fleet/cmd/penyelenggaraan/main.go", "pgx docs (connection string)", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

func main() {
	conn, err := pgx.Connect(context.Background(), "postgres://bengkel:@@secret@@@fleet-db.internal:5432/penyelenggaraan?sslmode=require")
	if err != nil {
		log.Fatalf("sambungan gagal: %v", err)
	}
	defer conn.Close(context.Background())
	var n int
	_ = conn.QueryRow(context.Background(), "select count(*) from kerja_servis where status = 'TERTUNDA'").Scan(&n)
	log.Printf("kerja servis tertunda: %d", n)
}
""", rand_pw(18))

add("go/decoy-env-lookup", "fleet/config/config.go", "Go os.Getenv docs", """
package config

import "os"

type Config struct {
	DatabaseURL string
	GPSKey      string
	Depoh       string
}

func Load() Config {
	return Config{
		DatabaseURL: os.Getenv("FLEET_DATABASE_URL"),
		GPSKey:      os.Getenv("FLEETTRACK_API_KEY"),
		Depoh:       getenv("DEPOH", "LRK"),
	}
}

func getenv(k, d string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return d
}
""")

add("java/oracle-password", "erp-integrasi/src/main/resources/application.properties", "Spring Boot docs: spring.datasource properties", """
# Integrasi ERP kewangan (Oracle) - jualan tiket harian
spring.application.name=erp-integrasi
spring.datasource.url=jdbc:oracle:thin:@//erp-db.edsb.local:1521/FINPRD
spring.datasource.username=TIKET_INTF
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=none
erp.batch.cron=0 30 1 * * *
erp.batch.zone=Asia/Kuala_Lumpur
logging.level.my.com.ekspresdesaru=INFO
""", words_pw())

add("properties/decoy-spring-placeholder", "erp-integrasi/src/main/resources/application-prod.properties", "Spring Boot docs: property placeholders", """
spring.datasource.url=jdbc:oracle:thin:@//erp-db.edsb.local:1521/FINPRD
spring.datasource.username=${ERP_DB_USER}
spring.datasource.password=${ERP_DB_PASSWORD}
erp.sftp.host=sftp.bank.example.com.my
erp.sftp.private-key=file:/run/secrets/erp_sftp_key
erp.sftp.known-hosts=classpath:known_hosts
""")

add("java/ipay88-merchant-key", "erp-integrasi/src/main/java/my/com/ekspresdesaru/pay/Ipay88Requery.java", "iPay88 Requery API docs", """
package my.com.ekspresdesaru.pay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Semak semula status transaksi iPay88 untuk penyesuaian harian. */
public final class Ipay88Requery {
    private static final String MERCHANT_CODE = "@@code@@";
    private static final String MERCHANT_KEY = "@@secret@@";
    private static final String URL = "https://payment.ipay88.com.my/epayment/enquiry.asp";

    private final HttpClient http = HttpClient.newHttpClient();

    public String status(String refNo, String amount) throws Exception {
        String q = "?MerchantCode=" + MERCHANT_CODE + "&RefNo=" + refNo + "&Amount=" + amount;
        HttpRequest req = HttpRequest.newBuilder(URI.create(URL + q)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    String keyForSignature() {
        return MERCHANT_KEY;
    }
}
""", ipay88_key(), code=ipay88_code())

add("kotlin/decoy-build-config-field", "app-penumpang/app/build.gradle.kts", "Android Gradle docs: buildConfigField", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "my.com.ekspresdesaru.penumpang"
    compileSdk = 34
    defaultConfig {
        applicationId = "my.com.ekspresdesaru.penumpang"
        minSdk = 24
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "API_BASE", "\\"https://api.ekspresdesaru.com.my/v2/\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "penumpang"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("kotlin/keystore-password", "app-pemandu/app/build.gradle.kts", "Android docs: signingConfigs", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "my.com.ekspresdesaru.pemandu"
    compileSdk = 34
    defaultConfig {
        applicationId = "my.com.ekspresdesaru.pemandu"
        minSdk = 26
        versionCode = 57
        versionName = "1.9.3"
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/pemandu-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "pemandu"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        release {
            signingConfig = signingConfigs.getByName("release")
            isMinifyEnabled = true
        }
    }
}
""", words_pw())

add("kotlin/firebase-server-key", "app-pemandu/app/src/main/java/my/com/ekspresdesaru/pemandu/push/Notifier.kt", "Firebase legacy FCM HTTP API docs (Authorization: key=)", """
package my.com.ekspresdesaru.pemandu.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Hantar notifikasi tukar platform kepada pemandu lain dalam syif yang sama
object Notifier {
    private const val FCM_KEY = "@@secret@@"
    private val client = OkHttpClient()

    fun tukarPlatform(topic: String, platform: String) {
        val body = "{\\"to\\":\\"/topics/$topic\\",\\"notification\\":{\\"title\\":\\"Tukar platform\\",\\"body\\":\\"Platform baharu: $platform\\"}}"
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$FCM_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
""", fcm_server_key())

add("xml/decoy-google-services-api-key", "app-penumpang/app/src/main/res/values/google_maps_api.xml", "Google Maps Android docs (restricted API key in resources)", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Kunci Maps terhad kepada pakej my.com.ekspresdesaru.penumpang + SHA-1; selamat dalam APK -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@k@@</string>
    <string name="default_web_client_id" translatable="false">@@cid@@.apps.googleusercontent.com</string>
</resources>
""", k=google_api_key(), cid="4312987650" + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("csharp/connection-string-password", "KioskTiket/appsettings.Production.json", "ASP.NET Core docs: ConnectionStrings in appsettings.json", """
{
  "ConnectionStrings": {
    "Kiosk": "Server=sql-depoh.edsb.local;Database=KioskTiket;User Id=kiosk_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Kiosk": {
    "Depoh": "KTN",
    "PrinterName": "EPSON TM-T82X Receipt",
    "IdleSeconds": 90,
    "Bahasa": ["ms", "en", "zh"]
  },
  "Logging": {
    "LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}
  }
}
""", rand_pw(16, "!$"))

add("csharp/payment-terminal-key", "KioskTiket/Services/TerminalKad.cs", "Vendor payment-terminal SDK pattern (merchant id and key)", """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace KioskTiket.Services
{
    // Terminal kad (debit/kredit/e-dompet) di kiosk layan diri
    public class TerminalKad
    {
        private const string TerminalId = "KTN-KIOSK-01";
        private const string ApiSecret = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> CajAsync(decimal jumlah, string rujukan)
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "https://gateway.terminal.example.com.my/v1/sale");
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiSecret);
            req.Content = new StringContent($"{{\\"tid\\":\\"{TerminalId}\\",\\"amount\\":{jumlah},\\"ref\\":\\"{rujukan}\\"}}");
            var res = await Http.SendAsync(req);
            return await res.Content.ReadAsStringAsync();
        }
    }
}
""", "tk_live_" + rand_pw(40))

add("csharp/decoy-user-secrets", "KioskTiket/Program.cs", "ASP.NET Core docs: configuration providers, user secrets", """
var builder = WebApplication.CreateBuilder(args);

// Rahsia dari Azure Key Vault dalam produksi, dotnet user-secrets semasa pembangunan
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-edsb-kiosk.vault.azure.net/"), new DefaultAzureCredential());
}
else
{
    builder.Configuration.AddUserSecrets<Program>();
}

builder.Services.AddSingleton<TerminalKad>();
var app = builder.Build();
app.MapGet("/sihat", () => "OK");
app.Run();
""")

add("ruby/stripe-secret-key", "sewa-bas/config/initializers/stripe.rb", "Stripe Ruby library docs (Stripe.api_key)", """
# Sewa bas persiaran untuk pelanggan korporat luar negara (kad antarabangsa)
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-04-10"

Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  currency: "myr"
}
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ruby/decoy-publishable-key", "sewa-bas/app/views/layouts/_stripe.html.erb", "Stripe.js docs (publishable key is public)", """
<script src="https://js.stripe.com/v3/"></script>
<script>
  // Kunci boleh terbit (publishable) - selamat di pelayar
  const stripe = Stripe("@@pk@@", { locale: "<%= I18n.locale == :ms ? 'auto' : 'en' %>" });
  const elements = stripe.elements();
  const card = elements.create("card");
  card.mount("#kad-pembayaran");
</script>
""", pk=stripe_key("pk_live_"))

add("ruby/smtp-password", "sewa-bas/config/environments/production.rb", "Rails guides: Action Mailer smtp_settings", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.i18n.default_locale = :ms
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.gmail.com",
    port: 587,
    domain: "ekspresdesaru.com.my",
    user_name: "sewabas@ekspresdesaru.com.my",
    password: "@@secret@@",
    authentication: "plain",
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "sewa.ekspresdesaru.com.my", protocol: "https" }
end
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ruby/decoy-credentials-fetch", "sewa-bas/config/initializers/billplz.rb", "Rails guides: credentials (Rails.application.credentials)", """
# Kunci disimpan dalam config/credentials.yml.enc (master key di pelayan sahaja)
Billplz.configure do |c|
  c.api_key = Rails.application.credentials.dig(:billplz, :api_key)
  c.x_signature_key = Rails.application.credentials.dig(:billplz, :x_signature)
  c.collection_id = "inbmmepb"
  c.sandbox = !Rails.env.production?
end
""")

add("rust/decoy-test-vectors", "cetak-qr/src/tandatangan.rs", "RFC 4231 HMAC-SHA256 test vectors", """
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Tandatangan kod QR tiket: HMAC-SHA256(kunci, "kod|trip|kerusi")
pub fn tandatangan(kunci: &[u8], kod: &str, trip: u32, kerusi: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(kunci).expect("kunci");
    mac.update(format!("{kod}|{trip}|{kerusi}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    // RFC 4231 test case 2: key "Jefe"
    #[test]
    fn rfc4231_case2() {
        use super::*;
        let mut mac = HmacSha256::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        assert_eq!(hex::encode(mac.finalize().into_bytes()),
                   "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
""")

add("rust/qr-signing-key", "cetak-qr/src/main.rs", "Rust std::env / const pattern", """
mod tandatangan;

// Kunci HMAC untuk kod QR tiket (diimbas oleh pemandu di pintu bas)
const KUNCI_QR: &str = "@@secret@@";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("guna: cetak-qr <kod> <trip> <kerusi>");
        std::process::exit(2);
    }
    let trip: u32 = args[2].parse().expect("trip");
    let sig = tandatangan::tandatangan(KUNCI_QR.as_bytes(), &args[1], trip, &args[3]);
    println!("EDSB1|{}|{}|{}|{}", args[1], trip, args[3], &sig[..16]);
}
""", hexs(64))

add("swift/decoy-info-plist-client-id", "AppPenumpang/AppPenumpang/Info.plist", "Apple docs: Info.plist; Google Sign-In iOS (client id is public)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Ekspres Desaru</string>
    <key>GIDClientID</key>
    <string>4312987650-@@cid@@.apps.googleusercontent.com</string>
    <key>CFBundleURLTypes</key>
    <array>
        <dict>
            <key>CFBundleURLSchemes</key>
            <array><string>com.googleusercontent.apps.4312987650-@@cid@@</string></array>
        </dict>
    </array>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Untuk menunjukkan terminal bas terdekat.</string>
</dict>
</plist>
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("ruby/sentry-auth-token", "AppPenumpang/fastlane/Fastfile", "fastlane docs: sentry plugin (auth_token)", """
default_platform(:ios)

platform :ios do
  lane :beta do
    increment_build_number
    build_app(scheme: "AppPenumpang", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    sentry_debug_files_upload(
      auth_token: "sntrys_@@secret@@",
      org_slug: "ekspres-desaru",
      project_slug: "app-penumpang-ios"
    )
  end
end
""", rand_pw(64))

add("typescript/google-maps-server-key", "booking-web/src/server/jarak.ts", "Google Distance Matrix API docs (key parameter)", """
// Anggaran masa perjalanan sebenar (trafik) untuk paparan "Tiba dalam ..." - sisi pelayan sahaja
const DISTANCE_MATRIX_KEY = "@@secret@@";

export async function anggaranMinit(dari: string, ke: string): Promise<number | null> {
  const url = new URL("https://maps.googleapis.com/maps/api/distancematrix/json");
  url.searchParams.set("origins", dari);
  url.searchParams.set("destinations", ke);
  url.searchParams.set("departure_time", "now");
  url.searchParams.set("key", DISTANCE_MATRIX_KEY);
  const res = await fetch(url);
  const data = await res.json();
  const el = data.rows?.[0]?.elements?.[0];
  return el?.duration_in_traffic ? Math.round(el.duration_in_traffic.value / 60) : null;
}
""", google_api_key())

add("typescript/decoy-firebase-web-config", "booking-web/src/lib/firebase.ts", "Firebase docs: web app config (apiKey is not secret)", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Konfigurasi Firebase web - nilai awam, dilindungi oleh peraturan keselamatan
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "edsb-penumpang.firebaseapp.com",
  projectId: "edsb-penumpang",
  storageBucket: "edsb-penumpang.appspot.com",
  messagingSenderId: "431298765012",
  appId: "1:431298765012:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_api_key(), app=hexs(22))

add("typescript/openai-api-key", "sokongan-bot/src/jawab.ts", "OpenAI Node SDK docs (new OpenAI({ apiKey }))", """
import OpenAI from "openai";

// Chatbot khidmat pelanggan: soalan jadual, bagasi, bayaran balik (BM/EN)
const client = new OpenAI({ apiKey: "@@secret@@" });

const ARAHAN = `Anda pembantu Ekspres Desaru. Jawab dalam bahasa yang sama dengan pelanggan.
Polisi bayaran balik: 80% jika dibatalkan 24 jam sebelum berlepas. Bagasi: 20kg percuma.`;

export async function jawab(soalan: string): Promise<string> {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: ARAHAN }, { role: "user", content: soalan }],
  });
  return r.choices[0].message.content ?? "";
}
""", openai_key())

add("typescript/decoy-regex-validators", "booking-web/src/lib/sahkan.ts", "validation patterns for Malaysian IC and phone numbers", """
// Pengesahan input borang tempahan
export const NO_KP = /^\\d{6}-?\\d{2}-?\\d{4}$/;          // MyKad
export const NO_TELEFON = /^(\\+?60|0)1[0-46-9]-?\\d{7,8}$/;
export const KOD_TEMPAHAN = /^ED[A-Z0-9]{8}$/;
export const KUNCI_API_RAKAN = /^pk_(live|test)_[A-Za-z0-9]{24}$/;
export const BILLPLZ_ID = /^[a-z0-9]{8}$/;

export function sahNoKP(v: string): boolean {
  return NO_KP.test(v.trim());
}
""")

add("shell/mysql-password", "scripts/backup_kaunter.sh", "mysqldump manual (-p<password>)", """
#!/usr/bin/env bash
# Sandaran malam pangkalan data kaunter depoh -> NAS HQ
set -euo pipefail
TARIKH=$(date +%F)
DEPOH=${DEPOH:-LRK}
OUT=/var/backups/kaunter/${DEPOH}_${TARIKH}.sql.gz

mysqldump -h 127.0.0.1 -u kaunter -p'@@secret@@' --single-transaction kaunter | gzip > "$OUT"
find /var/backups/kaunter -name '*.sql.gz' -mtime +14 -delete
rsync -a "$OUT" backup@nas-hq.edsb.local:/volume1/kaunter/${DEPOH}/
echo "[$(date)] sandaran ${DEPOH} selesai"
""", words_pw())

add("shell/decoy-env-check", "scripts/semak_env.sh", "bash manual (parameter expansion ${var:?})", """
#!/usr/bin/env bash
# Pastikan semua pembolehubah rahsia wujud sebelum melancar
set -euo pipefail
: "${DJANGO_SECRET_KEY:?tiada DJANGO_SECRET_KEY}"
: "${DB_PASSWORD:?tiada DB_PASSWORD}"
: "${IPAY88_MERCHANT_KEY:?tiada IPAY88_MERCHANT_KEY}"
: "${BILLPLZ_API_KEY:?tiada BILLPLZ_API_KEY}"
echo "Semua rahsia ada. Panjang kunci iPay88: ${#IPAY88_MERCHANT_KEY}"
""")

add("shell/curl-basic-billplz", "scripts/cipta_koleksi_billplz.sh", "Billplz API v3 docs (curl -u API_KEY:)", """
#!/bin/sh
# Cipta koleksi Billplz baharu untuk laluan musim perayaan
curl https://www.billplz.com/api/v3/collections \\
  -u @@secret@@: \\
  -d title="Tiket Balik Kampung Raya 2024" \\
  -d split_payment[email]="kewangan@ekspresdesaru.com.my" \\
  -d split_payment[fixed_cut]=0
""", billplz_key())

add("shell/cctv-nvr-password", "scripts/cctv/ambil_rakaman.sh", "Hikvision ISAPI docs (digest auth, playback download)", """
#!/bin/bash
# Muat turun rakaman CCTV platform untuk aduan penumpang (rujukan polis / insurans)
# Guna: ./ambil_rakaman.sh 2024-05-12T08:00:00Z 2024-05-12T08:30:00Z 3
MULA="$1"; TAMAT="$2"; SALURAN="${3:-1}"
NVR=192.168.10.200
curl --digest -u admin:@@secret@@ -o "rakaman_${SALURAN}_${MULA}.mp4" \\
  "http://${NVR}/ISAPI/ContentMgmt/download" \\
  -d "<downloadRequest><playbackURI>rtsp://${NVR}/Streaming/tracks/${SALURAN}01/?starttime=${MULA}&amp;endtime=${TAMAT}</playbackURI></downloadRequest>"
echo "siap"
""", rand_pw(10, "#"))

add("shell/decoy-curl-example", "docs/partner/contoh_curl.sh", "API docs example script with placeholder key", """
#!/bin/sh
# Contoh untuk rakan agensi: senarai perjalanan KL -> JB
# Gantikan YOUR_PARTNER_KEY dengan kunci yang diberi oleh Ekspres Desaru
curl -s "https://api.ekspresdesaru.com.my/partner/v2/jadual?dari=TBS&ke=LRK&tarikh=2024-06-14" \\
  -H "X-Partner-Key: YOUR_PARTNER_KEY" \\
  -H "Accept-Language: ms" | jq '.perjalanan[] | {masa, kelas, harga, kerusi_kosong}'
""")

add("shell/gitlab-token", "scripts/mirror_repo.sh", "GitLab docs: clone with personal access token (oauth2:<token>)", """
#!/usr/bin/env bash
# Cermin repo jadual ke GitLab vendor tiket (keperluan kontrak SLA)
set -e
cd /srv/mirror/jadual
git fetch origin --prune
git push --mirror https://oauth2:@@secret@@@gitlab.vendortiket.example.com/edsb/jadual.git
date > /srv/mirror/last_push
""", gitlab_token())

add("shell/telegram-bot-curl", "ops/cron/amaran_disk.sh", "Telegram Bot API docs (sendMessage)", """
#!/bin/bash
# Cron 15 minit: amaran cakera hampir penuh pada pelayan depoh
PENGGUNAAN=$(df / --output=pcent | tail -1 | tr -dc '0-9')
if [ "$PENGGUNAAN" -gt 85 ]; then
  curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
    -d chat_id=-1001876543210 \\
    -d text="Amaran: cakera $(hostname) ${PENGGUNAAN}% penuh"
fi
""", fakes.telegram_token(_seed()))

add("powershell/sql-sa-password", "kiosk/scripts/Pasang-Kiosk.ps1", "PowerShell docs; sqlcmd utility (-U -P)", """
# Pasang pangkalan data tempatan pada PC kiosk baharu
param([string]$Depoh = "LRK", [string]$NoKiosk = "01")

$ErrorActionPreference = "Stop"
$SaPassword = "@@secret@@"

Write-Host "Memasang kiosk $Depoh-$NoKiosk ..."
sqlcmd -S "localhost\\SQLEXPRESS" -U sa -P $SaPassword -Q "IF DB_ID('KioskTiket') IS NULL CREATE DATABASE KioskTiket"
sqlcmd -S "localhost\\SQLEXPRESS" -U sa -P $SaPassword -d KioskTiket -i .\\schema.sql
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\EDSB\\Kiosk" -Name "Depoh" -Value $Depoh
Restart-Service -Name "KioskTiketSvc"
""", words_pw())

add("powershell/decoy-secretmanagement", "kiosk/scripts/Kemas-Kini-Tarif.ps1", "PowerShell SecretManagement docs (Get-Secret)", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "KioskSqlApp" -Vault "EDSB-Vault"
$conn = "Server=sql-depoh.edsb.local;Database=KioskTiket;Integrated Security=False;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$tarif = Import-Csv .\\tarif_2024.csv
foreach ($t in $tarif) {
    Invoke-Sqlcmd -ConnectionString $conn -Query "UPDATE Tarif SET Harga = $($t.harga) WHERE Laluan = '$($t.laluan)'"
}
Write-Host "Tarif dikemas kini: $($tarif.Count) laluan"
""")

add("powershell/azure-client-secret", "infra/scripts/Sambung-Azure.ps1", "Az PowerShell docs: Connect-AzAccount -ServicePrincipal", """
# Log masuk automasi laporan Power BI (service principal)
$TenantId = "@@tenant@@"
$AppId = "@@app@@"
$Secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($AppId, $Secret)
Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential $Cred
Invoke-PowerBIRestMethod -Url "groups/laporan-tiket/datasets/refreshes" -Method Post
""", "".join(_rng().choice(ALNUM) for _ in range(3)) + "8Q~" + rand_pw(34, "_.-~"), tenant=uuid_s(), app=uuid_s())

add("sql/decoy-schema", "db/migrations/0042_tempahan.sql", "PostgreSQL docs: CREATE TABLE", """
-- Jadual tempahan tiket
CREATE TABLE tempahan (
    id              BIGSERIAL PRIMARY KEY,
    kod             CHAR(10) NOT NULL UNIQUE,       -- cth. EDK7Q2M9XA
    trip_id         BIGINT NOT NULL REFERENCES perjalanan(id),
    kerusi          VARCHAR(4) NOT NULL,
    nama_penumpang  VARCHAR(120) NOT NULL,
    no_kp_hash      CHAR(64) NOT NULL,              -- SHA-256 no. MyKad, bukan teks asal
    gateway         VARCHAR(16) NOT NULL CHECK (gateway IN ('ipay88','billplz','razer','senangpay','kaunter')),
    gateway_ref     VARCHAR(64),
    jumlah_sen      INTEGER NOT NULL,
    status          VARCHAR(12) NOT NULL DEFAULT 'MENUNGGU',
    dicipta         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tempahan_trip_idx ON tempahan (trip_id);
""")

add("sql/db-user-password", "db/roles/0003_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- Peranan pangkalan data sistem tiket
CREATE ROLE tiket_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE laporan_ro LOGIN PASSWORD 'md5@@md5@@';
GRANT CONNECT ON DATABASE tiket TO tiket_app, laporan_ro;
GRANT USAGE ON SCHEMA public TO tiket_app, laporan_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO tiket_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO laporan_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO laporan_ro;
""", words_pw(), md5=hexs(32))

add("sql/decoy-seed-data-hashes", "db/seed/0001_pengguna_kaunter.sql", "Django password hasher format (pbkdf2_sha256$...)", """
-- Data awal: akaun kaunter (kata laluan di-hash, pengguna mesti tukar pada log masuk pertama)
INSERT INTO pengguna (nama_pengguna, nama, depoh, kata_laluan, mesti_tukar) VALUES
('kaunter.lrk1', 'Kaunter Larkin 1', 'LRK', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', TRUE),
('kaunter.tbs1', 'Kaunter TBS 1', 'TBS', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', TRUE),
('kaunter.ktn1', 'Kaunter Kuantan 1', 'KTN', 'pbkdf2_sha256$720000$@@s3@@$@@h3@@=', TRUE),
('penyelia.hq', 'Penyelia Operasi', 'HQ', 'pbkdf2_sha256$720000$@@s4@@$@@h4@@=', TRUE);
""", s1=rand_pw(22), h1=rand_pw(43, "+/"), s2=rand_pw(22), h2=rand_pw(43, "+/"), s3=rand_pw(22), h3=rand_pw(43, "+/"), s4=rand_pw(22), h4=rand_pw(43, "+/"))

add("sql/partner-api-key-insert", "db/seed/0002_rakan_agensi.sql", "SQL INSERT of partner API credentials", """
-- Rakan agensi tiket dalam talian (kunci API untuk akses jadual & tempahan)
INSERT INTO rakan_agensi (kod, nama, kunci_api, had_sesaat, aktif) VALUES
('BOT', 'BusOnlineTicket', '@@secret@@', 20, TRUE),
('ESB', 'Easybook', NULL, 20, FALSE),
('RDB', 'redBus MY', NULL, 10, FALSE);
-- NOTA: kunci ESB/RDB dijana melalui panel admin, bukan di sini
""", "pk_live_" + rand_pw(24))

add("csv/decoy-trip-export", "laporan/eksport/perjalanan_2024-05-12.csv", "CSV export of trip manifest summary", """
trip_id,tarikh,laluan,masa_berlepas,no_pendaftaran,pemandu_id,kerusi_jual,kerusi_jumlah,hasil_rm
880121,2024-05-12,TBS-LRK,08:00,JRT 4521,P0192,27,30,1485.00
880122,2024-05-12,TBS-LRK,09:30,JRT 4533,P0231,30,30,1650.00
880123,2024-05-12,LRK-TBS,10:00,VFK 8812,P0144,22,30,1210.00
880124,2024-05-12,TBS-KTN,09:00,WUP 1127,P0088,18,27,945.00
880125,2024-05-12,KTN-TBS,14:00,WUP 1130,P0091,25,27,1312.50
880126,2024-05-12,LRK-IPH,21:00,JRT 4540,P0210,19,24,1140.00
""")

add("csv/agency-credentials", "ops/handover/akaun_portal_rakan.csv", "CSV export of a password spreadsheet", """
portal,url,pengguna,kata_laluan,pemilik,catatan
BusOnlineTicket,https://partner.busonlineticket.example.com,edsb_ops,@@secret@@,Aina (Ops),tukar 3 bulan sekali
Easybook,https://agent.easybook.example.com,edsb,(rujuk Bitwarden),Aina (Ops),
APAD e-Lesen,https://elesen.apad.example.gov.my,edsb_lesen,(rujuk Bitwarden),Hafiz (Pematuhan),
Portal TBS,https://operator.tbsbts.example.com.my,edsb01,(rujuk Bitwarden),Kaunter TBS,
""", words_pw())

add("csv/decoy-payment-reconciliation", "kewangan/penyesuaian/ipay88_2024-05-12.csv", "iPay88 transaction report export", """
TransId,RefNo,Amount,Currency,PaymentId,Status,AuthCode,TranDate,Signature
T0@@t1@@,EDK7Q2M9XA,55.00,MYR,2,1,@@a1@@,2024-05-12 07:41:02,@@sg1@@
T0@@t2@@,EDP3R8W1ZB,110.00,MYR,6,1,@@a2@@,2024-05-12 07:44:19,@@sg2@@
T0@@t3@@,EDM5C2J7QD,55.00,MYR,210,0,,2024-05-12 07:50:55,@@sg3@@
T0@@t4@@,EDX9L4V6TE,47.50,MYR,538,1,@@a4@@,2024-05-12 08:02:31,@@sg4@@
""", t1=fakes.drawn(_seed(), 9, string.digits), t2=fakes.drawn(_seed(), 9, string.digits), t3=fakes.drawn(_seed(), 9, string.digits),
    t4=fakes.drawn(_seed(), 9, string.digits), a1=fakes.drawn(_seed(), 6, string.digits), a2=fakes.drawn(_seed(), 6, string.digits),
    a4=fakes.drawn(_seed(), 6, string.digits), sg1=sha256ish(), sg2=sha256ish(), sg3=sha256ish(), sg4=sha256ish())

add("log/decoy-masked-request", "logs/tiket-api/2024-05-12.log", "structured application log with masked credentials", """
2024-05-12T07:41:01+08:00 INFO  bayar.ipay88  POST entry ref=EDK7Q2M9XA amount=55.00 merchant=@@code@@ key=******** sig=@@sg@@
2024-05-12T07:41:02+08:00 INFO  bayar.ipay88  backend ref=EDK7Q2M9XA status=1 trans=T0@@t1@@ sig_ok=true
2024-05-12T07:44:18+08:00 INFO  bayar.billplz POST /api/v3/bills auth=Basic **** collection=inbmmepb ref=EDP3R8W1ZB
2024-05-12T07:44:19+08:00 INFO  bayar.billplz callback id=@@bid@@ paid=true x_signature=@@xs@@
2024-05-12T07:50:55+08:00 WARN  bayar.ipay88  backend ref=EDM5C2J7QD status=0 errdesc="Customer Cancel Transaction"
2024-05-12T08:02:31+08:00 INFO  seatlock      lepas trip=880123 seat=14B session=@@sess@@
""", code=ipay88_code(), sg=sha256ish(), t1=fakes.drawn(_seed(), 9, string.digits), bid=fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits),
    xs=sha256ish(), sess=hexs(32))

add("log/smtp-password-debug", "logs/notifikasi/worker-2024-05-13.log", "smtplib debug output (AUTH PLAIN, RFC 4616)", """
2024-05-13 06:00:01,204 INFO notifikasi.worker mula kelompok peringatan (412 penumpang)
2024-05-13 06:00:01,511 DEBUG smtplib send: 'ehlo worker-2.edsb.local\\r\\n'
2024-05-13 06:00:01,538 DEBUG smtplib reply: b'250-smtp.office365.com Hello\\r\\n'
2024-05-13 06:00:01,539 DEBUG smtplib send: 'STARTTLS\\r\\n'
2024-05-13 06:00:01,812 DEBUG smtplib send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-05-13 06:00:02,001 DEBUG smtplib reply: b'235 2.7.0 Authentication successful\\r\\n'
2024-05-13 06:00:02,019 INFO notifikasi.worker hantar etiket EDK7Q2M9XA -> a***@gmail.com
2024-05-13 06:00:09,771 INFO notifikasi.worker selesai: 412 dihantar, 0 gagal
""", b64("\0noreply@ekspresdesaru.com.my\0" + words_pw()))

add("log/decoy-health-check", "logs/paparan/paparan-tbs.log", "nginx access log format", """
10.20.0.15 - - [12/May/2024:08:00:01 +0800] "GET /v2/jadual?depoh=TBS HTTP/1.1" 200 18422 "-" "PaparanJadual/1.8"
10.20.0.15 - - [12/May/2024:08:00:31 +0800] "GET /v2/jadual?depoh=TBS HTTP/1.1" 200 18422 "-" "PaparanJadual/1.8"
10.20.0.15 - - [12/May/2024:08:01:01 +0800] "GET /v2/jadual?depoh=TBS HTTP/1.1" 304 0 "-" "PaparanJadual/1.8"
10.20.0.16 - - [12/May/2024:08:01:04 +0800] "GET /sihat HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.0.15 - - [12/May/2024:08:01:31 +0800] "GET /v2/jadual?depoh=TBS&etag=@@e@@ HTTP/1.1" 304 0 "-" "PaparanJadual/1.8"
""", e=hexs(40))

add("log/partner-key-in-url", "logs/partner-gw/access-2024-05-14.log", "nginx access log format (query string logged)", """
203.0.113.41 - - [14/May/2024:10:12:01 +0800] "GET /partner/v2/jadual?dari=TBS&ke=LRK&tarikh=2024-05-20 HTTP/1.1" 200 5531 "-" "BOT-Sync/2.1"
203.0.113.41 - - [14/May/2024:10:12:02 +0800] "GET /partner/v2/kerusi?trip=881402&api_key=@@secret@@ HTTP/1.1" 200 812 "-" "BOT-Sync/2.1"
203.0.113.41 - - [14/May/2024:10:12:05 +0800] "POST /partner/v2/tempahan HTTP/1.1" 201 344 "-" "BOT-Sync/2.1"
198.51.100.7 - - [14/May/2024:10:12:09 +0800] "GET /partner/v2/jadual?dari=LRK&ke=KTN&tarikh=2024-05-21 HTTP/1.1" 401 61 "-" "python-requests/2.31"
203.0.113.41 - - [14/May/2024:10:12:11 +0800] "GET /partner/v2/tempahan/EDQ1W2E3RT HTTP/1.1" 200 402 "-" "BOT-Sync/2.1"
""", "pk_live_" + rand_pw(24))

add("markdown/nvr-admin-password", "docs/runbook/cctv-depoh.md", "internal runbook (markdown table of devices)", """
# Runbook: CCTV depoh

Semua NVR Hikvision berada dalam VLAN 40. Akses melalui VPN pejabat sahaja.

| Depoh | NVR | IP | Pengguna | Kata laluan |
|-------|-----|----|----------|-------------|
| Larkin (LRK) | DS-7732NI-K4 | 192.168.10.200 | admin | @@secret@@ |
| TBS | DS-7616NI-K2 | 192.168.20.200 | admin | (Bitwarden: "NVR TBS") |
| Kuantan (KTN) | DS-7616NI-K2 | 192.168.30.200 | admin | (Bitwarden: "NVR KTN") |

## Muat turun rakaman
1. Buka `http://<ip>/` dalam Chrome.
2. Main Semula -> pilih saluran -> pilih masa.
3. Simpan ke folder `\\\\nas-hq\\aduan\\<no-aduan>`.

Rakaman disimpan 30 hari (had cakera 8 TB).
""", rand_pw(10, "#"))

add("markdown/decoy-readme-placeholders", "README.md", "project README with configuration table", """
# Tiket Ekspres Desaru

Sistem tempahan tiket bas ekspres (web, kiosk, kaunter, rakan agensi).

## Persediaan tempatan

```bash
cp .env.example .env
docker compose up -d db redis
python manage.py migrate
python manage.py runserver
```

## Pembolehubah persekitaran

| Nama | Contoh | Keterangan |
|------|--------|------------|
| `DJANGO_SECRET_KEY` | `dev-only-not-secret` | Kunci Django (prod: Secrets Manager) |
| `IPAY88_MERCHANT_CODE` | `M00000` | Kod peniaga iPay88 |
| `IPAY88_MERCHANT_KEY` | `<dari portal iPay88>` | Jangan commit |
| `BILLPLZ_API_KEY` | `<uuid dari Billplz>` | Mod sandbox untuk dev |
| `REDIS_URL` | `redis://localhost:6379/0` | Kunci kerusi |

Lihat `docs/runbook/` untuk prosedur operasi.
""")

add("markdown/handover-razer-key", "docs/serahan/serahan_tugas_it_2024.md", "handover note (markdown)", """
# Nota serahan tugas - Unit IT (Jun 2024)

Disediakan oleh: Faizal (akan berhenti 30/6). Penerima: Mei Ling.

## Gerbang pembayaran
- iPay88: akaun portal atas nama kewangan@; kunci dalam Secrets Manager `prod/tiket/ipay88`.
- Razer Merchant Services: **secret key** belum dipindah ke Secrets Manager, masih dalam
  cron pelayan lama `tiket-legacy-01`. Nilai semasa:
  `@@secret@@`
  (verify key sama seperti dalam portal). Tolong pindah & putar selepas saya pergi.
- Billplz: OK, dalam k8s Secret `billplz`.

## Lain-lain
- Lesen Windows kiosk diperbaharui Mac 2025.
- Pembekal GPS: hubungi En. Rahim untuk isu API.
""", razer_key())

add("markdown/decoy-incident-redacted", "docs/insiden/2024-03-14-fpx.md", "post-incident review (redacted values)", """
# Insiden 2024-03-14: pembayaran FPX gagal 40 minit

**Kesan:** 312 tempahan tersangkut dalam status MENUNGGU.

## Punca
Kunci iPay88 diputar di portal tetapi tidak dikemas kini dalam Secrets Manager.
Log menunjukkan `Signature not match` dengan kunci lama `Ab3*****` (disunting).

## Tindakan
- [x] Kemas kini `prod/tiket/ipay88` (versi AWSCURRENT: `c5e1d4b2-...`)
- [x] Jalankan `scripts/semak_bil_billplz.py` untuk bil yang tersangkut
- [ ] Tambah amaran jika kadar `Signature not match` > 5/minit

Cap jari kunci baharu (SHA-256, 8 aksara pertama): `3f9a0c1e`.
""")

add("notebook/aws-secret-key", "analitik/notebooks/permintaan_musim_raya.ipynb", "Jupyter nbformat v4 JSON", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ramalan permintaan musim Hari Raya\\n", "Data: jualan tiket 2019-2024 (Athena)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from pyathena import connect\\n",
    "conn = connect(aws_access_key_id=\\"@@kid@@\\",\\n",
    "               aws_secret_access_key=\\"@@secret@@\\",\\n",
    "               s3_staging_dir=\\"s3://edsb-athena-results/\\", region_name=\\"ap-southeast-1\\")\\n",
    "df = pd.read_sql(\\"SELECT tarikh, laluan, SUM(kerusi_jual) AS jual FROM jualan GROUP BY 1, 2\\", conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/decoy-output-ids", "analitik/notebooks/kerusi_kosong.ipynb", "Jupyter nbformat v4 JSON", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["query_execution_id: @@q@@\\n", "etag: @@e@@\\n", "baris: 18422\\n"]
    }
   ],
   "source": ["import awswrangler as wr\\n", "df = wr.athena.read_sql_query(\\"SELECT * FROM kerusi_kosong\\", database=\\"tiket\\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", q=uuid_s(), e=hexs(32))

add("notebook/postgres-url", "analitik/notebooks/kesetiaan_pelanggan.ipynb", "Jupyter nbformat v4 JSON; SQLAlchemy create_engine URL", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(\\"postgresql+psycopg2://analitik:@@secret@@@tiket-replica.internal:5432/tiket\\")\\n",
    "ahli = pd.read_sql(\\"select * from ahli_kesetiaan where mata > 500\\", eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20))

add("ini/smtp-password", "kaunter-pos/config/kaunter.ini", "Python configparser INI format", """
[kaunter]
depoh = LRK
nombor = 3
bahasa = ms

[pencetak]
nama = EPSON TM-T82X Receipt
lebar_mm = 80

[emel]
host = smtp.office365.com
port = 587
pengguna = kaunter.lrk@ekspresdesaru.com.my
kata_laluan = @@secret@@

[api]
url = https://api.ekspresdesaru.com.my/v2/
""", words_pw())

add("ini/decoy-odbc-dsn", "kaunter-pos/config/odbc.ini", "unixODBC odbc.ini format", """
[KioskTiket]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql-depoh.edsb.local
Database    = KioskTiket
Trusted_Connection = yes
Encrypt     = yes
TrustServerCertificate = yes
""")

add("ini/pip-index-password", "pip.conf", "pip docs: configuration (index-url with credentials)", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://edsb-ci:@@secret@@@nexus.edsb.local/repository/pypi-dalaman/simple
timeout = 60

[install]
trusted-host = nexus.edsb.local
""", rand_pw(20))

add("toml/pypi-token", ".pypirc", "PyPI docs: .pypirc with API token", """
[distutils]
index-servers =
    pypi
    dalaman

[pypi]
username = __token__
password = @@secret@@

[dalaman]
repository = https://nexus.edsb.local/repository/pypi-dalaman/
username = edsb-ci
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "cetak-tiket/pyproject.toml", "PEP 621 pyproject.toml", """
[project]
name = "cetak-tiket"
version = "2.4.0"
description = "Cetak tiket bas dan resit pada pencetak terma ESC/POS"
requires-python = ">=3.10"
dependencies = ["python-escpos>=3.0", "qrcode>=7.4", "Pillow>=10"]

[project.urls]
Homepage = "https://github.com/ekspresdesaru/cetak-tiket"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("toml/influxdb-token", "ops/telemetry/config.toml", "Telegraf docs: outputs.http with basic auth", """
[agent]
  interval = "30s"
  hostname = "kaunter-lrk-03"

[[inputs.cpu]]
[[inputs.disk]]
  mount_points = ["/"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.edsb.local:8086"]
  token = "@@secret@@"
  organization = "edsb"
  bucket = "depoh"
""", rand_pw(86, "_-") + "==")

add("toml/decoy-cargo", "cetak-qr/Cargo.toml", "Cargo manifest format", """
[package]
name = "cetak-qr"
version = "0.3.1"
edition = "2021"

[dependencies]
hmac = "0.12"
sha2 = "0.10"
hex = "0.4"
qrcode = "0.14"
""")

_sa_pem = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "app-pemandu/functions/serviceAccount.json", "Google Cloud docs: service account key file", """
{
  "type": "service_account",
  "project_id": "edsb-pemandu",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9p@edsb-pemandu.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x2k9p%40edsb-pemandu.iam.gserviceaccount.com"
}
""", _sa_pem, kid=hexs(40), cid=fakes.drawn(_seed(), 21, string.digits))

_deploy_key = fakes.fake_pem(_seed(), "OPENSSH")
add("yaml/ssh-deploy-key", "ansible/roles/tiket_legacy/vars/main.yml", "Ansible docs: role vars (literal block scalar)", """
---
tiket_legacy_repo: git@github.com:ekspresdesaru/tiket-legacy.git
tiket_legacy_versi: "1.22.4"
tiket_legacy_dir: /opt/tiket-legacy
# kunci deploy (baca sahaja) untuk repo tiket-legacy
tiket_legacy_deploy_key: |
  @@key@@
tiket_legacy_cron:
  - {name: "penyesuaian razer", minute: "15", hour: "2", job: "/opt/tiket-legacy/bin/penyesuaian_razer"}
""", _deploy_key, key=_deploy_key.replace("\n", "\n  "))

_rsa = fakes.fake_pem(_seed(), "RSA")
add("pem/rsa-private-key", "kiosk_api/keys/jwt_private.pem", "RFC 7468 PEM (PKCS#1 RSA private key)", """
@@secret@@
""", _rsa)

add("pem/decoy-public-key", "kiosk_api/keys/jwt_public.pem", "RFC 7468 PEM (SubjectPublicKeyInfo)", """
-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END PUBLIC KEY-----
""", l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(64, "+/"), l5=rand_pw(64, "+/"), l6=rand_pw(8, "+/") + "IDAQAB")

add("pem/decoy-certificate", "deploy/nginx/certs/tiket.ekspresdesaru.com.my.crt", "RFC 7468 PEM certificate", """
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END CERTIFICATE-----
""", l1="MIIF" + rand_pw(60, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(64, "+/"), l5=rand_pw(64, "+/"), l6=rand_pw(40, "+/") + "==")

add("env/myinvois-client-secret", "einvois/.env", "LHDN MyInvois API docs (client_id / client_secret, OAuth token)", """
# e-Invois LHDN (MyInvois) - untuk resit tiket korporat & sewa bas
MYINVOIS_ENV=production
MYINVOIS_BASE_URL=https://api.myinvois.hasil.gov.my
MYINVOIS_IDSRV_URL=https://api.myinvois.hasil.gov.my/connect/token
MYINVOIS_CLIENT_ID=@@cid@@
MYINVOIS_CLIENT_SECRET=@@secret@@
MYINVOIS_TIN=C20880123040
MYINVOIS_BRN=200801012345
""", uuid_s(), cid=uuid_s())

add("python/decoy-myinvois-sandbox-doc", "einvois/README.md", "LHDN MyInvois SDK docs (sandbox, placeholders)", """
# einvois

Hantar e-Invois ke MyInvois (LHDN) bagi resit tiket korporat.

```python
from einvois import Klien

klien = Klien(
    base_url="https://preprod-api.myinvois.hasil.gov.my",
    client_id="<CLIENT_ID dari portal MyInvois>",
    client_secret="<CLIENT_SECRET>",
)
klien.hantar(resit)
```

Nilai sebenar dalam AWS Secrets Manager: `prod/einvois/myinvois`.
""")

add("python/vault-token", "einvois/einvois/rahsia.py", "HashiCorp Vault hvac docs (Client(url, token))", """
import hvac

# TODO: tukar ke AppRole; token ini untuk ujian integrasi sahaja
client = hvac.Client(url="https://vault.edsb.local:8200", token="@@secret@@")


def myinvois() -> dict:
    r = client.secrets.kv.v2.read_secret_version(path="einvois/myinvois", mount_point="prod")
    return r["data"]["data"]
""", "hvs." + rand_pw(24))

add("python/decoy-vault-approle", "einvois/einvois/rahsia_v2.py", "hvac docs: AppRole auth with env role_id/secret_id", """
import os

import hvac

client = hvac.Client(url=os.environ.get("VAULT_ADDR", "https://vault.edsb.local:8200"))
client.auth.approle.login(role_id=os.environ["VAULT_ROLE_ID"], secret_id=os.environ["VAULT_SECRET_ID"])


def myinvois() -> dict:
    return client.secrets.kv.v2.read_secret_version(path="einvois/myinvois", mount_point="prod")["data"]["data"]
""")

add("python/recaptcha-secret", "tiket/akaun/captcha.py", "Google reCAPTCHA docs: siteverify (secret parameter)", """
import requests

RECAPTCHA_SITE_KEY = "@@site@@"   # awam, dalam templat
RECAPTCHA_SECRET = "@@secret@@"


def lulus(token: str, ip: str) -> bool:
    r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                      data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": ip}, timeout=5)
    data = r.json()
    return data.get("success") and data.get("score", 0) >= 0.5
""", "6Lc" + rand_pw(34, "_-") + "AA", site="6Lc" + rand_pw(35, "_-") + "A")

add("html/decoy-recaptcha-site-key", "tiket/templates/akaun/daftar.html", "Google reCAPTCHA v3 docs (site key in page)", """
{% extends "asas.html" %}
{% block kandungan %}
<h1>Daftar akaun</h1>
<form method="post" id="borang-daftar">
  {% csrf_token %}
  {{ form.as_p }}
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Daftar</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
<script>
  grecaptcha.ready(() => grecaptcha.execute("@@site@@", {action: "daftar"})
    .then(t => document.getElementById("g-recaptcha-response").value = t));
</script>
{% endblock %}
""", site="6Lc" + rand_pw(35, "_-") + "A")

add("env/whatsapp-cloud-token", "notifikasi/.env.prod", "Meta WhatsApp Cloud API docs (permanent system-user access token)", """
APP_ENV=production
WHATSAPP_PHONE_NUMBER_ID=1092837465012345
WHATSAPP_BUSINESS_ACCOUNT_ID=2039485716203948
WHATSAPP_ACCESS_TOKEN=@@secret@@
WHATSAPP_VERIFY_TOKEN=ekspres-desaru-webhook
WHATSAPP_TEMPLATE_ETIKET=etiket_bm_v2
""", "EAAG" + rand_pw(180))

add("env/decoy-whatsapp-template", "notifikasi/.env.template", "dotenv template with empty values", """
APP_ENV=
WHATSAPP_PHONE_NUMBER_ID=
WHATSAPP_BUSINESS_ACCOUNT_ID=
WHATSAPP_ACCESS_TOKEN=
WHATSAPP_VERIFY_TOKEN=
WHATSAPP_TEMPLATE_ETIKET=etiket_bm_v2
SENTRY_DSN=
""")

add("env/datadog-api-key", "fleet/.env.production", "Datadog docs: DD_API_KEY", """
# Perkhidmatan armada (GPS, penyelenggaraan, bahan api)
FLEET_DATABASE_URL=postgres://fleet@fleet-db.internal:5432/fleet
FLEETTRACK_BASE_URL=https://api.fleettrack.example.com.my/v1
DD_SITE=datadoghq.com
DD_API_KEY=@@secret@@
DD_SERVICE=fleet
DD_ENV=prod
DEPOH=LRK
""", hexs(32))

add("env/decoy-sentry-dsn", "kiosk-ui/.env.production", "Sentry docs: DSN is safe to expose in client apps", """
VITE_API_BASE=https://api.ekspresdesaru.com.my/v2
VITE_SENTRY_DSN=@@dsn@@
VITE_DEFAULT_LANG=ms
VITE_IDLE_SECONDS=90
VITE_BUILD_ID=@@build@@
""", dsn=sentry_dsn(), build=hexs(40))

add("env/cloudflare-api-token", "infra/dns/.env", "Cloudflare API docs: API tokens (Bearer)", """
# Skrip kemas kini DNS & purge cache laman tiket
CF_ZONE_ID=@@zone@@
CF_API_TOKEN=@@secret@@
CF_ACCOUNT_EMAIL=it@ekspresdesaru.com.my
PURGE_PATHS=/jadual,/harga,/promosi
""", rand_pw(40, "_-"), zone=hexs(32))

add("env/decoy-docker-env-local", "fleet/.env.local", "docker compose local defaults (non-secret dev values)", """
FLEET_DATABASE_URL=postgres://postgres:postgres@localhost:5432/fleet
REDIS_URL=redis://localhost:6379/0
FLEETTRACK_BASE_URL=http://localhost:8089/mock
FLEETTRACK_API_KEY=mock-key
DD_API_KEY=
DEPOH=DEV
""")

add("ini/npm-token", "booking-web/.npmrc", "npm docs: .npmrc auth token", """
registry=https://registry.npmjs.org/
@ekspresdesaru:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@gh@@
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
""", npm_token(), gh=fakes.github_token(_seed()))

add("ini/decoy-npmrc-env", "kiosk-ui/.npmrc", "npm docs: environment variables in .npmrc", """
registry=https://registry.npmjs.org/
@ekspresdesaru:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
engine-strict=true
save-exact=true
""")

add("yaml/docker-hub-token", ".gitlab-ci.yml", "GitLab CI docs; Docker Hub access tokens", """
stages: [build, deploy]

variables:
  DOCKER_USER: edsbci
  DOCKER_TOKEN: "dckr_pat_@@secret@@"
  IMAGE: ekspresdesaru/paparan-jadual

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$DOCKER_TOKEN" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ./scripts/deploy_paparan.sh $CI_COMMIT_SHORT_SHA
  only: [main]
""", rand_pw(27, "_-"))

add("yaml/decoy-gitlab-ci-variables", "fleet/.gitlab-ci.yml", "GitLab CI docs: CI/CD variables (masked)", """
stages: [test, build]

test:
  stage: test
  image: golang:1.22
  script:
    - go test ./...

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
""")

add("yaml/spring-datasource-password", "tiket-laporan/src/main/resources/application.yml", "Spring Boot docs: application.yml datasource", """
spring:
  application:
    name: tiket-laporan
  datasource:
    url: jdbc:postgresql://tiket-replica.internal:5432/tiket
    username: laporan_ro
    password: '@@secret@@'
  jpa:
    open-in-view: false
laporan:
  zon-masa: Asia/Kuala_Lumpur
  bahasa: ms
  emel-penerima:
    - kewangan@ekspresdesaru.com.my
    - operasi@ekspresdesaru.com.my
""", words_pw())

add("yaml/decoy-spring-vault", "tiket-laporan/src/main/resources/bootstrap.yml", "Spring Cloud Vault docs", """
spring:
  cloud:
    vault:
      uri: https://vault.edsb.local:8200
      authentication: KUBERNETES
      kubernetes:
        role: tiket-laporan
      kv:
        enabled: true
        backend: prod
        default-context: tiket-laporan
""")

add("yaml/grafana-datasource-password", "ops/grafana/provisioning/datasources/tiket.yaml", "Grafana docs: provisioning data sources (secureJsonData)", """
apiVersion: 1
datasources:
  - name: Tiket (replika)
    type: postgres
    url: tiket-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: tiket
      sslmode: require
      timescaledb: false
    secureJsonData:
      password: "@@secret@@"
  - name: Prometheus
    type: prometheus
    url: http://prometheus:9090
    isDefault: true
""", rand_pw(16))

add("yaml/decoy-grafana-env-expansion", "ops/grafana/provisioning/datasources/fleet.yaml", "Grafana docs: env variable expansion in provisioning", """
apiVersion: 1
datasources:
  - name: Armada
    type: postgres
    url: fleet-db.internal:5432
    user: grafana_ro
    jsonData:
      database: fleet
      sslmode: require
    secureJsonData:
      password: $__env{FLEET_GRAFANA_PASSWORD}
""")

add("compose/redis-requirepass", "ops/docker-compose.monitoring.yml", "Redis docs: requirepass; Docker Compose command", """
services:
  redis-metrik:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["127.0.0.1:6380:6379"]
  redis-exporter:
    image: oliver006/redis_exporter:v1.58.0
    environment:
      REDIS_ADDR: redis://redis-metrik:6379
      REDIS_PASSWORD: "@@secret@@"
    ports: ["9121:9121"]
""", fakes.redis_password(_seed()))

add("compose/decoy-docker-secrets", "ops/docker-compose.vault.yml", "Docker Compose docs: secrets (file)", """
services:
  pgbouncer:
    image: edoburu/pgbouncer:1.21.0
    environment:
      DB_HOST: tiket-prod.internal
      DB_USER: tiket_app
      DB_PASSWORD_FILE: /run/secrets/tiket_db_password
    secrets: [tiket_db_password]
secrets:
  tiket_db_password:
    file: ./secrets/tiket_db_password.txt
""")

_ant = anthropic_key()
add("k8s-secret/anthropic-key", "deploy/k8s/sokongan-bot/secret.yaml", "Kubernetes docs: Secret data base64", """
apiVersion: v1
kind: Secret
metadata:
  name: sokongan-bot
  namespace: sokongan
type: Opaque
data:
  ANTHROPIC_API_KEY: @@enc@@
  BOT_BAHASA: @@lang@@
""", _ant, enc=b64(_ant), lang=b64("ms,en"))

add("php/razer-verify-key-callback", "wp-content/plugins/sewabas-razer/callback.php", "Razer Merchant Services notify/callback docs (skey)", """
<?php
// Panggilan balik Razer MS untuk deposit sewa bas persiaran
$sec_key = '@@secret@@';
$tranID  = $_POST['tranID'];
$orderid = $_POST['orderid'];
$status  = $_POST['status'];
$domain  = $_POST['domain'];
$amount  = $_POST['amount'];
$currency = $_POST['currency'];
$appcode = $_POST['appcode'];
$paydate = $_POST['paydate'];
$skey    = $_POST['skey'];

$key0 = md5($tranID . $orderid . $status . $domain . $amount . $currency);
$key1 = md5($paydate . $domain . $key0 . $appcode . $sec_key);
if ($skey !== $key1) {
    http_response_code(400);
    exit('Tandatangan tidak sah');
}
sewabas_kemaskini_deposit($orderid, $status === '00' ? 'DIBAYAR' : 'GAGAL');
echo 'CBTOKEN:MPSTATOK';
""", razer_key())

add("php/decoy-getenv", "api-rakan/config/database.php", "Laravel docs: config/database.php with env()", """
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'rakan'),
            'username' => env('DB_USERNAME', 'rakan'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
""")

add("env/laravel-app-key", "api-rakan/.env", "Laravel docs: APP_KEY (base64:) and .env", """
APP_NAME="API Rakan Agensi"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://rakan.ekspresdesaru.com.my
APP_LOCALE=ms

DB_CONNECTION=mysql
DB_HOST=rakan-db.internal
DB_DATABASE=rakan
DB_USERNAME=rakan
""", b64(rand_pw(32)))

add("env/decoy-laravel-example", "api-rakan/.env.example", "Laravel .env.example", """
APP_NAME="API Rakan Agensi"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=rakan
DB_USERNAME=root
DB_PASSWORD=
""")

add("php/mail-password", "api-rakan/config/mail_legacy.php", "PHPMailer docs (SMTPAuth Username/Password)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

function emel_rakan(string $kepada, string $subjek, string $isi): bool
{
    $m = new PHPMailer(true);
    $m->isSMTP();
    $m->Host = 'mail.ekspresdesaru.com.my';
    $m->SMTPAuth = true;
    $m->Username = 'rakan@ekspresdesaru.com.my';
    $m->Password = '@@secret@@';
    $m->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $m->Port = 587;
    $m->setFrom('rakan@ekspresdesaru.com.my', 'Ekspres Desaru - Rakan Agensi');
    $m->addAddress($kepada);
    $m->Subject = $subjek;
    $m->Body = $isi;
    return $m->send();
}
""", words_pw())

add("go/decoy-uuid-constants", "fleet/depoh/depoh.go", "Go constants (UUID identifiers)", """
package depoh

// ID depoh dalam sistem armada (UUID, bukan rahsia)
var ID = map[string]string{
	"LRK": "@@a@@",
	"TBS": "@@b@@",
	"KTN": "@@c@@",
	"IPH": "@@d@@",
}

const ZonMasa = "Asia/Kuala_Lumpur"
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("go/mqtt-password", "fleet/telemetri/mqtt.go", "Eclipse Paho Go docs (SetUsername/SetPassword)", """
package telemetri

import (
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Data telemetri bas (suhu enjin, bahan api, pintu) dari peranti dalam bas
func Sambung(clientID string) (mqtt.Client, error) {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.edsb.local:8883").
		SetClientID(clientID).
		SetUsername("telemetri-bas").
		SetPassword("@@secret@@").
		SetKeepAlive(30 * time.Second).
		SetAutoReconnect(true)
	c := mqtt.NewClient(opts)
	t := c.Connect()
	t.Wait()
	return c, t.Error()
}
""", rand_pw(24))

add("go/slack-bot-token", "fleet/amaran/slack.go", "slack-go docs (slack.New(token))", """
package amaran

import (
	"fmt"

	"github.com/slack-go/slack"
)

var api = slack.New("@@secret@@")

// Amaran kelajuan melebihi 90 km/j (had bas ekspres)
func Laju(plate string, kmj float64, lokasi string) error {
	_, _, err := api.PostMessage("C05ARMADA01", slack.MsgOptionText(
		fmt.Sprintf(":rotating_light: %s %.0f km/j di %s", plate, kmj, lokasi), false))
	return err
}
""", f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-" + rand_pw(24))

add("java/decoy-test-properties", "erp-integrasi/src/test/resources/application-test.properties", "Spring Boot docs: test profile with embedded H2", """
spring.datasource.url=jdbc:h2:mem:erp;MODE=Oracle
spring.datasource.username=sa
spring.datasource.password=
erp.sftp.host=localhost
erp.sftp.port=2222
erp.sftp.password=test
erp.batch.cron=-
""")

add("java/sftp-password", "erp-integrasi/src/main/java/my/com/ekspresdesaru/bank/PenyataBank.java", "JSch docs (Session.setPassword)", """
package my.com.ekspresdesaru.bank;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** Ambil penyata bank harian (MT940) untuk penyesuaian kutipan kaunter. */
public class PenyataBank {
    public void ambil(String tarikh) throws Exception {
        JSch jsch = new JSch();
        Session s = jsch.getSession("EDSB_H2H", "h2h.bank.example.com.my", 22);
        s.setPassword("@@secret@@");
        s.setConfig("StrictHostKeyChecking", "yes");
        jsch.setKnownHosts("/etc/erp/known_hosts");
        s.connect(15000);
        ChannelSftp sftp = (ChannelSftp) s.openChannel("sftp");
        sftp.connect();
        sftp.get("/keluar/MT940_" + tarikh + ".txt", "/data/penyata/");
        sftp.disconnect();
        s.disconnect();
    }
}
""", words_pw())

add("kotlin/decoy-sha-pins", "app-penumpang/app/src/main/java/my/com/ekspresdesaru/penumpang/net/Pinning.kt", "OkHttp CertificatePinner docs (sha256 pins)", """
package my.com.ekspresdesaru.penumpang.net

import okhttp3.CertificatePinner

// Pin sijil untuk api.ekspresdesaru.com.my (sha256 kunci awam - bukan rahsia)
val pinner = CertificatePinner.Builder()
    .add("api.ekspresdesaru.com.my", "sha256/@@p1@@=")
    .add("api.ekspresdesaru.com.my", "sha256/@@p2@@=")
    .build()
""", p1=rand_pw(43, "+/"), p2=rand_pw(43, "+/"))

add("csharp/decoy-appsettings-dev", "KioskTiket/appsettings.Development.json", "ASP.NET Core docs: appsettings.Development.json (LocalDB)", """
{
  "ConnectionStrings": {
    "Kiosk": "Server=(localdb)\\\\MSSQLLocalDB;Database=KioskTiket;Trusted_Connection=True"
  },
  "Kiosk": {
    "Depoh": "DEV",
    "PrinterName": "Microsoft Print to PDF",
    "IdleSeconds": 600
  }
}
""")

add("csharp/azure-storage-key", "KioskTiket/Services/MuatNaikResit.cs", "Azure Storage docs: connection string (AccountKey)", """
using Azure.Storage.Blobs;

namespace KioskTiket.Services
{
    public class MuatNaikResit
    {
        private const string Sambungan =
            "DefaultEndpointsProtocol=https;AccountName=edsbresit;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        public async Task SimpanAsync(string kod, Stream pdf)
        {
            var bekas = new BlobContainerClient(Sambungan, "resit-kiosk");
            await bekas.UploadBlobAsync($"{DateTime.Now:yyyy/MM/dd}/{kod}.pdf", pdf);
        }
    }
}
""", rand_pw(86, "+/") + "==")

add("swift/decoy-xcconfig", "AppPenumpang/Config/Release.xcconfig", "Xcode build configuration files (variable references)", """
// Release.xcconfig
API_BASE = https:/$()/api.ekspresdesaru.com.my/v2
SENTRY_DSN = $(SENTRY_DSN_RELEASE)
GOOGLE_MAPS_KEY = $(MAPS_KEY_IOS)
PRODUCT_BUNDLE_IDENTIFIER = my.com.ekspresdesaru.penumpang
MARKETING_VERSION = 4.12.0
""")

add("swift/api-partner-key", "AppPenumpang/AppPenumpang/Network/ApiClient.swift", "URLSession docs (setValue forHTTPHeaderField)", """
import Foundation

final class ApiClient {
    static let shared = ApiClient()
    private let base = URL(string: "https://api.ekspresdesaru.com.my/v2/")!
    // Kunci aplikasi mudah alih (akses penuh tempahan)
    private let appSecret = "@@secret@@"

    func jadual(dari: String, ke: String, tarikh: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("jadual"))
        req.url?.append(queryItems: [.init(name: "dari", value: dari), .init(name: "ke", value: ke), .init(name: "tarikh", value: tarikh)])
        req.setValue(appSecret, forHTTPHeaderField: "X-App-Secret")
        req.setValue("ms", forHTTPHeaderField: "Accept-Language")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", "as_live_" + rand_pw(40))

add("plist/decoy-export-options", "AppPenumpang/ExportOptions.plist", "Xcode export options plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>method</key>
    <string>app-store</string>
    <key>teamID</key>
    <string>Q7X2K9M4PL</string>
    <key>uploadSymbols</key>
    <true/>
</dict>
</plist>
""")

add("plist/mapbox-secret-token", "AppPemandu/AppPemandu/Secrets.plist", "Mapbox docs: secret tokens (sk.) for downloads", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>MBXAccessToken</key>
    <string>pk.@@pub@@</string>
    <key>MBXDownloadsToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", "sk." + rand_pw(60) + "." + rand_pw(22), pub=rand_pw(60) + "." + rand_pw(22))

add("typescript/decoy-mapbox-public", "kiosk-ui/src/peta.ts", "Mapbox GL JS docs (public pk. token in browser)", """
import mapboxgl from "mapbox-gl";

// Token awam (pk.) terhad kepada domain kiosk.ekspresdesaru.com.my
mapboxgl.accessToken = "pk.@@pub@@";

export function petaTerminal(el: HTMLElement): mapboxgl.Map {
  return new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [103.7414, 1.4927],
    zoom: 12,
  });
}
""", pub=rand_pw(60) + "." + rand_pw(22))

add("typescript/razer-secret-next-api", "booking-web/src/pages/api/razer/notify.ts", "Razer Merchant Services notification (skey) docs", """
import crypto from "node:crypto";
import type { NextApiRequest, NextApiResponse } from "next";

const SECRET_KEY = process.env.RMS_SECRET_KEY ?? "@@secret@@";

const md5 = (s: string) => crypto.createHash("md5").update(s).digest("hex");

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const b = req.body;
  const key0 = md5(`${b.tranID}${b.orderid}${b.status}${b.domain}${b.amount}${b.currency}`);
  const key1 = md5(`${b.paydate}${b.domain}${key0}${b.appcode}${SECRET_KEY}`);
  if (key1 !== b.skey) return res.status(400).send("skey tidak sah");
  // TODO: kemas kini tempahan
  res.send("CBTOKEN:MPSTATOK");
}
""", razer_key())

add("xml/maven-settings-password", "erp-integrasi/.mvn/settings.xml", "Maven settings reference (servers/server/password)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-edsb</id>
      <username>edsb-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-edsb</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.edsb.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "tiket-laporan/.mvn/settings.xml", "Maven password encryption guide ({...} encrypted)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-edsb</id>
      <username>edsb-ci</username>
      <password>{@@enc@@=}</password>
    </server>
  </servers>
</settings>
""", enc=rand_pw(43, "+/"))

add("xml/nuget-cleartext-password", "KioskTiket/NuGet.Config", "NuGet docs: packageSourceCredentials ClearTextPassword", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="edsb" value="https://nexus.edsb.local/repository/nuget-dalaman/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <edsb>
      <add key="Username" value="edsb-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </edsb>
  </packageSourceCredentials>
</configuration>
""", rand_pw(20))

add("xml/tomcat-context-password", "tiket-legacy/conf/context.xml", "Apache Tomcat JNDI DataSource docs (Resource password)", """
<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/TiketDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="40" maxIdle="10" maxWaitMillis="10000"
              username="tiket_legacy" password="@@secret@@"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://tiket-legacy-db:5432/tiket_lama"/>
</Context>
""", words_pw())

add("xml/decoy-web-config-transform", "KioskTiket.Web/Web.Release.config", "ASP.NET Web.config transformation docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Kiosk" connectionString="#{KioskConnectionString}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="Depoh" value="#{Depoh}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("properties/gradle-signing-password", "app-penumpang/gradle.properties", "Gradle docs: gradle.properties; Android signing", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
PENUMPANG_STORE_FILE=../keystore/penumpang-upload.jks
PENUMPANG_STORE_PASSWORD=@@secret@@
PENUMPANG_KEY_ALIAS=upload
PENUMPANG_KEY_PASSWORD=@@secret@@
""", words_pw())

add("properties/decoy-local-properties", "app-pemandu/local.properties", "Android local.properties (SDK path)", """
## This file is automatically generated by Android Studio.
# Do not modify this file -- YOUR CHANGES WILL BE ERASED!
sdk.dir=/Users/meiling/Library/Android/sdk
MAPS_API_KEY=
flutter.versionName=1.9.3
""")

add("properties/kafka-sasl-password", "tiket-laporan/src/main/resources/kafka.properties", "Apache Kafka docs: SASL/SCRAM JAAS config", """
bootstrap.servers=kafka-1.edsb.local:9094,kafka-2.edsb.local:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="laporan" password="@@secret@@";
group.id=tiket-laporan
auto.offset.reset=earliest
""", rand_pw(24))

add("terraform/aws-provider-keys", "infra/terraform/dr/provider.tf", "Terraform AWS provider docs: static credentials", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

# Tapak pemulihan bencana (Jakarta) - akaun AWS berasingan
provider "aws" {
  region     = "ap-southeast-3"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variables", "infra/terraform/variables.tf", "Terraform docs: sensitive input variables", """
variable "db_admin_password" {
  description = "Kata laluan pentadbir RDS (dari TF_VAR_db_admin_password)"
  type        = string
  sensitive   = true
}

variable "ipay88_key" {
  type      = string
  sensitive = true
  default   = null
}

variable "region" {
  type    = string
  default = "ap-southeast-1"
}
""")

add("terraform/datadog-app-key", "infra/terraform/monitoring/datadog.tf", "Terraform Datadog provider docs (api_key, app_key)", """
provider "datadog" {
  api_key = var.datadog_api_key
  app_key = "@@secret@@"
  api_url = "https://api.datadoghq.com/"
}

resource "datadog_monitor" "bayaran_gagal" {
  name    = "Kadar bayaran gagal tinggi (tiket)"
  type    = "metric alert"
  query   = "sum(last_10m):sum:tiket.bayaran.gagal{env:prod}.as_count() > 50"
  message = "Bayaran gagal melonjak. Semak iPay88/Billplz. @slack-ops-tiket"
}
""", hexs(40))

add("ansible/decoy-vault-lookup", "ansible/roles/kaunter/tasks/main.yml", "Ansible docs: hashi_vault lookup", """
---
- name: Pasang pakej kaunter
  ansible.builtin.apt:
    name: [cups, python3-venv]
    state: present

- name: Tulis konfigurasi kaunter
  ansible.builtin.template:
    src: kaunter.ini.j2
    dest: /etc/kaunter/kaunter.ini
    mode: "0600"
  vars:
    kata_laluan_emel: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=prod/data/kaunter:emel_password') }}"

- name: Mula semula perkhidmatan
  ansible.builtin.systemd:
    name: kaunter
    state: restarted
""")

add("ansible/router-admin-password", "ansible/host_vars/bas-wifi-template.yml", "Ansible docs: host_vars; MikroTik RouterOS modules", """
---
# Templat router Wi-Fi dalam bas (MikroTik hAP ac lite + SIM data)
ansible_network_os: community.routeros.routeros
ansible_connection: ansible.netcommon.network_cli
ansible_user: admin
ansible_password: "@@secret@@"
wifi_ssid: "EkspresDesaru-FreeWiFi"
wifi_penumpang_had_mbps: 2
apn: "unet"
""", words_pw())

add("conf/radius-shared-secret", "ops/wifi-bas/radius_clients.conf", "FreeRADIUS clients.conf (secret)", """
# Router Wi-Fi bas -> RADIUS pusat (portal log masuk penumpang)
client bas-armada {
    ipaddr = 10.99.0.0/16
    secret = @@secret@@
    shortname = bas
    nas_type = other
}

client depoh-larkin {
    ipaddr = 192.168.10.1
    secret = @@secret2@@
    shortname = lrk
}
""", rand_pw(22), secret2=rand_pw(22))

add("shell/decoy-radius-test", "ops/wifi-bas/ujian_radius.sh", "FreeRADIUS radtest usage (testing123 default)", """
#!/bin/sh
# Ujian makmal sahaja: pelayan RADIUS tempatan dengan rahsia lalai 'testing123'
radtest ujian ujian123 127.0.0.1 0 testing123
radtest -t mschap ujian ujian123 127.0.0.1 0 testing123
echo "Jika Access-Accept, konfigurasi asas OK"
""")

add("csv/device-list-passwords", "ops/inventori/peranti_depoh_ktn.csv", "CSV inventory export with credentials", """
peranti,model,ip,mac,pengguna,kata_laluan,lokasi
NVR,DS-7616NI-K2,192.168.30.200,44:19:b6:2a:0c:11,admin,(Bitwarden),Bilik server
Pencetak kaunter 1,TM-T82X,192.168.30.41,00:26:ab:7c:31:02,-,-,Kaunter 1
Suis teras,CRS326-24G,192.168.30.2,48:8f:5a:91:aa:03,admin,@@secret@@,Bilik server
Paparan jadual,Android TV box,192.168.30.60,a0:b1:c2:d3:e4:05,-,-,Dewan menunggu
Kiosk 1,KioskTiket,192.168.30.51,00:1e:06:45:be:06,kioskadmin,(Bitwarden),Pintu masuk
""", rand_pw(12, "#%"))

add("csv/decoy-pricing", "data/tarif/tarif_2024.csv", "CSV fare table", """
laluan,dari,ke,kelas,harga_rm,jarak_km,berkuat_kuasa
TBS-LRK,TBS,LRK,Eksekutif,55.00,330,2024-01-01
TBS-LRK,TBS,LRK,Biasa,38.50,330,2024-01-01
TBS-KTN,TBS,KTN,Biasa,42.00,260,2024-01-01
LRK-IPH,LRK,IPH,Eksekutif,60.00,520,2024-01-01
KTN-LRK,KTN,LRK,Biasa,47.50,350,2024-01-01
""")

add("log/bearer-token-in-debug", "logs/fleet/gps-sync-debug.log", "Python requests / urllib3 debug log", """
2024-05-15 03:00:00,101 INFO gps.sync mula segerak 142 bas
2024-05-15 03:00:00,188 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.fleettrack.example.com.my:443
2024-05-15 03:00:00,402 DEBUG gps.client request headers: {'User-Agent': 'edsb-fleet/2.3', 'Authorization': 'Bearer @@secret@@', 'Accept': 'application/json'}
2024-05-15 03:00:00,611 DEBUG urllib3.connectionpool https://api.fleettrack.example.com.my:443 "GET /v1/vehicles?page=1 HTTP/1.1" 200 48211
2024-05-15 03:00:04,930 INFO gps.sync selesai: 142 bas, 3 tiada isyarat (JRT 4540, WUP 1127, VFK 8812)
""", "ftk_live_" + rand_pw(32))

add("log/decoy-jwt-expired-redacted", "logs/kiosk_api/auth-2024-05-15.log", "application log with truncated token prefixes", """
2024-05-15T06:00:02+08:00 INFO  auth kiosk=KTN-KIOSK-01 token=eyJhbGciOi...(truncated) ok
2024-05-15T06:12:44+08:00 WARN  auth kiosk=LRK-KIOSK-02 token expired exp=2024-05-15T06:00:00+08:00
2024-05-15T06:12:45+08:00 INFO  auth kiosk=LRK-KIOSK-02 reissued jti=@@jti@@
2024-05-15T06:30:00+08:00 INFO  auth kiosk=TBS-KIOSK-01 token=eyJhbGciOi...(truncated) ok
2024-05-15T07:01:13+08:00 ERROR auth kiosk=UNKNOWN bad signature from 10.20.0.99
""", jti=uuid_s())

add("markdown/decoy-api-docs-example", "docs/partner/README.md", "API documentation for partners (example keys)", """
# API Rakan Agensi v2

Setiap rakan menerima dua kunci: `pk_test_...` (sandbox) dan `pk_live_...` (produksi).

## Contoh

```http
GET /partner/v2/jadual?dari=TBS&ke=LRK&tarikh=2024-06-14 HTTP/1.1
Host: api.ekspresdesaru.com.my
X-Partner-Key: pk_test_0000000000000000000000000
```

## Had kadar
- 20 permintaan sesaat setiap kunci
- 429 jika melebihi; cuba semula selepas `Retry-After`

Hubungi rakan@ekspresdesaru.com.my untuk kunci anda.
""")

add("markdown/sandbox-and-live-keys", "docs/onboarding/rakan-bot.md", "partner onboarding note (markdown)", """
# Onboarding: BusOnlineTicket (BOT)

Tarikh: 2 Mei 2024. Hubungan teknikal: Kumar (BOT), Aina (kita).

- Sandbox: `https://sandbox-api.ekspresdesaru.com.my/partner/v2`, kunci `pk_test_@@test@@`
- Produksi: `https://api.ekspresdesaru.com.my/partner/v2`, kunci
  `@@secret@@` (dihantar kepada Kumar melalui WhatsApp 3/5)
- Webhook BOT: `https://api.busonlineticket.example.com/hooks/edsb`

Catatan: BOT mahu had 40/s semasa musim perayaan - perlu kelulusan Encik Rahman.
""", "pk_live_" + rand_pw(24), test=rand_pw(24))

_ip_key = ipay88_key()
add("python/split-ipay88-key", "tiket/payments/ipay88_legacy.py", "iPay88 OPSG spec; Python implicit string concatenation", """
# Modul lama (2019) - masih dipakai oleh kaunter TBS untuk bayaran kad
import hashlib

MERCHANT_CODE = "@@code@@"
# dipecah supaya tidak ditangkap oleh pengimbas lama (!)
MERCHANT_KEY = ("@@k1@@"
                "@@k2@@")


def signature(ref_no: str, amount_sen: int) -> str:
    raw = f"{MERCHANT_KEY}{MERCHANT_CODE}{ref_no}{amount_sen}MYR"
    return hashlib.sha256(raw.encode()).hexdigest()
""", _ip_key, code=ipay88_code(), k1=_ip_key[:5], k2=_ip_key[5:])

add("python/gitlab-token-requests", "scripts/tag_release.py", "GitLab REST API docs (PRIVATE-TOKEN header)", """
#!/usr/bin/env python3
\"\"\"Cipta tag keluaran pada repo vendor tiket (GitLab).\"\"\"
import sys

import requests

GITLAB = "https://gitlab.vendortiket.example.com/api/v4"
HEADERS = {"PRIVATE-TOKEN": "@@secret@@"}
PROJECT = "edsb%2Fjadual"

versi = sys.argv[1]
r = requests.post(f"{GITLAB}/projects/{PROJECT}/repository/tags", headers=HEADERS,
                  data={"tag_name": versi, "ref": "main", "message": f"Keluaran {versi}"}, timeout=15)
r.raise_for_status()
print("tag dicipta:", r.json()["name"])
""", gitlab_token())

add("python/decoy-settings-test", "tiket/settings/test.py", "Django testing docs (test settings)", """
from .base import *  # noqa

SECRET_KEY = "django-insecure-test-only"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
IPAY88_MERCHANT_CODE = "M00000"
IPAY88_MERCHANT_KEY = "test"
BILLPLZ_API_KEY = "00000000-0000-0000-0000-000000000000"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
""")

add("python/mongodb-uri", "sokongan-bot/simpan.py", "MongoDB docs: connection string URI (mongodb+srv)", """
from pymongo import MongoClient

# Simpan sejarah perbualan chatbot (90 hari)
client = MongoClient("mongodb+srv://sokongan:@@secret@@@cluster-edsb.x7k2q.mongodb.net/?retryWrites=true&w=majority")
db = client["sokongan"]


def simpan(sesi: str, peranan: str, teks: str) -> None:
    db.perbualan.insert_one({"sesi": sesi, "peranan": peranan, "teks": teks})
""", rand_pw(16))

add("python/basic-auth-header", "fleet/bahan_api/petronas_fleet.py", "RFC 7617 Basic auth header; fleet fuel-card API pattern", """
\"\"\"Tarik transaksi kad bahan api armada (diesel) untuk laporan penggunaan.\"\"\"
import requests

HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}


def transaksi(tarikh: str) -> list:
    r = requests.get("https://fleetcard-api.example.com.my/v1/transactions", params={"date": tarikh},
                     headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["items"]
""", b64("edsb_armada:" + words_pw()))

add("python/decoy-basic-auth-env", "fleet/bahan_api/shell_fleet.py", "requests docs: HTTPBasicAuth from environment", """
import os

import requests
from requests.auth import HTTPBasicAuth

AUTH = HTTPBasicAuth(os.environ["SHELL_FLEET_USER"], os.environ["SHELL_FLEET_PASSWORD"])


def transaksi(tarikh: str) -> list:
    r = requests.get("https://fleet-api.example.com/v2/transactions", params={"date": tarikh}, auth=AUTH, timeout=20)
    return r.json()["items"]
""")

add("python/github-fine-grained", "scripts/sync_issues.py", "GitHub REST API docs (Bearer fine-grained PAT)", """
\"\"\"Salin aduan pelanggan berlabel 'pepijat' dari Zendesk ke GitHub Issues.\"\"\"
import requests

GH_TOKEN = "@@secret@@"
REPO = "ekspresdesaru/tiket"


def buka_isu(tajuk: str, isi: str) -> int:
    r = requests.post(f"https://api.github.com/repos/{REPO}/issues",
                      headers={"Authorization": f"Bearer {GH_TOKEN}", "Accept": "application/vnd.github+json"},
                      json={"title": tajuk, "body": isi, "labels": ["pepijat", "dari-pelanggan"]}, timeout=15)
    r.raise_for_status()
    return r.json()["number"]
""", fakes.github_fine_grained_token(_seed()))

add("python/decoy-checksums", "kaunter-pos/kemaskini/manifest.py", "release manifest with SHA-256 checksums", """
# Manifest kemas kini perisian kaunter (disemak sebelum pasang)
VERSI = "3.2.7"
FAIL = {
    "kaunter-pos-3.2.7.tar.gz": "@@h1@@",
    "cetak_tiket-2.4.0-py3-none-any.whl": "@@h2@@",
    "firmware/tm-t82x-v7.12.bin": "@@h3@@",
}
KUNCI_AWAM_GPG = "0x@@fp@@"
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), fp=hexs(16).upper())

add("dockerfile/openai-api-key", "sokongan-bot/Dockerfile", "Dockerfile reference: ENV", """
FROM node:20-slim
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY dist ./dist
ENV NODE_ENV=production \\
    BOT_BAHASA=ms \\
    OPENAI_API_KEY=@@secret@@
EXPOSE 3000
CMD ["node", "dist/index.js"]
""", openai_key())

add("dockerfile/decoy-arg-no-default", "fleet/Dockerfile", "Dockerfile reference: ARG without default", """
FROM golang:1.22 AS build
ARG VERSION=dev
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -ldflags "-X main.versi=${VERSION}" -o /fleet ./cmd/fleet

FROM gcr.io/distroless/static
COPY --from=build /fleet /fleet
ENTRYPOINT ["/fleet"]
""")

add("github-actions/ssh-password", ".github/workflows/deploy-depoh.yml", "appleboy/ssh-action README (password input)", """
name: Deploy kaunter ke depoh
on:
  workflow_dispatch:
    inputs:
      depoh: {description: "Kod depoh", required: true, default: "LRK"}
jobs:
  deploy:
    runs-on: self-hosted
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: kaunter-${{ inputs.depoh }}.edsb.local
          username: deploy
          password: "@@secret@@"
          script: |
            cd /opt/kaunter && docker compose pull && docker compose up -d
""", words_pw())

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-tiket.yml", "aws-actions/configure-aws-credentials README (OIDC role)", """
name: Deploy tiket
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
          role-to-assume: arn:aws:iam::431298765012:role/github-deploy-tiket
          aws-region: ap-southeast-1
      - run: ./scripts/deploy.sh
""")

_reg_pw = rand_pw(20)
add("k8s-secret/docker-config-json", "deploy/k8s/tiket/regcred.yaml", "Kubernetes docs: dockerconfigjson Secret", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred-nexus
  namespace: tiket-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _reg_pw, enc=b64('{"auths":{"nexus.edsb.local:8443":{"username":"edsb-k8s","password":"' + _reg_pw
                      + '","auth":"' + b64("edsb-k8s:" + _reg_pw) + '"}}}'))

add("k8s/decoy-configmap", "deploy/k8s/tiket/configmap.yaml", "Kubernetes docs: ConfigMap", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: tiket-config
  namespace: tiket-prod
data:
  TZ: Asia/Kuala_Lumpur
  LANGUAGE_CODE: ms
  IPAY88_ENTRY_URL: https://payment.ipay88.com.my/epayment/entry.asp
  BILLPLZ_BASE: https://www.billplz.com/api/v3
  SEAT_HOLD_SECONDS: "600"
  SENTRY_RELEASE: "tiket@2.31.0"
""")

add("k8s/smtp-configmap-password", "deploy/k8s/notifikasi/configmap.yaml", "Kubernetes docs: ConfigMap (misused for a credential)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: notifikasi-config
  namespace: notifikasi
data:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: noreply@ekspresdesaru.com.my
  SMTP_PASSWORD: "@@secret@@"
  PERINGATAN_JAM_SEBELUM: "3"
""", words_pw())

add("conf/wireguard-private-key", "ops/vpn/wg-depoh-ipoh.conf", "WireGuard quick-start (wg-quick config: PrivateKey)", """
# VPN tapak ke tapak: depoh Ipoh Amanjaya -> HQ
[Interface]
Address = 10.200.4.1/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
# HQ Johor Bahru
PublicKey = @@pub@@
Endpoint = vpn-hq.ekspresdesaru.com.my:51820
AllowedIPs = 10.200.0.0/16, 192.168.0.0/16
PersistentKeepalive = 25
""", b64(fakes.drawn(_seed(), 32, ALNUM))[:43] + "=", pub=b64(fakes.drawn(_seed(), 32, ALNUM))[:43] + "=")

add("markdown/decoy-wireguard-public-keys", "ops/vpn/peers.md", "WireGuard docs (public keys are shared)", """
# Senarai rakan VPN (kunci awam sahaja)

| Tapak | Alamat | Kunci awam |
|-------|--------|------------|
| HQ JB | 10.200.0.1 | `@@p1@@` |
| Larkin | 10.200.1.1 | `@@p2@@` |
| TBS | 10.200.2.1 | `@@p3@@` |
| Ipoh | 10.200.4.1 | `@@p4@@` |

Kunci persendirian kekal pada setiap router dan tidak pernah disalin.
""", p1=b64(rand_pw(32))[:43] + "=", p2=b64(rand_pw(32))[:43] + "=", p3=b64(rand_pw(32))[:43] + "=", p4=b64(rand_pw(32))[:43] + "=")

add("shell/pgpassword-cron", "ops/cron/laporan_harian.cron", "crontab(5); PostgreSQL docs: PGPASSWORD", """
# Laporan jualan harian ke kewangan (06:15 setiap hari)
SHELL=/bin/bash
MAILTO=it-ops@ekspresdesaru.com.my
15 6 * * * PGPASSWORD='@@secret@@' psql -h tiket-replica.internal -U laporan_ro -d tiket -f /opt/laporan/jualan_harian.sql -o /tmp/jualan.csv && /opt/laporan/hantar.sh /tmp/jualan.csv
0 2 * * 0 /opt/laporan/arkib_mingguan.sh >> /var/log/arkib.log 2>&1
""", words_pw())

add("conf/pgpass", "ops/home/laporan/.pgpass", "PostgreSQL docs: the password file (.pgpass)", """
# hostname:port:database:username:password
tiket-replica.internal:5432:tiket:laporan_ro:@@secret@@
fleet-db.internal:5432:fleet:grafana_ro:@@other@@
localhost:5432:*:postgres:postgres
# (chmod 0600 - psql abaikan fail ini jika boleh dibaca orang lain)
""", rand_pw(18), other=rand_pw(18))

add("conf/netrc", "ops/home/deploy/.netrc", "GNU inetutils docs: .netrc", """
machine nexus.edsb.local
  login edsb-ci
  password @@secret@@

machine api.github.com
  login edsb-bot
  password @@gh@@
""", rand_pw(20), gh=fakes.github_token(_seed()))

add("conf/rclone-config", "ops/backup/rclone.conf", "rclone docs: S3 remote config (access_key_id/secret_access_key)", """
[wasabi-arkib]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
region = ap-southeast-1
endpoint = s3.ap-southeast-1.wasabisys.com

[nas-hq]
type = sftp
host = nas-hq.edsb.local
user = backup
key_file = ~/.ssh/id_ed25519_backup
""", rand_pw(40), kid=upper_alnum(20))

add("conf/decoy-htpasswd", "deploy/nginx/htpasswd.laporan", "Apache htpasswd docs (bcrypt hashes)", """
# Akses asas ke /laporan (hash bcrypt, bukan kata laluan)
kewangan:$2y$05$@@h1@@
operasi:$2y$05$@@h2@@
audit:$2y$05$@@h3@@
pengurusan:$2y$05$@@h4@@
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"), h4=rand_pw(53, "./"))

add("conf/systemd-environment", "ops/systemd/paparan-jadual.service", "systemd.exec docs: Environment=", """
[Unit]
Description=Paparan jadual berlepas (skrin dewan menunggu)
After=network-online.target

[Service]
User=paparan
WorkingDirectory=/opt/paparan
Environment=API_URL=https://api.ekspresdesaru.com.my/v2/jadual
Environment=PAPARAN_API_TOKEN=@@secret@@
Environment=DEPOH=IPH
ExecStart=/opt/paparan/venv/bin/python -m paparan
Restart=always

[Install]
WantedBy=multi-user.target
""", "pt_" + rand_pw(40))

add("conf/decoy-systemd-credential", "ops/systemd/kaunter.service", "systemd docs: LoadCredential=", """
[Unit]
Description=Perkhidmatan kaunter tiket
After=network-online.target docker.service

[Service]
User=kaunter
LoadCredential=db_password:/etc/kaunter/credentials/db_password
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/opt/kaunter/venv/bin/gunicorn -b 0.0.0.0:8080 kaunter.wsgi
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("javascript/pm2-ecosystem", "sokongan-bot/ecosystem.config.js", "PM2 docs: ecosystem file env", """
module.exports = {
  apps: [
    {
      name: "sokongan-bot",
      script: "dist/index.js",
      instances: 2,
      env_production: {
        NODE_ENV: "production",
        TELEGRAM_BOT_TOKEN: "@@secret@@",
        MONGO_URL: "mongodb://localhost:27017/sokongan",
        BOT_BAHASA: "ms",
      },
    },
  ],
};
""", fakes.telegram_token(_seed()))

add("javascript/stripe-webhook-secret", "sewa-bas-api/routes/stripe.js", "Stripe docs: webhook signing secret (whsec_)", """
const express = require("express");
const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

const router = express.Router();
const endpointSecret = "@@secret@@";

router.post("/webhook", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "payment_intent.succeeded") {
    // tandakan deposit sewa bas sebagai dibayar
  }
  res.json({ received: true });
});

module.exports = router;
""", "whsec_" + rand_pw(32))

add("json/postman-environment", "docs/postman/tiket-prod.postman_environment.json", "Postman docs: environment export", """
{
  "id": "@@id@@",
  "name": "Tiket - PROD",
  "values": [
    {"key": "base_url", "value": "https://api.ekspresdesaru.com.my/v2", "enabled": true},
    {"key": "partner_key", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "tarikh", "value": "2024-06-14", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-20T03:11:52.801Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", "pk_live_" + rand_pw(24), id=uuid_s())

add("json/decoy-postman-sandbox", "docs/postman/tiket-sandbox.postman_environment.json", "Postman docs: environment export (empty secret values)", """
{
  "id": "@@id@@",
  "name": "Tiket - SANDBOX",
  "values": [
    {"key": "base_url", "value": "https://sandbox-api.ekspresdesaru.com.my/v2", "enabled": true},
    {"key": "partner_key", "value": "", "type": "secret", "enabled": true},
    {"key": "tarikh", "value": "2024-06-14", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("json/vscode-launch-env", "tiket/.vscode/launch.json", "VS Code docs: launch.json env", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django (prod replica)",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver", "8001"],
      "env": {
        "DJANGO_SETTINGS_MODULE": "tiket.settings.local",
        "DATABASE_URL": "postgres://faizal:@@secret@@@tiket-replica.internal:5432/tiket"
      }
    }
  ]
}
""", rand_pw(14))

add("markdown/kubectl-create-secret", "docs/runbook/putar-kunci-senangpay.md", "kubectl create secret generic docs (--from-literal)", """
# Putar kunci senangPay

1. Jana kunci baharu di portal senangPay (Tetapan > Profil > Kunci Rahsia).
2. Kemas kini Secret (contoh yang digunakan pada 2024-05-02):

```bash
kubectl -n tiket-prod create secret generic senangpay \\
  --from-literal=SENANGPAY_MERCHANT_ID=@@mid@@ \\
  --from-literal=SENANGPAY_SECRET_KEY='@@secret@@' \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n tiket-prod rollout restart deploy/booking-web
```

3. Buat satu bayaran RM1 untuk ujian, kemudian bayar balik.
""", senangpay_secret(), mid=fakes.drawn(_seed(), 15, string.digits))

add("shell/docker-run-env", "ops/scripts/jalan_metabase.sh", "docker run reference (-e)", """
#!/bin/sh
# Metabase untuk papan pemuka pengurusan
docker run -d --name metabase --restart unless-stopped -p 3000:3000 \\
  -e MB_DB_TYPE=postgres \\
  -e MB_DB_DBNAME=metabase \\
  -e MB_DB_HOST=tiket-replica.internal \\
  -e MB_DB_USER=metabase \\
  -e MB_DB_PASS=@@secret@@ \\
  -e JAVA_TIMEZONE=Asia/Kuala_Lumpur \\
  metabase/metabase:v0.49.6
""", rand_pw(20))

add("typescript/stripe-restricted-key", "sewa-bas-api/src/laporan.ts", "Stripe docs: restricted API keys (rk_live_)", """
import Stripe from "stripe";

// Kunci terhad (baca sahaja) untuk laporan kewangan bulanan
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-04-10" });

export async function jumlahBulan(mula: number, tamat: number): Promise<number> {
  let jumlah = 0;
  for await (const c of stripe.charges.list({ created: { gte: mula, lt: tamat }, limit: 100 })) {
    if (c.paid && !c.refunded) jumlah += c.amount;
  }
  return jumlah / 100;
}
""", stripe_key("rk_live_"))

add("sql/decoy-config-table", "db/seed/0003_tetapan.sql", "SQL INSERT of settings (references, not values)", """
-- Tetapan sistem: nilai rahsia disimpan di Secrets Manager, di sini hanya rujukan ARN
INSERT INTO tetapan (kunci, nilai) VALUES
('ipay88.merchant_key_ref', 'arn:aws:secretsmanager:ap-southeast-1:431298765012:secret:prod/tiket/ipay88-Q1w2E3'),
('billplz.api_key_ref', 'arn:aws:secretsmanager:ap-southeast-1:431298765012:secret:prod/tiket/billplz-R4t5Y6'),
('tempahan.pegang_saat', '600'),
('tempahan.had_kerusi', '6'),
('bayaran_balik.peratus', '80');
""")
