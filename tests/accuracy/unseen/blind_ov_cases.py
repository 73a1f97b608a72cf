"""Blind set OV: a Nalchik mineral-water bottler and an Elbrus ski-lift pass app.

The bottler (ООО «Тэрч Псы», Нальчик: bottling line PLCs, Честный ЗНАК marking, 1C, dealer
portal, delivery routes to Pyatigorsk and Vladikavkaz) and the ski-lift pass app (Минги Тау Пасс,
Тырныауз/Терскол: turnstiles at Azau and Cheget, mobile app, payments, snow-cam site), with
notes and comments in Russian, Kabardian (адыгэбзэ) and Balkar (малкъар тил), mixed with English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 9340000-9349999).
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
LOWER = string.ascii_lowercase
SEED_LO, SEED_HI = 9340000, 9349999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Elbrus", "Cheget", "Azau", "Baksan", "Nalchik", "Terskol", "Psy", "Tau", "Suu", "Narzan",
         "Kuban", "Terek", "Mingi", "Chegem", "Kogutai", "Bashil", "Adyr", "Tyrnyauz", "Garabashi", "Itkol"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*_.") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def yookassa() -> str:
    return "live_" + fakes.drawn(_seed(), 43, ALNUM + "-_")


def yandex_oauth() -> str:
    return "y0_AgAAAA" + fakes.drawn(_seed(), 50, ALNUM + "-_")


def yc_key_id() -> str:
    return "YCAJE" + rnd(20, ALNUM + "_-")


def yc_secret() -> str:
    return "YCM" + fakes.drawn(_seed(), 37, ALNUM + "_-")


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, ALNUM + "_-")


def yc_iam() -> str:
    return "t1.9euelZq" + fakes.drawn(_seed(), 150, ALNUM + "-_") + "." + fakes.drawn(_seed(), 86, ALNUM + "-_")


def vk_token() -> str:
    return "vk1.a." + fakes.drawn(_seed(), 214, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def bitrix_webhook() -> str:
    r = _rng()
    return f"https://terchpsy.bitrix24.ru/rest/{r.randint(1, 40)}/" + "".join(r.choice(LOWER + "0123456789") for _ in range(16)) + "/"


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def app_pw() -> str:
    """Yandex/Mail.ru application password: 16 lowercase letters."""
    return rnd(16, LOWER)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pkcs8_pem() -> str:
    """An unencrypted PKCS#8 key block, as Google service accounts and Apple .p8 files hold."""
    r = _rng()
    first = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + "".join(r.choice(ALNUM + "+/") for _ in range(32))
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN PRIVATE KEY-----\n" + first + "\n" + body + "\n-----END PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-ov/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- bottler: dealer portal and payments

