"""Blind set OS: an Izhevsk hunting-gear and accordion maker's web shop and a Glazov pelmeni delivery.

The maker (Ижевская гармонь и охота, garmon-izh.ru: accordion workshop, hunting gear shop, 1C
exchange, YooKassa and Tinkoff payments, Ozon/Wildberries listings) and the frozen-food delivery
(Пельнянь Глазов, pelnyan-glazov.ru: orders bot, couriers app, cold-store sensors, SMS), with
comments and notes in Russian, Udmurt and Tatar mixed with English. About 130 files holding one
credential each and about 90 decoys. Generated fakes only (seeds 9310000-9319999).
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
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 9310000, 9319999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Garmon", "Pelnyan", "Izh", "Glazov", "Kama", "Cheptsa", "Tulyp", "Gusli", "Kyrnyzh",
         "Shurdy", "Tyl", "Lud", "Chak", "Bayan", "Dzhuch", "Pel", "Sugon", "Kuar", "Vyzhy", "Taiga"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?$") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def yookassa() -> str:
    return "live_" + fakes.drawn(_seed(), 43, URLSAFE)


def yc_iam() -> str:
    return "t1.9euelZq" + fakes.drawn(_seed(), 220, URLSAFE) + "." + fakes.drawn(_seed(), 86, URLSAFE)


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, URLSAFE)


def yc_static_id() -> str:
    return "YCAJE" + rnd(20, URLSAFE)


def yc_static_secret() -> str:
    return "YCP" + fakes.drawn(_seed(), 37, URLSAFE)


def yandex_oauth() -> str:
    return "y0_AgAAAAA" + fakes.drawn(_seed(), 48, URLSAFE)


def vk_token() -> str:
    return "vk1.a." + fakes.drawn(_seed(), 214, URLSAFE)


def smsru() -> str:
    return uuid_s().upper()


def dadata() -> str:
    return hexs(40)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, URLSAFE)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, URLSAFE)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, URLSAFE)


def npm_tok() -> str:
    return mixed(36, "npm_")


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, URLSAFE)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, URLSAFE)


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-os/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- garmon-izh.ru: web shop and payments

add("python/yookassa-secret", "garmon-shop/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
"""Оплата заказов гармоней через ЮKassa."""
from yookassa import Configuration, Payment

# TODO: убрать в .env до релиза (Ильдар)
Configuration.account_id = "312874"
Configuration.secret_key = "@@s@@"


def create_payment(order):
    return Payment.create({
        "amount": {"value": str(order.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://garmon-izh.ru/spasibo"},
        "capture": True,
        "description": f"Заказ №{order.id} (гармонь {order.model})",
    })
''', yookassa())

add("env/tinkoff-password", "garmon-shop/.env.production", "https://www.tinkoff.ru/kassa/dev/payments/", r'''
# Ижевская гармонь — прод
APP_ENV=production
APP_URL=https://garmon-izh.ru
DB_HOST=10.20.0.5
DB_NAME=garmon_shop
DB_USER=garmon
DB_PASSWORD=${DB_PASSWORD}
TINKOFF_TERMINAL_KEY=1693218447512
TINKOFF_PASSWORD=@@s@@
METRIKA_ID=91827364
''', mixed(16))

add("env/decoy-placeholders", "garmon-shop/.env.example", "https://github.com/vlucas/phpdotenv", r'''
# Скопируйте в .env и заполните (ключи лежат в Vaultwarden, коллекция "Магазин")
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_NAME=garmon_shop
DB_USER=garmon
DB_PASSWORD=
TINKOFF_TERMINAL_KEY=1693218447512DEMO
TINKOFF_PASSWORD=<пароль терминала из ЛК Тинькофф>
YOOKASSA_SECRET_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
METRIKA_ID=91827364
''')

add("php/cloudpayments-api-secret", "garmon-shop/app/Services/CloudPayments.php", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class CloudPayments
{
    // Public ID — публичный, его можно; API Secret — нельзя, но пока так
    private string $publicId = 'pk_4f2c9a81e7d3b60c5a19e2f8d7c14';
    private string $apiSecret = '@@s@@';

    public function refund(string $transactionId, float $amount)
    {
        return Http::withBasicAuth($this->publicId, $this->apiSecret)
            ->post('https://api.cloudpayments.ru/payments/refund', [
                'TransactionId' => $transactionId,
                'Amount' => $amount,
            ])->json();
    }
}
''', hexs(32))

add("php/decoy-config-env", "garmon-shop/config/services.php", "https://laravel.com/docs/configuration#environment-configuration", r'''
<?php

return [
    // Платёжки — все значения только из окружения, в репозиторий не класть!
    'yookassa' => [
        'shop_id' => env('YOOKASSA_SHOP_ID', '312874'),
        'secret_key' => env('YOOKASSA_SECRET_KEY'),
    ],
    'tinkoff' => [
        'terminal_key' => env('TINKOFF_TERMINAL_KEY'),
        'password' => env('TINKOFF_PASSWORD'),
    ],
    'dadata' => [
        'token' => env('DADATA_TOKEN'),
        'secret' => env('DADATA_SECRET'),
    ],
    'metrika' => ['counter' => 91827364],
];
''')

add("js/dadata-secret", "garmon-shop/resources/js/address-suggest.js", "https://dadata.ru/api/clean/address/", r'''
// Подсказки адреса доставки (DaData)
// FIXME: secret попал на фронт, Артём, перенеси стандартизацию на бэк!!!
const DADATA_TOKEN = "6a1d2c0f8e4b7a93d5c10e2f4b6a8d7c9e1f3a5b";
const DADATA_SECRET = "@@s@@";

export async function cleanAddress(raw) {
  const res = await fetch("https://cleaner.dadata.ru/api/v1/clean/address", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Token ${DADATA_TOKEN}`,
      "X-Secret": DADATA_SECRET,
    },
    body: JSON.stringify([raw]),
  });
  return (await res.json())[0];
}
''', dadata())

add("js/decoy-public-dadata-token", "garmon-shop/resources/js/suggest-widget.js", "https://dadata.ru/suggestions/usage/address/", r'''
// Виджет подсказок на странице оформления заказа.
// Токен для suggestions — публичный по дизайну DaData (ограничен по домену garmon-izh.ru в ЛК),
// secret здесь НЕ нужен и не должен появляться.
import { Suggestions } from "@dadata/suggestions";

const PUBLIC_SUGGEST_TOKEN = process.env.MIX_DADATA_SUGGEST_TOKEN;

new Suggestions(document.querySelector("#address"), {
  token: PUBLIC_SUGGEST_TOKEN,
  type: "ADDRESS",
  constraints: { locations: [{ region: "Удмуртская" }] },
  onSelect(s) {
    document.querySelector("#postal").value = s.data.postal_code;
  },
});
''')

add("yaml/ozon-api-key", "garmon-shop/integrations/marketplaces.yml", "https://docs.ozon.ru/api/seller/#section/Kak-poluchit-dostup-k-Seller-API", r'''
# Выгрузка остатков на маркетплейсы (гармони, чехлы, ремни, патронташи)
ozon:
  client_id: "1487263"
  api_key: "@@s@@"
  warehouse_id: 1020000345612000
  sync_every_minutes: 30
wildberries:
  token_env: WB_API_TOKEN     # из окружения
  warehouse: "Ижевск, ул. Пушкинская"
''', uuid_s())

add("python/wildberries-token", "garmon-shop/tools/wb_stocks.py", "https://dev.wildberries.ru/openapi/api-information", r'''
#!/usr/bin/env python3
# Остатки на WB: ножи, ягдташи, чехлы для гармоней
import requests

WB_TOKEN = "@@s@@"

def push(stocks):
    r = requests.put(
        "https://marketplace-api.wildberries.ru/api/v3/stocks/1029384",
        headers={"Authorization": WB_TOKEN},
        json={"stocks": stocks},
        timeout=20,
    )
    r.raise_for_status()
''', jwt_like('{"ent":1,"exp":1767225600,"id":"' + fakes.uuid4(9319001) + '","iid":48123977,"oid":1204461,"s":1073741822,"sid":"' + fakes.uuid4(9319002) + '","t":false,"uid":48123977}'))

add("json/decoy-ozon-openapi-example", "garmon-shop/docs/ozon/request-example.json", "https://docs.ozon.ru/api/seller/", r'''
{
  "_comment": "Пример из документации Ozon Seller API, заголовки подставляются из окружения в CI",
  "headers": {
    "Client-Id": "<Client-Id>",
    "Api-Key": "<Api-Key>"
  },
  "body": {
    "stocks": [
      {"offer_id": "GARM-TULA-25", "product_id": 554433221, "stock": 3, "warehouse_id": 1020000345612000},
      {"offer_id": "YAGDTASH-01", "product_id": 554433290, "stock": 11, "warehouse_id": 1020000345612000}
    ]
  }
}
''')

add("ini/1c-exchange-password", "garmon-shop/config/1c_exchange.ini", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/protokol-obmena-s-saytom/", r'''
; Обмен с 1С:УНФ (CommerceML), Ижевск, склад на Воткинском шоссе
[exchange]
url = https://garmon-izh.ru/bitrix/admin/1c_exchange.php
login = 1c_exchange
password = @@s@@
file_limit = 104857600
zip = yes

[schedule]
; каждый час, ночью — полная выгрузка
interval = 3600
''', words_pw())

add("xml/decoy-commerceml-guids", "garmon-shop/exchange/import0_1.xml", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/standarty-commerceml/commerceml-2/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<КоммерческаяИнформация ВерсияСхемы="2.10" ДатаФормирования="2026-11-30T03:00:12">
  <Классификатор>
    <Ид>@@g1@@</Ид>
    <Наименование>Классификатор (Гармони и охота)</Наименование>
  </Классификатор>
  <Каталог СодержитТолькоИзменения="false">
    <Ид>@@g2@@</Ид>
    <Товары>
      <Товар>
        <Ид>@@g3@@</Ид>
        <Артикул>GARM-TULA-25</Артикул>
        <Наименование>Гармонь хромка 25x25, ручная сборка</Наименование>
      </Товар>
    </Товары>
  </Каталог>
</КоммерческаяИнформация>
''', g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("php/bitrix-dbconn-password", "garmon-shop/bitrix/php_interface/dbconn.php", "https://dev.1c-bitrix.ru/learning/course/?COURSE_ID=35&LESSON_ID=2803", r'''
<?
define("BX_USE_MYSQLI", true);
define("DBPersistent", false);
$DBType = "mysql";
$DBHost = "localhost";
$DBLogin = "bitrix0";
$DBPassword = "@@s@@";
$DBName = "sitemanager";
$DBDebug = false;
$DBDebugToFile = false;

define("BX_UTF", true);
define("BX_FILE_PERMISSIONS", 0644);
define("BX_DIR_PERMISSIONS", 0755);
@umask(~(BX_FILE_PERMISSIONS|BX_DIR_PERMISSIONS)&0777);
?>
''', rnd(20, ALNUM + "!_"))

add("php/bitrix24-webhook", "garmon-shop/local/lib/Crm/LeadSender.php", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
<?php
// Заявки "гармонь на заказ" -> CRM Битрикс24
namespace Garmon\Crm;

class LeadSender
{
    const HOOK = '@@s@@';

    public static function send(array $form): void
    {
        $payload = http_build_query(['fields' => [
            'TITLE' => 'Гармонь на заказ: ' . $form['model'],
            'NAME' => $form['name'],
            'PHONE' => [['VALUE' => $form['phone'], 'VALUE_TYPE' => 'WORK']],
        ]]);
        file_get_contents(self::HOOK . 'crm.lead.add.json?' . $payload);
    }
}
''', "https://garmon-izh.bitrix24.ru/rest/7/" + rnd(16, "abcdefghijklmnopqrstuvwxyz0123456789") + "/")

add("md/decoy-bitrix24-docs", "garmon-shop/docs/crm.md", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
# CRM (Битрикс24)

Заявки с формы «Гармонь на заказ» уходят в Битрикс24 через входящий вебхук.

Формат адреса вебхука:

    https://<портал>.bitrix24.ru/rest/<id пользователя>/<код вебхука>/crm.lead.add.json

Сам адрес хранится в `BITRIX24_HOOK` (переменная окружения на сервере, см. Ansible vault).
Если вебхук утёк — удалить его в «Разработчикам → Другое → Входящий вебхук» и создать новый.

Ответственный: Ильдар Г. (Ильдар абый, он же настраивал).
''')

add("yaml/smtp-yandex-password", "garmon-shop/config/mail.yaml", "https://yandex.ru/support/mail/mail-clients/others.html", r'''
# Почта магазина: заказы и чеки
mailer:
  transport: smtp
  host: smtp.yandex.ru
  port: 465
  encryption: ssl
  username: zakaz@garmon-izh.ru
  password: "@@s@@"   # пароль приложения, создан 12.09
  from:
    address: zakaz@garmon-izh.ru
    name: "Ижевская гармонь"
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("yaml/decoy-mail-vault-ref", "garmon-shop/deploy/group_vars/prod/mail.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r'''
---
# Почта: пароль приложения Яндекса лежит в vault.yml (ansible-vault), тут только ссылка
mail_host: smtp.yandex.ru
mail_port: 465
mail_user: zakaz@garmon-izh.ru
mail_password: "{{ vault_mail_password }}"
mail_from_name: "Ижевская гармонь"
mail_bcc: buh@garmon-izh.ru
''')

add("ansible/decoy-vault-ciphertext", "garmon-shop/deploy/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(46))

add("python/telegram-bot-token", "garmon-shop/bots/order_notify.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Уведомления мастерам о новых заказах гармоней (чат "Цех")
import telebot

bot = telebot.TeleBot("@@s@@", parse_mode="HTML")
WORKSHOP_CHAT = -1001823746512


def notify(order):
    bot.send_message(
        WORKSHOP_CHAT,
        f"<b>Новый заказ №{order.id}</b>\n{order.model}, строй {order.tuning}\nСрок: {order.deadline}",
    )
''', telegram())

add("python/decoy-telegram-env", "garmon-shop/bots/stock_alert.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Когда патронташей/ножей на складе меньше 3 — пишем в чат склада
import os
import telebot

bot = telebot.TeleBot(os.environ["STOCK_BOT_TOKEN"])  # токен в systemd EnvironmentFile
STORE_CHAT = -1001823746599
LOW = 3


def check(items):
    low = [i for i in items if i.qty < LOW]
    if low:
        bot.send_message(STORE_CHAT, "Мало на складе:\n" + "\n".join(f"{i.sku} — {i.qty}" for i in low))
''')

add("nginx/decoy-htpasswd-ref", "garmon-shop/deploy/nginx/garmon-izh.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name garmon-izh.ru www.garmon-izh.ru;

    ssl_certificate     /etc/letsencrypt/live/garmon-izh.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/garmon-izh.ru/privkey.pem;

    root /var/www/garmon/public;

    location /bitrix/admin/ {
        auth_basic "Только для своих";
        auth_basic_user_file /etc/nginx/.htpasswd_admin;
        try_files $uri $uri/ /bitrix/urlrewrite.php$is_args$args;
    }

    location ~ \.php$ {
        fastcgi_pass unix:/run/php/php8.1-fpm.sock;
        include fastcgi_params;
    }
}
''')

add("htpasswd/decoy-bcrypt-hash", "garmon-shop/deploy/nginx/htpasswd_admin", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# сгенерировано: htpasswd -B -c .htpasswd_admin ildar
ildar:$2y$05$@@h1@@
artyom:$2y$05$@@h2@@
buh:$2y$05$@@h3@@
zavsklad:$2y$05$@@h4@@
master_glazov:$2y$05$@@h5@@
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"), h4=rnd(53, ALNUM + "./"), h5=rnd(53, ALNUM + "./"))

add("sql/mysql-create-user", "garmon-shop/deploy/sql/02_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- Пользователи БД магазина (выполнено на db1.garmon 2026-03-14)
CREATE DATABASE IF NOT EXISTS garmon_shop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER 'garmon_report'@'10.20.0.%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON garmon_shop.orders TO 'garmon_report'@'10.20.0.%';
GRANT SELECT ON garmon_shop.order_items TO 'garmon_report'@'10.20.0.%';

-- для Metabase бухгалтерии
FLUSH PRIVILEGES;
''', words_pw())

add("sql/decoy-mysql-native-hash", "garmon-shop/deploy/sql/99_restore_users.sql", "https://dev.mysql.com/doc/refman/5.7/en/password-hashing.html", r'''
-- Восстановление пользователей после переноса на новый сервер (хэши из mysql.user старого)
CREATE USER 'garmon'@'10.20.0.%' IDENTIFIED WITH mysql_native_password AS '*@@h1@@';
CREATE USER 'garmon_report'@'10.20.0.%' IDENTIFIED WITH mysql_native_password AS '*@@h2@@';
GRANT ALL PRIVILEGES ON garmon_shop.* TO 'garmon'@'10.20.0.%';
GRANT SELECT ON garmon_shop.orders TO 'garmon_report'@'10.20.0.%';
FLUSH PRIVILEGES;
''', h1=rnd(40, "0123456789ABCDEF"), h2=rnd(40, "0123456789ABCDEF"))

add("docker-compose/mysql-root-password", "garmon-shop/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
services:
  web:
    build: .
    ports: ["8080:80"]
    depends_on: [db]
    volumes: ["./:/var/www/garmon"]
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: garmon_shop
      MYSQL_ROOT_PASSWORD: "@@s@@"
    volumes: ["dbdata:/var/lib/mysql"]
volumes:
  dbdata:
''', pw())

add("docker-compose/decoy-secrets-files", "garmon-shop/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: garmon_shop
      MYSQL_USER: garmon
      MYSQL_PASSWORD_FILE: /run/secrets/db_password
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
    secrets: [db_password, db_root_password]
secrets:
  db_password:
    file: /srv/secrets/garmon/db_password.txt
  db_root_password:
    file: /srv/secrets/garmon/db_root_password.txt
''')

# ---------------------------------------------------------------- garmon-izh.ru: infrastructure (Yandex Cloud)

add("terraform/yc-oauth-token", "garmon-infra/terraform/provider.tf", "https://yandex.cloud/ru/docs/tutorials/infrastructure-management/terraform-quickstart", r'''
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
}

# временно, потом на сервисный аккаунт
provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1g8q3k2m4n5p6r7s8t9"
  folder_id = "b1gk2l3m4n5o6p7q8r9s"
  zone      = "ru-central1-a"
}
''', yandex_oauth())

add("terraform/decoy-yc-sa-key-file", "garmon-infra/terraform/provider.prod.tf", "https://terraform-provider.yandexcloud.net/", r'''
provider "yandex" {
  service_account_key_file = pathexpand("~/.config/yc/garmon-terraform-sa.json")
  cloud_id                 = "b1g8q3k2m4n5p6r7s8t9"
  folder_id                = "b1gk2l3m4n5o6p7q8r9s"
  zone                     = "ru-central1-a"
}

# folder_id / cloud_id — это идентификаторы, не секреты
resource "yandex_storage_bucket" "photos" {
  bucket = "garmon-izh-photos"
  acl    = "public-read"
}
''')

add("json/yc-authorized-key", "garmon-infra/keys/terraform-sa-key.json", "https://yandex.cloud/ru/docs/iam/operations/authorized-key/create", r'''
{
   "id": "aje@@kid@@",
   "service_account_id": "aje@@said@@",
   "created_at": "2026-05-18T09:41:27.113524Z",
   "key_algorithm": "RSA_2048",
   "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@pub@@\n-----END PUBLIC KEY-----\n",
   "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <aje@@kid@@>\n@@s@@"
}
''', fakes.fake_pem(9318001, "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    kid=rnd(17, "abcdefghijklmnopqrstuv0123456789"), said=rnd(17, "abcdefghijklmnopqrstuv0123456789"), pub=rnd(60, ALNUM + "+/"))

add("env/yc-static-secret", "garmon-infra/backup/.s3cfg.env", "https://yandex.cloud/ru/docs/iam/operations/sa/create-access-key", r'''
# Бэкапы БД магазина в Object Storage (бакет garmon-backup)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
AWS_DEFAULT_REGION=ru-central1
S3_ENDPOINT=https://storage.yandexcloud.net
BUCKET=garmon-backup
KEEP_DAYS=14
''', yc_static_secret(), kid=yc_static_id())

add("shell/decoy-yc-iam-create", "garmon-infra/scripts/get_token.sh", "https://yandex.cloud/ru/docs/iam/operations/iam-token/create", r'''
#!/usr/bin/env bash
# Получить IAM-токен на 12 часов для ручных операций. Токен НЕ сохранять в файлы.
set -euo pipefail
export YC_TOKEN="$(yc iam create-token)"
export YC_CLOUD_ID="$(yc config get cloud-id)"
export YC_FOLDER_ID="$(yc config get folder-id)"
echo "IAM-токен получен, действует до $(date -d '+12 hours' '+%H:%M')"
''')

add("python/yc-iam-token", "garmon-infra/scripts/resize_photos.py", "https://yandex.cloud/ru/docs/iam/concepts/authorization/iam-token", r'''
# разовый скрипт: сжать фото гармоней в бакете через Cloud Functions
import requests

IAM = "@@s@@"  # вставил из yc iam create-token, протухнет к вечеру
FN = "https://functions.yandexcloud.net/d4e8k2m1n0p9q8r7s6t5"

for key in open("keys.txt", encoding="utf-8").read().split():
    r = requests.post(FN, json={"key": key}, headers={"Authorization": f"Bearer {IAM}"})
    print(key, r.status_code)
''', yc_iam())

add("yaml/yc-api-key-speechkit", "garmon-infra/voice/config.yaml", "https://yandex.cloud/ru/docs/iam/concepts/authorization/api-key", r'''
# Озвучка описаний гармоней (SpeechKit), голос "alena"
speechkit:
  api_key: @@s@@
  folder_id: b1gk2l3m4n5o6p7q8r9s
  voice: alena
  emotion: good
  format: oggopus
output_dir: /var/www/garmon/public/audio
''', yc_api_key())

_p = words_pw()
add("k8s/secret-data-db-password", "garmon-infra/k8s/shop-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: garmon
  labels: {app: garmon-shop}
type: Opaque
data:
  DB_HOST: @@h@@
  DB_USER: @@u@@
  DB_PASSWORD: @@enc@@
''', _p, h=b64("rc1a-4k2m9n8p7q6r5s4t.mdb.yandexcloud.net"), u=b64("garmon"), enc=b64(_p))

add("k8s/decoy-external-secret", "garmon-infra/k8s/shop-external-secret.yaml", "https://yandex.cloud/ru/docs/lockbox/tutorials/kubernetes-lockbox-secrets", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-payments
  namespace: garmon
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: lockbox
    kind: SecretStore
  target:
    name: shop-payments
  data:
    - secretKey: YOOKASSA_SECRET_KEY
      remoteRef:
        key: e6q8r1s2t3u4v5w6x7y8   # id секрета в Lockbox
        property: yookassa_secret
    - secretKey: TINKOFF_PASSWORD
      remoteRef:
        key: e6q8r1s2t3u4v5w6x7y8
        property: tinkoff_password
''')

add("k8s/decoy-configmap", "garmon-infra/k8s/shop-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-config
  namespace: garmon
data:
  APP_URL: "https://garmon-izh.ru"
  YOOKASSA_SHOP_ID: "312874"
  METRIKA_ID: "91827364"
  YANDEX_MAPS_JS: "https://api-maps.yandex.ru/v3/?apikey=${YMAPS_KEY}&lang=ru_RU"
  CACHE_TTL: "600"
  # Мастерская: Ижевск, ул. Коммунаров; Глазов — пункт выдачи
  PICKUP_POINTS: "izhevsk,glazov"
''')

add("gitlab-ci/registry-password", "garmon-infra/.gitlab-ci.yml", "https://yandex.cloud/ru/docs/container-registry/operations/authentication", r'''
stages: [build, deploy]

variables:
  REGISTRY: cr.yandex/crp5k8m2n1b0v9c8x7z6

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "@@s@@" | docker login --username oauth --password-stdin cr.yandex
    - docker build -t $REGISTRY/garmon-shop:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/garmon-shop:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script: ["kubectl -n garmon set image deploy/shop shop=$REGISTRY/garmon-shop:$CI_COMMIT_SHORT_SHA"]
''', yandex_oauth())

add("gitlab-ci/decoy-ci-variables", "garmon-infra/.gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
deploy_prod:
  stage: deploy
  image: cr.yandex/yc/metadata-token-docker-helper:0.2
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    # YC_SA_KEY_JSON — masked + protected переменная в настройках проекта
    - echo "$YC_SA_KEY_JSON" > /tmp/key.json
    - yc config set service-account-key /tmp/key.json
    - yc managed-kubernetes cluster get-credentials garmon-k8s --external
    - kubectl -n garmon rollout restart deploy/shop
    - rm -f /tmp/key.json
''')

add("dockerfile/gitlab-token-arg", "garmon-infra/docker/shop/Dockerfile", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
FROM php:8.1-fpm-bookworm

RUN apt-get update && apt-get install -y git unzip libzip-dev && docker-php-ext-install zip pdo_mysql
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer

# приватный пакет garmon/1c-bridge с нашего GitLab
ENV COMPOSER_AUTH='{"gitlab-token": {"git.garmon-izh.ru": "@@s@@"}}'

WORKDIR /var/www/garmon
COPY composer.json composer.lock ./
RUN composer install --no-dev --no-scripts
COPY . .
''', gitlab())

add("dockerfile/decoy-buildkit-secret", "garmon-infra/docker/bot/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# токен к приватному PyPI (Nexus) — только через --secret, в слой не попадает
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \
    pip install --no-cache-dir -r requirements.txt
COPY bots/ ./bots/
USER 1000
CMD ["python", "-m", "bots.order_notify"]
''')

add("ssh/openssh-private-key", "garmon-infra/ansible/files/deploy_id_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-authorized-keys", "garmon-infra/ansible/files/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# мастерская и магазин — кто ходит на сервера
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ildar@garmon-izh
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ artyom@noutbuk
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@gitlab-runner
# Глазов, пельменная (Айгуль)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ aigul@glazov
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(200, ALNUM + "+/"), k4=rnd(43, ALNUM + "+/"))

add("ansible/inventory-become-password", "garmon-infra/ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
[shop]
web1.garmon-izh.ru ansible_host=51.250.14.77

[db]
db1.garmon-izh.ru ansible_host=10.20.0.5

[all:vars]
ansible_user=deploy
; sudo пароль, пока не настроили NOPASSWD
ansible_become_pass=@@s@@
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("ansible/decoy-inventory-lookup", "garmon-infra/ansible/inventory/glazov.ini", "https://docs.ansible.com/ansible/latest/collections/community/general/passwordstore_lookup.html", r'''
[pelnyan]
app1.pelnyan-glazov.ru ansible_host=84.201.150.12
cold1.pelnyan-glazov.ru ansible_host=10.30.0.8

[pelnyan:vars]
ansible_user=deploy
ansible_become_pass="{{ lookup('community.general.passwordstore', 'glazov/deploy-sudo') }}"
; ssh ключ у каждого свой, см. authorized_keys
''')

add("md/decoy-runbook-restore", "garmon-infra/docs/restore.md", "https://yandex.cloud/ru/docs/managed-mysql/operations/cluster-backups", r'''
# Восстановление БД магазина

1. В консоли Yandex Cloud → Managed MySQL → `garmon-db` → Резервные копии.
2. Выбрать копию (хранятся 7 дней), «Восстановить в новый кластер».
3. Пароль пользователя `garmon` **не меняется** при восстановлении: берём из Lockbox
   (`yc lockbox payload get --name garmon-db --key password`).
4. Поменять `DB_HOST` в ConfigMap и `kubectl rollout restart`.

> Не вставляйте пароль в этот файл и в чат. Ильдар, тебя это касается :)

Проверка: `mysql -h $DB_HOST -u garmon -p garmon_shop -e 'select count(*) from orders'`
''')

# ---------------------------------------------------------------- pelnyan-glazov.ru: orders, bot, couriers

add("python/telegram-orders-bot", "pelnyan/bot/main.py", "https://docs.aiogram.dev/en/latest/", r'''
# Пельнянь Глазов — бот заказов. Пельнянь — удмурт пельмени ("нянь пель" — хлебное ухо)
import asyncio
from aiogram import Bot, Dispatcher
from aiogram.filters import CommandStart
from aiogram.types import Message

bot = Bot(token="@@s@@")
dp = Dispatcher()


@dp.message(CommandStart())
async def start(m: Message):
    await m.answer("Ӟечбуре! Пельнянь заказать — жмите «Меню» 🥟\nСәлам! Добро пожаловать!")


if __name__ == "__main__":
    asyncio.run(dp.start_polling(bot))
''', telegram())

add("python/decoy-telegram-settings", "pelnyan/bot/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", r'''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PELNYAN_")

    bot_token: SecretStr
    admin_chat_id: int = -1002093847561
    db_dsn: SecretStr
    smsru_api_id: SecretStr
    min_order_rub: int = 700       # минималка по Глазову
    free_delivery_rub: int = 1500


settings = Settings()
''')

add("env/postgres-dsn", "pelnyan/bot/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
PELNYAN_BOT_TOKEN=${TG_TOKEN}
PELNYAN_ADMIN_CHAT_ID=-1002093847561
PELNYAN_DB_DSN=postgresql+asyncpg://pelnyan:@@s@@@10.30.0.8:5432/pelnyan
PELNYAN_SMSRU_API_ID=
# кухня: Глазов, ул. Кирова
''', pw())

add("env/decoy-env-sample", "pelnyan/bot/.env.sample", "https://github.com/theskumar/python-dotenv", r'''
# Образец. Настоящий .env — у Айгуль и на сервере, в гит не коммитить!
PELNYAN_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRstuVWxyz-EXAMPLE
PELNYAN_ADMIN_CHAT_ID=-100xxxxxxxxxx
PELNYAN_DB_DSN=postgresql+asyncpg://pelnyan:password@localhost:5432/pelnyan
PELNYAN_SMSRU_API_ID=XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX
''')

add("python/smsru-api-id", "pelnyan/bot/sms.py", "https://sms.ru/api/send", r'''
"""СМС клиентам: «Курьер выехал», коды подтверждения."""
import httpx

SMSRU_API_ID = "@@s@@"


async def send_sms(phone: str, text: str) -> bool:
    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.get("https://sms.ru/sms/send", params={
            "api_id": SMSRU_API_ID, "to": phone, "msg": text, "json": 1,
        })
    return r.json().get("status") == "OK"
''', smsru())

add("python/decoy-smsru-test-mode", "pelnyan/bot/tests/test_sms.py", "https://sms.ru/api/send", r'''
import pytest

from bot import sms

# В тестах — заглушка, настоящий api_id не нужен (и не должен тут быть)
FAKE_API_ID = "00000000-0000-0000-0000-000000000000"


@pytest.mark.asyncio
async def test_send_sms_ok(httpx_mock, monkeypatch):
    monkeypatch.setattr(sms, "SMSRU_API_ID", FAKE_API_ID)
    httpx_mock.add_response(json={"status": "OK", "sms": {"79120000000": {"status": "OK"}}})
    assert await sms.send_sms("79120000000", "Курьер выехал 🥟")
''')

add("js/yandex-geocoder-key", "pelnyan/courier-app/src/api/geocode.js", "https://yandex.ru/dev/geocode/doc/ru/", r'''
// Геокодер для адресов доставки по Глазову. Ключ HTTP Геокодера (платный, без ограничения по Referer!)
const GEOCODER_KEY = '@@s@@';

export async function geocode(address) {
  const q = encodeURIComponent(`Удмуртская Республика, Глазов, ${address}`);
  const url = `https://geocode-maps.yandex.ru/1.x/?apikey=${GEOCODER_KEY}&geocode=${q}&format=json`;
  const res = await fetch(url);
  const data = await res.json();
  const pos = data.response.GeoObjectCollection.featureMember[0]?.GeoObject.Point.pos;
  return pos ? pos.split(' ').map(Number).reverse() : null;
}
''', uuid_s())

add("json/decoy-app-json-ids", "pelnyan/courier-app/app.json", "https://docs.expo.dev/versions/latest/config/app/", r'''
{
  "expo": {
    "name": "Пельнянь Курьер",
    "slug": "pelnyan-courier",
    "version": "1.4.2",
    "android": {
      "package": "ru.pelnyanglazov.courier",
      "versionCode": 42
    },
    "extra": {
      "eas": { "projectId": "@@pid@@" },
      "apiBase": "https://api.pelnyan-glazov.ru/v1"
    },
    "updates": { "url": "https://u.expo.dev/@@pid@@" }
  }
}
''', pid=uuid_s())

add("gradle/keystore-password", "pelnyan/courier-app/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m -XX:MaxMetaspaceSize=512m
android.useAndroidX=true
android.enableJetifier=true
hermesEnabled=true

# подпись релиза (ключ у Рамиля на флешке)
PELNYAN_UPLOAD_STORE_FILE=pelnyan-upload.keystore
PELNYAN_UPLOAD_KEY_ALIAS=pelnyan
PELNYAN_UPLOAD_STORE_PASSWORD=@@s@@
PELNYAN_UPLOAD_KEY_PASSWORD=@@s@@
''', words_pw())

add("gradle/decoy-signing-env", "pelnyan/courier-app/android/app/signing.gradle", "https://developer.android.com/build/gradle-tips#remove-private-signing-information-from-your-project", r'''
android {
    signingConfigs {
        release {
            // значения только из окружения CI (GitLab masked vars)
            storeFile file(System.getenv("UPLOAD_STORE_FILE") ?: "debug.keystore")
            storePassword System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias System.getenv("UPLOAD_KEY_ALIAS")
            keyPassword System.getenv("UPLOAD_KEY_PASSWORD")
        }
        debug {
            storeFile file("debug.keystore")
            storePassword "android"
            keyAlias "androiddebugkey"
            keyPassword "android"
        }
    }
}
''')

add("json/decoy-google-services", "pelnyan/courier-app/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "418273645120",
    "project_id": "pelnyan-courier",
    "storage_bucket": "pelnyan-courier.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418273645120:android:@@aid@@",
        "android_client_info": { "package_name": "ru.pelnyanglazov.courier" }
      },
      "api_key": [ { "current_key": "AIzaSy-REPLACED-IN-CI-FROM-FIREBASE-CONSOLE" } ]
    }
  ],
  "configuration_version": "1"
}
''', aid=hexs(16))

add("json/firebase-service-account", "pelnyan/backend/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "pelnyan-courier",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "firebase-adminsdk-x7k2q@pelnyan-courier.iam.gserviceaccount.com",
  "client_id": "104829374650192837465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''', fakes.fake_pem(9318101, "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("kotlin/decoy-buildconfig-url", "pelnyan/courier-app/android/app/src/main/java/ru/pelnyanglazov/courier/Api.kt", "https://square.github.io/retrofit/", r'''
package ru.pelnyanglazov.courier

import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory

// Токен курьера приходит после входа по СМС-коду и лежит в EncryptedSharedPreferences.
object Api {
    const val BASE = "https://api.pelnyan-glazov.ru/v1/"
    const val SUPPORT_PHONE = "+7 (34141) 5-20-20"

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE)
        .addConverterFactory(GsonConverterFactory.create())
        .build()
}
''')

add("kotlin/yandex-mapkit-key", "pelnyan/courier-app/android/app/src/main/java/ru/pelnyanglazov/courier/App.kt", "https://yandex.ru/dev/mapkit/doc/ru/android/generated/getting_started", r'''
package ru.pelnyanglazov.courier

import android.app.Application
import com.yandex.mapkit.MapKitFactory

class App : Application() {
    override fun onCreate() {
        super.onCreate()
        // MapKit: маршруты курьеров по Глазову и Балезино
        MapKitFactory.setApiKey("@@s@@")
        MapKitFactory.setLocale("ru_RU")
    }
}
''', uuid_s())

add("python/postgres-password-kwarg", "pelnyan/backend/reports/daily.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", r'''
# Ежедневный отчёт: сколько кило пельменей, вареников и манты продали (для Гульнары)
import psycopg2

conn = psycopg2.connect(
    host="10.30.0.8",
    dbname="pelnyan",
    user="report",
    password="@@s@@",
)

with conn, conn.cursor() as cur:
    cur.execute("""
        select p.name, sum(oi.qty_kg) from order_items oi join products p on p.id = oi.product_id
        where oi.created_at::date = current_date - 1 group by 1 order by 2 desc
    """)
    for name, kg in cur.fetchall():
        print(f"{name:<30} {kg:>6.1f} кг")
''', words_pw())

add("sql/decoy-scram-hash", "pelnyan/backend/db/roles.sql", "https://www.postgresql.org/docs/current/auth-password.html", r'''
-- роли БД Пельнянь (дамп pg_dumpall --roles-only, 2026-10-02)
CREATE ROLE pelnyan;
ALTER ROLE pelnyan WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
CREATE ROLE report;
ALTER ROLE report WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt2@@$@@k3@@:@@k4@@';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report;
''', salt=rnd(22, ALNUM + "+/") + "==", k1=rnd(43, ALNUM + "+/") + "=", k2=rnd(43, ALNUM + "+/") + "=",
    salt2=rnd(22, ALNUM + "+/") + "==", k3=rnd(43, ALNUM + "+/") + "=", k4=rnd(43, ALNUM + "+/") + "=")

add("pgpass/postgres-password", "pelnyan/ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass у пользователя backup на app1 (chmod 600!)
# hostname:port:database:username:password
10.30.0.8:5432:pelnyan:pelnyan:@@s@@
localhost:5432:pelnyan_test:pelnyan_test:
# report — только через pass, сюда не пишем
''', pw())

add("yaml/redis-url", "pelnyan/backend/config/celery.yml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# Очередь задач: рассылки, напоминания "пельмени доставлены, оцените"
celery:
  broker_url: "redis://:@@s@@@10.30.0.9:6379/0"
  result_backend: "redis://10.30.0.9:6379/1"
  timezone: Europe/Samara
  beat_schedule:
    remind_feedback:
      task: pelnyan.tasks.remind_feedback
      schedule: 900
''', fakes.redis_password(_seed()))

add("yaml/decoy-redis-no-auth", "pelnyan/backend/config/celery.dev.yml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# локальная разработка: redis в docker без пароля
celery:
  broker_url: "redis://localhost:6379/0"
  result_backend: "redis://localhost:6379/1"
  timezone: Europe/Samara   # Ижевск/Глазов = UTC+4
  task_always_eager: false
  beat_schedule:
    remind_feedback:
      task: pelnyan.tasks.remind_feedback
      schedule: 60
''')

add("python/django-secret-key", "pelnyan/backend/pelnyan/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["pelnyan-glazov.ru", "api.pelnyan-glazov.ru"]

SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "ru"
TIME_ZONE = "Europe/Samara"
CSRF_TRUSTED_ORIGINS = ["https://pelnyan-glazov.ru"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-secret-env", "pelnyan/backend/pelnyan/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# В проде берётся из окружения; для локалки — заведомо небезопасный ключ
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-local-dev-only-change-me")

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "rest_framework", "orders", "couriers", "kitchen",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "pelnyan",
                         "HOST": os.environ.get("DB_HOST", "localhost"),
                         "PASSWORD": os.environ.get("DB_PASSWORD", "")}}
''')

add("python/yookassa-pelnyan", "pelnyan/backend/orders/payments.py", "https://yookassa.ru/developers/api#create_payment", r'''
import uuid

from yookassa import Configuration, Payment

Configuration.configure("401928", "@@s@@")


def pay_link(order) -> str:
    p = Payment.create({
        "amount": {"value": f"{order.total:.2f}", "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://pelnyan-glazov.ru/order/ok"},
        "capture": True,
        "description": f"Пельнянь, заказ {order.number}",
    }, str(uuid.uuid4()))
    return p.confirmation.confirmation_url
''', yookassa())

add("json/decoy-yookassa-webhook-sample", "pelnyan/backend/orders/fixtures/yookassa_succeeded.json", "https://yookassa.ru/developers/using-api/webhooks", r'''
{
  "type": "notification",
  "event": "payment.succeeded",
  "object": {
    "id": "@@pid@@",
    "status": "succeeded",
    "paid": true,
    "amount": {"value": "1240.00", "currency": "RUB"},
    "payment_method": {"type": "bank_card", "id": "@@pid@@", "saved": false,
                       "card": {"first6": "220220", "last4": "4477", "card_type": "Mir"}},
    "description": "Пельнянь, заказ G-20481",
    "recipient": {"account_id": "401928", "gateway_id": "2018327"},
    "test": false
  }
}
''', pid=uuid_s())

add("python/amocrm-long-token", "pelnyan/backend/crm/amo.py", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", r'''
# Оптовые клиенты (столовые, кафе) -> amoCRM
import requests

AMO = "https://pelnyanglazov.amocrm.ru"
TOKEN = "@@s@@"  # долгосрочный токен, до 2027


def add_lead(name: str, price: int):
    return requests.post(f"{AMO}/api/v4/leads", json=[{"name": name, "price": price}],
                         headers={"Authorization": f"Bearer {TOKEN}"}, timeout=15).json()
''', jwt_like('{"aud":"' + fakes.uuid4(9318201) + '","jti":"' + fakes.uuid4(9318202) + '","iat":1727600000,"exp":1822176000,"sub":"11029384","account_id":31928374,"scopes":["crm","notifications"]}'))

add("csv/decoy-orders-export", "pelnyan/exports/orders_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
order_no;date;district;items;kg;total_rub;payment_id;status
G-20471;2026-11-28;Глазов, Циркач;Пельнянь классик;2;980;@@p1@@;succeeded
G-20472;2026-11-28;Глазов, Дзякино;Пельнянь с капустой;1,5;720;@@p2@@;succeeded
G-20473;2026-11-28;Балезино;Вареники, пельнянь;3;1490;@@p3@@;canceled
G-20474;2026-11-29;Глазов, центр;Пельнянь с грибами;1;560;@@p4@@;succeeded
G-20475;2026-11-29;Кожиль;Манты;2;1120;@@p5@@;succeeded
''', p1=uuid_s(), p2=uuid_s(), p3=uuid_s(), p4=uuid_s(), p5=uuid_s())

add("shell-history/psql-password", "pelnyan/ops/history/ramil_bash_history", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
cd /srv/pelnyan
git pull
docker compose ps
docker compose logs -f --tail 100 bot
PGPASSWORD='@@s@@' psql -h 10.30.0.8 -U pelnyan pelnyan -c "select count(*) from orders where created_at > now() - interval '1 day'"
sudo systemctl restart pelnyan-bot
df -h
exit
''', pw())

add("shell-history/decoy-history-prompts", "pelnyan/ops/history/aigul_bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
ssh deploy@app1.pelnyan-glazov.ru
psql -h 10.30.0.8 -U report pelnyan -W
read -s DB_PASSWORD && export DB_PASSWORD
pass show glazov/db-report | head -1 | xclip -sel clip
python manage.py createsuperuser --username aigul
sha256sum backup-2026-11-30.sql.gz
git log --oneline | head
exit
''')

add("systemd/env-telegram-token", "pelnyan/ops/systemd/pelnyan-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Pelnyan Glazov Telegram bot
After=network-online.target postgresql.service

[Service]
User=pelnyan
WorkingDirectory=/srv/pelnyan/bot
Environment=PELNYAN_BOT_TOKEN=@@s@@
Environment=PELNYAN_ADMIN_CHAT_ID=-1002093847561
ExecStart=/srv/pelnyan/venv/bin/python -m bot.main
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', telegram())

add("systemd/decoy-credential-load", "pelnyan/ops/systemd/pelnyan-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH", r'''
[Unit]
Description=Pelnyan API (gunicorn)
After=network-online.target

[Service]
User=pelnyan
WorkingDirectory=/srv/pelnyan/backend
EnvironmentFile=/etc/pelnyan/api.env
LoadCredential=db_password:/etc/pelnyan/creds/db_password
ExecStart=/srv/pelnyan/venv/bin/gunicorn pelnyan.wsgi -b 127.0.0.1:8001 -w 3
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

# ---------------------------------------------------------------- pelnyan: cold store, sensors, kitchen

add("arduino/mqtt-password", "pelnyan/coldstore/firmware/freezer_sensor.ino", "https://pubsubclient.knolleary.net/api", r'''
// Датчик температуры морозильной камеры №2 (шоковая заморозка пельнянь, -35)
#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>
#include "wifi_secrets.h"   // WIFI_SSID / WIFI_PASS, файл в .gitignore

const char* MQTT_HOST = "10.30.0.20";
const char* MQTT_USER = "freezer2";
const char* MQTT_PASS = "@@s@@";

WiFiClient net;
PubSubClient mqtt(net);

void loop() {
  if (!mqtt.connected()) mqtt.connect("freezer2", MQTT_USER, MQTT_PASS);
  // ...
}
''', rnd(20))

add("conf/decoy-mosquitto-passwd", "pelnyan/coldstore/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
freezer1:$7$101$@@s1@@==$@@h1@@==
freezer2:$7$101$@@s2@@==$@@h2@@==
doorsensor:$7$101$@@s3@@==$@@h3@@==
collector:$7$101$@@s5@@==$@@h5@@==
grafana:$7$101$@@s4@@==$@@h4@@==
''', s1=rnd(22, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/"), s2=rnd(22, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/"),
    s3=rnd(22, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/"), s4=rnd(22, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/"),
    s5=rnd(22, ALNUM + "+/"), h5=rnd(86, ALNUM + "+/"))

add("conf/decoy-mosquitto-config", "pelnyan/coldstore/mosquitto/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# MQTT брокер холодильного склада (Глазов, ул. Кирова, цех)
listener 1883 10.30.0.20
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 8883
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
cafile /mosquitto/certs/ca.crt

persistence true
persistence_location /mosquitto/data/
log_dest stdout
''')

add("yaml/home-assistant-secrets", "pelnyan/coldstore/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant на складе — алерты по температуре в Telegram
mqtt_password: @@s@@
telegram_chat_id: -1002093847000
latitude_ceh: 58.1393
longitude_ceh: 52.6580
''', words_pw())

add("yaml/decoy-home-assistant-config", "pelnyan/coldstore/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Пельнянь склад
  latitude: !secret latitude_ceh
  longitude: !secret longitude_ceh
  time_zone: Europe/Samara

mqtt:
  sensor:
    - name: "Морозилка 2"
      state_topic: "coldstore/freezer2/temp"
      unit_of_measurement: "°C"

telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_key
    allowed_chat_ids:
      - !secret telegram_chat_id
''')

add("python/influx-token", "pelnyan/coldstore/collector/write_influx.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
# Сборщик: MQTT -> InfluxDB (графики температуры морозилок)
import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

influx = InfluxDBClient(url="http://10.30.0.21:8086", org="pelnyan",
                        token="@@s@@")
write = influx.write_api(write_options=SYNCHRONOUS)


def on_message(_c, _u, msg):
    freezer = msg.topic.split("/")[1]
    write.write("coldstore", record=Point("temp").tag("freezer", freezer).field("c", float(msg.payload)))
''', fakes.drawn(_seed(), 86, URLSAFE) + "==")

add("ini/grafana-admin-password", "pelnyan/coldstore/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = grafana.pelnyan-glazov.ru
root_url = https://grafana.pelnyan-glazov.ru/

[security]
admin_user = admin
admin_password = @@s@@
disable_gravatar = true

[auth.anonymous]
enabled = false

[users]
default_language = ru-RU
''', words_pw())

add("json/decoy-grafana-dashboard", "pelnyan/coldstore/grafana/dashboards/freezers.json", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/", r'''
{
  "uid": "freezers-glazov",
  "title": "Морозилки (Глазов)",
  "timezone": "Europe/Samara",
  "panels": [
    {
      "type": "timeseries",
      "title": "Температура, °C",
      "datasource": {"type": "influxdb", "uid": "@@ds@@"},
      "targets": [{"query": "from(bucket: \"coldstore\") |> range(start: -24h) |> filter(fn: (r) => r._measurement == \"temp\")"}],
      "fieldConfig": {"defaults": {"thresholds": {"steps": [{"color": "red", "value": -15}]}}}
    }
  ],
  "version": 17
}
''', ds=rnd(14, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("yaml/grafana-datasource-token", "pelnyan/coldstore/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source", r'''
apiVersion: 1
datasources:
  - name: InfluxDB coldstore
    type: influxdb
    access: proxy
    url: http://10.30.0.21:8086
    jsonData:
      version: Flux
      organization: pelnyan
      defaultBucket: coldstore
    secureJsonData:
      token: @@s@@
''', fakes.drawn(_seed(), 86, URLSAFE) + "==")

add("python/slack-webhook-alert", "pelnyan/coldstore/collector/alerts.py", "https://api.slack.com/messaging/webhooks", r'''
# Если морозилка теплее -15 больше 10 минут — орём в Slack (канал #ceh-alerts)
import requests

SLACK = "@@s@@"


def alarm(freezer: str, temp: float):
    text = f":fire: Морозилка {freezer}: {temp:.1f}°C! Пельнянь тает, бегите в цех!"
    requests.post(SLACK, json={"text": text}, timeout=5)
''', slack_webhook())

add("md/decoy-slack-webhook-docs", "pelnyan/coldstore/README.md", "https://api.slack.com/messaging/webhooks", r'''
# Холодильный склад — мониторинг

Датчики (ESP32 + DS18B20) шлют температуру в Mosquitto → collector → InfluxDB → Grafana.

Алерты в Slack `#ceh-alerts`: адрес вебхука в переменной `SLACK_WEBHOOK_URL`
(вида `https://hooks.slack.com/services/T000/B000/XXXX`), на сервере в `/etc/pelnyan/collector.env`.

| Камера | Норма | Тревога |
|--------|-------|---------|
| Шоковая (№2) | −35…−30 | > −25 |
| Хранение (№1, №3) | −20…−18 | > −15 |

Дежурные: Рамиль (будни), Гульнара апай (выходные).
''')

add("ini/decoy-1c-kitchen-odbc", "pelnyan/kitchen/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r'''
[pelnyan]
Description = Пельнянь — учёт сырья (Postgres)
Driver      = PostgreSQL Unicode
Servername  = 10.30.0.8
Port        = 5432
Database    = pelnyan
; Username/Password не храним, Excel спрашивает при подключении
Username    =
Password    =
SSLmode     = require
''')

add("ipynb/postgres-url", "pelnyan/analytics/sales_by_district.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Продажи по районам Глазова (ноябрь)\n", "Сколько кг пельнянь в Циркач, Дзякино и т.д."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql://report:@@s@@@10.30.0.8/pelnyan')\n",
    "df = pd.read_sql('select district, sum(kg) kg from v_sales group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

add("ipynb/decoy-getpass", "pelnyan/analytics/couriers_speed.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Пароль БД: ········\n"]}],
   "source": [
    "from getpass import getpass\n",
    "from sqlalchemy import create_engine\n",
    "pw = getpass('Пароль БД: ')\n",
    "eng = create_engine(f'postgresql://report:{pw}@10.30.0.8/pelnyan')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("txt/note-udmurt-wifi-router", "pelnyan/notes/ceh_zapiski.txt", "https://wiki.mikrotik.com/wiki/Manual:Router_AAA", r'''
Цехын кылбур (заметки по цеху), Рамиль, 2026

Роутер MikroTik в цехе: 192.168.88.1
Логин: admin
Пароль роутера: @@s@@
(Гульнара апай, тӥ вайыса пыриськоды ке — мыным вераське, пароль воштом)

Принтер этикеток Godex — 192.168.88.30, без пароля
Морозилки: см. README в coldstore
''', words_pw())

add("txt/decoy-note-tatar-password-changed", "pelnyan/notes/kassa.txt", "https://www.evotor.ru/", r'''
Касса (Эвотор) — кыскача белешмә / памятка

- Касса пароле үзгәртелде 03.11 (пароль сменили), яңа пароль Гөлнара апада, кәгазьдә.
- ОФД: Такском, договор до 31.12.2027
- ФН меняем в марте (ФН-36)
- Если касса зависла: выключить, 30 сек, включить. Не помогло — звонить Рамилю.
- Смена закрывается автоматически в 23:00.
''')

add("email/smtp-password-forwarded", "pelnyan/notes/mail/pochta-nastroyka.eml", "https://help.mail.ru/mail/mailer/popsmtp", r'''
From: Рамиль <ramil@pelnyan-glazov.ru>
To: Гульнара <gulnara@pelnyan-glazov.ru>
Subject: Почта для рассылки меню
Date: Mon, 16 Nov 2026 10:12:44 +0400
Content-Type: text/plain; charset=utf-8

Гульнара апай, исәнмесез!

Настройки для рассылки меню на неделю:
SMTP: smtp.mail.ru, порт 465, SSL
Логин: menu@pelnyan-glazov.ru
Пароль для внешних приложений: @@s@@

Обычный пароль от ящика не подойдёт, только этот.

Рамиль
''', rnd(20))

add("email/decoy-phishing-report", "pelnyan/notes/mail/fw-podozritelnoe.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Айгуль <aigul@pelnyan-glazov.ru>
To: it@pelnyan-glazov.ru
Subject: Fwd: Ваш аккаунт ЮKassa заблокирован
Date: Tue, 24 Nov 2026 09:03:10 +0400
Content-Type: text/plain; charset=utf-8

Пришло вот это, похоже на развод? Я ничего не нажимала.

---------- Пересылаемое сообщение ----------
От: ЮKassa Support <support@yookassa-secure.top>
Тема: Ваш аккаунт заблокирован
Для разблокировки подтвердите ключ API по ссылке: hxxps://yookassa-secure[.]top/verify?id=401928
---------------------------------------------

Ответ IT: да, фишинг. Ключи никуда не вводим, ключ в ЛК не менялся.
''')

# ---------------------------------------------------------------- garmon workshop: accordion making, tuning app, site

add("go/vk-community-token", "garmon-workshop/vkpost/main.go", "https://dev.vk.com/ru/api/access-token/community-token/in-community-settings", r'''
// Публикация новых гармоней в группу ВК "Ижевская гармонь | Ижкар гармонь"
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

const (
	groupID = "218374650"
	vkToken = "@@s@@"
)

func post(text string) error {
	q := url.Values{"owner_id": {"-" + groupID}, "from_group": {"1"}, "message": {text},
		"access_token": {vkToken}, "v": {"5.199"}}
	_, err := http.PostForm("https://api.vk.com/method/wall.post", q)
	return err
}

func main() { fmt.Println(post("Новая хромка 25x25 готова! Строй — ля минор, меха 14 складок.")) }
''', vk_token())

add("go/decoy-vk-env", "garmon-workshop/vkpost/config.go", "https://dev.vk.com/ru/api/access-token/getting-started", r'''
package main

import "os"

// Токен сообщества берём из окружения (VK_GROUP_TOKEN), его видит только Ильдар.
// group id и версия API — публичные.
type Config struct {
	GroupID string
	Token   string
	APIVer  string
}

func load() Config {
	return Config{GroupID: "218374650", Token: os.Getenv("VK_GROUP_TOKEN"), APIVer: "5.199"}
}
''')

add("csharp/connection-string", "garmon-workshop/TuningStand/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Tuning": "Server=10.20.0.5;Port=3306;Database=garmon_tuning;Uid=tuning;Pwd=@@s@@;SslMode=Preferred"
  },
  "Stand": {
    "ComPort": "COM3",
    "ReferenceA4Hz": 440,
    "Comment": "Стенд настройки голосов: каждая планка, каждый язычок"
  }
}
''', words_pw())

add("csharp/decoy-appsettings-dev", "garmon-workshop/TuningStand/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "ConnectionStrings": {
    "Tuning": "Server=localhost;Port=3306;Database=garmon_tuning_dev;Uid=root;Pwd=;"
  },
  "Stand": {
    "ComPort": "COM5",
    "ReferenceA4Hz": 440,
    "Comment": "Секреты для прода — dotnet user-secrets / переменные среды, не сюда"
  }
}
''')

add("csharp/smtp-credential", "garmon-workshop/TuningStand/Services/ReportMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", r'''
using System.Net;
using System.Net.Mail;

namespace TuningStand.Services;

// Отчёт о настройке гармони (частоты голосов) — клиенту на почту
public static class ReportMailer
{
    public static void Send(string to, string pdfPath)
    {
        using var smtp = new SmtpClient("smtp.yandex.ru", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("master@garmon-izh.ru", "@@s@@"),
        };
        var msg = new MailMessage("master@garmon-izh.ru", to, "Паспорт настройки гармони", "Во вложении.");
        msg.Attachments.Add(new Attachment(pdfPath));
        smtp.Send(msg);
    }
}
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("csv/decoy-tuning-measurements", "garmon-workshop/TuningStand/data/garmon_2026_114.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
instrument;side;button;reed;note;target_hz;measured_hz;cents;checksum
GARM-114;right;1;A;A4;440.00;440.12;+0.5;@@c1@@
GARM-114;right;1;B;A4;441.80;441.75;-0.2;@@c2@@
GARM-114;right;2;A;C5;523.25;523.30;+0.2;@@c3@@
GARM-114;left;1;A;D3;146.83;146.70;-1.5;@@c4@@
GARM-114;left;2;A;G3;196.00;196.02;+0.2;@@c5@@
''', c1=hexs(8), c2=hexs(8), c3=hexs(8), c4=hexs(8), c5=hexs(8))

add("java/maven-settings-password", "garmon-workshop/label-printer/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus мастерской: артефакты печати паспортов гармоней -->
  <servers>
    <server>
      <id>garmon-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>garmon-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.garmon-izh.ru/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw())

add("java/decoy-maven-encrypted", "garmon-workshop/label-printer/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>garmon-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <!-- mvn --encrypt-password, мастер-ключ в settings-security.xml на раннере -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
''', enc=rnd(44, ALNUM + "+/") + "=")

add("java/properties-db-password", "garmon-workshop/label-printer/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r'''
# Печать паспортов и этикеток (гармони, ножи, чехлы)
server.port=8085
spring.datasource.url=jdbc:mysql://10.20.0.5:3306/garmon_shop?useUnicode=true&characterEncoding=utf8
spring.datasource.username=labels
spring.datasource.password=@@s@@
printer.host=192.168.1.40
printer.dpi=300
label.footer=Ижевская гармонь \u00b7 Сделано в Удмуртии
''', words_pw())

add("java/decoy-properties-placeholder", "garmon-workshop/label-printer/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring.datasource.url=jdbc:mysql://${DB_HOST:10.20.0.5}:3306/garmon_shop
spring.datasource.username=${DB_USER:labels}
spring.datasource.password=${DB_PASSWORD}
printer.host=${PRINTER_HOST:192.168.1.40}
management.endpoints.web.exposure.include=health,info
''')

add("ruby/telegram-bot-token", "garmon-workshop/scripts/remind_masters.rb", "https://github.com/atipugin/telegram-bot-ruby", r'''
# Напоминалка мастерам: кого ждёт заказчик на этой неделе
require 'telegram/bot'
require 'date'

TOKEN = '@@s@@'
CHAT  = -1001823746512

orders = File.readlines('due.txt', chomp: true)
Telegram::Bot::Client.run(TOKEN) do |bot|
  bot.api.send_message(chat_id: CHAT, text: "На неделе сдаём (#{Date.today}):\n" + orders.join("\n"))
end
''', telegram())

add("powershell/decoy-securestring", "garmon-workshop/scripts/backup_1c.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Резервная копия базы 1С (бухгалтерия мастерской) на NAS
$ErrorActionPreference = "Stop"
$cred = Import-Clixml -Path "$env:USERPROFILE\nas-cred.xml"   # сохранено через Get-Credential | Export-Clixml
$date = Get-Date -Format "yyyy-MM-dd"
New-PSDrive -Name N -PSProvider FileSystem -Root "\\nas.garmon\backup" -Credential $cred | Out-Null
& "C:\Program Files\1cv8\8.3.24.1467\bin\1cv8.exe" DESIGNER /F "D:\1C\Buh" /DumpIB "N:\1c\buh_$date.dt"
Remove-PSDrive N
Write-Host "Готово: buh_$date.dt"
''')

add("powershell/nas-password", "garmon-workshop/scripts/map_nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive", r'''
# Подключить NAS на компьютере в цехе (Windows 10, "ЦЕХ-2")
$user = "nas\master"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\nas.garmon\ceh" -Credential $cred -Persist
Write-Host "Диск Z: подключен"
''', words_pw())

add("bat/ftp-password", "garmon-workshop/scripts/upload_photos.bat", "https://winscp.net/eng/docs/scripting", r'''
@echo off
rem Выгрузка фото гармоней на хостинг (старый сайт ещё на FTP)
chcp 65001 >nul
"C:\Program Files (x86)\WinSCP\WinSCP.com" /command ^
  "open ftp://garmonizh:@@s@@@ftp.garmon-izh.ru/" ^
  "cd /public_html/upload/photos" ^
  "synchronize remote D:\Foto\Garmoni" ^
  "exit"
pause
''', rnd(12, ALNUM))

add("netrc/nexus-password", "garmon-workshop/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine nexus.garmon-izh.ru
  login ildar
  password @@s@@
machine git.garmon-izh.ru
  login ildar
''', pw())

add("npmrc/npm-token", "garmon-workshop/site-widgets/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# виджеты сайта: слайдер гармоней, маска телефона
@garmon:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
''', npm_tok())

add("npmrc/decoy-npm-env", "garmon-workshop/site-widgets/.npmrc.ci", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# для CI: токен приходит из переменной NPM_TOKEN (GitHub secrets)
@garmon:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
''')

add("json/decoy-package-lock-integrity", "garmon-workshop/site-widgets/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "@garmon/site-widgets",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/swiper": {
      "version": "11.1.4",
      "resolved": "https://registry.npmjs.org/swiper/-/swiper-11.1.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/imask": {
      "version": "7.6.1",
      "resolved": "https://registry.npmjs.org/imask/-/imask-7.6.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("github-actions/docker-pat", "garmon-workshop/site-widgets/.github/workflows/release.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: release
on:
  push:
    tags: ["v*"]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Docker Hub login
        run: echo "@@s@@" | docker login -u garmonizh --password-stdin
      - run: docker build -t garmonizh/site-widgets:${GITHUB_REF_NAME} .
      - run: docker push garmonizh/site-widgets:${GITHUB_REF_NAME}
''', docker_pat())

add("github-actions/decoy-secrets-context", "garmon-workshop/site-widgets/.github/workflows/npm.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: publish
on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
''')

add("python/sendgrid-key", "garmon-workshop/newsletter/send.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
# Рассылка "Новые гармони месяца" зарубежным покупателям (Германия, Финляндия, Казахстан)
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@s@@")

def send(to, html):
    sg.send(Mail(from_email="export@garmon-izh.ru", to_emails=to,
                 subject="Izhevsk accordions: new in stock", html_content=html))
''', sendgrid())

add("python/stripe-export-shop", "garmon-workshop/export-shop/stripe_checkout.py", "https://docs.stripe.com/keys", r'''
# Экспортный магазин (accordions.garmon-izh.com) — Stripe через казахстанское ИП
import stripe

stripe.api_key = "@@s@@"

def session(item):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "eur", "unit_amount": item.price_eur * 100,
                                    "product_data": {"name": item.title_en}}, "quantity": 1}],
        success_url="https://accordions.garmon-izh.com/thanks",
        cancel_url="https://accordions.garmon-izh.com/cart",
    )
''', stripe())

add("js/decoy-stripe-publishable", "garmon-workshop/export-shop/static/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Publishable key — публичный, для Stripe.js в браузере. Secret key только на сервере!
const stripe = Stripe("pk_live_@@pk@@");

document.querySelector("#buy").addEventListener("click", async () => {
  const res = await fetch("/create-session", { method: "POST" });
  const { id } = await res.json();
  await stripe.redirectToCheckout({ sessionId: id });
});
''', pk=mixed(99))

add("rust/decoy-hash-constants", "garmon-workshop/firmware-updater/src/manifest.rs", "https://doc.rust-lang.org/std/", r'''
//! Прошивки для электронного тюнера (встроенного в концертные гармони).
//! SHA-256 образов — чтобы не залить битый файл.

pub struct Image {
    pub version: &'static str,
    pub sha256: &'static str,
}

pub const IMAGES: &[Image] = &[
    Image { version: "1.2.0", sha256: "@@h1@@" },
    Image { version: "1.3.1", sha256: "@@h2@@" },
    Image { version: "1.4.0", sha256: "@@h3@@" },
];
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("rust/ota-signing-key", "garmon-workshop/firmware-updater/src/sign.rs", "https://docs.rs/ed25519-dalek/latest/ed25519_dalek/", r'''
use ed25519_dalek::{Signer, SigningKey};
use base64::{engine::general_purpose::STANDARD, Engine};

// ключ подписи прошивок тюнера. TODO: вынести в HSM / хотя бы в файл вне репы
const SIGNING_KEY_B64: &str = "@@s@@";

pub fn sign(image: &[u8]) -> Vec<u8> {
    let raw: [u8; 32] = STANDARD.decode(SIGNING_KEY_B64).unwrap().try_into().unwrap();
    SigningKey::from_bytes(&raw).sign(image).to_bytes().to_vec()
}
''', wg_key())

# ---------------------------------------------------------------- garmon-izh.ru: hunting gear, delivery, marketing

add("python/cdek-client-secret", "garmon-shop/delivery/cdek.py", "https://api-docs.cdek.ru/29923849.html", r'''
"""СДЭК: расчёт доставки гармоней (хрупкое! коробка 60x40x40) и охотничьих товаров."""
import requests

CDEK_ACCOUNT = "Kx2mP9qLr4TnVw7sYb3dEf8gHj5kAc1Z"
CDEK_SECURE = "@@s@@"


def token() -> str:
    r = requests.post("https://api.cdek.ru/v2/oauth/token", data={
        "grant_type": "client_credentials", "client_id": CDEK_ACCOUNT, "client_secret": CDEK_SECURE,
    }, timeout=10)
    return r.json()["access_token"]
''', mixed(32))

add("php/pochta-authorization-key", "garmon-shop/local/lib/Delivery/Pochta.php", "https://otpravka.pochta.ru/specification#/authorization-token", r'''
<?php
// Почта России, API отправки: посылки в сёла Удмуртии, куда СДЭК не возит
namespace Garmon\Delivery;

class Pochta
{
    private const AUTH_KEY = '@@s@@';   // base64(login:password) от ЛК otpravka.pochta.ru

    public static function headers(): array
    {
        return [
            'Authorization: AccessToken ' . getenv('POCHTA_ACCESS_TOKEN'),
            'X-User-Authorization: Basic ' . self::AUTH_KEY,
            'Content-Type: application/json;charset=UTF-8',
        ];
    }
}
''', b64("zakaz@garmon-izh.ru:" + words_pw()))

add("yaml/robokassa-passwords", "garmon-shop/config/robokassa.yaml", "https://docs.robokassa.ru/pay-interface/", r'''
# Робокасса — запасной эквайринг (для охотничьего отдела, где ЮKassa капризничает с ножами)
robokassa:
  merchant_login: garmon-izh
  password1: "@@s@@"
  password2: ${ROBOKASSA_PASSWORD2}
  is_test: 0
  hash_algo: sha256
  culture: ru
''', mixed(20))

add("yaml/decoy-robokassa-test", "garmon-shop/config/robokassa.test.yaml", "https://docs.robokassa.ru/testing-mode/", r'''
# Тестовый режим Робокассы. Тестовые пароли отдельные, реальные деньги не проходят,
# но и их сюда не пишем — берутся из CI.
robokassa:
  merchant_login: garmon-izh
  password1: ${ROBOKASSA_TEST_PASSWORD1}
  password2: ${ROBOKASSA_TEST_PASSWORD2}
  is_test: 1
  hash_algo: sha256
''')

add("python/avito-client-secret", "garmon-shop/integrations/avito_sync.py", "https://developers.avito.ru/api-catalog/auth/documentation", r'''
# Авито: б/у гармони и баяны принимаем на комиссию, объявления из админки
import requests

CLIENT_ID = "mK3nP8qR2sT5vW9x"
CLIENT_SECRET = "@@s@@"


def access_token():
    return requests.post("https://api.avito.ru/token", data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }).json()["access_token"]
''', mixed(40))

add("python/openai-key", "garmon-shop/tools/describe_products.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
# Черновики описаний для карточек (ножи, ягдташи, манки на утку). Потом правит Артём руками!
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Напиши описание товара для охотничьего магазина в Ижевске, 3 абзаца, без воды: {name}"

def describe(name: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "user", "content": PROMPT.format(name=name)}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/gigachat-auth-key", "garmon-shop/tools/gigachat_titles.py", "https://developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-token", r'''
# Заголовки для Ozon через GigaChat (русский язык лучше понимает, говорят)
import uuid
import requests

AUTH_KEY = "@@s@@"  # Authorization key из личного кабинета Studio

def token():
    r = requests.post("https://ngw.devices.sberbank.ru:9443/api/v2/oauth",
                      headers={"Authorization": f"Basic {AUTH_KEY}", "RqUID": str(uuid.uuid4())},
                      data={"scope": "GIGACHAT_API_PERS"}, verify=False)
    return r.json()["access_token"]
''', b64(uuid_s() + ":" + uuid_s()))

add("env/yandexgpt-api-key", "garmon-shop/tools/.env", "https://yandex.cloud/ru/docs/foundation-models/api-ref/authentication", r'''
# тексты для карточек: сначала YandexGPT, если плохо — GigaChat
YANDEXGPT_FOLDER=b1gk2l3m4n5o6p7q8r9s
YANDEXGPT_API_KEY=@@s@@
YANDEXGPT_MODEL=yandexgpt-lite
YANDEXGPT_TEMPERATURE=0.4
MAX_TOKENS=800
''', yc_api_key())

add("json/decoy-metrika-counter", "garmon-shop/resources/js/metrika.json", "https://yandex.ru/support/metrica/code/counter-initialize.html", r'''
{
  "counter": 91827364,
  "options": {
    "clickmap": true,
    "trackLinks": true,
    "accurateTrackBounce": true,
    "webvisor": true,
    "ecommerce": "dataLayer"
  },
  "goals": ["garmon_order", "knife_cart", "callback_form"],
  "note": "номер счётчика публичный, он всё равно виден в коде страницы"
}
''')

add("python/yandex-direct-token", "garmon-shop/marketing/direct_report.py", "https://yandex.ru/dev/direct/doc/ru/concepts/auth-token", r'''
# Отчёт по Директу: сколько стоит клик по "купить гармонь в Ижевске"
import requests

TOKEN = "@@s@@"
LOGIN = "garmon-izh-direct"

body = {"params": {"SelectionCriteria": {}, "FieldNames": ["CampaignName", "Clicks", "Cost"],
                   "ReportName": "weekly", "ReportType": "CAMPAIGN_PERFORMANCE_REPORT",
                   "DateRangeType": "LAST_7_DAYS", "Format": "TSV", "IncludeVAT": "YES"}}
r = requests.post("https://api.direct.yandex.com/json/v5/reports", json=body,
                  headers={"Authorization": f"Bearer {TOKEN}", "Client-Login": LOGIN, "Accept-Language": "ru"})
print(r.text)
''', yandex_oauth())

add("php/unisender-api-key", "garmon-shop/local/lib/Mail/Unisender.php", "https://www.unisender.com/ru/support/api/common/bulk-email/", r'''
<?php
// Подписка на рассылку "Сезон охоты открыт" и "Новые гармони"
namespace Garmon\Mail;

class Unisender
{
    const API_KEY = '@@s@@';
    const LIST_ID = 14;

    public static function subscribe(string $email, string $name): void
    {
        $q = http_build_query(['format' => 'json', 'api_key' => self::API_KEY, 'list_ids' => self::LIST_ID,
            'fields[email]' => $email, 'fields[Name]' => $name, 'double_optin' => 3]);
        file_get_contents('https://api.unisender.com/ru/api/subscribe?' . $q);
    }
}
''', rnd(40, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("php/decoy-unisender-getenv", "garmon-shop/local/lib/Mail/UnisenderClient.php", "https://www.unisender.com/ru/support/api/common/api-key/", r'''
<?php
namespace Garmon\Mail;

final class UnisenderClient
{
    private string $apiKey;

    public function __construct()
    {
        // ключ в /home/bitrix/.garmon.env, см. docs/secrets.md
        $this->apiKey = getenv('UNISENDER_API_KEY') ?: throw new \RuntimeException('UNISENDER_API_KEY не задан');
    }

    public function lists(): array
    {
        return json_decode(file_get_contents('https://api.unisender.com/ru/api/getLists?format=json&api_key=' . $this->apiKey), true);
    }
}
''')

add("python/zadarma-secret", "garmon-shop/telephony/callback.py", "https://zadarma.com/ru/support/api/", r'''
# Обратный звонок с сайта (Zadarma): "Перезвоните мне про гармонь"
import os

from zadarma import api

KEY = os.environ.get("ZADARMA_KEY", "")
SECRET = "@@s@@"
z = api.ZadarmaAPI(key=KEY, secret=SECRET)


def callback(phone: str):
    return z.call("/v1/request/callback/", {"from": "101", "to": phone})
''', hexs(20))

add("xml/decoy-sitemap", "garmon-shop/public/sitemap.xml", "https://www.sitemaps.org/protocol.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://garmon-izh.ru/</loc><changefreq>daily</changefreq></url>
  <url><loc>https://garmon-izh.ru/catalog/garmoni/khromka/</loc></url>
  <url><loc>https://garmon-izh.ru/catalog/ohota/nozhi/?PAGEN_1=@@t@@</loc></url>
  <url><loc>https://garmon-izh.ru/catalog/ohota/manki/</loc></url>
  <url><loc>https://garmon-izh.ru/masterskaya/remont-garmoney/</loc></url>
</urlset>
''', t=rnd(1, "23456789"))

add("html/decoy-yandex-verification", "garmon-shop/public/yandex_7f3a9c2e1b8d4f60.html", "https://yandex.ru/support/webmaster/service/rights.html", r'''
<html>
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body>Verification: 7f3a9c2e1b8d4f60</body>
</html>
''')

add("html/decoy-google-site-verification", "garmon-shop/templates/head.html", "https://support.google.com/webmasters/answer/9008080", r'''
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="google-site-verification" content="@@v@@">
<meta name="yandex-verification" content="7f3a9c2e1b8d4f60">
<title>Ижевская гармонь — гармони ручной работы и товары для охоты</title>
<meta name="description" content="Хромки, тальянки, ремонт гармоней. Ножи, ягдташи, манки. Ижевск, Глазов.">
<link rel="stylesheet" href="/css/app.css?v=@@h@@">
''', v=rnd(43, URLSAFE), h=hexs(8))

add("html/yandex-maps-key-backend", "garmon-shop/templates/contacts.html", "https://yandex.ru/dev/jsapi30/doc/ru/", r'''
<!-- Контакты: мастерская в Ижевске и пункт в Глазове -->
<section class="contacts">
  <h1>Как нас найти</h1>
  <p>Ижевск, ул. Коммунаров, 200 (мастерская, вход со двора)</p>
  <p>Глазов, ул. Кирова, 15 (пункт выдачи, вместе с «Пельнянь»)</p>
  <div id="map" style="height:400px"></div>
</section>
<script>
  // ключ Геосаджеста/Маршрутизации, НЕ JS API — Артём, поменяй на ключ с ограничением по HTTP Referer
  window.ROUTER_KEY = "@@s@@";
</script>
''', uuid_s())

add("conf/sentry-dsn", "garmon-shop/config/sentry.php", "https://docs.sentry.io/platforms/php/guides/laravel/", r'''
<?php

return [
    // Ошибки магазина -> Sentry (self-hosted не подняли, пока облако)
    'dsn' => '@@s@@',
    'release' => trim(exec('git rev-parse --short HEAD')),
    'environment' => 'production',
    'traces_sample_rate' => 0.1,
    'send_default_pii' => false,
];
''', sentry_dsn())

add("csv/decoy-hunting-catalog", "garmon-shop/import/ohota_catalog.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
sku;name;brand;price_rub;barcode;supplier_guid
KN-IZH-01;Нож охотничий "Кама", сталь 95х18;Ижевск Кустарь;4800;4607012345670;@@g1@@
KN-IZH-02;Нож "Чепца", дамаск;Ижевск Кустарь;12500;4607012345687;@@g2@@
YAG-01;Ягдташ кожаный;Вотк. кожа;3900;4607012345694;@@g3@@
MAN-UT-03;Манок на утку, духовой;Манки Удмуртии;650;4607012345700;@@g4@@
PAT-12;Патронташ на 24 патрона, 12 кал.;Ижевск Кустарь;2100;4607012345717;@@g5@@
''', g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s(), g5=uuid_s())

add("log/bitrix-error-db-password", "garmon-shop/logs/php_error.log", "https://www.php.net/manual/en/pdo.connections.php", r'''
[30-Nov-2026 02:14:07 Europe/Samara] PHP Warning:  Undefined array key "model" in /var/www/garmon/local/lib/Crm/LeadSender.php on line 14
[30-Nov-2026 02:15:51 Europe/Samara] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'garmon'@'10.20.0.7' (using password: YES) in /var/www/garmon/local/lib/Db.php:22
Stack trace:
#0 /var/www/garmon/local/lib/Db.php(22): PDO->__construct('mysql:host=10.2...', 'garmon', '@@s@@', Array)
#1 /var/www/garmon/local/php_interface/init.php(9): Garmon\Db::get()
#2 {main}
  thrown in /var/www/garmon/local/lib/Db.php on line 22
[30-Nov-2026 02:16:03 Europe/Samara] PHP Notice:  Only variables should be passed by reference in /var/www/garmon/bitrix/modules/main/lib/loader.php on line 211
''', words_pw())

add("log/decoy-nginx-access", "garmon-shop/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
95.79.14.201 - - [30/Nov/2026:10:02:11 +0400] "GET /catalog/garmoni/khromka/ HTTP/2.0" 200 48211 "https://yandex.ru/" "Mozilla/5.0"
95.79.14.201 - - [30/Nov/2026:10:02:13 +0400] "GET /bitrix/js/main/core/core.js?1700000000 HTTP/2.0" 200 91832 "-" "Mozilla/5.0"
178.204.7.33 - - [30/Nov/2026:10:03:40 +0400] "POST /order/confirm?yclid=@@s1@@ HTTP/2.0" 302 0 "-" "Mozilla/5.0"
178.204.7.33 - - [30/Nov/2026:10:03:41 +0400] "GET /spasibo?orderId=@@o@@ HTTP/2.0" 200 7211 "-" "Mozilla/5.0"
5.167.201.9 - - [30/Nov/2026:10:05:02 +0400] "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31"
''', s1=rnd(19, "0123456789"), o=uuid_s())

# ---------------------------------------------------------------- pelnyan: delivery ops, chats, notes

add("chat/telegram-export-db-password", "pelnyan/notes/chat/it_chat_export.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Пельнянь IT",
 "type": "private_supergroup",
 "id": 2093847561,
 "messages": [
  {"id": 5501, "type": "message", "date": "2026-11-20T21:14:02", "from": "Рамиль",
   "text": "Айгуль, сервер переехал, новая БД на 10.30.0.8"},
  {"id": 5502, "type": "message", "date": "2026-11-20T21:15:40", "from": "Айгуль",
   "text": "а пароль тот же?"},
  {"id": 5503, "type": "message", "date": "2026-11-20T21:16:12", "from": "Рамиль",
   "text": "нет, новый: pelnyan / @@s@@ , потом удали сообщение"},
  {"id": 5504, "type": "message", "date": "2026-11-20T21:16:30", "from": "Айгуль",
   "text": "Рәхмәт! 👍"}
 ]
}
''', pw())

add("chat/decoy-telegram-export-rotated", "pelnyan/notes/chat/it_chat_export_dec.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Пельнянь IT",
 "type": "private_supergroup",
 "id": 2093847561,
 "messages": [
  {"id": 5610, "type": "message", "date": "2026-12-01T09:02:11", "from": "Рамиль",
   "text": "Токен бота перевыпустил через @BotFather (/revoke), старый больше не работает"},
  {"id": 5611, "type": "message", "date": "2026-12-01T09:03:05", "from": "Рамиль",
   "text": "новый положил в Vaultwarden → «Пельнянь / Боты», в чат не кидаю"},
  {"id": 5612, "type": "message", "date": "2026-12-01T09:05:47", "from": "Гульнара",
   "text": "Тау, молодец. Заказы идут?"},
  {"id": 5613, "type": "message", "date": "2026-12-01T09:06:02", "from": "Рамиль",
   "text": "идут, 14 заказов с утра 🥟"}
 ]
}
''')

add("txt/courier-instructions-frontpad", "pelnyan/notes/frontpad.txt", "https://frontpad.ru/api/", r'''
FRONTPAD — заказы с сайта падают в Frontpad (кухня видит на планшете)

API: https://app.frontpad.ru/api/index.php?new_order
secret = @@s@@
Точка: Глазов, Кирова 15
Товары связаны по артикулу (PEL-KL-1 = пельнянь классик 1 кг и т.д.)

Если заказ не пришёл — смотреть лог /srv/pelnyan/logs/frontpad.log
''', mixed(40))

add("python/decoy-frontpad-keyring", "pelnyan/backend/integrations/frontpad.py", "https://frontpad.ru/api/", r'''
"""Передача заказов в Frontpad. Секрет — в keyring на сервере (secret-tool), не в коде."""
import keyring
import requests

API = "https://app.frontpad.ru/api/index.php"


def new_order(order):
    secret = keyring.get_password("frontpad", "pelnyan-glazov")
    data = {"secret": secret, "name": order.name, "phone": order.phone, "street": order.street,
            "home": order.house, "descr": order.comment}
    for i, item in enumerate(order.items):
        data[f"product[{i}]"] = item.sku
        data[f"product_kol[{i}]"] = item.qty
    return requests.post(API + "?new_order", data=data, timeout=15).json()
''')

add("python/evotor-token", "pelnyan/backend/integrations/evotor.py", "https://developer.evotor.ru/docs/rest_overview.html", r'''
# Эвотор: остатки и продажи с кассы в точке (Глазов, Кирова 15)
import requests

EVOTOR_TOKEN = "@@s@@"
STORE = "20190517-8B4A-40E2-80D2-6C1F3E2A9B10"


def receipts(since):
    return requests.get(f"https://api.evotor.ru/stores/{STORE}/documents",
                        params={"since": since, "type": "SELL"},
                        headers={"X-Authorization": EVOTOR_TOKEN}).json()
''', uuid_s())

add("yaml/atol-online-password", "pelnyan/backend/config/fiscal.yml", "https://online.atol.ru/lib/", r'''
# Онлайн-касса для интернет-заказов (АТОЛ Онлайн, ФФД 1.2)
atol:
  login: pelnyan-glazov-ru
  password: @@s@@
  group_code: group_code_48213
  inn: "183709123456"
  payment_address: https://pelnyan-glazov.ru
  sno: usn_income
''', rnd(14, ALNUM))

add("yaml/decoy-fiscal-test-creds", "pelnyan/backend/config/fiscal.test.yml", "https://online.atol.ru/lib/", r'''
# Тестовая среда АТОЛ (публичные тестовые доступы из документации, чеки никуда не идут)
atol:
  url: https://testonline.atol.ru/possystem/v5/
  login: v5-online-atol-ru
  password: ${ATOL_TEST_PASSWORD}
  group_code: v5-online-atol-ru_5179
  inn: "5544332219"
  payment_address: https://v5.online.atol.ru
''')

add("kubeconfig/client-key", "pelnyan/ops/kube/config-glazov", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @@ca@@
    server: https://84.201.150.12:6443
  name: pelnyan-k3s
contexts:
- context: {cluster: pelnyan-k3s, user: ramil}
  name: pelnyan
current-context: pelnyan
users:
- name: ramil
  user:
    client-certificate-data: @@crt@@
    client-key-data: @@enc@@
''', (lambda k: k)(fakes.fake_pem(9318301, "EC")), ca=b64("-----BEGIN CERTIFICATE-----\n" + rnd(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"),
    crt=b64("-----BEGIN CERTIFICATE-----\n" + rnd(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"),
    enc=b64(fakes.fake_pem(9318301, "EC") + "\n"))

add("kubeconfig/decoy-exec-plugin", "pelnyan/ops/kube/config-yc", "https://yandex.cloud/ru/docs/managed-kubernetes/operations/connect/create-static-conf", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @@ca@@
    server: https://158.160.44.12
  name: yc-garmon
contexts:
- context: {cluster: yc-garmon, user: yc-garmon}
  name: yc-garmon
current-context: yc-garmon
users:
- name: yc-garmon
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: yc
      args: [k8s, create-token, --profile=default]
''', ca=b64("-----BEGIN CERTIFICATE-----\n" + rnd(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("json/docker-config-auth", "pelnyan/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
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
''', b64("token:" + mixed(32)))

add("json/decoy-docker-credstore", "pelnyan/ops/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"cr.selcloud.ru": {},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "desktop",
	"currentContext": "desktop-linux"
}
''')

add("conf/wireguard-private-key", "pelnyan/ops/wg/wg-ceh.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN цех Глазов <-> сервер (чтобы датчики и касса ходили во внутреннюю сеть)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
DNS = 10.99.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = 84.201.150.12:51820
AllowedIPs = 10.30.0.0/24, 10.99.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-server-publics", "pelnyan/ops/wg/peers.md", "https://www.wireguard.com/quickstart/", r'''
# Пиры WireGuard (только ПУБЛИЧНЫЕ ключи; приватные остаются на устройствах)

| Устройство | Адрес | PublicKey |
|---|---|---|
| сервер app1 | 10.99.0.1 | `@@p1@@` |
| цех (MikroTik) | 10.99.0.2 | `@@p2@@` |
| ноутбук Рамиля | 10.99.0.3 | `@@p3@@` |
| ноутбук Айгуль | 10.99.0.4 | `@@p4@@` |

Новый пир: `wg genkey | tee priv | wg pubkey`, в таблицу — только pubkey.
''', p1=wg_key(), p2=wg_key(), p3=wg_key(), p4=wg_key())

add("conf/rclone-s3-secret", "pelnyan/ops/backup/rclone.conf", "https://rclone.org/s3/#selectel", r'''
[selectel]
type = s3
provider = Selectel
access_key_id = @@kid@@
secret_access_key = @@s@@
region = ru-1
endpoint = s3.ru-1.storage.selcloud.ru

[yadisk]
type = yandex
token = {"access_token":"","token_type":"OAuth","expiry":"0001-01-01T00:00:00Z"}
''', hexs(32), kid=hexs(32))

add("conf/decoy-rclone-obscured-note", "pelnyan/ops/backup/README.md", "https://rclone.org/docs/#configuration-encryption", r'''
# Бэкапы Пельнянь

- Что: дамп Postgres (`pg_dump -Fc`), фото меню, конфиги.
- Куда: Selectel S3 (`selectel:pelnyan-backup`), копия на Яндекс.Диск.
- Когда: каждую ночь в 03:30 (cron у пользователя `backup`).

Конфиг rclone зашифрован (`rclone config` → `s) Set configuration password`).
Пароль от конфига — у Гульнары апай и у Рамиля, в гит и в чат не класть.

Проверка последнего бэкапа: `rclone lsl selectel:pelnyan-backup | tail -3`
''')

add("shell/pg-dump-cron", "pelnyan/ops/backup/backup.sh", "https://www.postgresql.org/docs/current/app-pgdump.html", r'''
#!/bin/bash
# бэкап пельнянь (cron 30 3 * * *)
set -e
export PGPASSWORD="@@s@@"
D=$(date +%F)
pg_dump -h 10.30.0.8 -U pelnyan -Fc pelnyan > /backup/pelnyan-$D.dump
rclone copy /backup/pelnyan-$D.dump selectel:pelnyan-backup/
find /backup -name 'pelnyan-*.dump' -mtime +7 -delete
''', pw())

add("crontab/decoy-crontab", "pelnyan/ops/backup/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
MAILTO=ramil@pelnyan-glazov.ru
30 3 * * * /srv/pelnyan/ops/backup/backup.sh >> /var/log/pelnyan-backup.log 2>&1
*/5 * * * * /srv/pelnyan/venv/bin/python -m collector.watchdog
0 9 * * 1 /srv/pelnyan/venv/bin/python /srv/pelnyan/backend/reports/weekly.py --to gulnara@pelnyan-glazov.ru
# токены/пароли — из /etc/pelnyan/*.env, здесь ничего
''')

add("helm/values-rabbitmq-password", "pelnyan/ops/helm/rabbitmq-values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/rabbitmq#rabbitmq-parameters", r'''
# RabbitMQ для заказов (сайт -> кухня -> курьеры)
auth:
  username: pelnyan
  password: "@@s@@"
  erlangCookie: ""
persistence:
  size: 4Gi
resources:
  requests: {cpu: 100m, memory: 256Mi}
''', words_pw())

add("helm/decoy-values-existing-secret", "pelnyan/ops/helm/postgres-values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters", r'''
auth:
  username: pelnyan
  database: pelnyan
  existingSecret: pelnyan-pg
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password
primary:
  persistence:
    size: 20Gi
  extendedConfiguration: |
    timezone = 'Europe/Samara'
    max_connections = 100
''')

add("python/amqp-url", "pelnyan/backend/kitchen/consumer.py", "https://pika.readthedocs.io/en/stable/examples/using_urlparameters.html", r'''
# Кухонный планшет: новые заказы из очереди "kitchen"
import json
import pika

params = pika.URLParameters("amqp://kitchen:@@s@@@10.30.0.10:5672/pelnyan")
conn = pika.BlockingConnection(params)
ch = conn.channel()
ch.queue_declare(queue="kitchen", durable=True)


def on_order(chx, method, _props, body):
    order = json.loads(body)
    print(f"Варить: {order['number']} — " + ", ".join(f"{i['name']} x{i['qty']}" for i in order["items"]))
    chx.basic_ack(method.delivery_tag)


ch.basic_consume("kitchen", on_order)
ch.start_consuming()
''', rnd(18))

add("yaml/mongo-uri", "pelnyan/backend/config/reviews.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
# Отзывы клиентов (оценки курьеров и пельнянь)
reviews:
  mongo_uri: "mongodb://reviews:@@s@@@10.30.0.11:27017/reviews?authSource=admin"
  collection: reviews
  moderate_words: ["мат", "реклама"]
''', mixed(22))

add("xml/clickhouse-password", "pelnyan/analytics/clickhouse/users.d/analyst.xml", "https://clickhouse.com/docs/en/operations/settings/settings-users", r'''
<clickhouse>
  <users>
    <analyst>
      <!-- Динара: аналитика заказов по дням недели и погоде -->
      <password>@@s@@</password>
      <networks><ip>10.30.0.0/24</ip></networks>
      <profile>readonly</profile>
      <quota>default</quota>
    </analyst>
  </users>
</clickhouse>
''', words_pw())

add("xml/decoy-clickhouse-sha256", "pelnyan/analytics/clickhouse/users.d/loader.xml", "https://clickhouse.com/docs/en/operations/settings/settings-users#password_sha256_hex", r'''
<clickhouse>
  <users>
    <loader>
      <password_sha256_hex>@@h@@</password_sha256_hex>
      <networks><ip>10.30.0.8</ip></networks>
      <profile>default</profile>
    </loader>
  </users>
</clickhouse>
''', h=hexs(64))

# ---------------------------------------------------------------- both teams: dev tools, IDE, api clients

add("vscode/sqltools-password", "garmon-shop/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "php.validate.executablePath": "/usr/bin/php8.1",
  "sqltools.connections": [
    {
      "name": "garmon prod (осторожно!)",
      "driver": "MySQL",
      "server": "10.20.0.5",
      "port": 3306,
      "database": "garmon_shop",
      "username": "garmon",
      "password": "@@s@@"
    }
  ],
  "cSpell.language": "en,ru"
}
''', words_pw())

add("vscode/decoy-sqltools-ask", "pelnyan/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "python.defaultInterpreterPath": "${workspaceFolder}/venv/bin/python",
  "sqltools.connections": [
    {
      "name": "pelnyan (report)",
      "driver": "PostgreSQL",
      "server": "10.30.0.8",
      "port": 5432,
      "database": "pelnyan",
      "username": "report",
      "askForPassword": true
    }
  ],
  "files.exclude": {"**/__pycache__": true}
}
''')

add("jetbrains/decoy-datasources", "garmon-shop/.idea/dataSources.xml", "https://www.jetbrains.com/help/datagrip/managing-data-sources.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="garmon_shop@10.20.0.5" uuid="@@u@@">
      <driver-ref>mysql.8</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>
      <jdbc-url>jdbc:mysql://10.20.0.5:3306/garmon_shop</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''', u=uuid_s())

add("http/bearer-token", "pelnyan/backend/requests/api.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", r'''
### Список заказов за сегодня (админ)
GET https://api.pelnyan-glazov.ru/v1/admin/orders?date=today
Authorization: Bearer @@s@@
Accept: application/json

### Статус курьера
GET https://api.pelnyan-glazov.ru/v1/couriers/17/status
Authorization: Bearer {{courier_token}}
''', jwt_like('{"sub":"admin:aigul","role":"admin","iat":1764547200,"exp":1796083200}'))

add("http/decoy-http-env-vars", "pelnyan/backend/requests/http-client.env.json", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", r'''
{
  "dev": {
    "host": "http://localhost:8001",
    "courier_token": "dev-courier-token-not-real"
  },
  "prod": {
    "host": "https://api.pelnyan-glazov.ru",
    "courier_token": "{{$env.PELNYAN_COURIER_TOKEN}}"
  }
}
''')

add("postman/api-key-header", "garmon-shop/docs/postman/ozon.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#api-key", r'''
{
  "info": {"name": "Ozon Seller (гармони)", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {
      "name": "Остатки",
      "request": {
        "method": "POST",
        "header": [
          {"key": "Client-Id", "value": "1487263"},
          {"key": "Api-Key", "value": "@@s@@"}
        ],
        "url": "https://api-seller.ozon.ru/v4/product/info/stocks",
        "body": {"mode": "raw", "raw": "{\"filter\": {\"visibility\": \"ALL\"}, \"limit\": 100}"}
      }
    }
  ]
}
''', uuid_s())

add("php/laravel-app-key", "garmon-shop/.env.backup", "https://laravel.com/docs/encryption#configuration", r'''
APP_NAME="Ижевская гармонь"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://garmon-izh.ru
LOG_CHANNEL=daily
''', wg_key())

add("php/wordpress-salts", "garmon-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
<?php
// Блог мастерской: "Как делают гармонь", истории гармонистов Удмуртии
define( 'DB_NAME', 'garmon_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'WP_DEBUG', false );
$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "garmon-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
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
require_once ABSPATH . 'wp-settings.php';
''')

add("js/express-session-secret", "pelnyan/admin-panel/server.js", "https://expressjs.com/en/resources/middleware/session.html", r'''
// Админка Пельнянь: меню, цены, стоп-лист (кончилась капуста — убрать пельнянь с капустой)
const express = require("express");
const session = require("express-session");

const app = express();
app.use(session({
  secret: "@@s@@",
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 8 * 3600 * 1000 },
}));

app.use("/menu", require("./routes/menu"));
app.listen(3000, () => console.log("админка на :3000"));
''', mixed(48))

add("js/jwt-secret", "pelnyan/admin-panel/auth.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r'''
const jwt = require("jsonwebtoken");

// Токены курьеров (вход по СМС коду). TODO: ротация, сейчас один общий секрет
const JWT_SECRET = "@@s@@";

exports.issue = (courier) =>
  jwt.sign({ sub: `courier:${courier.id}`, name: courier.name }, JWT_SECRET, { expiresIn: "12h" });

exports.verify = (token) => jwt.verify(token, JWT_SECRET);
''', hexs(64))

add("js/decoy-jwt-public-key", "pelnyan/admin-panel/jwks.js", "https://datatracker.ietf.org/doc/html/rfc7517", r'''
// Публичный ключ для проверки токенов (JWKS) — отдаётся всем на /.well-known/jwks.json
module.exports = {
  keys: [
    {
      kty: "RSA",
      use: "sig",
      alg: "RS256",
      kid: "pelnyan-2026-11",
      n: "@@n@@",
      e: "AQAB",
    },
  ],
};
''', n=rnd(342, URLSAFE))

add("toml/github-pat", "garmon-workshop/tools/release.toml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
# Выпуск прошивки тюнера на GitHub Releases
[github]
owner = "garmon-izh"
repo = "tuner-firmware"
token = "@@s@@"

[build]
target = "thumbv7em-none-eabihf"
artifacts = ["target/tuner.bin", "target/tuner.sha256"]
''', fakes.github_token(_seed()))

add("toml/decoy-cargo-config", "garmon-workshop/firmware-updater/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", r'''
[build]
target = "thumbv7em-none-eabihf"

[target.thumbv7em-none-eabihf]
runner = "probe-rs run --chip STM32F411CEUx"
rustflags = ["-C", "link-arg=-Tlink.x"]

[registries.garmon]
index = "sparse+https://nexus.garmon-izh.ru/repository/cargo/"
# токен: cargo login --registry garmon (хранится в ~/.cargo/credentials.toml, не здесь)
''')

add("toml/gitlab-runner-token", "garmon-infra/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html#the-runners-section", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "izh-ceh-runner"
  url = "https://git.garmon-izh.ru/"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = true
    volumes = ["/cache"]
''', mixed(20, "glrt-"))

add("hcl/vault-token", "garmon-infra/terraform/vault.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", r'''
provider "vault" {
  address = "https://vault.garmon-izh.ru:8200"
  # root токен после init, потом отзовём (Ильдар, 14.05)
  token = "@@s@@"
}

resource "vault_kv_secret_v2" "yookassa" {
  mount = "kv"
  name  = "shop/yookassa"
  data_json = jsonencode({ shop_id = "312874", secret_key = var.yookassa_secret })
}
''', vault_tok())

add("hcl/decoy-tfvars-example", "garmon-infra/terraform/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# Скопировать в terraform.tfvars (он в .gitignore)
yc_cloud_id     = "b1g8q3k2m4n5p6r7s8t9"
yc_folder_id    = "b1gk2l3m4n5o6p7q8r9s"
yookassa_secret = "live_..."
db_password     = "CHANGE_ME"
ssh_public_key  = "ssh-ed25519 AAAA... ildar@garmon-izh"
''')

add("hcl/selectel-tfvars-password", "pelnyan/ops/terraform/terraform.tfvars", "https://registry.terraform.io/providers/selectel/selectel/latest/docs", r'''
# Селектел: сервер Пельнянь (Москва ru-1, ближе Глазова ничего нет :)
selectel_domain_name = "218374"
selectel_username    = "terraform"
selectel_password    = "@@s@@"
project_id           = "@@pid@@"
region               = "ru-1"
server_flavor        = "SL1.2-4096"
''', words_pw(), pid=hexs(32))

add("txt/age-secret-key", "pelnyan/ops/sops/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# ключ sops для секретов Пельнянь (Рамиль). Копия — в сейфе у Гульнары апай на флешке.
# НЕ КОММИТИТЬ (но вот...)
# created: 2026-06-02T11:20:15+04:00
# public key: age1@@pub@@
@@s@@
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-encrypted", "pelnyan/ops/sops/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
bot_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@pub@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-20T17:20:11Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.1
''', d1=rnd(24, ALNUM + "+/") + "=", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(62, ALNUM + "+/") + "=", iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=rnd(64, ALNUM + "+/"), m=rnd(64, ALNUM + "+/"))

add("pem/rsa-private-key-in-md", "garmon-infra/docs/ssl-old.md", "https://www.rfc-editor.org/rfc/rfc7468", r'''
# Старый сертификат (Сектиго, до переезда на Let's Encrypt)

Продлевали через reg.ru, ключ генерили на сервере. На всякий случай сохраняю сюда:

```
@@s@@
```

CSR и сам сертификат — в /etc/ssl/garmon/ на web1.
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate-chain", "garmon-infra/docs/ca-chain.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
# Корневой сертификат Минцифры (для Сбера и госуслуг) — публичный
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
-----END CERTIFICATE-----
''', c1=rnd(64, ALNUM + "+/"), c2=rnd(64, ALNUM + "+/"), c3=rnd(64, ALNUM + "+/"), c4=rnd(40, ALNUM + "+/") + "==")

add("pem/dkim-private-key", "garmon-infra/mail/dkim/mail.private", "https://www.rfc-editor.org/rfc/rfc6376", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("dns/decoy-dkim-public", "garmon-infra/mail/dkim/mail.txt", "https://www.rfc-editor.org/rfc/rfc6376#section-3.6.1", r'''
; DKIM для garmon-izh.ru — публичная часть, добавить TXT в DNS reg.ru
mail._domainkey	IN	TXT	( "v=DKIM1; h=sha256; k=rsa; "
	  "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@"
	  "@@p2@@IDAQAB" )  ; ----- DKIM key mail for garmon-izh.ru
; SPF и DMARC уже есть:
; @      TXT "v=spf1 include:_spf.yandex.net ~all"
; _dmarc TXT "v=DMARC1; p=none; rua=mailto:postmaster@garmon-izh.ru"
''', p1=rnd(200, ALNUM + "+/"), p2=rnd(150, ALNUM + "+/"))

# ---------------------------------------------------------------- more carriers: notes, configs, shells

add("txt/note-udmurt-router-mikrotik", "garmon-workshop/notes/ceh_router.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", r'''
# 2026-10-11 by RouterOS 7.15.3
# Цех Ижевск (гармонной цехын сеть), экспорт с паролями, Ильдар
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="@@s@@"
/ip address
add address=192.168.1.1/24 interface=bridge network=192.168.1.0
/ip dhcp-server network
add address=192.168.1.0/24 dns-server=192.168.1.1 gateway=192.168.1.1
/system identity
set name=garmon-ceh
''', words_pw())

add("conf/redis-requirepass", "pelnyan/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# Redis для очереди рассылок и корзин
bind 10.30.0.9 127.0.0.1
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
''', fakes.redis_password(_seed()))

add("conf/mysql-my-cnf", "garmon-infra/ansible/files/root.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# ~/.my.cnf для root на db1 (чтобы скрипты бэкапа не спрашивали пароль)
[client]
user=root
password="@@s@@"
host=localhost

[mysqldump]
single-transaction
''', pw())

add("conf/decoy-my-cnf-login-path", "garmon-infra/ansible/files/backup.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/mysql-config-editor.html", r'''
# Бэкапы: учётка в ~/.mylogin.cnf (mysql_config_editor set --login-path=backup -u backup -p),
# пароль в этом файле не хранится.
[mysqldump]
single-transaction
quick
max_allowed_packet=256M

[client]
default-character-set=utf8mb4
''')

add("git-config/remote-url-token", "garmon-workshop/tuner-firmware/.git-config-copy", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://oauth2:@@s@@@git.garmon-izh.ru/workshop/tuner-firmware.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', gitlab())

add("pip/pip-conf-index-password", "pelnyan/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
# /etc/pip.conf на app1: пакеты через Nexus мастерской в Ижевске
[global]
index-url = https://pelnyan:@@s@@@nexus.garmon-izh.ru/repository/pypi-group/simple
timeout = 30
trusted-host = nexus.garmon-izh.ru
disable-pip-version-check = true
''', rnd(16))

add("json/composer-auth", "garmon-shop/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    }
}
''', hexs(60))

add("md/readme-tatar-docker-run", "pelnyan/admin-panel/README.md", "https://docs.docker.com/reference/cli/docker/container/run/#env", r'''
# Пельнянь админка

Бу админка меню һәм бәяләр өчен (меню и цены). Җыю / запуск:

```bash
docker build -t pelnyan-admin .
docker run -d --name admin -p 3000:3000 \
  -e DATABASE_URL=postgres://admin:@@s@@@10.30.0.8:5432/pelnyan \
  -e NODE_ENV=production \
  pelnyan-admin
```

Сораулар булса — Айгульга языгыз (вопросы — Айгуль).
''', words_pw())

add("md/decoy-readme-udmurt", "pelnyan/bot/README.md", "https://core.telegram.org/bots/features#botfather", r'''
# Пельнянь бот

Удмурт пельнянь тыр-тыр! Бот заказ кабыл карыны / бот принимает заказы.

## Запуск

1. `python -m venv venv && . venv/bin/activate && pip install -r requirements.txt`
2. `cp .env.sample .env` и вписать токен от @BotFather (`PELNYAN_BOT_TOKEN=...`)
3. `python -m bot.main`

Токен выглядит как `1234567890:AA...` — никогда не коммитим, не кидаем в чат.
Тестовый бот: @pelnyan_test_bot (токен у Айгуль).
''')

add("swift/plist-api-key", "pelnyan/ios-courier/PelnyanCourier/Secrets.plist", "https://yandex.ru/dev/mapkit/doc/ru/ios/generated/getting_started", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>YandexMapKitKey</key>
	<string>@@s@@</string>
	<key>ApiBase</key>
	<string>https://api.pelnyan-glazov.ru/v1</string>
</dict>
</plist>
''', uuid_s())

add("swift/decoy-info-plist", "pelnyan/ios-courier/PelnyanCourier/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Пельнянь Курьер</string>
	<key>CFBundleIdentifier</key>
	<string>ru.pelnyanglazov.courier</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Чтобы клиент видел, где его пельмени</string>
	<key>YandexMapKitKey</key>
	<string>$(YANDEX_MAPKIT_KEY)</string>
</dict>
</plist>
''')

add("python/vk-teams-bot", "garmon-shop/bots/vkteams_notify.py", "https://teams.vk.com/botapi/", r'''
# Дублируем уведомления о заказах в VK Teams (бухгалтерия сидит там, а не в Telegram)
from bot.bot import Bot

TOKEN = "@@s@@"
bot = Bot(token=TOKEN, api_url_base="https://api.internal.myteam.mail.ru/bot/v1")


def notify(text: str):
    bot.send_text(chat_id="buh@garmon-izh.ru", text=text)
''', f"001.{_rng().randint(10**9, 10**10 - 1)}.{_rng().randint(10**9, 10**10 - 1)}:{_rng().randint(10**8, 10**9 - 1)}")

add("python/pachca-token", "pelnyan/backend/integrations/pachca.py", "https://crm.pachca.com/dev/getting-started/authorization/", r'''
# Пачка: чат кухни, сюда падают стоп-листы
import requests

PACHCA_TOKEN = "@@s@@"
CHAT_ID = 4182736


def stoplist(items):
    text = "⛔ Стоп-лист: " + ", ".join(items)
    requests.post("https://api.pachca.com/api/shared/v1/messages",
                  json={"message": {"entity_id": CHAT_ID, "content": text}},
                  headers={"Authorization": f"Bearer {PACHCA_TOKEN}"})
''', fakes.drawn(_seed(), 43, URLSAFE))

add("python/tochka-bank-jwt", "garmon-shop/integrations/tochka_sbp.py", "https://developers.tochka.com/docs/tochka-api/", r'''
# СБП QR через банк Точка (для покупателей на выставках и ярмарках — Гербер, Сабантуй)
import requests

TOCHKA_JWT = "@@s@@"
MERCHANT = "MF0000123456"

def qr(amount_rub: int, purpose: str):
    return requests.post(f"https://enter.tochka.com/uapi/sbp/v1.0/qr-code/merchant/{MERCHANT}/40802810900000012345",
                         json={"Data": {"amount": amount_rub * 100, "currency": "RUB", "paymentPurpose": purpose,
                                        "qrcType": "02"}},
                         headers={"Authorization": f"Bearer {TOCHKA_JWT}"}).json()
''', jwt_like('{"iss":"' + fakes.uuid4(9318401) + '","sub":"garmon-izh","customer_code":"300123456","exp":1830297600}'))

add("yaml/discord-webhook", "garmon-workshop/community/announce.yml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
# Анонсы для сообщества гармонистов (Discord-сервер "Гармонь ӧтьёс"), GitHub Actions подхватывает
announce:
  discord_webhook: "@@s@@"
  template: |
    🪗 Новый выпуск: {title}
    Сыграл: {player} (Глазов)
    Ссылка: {url}
''', discord_webhook())

add("python/google-maps-key", "garmon-shop/tools/dealers_map.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", r'''
# Карта дилеров за рубежом (Германия, Финляндия, Казахстан, Татарстан тоже тут)
import googlemaps

gmaps = googlemaps.Client(key="@@s@@")

DEALERS = ["Kazan, Baumana 12", "Berlin, Oranienstr. 5", "Helsinki, Mannerheimintie 20"]
for d in DEALERS:
    loc = gmaps.geocode(d)[0]["geometry"]["location"]
    print(d, loc["lat"], loc["lng"])
''', google_api())

add("ini/aws-credentials", "garmon-workshop/export-shop/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = eu-central-1
# S3 с фото для экспортного магазина (через партнёра в Алматы)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "garmon-workshop/export-shop/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile export]
sso_session = garmon
sso_account_id = 481273645120
sso_role_name = ExportShopDeveloper
region = eu-central-1

[sso-session garmon]
sso_start_url = https://garmon-export.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access
''')

add("conf/openvpn-static-key", "garmon-infra/vpn/ta.key", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
@@s@@
-----END OpenVPN Static key V1-----
''', "\n".join(hexs(32) for _ in range(16)))

add("ansible/zabbix-psk", "garmon-infra/ansible/roles/zabbix_agent/tasks/main.yml", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys", r'''
---
- name: Установить zabbix-agent
  ansible.builtin.apt:
    name: zabbix-agent
    state: present

- name: PSK агента (один на все сервера магазина, потом разнесём)
  ansible.builtin.copy:
    dest: /etc/zabbix/zabbix_agentd.psk
    content: "@@s@@\n"
    owner: zabbix
    mode: "0600"
  notify: restart zabbix-agent
''', hexs(64))

add("conf/decoy-zabbix-agent", "garmon-infra/zabbix/zabbix_agentd.conf", "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_agentd", r'''
# Zabbix агент на web1 (мониторинг магазина)
Server=10.20.0.50
ServerActive=10.20.0.50
Hostname=web1.garmon-izh.ru
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=web1-garmon
TLSPSKFile=/etc/zabbix/zabbix_agentd.psk
UserParameter=garmon.orders.today,/usr/local/bin/orders_today.sh
''')

add("php/nextcloud-config", "garmon-infra/nextcloud/config.php", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/config_sample_php_parameters.html", r'''
<?php
$CONFIG = array (
  'instanceid' => 'oc8k2m4n6p8r',
  'trusted_domains' => array (0 => 'cloud.garmon-izh.ru'),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'mysql',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '@@s@@',
  'default_language' => 'ru',
  'installed' => true,
);
''', rnd(30, ALNUM + "+/"))

add("pgp/private-key-block", "garmon-infra/keys/buh-1c-exchange.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: Бухгалтерия — обмен выписками с банком

@@s@@
-----END PGP PRIVATE KEY BLOCK-----
''', "\n".join(rnd(64, ALNUM + "+/") for _ in range(10)) + "\n=" + rnd(4, ALNUM + "+/"))

add("go/tinkoff-terminal-password", "pelnyan/payments-go/tinkoff.go", "https://www.tbank.ru/kassa/dev/payments/#section/Podpis-zaprosa", r'''
// Оплата пельнянь через Т-Банк (эквайринг). Token = sha256 от отсортированных значений + Password.
package payments

const (
	TerminalKey = "1711293847561"
	Password    = "@@s@@"
	InitURL     = "https://securepay.tinkoff.ru/v2/Init"
)

type InitReq struct {
	TerminalKey string `json:"TerminalKey"`
	Amount      int64  `json:"Amount"`
	OrderId     string `json:"OrderId"`
	Description string `json:"Description"`
	Token       string `json:"Token"`
}
''', rnd(16, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("shell-history/curl-basic-auth", "garmon-infra/history/ildar_zsh_history", "https://curl.se/docs/manpage.html#-u", r'''
: 1764400012:0;cd ~/garmon-infra
: 1764400020:0;git status
: 1764400101:0;curl -u admin:@@s@@ https://nexus.garmon-izh.ru/service/rest/v1/repositories
: 1764400133:0;kubectl -n garmon get pods
: 1764400190:0;yc managed-mysql cluster list
: 1764400201:0;exit
''', words_pw())

add("env/minio-root-password", "pelnyan/ops/minio/minio.env", "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html", r'''
# MinIO для фото меню и чеков (локальный S3 на складе)
MINIO_ROOT_USER=pelnyan-admin
MINIO_ROOT_PASSWORD=@@s@@
MINIO_VOLUMES="/mnt/data"
MINIO_OPTS="--console-address :9001"
MINIO_SERVER_URL=https://s3.pelnyan-glazov.ru
''', mixed(32))

add("python/yandex360-oauth", "garmon-infra/scripts/y360_users.py", "https://yandex.ru/dev/api360/doc/ru/concepts/access", r'''
# Яндекс 360: создать ящик для нового мастера (Ижевск) или курьера (Глазов)
import secrets
import sys

import requests

ORG_ID = 7281934
OAUTH = "@@s@@"

login, first, last = sys.argv[1:4]
r = requests.post(f"https://api360.yandex.net/directory/v1/org/{ORG_ID}/users",
                  headers={"Authorization": f"OAuth {OAUTH}"},
                  json={"nickname": login, "name": {"first": first, "last": last}, "password": secrets.token_urlsafe(12),
                        "isEnabled": True})
print(r.status_code, r.json().get("id"), "— временный пароль сообщить лично, сменит при входе")
''', yandex_oauth())

add("csv/courier-app-passwords", "pelnyan/notes/couriers_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
courier;phone;app_login;app_password;district;comment
Наиль;+7 912 000-11-22;nail;@@s@@;Глазов центр;на своей машине
Денис;+7 912 000-33-44;denis;ждём СМС-код;Циркач, Дзякино;велосипед летом
Марина;+7 912 000-55-66;marina;выдаст Рамиль;Балезино;по пятницам
Ильнур;+7 912 000-77-88;ilnur;ждём СМС-код;Глазов, Кожиль;с 1 декабря
''', words_pw())

add("txt/note-udmurt-vk-token", "garmon-workshop/notes/smm.txt", "https://dev.vk.com/ru/api/access-token/getting-started", r'''
SMM, гармонь группа (Артём)

ВКонтакте группа: vk.com/garmon_izh (218374650)
Ключ доступа сообщества (права: стена, фото, сообщения):
@@s@@

Пост нуналэ (по дням): вт — мастерская, чт — охота, сб — видео гармонистов
Удмурт кылын но гожтыны! (писать и по-удмуртски)
''', vk_token())

add("docker-compose/telegram-env", "pelnyan/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r'''
services:
  bot:
    build: ./bot
    restart: unless-stopped
    environment:
      PELNYAN_BOT_TOKEN: "@@s@@"
      PELNYAN_ADMIN_CHAT_ID: "-1002093847561"
      PELNYAN_DB_DSN: postgresql+asyncpg://pelnyan@db:5432/pelnyan
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes: ["pg:/var/lib/postgresql/data"]
volumes:
  pg:
''', telegram())

add("yaml/slack-bot-token", "garmon-infra/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: slack-ops
  group_wait: 30s
receivers:
  - name: slack-ops
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@s@@
        channel: "#garmon-ops"
        title: "{{ .CommonLabels.alertname }}"
        text: "Магазин: {{ .CommonAnnotations.summary }}"
''', slack_bot())

add("yaml/decoy-prometheus-file-ref", "garmon-infra/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: shop
    static_configs:
      - targets: ["web1.garmon-izh.ru:9100"]
  - job_name: pelnyan
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/pelnyan_basic_pw
    static_configs:
      - targets: ["app1.pelnyan-glazov.ru:9100", "cold1.pelnyan-glazov.ru:9100"]
''')

add("python/mango-office-key", "pelnyan/backend/integrations/mango.py", "https://www.mango-office.ru/support/integratsiya_api/api_dlya_razrabotchikov/", r'''
# Манго Офис: запись звонков операторов (заказы по телефону 5-20-20)
import hashlib
import json
import os

import requests

VPBX_API_KEY = os.environ["MANGO_VPBX_KEY"]
VPBX_API_SALT = "@@s@@"


def call(cmd: str, payload: dict):
    js = json.dumps(payload)
    sign = hashlib.sha256((VPBX_API_KEY + js + VPBX_API_SALT).encode()).hexdigest()
    return requests.post(f"https://app.mango-office.ru/vpbx/{cmd}",
                         data={"vpbx_api_key": VPBX_API_KEY, "sign": sign, "json": js}).json()
''', rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("json/decoy-vscode-launch", "pelnyan/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Бот (локально)",
      "type": "debugpy",
      "request": "launch",
      "module": "bot.main",
      "envFile": "${workspaceFolder}/bot/.env",
      "env": {"PELNYAN_ADMIN_CHAT_ID": "-1002093847561", "PYTHONUTF8": "1"}
    }
  ]
}
''')

add("env/yc-static-key-pelnyan", "pelnyan/ops/backup/yc-s3.env", "https://yandex.cloud/ru/docs/storage/tools/aws-cli", r'''
# копия бэкапов ещё и в Yandex Object Storage (вдруг Селектел ляжет)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
AWS_ENDPOINT_URL=https://storage.yandexcloud.net
BUCKET=pelnyan-backup-yc
''', yc_static_secret(), kid=yc_static_id())
