"""Blind set OO: a Grozny dried-fruit and honey web shop and a Makhachkala mountain taxi dispatcher.

The web shop (Моз а, Курага а / mozkuraga.ru: honey, urjuk, walnuts from the Vedeno hills; site,
payments, 1C exchange, delivery, SMS and Telegram notices) and the mountain taxi dispatcher
(ТавТакси / tavtaxi.ru in Makhachkala: driver app, dispatcher console, maps and routing to
Gunib, Khunzakh and Sulak canyon, SIP telephony), with notes and comments in Russian, Chechen,
Avar and Kumyk mixed with English. About 130 files holding one credential each and about 90
decoys. Generated fakes only (seeds 8960000-8969999).
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
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 8960000, 8969999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kuraga", "Uryuk", "Moz", "Gunib", "Sulak", "Khunzakh", "Vedeno", "Terek", "Argun", "Kavkaz",
         "Chabrec", "Orekh", "Hinkal", "Chepalgash", "Tau", "Barkala", "Derbent", "Kazbek", "Shamil", "Aul"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?@") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pw() -> str:
    return fakes.password(_seed())


def tg() -> str:
    return fakes.telegram_token(_seed())


def yookassa() -> str:
    return "live_" + fakes.drawn(_seed(), 43, ALNUM + "-_")


def ya_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, ALNUM + "-_")


def ya_iam() -> str:
    return "t1.9euelZq" + fakes.drawn(_seed(), 150, ALNUM + "-_") + "." + fakes.drawn(_seed(), 86, ALNUM + "-_")


def ya_static_id() -> str:
    return "YCAJE" + fakes.drawn(_seed(), 20, ALNUM + "-_")


def ya_static_secret() -> str:
    return "YCN" + fakes.drawn(_seed(), 37, ALNUM + "-_")


def ya_oauth() -> str:
    return "y0_AgAAAAA" + fakes.drawn(_seed(), 49, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str, alg: str = "HS256", sig: int = 43) -> str:
    head = base64.urlsafe_b64encode(('{"alg":"%s","typ":"JWT"}' % alg).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), sig, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oo/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- honey shop: site and payments

add("python/yookassa-secret", "shop/mozkuraga/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
"""Оплата заказов через ЮKassa. Магазин "Моз а, Курага а"."""
from yookassa import Configuration, Payment

Configuration.account_id = "318742"
# ХӀара ключ .env-ан чу дахийта деза (Зелимхан) -- пока так
Configuration.secret_key = "@@s@@"


def create_payment(order):
    return Payment.create({
        "amount": {"value": str(order.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://mozkuraga.ru/spasibo"},
        "capture": True,
        "description": f"Заказ №{order.id} (мёд, урюк)",
    })
''', yookassa())

add("env/tinkoff-terminal", "shop/mozkuraga/.env.production", "https://www.tbank.ru/kassa/dev/payments/", r'''
# Моз а, Курага а -- прод
APP_ENV=production
APP_URL=https://mozkuraga.ru
DB_HOST=10.12.0.5
DB_DATABASE=mozkuraga
DB_USERNAME=mozshop
DB_PASSWORD=${VAULT_DB_PASSWORD}

# Т-Банк эквайринг (терминал магазина)
TINKOFF_TERMINAL_KEY=1712093845511
TINKOFF_PASSWORD=@@s@@
TINKOFF_SUCCESS_URL=https://mozkuraga.ru/order/success
''', rnd(16, string.ascii_lowercase + string.digits))

add("php/cloudpayments", "shop/mozkuraga/config/cloudpayments.php", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov", r'''
<?php
// CloudPayments: публичный ID + пароль для API (Личный кабинет -> Настройки)
return [
    'public_id'    => 'pk_4be1c9a0e83f7d2a6b1d05c7e9f31',
    'api_secret'   => '@@s@@',
    'currency'     => 'RUB',
    'culture_name' => 'ru-RU',
    'webhook_url'  => 'https://mozkuraga.ru/api/cp/notify',
];
''', hexs(32))

add("yaml/smsru-api-id", "shop/mozkuraga/config/notify.yaml", "https://sms.ru/api/send", r'''
# Уведомления покупателям: SMS о статусе заказа
sms:
  provider: smsru
  smsru:
    api_id: "@@s@@"
    from: MozKuraga
    test: false
  templates:
    paid: "Заказ {id} оплачен. Баркалла! Моз а, Курага а"
    shipped: "Заказ {id} передан в СДЭК, трек {track}"
telegram:
  enabled: true
  chat_id: -1001876543210
''', rnd(8, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(12, "0123456789ABCDEF"))

add("python/telegram-bot", "shop/mozkuraga/bot/orders_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
import logging
from aiogram import Bot, Dispatcher, executor, types

logging.basicConfig(level=logging.INFO)

# бот для менеджеров: новые заказы падают в чат "Заказы / Заказаш"
bot = Bot(token="@@s@@")
dp = Dispatcher(bot)

MANAGERS = {418830211, 562901447}


@dp.message_handler(commands=["start"])
async def start(message: types.Message):
    if message.from_user.id not in MANAGERS:
        return await message.answer("Хьо менеджер вац. Доступ закрыт.")
    await message.answer("Салам! Новые заказы будут приходить сюда.")


if __name__ == "__main__":
    executor.start_polling(dp, skip_updates=True)
''', tg())

add("ini/1c-exchange", "shop/mozkuraga/1c/exchange.ini", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/protokol-obmena-s-saytom/", r'''
; Обмен с сайтом (CommerceML), настройки на стороне 1С:УНФ
; Хеда, не трогай без меня! -- Ахмед
[site]
url=https://mozkuraga.ru/bitrix/admin/1c_exchange.php
login=1c_exchange
password=@@s@@
timeout=120

[catalog]
price_type=Розничная
warehouse=Склад Грозный (Старопромысловский)
unload_images=1
''', words_pw())

add("php/bitrix-dbconn", "shop/mozkuraga/bitrix/php_interface/dbconn.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=32&LESSON_ID=2775", r'''
<?
define("BX_USE_MYSQL", true);
$DBType = "mysql";
$DBHost = "localhost";
$DBLogin = "bitrix0";
$DBPassword = "@@s@@";
$DBName = "sitemanager";
$DBDebug = false;
$DBDebugToFile = false;

define("DELAY_DB_CONNECT", true);
define("CACHED_b_file", 3600);
define("BX_FILE_PERMISSIONS", 0644);
define("BX_DIR_PERMISSIONS", 0755);
@umask(~(BX_FILE_PERMISSIONS|BX_DIR_PERMISSIONS)&0777);
define("BX_UTF", true);
?>
''', rnd(16, ALNUM + "_!"))

add("json/dadata", "shop/mozkuraga/frontend/src/config/dadata.json", "https://dadata.ru/api/suggest/address/", r'''
{
  "suggestUrl": "https://suggestions.dadata.ru/suggestions/api/4_1/rs/suggest/address",
  "cleanUrl": "https://cleaner.dadata.ru/api/v1/clean/address",
  "token": "4f1b0e6d2c9a8b7e3f5d1c0a9e8b7d6c5a4f3e2d",
  "secret": "@@s@@",
  "locations": [{"region": "Чеченская"}, {"region": "Дагестан"}]
}
''', hexs(40))

add("env/sdek", "shop/mozkuraga/delivery/.env", "https://api-docs.cdek.ru/29923741.html", r'''
# СДЭК API v2 (боевой аккаунт)
CDEK_API_URL=https://api.cdek.ru/v2
CDEK_ACCOUNT=Kx9tQmR2wL8vNp4sYz6aBc3dEf7gHj1k
CDEK_SECURE_PASSWORD=@@s@@
CDEK_SENDER_CITY_CODE=1102
# пункт отгрузки: Грозный, пр. Путина
''', mixed(32))

add("js/yandex-metrika-oauth", "shop/mozkuraga/scripts/metrika-report.js", "https://yandex.ru/dev/metrika/doc/api2/intro/authorization.html", r'''
// Еженедельный отчёт по продажам из Метрики -> в Telegram Мадине
const fetch = require('node-fetch');

const COUNTER_ID = 93817264;
const OAUTH = '@@s@@'; // токен от аккаунта mozkuraga@yandex.ru

async function weekly() {
  const url = `https://api-metrika.yandex.net/stat/v1/data?ids=${COUNTER_ID}&metrics=ym:s:visits,ym:s:ecommercePurchases&date1=7daysAgo`;
  const res = await fetch(url, { headers: { Authorization: `OAuth ${OAUTH}` } });
  return res.json();
}

weekly().then((d) => console.log(JSON.stringify(d.totals)));
''', ya_oauth())

add("yaml/ya-storage-static", "shop/mozkuraga/deploy/s3-backup.yml", "https://yandex.cloud/ru/docs/iam/concepts/authorization/access-key", r'''
# бэкап фото товаров и выгрузок 1С в Yandex Object Storage
backup:
  schedule: "0 3 * * *"
  source: /var/www/mozkuraga/upload
  target:
    endpoint: https://storage.yandexcloud.net
    bucket: mozkuraga-backup
    region: ru-central1
    access_key_id: YCAJEr8vHn2kL1pQmX5tW9zA0
    secret_access_key: @@s@@
  keep_days: 30
''', ya_static_secret())

add("sh/mysqldump-cron", "shop/mozkuraga/ops/backup_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/bin/bash
# ночной дамп базы магазина. cron: 30 2 * * *
set -e
D=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@s@@' --single-transaction sitemanager | gzip > /backup/db/sitemanager-$D.sql.gz
find /backup/db -name '*.sql.gz' -mtime +14 -delete
echo "dump ok $D" >> /var/log/mozkuraga-backup.log
''', words_pw())

add("docker-compose/postgres", "shop/mozkuraga/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
version: "3.8"
services:
  db:
    image: postgres:15
    restart: always
    environment:
      POSTGRES_DB: mozkuraga
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://shop@db:5432/mozkuraga
    ports: ["8000:8000"]
volumes:
  pgdata:
''', pw())

add("python/django-settings", "shop/mozkuraga/mozkuraga/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["mozkuraga.ru", "www.mozkuraga.ru"]

SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "ru"
TIME_ZONE = "Europe/Moscow"

EMAIL_HOST = "smtp.yandex.ru"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "zakaz@mozkuraga.ru"
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
''', fakes.django_secret_key(_seed()))

add("env/yandex-smtp", "shop/mozkuraga/mailer/.env.local", "https://yandex.ru/support/mail/mail-clients/others.html", r'''
MAIL_MAILER=smtp
MAIL_HOST=smtp.yandex.ru
MAIL_PORT=465
MAIL_ENCRYPTION=ssl
MAIL_USERNAME=zakaz@mozkuraga.ru
# пароль приложения (не от ящика!) -- Мадина сделала 12.03
MAIL_PASSWORD=@@s@@
MAIL_FROM_NAME="Моз а, Курага а"
''', rnd(16, string.ascii_lowercase))

add("md/notes-unisender", "shop/mozkuraga/docs/рассылка.md", "https://www.unisender.com/ru/support/api/common/api-key/", r'''
# Рассылка к Рамадану и Новому году

Шаблон письма в Unisender, список "Покупатели 2023" (около 4200 адресов).

- Акция: скидка 10% на каштановый мёд и курагу "Шалазан"
- Старт: за 5 дней до начала
- API ключ (Настройки → Интеграция и API): `@@s@@`
- Отписки не трогать, Unisender сам обрабатывает

Хьажа: проверить, что картинки грузятся с CDN, а не с сайта.
''', rnd(48, string.ascii_lowercase + string.digits))

add("ts/vk-token", "shop/mozkuraga/social/src/vkPoster.ts", "https://dev.vk.com/ru/api/access-token/getting-started", r'''
import { VK } from 'vk-io';

// постинг новинок в сообщество vk.com/mozkuraga (Айшат ведёт)
const vk = new VK({
  token: '@@s@@',
  apiVersion: '5.199',
});

export async function postProduct(title: string, photoId: string, price: number) {
  return vk.api.wall.post({
    owner_id: -218834712,
    from_group: 1,
    message: `${title}\nЦена: ${price} ₽\nЗаказ: mozkuraga.ru`,
    attachments: photoId,
  });
}
''', "vk1.a." + fakes.drawn(_seed(), 180, ALNUM + "-_"))

add("php/amocrm-longlived", "shop/mozkuraga/crm/amo.php", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", r'''
<?php
// Заявки с сайта (опт: кафе, кондитерские Махачкалы) -> amoCRM
const AMO_DOMAIN = 'mozkuraga.amocrm.ru';
const AMO_TOKEN = '@@s@@';

function amo_lead(array $lead): array {
    $ch = curl_init('https://' . AMO_DOMAIN . '/api/v4/leads/complex');
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . AMO_TOKEN, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode([$lead]),
    ]);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true) ?? [];
}
''', jwt_like('{"aud":"7e1f0c53-2b8c-4e41-9a6d-0b2f5c7e3a10","jti":"a9c2e6f1","iat":1712300000,"exp":1806912000,"sub":"10938221","account_id":31092877,"scopes":["crm","notifications"]}', "RS256", 342))

add("js/bitrix24-webhook", "shop/mozkuraga/crm/b24.js", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
// входящий вебхук Битрикс24 (опт). Создан от имени Ахмеда.
const B24 = '@@s@@';

export async function addDeal(title, phone, sum) {
  const r = await fetch(B24 + 'crm.deal.add.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: { TITLE: title, OPPORTUNITY: sum, CURRENCY_ID: 'RUB', COMMENTS: phone } }),
  });
  return r.json();
}
''', "https://mozkuraga.bitrix24.ru/rest/1/" + rnd(16, string.ascii_lowercase + string.digits) + "/")

add("csv/ozon-seller", "shop/mozkuraga/marketplaces/accounts.csv", "https://docs.ozon.ru/api/seller/#section/Kak-poluchit-dostup-k-Seller-API", r'''
marketplace,client_id,api_key,manager,comment
ozon,1482937,@@s@@,Мадина,"основной кабинет, мёд + сухофрукты"
wildberries,,см. vault: wb/mozkuraga,Мадина,токен в хранилище
yandex_market,,,,подключим после Рамадана
megamarket,,,,отказались (комиссия)
''', uuid_s())

add("python/wb-token", "shop/mozkuraga/marketplaces/wb_stocks.py", "https://dev.wildberries.ru/openapi/api-information", r'''
"""Остатки на складе WB (Коледино) -- сверка с 1С раз в час."""
import requests

WB_TOKEN = (
    "@@s@@"
)


def stocks(date_from="2024-01-01"):
    r = requests.get(
        "https://statistics-api.wildberries.ru/api/v1/supplier/stocks",
        params={"dateFrom": date_from},
        headers={"Authorization": WB_TOKEN},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
''', jwt_like('{"ent":1,"exp":1733500000,"id":"8a3f1e90-4b1c-4a6e-9f2d-7c5b3e1a0d44","iid":28112734,"oid":1203877,"s":1073741836,"sid":"5c7e9a21-6b3d-4f80-a1c2-9e8d7f6a5b43","t":false,"uid":28112734}', "ES256", 86))

add("nginx/basic-auth-htpasswd-comment", "shop/mozkuraga/ops/nginx/admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
# админка магазина закрыта basic auth
# логин: admin  пароль: @@s@@  (сказать Хеде устно, потом удалить комментарий)
location /bitrix/admin/ {
    auth_basic "MozKuraga admin";
    auth_basic_user_file /etc/nginx/.htpasswd_admin;
    proxy_pass http://127.0.0.1:8080;
    proxy_set_header Host $host;
}
''', words_pw())

add("github-actions/ssh-deploy", "shop/mozkuraga/.github/workflows/deploy.yml", "https://github.com/appleboy/ssh-action", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: 185.104.113.27
          username: deploy
          password: "@@s@@"
          port: 22
          script: |
            cd /var/www/mozkuraga
            git pull --ff-only
            php artisan migrate --force
            php artisan cache:clear
''', pw())

add("ipynb/sales-analysis-pg", "shop/mozkuraga/analytics/продажи_2023.ipynb", "https://www.psycopg.org/docs/module.html#psycopg2.connect", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Продажи 2023: мёд vs сухофрукты\n", "Сезон урюка, Ураза-байрам, Новый год."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import psycopg2\n",
    "conn = psycopg2.connect(host='10.12.0.5', dbname='mozkuraga', user='analyst', password='@@s@@')\n",
    "df = pd.read_sql('select created_at, total, category from orders', conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

_k8s_pw = pw()
add("k8s/secret-b64", "shop/mozkuraga/k8s/secret-shop.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: mozkuraga-shop
  namespace: shop
type: Opaque
data:
  DB_USER: c2hvcA==
  DB_PASSWORD: @@enc@@
  APP_ENV: cHJvZHVjdGlvbg==
''', _k8s_pw, enc=b64(_k8s_pw))

add("terraform/yc-sa-key", "shop/mozkuraga/infra/main.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs", r'''
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
}

provider "yandex" {
  # TODO: убрать в переменные окружения YC_TOKEN (Зелимхан, после Уразы)
  token     = "@@s@@"
  cloud_id  = "b1g8k2m4n6p8r0t2v4x6"
  folder_id = "b1g3d5f7h9j1l3n5p7r9"
  zone      = "ru-central1-a"
}

resource "yandex_compute_instance" "shop" {
  name        = "mozkuraga-web"
  platform_id = "standard-v3"
  resources {
    cores  = 2
    memory = 4
  }
}
''', ya_oauth())

add("python/yc-api-key-gpt", "shop/mozkuraga/ai/descriptions.py", "https://yandex.cloud/ru/docs/foundation-models/api-ref/authentication", r'''
"""Генерация описаний товаров (YandexGPT). Мед горный, урбеч, чурчхела..."""
import requests

FOLDER = "b1g3d5f7h9j1l3n5p7r9"
API_KEY = "@@s@@"


def describe(name: str, notes: str) -> str:
    body = {
        "modelUri": f"gpt://{FOLDER}/yandexgpt-lite",
        "completionOptions": {"temperature": 0.4, "maxTokens": 400},
        "messages": [
            {"role": "system", "text": "Ты пишешь описания товаров для магазина сухофруктов и мёда из Чечни."},
            {"role": "user", "text": f"{name}. {notes}"},
        ],
    }
    r = requests.post("https://llm.api.cloud.yandex.net/foundationModels/v1/completion",
                      json=body, headers={"Authorization": f"Api-Key {API_KEY}"}, timeout=60)
    return r.json()["result"]["alternatives"][0]["message"]["text"]
''', ya_api_key())

add("txt/telegram-chat-export", "shop/mozkuraga/docs/chat/zakazy_chat_2024-02.txt", "https://telegram.org/blog/export-and-more", r'''
[12.02.2024 10:14] Ахмед: Зелимхан, хостинг продлили?
[12.02.2024 10:20] Зелимхан: да, до февраля 2025
[12.02.2024 10:21] Мадина: мне нужен доступ к панели Timeweb, там почта тоже
[12.02.2024 10:23] Зелимхан: логин mozkuraga, пароль @@s@@
[12.02.2024 10:23] Зелимхан: только не меняй, он в 1С тоже прописан
[12.02.2024 10:25] Мадина: Дела реза хуьлда 🙏
[12.02.2024 10:40] Ахмед: урюк из Шали пришёл, 120 кг, фото в общий альбом
''', words_pw())

add("xml/1c-commerceml-settings", "shop/mozkuraga/1c/ОбменССайтом.xml", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/protokol-obmena-s-saytom/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<НастройкиОбмена>
  <Узел Наименование="Сайт mozkuraga.ru">
    <АдресСайта>https://mozkuraga.ru/bitrix/admin/1c_exchange.php</АдресСайта>
    <ИмяПользователя>exchange1c</ИмяПользователя>
    <Пароль>@@s@@</Пароль>
    <ВыгружатьОстатки>true</ВыгружатьОстатки>
    <ВидЦены>Розничная</ВидЦены>
    <Склад>Основной (Грозный)</Склад>
  </Узел>
</НастройкиОбмена>
''', pw())

add("env/robokassa", "shop/mozkuraga/payments/robokassa.env", "https://docs.robokassa.ru/pay-interface/", r'''
# Robokassa -- резервная касса (когда ЮKassa лежит)
ROBOKASSA_LOGIN=mozkuraga
ROBOKASSA_PASS1=@@s@@
ROBOKASSA_PASS2=${ROBOKASSA_PASS2}
ROBOKASSA_TEST=0
ROBOKASSA_HASH=sha256
''', rnd(20, ALNUM))

add("yaml/sentry-auth-token", "shop/mozkuraga/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", r'''
# sentry-cli для загрузки sourcemaps фронта
defaults:
  url: https://sentry.io/
  org: mozkuraga
  project: shop-frontend
auth:
  token: @@s@@
''', "sntrys_" + b64('{"iat":1712400000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"mozkuraga"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("php/laravel-pusher", "shop/mozkuraga/config/broadcasting.php", "https://pusher.com/docs/channels/server_api/authenticating-users/", r'''
<?php

return [
    'default' => env('BROADCAST_DRIVER', 'pusher'),
    'connections' => [
        'pusher' => [
            'driver' => 'pusher',
            'key' => 'a3f91c0e27b5d8e461f2',
            'secret' => '@@s@@', // Айшат: потом в .env
            'app_id' => '1782340',
            'options' => ['cluster' => 'eu', 'useTLS' => true],
        ],
    ],
];
''', hexs(20))

add("ruby/capistrano-deploy", "shop/mozkuraga/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", r'''
# старый сервер (ещё до переезда в Yandex Cloud)
server "95.213.201.14", user: "deploy", roles: %w{app db web}

set :ssh_options, {
  user: "deploy",
  auth_methods: %w(password),
  password: "@@s@@",
  forward_agent: false
}
set :branch, "master"
''', words_pw())

add("properties/redis-url", "shop/mozkuraga/search/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.data.redis.url", r'''
# сервис поиска по каталогу (мёд, орехи, сухофрукты)
server.port=8081
spring.application.name=catalog-search
spring.data.redis.url=redis://default:@@s@@@10.12.0.9:6379/2
spring.elasticsearch.uris=http://10.12.0.11:9200
logging.level.ru.mozkuraga=INFO
catalog.synonyms=курага=урюк,мед=моз,грецкий=бӀар
''', fakes.redis_password(_seed()))

add("md/readme-minio", "shop/mozkuraga/media/README.md", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html", r'''
# Фото товаров (MinIO)

Все фото хранятся в MinIO на `media.mozkuraga.ru`. Загрузка через `mc`:

```bash
mc alias set moz https://media.mozkuraga.ru mozadmin @@s@@
mc cp ./фото/мёд-каштановый/*.jpg moz/products/honey/
```

Названия файлов латиницей! `med-kashtan-500g.jpg`, не `мёд.jpg`.
''', mixed(24))

add("go/sms-aero", "shop/mozkuraga/notifier/smsaero.go", "https://smsaero.ru/integration/documentation/api/", r'''
package notifier

import (
	"fmt"
	"net/http"
	"net/url"
)

const (
	smsAeroEmail = "zakaz@mozkuraga.ru"
	smsAeroKey   = "@@s@@"
)

// SendSMS отправляет SMS покупателю о статусе заказа
func SendSMS(phone, text string) error {
	u := fmt.Sprintf("https://%s:%s@gate.smsaero.ru/v2/sms/send?number=%s&text=%s&sign=SMS Aero",
		url.QueryEscape(smsAeroEmail), smsAeroKey, phone, url.QueryEscape(text))
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}
''', rnd(32, ALNUM))

add("eml/hosting-welcome", "shop/mozkuraga/docs/mail/timeweb-welcome.eml", "https://timeweb.com/ru/docs/", r'''
From: Timeweb <noreply@timeweb.ru>
To: zakaz@mozkuraga.ru
Subject: Доступы к вашему VDS
Date: Tue, 05 Mar 2024 09:12:44 +0300
Content-Type: text/plain; charset=utf-8

Здравствуйте!

Ваш сервер cv3871402 готов к работе.

IP-адрес: 89.223.122.51
Логин: root
Пароль: @@s@@

Панель управления: https://timeweb.cloud/my
С уважением, команда Timeweb Cloud
''', rnd(14, ALNUM))

add("csv/wifi-passwords", "shop/mozkuraga/office/оборудование.csv", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", r'''
место,устройство,модель,логин,пароль,примечание
склад Грозный,роутер,Keenetic Giga,admin,@@s@@,WiFi "MozSklad" тот же пароль
склад Грозный,принтер этикеток,Xprinter XP-365B,,,без пароля
офис,касса,Атол 30Ф,,,ОФД Такском
офис,ноутбук Мадины,Lenovo,,,вход по PIN
''', words_pw())

add("kotlin/android-keystore", "shop/mozkuraga/android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#sign-auto", r'''
android {
    namespace = "ru.mozkuraga.app"
    compileSdk = 34

    signingConfigs {
        create("release") {
            storeFile = file("../keys/mozkuraga-release.jks")
            storePassword = "@@s@@"
            keyAlias = "mozkuraga"
            keyPassword = "@@s@@"
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
''', words_pw())

_fb_pk = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/firebase-sa", "shop/mozkuraga/android/push/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "mozkuraga-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x8k2p@mozkuraga-app.iam.gserviceaccount.com",
  "client_id": "104877231906554123987",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _fb_pk, kid=hexs(40), pk=_fb_pk)

# ---------------------------------------------------------------- mountain taxi: dispatcher and drivers

add("conf/asterisk-sip", "taxi/tavtaxi/telephony/sip.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/", r'''
; ТавТакси -- входящая линия диспетчерской (Махачкала)
[general]
context=incoming
allowguest=no
language=ru

[zadarma-trunk]
type=friend
host=sip.zadarma.com
username=418273
secret=@@s@@
fromuser=418273
fromdomain=sip.zadarma.com
insecure=port,invite
dtmfmode=rfc2833
disallow=all
allow=alaw,ulaw
''', rnd(12, ALNUM))

add("conf/pjsip-operator", "taxi/tavtaxi/telephony/pjsip_operators.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/res_pjsip-Configuration-Examples/", r'''
; операторы диспетчерской. Патимат -- 101, Загид -- 102
[101]
type=endpoint
context=operators
disallow=all
allow=alaw
auth=101-auth
aors=101

[101-auth]
type=auth
auth_type=userpass
username=101
password=@@s@@

[101]
type=aor
max_contacts=1
''', words_pw())

add("python/yandex-geocoder", "taxi/tavtaxi/dispatch/geo/geocode.py", "https://yandex.ru/dev/geocode/doc/ru/", r'''
"""Геокодер для адресов клиентов: "Гуниб, у мечети", "Хунзах, водопад Тобот"."""
import httpx

GEOCODER_KEY = "@@s@@"  # ключ HTTP Геокодера (кабинет разработчика, тариф "Бизнес")


async def geocode(addr: str):
    params = {"apikey": GEOCODER_KEY, "geocode": f"Дагестан, {addr}", "format": "json", "lang": "ru_RU"}
    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.get("https://geocode-maps.yandex.ru/1.x/", params=params)
    pos = r.json()["response"]["GeoObjectCollection"]["featureMember"][0]["GeoObject"]["Point"]["pos"]
    lon, lat = map(float, pos.split())
    return lat, lon
''', uuid_s())

add("dart/google-directions", "taxi/tavtaxi/driver_app/lib/services/route_service.dart", "https://developers.google.com/maps/documentation/directions/get-api-key", r'''
import 'dart:convert';
import 'package:http/http.dart' as http;

// маршрут водителю: Махачкала -> Гуниб, серпантин, считаем время
class RouteService {
  static const _key = '@@s@@';

  Future<Map<String, dynamic>> route(String from, String to) async {
    final uri = Uri.https('maps.googleapis.com', '/maps/api/directions/json', {
      'origin': from,
      'destination': to,
      'language': 'ru',
      'key': _key,
    });
    final res = await http.get(uri);
    return jsonDecode(res.body) as Map<String, dynamic>;
  }
}
''', google_api())

add("kotlin/2gis-key", "taxi/tavtaxi/driver_app_android/app/src/main/java/ru/tavtaxi/driver/MapConfig.kt", "https://docs.2gis.com/ru/android/sdk/start", r'''
package ru.tavtaxi.driver

// 2ГИС лучше знает грунтовки в горах, чем Яндекс (проверено: Хунзах, Цада)
object MapConfig {
    const val DGIS_KEY = "@@s@@"
    const val DEFAULT_ZOOM = 13f
    const val MAKHACHKALA_LAT = 42.9849
    const val MAKHACHKALA_LON = 47.5047
}
''', uuid_s())

add("env/driver-backend", "taxi/tavtaxi/backend/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
NODE_ENV=production
PORT=3000
# база заказов и водителей
DATABASE_URL=postgresql://tavtaxi:@@s@@@pg-master.tavtaxi.local:5432/tavtaxi
REDIS_URL=redis://redis.tavtaxi.local:6379/0
JWT_SECRET=${JWT_SECRET}
TZ=Europe/Moscow
''', words_pw())

add("yaml/mongo-uri", "taxi/tavtaxi/tracker/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
# трекер GPS водителей (точки раз в 5 сек)
server:
  port: 5055
storage:
  mongo: "mongodb+srv://tracker:@@s@@@cluster0.x7kq2.mongodb.net/gps?retryWrites=true&w=majority"
  ttl_days: 45
alerts:
  speed_limit_mountain: 60   # серпантин Гуниб/Хунзах
  speed_limit_city: 80
''', pw())

add("python/wialon-token", "taxi/tavtaxi/tracker/wialon_sync.py", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login", r'''
"""Синхронизация машин из Wialon (старые трекеры Galileo на "Нивах" и "УАЗах")."""
import json
import requests

WIALON = "https://hst-api.wialon.com/wialon/ajax.html"
TOKEN = "@@s@@"


def login():
    r = requests.get(WIALON, params={"svc": "token/login", "params": json.dumps({"token": TOKEN})})
    return r.json()["eid"]


def units(sid):
    p = {"spec": {"itemsType": "avl_unit", "propName": "sys_name", "propValueMask": "*", "sortType": "sys_name"},
         "force": 1, "flags": 1025, "from": 0, "to": 0}
    return requests.get(WIALON, params={"svc": "core/search_items", "params": json.dumps(p), "sid": sid}).json()
''', hexs(72))

add("sh/history-rabbit", "taxi/tavtaxi/ops/notes/zagid_bash_history", "https://www.rabbitmq.com/docs/cli", r'''
cd /opt/tavtaxi
docker ps
docker logs -f tavtaxi-dispatch --tail 200
rabbitmqctl list_queues name messages consumers
rabbitmqctl add_user dispatch @@s@@
rabbitmqctl set_permissions -p / dispatch ".*" ".*" ".*"
rabbitmqctl list_users
systemctl restart tavtaxi-dispatch
exit
''', pw())

add("dockerfile/arg-token", "taxi/tavtaxi/dispatch/Dockerfile", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
FROM python:3.11-slim
WORKDIR /app
# приватный пакет tavtaxi-common из GitLab
RUN pip install --no-cache-dir \
    "git+https://oauth2:@@s@@@gitlab.com/tavtaxi/tavtaxi-common.git@v1.4.2"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "dispatch.app:app", "-b", "0.0.0.0:8000", "-w", "4"]
''', gitlab())

add("gitlab-ci/ssh-key", "taxi/tavtaxi/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/ssh_keys/", r'''
stages: [test, deploy]

test:
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  only: [main]
  before_script:
    - mkdir -p ~/.ssh && chmod 700 ~/.ssh
    - |
      cat > ~/.ssh/id_ed25519 <<'KEY'
@@s@@
      KEY
    - chmod 600 ~/.ssh/id_ed25519
  script:
    - ssh -o StrictHostKeyChecking=no deploy@46.148.227.80 "cd /opt/tavtaxi && docker compose pull && docker compose up -d"
''', openssh_key())

add("json/vscode-sftp", "taxi/tavtaxi/dispatcher_console/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings", r'''
{
  "name": "tavtaxi-prod",
  "host": "46.148.227.80",
  "protocol": "sftp",
  "port": 22,
  "username": "rustam",
  "password": "@@s@@",
  "remotePath": "/var/www/dispatcher",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("php/telegram-driver-bot", "taxi/tavtaxi/bots/driver_bot.php", "https://core.telegram.org/bots/api#making-requests", r'''
<?php
// бот для водителей: "ТавТакси водители". Хъвадарухъаби (водители) получают заказы в горы.
$token = '@@s@@';
$api = "https://api.telegram.org/bot$token/";

$update = json_decode(file_get_contents('php://input'), true);
$chat = $update['message']['chat']['id'] ?? null;
$text = trim($update['message']['text'] ?? '');

if ($text === '/smena') {
    file_get_contents($api . 'sendMessage?' . http_build_query([
        'chat_id' => $chat,
        'text' => 'Смена открыта. Баркала! Аллагь цадахъ.',
    ]));
}
''', tg())

add("yaml/helm-values-redis", "taxi/tavtaxi/deploy/helm/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", r'''
replicaCount: 2
image:
  repository: cr.yandex/crp7h2k9n4m1x5v3b8q0/dispatch
  tag: "2.8.1"
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
ingress:
  enabled: true
  hosts:
    - host: api.tavtaxi.ru
      paths: ["/"]
''', fakes.redis_password(_seed()))

add("ini/wireguard-private-key", "taxi/tavtaxi/network/wg-office.conf", "https://www.wireguard.com/quickstart/", r'''
# WireGuard: диспетчерская (Махачкала) <-> сервер в Yandex Cloud
[Interface]
PrivateKey = @@s@@
Address = 10.77.0.2/24
DNS = 10.77.0.1

[Peer]
PublicKey = 7nq1KZ3pXc0yWq4mL9vB2sR8tF6hJ5dA1gE0uI3oN2k=
Endpoint = 84.201.160.37:51820
AllowedIPs = 10.77.0.0/24, 10.12.0.0/16
PersistentKeepalive = 25
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("swift/fcm-legacy", "taxi/tavtaxi/client_ios/TavTaxi/Push/PushSender.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
import Foundation

// временно шлём пуш прямо с устройства диспетчера (старый legacy API). Переделать!
enum PushSender {
    static let serverKey = "@@s@@"

    static func send(to token: String, title: String, body: String) {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload: [String: Any] = ["to": token, "notification": ["title": title, "body": body]]
        req.httpBody = try? JSONSerialization.data(withJSONObject: payload)
        URLSession.shared.dataTask(with: req).resume()
    }
}
''', "AAAA" + rnd(7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("xml/android-strings-mapkit", "taxi/tavtaxi/client_android/app/src/main/res/values/secrets.xml", "https://yandex.ru/dev/mapkit/doc/ru/android/generated/getting_started", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- MapKit ключ + ключ платного API маршрутизации (серверный, не должен быть тут!) -->
    <string name="mapkit_api_key">d3f1a9c2-7b4e-4e60-8a31-5c9d0e2f7b18</string>
    <string name="router_server_key">@@s@@</string>
</resources>
''', uuid_s())

add("go/mango-office", "taxi/tavtaxi/telephony/mango/client.go", "https://www.mango-office.ru/support/integratsiya_api/api_dlya_razrabotchikov/", r'''
package mango

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
)

// ВАТС Mango Office: уникальный код (из окружения) и ключ для подписи
var VpbxAPIKey = os.Getenv("MANGO_VPBX_API_KEY")

const VpbxAPISalt = "@@s@@"

func Sign(jsonBody string) string {
	h := sha256.Sum256([]byte(VpbxAPIKey + jsonBody + VpbxAPISalt))
	return hex.EncodeToString(h[:])
}
''', rnd(32, string.ascii_lowercase + string.digits))

add("toml/clickhouse", "taxi/tavtaxi/analytics/config.toml", "https://clickhouse.com/docs/en/interfaces/http", r'''
# аналитика поездок: ClickHouse в Yandex Managed
[clickhouse]
host = "rc1a-k8n2p4q6r8s0t2v4.mdb.yandexcloud.net"
port = 8443
secure = true
database = "trips"
user = "analytics"
password = "@@s@@"

[report]
regions = ["Махачкала", "Каспийск", "Гуниб", "Хунзах", "Буйнакск"]
''', pw())

add("log/app-debug-leak", "taxi/tavtaxi/logs/dispatch-2024-03-18.log", "https://www.rfc-editor.org/rfc/rfc6750", r'''
2024-03-18 06:02:11,402 INFO  dispatch.orders new order id=88213 from="Махачкала, пр. Гамидова 48" to="Гуниб"
2024-03-18 06:02:11,517 DEBUG dispatch.pricing tariff=mountain km=124 price=4200
2024-03-18 06:02:12,004 DEBUG payments.client POST https://securepay.tinkoff.ru/v2/Init headers={'Content-Type': 'application/json'} body={'TerminalKey': '1698821004112', 'Password': '@@s@@', 'Amount': 420000, 'OrderId': '88213'}
2024-03-18 06:02:12,811 INFO  payments.client Init ok PaymentId=4029117733
2024-03-18 06:02:40,090 INFO  dispatch.assign driver=217 (Магомед, Нива 05 RUS) accepted
''', rnd(16, string.ascii_lowercase + string.digits))

add("sql/seed-admin", "taxi/tavtaxi/backend/migrations/0003_admin_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- роли для диспетчерской и отчётов
CREATE ROLE dispatch_app LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE tavtaxi TO dispatch_app;
GRANT SELECT, INSERT, UPDATE ON orders, drivers, shifts TO dispatch_app;

CREATE ROLE reports NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports;
''', words_pw())

add("yaml/docker-registry-auth", "taxi/tavtaxi/deploy/ansible/group_vars/all.yml", "https://yandex.cloud/ru/docs/container-registry/operations/authentication", r'''
---
tavtaxi_version: "2.8.1"
registry: cr.yandex/crp7h2k9n4m1x5v3b8q0
registry_user: oauth
registry_password: "@@s@@"
deploy_user: deploy
timezone: Europe/Moscow
ntp_servers:
  - ntp1.vniiftri.ru
''', ya_oauth())

add("json/docker-config-auth", "taxi/tavtaxi/deploy/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "cr.selcloud.ru": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', b64("tavtaxi-ci:" + rnd(28, ALNUM)))

add("nginx/proxy-basic-header", "taxi/tavtaxi/deploy/nginx/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl;
    server_name monitor.tavtaxi.ru;
    ssl_certificate     /etc/letsencrypt/live/monitor.tavtaxi.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/monitor.tavtaxi.ru/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:3000;
        # авто-логин на ТВ в диспетчерской
        proxy_set_header Authorization "Basic @@s@@";
    }
}
''', b64("tv-dispatch:" + words_pw()))

add("python/grafana-token", "taxi/tavtaxi/monitoring/annotate_release.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/usr/bin/env python3
"""Отметка релиза на дашбордах Grafana."""
import sys
import requests

GRAFANA = "https://monitor.tavtaxi.ru"
TOKEN = "@@s@@"

version = sys.argv[1]
requests.post(f"{GRAFANA}/api/annotations",
              json={"tags": ["release", "dispatch"], "text": f"dispatch {version}"},
              headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10).raise_for_status()
print("ok", version)
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("md/onboarding-vpn", "taxi/tavtaxi/docs/новый_оператор.md", "https://openvpn.net/community-resources/how-to/", r'''
# Новый оператор диспетчерской

1. Получить гарнитуру у Загида (шкаф в коридоре).
2. Установить MicroSIP, номер выдаёт Рустам.
3. VPN до сервера:
   - скачать OpenVPN Connect
   - профиль `tavtaxi-office.ovpn` в общей папке
   - логин: `operator`, пароль: `@@s@@`
4. Консоль диспетчера: https://dispatch.tavtaxi.ru (логин — номер телефона).

Ворчами! Баркала, что с нами. Вопросы — в чат "Диспетчерская".
''', words_pw())

add("yaml/spring-kafka-sasl", "taxi/tavtaxi/pricing/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-kafka/reference/", r'''
spring:
  kafka:
    bootstrap-servers: rc1a-kafka1.mdb.yandexcloud.net:9091
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="pricing" password="@@s@@";
    consumer:
      group-id: pricing
pricing:
  mountain-coefficient: 1.6   # горы: Гуниб, Хунзах, Сулакский каньон
  night-coefficient: 1.3
''', pw())

add("cs/dispatcher-console-config", "taxi/tavtaxi/dispatcher_desktop/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", r'''
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <connectionStrings>
    <!-- старая десктоп-консоль диспетчера (WinForms), ещё работает в Каспийске -->
    <add name="Dispatch" connectionString="Server=192.168.10.4\SQLEXPRESS;Database=TaxiDispatch;User Id=disp;Password=@@s@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="City" value="Каспийск" />
    <add key="CallerIdPort" value="COM3" />
  </appSettings>
</configuration>
''', words_pw())

add("java/smsc-sender", "taxi/tavtaxi/notify/src/main/java/ru/tavtaxi/notify/SmscSender.java", "https://smsc.ru/api/http/", r'''
package ru.tavtaxi.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** SMS клиенту: "Машина подъехала, белая Нива 05". */
public class SmscSender {
    private static final String LOGIN = "tavtaxi";
    private static final String PSW = "@@s@@";

    public void send(String phone, String text) throws Exception {
        String url = "https://smsc.ru/sys/send.php?login=" + LOGIN + "&psw=" + PSW
                + "&phones=" + phone + "&mes=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&charset=utf-8";
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
''', words_pw())

add("yaml/prometheus-basic", "taxi/tavtaxi/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: dispatch
    static_configs:
      - targets: ["10.12.0.21:8000", "10.12.0.22:8000"]
  - job_name: asterisk
    scheme: https
    basic_auth:
      username: prom
      password: "@@s@@"
    static_configs:
      - targets: ["pbx.tavtaxi.ru:8088"]
''', pw())

add("ps1/selectel-backup", "taxi/tavtaxi/ops/backup-pbx.ps1", "https://docs.selectel.ru/en/cloud/object-storage/manage/integrate-with-object-storage/aws-cli/", r'''
# Бэкап записей разговоров АТС в S3 Selectel (ночью)
$env:AWS_ACCESS_KEY_ID = "b5e3f1a9c7d24e6f8a0b1c2d3e4f5a6b"
$env:AWS_SECRET_ACCESS_KEY = "@@s@@"
$src = "D:\pbx\recordings\$(Get-Date -Format yyyy-MM)"
aws s3 sync $src s3://tavtaxi-calls/$(Get-Date -Format yyyy-MM)/ --endpoint-url https://s3.ru-1.storage.selcloud.ru
Write-Host "Записи выгружены: $src"
''', hexs(32))

add("json/appsettings-jwt", "taxi/tavtaxi/DriverPayouts/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Jwt": {
    "Issuer": "https://api.tavtaxi.ru",
    "Audience": "tavtaxi-drivers",
    "SigningKey": "@@s@@"
  },
  "Payouts": {
    "Bank": "Т-Банк",
    "MinPayout": 500,
    "Schedule": "ежедневно 21:00"
  }
}
''', mixed(48))

add("python/openai-routes", "taxi/tavtaxi/support/auto_reply.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Автоответчик поддержки (ночью, когда Патимат не на смене)."""
from openai import OpenAI

