"""Blind set IE: funeral homes and crematoria (a Japanese operator, its halls and its furnaces).

Booking and obituary sites, cremation scheduling, furnace controllers and their HMIs, florists and
caterers, livestreamed services, payments (Stripe, Square, GMO, PayPay), LINE and mail, the CI, the
infrastructure and the runbooks, a third of them written in Japanese; and their decoys.
Generated fakes only (seeds 3360000-3369999).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3360000, 3369999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sakura", "Hinoki", "Kasumi", "Tsubaki", "Momiji", "Kiri", "Yuzu", "Hotaru", "Suzu", "Kaede",
         "Ayame", "Shion", "Nagi", "Tomoshibi", "Kiku", "Matsu", "Ren", "Asagi", "Hisui", "Kohaku"]
LOWER = ["lantern", "incense", "willow", "harbor", "pebble", "cedar", "violet", "ember", "orchid", "walnut",
         "meadow", "candle", "lagoon", "saddle", "quartz", "river"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def line_channel_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(171)) + "="


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def datadog_key() -> str:
    return hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def paypay_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "="


def openai_key() -> str:
    return fakes.openai_key(_seed())


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


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
    CASES.append(LabelledCase(f"blind-ie/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Booking site and obituary pages (Django, env, settings)
# ---------------------------------------------------------------------------------------------
add("env/stripe-secret-key", "reservation-site/.env.production", "https://docs.stripe.com/keys",
    """
# 桜ヶ丘メモリアル 予約サイト (本番)
DJANGO_SETTINGS_MODULE=reservation.settings.production
ALLOWED_HOSTS=yoyaku.sakuragaoka-memorial.jp
DATABASE_URL=postgres://yoyaku@db.internal:5432/yoyaku
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
TIME_ZONE=Asia/Tokyo
LANGUAGE_CODE=ja
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-env-template", "reservation-site/.env.example", "https://12factor.net/config",
    """
# コピーして .env を作成してください (値は 1Password の「予約サイト」Vault から)
DJANGO_SETTINGS_MODULE=reservation.settings.local
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://yoyaku:yoyaku@localhost:5432/yoyaku
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
LINE_CHANNEL_ACCESS_TOKEN=
LINE_CHANNEL_SECRET=
""")

add("python/django-secret-key", "reservation-site/reservation/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["yoyaku.sakuragaoka-memorial.jp", "www.sakuragaoka-memorial.jp"]

# TODO: 環境変数に移す (葬儀予約 v2 リリース後)
SECRET_KEY = "@@secret@@"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://yoyaku.sakuragaoka-memorial.jp"]

LANGUAGE_CODE = "ja"
TIME_ZONE = "Asia/Tokyo"
USE_TZ = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "reservation-site/reservation/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
LINE_CHANNEL_SECRET = os.getenv("LINE_CHANNEL_SECRET")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "bookings",
    "obituaries",
    "halls",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("DB_NAME", "yoyaku"),
                         "USER": os.environ.get("DB_USER", "yoyaku"), "PASSWORD": os.environ.get("DB_PASSWORD", ""),
                         "HOST": os.environ.get("DB_HOST", "localhost")}}
""")

add("python/stripe-webhook-secret", "reservation-site/bookings/webhooks.py",
    "https://docs.stripe.com/webhooks#verify-events",
    """
import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from .models import Deposit

# 式場予約の内金 (deposit) 決済完了の通知
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Deposit.objects.filter(checkout_id=session["id"]).update(status="paid")
    return HttpResponse(status=200)
""", stripe_whsec())

_LT = line_channel_token()
add("python/line-channel-access-token", "obituary-notify/notify/line_push.py",
    "https://developers.line.biz/ja/reference/messaging-api/#send-push-message",
    """
\"\"\"訃報・通夜/告別式のご案内を LINE 公式アカウントから送る。\"\"\"
import requests

PUSH_URL = "https://api.line.me/v2/bot/message/push"
CHANNEL_ACCESS_TOKEN = (
    "@@a@@"
    "@@b@@"
)


def push_notice(user_id: str, deceased: str, wake_at: str, hall: str) -> None:
    text = f"{deceased} 様の通夜は {wake_at} より {hall} にて執り行います。"
    resp = requests.post(
        PUSH_URL,
        headers={"Authorization": f"Bearer {CHANNEL_ACCESS_TOKEN}"},
        json={"to": user_id, "messages": [{"type": "text", "text": text}]},
        timeout=10,
    )
    resp.raise_for_status()
""", _LT, a=_LT[:90], b=_LT[90:])

add("python/decoy-public-channel-id", "obituary-notify/notify/line_login.py",
    "https://developers.line.biz/ja/docs/line-login/integrate-line-login/",
    """
\"\"\"LINE ログイン (ご遺族向けマイページ)。チャネル ID は公開情報、シークレットは Secret Manager。\"\"\"
from urllib.parse import urlencode

from .secrets import get_secret

CHANNEL_ID = "2001458397"
REDIRECT_URI = "https://mypage.sakuragaoka-memorial.jp/auth/line/callback"


def authorize_url(state: str, nonce: str) -> str:
    query = {"response_type": "code", "client_id": CHANNEL_ID, "redirect_uri": REDIRECT_URI,
             "state": state, "scope": "profile openid", "nonce": nonce}
    return "https://access.line.me/oauth2/v2.1/authorize?" + urlencode(query)


def channel_secret() -> str:
    return get_secret("projects/sakuragaoka-prod/secrets/line-login-channel-secret/versions/latest")
""")

add("python/postgres-password", "cremation-scheduler/scheduler/db.py",
    "https://www.psycopg.org/psycopg3/docs/api/connections.html",
    """
\"\"\"火葬炉 予約枠 DB への接続 (市営斎場との共同利用枠を含む)。\"\"\"
import psycopg

DSN = "host=pg-kaso.internal port=5432 dbname=kaso_schedule user=scheduler password=@@secret@@ sslmode=require"


def connect() -> psycopg.Connection:
    return psycopg.connect(DSN, application_name="cremation-scheduler")


def free_slots(conn: psycopg.Connection, day):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT furnace_no, slot_start FROM furnace_slots WHERE slot_date = %s AND booking_id IS NULL ORDER BY slot_start",
            (day,),
        )
        return cur.fetchall()
""", words_pw())

add("python/decoy-test-fixture", "cremation-scheduler/tests/test_slots.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """
import datetime as dt

import pytest

from scheduler.slots import allocate


@pytest.fixture
def furnaces():
    return [{"no": 1, "type": "standard"}, {"no": 2, "type": "standard"}, {"no": 3, "type": "large"}]


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setenv("KASO_DB_PASSWORD", "test-password")
    monkeypatch.setenv("KASO_API_TOKEN", "dummy-token-for-tests")


def test_allocate_prefers_morning(furnaces, settings):
    slot = allocate(furnaces, dt.date(2024, 4, 2), preferred="morning")
    assert slot.start.hour < 12


def test_tomobiki_is_closed(furnaces, settings):
    # 友引は休場
    assert allocate(furnaces, dt.date(2024, 4, 3), preferred="any") is None
""")

add("python/twilio-auth-token", "call-center/ivr/app.py", "https://www.twilio.com/docs/iam/credentials/api",
    """
\"\"\"24時間 受付ダイヤル (ご逝去の連絡) の IVR。夜間は当直スタッフへ転送。\"\"\"
from flask import Flask, request
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

app = Flask(__name__)

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

ON_CALL = "+81345550172"


@app.post("/voice")
def voice():
    resp = VoiceResponse()
    resp.say("お電話ありがとうございます。桜ヶ丘メモリアルです。担当者におつなぎします。", language="ja-JP")
    resp.dial(ON_CALL, timeout=40)
    return str(resp)


@app.post("/sms-followup")
def followup():
    client.messages.create(to=request.form["to"], from_="+815055501234", body="ご搬送の手配が完了しました。")
    return "", 204
""", hexs(32), sid=twilio_sid())

add("python/sendgrid-api-key", "obituary-notify/notify/mail.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example",
    """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(api_key="@@secret@@")


def send_obituary(to_addr: str, subject: str, html: str) -> int:
    message = Mail(from_email="info@sakuragaoka-memorial.jp", to_emails=to_addr,
                   subject=subject, html_content=html)
    response = sg.send(message)
    return response.status_code
""", sendgrid_key())

add("python/aws-secret-access-key", "photo-archive/upload_portraits.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """
\"\"\"遺影写真 (portrait) を S3 にアップロードする一回限りのスクリプト。\"\"\"
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-northeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "sakuragaoka-portraits-prod"

for path in pathlib.Path(sys.argv[1]).glob("*.jpg"):
    key = f"portraits/{path.stem}/original.jpg"
    s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg"})
    print("uploaded", key)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-aws-example-key", "photo-archive/docs_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
# Example from the AWS docs, kept for the onboarding notebook. These are AWS's published examples.
EXAMPLE_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def describe() -> str:
    return (
        "Configure with `aws configure --profile portraits`; never paste the real key here. "
        "The real one lives in the 'photo-archive' IAM user and is rotated every 90 days."
    )
""")

add("python/opcua-password", "furnace-gateway/gateway/opcua_reader.py", "https://opcua-asyncio.readthedocs.io/en/latest/usage/get-started/minimal-client.html",
    """
\"\"\"火葬炉 PLC (OPC UA) から炉内温度・排ガス温度を読み、監視サーバへ送る。\"\"\"
import asyncio

from asyncua import Client

ENDPOINT = "opc.tcp://10.20.1.11:4840/furnace"
USER = "gateway"
PASSWORD = "@@secret@@"

NODES = {
    "main_chamber_temp": "ns=2;s=Furnace1.MainChamber.Temperature",
    "secondary_chamber_temp": "ns=2;s=Furnace1.SecondaryChamber.Temperature",
    "flue_gas_temp": "ns=2;s=Furnace1.Flue.Temperature",
    "dioxin_alarm": "ns=2;s=Furnace1.Alarms.Dioxin",
}


async def read_once():
    client = Client(url=ENDPOINT)
    client.set_user(USER)
    client.set_password(PASSWORD)
    async with client:
        return {name: await client.get_node(node).read_value() for name, node in NODES.items()}


if __name__ == "__main__":
    print(asyncio.run(read_once()))
""", rand_pw(14, "#!"))

add("python/decoy-firmware-hash", "furnace-gateway/gateway/firmware_check.py", "https://docs.python.org/3/library/hashlib.html",
    """
\"\"\"炉制御盤ファームウェアの整合性確認 (メーカー提供の SHA-256)。\"\"\"
import hashlib

KNOWN_FIRMWARE = {
    "FC-3000 v4.2.1": "@@h1@@",
    "FC-3000 v4.3.0": "@@h2@@",
    "HMI-12 v2.0.7": "@@h3@@",
}


def verify(path: str, version: str) -> bool:
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return digest == KNOWN_FIRMWARE[version]
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("python/google-api-key", "reservation-site/halls/geocode.py", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding",
    """
\"\"\"Server-side geocoding of hall and crematorium addresses (restricted key: server IPs only).\"\"\"
import requests

GEOCODE_KEY = "@@secret@@"


def geocode(address: str):
    r = requests.get(
        "https://maps.googleapis.com/maps/api/geocode/json",
        params={"address": address, "language": "ja", "region": "jp", "key": GEOCODE_KEY},
        timeout=5,
    )
    r.raise_for_status()
    results = r.json()["results"]
    return results[0]["geometry"]["location"] if results else None
""", google_api_key())

add("python/openai-api-key", "eulogy-assist/draft.py", "https://platform.openai.com/docs/api-reference/authentication",
    """
\"\"\"弔辞・会葬礼状の下書き支援 (社内ツール)。\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "あなたは葬儀社の文例担当です。以下の情報から会葬礼状の下書きを丁寧な文体で作ってください。"


def draft_letter(name: str, age: int, notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT},
                  {"role": "user", "content": f"故人: {name} (享年{age}) / メモ: {notes}"}],
    )
    return resp.choices[0].message.content
""", openai_key())

add("python/smtp-password", "florist-orders/orders/send_order.py", "https://docs.python.org/3/library/smtplib.html",
    """
\"\"\"供花・枕花の注文を提携生花店 (花清) へメール送信する。\"\"\"
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.sakuragaoka-memorial.jp"
SMTP_USER = "orders@sakuragaoka-memorial.jp"


def send(order: dict) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = "hanasei-orders@example-florist.jp"
    msg["Subject"] = f"供花ご注文 {order['id']} ({order['hall']})"
    msg.set_content(f"品名: {order['item']} / 数量: {order['qty']} / 札名: {order['card']}")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("python/decoy-keyring-lookup", "florist-orders/orders/credentials.py", "https://pypi.org/project/keyring/",
    """
import keyring

SERVICE = "florist-orders"


def smtp_password() -> str:
    password = keyring.get_password(SERVICE, "orders@sakuragaoka-memorial.jp")
    if password is None:
        raise RuntimeError("run: keyring set florist-orders orders@sakuragaoka-memorial.jp")
    return password
""")

add("python/redis-password", "reservation-site/reservation/settings/cache.py", "https://github.com/jazzband/django-redis#configure-as-cache-backend",
    """
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://:@@secret@@@yoyaku-cache.abc123.apne1.cache.amazonaws.com:6379/1",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        "TIMEOUT": 300,
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "default"
""", fakes.redis_password(_seed()))

add("python/decoy-placeholder", "cremation-scheduler/scheduler/config_sample.py", "https://docs.python.org/3/library/configparser.html",
    """
# 設定ファイルの見本。実際の値は /etc/kaso/scheduler.ini に置く (Ansible で配布)。
SAMPLE = {
    "db": {"host": "pg-kaso.internal", "user": "scheduler", "password": "<DB_PASSWORD>"},
    "city_api": {"base_url": "https://kasoba-yoyaku.example-city.lg.jp/api", "token": "<CITY_API_TOKEN>"},
    "notify": {"slack_webhook": "https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"},
}
""")

add("python/telegram-bot-token", "furnace-gateway/gateway/alarm_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
# 炉アラーム (排ガス温度上限・ダイオキシン計) を夜間当直へ Telegram で通知
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873345521


def alert(furnace: int, message: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        data={"chat_id": CHAT_ID, "text": f"[炉{furnace}] {message}"},
        timeout=5,
    )
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------------------------------------
# Containers, Kubernetes, CI, infrastructure
# ---------------------------------------------------------------------------------------------
add("compose/mysql-password", "hall-signage/docker-compose.yml", "https://hub.docker.com/_/mysql",
    """
# 式場入口の案内サイネージ (本日の葬儀: 故人名・式場・時刻)
services:
  signage-db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: signage
      MYSQL_USER: signage
      MYSQL_PASSWORD: @@secret@@
      MYSQL_ROOT_PASSWORD: @@root@@
    volumes:
      - signage-db:/var/lib/mysql
  signage-app:
    image: registry.sakuragaoka-memorial.jp/signage:2.4.1
    depends_on: [signage-db]
    ports: ["8080:8080"]
volumes:
  signage-db: {}
""", words_pw(), root=words_pw())

add("compose/decoy-env-reference", "reservation-site/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://yoyaku:${POSTGRES_PASSWORD}@db:5432/yoyaku
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set in .env}
    ports: ["8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: yoyaku
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
""")

