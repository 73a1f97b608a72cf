"""Blind set MQ: a yurt-stay tourism company at Song-Kol lake and a kumis dairy co-operative (Kyrgyzstan).

Booking sites and Telegram bots for the yurt camps, horse-trek schedules, payment links (local banks,
Stripe, PayPal), SMS gateways, the co-operative's milk-collection and bottling apps, their CI, infra
and notes, written partly in Kyrgyz and Russian, and their decoys. Generated fakes only
(seeds 7500000-7509999).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 7500000, 7509999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kymyz", "Tulpar", "Bozui", "Jailoo", "Songkol", "Ala", "Archa", "Kalpak", "Komuz", "Naryn",
         "Shyrdak", "Kerege", "Tunduk", "Saimaluu", "Manas", "Kozu"]
LOWER = ["jailoo", "tulpar", "kymyz", "archa", "kerege", "tunduk", "kalpak", "komuz", "shyrdak", "boorsok"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def sha256ish() -> str:
    return hashlib.sha256(str(_seed()).encode()).hexdigest()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def tg_token() -> str:
    return fakes.telegram_token(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind).replace("  PRIVATE", " PRIVATE")


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mapbox_public() -> str:
    return "pk.eyJ1Ijoic29uZ2tvbC10b3VycyIsImEiOiJ" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22)


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoic29uZ2tvbC10b3VycyIsImEiOiJ" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def dd_key() -> str:
    return hexs(32)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    assert category.startswith("blind-mq/")
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


PYDOC = "https://docs.python.org/3/"
TGDOC = "https://core.telegram.org/bots/api"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOTENV = "https://github.com/motdotla/dotenv#readme"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/user_guide/playbooks_intro.html"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/rst.html"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/"
LARAVEL = "https://laravel.com/docs/configuration"
RAILS = "https://guides.rubyonrails.org/configuring.html"
GODOC = "https://pkg.go.dev/database/sql"
NODE = "https://nodejs.org/api/process.html#processenv"
PS = "https://learn.microsoft.com/en-us/powershell/"
BASH = "https://www.gnu.org/software/bash/manual/bash.html"
SQLDOC = "https://www.postgresql.org/docs/current/sql-createrole.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOCKER = "https://docs.docker.com/engine/reference/builder/"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
STRIPE = "https://stripe.com/docs/keys"
NGINX = "https://nginx.org/en/docs/"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
SSH = "https://man.openbsd.org/ssh-keygen"
AWSCLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
RUST = "https://docs.rs/config/latest/config/"
SWIFT = "https://developer.apple.com/documentation/foundation/bundle"
KOTLIN = "https://kotlinlang.org/docs/home.html"
PHPDOC = "https://www.php.net/manual/en/pdo.construct.php"
CSVDOC = "https://www.rfc-editor.org/rfc/rfc4180"
HTMLDOC = "https://html.spec.whatwg.org/"
XMLDOC = "https://www.w3.org/TR/xml/"
INIDOC = "https://docs.python.org/3/library/configparser.html"
TOMLDOC = "https://toml.io/en/v1.0.0"
LOGDOC = "https://docs.python.org/3/library/logging.html"
GRAFANA = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/"
SENDGRID = "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started"
TWILIO = "https://www.twilio.com/docs/usage/secure-credentials"
SLACK = "https://api.slack.com/messaging/webhooks"
DISCORD = "https://discord.com/developers/docs/resources/webhook"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
GOOGLE = "https://developers.google.com/maps/documentation/javascript/get-api-key"
MAPBOX = "https://docs.mapbox.com/help/getting-started/access-tokens/"

# ---------------------------------------------------------------- booking site and Telegram bot

add("blind-mq/python/telegram-bot-token", "songkol_bot/settings.py", TGDOC, """\
# Сон-Көл боз үй брондоо боту
# Бот: @songkol_yurt_bot
import os

BOT_TOKEN = "@@s@@"
ADMIN_CHAT_ID = -1001874420193
CAMPS = ["Batai-Aral", "Kara-Kiche", "Jaichy"]
DEFAULT_LANG = os.getenv("BOT_LANG", "ky")
""", tg_token())

add("blind-mq/python/decoy-env-reference", "songkol_bot/settings_prod.py", TGDOC, """\
# Продакшн жөндөөлөрү: токен Vault'тан келет, бул жерде жок
import os

BOT_TOKEN = os.environ["SONGKOL_BOT_TOKEN"]
ADMIN_CHAT_ID = int(os.environ.get("ADMIN_CHAT_ID", "-1001874420193"))
WEBHOOK_URL = "https://book.songkol-yurts.kg/tg/webhook"
CAMPS = ["Batai-Aral", "Kara-Kiche", "Jaichy"]
""")

add("blind-mq/env/stripe-secret-key", "booking-web/.env", DOTENV, """\
# booking-web — Song-Kol Yurt Stays
APP_URL=https://book.songkol-yurts.kg
DEFAULT_CURRENCY=KGS
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@s@@
SEASON_OPENS=2027-06-10
SEASON_CLOSES=2027-09-15
""", stripe_key(), pk=stripe_key("pk_live_"))

add("blind-mq/env/decoy-placeholder", "booking-web/.env.example", DOTENV, """\
# Көчүрүп .env кылып, маанилерди толтуруңуз (copy to .env and fill in)
APP_URL=http://localhost:3000
DEFAULT_CURRENCY=KGS
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=<бот токени>
DATABASE_URL=postgres://songkol:CHANGE_ME@localhost:5432/booking
""")

add("blind-mq/js/stripe-secret-key", "booking-web/src/payments/stripe.js", STRIPE, """\
// Төлөм: Stripe checkout for foreign tourists (USD/EUR)
const Stripe = require('stripe');

// TODO: move to env before the season starts
const stripe = Stripe('@@s@@', { apiVersion: '2023-10-16' });

async function createCheckout(booking) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: booking.priceId, quantity: booking.nights }],
    success_url: 'https://book.songkol-yurts.kg/thanks?b=' + booking.id,
    cancel_url: 'https://book.songkol-yurts.kg/yurts',
  });
}

module.exports = { createCheckout };
""", stripe_key())

add("blind-mq/ts/decoy-publishable-key", "booking-web/src/payments/client.ts", STRIPE, """\
// Браузерде иштейт — publishable key гана (жашыруун эмес)
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('@@pk@@');

export const CAMP_LABELS: Record<string, string> = {
  'batai-aral': 'Батай-Арал',
  'kara-kiche': 'Кара-Кече',
};
""", pk=stripe_key("pk_live_"))

add("blind-mq/yaml/database-password", "booking-web/config/database.yml", RAILS, """\
# Брондоо базасы
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: db.songkol-yurts.internal
  database: booking_production
  username: booking
  password: "@@s@@"
""", words_pw())

add("blind-mq/yaml/decoy-erb-env", "booking-web/config/database.production.yml", RAILS, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  database: booking_production
  username: booking
  password: <%= ENV["BOOKING_DATABASE_PASSWORD"] %>
""")

add("blind-mq/go/sms-gateway-password", "sms-notify/internal/nikita/client.go", GODOC, """\
package nikita

// SMS шлюзу: брондоо ырастоосу жана кымыз заказы
// Nikita.kg XML API, login + password in the request body.

import "net/http"

const (
	endpoint = "https://smspro.nikita.kg/api/message"
	login    = "songkol_yurts"
	password = "@@s@@"
	sender   = "SONGKOL"
)

type Client struct {
	HTTP *http.Client
}
""", rand_pw(16))

add("blind-mq/go/decoy-flag-default", "sms-notify/cmd/notify/main.go", GODOC, """\
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	login := flag.String("login", "songkol_yurts", "Nikita.kg login")
	pass := flag.String("password", os.Getenv("NIKITA_PASSWORD"), "Nikita.kg password (env NIKITA_PASSWORD)")
	flag.Parse()
	if *pass == "" {
		log.Fatal("сырсөз жок: NIKITA_PASSWORD коюңуз")
	}
	log.Printf("sending as %s", *login)
}
""")

_dbpw = words_pw()
add("blind-mq/k8s-secret/database-password", "deploy/k8s/booking-db-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: songkol
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@pw@@
""", _dbpw, u=b64("booking"), pw=b64(_dbpw))

add("blind-mq/k8s-secret/decoy-sealed", "deploy/k8s/booking-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: songkol
spec:
  encryptedData:
    POSTGRES_USER: @@c1@@
    POSTGRES_PASSWORD: @@c2@@
""", c1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", c2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-mq/compose/database-password", "docker-compose.yml", COMPOSE, """\
# Сон-Көл брондоо — жергиликтүү жана сервер
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: booking
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: ./booking-web
    ports: ["3000:3000"]
    depends_on: [db]
volumes:
  pgdata:
""", rand_pw(22))

