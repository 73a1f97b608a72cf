"""Blind set OK: a Nukus melon and cotton-seed oil exporter and a desert yurt-camp booking service.

The exporter (Ámiwdárya Qawın hám May: melon export to Kazakhstan and Russia, a cotton-seed oil
press, 1C exchange, Payme/Click payments, Telegram bots for drivers, cold-store sensors) and the
yurt camp (Qızılqum Kiyiz Úy: booking site, channel managers, SMS via Eskiz, camel-ride tours),
with notes and comments in Karakalpak, Uzbek and Russian mixed with English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8920000-8929999).
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
LOWER = string.ascii_lowercase + string.digits
SEED_LO, SEED_HI = 8920000, 8929999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Qawin", "Paxta", "Shigit", "Nukus", "Amiw", "Qum", "Tuye", "Kiyiz", "Shol", "Mayli",
         "Aral", "Ayaz", "Qala", "Juwaz", "Guz", "Tobe", "Saksawil", "Bazar", "Jipek", "Qamis"]


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


def ya_api_key() -> str:
    return "AQVN" + fakes.drawn_mixed(_seed(), 36, ALNUM + "_-")


def ya_static_id() -> str:
    return "YCAJE" + mixed(20)


def ya_static_secret() -> str:
    return "YCM" + fakes.drawn_mixed(_seed(), 37, ALNUM + "_-")


def ya_iam() -> str:
    return "t1.9euelZ" + fakes.drawn(_seed(), 160, ALNUM + "_-") + "." + fakes.drawn(_seed(), 86, ALNUM + "_-")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def bitrix_hook() -> str:
    r = _rng()
    return f"https://amiwdarya.bitrix24.ru/rest/{r.randint(1, 40)}/" + "".join(r.choice(LOWER) for _ in range(16)) + "/"


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def jwt_like(payload: str, alg: str = "HS256") -> str:
    head = base64.urlsafe_b64encode(('{"alg":"%s","typ":"JWT"}' % alg).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43 if alg == "HS256" else 342, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-ok/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- exporter: payments, web shop, 1C

add("python/payme-merchant-key", "amiw/export/payments/payme.py", "https://developer.help.paycom.uz/metody-merchant-api/", r'''
"""Payme Merchant API — qabıllaw (Karakalpak: tólemlerdi qabıllaw).

Payme bizge Basic auth menen keledi: login "Paycom", parol — kassa kaliti.
"""
import base64
from django.http import JsonResponse

PAYME_MERCHANT_ID = "65f1c0d9a4e2b7f3c8d16e02"
# TODO(Azamat): kalitti .env ge kóshiriw kerek, házirshe usı jerde
PAYME_KEY = "@@s@@"


def check_auth(request):
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Basic "):
        return False
    login, _, key = base64.b64decode(header[6:]).decode().partition(":")
    return login == "Paycom" and key == PAYME_KEY


def error(rpc_id, code, ru, uz):
    return JsonResponse({"id": rpc_id, "error": {"code": code, "message": {"ru": ru, "uz": uz}}})
''', rnd(20, ALNUM + "#%&?@"))

add("env/click-secret", "amiw/export/.env.production", "https://docs.click.uz/click-api-request/", r'''
# Ámiwdárya Qawın — production
DJANGO_SETTINGS_MODULE=amiw.settings.prod
ALLOWED_HOSTS=qawin.uz,www.qawin.uz

# Click (SHOP-API)
CLICK_SERVICE_ID=31842
CLICK_MERCHANT_ID=24519
CLICK_MERCHANT_USER_ID=40217
CLICK_SECRET_KEY=@@s@@

# Payme — kalit vaultta, bul jerde emes
PAYME_KEY_FILE=/run/secrets/payme_key
''', mixed(14))

add("php/click-prepare-secret", "amiw/site/click/prepare.php", "https://docs.click.uz/click-api-request/", r'''
<?php
// Click Prepare — проверка подписи (sign_string = md5(...))
// Ключ временно здесь, потом перенесём в config.php (Bekzod)
$SECRET_KEY = '@@s@@';
$SERVICE_ID = 31842;

$p = $_POST;
$sign = md5($p['click_trans_id'] . $p['service_id'] . $SECRET_KEY . $p['merchant_trans_id']
    . $p['amount'] . $p['action'] . $p['sign_time']);

header('Content-Type: application/json; charset=utf-8');
if ($sign !== $p['sign_string']) {
    echo json_encode(['error' => -1, 'error_note' => 'SIGN CHECK FAILED!']);
    exit;
}
echo json_encode([
    'click_trans_id' => $p['click_trans_id'],
    'merchant_trans_id' => $p['merchant_trans_id'],
    'merchant_prepare_id' => (int) $p['merchant_trans_id'],
    'error' => 0,
    'error_note' => 'Success',
]);
''', mixed(14))

add("env/decoy-placeholders", "amiw/export/.env.example", "https://docs.click.uz/click-api-request/", r'''
# Nusqa fayl / Пример. Kóshirip alıń: cp .env.example .env
DJANGO_SETTINGS_MODULE=amiw.settings.dev
DATABASE_URL=postgres://amiw:amiw@localhost:5432/amiw_dev

CLICK_SERVICE_ID=
CLICK_MERCHANT_ID=
CLICK_SECRET_KEY=<click kabinetinen alıń>
PAYME_MERCHANT_ID=
PAYME_KEY=changeme
TELEGRAM_BOT_TOKEN=123456:replace-me
ESKIZ_EMAIL=you@example.com
ESKIZ_PASSWORD=
''')

add("python/decoy-settings-env", "amiw/export/amiw/settings/prod.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
"""Production sazlawları. Hámme jasırın mánisler ortalıqtan (environment) oqıladı."""
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "qawin.uz").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "amiw",
        "USER": "amiw_app",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "10.20.0.5"),
        "PORT": "5432",
    }
}

PAYME_KEY = os.environ["PAYME_KEY"]
CLICK_SECRET_KEY = os.environ["CLICK_SECRET_KEY"]
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
''')

add("python/django-secret-key", "amiw/export/amiw/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

# staging — test server (Nukus ofis, 192.168.10.14)
DEBUG = True
SECRET_KEY = "@@s@@"
ALLOWED_HOSTS = ["staging.qawin.uz", "192.168.10.14"]

LANGUAGE_CODE = "kaa"
LANGUAGES = [("kaa", "Qaraqalpaqsha"), ("uz", "O'zbekcha"), ("ru", "Русский")]
TIME_ZONE = "Asia/Tashkent"
''', fakes.django_secret_key(_seed()))

add("yaml/1c-exchange-password", "amiw/integrations/1c/exchange.yml", "https://v8.1c.ru/tekhnologii/obmen-dannymi-i-integratsiya/standarty-i-formaty/", r'''
# Обмен с 1С:Бухгалтерия (HTTP-сервис), бухгалтерия в Нукусе
onec:
  base_url: http://1c.amiw.local/buh_amiw/hs/exchange/v1
  user: obmen_sayt
  password: "@@s@@"
  timeout: 60
  # выгрузка заказов каждые 15 минут
  schedule: "*/15 * * * *"
mapping:
  nomenclature:
    qawin_torpedo: "00-00000112"
    qawin_gulabi: "00-00000113"
    chigit_yogi_5l: "00-00000240"
''', words_pw())

add("cs/1c-com-connection", "amiw/tools/OneCSync/Program.cs", "https://its.1c.ru/db/v8318doc#bookmark:dev:TI000000537", r'''
using System;

namespace OneCSync
{
    // Синхронизация остатков масла (chigit yog'i) с 1С через COM-соединение
    internal static class Program
    {
        private const string ConnString =
            "Srvr=\"srv1c.amiw.local\";Ref=\"zavod_may\";Usr=\"sync_robot\";Pwd=\"@@s@@\";";

        private static void Main()
        {
            var connector = Activator.CreateInstance(Type.GetTypeFromProgID("V83.COMConnector"));
            dynamic base1c = ((dynamic)connector).Connect(ConnString);
            Console.WriteLine("Ulandi / Подключено: " + base1c.Метаданные.Имя);
        }
    }
}
''', pw())

add("json/decoy-checksums", "amiw/integrations/1c/releases.json", "https://www.rfc-editor.org/rfc/rfc6234", r'''
{
  "_comment": "1C obrabotka fayllarining nazorat summalari (SHA-256) — tekshirish uchun",
  "releases": [
    {"file": "VygruzkaZakazov_v3.epf", "sha256": "@@a@@", "date": "2024-05-02"},
    {"file": "ZagruzkaOstatkov_v2.epf", "sha256": "@@b@@", "date": "2024-04-17"},
    {"file": "ObmenSayt_v7.cfe", "sha256": "@@c@@", "date": "2024-03-30"}
  ]
}
''', a=hexs(64), b=hexs(64), c=hexs(64))

add("js/telegram-bot-token", "amiw/bots/driver-bot/index.js", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
// Haydovchilar uchun bot: yuk mashinasi qayerda, qovun ortildi/tushirildi
const { Telegraf } = require('telegraf');

// Eslatma: tokenni .env ga o'tkazish kerak (Shuhrat)
const bot = new Telegraf('@@s@@');

bot.start((ctx) => ctx.reply('Assalomu alaykum! Reys raqamini yuboring.'));
bot.hears(/^R-\d{4}$/, async (ctx) => {
  await ctx.reply(`Reys ${ctx.message.text} qabul qilindi. Joylashuvni yuboring 📍`);
});
bot.on('location', (ctx) => {
  const { latitude, longitude } = ctx.message.location;
  console.log('driver', ctx.from.id, latitude, longitude);
  return ctx.reply('Rahmat! Manzil saqlandi.');
});

bot.launch();
''', tg())

add("python/decoy-telegram-env", "amiw/bots/price-bot/bot.py", "https://core.telegram.org/bots/api", r'''
"""Qawın bahası boti — kúnlik baha (Nukus bazarı, so'm/kg)."""
import os

from aiogram import Bot, Dispatcher, executor, types

TOKEN = os.getenv("PRICE_BOT_TOKEN")
ADMIN_CHAT_ID = -1001842265417  # "Baha — basshılar" gruppası

bot = Bot(token=TOKEN, parse_mode="HTML")
dp = Dispatcher(bot)


@dp.message_handler(commands=["baha"])
async def baha(message: types.Message):
    await message.answer("<b>Búgingi baha</b>\nTorpeda: 3 200 so'm/kg\nGúlábi: 4 100 so'm/kg")


if __name__ == "__main__":
    executor.start_polling(dp, skip_updates=True)
''')

add("systemd/telegram-token-env", "amiw/deploy/systemd/price-bot.service", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=", r'''
[Unit]
Description=Qawin baha boti (aiogram)
After=network-online.target

[Service]
User=amiw
WorkingDirectory=/opt/amiw/bots/price-bot
Environment="PRICE_BOT_TOKEN=@@s@@"
Environment="TZ=Asia/Tashkent"
ExecStart=/opt/amiw/venv/bin/python bot.py
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', tg())

add("ini/odbc-password", "amiw/oil-press/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", r'''
; Juwaz (may zavodı) — SCADA tarixiy bazası
; Пресс №2 и №3, температура и выход масла
[ZavodHistorian]
Driver=ODBC Driver 17 for SQL Server
Server=10.30.1.10,1433
Database=Juwaz_Hist
UID=report_reader
PWD=@@s@@
TrustServerCertificate=yes

[ZavodHistorianTest]
Driver=ODBC Driver 17 for SQL Server
Server=localhost
Database=Juwaz_Hist_test
Trusted_Connection=yes
''', words_pw())

add("python/decoy-modbus-ids", "amiw/oil-press/press_poll.py", "https://pymodbus.readthedocs.io/en/latest/", r'''
"""Press datchiklarınan oqıw (Modbus TCP). Опрос прессов — раз в 10 секунд."""
from pymodbus.client import ModbusTcpClient

PRESSES = {
    "press-2": ("10.30.1.21", 502, 0x0A),
    "press-3": ("10.30.1.22", 502, 0x0B),
}
# serial raqamlar (zavod pasportınan), jasırın emes
SERIALS = {"press-2": "KPR-0021-7F3A9C", "press-3": "KPR-0022-1B8E44"}


def poll(name):
    host, port, unit = PRESSES[name]
    client = ModbusTcpClient(host, port=port)
    client.connect()
    rr = client.read_holding_registers(0, 6, slave=unit)
    client.close()
    temp, pressure, rpm = rr.registers[0] / 10, rr.registers[1] / 10, rr.registers[2]
    return {"press": name, "serial": SERIALS[name], "temp": temp, "bar": pressure, "rpm": rpm}
''')

add("yaml/mqtt-password", "amiw/coldstore/telegraf.conf", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/mqtt_consumer", r'''
# Sovutgich ombor (холодильный склад) — qovun saqlash, 2-4°C
[agent]
  interval = "30s"
  hostname = "coldstore-gw-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.40.0.2:1883"]
  topics = ["ombor/+/harorat", "ombor/+/namlik"]
  username = "telegraf"
  password = "@@s@@"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["http://10.40.0.3:8086"]
  token = "$INFLUX_TOKEN"
  organization = "amiw"
  bucket = "coldstore"
''', fakes.redis_password(_seed()))

add("toml/influx-token", "amiw/coldstore/grafana-agent/influx.toml", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
# Grafana uchun InfluxDB ulanishi (faqat o'qish)
[influx]
url = "http://10.40.0.3:8086"
org = "amiw"
bucket = "coldstore"
# read-only token, Rustam yaratdi 12.06
token = "@@s@@"

[alerts]
# harorat 6°C dan oshsa — Telegram guruhga
max_temp = 6.0
chat = "-1001907734120"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("md/decoy-runbook-vault", "amiw/docs/runbook-coldstore.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
# Sovutgich ombor — navbatchi uchun qo'llanma

1. Harorat grafigi: http://10.40.0.3:3000/d/coldstore
2. MQTT parol va Influx token **Vault** da saqlanadi:

   ```
   vault kv get -field=password secret/amiw/coldstore/mqtt
   vault kv get -field=token secret/amiw/coldstore/influx
   ```

3. Agar kompressor to'xtasa — Rustamga qo'ng'iroq: +998 61 222-00-00 (ofis)
4. Holodilnik rele paroli — qurilmaning o'zida, stikerda (ombor ichida). Bu yerga yozmang!

> Eslatma: eski token (2023) bekor qilingan, yangisi faqat Vaultda.
''')

add("sql/decoy-bcrypt-fixtures", "amiw/export/db/seed_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Dev baza ushın paydalanıwshılar (test). Parollar bcrypt xeshi, ashıq parol joq.
INSERT INTO users (login, full_name, role, password_hash) VALUES
  ('azamat', 'Azamat Qudaybergenov', 'admin', '$2b$12$@@a@@'),
  ('gulnara', 'Gulnara Seytmuratova', 'buxgalter', '$2b$12$@@b@@'),
  ('shuhrat', 'Shuhrat Toʻrayev', 'logist', '$2b$12$@@c@@');

INSERT INTO products (sku, name_kaa, name_ru, unit) VALUES
  ('QW-TOR', 'Qawın «Torpeda»', 'Дыня «Торпеда»', 'kg'),
  ('QW-GUL', 'Qawın «Gúlábi»', 'Дыня «Гуляби»', 'kg'),
  ('MY-5L', 'Shigit mayı 5 l', 'Хлопковое масло 5 л', 'dana');
''', a=rnd(53, ALNUM + "./"), b=rnd(53, ALNUM + "./"), c=rnd(53, ALNUM + "./"))

add("docker-compose/postgres-password", "amiw/export/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: amiw
      POSTGRES_USER: amiw_app
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    env_file: .env.production
    depends_on: [db]
    ports:
      - "8000:8000"

volumes:
  pgdata: {}
''', pw())

