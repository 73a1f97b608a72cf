"""Blind set NR: a Kartuzy amber-jewellery workshop and a Puck Bay sailing-boat charter.

The workshop's web shop, its Etsy and Allegro sync, payment and parcel integrations (PayU,
Przelewy24, InPost), lapidary machines on MQTT, and the charter's booking site, Telegram bot and
marina tooling; notes and comments partly in Kashubian and Polish. Decoys among them.
Generated fakes only (seeds 8250000-8259999).
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
_SEED = [8250000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 8250000 <= _SEED[0] < 8260000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bursztyn", "Kaszeba", "Jantar", "Zatoka", "Kutter", "Szkwal", "Mewa", "Wydma", "Sztorm", "Kamyk",
         "Latarnia", "Rybitwa", "Fala", "Jezioro", "Kopalnia", "Szlif"]
LOWER = ["amber", "lapis", "keel", "jib", "dune", "gull", "resin", "tiller", "cliff", "mast", "pearl", "reef"]


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


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoia2FydHV6eS1hbWJlciIsImEiOiJ" + fakes.drawn(_seed(), 20) + "In0." + fakes.drawn(_seed(), 22)


def mapbox_public() -> str:
    return "pk.eyJ1Ijoia2FydHV6eS1hbWJlciIsImEiOiJ" + fakes.drawn(_seed(), 20) + "In0." + fakes.drawn(_seed(), 22)


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-nr/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# The web shop (Django, Etsy / Allegro sync)
# ---------------------------------------------------------------------------------------------

add("python/django-secret-key", "sklep/settings/production.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """\
# Ùstôw sklepù bùrsztinowegò (Kartuzë) - produkcjô
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["sklep.jantar-kartuzy.pl", "www.jantar-kartuzy.pl"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://sklep.jantar-kartuzy.pl"]
LANGUAGE_CODE = "pl"
TIME_ZONE = "Europe/Warsaw"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "sklep/settings/base_env.py", "https://docs.djangoproject.com/en/stable/topics/settings/", """\
import os

# Klucz bierzemë z òkrãżégò (env), nigdë z repò
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ETSY_KEYSTRING = os.environ.get("ETSY_KEYSTRING", "")
ALLEGRO_CLIENT_SECRET = os.getenv("ALLEGRO_CLIENT_SECRET")
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "jantar",
                         "PASSWORD": os.environ["PGPASSWORD"], "HOST": "db"}}
""")

add("python/etsy-api-key", "sync/etsy_client.py", "https://developers.etsy.com/documentation/essentials/authentication", """\
import requests

ETSY_API = "https://openapi.etsy.com/v3/application"
# keystring z developers.etsy.com, aplikacjô "JantarSync"
HEADERS = {"x-api-key": "@@secret@@", "Accept": "application/json"}


def listings(shop_id: int):
    r = requests.get(f"{ETSY_API}/shops/{shop_id}/listings/active", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["results"]
""", fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("python/allegro-client-secret", "sync/allegro_auth.py", "https://developer.allegro.pl/tutorials/uwierzytelnianie-i-autoryzacja-zlq9e75GdIR", """\
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://allegro.pl/auth/oauth/token"


def token() -> str:
    resp = requests.post(TOKEN_URL, auth=(CLIENT_ID, CLIENT_SECRET),
                         data={"grant_type": "client_credentials"}, timeout=15)
    return resp.json()["access_token"]
""", rand_pw(64), cid=hexs(32))

add("python/decoy-allegro-sandbox-placeholder", "sync/allegro_sandbox_example.py", "https://developer.allegro.pl/tutorials/uwierzytelnianie-i-autoryzacja-zlq9e75GdIR", """\
# Przykład dlô nowëch w ekipie: wpiszta swòje dane z apps.developer.allegro.pl.allegrosandbox.pl
CLIENT_ID = "<your-client-id>"
CLIENT_SECRET = "<your-client-secret>"
TOKEN_URL = "https://allegro.pl.allegrosandbox.pl/auth/oauth/token"

if CLIENT_SECRET.startswith("<"):
    raise SystemExit("Wpiszta CLIENT_SECRET przed pùszczenim")
""")

add("env/stripe-live", "sklep/.env.production", "https://docs.stripe.com/keys", """\
# sklep.jantar-kartuzy.pl - produkcjô
DJANGO_SETTINGS_MODULE=sklep.settings.production
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=PLN
SHIPPING_ORIGIN=Kartuzy
""", stripe("sk_live_"), pk=stripe("pk_live_"))

add("env/decoy-publishable-only", "sklep/frontend/.env", "https://docs.stripe.com/keys#obtain-api-keys", """\
# Frontend (Vite) - leno pùbliczny klucz, to mòże bëc w repò
VITE_STRIPE_PK=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_API_BASE=https://sklep.jantar-kartuzy.pl/api
VITE_LOCALE=pl-PL
""", pk=stripe("pk_live_"), mb=mapbox_public())

add("env/payu-client-secret", "platnosci/.env", "https://developers.payu.com/europe/docs/get-started/integration-overview/", """\
PAYU_POS_ID=@@pos@@
PAYU_CLIENT_ID=@@pos@@
PAYU_CLIENT_SECRET=@@secret@@
PAYU_MD5_KEY=@@md5@@
PAYU_ENV=secure
PAYU_NOTIFY_URL=https://sklep.jantar-kartuzy.pl/payu/notify
""", hexs(32), pos=str(_rng().randint(400000, 499999)), md5=hexs(32))

add("env/decoy-payu-sandbox-docs", "platnosci/.env.sandbox.example", "https://developers.payu.com/europe/docs/testing/sandbox/", """\
# Sandbox PayU - pùbliczné testowé dane z dokùmentacje PayU (nie nasze)
PAYU_POS_ID=300746
PAYU_CLIENT_ID=300746
PAYU_CLIENT_SECRET=2ee86a66e5d97e3fadc400c9f19b065d
PAYU_ENV=sandbox
""")

add("php/przelewy24-crc", "woo/wp-content/plugins/jantar-p24/config.php", "https://developers.przelewy24.pl/index.php?pl", """\
<?php
// Przelewy24 - sklep WooCommerce (stôri sklep, jesz dzejô dlô hurtu)
define('P24_MERCHANT_ID', @@mid@@);
define('P24_POS_ID', @@mid@@);
define('P24_CRC', '@@crc@@');
define('P24_API_KEY', '@@secret@@');
define('P24_SANDBOX', false);
""", hexs(32), mid=str(_rng().randint(100000, 299999)), crc=hexs(16))

add("php/decoy-wp-config-env", "woo/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Hasła leżą w .env na serwerze (nie w repò)
define('DB_NAME', getenv('WP_DB_NAME'));
define('DB_USER', getenv('WP_DB_USER'));
define('DB_PASSWORD', getenv('WP_DB_PASSWORD'));
define('DB_HOST', 'localhost');
define('AUTH_KEY', getenv('WP_AUTH_KEY'));
define('SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY'));
$table_prefix = 'jk_';
require_once ABSPATH . 'wp-settings.php';
""")

add("php/wordpress-db-password", "woo/wp-config-staging.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define('DB_NAME', 'jantar_staging');
define('DB_USER', 'jantar_wp');
define('DB_PASSWORD', '@@secret@@');
define('DB_HOST', 'mysql.staging.jantar-kartuzy.pl');
define('WP_DEBUG', true);
$table_prefix = 'jk_';
""", words_pw())

add("yaml/inpost-token", "wysylka/config/inpost.yml", "https://dokumentacja-inpost.atlassian.net/wiki/spaces/PL/pages/11731062/ShipX+API", """\
# Wësyłka paczków z Kartuz - InPost ShipX
inpost:
  base_url: https://api-shipx-pl.easypack24.net/v1
  organization_id: @@org@@
  token: @@secret@@
  default_template: small
  sender:
    city: Kartuzy
    post_code: "83-300"
""", jwt_like('{"iss":"https://login.inpost.pl","sub":"' + uuid_s() + '","org":"jantar"}'), org=str(_rng().randint(10000, 99999)))