add("blind-mq/compose/decoy-secret-file", "docker-compose.prod.yml", COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: booking
      POSTGRES_USER: booking
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("blind-mq/markdown/telegram-bot-token", "docs/bot-runbook.md", MD, """\
# Брондоо боту — runbook

## Ботту кайра иштетүү
1. `ssh deploy@bot.songkol-yurts.kg`
2. `sudo systemctl restart songkol-bot`

## Токен
Эгер BotFather'ден жаңы токен алсак, `/etc/songkol-bot.env` ичинде алмаштыргыла.
Учурдагы токен (Азамат 2027-05-02 койду): `@@s@@`

## Байланыш
Азамат — +996 555 000 111
""", tg_token())

add("blind-mq/markdown/decoy-redacted", "docs/bot-incident-2027-06.md", MD, """\
# Инцидент: бот токени GitHub'ка чыгып кетти (2027-06-14)

- 09:12 — GitHub secret scanning кабарлады.
- 09:20 — BotFather аркылуу /revoke жасалды; эски токен `6081****:AA****…` жараксыз.
- 09:31 — жаңы токен Vault'ка гана коюлду (`secret/songkol/bot`).
- Сабак: `.env` файлдарын `.gitignore`'го кошуу.
""")

add("blind-mq/shell/sms-gateway-password", "scripts/send_test_sms.sh", BASH, r"""#!/usr/bin/env bash
# Тест SMS: брондоо ырастоосун текшерүү
set -euo pipefail
PHONE="${1:-996555000111}"
curl -s -X POST https://smspro.nikita.kg/api/message \
  -H 'Content-Type: application/xml' \
  -d "<message><login>songkol_yurts</login><pwd>@@s@@</pwd><id>t$(date +%s)</id><sender>SONGKOL</sender><text>Test: Batai-Aral 2 tun</text><phones><phone>${PHONE}</phone></phones></message>"
echo
""", rand_pw(14))

add("blind-mq/shell/decoy-prompt", "scripts/send_sms.sh", BASH, r"""#!/usr/bin/env bash
# SMS жөнөтүү — сырсөздү клавиатурадан киргизиңиз
set -euo pipefail
read -rsp "Nikita.kg сырсөзү: " NIKITA_PASSWORD; echo
PHONE="$1"; TEXT="$2"
curl -s -X POST https://smspro.nikita.kg/api/message \
  -H 'Content-Type: application/xml' \
  -d "<message><login>songkol_yurts</login><pwd>${NIKITA_PASSWORD}</pwd><sender>SONGKOL</sender><text>${TEXT}</text><phones><phone>${PHONE}</phone></phones></message>"
""")

add("blind-mq/json/google-maps-key", "booking-web/public/config.json", GOOGLE, """\
{
  "siteName": "Song-Kol Yurt Stays",
  "mapCenter": { "lat": 41.83, "lng": 75.12 },
  "zoom": 11,
  "googleMapsServerKey": "@@s@@",
  "geocodeRegion": "kg",
  "camps": ["batai-aral", "kara-kiche", "jaichy"]
}
""", google_key())

add("blind-mq/html/decoy-mapbox-public", "booking-web/public/map.html", MAPBOX, """\
<!doctype html>
<html lang="ky">
<head>
  <meta charset="utf-8">
  <title>Сон-Көл боз үйлөрү — карта</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.0.1/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height:480px"></div>
  <script>
    // Коомдук (public) токен, URL менен чектелген
    mapboxgl.accessToken = '@@pk@@';
    new mapboxgl.Map({ container: 'map', center: [75.12, 41.83], zoom: 10 });
  </script>
</body>
</html>
""", pk=mapbox_public())

add("blind-mq/python/mapbox-secret-token", "tools/upload_tracks.py", MAPBOX, """\
\"\"\"Жылкы маршруттарын (GPX) Mapbox Tilesets'ке жүктөө.\"\"\"
import requests

MAPBOX_USER = "songkol-tours"
MAPBOX_TOKEN = "@@s@@"  # tilesets:write


def upload(path: str, tileset: str) -> None:
    creds = requests.post(
        f"https://api.mapbox.com/uploads/v1/{MAPBOX_USER}/credentials",
        params={"access_token": MAPBOX_TOKEN},
    ).json()
    print("S3 bucket:", creds["bucket"], "->", tileset, path)
""", mapbox_secret())

add("blind-mq/yaml/sendgrid-key", "booking-web/config/mailer.yml", SENDGRID, """\
# Брондоо каттары (ырастоо, эскертүү)
production:
  delivery_method: smtp
  smtp:
    address: smtp.sendgrid.net
    port: 587
    user_name: apikey
    password: @@s@@
    domain: songkol-yurts.kg
  from: "Song-Kol Yurt Stays <booking@songkol-yurts.kg>"
""", sendgrid_key())

add("blind-mq/php/database-password", "kymyz-coop/config/db.php", PHPDOC, """\
<?php
// Кымыз кооперативи — сүт чогултуу базасы
// Ээси: Суусамыр-Кочкор кооперативи
return [
    'dsn' => 'mysql:host=127.0.0.1;dbname=kymyz_coop;charset=utf8mb4',
    'username' => 'coop_app',
    'password' => '@@s@@',
    'options' => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""", words_pw())

add("blind-mq/php/decoy-getenv", "kymyz-coop/config/db.prod.php", PHPDOC, """\
<?php
// Продакшн: сырсөз серверде гана, .env аркылуу
return [
    'dsn' => getenv('COOP_DB_DSN') ?: 'mysql:host=db;dbname=kymyz_coop;charset=utf8mb4',
    'username' => getenv('COOP_DB_USER') ?: 'coop_app',
    'password' => getenv('COOP_DB_PASSWORD'),
    'options' => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""")

add("blind-mq/env/laravel-app-key", "kymyz-coop/.env", LARAVEL, """\
APP_NAME="Kymyz Coop"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_URL=https://coop.kymyz.kg
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=kymyz_coop
DB_USERNAME=coop_app
""", b64(rand_pw(32))[:44])

add("blind-mq/env/decoy-empty", "kymyz-coop/.env.testing", LARAVEL, """\
APP_NAME="Kymyz Coop (test)"
APP_ENV=testing
APP_KEY=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
SMS_PASSWORD=
""")

add("blind-mq/sql/database-password", "kymyz-coop/db/002_roles.sql", SQLDOC, """\
-- Кымыз кооперативи: ролдор
-- Отчеттор үчүн окуу гана укугу бар колдонуучу
CREATE ROLE coop_reports WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE kymyz_coop TO coop_reports;
GRANT USAGE ON SCHEMA public TO coop_reports;
GRANT SELECT ON milk_deliveries, members, bottling_batches TO coop_reports;
""", words_pw())

add("blind-mq/sql/decoy-psql-variable", "kymyz-coop/db/003_roles_prod.sql", SQLDOC, """\
-- Колдонуу: psql -v reports_pw="$COOP_REPORTS_PW" -f 003_roles_prod.sql
\\set ON_ERROR_STOP on
CREATE ROLE coop_reports WITH LOGIN PASSWORD :'reports_pw';
GRANT CONNECT ON DATABASE kymyz_coop TO coop_reports;
GRANT SELECT ON milk_deliveries, members, bottling_batches TO coop_reports;
""")

add("blind-mq/csv/decoy-checksums", "kymyz-coop/exports/deliveries-2027-07.csv", CSVDOC, """\
date,member_id,farm,liters,fat_pct,batch_sha256
2027-07-01,M-0142,Kara-Kiche,38.5,1.9,@@h1@@
2027-07-01,M-0217,Jaichy,22.0,2.1,@@h2@@
2027-07-02,M-0142,Kara-Kiche,41.0,1.8,@@h3@@
2027-07-02,M-0309,Batai-Aral,17.5,2.0,@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("blind-mq/csv/user-passwords", "kymyz-coop/exports/tablet-logins.csv", CSVDOC, """\
# Сүт чогултуучулардын планшет логиндери — басып чыгарып, анан өчүргүлө
collector,village,tablet,login,password
Айгүл Ж.,Кочкор,TAB-03,aigul.j,@@s@@
Бакыт М.,Сон-Көл,TAB-05,bakyt.m,(жаңы планшет — кийин)
Нурлан К.,Жумгал,TAB-07,nurlan.k,(Бакыттын планшети менен)
Чолпон А.,Кочкор,TAB-08,cholpon.a,(өргүүдө)
""", passphrase())

add("blind-mq/kotlin/api-key", "kymyz-app/app/src/main/java/kg/kymyz/coop/Config.kt", KOTLIN, """\
package kg.kymyz.coop

// Сүт чогултуу колдонмосу — сервердин дареги
object Config {
    const val BASE_URL = "https://coop.kymyz.kg/api/v1/"
    const val SENTRY_ENV = "production"
    // Backend API ачкычы (сервердин .env ичиндеги COOP_API_KEY)
    const val API_KEY = "@@s@@"
    const val SYNC_INTERVAL_MIN = 30L
}
""", "coop_live_" + fakes.drawn_mixed(_seed(), 32))

add("blind-mq/kotlin/decoy-buildconfig", "kymyz-app/app/src/main/java/kg/kymyz/coop/ApiModule.kt", KOTLIN, """\
package kg.kymyz.coop

import okhttp3.Interceptor

// Ачкыч gradle.properties'тен (local, коммиттелбейт) BuildConfig аркылуу келет
val authInterceptor = Interceptor { chain ->
    val req = chain.request().newBuilder()
        .header("X-Api-Key", BuildConfig.COOP_API_KEY)
        .build()
    chain.proceed(req)
}
""")

add("blind-mq/gradle/signing-password", "kymyz-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Релиз кол тамгасы
KYMYZ_STORE_FILE=../keys/kymyz-release.jks
KYMYZ_KEY_ALIAS=kymyz
KYMYZ_STORE_PASSWORD=@@s@@
KYMYZ_KEY_PASSWORD=@@s@@
""", words_pw())

add("blind-mq/github-actions/decoy-secrets-context", ".github/workflows/android-release.yml", GHA, """\
name: android-release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Decode keystore
        run: echo "${{ secrets.KYMYZ_KEYSTORE_B64 }}" | base64 -d > keys/kymyz-release.jks
      - name: Build
        env:
          KYMYZ_STORE_PASSWORD: ${{ secrets.KYMYZ_STORE_PASSWORD }}
          KYMYZ_KEY_PASSWORD: ${{ secrets.KYMYZ_KEY_PASSWORD }}
        run: ./gradlew assembleRelease
""")

add("blind-mq/github-actions/slack-webhook", ".github/workflows/deploy-booking.yml", GHA, """\
name: deploy-booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Notify #songkol-ops
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"booking deploy: ${{ job.status }}"}' \\
            @@s@@
""", slack_webhook())

add("blind-mq/gitlab-ci/decoy-masked-variable", ".gitlab-ci.yml", GLCI, """\
stages: [test, deploy]

variables:
  POSTGRES_DB: kymyz_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ""   # сервис контейнери, trust auth

test:
  stage: test
  image: php:8.3
  services: [mysql:8]
  script:
    - composer install
    - php artisan test

deploy:
  stage: deploy
  script:
    - ssh deploy@coop.kymyz.kg "cd app && git pull && php artisan migrate --force"
  # DEPLOY_SSH_KEY — Settings > CI/CD > Variables (masked, protected)
""")

add("blind-mq/terraform/aws-secret-key", "infra/terraform/provider.tf", TF, """\
# Сон-Көл — сүрөттөр жана камдык көчүрмөлөр үчүн S3
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "photos" {
  bucket = "songkol-yurts-photos"
}
""", aws_secret(), kid=aws_id())

add("blind-mq/terraform/decoy-variable", "infra/terraform/variables.tf", TF, """\
variable "db_password" {
  description = "Брондоо базасынын сырсөзү (TF_VAR_db_password аркылуу берилет)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "eu-central-1"
}
""")

add("blind-mq/ini/aws-credentials", "infra/aws-credentials.ini", AWSCLI, """\
; Бекап скрипти үчүн — ~/.aws/credentials ичине көчүргүлө
[songkol-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = eu-central-1
""", aws_secret(), kid=aws_id())

add("blind-mq/ini/decoy-aws-example", "infra/aws-credentials.example.ini", AWSCLI, """\
; Мисал — AWS документациясындагы үлгү маанилер, чыныгы эмес
[songkol-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
""")

# ---------------------------------------------------------------- kumis co-operative: apps and ops

add("blind-mq/python/database-url", "kymyz-coop/analytics/milk_report.py", "https://docs.sqlalchemy.org/en/20/core/engines.html", """\
\"\"\"Айлык сүт отчету: ар бир мүчөнүн литрлери жана төлөмү.\"\"\"
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("mysql+pymysql://coop_reports:@@s@@@db.kymyz.kg:3306/kymyz_coop")

df = pd.read_sql("SELECT member_id, SUM(liters) AS l FROM milk_deliveries GROUP BY member_id", engine)
df["som"] = df["l"] * 42  # 1 литр бээ сүтү = 42 сом (2027)
df.to_excel("milk_report.xlsx", index=False)
""", rand_pw(18))

add("blind-mq/python/decoy-sqlalchemy-url-env", "kymyz-coop/analytics/weekly.py", "https://docs.sqlalchemy.org/en/20/core/engines.html", """\
import os

import pandas as pd
from sqlalchemy import create_engine

# Сырсөз COOP_DB_URL ичинде, ноутбукта direnv аркылуу
engine = create_engine(os.environ["COOP_DB_URL"])
df = pd.read_sql("SELECT * FROM bottling_batches WHERE week = %(w)s", engine, params={"w": 27})
print(df.head())
""")

add("blind-mq/notebook/database-password", "kymyz-coop/analytics/fat_content.ipynb", JUPYTER, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Кымыздын майлуулугу — жайлоолор боюнча"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pymysql\\n",
    "conn = pymysql.connect(host='db.kymyz.kg', user='coop_reports',\\n",
    "                       password='@@s@@', database='kymyz_coop')\\n",
    "cur = conn.cursor()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("blind-mq/notebook/decoy-getpass", "kymyz-coop/analytics/prices.ipynb", JUPYTER, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import pymysql\\n",
    "conn = pymysql.connect(host='db.kymyz.kg', user='coop_reports',\\n",
    "                       password=getpass('Сырсөз: '), database='kymyz_coop')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mq/csharp/connection-string", "kymyz-bottling/appsettings.json", DOTNET, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Bottling": "Server=10.20.0.5;Database=KymyzBottling;User Id=bottling_svc;Password=@@s@@;TrustServerCertificate=True"
  },
  "Line": { "Name": "Кочкор цехи", "BottlesPerCrate": 12 },
  "AllowedHosts": "*"
}
""", words_pw())

add("blind-mq/csharp/decoy-user-secrets", "kymyz-bottling/appsettings.Development.json", DOTNET, """\
{
  "ConnectionStrings": {
    "Bottling": "Server=(localdb)\\\\MSSQLLocalDB;Database=KymyzBottling;Trusted_Connection=True"
  },
  "Line": { "Name": "dev", "BottlesPerCrate": 12 },
  "_comment": "Prod сырсөз: dotnet user-secrets set ConnectionStrings:Bottling ..."
}
""")

add("blind-mq/csharp/smtp-password", "kymyz-bottling/Services/LabelMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

namespace Kymyz.Bottling.Services;

// Этикетка партиясын лабораторияга жөнөтүү
public class LabelMailer
{
    private readonly SmtpClient _smtp = new("smtp.yandex.ru", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("lab@kymyz.kg", "@@s@@"),
    };

    public void Send(string batch) =>
        _smtp.Send("lab@kymyz.kg", "qc@kymyz.kg", $"Партия {batch}", "Тиркемеде этикетка.");
}
""", rand_pw(16))

