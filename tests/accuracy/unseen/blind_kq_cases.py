"""Blind set KQ: silk-paper mills and plov restaurants of Samarkand, Uzbekistan.

Shops of the Konigil silk-paper mill and plov houses around Registon: online shop, table bookings,
payment systems (Payme, Click, Uzum), SMS gateways (Eskiz, Playmobile), Telegram bots, delivery,
CI and cloud (Yandex Cloud, AWS, GitLab, GitHub), with notes and comments partly in Uzbek (Latin
and Cyrillic), and their decoys. Generated fakes only (seeds 5600000-5609999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [5600000]
SEED_LO, SEED_HI = 5600000, 5609999


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Registon", "Samarqand", "Konigil", "Ipak", "Qogoz", "Palov", "Siyob", "Bibixonim", "Zarafshon",
         "Shohizinda", "Ulugbek", "Tut", "Non", "Choyxona", "Somsa", "Anor", "Qovun", "Lagmon"]
LOWER = ["ipak", "qogoz", "tandir", "zira", "sabzi", "guruch", "qozon", "choynak", "anor", "uzum", "bozor",
         "minora", "gumbaz", "kashta", "atlas", "adras"]


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


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def payme_key() -> str:
    return rand_pw(32, "#&?%@")


def click_secret() -> str:
    return rand_pw(14)


def uzum_key() -> str:
    return rand_pw(40)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def jwt(payload: str) -> str:
    r = _rng()
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(payload.encode())
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body}.{sig}"


def eskiz_token() -> str:
    r = _rng()
    return jwt('{"exp":%d,"iat":%d,"role":"user","sign":"%s","sub":"%d"}'
               % (r.randint(1790000000, 1799999999), r.randint(1760000000, 1769999999),
                  "".join(r.choice(HEX) for _ in range(64)), r.randint(1000, 9999)))


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def yc_api_key() -> str:
    return fakes.fake("AQVN", 36, _seed())


def yc_static_secret() -> str:
    return fakes.fake("YC", 38, _seed())


def yc_oauth() -> str:
    return fakes.fake("y0_AgAAAAA", 48, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def gmaps() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def discord_webhook() -> str:
    r = _rng()
    return ("https://discord.com/api/webhooks/" + str(r.randint(10**17, 10**18))
            + "/" + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def mapbox_secret() -> str:
    r = _rng()
    return "sk." + b64url(('{"u":"samarqand-ipak","a":"%s"}' % "".join(r.choice(ALNUM) for _ in range(12))).encode()) \
        + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def sentry_auth() -> str:
    return "sntrys_" + fakes.fake("", 40, _seed())


CASES: List[LabelledCase] = []
_NAMES = set()
_MARK = re.compile(r"@@([a-z0-9_]+)@@")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from `fields` (and `@@secret@@` from the secret)."""
    values = dict(fields)
    if secret is not None:
        values.setdefault("secret", secret)
    filled = _MARK.sub(lambda m: values[m.group(1)], text)
    assert "@@" not in filled, file_name
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, filled, secret, source))


# ---------------------------------------------------------------- payments: Payme, Click, Uzum

add("blind-kq/env/payme-key", "konigil-shop/.env",
    "https://developer.help.paycom.uz/",
    """# Konigil ipak qog'oz do'koni — prod sozlamalari
APP_ENV=production
APP_URL=https://konigil-paper.uz
PAYME_MERCHANT_ID=65f2a91c0b7e4d0012a3c9f1
PAYME_KEY=@@secret@@
PAYME_TEST_MODE=false
CLICK_SERVICE_ID=31754
""", payme_key())

add("blind-kq/python/payme-key", "registon_plov/payments/payme.py",
    "https://developer.help.paycom.uz/metody-merchant-api/",
    '''"""Payme Merchant API: Basic auth tekshiruvi (Paycom:KEY)."""
import base64

from django.http import JsonResponse

MERCHANT_LOGIN = "Paycom"
# TODO: settings.py ga ko'chirish kerak, hozircha shu yerda
MERCHANT_KEY = "@@secret@@"


def authorized(request) -> bool:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Basic "):
        return False
    login, _, key = base64.b64decode(header[6:]).decode().partition(":")
    return login == MERCHANT_LOGIN and key == MERCHANT_KEY


def error(code: int, message: str) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": {"uz": message}}})
''', payme_key())

_v = payme_key()
add("blind-kq/http/payme-basic-auth", "docs/payme-test.http",
    "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html",
    """### Payme: CheckPerformTransaction (sandbox emas, prod kassa!)
POST https://registon-plov.uz/api/payme/
Content-Type: application/json
Authorization: Basic @@enc@@

{
  "method": "CheckPerformTransaction",
  "params": {"amount": 9500000, "account": {"order_id": "1784"}}
}
""", _v, enc=b64("Paycom:" + _v))

add("blind-kq/yaml/click-secret", "deploy/plov-api/values-prod.yaml",
    "https://docs.click.uz/click-api-request/",
    """replicaCount: 2
image:
  repository: cr.yandex/crp3k9samarqand/plov-api
  tag: "2.14.1"
click:
  serviceId: 28411
  merchantId: 19233
  merchantUserId: 40017
  # Click kabinetidan olingan maxfiy kalit
  secretKey: "@@secret@@"
ingress:
  host: api.registon-plov.uz
""", click_secret())

add("blind-kq/php/click-secret", "siyob-osh/click/config.php",
    "https://docs.click.uz/en/click-api-request/",
    """<?php
// Click SHOP API sozlamalari — Siyob osh markazi
return [
    'merchant_id'      => 20518,
    'service_id'       => 29904,
    'user_id'          => 41120,
    'secret_key'       => '@@secret@@',
    'provider' => [
        'endpoint' => 'https://api.click.uz/v2/merchant/',
    ],
];
""", click_secret())

_v = click_secret()
add("blind-kq/go/click-secret", "delivery/internal/click/sign.go",
    "https://docs.click.uz/click-api-request/",
    """package click

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
)

// secretKey — Click kabinetidagi SECRET_KEY (vaqtincha kodda)
const secretKey = "@@secret@@"

// Sign hisoblaydi: md5(click_trans_id + service_id + SECRET_KEY + merchant_trans_id + amount + action + sign_time)
func Sign(transID, serviceID int64, merchantTransID, amount string, action int, signTime string) string {
	raw := fmt.Sprintf("%d%d%s%s%s%d%s", transID, serviceID, secretKey, merchantTransID, amount, action, signTime)
	sum := md5.Sum([]byte(raw))
	return hex.EncodeToString(sum[:])
}
""", _v)

add("blind-kq/ts/uzum-key", "konigil-web/src/server/uzum.ts",
    "https://developer.uzumbank.uz/",
    """// Uzum Bank checkout — server tomonida
import axios from "axios";

const UZUM_TERMINAL_ID = "konigil-paper-01";
const UZUM_API_KEY = "@@secret@@";

export async function createOrder(orderId: string, amountTiyin: number) {
  const res = await axios.post(
    "https://checkout-key.inplat-tech.com/api/v1/payment/register",
    { amount: amountTiyin, clientId: orderId, currency: 860, paymentDetails: "Ipak qog'oz" },
    { headers: { "X-Terminal-Id": UZUM_TERMINAL_ID, "X-API-Key": UZUM_API_KEY } },
  );
  return res.data.result.paymentRedirectUrl as string;
}
""", uzum_key())

add("blind-kq/kotlin/uzum-key", "android/app/src/main/java/uz/registon/pay/UzumConfig.kt",
    "https://kotlinlang.org/docs/object-declarations.html",
    """package uz.registon.pay

// Uzum Nasiya / checkout sozlamalari
object UzumConfig {
    const val BASE_URL = "https://checkout-key.inplat-tech.com/api/v1/"
    const val TERMINAL_ID = "registon-plov-03"
    // Диққат: калит клиентда турибди, серверга кўчириш керак
    const val API_KEY = "@@secret@@"
    const val CURRENCY_UZS = 860
}
""", uzum_key())

add("blind-kq/env/decoy-payme-placeholder", "konigil-shop/.env.example",
    "https://developer.help.paycom.uz/",
    """# Nusxa oling: cp .env.example .env va qiymatlarni to'ldiring
APP_ENV=local
APP_URL=http://localhost:8000
PAYME_MERCHANT_ID=
PAYME_KEY=<payme-kassa-kaliti>
PAYME_TEST_KEY=<payme-test-kaliti>
CLICK_SECRET_KEY=your_click_secret_key_here
UZUM_API_KEY=
""")

