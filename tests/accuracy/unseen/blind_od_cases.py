"""Blind set OD: a chebureki cafe chain and a Crimean Tatar publisher's online bookshop.

The cafe chain (Çiberek Evi: ordering site and app, kitchen display, tills, loyalty cards and
bonuses, delivery couriers, Telegram/Viber bots) and the publisher (Ana Til neşriyatı: online
bookshop, ebook storage, print orders, newsletter), with notes and comments partly in Crimean
Tatar (Latin script) and Ukrainian. About 130 files holding one credential each and about 90
decoys. Generated fakes only (seeds 8750000-8759999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase + string.digits
SEED_LO, SEED_HI = 8750000, 8759999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ciberek", "Yantiq", "Qaymaq", "Bahce", "Sarayi", "Kitap", "Yildiz", "Denizi", "Qartal",
         "Alma", "Sogan", "Kofe", "Dagh", "Suv", "Kunes", "Ay", "Chay", "Buday", "Qalem", "Yazi"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def viber() -> str:
    return hexs(16) + "-" + hexs(16) + "-" + hexs(16)


def liqpay_private() -> str:
    return mixed(40)


def liqpay_public() -> str:
    return "i" + rnd(11, string.digits)


def mono_token() -> str:
    return "u" + fakes.drawn(_seed(), 43, ALNUM + "_-")


def wfp_secret() -> str:
    return hexs(40)


def novaposhta() -> str:
    return hexs(32)


def poster_token() -> str:
    return str(_rng().randint(100000, 999999)) + ":" + hexs(32)


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailgun() -> str:
    return "key-" + hexs(32)


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailchimp() -> str:
    return hexs(32) + "-us14"


def twilio_token() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def firebase_server() -> str:
    return "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def algolia_admin() -> str:
    return hexs(32)


def cloudflare() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hetzner() -> str:
    return mixed(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def github() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def laravel_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return "base64:" + base64.b64encode(raw).decode()


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def sentry_user() -> str:
    return "sntryu_" + hexs(64)


def datadog() -> str:
    return hexs(32)


def newrelic() -> str:
    return "NRAK-" + rnd(27, UPPER)


def notion() -> str:
    return "ntn_" + mixed(46)


def airtable() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def mapbox_sk(user: str) -> str:
    body = base64.urlsafe_b64encode(json.dumps({"u": user, "a": rnd(25, LOWER)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sk." + body + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def shopify() -> str:
    return "shpat_" + hexs(32)


def woo_key() -> str:
    return "ck_" + hexs(40)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def indent(block: str, n: int) -> str:
    return "\n".join(" " * n + line for line in block.splitlines())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-od/" + category, file_name, text, secret, source))

# ---------------------------------------------------------------- Çiberek Evi: ordering site and payments

add("python/liqpay-private-key", "ciberek/order-api/payments/liqpay.py", "https://www.liqpay.ua/documentation/api/aquiring/checkout/doc", r'''
"""LiqPay tölevi. Оплата замовлень через LiqPay (checkout)."""
import base64
import hashlib
import json

LIQPAY_PUBLIC_KEY = "@@pub@@"
# vaqtınca burada, soñra .env-ge köçürecem — Ільмі
LIQPAY_PRIVATE_KEY = "@@s@@"


def signature(data: str) -> str:
    raw = (LIQPAY_PRIVATE_KEY + data + LIQPAY_PRIVATE_KEY).encode()
    return base64.b64encode(hashlib.sha1(raw).digest()).decode()


def checkout_payload(order):
    params = {
        "version": 3, "public_key": LIQPAY_PUBLIC_KEY, "action": "pay",
        "amount": str(order.total), "currency": "UAH",
        "description": f"Çiberek Evi, sımarış №{order.number}",
        "order_id": order.uid,
    }
    data = base64.b64encode(json.dumps(params).encode()).decode()
    return {"data": data, "signature": signature(data)}
''', liqpay_private(), pub=liqpay_public())

add("python/decoy-liqpay-from-env", "ciberek/order-api/payments/liqpay_settings.py", "https://www.liqpay.ua/documentation/api/aquiring/checkout/doc", r'''
"""Налаштування LiqPay. Anahtarlar tek environment-ten alına (Ansible Vault → systemd)."""
import os

LIQPAY_PUBLIC_KEY = os.environ.get("LIQPAY_PUBLIC_KEY", "@@pub@@")
LIQPAY_PRIVATE_KEY = os.environ["LIQPAY_PRIVATE_KEY"]  # sır! kodda olmasın
LIQPAY_SANDBOX = os.environ.get("LIQPAY_SANDBOX", "0") == "1"
LIQPAY_RESULT_URL = "https://ciberekevi.com.ua/order/thanks"
LIQPAY_SERVER_URL = "https://api.ciberekevi.com.ua/hooks/liqpay"
''', pub=liqpay_public())

add("env/monobank-acquiring", "ciberek/order-api/.env.production", "https://api.monobank.ua/docs/acquiring.html", r'''
# Çiberek Evi — order-api, production
APP_ENV=production
APP_URL=https://api.ciberekevi.com.ua
DATABASE_URL=postgres://ciberek@10.20.0.5:5432/orders
# monobank еквайринг (X-Token з кабінету web.monobank.ua)
MONO_ACQUIRING_TOKEN=@@s@@
MONO_WEBHOOK_URL=https://api.ciberekevi.com.ua/hooks/mono
CURRENCY=980
LOG_LEVEL=info
''', mono_token())

add("env/decoy-example", "ciberek/order-api/.env.example", "https://api.monobank.ua/docs/acquiring.html", r'''
# Kopiyalañız: cp .env.example .env  і заповніть своїми значеннями
APP_ENV=local
APP_URL=http://localhost:8080
DATABASE_URL=postgres://ciberek:ciberek@localhost:5432/orders_dev
MONO_ACQUIRING_TOKEN=
LIQPAY_PUBLIC_KEY=sandbox_i00000000000
LIQPAY_PRIVATE_KEY=<з 1Password, сейф "Ciberek / Payments">
WAYFORPAY_SECRET=changeme
REDIS_URL=redis://localhost:6379/0
''')

add("php/wayforpay-secret", "ciberek/site/app/Payments/WayForPayGateway.php", "https://wiki.wayforpay.com/en/view/852102", r'''
<?php

namespace App\Payments;

// WayForPay — ekinci tölev sistemi (rezerv). Резервний платіжний шлюз.
final class WayForPayGateway
{
    private const MERCHANT_ACCOUNT = 'ciberekevi_com_ua';
    private const MERCHANT_DOMAIN = 'ciberekevi.com.ua';
    private const MERCHANT_SECRET = '@@s@@';

    public function sign(array $fields): string
    {
        return hash_hmac('md5', implode(';', $fields), self::MERCHANT_SECRET);
    }

    public function purchase(Order $order): array
    {
        $fields = [self::MERCHANT_ACCOUNT, self::MERCHANT_DOMAIN, $order->uid, $order->createdAt->getTimestamp(),
                   $order->total, 'UAH', 'Çiberekler', 1, $order->total];
        return ['merchantSignature' => $this->sign($fields)] + $order->toWayForPay();
    }
}
''', wfp_secret())

add("php/decoy-wayforpay-config", "ciberek/site/config/payments.php", "https://laravel.com/docs/configuration#environment-configuration", r'''
<?php

// Tölev sistemleri. Усі секрети — лише через .env (див. deploy/vault.yml)
return [
    'default' => env('PAYMENT_DRIVER', 'liqpay'),
    'liqpay' => [
        'public_key' => env('LIQPAY_PUBLIC_KEY'),
        'private_key' => env('LIQPAY_PRIVATE_KEY'),
        'sandbox' => env('LIQPAY_SANDBOX', false),
    ],
    'wayforpay' => [
        'merchant_account' => 'ciberekevi_com_ua',
        'merchant_secret' => env('WAYFORPAY_SECRET'),
    ],
    'mono' => [
        'token' => env('MONO_ACQUIRING_TOKEN'),
    ],
];
''')

add("env/laravel-app-key", "ciberek/site/.env", "https://laravel.com/docs/encryption#configuration", r'''
APP_NAME="Çiberek Evi"
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://ciberekevi.com.ua
APP_LOCALE=uk
APP_FALLBACK_LOCALE=crh

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=ciberek_site
DB_USERNAME=ciberek_site
DB_PASSWORD=${DB_PASSWORD}
''', laravel_key())

add("yaml/mysql-password", "ciberek/site/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
services:
  app:
    build: .
    ports: ["8080:80"]
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_DATABASE: ciberek_site
      DB_USERNAME: ciberek_site
      DB_PASSWORD: "@@s@@"
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: ciberek_site
      MYSQL_USER: ciberek_site
      MYSQL_PASSWORD: "@@s@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
''', pw())

add("yaml/decoy-compose-secrets", "ciberek/kitchen-display/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
# Aşhane ekranı (KDS). Пароль БД — docker secret, файл не в репозиторії.
services:
  kds:
    image: registry.ciberekevi.com.ua/kds:2.4.1
    environment:
      PGHOST: db
      PGUSER: kds
      PGPASSWORD_FILE: /run/secrets/kds_db_password
    secrets: [kds_db_password]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: kds
      POSTGRES_PASSWORD_FILE: /run/secrets/kds_db_password
    secrets: [kds_db_password]
secrets:
  kds_db_password:
    file: ./secrets/kds_db_password.txt
''')

add("js/google-maps-key", "ciberek/site/resources/js/delivery-map.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
// Доставка: зона на мапі. Teslimat zonası haritada.
import { Loader } from "@googlemaps/js-api-loader";

const loader = new Loader({
  apiKey: "@@s@@",
  version: "weekly",
  language: "uk",
});

export async function drawZones(el, zones) {
  const { Map, Polygon } = await loader.importLibrary("maps");
  const map = new Map(el, { center: { lat: 50.4501, lng: 30.5234 }, zoom: 11 });
  zones.forEach((z) => new Polygon({ paths: z.points, map, fillColor: z.color }));
  return map;
}
''', google_api())

add("python/novaposhta-key", "anatil/shop/shipping/novaposhta.py", "https://developers.novaposhta.ua/documentation", r'''
"""Nova Poşta API: kitaplarnı yollamaq. Відправлення книжок Новою поштою."""
import requests

NP_URL = "https://api.novaposhta.ua/v2.0/json/"
NP_API_KEY = "@@s@@"  # kabinetten alındı, 2024-03


def find_warehouses(city_ref: str):
    body = {
        "apiKey": NP_API_KEY,
        "modelName": "Address",
        "calledMethod": "getWarehouses",
        "methodProperties": {"CityRef": city_ref, "Limit": "50"},
    }
    return requests.post(NP_URL, json=body, timeout=10).json()["data"]
''', novaposhta())

add("python/decoy-novaposhta-test-fixture", "anatil/shop/tests/test_novaposhta.py", "https://developers.novaposhta.ua/documentation", r'''
"""Тести для модуля доставки. Sınavlar: hiç bir haqiqiy anahtar yoq."""
import responses

from shop.shipping import novaposhta

FAKE_KEY = "00000000000000000000000000000000"  # фіктивний, API не викликається


@responses.activate
def test_find_warehouses(monkeypatch):
    monkeypatch.setattr(novaposhta, "NP_API_KEY", FAKE_KEY)
    responses.post(novaposhta.NP_URL, json={"success": True, "data": [{"Description": "Відділення №1"}]})
    assert novaposhta.find_warehouses("8d5a980d-391c-11dd-90d9-001a92567626")[0]["Description"] == "Відділення №1"
''')

add("json/poster-pos-token", "ciberek/pos-sync/config/poster.json", "https://dev.joinposter.com/docs/v3/start/index", r'''
{
  "account": "ciberekevi",
  "api_url": "https://joinposter.com/api",
  "token": "@@s@@",
  "spots": {
    "1": "Podil",
    "2": "Obolon",
    "3": "Bahçesaray (yazlıq)"
  },
  "sync_interval_sec": 60,
  "comment": "Poster → loyalty sync. Не чіпати без Ельвіри"
}
''', poster_token())

add("json/decoy-poster-menu-export", "ciberek/pos-sync/fixtures/menu_export.json", "https://dev.joinposter.com/docs/v3/web/menu/getProducts", r'''
{
  "response": [
    {"product_id": "114", "product_name": "Çiberek etli (qoy)", "price": {"1": "9500"}, "barcode": "4820000114007",
     "photo": "/upload/pos_ciberek/menu/product_1690000000_114.jpg", "hidden": "0"},
    {"product_id": "115", "product_name": "Çiberek peynirli", "price": {"1": "8500"}, "barcode": "4820000115004",
     "photo": "/upload/pos_ciberek/menu/product_1690000000_115.jpg", "hidden": "0"},
    {"product_id": "131", "product_name": "Yantıq", "price": {"1": "7000"}, "barcode": "4820000131004",
     "photo": "/upload/pos_ciberek/menu/product_1690000000_131.jpg", "hidden": "0"},
    {"product_id": "140", "product_name": "Кава по-татарськи", "price": {"1": "6000"}, "barcode": "4820000140006",
     "photo": null, "hidden": "0"}
  ]
}
''')

add("go/telegram-bot-token", "ciberek/order-bot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// @CiberekEviBot — sımarışlar Telegram arqalı. Замовлення через Telegram.
const botToken = "@@s@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			handle(bot, update.Message)
		}
	}
}
''', telegram())

add("go/decoy-telegram-env", "ciberek/order-bot/config.go", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
package main

import (
	"fmt"
	"os"
)

// Config: токен бота береться з TELEGRAM_TOKEN (systemd EnvironmentFile=/etc/ciberek/bot.env)
type Config struct {
	Token   string
	AdminID int64
}

func loadConfig() (Config, error) {
	tok := os.Getenv("TELEGRAM_TOKEN")
	if tok == "" {
		return Config{}, fmt.Errorf("TELEGRAM_TOKEN boş — /etc/ciberek/bot.env faylını teşkeriñiz")
	}
	return Config{Token: tok, AdminID: 184467301}, nil
}
''')

add("ts/viber-bot-token", "ciberek/viber-bot/src/bot.ts", "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token", r'''
import { Bot, Events, Message } from "viber-bot";

// Viber бот «Чебуречна» — бонуси та статус замовлення
const bot = new Bot({
  authToken: "@@s@@",
  name: "Çiberek Evi",
  avatar: "https://ciberekevi.com.ua/img/viber-avatar.png",
});

bot.on(Events.MESSAGE_RECEIVED, (message: Message.Text, response) => {
  if (message.text === "bonus") {
    response.send(new Message.Text("Bonuslarıñıznı teşkeremiz… / Перевіряємо бонуси…"));
  }
});

export default bot;
''', viber())

add("ts/decoy-viber-webhook-sample", "ciberek/viber-bot/test/webhook.fixture.ts", "https://developers.viber.com/docs/api/rest-bot-api/#callbacks", r'''
// Фікстура вебхука Viber (з документації, анонімізовано). Signature — HMAC тіла, не ключ.
export const conversationStarted = {
  event: "conversation_started",
  timestamp: 1715252400000,
  message_token: 5504893416253129021,
  type: "open",
  user: { id: "01234567890A=", name: "Test Müşteri", language: "uk", country: "UA", api_version: 8 },
  subscribed: false,
};

export const signatureHeader = "9d3941b33a7a0b2b8e4f9a8b4c1d2e3f60718293a4b5c6d7e8f9012345678901";
''')

add("sql/decoy-loyalty-seed-bcrypt", "ciberek/loyalty/db/seed/001_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Ofis hodimleri (test ortamı üçün). Співробітники для staging.
-- Паролі — bcrypt-хеші; відкриті паролі видаються особисто.
INSERT INTO staff (login, full_name, role, password_hash) VALUES
  ('elvira', 'Elvira Abdullayeva', 'admin',   '$2b$12$Qm3kV0c1aT8fJtYx2lN4Ue6oR0pZ1sWqH7bG9dC5vK8yL3nM2xA4e'),
  ('lenur',  'Lenur Seitov',       'manager', '$2b$12$7dF0hJ2kL4mN6pQ8rS0tUuVwXyZ1a3b5c7d9e1f3g5h7i9j1k3l5m'),
  ('oksana', 'Оксана Ткаченко',    'cashier', '$2b$12$ZxYwVuTsRqPoNmLkJiHgFeDcBa9876543210zyxwvutsrqponmlkj');
''')

add("sql/postgres-role-password", "ciberek/loyalty/db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- 0007: hesabat üçün ayrı rol (Metabase). Окрема роль для звітів.
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE loyalty TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON cards, card_events, bonuses, spots TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
''', words_pw())

add("python/django-secret-key", "ciberek/loyalty/loyalty/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bonus.ciberekevi.com.ua"]

# TODO: вивести в env, як у order-api. Soñra yapacaqmız.
SECRET_KEY = "@@s@@"

DATABASES["default"].update({"HOST": "10.20.0.7", "NAME": "loyalty", "USER": "loyalty"})
CSRF_TRUSTED_ORIGINS = ["https://bonus.ciberekevi.com.ua"]
LANGUAGE_CODE = "uk"
TIME_ZONE = "Europe/Kyiv"
''', django_key())

add("python/decoy-django-settings-env", "ciberek/loyalty/loyalty/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-not-for-prod")
DEBUG = os.environ.get("DEBUG", "0") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "loyalty"),
        "USER": os.environ.get("PGUSER", "loyalty"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
LANGUAGES = [("uk", "Українська"), ("crh", "Qırımtatarca"), ("en", "English")]
''')

_LOYALTY_PG = pw()
add("yaml/k8s-secret-base64", "ciberek/infra/k8s/loyalty/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: loyalty-db
  namespace: ciberek
  labels:
    app: loyalty
type: Opaque
data:
  PGHOST: @@host@@
  PGUSER: @@user@@
  PGPASSWORD: @@enc@@
''', _LOYALTY_PG, enc=b64(_LOYALTY_PG), host=b64("10.20.0.7"), user=b64("loyalty"))

add("yaml/decoy-k8s-secretkeyref", "ciberek/infra/k8s/loyalty/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: loyalty
  namespace: ciberek
spec:
  replicas: 2
  selector:
    matchLabels: {app: loyalty}
  template:
    metadata:
      labels: {app: loyalty}
    spec:
      containers:
        - name: web
          image: registry.ciberekevi.com.ua/loyalty:1.18.3
          env:
            - name: PGPASSWORD
              valueFrom:
                secretKeyRef: {name: loyalty-db, key: PGPASSWORD}
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: loyalty-django, key: secret_key}
          ports: [{containerPort: 8000}]
''')

add("yaml/decoy-sealed-secret", "ciberek/infra/k8s/order-api/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
# kubeseal --format yaml < secret.yaml > sealed-secret.yaml  (шифровано ключем кластера)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: order-api
  namespace: ciberek
spec:
  encryptedData:
    MONO_ACQUIRING_TOKEN: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq2Jv8Ft7QvK1mN0pQ8rS3tUvWxYz5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV7wX9yZ1a3b5c7d9e1f3g5h7i9jAkBmCnDoEpFqGrHsItJuKvLwMxNyOzP0Q1R2S3T4U5V6W7X8Y9Z
    LIQPAY_PRIVATE_KEY: AgCk9Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6Mn8Op0Qr2St4Uv6Wx8Yz0Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx0Yz2Ab4Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0
  template:
    metadata:
      name: order-api
      namespace: ciberek
''')

add("conf/redis-requirepass", "ciberek/infra/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", r'''
# Redis для кошиків і черги замовлень (order-api, kds)
bind 10.20.0.9 127.0.0.1
port 6379
protected-mode yes
# parol — Lenur 2024-05 deñiştirdi
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
save 900 1
''', redis_pw())

add("python/redis-url", "ciberek/order-api/app/queue.py", "https://redis.io/docs/latest/develop/clients/redis-py/", r'''
"""Sımarışlar navbeti: sayt → aşhane ekranı. Черга замовлень для кухні."""
import json

import redis

r = redis.Redis.from_url("redis://:@@s@@@10.20.0.9:6379/2", decode_responses=True)


def push_to_kitchen(order) -> None:
    r.xadd(f"kds:{order.spot_id}", {"order": json.dumps(order.for_kitchen(), ensure_ascii=False)})


def pending(spot_id: int):
    return r.xrange(f"kds:{spot_id}", count=50)
''', redis_pw())

add("ini/decoy-supervisor-env-ref", "ciberek/infra/supervisor/order-worker.conf", "http://supervisord.org/configuration.html#program-x-section-settings", r'''
; Aşhanege sımarış yollağan işçi. Воркер черги замовлень.
[program:order-worker]
command=/opt/order-api/.venv/bin/python -m app.worker
directory=/opt/order-api
user=ciberek
autostart=true
autorestart=true
environment=REDIS_URL="%(ENV_REDIS_URL)s",DATABASE_URL="%(ENV_DATABASE_URL)s"
stdout_logfile=/var/log/ciberek/order-worker.log
stderr_logfile=/var/log/ciberek/order-worker.err
''')

add("kotlin/firebase-server-key", "ciberek/app-android/app/src/main/java/ua/ciberekevi/push/LegacyPush.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", r'''
package ua.ciberekevi.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Eski FCM legacy API — sınav üçün. Тимчасово, видалити перед релізом!
object LegacyPush {
    private const val SERVER_KEY = "@@s@@"
    private val client = OkHttpClient()

    fun send(to: String, title: String, body: String) {
        val json = """{"to":"$to","notification":{"title":"$title","body":"$body"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
''', firebase_server())

add("json/decoy-google-services", "ciberek/app-android/app/google-services.json", "https://firebase.google.com/docs/android/setup", r'''
{
  "project_info": {
    "project_number": "582013947716",
    "project_id": "ciberek-evi-app",
    "storage_bucket": "ciberek-evi-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:582013947716:android:4c9e1b7a2d3f5e6a",
        "android_client_info": {"package_name": "ua.ciberekevi"}
      },
      "oauth_client": [],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
''')

add("properties/android-keystore", "ciberek/app-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Release imzası. Підпис релізу (keystore лежить у Lenur на флешці)
storeFile=../release/ciberek-release.jks
storePassword=@@s@@
keyAlias=ciberek
keyPassword=@@s@@
''', words_pw())

add("gradle/decoy-signing-env", "ciberek/app-android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#sign-auto", r'''
android {
    namespace = "ua.ciberekevi"
    compileSdk = 34
    defaultConfig {
        applicationId = "ua.ciberekevi"
        minSdk = 24
        versionCode = 412
        versionName = "4.12.0"
    }
    signingConfigs {
        create("release") {
            // CI-da: секрети з GitHub Actions, локально — з keystore.properties
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "../release/ciberek-release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "ciberek"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("swift/onesignal-rest-key", "ciberek/app-ios/CiberekEvi/Services/PromoPush.swift", "https://documentation.onesignal.com/docs/keys-and-ids", r'''
import Foundation

// Aksiya bildirimleri. Push про акції (тимчасово з клієнта, TODO перенести на бекенд)
enum PromoPush {
    static let appId = "@@app@@"
    static let restApiKey = "@@s@@"

    static func send(title: String, segment: String = "Subscribed Users") async throws {
        var req = URLRequest(url: URL(string: "https://onesignal.com/api/v1/notifications")!)
        req.httpMethod = "POST"
        req.setValue("Basic \(restApiKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["app_id": appId, "included_segments": [segment], "headings": ["uk": title]]
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        _ = try await URLSession.shared.data(for: req)
    }
}
''', mixed(48), app=uuid_s())

add("plist/decoy-info-plist", "ciberek/app-ios/CiberekEvi/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Çiberek Evi</string>
  <key>CFBundleIdentifier</key>
  <string>ua.ciberekevi.app</string>
  <key>OneSignalAppID</key>
  <string>@@app@@</string>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>Щоб знайти найближчу чебуречну</string>
  <key>GMSApiKeyRef</key>
  <string>$(GOOGLE_MAPS_KEY)</string>
</dict>
</plist>
''', app=uuid_s())

# ---------------------------------------------------------------- Çiberek Evi: loyalty, SMS, mail, CI and infra

add("python/turbosms-token", "ciberek/loyalty/cards/sms.py", "https://turbosms.ua/api.html", r'''
"""SMS-kodlar sadıqlıq kartası üçün. SMS-коди для бонусної картки (TurboSMS)."""
import requests

TURBOSMS_TOKEN = "@@s@@"
SENDER = "CiberekEvi"


def send_code(phone: str, code: str) -> bool:
    resp = requests.post(
        "https://api.turbosms.ua/message/send.json",
        headers={"Authorization": f"Bearer {TURBOSMS_TOKEN}"},
        json={"recipients": [phone], "sms": {"sender": SENDER, "text": f"Kod: {code}. Код: {code}"}},
        timeout=10,
    )
    return resp.ok and resp.json().get("response_code") == 0
''', hexs(40))

add("rb/twilio-auth-token", "ciberek/loyalty-legacy/lib/sms_sender.rb", "https://www.twilio.com/docs/iam/api/authtoken", r'''
# Eski Rails-ilova (2019). Стара система бонусів, ще працює на Обóлоні.
require 'twilio-ruby'

class SmsSender
  ACCOUNT_SID = '@@sid@@'
  AUTH_TOKEN  = '@@s@@'
  FROM        = '+15017122661'

  def self.deliver(phone, text)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: FROM, to: phone, body: text)
  rescue Twilio::REST::RestError => e
    Rails.logger.warn("SMS yollanmadı: #{e.message}")
  end
end
''', twilio_token(), sid=twilio_sid())

add("rb/decoy-rails-credentials-ref", "ciberek/loyalty-legacy/config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Twilio — дані з config/credentials.yml.enc (master.key тільки на сервері)
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

# Не пишіть тут токени. Burada anahtar yazmañız!
''')

add("yaml/decoy-sops-config", "ciberek/infra/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# SOPS: hangi fayllar kimniñ açıq anahtarı ile şifrelene. Хто може розшифрувати.
creation_rules:
  - path_regex: k8s/.*/secrets\.enc\.yaml$
    encrypted_regex: ^(data|stringData)$
    age: >-
      age1m3kq9pvb7yt2nx5cl8rw1ea4sd6fg0hj3kl9zx2cv5b8nm4qw7et0ry3u,
      age1x8ps2rt5yu7io9pa1sd3fg5hj7kl9zx1cv3bn5mq7we0rt2yu4io6pqmyk3
  - path_regex: ansible/group_vars/.*/secrets\.yml$
    age: age1m3kq9pvb7yt2nx5cl8rw1ea4sd6fg0hj3kl9zx2cv5b8nm4qw7et0ry3u
''')

add("python/sendgrid-key", "ciberek/loyalty/notifications/email.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
"""Bonus haqqında mektüpler. Листи про бонуси і день народження."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@s@@")


def birthday_mail(card):
    msg = Mail(
        from_email="bonus@ciberekevi.com.ua",
        to_emails=card.email,
        subject="Doğğan küñüñiz mubarek olsun! З днем народження!",
        html_content=f"<p>{card.first_name}, sizge 2 çiberek hediye 🎁</p>",
    )
    return sg.send(msg)
''', sendgrid())

add("env/mailgun-key", "ciberek/site/.env.staging", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
APP_ENV=staging
APP_DEBUG=true
APP_URL=https://staging.ciberekevi.com.ua
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.ciberekevi.com.ua
MAILGUN_SECRET=@@s@@
MAILGUN_ENDPOINT=api.eu.mailgun.net
MAIL_FROM_ADDRESS=noreply@ciberekevi.com.ua
MAIL_FROM_NAME="Çiberek Evi (staging)"
''', mailgun())

add("dns/decoy-mailgun-dkim-public", "ciberek/infra/dns/ciberekevi.com.ua.zone", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#verify-your-domain", r'''
$ORIGIN ciberekevi.com.ua.
$TTL 3600
@        IN SOA ns1.ukraine.com.ua. hostmaster.ciberekevi.com.ua. 2024051201 3600 900 1209600 3600
@        IN A     185.104.45.12
www      IN CNAME ciberekevi.com.ua.
api      IN A     185.104.45.13
mg       IN MX 10 mxa.eu.mailgun.org.
mg       IN TXT   "v=spf1 include:mailgun.org ~all"
pic._domainkey.mg IN TXT "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDPxL1ZfQ3c2yJq0aV8uT5nK7eW1mR4sB9hD6gF2jC0vX3lN8oP5iA7tY1uE4wZ6bH9kM2qS0dG3fJ5rL8cV1xB4nQ7yT0zW6eU9aI2oK5pS8dF1gH4jL7mN0bV3cX6zA9qW2eR5tY8uIDAQAB"
_dmarc   IN TXT   "v=DMARC1; p=quarantine; rua=mailto:dmarc@ciberekevi.com.ua"
''')

add("yaml/gitlab-ci-deploy-token", "ciberek/order-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [test, build, deploy]

variables:
  IMAGE: registry.gitlab.com/ciberekevi/order-api
  # Lenur: vaqtınca, CI/CD Variables-ke köçürmek kerek
  GITLAB_TOKEN: "@@s@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker login -u ciberek-ci -p "$GITLAB_TOKEN" registry.gitlab.com
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
''', gitlab())

add("yaml/decoy-gitlab-ci-masked", "ciberek/loyalty/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
# Усі секрети — у Settings → CI/CD → Variables (masked, protected)
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  variables:
    POSTGRES_DB: loyalty_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: runner
    PGHOST: postgres
  script:
    - pip install -r requirements.txt
    - python manage.py test

deploy:
  stage: deploy
  only: [main]
  script:
    - echo "$SSH_DEPLOY_KEY" | ssh-add -
    - ssh deploy@10.20.0.7 "cd /opt/loyalty && ./deploy.sh $CI_COMMIT_SHA"
''')

add("yaml/github-actions-docker-pat", "ciberek/kitchen-display/.github/workflows/release.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
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
        # TODO: secrets.DOCKERHUB_TOKEN ile deñiştirmek (Ельвіра просила)
        run: echo "@@s@@" | docker login -u ciberekevi --password-stdin
      - name: Build and push
        run: |
          docker build -t ciberekevi/kds:${GITHUB_REF_NAME} .
          docker push ciberekevi/kds:${GITHUB_REF_NAME}
''', docker_pat())

add("yaml/decoy-github-actions-secrets", "ciberek/order-bot/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-bot
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with: {go-version: "1.22"}
      - run: go build -o order-bot .
      - uses: appleboy/scp-action@v0.1.7
        with:
          host: ${{ secrets.BOT_HOST }}
          username: deploy
          key: ${{ secrets.BOT_SSH_KEY }}
          source: order-bot
          target: /opt/order-bot/
''')

add("tf/hetzner-token", "ciberek/infra/terraform/providers.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", r'''
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.45"
    }
  }
}

# Hetzner: проект "ciberek-prod"
provider "hcloud" {
  token = "@@s@@"
}

resource "hcloud_server" "order_api" {
  name        = "order-api-1"
  server_type = "cx32"
  image       = "ubuntu-24.04"
  location    = "fsn1"
  ssh_keys    = ["lenur@thinkpad", "elvira@mac"]
}
''', hetzner())

add("tf/decoy-variables-sensitive", "ciberek/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "hcloud_token" {
  description = "Hetzner Cloud API token (TF_VAR_hcloud_token, з 1Password)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Postgres parolı — terraform.tfvars-ta DEGİL, tek TF_VAR_db_password"
  type        = string
  sensitive   = true
}

variable "ssh_key_fingerprints" {
  type    = list(string)
  default = ["SHA256:3vQmP0bXk2c7Yd9Lr1sT5uW8xZ0aB4eG6hJ9kN2pR5t", "SHA256:Rt7yU1iO3pA5sD7fG9hJ1kL3zX5cV7bN9mQ1wE3rT5y"]
}
''')

add("tfvars/cloudflare-token", "ciberek/infra/terraform/cloudflare/terraform.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# DNS + кеш для ciberekevi.com.ua та anatil-kitap.com.ua
cloudflare_api_token = "@@s@@"
zone_ids = {
  ciberek = "@@z1@@"
  anatil  = "@@z2@@"
}
always_use_https = true
''', cloudflare(), z1=hexs(32), z2=hexs(32))

add("tf/decoy-outputs", "ciberek/infra/terraform/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs", r'''
output "order_api_ipv4" {
  value = hcloud_server.order_api.ipv4_address
}

output "loyalty_db_password" {
  value     = random_password.loyalty_db.result
  sensitive = true # terraform output -raw loyalty_db_password
}

output "cdn_zone_id" {
  description = "Cloudflare zone id (public, not a secret)"
  value       = "3f8e1c2d9a7b4e6f0a1b2c3d4e5f6a7b"
}
''')

add("ini/ansible-inventory-password", "ciberek/infra/ansible/inventory/spots.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
# Kassa kompyuterleri noqtalarda. Касові ПК у закладах.
[spots]
podil    ansible_host=10.30.1.10
obolon   ansible_host=10.30.2.10
pozniaky ansible_host=10.30.3.10

[spots:vars]
ansible_user=kassa
ansible_password=@@s@@
ansible_become=yes
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("yaml/decoy-ansible-vault", "ciberek/infra/ansible/group_vars/spots/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
63386137623834663361336265383831346238646334306432366532633265353733653931303864
3433363834613834363030363139336161363430313537390a353431373838346235633135303361
30623064656637303562363164343166363038393165383765396331383932363130626634336433
6437363638393962630a356337613864336465623863613535643531306239383730366462653966
39623830393663303362366565636231386433616661336530313036316662313231306561623938
3539626231636532326139343936643834336662353661386563
''')

add("yaml/ansible-vars-plain", "ciberek/infra/ansible/group_vars/db/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", r'''
---
postgres_version: 16
postgres_listen: "10.20.0.5,127.0.0.1"
postgres_users:
  - name: ciberek
    db: orders
    # yañı parol, 2024-04 (eskisi yazılğan vault-ta qaldı)
    password: "@@s@@"
  - name: loyalty
    db: loyalty
    password: "{{ vault_loyalty_db_password }}"
postgres_hba:
  - {type: host, db: all, user: all, address: "10.20.0.0/16", method: scram-sha-256}
''', pw())

add("sh/ssh-deploy-private-key", "ciberek/infra/scripts/bootstrap-runner.sh", "https://man.openbsd.org/ssh-keygen", r'''
#!/usr/bin/env bash
# Yañı CI runner hazırlamaq. Підготовка нового раннера.
set -euo pipefail

mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_ed25519 <<'KEY'
@@s@@
KEY
chmod 600 ~/.ssh/id_ed25519
ssh-keyscan -H 10.20.0.5 10.20.0.7 >> ~/.ssh/known_hosts
echo "runner hazır / раннер готовий"
''', openssh_key())

add("txt/decoy-authorized-keys", "ciberek/infra/ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Ofis: kimge kiriş bar. Хто має доступ до серверів.
# Ansible bu faylnı /home/deploy/.ssh/authorized_keys-ke qoya (role: base).
# Yañı adam — PR bilen, Lenur tasdıqlay. Новий ключ — лише через PR.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3kQ9pVb7yT2nX5cL8rW1eA4sD6fG0hJ3kL9zX2cV5b lenur@thinkpad
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP8wE2rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE elvira@mac
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7xM2pK9vL4nR8tW1qY5zA3bE6cF9gH2jK5lM8nP1qR4sT7uV0wX3yZ6aB9cD2eF5gH8iJ1kL4mN7oP0qR3sT6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB7cD0eF3gH6iJ9kL2mN5oP8qR1sT4uV7wX0yZ3aB6cD9eF2gH5iJ8kL1mN4oP7qR0sT3uV6wX9yZ2aB5cD8eF1gH4iJ7kL0mN3oP6qR9sT2uV5wX8yZ1aB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3 ci@gitlab-runner
''')

add("nginx/decoy-htpasswd-include", "ciberek/infra/nginx/admin.ciberekevi.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
# Адмінка бонусів — тільки з офісу або з паролем
server {
    listen 443 ssl http2;
    server_name admin.ciberekevi.com.ua;

    ssl_certificate     /etc/letsencrypt/live/admin.ciberekevi.com.ua/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.ciberekevi.com.ua/privkey.pem;

    location / {
        satisfy any;
        allow 91.202.128.0/24;   # ofis
        deny all;
        auth_basic "Ciberek admin";
        auth_basic_user_file /etc/nginx/.htpasswd-admin;
        proxy_pass http://10.20.0.7:8000;
    }
}
''')

add("htpasswd/decoy-apr1-hashes", "ciberek/infra/nginx/.htpasswd-admin.example", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# Формат: login:hash (htpasswd -B). Прикладні хеші, справжній файл — лише на сервері.
elvira:$2y$05$Gk9xT3bR1yM7qW0eZ5vN8uJp2cA4sD6fH8jK0lL3nP5rS7tU9wXyO
lenur:$apr1$k3Q9vZ1x$Rm2Tn7Yp0bW5cE8fH1jK4.
oksana:$2y$05$Zp8Yq1Wr4Ts7Uv0Xw3Ya6Bc9De2Fg5Hi8Jk1Lm4No7Pq0Rs3Tu6Vw
# Yañı kullanıcı: htpasswd -B /etc/nginx/.htpasswd-admin <login>
''')

add("json/vscode-sftp-password", "ciberek/site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "ciberek hosting (ukraine.com.ua)",
    "host": "ciberek.ftp.tools",
    "protocol": "sftp",
    "port": 22,
    "username": "ciberek_ftp",
    "password": "@@s@@",
    "remotePath": "/home/ciberek/ciberekevi.com.ua/www",
    "uploadOnSave": false,
    "ignore": [".vscode", ".git", "node_modules", "storage/logs"]
}
''', pw())

add("json/decoy-vscode-settings", "ciberek/site/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "editor.formatOnSave": true,
    "php.validate.executablePath": "/usr/bin/php8.2",
    "files.exclude": {"vendor": true, "storage/framework": true},
    "cSpell.language": "en,uk",
    "cSpell.words": ["çiberek", "yantıq", "qaymaq", "liqpay", "sımarış"],
    "sqltools.connections": [
        {"name": "local", "driver": "MySQL", "server": "127.0.0.1", "database": "ciberek_site",
         "username": "root", "askForPassword": true}
    ]
}
''')

add("md/notes-wifi-and-till", "ciberek/docs/notes/yañı-noqta-podil.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Yañı noqta: Podil (Kontraktova) — nastroyka

Що зроблено 12.05:
- касовий ПК (10.30.1.10), Poster встановлено
- принтер кухні Epson TM-T20III, IP 10.30.1.20
- Wi-Fi для гостей: `CiberekEvi_Guest`, без пароля, captive portal

Kassa Poster hesabı: `podil-kassa`, parol: `@@s@@`
(Ельвіра, зміни пароль після першого входу касира!)

Qalğanı:
- [ ] terazi (ваги) ulamaq
- [ ] KDS ekranı duvarğa
''', words_pw())

add("md/decoy-onboarding-doc", "ciberek/docs/onboarding.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Yañı hodimler üçün / Для нових співробітників

1. Доступи видає Ельвіра: 1Password, сейф **Ciberek / Staff**.
2. Poster: логін — ваша пошта, пароль приходить на пошту (змінити при вході).
3. VPN (WireGuard): конфіг генерується в `wg-portal`, приватний ключ **ніколи** не пересилати в Telegram.
4. Якщо бачите в коді пароль чи токен — напишіть у #dev, ми його відкличемо (revoke) і замінимо.

Ornek .env bar `order-api/.env.example`-ta; haqiqiy qıymetler tek vault-ta.

| Система | Де доступ |
|---|---|
| Poster | 1Password → Poster |
| LiqPay | 1Password → Payments (тільки Lenur, Elvira) |
| Hetzner | SSO |
''')

# ---------------------------------------------------------------- Çiberek Evi: couriers, ops, chats, logs

add("conf/wireguard-private-key", "ciberek/infra/wireguard/wg-spot-obolon.conf", "https://www.wireguard.com/quickstart/", r'''
# Obolon noqtası → ofis VPN. Оболонь → офіс.
[Interface]
PrivateKey = @@s@@
Address = 10.99.0.12/32
DNS = 10.99.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.ciberekevi.com.ua:51820
AllowedIPs = 10.20.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-peer-pubkeys", "ciberek/infra/wireguard/peers.conf", "https://www.wireguard.com/quickstart/", r'''
# Сервер: список пірів (лише публічні ключі). Peers: tek açıq anahtarlar.
[Peer]
# podil
PublicKey = @@p1@@
AllowedIPs = 10.99.0.11/32

[Peer]
# obolon
PublicKey = @@p2@@
AllowedIPs = 10.99.0.12/32

[Peer]
# pozniaky
PublicKey = @@p3@@
AllowedIPs = 10.99.0.13/32
''', p1=wg_key(), p2=wg_key(), p3=wg_key())

add("sh-history/psql-password", "ciberek/infra/debug/lenur_bash_history.txt", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
cd /opt/order-api
git pull
systemctl restart order-api
journalctl -u order-api -n 200 --no-pager
psql "postgresql://ciberek:@@s@@@10.20.0.5:5432/orders" -c "select count(*) from orders where created_at > now() - interval '1 day'"
htop
df -h
sudo certbot renew --dry-run
exit
''', pw())

add("sh-history/decoy-history-env", "ciberek/infra/debug/elvira_zsh_history.txt", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
: 1715502211:0;ssh deploy@10.20.0.7
: 1715502260:0;export PGPASSWORD=$(op read "op://Ciberek/loyalty-db/password")
: 1715502271:0;psql -h 10.20.0.7 -U loyalty loyalty -c "select spot_id, count(*) from card_events group by 1"
: 1715502390:0;unset PGPASSWORD
: 1715502410:0;kubectl -n ciberek get pods
: 1715502455:0;kubectl -n ciberek logs deploy/loyalty --since=1h | grep -i error
: 1715502501:0;git log --oneline -5
''')

add("python/courier-aws-s3", "ciberek/courier-app/backend/photos.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
"""Kuryer foto-tasdıqı: teslim etilgen sımarışnıñ resmi. Фото підтвердження доставки."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)
BUCKET = "ciberek-courier-photos"


def upload(order_id: str, jpeg: bytes) -> str:
    key = f"delivered/{order_id}.jpg"
    s3.put_object(Bucket=BUCKET, Key=key, Body=jpeg, ContentType="image/jpeg")
    return key
''', aws_secret(), kid=aws_id())

add("ini/aws-credentials", "ciberek/courier-app/deploy/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = eu-central-1

[ciberek-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', aws_secret(), kid=aws_id())

add("json/decoy-iam-policy", "ciberek/courier-app/deploy/iam-policy.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "CourierPhotosRW",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::ciberek-courier-photos/delivered/*"
    },
    {
      "Sid": "List",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::ciberek-courier-photos",
      "Condition": {"StringLike": {"s3:prefix": ["delivered/*"]}}
    }
  ]
}
''')

add("dart/mapbox-secret-token", "ciberek/courier-app/lib/map/route_service.dart", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
import 'dart:convert';
import 'package:http/http.dart' as http;

/// Kuryer yolu. Маршрут кур'єра (Mapbox Directions).
class RouteService {
  // sk. tokeni — tek serverde olmalı edi, amma şimdilik böyle
  static const _token = '@@s@@';

  Future<List<List<double>>> route(double fromLng, double fromLat, double toLng, double toLat) async {
    final url = Uri.parse('https://api.mapbox.com/directions/v5/mapbox/driving/'
        '$fromLng,$fromLat;$toLng,$toLat?geometries=geojson&access_token=$_token');
    final res = await http.get(url);
    final data = jsonDecode(res.body) as Map<String, dynamic>;
    final coords = data['routes'][0]['geometry']['coordinates'] as List;
    return coords.map((c) => [(c[0] as num).toDouble(), (c[1] as num).toDouble()]).toList();
  }
}
''', mapbox_sk("ciberekevi"))

add("dart/decoy-mapbox-public-token-ref", "ciberek/courier-app/lib/config.dart", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens", r'''
/// Конфіг збірки: значення передаються через --dart-define у CI.
class AppConfig {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.ciberekevi.com.ua');
  static const mapboxPublicToken = String.fromEnvironment('MAPBOX_PUBLIC_TOKEN');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const courierAppVersion = '2.3.0+57';
  // Kuryer ilovası: sır anahtarlar bu faylda YOQ.
}
''')

add("log/decoy-masked-request-log", "ciberek/order-api/logs/sample-2024-05-12.log", "https://api.monobank.ua/docs/acquiring.html", r'''
2024-05-12T11:02:14.118+03:00 INFO  order created id=ORD-240512-0417 spot=podil total=345.00 items=4
2024-05-12T11:02:14.203+03:00 DEBUG POST https://api.monobank.ua/api/merchant/invoice/create headers={"X-Token": "u***************************redacted", "Content-Type": "application/json"}
2024-05-12T11:02:14.611+03:00 INFO  invoice created invoiceId=p2_9ZgpZVsl3 pageUrl=https://pay.mbnk.biz/p2_9ZgpZVsl3
2024-05-12T11:03:40.009+03:00 INFO  webhook mono status=success invoiceId=p2_9ZgpZVsl3 sign_ok=true
2024-05-12T11:03:40.051+03:00 INFO  order paid id=ORD-240512-0417 → kds:podil
2024-05-12T11:09:12.772+03:00 WARN  kds ack timeout spot=podil order=ORD-240512-0417 retry=1
''')

add("log/mono-token-in-debug-log", "ciberek/order-api/logs/debug-2024-04-02.log", "https://api.monobank.ua/docs/acquiring.html", r'''
2024-04-02T09:15:00.001+03:00 INFO  starting order-api v1.9.0 env=staging
2024-04-02T09:15:00.114+03:00 DEBUG settings loaded: MONO_WEBHOOK_URL=https://staging-api.ciberekevi.com.ua/hooks/mono CURRENCY=980
2024-04-02T09:15:00.115+03:00 DEBUG settings loaded: MONO_ACQUIRING_TOKEN=@@s@@
2024-04-02T09:15:00.220+03:00 INFO  redis connected 10.20.0.9:6379/2
2024-04-02T09:15:01.002+03:00 INFO  listening on :8080
2024-04-02T09:21:44.530+03:00 ERROR invoice create failed: 403 forbidden (token staging/prod qarıştı?)
''', mono_token())

add("json/telegram-chat-export", "ciberek/docs/chat-export/dev-chat-2024-03.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Çiberek dev",
 "type": "private_supergroup",
 "id": 1894402211,
 "messages": [
  {"id": 5012, "type": "message", "date": "2024-03-14T10:21:05", "from": "Lenur Seitov", "text": "Kim Nova Poşta anahtarını deñiştirdi? Sayt hata bere"},
  {"id": 5013, "type": "message", "date": "2024-03-14T10:23:40", "from": "Оксана Ткаченко", "text": "Я, старий відкликали. Новий: @@s@@"},
  {"id": 5014, "type": "message", "date": "2024-03-14T10:24:02", "from": "Lenur Seitov", "text": "Sağ ol! Env-ke qoydım"},
  {"id": 5015, "type": "message", "date": "2024-03-14T10:30:11", "from": "Elvira Abdullayeva", "text": "Наступного разу через 1Password, будь ласка 🙏"}
 ]
}
''', novaposhta())

add("txt/decoy-chat-export-revoked", "ciberek/docs/chat-export/dev-chat-2024-04.txt", "https://telegram.org/blog/export-and-more", r'''
[04.04.2024 09:12] Elvira Abdullayeva: Увага! Токен бота @CiberekEviBot випадково потрапив у публічний репозиторій.
[04.04.2024 09:13] Elvira Abdullayeva: Я вже зробила /revoke у BotFather, новий лежить у 1Password (Ciberek / Bots).
[04.04.2024 09:15] Lenur Seitov: Añladım. Serverde /etc/ciberek/bot.env deñiştirdim, bot işley.
[04.04.2024 09:16] Оксана Ткаченко: 👍 а старий точно вже не працює?
[04.04.2024 09:17] Lenur Seitov: Ebet, 401 Unauthorized qaytara. Eski tokenniñ izi git tarihından da silindi (filter-repo).
[04.04.2024 09:20] Elvira Abdullayeva: Дякую всім. Правило: жодних токенів у чаті 🙂
''')

add("csv/decoy-loyalty-cards-export", "ciberek/loyalty/exports/cards-2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
card_uid,phone_hash,spot,level,bonus_balance,created_at
CE-000184,8f14e45fceea167a5a36dedd4bea2543,podil,qumuş,124.50,2023-11-02
CE-000185,c9f0f895fb98ab9159f51fd0297e236d,obolon,altın,870.00,2023-11-02
CE-000186,45c48cce2e2d7fbdea1afc51c7c6ad26,podil,bronza,12.00,2023-11-03
CE-000187,d3d9446802a44259755d38e6d163e820,pozniaky,qumuş,230.25,2023-11-05
CE-000188,6512bd43d9caa6e02c990b0a82652dca,obolon,bronza,0.00,2023-11-06
''')

add("csv/staff-accounts", "ciberek/docs/handover/kassa-hesaplar.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
noqta;login;parol;izah
podil;podil-kassa;*змінено*;Ельвіра змінила 12.05
obolon;obolon-kassa;@@s@@;касир Марія, ще не змінювала
pozniaky;pozniaky-kassa;*змінено*;
bahcesaray;bahce-kassa;-;yazlıq, yapıq (закрито на зиму)
''', words_pw())

add("ipynb/decoy-sales-notebook", "ciberek/analytics/satuv-analizi.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Satuv analizi — травень 2024\n", "Qaysı çiberek eñ çoq satıla?"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import os\n", "import pandas as pd\n", "from sqlalchemy import create_engine\n",
              "engine = create_engine(os.environ[\"REPORTING_DB_URL\"])\n",
              "df = pd.read_sql(\"select * from sales_daily where day >= '2024-05-01'\", engine)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
    {"output_type": "execute_result", "execution_count": 3, "metadata": {},
     "data": {"text/plain": ["product\nÇiberek etli       4120\nÇiberek peynirli   2874\nYantıq             1310"]}}],
   "source": ["df.groupby(\"product\").qty.sum().sort_values(ascending=False).head(3)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("ipynb/reporting-db-url", "ciberek/analytics/bonus-kohorty.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Когорти бонусної програми\n", "Sadıqlıq kartaları: qaytqan müşteriler"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "from sqlalchemy import create_engine\n",
              "engine = create_engine(\"postgresql+psycopg2://reporting:@@s@@@10.20.0.7:5432/loyalty\")\n",
              "cards = pd.read_sql(\"select card_uid, created_at, level from cards\", engine)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["cards[\"cohort\"] = cards.created_at.dt.to_period(\"M\")\n", "cards.groupby(\"cohort\").size()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

add("yaml/metabase-db-password", "ciberek/analytics/metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", r'''
services:
  metabase:
    image: metabase/metabase:v0.49.12
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@s@@
      MB_DB_HOST: 10.20.0.7
      MB_SITE_LOCALE: uk
      JAVA_TIMEZONE: Europe/Kyiv
''', pw())

add("python/slack-webhook-alerts", "ciberek/kitchen-display/monitor/alert.py", "https://api.slack.com/messaging/webhooks", r'''
"""Aşhane ekranı cevap bermese — xabar. Якщо KDS не відповідає — сповіщення в Slack."""
import requests

SLACK_URL = "@@s@@"


def kds_down(spot: str, minutes: int) -> None:
    text = f":rotating_light: KDS {spot} {minutes} daqiqa cevap bermey / не відповідає {minutes} хв"
    requests.post(SLACK_URL, json={"text": text}, timeout=5)
''', slack_webhook())

add("yaml/discord-webhook-uptime", "ciberek/infra/uptime-kuma/notifications.yml", "https://discord.com/developers/docs/resources/webhook", r'''
# Uptime Kuma export (notifications) — канал #alerts у Discord команди
notifications:
  - name: discord-alerts
    type: discord
    isDefault: true
    discordUsername: "Ciberek Uptime"
    discordWebhookUrl: "@@s@@"
  - name: email-elvira
    type: smtp
    smtpHost: smtp.ukr.net
    smtpTo: elvira@ciberekevi.com.ua
    smtpPassword: ""
''', discord_webhook())

add("yaml/decoy-prometheus-rules", "ciberek/infra/monitoring/alerts.yml", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/", r'''
groups:
  - name: ciberek
    rules:
      - alert: OrderApiDown
        expr: up{job="order-api"} == 0
        for: 2m
        labels: {severity: critical}
        annotations:
          summary: "order-api düşti / впав ({{ $labels.instance }})"
      - alert: LiqpayWebhookErrors
        expr: rate(webhook_errors_total{provider="liqpay"}[5m]) > 0.1
        for: 10m
        annotations:
          summary: "LiqPay webhook xataları"
          runbook: "https://wiki.ciberekevi.com.ua/runbooks/liqpay-signature"
''')

add("ini/grafana-admin-password", "ciberek/infra/monitoring/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", r'''
[server]
domain = grafana.ciberekevi.com.ua
root_url = https://grafana.ciberekevi.com.ua/

[security]
admin_user = admin
; TODO: bir kere kirip deñiştirmek! змінити після першого входу
admin_password = @@s@@
disable_gravatar = true

[auth.anonymous]
enabled = false
''', words_pw())

add("yaml/datadog-api-key", "ciberek/infra/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r'''
## Datadog agent — order-api-1 (пробний період)
api_key: @@s@@
site: datadoghq.eu
hostname: order-api-1
tags:
  - env:prod
  - service:order-api
  - team:ciberek
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', datadog())

add("python/decoy-sentry-dsn", "ciberek/order-api/app/observability.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
"""Sentry: xatalarnı toplamaq. DSN не є секретом (публічний ключ проєкту)."""
import sentry_sdk
from sentry_sdk.integrations.fastapi import FastApiIntegration

sentry_sdk.init(
    dsn="https://@@pk@@@o4507212911345664.ingest.de.sentry.io/4507212913901648",
    integrations=[FastApiIntegration()],
    traces_sample_rate=0.1,
    environment="production",
    release="order-api@1.12.0",
)
''', pk=hexs(32))

add("sh/sentry-auth-token-release", "ciberek/app-ios/scripts/upload-dsyms.sh", "https://docs.sentry.io/cli/configuration/#configuration-values", r'''
#!/bin/sh
# Xcode Build Phase: dSYM-lerni Sentry-ge yüklemek
# (CI-da SENTRY_AUTH_TOKEN environment-ten kele, lokalde — bu yerden)
export SENTRY_ORG=ciberek-evi
export SENTRY_PROJECT=ios
export SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN:-@@s@@}

if which sentry-cli >/dev/null; then
  sentry-cli debug-files upload --include-sources "$DWARF_DSYM_FOLDER_PATH"
else
  echo "warning: sentry-cli yoq / не встановлено"
fi
''', sentry_user())

add("json/decoy-renovate-config", "ciberek/order-api/renovate.json", "https://docs.renovatebot.com/configuration-options/", r'''
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended"],
  "timezone": "Europe/Kyiv",
  "schedule": ["before 6am on monday"],
  "hostRules": [
    {"matchHost": "registry.gitlab.com", "encrypted": {"token": "wcFMA/xDdHCJBTolAQ//VQ1o3lqWn2T5nKp8yR4sL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3m"}}
  ],
  "packageRules": [{"matchUpdateTypes": ["minor", "patch"], "automerge": true}]
}
''')

add("npmrc/npm-token", "ciberek/site/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# @ciberek/ui — наша бібліотека компонентів (приватна)
@ciberek:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit-level=high
''', npm_tok())

add("npmrc/decoy-npmrc-env", "ciberek/courier-app/web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# Приватний пакет @ciberek/ui — токен з CI (NPM_TOKEN), локально: npm login
@ciberek:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
fund=false
''')

add("md/decoy-liqpay-sandbox-example", "ciberek/order-api/docs/payments.md", "https://www.liqpay.ua/documentation/api/aquiring/checkout/doc", r'''
# Tölevler / Платежі

Підтримуються LiqPay (основний), monobank (еквайринг), WayForPay (резерв).

## Lokal sınav

```bash
export LIQPAY_PUBLIC_KEY=sandbox_i00000000000
export LIQPAY_PRIVATE_KEY=sandbox_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
export LIQPAY_SANDBOX=1
make run
```

Підпис: `base64(sha1(private_key + data + private_key))`. Справжні ключі — лише в Vault
(`secret/ciberek/order-api/liqpay`), їх бачать Lenur і Elvira.
''')

# ---------------------------------------------------------------- Ana Til neşriyatı: online bookshop (WooCommerce)

add("php/wp-config-db-password", "anatil/wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", r'''
<?php
/**
 * Ana Til neşriyatı — kitap tükânı (anatil-kitap.com.ua)
 * Основні налаштування WordPress
 */
define( 'DB_NAME', 'anatil_wp' );
define( 'DB_USER', 'anatil_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'at_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'uk' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("php/decoy-wp-config-getenv", "anatil/wordpress-staging/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** Staging: усі значення з оточення (docker), файл однаковий для всіх. */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'anatil_wp' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) ?: 'anatil_wp' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'at_';
define( 'WP_ENVIRONMENT_TYPE', 'staging' );
require_once ABSPATH . 'wp-settings.php';
''')

add("php/wp-jwt-auth-secret", "anatil/wordpress/wp-content/mu-plugins/anatil-jwt.php", "https://wordpress.org/plugins/jwt-authentication-for-wp-rest-api/", r'''
<?php
/**
 * Plugin Name: Ana Til — JWT sazlamaları
 * Description: Mobil ilova üçün REST API kirişi. JWT для мобільного застосунку книгарні.
 */

// TODO(Ayder): wp-config-ke köçürmek, şimdilik burada
define( 'JWT_AUTH_SECRET_KEY', '@@s@@' );
define( 'JWT_AUTH_CORS_ENABLE', true );

add_filter( 'jwt_auth_expire', function ( $expire, $issued_at ) {
    return $issued_at + 14 * DAY_IN_SECONDS; // 2 hafta / 2 тижні
}, 10, 2 );
''', rnd(64, ALNUM + "!#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("python/woocommerce-consumer-secret", "anatil/tools/sync_stock.py", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
"""Depodan qalıq sayısı → WooCommerce. Залишки зі складу друкарні → сайт."""
import csv
import sys

from woocommerce import API

wcapi = API(
    url="https://anatil-kitap.com.ua",
    consumer_key="@@ck@@",
    consumer_secret="@@s@@",
    version="wc/v3",
    timeout=30,
)

with open(sys.argv[1], encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter=";"):
        wcapi.put(f"products/{row['wc_id']}", {"stock_quantity": int(row["qalıq"])})
        print(row["isbn"], row["serlevha"], row["qalıq"])
''', woo_secret(), ck=woo_key())

add("csv/decoy-isbn-stock", "anatil/tools/data/qaliq-2024-05.csv", "https://www.isbn-international.org/content/what-isbn", r'''
wc_id;isbn;serlevha;müellif;qalıq
812;978-617-7890-01-2;Qartal qanatı;Şamil Alâdin;140
813;978-617-7890-02-9;Bahçesaray çeşmesi (ikitilli);Aleksandr Puşkin;62
815;978-617-7890-04-3;Ana tilim — ana yurtum;Ayder Osman;310
820;978-617-7890-09-8;Кримськотатарські казки;збірка;95
821;978-617-7890-10-4;Çiberek ve yantıq: aşhane kitabı;Emine Umerova;18
''')

add("js/algolia-admin-key", "anatil/search/reindex.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r'''
// Qıdıruv indeksini yañıdan qurmaq. Переіндексація пошуку книжок.
const algoliasearch = require("algoliasearch");
const products = require("./export/products.json");

const client = algoliasearch("@@app@@", "@@s@@"); // admin key — тільки для цього скрипта!
const index = client.initIndex("anatil_books");

(async () => {
  await index.setSettings({
    searchableAttributes: ["title", "title_crh", "author", "isbn"],
    attributesForFaceting: ["language", "category"],
  });
  const { objectIDs } = await index.saveObjects(products, { autoGenerateObjectIDIfNotExist: true });
  console.log(`indekslendi: ${objectIDs.length} kitap`);
})();
''', algolia_admin(), app=rnd(10, string.ascii_uppercase + string.digits))

add("js/decoy-algolia-search-only", "anatil/wordpress/wp-content/themes/anatil/js/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Пошук на сайті: search-only ключ публічний за задумом (лише читання індексу anatil_books)
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

const searchClient = algoliasearch(window.ANATIL.algoliaAppId, window.ANATIL.algoliaSearchKey);

const search = instantsearch({ indexName: "anatil_books", searchClient });
search.addWidgets([
  searchBox({ container: "#qidiruv", placeholder: "Kitap, müellif, ISBN… / Книга, автор…" }),
  hits({ container: "#netice", templates: { item: (h) => `<a href="${h.url}">${h.title}</a>` } }),
]);
search.start();
''')

add("env/stripe-live-secret", "anatil/checkout-intl/.env", "https://docs.stripe.com/keys", r'''
# Xaricdeki oquycılar üçün (Türkiye, Romanya, AQŞ) — Stripe
# Для закордонних читачів
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@s@@
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
SUCCESS_URL=https://anatil-kitap.com.ua/tesekkur
CANCEL_URL=https://anatil-kitap.com.ua/sepet
''', stripe(), pk=stripe("pk_live_"))

add("js/decoy-stripe-publishable", "anatil/checkout-intl/public/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// Публічний ключ Stripe (pk_live) — можна в браузері, секретний лише на сервері.
const stripe = Stripe("@@pk@@", { locale: "auto" });

document.getElementById("odeme").addEventListener("click", async () => {
  const res = await fetch("/create-checkout-session", { method: "POST" });
  const { id } = await res.json();
  const { error } = await stripe.redirectToCheckout({ sessionId: id });
  if (error) alert("Tölev olmadı / Оплата не вдалася: " + error.message);
});
''', pk=stripe("pk_live_"))

add("python/stripe-webhook-secret", "anatil/checkout-intl/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
"""Stripe webhook: sımarış tölendi → WooCommerce-te 'processing'."""
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@s@@"


@app.post("/stripe/webhook")
def webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_paid(event["data"]["object"]["client_reference_id"])
    return "", 200
''', mixed(32, "whsec_"))

add("json/paypal-client-secret", "anatil/checkout-intl/config/paypal.json", "https://developer.paypal.com/api/rest/authentication/", r'''
{
  "mode": "live",
  "client_id": "@@cid@@",
  "client_secret": "@@s@@",
  "currency": "EUR",
  "brand_name": "Ana Til Neşriyatı",
  "note": "Diaspora sımarışları. Для діаспори (Туреччина, Румунія)."
}
''', paypal_secret(), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("php/decoy-woocommerce-order-meta", "anatil/wordpress/wp-content/plugins/anatil-np/tests/fixtures/order.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#order-properties", r'''
<?php
// Тестове замовлення (фікстура). Hiç bir haqiqiy müşteri yoq.
return [
    'id'            => 4512,
    'order_key'     => 'wc_order_Xq7bR2mT9kLpZ',
    'status'        => 'processing',
    'currency'      => 'UAH',
    'total'         => '480.00',
    'billing'       => ['first_name' => 'Test', 'last_name' => 'Oquycı', 'email' => 'test@example.com'],
    'meta_data'     => [
        ['key' => '_np_ttn', 'value' => '20450912345678'],
        ['key' => '_np_warehouse_ref', 'value' => '1ec09d88-e1c2-11e3-8c4a-0050568002cf'],
    ],
    'transaction_id' => 'pi_3PExAmpLeNotReal0000000',
];
''')

add("php/novaposhta-plugin-key", "anatil/wordpress/wp-content/plugins/anatil-np/anatil-np.php", "https://developers.novaposhta.ua/documentation", r'''
<?php
/**
 * Plugin Name: Ana Til — Nova Poşta
 * Description: Відділення Нової пошти на сторінці оформлення. Nova Poşta bölümleri.
 * Version: 0.4.2
 */

defined( 'ABSPATH' ) || exit;

const ANATIL_NP_API_KEY = '@@s@@';

add_action( 'wp_ajax_nopriv_anatil_np_cities', function () {
    $resp = wp_remote_post( 'https://api.novaposhta.ua/v2.0/json/', [
        'headers' => [ 'Content-Type' => 'application/json' ],
        'body'    => wp_json_encode( [
            'apiKey'           => ANATIL_NP_API_KEY,
            'modelName'        => 'Address',
            'calledMethod'     => 'searchSettlements',
            'methodProperties' => [ 'CityName' => sanitize_text_field( $_POST['q'] ?? '' ), 'Limit' => '20' ],
        ] ),
    ] );
    wp_send_json( json_decode( wp_remote_retrieve_body( $resp ), true ) );
} );
''', novaposhta())

add("python/ukrposhta-bearer", "anatil/tools/ukrposhta_labels.py", "https://dev.ukrposhta.ua/documentation", r'''
"""Ukrposhta: xaricke kitap yollamaq (international). Міжнародні відправлення."""
import os

import requests

BASE = "https://www.ukrposhta.ua/ecom/0.0.1"
BEARER = "@@s@@"
COUNTERPARTY_TOKEN = os.environ["UKRPOSHTA_COUNTERPARTY_TOKEN"]  # кабінет → env


def create_shipment(payload: dict) -> dict:
    r = requests.post(
        f"{BASE}/shipments",
        params={"token": COUNTERPARTY_TOKEN},
        headers={"Authorization": f"Bearer {BEARER}"},
        json=payload,
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
''', uuid_s())

add("yaml/decoy-ukrposhta-openapi", "anatil/tools/ukrposhta-openapi.yml", "https://dev.ukrposhta.ua/documentation", r'''
openapi: 3.0.1
info:
  title: Ukrposhta eCom (витяг для наших скриптів)
  version: 0.0.1
servers:
  - url: https://www.ukrposhta.ua/ecom/0.0.1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "UUID-токен з кабінету; зберігається у Vault: secret/anatil/ukrposhta"
paths:
  /shipments:
    post:
      security: [{bearerAuth: []}]
      parameters:
        - {name: token, in: query, required: true, schema: {type: string, format: uuid, example: "00000000-0000-0000-0000-000000000000"}}
''')

add("python/s3-ebooks-digitalocean", "anatil/ebooks/storage.py", "https://docs.digitalocean.com/products/spaces/how-to/manage-access/", r'''
"""Elektron kitaplar (EPUB/PDF): imzalanğan bağlantılar. Електронні книжки у DO Spaces."""
import boto3

session = boto3.session.Session()
spaces = session.client(
    "s3",
    region_name="fra1",
    endpoint_url="https://fra1.digitaloceanspaces.com",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def download_link(isbn: str, fmt: str = "epub") -> str:
    return spaces.generate_presigned_url(
        "get_object", Params={"Bucket": "anatil-ebooks", "Key": f"{isbn}.{fmt}"}, ExpiresIn=3600
    )
''', rnd(43, ALNUM + "/+"), kid="DO00" + rnd(16, string.ascii_uppercase + string.digits))

add("txt/decoy-presigned-url-email", "anatil/ebooks/emails/download-ready.txt", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", r'''
Selâm, {first_name}!

Siz satın alğan elektron kitap hazır: «{title}».
Ваша електронна книжка готова до завантаження.

Bağlantı 1 saat içinde işley / Посилання дійсне 1 годину:
https://anatil-ebooks.fra1.digitaloceanspaces.com/978-617-7890-01-2.epub?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=DO00EXAMPLE000000000%2F20240512%2Ffra1%2Fs3%2Faws4_request&X-Amz-Date=20240512T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=3c5e8d0a9b7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d

Hürmetnen / З повагою,
Ana Til neşriyatı
''')

add("tf/do-token", "anatil/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.36" }
  }
}

provider "digitalocean" {
  token = "@@s@@" # Ayder'niñ hesabı
}

resource "digitalocean_spaces_bucket" "ebooks" {
  name   = "anatil-ebooks"
  region = "fra1"
  acl    = "private"
}

resource "digitalocean_droplet" "shop" {
  name   = "anatil-shop"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
  region = "fra1"
}
''', do_token())

_FZ = words_pw()
add("xml/filezilla-printhouse", "anatil/docs/printhouse/FileZilla-sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.drukarnya-lviv.com.ua</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>anatil</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Друкарня (макети PDF)</Name>
      <Comments>Basma evi: maketlerni bu yerge yüklemek</Comments>
    </Server>
  </Servers>
</FileZilla3>
''', _FZ, enc=b64(_FZ))

# ---------------------------------------------------------------- Ana Til neşriyatı: newsletter, editors, translation, ops

add("python/mailchimp-key", "anatil/newsletter/send_digest.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Aylıq xaber bülteni: yañı kitaplar. Щомісячна розсилка про новинки."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@s@@", "server": "us14"})

LIST_ID = "4f1b2c9e7a"  # "Oquycılar / Читачі"


def create_campaign(subject: str, html: str) -> str:
    c = client.campaigns.create({
        "type": "regular",
        "recipients": {"list_id": LIST_ID},
        "settings": {"subject_line": subject, "from_name": "Ana Til", "reply_to": "kitap@anatil-kitap.com.ua"},
    })
    client.campaigns.set_content(c["id"], {"html": html})
    return c["id"]
''', mailchimp())

add("env/brevo-smtp", "anatil/newsletter/.env", "https://developers.brevo.com/docs/getting-started", r'''
# Brevo (ex-Sendinblue) — транзакційні листи магазину
BREVO_API_KEY=@@s@@
BREVO_SENDER_EMAIL=kitap@anatil-kitap.com.ua
BREVO_SENDER_NAME="Ana Til neşriyatı"
BREVO_TEMPLATE_ORDER=12
BREVO_TEMPLATE_EBOOK=14
''', brevo())

add("eml/smtp-password-in-mail", "anatil/docs/mail/hosting-access.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Ayder Osman <ayder@anatil-kitap.com.ua>
To: Zera Kurtseitova <zera@anatil-kitap.com.ua>
Subject: =?UTF-8?Q?Po=C3=A7ta_hesab=C4=B1_/_=D0=BF=D0=BE=D1=88=D1=82=D0=B0?=
Date: Tue, 09 Apr 2024 16:20:31 +0300
Content-Type: text/plain; charset=UTF-8

Zera, selâm!

Mağaza mektüpleri üçün poçta hesabı (SMTP):
  server: mail.adm.tools, port 465 (SSL)
  login:  shop@anatil-kitap.com.ua
  parol:  @@s@@

Будь ласка, внеси в налаштування WP Mail SMTP і видали цей лист.

Ayder
''', words_pw())

add("eml/decoy-password-reset-mail", "anatil/docs/mail/reset-notice.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Ana Til <noreply@anatil-kitap.com.ua>
To: oquyci@example.com
Subject: =?UTF-8?Q?Parol=C4=B1_yeniden_qurmaq_/_=D0=B7=D0=BC=D1=96=D0=BD=D0=B0_=D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D1=8E?=
Date: Sun, 12 May 2024 09:01:12 +0300
Content-Type: text/plain; charset=UTF-8

Selâm! Parolıñıznı yañılamaq üçün bağlantığa basıñız (24 saat işley):
Щоб змінити пароль, перейдіть за посиланням (діє 24 години):

https://anatil-kitap.com.ua/my-account/lost-password/?action=rp&key=<one-time-key>&login=oquyci

Eger bu siz olmasañız, mektüpni diqqatqa almañız.
Якщо це були не ви — просто ігноруйте лист.
''')

add("python/openai-translation", "anatil/editorial/ceviri/draft_translate.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Ceviri qaralaması: qırımtatarca → ukrain tili (muarrir mecbur tekşere!).
Чернетка перекладу для редактора — тільки як підказка."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = ("Translate this Crimean Tatar text into Ukrainian. Keep proper names, "
          "keep verse line breaks. Do not add anything.")


def draft(text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
        temperature=0.2,
    )
    return r.choices[0].message.content
''', openai())

add("toml/anthropic-key", "anatil/editorial/ceviri/config.toml", "https://docs.anthropic.com/en/api/getting-started", r'''
# Ceviri aracı sazlamaları / Налаштування інструмента перекладу
[model]
provider = "anthropic"
name = "claude-3-5-sonnet-latest"
api_key = "@@s@@"
max_tokens = 4096

[glossary]
file = "lugat/crh-uk.tsv"
# Терміни не перекладати: çiberek, yantıq, qaytarma, haytarma
keep = ["çiberek", "yantıq", "qaytarma", "haytarma"]
''', anthropic())

add("tsv/decoy-glossary", "anatil/editorial/ceviri/lugat/crh-uk.tsv", "https://www.iana.org/assignments/media-types/text/tab-separated-values", r'''
crh	uk	izah
anahtar	ключ	kilit üçün (не криптографічний!)
sır	таємниця, секрет	
parol	пароль	
kitap	книжка	
neşriyat	видавництво	
muarrir	редактор	
müellif	автор	
basma evi	друкарня	
''')

add("yaml/github-pat-actions-hardcoded", "anatil/editorial/.github/workflows/build-epub.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
name: build-epub
on:
  push:
    paths: ["kitaplar/**.md"]

jobs:
  epub:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get install -y pandoc
      - run: make epub
      - name: Publish to the shop repo
        env:
          # Ayder: shop reposına yazmaq üçün (fine-grained yapmaq kerek)
          GH_TOKEN: @@s@@
        run: |
          git clone https://x-access-token:${GH_TOKEN}@github.com/anatil-nesriyat/shop-assets.git
          cp build/*.epub shop-assets/ebooks/
          cd shop-assets && git add . && git commit -m "epub: ${GITHUB_SHA::7}" && git push
''', github())

add("gitconfig/github-fine-grained-url", "anatil/editorial/.git-config-backup", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://zera-k:@@s@@@github.com/anatil-nesriyat/editorial.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
[user]
	name = Zera Kurtseitova
''', github_fg())

add("md/decoy-editorial-readme", "anatil/editorial/README.md", "https://pandoc.org/MANUAL.html#epubs", r'''
# Ana Til — muarrirlik (редакція)

Kitaplar Markdown formatında, `kitaplar/<isbn>/` papkasında.

```bash
make epub ISBN=978-617-7890-01-2    # build/978-617-7890-01-2.epub
make pdf  ISBN=978-617-7890-01-2    # для друкарні
```

Публікація в магазин робиться CI (GitHub Actions, секрет `SHOP_ASSETS_TOKEN`).
Lokal olaraq token kerek degil.

Контрольні суми релізів: `sha256sum build/*.epub > build/SHA256SUMS`.
''')

add("txt/decoy-sha256sums", "anatil/editorial/build/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
5d41402abc4b2a76b9719d911017c592ae1f3e8b6d5c7a9b0c1d2e3f4a5b6c7d  978-617-7890-01-2.epub
7c222fb2927d828af22f592134e8932480637c0d1e2f3a4b5c6d7e8f9a0b1c2d  978-617-7890-02-9.epub
e4d909c290d0fb1ca068ffaddf22cbd0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6  978-617-7890-04-3.epub
0cc175b9c0f1b6a831c399e269772661a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7  978-617-7890-09-8.epub
92eb5ffee6ae2fec3ad71c777531578f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d  978-617-7890-10-4.epub
4a8a08f09d37b73795649038408b5f33e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0  978-617-7890-01-2.pdf
''')

add("dockerfile/build-arg-token", "anatil/shop-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# приватні пакети @anatil/* — TODO перейти на --mount=type=secret
ENV NPM_TOKEN=@@s@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "server.js"]
''', npm_tok())

add("dockerfile/decoy-build-secret-mount", "anatil/shop-admin/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# NPM_TOKEN sırı tek build vaqtında, qatlamda qalmay (docker build --secret id=npm,env=NPM_TOKEN)
RUN --mount=type=secret,id=npm,env=NPM_TOKEN \
    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["node", "admin.js"]
''')

_GHCR = github()
add("json/docker-config-auth", "anatil/infra/deploy/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"ghcr.io": {
			"auth": "@@enc@@"
		}
	},
	"credsStore": ""
}
''', _GHCR, enc=b64("anatil-ci:" + _GHCR))

add("yaml/kubeconfig-token", "anatil/infra/k8s/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: anatil-doks
    cluster:
      server: https://9f3b2c1d-0a4e-4f6b-8c7d-1e2f3a4b5c6d.k8s.ondigitalocean.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURKekNDQWcrZ0F3SUJBZ0lDQm5Vd0RRWUpLb1pJaHZjTkFRRUxCUUF3TXpFVk1CTUdBMVVFQ2hNTVJHbG4KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
users:
  - name: ci-deployer
    user:
      token: @@s@@
contexts:
  - name: anatil
    context: {cluster: anatil-doks, user: ci-deployer, namespace: shop}
current-context: anatil
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"shop","kubernetes.io/serviceaccount/service-account.name":"ci-deployer","sub":"system:serviceaccount:shop:ci-deployer"}'))

add("yaml/decoy-helm-values-existing-secret", "anatil/infra/k8s/shop/values.yaml", "https://artifacthub.io/packages/helm/bitnami/wordpress", r'''
# Helm values для магазину (bitnami/wordpress). Sırlar — mevcut Secret-lerden.
wordpressUsername: anatil-admin
existingSecret: shop-wordpress-admin
wordpressBlogName: "Ana Til — kitap tükânı"
wordpressScheme: https
mariadb:
  enabled: false
externalDatabase:
  host: anatil-db-do-user-1234567-0.b.db.ondigitalocean.com
  port: 25060
  user: anatil_wp
  database: anatil_wp
  existingSecret: shop-db
ingress:
  enabled: true
  hostname: anatil-kitap.com.ua
  tls: true
''')

add("yaml/helm-values-db-password", "anatil/infra/k8s/shop/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/wordpress", r'''
# staging — vaqtınca, tez sınav üçün (не копіювати в prod!)
wordpressUsername: anatil-admin
existingSecret: shop-wordpress-admin
mariadb:
  enabled: true
  auth:
    database: anatil_wp
    username: anatil_wp
    password: "@@s@@"
ingress:
  enabled: true
  hostname: staging.anatil-kitap.com.ua
''', pw())

add("pgpass/pgpass", "anatil/infra/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass (chmod 600) — backup.sh üçün
# hostname:port:database:username:password
anatil-db-do-user-1234567-0.b.db.ondigitalocean.com:25060:anatil_books:backup:@@s@@
# локальна база для тестів відновлення
localhost:5432:*:postgres:postgres
''', pw())

add("sh/decoy-backup-script", "anatil/infra/backup/backup.sh", "https://www.postgresql.org/docs/current/app-pgdump.html", r'''
#!/usr/bin/env bash
# Kecelik ihtiyat nusha. Нічний бекап бази книг → Spaces.
set -euo pipefail
STAMP=$(date +%F)
export PGPASSFILE=/root/.pgpass          # пароль тут, не в скрипті
pg_dump -h anatil-db-do-user-1234567-0.b.db.ondigitalocean.com -p 25060 -U backup -Fc anatil_books \
  > /var/backups/anatil_books-$STAMP.dump
rclone copy /var/backups/anatil_books-$STAMP.dump anatil-spaces:anatil-backups/db/
find /var/backups -name 'anatil_books-*.dump' -mtime +14 -delete
echo "ihtiyat nusha hazır: $STAMP"
''')

add("ini/rclone-conf", "anatil/infra/backup/rclone.conf", "https://rclone.org/s3/#digitalocean-spaces", r'''
[anatil-spaces]
type = s3
provider = DigitalOcean
env_auth = false
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = fra1.digitaloceanspaces.com
acl = private

[yandex-old]
# eski, artıq qullanılmay / старе, не використовується
type = webdav
url = https://webdav.yandex.ru
''', rnd(43, ALNUM + "/+"), kid="DO00" + rnd(16, string.ascii_uppercase + string.digits))

add("netrc/netrc-password", "anatil/infra/backup/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine ftp.drukarnya-lviv.com.ua
  login anatil
  password @@s@@
machine api.github.com
  login zera-k
  password ${GITHUB_TOKEN}
''', words_pw())

add("json/composer-auth", "anatil/wordpress/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    }
}
''', github())

add("json/decoy-composer-lock-hashes", "anatil/wordpress/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "9b2c4e6a8d0f1b3c5e7a9d1f3b5c7e9a",
    "packages": [
        {
            "name": "wpackagist-plugin/woocommerce",
            "version": "8.8.3",
            "source": {"type": "svn", "url": "https://plugins.svn.wordpress.org/woocommerce/", "reference": "tags/8.8.3"},
            "dist": {"type": "zip", "url": "https://downloads.wordpress.org/plugin/woocommerce.8.8.3.zip",
                     "shasum": "3f786850e387550fdab836ed7e6dc881de23001b"}
        }
    ],
    "plugin-api-version": "2.6.0"
}
''')

add("json/appsettings-connection-string", "anatil/warehouse/Anbar.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Anbar": "Server=tcp:anatil-sql.database.windows.net,1433;Initial Catalog=anbar;User ID=anbar_app;Password=@@s@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Anbar": {
    "Title": "Ana Til — anbar (склад)",
    "DefaultWarehouse": "Lviv-Drukarnya"
  }
}
''', pw())

add("json/decoy-appsettings-keyvault", "anatil/warehouse/Anbar.Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "KeyVault": {
    "Uri": "https://anatil-kv.vault.azure.net/",
    "Comment": "ConnectionStrings:Anbar — Key Vault-tan (secret name: ConnectionStrings--Anbar)"
  },
  "ConnectionStrings": {
    "Anbar": ""
  },
  "AzureAd": {
    "TenantId": "@@t@@",
    "ClientId": "@@c@@"
  }
}
''', t=uuid_s(), c=uuid_s())

add("cs/azure-client-secret", "anatil/warehouse/Anbar.Sync/Program.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret", r'''
using Azure.Identity;
using Azure.Storage.Blobs;

