"""Blind set IV: a Thai removal and moving firm (Siam Khon Yai Moving), its depots and its IT.

Booking site and LINE OA bot, quotes and payments (Omise, 2C2P, PromptPay), fleet GPS and route
planning, warehouse storage, CCTV and depot devices, SMS and e-mail, CI, containers and runbooks;
about a third of the pages and comments in Thai. Generated fakes only (seeds 3820000-3829999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3820000, 3829999
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Chang", "Mekong", "Lotus", "Sabai", "Tiger", "Durian", "Mango", "Orchid", "Naga", "Garuda",
         "Phuket", "Krabi", "Kasem", "Siam", "Tuk", "Bamboo", "Jasmine", "Monsoon", "Coconut", "Lanna"]
LOWER = ["truck", "pallet", "carton", "ladder", "mango", "river", "temple", "noodle", "forklift", "blanket",
         "crate", "sofa", "piano", "bubble", "ramp", "trolley"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    value = fakes.drawn(_seed(), n, HEX)
    return value.upper() if upper else value


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def omise_skey() -> str:
    return "skey_5" + fakes.drawn(_seed(), 18, LOWALNUM)


def omise_pkey() -> str:
    return "pkey_5" + fakes.drawn(_seed(), 18, LOWALNUM)


def line_notify() -> str:
    return fakes.drawn_mixed(_seed(), 43)


def line_channel_token() -> str:
    return fakes.drawn(_seed(), 171, ALNUM + "+/") + "="


def gmaps_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def stripe_key(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 24 if prefix.startswith(("sk", "pk")) else 99, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, up) + "/B"
            + fakes.drawn(_seed(), 10, up) + "/" + fakes.drawn_mixed(_seed(), 24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "_-")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    return fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~")


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def thai_tax_id() -> str:
    r = _rng()
    return "0" + "".join(str(r.randint(0, 9)) for _ in range(12))


def phone() -> str:
    r = _rng()
    return "0" + r.choice("689") + "".join(str(r.randint(0, 9)) for _ in range(8))


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
    CASES.append(LabelledCase(f"blind-iv/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking site and payments

add("env/omise-secret-key", "booking-web/.env.production", "https://docs.opn.ooo/keys-authentication", """
# Siam Khon Yai Moving - booking site (production)
APP_ENV=production
APP_URL=https://book.siamkhonyai.co.th
DB_HOST=10.20.1.15
DB_DATABASE=booking
OMISE_PUBLIC_KEY=@@pub@@
OMISE_SECRET_KEY=@@secret@@
# ราคาเริ่มต้นต่อเที่ยว (บาท)
BASE_FARE_THB=1500
""", omise_skey(), pub=omise_pkey())

add("env/decoy-publishable-key", "booking-web/.env.example", "https://docs.opn.ooo/keys-authentication", """
# คัดลอกไฟล์นี้เป็น .env แล้วใส่ค่าจริง (ห้าม commit .env)
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_PASSWORD=
OMISE_PUBLIC_KEY=@@pub@@
OMISE_SECRET_KEY=skey_test_xxxxxxxxxxxxxxxxxx
LINE_CHANNEL_SECRET=<channel-secret>
""", pub=omise_pkey())

add("python/omise-secret-key", "quotes/payments/omise_client.py", "https://github.com/omise/omise-python", '''
"""ตัดบัตรเครดิตค่ามัดจำการขนย้าย (deposit charge) ผ่าน Omise."""
import omise

omise.api_secret = "@@secret@@"
omise.api_public = "@@pub@@"
omise.api_version = "2019-05-29"


def charge_deposit(booking, token_id):
    # มัดจำ 30% ของราคาประเมิน หน่วยเป็นสตางค์
    amount = int(booking.quote_thb * 0.3 * 100)
    return omise.Charge.create(
        amount=amount,
        currency="thb",
        card=token_id,
        description=f"Deposit {booking.ref}",
        metadata={"booking": booking.ref},
    )
''', omise_skey(), pub=omise_pkey())

add("php/omise-secret-key", "wp-content/themes/skymove/inc/omise-config.php", "https://github.com/omise/omise-php", """
<?php
// ตั้งค่า Omise สำหรับหน้า "จองรถขนย้าย"
define('OMISE_PUBLIC_KEY', '@@pub@@');
define('OMISE_SECRET_KEY', '@@secret@@');
define('OMISE_API_VERSION', '2019-05-29');

function skymove_omise_charge($amountSatang, $token) {
    return OmiseCharge::create([
        'amount'   => $amountSatang,
        'currency' => 'thb',
        'card'     => $token,
    ]);
}
""", omise_skey(), pub=omise_pkey())

add("typescript/decoy-publishable-key", "booking-app/src/payments/omiseCard.ts", "https://docs.opn.ooo/omise-js", """
// Omise.js runs in the browser: only the public key belongs here.
declare const OmiseCard: any;

export function openCardForm(amountSatang: number, onToken: (t: string) => void) {
  OmiseCard.configure({
    publicKey: "@@pub@@",
    currency: "THB",
    frameLabel: "Siam Khon Yai Moving",
    submitLabel: "ชำระมัดจำ",
  });
  OmiseCard.open({ amount: amountSatang, onCreateTokenSuccess: onToken });
}
""", pub=omise_pkey())

add("python/2c2p-secret-key", "quotes/payments/twoc2p.py", "https://developer.2c2p.com/docs/api-payment-token", '''
import jwt
import requests

MERCHANT_ID = "JT04"
SECRET_KEY = "@@secret@@"
PAYMENT_TOKEN_URL = "https://pgw.2c2p.com/payment/4.3/paymentToken"


def payment_token(invoice_no: str, amount: float, description: str) -> str:
    payload = {
        "merchantID": MERCHANT_ID,
        "invoiceNo": invoice_no,
        "description": description,
        "amount": round(amount, 2),
        "currencyCode": "THB",
    }
    body = {"payload": jwt.encode(payload, SECRET_KEY, algorithm="HS256")}
    resp = requests.post(PAYMENT_TOKEN_URL, json=body, timeout=15)
    resp.raise_for_status()
    return jwt.decode(resp.json()["payload"], SECRET_KEY, algorithms=["HS256"])["paymentToken"]
''', hexs(64, upper=True))

add("yaml/2c2p-secret-key", "config/payment-gateways.yml", "https://developer.2c2p.com/docs/api-payment-token", """
# ช่องทางชำระเงินของลูกค้า (บ้าน/สำนักงาน)
gateways:
  omise:
    enabled: true
    public_key: ${OMISE_PUBLIC_KEY}
    secret_key: ${OMISE_SECRET_KEY}
  twoc2p:
    enabled: true
    merchant_id: "764764000001234"
    secret_key: "@@secret@@"
    endpoint: https://pgw.2c2p.com/payment/4.3
  promptpay:
    enabled: true
    biller_id: "@@tax@@"
""", hexs(64, upper=True), tax=thai_tax_id())

add("yaml/decoy-env-reference", "config/payment-gateways.staging.yml", "https://developer.2c2p.com/docs/sandbox", """
gateways:
  omise:
    enabled: true
    public_key: ${OMISE_PUBLIC_KEY}
    secret_key: ${OMISE_SECRET_KEY}
  twoc2p:
    enabled: true
    merchant_id: "JT04"
    secret_key: ${TWOC2P_SECRET_KEY}
    endpoint: https://sandbox-pgw.2c2p.com/payment/4.3
  promptpay:
    enabled: false
""")

add("python/decoy-promptpay-id", "quotes/payments/promptpay_qr.py", "https://www.bot.or.th/en/financial-innovation/digital-finance/digital-payment/promptpay.html", '''
"""สร้าง QR พร้อมเพย์สำหรับค่ามัดจำ (EMVCo merchant presented QR)."""
import crcmod

PROMPTPAY_ID = "@@tax@@"  # เลขประจำตัวผู้เสียภาษีของบริษัท (public, printed on every invoice)
CRC16 = crcmod.predefined.mkCrcFun("crc-ccitt-false")


def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def payload(amount_thb: float) -> str:
    account = _tlv("00", "A000000677010111") + _tlv("02", PROMPTPAY_ID)
    body = _tlv("00", "01") + _tlv("01", "12") + _tlv("30", account)
    body += _tlv("53", "764") + _tlv("54", f"{amount_thb:.2f}") + _tlv("58", "TH") + "6304"
    return body + f"{CRC16(body.encode()):04X}"
''', tax=thai_tax_id())

add("json/line-channel-access-token", "line-bot/config/channel.json", "https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/", """
{
  "channelId": "1657384291",
  "botBasicId": "@skymove",
  "channelAccessToken": "@@secret@@",
  "webhookUrl": "https://bot.siamkhonyai.co.th/callback",
  "richMenuId": "richmenu-@@rm@@",
  "locale": "th"
}
""", line_channel_token(), rm=hexs(32))

add("python/line-channel-secret", "line-bot/app.py", "https://github.com/line/line-bot-sdk-python", '''
from flask import Flask, abort, request
from linebot.v3 import WebhookHandler
from linebot.v3.exceptions import InvalidSignatureError

app = Flask(__name__)
# ลูกค้าทักไลน์ขอใบเสนอราคาขนย้าย
handler = WebhookHandler("@@secret@@")


@app.route("/callback", methods=["POST"])
def callback():
    signature = request.headers["X-Line-Signature"]
    body = request.get_data(as_text=True)
    try:
        handler.handle(body, signature)
    except InvalidSignatureError:
        abort(400)
    return "OK"
''', hexs(32))

add("typescript/line-channel-access-token", "line-bot/src/client.ts", "https://github.com/line/line-bot-sdk-nodejs", """
import { messagingApi } from "@line/bot-sdk";

// TODO ย้ายไปเก็บใน Secret Manager ก่อนขึ้น production
const client = new messagingApi.MessagingApiClient({
  channelAccessToken:
    "@@secret@@",
});

export async function pushQuote(userId: string, quoteThb: number) {
  await client.pushMessage({
    to: userId,
    messages: [{ type: "text", text: `ราคาประเมินค่าขนย้าย ${quoteThb.toLocaleString()} บาท` }],
  });
}
""", line_channel_token())

add("typescript/decoy-liff-id", "line-bot/liff/src/main.ts", "https://developers.line.biz/en/docs/liff/developing-liff-apps/", """
import liff from "@line/liff";

// LIFF ID is public: it is in the URL every customer opens.
const LIFF_ID = "1657384291-@@liff@@";

async function main() {
  await liff.init({ liffId: LIFF_ID });
  if (!liff.isLoggedIn()) {
    liff.login();
    return;
  }
  const profile = await liff.getProfile();
  document.getElementById("name")!.textContent = `สวัสดีคุณ ${profile.displayName}`;
}

main();
""", liff=fakes.drawn(_seed(), 8))

add("shell/line-notify-token", "scripts/notify_dispatch.sh", "https://notify-bot.line.me/doc/en/", """
#!/usr/bin/env bash
# แจ้งเตือนกลุ่มไลน์ "ฝ่ายจัดรถ" เมื่อมีงานขนย้ายใหม่
set -euo pipefail

JOB_REF="$1"
MSG="งานใหม่ ${JOB_REF}: ตรวจสอบตารางรถในระบบ"

curl -s -X POST https://notify-api.line.me/api/notify \\
  -H "Authorization: Bearer @@secret@@" \\
  -F "message=${MSG}"
""", line_notify())

add("python/line-notify-token", "depot/alerts/line_notify.py", "https://notify-bot.line.me/doc/en/", '''
import requests

NOTIFY_URL = "https://notify-api.line.me/api/notify"
TOKENS = {
    "bangna": "@@secret@@",
    "chiangmai": None,  # ยังไม่ได้ออก token ให้สาขาเชียงใหม่
}


def notify(depot: str, message: str) -> None:
    token = TOKENS.get(depot)
    if not token:
        return
    requests.post(NOTIFY_URL, headers={"Authorization": f"Bearer {token}"},
                  data={"message": message}, timeout=10)
''', line_notify())

add("env/decoy-placeholder", "line-bot/.env.sample", "https://developers.line.biz/en/docs/messaging-api/building-bot/", """
# LINE Messaging API (ดูค่าได้ที่ LINE Developers Console)
LINE_CHANNEL_ID=
LINE_CHANNEL_SECRET=your-channel-secret
LINE_CHANNEL_ACCESS_TOKEN=your-long-lived-channel-access-token
LINE_NOTIFY_TOKEN=
PORT=3000
""")

add("markdown/google-maps-api-key", "docs/route-planner.md", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
# Route planner / คำนวณระยะทางและราคา

The quote form asks Google Distance Matrix for the road distance between the two addresses,
then applies the rate card (ค่ารถ 6 ล้อ 35 บาท/กม., 4 ล้อ 22 บาท/กม.).

## Server key

The backend key (restricted to our NAT IP 203.150.18.44, Distance Matrix + Geocoding only):

```
GOOGLE_MAPS_SERVER_KEY=@@secret@@
```

Rotate it in the Cloud console (project `skymove-routing`) if the NAT address changes.

## Browser key

The map on the booking page uses a separate referrer-restricted key from `MAPS_BROWSER_KEY`.
""", gmaps_key())

add("python/decoy-env-reference", "quotes/routing/distance.py", "https://developers.google.com/maps/documentation/distance-matrix/overview", '''
import os

import googlemaps

# กุญแจอยู่ใน Secret Manager แล้ว inject เป็น env ตอน deploy
gmaps = googlemaps.Client(key=os.environ["GOOGLE_MAPS_SERVER_KEY"])

RATE_PER_KM = {"4w": 22, "6w": 35, "10w": 48}


def quote(origin: str, destination: str, truck: str) -> int:
    rows = gmaps.distance_matrix(origin, destination, mode="driving", language="th")
    metres = rows["rows"][0]["elements"][0]["distance"]["value"]
    return max(1500, round(metres / 1000 * RATE_PER_KM[truck]))
''')

add("python/lalamove-api-secret", "dispatch/partners/lalamove.py", "https://developers.lalamove.com/#authentication", '''
import hashlib
import hmac
import json
import time

import requests

API_KEY = "pk_prod_@@key@@"
API_SECRET = "@@secret@@"
BASE = "https://rest.lalamove.com"


def _headers(method: str, path: str, body: str) -> dict:
    ts = str(int(time.time() * 1000))
    raw = f"{ts}\\r\\n{method}\\r\\n{path}\\r\\n\\r\\n{body}"
    sig = hmac.new(API_SECRET.encode(), raw.encode(), hashlib.sha256).hexdigest()
    return {"Authorization": f"hmac {API_KEY}:{ts}:{sig}", "Market": "TH", "Content-Type": "application/json"}


def quotation(stops: list) -> dict:
    """ใช้ Lalamove เมื่อรถของเราไม่ว่าง (งานขนของชิ้นเล็ก)"""
    body = json.dumps({"data": {"serviceType": "TRUCK330", "language": "th_TH", "stops": stops}})
    return requests.post(BASE + "/v3/quotations", data=body, headers=_headers("POST", "/v3/quotations", body)).json()
''', "sk_prod_" + hexs(32), key=hexs(32))