add("blind-mq/powershell/sql-password", "kymyz-bottling/ops/Backup-Bottling.ps1", PS, """\
# Түнкү камдык көчүрмө — Кочкор цехи
$server   = "10.20.0.5"
$database = "KymyzBottling"
$user     = "backup_svc"
$password = "@@s@@"
$stamp    = Get-Date -Format "yyyyMMdd"

Invoke-Sqlcmd -ServerInstance $server -Username $user -Password $password `
  -Query "BACKUP DATABASE [$database] TO DISK = N'D:\\Backup\\$database-$stamp.bak'"
Write-Host "Камдык көчүрмө даяр: $stamp"
""", words_pw())

add("blind-mq/powershell/decoy-credential-manager", "kymyz-bottling/ops/Restore-Bottling.ps1", PS, """\
# Калыбына келтирүү — сырсөз Windows Credential Manager'де сакталат
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "KymyzBottling-backup"
$file = Get-ChildItem D:\\Backup\\KymyzBottling-*.bak | Sort-Object LastWriteTime | Select-Object -Last 1
Invoke-Sqlcmd -ServerInstance "10.20.0.5" -Credential $cred `
  -Query "RESTORE DATABASE [KymyzBottling] FROM DISK = N'$($file.FullName)' WITH REPLACE"
""")

add("blind-mq/java/jdbc-password", "kymyz-erp/src/main/resources/application.properties", SPRING, """\
# Кымыз ERP — склад жана сатуу
spring.application.name=kymyz-erp
server.port=8080
spring.datasource.url=jdbc:postgresql://erp-db.kymyz.kg:5432/erp
spring.datasource.username=erp
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
""", rand_pw(20))

add("blind-mq/java/decoy-placeholder-property", "kymyz-erp/src/main/resources/application-prod.properties", SPRING, """\
spring.datasource.url=jdbc:postgresql://erp-db.kymyz.kg:5432/erp
spring.datasource.username=erp
spring.datasource.password=${ERP_DB_PASSWORD}
spring.mail.password=${ERP_MAIL_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""")

add("blind-mq/java/api-key-constant", "kymyz-erp/src/main/java/kg/kymyz/erp/sales/GlovoClient.java", KOTLIN, """\
package kg.kymyz.erp.sales;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

/** Бишкектеги жеткирүү: кымыз заказдары (partner API). */
public class GlovoClient {
    private static final String BASE = "https://stageapi.glovoapp.com/webhook/stores/kymyz-bishkek";
    private static final String PARTNER_TOKEN = "@@s@@";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", PARTNER_TOKEN);
    }
}
""", fakes.drawn_mixed(_seed(), 40))