client = OpenAI(
    api_key="@@s@@",
    base_url="https://api.proxyapi.ru/openai/v1",  # прокси, напрямую не работает
)

SYSTEM = ("Ты диспетчер такси в Махачкале. Отвечай вежливо, коротко. Поездки в горы "
          "(Гуниб, Хунзах, Сулакский каньон) только по предзаказу.")


def reply(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": text}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("yaml/docker-compose-mysql-root", "taxi/tavtaxi/old/docker-compose.legacy.yml", "https://hub.docker.com/_/mysql", r'''
# старая система (до 2023), ещё крутится для отчётов
services:
  mysql:
    image: mysql:5.7
    environment:
      - MYSQL_ROOT_PASSWORD=@@s@@
      - MYSQL_DATABASE=taxi_old
    volumes:
      - ./data:/var/lib/mysql
  phpmyadmin:
    image: phpmyadmin
    ports: ["8088:80"]
    environment:
      - PMA_HOST=mysql
''', words_pw())

add("ini/odbc-1c-taxi", "taxi/tavtaxi/accounting/odbc.ini", "https://www.postgresql.org/docs/current/odbc.html", r'''
[TavTaxiAccounting]
Description = 1С Бухгалтерия (Postgres Pro для 1С)
Driver      = PostgreSQL Unicode
Servername  = 192.168.10.6
Port        = 5432
Database    = buh_tavtaxi
Username    = usr1cv8
Password    = @@s@@
SSLmode     = disable
''', words_pw())

add("rst/driver-app-docs", "taxi/tavtaxi/driver_app/docs/release.rst", "https://docs.expo.dev/accounts/programmatic-access/", r'''
Выпуск приложения водителя
==========================

Сборка идёт в EAS (Expo). Локально::

    export EXPO_TOKEN=@@s@@
    eas build --platform android --profile production
    eas submit --platform android

Перед релизом проверить:

* офлайн-режим (в горах нет связи после Гергебиля)
* переключение языка: русский / авар мацӀ / къумукъ тил
''', rnd(40, ALNUM + "_-"))

add("xml/maven-settings", "taxi/tavtaxi/pricing/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>tavtaxi-nexus</id>
      <username>ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>tavtaxi-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.tavtaxi.ru/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw())

add("npmrc/nexus-token", "taxi/tavtaxi/dispatcher_console/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
registry=https://registry.npmjs.org/
@tavtaxi:registry=https://nexus.tavtaxi.ru/repository/npm-private/
//nexus.tavtaxi.ru/repository/npm-private/:_authToken=@@s@@
always-auth=true
# пакет @tavtaxi/ui-kit (общие кнопки/карта) публикует только Рустам
engine-strict=true
''', "NpmToken." + uuid_s())