add("blind-kq/python/decoy-env-reference", "registon_plov/settings/payments.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    '''import os

# To'lov tizimlari: kalitlar faqat muhit o'zgaruvchilaridan olinadi
PAYME = {
    "merchant_id": os.environ["PAYME_MERCHANT_ID"],
    "key": os.environ["PAYME_KEY"],
    "test": os.getenv("PAYME_TEST", "0") == "1",
}
CLICK = {
    "service_id": int(os.environ.get("CLICK_SERVICE_ID", "0")),
    "secret_key": os.environ.get("CLICK_SECRET_KEY"),
}
UZUM_API_KEY = os.environ.get("UZUM_API_KEY", "")
''')

add("blind-kq/json/decoy-masked", "logs/payme-callback-2024-10-03.json",
    "https://developer.help.paycom.uz/metody-merchant-api/",
    """{
  "ts": "2024-10-03T19:42:11+05:00",
  "level": "warn",
  "msg": "payme auth failed",
  "remote": "185.234.113.62",
  "authorization": "Basic UGF5Y29tOioqKioqKioqKioqKioqKio=",
  "merchant_key": "****************************Xq7#",
  "method": "PerformTransaction",
  "order_id": 1791
}
""")

add("blind-kq/md/decoy-docs-example", "docs/payments/click.md",
    "https://docs.click.uz/click-api-request/",
    """# Click integratsiyasi

Click `sign_string` quyidagicha hisoblanadi:

```
md5(click_trans_id + service_id + SECRET_KEY + merchant_trans_id + amount + action + sign_time)
```

| Maydon | Misol | Izoh |
|---|---|---|
| service_id | `12345` | kabinetdan |
| SECRET_KEY | `<SECRET_KEY>` | hech qachon repoga yozmang |
| sign_time | `2024-05-01 12:00:00` | Toshkent vaqti |

Kalit Vault'da: `secret/plov/click#secret_key`.
""")

add("blind-kq/php/decoy-hash", "siyob-osh/click/verify_test.php",
    "https://docs.phpunit.de/en/10.5/writing-tests-for-phpunit.html",
    """<?php
use PHPUnit\\Framework\\TestCase;

// Soxta kalit bilan test — haqiqiy emas
final class ClickSignTest extends TestCase
{
    public function testSign(): void
    {
        $expected = '@@h@@';
        $sign = click_sign(1, 2, 'test-fake-secret', 'ord-1', '1000.00', 0, '2024-01-01 00:00:00');
        $this->assertSame($expected, $sign);
    }
}
""", h=hexs(32))

# ---------------------------------------------------------------- SMS: Eskiz, Playmobile

add("blind-kq/python/eskiz-password", "sms/eskiz_client.py",
    "https://documenter.getpostman.com/view/663428/RzfmES4z",
    '''import requests

ESKIZ_URL = "https://notify.eskiz.uz/api"
ESKIZ_EMAIL = "it@registon-plov.uz"


def token() -> str:
    # Eskiz token 30 kun amal qiladi
    r = requests.post(f"{ESKIZ_URL}/auth/login",
                      data={"email": ESKIZ_EMAIL, "password": "@@secret@@"}, timeout=10)
    r.raise_for_status()
    return r.json()["data"]["token"]


def send(phone: str, text: str) -> None:
    requests.post(f"{ESKIZ_URL}/message/sms/send",
                  headers={"Authorization": f"Bearer {token()}"},
                  data={"mobile_phone": phone, "message": text, "from": "4546"}, timeout=10)
''', rand_pw(12))

add("blind-kq/shell-history/eskiz-token", "ops/notes/bash_history_sms.txt",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """ssh deploy@10.20.1.14
cd /srv/plov-bot
tail -n 50 logs/sms.log
curl -s -X POST https://notify.eskiz.uz/api/auth/login -F email=it@registon-plov.uz -F password=$ESKIZ_PASS | jq .
curl -X POST https://notify.eskiz.uz/api/message/sms/send -H "Authorization: Bearer @@secret@@" -F mobile_phone=998901234567 -F message="Buyurtmangiz qabul qilindi" -F from=4546
systemctl restart plov-bot
exit
""", eskiz_token())

add("blind-kq/ini/playmobile-password", "sms/playmobile.ini",
    "https://docs.python.org/3/library/configparser.html",
    """; Playmobile SMS shlyuzi — Registon plov filiali
[playmobile]
url = https://send.smsxabar.uz/broker-api/send
login = registon_plov
password = @@secret@@
originator = 3700
priority = normal

[limits]
per_minute = 60
""", words_pw())

add("blind-kq/yaml/decoy-vault-ref", "sms/eskiz-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: eskiz-credentials
  namespace: plov
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: lockbox
    kind: ClusterSecretStore
  target:
    name: eskiz-credentials
  data:
    - secretKey: ESKIZ_PASSWORD
      remoteRef:
        key: e6q0samarqand7lockbox
        property: eskiz_password
""")

add("blind-kq/log/decoy-redacted-token", "logs/sms-worker.log",
    "https://docs.python.org/3/library/logging.html",
    """2024-11-02 08:00:01,442 INFO  sms-worker started, provider=eskiz
2024-11-02 08:00:01,913 INFO  eskiz login ok, token=eyJhbGciOiJIUzI1NiJ9.[REDACTED].[REDACTED] expires_in=2592000
2024-11-02 08:03:17,208 INFO  sent sms id=8812731 to=99890***4567 status=waiting
2024-11-02 08:03:19,551 WARN  delivery report late id=8812731
2024-11-02 08:05:44,010 INFO  sent sms id=8812740 to=99893***1180 status=delivered
""")

# ---------------------------------------------------------------- Telegram bots

add("blind-kq/python/telegram-token", "bots/stol_bron_bot.py",
    "https://docs.aiogram.dev/en/latest/",
    '''"""Stol bron qilish boti — Registon plov markazi."""
import asyncio

from aiogram import Bot, Dispatcher, F
from aiogram.types import Message

bot = Bot(token="@@secret@@")
dp = Dispatcher()


@dp.message(F.text == "/start")
async def start(message: Message) -> None:
    await message.answer("Assalomu alaykum! Necha kishiga stol kerak?")


async def main() -> None:
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
''', telegram())

add("blind-kq/json/telegram-token", "bots/config.prod.json",
    "https://core.telegram.org/bots/api",
    """{
  "bot": {
    "name": "KonigilPaperBot",
    "token": "@@secret@@",
    "admins": [148822301, 502217744]
  },
  "shop": {"currency": "UZS", "lang": ["uz", "ru", "en"]},
  "webhook": "https://konigil-paper.uz/tg/hook"
}
""", telegram())

_v = telegram()
add("blind-kq/md/telegram-token", "wiki/bot-yangilash.md",
    "https://core.telegram.org/bots/api#setwebhook",
    """# Botni yangilash (oshxona buyurtmalari)

1. Serverga kiring: `ssh deploy@plov-bot-1`
2. Webhookni qayta o'rnating:

   curl "https://api.telegram.org/bot@@secret@@/setWebhook?url=https://registon-plov.uz/tg/hook"

3. `systemctl restart plov-bot` va `/start` yuborib tekshiring.

> Eslatma: @BotFather'dan yangi token olinsa, shu sahifani yangilang.
""", _v)

add("blind-kq/env/decoy-telegram-placeholder", "bots/.env.sample",
    "https://core.telegram.org/bots/api",
    """# BotFather bergan tokenni shu yerga qo'ying (repoga emas!)
BOT_TOKEN=123456789:YOUR_BOT_TOKEN_HERE
ADMIN_IDS=111111111,222222222
WEBHOOK_URL=https://example.uz/tg/hook
REDIS_URL=redis://localhost:6379/0
""")

add("blind-kq/python/decoy-fake-fixture", "bots/tests/test_handlers.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    '''import pytest

# Soxta token: aiogram formatini tekshiradi, Telegramga ulanmaydi
FAKE_TOKEN = "42:TEST"


@pytest.fixture
def bot():
    from aiogram import Bot
    return Bot(token=FAKE_TOKEN)


def test_start_text(bot):
    assert bot.token.startswith("42:")
''')

# ---------------------------------------------------------------- databases

_v = rand_pw(22)
add("blind-kq/env/postgres-url", "registon_plov/.env.production",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """DJANGO_SETTINGS_MODULE=registon_plov.settings.prod
DATABASE_URL=postgres://plov_app:@@secret@@@rc1a-4xk2samarqand.mdb.yandexcloud.net:6432/plov?sslmode=verify-full
REDIS_URL=redis://10.20.1.30:6379/1
ALLOWED_HOSTS=registon-plov.uz,www.registon-plov.uz
TIME_ZONE=Asia/Samarkand
""", _v)

add("blind-kq/yaml/mysql-password", "konigil-shop/docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: konigil_shop
      MYSQL_USER: konigil
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: .
    ports: ["8080:80"]
    depends_on: [db]
volumes:
  dbdata: {}
""", rand_pw(18))

add("blind-kq/k8s-secret/postgres-password", "k8s/plov-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: plov-db
  namespace: plov
  labels:
    app: plov-api
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@d@@
""", _s := rand_pw(22), u=b64("plov_app"), enc=b64(_s), d=b64("plov"))

add("blind-kq/csharp/sqlserver-password", "SiyobBooking/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers#json-configuration-provider",
    """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Bookings": "Server=10.30.0.12,1433;Database=SiyobBron;User Id=bron_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Restaurant": { "Name": "Siyob osh markazi", "Tables": 42 },
  "AllowedHosts": "*"
}
""", words_pw())

add("blind-kq/java/postgres-password", "bron-service/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
    """# Stol bron xizmati
server.port=8081
spring.datasource.url=jdbc:postgresql://10.30.0.21:5432/bron
spring.datasource.username=bron
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jackson.time-zone=Asia/Samarkand
""", rand_pw(16, "!#"))

add("blind-kq/go/mongo-uri", "delivery/cmd/courier/main.go",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """package main

import (
	"context"
	"log"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Kuryerlar joylashuvi saqlanadigan baza
const mongoURI = "mongodb+srv://courier:@@secret@@@plov-delivery.x7k2q.mongodb.net/delivery?retryWrites=true"

func main() {
	client, err := mongo.Connect(context.Background(), options.Client().ApplyURI(mongoURI))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Disconnect(context.Background())
	log.Println("courier tracker ishga tushdi")
}
""", rand_pw(20))

add("blind-kq/python/redis-password", "bots/cache.py",
    "https://redis-py.readthedocs.io/en/stable/connections.html",
    '''import redis

# Bot holatlari (FSM) uchun Redis
r = redis.Redis(
    host="10.20.1.30",
    port=6379,
    db=2,
    password="@@secret@@",
    decode_responses=True,
)


def menu_cache_key(branch: str) -> str:
    return f"menu:{branch}:uz"
''', redis_pw())

add("blind-kq/shell/mysqldump-password", "ops/backup_konigil.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """#!/usr/bin/env bash
# Har kecha 03:00 da — Konigil do'kon bazasi zaxirasi
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h 10.30.0.40 -u backup -p'@@secret@@' --single-transaction konigil_shop \\
  | gzip > /backup/konigil_shop_${STAMP}.sql.gz
find /backup -name 'konigil_shop_*.sql.gz' -mtime +14 -delete
echo "zaxira tayyor: ${STAMP}"
""", words_pw())

add("blind-kq/sql/postgres-role-password", "db/migrations/0003_roles.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Hisobot uchun faqat o'qiydigan rol (buxgalteriya)
CREATE ROLE report_reader WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE plov TO report_reader;
GRANT USAGE ON SCHEMA public TO report_reader;
GRANT SELECT ON orders, order_items, branches TO report_reader;
ALTER ROLE report_reader SET statement_timeout = '30s';
""", rand_pw(16))

add("blind-kq/ruby/postgres-password", "konigil-admin/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: konigil_dev

production:
  <<: *default
  host: 10.30.0.21
  database: konigil_prod
  username: konigil
  password: @@secret@@
""", rand_pw(20))

add("blind-kq/pgpass/postgres-password", "ops/dotfiles/pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# hostname:port:database:username:password
localhost:5432:plov_dev:plov:plov
10.30.0.21:5432:bron:bron:@@secret@@
*:*:*:replicator:*
rc1a-4xk2samarqand.mdb.yandexcloud.net:6432:plov:report_reader:*
""", rand_pw(18))

add("blind-kq/toml/redis-url", "delivery/config/prod.toml",
    "https://toml.io/en/v1.0.0",
    """# Yetkazib berish xizmati
[server]
addr = ":8090"

[redis]
url = "redis://:@@secret@@@10.20.1.30:6379/4"

[zones]
names = ["Registon", "Siyob", "Kattaqo'rg'on yo'li", "Universitet xiyoboni"]
""", redis_pw())

add("blind-kq/env/decoy-local-defaults", "konigil-admin/.env.development",
    "https://github.com/bkeepers/dotenv",
    """# Mahalliy ishlab chiqish uchun (docker compose bilan keladi)
DATABASE_URL=postgres://postgres:postgres@localhost:5432/konigil_dev
REDIS_URL=redis://localhost:6379/0
PAYME_KEY=
RAILS_ENV=development
""")

add("blind-kq/k8s/decoy-secretkeyref", "k8s/plov-api-deployment.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: plov-api
  namespace: plov
spec:
  replicas: 2
  selector:
    matchLabels: {app: plov-api}
  template:
    metadata:
      labels: {app: plov-api}
    spec:
      containers:
        - name: api
          image: cr.yandex/crp3k9samarqand/plov-api:2.14.1
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: plov-db, key: POSTGRES_PASSWORD}
            - name: PAYME_KEY
              valueFrom:
                secretKeyRef: {name: payme, key: key}
""")

add("blind-kq/sql/decoy-bcrypt-hash", "db/seeds/002_staff.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html",
    """-- Xodimlar (parollar bcrypt xeshlangan, ochiq matn yo'q)
INSERT INTO staff (login, full_name, role, password_hash) VALUES
  ('dilnoza', 'Dilnoza Karimova', 'kassir', '$2b$12$@@h1@@'),
  ('bobur', 'Bobur Rahimov', 'oshpaz', '$2b$12$@@h2@@'),
  ('admin', 'Admin', 'admin', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-kq/yaml/decoy-helm-template", "deploy/plov-api/templates/secret.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "plov-api.fullname" . }}
type: Opaque
stringData:
  POSTGRES_PASSWORD: {{ .Values.db.password | quote }}
  CLICK_SECRET_KEY: {{ required "click.secretKey kerak" .Values.click.secretKey | quote }}
  PAYME_KEY: {{ .Values.payme.key | quote }}
""")

add("blind-kq/json/decoy-appsettings-dev", "SiyobBooking/appsettings.Development.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "ConnectionStrings": {
    "Bookings": "Server=(localdb)\\\\mssqllocaldb;Database=SiyobBron;Trusted_Connection=True"
  },
  "Payme": { "Key": "" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

# ---------------------------------------------------------------- cloud: Yandex Cloud, AWS

_i, _v = "YCAJE" + fakes.drawn(_seed(), 20), yc_static_secret()
add("blind-kq/ini/yc-static-key", "ops/aws-credentials-yc",
    "https://yandex.cloud/en/docs/storage/tools/aws-cli",
    """# Yandex Object Storage (S3 mos) — rasmlar bucketi: konigil-media
[default]
aws_access_key_id = @@i@@
aws_secret_access_key = @@secret@@
region = ru-central1

[backup]
aws_access_key_id = ${BACKUP_KEY_ID}
""", _v, i=_i)

add("blind-kq/tf/yc-api-key", "infra/yc/provider.tf",
    "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs",
    """terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
}

provider "yandex" {
  # vaqtinchalik, keyin service account key faylga o'tkazamiz
  token     = "@@secret@@"
  cloud_id  = "b1g8samarqand0plov01"
  folder_id = "b1g4konigil0paper02"
  zone      = "ru-central1-a"
}
""", yc_oauth())

add("blind-kq/python/yc-api-key", "notebooks/menu_translate.py",
    "https://yandex.cloud/en/docs/translate/api-ref/authentication",
    '''import requests

# Menyuni rus va ingliz tillariga tarjima (Yandex Translate)
API_KEY = "@@secret@@"
FOLDER = "b1g4konigil0paper02"


def translate(texts, target="en"):
    r = requests.post(
        "https://translate.api.cloud.yandex.net/translate/v2/translate",
        headers={"Authorization": f"Api-Key {API_KEY}"},
        json={"folderId": FOLDER, "texts": texts, "targetLanguageCode": target},
    )
    return [t["text"] for t in r.json()["translations"]]


print(translate(["To'y oshi", "Samarqand palovi", "Ko'k choy"]))
''', yc_api_key())

_i, _v = aws_id(), aws_secret()
add("blind-kq/env/aws-secret", "konigil-web/.env.local",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """NEXT_PUBLIC_SITE=https://konigil-paper.uz
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@i@@
AWS_SECRET_ACCESS_KEY=@@secret@@
S3_BUCKET=konigil-catalog-images
""", _v, i=_i)

_i, _v = aws_id(), aws_secret()
add("blind-kq/powershell/aws-secret", "ops/windows/Upload-Menu.ps1",
    "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html",
    """# Kassadagi Windows kompyuterdan menyu rasmlarini yuklash
Import-Module AWS.Tools.S3
Set-AWSCredential -AccessKey @@i@@ -SecretKey @@secret@@ -StoreAs plovmenu
$files = Get-ChildItem -Path 'D:\\Menyu\\rasmlar' -Filter *.jpg
foreach ($f in $files) {
    Write-S3Object -BucketName registon-menu -File $f.FullName -Key "uz/$($f.Name)" -ProfileName plovmenu
}
Write-Host "Yuklandi: $($files.Count) ta rasm"
""", _v, i=_i)

_i, _v = aws_id(), aws_secret()
add("blind-kq/csv/aws-secret", "ops/iam_kalitlar_royxati.csv",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    """User name,Access key ID,Secret access key,Created,Egasi,Izoh
ci-konigil,@@i@@,@@secret@@,2024-09-12,Sherzod,yangi kalit (CI uchun)
s3-catalog,AKIA****************,(Lockbox),2024-03-02,Dilnoza,
backup-konigil,AKIA****************,(Lockbox),2023-11-20,Sherzod,almashtirish kerak
grafana-ro,AKIA****************,(o'chirilgan),2023-05-14,Bobur,
""", _v, i=_i)

add("blind-kq/ini/decoy-aws-docs-example", "docs/aws-cli-sozlash.ini",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """; AWS hujjatlaridagi namuna qiymatlar — haqiqiy kalitlar emas
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1

[profile konigil]
sso_start_url = https://konigil.awsapps.com/start
sso_role_name = ReadOnly
""")

add("blind-kq/tf/decoy-variable", "infra/yc/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables",
    """variable "yc_token" {
  description = "Yandex Cloud OAuth/IAM token (CI da TF_VAR_yc_token orqali)"
  type        = string
  sensitive   = true
}

variable "payme_key" {
  type      = string
  sensitive = true
  default   = ""
}

variable "zone" {
  type    = string
  default = "ru-central1-a"
}
""")

add("blind-kq/json/decoy-sa-key-public", "infra/yc/sa-key-meta.json",
    "https://yandex.cloud/en/docs/iam/concepts/authorization/key",
    """{
  "id": "ajebsamarqand0key0001",
  "service_account_id": "ajeplov0ci0account001",
  "created_at": "2024-08-19T06:11:02.918Z",
  "key_algorithm": "RSA_2048",
  "public_key": "-----BEGIN PUBLIC KEY-----\\n@@pk@@\\n-----END PUBLIC KEY-----\\n",
  "description": "gitlab-ci uchun (maxfiy qismi Lockbox'da)"
}
""", pk=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-kq/yaml/yc-sa-private-key", "ci/yc-authorized-key.yaml",
    "https://yandex.cloud/en/docs/iam/concepts/authorization/key",
    """# yc iam key create natijasi — CI uchun
id: ajebsamarqand0key0002
service_account_id: ajeplov0ci0account001
created_at: "2024-08-19T06:14:40.112Z"
key_algorithm: RSA_2048
public_key: |
  -----BEGIN PUBLIC KEY-----
  @@pk@@
  -----END PUBLIC KEY-----
private_key: |
  @@key@@
""", _s := pem("RSA"), pk=fakes.drawn(_seed(), 64, ALNUM + "+/"), key=_s.replace("\n", "\n  "))

# ---------------------------------------------------------------- CI: GitLab, GitHub, Docker

add("blind-kq/gitlab-ci/gitlab-token", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # release uchun — keyin CI/CD Variables'ga ko'chiramiz
  RELEASE_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: deploy
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" -X POST "https://gitlab.com/api/v4/projects/4412/releases" -d tag_name=$CI_COMMIT_TAG'
  only: [tags]
""", gitlab())

add("blind-kq/github-actions/docker-pat", ".github/workflows/image.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """name: image
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Docker Hub'ga kirish
        run: echo "@@secret@@" | docker login -u registonplov --password-stdin
      - run: docker build -t registonplov/bron:${{ github.sha }} .
      - run: docker push registonplov/bron:${{ github.sha }}
""", docker_pat())

add("blind-kq/github-actions/decoy-secrets-ref", ".github/workflows/deploy.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """name: deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: yc-actions/yc-cr-login@v2
        with:
          yc-sa-json-credentials: ${{ secrets.YC_SA_JSON_CREDENTIALS }}
      - run: ./deploy.sh
        env:
          PAYME_KEY: ${{ secrets.PAYME_KEY }}
          TELEGRAM_TOKEN: ${{ secrets.TELEGRAM_TOKEN }}
""")

add("blind-kq/npmrc/npm-token", "konigil-web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@konigil:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm())

add("blind-kq/npmrc/decoy-env-token", "plov-admin/.npmrc",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """registry=https://registry.npmjs.org/
@registon:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
fund=false
audit=false
""")

add("blind-kq/shell/github-token", "ops/mirror_repos.sh",
    "https://docs.github.com/en/rest/repos/repos",
    """#!/bin/sh
# GitLab'dagi repolarni GitHub'ga nusxalash (arxiv)
GH_TOKEN=@@secret@@
for repo in plov-api plov-bot konigil-shop; do
  git clone --mirror "git@gitlab.com:registon/$repo.git" "/tmp/$repo"
  git -C "/tmp/$repo" push --mirror "https://x-access-token:${GH_TOKEN}@github.com/registon-archive/$repo.git"
done
""", github())

add("blind-kq/dockerfile/github-token", "bron-service/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/",
    """FROM golang:1.22 AS build
WORKDIR /src
ENV GOPRIVATE=github.com/registon-plov/*
RUN git config --global url."https://@@secret@@:x-oauth-basic@github.com/".insteadOf "https://github.com/"
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /bron ./cmd/bron

FROM gcr.io/distroless/static
COPY --from=build /bron /bron
ENTRYPOINT ["/bron"]
""", github())

add("blind-kq/dockerfile/decoy-build-arg", "konigil-web/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/.next ./.next
CMD ["npm", "start"]
""")

add("blind-kq/yaml/decoy-sealed-secret", "k8s/sealed/payme-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payme
  namespace: plov
spec:
  encryptedData:
    key: AgB@@c1@@
    merchant_id: AgC@@c2@@
  template:
    metadata:
      name: payme
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 200, ALNUM + "+/"))

# ---------------------------------------------------------------- notifications, mail, maps

add("blind-kq/yaml/slack-webhook", "monitoring/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """route:
  receiver: oshxona-navbatchi
  group_by: [alertname, branch]
receivers:
  - name: oshxona-navbatchi
    slack_configs:
      - api_url: @@secret@@
        channel: "#plov-alerts"
        title: "{{ .CommonLabels.alertname }} — {{ .CommonLabels.branch }}"
        send_resolved: true
""", slack_webhook())

add("blind-kq/js/discord-webhook", "konigil-web/scripts/notify-order.js",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """// Yangi buyurtma haqida ustaxonaga xabar
const WEBHOOK = "@@secret@@";

async function notifyOrder(order) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      content: `Yangi buyurtma #${order.id}: ${order.items.length} ta varaq, ${order.total} so'm`,
    }),
  });
}

module.exports = { notifyOrder };
""", discord_webhook())

add("blind-kq/python/sendgrid-key", "konigil-web/mailer/send_receipt.py",
    "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example",
    '''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_receipt(to: str, order_id: int, html: str) -> int:
    msg = Mail(from_email="shop@konigil-paper.uz", to_emails=to,
               subject=f"Buyurtma #{order_id} — Konigil ipak qog'ozi", html_content=html)
    return sg.send(msg).status_code
''', sendgrid())

add("blind-kq/php/smtp-password", "siyob-osh/config/mail.php",
    "https://laravel.com/docs/11.x/mail#configuration",
    """<?php

return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'smtp.yandex.ru',
            'port' => 465,
            'encryption' => 'ssl',
            'username' => 'bron@siyob-osh.uz',
            'password' => '@@secret@@',
        ],
    ],
    'from' => ['address' => 'bron@siyob-osh.uz', 'name' => 'Siyob osh markazi'],
];
""", rand_pw(16))

add("blind-kq/ruby/smtp-password", "konigil-admin/config/environments/production.rb",
    "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration",
    """Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mail.ru",
    port: 465,
    user_name: "orders@konigil-paper.uz",
    password: "@@secret@@",
    authentication: :login,
    ssl: true
  }
  config.time_zone = "Tashkent"
end
""", words_pw())

add("blind-kq/swift/google-maps-key", "ios/PlovDelivery/AppConfig.swift",
    "https://developers.google.com/maps/documentation/directions/get-api-key",
    """import Foundation

// Kuryer ilovasi: marshrut hisoblash (server kaliti — cheklanmagan!)
enum AppConfig {
    static let apiBase = URL(string: "https://api.registon-plov.uz/v1")!
    static let directionsKey = "@@secret@@"
    static let defaultCity = "Samarqand"
    static let kitchenLat = 39.6542
    static let kitchenLon = 66.9597
}
""", gmaps())

add("blind-kq/js/mapbox-secret", "delivery-map/upload-zones.mjs",
    "https://docs.mapbox.com/api/maps/uploads/",
    """// Yetkazib berish zonalarini Mapbox'ga yuklash (yozish huquqli sk. token)
import { readFile } from "node:fs/promises";

const token = "@@secret@@";
const zones = JSON.parse(await readFile("zones.geojson", "utf8"));
const res = await fetch(`https://api.mapbox.com/datasets/v1/samarqand-ipak?access_token=${token}`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ name: "plov-zones", description: `${zones.features.length} zona` }),
});
console.log(res.status);
""", mapbox_secret())

add("blind-kq/js/decoy-mapbox-public", "delivery-map/public/map.js",
    "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """// Ochiq (public) token: faqat xarita ko'rsatish, URL bilan cheklangan
mapboxgl.accessToken = "pk.@@p1@@.@@p2@@";
const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [66.9597, 39.6542],
  zoom: 13,
});
""", p1=b64url(b'{"u":"samarqand-ipak","a":"clz8kq2pl0001"}'), p2=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-kq/json/decoy-firebase-config", "android/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys",
    """{
  "project_info": {
    "project_number": "418822093117",
    "project_id": "registon-plov",
    "storage_bucket": "registon-plov.appspot.com"
  },
  "client": [{
    "client_info": {
      "mobilesdk_app_id": "1:418822093117:android:7c2f0e9a41d3b5e2",
      "android_client_info": {"package_name": "uz.registon.plov"}
    },
    "api_key": [{"current_key": "@@k@@"}]
  }],
  "configuration_version": "1"
}
""", k=gmaps())

add("blind-kq/html/decoy-stripe-publishable", "konigil-web/public/checkout-intl.html",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """<!doctype html>
<html lang="uz">
<head><meta charset="utf-8"><title>Xorijdan to'lov — Konigil</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<div id="card"></div>
<script>
  // publishable kalit — brauzer uchun ochiq
  const stripe = Stripe("@@pk@@");
  stripe.elements().create("card").mount("#card");
</script>
</body>
</html>
""", pk=stripe("pk_live_"))

add("blind-kq/python/stripe-secret", "konigil-web/intl/stripe_checkout.py",
    "https://docs.stripe.com/api/checkout/sessions/create",
    '''import stripe

# Xorijiy mijozlar uchun (turistlar) — Stripe
stripe.api_key = "@@secret@@"


def session(order_id: int, amount_usd_cents: int) -> str:
    s = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "usd", "unit_amount": amount_usd_cents,
                                    "product_data": {"name": "Silk paper set"}}, "quantity": 1}],
        success_url="https://konigil-paper.uz/rahmat", cancel_url="https://konigil-paper.uz/savat",
        metadata={"order_id": order_id},
    )
    return s.url