add("compose/redis-password", "obituary-notify/compose.yaml", "https://hub.docker.com/_/redis",
    """
services:
  queue:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
  worker:
    image: registry.sakuragaoka-memorial.jp/obituary-notify:1.9.0
    command: ["rq", "worker", "--url", "redis://queue:6379/0", "notices"]
    depends_on: [queue]
""", fakes.redis_password(_seed()))

_K8S_PG = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/cremation-scheduler/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: cremation-scheduler-db
  namespace: kaso
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _K8S_PG, host=b64("pg-kaso.internal"), user=b64("scheduler"), pw=b64(_K8S_PG))

add("k8s-secret/stripe-secret-key", "deploy/k8s/reservation/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: reservation-stripe
  namespace: yoyaku
  labels:
    app: reservation-site
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_PUBLISHABLE_KEY: "@@pk@@"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/obituary-notify/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: obituary-notify-line
  namespace: notify
spec:
  encryptedData:
    LINE_CHANNEL_ACCESS_TOKEN: AgB@@e1@@
    LINE_CHANNEL_SECRET: AgC@@e2@@
  template:
    metadata:
      name: obituary-notify-line
      namespace: notify
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("k8s/decoy-external-secret", "deploy/k8s/reservation/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: reservation-secrets
  namespace: yoyaku
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: reservation-secrets
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/yoyaku/stripe
        property: secret_key
    - secretKey: DJANGO_SECRET_KEY
      remoteRef:
        key: prod/yoyaku/django
        property: secret_key
""")

add("k8s/smtp-password", "deploy/k8s/obituary-notify/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: obituary-notify
  namespace: notify
spec:
  replicas: 2
  selector:
    matchLabels: {app: obituary-notify}
  template:
    metadata:
      labels: {app: obituary-notify}
    spec:
      containers:
        - name: app
          image: registry.sakuragaoka-memorial.jp/obituary-notify:1.9.0
          env:
            - name: SMTP_HOST
              value: smtp.sakuragaoka-memorial.jp
            - name: SMTP_USER
              value: notice@sakuragaoka-memorial.jp
            - name: SMTP_PASSWORD
              value: "@@secret@@"
            - name: LINE_CHANNEL_SECRET
              valueFrom:
                secretKeyRef: {name: obituary-notify-line, key: LINE_CHANNEL_SECRET}
""", rand_pw(16))

add("github-actions/pypi-token", ".github/workflows/release-kaso-client.yml", "https://docs.pypi.org/trusted-publishers/",
    """
name: release kaso-client
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
      - run: python -m pip install build twine
      - run: python -m build
      - name: upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-reservation.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy reservation-site
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482915730416:role/gha-deploy-yoyaku
          aws-region: ap-northeast-1
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-backup-check.yml", "https://api.slack.com/messaging/webhooks",
    """
name: nightly backup check
on:
  schedule:
    - cron: "0 18 * * *"   # 03:00 JST
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/check_backups.sh > report.txt
      - name: 結果を #it-夜間 に通知
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"夜間バックアップ確認に失敗しました"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/aws-access-key", ".github/workflows/sync-portraits.yml", "https://github.com/aws-actions/configure-aws-credentials",
    """
name: sync portraits to DR bucket
on:
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: ap-northeast-3
    steps:
      - run: aws s3 sync s3://sakuragaoka-portraits-prod s3://sakuragaoka-portraits-dr --only-show-errors
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/rds-master-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_instance" "yoyaku" {
  identifier              = "yoyaku-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "yoyaku"
  username                = "yoyaku_admin"
  password                = "@@secret@@"
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
  tags = { system = "reservation", owner = "it-team" }
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/terraform/scheduler_db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "kaso_db" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "kaso_db" {
  name = "prod/kaso/db"
}

resource "aws_secretsmanager_secret_version" "kaso_db" {
  secret_id     = aws_secretsmanager_secret.kaso_db.id
  secret_string = jsonencode({ username = "scheduler", password = random_password.kaso_db.result })
}
""")

add("terraform/datadog-api-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs",
    """
terraform {
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.0" }
    datadog = { source = "DataDog/datadog", version = "~> 3.40" }
  }
}

provider "aws" {
  region = "ap-northeast-1"
}

provider "datadog" {
  api_key = "@@secret@@"
  app_key = "@@app@@"
  api_url = "https://api.ap1.datadoghq.com/"
}
""", datadog_key(), app=hexs(40))

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables",
    """
# terraform.tfvars にコピーして使う。値は 1Password「インフラ」から。
environment      = "staging"
db_password      = "REPLACE_ME"
datadog_api_key  = "<datadog api key>"
datadog_app_key  = "<datadog app key>"
slack_webhook    = ""
allowed_cidrs    = ["203.0.113.0/24"]
""")

add("ansible/windows-admin-password", "ansible/inventories/halls/group_vars/reception_pcs.yml", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html",
    """
# 各式場 受付 PC (Windows 11) — 香典帳・芳名録アプリ
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: hall-admin
ansible_password: "@@secret@@"
kouden_app_version: "3.2.0"
printer_share: "\\\\\\\\fs01\\\\reception-printer"
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/inventories/crematorium/group_vars/furnace_hmi/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/ldap-bind-password", "ansible/roles/sssd/defaults/main.yml", "https://sssd.io/docs/ad/ad-provider.html",
    """
---
sssd_domain: corp.sakuragaoka-memorial.local
sssd_ldap_uri: ldaps://dc01.corp.sakuragaoka-memorial.local
sssd_ldap_search_base: dc=corp,dc=sakuragaoka-memorial,dc=local
sssd_ldap_default_bind_dn: cn=svc-sssd,ou=ServiceAccounts,dc=corp,dc=sakuragaoka-memorial,dc=local
sssd_ldap_default_authtok: "@@secret@@"
sssd_access_groups:
  - it-admins
  - kaso-operators
""", rand_pw(18, "!%"))

add("dockerfile/npm-token", "memorial-pages/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret-mount", "reservation-site/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv/app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=reservation.settings.production
CMD ["gunicorn", "reservation.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""")