add("yaml/decoy-inpost-vault", "wysylka/config/inpost.production.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """\
inpost:
  base_url: https://api-shipx-pl.easypack24.net/v1
  organization_id: 48213
  # token z Vaulta, ù nas w secret/wysylka/inpost
  token: "{{ vault('secret/data/wysylka/inpost', 'token') }}"
  default_template: medium
""")

add("json/etsy-oauth-refresh", "sync/etsy_tokens.json", "https://developers.etsy.com/documentation/essentials/authentication#refreshing-an-oauth-token", """\
{
  "shop": "JantarKartuzy",
  "user_id": @@uid@@,
  "access_token": "@@uid@@.@@acc@@",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "@@uid@@.@@secret@@"
}
""", fakes.drawn_mixed(_seed(), 54, ALNUM + "_-"), uid=str(_rng().randint(10**8, 10**9)), acc=fakes.drawn_mixed(_seed(), 54, ALNUM + "_-"))

add("json/decoy-etsy-expired-redacted", "sync/etsy_tokens.sample.json", "https://developers.etsy.com/documentation/essentials/authentication", """\
{
  "shop": "JantarKartuzy",
  "user_id": 123456789,
  "access_token": "123456789.REDACTED",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "123456789.************************"
}
""")

add("go/mqtt-lapidary", "maszyny/cmd/szlifierka/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """\
package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Szlifierka bùrsztinu (stanowiskò 2) wësyłô òbroty i temperaturã
func main() {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.warsztat.local:8883")
	opts.SetClientID("szlifierka-2")
	opts.SetUsername("szlifierka")
	opts.SetPassword("@@secret@@")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
}
""", fakes.redis_password(_seed()))

add("go/decoy-mqtt-flag", "maszyny/cmd/polerka/main.go", "https://pkg.go.dev/flag", """\
package main

import (
	"flag"
	"os"
)

var (
	broker   = flag.String("broker", "tls://mqtt.warsztat.local:8883", "adresa brokera")
	user     = flag.String("user", "polerka", "brëkòwnik MQTT")
	password = flag.String("password", os.Getenv("MQTT_PASSWORD"), "hasło (z env MQTT_PASSWORD)")
)

func main() { flag.Parse(); run(*broker, *user, *password) }
""")

add("mosquitto/decoy-password-hashes", "maszyny/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
szlifierka:$7$101$@@s1@@$@@h1@@
polerka:$7$101$@@s2@@$@@h2@@
wiertarka:$7$101$@@s3@@$@@h3@@
grafana:$7$101$@@s4@@$@@h4@@
nodered:$7$101$@@s5@@$@@h5@@
""", s1=b64(hexs(12))[:16], h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=b64(hexs(12))[:16], h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=b64(hexs(12))[:16], h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=b64(hexs(12))[:16], h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=b64(hexs(12))[:16], h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("conf/mosquitto-bridge-password", "maszyny/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Most z warsztatu do chmùry (Grafana Cloud / HiveMQ)
connection warsztat-chmura
address @@host@@.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
remote_clientid kartuzy-warsztat
remote_username kartuzy-bridge
remote_password @@secret@@
topic maszyny/# out 1
bridge_capath /etc/ssl/certs
""", rand_pw(22), host=hexs(32))

add("python/decoy-lapidary-hash", "maszyny/firmware/checksums.py", "https://docs.python.org/3/library/hashlib.html", """\
# Sumë kòntrolné firmware sterowników szlifierków (SHA-256)
FIRMWARE = {
    "szlifierka-2_v1.4.2.bin": "@@h1@@",
    "polerka_v0.9.8.bin": "@@h2@@",
    "wiertarka-kulek_v2.0.1.bin": "@@h3@@",
}
SIGNING_KEY_ID = "0x@@kid@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), kid=hexs(16).upper())

add("csv/decoy-orders-export", "raporty/zamowienia_2026-11.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """\
order_id,channel,sku,qty,total_pln,payment_ref,tracking
AL-7712093,allegro,PIER-BALT-014,1,249.00,@@p1@@,@@t1@@
ET-3320183,etsy,NASZ-KASZ-003,2,418.50,@@p2@@,@@t2@@
WW-0001842,sklep,BRAN-JANT-221,1,189.00,@@p3@@,@@t3@@
AL-7712104,allegro,KOLCZ-MEWA-07,1,129.00,@@p4@@,@@t4@@
""", p1=hexs(24).upper(), p2=hexs(24).upper(), p3=hexs(24).upper(), p4=hexs(24).upper(),
    t1="6" + str(_rng().randint(10**22, 10**23)), t2="6" + str(_rng().randint(10**22, 10**23)),
    t3="6" + str(_rng().randint(10**22, 10**23)), t4="6" + str(_rng().randint(10**22, 10**23)))

_pw = words_pw()
add("k8s/secret-base64-db-password", "deploy/k8s/sklep-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: sklep-db
  namespace: jantar
  labels:
    app: sklep
type: Opaque
data:
  POSTGRES_USER: amFudGFy
  POSTGRES_DB: amFudGFyX3NrbGVw
  POSTGRES_PASSWORD: @@enc@@
""", _pw, enc=b64(_pw))


# ---------------------------------------------------------------------------------------------
# The charter on Puck Bay (booking site, Telegram bot, marina)
# ---------------------------------------------------------------------------------------------

add("typescript/telegram-bot-token", "czarter/bot/src/config.ts", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
// Bot "Zatoka Pùck" - rezerwacje jachtów i pògòda
export const config = {
  botToken: '@@secret@@',
  adminChatId: -100@@chat@@,
  marina: 'Puck',
  timezone: 'Europe/Warsaw',
};
""", fakes.telegram_token(_seed()), chat=str(_rng().randint(10**9, 10**10)))

add("typescript/decoy-telegram-env", "czarter/bot/src/config.example.ts", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
// Skòpiujta do config.ts i wpiszta token òd @BotFather
export const config = {
  botToken: process.env.TELEGRAM_BOT_TOKEN ?? '123456789:AA_REPLACE_WITH_YOUR_BOT_TOKEN',
  adminChatId: Number(process.env.ADMIN_CHAT_ID ?? 0),
  marina: 'Puck',
};
""")

add("javascript/twilio-auth-token", "czarter/api/sms.js", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """\
const twilio = require('twilio');

// SMS-y do sternika: "Jacht gòtowi, klucze w bòsmanatce"
const client = twilio('@@sid@@', '@@secret@@');

module.exports = async function notifySkipper(phone, boat) {
  return client.messages.create({ from: '+48732100200', to: phone,
    body: `Jacht ${boat} czeka w marinie Puck. Pòmòżnik: bosman 601-000-000` });
};
""", hexs(32), sid=twilio_sid())

add("javascript/decoy-twilio-test-creds", "czarter/api/__tests__/sms.test.js", "https://www.twilio.com/docs/iam/test-credentials", """\
// Testë: zmëszlóné (fake) dane, Twilio nie je wòłóné
jest.mock('twilio', () => () => ({ messages: { create: jest.fn().mockResolvedValue({ sid: 'SM_fake' }) } }));
process.env.TWILIO_ACCOUNT_SID = 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
process.env.TWILIO_AUTH_TOKEN = 'your_auth_token';

const notify = require('../sms');
test('wësyłô SMS', async () => { await notify('+48600000000', 'Mewa'); });
""")

add("python/smsapi-token", "czarter/powiadomienia/smsapi_pl.py", "https://www.smsapi.pl/docs", """\
from smsapi.client import SmsApiPlClient

# SMSAPI.pl - przëpòmnienia ò rezerwacji (dzéń przed)
client = SmsApiPlClient(access_token="@@secret@@")


def remind(phone: str, boat: str, day: str) -> None:
    client.sms.send(to=phone, message=f"Jutro ({day}) Twój jacht {boat} w Pucku. Do zobaczenia!")
""", rand_pw(40))

add("yaml/compose-postgres-password", "czarter/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  rezerwacje:
    build: ./api
    environment:
      DATABASE_URL: postgres://czarter@db:5432/czarter
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: czarter
      POSTGRES_PASSWORD: "@@secret@@"
      POSTGRES_DB: czarter
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", words_pw())

add("yaml/decoy-compose-secrets-file", "czarter/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: czarter
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt   # nie w repò (.gitignore)
""")

add("url/database-url", "czarter/api/knexfile.js", "https://knexjs.org/guide/#configuration-options", """\
module.exports = {
  production: {
    client: 'pg',
    connection: 'postgres://czarter_app:@@secret@@@pg.czarter-puck.pl:5432/czarter?sslmode=require',
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },
};
""", rand_pw(24))

add("url/decoy-database-url-localhost", "czarter/api/knexfile.dev.js", "https://knexjs.org/guide/#configuration-options", """\
// Lokalno (docker compose up db) - hasło "postgres" je leno dlô kòmpùtra dewelopera
module.exports = {
  development: {
    client: 'pg',
    connection: process.env.DATABASE_URL || 'postgres://postgres:postgres@localhost:5432/czarter_dev',
  },
};
""")

_pem = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n"
add("json/google-service-account-key", "czarter/android/app/src/main/assets/calendar-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "czarter-puck",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "kalendarz@czarter-puck.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _pem, kid=hexs(40), pem=_pem, cid=str(_rng().randint(10**20, 10**21)))

add("json/decoy-service-account-redacted", "czarter/android/app/src/debug/assets/calendar-sa.example.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "czarter-puck",
  "private_key_id": "0000000000000000000000000000000000000000",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<wklejta tu klucz z Google Cloud>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "kalendarz@czarter-puck.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

add("kotlin/openweather-key", "czarter/android/app/src/main/java/pl/czarterpuck/pogoda/WeatherApi.kt", "https://openweathermap.org/appid", """\
package pl.czarterpuck.pogoda

import retrofit2.http.GET
import retrofit2.http.Query

// Pògòda nad Zatoką Pùcką (wiater, porëwë)
private const val OWM_KEY = "@@secret@@"

interface WeatherApi {
    @GET("data/2.5/weather")
    suspend fun now(@Query("lat") lat: Double = 54.72, @Query("lon") lon: Double = 18.41,
                    @Query("appid") appid: String = OWM_KEY, @Query("units") units: String = "metric"): Weather
}
""", hexs(32))

add("kotlin/decoy-buildconfig-field", "czarter/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "pl.czarterpuck"
    defaultConfig {
        applicationId = "pl.czarterpuck"
        minSdk = 26
        // klucz z local.properties (nie w repò)
        buildConfigField("String", "OWM_KEY", "\\"${project.findProperty("owmKey") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_API_KEY") ?: ""}\\"")
    }
}
""")

add("xml/decoy-android-maps-key", "czarter/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """\
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Czarter Pùck" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("swift/stripe-secret-ios", "czarter/ios/CzarterPuck/Payments/Backendless.swift", "https://docs.stripe.com/keys", """\
import Foundation

// TODO(Kaszëb): przeniesc na serwer! Terô aplikacjô sama robi PaymentIntent
enum StripeConfig {
    static let publishableKey = "@@pk@@"
    static let secretKey = "@@secret@@"
    static let currency = "pln"
}
""", stripe("sk_live_"), pk=stripe("pk_live_"))

add("swift/decoy-publishable-key", "czarter/ios/CzarterPuck/Payments/StripeSetup.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios", """\
import StripePaymentSheet

// Leno pùbliczny klucz w aplikacji; sekret je na serwerze rezerwacji
func configureStripe() {
    STPAPIClient.shared.publishableKey = "@@pk@@"
    STPAPIClient.shared.stripeAccount = nil
}
""", pk=stripe("pk_live_"))

add("shell/ssh-history-sshpass", "czarter/notatki/bosman_history.txt", "https://linux.die.net/man/1/sshpass", """\
  501  cd /srv/marina
  502  ls -la logs/
  503  sshpass -p '@@secret@@' ssh bosman@10.20.0.5 'systemctl status shore-power'
  504  tail -f logs/prad.log
  505  exit
""", words_pw())

add("shell/decoy-history-prompted", "czarter/notatki/kapitan_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  311  ssh bosman@10.20.0.5
  312  read -s -p "Hasło do marinë: " MARINA_PW
  313  export MARINA_PW
  314  ./sync_rezerwacje.sh --password-env MARINA_PW
  315  unset MARINA_PW
  316  history -c
""")

add("markdown/wifi-and-router-password", "czarter/wiki/Marina-Puck-siec.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Sécz w bòsmanatce (Marina Pùck)

| Co | Wôrtnosc |
|----|----------|
| SSID gòscy | CzarterPuck-Gosc (bez hasła, portal) |
| Router admin | http://192.168.8.1 |
| Brëkòwnik | admin |
| Hasło admina rutera | `@@secret@@` |

Ùwôga: hasło zmieniwómë pò kòżdim sezónie.
""", rand_pw(16, "#!"))

add("markdown/decoy-wiki-vault-pointer", "czarter/wiki/Hasla-gdzie.md", "https://bitwarden.com/help/", """\
# Dze sã nalézają hasła

Wszëtczé hasła (ruter, Allegro, Etsy, PayU, InPost) sę w **Bitwarden**, òrganizacjô
„Jantar & Czarter”, kòlekcjô `Warsztat` abò `Marina`.

- Nie wpisëjta haseł do wiki ani do Slacka.
- Jeżlë trzeba kòmùs dac dostãp: Bitwarden Send, wôżny 24 gòdz.
- Ùtracony telefon z 2FA? Zadzwòni do Kaszëbë (szef).
""")

_pw = rand_pw(20)
add("yaml/ansible-vault-less-var", "infra/ansible/group_vars/marina.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# Serwer w bòsmanatce (Raspberry Pi + UPS)
marina_host: marina-pi.local
ups_nut_user: upsmon
ups_nut_password: "@@secret@@"
shore_power_meters:
  - id: pomost-A
  - id: pomost-B
""", _pw)

add("yaml/decoy-ansible-vault-encrypted", "infra/ansible/group_vars/warsztat/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("yaml/decoy-ansible-vault-reference", "infra/ansible/group_vars/warsztat/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """\
---
mqtt_broker_host: mqtt.warsztat.local
mqtt_users:
  - name: szlifierka
    password: "{{ vault_mqtt_szlifierka_password }}"
  - name: polerka
    password: "{{ vault_mqtt_polerka_password }}"
grafana_admin_password: "{{ vault_grafana_admin_password }}"
""")

add("ini/grafana-admin-password", "infra/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """\
[server]
http_port = 3000
domain = grafana.warsztat.local

[security]
admin_user = admin
admin_password = @@secret@@

[auth.anonymous]
enabled = false
""", passphrase())

add("json/grafana-datasource-password", "infra/grafana/provisioning/datasources/influx.json", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
{
  "apiVersion": 1,
  "datasources": [
    {
      "name": "Maszyny (Influx)",
      "type": "influxdb",
      "url": "http://influx.warsztat.local:8086",
      "user": "grafana",
      "secureJsonData": { "password": "@@secret@@" },
      "jsonData": { "dbName": "maszyny" }
    }
  ]
}
""", rand_pw(18))

_tok = fakes.drawn(_seed(), 86, ALNUM + "_-") + "=="
add("toml/influx-token", "maszyny/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """\
# Telegraf na Pi przë szlifierkach
[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.warsztat.local:8086"]
  token = "@@secret@@"
  organization = "jantar"
  bucket = "maszyny"

[[inputs.mqtt_consumer]]
  servers = ["tcp://mqtt.warsztat.local:1883"]
  topics = ["maszyny/#"]
""", _tok)

add("toml/decoy-influx-env", "maszyny/telegraf/telegraf.polerka.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """\
[[outputs.influxdb_v2]]
  urls = ["http://influx.warsztat.local:8086"]
  ## token z òkrãżégò (systemd EnvironmentFile)
  token = "${INFLUX_TOKEN}"
  organization = "jantar"
  bucket = "maszyny"
""")

add("ipynb/decoy-notebook-hash-ids", "analiza/sprzedaz_etsy.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Sprzedôż na Etsy - listopad"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import os, pandas as pd\\n", "key = os.environ['ETSY_KEYSTRING']\\n", "df = pd.read_csv('etsy_2026-11.csv')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout",
   "text": ["receipt_id=@@rid@@ listing=@@lid@@ sha=@@sha@@\\n"]}],
   "source": ["print(df.iloc[0].to_dict())"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", rid=str(_rng().randint(10**9, 10**10)), lid=str(_rng().randint(10**9, 10**10)), sha=hexs(40))

add("ipynb/allegro-token-in-output", "analiza/allegro_oferty.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "tok = requests.post('https://allegro.pl/auth/oauth/token', auth=(CID, CSEC), data={'grant_type': 'client_credentials'}).json()"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {},
   "outputs": [{"output_type": "execute_result", "execution_count": 4, "metadata": {},
     "data": {"text/plain": ["{'access_token': '@@secret@@', 'token_type': 'bearer', 'expires_in': 43199}"]}}],
   "source": ["tok"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", jwt_like('{"user_name":null,"scope":["allegro:api:sale:offers:read"],"exp":1796000000,"client_id":"' + hexs(32) + '"}'))

add("sql/mysql-create-user", "woo/db/migracje/2026_03_hurt_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """\
-- Ùżëtk dlô hurtowni (odczyt zamówień)
CREATE USER 'hurt_ro'@'10.0.5.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON jantar_woo.jk_wc_orders TO 'hurt_ro'@'10.0.5.%';
GRANT SELECT ON jantar_woo.jk_wc_order_items TO 'hurt_ro'@'10.0.5.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-password-hash", "woo/db/seed/users.sql", "https://developer.wordpress.org/reference/functions/wp_hash_password/", """\
-- Testowi ùżëtkòwnicë (hasła to hashe phpass, nie da sã jich òdczëtac)
INSERT INTO jk_users (user_login, user_pass, user_email) VALUES
('kasia', '$P$B@@h1@@', 'kasia@jantar-kartuzy.pl'),
('mestrz', '$P$B@@h2@@', 'warsztat@jantar-kartuzy.pl'),
('sklep', '$P$B@@h3@@', 'sklep@jantar-kartuzy.pl');
""", h1=fakes.drawn(_seed(), 30, ALNUM + "./"), h2=fakes.drawn(_seed(), 30, ALNUM + "./"), h3=fakes.drawn(_seed(), 30, ALNUM + "./"))

add("sql/postgres-alter-role", "czarter/api/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """\
-- Rola dlô raportów (Metabase)
CREATE ROLE raporty LOGIN;
ALTER ROLE raporty WITH PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE czarter TO raporty;
GRANT USAGE ON SCHEMA public TO raporty;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO raporty;
""", rand_pw(20))

add("sql/decoy-scram-verifier", "czarter/api/migrations/0008_metabase_role.sql", "https://www.postgresql.org/docs/current/auth-password.html", """\
-- Hasło w fòrmie SCRAM (zahashowóne przez psql \\password), nie czëstim tekstã
CREATE ROLE metabase LOGIN;
ALTER ROLE metabase WITH PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT CONNECT ON DATABASE czarter TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;
""", salt=b64(hexs(12))[:24], k1=b64(hexs(24))[:43] + "=", k2=b64(hexs(24))[:43] + "=")

# ---------------------------------------------------------------------------------------------
# Infrastructure: CI, containers, Terraform, Helm
# ---------------------------------------------------------------------------------------------

add("github-actions/sendgrid-key-inline", ".github/workflows/newsletter.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """\
name: Newsletter (nowé wëroby z bùrsztinu)
on:
  schedule:
    - cron: "0 8 * * 1"
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/newsletter.py --list klienci
        env:
          SENDGRID_API_KEY: @@secret@@
          FROM_EMAIL: sklep@jantar-kartuzy.pl
""", sendgrid())

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: Deploy sklepù
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
""")

add("gitlab-ci/docker-login-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, push]

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u jantar-ci -p @@secret@@ registry.jantar-kartuzy.pl
    - docker build -t registry.jantar-kartuzy.pl/sklep:$CI_COMMIT_SHORT_SHA .
    - docker push registry.jantar-kartuzy.pl/sklep:$CI_COMMIT_SHORT_SHA
""", rand_pw(24))

add("gitlab-ci/decoy-ci-job-token", "czarter/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/jobs/ci_job_token.html", """\
stages: [test, release]

release:
  stage: release
  image: node:20
  script:
    - echo "//gitlab.com/api/v4/projects/${CI_PROJECT_ID}/packages/npm/:_authToken=${CI_JOB_TOKEN}" > .npmrc
    - npm publish
  rules:
    - if: $CI_COMMIT_TAG
""")

add("npmrc/npm-token", "czarter/bot/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
registry=https://registry.npmjs.org/
@czarter-puck:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm())

add("npmrc/decoy-npm-env", "sklep/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit=false
""")

add("dockerfile/arg-default-token", "sklep/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """\
FROM python:3.12-slim
WORKDIR /app
# prywatné paczczi z GitLaba (jantar-utils)
ARG GITLAB_TOKEN=@@secret@@
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://__token__:${GITLAB_TOKEN}@gitlab.com/api/v4/projects/4821/packages/pypi/simple
COPY . .
CMD ["gunicorn", "sklep.wsgi", "-b", "0.0.0.0:8000"]
""", gitlab())

add("dockerfile/decoy-build-secret-mount", "czarter/api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# token npm dôwómë jakno BuildKit secret, nie òstôwô w òbrazu
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
""")

add("terraform/hcloud-token", "infra/terraform/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """\
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.48" }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "sklep" {
  name        = "sklep-jantar"
  server_type = "cx22"
  image       = "debian-12"
  location    = "fsn1"
}
""", fakes.drawn(_seed(), 64))

add("terraform/decoy-variable-sensitive", "infra/terraform/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "hcloud_token" {
  description = "Token API Hetznera (z TF_VAR_hcloud_token)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("terraform/cloudflare-tfvars", "infra/terraform/dns/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# DNS: jantar-kartuzy.pl i czarter-puck.pl
zone_jantar  = "jantar-kartuzy.pl"
zone_czarter = "czarter-puck.pl"
cloudflare_api_token = "@@secret@@"
proxied = true
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-tfvars-example", "infra/terraform/dns/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables", """\
zone_jantar  = "jantar-kartuzy.pl"
zone_czarter = "czarter-puck.pl"
# wpiszta token z dash.cloudflare.com -> My Profile -> API Tokens
cloudflare_api_token = "CHANGE_ME"
proxied = true
""")

add("helm/values-smtp-password", "deploy/helm/sklep/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 2
image:
  repository: registry.jantar-kartuzy.pl/sklep
  tag: "2026.11.3"
ingress:
  host: sklep.jantar-kartuzy.pl
email:
  host: smtp.zenbox.pl
  port: 587
  user: sklep@jantar-kartuzy.pl
  password: "@@secret@@"
""", words_pw())

add("helm/decoy-existing-secret", "deploy/helm/sklep/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """\
replicaCount: 1
image:
  repository: registry.jantar-kartuzy.pl/sklep
  tag: latest
email:
  host: smtp.zenbox.pl
  port: 587
  existingSecret: sklep-smtp        # klucz "password" w tim Secret
  existingSecretPasswordKey: password
""")

_tok = rand_pw(32)
add("k8s/secret-stringdata-token", "deploy/k8s/allegro-sync-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: allegro-sync
  namespace: jantar
type: Opaque
stringData:
  ALLEGRO_CLIENT_ID: @@cid@@
  ALLEGRO_CLIENT_SECRET: @@secret@@
""", _tok, cid=hexs(32))

add("k8s/decoy-sealed-secret", "deploy/k8s/etsy-sync-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: etsy-sync
  namespace: jantar
spec:
  encryptedData:
    ETSY_KEYSTRING: @@c1@@
    ETSY_SHARED_SECRET: @@c2@@
""", c1="AgB" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", c2="AgC" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

_pw = rand_pw(26)
add("k8s/secret-dockerconfigjson", "deploy/k8s/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: jantar-registry
  namespace: jantar
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _pw, enc=b64('{"auths":{"registry.jantar-kartuzy.pl":{"username":"jantar-pull","password":"' + _pw + '"}}}'))

add("k8s/decoy-external-secret", "deploy/k8s/payu-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payu
  namespace: jantar
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: payu }
  data:
    - secretKey: PAYU_CLIENT_SECRET
      remoteRef: { key: jantar/payu, property: client_secret }
""")

add("powershell/smtp-credential", "narzedzia/Wyslij-Faktury.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
# Wësyłanié fakturów z kòmpùtra w biurze (Windows)
$user = "faktury@jantar-kartuzy.pl"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Get-ChildItem "C:\\Faktury\\do_wyslania\\*.pdf" | ForEach-Object {
    Send-MailMessage -SmtpServer smtp.zenbox.pl -Port 587 -UseSsl -Credential $cred `
        -From $user -To "ksiegowa@biuro-kartuzy.pl" -Subject $_.BaseName -Attachments $_.FullName
}
""", words_pw())

add("powershell/decoy-secret-management", "narzedzia/Wyslij-Raport.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# Hasło z SecretStore (Microsoft.PowerShell.SecretManagement)
$cred = Get-Secret -Name "ZenboxFaktury" -Vault JantarStore
Send-MailMessage -SmtpServer smtp.zenbox.pl -Port 587 -UseSsl -Credential $cred `
    -From "faktury@jantar-kartuzy.pl" -To "ksiegowa@biuro-kartuzy.pl" `
    -Subject "Raport miesięczny" -Attachments "C:\\Raporty\\sprzedaz.xlsx"
""")

# ---------------------------------------------------------------------------------------------
# Back office: Java, C#, Ruby, Rust, client configs
# ---------------------------------------------------------------------------------------------

add("java/properties-db-password", "magazyn/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# Magazyn bùrsztinu sërégò (surowiec) - Spring Boot
spring.datasource.url=jdbc:postgresql://pg.jantar-kartuzy.pl:5432/magazyn
spring.datasource.username=magazyn
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand_pw(20, "!#"))

add("java/decoy-properties-placeholder", "magazyn/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/magazyn
spring.datasource.username=${DB_USER:magazyn}
spring.datasource.password=${DB_PASSWORD}
allegro.client-secret=${ALLEGRO_CLIENT_SECRET:}
server.port=8081
""")

add("java/jdbc-url-password-argument", "magazyn/src/main/java/pl/jantar/magazyn/Import.java", "https://jdbc.postgresql.org/documentation/use/#connecting-to-the-database", """\
package pl.jantar.magazyn;

import java.sql.Connection;
import java.sql.DriverManager;

/** Jednorazowi import z arkusza: stôré wôgi surowcë (gramë). */
public class Import {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://pg.jantar-kartuzy.pl:5432/magazyn", "magazyn", "@@secret@@")) {
            new SheetImporter(c).run(args[0]);
        }
    }
}
""", words_pw())

add("yaml/spring-mail-password", "magazyn/src/main/resources/application-mail.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", """\
spring:
  mail:
    host: smtp.gmail.com
    port: 587
    username: warsztat.jantar@gmail.com
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("csharp/appsettings-connection-string", "kasa/Kasa.Web/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "ConnectionStrings": {
    "Kasa": "Server=tcp:kasa-jantar.database.windows.net,1433;Database=kasa;User ID=kasa_app;Password=@@secret@@;Encrypt=True;"
  },
  "Fiskalizacja": { "Drukarka": "Posnet Thermal XL2", "Port": "COM3" },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""", rand_pw(22))

add("csharp/decoy-user-secrets-id", "kasa/Kasa.Web/Kasa.Web.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <!-- hasła w dotnet user-secrets, nie w appsettings -->
    <UserSecretsId>@@uid@@</UserSecretsId>
    <Nullable>enable</Nullable>
  </PropertyGroup>
</Project>
""", uid=uuid_s())

add("csharp/hardcoded-api-key", "kasa/Kasa.Web/Services/FakturowniaClient.cs", "https://app.fakturownia.pl/api", """\
using System.Net.Http.Json;

namespace Kasa.Web.Services;

// Fakturownia.pl - faktury dlô hurtu (bùrsztinowé wëroby)
public class FakturowniaClient(HttpClient http)
{
    private const string ApiToken = "@@secret@@";
    private const string Domain = "jantar-kartuzy";

    public Task<HttpResponseMessage> Create(object invoice) =>
        http.PostAsJsonAsync($"https://{Domain}.fakturownia.pl/invoices.json", new { api_token = ApiToken, invoice });
}
""", fakes.drawn(_seed(), 20) + "/" + "jantar-kartuzy")

add("csharp/decoy-config-binding", "kasa/Kasa.Web/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/options", """\
var builder = WebApplication.CreateBuilder(args);
// Token Fakturowni z Azure Key Vault (sekret "fakturownia-token")
builder.Configuration.AddAzureKeyVault(new Uri("https://kv-jantar.vault.azure.net/"), new DefaultAzureCredential());
builder.Services.AddHttpClient<FakturowniaClient>();
builder.Services.Configure<FakturowniaOptions>(builder.Configuration.GetSection("Fakturownia"));
var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("ruby/mailgun-api-key", "czarter/newsletter/lib/mailer.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", """\
require 'mailgun-ruby'

# Newsletter czarteru: "Nowi sezón na Zatoce Pùcczi"
MG = Mailgun::Client.new('@@secret@@', 'api.eu.mailgun.net')

def send_season_mail(to)
  MG.send_message('mg.czarter-puck.pl', from: 'Czarter Puck <rejsy@czarter-puck.pl>',
                  to: to, subject: 'Sezon 2027', text: File.read('templates/sezon.txt'))
end
""", mailgun())

add("ruby/decoy-rails-credentials-ref", "czarter/newsletter/config/initializers/mailgun.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Klucz z config/credentials.yml.enc (rails credentials:edit)
Mailgun.configure do |config|
  config.api_key = Rails.application.credentials.dig(:mailgun, :api_key)
  config.api_host = 'api.eu.mailgun.net'
end
""")

add("ruby/decoy-encrypted-credentials", "czarter/newsletter/config/credentials/production.yml.enc.md", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# credentials (produkcjô)

Zaszifrowóny plik (AES-256-GCM); klucz `production.key` je leno na serwerze.

    @@c@@--@@iv@@--@@tag@@

Edicjô: `bin/rails credentials:edit --environment production`
""", c=fakes.drawn(_seed(), 180, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("rust/webhook-discord", "maszyny/alarm/src/main.rs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
use serde_json::json;

// Alarm: temperatura na szlifierce za wësokô (bùrsztin mięknie òd 150 C)
const WEBHOOK: &str = "@@secret@@";

fn alarm(machine: &str, temp: f32) -> Result<(), ureq::Error> {
    ureq::post(WEBHOOK).send_json(json!({
        "content": format!("Ùwôga! {machine}: {temp:.1} C, zatrzëmôj maszinã")
    }))?;
    Ok(())
}
""", discord_webhook())

add("rust/decoy-env-webhook", "maszyny/alarm/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

pub struct Config { pub webhook: String, pub limit_c: f32 }

impl Config {
    pub fn from_env() -> Self {
        Self {
            webhook: env::var("ALARM_WEBHOOK_URL").expect("ALARM_WEBHOOK_URL nie je ùstawiony"),
            limit_c: env::var("LIMIT_C").ok().and_then(|v| v.parse().ok()).unwrap_or(120.0),
        }
    }
}
""")

add("netrc/machine-password", "narzedzia/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine ftp.hurt-bursztyn.pl
  login jantar_kartuzy
  password @@secret@@
machine api.allegro.pl
  login kasia
""", rand_pw(14))

add("pgpass/pgpass-line", "narzedzia/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# host:port:baza:brëkòwnik:hasło
localhost:5432:*:postgres:postgres
pg.jantar-kartuzy.pl:5432:magazyn:magazyn:@@secret@@
pg.czarter-puck.pl:5432:czarter:*:*
localhost:5433:czarter_dev:dev:dev
""", words_pw())

add("git/credentials-store", "narzedzia/dotfiles/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://kasia@bitbucket.org
https://kasia:@@secret@@@github.com
https://jantar-ci@codeberg.org
https://kasia@gitea.warsztat.local
https://bosman@gitea.marina.local
""", fakes.github_token(_seed()))

add("ssh/private-key-openssh", "narzedzia/klucze/deploy_sklep", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh/decoy-public-key", "narzedzia/klucze/deploy_sklep.pub", "https://man.openbsd.org/ssh-keygen", """\
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ deploy@sklep-jantar
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ kasia@warsztat
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ bosman@marina-pi
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ ci@gitlab
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@ kapitan@laptop
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k4=fakes.drawn(_seed(), 43, ALNUM + "+/"), k5=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("ssh/decoy-known-hosts", "narzedzia/dotfiles/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """\
|1|@@a1@@=|@@b1@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
|1|@@a2@@=|@@b2@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
|1|@@a3@@=|@@b3@@= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k3@@=
|1|@@a4@@=|@@b4@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
""", a1=fakes.drawn(_seed(), 27, ALNUM + "+/"), b1=fakes.drawn(_seed(), 27, ALNUM + "+/"), k1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    a2=fakes.drawn(_seed(), 27, ALNUM + "+/"), b2=fakes.drawn(_seed(), 27, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    a3=fakes.drawn(_seed(), 27, ALNUM + "+/"), b3=fakes.drawn(_seed(), 27, ALNUM + "+/"), k3=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    a4=fakes.drawn(_seed(), 27, ALNUM + "+/"), b4=fakes.drawn(_seed(), 27, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("rclone/conf-b2-key", "narzedzia/dotfiles/rclone.conf", "https://rclone.org/b2/", """\
# Kòpie zdjęców wërobów (Backblaze B2)
[zdjecia]
type = b2
account = @@acc@@
key = @@secret@@
hard_delete = false
""", "K005" + fakes.drawn(_seed(), 27), acc="005" + hexs(22))

add("rclone/decoy-obscured-password", "narzedzia/dotfiles/rclone-nas.conf", "https://rclone.org/commands/rclone_obscure/", """\
[nas]
type = sftp
host = nas.warsztat.local
user = kopie
# hasło je "obscured" (rclone obscure), to nie je szifrowanié, ale jidze z vaulta
pass = ${RCLONE_NAS_PASS}
shell_type = unix
""")

# ---------------------------------------------------------------------------------------------
# Scripts, notes, runbooks and logs
# ---------------------------------------------------------------------------------------------

add("shell/curl-bearer", "sync/skrypty/allegro_ceny.sh", "https://developer.allegro.pl/documentation", """\
#!/usr/bin/env bash
# Pòdnieś cenë naszëjników ò 5% (przed Gòdama)
set -euo pipefail
TOKEN="@@secret@@"
for id in $(cat oferty_naszyjniki.txt); do
  curl -s -X PATCH "https://api.allegro.pl/sale/product-offers/$id" \\
    -H "Authorization: Bearer $TOKEN" -H "Accept: application/vnd.allegro.public.v1+json" \\
    -H "Content-Type: application/vnd.allegro.public.v1+json" -d @"ceny/$id.json"
done
""", jwt_like('{"user_name":"' + str(_rng().randint(10**7, 10**8)) + '","scope":["allegro:api:sale:offers:write"],"exp":1797000000}'))

add("shell/heredoc-env-file", "infra/skrypty/bootstrap_marina_pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/sh
# Pierszé ùstôwienié Raspberry Pi w bòsmanatce
apt-get install -y nut mosquitto-clients
cat > /etc/marina/env <<'EOF'
MARINA_API=https://rezerwacje.czarter-puck.pl/api
MARINA_API_KEY=@@secret@@
SHORE_POWER_TOPIC=marina/prad
EOF
chmod 600 /etc/marina/env
systemctl enable --now marina-agent
""", "mk_" + fakes.drawn(_seed(), 40))

add("shell/decoy-heredoc-prompt", "infra/skrypty/bootstrap_warsztat_pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/bin/bash
# Pi przë szlifierkach: hasło MQTT wpisëjesz rãczno
read -rsp "Hasło MQTT dlô szlifierka: " MQTT_PW; echo
cat > /etc/warsztat/env <<EOF
MQTT_HOST=mqtt.warsztat.local
MQTT_USER=szlifierka
MQTT_PASSWORD=${MQTT_PW}
EOF
chmod 600 /etc/warsztat/env
""")

add("markdown/runbook-inline-password", "docs/runbooki/awaria-sklepu.md", "https://www.atlassian.com/incident-management/incident-response/how-to-create-an-incident-response-playbook", """\
# Runbook: sklep nie òdpòwiadô

1. Sprôwdzë `https://sklep.jantar-kartuzy.pl/healthz`.
2. Zalogùj sã na serwer: `ssh deploy@sklep-jantar`.
3. Pòdgląd bazë: `psql "postgresql://jantar:@@secret@@@127.0.0.1:5432/jantar_sklep"`
4. Restart: `sudo systemctl restart gunicorn-sklep`.
5. Jeżlë nic nie pòmògło - dzwòni do Kaszëbë.
""", rand_pw(18))

add("markdown/decoy-runbook-masked", "docs/runbooki/awaria-czarteru.md", "https://www.atlassian.com/incident-management/incident-response/how-to-create-an-incident-response-playbook", """\
# Runbook: rezerwacje czarteru leżą

1. `ssh deploy@czarter-api`
2. Bôza: `psql "postgresql://czarter_app:********@pg.czarter-puck.pl:5432/czarter"`
   (hasło w Bitwarden, „Marina / Postgres czarter”)
3. `docker compose logs -f rezerwacje`
4. Dôj znac na kanale #marina.
""")

add("text/notes-kashubian-etsy", "docs/notatki/etsy-konto.txt", "https://developers.etsy.com/documentation/essentials/authentication", """\
Etsy - kònto JantarKartuzy
--------------------------
Aplikacjô: JantarSync (zaakceptowónô 2026-04-02)
Keystring: @@key@@
Shared secret: @@secret@@
Zôpis: shared secret je leno dlô nas, nie dôwôjta nikòmù!
Callback: https://sklep.jantar-kartuzy.pl/etsy/callback
""", fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits), key=fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("text/decoy-notes-kashubian-ids", "docs/notatki/allegro-konto.txt", "https://developer.allegro.pl/documentation", """\
Allegro - kònto JantarKartuzy
-----------------------------
Seller ID: @@sid@@
Client ID aplikacje: @@cid@@
Client secret: w Bitwarden („Allegro API”), nie tu!
Redirect URI: https://sklep.jantar-kartuzy.pl/allegro/callback
Wôżné do: token òdnôwiô sã sóm co 12 gòdz.
""", sid=str(_rng().randint(10**7, 10**8)), cid=hexs(32))

add("rst/docs-api-key-example-live", "docs/source/integracje/inpost.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", """\
Integracjô InPost
=================

Paczczi z warsztatu jidą przez ShipX. Test òd rãczi:

.. code-block:: bash

   curl -H "Authorization: Bearer @@secret@@" \\
        https://api-shipx-pl.easypack24.net/v1/organizations

Token je wôżny do kùńca 2027.
""", jwt_like('{"iss":"https://login.inpost.pl","org":"' + str(_rng().randint(10000, 99999)) + '","sub":"jantar"}'))

add("rst/decoy-docs-placeholder", "docs/source/integracje/payu.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", """\
Integracjô PayU
===============

Ùstôwta w ``.env``:

.. code-block:: ini

   PAYU_POS_ID=<pos_id z panelu>
   PAYU_CLIENT_SECRET=<client_secret z panelu PayU>
   PAYU_MD5_KEY=<drëdżi klucz (MD5)>

Wôrtnosce nalézesz w panelu PayU, zakładka *Sklepy -> Punkty płatności*.
""")

add("html/admin-page-inline-key", "sklep/templates/panel/mapa_dostaw.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
<!doctype html>
<html lang="pl">
<head><meta charset="utf-8"><title>Mapa dostaw - panel</title></head>
<body>
  <div id="mapa" style="height:480px"></div>
  <script>
    // Geokòdowanié adresów na serwerze (klucz bez ògraniczeniów!)
    const GEOCODE_SERVER_KEY = "@@secret@@";
  </script>
  <script src="/static/panel/mapa.js"></script>
</body>
</html>
""", google_api())

add("html/decoy-publishable-mapbox", "czarter/web/trasy.html", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """\
<!doctype html>
<html lang="pl">
<head><meta charset="utf-8"><title>Trasy rejsów po Zatoce Pùcczi</title>
<script src="https://api.mapbox.com/mapbox-gl-js/v3.8.0/mapbox-gl.js"></script></head>
<body>
  <div id="map"></div>
  <script>
    mapboxgl.accessToken = '@@pk@@';
    new mapboxgl.Map({ container: 'map', center: [18.41, 54.72], zoom: 10 });
  </script>
</body>
</html>
""", pk=mapbox_public())

add("log/app-log-basic-auth", "czarter/logs/sync-marina-2026-11-28.log", "https://datatracker.ietf.org/doc/html/rfc7617", """\
2026-11-28 06:00:01,114 INFO  sync: start (marina Puck, 14 jachtów)
2026-11-28 06:00:01,402 DEBUG http: GET https://marina-puck.pl/api/berths
2026-11-28 06:00:01,403 DEBUG http: headers={'Authorization': 'Basic @@secret@@', 'Accept': 'application/json'}
2026-11-28 06:00:02,881 INFO  sync: 14 miejsc, 3 wòlné
2026-11-28 06:00:02,882 INFO  sync: kùńc
""", b64("czarter-puck:" + words_pw()))

add("log/decoy-log-masked", "czarter/logs/sync-marina-2026-11-29.log", "https://docs.python.org/3/library/logging.html", """\
2026-11-29 06:00:01,091 INFO  sync: start (marina Puck, 14 jachtów)
2026-11-29 06:00:01,377 DEBUG http: GET https://marina-puck.pl/api/berths
2026-11-29 06:00:01,378 DEBUG http: headers={'Authorization': 'Basic ***', 'Accept': 'application/json'}
2026-11-29 06:00:02,604 INFO  sync: 14 miejsc, 2 wòlné
2026-11-29 06:00:02,605 INFO  sync: request_id=@@rid@@ kùńc
""", rid=uuid_s())

add("log/traceback-dsn", "sklep/logs/celery-2026-12-01.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
[2026-12-01 03:12:44,001: ERROR/MainProcess] consumer: Cannot connect to redis://:@@secret@@@redis.jantar.internal:6379/0: Error 111 connecting.
Trying again in 2.00 seconds... (1/100)
[2026-12-01 03:12:46,010: INFO/MainProcess] Connected to redis://:**@redis.jantar.internal:6379/0
[2026-12-01 03:12:46,022: INFO/MainProcess] celery@sklep-jantar ready.
[2026-12-01 03:15:00,000: INFO/MainProcess] Task sync.etsy_stock[7f1c] received
""", fakes.redis_password(_seed()))

_pw = words_pw()
add("python/split-literal-password", "sklep/sklep/hurt_ftp.py", "https://docs.python.org/3/library/ftplib.html", """\
from ftplib import FTP_TLS

# Cenniki òd hurtowni bùrsztinu (Gdańsk), kòżdi pòniédzôłk
HOST = "ftp.hurt-bursztyn.pl"
USER = "jantar_kartuzy"
PASSWORD = ("@@p1@@"
            "@@p2@@")


def pobierz(nazwa: str) -> bytes:
    with FTP_TLS(HOST, USER, PASSWORD) as ftp:
        ftp.prot_p()
        return ftp.retrbinary(f"RETR {nazwa}", open(nazwa, "wb").write)
""", _pw, p1=_pw[:9], p2=_pw[9:])

# ---------------------------------------------------------------------------------------------
# More services of the shop and the charter
# ---------------------------------------------------------------------------------------------

add("php/woocommerce-consumer-secret", "sync/php/woo_stany.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
<?php
require __DIR__ . '/vendor/autoload.php';
use Automattic\\WooCommerce\\Client;

// Stanë magazynowé z warsztatu do stôrégò sklepù Woo
$woo = new Client('https://hurt.jantar-kartuzy.pl', 'ck_@@ck@@', '@@secret@@', ['version' => 'wc/v3']);
foreach (json_decode(file_get_contents('stany.json'), true) as $sku => $qty) {
    $woo->put("products/by-sku/$sku", ['stock_quantity' => $qty]);
}
""", "cs_" + hexs(40), ck=hexs(40))

add("php/decoy-woocommerce-docs-example", "sync/php/README.md", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
# Synchronizacjô stanów (Woo)

Klucze REST API ùtwórz w *WooCommerce -> Ùstôwienia -> Zaawansowóné -> REST API*.
Wpiszta je do `.env` (nie do kòdu):

    WOO_CK=ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
    WOO_CS=cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX

Pùszczanié: `php woo_stany.php`.
""")

add("python/shopify-admin-token", "sync/shopify_eu.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """\
import shopify

# Drëgô witryna (EU, angielskô) na Shopify
SHOP = "jantar-kartuzy-eu.myshopify.com"
TOKEN = "@@secret@@"

session = shopify.Session(SHOP, "2024-10", TOKEN)
shopify.ShopifyResource.activate_session(session)
print(len(shopify.Product.find(limit=250)), "produktów")
""", shopify())

add("python/openai-key-descriptions", "narzedzia/opisy_produktow.py", "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

# Pòmòc w pisanim òpisów (PL/EN/DE) - pòtemù Kasia pòprawiô rãczno
client = OpenAI(api_key="@@secret@@")


def opis(nazwa: str, kamien: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "user", "content": f"Krótki opis: {nazwa}, bursztyn {kamien}, ręcznie szlifowany w Kartuzach"}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/decoy-openai-key-env", "narzedzia/tlumaczenia.py", "https://platform.openai.com/docs/api-reference/authentication", """\
import os

from openai import OpenAI

# Klucz w zmiennej OPENAI_API_KEY (.envrc, direnv)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
JEZYKI = ["pl", "en", "de", "csb"]  # csb = kaszëbsczi
""")

add("yaml/aws-s3-photos", "narzedzia/zdjecia/config.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """\
# Wgrëwanié zdjęców wërobów na S3 (CDN sklepù)
s3:
  bucket: jantar-zdjecia
  region: eu-central-1
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
resize: [400, 1200, 2400]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-aws-docs-example", "narzedzia/zdjecia/config.example.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# Przikład z dokùmentacje AWS (nie dzejô)
s3:
  bucket: jantar-zdjecia
  region: eu-central-1
  access_key_id: AKIAIOSFODNN7EXAMPLE
  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
""")

add("ini/aws-credentials-profile", "narzedzia/dotfiles/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

[jantar-zdjecia]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/cloudinary-url", "czarter/web/.env.local", "https://cloudinary.com/documentation/node_integration#setting_the_cloudinary_url_environment_variable", """\
# lokalny .env (Next.js) - Kaszëba
NEXT_PUBLIC_SITE=https://czarter-puck.pl
NEXT_PUBLIC_DEFAULT_LOCALE=pl
CLOUDINARY_URL=cloudinary://@@k@@:@@secret@@@czarter-puck
REZERWACJE_API=https://rezerwacje.czarter-puck.pl/api
""", fakes.drawn(_seed(), 27, ALNUM + "_-"), k=str(_rng().randint(10**14, 10**15)))

add("env/slack-webhook", "maszyny/alarm/.env", "https://api.slack.com/messaging/webhooks", """\
# Alarmë z maszin na kanôł #warsztat
LIMIT_C=120
SLACK_WEBHOOK_URL=@@secret@@
MQTT_HOST=mqtt.warsztat.local
MQTT_TOPIC=maszyny/+/temp
""", slack_webhook())

add("env/decoy-slack-webhook-example", "maszyny/alarm/.env.example", "https://api.slack.com/messaging/webhooks", """\
# skòpiujta do .env i wklejta swój webhook z api.slack.com/apps
LIMIT_C=120
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
MQTT_HOST=mqtt.warsztat.local
MQTT_TOPIC=maszyny/+/temp
""")

add("json/facebook-page-token", "czarter/social/config.json", "https://developers.facebook.com/docs/pages-api/getting-started", """\
{
  "page_id": "@@pid@@",
  "page_name": "Czarter Puck - jachty na Zatoce",
  "page_access_token": "@@secret@@",
  "instagram_business_id": "@@iid@@",
  "post_language": "pl"
}
""", "EAAG" + fakes.drawn(_seed(), 180), pid=str(_rng().randint(10**14, 10**15)), iid=str(_rng().randint(10**16, 10**17)))

add("python/mailchimp-key", "sklep/sklep/newsletter/mailchimp.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """\
import mailchimp_marketing as MC

client = MC.Client()
# lista "Klienci - bùrsztin" (PL + DE)
client.set_config({"api_key": "@@secret@@", "server": "us21"})
LIST_ID = "@@lid@@"
""", hexs(32) + "-us21", lid=hexs(10))

add("javascript/airtable-pat", "czarter/skrypty/grafik_sternikow.mjs", "https://airtable.com/developers/web/guides/personal-access-tokens", """\
import Airtable from 'airtable';

// Grafik sternikòw na sezón (kto płënie z gòscama)
const base = new Airtable({ apiKey: '@@secret@@' }).base('app@@base@@');

const rows = await base('Sternicy').select({ view: 'Sezon 2027' }).all();
for (const r of rows) console.log(r.get('Imię'), r.get('Patent'), r.get('Dni'));
""", "pat" + fakes.drawn(_seed(), 14) + "." + hexs(64), base=fakes.drawn(_seed(), 14))

add("javascript/decoy-airtable-ids", "czarter/skrypty/tabele.mjs", "https://airtable.com/developers/web/api/introduction", """\
// Identyfikatorë tabel w Airtable (to nie są klucze)
export const BASE_ID = 'app@@b@@';
export const TABLES = {
  sternicy: 'tbl@@t1@@',
  jachty: 'tbl@@t2@@',
  rezerwacje: 'tbl@@t3@@',
};
""", b=fakes.drawn(_seed(), 14), t1=fakes.drawn(_seed(), 14), t2=fakes.drawn(_seed(), 14), t3=fakes.drawn(_seed(), 14))

add("yaml/homeassistant-secrets", "czarter/jacht-mewa/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
# Jacht "Mewa" - Home Assistant na pòkładze (akumùlatorë, zęza)
wifi_ssid: Mewa-Pokład
wifi_password: @@secret@@
latitude_home: 54.7196
longitude_home: 18.4133
""", passphrase())

add("yaml/decoy-homeassistant-secret-ref", "czarter/jacht-mewa/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
homeassistant:
  name: Jacht Mewa
  latitude: !secret latitude_home
  longitude: !secret longitude_home
victron:
  token: !secret vrm_token
notify:
  - platform: telegram
    chat_id: !secret telegram_chat
""")

add("python/victron-vrm-token", "czarter/jacht-mewa/skrypty/vrm_bateria.py", "https://vrm-api-docs.victronenergy.com/#/", """\
import requests

# Stón bateriów na jachtach (Victron VRM)
VRM_TOKEN = "@@secret@@"
SITES = {"Mewa": 184223, "Rybitwa": 184224}

for name, site in SITES.items():
    r = requests.get(f"https://vrmapi.victronenergy.com/v2/installations/{site}/diagnostics",
                     headers={"x-authorization": f"Token {VRM_TOKEN}"}, timeout=15)
    print(name, r.json()["records"][0]["formattedValue"])
""", hexs(64))

_pw = rand_pw(15)
add("xml/filezilla-base64-password", "narzedzia/dotfiles/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.hurt-bursztyn.pl</Host>
            <Port>21</Port>
            <Protocol>4</Protocol>
            <User>jantar_kartuzy</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Name>Hurtownia Gdańsk</Name>
        </Server>
    </Servers>
</FileZilla3>
""", _pw, enc=b64(_pw))

# ---------------------------------------------------------------------------------------------
# Charter operations: booking, marina, boats
# ---------------------------------------------------------------------------------------------

add("go/stripe-webhook-secret", "czarter/platnosci/webhook.go", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
package platnosci

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v81/webhook"
)

const endpointSecret = "@@secret@@"

// Zôliczka za czarter (30%) - Stripe dôwô znac ò płatnoscë
func Handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil { http.Error(w, "zły pòdpis", 400); return }
	markPaid(ev)
}
""", fakes.fake("whsec_", 32, _seed()))

add("go/decoy-stripe-test-fixture", "czarter/platnosci/webhook_test.go", "https://docs.stripe.com/webhooks#test-webhook", """\
package platnosci

import "testing"

// Fake sekret leno dlô testów (generowóny w teście, nie òd Stripe)
const testSecret = "whsec_test_fake_do_not_use"

func TestSignature(t *testing.T) {
	payload := []byte(`{"id":"evt_test","type":"payment_intent.succeeded"}`)
	if !verify(payload, sign(payload, testSecret), testSecret) { t.Fatal("pòdpis") }
}
""")

add("python/telegram-token-split-url", "czarter/bot_py/pogoda_bot.py", "https://core.telegram.org/bots/api#making-requests", """\
import requests

# Stôri bòt w Pythonie (zanim przeszlë na TS) - jesz chòdzy na Pi w marinie
API = ("https://api.telegram.org/bot"
       "@@secret@@")


def send(chat_id: int, text: str) -> None:
    requests.post(f"{API}/sendMessage", json={"chat_id": chat_id, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()))

add("yaml/signalk-server-password", "czarter/jacht-rybitwa/signalk/settings.yml", "https://demo.signalk.org/documentation/", """\
# Signal K na jachce Rybitwa (NMEA 2000 -> wi-fi)
vessel:
  name: Rybitwa
  mmsi: "261@@mmsi@@"
security:
  strategy: "@signalk/sk-simple-token-security"
  admin_user: kapitan
  admin_password: "@@secret@@"
""", words_pw(), mmsi=str(_rng().randint(100000, 999999)))

add("yaml/decoy-mmsi-ais", "czarter/flota.yml", "https://www.itu.int/en/ITU-R/terrestrial/fmd/Pages/mid.aspx", """\
# Flota czarteru (Pùck) - MMSI, znaczi wëwòłôwczé
jachty:
  - { nazwa: Mewa, typ: Antila 27, mmsi: "261@@m1@@", callsign: SPG@@c1@@ }
  - { nazwa: Rybitwa, typ: Phobos 24, mmsi: "261@@m2@@", callsign: SPG@@c2@@ }
  - { nazwa: Szkwał, typ: Tango 780, mmsi: "261@@m3@@", callsign: SPG@@c3@@ }
port_macierzysty: Puck
""", m1=str(_rng().randint(100000, 999999)), m2=str(_rng().randint(100000, 999999)), m3=str(_rng().randint(100000, 999999)),
    c1=str(_rng().randint(1000, 9999)), c2=str(_rng().randint(1000, 9999)), c3=str(_rng().randint(1000, 9999)))

add("csv/crew-list-with-portal-password", "czarter/dokumenty/zaloga_portal.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """\
system,login,haslo,uwagi
portal-marina-puck,czarter-puck,@@secret@@,zgłôszanié jachtów do bòsmana
kapitanat-gdynia,,,(przez ePUAP)
windy.com,kapitan@czarter-puck.pl,(Google login),
booking-portal,,,nie brëkùjemë
""", rand_pw(12, "!$"))

add("csv/decoy-bookings-export", "czarter/dokumenty/rezerwacje_2026.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """\
rezerwacja,jacht,od,do,klient,zaliczka_ref,status
R-2026-0412,Mewa,2026-07-04,2026-07-11,K-0193,pi_@@p1@@,oplacona
R-2026-0413,Rybitwa,2026-07-05,2026-07-07,K-0201,pi_@@p2@@,oplacona
R-2026-0430,Szkwał,2026-07-12,2026-07-19,K-0177,pi_@@p3@@,anulowana
R-2026-0455,Mewa,2026-08-01,2026-08-08,K-0219,pi_@@p4@@,oplacona
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("javascript/json-in-string-credentials", "czarter/api/lib/marinaClient.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse", """\
// Kònfigùracjô portalu marinë (przëszła jakno JSON òd bòsmana, wklejonô tu)
const MARINA = JSON.parse('{"url":"https://marina-puck.pl/api","login":"czarter-puck","apiKey":"@@secret@@"}');

async function berths() {
  const r = await fetch(`${MARINA.url}/berths`, { headers: { 'X-Api-Key': MARINA.apiKey } });
  return r.json();
}
module.exports = { berths };
""", fakes.drawn(_seed(), 32))

add("javascript/decoy-json-in-string-env", "czarter/api/lib/portClient.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse", """\
// Kònfigùracjô z òkrãżégò: PORT_CONFIG='{"url":"...","apiKey":"..."}'
const PORT = JSON.parse(process.env.PORT_CONFIG || '{"url":"https://port.example","apiKey":""}');

async function oplaty() {
  if (!PORT.apiKey) throw new Error('Brakùje PORT_CONFIG.apiKey');
  return (await fetch(`${PORT.url}/fees`, { headers: { 'X-Api-Key': PORT.apiKey } })).json();
}
module.exports = { oplaty };
""")

add("typescript/supabase-service-role", "czarter/web/lib/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from '@supabase/supabase-js';

// Leno na serwerze! (service_role òbchôdô RLS)
export const admin = createClient(
  'https://@@ref@@.supabase.co',
  '@@secret@@',
  { auth: { persistSession: false } },
);
""", jwt_like('{"iss":"supabase","ref":"' + fakes.drawn(_seed(), 20, string.ascii_lowercase) + '","role":"service_role","iat":1730000000,"exp":2045576000}'),
    ref=fakes.drawn(_seed(), 20, string.ascii_lowercase))

add("typescript/decoy-supabase-anon", "czarter/web/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", """\
import { createClient } from '@supabase/supabase-js';

// anon key je pùbliczny (chroni nas RLS)
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);
""")

add("swift/plist-api-key", "czarter/ios/CzarterPuck/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>WindyApiKey</key>
    <string>@@secret@@</string>
    <key>Marina</key>
    <string>Puck</string>
</dict>
</plist>
""", fakes.drawn(_seed(), 32))

add("swift/decoy-xcconfig-variable", "czarter/ios/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Release - klucze wstôwiô CI (Xcode Cloud, zmienné òkrãżégò)
PRODUCT_BUNDLE_IDENTIFIER = pl.czarterpuck.app
WINDY_API_KEY = $(WINDY_API_KEY_FROM_CI)
STRIPE_PUBLISHABLE_KEY = $(STRIPE_PK_FROM_CI)
API_BASE = https:/$()/rezerwacje.czarter-puck.pl/api
""")

add("fastlane/app-store-connect-key", "czarter/ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """\
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: "@@secret@@"
    )
    build_app(scheme: "CzarterPuck")
    upload_to_testflight(api_key: api_key)
  end
end
""", fakes.fake_pem(_seed(), "EC").replace("\n", "\\n"), kid=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), iss=uuid_s())

add("gradle/signing-store-password", "czarter/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
# Pòdpisywanié aplikacje Czarter Pùck (Google Play)
storeFile=../keystore/czarter-release.jks
storePassword=@@secret@@
keyAlias=czarter
keyPassword=@@secret@@
""", rand_pw(16))

add("gradle/decoy-signing-env", "czarter/android/app/signing.gradle", "https://developer.android.com/studio/publish/app-signing#sign-auto", """\
android {
    signingConfigs {
        release {
            storeFile file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword System.getenv("KEYSTORE_PASSWORD")
            keyAlias "czarter"
            keyPassword System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("python/sentry-auth-token", "sklep/scripts/release_sentry.py", "https://docs.sentry.io/api/auth/", """\
import subprocess

# Wëdanié nowi wersje: sourcemapë do Sentry
SENTRY_AUTH_TOKEN = "@@secret@@"
VERSION = subprocess.check_output(["git", "describe", "--tags"]).decode().strip()
subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "releases", "new", VERSION], check=True)
subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "releases", "finalize", VERSION], check=True)
""", "sntrys_" + fakes.drawn(_seed(), 120) + "_" + fakes.drawn(_seed(), 43))

add("python/decoy-sentry-dsn-public", "sklep/sklep/settings/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
import sentry_sdk

# DSN nie je sekretã (Sentry pisze, że mòże bëc w kòdze frontendu)
sentry_sdk.init(
    dsn="https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
    traces_sample_rate=0.1,
    environment="production",
)
""", k=hexs(32), org=str(_rng().randint(10**5, 10**6)), proj=str(_rng().randint(10**6, 10**7)))