''', stripe())

add("blind-kq/yaml/decoy-masked-notes", "monitoring/alertmanager.example.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/",
    """# Namuna: haqiqiy URL Vault'da (secret/monitoring/slack)
receivers:
  - name: oshxona-navbatchi
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: "#plov-alerts"
  - name: telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/tg_token
        chat_id: -1001234567890
""")

# ---------------------------------------------------------------- keys and certificates

add("blind-kq/pem/rsa-private-key", "ops/ssh/deploy_plov_id_rsa",
    "https://www.rfc-editor.org/rfc/rfc7468",
    "@@secret@@\n", pem("RSA"))

add("blind-kq/yaml/ansible-private-key", "ansible/group_vars/kitchen_printers.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """# Oshxona printerlari (Raspberry Pi) — deploy kaliti
printer_user: pi
printer_port: 9100
deploy_key: |
  @@key@@
tz: Asia/Samarkand
""", _s := pem("OPENSSH"), key=_s.replace("\n", "\n  "))

add("blind-kq/k8s-secret/tls-key", "k8s/konigil-tls.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: konigil-paper-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", _s := pem("EC"), crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), enc=b64(_s))

add("blind-kq/pem/decoy-certificate", "nginx/certs/registon-plov.uz.crt",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-kq/ssh/decoy-public-key", "ansible/roles/common/files/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """# Registon plov — ops jamoasi
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ sherzod@konigil
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ dilnoza@registon
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ gitlab-runner
# eski kalitlar o'chirildi 2024-06
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("blind-kq/yaml/decoy-ansible-vault", "ansible/group_vars/all/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(44))

add("blind-kq/yaml/decoy-sops", "k8s/secrets/click.enc.yaml",
    "https://github.com/getsops/sops",
    """apiVersion: v1
kind: Secret
metadata:
  name: click
stringData:
  secret_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-10-01T09:12:44Z"
  version: 3.8.1
""", d=fakes.drawn(_seed(), 20, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

# ---------------------------------------------------------------- application code

add("blind-kq/python/django-secret-key", "registon_plov/settings/prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["registon-plov.uz", "www.registon-plov.uz"]
LANGUAGE_CODE = "uz"
TIME_ZONE = "Asia/Samarkand"
CSRF_TRUSTED_ORIGINS = ["https://registon-plov.uz"]
''', django_key())