add("docker-compose/decoy-secrets-file", "amiw/export/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
# Прод: пароли только через docker secrets (файлы на сервере, не в git)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: amiw
      POSTGRES_USER: amiw_app
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  web:
    image: registry.gitlab.com/amiwdarya/export:1.14.2
    environment:
      DB_PASSWORD_FILE: /run/secrets/pg_password
      PAYME_KEY_FILE: /run/secrets/payme_key
    secrets: [pg_password, payme_key]

secrets:
  pg_password:
    file: /srv/amiw/secrets/pg_password.txt
  payme_key:
    file: /srv/amiw/secrets/payme_key.txt
''')

add("ipynb/postgres-dsn", "amiw/analytics/notebooks/eksport_2024.ipynb", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Eksport 2024 — qovun, Qozog'iston va Rossiya\n", "Мавсум бўйича тонна ва нарх"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql://analytic:@@s@@@10.20.0.5:5432/amiw')\n",
    "df = pd.read_sql('select * from shipments where season = 2024', eng)\n",
    "df.groupby('country')['tonnes'].sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw())

add("csv/decoy-shipment-ids", "amiw/analytics/data/shipments_2024_08.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
reys,sana,mashina,haydovchi,manzil,tonna,cmr_nomer,tracking_uuid
R-0812,2024-08-02,95 A 214 BA,Yusupov B.,Almaty,19.8,CMR-KZ-2024-118834,@@a@@
R-0813,2024-08-02,95 A 771 CA,Kalimbetov D.,Almaty,20.1,CMR-KZ-2024-118835,@@b@@
R-0814,2024-08-03,95 B 032 AA,Jiemuratov A.,Moskva,21.4,CMR-RU-2024-077120,@@c@@
R-0815,2024-08-04,95 A 214 BA,Yusupov B.,Shymkent,18.9,CMR-KZ-2024-118902,@@d@@
R-0816,2024-08-05,95 C 448 DA,Nurlanov S.,Yekaterinburg,20.6,CMR-RU-2024-077181,@@e@@
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s())

add("log/basic-auth-url", "amiw/export/logs/sync-1c-2024-08-04.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", r'''
2024-08-04 06:00:01 INFO  sync: start, orders since 2024-08-03T06:00
2024-08-04 06:00:01 DEBUG sync: GET http://obmen_sayt:@@s@@@1c.amiw.local/buh_amiw/hs/exchange/v1/orders?since=2024-08-03
2024-08-04 06:00:03 INFO  sync: 14 orders fetched
2024-08-04 06:00:03 WARN  sync: nomenclature 00-00000240 (chigit yog'i 5l) — ostatok 0
2024-08-04 06:00:04 INFO  sync: done in 3.1s
''', words_pw())

add("xml/smtp-password", "amiw/export/config/mail.xml", "https://yandex.ru/support/mail/mail-clients/others.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Pochta: invoice va CMR nusxalarini mijozlarga yuborish -->
<mail>
  <smtp host="smtp.yandex.ru" port="465" ssl="true">
    <user>invoice@qawin.uz</user>
    <!-- пароль приложения Яндекса -->
    <password>@@s@@</password>
  </smtp>
  <from name="Ámiwdárya Qawın" address="invoice@qawin.uz"/>
  <bcc>buxgalteriya@qawin.uz</bcc>
</mail>
''', rnd(16, string.ascii_lowercase))

add("pem/decoy-public-cert", "amiw/export/src/main/resources/didox-root.pem", "https://www.rfc-editor.org/rfc/rfc7468", r'''
# Didox (ЭДО) root CA — ochiq sertifikat, maxfiy emes
-----BEGIN CERTIFICATE-----
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
-----END CERTIFICATE-----
''', a=rnd(64, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(64, ALNUM + "+/"), e=rnd(40, ALNUM + "+/") + "==")

add("properties/didox-password", "amiw/export/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", r'''
# ЭДО Didox — электронные счёт-фактуры для экспорта
server.port=8081
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/amiw
spring.datasource.username=edo_app
spring.datasource.password=${EDO_DB_PASSWORD}

didox.api.url=https://api-partners.didox.uz/v1
didox.partner.token=@@s@@
didox.company.tin=305118273
''', uuid_s())


# ---------------------------------------------------------------- exporter: cloud, CI, infra

add("gitlab-ci/yandex-static-key", "amiw/export/.gitlab-ci.yml", "https://yandex.cloud/ru/docs/iam/concepts/authorization/access-key", r'''
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  S3_ENDPOINT: https://storage.yandexcloud.net
  S3_BUCKET: amiw-backups
  # TODO: перенести в CI/CD Variables (masked), пока так
  AWS_ACCESS_KEY_ID: @@i@@
  AWS_SECRET_ACCESS_KEY: @@s@@

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python manage.py test

backup-static:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws --endpoint-url=$S3_ENDPOINT s3 sync ./media s3://$S3_BUCKET/media/
  only: [main]
''', ya_static_secret(), i=ya_static_id())

add("gitlab-ci/decoy-masked-vars", "amiw/oil-press/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
# Juwaz dashboard — build & deploy
# Barlıq parollar GitLab CI/CD Variables ishinde (masked + protected)
stages: [build, deploy]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh deploy@10.30.1.5 "cd /opt/juwaz && docker compose pull && docker compose up -d"
  only: [main]
''')

add("tf/yandex-oauth-token", "amiw/infra/terraform/provider.tf", "https://terraform-provider.yandexcloud.net/", r'''
terraform {
  required_providers {
    yandex = {
      source  = "yandex-cloud/yandex"
      version = "~> 0.120"
    }
  }
}

provider "yandex" {
  # vaqtincha, keyin service account key ga o'tamiz
  token     = "@@s@@"
  cloud_id  = "b1g7q2m4n8r0t3v5x9z1"
  folder_id = "b1gk5d0p3s8f2h6j9l4n"
  zone      = "ru-central1-a"
}
''', "y0_" + fakes.drawn_mixed(_seed(), 55, ALNUM + "_-"))

add("tf/decoy-var-token", "amiw/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", r'''
variable "yc_token" {
  description = "Yandex Cloud OAuth/IAM token. Terminalda: export TF_VAR_yc_token=$(yc iam create-token)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Managed PostgreSQL paroli (Lockbox'tan)"
  type        = string
  sensitive   = true
}

variable "cloud_id" {
  type    = string
  default = "b1g7q2m4n8r0t3v5x9z1"
}

variable "folder_id" {
  type    = string
  default = "b1gk5d0p3s8f2h6j9l4n"
}
''')

add("json/yandex-sa-key", "amiw/infra/keys/sa-terraform.json", "https://yandex.cloud/ru/docs/iam/operations/authentication/manage-authorized-keys", r'''
{
   "id": "aje@@i@@",
   "service_account_id": "aje@@j@@",
   "created_at": "2024-03-11T09:41:27.118903Z",
   "key_algorithm": "RSA_2048",
   "public_key": "-----BEGIN PUBLIC KEY-----\n@@p@@\n-----END PUBLIC KEY-----\n",
   "private_key": "@@s@@\n"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    i=rnd(17, LOWER), j=rnd(17, LOWER), p=rnd(64, ALNUM + "+/") + "\\n" + rnd(64, ALNUM + "+/") + "\\nIDAQAB")

add("sh/yandex-api-key", "amiw/infra/scripts/speechkit_test.sh", "https://yandex.cloud/ru/docs/iam/concepts/authorization/api-key", r'''
#!/usr/bin/env bash
# Голосовой автоответчик для заказов (SpeechKit), проверка синтеза
# Azamat: ключ сервисного аккаунта speechkit-bot
set -euo pipefail

API_KEY="@@s@@"
TEXT="Assalawma áleykum! Ámiwdárya Qawın. Buyırtpańız qabıllandı."

curl -sS -X POST \
  -H "Authorization: Api-Key ${API_KEY}" \
  --data-urlencode "text=${TEXT}" \
  -d "lang=ru-RU&voice=alena&format=mp3" \
  "https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize" > /tmp/test.mp3

ls -l /tmp/test.mp3
''', ya_api_key())

add("sh/decoy-yc-iam-cli", "amiw/infra/scripts/translate_catalog.sh", "https://yandex.cloud/ru/docs/translate/api-ref/", r'''
#!/usr/bin/env bash
# Katalogni tarjima qilish (kaa -> ru, en). Token har safar yc orqali olinadi.
set -euo pipefail

IAM_TOKEN="$(yc iam create-token)"
FOLDER_ID="b1gk5d0p3s8f2h6j9l4n"

while read -r line; do
  curl -sS -X POST "https://translate.api.cloud.yandex.net/translate/v2/translate" \
    -H "Authorization: Bearer ${IAM_TOKEN}" \
    -H "Content-Type: application/json" \
    -d "{\"folderId\":\"${FOLDER_ID}\",\"targetLanguageCode\":\"ru\",\"texts\":[\"${line}\"]}"
done < catalog_kaa.txt
''')

_k8s_pw = pw()
add("yaml/k8s-secret-b64", "amiw/infra/k8s/export-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: export-web
  namespace: amiw
  labels:
    app: export-web
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@b@@
  DB_HOST: @@h@@
''', _k8s_pw, u=b64("amiw_app"), h=b64("10.20.0.5"), b=b64(_k8s_pw))

add("yaml/decoy-sealed-secret", "amiw/infra/k8s/sealed-payme.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
# kubeseal bilan shifrlangan — gitda saqlash xavfsiz
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payme
  namespace: amiw
spec:
  encryptedData:
    PAYME_KEY: @@a@@
    CLICK_SECRET_KEY: @@b@@
  template:
    metadata:
      name: payme
      namespace: amiw
''', a="AgB" + rnd(380, ALNUM + "+/") + "==", b="AgC" + rnd(380, ALNUM + "+/") + "=")

add("yaml/decoy-external-secret", "amiw/infra/k8s/external-secret-lockbox.yaml", "https://external-secrets.io/latest/provider/yandex-lockbox/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: export-db
  namespace: amiw
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: yc-lockbox
  target:
    name: export-db
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: e6q@@a@@
        property: db_password
''', a=rnd(17, LOWER))

add("ssh/openssh-private-key", "amiw/infra/ansible/files/deploy_id_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ansible/become-password", "amiw/infra/ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
# Nukus serverlari
[web]
web1.qawin.uz ansible_host=185.74.5.21

[zavod]
juwaz-gw ansible_host=10.30.1.5 ansible_user=admin ansible_become_pass=@@s@@

[coldstore]
coldstore-gw-01 ansible_host=10.40.0.2

[all:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("ansible/decoy-vault-encrypted", "amiw/infra/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
@@f@@
''', a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(80), f=hexs(42))

add("ansible/decoy-vault-refs", "amiw/infra/ansible/group_vars/all/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r'''
---
# Umumiy o'zgaruvchilar. Parollar vault.yml da (ansible-vault), bu yerda faqat havola
timezone: Asia/Tashkent
locale: ru_RU.UTF-8

postgres_user: amiw_app
postgres_password: "{{ vault_postgres_password }}"

mqtt_user: telegraf
mqtt_password: "{{ vault_mqtt_password }}"

telegram_alert_token: "{{ vault_telegram_alert_token }}"
telegram_alert_chat: "-1001907734120"

deploy_ssh_pubkey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@amiw"
''', k=rnd(43, ALNUM + "+/"))

add("dockerfile/npm-token-arg", "amiw/site/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine AS build
WORKDIR /app
# @amiw/ui — private paket (npmjs), token vaqtincha shu yerda
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build && rm -f .npmrc

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
''', npm_tok())

add("npmrc/decoy-env-token", "amiw/site/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
@amiw:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
# NPM_TOKEN — CI o'zgaruvchisi (GitHub secrets), lokalda: export NPM_TOKEN=...
save-exact=true
fund=false
''')

add("json/decoy-package-lock-integrity", "amiw/site/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "qawin-site",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "qawin-site", "version": "2.3.0", "dependencies": {"@amiw/ui": "1.4.2", "axios": "1.6.8"}},
    "node_modules/@amiw/ui": {
      "version": "1.4.2",
      "resolved": "https://registry.npmjs.org/@amiw/ui/-/ui-1.4.2.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
''', a=rnd(86, ALNUM + "+/"), b=rnd(86, ALNUM + "+/"))

add("github-actions/docker-hub-pat", "amiw/oil-press/.github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: image
on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Docker Hub login
        # TODO: secrets.DOCKERHUB_TOKEN ga o'tkazish
        run: echo "@@s@@" | docker login -u amiwdarya --password-stdin
      - name: Build
        run: docker build -t amiwdarya/juwaz-dashboard:${{ github.sha }} .
      - name: Push
        run: docker push amiwdarya/juwaz-dashboard:${{ github.sha }}
''', docker_pat())

add("github-actions/decoy-secrets-ref", "amiw/site/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-site
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm run build
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
          VITE_YMAPS_LANG: ru_RU
      - name: rsync to web1
        uses: burnett01/rsync-deployments@7.0.1
        with:
          switches: -avz --delete
          path: dist/
          remote_path: /var/www/qawin.uz/
          remote_host: web1.qawin.uz
          remote_user: deploy
          remote_key: ${{ secrets.DEPLOY_KEY }}
''')

add("nginx/decoy-htpasswd-ref", "amiw/site/nginx.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 80;
    server_name qawin.uz www.qawin.uz;
    root /usr/share/nginx/html;

    location / {
        try_files $uri $uri/ /index.html;
    }

    # admin panel — faqat ofis uchun (parollar /etc/nginx/.htpasswd da)
    location /admin/ {
        auth_basic "Ámiwdárya admin";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://web:8000;
    }
}
''')

add("htpasswd/decoy-apr1-hashes", "amiw/infra/ansible/files/htpasswd", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", r'''
azamat:$apr1$@@a@@$@@b@@
gulnara:$apr1$@@c@@$@@d@@
shuhrat:$apr1$@@e@@$@@f@@
buxgalter:$apr1$@@g@@$@@h@@
rustam:$apr1$@@i@@$@@j@@
''', a=rnd(8, ALNUM), b=rnd(22, ALNUM + "./"), c=rnd(8, ALNUM), d=rnd(22, ALNUM + "./"), e=rnd(8, ALNUM),
    f=rnd(22, ALNUM + "./"), g=rnd(8, ALNUM), h=rnd(22, ALNUM + "./"), i=rnd(8, ALNUM), j=rnd(22, ALNUM + "./"))

add("wireguard/private-key", "amiw/infra/wireguard/wg-zavod.conf", "https://www.wireguard.com/quickstart/", r'''
# Ofis (Nukus) <-> Zavod (Xojeli) tunnel
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# ofis routeri
PublicKey = @@p@@
Endpoint = 185.74.5.1:51820
AllowedIPs = 10.20.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
''', wg_key(), p=wg_key())

add("wireguard/decoy-public-only", "amiw/infra/wireguard/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peerlar ro'yxati (faqat ochiq kalitlar)

| Peer | IP | PublicKey |
|------|----|-----------|
| ofis-router | 10.99.0.1 | `@@a@@` |
| zavod-gw (Xojeli) | 10.99.0.2 | `@@b@@` |
| coldstore-gw | 10.99.0.3 | `@@c@@` |
| Azamat noutbuk | 10.99.0.10 | `@@d@@` |

Yopiq kalitlar (PrivateKey) faqat qurilmaning o'zida — bu yerga yozilmaydi.
''', a=wg_key(), b=wg_key(), c=wg_key(), d=wg_key())

add("sh-history/mysql-password", "amiw/ops/notes/rustam_bash_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
cd /opt/juwaz
docker compose ps
docker compose logs --tail 50 scada-bridge
mysql -h 10.30.1.10 -u scada -p'@@s@@' juwaz_live -e "select * from press_log order by ts desc limit 20"
df -h
sudo systemctl restart telegraf
exit
''', words_pw())

add("sh-history/decoy-prompted", "amiw/ops/notes/azamat_history_2024-07.txt", "https://www.postgresql.org/docs/current/app-psql.html", r'''
ssh deploy@web1.qawin.uz
sudo -i
psql -h 10.20.0.5 -U amiw_app -W amiw
pg_dump -h 10.20.0.5 -U amiw_app -Fc amiw > /backup/amiw_$(date +%F).dump
export PGPASSWORD=$(cat /srv/amiw/secrets/pg_password.txt)
sha256sum /backup/amiw_2024-07-30.dump
ls -lh /backup | tail
''')


# ---------------------------------------------------------------- yurt camp: booking site and messages

add("php/laravel-app-key", "yurt/booking/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Qızılqum Kiyiz Úy"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://kiyizuy.uz
APP_LOCALE=ru
APP_FALLBACK_LOCALE=en

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=kiyizuy
DB_USERNAME=kiyizuy
DB_PASSWORD="${KIYIZUY_DB_PASSWORD}"

MAIL_MAILER=log
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("php/eskiz-password", "yurt/booking/app/Services/EskizSms.php", "https://documenter.getpostman.com/view/663428/RzfmES4z", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// SMS: bron tastıyıqlaw (Eskiz.uz). Логин/пароль от кабинета Eskiz.
class EskizSms
{
    private string $email = 'booking@kiyizuy.uz';
    private string $password = '@@s@@';

    public function token(): string
    {
        $r = Http::post('https://notify.eskiz.uz/api/auth/login', [
            'email' => $this->email,
            'password' => $this->password,
        ]);
        return $r->json('data.token');
    }

    public function send(string $phone, string $text): void
    {
        Http::withToken($this->token())->post('https://notify.eskiz.uz/api/message/sms/send', [
            'mobile_phone' => $phone,
            'message' => $text,
            'from' => '4546',
        ]);
    }
}
''', rnd(10, ALNUM))

add("http/eskiz-bearer-jwt", "yurt/booking/docs/eskiz.http", "https://documenter.getpostman.com/view/663428/RzfmES4z", r'''
### Eskiz — SMS yuborish (test, Dilnoza)
POST https://notify.eskiz.uz/api/message/sms/send
Authorization: Bearer @@s@@
Content-Type: application/x-www-form-urlencoded

mobile_phone=998612220000&message=Bronyingiz tasdiqlandi: Ayaz-Qala, 2 kishi, 14.09&from=4546

### Balans
GET https://notify.eskiz.uz/api/user/get-limit
Authorization: Bearer {{eskiz_token}}
''', jwt_like('{"exp":1728640000,"iat":1726048000,"role":"user","sign":"' + hexs(64) + '","sub":"4821"}'))

add("python/decoy-eskiz-env", "yurt/tools/sms_reminder.py", "https://documenter.getpostman.com/view/663428/RzfmES4z", r'''
"""Ertaǵa keletuǵın qonaqlarǵa SMS eslatpe. Напоминание гостям за день до заезда."""
import os

import requests

ESKIZ_EMAIL = os.environ["ESKIZ_EMAIL"]
ESKIZ_PASSWORD = os.environ["ESKIZ_PASSWORD"]
TEMPLATE = "Hurmatli {name}! Ertaga Ayaz-Qala kiyiz uy lageriga kutamiz. Transfer: {time}. Tel: +998 61 222-00-00"


def login() -> str:
    r = requests.post("https://notify.eskiz.uz/api/auth/login",
                      data={"email": ESKIZ_EMAIL, "password": ESKIZ_PASSWORD}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["token"]


def remind(guests):
    token = login()
    for g in guests:
        requests.post("https://notify.eskiz.uz/api/message/sms/send",
                      headers={"Authorization": f"Bearer {token}"},
                      data={"mobile_phone": g.phone, "message": TEMPLATE.format(name=g.name, time=g.transfer),
                            "from": "4546"}, timeout=20)
''')

add("js/stripe-secret", "yurt/booking/resources/server/stripe.js", "https://docs.stripe.com/keys", r'''
// Chet ellik turistlar uchun karta orqali oldindan to'lov (deposit 30%)
import Stripe from 'stripe';

const stripe = new Stripe('@@s@@', { apiVersion: '2024-06-20' });

export async function depositSession(booking) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    currency: 'usd',
    line_items: [{
      price_data: {
        currency: 'usd',
        unit_amount: Math.round(booking.totalUsd * 0.3 * 100),
        product_data: { name: `Yurt camp deposit — ${booking.nights} night(s)` },
      },
      quantity: 1,
    }],
    success_url: 'https://kiyizuy.uz/en/booking/thanks',
    cancel_url: 'https://kiyizuy.uz/en/booking',
  });
}
''', stripe())

add("js/decoy-stripe-publishable", "yurt/booking/resources/js/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Frontend: faqat publishable kalit (ochiq), secret kalit serverda
import { loadStripe } from '@stripe/stripe-js';

const PUBLISHABLE = '@@a@@';
const YMAPS_CENTER = [42.7425, 60.7842]; // Ayaz-Qala

export async function goToCheckout(sessionId) {
  const stripe = await loadStripe(PUBLISHABLE);
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) alert(error.message);
}

export { YMAPS_CENTER };
''', a=mixed(99, "pk_live_"))

add("python/stripe-webhook-secret", "yurt/api/webhooks/stripe_hook.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
"""Stripe webhook: deposit tólendi -> bron tastıyıqlanadı."""
import stripe
from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()
# Rustam: webhook endpoint secret (Dashboard -> Webhooks -> kiyizuy.uz/api/stripe)
ENDPOINT_SECRET = "@@s@@"


@router.post("/api/stripe")
async def stripe_hook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(400, "imzo noto'g'ri")
    if event["type"] == "checkout.session.completed":
        await confirm_booking(event["data"]["object"]["client_reference_id"])
    return {"ok": True}
''', mixed(32, "whsec_"))

add("yaml/paypal-client-secret", "yurt/api/config/payments.yaml", "https://developer.paypal.com/api/rest/authentication/", r'''
# To'lov provayderlari / Платёжные провайдеры
paypal:
  mode: live
  client_id: A@@c@@
  client_secret: @@s@@
  currency: USD
payme:
  merchant_id: 66a0e4c2f1b83d09a7c54e11
  key_env: PAYME_KEY
deposit_percent: 30
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), c=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("python/sendgrid-key", "yurt/api/mail/confirm.py", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", r'''
"""Bron tastıyıqlaw xatı (inglis/rus tilinde). Письмо-подтверждение бронирования."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG_KEY = "@@s@@"  # vremenno, potom v .env

TEMPLATES = {"en": "d-3f1a9c2e7b5d4e8f9a0b1c2d3e4f5a6b", "ru": "d-8e7d6c5b4a39281706f5e4d3c2b1a098"}


def send_confirmation(booking):
    msg = Mail(from_email="booking@kiyizuy.uz", to_emails=booking.email)
    msg.template_id = TEMPLATES.get(booking.lang, "en")
    msg.dynamic_template_data = {"name": booking.name, "check_in": booking.check_in.isoformat(),
                                 "yurt": booking.yurt_no, "guests": booking.guests}
    SendGridAPIClient(SG_KEY).send(msg)
''', sendgrid())

add("json/google-service-account", "yurt/api/credentials/sheets-sync.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "kiyizuy-sheets",
  "private_key_id": "@@k@@",
  "private_key": "@@s@@\n",
  "client_email": "sheets-sync@kiyizuy-sheets.iam.gserviceaccount.com",
  "client_id": "1048@@n@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40kiyizuy-sheets.iam.gserviceaccount.com"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    k=hexs(40), n=rnd(17, "0123456789"))

add("json/decoy-pwa-manifest", "yurt/booking/public/manifest.json", "https://developer.mozilla.org/en-US/docs/Web/Manifest", r'''
{
  "name": "Qızılqum Kiyiz Úy — bron",
  "short_name": "KiyizUy",
  "start_url": "/?source=pwa",
  "display": "standalone",
  "background_color": "#f4e3c1",
  "theme_color": "#b5651d",
  "lang": "kaa",
  "icons": [
    {"src": "/img/icon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "/img/icon-512.png", "sizes": "512x512", "type": "image/png"}
  ],
  "gcm_sender_id": "103953800507",
  "related_applications": [{"platform": "play", "id": "uz.kiyizuy.booking"}],
  "version_hash": "@@a@@"
}
''', a=hexs(40))

add("kotlin/google-maps-key", "yurt/mobile/android/app/src/main/java/uz/kiyizuy/booking/MapConfig.kt", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
package uz.kiyizuy.booking

// Karta: lager, Ayaz-Qala, Toprak-Qala, Qizil-Qala
object MapConfig {
    // TODO: local.properties -> BuildConfig ga ko'chirish (hozircha shu yerda)
    const val DIRECTIONS_KEY = "@@s@@"

    val CAMPS = mapOf(
        "ayaz-qala" to (42.7425 to 60.7842),
        "toprak-qala" to (41.9281 to 60.8172),
    )
}
''', google_api())

add("gradle/keystore-password", "yurt/mobile/android/app/build.gradle", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

android {
    namespace 'uz.kiyizuy.booking'
    compileSdk 34

    defaultConfig {
        applicationId "uz.kiyizuy.booking"
        minSdk 24
        targetSdk 34
        versionCode 17
        versionName "1.6.0"
    }

    signingConfigs {
        release {
            storeFile file("../keys/kiyizuy-release.jks")
            storePassword "@@s@@"
            keyAlias "kiyizuy"
            keyPassword "@@s@@"
        }
    }
    buildTypes {
        release {
            minifyEnabled true
            signingConfig signingConfigs.release
        }
    }
}
''', words_pw())

add("properties/decoy-gradle-env", "yurt/mobile/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Imzo parollari CI da: ORG_GRADLE_PROJECT_storePassword, keyPassword (GitHub secrets)
# Локально — в ~/.gradle/gradle.properties, не здесь!
kiyizuy.storePassword=
kiyizuy.keyPassword=
kiyizuy.mapsKey=${MAPS_API_KEY}
''')

add("xml/decoy-google-services-config", "yurt/mobile/android/app/src/main/res/values/firebase.xml", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- google-services plugin generatsiya qilgan qiymatlar (ochiq identifikatorlar) -->
    <string name="gcm_defaultSenderId" translatable="false">583719204466</string>
    <string name="google_app_id" translatable="false">1:583719204466:android:@@a@@</string>
    <string name="project_id" translatable="false">kiyizuy-app</string>
    <string name="google_storage_bucket" translatable="false">kiyizuy-app.appspot.com</string>
    <string name="app_name">Kiyiz Úy</string>
</resources>
''', a=hexs(22))

_fcm = "AAAA" + rnd(7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-")
add("python/fcm-server-key", "yurt/api/push/legacy_fcm.py", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r'''
"""Eski push (legacy FCM). Tez arada HTTP v1 ga o'tamiz — Rustam."""
import requests

FCM_SERVER_KEY = "@@s@@"


def push(token: str, title: str, body: str):
    return requests.post(
        "https://fcm.googleapis.com/fcm/send",
        headers={"Authorization": f"key={FCM_SERVER_KEY}", "Content-Type": "application/json"},
        json={"to": token, "notification": {"title": title, "body": body}},
        timeout=10,
    )
''', _fcm)

add("python/openai-key", "yurt/api/assistant/concierge.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Sayttaǵı chat-járdemshi: qonaqlardıń sorawlarına 3 tilde juwap beredi."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = (
    "Siz Qızılqum Kiyiz Úy lagerining yordamchisisiz. Mehmonlarga o'zbek, rus yoki ingliz tilida javob bering. "
    "Narxlar: kiyiz uy 1 kecha — 45 USD (nonushta va kechki ovqat bilan), tuya minish — 15 USD."
)


def answer(question: str, lang: str = "ru") -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        temperature=0.3,
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/decoy-openai-test-fixture", "yurt/api/tests/test_concierge.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", r'''
"""Concierge testlari — OpenAI chaqirilmaydi (mock)."""
from unittest import mock

import pytest

from assistant import concierge

FAKE_KEY = "sk-test-not-a-real-key-kiyizuy-0000"  # soxta, faqat test uchun


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)


def test_answer_uses_system_prompt():
    with mock.patch.object(concierge.client.chat.completions, "create") as create:
        create.return_value.choices = [mock.Mock(message=mock.Mock(content="Salom!"))]
        assert concierge.answer("Narx qancha?") == "Salom!"
        assert "Kiyiz" in create.call_args.kwargs["messages"][0]["content"]
''')

add("env/whatsapp-cloud-token", "yurt/api/.env", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# API (FastAPI) — kiyizuy.uz
ENV=prod
DATABASE_URL=mysql+aiomysql://kiyizuy:${DB_PASSWORD}@127.0.0.1:3306/kiyizuy
REDIS_URL=redis://127.0.0.1:6379/2

# WhatsApp Cloud API — turistlar ko'p WhatsAppda yozadi
WA_PHONE_NUMBER_ID=318804471266105
WA_TOKEN=@@s@@
WA_VERIFY_TOKEN=kiyizuy-verify
''', "EAA" + fakes.drawn_mixed(_seed(), 180))

