"""Blind set LX: a Bashkir wild-hive (солоҡ) honey co-operative and a kumis (ҡымыҙ) sanatorium's booking service.

The co-operative's shop, hive-tracking and payment code, the sanatorium's booking API, SMS and
Telegram notices, deploy files, and the teams' notes, partly written in Bashkir; with decoys.
Generated fakes only (seeds 6870000-6879999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 6870000, 6879999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Bal", "Soloq", "Qymyz", "Agidel", "Yamantau", "Shulgan", "Burzyan", "Kurai", "Ural", "Inzer",
         "Tulpar", "Sakmar", "Iremel", "Ashkadar", "Karatau", "Zilair"]
LOWER = ["linden", "mare", "steppe", "hive", "cedar", "honeycomb", "saddle", "meadow", "birch", "kurai",
         "yurt", "foal", "clover", "smoke"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def yookassa_key() -> str:
    return "live_" + fakes.drawn(_seed(), 43, ALNUM + "_-")


def tg_token() -> str:
    return fakes.telegram_token(_seed())


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


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, ALNUM + "_-")


def yc_static_id() -> str:
    return "YCAJE" + fakes.drawn(_seed(), 20, ALNUM + "_-")


def yc_static_secret() -> str:
    return "YC" + fakes.drawn(_seed(), 38, ALNUM + "_-")


def yandex_oauth() -> str:
    return "y0_AgAAAAA" + fakes.drawn(_seed(), 48, ALNUM + "_-")


def vk_token() -> str:
    return "vk1.a." + fakes.drawn(_seed(), 180, ALNUM + "_-")


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(
        ('{"sub":"svc-booking","role":"service","iat":%d}' % r.randint(1700000000, 1760000000)).encode()).decode().rstrip("=")
    return f"{head}.{body}." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    block = fakes.fake_pem(_seed(), kind)
    return block if kind else block.replace("BEGIN  ", "BEGIN ").replace("END  ", "END ")


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


# ---------------------------------------------------------------- the co-operative's shop (soloq-bal)

add("blind-lx/env/postgres", "soloq-bal/.env", "https://github.com/motdotla/dotenv#usage", """\
# Бурзян солоҡ балы кооперативы — магазин
# Иҫкәрмә: был файлды git-ҡа индермәгеҙ! (.gitignore-ҙа бар)
APP_ENV=production
APP_PORT=8080
DATABASE_URL=postgres://soloq_shop:@@s@@@db.soloq-bal.internal:5432/soloq_shop?sslmode=require
REDIS_URL=redis://cache.soloq-bal.internal:6379/0
DEFAULT_LOCALE=ba
SHIPPING_ORIGIN=Старосубхангулово
""", secret=(s := words_pw()), s=s)

add("blind-lx/env/decoy-placeholder", "soloq-bal/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# .env.example — күсереп алығыҙ: cp .env.example .env
# Бында ысын серһүҙҙәр яҙылмай, тик үрнәк.
APP_ENV=development
APP_PORT=8080
DATABASE_URL=postgres://soloq_shop:<серһүҙ>@localhost:5432/soloq_shop
YOOKASSA_SHOP_ID=000000
YOOKASSA_SECRET_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=
SMSC_LOGIN=soloq
SMSC_PASSWORD=changeme
""")

add("blind-lx/python/yookassa", "soloq-bal/shop/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format", """\
\"\"\"ЮKassa аша түләү (бал заказдары өсөн).\"\"\"
import uuid

from yookassa import Configuration, Payment

# TODO(Айгөл): асҡысты Vault-ҡа күсерергә, әлегә шунда тора
Configuration.account_id = "318442"
Configuration.secret_key = "@@s@@"


def create_payment(order):
    return Payment.create({
        "amount": {"value": str(order.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://soloq-bal.ru/order/done"},
        "capture": True,
        "description": f"Заказ №{order.id}: {order.kg} кг солоҡ балы",
    }, uuid.uuid4())
""", secret=(s := yookassa_key()), s=s)

add("blind-lx/python/decoy-env-reference", "soloq-bal/shop/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Серле асҡыс мөхиттән алына; локаль эштә .env файлынан.
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["soloq-bal.ru", "www.soloq-bal.ru"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "soloq_shop",
        "USER": os.environ.get("PGUSER", "soloq_shop"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
LANGUAGE_CODE = "ba"
TIME_ZONE = "Asia/Yekaterinburg"
""")

add("blind-lx/python/django-secret-key", "soloq-bal/shop/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .settings import *  # noqa

DEBUG = False
# прод өсөн айырым асҡыс (2024-03, Руслан)
SECRET_KEY = '@@s@@'
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://soloq-bal.ru"]
""", secret=(s := fakes.django_secret_key(_seed())), s=s)

add("blind-lx/python/telegram-bot", "soloq-bal/bots/order_notify.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# Яңы заказ килгәндә умартасыларға Telegram-хәбәр ебәрә
import requests

BOT = "@@s@@"
CHAT_ID = -1001873340021  # "Солоҡсылар" төркөмө


def notify(order):
    text = f"🍯 Яңы заказ №{order['id']}: {order['kg']} кг, {order['city']}"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", secret=(s := tg_token()), s=s)

add("blind-lx/python/decoy-test-fixture", "soloq-bal/tests/test_order_notify.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """\
# Һынау: ысын бот түгел, ялған токен (fake, never issued)
import order_notify

FAKE_TOKEN = "123456789:TEST-token-not-real-for-unit-tests"


def test_notify_posts(monkeypatch):
    sent = {}
    monkeypatch.setattr(order_notify, "BOT", FAKE_TOKEN)
    monkeypatch.setattr(order_notify.requests, "post", lambda url, json, timeout: sent.update(url=url, json=json))
    order_notify.notify({"id": 7, "kg": 3, "city": "Өфө"})
    assert FAKE_TOKEN in sent["url"]
    assert "Өфө" in sent["json"]["text"]
""")

add("blind-lx/yaml/smsc", "soloq-bal/config/sms.yml", "https://smsc.ru/api/http/", """\
# SMS — smsc.ru аша (заказ статусы, ҡымыҙ шифаханаһы менән уртаҡ аккаунт түгел!)
sms:
  provider: smsc
  endpoint: https://smsc.ru/sys/send.php
  login: soloq_bal
  psw: "@@s@@"
  sender: SOLOQBAL
  charset: utf-8
  templates:
    shipped: "Заказ {id} ебәрелде. Трек: {track}"
""", secret=(s := rand_pw(16)), s=s)

add("blind-lx/yaml/decoy-vault-reference", "soloq-bal/config/sms.production.yml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations", """\
# прод: серһүҙ Vault-тан инжект ителә
sms:
  provider: smsc
  endpoint: https://smsc.ru/sys/send.php
  login: soloq_bal
  psw: "{{ with secret \\"kv/data/soloq/sms\\" }}{{ .Data.data.psw }}{{ end }}"
  sender: SOLOQBAL
""")

add("blind-lx/javascript/stripe", "soloq-bal/export-shop/server.js", "https://docs.stripe.com/keys", """\
// Сит илгә экспорт магазины (EUR/USD түләүҙәр өсөн Stripe)
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe('@@s@@');
const app = express();
app.use(express.json());

app.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: 'price_1PburzyanHoney500g', quantity: req.body.qty }],
    success_url: 'https://export.soloq-bal.ru/thanks',
    cancel_url: 'https://export.soloq-bal.ru/cart',
  });
  res.json({ url: session.url });
});

app.listen(3000);
""", secret=(s := stripe_key()), s=s)

add("blind-lx/javascript/decoy-publishable-key", "soloq-bal/export-shop/public/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", """\
// Браузерҙа — тик publishable асҡыс (ул асыҡ, ҡурҡыныс юҡ)
const stripe = Stripe('@@pk@@');

document.querySelector('#buy').addEventListener('click', async () => {
  const res = await fetch('/checkout', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ qty: Number(document.querySelector('#qty').value) }) });
  const { url } = await res.json();
  window.location = url;
});
""", pk=stripe_key("pk_live_"))

add("blind-lx/markdown/decoy-redacted", "soloq-bal/docs/payments.md", "https://yookassa.ru/developers/using-api/interaction-format", """\
# Түләүҙәр

Магазин ЮKassa аша түләү ҡабул итә. Shop ID: `318442`.

| Мөхит | Secret key | Ҡайҙа һаҡлана |
|-------|-----------|---------------|
| test  | `test_****************************************` | Vault `kv/soloq/yookassa-test` |
| prod  | `live_****************************************` | Vault `kv/soloq/yookassa` |

Асҡысты алмаштырыу: ЮKassa кабинеты → Интеграция → Ключи API → «Перевыпустить».
Яңы асҡысты Vault-ҡа яҙығыҙ, бында **яҙмағыҙ**.
""")

add("blind-lx/markdown/smtp", "soloq-bal/docs/mail.md", "https://docs.python.org/3/library/smtplib.html", """\
# Почта (заказ хаттары)

Хаттар `orders@soloq-bal.ru` адресынан Mail.ru for Business аша китә.

- SMTP: `smtp.mail.ru:465` (SSL)
- Ҡулланыусы: `orders@soloq-bal.ru`
- Ҡушымта серһүҙе (app password): `@@s@@`

Иҫкәрмә: был ҡушымта серһүҙе, төп серһүҙ түгел. Алмаштырғанда бында ла яңыртығыҙ.
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/go/postgres", "hive-tracker/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """\
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Солоҡтар (ағас умарталары) реестры.
// TODO: DSN-ды конфигтан алырға
const dsn = "host=pg.hives.soloq-bal.internal port=5432 user=hives password=@@s@@ dbname=hives sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", secret=(s := rand_pw(22)), s=s)

add("blind-lx/go/decoy-env-reference", "hive-tracker/cmd/tracker/main.go", "https://pkg.go.dev/os#Getenv", """\
package main

import (
	"log"
	"os"
)

func main() {
	// Серле мәғлүмәттәр мөхиттән генә
	dsn := os.Getenv("HIVES_DSN")
	botToken := os.Getenv("HIVES_TG_TOKEN")
	if dsn == "" || botToken == "" {
		log.Fatal("HIVES_DSN һәм HIVES_TG_TOKEN кәрәк")
	}
	run(dsn, botToken)
}
""")

add("blind-lx/csv/decoy-ids", "hive-tracker/data/bort_registry_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
bort_id,tree,lat,lon,owner,rfid_tag,last_check,colony_state
BZ-0117,ҡарағай,53.0791,57.2833,Ишмөхәмәтов Р.,E2003412B802011A3C4D5E6F,2024-06-12,көслө
BZ-0118,ҡарағай,53.0802,57.2851,Ишмөхәмәтов Р.,E2003412B802011A3C4D5E70,2024-06-12,уртаса
BZ-0142,ҡайын,53.1011,57.3020,Ҡаһарманов И.,E2003412B802011A3C4D5F11,2024-06-14,буш
BZ-0150,имән,53.0955,57.3102,Ҡаһарманов И.,E2003412B802011A3C4D5F19,2024-06-14,көслө
BZ-0163,ҡарағай,53.1120,57.2977,Юлдашева Г.,E2003412B802011A3C4D5F2A,2024-06-15,көслө
""")

add("blind-lx/sql/postgres-role", "hive-tracker/migrations/0001_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- 0001: ролдәр
-- Иҫкәрмә: grafana өсөн уҡыу ғына
CREATE ROLE hives_app LOGIN;
CREATE ROLE grafana_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE hives TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grafana_ro;
""", secret=(s := words_pw()), s=s)

add("blind-lx/sql/decoy-hash", "hive-tracker/migrations/0004_seed_admin.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- 0004: беренсе администратор (серһүҙ хеш ҡына, bcrypt)
INSERT INTO users (login, full_name, password_hash, role)
VALUES ('admin', 'Кооператив идараһы',
        '$2b$12$@@h@@',
        'admin')
ON CONFLICT (login) DO NOTHING;
-- Беренсе инеүҙә серһүҙҙе алмаштырырға мәжбүр итә:
UPDATE users SET must_change_password = true WHERE login = 'admin';
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lx/k8s/secret-base64", "hive-tracker/deploy/k8s/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#uses-for-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: hive-tracker
  namespace: soloq
  labels:
    app: hive-tracker
type: Opaque
data:
  HIVES_DB_USER: aGl2ZXM=
  HIVES_DB_PASSWORD: @@enc@@
""", secret=(s := rand_pw(24)), enc=b64(s))

add("blind-lx/k8s/decoy-sealed", "hive-tracker/deploy/k8s/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: hive-tracker
  namespace: soloq
spec:
  encryptedData:
    HIVES_DB_PASSWORD: AgB@@c1@@
    HIVES_TG_TOKEN: AgC@@c2@@
  template:
    metadata:
      name: hive-tracker
""", c1=fakes.drawn(_seed(), 340, ALNUM + "+/"), c2=fakes.drawn(_seed(), 344, ALNUM + "+/"))

add("blind-lx/shell/rsync-password", "hive-tracker/scripts/backup_photos.sh", "https://download.samba.org/pub/rsync/rsync.1#opt--password-file", """\
#!/usr/bin/env bash
# Солоҡ фотоларын резерв серверына күсереү (төнгө cron)
set -euo pipefail

export RSYNC_PASSWORD='@@s@@'
SRC=/srv/hive-tracker/photos/
DST=rsync://backup@nas.soloq-bal.internal/hive-photos/

rsync -az --delete "$SRC" "$DST"
echo "$(date -Is) фотолар күсерелде" >> /var/log/hive-backup.log
""", secret=(s := rand_pw(18)), s=s)

add("blind-lx/shell/decoy-password-file", "hive-tracker/scripts/backup_db.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# Базаның төнгө резервы. Серһүҙ ~/.pgpass-та (chmod 600), бында юҡ.
set -euo pipefail
STAMP=$(date +%Y%m%d)
pg_dump -h pg.hives.soloq-bal.internal -U hives -Fc hives > "/backup/hives-$STAMP.dump"
find /backup -name 'hives-*.dump' -mtime +30 -delete
""")

add("blind-lx/dockerfile/build-arg-token", "hive-tracker/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """\
FROM golang:1.22 AS build
WORKDIR /src
# шәхси модулдәр өсөн (gitlab.soloq-bal.ru)
ENV GOPRIVATE=gitlab.soloq-bal.ru
RUN git config --global url."https://oauth2:@@s@@@gitlab.soloq-bal.ru/".insteadOf "https://gitlab.soloq-bal.ru/"
COPY . .
RUN CGO_ENABLED=0 go build -o /out/tracker ./cmd/tracker

FROM gcr.io/distroless/static
COPY --from=build /out/tracker /tracker
ENTRYPOINT ["/tracker"]
""", secret=(s := gitlab_token()), s=s)

add("blind-lx/dockerfile/decoy-build-secret", "soloq-bal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# шәхси PyPI индексы өсөн токен — BuildKit secret аша, образға инмәй
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.soloq-bal.ru/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "shop.wsgi", "-b", "0.0.0.0:8080"]
""")