// Anbar → Azure Blob: qapaq resimleri (обкладинки). Тимчасово секрет тут.
var credential = new ClientSecretCredential(
    tenantId: "@@t@@",
    clientId: "@@c@@",
    clientSecret: "@@s@@");

var blobs = new BlobServiceClient(new Uri("https://anatilcovers.blob.core.windows.net"), credential);
var container = blobs.GetBlobContainerClient("qapaqlar");

foreach (var file in Directory.GetFiles(args[0], "*.jpg"))
{
    await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
    Console.WriteLine($"yüklendi: {file}");
}
''', rnd(3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), t=uuid_s(), c=uuid_s())

add("cs/azure-storage-connection-string", "anatil/warehouse/Anbar.Sync/local.settings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=anatilcovers;AccountKey=@@s@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "CoversContainer": "qapaqlar"
  }
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("json/decoy-local-settings-azurite", "anatil/warehouse/Anbar.Functions/local.settings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", r'''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "CoversContainer": "qapaqlar",
    "_comment": "Azurite (лок. емулятор). Haqiqiy hesap — tek Azure-da App Settings."
  }
}
''')

# ---------------------------------------------------------------- both: fiscal tills, marketplaces, misc services

add("python/checkbox-license-key", "ciberek/pos-sync/fiscal/checkbox.py", "https://api.checkbox.in.ua/api/redoc", r'''
"""ПРРО Checkbox: фіскальні чеки. Fiskal çekler (vergi)."""
import requests