add("dockerfile/ftp-password", "kaiho-print/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """
# 会葬礼状の印刷データを印刷会社の FTP に送るバッチ
FROM python:3.11-slim
RUN pip install --no-cache-dir lftp-wrapper==0.3 pillow==10.3.0
ENV PRINT_FTP_HOST=ftp.example-insatsu.co.jp \\
    PRINT_FTP_USER=sakuragaoka \\
    PRINT_FTP_PASS=@@secret@@
COPY send_letters.py /usr/local/bin/
CMD ["python", "/usr/local/bin/send_letters.py"]
""", rand_pw(12))

add("shell/mysql-password", "scripts/backup_signage_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
#!/usr/bin/env bash
# サイネージ DB の夜間ダンプ (各式場の NAS へ)
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump -h 10.30.0.12 -u backup -p'@@secret@@' --single-transaction signage \\
  | gzip > /mnt/nas/backup/signage-${STAMP}.sql.gz
find /mnt/nas/backup -name 'signage-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/decoy-env-reference", "scripts/deploy.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion",
    """
#!/usr/bin/env bash
set -euo pipefail
: "${STRIPE_SECRET_KEY:?STRIPE_SECRET_KEY is not set}"
: "${SLACK_WEBHOOK_URL:?}"
aws ecs update-service --cluster yoyaku --service web --force-new-deployment
curl -sf -X POST -H 'Content-type: application/json' \\
  --data '{"text":"予約サイトをデプロイしました"}' "$SLACK_WEBHOOK_URL"
""")

add("shell/basic-auth-curl", "scripts/pull_city_slots.sh", "https://curl.se/docs/manpage.html#-u",
    """
#!/bin/sh
# 市営斎場 火葬予約システムから翌日の空き枠を取得 (毎朝 6:00)
DAY=$(date -d tomorrow +%F)
curl -s -u sakuragaoka:@@secret@@ \\
  "https://kasoba-yoyaku.example-city.lg.jp/api/v1/slots?date=${DAY}" \\
  -o /var/lib/kaso/city-slots-${DAY}.json
/opt/kaso/bin/import-city-slots /var/lib/kaso/city-slots-${DAY}.json
""", rand_pw(16))

add("shell/decoy-read-prompt", "scripts/rotate_hmi_password.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read",
    """
#!/usr/bin/env bash
# 炉 HMI のローカル管理者パスワード変更 (年次)。新パスワードは入力させる。
set -euo pipefail
read -r -s -p "New HMI admin password: " NEW_PW; echo
read -r -s -p "Again: " NEW_PW2; echo
[ "$NEW_PW" = "$NEW_PW2" ] || { echo "mismatch" >&2; exit 1; }
for host in hmi-1 hmi-2 hmi-3; do
  ssh "admin@${host}.kaso.local" "chpasswd" <<< "admin:${NEW_PW}"
done
echo "done. 1Password の「火葬炉 HMI」を更新してください。"
""")

# ---------------------------------------------------------------------------------------------
# Runbooks, wiki notes, READMEs (many in Japanese)
# ---------------------------------------------------------------------------------------------
add("markdown/furnace-hmi-password", "docs/runbooks/kaso-ro-hmi.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """
# 火葬炉 HMI 運用手順

## 接続先

| 炉 | HMI ホスト | ユーザー | パスワード |
|----|-----------|---------|-----------|
| 1号炉 | hmi-1.kaso.local | operator | (共通) |
| 2号炉 | hmi-2.kaso.local | operator | (共通) |
| 3号炉 (大型) | hmi-3.kaso.local | operator | (共通) |

共通パスワード: `@@secret@@`
(メーカー保守時はメーカーに口頭で伝えること。メールに書かない。)

## 朝の立ち上げ

1. 主燃焼室のバーナー点検ランプが緑であることを確認
2. HMI にログインし「予熱」→ 650℃ まで約 40 分
3. 排ガス温度が 200℃ 未満であることを確認
""", words_pw())

add("markdown/decoy-vault-reference", "docs/runbooks/kaso-ro-hmi-2025.md", "https://developer.1password.com/docs/cli/secret-references/",
    """
# 火葬炉 HMI 運用手順 (2025 改訂)

パスワードはこの文書に書かない。1Password の参照:

- 共通オペレーター: `op://Crematorium/hmi-operator/password`
- メーカー保守用: `op://Crematorium/hmi-vendor/password` (保守日のみ共有)

```sh
op read "op://Crematorium/hmi-operator/password" | pbcopy
```

立ち上げ手順は前版と同じ。予熱 650℃、排ガス温度 200℃ 未満を確認。
""")

add("markdown/wifi-psk-handover", "docs/wiki/引き継ぎ_北斎場.md", "https://www.markdownguide.org/basic-syntax/",
    """
# 北斎場 引き継ぎメモ (山田 → 佐藤)

- 受付 PC: 起動後に香典帳アプリが自動起動しない場合はデスクトップのショートカットから
- 控室のテレビ: 入力切替は HDMI2 (配信用)
- 館内 Wi-Fi (スタッフ用): SSID `SGM-KITA-STAFF` / パスワード `@@secret@@`
- 来客用 Wi-Fi は受付の掲示を参照 (毎月変更)
- 霊柩車の鍵: 事務所のキーボックス 3 番
- 夜間の連絡先: 当直携帯 080-0000-0000
""", passphrase())

add("markdown/decoy-guest-wifi-notice", "docs/wiki/来客用Wi-Fi掲示.md", "https://www.markdownguide.org/basic-syntax/",
    """
# ご会葬の皆さまへ (受付掲示用テンプレート)

館内では無料 Wi-Fi をご利用いただけます。

- SSID: `SGM-GUEST`
- パスワード: 受付にてお尋ねください
- ライブ配信の URL は喪主様から共有されたものをご利用ください

※ 通夜・告別式の最中は、携帯電話をマナーモードに設定してください。
""")

add("markdown/zoom-client-secret", "docs/wiki/live-streaming-setup.md", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/",
    """
# Livestreamed services: Zoom setup

Families abroad often ask to attend the ceremony online. We use a Server-to-Server OAuth app
("sgm-stream") to create a webinar per service.

```
ZOOM_ACCOUNT_ID=@@acct@@
ZOOM_CLIENT_ID=@@cid@@
ZOOM_CLIENT_SECRET=@@secret@@
```

The hall PC runs `stream/create_webinar.py <booking-id>` the day before and prints the join link
for the family. Recording is off by default; turn it on only with the chief mourner's consent.
""", rand_pw(32), acct=rand_pw(22), cid=rand_pw(22))

add("markdown/decoy-readme-setup", "reservation-site/README.md", "https://www.makeareadme.com/",
    """
# 予約サイト (yoyaku)

葬儀・法要・式場見学の予約を受け付ける Django アプリ。

## ローカル開発

```sh
cp .env.example .env          # 値は 1Password「予約サイト」から
docker compose up -d db
python manage.py migrate
python manage.py runserver
```

Stripe はテストモード (`sk_test_...`) のキーを使う。本番キーは AWS Secrets Manager の
`prod/yoyaku/stripe` にあり、ECS タスク定義から注入される。

## テスト

```sh
pytest -q
```
""")

add("markdown/gmo-shop-password", "docs/wiki/決済_GMOペイメント.md", "https://docs.mul-pay.jp/",
    """
# 決済: GMO ペイメントゲートウェイ (事前相談・互助会の月払い)

本番環境の接続情報 (2023/10 契約)

- サイト ID: `mst2000031834`
- サイトパスワード: `@@site@@`
- ショップ ID: `9200007715530`
- ショップパスワード: `@@secret@@`
- 接続先: `https://p01.mul-pay.jp/payment/`

テスト環境は `pt01.mul-pay.jp`、ID はテスト用のものを使うこと。
""", rand_pw(8).lower(), site=rand_pw(8).lower())

add("markdown/decoy-test-card-numbers", "docs/wiki/決済テスト手順.md", "https://docs.stripe.com/testing",
    """
# 決済テスト手順

テストモードで以下のカード番号を使う (Stripe 公式のテストカード):

| 用途 | カード番号 | 有効期限 | CVC |
|------|-----------|---------|-----|
| 成功 | 4242 4242 4242 4242 | 任意の将来日 | 任意 |
| 3D セキュア | 4000 0027 6000 3184 | 任意の将来日 | 任意 |
| 残高不足 | 4000 0000 0000 9995 | 任意の将来日 | 任意 |

公開可能キー `pk_test_` で始まるものだけをフロントに置く。
""")

add("markdown/ssh-private-key", "docs/wiki/ops/furnace-bastion.md", "https://man.openbsd.org/ssh-keygen",
    """
# 斎場 踏み台サーバ (bastion) への接続

業者のノート PC から入るときは、以下の鍵を `~/.ssh/kaso_bastion` に保存して使う。
作業が終わったら削除してもらうこと。

```
@@secret@@
```

```sh
chmod 600 ~/.ssh/kaso_bastion
ssh -i ~/.ssh/kaso_bastion maint@bastion.kaso.sakuragaoka-memorial.jp
```
""", pem("OPENSSH"))

add("markdown/decoy-public-key", "docs/wiki/ops/authorized-keys.md", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# 踏み台に登録している公開鍵

公開鍵なので共有して問題なし。追加・削除はこの表と Ansible の `users.yml` を同時に更新する。

| 担当 | 鍵 |
|------|----|
| 山田 | `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ yamada@sgm` |
| 佐藤 | `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sato@sgm` |
| 炉メーカー保守 | `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ maint@vendor` |
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("markdown/chatwork-api-token", "docs/wiki/通知ボット.md", "https://developer.chatwork.com/reference/authentication",
    """
# Chatwork 通知ボット

提携の仕出し屋 (料理) ・返礼品業者とは Chatwork でやり取りしている。発注確定時にボットが投稿する。

- ルーム: 「桜ヶ丘×仕出し 発注」 (room_id 285517403)
- API トークン (ボット用アカウント): @@secret@@

```sh
curl -X POST -H "X-ChatWorkToken: @@secret@@" \\
  -d "body=通夜振る舞い 30名分 確定" \\
  "https://api.chatwork.com/v2/rooms/285517403/messages"
```
""", hexs(32))

add("markdown/decoy-redacted-token", "docs/incidents/2024-06-token-leak.md", "https://sre.google/sre-book/postmortem-culture/",
    """
# ポストモーテム: Chatwork トークンの誤掲載 (2024-06)

## 概要
通知ボットの API トークンが社内 Wiki に平文で記載されていた。

## 対応
- トークンを失効・再発行 (旧: `a3f1************************9c0e`)
- 新トークンは Secrets Manager `prod/notify/chatwork` に格納
- Wiki から記載を削除し、履歴も消去

## 再発防止
- pre-commit に secret スキャナを導入
""")

add("markdown/kintone-api-token", "docs/wiki/kintone連携.md", "https://cybozu.dev/ja/kintone/docs/overview/authentication/",
    """
# kintone 連携 (互助会 会員台帳)

会員台帳アプリ (アプリ ID 142) のレコードを夜間に予約 DB へ同期している。

| 項目 | 値 |
|------|----|
| サブドメイン | sgm-gojokai.cybozu.com |
| アプリ ID | 142 |
| API トークン (閲覧のみ) | @@secret@@ |

```python
headers = {"X-Cybozu-API-Token": "<上の値>"}
```
""", rand_pw(40))

add("markdown/decoy-uuid-ids", "docs/wiki/式場一覧.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """
# 式場一覧 (システム上の ID)

| 式場 | hall_id | 収容人数 |
|------|---------|---------|
| 本館 桜の間 | @@u1@@ | 120 |
| 本館 楓の間 | @@u2@@ | 60 |
| 北斎場 | @@u3@@ | 80 |
| 家族葬ホール こもれび | @@u4@@ | 20 |
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/postgres-connection-uri", "cremation-scheduler/README.md", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """
# cremation-scheduler

火葬炉の予約枠 (自社炉 3 基 + 市営斎場の共同利用枠) を管理する。

## 本番 DB (読み取り専用レプリカ)

集計やデバッグで本番データを見るときは読み取りレプリカを使う:

```
psql "postgresql://readonly:@@secret@@@pg-kaso-replica.internal:5432/kaso_schedule?sslmode=require"
```

## 開発

```
make dev   # docker compose で postgres を起動し、テストデータを投入
```
""", words_pw())

add("markdown/decoy-example-connection", "cremation-scheduler/docs/dev.md", "https://www.postgresql.org/docs/current/libpq-connect.html",
    """
# 開発環境

ローカルの postgres は docker compose で起動する。

```
export KASO_DATABASE_URL=postgresql://postgres:postgres@localhost:5432/kaso_dev
make migrate
make seed   # 架空の故人名・喪主名でテストデータを作成
```

本番・ステージングの接続情報は `op://Kaso/pg-*` を参照すること。
""")

# ---------------------------------------------------------------------------------------------
# Configuration files
# ---------------------------------------------------------------------------------------------
add("ini/postgres-password", "cremation-scheduler/deploy/scheduler.ini", "https://docs.python.org/3/library/configparser.html",
    """
; /etc/kaso/scheduler.ini
[db]
host = pg-kaso.internal
port = 5432
name = kaso_schedule
user = scheduler
password = @@secret@@

[city_api]
base_url = https://kasoba-yoyaku.example-city.lg.jp/api
timeout = 10

[furnaces]
count = 3
large = 3
closed_on = tomobiki
""", words_pw())

add("ini/decoy-interpolated-env", "furnace-gateway/gateway.ini", "https://docs.python.org/3/library/configparser.html#interpolation-of-values",
    """
[opcua]
endpoint = opc.tcp://10.20.1.11:4840/furnace
user = gateway
password = %(ENV_OPCUA_PASSWORD)s

[monitoring]
url = https://monitor.kaso.local/api/v1/push
token = ${MONITOR_TOKEN}
interval_seconds = 5
""")

add("ini/smb-password", "reception-pc/kouden/config.ini", "https://learn.microsoft.com/en-us/windows-server/storage/file-server/file-server-smb-overview",
    """
; 香典帳アプリ 設定 (受付 PC)
[General]
HallName=北斎場
Printer=\\\\fs01\\reception-printer

[Share]
Path=\\\\fs01\\kouden$
User=CORP\\svc-kouden
Password=@@secret@@

[Export]
Format=csv
Encoding=shift_jis
""", words_pw())

add("ini/pypirc-password", "kaso-client/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.sakuragaoka-memorial.jp/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("ini/decoy-pypirc-keyring", "memorial-utils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password: taken from keyring (keyring set https://upload.pypi.org/legacy/ __token__)
""")

add("toml/github-token", "tools/hall-inventory/config.toml", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
    """
# 式場備品 (祭壇・棺・骨壺) の在庫を GitHub Issues で管理するツール
[github]
owner = "sakuragaoka-memorial"
repo = "hall-inventory"
token = "@@secret@@"

[thresholds]
kotsutsubo_7sun = 10
kotsutsubo_6sun = 8
hitsugi_standard = 5
""", fakes.github_token(_seed()))

add("toml/decoy-pyproject", "kaso-client/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "kaso-client"
version = "1.4.2"
description = "Client for the cremation slot API (自社炉・市営斎場)"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.6"]

[project.urls]
Homepage = "https://github.com/sakuragaoka-memorial/kaso-client"

[tool.hatch.build.targets.wheel]
packages = ["src/kaso_client"]
""")

add("toml/sentry-auth-token", "memorial-pages/.sentryclirc", "https://docs.sentry.io/cli/configuration/",
    """
[defaults]
url = https://sentry.io/
org = sakuragaoka-memorial
project = memorial-pages

[auth]
token = @@secret@@
""", "sntrys_" + fakes.drawn(_seed(), 120, ALNUM))

add("toml/decoy-cargo-config", "furnace-hmi-bridge/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html",
    """
[package]
name = "furnace-hmi-bridge"
version = "0.6.1"
edition = "2021"
description = "Bridges the furnace HMI Modbus registers to the monitoring API"

[dependencies]
tokio = { version = "1", features = ["full"] }
tokio-modbus = "0.14"
reqwest = { version = "0.12", features = ["json", "rustls-tls"], default-features = false }
serde = { version = "1", features = ["derive"] }
""")

add("json/square-access-token", "pos-bridge/config/production.json", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
{
  "environment": "production",
  "square": {
    "applicationId": "sq0idp-@@app@@",
    "accessToken": "@@secret@@",
    "locationIds": {"honkan": "L8Q2W7YJ3RKAB", "kita": "LZ5N0T4PXG6HD"}
  },
  "items": {
    "kyoka": "供花",
    "kaiho": "会葬礼状",
    "henreihin": "返礼品"
  }
}
""", square_token(), app=rand_pw(22))

add("json/decoy-firebase-config", "memorial-pages/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@k@@",
  "authDomain": "sgm-memorial-pages.firebaseapp.com",
  "projectId": "sgm-memorial-pages",
  "storageBucket": "sgm-memorial-pages.appspot.com",
  "messagingSenderId": "618204957733",
  "appId": "1:618204957733:web:@@app@@"
}
""", k=google_api_key(), app=hexs(22))

_GCP_PEM = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "photo-archive/credentials/sgm-photo-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "sgm-photo-archive",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "photo-sync@sgm-photo-archive.iam.gserviceaccount.com",
  "client_id": "104729381650284716233",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _GCP_PEM.splitlines()[1], pk=_GCP_PEM.replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-package-lock", "memorial-pages/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "memorial-pages",
  "version": "3.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/nanoid": {
      "version": "3.3.7",
      "resolved": "https://registry.npmjs.org/nanoid/-/nanoid-3.3.7.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/paypay-api-secret", "pos-bridge/config/paypay.json", "https://developer.paypay.ne.jp/products/docs/webpayment",
    """
{
  "merchantId": "@@mid@@",
  "apiKey": "a_@@ak@@",
  "apiSecret": "@@secret@@",
  "productionMode": true,
  "redirectUrl": "https://yoyaku.sakuragaoka-memorial.jp/pay/paypay/done"
}
""", paypay_secret(), mid=str(random.Random(_seed()).randint(10**17, 10**18)), ak=rand_pw(10) + "_" + rand_pw(4))

add("json/decoy-vscode-settings", "reservation-site/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings",
    """
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "python.testing.pytestEnabled": true,
  "editor.formatOnSave": true,
  "files.encoding": "utf8",
  "sqltools.connections": [
    {"name": "local yoyaku", "driver": "PostgreSQL", "server": "localhost", "port": 5432,
     "database": "yoyaku", "username": "yoyaku", "askForPassword": true}
  ]
}
""")

add("json/mailgun-api-key", "obituary-notify/config/mailgun.json", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
{
  "domain": "mg.sakuragaoka-memorial.jp",
  "region": "us",
  "apiKey": "@@secret@@",
  "from": "桜ヶ丘メモリアル <notice@mg.sakuragaoka-memorial.jp>",
  "templates": {"obituary": "obituary-ja-v3", "hoyo_reminder": "hoyo-49nichi-v1"}
}
""", mailgun_key())

add("properties/oracle-password", "kaikei-batch/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
    """
# 会計連携バッチ (葬儀売上 → 基幹会計)
spring.datasource.url=jdbc:oracle:thin:@//ora-kaikei.internal:1521/KAIKEI
spring.datasource.username=SOGI_BATCH
spring.datasource.password=@@secret@@
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.batch.job.enabled=true
kaikei.export.dir=/data/kaikei/out
kaikei.export.encoding=MS932
""", rand_pw(14))

add("properties/decoy-spring-placeholder", "kaikei-batch/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring.application.name=kaikei-batch
spring.datasource.url=${KAIKEI_DB_URL}
spring.datasource.username=${KAIKEI_DB_USER}
spring.datasource.password=${KAIKEI_DB_PASSWORD}
spring.mail.host=smtp.sakuragaoka-memorial.jp
spring.mail.password=${SMTP_PASSWORD:}
logging.level.root=INFO
""")

add("properties/sftp-password", "kaikei-batch/src/main/resources/sftp.properties", "https://docs.spring.io/spring-integration/reference/sftp/session-factory.html",
    """
# 互助会 会費引落データの受取 (収納代行会社)
sftp.host=sftp.example-shuno.co.jp
sftp.port=22
sftp.user=sgm_gojokai
sftp.password=@@secret@@
sftp.remote-dir=/outbound/sgm
sftp.local-dir=/data/gojokai/in
""", words_pw())

add("xml/smtp-password", "kiosk-app/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="HallCode" value="KITA" />
    <add key="ObituaryApi" value="https://api.sakuragaoka-memorial.jp/obituaries" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="kiosk-kita@sakuragaoka-memorial.jp" deliveryMethod="Network">
        <network host="smtp.sakuragaoka-memorial.jp" port="587" enableSsl="true"
                 userName="kiosk-kita@sakuragaoka-memorial.jp" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("xml/decoy-maven-settings-env", "kaikei-batch/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings>
  <servers>
    <server>
      <id>sgm-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>sgm-nexus</id>
      <url>https://nexus.sakuragaoka-memorial.jp/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("xml/sqlserver-connection-string", "kouden-sync/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kouden"
         connectionString="Server=sql01.corp.sakuragaoka-memorial.local;Database=Kouden;User Id=kouden_app;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <globalization culture="ja-JP" uiCulture="ja-JP" />
  </system.web>
</configuration>
""", words_pw())