add("blind-mq/yaml/spring-mail-password", "kymyz-erp/src/main/resources/application.yml", SPRING, """\
spring:
  mail:
    host: smtp.gmail.com
    port: 587
    username: erp.kymyz@gmail.com
    password: @@s@@
    properties:
      mail.smtp.starttls.enable: true
erp:
  warehouse: "Кочкор-1"
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-mq/ruby/api-key", "booking-web/config/initializers/paypal.rb", RAILS, """\
# Чет элдик туристтер үчүн PayPal
PayPal::SDK.configure(
  mode: "live",
  client_id: "@@cid@@",
  client_secret: "@@s@@"
)
PayPal::SDK.logger.level = Logger::INFO
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("blind-mq/ruby/decoy-credentials-reference", "booking-web/config/initializers/paypal_live.rb", RAILS, """\
# Ачкычтар Rails credentials ичинде (config/credentials/production.yml.enc)
PayPal::SDK.configure(
  mode: Rails.env.production? ? "live" : "sandbox",
  client_id: Rails.application.credentials.dig(:paypal, :client_id),
  client_secret: Rails.application.credentials.dig(:paypal, :client_secret)
)
""")

add("blind-mq/ruby/secret-key-base", "booking-web/config/secrets.yml", RAILS, """\
# Эски Rails 4 стили — али өткөрө элекпиз
development:
  secret_key_base: <%= ENV["DEV_SECRET_KEY_BASE"] %>
production:
  secret_key_base: @@s@@
""", hexs(128))

add("blind-mq/rust/api-token", "yurt-sensors/src/config.rs", RUST, """\
//! Боз үйлөрдөгү температура сенсорлору — InfluxDB'ге жазуу
pub const INFLUX_URL: &str = "https://eu-central-1-1.aws.cloud2.influxdata.com";
pub const INFLUX_ORG: &str = "songkol-yurts";
pub const INFLUX_BUCKET: &str = "yurt-temps";
pub const INFLUX_TOKEN: &str = "@@s@@";

pub const READ_EVERY_SECS: u64 = 300;
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("blind-mq/rust/decoy-env-macro", "yurt-sensors/src/main.rs", RUST, """\
mod config;

fn main() {
    // Токен компиляция убагында эмес, иштеткенде окулат
    let token = std::env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN коюлган эмес");
    let yurt = std::env::var("YURT_ID").unwrap_or_else(|_| "batai-aral-07".into());
    println!("sensor {yurt} -> {} ({} chars token)", config::INFLUX_URL, token.len());
}
""")

add("blind-mq/toml/api-token", "yurt-sensors/sensor.toml", TOMLDOC, """\
# Боз үй №7, Батай-Арал
[sensor]
yurt_id = "batai-aral-07"
pin = 4

[influx]
url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
org = "songkol-yurts"
token = "@@s@@"
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("blind-mq/toml/decoy-placeholder", "yurt-sensors/sensor.example.toml", TOMLDOC, """\
[sensor]
yurt_id = "batai-aral-XX"
pin = 4

[influx]
url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
org = "songkol-yurts"
token = "<INFLUX_TOKEN — 1Password: Sensors>"
""")

add("blind-mq/swift/api-key", "SongKolApp/SongKolApp/Secrets.swift", SWIFT, """\
import Foundation

// Сон-Көл колдонмосу — аба ырайы жана карта
enum Secrets {
    static let openWeatherKey = "@@s@@"
    static let bookingAPI = URL(string: "https://book.songkol-yurts.kg/api")!
}
""", hexs(32))

add("blind-mq/swift/decoy-info-plist-lookup", "SongKolApp/SongKolApp/Config.swift", SWIFT, """\
import Foundation

// Ачкыч xcconfig -> Info.plist аркылуу; репода жок (Secrets.xcconfig .gitignore'до)
enum Config {
    static var weatherKey: String {
        Bundle.main.object(forInfoDictionaryKey: "OPEN_WEATHER_KEY") as? String ?? ""
    }
}
""")

add("blind-mq/xcconfig/api-key", "SongKolApp/Config/Secrets.xcconfig", "https://help.apple.com/xcode/#/dev745c5c974", """\
// Secrets.xcconfig — .gitignore'го кошууну унутуп калдык
OPEN_WEATHER_KEY = @@s@@
BOOKING_API_HOST = book.songkol-yurts.kg
SENTRY_ORG = songkol
MARKETING_VERSION = 2.3.0
""", hexs(32))

add("blind-mq/dockerfile/npm-token", "booking-web/Dockerfile", DOCKER, """\
FROM node:20-alpine AS build
WORKDIR /app
# Жеке @songkol/ui пакети үчүн
ENV NPM_TOKEN=@@s@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
""", npm_token())

add("blind-mq/dockerfile/decoy-build-secret", "kymyz-coop/Dockerfile", DOCKER, """\
# syntax=docker/dockerfile:1.6
FROM php:8.3-fpm
WORKDIR /var/www
COPY composer.json composer.lock ./
# Composer токени BuildKit secret катары, сүрөткө түшпөйт
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \\
    composer install --no-dev --prefer-dist
COPY . .
""")

add("blind-mq/npmrc/npm-token", "booking-web/.npmrc", NPMRC, """\
@songkol:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
""", npm_token())

add("blind-mq/npmrc/decoy-env-token", "booking-admin/.npmrc", NPMRC, """\
@songkol:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

# ---------------------------------------------------------------- servers, keys and shell history

add("blind-mq/pem/private-key", "deploy/keys/booking-tls.key", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@s@@
""" + "\n".join(["# book.songkol-yurts.kg — Let's Encrypt эмес, эски Comodo серти", "# мөөнөтү: 2027-11-30", "# ээси: ops@songkol-yurts.kg"]) + "\n", pem())

add("blind-mq/pem/decoy-certificate", "deploy/keys/booking-tls.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
# book.songkol-yurts.kg — коомдук сертификат (жашыруун эмес)
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUNfK3c2tvbC15dXJ0cy5rZyBjZXJ0aWZpY2F0ZTAeFw0y
@@c1@@
@@c2@@
-----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-mq/ssh/private-key", "deploy/keys/deploy_ed25519", SSH, """\
@@s@@
""" + "# deploy@bot.songkol-yurts.kg\n# ansible үчүн — кийин Vault'ка көчүрөбүз\n# ssh-keygen -t ed25519 -C deploy@songkol\n# 2027-04-18\n", openssh_key())

add("blind-mq/ssh/decoy-public-key", "deploy/keys/deploy_ed25519.pub", SSH, """\
# Коомдук ачкыч — authorized_keys'ке кошуу үчүн
# Жеке ачкыч 1Password'до: "deploy ed25519"
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p@@ deploy@songkol
# fingerprint: SHA256:@@fp@@
# кошулган: bot, web, db серверлери
""", p=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

_key = pem("EC")
add("blind-mq/yaml/private-key-block", "deploy/ansible/group_vars/web.yml", ANSIBLE, """\
# web серверлери: nginx + TLS
nginx_server_name: book.songkol-yurts.kg
nginx_tls_cert_path: /etc/ssl/songkol/booking.crt
nginx_tls_key_path: /etc/ssl/songkol/booking.key
nginx_tls_key: |
  @@k@@
""", _key, k=_key.replace("\n", "\n  "))

add("blind-mq/ansible/decoy-vault-encrypted", "deploy/ansible/group_vars/db/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
3633
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80))

add("blind-mq/ansible/database-password", "deploy/ansible/group_vars/db/main.yml", ANSIBLE, """\
# Брондоо базасы
postgres_version: 16
postgres_listen: "10.0.1.10"
postgres_users:
  - name: booking
    password: "@@s@@"
    db: booking_production
postgres_backup_hour: 3
""", words_pw())

add("blind-mq/ansible/decoy-vault-reference", "deploy/ansible/group_vars/db/vars.yml", ANSIBLE, """\
postgres_version: 16
postgres_users:
  - name: booking
    password: "{{ vault_booking_db_password }}"
    db: booking_production
  - name: coop_reports
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/coop:reports_pw') }}"
""")

add("blind-mq/shell-history/mysql-password", "ops/notes/azamat_bash_history.txt", BASH, """\
cd /var/www/kymyz-coop
git pull
php artisan migrate --force
mysql -u coop_app -p'@@s@@' kymyz_coop -e "SELECT COUNT(*) FROM milk_deliveries WHERE date = CURDATE();"
sudo systemctl restart php8.3-fpm
tail -f storage/logs/laravel.log
exit
""", words_pw())

add("blind-mq/shell-history/decoy-prompted", "ops/notes/bakyt_bash_history.txt", BASH, """\
ssh deploy@coop.kymyz.kg
mysql -u coop_app -p kymyz_coop
export COOP_DB_PASSWORD=$(pass show kymyz/coop_app)
php artisan queue:restart
history | grep mysql
exit
""")

add("blind-mq/shell-history/redis-password", "ops/notes/redis-debug.txt", "https://redis.io/docs/latest/develop/tools/cli/", """\
# Брондоо кэши — жай иштеп жатат (2027-07-21), Нурлан текшерди
redis-cli -h 10.0.1.12 -a '@@s@@' INFO memory
redis-cli -h 10.0.1.12 -a '@@s@@' --bigkeys
redis-cli -h 10.0.1.12 -a '@@s@@' CONFIG GET maxmemory-policy
# натыйжа: allkeys-lru, 512mb — жетиштүү
""", redis_pw())

add("blind-mq/conf/redis-requirepass", "deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """\
# Брондоо кэши жана сессиялар
bind 10.0.1.12
port 6379
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass @@s@@
appendonly no
""", redis_pw())

add("blind-mq/conf/decoy-redis-include", "deploy/redis/redis.prod.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """\
bind 10.0.1.12
port 6379
maxmemory 512mb
# requirepass жана ACL колдонуучулары өзүнчө файлда (ansible койот, репода жок)
include /etc/redis/secrets.conf
aclfile /etc/redis/users.acl
""")

add("blind-mq/pgpass/database-password", "ops/pgpass", PGPASS, """\
# ~/.pgpass — chmod 600
# host:port:database:user:password
db.songkol-yurts.internal:5432:booking_production:booking_ro:@@s@@
localhost:5432:*:postgres:*
erp-db.kymyz.kg:5432:erp:erp_ro:*
""", rand_pw(20))

add("blind-mq/netrc/api-password", "ops/netrc", NETRC, """\
# Кымыз кооперативи: жеке Composer репосу жана мониторинг
machine repo.kymyz.kg
  login coop-ci
  password @@s@@
machine uptime.kymyz.kg
  login admin
""", rand_pw(24))

add("blind-mq/nginx/decoy-htpasswd-hash", "deploy/nginx/htpasswd", NGINX, """\
# Админка үчүн basic auth (apr1 хэштер, ачык сырсөз эмес)
azamat:$apr1$@@a@@$@@h1@@
bakyt:$apr1$@@b@@$@@h2@@
nurlan:$apr1$@@c@@$@@h3@@
aigul:$apr1$@@d@@$@@h4@@
""", a=fakes.drawn(_seed(), 8), b=fakes.drawn(_seed(), 8), c=fakes.drawn(_seed(), 8), d=fakes.drawn(_seed(), 8),
    h1=fakes.drawn(_seed(), 22, ALNUM + "./"), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 22, ALNUM + "./"), h4=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-mq/nginx/basic-auth-header", "deploy/nginx/sensors-proxy.conf", NGINX, """\
# Сенсорлор -> Grafana; basic auth серверде кошулат
server {
    listen 443 ssl;
    server_name sensors.songkol-yurts.kg;
    location / {
        proxy_pass http://10.0.1.20:3000;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("sensors:" + words_pw()))

add("blind-mq/ini/grafana-admin-password", "deploy/grafana/grafana.ini", GRAFANA, """\
[server]
domain = sensors.songkol-yurts.kg
root_url = https://sensors.songkol-yurts.kg/

[security]
admin_user = admin
admin_password = @@s@@

[users]
default_language = ru-RU
""", words_pw())

add("blind-mq/ini/decoy-grafana-file-provider", "deploy/grafana/grafana.prod.ini", GRAFANA, """\
[server]
domain = sensors.songkol-yurts.kg

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}
""")

add("blind-mq/yaml/grafana-datasource-password", "deploy/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: YurtTemps
    type: influxdb
    url: https://eu-central-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: songkol-yurts
      defaultBucket: yurt-temps
    secureJsonData:
      token: @@s@@
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("blind-mq/helm/database-password", "deploy/helm/booking/values-prod.yaml", HELM, """\
replicaCount: 2
image:
  repository: ghcr.io/songkol-yurts/booking-web
  tag: "2.3.0"
ingress:
  host: book.songkol-yurts.kg
postgresql:
  auth:
    username: booking
    password: "@@s@@"
    database: booking_production
""", rand_pw(24))

add("blind-mq/helm/decoy-existing-secret", "deploy/helm/booking/values.yaml", HELM, """\
replicaCount: 1
image:
  repository: ghcr.io/songkol-yurts/booking-web
  tag: "latest"
postgresql:
  auth:
    username: booking
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
""")

add("blind-mq/k8s/env-value-token", "deploy/k8s/bot-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: songkol-bot
  namespace: songkol
spec:
  replicas: 1
  selector:
    matchLabels: { app: songkol-bot }
  template:
    metadata:
      labels: { app: songkol-bot }
    spec:
      containers:
        - name: bot
          image: ghcr.io/songkol-yurts/bot:1.8.2
          env:
            - name: BOT_LANG
              value: ky
            - name: BOT_TOKEN
              value: "@@s@@"
""", tg_token())

add("blind-mq/k8s/decoy-secret-key-ref", "deploy/k8s/bot-deployment-v2.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: songkol-bot
  namespace: songkol
spec:
  template:
    spec:
      containers:
        - name: bot
          image: ghcr.io/songkol-yurts/bot:1.9.0
          env:
            - name: BOT_TOKEN
              valueFrom:
                secretKeyRef: { name: songkol-bot, key: token }
""")

_tok = tg_token()
add("blind-mq/k8s-secret/telegram-bot-token", "deploy/k8s/bot-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: songkol-bot
  namespace: songkol
  labels: { app: songkol-bot }
type: Opaque
data:
  token: @@t@@
""", _tok, t=b64(_tok))

# ---------------------------------------------------------------- payments, messaging, third parties

add("blind-mq/python/payment-api-secret", "booking-api/app/payments/mbank.py", PYDOC, """\
\"\"\"MBank QR төлөмү (жергиликтүү туристтер үчүн).\"\"\"
import hashlib
import hmac

MERCHANT_ID = "SONGKOL-YURT-0041"
MERCHANT_SECRET = "@@s@@"
CALLBACK = "https://book.songkol-yurts.kg/pay/mbank/callback"


def sign(payload: str) -> str:
    return hmac.new(MERCHANT_SECRET.encode(), payload.encode(), hashlib.sha256).hexdigest()
""", fakes.drawn_mixed(_seed(), 32))

add("blind-mq/python/decoy-hmac-test-vector", "booking-api/tests/test_mbank_sign.py", PYDOC, """\
\"\"\"Кол тамга тести — жалган ачкыч, тест үчүн гана.\"\"\"
from app.payments import mbank


def test_sign(monkeypatch):
    monkeypatch.setattr(mbank, "MERCHANT_SECRET", "test-secret-not-real")
    assert mbank.sign("amount=4500&order=B-1001") == "@@h@@"
""", h=sha256ish())

add("blind-mq/yaml/payment-api-secret", "booking-api/config/payments.yaml", "https://yaml.org/spec/1.2.2/", """\
# Төлөм ыкмалары
providers:
  elsom:
    enabled: true
    partner_id: "songkol-yurts"
    api_url: "https://mp.elsom.kg/api/v2"
    api_secret: "@@s@@"
  odengi:
    enabled: false
currency: KGS
""", fakes.drawn_mixed(_seed(), 40))

add("blind-mq/yaml/decoy-sops-encrypted", "booking-api/config/payments.enc.yaml", "https://github.com/getsops/sops", """\
providers:
  elsom:
    partner_id: songkol-yurts
    api_secret: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tg@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2027-05-30T08:11:42Z"
  version: 3.8.1
""", d=b64(rand_pw(30))[:40], iv=b64(rand_pw(24))[:32], tg=b64(rand_pw(16))[:24], r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-mq/js/discord-webhook", "booking-admin/src/notify.js", DISCORD, """\
// Жаңы брондоо келгенде командага билдирүү (Discord #bookings)
const WEBHOOK = '@@s@@';

export async function notifyBooking(b) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Жаңы брондоо: ${b.camp}, ${b.nights} түн, ${b.guests} конок` }),
  });
}
""", discord_webhook())

add("blind-mq/ts/decoy-import-meta-env", "booking-admin/src/config.ts", "https://vitejs.dev/guide/env-and-mode.html", """\
// Vite: VITE_ менен башталгандар гана браузерге чыгат; жашыруун нерселер бул жерде жок
export const config = {
  apiBase: import.meta.env.VITE_API_BASE ?? 'https://book.songkol-yurts.kg/api',
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
  mapboxToken: import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN,
  defaultLocale: 'ky',
};
""")

add("blind-mq/ts/openai-key", "booking-api/src/reviews/translate.ts", "https://platform.openai.com/docs/api-reference/authentication", """\
// Пикирлерди которуу: англисче -> кыргызча/орусча
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: '@@s@@' });

export async function translateReview(text: string, lang: 'ky' | 'ru'): Promise<string> {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Translate to ${lang}: ${text}` }],
  });
  return r.choices[0].message.content ?? '';
}
""", openai_key())

add("blind-mq/python/huggingface-token", "booking-api/scripts/fetch_model.py", "https://huggingface.co/docs/hub/security-tokens", """\
# Кыргыз тилиндеги пикирлерди классификациялоо модели (жеке репо)
from huggingface_hub import snapshot_download

snapshot_download(
    repo_id="songkol-yurts/ky-review-sentiment",
    token="@@s@@",
    local_dir="models/ky-review-sentiment",
)
""", hf_token())

add("blind-mq/python/decoy-hf-login-cli", "booking-api/scripts/fetch_model_ci.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """\
# CI'да: `huggingface-cli login --token $HF_TOKEN` алдын ала жасалат
from huggingface_hub import snapshot_download

snapshot_download(
    repo_id="songkol-yurts/ky-review-sentiment",
    local_dir="models/ky-review-sentiment",
)
""")

add("blind-mq/python/twilio-auth-token", "booking-api/app/notify/whatsapp.py", TWILIO, """\
\"\"\"WhatsApp аркылуу конокторго эскертүү (жолго чыгуу убактысы, аба ырайы).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "whatsapp:+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, text: str) -> None:
    client.messages.create(from_=FROM, to=f"whatsapp:{phone}", body=text)
""", hexs(32), sid=twilio_sid())

add("blind-mq/python/decoy-twilio-test-credentials", "booking-api/tests/test_whatsapp.py", TWILIO, """\
# Тест: Twilio'нун расмий тест номерлери, акча кетпейт; токен — fixture'дан жалган маани
import pytest

FAKE_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
FAKE_TOKEN = "your_auth_token"
MAGIC_FROM = "+15005550006"


@pytest.fixture
def client(mocker):
    return mocker.patch("app.notify.whatsapp.client")
""")

add("blind-mq/env/sendgrid-key", "booking-api/.env.production", DOTENV, """\
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://book.songkol-yurts.kg
MAIL_FROM=booking@songkol-yurts.kg
SENDGRID_API_KEY=@@s@@
LOG_LEVEL=info
""", sendgrid_key())

add("blind-mq/env/decoy-1password-refs", "booking-api/.env.op", "https://developer.1password.com/docs/cli/secrets-environment-variables/", """\
# `op run --env-file=.env.op -- npm start`
NODE_ENV=production
SENDGRID_API_KEY=op://Songkol/SendGrid/credential
STRIPE_SECRET_KEY=op://Songkol/Stripe live/secret key
DATABASE_URL=op://Songkol/booking-db/connection string
""")

add("blind-mq/env/mailgun-key", "kymyz-coop/.env.mail", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
# Кооператив мүчөлөрүнө айлык эсеп (email)
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.kymyz.kg
MAILGUN_SECRET=@@s@@
MAILGUN_ENDPOINT=api.eu.mailgun.net
MAIL_FROM_ADDRESS=esep@kymyz.kg
""", mailgun_key())