API = "https://api.checkbox.in.ua/api/v1"
LICENSE_KEY = "@@s@@"      # каса Поділ
CASHIER_LOGIN = "podil_kasyr"


def sign_in(pin: str) -> str:
    r = requests.post(f"{API}/cashier/signinPinCode",
                      headers={"X-License-Key": LICENSE_KEY, "X-Client-Name": "ciberek-pos-sync"},
                      json={"pin_code": pin}, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
''', hexs(24))

add("python/decoy-checkbox-test-mode", "ciberek/pos-sync/tests/test_checkbox.py", "https://api.checkbox.in.ua/api/redoc", r'''
"""Sınavlar: Checkbox dev-ortamı, haqiqiy kassa yoq. Тестовий режим без справжньої каси."""
import pytest

from fiscal import checkbox

TEST_LICENSE_KEY = "test_license_key_do_not_use"


@pytest.fixture(autouse=True)
def dev_api(monkeypatch):
    monkeypatch.setattr(checkbox, "API", "https://dev-api.checkbox.in.ua/api/v1")
    monkeypatch.setattr(checkbox, "LICENSE_KEY", TEST_LICENSE_KEY)


def test_sign_in_builds_headers(requests_mock):
    requests_mock.post("https://dev-api.checkbox.in.ua/api/v1/cashier/signinPinCode", json={"access_token": "t"})
    assert checkbox.sign_in("0000") == "t"
''')

add("yaml/prom-ua-token", "anatil/marketplaces/prom/config.yaml", "https://public-api.docs.prom.ua/", r'''
# Prom.ua — kitaplarımız marketplace-te. Вивантаження книжок на Prom.
prom:
  api: https://my.prom.ua/api/v1
  token: "@@s@@"
  company: "Видавництво Ана Тіл"
  sync:
    every: 30m
    categories: [badiy, balalar, lugatlar]   # художня, дитяча, словники
''', hexs(40))

add("properties/rozetka-seller-password", "anatil/marketplaces/rozetka/src/main/resources/application.properties", "https://api-seller.rozetka.com.ua/apidoc/", r'''
# Rozetka Seller API — синхронізація замовлень
rozetka.api.url=https://api-seller.rozetka.com.ua
rozetka.api.username=anatil_books
# parol base64-te yollana (API talap ete), burada açıq
rozetka.api.password=@@s@@
rozetka.sync.cron=0 */15 * * * *
spring.datasource.url=jdbc:postgresql://10.40.0.5:5432/marketplaces
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
''', words_pw())

add("yaml/spring-datasource-password", "anatil/marketplaces/rozetka/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource", r'''
spring:
  datasource:
    url: jdbc:postgresql://10.40.0.5:5432/marketplaces
    username: marketplaces
    password: "@@s@@"   # TODO Vault (spring-cloud-vault), Зера знає
  jpa:
    hibernate:
      ddl-auto: validate
logging:
  level:
    ua.anatil: INFO
''', pw())

add("yaml/decoy-spring-vault", "anatil/marketplaces/prom/src/main/resources/application.yml", "https://docs.spring.io/spring-cloud-vault/reference/", r'''
spring:
  application:
    name: prom-sync
  config:
    import: vault://
  cloud:
    vault:
      uri: https://vault.anatil-kitap.com.ua
      authentication: KUBERNETES
      kubernetes:
        role: prom-sync
      kv:
        enabled: true
        backend: secret
        default-context: anatil/prom
  datasource:
    url: jdbc:postgresql://10.40.0.5:5432/marketplaces
    username: ${db.username}
    password: ${db.password}
''')

add("sh/vault-token", "anatil/infra/vault/bootstrap.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/usr/bin/env bash
# Vault-nı ilk kere sazlamaq (policy + kv). Первинне налаштування Vault.
set -e
export VAULT_ADDR=https://vault.anatil-kitap.com.ua
export VAULT_TOKEN=@@s@@

vault secrets enable -path=secret kv-v2 || true
vault policy write prom-sync - <<'HCL'
path "secret/data/anatil/prom" { capabilities = ["read"] }
HCL
vault write auth/kubernetes/role/prom-sync \
  bound_service_account_names=prom-sync bound_service_account_namespaces=shop \
  policies=prom-sync ttl=1h
''', vault_tok())