add("python/yookassa-secret", "terch/portal/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
"""Оплата заказов дилеров через ЮKassa. Дилерхэм я заказхэм пщIэ."""
from yookassa import Configuration, Payment

# TODO(Азамат): вынести в .env, пока так для стенда
Configuration.account_id = "318204"
Configuration.secret_key = "@@s@@"


def create_payment(order):
    return Payment.create({
        "amount": {"value": str(order.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://dealer.terchpsy.ru/orders"},
        "capture": True,
        "description": f"Заказ №{order.number} (вода «Тэрч», 1.5 л)",
    })
''', yookassa())

add("python/decoy-yookassa-env", "terch/portal/payments/settings.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
import os

# Ключи ЮKassa берём только из окружения (Vault -> env на проде).
YOOKASSA_SHOP_ID = os.environ["YOOKASSA_SHOP_ID"]
YOOKASSA_SECRET_KEY = os.environ["YOOKASSA_SECRET_KEY"]
YOOKASSA_RETURN_URL = os.getenv("YOOKASSA_RETURN_URL", "https://dealer.terchpsy.ru/orders")
# тестовый магазин: shop_id 318204, ключ test_… — в 1Password «Тэрч / ЮKassa test»
''')

add("env/tinkoff-terminal-password", "terch/portal/.env.production", "https://www.tinkoff.ru/kassa/dev/payments/", r'''
# Дилерский портал «Тэрч Псы» — production
APP_ENV=production
APP_URL=https://dealer.terchpsy.ru
DB_HOST=10.20.0.14
DB_NAME=dealer_portal
DB_USER=portal
TINKOFF_TERMINAL_KEY=1691507714286
TINKOFF_PASSWORD=@@s@@
TINKOFF_NOTIFY_URL=https://dealer.terchpsy.ru/api/tinkoff/notify
''', rnd(16, LOWER + "0123456789"))

add("env/decoy-example", "terch/portal/.env.example", "https://www.tinkoff.ru/kassa/dev/payments/", r'''
# Скопируй в .env и заполни. Реальные значения — у Азамата или в Vault (secret/terch/portal).
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_NAME=dealer_portal
DB_USER=portal
DB_PASSWORD=
TINKOFF_TERMINAL_KEY=1691507714286DEMO
TINKOFF_PASSWORD=<пароль терминала из ЛК Тинькофф>
YOOKASSA_SECRET_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
''')

add("php/cloudpayments-api-secret", "terch/shop/config/cloudpayments.php", "https://developers.cloudpayments.ru/#api", r'''
<?php
// Интернет-магазин воды с доставкой по Нальчику (CloudPayments)
return [
    'public_id'  => 'pk_9c1e8a0f2b7d4e6a1c3b5d7f9e0a2c4b',
    'api_secret' => '@@s@@',
    'currency'   => 'RUB',
    'culture'    => 'ru-RU',
    'skin'       => 'mini',
];
''', hexs(32))

add("php/decoy-cloudpayments-public-id", "terch/shop/resources/views/checkout.blade.php", "https://developers.cloudpayments.ru/#ustanovka-vidzheta", r'''
<script src="https://widget.cloudpayments.ru/bundles/cloudpayments.js"></script>
<script>
  // Public ID — публичный, его можно светить во фронте. API secret только на бэкенде.
  var widget = new cp.CloudPayments();
  widget.pay('charge', {
      publicId: 'pk_9c1e8a0f2b7d4e6a1c3b5d7f9e0a2c4b',
      description: 'Вода «Тэрч» 19 л, доставка',
      amount: {{ $order->total }},
      currency: 'RUB',
      invoiceId: '{{ $order->id }}',
  });
</script>
''')

add("yaml/atol-online-password", "terch/fiscal/atol.yml", "https://online.atol.ru/files/API_atol_online_v4.pdf", r'''
# АТОЛ Онлайн — чеки по 54-ФЗ для интернет-магазина
atol:
  api_url: https://online.atol.ru/possystem/v4/
  group_code: terchpsy-ru_4821
  login: terchpsy-ru
  password: "@@s@@"
  company:
    inn: "0721034567"
    sno: osn
    payment_address: "https://shop.terchpsy.ru"
''', rnd(12, ALNUM))

add("json/chestny-znak-token", "terch/marking/suz_config.json", "https://xn--80ajghhoc2aj1c8b.xn--p1ai/business/projects/water/", r'''
{
  "_comment": "СУЗ Честный ЗНАК, линия розлива №2 (вода питьевая, 0.5/1.5/5 л)",
  "omsUrl": "https://suzgrid.crpt.ru/api/v2/",
  "omsId": "7a1d9c4e-3b22-4f0a-9e61-5c8d2f7b1a03",
  "clientToken": "@@s@@",
  "productGroup": "water",
  "connectionId": "line-2-nalchik",
  "printer": { "host": "10.20.3.41", "port": 9100, "model": "Zebra ZT411" }
}
''', uuid_s())

add("json/decoy-chestny-znak-gtin", "terch/marking/products.json", "https://xn--80ajghhoc2aj1c8b.xn--p1ai/business/projects/water/", r'''
{
  "products": [
    {"gtin": "04607012345678", "name": "Вода минеральная «Тэрч» газ. 0.5 л", "tnved": "2201101100"},
    {"gtin": "04607012345685", "name": "Вода минеральная «Тэрч» газ. 1.5 л", "tnved": "2201101100"},
    {"gtin": "04607012345692", "name": "Вода питьевая «Псыхуабэ» 5 л", "tnved": "2201901100"},
    {"gtin": "04607012345708", "name": "Вода питьевая «Псыхуабэ» 19 л", "tnved": "2201901100"}
  ],
  "inn": "0721034567",
  "note": "GTIN публичные, печатаются на этикетке; токен СУЗ — в Vault"
}
''')

add("python/1c-basic-auth", "terch/integrations/onec_sync.py", "https://its.1c.ru/db/v8321doc#bookmark:dev:TI000001564", r'''
"""Выгрузка остатков из 1С:УТ в дилерский портал (HTTP-сервис)."""
import requests

ONEC_URL = "http://1c.terch.local/UT11/hs/portal/stock"
# пользователь «Портал» в 1С, права только на чтение остатков
ONEC_AUTH = ("Портал", "@@s@@")


def fetch_stock(warehouse="Склад Нальчик"):
    r = requests.get(ONEC_URL, params={"warehouse": warehouse}, auth=ONEC_AUTH, timeout=30)
    r.raise_for_status()
    return r.json()["items"]
''', words_pw())

add("xml/decoy-1c-publication", "terch/integrations/default.vrd", "https://its.1c.ru/db/v8321doc#bookmark:adm:TI000000286", r'''
<?xml version="1.0" encoding="UTF-8"?>
<point xmlns="http://v8.1c.ru/8.2/virtual-resource-system"
       xmlns:xs="http://www.w3.org/2001/XMLSchema"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       base="/UT11"
       ib="Srvr=&quot;1c.terch.local&quot;;Ref=&quot;ut11_terch&quot;;">
  <ws pointEnableCommon="true"/>
  <httpServices publishByDefault="true"/>
  <!-- учётка для HTTP-сервиса задаётся в самой 1С, не здесь -->
</point>
''')

add("yaml/dadata-api-key", "terch/portal/config/dadata.yaml", "https://dadata.ru/api/suggest/address/", r'''
# DaData: подсказки адресов доставки (КБР, Ставрополье, Северная Осетия)
dadata:
  token: "@@s@@"
  suggest_url: https://suggestions.dadata.ru/suggestions/api/4_1/rs/suggest/address
  locations:
    - region: "Кабардино-Балкарская"
    - region: "Ставропольский"
    - region: "Северная Осетия - Алания"
''', hexs(40))

add("ini/mail-ru-smtp", "terch/portal/mail.ini", "https://help.mail.ru/mail/security/protection/external", r'''
; Письма дилерам: счета, накладные, акты сверки
[smtp]
host = smtp.mail.ru
port = 465
ssl = true
user = sales@terchpsy.ru
; пароль для внешнего приложения (не основной!)
password = @@s@@
from = Тэрч Псы — отдел продаж <sales@terchpsy.ru>
''', app_pw())

add("python/decoy-password-hash", "terch/portal/fixtures/users.py", "https://docs.djangoproject.com/en/4.2/topics/auth/passwords/", r'''
# Фикстуры для локальной разработки портала. Пароли — хэши Django (pbkdf2), не сами пароли.
USERS = [
    {"username": "azamat", "email": "a.kodzokov@terchpsy.ru", "is_staff": True,
     "password": "pbkdf2_sha256$600000$Yt3kQw1nR0pLm2Vx$Q0vQk8pX0m5c7hC1bQ9vJ2m3rTn8Wz1yK4eF6uS5aLg="},
    {"username": "dealer_pyatigorsk", "email": "opt@kmv-voda.ru", "is_staff": False,
     "password": "pbkdf2_sha256$600000$h7Gk2LmQ9pZx3cVb$8bR1sT2uV3wX4yZ5a6B7c8D9e0F1g2H3i4J5k6L7m8N="},
]
''')

add("sql/postgres-role", "terch/portal/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Роль для Metabase (отчёты продаж по регионам)
-- Залина: пароль потом сменим, пока так
CREATE ROLE metabase_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE dealer_portal TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
''', fakes.password(_seed()))

add("sql/decoy-scram", "terch/portal/migrations/0008_rotate_metabase.sql", "https://www.postgresql.org/docs/current/auth-password.html", r'''
-- Ротация пароля metabase_ro (после утечки в 0007). Значение — SCRAM-хэш, сам пароль в Vault.
ALTER ROLE metabase_ro PASSWORD 'SCRAM-SHA-256$4096:c2FsdHNhbHRzYWx0MTI=$k3mXvQ2bN8pL1wR5tY7uI9oP0aS4dF6gH8jK1lZ3xC5=:Vb7nM2qW4eR6tY8uI0oP1aS3dF5gH7jK9lZ2xC4vB6n=';
-- старый пароль из 0007 отозван 14.03
COMMENT ON ROLE metabase_ro IS 'Metabase, только чтение';
SELECT 1;
''')

add("properties/clickhouse-jdbc", "terch/analytics/metabase-clickhouse.properties", "https://clickhouse.com/docs/en/integrations/java/jdbc-driver", r'''
# Продажи + телеметрия линий розлива в ClickHouse (Yandex Managed)
jdbc.url=jdbc:clickhouse://rc1a-8k2m1q0v7xw3p5t9.mdb.yandexcloud.net:8443/terch_sales?ssl=true
jdbc.user=metabase
jdbc.password=@@s@@
jdbc.socket_timeout=60000
jdbc.compress=true
''', fakes.password(_seed()))

add("yaml/decoy-lockbox-ref", "terch/analytics/values.yaml", "https://yandex.cloud/ru/docs/lockbox/", r'''
# Metabase в k8s (Yandex Managed Kubernetes). Секреты через External Secrets из Lockbox.
metabase:
  image: metabase/metabase:v0.49.3
  database:
    type: postgres
    host: c-c9q1m2n3o4p5.rw.mdb.yandexcloud.net
    user: metabase
    existingSecret: metabase-db
    existingSecretPasswordKey: password
externalSecrets:
  store: yc-lockbox
  remoteRef: e6q8r2k1v9b3n7m5c0x4   # id секрета в Lockbox, не сам пароль
''')


# ---------------------------------------------------------------- bottler: bottling line, plant network

add("yaml/mqtt-password", "terch/line/telemetry/config.yaml", "https://docs.emqx.com/en/emqx/latest/access-control/authn/authn.html", r'''
# Телеметрия линии розлива №1 (Krones) и №2 (китайская) -> MQTT -> ClickHouse
# Балкъар: «суу» = вода, «линия 2» = экинчи линия
mqtt:
  host: mqtt.terch.local
  port: 8883
  tls: true
  client_id: line2-gateway
  username: line2
  password: "@@s@@"
  topics:
    - terch/line2/filler/+
    - terch/line2/capper/+
    - terch/line2/labeler/+
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-passwd", "terch/line/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
line1:$7$101$Qm9zZ3JhZGVyU2FsdA==$mN2bV4cX6zL8kJ0hG2fD4sA6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB0nM2qW4eR6tY8uI0oP2aS4dF6gH==
line2:$7$101$TGluZTJTYWx0U2FsdA==$pO9iU7yT5rE3wQ1aZ3xS5dC7fV9bG1nH3mJ5kL7pO9iU7yT5rE3wQ1aZ3xS5dC7fV9bG1nH3mJ5kL7pO9iU7yQ==
scada:$7$101$U2NhZGFTYWx0U2FsdA==$zX1cV3bN5mA7sD9fG1hJ3kL5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM1qW3eR5tY7uI9oP1aS3dF5gH==
grafana:$7$101$R3JhZmFuYVNhbHRTYQ==$aQ2wS4eD6rF8tG0yH2uJ4iK6oL8pZ0xC2vB4nM6aQ2wS4eD6rF8tG0yH2uJ4iK6oL8pZ0xC2vB4nM6aQ2wS4eD6rA==
# хэши mosquitto_passwd, пароли — в KeePass «Цех»
''')

add("ini/opcua-plc-password", "terch/line/scada/opcua_client.ini", "https://reference.opcfoundation.org/Core/Part4/v105/docs/7.41", r'''
[server]
; OPC UA сервер ПЛК Siemens S7-1500 (укупорщик, линия 1)
endpoint = opc.tcp://10.20.3.10:4840
security_policy = Basic256Sha256
security_mode = SignAndEncrypt

[auth]
type = username
username = scada_reader
password = @@s@@

[poll]
interval_ms = 500
''', words_pw())

add("csv/decoy-line-counters", "terch/line/reports/smena_2024-03-14.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
дата,смена,линия,формат,бутылок,брак,оператор,партия_hash
2024-03-14,1,1,0.5,18240,112,Кодзоков А.,9f2c1a7e4b3d8a6c5e1f0b9d7c3a2e4f
2024-03-14,1,2,1.5,9620,48,Тхамокова З.,3b8d2f6a1c9e4b7d0a5f8c2e6b1d9a3f
2024-03-14,2,1,0.5,17980,140,Гуртуев М.,6e1a9c3f7b2d5e8a4c0f1b6d9e3a7c2b
2024-03-14,2,2,5.0,3110,21,Улбашев Х.,c4f7a2e9b1d6c3a8f5e0b2d7a9c1e4f6
2024-03-14,3,1,0.5,16800,96,Кодзоков А.,a1d5e9c3b7f2a6e4d8c0b3f1a5e9d2c7
''')

add("routeros/mikrotik-ipsec-secret", "terch/net/nalchik-gw.rsc", "https://help.mikrotik.com/docs/display/ROS/IPsec", r'''
# mar/14/2024 10:22:41 by RouterOS 7.12.1
# model = RB4011iGS+
/interface bridge
add name=bridge-lan
/ip address
add address=10.20.0.1/16 interface=bridge-lan network=10.20.0.0
/ip ipsec peer
add address=185.12.64.19/32 name=tyrnyauz-sklad exchange-mode=ike2
/ip ipsec identity
add peer=tyrnyauz-sklad secret="@@s@@"
/ip ipsec policy
add dst-address=10.30.0.0/16 peer=tyrnyauz-sklad src-address=10.20.0.0/16 tunnel=yes
/system identity
set name=terch-nalchik-gw
''', rnd(24, ALNUM))

add("routeros/decoy-export-hide-sensitive", "terch/net/pyatigorsk-gw.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", r'''
# mar/14/2024 10:31:05 by RouterOS 7.12.1
# (export без show-sensitive: секреты не выгружаются)
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-nalchik
/interface wireguard peers
add allowed-address=10.20.0.0/16 endpoint-address=91.221.70.11 endpoint-port=13231 interface=wg-nalchik public-key="hK2fD4sA6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8v="
/ip address
add address=10.40.0.1/24 interface=bridge-lan network=10.40.0.0
/system identity
set name=terch-pyatigorsk
''')

add("conf/wireguard-private-key", "terch/net/wg/sklad-tyrnyauz.conf", "https://www.wireguard.com/quickstart/", r'''
# Склад в Тырныаузе -> офис Нальчик
[Interface]
Address = 10.30.0.2/32
PrivateKey = @@s@@
DNS = 10.20.0.1

[Peer]
PublicKey = 7nN3oP1aS3dF5gH7jK9lZ2xC4vB6nM8qW0eR2tY4uI6=
Endpoint = 91.221.70.11:13231
AllowedIPs = 10.20.0.0/16
PersistentKeepalive = 25
''', wg_key())

add("yaml/decoy-zabbix-psk-vault-ref", "terch/net/ansible/group_vars/plant.yml", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys", r'''
# Zabbix-агенты на компьютерах цеха
zabbix_agent_server: zabbix.terch.local
zabbix_agent_serveractive: zabbix.terch.local
zabbix_agent_tlsconnect: psk
zabbix_agent_tlsaccept: psk
zabbix_agent_tlspskidentity: "PSK-terch-plant"
zabbix_agent_tlspsk_secret: "{{ vault_zabbix_psk }}"   # ansible-vault, group_vars/plant/vault.yml
zabbix_agent_hostmetadata: "plant line"
''')

add("yaml/decoy-ansible-vault", "terch/net/ansible/group_vars/plant/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6230653566376264386362383035316263643138356365650a656362313935613862313532643235
39353937383030653233623339653964663262663361346235663934353762633130613436613738
3637663830363331360a306365363266373661656637636464346165353830653237643264336530
65356535653265663638643233343565646435633430363332306534616434623331363534363730
3234663438613566646562663032356636363031333939366230
''')

add("ini/zabbix-agent-psk", "terch/net/zabbix_agentd.d/tls.conf", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys", r'''
# Zabbix agent: PSK-шифрование (компьютер оператора линии 2)
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-terch-line2-op
# Залина положила ключ прямо сюда, TLSPSKFile не работал под Windows
TLSPSK=@@s@@
''', hexs(64))

add("shell/history-mysql", "terch/ops/notes/history_1c_server.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
  501  cd /var/backups/1c
  502  ls -lah
  503  systemctl status srv1cv83
  504  mysql -h 10.20.0.21 -u bitrix -p'@@s@@' sitemanager -e "select count(*) from b_sale_order"
  505  df -h
  506  du -sh /var/backups/1c/*
  507  exit
''', words_pw())

add("md/decoy-runbook-line", "terch/ops/runbooks/line2-restart.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Перезапуск линии 2 после аварии / Линия 2-ни къайтарыу

1. Остановить подачу преформ (кнопка «СТОП» на пульте выдува).
2. На панели HMI войти под учёткой **оператор** (пароль на пломбированном конверте у мастера смены,
   в git его нет и не будет).
3. Сбросить аварию укупорщика: `Service → Reset → Capper`.
4. Проверить давление CO₂: 3.2–3.6 бар (газированная «Тэрч»).
5. Запустить в обратном порядке. В журнал смены — время простоя.

Если HMI просит сервисный пароль производителя — звонить в сервис (+7 8662 40-00-00), не подбирать.
''')

_K = openssh_key()
add("yaml/gitlab-ci-deploy-ssh", "terch/portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/ssh_keys/", r'''
stages: [test, deploy]

test:
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_prod:
  stage: deploy
  image: alpine:3.19
  only: [main]
  variables:
    DEPLOY_HOST: 10.20.0.30
    # временно, пока не заведём переменную в настройках проекта (Руслан)
    SSH_PRIVATE_KEY: |
      @@key@@
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$SSH_PRIVATE_KEY" | ssh-add -
    - ssh -o StrictHostKeyChecking=no deploy@$DEPLOY_HOST "cd /srv/portal && ./deploy.sh"
''', _K, key=_K.replace("\n", "\n      "))


# ---------------------------------------------------------------- bottler: logistics, CRM, bots

add("python/telegram-bot-token", "terch/logistics/bot/driver_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Бот для водителей: маршрутный лист на день, отметка «доставлено».
# Гъуэгу махуэ! (хорошей дороги)
import telebot

bot = telebot.TeleBot("@@s@@", parse_mode="HTML")


@bot.message_handler(commands=["route"])
def route(message):
    bot.reply_to(message, "Маршрут на сегодня: Нальчик → Баксан → Прохладный. Склад открыт с 7:00.")


@bot.message_handler(commands=["done"])
def done(message):
    bot.reply_to(message, "Отмечено ✅")


bot.infinity_polling()
''', fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "terch/logistics/bot/config.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
import os

BOT_TOKEN = os.environ.get("DRIVER_BOT_TOKEN")  # токен у @BotFather, лежит в /etc/terch/bot.env
ADMIN_CHAT_ID = -1001874512390  # чат «Логистика Тэрч» — это id чата, не секрет
WAREHOUSES = {"nalchik": "Нальчик, ул. Кабардинская", "tyrnyauz": "Тырныауз, промзона"}
if not BOT_TOKEN:
    raise SystemExit("DRIVER_BOT_TOKEN не задан")
''')

add("js/bitrix24-webhook", "terch/crm/scripts/lead_from_site.js", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
// Заявка с сайта -> лид в Битрикс24 (отдел опта)
const BX_HOOK = "@@s@@";

export async function createLead(form) {
  const res = await fetch(BX_HOOK + "crm.lead.add.json", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      fields: {
        TITLE: `Опт: ${form.company}`,
        NAME: form.name,
        PHONE: [{ VALUE: form.phone, VALUE_TYPE: "WORK" }],
        COMMENTS: form.comment,
        SOURCE_ID: "WEB",
      },
    }),
  });
  return res.json();
}
''', bitrix_webhook())

add("md/decoy-bitrix-docs", "terch/crm/README.md", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
# CRM (Битрикс24)

Заявки с сайта идут в Битрикс24 через входящий вебхук. Формат адреса:

```
https://<портал>.bitrix24.ru/rest/<id пользователя>/<код вебхука>/<метод>.json
```

Сам адрес с кодом хранится в переменной `BX_HOOK` в настройках Vercel, не в репозитории.
Пример из документации: `https://example.bitrix24.ru/rest/1/xxxxxxxxxxxxxxxx/crm.lead.add.json`.
Ответственный — Мадина (отдел опта).
''')

add("yaml/amocrm-long-token", "terch/crm/amocrm.yml", "https://www.amocrm.ru/developers/content/oauth/step-by-step", r'''
# amoCRM (розница, доставка 19 л) — долгосрочный токен интеграции
amocrm:
  subdomain: terchpsy
  base_url: https://terchpsy.amocrm.ru
  long_lived_token: "@@s@@"
  pipeline_id: 7481203
  status_new: 61839405
''', jwt_like('{"aud":"7c1e9d2a-4b3f-4e8a-9c6d-2f1a8b3e5c7d","jti":"a9f3c1e7","iat":1709200000,"exp":1861920000,"sub":"10738211","account_id":31415926,"scopes":["crm","notifications"]}'))

add("php/smsru-api-id", "terch/shop/app/Services/SmsRu.php", "https://sms.ru/api/send", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// SMS клиентам: «Ваш заказ воды привезём завтра с 10 до 14»
class SmsRu
{
    private const API_ID = '@@s@@';

    public function send(string $phone, string $text): bool
    {
        $r = Http::get('https://sms.ru/sms/send', [
            'api_id' => self::API_ID, 'to' => $phone, 'msg' => $text, 'json' => 1,
        ]);
        return $r->json('status') === 'OK';
    }
}
''', uuid_s().upper())

add("conf/smsc-password", "terch/shop/config/smsc.conf", "https://smsc.ru/api/http/", r'''
# SMSC.ru — резервный шлюз для SMS (если sms.ru лежит)
SMSC_LOGIN=terchpsy
SMSC_PASSWORD=@@s@@
SMSC_SENDER=TerchPsy
SMSC_CHARSET=utf-8
SMSC_POST=1
''', words_pw())

add("txt/decoy-smsc-rotated", "terch/shop/notes/sms_incident.txt", "https://smsc.ru/api/http/", r'''
Инцидент 02.02: пароль SMSC утёк в публичный gist (Ислам случайно).
- пароль сменили в ЛК smsc.ru в тот же день, старый больше не действует
- новый — только в Vault: secret/terch/shop/smsc
- включили ограничение по IP: 91.221.70.11, 91.221.70.12
- gist удалён, GitHub support попросили почистить кэш
Итог: потерь нет, списаний с баланса не было.
''')

add("yaml/yandex-routing-apikey", "terch/logistics/routing/config.yaml", "https://yandex.ru/routing/doc/vrp/concepts/about.html", r'''
# Яндекс.Маршрутизация — развоз 19 л бутылей по Нальчику
routing:
  api_url: https://courier.yandex.ru/vrs/api/v1/add/mvrp
  apikey: "@@s@@"
  depot:
    name: "Склад Нальчик"
    lat: 43.4853
    lon: 43.6071
  vehicles: 6
  shift: "08:00-18:00"
''', uuid_s())

add("js/decoy-yandex-maps-public", "terch/shop/src/components/DeliveryMap.vue", "https://yandex.ru/dev/jsapi30/doc/ru/", r'''
<template>
  <div id="map" class="delivery-map"></div>
</template>

<script setup>
// Ключ JS API карт — браузерный, ограничен по HTTP Referer (shop.terchpsy.ru), это нормально.
// Подставляется на сборке из VITE_YMAPS_KEY.
const key = import.meta.env.VITE_YMAPS_KEY;
const script = document.createElement("script");
script.src = `https://api-maps.yandex.ru/v3/?apikey=${key}&lang=ru_RU`;
document.head.appendChild(script);
</script>
''')

add("xml/google-maps-key", "terch/driver-app/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<resources>
    <!--
    Ключ Google Maps для приложения водителей (Тэрч Драйвер).
    TODO: ограничить по SHA-1 и package name, сейчас без ограничений!
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@s@@</string>
</resources>
''', google_api())

_PK = pkcs8_pem()
add("json/firebase-sa-private-key", "terch/driver-app/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "terch-driver",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-q7x2m@terch-driver.iam.gserviceaccount.com",
  "client_id": "104829371650284719306",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2m%40terch-driver.iam.gserviceaccount.com"
}
''', _PK.replace("\n", "\\n") + "\\n", kid=hexs(40), pk=_PK.replace("\n", "\\n") + "\\n")


# ---------------------------------------------------------------- bottler: cloud, containers, backups

add("terraform/yc-oauth-token", "terch/infra/terraform/provider.tf", "https://yandex.cloud/ru/docs/tutorials/infrastructure-management/terraform-quickstart", r'''
terraform {
  required_providers {
    yandex = {
      source = "yandex-cloud/yandex"
    }
  }
  required_version = ">= 1.5"
}

provider "yandex" {
  # Руслан: потом переделаю на сервисный аккаунт, сейчас мой OAuth
  token     = "@@s@@"
  cloud_id  = "b1g7c2k9m3n5p1q8r4s6"
  folder_id = "b1g0d3f5h7j9k2m4n6p8"
  zone      = "ru-central1-a"
}
''', yandex_oauth())

add("terraform/decoy-yc-sa-file", "terch/infra/terraform-prod/provider.tf", "https://yandex.cloud/ru/docs/tutorials/infrastructure-management/terraform-quickstart", r'''
provider "yandex" {
  # ключ сервисного аккаунта terraform-sa лежит вне репозитория (CI кладёт его из Lockbox)
  service_account_key_file = pathexpand("~/.config/yandex-cloud/terraform-sa-key.json")
  cloud_id                 = "b1g7c2k9m3n5p1q8r4s6"
  folder_id                = "b1g0d3f5h7j9k2m4n6p8"
  zone                     = "ru-central1-a"
}

variable "db_password" {
  type      = string
  sensitive = true
}
''')

add("ini/yc-static-key-s3", "terch/infra/backup/.s3cfg", "https://yandex.cloud/ru/docs/storage/tools/s3cmd", r'''
[default]
access_key = @@kid@@
secret_key = @@s@@
bucket_location = ru-central1
host_base = storage.yandexcloud.net
host_bucket = %(bucket)s.storage.yandexcloud.net
use_https = True
signature_v2 = False
''', yc_secret(), kid=yc_key_id())

add("shell/backup-1c-s3", "terch/infra/backup/backup_1c.sh", "https://docs.selectel.ru/cloud/object-storage/tools/aws-cli/", r'''
#!/bin/bash
# Ночной бэкап базы 1С:УТ в Selectel S3 (cron 02:30)
# Залина, 2023
set -euo pipefail

export AWS_ACCESS_KEY_ID=8f2a6c1e9b3d47a0b5c8e2f1a7d9c3b6
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=ru-1

DUMP=/var/backups/1c/ut11_$(date +%F).dt
/opt/1cv8/x86_64/8.3.23.1865/ibcmd infobase dump --db-server=localhost --dbms=PostgreSQL \
    --db-name=ut11_terch --db-user=usr1cv8 "$DUMP"
aws --endpoint-url https://s3.ru-1.storage.selcloud.ru s3 cp "$DUMP" s3://terch-backup-1c/
find /var/backups/1c -name '*.dt' -mtime +7 -delete
''', hexs(32))

add("dockerfile/decoy-build-arg", "terch/portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
# приватный индекс пакетов — токен монтируется как build secret, в образ не попадает
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@gitlab.terch.local/api/v4/projects/12/packages/pypi/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=portal.settings.prod
CMD ["gunicorn", "portal.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]
''')

_PW = fakes.password(_seed())
add("yaml/k8s-secret-data", "terch/infra/k8s/portal-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: terch-portal
  labels:
    app: dealer-portal
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
''', _PW, host=b64("c-c9q1m2n3o4p5.rw.mdb.yandexcloud.net"), user=b64("portal"), pw=b64(_PW))

add("yaml/decoy-sealed-secret", "terch/infra/k8s/portal-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-db
  namespace: terch-portal
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq6xD0Zb9R7h8mQ3f9kLz1eXz2vT8pN5cW7bA1sD3fG5hJ7kL9qW1eR3tY5uI7oP9aS1dF3gH5jK7lZ9xC1vB3nM5qW7eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM1qW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oP7aS9dF1gH3jK5lZ7xC9vB1nM3qW5e==
    DB_USER: AgCk8m2N4b6V8c0X2z4L6k8J0h2G4f6D8s0A2q4W6e8R0t2Y4u6I8o0P2a4S6d8F0g2H4j6K8l0Z2x4C6v8B0n2M4q6W8e0R2t4Y6u8I0o2P4a6S8d0F2g4H6j8K0l2Z4x6C8v0B2n4M6q8W0e2R4t6Y8u0I2o4P6a8S0d2F4g6H8j0K2l4Z6x8C0v2B4n6M8q0W2e4R6t8Y0u2I4o6P8a0S2d4F6g8H0j2K4l6Z8x0C2v4B6n8M0q2W4e6==
  template:
    metadata:
      name: portal-db
      namespace: terch-portal
''')

add("yaml/compose-postgres", "terch/portal/docker-compose.prod.yml", "https://hub.docker.com/_/postgres", r'''
version: "3.9"
services:
  db:
    image: postgres:15
    restart: always
    environment:
      POSTGRES_DB: dealer_portal
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    image: registry.terch.local/portal:latest
    env_file: .env.production
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata:
''', fakes.password(_seed()))

add("yaml/decoy-compose-secrets-file", "terch/portal/docker-compose.yml", "https://docs.docker.com/compose/use-secrets/", r'''
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: dealer_portal
      POSTGRES_USER: portal
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # файл в .gitignore
''')

add("ipynb/clickhouse-password", "terch/analytics/notebooks/prodazhi_po_regionam.ipynb", "https://clickhouse.com/docs/en/integrations/python", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Продажи по регионам, 2024 Q1\n", "КБР / СК / РСО-А, вода 0.5 и 1.5"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import clickhouse_connect\n",
    "client = clickhouse_connect.get_client(host='rc1a-8k2m1q0v7xw3p5t9.mdb.yandexcloud.net', port=8443,\n",
    "    username='analyst', password='@@s@@', secure=True)\n",
    "df = client.query_df('SELECT region, sum(qty) FROM sales GROUP BY region')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

add("ipynb/decoy-getpass", "terch/analytics/notebooks/brak_po_smenam.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\n",
    "import clickhouse_connect\n",
    "pw = getpass('Пароль ClickHouse: ')\n",
    "client = clickhouse_connect.get_client(host='rc1a-8k2m1q0v7xw3p5t9.mdb.yandexcloud.net', port=8443, username='analyst', password=pw, secure=True)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')


# ---------------------------------------------------------------- ski pass app: backend

add("go/yookassa-shop-secret", "mingipass/backend/internal/payments/yookassa.go", "https://yookassa.ru/developers/using-api/interaction-format", r'''
package payments

// Оплата ски-пассов Эльбрус (Азау, Гарабаши) и Чегет через ЮKassa.
// Къар жауса — сатыу кёп (снег пошёл — продаж много).

import "net/http"

const (
	shopID    = "402117"
	secretKey = "@@s@@"
	apiURL    = "https://api.yookassa.ru/v3/payments"
)

func (c *Client) newRequest(body []byte) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, apiURL, bytesReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(shopID, secretKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
''', yookassa())

add("go/decoy-env-config", "mingipass/backend/internal/config/config.go", "https://pkg.go.dev/os#Getenv", r'''
package config

import "os"

// Все секреты — из окружения (в k8s приходят из Lockbox через External Secrets).
type Config struct {
	YooKassaShopID string
	YooKassaSecret string
	SkidataAPIKey  string
	JWTSigningKey  string
}

func Load() Config {
	return Config{
		YooKassaShopID: os.Getenv("YOOKASSA_SHOP_ID"),
		YooKassaSecret: os.Getenv("YOOKASSA_SECRET_KEY"),
		SkidataAPIKey:  os.Getenv("SKIDATA_API_KEY"),
		JWTSigningKey:  os.Getenv("JWT_SIGNING_KEY"),
	}
}
''')

add("yaml/jwt-signing-key", "mingipass/backend/config/prod.yaml", "https://datatracker.ietf.org/doc/html/rfc7518#section-3.2", r'''
server:
  addr: ":8080"
  public_url: https://api.mingipass.ru
auth:
  # HS256, ключ для токенов пассажиров (приложение Минги Тау Пасс)
  jwt_signing_key: "@@s@@"
  access_ttl: 15m
  refresh_ttl: 720h
lifts:
  - { id: azau-1, name: "Азау — Старый Кругозор", type: gondola }
  - { id: cheget-1, name: "Чегет-1", type: chair }
''', rnd(48, ALNUM + "-_"))

add("js/skidata-api-key", "mingipass/backend/turnstile/skidata.js", "https://www.skidata.com/en/solutions/ski-resorts/", r'''
// Интеграция с турникетами SKIDATA (касса Азау). Проверка ски-пасса по RFID.
const axios = require("axios");

const skidata = axios.create({
  baseURL: "https://dta.elbrus-azau.local/api/v2",
  headers: {
    "X-Api-Key": "@@s@@",
    "Accept-Language": "ru",
  },
  timeout: 3000,
});

async function validatePass(rfid) {
  const { data } = await skidata.get(`/media/${rfid}/validity`);
  return data.valid && data.zone === "ELBRUS";
}

module.exports = { validatePass };
''', mixed(40))

add("json/decoy-skidata-test-fixture", "mingipass/backend/turnstile/__fixtures__/validity.json", "https://jestjs.io/docs/manual-mocks", r'''
{
  "_note": "ФЕЙК для тестов, не настоящий ответ DTA. Данные придуманы.",
  "media": {
    "rfid": "E2801160600002082F4C5A1B",
    "serial": "01-1642-00193-7",
    "valid": true,
    "zone": "ELBRUS",
    "product": "Дневной Азау-Гарабаши",
    "validFrom": "2024-01-05T08:30:00+03:00",
    "validTo": "2024-01-05T16:30:00+03:00"
  }
}
''')

add("python/axess-password", "mingipass/backend/turnstile/axess_sync.py", "https://www.axess.ag/en/", r'''
"""Синхронизация продаж с сервером AXESS на Чегете (старые турникеты)."""
from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "http://10.50.1.5:8080/AXESS/DCI4WTPSERVICE?wsdl"

# Учётка выдана подрядчиком (Кабардино-Балкарская канатная компания), не менять
client = Client(WSDL, wsse=UsernameToken("MINGIPASS_POS", "@@s@@"))


def push_sale(ticket):
    return client.service.produceTicket(
        nPOSNr=7, nProjectNr=1, nPersTypeNr=ticket.person_type, nTicketTypeNr=ticket.type_id)
''', words_pw())

add("env/redis-url", "mingipass/backend/.env", "https://redis.io/docs/latest/develop/connect/cli/", r'''
APP_ENV=staging
HTTP_ADDR=:8080
DATABASE_URL=postgres://mingipass@10.50.0.20:5432/mingipass?sslmode=disable
# кэш остатков пассов на день
REDIS_URL=redis://default:@@s@@@10.50.0.21:6379/0
LOG_LEVEL=debug
''', fakes.redis_password(_seed()))

add("env/decoy-redis-local", "mingipass/backend/.env.local.example", "https://redis.io/docs/latest/develop/connect/cli/", r'''
# Для локальной разработки: docker compose up -d
APP_ENV=local
HTTP_ADDR=:8080
DATABASE_URL=postgres://mingipass:mingipass@localhost:5432/mingipass?sslmode=disable
REDIS_URL=redis://localhost:6379/0
JWT_SIGNING_KEY=change-me-local-only
YOOKASSA_SECRET_KEY=test_
''')

add("go/postgres-dsn", "mingipass/backend/cmd/migrate/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", r'''
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

// Разовый прогон миграций на проде (Тимур, 12.12). Потом удалить!
const dsn = "postgres://mingipass_admin:@@s@@@c-c9a7b5d3e1f9.rw.mdb.yandexcloud.net:6432/mingipass?sslmode=verify-full"

func main() {
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(context.Background())
	log.Println("connected, running migrations")
}
''', fakes.password(_seed()))

add("sql/decoy-seed-fake-users", "mingipass/backend/db/seed/001_test_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Тестовые пользователи для стейджа. Пароль у всех «test1234», хранится bcrypt-хэшем.
INSERT INTO users (phone, name, password_hash) VALUES
  ('+79280000001', 'Тест Азау',   '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'),
  ('+79280000002', 'Тест Чегет',  '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'),
  ('+79280000003', 'Тест Терскол','$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy');
-- sms-коды на стейдже всегда 0000
''')

add("yaml/decoy-sentry-dsn", "mingipass/backend/config/sentry.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
# DSN Sentry — публичный ключ проекта (он всё равно уходит в мобильное приложение).
# Auth token для загрузки source maps — НЕ здесь, он в CI-переменной SENTRY_AUTH_TOKEN.
sentry:
  dsn: https://3f9a1c7e5b2d4f8a9c0e1b3d5f7a9c2e@o452113.ingest.sentry.io/4504718
  environment: production
  traces_sample_rate: 0.1
  release: mingipass-backend@2.3.1
''')

add("yaml/sentry-auth-token", "mingipass/mobile/sentry.properties.yml", "https://docs.sentry.io/cli/configuration/", r'''
# sentry-cli для загрузки dSYM и source maps из сборки Flutter
defaults:
  url: https://sentry.io/
  org: mingipass
  project: mingipass-mobile
auth:
  token: @@s@@
''', "sntrys_" + fakes.drawn(_seed(), 110, ALNUM + "_-"))

add("properties/decoy-gradle-keystore-env", "mingipass/mobile/android/key.properties.example", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# Скопировать в key.properties (в .gitignore!). Пароли — в 1Password «Минги Тау / Android upload key».
storePassword=<пароль хранилища>
keyPassword=<пароль ключа>
keyAlias=upload
storeFile=/Users/timur/keys/mingipass-upload.jks
''')

add("properties/gradle-keystore", "mingipass/mobile/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# upload key для Google Play (Тимур). В .gitignore забыли добавить :(
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=upload
storeFile=../keys/mingipass-upload.jks
''', words_pw())


# ---------------------------------------------------------------- ski pass app: mobile and push

_P8 = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + rnd(16, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n" + rnd(8, ALNUM + "+/") + "\n-----END PRIVATE KEY-----"
add("p8/apns-auth-key", "mingipass/mobile/ios/keys/AuthKey_7Q2M9K4X1B.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", r'''
@@s@@
''', _P8)

_P8B = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + rnd(16, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n" + rnd(8, ALNUM + "+/") + "\n-----END PRIVATE KEY-----"
add("json/fastlane-appstore-key", "mingipass/mobile/ios/fastlane/api_key.json", "https://docs.fastlane.tools/app-store-connect-api/", r'''
{
  "key_id": "7Q2M9K4X1B",
  "issuer_id": "69a6de7e-1c2b-47e3-e053-5b8c7c11a4d1",
  "key": "@@k@@",
  "duration": 1200,
  "in_house": false
}
''', _P8B.replace("\n", "\\n"), k=_P8B.replace("\n", "\\n"))

add("ruby/decoy-fastfile", "mingipass/mobile/ios/fastlane/Fastfile", "https://docs.fastlane.tools/actions/app_store_connect_api_key/", r'''
default_platform(:ios)

platform :ios do
  desc "Сборка в TestFlight (Минги Тау Пасс)"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: ENV["ASC_KEY_ID"],
      issuer_id: ENV["ASC_ISSUER_ID"],
      key_content: ENV["ASC_KEY_P8_BASE64"],
      is_key_content_base64: true
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "Runner", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
''')

add("dart/decoy-firebase-options", "mingipass/mobile/lib/firebase_options.dart", "https://firebase.google.com/docs/projects/api-keys", r'''
// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

// Ключи Firebase в клиенте — это идентификаторы проекта, не секреты (см. доку Firebase).
// Но не публиковать admin SDK JSON!
class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: 'AIzaSyMingiPassAndroidPublicClientIdKey',
    appId: '1:823104756192:android:4c7e1a9b3d5f2e8a',
    messagingSenderId: '823104756192',
    projectId: 'mingipass-elbrus',
    storageBucket: 'mingipass-elbrus.appspot.com',
  );
}
''')

add("dart/yandex-mapkit-key", "mingipass/mobile/lib/main.dart", "https://yandex.ru/dev/mapkit/doc/ru/android/generated/getting_started", r'''
import 'package:flutter/material.dart';
import 'package:yandex_mapkit/yandex_mapkit.dart';

// Карта трасс Эльбруса и Чегета. Минги тауну картасы.
const _mapkitKey = '@@s@@';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await AndroidYandexMap.init(apiKey: _mapkitKey);
  runApp(const MingiPassApp());
}

class MingiPassApp extends StatelessWidget {
  const MingiPassApp({super.key});

  @override
  Widget build(BuildContext context) =>
      MaterialApp(title: 'Минги Тау Пасс', home: const PassListPage());
}
''', uuid_s())

add("swift/decoy-cloudpayments-publicid", "mingipass/mobile/ios/Runner/PaymentConfig.swift", "https://developers.cloudpayments.ru/#sdk-dlya-ios", r'''
import Foundation

// CloudPayments SDK: в приложении только Public ID (он публичный).
// Списание подтверждает бэкенд своим API secret — в приложение его не кладём.
enum PaymentConfig {
    static let publicId = "pk_0e7c9a1b3d5f4e2a8c6b0d9f1e3a5c7b"
    static let merchantId = "merchant.ru.mingipass"
    static let currency = "RUB"
    static let apiUrl = URL(string: "https://api.mingipass.ru/v1/payments")!
}
''')

add("kotlin/hms-client-secret", "mingipass/mobile/android/app/src/main/kotlin/ru/mingipass/push/HmsTokenFetcher.kt", "https://developer.huawei.com/consumer/en/doc/HMSCore-Guides/open-platform-oauth-0000001053629189", r'''
package ru.mingipass.push

// Пуши на Huawei без GMS (много таких телефонов у гостей). Временно берём токен прямо с устройства.
object HmsTokenFetcher {
    private const val APP_ID = "109382741"
    private const val CLIENT_SECRET = "@@s@@"
    private const val TOKEN_URL = "https://oauth-login.cloud.huawei.com/oauth2/v3/token"

    fun body(): String =
        "grant_type=client_credentials&client_id=$APP_ID&client_secret=$CLIENT_SECRET"
}
''', hexs(64))

add("xml/decoy-android-manifest", "mingipass/mobile/android/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/meta-data-element", r'''
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="ru.mingipass">
    <uses-permission android:name="android.permission.INTERNET"/>
    <uses-permission android:name="android.permission.NFC"/>
    <application android:label="Минги Тау Пасс" android:icon="@mipmap/ic_launcher">
        <!-- ключ берётся из local.properties через manifestPlaceholders -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}"/>
        <meta-data android:name="com.huawei.hms.client.appid" android:value="appid=109382741"/>
        <activity android:name=".MainActivity" android:exported="true"/>
    </application>
</manifest>
''')

add("properties/local-maps-key", "mingipass/mobile/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/timur/Library/Android/sdk
flutter.sdk=/Users/timur/dev/flutter
flutter.buildMode=release
MAPS_API_KEY=@@s@@
''', google_api())