add("toml/pypirc-token", "narzedzia/jantar-utils/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject-keyring", "narzedzia/jantar-utils/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """\
[project]
name = "jantar-utils"
version = "0.4.1"
description = "Narzãdza warsztatu: wôgi, cenë, etykietë"
requires-python = ">=3.11"

[tool.uv]
# publikacjô: uv publish --token z keyringu (nigdë w repò)
keyring-provider = "subprocess"
""")

add("json/docker-config-auth", "narzedzia/dotfiles/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.jantar-kartuzy.pl": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
""", b64("jantar-ci:" + rand_pw(24)))

add("json/decoy-docker-creds-store", "narzedzia/dotfiles/docker/config.laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.jantar-kartuzy.pl": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain"
}
""")

add("json/vscode-sftp-password", "sklep/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "Stôri hosting (Woo)",
  "host": "s12.zenbox.pl",
  "protocol": "sftp",
  "port": 22,
  "username": "jantarka",
  "password": "@@secret@@",
  "remotePath": "/public_html/hurt",
  "uploadOnSave": false
}
""", words_pw())

# ---------------------------------------------------------------------------------------------
# Workshop machines and shop floor
# ---------------------------------------------------------------------------------------------

add("python/modbus-plc-password", "maszyny/sterowniki/bebny.py", "https://pymodbus.readthedocs.io/en/latest/", """\
from pymodbus.client import ModbusTcpClient

# Bãbnë do pòlerowaniô bùrsztinu (sterownik Siemens LOGO! z panelã www)
LOGO_HOST = "192.168.20.11"
LOGO_WEB_USER = "admin"
LOGO_WEB_PASSWORD = "@@secret@@"

c = ModbusTcpClient(LOGO_HOST)
print("òbroty bãbna 1:", c.read_holding_registers(0, count=1).registers[0])
""", rand_pw(10))