add("hcl/decoy-vault-policy", "anatil/infra/vault/policies/shop.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# Magazin servisi tek öz sırlarını oquy bile. Сервіс магазину читає лише свої секрети.
path "secret/data/anatil/shop/*" {
  capabilities = ["read"]
}

path "secret/metadata/anatil/shop/*" {
  capabilities = ["list"]
}

path "database/creds/shop-readonly" {
  capabilities = ["read"]
}
''')

add("txt/age-key", "anatil/infra/sops/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# SOPS age anahtarı — Ayder'niñ noutbugı (ThinkPad). Ключ для розшифрування k8s/*/secrets.enc.yaml
# Bu fayl ~/.config/sops/age/keys.txt yerinde olmalı, repoda DEGİL!
# created: 2024-02-11T14:03:22+02:00
# public key: age1@@pub@@
@@s@@
''', age_key(), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-encrypted", "anatil/infra/k8s/shop/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
apiVersion: v1
kind: Secret
metadata:
    name: shop-db
    namespace: shop
type: Opaque
stringData:
    password: ENC[AES256_GCM,data:q8Zr3mVx0bT2kP6nW9yL,iv:Hk3mQ9pV2bT7yR1nX5cL8rW0eA4sD6fG+hJ3kL9zX2c=,tag:Rm2Tn7Yp0bW5cE8fH1jK4w==,type:str]
    username: ENC[AES256_GCM,data:4mT9qW==,iv:Zp8Yq1Wr4Ts7Uv0Xw3Ya6Bc9De2Fg5Hi8Jk1Lm4No7=,tag:Qx1Rz4Sv7Tu0Wv3Xy6Za9A==,type:str]
sops:
    age:
        - recipient: age1m3kq9pvb7yt2nx5cl8rw1ea4sd6fg0hj3kl9zx2cv5b8nm4qw7et0ry3u
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxOHpSM21WeDBiVDJrUDZu
            VzlZTDRtVDlxVzJlUjV0WThQUW1UN3lVMWlPM3BBNXNEN2ZHOWhKMWtMM3pYNWNW
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:7cD0eF3gH6iJ9kL2mN5oP8qR1sT4uV7w,iv:X0yZ3aB6cD9eF2gH5iJ8kL1mN4oP7qR0sT3uV6wX9y=,tag:Bc2De5Fg8Hi1Jk4Lm7No0P==,type:str]
    version: 3.8.1