add("npmrc/npmjs", "shop/mozkuraga/frontend/.npmrc", "https://docs.npmjs.com/about-access-tokens", r'''
# публикация @mozkuraga/widgets (виджет "Купить мёд" для партнёров)
//registry.npmjs.org/:_authToken=@@s@@
@mozkuraga:registry=https://registry.npmjs.org/
save-exact=true
fund=false
''', mixed(36, "npm_"))

add("python/github-pat", "taxi/tavtaxi/ops/sync_issues.py", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
# перенос задач из GitHub в GitLab (переезд репозитория водительского приложения)
import requests

GH = "@@s@@"
REPO = "tavtaxi/driver-app"

issues = requests.get(f"https://api.github.com/repos/{REPO}/issues?state=all&per_page=100",
                      headers={"Authorization": f"token {GH}"}).json()
for it in issues:
    print(it["number"], it["title"])
''', fakes.github_token(_seed()))

add("yaml/github-fine-grained", "taxi/tavtaxi/.github/workflows/mirror.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", r'''
name: mirror-to-gitlab
on:
  push:
    branches: ["**"]
jobs:
  mirror:
    runs-on: ubuntu-latest
    env:
      GH_PAT: @@s@@
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          token: ${{ env.GH_PAT }}
      - run: git push --mirror https://oauth2:${{ secrets.GITLAB_TOKEN }}@gitlab.com/tavtaxi/driver-app.git
''', fakes.github_fine_grained_token(_seed()))

add("pem/tls-key", "taxi/tavtaxi/deploy/certs/api.tavtaxi.ru.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

_tls_key = fakes.fake_pem(_seed(), "EC")
add("yaml/k8s-tls-secret", "taxi/tavtaxi/deploy/k8s/tls-dispatch.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r'''
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-tls
  namespace: tavtaxi
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURhekNDQWxPZ0F3SUJBZ0lVQ2xvTjBp
  tls.key: @@enc@@
''', _tls_key, enc=b64(_tls_key))

add("php/wp-config", "shop/mozkuraga/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// блог "Рецепты с мёдом" (блог.mozkuraga.ru) -- Хеда пишет статьи
define( 'DB_NAME', 'moz_blog' );
define( 'DB_USER', 'moz_blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', rnd(22, ALNUM + "!#%^"))

add("sh/curl-sms-ru", "shop/mozkuraga/ops/test_sms.sh", "https://sms.ru/api/send", r'''
#!/bin/sh
# проверка SMS после смены тарифа. Номер -- Ахмеда.
set -e
curl -s "https://sms.ru/my/balance?api_id=@@s@@&json=1" | jq .balance
curl -s "https://sms.ru/sms/send?api_id=@@s@@&to=79280001122&msg=test+mozkuraga&json=1" | jq .
''', rnd(8, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(4, "0123456789ABCDEF") + "-" + rnd(12, "0123456789ABCDEF"))

add("txt/whatsapp-export", "taxi/tavtaxi/docs/chat/WhatsApp Chat - Диспетчеры.txt", "https://faq.whatsapp.com/1180414079177245", r'''
14.01.24, 07:02 - Патимат: Салам алейкум, Гуниб дорога открыта? Клиент спрашивает
14.01.24, 07:05 - Магомед водитель: Ваалейкум салам. Открыта, но гололёд после Гергебиля
14.01.24, 07:30 - Загид: Патимат, пароль от личного кабинета Манго поменял, новый: @@s@@
14.01.24, 07:31 - Патимат: Баркала 👍
14.01.24, 08:15 - Рустам: машины на Хунзах только с зимней резиной, вы слышали?
''', words_pw())

add("conf/traccar-xml", "taxi/tavtaxi/tracker/traccar.xml", "https://www.traccar.org/configuration-file/", r'''
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='config.default'>./conf/default.xml</entry>
    <!-- сервер Traccar для новых трекеров на машинах (2024) -->
    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://10.12.0.5:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@s@@</entry>
    <entry key='mail.smtp.host'>smtp.mail.ru</entry>
</properties>
''', pw())

add("lua/openresty-hmac", "taxi/tavtaxi/gateway/auth.lua", "https://github.com/openresty/lua-resty-string", r'''
-- проверка подписи запросов от приложения водителя
local hmac = require "resty.hmac"
local str = require "resty.string"

local SECRET = "@@s@@"

local sig = ngx.req.get_headers()["X-Tav-Signature"]
ngx.req.read_body()
local body = ngx.req.get_body_data() or ""
local h = hmac:new(SECRET, hmac.ALGOS.SHA256)
h:update(body)
if str.to_hex(h:final()) ~= sig then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
''', hexs(64))

add("yaml/alertmanager-telegram", "taxi/tavtaxi/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
route:
  receiver: ops-telegram
  group_wait: 30s
receivers:
  - name: ops-telegram
    telegram_configs:
      - bot_token: @@s@@
        chat_id: -1002019384756
        parse_mode: HTML
        message: '🚨 {{ .CommonLabels.alertname }} — {{ .CommonAnnotations.summary }}'
''', tg())