add("yaml/codemagic-keystore-password", "mingipass/mobile/codemagic.yaml", "https://docs.codemagic.io/yaml-code-signing/signing-android/", r'''
workflows:
  android-release:
    name: Android release (Минги Тау Пасс)
    instance_type: mac_mini_m1
    environment:
      flutter: stable
      vars:
        CM_KEYSTORE_PATH: /tmp/keystore.jks
        CM_KEY_ALIAS: upload
        CM_KEYSTORE_PASSWORD: "@@s@@"
        CM_KEY_PASSWORD: "@@s@@"
    scripts:
      - name: Decode keystore
        script: echo $CM_KEYSTORE | base64 --decode > $CM_KEYSTORE_PATH
      - name: Build
        script: flutter build appbundle --release
    artifacts:
      - build/**/outputs/**/*.aab
''', words_pw())

add("yaml/decoy-github-actions-secrets", "mingipass/mobile/.github/workflows/ios.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: iOS TestFlight
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with: { channel: stable }
      - run: bundle exec fastlane beta
        working-directory: ios
        env:
          ASC_KEY_ID: ${{ secrets.ASC_KEY_ID }}
          ASC_ISSUER_ID: ${{ secrets.ASC_ISSUER_ID }}
          ASC_KEY_P8_BASE64: ${{ secrets.ASC_KEY_P8_BASE64 }}
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
''')

add("env/match-password", "mingipass/mobile/ios/fastlane/.env.default", "https://docs.fastlane.tools/actions/match/#encryption-password", r'''
# fastlane match — сертификаты в приватном репо
MATCH_GIT_URL=git@gitlab.com:mingipass/certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=@@s@@
FASTLANE_TEAM_ID=Q4M7K2X9B1
FASTLANE_USER=timur.mingipass@gmail.com
''', words_pw())


# ---------------------------------------------------------------- ski pass app: ops, CI, registries

add("npmrc/gitlab-registry-token", "mingipass/web/.npmrc", "https://docs.gitlab.com/ee/user/packages/npm_registry/", r'''
# пакеты UI-кита из нашего GitLab
@mingipass:registry=https://gitlab.com/api/v4/projects/48120376/packages/npm/
//gitlab.com/api/v4/projects/48120376/packages/npm/:_authToken=@@s@@
engine-strict=true
save-exact=true
''', gitlab())

add("npmrc/decoy-env-token", "mingipass/admin/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# токен подставляется из переменной окружения (CI: NPM_TOKEN), в файле его нет
@mingipass:registry=https://gitlab.com/api/v4/projects/48120376/packages/npm/
//gitlab.com/api/v4/projects/48120376/packages/npm/:_authToken=${NPM_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_PUBLIC_TOKEN}
engine-strict=true
''')