add("yaml/nodered-credential-secret", "maszyny/node-red/settings.yaml", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """\
# Node-RED w warsztacie (flow: temperatura, òbroty, alarmë)
uiPort: 1880
credentialSecret: "@@secret@@"
adminAuth:
  type: credentials
  users:
    - username: mestrz
      permissions: "*"
""", passphrase())

add("javascript/decoy-nodered-bcrypt", "maszyny/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#usernamepassword-based-authentication", """\
module.exports = {
  uiPort: 1880,
  credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
  adminAuth: {
    type: 'credentials',
    // hasło zahashowóné (node-red admin hash-pw)
    users: [{ username: 'mestrz', password: '$2b$08$@@h@@', permissions: '*' }],
  },
};
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("json/nodered-flows-cred-plain", "maszyny/node-red/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/configuration", """\
{
  "5f1c2a7e.b3d9": {
    "user": "szlifierka",
    "password": "@@secret@@"
  },
  "9a0e44c1.77f2": {}
}
""", fakes.redis_password(_seed()))

add("markdown/decoy-nodered-flows-cred-encrypted", "maszyny/node-red/KOPIA.md", "https://nodered.org/docs/user-guide/runtime/configuration", """\
# Kòpia flow (2026-11-20)

`flows_cred.json` je zaszifrowóny (credentialSecret w env). Zawartosc kòpie:

    {"$":"@@c@@"}

Bez `NODE_RED_CREDENTIAL_SECRET` nie òdczëtôsz.
""", c=hexs(32) + b64(hexs(60)))

add("ini/octoprint-api-key", "maszyny/grawerka/octoprint_config.ini", "https://docs.octoprint.org/en/master/api/general.html#authorization", """\
; Grawerka laserowô (pùdełka na bùrsztin) - OctoPrint + LaserWeb
[api]
enabled = true
key = @@secret@@

[server]
host = 0.0.0.0
port = 5000
""", hexs(32).upper())

add("python/decoy-octoprint-client-env", "maszyny/grawerka/wyslij_projekt.py", "https://docs.octoprint.org/en/master/api/files.html", """\
import os
import requests

URL = "http://grawerka.warsztat.local:5000/api/files/local"
KEY = os.environ.get("OCTOPRINT_API_KEY", "")  # z panelu OctoPrint -> Application Keys

with open("pudelko_logo.gcode", "rb") as f:
    print(requests.post(URL, headers={"X-Api-Key": KEY}, files={"file": f}).status_code)
""")

add("shell/mosquitto-pub-password", "maszyny/skrypty/test_mqtt.sh", "https://mosquitto.org/man/mosquitto_pub-1.html", """\
#!/bin/sh
# Szibki test: czë broker żëje
mosquitto_pub -h mqtt.warsztat.local -p 8883 --capath /etc/ssl/certs \\
  -u polerka -P '@@secret@@' \\
  -t maszyny/polerka/test -m "witôjce z polerczi"
echo "wësłóne"
""", rand_pw(20, "-_"))

add("shell/decoy-mosquitto-env", "maszyny/skrypty/test_mqtt_env.sh", "https://mosquitto.org/man/mosquitto_pub-1.html", """\
#!/bin/sh
# Hasło z pliku env (nie w skripce)
. /etc/warsztat/env
mosquitto_pub -h "$MQTT_HOST" -p 8883 --capath /etc/ssl/certs \\
  -u "$MQTT_USER" -P "$MQTT_PASSWORD" -t maszyny/test -m ping
""")

add("markdown/handover-note-kashubian", "docs/notatki/przekazanie-warsztatu.md", "https://www.markdownguide.org/basic-syntax/", """\
# Przekôzanié warsztatu (Kasia -> Tomk, zëma 2026)

- Szlifierczi 1-3: sprôwdzac wòdã co dzéń.
- Grafana: http://grafana.warsztat.local:3000 (admin / `@@secret@@`)
- Allegro i Etsy: hasła w Bitwarden.
- Dostawa surowcë: pòniédzôłk, hurtownia z Gdańska.

Pò zëmie zmieńta hasło do Grafanë!
""", words_pw())

add("markdown/decoy-handover-hash", "docs/notatki/przekazanie-czarteru.md", "https://www.markdownguide.org/basic-syntax/", """\
# Przekôzanié czarteru na zëmã

- Jachtë na lądze w Pucku, klucze w sejfie bòsmanatczi (kòd znajã leno jô i bòsman).
- Kòpie bazë: `sha256 @@h@@` (ostatnô, 2026-11-30).
- Bitwarden: kòlekcjô „Marina” - wszëtczé hasła.
- Telegram bòt: token w Bitwarden, nie zmieniwac.
""", h=hexs(64))

add("yaml/prometheus-basic-auth", "infra/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: sklep
    scheme: https
    static_configs:
      - targets: ["sklep.jantar-kartuzy.pl"]
    basic_auth:
      username: metrics
      password: @@secret@@
""", rand_pw(28))