add("blind-lx/compose/mysql", "soloq-bal/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  shop:
    build: .
    ports: ["8080:8080"]
    env_file: .env
    depends_on: [wp-db]
  # иҫке WordPress блог (бал рецептары), күсергәнсе тора
  wp-db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: wp_recipes
      MYSQL_USER: wp
      MYSQL_PASSWORD: "@@s@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes: [wpdb:/var/lib/mysql]
volumes:
  wpdb: {}
""", secret=(s := words_pw()), s=s)

add("blind-lx/compose/decoy-env-reference", "kymyz-booking/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """\
services:
  api:
    image: registry.kymyz-shifa.ru/booking-api:${TAG:-latest}
    environment:
      DB_URL: postgres://booking:${BOOKING_DB_PASSWORD:?set it in .env}@db:5432/booking
      JWT_SECRET: ${JWT_SECRET}
      SMS_API_KEY: ${SMS_API_KEY}
    ports: ["8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: ${BOOKING_DB_PASSWORD}
""")

# ---------------------------------------------------------------- the sanatorium's booking service (kymyz-booking)

add("blind-lx/typescript/jwt-secret", "kymyz-booking/api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """\
import jwt from 'jsonwebtoken';

// Ҡымыҙ шифаханаһы — бронь API. Токендар 12 сәғәт йәшәй.
// FIXME: асҡысты ConfigService-ҡа күсерергә (Тимур)
const JWT_SECRET = '@@s@@';

export function sign(guestId: string): string {
  return jwt.sign({ sub: guestId, scope: 'booking' }, JWT_SECRET, { expiresIn: '12h' });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", secret=(s := rand_pw(48)), s=s)

add("blind-lx/typescript/decoy-config-service", "kymyz-booking/api/src/config/configuration.ts", "https://docs.nestjs.com/techniques/configuration#custom-configuration-files", """\
// Бөтә серле ҡиммәттәр process.env-тан; бында тик исемдәре.
export default () => ({
  port: parseInt(process.env.PORT ?? '8000', 10),
  database: {
    url: process.env.DATABASE_URL,
  },
  jwt: {
    secret: process.env.JWT_SECRET,
    expiresIn: '12h',
  },
  sms: {
    apiKey: process.env.SMS_API_KEY ?? '',
    sender: 'KYMYZSHIFA',
  },
});
""")

add("blind-lx/csharp/sqlserver", "kymyz-booking/legacy/Kymyz.Booking.Web/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Booking": "Server=sql01.kymyz-shifa.local;Database=KymyzBooking;User Id=booking_web;Password=@@s@@;TrustServerCertificate=True"
  },
  "Sanatorium": {
    "Name": "Ҡымыҙ шифаханаһы",
    "CheckInHour": 14,
    "Rooms": 86
  }
}
""", secret=(s := words_pw()), s=s)

add("blind-lx/csharp/decoy-user-secrets", "kymyz-booking/legacy/Kymyz.Booking.Web/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Booking": "Server=(localdb)\\\\mssqllocaldb;Database=KymyzBooking;Trusted_Connection=True"
  },
  "Sms": {
    "ApiKey": "",
    "_comment": "dotnet user-secrets set Sms:ApiKey <асҡыс> — репоға яҙмағыҙ"
  },
  "AllowedHosts": "*"
}
""")

add("blind-lx/csharp/smtp-credential", "kymyz-booking/legacy/Kymyz.Booking.Web/Services/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;
using System.Net.Mail;

namespace Kymyz.Booking.Web.Services
{
    // Бронь раҫлау хаттары (Яндекс 360)
    public class MailSender
    {
        private readonly SmtpClient _client = new SmtpClient("smtp.yandex.ru", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("bron@kymyz-shifa.ru", "@@s@@")
        };

        public void Send(string to, string subject, string body) =>
            _client.Send(new MailMessage("bron@kymyz-shifa.ru", to, subject, body));
    }
}
""", secret=(s := rand_pw(16)), s=s)

add("blind-lx/java/postgres", "kymyz-booking/reports/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """\
# Хисаптар хеҙмәте (бухгалтерия өсөн айлыҡ отчёттар)
server.port=8091
spring.datasource.url=jdbc:postgresql://pg.kymyz-shifa.internal:5432/booking
spring.datasource.username=reports_ro
spring.datasource.password=@@s@@
spring.jpa.open-in-view=false
reports.timezone=Asia/Yekaterinburg
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/java/decoy-env-reference", "kymyz-booking/reports/src/main/resources/application-docker.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
server.port=8091
spring.datasource.url=${REPORTS_DB_URL}
spring.datasource.username=${REPORTS_DB_USER:reports_ro}
spring.datasource.password=${REPORTS_DB_PASSWORD}
# иҫкәрмә: серһүҙ Docker secret аша бирелә
""")

add("blind-lx/kotlin/sms-api-key", "kymyz-booking/android/app/src/main/java/ru/kymyzshifa/booking/net/SmsRu.kt", "https://sms.ru/api/send", """\
package ru.kymyzshifa.booking.net

import okhttp3.HttpUrl.Companion.toHttpUrl

// SMS.ru аша бронь кодын ебәреү
object SmsRu {
    private const val API_ID = "@@s@@"

    fun sendUrl(phone: String, code: String) =
        "https://sms.ru/sms/send".toHttpUrl().newBuilder()
            .addQueryParameter("api_id", API_ID)
            .addQueryParameter("to", phone)
            .addQueryParameter("msg", "Бронь коды: $code")
            .addQueryParameter("json", "1")
            .build()
}
""", secret=(s := uuid_s().upper()), s=s)

add("blind-lx/kotlin/decoy-buildconfig", "kymyz-booking/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "ru.kymyzshifa.booking"
    defaultConfig {
        applicationId = "ru.kymyzshifa.booking"
        minSdk = 24
        // асҡыс local.properties-тан (репола юҡ)
        val props = java.util.Properties().apply { load(rootProject.file("local.properties").inputStream()) }
        buildConfigField("String", "MAPS_API_KEY", "\\"${props.getProperty("MAPS_API_KEY", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("blind-lx/properties/android-keystore", "kymyz-booking/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
# Play Market өсөн ҡултамға
# (Иҫкәрмә: был файл .gitignore-ҙа булырға тейеш ине)
storeFile=../release/kymyz-release.jks
storePassword=@@s@@
keyAlias=kymyz
keyPassword=@@s@@
""", secret=(s := rand_pw(14)), s=s)

add("blind-lx/php/bitrix-webhook", "kymyz-booking/site/bitrix/lead.php", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", """\
<?php
// Сайттағы «Бронь һорау» формаһынан Битрикс24-кә лид
$webhook = 'https://kymyz-shifa.bitrix24.ru/rest/7/@@s@@/';

$lead = [
    'fields' => [
        'TITLE' => 'Сайт: бронь һорауы',
        'NAME' => $_POST['name'] ?? '',
        'PHONE' => [['VALUE' => $_POST['phone'] ?? '', 'VALUE_TYPE' => 'MOBILE']],
        'COMMENTS' => 'Килеү: ' . ($_POST['date_from'] ?? '') . ' — ' . ($_POST['date_to'] ?? ''),
    ],
];
$ch = curl_init($webhook . 'crm.lead.add.json');
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => http_build_query($lead), CURLOPT_RETURNTRANSFER => true]);
echo curl_exec($ch);
""", secret=(s := fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits)), s=s)

add("blind-lx/php/decoy-getenv", "kymyz-booking/site/config.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// Сайт конфигурацияһы. Серле ҡиммәттәр — сервер мөхитендә (php-fpm pool env).
return [
    'db' => [
        'dsn' => 'mysql:host=localhost;dbname=kymyz_site;charset=utf8mb4',
        'user' => 'kymyz_site',
        'password' => getenv('KYMYZ_SITE_DB_PASSWORD') ?: '',
    ],
    'bitrix_webhook' => getenv('BITRIX_WEBHOOK'),
    'recaptcha_site_key' => '6LcVx3kpAAAAAF1hQm2oYf7c0k3mS9uJp4Gd2ZbQ',
];
""")