_CRP = "oauth:" + yandex_oauth()
add("json/docker-config-auth", "mingipass/ops/runner/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "cr.yandex": {
      "auth": "@@a@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', b64(_CRP), a=b64(_CRP))

add("shell/docker-login-pat", "mingipass/ops/scripts/push_images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
#!/usr/bin/env bash
# Пушим образы в Docker Hub (публичные демо для партнёров — гостиницы Терскола)
set -e
echo "@@s@@" | docker login -u mingipass --password-stdin
for svc in api worker turnstile-gw; do
  docker build -t mingipass/$svc:$(git rev-parse --short HEAD) ./$svc
  docker push mingipass/$svc:$(git rev-parse --short HEAD)
done
''', docker_pat())

add("yaml/kubeconfig-token", "mingipass/ops/kube/ci-kubeconfig.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: mingipass-prod
    cluster:
      server: https://158.160.41.12
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1ERXdNVEF3TURBd01Gb1hEVE0wTURFd01UQXdNREF3TUZvd0ZURVRNQkVHQTFVRQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
contexts:
  - name: ci@mingipass-prod
    context: { cluster: mingipass-prod, user: gitlab-ci, namespace: mingipass }
current-context: ci@mingipass-prod
users:
  - name: gitlab-ci
    user:
      token: @@s@@
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 40, ALNUM) + "." + fakes.drawn(_seed(), 300, ALNUM + "-_") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("yaml/decoy-kubeconfig-yc-exec", "mingipass/ops/kube/kubeconfig-yc.yaml", "https://yandex.cloud/ru/docs/managed-kubernetes/operations/connect/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: yc-managed-k8s-cat1k2m3n4o5p6q7r8s9
    cluster:
      server: https://158.160.41.12
      certificate-authority: /home/timur/.kube/yc-ca.pem
contexts:
  - name: yc-mingipass
    context: { cluster: yc-managed-k8s-cat1k2m3n4o5p6q7r8s9, user: yc-mingipass }
current-context: yc-mingipass
users:
  - name: yc-mingipass
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: /home/timur/yandex-cloud/bin/yc
        args: [k8s, create-token, --profile=default]
''')

add("hcl/vault-token", "mingipass/ops/vault/agent.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent", r'''
# Vault agent на сервере турникетов Азау
vault {
  address = "https://vault.mingipass.ru:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault/token"
    }
  }
}

# TODO: убрать — Тимур поставил root-токен «на время»
# VAULT_TOKEN=@@s@@

template {
  source      = "/etc/vault/turnstile.env.tpl"
  destination = "/etc/turnstile-gw/env"
}
''', vault_tok())

add("tpl/decoy-vault-template", "mingipass/ops/vault/turnstile.env.tpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r'''
{{ with secret "kv/data/mingipass/turnstile" -}}
SKIDATA_API_KEY={{ .Data.data.skidata_api_key }}
AXESS_PASSWORD={{ .Data.data.axess_password }}
REDIS_URL=redis://default:{{ .Data.data.redis_password }}@10.50.0.21:6379/1
{{- end }}
GATE_ID=azau-lower
''')

add("yaml/grafana-sa-token", "mingipass/ops/monitoring/dashboards-sync.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# синхронизация дашбордов «Очереди на подъёмниках» из git в Grafana
grafana:
  url: https://grafana.mingipass.ru
  token: @@s@@
folders:
  - name: "Подъёмники"
    path: dashboards/lifts
  - name: "Продажи"
    path: dashboards/sales
''', grafana_sa())

add("yaml/prometheus-basic-auth", "mingipass/ops/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: turnstile-gw
    static_configs:
      - targets: ["10.50.1.10:9100", "10.50.1.11:9100"]
        labels: { site: azau }
  - job_name: cheget-gw
    scheme: https
    basic_auth:
      username: prom
      password: "@@s@@"
    static_configs:
      - targets: ["cheget-gw.mingipass.ru:9443"]
''', fakes.password(_seed()))

add("yaml/decoy-alertmanager-file-ref", "mingipass/ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
route:
  receiver: telegram-ops
  group_wait: 30s
receivers:
  - name: telegram-ops
    telegram_configs:
      - bot_token_file: /etc/alertmanager/telegram_token
        chat_id: -1002013847561
        parse_mode: HTML
        message: '{{ template "telegram.mingipass" . }}'
''')

add("yaml/alertmanager-telegram-token", "mingipass/ops/monitoring/alertmanager-cheget.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
# Алерты по Чегету (ветер, остановка кресельной) в чат «Чегет дежурные»
route:
  receiver: cheget-duty
receivers:
  - name: cheget-duty
    telegram_configs:
      - bot_token: '@@s@@'
        chat_id: -1001938475610
        send_resolved: true
''', fakes.telegram_token(_seed()))

add("nginx/decoy-htpasswd-ref", "mingipass/ops/nginx/admin.mingipass.ru.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name admin.mingipass.ru;
    ssl_certificate     /etc/letsencrypt/live/admin.mingipass.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.mingipass.ru/privkey.pem;

    location / {
        auth_basic "Минги Тау — админка";
        auth_basic_user_file /etc/nginx/.htpasswd_admin;
        proxy_pass http://127.0.0.1:8081;
    }
}
''')

add("htpasswd/decoy-apr1-hashes", "mingipass/ops/nginx/.htpasswd_admin", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
timur:$apr1$k9Xz2LmQ$8pF3nR7tV1wY5bC9dG2hJ0
aslan:$apr1$Qw4eR6tY$3mN5bV7cX9zL1kJ3hG5fD7
madina:$apr1$Zx8cV0bN$6sA4dF2gH0jK8lP6oI4uY2
kassa-azau:$apr1$Pl7oK5iJ$2uH4yG6tF8rD0eS2wA4qZ6
kassa-cheget:$apr1$Mn3bV5cX$9zL7kJ5hG3fD1sA9pO7iU5
''')

add("nginx/proxy-basic-header", "mingipass/ops/nginx/skidata-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# проксируем запросы к DTA SKIDATA (в локальной сети Азау) для мобильного API
location /dta/ {
    proxy_pass http://10.50.1.5:8080/;
    proxy_set_header Host $host;
    # учётка интегратора SKIDATA (выдана на сезон 2023/24)
    proxy_set_header Authorization "Basic @@s@@";
    proxy_read_timeout 10s;
}
''', b64("mingipass_api:" + words_pw()))


# ---------------------------------------------------------------- chats, mail, notes (both teams)

add("txt/telegram-chat-export-password", "terch/notes/chat_it_otdel_2024-02.txt", "https://telegram.org/blog/export-and-more", r'''
[12.02.2024 09:14] Азамат Кодзоков: Фэхъус! Кто помнит пароль от роутера на складе в Тырныаузе?
[12.02.2024 09:16] Залина Тхамокова: admin / @@s@@
[12.02.2024 09:16] Залина Тхамокова: только не меняй, его Хасан на бумажке у себя держит
[12.02.2024 09:17] Азамат Кодзоков: Упсэу 🙏
[12.02.2024 09:40] Руслан Шогенов: ребят, пароли в чат не пишем, есть KeePass
[12.02.2024 09:41] Залина Тхамокова: ок, больше не буду
''', words_pw())

add("txt/decoy-chat-no-value", "mingipass/notes/chat_dev_2024-01.txt", "https://telegram.org/blog/export-and-more", r'''
[05.01.2024 07:02] Тимур Гуртуев: Ахшы кюн! Азау опять не пускает по пассам, DTA отвечает 401
[05.01.2024 07:05] Аслан Улбашев: ключ SKIDATA на проде протух, подрядчик выдал новый
[05.01.2024 07:06] Аслан Улбашев: положил в Vault kv/mingipass/turnstile, перезапусти агент
[05.01.2024 07:11] Тимур Гуртуев: перезапустил, пускает. Сау бол!
[05.01.2024 07:12] Мадина Этезова: в кассе Чегета тоже проверьте, там старый конфиг
[05.01.2024 07:30] Тимур Гуртуев: Чегет ок
''')

add("eml/mail-with-password", "terch/notes/mail/2024-03-01_dostup_ofd.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Zalina Tkhamokova <z.tkhamokova@terchpsy.ru>
To: buh@terchpsy.ru
Subject: =?UTF-8?B?0JTQvtGB0YLRg9C/INCyINCe0KTQlA==?=
Date: Fri, 01 Mar 2024 10:12:33 +0300
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Фатима, добрый день!

Доступ в личный кабинет ОФД (Платформа ОФД) для сверки чеков:
логин: buh@terchpsy.ru
пароль: @@s@@

После входа смените, пожалуйста, пароль на свой.
--
Залина, IT
''', words_pw())

add("eml/decoy-mail-reset-link", "terch/notes/mail/2024-03-02_reset.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Platforma OFD <noreply@platformaofd.ru>
To: buh@terchpsy.ru
Subject: Восстановление пароля
Date: Sat, 02 Mar 2024 08:01:10 +0300
Content-Type: text/plain; charset=UTF-8

Здравствуйте!

Вы запросили восстановление пароля. Ссылка действует 30 минут и уже использована:
https://lk.platformaofd.ru/password/reset?request=8c1e4f7a-2b9d-4e3a-9f1c-6d2b8a4e7c3f

Если это были не вы — просто проигнорируйте письмо.
''')

add("md/onboarding-note-pg", "mingipass/docs/onboarding.md", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
# Онбординг разработчика — Минги Тау Пасс

Къош келигиз! Добро пожаловать в команду.

## Доступы
- GitLab: попроси Тимура добавить в группу `mingipass`
- Стейдж-база (только чтение):

  ```
  psql "postgresql://dev_ro:@@s@@@10.50.0.20:5432/mingipass_staging"
  ```

- Прод — только через Аслана, напрямую не ходим.

## Локально
`docker compose up -d`, потом `make migrate seed`.
''', fakes.password(_seed()))

add("md/decoy-onboarding-yc", "terch/docs/onboarding.md", "https://yandex.cloud/ru/docs/cli/quickstart", r'''
# Новичку в IT «Тэрч Псы»

1. Поставь `yc` CLI и выполни `yc init` — OAuth-токен получишь по ссылке из доки, свой, личный.
2. Токен никуда не коммить. Если видишь в репо строку вида `y0_AgAAAA...` — сразу пиши Руслану.
3. Доступ к 1С — заявка в Битрикс24 (задача на Залину).
4. VPN: WireGuard, конфиг выдаёт Руслан, приватный ключ генерируется у тебя (`wg genkey`).

Пароли — KeePassXC, база `terch.kdbx` на общем диске, мастер-пароль скажут устно.
''')

add("log/app-log-db-url", "mingipass/ops/logs/api-2024-01-07.log", "https://pkg.go.dev/log/slog", r'''
2024-01-07T06:58:01+03:00 INFO  starting mingipass-api version=2.3.0
2024-01-07T06:58:01+03:00 DEBUG config loaded env=production
2024-01-07T06:58:01+03:00 DEBUG db dsn=postgres://mingipass:@@s@@@c-c9a7b5d3e1f9.rw.mdb.yandexcloud.net:6432/mingipass
2024-01-07T06:58:02+03:00 INFO  db connected pool=20
2024-01-07T06:58:02+03:00 INFO  http listening addr=:8080
2024-01-07T07:00:14+03:00 INFO  pass sold lift=azau-1 product=day_full price=3100
2024-01-07T07:00:31+03:00 WARN  skidata slow response ms=2840
''', fakes.password(_seed()))

add("log/decoy-masked-log", "mingipass/ops/logs/api-2024-01-09.log", "https://pkg.go.dev/log/slog", r'''
2024-01-09T06:58:03+03:00 INFO  starting mingipass-api version=2.3.1
2024-01-09T06:58:03+03:00 DEBUG db dsn=postgres://mingipass:****@c-c9a7b5d3e1f9.rw.mdb.yandexcloud.net:6432/mingipass
2024-01-09T06:58:03+03:00 DEBUG yookassa shop_id=402117 secret=live_***REDACTED***
2024-01-09T06:58:04+03:00 INFO  http listening addr=:8080
2024-01-09T07:02:40+03:00 INFO  pass sold lift=cheget-1 product=half_day price=1900 payment_id=2d4f6a8c-000f-5000-9000-1b3d5f7a9c2e
2024-01-09T07:05:12+03:00 INFO  turnstile ok gate=azau-lower rfid=E2801160600002082F4C5A1B
''')

add("txt/notes-kabardian-wifi", "terch/notes/ofis_wifi.txt", "https://www.wi-fi.org/discover-wi-fi/security", r'''
Офис Нальчик — Wi-Fi / Wi-Fi-р
===================================
Сеть для сотрудников: TERCH-STAFF
Пароль (WPA2): @@s@@
Гостевая: TERCH-GUEST — пароль на ресепшене, меняется каждый месяц

Принтер: 10.20.0.50 (Kyocera, 2 этаж)
Сервер 1С: 10.20.0.21
Зыгуэр ищIэрэ (если что-то сломалось) — звонить Руслану, вн. 114
''', words_pw())

add("txt/decoy-notes-balkar-snow", "mingipass/notes/sezon_2024.txt", "https://www.markdownguide.org/basic-syntax/", r'''
Сезон 2023/24 — план (Аслан)
- Азау: открытие 16.12, если къар (снег) ляжет
- Чегет: кресельная 1 — ремонт до 20.12
- Цены: дневной 3100 ₽, полдня 1900 ₽, детский 1600 ₽
- Промокод для гостиниц Терскола: TERSKOL-2024 (публичный, на буклетах)
- Ключи API — НЕ сюда, всё в Vault
Сау болугъуз, ишибиз ахшы болсун!
''')

add("csv/accounts-export", "terch/notes/export_uchetki_sklad.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
система;логин;пароль;ответственный;комментарий
1С УТ (склад Тырныауз);sklad_tyr;@@s@@;Улбашев Х.;только приход/расход
ТСД Zebra MC33;—;—;Улбашев Х.;без пароля, PIN на экране
Честный ЗНАК ЛК;по ЭЦП;—;Тхамокова З.;вход только по сертификату
Весы склад;admin;—;Улбашев Х.;пароль по умолчанию сменён, см. KeePass
Камеры (Hikvision);—;—;Шогенов Р.;в KeePass
''', words_pw())

add("csv/decoy-inventory", "terch/notes/inventar_it.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
инв_номер,тип,модель,серийный,MAC,место,кто
IT-0012,ноутбук,Lenovo T14,PF3K2M9X,3c:52:82:1a:9f:04,офис Нальчик,Кодзоков
IT-0013,ноутбук,Lenovo T14,PF3K2N1B,3c:52:82:1a:9f:11,офис Нальчик,Тхамокова
IT-0020,роутер,MikroTik RB4011,HD808A1K2M3,48:8f:5a:00:12:3c,серверная,Шогенов
IT-0031,ТСД,Zebra MC3300,21045522501234,00:15:70:aa:bb:01,склад Тырныауз,Улбашев
IT-0032,принтер этикеток,Zebra ZT411,99J214300123,00:07:4d:12:34:56,линия 2,Гуртуев
''')


# ---------------------------------------------------------------- bottler: marketplaces and delivery services

add("python/ozon-seller-api-key", "terch/marketplaces/ozon/stocks.py", "https://docs.ozon.ru/api/seller/#section/Kak-poluchit-dostup-k-Seller-API", r'''
"""Остатки воды на складах Ozon (FBS, склад Нальчик). Обновляем каждые 30 минут."""
import requests

HEADERS = {
    "Client-Id": "1284573",
    "Api-Key": "@@s@@",
    "Content-Type": "application/json",
}


def push_stocks(items):
    body = {"stocks": [{"offer_id": i.sku, "stock": i.qty, "warehouse_id": 1020000512345000} for i in items]}
    r = requests.post("https://api-seller.ozon.ru/v2/products/stocks", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()
''', uuid_s())

add("env/wildberries-token", "terch/marketplaces/wb/.env", "https://openapi.wildberries.ru/general/authorization/ru/", r'''
# Wildberries — статистика и остатки (токен категории «Статистика» + «Маркетплейс»)
WB_API_TOKEN=@@s@@
WB_WAREHOUSE_ID=1084512
WB_SUPPLIER="ООО Тэрч Псы"
SYNC_INTERVAL_MIN=30
''', "eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjQwMjI2djEiLCJ0eXAiOiJKV1QifQ." + fakes.drawn(_seed(), 240, ALNUM + "-_") + "." + fakes.drawn(_seed(), 86, ALNUM + "-_"))

add("md/decoy-wb-readme", "terch/marketplaces/wb/README.md", "https://openapi.wildberries.ru/general/authorization/ru/", r'''
# Wildberries sync

Токен создаётся в ЛК продавца: Настройки → Доступ к API. Срок — 180 дней.

```bash
export WB_API_TOKEN="$(yc lockbox payload get --name terch-wb --key token)"
python -m wb.sync --dry-run
```

Последний токен выпущен 26.02.2024 (Мадина), следующий перевыпуск — до 20.08.2024.
Никогда не вставлять токен в код и в этот README.
''')

add("yaml/cdek-client-secret", "terch/logistics/cdek.yaml", "https://api-docs.cdek.ru/29923849.html", r'''
# СДЭК — доставка коробок 12×0.5 л по России (интернет-магазин)
cdek:
  base_url: https://api.cdek.ru/v2
  client_id: "Tk7Qm2Lx9ZbW4pRv8NcY1sHd6FgJ3aKe"
  client_secret: "@@s@@"
  sender:
    city_code: 418        # Нальчик
    address: "ул. Кабардинская, 195"
    phone: "+78662400000"
''', mixed(32))

add("php/pochta-russia-token", "terch/shop/app/Services/PochtaRossii.php", "https://otpravka.pochta.ru/specification#/authorization-token", r'''
<?php

namespace App\Services;

// Почта России (отправка.почта.рф) — посылки в регионы, куда нет СДЭК
class PochtaRossii
{
    private string $token = '@@s@@';
    private string $userKey = 'c2FsZXNAdGVyY2hwc3kucnU6KioqKioq'; // login:*** — пароль маскирован, настоящий в .env

    public function headers(): array
    {
        return [
            'Authorization' => 'AccessToken ' . $this->token,
            'X-User-Authorization' => 'Basic ' . getenv('POCHTA_USER_KEY'),
            'Content-Type' => 'application/json;charset=UTF-8',
        ];
    }
}
''', rnd(32, LOWER + "0123456789"))

add("python/decoy-pochta-env", "terch/shop/scripts/pochta_check.py", "https://otpravka.pochta.ru/specification#/authorization-token", r'''
import base64
import os

import requests

# Проверка, что токен Почты жив. Токен и ключ пользователя — только из окружения.
token = os.environ["POCHTA_TOKEN"]
user_key = base64.b64encode(f"{os.environ['POCHTA_LOGIN']}:{os.environ['POCHTA_PASSWORD']}".encode()).decode()
r = requests.get("https://otpravka-api.pochta.ru/1.0/settings",
                 headers={"Authorization": f"AccessToken {token}", "X-User-Authorization": f"Basic {user_key}"})
print(r.status_code)
''')

add("json/yandex-market-oauth", "terch/marketplaces/ymarket/config.json", "https://yandex.ru/dev/market/partner-api/doc/ru/concepts/authorization", r'''
{
  "campaignId": 84129375,
  "businessId": 91823745,
  "auth": {
    "type": "ApiKey",
    "apiKey": "@@s@@"
  },
  "warehouse": "Нальчик FBS",
  "syncEveryMinutes": 30
}
''', "ACMA:" + fakes.drawn(_seed(), 40, ALNUM) + ":" + hexs(8))

add("python/unisender-api-key", "terch/marketing/newsletter.py", "https://www.unisender.com/ru/support/api/common/api-key/", r'''
"""Рассылка дилерам: новые цены, акции к сезону (июнь — жара, спрос ×2)."""
import requests

UNISENDER_KEY = "@@s@@"
LIST_ID = 4
SENDER = "sales@terchpsy.ru"


def send_campaign(subject, html):
    msg = requests.post("https://api.unisender.com/ru/api/createEmailMessage", data={
        "format": "json", "api_key": UNISENDER_KEY, "sender_name": "Тэрч Псы",
        "sender_email": SENDER, "subject": subject, "body": html, "list_id": LIST_ID,
    }).json()
    return requests.post("https://api.unisender.com/ru/api/createCampaign",
                         data={"format": "json", "api_key": UNISENDER_KEY, "message_id": msg["result"]["message_id"]}).json()
''', rnd(40, LOWER + "0123456789"))

add("html/decoy-metrika-counter", "terch/shop/resources/views/partials/metrika.blade.php", "https://yandex.ru/support/metrica/code/counter-initialize.html", r'''
<!-- Yandex.Metrika counter (номер счётчика публичный) -->
<script type="text/javascript">
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym(96341827, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true, ecommerce:"dataLayer" });
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/96341827" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
''')

add("python/metrika-oauth", "terch/analytics/metrika_export.py", "https://yandex.ru/dev/metrika/doc/api2/intro/authorization.html", r'''
"""Выгрузка визитов из Метрики в ClickHouse (Logs API)."""
import requests

COUNTER = 96341827
OAUTH = "@@s@@"  # токен Мадины, приложение «terch-analytics»


def create_request(date1, date2):
    url = f"https://api-metrika.yandex.net/management/v1/counter/{COUNTER}/logrequests"
    params = {"date1": date1, "date2": date2, "source": "visits",
              "fields": "ym:s:visitID,ym:s:date,ym:s:regionCity,ym:s:purchaseRevenue"}
    r = requests.post(url, params=params, headers={"Authorization": f"OAuth {OAUTH}"})
    return r.json()["log_request"]["request_id"]
''', yandex_oauth())

add("js/vk-community-token", "terch/marketing/vk/autopost.js", "https://dev.vk.com/ru/api/access-token/community-token/in-community-settings", r'''
// Автопостинг акций в сообщество ВК «Тэрч — вода с Кавказа»
// Псы къабзэ — чистая вода :)
const VK_GROUP_ID = 218734512;
const VK_TOKEN = "@@s@@";

async function post(text, photo) {
  const params = new URLSearchParams({
    owner_id: `-${VK_GROUP_ID}`, from_group: "1", message: text,
    attachments: photo || "", access_token: VK_TOKEN, v: "5.199",
  });
  const res = await fetch(`https://api.vk.com/method/wall.post?${params}`);
  return res.json();
}

module.exports = { post };
''', vk_token())

add("json/decoy-vk-widget", "terch/shop/public/vk-widget.json", "https://dev.vk.com/ru/widgets/community", r'''
{
  "widget": "community",
  "group_id": 218734512,
  "mode": 3,
  "width": "auto",
  "height": 400,
  "color1": "FFFFFF",
  "color2": "2B587A",
  "color3": "5B7FA6",
  "note": "виджет без токена, только публичный id сообщества"
}
''')


# ---------------------------------------------------------------- ski pass app: cameras, weather, bots, partners

add("yaml/rtsp-camera-password", "mingipass/snowcam/cameras.yaml", "https://www.rfc-editor.org/rfc/rfc2326", r'''
# Веб-камеры на сайт (снег/очереди). Тау башында — камера на Гарабаши.
cameras:
  - id: azau-lower
    title: "Азау, нижняя станция"
    url: rtsp://viewer:@@s@@@10.50.2.11:554/Streaming/Channels/101
  - id: garabashi
    title: "Гарабаши, 3847 м"
    url: rtsp://10.50.2.14:554/Streaming/Channels/102
    auth_from_env: GARABASHI_CAM
  - id: cheget-queue
    title: "Чегет, очередь"
    url: rtsp://10.50.3.11:554/live
snapshot_every: 60s
''', words_pw())

add("md/decoy-hikvision-doc", "mingipass/snowcam/README.md", "https://www.hikvision.com/en/support/", r'''
# snowcam

Снимает кадр с камер каждые 60 с и кладёт в Object Storage для сайта.

Камеры Hikvision. После монтажа подрядчик оставляет заводской пароль — **сменить сразу**
(ISAPI: `PUT /ISAPI/Security/users/1`). Учётки `viewer` хранятся в Vault `kv/mingipass/cams`.

```
python -m snowcam --config cameras.yaml --once
```
''')

add("python/openweather-key", "mingipass/weather/fetch.py", "https://openweathermap.org/appid", r'''
"""Погода для экрана приложения: Азау, Гарабаши, Чегет. Уэс къесащ? (снег идёт?)"""
import requests

APPID = "@@s@@"
POINTS = {
    "azau": (43.2647, 42.4789),
    "garabashi": (43.2979, 42.4667),
    "cheget": (43.2447, 42.5147),
}


def current(point):
    lat, lon = POINTS[point]
    r = requests.get("https://api.openweathermap.org/data/2.5/weather",
                     params={"lat": lat, "lon": lon, "appid": APPID, "units": "metric", "lang": "ru"})
    return r.json()
''', hexs(32))

add("env/yandex-weather-key", "mingipass/weather/.env", "https://yandex.ru/dev/weather/doc/ru/concepts/how-to", r'''
# Яндекс.Погода для бизнеса (тариф «Тестовый» закончился, теперь платный)
X_YANDEX_WEATHER_KEY=@@s@@
WEATHER_CACHE_TTL=900
WEATHER_LANG=ru_RU
POINTS=azau,garabashi,cheget
''', uuid_s())

add("python/yandexgpt-api-key", "mingipass/assistant/gpt.py", "https://yandex.cloud/ru/docs/foundation-models/api-ref/authentication", r'''
"""Чат-помощник в приложении: «какой подъёмник работает», «сколько стоит пасс»."""
import requests

FOLDER = "b1g3k5m7n9p1r3t5v7x9"
API_KEY = "@@s@@"


def ask(question: str) -> str:
    body = {
        "modelUri": f"gpt://{FOLDER}/yandexgpt-lite/latest",
        "completionOptions": {"temperature": 0.3, "maxTokens": 500},
        "messages": [
            {"role": "system", "text": "Ты помощник курорта Эльбрус. Отвечай коротко, по-русски."},
            {"role": "user", "text": question},
        ],
    }
    r = requests.post("https://llm.api.cloud.yandex.net/foundationModels/v1/completion",
                      json=body, headers={"Authorization": f"Api-Key {API_KEY}"})
    return r.json()["result"]["alternatives"][0]["message"]["text"]
''', yc_api_key())

add("python/gigachat-auth-key", "mingipass/assistant/gigachat_fallback.py", "https://developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-token", r'''
import uuid

import requests

# Резерв, если YandexGPT недоступен. Ключ авторизации = base64(client_id:client_secret) из ЛК Studio.
AUTH_KEY = "@@s@@"


def token():
    r = requests.post("https://ngw.devices.sberbank.ru:9443/api/v2/oauth",
                      headers={"Authorization": f"Basic {AUTH_KEY}", "RqUID": str(uuid.uuid4()),
                               "Content-Type": "application/x-www-form-urlencoded"},
                      data={"scope": "GIGACHAT_API_PERS"}, verify=False)
    return r.json()["access_token"]
''', b64(uuid_s() + ":" + uuid_s()))

add("python/openai-key", "mingipass/assistant/translate_ru_krc.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Черновой перевод подсказок приложения на балкарский (потом правит Мадина вручную)."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Переведи на карачаево-балкарский язык, кратко, для интерфейса приложения: {text}"


def draft(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(text=text)}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("json/decoy-i18n-balkar", "mingipass/mobile/assets/i18n/krc.json", "https://docs.flutter.dev/ui/accessibility-and-internationalization/internationalization", r'''
{
  "app_title": "Минги Тау Пасс",
  "buy_pass": "Абонемент сатып ал",
  "my_passes": "Мени абонементлерим",
  "lifts_open": "Ишлеген канат жолла",
  "weather": "Хауа",
  "password": "Пароль",
  "password_hint": "Пароль 8 харифден аз болмазгъа керекди",
  "api_key_missing": "Ачхыч табылмады — администраторгъа жаз",
  "thanks": "Сау бол!"
}
''')

add("json/decoy-i18n-kabardian", "mingipass/mobile/assets/i18n/kbd.json", "https://docs.flutter.dev/ui/accessibility-and-internationalization/internationalization", r'''
{
  "app_title": "Минги Тау Пасс",
  "buy_pass": "Абонемент къэщэхун",
  "my_passes": "Си абонементхэр",
  "weather": "Хьэуа щытыкIэр",
  "password": "Пароль",
  "secret_code": "Код щэхур SMS-кIэ къыпхуагъэкIуащ",
  "token_expired": "Сессиер иухащ, аргуэру зыкъэгъэлъагъуэ",
  "thanks": "Упсэу!"
}
''')

add("python/hotel-partner-hmac", "mingipass/partners/terskol_hotels.py", "https://datatracker.ietf.org/doc/html/rfc2104", r'''
"""API для гостиниц Терскола: бронь пассов для гостей. Подпись запросов HMAC-SHA256."""
import hashlib
import hmac

PARTNERS = {
    "hotel-vershina": {"name": "Гостиница «Вершина»", "secret": "@@s@@"},
    "hotel-itkol": {"name": "Иткол", "secret_env": "PARTNER_ITKOL_SECRET"},
}


def verify(partner_id: str, body: bytes, signature: str) -> bool:
    secret = PARTNERS[partner_id]["secret"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
''', hexs(64))

add("yaml/slack-webhook", "mingipass/ops/ci/notify.yml", "https://api.slack.com/messaging/webhooks", r'''
# уведомления о релизах в Slack партнёра (канатная компания использует Slack, мы — Telegram)
notify:
  release:
    slack:
      webhook: @@s@@
      channel: "#elbrus-releases"
      username: mingipass-ci
    telegram:
      chat_id: -1002013847561
      token_env: TG_RELEASE_BOT
''', slack_webhook())

add("md/discord-webhook-readme", "mingipass/ops/ci/README.md", "https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks", r'''
# CI уведомления

Ребята-райдеры из фрирайд-школы сидят в Discord, туда тоже шлём статус подъёмников.
Вебхук канала #elbrus-lifts (Тимур создал, если что — пересоздать):

    @@s@@

Формат сообщения — см. `notify_discord.py`. Раз в 15 минут, только если статус поменялся.
''', discord_webhook())


# ---------------------------------------------------------------- developer machines: IDE, dotfiles, tools

add("pgpass/pgpass-line", "terch/ops/dotfiles/ruslan/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
10.20.0.14:5432:dealer_portal:portal:@@s@@
c-c9q1m2n3o4p5.rw.mdb.yandexcloud.net:6432:dealer_portal:metabase_ro:*
# * в пароле = спросит при подключении
''', fakes.password(_seed()))

add("cnf/mysql-client-password", "terch/ops/dotfiles/zalina/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
host = 10.20.0.21
user = bitrix
password = "@@s@@"
default-character-set = utf8mb4

[mysql]
database = sitemanager
''', words_pw())

add("netrc/netrc-gitlab", "mingipass/ops/dotfiles/timur/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine gitlab.com
  login timur.gurtuev
  password @@s@@
machine api.mingipass.ru
  login deploy
  password <см. Vault>
''', gitlab())

add("git/git-credentials", "mingipass/ops/dotfiles/aslan/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://aslan-ulbashev:@@s@@@github.com
https://oauth2:${GITLAB_TOKEN}@gitlab.com
# второй — через переменную, работает только в CI
# первый — для форка flutter-пакета yandex_mapkit
# TODO: перейти на ssh
''', fakes.github_token(_seed()))

add("conf/rclone-s3", "terch/ops/dotfiles/ruslan/rclone.conf", "https://rclone.org/s3/#yandex", r'''
[yc-backup]
type = s3
provider = Other
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = storage.yandexcloud.net
region = ru-central1
acl = private

[local-nas]
type = smb
host = 10.20.0.40
user = backup
''', yc_secret(), kid=yc_key_id())

add("xml/decoy-jetbrains-datasource", "mingipass/backend/.idea/dataSources.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="mingipass@staging" uuid="6b2f8d1e-9c4a-4e7b-a3f5-1d8c2e6b9a4f">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://10.50.0.20:5432/mingipass_staging</jdbc-url>
      <!-- пароль хранится в KeePass/OS keychain IDE, в файл не попадает -->
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''')

add("json/vscode-sqltools-password", "terch/portal/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "portal prod (осторожно!)",
      "driver": "PostgreSQL",
      "server": "10.20.0.14",
      "port": 5432,
      "database": "dealer_portal",
      "username": "portal",
      "password": "@@s@@"
    }
  ],
  "files.exclude": { "**/__pycache__": true }
}
''', fakes.password(_seed()))

add("json/decoy-vscode-askpass", "mingipass/backend/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "go.lintTool": "golangci-lint",
  "sqltools.connections": [
    {
      "name": "mingipass local",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "mingipass",
      "username": "mingipass",
      "askForPassword": true
    }
  ]
}
''')