add("env/decoy-env-sample", "yurt/api/.env.sample", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# Namuna. Haqiqiy qiymatlar 1Password'da: "Kiyiz Úy / API prod"
ENV=dev
DATABASE_URL=mysql+aiomysql://kiyizuy:kiyizuy@127.0.0.1:3306/kiyizuy_dev
REDIS_URL=redis://127.0.0.1:6379/2
WA_PHONE_NUMBER_ID=
WA_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WA_VERIFY_TOKEN=kiyizuy-verify
STRIPE_SECRET_KEY=sk_live_...
OPENAI_API_KEY=sk-...
''')

add("yaml/twilio-auth-token", "yurt/api/config/notify.yaml", "https://www.twilio.com/docs/iam/api/authtoken", r'''
# Уведомления гостям: SMS (Eskiz для +998), WhatsApp/SMS (Twilio) для иностранцев
eskiz:
  sender: "4546"
twilio:
  account_sid: @@a@@
  auth_token: @@s@@
  from_whatsapp: "whatsapp:+14155238886"
  from_sms: "+13213420811"
quiet_hours: "22:00-07:00"
''', hexs(32), a=twilio_sid())

add("rb/decoy-twilio-credentials-rails", "yurt/legacy-rails/config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Eski Rails sayt (2019) — kalitlar credentials.yml.enc ichida
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

TWILIO_FROM = ENV.fetch("TWILIO_FROM", "+13213420811")
''')

add("kamal/rails-master-key", "yurt/legacy-rails/.kamal/secrets", "https://kamal-deploy.org/docs/configuration/environment-variables/", r'''
# Kamal secrets (eski sayt). Docker Hub token ENV'dan, master key — vaqtincha shu yerda
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
# TODO: 1Password'dan o'qish: $(kamal secrets fetch ...)
RAILS_MASTER_KEY=@@s@@
DB_HOST=10.0.0.7
''', hexs(32))


# ---------------------------------------------------------------- yurt camp: site, channel managers, CRM

add("php/wp-config-db-password", "yurt/blog/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
/** Blog: "Qızılqum kúndeligi" — Qaraqalpaqstan boylap sayaxat */
define( 'DB_NAME', 'kiyizuy_blog' );
define( 'DB_USER', 'kiyizuy_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
define( 'WPLANG', 'ru_RU' );

$table_prefix = 'qk_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "yurt/blog/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
// Nusqa. Haqiyqıy wp-config.php serverde, gitke kirmeydi.
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'qk_';
require_once ABSPATH . 'wp-settings.php';
''')

_fz = words_pw()
add("xml/filezilla-saved-password", "yurt/blog/docs/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Dilnozaning kompyuteridan eksport (hosting: ahost.uz) -->
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.kiyizuy.uz</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>kiyizuy_ftp</User>
			<Pass encoding="base64">@@b@@</Pass>
			<Logontype>1</Logontype>
			<Name>kiyizuy.uz hosting</Name>
		</Server>
	</Servers>
</FileZilla3>
''', _fz, b=b64(_fz))

add("json/vscode-sftp-password", "yurt/blog/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "kiyizuy hosting",
    "host": "ftp.kiyizuy.uz",
    "protocol": "sftp",
    "port": 22,
    "username": "kiyizuy",
    "password": "@@s@@",
    "remotePath": "/home/kiyizuy/public_html/blog",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules", "wp-content/uploads"]
}
''', pw())

add("json/decoy-vscode-settings", "yurt/booking/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "files.eol": "\n",
    "php.validate.executablePath": "/usr/bin/php",
    "cSpell.language": "en,ru",
    "cSpell.words": ["kiyiz", "Qızılqum", "Ayaz", "Toprak", "Eskiz", "Payme", "bron"],
    "sqltools.connections": [
        {
            "name": "kiyizuy local",
            "driver": "MySQL",
            "server": "127.0.0.1",
            "port": 3306,
            "database": "kiyizuy_dev",
            "username": "root",
            "askForPassword": true
        }
    ]
}
''')

add("python/bitrix-webhook", "yurt/crm/bitrix_leads.py", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
"""Sayttan kelgen bron sorawların Bitrix24 ke lid retinde jiberiw."""
import requests

# входящий вебхук (права: crm), создал Бахтияр
B24 = "@@s@@"


def new_lead(name, phone, email, check_in, guests, lang):
    fields = {
        "TITLE": f"Bron: {name} ({check_in})",
        "NAME": name,
        "PHONE": [{"VALUE": phone, "VALUE_TYPE": "MOBILE"}],
        "EMAIL": [{"VALUE": email, "VALUE_TYPE": "WORK"}],
        "COMMENTS": f"Mehmonlar: {guests}, til: {lang}",
        "SOURCE_ID": "WEB",
    }
    r = requests.post(B24 + "crm.lead.add.json", json={"fields": fields}, timeout=15)
    r.raise_for_status()
    return r.json()["result"]
''', bitrix_hook())

add("js/amocrm-long-token", "yurt/crm/amo-sync/src/client.ts", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", r'''
// amoCRM — eski voronka (2022-2023), hozir Bitrix24 ga ko'chyapmiz
import axios from 'axios';

const SUBDOMAIN = 'kiyizuy';
// долгосрочный токен (интеграция «Сайт-бронь»)
const LONG_TOKEN = '@@s@@';

export const amo = axios.create({
  baseURL: `https://${SUBDOMAIN}.amocrm.ru/api/v4`,
  headers: { Authorization: `Bearer ${LONG_TOKEN}` },
  timeout: 15000,
});

export async function leadsSince(ts: number) {
  const { data } = await amo.get('/leads', { params: { 'filter[created_at][from]': ts, limit: 250 } });
  return data?._embedded?.leads ?? [];
}
''', jwt_like('{"aud":"' + uuid_s() + '","jti":"' + hexs(64) + '","iat":1701861223,"nbf":1701861223,"exp":1827100800,"sub":"10438221","grant_type":"","account_id":31180455,"scopes":["crm","notifications"]}', "RS256"))

add("md/decoy-bitrix-webhook-doc", "yurt/crm/README.md", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
# CRM integratsiya

Saytdan kelgan bronlar Bitrix24 ga lid bo'lib tushadi.

Webhook manzili **ENV** da: `B24_WEBHOOK_URL`. Shakli:

```
https://<portal>.bitrix24.ru/rest/<user_id>/<kod>/
```

Masalan (hujjatdagidek): `https://example.bitrix24.ru/rest/1/xxxxxxxxxxxxxxxx/`

Webhookni almashtirish: Bitrix24 → Разработчикам → Другое → Входящий вебхук → «Сгенерировать новый».
Eski kod (2024-05 gacha) o'chirilgan.
''')