add("yaml/decoy-helm-values", "deploy/helm/obituary-notify/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """
replicaCount: 2
image:
  repository: registry.sakuragaoka-memorial.jp/obituary-notify
  tag: "1.9.0"
smtp:
  host: smtp.sakuragaoka-memorial.jp
  user: notice@sakuragaoka-memorial.jp
  existingSecret: obituary-notify-smtp
  passwordKey: password
line:
  existingSecret: obituary-notify-line
resources:
  limits: {cpu: 500m, memory: 256Mi}
""")

add("yaml/mongodb-uri", "memorial-guestbook/config/production.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
# オンライン芳名録・お悔やみメッセージ
app:
  name: memorial-guestbook
  locale: ja
  moderation: manual   # 投稿は喪主様の承認後に公開
mongo:
  uri: mongodb+srv://guestbook:@@secret@@@cluster0.q8xkz.mongodb.net/guestbook?retryWrites=true&w=majority
storage:
  bucket: sgm-guestbook-photos
""", rand_pw(20))

add("yaml/decoy-openapi-example", "kaso-client/openapi/kaso.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/",
    """
openapi: 3.0.3
info:
  title: Cremation slot API
  version: "1.4"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: opaque
paths:
  /slots:
    get:
      security: [{bearerAuth: []}]
      parameters:
        - in: header
          name: Authorization
          example: "Bearer YOUR_API_TOKEN"
      responses:
        "200": {description: 空き枠の一覧}
""")

add("yaml/discord-webhook", "florist-orders/config/notify.yaml", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
# 生花部の発注通知 (部内は Discord を使っている)
notify:
  on_new_order: true
  on_cancel: true
  discord_webhook: "@@secret@@"
  mention_role: "@生花部"
quiet_hours:
  start: "22:00"
  end: "06:00"
""", discord_webhook())

# ---------------------------------------------------------------------------------------------
# Code in other languages
# ---------------------------------------------------------------------------------------------
add("go/modbus-gateway-token", "furnace-monitor/cmd/pusher/main.go", "https://pkg.go.dev/net/http#Header.Set",
    """
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

// 監視サーバへの送信トークン (炉ごとに発行)
const monitorToken = "mon_@@secret@@"

type reading struct {
	Furnace int     `json:"furnace"`
	Main    float64 `json:"main_chamber_c"`
	Flue    float64 `json:"flue_gas_c"`
}

func push(r reading) error {
	body, _ := json.Marshal(r)
	req, _ := http.NewRequest("POST", "https://monitor.kaso.local/api/v1/push", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer mon_@@secret@@")
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}

func main() {
	for range time.Tick(5 * time.Second) {
		if err := push(reading{Furnace: 1, Main: 812.4, Flue: 176.0}); err != nil {
			log.Println("push:", err)
		}
	}
}
""", rand_pw(32))

add("go/decoy-env-lookup", "furnace-monitor/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv",
    """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	MonitorToken string
	OPCUAPass    string
}

func Load() (Config, error) {
	token, ok := os.LookupEnv("MONITOR_TOKEN")
	if !ok {
		return Config{}, fmt.Errorf("MONITOR_TOKEN is not set")
	}
	return Config{MonitorToken: token, OPCUAPass: os.Getenv("OPCUA_PASSWORD")}, nil
}
""")

add("go/mysql-dsn-password", "signage-api/internal/store/mysql.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    """
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// 本日の式一覧 (サイネージ表示用)
const dsn = "signage:@@secret@@@tcp(10.30.0.12:3306)/signage?parseTime=true&loc=Asia%2FTokyo"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}

const todayServices = `SELECT hall, deceased_name, ceremony_type, starts_at FROM services WHERE DATE(starts_at) = CURDATE() ORDER BY starts_at`
""", words_pw())

add("java/sftp-password", "kaikei-batch/src/main/java/jp/sgm/kaikei/SftpUploader.java", "https://www.jcraft.com/jsch/",
    """
package jp.sgm.kaikei;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** 月次の葬儀売上 CSV を税理士事務所の SFTP へ送る。 */
public class SftpUploader {
    private static final String HOST = "sftp.example-zeirishi.jp";
    private static final String USER = "sakuragaoka";
    private static final String PASS = "@@secret@@";

    public void upload(String localPath, String remoteDir) throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword(PASS);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.connect(15000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.cd(remoteDir);
        sftp.put(localPath, ".");
        sftp.disconnect();
        session.disconnect();
    }
}
""", words_pw())

add("java/decoy-constant-names", "kaikei-batch/src/main/java/jp/sgm/kaikei/ConfigKeys.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
package jp.sgm.kaikei;

/** 設定キー名 (値ではない)。 */
public final class ConfigKeys {
    public static final String DB_PASSWORD = "kaikei.db.password";
    public static final String SFTP_PASSWORD = "kaikei.sftp.password";
    public static final String API_TOKEN_HEADER = "X-Kaikei-Api-Token";
    public static final String SECRET_MANAGER_PATH = "prod/kaikei/batch";

    private ConfigKeys() {
    }
}
""")

add("java/stripe-secret-key", "memorial-shop/src/main/java/jp/sgm/shop/PaymentConfig.java", "https://docs.stripe.com/api/authentication?lang=java",
    """
package jp.sgm.shop;

import com.stripe.Stripe;
import org.springframework.context.annotation.Configuration;

import jakarta.annotation.PostConstruct;

/** 法要の返礼品・仏具オンラインショップ */
@Configuration
public class PaymentConfig {
    @PostConstruct
    public void init() {
        Stripe.apiKey = "@@secret@@";
        Stripe.setAppInfo("sgm-memorial-shop", "2.3.0", "https://shop.sakuragaoka-memorial.jp");
    }
}
""", stripe_key("rk_live_"))

add("kotlin/firebase-server-key", "staff-app/app/src/main/java/jp/sgm/staff/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/migrate-v1",
    """
package jp.sgm.staff

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// 搬送依頼を当直スタッフの端末へプッシュ (旧 FCM HTTP API)
object PushSender {
    private const val SERVER_KEY = "@@secret@@"
    private val client = OkHttpClient()

    fun notifyTransport(deviceToken: String, address: String) {
        val json = \"\"\"{"to":"$deviceToken","notification":{"title":"搬送依頼","body":"$address"}}\"\"\"
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("kotlin/decoy-buildconfig", "staff-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "jp.sgm.staff"
    compileSdk = 34
    defaultConfig {
        applicationId = "jp.sgm.staff"
        minSdk = 28
        versionCode = 41
        versionName = "4.1.0"
        buildConfigField("String", "MAPS_API_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "sgm-staff"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("csharp/sqlserver-password", "kouden-sync/src/KoudenSync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnectionstringbuilder",
    """
using Microsoft.Data.SqlClient;

// 香典帳 (受付 PC のローカル DB) を本部 SQL Server へ同期
var builder = new SqlConnectionStringBuilder
{
    DataSource = "sql01.corp.sakuragaoka-memorial.local",
    InitialCatalog = "Kouden",
    UserID = "kouden_sync",
    Password = "@@secret@@",
    Encrypt = true,
    TrustServerCertificate = true,
};

using var conn = new SqlConnection(builder.ConnectionString);
await conn.OpenAsync();
Console.WriteLine("connected: " + conn.ServerVersion);
""", words_pw())

add("csharp/decoy-user-secrets", "kiosk-app/src/Kiosk/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
using Microsoft.Extensions.Configuration;

namespace Kiosk;

public static class Startup
{
    // 開発時は dotnet user-secrets、本番は Azure Key Vault から読む
    public static IConfiguration Build(string env) =>
        new ConfigurationBuilder()
            .AddJsonFile("appsettings.json")
            .AddJsonFile($"appsettings.{env}.json", optional: true)
            .AddUserSecrets<Program>(optional: true)
            .AddAzureKeyVault(new Uri("https://sgm-kiosk-kv.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential())
            .Build();
}
""")

add("csharp/azure-storage-key", "kiosk-app/src/Kiosk/PhotoUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
using Azure.Storage.Blobs;

namespace Kiosk;

// 思い出コーナー (メモリアルフォト) のスライド画像を Blob に置く
public class PhotoUploader
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=sgmmemorialphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public async Task UploadAsync(string serviceId, string path)
    {
        var container = new BlobContainerClient(ConnectionString, "slides");
        await container.UploadBlobAsync($"{serviceId}/{Path.GetFileName(path)}", File.OpenRead(path));
    }
}
""", azure_storage_key())

add("php/mysql-password", "memorial-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
// 会社サイト (WordPress) — 葬儀のご案内・費用プラン・お知らせ
define( 'DB_NAME', 'sgm_wp' );
define( 'DB_USER', 'sgm_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-wp.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-getenv", "memorial-wp/wp-content/mu-plugins/sgm-recaptcha.php", "https://developers.google.com/recaptcha/docs/verify",
    """
<?php
/*
 * Plugin Name: SGM reCAPTCHA (お問い合わせ・資料請求フォーム)
 */
const SGM_RECAPTCHA_SITE_KEY = '6Lc@@site@@';   // サイトキー: ページに埋め込む公開値

function sgm_recaptcha_verify( string $token ): bool {
	$secret = getenv( 'RECAPTCHA_SECRET' );
	$resp   = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
		'body' => [ 'secret' => $secret, 'response' => $token ],
	] );
	$body = json_decode( wp_remote_retrieve_body( $resp ), true );
	return ! empty( $body['success'] );
}
""", site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("php/recaptcha-secret", "memorial-wp/wp-content/themes/sgm/inc/contact.php", "https://developers.google.com/recaptcha/docs/verify",
    """
<?php
// 事前相談フォームの送信処理
function sgm_contact_submit() {
	$token  = $_POST['g-recaptcha-response'] ?? '';
	$resp   = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
		'body' => [ 'secret' => '@@secret@@', 'response' => $token ],
	] );
	$result = json_decode( wp_remote_retrieve_body( $resp ), true );
	if ( empty( $result['success'] ) ) {
		wp_die( '送信に失敗しました。お電話でお問い合わせください。' );
	}
	wp_mail( 'soudan@sakuragaoka-memorial.jp', '事前相談のお申し込み', sanitize_textarea_field( $_POST['message'] ) );
}
""", "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("ruby/shopify-access-token", "memorial-shop-sync/lib/shopify_sync.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
# 仏具・返礼品ショップ (Shopify) の在庫を倉庫システムと同期する
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "@@ak@@",
  api_secret_key: "",
  host: "https://sync.sakuragaoka-memorial.jp",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-04",
  is_private: true,
)

SESSION = ShopifyAPI::Auth::Session.new(
  shop: "sgm-butsugu.myshopify.com",
  access_token: "@@secret@@",
)
""", shopify_token(), ak=hexs(32))

add("ruby/decoy-credentials-reference", "memorial-guestbook/config/initializers/storage.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# オンライン芳名録: 写真アップロード先
Rails.application.configure do
  config.x.storage = {
    bucket: "sgm-guestbook-photos",
    access_key_id: Rails.application.credentials.dig(:aws, :access_key_id),
    secret_access_key: Rails.application.credentials.dig(:aws, :secret_access_key),
    region: "ap-northeast-1",
  }
end
""")

add("ruby/smtp-password", "memorial-guestbook/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration",
    """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "email-smtp.ap-northeast-1.amazonaws.com",
    port: 587,
    user_name: "@@user@@",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true,
  }
  config.action_mailer.default_url_options = { host: "guestbook.sakuragaoka-memorial.jp" }
  config.i18n.default_locale = :ja
end
""", "B" + fakes.drawn(_seed(), 43, ALNUM + "+/"), user=fakes.aws_key_id(_seed()))

add("rust/modbus-bridge-api-key", "furnace-hmi-bridge/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth",
    """
use std::time::Duration;
use tokio_modbus::prelude::*;

// 炉 HMI の保持レジスタ (40001-40010) を監視 API に送る
const MONITOR_URL: &str = "https://monitor.kaso.local/api/v1/registers";
const API_KEY: &str = "@@secret@@";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = "10.20.1.21:502".parse()?;
    let mut ctx = tcp::connect(addr).await?;
    let http = reqwest::Client::new();
    loop {
        let regs = ctx.read_holding_registers(0, 10).await??;
        http.post(MONITOR_URL).bearer_auth(API_KEY).json(&regs).send().await?;
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}
""", rand_pw(40))

add("rust/decoy-test-constant", "furnace-hmi-bridge/src/auth.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html",
    """
pub fn bearer(token: &str) -> String {
    format!("Bearer {}", token)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAKE_TOKEN: &str = "test-token-not-real";

    #[test]
    fn formats_bearer() {
        assert_eq!(bearer(FAKE_TOKEN), "Bearer test-token-not-real");
    }
}
""")

add("swift/decoy-google-maps-ios", "staff-ios/StaffApp/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key",
    """
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // Info.plist の GMSApiKey (iOS アプリ制限付き) を読む
        let key = Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? ""
        GMSServices.provideAPIKey(key)
        return true
    }
}
""")

add("swift/twilio-api-key-secret", "staff-ios/StaffApp/Services/CallService.swift", "https://www.twilio.com/docs/iam/api-keys",
    """
import Foundation

// 搬送中のドライバーへ折り返し発信 (Twilio Voice)
enum TwilioCredentials {
    static let accountSid = "@@sid@@"
    static let apiKeySid = "SK@@sk@@"
    static let apiKeySecret = "@@secret@@"
}