add("json/postman-environment", "mingipass/backend/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "3a7c9e1b-5d2f-4a8c-b6e0-9f1d3b5a7c2e",
  "name": "Минги Тау PROD",
  "values": [
    {"key": "base_url", "value": "https://api.mingipass.ru", "enabled": true},
    {"key": "admin_token", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "lift_id", "value": "azau-1", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-01-15T09:12:44.120Z",
  "_postman_exported_using": "Postman/10.21.0"
}
''', jwt_like('{"sub":"admin:aslan","role":"admin","iss":"api.mingipass.ru","iat":1705309900,"exp":1736845900}'))

add("json/decoy-postman-empty-secret", "mingipass/backend/postman/staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "8c1e3a5f-7b9d-4e2c-a0f6-2d4b6e8a1c3f",
  "name": "Минги Тау STAGING",
  "values": [
    {"key": "base_url", "value": "https://api.staging.mingipass.ru", "enabled": true},
    {"key": "admin_token", "value": "", "type": "secret", "enabled": true},
    {"key": "sms_code", "value": "0000", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

add("http/rest-client-bearer", "mingipass/backend/requests/admin.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Список проданных пассов за день (админ)
GET https://api.mingipass.ru/v1/admin/sales?date=2024-01-07
Authorization: Bearer @@s@@
Accept: application/json

### Закрыть подъёмник (ветер)
POST https://api.mingipass.ru/v1/admin/lifts/cheget-1/status
Content-Type: application/json

{"status": "closed", "reason": "ветер 18 м/с"}
''', jwt_like('{"sub":"admin:timur","role":"admin","iss":"api.mingipass.ru","iat":1704610000,"exp":1767682000}'))

add("http/decoy-rest-client-env-var", "mingipass/backend/requests/public.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Статус подъёмников (публичный)
GET {{base_url}}/v1/lifts
Accept: application/json

### Мои пассы
GET {{base_url}}/v1/me/passes
Authorization: Bearer {{user_token}}
# user_token — в http-client.private.env.json (в .gitignore)
''')

add("ps1/powershell-1c-password", "terch/ops/scripts/Update-1CBase.ps1", "https://its.1c.ru/db/v8321doc#bookmark:adm:TI000000493", r'''
# Обновление конфигурации 1С:УТ из файла .cf (ночью, в выходные)
$Platform = "C:\Program Files\1cv8\8.3.23.1865\bin\1cv8.exe"
$Base = '/S"1c.terch.local\ut11_terch"'
$User = "Администратор"
$Pass = "@@s@@"
& $Platform DESIGNER $Base /N $User /P $Pass /UpdateDBCfg /Out "C:\logs\update_$(Get-Date -Format yyyyMMdd).log"
if ($LASTEXITCODE -ne 0) { Send-MailMessage -To it@terchpsy.ru -Subject "1С: ошибка обновления" -SmtpServer 10.20.0.25 }
''', words_pw())

add("bat/decoy-bat-prompt", "terch/ops/scripts/backup_1c_manual.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1", r'''
@echo off
rem Ручная выгрузка базы 1С в .dt (если ночной бэкап упал)
chcp 65001 >nul
set /p ONEC_PASS=Пароль администратора 1С: 
"C:\Program Files\1cv8\8.3.23.1865\bin\1cv8.exe" DESIGNER /S"1c.terch.local\ut11_terch" /N"Администратор" /P"%ONEC_PASS%" /DumpIB "D:\backup\ut11_%date:~-4%%date:~3,2%%date:~0,2%.dt"
set ONEC_PASS=
echo Готово.
''')


# ---------------------------------------------------------------- servers: services, cron, web apps

add("ini/systemd-environment", "mingipass/ops/systemd/turnstile-gw.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Шлюз турникетов Азау (SKIDATA <-> mingipass API)
After=network-online.target

[Service]
User=turnstile
ExecStart=/opt/turnstile-gw/turnstile-gw --site azau
Environment=API_URL=https://api.mingipass.ru
Environment=GATE_API_TOKEN=@@s@@
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
''', mixed(48, "mtp_"))

add("ini/decoy-systemd-envfile", "mingipass/ops/systemd/cheget-gw.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Шлюз турникетов Чегет (AXESS)
After=network-online.target

[Service]
User=turnstile
EnvironmentFile=/etc/turnstile-gw/env
ExecStart=/opt/turnstile-gw/turnstile-gw --site cheget --axess
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("crontab/crontab-curl-token", "terch/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
MAILTO=it@terchpsy.ru
30 2 * * * /opt/terch/backup_1c.sh >> /var/log/backup_1c.log 2>&1
*/30 * * * * /opt/terch/venv/bin/python -m marketplaces.sync >> /var/log/mp_sync.log 2>&1
0 6 * * * curl -s -X POST "https://api.telegram.org/bot@@s@@/sendMessage" -d chat_id=-1001874512390 -d text="Склад: остатки обновлены" >/dev/null
0 7 * * 1 /opt/terch/venv/bin/python -m reports.weekly
''', fakes.telegram_token(_seed()))

add("php/bitrix-dbconn", "terch/site/bitrix/php_interface/dbconn.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=32&LESSON_ID=2795", r'''
<?php
define("BX_USE_MYSQL", true);
$DBType = "mysql";
$DBHost = "10.20.0.21";
$DBLogin = "bitrix";
$DBPassword = "@@s@@";
$DBName = "sitemanager";
$DBDebug = false;
$DBDebugToFile = false;

define("DELAY_DB_CONNECT", true);
define("CACHED_b_file", 3600);
define("BX_UTF", true);
define("BX_FILE_PERMISSIONS", 0644);
define("BX_DIR_PERMISSIONS", 0755);
''', words_pw())

add("php/decoy-bitrix-settings-env", "terch/site/bitrix/.settings_extra.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=43&LESSON_ID=2795", r'''
<?php
// Пароль БД берём из окружения php-fpm (pool.d/terch.conf: env[BX_DB_PASSWORD]),
// чтобы не хранить его в .settings.php
return [
    'connections' => [
        'value' => [
            'default' => [
                'className' => '\\Bitrix\\Main\\DB\\MysqliConnection',
                'host' => '10.20.0.21',
                'database' => 'sitemanager',
                'login' => 'bitrix',
                'password' => getenv('BX_DB_PASSWORD'),
                'options' => 2,
            ],
        ],
    ],
];
''')

add("php/wp-config", "mingipass/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Сайт mingipass.ru (лендинг + блог о трассах) */
define( 'DB_NAME', 'mingipass_wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
$table_prefix = 'mtp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', fakes.password(_seed()))

add("php/decoy-wp-salts-placeholder", "mingipass/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r'''
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
''')

add("java/spring-datasource", "mingipass/reports/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password", r'''
# Отчёты для канатной компании (сколько проходов по каждому подъёмнику)
spring.datasource.url=jdbc:postgresql://c-c9a7b5d3e1f9.ro.mdb.yandexcloud.net:6432/mingipass?ssl=true&sslmode=verify-full
spring.datasource.username=reports
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8090
management.endpoints.web.exposure.include=health,info
''', fakes.password(_seed()))

add("java/decoy-spring-placeholder", "mingipass/reports/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r'''
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/mingipass
    username: ${DB_USER:reports}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.yandex.ru
    port: 465
    username: reports@mingipass.ru
    password: ${SMTP_PASSWORD}
server:
  port: 8090
''')

add("csharp/appsettings-connection", "terch/kassa/TerchKassa/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "ConnectionStrings": {
    "Kassa": "Server=10.20.0.22;Database=TerchKassa;User Id=kassa_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Atol": {
    "DriverPort": "COM3",
    "Model": "АТОЛ 30Ф"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  }
}
''', words_pw())

add("csharp/decoy-user-secrets-id", "terch/kassa/TerchKassa/TerchKassa.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- UserSecretsId — просто идентификатор папки секретов на машине разработчика -->
    <UserSecretsId>5f3a9c1e-7b2d-4e8a-9f6c-1d3b5a7e9c2f</UserSecretsId>
    <AssemblyName>TerchKassa</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.1.5" />
  </ItemGroup>
</Project>
''')


# ---------------------------------------------------------------- embedded, IoT, plant edge devices

add("cpp/esp32-wifi-mqtt", "terch/line/firmware/co2_sensor/co2_sensor.ino", "https://docs.arduino.cc/libraries/pubsubclient/", r'''
// Датчик CO2 и давления сатуратора (ESP32), линия 1
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "TERCH-PLANT";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "10.20.3.5";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("co2-line1");
  mqtt.publish("terch/line1/saturator/co2", String(analogRead(34)).c_str());
  delay(5000);
}
''', words_pw())

add("cpp/decoy-secrets-header-template", "terch/line/firmware/co2_sensor/secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/editor/#secret-tab", r'''
// Скопируй в secrets.h (он в .gitignore) и впиши свои значения.
#pragma once
#define SECRET_WIFI_SSID "TERCH-PLANT"
#define SECRET_WIFI_PASS "********"
#define SECRET_MQTT_USER "co2-line1"
#define SECRET_MQTT_PASS ""
// пароль Wi-Fi цеха — у Руслана, не у подрядчика
''')

add("json/node-red-flow-credentials", "terch/line/node-red/flows_cred_plain.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security", r'''
{
  "7c1e9a3b.5d2f4": {
    "user": "line2",
    "password": "@@s@@"
  },
  "a4f8c2e1.9b3d7": {
    "user": "clickhouse_writer",
    "password": ""
  },
  "_comment": "Гуртуев выгрузил без credentialSecret, чтобы перенести на новый сервер"
}
''', fakes.redis_password(_seed()))

add("json/decoy-node-red-encrypted-creds", "terch/line/node-red/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
{
  "_comment": "credentialSecret задан в settings.js (из env NODE_RED_CREDENTIAL_SECRET)",
  "_exported": "2024-02-20, Гуртуев М.",
  "$": "9c7e1a3f5b2d8c4e6a0f1b3d5e7a9c2b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c"
}
''')

add("yaml/home-assistant-secrets", "terch/line/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant в цехе: климат на складе готовой продукции (вода не должна замёрзнуть зимой!)
wifi_ssid: TERCH-PLANT
mqtt_broker: 10.20.3.5
mqtt_username: homeassistant
mqtt_password: "@@s@@"
latitude_home: 43.4853
longitude_home: 43.6071
''', fakes.redis_password(_seed()))

add("yaml/decoy-home-assistant-config", "terch/line/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Склад Тэрч
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Europe/Moscow
mqtt:
  sensor:
    - name: "Склад ГП — температура"
      state_topic: "terch/sklad/temp"
      unit_of_measurement: "°C"
''')

add("c/modbus-gateway-password", "terch/line/gateway/src/config.c", "https://www.moxa.com/en/products/industrial-edge-connectivity/protocol-gateways", r'''
/* Шлюз Modbus TCP -> MQTT для этикетировщика (линия 2). Собирается под OpenWrt. */
#include "config.h"

const gateway_config_t GW_CONFIG = {
    .modbus_host = "10.20.3.30",
    .modbus_port = 502,
    .unit_id = 1,
    .mqtt_uri = "mqtts://10.20.3.5:8883",
    .mqtt_user = "labeler2",
    .mqtt_password = "@@s@@",
    .poll_ms = 1000,
};
''', fakes.redis_password(_seed()))

add("lua/openresty-api-key", "mingipass/ops/nginx/lua/check_gate.lua", "https://github.com/openresty/lua-nginx-module#access_by_lua_block", r'''
-- Проверка ключа турникета на входе в API (access_by_lua_file)
-- Аслан: ключи гейтов временно тут, потом в shared dict из Vault
local keys = {
  ["azau-lower"]  = "@@s@@",
  ["azau-middle"] = os.getenv("GATE_KEY_AZAU_MIDDLE"),
}

local gate = ngx.req.get_headers()["X-Gate-Id"]
local key = ngx.req.get_headers()["X-Gate-Key"]
if not gate or keys[gate] ~= key then
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
''', mixed(40, "gk_"))

add("ini/ansible-inventory-password", "terch/net/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
[office]
10.20.0.21 ansible_user=root
10.20.0.30 ansible_user=deploy

[sklad_tyrnyauz]
10.30.0.10 ansible_user=admin ansible_password=@@s@@

[windows_1c]
10.20.0.23 ansible_connection=winrm ansible_user=Administrator ansible_password="{{ vault_win_admin }}"
''', words_pw())

add("yaml/helm-values-rabbitmq", "mingipass/ops/helm/rabbitmq-values.yaml", "https://artifacthub.io/packages/helm/bitnami/rabbitmq", r'''
# очередь событий проходов через турникеты
auth:
  username: mingipass
  password: "@@s@@"
  erlangCookie: ""
persistence:
  size: 8Gi
resources:
  requests: { cpu: 250m, memory: 512Mi }
metrics:
  enabled: true
''', fakes.redis_password(_seed()))

add("yaml/decoy-helm-existing-secret", "mingipass/ops/helm/redis-values.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", r'''
architecture: standalone
auth:
  enabled: true
  existingSecret: redis-auth
  existingSecretPasswordKey: redis-password
master:
  persistence:
    size: 4Gi
metrics:
  enabled: true
''')

add("tfvars/terraform-tfvars", "mingipass/infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
folder_id   = "b1g3k5m7n9p1r3t5v7x9"
zone        = "ru-central1-a"
db_name     = "mingipass"
db_user     = "mingipass_admin"
db_password = "@@s@@"
k8s_version = "1.28"
node_count  = 3
''', fakes.password(_seed()))

add("tfvars/decoy-tfvars-example", "mingipass/infra/terraform/prod.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
folder_id   = "b1g3k5m7n9p1r3t5v7x9"
zone        = "ru-central1-a"
db_name     = "mingipass"
db_user     = "mingipass_admin"
# db_password передаётся через TF_VAR_db_password из Lockbox, сюда не писать
db_password = ""
k8s_version = "1.28"
''')


# ---------------------------------------------------------------- keys and certificates

add("pem/rsa-private-key-file", "mingipass/ops/certs/api.mingipass.ru.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "mingipass/ops/certs/api.mingipass.ru.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
MIIFJzCCBA+gAwIBAgISBHq3Lm2K9xNc7dP1vQw8eTzYMA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
EwJSMzAeFw0yNDAxMDUwNjAwMDBaFw0yNDA0MDQwNjAwMDBaMBsxGTAXBgNVBAMT
EGFwaS5taW5naXBhc3MucnUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIB
AQC7k2Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQ
-----END CERTIFICATE-----
''')

add("ssh/openssh-private-key", "terch/ops/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-authorized-keys", "terch/ops/keys/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# deploy на 10.20.0.30 (портал)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7q2Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eT ruslan@terch-nb
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3bV7cX9zL1kJ3hG5fD7sA9pO7iU5yT3rE1wQ9aZ7xS gitlab-ci@terch
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7k2Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzY zalina@terch-nb
# Азамат — ключ удалён 01.03 (уволился)
''')

add("ssh/decoy-ssh-config", "mingipass/ops/dotfiles/aslan/ssh_config", "https://man.openbsd.org/ssh_config", r'''
Host azau-gw
    HostName 10.50.1.10
    User turnstile
    IdentityFile ~/.ssh/mingipass_ed25519
    ProxyJump bastion

Host bastion
    HostName 158.160.41.50
    User aslan
    IdentityFile ~/.ssh/mingipass_ed25519
''')

add("pem/ec-key-in-readme", "mingipass/partners/README.md", "https://www.rfc-editor.org/rfc/rfc5915", r'''
# Партнёрский API (гостиницы Терскола)

Для подписи QR-кодов пассов (ES256) используется ключ ниже. Гостиницам отдаём только публичную часть.

```
@@s@@
```

Проверка подписи на стороне гостиницы — см. `verify_qr.py`.
''', "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI" + rnd(55, ALNUM + "+/") + "\noAoGCCqGSM49AwEHoUQDQgAE" + rnd(40, ALNUM + "+/") + "\n" + rnd(48, ALNUM + "+/") + "==\n-----END EC PRIVATE KEY-----")

add("pem/decoy-public-key", "mingipass/partners/qr_public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r'''
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEk2Lm9xNc7dP1vQw8eTzYHq3Lm2K9
xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3
Lm2K9xNc7dP1vQw8eTzYHw==
-----END PUBLIC KEY-----
''')

add("pgp/pgp-private-key", "terch/ops/keys/buh-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
@@s@@
''', "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGX" + rnd(57, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8)) + "\n=" + rnd(4, ALNUM + "+/") + "\n-----END PGP PRIVATE KEY BLOCK-----")