add("blind-kq/python/decoy-django-env", "konigil-admin-py/settings.py",
    "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key",
    '''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# SECRET_KEY muhitdan; lokal uchun alohida qiymat beriladi
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-local-only-change-me")
DEBUG = os.environ.get("DEBUG") == "1"
LANGUAGE_CODE = "uz"
''')

add("blind-kq/js/jwt-secret", "plov-admin/src/config.js",
    "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """module.exports = {
  port: process.env.PORT || 4000,
  // Admin panel JWT imzosi uchun
  jwtSecret: "@@secret@@",
  jwtExpiresIn: "12h",
  branches: ["registon", "siyob", "universitet"],
};
""", rand_pw(48))

add("blind-kq/rust/telegram-token", "kitchen-bot/src/main.rs",
    "https://docs.rs/teloxide/latest/teloxide/",
    """use teloxide::prelude::*;

// Oshxona navbatchisi uchun bot: yangi buyurtmalar
const TOKEN: &str = "@@secret@@";

#[tokio::main]
async fn main() {
    let bot = Bot::new(TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Qozon tayyor!").await?;
        Ok(())
    })
    .await;
}
""", telegram())

add("blind-kq/java/payme-key", "bron-service/src/main/java/uz/siyob/bron/PaymeAuthFilter.java",
    "https://developer.help.paycom.uz/metody-merchant-api/",
    """package uz.siyob.bron;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class PaymeAuthFilter {
    // Kassa kaliti (prod). TODO: Vault
    private static final String PAYME_KEY = "@@secret@@";

    public static boolean check(String header) {
        if (header == null || !header.startsWith("Basic ")) return false;
        String raw = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return raw.equals("Paycom:" + PAYME_KEY);
    }
}
""", payme_key())

add("blind-kq/csharp/click-secret", "SiyobBooking/Payments/ClickOptions.cs",
    "https://docs.click.uz/click-api-request/",
    """namespace SiyobBooking.Payments;

public sealed class ClickOptions
{
    public int ServiceId { get; init; } = 29904;
    public int MerchantId { get; init; } = 20518;
    // Махфий калит — фақат тест учун эмас, прод!
    public string SecretKey { get; init; } = "@@secret@@";
    public string Endpoint { get; init; } = "https://api.click.uz/v2/merchant/";
}
""", click_secret())

add("blind-kq/kotlin/decoy-buildconfig", "android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    namespace = "uz.registon.plov"
    defaultConfig {
        applicationId = "uz.registon.plov"
        minSdk = 24
        // Kalitlar local.properties / CI dan keladi
        buildConfigField("String", "UZUM_API_KEY", "\\"${project.findProperty("UZUM_API_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.registon-plov.uz/v1\\"")
    }
}
""")

add("blind-kq/go/decoy-getenv", "delivery/internal/config/config.go",
    "https://pkg.go.dev/os#Getenv",
    """package config

import "os"

type Config struct {
	ClickSecret string
	MongoURI    string
	TGToken     string
}

// Load — barcha maxfiy qiymatlar muhit o'zgaruvchilaridan
func Load() Config {
	return Config{
		ClickSecret: os.Getenv("CLICK_SECRET_KEY"),
		MongoURI:    os.Getenv("MONGO_URI"),
		TGToken:     os.Getenv("TELEGRAM_BOT_TOKEN"),
	}
}
""")

add("blind-kq/ts/openai-key", "konigil-web/src/server/describe.ts",
    "https://platform.openai.com/docs/api-reference/authentication",
    """import OpenAI from "openai";

// Mahsulot tavsiflarini uch tilda yozish (uz/ru/en)
const client = new OpenAI({ apiKey: "@@secret@@" });

export async function describe(name: string, size: string): Promise<string> {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Samarqand ipak qog'ozi: ${name}, o'lchami ${size}. Qisqa tavsif yoz.` }],
  });
  return r.choices[0].message.content ?? "";
}
""", openai())

add("blind-kq/ts/decoy-process-env", "konigil-web/src/server/env.ts",
    "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables",
    """import { z } from "zod";

const schema = z.object({
  OPENAI_API_KEY: z.string().min(20),
  UZUM_API_KEY: z.string().min(20),
  PAYME_KEY: z.string().min(16),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
""")