add("yaml/travelline-api-key", "yurt/channel/travelline.yaml", "https://www.travelline.ru/support/knowledge-base/", r'''
# Channel manager: TravelLine (Booking.com, Ostrovok, Expedia)
provider: travelline
property_id: 51847
endpoint: https://partner.tlintegration.com/api/
api_key: "@@s@@"
room_types:
  yurt_2: {tl_id: 200114, name_ru: "Юрта на двоих", capacity: 2}
  yurt_4: {tl_id: 200115, name_ru: "Семейная юрта", capacity: 4}
  yurt_6: {tl_id: 200116, name_ru: "Большая юрта", capacity: 6}
sync_every_minutes: 10
''', mixed(40))

add("python/booking-com-basic-auth", "yurt/channel/bcom_availability.py", "https://developers.booking.com/connectivity/docs/authentication", r'''
"""Booking.com Connectivity — bos kiyiz uylar soni (OTA_HotelAvailNotif).
Eslatma: login/parol Connectivity Portal'dan (machine account)."""
import base64

import requests

AUTH = "Basic @@s@@"
HOTEL_CODE = "11849302"


def push(xml_body: str):
    return requests.post(
        "https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif",
        data=xml_body.encode("utf-8"),
        headers={"Authorization": AUTH, "Content-Type": "text/xml"},
        timeout=30,
    )
''', b64("kiyizuy_machine:" + pw()))

add("xml/decoy-ota-message", "yurt/channel/samples/ota_avail_notif.xml", "https://developers.booking.com/connectivity/docs/ari", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Namuna so'rov (parolsiz). Echo token — har so'rov uchun yangi UUID -->
<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="3.000"
    EchoToken="@@a@@" TimeStamp="2024-08-20T09:00:00+05:00">
  <AvailStatusMessages HotelCode="11849302">
    <AvailStatusMessage BookingLimit="3">
      <StatusApplicationControl Start="2024-09-10" End="2024-09-15" InvTypeCode="200114" RatePlanCode="BB"/>
    </AvailStatusMessage>
    <AvailStatusMessage BookingLimit="0">
      <StatusApplicationControl Start="2024-09-20" End="2024-09-22" InvTypeCode="200116" RatePlanCode="BB"/>
    </AvailStatusMessage>
  </AvailStatusMessages>
</OTA_HotelAvailNotifRQ>
''', a=uuid_s())

add("python/redis-url-password", "yurt/api/app/cache.py", "https://redis.io/docs/latest/develop/connect/clients/python/", r'''
"""Bos joylar keshi (Redis). Кэш свободных юрт на 60 секунд."""
import redis.asyncio as redis

r = redis.from_url("redis://:@@s@@@10.0.0.9:6379/2", decode_responses=True)


async def free_yurts(date: str):
    cached = await r.get(f"free:{date}")
    if cached is not None:
        return int(cached)
    return None


async def set_free(date: str, n: int):
    await r.set(f"free:{date}", n, ex=60)
''', fakes.redis_password(_seed()))

add("conf/redis-requirepass", "yurt/infra/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# redis 7 — kiyizuy api keshi va celery navbati
bind 10.0.0.9 127.0.0.1
port 6379
protected-mode yes
maxmemory 256mb
maxmemory-policy allkeys-lru
appendonly no
requirepass @@s@@
''', fakes.redis_password(_seed()))

add("python/celery-amqp-url", "yurt/api/app/worker.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
"""Fon vazifalar: SMS, email, TravelLine sinxronlash."""
from celery import Celery

app = Celery(
    "kiyizuy",
    broker="amqp://kiyizuy:@@s@@@10.0.0.9:5672/kiyizuy",
    backend="redis://10.0.0.9:6379/3",
)
app.conf.timezone = "Asia/Tashkent"
app.conf.beat_schedule = {
    "tl-sync": {"task": "channel.sync_travelline", "schedule": 600.0},
    "sms-reminders": {"task": "notify.remind_tomorrow", "schedule": 3600.0},
}
''', pw())

add("go/mongodb-uri", "yurt/reviews/main.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
package main

// Sharhlar (отзывы) servisi — mehmonlar yulduzcha va izoh qoldiradi

import (
	"context"
	"log"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const mongoURI = "mongodb+srv://reviews_rw:@@s@@@kiyizuy.x7kq2.mongodb.net/reviews?retryWrites=true&w=majority"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI))
	if err != nil {
		log.Fatalf("mongo ulanmadi: %v", err)
	}
	defer client.Disconnect(ctx)
	log.Println("reviews: ulandi")
	serve(client)
}
''', pw())

add("go/decoy-mongo-env", "yurt/reviews/config.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"fmt"
	"os"
)

// Konfiguratsiya faqat ENV dan. Parolni kodga yozmang!
type Config struct {
	MongoURI  string
	Port      string
	AdminHash string
}

func loadConfig() Config {
	uri := os.Getenv("REVIEWS_MONGO_URI")
	if uri == "" {
		uri = fmt.Sprintf("mongodb://%s:%s@localhost:27017/reviews", "dev", os.Getenv("MONGO_DEV_PASSWORD"))
	}
	return Config{
		MongoURI:  uri,
		Port:      getenvDefault("PORT", "8090"),
		AdminHash: "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	}
}
''')

add("tf/cloudflare-api-token", "yurt/infra/dns/main.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
provider "cloudflare" {
  # DNS:Edit, zone kiyizuy.uz (vaqtinchalik token, Bakhtiyar)
  api_token = "@@s@@"
}

resource "cloudflare_record" "www" {
  zone_id = "8f3c1d2e9a7b4c5d6e0f1a2b3c4d5e6f"
  name    = "www"
  value   = "185.217.131.44"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "api" {
  zone_id = "8f3c1d2e9a7b4c5d6e0f1a2b3c4d5e6f"
  name    = "api"
  value   = "185.217.131.45"
  type    = "A"
  proxied = true
}
''', fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("sh/hetzner-token", "yurt/infra/scripts/snapshot.sh", "https://docs.hetzner.cloud/#authentication", r'''
#!/bin/sh
# Har kuni kechasi server snapshot (Hetzner, fsn1). cron: 0 3 * * *
HCLOUD_TOKEN=@@s@@
SERVER_ID=41882617

curl -s -X POST \
  -H "Authorization: Bearer $HCLOUD_TOKEN" \
  -H "Content-Type: application/json" \
  -d "{\"description\":\"nightly-$(date +%F)\",\"type\":\"snapshot\"}" \
  "https://api.hetzner.cloud/v1/servers/$SERVER_ID/actions/create_image"
''', mixed(64))

add("yaml/decoy-sops-encrypted", "yurt/infra/secrets/prod.enc.yaml", "https://github.com/getsops/sops", r'''
hetzner_token: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
cloudflare_token: ENC[AES256_GCM,data:@@d@@,iv:@@e@@,tag:@@f@@,type:str]
sops:
    age:
        - recipient: age1@@g@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@h@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-02T11:20:41Z"
    mac: ENC[AES256_GCM,data:@@i@@,iv:@@j@@,tag:@@k@@,type:str]
    version: 3.8.1
''', a=rnd(86, ALNUM + "+/"), b=rnd(43, ALNUM + "+/") + "=", c=rnd(22, ALNUM + "+/") + "==",
    d=rnd(54, ALNUM + "+/"), e=rnd(43, ALNUM + "+/") + "=", f=rnd(22, ALNUM + "+/") + "==",
    g=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), h=rnd(64, ALNUM + "+/"),
    i=rnd(86, ALNUM + "+/"), j=rnd(43, ALNUM + "+/") + "=", k=rnd(22, ALNUM + "+/") + "==")

add("python/github-pat", "yurt/tools/release_notes.py", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
"""Reliz izohlarini yig'ish (mobil ilova uchun, Play Market 'What's new')."""
import requests

GH_TOKEN = "@@s@@"  # Bakhtiyarning tokeni, repo:read
REPO = "kiyizuy/booking-app"


def merged_since(tag: str):
    h = {"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"}
    r = requests.get(f"https://api.github.com/repos/{REPO}/compare/{tag}...main", headers=h, timeout=20)
    r.raise_for_status()
    return [c["commit"]["message"].splitlines()[0] for c in r.json()["commits"]]


if __name__ == "__main__":
    for line in merged_since("v1.5.0"):
        print("•", line)
''', fakes.github_token(_seed()))

add("md/decoy-commit-shas", "yurt/booking/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# O'zgarishlar / Changelog

## 1.6.0 — 2024-08-28
- Ayaz-Qala lageri uchun yangi "Oilaviy kiyiz uy" (6 kishi) — @@a@@
- Stripe deposit 30% (chet elliklar) — @@b@@
- Eskiz SMS eslatmalari — @@c@@

## 1.5.2 — 2024-07-11
- Tuzatish: rus tilida sana formati — @@d@@
- Payme callback timeout 30s — @@e@@
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(7), e=hexs(7))

add("yaml/slack-webhook", "yurt/infra/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
global:
  resolve_timeout: 5m

route:
  receiver: ops
  group_by: [alertname]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: ops
    slack_configs:
      - api_url: @@s@@
        channel: "#kiyizuy-ops"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ end }}"
''', slack_webhook())

add("json/discord-webhook", "yurt/tools/n8n/new-booking-flow.json", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
{
  "name": "Yangi bron -> Discord (gidlar kanali)",
  "nodes": [
    {"parameters": {"path": "new-booking", "httpMethod": "POST"}, "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 1, "position": [240, 300]},
    {
      "parameters": {
        "url": "@@s@@",
        "method": "POST",
        "jsonParameters": true,
        "bodyParametersJson": "={\"content\": \"Yangi bron: {{$json.name}}, {{$json.check_in}}, {{$json.guests}} kishi — tuya kerak: {{$json.camel}}\"}"
      },
      "name": "Discord",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 1,
      "position": [480, 300]
    }
  ],
  "connections": {"Webhook": {"main": [[{"node": "Discord", "type": "main", "index": 0}]]}}
}
''', discord_webhook())

add("yaml/decoy-alertmanager-file-ref", "yurt/infra/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r'''
# Prod: Telegram orqali ogohlantirish. Token fayldan o'qiladi (Ansible joylaydi)
route:
  receiver: tg-ops

receivers:
  - name: tg-ops
    telegram_configs:
      - bot_token_file: /etc/alertmanager/telegram_token
        chat_id: -1002118340577
        parse_mode: HTML
        message: |
          🔥 <b>{{ .CommonLabels.alertname }}</b>
          {{ range .Alerts }}{{ .Annotations.summary }}
          {{ end }}
''')


# ---------------------------------------------------------------- notes, chats, mail (both teams)

add("txt/telegram-chat-export-password", "amiw/ops/chats/telegram_ofis_2024-08.txt", "https://telegram.org/blog/export-and-more", r'''
[12.08.2024 09:14] Gulnara Seytmuratova: Azamat, bank-klient parolin umıtıp qaldım, jiberip jiberiń
[12.08.2024 09:21] Azamat Qudaybergenov: Ipak Yo'li biznes: login amiw_buh
[12.08.2024 09:21] Azamat Qudaybergenov: parol: @@s@@
[12.08.2024 09:22] Azamat Qudaybergenov: kiriwińiz benen óshirip taslań bul xabarlardı 🙏
[12.08.2024 09:30] Gulnara Seytmuratova: rahmet, kirdim
[12.08.2024 10:02] Shuhrat To'rayev: Almatıǵa R-0818 jolǵa shıqtı, 20.3 t
''', words_pw())

add("json/decoy-telegram-export", "amiw/ops/chats/result.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Ámiwdárya — logistika",
 "type": "private_supergroup",
 "id": 1842265417,
 "messages": [
  {"id": 5511, "type": "message", "date": "2024-08-14T08:02:11", "from": "Shuhrat To'rayev", "from_id": "user418822301",
   "text": "R-0821 chegarada (Qoraqalpog'iston—Qozog'iston, Daut-ata). Navbat 6 soat."},
  {"id": 5512, "type": "message", "date": "2024-08-14T08:05:40", "from": "Azamat Qudaybergenov", "from_id": "user207731945",
   "text": "CMR raqami CMR-KZ-2024-119044, fito sertifikat № FS-0947/24. Parol so'rasa — menga yozing, chatga emas!"},
  {"id": 5513, "type": "message", "date": "2024-08-14T08:11:02", "from": "Shuhrat To'rayev", "from_id": "user418822301",
   "text": "Xo'p. Tracking: @@a@@"}
 ]
}
''', a=uuid_s())

add("md/notes-vpn-password", "amiw/ops/notes/yangi_xodim.md", "https://docs.fortinet.com/document/forticlient/7.2.0/administration-guide", r'''
# Jańa xızmetker ushın (Нукус офис)

- Wi-Fi: `Amiw-Ofis` (paroli — resepshnda)
- 1C: administratordan login alıń
- VPN (FortiClient), zavod tarmog'i uchun:
  - server: `vpn.amiw.uz:10443`
  - login: `zavod_user`
  - parol: `@@s@@`
- Pochta: `ism@qawin.uz`, paroldi birinshi kiriwde ózgertiń

Sorawlar bolsa — Azamatqa Telegram: @azamat_q
''', words_pw())

add("md/decoy-notes-no-values", "yurt/docs/onboarding_gid.md", "https://developer.1password.com/docs/cli/secret-references/", r'''
# Gidlar uchun yo'riqnoma / Инструкция для гидов

1. Bron jadvali: Google Sheets "Bronlar 2024" (havola Telegram guruhda).
2. Lager telefoni: +998 61 222-00-00. Tuyachi: Janibek aka.
3. Parollar **1Password** da, "Kiyiz Úy — gidlar" vault:
   - `op://Gidlar/Eskiz/password`
   - `op://Gidlar/Sheets/credential`
4. Hech qachon parolni Telegramga yozmang. Пароли — только в 1Password.
5. Kassadagi Payme terminal PIN — faqat kassirda.
''')

add("eml/smtp-password-in-mail", "amiw/ops/mail/2024-09-02_new_mailbox.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Azamat Qudaybergenov <azamat@qawin.uz>
To: Dilfuza Abdullaeva <export@qawin.uz>
Subject: =?UTF-8?B?0J3QvtCy0YvQuSDRj9GJ0LjQug==?=
Date: Mon, 02 Sep 2024 10:14:33 +0500
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dilfuza, добрый день!

Ящик для экспортных документов готов:
  адрес: export@qawin.uz
  пароль: @@s@@
  IMAP: imap.yandex.ru:993, SMTP: smtp.yandex.ru:465

Пожалуйста, смените пароль после первого входа.

--
Azamat Q., IT
Ámiwdárya Qawın, Nukus
''', words_pw())

add("eml/decoy-password-reset", "yurt/ops/mail/reset_notice.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Qızılqum Kiyiz Úy <no-reply@kiyizuy.uz>
To: dilnoza@kiyizuy.uz
Subject: Parolni tiklash / Сброс пароля
Date: Tue, 03 Sep 2024 08:44:10 +0500
Content-Type: text/plain; charset=UTF-8

Salom, Dilnoza!

Parolni tiklash uchun havola (1 soat amal qiladi):
https://kiyizuy.uz/admin/password/reset/@@a@@?email=dilnoza%40kiyizuy.uz

Agar siz so'ramagan bo'lsangiz — bu xatni e'tiborsiz qoldiring.
Если вы не запрашивали сброс — просто проигнорируйте письмо.
''', a=hexs(64))

add("csv/logins-sheet", "yurt/ops/exports/kirish_malumotlari.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
xizmat,login,parol,izoh
Booking.com extranet,kiyizuy_admin,(2FA — Dilnoza telefoni),"parol 1Password'da"
Ostrovok,kiyizuy,"@@s@@",Bakhtiyar 2024-06
Instagram,@kiyizuy.uz,(1Password),
Eskiz,booking@kiyizuy.uz,(1Password),
ahost.uz hosting,kiyizuy,(1Password),
''', pw())

add("csv/decoy-guest-list", "yurt/ops/exports/bronlar_2024_09.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
bron_id,sana,ism,mamlakat,mehmon,kiyiz_uy,tuya,tolov,tolov_id
KU-24-0911,2024-09-11,Müller J.,DE,2,yurt_2,ha,stripe,@@a@@
KU-24-0912,2024-09-11,Иванова А.,RU,4,yurt_4,yo'q,payme,66d7a1c3e4f5089b12c3d4e5
KU-24-0913,2024-09-12,Tanaka H.,JP,1,yurt_2,ha,stripe,@@b@@
KU-24-0914,2024-09-13,Qalliev B.,UZ,6,yurt_6,ha,naqd,
KU-24-0915,2024-09-13,Smith R.,GB,2,yurt_2,ha,paypal,@@c@@
''', a="cs_live_" + mixed(58), b="cs_live_" + mixed(58), c=rnd(17, UPPER))

add("txt/whatsapp-chat-ftp", "yurt/ops/chats/WhatsApp Chat with Hosting ahost.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03.06.2024, 11:02 - Dilnoza: Assalomu alaykum, sayt ochilmayapti, 503
03.06.2024, 11:15 - ahost support: Vaalaykum assalom. Tekshiryapmiz
03.06.2024, 11:40 - ahost support: Disk to'lib qolgan ekan, tozaladik. cPanel paroli ham yangilandi:
03.06.2024, 11:40 - ahost support: login: kiyizuy  parol: @@s@@
03.06.2024, 11:41 - Dilnoza: Rahmat katta!
03.06.2024, 11:41 - ahost support: Iltimos, kirib o'zgartirib qo'ying
''', pw())

add("md/decoy-incident-revoked", "yurt/docs/incidents/2024-05-telegram-token.md", "https://core.telegram.org/bots/features#botfather", r'''
# Hodisa: bot tokeni public repoga tushib qoldi (2024-05-17)

**Nima bo'ldi:** @kiyizuy_bot tokeni `tools/bot.py` ichida GitHub'ga push qilindi.

**Qilingan ishlar:**
1. BotFather → /revoke — eski token bekor qilindi (17.05, 14:20).
2. Yangi token faqat serverdagi `/etc/kiyizuy/bot.env` da.
3. Git tarixidan `git filter-repo` bilan olib tashlandi.
4. pre-commit ga secret skaner qo'shildi.

**Xulosa:** tokenlarni kodga yozmaslik. Token qiymati bu hujjatda ham yo'q — ataylab.
''')

add("txt/notes-ru-router", "amiw/ops/notes/router_mikrotik.txt", "https://help.mikrotik.com/docs/display/ROS/User", r'''
МикроТик в офисе (Нукус, ул. Досназарова)
модель: hAP ax2, RouterOS 7.14
адрес: 192.168.10.1 / winbox
логин admin, пароль @@s@@
WAN: Uztelecom, статический 185.74.5.1
L2TP к заводу в Ходжейли — смотри wg-zavod.conf (уже WireGuard)
кто менял: Рустам, 14.03.2024
''', words_pw())

add("rsc/decoy-mikrotik-export", "amiw/infra/mikrotik/ofis-export.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", r'''
# 2024-03-14 12:41:07 by RouterOS 7.14
# software id = 9KQV-Z7L4
# model = C52iG-5HaxD2HaxD
/interface wireguard
add listen-port=51820 mtu=1420 name=wg-zavod
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-zavod public-key="@@a@@"
/ip address
add address=192.168.10.1/24 interface=bridge network=192.168.10.0
add address=10.99.0.1/24 interface=wg-zavod network=10.99.0.0
/system identity
set name=amiw-ofis
''', a=wg_key())

add("pgpass/postgres", "amiw/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
10.20.0.5:5432:amiw:amiw_app:@@s@@
10.20.0.5:5432:amiw:analytic:*
localhost:5432:*:postgres:postgres
# zavod replica — o'qish uchun
10.30.1.10:5432:juwaz:report_reader:*
''', pw())

add("netrc/git-hosting", "yurt/ops/dotfiles/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", r'''
# Bakhtiyar noutbuk
machine gitlab.com
  login bakhtiyar.k
  password @@s@@

machine ftp.kiyizuy.uz
  login kiyizuy
  password ${FTP_PASS}
''', gitlab())

add("git-credentials/gitlab", "amiw/ops/dotfiles/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://oauth2:@@s@@@gitlab.com
https://azamat-q:${GITHUB_TOKEN}@github.com
# server: /home/deploy/.git-credentials (credential.helper=store)
# TODO: deploy token ga almashtirish
#   git config --global credential.helper store
''', gitlab())

_dk = "y0_" + fakes.drawn_mixed(_seed(), 55, ALNUM + "_-")
add("json/docker-config-auth", "amiw/ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"cr.yandex": {
			"auth": "@@a@@"
		},
		"registry.gitlab.com": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
''', b64("oauth:" + _dk), a=b64("oauth:" + _dk))

add("json/decoy-docker-credstore", "yurt/ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {},
		"ghcr.io": {}
	},
	"credsStore": "desktop",
	"currentContext": "desktop-linux",
	"plugins": {"-x-cli-hints": {"enabled": "true"}}
}
''')

add("ini/rclone-s3", "amiw/ops/backup/rclone.conf", "https://rclone.org/s3/#yandex", r'''
# Zaxira nusxalar: /backup -> Yandex Object Storage
[yandex]
type = s3
provider = Other
env_auth = false
access_key_id = @@i@@
secret_access_key = @@s@@
endpoint = storage.yandexcloud.net
region = ru-central1
acl = private
''', ya_static_secret(), i=ya_static_id())

add("ini/decoy-rclone-obscured-env", "yurt/ops/backup/rclone.conf", "https://rclone.org/docs/#config-file", r'''
# Bu fayl shifrlangan: RCLONE_CONFIG_PASS serverdagi systemd unitda
# Encrypted rclone config
RCLONE_ENCRYPT_V0:
@@a@@
''', a=rnd(76, ALNUM + "+/") + "\n" + rnd(76, ALNUM + "+/") + "\n" + rnd(76, ALNUM + "+/") + "\n" + rnd(30, ALNUM + "+/") + "=")

add("crontab/mysqldump-password", "yurt/ops/crontab.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
# m h dom mon dow command  (server: kiyizuy-web1)
MAILTO=""
0 2 * * * /usr/bin/mysqldump -u backup -p'@@s@@' --single-transaction kiyizuy | gzip > /backup/kiyizuy_$(date +\%F).sql.gz
30 2 * * * /usr/bin/find /backup -name 'kiyizuy_*.sql.gz' -mtime +14 -delete
*/10 * * * * cd /var/www/kiyizuy && php artisan schedule:run >> /dev/null 2>&1
0 4 * * 0 /usr/local/bin/rclone sync /backup yandex:kiyizuy-backup
''', words_pw())