add("yaml/decoy-prometheus-password-file", "infra/prometheus/prometheus.czarter.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
scrape_configs:
  - job_name: czarter
    scheme: https
    static_configs:
      - targets: ["rezerwacje.czarter-puck.pl"]
    basic_auth:
      username: metrics
      password_file: /etc/prometheus/secrets/czarter_metrics
""")

add("nginx/htpasswd-plain-note", "infra/nginx/sites/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    server_name grafana.jantar-kartuzy.pl;
    # dostãp: warsztat / @@secret@@  (zmienic pò sezónie)
    auth_basic "Warsztat";
    auth_basic_user_file /etc/nginx/htpasswd-grafana;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""", passphrase())

add("nginx/decoy-htpasswd-hashes", "infra/nginx/htpasswd-grafana", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
warsztat:$apr1$@@s1@@$@@h1@@
kasia:$apr1$@@s2@@$@@h2@@
tomk:$apr1$@@s3@@$@@h3@@
bosman:$apr1$@@s4@@$@@h4@@
kapitan:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=fakes.drawn(_seed(), 8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s5=fakes.drawn(_seed(), 8), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("systemd/environment-password", "infra/systemd/etsy-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """\
[Unit]
Description=Synchronizacjô Etsy <-> sklep (co 15 min)
After=network-online.target

[Service]
Type=oneshot
User=jantar
Environment=ETSY_SHARED_SECRET=@@secret@@
ExecStart=/srv/sklep/venv/bin/python -m sync.etsy
""", fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits))

add("systemd/decoy-environment-file", "infra/systemd/allegro-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=Synchronizacjô Allegro <-> sklep

[Service]
Type=oneshot
User=jantar
EnvironmentFile=/etc/jantar/allegro.env
LoadCredential=allegro_secret:/etc/credstore/allegro_secret
ExecStart=/srv/sklep/venv/bin/python -m sync.allegro
""")

add("cron/crontab-password-arg", "infra/cron/jantar.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow  command
*/15 * * * * /srv/sklep/venv/bin/python -m sync.etsy >> /var/log/jantar/etsy.log 2>&1
0 3 * * * pg_dump "host=127.0.0.1 dbname=jantar_sklep user=jantar password=@@secret@@" | gzip > /backup/sklep-$(date +\\%F).sql.gz
30 3 * * * rclone copy /backup zdjecia:kopie-bazy
0 6 * * 1 /srv/sklep/venv/bin/python -m sklep.hurt_ftp
""", rand_pw(18))

add("cron/decoy-crontab-pgpass", "infra/cron/czarter.crontab", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# Kòpie bazë czarteru (hasło w ~/.pgpass ùżëtkòwnika backup)
0 2 * * * pg_dump -h pg.czarter-puck.pl -U backup czarter | gzip > /backup/czarter-$(date +\\%F).sql.gz
0 4 * * * find /backup -name 'czarter-*.sql.gz' -mtime +30 -delete
*/5 * * * * /srv/czarter/bin/healthcheck.sh
15 6 * * * /srv/czarter/bin/przypomnienia.sh --jutro
""")

# ---------------------------------------------------------------------------------------------
# Package managers, build servers, client tools
# ---------------------------------------------------------------------------------------------

add("env/laravel-app-key", "hurt/.env", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Jantar Hurt"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_URL=https://hurt.jantar-kartuzy.pl
DB_CONNECTION=mysql
DB_DATABASE=jantar_hurt
""", b64(fakes.drawn(_seed(), 32, ALNUM)))

add("env/decoy-laravel-example", "hurt/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Jantar Hurt"
APP_ENV=local
APP_KEY=
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_PASSWORD=
""")

add("json/composer-auth-github", "hurt/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """\
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
""", fakes.github_token(_seed()))

add("json/decoy-composer-lock-hashes", "hurt/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """\
{
    "content-hash": "@@h@@",
    "packages": [
        {"name": "automattic/woocommerce", "version": "3.1.0",
         "dist": {"type": "zip", "shasum": "@@s@@", "reference": "@@r@@"}}
    ],
    "plugin-api-version": "2.6.0"
}
""", h=hexs(32), s=hexs(40), r=hexs(40))

add("ini/pip-conf-index-token", "narzedzia/dotfiles/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
timeout = 30
index-url = https://pypi.org/simple
extra-index-url = https://__token__:@@secret@@@gitlab.com/api/v4/projects/4821/packages/pypi/simple

[install]
require-virtualenv = true
""", gitlab())

add("ruby/gemfile-source-credentials", "czarter/newsletter/Gemfile", "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", """\
source 'https://rubygems.org'

source 'https://jantar:@@secret@@@gems.jantar-kartuzy.pl' do
  gem 'jantar-mailer', '~> 0.3'
end

gem 'mailgun-ruby', '~> 1.2'
gem 'rails', '~> 7.2'
""", rand_pw(22))

add("toml/cargo-credentials", "maszyny/alarm/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# prywatny rejester crate'ów warsztatu
[registries.warsztat]
token = "Bearer @@secret@@"

[net]
git-fetch-with-cli = true
""", fakes.drawn(_seed(), 40))

add("xml/maven-settings-password", "magazyn/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>jantar-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("xml/decoy-maven-settings-env", "magazyn/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>jantar-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/webconfig-connection-string", "kasa/Kasa.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- stôrô kasa (2019), jesz w biurze -->
    <add name="Kasa" connectionString="Data Source=BIURO-PC\\SQLEXPRESS;Initial Catalog=Kasa;User Id=kasa;Password=@@secret@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("xml/decoy-webconfig-integrated", "kasa/Kasa.Legacy/Web.Debug.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kasa" connectionString="Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=Kasa;Integrated Security=True;" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""")

add("csharp/smtp-network-credential", "kasa/Kasa.Legacy/Mail/Paragony.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;
using System.Net.Mail;

// E-paragònë dlô klientów sklepù stacjonarnegò (Kartuzë, rynk)
public static class Paragony
{
    static readonly SmtpClient Smtp = new("smtp.zenbox.pl", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("paragony@jantar-kartuzy.pl", "@@secret@@"),
    };
}
""", rand_pw(16, "!#"))

add("json/postman-environment-token", "sync/postman/Allegro-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@id@@",
  "name": "Allegro prod (Jantar)",
  "values": [
    { "key": "baseUrl", "value": "https://api.allegro.pl", "enabled": true },
    { "key": "accessToken", "value": "@@secret@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", jwt_like('{"user_name":"' + str(_rng().randint(10**7, 10**8)) + '","scope":["allegro:api:orders:read"],"exp":1798000000}'), id=uuid_s())

add("json/decoy-postman-environment-empty", "sync/postman/Allegro-sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@id@@",
  "name": "Allegro sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://api.allegro.pl.allegrosandbox.pl", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("http/rest-client-bearer", "czarter/api/requests/marina.http", "https://github.com/Huachao/vscode-restclient#request-variables", """\
@host = https://rezerwacje.czarter-puck.pl/api
@token = @@secret@@

### Wòlné jachtë na lipc
GET {{host}}/boats/free?from=2027-07-01&to=2027-07-31
Authorization: Bearer {{token}}
""", "czp_" + fakes.drawn(_seed(), 40))

add("http/decoy-rest-client-dotenv", "czarter/api/requests/platnosci.http", "https://github.com/Huachao/vscode-restclient#system-variables", """\
@host = https://rezerwacje.czarter-puck.pl/api
@token = {{$dotenv API_TOKEN}}

### Zôliczczi z òstatnégò tidzénia
GET {{host}}/payments?since=7d
Authorization: Bearer {{token}}
""")

add("shell/history-mysql-password", "woo/notatki/serwer_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
  88  cd /var/www/hurt
  89  mysqldump -u jantar_wp -p'@@secret@@' jantar_woo > /tmp/woo.sql
  90  gzip /tmp/woo.sql
  91  scp /tmp/woo.sql.gz kasia@nas.warsztat.local:/kopie/
  92  rm /tmp/woo.sql.gz
""", words_pw())

add("jenkins/jenkinsfile-curl-basic", "magazyn/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
    agent any
    stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Deploy') {
            steps {
                sh 'curl -u deploy:@@secret@@ -T target/magazyn.jar https://nexus.jantar-kartuzy.pl/repository/releases/'
            }
        }
    }
}
""", rand_pw(20))

add("jenkins/decoy-with-credentials", "sklep/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'curl -u "$U:$P" -T dist/sklep.tar.gz https://nexus.jantar-kartuzy.pl/repository/releases/'
                }
            }
        }
    }
}
""")