final class CallService {
    func tokenRequest(identity: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.sakuragaoka-memorial.jp/voice/token?identity=\\(identity)")!)
        let basic = "\\(TwilioCredentials.apiKeySid):\\(TwilioCredentials.apiKeySecret)".data(using: .utf8)!.base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", rand_pw(32), sid=twilio_sid(), sk=hexs(32))

add("plist/decoy-info-plist", "staff-ios/StaffApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>SGM スタッフ</string>
  <key>CFBundleIdentifier</key>
  <string>jp.sgm.staff</string>
  <key>GMSApiKey</key>
  <string>$(GMS_API_KEY)</string>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>搬送先までの経路を表示するために使用します。</string>
</dict>
</plist>
""")

add("plist/decoy-firebase-api-key", "staff-ios/StaffApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>618204957733</string>
  <key>BUNDLE_ID</key>
  <string>jp.sgm.staff</string>
  <key>PROJECT_ID</key>
  <string>sgm-staff</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:618204957733:ios:@@app@@</string>
</dict>
</plist>
""", k=google_api_key(), app=hexs(22))

add("typescript/stripe-secret-key", "memorial-pages/server/api/offering.post.ts", "https://docs.stripe.com/api/authentication?lang=node",
    """
// 香典・供花のオンライン決済 (Nuxt server route)
import Stripe from "stripe";

const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export default defineEventHandler(async (event) => {
  const body = await readBody<{ serviceId: string; amount: number; kind: "koden" | "kyoka" }>(event);
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    currency: "jpy",
    line_items: [{ price_data: { currency: "jpy", unit_amount: body.amount,
      product_data: { name: body.kind === "koden" ? "御香典" : "御供花" } }, quantity: 1 }],
    success_url: `https://memorial.sakuragaoka-memorial.jp/s/${body.serviceId}/thanks`,
    cancel_url: `https://memorial.sakuragaoka-memorial.jp/s/${body.serviceId}`,
  });
  return { url: session.url };
});
""", stripe_key())

add("typescript/decoy-publishable-key", "memorial-pages/app/plugins/stripe.client.ts", "https://docs.stripe.com/keys#obtain-api-keys",
    """
import { loadStripe } from "@stripe/stripe-js";

// 公開可能キー (ブラウザに出してよい)
const PUBLISHABLE_KEY = "@@pk@@";

export default defineNuxtPlugin(async () => {
  const stripe = await loadStripe(PUBLISHABLE_KEY, { locale: "ja" });
  return { provide: { stripe } };
});
""", pk=stripe_key("pk_live_"))

add("typescript/line-channel-secret", "memorial-pages/server/api/line/webhook.post.ts", "https://developers.line.biz/ja/reference/messaging-api/#signature-validation",
    """
import crypto from "node:crypto";

// LINE 公式アカウントの Webhook 署名検証
const CHANNEL_SECRET = "@@secret@@";

export default defineEventHandler(async (event) => {
  const raw = await readRawBody(event);
  const signature = getHeader(event, "x-line-signature") ?? "";
  const digest = crypto.createHmac("sha256", CHANNEL_SECRET).update(raw ?? "").digest("base64");
  if (digest !== signature) {
    throw createError({ statusCode: 401 });
  }
  return { ok: true };
});
""", hexs(32))

add("typescript/decoy-regex-validation", "memorial-pages/app/utils/validators.ts", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions",
    """
// 入力チェック (お悔やみメッセージ投稿・香典決済フォーム)
export const TEL_RE = /^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$/;
export const POSTAL_RE = /^\\d{3}-?\\d{4}$/;
export const STRIPE_SECRET_RE = /^sk_(live|test)_[0-9a-zA-Z]{24,99}$/;  // 誤貼り付け検知用
export const LINE_TOKEN_RE = /^[A-Za-z0-9+\\/=]{150,200}$/;

export function looksLikeSecret(text: string): boolean {
  return STRIPE_SECRET_RE.test(text) || LINE_TOKEN_RE.test(text);
}
""")

add("typescript/slack-bot-token", "ops-bot/src/index.ts", "https://api.slack.com/authentication/token-types#bot",
    """
import { App } from "@slack/bolt";

// 当日の火葬予約・式の一覧を #本日の施行 に投稿するボット
const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/kyou", async ({ ack, respond }) => {
  await ack();
  await respond("本日の施行: 本館 桜の間 11:00 告別式 / 北斎場 18:00 通夜 / 火葬 13:00 (1号炉)");
});

(async () => {
  await app.start(3000);
})();
""", slack_bot())

add("powershell/ad-service-password", "scripts/windows/New-HallKioskUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser",
    """
# 各式場の受付キオスク用ローカルユーザー作成 (新規開設時)
param([Parameter(Mandatory)] [string] $HallCode)

$Password = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-ADUser -Name "kiosk-$HallCode" `
  -SamAccountName "kiosk-$HallCode" `
  -Path "OU=Kiosks,OU=Halls,DC=corp,DC=sakuragaoka-memorial,DC=local" `
  -AccountPassword $Password `
  -PasswordNeverExpires $true `
  -Enabled $true
Add-ADGroupMember -Identity "Hall-Kiosks" -Members "kiosk-$HallCode"
""", words_pw())

add("powershell/decoy-get-credential", "scripts/windows/Backup-KoudenDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
# 香典帳 DB のバックアップ (手動実行)
$cred = Get-Credential -Message "SQL Server のバックアップ用アカウント"
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "sql01" -Database "Kouden" `
  -BackupFile "\\\\fs01\\backup\\Kouden-$stamp.bak" -Credential $cred
Write-Host "完了: Kouden-$stamp.bak"
""")

_BASIC_PW = rand_pw(16)
add("powershell/basic-auth-header", "scripts/windows/Sync-Obituaries.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
    """
# 訃報掲載 (地方新聞社のおくやみ欄 API) へ当日分を送る
$headers = @{
  Authorization = "Basic @@secret@@"
  "Content-Type" = "application/json; charset=utf-8"
}
$items = Get-Content "C:\\sgm\\okuyami\\today.json" -Raw -Encoding UTF8
Invoke-RestMethod -Method Post -Uri "https://okuyami.example-shimbun.co.jp/api/v2/notices" `
  -Headers $headers -Body $items
""", b64("sakuragaoka:" + _BASIC_PW))

# ---------------------------------------------------------------------------------------------
# SQL, CSV exports, logs, notebooks
# ---------------------------------------------------------------------------------------------
add("sql/create-user-password", "db/migrations/0031_create_report_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- 月次の施行件数レポート (Metabase) 用の読み取りユーザー
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE yoyaku TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON bookings, halls, services, obituaries TO metabase_ro;
-- 故人・喪主の個人情報列は見せない
REVOKE SELECT (deceased_address, chief_mourner_phone) ON services FROM metabase_ro;
""", words_pw())

add("sql/decoy-password-hashes", "db/seeds/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- 開発用のスタッフアカウント (パスワードは bcrypt ハッシュ。平文は "password" ではない乱数)
INSERT INTO staff_users (login, display_name, role, password_hash) VALUES
  ('yamada', '山田 太郎', 'director', '@@h1@@'),
  ('sato',   '佐藤 花子', 'reception', '@@h2@@'),
  ('kaso01', '火葬 担当1', 'furnace', '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/mysql-grant-identified", "db/signage/init/01_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """
-- サイネージ DB 初期化
CREATE DATABASE IF NOT EXISTS signage CHARACTER SET utf8mb4;
CREATE USER 'signage'@'10.30.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON signage.* TO 'signage'@'10.30.%';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH caching_sha2_password BY '@@bk@@';
GRANT SELECT, LOCK TABLES, SHOW VIEW ON signage.* TO 'backup'@'localhost';
FLUSH PRIVILEGES;
""", words_pw(), bk=words_pw())

add("sql/decoy-schema", "db/migrations/0012_furnace_slots.sql", "https://www.postgresql.org/docs/current/sql-createtable.html",
    """
CREATE TABLE furnace_slots (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    furnace_no    smallint NOT NULL CHECK (furnace_no BETWEEN 1 AND 3),
    slot_date     date NOT NULL,
    slot_start    time NOT NULL,
    booking_id    uuid REFERENCES bookings(id),
    permit_no     text,            -- 火葬許可証番号
    api_token_id  uuid,            -- 市営斎場 API のトークン ID (値は保存しない)
    UNIQUE (furnace_no, slot_date, slot_start)
);
COMMENT ON TABLE furnace_slots IS '火葬炉の予約枠。友引は作成しない。';
""")

add("csv/ftp-password", "exports/vendor_accounts_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
vendor,service,url,login,password,contact
花清,供花 発注,https://order.example-florist.jp,sgm01,@@secret@@,担当 鈴木
仕出し松屋,通夜振る舞い,https://matsuya.example-shidashi.jp/b2b,sakuragaoka,@@p2@@,担当 松田
印刷 東邦,会葬礼状,ftp://ftp.example-insatsu.co.jp,sakuragaoka,@@p3@@,担当 東
返礼品 みやび,返礼品,https://b2b.example-miyabi.jp,sgm-honkan,@@p4@@,担当 宮
""", words_pw(), p2=words_pw(), p3=rand_pw(12), p4=words_pw())

add("csv/decoy-booking-export", "exports/bookings_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
booking_id,hall,ceremony,date,plan,deposit_payment_id,status
@@u1@@,本館 桜の間,告別式,2024-05-02,一般葬,pi_@@p1@@,paid
@@u2@@,北斎場,通夜,2024-05-03,家族葬,pi_@@p2@@,paid
@@u3@@,こもれび,一日葬,2024-05-06,一日葬,pi_@@p3@@,refunded
@@u4@@,本館 楓の間,法要,2024-05-11,四十九日,pi_@@p4@@,paid
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(),
    p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24), p4=rand_pw(24))

add("csv/device-admin-passwords", "exports/hall_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
hall,device,model,ip,admin_user,admin_password,notes
本館,配信カメラ,PTZ-200,10.10.5.21,admin,@@secret@@,桜の間 天井
本館,音響ミキサー,DM-16,10.10.5.30,admin,@@p2@@,
北斎場,配信カメラ,PTZ-200,10.40.5.21,admin,@@p3@@,
北斎場,NVR,NV-8,10.40.5.40,admin,@@p4@@,防犯カメラ 8ch
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("log/basic-auth-url", "logs/okuyami-sync-2024-05-12.log", "https://docs.python-requests.org/en/latest/user/authentication/",
    """
2024-05-12 06:00:01,112 INFO  okuyami-sync start (date=2024-05-12)
2024-05-12 06:00:01,340 DEBUG Starting new HTTPS connection (1): okuyami.example-shimbun.co.jp:443
2024-05-12 06:00:01,902 DEBUG POST https://sakuragaoka:@@secret@@@okuyami.example-shimbun.co.jp/api/v2/notices HTTP/1.1 201 88
2024-05-12 06:00:01,903 INFO  posted 3 notices
2024-05-12 06:00:01,905 INFO  okuyami-sync done in 0.79s
""", rand_pw(16))

add("log/decoy-masked-token", "logs/line-push-2024-05-12.log", "https://developers.line.biz/ja/reference/messaging-api/#send-push-message",
    """
2024-05-12 07:30:00 INFO  push start: 4 recipients
2024-05-12 07:30:00 DEBUG Authorization: Bearer ****************************************(redacted)
2024-05-12 07:30:01 INFO  200 x-line-request-id=@@r1@@
2024-05-12 07:30:01 INFO  200 x-line-request-id=@@r2@@
2024-05-12 07:30:01 WARN  400 Invalid reply token (user blocked the account)
2024-05-12 07:30:02 INFO  push done: ok=3 ng=1
""", r1=uuid_s(), r2=uuid_s())

_LOGIN_PW = words_pw()
add("log/smtp-auth-debug", "logs/kiosk-kita-mail.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel",
    """
send: 'ehlo kiosk-kita\\r\\n'
reply: b'250-smtp.sakuragaoka-memorial.jp\\r\\n'
reply: b'250-AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH LOGIN @@u@@\\r\\n'
reply: b'334 UGFzc3dvcmQ6\\r\\n'
send: '@@secret@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<kiosk-kita@sakuragaoka-memorial.jp>\\r\\n'
reply: b'250 2.1.0 Ok\\r\\n'
""", b64(_LOGIN_PW), u=b64("kiosk-kita@sakuragaoka-memorial.jp"))

add("notebook/postgres-password", "analysis/施行件数_月次.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# 月次 施行件数・平均単価 (式場別)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(\\"postgresql+psycopg://analyst:@@secret@@@pg-yoyaku-replica.internal/yoyaku\\")\\n",
    "df = pd.read_sql(\\"SELECT hall, plan, total_jpy, held_on FROM services WHERE held_on >= '2024-01-01'\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby([\\"hall\\", \\"plan\\"])[\\"total_jpy\\"].agg([\\"count\\", \\"mean\\"])"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/decoy-getpass", "analysis/火葬炉_稼働率.ipynb", "https://docs.python.org/3/library/getpass.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd, sqlalchemy as sa\\n",
    "pw = os.environ.get(\\"KASO_RO_PASSWORD\\") or getpass.getpass(\\"kaso readonly password: \\")\\n",
    "engine = sa.create_engine(f\\"postgresql+psycopg://readonly:{pw}@pg-kaso-replica.internal/kaso_schedule\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql(\\"SELECT furnace_no, count(*) FROM furnace_slots WHERE booking_id IS NOT NULL GROUP BY 1\\", engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/google-api-key", "analysis/搬送距離_分析.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/overview",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["病院・ご自宅から安置室までの搬送距離 (寝台車の配置見直し用)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\\n",
    "r = gmaps.distance_matrix(origins, ['東京都世田谷区桜丘5丁目'], mode='driving', language='ja')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api_key())

# ---------------------------------------------------------------------------------------------
# More env files, CI and configs
# ---------------------------------------------------------------------------------------------
add("env/line-channel-secret", "obituary-notify/.env", "https://developers.line.biz/ja/docs/messaging-api/getting-started/",
    """
# 訃報通知ワーカー (本番サーバのローカル .env、リポジトリに入れないこと)
LINE_CHANNEL_ID=2001458401
LINE_CHANNEL_SECRET=@@secret@@
REDIS_URL=redis://queue:6379/0
SMTP_HOST=smtp.sakuragaoka-memorial.jp
LOG_LEVEL=info
""", hexs(32))

add("env/decoy-dev-env", "cremation-scheduler/.env.development", "https://12factor.net/config",
    """
KASO_DATABASE_URL=postgresql://postgres:postgres@localhost:5432/kaso_dev
KASO_CITY_API_BASE=http://localhost:8081/mock-city
KASO_CITY_API_TOKEN=mock-token
KASO_TIMEZONE=Asia/Tokyo
KASO_CLOSED_ON=tomobiki
""")

add("env/gitlab-token", "tools/kaso-release/.env", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
# 炉メーカー資料 (ファームウェア更新履歴) のリリースノート生成
GITLAB_URL=https://gitlab.com
GITLAB_PROJECT=sakuragaoka-memorial/furnace-firmware-notes
GITLAB_TOKEN=@@secret@@
RELEASE_CHANNEL=stable
""", gitlab_token())

add("env/paypay-api-key", "pos-bridge/.env.production", "https://developer.paypay.ne.jp/products/docs/webpayment",
    """
NODE_ENV=production
PAYPAY_MERCHANT_ID=@@mid@@
PAYPAY_API_KEY=a_@@ak@@
PAYPAY_API_SECRET=@@secret@@
PAYPAY_PRODUCTION=true
""", paypay_secret(), mid=str(random.Random(_seed()).randint(10**17, 10**18)), ak=rand_pw(10) + "_" + rand_pw(4))

add("env/decoy-public-keys-only", "memorial-pages/.env.production", "https://nuxt.com/docs/guide/going-further/runtime-config",
    """
# ブラウザに出る値だけ (NUXT_PUBLIC_*)。秘密は ECS タスク定義で注入。
NUXT_PUBLIC_SITE_URL=https://memorial.sakuragaoka-memorial.jp
NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NUXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@rc@@
NUXT_PUBLIC_GA_ID=G-7QK2M4XW9D
""", pk=stripe_key("pk_live_"), rc=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("env/azure-client-secret", "kiosk-app/deploy/.env.kiosk", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal",
    """
# キオスク端末 → Azure Blob / Key Vault (サービスプリンシパル sgm-kiosk)
AZURE_TENANT_ID=@@t@@
AZURE_CLIENT_ID=@@c@@
AZURE_CLIENT_SECRET=@@secret@@
KIOSK_HALL=KITA
""", rand_pw(3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), t=uuid_s(), c=uuid_s())

add("github-actions/decoy-oidc-only", ".github/workflows/terraform-plan.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: terraform plan
on:
  pull_request:
    paths: ["infra/terraform/**"]
permissions:
  id-token: write
  contents: read
  pull-requests: write
jobs:
  plan:
    runs-on: ubuntu-latest
    defaults: {run: {working-directory: infra/terraform}}
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482915730416:role/gha-terraform-plan
          aws-region: ap-northeast-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init -input=false
      - run: terraform plan -input=false -no-color
        env:
          TF_VAR_datadog_api_key: ${{ secrets.DATADOG_API_KEY }}
""")

add("github-actions/docker-registry-password", ".github/workflows/build-signage.yml", "https://github.com/docker/login-action",
    """
name: build signage image
on:
  push:
    branches: [main]
    paths: ["hall-signage/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.sakuragaoka-memorial.jp
          username: ci-signage
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          context: hall-signage
          push: true
          tags: registry.sakuragaoka-memorial.jp/signage:${{ github.sha }}
""", rand_pw(24))

add("yaml/gitlab-ci-sendgrid", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """
stages: [test, notify]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

notify_release:
  stage: notify
  image: curlimages/curl:8.8.0
  only: [tags]
  variables:
    SENDGRID_API_KEY: "@@secret@@"
  script:
    - >
      curl -s https://api.sendgrid.com/v3/mail/send
      -H "Authorization: Bearer $SENDGRID_API_KEY" -H "Content-Type: application/json"
      -d '{"personalizations":[{"to":[{"email":"it@sakuragaoka-memorial.jp"}]}],"from":{"email":"ci@sakuragaoka-memorial.jp"},"subject":"released","content":[{"type":"text/plain","value":"ok"}]}'
""", sendgrid_key())

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference",
    """
version: 2
registries:
  sgm-pypi:
    type: python-index
    url: https://pypi.sakuragaoka-memorial.jp/simple/
    username: dependabot
    password: ${{secrets.SGM_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/reservation-site"
    registries: [sgm-pypi]
    schedule: {interval: weekly, day: monday, time: "09:00", timezone: Asia/Tokyo}
""")

add("yaml/rtmp-stream-key", "streaming/obs/profiles/honkan-sakura.yml", "https://support.google.com/youtube/answer/2907883",
    """
# 本館 桜の間 ライブ配信プロファイル (限定公開)
profile: honkan-sakura
output:
  service: youtube-rtmps
  server: rtmps://a.rtmps.youtube.com:443/live2
  stream_key: @@secret@@
video:
  resolution: 1920x1080
  fps: 30
  bitrate_kbps: 6000
audio:
  source: DM-16 USB
  bitrate_kbps: 160
""", "-".join(fakes.drawn(_seed(), 4, string.ascii_lowercase + string.digits) for _ in range(5)))

add("yaml/decoy-stream-placeholder", "streaming/obs/profiles/kita.yml", "https://support.google.com/youtube/answer/2907883",
    """
# 北斎場 ライブ配信プロファイル。ストリームキーは式ごとに発行し、配信 PC で入力する。
profile: kita
output:
  service: youtube-rtmps
  server: rtmps://a.rtmps.youtube.com:443/live2
  stream_key: "{{ per_service_stream_key }}"
video:
  resolution: 1280x720
  fps: 30
  bitrate_kbps: 4000
""")

add("yaml/mqtt-password", "furnace-gateway/config/mqtt.yaml", "https://www.eclipse.org/paho/index.php?page=clients/python/docs/index.php",
    """
# 炉の温度センサー → MQTT ブローカー (斎場内)
broker:
  host: mqtt.kaso.local
  port: 8883
  tls: true
  username: furnace-sensors
  password: "@@secret@@"
topics:
  - kaso/furnace/1/temperature
  - kaso/furnace/2/temperature
  - kaso/furnace/3/temperature
  - kaso/flue/+/o2
qos: 1
""", rand_pw(20))

add("yaml/decoy-schema-example", "furnace-gateway/config/mqtt.schema.yaml", "https://json-schema.org/understanding-json-schema/",
    """
$schema: "https://json-schema.org/draft/2020-12/schema"
title: mqtt.yaml
type: object
properties:
  broker:
    type: object
    properties:
      host: {type: string, examples: ["mqtt.kaso.local"]}
      username: {type: string}
      password: {type: string, description: "Injected from /run/secrets/mqtt_password", examples: ["<secret>"]}
    required: [host, username]
""")

# ---------------------------------------------------------------------------------------------
# Hosts, devices and their configuration
# ---------------------------------------------------------------------------------------------
add("ini/aws-credentials-file", "ops/laptop-setup/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
# 新しい運用 PC 用。~/.aws/credentials にコピーする (2024/04 山田)
[default]
region = ap-northeast-1

[portraits]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "ops/laptop-setup/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    """
[profile yoyaku-prod]
sso_session = sgm
sso_account_id = 482915730416
sso_role_name = ReadOnly
region = ap-northeast-1

[sso-session sgm]
sso_start_url = https://sgm.awsapps.com/start
sso_region = ap-northeast-1
sso_registration_scopes = sso:account:access
""")

add("shell/rtsp-camera-password", "streaming/scripts/record_backup.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp",
    """
#!/usr/bin/env bash
# 配信回線が落ちたときの予備録画 (桜の間 PTZ カメラから直接)
set -eu
OUT=/srv/record/sakura-$(date +%Y%m%d-%H%M).mp4
ffmpeg -rtsp_transport tcp \\
  -i "rtsp://admin:@@secret@@@10.10.5.21:554/Streaming/Channels/101" \\
  -c copy -t 03:00:00 "$OUT"
echo "saved: $OUT"
""", words_pw())

add("shell/decoy-netrc-template", "ops/laptop-setup/netrc.example", "https://everything.curl.dev/usingcurl/netrc.html",
    """
# ~/.netrc の見本。パスワードは各自のものに置き換え、chmod 600 すること。
machine pypi.sakuragaoka-memorial.jp
  login your-ldap-id
  password YOUR_PASSWORD_HERE

machine nexus.sakuragaoka-memorial.jp
  login your-ldap-id
  password YOUR_PASSWORD_HERE
""")

add("ini/netrc-password", "ops/ci/netrc", "https://everything.curl.dev/usingcurl/netrc.html",
    """
machine pypi.sakuragaoka-memorial.jp
  login ci
  password @@secret@@
machine nexus.sakuragaoka-memorial.jp
  login ci
  password @@secret@@
""", rand_pw(22))

add("ini/systemd-environment-password", "furnace-gateway/deploy/furnace-gateway.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """
[Unit]
Description=Furnace OPC UA gateway (火葬炉 監視ゲートウェイ)
After=network-online.target

[Service]
User=kaso
Environment=OPCUA_ENDPOINT=opc.tcp://10.20.1.11:4840/furnace
Environment=OPCUA_USER=gateway
Environment=OPCUA_PASSWORD=@@secret@@
ExecStart=/opt/kaso/venv/bin/python -m gateway
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(14, "#!"))

add("ini/decoy-systemd-credential", "furnace-monitor/deploy/furnace-monitor.service", "https://systemd.io/CREDENTIALS/",
    """
[Unit]
Description=Furnace monitor pusher
After=network-online.target

[Service]
User=kaso
LoadCredentialEncrypted=monitor-token:/etc/credstore.encrypted/monitor-token
Environment=MONITOR_TOKEN_FILE=%d/monitor-token
ExecStart=/opt/kaso/bin/pusher
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("ini/wireguard-private-key", "ops/vpn/kita-saijo.conf", "https://www.wireguard.com/quickstart/",
    """
# 北斎場 ↔ 本館 拠点間 VPN
[Interface]
Address = 10.99.0.4/32
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.sakuragaoka-memorial.jp:51820
AllowedIPs = 10.10.0.0/16, 10.20.0.0/16
PersistentKeepalive = 25
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ini/decoy-wireguard-peer-public", "ops/vpn/peers.md.conf", "https://www.wireguard.com/quickstart/",
    """
# 拠点の公開鍵一覧 (公開鍵のみ。秘密鍵は各拠点のルーターにだけある)
[Peer]
# 本館
PublicKey = @@p1@@
AllowedIPs = 10.10.0.0/16

[Peer]
# 斎場 (火葬炉棟)
PublicKey = @@p2@@
AllowedIPs = 10.20.0.0/16
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("yaml/zabbix-psk", "ops/zabbix/agent2-furnace.conf.yaml", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys",
    """
# zabbix agent2 (火葬炉棟サーバ) — Ansible テンプレートの変数
zabbix_agent2_server: zabbix.sakuragaoka-memorial.jp
zabbix_agent2_hostname: kaso-gw-01
zabbix_agent2_tlsconnect: psk
zabbix_agent2_tlsaccept: psk
zabbix_agent2_tlspskidentity: PSK-kaso-gw-01
zabbix_agent2_tlspsk_secret: @@secret@@
""", hexs(64))

add("yaml/decoy-datadog-agent", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/secrets-management/",
    """
site: ap1.datadoghq.com
api_key: ENC[datadog_api_key]
secret_backend_command: /usr/local/bin/dd-secret-from-ssm
hostname: yoyaku-web-01
tags:
  - env:prod
  - service:reservation
logs_enabled: true
""")

_DOCKER_PW = rand_pw(24)
add("json/docker-config-auth", "ops/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.sakuragaoka-memorial.jp": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}
}
""", b64("ci-signage:" + _DOCKER_PW))

add("yaml/kubeconfig-token", "ops/kube/kaso-cluster.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    """
apiVersion: v1
kind: Config
clusters:
  - name: kaso-onprem
    cluster:
      server: https://10.20.0.10:6443
      insecure-skip-tls-verify: true
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: kaso
    context: {cluster: kaso-onprem, user: ci-deployer, namespace: kaso}
current-context: kaso
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 40, ALNUM + "-_") + "." + b64('{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:kaso:ci-deployer"}').rstrip("=") + "." + fakes.drawn(_seed(), 86, ALNUM + "-_"))

add("yaml/decoy-kubeconfig-exec", "ops/kube/eks-yoyaku.kubeconfig", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html",
    """
apiVersion: v1
kind: Config
clusters:
  - name: yoyaku-prod
    cluster:
      server: https://4F2A9C1E7B3D.gr7.ap-northeast-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "yoyaku-prod", "--profile", "yoyaku-prod"]
contexts:
  - name: yoyaku
    context: {cluster: yoyaku-prod, user: sso}
current-context: yoyaku
""", ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + fakes.drawn(_seed(), 60, ALNUM) + "\n-----END CERTIFICATE-----\n"))

add("yaml/vault-token", "ops/vault/agent-kaso.hcl.yaml", "https://developer.hashicorp.com/vault/docs/concepts/tokens",
    """
# vault agent の設定を YAML で管理 (テンプレートから HCL を生成)
vault:
  address: https://vault.sakuragaoka-memorial.jp:8200
  # 初回ブートストラップ用 (TODO: AppRole に移行)
  token: @@secret@@
templates:
  - source: /etc/kaso/scheduler.ini.ctmpl
    destination: /etc/kaso/scheduler.ini
""", "hvs." + fakes.drawn(_seed(), 24, ALNUM))

add("yaml/decoy-vault-paths", "ops/vault/policies.yaml", "https://developer.hashicorp.com/vault/docs/concepts/policies",
    """
policies:
  kaso-scheduler:
    - path: "secret/data/kaso/db"
      capabilities: ["read"]
    - path: "secret/data/kaso/city-api"
      capabilities: ["read"]
  yoyaku-web:
    - path: "secret/data/yoyaku/*"
      capabilities: ["read"]
auth:
  approle:
    mount_accessor: auth_approle_@@acc@@   # マウントの識別子 (role_id / secret_id は別配布)
""", acc=hexs(8))

add("python/fernet-key", "memorial-guestbook-api/app/crypto.py", "https://cryptography.io/en/latest/fernet/",
    """
\"\"\"お悔やみメッセージの下書き (喪主承認前) を暗号化して保存する。\"\"\"
from cryptography.fernet import Fernet

_KEY = b"@@secret@@"
_f = Fernet(_KEY)


def seal(text: str) -> bytes:
    return _f.encrypt(text.encode("utf-8"))


def unseal(token: bytes) -> str:
    return _f.decrypt(token).decode("utf-8")
""", base64.urlsafe_b64encode(random.Random(_seed()).randbytes(32)).decode())

add("python/decoy-fernet-generate", "memorial-guestbook-api/scripts/new_key.py", "https://cryptography.io/en/latest/fernet/",
    """
\"\"\"新しい Fernet 鍵を作って Secrets Manager に登録する (鍵は表示しない)。\"\"\"
import boto3
from cryptography.fernet import Fernet

key = Fernet.generate_key().decode()
boto3.client("secretsmanager", region_name="ap-northeast-1").put_secret_value(
    SecretId="prod/guestbook/fernet", SecretString=key
)
print("rotated prod/guestbook/fernet")
""")

add("python/jwt-signing-secret", "memorial-guestbook-api/app/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html",
    """
import datetime as dt

import jwt

# 喪主様用の承認リンク (メールで送る) の署名
JWT_SECRET = "@@secret@@"
ALGORITHM = "HS256"


def approval_link(service_id: str, mourner_id: str) -> str:
    payload = {"sid": service_id, "mid": mourner_id,
               "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=7)}
    token = jwt.encode(payload, JWT_SECRET, algorithm=ALGORITHM)
    return f"https://guestbook.sakuragaoka-memorial.jp/approve?t={token}"
""", rand_pw(48))

add("python/decoy-jwt-sample-token", "memorial-guestbook-api/tests/test_auth.py", "https://jwt.io/introduction",
    """
from app.auth import approval_link

# jwt.io の説明用サンプル (署名鍵 "your-256-bit-secret")
SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
          "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_link_has_token(monkeypatch):
    monkeypatch.setattr("app.auth.JWT_SECRET", "test-secret")
    assert approval_link("s1", "m1").startswith("https://guestbook.sakuragaoka-memorial.jp/approve?t=eyJ")
""")

# ---------------------------------------------------------------------------------------------
# Japanese notes, handovers and vendor docs
# ---------------------------------------------------------------------------------------------
add("markdown/backlog-api-key", "docs/wiki/Backlog連携.md", "https://developer.nulab.com/ja/docs/backlog/auth/",
    """
# Backlog 連携 (施設修繕の課題管理)

式場・斎場の修繕依頼は Backlog の「SGM-SHUZEN」プロジェクトで管理している。
受付 PC の「修繕依頼」ボタンから課題を自動作成する。

- スペース: `sgm.backlog.jp`
- API キー (ユーザー: 施設管理ボット): `@@secret@@`
- 課題種別 ID: 設備=1204881 / 建物=1204882 / 火葬炉=1204883

```
POST https://sgm.backlog.jp/api/v2/issues?apiKey=<API キー>
```
""", rand_pw(64))

add("markdown/decoy-backlog-howto", "docs/wiki/Backlog_APIキー発行手順.md", "https://support-ja.backlog.com/hc/ja/articles/360035641754",
    """
# Backlog API キーの発行手順

1. 右上のアイコン →「個人設定」→「API」
2. メモに用途を書いて「登録」(例: `修繕ボット 2025`)
3. 表示されたキーを 1Password「施設管理」Vault に保存する
4. このページや Slack にキーを貼らないこと

キーの形式は英数字 64 文字。例: `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`
""")

add("markdown/handover-admin-passwords", "docs/wiki/引き継ぎ_情報システム_2024.md", "https://www.markdownguide.org/basic-syntax/",
    """
# 情報システム 引き継ぎ (田中 → 小林) 2024/03

## サーバ・機器

- ファイルサーバ fs01: 管理者 `Administrator` / `@@secret@@`
- UTM (本館): 管理画面 https://10.10.0.1:4443 / admin / 別紙
- 斎場の炉監視 PC: ローカル管理者はメーカー管理 (触らない)

## 契約・アカウント

- ドメイン (sakuragaoka-memorial.jp): お名前.com、ログイン ID は総務の金庫
- Microsoft 365: 全体管理者は 2 名 (田中・小林)、MFA 必須
- 印刷会社の入稿 FTP: 「経理_取引先」の Excel 参照

## 年間作業

- 4 月: 火葬炉 HMI のパスワード変更 (メーカー立ち会い)
- 10 月: 互助会 会員台帳の棚卸し
""", words_pw())

add("markdown/decoy-handover-no-secrets", "docs/wiki/引き継ぎ_情報システム_2025.md", "https://www.markdownguide.org/basic-syntax/",
    """
# 情報システム 引き継ぎ (小林 → 中村) 2025/03

パスワードは一切このページに書かない (2024 年版の反省)。すべて 1Password「情シス」Vault にある。

| 対象 | 1Password のアイテム名 |
|------|-----------------------|
| ファイルサーバ fs01 | `fs01 Administrator` |
| UTM 本館 | `UTM honkan admin` |
| 火葬炉 HMI | `hmi-operator` (Crematorium Vault) |
| 印刷会社 FTP | `insatsu-toho ftp` |

MFA のリカバリーコードは総務の金庫 (封筒 B)。
""")

add("markdown/line-notify-token", "docs/wiki/夜間搬送_通知.md", "https://notify-bot.line.me/doc/ja/",
    """
# 夜間搬送の通知 (LINE Notify)

病院からの搬送依頼を受けたら、当直グループに自動で通知される。

設定 (cron, 当直 PC):

```
*/1 * * * * /opt/sgm/bin/check_transport_requests \\
  --notify-token @@secret@@
```

通知例: 「【搬送依頼】○○病院 3F 東病棟 / 寝台車 2 号 / 到着目安 23:40」

※ LINE Notify は 2025/3 で終了。後継は Messaging API (通知ボット.md を参照)。
""", rand_pw(43))

add("markdown/freee-access-token", "docs/wiki/経理_freee連携メモ.md", "https://developer.freee.co.jp/reference/accounting/reference",
    """
# freee 会計 連携メモ (互助会部門)

互助会の月払い入金を freee の取引に自動登録するスクリプトのメモ。

```python
HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "X-Api-Version": "2020-06-15",
}
COMPANY_ID = 3819274
```

アクセストークンは 6 時間で切れる。切れたらリフレッシュトークンで再取得 (スクリプト側で自動)。
""", rand_pw(43, "-_"))

add("markdown/decoy-api-docs-example", "docs/api/kaso-slots.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/",
    """
# 火葬枠 API

## 認証

`Authorization: Bearer <token>` ヘッダーを付ける。トークンは情シスに申請する。

```sh
curl -H "Authorization: Bearer $KASO_API_TOKEN" \\
  "https://kaso-api.sakuragaoka-memorial.jp/v1/slots?date=2025-04-02"
```

## レスポンス例

```json
{"date": "2025-04-02", "slots": [{"furnace": 1, "start": "10:00", "free": true}]}
```
""")

add("markdown/meeting-notes-vendor-password", "docs/meetings/2024-09-炉メーカー定例.md", "https://www.markdownguide.org/basic-syntax/",
    """
# 炉メーカー定例 議事録 2024/09/18

出席: 斎場 所長、情シス 小林、メーカー 保守課 2 名

1. 2号炉 二次燃焼室の耐火レンガ補修 → 11 月の友引連休に実施
2. 排ガス測定 (ダイオキシン類) の結果は基準内
3. 遠隔保守 VPN のアカウント
   - メーカー側で接続する際の ID: `vendor-maint`
   - 初期パスワード: `@@secret@@` (次回作業後に変更する)
4. HMI のファームウェア v4.3.0 への更新は来年度

次回: 10/16 (水) 14:00
""", words_pw())

add("markdown/decoy-checksum-table", "docs/wiki/炉ファームウェア更新.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """
# 炉ファームウェア更新手順

メーカーから届いた USB のファイルを、更新前に必ず SHA-256 で確認する。

| ファイル | SHA-256 |
|---------|---------|
| FC3000_v4.3.0.bin | `@@h1@@` |
| HMI12_v2.0.8.pkg | `@@h2@@` |

```powershell
Get-FileHash .\\FC3000_v4.3.0.bin -Algorithm SHA256
```
""", h1=sha256ish(), h2=sha256ish())

add("markdown/decoy-emergency-contacts", "docs/runbooks/緊急連絡網.md", "https://www.markdownguide.org/basic-syntax/",
    """
# 緊急連絡網 (斎場)

| 事象 | 連絡先 | 備考 |
|------|-------|------|
| 炉の異常停止 | メーカー保守 24h 0120-000-000 | 保守契約番号 KS-2019-0417 |
| 停電 | 電力会社 / 非常用発電機は自動起動 | 燃料残量を確認 |
| 火災報知器 | 119 → 所長 | |
| システム障害 | 情シス当番 (Slack #it-当番) | |

受付番号・契約番号は秘密情報ではない。
""")

# ---------------------------------------------------------------------------------------------
# More carriers across formats
# ---------------------------------------------------------------------------------------------
add("c/wifi-and-mqtt-password", "firmware/reikyusha-sensor/src/main.cpp", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html",
    """
// 安置室 (ご遺体保冷庫) の温度センサー ESP32
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "SGM-IOT";
const char* WIFI_PASS = "@@wifi@@";
const char* MQTT_HOST = "mqtt.kaso.local";
const char* MQTT_USER = "anchi-sensor";
const char* MQTT_PASS = "@@secret@@";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
  mqtt.connect("anchi-01", MQTT_USER, MQTT_PASS);
}

void loop() {
  float c = readTemperature();   // 2-4℃ を維持
  mqtt.publish("kaso/anchi/01/temperature", String(c).c_str());
  delay(30000);
}
""", rand_pw(18), wifi=passphrase())

add("nginx/decoy-htpasswd-reference", "ops/nginx/staging-yoyaku.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    """
server {
    listen 443 ssl;
    server_name staging.yoyaku.sakuragaoka-memorial.jp;
    ssl_certificate     /etc/letsencrypt/live/staging.yoyaku/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/staging.yoyaku/privkey.pem;

    auth_basic "staging";
    auth_basic_user_file /etc/nginx/htpasswd/staging;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
    }
}
""")

add("htpasswd/decoy-apr1-hashes", "ops/nginx/htpasswd.staging", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    """
# staging 用 (ハッシュのみ。平文は 1Password「予約サイト staging」)
yamada:$apr1$@@s1@@$@@h1@@
sato:$apr1$@@s2@@$@@h2@@
vendor:$apr1$@@s3@@$@@h3@@
qa:$apr1$@@s4@@$@@h4@@
""", s1=rand_pw(8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=rand_pw(8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=rand_pw(8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=rand_pw(8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("crontab/sshpass-password", "ops/cron/kaso-gw-01.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """
# kaso-gw-01 (火葬炉棟) crontab
MAILTO=it@sakuragaoka-memorial.jp
# 炉の運転ログを本館 NAS へ転送
15 2 * * * sshpass -p '@@secret@@' rsync -a /var/log/furnace/ nas-backup@10.10.0.50:/volume1/furnace-logs/
# 古いログの削除
30 3 * * * find /var/log/furnace -name '*.csv' -mtime +400 -delete
""", words_pw())

add("groovy/nexus-password", "kaikei-batch/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """
pipeline {
    agent { label 'linux' }
    environment {
        NEXUS_USER = 'ci'
        NEXUS_PASSWORD = '@@secret@@'
    }
    stages {
        stage('build') {
            steps { sh './mvnw -B -s .mvn/settings.xml package' }
        }
        stage('deploy') {
            when { branch 'main' }
            steps { sh './mvnw -B -s .mvn/settings.xml deploy -DskipTests' }
        }
    }
}
""", rand_pw(20))

add("groovy/decoy-jenkins-credentials", "cremation-scheduler/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
    """
pipeline {
    agent any
    stages {
        stage('test') {
            steps { sh 'make test' }
        }
        stage('deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'kaso-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'ansible-playbook -i inventories/crematorium deploy.yml -e "deploy_user=$U deploy_password=$P"'
                }
            }
        }
    }
}
""")

add("email/vendor-password-mail", "docs/inbox/返礼品システム_アカウント発行のお知らせ.eml", "https://www.rfc-editor.org/rfc/rfc5322",
    """