add("ps1/decoy-securestring", "amiw/ops/scripts/Backup-1C.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# 1C bazasini arxivlash (Windows server, Nukus ofis)
# Parol Windows Credential Manager'dan olinadi
$cred = Get-StoredCredential -Target "1C-Backup"
$date = Get-Date -Format "yyyy-MM-dd"
$src  = "D:\1C_Bases\buh_amiw"
$dst  = "\\nas01\backup\1c\buh_amiw_$date.zip"

& "C:\Program Files\1cv8\8.3.24.1467\bin\1cv8.exe" DESIGNER /S"srv1c\buh_amiw" `
    /N $cred.UserName /P $cred.GetNetworkCredential().Password /DumpIB "D:\tmp\buh_amiw.dt"

Compress-Archive -Path "D:\tmp\buh_amiw.dt" -DestinationPath $dst -Force
Write-Host "Tayyor / Готово: $dst"
''')

add("ps1/smb-password", "amiw/ops/scripts/Map-Nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbmapping", r'''
# NAS ni ulash (buxgalteriya kompyuterlari)
# Gulnara so'radi, har safar parol so'ramasin
$user = "NAS01\buxgalter"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name "B" -PSProvider FileSystem -Root "\\nas01\buxgalteriya" -Credential $cred -Persist
New-PSDrive -Name "H" -PSProvider FileSystem -Root "\\nas01\hujjatlar" -Credential $cred -Persist
''', words_pw())

add("bat/ftp-upload-password", "amiw/ops/scripts/upload_price.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp", r'''
@echo off
REM Narx varag'ini saytga yuklash (har kuni 8:00, Task Scheduler)
REM Прайс на дыни — для партнёров в Алматы
set FTPUSER=price_upload
set FTPPASS=@@s@@
echo open ftp.qawin.uz> %TEMP%\ftp.txt
echo %FTPUSER%>> %TEMP%\ftp.txt
echo %FTPPASS%>> %TEMP%\ftp.txt
echo binary>> %TEMP%\ftp.txt
echo put C:\Narx\narx_qawin.pdf /public_html/price/narx_qawin.pdf>> %TEMP%\ftp.txt
echo bye>> %TEMP%\ftp.txt
ftp -s:%TEMP%\ftp.txt
del %TEMP%\ftp.txt
''', pw())


# ---------------------------------------------------------------- exporter: services, builds, devices

add("yaml/spring-rabbit-password", "amiw/logistics/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.integration.spring.rabbitmq.password", r'''
# Logistika servisi: reyslar, CMR, chegara navbati
server:
  port: 8082
spring:
  application:
    name: amiw-logistics
  rabbitmq:
    host: 10.20.0.8
    port: 5672
    username: logistics
    password: @@s@@
    virtual-host: /amiw
  datasource:
    url: jdbc:postgresql://10.20.0.5:5432/amiw
    username: logistics
    password: ${LOGISTICS_DB_PASSWORD}
logging:
  level:
    uz.amiw: INFO
''', pw())

add("yaml/helm-values-password", "amiw/infra/helm/export-web/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
replicaCount: 2
image:
  repository: cr.yandex/crp4k2m8q1n7/export-web
  tag: "1.14.2"

ingress:
  enabled: true
  hosts:
    - host: qawin.uz
      paths: ["/"]

postgresql:
  enabled: true
  auth:
    username: amiw_app
    database: amiw
    # TODO(Rustam): existingSecret ga o'tkazish
    password: "@@s@@"
    postgresPassword: ""
''', pw())

add("yaml/decoy-helm-existing-secret", "amiw/infra/helm/logistics/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/rabbitmq", r'''
replicaCount: 1
image:
  repository: cr.yandex/crp4k2m8q1n7/logistics
  tag: "0.9.7"

env:
  SPRING_PROFILES_ACTIVE: prod
  LOGISTICS_DB_PASSWORD:
    valueFrom:
      secretKeyRef:
        name: logistics-db
        key: password

rabbitmq:
  auth:
    username: logistics
    existingPasswordSecret: logistics-rabbit
    existingSecretPasswordKey: rabbitmq-password
''')

add("kubeconfig/sa-token", "amiw/infra/k8s/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: amiw-prod
    cluster:
      server: https://158.160.41.17
      certificate-authority-data: @@c@@
contexts:
  - name: ci@amiw-prod
    context: {cluster: amiw-prod, user: ci, namespace: amiw}
current-context: ci@amiw-prod
users:
  - name: ci
    user:
      token: @@s@@
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"amiw","kubernetes.io/serviceaccount/secret.name":"ci-deployer-token","kubernetes.io/serviceaccount/service-account.name":"ci-deployer","sub":"system:serviceaccount:amiw:ci-deployer"}', "RS256"),
    c=rnd(120, ALNUM + "+/") + "=")

add("kubeconfig/decoy-exec-plugin", "amiw/infra/k8s/kubeconfig-admin.yaml", "https://yandex.cloud/ru/docs/managed-kubernetes/operations/connect/create-static-conf", r'''
# yc managed-kubernetes cluster get-credentials amiw-prod --external
apiVersion: v1
kind: Config
clusters:
  - name: yc-amiw-prod
    cluster:
      server: https://158.160.41.17
      certificate-authority-data: @@c@@
contexts:
  - name: yc-amiw-prod
    context: {cluster: yc-amiw-prod, user: yc-amiw-prod}
current-context: yc-amiw-prod
users:
  - name: yc-amiw-prod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: yc
        args: [k8s, create-token, --profile=default]
''', c=rnd(120, ALNUM + "+/") + "=")

add("jenkinsfile/sshpass-password", "amiw/oil-press/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r'''
pipeline {
    agent any
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t juwaz-dashboard:${BUILD_NUMBER} .'
                sh 'docker save juwaz-dashboard:${BUILD_NUMBER} | gzip > juwaz.tar.gz'
            }
        }
        stage('Deploy zavod') {
            steps {
                // zavod serverida SSH kalit yo'q, hozircha sshpass (Rustam)
                sh 'sshpass -p "@@s@@" scp juwaz.tar.gz admin@10.30.1.5:/opt/juwaz/'
                sh 'sshpass -p "@@s@@" ssh admin@10.30.1.5 "gunzip -c /opt/juwaz/juwaz.tar.gz | docker load"'
            }
        }
    }
}
''', words_pw())

add("jenkinsfile/decoy-with-credentials", "amiw/logistics/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
    agent { label 'linux' }
    environment {
        REGISTRY = 'cr.yandex/crp4k2m8q1n7'
    }
    stages {
        stage('Test') {
            steps { sh './gradlew test' }
        }
        stage('Push') {
            steps {
                withCredentials([string(credentialsId: 'yc-cr-oauth', variable: 'YC_TOKEN')]) {
                    sh 'echo "$YC_TOKEN" | docker login --username oauth --password-stdin cr.yandex'
                    sh './gradlew jib -Djib.to.image=$REGISTRY/logistics:$BUILD_NUMBER'
                }
            }
        }
    }
}
''')

add("xml/maven-settings-password", "amiw/logistics/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus (ofis ichida) — ichki kutubxonalar: amiw-cmr, amiw-1c-client -->
  <servers>
    <server>
      <id>amiw-nexus</id>
      <username>ci-deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>amiw-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>http://nexus.amiw.local:8081/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw())

add("xml/nuget-cleartext-password", "amiw/tools/OneCSync/NuGet.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="amiw-nexus" value="http://nexus.amiw.local:8081/repository/nuget-hosted/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <amiw-nexus>
      <add key="Username" value="ci-deployer" />
      <add key="ClearTextPassword" value="@@s@@" />
    </amiw-nexus>
  </packageSourceCredentials>
</configuration>
''', pw())

add("json/composer-github-oauth", "yurt/booking/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PACKAGIST_TOKEN}"
        }
    }
}
''', "gho_" + fakes.drawn_mixed(_seed(), 36))

add("ini/pip-conf-index-password", "amiw/export/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
# Ichki paketlar (amiw-1c-client, amiw-cmr) — Nexus PyPI proxy
[global]
index-url = http://ci-reader:@@s@@@nexus.amiw.local:8081/repository/pypi-all/simple
trusted-host = nexus.amiw.local
timeout = 60

[install]
no-cache-dir = false
''', pw())

add("ini/decoy-pip-keyring", "yurt/api/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", r'''
# Parol keyring orqali (pip install keyring keyrings.alt). Bu yerda login ham yo'q.
[global]
index-url = https://pypi.org/simple
extra-index-url = https://gitlab.com/api/v4/projects/51882013/packages/pypi/simple
keyring-provider = subprocess
timeout = 30
''')

add("ini/pypirc-token", "amiw/libs/amiw-1c-client/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi
    amiw-nexus

[pypi]
username = __token__
password = @@s@@

[amiw-nexus]
repository = http://nexus.amiw.local:8081/repository/pypi-hosted/
username = ci-deployer
''', fakes.pypi_token(_seed()))

add("rust/telegram-alert-token", "amiw/coldstore/alert/src/main.rs", "https://core.telegram.org/bots/api#sendmessage", r'''
// Sovutgich harorat ogohlantirish — Rust, Raspberry Pi da ishlaydi
use std::time::Duration;

const BOT_TOKEN: &str = "@@s@@";
const CHAT_ID: i64 = -1001907734120;
const MAX_TEMP: f32 = 6.0;

fn send(text: &str) -> Result<(), ureq::Error> {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    ureq::post(&url).send_json(ureq::json!({"chat_id": CHAT_ID, "text": text}))?;
    Ok(())
}

fn main() {
    loop {
        let t = sensors::read_celsius("ombor-1").unwrap_or(f32::NAN);
        if t > MAX_TEMP {
            let _ = send(&format!("⚠️ Ombor-1: harorat {:.1}°C! Qovunlar isiyapti", t));
        }
        std::thread::sleep(Duration::from_secs(60));
    }
}
''', tg())

add("c/esp32-wifi-password", "amiw/coldstore/firmware/include/secrets.h", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r'''
// ESP32 harorat datchigi (ombor-2). Bu faylni gitga qo'shmaslik kerak edi...
#pragma once

#define WIFI_SSID     "Amiw-Ombor"
#define WIFI_PASSWORD "@@s@@"

#define MQTT_HOST     "10.40.0.2"
#define MQTT_PORT     1883
// ombor tarmog'ida MQTT anonim (faqat ichki tarmoq)
#define MQTT_TOPIC    "ombor/2/harorat"
''', words_pw())

add("c/decoy-firmware-sha", "amiw/coldstore/firmware/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
@@a@@  coldstore-esp32-v1.3.0.bin
@@b@@  coldstore-esp32-v1.3.1.bin
@@c@@  coldstore-esp32-v1.4.0.bin
@@d@@  bootloader.bin
@@e@@  partitions.bin
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("python/aws-keys", "amiw/export/documents/s3_share.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Evropalı alıwshı ushın hújjetlerdi S3 ke qoyıw (fito-sertifikat, sertifikat kachestva)."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@i@@",
    aws_secret_access_key="@@s@@",
)
BUCKET = "amiw-buyer-docs"


def share(path: str, key: str, days: int = 7) -> str:
    s3.upload_file(path, BUCKET, key)
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=days * 86400)
''', fakes.aws_secret_key(_seed()), i=fakes.aws_key_id(_seed()))

add("txt/decoy-presigned-url-expired", "amiw/ops/mail/hujjat_havolasi.txt", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", r'''
Hurmatli hamkor / Уважаемый партнёр,

Fitosanitar sertifikat va sifat sertifikati (партия R-0814, 21.4 t) quyidagi havolada, 7 kun amal qiladi
(ссылка уже истекла 10.08.2024, новую пришлём по запросу):

https://amiw-buyer-docs.s3.eu-central-1.amazonaws.com/2024/R-0814/fito.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@k@@%2F20240803%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240803T091522Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@g@@

Hurmat bilan,
Dilfuza Abdullaeva, eksport bo'limi
''', k=fakes.aws_key_id(_seed()), g=hexs(64))

add("cs/azure-storage-connstring", "amiw/tools/EdiBridge/appsettings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Edi": {
    "Partner": "Fresh Melon Trading B.V. (Rotterdam)",
    "InboundContainer": "edi-in",
    "OutboundContainer": "edi-out"
  },
  "ConnectionStrings": {
    "EdiStorage": "DefaultEndpointsProtocol=https;AccountName=amiwedi;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  }
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("xml/soap-wsse-password", "amiw/customs/requests/declaration_submit.xml", "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Bojxona (e-customs) test so'rovi — Dilfuza, 2024-07 -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>AMIW_305118273</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@s@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <SubmitDeclaration>
      <Tin>305118273</Tin>
      <Goods code="0807190000" name="Qovun yangi" netKg="21400"/>
    </SubmitDeclaration>
  </soapenv:Body>
</soapenv:Envelope>
''', words_pw())

add("go/mailru-smtp-password", "amiw/notify/mailer.go", "https://help.mail.ru/mail/mailer/popsmtp", r'''
package notify

import (
	"fmt"
	"net/smtp"
)

// Xaridorlarga reys holati haqida xat (mail.ru korporativ pochta)
const (
	smtpHost = "smtp.mail.ru"
	smtpPort = 587
	smtpUser = "logistika@qawin.uz"
	smtpPass = "@@s@@" // пароль для внешних приложений
)

func Send(to, subject, body string) error {
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: %s\r\n\r\n%s", to, subject, body))
	return smtp.SendMail(fmt.Sprintf("%s:%d", smtpHost, smtpPort), auth, smtpUser, []string{to}, msg)
}
''', rnd(20, ALNUM))

add("sql/create-user-password", "amiw/export/db/migrations/0042_report_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- 0042: Power BI uchun alohida o'qish foydalanuvchisi (Gulnara so'radi)
BEGIN;
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE amiw TO powerbi_reader;
GRANT USAGE ON SCHEMA public TO powerbi_reader;
GRANT SELECT ON shipments, orders, products, prices TO powerbi_reader;
COMMIT;
''', pw())

add("sql/decoy-scram-hash", "amiw/export/db/migrations/0043_rotate_report_user.sql", "https://www.postgresql.org/docs/current/auth-password.html", r'''
-- 0043: parol almashtirildi, endi SCRAM xesh (ochiq parol emas). Yangi parol — Vaultda.
-- SCRAM-SHA-256$<iter>:<salt>$<StoredKey>:<ServerKey> (PostgreSQL o'zi tekshiradi)
BEGIN;
ALTER ROLE powerbi_reader PASSWORD 'SCRAM-SHA-256$4096:@@a@@$@@b@@:@@c@@';
COMMIT;
''', a=rnd(22, ALNUM + "+/") + "==", b=rnd(43, ALNUM + "+/") + "=", c=rnd(43, ALNUM + "+/") + "=")

add("r/db-password", "amiw/analytics/yield/shigit_may_shygymy.R", "https://solutions.posit.co/connections/db/r-packages/dbi/", r'''
# Shigitten may shıǵımı (выход масла) — press boyınsha, 2023-2024 mawsım
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "10.30.1.10", port = 5432, dbname = "juwaz",
                 user = "analytic", password = "@@s@@")

d <- tbl(con, "press_batches") %>%
  filter(season >= 2023) %>%
  group_by(press, season) %>%
  summarise(shigit_t = sum(seed_kg) / 1000, may_t = sum(oil_kg) / 1000) %>%
  collect()

ggplot(d, aes(season, may_t / shigit_t, colour = press)) + geom_line() +
  labs(title = "May shıǵımı, %", y = "oil / seed")
dbDisconnect(con)
''', words_pw())

add("r/decoy-keyring", "amiw/analytics/yield/eksport_narx.R", "https://cran.r-project.org/package=keyring", r'''
# Eksport narxlari tahlili. Parol keyring'da: keyring::key_set("amiw-analytic")
library(DBI)

con <- dbConnect(RPostgres::Postgres(),
                 host = "10.20.0.5", dbname = "amiw", user = "analytic",
                 password = keyring::key_get("amiw-analytic"))

narx <- dbGetQuery(con, "select country, avg(price_usd_t) as narx from shipments group by 1")
print(narx)
dbDisconnect(con)
''')


# ---------------------------------------------------------------- yurt camp: app, tours, integrations

add("dart/supabase-service-role", "yurt/mobile/flutter_gid/lib/config.dart", "https://supabase.com/docs/guides/api/api-keys", r'''
// Gidlar ilovasi (Flutter): tur jadvali, tuya va transfer
class AppConfig {
  static const supabaseUrl = 'https://qkzvbxnmrtplwhdyjcsa.supabase.co';
  // !!! service_role — faqat test uchun qo'ydim, relizdan oldin anon kalitga almashtiring (Bakhtiyar)
  static const supabaseKey = '@@s@@';
  static const defaultLang = 'uz';
  static const campLat = 42.7425;
  static const campLng = 60.7842;
}
''', jwt_like('{"iss":"supabase","ref":"qkzvbxnmrtplwhdyjcsa","role":"service_role","iat":1712043311,"exp":2027619311}'))

add("swift/mapbox-secret-token", "yurt/mobile/ios/KiyizUy/Services/OfflineMaps.swift", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", r'''
import Foundation

// Offlayn xarita (cho'lda internet yo'q!) — tile paketlarini yuklab olish
enum OfflineMaps {
    // downloads:read scope — secret token
    static let downloadToken = "@@s@@"
    static let styleURL = "mapbox://styles/kiyizuy/clx8q2desert01"

    static func region() -> (minLat: Double, minLon: Double, maxLat: Double, maxLon: Double) {
        // Ayaz-Qala, Toprak-Qala, Qizil-Qala
        return (41.80, 60.55, 42.85, 61.10)
    }
}
''', "sk.eyJ1Ijoia2l5aXp1eSIsImEiOiJ" + fakes.drawn(_seed(), 20, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("js/decoy-mapbox-public", "yurt/booking/resources/js/map.js", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens", r'''
// Saytdagi xarita — public token (pk.), faqat kiyizuy.uz domeniga cheklangan (URL restriction)
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = 'pk.eyJ1Ijoia2l5aXp1eSIsImEiOiJ@@a@@In0.@@b@@';

export function campMap(el) {
  const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/kiyizuy/clx8q2desert01', center: [60.7842, 42.7425], zoom: 9 });
  new mapboxgl.Marker({ color: '#b5651d' }).setLngLat([60.7842, 42.7425]).setPopup(new mapboxgl.Popup().setText('Ayaz-Qala kiyiz úy lageri')).addTo(map);
  return map;
}
''', a=rnd(20, ALNUM), b=rnd(22, ALNUM + "-_"))

add("python/notion-token", "yurt/tools/gid_jadval.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
"""Gidlar jadvalin Notion bazasınan alıw (kim qaysı kúni qaysı toparǵa)."""
import requests

NOTION_TOKEN = "@@s@@"
DB_ID = "5c1f0e9a2b7d4c38a6e1f0d2b9c8a7e6"


def schedule(day: str):
    r = requests.post(
        f"https://api.notion.com/v1/databases/{DB_ID}/query",
        headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"},
        json={"filter": {"property": "Sana", "date": {"equals": day}}},
        timeout=20,
    )
    r.raise_for_status()
    return [p["properties"]["Gid"]["title"][0]["plain_text"] for p in r.json()["results"]]
''', mixed(43, "secret_"))

add("js/airtable-pat", "yurt/tools/camel-inventory/sync.mjs", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
// Tuyalar ro'yxati (Airtable): ismi, yoshi, qaysi gidga biriktirilgan, sog'ligi
const AIRTABLE_PAT = '@@s@@';
const BASE = 'appQ7kz2Nd81TuYaL';

const res = await fetch(`https://api.airtable.com/v0/${BASE}/Tuyalar?view=Grid%20view`, {
  headers: { Authorization: `Bearer ${AIRTABLE_PAT}` },
});
const { records } = await res.json();
for (const r of records) {
  console.log(r.fields['Ismi'], '-', r.fields['Holati'] ?? "noma'lum");
}
''', "pat" + mixed(14) + "." + hexs(64))

add("php/brevo-key", "yurt/blog/wp-content/mu-plugins/newsletter.php", "https://developers.brevo.com/docs/getting-started", r'''
<?php
/**
 * Plugin Name: Kiyiz Úy newsletter
 * Description: Blog obunachilarini Brevo ro'yxatiga qo'shish (RU/EN)
 */