add("azure-pipelines/storage-account-key", "kasa/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  STORAGE: "DefaultEndpointsProtocol=https;AccountName=kasajantar;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
steps:
  - script: dotnet publish Kasa.Web -c Release -o out
  - script: az storage blob upload-batch -d releases -s out --connection-string "$(STORAGE)"
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("powershell/azure-devops-pat", "narzedzia/Klonuj-Repo.ps1", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", """\
# Klonowanié repò kasë z Azure DevOps na nowim kòmpùtrze
$pat = "@@secret@@"
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
git -c http.extraHeader="Authorization: Basic $b64" clone https://dev.azure.com/jantar/kasa/_git/kasa
Write-Host "Gòtowé"
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

# ---------------------------------------------------------------------------------------------
# Last round: mixed carriers of both businesses
# ---------------------------------------------------------------------------------------------

add("json/google-oauth-client-secret", "czarter/web/client_secret_kalendarz.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """\
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "czarter-puck",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://czarter-puck.pl/oauth/google"]
  }
}
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-"), cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("go/sftp-password", "czarter/eksport/sftp.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#Password", """\
package eksport

import "golang.org/x/crypto/ssh"

// Lësta załogów do kapitanatu (SFTP ùrzãdu mòrsczégò)
var cfg = &ssh.ClientConfig{
	User:            "czarter_puck",
	Auth:            []ssh.AuthMethod{ssh.Password("@@secret@@")},
	HostKeyCallback: ssh.FixedHostKey(hostKey),
}
""", words_pw())

add("go/redis-url-in-code", "czarter/platnosci/cache.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", """\
package platnosci

import "github.com/redis/go-redis/v9"

// Blokada terminu na 15 minut przë rezerwacji
func newCache() *redis.Client {
	opt, _ := redis.ParseURL("rediss://default:@@secret@@@redis.czarter-puck.pl:6380/1")
	return redis.NewClient(opt)
}
""", fakes.redis_password(_seed()))

add("python/paramiko-inline-key", "czarter/eksport/kapitanat.py", "https://docs.paramiko.org/en/stable/api/keys.html", """\
import io

import paramiko

# Klucz do SFTP kapitanatu (tymczasowò tu, przeniesc do Vaulta!)
KEY = \"\"\"@@secret@@\"\"\"

pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))
t = paramiko.Transport(("sftp.ums.gov.example", 22))
t.connect(username="czarter_puck", pkey=pkey)
""", fakes.fake_pem(_seed(), "RSA"))

add("yaml/ansible-become-password", "infra/ansible/inventory/hosts.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
all:
  children:
    warsztat:
      hosts:
        warsztat-pi-1: { ansible_host: 192.168.20.21 }
        warsztat-pi-2: { ansible_host: 192.168.20.22 }
      vars:
        ansible_user: pi
        ansible_become_password: "@@secret@@"
""", rand_pw(14))