add("blind-mq/go/telegram-bot-token", "kymyz-order-bot/main.go", TGDOC, """\
package main

// Кымыз заказ боту: Бишкекке жеткирүү, 1.5 л бөтөлкө
import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@s@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("Authorized on account %s", bot.Self.UserName)
}
""", tg_token())

add("blind-mq/go/decoy-token-from-file", "kymyz-order-bot/config.go", GODOC, """\
package main

import (
	"os"
	"strings"
)

// Токен systemd'нин LoadCredential аркылуу файлдан окулат
func botToken() (string, error) {
	b, err := os.ReadFile(os.Getenv("CREDENTIALS_DIRECTORY") + "/bot-token")
	return strings.TrimSpace(string(b)), err
}
""")

add("blind-mq/systemd/telegram-bot-token", "kymyz-order-bot/deploy/kymyz-bot.service", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html", """\
[Unit]
Description=Kymyz order bot (Telegram)
After=network-online.target

[Service]
User=kymyz
Environment=BOT_TOKEN=@@s@@
Environment=DELIVERY_CITY=Bishkek
ExecStart=/opt/kymyz-bot/kymyz-order-bot
Restart=always

[Install]
WantedBy=multi-user.target
""", tg_token())

add("blind-mq/systemd/decoy-load-credential", "kymyz-order-bot/deploy/kymyz-bot.v2.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Kymyz order bot (Telegram)

[Service]
User=kymyz
LoadCredentialEncrypted=bot-token:/etc/credstore.encrypted/kymyz-bot-token
ExecStart=/opt/kymyz-bot/kymyz-order-bot
Restart=always
""")

add("blind-mq/markdown/gitlab-token", "kymyz-coop/docs/CONTRIBUTING.md", MD, """\
# Салым кошуу

## Composer жеке пакеттери
Биздин `kymyz/milk-scale` пакети GitLab'дагы жеке реестрде.

```bash
composer config gitlab-token.gitlab.com @@s@@
composer install
```

Суроолор болсо — Бакытка жазгыла.
""", gitlab_token())

add("blind-mq/markdown/decoy-token-placeholder", "kymyz-coop/docs/SETUP.md", MD, """\
# Орнотуу

1. GitLab'да Personal Access Token түзүңүз (`read_api`).
2. `composer config gitlab-token.gitlab.com glpat-XXXXXXXXXXXXXXXXXXXX` — X'терди өз токениңиз менен алмаштырыңыз.
3. `cp .env.example .env && php artisan key:generate`
4. `php artisan migrate --seed`
""")

add("blind-mq/rst/database-password", "kymyz-coop/docs/source/deploy.rst", RST, """\
Жайгаштыруу
============

Сервер: ``coop.kymyz.kg`` (Hetzner, Falkenstein).

Маалымат базасы
---------------

.. code-block:: ini

   DB_HOST=127.0.0.1
   DB_USERNAME=coop_app
   DB_PASSWORD=@@s@@

Камдык көчүрмө түн сайын 03:00 жасалат.
""", words_pw())

add("blind-mq/rst/decoy-example-values", "kymyz-coop/docs/source/api.rst", RST, """\
API аутентификациясы
====================

Ар бир суроо ``X-Api-Key`` башы менен жөнөтүлөт::

   curl -H "X-Api-Key: <сиздин-ачкычыңыз>" https://coop.kymyz.kg/api/v1/deliveries

Ачкычты админкадан алыңыз: *Жөндөөлөр → API*. Мисалдагы ``<сиздин-ачкычыңыз>``
ордуна өз ачкычыңызды коюңуз.
""")

add("blind-mq/html/api-key-in-script", "kymyz-coop/resources/views/admin/map.blade.php", GOOGLE, """\
@extends('layouts.admin')
@section('content')
  <h2>Сүт чогултуу пункттары</h2>
  <div id="map" style="height:400px"></div>
  <script>
    // server-side geocoding ачкычы (чектөөсүз!)
    const GEOCODE_KEY = "@@s@@";
    fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=Kochkor&key=${GEOCODE_KEY}`);
  </script>
@endsection
""", google_key())

add("blind-mq/xml/maven-password", "kymyz-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- Кымыз ERP: жеке Nexus -->
  <servers>
    <server>
      <id>kymyz-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-mq/xml/decoy-maven-env", "kymyz-erp/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>kymyz-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

# ---------------------------------------------------------------- varied carriers: split, here-docs, URLs, notes

_split = words_pw()
add("blind-mq/python/split-password", "kymyz-coop/tools/scale_sync.py", PYDOC, """\
\"\"\"Таразалардан (milk scale) маалыматты серверге синхрондоо.\"\"\"
import pymysql

DB = dict(
    host="db.kymyz.kg",
    user="scale_sync",
    password=("@@a@@"
              "@@b@@"),
    database="kymyz_coop",
)
conn = pymysql.connect(**DB)
""", _split, a=_split[:7], b=_split[7:])

add("blind-mq/shell/heredoc-env", "deploy/scripts/bootstrap_bot.sh", BASH, """\
#!/bin/sh
# Жаңы VPS'те ботту орнотуу (Ubuntu 24.04)
set -e
useradd -r -s /usr/sbin/nologin songkol || true
cat > /etc/songkol-bot.env <<'EOF'
BOT_LANG=ky
BOT_TOKEN=@@s@@
ADMIN_CHAT_ID=-1001874420193
EOF
chmod 600 /etc/songkol-bot.env
systemctl enable --now songkol-bot
""", tg_token())

add("blind-mq/shell/decoy-heredoc-vars", "deploy/scripts/bootstrap_bot_v2.sh", BASH, """\
#!/bin/sh
# Токен vault'тан алынат, файлга жазылат
set -e
BOT_TOKEN="$(vault kv get -field=token secret/songkol/bot)"
cat > /etc/songkol-bot.env <<EOF
BOT_LANG=ky
BOT_TOKEN=${BOT_TOKEN}
EOF
chmod 600 /etc/songkol-bot.env
""")

add("blind-mq/python/json-in-string", "booking-api/app/channel/bookingcom.py", PYDOC, """\
\"\"\"Booking.com channel manager (XML API) — боз үйлөрдүн бош орундары.\"\"\"
import json
import os

CREDS = json.loads(os.environ.get("BOOKINGCOM_CREDS") or
                   '{"hotel_id": "8841203", "username": "songkol_xml", "password": "@@s@@"}')


def auth():
    return CREDS["username"], CREDS["password"]
""", rand_pw(16, "!#"))

add("blind-mq/python/url-password", "booking-api/app/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """\
import redis

# Сессиялар жана бош орундардын кэши
r = redis.Redis.from_url("redis://:@@s@@@10.0.1.12:6379/0", decode_responses=True)


def free_yurts(camp: str) -> int:
    return int(r.get(f"free:{camp}") or 0)
""", redis_pw())

add("blind-mq/python/decoy-url-no-password", "booking-api/app/cache_local.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """\
import os

import redis

# Локалдык иштеп чыгуу: сырсөзсүз Redis (docker)
r = redis.Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)
""")

add("blind-mq/log/bearer-token", "ops/logs/booking-api-2027-07-14.log", LOGDOC, """\
2027-07-14 06:02:11 INFO  app.channel: sync started camp=batai-aral
2027-07-14 06:02:12 DEBUG httpx: POST https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif
2027-07-14 06:02:12 DEBUG httpx: headers={'Authorization': 'Bearer @@s@@', 'Content-Type': 'text/xml'}
2027-07-14 06:02:13 INFO  app.channel: sync ok, 14 yurts free
2027-07-14 06:02:13 INFO  app.channel: next run in 15m
""", fakes.drawn_mixed(_seed(), 48))

add("blind-mq/log/decoy-masked", "ops/logs/booking-api-2027-07-20.log", LOGDOC, """\
2027-07-20 06:02:11 INFO  app.channel: sync started camp=kara-kiche
2027-07-20 06:02:12 DEBUG httpx: headers={'Authorization': 'Bearer ********', 'Content-Type': 'text/xml'}
2027-07-20 06:02:13 WARN  app.channel: 429 Too Many Requests, retry in 60s
2027-07-20 06:03:14 INFO  app.channel: sync ok, 9 yurts free
2027-07-20 06:03:14 INFO  app.payments: elsom callback sig=@@h@@ ok
""", h=sha256ish())

add("blind-mq/markdown/password-table", "wiki/Серверлер.md", MD, """\
# Серверлер жана кирүүлөр

| Сервис | Дарек | Колдонуучу | Сырсөз |
|---|---|---|---|
| Брондоо админка | https://book.songkol-yurts.kg/admin | admin | @@s@@ |
| Grafana | https://sensors.songkol-yurts.kg | admin | (Vault) |
| Кооператив ERP | https://erp.kymyz.kg | — | SSO |

Жаңы кызматкерге — Азаматтан сураңыз.
""", words_pw())

add("blind-mq/markdown/decoy-vault-paths", "wiki/Жашыруун-маалымат.md", MD, """\
# Жашыруун маалымат кайда сакталат

| Эмне | Кайда |
|---|---|
| Бот токени | `vault kv get secret/songkol/bot` |
| Stripe ачкычтары | 1Password → Songkol → Stripe live |
| Базанын сырсөздөрү | `ansible-vault view group_vars/db/vault.yml` |

Эч качан чатка же wiki'ге ачык жазбаңыз!
""")

add("blind-mq/text/wifi-and-router-password", "ops/notes/batai-aral-camp.txt", "https://www.rfc-editor.org/rfc/rfc5321", """\
Батай-Арал лагери — техникалык эскертмелер (2027-жай)
- Starlink роутер: 192.168.1.1
- Роутердин админ сырсөзү: @@s@@
- Күн панели контроллери: Victron, Bluetooth PIN кутуда
- Генератор: май 20 л, ар бир 3 күн
""", words_pw())

add("blind-mq/text/decoy-wifi-guest", "ops/notes/guest-welcome.txt", "https://www.rfc-editor.org/rfc/rfc5321", """\
Кош келиңиз! Welcome to Song-Kol!
Wi-Fi (Starlink, 19:00–23:00 гана): SongKol-Guest — ачык тармак, сырсөзү жок
Эртең мененки тамак: 08:00, кымыз — бекер
Атка минүү: 10:00, жетекчи Эрлан
Шашылыш: +996 555 000 111
""")

add("blind-mq/powershell/azure-client-secret", "infra/scripts/Connect-Backup.ps1", PS, """\
# Сүрөттөрдүн камдык көчүрмөсү Azure Blob'ко (эски схема)
$tenant = "@@t@@"
$appId  = "@@a@@"
$secret = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
azcopy sync "D:\\Photos" "https://songkolphotos.blob.core.windows.net/archive"
""", rand_pw(3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), t=uuid_s(), a=uuid_s())

_gkey = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("blind-mq/json/google-service-account", "infra/gcp/sheets-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "kymyz-coop-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sheets-sync@kymyz-coop-sheets.iam.gserviceaccount.com",
  "client_id": "1094418827736210045",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gkey, kid=hexs(40))

add("blind-mq/yaml/decoy-k8s-secret-empty", "deploy/k8s/sendgrid-secret.template.yaml", K8S, """\
# Шаблон: маанилерди CI `kubectl create secret` менен толтурат
apiVersion: v1
kind: Secret
metadata:
  name: sendgrid
  namespace: songkol
type: Opaque
stringData:
  SENDGRID_API_KEY: ""
""")

add("blind-mq/k8s-secret/sendgrid-key-stringdata", "deploy/k8s/sendgrid-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: sendgrid
  namespace: songkol
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@s@@"
""", sendgrid_key())

_dock = b64('{"auths":{"ghcr.io":{"auth":"' + b64("songkol-ci:" + gh_token()) + '"}}}')
add("blind-mq/k8s-secret/registry-dockerconfig", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: songkol
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", base64.b64decode(_dock).decode().split('"auth":"')[1].split('"')[0], d=_dock)

add("blind-mq/json/docker-config-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.kymyz.kg": {
      "auth": "@@s@@"
    }
  },
  "currentContext": "default"
}
""", b64("coop-ci:" + rand_pw(22)))

add("blind-mq/json/decoy-docker-credstore", "ops/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.kymyz.kg": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
""")