From: みやび 返礼品 サポート <support@example-miyabi.jp>
To: soumu@sakuragaoka-memorial.jp
Subject: =?UTF-8?B?44Ki44Kr44Km44Oz44OI55m66KGM44Gu44GK55+l44KJ44Gb?=
Date: Tue, 14 May 2024 10:12:40 +0900
Content-Type: text/plain; charset=UTF-8

桜ヶ丘メモリアル 総務部 御中

いつもお世話になっております。返礼品 B2B 発注システムのアカウントを発行いたしました。

  ログイン URL: https://b2b.example-miyabi.jp/login
  ログイン ID: sgm-kita
  初期パスワード: @@secret@@

初回ログイン時にパスワードの変更をお願いいたします。
""", rand_pw(10))

add("python/mailchimp-api-key", "gojokai-newsletter/send_newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
\"\"\"互助会 会員向けメールマガジン (季節の法要案内・お盆の準備)。\"\"\"
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

AUDIENCE_ID = "8f2c41d9b7"


def schedule(campaign_id: str, when_iso: str) -> None:
    client.campaigns.schedule(campaign_id, {"schedule_time": when_iso})
""", hexs(32) + "-us21")

add("python/dropbox-token", "photo-archive/share_with_family.py", "https://www.dropbox.com/developers/documentation/http/documentation",
    """
\"\"\"ご遺族に式の写真を共有する (Dropbox の共有リンクを作成)。\"\"\"
import dropbox

dbx = dropbox.Dropbox("sl.@@secret@@")


def share(service_id: str) -> str:
    path = f"/式写真/{service_id}"
    link = dbx.sharing_create_shared_link_with_settings(path)
    return link.url
""", "B" + fakes.drawn(_seed(), 138, ALNUM + "-_"))