add("pgp/decoy-pgp-public-key", "terch/ops/keys/buh-signing.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGXk2LmBEADN7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7d
P1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9
xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3
=k2Lm
-----END PGP PUBLIC KEY BLOCK-----
''')

_PPK = rnd(64, ALNUM + "+/") + "\n" + rnd(64, ALNUM + "+/") + "\n" + rnd(40, ALNUM + "+/") + "=="
add("ppk/putty-private-key", "terch/ops/keys/sklad_tyrnyauz.ppk", "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/AppendixC.html", r'''
PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: sklad-tyrnyauz (Хасан, ноутбук склада)
Public-Lines: 2
AAAAB3NzaC1yc2EAAAADAQABAAABAQC7k2Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7
dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzY
Private-Lines: 3
@@s@@
Private-MAC: @@mac@@
''', _PPK, mac=hexs(64))

add("txt/age-secret-key", "mingipass/ops/sops/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-01-10T11:42:05+03:00
# public key: age1k2lm9xnc7dp1vqw8etzyhq3lm2k9xnc7dp1vqw8etzyhq3lm2k9qs8r4t
# ключ для sops (Аслан). Положить в ~/.config/sops/age/keys.txt, НЕ в репо...
# (закоммитил по ошибке вместе с .sops.yaml)
@@s@@
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))

add("yaml/decoy-sops-encrypted", "mingipass/ops/sops/secrets.enc.yaml", "https://github.com/getsops/sops#usage", r'''
yookassa_secret_key: ENC[AES256_GCM,data:k2Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQ==,iv:Hq3Lm2K9xNc7dP1vQw8eTzY=,tag:dP1vQw8eTzYHq3Lm2K9xNc==,type:str]
skidata_api_key: ENC[AES256_GCM,data:P1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1v,iv:xNc7dP1vQw8eTzYHq3Lm2K=,tag:9xNc7dP1vQw8eTzYHq3Lm==,type:str]
sops:
    age:
        - recipient: age1k2lm9xnc7dp1vqw8etzyhq3lm2k9xnc7dp1vqw8etzyhq3lm2k9qs8r4t
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBrMkxtOXhOYzdkUDF2UXc4
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-01-10T08:45:12Z"
    mac: ENC[AES256_GCM,data:Lm9xNc7dP1vQw8eTzYHq3Lm2K9xNc7dP1vQw8eTzYHq3,iv:Q=,tag:w==,type:str]
    version: 3.8.1
''')


# ---------------------------------------------------------------- packaging, build tools, odd embeddings

add("json/composer-auth", "terch/site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", r'''
{
    "http-basic": {
        "gitlab.terch.local": {
            "username": "composer",
            "password": "@@s@@"
        }
    },
    "gitlab-domains": ["gitlab.terch.local"]
}
''', gitlab())

add("xml/maven-settings-password", "mingipass/reports/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>mingipass-nexus</id>
      <username>deployer</username>
      <!-- TODO зашифровать через mvn --encrypt-password -->
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>mingipass-nexus</id>
      <url>https://nexus.mingipass.ru/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("xml/decoy-maven-encrypted", "mingipass/reports/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings>
  <servers>
    <server>
      <id>mingipass-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

add("ini/pypirc-token", "terch/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi
    terch

[pypi]
username = __token__
password = @@s@@

[terch]
repository = https://gitlab.terch.local/api/v4/projects/12/packages/pypi
username = __token__
password = ${TERCH_PYPI_TOKEN}
''', fakes.pypi_token(_seed()))