# ---------------------------------------------------------------- databases, caches, mail

add("env/postgres-password", "dispatch/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
# dispatch service (ตารางรถ / คนขับ)
DATABASE_URL=postgresql://dispatch_app:@@secret@@@db-bkk-01.internal:5432/dispatch
REDIS_URL=redis://cache-bkk-01.internal:6379/2
TZ=Asia/Bangkok
SHIFT_START=06:00
""", rand_pw(22))

add("python/mysql-password", "legacy/crm/settings_local.py", "https://docs.djangoproject.com/en/5.0/ref/databases/#mysql-notes", '''
# ระบบ CRM เก่า (ลูกค้าองค์กร ย้ายสำนักงาน)
DEBUG = False
ALLOWED_HOSTS = ["crm.siamkhonyai.local"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "skm_crm",
        "USER": "crm_web",
        "PASSWORD": "@@secret@@",
        "HOST": "192.168.10.21",
        "PORT": "3306",
        "OPTIONS": {"charset": "utf8mb4"},
    }
}
''', words_pw())

add("python/django-secret-key", "legacy/crm/crm/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "th"
TIME_ZONE = "Asia/Bangkok"
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "customers",
    "surveys",  # นัดสำรวจหน้างานก่อนขนย้าย
]
''', fakes.django_secret_key(_seed()))

add("yaml/redis-password", "dispatch/config/cache.yaml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
cache:
  driver: redis
  host: cache-bkk-01.internal
  port: 6379
  db: 2
  password: "@@secret@@"
  ttl_seconds:
    truck_availability: 60
    quote: 900
""", fakes.redis_password(_seed()))