''')

add("pem/tls-private-key", "anatil/infra/nginx/ssl/anatil-kitap.com.ua.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', pem("RSA"))

add("pem/decoy-tls-certificate", "anatil/infra/nginx/ssl/anatil-kitap.com.ua.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
MIIFBjCCA+6gAwIBAgISA3kQ9pVb7yT2nX5cL8rW1eA4MA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
EwJSMzAeFw0yNDA0MTIwODAwMDBaFw0yNDA3MTEwODAwMDBaMB8xHTAbBgNVBAMT
FGFuYXRpbC1raXRhcC5jb20udWEwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQC7xM2pK9vL4nR8tW1qY5zA3bE6cF9gH2jK5lM8nP1qR4sT7uV0wX3yZ6aB
9cD2eF5gH8iJ1kL4mN7oP0qR3sT6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2
sT5uV8wX1yZ4aB7cD0eF3gH6iJ9kL2mN5oP8qR1sT4uV7wX0yZ3aB6cD9eF2gH5i
-----END CERTIFICATE-----
''')

_CB_KEY = pem("EC")
add("yaml/pem-in-ansible-var", "ciberek/infra/ansible/host_vars/order-api-1.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r'''
---
nginx_server_name: api.ciberekevi.com.ua
# Kliyent sertifikatı Checkbox mTLS üçün (vaqtınca açıq, vault-ke köçürmek!)
checkbox_client_cert_path: /etc/ciberek/checkbox.crt
checkbox_client_key: |
@@ind@@
order_api_workers: 4
''', _CB_KEY, ind=indent(_CB_KEY, 2))

add("js/jwt-secret", "ciberek/loyalty-api/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r'''
// Bonus ilovası üçün JWT. JWT для застосунку бонусів.
const jwt = require("jsonwebtoken");

const JWT_SECRET = process.env.JWT_SECRET || "@@s@@";

function issue(card) {
  return jwt.sign({ sub: card.uid, lvl: card.level }, JWT_SECRET, { expiresIn: "30d" });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
''', mixed(48))

add("js/decoy-jwt-public-key-verify", "ciberek/loyalty-api/src/verify-partner.js", "https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback", r'''
// Партнер (кав'ярня-сусід) підписує токени RS256, ми перевіряємо його публічним ключем.
const jwt = require("jsonwebtoken");

const PARTNER_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----`;

// Ortaqnıñ tokenini tekşermek (sır anahtar bizde yoq)
module.exports = (token) => jwt.verify(token, PARTNER_PUBLIC_KEY, { algorithms: ["RS256"] });
''')

add("txt/decoy-jwt-in-test", "ciberek/loyalty-api/test/fixtures/expired-token.txt", "https://www.rfc-editor.org/rfc/rfc7519", r'''
# Muddeti keçken token (exp 2023-01-01), sınav üçün. Підписаний ключем "test-secret", лише для тестів.
# Payload: {"sub":"CE-TEST-0001","lvl":"bronza","exp":1672531200}
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJDRS1URVNULTAwMDEiLCJsdmwiOiJicm9uemEiLCJleHAiOjE2NzI1MzEyMDB9.placeholder-signature-not-valid
expected: 401 TokenExpiredError
# Використовується в test/auth.expired.test.js
''')

add("http/rest-client-bearer", "ciberek/loyalty-api/requests.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### Kartanı tekşermek / перевірити картку
GET https://bonus.ciberekevi.com.ua/api/v1/cards/CE-000185
Authorization: Bearer @@s@@
Accept: application/json

### Bonus qoşmaq / нарахувати бонуси
POST https://bonus.ciberekevi.com.ua/api/v1/cards/CE-000185/bonus
Authorization: Bearer @@s@@
Content-Type: application/json

{"amount": 25, "reason": "aksiya: 3 çiberek + ayran"}
''', jwt_like('{"sub":"staff:lenur","role":"admin","iat":1714000000}'))

add("http/decoy-rest-client-variables", "ciberek/order-api/requests.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
@base = http://localhost:8080
# token — з файла .env (не комітиться): {{$dotenv ORDER_API_TOKEN}}
@token = {{$dotenv ORDER_API_TOKEN}}

### Menü / меню
GET {{base}}/menu?spot=podil

### Sımarış yaratmaq / створити замовлення
POST {{base}}/orders
Authorization: Bearer {{token}}
Content-Type: application/json

{"spot": "podil", "items": [{"id": 114, "qty": 3}, {"id": 131, "qty": 1}], "pay": "mono"}
''')

add("json/postman-environment", "ciberek/docs/postman/ciberek-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "Çiberek prod",
  "values": [
    {"key": "base_url", "value": "https://api.ciberekevi.com.ua", "type": "default", "enabled": true},
    {"key": "poster_token", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "spot_id", "value": "1", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-10T08:12:44.120Z",
  "_postman_exported_using": "Postman/11.0.9"
}
''', poster_token(), id=uuid_s())

add("json/decoy-postman-collection", "ciberek/docs/postman/ciberek.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r'''
{
  "info": {"_postman_id": "@@id@@", "name": "Çiberek API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{api_token}}", "type": "string"}]},
  "item": [
    {"name": "Menü", "request": {"method": "GET", "url": "{{base_url}}/menu?spot={{spot_id}}"}},
    {"name": "Poster: продажі", "request": {"method": "GET", "url": "https://joinposter.com/api/dash.getTransactions?token={{poster_token}}&dateFrom=20240501"}}
  ]
}
''', id=uuid_s())

add("systemd/environment-password", "ciberek/infra/systemd/loyalty-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r'''
[Unit]
Description=Çiberek loyalty ← Poster sync
After=network-online.target

[Service]
User=ciberek
WorkingDirectory=/opt/pos-sync
Environment=POSTER_ACCOUNT=ciberekevi
Environment=LOYALTY_DB_URL=postgresql://loyalty:@@s@@@10.20.0.7:5432/loyalty
ExecStart=/opt/pos-sync/.venv/bin/python -m pos_sync.loop
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
''', pw())

add("systemd/decoy-credentials-load", "ciberek/infra/systemd/order-bot.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=@CiberekEviBot (Telegram)
After=network-online.target

[Service]
User=ciberek
# токен зашифровано: systemd-creds encrypt --name=telegram_token
LoadCredentialEncrypted=telegram_token:/etc/credstore.encrypted/telegram_token
Environment=TELEGRAM_TOKEN_FILE=%d/telegram_token
ExecStart=/opt/order-bot/order-bot
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("crontab/curl-basic-auth", "ciberek/infra/cron/reports.crontab", "https://curl.se/docs/manpage.html#-u", r'''
# Kündelik hesabat Poster-dan → e-mail. Щоденний звіт о 23:30
SHELL=/bin/bash
MAILTO=elvira@ciberekevi.com.ua
30 23 * * * curl -s -u reports:@@s@@ https://bonus.ciberekevi.com.ua/internal/daily-report.csv -o /srv/reports/$(date +\%F).csv
0 4 * * 1 find /srv/reports -mtime +90 -delete
''', words_pw())

add("makefile/deploy-password", "anatil/wordpress/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
# Ana Til — sayt. Deploy на хостинг через lftp.
HOST ?= anatil.ftp.tools
USER ?= anatil_ftp
PASS ?= @@s@@

.PHONY: deploy theme-zip
deploy:
	lftp -u $(USER),$(PASS) sftp://$(HOST) -e "mirror -R --exclude .git --exclude node_modules wp-content/themes/anatil /www/wp-content/themes/anatil; quit"

theme-zip:
	cd wp-content/themes && zip -r ../../anatil-theme.zip anatil -x '*/node_modules/*'
''', pw())

add("ps1/decoy-powershell-secretstore", "anatil/warehouse/scripts/Export-Stock.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# Anbar qalıqlarını CSV-ge çıqarmaq. Вивантаження залишків складу.
param([string]$Out = "C:\anbar\export\qaliq-$(Get-Date -Format yyyy-MM-dd).csv")

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'AnbarSql' -Vault 'AnatilStore'   # PSCredential, пароль тут не зберігається

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=tcp:anatil-sql.database.windows.net,1433;Database=anbar;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);Encrypt=True"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT wc_id, isbn, title, qty FROM stock ORDER BY isbn"
$table = New-Object System.Data.DataTable
$table.Load($cmd.ExecuteReader())
$table | Export-Csv -Path $Out -Delimiter ';' -NoTypeInformation -Encoding UTF8
$conn.Close()
''')

add("ps1/plain-password-securestring", "anatil/warehouse/scripts/Map-Drive.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Druk evi NAS-ını bağlamaq (макети). Підключити мережевий диск друкарні.
$user = "DRUKARNYA\anatil"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "M" -PSProvider FileSystem -Root "\\nas.drukarnya-lviv.local\maketler" -Credential $cred -Persist
Write-Host "M: bağlandı / підключено"
''', words_pw())

add("bat/decoy-bat-prompt", "anatil/warehouse/scripts/backup-1c.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1", r'''
@echo off
rem Zahira nusha 1C bazasınıñ. Резервна копія бази 1С (пароль вводиться вручну)
set /p DBPASS=Parol / пароль: 
"C:\Program Files\1cv8\8.3.24.1467\bin\1cv8.exe" DESIGNER /S"srv-1c\anbar" /N"backup" /P"%DBPASS%" /DumpIB"D:\backup\anbar_%date:~-4%%date:~3,2%%date:~0,2%.dt"
set DBPASS=
echo Hazır.
''')

add("bat/net-use-password", "anatil/warehouse/scripts/map-nas.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
rem Ofis NAS: qapaqlar ve maketler. Офісний NAS.
net use Z: \\nas-ofis\kitaplar /user:NAS-OFIS\zera @@s@@ /persistent:yes
net use Y: \\nas-ofis\qapaqlar /persistent:yes
echo Bağlandı.
''', pw())

# ---------------------------------------------------------------- notes, docs, package configs, more languages

add("md/prose-note-crh", "anatil/docs/notlar/2024-04-hosting-kocuv.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Hosting köçüvi — notlar (Ayder)

Bugün saytnı eski hostingten DigitalOcean-ğa köçürdik. Qalğan işler:

- DNS Cloudflare-da deñiştirildi, TTL 300.
- Eski hostingniñ MySQL bazası hâlâ açıq; root parolı `@@s@@` — bir hafta soñ bazanı silip,
  hesapnı yapacaqmız.
- WooCommerce webhook-ları yañı adreske yönetildi.

Українською для Зери: старий хостинг вимикаємо 20.04, до того нічого там не міняти.
''', words_pw())

add("md/decoy-prose-note-rotated", "anatil/docs/notlar/2024-05-anahtarlar.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Anahtarlarnı yañılamaq (rotation) — 2024-05

Ne yapıldı / Що зроблено:

1. Nova Poşta API anahtarı yañılandı (eskisi kabinetten silindi). Yañısı — Vault: `secret/anatil/np`.
2. Stripe: `sk_live_…` restricted key-ge deñiştirildi, eski anahtar **revoked** (Dashboard → API keys).
3. Mailchimp: eski API key "disable" etildi, yañısı sadece CI-da (`MAILCHIMP_KEY`).
4. GitHub: Ayder'niñ classic PAT silindi, yerine fine-grained, müddeti 90 kün.

Наступна ротація — серпень. Hiç bir anahtar bu faylğa yazılmay!
''')

add("md/readme-curl-example-real", "ciberek/pos-sync/README.md", "https://dev.joinposter.com/docs/v3/start/index", r'''
# pos-sync

Синхронізація продажів з Poster у бонусну систему. Poster-dan satuvlarnı bonus sistemasına aktarmaq.

## Tez başlamaq / Швидкий старт

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
# перевірити, що токен працює:
curl "https://joinposter.com/api/access.getSpots?token=@@s@@"
python -m pos_sync.once --date 2024-05-12
```

Kod: `pos_sync/`, testler: `tests/`.
''', poster_token())

add("md/decoy-readme-curl-placeholder", "ciberek/order-bot/README.md", "https://core.telegram.org/bots/api#making-requests", r'''
# order-bot (@CiberekEviBot)

Бот приймає замовлення і показує бонуси.

```bash
export TELEGRAM_TOKEN=123456789:AAExampleExampleExampleExampleExam
go run .
# або перевірити токен:
curl "https://api.telegram.org/bot$TELEGRAM_TOKEN/getMe"
```

Haqiqiy token — `/etc/ciberek/bot.env` (serverde) ya da 1Password "Ciberek / Bots".
''')

add("pypirc/pypi-token", "anatil/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
# crh-hyphen paketi (qırımtatarca heceleme) — Zera
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "anatil/tools/crh-hyphen/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "crh-hyphen"
version = "0.3.1"
description = "Qırımtatarca söz bölüv (heceleme) — переноси для кримськотатарської"
authors = [{name = "Zera Kurtseitova", email = "zera@anatil-kitap.com.ua"}]
license = {text = "MIT"}
requires-python = ">=3.9"

[project.urls]
Homepage = "https://github.com/anatil-nesriyat/crh-hyphen"

[tool.hatch.publish.index]
# токен — через HATCH_INDEX_AUTH у CI (trusted publishing)
disable = false
''')

add("xml/maven-settings-password", "anatil/marketplaces/rozetka/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>anatil-nexus</id>
      <username>deployer</username>
      <!-- Nexus deployer (ofis serveri) -->
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>anatil-nexus</id>
      <url>https://nexus.anatil-kitap.com.ua/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', pw())

add("xml/decoy-maven-encrypted-password", "anatil/marketplaces/prom/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>anatil-nexus</id>
      <username>deployer</username>
      <!-- mvn --encrypt-password; master — в ~/.m2/settings-security.xml -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

_GCP_KEY = pem("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "anatil/analytics/ga4-export/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "anatil-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@",
  "client_email": "ga4-export@anatil-analytics.iam.gserviceaccount.com",
  "client_id": "1048293847561029384756",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''', _GCP_KEY, esc=_GCP_KEY, kid=hexs(40))

add("json/decoy-gcp-wif-config", "anatil/analytics/ga4-export/credential-config.json", "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines", r'''
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/582013947716/locations/global/workloadIdentityPools/github/providers/anatil",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/ga4-export@anatil-analytics.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {
    "file": "/var/run/secrets/github/oidc-token",
    "format": {"type": "text"}
  }
}
''')

add("python/mongodb-srv-uri", "ciberek/feedback/app.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Müşteri fikirleri (QR-kod masada). Відгуки гостей через QR на столах."""
from datetime import datetime, timezone

from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb+srv://feedback:@@s@@@cluster0.x7kq2.mongodb.net/?retryWrites=true&w=majority").ciberek


@app.post("/fikir")
def fikir():
    doc = {"spot": request.form["spot"], "stars": int(request.form["stars"]),
           "text": request.form.get("text", ""), "at": datetime.now(timezone.utc)}
    db.feedback.insert_one(doc)
    return "Sağ oluñız! Дякуємо!"
''', pw())

add("exs/rabbitmq-url", "ciberek/kds-hub/config/runtime.exs", "https://www.rabbitmq.com/docs/uri-spec", r'''
import Config

# KDS hub: sımarışlarnı aşhane ekranlarına dağıtmaq (Elixir/Broadway)
config :kds_hub, KdsHub.Pipeline,
  producer: [
    module: {BroadwayRabbitMQ.Producer,
      queue: "kds.orders",
      connection: "amqp://kds:@@s@@@10.20.0.11:5672/ciberek"},
    concurrency: 1
  ],
  processors: [default: [concurrency: 4]]

config :logger, level: :info
''', redis_pw())

add("exs/decoy-runtime-env", "ciberek/kds-hub/config/prod.exs", "https://hexdocs.pm/elixir/Config.html", r'''
import Config

# Продакшн: усе з оточення. Sırlar tek environment-te.
config :kds_hub, KdsHub.Pipeline,
  producer: [
    module: {BroadwayRabbitMQ.Producer,
      queue: "kds.orders",
      connection: System.fetch_env!("AMQP_URL")},
    concurrency: 1
  ]

config :kds_hub, KdsHubWeb.Endpoint,
  secret_key_base: System.fetch_env!("SECRET_KEY_BASE"),
  url: [host: "kds.ciberekevi.com.ua", port: 443, scheme: "https"]
''')

add("rs/telegram-bookshop-bot", "anatil/kitap-bot/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
//! @AnaTilKitapBot — yañı kitaplar haqqında xaber. Новинки видавництва в Telegram.
use teloxide::prelude::*;

const TOKEN: &str = "@@s@@";

#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    log::info!("kitap-bot başlay…");
    let bot = Bot::new(TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        let reply = match msg.text() {
            Some("/yani") => "Yañı kitaplar: https://anatil-kitap.com.ua/yani",
            Some("/start") => "Selâm! Вітаємо у книгарні «Ана Тіл»!",
            _ => "Bilmeyim 🙂 /yani",
        };
        bot.send_message(msg.chat.id, reply).await?;
        Ok(())
    })
    .await;
}
''', telegram())

add("toml/decoy-cargo-lock", "anatil/kitap-bot/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r'''
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "teloxide"
version = "0.12.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "8f5c2ec2a4b3e7d9a1f0c6b8e2d4a7f9c1e3b5d7f9a2c4e6b8d0f2a4c6e8b0d2"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "1adbebffeca75fcfd058afa480fb6c0b81e165a0323f9c9d39c9697e37c46787"
''')

add("txt/msmtprc", "anatil/infra/mail/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
# msmtp: serverden mektüp (cron hesabatları). Листи з сервера.
defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile /var/log/msmtp.log

account anatil
host mail.adm.tools
port 587
from server@anatil-kitap.com.ua
user server@anatil-kitap.com.ua
password @@s@@

account default : anatil
''', words_pw())