add("env/discord-dev", "taxi/tavtaxi/driver_app/.env.ci", "https://discord.com/developers/docs/resources/webhook", r'''
# уведомления о сборках в наш Discord (dev-команда в Махачкале и Стамбуле)
DISCORD_BUILD_WEBHOOK=@@s@@
BUILD_FLAVOR=production
SENTRY_ENV=prod
FLUTTER_VERSION=3.19.3
''', discord_webhook())

add("python/slack-webhook", "shop/mozkuraga/ops/low_stock_alert.py", "https://api.slack.com/messaging/webhooks", r'''
"""Если урюка/мёда на складе меньше 20 кг -- пишем в Slack закупщикам."""
import requests

HOOK = "@@s@@"


def alert(item: str, kg: float):
    requests.post(HOOK, json={"text": f":warning: {item}: осталось {kg} кг. Звонить в Шали / Ведено."})
''', slack_webhook())

add("yaml/sendgrid-key", "shop/mozkuraga/mailer/config.yml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
mailer:
  transport: sendgrid
  sendgrid:
    api_key: '@@s@@'
  from: "Моз а, Курага а <no-reply@mozkuraga.ru>"
  reply_to: zakaz@mozkuraga.ru
  # иностранные покупатели (Турция, Казахстан) -- через SendGrid, Россия -- через Яндекс
''', sendgrid())

add("python/stripe-intl", "shop/mozkuraga/payments/intl_checkout.py", "https://docs.stripe.com/keys", r'''
"""Оплата для диаспоры (Европа): Stripe через компанию-партнёра в Стамбуле."""
import stripe

stripe.api_key = "@@s@@"

PRICES = {"honey-chestnut-1kg": "price_1OqX2hKf8zY3", "uryuk-shali-1kg": "price_1OqX3jKf8zY3"}


def session(items, email):
    return stripe.checkout.Session.create(
        mode="payment", customer_email=email,
        line_items=[{"price": PRICES[i], "quantity": q} for i, q in items],
        success_url="https://mozkuraga.ru/en/thanks", cancel_url="https://mozkuraga.ru/en/cart")
''', stripe())

add("sh/ssh-pass-deploy", "taxi/tavtaxi/ops/deploy_pbx.sh", "https://linux.die.net/man/1/sshpass", r'''
#!/usr/bin/env bash
# обновление диалплана на АТС (Каспийск). запускать из диспетчерской
set -euo pipefail
PBX=192.168.10.2
sshpass -p '@@s@@' scp telephony/extensions.conf root@$PBX:/etc/asterisk/extensions.conf
sshpass -p '@@s@@' ssh root@$PBX "asterisk -rx 'dialplan reload'"
echo "диалплан обновлён"
''', words_pw())

add("yaml/ya-iam-cronjob", "taxi/tavtaxi/deploy/k8s/cron-export.yaml", "https://yandex.cloud/ru/docs/iam/concepts/authorization/iam-token", r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: export-trips
  namespace: tavtaxi
spec:
  schedule: "15 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: cr.yandex/crp7h2k9n4m1x5v3b8q0/export:1.2
              env:
                - name: YC_IAM_TOKEN   # временный, на отладку (Рустам)
                  value: "@@s@@"
                - name: BUCKET
                  value: tavtaxi-exports
''', ya_iam())

add("python/ya-static-key-boto", "taxi/tavtaxi/analytics/upload_reports.py", "https://yandex.cloud/ru/docs/storage/tools/boto", r'''
import boto3

session = boto3.session.Session()
s3 = session.client(
    service_name="s3",
    endpoint_url="https://storage.yandexcloud.net",
    aws_access_key_id="YCAJEw7Hk3Lq9Tz2Mv5Rn8Pb1",
    aws_secret_access_key="@@s@@",
    region_name="ru-central1",
)

for name in ("trips_week.xlsx", "drivers_payouts.xlsx"):
    s3.upload_file(f"/tmp/{name}", "tavtaxi-reports", f"weekly/{name}")
''', ya_static_secret())

add("yaml/ya-static-secret-split", "taxi/tavtaxi/deploy/loki-config.yaml", "https://grafana.com/docs/loki/latest/configure/storage/#aws-deployment-s3-single-store", r'''
auth_enabled: false
server:
  http_listen_port: 3100
common:
  storage:
    s3:
      endpoint: storage.yandexcloud.net
      region: ru-central1
      bucketnames: tavtaxi-logs
      access_key_id: YCAJEk2m9Nq4Rt7Wx1Zb3Vc5L
      secret_access_key: @@s@@
      s3forcepathstyle: true
schema_config:
  configs:
    - from: 2024-01-01
      store: tsdb
      object_store: s3
      schema: v13
      index: {prefix: index_, period: 24h}
''', ya_static_secret())

add("ini/pgpass", "taxi/tavtaxi/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# host:port:db:user:password
pg-master.tavtaxi.local:5432:tavtaxi:zagid:@@s@@
pg-replica.tavtaxi.local:5432:tavtaxi:zagid:*
localhost:5432:*:postgres:postgres
# права 600, иначе psql игнорирует файл
''', words_pw())

add("conf/redis-requirepass", "taxi/tavtaxi/deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
bind 10.12.0.8 127.0.0.1
port 6379
protected-mode yes
# позиции водителей (GEOADD drivers ...) + очереди заказов
requirepass @@s@@
maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
''', fakes.redis_password(_seed()))