add("shell/redis-password", "ops/redis/flush_quotes.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# ล้าง cache ราคาประเมินหลังปรับเรทค่าน้ำมัน
set -e
redis-cli -h cache-bkk-01.internal -p 6379 -a '@@secret@@' --no-auth-warning -n 2 \\
  --scan --pattern 'quote:*' | xargs -r redis-cli -h cache-bkk-01.internal -a '@@secret@@' --no-auth-warning -n 2 DEL
echo "done"
""", fakes.redis_password(_seed()))

add("ini/smtp-password", "legacy/invoice-mailer/mailer.ini", "https://docs.python.org/3/library/configparser.html", """
; ส่งใบแจ้งหนี้/ใบเสร็จให้ลูกค้าทางอีเมล
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = billing@siamkhonyai.co.th
password = @@secret@@

[invoice]
from_name = Siam Khon Yai Moving (ฝ่ายบัญชี)
bcc = accounting@siamkhonyai.co.th
""", words_pw())

add("java/smtp-password", "quote-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """
spring.application.name=quote-service
server.port=8081
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=quotes@siamkhonyai.co.th
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
quote.vat-rate=0.07
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/sendgrid-api-key", "notifications/email/send_confirmation.py", "https://github.com/sendgrid/sendgrid-python", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")


def send_confirmation(to_email: str, booking_ref: str, move_date: str) -> None:
    message = Mail(
        from_email="no-reply@siamkhonyai.co.th",
        to_emails=to_email,
        subject=f"ยืนยันการจองขนย้าย {booking_ref}",
        html_content=f"<p>ทีมงานจะไปถึงวันที่ {move_date} เวลา 08:00 น.</p>",
    )
    SG.send(message)
''', sendgrid_key())

add("csharp/sqlserver-password", "Warehouse.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Storage": "Server=sql-wh-01.skm.local;Database=SelfStorage;User Id=wh_api;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Storage": {
    "Depots": [ "Bangna", "Rangsit", "Chiang Mai" ],
    "MonthlyRatePerCubicMetre": 450
  }
}
""", words_pw())

add("csharp/decoy-env-reference", "Warehouse.Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Storage": "Server=localhost;Database=SelfStorage;Integrated Security=True;TrustServerCertificate=True"
  },
  "Storage": {
    "Depots": [ "Bangna" ],
    "MonthlyRatePerCubicMetre": 450
  },
  "KeyVault": { "Uri": "https://kv-skm-prod.vault.azure.net/" }
}
""")

add("go/postgres-password", "tracker/internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ตำแหน่งรถจาก GPS เก็บที่ TimescaleDB
const dsn = "host=tsdb-01.skm.local port=5432 user=tracker password=@@secret@@ dbname=fleet sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("sql/decoy-password-hash", "db/seed/001_staff_users.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- ผู้ใช้ระบบจัดรถ (รหัสผ่านเก็บเป็น bcrypt)
INSERT INTO staff_user (id, username, display_name, role, password_hash) VALUES
  (1, 'somchai.d', 'สมชาย ดีมาก', 'dispatcher', '@@h1@@'),
  (2, 'napat.k', 'ณภัทร กิตติ', 'surveyor', '@@h2@@'),
  (3, 'admin', 'ผู้ดูแลระบบ', 'admin', '@@h3@@');
-- ผู้ใช้ต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก
UPDATE staff_user SET must_change_password = TRUE WHERE id IN (1, 2, 3);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/mysql-password", "db/migrations/2024_03_create_report_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- ผู้ใช้สำหรับ Metabase (อ่านอย่างเดียว) รายงานยอดขายรายเดือน
CREATE USER 'metabase_ro'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON skm_crm.* TO 'metabase_ro'@'10.20.%';
GRANT SELECT ON booking.* TO 'metabase_ro'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw())

add("ruby/postgres-password", "storage-portal/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: storage_portal_dev

production:
  <<: *default
  database: storage_portal
  host: db-bkk-02.internal
  username: portal
  password: "@@secret@@"
""", rand_pw(24))

add("ruby/decoy-env-reference", "storage-portal/config/database.production.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  database: storage_portal
  host: <%= ENV["PORTAL_DB_HOST"] %>
  username: portal
  password: <%= ENV["PORTAL_DB_PASSWORD"] %>
""")

add("toml/mongodb-password", "survey-app/config/prod.toml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
# แอปสำรวจหน้างาน (ถ่ายรูปเฟอร์นิเจอร์ ประเมินปริมาตร)
[server]
bind = "0.0.0.0:8080"

[mongo]
uri = "mongodb+srv://survey_svc:@@secret@@@skm-survey.x7kq2.mongodb.net/survey?retryWrites=true&w=majority"
database = "survey"

[photos]
bucket = "skm-survey-photos"
max_per_room = 20
""", rand_pw(16))

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
/** เว็บไซต์บริษัท www.siamkhonyai.co.th */
define( 'DB_NAME', 'skm_wp' );
define( 'DB_USER', 'skm_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'skm_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

# ---------------------------------------------------------------- fleet, depots and devices

add("python/gps-tracker-api-key", "tracker/ingest/dtc_pull.py", "https://www.dtc.co.th/", '''
"""ดึงพิกัดรถบรรทุกจากระบบ GPS ของผู้ให้บริการทุก 60 วินาที."""
import time

import requests

GPS_API = "https://api.gps-fleet.co.th/v2"
GPS_API_KEY = "@@secret@@"
PLATES = ["70-1234 กทม", "70-5678 กทม", "71-0042 ชม"]


def positions():
    resp = requests.get(f"{GPS_API}/vehicles/positions",
                        headers={"X-API-Key": GPS_API_KEY},
                        params={"plates": ",".join(PLATES)}, timeout=20)
    resp.raise_for_status()
    return resp.json()["items"]


if __name__ == "__main__":
    while True:
        for item in positions():
            print(item["plate"], item["lat"], item["lng"], item["speed_kmh"])
        time.sleep(60)
''', fakes.drawn_mixed(_seed(), 40))

add("yaml/camera-password", "depot/nvr/cameras.yaml", "https://www.hikvision.com/en/support/", """
# กล้องวงจรปิดคลังสินค้าบางนา (Hikvision NVR)
nvr:
  host: 192.168.50.10
  username: admin
  password: "@@secret@@"
cameras:
  - name: ประตูหน้า
    channel: 1
    rtsp: rtsp://192.168.50.10:554/Streaming/Channels/101
  - name: ลานจอดรถ 6 ล้อ
    channel: 2
    rtsp: rtsp://192.168.50.10:554/Streaming/Channels/201
  - name: ห้องเก็บของลูกค้า โซน B
    channel: 5
    rtsp: rtsp://192.168.50.10:554/Streaming/Channels/501
""", words_pw())

add("python/camera-password", "depot/nvr/snapshot.py", "https://www.hikvision.com/en/support/", '''
import datetime

import cv2

# ถ่ายภาพโซนเก็บของทุกเช้า แนบรายงานลูกค้า self-storage
STREAM = "rtsp://viewer:@@secret@@@192.168.50.10:554/Streaming/Channels/501"


def snapshot(path: str) -> None:
    cap = cv2.VideoCapture(STREAM)
    ok, frame = cap.read()
    cap.release()
    if ok:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
        cv2.imwrite(f"{path}/zoneB-{stamp}.jpg", frame)
''', rand_pw(12))

add("markdown/router-admin-password", "docs/it/depot-network-rangsit.md", "https://help.mikrotik.com/docs/display/ROS/User", """
# เครือข่ายสาขารังสิต

| อุปกรณ์ | IP | ผู้ใช้ | รหัสผ่าน |
|---|---|---|---|
| MikroTik hEX (gateway) | 192.168.60.1 | admin | @@secret@@ |
| Switch TP-Link | 192.168.60.2 | admin | (เหมือน gateway) |
| Wi-Fi โกดัง (UniFi) | 192.168.60.5 | ubnt-skm | ดูใน Bitwarden |

- อินเทอร์เน็ต: 3BB ไฟเบอร์ 500/500 เบอร์ติดต่อ 1530
- VPN ไปสำนักงานใหญ่: WireGuard port 51820
- ถ้า router ค้าง ให้ถอดปลั๊กรอ 30 วินาที
""", words_pw())

add("shell/router-admin-password", "ops/network/backup_mikrotik.sh", "https://help.mikrotik.com/docs/display/ROS/Backup", """
#!/usr/bin/env bash
# สำรอง config MikroTik ทุกสาขา (cron 02:30)
set -u
DEPOTS="192.168.50.1 192.168.60.1 192.168.70.1"
OUT=/srv/backup/mikrotik/$(date +%F)
mkdir -p "$OUT"
for ip in $DEPOTS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no backup@"$ip" "/export terse" > "$OUT/$ip.rsc"
done
""", words_pw())

add("ini/ftp-password", "legacy/scanner-upload/upload.ini", "https://docs.python.org/3/library/ftplib.html", """
; เครื่องสแกนเอกสารที่หน้าคลังส่งใบรับของ (สแกน PDF) ขึ้น FTP
[ftp]
host = ftp.siamkhonyai.co.th
port = 21
user = scanner_bangna
password = @@secret@@
remote_dir = /receipts/bangna

[local]
watch_dir = C:\\Scans\\Receipts
""", rand_pw(10))

add("powershell/ftp-password", "ops/windows/Send-DailyManifest.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.webclient", """
# ส่งใบรายการของ (manifest) ประจำวันให้บริษัทประกันขนส่ง
$ErrorActionPreference = 'Stop'
$date = Get-Date -Format 'yyyyMMdd'
$file = "D:\\Manifests\\manifest-$date.csv"

$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential('skm_upload', '@@secret@@')
$client.UploadFile("ftp://sftp.thaicargo-insure.co.th/inbound/manifest-$date.csv", $file)
Write-Host "Uploaded $file"
""", words_pw())

add("python/sftp-password", "accounting/export/bank_payroll.py", "https://docs.paramiko.org/en/stable/api/sftp.html", '''
"""ส่งไฟล์เงินเดือนพนักงานขนย้าย (รายวัน) ให้ธนาคาร ผ่าน SFTP."""
import paramiko

HOST = "sftp.corporate-bank.example.co.th"
USER = "SKM0042"
PASS = "@@secret@@"


def upload(local_path: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASS)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/in/payroll/{local_path.rsplit('/', 1)[-1]}")
    finally:
        sftp.close()
        transport.close()
''', words_pw())

add("yaml/ldap-bind-password", "infra/gitea/app-ldap.yaml", "https://docs.gitea.com/usage/authentication", """
# Gitea ภายในบริษัท ใช้บัญชี Active Directory
auth:
  ldap:
    name: skm-ad
    host: dc01.skm.local
    port: 636
    security_protocol: ldaps
    bind_dn: "CN=svc-gitea,OU=Service,DC=skm,DC=local"
    bind_password: "@@secret@@"
    user_base: "OU=Staff,DC=skm,DC=local"
    user_filter: "(&(objectClass=user)(sAMAccountName=%s))"
    admin_filter: "(memberOf=CN=IT,OU=Groups,DC=skm,DC=local)"
""", words_pw())

add("python/ldap-bind-password", "intranet/auth/ad_login.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", '''
from ldap3 import ALL, NTLM, Connection, Server

SERVER = Server("ldaps://dc01.skm.local", get_info=ALL)
BIND_USER = "SKM\\\\svc-intranet"
BIND_PASSWORD = "@@secret@@"


def find_user(username: str):
    conn = Connection(SERVER, user=BIND_USER, password=BIND_PASSWORD, authentication=NTLM, auto_bind=True)
    conn.search("OU=Staff,DC=skm,DC=local", f"(sAMAccountName={username})",
                attributes=["displayName", "department", "mail"])
    return conn.entries[0] if conn.entries else None
''', rand_pw(20, "!#%"))

add("hcl/decoy-vault-reference", "infra/vault/agent-intranet.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# Vault Agent renders the intranet's LDAP bind password at start-up.
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }
  }
}

template {
  contents    = "{{ with secret \\"kv/data/intranet/ldap\\" }}BIND_PASSWORD={{ .Data.data.password }}{{ end }}"
  destination = "/run/intranet/ldap.env"
}
""")

add("csv/device-password", "docs/it/handheld-scanners.csv", "https://www.zebra.com/us/en/support-downloads.html", """
serial,model,depot,assigned_to,wifi_ssid,admin_pin,notes
22187520431,Zebra TC21,Bangna,คลัง B,SKM-WH,4471,
22187520432,Zebra TC21,Bangna,คลัง B,SKM-WH,4471,
22187520519,Zebra TC21,Rangsit,ทีมรับของ,SKM-WH,4471,
22187520520,Zebra TC26,Chiang Mai,ทีมรับของ,SKM-CNX,4471,
wifi,,,,SKM-WH,,WPA2 key @@secret@@
wifi,,,,SKM-CNX,,WPA2 key same as SKM-WH
""", passphrase())

add("csv/decoy-tracking-ids", "exports/partner_shipments_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_ref,partner,partner_tracking,boxes,weight_kg,delivered_at,pod_sha256
SKM-240501-017,Kerry Express,KEX@@t1@@,6,42.5,2024-05-03T14:21:00+07:00,@@h1@@
SKM-240502-003,Flash Express,TH@@t2@@,2,11.0,2024-05-04T10:02:00+07:00,@@h2@@
SKM-240507-021,Kerry Express,KEX@@t3@@,14,120.0,2024-05-09T16:45:00+07:00,@@h3@@
SKM-240511-008,Lalamove,@@t4@@,1,65.0,2024-05-11T18:30:00+07:00,@@h4@@
""", t1=fakes.drawn(_seed(), 10, "0123456789"), t2=fakes.drawn(_seed(), 12, "0123456789"),
    t3=fakes.drawn(_seed(), 10, "0123456789"), t4=fakes.drawn(_seed(), 12, "0123456789"),
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("log/decoy-redacted", "logs/dispatch-2024-06-02.log", "https://docs.python.org/3/library/logging.html", """
2024-06-02 06:00:01,114 INFO dispatch.scheduler shift start depot=bangna trucks=9 crews=11
2024-06-02 06:00:02,530 INFO gps.pull ok vehicles=23 key=****************Qx7c
2024-06-02 06:14:45,009 INFO booking SKM-240602-004 assigned truck=70-1234 crew=C3
2024-06-02 06:15:12,771 WARN omise charge retry booking=SKM-240602-004 secret_key=skey_************
2024-06-02 06:15:13,902 INFO omise charge ok id=chrg_@@ch@@ amount=450000
2024-06-02 07:02:40,318 INFO line push to=U@@u@@ template=crew_on_the_way
2024-06-02 07:02:40,611 INFO smtp login user=quotes@siamkhonyai.co.th password=[REDACTED]
""", ch=fakes.drawn(_seed(), 19, LOWALNUM), u=hexs(32))

add("log/smtp-password", "logs/mailer-debug-2024-06-03.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel", """
2024-06-03 09:12:01 mailer starting with config=/etc/skm/mailer.ini
2024-06-03 09:12:01 DEBUG connecting smtp.office365.com:587 tls=starttls
2024-06-03 09:12:02 DEBUG send: 'ehlo invoice-01.skm.local\\r\\n'
2024-06-03 09:12:02 DEBUG send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-06-03 09:12:03 DEBUG reply: retcode (235); Msg: b'2.7.0 Authentication successful'
2024-06-03 09:12:03 INFO sent invoice INV-2406-0193 to finance@customer.co.th
2024-06-03 09:12:04 INFO sent invoice INV-2406-0194 to korn.s@customer2.co.th
""", b64("\0billing@siamkhonyai.co.th\0" + words_pw()))

# ---------------------------------------------------------------- CI, containers, infrastructure

add("github-actions/aws-secret-key", ".github/workflows/deploy-booking.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy booking site
on:
  push:
    branches: [main]
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
      - run: aws s3 sync ./public s3://skm-booking-site --delete
      - run: aws cloudfront create-invalidation --distribution-id E2SKM0BOOK --paths '/*'
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-dispatch.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy dispatch
on:
  push:
    branches: [main]
    paths: ["dispatch/**"]
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
          role-to-assume: arn:aws:iam::481516234200:role/gha-dispatch-deploy
          aws-region: ap-southeast-1
      - run: ./dispatch/deploy.sh
        env:
          LINE_NOTIFY_TOKEN: ${{ secrets.LINE_NOTIFY_TOKEN }}
          DATABASE_URL: ${{ secrets.DISPATCH_DATABASE_URL }}
""")

add("github-actions/pypi-token", ".github/workflows/release-skm-rates.yml", "https://docs.pypi.org/trusted-publishers/", """
# แพ็กเกจคำนวณเรทค่าขนย้าย (ใช้ร่วมกันระหว่าง booking กับ CRM)
name: release skm-rates
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
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "packages/skm-rates/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    skm-internal

[pypi]
username = __token__
password = @@secret@@

[skm-internal]
repository = https://pypi.skm.local/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("toml/decoy-placeholder", "packages/skm-rates/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "skm-rates"
version = "2.4.1"
description = "Rate card for Siam Khon Yai Moving: distance, floors, packing, storage"
requires-python = ">=3.10"
authors = [{ name = "SKM IT", email = "it@siamkhonyai.co.th" }]

[tool.skm-rates]
# token ใส่ใน ~/.pypirc หรือ TWINE_PASSWORD เท่านั้น
upload_token = "pypi-<your-token>"
""")

add("dockerfile/github-token", "dispatch/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim AS build
WORKDIR /src
# private repo ของไลบรารีเรทค่าขนย้าย
ENV GITHUB_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git \\
 && pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/siamkhonyai/skm-rates.git@v2.4.1"
COPY dispatch/ /src/dispatch
RUN pip install --no-cache-dir -r /src/dispatch/requirements.txt

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
COPY --from=build /src /src
ENV TZ=Asia/Bangkok
CMD ["python", "-m", "dispatch"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-checksum", "tracker/Dockerfile", "https://docs.docker.com/reference/dockerfile/#add", """
FROM golang:1.22-bookworm@sha256:@@d1@@ AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/tracker ./cmd/tracker

FROM gcr.io/distroless/static-debian12@sha256:@@d2@@
ADD --checksum=sha256:@@d3@@ https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/v0.4.25/grpc_health_probe-linux-amd64 /bin/grpc_health_probe
COPY --from=build /out/tracker /tracker
ENTRYPOINT ["/tracker"]
""", d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("compose/postgres-password", "deploy/depot-server/docker-compose.yml", "https://hub.docker.com/_/postgres", """
# เซิร์ฟเวอร์ในคลังบางนา: ระบบรับ/จ่ายของ self-storage
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: storage
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: storage
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: registry.skm.local/storage-portal:1.9.2
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://storage@db:5432/storage
    ports:
      - "8080:3000"
volumes:
  pgdata:
""", rand_pw(20))

add("compose/decoy-env-reference", "deploy/line-bot/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  bot:
    image: registry.skm.local/line-bot:3.1.0
    restart: unless-stopped
    env_file: .env
    environment:
      LINE_CHANNEL_SECRET: ${LINE_CHANNEL_SECRET:?set in .env}
      LINE_CHANNEL_ACCESS_TOKEN: ${LINE_CHANNEL_ACCESS_TOKEN:?set in .env}
      REDIS_URL: redis://cache:6379/0
    ports:
      - "3000:3000"
  cache:
    image: redis:7-alpine
""")

_LINE_SECRET = hexs(32)
add("k8s-secret/line-channel-secret", "k8s/line-bot/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: line-bot
  namespace: customer
  labels:
    app: line-bot
type: Opaque
data:
  LINE_CHANNEL_ID: @@cid@@
  LINE_CHANNEL_SECRET: @@enc@@
""", _LINE_SECRET, cid=b64("1657384291"), enc=b64(_LINE_SECRET))

add("k8s-secret/decoy-sealed-secret", "k8s/dispatch/sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dispatch-db
  namespace: operations
spec:
  encryptedData:
    DATABASE_URL: AgB@@e1@@
    REDIS_PASSWORD: AgC@@e2@@
  template:
    metadata:
      name: dispatch-db
      namespace: operations
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("k8s-secret/redis-password", "k8s/dispatch/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-redis
  namespace: operations
type: Opaque
stringData:
  # รหัสผ่าน redis ของ dispatch (cache ตารางรถ)
  REDIS_PASSWORD: "@@secret@@"
  REDIS_HOST: cache-bkk-01.internal
""", fakes.redis_password(_seed()))

_GPS_KEY = fakes.drawn_mixed(_seed(), 40)
add("k8s-secret/gps-tracker-api-key", "k8s/tracker/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: tracker-gps
  namespace: fleet
type: Opaque
data:
  GPS_API_URL: @@url@@
  GPS_API_KEY: @@enc@@
""", _GPS_KEY, url=b64("https://api.gps-fleet.co.th/v2"), enc=b64(_GPS_KEY))

add("k8s/decoy-configmap", "k8s/tracker/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: tracker
  namespace: fleet
data:
  POLL_SECONDS: "60"
  DEPOTS: "bangna,rangsit,chiangmai"
  GEOFENCE_BANGNA: "13.6683,100.6047,400"
  TRACE_ID_HEADER: "X-Request-Id"
  BUILD_SHA: "@@sha@@"
""", sha=hexs(40))

add("terraform/aws-secret-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

# TODO: เปลี่ยนไปใช้ profile / SSO (ตอนนี้ใช้ key ของ user terraform-skm ชั่วคราว)
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "booking" {
  identifier                  = "skm-booking"
  engine                      = "postgres"
  engine_version              = "16.2"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "booking_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  backup_retention_period     = 7
  tags = {
    Owner = "skm-it"
  }
}
""")

add("terraform/postgres-password", "infra/terraform/storage_db.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
# ฐานข้อมูลระบบเช่าห้องเก็บของ (self-storage)
resource "aws_db_instance" "storage" {
  identifier          = "skm-storage"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "storage_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    Owner = "skm-it"
  }
}
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/depots/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/mysql-password", "infra/ansible/roles/crm/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
# ค่าเริ่มต้นของ role crm (เครื่อง 192.168.10.21)
crm_db_name: skm_crm
crm_db_user: crm_web
crm_db_password: "@@secret@@"
crm_backup_dir: /srv/backup/crm
crm_backup_keep_days: 14
crm_timezone: Asia/Bangkok
""", words_pw())

add("ansible/decoy-vault-reference", "infra/ansible/roles/crm/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Create CRM database user
  community.mysql.mysql_user:
    name: "{{ crm_db_user }}"
    password: "{{ vault_crm_db_password }}"
    priv: "{{ crm_db_name }}.*:ALL"
    host: "localhost"
    state: present
  no_log: true

- name: Nightly backup (ตี 3)
  ansible.builtin.cron:
    name: crm-backup
    hour: "3"
    minute: "0"
    job: "/usr/local/bin/crm-backup.sh {{ crm_backup_dir }}"
""")

add("ansible/windows-admin-password", "infra/ansible/inventory/depots.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """
[depot_pcs]
bangna-front ansible_host=192.168.50.20
rangsit-front ansible_host=192.168.60.20
cnx-front ansible_host=192.168.70.20

[depot_pcs:vars]
ansible_user=skm-localadmin
ansible_password=@@secret@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", words_pw())

# ---------------------------------------------------------------- chat, SMS, alerts

add("python/telegram-bot-token", "ops/bots/truck_breakdown_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""บอทให้คนขับแจ้งรถเสีย/อุบัติเหตุ ส่งต่อเข้ากลุ่มฝ่ายปฏิบัติการ."""
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

TOKEN = "@@secret@@"
OPS_CHAT_ID = -1001873345120


async def breakdown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    plate = " ".join(context.args) or "(ไม่ระบุทะเบียน)"
    await context.bot.send_message(OPS_CHAT_ID, f"🚚 รถเสีย: {plate} จาก {update.effective_user.full_name}")
    await update.message.reply_text("รับแจ้งแล้ว ฝ่ายปฏิบัติการจะโทรกลับภายใน 10 นาที")


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("breakdown", breakdown))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "ops/backup/notify_backup.sh", "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/bash
# แจ้งผลการ backup ทุกคืนเข้า Telegram กลุ่ม IT
STATUS=$1
BOT="@@secret@@"
CHAT=-1001873345121
curl -s "https://api.telegram.org/bot${BOT}/sendMessage" \\
  -d chat_id="$CHAT" \\
  -d text="backup $(hostname) $(date +%F): ${STATUS}" > /dev/null
""", fakes.telegram_token(_seed()))

add("python/slack-bot-token", "ops/reports/daily_jobs_to_slack.py", "https://api.slack.com/authentication/token-types#bot", '''
import datetime

from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post_summary(jobs_done: int, jobs_tomorrow: int, revenue_thb: int) -> None:
    today = datetime.date.today().isoformat()
    client.chat_postMessage(
        channel="#ops-daily",
        text=(f"สรุปงานขนย้าย {today}: เสร็จ {jobs_done} งาน, "
              f"พรุ่งนี้ {jobs_tomorrow} งาน, รายได้ {revenue_thb:,} บาท"),
    )
''', slack_bot())

add("yaml/slack-webhook-url", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, depot]
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-alerts"
        title: "{{ .CommonLabels.alertname }} ({{ .CommonLabels.depot }})"
        send_resolved: true
""", slack_webhook())

add("yaml/decoy-file-reference", "monitoring/alertmanager/alertmanager.staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: "#ops-alerts-staging"
        send_resolved: true
""")

add("python/sms-api-secret", "notifications/sms/thaibulksms.py", "https://developer.thaibulksms.com/reference/post_sms", '''
"""ส่ง SMS แจ้งลูกค้าว่าทีมขนย้ายกำลังเดินทาง."""
import requests

API_KEY = "@@key@@"
API_SECRET = "@@secret@@"
SENDER = "SKMoving"


def send(phone: str, text: str) -> dict:
    resp = requests.post(
        "https://api-v2.thaibulksms.com/sms",
        auth=(API_KEY, API_SECRET),
        data={"msisdn": phone, "message": text, "sender": SENDER},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
''', fakes.drawn_mixed(_seed(), 32), key=fakes.drawn_mixed(_seed(), 22))

add("java/twilio-auth-token", "quote-service/src/main/java/th/co/skm/quote/sms/TwilioSender.java", "https://www.twilio.com/docs/libraries/reference/twilio-java", """
package th.co.skm.quote.sms;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** SMS ให้ลูกค้าต่างชาติ (ย้ายบ้านกลับประเทศ) ผ่าน Twilio. */
public final class TwilioSender {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public static String send(String to, String body) {
        return Message.creator(new PhoneNumber(to), new PhoneNumber("+6623001234"), body).create().getSid();
    }
}
""", hexs(32), sid=twilio_sid())

# ---------------------------------------------------------------- apps: driver, customer, crew

add("kotlin/google-maps-api-key", "driver-app/app/src/main/java/th/co/skm/driver/net/Directions.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", """
package th.co.skm.driver.net

import okhttp3.OkHttpClient
import okhttp3.Request

// แอปคนขับ: ขอเส้นทางจาก Directions API (ฝั่ง server key ชั่วคราว)
object Directions {
    private const val KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun route(origin: String, dest: String): String {
        val url = "https://maps.googleapis.com/maps/api/directions/json" +
            "?origin=$origin&destination=$dest&language=th&avoid=tolls&key=$KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
""", gmaps_key())

add("kotlin/decoy-build-config-reference", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "th.co.skm.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "th.co.skm.driver"
        minSdk = 26
        versionCode = 412
        versionName = "4.1.2"
        // ค่าจริงมาจาก local.properties / CI secrets
        buildConfigField("String", "TRACKER_API_KEY", "\\"${project.findProperty("trackerApiKey") ?: ""}\\"")
        manifestPlaceholders["MAPS_API_KEY"] = project.findProperty("mapsApiKey") ?: ""
    }
}
""")

add("properties/gps-tracker-api-key", "driver-app/local.properties", "https://developer.android.com/build#properties-files", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/prasert/Library/Android/sdk
# mapsApiKey: CI injects it; ask IT for a debug key if you need maps locally
trackerApiKey=@@secret@@
""", fakes.drawn_mixed(_seed(), 40))

add("xml/decoy-maps-key-placeholder", "driver-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config#step_3_add_your_api_key_to_the_project", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.FOREGROUND_SERVICE_LOCATION" />
    <application android:label="SKM คนขับ" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <service android:name=".tracking.TrackingService" android:foregroundServiceType="location" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("swift/omise-secret-key", "customer-ios/SKMMove/Payments/DepositService.swift", "https://docs.opn.ooo/charges-api", """
import Foundation

// ชั่วคราว: สร้าง charge จากแอปตรงๆ จนกว่า backend จะพร้อม
enum DepositService {
    static let secretKey = "@@secret@@"

    static func charge(amountSatang: Int, token: String) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.omise.co/charges")!)
        req.httpMethod = "POST"
        let basic = Data("\\(secretKey):".utf8).base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountSatang)&currency=thb&card=\\(token)".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", omise_skey())

add("plist/decoy-client-ids", "customer-ios/SKMMove/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@num@@-@@cid@@.apps.googleusercontent.com</string>
	<key>API_KEY</key>
	<string>@@fb@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>BUNDLE_ID</key>
	<string>th.co.skm.customer</string>
	<key>PROJECT_ID</key>
	<string>skm-customer-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@num@@:ios:@@app@@</string>
</dict>
</plist>
""", num=fakes.drawn(_seed(), 12, "0123456789"), cid=fakes.drawn(_seed(), 32, LOWALNUM), fb=gmaps_key(), app=hexs(22))

add("rust/lalamove-api-secret", "partner-gateway/src/lalamove.rs", "https://developers.lalamove.com/#authentication", """
use hmac::{Hmac, Mac};
use sha2::Sha256;

// เกตเวย์ส่งงานชิ้นเล็กให้ Lalamove
const API_KEY: &str = "pk_prod_@@key@@";
const API_SECRET: &str = "@@secret@@";

pub fn signature(ts: u128, method: &str, path: &str, body: &str) -> String {
    let raw = format!("{ts}\\r\\n{method}\\r\\n{path}\\r\\n\\r\\n{body}");
    let mut mac = Hmac::<Sha256>::new_from_slice(API_SECRET.as_bytes()).unwrap();
    mac.update(raw.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

pub fn auth_header(ts: u128, sig: &str) -> String {
    format!("hmac {API_KEY}:{ts}:{sig}")
}
""", "sk_prod_" + hexs(32), key=hexs(32))

add("go/line-channel-access-token", "tracker/internal/notify/line.go", "https://github.com/line/line-bot-sdk-go", """
package notify

import (
	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"
)

// แจ้งลูกค้าเมื่อรถถึงจุดรับของ (geofence)
var channelToken = "@@secret@@"

func Arrived(userID, plate string) error {
	bot, err := messaging_api.NewMessagingApiAPI(channelToken)
	if err != nil {
		return err
	}
	_, err = bot.PushMessage(&messaging_api.PushMessageRequest{
		To:       userID,
		Messages: []messaging_api.MessageInterface{messaging_api.TextMessage{Text: "รถขนย้ายทะเบียน " + plate + " ถึงหน้าบ้านแล้วค่ะ"}},
	}, "")
	return err
}
""", line_channel_token())

add("go/decoy-test-fixture", "tracker/internal/notify/line_test.go", "https://pkg.go.dev/testing", """
package notify

import "testing"

const testChannelSecret = "00000000000000000000000000000000"

func TestSignatureRejectsTampered(t *testing.T) {
	body := []byte(`{"events":[]}`)
	sig := sign(testChannelSecret, body)
	if verify(testChannelSecret, append(body, ' '), sig) {
		t.Fatal("tampered body must not verify")
	}
}
""")

add("typescript/firebase-service-account", "customer-web/scripts/push-admin.ts", "https://firebase.google.com/docs/admin/setup", """
import { cert, initializeApp } from "firebase-admin/app";
import { getMessaging } from "firebase-admin/messaging";

// ส่ง push แจ้งเตือนลูกค้า (แอป SKM Move)
initializeApp({
  credential: cert({
    projectId: "skm-customer-app",
    clientEmail: "firebase-adminsdk-k2x9@skm-customer-app.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

export async function notifyCrewOnTheWay(token: string, bookingRef: string) {
  await getMessaging().send({ token, notification: { title: "ทีมขนย้ายกำลังเดินทาง", body: bookingRef } });
}
""", fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE"))

add("json/gcp-service-account", "infra/gcp/skm-routing-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "skm-routing",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "route-batch@skm-routing.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40), cid=fakes.drawn(_seed(), 21, "0123456789"))

# ---------------------------------------------------------------- docs, runbooks, handover notes

add("markdown/ssh-private-key", "docs/it/handover-2024-04-prasert.md", "https://www.openssh.com/manual.html", """
# ส่งมอบงาน IT (ประเสริฐ ลาออก 30 เม.ย. 2567)

## เซิร์ฟเวอร์
- `depot-bangna-01` (Ubuntu 22.04) ระบบ self-storage + backup กล้อง
- `dispatch-01` บน AWS (ap-southeast-1)

## คีย์ deploy (ใช้กับ GitHub Actions และ ssh เข้าเครื่องคลัง)

```
@@secret@@
```

## อื่นๆ
- domain siamkhonyai.co.th ต่ออายุที่ THNIC ทุกเดือนมีนาคม
- ใบรับรอง SSL ใช้ Let's Encrypt ต่ออายุอัตโนมัติ
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/omise-secret-key", "docs/runbooks/refund-deposit.md", "https://docs.opn.ooo/refunds-api", """
# คืนเงินมัดจำ (ลูกค้ายกเลิกก่อน 72 ชม.)

1. หา charge id จากหน้า booking (`chrg_...`)
2. ตรวจว่าลูกค้ายกเลิกก่อนวันขนย้ายอย่างน้อย 72 ชั่วโมง
3. สั่งคืนเงินด้วย curl:

```bash
curl https://api.omise.co/charges/chrg_xxxxxxxx/refunds \\
  -u @@secret@@: \\
  -d amount=450000
```

4. บันทึกเลขที่ refund ในช่องหมายเหตุของ booking
5. แจ้งลูกค้าทาง LINE ว่าเงินจะเข้าบัตรภายใน 7-14 วันทำการ
""", omise_skey())

add("markdown/decoy-placeholder", "docs/runbooks/refund-deposit-v2.md", "https://docs.opn.ooo/refunds-api", """
# Refunding a deposit (v2, via the back office)

Refunds now go through the back office: Booking -> Payments -> Refund. Nobody needs the key.

If the back office is down, an admin can still use the API:

```bash
curl https://api.omise.co/charges/$CHARGE_ID/refunds \\
  -u "$OMISE_SECRET_KEY:" \\
  -d amount=$AMOUNT_SATANG
```

`OMISE_SECRET_KEY` is in 1Password under "Omise live (finance)".
""")

add("markdown/wifi-password", "docs/depots/chiangmai-onboarding.md", "https://www.ui.com/", """
# สาขาเชียงใหม่: คู่มือพนักงานใหม่

- ที่อยู่: 88/8 ถ.ซุปเปอร์ไฮเวย์ ต.ฟ้าฮ่าม อ.เมือง เชียงใหม่ 50000
- เวลาทำงาน: 07:00-17:00 (วันอาทิตย์รับงานเฉพาะนัดล่วงหน้า)
- Wi-Fi พนักงาน: `SKM-CNX` รหัส `@@secret@@`
- Wi-Fi ลูกค้า: `SKM-Guest` (ไม่มีรหัส มีหน้ายอมรับเงื่อนไข)
- เครื่องพิมพ์ใบรับของ: Epson ที่เคาน์เตอร์ 192.168.70.30

## ความปลอดภัย
ห้ามให้ลูกค้าเข้าโซนเก็บของโดยไม่มีพนักงานเดินไปด้วย
""", words_pw())

add("markdown/decoy-documentation-example", "docs/dev/line-webhook-signature.md", "https://developers.line.biz/en/reference/messaging-api/#signature-validation", """
# Verifying LINE webhook signatures

LINE signs each webhook body with HMAC-SHA256 keyed by the channel secret and sends the base64
digest in `X-Line-Signature`.

```python
digest = hmac.new(channel_secret.encode(), body, hashlib.sha256).digest()
assert base64.b64encode(digest).decode() == request.headers["X-Line-Signature"]
```

Example from the LINE docs (not our channel):

| field | value |
|---|---|
| channel secret | `your_channel_secret` |
| X-Line-Signature | `@@sig@@` |
""", sig=b64(hexs(32))[:43] + "=")

add("markdown/smtp-password", "docs/it/email-accounts.md", "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", """
# บัญชีอีเมลระบบ (ไม่ใช่ของพนักงาน)

| บัญชี | ใช้ทำอะไร | SMTP |
|---|---|---|
| billing@siamkhonyai.co.th | ส่งใบแจ้งหนี้ | smtp.office365.com:587 |
| quotes@siamkhonyai.co.th | ส่งใบเสนอราคา | smtp.gmail.com:587 (app password) |
| scanner@siamkhonyai.co.th | เครื่องสแกน/ถ่ายเอกสารที่คลังบางนา | smtp.office365.com:587 |

เครื่องสแกนที่คลังบางนาใช้รหัสผ่าน: @@secret@@
(ถ้าเปลี่ยน ต้องเข้าไปแก้ที่หน้าเว็บเครื่อง 192.168.50.31 ด้วย)

รหัสผ่านบัญชีอื่นอยู่ใน 1Password vault "IT-Systems"
""", words_pw())

add("notebook/postgres-password", "analytics/notebooks/moves_by_district.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# งานขนย้ายแยกตามเขต (2566)\\n", "ดูว่าลูกค้าย้ายออกจากเขตไหนมากที่สุด"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@db-bkk-01.internal:5432/booking')\\n",
    "df = pd.read_sql('SELECT origin_district, count(*) AS n FROM booking GROUP BY 1 ORDER BY 2 DESC', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.head(10)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-env-reference", "analytics/notebooks/fuel_cost_per_km.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(os.environ['ANALYTICS_DB_URL'])\\n",
    "fuel = pd.read_sql('SELECT plate, litres, km FROM fuel_log', engine)\\n",
    "fuel['baht_per_km'] = fuel.litres * 32.94 / fuel.km"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/google-maps-api-key", "analytics/notebooks/geocode_customers.ipynb", "https://github.com/googlemaps/google-maps-services-python", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\\n",
    "# แปลงที่อยู่ลูกค้าเป็นพิกัด เพื่อดู heatmap\\n",
    "customers['latlng'] = customers.address.map(lambda a: gmaps.geocode(a, language='th')[0]['geometry']['location'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", gmaps_key())

add("shell/mysql-password", "ops/backup/crm_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# สำรองฐานข้อมูล CRM ทุกคืน เก็บ 14 วัน
set -euo pipefail
OUT=/srv/backup/crm/skm_crm-$(date +%F).sql.gz
mysqldump -h 192.168.10.21 -u backup -p'@@secret@@' --single-transaction skm_crm | gzip > "$OUT"
find /srv/backup/crm -name '*.sql.gz' -mtime +14 -delete
/opt/skm/notify_backup.sh "crm ok $(du -h "$OUT" | cut -f1)"
""", words_pw())

add("shell/decoy-env-reference", "ops/backup/storage_dump.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
#!/bin/bash
# สำรองฐานข้อมูล self-storage (รหัสผ่านอยู่ใน ~/.pgpass ของ user backup)
set -euo pipefail
OUT=/srv/backup/storage/storage-$(date +%F).dump
pg_dump -h db-bkk-02.internal -U backup -Fc storage -f "$OUT"
find /srv/backup/storage -name '*.dump' -mtime +14 -delete
""")

add("powershell/sqlserver-password", "ops/windows/Export-StorageInvoices.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# ส่งออกใบแจ้งหนี้ค่าเช่าห้องเก็บของประจำเดือน ให้ฝ่ายบัญชี
param([string]$Month = (Get-Date -Format 'yyyy-MM'))

$query = "SELECT InvoiceNo, CustomerName, Unit, AmountThb FROM dbo.Invoices WHERE Month = '$Month'"
Invoke-Sqlcmd -ServerInstance 'sql-wh-01.skm.local' -Database 'SelfStorage' `
    -Username 'report_ro' -Password '@@secret@@' -Query $query |
    Export-Csv -Path "\\\\fs01\\accounting\\storage-invoices-$Month.csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("powershell/decoy-credential-prompt", "ops/windows/Reset-DepotPcPassword.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# รีเซ็ตรหัสผ่าน local admin ของเครื่องหน้าคลัง (ถามรหัสใหม่ทุกครั้ง ไม่เก็บในไฟล์)
param([Parameter(Mandatory)][string]$Computer)

$new = Read-Host -AsSecureString -Prompt "New password for skm-localadmin on $Computer"
$cred = Get-Credential -Message "Domain admin"
Invoke-Command -ComputerName $Computer -Credential $cred -ScriptBlock {
    param($pw)
    Set-LocalUser -Name 'skm-localadmin' -Password $pw
} -ArgumentList $new
""")

# ---------------------------------------------------------------- decoys of the trade

add("python/decoy-test-fixture", "quotes/tests/test_omise_client.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", '''
import pytest

from quotes.payments import omise_client

FAKE_SECRET = "skey_test_0000000000000000000"


@pytest.fixture(autouse=True)
def fake_omise(monkeypatch):
    monkeypatch.setattr(omise_client.omise, "api_secret", FAKE_SECRET)
    monkeypatch.setattr(omise_client.omise.Charge, "create", lambda **kw: kw)


def test_deposit_is_thirty_percent(booking_factory):
    booking = booking_factory(quote_thb=15000)
    charge = omise_client.charge_deposit(booking, "tokn_test_dummy")
    assert charge["amount"] == 450000
    assert charge["currency"] == "thb"
''')

add("python/decoy-regex", "quotes/validation/thai_ids.py", "https://docs.python.org/3/library/re.html", r'''
"""ตรวจรูปแบบเลขต่างๆ ในฟอร์มจองขนย้าย."""
import re

PHONE = re.compile(r"^0[689]\d{8}$")
TAX_ID = re.compile(r"^\d{13}$")
PLATE = re.compile(r"^\d{0,2}[ก-ฮ]{1,2}[- ]?\d{1,4}$")
OMISE_TOKEN = re.compile(r"^tokn_(test_)?[0-9a-z]{19}$")
OMISE_SECRET = re.compile(r"^skey_(test_)?[0-9a-z]{19}$")  # reject if someone pastes a key in the form


def tax_id_ok(value: str) -> bool:
    if not TAX_ID.match(value):
        return False
    total = sum(int(d) * (13 - i) for i, d in enumerate(value[:12]))
    return (11 - total % 11) % 10 == int(value[12])
''')

add("json/decoy-booking-ids", "booking-web/fixtures/bookings.json", "https://docs.djangoproject.com/en/5.0/howto/initial-data/", """
[
  {
    "model": "booking.booking",
    "pk": "@@u1@@",
    "fields": {
      "ref": "SKM-240601-001",
      "customer_name": "คุณวิภา สุขใจ",
      "origin": "คอนโดลุมพินี พระราม 9",
      "destination": "บ้านเดี่ยว บางนา-ตราด กม.12",
      "truck": "6w",
      "quote_thb": 8900,
      "omise_charge": "chrg_test_@@ch@@",
      "line_user_id": "U@@lu@@"
    }
  },
  {
    "model": "booking.booking",
    "pk": "@@u2@@",
    "fields": {
      "ref": "SKM-240601-002",
      "customer_name": "บริษัท ไทยเทรด จำกัด",
      "origin": "อาคารสาทรสแควร์ ชั้น 21",
      "destination": "อาคารเอ็มไพร์ ชั้น 33",
      "truck": "10w",
      "quote_thb": 42000,
      "omise_charge": null,
      "line_user_id": null
    }
  }
]
""", u1=uuid_s(), u2=uuid_s(), ch=fakes.drawn(_seed(), 19, LOWALNUM), lu=hexs(32))

add("yaml/decoy-sops-encrypted", "deploy/secrets/line-bot.enc.yaml", "https://github.com/getsops/sops", """
line:
    channel_secret: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    channel_access_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-southeast-1:481516234200:key/@@kms@@
          created_at: "2024-05-14T03:11:52Z"
          enc: @@ek@@
          aws_profile: ""
    lastmodified: "2024-05-14T03:11:53Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64(hexs(24)), iv1=b64(hexs(16)), t1=b64(hexs(11))[:22] + "==", d2=b64(hexs(96)), iv2=b64(hexs(16)),
    t2=b64(hexs(11))[:22] + "==", kms=uuid_s(), ek=fakes.drawn(_seed(), 180, ALNUM + "+/") + "==",
    mac=b64(hexs(48)), iv3=b64(hexs(16)), t3=b64(hexs(11))[:22] + "==")

add("env/decoy-empty-values", "dispatch/.env.template", "https://12factor.net/config", """
# dispatch service: fill in locally, real values come from the secret manager
DATABASE_URL=postgresql://dispatch_app:CHANGE_ME@localhost:5432/dispatch
REDIS_URL=redis://localhost:6379/2
LINE_NOTIFY_TOKEN=
GPS_API_KEY=
TZ=Asia/Bangkok
SHIFT_START=06:00
""")

add("python/decoy-secret-manager", "dispatch/settings.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", '''
import os

from google.cloud import secretmanager

_client = secretmanager.SecretManagerServiceClient()
PROJECT = os.environ.get("GCP_PROJECT", "skm-dispatch")


def secret(name: str, version: str = "latest") -> str:
    path = f"projects/{PROJECT}/secrets/{name}/versions/{version}"
    return _client.access_secret_version(name=path).payload.data.decode()


DATABASE_URL = secret("dispatch-database-url")
LINE_NOTIFY_TOKEN = secret("line-notify-ops")
GPS_API_KEY = secret("gps-fleet-api-key")
''')

add("yaml/decoy-recaptcha-site-key", "booking-web/config/forms.yml", "https://developers.google.com/recaptcha/docs/display", """
# ฟอร์มขอใบเสนอราคา
quote_form:
  fields: [name, phone, origin, destination, move_date, floors, has_lift, piano]
  max_photos: 10
  recaptcha:
    site_key: "6L@@sk@@"
    secret_key: ${RECAPTCHA_SECRET_KEY}
    min_score: 0.5
  notify_line_group: dispatch
""", sk=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("typescript/decoy-public-config", "booking-app/src/config.ts", "https://firebase.google.com/docs/projects/api-keys", """
// ค่าพวกนี้เป็น public (ฝังในแอปฝั่ง browser อยู่แล้ว)
export const config = {
  omisePublicKey: "@@pk@@",
  liffId: "1657384291-@@liff@@",
  gaMeasurementId: "G-@@ga@@",
  mapsBrowserKeyEnv: "VITE_MAPS_BROWSER_KEY",
  apiBase: "https://api.siamkhonyai.co.th/v1",
  supportPhone: "02-300-1234",
};
""", pk=omise_pkey(), liff=fakes.drawn(_seed(), 8), ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("csv/decoy-fleet-register", "exports/fleet_register_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
plate,province,type,vin,gps_imei,insurance_policy,next_inspection
70-1234,กรุงเทพมหานคร,6 ล้อ,MPATFS86JMT@@v1@@,86@@i1@@,TH-INS-@@p1@@,2024-11-30
70-5678,กรุงเทพมหานคร,6 ล้อ,MPATFS86JMT@@v2@@,86@@i2@@,TH-INS-@@p2@@,2025-01-15
71-0042,เชียงใหม่,4 ล้อ,MR0BA3CD2P0@@v3@@,86@@i3@@,TH-INS-@@p3@@,2024-09-01
72-9001,กรุงเทพมหานคร,10 ล้อ,JALFVR34LN7@@v4@@,86@@i4@@,TH-INS-@@p4@@,2025-03-20
""", v1=fakes.drawn(_seed(), 6, "0123456789"), v2=fakes.drawn(_seed(), 6, "0123456789"),
    v3=fakes.drawn(_seed(), 6, "0123456789"), v4=fakes.drawn(_seed(), 6, "0123456789"),
    i1=fakes.drawn(_seed(), 13, "0123456789"), i2=fakes.drawn(_seed(), 13, "0123456789"),
    i3=fakes.drawn(_seed(), 13, "0123456789"), i4=fakes.drawn(_seed(), 13, "0123456789"),
    p1=fakes.drawn(_seed(), 10, "0123456789"), p2=fakes.drawn(_seed(), 10, "0123456789"),
    p3=fakes.drawn(_seed(), 10, "0123456789"), p4=fakes.drawn(_seed(), 10, "0123456789"))

add("sql/decoy-schema", "db/migrations/0007_payment_tables.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- ตารางการชำระเงิน: เก็บเฉพาะ id ของ gateway ไม่เก็บเลขบัตร
CREATE TABLE payment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    booking_id      uuid NOT NULL REFERENCES booking(id),
    gateway         text NOT NULL CHECK (gateway IN ('omise', '2c2p', 'promptpay')),
    gateway_ref     text NOT NULL,          -- chrg_..., invoice no, or QR ref
    amount_satang   integer NOT NULL,
    api_key_name    text NOT NULL DEFAULT 'OMISE_SECRET_KEY',  -- which env var signed it
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_booking_idx ON payment (booking_id);
""")

add("log/decoy-request-ids", "logs/line-bot-2024-06-05.log", "https://developers.line.biz/en/reference/messaging-api/#response-headers", """
2024-06-05T08:01:12+07:00 INFO webhook event=message user=U@@u1@@ text="ขอราคาย้ายคอนโด"
2024-06-05T08:01:12+07:00 INFO reply x-line-request-id=@@r1@@ status=200
2024-06-05T08:03:40+07:00 INFO webhook event=postback user=U@@u1@@ data="truck=4w"
2024-06-05T08:03:41+07:00 INFO reply x-line-request-id=@@r2@@ status=200
2024-06-05T08:10:05+07:00 INFO signature ok sha256=@@h@@
2024-06-05T08:10:06+07:00 INFO push quote booking=SKM-240605-011 retry_key=@@r3@@
""", u1=hexs(32), r1=uuid_s(), r2=uuid_s(), h=b64(hexs(32))[:43] + "=", r3=uuid_s())

add("markdown/decoy-rotated-note", "docs/security/incident-2024-02-line-token.md", "https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/", """
# เหตุการณ์: LINE channel access token หลุดใน repo (ก.พ. 2567)

- 12 ก.พ. พบว่า token อยู่ใน `line-bot/src/client.ts` ที่ push ขึ้น GitHub (repo private)
- 12 ก.พ. 14:20 revoke token เดิมใน LINE Developers Console แล้ว
- 12 ก.พ. 14:35 ออก token ใหม่ เก็บใน Secret Manager (`line-channel-token`)
- token เดิมขึ้นต้นด้วย `@@prefix@@...` (ตัดทอน ใช้อ้างอิงใน log เท่านั้น)

## สิ่งที่ต้องทำต่อ
- เพิ่ม secret scanning ใน pre-commit
- อบรมทีมเรื่องการเก็บ key
""", prefix=fakes.drawn(_seed(), 6))

add("ini/decoy-keyring-reference", "ops/tools/skmctl.cfg", "https://pypi.org/project/keyring/", """
[api]
base_url = https://api.siamkhonyai.co.th/v1
timeout = 20
# token อยู่ใน keyring ของเครื่อง (service=skmctl, user=ops)
token_source = keyring:skmctl/ops

[output]
format = table
timezone = Asia/Bangkok
""")

add("go/decoy-env-reference", "tracker/cmd/tracker/main.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"

	"skm/tracker/internal/ingest"
)

func main() {
	key := os.Getenv("GPS_API_KEY")
	if key == "" {
		log.Fatal("GPS_API_KEY is not set (ดูค่าใน Secret Manager)")
	}
	if err := ingest.Run(os.Getenv("GPS_API_URL"), key); err != nil {
		log.Fatal(err)
	}
}
""")

add("java/decoy-spring-placeholder", "quote-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://db-bkk-01.internal:5432/quotes
spring.datasource.username=quote_svc
spring.datasource.password=${QUOTE_DB_PASSWORD}
spring.mail.host=smtp.gmail.com
spring.mail.username=quotes@siamkhonyai.co.th
spring.mail.password=${QUOTE_MAIL_APP_PASSWORD}
twilio.account-sid=${TWILIO_ACCOUNT_SID}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
""")

# ---------------------------------------------------------------- vendors and integrations

add("python/openai-api-key", "survey-app/estimate/volume_from_photos.py", "https://platform.openai.com/docs/api-reference/authentication", '''
"""ประเมินปริมาตรของจากรูปถ่ายห้อง (ช่วยทีมสำรวจ)."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = ("List the furniture in this room photo and estimate the total volume in cubic metres "
          "for a removal quote. Answer as JSON: {items: [{name, qty, m3}], total_m3}.")


def estimate(photo_url: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": [{"type": "text", "text": PROMPT},
                                                {"type": "image_url", "image_url": {"url": photo_url}}]}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/accounting-client-secret", "accounting/flowaccount/sync_invoices.py", "https://developers.flowaccount.com/", '''
"""ส่งใบกำกับภาษีจากระบบจองไป FlowAccount ทุกคืน."""
import requests

TOKEN_URL = "https://openapi.flowaccount.com/v1/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "flowaccount-api",
    }, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]
''', fakes.drawn_mixed(_seed(), 40), cid=uuid_s())

add("yaml/bank-api-secret", "accounting/config/bank-api.yaml", "https://developer.scb/#/documents/documentation/basics/authentication.html", """
# API ธนาคาร: ตรวจสอบการโอนเงินพร้อมเพย์ของลูกค้าอัตโนมัติ
bank:
  base_url: https://api-sandbox.partners.scb/partners/v1
  application_name: skm-payment-check
  api_key: @@key@@
  api_secret: @@secret@@
  biller_id: "@@biller@@"
  callback_url: https://api.siamkhonyai.co.th/v1/bank/callback
""", fakes.drawn_mixed(_seed(), 32), key="l7" + fakes.drawn(_seed(), 30, LOWALNUM), biller=fakes.drawn(_seed(), 15, "0123456789"))

add("python/courier-api-key", "dispatch/partners/kerry.py", "https://th.kerryexpress.com/en/", '''
"""ส่งกล่องชิ้นเล็ก (ลูกค้าย้ายต่างจังหวัด) ผ่าน Kerry Express."""
import requests

KERRY_API = "https://exch.th.kerryexpress.com/ediwebapi/SmartEDI/shipment_info"
HEADERS = {
    "app_id": "SKM_MOVING",
    "app_key": "@@secret@@",
    "Content-Type": "application/json",
}


def create_shipment(req: dict) -> dict:
    resp = requests.post(KERRY_API, json={"req": {"shipment": req}}, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()
''', fakes.drawn_mixed(_seed(), 32))

add("python/mqtt-password", "depot/iot/door_sensors.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''
"""เซนเซอร์ประตูห้องเก็บของ self-storage ส่งสถานะผ่าน MQTT."""
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.skm.local"


def on_message(client, userdata, msg):
    event = json.loads(msg.payload)
    if event["state"] == "open" and not event.get("authorised"):
        print("ALERT ประตูเปิดโดยไม่ได้รับอนุญาต", event["unit"])


client = mqtt.Client(client_id="storage-monitor")
client.username_pw_set("storage-monitor", "@@secret@@")
client.on_message = on_message
client.connect(BROKER, 1883)
client.subscribe("skm/bangna/doors/#")
client.loop_forever()
''', rand_pw(16))

add("shell/mqtt-password", "depot/iot/test_door.sh", "https://mosquitto.org/man/mosquitto_pub-1.html", """
#!/bin/sh
# ทดสอบเซนเซอร์ประตูห้อง B-114 (ส่ง event ปลอม)
UNIT=${1:-B-114}
mosquitto_pub -h mqtt.skm.local -p 1883 \\
  -u door-sensor -P '@@secret@@' \\
  -t "skm/bangna/doors/${UNIT}" \\
  -m "{\\"unit\\": \\"${UNIT}\\", \\"state\\": \\"open\\", \\"authorised\\": true}"
""", rand_pw(14))

add("python/mailgun-api-key", "notifications/email/mailgun_storage_reminder.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", '''
import requests

DOMAIN = "mg.siamkhonyai.co.th"
MAILGUN_KEY = "@@secret@@"


def remind_rent_due(to: str, unit: str, due: str, amount: int) -> None:
    """เตือนลูกค้าเช่าห้องเก็บของ ก่อนครบกำหนดชำระ 5 วัน."""
    requests.post(
        f"https://api.mailgun.net/v3/{DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Storage <storage@siamkhonyai.co.th>", "to": to,
              "subject": f"แจ้งเตือนค่าเช่าห้อง {unit}",
              "text": f"ค่าเช่าห้อง {unit} จำนวน {amount:,} บาท ครบกำหนด {due}"},
        timeout=15,
    )
''', mailgun_key())

add("csharp/azure-client-secret", "Warehouse.Api/Services/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-net-client-assertions", """
using Azure.Identity;
using Microsoft.Graph;

namespace Warehouse.Api.Services;

// ส่งอีเมลยืนยันการรับของเข้าคลังผ่าน Microsoft Graph
public class GraphMailer
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public GraphServiceClient Client { get; } = new(
        new ClientSecretCredential(TenantId, ClientId, ClientSecret),
        new[] { "https://graph.microsoft.com/.default" });
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

# mirror ไป GitLab ของผู้รับเหมาที่ดูแลแอปคนขับ
mirror:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror "https://oauth2:@@secret@@@gitlab.com/skm-contractor/driver-app.git"
  only: [main]
""", gitlab_token())

add("json/npm-token", "customer-web/.npmrc.json", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
{
  "registry": "https://registry.npmjs.org/",
  "@skm:registry": "https://registry.npmjs.org/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "save-exact": true
}
""", npm_token())

add("ini/npm-token", "booking-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
# แพ็กเกจ @skm/ui (ปุ่ม/ฟอร์มจอง) อยู่ใน npm org แบบ private
@skm:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-env-reference", "customer-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
@skm:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

add("typescript/stripe-secret-key", "customer-web/server/intlPayments.ts", "https://docs.stripe.com/keys", """
import Stripe from "stripe";

// ลูกค้าต่างชาติ (ย้ายกลับประเทศ) จ่ายเป็น USD/EUR ผ่าน Stripe
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-04-10" });

export async function createDepositIntent(amountUsdCents: number, bookingRef: string) {
  return stripe.paymentIntents.create({
    amount: amountUsdCents,
    currency: "usd",
    metadata: { bookingRef },
    description: `International move deposit ${bookingRef}`,
  });
}
""", stripe_key())

add("typescript/decoy-publishable-key-stripe", "customer-web/src/intl/checkout.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser
export const stripePromise = loadStripe("@@pk@@");

export async function confirm(clientSecretFromServer: string, card: any) {
  const stripe = await stripePromise;
  return stripe!.confirmCardPayment(clientSecretFromServer, { payment_method: { card } });
}
""", pk=stripe_key("pk_live_"))

add("shell/discord-webhook-url", "ops/monitoring/disk_alert.sh", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
#!/bin/bash
# เตือนเมื่อดิสก์ NVR ใกล้เต็ม (กล้องคลังบางนา)
USAGE=$(df --output=pcent /srv/nvr | tail -1 | tr -dc '0-9')
if [ "$USAGE" -gt 90 ]; then
  curl -s -H "Content-Type: application/json" \\
    -d "{\\"content\\": \\"ดิสก์ NVR บางนาใช้ไป ${USAGE}% แล้ว\\"}" \\
    "@@secret@@"
fi
""", discord_webhook())

add("python/aws-secret-key", "analytics/jobs/export_to_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""ส่งออกรายงานยอดงานรายเดือนเป็น parquet ขึ้น S3 ให้ผู้ถือหุ้น."""
import boto3
import pandas as pd

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def export(df: pd.DataFrame, month: str) -> None:
    path = f"/tmp/moves-{month}.parquet"
    df.to_parquet(path)
    s3.upload_file(path, "skm-board-reports", f"moves/{month}.parquet")
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-southeast-1

[profile backup]
role_arn = arn:aws:iam::481516234200:role/skm-backup-writer
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- more carriers and forms

_SPLIT = words_pw()
add("python/postgres-password-split", "legacy/scripts/fix_duplicate_customers.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", '''
"""รวมลูกค้าซ้ำ (เบอร์โทรเดียวกัน) ในระบบ booking - รันครั้งเดียว."""
import psycopg2

conn = psycopg2.connect(
    host="db-bkk-01.internal",
    dbname="booking",
    user="maint",
    password="@@a@@"
             "@@b@@",
)

with conn, conn.cursor() as cur:
    cur.execute("""
        SELECT phone, array_agg(id ORDER BY created_at) FROM customer
        GROUP BY phone HAVING count(*) > 1
    """)
    for phone, ids in cur.fetchall():
        keep, *dupes = ids
        cur.execute("UPDATE booking SET customer_id = %s WHERE customer_id = ANY(%s)", (keep, dupes))
        cur.execute("DELETE FROM customer WHERE id = ANY(%s)", (dupes,))
''', _SPLIT, a=_SPLIT[:6], b=_SPLIT[6:])

_BASIC_USER = "skm-api"
_BASIC_PW = rand_pw(18)
add("http/basic-auth-password", "docs/api/insurance.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### ขอกรมธรรม์ประกันขนส่งรายเที่ยว (ประกันของลูกค้าระหว่างขนย้าย)
POST https://api.thaicargo-insure.co.th/v1/policies
Authorization: Basic @@enc@@
Content-Type: application/json

{
  "bookingRef": "SKM-240610-002",
  "declaredValueThb": 350000,
  "route": {"from": "กรุงเทพฯ", "to": "ภูเก็ต"},
  "truckPlate": "72-9001"
}
""", b64(f"{_BASIC_USER}:{_BASIC_PW}"), enc=b64(f"{_BASIC_USER}:{_BASIC_PW}"))

add("xml/ftp-password", "legacy/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.siamkhonyai.co.th</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>webmaster</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>เว็บบริษัท (ftp)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", b64(_FTP_PW := words_pw()), enc=b64(_FTP_PW))

add("xml/smtp-password", "legacy/invoice-service/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="InvoicePrefix" value="INV" />
    <add key="VatRate" value="0.07" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="billing@siamkhonyai.co.th" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="billing@siamkhonyai.co.th" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("php/line-notify-token", "wp-content/plugins/skm-quote-form/notify.php", "https://notify-bot.line.me/doc/en/", """
<?php
// ส่งคำขอใบเสนอราคาจากเว็บเข้ากลุ่มไลน์ฝ่ายขาย
function skm_notify_sales($name, $phone, $from, $to) {
    $token = '@@secret@@';
    $message = "ขอใบเสนอราคา: $name ($phone)\\nจาก $from ไป $to";
    wp_remote_post('https://notify-api.line.me/api/notify', [
        'headers' => ['Authorization' => 'Bearer ' . $token],
        'body'    => ['message' => $message],
        'timeout' => 10,
    ]);
}
add_action('skm_quote_submitted', 'skm_notify_sales', 10, 4);
""", line_notify())

add("ruby/sms-api-secret", "storage-portal/app/services/sms_reminder.rb", "https://developer.thaibulksms.com/reference/post_sms", """
require "net/http"

# เตือนลูกค้าเช่าห้องเก็บของทาง SMS
class SmsReminder
  ENDPOINT = URI("https://api-v2.thaibulksms.com/sms")
  API_KEY = "@@key@@"
  API_SECRET = "@@secret@@"

  def self.send(msisdn, text)
    req = Net::HTTP::Post.new(ENDPOINT)
    req.basic_auth(API_KEY, API_SECRET)
    req.set_form_data(msisdn: msisdn, message: text, sender: "SKMStorage")
    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", fakes.drawn_mixed(_seed(), 32), key=fakes.drawn_mixed(_seed(), 22))

add("ruby/decoy-credentials-reference", "storage-portal/config/initializers/omise.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# ค่า key อยู่ใน config/credentials.yml.enc (แก้ด้วย bin/rails credentials:edit)
Omise.public_api_key = Rails.application.credentials.dig(:omise, :public_key)
Omise.secret_api_key = Rails.application.credentials.dig(:omise, :secret_key)
Omise.api_version = "2019-05-29"
Omise.logger = Rails.logger
""")

add("ruby/decoy-encrypted-credentials", "storage-portal/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """
@@blob@@--@@iv@@--@@tag@@
""" + "\n" * 0 + "# (encrypted; RAILS_MASTER_KEY is in 1Password)\n# bin/rails credentials:edit\n# ห้ามแก้ไฟล์นี้ด้วยมือ\n# generated 2024-05-20\n", blob=fakes.drawn(_seed(), 300, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM) + "==", tag=fakes.drawn(_seed(), 22, ALNUM) + "==")

add("swift/decoy-keychain", "customer-ios/SKMMove/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// เก็บ session token ของลูกค้าใน Keychain (ไม่เก็บใน UserDefaults)
enum TokenStore {
    static let service = "th.co.skm.customer.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("kotlin/mqtt-password", "driver-app/app/src/main/java/th/co/skm/driver/tracking/TruckTelemetry.kt", "https://github.com/hivemq/hivemq-mqtt-client", """
package th.co.skm.driver.tracking

import com.hivemq.client.mqtt.mqtt3.Mqtt3Client

// ส่งพิกัด/ความเร็วรถจากมือถือคนขับ (สำรองกรณี GPS ในรถเสีย)
object TruckTelemetry {
    private val client = Mqtt3Client.builder()
        .identifier("driver-" + android.os.Build.SERIAL)
        .serverHost("mqtt.siamkhonyai.co.th")
        .serverPort(8883)
        .sslWithDefaultConfig()
        .simpleAuth().username("driver-app").password("@@secret@@".toByteArray()).applySimpleAuth()
        .buildBlocking()

    fun publish(plate: String, lat: Double, lng: Double) =
        client.publishWith().topic("skm/fleet/$plate").payload("$lat,$lng".toByteArray()).send()
}
""", rand_pw(20))

add("java/decoy-test-fixture", "quote-service/src/test/java/th/co/skm/quote/sms/TwilioSenderTest.java", "https://www.twilio.com/docs/iam/test-credentials", """
package th.co.skm.quote.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TwilioSenderTest {
    // Twilio's magic test number: always succeeds, no message is sent
    private static final String MAGIC_FROM = "+15005550006";
    private static final String DUMMY_TOKEN = "test-token-not-real";

    @Test
    void formatsThaiNumbers() {
        assertEquals("+66812345678", PhoneFormat.e164("081-234-5678"));
    }
}
""")

add("yaml/decoy-k8s-secret-ref", "k8s/dispatch/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch
  namespace: operations
spec:
  replicas: 2
  selector:
    matchLabels: {app: dispatch}
  template:
    metadata:
      labels: {app: dispatch}
    spec:
      containers:
        - name: dispatch
          image: registry.skm.local/dispatch:5.2.0
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: dispatch-redis, key: REDIS_PASSWORD}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: dispatch-db, key: DATABASE_URL}
""")

add("k8s-secret/postgres-password", "k8s/storage/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: storage-db
  namespace: storage
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", _PGPW := rand_pw(20), enc=b64(f"postgres://storage:{_PGPW}@db-bkk-02.internal:5432/storage"))

add("k8s-secret/docker-registry-password", "k8s/operations/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: operations
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _REGPW := rand_pw(24), enc=b64('{"auths":{"registry.skm.local":{"username":"ci-pull","password":"' + _REGPW + '","auth":"' + b64("ci-pull:" + _REGPW) + '"}}}'))

add("json/docker-registry-password", "ops/ci-runner/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.skm.local": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", b64("ci-push:" + rand_pw(24)))

add("json/decoy-docker-credstore", "ops/laptop-setup/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.skm.local": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
""")

# ---------------------------------------------------------------- Thai pages: manuals and notes

add("markdown/fuel-card-portal-password", "docs/ops/คู่มือบัตรน้ำมัน.md", "https://www.pttor.com/", """
# คู่มือบัตรเติมน้ำมันรถบริษัท (Fleet Card)

## การเติมน้ำมัน
1. เติมได้เฉพาะปั๊มที่รับบัตร Fleet Card
2. แจ้งเลขไมล์ให้พนักงานปั๊มทุกครั้ง
3. เก็บใบเสร็จส่งฝ่ายบัญชีภายในวันศุกร์

## ดูยอดการใช้บัตร (เว็บพอร์ทัล)
- เว็บ: https://fleetcard-portal.example.co.th
- ผู้ใช้: skm_fleet_admin
- รหัสผ่าน: @@secret@@

## บัตรหาย
โทรอายัดบัตรที่ 1365 ทันที แล้วแจ้งหัวหน้าฝ่ายปฏิบัติการ
""", words_pw())

add("markdown/decoy-thai-manual", "docs/ops/คู่มือพนักงานขนย้าย.md", "https://www.dlt.go.th/", """
# คู่มือพนักงานขนย้าย

## ก่อนออกจากคลัง
- ตรวจลมยาง น้ำมันเครื่อง และไฟเบรก
- นับผ้าห่มกันกระแทก (อย่างน้อย 20 ผืนต่อคัน) และสายรัด
- ตรวจรหัสงานในแอป เช่น `SKM-240612-007`

## ที่บ้านลูกค้า
- ถ่ายรูปของทุกชิ้นก่อนยก (แอปจะบันทึกเวลาและพิกัด)
- ห่อเฟอร์นิเจอร์ไม้ด้วยผ้าห่มก่อนพันฟิล์ม
- เปียโนต้องใช้คน 4 คนและแผ่นรองเลื่อน

## รหัสผ่านแอป
ใช้รหัสผ่านของตัวเองที่ได้จาก HR (ห้ามบอกต่อ ห้ามจดไว้ในรถ)
""")

add("markdown/gps-portal-password", "docs/ops/ระบบติดตามรถ.md", "https://www.dtc.co.th/", """
# ระบบติดตามรถ (GPS)

ฝ่ายจัดรถดูตำแหน่งรถทุกคันได้ที่เว็บผู้ให้บริการ GPS

| สาขา | ผู้ใช้ | รหัสผ่าน |
|---|---|---|
| บางนา | skm_bangna | @@secret@@ |
| รังสิต | skm_rangsit | ขอจากหัวหน้าสาขา |

- แจ้งเตือนความเร็วเกิน 90 กม./ชม. ส่งเข้าไลน์กลุ่ม "ความปลอดภัย"
- รถจอดเกิน 2 ชั่วโมงนอกคลัง ระบบจะแจ้งเตือนอัตโนมัติ
""", words_pw())

add("markdown/decoy-thai-faq", "site/content/faq.md", "https://gohugo.io/content-management/front-matter/", """
---
title: "คำถามที่พบบ่อย"
date: 2024-03-01
draft: false
---

**ต้องจองล่วงหน้ากี่วัน?** แนะนำอย่างน้อย 7 วัน ช่วงสิ้นเดือนควรจอง 14 วัน

**ชำระเงินอย่างไร?** มัดจำ 30% ผ่านบัตรเครดิตหรือพร้อมเพย์ (เลขที่ @@tax@@) ส่วนที่เหลือชำระวันขนย้าย

**มีประกันไหม?** ทุกงานมีประกันสินค้าระหว่างขนส่ง วงเงิน 100,000 บาท ซื้อเพิ่มได้

**ติดต่อ** LINE @skymove หรือโทร 02-300-1234
""", tax=thai_tax_id())

add("yaml/decoy-thai-i18n", "booking-app/src/i18n/th.yml", "https://vue-i18n.intlify.dev/guide/essentials/started.html", """
th:
  booking:
    title: จองรถขนย้าย
    password: รหัสผ่าน
    password_hint: อย่างน้อย 8 ตัวอักษร มีตัวเลขและตัวอักษร
    api_key_missing: ไม่พบ API key กรุณาติดต่อผู้ดูแลระบบ
    token_expired: เซสชันหมดอายุ กรุณาเข้าสู่ระบบใหม่
    secret_question: คำถามกันลืม
  payment:
    deposit: มัดจำ 30%
    promptpay: ชำระด้วยพร้อมเพย์
""")

add("markdown/ldap-bind-password", "docs/it/ระบบบัญชีผู้ใช้.md", "https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/", """
# ระบบบัญชีผู้ใช้ (Active Directory)

- โดเมน: skm.local (DC: dc01.skm.local, dc02.skm.local)
- บัญชีพนักงานใหม่สร้างโดย HR ผ่านฟอร์ม แล้ว IT อนุมัติ

## บัญชีบริการ (service account)

| บัญชี | ใช้กับ | รหัสผ่าน |
|---|---|---|
| svc-gitea | Gitea LDAP | อยู่ใน Vault |
| svc-scanner | เครื่องสแกนเอกสาร (scan to folder) | @@secret@@ |
| svc-backup | Veeam | อยู่ใน Vault |

ห้ามใช้บัญชีบริการ login เครื่องพนักงาน
""", words_pw())

add("log/decoy-thai-audit", "logs/storage-access-2024-06.log", "https://docs.python.org/3/library/logging.html", """
2024-06-01 08:02:11 เปิดประตูห้อง B-114 โดย การ์ด 0041 (ลูกค้า: คุณธนา) อนุญาต
2024-06-01 08:40:55 ปิดประตูห้อง B-114
2024-06-01 10:15:02 เปิดประตูห้อง C-020 โดย การ์ด 0107 (พนักงาน: สมศักดิ์) อนุญาต
2024-06-01 10:15:40 รหัส PIN ผิด ห้อง A-003 ครั้งที่ 1 (ไม่แสดงรหัส)
2024-06-01 10:16:02 รหัส PIN ผิด ห้อง A-003 ครั้งที่ 2 (ไม่แสดงรหัส)
2024-06-01 10:16:30 ล็อกห้อง A-003 ชั่วคราว 15 นาที event_id=@@e@@
""", e=uuid_s())

add("python/nvr-playback-password", "depot/nvr/export_clip.py", "https://www.hikvision.com/en/support/", '''
"""ตัดคลิปวิดีโอจากกล้อง เมื่อลูกค้าแจ้งของเสียหาย (ใช้เป็นหลักฐานเคลมประกัน)."""
import requests
from requests.auth import HTTPDigestAuth

NVR = "http://192.168.50.10"
# ผู้ใช้สำหรับดาวน์โหลดคลิป (สิทธิ์ playback อย่างเดียว)
AUTH = HTTPDigestAuth("playback", "@@secret@@")


def download(channel: int, start: str, end: str, out: str) -> None:
    url = f"{NVR}/ISAPI/ContentMgmt/download"
    body = f"<downloadRequest><playbackURI>rtsp://192.168.50.10/Streaming/tracks/{channel}01?starttime={start}&amp;endtime={end}</playbackURI></downloadRequest>"
    with requests.get(url, data=body, auth=AUTH, stream=True, timeout=120) as resp:
        resp.raise_for_status()
        with open(out, "wb") as fh:
            for chunk in resp.iter_content(1 << 16):
                fh.write(chunk)
''', words_pw())

add("csv/customer-portal-passwords", "exports/storage_customers_handover.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
unit,customer,phone,portal_user,portal_temp_password,gate_pin_rotates
B-114,ธนา วงศ์ใหญ่,@@p1@@,thana.w,@@secret@@,yes
B-115,บริษัท ไทยเทรด จำกัด,@@p2@@,thaitrade,(sent by SMS),yes
C-020,Mr. John Carter,@@p3@@,jcarter,(sent by SMS),yes
C-021,วิภา สุขใจ,@@p4@@,wipa.s,(sent by SMS),no
""", words_pw(), p1=phone(), p2=phone(), p3=phone(), p4=phone())

add("csv/decoy-rate-card", "exports/rate_card_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
service,unit,price_thb,notes
รถ 4 ล้อ,เที่ยว (ในกรุงเทพฯ),1500,รวมคนขับ 1 คน
รถ 6 ล้อ,เที่ยว (ในกรุงเทพฯ),3500,รวมคนขับ 1 คน
คนยกของ,คน/วัน,700,
ขนขึ้นชั้น (ไม่มีลิฟต์),ชั้น,300,ต่อชั้นตั้งแต่ชั้น 3
เปียโน,ชิ้น,4500,ต้องสำรวจก่อน
ห้องเก็บของ 3 ตร.ม.,เดือน,1800,
ห้องเก็บของ 9 ตร.ม.,เดือน,4200,
""")

# ---------------------------------------------------------------- services, timers, tooling

add("ini/postgres-password", "ops/systemd/skm-gps-ingest.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """
[Unit]
Description=SKM GPS ingest (ดึงพิกัดรถ)
After=network-online.target

[Service]
User=tracker
Environment=TZ=Asia/Bangkok
Environment=GPS_API_URL=https://api.gps-fleet.co.th/v2
Environment=PGPASSWORD=@@secret@@
ExecStart=/opt/skm/tracker --db host=tsdb-01.skm.local,user=tracker,dbname=fleet
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(18))

add("ini/decoy-credentials-file", "ops/systemd/skm-line-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH", """
[Unit]
Description=SKM LINE bot
After=network-online.target

[Service]
User=linebot
LoadCredential=line_secret:/etc/skm/credentials/line_channel_secret
LoadCredential=line_token:/etc/skm/credentials/line_channel_token
Environment=LINE_SECRET_FILE=%d/line_secret
ExecStart=/opt/skm/line-bot
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("shell/line-channel-access-token", "line-bot/scripts/set_rich_menu.sh", "https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu", """
#!/usr/bin/env bash
# ตั้ง rich menu เริ่มต้น (ปุ่ม: ขอราคา / ติดตามรถ / ติดต่อเรา)
set -euo pipefail
RICH_MENU_ID="$1"
TOKEN='@@secret@@'
curl -v -X POST "https://api.line.me/v2/bot/user/all/richmenu/${RICH_MENU_ID}" \\
  -H "Authorization: Bearer ${TOKEN}"
""", line_channel_token())

add("shell/decoy-env-reference-line", "line-bot/scripts/upload_rich_menu_image.sh", "https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image", """
#!/usr/bin/env bash
# อัปโหลดรูป rich menu (token มาจาก env ที่ CI ใส่ให้)
set -euo pipefail
: "${LINE_CHANNEL_ACCESS_TOKEN:?export it first}"
RICH_MENU_ID="$1"
curl -X POST "https://api-data.line.me/v2/bot/richmenu/${RICH_MENU_ID}/content" \\
  -H "Authorization: Bearer ${LINE_CHANNEL_ACCESS_TOKEN}" \\
  -H "Content-Type: image/png" \\
  -T ./assets/richmenu-th.png
""")

add("toml/github-token", "ops/tools/release-notes.toml", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
# เครื่องมือสร้าง release notes ภาษาไทยจาก PR
[github]
owner = "siamkhonyai"
repos = ["booking-web", "dispatch", "line-bot", "driver-app"]
token = "@@secret@@"

[output]
language = "th"
path = "docs/releases/"
""", fakes.github_fine_grained_token(_seed()))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """
version: 2
registries:
  npm-skm:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /booking-app
    registries: [npm-skm]
    schedule:
      interval: weekly
  - package-ecosystem: pip
    directory: /dispatch
    schedule:
      interval: weekly
""")

add("python/redis-password-url", "line-bot/session_store.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", '''
"""เก็บสถานะบทสนทนาขอใบเสนอราคาของลูกค้า (ขั้นตอน 1-5) ไว้ใน Redis 30 นาที."""
import json

import redis

r = redis.Redis.from_url("rediss://default:@@secret@@@skm-bot-cache.upstash.io:6379")
TTL = 30 * 60


def load(user_id: str) -> dict:
    raw = r.get(f"quote:{user_id}")
    return json.loads(raw) if raw else {"step": 1}


def save(user_id: str, state: dict) -> None:
    r.setex(f"quote:{user_id}", TTL, json.dumps(state, ensure_ascii=False))
''', fakes.redis_password(_seed()))

add("typescript/postgres-password", "customer-web/prisma/seed.ts", "https://www.prisma.io/docs/orm/reference/prisma-client-reference#datasourceurl", """
import { PrismaClient } from "@prisma/client";

// seed ข้อมูลเขต/อำเภอ สำหรับคำนวณราคา (รันกับ staging)
const prisma = new PrismaClient({
  datasourceUrl: "postgresql://web_admin:@@secret@@@staging-db.skm.local:5432/customer_web",
});

async function main() {
  await prisma.district.createMany({
    data: [
      { name: "บางนา", province: "กรุงเทพมหานคร", zone: 1 },
      { name: "เมืองเชียงใหม่", province: "เชียงใหม่", zone: 3 },
    ],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
""", rand_pw(20))

add("env/decoy-local-dev", "customer-web/.env.development", "https://www.prisma.io/docs/orm/more/development-environment/environment-variables", """
# local docker compose only (ฐานข้อมูลในเครื่องตัวเอง)
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/customer_web
NEXT_PUBLIC_OMISE_PUBLIC_KEY=pkey_test_replace_me
NEXT_PUBLIC_API_BASE=http://localhost:8000/v1
OMISE_SECRET_KEY=
""")

add("env/twilio-auth-token", "quote-service/.env.staging", "https://www.twilio.com/docs/iam/api-keys", """
SPRING_PROFILES_ACTIVE=staging
QUOTE_DB_PASSWORD_FILE=/run/secrets/quote_db
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+6623001234
""", hexs(32), sid=twilio_sid())

add("env/sendgrid-api-key", "notifications/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
# notifications worker
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=no-reply@siamkhonyai.co.th
MAIL_FROM_NAME="Siam Khon Yai Moving"
SMS_PROVIDER=thaibulksms
QUEUE_URL=redis://cache-bkk-01.internal:6379/5
""", sendgrid_key())

add("env/telegram-bot-token", "ops/bots/.env", "https://core.telegram.org/bots/features#botfather", """
# บอทแจ้งรถเสีย
TELEGRAM_BOT_TOKEN=@@secret@@
OPS_CHAT_ID=-1001873345120
LANG=th
LOG_LEVEL=info
""", fakes.telegram_token(_seed()))

add("env/decoy-vault-reference", "ops/bots/.env.vault", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
# values resolved by `vault-env` at start-up
TELEGRAM_BOT_TOKEN=vault:kv/data/ops/bots#telegram_token
OPS_CHAT_ID=-1001873345120
SLACK_BOT_TOKEN=vault:kv/data/ops/bots#slack_token
LANG=th
LOG_LEVEL=info
""")

# ---------------------------------------------------------------- last carriers

add("sql/postgres-fdw-password", "db/migrations/0012_link_crm.sql", "https://www.postgresql.org/docs/current/postgres-fdw.html", """
-- ดึงข้อมูลลูกค้าองค์กรจาก CRM เก่ามาแสดงในระบบจอง (อ่านอย่างเดียว)
CREATE EXTENSION IF NOT EXISTS mysql_fdw;
CREATE SERVER crm_legacy FOREIGN DATA WRAPPER mysql_fdw
    OPTIONS (host '192.168.10.21', port '3306');
CREATE USER MAPPING FOR booking_app SERVER crm_legacy
    OPTIONS (username 'crm_reader', password '@@secret@@');
IMPORT FOREIGN SCHEMA skm_crm LIMIT TO (corporate_account)
    FROM SERVER crm_legacy INTO crm;
""", words_pw())

add("go/smtp-password", "tracker/internal/report/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package report

import "net/smtp"

// ส่งรายงานระยะทางวิ่งรายวันให้หัวหน้าฝ่ายปฏิบัติการ
func SendDaily(body []byte) error {
	auth := smtp.PlainAuth("", "fleet-report@siamkhonyai.co.th", "@@secret@@", "smtp.gmail.com")
	to := []string{"ops-lead@siamkhonyai.co.th"}
	msg := append([]byte("Subject: รายงานระยะทางวิ่งรถประจำวัน\\r\\n\\r\\n"), body...)
	return smtp.SendMail("smtp.gmail.com:587", auth, "fleet-report@siamkhonyai.co.th", to, msg)
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("java/mysql-password", "legacy/crm-sync/src/main/java/th/co/skm/crm/LegacyDb.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-usagenotes-connect-drivermanager.html", """
package th.co.skm.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** เชื่อมต่อฐานข้อมูล CRM เก่า (MySQL 5.7) เพื่อ sync ลูกค้าองค์กร. */
public final class LegacyDb {
    private static final String URL = "jdbc:mysql://192.168.10.21:3306/skm_crm?useUnicode=true&characterEncoding=utf8";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "crm_sync", "@@secret@@");
    }
}
""", words_pw())

add("rust/smtp-password", "partner-gateway/src/mailer.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

// แจ้งพาร์ทเนอร์ขนส่งเมื่อมีงานส่งต่อ
pub fn notify_partner(to: &str, body: String) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("partners@siamkhonyai.co.th".parse()?)
        .to(to.parse()?)
        .subject("งานส่งต่อใหม่ / New handover job")
        .body(body)?;
    let creds = Credentials::new("partners@siamkhonyai.co.th".to_owned(), "@@secret@@".to_owned());
    SmtpTransport::relay("smtp.office365.com")?.credentials(creds).build().send(&email)?;
    Ok(())
}
""", words_pw())

add("powershell/azure-client-secret", "ops/windows/Sync-TeamsRoster.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", """
# ซิงก์ตารางเวรทีมขนย้ายเข้า Microsoft Teams (Shifts)
$TenantId = '@@tenant@@'
$ClientId = '@@client@@'
$Secret = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($ClientId, $Secret)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$roster = Import-Csv '\\\\fs01\\ops\\roster-next-week.csv'
foreach ($row in $roster) {
    Write-Host "$($row.Crew) $($row.Date) $($row.Depot)"
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("dockerfile/npm-token", "booking-app/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "dispatch/Dockerfile.v2", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /src
RUN --mount=type=secret,id=github_token \\
    pip install --no-cache-dir "git+https://$(cat /run/secrets/github_token)@github.com/siamkhonyai/skm-rates.git@v2.4.1"
COPY dispatch/ /src/dispatch
RUN pip install --no-cache-dir -r /src/dispatch/requirements.txt
ENV TZ=Asia/Bangkok
CMD ["python", "-m", "dispatch"]
""")

add("compose/redis-password", "deploy/line-bot/docker-compose.prod.yml", "https://hub.docker.com/_/redis", """
services:
  bot:
    image: registry.skm.local/line-bot:3.1.0
    env_file: .env
    environment:
      REDIS_URL: redis://cache:6379/0
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redisdata:/data
volumes:
  redisdata:
""", fakes.redis_password(_seed()))

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  # token ที่มีสิทธิ์แก้ DNS zone siamkhonyai.co.th
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "@@zone@@"
  name    = "book"
  type    = "CNAME"
  content = "d2skm0book.cloudfront.net"
  proxied = false
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("github-actions/slack-webhook-url", ".github/workflows/nightly-tests.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly tests
on:
  schedule:
    - cron: "0 19 * * *"   # ตี 2 เวลาไทย
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
      - if: failure()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text": "nightly tests failed: ${{ github.run_id }}"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("xml/maven-repository-password", "legacy/crm-sync/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>skm-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>skm-nexus</id>
      <url>https://nexus.skm.local/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(16))

add("json/sftp-password", "depot/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
  "name": "depot-bangna-01",
  "host": "192.168.50.5",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/opt/skm/depot",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "__pycache__"]
}
""", words_pw())

add("php/2c2p-secret-key", "booking-api/config/payment.php", "https://developer.2c2p.com/docs/api-payment-token", """
<?php
// Laravel config: ช่องทางชำระเงิน
return [
    'omise' => [
        'public_key' => env('OMISE_PUBLIC_KEY'),
        'secret_key' => env('OMISE_SECRET_KEY'),
    ],
    '2c2p' => [
        'merchant_id' => '764764000001234',
        'secret_key'  => env('TWOC2P_SECRET_KEY', '@@secret@@'),
        'endpoint'    => 'https://pgw.2c2p.com/payment/4.3',
    ],
    'currency' => 'THB',
];
""", hexs(64, upper=True))

add("notebook/aws-secret-key", "analytics/notebooks/survey_photo_sizes.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "s3 = boto3.resource('s3', aws_access_key_id='@@kid@@',\\n",
    "                    aws_secret_access_key='@@secret@@')\\n",
    "bucket = s3.Bucket('skm-survey-photos')\\n",
    "sizes = [o.size for o in bucket.objects.filter(Prefix='2024/')]\\n",
    "print(len(sizes), sum(sizes) / 1e9, 'GB')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/become-password", "infra/ansible/host_vars/depot-bangna-01.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_privilege_escalation.html", """
---
ansible_host: 192.168.50.5
ansible_user: deploy
ansible_become: true
ansible_become_password: "@@secret@@"
depot_name: bangna
nvr_ip: 192.168.50.10
backup_targets:
  - /srv/nvr/exports
  - /opt/skm/depot
""", words_pw())

add("log/postgres-password", "logs/booking-web-error-2024-06-07.log", "https://docs.sqlalchemy.org/en/20/errors.html", """
2024-06-07 02:14:03,551 ERROR booking.web request failed path=/api/quotes
Traceback (most recent call last):
  File "/app/booking/db.py", line 22, in connect
    return create_engine(url).connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db-bkk-01.internal" (10.20.1.15), port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2024-06-07 02:14:03,552 ERROR booking.web url=postgresql://booking_web:@@secret@@@db-bkk-01.internal:5432/booking
2024-06-07 02:14:09,101 INFO booking.web reconnected
""", rand_pw(20))

add("plist/line-channel-secret", "customer-ios/SKMMove/Config/Production.plist", "https://developer.apple.com/documentation/bundleresources/information-property-list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>APIBaseURL</key>
	<string>https://api.siamkhonyai.co.th/v1</string>
	<key>OmisePublicKey</key>
	<string>@@pk@@</string>
	<key>LineChannelSecret</key>
	<string>@@secret@@</string>
	<key>SupportPhone</key>
	<string>023001234</string>
</dict>
</plist>
""", hexs(32), pk=omise_pkey())

# ---------------------------------------------------------------- more decoys

add("markdown/decoy-aws-doc-example", "docs/dev/aws-access.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# การเข้าถึง AWS สำหรับนักพัฒนา

เราใช้ IAM Identity Center (SSO) เท่านั้น ไม่ออก access key ถาวรให้ใคร

```bash
aws configure sso --profile skm-dev
aws s3 ls --profile skm-dev
```

ตัวอย่างรูปแบบไฟล์ credentials จากเอกสาร AWS (ค่าตัวอย่าง ไม่ใช่ของจริง):

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```
""")

add("markdown/decoy-test-cards", "docs/dev/payment-testing.md", "https://docs.opn.ooo/test-cards", """
# ทดสอบการชำระเงิน (sandbox)

ใช้ key ของ sandbox จาก 1Password "Omise test" เท่านั้น

| บัตร | เลขบัตร | ผล |
|---|---|---|
| Visa | 4242 4242 4242 4242 | สำเร็จ |
| Visa | 4111 1111 1114 0011 | ปฏิเสธ (insufficient fund) |
| Mastercard | 5555 5555 5555 4444 | สำเร็จ |

วันหมดอายุใส่อนาคตอะไรก็ได้ CVV `123`
OTP ของ 3-D Secure ในโหมดทดสอบคือ `123456`
""")

add("text/decoy-ssh-public-keys", "infra/ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# ทีม IT (public keys เท่านั้น)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ somkiat@skm-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ napat@skm-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ github-actions-deploy
# ผู้รับเหมาแอปคนขับ (หมดสิทธิ์ 31 ธ.ค. 2567)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ contractor@driver-app
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/decoy-public-certificate", "deploy/nginx/booking-ca.yaml", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_client_certificate", """
# CA ของเครื่องสแกนมือถือในคลัง (mutual TLS) - public certificate เท่านั้น
clientCA: |
  -----BEGIN CERTIFICATE-----
  @@c1@@
  @@c2@@
  @@c3@@
  @@c4@@
  -----END CERTIFICATE-----
verifyDepth: 2
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("text/decoy-hashed-requirements", "dispatch/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip install --require-hashes -r requirements.txt
requests==2.32.3 \\
    --hash=sha256:@@h1@@
redis==5.0.7 \\
    --hash=sha256:@@h2@@
psycopg2-binary==2.9.9 \\
    --hash=sha256:@@h3@@
googlemaps==4.10.0 \\
    --hash=sha256:@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("json/decoy-lockfile-integrity", "booking-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "skm-booking-app",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@line/liff": {
      "version": "2.23.2",
      "resolved": "https://registry.npmjs.org/@line/liff/-/liff-2.23.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/omise-js": {
      "version": "1.4.0",
      "resolved": "https://registry.npmjs.org/omise-js/-/omise-js-1.4.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "line_channel_secret" {
  description = "LINE Messaging API channel secret (ใส่ผ่าน TF_VAR_line_channel_secret)"
  type        = string
  sensitive   = true
}

variable "omise_secret_key" {
  description = "Omise live secret key"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "ap-southeast-1"
}
""")

add("terraform/decoy-secretsmanager-lookup", "infra/terraform/lambda_quotes.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "maps" {
  secret_id = "skm/routing/google-maps-server-key"
}

resource "aws_lambda_function" "quote" {
  function_name = "skm-quote"
  role          = aws_iam_role.quote.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/quote.zip"
  environment {
    variables = {
      MAPS_KEY_SECRET_ARN = data.aws_secretsmanager_secret_version.maps.arn
    }
  }
}
""")

add("k8s/decoy-external-secret", "k8s/line-bot/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: line-bot
  namespace: customer
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: line-bot
  data:
    - secretKey: LINE_CHANNEL_SECRET
      remoteRef: {key: line-channel-secret}
    - secretKey: LINE_CHANNEL_ACCESS_TOKEN
      remoteRef: {key: line-channel-token}
""")

add("yaml/decoy-helm-existing-secret", "deploy/helm/storage-portal/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters", """
image:
  repository: registry.skm.local/storage-portal
  tag: 1.9.2
postgresql:
  enabled: true
  auth:
    username: portal
    database: storage_portal
    existingSecret: storage-portal-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
ingress:
  enabled: true
  hostname: storage.siamkhonyai.co.th
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.8.0] - 2024-06-10
### Added
- หน้าติดตามรถแบบเรียลไทม์ใน LINE (LIFF) (@@c1@@)
- ฟิลด์ "มีลิฟต์ขนของหรือไม่" ในฟอร์มขอราคา (@@c2@@)

### Changed
- ย้าย key ทั้งหมดไป Secret Manager; ลบ token เก่าออกจาก repo แล้ว (@@c3@@)

### Fixed
- คำนวณค่าขึ้นชั้นผิดเมื่อเป็นชั้นใต้ดิน (@@c4@@)
""", c1=hexs(7), c2=hexs(7), c3=hexs(7), c4=hexs(7))

add("python/decoy-hmac-verify", "line-bot/signature.py", "https://developers.line.biz/en/reference/messaging-api/#signature-validation", '''
import base64
import hashlib
import hmac
import os

CHANNEL_SECRET = os.environ["LINE_CHANNEL_SECRET"].encode()


def valid(body: bytes, signature: str) -> bool:
    """ตรวจลายเซ็นของ webhook จาก LINE."""
    digest = hmac.new(CHANNEL_SECRET, body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
''')

add("python/decoy-keyring", "ops/tools/skmctl.py", "https://pypi.org/project/keyring/", '''
"""skmctl: เครื่องมือบรรทัดคำสั่งของฝ่ายปฏิบัติการ (ดูงาน/รถ/คนขับ)."""
import getpass

import keyring
import requests

SERVICE = "skmctl"


def token() -> str:
    value = keyring.get_password(SERVICE, "ops")
    if value is None:
        value = getpass.getpass("API token: ")
        keyring.set_password(SERVICE, "ops", value)
    return value


def jobs(date: str) -> list:
    return requests.get("https://api.siamkhonyai.co.th/v1/jobs", params={"date": date},
                        headers={"Authorization": f"Bearer {token()}"}, timeout=20).json()
''')

add("csv/decoy-masked-payments", "exports/payments_2024-05_masked.csv", "https://www.pcisecuritystandards.org/", """
payment_id,booking_ref,gateway,card,amount_thb,gateway_ref,status
@@u1@@,SKM-240503-002,omise,424242******4242,2670.00,chrg_@@c1@@,successful
@@u2@@,SKM-240504-011,omise,520000******0007,8100.00,chrg_@@c2@@,successful
@@u3@@,SKM-240506-004,promptpay,,3000.00,QR-@@c3@@,paid
@@u4@@,SKM-240508-019,2c2p,411111******1111,12600.00,INV240508019,refunded
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), c1=fakes.drawn(_seed(), 19, LOWALNUM),
    c2=fakes.drawn(_seed(), 19, LOWALNUM), c3=fakes.drawn(_seed(), 12, "0123456789"))

add("kotlin/decoy-test-fixture", "driver-app/app/src/test/java/th/co/skm/driver/net/DirectionsTest.kt", "https://developer.android.com/training/testing/local-tests", """
package th.co.skm.driver.net

import org.junit.Assert.assertTrue
import org.junit.Test

class DirectionsTest {
    private val fakeKey = "test-maps-key"

    @Test
    fun urlContainsThaiLanguage() {
        val url = Directions.buildUrl("บางนา", "รังสิต", fakeKey)
        assertTrue(url.contains("language=th"))
    }
}
""")

add("swift/decoy-public-config", "customer-ios/SKMMove/Config/AppConfig.swift", "https://docs.opn.ooo/ios-sdk", """
import Foundation

// ค่าที่เปิดเผยได้ (public key และ id) ค่า secret อยู่ฝั่ง server เท่านั้น
enum AppConfig {
    static let apiBaseURL = URL(string: "https://api.siamkhonyai.co.th/v1")!
    static let omisePublicKey = "@@pk@@"
    static let lineChannelID = "1657384291"
    static let appGroup = "group.th.co.skm.customer"
}
""", pk=omise_pkey())

add("properties/decoy-placeholder", "driver-app/local.properties.example", "https://developer.android.com/build#properties-files", """
## คัดลอกเป็น local.properties แล้วใส่ค่า (ห้าม commit local.properties)
sdk.dir=/path/to/Android/sdk
mapsApiKey=YOUR_MAPS_API_KEY
trackerApiKey=YOUR_TRACKER_API_KEY
""" + "# ขอค่าได้จากทีม IT\n")

add("text/decoy-gitignore", ".gitignore", "https://git-scm.com/docs/gitignore", """
# secrets - ห้าม commit
.env
.env.*
!.env.example
!.env.sample
local.properties
*.pem
*.p12
credentials.json
__pycache__/
node_modules/
""")

# ---------------------------------------------------------------- closing carriers

add("shell/pypi-token", "packages/skm-rates/release.sh", "https://twine.readthedocs.io/en/stable/#twine-upload", """
#!/usr/bin/env bash
# ออกเวอร์ชันใหม่ของ skm-rates ด้วยมือ (ถ้า CI ใช้ไม่ได้)
set -euo pipefail
rm -rf dist/
python -m build
twine check dist/*
twine upload -u __token__ -p @@secret@@ dist/*
git tag "v$(python -c 'import skm_rates; print(skm_rates.__version__)')"
""", fakes.pypi_token(_seed()))

add("ini/github-token", "ops/mirror/gitconfig", "https://git-scm.com/docs/git-config", """
[user]
	name = skm-mirror-bot
	email = it@siamkhonyai.co.th
[remote "origin"]
	url = https://skm-mirror-bot:@@secret@@@github.com/siamkhonyai/booking-web.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", fakes.github_token(_seed()))

add("ansible/ssh-private-key", "infra/ansible/group_vars/depots/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# คีย์สำหรับดึงโค้ดจาก GitHub ลงเครื่องคลัง (deploy key, read-only)
deploy_key_path: /home/deploy/.ssh/id_ed25519
deploy_key: |
  @@key@@
deploy_repo: git@github.com:siamkhonyai/depot-tools.git
""", _DK := fakes.fake_pem(_seed(), "OPENSSH"), key=_DK.replace("\n", "\n  "))

add("env/lalamove-api-secret", "partner-gateway/.env", "https://developers.lalamove.com/#authentication", """
# partner gateway (Lalamove / Kerry)
LALAMOVE_MARKET=TH
LALAMOVE_API_KEY=pk_prod_@@key@@
LALAMOVE_API_SECRET=@@secret@@
KERRY_APP_ID=SKM_MOVING
KERRY_APP_KEY=
RUST_LOG=info
""", "sk_prod_" + hexs(32), key=hexs(32))

add("yaml/slack-bot-token", "ops/bots/standup-bot.yaml", "https://api.slack.com/authentication/token-types#bot", """
# บอทสรุปงานเช้า ส่งเข้าห้อง #crew-standup ทุกวัน 06:30
bot:
  name: crew-standup
  schedule: "30 6 * * *"
  timezone: Asia/Bangkok
slack:
  token: @@secret@@
  channel: "#crew-standup"
sources:
  dispatch_api: https://api.siamkhonyai.co.th/v1/jobs
""", slack_bot())

add("env/decoy-public-ids", "booking-app/.env.production", "https://vitejs.dev/guide/env-and-mode", """
# ค่า VITE_* ถูกฝังในไฟล์ JS ที่ browser โหลด: ใส่ได้เฉพาะค่าสาธารณะ
VITE_API_BASE=https://api.siamkhonyai.co.th/v1
VITE_OMISE_PUBLIC_KEY=@@pk@@
VITE_LIFF_ID=1657384291-@@liff@@
VITE_GA_ID=G-@@ga@@
VITE_SENTRY_DSN=https://@@dsn@@@o450123.ingest.sentry.io/5512345
""", pk=omise_pkey(), liff=fakes.drawn(_seed(), 8), ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), dsn=hexs(32))

add("sql/decoy-uuid-keys", "db/seed/002_depots.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", """
-- สาขา/คลังสินค้า
INSERT INTO depot (id, code, name_th, lat, lng, api_key_ref) VALUES
  ('@@u1@@', 'BNA', 'คลังบางนา', 13.6683, 100.6047, 'secretmanager:depot-bna'),
  ('@@u2@@', 'RST', 'คลังรังสิต', 14.0208, 100.6142, 'secretmanager:depot-rst'),
  ('@@u3@@', 'CNX', 'คลังเชียงใหม่', 18.8114, 99.0300, 'secretmanager:depot-cnx');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

# CASES-END