add("toml/gitlab-runner-token", "ciberek/infra/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "ciberek-hetzner-1"
  url = "https://gitlab.com"
  id = 35102944
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = true
    volumes = ["/cache", "/var/run/docker.sock:/var/run/docker.sock"]
''', "glrt-" + fakes.drawn(_seed(), 20, ALNUM + "_-"))

add("python/notion-token", "anatil/editorial/plan/sync_plan.py", "https://developers.notion.com/docs/authorization", r'''
"""Neşir planı: Notion → sayt 'Yaqında' sahifesi. План видань з Notion."""
from notion_client import Client

notion = Client(auth="@@s@@")
DB_ID = "@@db@@"


def upcoming():
    res = notion.databases.query(database_id=DB_ID, filter={"property": "Status", "select": {"equals": "Basmada"}})
    for page in res["results"]:
        props = page["properties"]
        yield props["Serlevha"]["title"][0]["plain_text"], props["Müellif"]["rich_text"][0]["plain_text"]
''', notion(), db=hexs(32))

add("js/airtable-pat", "anatil/editorial/authors/import.js", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
// Müellifler bazası (Airtable) → WordPress "avtory". Імпорт авторів.
const Airtable = require("airtable");

const base = new Airtable({ apiKey: "@@s@@" }).base("app4Kq9XvB2mT7pLc");

base("Müellifler").select({ view: "Saytqa" }).eachPage((records, next) => {
  records.forEach((r) => {
    console.log(r.get("Adı"), "|", r.get("Ukrain adı"), "|", r.get("Kitaplar"));
  });
  next();
});
''', airtable())