add("json/postman-env", "taxi/tavtaxi/docs/postman/TavTaxi-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "5c1e7a2d-8b44-4e0a-9f13-2d6c0b7e9a51",
  "name": "ТавТакси PROD",
  "values": [
    {"key": "baseUrl", "value": "https://api.tavtaxi.ru/v2", "enabled": true},
    {"key": "dispatcherLogin", "value": "patimat", "enabled": true},
    {"key": "adminToken", "value": "@@s@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', jwt_like('{"sub":"admin","role":"superadmin","iss":"api.tavtaxi.ru","iat":1709251200,"exp":1893456000}'))

add("http/rest-client", "taxi/tavtaxi/backend/requests/payouts.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### выплаты водителям за смену (проверка после фикса округления)
POST https://api.tavtaxi.ru/v2/payouts/run
Content-Type: application/json
X-Api-Key: @@s@@

{
  "date": "2024-03-17",
  "drivers": [217, 233, 240],
  "dry_run": true
}

### статус
GET https://api.tavtaxi.ru/v2/payouts/status?date=2024-03-17
''', mixed(40, "tt_live_"))

add("go/yookassa-taxi", "taxi/tavtaxi/payments/yookassa.go", "https://yookassa.ru/developers/using-api/interaction-format#auth", r'''
package payments

import "net/http"

const (
	shopID    = "402118"
	secretKey = "@@s@@"
)

// оплата предзаказа в горы (Гуниб, Хунзах): предоплата 30%
func authorize(req *http.Request) {
	req.SetBasicAuth(shopID, secretKey)
	req.Header.Set("Idempotence-Key", newIdempotenceKey())
}
''', yookassa())

add("ruby/sidekiq-redis", "shop/mozkuraga/legacy/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", r'''
# старый Rails-магазин (до Битрикса), ещё шлёт письма о брошенных корзинах
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@s@@@10.12.0.9:6379/5" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@s@@@10.12.0.9:6379/5" }
end
''', fakes.redis_password(_seed()))

_fz_pw = words_pw()
add("cfg/filezilla-sitemanager", "shop/mozkuraga/office/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>89.223.122.51</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>mozkuraga_ftp</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Магазин (FTP фото)</Name>
    </Server>
  </Servers>
</FileZilla3>
''', _fz_pw, enc=b64(_fz_pw))

add("terraform/tfvars-selectel", "taxi/tavtaxi/infra/selectel/terraform.tfvars", "https://registry.terraform.io/providers/selectel/selectel/latest/docs", r'''
# Selectel -- резервный сервер АТС
selectel_domain_name = "198274"
selectel_username    = "tavtaxi-terraform"
selectel_password    = "@@s@@"
region               = "ru-9"
project_name         = "tavtaxi-pbx"
''', pw())

add("yaml/ansible-routeros-password", "taxi/tavtaxi/deploy/ansible/roles/mikrotik/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/command_module.html", r'''
---
# Mikrotik hAP в диспетчерской Каспийска
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
ansible_password: "@@s@@"
ros_identity: tavtaxi-kaspiysk
lte_backup_apn: internet.mts.ru
''', words_pw())

add("txt/notes-sticky", "taxi/tavtaxi/docs/заметки_рустам.txt", "https://yandex.cloud/ru/docs/iam/concepts/authorization/api-key", r'''
что сделать до пятницы:
- поднять второй инстанс диспетчерской
- Хунзах: тариф поднять на 10% (Шамиль одобрил)
- SpeechKit для автоинформатора, ключ сервисного аккаунта tts-bot:
  @@s@@
- поменять резину на 3 "Нивах"
- узнать у Загида, почему АТС ребутится ночью
''', ya_api_key())

add("python/speechkit", "taxi/tavtaxi/telephony/ivr/tts.py", "https://yandex.cloud/ru/docs/speechkit/tts/request", r'''
"""Голосовые подсказки для IVR: "Ассаламу алейкум! Вы позвонили в ТавТакси"."""
import requests

IAM = "@@s@@"
FOLDER = "b1g5m2k8p1x4q7r0t3v6"

PHRASES = {
    "hello": "Ассаламу алейкум! Вы позвонили в ТавТакси. Поездки по Махачкале и в горы.",
    "wait": "Пожалуйста, оставайтесь на линии, диспетчер скоро ответит.",
}


def synth(key: str, out: str):
    r = requests.post("https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize",
                      headers={"Authorization": f"Bearer {IAM}"},
                      data={"text": PHRASES[key], "lang": "ru-RU", "voice": "alena", "folderId": FOLDER, "format": "lpcm", "sampleRateHertz": 8000})
    with open(out, "wb") as f:
        f.write(r.content)
''', ya_iam())

add("csv/drivers-accounts", "taxi/tavtaxi/hr/водители_доступы.csv", "https://en.wikipedia.org/wiki/Password", r'''
таб_номер;ФИО;позывной;телефон;логин_приложения;пароль;авто
217;Магомедов Магомед;Гуниб-1;+7 928 000-21-17;d217;первый вход по SMS;Нива 05 RUS
233;Алиев Шамиль;Сулак;+7 928 000-23-33;d233;первый вход по SMS;УАЗ Патриот
240;Гаджиев Расул;Тобот;+7 928 000-24-40;d240;первый вход по SMS;Нива Тревел
001;Админ Диспетчерская;—;—;admin;@@s@@;—
''', words_pw())

add("json/composer-auth", "shop/mozkuraga/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
''', hexs(40))

add("toml/gitlab-runner-token", "taxi/tavtaxi/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "tavtaxi-build-01 (Махачкала, офис)"
  url = "https://gitlab.com/"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "docker:24"
    privileged = true
    volumes = ["/cache", "/var/run/docker.sock:/var/run/docker.sock"]
''', mixed(20, "glrt-"))

add("env/hf-token", "taxi/tavtaxi/ml/.env", "https://huggingface.co/docs/hub/security-tokens", r'''
# модель для распознавания адресов на аварском/кумыкском (эксперимент Айшат)
HF_TOKEN=@@s@@
MODEL=tavtaxi/address-ner-dag
DEVICE=cuda:0
BATCH_SIZE=16
''', mixed(34, "hf_"))

add("ipynb/eta-model", "taxi/tavtaxi/ml/eta_mountains.ipynb", "https://clickhouse.com/docs/en/integrations/python", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## ETA в горах\n", "Серпантины: Гимринский тоннель, Гергебиль, Гуниб. Обычный OSRM врёт на 30-40%."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import clickhouse_connect\n",
    "ch = clickhouse_connect.get_client(host='rc1a-k8n2p4q6r8s0t2v4.mdb.yandexcloud.net', port=8443, username='ml', password='@@s@@', secure=True)\n",
    "trips = ch.query_df(\"select * from trips where region = 'mountain'\")"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw())

add("txt/email-thread-1c", "shop/mozkuraga/docs/mail/1c-franchise.txt", "https://its.1c.ru/db/metod8dev", r'''
От: Магомед (1С-Франчайзи "Кавказ-Софт")
Кому: Ахмед <ahmed@mozkuraga.ru>
Тема: RE: доступ к базе УНФ

Ахмед, добрый день!

Подключился, обновил конфигурацию до 3.0.8. Пользователь для обмена:
  Администратор / @@s@@
Рекомендую сменить после нашей работы.

--
С уважением, Магомед
''', words_pw())

add("md/readme-mapbox", "taxi/tavtaxi/web_map/README.md", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
# Карта водителей для диспетчеров (web)

Живая карта всех машин на линии: Махачкала, Каспийск, трасса на Гуниб.

## Запуск

```
MAPBOX_SECRET=@@s@@ npm run tiles:upload
npm run dev
```

Публичный токен для браузера лежит в `.env.public` (pk.*), секретный (sk.*) — только для загрузки тайлов.
''', "sk.eyJ1IjoidGF2dGF4aSIsImEiOiJ" + fakes.drawn(_seed(), 30, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("yaml/elastic-filebeat", "taxi/tavtaxi/deploy/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", r'''
filebeat.inputs:
  - type: filestream
    id: asterisk
    paths: ["/var/log/asterisk/full"]
output.elasticsearch:
  hosts: ["https://es.tavtaxi.local:9200"]
  username: "filebeat_writer"
  password: "@@s@@"
  ssl.verification_mode: none
''', pw())

add("kotlin/aws-secret-hardcoded", "taxi/tavtaxi/driver_app_android/app/src/main/java/ru/tavtaxi/driver/upload/PhotoUploader.kt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
package ru.tavtaxi.driver.upload

import com.amazonaws.auth.BasicAWSCredentials
import com.amazonaws.services.s3.AmazonS3Client

// фото документов водителя (права, СТС) -> S3 (старый аккаунт AWS, который завёл фрилансер)
object PhotoUploader {
    private val creds = BasicAWSCredentials("@@kid@@", "@@s@@")
    val s3 = AmazonS3Client(creds)
    const val BUCKET = "tavtaxi-driver-docs"
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("sh/aws-credentials", "taxi/tavtaxi/ops/dotfiles/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = eu-central-1

[tavtaxi-old]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("md/incident-note", "taxi/tavtaxi/docs/incidents/2024-02-11-pbx.md", "https://www.voip-info.org/asterisk-manager-api/", r'''
# 11.02.2024 — АТС не принимала звонки 40 минут

**Что случилось:** после обновления Asterisk слетел модуль AMI, консоль диспетчера не видела входящие.

**Как чинили:** Загид руками вернул `manager.conf`:

    [dispatch]
    secret = @@s@@
    read = call,cdr
    write = originate

**Вывод:** бэкап конфигов в git (сделано), пароль AMI вынести в переменные (не сделано).
''', words_pw())

add("yaml/smtp-mailru", "taxi/tavtaxi/notify/config/mail.yaml", "https://help.mail.ru/mail/mailer/popsmtp", r'''
smtp:
  host: smtp.mail.ru
  port: 465
  ssl: true
  user: reports@tavtaxi.ru
  password: "@@s@@"   # пароль для внешнего приложения
reports:
  weekly_to: [shamil@tavtaxi.ru, zagid@tavtaxi.ru]
  subject: "ТавТакси: отчёт за неделю"
''', rnd(20, ALNUM))

add("python/django-db-settings", "taxi/tavtaxi/admin_panel/admin_panel/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = os.environ.get("DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tavtaxi",
        "USER": "admin_panel",
        "PASSWORD": "@@s@@",
        "HOST": "pg-master.tavtaxi.local",
        "PORT": "5432",
    }
}
LANGUAGE_CODE = "ru-ru"
TIME_ZONE = "Europe/Moscow"
''', words_pw())

add("properties/jdbc-url-password", "taxi/tavtaxi/pricing/src/main/resources/db.properties", "https://jdbc.postgresql.org/documentation/use/", r'''
# тарифы: город / пригород / горы
jdbc.driver=org.postgresql.Driver
jdbc.url=jdbc:postgresql://pg-master.tavtaxi.local:5432/tavtaxi?user=pricing&password=@@s@@&ssl=false
jdbc.pool.max=10
jdbc.pool.min=2
jdbc.timeout.ms=5000
''', pw())

add("env/yandex-delivery-token", "shop/mozkuraga/frontend/.env.production.local", "https://yandex.ru/dev/delivery-3/doc/ru/", r'''
VITE_API_URL=https://mozkuraga.ru/api
VITE_YMAPS_KEY=2b9c1e40-7f3a-4d58-b6e1-0c8a9d3f5e72
# Яндекс Доставка (экспресс по Грозному) -- серверный токен, сюда не надо было!
VITE_YANDEX_DELIVERY_TOKEN=@@s@@
VITE_FREE_DELIVERY_FROM=3000
''', ya_oauth())

add("ovpn/inline-key", "taxi/tavtaxi/network/operator-kaspiysk.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
client
dev tun
proto udp
remote vpn.tavtaxi.ru 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<key>
@@s@@
</key>
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("gitconfig/remote-token", "shop/mozkuraga/theme/.git-config-backup", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://zelimkhan:@@s@@@gitlab.com/mozkuraga/bitrix-theme.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', gitlab())

add("ini/pip-conf", "taxi/tavtaxi/ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://ci:@@s@@@nexus.tavtaxi.ru/repository/pypi-group/simple
trusted-host = nexus.tavtaxi.ru
timeout = 60

[install]
no-cache-dir = false
''', pw())

add("txt/note-chechen", "shop/mozkuraga/docs/склад_кхетам.txt", "https://en.wikipedia.org/wiki/Password", r'''
Склад (Грозный, Старопромысловски)
----------------------------------
ХӀусамера ключ Ахмеде долу, шолгӀа ключ -- Хедига.
Сигнализаци: Охрана "Барс", тел. 22-33-44.
Сигнализацин панель чу яккха пароль: @@s@@
Маршо чу долу хан: 08:00 -- 20:00, пӀераска -- 08:00 -- 13:00.
Моз а, курага а тӀекхаччалц -- холодильник 2 чохь.
''', words_pw())

add("yaml/avar-comments", "taxi/tavtaxi/deploy/ansible/host_vars/pbx-kaspiysk.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
---
# АТС Каспийск. Щиб хабар? -- конфиг Загидица гьабуна (сделал Загид)
ansible_host: 192.168.10.2
ansible_user: root
ansible_ssh_pass: "@@s@@"
asterisk_version: "20.6.0"
# Баркала, Рустам, ворчами!
trunks:
  - zadarma
  - mango
''', words_pw())

add("txt/kumyk-chat", "taxi/tavtaxi/docs/chat/telegram_ops_2024-04.txt", "https://telegram.org/blog/export-and-more", r'''
[03.04.2024 21:10] Шамиль: Салам, къардашлар! Яхшымысыз?
[03.04.2024 21:11] Загид: Сав бол. АТС ишлей, гьали тюзледим
[03.04.2024 21:12] Шамиль: ClickHouse паролюн бер, отчёт къурайым
[03.04.2024 21:14] Загид: analytics / @@s@@
[03.04.2024 21:14] Загид: гьали сонг алмашдырарман (потом поменяю)
[03.04.2024 21:20] Шамиль: Баркалла 👍
''', pw())

add("systemd/env-unit", "taxi/tavtaxi/deploy/systemd/tavtaxi-dispatch.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=ТавТакси диспетчерская (API)
After=network.target postgresql.service

[Service]
User=tavtaxi
WorkingDirectory=/opt/tavtaxi/dispatch
Environment="DISPATCH_ENV=prod"
Environment="SMS_API_KEY=@@s@@"
ExecStart=/opt/tavtaxi/venv/bin/gunicorn dispatch.app:app -b 127.0.0.1:8000 -w 4
Restart=always

[Install]
WantedBy=multi-user.target
''', mixed(32))

add("crontab/curl-basic", "shop/mozkuraga/ops/crontab.txt", "https://curl.se/docs/manpage.html#-u", r'''
# m h dom mon dow command
*/15 * * * * /usr/bin/php /var/www/mozkuraga/bitrix/modules/main/tools/cron_events.php
0 4 * * * /opt/scripts/backup_db.sh
# выгрузка остатков на Ozon (через наш прокси-скрипт)
5 * * * * curl -s -u ozonsync:@@s@@ https://mozkuraga.ru/local/ozon/sync.php > /dev/null
''', words_pw())

add("terraform/backend-s3", "taxi/tavtaxi/infra/backend.tf", "https://yandex.cloud/ru/docs/tutorials/infrastructure-management/terraform-state-storage", r'''
terraform {
  backend "s3" {
    endpoints = { s3 = "https://storage.yandexcloud.net" }
    bucket    = "tavtaxi-tfstate"
    region    = "ru-central1"
    key       = "prod/terraform.tfstate"

    access_key = "YCAJEq5Tn8Wm2Kx7Hr4Bv1Zc9"
    secret_key = "@@s@@"

    skip_region_validation      = true
    skip_credentials_validation = true
    skip_requesting_account_id  = true
    skip_s3_checksum            = true
  }
}
''', ya_static_secret())

# ---------------------------------------------------------------- decoys: shop

add("python/decoy-env-yookassa", "shop/mozkuraga/payments/yookassa_settings.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
"""Настройки ЮKassa: всё из окружения (после аудита, спасибо Зелимхану)."""
import os

from yookassa import Configuration

YOOKASSA_SHOP_ID = os.environ["YOOKASSA_SHOP_ID"]
YOOKASSA_SECRET_KEY = os.environ["YOOKASSA_SECRET_KEY"]

Configuration.configure(YOOKASSA_SHOP_ID, YOOKASSA_SECRET_KEY)

RETURN_URL = "https://mozkuraga.ru/spasibo"
VAT_CODE = 1  # без НДС (УСН)
''')

add("env/decoy-example", "shop/mozkuraga/.env.example", "https://github.com/vlucas/phpdotenv", r'''
# Скопируйте в .env и заполните. НЕ коммитьте .env!
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=mozkuraga
DB_USERNAME=mozshop
DB_PASSWORD=
TINKOFF_TERMINAL_KEY=
TINKOFF_PASSWORD=
YOOKASSA_SHOP_ID=
YOOKASSA_SECRET_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SMSRU_API_ID=<ваш api_id из личного кабинета sms.ru>
MAIL_PASSWORD=changeme
''')

add("php/decoy-vault", "shop/mozkuraga/config/secrets.php", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2", r'''
<?php
// Секреты читаем из Vault (kv v2), токен агента -- из файла на сервере
function vault_secret(string $path, string $key): string {
    $token = trim(file_get_contents('/run/vault/token'));
    $ch = curl_init("https://vault.mozkuraga.local:8200/v1/shop/data/$path");
    curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_HTTPHEADER => ["X-Vault-Token: $token"]]);
    $data = json_decode(curl_exec($ch), true);
    return $data['data']['data'][$key];
}

return [
    'cloudpayments_secret' => vault_secret('cloudpayments', 'api_secret'),
    'dadata_secret'        => vault_secret('dadata', 'secret'),
];
''')

add("yaml/decoy-yookassa-webhook-ids", "shop/mozkuraga/config/payments.yaml", "https://yookassa.ru/developers/using-api/webhooks", r'''
# идентификаторы, не секреты: shop_id виден в личном кабинете и в чеках
yookassa:
  shop_id: 318742
  webhook_url: https://mozkuraga.ru/api/yookassa/notify
  allowed_ips:
    - 185.71.76.0/27
    - 185.71.77.0/27
    - 77.75.153.0/25
  secret_key: ${YOOKASSA_SECRET_KEY}
receipt:
  tax_system_code: 2
  vat_code: 1
''')

add("json/decoy-package-lock", "shop/mozkuraga/frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "mozkuraga-frontend",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/imask": {
      "version": "7.5.0",
      "resolved": "https://registry.npmjs.org/imask/-/imask-7.5.0.tgz",
      "integrity": "sha512-@@h1@@"
    },
    "node_modules/swiper": {
      "version": "11.0.7",
      "resolved": "https://registry.npmjs.org/swiper/-/swiper-11.0.7.tgz",
      "integrity": "sha512-@@h2@@"
    }
  }
}
''', h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("md/decoy-readme-setup", "shop/mozkuraga/README.md", "https://yookassa.ru/developers/payment-acceptance/testing-and-going-live/testing", r'''
# Моз а, Курага а — интернет-магазин

Горный мёд, урюк, курага, орехи из Веденского и Шалинского районов.

## Локальный запуск

```bash
cp .env.example .env
# впишите тестовые ключи ЮKassa (shop_id тестового магазина и test_... ключ)
docker compose up -d
```

Тестовая карта ЮKassa: `5555 5555 5555 4477`, срок любой в будущем, CVC `123`.

Боевые ключи — только в Vault (`shop/yookassa`), доступ у Ахмеда и Зелимхана.
''')

add("php/decoy-bitrix-dbconn-env", "shop/mozkuraga/bitrix/.settings.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=43&LESSON_ID=2795", r'''
<?php
return [
  'connections' => [
    'value' => [
      'default' => [
        'className' => '\\Bitrix\\Main\\DB\\MysqliConnection',
        'host' => getenv('BX_DB_HOST') ?: 'localhost',
        'database' => 'sitemanager',
        'login' => getenv('BX_DB_USER'),
        'password' => getenv('BX_DB_PASSWORD'),
        'options' => 2,
      ],
    ],
    'readonly' => true,
  ],
  'crypto' => ['value' => ['crypto_key' => getenv('BX_CRYPTO_KEY')], 'readonly' => true],
];
''')

add("txt/decoy-revoked-note", "shop/mozkuraga/docs/инцидент_2024-01.txt", "https://yookassa.ru/developers/using-api/interaction-format#auth", r'''
Инцидент 17.01.2024
-------------------
Секретный ключ ЮKassa случайно попал в репозиторий (коммит в ветке feature/cart).
Что сделали:
  - ключ перевыпущен в ЛК ЮKassa в 14:20, старый отозван
  - история ветки переписана, форки проверили
  - новый ключ лежит только в Vault: shop/yookassa -> secret_key
Кто: Зелимхан, Ахмед. Урок: pre-commit хук поставить всем.
Дела реза хуьлда, обошлось без списаний.
''')

add("ssh/decoy-authorized-keys", "shop/mozkuraga/ops/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# доступ на прод: Ахмед, Зелимхан, CI
# Мадину удалили 01.02.2024 (ушла в декрет), ключ отозван
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@ ahmed@mozkuraga
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@b@@ zelimkhan@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@c@@ gitlab-ci@mozkuraga
''', a=fakes.drawn(_seed(), 44, ALNUM + "+/"), b=fakes.drawn(_seed(), 44, ALNUM + "+/"), c=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("yaml/decoy-sops", "shop/mozkuraga/k8s/secrets.enc.yaml", "https://github.com/getsops/sops", r'''
apiVersion: v1
kind: Secret
metadata:
    name: mozkuraga-shop
type: Opaque
stringData:
    DB_PASSWORD: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    YOOKASSA_SECRET_KEY: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qz8k7x3m2v9w4r6t5y0u1p8s3d7f2g4h6j9k1l3z5x7c9v2b4n6m8q0
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBqTmx3a0p2R0lZcFhsWkRr
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-02T10:11:12Z"
    version: 3.8.1
''', d1=fakes.drawn(_seed(), 24, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 64, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("ansible/decoy-vault-encrypted", "shop/mozkuraga/ops/ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("js/decoy-ymaps-public", "shop/mozkuraga/frontend/src/components/PickupMap.js", "https://yandex.ru/dev/jsapi30/doc/ru/", r'''
// карта пунктов самовывоза (Грозный, Шали, Гудермес). Ключ JS API -- публичный,
// ограничен по Referer на mozkuraga.ru в кабинете разработчика.
const YMAPS_KEY = import.meta.env.VITE_YMAPS_KEY;

export async function loadMap(el) {
  const s = document.createElement('script');
  s.src = `https://api-maps.yandex.ru/v3/?apikey=${YMAPS_KEY}&lang=ru_RU`;
  document.head.appendChild(s);
  await new Promise((r) => (s.onload = r));
  await ymaps3.ready;
  return new ymaps3.YMap(el, { location: { center: [45.6949, 43.3178], zoom: 12 } });
}
''')

add("csv/decoy-orders-export", "shop/mozkuraga/exports/orders_2024-03.csv", "https://yookassa.ru/developers/api#payment_object", r'''
order_id,created,customer,city,total_rub,payment_id,status
10231,2024-03-01,Хадижат А.,Грозный,2450,@@p1@@,succeeded
10232,2024-03-01,Ислам Д.,Москва,5800,@@p2@@,succeeded
10233,2024-03-02,Айна М.,Махачкала,1290,@@p3@@,canceled
10234,2024-03-02,Руслан Т.,Стамбул,9100,@@p4@@,succeeded
''', p1=uuid_s(), p2=uuid_s(), p3=uuid_s(), p4=uuid_s())

add("python/decoy-test-fixtures", "shop/mozkuraga/tests/test_tinkoff_signature.py", "https://www.tbank.ru/kassa/dev/payments/#section/Podpis-zaprosa", r'''
"""Подпись запроса Т-Банка: SHA-256 от конкатенации значений + Password (пример из документации)."""
from payments.tinkoff import make_token

FAKE_PASSWORD = "usaf8fw8fsw21g"  # пароль из примера в документации Т-Банка, не наш


def test_token_matches_docs_example():
    params = {"TerminalKey": "MerchantTerminalKey", "Amount": 19200, "OrderId": "21090",
              "Description": "Подарочная карта на 1000 рублей"}
    token = make_token(params, FAKE_PASSWORD)
    assert len(token) == 64
    assert token == make_token(dict(params), FAKE_PASSWORD)
''')

add("yaml/decoy-github-secrets-refs", "shop/mozkuraga/.github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ROOT_PASSWORD: root
          MYSQL_DATABASE: sitemanager_test
        ports: ["3306:3306"]
    steps:
      - uses: actions/checkout@v4
      - run: composer install --no-interaction
      - run: vendor/bin/phpunit
        env:
          DB_PASSWORD: root
          YOOKASSA_SECRET_KEY: ${{ secrets.YOOKASSA_TEST_KEY }}
          SMSRU_API_ID: ${{ secrets.SMSRU_API_ID }}
''')

add("md/decoy-api-docs", "shop/mozkuraga/docs/api_opt.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
# API для оптовых клиентов (кафе, кондитерские)

Авторизация — токен в заголовке:

```
curl https://mozkuraga.ru/api/opt/v1/prices \
  -H "Authorization: Bearer <ВАШ_ТОКЕН>"
```

Токен выдаёт менеджер (Мадина) после подписания договора. Пример ответа:

```json
{"items": [{"sku": "MED-KASHTAN-1", "name": "Мёд каштановый 1 кг", "price_opt": 1150}]}
```

Лимит: 60 запросов в минуту.
''')

add("txt/decoy-sha256sums", "shop/mozkuraga/releases/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
@@a@@  mozkuraga-theme-2.3.0.zip
@@b@@  mozkuraga-theme-2.3.1.zip
@@c@@  mozkuraga-1c-module-1.0.7.zip
@@d@@  price-list-2024-03.pdf
@@e@@  catalog-images-2024-03.tar.gz
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("php/decoy-csrf-hash", "shop/mozkuraga/local/php_interface/init.php", "https://www.php.net/manual/en/function.password-hash.php", r'''
<?php
// хэш пароля сервисного пользователя для обмена (сам пароль в Vault)
const EXCHANGE_USER = 'exchange1c';
const EXCHANGE_HASH = '$2y$10$@@h@@';

function check_exchange_auth(string $login, string $password): bool {
    return $login === EXCHANGE_USER && password_verify($password, EXCHANGE_HASH);
}

AddEventHandler('sale', 'OnSaleOrderPaid', ['\\Moz\\Handlers', 'notifyTelegram']);
''', h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("json/decoy-manifest", "shop/mozkuraga/frontend/public/manifest.json", "https://developer.mozilla.org/en-US/docs/Web/Manifest", r'''
{
  "name": "Моз а, Курага а",
  "short_name": "MozKuraga",
  "start_url": "/",
  "display": "standalone",
  "background_color": "#fff8e7",
  "theme_color": "#c8861d",
  "gcm_sender_id": "103953800507",
  "icons": [
    {"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png"}
  ]
}
''')

add("js/decoy-firebase-web-config", "shop/mozkuraga/frontend/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", r'''
// web-конфиг Firebase: apiKey тут публичный идентификатор проекта, это нормально
// (доступ ограничен правилами и App Check)
import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,
  authDomain: 'mozkuraga-app.firebaseapp.com',
  projectId: 'mozkuraga-app',
  storageBucket: 'mozkuraga-app.appspot.com',
  messagingSenderId: '104877231906',
  appId: '1:104877231906:web:7c2a9f0e3b1d5e8a4c6b20',
};

export const app = initializeApp(firebaseConfig);
''')

add("yaml/decoy-helm-existing-secret", "shop/mozkuraga/deploy/helm/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/mysql#parameters", r'''
mysql:
  auth:
    database: sitemanager
    username: bitrix
    existingSecret: mozkuraga-mysql   # пароли в Secret, созданном через sops
  primary:
    persistence:
      size: 20Gi
web:
  image: cr.yandex/crp2m4k6n8p0r2t4v6x8/mozkuraga:2.3.1
  env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef: {name: mozkuraga-mysql, key: mysql-password}
''')

add("sql/decoy-schema", "shop/mozkuraga/db/schema.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- пользователи магазина: пароли только как bcrypt-хэши, токены восстановления -- sha256
CREATE TABLE customers (
    id            bigserial PRIMARY KEY,
    phone         varchar(16) UNIQUE NOT NULL,
    name          text,
    password_hash text NOT NULL,          -- crypt(password, gen_salt('bf', 10))
    reset_token_sha256 char(64),
    created_at    timestamptz DEFAULT now()
);

INSERT INTO customers (phone, name, password_hash)
VALUES ('+79280000000', 'Тестовый покупатель', '$2a$10$@@h@@');
''', h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("txt/decoy-changelog", "shop/mozkuraga/CHANGELOG.md", "https://keepachangelog.com/ru/1.1.0/", r'''
# Changelog

## [2.3.1] — 2024-03-12
### Исправлено
- Ключи Т-Банка и ЮKassa перенесены из кода в Vault (`shop/payments/*`).
- Пароль SMTP больше не логируется при ошибке отправки.

## [2.3.0] — 2024-02-28
### Добавлено
- Курага "Шалазан" и мёд с чабрецом в каталоге.
- Самовывоз в Шали и Гудермесе.
- Токен DaData теперь получается через бэкенд-прокси, фронт его не видит.
''')

add("ini/decoy-php-ini", "shop/mozkuraga/docker/php/php.ini", "https://www.php.net/manual/en/session.configuration.php", r'''
[PHP]
memory_limit = 512M
upload_max_filesize = 32M
post_max_size = 32M
max_execution_time = 120
date.timezone = Europe/Moscow

[Session]
session.save_handler = redis
session.save_path = "tcp://redis:6379?auth[]=${REDIS_PASSWORD}&database=3"
session.cookie_secure = 1
session.cookie_httponly = 1

[opcache]
opcache.enable = 1
''')

add("txt/decoy-pgp-public", "shop/mozkuraga/.well-known/pgp-key.txt", "https://www.rfc-editor.org/rfc/rfc4880", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@mozkuraga.ru

mDMEZe3x1hYJKwYBBAHaRw8BAQdA@@a@@
tCRNb3ogYSwgS3VyYWdhIGEgPHNlY3VyaXR5QG1vemt1cmFnYS5ydT6IkwQTFgoA
@@b@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
''', a=fakes.drawn(_seed(), 36, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 4, ALNUM))

add("xml/decoy-1c-settings-vault", "shop/mozkuraga/1c/ОбменССайтом.пример.xml", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/protokol-obmena-s-saytom/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Пример настроек. Пароль вводится в 1С вручную при первом обмене и хранится
     в безопасном хранилище 1С, в файле его быть не должно. -->
<НастройкиОбмена>
  <Узел Наименование="Сайт (пример)">
    <АдресСайта>https://example.mozkuraga.ru/bitrix/admin/1c_exchange.php</АдресСайта>
    <ИмяПользователя>exchange1c</ИмяПользователя>
    <Пароль>********</Пароль>
  </Узел>
</НастройкиОбмена>
''')

add("yaml/decoy-docker-compose-secrets", "shop/mozkuraga/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: mozkuraga
      POSTGRES_USER: shop
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  app:
    image: cr.yandex/crp2m4k6n8p0r2t4v6x8/mozkuraga:2.3.1
    environment:
      DATABASE_URL: postgres://shop:${DB_PASSWORD:?нужен пароль}@db:5432/mozkuraga
secrets:
  db_password:
    file: ./secrets/db_password.txt
''')

add("python/decoy-hmac-verify", "shop/mozkuraga/payments/cp_webhook.py", "https://developers.cloudpayments.ru/#proverka-uvedomleniy", r'''
"""Проверка подписи уведомлений CloudPayments (Content-HMAC)."""
import base64
import hashlib
import hmac
import os

API_SECRET = os.getenv("CP_API_SECRET", "")


def valid(body: bytes, header: str) -> bool:
    digest = hmac.new(API_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header)


# пример из тестов: тело {"TransactionId": 1} и подпись, посчитанная с ключом "test"
EXAMPLE_SIGNATURE = "@@sig@@"
''', sig=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("txt/decoy-chat-no-value", "shop/mozkuraga/docs/chat/zakazy_chat_2024-03.txt", "https://telegram.org/blog/export-and-more", r'''
[04.03.2024 09:01] Мадина: Зелимхан, мне опять нужен пароль от Timeweb
[04.03.2024 09:05] Зелимхан: в Bitwarden, папка "Хостинг", я тебе дал доступ
[04.03.2024 09:06] Мадина: вижу, баркалла!
[04.03.2024 09:10] Ахмед: не пишите пароли в чат больше, после того случая
[04.03.2024 09:11] Зелимхан: хӀаъ, только через Bitwarden
[04.03.2024 11:32] Хеда: фото нового мёда с чабрецом загрузила
''')

add("gradle/decoy-buildconfig-env", "shop/mozkuraga/android/app/build.gradle", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
android {
    defaultConfig {
        applicationId "ru.mozkuraga.app"
        minSdk 24
        targetSdk 34
        versionCode 31
        versionName "1.9.0"
        buildConfigField "String", "API_URL", "\"https://mozkuraga.ru/api/\""
        buildConfigField "String", "YOOKASSA_CLIENT_ID", "\"${System.getenv('YOOKASSA_CLIENT_ID') ?: ''}\""
    }
    signingConfigs {
        release {
            storeFile file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword System.getenv("KEYSTORE_PASSWORD")
            keyAlias "mozkuraga"
            keyPassword System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("md/decoy-security-policy", "shop/mozkuraga/SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", r'''
# Безопасность

Нашли уязвимость? Пишите на security@mozkuraga.ru (PGP-ключ в `.well-known/pgp-key.txt`).

Правила для команды:
1. Никаких ключей в коде. Только `.env` (в `.gitignore`) или Vault.
2. Pre-commit хук обязателен: `pre-commit install`.
3. Если ключ утёк — сразу перевыпустить (ЮKassa, Т-Банк, SMS.ru), потом писать в чат.
4. Пароли передаём через Bitwarden, не через Telegram/WhatsApp.

Хьан гӀо лууш делахь — Зелимхан.
''')

# ---------------------------------------------------------------- decoys: taxi

add("conf/decoy-sip-include", "taxi/tavtaxi/telephony/sip_trunks.conf", "https://docs.asterisk.org/Configuration/Dialplan/Include-Statements/", r'''
; транки вынесены: пароли в /etc/asterisk/secrets/*.conf (не в git, права 600)
[general]
context=incoming
allowguest=no

#include "secrets/zadarma.conf"
#include "secrets/mango.conf"

[zadarma-trunk](!)
type=friend
host=sip.zadarma.com
insecure=port,invite
dtmfmode=rfc2833
''')

add("python/decoy-geocoder-env", "taxi/tavtaxi/dispatch/geo/settings.py", "https://yandex.ru/dev/geocode/doc/ru/", r'''
"""Ключи карт берём из окружения. Дефолты — только для локальной разработки без сети."""
import os

GEOCODER_KEY = os.getenv("YANDEX_GEOCODER_KEY")
DGIS_KEY = os.getenv("DGIS_KEY")
OSRM_URL = os.getenv("OSRM_URL", "http://osrm.tavtaxi.local:5000")

if not GEOCODER_KEY:
    raise RuntimeError("YANDEX_GEOCODER_KEY не задан (см. Vault: tavtaxi/maps)")
''')

add("yaml/decoy-external-secrets", "taxi/tavtaxi/deploy/k8s/externalsecret-dispatch.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch
  namespace: tavtaxi
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: yandex-lockbox
    kind: ClusterSecretStore
  target:
    name: dispatch-env
  data:
    - secretKey: DATABASE_URL
      remoteRef: {key: e6q8k2m4n6p8r0t2v4x6, property: database_url}
    - secretKey: TELEGRAM_BOT_TOKEN
      remoteRef: {key: e6q8k2m4n6p8r0t2v4x6, property: driver_bot_token}
''')

add("terraform/decoy-lockbox", "taxi/tavtaxi/infra/lockbox.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs/resources/lockbox_secret_version", r'''
variable "driver_bot_token" {
  type      = string
  sensitive = true
}

resource "yandex_lockbox_secret" "dispatch" {
  name      = "tavtaxi-dispatch"
  folder_id = var.folder_id
}

resource "yandex_lockbox_secret_version" "v1" {
  secret_id = yandex_lockbox_secret.dispatch.id
  entries {
    key        = "driver_bot_token"
    text_value = var.driver_bot_token
  }
}
''')

add("wireguard/decoy-peer-public", "taxi/tavtaxi/network/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard пиры (только публичные ключи)

| пир | адрес | PublicKey |
|---|---|---|
| сервер (Yandex Cloud) | 10.77.0.1 | `@@a@@` |
| диспетчерская Махачкала | 10.77.0.2 | `@@b@@` |
| диспетчерская Каспийск | 10.77.0.3 | `@@c@@` |

Приватные ключи генерируются на самом устройстве (`wg genkey`) и никуда не копируются.
''', a=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    b=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    c=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("log/decoy-masked-log", "taxi/tavtaxi/logs/payments-2024-03-19.log", "https://www.tbank.ru/kassa/dev/payments/", r'''
2024-03-19 07:12:01,101 INFO  dispatch.orders new order id=88457 from="Каспийск" to="Сулакский каньон"
2024-03-19 07:12:01,640 DEBUG payments.client POST https://securepay.tinkoff.ru/v2/Init body={'TerminalKey': '1698821004112', 'Password': '***', 'Amount': 350000, 'OrderId': '88457'}
2024-03-19 07:12:02,007 INFO  payments.client Init ok PaymentId=4029180021 Token=sha256:@@h@@
2024-03-19 07:14:22,913 INFO  dispatch.assign driver=233 (Шамиль, УАЗ Патриот) accepted
2024-03-19 09:40:05,288 INFO  payments.webhook CONFIRMED PaymentId=4029180021 OrderId=88457
''', h=hexs(64))

add("json/decoy-google-services", "taxi/tavtaxi/driver_app_android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "587612093345",
    "project_id": "tavtaxi-driver",
    "storage_bucket": "tavtaxi-driver.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:587612093345:android:4e2b8c9d1f0a7e63",
        "android_client_info": {"package_name": "ru.tavtaxi.driver"}
      },
      "api_key": [{"current_key": "${FIREBASE_ANDROID_KEY}"}]
    }
  ],
  "configuration_version": "1"
}
''')

add("dart/decoy-dart-define", "taxi/tavtaxi/driver_app/lib/config.dart", "https://dart.dev/guides/environment-declarations", r'''
// ключи подставляются при сборке: flutter build apk --dart-define-from-file=keys.json
// keys.json в .gitignore, лежит у Рустама и в секретах GitLab CI
class Config {
  static const googleMapsKey = String.fromEnvironment('GOOGLE_MAPS_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.tavtaxi.ru/v2');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  // языки интерфейса водителя
  static const locales = ['ru', 'av', 'kum'];
}
''')

add("md/decoy-runbook-placeholders", "taxi/tavtaxi/docs/runbook_pbx.md", "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-Manager-Interface-AMI/", r'''
# АТС: что делать, если не принимает звонки

1. `ssh root@192.168.10.2` (ключ, не пароль!)
2. `asterisk -rx "pjsip show registrations"` — транки должны быть Registered.
3. Если AMI не отвечает, проверить `/etc/asterisk/manager.conf`:

```
[dispatch]
secret = <пароль из Bitwarden: "АТС / AMI dispatch">
read = call,cdr
write = originate
```

4. `asterisk -rx "manager reload"`.
5. Позвонить на 8 (8722) 00-00-00 с мобильного и проверить.
''')

add("csv/decoy-drivers-ids", "taxi/tavtaxi/hr/водители_смены.csv", "https://en.wikipedia.org/wiki/Universally_unique_identifier", r'''
driver_id,позывной,телефон,device_id,смена,машина
217,Гуниб-1,+7 928 000-21-17,@@d1@@,утро,Нива 05 RUS
233,Сулак,+7 928 000-23-33,@@d2@@,день,УАЗ Патриот
240,Тобот,+7 928 000-24-40,@@d3@@,ночь,Нива Тревел
251,Хунзах,+7 928 000-25-51,@@d4@@,утро,Лада Ларгус
''', d1=uuid_s(), d2=uuid_s(), d3=uuid_s(), d4=uuid_s())

add("yaml/decoy-alertmanager-file", "taxi/tavtaxi/monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
route:
  receiver: ops-telegram
receivers:
  - name: ops-telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_bot_token
        chat_id: -1002019384756
        parse_mode: HTML
  - name: dispatch-email
    email_configs:
      - to: zagid@tavtaxi.ru
        from: alerts@tavtaxi.ru
        smarthost: smtp.mail.ru:465
        auth_username: alerts@tavtaxi.ru
        auth_password_file: /etc/alertmanager/secrets/smtp_password
''')

add("python/decoy-jwt-example-test", "taxi/tavtaxi/backend/tests/test_auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", r'''
import jwt
import pytest

from app.auth import decode_driver_token

TEST_SECRET = "test-secret-not-used-in-prod"


@pytest.fixture
def token():
    return jwt.encode({"sub": "217", "role": "driver"}, TEST_SECRET, algorithm="HS256")


def test_decode(token, monkeypatch):
    monkeypatch.setenv("JWT_SECRET", TEST_SECRET)
    assert decode_driver_token(token)["sub"] == "217"


def test_wrong_secret(token, monkeypatch):
    monkeypatch.setenv("JWT_SECRET", "другой-секрет")
    with pytest.raises(jwt.InvalidSignatureError):
        decode_driver_token(token)
''')

add("sh/decoy-history-vault", "taxi/tavtaxi/ops/notes/rustam_bash_history", "https://yandex.cloud/ru/docs/cli/cli-ref/lockbox/cli-ref/payload/get", r'''
yc config profile activate tavtaxi
yc lockbox secret list
yc lockbox payload get --name tavtaxi-dispatch --key driver_bot_token > /tmp/t && chmod 600 /tmp/t
export TELEGRAM_BOT_TOKEN=$(cat /tmp/t) && rm /tmp/t
docker compose up -d bot
docker compose logs -f bot
yc iam create-token | docker login --username iam --password-stdin cr.yandex
exit
''')

add("ini/decoy-odbc-trusted", "taxi/tavtaxi/dispatcher_desktop/App.Release.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax#windows-authentication", r'''
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <connectionStrings>
    <!-- релизная сборка: вход по Windows-учётке диспетчера, без пароля в конфиге -->
    <add name="Dispatch" connectionString="Server=192.168.10.4\SQLEXPRESS;Database=TaxiDispatch;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="City" value="Махачкала" />
  </appSettings>
</configuration>
''')

add("json/decoy-postman-empty", "taxi/tavtaxi/docs/postman/TavTaxi-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "0b6d4e21-3a9c-4f17-8e52-6c1a9d0f3e84",
  "name": "ТавТакси local",
  "values": [
    {"key": "baseUrl", "value": "http://localhost:3000/v2", "enabled": true},
    {"key": "dispatcherLogin", "value": "test_dispatcher", "enabled": true},
    {"key": "adminToken", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("go/decoy-mango-env", "taxi/tavtaxi/telephony/mango/config.go", "https://www.mango-office.ru/support/integratsiya_api/api_dlya_razrabotchikov/", r'''
package mango

import "os"

type Config struct {
	APIKey  string
	APISalt string
	BaseURL string
}

func Load() Config {
	return Config{
		APIKey:  os.Getenv("MANGO_API_KEY"),
		APISalt: os.Getenv("MANGO_API_SALT"),
		BaseURL: "https://app.mango-office.ru/vpbx/",
	}
}
''')

add("txt/decoy-whatsapp-bitwarden", "taxi/tavtaxi/docs/chat/WhatsApp Chat - Водители Гуниб.txt", "https://faq.whatsapp.com/1180414079177245", r'''
20.02.24, 06:40 - Магомед водитель: Салам алейкум. Приложение просит пароль заново
20.02.24, 06:45 - Патимат: Ваалейкум салам. Пароль не нужен, нажмите "вход по SMS"
20.02.24, 06:46 - Магомед водитель: Код пришёл: 4812. Вошёл, баркала
20.02.24, 06:50 - Загид: Коды из SMS никому не пересылайте, даже нам!
20.02.24, 07:30 - Расул: Дорога на Гуниб чистая, гололёда нет
''')

add("yaml/decoy-openapi", "taxi/tavtaxi/backend/openapi.yaml", "https://swagger.io/docs/specification/authentication/", r'''
openapi: 3.0.3
info:
  title: ТавТакси API
  version: "2.8"
servers:
  - url: https://api.tavtaxi.ru/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
  schemas:
    Order:
      type: object
      properties:
        id: {type: integer, example: 88213}
        from: {type: string, example: "Махачкала, пр. Гамидова 48"}
        to: {type: string, example: "Гуниб"}
security:
  - bearerAuth: []
''')

add("http/decoy-rest-client-vars", "taxi/tavtaxi/backend/requests/orders.http", "https://www.jetbrains.com/help/idea/http-client-variables.html", r'''
### создать заказ в горы (токен из http-client.private.env.json, он в .gitignore)
POST {{baseUrl}}/orders
Content-Type: application/json
Authorization: Bearer {{dispatcherToken}}

{
  "from": "Махачкала, ул. Ярагского 71",
  "to": "Хунзах, водопад Тобот",
  "tariff": "mountain",
  "passengers": 3
}
''')

add("json/decoy-http-client-env", "taxi/tavtaxi/backend/requests/http-client.env.json", "https://www.jetbrains.com/help/idea/http-client-variables.html#example-working-with-environment-files", r'''
{
  "dev": {
    "baseUrl": "http://localhost:3000/v2"
  },
  "prod": {
    "baseUrl": "https://api.tavtaxi.ru/v2"
  }
}
''')

add("yaml/decoy-gitlab-ci-vars", "taxi/tavtaxi/driver_app/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [build]

build_apk:
  stage: build
  image: ghcr.io/cirruslabs/flutter:3.19.3
  script:
    - echo "$KEYSTORE_BASE64" | base64 -d > android/app/release.jks
    - flutter build apk --release --dart-define=GOOGLE_MAPS_KEY=$GOOGLE_MAPS_KEY
  variables:
    KEY_ALIAS: tavtaxi
  artifacts:
    paths: [build/app/outputs/flutter-apk/app-release.apk]
  only: [tags]
''')

add("txt/decoy-ovpn-no-key", "taxi/tavtaxi/network/operator-template.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
client
dev tun
proto udp
remote vpn.tavtaxi.ru 1194
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth-user-pass
# логин/пароль вводит оператор при подключении, сертификат CA ниже публичный
<ca>
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUR3y0aBcDeFgHiJkLmNoPqRsTuVwwCgYIKoZIzj0EAwIw
@@c@@
-----END CERTIFICATE-----
</ca>
''', c=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("md/decoy-tariffs", "taxi/tavtaxi/docs/тарифы.md", "https://en.wikipedia.org/wiki/Taxicab", r'''
# Тарифы ТавТакси (с 01.03.2024)

| направление | цена | примечание |
|---|---|---|
| по Махачкале | от 150 ₽ | |
| Каспийск | 450 ₽ | |
| Сулакский каньон (Дубки) | 3500 ₽ | ожидание 2 ч включено |
| Гуниб | 4200 ₽ | только Нива/УАЗ зимой |
| Хунзах, водопад Тобот | 4500 ₽ | |

Промокод для гостей гостиниц: `TAVGOST10` (скидка 10%, публичный, печатаем на визитках).
''')

add("kotlin/decoy-cert-pin-hashes", "taxi/tavtaxi/driver_app_android/app/src/main/java/ru/tavtaxi/driver/net/Pinning.kt", "https://square.github.io/okhttp/features/https/#certificate-pinning-kt-java", r'''
package ru.tavtaxi.driver.net

import okhttp3.CertificatePinner

// пиннинг сертификата api.tavtaxi.ru (хэши публичных ключей, не секрет)
val pinner = CertificatePinner.Builder()
    .add("api.tavtaxi.ru", "sha256/@@a@@")
    .add("api.tavtaxi.ru", "sha256/@@b@@")
    .build()
''', a=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", b=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("yaml/decoy-sentry-dsn-env", "taxi/tavtaxi/dispatcher_console/sentry.properties", "https://docs.sentry.io/cli/configuration/#configuration-file", r'''
defaults.url=https://sentry.io/
defaults.org=tavtaxi
defaults.project=dispatcher-console
cli.log-level=info
# auth.token задаётся через SENTRY_AUTH_TOKEN в CI, локально -- sentry-cli login
''')

add("sql/decoy-migration-hash", "taxi/tavtaxi/backend/migrations/0007_api_clients.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- ключи партнёров (гостиницы Гуниба, турфирмы): храним только sha256 от ключа
CREATE TABLE api_clients (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    key_sha256  char(64) NOT NULL UNIQUE,
    created_at  timestamptz DEFAULT now(),
    revoked_at  timestamptz
);

INSERT INTO api_clients (name, key_sha256) VALUES
  ('Гостиница "Гуниб"', '@@a@@'),
  ('Турфирма "Дагестан Тур"', '@@b@@');
''', a=hexs(64), b=hexs(64))

add("txt/decoy-revoked-bot", "taxi/tavtaxi/docs/incidents/2023-11-bot-token.md", "https://core.telegram.org/bots/features#botfather", r'''
# 2023-11: токен бота водителей попал в публичный gist

- Обнаружили: 14.11.2023, 22:10 (Рустам увидел странные сообщения в боте)
- Действия: /revoke в @BotFather, новый токен положили в Lockbox (`tavtaxi-dispatch/driver_bot_token`)
- Старый токен больше недействителен, проверено через getMe (401 Unauthorized)
- Gist удалён, GitHub support подтвердил

Ворчами, Рустам, быстро среагировал.
''')

add("dockerfile/decoy-build-secret", "taxi/tavtaxi/pricing/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.6
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
# settings.xml с паролем Nexus передаётся как build secret, в слой не попадает
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml mvn -q dependency:go-offline
COPY src ./src
RUN --mount=type=secret,id=maven_settings,target=/root/.m2/settings.xml mvn -q package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/pricing.jar /app/pricing.jar
CMD ["java", "-jar", "/app/pricing.jar"]
''')

add("yaml/decoy-k8s-secret-empty", "taxi/tavtaxi/deploy/k8s/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# шаблон: заполняется в CI из Lockbox, в git только пустые значения
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-env
  namespace: tavtaxi
type: Opaque
stringData:
  DATABASE_URL: ""
  REDIS_URL: ""
  TELEGRAM_BOT_TOKEN: ""
  SMSC_PASSWORD: ""
''')

add("python/decoy-settings-getenv", "taxi/tavtaxi/admin_panel/admin_panel/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/", r'''
from .settings import *  # noqa
import os

DEBUG = False
ALLOWED_HOSTS = ["admin.tavtaxi.ru"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]  # noqa: F405

CSRF_TRUSTED_ORIGINS = ["https://admin.tavtaxi.ru"]
SESSION_COOKIE_SECURE = True
''')

add("json/decoy-map-config-ids", "taxi/tavtaxi/dispatcher_console/src/config/ymaps.json", "https://yandex.ru/dev/jsapi-v2-1/doc/ru/", r'''
{
  "center": [42.9849, 47.5047],
  "zoom": 12,
  "counterId": 96113478,
  "suggestApi": "https://suggest-maps.yandex.ru/v1/suggest",
  "apikeyEnv": "VITE_YMAPS_KEY",
  "regions": {
    "mountain": ["Гуниб", "Хунзах", "Гергебиль", "Цада", "Дубки"],
    "city": ["Махачкала", "Каспийск"]
  }
}
''')

add("txt/decoy-known-hosts", "taxi/tavtaxi/ops/dotfiles/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# прод, АТС Каспийск, gitlab
46.148.227.80 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@
192.168.10.2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@b@@
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@c@@
# (сверено с https://docs.gitlab.com/ee/user/gitlab_com/#ssh-known_hosts-entries)
''', a=fakes.drawn(_seed(), 44, ALNUM + "+/"), b=fakes.drawn(_seed(), 44, ALNUM + "+/"), c=fakes.drawn(_seed(), 44, ALNUM + "+/"))

# ---------------------------------------------------------------- decoys: both

add("yaml/decoy-ansible-vault-ref", "taxi/tavtaxi/deploy/ansible/host_vars/pbx-makhachkala.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r'''
---
# АТС Махачкала. Пароли -- в vault.yml рядом (зашифрован), тут только ссылки
ansible_host: 192.168.20.2
ansible_user: root
ansible_ssh_pass: "{{ vault_pbx_mhk_root_password }}"
ami_secret: "{{ vault_pbx_mhk_ami_secret }}"
zadarma_secret: "{{ vault_zadarma_secret }}"
asterisk_version: "20.6.0"
''')

add("ipynb/decoy-getpass", "shop/mozkuraga/analytics/остатки_склада.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg2, pandas as pd\n",
    "pwd = getpass.getpass('Пароль analyst: ')\n",
    "conn = psycopg2.connect(host='10.12.0.5', dbname='mozkuraga', user='analyst', password=pwd)\n",
    "stock = pd.read_sql('select sku, name, kg from stock order by kg', conn)\n",
    "stock.head(10)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("env/decoy-placeholders-taxi", "taxi/tavtaxi/backend/.env.sample", "https://12factor.net/config", r'''
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://tavtaxi:password@localhost:5432/tavtaxi
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=change-me-in-production
TELEGRAM_BOT_TOKEN=123456789:your-bot-token-here
SMSC_LOGIN=tavtaxi
SMSC_PASSWORD=
YANDEX_GEOCODER_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
''')

add("md/decoy-smsru-docs", "shop/mozkuraga/docs/sms_интеграция.md", "https://sms.ru/api/send", r'''
# SMS.ru: как устроена отправка

Запрос из документации (значения подставляются из `.env`):

```
GET https://sms.ru/sms/send?api_id=[ВАШ_API_ID]&to=79000000000&msg=hello&json=1
```

`api_id` выглядит как UUID заглавными буквами, лежит в Vault `shop/smsru`.
Ответ `"status_code": 100` — сообщение принято.

Баланс проверять раз в неделю, при < 500 ₽ пополнить (Мадина).
''')

add("arb/decoy-translations", "taxi/tavtaxi/driver_app/lib/l10n/app_av.arb", "https://docs.flutter.dev/ui/accessibility-and-internationalization/internationalization", r'''
{
  "loginTitle": "Жаниве вач",
  "phoneLabel": "Телефон",
  "passwordLabel": "Пароль",
  "passwordHint": "SMS-алдасан код",
  "forgotPassword": "Пароль кьочон батана?",
  "startShift": "Смена байбихьизе",
  "thanks": "Баркала!",
  "goodbye": "Ворчами, сахлъи!"
}
''')

add("json/decoy-i18n-kumyk", "taxi/tavtaxi/client_app/src/i18n/kum.json", "https://www.i18next.com/misc/json-format", r'''
{
  "greeting": "Салам! ТавТаксиге хош гелигиз",
  "order": {
    "from": "Къайдан",
    "to": "Къайгъа",
    "confirm": "Тасдыкъла"
  },
  "auth": {
    "password": "Пароль",
    "token_expired": "Сессия битди, янгыдан гиригиз",
    "api_key_missing": "API ключ ёкъ"
  }
}
''')

add("txt/decoy-lfs-ls-files", "shop/mozkuraga/media/lfs-files.txt", "https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-ls-files.adoc", r'''
# git lfs ls-files -l (макеты каталога, Хеда)
@@a@@ * media/catalog-2024.psd
@@b@@ * media/banner-ramadan.psd
@@c@@ * media/price-list-2024-03.pdf
@@d@@ * media/video/med-paseka-vedeno.mp4
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

add("go/decoy-gosum", "taxi/tavtaxi/notifier/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/davecgh/go-spew v1.1.1/go.mod h1:J7Y8YcW2NihsgmVo/mv3lAwl/skON4iLHjSsI+c5H38=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@a@@
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@b@@
github.com/redis/go-redis/v9 v9.5.1 h1:@@c@@
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:@@d@@
''', a=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", b=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    c=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", d=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("html/decoy-metrika-snippet", "shop/mozkuraga/templates/footer.html", "https://yandex.ru/support/metrica/code/counter-initialize.html", r'''
<footer class="footer">
  <p>© 2024 «Моз а, Курага а», Грозный. ИНН 2014009876</p>
  <!-- Yandex.Metrika counter -->
  <script type="text/javascript">
    (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
    m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
    (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
    ym(93817264, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true, ecommerce:"dataLayer"});
  </script>
  <!-- /Yandex.Metrika counter -->
</footer>
''')

add("txt/decoy-invoice", "shop/mozkuraga/docs/реквизиты.txt", "https://www.nalog.gov.ru/", r'''
ИП Ахмедов Ахмед Ахмедович
Магазин «Моз а, Курага а»
ИНН 201400987612
ОГРНИП 321200000012345
Р/с 40802810360000012345
Банк: Ставропольское отделение №5230 ПАО Сбербанк
БИК 040702615
К/с 30101810907020000615
Адрес склада: г. Грозный, Старопромысловский р-н
''')

add("json/decoy-keycloak-masked", "taxi/tavtaxi/deploy/keycloak/realm-export.json", "https://www.keycloak.org/docs/latest/server_admin/#_export_import", r'''
{
  "realm": "tavtaxi",
  "enabled": true,
  "clients": [
    {
      "clientId": "dispatcher-console",
      "publicClient": true,
      "redirectUris": ["https://dispatch.tavtaxi.ru/*"]
    },
    {
      "clientId": "payouts-service",
      "publicClient": false,
      "secret": "**********",
      "serviceAccountsEnabled": true
    }
  ],
  "smtpServer": {"host": "smtp.mail.ru", "port": "465", "user": "reports@tavtaxi.ru", "password": "**********"}
}
''')

add("pem/decoy-jwt-public", "taxi/tavtaxi/backend/keys/jwt_public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r'''
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
@@d@@
-----END PUBLIC KEY-----
''', a=fakes.drawn(_seed(), 20, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 64, ALNUM + "+/"), d=fakes.drawn(_seed(), 40, ALNUM + "+/") + "IDAQAB")

add("gitignore/decoy-gitignore", "taxi/tavtaxi/.gitignore", "https://git-scm.com/docs/gitignore", r'''
# секреты -- никогда в git
.env
.env.*
!.env.sample
keys.json
*.jks
*.p12
id_*
!keys/jwt_public.pem
telephony/secrets/
http-client.private.env.json
node_modules/
build/
''')

add("yaml/decoy-precommit", "shop/mozkuraga/.pre-commit-config.yaml", "https://pre-commit.com/#plugins", r'''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: local
    hooks:
      - id: no-env-files
        name: не коммитим .env
        entry: sh -c 'echo ".env нельзя коммитить!"; exit 1'
        language: system
        files: '(^|/)\.env$'
''')

add("php/decoy-random-password", "shop/mozkuraga/local/lib/Moz/PasswordGenerator.php", "https://www.php.net/manual/en/function.random-bytes.php", r'''
<?php
namespace Moz;

/** Генерация временного пароля для оптового клиента (отправляется по SMS). */
final class PasswordGenerator
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

    public static function make(int $len = 12): string
    {
        $out = '';
        for ($i = 0; $i < $len; $i++) {
            $out .= self::ALPHABET[random_int(0, strlen(self::ALPHABET) - 1)];
        }
        return $out;
    }
}
''')

add("txt/decoy-chat-rotated", "taxi/tavtaxi/docs/chat/telegram_ops_2024-05.txt", "https://telegram.org/blog/export-and-more", r'''
[02.05.2024 10:02] Загид: пароль ClickHouse analytics сменил, старый больше не работает
[02.05.2024 10:03] Загид: новый в Bitwarden -> "Аналитика / ClickHouse"
[02.05.2024 10:05] Шамиль: Сав бол, къардаш. Отчёт гьали къураман
[02.05.2024 10:30] Рустам: Lockbox версию тоже обновил, поды перезапустились
[02.05.2024 10:31] Загид: баркала
''')

add("yaml/decoy-configmap", "taxi/tavtaxi/deploy/k8s/configmap-dispatch.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: dispatch-config
  namespace: tavtaxi
data:
  DISPATCH_ENV: prod
  TZ: Europe/Moscow
  OSRM_URL: http://osrm.tavtaxi.svc:5000
  MOUNTAIN_COEFFICIENT: "1.6"
  TELEGRAM_CHAT_ID: "-1002019384756"
  YOOKASSA_SHOP_ID: "402118"
  SENTRY_ENVIRONMENT: production
''')

add("nginx/decoy-ssl-paths", "shop/mozkuraga/ops/nginx/mozkuraga.conf", "https://nginx.org/en/docs/http/configuring_https_servers.html", r'''
server {
    listen 443 ssl http2;
    server_name mozkuraga.ru www.mozkuraga.ru;

    ssl_certificate     /etc/letsencrypt/live/mozkuraga.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/mozkuraga.ru/privkey.pem;
    ssl_session_ticket_key /etc/nginx/ssl/ticket.key;

    root /var/www/mozkuraga;
    index index.php;

    location ~ \.php$ {
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
        include fastcgi_params;
    }
}
''')

add("json/decoy-aasa", "shop/mozkuraga/.well-known/apple-app-site-association", "https://developer.apple.com/documentation/xcode/supporting-associated-domains", r'''
{
  "applinks": {
    "details": [
      {
        "appIDs": ["7QK2M9X4LP.ru.mozkuraga.app"],
        "components": [
          {"/": "/product/*", "comment": "карточка товара"},
          {"/": "/order/*", "comment": "статус заказа"}
        ]
      }
    ]
  },
  "webcredentials": {"apps": ["7QK2M9X4LP.ru.mozkuraga.app"]}
}
''')

add("txt/decoy-receipt", "shop/mozkuraga/exports/чек_10231.txt", "https://www.nalog.gov.ru/rn77/related_activities/registries/reestrkkt/", r'''
КАССОВЫЙ ЧЕК / ПРИХОД
ИП Ахмедов А.А.            ИНН 201400987612
Мёд каштановый 1 кг  1 x 1450.00 = 1450.00
Курага "Шалазан" 1 кг 1 x 1000.00 = 1000.00
ИТОГ                              =2450.00
БЕЗНАЛИЧНЫМИ                      =2450.00
ФН 7281440500123456  ФД 20413  ФП 3829104756
РН ККТ 0006512345012345
Сайт ФНС: www.nalog.gov.ru
''')

add("python/decoy-keyring", "taxi/tavtaxi/ops/tools/pbx_cli.py", "https://pypi.org/project/keyring/", r'''
#!/usr/bin/env python3
"""Мелкие команды для АТС с ноутбука Загида. Пароль AMI -- в системной связке ключей."""
import socket

import keyring

HOST, PORT = "192.168.10.2", 5038
USER = "dispatch"


def ami(action: str) -> str:
    secret = keyring.get_password("tavtaxi-ami", USER)
    s = socket.create_connection((HOST, PORT), timeout=5)
    s.sendall(f"Action: Login\r\nUsername: {USER}\r\nSecret: {secret}\r\n\r\n".encode())
    s.sendall(f"Action: {action}\r\n\r\n".encode())
    return s.recv(65536).decode()


if __name__ == "__main__":
    print(ami("CoreStatus"))
''')

add("yaml/decoy-slack-template", "taxi/tavtaxi/monitoring/grafana/contact-points.yaml", "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/", r'''
apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops
    receivers:
      - uid: ops-tg
        type: telegram
        settings:
          bottoken: $__file{/etc/grafana/secrets/tg_bot_token}
          chatid: "-1002019384756"
      - uid: ops-slack
        type: slack
        settings:
          url: $__env{GRAFANA_SLACK_WEBHOOK}
''')

add("csv/decoy-transactions", "taxi/tavtaxi/exports/payouts_2024-03-17.csv", "https://www.tbank.ru/kassa/dev/payments/", r'''
date;driver_id;позывной;trips;sum_rub;payout_id;status
2024-03-17;217;Гуниб-1;4;12400;@@a@@;PAID
2024-03-17;233;Сулак;6;15900;@@b@@;PAID
2024-03-17;240;Тобот;3;9800;@@c@@;PENDING
2024-03-17;251;Хунзах;2;8600;@@d@@;PAID
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32))

add("md/decoy-readme-taxi", "taxi/tavtaxi/README.md", "https://yandex.cloud/ru/docs/lockbox/", r'''
# ТавТакси — диспетчерская и приложения

Махачкала, Каспийск и горы: Гуниб, Хунзах, Сулакский каньон.

## Структура
- `backend/` — API (Node.js), `dispatch/` — распределение заказов (Python)
- `driver_app/` — приложение водителя (Flutter), языки: ru, av, kum
- `telephony/` — Asterisk, транки Zadarma и Mango

## Секреты
Все ключи в Yandex Lockbox (`tavtaxi-dispatch`, `tavtaxi-maps`). Локально:

    yc lockbox payload get --name tavtaxi-dispatch --format json > /dev/null

Пишите Рустаму, если нужен доступ. Баркала!
''')

add("ini/decoy-redis-conf-commented", "taxi/tavtaxi/deploy/redis/redis.dev.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# redis для локальной разработки (docker compose), наружу не торчит
bind 127.0.0.1
port 6379
protected-mode yes
# requirepass foobared
# в проде пароль задаётся через --requirepass ${REDIS_PASSWORD} в compose
maxmemory 256mb
appendonly no
''')

add("yaml/decoy-compose-dev", "taxi/tavtaxi/docker-compose.dev.yml", "https://hub.docker.com/_/postgres", r'''
# только локально! наружу порт не пробрасывать
services:
  db:
    image: postgis/postgis:15-3.4
    environment:
      POSTGRES_USER: tavtaxi
      POSTGRES_PASSWORD: tavtaxi
      POSTGRES_DB: tavtaxi_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
''')

add("md/decoy-ssh-pub", "taxi/tavtaxi/ops/keys/README.md", "https://man.openbsd.org/ssh-keygen.1", r'''
# Ключи деплоя

Публичный ключ CI (добавлен на сервера 2024-01-15). Приватный -- только в GitLab CI/CD variables (masked, protected):

    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@ gitlab-ci@tavtaxi

Отпечаток проверить: `ssh-keygen -lf deploy_ci.pub`.
''', a=fakes.drawn(_seed(), 44, ALNUM + "+/"))