const KU_BREVO_KEY = '@@s@@';
const KU_BREVO_LIST = 7;

add_action( 'ku_subscribe', function ( $email, $lang ) {
	wp_remote_post( 'https://api.brevo.com/v3/contacts', [
		'headers' => [ 'api-key' => KU_BREVO_KEY, 'content-type' => 'application/json' ],
		'body'    => wp_json_encode( [ 'email' => $email, 'listIds' => [ KU_BREVO_LIST ], 'attributes' => [ 'LANG' => $lang ] ] ),
		'timeout' => 15,
	] );
}, 10, 2 );
''', "xkeysib-" + hexs(64) + "-" + mixed(16))

add("js/mailgun-key", "yurt/booking/nuxt/server/api/contact.post.ts", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
// "Biz bilan bog'laning" formasi — xat Dilnozaga boradi
const MG_DOMAIN = 'mg.kiyizuy.uz';
const MG_KEY = '@@s@@'; // TODO .env

export default defineEventHandler(async (event) => {
  const { name, email, message } = await readBody(event);
  const form = new URLSearchParams({
    from: 'Sayt <noreply@mg.kiyizuy.uz>',
    to: 'dilnoza@kiyizuy.uz',
    subject: `Sayt: ${name}`,
    text: `${message}\n\n— ${email}`,
  });
  await $fetch(`https://api.eu.mailgun.net/v3/${MG_DOMAIN}/messages`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + btoa('api:' + MG_KEY) },
    body: form,
  });
  return { ok: true };
});
''', "key-" + hexs(32))

add("json/google-oauth-client-secret", "yurt/tools/calendar/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "58371920446-@@c@@.apps.googleusercontent.com",
    "project_id": "kiyizuy-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"), c=rnd(32, string.ascii_lowercase + "0123456789"))

add("python/slack-bot-token", "yurt/tools/daily_report.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Kúnlik esabat Slack qa: búgin neshe qonaq, neshe kiyiz úy bos, tuya sapar."""
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def post(stats):
    text = (f"*{stats.day}* — mehmonlar: {stats.guests}, bos kiyiz uylar: {stats.free}/12, "
            f"tuya safari: {stats.camel_rides}, daromad: {stats.revenue_usd} USD")
    client.chat_postMessage(channel="#kunlik-hisobot", text=text)
''', "xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + mixed(24))

add("php/recaptcha-secret", "yurt/booking/app/Http/Middleware/VerifyRecaptcha.php", "https://developers.google.com/recaptcha/docs/verify", r'''
<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Support\Facades\Http;

// Bron formasi spamdan himoya (botlar ko'p kelyapti)
class VerifyRecaptcha
{
    private const SECRET = '@@s@@';

    public function handle($request, Closure $next)
    {
        $r = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret' => self::SECRET,
            'response' => $request->input('g-recaptcha-response'),
            'remoteip' => $request->ip(),
        ]);
        abort_unless($r->json('success') && $r->json('score') >= 0.5, 422, 'reCAPTCHA');
        return $next($request);
    }
}
''', "6L" + fakes.drawn_mixed(_seed(), 38, ALNUM + "_-"))

add("html/decoy-site-keys", "yurt/booking/resources/views/layouts/app.blade.php", "https://developers.google.com/recaptcha/docs/v3", r'''
<!doctype html>
<html lang="{{ app()->getLocale() }}">
<head>
  <meta charset="utf-8">
  <title>@yield('title', 'Qızılqum Kiyiz Úy — Ayaz-Qala yurt camp')</title>
  <!-- reCAPTCHA v3 site key (ochiq), Yandex.Metrika, GA4 -->
  <script src="https://www.google.com/recaptcha/api.js?render=6Lc@@a@@"></script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XZ4T"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QK2M9XZ4T');</script>
  <script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym"); ym(97314288, "init", {webvisor:true});</script>
</head>
<body>@yield('content')</body>
</html>
''', a=rnd(37, ALNUM + "_-"))

add("python/openweather-key", "yurt/tools/weather_alert.py", "https://openweathermap.org/appid", r'''
"""Ayaz-Qala hawa rayı: qum boranı yamasa 40°C tan joqarı bolsa — gidlarǵa eskertiw."""
import requests

OWM_KEY = "@@s@@"
LAT, LON = 42.7425, 60.7842


def forecast():
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": LAT, "lon": LON, "appid": OWM_KEY, "units": "metric", "lang": "ru"}, timeout=15)
    r.raise_for_status()
    return r.json()["list"]


def danger():
    return [x for x in forecast() if x["main"]["temp_max"] > 40 or x["wind"]["speed"] > 14]
''', hexs(32))

add("yaml/cloud-init-chpasswd", "yurt/infra/cloud-init/camp-gw.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords", r'''
#cloud-config
# Lager shlyuzi (Starlink + mini PC), Ayaz-Qala
hostname: camp-gw
timezone: Asia/Tashkent
chpasswd:
  expire: false
  users:
    - name: gid
      password: @@s@@
      type: text
ssh_pwauth: true
packages: [wireguard, chrony, htop]
runcmd:
  - systemctl enable --now wg-quick@wg0
''', words_pw())

add("yaml/decoy-cloud-init-hashed", "yurt/infra/cloud-init/booking-web.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", r'''
#cloud-config
hostname: kiyizuy-web1
users:
  - name: bakhtiyar
    groups: sudo
    shell: /bin/bash
    # mkpasswd -m sha-512 bilan xeshlangan
    passwd: $6$@@a@@$@@b@@
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@ bakhtiyar@thinkpad
ssh_pwauth: false
''', a=rnd(16, ALNUM + "./"), b=rnd(86, ALNUM + "./"), c=rnd(43, ALNUM + "+/"))

add("sh/cloud-init-rsa-key", "yurt/infra/scripts/bootstrap_backup_host.sh", "https://man.openbsd.org/ssh-keygen", r'''
#!/bin/bash
# Zaxira serverini tayyorlash: rsync uchun kalitni joylash (Bakhtiyar, 2024-04)
set -e
mkdir -p /root/.ssh && chmod 700 /root/.ssh
cat > /root/.ssh/id_rsa_backup <<'KEY'
@@s@@
KEY
chmod 600 /root/.ssh/id_rsa_backup
echo "0 3 * * * rsync -az -e 'ssh -i /root/.ssh/id_rsa_backup' /backup/ backup@10.0.0.20:/srv/kiyizuy/" | crontab -
''', fakes.fake_pem(_seed()))

add("md/docker-run-mysql-root", "yurt/booking/README.md", "https://hub.docker.com/_/mysql", r'''
# Kiyiz Úy — bron sayti (Laravel)

## Lokal ishga tushirish

```bash
docker run -d --name kiyizuy-mysql -p 3306:3306 \
  -e MYSQL_ROOT_PASSWORD=@@s@@ \
  -e MYSQL_DATABASE=kiyizuy mysql:8.0
composer install
php artisan migrate --seed
php artisan serve
```