add("yaml/newrelic-license", "anatil/shop-api/newrelic.yml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/", r'''
# New Relic (пробний період, Ayder)
common: &default_settings
  app_name: anatil-shop-api
  api_key: @@s@@
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings
''', newrelic())

add("yaml/slack-bot-token", "anatil/editorial/slack/bot-config.yml", "https://api.slack.com/authentication/token-types#bot", r'''
# Muarrirlik Slack boti: yañı qol yazma kelse xabar bere. Бот редакції.
workspace: anatil-nesriyat
bot:
  name: qolyazma-bot
  token: @@s@@
  channels:
    new_manuscripts: "#qolyazmalar"
    print_ready: "#basmaga-hazir"
''', slack_bot())

add("txt/decoy-slack-export-note", "anatil/editorial/slack/README.txt", "https://api.slack.com/authentication/token-types", r'''
qolyazma-bot — як налаштувати

1. Slack app "qolyazma-bot" вже створено (App ID A06QK9X2M3L, це не секрет).
2. Bot token (xoxb-…) лежить у Vault: secret/anatil/slack/qolyazma-bot.
3. Локально: export SLACK_BOT_TOKEN=$(vault kv get -field=token secret/anatil/slack/qolyazma-bot)
4. Signing secret теж у Vault, поруч.

Bot token-nı bu faylğa yazmañız, lütfen.
''')

add("ini/odbc-password", "anatil/warehouse/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
[Anbar]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:anatil-sql.database.windows.net,1433
Database=anbar
UID=anbar_report
PWD=@@s@@
Encrypt=yes
; LibreOffice hesabatları üçün (Zera)
''', pw())

add("lua/decoy-openresty-hmac-verify", "ciberek/infra/openresty/liqpay_verify.lua", "https://www.liqpay.ua/documentation/api/callback", r'''
-- Перевірка підпису callback-а LiqPay на рівні nginx (ключ з env, не тут)
local resty_sha1 = require "resty.sha1"
local b64 = ngx.encode_base64

local private_key = os.getenv("LIQPAY_PRIVATE_KEY")
if not private_key then
  ngx.log(ngx.ERR, "LIQPAY_PRIVATE_KEY yoq")
  return ngx.exit(500)
end

ngx.req.read_body()
local args = ngx.req.get_post_args()
local sha1 = resty_sha1:new()
sha1:update(private_key .. args.data .. private_key)
if b64(sha1:final()) ~= args.signature then
  return ngx.exit(403)
end
''')

add("pl/decoy-perl-config-read", "anatil/legacy/cgi-bin/stock.pl", "https://metacpan.org/pod/DBI", r'''
#!/usr/bin/perl
# Eski anbar sahifesi (2012). Стара сторінка складу, ще відкривають у друкарні.
use strict;
use warnings;
use DBI;
use Config::Tiny;

my $cfg = Config::Tiny->read('/etc/anatil/legacy.ini') or die "config yoq";
my $dbh = DBI->connect("dbi:mysql:database=anbar;host=localhost", $cfg->{db}{user}, $cfg->{db}{pass},
                       { RaiseError => 1, mysql_enable_utf8mb4 => 1 });
print "Content-Type: text/html; charset=utf-8\n\n";
for my $r (@{ $dbh->selectall_arrayref("SELECT isbn, title, qty FROM stock") }) {
    print "<tr><td>$r->[0]</td><td>$r->[1]</td><td>$r->[2]</td></tr>\n";
}
''')

add("ini/legacy-perl-ini", "anatil/legacy/etc/legacy.ini", "https://metacpan.org/pod/Config::Tiny", r'''
; /etc/anatil/legacy.ini — eski anbar sahifesi
[db]
user=anbar_cgi
pass=@@s@@

[site]
title=Anbar (eski)
''', words_pw())

# ---------------------------------------------------------------- last batch: OCR, social, OAuth, odds and ends

add("ipynb/huggingface-token", "anatil/digital/eski-yazi-ocr.ipynb", "https://huggingface.co/docs/hub/security-tokens", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Eski kitaplarnı tanıv (arab yazısı, 1920-ler)\n", "OCR старих кримськотатарських видань арабською графікою"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from huggingface_hub import login\n", "login(token=\"@@s@@\")  # Zera'nıñ hesabı, private model\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["from transformers import TrOCRProcessor, VisionEncoderDecoderModel\n",
              "proc = TrOCRProcessor.from_pretrained(\"anatil/trocr-crh-arabic\")\n",
              "model = VisionEncoderDecoderModel.from_pretrained(\"anatil/trocr-crh-arabic\")"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', mixed(34, "hf_"))

add("python/instagram-graph-token", "ciberek/marketing/post_menu_of_day.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", r'''
"""Künüñ menüsi → Instagram. Меню дня в Instagram @ciberekevi."""
import requests

IG_USER_ID = "17841405822304914"
ACCESS_TOKEN = "@@s@@"  # long-lived, 60 kün, Ельвіра оновлює


def post(image_url: str, caption: str) -> str:
    c = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media",
                      data={"image_url": image_url, "caption": caption, "access_token": ACCESS_TOKEN}).json()
    r = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media_publish",
                      data={"creation_id": c["id"], "access_token": ACCESS_TOKEN}).json()
    return r["id"]
''', "EAA" + mixed(180))

add("md/decoy-instagram-token-expired", "ciberek/marketing/README.md", "https://developers.facebook.com/docs/instagram-platform/reference/refresh_access_token", r'''
# Marketing skriptleri

- `post_menu_of_day.py` — щодня о 10:00 публікує меню дня.
- Long-lived token Instagram живе 60 днів. Оновлення:
  `GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token&access_token=<TOKEN>`