add("blind-mq/github-actions/github-token", ".github/workflows/sync-translations.yml", GHA, """\
name: sync-translations
on:
  schedule:
    - cron: "0 3 * * 1"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: songkol-yurts/translations-ky
          token: @@s@@
      - run: ./scripts/merge_po.sh
""", gh_token())

add("blind-mq/gitlab-ci/registry-password", "kymyz-erp/.gitlab-ci.yml", GLCI, """\
stages: [build]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u coop-ci -p @@s@@ registry.kymyz.kg
    - docker build -t registry.kymyz.kg/erp:$CI_COMMIT_SHORT_SHA .
    - docker push registry.kymyz.kg/erp:$CI_COMMIT_SHORT_SHA
""", rand_pw(22))

add("blind-mq/gitlab-ci/decoy-ci-job-token", "kymyz-app/.gitlab-ci.yml", GLCI, """\
stages: [build]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

add("blind-mq/bitbucket/ssh-password", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy landing (songkol-yurts.kg)
          script:
            - npm ci && npm run build
            - apt-get update && apt-get install -y sshpass
            - sshpass -p '@@s@@' rsync -az dist/ web@landing.songkol-yurts.kg:/var/www/landing/
""", words_pw())

add("blind-mq/jenkins/decoy-credentials-binding", "kymyz-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'erp-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS')]) {
          sh './gradlew flywayMigrate -Pflyway.user=$DB_USER -Pflyway.password=$DB_PASS'
        }
      }
    }
  }
}
""")

add("blind-mq/jenkins/database-password", "kymyz-erp/Jenkinsfile.migrate", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
// Тез оңдоо үчүн (Нурлан): credentials кошулганча
pipeline {
  agent any
  environment {
    FLYWAY_PASSWORD = '@@s@@'
  }
  stages {
    stage('Migrate') {
      steps { sh './gradlew flywayMigrate -Pflyway.user=erp' }
    }
  }
}
""", rand_pw(20))

add("blind-mq/python/django-secret-key", "songkol-cms/songkol_cms/settings.py", DJANGO, """\
\"\"\"Сон-Көл сайтынын контенти (Wagtail).\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@s@@"
DEBUG = False
ALLOWED_HOSTS = ["songkol-yurts.kg", "www.songkol-yurts.kg"]
LANGUAGE_CODE = "ky"
LANGUAGES = [("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English")]
TIME_ZONE = "Asia/Bishkek"
""", django_key())

add("blind-mq/python/decoy-django-insecure-dev", "songkol-cms/songkol_cms/settings_dev.py", DJANGO, """\
from .base import *  # noqa

# Локалдык иштеп чыгуу гана; продакшн SECRET_KEY айлана-чөйрөдөн келет
SECRET_KEY = "django-insecure-local-dev-only-change-me"
DEBUG = True
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("blind-mq/python/aws-keys-boto", "songkol-cms/scripts/sync_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Жаңы сүрөттөрдү S3'кө жүктөө (сезон сайын).\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)
s3.upload_file("photos/batai-aral-sunrise.jpg", "songkol-yurts-photos", "2027/batai-aral-sunrise.jpg")
""", aws_secret(), kid=aws_id())

add("blind-mq/python/decoy-boto-profile", "songkol-cms/scripts/sync_photos_v2.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Профиль ~/.aws/config'тен (SSO), ачкычтар кодго жазылбайт.\"\"\"
import boto3

session = boto3.Session(profile_name="songkol-photos")
s3 = session.client("s3")
for key in ("2027/batai-aral-sunrise.jpg", "2027/kara-kiche-horses.jpg"):
    print(key, s3.head_object(Bucket="songkol-yurts-photos", Key=key)["ETag"])
""")

add("blind-mq/php/sms-api-key", "kymyz-coop/app/Services/SmsService.php", PHPDOC, """\
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

// Мүчөлөргө SMS: "Бүгүн 14:00дө сүт кабыл алынат"
class SmsService
{
    private string $apiKey = '@@s@@';

    public function send(string $phone, string $text): void
    {
        Http::withToken($this->apiKey)->post('https://api.osonsms.com/sendsms_v1.php', [
            'phone_number' => $phone, 'msg' => $text, 'from' => 'KYMYZ',
        ]);
    }
}
""", hexs(32))

add("blind-mq/php/decoy-config-helper", "kymyz-coop/config/services.php", LARAVEL, """\
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'sms' => [
        'key' => env('SMS_API_KEY'),
        'sender' => 'KYMYZ',
    ],
];
""")

add("blind-mq/ruby/smtp-password", "booking-web/config/environments/production.rb", RAILS, """\
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.yandex.ru",
    port: 465,
    user_name: "booking@songkol-yurts.kg",
    password: "@@s@@",
    ssl: true
  }
  config.i18n.default_locale = :ky
end
""", rand_pw(16))

add("blind-mq/js/firebase-admin-key", "booking-admin/functions/admin.js", "https://firebase.google.com/docs/admin/setup", """\
// Push билдирүүлөр (гиддер үчүн колдонмо)
const admin = require('firebase-admin');

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'songkol-guides',
    clientEmail: 'firebase-adminsdk-x1k2q@songkol-guides.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});

module.exports = admin;
""", pem(""))

add("blind-mq/js/decoy-firebase-web-config", "booking-admin/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """\
// Firebase веб-конфигурациясы — коомдук, браузерге чыгат (Security Rules менен корголот)
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'songkol-guides.firebaseapp.com',
  projectId: 'songkol-guides',
  appId: '1:840112937751:web:@@a@@',
});
""", k=google_key(), a=hexs(22))

# ---------------------------------------------------------------- co-operative field tablets, labs, partners

add("blind-mq/json/mqtt-password", "kymyz-coop/scales/scale-config.json", "https://mqtt.org/mqtt-specification/", """\
{
  "scale_id": "KOCHKOR-SCALE-02",
  "unit": "liter",
  "mqtt": {
    "host": "mqtt.kymyz.kg",
    "port": 8883,
    "username": "scale02",
    "password": "@@s@@",
    "topic": "coop/kochkor/scale02/readings"
  }
}
""", rand_pw(18))

add("blind-mq/conf/decoy-mosquitto-hashes", "kymyz-coop/mqtt/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
scale01:$7$101$@@a@@$@@h1@@
scale02:$7$101$@@b@@$@@h2@@
scale03:$7$101$@@c@@$@@h3@@
erp-bridge:$7$101$@@d@@$@@h4@@
grafana:$7$101$@@e@@$@@h5@@
""", a=b64(rand_pw(12)), b=b64(rand_pw(12)), c=b64(rand_pw(12)), d=b64(rand_pw(12)), e=b64(rand_pw(12)),
    h1=b64(rand_pw(48)) + "==", h2=b64(rand_pw(48)) + "==", h3=b64(rand_pw(48)) + "==", h4=b64(rand_pw(48)) + "==",
    h5=b64(rand_pw(48)) + "==")

add("blind-mq/c/wifi-password", "kymyz-coop/scales/firmware/src/secrets.h", "https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-reference/network/esp_wifi.html", """\
// Таразанын ESP32 прошивкасы — Кочкор пункту
#pragma once

#define WIFI_SSID      "Kymyz-Kochkor"
#define WIFI_PASSWORD  "@@s@@"
#define MQTT_HOST      "mqtt.kymyz.kg"
#define MQTT_PORT      8883
""", words_pw())

add("blind-mq/c/decoy-secrets-template", "kymyz-coop/scales/firmware/src/secrets.h.example", "https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-reference/network/esp_wifi.html", """\
// secrets.h.example -> secrets.h деп көчүрүңүз (secrets.h .gitignore'до)
#pragma once

#define WIFI_SSID      "your-ssid"
#define WIFI_PASSWORD  "your-wifi-password"
#define MQTT_HOST      "mqtt.kymyz.kg"
#define MQTT_PORT      8883
""")

add("blind-mq/ini/platformio-ota-password", "kymyz-coop/scales/firmware/platformio.ini", "https://docs.platformio.org/en/latest/projectconf/index.html", """\
[env:esp32dev]
platform = espressif32
board = esp32dev
framework = arduino
monitor_speed = 115200
upload_protocol = espota
upload_port = 10.8.0.12
upload_flags =
    --auth=@@s@@
""", rand_pw(14))

add("blind-mq/yaml/esphome-api-key", "yurt-sensors/esphome/yurt-07.yaml", "https://esphome.io/components/api.html", """\
esphome:
  name: yurt-07
esp32:
  board: esp32dev
wifi:
  ssid: "SongKol-Staff"
  password: !secret wifi_password
api:
  encryption:
    key: "@@s@@"
sensor:
  - platform: dht
    pin: GPIO4
    temperature:
      name: "Yurt 07 temperature"
""", b64(rand_pw(32))[:43] + "=")