add("ini/decoy-pip-conf", "terch/tools/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://gitlab.terch.local/api/v4/projects/12/packages/pypi/simple
# токен — через keyring (pip install keyring; keyring set gitlab.terch.local __token__)
trusted-host = gitlab.terch.local
timeout = 60
''')

_OWM = hexs(32)
add("js/split-string-key", "mingipass/web/src/api/weatherWidget.js", "https://openweathermap.org/appid", r'''
// Виджет погоды на лендинге. Ключ «спрятан» от ботов (Тимур, не смейтесь)
const OWM_KEY = atob("@@p1@@");

export async function weather(lat, lon) {
  const url = `https://api.openweathermap.org/data/2.5/weather?lat=${lat}&lon=${lon}&units=metric&lang=ru&appid=${OWM_KEY}`;
  const res = await fetch(url);
  return res.json();
}
''', _OWM, p1=b64(_OWM))

add("makefile/makefile-deploy", "terch/portal/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
.PHONY: test deploy migrate

REGISTRY := cr.yandex/crp7k2m9x1q3w5e8r0t4
YC_TOKEN := @@s@@

test:
	pytest -q

deploy:
	echo $(YC_TOKEN) | docker login --username oauth --password-stdin cr.yandex
	docker build -t $(REGISTRY)/portal:latest .
	docker push $(REGISTRY)/portal:latest

migrate:
	python manage.py migrate
''', yandex_oauth())

add("groovy/jenkinsfile-credentials", "terch/kassa/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
    agent { label 'windows' }
    environment {
        NUGET_FEED = 'https://nexus.terch.local/repository/nuget-hosted/'
        // TODO: перенести в Jenkins credentials
        NUGET_API_KEY = '@@s@@'
    }
    stages {
        stage('Build') { steps { bat 'dotnet build -c Release' } }
        stage('Pack') { steps { bat 'dotnet pack -c Release -o out' } }
        stage('Push') { steps { bat "dotnet nuget push out\\*.nupkg -s %NUGET_FEED% -k %NUGET_API_KEY%" } }
    }
}
''', uuid_s())

add("groovy/decoy-jenkinsfile-withcredentials", "terch/portal/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([string(credentialsId: 'yc-oauth-portal', variable: 'YC_TOKEN')]) {
                    sh 'echo "$YC_TOKEN" | docker login --username oauth --password-stdin cr.yandex'
                    sh 'docker push cr.yandex/crp7k2m9x1q3w5e8r0t4/portal:latest'
                }
            }
        }
    }
}
''')

add("sql/settings-table-insert", "mingipass/backend/db/migrations/0042_sms_provider.sql", "https://smsaero.ru/integration/documentation/api/", r'''
-- Переходим на SMS Aero для кодов входа (sms.ru дорогой для Билайна)
INSERT INTO settings (key, value, updated_by) VALUES
  ('sms.provider', 'smsaero', 'aslan'),
  ('sms.smsaero.email', 'dev@mingipass.ru', 'aslan'),
  ('sms.smsaero.api_key', '@@s@@', 'aslan'),
  ('sms.sender', 'MingiPass', 'aslan')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
''', rnd(32, ALNUM))

add("md/docker-run-env", "mingipass/ops/README-worker.md", "https://docs.docker.com/reference/cli/docker/container/run/#env", r'''
# worker (рассылки пушей, отчёты)

Быстрый запуск на сервере без compose (как делали в декабре):

```bash
docker run -d --name mingipass-worker --restart always \
  -e DATABASE_URL=postgres://mingipass@10.50.0.20:5432/mingipass \
  -e FCM_SERVER_KEY=@@s@@ \
  -e LOG_LEVEL=info \
  cr.yandex/crp1a3s5d7f9g2h4j6k8/worker:2.3.1
```

Сейчас крутится в k8s, этот способ — только если кластер лежит.
''', "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("txt/prose-note-password", "mingipass/notes/kassa_cheget.txt", "https://www.markdownguide.org/basic-syntax/", r'''
Касса Чегет — памятка для кассира (Мадина, сезон 2023/24)

Утром включить компьютер, потом принтер пассов (Zebra), потом открыть «Минги Тау Касса».
Вход в кассу: логин kassa-cheget, пароль @@s@@ (не говорить стажёрам,
у них свой логин kassa-stazher).
Если принтер не печатает — выключить/включить, проверить ленту RFID.
Вечером — закрыть смену (Z-отчёт), сдать выручку старшему.
''', words_pw())


# ---------------------------------------------------------------- more of both teams: scripts, configs, docs

add("rust/tinkoff-sbp-password", "mingipass/kiosk/src/sbp.rs", "https://www.tinkoff.ru/kassa/dev/payments/#section/Podpis-zaprosa", r'''
//! Оплата по СБП в киоске самообслуживания (Азау, нижняя станция).
use sha2::{Digest, Sha256};

const TERMINAL_KEY: &str = "1704821937015";
const TERMINAL_PASSWORD: &str = "@@s@@";

/// Токен запроса Тинькофф: sha256 от значений, отсортированных по ключу, с Password.
pub fn sign(mut pairs: Vec<(&str, String)>) -> String {
    pairs.push(("Password", TERMINAL_PASSWORD.to_string()));
    pairs.push(("TerminalKey", TERMINAL_KEY.to_string()));
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    let joined: String = pairs.into_iter().map(|(_, v)| v).collect();
    format!("{:x}", Sha256::digest(joined.as_bytes()))
}
''', rnd(16, LOWER + "0123456789"))

add("rust/decoy-rust-env", "mingipass/kiosk/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

pub struct Config {
    pub terminal_key: String,
    pub terminal_password: String,
    pub printer: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            terminal_key: env::var("TINKOFF_TERMINAL_KEY").expect("TINKOFF_TERMINAL_KEY"),
            terminal_password: env::var("TINKOFF_TERMINAL_PASSWORD").expect("TINKOFF_TERMINAL_PASSWORD"),
            printer: env::var("KIOSK_PRINTER").unwrap_or_else(|_| "/dev/usb/lp0".into()),
        }
    }
}
''')

add("ts/yandex-smtp-app-password", "mingipass/backend-notify/src/mailer.ts", "https://yandex.ru/support/mail/mail-clients/others.html", r'''
import nodemailer from "nodemailer";

// Письма с чеком и QR ски-пасса. Ящик на Яндекс 360, пароль приложения.
export const mailer = nodemailer.createTransport({
  host: "smtp.yandex.ru",
  port: 465,
  secure: true,
  auth: {
    user: "tickets@mingipass.ru",
    pass: "@@s@@",
  },
});

export async function sendPass(to: string, qrPng: Buffer) {
  await mailer.sendMail({
    from: "Минги Тау Пасс <tickets@mingipass.ru>",
    to,
    subject: "Ваш ски-пасс — Эльбрус",
    text: "Покажите QR на турникете. Хорошего катания! Ахшы жол!",
    attachments: [{ filename: "pass.png", content: qrPng }],
  });
}
''', app_pw())