_tok = fakes.telegram_token(_seed())
add("k8s/secret-base64-telegram", "deploy/k8s/czarter-bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: czarter-bot
  namespace: czarter
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
  ADMIN_CHAT_ID: LTEwMDE5ODc2NTQzMjE=
""", _tok, enc=b64(_tok))

add("k8s/decoy-secret-empty-data", "deploy/k8s/czarter-bot-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Szablon: wartoscë wstôwiô `kubectl create secret ... --from-env-file`
apiVersion: v1
kind: Secret
metadata:
  name: czarter-bot
  namespace: czarter
type: Opaque
data: {}
""")

add("makefile/helm-set-password", "deploy/Makefile", "https://helm.sh/docs/helm/helm_upgrade/", """\
NS ?= czarter

deploy-db:
\thelm upgrade --install czarter-db oci://registry-1.docker.io/bitnamicharts/postgresql \\
\t  -n $(NS) --set auth.username=czarter --set auth.password=@@secret@@ \\
\t  --set primary.persistence.size=10Gi

deploy-bot:
\tkubectl -n $(NS) apply -f k8s/czarter-bot-secret.yaml
""", rand_pw(20))

add("yaml/rabbitmq-default-pass", "sklep/docker-compose.workers.yml", "https://hub.docker.com/_/rabbitmq", """\
services:
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: jantar
      RABBITMQ_DEFAULT_PASS: @@secret@@
  worker:
    build: .
    command: celery -A sklep worker -l info
""", passphrase())