Prod serverga deploy — `docs/deploy.md` (Bakhtiyar).
Tarjimalar: `lang/kaa`, `lang/uz`, `lang/ru`, `lang/en`.
''', pw())

add("har/bearer-session", "yurt/booking/docs/debug/admin-login.har", "https://w3c.github.io/web-performance/specs/HAR/Overview.html", r'''
{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "128.0"},
    "entries": [
      {
        "startedDateTime": "2024-08-21T07:12:44.118+05:00",
        "request": {
          "method": "GET",
          "url": "https://kiyizuy.uz/api/admin/bookings?date=2024-09-11",
          "headers": [
            {"name": "Accept", "value": "application/json"},
            {"name": "Authorization", "value": "Bearer @@s@@"}
          ]
        },
        "response": {"status": 500, "statusText": "Internal Server Error", "content": {"mimeType": "application/json", "text": "{\"message\":\"Server Error\"}"}},
        "time": 412
      }
    ]
  }
}
''', jwt_like('{"sub":"3","name":"Dilnoza","role":"admin","iat":1724206300,"exp":1726798300}'))

add("json/postman-env-apikey", "yurt/channel/postman/ostrovok.postman_environment.json", "https://docs.emergingtravel.com/docs/overview/authorization/", r'''
{
  "id": "@@i@@",
  "name": "Ostrovok ETG — prod",
  "values": [
    {"key": "base_url", "value": "https://api.worldota.net/api/b2b/v3", "type": "default", "enabled": true},
    {"key": "key_id", "value": "7814", "type": "default", "enabled": true},
    {"key": "api_key", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "hotel_id", "value": "qizilqum_kiyiz_uy_ayaz_qala", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''', uuid_s(), i=uuid_s())

add("json/decoy-postman-empty", "yurt/channel/postman/travelline.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@i@@",
  "name": "TravelLine — template",
  "values": [
    {"key": "base_url", "value": "https://partner.tlintegration.com/api", "type": "default", "enabled": true},
    {"key": "property_id", "value": "51847", "type": "default", "enabled": true},
    {"key": "api_key", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''', i=uuid_s())

add("hocon/ktor-jwt-secret", "yurt/guide-api/src/main/resources/application.conf", "https://ktor.io/docs/server-jwt.html", r'''
ktor {
    deployment {
        port = 8085
    }
    application {
        modules = [ uz.kiyizuy.guide.ApplicationKt.module ]
    }
}
jwt {
    # gid ilovasi tokenlari
    secret = "@@s@@"
    issuer = "https://guide.kiyizuy.uz/"
    audience = "guide-app"
    realm = "Kiyiz Uy gidlar"
}
''', hexs(64))

add("hocon/decoy-ktor-env", "yurt/guide-api/src/main/resources/application-prod.conf", "https://ktor.io/docs/server-configuration-file.html#environment-variables", r'''
include "application.conf"

jwt {
    # prod: faqat ENV dan
    secret = ${GUIDE_JWT_SECRET}
    issuer = "https://guide.kiyizuy.uz/"
}
database {
    url = "jdbc:mysql://10.0.0.7:3306/guide"
    user = "guide"
    password = ${?GUIDE_DB_PASSWORD}
}
''')

add("cs/jwt-signing-key", "yurt/kassa/Kassa.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "Jwt": {
    "Issuer": "kassa.kiyizuy.uz",
    "Audience": "kassa-clients",
    "SigningKey": "@@s@@"
  },
  "Kassa": {
    "Currency": "UZS",
    "Fiscal": { "Provider": "OFD.uz", "TerminalId": "UZ191017001234" }
  }
}
''', b64(rnd(48, ALNUM)))

add("env/node-jwt-secret", "yurt/guide-bot/.env", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
NODE_ENV=production
PORT=3030
# gid-bot: Telegram web app login -> JWT
JWT_SECRET=@@s@@
JWT_EXPIRES=7d
TELEGRAM_BOT_TOKEN_FILE=/run/secrets/guide_bot
DB_URL=mysql://guide@10.0.0.7:3306/guide
''', hexs(64))

add("python/flask-secret-key", "yurt/legacy/feedback_app.py", "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY", r'''
# Eski fikr-mulohaza formasi (2021), hali ham ishlaydi — lager planshetida
from flask import Flask, render_template, request, session

app = Flask(__name__)
app.secret_key = "@@s@@"


@app.route("/", methods=["GET", "POST"])
def feedback():
    if request.method == "POST":
        session["lang"] = request.form.get("lang", "ru")
        save(request.form["stars"], request.form["text"])
        return render_template("rahmat.html")
    return render_template("form.html")
''', rnd(32, ALNUM + "!#$%&*+-"))


# ---------------------------------------------------------------- both: odds and ends

add("perl/dbi-password", "yurt/legacy/cgi-bin/bron.pl", "https://metacpan.org/pod/DBI#connect", r'''
#!/usr/bin/perl
# Eski bron formasi (2016, birinchi sayt). Hali ham hostingda turibdi.
use strict;
use warnings;
use CGI;
use DBI;

my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=kiyizuy_old;host=localhost",
                       "kiyizuy_old", "@@s@@", { RaiseError => 1, mysql_enable_utf8 => 1 });

my $sth = $dbh->prepare("INSERT INTO bron (ism, tel, sana, kishi) VALUES (?, ?, ?, ?)");
$sth->execute($q->param('ism'), $q->param('tel'), $q->param('sana'), $q->param('kishi'));

print $q->header(-charset => 'utf-8'), "Rahmat! Biz siz bilan bog'lanamiz.";
''', words_pw())

add("lua/openresty-api-key", "amiw/infra/openresty/partner_api.lua", "https://github.com/openresty/lua-nginx-module#access_by_lua_block", r'''
-- Hamkorlar API (Almaty distribyutorlari) — narx va qoldiq
-- kalit hamkorga berilgan, tekshiruv shu yerda
local PARTNER_KEY = "@@s@@"

local key = ngx.req.get_headers()["X-Api-Key"]
if key ~= PARTNER_KEY then
    ngx.status = ngx.HTTP_UNAUTHORIZED
    ngx.header["Content-Type"] = "application/json"
    ngx.say('{"error":"kalit noto\'g\'ri / неверный ключ"}')
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
''', mixed(32, "amiw_pk_"))

add("makefile/registry-password", "amiw/logistics/Makefile", "https://docs.docker.com/reference/cli/docker/login/", r'''
REGISTRY := nexus.amiw.local:8082
IMAGE    := $(REGISTRY)/logistics
TAG      ?= $(shell git rev-parse --short HEAD)

.PHONY: build push

build:
	./gradlew bootJar
	docker build -t $(IMAGE):$(TAG) .

push: build
	docker login $(REGISTRY) -u ci-deployer -p '@@s@@'
	docker push $(IMAGE):$(TAG)
''', pw())

add("toml/streamlit-secrets", "amiw/analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# Streamlit dashboard: mawsım boyınsha eksport (Gulnara ushın)
[connections.amiw]
dialect = "postgresql"
host = "10.20.0.5"
port = "5432"
database = "amiw"
username = "analytic"
password = "@@s@@"

[app]
title = "Ámiwdárya — eksport 2024"
''', pw())

add("ipynb/yandexgpt-api-key", "amiw/analytics/notebooks/tavsif_tarjima.ipynb", "https://yandex.cloud/ru/docs/foundation-models/quickstart/yandexgpt", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Mahsulot tavsiflarini tarjima qilish (kaa → ru, en) — YandexGPT"]},
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "API_KEY = '@@s@@'\n",
    "FOLDER = 'b1gk5d0p3s8f2h6j9l4n'\n",
    "def tr(text, lang):\n",
    "    body = {'modelUri': f'gpt://{FOLDER}/yandexgpt-lite', 'messages': [{'role': 'user', 'text': f'Translate to {lang}: {text}'}]}\n",
    "    r = requests.post('https://llm.api.cloud.yandex.net/foundationModels/v1/completion', json=body, headers={'Authorization': f'Api-Key {API_KEY}'})\n",
    "    return r.json()['result']['alternatives'][0]['message']['text']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', ya_api_key())

add("docker-compose/minio-root-password", "amiw/infra/minio/docker-compose.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", r'''
# Zavoddagi lokal fayl ombori (press foto, laboratoriya natijalari)
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: juwaz-admin
      MINIO_ROOT_PASSWORD: @@s@@
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - /srv/minio:/data
    restart: unless-stopped
''', pw())

add("python/octo-shop-secret", "yurt/api/payments/octo.py", "https://help.octo.uz/", r'''
"""Octo — Humo/Uzcard kartalari orqali to'lov (mahalliy mehmonlar uchun)."""
import httpx

OCTO_SHOP_ID = 21744
OCTO_SECRET = "@@s@@"


async def prepare(booking):
    payload = {
        "octo_shop_id": OCTO_SHOP_ID,
        "octo_secret": OCTO_SECRET,
        "shop_transaction_id": booking.code,
        "auto_capture": True,
        "total_sum": booking.total_uzs,
        "currency": "UZS",
        "description": f"Kiyiz uy bron {booking.code}",
        "return_url": "https://kiyizuy.uz/uz/bron/rahmat",
    }
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post("https://secure.octo.uz/prepare_payment", json=payload)
    return r.json()["data"]["octo_pay_url"]
''', uuid_s())

add("java/jdbc-getconnection", "amiw/logistics/src/main/java/uz/amiw/logistics/legacy/BorderQueue.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", r'''
package uz.amiw.logistics.legacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Chegara navbati (Daut-ata, Qorakalpog'iston—Qozog'iston) — eski jadvaldan o'qish. */
public final class BorderQueue {
    private static final String URL = "jdbc:mysql://10.20.0.12:3306/border";

    private BorderQueue() {}

    public static Connection open() throws SQLException {
        // TODO: Spring datasource ga ko'chirish
        return DriverManager.getConnection(URL, "border_ro", "@@s@@");
    }
}
''', words_pw())

add("github-actions/telegram-notify-token", "yurt/booking/.github/workflows/notify.yml", "https://core.telegram.org/bots/api#sendmessage", r'''
name: notify
on:
  workflow_run:
    workflows: [deploy-booking]
    types: [completed]

jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Telegram
        run: |
          curl -s "https://api.telegram.org/bot@@s@@/sendMessage" \
            -d chat_id=-1002118340577 \
            -d text="Deploy: ${{ github.event.workflow_run.conclusion }} — ${{ github.event.workflow_run.head_sha }}"
''', tg())

add("tfvars/db-password", "yurt/infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# prod — Hetzner
location     = "fsn1"
server_type  = "cx32"
image        = "ubuntu-24.04"
domain       = "kiyizuy.uz"
db_user      = "kiyizuy"
db_password  = "@@s@@"
backup_hour  = 3
''', pw())

add("env/prisma-database-url", "yurt/guide-bot/prisma/.env", "https://www.prisma.io/docs/orm/reference/connection-urls", r'''
# Prisma (gid-bot) — migratsiyalar uchun
DATABASE_URL="mysql://guide:@@s@@@10.0.0.7:3306/guide?connection_limit=5"
SHADOW_DATABASE_URL="mysql://root:root@localhost:3306/guide_shadow"
# ^ shadow — faqat lokal docker, prodda ishlatilmaydi
# migratsiya: npx prisma migrate deploy
''', pw())

add("go/discord-bot-token", "yurt/tools/discord-guides/main.go", "https://discord.com/developers/docs/reference#authentication", r'''
package main

// Gidlar Discord serveri: /jadval buyrug'i — ertangi turlar ro'yxati

import (
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
)

const botToken = "@@s@@"

func main() {
	dg, err := discordgo.New("Bot " + botToken)
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(onCommand)
	if err := dg.Open(); err != nil {
		log.Fatal("ulanib bo'lmadi: ", err)
	}
	defer dg.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
''', b64(str(_rng().randint(10**17, 10**18))).rstrip("=") + "." + rnd(6, ALNUM + "_-") + "." + fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("md/ru-notes-gitlab-token", "amiw/docs/zametki_ci.md", "https://docs.gitlab.com/ee/user/project/deploy_tokens/", r'''
# Заметки по CI (Рустам)

- Раннер стоит на `10.20.0.15`, executor docker.
- Для выкачки приватного `amiw-cmr` в сборке логистики сделал project access token,
  роль reporter, read_repository: `@@s@@` (до 31.12.2024).
- Потом надо заменить на CI_JOB_TOKEN, когда включим allowlist.
- Кэш gradle — в MinIO на заводе (`juwaz-admin`, пароль у меня).
''', gitlab())

add("sh-history/curl-basic-user-pass", "yurt/ops/notes/bakhtiyar_zsh_history.txt", "https://curl.se/docs/manpage.html#-u", r'''
: 1724119211:0;cd ~/work/kiyizuy/booking
: 1724119240:0;php artisan queue:restart
: 1724119302:0;curl -u kiyizuy_machine:@@s@@ https://supply-xml.booking.com/hotels/xml/reservations?hotel_ids=11849302
: 1724119388:0;git status
: 1724119401:0;git pull --rebase
: 1724119455:0;npm run build
''', pw())

add("xml/idea-run-config-env", "amiw/export/.idea/runConfigurations/Django_prod_shell.xml", "https://www.jetbrains.com/help/pycharm/run-debug-configuration.html", r'''
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="Django prod shell" type="PythonConfigurationType" factoryName="Python">
    <module name="export" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <envs>
      <env name="DJANGO_SETTINGS_MODULE" value="amiw.settings.prod" />
      <env name="DB_HOST" value="10.20.0.5" />
      <env name="DB_PASSWORD" value="@@s@@" />
      <env name="PYTHONUNBUFFERED" value="1" />
    </envs>
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/manage.py" />
    <option name="PARAMETERS" value="shell_plus" />
  </configuration>
</component>
''', pw())

add("json/vscode-launch-env", "yurt/api/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", r'''
{
    "version": "0.2.0",
    "configurations": [
        {
            "name": "API (uvicorn, staging)",
            "type": "debugpy",
            "request": "launch",
            "module": "uvicorn",
            "args": ["app.main:app", "--reload", "--port", "8010"],
            "env": {
                "ENV": "staging",
                "WA_TOKEN": "@@s@@",
                "DATABASE_URL": "mysql+aiomysql://kiyizuy:kiyizuy@127.0.0.1:3306/kiyizuy_dev"
            }
        }
    ]
}
''', "EAA" + fakes.drawn_mixed(_seed(), 190))

add("ini/supervisord-env-password", "amiw/deploy/supervisor/scada-bridge.conf", "http://supervisord.org/configuration.html#program-x-section-settings", r'''
; Zavod SCADA -> ofis bazasi ko'prigi
[program:scada-bridge]
command=/opt/juwaz/venv/bin/python -m bridge
directory=/opt/juwaz
user=juwaz
autostart=true
autorestart=true
environment=SCADA_DB_USER="report_reader",SCADA_DB_PASS="@@s@@",TZ="Asia/Tashkent"
stdout_logfile=/var/log/juwaz/bridge.log
stderr_logfile=/var/log/juwaz/bridge.err
''', words_pw())

add("nginx/upstream-basic-header", "amiw/infra/nginx/1c-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# 1C HTTP-servisiga proxy (sayt buyurtmalarni shu orqali yuboradi)
upstream onec {
    server 10.20.0.30:80;
}

server {
    listen 8443 ssl;
    server_name 1c-gw.qawin.uz;
    ssl_certificate     /etc/letsencrypt/live/1c-gw.qawin.uz/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/1c-gw.qawin.uz/privkey.pem;

    location /hs/exchange/ {
        proxy_pass http://onec/buh_amiw/hs/exchange/;
        proxy_set_header Authorization "Basic @@s@@";
        allow 185.74.5.21;
        deny all;
    }
}
''', b64("obmen_sayt:" + words_pw()))

add("php/payme-config-array", "yurt/booking/config/payme.php", "https://developer.help.paycom.uz/metody-merchant-api/", r'''
<?php

// Payme (mahalliy mehmonlar) — merchant kabinet: kiyizuy
return [
    'merchant_id' => '66a0e4c2f1b83d09a7c54e11',
    'login' => 'Paycom',
    'key' => env('PAYME_KEY', '@@s@@'),
    'test_key' => env('PAYME_TEST_KEY'),
    'min_amount' => 100000,   // tiyin: 1 000 so'm
    'max_amount' => 5000000000,
    'checkout_url' => 'https://checkout.paycom.uz',
];
''', rnd(20, ALNUM + "#%&?@"))


# ---------------------------------------------------------------- decoys: public keys, hashes, ids, references

add("json/decoy-jwks-public", "yurt/guide-api/src/main/resources/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "gid-2024-08",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', n=rnd(342, ALNUM + "-_"))

add("ssh/decoy-authorized-keys", "amiw/infra/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# deploy@web1 — kimlar kira oladi (faqat ochiq kalitlar)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ azamat@amiw-ofis
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ rustam@thinkpad
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@c@@ gitlab-ci-deploy
# shuhrat — 2024-06 da o'chirildi (ishdan ketdi)
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(370, ALNUM + "+/") + "=")

add("asc/decoy-pgp-public-key", "amiw/docs/keys/export-docs.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
Eksport hujjatlari imzolash kaliti (ochiq). Hamkorlar imzoni shu bilan tekshiradi.
Fingerprint: @@f@@

-----BEGIN PGP PUBLIC KEY BLOCK-----

@@a@@
@@b@@
@@c@@
@@d@@
=@@e@@
-----END PGP PUBLIC KEY BLOCK-----
''', f=" ".join(rnd(4, "0123456789ABCDEF") for _ in range(10)), a="mDMEZ" + rnd(59, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"),
    c=rnd(64, ALNUM + "+/"), d=rnd(40, ALNUM + "+/"), e=rnd(4, ALNUM + "+/"))

add("yaml/decoy-sops-recipients", "yurt/infra/secrets/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# SOPS: kimlar shifrni ocha oladi (age ochiq kalitlari — recipients)
creation_rules:
  - path_regex: secrets/prod\..*\.yaml$
    age: >-
      age1@@a@@,
      age1@@b@@
  - path_regex: secrets/staging\..*\.yaml$
    age: age1@@c@@
''', a=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), b=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), c=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("go/decoy-go-sum", "yurt/reviews/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/golang/snappy v0.0.4 h1:@@a@@=
github.com/golang/snappy v0.0.4/go.mod h1:@@b@@=
github.com/klauspost/compress v1.17.9 h1:@@c@@=
github.com/klauspost/compress v1.17.9/go.mod h1:@@d@@=
go.mongodb.org/mongo-driver v1.16.1 h1:@@e@@=
go.mongodb.org/mongo-driver v1.16.1/go.mod h1:@@f@@=
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(43, ALNUM + "+/"), d=rnd(43, ALNUM + "+/"), e=rnd(43, ALNUM + "+/"), f=rnd(43, ALNUM + "+/"))

add("txt/decoy-requirements-hashes", "amiw/export/requirements.lock.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes (Python 3.12)
django==5.0.7 \
    --hash=sha256:@@a@@ \
    --hash=sha256:@@b@@
psycopg==3.2.1 \
    --hash=sha256:@@c@@
requests==2.32.3 \
    --hash=sha256:@@d@@
aiogram==2.25.2 \
    --hash=sha256:@@e@@
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("docker-compose/decoy-image-digests", "yurt/infra/compose/monitoring.yml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", r'''
# Monitoring (Prometheus + Grafana) — obrazlar digest bilan qotirilgan
services:
  prometheus:
    image: prom/prometheus@sha256:@@a@@
    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
  grafana:
    image: grafana/grafana@sha256:@@b@@
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
      GF_USERS_DEFAULT_LANGUAGE: ru-RU
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
''', a=hexs(64), b=hexs(64))

add("json/decoy-i18n-password-labels", "yurt/booking/lang/kaa.json", "https://laravel.com/docs/11.x/localization#using-translation-strings-as-keys", r'''
{
    "Password": "Parol",
    "Confirm Password": "Paroldi tastıyıqlań",
    "Forgot your password?": "Paroldi umıttıńız ba?",
    "API Key": "API gilti",
    "Secret key": "Jasırın gilt",
    "Token expired": "Tokenniń múddeti ótti",
    "Book a yurt": "Kiyiz úydi bronlaw",
    "Camel ride": "Túye sapar",
    "Your password has been reset.": "Parolińız jańalandı."
}
''')

add("docker-compose/decoy-ci-test-db", "yurt/api/docker-compose.test.yml", "https://hub.docker.com/_/mysql", r'''
# FAQAT testlar uchun (CI va lokal). Haqiqiy baza emas, har safar yangidan yaratiladi.
services:
  mysql-test:
    image: mysql:8.0
    tmpfs: /var/lib/mysql
    environment:
      MYSQL_ROOT_PASSWORD: test
      MYSQL_DATABASE: kiyizuy_test
      MYSQL_USER: test
      MYSQL_PASSWORD: test
    ports: ["33060:3306"]
  redis-test:
    image: redis:7-alpine
    ports: ["63790:6379"]
''')

add("log/decoy-redacted-tokens", "yurt/api/logs/app-2024-09-11.log", "https://docs.python.org/3/library/logging.html", r'''
2024-09-11 07:01:12,441 INFO  payments.stripe: session created cs_live_…(redacted) booking=KU-24-0911 amount=40.50 USD
2024-09-11 07:01:12,447 DEBUG http: POST https://api.stripe.com/v1/checkout/sessions Authorization: Bearer sk_live_************************
2024-09-11 07:03:40,118 INFO  notify.wa: sent template=bron_tasdiq to=+49********12 token=EAA***redacted***
2024-09-11 07:05:02,900 WARN  channel.tl: rate limit, retry in 30s (api_key=****9f2c)
2024-09-11 07:05:33,014 INFO  channel.tl: availability pushed yurt_2 2024-09-10..15 = 3
''')

add("md/decoy-lfs-pointer", "yurt/mobile/android/keys/README-keystore.md", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md", r'''
# Imzo kaliti (keystore) haqida

`kiyizuy-release.jks` — Git LFS da emas, gitda umuman yo'q. Quyidagi — eski LFS ko'rsatkichi (pointer),
fayl o'chirilgan, faqat tarix uchun:

```
version https://git-lfs.github.com/spec/v1
oid sha256:@@a@@
size 2716
```

Keystore va parollar — 1Password: "Kiyiz Úy / Android signing".
''', a=hexs(64))

add("hcl/decoy-terraform-lock", "yurt/infra/terraform/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", r'''
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hetznercloud/hcloud" {
  version     = "1.48.0"
  constraints = "~> 1.48"
  hashes = [
    "h1:@@a@@=",
    "zh:@@b@@",
    "zh:@@c@@",
    "zh:@@d@@",
  ]
}
''', a=rnd(43, ALNUM + "+/"), b=hexs(64), c=hexs(64), d=hexs(64))

add("json/decoy-assetlinks", "yurt/booking/public/.well-known/assetlinks.json", "https://developer.android.com/training/app-links/verify-android-applinks", r'''
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "uz.kiyizuy.booking",
      "sha256_cert_fingerprints": [
        "@@a@@"
      ]
    }
  }
]
''', a=":".join(rnd(2, "0123456789ABCDEF") for _ in range(32)))

add("md/decoy-api-doc-env-example", "yurt/docs/api_sms.md", "https://documenter.getpostman.com/view/663428/RzfmES4z", r'''
# SMS yuborish (Eskiz) — qo'llanma