add("ts/decoy-mailer-test", "mingipass/backend-notify/src/mailer.test.ts", "https://nodemailer.com/smtp/testing/", r'''
import nodemailer from "nodemailer";

// Тестовый транспорт Ethereal: учётка создаётся на лету, ничего реального не уходит.
test("sends pass email", async () => {
  const account = await nodemailer.createTestAccount();
  const t = nodemailer.createTransport({
    host: account.smtp.host, port: account.smtp.port, secure: account.smtp.secure,
    auth: { user: account.user, pass: account.pass },
  });
  const info = await t.sendMail({ from: "test@example.com", to: "guest@example.com", subject: "test", text: "ok" });
  expect(info.messageId).toBeDefined();
});
''')

add("ruby/sidekiq-redis-url", "terch/tools/label_printer/config/sidekiq.yml", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", r'''
# Очередь печати этикеток Честного ЗНАКа (Ruby, старый сервис Ислама)
:concurrency: 5
:queues:
  - labels
  - default
:redis:
  :url: redis://:@@s@@@10.20.0.26:6379/2
''', fakes.redis_password(_seed()))

add("yaml/decoy-docker-healthcheck", "terch/tools/label_printer/docker-compose.yml", "https://docs.docker.com/reference/compose-file/services/#healthcheck", r'''
services:
  labels:
    build: .
    environment:
      REDIS_URL: ${REDIS_URL}
      PRINTER_HOST: 10.20.3.41
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:3000/health"]
      interval: 30s
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it in .env}"]
''')

add("conf/redis-requirepass", "terch/tools/label_printer/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", r'''
# redis для очереди этикеток (10.20.0.26)
bind 10.20.0.26 127.0.0.1
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 256mb
maxmemory-policy allkeys-lru
''', fakes.redis_password(_seed()))

add("yaml/decoy-prometheus-rules", "mingipass/ops/monitoring/rules/lifts.yml", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/", r'''
groups:
  - name: lifts
    rules:
      - alert: TurnstileGatewayDown
        expr: up{job="turnstile-gw"} == 0
        for: 2m
        labels: { severity: critical }
        annotations:
          summary: "Шлюз турникетов {{ $labels.instance }} не отвечает"
          description: "Проверить питание в будке Азау, потом VPN. Токен шлюза не трогать."
      - alert: PassSalesStopped
        expr: increase(mingipass_pass_sold_total[30m]) == 0 and hour() >= 9 and hour() < 15
        for: 10m
''')

add("md/curl-in-runbook", "mingipass/docs/runbooks/close-lift.md", "https://curl.se/docs/manpage.html#-H", r'''
# Закрыть подъёмник из консоли (если админка не открывается)

Ветер > 15 м/с на Чегете — кресельную закрываем, статус в приложении должен смениться сразу.

```bash
curl -X POST https://api.mingipass.ru/v1/admin/lifts/cheget-1/status \
  -H "X-Admin-Key: @@s@@" \
  -H "Content-Type: application/json" \
  -d '{"status":"closed","reason":"ветер"}'
```

Открыть обратно — то же самое с `"status":"open"`.
''', mixed(40, "adm_"))

add("md/decoy-runbook-vault-curl", "mingipass/docs/runbooks/open-lift.md", "https://curl.se/docs/manpage.html#-H", r'''
# Открыть подъёмник из консоли

```bash
ADMIN_KEY=$(vault kv get -field=admin_key kv/mingipass/api)
curl -X POST https://api.mingipass.ru/v1/admin/lifts/cheget-1/status \
  -H "X-Admin-Key: $ADMIN_KEY" \
  -H "Content-Type: application/json" \
  -d '{"status":"open"}'
```

Ключ в истории shell не оставлять: `unset ADMIN_KEY` после.
''')

add("shell/zsh-history-yc", "mingipass/ops/dotfiles/timur/zsh_history.txt", "https://yandex.cloud/ru/docs/cli/operations/authentication/user", r'''
: 1704612001:0;yc config list
: 1704612015:0;yc managed-kubernetes cluster list
: 1704612040:0;yc config set token @@s@@
: 1704612052:0;yc container registry configure-docker
: 1704612090:0;kubectl get pods -n mingipass
: 1704612133:0;kubectl logs -n mingipass deploy/api --tail=100
: 1704612200:0;kubectl rollout restart -n mingipass deploy/api
''', yandex_oauth())

add("shell/decoy-bash-history-clean", "terch/ops/notes/history_portal.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
  88  cd /srv/portal
  89  git pull
  90  docker compose -f docker-compose.prod.yml pull
  91  docker compose -f docker-compose.prod.yml up -d
  92  docker compose logs -f web --tail 50
  93  psql "$DATABASE_URL" -c "select count(*) from orders where created_at > now() - interval '1 day'"
  94  exit
''')

add("yaml/yc-iam-token-ci", "mingipass/.gitlab-ci.yml", "https://yandex.cloud/ru/docs/iam/concepts/authorization/iam-token", r'''
stages: [build, deploy]

variables:
  REGISTRY: cr.yandex/crp1a3s5d7f9g2h4j6k8
  # IAM-токен живёт 12 часов, Тимур вставил для отладки пайплайна
  YC_IAM_TOKEN: "@@s@@"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$YC_IAM_TOKEN" | docker login --username iam --password-stdin cr.yandex
    - docker build -t $REGISTRY/api:$CI_COMMIT_SHORT_SHA backend
    - docker push $REGISTRY/api:$CI_COMMIT_SHORT_SHA
''', yc_iam())

add("yaml/decoy-gitlab-ci-masked", "mingipass/web/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts: { paths: [dist] }

deploy:
  stage: deploy
  image: amazon/aws-cli
  script:
    # YC_S3_KEY_ID / YC_S3_SECRET — masked protected variables проекта
    - aws --endpoint-url=https://storage.yandexcloud.net s3 sync dist s3://mingipass.ru --delete
  variables:
    AWS_ACCESS_KEY_ID: $YC_S3_KEY_ID
    AWS_SECRET_ACCESS_KEY: $YC_S3_SECRET
''')


# ---------------------------------------------------------------- last batch: hosting, DNS, ML, fixtures

add("python/hf-token-kabardian-tts", "mingipass/assistant/tts_kbd.py", "https://huggingface.co/docs/hub/security-tokens", r'''
"""Озвучка объявлений на станциях по-кабардински и по-балкарски (эксперимент Мадины).
Адыгэбзэкlэ икlи малкъарча макъ."""
from huggingface_hub import InferenceClient

HF_TOKEN = "@@s@@"
client = InferenceClient(model="facebook/mms-tts-kbd", token=HF_TOKEN)


def announce(text: str, path: str = "announce.flac") -> str:
    audio = client.text_to_speech(text)
    with open(path, "wb") as f:
        f.write(audio)
    return path
''', mixed(34, "hf_"))

add("json/timeweb-cloud-token", "mingipass/infra/timeweb/provider.auto.tfvars.json", "https://timeweb.cloud/api-docs", r'''
{
  "_comment": "резервный сервер для лендинга в Timeweb Cloud (если Yandex Cloud недоступен)",
  "twc_token": "@@s@@",
  "server_name": "mingipass-landing-reserve",
  "preset_id": 2447,
  "os_id": 79,
  "location": "ru-1"
}
''', "eyJhbGciOiJSUzUxMiIsInR5cCI6IkpXVCIsImtpZCI6IjFrYnhacFJNQGJSI0tSbE1xS1lqIn0." + fakes.drawn(_seed(), 180, ALNUM + "-_") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("python/regru-api-password", "terch/ops/scripts/dns_acme_regru.py", "https://www.reg.ru/reseller/api2doc", r'''
"""DNS-01 для wildcard-сертификата *.terchpsy.ru через API Рег.ру (certbot manual hook)."""
import os

import requests

USERNAME = "terchpsy@yandex.ru"
PASSWORD = "@@s@@"  # альтернативный пароль API (не от ЛК)


def add_txt(domain: str, value: str):
    return requests.post("https://api.reg.ru/api/regru2/zone/add_txt", data={
        "username": USERNAME, "password": PASSWORD, "domains": f'[{{"dname":"{domain}"}}]',
        "subdomain": "_acme-challenge", "text": value, "output_content_type": "plain",
    }).json()


if __name__ == "__main__":
    print(add_txt("terchpsy.ru", os.environ["CERTBOT_VALIDATION"]))
''', rnd(14, ALNUM))

add("yaml/github-fine-grained-pat", "mingipass/mobile/.github/workflows/i18n-sync.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: Sync translations (krc, kbd, ru)
on:
  schedule: [{ cron: "0 3 * * *" }]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: mingipass/translations
          # секрет не завёлся в организации — временно так (Мадина)
          token: @@s@@
          path: translations
      - run: cp translations/*.json assets/i18n/
''', fakes.github_fine_grained_token(_seed()))

add("env/selectel-api-token", "terch/infra/selectel/.env", "https://docs.selectel.ru/control-panel-actions/account/api-keys/", r'''
# Selectel: бэкапы 1С в S3 + DNS terch.local зеркало
SELECTEL_ACCOUNT=284710
SELECTEL_API_TOKEN=@@s@@
SELECTEL_S3_REGION=ru-1
SELECTEL_S3_BUCKET=terch-backup-1c
''', mixed(26) + "_" + str(_rng().randint(100000, 999999)))

add("python/telegram-channel-snow-report", "mingipass/bots/snow_report.py", "https://core.telegram.org/bots/api#sendphoto", r'''
"""Утренний пост в канал @mingipass_elbrus: снег, ветер, какие подъёмники работают.
Тау башында къар — снег на вершине."""
import requests

TOKEN = "@@s@@"
CHANNEL = "@mingipass_elbrus"


def post(snapshot_url: str, text: str):
    return requests.post(f"https://api.telegram.org/bot{TOKEN}/sendPhoto",
                         data={"chat_id": CHANNEL, "photo": snapshot_url, "caption": text,
                               "parse_mode": "HTML"}).json()


if __name__ == "__main__":
    post("https://storage.yandexcloud.net/mingipass-snowcam/garabashi/latest.jpg",
         "Доброе утро! Гарабаши −12°, ветер 4 м/с, снег 20 см за ночь. Азау и Чегет-1 работают.")
''', fakes.telegram_token(_seed()))

add("txt/decoy-checksums", "terch/line/firmware/releases/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
3f9a1c7e5b2d4f8a9c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a  co2_sensor-1.4.2.bin
8c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e  co2_sensor-1.4.3.bin
b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9  modbus_gw-0.9.0.ipk
1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c2e4b  modbus_gw-0.9.1.ipk
e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1  labeler_fw-2.0.0.bin
''')

add("json/decoy-package-lock-integrity", "mingipass/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "mingipass-web",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.5",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.5.tgz",
      "integrity": "sha512-Ii012v05KEVuUoFWmMW/UQv9aRIc3ZwkWDcM+h5Il8izZCtRVpDUfwpoFf7eOtajT3QiGR4yDUx7lPqHJULgbg=="
    },
    "node_modules/vue": {
      "version": "3.4.15",
      "resolved": "https://registry.npmjs.org/vue/-/vue-3.4.15.tgz",
      "integrity": "sha512-jC0GH4KkWLWJOEQjOpkqU1bQsBwf4R1rsFtw5GQJbjHVKWDzO6P0nWWBTmjp1xSemAioDFj1jdaK1qa3DnMbNQ=="
    }
  }
}
''')

add("python/decoy-test-fixture-fake-token", "mingipass/bots/tests/test_snow_report.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", r'''
import snow_report

# Фейковый токен только для теста: формат как у настоящего, но бота с таким id нет.
FAKE_TOKEN = "123456789:TEST-not-a-real-token-for-unit-tests"


def test_post_builds_url(monkeypatch):
    calls = []
    monkeypatch.setattr(snow_report, "TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(snow_report.requests, "post", lambda url, data: calls.append(url) or type("R", (), {"json": lambda s: {}})())
    snow_report.post("https://example.com/x.jpg", "тест")
    assert calls == [f"https://api.telegram.org/bot{FAKE_TOKEN}/sendPhoto"]
''')

add("md/decoy-revoked-note", "terch/docs/security/2024-01-incident.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Инцидент 2024-01: токен Яндекс OAuth в публичном репозитории

- **Что случилось:** в `terraform/provider.tf` был закоммичен личный OAuth-токен Руслана.
- **Когда заметили:** 17.01, через 3 дня (письмо от Yandex Cloud о найденном токене).
- **Что сделали:** токен отозван на oauth.yandex.ru, провайдер переведён на ключ сервисного
  аккаунта (`service_account_key_file`), история переписана.
- **Значение токена** в этот документ специально не копируем.
- **Итог:** аномальной активности в аудит-логах нет.

Псалъэ: «щэху» (секрет) — только в Lockbox.
''')

add("csv/decoy-orders-uuids", "mingipass/notes/export_sales_2024-01-07.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
order_id,payment_id,product,lift_zone,price_rub,paid_at
6f1d3b5a-7c9e-4b2d-8f0a-1c3e5b7d9f1a,2d4f6a8c-000f-5000-9000-1b3d5f7a9c2e,day_full,ELBRUS,3100,2024-01-07T08:12:44+03:00
8a0c2e4b-6d8f-4a1c-9e5b-7d9f1a3c5e7b,2d4f6b1e-000f-5000-a000-3c5e7b9d1f3a,half_day,CHEGET,1900,2024-01-07T08:15:02+03:00
1c3e5b7d-9f1a-4c5e-8b9d-1f3a5c7e9b1d,2d4f6c40-000f-5000-8000-5e7b9d1f3a5c,child_day,ELBRUS,1600,2024-01-07T08:21:37+03:00
3a5c7e9b-1d3f-4a7c-9e1b-3d5f7a9c1e3b,2d4f6d72-000f-5000-9000-7b9d1f3a5c7e,day_full,ELBRUS,3100,2024-01-07T08:30:11+03:00
''')

add("go/decoy-go-sum", "mingipass/backend/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/jackc/pgx/v5 v5.5.2 h1:iLlpgp4Cp/gC9Xuscl7lFL1PhhW+ZLtXZcrfCt4C3tA=
github.com/jackc/pgx/v5 v5.5.2/go.mod h1:ez9gk+OAat140fv9ErkZDYFWmXLfV+++K0uAOiwgm1A=
github.com/redis/go-redis/v9 v9.4.0 h1:Yzoz33UZw9I/mFhx4MNrB6Fk+XHO1VukNcCa1+lwyKk=
github.com/redis/go-redis/v9 v9.4.0/go.mod h1:hdY0cQFCN4fnSYT6TkisLufl/4W5UIXyv0b/CLO2V2M=
golang.org/x/crypto v0.18.0 h1:PGVlW0xEltQnzFZ55hkuX5+KLyrXYRHld5SgLrGNnQc=
golang.org/x/crypto v0.18.0/go.mod h1:R0j02AL6hcrRkLoQXXYuAO3g7O7W2fzyKvRqlOv1p+Q=
''')

add("yaml/decoy-openapi-example-key", "mingipass/backend/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
openapi: 3.0.3
info:
  title: Минги Тау Пасс — партнёрский API
  version: 1.2.0
components:
  securitySchemes:
    PartnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: |
        Ключ выдаётся каждой гостинице отдельно. Пример заголовка:
        `X-Partner-Key: pk_test_EXAMPLE_DO_NOT_USE`
security:
  - PartnerKey: []
paths:
  /v1/partners/passes:
    post:
      summary: Забронировать пасс для гостя
      responses:
        "201": { description: Создано }
''')