add("env/mysql-database-url", "hurt/.env.production", "https://laravel.com/docs/11.x/database#configuration-using-urls", """\
APP_NAME="Jantar Hurt"
APP_ENV=production
APP_DEBUG=false
DB_URL=mysql://hurt_app:@@secret@@@mysql.jantar-kartuzy.pl:3306/jantar_hurt
MAIL_MAILER=log
""", rand_pw(20))

add("markdown/supplier-email-credentials", "docs/notatki/hurtownia-mail.md", "https://www.markdownguide.org/basic-syntax/#blockquotes-1", """\
# Mail òd hurtowni (wklejony 2026-10-14)

> Dzień dobry, w załączeniu dane do nowego portalu B2B:
> adres: https://b2b.hurt-bursztyn.pl
> login: jantar.kartuzy
> hasło tymczasowe: @@secret@@
> Prosimy o zmianę hasła po pierwszym logowaniu.

Zôpis: hasła jesz nie zmieniłë (Kasia)!
""", rand_pw(12))

add("markdown/decoy-supplier-email-reset", "docs/notatki/hurtownia-mail-2.md", "https://www.markdownguide.org/basic-syntax/#blockquotes-1", """\
# Mail òd hurtowni (2026-10-15)

> Hasło zostało zmienione. Kod potwierdzenia operacji: 48-221-907
> W razie pytań: b2b@hurt-bursztyn.pl

Nowé hasło je w Bitwarden („Hurtownia B2B”).
""")

add("ipynb/openai-key-in-source", "analiza/opisy_seo.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@secret@@\\")"]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Òpisë SEO dlô kategorii *naszëjniczi*"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("kotlin/fcm-server-key", "czarter/android/server/src/main/kotlin/pl/czarterpuck/push/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
package pl.czarterpuck.push

// Pòwiadomienia "Twój jacht je gòtowi" (stôri FCM legacy API)
private const val FCM_SERVER_KEY = "AAAA@@a@@:APA91b@@secret@@"

fun send(token: String, body: String) = http.post("https://fcm.googleapis.com/fcm/send") {
    header("Authorization", "key=$FCM_SERVER_KEY")
    setBody(mapOf("to" to token, "notification" to mapOf("title" to "Czarter Puck", "body" to body)))
}
""", fakes.drawn(_seed(), 134, ALNUM + "_-"), a=fakes.drawn(_seed(), 7, ALNUM + "_-"))

add("kotlin/decoy-firebase-google-services", "czarter/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "project_info": { "project_number": "@@pn@@", "project_id": "czarter-puck" },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:@@pn@@:android:@@app@@",
                     "android_client_info": { "package_name": "pl.czarterpuck" } },
    "api_key": [{ "current_key": "AIzaSy-REPLACED-BY-CI-FROM-FIREBASE-CONSOLE" }]
  }]
}
""", pn=str(_rng().randint(10**11, 10**12)), app=hexs(16))

add("sql/dblink-password", "magazyn/sql/raport_sprzedazy.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """\
-- Raport: surowiec (magazyn) vs sprzedôż (sklep)
SELECT m.sku, m.waga_g, s.sprzedane
FROM magazyn.stan m
JOIN dblink('host=pg.jantar-kartuzy.pl dbname=jantar_sklep user=raporty password=@@secret@@',
            'SELECT sku, sum(qty) FROM orders_item GROUP BY sku') AS s(sku text, sprzedane int)
  ON s.sku = m.sku;
""", words_pw())

add("ini/odbc-password", "kasa/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[Kasa]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:kasa-jantar.database.windows.net,1433
Database = kasa
UID = raporty
PWD = @@secret@@
""", rand_pw(18, "!#"))

add("pem/decoy-certificate", "infra/nginx/certs/sklep.jantar-kartuzy.pl.crt", "https://datatracker.ietf.org/doc/html/rfc7468#section-5", """\
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("pem/private-key-tls", "infra/nginx/certs/czarter-puck.pl.key", "https://datatracker.ietf.org/doc/html/rfc7468#section-10", """\
@@secret@@
""", fakes.fake_pem(_seed(), "EC"))

add("yaml/decoy-cert-manager", "deploy/k8s/czarter-certificate.yaml", "https://cert-manager.io/docs/usage/certificate/", """\
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: czarter-puck-pl
  namespace: czarter
spec:
  secretName: czarter-puck-pl-tls   # klucz generuje cert-manager, nie mô gò w repò
  dnsNames: [czarter-puck.pl, www.czarter-puck.pl]
  issuerRef: { name: letsencrypt, kind: ClusterIssuer }
""")

add("text/decoy-jwt-io-example", "docs/notatki/jwt-jak-dziala.txt", "https://jwt.io/introduction", """\
JWT - jak to dzejô (notatka dlô Tomka)
Przikład z jwt.io (pùbliczny, nie nasz):
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QQT4fwpMeJf36POk6yJV_adQssw5c
Pòdpis sprôwdzôsz sekretã "your-256-bit-secret" - w naszim API sekret je w Vaulce.
Trzë dzélë: nagłówk.dane.pòdpis
""")

add("python/decoy-test-fixture-fake", "sklep/tests/test_payu.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Fake dane do testów (PayU nie je wòłóné, requests_mock)
FAKE_SECRET = "test-secret-not-real"


@pytest.fixture
def payu_env(monkeypatch):
    monkeypatch.setenv("PAYU_CLIENT_SECRET", FAKE_SECRET)
    monkeypatch.setenv("PAYU_POS_ID", "000000")
""")

add("php/sendgrid-key-array", "woo/wp-content/mu-plugins/jantar-mail.php", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-php-code-example", """\
<?php
// Maile zamówień hurtowich przez SendGrid (nie przez hosting)
return [
    'transport' => 'sendgrid',
    'sendgrid'  => ['api_key' => '@@secret@@', 'from' => 'hurt@jantar-kartuzy.pl'],
    'bcc'       => 'kasia@jantar-kartuzy.pl',
];
""", sendgrid())

add("lua/openresty-api-key", "infra/nginx/lua/allegro_proxy.lua", "https://github.com/openresty/lua-nginx-module#ngxreqset_header", """\
-- Proxy do API Allegro dlô starszich skriptów (dodôwô nagłówk)
local token = "@@secret@@"
ngx.req.set_header("Authorization", "Bearer " .. token)
ngx.req.set_header("Accept", "application/vnd.allegro.public.v1+json")
return ngx.exec("@allegro_upstream")
""", jwt_like('{"user_name":"' + str(_rng().randint(10**7, 10**8)) + '","scope":["allegro:api:sale:settings:read"],"exp":1799000000}'))

add("yaml/bitbucket-pipelines-ftp", "woo/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Wgrëwanié motywù na hosting
          script:
            - lftp -u jantarka,@@secret@@ -e "mirror -R theme/ /public_html/hurt/wp-content/themes/jantar; quit" s12.zenbox.pl
""", words_pw())

add("python/dict-kwargs-smtp", "czarter/powiadomienia/mail.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\
import smtplib
from email.message import EmailMessage

SMTP = dict(host="smtp.zenbox.pl", port=465, user="rejsy@czarter-puck.pl", password="@@secret@@")


def wyslij(do: str, temat: str, tresc: str) -> None:
    m = EmailMessage(); m["From"] = SMTP["user"]; m["To"] = do; m["Subject"] = temat; m.set_content(tresc)
    with smtplib.SMTP_SSL(SMTP["host"], SMTP["port"]) as s:
        s.login(SMTP["user"], SMTP["password"]); s.send_message(m)
""", rand_pw(16, "!$"))

add("env/gitlab-runner-token", "infra/gitlab-runner/.env", "https://docs.gitlab.com/runner/register/", """\
# Runner na NAS-u w warsztacie
CI_SERVER_URL=https://gitlab.com
RUNNER_NAME=warsztat-nas
RUNNER_TOKEN=glrt-@@secret@@
RUNNER_EXECUTOR=docker
""", fakes.drawn(_seed(), 20, ALNUM + "_-"))