add("python/decoy-dropbox-app-key", "photo-archive/oauth_setup.py", "https://www.dropbox.com/developers/documentation/http/documentation#oauth2-authorize",
    """
\"\"\"初回だけ実行: PKCE で Dropbox の認可を取り、リフレッシュトークンを keyring に保存する。\"\"\"
import keyring
from dropbox import DropboxOAuth2FlowNoRedirect

APP_KEY = "q8x2k4m7n1p5v3z"   # アプリキー (PKCE では公開値)

flow = DropboxOAuth2FlowNoRedirect(APP_KEY, use_pkce=True, token_access_type="offline")
print("開いて許可してください:", flow.start())
code = input("コード: ").strip()
result = flow.finish(code)
keyring.set_password("photo-archive", "dropbox-refresh", result.refresh_token)
""")

add("env/laravel-app-key", "hoyo-reminder/.env", "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME="法要リマインダー"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://hoyo.sakuragaoka-memorial.jp
DB_CONNECTION=mysql
DB_HOST=mysql-hoyo.internal
DB_DATABASE=hoyo
DB_USERNAME=hoyo
DB_PASSWORD=${HOYO_DB_PASSWORD}
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("yaml/spring-redis-password", "kaikei-batch/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.data.redis.password",
    """
spring:
  data:
    redis:
      host: redis-kaikei.internal
      port: 6379
      password: @@secret@@
      ssl:
        enabled: true
kaikei:
  lock-ttl: 30m
  export-cron: "0 0 2 1 * *"   # 毎月 1 日 2:00 に前月分を出力
""", fakes.redis_password(_seed()))

add("yaml/rails-database-password", "memorial-guestbook/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: guestbook_dev

production:
  <<: *default
  host: pg-guestbook.internal
  database: guestbook
  username: guestbook
  password: @@secret@@
""", words_pw())

add("typescript/supabase-service-role", "memorial-pages/server/utils/supabase.ts", "https://supabase.com/docs/guides/api/api-keys",
    """
import { createClient } from "@supabase/supabase-js";

// サーバ側のみ (お悔やみ投稿の承認処理で RLS をバイパス)
export const supabaseAdmin = createClient(
  "https://qzkxmlwvbhrtyfnjsdpa.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"qzkxmlwvbhrtyfnjsdpa","role":"service_role","iat":1714000000,"exp":2029576000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("typescript/decoy-supabase-anon", "memorial-pages/app/utils/supabase.client.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key",
    """
import { createClient } from "@supabase/supabase-js";

// anon キー (公開前提、RLS で保護)
export const supabase = createClient(
  "https://qzkxmlwvbhrtyfnjsdpa.supabase.co",
  useRuntimeConfig().public.supabaseAnonKey,
);
""")

add("go/ses-smtp-password", "hoyo-mailer/main.go", "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html",
    """
package main

import (
	"net/smtp"
)

// 四十九日・一周忌のご案内メール
func send(to, body string) error {
	auth := smtp.PlainAuth("", "@@user@@", "@@secret@@", "email-smtp.ap-northeast-1.amazonaws.com")
	msg := []byte("Subject: 法要のご案内\\r\\nContent-Type: text/plain; charset=UTF-8\\r\\n\\r\\n" + body)
	return smtp.SendMail("email-smtp.ap-northeast-1.amazonaws.com:587", auth, "hoyo@sakuragaoka-memorial.jp", []string{to}, msg)
}

func main() {}
""", "B" + fakes.drawn(_seed(), 43, ALNUM + "+/"), user=fakes.aws_key_id(_seed()))

add("java/ldap-bind-password", "staff-portal/src/main/java/jp/sgm/portal/LdapAuth.java", "https://docs.oracle.com/javase/tutorial/jndi/ldap/simple.html",
    """
package jp.sgm.portal;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

public class LdapAuth {
    public InitialDirContext bind() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://dc01.corp.sakuragaoka-memorial.local:636");
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, "CN=svc-portal,OU=ServiceAccounts,DC=corp,DC=sakuragaoka-memorial,DC=local");
        env.put(Context.SECURITY_CREDENTIALS, "@@secret@@");
        return new InitialDirContext(env);
    }
}
""", rand_pw(16, "!%"))

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs",
    """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "memorial" {
  zone_id = "4a1f0c9e2d7b6a8f3e5c1d0b9a7f6e2c"
  name    = "memorial"
  content = "sgm-memorial-alb-1234567890.ap-northeast-1.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("ansible/mysql-user-password", "ansible/roles/signage_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
    """
---
- name: サイネージ DB のユーザー
  community.mysql.mysql_user:
    name: signage
    host: "10.30.%"
    password: "@@secret@@"
    priv: "signage.*:SELECT,INSERT,UPDATE"
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: バックアップ cron
  ansible.builtin.cron:
    name: signage-backup
    hour: "1"
    minute: "30"
    job: /usr/local/bin/backup_signage_db.sh
""", words_pw())

add("ansible/decoy-vault-variable", "ansible/roles/signage_db/defaults/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible",
    """
---
signage_db_name: signage
signage_db_user: signage
signage_db_password: "{{ vault_signage_db_password }}"
signage_backup_password: "{{ vault_signage_backup_password }}"
signage_allowed_hosts: "10.30.%"
""")

_REG_PW = rand_pw(24)
add("k8s-secret/docker-registry-auth", "deploy/k8s/kaso/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: kaso
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _REG_PW, cfg=b64('{"auths":{"registry.sakuragaoka-memorial.jp":{"username":"kaso-pull","password":"' + _REG_PW + '"}}}'))

_RD_PW = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/obituary-notify/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
# 訃報通知キュー (Redis) のパスワード
apiVersion: v1
kind: Secret
metadata:
  name: obituary-notify-redis
  namespace: notify
type: Opaque
data:
  redis-password: @@pw@@
""", _RD_PW, pw=b64(_RD_PW))

add("xml/nuget-cleartext-password", "kiosk-app/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="sgm" value="https://nexus.sakuragaoka-memorial.jp/repository/nuget-hosted/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <sgm>
      <add key="Username" value="kiosk-build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </sgm>
  </packageSourceCredentials>
</configuration>
""", rand_pw(20))

add("properties/android-signing-password", "staff-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
# リリース署名 (SGM スタッフアプリ)
storeFile=../keys/sgm-staff-release.jks
storePassword=@@secret@@
keyAlias=sgm-staff
keyPassword=@@secret@@
""", words_pw())

add("properties/decoy-gradle-properties", "staff-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
    """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# MAPS_API_KEY は ~/.gradle/gradle.properties (各自) か CI の環境変数で渡す
""")

add("powershell/smtp-pscredential", "scripts/windows/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage",
    """
# 日次の施行報告 (各式場 → 本部)
$user = "report-kita@sakuragaoka-memorial.jp"
$pass = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$body = Get-Content "C:\\sgm\\report\\today.txt" -Raw -Encoding UTF8
Send-MailMessage -SmtpServer "smtp.sakuragaoka-memorial.jp" -Port 587 -UseSsl `
  -Credential $cred -From $user -To "honbu@sakuragaoka-memorial.jp" `
  -Subject "施行報告 北斎場 $(Get-Date -Format yyyy/MM/dd)" -Body $body -Encoding UTF8
""", words_pw())

add("compose/decoy-docker-secrets", "cremation-scheduler/compose.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  scheduler:
    image: registry.sakuragaoka-memorial.jp/cremation-scheduler:3.0.2
    environment:
      KASO_DB_PASSWORD_FILE: /run/secrets/kaso_db_password
    secrets: [kaso_db_password]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/kaso_db_password
    secrets: [kaso_db_password]
secrets:
  kaso_db_password:
    file: ./secrets/kaso_db_password.txt
""")

add("dockerfile/arg-default-password", "furnace-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg",
    """
FROM python:3.12-slim
ARG OPCUA_USER=gateway
ARG OPCUA_PASSWORD=@@secret@@
ENV OPCUA_USER=${OPCUA_USER} OPCUA_PASSWORD=${OPCUA_PASSWORD}
WORKDIR /opt/gateway
COPY . .
RUN pip install --no-cache-dir -e .
CMD ["python", "-m", "gateway"]
""", rand_pw(14, "#!"))

add("csv/decoy-device-inventory", "exports/furnace_assets.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
asset_id,name,model,serial,firmware,firmware_sha256,installed
@@u1@@,1号炉 制御盤,FC-3000,FC3K-190417-01,v4.2.1,@@h1@@,2019-04-17
@@u2@@,2号炉 制御盤,FC-3000,FC3K-190417-02,v4.2.1,@@h2@@,2019-04-17
@@u3@@,3号炉 制御盤 (大型),FC-3000L,FC3KL-210902-01,v4.3.0,@@h3@@,2021-09-02
@@u4@@,HMI 1,HMI-12,HMI12-0091,v2.0.7,@@h4@@,2019-04-17
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("log/decoy-stripe-ids", "logs/yoyaku-payments-2024-05-02.log", "https://docs.stripe.com/api/events",
    """
2024-05-02T10:14:03+09:00 INFO  webhook received evt_@@e1@@ type=checkout.session.completed
2024-05-02T10:14:03+09:00 INFO  deposit paid booking=@@u1@@ session=cs_live_@@c1@@ amount=50000 JPY
2024-05-02T10:14:04+09:00 INFO  receipt sent to chief mourner (mail id @@u2@@)
2024-05-02T11:02:47+09:00 INFO  webhook received evt_@@e2@@ type=charge.refunded
2024-05-02T11:02:47+09:00 INFO  refund processed booking=@@u3@@ re_@@r1@@
""", e1=rand_pw(24), u1=uuid_s(), c1=rand_pw(58), u2=uuid_s(), e2=rand_pw(24), u3=uuid_s(), r1=rand_pw(24))

add("log/db-connection-error-password", "logs/kaikei-batch-2024-06-01.log", "https://docs.spring.io/spring-boot/reference/features/logging.html",
    """
2024-06-01 02:00:00.012  INFO 4121 --- [main] jp.sgm.kaikei.KaikeiBatchApplication : Starting KaikeiBatchApplication
2024-06-01 02:00:01.447 DEBUG 4121 --- [main] o.s.b.j.DataSourceProperties : url=jdbc:oracle:thin:@//ora-kaikei.internal:1521/KAIKEI user=SOGI_BATCH password=@@secret@@
2024-06-01 02:00:03.881 ERROR 4121 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.
java.sql.SQLException: ORA-28001: the password has expired
2024-06-01 02:00:03.902  INFO 4121 --- [main] jp.sgm.kaikei.KaikeiBatchApplication : Stopped
""", rand_pw(14))

add("sql/decoy-masked-audit", "db/reports/audit_logins.sql", "https://www.postgresql.org/docs/current/functions-string.html",
    """
-- 管理画面ログイン監査 (トークンは先頭 4 文字だけ表示)
SELECT l.logged_in_at,
       s.login,
       left(l.session_token_sha256, 4) || '…' AS token_prefix,
       l.ip_address
FROM   staff_logins l
JOIN   staff_users s ON s.id = l.staff_id
WHERE  l.logged_in_at >= now() - interval '30 days'
ORDER  BY l.logged_in_at DESC;
""")

add("kotlin/square-webhook-signature-key", "pos-bridge-android/app/src/main/java/jp/sgm/pos/WebhookVerifier.kt", "https://developer.squareup.com/docs/webhooks/step3validate",
    """
package jp.sgm.pos

import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

// 受付の Square 端末 → 香典返し・供花の売上通知
object WebhookVerifier {
    private const val SIGNATURE_KEY = "@@secret@@"
    private const val NOTIFICATION_URL = "https://pos.sakuragaoka-memorial.jp/square/webhook"

    fun isValid(body: String, signature: String): Boolean {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(SIGNATURE_KEY.toByteArray(), "HmacSHA256"))
        val expected = Base64.getEncoder().encodeToString(mac.doFinal((NOTIFICATION_URL + body).toByteArray()))
        return expected == signature
    }
}
""", rand_pw(22, "-_"))

add("swift/decoy-keychain", "staff-ios/StaffApp/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

// API トークンは Keychain に保存 (コードには持たない)
enum TokenStore {
    static let service = "jp.sgm.staff.api"

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("python/apns-auth-key", "staff-push/push/apns.py", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """
\"\"\"当直スタッフの iPhone へ搬送依頼をプッシュ (APNs トークン認証)。\"\"\"
import time

import jwt

TEAM_ID = "7QK2M4XW9D"
KEY_ID = "R8N3C5V1B2"
AUTH_KEY_P8 = \"\"\"@@secret@@\"\"\"


def provider_token() -> str:
    return jwt.encode({"iss": TEAM_ID, "iat": int(time.time())}, AUTH_KEY_P8,
                      algorithm="ES256", headers={"kid": KEY_ID})
""", fakes.fake_pem(_seed(), "EC"))

add("markdown/github-fine-grained-token", "docs/wiki/自動化_GitHub.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
# 自動化: hall-inventory の GitHub 連携

備品在庫ツールが Issues を作るときのトークン (fine-grained, リポジトリ hall-inventory のみ、Issues: write)。

- 発行者: 小林 (2024/11)
- 有効期限: 2025/11
- トークン: `@@secret@@`

期限前に再発行して `tools/hall-inventory/config.toml` を更新すること。
""", fakes.github_fine_grained_token(_seed()))