add("blind-mq/yaml/decoy-esphome-secret-refs", "yurt-sensors/esphome/yurt-08.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """\
esphome:
  name: yurt-08
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret yurt08_api_key
ota:
  - platform: esphome
    password: !secret ota_password
""")

add("blind-mq/yaml/esphome-secrets", "yurt-sensors/esphome/secrets.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """\
# ESPHome жашыруун маанилери — Starlink тармагы (кызматкерлер)
wifi_ssid: "SongKol-Staff"
wifi_password: "@@s@@"
# yurt08_api_key жана ota_password — Home Assistant'та кошобуз
ap_fallback_ssid: "yurt-setup"
""", words_pw())

add("blind-mq/csv/decoy-member-ids", "kymyz-coop/exports/members.csv", CSVDOC, """\
member_id,name,village,iban_masked,tablet_uuid
M-0142,Асан Т.,Кочкор,KG21 1280 **** **** 4410,@@u1@@
M-0217,Гүлнара С.,Жумгал,KG21 1090 **** **** 1187,@@u2@@
M-0309,Эрмек Б.,Сон-Көл,KG21 1280 **** **** 9032,@@u3@@
M-0411,Жылдыз К.,Кочкор,KG21 1030 **** **** 2206,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-mq/markdown/lab-portal-password", "kymyz-coop/docs/lab-samples.md", MD, """\
# Лабораториялык анализдер (Бишкек, ветлаборатория)

Ар бир партиядан 2 үлгү жөнөтүлөт. Натыйжалар порталда:

- Портал: https://lab.vet.kg/portal
- Логин: `kymyz_coop`
- Сырсөз: `@@s@@`

Натыйжаны ERP'ге `batch_id` менен кошкула.
""", passphrase())

add("blind-mq/markdown/decoy-password-policy", "kymyz-coop/docs/security.md", MD, """\
# Коопсуздук эрежелери

- Сырсөз кеминде 14 белги, мисалы: `kalpak-tunduk-jailoo-XX` формасында (бул мисал, колдонбоңуз!).
- Сырсөздөр Bitwarden'де гана: `Kymyz Coop / Shared`.
- Ноутбукту кулпулаңыз (Win+L).
- Шектүү кат келсе — Бакытка кабарлаңыз.
""")

add("blind-mq/html/decoy-docs-api-example", "kymyz-coop/public/api-docs.html", HTMLDOC, """\
<!doctype html>
<html lang="ky">
<head><meta charset="utf-8"><title>Kymyz Coop API</title></head>
<body>
  <h1>Кооперативдин API'си</h1>
  <p>Ар бир суроого <code>X-Api-Key</code> башын кошуңуз:</p>
  <pre>curl -H "X-Api-Key: coop_live_YOUR_KEY_HERE" https://coop.kymyz.kg/api/v1/deliveries</pre>
  <p>Ачкычты админкадан алыңыз. Ачкычыңызды эч кимге бербеңиз.</p>
</body>
</html>
""")

add("blind-mq/html/api-key-in-curl-example", "kymyz-coop/public/partners.html", HTMLDOC, """\
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Партнёрам: оптовые заказы кумыса</title></head>
<body>
  <h1>API для магазинов-партнёров</h1>
  <p>Пример запроса (ключ «Globus Бишкек»):</p>
  <pre>curl -H "X-Api-Key: @@s@@" https://coop.kymyz.kg/api/v1/orders</pre>
</body>
</html>
""", "coop_live_" + fakes.drawn_mixed(_seed(), 32))

add("blind-mq/go/decoy-test-fixture", "kymyz-order-bot/bot_test.go", GODOC, """\
package main

import "testing"

// Жалган токен: телеграмдын форматы, бирок чыныгы эмес (тест үчүн)
const fakeToken = "123456789:TEST-token-not-real-000000000000"

func TestParseOrder(t *testing.T) {
	o, err := parseOrder("/order 3 Бишкек")
	if err != nil || o.Bottles != 3 {
		t.Fatalf("got %+v, %v", o, err)
	}
}
""")

add("blind-mq/go/database-dsn", "kymyz-order-bot/store.go", GODOC, """\
package main

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Заказдар базасы
const dsn = "postgres://orders:@@s@@@10.0.2.5:5432/kymyz_orders?sslmode=disable"

func openStore() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", rand_pw(20))

add("blind-mq/ts/decoy-zod-schema", "booking-api/src/env.ts", "https://zod.dev/", """\
import { z } from 'zod';

// Айлана-чөйрө өзгөрмөлөрүн текшерүү — маанилер бул жерде жок
export const env = z.object({
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  SENDGRID_API_KEY: z.string().startsWith('SG.'),
  BOT_TOKEN: z.string().regex(/^\\d+:[\\w-]{35}$/),
}).parse(process.env);
""")

add("blind-mq/ts/slack-webhook", "booking-api/src/alerts.ts", SLACK, """\
// Сезон учурундагы шашылыш билдирүүлөр: бош боз үй калбаса, төлөм кулаганда
const OPS_WEBHOOK =
  '@@s@@';

export async function alert(text: string): Promise<void> {
  await fetch(OPS_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `:rotating_light: ${text}` }),
  });
}
""", slack_webhook())

add("blind-mq/python/sentry-auth-token", "songkol-cms/scripts/release.py", "https://docs.sentry.io/account/auth-tokens/", """\
\"\"\"Sentry'ге релиз түзүү жана source map'терди жүктөө.\"\"\"
import subprocess

SENTRY_AUTH_TOKEN = "@@s@@"
VERSION = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()

subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "releases", "new", VERSION], check=True)
subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "releases", "finalize", VERSION], check=True)
""", "sntrys_" + b64('{"iat":1780000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"songkol"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-mq/python/decoy-sentry-dsn", "songkol-cms/songkol_cms/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
import sentry_sdk

# DSN коомдук — ката жөнөтүү гана уруксат (Sentry документациясы боюнча жашыруун эмес)
sentry_sdk.init(
    dsn="https://@@k@@@o4507112233.ingest.de.sentry.io/4507112299",
    traces_sample_rate=0.1,
    environment="production",
)
""", k=hexs(32))

# ---------------------------------------------------------------- tour operators, guides, admin notes

add("blind-mq/yaml/openai-key-config", "guide-assistant/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", """\
# Гиддин жардамчысы: туристтердин суроолоруна жооп (англисче/орусча)
assistant:
  model: gpt-4o-mini
  temperature: 0.3
  system_prompt_file: prompts/songkol_ky.txt
openai:
  api_key: @@s@@
  timeout_s: 30
""", openai_key())

add("blind-mq/yaml/decoy-openai-env-ref", "guide-assistant/config.prod.yaml", "https://platform.openai.com/docs/api-reference/authentication", """\
assistant:
  model: gpt-4o-mini
  temperature: 0.3
openai:
  api_key: ${OPENAI_API_KEY}
  organization: org-SongkolYurtsPublicId
  timeout_s: 30
""")

add("blind-mq/python/ftp-password", "tour-partners/upload_manifest.py", "https://docs.python.org/3/library/ftplib.html", """\
\"\"\"Туроператорго (Бишкек) күнүмдүк конок тизмесин FTP менен жөнөтүү.\"\"\"
from ftplib import FTP_TLS
from datetime import date

ftp = FTP_TLS("ftp.kyrgyz-tours.kg")
ftp.login("songkol", "@@s@@")
ftp.prot_p()
name = f"manifest-{date.today():%Y%m%d}.csv"
with open(name, "rb") as fh:
    ftp.storbinary(f"STOR in/{name}", fh)
""", words_pw())

add("blind-mq/python/decoy-keyring", "tour-partners/upload_manifest_v2.py", "https://pypi.org/project/keyring/", """\
\"\"\"Сырсөз OS keyring'де: `keyring set kyrgyz-tours songkol`.\"\"\"
from ftplib import FTP_TLS

import keyring

ftp = FTP_TLS("ftp.kyrgyz-tours.kg")
ftp.login("songkol", keyring.get_password("kyrgyz-tours", "songkol"))
ftp.prot_p()
""")

_fzpw = words_pw()
add("blind-mq/filezilla/ftp-password-base64", "tour-partners/sitemanager.xml", "https://wiki.filezilla-project.org/", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4">
  <Servers>
    <Server>
      <Host>ftp.kyrgyz-tours.kg</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <User>songkol</User>
      <Pass encoding="base64">@@p@@</Pass>
      <Name>Kyrgyz Tours manifest</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _fzpw, p=b64(_fzpw))

add("blind-mq/text/wiki-sentence-password", "wiki/Гиддер-үчүн.txt", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== Гиддер үчүн эскертме ==
Жолго чыгаардан мурун конок тизмесин админкадан текшериңиз.
Админкага кирүү: логин guide, сырсөзү @@s@@ (сезон бүткөндө алмаштырабыз).
Атчандар: Эрлан, Темир, Улан. Ат башына 1500 сом/күн.
Аба ырайы начар болсо — Кара-Кече жолу жабык.
""", words_pw())

add("blind-mq/text/decoy-wiki-no-password", "wiki/Атчандар.txt", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== Атчандар жана маршруттар ==
Кочкор → Кара-Кече ашуусу → Сон-Көл: 2 күн, 38 км.
Жумгал → Мойнок → Сон-Көл: 3 күн.
Админкага кирүү ар бир гидге өз логини менен (SSO, Google аккаунт).
Ат ижарасы: 1500 сом/күн, гид: 3000 сом/күн.
""")

add("blind-mq/json/vscode-sftp-password", "booking-web/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "landing (songkol-yurts.kg)",
  "host": "landing.songkol-yurts.kg",
  "protocol": "sftp",
  "port": 22,
  "username": "web",
  "password": "@@s@@",
  "remotePath": "/var/www/landing",
  "uploadOnSave": true
}
""", rand_pw(16))

add("blind-mq/json/decoy-vscode-sftp-agent", "booking-admin/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "admin (songkol-yurts.kg)",
  "host": "admin.songkol-yurts.kg",
  "protocol": "sftp",
  "username": "web",
  "agent": "$SSH_AUTH_SOCK",
  "remotePath": "/var/www/admin",
  "uploadOnSave": false
}
""")

add("blind-mq/php/wordpress-db-password", "landing/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Сон-Көл лендинги (WordPress)
define( 'DB_NAME', 'songkol_wp' );
define( 'DB_USER', 'songkol_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'ky' );
$table_prefix = 'sk_';
""", words_pw())

add("blind-mq/php/decoy-wp-config-sample", "landing/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-mq/php/wordpress-auth-key", "landing/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """\
<?php
// https://api.wordpress.org/secret-key/1.1/salt/ — 2027-03
define( 'AUTH_KEY', '@@s@@' );
define( 'NONCE_SALT', 'x' );
define( 'WP_CACHE_KEY_SALT', 'songkol_' );
// башка туздар wp-config.php ичинде
""", fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"))

add("blind-mq/csharp/decoy-hash-constant", "kymyz-bottling/Services/BatchHasher.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.sha256", """\
using System.Security.Cryptography;
using System.Text;

namespace Kymyz.Bottling.Services;

// Партия коду үчүн текшерүү суммасы (жашыруун эмес)
public static class BatchHasher
{
    public const string EmptyBatchSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string Hash(string batch) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(batch))).ToLowerInvariant();
}
""")

add("blind-mq/csharp/api-key-header", "kymyz-bottling/Services/LabelPrinterClient.cs", DOTNET, """\
using System.Net.Http;

namespace Kymyz.Bottling.Services;

// Этикетка принтеринин булут сервиси (Zebra Link-OS)
public class LabelPrinterClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.zebra.com/v2/devices/") };

    public LabelPrinterClient()
    {
        _http.DefaultRequestHeaders.Add("apikey", "@@s@@");
    }
}
""", fakes.drawn_mixed(_seed(), 32))

add("blind-mq/kotlin/decoy-local-properties", "kymyz-app/local.properties.example", KOTLIN, """\
## local.properties.example — local.properties деп көчүрүңүз
sdk.dir=/Users/you/Library/Android/sdk
COOP_API_KEY=
MAPS_API_KEY=
# Ачкычтарды Бакыттан сураңыз (Bitwarden: Kymyz Coop / Android)
""")

add("blind-mq/kotlin/google-maps-key-manifest", "kymyz-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """\
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="Кымыз Кооп" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="@@s@@" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", google_key())

add("blind-mq/shell/curl-basic-auth", "kymyz-coop/scripts/pull_lab_results.sh", BASH, r"""#!/usr/bin/env bash
# Ветлабораториядан натыйжаларды түн сайын тартуу (cron 02:30)
set -euo pipefail
OUT="/var/lib/kymyz/lab/$(date +%F).json"
curl -fsS -u 'kymyz_coop:@@s@@' \
  "https://lab.vet.kg/portal/api/results?since=$(date -d yesterday +%F)" -o "$OUT"
php /var/www/kymyz-coop/artisan lab:import "$OUT"
""", passphrase())

add("blind-mq/shell/decoy-curl-netrc", "kymyz-coop/scripts/pull_lab_results_v2.sh", BASH, r"""#!/usr/bin/env bash
# Сырсөз ~/.netrc ичинде (chmod 600), скриптте жок
set -euo pipefail
OUT="/var/lib/kymyz/lab/$(date +%F).json"
curl -fsS --netrc \
  "https://lab.vet.kg/portal/api/results?since=$(date -d yesterday +%F)" -o "$OUT"
php /var/www/kymyz-coop/artisan lab:import "$OUT"
""")

add("blind-mq/env/database-url", "songkol-cms/.env", DOTENV, """\
DJANGO_SETTINGS_MODULE=songkol_cms.settings
DATABASE_URL=postgres://cms:@@s@@@db.songkol-yurts.internal:5432/cms
MEDIA_BUCKET=songkol-yurts-photos
WAGTAILADMIN_BASE_URL=https://songkol-yurts.kg
""" + "DEFAULT_FROM_EMAIL=hello@songkol-yurts.kg\n", rand_pw(22))

add("blind-mq/env/decoy-ci-generated", "songkol-cms/.env.ci", DOTENV, """\
# CI: маанилер GitHub Actions'тан келет, бул жерде бош
DJANGO_SETTINGS_MODULE=songkol_cms.settings_test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/test_cms
SECRET_KEY=${{ secrets.DJANGO_SECRET_KEY }}
MEDIA_BUCKET=
""")

# ---------------------------------------------------------------- last batch: mixed carriers

add("blind-mq/python/smtp-login-call", "kymyz-coop/tools/monthly_statements.py", "https://docs.python.org/3/library/smtplib.html", """\
\"\"\"Мүчөлөргө айлык эсеп (PDF) жөнөтүү.\"\"\"
import smtplib
from email.message import EmailMessage

with smtplib.SMTP_SSL("smtp.mail.ru", 465) as smtp:
    smtp.login("esep@kymyz.kg", "@@s@@")
    msg = EmailMessage()
    msg["Subject"] = "Июль айынын эсеби"
    msg["From"], msg["To"] = "esep@kymyz.kg", "m0142@kymyz.kg"
    smtp.send_message(msg)
""", rand_pw(20))