add("blind-kq/swift/decoy-keychain", "ios/PlovDelivery/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """import Security
import Foundation

// Kuryer tokeni Keychain'da saqlanadi, kodda emas
enum TokenStore {
    static let service = "uz.registon.plov.courier"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-kq/env/decoy-laravel-example", "siyob-osh/.env.example",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """APP_NAME="Siyob osh markazi"
APP_ENV=production
APP_KEY=
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=siyob
DB_USERNAME=siyob
DB_PASSWORD=
MAIL_PASSWORD=null
CLICK_SECRET_KEY=
""")

add("blind-kq/env/laravel-app-key", "siyob-osh/.env",
    "https://laravel.com/docs/11.x/encryption#configuration",
    """APP_NAME="Siyob osh markazi"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://siyob-osh.uz
DB_CONNECTION=mysql
DB_DATABASE=siyob
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

# ---------------------------------------------------------------- notes, wikis, runbooks, docs

add("blind-kq/md/postgres-password", "wiki/runbooks/baza-tiklash.md",
    "https://www.postgresql.org/docs/current/app-pgrestore.html",
    """# Bazani zaxiradan tiklash (plov)

Navbatchi uchun qisqa yo'riqnoma.

1. Oxirgi zaxirani toping: `ls -lt /backup | head`
2. Tiklash:

```bash
PGPASSWORD='@@secret@@' pg_restore -h 10.30.0.21 -U plov_admin -d plov --clean /backup/plov_latest.dump
```

3. Ilovani qayta ishga tushiring: `kubectl -n plov rollout restart deploy/plov-api`

Muammo bo'lsa — Sherzodga qo'ng'iroq qiling.
""", words_pw())

add("blind-kq/txt/click-secret", "notes/click-kabinet.txt",
    "https://docs.click.uz/click-api-request/",
    """Click kabinet (merchant.click.uz) — Registon plov
login: registon_admin
service_id: 28411
merchant_id: 19233
secret key: @@secret@@
callback: https://api.registon-plov.uz/click/prepare va /complete
eslatma: kalitni almashtirsak, helm values ham yangilansin
""", click_secret())

add("blind-kq/md/payme-key-table", "wiki/tolov-tizimlari.md",
    "https://developer.help.paycom.uz/",
    """# To'lov tizimlari — kirish ma'lumotlari

| Tizim | Kabinet | Login | Kalit |
|-------|---------|-------|-------|
| Payme | business.payme.uz | konigil | `@@secret@@` |
| Click | merchant.click.uz | konigil_admin | Vault: `secret/konigil/click` |
| Uzum  | merchant.uzumbank.uz | konigil | Vault: `secret/konigil/uzum` |

Payme test kassasi: `test.paycom.uz`, kalit alohida.
""", payme_key())

add("blind-kq/rst/telegram-token", "docs/source/bot.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """Buyurtma boti
=============

Bot ``@KonigilPaperBot`` buyurtmalarni qabul qiladi.

Ishga tushirish
---------------

.. code-block:: bash

   export BOT_TOKEN=@@secret@@
   python -m konigil_bot

Webhook ``https://konigil-paper.uz/tg/hook`` manziliga o'rnatilgan.
""", telegram())

add("blind-kq/html/uzum-key", "docs/internal/uzum.html",
    "https://developer.uzumbank.uz/",
    """<!doctype html>
<html lang="uz"><head><meta charset="utf-8"><title>Uzum integratsiya</title></head>
<body>
<h1>Uzum Bank checkout</h1>
<p>Terminal: <code>konigil-paper-01</code></p>
<p>API kaliti: <code>@@secret@@</code></p>
<p>So'rov sarlavhasi: <code>X-API-Key</code>. Valyuta kodi 860 (so'm).</p>
</body></html>
""", uzum_key())

add("blind-kq/txt/eskiz-password", "notes/sms-provayder.txt",
    "https://eskiz.uz/sms",
    """SMS provayderlar — Konigil / Registon
-------------------------------------
Eskiz.uz: it@registon-plov.uz / @@secret@@ (nickname 4546)
Playmobile: shartnoma tugagan, ishlatilmaydi
Balans: oyiga ~3 mln so'm
Shablonlar: "Buyurtmangiz #{id} tayyor", "Stolingiz {time} ga bron qilindi"
""", rand_pw(12))

add("blind-kq/md/cyrillic-yc-key", "wiki/yandex-cloud.md",
    "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key",
    """# Yandex Cloud — менюни таржима қилиш

Хизмат аккаунти: `plov-translate`
Фолдер: `b1g4konigil0paper02`

API калит (SpeechKit ва Translate учун):

    Api-Key @@secret@@

Калитни алмаштириш: `yc iam api-key create --service-account-name plov-translate`
""", yc_api_key())

add("blind-kq/md/decoy-rotation-note", "wiki/runbooks/kalitlarni-almashtirish.md",
    "https://developer.hashicorp.com/vault/docs/commands/kv/put",
    """# Kalitlarni almashtirish (har chorakda)

1. Payme kabinetida yangi kalit yarating.
2. Vault'ga yozing:

   vault kv put secret/plov/payme key=<YANGI_KALIT>

3. `kubectl -n plov rollout restart deploy/plov-api`
4. Eski kalit: `****************************` (kabinetda o'chiring)

Click uchun ham xuddi shunday: `secret/plov/click secret_key=...`.
""")

add("blind-kq/md/decoy-readme", "README.md",
    "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes",
    """# Registon plov — buyurtma va bron tizimi

## O'rnatish

```bash
cp .env.example .env
# .env ichida PAYME_KEY, CLICK_SECRET_KEY, BOT_TOKEN ni to'ldiring
docker compose up -d
```

Maxfiy qiymatlar **hech qachon** repoga qo'shilmaydi: Lockbox / GitLab CI Variables.

Test uchun Payme sandbox: https://test.paycom.uz (kalit: jamoa Vault'ida).
""")

add("blind-kq/rst/decoy-api-doc", "docs/source/api.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """API autentifikatsiyasi
======================

Har bir so'rov ``Authorization`` sarlavhasini talab qiladi::

   Authorization: Bearer <TOKEN>

Token ``POST /v1/auth/token`` orqali olinadi. Misol javob:

.. code-block:: json

   {"access_token": "eyJ...", "expires_in": 3600}

Tokenlar 1 soat amal qiladi.
""")

add("blind-kq/txt/decoy-ids", "notes/kontaktlar.txt",
    "https://developer.help.paycom.uz/",
    """Payme merchant id: 65f2a91c0b7e4d0012a3c9f1
Click service_id: 28411, merchant_id: 19233
Uzum terminal: konigil-paper-01
Yandex cloud_id: b1g8samarqand0plov01
Telegram admin chat: -1001877342201
Buxgalter: +998 66 233 41 17
""")

add("blind-kq/md/decoy-changelog", "CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """# O'zgarishlar

## [2.14.1] - 2024-10-08
### Tuzatildi
- Payme `CheckTransaction` da vaqt zonasi (Asia/Samarkand).
- Click imzo tekshiruvi: `sign_string` endi `hmac.compare_digest` bilan.

## [2.14.0] - 2024-09-30
### Qo'shildi
- Uzum checkout. Kalit `UZUM_API_KEY` muhit o'zgaruvchisidan o'qiladi.
- Commit 3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e — Eskiz token yangilash.
""")

# ---------------------------------------------------------------- shell histories and logs

_i, _v = aws_id(), aws_secret()
add("blind-kq/shell-history/aws-secret", "ops/notes/history_s3.txt",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """ls
cd konigil-web
export AWS_ACCESS_KEY_ID=@@i@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
aws s3 sync ./public/catalog s3://konigil-catalog-images/catalog --delete
aws s3 ls s3://konigil-catalog-images/catalog | wc -l
history | tail
""", _v, i=_i)

add("blind-kq/shell-history/mysql-password", "ops/notes/history_db.txt",
    "https://dev.mysql.com/doc/refman/8.0/en/connecting.html",
    """sudo -i
docker ps
docker exec -it konigil-db-1 mysql -ukonigil -p@@secret@@ konigil_shop
mysql> SELECT COUNT(*) FROM orders WHERE created_at > NOW() - INTERVAL 1 DAY;
exit
""", rand_pw(18))

add("blind-kq/log/postgres-url", "logs/celery-worker-crash.log",
    "https://docs.celeryq.dev/en/stable/userguide/workers.html",
    """[2024-10-14 22:10:03,118: INFO/MainProcess] celery@plov-worker-2 ready.
[2024-10-14 22:14:51,902: ERROR/ForkPoolWorker-3] Task orders.tasks.daily_report raised
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://report_reader:@@secret@@@10.30.0.21:5432/plov
[2024-10-14 22:14:52,004: WARNING/MainProcess] retrying in 60s
""", rand_pw(16))

add("blind-kq/log/decoy-masked-url", "logs/celery-worker.log",
    "https://docs.celeryq.dev/en/stable/userguide/configuration.html",
    """[2024-10-15 06:00:00,011: INFO/MainProcess] Connected to redis://:**@10.20.1.30:6379/3
[2024-10-15 06:00:00,420: INFO/MainProcess] broker: redis://:********@10.20.1.30:6379/3
[2024-10-15 06:00:01,233: INFO/MainProcess] db: postgresql://report_reader:***@10.30.0.21:5432/plov
[2024-10-15 06:00:04,902: INFO/ForkPoolWorker-1] Task orders.tasks.daily_report succeeded in 3.1s
[2024-10-15 06:00:05,017: INFO/MainProcess] sha256(report)=@@h@@
""", h=hexs(64))

add("blind-kq/log/decoy-request-ids", "logs/nginx-access.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """185.234.113.62 - - [03/Oct/2024:19:42:11 +0500] "POST /api/payme/ HTTP/1.1" 200 112 "-" "Payme" rid=@@r1@@
213.230.96.14 - - [03/Oct/2024:19:43:02 +0500] "GET /menu?lang=uz HTTP/2.0" 200 5211 "-" "Mozilla/5.0" rid=@@r2@@
84.54.70.3 - - [03/Oct/2024:19:44:40 +0500] "POST /click/prepare HTTP/1.1" 200 86 "-" "Click" rid=@@r3@@
84.54.70.3 - - [03/Oct/2024:19:44:41 +0500] "POST /click/complete HTTP/1.1" 200 91 "-" "Click" rid=@@r4@@
213.230.96.14 - - [03/Oct/2024:19:45:10 +0500] "GET /static/app.9c1f2e.js HTTP/2.0" 200 88120 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s())

add("blind-kq/log/telegram-token", "logs/bot-error.log",
    "https://docs.python.org/3/library/logging.html",
    """2024-09-21 13:02:44 ERROR aiohttp.client: request failed
Traceback (most recent call last):
  File "/srv/plov-bot/bot.py", line 44, in main
    await dp.start_polling(bot)
aiogram.exceptions.TelegramNetworkError: HTTP Client says - ClientConnectorError: Cannot connect to host api.telegram.org:443
url=https://api.telegram.org/bot@@secret@@/getUpdates?offset=88213&timeout=30
2024-09-21 13:02:49 INFO  retry 1/5
""", telegram())

# ---------------------------------------------------------------- CI and cloud, continued

add("blind-kq/toml/gitlab-runner-token", "ops/gitlab-runner/config.toml",
    "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """concurrent = 2

[[runners]]
  name = "plov-runner-1"
  url = "https://gitlab.com/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
""", fakes.fake("glrt-", 20, _seed()))

add("blind-kq/yaml/decoy-ci-variables", ".gitlab/ci/deploy.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/",
    """deploy:prod:
  stage: deploy
  image: cr.yandex/yc/yc-cli:latest
  environment: production
  script:
    - echo "$YC_SA_KEY_JSON" > key.json
    - yc config set service-account-key key.json
    - helm upgrade --install plov-api deploy/plov-api --set click.secretKey="$CLICK_SECRET_KEY" --set payme.key="$PAYME_KEY"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("blind-kq/json/docker-auth", "ops/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "cr.yandex": {
      "auth": "@@enc@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop"
}
""", _t := yc_oauth(), enc=b64("oauth:" + _t))

add("blind-kq/yaml/k8s-dockerconfigjson", "k8s/regcred.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: plov
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _v := docker_pat(),
    enc=b64('{"auths":{"https://index.docker.io/v1/":{"username":"registonplov","password":"%s"}}}' % _v))

add("blind-kq/tfvars/yc-static-key", "infra/yc/prod.auto.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """folder_id       = "b1g4konigil0paper02"
bucket_name     = "konigil-media"
s3_access_key   = "YCAJE@@i@@"
s3_secret_key   = "@@secret@@"
db_hosts        = 2
zone            = "ru-central1-a"
""", yc_static_secret(), i=fakes.drawn(_seed(), 20))

add("blind-kq/tfvars/decoy-example", "infra/yc/prod.tfvars.example",
    "https://developer.hashicorp.com/terraform/language/values/variables",
    """folder_id       = "b1g4konigil0paper02"
bucket_name     = "konigil-media"
s3_access_key   = "YCAJE..."
s3_secret_key   = "YC..."    # Lockbox'dan oling
db_hosts        = 2
""")

add("blind-kq/json/tfstate-password", "infra/yc/terraform.tfstate.backup",
    "https://developer.hashicorp.com/terraform/language/state",
    """{
  "version": 4,
  "terraform_version": "1.8.5",
  "resources": [
    {
      "type": "yandex_mdb_postgresql_user",
      "name": "plov_app",
      "instances": [
        {"attributes": {"cluster_id": "c9qsamarqand0pg01", "name": "plov_app",
                        "password": "@@secret@@", "conn_limit": 50}}
      ]
    }
  ]
}
""", rand_pw(24))

add("blind-kq/ansible/mysql-password", "ansible/roles/shop/tasks/db.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
    """- name: Do'kon bazasi foydalanuvchisi
  community.mysql.mysql_user:
    name: konigil
    host: "10.30.%"
    password: "@@secret@@"
    priv: "konigil_shop.*:ALL"
    state: present

- name: Zaxira foydalanuvchisi
  community.mysql.mysql_user:
    name: backup
    password: "{{ vault_backup_password }}"
    priv: "*.*:SELECT,LOCK TABLES"
""", words_pw())

add("blind-kq/ansible/decoy-vault-vars", "ansible/roles/shop/defaults/main.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """shop_db_name: konigil_shop
shop_db_user: konigil
shop_db_password: "{{ vault_shop_db_password }}"
shop_payme_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/konigil/payme:key') }}"
shop_timezone: Asia/Samarkand
""")

add("blind-kq/compose/postgres-password", "plov-analytics/docker-compose.yml",
    "https://hub.docker.com/_/postgres",
    """services:
  metabase:
    image: metabase/metabase:v0.50.4
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_USER: metabase
      MB_DB_PASS: @@secret@@
      MB_DB_HOST: mbdb
  mbdb:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: @@secret@@
""", rand_pw(20))

add("blind-kq/compose/decoy-env-file", "plov-bot/docker-compose.yml",
    "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """services:
  bot:
    build: .
    env_file: .env
    environment:
      BOT_TOKEN: ${BOT_TOKEN:?BOT_TOKEN kerak}
      REDIS_URL: redis://redis:6379/0
    depends_on: [redis]
  redis:
    image: redis:7-alpine
""")

add("blind-kq/yaml/decoy-github-dependabot", ".github/dependabot.yml",
    "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file",
    """version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /konigil-web
    registries: [npm-github]
    schedule: {interval: weekly}
""")

add("blind-kq/python/pypi-token", "tools/publish_sdk.py",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    '''"""uzpay-sdk paketini PyPI'ga yuklash (Payme/Click/Uzum mijozlari)."""
import subprocess
import sys

TOKEN = "@@secret@@"

subprocess.run([sys.executable, "-m", "build"], check=True)
subprocess.run([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", TOKEN, "dist/*"],
               check=True)
print("yuklandi")
''', fakes.pypi_token(_seed()))

add("blind-kq/pypirc/decoy-token-ref", "tools/.pypirc.example",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = <PyPI token — Vault: secret/ci/pypi>
""")

# ---------------------------------------------------------------- more carriers

add("blind-kq/ipynb/postgres-password", "notebooks/kunlik_savdo.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Kunlik savdo: filiallar bo'yicha palov porsiyalari"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "eng = sa.create_engine(\\"postgresql://analyst:@@secret@@@10.30.0.21:5432/plov\\")\\n",
              "df = pd.read_sql(\\"select branch, sum(qty) from order_items group by 1\\", eng)\\n", "df"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(14))

add("blind-kq/ipynb/decoy-getpass", "notebooks/ipak_zaxira.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ipak qog'oz zaxirasi (omborda)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "import sqlalchemy as sa\\n",
              "pw = getpass('baza paroli: ')\\n",
              "eng = sa.create_engine(f'postgresql://analyst:{pw}@10.30.0.21:5432/konigil')\\n"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kq/xml/sqlserver-password", "SiyobBooking.Legacy/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Bron"
         connectionString="Data Source=10.30.0.12;Initial Catalog=SiyobBron;User ID=legacy;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Filial" value="Siyob" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-kq/xml/maven-password", "bron-service/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>registon-nexus</id>
      <username>ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>registon-nexus</id><url>https://nexus.registon-plov.uz/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("blind-kq/xml/decoy-maven-env", "konigil-java/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>konigil-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-kq/gradle/nexus-password", "android/gradle.properties",
    "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ichki Nexus (kutubxonalar)
registonNexusUser=android-ci
registonNexusPassword=@@secret@@
kotlin.code.style=official
""", rand_pw(22))

add("blind-kq/properties/keystore-password", "android/keystore.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """# Play Market imzo kaliti — registon-release.jks
storeFile=../keys/registon-release.jks
storePassword=@@secret@@
keyAlias=registon
keyPassword=@@secret@@
""", words_pw())

add("blind-kq/properties/decoy-local", "android/local.properties.example",
    "https://developer.android.com/studio/build#properties-files",
    """## Android Studio tomonidan yaratiladi; o'zingiznikiga moslang
sdk.dir=/Users/YOUR_NAME/Library/Android/sdk
UZUM_API_KEY=put-your-uzum-sandbox-key-here
MAPS_API_KEY=
storePassword=
""")

add("blind-kq/netrc/password", "ops/dotfiles/netrc",
    "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    """machine nexus.registon-plov.uz
  login deploy
  password @@secret@@
machine gitlab.com
  login oauth2
""", rand_pw(18))

add("blind-kq/pip-conf/index-password", "ops/dotfiles/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/",
    """[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://ci:@@secret@@@nexus.registon-plov.uz/repository/pypi-internal/simple
trusted-host = nexus.registon-plov.uz
""", rand_pw(20))

add("blind-kq/json/composer-auth", "siyob-osh/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md",
    """{
    "http-basic": {
        "repo.siyob-osh.uz": {
            "username": "composer",
            "password": "@@secret@@"
        }
    },
    "github-oauth": {}
}
""", rand_pw(24))

add("blind-kq/json/decoy-composer-lock-hash", "siyob-osh/composer.lock",
    "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    """{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@h1@@",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "dist": {"type": "zip", "url": "https://api.github.com/repos/guzzle/guzzle/zipball/@@h2@@",
                     "reference": "@@h2@@", "shasum": ""}
        }
    ]
}
""", h1=hexs(32), h2=hexs(40))

add("blind-kq/git-config/github-token", "ops/dotfiles/gitconfig-konigil",
    "https://git-scm.com/docs/git-config",
    """[user]
    name = Sherzod Qodirov
    email = sherzod@konigil-paper.uz
[remote "archive"]
    url = https://sherzod-q:@@secret@@@github.com/konigil-paper/shop.git
    fetch = +refs/heads/*:refs/remotes/archive/*
[pull]
    rebase = true
""", fakes.github_fine_grained_token(_seed()))

add("blind-kq/git-config/decoy-credential-helper", "ops/dotfiles/gitconfig-registon",
    "https://git-scm.com/docs/gitcredentials",
    """[user]
    name = Dilnoza Karimova
    email = dilnoza@registon-plov.uz
[credential]
    helper = osxkeychain
[credential "https://gitlab.com"]
    username = dilnoza.k
[url "git@gitlab.com:"]
    insteadOf = https://gitlab.com/
""")

add("blind-kq/shell/heredoc-env", "ops/provision_bot.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/usr/bin/env bash
# Yangi serverda botni sozlash
set -e
mkdir -p /srv/konigil-bot
cat > /srv/konigil-bot/.env <<'EOF'
BOT_TOKEN=@@secret@@
ADMIN_IDS=148822301
LANG=uz
EOF
chmod 600 /srv/konigil-bot/.env
systemctl enable --now konigil-bot
""", telegram())

add("blind-kq/shell/curl-basic", "ops/check_uzum.sh",
    "https://curl.se/docs/manpage.html#-u",
    """#!/bin/sh
# Uzum merchant API holatini tekshirish (cron, har 5 daqiqa)
if ! curl -fsS -u konigil:@@secret@@ https://merchant-api.uzumbank.uz/v1/health >/dev/null; then
  echo "Uzum API ishlamayapti" | mail -s "Uzum alert" it@konigil-paper.uz
fi
""", rand_pw(20))

add("blind-kq/shell/split-secret", "ops/sms_test.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Quoting.html",
    """#!/usr/bin/env bash
# Eskiz: parolni ikki qatorga bo'lib yozganmiz (uzun qator bo'lmasin deb)
ESKIZ_EMAIL="it@registon-plov.uz"
ESKIZ_PASS="@@a@@"\\
"@@b@@"
curl -s -X POST https://notify.eskiz.uz/api/auth/login \\
  -F "email=${ESKIZ_EMAIL}" -F "password=${ESKIZ_PASS}"
""", (_a := rand_pw(9)) + (_b := rand_pw(9)), a=_a, b=_b)

add("blind-kq/python/split-key", "registon_plov/payments/uzum_legacy.py",
    "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
    '''"""Eski Uzum integratsiyasi — 2023 (o'chirish rejalashtirilgan)."""
import requests

UZUM_KEY = ("@@a@@"
            "@@b@@")


def register(order_id: str, amount: int) -> dict:
    return requests.post("https://checkout-key.inplat-tech.com/api/v1/payment/register",
                         headers={"X-API-Key": UZUM_KEY},
                         json={"clientId": order_id, "amount": amount}).json()
''', (_a := rand_pw(20)) + (_b := rand_pw(20)), a=_a, b=_b)

add("blind-kq/python/json-in-string", "bots/lambda_handler.py",
    "https://docs.python.org/3/library/json.html",
    '''import json
import os

# Yandex Cloud Functions uchun: sozlamalar bitta JSON satrda
CONFIG = json.loads(os.environ.get("BOT_CONFIG") or
                    '{"token": "@@secret@@", "admins": [148822301], "lang": "uz"}')


def handler(event, context):
    update = json.loads(event["body"])
    return {"statusCode": 200, "body": json.dumps({"ok": True, "id": update.get("update_id")})}
''', telegram())

add("blind-kq/powershell/sql-password", "ops/windows/Export-Kassa.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd",
    """# Kassa hisobotini Excel'ga chiqarish — Siyob filiali
$server = '10.30.0.12'
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('kassa_report', $pw)
$rows = Invoke-Sqlcmd -ServerInstance $server -Database SiyobBron -Credential $cred `
    -Query "SELECT * FROM Kassa WHERE Sana = CAST(GETDATE() AS date)"
$rows | Export-Csv "D:\\Hisobot\\kassa_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
""", words_pw())

add("blind-kq/powershell/decoy-secretstore", "ops/windows/Send-Report.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """# Hisobotni pochtaga yuborish; parol SecretStore'da
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'SmtpKassa' -Vault KassaVault
Send-MailMessage -SmtpServer smtp.yandex.ru -Port 587 -UseSsl -Credential $cred `
    -From 'kassa@siyob-osh.uz' -To 'buxgalter@siyob-osh.uz' `
    -Subject "Kunlik hisobot $(Get-Date -f yyyy-MM-dd)" -Attachments 'D:\\Hisobot\\kassa.csv'
""")

add("blind-kq/csv/decoy-orders", "data/orders_2024-10.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """order_id,branch,payme_transaction_id,amount_uzs,status,receipt_sha1
1784,registon,@@t1@@,95000,paid,@@h1@@
1785,siyob,@@t2@@,142000,paid,@@h2@@
1786,registon,@@t3@@,61000,cancelled,@@h3@@
1787,universitet,@@t4@@,88000,paid,@@h4@@
""", t1=hexs(24), t2=hexs(24), t3=hexs(24), t4=hexs(24), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("blind-kq/csv/staff-passwords", "data/kassa_loginlar.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """filial,kassir,login,parol,izoh
registon,Dilnoza Karimova,kassa_reg1,@@secret@@,1-smena
siyob,Aziz Tursunov,kassa_sy1,—,parol o'zgartirildi (Vault)
universitet,Malika Yo'ldosheva,kassa_uni1,—,parol Vault'da
registon,Jasur Aliyev,kassa_reg2,—,ta'tilda
""", rand_pw(12))

add("blind-kq/sql/decoy-config-table", "db/seeds/001_settings.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html",
    """-- Sozlamalar jadvali: kalitlar bu yerda emas, faqat nomlari
INSERT INTO settings (name, value, note) VALUES
  ('payme.merchant_id', '65f2a91c0b7e4d0012a3c9f1', 'ochiq id'),
  ('payme.key', 'env:PAYME_KEY', 'muhitdan'),
  ('click.secret_key', 'vault:secret/plov/click#secret_key', 'Vaultdan'),
  ('sms.sender', '4546', 'Eskiz nickname');
""")

add("blind-kq/sql/connection-in-comment", "db/reports/monthly_revenue.sql",
    "https://www.postgresql.org/docs/current/app-psql.html",
    """-- Oylik tushum (filiallar bo'yicha)
-- ishga tushirish: psql "postgresql://buxgalter:@@secret@@@10.30.0.21:5432/plov" -f monthly_revenue.sql
SELECT b.name AS filial,
       date_trunc('month', o.created_at) AS oy,
       sum(o.amount_uzs) AS tushum
FROM orders o JOIN branches b ON b.id = o.branch_id
WHERE o.status = 'paid'
GROUP BY 1, 2 ORDER BY 2 DESC, 1;
""", rand_pw(16))

add("blind-kq/helm/decoy-values-empty", "deploy/plov-bot/values.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """image:
  repository: cr.yandex/crp3k9samarqand/plov-bot
  tag: latest
bot:
  token: ""          # --set bot.token=... yoki existingSecret
  existingSecret: plov-bot-token
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: plov-redis
""")

add("blind-kq/helm/redis-password", "deploy/konigil-shop/values-prod.yaml",
    "https://artifacthub.io/packages/helm/bitnami/redis",
    """image:
  repository: cr.yandex/crp3k9samarqand/konigil-shop
  tag: "1.9.3"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
ingress:
  enabled: true
  hosts: [konigil-paper.uz]
""", redis_pw())

add("blind-kq/k8s-secret/telegram-stringdata", "k8s/plov-bot-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """apiVersion: v1
kind: Secret
metadata:
  name: plov-bot-token
  namespace: plov
type: Opaque
stringData:
  BOT_TOKEN: "@@secret@@"
""", telegram())

add("blind-kq/k8s-secret/click-base64", "k8s/click-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: click
  namespace: plov
type: Opaque
data:
  service_id: @@sid@@
  secret_key: @@enc@@
""", _s := click_secret(), sid=b64("28411"), enc=b64(_s))

add("blind-kq/k8s/decoy-configmap", "k8s/plov-api-config.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: plov-api-config
  namespace: plov
data:
  PAYME_MERCHANT_ID: "65f2a91c0b7e4d0012a3c9f1"
  CLICK_SERVICE_ID: "28411"
  ESKIZ_FROM: "4546"
  TZ: "Asia/Samarkand"
  MENU_CHECKSUM: "sha256:@@h@@"
""", h=hexs(64))

# ---------------------------------------------------------------- delivery, bookings, partners

add("blind-kq/python/yandex-delivery-token", "delivery/yandex_go.py",
    "https://yandex.com/dev/logistics/delivery-api/doc/en/",
    '''"""Yandex Go Delivery: kuryer chaqirish (Samarqand shahri bo'ylab)."""
import httpx

TOKEN = "@@secret@@"
BASE = "https://b2b.taxi.yandex.net/b2b/cargo/integration/v2"


def create_claim(request_id: str, route: list) -> dict:
    r = httpx.post(f"{BASE}/claims/create", params={"request_id": request_id},
                   headers={"Authorization": f"Bearer {TOKEN}", "Accept-Language": "ru"},
                   json={"route_points": route, "items": [{"title": "Palov (4 porsiya)", "quantity": 1}]})
    r.raise_for_status()
    return r.json()
''', yc_oauth())

add("blind-kq/js/booking-api-key", "bron-widget/src/api.js",
    "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
    """// Stol bron vidjeti — hamkor saytlar uchun (server-to-server kalit xato bilan shu yerga tushgan)
const API = "https://bron.siyob-osh.uz/api/v2";
const PARTNER_SECRET = "@@secret@@";

export async function reserve(date, time, guests, phone) {
  const r = await fetch(`${API}/reservations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Partner-Secret": PARTNER_SECRET },
    body: JSON.stringify({ date, time, guests, phone, branch: "siyob" }),
  });
  return r.json();
}
""", "sk_bron_" + rand_pw(32))

add("blind-kq/go/hmac-webhook-secret", "bron-service/internal/webhook/verify.go",
    "https://pkg.go.dev/crypto/hmac",
    """package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Hamkor (restoran agregatori) webhook imzosi
var signingSecret = []byte("@@secret@@")

func Valid(body []byte, signature string) bool {
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}
""", "whsec_" + rand_pw(32))

add("blind-kq/kotlin/decoy-test-key", "android/app/src/test/java/uz/registon/pay/SignTest.kt",
    "https://kotlinlang.org/docs/jvm-test-using-junit.html",
    """package uz.registon.pay

import org.junit.Assert.assertEquals
import org.junit.Test

class SignTest {
    // Soxta kalit — faqat test uchun, hech qayerda ishlamaydi
    private val fakeSecret = "test-secret-not-real"

    @Test
    fun signMatchesReference() {
        assertEquals("@@h@@", ClickSign.md5("1" + "2" + fakeSecret))
    }
}
""", h=hexs(32))

add("blind-kq/csharp/decoy-user-secrets", "SiyobBooking/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """var builder = WebApplication.CreateBuilder(args);

// Махфий қийматлар: dotnet user-secrets (ишлаб чиқишда) ва Lockbox (продда)
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddEnvironmentVariables(prefix: "SIYOB_");

var clickSecret = builder.Configuration["Click:SecretKey"]
    ?? throw new InvalidOperationException("Click:SecretKey topilmadi");

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("blind-kq/csharp/smtp-password", "SiyobBooking/Services/Mailer.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient",
    """using System.Net;
using System.Net.Mail;

namespace SiyobBooking.Services;

public static class Mailer
{
    // Bron tasdiqnomasi xatlari
    public static void Send(string to, string subject, string body)
    {
        using var client = new SmtpClient("smtp.yandex.ru", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("bron@siyob-osh.uz", "@@secret@@"),
        };
        client.Send(new MailMessage("bron@siyob-osh.uz", to, subject, body));
    }
}
""", rand_pw(16))

add("blind-kq/ruby/telegram-token", "konigil-admin/app/jobs/notify_master_job.rb",
    "https://github.com/atipugin/telegram-bot-ruby",
    """# Ustaxona ustasiga yangi buyurtma haqida xabar
require "telegram/bot"

class NotifyMasterJob < ApplicationJob
  queue_as :default
  TOKEN = "@@secret@@".freeze
  MASTER_CHAT = 502217744

  def perform(order_id)
    order = Order.find(order_id)
    Telegram::Bot::Client.run(TOKEN) do |bot|
      bot.api.send_message(chat_id: MASTER_CHAT, text: "Yangi buyurtma ##{order.id}: #{order.sheets} varaq")
    end
  end
end
""", telegram())

add("blind-kq/ruby/decoy-credentials-enc", "konigil-admin/config/credentials.yml.enc",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@==
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 76, ALNUM + "+/"), c4=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c5=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"),
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/"))

add("blind-kq/php/payme-key-array", "konigil-shop/app/Payme/Merchant.php",
    "https://developer.help.paycom.uz/metody-merchant-api/",
    """<?php
namespace App\\Payme;

// Payme: Paycom:KEY tekshiruvi
final class Merchant
{
    private const LOGIN = 'Paycom';
    private const KEY = '@@secret@@';

    public static function authorize(string $header): bool
    {
        $expected = 'Basic ' . base64_encode(self::LOGIN . ':' . self::KEY);
        return hash_equals($expected, $header);
    }
}
""", payme_key())

add("blind-kq/php/decoy-config-env", "konigil-shop/config/payme.php",
    "https://laravel.com/docs/11.x/configuration#accessing-configuration-values",
    """<?php
// Payme sozlamalari (.env dan)
return [
    'merchant_id' => env('PAYME_MERCHANT_ID'),
    'key'         => env('PAYME_KEY'),
    'test_key'    => env('PAYME_TEST_KEY'),
    'min_amount'  => 100000,   // 1000 so'm, tiyinda
    'max_amount'  => 10000000000,
];
""")

add("blind-kq/yaml/spring-password", "bron-service/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """spring:
  datasource:
    url: jdbc:postgresql://10.30.0.21:5432/bron
    username: bron
    password: '@@secret@@'
  rabbitmq:
    host: 10.30.0.50
    username: bron
    password: ${RABBIT_PASSWORD}
bron:
  timezone: Asia/Samarkand
  max-guests: 40
""", words_pw())

add("blind-kq/yaml/decoy-spring-placeholders", "bron-service/src/main/resources/application.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """spring:
  datasource:
    url: ${DB_URL:jdbc:postgresql://localhost:5432/bron}
    username: ${DB_USER:bron}
    password: ${DB_PASSWORD:}
  rabbitmq:
    password: ${RABBIT_PASSWORD}
bron:
  click-secret: ${CLICK_SECRET_KEY}
""")

add("blind-kq/env/rabbitmq-url", "bron-service/.env.staging",
    "https://www.rabbitmq.com/docs/uri-spec",
    """SPRING_PROFILES_ACTIVE=staging
AMQP_URL=amqps://bron:@@secret@@@rabbit.registon-plov.uz:5671/bron
DB_URL=jdbc:postgresql://10.40.0.21:5432/bron
DB_USER=bron
DB_PASSWORD=${LOCKBOX_DB_PASSWORD}
""", rand_pw(18))

add("blind-kq/ini/sentry-auth-token", "konigil-web/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/",
    """; sentry-cli sozlamasi: source map yuklash
[defaults]
url = https://sentry.io/
org = konigil-paper
project = konigil-web

[auth]
token = @@secret@@
""", sentry_auth())

add("blind-kq/js/decoy-sentry-dsn", "konigil-web/sentry.client.config.js",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """import * as Sentry from "@sentry/nextjs";

// DSN ochiq (brauzerga yuboriladi) — maxfiy emas
Sentry.init({
  dsn: "https://@@k@@@o4507.ingest.sentry.io/4507118",
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_ENV,
});
""", k=hexs(32))

add("blind-kq/js/decoy-analytics-ids", "konigil-web/public/analytics.js",
    "https://developers.google.com/analytics/devguides/collection/ga4",
    """// Analitika identifikatorlari (ochiq)
window.dataLayer = window.dataLayer || [];
function gtag(){ dataLayer.push(arguments); }
gtag("js", new Date());
gtag("config", "G-7QK2SAMARQ");
const YM_COUNTER = 98331204;
const FB_PIXEL = "1187422093117445";
""")

add("blind-kq/env/openai-key", "bots/.env.menu-ai",
    "https://platform.openai.com/docs/quickstart",
    """# Menyu bo'yicha savol-javob boti (sinov)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
BOT_LANG=uz
MAX_TOKENS=400
""", openai())

add("blind-kq/env/decoy-masked-env", "bots/.env.menu-ai.example",
    "https://platform.openai.com/docs/quickstart",
    """# Namuna: haqiqiy kalit 1Password'da ("Menu AI")
OPENAI_API_KEY=sk-proj-****************************************
OPENAI_MODEL=gpt-4o-mini
BOT_LANG=uz
MAX_TOKENS=400
""")

add("blind-kq/yaml/github-token-action-config", ".github/release-drafter-token.yml",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """# release-drafter uchun (vaqtinchalik, secrets'ga ko'chirish kerak!)
name-template: "v$RESOLVED_VERSION"
tag-template: "v$RESOLVED_VERSION"
token: @@secret@@
categories:
  - title: "To'lovlar"
    labels: [payme, click, uzum]
  - title: "Bot"
    labels: [telegram]
""", github())

add("blind-kq/md/decoy-github-example", "docs/ci.md",
    "https://docs.github.com/en/actions/security-guides/automatic-token-authentication",
    """# CI haqida

GitHub Actions `GITHUB_TOKEN` ni avtomatik beradi; shaxsiy token kerak emas.

```yaml
env:
  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
```

Token formati shunday bo'ladi: `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` (misol).
Yandex registry: `yc container registry configure-docker`.
""")

add("blind-kq/toml/cargo-token", "kitchen-bot/.cargo/credentials.toml",
    "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """[registry]
token = "@@secret@@"

[registries.registon]
token = "Bearer ${REGISTON_CARGO_TOKEN}"
""", fakes.fake("cio", 32, _seed()))

add("blind-kq/toml/decoy-pyproject", "tools/pyproject.toml",
    "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """[project]
name = "uzpay-sdk"
version = "0.4.2"
description = "Payme, Click va Uzum uchun Python mijozlari"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27"]

[tool.uzpay.test]
payme_key = "test-key-from-sandbox-docs"
click_secret = "dummy"
""")

add("blind-kq/ini/supervisor-env", "ops/supervisor/plov-bot.conf",
    "http://supervisord.org/configuration.html#program-x-section-settings",
    """[program:plov-bot]
command=/srv/plov-bot/venv/bin/python -m plov_bot
directory=/srv/plov-bot
user=plov
autorestart=true
environment=BOT_TOKEN="@@secret@@",LANG="uz_UZ.UTF-8",TZ="Asia/Samarkand"
stdout_logfile=/var/log/plov-bot.out.log
""", telegram())

add("blind-kq/systemd/decoy-envfile", "ops/systemd/konigil-bot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """[Unit]
Description=Konigil buyurtma boti
After=network-online.target

[Service]
User=konigil
EnvironmentFile=/etc/konigil-bot/env
LoadCredential=bot_token:/etc/credstore/konigil-bot-token
ExecStart=/srv/konigil-bot/venv/bin/python -m konigil_bot
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-kq/systemd/db-password", "ops/systemd/plov-report.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """[Unit]
Description=Kunlik hisobot (palov savdosi)

[Service]
Type=oneshot
User=report
Environment="PGHOST=10.30.0.21" "PGUSER=report_reader" "PGPASSWORD=@@secret@@"
ExecStart=/usr/local/bin/plov-report --to buxgalter@registon-plov.uz
""", rand_pw(16))

add("blind-kq/htpasswd/decoy-hashes", "nginx/htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    """# Admin panel uchun (bcrypt/apr1 xeshlar)
sherzod:$apr1$@@s1@@$@@h1@@
dilnoza:$2y$10$@@h2@@
buxgalter:$apr1$@@s3@@$@@h3@@
kuryer_admin:$2y$10$@@h4@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h2=fakes.drawn(_seed(), 53, ALNUM + "./"), s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-kq/nginx/upstream-basic-auth", "nginx/conf.d/metabase.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """server {
    listen 443 ssl;
    server_name hisobot.registon-plov.uz;
    location / {
        proxy_pass http://10.30.0.60:3000;
        # Metabase oldidagi ichki proxy — buxgalter:parol
        proxy_set_header Authorization "Basic @@enc@@";
    }
}
""", _p := words_pw(), enc=b64("buxgalter:" + _p))

# ---------------------------------------------------------------- last batch: mixed carriers

add("blind-kq/md/cyrillic-click-secret", "wiki/kassa-yoriqnoma.md",
    "https://docs.click.uz/click-api-request/",
    """# Касса йўриқномаси (Сиёб филиали)

Click орқали тўлов ўтмаса:

1. merchant.click.uz кабинетига киринг (логин: `siyob_kassa`).
2. Сервис созламаларида махфий калитни текширинг — у қуйидагига тенг бўлиши керак:
   `@@secret@@`
3. Бўлмаса, Шерзодга хабар беринг, калит helm values'да янгиланади.

Телефон: +998 66 233 41 17
""", click_secret())

add("blind-kq/md/decoy-cyrillic-note", "wiki/xavfsizlik.md",
    "https://owasp.org/www-project-top-ten/",
    """# Хавфсизлик қоидалари

- Пароллар ва калитлар фақат Lockbox'да сақланади.
- Репозиторийга `.env` файлини қўшманг; `.env.example` да бўш қийматлар.
- Payme калити: `PAYME_KEY=<Lockbox: plov/payme>`.
- Telegram бот токени: `BOT_TOKEN=<BotFather>`; ҳеч қачон чатга ташламанг.
- Калит сизиб чиқса — дарҳол алмаштиринг ва #ops каналига ёзинг.
""")

add("blind-kq/xml/plist-uzum-key", "ios/PlovDelivery/Secrets.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>UzumApiKey</key>
    <string>@@secret@@</string>
    <key>ApiBase</key>
    <string>https://api.registon-plov.uz/v1</string>
</dict>
</plist>
""", uzum_key())

add("blind-kq/xml/decoy-plist-ids", "ios/PlovDelivery/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>uz.registon.plov.courier</string>
    <key>GMSApiKeyPlaceholder</key>
    <string>$(GOOGLE_MAPS_KEY)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Buyurtmani yetkazish uchun joylashuvingiz kerak</string>
</dict>
</plist>
""")

add("blind-kq/json/decoy-integrity-hashes", "konigil-web/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "name": "konigil-web",
  "version": "1.9.3",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-kq/json/decoy-jwks", "bron-service/src/main/resources/jwks.json",
    "https://www.rfc-editor.org/rfc/rfc7517",
    """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "bron-2024-09",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-kq/json/jwk-private", "bron-service/keys/bron-2024-09.private.jwk",
    "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.2",
    """{
  "kty": "EC",
  "crv": "P-256",
  "kid": "bron-2024-09",
  "x": "@@x@@",
  "y": "@@y@@",
  "d": "@@secret@@"
}
""", fakes.drawn(_seed(), 43, ALNUM + "-_"), x=fakes.drawn(_seed(), 43, ALNUM + "-_"),
    y=fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("blind-kq/python/jwt-bearer-test", "bots/scripts/check_admin_api.py",
    "https://www.rfc-editor.org/rfc/rfc6750",
    '''"""Admin API'ni tekshirish (uzoq muddatli servis tokeni bilan)."""
import requests

SERVICE_TOKEN = "@@secret@@"

r = requests.get("https://admin.registon-plov.uz/api/orders/today",
                 headers={"Authorization": f"Bearer {SERVICE_TOKEN}"}, timeout=10)
print(r.status_code, len(r.json()))
''', jwt('{"sub":"svc-report","role":"admin","iat":1727740800,"exp":1890000000}'))

add("blind-kq/python/decoy-jwt-expired-doc", "bots/tests/test_jwt.py",
    "https://pyjwt.readthedocs.io/en/stable/usage.html",
    '''import jwt
import pytest

# Test uchun: kalit ham, token ham shu testda yaratiladi (soxta)
KEY = "unit-test-only"


def test_roundtrip():
    token = jwt.encode({"sub": "test"}, KEY, algorithm="HS256")
    assert jwt.decode(token, KEY, algorithms=["HS256"])["sub"] == "test"


def test_bad_key():
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(jwt.encode({"a": 1}, KEY, algorithm="HS256"), "other", algorithms=["HS256"])
''')

add("blind-kq/ts/firebase-admin-key", "plov-admin/src/firebase-admin.ts",
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments",
    """import { cert, initializeApp } from "firebase-admin/app";

// Push-bildirishnomalar (kuryerlarga)
initializeApp({
  credential: cert({
    projectId: "registon-plov",
    clientEmail: "firebase-adminsdk-x1k2@registon-plov.iam.gserviceaccount.com",
    privateKey: "@@key@@",
  }),
});
""", _s := pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), key=_s)

add("blind-kq/json/gcp-service-account", "plov-admin/keys/registon-plov-firebase.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "registon-plov",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "firebase-adminsdk-x1k2@registon-plov.iam.gserviceaccount.com",
  "client_id": "104882209311774451201",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _s := pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), kid=hexs(40), key=_s)

add("blind-kq/json/decoy-gcp-redacted", "plov-admin/keys/service-account.example.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "registon-plov",
  "private_key_id": "REDACTED",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n...kalit Lockbox'da...\\n-----END PRIVATE KEY-----\\n",
  "client_email": "firebase-adminsdk-x1k2@registon-plov.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

add("blind-kq/dockerfile/env-password", "plov-report/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PGHOST=10.30.0.21 PGUSER=report_reader PGDATABASE=plov
ENV PGPASSWORD=@@secret@@
CMD ["python", "-m", "plov_report"]
""", rand_pw(16))

add("blind-kq/dockerfile/decoy-arg-empty", "plov-bot/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#arg",
    """FROM python:3.12-slim
ARG BOT_TOKEN=""
ENV BOT_TOKEN=${BOT_TOKEN}
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "-m", "plov_bot"]
""")

add("blind-kq/gitlab-ci/decoy-masked-vars", ".gitlab/ci/test.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable",
    """unit:
  stage: test
  image: python:3.12
  variables:
    PAYME_KEY: "test"
    CLICK_SECRET_KEY: "test"
    DATABASE_URL: "postgres://postgres:postgres@postgres:5432/test"
  services: [postgres:16]
  script:
    - pytest -q --cov
""")

add("blind-kq/gitlab-ci/yc-key-json", ".gitlab/ci/images.gitlab-ci.yml",
    "https://yandex.cloud/en/docs/container-registry/operations/authentication",
    """build-image:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo '{"id":"ajebsamarqand0key0003","service_account_id":"ajeplov0ci0account001","private_key":"@@key@@"}' > key.json
    - cat key.json | docker login --username json_key --password-stdin cr.yandex
    - docker build -t cr.yandex/crp3k9samarqand/plov-api:$CI_COMMIT_SHORT_SHA .
    - docker push cr.yandex/crp3k9samarqand/plov-api:$CI_COMMIT_SHORT_SHA
""", _s := pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), key=_s)

add("blind-kq/yaml/decoy-github-oidc", ".github/workflows/yc-oidc.yml",
    "https://yandex.cloud/en/docs/iam/concepts/workload-identity",
    """name: yc-oidc
on: [push]
permissions:
  id-token: write
  contents: read
jobs:
  whoami:
    runs-on: ubuntu-latest
    steps:
      - name: IAM token (OIDC orqali, kalitsiz)
        run: |
          JWT=$(curl -s -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=yc" | jq -r .value)
          echo "::add-mask::$JWT"
          yc iam whoami
""")

add("blind-kq/txt/wifi-password", "notes/registon-filial.txt",
    "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access",
    """Registon filiali — texnik ma'lumotlar
Kassa kompyuteri: KASSA-REG-01 (Windows 10)
Printer: Xprinter XP-80, IP 192.168.10.50
Router admin: http://192.168.10.1  login admin / parol @@secret@@
Mehmonlar Wi-Fi: "Registon_Plov_Guest" (parol menyuda yozilgan)
""", words_pw())

add("blind-kq/txt/decoy-guest-wifi", "notes/siyob-filial.txt",
    "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access",
    """Siyob filiali — texnik ma'lumotlar
Kassa: KASSA-SY-01
Printer: 192.168.20.50
Router admin paroli: 1Password -> "Siyob router"
Mehmonlar Wi-Fi: Siyob_Osh_Mehmon (paroli stol kartalarida, har oy yangilanadi)
""")

add("blind-kq/vbs/decoy-excel-macro", "ops/windows/hisobot_makros.bas",
    "https://learn.microsoft.com/en-us/office/vba/api/overview/excel",
    """Attribute VB_Name = "Hisobot"
' Kunlik hisobot: ma'lumot ODBC orqali, parol Windows Credential Manager'da
Sub Yangilash()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "DSN=PlovReport;Trusted_Connection=Yes"
    Sheets("Savdo").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM v_kunlik")
    cn.Close
End Sub
""")

add("blind-kq/vbs/odbc-password", "ops/windows/eski_hisobot.bas",
    "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado",
    """Attribute VB_Name = "EskiHisobot"
' Eski makros (Konigil ombori) — parol ichida!
Sub Ombor()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=10.30.0.40;Database=konigil_shop;User=ombor;Password=@@secret@@;"
    Sheets("Ombor").Range("A2").CopyFromRecordset cn.Execute("SELECT sku, nomi, qoldiq FROM stock")
    cn.Close
End Sub
""", rand_pw(14))

add("blind-kq/yaml/decoy-docs-openapi", "docs/openapi.yaml",
    "https://swagger.io/docs/specification/authentication/api-keys/",
    """openapi: 3.0.3
info:
  title: Registon plov API
  version: "2.14"
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Secret
      description: "Misol: `X-Partner-Secret: sk_bron_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`"
security:
  - partnerKey: []
paths: {}
""")

add("blind-kq/js/decoy-uuid-ids", "bron-widget/src/branches.js",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/export",
    """// Filiallar identifikatorlari (ochiq, bron API uchun)
export const BRANCHES = {
  registon: { id: "@@u1@@", name: "Registon", tables: 36 },
  siyob: { id: "@@u2@@", name: "Siyob", tables: 42 },
  universitet: { id: "@@u3@@", name: "Universitet xiyoboni", tables: 20 },
};
export const DEFAULT_BRANCH = "registon";
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-kq/go/decoy-test-constants", "delivery/internal/click/sign_test.go",
    "https://pkg.go.dev/testing",
    """package click

import "testing"

// Soxta kalit: Click hujjatidagi misol qiymati emas, faqat test
const testSecret = "fake-secret-for-tests"

func TestSign(t *testing.T) {
	got := Sign(1, 2, "ord-1", "1000.00", 0, "2024-01-01 00:00:00")
	if len(got) != 32 {
		t.Fatalf("md5 uzunligi 32 bo'lishi kerak, keldi %d", len(got))
	}
	_ = testSecret
}
""")

add("blind-kq/java/decoy-vault-client", "bron-service/src/main/java/uz/siyob/bron/Secrets.java",
    "https://docs.spring.io/spring-vault/reference/",
    """package uz.siyob.bron;

import org.springframework.vault.core.VaultTemplate;

public final class Secrets {
    private final VaultTemplate vault;

    public Secrets(VaultTemplate vault) { this.vault = vault; }

    // Click kaliti Vault'dan o'qiladi: secret/siyob/click
    public String clickSecret() {
        return (String) vault.read("secret/data/siyob/click").getRequiredData().get("secret_key");
    }
}
""")

add("blind-kq/kotlin/telegram-token", "android/courier/src/main/java/uz/registon/courier/Alerts.kt",
    "https://core.telegram.org/bots/api#sendmessage",
    """package uz.registon.courier

import okhttp3.OkHttpClient
import okhttp3.Request

// Kuryer ilovasidan oshxonaga tezkor xabar (vaqtinchalik yechim)
private const val BOT = "@@secret@@"
private const val KITCHEN_CHAT = "-1001877342201"

fun alertKitchen(text: String) {
    val url = "https://api.telegram.org/bot$BOT/sendMessage?chat_id=$KITCHEN_CHAT&text=$text"
    OkHttpClient().newCall(Request.Builder().url(url).build()).execute().close()
}
""", telegram())

add("blind-kq/swift/decoy-publishable", "ios/KonigilShop/Payments.swift",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """import StripePaymentSheet

// Publishable kalit — ilovada bo'lishi mumkin
enum Payments {
    static func configure() {
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }
    static let merchantDisplayName = "Konigil Silk Paper"
}
""", pk=stripe("pk_live_"))

add("blind-kq/yaml/decoy-lockbox-ref", "k8s/lockbox-store.yaml",
    "https://yandex.cloud/en/docs/lockbox/tutorials/kubernetes-lockbox-secrets",
    """apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: lockbox
spec:
  provider:
    yandexlockbox:
      auth:
        authorizedKeySecretRef:
          name: yc-auth
          key: authorized-key
          namespace: external-secrets
""")

add("blind-kq/shell/psql-url", "ops/migrate.sh",
    "https://www.postgresql.org/docs/current/app-psql.html",
    """#!/usr/bin/env bash
# Migratsiyalarni qo'llash (prod) — ehtiyot bo'ling!
set -euo pipefail
for f in db/migrations/*.sql; do
  echo "==> $f"
  psql "postgresql://plov_admin:@@secret@@@10.30.0.21:5432/plov?sslmode=require" -v ON_ERROR_STOP=1 -f "$f"
done
""", rand_pw(20))

add("blind-kq/shell/decoy-read-secret", "ops/rotate_payme.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/put",
    """#!/usr/bin/env bash
# Payme kalitini almashtirish
set -euo pipefail
read -rsp "Yangi Payme kaliti: " NEW_KEY; echo
vault kv put secret/plov/payme key="$NEW_KEY"
kubectl -n plov rollout restart deploy/plov-api
echo "tayyor (kalit sha256: $(printf %s "$NEW_KEY" | sha256sum | cut -c1-12)...)"
""")

add("blind-kq/env/eskiz-token", "sms/.env",
    "https://documenter.getpostman.com/view/663428/RzfmES4z",
    """# Eskiz: token 30 kunlik, 2024-11-01 da olingan
ESKIZ_EMAIL=it@registon-plov.uz
ESKIZ_TOKEN=@@secret@@
ESKIZ_FROM=4546
SMS_ENABLED=true
""", eskiz_token())

add("blind-kq/env/decoy-eskiz-example", "sms/.env.example",
    "https://documenter.getpostman.com/view/663428/RzfmES4z",
    """ESKIZ_EMAIL=you@example.uz
ESKIZ_PASSWORD=
ESKIZ_TOKEN=            # avtomatik olinadi
ESKIZ_FROM=4546
SMS_ENABLED=false
""")

add("blind-kq/ini/decoy-alembic", "plov-report/alembic.ini",
    "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file",
    """[alembic]
script_location = migrations
# URL env.py ichida DATABASE_URL dan o'qiladi
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root
""")

add("blind-kq/ini/alembic-password", "konigil-report/alembic.ini",
    "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file",
    """[alembic]
script_location = migrations
sqlalchemy.url = mysql+pymysql://konigil:@@secret@@@10.30.0.40:3306/konigil_shop

[loggers]
keys = root
""", rand_pw(18))

add("blind-kq/yaml/click-secret-compose", "siyob-osh/docker-compose.prod.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  app:
    image: cr.yandex/crp3k9samarqand/siyob-osh:3.2.0
    environment:
      - APP_ENV=production
      - CLICK_SERVICE_ID=29904
      - CLICK_SECRET_KEY=@@secret@@
      - DB_HOST=10.30.0.40
    ports:
      - "8080:80"
""", click_secret())

add("blind-kq/md/uzum-key-chat-export", "notes/telegram-chat-export.md",
    "https://telegram.org/blog/export-and-more",
    """# Chat eksporti: "Konigil IT" (2024-09-30)

**Sherzod** [10:14]: Uzum'dan yangi kalit keldi, prodga qo'yamizmi?
**Sherzod** [10:15]: `@@secret@@`
**Dilnoza** [10:17]: ha, lekin avval Lockbox'ga yozing, chatda turmasin
**Sherzod** [10:18]: ok, keyin o'chiraman
""", uzum_key())

add("blind-kq/python/aws-boto-args", "konigil-web/tools/resize_catalog.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    '''"""Katalog rasmlarini kichraytirib qayta yuklash."""
import boto3

s3 = boto3.client(
    "s3",
    endpoint_url="https://storage.yandexcloud.net",
    aws_access_key_id="YCAJE@@i@@",
    aws_secret_access_key="@@secret@@",
    region_name="ru-central1",
)

for obj in s3.list_objects_v2(Bucket="konigil-media", Prefix="catalog/")["Contents"]:
    print(obj["Key"], obj["Size"])
''', yc_static_secret(), i=fakes.drawn(_seed(), 20))

add("blind-kq/powershell/telegram-token", "ops/windows/Notify-Kitchen.ps1",
    "https://core.telegram.org/bots/api#sendmessage",
    """# Kassa yopilganda oshxona guruhiga xabar
$token = '@@secret@@'
$chat = '-1001877342201'
$text = "Registon kassasi yopildi: $(Get-Date -Format 'HH:mm')"
Invoke-RestMethod -Uri "https://api.telegram.org/bot$token/sendMessage" -Method Post `
    -Body @{ chat_id = $chat; text = $text }
""", telegram())

add("blind-kq/yaml/slack-webhook-argo", "k8s/argocd-notifications-cm.yaml",
    "https://argo-cd.readthedocs.io/en/stable/operator-manual/notifications/services/slack/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-notifications-cm
  namespace: argocd
data:
  service.webhook.plov-slack: |
    url: @@secret@@
    headers:
      - name: Content-Type
        value: application/json
  trigger.on-sync-failed: |
    - send: [plov-slack]
      when: app.status.operationState.phase in ['Error', 'Failed']
""", slack_webhook())

add("blind-kq/ruby/payme-key", "konigil-admin/lib/payme/client.rb",
    "https://developer.help.paycom.uz/metody-subscribe-api/",
    """# Payme Subscribe API (kartadan to'lov) — X-Auth: id:key
require "net/http"
require "json"

module Payme
  X_AUTH = "65f2a91c0b7e4d0012a3c9f1:@@secret@@".freeze

  def self.call(method, params)
    uri = URI("https://checkout.paycom.uz/api")
    req = Net::HTTP::Post.new(uri, "X-Auth" => X_AUTH, "Content-Type" => "application/json")
    req.body = { id: 1, method: method, params: params }.to_json
    JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
  end
end
""", payme_key())

add("blind-kq/json5/decoy-renovate-encrypted", "renovate.json5",
    "https://docs.renovatebot.com/configuration-options/#hostrules",
    """// Renovate: maxfiy qiymatlar shifrlangan (encrypted) ko'rinishda
{
  extends: ["config:recommended"],
  timezone: "Asia/Samarkand",
  hostRules: [{
    matchHost: "nexus.registon-plov.uz",
    username: "renovate",
    encrypted: {password: "wcFMA@@c@@"},
  }],
}
""", c=fakes.drawn(_seed(), 180, ALNUM + "+/"))