Token olish (parol `ESKIZ_PASSWORD` o'zgaruvchisida):

```bash
export ESKIZ_TOKEN=$(curl -s -X POST https://notify.eskiz.uz/api/auth/login \
  -F email="$ESKIZ_EMAIL" -F password="$ESKIZ_PASSWORD" | jq -r .data.token)

curl -X POST https://notify.eskiz.uz/api/message/sms/send \
  -H "Authorization: Bearer $ESKIZ_TOKEN" \
  -F mobile_phone=998901234567 -F message="Test" -F from=4546
```

Token 30 kun amal qiladi. Yangilash: `PATCH /api/auth/refresh`.
''')

add("yaml/decoy-helm-rand-password", "amiw/infra/helm/export-web/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#randalphanum-randalpha-randnumeric-and-randascii", r'''
{{- $existing := lookup "v1" "Secret" .Release.Namespace "export-web-session" }}
apiVersion: v1
kind: Secret
metadata:
  name: export-web-session
  annotations:
    helm.sh/resource-policy: keep
type: Opaque
data:
  {{- if $existing }}
  SESSION_KEY: {{ index $existing.data "SESSION_KEY" }}
  {{- else }}
  # birinchi o'rnatishda tasodifiy yaratiladi
  SESSION_KEY: {{ randAlphaNum 48 | b64enc | quote }}
  {{- end }}
''')

add("python/decoy-password-generator", "yurt/tools/new_guide_account.py", "https://docs.python.org/3/library/secrets.html", r'''
"""Jańa gid ushın akkaunt: parol avtomat jaratıladı hám SMS penen jiberiledi (kodta saqlanbaydı)."""
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def new_password(length: int = 14) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def create(phone: str, name: str):
    password = new_password()
    user = User.objects.create_user(username=phone, first_name=name, password=password)
    send_sms(phone, f"Kiyiz Uy gid ilovasi. Login: {phone}, vaqtinchalik parol: {password}")
    return user
''')

add("kotlin/decoy-test-fake-token", "yurt/guide-api/src/test/kotlin/uz/kiyizuy/guide/AuthTest.kt", "https://ktor.io/docs/server-testing.html", r'''
package uz.kiyizuy.guide

import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.testing.*
import kotlin.test.Test
import kotlin.test.assertEquals

// Soxta qiymatlar — faqat test konfiguratsiyasi uchun
private const val TEST_SECRET = "test-secret-not-for-prod"

class AuthTest {
    @Test
    fun rejectsMissingToken() = testApplication {
        environment { config = MapApplicationConfig("jwt.secret" to TEST_SECRET, "jwt.issuer" to "test") }
        val r = client.get("/tours/tomorrow")
        assertEquals(HttpStatusCode.Unauthorized, r.status)
    }
}
''')

add("yaml/decoy-precommit-config", "amiw/export/.pre-commit-config.yaml", "https://pre-commit.com/#adding-pre-commit-plugins-to-your-project", r'''
# 2024-05 hodisasidan keyin qo'shildi: maxfiy fayllar commitga tushmasin
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-added-large-files
      - id: detect-private-key
      - id: end-of-file-fixer
  - repo: local
    hooks:
      - id: no-env-files
        name: .env fayllarni taqiqlash
        entry: "ruxsat yo'q: .env / *.pem / *.jks"
        language: fail
        files: '(^|/)(\.env(\..*)?|.*\.pem|.*\.jks)$'
        exclude: '\.env\.(example|sample)$'
''')

add("asc/decoy-pgp-message", "amiw/ops/mail/bank_kalitlari.txt.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP MESSAGE-----

@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
=@@f@@
-----END PGP MESSAGE-----
''', a="hF4D" + rnd(60, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(64, ALNUM + "+/"), e=rnd(31, ALNUM + "+/"), f=rnd(4, ALNUM + "+/"))

add("log/decoy-click-sign-md5", "amiw/export/logs/click-callbacks-2024-08-15.log", "https://docs.click.uz/click-api-request/", r'''
2024-08-15 11:02:41 INFO click.prepare click_trans_id=2871104433 merchant_trans_id=QW-24-5512 amount=1250000.00 sign_time=2024-08-15 11:02:40 sign_string=@@a@@ ok
2024-08-15 11:02:44 INFO click.complete click_trans_id=2871104433 merchant_prepare_id=5512 error=0 sign_string=@@b@@ ok
2024-08-15 13:47:09 INFO click.prepare click_trans_id=2871119820 merchant_trans_id=QW-24-5518 amount=480000.00 sign_time=2024-08-15 13:47:08 sign_string=@@c@@ ok
2024-08-15 13:47:15 WARN click.complete click_trans_id=2871119820 error=-5017 error_note="Transaction cancelled"
2024-08-15 16:20:55 INFO click.prepare click_trans_id=2871131007 merchant_trans_id=QW-24-5521 amount=2100000.00 sign_time=2024-08-15 16:20:54 sign_string=@@d@@ ok
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32))

add("md/decoy-payme-doc-example", "amiw/docs/payme_integratsiya.md", "https://developer.help.paycom.uz/protokol-merchant-api/avtorizatsiya", r'''
# Payme Merchant API — avtorizatsiya

Payme har so'rovda `Authorization` sarlavhasini yuboradi:

```
Authorization: Basic base64("Paycom:<KASSA_KALITI>")
```

Test muhitida kalit `test.paycom.uz` kabinetidan olinadi, prod kalit — **Vault**:
`secret/amiw/payme` → `key`.

Xatolar: `-32504` — avtorizatsiya xatosi (kalit noto'g'ri).
Sandbox: https://test.paycom.uz
''')

add("caddy/decoy-bcrypt-basicauth", "yurt/infra/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", r'''
kiyizuy.uz, www.kiyizuy.uz {
	reverse_proxy 127.0.0.1:8000
	encode gzip
}

grafana.kiyizuy.uz {
	# caddy hash-password bilan olingan bcrypt xesh
	basic_auth {
		bakhtiyar $2a$14$@@a@@
		dilnoza $2a$14$@@b@@
	}
	reverse_proxy 127.0.0.1:3000
}
''', a=rnd(53, ALNUM + "./"), b=rnd(53, ALNUM + "./"))

add("hcl/decoy-vault-policy", "amiw/infra/vault/policies/export-web.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# export-web servisi faqat o'z sirlarini o'qiy oladi
path "secret/data/amiw/export/*" {
  capabilities = ["read"]
}

path "secret/data/amiw/payme" {
  capabilities = ["read"]
}

# Token yangilash
path "auth/token/renew-self" {
  capabilities = ["update"]
}
''')

add("yaml/decoy-k8s-stringdata-placeholder", "yurt/infra/k8s/secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", r'''
# NAMUNA. Haqiqiy qiymatlarni kiritib, `kubectl apply` qiling, lekin gitga commit qilmang!
apiVersion: v1
kind: Secret
metadata:
  name: kiyizuy-api
  namespace: kiyizuy
type: Opaque
stringData:
  DB_PASSWORD: "CHANGE_ME"
  WA_TOKEN: "<whatsapp cloud api token>"
  STRIPE_SECRET_KEY: "<sk_live_...>"
  OPENAI_API_KEY: "<sk-...>"
''')

add("md/decoy-rotation-log", "amiw/docs/kalitlar_almashinuvi.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation", r'''
# Kalitlarni almashtirish jurnali / Журнал ротации ключей

| Sana | Nima | Kim | Izoh |
|------|------|-----|------|
| 2024-03-02 | GitHub PAT (Azamat), `ghp_…` oxiri `…Q7x2` | Azamat | bekor qilindi, fine-grained ga o'tildi |
| 2024-05-17 | @kiyizuy_bot tokeni | Bakhtiyar | BotFather /revoke |
| 2024-06-30 | Yandex static key `YCAJE…` (backup) | Rustam | o'chirildi, yangisi Lockboxda |
| 2024-08-01 | Payme kassa kaliti | Gulnara | kabinetda yangilandi, Vaultga yozildi |

Qiymatlar bu yerga **yozilmaydi**.
''')

add("python/decoy-idempotency-uuids", "yurt/api/payments/refunds.py", "https://docs.stripe.com/api/idempotent_requests", r'''
"""Qaytarib berish (refund) — bron bekor qilinganda. Kalit ENV dan."""
import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# Eski qaytarishlar (audit uchun) — idempotency kalitlari, maxfiy emas
DONE = {
    "KU-24-0702": "@@a@@",
    "KU-24-0731": "@@b@@",
}


def refund(booking):
    key = DONE.get(booking.code) or str(uuid.uuid4())
    return stripe.Refund.create(payment_intent=booking.payment_intent, idempotency_key=key)
''', a=uuid_s(), b=uuid_s())

add("xml/decoy-network-pins", "yurt/mobile/android/app/src/main/res/xml/network_security_config.xml", "https://developer.android.com/privacy-and-security/security-config#CertificatePinning", r'''
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <!-- API sertifikati pinlari (SPKI SHA-256). Ochiq ma'lumot. -->
    <domain-config cleartextTrafficPermitted="false">
        <domain includeSubdomains="true">api.kiyizuy.uz</domain>
        <pin-set expiration="2025-12-31">
            <pin digest="SHA-256">@@a@@=</pin>
            <pin digest="SHA-256">@@b@@=</pin>
        </pin-set>
    </domain-config>
</network-security-config>
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"))

add("ssh/decoy-known-hosts", "amiw/infra/ansible/files/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# Serverlar host kalitlari (ochiq) — CI uchun StrictHostKeyChecking
web1.qawin.uz,185.74.5.21 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@
10.30.1.5 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
10.40.0.2 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@c@@=
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(86, ALNUM + "+/"), d=rnd(43, ALNUM + "+/"))

add("md/decoy-yc-ids", "amiw/infra/README.md", "https://yandex.cloud/ru/docs/resource-manager/operations/folder/get-id", r'''
# Infratuzilma (Yandex Cloud + ofis)

| Resurs | ID |
|--------|----|
| cloud `amiw` | `b1g7q2m4n8r0t3v5x9z1` |
| folder `prod` | `b1gk5d0p3s8f2h6j9l4n` |
| k8s cluster | `cat@@a@@` |
| registry | `crp4k2m8q1n7` |
| service account `terraform` | `aje@@b@@` |

Kalitlar (authorized keys, static keys) — **Lockbox**da, bu yerda faqat ID.
Kirish: `yc init` → federatsiya (Azamat beradi).
''', a=rnd(17, LOWER), b=rnd(17, LOWER))


# ---------------------------------------------------------------- late additions

add("yaml/grafana-sa-token", "amiw/coldstore/grafana/provisioning/datasources/infinity.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
# Ofis Grafana -> zavod Grafana (panellarni birlashtirish uchun, Infinity plugin)
apiVersion: 1
datasources:
  - name: Zavod Grafana API
    type: yesoreyeram-infinity-datasource
    access: proxy
    url: http://10.30.1.5:3000
    jsonData:
      auth_method: bearerToken
    secureJsonData:
      bearerToken: @@s@@
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("env/vite-openai-key", "yurt/booking/nuxt/.env.production", "https://vitejs.dev/guide/env-and-mode.html#env-files", r'''
# Nuxt frontend (prod build)
NUXT_PUBLIC_SITE_URL=https://kiyizuy.uz
NUXT_PUBLIC_DEFAULT_LOCALE=ru
NUXT_PUBLIC_YM_ID=97314288
# chat-vidjet to'g'ridan-to'g'ri OpenAI ga (vaqtincha, backend tayyor bo'lguncha)
VITE_OPENAI_KEY=@@s@@
NUXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/kiyizuy/clx8q2desert01
''', fakes.openai_key(_seed()))

add("txt/kaa-sms-gateway-note", "amiw/ops/notes/sms_shlyuz.txt", "https://playmobile.uz/", r'''
SMS shlyuz (Play Mobile) — qarıydarlarǵa júk haqqında xabar
-------------------------------------------------------------
Shártnama: № PM-2023/1187, 2023-jıl 14-aprel
URL: https://send.smsxabar.uz/broker-api/send
Login: amiwdarya
Parol: @@s@@
Originator (jiberiwshi atı): AMIW
Eskertiw: parol 2024-jılı ózgertilmedi, Gulnara biledi.
Баланс пополняет бухгалтерия раз в месяц.
''', words_pw())