add("blind-mq/python/telegram-token-url", "kymyz-order-bot/tools/set_webhook.py", TGDOC, """\
import requests

# Вебхукту бир жолу коюу
resp = requests.get(
    "https://api.telegram.org/bot@@s@@/setWebhook",
    params={"url": "https://bot.kymyz.kg/tg/hook", "max_connections": 10},
)
print(resp.json())
""", tg_token())

add("blind-mq/markdown/decoy-telegram-docs-example", "kymyz-order-bot/README.md", MD, """\
# Кымыз заказ боту

Telegram'да: [@kymyz_order_bot](https://t.me/kymyz_order_bot)

## Иштетүү
```bash
export BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11   # Telegram документациясындагы мисал
go run .
```
Чыныгы токен серверде `/etc/credstore.encrypted/` ичинде.
""")

add("blind-mq/ruby/github-token-octokit", "booking-web/lib/tasks/changelog.rake", "https://octokit.github.io/octokit.rb/", """\
# Релиз эскертмелерин GitHub'тан чогултуу
namespace :changelog do
  task build: :environment do
    client = Octokit::Client.new(access_token: "@@s@@")
    prs = client.pull_requests("songkol-yurts/booking-web", state: "closed")
    prs.first(20).each { |pr| puts "- #{pr.title} (##{pr.number})" }
  end
end
""", gh_token())

add("blind-mq/ruby/decoy-gemfile-lock-checksums", "booking-web/Gemfile.lock", "https://bundler.io/guides/gemfile_lock.html", """\
GEM
  remote: https://rubygems.org/
  specs:
    octokit (8.1.0)
    paypal-sdk-rest (1.7.4)
    stripe (10.4.0)

CHECKSUMS
  octokit (8.1.0) sha256=@@a@@
  stripe (10.4.0) sha256=@@b@@
""", a=sha256ish(), b=sha256ish())

add("blind-mq/terraform/cloudflare-api-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
# songkol-yurts.kg DNS
provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  type    = "A"
  value   = "203.0.113.40"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("blind-mq/terraform/tfvars-password", "infra/terraform/prod.auto.tfvars", TF, """\
# Прод өзгөрмөлөрү
region        = "eu-central-1"
db_instance   = "db.t4g.small"
db_username   = "booking"
db_password   = "@@s@@"
backup_window = "21:00-22:00"
""", words_pw())

add("blind-mq/terraform/decoy-random-password", "infra/terraform/db.tf", TF, """\
resource "random_password" "booking_db" {
  length  = 24
  special = true
}

resource "aws_ssm_parameter" "booking_db_password" {
  name  = "/songkol/booking/db_password"
  type  = "SecureString"
  value = random_password.booking_db.result
}
""")

add("blind-mq/yaml/datadog-api-key", "deploy/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# Datadog агенти — booking серверлери
api_key: @@s@@
site: datadoghq.eu
hostname: web-1.songkol-yurts.kg
tags:
  - env:prod
  - team:songkol
logs_enabled: true
""", dd_key())

add("blind-mq/yaml/decoy-datadog-enc-handle", "deploy/datadog/datadog.secrets.yaml", "https://docs.datadoghq.com/agent/configuration/secrets-management/", """\
# Ачкыч secret backend аркылуу (ENC[] — шилтеме, маани эмес)
api_key: ENC[datadog_api_key]
site: datadoghq.eu
secret_backend_command: /opt/datadog/secret-helper
hostname: web-2.songkol-yurts.kg
""")

add("blind-mq/dotnet/user-secrets-json", "kymyz-bottling/secrets.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "ConnectionStrings:Bottling": "Server=10.20.0.5;Database=KymyzBottling;User Id=dev_nurlan;Password=@@s@@",
  "Line:Name": "Кочкор цехи (Нурландын ноутбугу)",
  "Logging:LogLevel:Default": "Debug",
  "Features:LabelPreview": true
}
""", words_pw())

add("blind-mq/env/aws-credentials-env", "ops/backup/.env.backup", DOTENV, """\
# restic -> S3 (кооперативдин базасы жана сүрөттөр)
RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/kymyz-backups
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
RESTIC_PASSWORD_FILE=/etc/restic/password
""", aws_secret(), kid=aws_id())

add("blind-mq/text/restic-password", "ops/backup/restic-password.txt", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", """\
# restic репозиторийинин сырсөзү — жоготсок, камдык көчүрмөлөр окулбайт!
# Кагаз көчүрмөсү сейфте (Кочкор кеңсеси)
@@s@@
# түзүлгөн: 2027-02-11, Бакыт
# репо: s3:s3.eu-central-1.amazonaws.com/kymyz-backups
""", passphrase())

add("blind-mq/conf/rclone-obscured-password", "ops/backup/rclone.conf", "https://rclone.org/docs/#config-file", """\
[hetzner-box]
type = sftp
host = u384112.your-storagebox.de
user = u384112
port = 23
pass = @@s@@
shell_type = unix
""", fakes.drawn(_seed(), 43, ALNUM + "_-"))

add("blind-mq/csv/api-keys-export", "booking-admin/exports/partner-keys.csv", CSVDOC, """\
partner,contact,created,api_key,status
Kyrgyz Tours,aida@kyrgyz-tours.kg,2027-03-01,@@s@@,active
Nomad Travel,—,2027-03-14,(revoked),revoked
CBT Kochkor,—,2027-04-02,(pending),pending
Visit Naryn,—,2027-05-20,(pending),pending
""", "sk_partner_" + fakes.drawn_mixed(_seed(), 32))

add("blind-mq/csv/decoy-key-fingerprints", "booking-admin/exports/partner-keys-audit.csv", CSVDOC, """\
partner,key_prefix,key_sha256,last_used
Kyrgyz Tours,sk_partner_7f…,@@a@@,2027-07-19
Nomad Travel,sk_partner_Qm…,@@b@@,2027-05-02
CBT Kochkor,sk_partner_1x…,@@c@@,2027-07-21
Visit Naryn,sk_partner_Ze…,@@d@@,never
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish())

add("blind-mq/powershell/decoy-read-host", "kymyz-bottling/ops/Set-ServicePassword.ps1", PS, """\
# Кызматтын сырсөзүн алмаштыруу — колго киргизилет
$svc  = "KymyzBottling"
$cred = Get-Credential -UserName "KOCHKOR\\bottling_svc" -Message "Жаңы сырсөз"
$wmi  = Get-CimInstance Win32_Service -Filter "Name='$svc'"
Invoke-CimMethod -InputObject $wmi -MethodName Change -Arguments @{ StartName = $cred.UserName; StartPassword = $cred.GetNetworkCredential().Password }
Restart-Service $svc
""")

add("blind-mq/powershell/webhook-url", "kymyz-bottling/ops/Send-ShiftReport.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
# Смена бүткөндө отчет (бөтөлкө саны) — Discord #bottling каналына
$webhook = "@@s@@"
$count   = (Invoke-Sqlcmd -ServerInstance "10.20.0.5" -Database "KymyzBottling" -Query "SELECT COUNT(*) AS n FROM Bottles WHERE CAST(FilledAt AS date) = CAST(GETDATE() AS date)").n
$body    = @{ content = "Бүгүн толтурулду: $count бөтөлкө кымыз" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -ContentType "application/json; charset=utf-8" -Body $body
""", discord_webhook())

add("blind-mq/swift/decoy-stripe-publishable", "SongKolApp/SongKolApp/Payments.swift", STRIPE, """\
import StripePaymentSheet

// Publishable key — колдонмодо болушу керек, жашыруун эмес
enum Payments {
    static func configure() {
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }
}
""", pk=stripe_key("pk_live_"))

add("blind-mq/go/aws-keys-static", "yurt-sensors/uploader/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """\
package main

// Сенсор маалыматын S3'кө сактоо (түн сайын)
import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@s@@",
	"",
)

var cfg = aws.Config{Region: "eu-central-1", Credentials: creds}
""", aws_secret(), kid=aws_id())

add("blind-mq/rst/telegram-token-in-docs", "songkol-cms/docs/notifications.rst", RST, """\
Билдирүүлөр
===========

CMS'те жаңы пикир келгенде Telegram'га билдирүү жөнөтүлөт.

Жөндөө::

    NOTIFY_BOT_TOKEN = "@@s@@"
    NOTIFY_CHAT_ID = -1001874420193

Бот: @songkol_reviews_bot.
""", tg_token())

add("blind-mq/ini/odbc-password", "kymyz-bottling/ops/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[KymyzBottling]
Driver = ODBC Driver 18 for SQL Server
Server = 10.20.0.5
Database = KymyzBottling
UID = reports_excel
PWD = @@s@@
TrustServerCertificate = yes
""", rand_pw(18))

add("blind-mq/xml/app-config-connection", "kymyz-bottling/legacy/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Эски этикетка программасы (WinForms) -->
  <connectionStrings>
    <add name="Labels" connectionString="Data Source=10.20.0.5;Initial Catalog=Labels;User ID=label_app;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

add("blind-mq/xml/decoy-integrated-security", "kymyz-bottling/legacy/App.Release.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Windows аутентификациясы: сырсөз жок -->
  <connectionStrings>
    <add name="Labels" connectionString="Data Source=10.20.0.5;Initial Catalog=Labels;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""")

add("blind-mq/markdown/stripe-restricted-key", "booking-admin/docs/reports.md", MD, """\
# Айлык финансы отчету

Stripe'тан төлөмдөрдү тартуу үчүн чектелген (restricted, read-only) ачкыч колдонобуз:

```
STRIPE_REPORTS_KEY=@@s@@
```

Отчет скрипти: `npm run report -- --month 2027-07`.
""", stripe_key("rk_live_"))

add("blind-mq/json/decoy-package-lock-integrity", "booking-admin/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "booking-admin",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "14.10.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.10.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=b64(rand_pw(64))[:86] + "==")

add("blind-mq/ansible/become-password-inventory", "deploy/ansible/inventory/camps.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
# Лагерлердеги мини-серверлер (Raspberry Pi, Starlink аркылуу)
[camps]
batai-aral ansible_host=10.8.0.21
kara-kiche ansible_host=10.8.0.22

[camps:vars]
ansible_user=pi
ansible_become_password=@@s@@
""", words_pw())

add("blind-mq/compose/redis-requirepass-command", "kymyz-order-bot/docker-compose.yml", COMPOSE, """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    volumes: ["redis:/data"]
  bot:
    build: .
    env_file: .env
    depends_on: [redis]
volumes:
  redis:
""", redis_pw())

add("blind-mq/k8s/configmap-api-key", "deploy/k8s/guide-assistant-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: guide-assistant
  namespace: songkol
data:
  MODEL: gpt-4o-mini
  DEFAULT_LANG: ky
  # TODO: Secret'ке көчүрүү керек
  OPENAI_API_KEY: @@s@@
""", openai_key())

add("blind-mq/pypirc/pypi-token", "tools/songkol-ical/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
# songkol-ical пакети (боз үйлөрдүн календары, iCal экспорт)
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-mq/pypirc/decoy-keyring-pypirc", "tools/kymyz-labels/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
# Токен keyring'де (`keyring set https://upload.pypi.org/legacy/ __token__`)
[distutils]
index-servers = pypi

[pypi]
username = __token__
""")

add("blind-mq/ts/basic-auth-header", "booking-api/src/payments/elsom.ts", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", """\
// Elsom капчыгы аркылуу төлөм (жергиликтүү конокторго)
import axios from 'axios';

export const elsom = axios.create({
  baseURL: 'https://mp.elsom.kg/api/v2',
  headers: {
    Authorization: 'Basic @@s@@',
    'Content-Type': 'application/json',
  },
  timeout: 15000,
});
""", b64("songkol-yurts:" + rand_pw(20)))