- 2024-03-02: eski token muddeti bitti (expired), yañısını Elvira Meta Business-ten aldı. Старий вже не діє.

IG_USER_ID `17841405822304914` — публічний ідентифікатор акаунта, не секрет.
''')

add("env/google-oauth-client-secret", "anatil/shop-api/.env.local", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
# Google ile kiriş (oquycı kabineti). Вхід через Google.
GOOGLE_CLIENT_ID=582013947716-k3q9pvb7yt2nx5cl8rw1ea4sd6fg0hj3.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@s@@
GOOGLE_REDIRECT_URI=http://localhost:3000/auth/google/callback
SESSION_SECRET=dev-only-session
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"))

add("json/decoy-keycloak-realm-export", "anatil/infra/keycloak/realm-anatil.json", "https://www.keycloak.org/docs/latest/server_admin/#assembly-exporting-importing_server_administration_guide", r'''
{
  "realm": "anatil",
  "enabled": true,
  "displayName": "Ana Til — oquycılar",
  "clients": [
    {
      "clientId": "shop-web",
      "publicClient": true,
      "redirectUris": ["https://anatil-kitap.com.ua/*"]
    },
    {
      "clientId": "shop-api",
      "publicClient": false,
      "secret": "**********",
      "serviceAccountsEnabled": true
    }
  ],
  "internationalizationEnabled": true,
  "supportedLocales": ["uk", "en", "crh"]
}
''')

add("python/keycloak-client-secret", "anatil/shop-api/auth/keycloak.py", "https://www.keycloak.org/docs/latest/server_admin/#_client-credentials", r'''
"""Keycloak service account: oquycı profillerini oquv. Сервісний доступ до профілів."""
import requests

KC = "https://id.anatil-kitap.com.ua/realms/anatil/protocol/openid-connect/token"
CLIENT_ID = "shop-api"
CLIENT_SECRET = "@@s@@"


def service_token() -> str:
    r = requests.post(KC, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                "client_secret": CLIENT_SECRET}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
''', mixed(32))

add("txt/pip-index-url-credentials", "anatil/tools/requirements.txt", "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication", r'''
--extra-index-url https://deployer:@@s@@@nexus.anatil-kitap.com.ua/repository/pypi-internal/simple
requests==2.31.0
woocommerce==3.0.0
openpyxl==3.1.2
crh-hyphen==0.3.1
python-slugify==8.0.4
''', pw())

add("txt/decoy-requirements-hashes", "ciberek/loyalty/requirements.lock", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes
django==5.0.6 \
    --hash=sha256:8363ac062bb4ef7c3f12d078f6fa5d154031d129a15170a1066412af49d30905 \
    --hash=sha256:ff1b61005004e476e0aeea47c7f79b85864c70124030e95146315396f1e7951f
psycopg[binary]==3.1.19 \
    --hash=sha256:92d7b78ad82426cdcf1a0440678209faa890c6e1721361e2f69e3ec6c6a8497c
gunicorn==22.0.0 \
    --hash=sha256:350679f91b24062c86e386e198a15438d53a7a8207235a78ba1b53df4c4378d9
''')

add("md/git-credentials-pasted", "ciberek/infra/debug/git-push-403.md", "https://git-scm.com/docs/git-credential-store#_storage_format", r'''
# git push 403 (runner-2), 2024-05-08

`git push` з раннера падав з 403. Sebep: eski token saqlanğan edi.

```
$ cat ~/.git-credentials
https://lenur.seitov:@@s@@@gitlab.com
$ git config --global credential.helper
store
```

Çare: token yañılandı, `credential.helper store` olmadan CI_JOB_TOKEN qullanamız.
''', gitlab())

add("python/django-email-password", "ciberek/loyalty/loyalty/settings/mail.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", r'''
# Пошта для бонусної програми (Gmail Workspace, app password)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "bonus@ciberekevi.com.ua"
EMAIL_HOST_PASSWORD = "@@s@@"   # uyğulama parolı (app password)
DEFAULT_FROM_EMAIL = "Çiberek Evi <bonus@ciberekevi.com.ua>"
''', " ".join(rnd(4, string.ascii_lowercase) for _ in range(4)))

add("p8/app-store-connect-key", "ciberek/app-ios/fastlane/AuthKey_7QK2M9X3LP.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", r'''
@@s@@
''', pem("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY"))

add("json/decoy-fastlane-api-key-ref", "ciberek/app-ios/fastlane/api_key.json.example", "https://docs.fastlane.tools/app-store-connect-api/", r'''
{
  "key_id": "7QK2M9X3LP",
  "issuer_id": "69a6de7f-03a1-47e3-e053-5b8c7c11a4d1",
  "key_filepath": "./fastlane/AuthKey_7QK2M9X3LP.p8",
  "duration": 1200,
  "in_house": false,
  "_comment": "Шаблон. Сам .p8 — у 1Password (Ciberek / Apple), у git не класти."
}
''')

add("php/laravel-redis-password", "ciberek/site/config/database.redis.php", "https://laravel.com/docs/redis#configuration", r'''
<?php

// Redis: sepetler ve sessiyalar. Кошики і сесії.
return [
    'client' => 'phpredis',
    'default' => [
        'host' => '10.20.0.9',
        'password' => '@@s@@',
        'port' => 6379,
        'database' => 0,
    ],
    'cache' => [
        'host' => '10.20.0.9',
        'password' => env('REDIS_PASSWORD'),
        'port' => 6379,
        'database' => 1,
    ],
];
''', redis_pw())

add("txt/viber-chat-router-admin", "ciberek/docs/chat-export/viber-noqtalar.txt", "https://help.viber.com/hc/en-us/articles/8944981839389", r'''
[12.02.24, 18:04] Марія (Оболонь): Інтернет знову впав, роутер блимає червоним 😩
[12.02.24, 18:06] Lenur: Routerge kiriñiz: http://192.168.1.1 , login admin, parol @@s@@ ve "Reboot" basıñız
[12.02.24, 18:07] Lenur: Тобто: зайдіть на 192.168.1.1, логін admin, пароль вище, кнопка "Перезавантажити"
[12.02.24, 18:15] Марія (Оболонь): Запрацювало, дякую!
[12.02.24, 18:16] Elvira: Lenur, soñra bu parolnı deñiştir lütfen 🙏
''', words_pw())

add("js/decoy-liqpay-callback-fixture", "ciberek/site/tests/fixtures/liqpay-callback.js", "https://www.liqpay.ua/documentation/api/callback", r'''
// Приклад callback-а LiqPay (sandbox). data — base64 JSON з публічним ключем і статусом,
// signature — sha1-підпис; приватного ключа тут немає.
module.exports = {
  data: "eyJhY3Rpb24iOiJwYXkiLCJwYXltZW50X2lkIjoxMjM0NTY3ODksInN0YXR1cyI6InNhbmRib3giLCJ2ZXJzaW9uIjozLCJwdWJsaWNfa2V5Ijoic2FuZGJveF9pMDAwMDAwMDAwMDAiLCJhbW91bnQiOjM0NSwiY3VycmVuY3kiOiJVQUgiLCJvcmRlcl9pZCI6Ik9SRC0yNDA1MTItMDQxNyJ9",
  signature: "k3Q9pVb7yT2nX5cL8rW1eA4sD6g=",
  // Sınav: bizim sınav anahtarı "sandbox_test_private" ile imzalanğan
};
''')

add("tf/decoy-terraform-lock", "ciberek/infra/terraform/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", r'''
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hetznercloud/hcloud" {
  version     = "1.45.0"
  constraints = "~> 1.45"
  hashes = [
    "h1:3kQ9pVb7yT2nX5cL8rW1eA4sD6fG0hJ3kL9zX2cV5bM=",
    "zh:0b5d3f7a9c1e3b5d7f9a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d",
    "zh:1c6e4a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c",
  ]
}
''')

add("yaml/teams-webhook", "anatil/infra/monitoring/alertmanager.yml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
# Alertmanager → MS Teams (друкарня просила сповіщення туди)
route:
  receiver: teams-anatil
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: teams-anatil
    msteams_configs:
      - webhook_url: "@@s@@"
        title: "Ana Til: {{ .CommonLabels.alertname }}"
''', f"https://anatilnesriyat.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}/V2{mixed(43)}")

add("sh/backblaze-b2-key", "anatil/digital/archive-scans.sh", "https://www.backblaze.com/docs/cloud-storage-application-keys", r'''
#!/usr/bin/env bash
# Eski kitaplarnıñ skanları (TIFF) → Backblaze B2 arhivi. Архів сканів.
set -euo pipefail
b2 account authorize @@kid@@ @@s@@
for d in /srv/scans/*/; do
  isbn=$(basename "$d")
  b2 sync --no-progress "$d" "b2://anatil-scans/$isbn/"
  echo "arhivlendi: $isbn"
done
''', "K005" + fakes.drawn(_seed(), 27, ALNUM + "+/"), kid="005" + hexs(22))

add("kotlin/stripe-restricted-key", "anatil/app-android/app/src/main/java/ua/anatil/shop/PaymentsDebug.kt", "https://docs.stripe.com/keys#limit-access", r'''
package ua.anatil.shop

// Tek debug-build üçün! Тільки для налагодження повернень (refunds).
internal object PaymentsDebug {
    const val STRIPE_RESTRICTED_KEY = "@@s@@"
    const val REFUND_ENDPOINT = "https://api.stripe.com/v1/refunds"
}
''', stripe("rk_live_"))

add("asc/decoy-gpg-public-key", "anatil/docs/security/anatil-release-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Ana Til neşriyatı — EPUB imzalav anahtarı (açıq / публічний)

mDMEZhk3ixYJKwYBBAHaRw8BAQdAq3kQ9pVb7yT2nX5cL8rW1eA4sD6fG0hJ3kL9
zX2cV5a0LkFuYSBUaWwgbmXFn3JpeWF0xLEgPHJlbGVhc2VAYW5hdGlsLWtpdGFw
LmNvbS51YT6IkwQTFgoAOxYhBKx3mN5oP8qR1sT4uV7wX0yZ3aB6BQJmGTeLAhsD
BQsJCAcCAiICBhUKCQgLAgQWAgMBAh4HAheAAAoJEKx3mN5oP8qR8dQA/0m3kQ9p
=Xk3Q
-----END PGP PUBLIC KEY BLOCK-----
''')

add("yaml/posthog-personal-key", "anatil/analytics/posthog-export.yml", "https://posthog.com/docs/api#personal-api-keys", r'''
# PostHog → BigQuery eksport (haftalıq). Щотижневий експорт подій магазину.
posthog:
  host: https://eu.posthog.com
  project_id: 48213
  personal_api_key: @@s@@
export:
  events: [$pageview, kitap_sepetke, tolev_tamam]
  destination: bq://anatil-analytics.posthog.events
''', mixed(43, "phx_"))

add("js/decoy-posthog-project-key", "anatil/wordpress/wp-content/themes/anatil/js/analytics.js", "https://posthog.com/docs/libraries/js", r'''
// PostHog: ключ проєкту (phc_) публічний, його видно у браузері за задумом.
import posthog from "posthog-js";

posthog.init("phc_@@k@@", {
  api_host: "https://eu.i.posthog.com",
  person_profiles: "identified_only",
});

document.querySelectorAll("[data-sepet]").forEach((b) =>
  b.addEventListener("click", () => posthog.capture("kitap_sepetke", { isbn: b.dataset.isbn })),
);
''', k=mixed(43))

add("python/figma-token", "anatil/design/export_covers.py", "https://www.figma.com/developers/api#access-tokens", r'''
"""Qapaqlarnı Figma-dan PNG olaraq çıqarmaq. Експорт обкладинок з Figma."""
import requests

FIGMA_TOKEN = "@@s@@"
FILE_KEY = "Xq7bR2mT9kLpZ4vN8cW1eA"

nodes = ["12:401", "12:455", "12:512"]  # Qartal qanatı, Bahçesaray çeşmesi, Ana tilim
r = requests.get(f"https://api.figma.com/v1/images/{FILE_KEY}",
                 params={"ids": ",".join(nodes), "format": "png", "scale": 2},
                 headers={"X-Figma-Token": FIGMA_TOKEN}, timeout=30)
for node, url in r.json()["images"].items():
    print(node, url)
''', "figd_" + fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/decoy-dependabot", "anatil/shop-api/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r'''
version: 2
registries:
  npm-anatil:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [npm-anatil]
    schedule: {interval: weekly, day: monday, time: "06:00", timezone: "Europe/Kyiv"}
    labels: ["bagimliliqlar", "dependencies"]
''')

add("ts/discord-bot-token", "anatil/community/bot/src/index.ts", "https://discord.com/developers/docs/topics/oauth2#bots", r'''
// "Oquycılar klubı" Discord boti: kitap müzakeresi. Бот клубу читачів.
import { Client, GatewayIntentBits } from "discord.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.once("ready", () => console.log(`hazır: ${client.user?.tag}`));

client.on("messageCreate", (m) => {
  if (m.content === "!ay-kitabı") m.reply("Bu ay: «Qartal qanatı» — Şamil Alâdin 📖");
});

client.login("@@s@@");
''', b64(str(_rng().randint(10**17, 10**18))).rstrip("=") + "." + rnd(6, ALNUM + "-_") + "." + fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("yaml/decoy-docker-compose-dev-db", "anatil/shop-api/docker-compose.dev.yml", "https://hub.docker.com/_/postgres", r'''
# Лише для локальної розробки. Tek lokal işlev üçün, serverde qullanılmay.
services:
  db:
    image: postgres:16
    ports: ["5432:5432"]
    environment:
      POSTGRES_DB: anatil_dev
      POSTGRES_USER: anatil
      POSTGRES_PASSWORD: anatil
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
''')

add("xml/nuget-cleartext-password", "anatil/warehouse/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="anatil" value="https://nexus.anatil-kitap.com.ua/repository/nuget-internal/index.json" />
  </packageSources>
  <!-- Anbar.* paketleri üçün / для внутрішніх пакетів складу -->
  <packageSourceCredentials>
    <anatil>
      <add key="Username" value="deployer" />
      <add key="ClearTextPassword" value="@@s@@" />
    </anatil>
  </packageSourceCredentials>
</configuration>
''', pw())

add("go/mysql-dsn", "ciberek/reports/cmd/daily/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", r'''
package main

import (
	"database/sql"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// Saytnıñ sımarışları (MySQL) boyunca kündelik hesabat. Щоденний звіт по сайту.
const dsn = "report_ro:@@s@@@tcp(10.20.0.4:3306)/ciberek_site?parseTime=true&loc=Europe%2FKyiv"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	var n int
	var sum float64
	db.QueryRow("SELECT COUNT(*), COALESCE(SUM(total),0) FROM orders WHERE DATE(created_at)=CURDATE()").Scan(&n, &sum)
	fmt.Printf("Bugün: %d sımarış, %.2f ₴\n", n, sum)
}
''', words_pw())

add("nginx/basic-auth-header", "anatil/infra/nginx/printhouse-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Druk evi API-sına proksi (олд-скул Basic auth). Проксі до API друкарні.
location /printhouse/ {
    proxy_pass https://api.drukarnya-lviv.com.ua/v1/;
    proxy_set_header Host api.drukarnya-lviv.com.ua;
    proxy_set_header Authorization "Basic @@s@@";
    proxy_ssl_server_name on;
    allow 10.40.0.0/16;
    deny all;
}
''', b64("anatil:" + words_pw()))

add("yaml/github-actions-aws-env", "ciberek/courier-app/.github/workflows/web-deploy.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
name: courier-web
on:
  push:
    branches: [main]
    paths: ["web/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: cd web && npm ci && npm run build
      - run: aws s3 sync web/dist s3://kuryer.ciberekevi.com.ua --delete
''', aws_secret(), kid=aws_id())

add("toml/wrangler-vars-secret", "ciberek/edge/wrangler.toml", "https://developers.cloudflare.com/workers/configuration/environment-variables/", r'''
name = "ciberek-edge"
main = "src/index.ts"
compatibility_date = "2024-05-01"

# Menüni keşlemek ve Poster-dan çekmek. Кеш меню на Cloudflare Workers.
[vars]
POSTER_ACCOUNT = "ciberekevi"
POSTER_TOKEN = "@@s@@"   # TODO: wrangler secret put POSTER_TOKEN
MENU_TTL = "300"

[[kv_namespaces]]
binding = "MENU"
id = "@@kv@@"
''', poster_token(), kv=hexs(32))