add("blind-lx/php/mysql", "kymyz-booking/site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/** Шифахана сайты (WordPress) */
define( 'DB_NAME', 'kymyz_wp' );
define( 'DB_USER', 'kymyz_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'ba' );
$table_prefix = 'kz_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", secret=(s := rand_pw(24, "!#%^*")), s=s)

add("blind-lx/ruby/decoy-credentials-reference", "kymyz-booking/menu/config/initializers/telegram.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Ашхана менюһы боты (диета өҫтәлдәре, ҡымыҙ графигы)
# Токен Rails credentials-та: bin/rails credentials:edit
Telegram.bots_config = {
  default: Rails.application.credentials.dig(:telegram, :menu_bot_token),
}
""")

add("blind-lx/ruby/telegram-bot", "kymyz-booking/menu/lib/tasks/daily_menu.rake", "https://core.telegram.org/bots/api#sendmessage", """\
# Көн һайын иртәнге 7:00-дә меню ебәрә
namespace :menu do
  task daily: :environment do
    bot = Telegram::Bot::Client.new("@@s@@")
    menu = DailyMenu.for(Date.current)
    text = "Бөгөнгө меню:\\n#{menu.lines.join("\\n")}\\nҠымыҙ: 10:00, 16:00"
    bot.send_message(chat_id: "@kymyz_shifa_menu", text: text)
  end
end
""", secret=(s := tg_token()), s=s)

add("blind-lx/rust/decoy-env-reference", "kymyz-booking/room-sensors/src/config.rs", "https://docs.rs/dotenvy/latest/dotenvy/", """\
// Бүлмә датчиктары (температура, дымлылыҡ) — MQTT аша
use std::env;

pub struct Config {
    pub mqtt_url: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        dotenvy::dotenv().ok();
        Self {
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtts://mqtt.kymyz-shifa.internal:8883".into()),
            mqtt_user: env::var("MQTT_USER").expect("MQTT_USER"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("blind-lx/rust/mqtt-password", "kymyz-booking/room-sensors/src/bin/calibrate.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """\
// Бер тапҡыр ҡулланыу өсөн калибровка утилитаһы (Азат, 2024-02)
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("calibrate", "mqtt.kymyz-shifa.internal", 8883);
    opts.set_credentials("sensors", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("rooms/+/temp", QoS::AtLeastOnce).unwrap();
    for event in conn.iter().take(50) {
        println!("{:?}", event);
    }
}
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/swift/decoy-plist-reference", "kymyz-booking/ios/KymyzBooking/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// Асҡыс Info.plist аша xcconfig-тан килә; xcconfig репола юҡ.
enum Config {
    static var apiBase: URL { URL(string: "https://api.kymyz-shifa.ru/v1")! }
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "YANDEX_MAPS_KEY") as? String ?? ""
    }
}
""")

add("blind-lx/swift/api-key", "kymyz-booking/ios/KymyzBooking/Services/WeatherService.swift", "https://yandex.ru/dev/weather/doc/en/concepts/how-to", """\
import Foundation

// Шифахана янындағы һауа торошо (Яндекс.Погода)
final class WeatherService {
    private let key = "@@s@@"

    func today() async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.weather.yandex.ru/v2/forecast?lat=54.22&lon=56.01&lang=ru_RU")!)
        req.setValue(key, forHTTPHeaderField: "X-Yandex-Weather-Key")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", secret=(s := uuid_s()), s=s)

add("blind-lx/powershell/sqlserver", "kymyz-booking/legacy/ops/Export-Bookings.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Бронь исемлеген Excel-ға сығарыу (бухгалтерия һорағанда)
param([datetime]$From = (Get-Date).AddDays(-30), [datetime]$To = (Get-Date))

$query = "SELECT GuestName, RoomNo, CheckIn, CheckOut, Tariff FROM dbo.Bookings WHERE CheckIn BETWEEN '$($From.ToString('yyyy-MM-dd'))' AND '$($To.ToString('yyyy-MM-dd'))'"
$rows = Invoke-Sqlcmd -ServerInstance 'sql01.kymyz-shifa.local' -Database 'KymyzBooking' `
    -Username 'report_export' -Password '@@s@@' -Query $query
$rows | Export-Csv -Path "\\\\fs01\\buh\\bron_$($To.ToString('yyyyMM')).csv" -NoTypeInformation -Encoding UTF8
Write-Host "Сығарылды: $($rows.Count) юл"
""", secret=(s := words_pw()), s=s)

add("blind-lx/powershell/decoy-get-credential", "kymyz-booking/legacy/ops/Restart-BookingPool.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# IIS пулын яңынан башлау. Серһүҙ һорала, һаҡланмай.
$cred = Get-Credential -UserName 'KYMYZ\\svc-deploy' -Message 'Деплой ҡулланыусыһының серһүҙе'
Invoke-Command -ComputerName web01 -Credential $cred -ScriptBlock {
    Import-Module WebAdministration
    Restart-WebAppPool -Name 'KymyzBooking'
}
Write-Host 'Пул яңынан башланды'
""")

add("blind-lx/ini/odbc-password", "kymyz-booking/legacy/ops/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; 1С-тан бронь базаһына ODBC (хисапсылар компьютерында)
[KymyzBooking]
Driver=ODBC Driver 18 for SQL Server
Server=sql01.kymyz-shifa.local
Database=KymyzBooking
UID=buh_1c
PWD=@@s@@
TrustServerCertificate=yes
""", secret=(s := rand_pw(12)), s=s)

add("blind-lx/yaml/decoy-masked-log", "kymyz-booking/api/test/fixtures/booking_request.yaml", "https://yaml.org/spec/1.2.2/", """\
# Һынау өсөн ҡунаҡ мәғлүмәттәре — уйлап сығарылған (ялған)
guest:
  full_name: "Ғәлиәскәрова Зөлфиә"
  phone: "+7 900 000-00-00"
  passport: "8000 000000"
  card: "4111 1111 1111 1111"
booking:
  room: 214
  from: 2024-07-01
  to: 2024-07-21
  program: "ҡымыҙ менән дауалау (21 көн)"
""")

# ---------------------------------------------------------------- infrastructure (Yandex Cloud, CI, deploy)

add("blind-lx/terraform/yc-static-key", "infra/yc/main.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs#argument-reference", """\
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
  backend "s3" {
    endpoint   = "https://storage.yandexcloud.net"
    bucket     = "soloq-tfstate"
    key        = "infra/terraform.tfstate"
    region     = "ru-central1"
    access_key = "@@kid@@"
    secret_key = "@@s@@"
    skip_region_validation      = true
    skip_credentials_validation = true
  }
}

provider "yandex" {
  zone = "ru-central1-a"
}
""", secret=(s := yc_static_secret()), s=s, kid=yc_static_id())

add("blind-lx/terraform/decoy-variable", "infra/yc/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "yc_token" {
  description = "Yandex Cloud OAuth/IAM токены (TF_VAR_yc_token аша бирегеҙ)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Managed PostgreSQL серһүҙе"
  type        = string
  sensitive   = true
  default     = null
}

variable "folder_id" {
  type    = string
  default = "b1g7kq2vbh3m0t9e5soq"
}
""")

add("blind-lx/terraform/tfvars-password", "infra/yc/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# прод өсөн ҡиммәттәр
folder_id    = "b1g7kq2vbh3m0t9e5soq"
db_flavor    = "s2.micro"
db_disk_gb   = 20
db_password  = "@@s@@"
booking_host = "api.kymyz-shifa.ru"
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/json/yc-service-account-key", "infra/yc/sa-deployer-key.json", "https://yandex.cloud/en/docs/iam/operations/authorized-key/create", """\
{
   "id": "aje@@kid@@",
   "service_account_id": "ajeq9ploc2gv3t1hkymz",
   "created_at": "2024-04-02T08:14:51.771532Z",
   "key_algorithm": "RSA_2048",
   "public_key": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq2soloq\\n-----END PUBLIC KEY-----\\n",
   "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <aje@@kid@@>\\n@@pk@@\\n"
}
""", secret=(s := pem("").replace("\n", "\\n")), pk=s,
    kid=fakes.drawn(_seed(), 17, string.ascii_lowercase + string.digits))

add("blind-lx/gitlab-ci/yc-api-key", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/#variables", """\
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # Yandex Container Registry-гә push (ваҡытлыса, CI/CD Variables-ҡа күсерергә!)
  YC_API_KEY: "@@s@@"
  REGISTRY: cr.yandex/crp1soloqbal

test:
  stage: test
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

build:
  stage: build
  script:
    - echo "$YC_API_KEY" | docker login --username api_key --password-stdin cr.yandex
    - docker build -t $REGISTRY/shop:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/shop:$CI_COMMIT_SHORT_SHA
""", secret=(s := yc_api_key()), s=s)

add("blind-lx/gitlab-ci/decoy-masked-variable", "kymyz-booking/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
stages: [test, deploy]

test:
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: cr.yandex/yc/cli:latest
  # YC_SA_KEY_JSON — Settings → CI/CD → Variables (masked, protected)
  script:
    - echo "$YC_SA_KEY_JSON" > /tmp/key.json
    - yc config set service-account-key /tmp/key.json
    - yc serverless container revision deploy --container-name booking-api --image cr.yandex/crp1kymyz/api:$CI_COMMIT_SHORT_SHA
  only: [main]
""")

add("blind-lx/github-actions/telegram-notify", ".github/workflows/release-notify.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """\
name: release-notify
on:
  release:
    types: [published]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Telegram-ға хәбәр
        # TODO: secrets.TG_TOKEN-ға күсерергә, әлегә шулай эшләй
        run: |
          curl -s "https://api.telegram.org/bot@@s@@/sendMessage" \\
            -d chat_id=-1001873340021 \\
            -d text="Яңы версия: ${{ github.event.release.tag_name }}"
""", secret=(s := tg_token()), s=s)

add("blind-lx/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Серверға күсереү
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          HOST: ${{ vars.DEPLOY_HOST }}
        run: |
          install -m 600 /dev/null ~/.ssh/id_ed25519
          printf '%s\\n' "$SSH_KEY" > ~/.ssh/id_ed25519
          ssh -o StrictHostKeyChecking=accept-new deploy@$HOST 'cd /srv/soloq-bal && ./deploy.sh'
""")

add("blind-lx/ansible/vault-password-inline", "infra/ansible/group_vars/kymyz_db.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """\
---
# Шифахана базаһы серверҙары
postgresql_version: 16
postgresql_listen: "10.20.0.0/24"
booking_db_name: booking
booking_db_user: booking
booking_db_password: "@@s@@"
backup_hour: 3
""", secret=(s := passphrase()), s=s)

add("blind-lx/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/kymyz_db_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(44))

add("blind-lx/ansible/mysql-user-task", "infra/ansible/roles/wp/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
---
- name: WordPress базаһы
  community.mysql.mysql_db:
    name: kymyz_wp
    state: present

- name: WordPress ҡулланыусыһы
  community.mysql.mysql_user:
    name: kymyz_wp
    password: "@@s@@"
    priv: "kymyz_wp.*:ALL"
    host: localhost
    state: present
""", secret=(s := words_pw()), s=s)

add("blind-lx/helm/redis-password", "kymyz-booking/deploy/helm/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#redis-common-configuration-parameters", """\
replicaCount: 2
image:
  repository: cr.yandex/crp1kymyz/api
  tag: "2.8.1"
ingress:
  enabled: true
  hosts: [api.kymyz-shifa.ru]
# бронь сессиялары өсөн кэш
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/helm/decoy-existing-secret", "kymyz-booking/deploy/helm/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters", """\
replicaCount: 1
image:
  repository: cr.yandex/crp1kymyz/api
  tag: latest
postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    # серһүҙ Secret-та: kubectl create secret generic booking-db --from-literal=password=...
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    existingSecret: booking-redis
""")

add("blind-lx/k8s/stringdata-dsn", "kymyz-booking/deploy/k8s/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: kymyz
type: Opaque
stringData:
  DATABASE_URL: "postgresql://booking:@@s@@@rc1a-kymyzpg01.mdb.yandexcloud.net:6432/booking?sslmode=verify-full"
""", secret=(s := rand_pw(26)), s=s)

add("blind-lx/k8s/decoy-external-secret", "kymyz-booking/deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-sms
  namespace: kymyz
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: yc-lockbox
    kind: ClusterSecretStore
  target:
    name: booking-sms
  data:
    - secretKey: SMS_API_KEY
      remoteRef:
        key: e6q2kymyzlockbox0sms
        property: api_key
""")

add("blind-lx/k8s/dockerconfigjson", "infra/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/#registry-secret-existing-credentials", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: soloq
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(s := rand_pw(22)), enc=b64('{"auths":{"registry.soloq-bal.ru":{"username":"ci-pull","password":"%s"}}}' % s))

add("blind-lx/k8s/decoy-configmap", "kymyz-booking/deploy/k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: kymyz
data:
  TZ: Asia/Yekaterinburg
  SMS_SENDER: KYMYZSHIFA
  TOKEN_TTL: "12h"
  PASSWORD_MIN_LENGTH: "10"
  SECRET_STORE: yc-lockbox
  CHECKIN_HOUR: "14"
""")

# ---------------------------------------------------------------- notes, runbooks, wikis, histories

add("blind-lx/markdown/runbook-password", "kymyz-booking/docs/runbook/db-failover.md", "https://www.postgresql.org/docs/current/app-pg-ctl.html", """\
# База төшһә — нимә эшләргә

1. `ssh deploy@pg02.kymyz-shifa.internal`
2. Репликаны төп итеү:
   ```
   sudo -u postgres pg_ctl promote -D /var/lib/postgresql/16/main
   ```
3. API-ла DSN-ды алмаштырырға (`booking-db` Secret):
   ```
   kubectl -n kymyz create secret generic booking-db --dry-run=client -o yaml \\
     --from-literal=DATABASE_URL='postgresql://booking:@@s@@@pg02.kymyz-shifa.internal:5432/booking' | kubectl apply -f -
   ```
4. `kubectl -n kymyz rollout restart deploy/booking-api`
5. Дежур төркөмөнә яҙырға: «база pg02-гә күсте».
""", secret=(s := rand_pw(21)), s=s)

add("blind-lx/markdown/decoy-runbook-placeholder", "kymyz-booking/docs/runbook/rotate-secrets.md", "https://yandex.cloud/en/docs/lockbox/operations/secret-version-manage", """\
# Серле асҡыстарҙы алмаштырыу

Йылына ике тапҡыр (ғинуар, июль) бөтә асҡыстар алмаштырыла.

```
yc lockbox secret add-version --name booking-sms \\
  --payload '[{"key": "api_key", "text_value": "<ЯҢЫ_АСҠЫС>"}]'
```

- `<ЯҢЫ_АСҠЫС>` урынына SMS.ru кабинетынан алынған яңы асҡысты ҡуйығыҙ.
- ExternalSecret бер сәғәт эсендә үҙе яңырта (`refreshInterval: 1h`).
- Иҫке версияны `yc lockbox secret deactivate-version` менән һүндерегеҙ.
""")

add("blind-lx/text/notes-password", "notes/2024-05-asyl-sync.txt", "https://en.wikipedia.org/wiki/Meeting_minutes", """\
Осрашыу, 2024-05-14 (Айгөл, Руслан, Тимур)

- Бал магазины: май айында 412 заказ, ЮKassa комиссияһы тураһында һөйләштек.
- Шифахана: июль айына бронь 90% тулы. Ҡымыҙ фермаһы менән килешеү яңыртылды.
- Руслан яңы VPS алды (hetzner), root серһүҙе: @@s@@
  (тиҙҙән SSH-асҡыс ҡуйып, серһүҙ менән инеүҙе һүндерәм — Р.)
- Киләһе осрашыу: 28 май.
""", secret=(s := words_pw()), s=s)

add("blind-lx/text/decoy-notes", "notes/2024-06-asyl-sync.txt", "https://en.wikipedia.org/wiki/Meeting_minutes", """\
Осрашыу, 2024-06-11 (Айгөл, Руслан, Гүзәл)

- VPS-та серһүҙ менән инеү һүндерелде (PasswordAuthentication no). Иҫке серһүҙ алмаштырылды.
- Бөтә серһүҙҙәр хәҙер Bitwarden-да: «Soloq / Infra» коллекцияһы. Бында яҙмайбыҙ!
- API асҡыстар — Lockbox-та (booking-sms, booking-db, soloq-yookassa).
- Гүзәл ҡымыҙ программаһы өсөн яңы тариф: 21 көн — 84 000 ₽.
""")

add("blind-lx/wiki/smsc-credentials", "wiki/Шифахана/SMS-хәбәрҙәр.md", "https://smsc.ru/api/http/send/", """\
# SMS-хәбәрҙәр (шифахана)

Ҡунаҡтарға бронь раҫлау һәм килеү алдынан иҫкәртеү SMS-ы китә.

**Кабинет:** https://smsc.ru/ — логин `kymyz_shifa`, серһүҙ `@@s@@`

Тикшереү өсөн:

    curl "https://smsc.ru/sys/balance.php?login=kymyz_shifa&psw=...&fmt=3"

Баланс 500 ₽-ҙан кәмеһә — бухгалтерияға хат яҙығыҙ.
""", secret=(s := rand_pw(15)), s=s)

add("blind-lx/wiki/decoy-howto", "wiki/Кооператив/Яңы-хеҙмәткәр.md", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
# Яңы хеҙмәткәр өсөн

1. GitLab-та аккаунт: https://gitlab.soloq-bal.ru (Руслан аса).
2. Шәхси токен яһағыҙ: *Preferences → Access Tokens*, `read_repository` ғына.
   Токен `glpat-` менән башлана, мәҫәлән `glpat-xxxxxxxxxxxxxxxxxxxx`. Уны беркемгә лә ебәрмәгеҙ.
3. Bitwarden-ға инеү һорағыҙ (Айгөл).
4. `.env.example` файлын `.env` итеп күсереп, ҡиммәттәрҙе Bitwarden-дан алығыҙ.
""")

add("blind-lx/shell-history/mysql-password", "ops/history/web01.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /var/www/kymyz
ls -la
tail -n 50 /var/log/nginx/error.log
mysqldump -u kymyz_wp -p'@@s@@' kymyz_wp > /tmp/wp-$(date +%F).sql
gzip /tmp/wp-*.sql
scp /tmp/wp-*.sql.gz backup@nas:/backups/wp/
rm /tmp/wp-*.sql.gz
sudo systemctl reload php8.2-fpm
exit
""", secret=(s := rand_pw(18)), s=s)

add("blind-lx/shell-history/decoy-prompted", "ops/history/pg02.bash_history", "https://www.postgresql.org/docs/current/app-psql.html", """\
sudo -iu postgres
psql -c "\\\\du"
psql -d booking -c "select count(*) from bookings where check_in > now()"
psql -c "\\\\password booking"
pg_lsclusters
tail -f /var/log/postgresql/postgresql-16-main.log
exit
""")

add("blind-lx/shell-history/yc-oauth", "ops/history/ruslan-laptop.zsh_history", "https://yandex.cloud/en/docs/cli/operations/authentication/user", """\
: 1715592011:0;brew install yandex-cloud-cli
: 1715592090:0;yc init
: 1715592145:0;yc config set token @@s@@
: 1715592160:0;yc config set folder-id b1g7kq2vbh3m0t9e5soq
: 1715592201:0;yc compute instance list
: 1715592288:0;yc managed-postgresql cluster list
: 1715592300:0;clear
""", secret=(s := yandex_oauth()), s=s)

add("blind-lx/log/decoy-masked", "kymyz-booking/logs/api-2024-07-02.log", "https://www.rfc-editor.org/rfc/rfc5424", """\
2024-07-02T09:14:02+05:00 INFO  booking-api started port=8000 version=2.8.1
2024-07-02T09:14:03+05:00 INFO  db connected url=postgresql://booking:****@pg01:5432/booking
2024-07-02T09:20:44+05:00 INFO  POST /v1/bookings guest=8812 room=214 nights=21
2024-07-02T09:20:45+05:00 INFO  sms sent to=+7******4521 provider=sms.ru api_id=********-****-****-****-************
2024-07-02T09:31:10+05:00 WARN  jwt expired sub=8812
2024-07-02T09:31:11+05:00 INFO  POST /v1/auth/refresh sub=8812 token=eyJhbGciOi…(redacted)
""")

add("blind-lx/log/basic-auth-url", "soloq-bal/logs/worker-error.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
[2024-08-19 02:00:01,114: INFO/MainProcess] celery@worker1 ready.
[2024-08-19 02:00:07,562: ERROR/MainProcess] consumer: Cannot connect to amqp://soloq:@@s@@@mq.soloq-bal.internal:5672/shop: [Errno 111] Connection refused.
Trying again in 2.00 seconds... (1/100)
[2024-08-19 02:00:09,601: ERROR/MainProcess] consumer: Cannot connect to amqp://soloq:**@mq.soloq-bal.internal:5672/shop: [Errno 111] Connection refused.
Trying again in 4.00 seconds... (2/100)
[2024-08-19 02:00:13,640: INFO/MainProcess] Connected to amqp://soloq:**@mq.soloq-bal.internal:5672/shop
""", secret=(s := rand_pw(16)), s=s)

add("blind-lx/rst/decoy-docs-example", "soloq-bal/docs/api.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Кооператив API
==============

Партнёр магазиндар өсөн бал ҡалдыҡтары тураһында API.

Аутентификация
--------------

Һәр һорауға ``Authorization: Bearer <токен>`` башын ҡушығыҙ::

    curl -H "Authorization: Bearer YOUR_PARTNER_TOKEN" \\
         https://api.soloq-bal.ru/v1/stock?sort=linden

Токенды кооператив идараһынан һорағыҙ. Миҫалдағы ``YOUR_PARTNER_TOKEN`` — урын тотоусы.
""")

add("blind-lx/rst/partner-token", "soloq-bal/docs/partners/kazan-shop.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html#literal-blocks", """\
«Татлы Ҡазан» магазины
======================

Килешеү: 2024-02-01, бал ҡалдыҡтарын көн һайын уҡый.

Уларға бирелгән токен (партнёр кабинеты әҙер булғансы шунда)::

    Authorization: Bearer @@s@@

Контакт: Рәмилә, +7 843 000-00-00.
""", secret=(s := "sbp_" + rand_pw(40)), s=s)

add("blind-lx/ipynb/decoy-env", "analytics/honey_sales_2024.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# 2024 йыл бал һатыуҙары\\n", "Линден, ҡарағай һәм болон балы буйынса."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import os\\n", "import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "engine = sa.create_engine(os.environ['SHOP_RO_DSN'])\\n",
              "df = pd.read_sql('select * from orders where created_at >= \\\\'2024-01-01\\\\'', engine)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.groupby('honey_kind')['kg'].sum().plot.bar()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lx/ipynb/postgres-dsn", "analytics/kymyz_occupancy.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Шифахана тулылығы (2023–2024)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "eng = create_engine('postgresql+psycopg://analyst:@@s@@@pg01.kymyz-shifa.internal/booking')\\n",
              "occ = pd.read_sql('select date_trunc(\\\\'month\\\\', check_in) m, count(*) from bookings group by 1', eng)"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["occ.plot(x='m', y='count', title='Айлыҡ бронь')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=(s := rand_pw(17)), s=s)

# ---------------------------------------------------------------- client configs and service files

add("blind-lx/netrc/password", "ops/dotfiles/ruslan/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
# 1С HTTP-хеҙмәте (бал складтары ҡалдыҡтары)
machine 1c.soloq-bal.internal
  login exchange
  password @@s@@

machine nexus.soloq-bal.internal
  login deployer
""", secret=(s := words_pw()), s=s)

add("blind-lx/npmrc/npm-token", "kymyz-booking/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# шифахананың UI китапханаһы (@kymyz/ui) — шәхси пакет
@kymyz:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", secret=(s := npm_token()), s=s)

add("blind-lx/npmrc/decoy-env-token", "soloq-bal/export-shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# CI-ла NPM_TOKEN мөхит үҙгәреүсәне итеп бирелә
@soloq:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

add("blind-lx/pypirc/pypi-token", "ops/dotfiles/timur/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

# kymyz-sms-client пакетын баҫтырыу өсөн
[pypi]
username = __token__
password = @@s@@
""", secret=(s := fakes.pypi_token(_seed())), s=s)

add("blind-lx/ini/decoy-pip-conf", "ops/dotfiles/timur/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://nexus.soloq-bal.internal/repository/pypi-internal/simple
# Nexus-ҡа инеү keyring аша (keyring set nexus.soloq-bal.internal timur)
trusted-host = nexus.soloq-bal.internal
timeout = 30
""")

add("blind-lx/pgpass/password", "ops/dotfiles/aigul/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
pg01.kymyz-shifa.internal:5432:booking:analyst:@@s@@
pg01.kymyz-shifa.internal:5432:menu:analyst:*
pg.hives.soloq-bal.internal:5432:hives:hives_ro:
# иҫке сервер (һүндерелгән)
#pg-old.kymyz-shifa.internal:5432:booking:analyst:
""", secret=(s := rand_pw(19)), s=s)

add("blind-lx/ssh/private-key", "ops/keys/deploy_soloq_ed25519", "https://man.openbsd.org/ssh-keygen.1", """\
@@s@@
""", secret=(s := pem("OPENSSH")), s=s)

add("blind-lx/ssh/decoy-public-key", "ops/keys/deploy_soloq_ed25519.pub", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# деплой асҡысының асыҡ өлөшө — серверҙарҙа authorized_keys-ҡа ҡуйыла
# (шәхси өлөшө Bitwarden-да, «Soloq / Infra»)
# серверҙар: web01, pg.hives, nas
# яһалды: 2024-06-11, Руслан
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@soloq-bal
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-lx/ssh/decoy-config", "ops/dotfiles/ruslan/.ssh/config", "https://man.openbsd.org/ssh_config.5", """\
Host web01
  HostName 10.20.0.11
  User deploy
  IdentityFile ~/.ssh/deploy_soloq_ed25519

Host pg02
  HostName 10.20.0.22
  User deploy
  ProxyJump web01
  IdentityFile ~/.ssh/deploy_soloq_ed25519
""")

add("blind-lx/xml/maven-settings", "kymyz-booking/reports/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus (шәхси артефакттар) -->
  <servers>
    <server>
      <id>kymyz-nexus</id>
      <username>ci-deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kymyz-nexus</id>
      <url>https://nexus.kymyz-shifa.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/xml/decoy-maven-encrypted", "ops/dotfiles/timur/.m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- серһүҙ mvn --encrypt-password менән шифрланған -->
  <servers>
    <server>
      <id>kymyz-nexus</id>
      <username>timur</username>
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-lx/xml/web-config", "kymyz-booking/legacy/Kymyz.Booking.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Иҫке ASP.NET бронь формаһы (2016), әле эшләй -->
  <connectionStrings>
    <add name="Booking"
         connectionString="Data Source=sql01.kymyz-shifa.local;Initial Catalog=KymyzBooking;User ID=booking_old;Password=@@s@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CheckInHour" value="14" />
  </appSettings>
</configuration>
""", secret=(s := words_pw()), s=s)

add("blind-lx/xml/decoy-web-config-transform", "kymyz-booking/legacy/Kymyz.Booking.Web/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <!-- серһүҙ деплой ваҡытында Octopus үҙгәреүсәненән ҡуйыла -->
  <connectionStrings>
    <add name="Booking"
         connectionString="Data Source=sql01.kymyz-shifa.local;Initial Catalog=KymyzBooking;User ID=booking_old;Password=#{BookingDbPassword}"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-lx/toml/cargo-registry-token", "kymyz-booking/room-sensors/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# шәхси crate реестры (kellnr)
[registries.kymyz]
token = "@@s@@"

[registry]
global-credential-providers = ["cargo:token"]
""", secret=(s := rand_pw(32)), s=s)

add("blind-lx/toml/decoy-pyproject", "soloq-bal/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", """\
[project]
name = "soloq-bal-shop"
version = "1.14.0"
description = "Бурзян солоҡ балы кооперативының магазины"
requires-python = ">=3.11"
dependencies = ["django>=5.0", "yookassa>=3.0", "requests", "celery[redis]"]

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "shop.settings_test"
env = ["YOOKASSA_SECRET_KEY=test_dummy_key_for_unit_tests", "DJANGO_SECRET_KEY=insecure-test-only"]
""")

add("blind-lx/toml/netlify-hook", "soloq-bal/landing/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # Формаға яңы һорау килгәндә Slack-ка
  SLACK_FORM_WEBHOOK = "@@s@@"

[[redirects]]
  from = "/bal/*"
  to = "/honey/:splat"
""", secret=(s := slack_webhook()), s=s)

add("blind-lx/systemd/env-password", "infra/systemd/soloq-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Soloq-bal Celery worker (заказ хаттары, SMS)
After=network-online.target

[Service]
User=soloq
WorkingDirectory=/srv/soloq-bal
Environment=DJANGO_SETTINGS_MODULE=shop.settings_prod
Environment="CELERY_BROKER_URL=amqp://soloq:@@s@@@mq.soloq-bal.internal:5672/shop"
ExecStart=/srv/soloq-bal/.venv/bin/celery -A shop worker -l info
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", secret=(s := rand_pw(16)), s=s)

add("blind-lx/systemd/decoy-credential-file", "infra/systemd/hive-tracker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH", """\
[Unit]
Description=Hive tracker (солоҡтар реестры)
After=network-online.target

[Service]
User=hives
LoadCredential=dsn:/etc/hive-tracker/dsn
LoadCredential=tg:/etc/hive-tracker/tg_token
Environment=HIVES_DSN_FILE=%d/dsn
Environment=HIVES_TG_TOKEN_FILE=%d/tg
ExecStart=/usr/local/bin/tracker
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-lx/crontab/curl-basic", "infra/cron/soloq.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
# 1С-тан склад ҡалдыҡтарын һәр сәғәт алыу
5 * * * * curl -s -u exchange:@@s@@ https://1c.soloq-bal.internal/soloq/hs/stock/v1 -o /srv/soloq-bal/var/stock.json
# төнгө резерв
30 2 * * * /srv/soloq-bal/scripts/backup_db.sh >> /var/log/soloq-backup.log 2>&1
""", secret=(s := rand_pw(14)), s=s)

add("blind-lx/nginx/decoy-htpasswd", "infra/nginx/htpasswd.grafana", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# Grafana-ға инеү (nginx basic auth). Хеш ҡына, серһүҙҙәр Bitwarden-да.
# яңыртыу: htpasswd -B htpasswd.grafana <исем>
aigul:$2y$05$@@h1@@
ruslan:$2y$05$@@h2@@
timur:$apr1$@@salt@@$@@h3@@
guzel:$2y$05$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    salt=fakes.drawn(_seed(), 8, ALNUM + "./"), h3=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lx/nginx/proxy-auth-header", "infra/nginx/sites/1c-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# 1С HTTP-хеҙмәтенә прокси: сайт үҙе инеү мәғлүмәтен ҡуя
server {
    listen 443 ssl;
    server_name stock.soloq-bal.ru;
    ssl_certificate     /etc/letsencrypt/live/stock.soloq-bal.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/stock.soloq-bal.ru/privkey.pem;

    location /api/ {
        proxy_pass https://1c.soloq-bal.internal/soloq/hs/stock/;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", secret=(s := b64("site:" + rand_pw(16))), s=s)

# ---------------------------------------------------------------- more services of both teams

add("blind-lx/python/openai-key", "kymyz-booking/tools/translate_menu.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Менюны урыҫсанан башҡортсаға тәржемә итеү (ярҙамсы, ҡулдан тикшерелә!).\"\"\"
import sys

from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Translate this sanatorium dining menu from Russian to Bashkir. Keep dish names short."


def translate(text: str) -> str:
    out = client.chat.completions.create(model="gpt-4o-mini",
                                         messages=[{"role": "system", "content": PROMPT},
                                                   {"role": "user", "content": text}])
    return out.choices[0].message.content


if __name__ == "__main__":
    print(translate(sys.stdin.read()))
""", secret=(s := fakes.openai_key(_seed())), s=s)

add("blind-lx/python/decoy-keyring", "kymyz-booking/tools/sms_balance.py", "https://pypi.org/project/keyring/", """\
\"\"\"SMS балансын тикшереү. Асҡыс системаның keyring-ында һаҡлана.\"\"\"
import keyring
import requests

api_id = keyring.get_password("sms.ru", "kymyz_shifa")
if not api_id:
    raise SystemExit("keyring set sms.ru kymyz_shifa  — тип асҡысты индерегеҙ")

r = requests.get("https://sms.ru/my/balance", params={"api_id": api_id, "json": 1}, timeout=10)
print("Баланс:", r.json().get("balance"), "₽")
""")

add("blind-lx/python/aws-keys", "soloq-bal/export-shop/scripts/upload_labels.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """\
# Экспорт өсөн этикеткаларҙы (PDF) S3-ҡа тейәү — Европа складына
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

for pdf in pathlib.Path("labels").glob("*.pdf"):
    s3.upload_file(str(pdf), "soloq-export-labels", f"2024/{pdf.name}")
    print("тейәлде:", pdf.name)
""", secret=(s := fakes.aws_secret_key(_seed())), s=s, kid=fakes.aws_key_id(_seed()))

add("blind-lx/ini/aws-credentials", "ops/dotfiles/ruslan/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

# экспорт склады (Лейпциг) — S3 ғына
[soloq-export]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", secret=(s := fakes.aws_secret_key(_seed())), s=s, kid=fakes.aws_key_id(_seed()))

add("blind-lx/ini/decoy-aws-sso", "ops/dotfiles/aigul/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile soloq-export]
sso_session = soloq
sso_account_id = 481203995512
sso_role_name = ExportLabels
region = eu-central-1

[sso-session soloq]
sso_start_url = https://soloq-bal.awsapps.com/start
sso_region = eu-central-1
""")

add("blind-lx/ini/s3cfg-yandex", "ops/dotfiles/guzel/.s3cfg", "https://yandex.cloud/en/docs/storage/tools/s3cmd", """\
[default]
# Yandex Object Storage — шифахана фотолары, брошюралар
access_key = @@kid@@
secret_key = @@s@@
bucket_location = ru-central1
host_base = storage.yandexcloud.net
host_bucket = %(bucket)s.storage.yandexcloud.net
use_https = True
""", secret=(s := yc_static_secret()), s=s, kid=yc_static_id())

add("blind-lx/ini/rclone", "ops/dotfiles/guzel/rclone.conf", "https://rclone.org/yandex/", """\
[yadisk-photos]
type = yandex
# шифахана фотолары Яндекс Дискта (маркетинг)
token = {"access_token":"@@s@@","token_type":"OAuth","refresh_token":"","expiry":"2025-06-01T10:00:00+05:00"}

[local-nas]
type = sftp
host = nas.soloq-bal.internal
user = guzel
key_file = ~/.ssh/id_ed25519
""", secret=(s := yandex_oauth()), s=s)

add("blind-lx/json/docker-config", "ops/dotfiles/timur/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.soloq-bal.ru": {
      "auth": "@@s@@"
    },
    "cr.yandex": {}
  },
  "credHelpers": { "cr.yandex": "yc" }
}
""", secret=(s := b64("timur:" + rand_pw(18))), s=s)

add("blind-lx/json/decoy-docker-credstore", "ops/dotfiles/aigul/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.soloq-bal.ru": {},
    "cr.yandex": {}
  },
  "credsStore": "desktop",
  "credHelpers": { "cr.yandex": "yc" },
  "currentContext": "default"
}
""")

add("blind-lx/kubeconfig/bearer-token", "ops/kube/kymyz-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: kymyz-k8s
    cluster:
      server: https://158.160.12.77
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
contexts:
  - name: ci@kymyz
    context: {cluster: kymyz-k8s, user: ci-deployer, namespace: kymyz}
current-context: ci@kymyz
users:
  - name: ci-deployer
    user:
      token: @@s@@
""", secret=(s := "eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + fakes.drawn(_seed(), 40, ALNUM) + "." + b64('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"kymyz","sub":"system:serviceaccount:kymyz:ci-deployer"}').rstrip("=") + "." + fakes.drawn(_seed(), 342, ALNUM + "_-")), s=s)

add("blind-lx/kubeconfig/decoy-exec-plugin", "ops/kube/kymyz-admin.kubeconfig", "https://yandex.cloud/en/docs/managed-kubernetes/operations/connect/create-static-conf", """\
apiVersion: v1
kind: Config
clusters:
  - name: kymyz-k8s
    cluster:
      server: https://158.160.12.77
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
contexts:
  - name: admin@kymyz
    context: {cluster: kymyz-k8s, user: yc-user}
current-context: admin@kymyz
users:
  - name: yc-user
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: yc
        args: [k8s, create-token]
""")

add("blind-lx/wireguard/private-key", "infra/wireguard/wg0-apiary.conf", "https://www.wireguard.com/quickstart/", """\
# Бурзян умартахананан (4G роутер) офисҡа VPN
[Interface]
Address = 10.66.0.2/32
PrivateKey = @@s@@
DNS = 10.20.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.soloq-bal.ru:51820
AllowedIPs = 10.20.0.0/24
PersistentKeepalive = 25
""", secret=(s := fakes.drawn(_seed(), 43, ALNUM + "+/") + "="), s=s, pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lx/wireguard/decoy-peer-only", "infra/wireguard/peers.md", "https://www.wireguard.com/quickstart/", """\
# VPN ҡатнашыусылары (асыҡ асҡыстар ғына)

| Ҡатнашыусы | Адрес | PublicKey |
|---|---|---|
| офис шлюзы | 10.66.0.1 | `@@p1@@` |
| Бурзян умартаханаһы | 10.66.0.2 | `@@p2@@` |
| Руслан ноутбугы | 10.66.0.5 | `@@p3@@` |

Шәхси асҡыстар тик үҙ ҡоролмаларында; бында яҙылмай.
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    p3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lx/k8s/tls-secret", "kymyz-booking/deploy/k8s/tls-api.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: api-kymyz-shifa-tls
  namespace: kymyz
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDazCCAlOgAwIBAgIUKymyzShifaApiCert0000000000wDQYJKoZIhvcNAQEL
    -----END CERTIFICATE-----
  tls.key: |
@@key@@
""", secret=(s := pem("EC")), key=indent(s, 4))

add("blind-lx/alertmanager/slack-webhook", "infra/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: dezhur
  group_by: [alertname, instance]
receivers:
  - name: dezhur
    slack_configs:
      - api_url: "@@s@@"
        channel: "#дежур"
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", secret=(s := slack_webhook()), s=s)

add("blind-lx/alertmanager/decoy-webhook-file", "infra/monitoring/alertmanager.kymyz.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", """\
route:
  receiver: kymyz-tg
receivers:
  - name: kymyz-tg
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/tg_bot_token
        chat_id: -1002214400917
        parse_mode: HTML
        message: "⚠️ {{ .CommonLabels.alertname }} ({{ .CommonLabels.instance }})"
""")

add("blind-lx/grafana/datasource-password", "infra/monitoring/grafana/provisioning/datasources/booking.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: Бронь базаһы
    type: postgres
    url: pg01.kymyz-shifa.internal:5432
    user: grafana_ro
    jsonData:
      database: booking
      sslmode: require
    secureJsonData:
      password: "@@s@@"
""", secret=(s := words_pw()), s=s)

add("blind-lx/grafana/decoy-env-expansion", "infra/monitoring/grafana/provisioning/datasources/hives.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
apiVersion: 1
datasources:
  - name: Солоҡтар
    type: postgres
    url: pg.hives.soloq-bal.internal:5432
    user: grafana_ro
    jsonData:
      database: hives
    secureJsonData:
      password: $__file{/etc/grafana/secrets/hives_ro_password}
""")

# ---------------------------------------------------------------- split values, here-documents, strings in strings

add("blind-lx/python/split-password", "hive-tracker/tools/import_1c.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
# 1С-тан солоҡ хужалары исемлеген импортлау (бер тапҡыр)
import pyodbc

CONN = ("DRIVER={ODBC Driver 18 for SQL Server};SERVER=1c-sql.soloq-bal.internal;"
        "DATABASE=soloq_1c;UID=import_ro;"
        "PWD=@@a@@"
        "@@b@@;TrustServerCertificate=yes")

with pyodbc.connect(CONN) as db:
    for row in db.execute("SELECT Code, Description FROM _Reference42"):
        print(row.Code, row.Description)
""", secret=(s := rand_pw(22)), a=s[:11], b=s[11:])

add("blind-lx/shell/heredoc-env", "soloq-bal/scripts/bootstrap_vps.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# Яңы VPS-ты әҙерләү (Руслан, 2024-05)
set -euo pipefail
apt-get update && apt-get install -y docker.io docker-compose-v2
mkdir -p /srv/soloq-bal && cd /srv/soloq-bal
cat > .env <<'EOF'
APP_ENV=production
DATABASE_URL=postgres://soloq_shop:@@s@@@db:5432/soloq_shop
DEFAULT_LOCALE=ba
EOF
chmod 600 .env
docker compose up -d
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/shell/decoy-heredoc-prompt", "kymyz-booking/scripts/make_env.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/usr/bin/env bash
# .env файлын төҙөү: серһүҙҙәр һорала, экранға сыҡмай
set -euo pipefail
read -rsp "Базаның серһүҙе: " DBPW; echo
read -rsp "JWT асҡысы (буш булһа — яһала): " JWT; echo
JWT=${JWT:-$(openssl rand -hex 32)}
cat > .env <<EOF
BOOKING_DB_PASSWORD=${DBPW}
JWT_SECRET=${JWT}
EOF
chmod 600 .env
echo ".env әҙер"
""")

add("blind-lx/javascript/json-in-string", "kymyz-booking/web/scripts/seed-admin.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse", """\
// Беренсе администраторҙы API аша яһау (staging)
const body = '{"login":"admin","password":"@@s@@","role":"admin","name":"Ресепшн"}';

fetch('https://staging-api.kymyz-shifa.ru/v1/admin/users', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body,
}).then((r) => r.json()).then((u) => console.log('яһалды:', u.id));
""", secret=(s := words_pw()), s=s)

add("blind-lx/go/json-in-raw-string", "hive-tracker/internal/notify/discord.go", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
package notify

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Волонтёрҙар серверына (Discord) — умарта күсеү тураһында хәбәр
var cfg = []byte(`{"webhook": "@@s@@", "username": "soloq-bot"}`)

func Swarm(text string) error {
	var c struct{ Webhook, Username string }
	if err := json.Unmarshal(cfg, &c); err != nil {
		return err
	}
	payload, _ := json.Marshal(map[string]string{"content": "🐝 " + text, "username": c.Username})
	_, err := http.Post(c.Webhook, "application/json", bytes.NewReader(payload))
	return err
}
""", secret=(s := discord_webhook()), s=s)

add("blind-lx/java/split-concat", "kymyz-booking/reports/src/main/java/ru/kymyzshifa/reports/MailConfig.java", "https://docs.oracle.com/javase/tutorial/java/data/strings.html", """\
package ru.kymyzshifa.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    // Айлыҡ отчёттарҙы бухгалтерияға ебәреү
    @Bean
    JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("smtp.yandex.ru");
        s.setPort(465);
        s.setUsername("reports@kymyz-shifa.ru");
        s.setPassword("@@a@@" +
                      "@@b@@");
        s.getJavaMailProperties().put("mail.smtp.ssl.enable", "true");
        return s;
    }
}
""", secret=(s := rand_pw(16)), a=s[:8], b=s[8:])

add("blind-lx/yaml/spring-datasource", "kymyz-booking/reports/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", """\
spring:
  datasource:
    url: jdbc:postgresql://rc1a-kymyzpg01.mdb.yandexcloud.net:6432/booking?ssl=true
    username: reports_ro
    password: '@@s@@'
  mail:
    host: smtp.yandex.ru
reports:
  recipients: [buh@kymyz-shifa.ru]
  cron: "0 0 6 1 * *"   # айҙың 1-е, иртәнге 6
""", secret=(s := rand_pw(20, "!%*")), s=s)

add("blind-lx/yaml/decoy-spring-placeholder", "kymyz-booking/reports/src/main/resources/application-staging.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
spring:
  datasource:
    url: jdbc:postgresql://staging-pg.kymyz-shifa.internal:5432/booking
    username: reports_ro
    password: ${REPORTS_DB_PASSWORD:}
  mail:
    host: localhost
    port: 1025        # MailHog
    username: ""
    password: ""
""")

add("blind-lx/html/decoy-public-key", "kymyz-booking/site/templates/contacts.html", "https://yandex.ru/dev/jsapi30/doc/en/", """\
<!doctype html>
<html lang="ba">
<head>
  <meta charset="utf-8">
  <title>Бәйләнеш — Ҡымыҙ шифаханаһы</title>
  <!-- Карта өсөн JS API асҡысы: HTTP Referer буйынса сикләнгән, асыҡ -->
  <script src="https://api-maps.yandex.ru/v3/?apikey=@@pk@@&lang=ru_RU"></script>
</head>
<body>
  <h1>Беҙгә нисек килергә</h1>
  <p>Өфөнән 140 км, Шүлгәнташ яғына. Телефон: +7 347 000-00-00</p>
  <div id="map" style="height:400px"></div>
  <script src="/static/map.js"></script>
</body>
</html>
""", pk=uuid_s())

add("blind-lx/html/basic-auth-in-link", "kymyz-booking/site/templates/staff/links.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#access_using_credentials_in_the_url", """\
<!doctype html>
<html lang="ba">
<head><meta charset="utf-8"><title>Хеҙмәткәрҙәр өсөн һылтанмалар</title></head>
<body>
  <h2>Ресепшн</h2>
  <ul>
    <li><a href="https://booking-admin.kymyz-shifa.ru/">Бронь идаралығы</a></li>
    <li><a href="https://reception:@@s@@@cams.kymyz-shifa.internal/live">Камералар (ишек алды)</a></li>
    <li><a href="https://wiki.kymyz-shifa.internal/">Вики</a></li>
  </ul>
</body>
</html>
""", secret=(s := rand_pw(12)), s=s)

add("blind-lx/vue/decoy-import-meta-env", "kymyz-booking/web/src/api/client.ts", "https://vite.dev/guide/env-and-mode", """\
import axios from 'axios';

// VITE_ менән башланғандар браузерға инә — бында серле нәмә юҡ, тик адрес
export const api = axios.create({
  baseURL: import.meta.env.VITE_API_BASE ?? 'https://api.kymyz-shifa.ru/v1',
  timeout: 15000,
});

api.interceptors.request.use((cfg) => {
  const t = localStorage.getItem('kymyz_token');
  if (t) cfg.headers.Authorization = `Bearer ${t}`;
  return cfg;
});
""")

add("blind-lx/vue/hardcoded-bearer", "kymyz-booking/web/src/components/AdminOccupancy.vue", "https://vuejs.org/guide/essentials/lifecycle.html", """\
<template>
  <section>
    <h2>Бөгөнгө тулылыҡ</h2>
    <p v-if="occ">{{ occ.busy }} / {{ occ.total }} бүлмә</p>
  </section>
</template>

<script setup>
import { ref, onMounted } from 'vue';
const occ = ref(null);
// ваҡытлыса: сервис токены (TODO Тимур: логин аша алырға)
const SERVICE_TOKEN = '@@s@@';
onMounted(async () => {
  const r = await fetch('/v1/admin/occupancy', { headers: { Authorization: `Bearer ${SERVICE_TOKEN}` } });
  occ.value = await r.json();
});
</script>
""", secret=(s := jwt_like()), s=s)

add("blind-lx/makefile/registry-login", "kymyz-booking/Makefile", "https://www.gnu.org/software/make/manual/make.html#Setting", """\
REGISTRY := registry.kymyz-shifa.ru
TAG      ?= $(shell git rev-parse --short HEAD)
REG_USER := ci-push
REG_PASS := @@s@@

.PHONY: build push
build:
\tdocker build -t $(REGISTRY)/booking-api:$(TAG) api/

push: build
\techo '$(REG_PASS)' | docker login $(REGISTRY) -u $(REG_USER) --password-stdin
\tdocker push $(REGISTRY)/booking-api:$(TAG)
""", secret=(s := rand_pw(24)), s=s)

add("blind-lx/makefile/decoy-env", "soloq-bal/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """\
# Серле ҡиммәттәр мөхиттән: make deploy DEPLOY_HOST=... (SSH асҡыс агент аша)
DEPLOY_HOST ?= web01
.PHONY: test deploy
test:
\tpytest -q

deploy:
\trsync -az --exclude .env ./ deploy@$(DEPLOY_HOST):/srv/soloq-bal/
\tssh deploy@$(DEPLOY_HOST) 'cd /srv/soloq-bal && docker compose up -d --build'
""")

add("blind-lx/jenkinsfile/curl-token", "kymyz-booking/legacy/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
    agent { label 'windows' }
    stages {
        stage('Build') {
            steps { bat 'msbuild Kymyz.Booking.sln /p:Configuration=Release' }
        }
        stage('Notify') {
            steps {
                // VK төркөмөнә яңы версия тураһында (хеҙмәткәрҙәр өсөн ябыҡ төркөм)
                bat 'curl -s "https://api.vk.com/method/messages.send?peer_id=2000000001&random_id=0&message=Build%%20OK&access_token=@@s@@&v=5.199"'
            }
        }
    }
}
""", secret=(s := vk_token()), s=s)

add("blind-lx/jenkinsfile/decoy-credentials-binding", "kymyz-booking/reports/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'kymyz-nexus',
                                                  usernameVariable: 'NEXUS_USER',
                                                  passwordVariable: 'NEXUS_PASS')]) {
                    sh './mvnw -s .mvn/settings-ci.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'
                }
            }
        }
    }
}
""")

# ---------------------------------------------------------------- hive scales (ESP32 firmware) and small tools

add("blind-lx/c/mqtt-password", "hive-scales/firmware/src/secrets.h", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/protocols/mqtt.html", """\
// Умарта үлсәүестәре (ESP32) — серле ҡиммәттәр
// Иҫкәрмә: был файл .gitignore-ҙа булырға тейеш, secrets.h.example ҡарағыҙ
#pragma once

#define WIFI_SSID      "Soloq-Apiary-4G"
#define MQTT_HOST      "mqtt.soloq-bal.ru"
#define MQTT_PORT      8883
#define MQTT_USER      "scale-bz"
#define MQTT_PASSWORD  "@@s@@"
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/c/decoy-example-header", "hive-scales/firmware/src/secrets.h.example", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/protocols/mqtt.html", """\
// Күсереп алығыҙ: cp secrets.h.example secrets.h һәм тултырығыҙ
#pragma once

#define WIFI_SSID      "your-ssid"
#define WIFI_PASSWORD  "your-wifi-password"
#define MQTT_HOST      "mqtt.soloq-bal.ru"
#define MQTT_PORT      8883
#define MQTT_USER      "scale-XX"
#define MQTT_PASSWORD  "CHANGE_ME"
""")

add("blind-lx/arduino/wifi-password", "hive-scales/prototype/scale_v1/scale_v1.ino", "https://docs.arduino.cc/libraries/wifi/", """\
// Беренсе прототип (2023 йәй), HX711 + ESP32. Эшләй, ләкин тәртипһеҙ :)
#include <WiFi.h>
#include "HX711.h"

HX711 scale;
const char* ssid = "Burzyan-Bal";
const char* pass = "@@s@@";

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, pass);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
  scale.begin(16, 4);
  scale.set_scale(-21.7f);
}

void loop() {
  Serial.printf("умарта ауырлығы: %.2f кг\\n", scale.get_units(10));
  delay(60000);
}
""", secret=(s := words_pw()), s=s)

add("blind-lx/yaml/esphome-api-key", "hive-scales/esphome/scale-bz-03.yaml", "https://esphome.io/components/api.html#configuration-variables", """\
esphome:
  name: scale-bz-03
  friendly_name: "Умарта BZ-03"
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: "@@s@@"
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: hx711
    name: "Ауырлыҡ"
    dout_pin: GPIO16
    clk_pin: GPIO4
    update_interval: 300s
""", secret=(s := base64.b64encode(random.Random(_seed()).randbytes(32)).decode()), s=s)

add("blind-lx/yaml/decoy-esphome-secrets-ref", "hive-scales/esphome/scale-bz-01.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """\
esphome:
  name: scale-bz-01
  friendly_name: "Умарта BZ-01"
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_bz01
ota:
  - platform: esphome
    password: !secret ota_password
""")

add("blind-lx/lua/redis-auth", "soloq-bal/openresty/lua/ratelimit.lua", "https://github.com/openresty/lua-resty-redis#auth", """\
-- Заказ формаһына сикләү (минутына 10 һорау)
local redis = require "resty.redis"
local r = redis:new()
r:set_timeout(200)
local ok, err = r:connect("cache.soloq-bal.internal", 6379)
if not ok then return end
local res, err = r:auth("@@s@@")
local key = "rl:" .. ngx.var.remote_addr
local n = r:incr(key)
if n == 1 then r:expire(key, 60) end
if n > 10 then return ngx.exit(429) end
r:set_keepalive(10000, 50)
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/perl/ftp-password", "soloq-bal/legacy/upload_price.pl", "https://metacpan.org/pod/Net::FTP", """\
#!/usr/bin/perl
# Прайс-листы партнёрға FTP аша (иҫке скрипт, 2015 йылдан)
use strict;
use warnings;
use Net::FTP;

my $ftp = Net::FTP->new("ftp.tatly-kazan.ru", Debug => 0) or die "тоташмай: $@";
$ftp->login("soloq", "@@s@@") or die "инеү хатаһы: ", $ftp->message;
$ftp->binary;
$ftp->put("/srv/soloq-bal/var/price.xlsx", "price_soloq.xlsx") or die $ftp->message;
$ftp->quit;
print "Прайс ебәрелде\\n";
""", secret=(s := rand_pw(10)), s=s)

add("blind-lx/elixir/decoy-runtime-env", "kymyz-booking/chat/config/runtime.exs", "https://hexdocs.pm/elixir/Config.html", """\
import Config

# Ҡунаҡтар чаты (Phoenix). Бөтә серле ҡиммәттәр мөхиттән.
if config_env() == :prod do
  config :kymyz_chat, KymyzChat.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 10

  config :kymyz_chat, KymyzChatWeb.Endpoint,
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE"),
    url: [host: "chat.kymyz-shifa.ru", port: 443, scheme: "https"]
end
""")

add("blind-lx/elixir/secret-key-base", "kymyz-booking/chat/config/prod.secret.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """\
import Config

# иҫке ысул (Phoenix 1.5), runtime.exs-ҡа күсерелгәнсе
config :kymyz_chat, KymyzChatWeb.Endpoint,
  secret_key_base: "@@s@@"

config :kymyz_chat, KymyzChat.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10
""", secret=(s := rand_pw(64, "+/")), s=s)

add("blind-lx/dart/decoy-firebase-options", "kymyz-booking/guest_app/lib/firebase_options.dart", "https://firebase.google.com/docs/projects/api-keys", """\
// FlutterFire CLI яһаған файл. Firebase apiKey — серле түгел (проект идентификаторы).
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: 'AIza@@k@@',
    appId: '1:604418822301:android:9c1e7b2f4a6d3e58',
    messagingSenderId: '604418822301',
    projectId: 'kymyz-guest-app',
    storageBucket: 'kymyz-guest-app.appspot.com',
  );
}
""", k=fakes.drawn(_seed(), 35, ALNUM + "_-"))

add("blind-lx/dart/api-key", "kymyz-booking/guest_app/lib/services/payment_service.dart", "https://www.tbank.ru/kassa/dev/payments/", """\
import 'dart:convert';
import 'package:crypto/crypto.dart';
import 'package:http/http.dart' as http;

// Т-Касса аша алдан түләү (бронь депозиты)
class PaymentService {
  static const terminalKey = '1712043391KYMYZ';
  static const terminalPassword = '@@s@@';

  Future<Map<String, dynamic>> init(int amountKop, String orderId) async {
    final token = sha256.convert(utf8.encode('$amountKop$orderId$terminalPassword$terminalKey')).toString();
    final r = await http.post(Uri.parse('https://securepay.tinkoff.ru/v2/Init'),
        headers: {'Content-Type': 'application/json'},
        body: jsonEncode({'TerminalKey': terminalKey, 'Amount': amountKop, 'OrderId': orderId, 'Token': token}));
    return jsonDecode(r.body);
  }
}
""", secret=(s := fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits + "_")), s=s)

add("blind-lx/scala/decoy-typesafe-config", "kymyz-booking/analytics-spark/src/main/resources/application.conf", "https://github.com/lightbend/config#uses-of-substitutions", """\
# Тулылыҡ аналитикаһы (Spark)
jdbc {
  url = "jdbc:postgresql://pg01.kymyz-shifa.internal:5432/booking"
  user = "analyst"
  password = ${?ANALYST_DB_PASSWORD}
}
output {
  bucket = "s3a://kymyz-analytics/occupancy/"
}
""")

add("blind-lx/r/db-password", "analytics/honey_prices.R", "https://rdrr.io/cran/RPostgres/man/Postgres.html", """\
# Бал хаҡтары анализы (Гүзәл)
library(DBI)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "pg.shop.soloq-bal.internal", dbname = "soloq_shop",
                 user = "analyst", password = "@@s@@")
prices <- dbGetQuery(con, "SELECT month, honey_kind, avg(price_per_kg) p FROM sales GROUP BY 1, 2")
ggplot(prices, aes(month, p, colour = honey_kind)) + geom_line() +
  labs(title = "Бал хаҡы, ₽/кг")
dbDisconnect(con)
""", secret=(s := words_pw()), s=s)

add("blind-lx/ruby/database-yml", "kymyz-booking/menu/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: menu_dev

production:
  <<: *default
  host: pg01.kymyz-shifa.internal
  database: menu
  username: menu
  password: <%= ENV.fetch("MENU_DB_PASSWORD") { "@@s@@" } %>
""", secret=(s := rand_pw(18)), s=s)

add("blind-lx/ruby/decoy-database-yml", "kymyz-booking/menu/config/database.yml.example", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: pg01.kymyz-shifa.internal
  database: menu
  username: menu
  password: <%= ENV["MENU_DB_PASSWORD"] %>
""")

# ---------------------------------------------------------------- marketplaces and mail

add("blind-lx/python/ozon-api-key", "soloq-bal/marketplaces/ozon_stock.py", "https://docs.ozon.ru/api/seller/#section/Autentifikaciya", """\
# Ozon-ға бал ҡалдыҡтарын ебәреү (көнөнә ике тапҡыр)
import requests

HEADERS = {
    "Client-Id": "1489207",
    "Api-Key": "@@s@@",
}


def push_stock(items):
    body = {"stocks": [{"offer_id": i["sku"], "stock": i["qty"], "warehouse_id": 22183} for i in items]}
    r = requests.post("https://api-seller.ozon.ru/v2/products/stocks", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
""", secret=(s := uuid_s()), s=s)

add("blind-lx/python/decoy-ozon-client-id", "soloq-bal/marketplaces/ozon_orders.py", "https://docs.ozon.ru/api/seller/#section/Autentifikaciya", """\
# Ozon заказдарын алыу. Client-Id — асыҡ һан, Api-Key — Lockbox-та.
import os

import requests

HEADERS = {"Client-Id": "1489207", "Api-Key": os.environ["OZON_API_KEY"]}


def new_postings(since):
    body = {"dir": "ASC", "filter": {"since": since, "status": "awaiting_packaging"}, "limit": 100}
    r = requests.post("https://api-seller.ozon.ru/v3/posting/fbs/list", json=body, headers=HEADERS, timeout=30)
    return r.json()["result"]["postings"]
""")

add("blind-lx/env/wildberries-token", "soloq-bal/marketplaces/.env.wb", "https://dev.wildberries.ru/en/openapi/api-information", """\
# Wildberries (Айгөл кабинеттан алды, 180 көнгә)
WB_API_TOKEN=@@s@@
WB_WAREHOUSE_ID=1189204
WB_SYNC_INTERVAL=1800
WB_PRICE_MARKUP=1.15
""", secret=(s := "eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjQwNjE3djEiLCJ0eXAiOiJKV1QifQ." + b64('{"ent":1,"exp":1734567890,"id":"%s","oid":1189204,"s":1073742078,"sid":"%s","t":false}' % (uuid_s(), uuid_s())).rstrip("=") + "." + fakes.drawn(_seed(), 86, ALNUM + "_-")), s=s)

add("blind-lx/python/sendgrid", "soloq-bal/export-shop/mailer.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """\
# Сит ил ҡулланыусыларына хаттар (инглизсә)
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@s@@")


def order_shipped(to, order_id, track):
    msg = Mail(from_email="export@soloq-bal.ru", to_emails=to,
               subject=f"Your Burzyan wild honey order #{order_id} has shipped",
               html_content=f"<p>Tracking: <b>{track}</b></p>")
    return sg.send(msg)
""", secret=(s := sendgrid_key()), s=s)

add("blind-lx/php/mailgun", "kymyz-booking/site/inc/mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """\
<?php
// Сайттан хат (Mailgun EU) — «Бронь һорауығыҙ ҡабул ителде»
function kymyz_send_mail(string $to, string $subject, string $html): bool {
    $ch = curl_init('https://api.eu.mailgun.net/v3/mg.kymyz-shifa.ru/messages');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => 'api:@@s@@',
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => ['from' => 'Ҡымыҙ шифаханаһы <bron@mg.kymyz-shifa.ru>', 'to' => $to, 'subject' => $subject, 'html' => $html],
        CURLOPT_RETURNTRANSFER => true,
    ]);
    curl_exec($ch);
    return curl_getinfo($ch, CURLINFO_HTTP_CODE) === 200;
}
""", secret=(s := mailgun_key()), s=s)

add("blind-lx/go/twilio", "soloq-bal/export-shop/sms/twilio.go", "https://www.twilio.com/docs/usage/requests-to-twilio", """\
package sms

import (
	"net/http"
	"net/url"
	"strings"
)

// Европа ҡулланыусыларына SMS (Twilio). Рәсәйҙә smsc.ru ҡулланыла.
const (
	accountSID = "AC@@sid@@"
	authToken  = "@@s@@"
	from       = "+4915888000000"
)

func Send(to, body string) (*http.Response, error) {
	form := url.Values{"To": {to}, "From": {from}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
""", secret=(s := hexs(32)), s=s, sid=hexs(32))

add("blind-lx/markdown/github-token", "soloq-bal/docs/ci-mirror.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
# GitHub көҙгөһө

Асыҡ өлөштәр (hive-scales прошивкаһы) GitHub-ҡа көҙгөләнә, волонтёрҙар өсөн.

GitLab → Settings → Repository → Mirroring repositories:

- URL: `https://github.com/soloq-bal/hive-scales.git`
- Username: `soloq-bot`
- Password: `@@s@@` (bot аккаунтының токены, `repo` scope)

Көҙгө 5 минут һайын яңыра.
""", secret=(s := fakes.github_token(_seed())), s=s)

add("blind-lx/markdown/decoy-token-format", "soloq-bal/docs/security.md", "https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns", """\
# Хәүефһеҙлек ҡағиҙәләре

- Бер ниндәй ҙә асҡыс репоға инмәй. Pre-commit хук тикшерә.
- Токендарҙың ҡиәфәте (тикшереү өсөн үрнәктәр, ысын түгел):
  - GitHub: `ghp_` + 36 символ, мәҫәлән `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`
  - GitLab: `glpat-` + 20 символ
  - ЮKassa: `live_…` / `test_…`
  - Telegram бот: `123456789:AA…`
- Асҡыс ағып сыҡһа: шунда уҡ алмаштырығыҙ, һуңынан Руслан менән тарихты таҙартығыҙ.
""")

add("blind-lx/yaml/amocrm-token", "kymyz-booking/integrations/amocrm.yaml", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", """\
# amoCRM — корпоратив клиенттар (предприятиелар өсөн путёвкалар)
amocrm:
  base_url: https://kymyzshifa.amocrm.ru
  # оҙайлы токен (long-lived), 2025-03-01-гә тиклем
  access_token: @@s@@
  pipeline_id: 7712093
  responsible_user_id: 10488112
""", secret=(s := "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImp0aSI6Ij" + fakes.drawn(_seed(), 120, ALNUM) + "." + fakes.drawn(_seed(), 300, ALNUM + "_-")), s=s)

add("blind-lx/yaml/decoy-amocrm-oauth-app", "kymyz-booking/integrations/amocrm.example.yaml", "https://www.amocrm.ru/developers/content/oauth/step-by-step", """\
# Үрнәк. Ысын ҡиммәттәр Lockbox-та: booking-amocrm
amocrm:
  base_url: https://kymyzshifa.amocrm.ru
  client_id: 00000000-0000-0000-0000-000000000000
  client_secret: "<amoCRM интеграция көйләүҙәренән>"
  redirect_uri: https://api.kymyz-shifa.ru/v1/amocrm/callback
  access_token: ""
""")

add("blind-lx/yaml/yandex-metrika-oauth", "soloq-bal/marketing/metrika_export.yml", "https://yandex.ru/dev/metrika/en/intro/authorization", """\
# Яндекс.Метрика → Google Sheets экспорты (маркетинг отчёты)
metrika:
  counter_id: 92304417
  oauth_token: "@@s@@"
  metrics: [ym:s:visits, ym:s:users, ym:s:ecommercePurchases]
  dimensions: [ym:s:trafficSource]
sheets:
  spreadsheet: 1Qk2SoloqBalMarketing2024
""", secret=(s := yandex_oauth()), s=s)

add("blind-lx/yaml/decoy-metrika-counter", "soloq-bal/marketing/counters.yml", "https://yandex.ru/support/metrica/code/counter-initialize.html", """\
# Һанауыстар (асыҡ идентификаторҙар, сайт кодында ла бар)
metrika:
  shop: 92304417
  export_shop: 95011230
  kymyz_site: 88127704
google_tag: G-7KSQ2BALXY
vk_pixel: VK-RTRG-1823004-aB3cD
""")

# ---------------------------------------------------------------- booking API internals

add("blind-lx/python/hmac-webhook-secret", "kymyz-booking/api-py/booking/webhooks.py", "https://docs.python.org/3/library/hmac.html", """\
\"\"\"Т-Кассанан түләү хәбәрҙәре (notification URL).\"\"\"
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()
# Т-Касса кабинетындағы «секрет уведомлений»
NOTIFY_SECRET = b"@@s@@"


@router.post("/v1/payments/notify")
async def notify(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(NOTIFY_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(403, "ҡултамға дөрөҫ түгел")
    return {"ok": True}
""", secret=(s := rand_pw(32)), s=s)

add("blind-lx/python/decoy-settings-pydantic", "kymyz-booking/api-py/booking/config.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """\
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    \"\"\"Көйләүҙәр мөхиттән (KYMYZ_ префиксы менән) йәки .env файлынан.\"\"\"
    model_config = SettingsConfigDict(env_prefix="KYMYZ_", env_file=".env")

    database_url: SecretStr
    jwt_secret: SecretStr
    notify_secret: SecretStr = SecretStr("")
    sms_sender: str = "KYMYZSHIFA"
    token_ttl_hours: int = 12


settings = Settings()
""")

add("blind-lx/python/fernet-key", "kymyz-booking/api-py/booking/crypto.py", "https://cryptography.io/en/latest/fernet/", """\
\"\"\"Паспорт мәғлүмәттәрен шифрлау (152-ФЗ талаптары буйынса).\"\"\"
from cryptography.fernet import Fernet

# TODO: KMS-ҡа күсерергә. Был асҡысты юғалтһаҡ — бөтә паспорттар уҡылмай!
_KEY = b"@@s@@"
_f = Fernet(_KEY)


def seal(passport: str) -> bytes:
    return _f.encrypt(passport.encode())


def unseal(token: bytes) -> str:
    return _f.decrypt(token).decode()
""", secret=(s := base64.urlsafe_b64encode(random.Random(_seed()).randbytes(32)).decode()), s=s)

add("blind-lx/python/decoy-fernet-ciphertext", "kymyz-booking/api-py/tests/test_crypto.py", "https://cryptography.io/en/latest/fernet/", """\
# Һынау: шифрланған текст (асҡыс һынау ваҡытында яһала, бында юҡ)
from cryptography.fernet import Fernet

from booking import crypto

SAMPLE_CIPHERTEXT = b"gAAAAAB@@c@@=="


def test_roundtrip(monkeypatch):
    monkeypatch.setattr(crypto, "_f", Fernet(Fernet.generate_key()))
    assert crypto.unseal(crypto.seal("8000 000000")) == "8000 000000"


def test_sample_is_bytes():
    assert SAMPLE_CIPHERTEXT.startswith(b"gAAAAA")
""", c=fakes.drawn(_seed(), 90, ALNUM + "_-"))

add("blind-lx/python/redis-url", "kymyz-booking/api-py/booking/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """\
import redis

# бүлмәләрҙең бушлығы кэшы (5 минут)
r = redis.Redis.from_url("rediss://default:@@s@@@c-kymyzredis01.rw.mdb.yandexcloud.net:6380/0",
                         decode_responses=True)


def free_rooms(day: str):
    key = f"free:{day}"
    if (hit := r.get(key)) is not None:
        return int(hit)
    return None
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/sql/decoy-dump-hashes", "kymyz-booking/api-py/tests/fixtures/staff.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """\
-- Һынау өсөн хеҙмәткәрҙәр (серһүҙҙәр — argon2 хештары, барыһы ла "test1234")
INSERT INTO staff (login, name, role, password_hash) VALUES
('reception1', 'Ресепшн 1', 'reception', '$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@'),
('doctor1', 'Табип Хәлилова', 'doctor', '$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@'),
('admin', 'Администратор', 'admin', '$argon2id$v=19$m=65536,t=3,p=4$@@s3@@$@@h3@@');
""", s1=fakes.drawn(_seed(), 22, ALNUM + "+/"), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s3=fakes.drawn(_seed(), 22, ALNUM + "+/"), h3=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-lx/sql/alter-user-password", "kymyz-booking/api-py/migrations/2024_03_reports_user.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """\
-- Отчёттар хеҙмәте өсөн айырым ҡулланыусы (Тимур, 2024-03)
CREATE USER reports_ro;
ALTER USER reports_ro WITH PASSWORD '@@s@@';
GRANT pg_read_all_data TO reports_ro;
COMMENT ON ROLE reports_ro IS 'reports service, уҡыу ғына';
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/go/decoy-example-config", "hive-tracker/config.example.yaml", "https://pkg.go.dev/gopkg.in/yaml.v3", """\
# Үрнәк конфиг. Күсереп алығыҙ: cp config.example.yaml config.yaml
http:
  listen: ":8090"
db:
  dsn: "host=localhost user=hives password=<серһүҙ> dbname=hives sslmode=disable"
telegram:
  token: "<BotFather биргән токен>"
  chat_id: 0
photos:
  dir: ./photos
""")

add("blind-lx/go/yaml-config-token", "hive-tracker/config.yaml", "https://pkg.go.dev/gopkg.in/yaml.v3", """\
http:
  listen: ":8090"
db:
  dsn: "host=pg.hives.soloq-bal.internal user=hives dbname=hives sslmode=require"
telegram:
  token: "@@s@@"
  chat_id: -1001873340021
photos:
  dir: /srv/hive-tracker/photos
""", secret=(s := tg_token()), s=s)

add("blind-lx/typescript/decoy-test-jwt", "kymyz-booking/api/test/auth.e2e-spec.ts", "https://jwt.io/introduction", """\
import request from 'supertest';
import { app } from './setup';

// Һынау асҡысы — тик e2e өсөн, прод-та ҡулланылмай
process.env.JWT_SECRET = 'e2e-test-secret-do-not-use';

describe('auth', () => {
  it('rejects expired token', async () => {
    const expired = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0IiwiZXhwIjoxfQ.invalid-signature';
    await request(app).get('/v1/bookings').set('Authorization', `Bearer ${expired}`).expect(401);
  });
});
""")

add("blind-lx/typescript/sms-api-key", "kymyz-booking/api/src/sms/sms.service.ts", "https://sms.ru/api/send", """\
import { Injectable, Logger } from '@nestjs/common';

@Injectable()
export class SmsService {
  private readonly log = new Logger(SmsService.name);
  // staging-та ғына ҡулланыла ине... (TODO: ConfigService)
  private readonly apiId = process.env.SMS_API_KEY || '@@s@@';

  async send(to: string, msg: string) {
    const url = `https://sms.ru/sms/send?api_id=${this.apiId}&to=${to}&msg=${encodeURIComponent(msg)}&json=1`;
    const res = await fetch(url);
    this.log.log(`SMS → ${to.slice(0, 4)}***: ${res.status}`);
  }
}
""", secret=(s := uuid_s().upper()), s=s)

# ---------------------------------------------------------------- ops odds and ends

add("blind-lx/ansible/inventory-become-pass", "infra/ansible/inventory/apiary.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# Умартахана ҡоролмалары (Бурзян, 4G аша)
[apiary]
gw-burzyan ansible_host=10.66.0.2 ansible_user=pi
scales-hub ansible_host=10.66.0.3 ansible_user=pi

[apiary:vars]
ansible_become=true
ansible_become_password=@@s@@
ansible_python_interpreter=/usr/bin/python3
""", secret=(s := words_pw()), s=s)

add("blind-lx/ansible/decoy-inventory-vault-ref", "infra/ansible/inventory/kymyz.ini", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """\
[web]
web01 ansible_host=10.20.0.11

[db]
pg01 ansible_host=10.20.0.21
pg02 ansible_host=10.20.0.22

[all:vars]
ansible_user=deploy
ansible_become_password="{{ vault_deploy_become_password }}"
""")

add("blind-lx/haproxy/stats-auth", "infra/haproxy/haproxy.cfg", "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth", """\
global
    log /dev/log local0
defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s
frontend booking
    bind :443 ssl crt /etc/haproxy/certs/kymyz.pem
    default_backend api
backend api
    balance roundrobin
    server api1 10.20.0.31:8000 check
    server api2 10.20.0.32:8000 check
listen stats
    bind 10.20.0.10:8404
    stats enable
    stats uri /stats
    stats auth admin:@@s@@
""", secret=(s := rand_pw(14)), s=s)

add("blind-lx/caddy/decoy-basicauth-hash", "infra/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", """\
# Бал магазиныныҡ staging-ы — тик беҙҙекеләр өсөн
staging.soloq-bal.ru {
    basic_auth {
        # caddy hash-password менән яһалды (bcrypt)
        soloq $2a$14$@@h@@
    }
    reverse_proxy 10.20.0.41:8080
}
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lx/prometheus/basic-auth", "infra/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: [web01:9100, pg01:9100, pg02:9100]
  # умарта үлсәүестәре шлюзы (4G аша, basic auth менән)
  - job_name: apiary-gw
    scheme: https
    basic_auth:
      username: prom
      password: "@@s@@"
    static_configs:
      - targets: [gw-burzyan.soloq-bal.ru:9100]
""", secret=(s := rand_pw(22)), s=s)

add("blind-lx/prometheus/decoy-password-file", "infra/monitoring/prometheus.kymyz.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: booking-api
    metrics_path: /metrics
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/booking_api_metrics
    static_configs:
      - targets: [10.20.0.31:8000, 10.20.0.32:8000]
""")

add("blind-lx/properties/kafka-jaas", "kymyz-booking/events/client.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig", """\
# Yandex Managed Kafka — бронь ваҡиғалары (booking.created, booking.cancelled)
bootstrap.servers=rc1a-kymyzkafka01.mdb.yandexcloud.net:9091
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="booking-producer" \\
    password="@@s@@";
ssl.truststore.location=/etc/kafka/yandex-ca.jks
""", secret=(s := rand_pw(24)), s=s)

add("blind-lx/supervisor/env-password", "infra/supervisor/menu-bot.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """\
[program:menu-bot]
; Ашхана меню боты (Ruby)
command=/srv/menu/bin/bundle exec ruby bot.rb
directory=/srv/menu
user=menu
autorestart=true
environment=RAILS_ENV="production",MENU_DB_PASSWORD="@@s@@"
stdout_logfile=/var/log/menu-bot.log
""", secret=(s := rand_pw(18)), s=s)

add("blind-lx/procfile/decoy", "kymyz-booking/menu/Procfile", "https://devcenter.heroku.com/articles/procfile", """\
# Dokku аша (menu.kymyz-shifa.ru)
# Серле ҡиммәттәр: dokku config:set menu MENU_DB_PASSWORD=... (бында юҡ)
web: bundle exec puma -C config/puma.rb
worker: bundle exec sidekiq -C config/sidekiq.yml
release: bundle exec rails db:migrate
""")

add("blind-lx/powershell/securestring-plaintext", "kymyz-booking/legacy/ops/Backup-Sql.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """\
# SQL Server резервын NAS-ҡа күсереү (Task Scheduler, төнгө 1:00)
$nasUser = 'KYMYZ\\svc-backup'
$nasPass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)

New-PSDrive -Name NAS -PSProvider FileSystem -Root '\\\\nas01\\sql-backup' -Credential $cred | Out-Null
Get-ChildItem 'D:\\SQLBackup\\*.bak' | Where-Object LastWriteTime -gt (Get-Date).AddDays(-1) |
    Copy-Item -Destination 'NAS:\\' -Force
Remove-PSDrive NAS
Write-Host "Резерв күсерелде $(Get-Date -Format s)"
""", secret=(s := words_pw()), s=s)

add("blind-lx/powershell/decoy-secretmanagement", "kymyz-booking/legacy/ops/Backup-Sql.v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# 2-се версия: серһүҙ SecretManagement hаҡлағысында
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'nas01-svc-backup' -Vault 'KymyzVault'
New-PSDrive -Name NAS -PSProvider FileSystem -Root '\\\\nas01\\sql-backup' -Credential $cred | Out-Null
Get-ChildItem 'D:\\SQLBackup\\*.bak' | Where-Object LastWriteTime -gt (Get-Date).AddDays(-1) |
    Copy-Item -Destination 'NAS:\\' -Force
Remove-PSDrive NAS
""")

add("blind-lx/csharp/decoy-dpapi", "kymyz-booking/legacy/Kymyz.Booking.Web/Services/SecretStore.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.protecteddata", """\
using System;
using System.Security.Cryptography;
using System.Text;

namespace Kymyz.Booking.Web.Services
{
    // Серһүҙ DPAPI менән шифрланған (тик ошо серверҙа асыла)
    public static class SecretStore
    {
        private const string SmsKeyProtected = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@c@@";

        public static string SmsKey() =>
            Encoding.UTF8.GetString(ProtectedData.Unprotect(Convert.FromBase64String(SmsKeyProtected), null, DataProtectionScope.LocalMachine));
    }
}
""", c=fakes.drawn(_seed(), 200, ALNUM + "+/") + "==")

add("blind-lx/csharp/hardcoded-api-key", "kymyz-booking/legacy/Kymyz.Booking.Web/Services/SmsSender.cs", "https://smsc.ru/api/http/send/", """\
using System.Net.Http;
using System.Threading.Tasks;

namespace Kymyz.Booking.Web.Services
{
    public class SmsSender
    {
        private static readonly HttpClient Http = new HttpClient();
        // smsc.ru API асҡысы (серһүҙ урынына)
        private const string ApiKey = "@@s@@";

        public Task<string> SendAsync(string phone, string text) =>
            Http.GetStringAsync($"https://smsc.ru/sys/send.php?apikey={ApiKey}&phones={phone}&mes={System.Uri.EscapeDataString(text)}&fmt=3");
    }
}
""", secret=(s := fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits)), s=s)

add("blind-lx/kotlin/ktor-basic", "kymyz-booking/kiosk/src/main/kotlin/ru/kymyzshifa/kiosk/Api.kt", "https://ktor.io/docs/client-basic-auth.html", """\
package ru.kymyzshifa.kiosk

import io.ktor.client.*
import io.ktor.client.plugins.auth.*
import io.ktor.client.plugins.auth.providers.*

// Вестибюлдәге киоск (ҡымыҙ графигы, процедуралар)
val client = HttpClient {
    install(Auth) {
        basic {
            credentials { BasicAuthCredentials(username = "kiosk", password = "@@s@@") }
            realm = "kymyz"
        }
    }
}
""", secret=(s := rand_pw(16)), s=s)

# ---------------------------------------------------------------- more notes, tables and chat exports

add("blind-lx/csv/router-admin", "notes/apiary_equipment.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
device,location,ip,admin_user,admin_password,note
Keenetic 4G,Бурзян умартаханаһы,10.66.0.1,admin,@@s@@,"SIM: Мегафон, тариф 50 ГБ"
ESP32 scale BZ-01,Умарта BZ-01,10.66.0.21,,,API асҡысы — secrets.yaml-да
ESP32 scale BZ-02,Умарта BZ-02,10.66.0.22,,,
Raspberry Pi hub,Умартахана өйө,10.66.0.3,pi,(SSH асҡыс ҡына),Prometheus node exporter
""", secret=(s := rand_pw(12)), s=s)

add("blind-lx/csv/decoy-inventory", "notes/kymyz_rooms.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
room,corpus,beds,category,tariff_per_day,wifi_ssid,door_lock_id
101,1,2,стандарт,3900,Kymyz-Guest,LK-7F3A2C91
102,1,2,стандарт,3900,Kymyz-Guest,LK-7F3A2C92
214,2,1,люкс,6800,Kymyz-Guest,LK-8B01D4E7
215,2,2,люкс,7400,Kymyz-Guest,LK-8B01D4E8
301,3,3,ғаилә,8200,Kymyz-Guest,LK-90AC11F0
""")

add("blind-lx/text/chat-export", "notes/telegram-export/infra-chat-2024-04.txt", "https://telegram.org/blog/export-and-more", """\
[04.04.2024 10:12] Тимур: Руслан, staging-тағы Redis серһүҙе ниндәй ине?
[04.04.2024 10:15] Руслан: @@s@@
[04.04.2024 10:15] Руслан: тик бында яҙманым, тип һанайыҡ 🙃
[04.04.2024 10:16] Тимур: рәхмәт, Bitwarden-ға ла индерәм
[04.04.2024 10:40] Айгөл: иртәгә ҡымыҙ фермаһынан тауар килә, склад буш булһын
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/text/decoy-chat-export", "notes/telegram-export/infra-chat-2024-06.txt", "https://telegram.org/blog/export-and-more", """\
[12.06.2024 09:01] Руслан: бөтә серһүҙҙәр алмаштырылды, Bitwarden-да яңылары
[12.06.2024 09:02] Тимур: staging Redis-тыҡы ла? 
[12.06.2024 09:03] Руслан: эйе, «Soloq / Infra / redis-staging» яҙмаһын ҡара
[12.06.2024 09:05] Гүзәл: ҡунаҡтар Wi-Fi серһүҙен һорай, ресепшнда стенд бар, шунда ҡарағыҙ
[12.06.2024 09:07] Айгөл: 👍
""")

add("blind-lx/eml/password-in-mail", "notes/mail/2024-02-hosting-welcome.eml", "https://www.rfc-editor.org/rfc/rfc5322", """\
From: support@beget.com
To: admin@kymyz-shifa.ru
Subject: =?UTF-8?B?0JTQvtGB0YLRg9C/INC6INGF0L7RgdGC0LjQvdCz0YM=?=
Date: Tue, 06 Feb 2024 11:20:14 +0300
Content-Type: text/plain; charset=utf-8

Здравствуйте!

Ваш аккаунт хостинга создан.
Логин: kymyzsh7
Пароль: @@s@@
Панель управления: https://cp.beget.com

-- 
Служба поддержки
""", secret=(s := rand_pw(12)), s=s)

add("blind-lx/gitconfig/remote-token", "soloq-bal/.git-config-backup", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", """\
[core]
\trepositoryformatversion = 0
\tfilemode = true
\tbare = false
[remote "origin"]
\turl = https://soloq-bot:@@s@@@gitlab.soloq-bal.ru/soloq/shop.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
\tremote = origin
\tmerge = refs/heads/main
""", secret=(s := gitlab_token()), s=s)

add("blind-lx/markdown/docker-run-readme", "hive-scales/README.md", "https://docs.docker.com/reference/cli/docker/container/run/", """\
# hive-scales

Умарта үлсәүестәренән MQTT аша килгән мәғлүмәтте йыйыу.

## Эшләтеү

```sh
docker run -d --name mosquitto -p 8883:8883 eclipse-mosquitto:2
docker run -d --name collector --restart=always \\
  -e MQTT_URL=mqtts://collector:@@s@@@mqtt.soloq-bal.ru:8883 \\
  -e INFLUX_URL=http://influx:8086 \\
  registry.soloq-bal.ru/hive-scales/collector:latest
```

Графиктар: https://grafana.soloq-bal.ru/d/hives
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/markdown/decoy-readme", "kymyz-booking/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# kymyz-booking

Ҡымыҙ шифаханаһының бронь хеҙмәте: API (NestJS), сайт, Android/iOS ҡушымталары.

## Башлау

```sh
cp .env.example .env        # ҡиммәттәрҙе Bitwarden-дан алығыҙ
docker compose up -d db
npm ci && npm run start:dev
```

`JWT_SECRET` өсөн локаль эштә `openssl rand -hex 32` яһағыҙ.
Прод асҡыстары — Yandex Lockbox-та, ҡулдан күсермәгеҙ.
""")

add("blind-lx/compose/redis-requirepass", "hive-tracker/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """\
services:
  tracker:
    build: .
    env_file: .env
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    # фото миниатюралары кэшы
    command: ["redis-server", "--requirepass", "@@s@@", "--maxmemory", "256mb"]
    volumes: [cache:/data]
volumes:
  cache: {}
""", secret=(s := fakes.redis_password(_seed())), s=s)

add("blind-lx/k8s/secret-base64-url", "kymyz-booking/deploy/k8s/kafka-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-kafka
  namespace: kymyz
type: Opaque
data:
  KAFKA_USERNAME: Ym9va2luZy1wcm9kdWNlcg==
  KAFKA_PASSWORD: @@enc@@
  KAFKA_BOOTSTRAP: cmMxYS1reW15emthZmthMDEubWRiLnlhbmRleGNsb3VkLm5ldDo5MDkx
""", secret=(s := rand_pw(24)), enc=b64(s))

add("blind-lx/k8s/decoy-secret-empty", "kymyz-booking/deploy/k8s/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Ҡалып: ҡиммәттәр CI-ла ҡуйыла (kubectl create secret ... --dry-run)
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: kymyz
type: Opaque
data:
  JWT_SECRET: ""
  SMS_API_KEY: ""
  NOTIFY_SECRET: ""
""")

add("blind-lx/shell-history/kubectl-literal", "ops/history/timur-laptop.bash_history", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """\
kubectl config use-context ci@kymyz
kubectl -n kymyz get pods
kubectl -n kymyz create secret generic booking-api --from-literal=JWT_SECRET=@@s@@ --dry-run=client -o yaml | kubectl apply -f -
kubectl -n kymyz rollout restart deploy/booking-api
kubectl -n kymyz logs -f deploy/booking-api --tail=50
history -c
""", secret=(s := hexs(64)), s=s)

add("blind-lx/json/vault-token", "kymyz-booking/tools/.vault-session.json", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """\
{
  "vault_addr": "https://vault.kymyz-shifa.internal:8200",
  "auth": {
    "client_token": "@@s@@",
    "policies": ["default", "booking-read"],
    "lease_duration": 2764800,
    "renewable": true
  }
}
""", secret=(s := "hvs.CAESI" + fakes.drawn_mixed(_seed(), 86, ALNUM + "_-")), s=s)

# ---------------------------------------------------------------- last round

add("blind-lx/ruby/fastlane-match-auth", "kymyz-booking/ios/fastlane/Matchfile", "https://docs.fastlane.tools/actions/match/#git-storage-on-github", """\
# Сертификаттар репоһы (шәхси)
git_url("https://github.com/kymyz-shifa/ios-certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["ru.kymyzshifa.booking"])
# CI өсөн — ваҡытлыса шунда (Тимур)
git_basic_authorization("@@s@@")
""", secret=(s := b64("kymyz-ci:" + fakes.github_fine_grained_token(_seed()))), s=s)

add("blind-lx/ruby/decoy-fastlane-appfile", "kymyz-booking/ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """\
# App Store Connect мәғлүмәттәре (серле түгел)
app_identifier("ru.kymyzshifa.booking")
apple_id("ios@kymyz-shifa.ru")
itc_team_id("127734051")
team_id("K7M2Y9Z4S1")
# API асҡысы: ENV["APP_STORE_CONNECT_API_KEY_PATH"] (CI-ла файл итеп бирелә)
""")

add("blind-lx/php/laravel-app-key", "kymyz-booking/partner-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Kymyz Partner Portal"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://partners.kymyz-shifa.ru
APP_LOCALE=ru
DB_CONNECTION=pgsql
DB_HOST=pg01.kymyz-shifa.internal
DB_DATABASE=partners
DB_USERNAME=partners
DB_PASSWORD=${PARTNERS_DB_PASSWORD}
""", secret=(s := base64.b64encode(random.Random(_seed()).randbytes(32)).decode()), s=s)

add("blind-lx/env/decoy-test-env", "kymyz-booking/partner-portal/.env.testing", "https://laravel.com/docs/11.x/testing#the-env-testing-environment-file", """\
# Һынау мөхите — бөтә ҡиммәттәр ялған
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
SMS_API_KEY=fake-sms-key
""")

add("blind-lx/go/slack-bot-token", "hive-tracker/internal/notify/slack.go", "https://api.slack.com/authentication/token-types#bot", """\
package notify

import "github.com/slack-go/slack"

// Кооператив идараһының Slack-ы (экспорт командаһы менән уртаҡ)
var api = slack.New("@@s@@")

func Harvest(kg float64, bort string) error {
	_, _, err := api.PostMessage("C06SOLOQHONEY",
		slack.MsgOptionText("Бал йыйылды: "+bort+", "+formatKg(kg)+" кг", false))
	return err
}
""", secret=(s := "xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + fakes.drawn_mixed(_seed(), 24)), s=s)

add("blind-lx/properties/gradle-nexus", "kymyz-booking/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Nexus (kymyz UI китапханаһы)
kymyzNexusUser=android-ci
kymyzNexusPassword=@@s@@
""", secret=(s := rand_pw(20)), s=s)

add("blind-lx/properties/decoy-gradle-placeholder", "hive-scales/android-viewer/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Шәхси ҡиммәттәр ~/.gradle/gradle.properties-та:
#   soloqNexusUser=<исем>
#   soloqNexusPassword=<серһүҙ>
soloqNexusUrl=https://nexus.soloq-bal.internal/repository/maven-public/
""")

add("blind-lx/toml/bot-token", "kymyz-booking/procedures-bot/Config.toml", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# Процедуралар иҫкәртеүсе бот (Rust, teloxide)
[bot]
token = "@@s@@"
admin_chat = -1002214400917

[schedule]
kymyz = ["10:00", "16:00"]
massage = ["11:30", "15:00"]
""", secret=(s := tg_token()), s=s)

add("blind-lx/ansible/pem-in-vars", "infra/ansible/host_vars/web01.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """\
---
nginx_server_name: soloq-bal.ru
# иҫке сертификат (Let's Encrypt-ҡа тиклем, ҡулдан алынған)
tls_cert_path: /etc/ssl/soloq-bal.crt
tls_key_content: |
@@key@@
""", secret=(s := pem("RSA")), key=indent(s, 2))

add("blind-lx/rst/decoy-checksums", "hive-scales/docs/firmware-release.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Прошивка 1.4.2
==============

* HX711 калибровкаһы яҡшыртылды (ҡышҡы һыуыҡта ла теүәл).
* OTA яңыртыу серһүҙе хәҙер ``secrets.yaml``-тан ғына алына.

Тикшереү суммалары::

    sha256  @@h1@@  scale-fw-1.4.2.bin
    sha256  @@h2@@  scale-fw-1.4.2.elf
""", h1=sha256ish(), h2=sha256ish())

add("blind-lx/markdown/decoy-changelog", "soloq-bal/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Үҙгәрештәр

## 1.14.0 — 2024-06-12
- ЮKassa асҡысы алмаштырылды (иҫкеһе `live_…9f2Q` — ябылды).
- Telegram боты токены Vault-ҡа күсерелде.
- Башҡортса тәржемә: заказ хаттары.

## 1.13.2 — 2024-05-20
- Ozon ҡалдыҡтарын синхронлау хатаһы төҙәтелде.
""")

add("blind-lx/yaml/yookassa-webhook-config", "soloq-bal/config/payments.yml", "https://yookassa.ru/developers/using-api/basics", """\
# ЮKassa — экспорт складынан түгел, эске магазин
yookassa:
  shop_id: 318442
  secret_key: @@s@@
  return_url: https://soloq-bal.ru/order/done
  # уведомления: https://soloq-bal.ru/payments/yookassa/notify
  vat_code: 1
""", secret=(s := yookassa_key()), s=s)

add("blind-lx/javascript/discord-webhook-split", "hive-scales/collector/alerts.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// Умарта ауырлығы кинәт төшһә (рой осто!) — волонтёрҙарға хәбәр
const HOOK = 'https://discord.com/api/webhooks/' +
  '@@a@@';

export async function swarmAlert(bort, dropKg) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `🐝 ${bort}: ${dropKg} кг кәмене — рой осҡан булыуы ихтимал` }),
  });
}
""", secret=(s := discord_webhook()), a=s[len("https://discord.com/api/webhooks/"):])

add("blind-lx/python/decoy-published-example", "soloq-bal/shop/payments/tests/test_signature.py", "https://yookassa.ru/developers/using-api/webhooks", """\
# ЮKassa хәбәрҙәре IP буйынса тикшерелә; һынауҙа документацияның үрнәк ҡиммәттәре
from shop.payments.webhooks import is_yookassa_ip

EXAMPLE_PAYMENT_ID = "22e12f66-000f-5000-8000-18db351245c7"


def test_known_ip():
    assert is_yookassa_ip("185.71.76.1")


def test_unknown_ip():
    assert not is_yookassa_ip("10.0.0.1")
""")

add("blind-lx/yaml/decoy-token-file-reference", "hive-tracker/.goreleaser.yaml", "https://goreleaser.com/customization/release/", """\
# GoReleaser: токен мөхиттән (GITHUB_TOKEN), бында юҡ
project_name: hive-tracker
builds:
  - main: ./cmd/tracker
    goos: [linux]
    goarch: [amd64, arm64]
release:
  github:
    owner: soloq-bal
    name: hive-tracker
env_files:
  github_token: ~/.config/goreleaser/github_token
""")

add("blind-lx/markdown/table-password", "wiki/Шифахана/Ресепшн-компьютерҙары.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# Ресепшн компьютерҙары

| Компьютер | Ҡулланыусы | Серһүҙ | Иҫкәрмә |
|-----------|-----------|--------|---------|
| REC-01 | `KYMYZ\\reception` | домен серһүҙе (AD) | көн һайын |
| REC-02 | `KYMYZ\\reception` | домен серһүҙе (AD) | төнгө смена |
| Касса терминалы | `kassir` | `@@s@@` | локаль ҡулланыусы, AD-ға инмәй |

Принтер: `\\\\fs01\\HP-Reception`. Проблема булһа — Руслан, +7 900 000-00-01.
""", secret=(s := rand_pw(10)), s=s)

add("blind-lx/terraform/yc-token-provider", "hive-tracker/infra/main.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs#token", """\
# hive-tracker өсөн бәләкәй VM (Айгөлдөң тәүге тәжрибәһе)
provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1gsoloqcloud00000001"
  folder_id = "b1g7kq2vbh3m0t9e5soq"
  zone      = "ru-central1-a"
}

resource "yandex_compute_instance" "tracker" {
  name        = "hive-tracker"
  platform_id = "standard-v3"
  resources {
    cores  = 2
    memory = 2
  }
}
""", secret=(s := yandex_oauth()), s=s)

add("blind-lx/shell/twine-upload", "kymyz-booking/sms-client/release.sh", "https://twine.readthedocs.io/en/stable/#twine-upload", """\
#!/usr/bin/env bash
# kymyz-sms-client пакетын PyPI-ға сығарыу
set -euo pipefail
rm -rf dist/
python -m build
twine check dist/*
twine upload -u __token__ -p @@s@@ dist/*
git tag "v$(python -c 'import kymyz_sms; print(kymyz_sms.__version__)')"
git push --tags
""", secret=(s := fakes.pypi_token(_seed())), s=s)

add("blind-lx/php/yii-db", "soloq-bal/legacy-yii/config/db.php", "https://www.yiiframework.com/doc/guide/2.0/en/db-dao#creating-db-connections", """\
<?php
// Иҫке сайт (2017), тик архив заказдар өсөн ҡалды
return [
    'class' => 'yii\\db\\Connection',
    'dsn' => 'mysql:host=localhost;dbname=soloq_old',
    'username' => 'soloq_old',
    'password' => '@@s@@',
    'charset' => 'utf8',
];
""", secret=(s := words_pw()), s=s)

add("blind-lx/kotlin/jdbc-url-password", "kymyz-booking/kiosk/src/main/kotlin/ru/kymyzshifa/kiosk/Db.kt", "https://jdbc.postgresql.org/documentation/use/#connection-parameters", """\
package ru.kymyzshifa.kiosk

import java.sql.DriverManager

// Киоск процедуралар расписаниеһын туранан уҡый (уҡыу ғына)
object Db {
    private const val URL =
        "jdbc:postgresql://pg01.kymyz-shifa.internal:5432/booking?user=kiosk_ro&password=@@s@@&ssl=true"

    fun schedule(room: Int) = DriverManager.getConnection(URL).use { c ->
        c.prepareStatement("select name, starts_at from procedures where room = ?").apply { setInt(1, room) }
            .executeQuery().let { rs -> generateSequence { if (rs.next()) rs.getString(1) to rs.getTimestamp(2) else null }.toList() }
    }
}
""", secret=(s := rand_pw(18)), s=s)

add("blind-lx/swift/decoy-keychain", "kymyz-booking/ios/KymyzBooking/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Foundation
import Security

// Ҡунаҡтың токены Keychain-да һаҡлана; бында ҡиммәт юҡ
enum TokenStore {
    static let service = "ru.kymyzshifa.booking.token"

    static func load() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("blind-lx/k8s/secret-base64-ssh-key", "hive-tracker/deploy/k8s/git-sync-secret.yaml", "https://github.com/kubernetes/git-sync/blob/master/docs/ssh.md", """\
# git-sync: солоҡтар картаһы (GeoJSON) репоһынан уҡый
apiVersion: v1
kind: Secret
metadata:
  name: git-sync-ssh
  namespace: soloq
type: Opaque
data:
  ssh: @@enc@@
  known_hosts: Z2l0bGFiLnNvbG9xLWJhbC5ydSBzc2gtZWQyNTUxOSBBQUFBQzNOemFDMWxaREkxTlRFNQo=
""", secret=(s := pem("OPENSSH")), enc=b64(s + "\n"))

add("blind-lx/log/smtp-auth-plain", "kymyz-booking/logs/smtp-debug-2024-03-11.txt", "https://www.rfc-editor.org/rfc/rfc4616", """\
# Хат китмәй — smtplib debuglevel=1 сығышы (Тимур, 2024-03-11)
send: 'ehlo api-01.kymyz-shifa.internal\\r\\n'
reply: b'250-smtp.yandex.ru\\r\\n'
reply: b'250-AUTH LOGIN PLAIN XOAUTH2\\r\\n'
send: 'AUTH PLAIN @@s@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<bron@kymyz-shifa.ru>\\r\\n'
reply: b'250 2.1.0 <bron@kymyz-shifa.ru> ok\\r\\n'
send: 'rcpt TO:<guest@example.org>\\r\\n'
reply: b'550 5.7.1 Sender address rejected\\r\\n'
""", secret=(s := b64("\0bron@kymyz-shifa.ru\0" + rand_pw(16))), s=s)

# --- more ---