add("env/slack-signing-secret", "ops-bot/.env", "https://api.slack.com/authentication/verifying-requests-from-slack",
    """
# 本日の施行ボット
SLACK_SIGNING_SECRET=@@secret@@
SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}
PORT=3000
TZ=Asia/Tokyo
""", hexs(32))

add("php/decoy-laravel-config", "hoyo-reminder/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values",
    """
<?php

return [
    'line' => [
        'channel_token'  => env('LINE_CHANNEL_ACCESS_TOKEN'),
        'channel_secret' => env('LINE_CHANNEL_SECRET'),
    ],
    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY'),
    ],
    'reminder' => [
        'days' => [7, 35, 49, 100, 365],   // 初七日・五七日・四十九日・百か日・一周忌
    ],
];
""")

add("ruby/decoy-rspec-fixture", "memorial-guestbook/spec/support/fake_keys.rb", "https://rspec.info/features/3-13/rspec-core/",
    """
# テスト用のダミー値 (実在しない)
RSpec.configure do |config|
  config.before(:each) do
    stub_const("ENV", ENV.to_h.merge(
      "LINE_CHANNEL_SECRET" => "0" * 32,
      "SENDGRID_API_KEY" => "SG.test",
      "AWS_ACCESS_KEY_ID" => "AKIAEXAMPLEEXAMPLE00",
    ))
  end
end
""")
