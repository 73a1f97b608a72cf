"""Blind set LW: a Chuvash hop farm and craft brewery (Хăмла пахчи / сăра завочĕ near Tsivilsk)
and the Cheboksary tram depot's maintenance system (depot "Депо-2", rolling-stock repair,
SCADA readers, ticket validators). Notes and comments are partly in Chuvash, partly in Russian
and English, as the two small teams write them. Generated fakes only (seeds 6860000-6869999).
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
_SEED = [6860000]
SEED_END = 6869999


def _seed() -> int:
    _SEED[0] += 11
    assert 6860000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hamla", "Sara", "Tram", "Atal", "Shupashkar", "Vagon", "Kuvas", "Solod", "Rels", "Pantograf",
         "Khmel", "Depo", "Yalav", "Kurak", "Ilem", "Suvar"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def gh() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    s = _seed()
    _seed()
    return fakes.github_fine_grained_token(s)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    s = _seed()
    _seed()
    return fakes.openai_key(s)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def google_api() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def yandex_oauth() -> str:
    r = _rng()
    return "y0_AgAAAAB" + "".join(r.choice(ALNUM + "-_") for _ in range(48))


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_hs() -> str:
    r = _rng()
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(('{"sub":"depo2-svc","iat":%d,"role":"writer"}' % r.randint(1_700_000_000, 1_800_000_000)).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body}.{sig}"


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Хăмла пахчи / brewery: secrets
# ---------------------------------------------------------------------------------------------

add("blind-lw/env/database-password", "brewery/.env", "https://12factor.net/config", """\
# Сăра завочĕ — вырăнти настройкăсем (local settings)
APP_ENV=production
DB_HOST=10.12.0.5
DB_PORT=5432
DB_NAME=brewlog
DB_USER=brewlog_app
DB_PASSWORD=@@s@@
BATCH_LABEL_PRINTER=zebra-01.brew.lan
""", words_pw())

add("blind-lw/python/telegram-bot", "brewery/bots/fermenter_alerts.py", "https://core.telegram.org/bots/api", """\
\"\"\"Ферментер температурине Telegram-а ярать (sends fermenter temperature alerts).\"\"\"
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1001822734411  # «Сăра ĕçченĕсем» ушкăнĕ


def alert(tank: str, temp_c: float) -> None:
    text = f"⚠ {tank}: {temp_c:.1f} °C — ферментер ăшă!"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", telegram())

add("blind-lw/yaml/smtp-password", "brewery/shop/config/mail.yml", "https://guides.rubyonrails.org/action_mailer_basics.html", """\
# Лавкка саманчĕ — заказсем çинчен çыру ярасси
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.yandex.ru
    port: 465
    user_name: shop@hamla-sara.ru
    password: "@@s@@"
    ssl: true
""", rand_pw(16))

add("blind-lw/ini/mysql-password", "brewery/pos/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
# касса компьютерĕ (taproom POS), backup скрипчĕ валли
[client]
user=pos_backup
password=@@s@@
host=127.0.0.1

[mysqldump]
single-transaction
""", words_pw())

add("blind-lw/python/stripe", "brewery/shop/payments.py", "https://docs.stripe.com/keys", """\
import stripe

# TODO: куçарас Vault-а (move to vault) — Илле пĕлет
stripe.api_key = "@@s@@"


def charge_subscription(customer_id: str, crates: int) -> str:
    intent = stripe.PaymentIntent.create(
        amount=crates * 189000, currency="rub", customer=customer_id,
        description="Хăмла сăра — уйăхлăх подписка",
    )
    return intent.id
""", stripe_key())

add("blind-lw/json/google-maps", "brewery/shop/web/public/config.prod.json", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
{
  "shopName": "Хăмла пахчи",
  "currency": "RUB",
  "deliveryZones": ["Шупашкар", "Çĕнĕ Шупашкар", "Çĕрпӳ"],
  "geocoderBackend": "google",
  "geocoderServerKey": "@@s@@",
  "pickupPoint": {"lat": 55.8651, "lng": 47.4867}
}
""", google_api())

add("blind-lw/shell/aws-secret", "brewery/scripts/backup_recipes.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
#!/usr/bin/env bash
# Рецептсен архивне S3-а ярать. Кашни каçах cron-па.
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-central-1

tar czf /tmp/recipes-$(date +%F).tgz /srv/brew/recipes
aws s3 cp /tmp/recipes-$(date +%F).tgz s3://hamla-sara-backups/recipes/
rm -f /tmp/recipes-*.tgz
""", aws_secret(), kid=aws_id())

add("blind-lw/markdown/wifi-note", "brewery/docs/taproom-setup.md", "https://www.markdownguide.org/basic-syntax/", """\
# Тапрум: оборудование

| Устройство | Адрес | Вход |
|---|---|---|
| Роутер Keenetic | 192.168.10.1 | admin / `@@s@@` |
| Касса Эвотор | 192.168.10.20 | через приложение |
| Принтер этикеток | 192.168.10.31 | без пароля |

Гостевой Wi-Fi «HamlaGuest» — пароль на доске у бара, меняем раз в месяц.
""", words_pw())

add("blind-lw/toml/influx-token", "brewery/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/", """\
# Ферментерсен датчикĕсем -> InfluxDB
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.brew.lan:8086"]
  token = "@@s@@"
  organization = "hamla-sara"
  bucket = "fermenters"

[[inputs.modbus]]
  name = "tank_sensors"
  controller = "tcp://192.168.20.40:502"
""", rand_pw(86, "-_") + "==")

add("blind-lw/php/database-password", "brewery/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Сайт: hamla-sara.ru — WordPress
define( 'DB_NAME', 'hamla_wp' );
define( 'DB_USER', 'hamla_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'hs_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#%^"))

add("blind-lw/go/mqtt-password", "brewery/cellar/cmd/cellarbridge/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """\
package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Подвал датчикĕсем MQTT урлă килеççĕ.
func main() {
	opts := mqtt.NewClientOptions().AddBroker("tcp://mqtt.brew.lan:1883")
	opts.SetClientID("cellarbridge")
	opts.SetUsername("cellar")
	opts.SetPassword("@@s@@")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	select {}
}
""", redis_pw())

add("blind-lw/k8s-secret/postgres", "brewery/k8s/brewlog-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: brewlog-db
  namespace: brewery
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@enc@@
""", "Kuvas#Solod2024x", u=b64("brewlog"), enc=b64("Kuvas#Solod2024x"))

add("blind-lw/dockerfile/npm-token", "brewery/shop/web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine AS build
WORKDIR /app
# хамăр пакетсем (@hamla/ui) npm-ра хупă
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("blind-lw/csv/supplier-portal", "brewery/office/logins_suppliers.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
supplier,portal,login,password,note
"Солодовня Курск",https://b2b.kurskmalt.ru,hamla_sara,@@s@@,заказ по вторникам
"ХмельАгро",https://hmelagro.ru/lk,info@hamla-sara.ru,(у Илле в телефоне),
"ТараСтекло",https://tarasteklo.ru,hamla,см. KeePass,бутылки 0.5
"Чувашэнерго",https://lk.chuvashenergo.ru,договор 21-0477,(SMS вход),
""", words_pw())

add("blind-lw/python/django-secret", "brewery/brewlog/brewlog/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["brewlog.hamla-sara.ru"]

# Ку ключа улăштармалла пулнă... (should have been rotated)
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "cv"
TIME_ZONE = "Europe/Moscow"
""", django_key())

add("blind-lw/ruby/sendgrid", "brewery/shop/config/initializers/sendgrid.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails", """\
# Хыпар ярас (newsletters: «Çĕнĕ сăра тухрĕ!»)
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@s@@",
  domain: "hamla-sara.ru",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid_key())

add("blind-lw/notebook/postgres-url", "brewery/analysis/yield_by_variety.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Хăмла сорчĕсен тухăçĕ 2021-2024"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "eng = sa.create_engine('postgresql://analyst:@@s@@@10.12.0.5/brewlog')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select variety, year, kg_per_ha from harvest', eng)\\n", "df.pivot('year', 'variety')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", rand_pw(14))

add("blind-lw/yaml/ansible-vault-less", "brewery/ansible/group_vars/cellar.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
---
# Подвал серверĕсем (cellar hosts)
ansible_user: deploy
grafana_admin_user: admin
grafana_admin_password: "@@s@@"
grafana_port: 3000
influx_bucket: fermenters
ntp_server: ntp.brew.lan
""", words_pw())

add("blind-lw/text/shell-history", "brewery/ops/bash_history_brewsrv.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/brew
git pull
docker compose ps
docker compose logs -f telegraf
psql "postgresql://brewlog_app:@@s@@@localhost:5432/brewlog" -c 'select count(*) from batches'
sudo systemctl restart label-printer
df -h
exit
""", rand_pw(18))

add("blind-lw/js/mailgun", "brewery/shop/api/notify.js", "https://documentation.mailgun.com/docs/mailgun/quickstart", """\
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mg = new Mailgun(formData).client({
  username: 'api',
  key: '@@s@@', // вырăнти тест валли кăна тенĕччĕ...
  url: 'https://api.eu.mailgun.net',
});

module.exports.orderShipped = (to, orderNo) =>
  mg.messages.create('mg.hamla-sara.ru', {
    from: 'Хăмла пахчи <noreply@hamla-sara.ru>', to: [to],
    subject: `Заказ ${orderNo} ярса пачĕç`, text: 'Тав! Сăра çула тухрĕ.',
  });
""", mailgun())

add("blind-lw/yaml/github-actions-pypi", "brewery/hopcalc/.github/workflows/release.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """\
name: release hopcalc
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@s@@
""", pypi())

add("blind-lw/kotlin/api-key", "brewery/app/android/src/main/java/ru/hamlasara/app/Api.kt", "https://kotlinlang.org/docs/properties.html", """\
package ru.hamlasara.app

// Лавкка API-ĕ (shop API). Ключа BuildConfig-а куçармалла.
object Api {
    const val BASE_URL = "https://api.hamla-sara.ru/v2/"
    const val CLIENT_KEY = "@@s@@"
    const val TIMEOUT_S = 15L
}
""", "hs_live_" + rand_pw(32))

add("blind-lw/sql/grant-password", "brewery/db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- 0007: отчет ролĕ (Metabase валли)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE brewlog TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", words_pw())

add("blind-lw/compose/postgres-password", "brewery/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: brewlog
      POSTGRES_USER: brewlog
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  metabase:
    image: metabase/metabase:v0.50.4
    ports: ["3000:3000"]
volumes:
  pgdata: {}
""", rand_pw(20))

add("blind-lw/text/note-openai", "brewery/notes/label_texts_gpt.txt", "https://platform.openai.com/docs/api-reference/authentication", """\
Этикеткăсен тексчĕсем — GPT-па çырма пăхрăмăр (Марине, 12.03)

ключ (проект "labels"): @@s@@
модель: gpt-4o-mini, температура 0.8
Чăвашла лайăхах мар тухать, вырăсла — юрать.
Хакĕ: 300 этикетка ~ 40 ₽. Уйăхра лимит 1000 ₽ лартрăм.
""", openai())

add("blind-lw/xml/maven-settings", "brewery/hopcalc-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <!-- Хамăр Nexus (брагăн рецепт библиотеки) -->
    <server>
      <id>hamla-nexus</id>
      <username>ci-deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(22))

add("blind-lw/powershell/smb-password", "brewery/office/map_drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# Бухгалтери компьютерĕ: NAS дискне çыхăнтарать
$user = "HAMLA\\buh"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "B" -PSProvider FileSystem -Root "\\\\nas01\\buh" -Credential $cred -Persist
Write-Host "Диск B: çыхăнтарнă"
""", words_pw())

add("blind-lw/rust/webhook", "brewery/brewmon/src/notify.rs", "https://api.slack.com/messaging/webhooks", """\
use serde_json::json;

// Пивоварсен Slack каналĕ (#варка)
const WEBHOOK: &str = "@@s@@";

pub async fn post(msg: &str) -> reqwest::Result<()> {
    reqwest::Client::new()
        .post(WEBHOOK)
        .json(&json!({ "text": msg }))
        .send()
        .await?;
    Ok(())
}
""", slack_webhook())

add("blind-lw/swift/api-key", "brewery/app/ios/HamlaSara/Config.swift", "https://developer.apple.com/documentation/swift", """\
import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.hamla-sara.ru/v2")!
    // ЮKassa — серверсăр тӳлев (payments without own server, temporary)
    static let yookassaSecret = "@@s@@"
    static let shopId = "318442"
}
""", "live_" + rand_pw(43, "_-"))

add("blind-lw/java/jdbc-password", "brewery/hopcalc-java/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# hopcalc — хăмла шучĕ (IBU calculator backend)
server.port=8081
spring.datasource.url=jdbc:postgresql://10.12.0.5:5432/brewlog
spring.datasource.username=hopcalc
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
logging.level.ru.hamlasara=INFO
""", words_pw())

add("blind-lw/terraform/yandex-oauth", "brewery/infra/main.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs", """\
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
}

provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1gq8k2m5n7p0r3s6t9v"
  folder_id = "b1g4d7f0h3j6l9n2q5s8"
  zone      = "ru-central1-a"
}
""", yandex_oauth())

add("blind-lw/csharp/connection-string", "brewery/labels/LabelPrinter/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "ConnectionStrings": {
    "Brewlog": "Host=10.12.0.5;Database=brewlog;Username=labels;Password=@@s@@"
  },
  "Printer": {
    "Name": "Zebra ZD421",
    "Dpi": 300
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", rand_pw(16))

add("blind-lw/markdown/runbook-ssh-key", "brewery/docs/runbook-cellar-pi.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """\
# Подвал Raspberry Pi — кĕрес йĕрке (how to get in)

Pi-ка тĕп сервертан çапла кĕретпĕр. Ключа `~/.ssh/cellar_pi` файла хурăр:

```
@@s@@
```

`chmod 600 ~/.ssh/cellar_pi && ssh -i ~/.ssh/cellar_pi pi@192.168.20.41`
""", pem("OPENSSH"))

# ---------------------------------------------------------------------------------------------
# Brewery: decoys
# ---------------------------------------------------------------------------------------------

add("blind-lw/env/decoy-placeholder", "brewery/.env.example", "https://12factor.net/config", """\
# Сăра завочĕ — тĕслĕх (example). Копируйте в .env и заполните.
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=brewlog
DB_USER=brewlog_app
DB_PASSWORD=
STRIPE_SECRET_KEY=sk_live_...
TELEGRAM_BOT_TOKEN=<бот токенĕ — @BotFather-тан>
""")

add("blind-lw/python/decoy-env-reference", "brewery/bots/config.py", "https://docs.python.org/3/library/os.html#os.environ", """\
import os

# Вăрттăн сăмахсем кодра МАР — environment-ран кăна (secrets come from the environment only)
BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
CHAT_ID = int(os.environ.get("TELEGRAM_CHAT_ID", "-1001822734411"))
DB_URL = os.getenv("DATABASE_URL", "postgresql://brewlog_app@localhost/brewlog")
STRIPE_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
""")

add("blind-lw/js/decoy-publishable-key", "brewery/shop/web/src/stripe.js", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key — браузерта курăнать, ку вăрттăн мар (this one is public by design)
const STRIPE_PK = '@@pk@@';

export const stripePromise = loadStripe(STRIPE_PK, { locale: 'ru' });
""", pk=stripe_key("pk_live_"))

add("blind-lw/yaml/decoy-vault-reference", "brewery/k8s/brewlog-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: brewlog
  namespace: brewery
spec:
  replicas: 1
  selector:
    matchLabels: {app: brewlog}
  template:
    metadata:
      labels: {app: brewlog}
    spec:
      containers:
        - name: web
          image: cr.yandex/crp0hamla/brewlog:1.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: brewlog-db, key: POSTGRES_PASSWORD}
            - name: SECRET_KEY
              valueFrom:
                secretKeyRef: {name: brewlog-django, key: secret_key}
""")

add("blind-lw/text/decoy-sha256sums", "brewery/hopcalc/dist/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """\
@@a@@  hopcalc-2.3.0-py3-none-any.whl
@@b@@  hopcalc-2.3.0.tar.gz
@@c@@  hopcalc-2.2.1-py3-none-any.whl
@@d@@  hopcalc-2.2.1.tar.gz
@@e@@  hopcalc-2.2.0.tar.gz
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("blind-lw/markdown/decoy-redacted", "brewery/docs/incident-2024-05-stripe.md", "https://www.markdownguide.org/basic-syntax/", """\
# Инцидент: Stripe ключ GitHub-а лекнĕ (2024-05-17)

- 14:02 — GitHub secret scanning хыпар ячĕ: `sk_live_51N…` (`payments.py`).
- 14:10 — Stripe dashboard-ра ключа roll турăмăр, кивви ĕçлемест.
- 14:25 — çĕнĕ ключ Yandex Lockbox-ра: `lockbox://brewery/stripe/secret_key`.
- Кодра халь: `stripe.api_key = os.environ["STRIPE_SECRET_KEY"]`.

Вĕренни: ключа репозиторие нихçан та ан çырăр. Pre-commit hook лартрăмăр.
""")

add("blind-lw/json/decoy-firebase-public", "brewery/app/android/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "project_info": {
    "project_number": "448120937715",
    "project_id": "hamla-sara-app",
    "storage_bucket": "hamla-sara-app.appspot.com"
  },
  "client": [{
    "client_info": {
      "mobilesdk_app_id": "1:448120937715:android:5c1e9a7b3d2f4e60",
      "android_client_info": {"package_name": "ru.hamlasara.app"}
    },
    "api_key": [{"current_key": "@@k@@"}]
  }],
  "configuration_version": "1"
}
""", k=google_api())

add("blind-lw/python/decoy-test-fixture", "brewery/brewlog/tests/test_login.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Тест валли суя пароль (fake password for tests only)
FAKE_PASSWORD = "test-password-123"


@pytest.fixture
def brewer(django_user_model):
    return django_user_model.objects.create_user("ille", password=FAKE_PASSWORD)


def test_login(client, brewer):
    assert client.login(username="ille", password=FAKE_PASSWORD)
""")

add("blind-lw/ini/decoy-masked", "brewery/pos/backup.log", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
2024-11-02 03:00:01 backup start host=127.0.0.1 user=pos_backup password=********
2024-11-02 03:00:04 dumping database `evotor_sync` (14 tables)
2024-11-02 03:00:19 wrote /mnt/nas/pos/evotor_sync-20241102.sql.gz (18.4 MB)
2024-11-02 03:00:19 sha256=@@h@@
2024-11-02 03:00:20 backup ok, 19s
""", h=sha256())

add("blind-lw/yaml/decoy-sealed-secret", "brewery/k8s/shop-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-keys
  namespace: brewery
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@c1@@
    SENDGRID_API_KEY: AgA@@c2@@
  template:
    metadata:
      name: shop-keys
""", c1=rand_pw(300, "+/"), c2=rand_pw(300, "+/"))

add("blind-lw/toml/decoy-env-interpolation", "brewery/telegraf/telegraf.d/outputs.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """\
# Токен environment-ран (systemd EnvironmentFile=/etc/default/telegraf)
[[outputs.influxdb_v2]]
  urls = ["http://influx.brew.lan:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "hamla-sara"
  bucket = "fermenters"
""")

add("blind-lw/markdown/decoy-readme-example", "brewery/hopcalc/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# hopcalc

Хăмла IBU шучĕ (Tinseth, Rager). Brewfather API-па синхронизаци.

```bash
pip install hopcalc
export BREWFATHER_USER_ID="your-user-id"
export BREWFATHER_API_KEY="your-api-key"
hopcalc sync --recipe "Шупашкар IPA"
```

API ключне Brewfather → Settings → API-ран илĕр. Репозиторие ан хурăр!
""")

add("blind-lw/php/decoy-wp-salts-placeholder", "brewery/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

add("blind-lw/csv/decoy-batch-ids", "brewery/data/batches_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
batch_id,recipe,brew_date,og,fg,tank,lot_uuid
B24-031,Шупашкар IPA,2024-03-02,1.062,1.011,FV-3,@@u1@@
B24-032,Атăл Лагер,2024-03-06,1.048,1.009,FV-1,@@u2@@
B24-033,Хăмла Стаут,2024-03-11,1.071,1.019,FV-4,@@u3@@
B24-034,Çуллахи Вайс,2024-03-15,1.050,1.012,FV-2,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-lw/yaml/decoy-github-secrets-ref", "brewery/shop/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: deploy shop
on: {push: {branches: [main]}}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
      - uses: appleboy/scp-action@v0.1.7
        with:
          host: shop.hamla-sara.ru
          username: deploy
          key: ${{ secrets.SHOP_DEPLOY_KEY }}
          source: dist/
          target: /var/www/shop
""")

add("blind-lw/go/decoy-hash-compare", "brewery/cellar/internal/auth/auth.go", "https://pkg.go.dev/golang.org/x/crypto/bcrypt", """\
package auth

import "golang.org/x/crypto/bcrypt"

// Подвал панелĕн администратор паролĕн хеш-ĕ (bcrypt, cost 12). Паролĕ хăй — KeePass-ра.
const adminHash = "$2a$12$@@h@@"

func Check(pw string) bool {
	return bcrypt.CompareHashAndPassword([]byte(adminHash), []byte(pw)) == nil
}
""", h=rand_pw(53, "./"))

add("blind-lw/text/decoy-public-key", "brewery/ops/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# brewsrv: кам кĕме пултарать
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ille@hamla-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ marine@brew-office
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ backup@nas01
# кивĕ ключсем кăларнă 2024-02
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(340, "+/"))

add("blind-lw/ruby/decoy-credentials-enc", "brewery/shop/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
@@c@@--@@iv@@--@@tag@@==
""" + "\n" * 4, c=rand_pw(220, "+/"), iv=rand_pw(16), tag=rand_pw(22))

add("blind-lw/sql/decoy-seed-fake", "brewery/db/seed_dev.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """\
-- Разработка валли кăна. Пароль хешĕсем — "password" (суя, fake).
INSERT INTO users (login, full_name, password_hash) VALUES
  ('ille', 'Илле Петров', 'pbkdf2_sha256$600000$devsalt$' || 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='),
  ('marine', 'Марине Ильина', 'pbkdf2_sha256$600000$devsalt$' || 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
INSERT INTO tanks (code, volume_l) VALUES ('FV-1', 1000), ('FV-2', 1000), ('FV-3', 2000), ('FV-4', 2000);
""")

add("blind-lw/dockerfile/decoy-build-arg", "brewery/brewlog/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# хупă индекс токенĕ — BuildKit secret урлă, образра юлмасть
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@nexus.hamla-sara.ru/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "brewlog.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-lw/json/decoy-package-lock-integrity", "brewery/shop/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "hamla-shop-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=rand_pw(86, "+/"))

add("blind-lw/markdown/decoy-password-policy", "brewery/docs/passwords-cv.md", "https://www.markdownguide.org/basic-syntax/", """\
# Вăрттăн сăмахсем (паролсем) çинчен

1. Паролĕсем — KeePassXC базинче (`\\\\nas01\\it\\hamla.kdbx`), урăх ниăçта та мар.
2. Чатра, Telegram-ра, почтăра пароль ан ярăр.
3. Тĕслĕх, мĕнле **МАР**: `password: <кунта чăн пароль>` в конфиге — так нельзя, только `password: ${DB_PASSWORD}`.
4. Кашни 90 кун улăштармалла: роутер, касса, NAS.
5. Ыйту пулсан — Илле (ext. 104).
""")

add("blind-lw/ini/decoy-empty-values", "brewery/labels/printer.ini", "https://docs.python.org/3/library/configparser.html", """\
[printer]
name = Zebra ZD421
host = 192.168.10.31
port = 9100

[cloud]
; Zebra Printer Connector — усă курмастпăр (not used)
api_key =
api_secret =
""")

# ---------------------------------------------------------------------------------------------
# Трамвай депо (Cheboksary tram depot maintenance system, "ТО-Депо"): secrets
# ---------------------------------------------------------------------------------------------

add("blind-lw/yaml/spring-datasource", "depot/to-depot/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """\
# ТО-Депо: вагонсене техника пăхса тухасси (maintenance orders)
spring:
  datasource:
    url: jdbc:postgresql://db-depot.tram.local:5432/todepot
    username: todepot
    password: @@s@@
  jpa:
    open-in-view: false
server:
  port: 8443
""", words_pw())

add("blind-lw/python/opcua-password", "depot/scada/traction_reader.py", "https://opcua-asyncio.readthedocs.io/en/latest/", """\
\"\"\"Тяговая подстанция №3 — OPC UA-ран вула (reads feeder currents).\"\"\"
import asyncio
from asyncua import Client

URL = "opc.tcp://10.40.3.10:4840"


async def main() -> None:
    client = Client(URL)
    client.set_user("depot_reader")
    client.set_password("@@s@@")
    async with client:
        node = client.get_node("ns=2;s=Feeder1.Current")
        print("Фидер 1:", await node.read_value(), "A")

asyncio.run(main())
""", rand_pw(15, "#!"))

add("blind-lw/ini/odbc-password", "depot/sklad/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; Запчастьсен склачĕ (1С:Склад реплики)
[SKLAD]
Driver      = PostgreSQL Unicode
Servername  = 10.40.1.15
Port        = 5432
Database    = sklad_repl
Username    = sklad_ro
Password    = @@s@@
""", words_pw())

add("blind-lw/shell/curl-basic", "depot/tools/sync_schedules.sh", "https://curl.se/docs/manpage.html#-u", """\
#!/bin/sh
# Маршрутсен расписанийĕ — транспорт управленийĕн API-ĕнчен
# (берём расписание из API управления транспорта)
set -e
OUT=/srv/depot/schedule/$(date +%F).json
curl -sf -u depot2:@@s@@ \\
  "https://api.transport.cap.ru/v1/schedule?depot=2" -o "$OUT"
echo "расписание сохранено: $OUT"
""", rand_pw(12))

add("blind-lw/k8s-secret/rabbitmq", "depot/k8s/telemetry-rabbit-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# вагонсен телеметрийĕ (телеметрия вагонов 71-911ЕМ)
apiVersion: v1
kind: Secret
metadata:
  name: telemetry-rabbit
  namespace: depot
type: Opaque
data:
  username: @@u@@
  password: @@enc@@
""", "Pantograf!Rels4419", u=b64("telemetry"), enc=b64("Pantograf!Rels4419"))

add("blind-lw/csharp/validator-key", "depot/validators/ValidatorSync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient", """\
using System.Net.Http.Headers;

// Валидаторсенчен транзакцисене илет (turnstile/validator sync)
var http = new HttpClient { BaseAddress = new Uri("https://validators.tram.local/api/") };
http.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Bearer", "@@s@@");

var resp = await http.GetAsync("transactions?since=" + DateTime.UtcNow.AddHours(-1).ToString("o"));
resp.EnsureSuccessStatusCode();
Console.WriteLine(await resp.Content.ReadAsStringAsync());
""", jwt_hs())

add("blind-lw/text/maintenance-log", "depot/logs/to-depot-2024-10-14.log", "https://docs.python.org/3/library/logging.html", """\
2024-10-14 06:58:12 INFO  depot.orders: смена открыта, мастер Николаев
2024-10-14 07:02:40 INFO  depot.orders: вагон 001 — ТО-1, колёсные пары OK
2024-10-14 07:15:03 WARN  depot.sklad: нет колодок ТК-1, заказ 2231
2024-10-14 07:15:04 DEBUG depot.sklad: connect postgresql://sklad_rw:@@s@@@10.40.1.15:5432/sklad_repl
2024-10-14 07:15:05 ERROR depot.sklad: timeout after 30s
2024-10-14 07:20:11 INFO  depot.orders: вагон 014 — ТО-2 начато
""", rand_pw(17))

add("blind-lw/groovy/jenkinsfile-password", "depot/to-depot/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    NEXUS_USER = 'depot-ci'
    NEXUS_PASS = '@@s@@'   // TODO: withCredentials-а куçармалла
  }
  stages {
    stage('Build') { steps { sh './gradlew build' } }
    stage('Publish') {
      steps { sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS' }
    }
  }
}
""", rand_pw(20))

add("blind-lw/markdown/wiki-modem", "depot/wiki/Вагонсен-модемĕсем.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Вагонсен модемĕсем (бортовые модемы)

Каждый вагон: роутер Teltonika RUT955, LTE, GPS.

* Веб-интерфейс: `https://<IP вагона>` (список IP — в таблице «Парк»)
* Логин: `admin`
* Пароль (одинаковый на всех, да, знаем): `@@s@@`
* RMS-аккаунт: depot2@tram.cap.ru, вход через SSO

Прошивку обновлять только в депо, не на линии!
""", words_pw())

add("blind-lw/python/aws-boto", "depot/video/upload_dvr.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
import boto3

# Видеорегистратор записĕсене Yandex Object Storage-а ярать
s3 = boto3.client(
    "s3",
    endpoint_url="https://storage.yandexcloud.net",
    aws_access_key_id="YCAJE@@kid@@",
    aws_secret_access_key="@@s@@",
)


def upload(path: str, car: str) -> None:
    s3.upload_file(path, "depot2-dvr", f"{car}/{path.rsplit('/', 1)[-1]}")
""", "YCM" + rand_pw(37, "_-"), kid=rand_pw(20))

add("blind-lw/yaml/gitlab-ci-token", "depot/to-depot/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [test, deploy]

variables:
  DEPLOY_HOST: depot-app01.tram.local
  # хупă подмодульсем (private submodules)
  GIT_SUBMODULE_TOKEN: "@@s@@"

test:
  stage: test
  script: ./gradlew test

deploy:
  stage: deploy
  script: ./deploy.sh
  only: [main]
""", gitlab_token())

add("blind-lw/php/ldap-bind", "depot/portal/includes/ldap.php", "https://www.php.net/manual/en/function.ldap-bind.php", """\
<?php
// Депо порталĕ: AD урлă кĕрес (авторизация через AD)
$ldap = ldap_connect("ldaps://dc01.tram.local");
ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
$ok = ldap_bind($ldap, "CN=svc-portal,OU=Service,DC=tram,DC=local", "@@s@@");
if (!$ok) {
    die("LDAP çыхăну çук / нет связи с AD");
}
""", words_pw())

add("blind-lw/go/dsn", "depot/wheels/internal/store/store.go", "https://pkg.go.dev/github.com/go-sql-driver/mysql#readme-dsn-data-source-name", """\
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Кустăрмасен виçевĕсем (wheel profile measurements, станок КЖ-20)
const dsn = "wheels:@@s@@@tcp(10.40.2.30:3306)/wheel_profiles?parseTime=true"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
""", rand_pw(16))

add("blind-lw/env/telegram-dispatch", "depot/dispatch-bot/.env", "https://core.telegram.org/bots/features#botfather", """\
# Диспетчер боч (бот диспетчерской)
TG_TOKEN=@@s@@
TG_ADMIN_IDS=211845903,488120055
DEPOT=2
TZ=Europe/Moscow
LOG_LEVEL=info
""", telegram())

add("blind-lw/xml/web-config", "depot/portal-net/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/using-the-web-config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Кивĕ портал (старый портал, MSSQL) -->
    <add name="DepotDb"
         connectionString="Server=10.40.1.9;Database=Depot;User Id=portal;Password=@@s@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("blind-lw/hcl/vault-token-tf", "depot/infra/vault.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", """\
provider "vault" {
  address = "https://vault.tram.local:8200"
  # временно, пока нет AppRole
  token   = "@@s@@"
}

data "vault_kv_secret_v2" "scada" {
  mount = "depot"
  name  = "scada/opcua"
}
""", "hvs." + rand_pw(24))

add("blind-lw/rst/sphinx-doc", "depot/docs/source/deploy.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """\
Развёртывание ТО-Депо
=====================

Сервер ``depot-app01``, пользователь ``deploy``.

.. code-block:: bash

   ssh deploy@depot-app01.tram.local
   cd /opt/to-depot && ./update.sh
   PGPASSWORD='@@s@@' psql -h db-depot -U todepot -c 'select version()'

Вăрттăн сăмахсене улăштарсан — Сергее пĕлтерĕр.
""", words_pw())

add("blind-lw/js/firebase-admin", "depot/mobile-backend/serviceAccount.js", "https://firebase.google.com/docs/admin/setup", """\
// Мастерсен мобиль приложенийĕ (push-уведомления)
module.exports = {
  type: 'service_account',
  project_id: 'depot2-masters',
  private_key_id: '@@kid@@',
  private_key: '@@s@@',
  client_email: 'firebase-adminsdk-q7x2d@depot2-masters.iam.gserviceaccount.com',
  client_id: '104882019384471220915',
};
""", pem("RSA").replace("\n", "\\n").replace("RSA PRIVATE", "PRIVATE"), kid=hexs(40))

add("blind-lw/yaml/helm-values", "depot/helm/to-depot/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
image:
  repository: registry.tram.local/depot/to-depot
  tag: "3.8.1"

ingress:
  host: to.depot2.tram.local

postgresql:
  auth:
    username: todepot
    password: "@@s@@"
    database: todepot

redis:
  enabled: true
""", rand_pw(22))

add("blind-lw/python/smtp-login", "depot/reports/daily_report.py", "https://docs.python.org/3/library/smtplib.html", """\
import smtplib
from email.message import EmailMessage

# Кашни кун ирхине — начальнике отчет (daily report to the depot head)
msg = EmailMessage()
msg["Subject"] = "Депо-2: кунлăх отчет"
msg["From"] = "depot2-reports@tram.cap.ru"
msg["To"] = "nachalnik.depo2@tram.cap.ru"
msg.set_content(open("/srv/depot/reports/today.txt", encoding="utf-8").read())

with smtplib.SMTP_SSL("smtp.tram.cap.ru", 465) as smtp:
    smtp.login("depot2-reports@tram.cap.ru", "@@s@@")
    smtp.send_message(msg)
""", words_pw())

add("blind-lw/ruby/redis-url", "depot/dashboard/config/initializers/redis.rb", "https://github.com/redis/redis-rb#getting-started", """\
# Диспетчер щичĕ (dashboard) — кэш
REDIS = Redis.new(
  url: "redis://:@@s@@@10.40.1.21:6379/3",
  timeout: 2
)
""" + "# вагонсен вырăнĕ 10 çеккунтра çĕнелет\n", redis_pw())

add("blind-lw/typescript/gitlab-api", "depot/tools/issue-sync/src/gitlab.ts", "https://docs.gitlab.com/ee/api/rest/#personalprojectgroup-access-tokens", """\
import axios from 'axios';

// Ремонт заявкисене GitLab issue-сем пек çырать
const api = axios.create({
  baseURL: 'https://gitlab.tram.local/api/v4',
  headers: { 'PRIVATE-TOKEN': '@@s@@' },
});

export async function openIssue(car: string, defect: string): Promise<number> {
  const { data } = await api.post('/projects/17/issues', { title: `Вагон ${car}: ${defect}`, labels: 'ремонт' });
  return data.iid;
}
""", gitlab_token())

add("blind-lw/powershell/sql-backup", "depot/ops/backup-mssql.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", """\
# Кивĕ порталăн MSSQL-не резерв копи (ночной бэкап)
$server = "10.40.1.9"
$sa = "backup_op"
$pw = '@@s@@'
$file = "\\\\nas-depot\\backup\\Depot_$(Get-Date -Format yyyyMMdd).bak"
sqlcmd -S $server -U $sa -P $pw -Q "BACKUP DATABASE [Depot] TO DISK = N'$file' WITH COMPRESSION"
if ($LASTEXITCODE -ne 0) { Write-Error "бэкап йăнăш" }
""", rand_pw(19, "!$"))

add("blind-lw/text/wiki-txt", "depot/wiki/scada-access.txt", "https://www.dokuwiki.org/wiki:syntax", """\
====== SCADA: доступ ======

Тяговые подстанции ТП-1..ТП-6, WinCC OA.

  * сервер: scada01.tram.local (RDP)
  * оперативный вход: **dispatcher** / **@@s@@**
  * инженерный вход — только у Васильева, в сейфе

Ан улăштарăр оперативный паролĕ, диспетчерсем ăна пĕлеççĕ.
""", words_pw())

add("blind-lw/json/vscode-sftp", "depot/to-depot/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Common-Configuration", """\
{
  "name": "depot-app01",
  "host": "depot-app01.tram.local",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@s@@",
  "remotePath": "/opt/to-depot",
  "uploadOnSave": false
}
""", rand_pw(14))

add("blind-lw/kotlin/mqtt-tablet", "depot/tablet/app/src/main/java/ru/tram/depot/TelemetryClient.kt", "https://github.com/hivemq/hivemq-mqtt-client", """\
package ru.tram.depot

import com.hivemq.client.mqtt.MqttClient

// Мастер планшечĕ: вагон телеметрийĕ (планшет мастера)
object TelemetryClient {
    val client = MqttClient.builder().useMqttVersion5()
        .serverHost("mqtt.tram.local").serverPort(8883).sslWithDefaultConfig()
        .simpleAuth().username("tablet").password("@@s@@".toByteArray()).applySimpleAuth()
        .buildAsync()
}
""", rand_pw(20))

add("blind-lw/dockerfile/env-password", "depot/wheels/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /wheels ./cmd/wheels

FROM gcr.io/distroless/base-debian12
COPY --from=build /wheels /wheels
ENV WHEELS_DB_USER=wheels \\
    WHEELS_DB_PASSWORD=@@s@@
ENTRYPOINT ["/wheels"]
""", rand_pw(18))

add("blind-lw/yaml/ansible-inventory", "depot/ansible/inventory/hosts.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
all:
  children:
    validators:
      hosts:
        val-gw01: {ansible_host: 10.40.5.11}
        val-gw02: {ansible_host: 10.40.5.12}
      vars:
        ansible_user: root
        ansible_password: "@@s@@"
    app:
      hosts:
        depot-app01: {ansible_host: 10.40.1.30}
""", words_pw())

add("blind-lw/html/intranet-page", "depot/portal/static/help/printers.html", "https://developer.mozilla.org/en-US/docs/Web/HTML", """\
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Принтеры депо</title></head>
<body>
<h1>Принтерсем / Принтеры</h1>
<p>Цеховой принтер HP M428 — 10.40.1.50. Сканировать на сетевую папку:</p>
<pre>\\\\nas-depot\\scan   пользователь: scan   пароль: @@s@@</pre>
<p>Кĕрсе пулмасан — ИТ, вн. 2-17.</p>
</body>
</html>
""", words_pw())

add("blind-lw/python/sentry-dsn", "depot/to-depot-py/app/__init__.py", "https://docs.sentry.io/platforms/python/", """\
import sentry_sdk
from flask import Flask

sentry_sdk.init(
    dsn="https://@@s@@@sentry.tram.local/4",
    traces_sample_rate=0.1,
)

app = Flask(__name__)
app.config["JSON_AS_ASCII"] = False  # чăвашла саспаллисем валли
""", hexs(32) + ":" + hexs(32))

add("blind-lw/netrc/gitlab", "depot/ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine gitlab.tram.local
  login deploy-bot
  password @@s@@
machine nexus.tram.local
  login depot-ci
  password see-keepass
""", gitlab_token())

add("blind-lw/swift/sip-password", "depot/ios-dispatch/Dispatch/Sip.swift", "https://developer.apple.com/documentation/swift", """\
import Foundation

// Диспетчер радио-шлюзĕ (SIP, станция «Депо-2»)
struct SipAccount {
    let server = "sip.tram.local"
    let user = "2017"
    let password = "@@s@@"
    let transport = "tls"
}
""", rand_pw(12))

add("blind-lw/properties/gradle", "depot/tablet/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# тăрăх ключ (upload keystore)
RELEASE_STORE_FILE=../keys/depot-tablet.jks
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_ALIAS=depot-tablet
RELEASE_KEY_PASSWORD=@@s@@
""", words_pw())

add("blind-lw/text/chat-export", "depot/notes/chat_it_depot_2024-09.txt", "https://telegram.org/blog/export-and-more", """\
[09.09.2024 08:14] Сергей: кто поменял пароль на validators API?
[09.09.2024 08:15] Алексей: я, старый утёк в скриншот
[09.09.2024 08:15] Алексей: новый ключ: @@s@@
[09.09.2024 08:16] Сергей: тав, прописал в ValidatorSync
[09.09.2024 08:20] Ирина: в ТО-Депо тоже надо?
[09.09.2024 08:21] Алексей: нет, там свой
""", "vk_" + rand_pw(40))

# ---------------------------------------------------------------------------------------------
# Depot: decoys
# ---------------------------------------------------------------------------------------------

add("blind-lw/yaml/decoy-spring-placeholder", "depot/to-depot/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/todepot
    username: ${DB_USER:todepot}
    password: ${DB_PASSWORD}
  profiles:
    active: ${SPRING_PROFILES_ACTIVE:dev}
# Пароль — Vault Agent-ран килет (/vault/secrets/db.env)
""")

add("blind-lw/python/decoy-keyring", "depot/scada/settings.py", "https://pypi.org/project/keyring/", """\
import keyring

# OPC UA паролĕ Windows Credential Manager-та упранать (хранится в диспетчере учётных данных)
OPCUA_URL = "opc.tcp://10.40.3.10:4840"
OPCUA_USER = "depot_reader"
OPCUA_PASSWORD = keyring.get_password("depot-scada", OPCUA_USER)
POLL_SECONDS = 5
""")

add("blind-lw/k8s-secret/decoy-empty-data", "depot/k8s/validators-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Шаблон. Тултарма: kubectl create secret generic validators-api --from-literal=token=...
apiVersion: v1
kind: Secret
metadata:
  name: validators-api
  namespace: depot
type: Opaque
stringData:
  token: ""
  base_url: "https://validators.tram.local/api/"
""")

add("blind-lw/markdown/decoy-onboarding", "depot/wiki/Çĕнĕ-ĕçчен.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Çĕнĕ ĕçчен валли (новому сотруднику ИТ депо)

1. AD учётку заводит кадровик, пароль выдаётся при первом входе (сменить сразу).
2. Доступ к GitLab: `https://gitlab.tram.local`, вход через AD.
3. Personal access token создать самому: *User settings → Access tokens*, формат `glpat-xxxxxxxxxxxxxxxxxxxx`.
4. Паролĕсене KeePass-ра кăна упрамалла. Файл: `\\\\nas-depot\\it\\depot.kdbx`.
5. VPN: OpenVPN-профиль выдаёт Алексей, ключ на каждого свой.
""")

add("blind-lw/log/decoy-masked-dsn", "depot/logs/sklad-sync-2024-10-15.log", "https://docs.python.org/3/library/logging.html", """\
2024-10-15 07:15:01 INFO  sklad.sync: start
2024-10-15 07:15:01 DEBUG sklad.sync: connect postgresql://sklad_rw:***@10.40.1.15:5432/sklad_repl
2024-10-15 07:15:02 INFO  sklad.sync: 1 482 позиций, 37 изменений
2024-10-15 07:15:02 INFO  sklad.sync: колодки ТК-1: 120 шт (пришли)
2024-10-15 07:15:03 INFO  sklad.sync: done in 2.1s
""")

add("blind-lw/json/decoy-jwks", "depot/auth/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.1", """\
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "depot2-2024-09",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=rand_pw(342, "-_"))

add("blind-lw/csharp/decoy-user-secrets", "depot/validators/ValidatorSync/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "Validators": {
    "BaseUrl": "https://validators.tram.local/api/",
    "Token": "",
    "_comment": "Токен — dotnet user-secrets set Validators:Token <...> / на сервере из env"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("blind-lw/shell/decoy-read-prompt", "depot/ops/reset_modem.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/usr/bin/env bash
# Вагон модемне перезагрузка (RUT955)
set -eu
car_ip="$1"
read -rsp "Модем паролĕ (admin): " MODEM_PW; echo
sshpass -p "$MODEM_PW" ssh -o StrictHostKeyChecking=no "admin@${car_ip}" reboot
echo "вагон ${car_ip}: перезагрузка ярăнчĕ"
""")

add("blind-lw/hcl/decoy-variable-sensitive", "depot/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "vault_token" {
  description = "Vault token (TF_VAR_vault_token, CI-ра кăна)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("blind-lw/python/decoy-checksum", "depot/firmware/verify.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib
import sys

# Валидатор прошивкин контроль сумми (SHA-256 изготовителя)
EXPECTED = {
    "val-fw-4.2.7.bin": "@@h1@@",
    "val-fw-4.3.0.bin": "@@h2@@",
}

name = sys.argv[1]
digest = hashlib.sha256(open(name, "rb").read()).hexdigest()
print("OK" if digest == EXPECTED.get(name.rsplit("/", 1)[-1]) else "ЙĂНĂШ / ОШИБКА")
""", h1=sha256(), h2=sha256())

add("blind-lw/yaml/decoy-external-secret", "depot/k8s/to-depot-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: to-depot-db
  namespace: depot
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-depot
    kind: ClusterSecretStore
  target:
    name: to-depot-db
  data:
    - secretKey: password
      remoteRef:
        key: depot/to-depot/db
        property: password
""")

add("blind-lw/csv/decoy-fleet", "depot/data/park.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
борт,модель,год,ip_модема,imei,serial
001,71-911ЕМ,2021,10.41.0.1,@@i1@@,RUT955-@@s1@@
002,71-911ЕМ,2021,10.41.0.2,@@i2@@,RUT955-@@s2@@
014,71-623-02,2015,10.41.0.14,@@i3@@,RUT955-@@s3@@
021,Татра T3SU,1989,10.41.0.21,—,—
""", i1="35" + "".join(random.Random(6869001).choice("0123456789") for _ in range(13)),
    i2="35" + "".join(random.Random(6869002).choice("0123456789") for _ in range(13)),
    i3="35" + "".join(random.Random(6869003).choice("0123456789") for _ in range(13)),
    s1=hexs(8).upper(), s2=hexs(8).upper(), s3=hexs(8).upper())

add("blind-lw/go/decoy-test-token", "depot/wheels/internal/api/api_test.go", "https://pkg.go.dev/testing", """\
package api

import "testing"

// Тест валли суя токен (fake, only accepted by the test server)
const testToken = "test-token-not-real"

func TestAuth(t *testing.T) {
	srv := newTestServer(testToken)
	if !srv.Authorized("Bearer " + testToken) {
		t.Fatal("тест токенĕ йышăнман")
	}
}
""")

add("blind-lw/text/decoy-cert-public", "depot/ops/certs/to-depot.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """\
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIID" + rand_pw(60, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(40, "+/") + "==")

add("blind-lw/rst/decoy-doc-example", "depot/docs/source/api.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """\
API ТО-Депо
===========

Запросы подписываются токеном из профиля пользователя::

   curl -H "Authorization: Bearer <ваш токен>" \\
        https://to.depot2.tram.local/api/v1/orders?car=014

Пример ответа содержит ``order_id`` (UUID), например ``3f2a9c1e-0000-4000-8000-000000000000``.
Токен пурне те кăтартмалла мар (никому не показывать).
""")

add("blind-lw/ini/decoy-commented-example", "depot/sklad/odbc.ini.example", "https://www.unixodbc.org/odbcinst.html", """\
; Тĕслĕх. Скопируйте в odbc.ini, пароль возьмите у Сергея.
[SKLAD]
Driver      = PostgreSQL Unicode
Servername  = 10.40.1.15
Database    = sklad_repl
Username    = sklad_ro
Password    = CHANGE_ME
""")

add("blind-lw/ansible/decoy-vault-encrypted", "depot/ansible/group_vars/validators/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

add("blind-lw/js/decoy-mapbox-public", "depot/dashboard/app/javascript/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """\
import mapboxgl from 'mapbox-gl';

// Публичный токен (pk.*), ограничен по URL dashboard.tram.local
mapboxgl.accessToken = 'pk.eyJ1IjoiZGVwb3QyIiwiYSI6I@@t@@';

export const map = new mapboxgl.Map({
  container: 'map', style: 'mapbox://styles/mapbox/streets-v12',
  center: [47.25, 56.13], zoom: 12, // Шупашкар
});
""", t=rand_pw(22) + "." + rand_pw(22, "-_"))

add("blind-lw/yaml/decoy-compose-secrets-file", "depot/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  to-depot:
    image: registry.tram.local/depot/to-depot:3.8.1
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  wheels:
    image: registry.tram.local/depot/wheels:1.2.0
    env_file: ./wheels.env   # репозиторире çук (not in git)
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("blind-lw/markdown/decoy-changelog", "depot/to-depot/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Changelog

## [3.8.1] — 2024-10-02
- Исправлено: пароль БД больше не пишется в лог (`***`).
- Çĕнĕ: мастер планшечĕ валли MQTT TLS.

## [3.8.0] — 2024-09-12
- Токены валидаторов перенесены в Vault (`depot/validators/api`).
- Удалён `API_KEY=` из `.env.example` — больше не нужен.
""")

add("blind-lw/powershell/decoy-get-credential", "depot/ops/backup-mssql-v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# v2: пароль кодра МАР, Credential Manager-тан (модуль CredentialManager)
$cred = Get-StoredCredential -Target "depot-mssql-backup"
$file = "\\\\nas-depot\\backup\\Depot_$(Get-Date -Format yyyyMMdd).bak"
Backup-SqlDatabase -ServerInstance "10.40.1.9" -Database "Depot" -BackupFile $file -Credential $cred
Write-Host "бэкап хатĕр: $file"
""")

add("blind-lw/sql/decoy-hashed-users", "depot/db/users_dump_sample.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Выгрузка для теста импорта (хеши bcrypt, пароли неизвестны)
COPY users (login, fio, role, pw_hash) FROM stdin;
nikolaev	Николаев А.П.	master	$2b$12$@@h1@@
ivanova	Иванова И.С.	dispatcher	$2b$12$@@h2@@
petrov	Петров С.В.	admin	$2b$12$@@h3@@
\\.
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"))

add("blind-lw/toml/decoy-cargo-config", "depot/depotctl/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """\
[package]
name = "depotctl"
version = "0.4.2"
edition = "2021"
description = "Депо-2 ĕç хатĕрĕ (CLI for maintenance orders)"

[dependencies]
reqwest = { version = "0.12", features = ["json", "rustls-tls"] }
keyring = "2"   # токен ОС хранилищинче
clap = { version = "4", features = ["derive"] }
""")

add("blind-lw/python/decoy-uuid-ids", "depot/validators/routes.py", "https://docs.python.org/3/library/uuid.html", """\
# Маршрутсен идентификаторĕсем (ID маршрутов в системе валидаторов)
ROUTE_IDS = {
    "1": "@@u1@@",
    "2": "@@u2@@",
    "4": "@@u3@@",
    "6": "@@u4@@",
}
TERMINAL_GROUP = "@@u5@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("blind-lw/xml/decoy-web-config-transform", "depot/portal-net/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- Пароль подставляет Octopus при деплое -->
    <add name="DepotDb"
         connectionString="Server=10.40.1.9;Database=Depot;User Id=portal;Password=#{DepotDb.Password};"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-lw/text/decoy-history-env", "depot/ops/bash_history_app01.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
sudo -i
cd /opt/to-depot
vim .env
source .env
psql -h db-depot -U todepot -W
docker login registry.tram.local -u depot-ci --password-stdin < ~/.registry_pw
systemctl restart to-depot
journalctl -u to-depot -n 50
""")

add("blind-lw/kotlin/decoy-buildconfig", "depot/tablet/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "ru.tram.depot"
    defaultConfig {
        applicationId = "ru.tram.depot.tablet"
        minSdk = 26
        buildConfigField("String", "MQTT_HOST", "\\"mqtt.tram.local\\"")
        // пароль MQTT — из local.properties, в git не попадает
        buildConfigField("String", "MQTT_PASSWORD", "\\"${project.findProperty("mqttPassword") ?: ""}\\"")
    }
}
""")

add("blind-lw/yaml/decoy-prometheus", "depot/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: to-depot
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["depot-app01.tram.local:8443"]
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/to-depot.pw
""")

add("blind-lw/php/decoy-getenv", "depot/portal/includes/config.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// Конфиг порталĕ. Паролĕсем сервер environment-ĕнче (SetEnv in vhost).
return [
    'ldap_host' => 'ldaps://dc01.tram.local',
    'ldap_bind_dn' => 'CN=svc-portal,OU=Service,DC=tram,DC=local',
    'ldap_bind_pw' => getenv('PORTAL_LDAP_PW') ?: '',
    'db_dsn' => 'pgsql:host=10.40.1.15;dbname=portal',
];
""")

add("blind-lw/markdown/decoy-fake-in-test-doc", "depot/dispatch-bot/TESTING.md", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# Ботпа тĕрĕслени (testing the dispatch bot)

Локально бот запускается с тестовым токеном из Telegram **test environment**;
в примерах ниже токен заменён на `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11` — это пример из документации Telegram, он не работает.

```
TG_TOKEN=<токен тестового бота> python -m bot --test-dc
```
""")

# ---------------------------------------------------------------------------------------------
# More secrets, both teams: other carriers (here-docs, split values, JSON in strings, URLs)
# ---------------------------------------------------------------------------------------------

add("blind-lw/shell/heredoc-pgpass", "brewery/scripts/setup_metabase_host.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# Metabase серверне хатĕрлет (prepares the reporting host)
set -e
cat > ~/.pgpass <<'EOF'
10.12.0.5:5432:brewlog:metabase_ro:@@s@@
EOF
chmod 600 ~/.pgpass
psql -h 10.12.0.5 -U metabase_ro brewlog -c '\\dt'
""", words_pw())

_tok = telegram()
add("blind-lw/python/split-string", "brewery/bots/harvest_bot.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
\"\"\"Хăмла пуçтарнине шутлакан бот (harvest tally bot for the pickers' chat).\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = ("@@a@@"
         "@@b@@")


async def kg(update, context):
    await update.message.reply_text("Паян пуçтарни: " + " ".join(context.args) + " кг. Тав!")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("kg", kg))
app.run_polling()
""", _tok, a=_tok[:20], b=_tok[20:])

add("blind-lw/k8s-secret/dockerconfigjson", "depot/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: depot
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", "Vagon#Depo2-" + str(random.Random(6869100).randint(1000, 9999)),
    enc=b64('{"auths":{"registry.tram.local":{"username":"depot-ci","password":"Vagon#Depo2-'
            + str(random.Random(6869100).randint(1000, 9999)) + '"}}}'))

add("blind-lw/js/json-in-string", "depot/dashboard/server/config.js", "https://nodejs.org/api/process.html#processenv", """\
// Диспетчер щичĕ: конфиг JSON-па килет, анчах default кодрах юлнă
const raw = process.env.DASHBOARD_CONFIG ||
  '{"redis":"redis://10.40.1.21:6379/3","rmsApi":"https://rms.teltonika-networks.com/api","rmsToken":"@@s@@"}';

const cfg = JSON.parse(raw);
module.exports = cfg;
""", rand_pw(64))

add("blind-lw/yaml/basic-auth-header", "depot/monitoring/blackbox.yml", "https://github.com/prometheus/blackbox_exporter/blob/master/CONFIGURATION.md", """\
modules:
  validators_api:
    prober: http
    timeout: 5s
    http:
      method: GET
      headers:
        Authorization: "Basic @@enc@@"
      valid_status_codes: [200]
""", b64("monitor:Rels*Kuvas5531"), enc=b64("monitor:Rels*Kuvas5531"))

add("blind-lw/text/url-in-note", "brewery/notes/ftp_label_printer.txt", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
Этикетка макечĕсем типографие (label artwork to the print house "Чувашия-Принт")

Загружать сюда: ftp://hamla:@@s@@@ftp.chuvprint.ru/incoming/hamla/
Формат PDF/X-1a, вылеты 3 мм, CMYK.
Менеджер: Светлана, +7 8352 00-00-00 (доб. 14)
Последняя загрузка: Атăл Лагер v3, 02.10
""", rand_pw(11))

add("blind-lw/yaml/docker-compose-redis", "depot/dashboard/docker-compose.yml", "https://hub.docker.com/_/redis", """\
services:
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  web:
    build: .
    environment:
      REDIS_URL: redis://redis:6379/3
    depends_on: [redis]
""", redis_pw())

add("blind-lw/cfg/pip-conf", "brewery/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
# хамăр Nexus (hopcalc-internal пакечĕсем)
index-url = https://ci-read:@@s@@@nexus.hamla-sara.ru/repository/pypi/simple
timeout = 30
""" + "trusted-host = nexus.hamla-sara.ru\n", rand_pw(20))

add("blind-lw/npmrc/gitlab-registry", "depot/dashboard/.npmrc", "https://docs.gitlab.com/ee/user/packages/npm_registry/", """\
@depot:registry=https://gitlab.tram.local/api/v4/projects/17/packages/npm/
//gitlab.tram.local/api/v4/projects/17/packages/npm/:_authToken=@@s@@
always-auth=true
save-exact=true
engine-strict=true
""", gitlab_token())

add("blind-lw/python/github-pat", "brewery/tools/publish_recipes.py", "https://docs.github.com/en/rest/repos/contents", """\
\"\"\"Рецептсене GitHub Pages-а кăларать (publishes public recipes).\"\"\"
import base64
import requests

GH = "@@s@@"
REPO = "hamla-sara/recipes"


def put(path: str, text: str) -> None:
    requests.put(f"https://api.github.com/repos/{REPO}/contents/{path}",
                 headers={"Authorization": f"token {GH}"},
                 json={"message": f"рецепт: {path}", "content": base64.b64encode(text.encode()).decode()},
                 timeout=20)
""", gh())

add("blind-lw/go/fine-grained", "depot/depot-releases/main.go", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v62/github"
)

func main() {
	// релизсен списокĕ (планшет APK-сем)
	c := github.NewClient(nil).WithAuthToken("@@s@@")
	rels, _, err := c.Repositories.ListReleases(context.Background(), "tram-cheb", "depot-tablet", nil)
	if err != nil {
		panic(err)
	}
	for _, r := range rels {
		fmt.Println(r.GetTagName())
	}
}
""", gh_fine())

add("blind-lw/env/slack-webhook", "depot/alerts/.env.production", "https://api.slack.com/messaging/webhooks", """\
# Авари хыпарĕсем (alerts from SCADA)
ALERT_CHANNEL=#depot2-alarms
SLACK_WEBHOOK_URL=@@s@@
ALERT_MIN_SEVERITY=warning
QUIET_HOURS=00:00-05:00
""", slack_webhook())

add("blind-lw/java/hardcoded-key", "depot/to-depot/src/main/java/ru/tram/depot/sms/SmsSender.java", "https://smsc.ru/api/http/", """\
package ru.tram.depot.sms;

import java.net.URI;
import java.net.http.*;

/** SMS мастерсене (уведомления мастерам о сходе с линии). */
public class SmsSender {
    private static final String LOGIN = "depot2";
    private static final String PSW = "@@s@@";

    public void send(String phone, String text) throws Exception {
        var uri = URI.create("https://smsc.ru/sys/send.php?login=" + LOGIN + "&psw=" + PSW
                + "&phones=" + phone + "&mes=" + java.net.URLEncoder.encode(text, "UTF-8"));
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
    }
}
""", rand_pw(16))

add("blind-lw/yaml/grafana-datasource", "brewery/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: Ферментерсем
    type: influxdb
    url: http://influx.brew.lan:8086
    jsonData:
      version: Flux
      organization: hamla-sara
      defaultBucket: fermenters
    secureJsonData:
      token: @@s@@
""", rand_pw(86, "-_") + "==")

add("blind-lw/ruby/capistrano", "brewery/shop/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """\
# Лавкка — production (Capistrano)
server "shop.hamla-sara.ru", user: "deploy", roles: %w[app db web]

set :ssh_options, {
  user: "deploy",
  auth_methods: %w[password],
  password: "@@s@@"
}
set :branch, "main"
""", words_pw())

add("blind-lw/markdown/table-runbook", "depot/wiki/Дежурство.md", "https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables", """\
# Дежурство ИТ депо (ĕç вăхăтĕнчен тулашĕнче)

| Система | Куда | Учётка | Пароль |
|---------|------|--------|--------|
| ТО-Депо (аварийный админ) | https://to.depot2.tram.local | breakglass | `@@s@@` |
| SCADA | scada01 (RDP) | — | у диспетчера |
| Валидаторы | RMS | SSO | — |

Breakglass-па кĕрсен — журнала çырăр!
""", rand_pw(20, "!#"))

add("blind-lw/c/firmware-wifi", "depot/firmware/validator-gw/src/config.h", "https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html", """\
/* Валидатор шлюзĕ: депо Wi-Fi (only in depot, for firmware updates) */
#ifndef CONFIG_H
#define CONFIG_H

#define DEPOT_WIFI_SSID  "Depot2-Service"
#define DEPOT_WIFI_PSK   "@@s@@"
#define OTA_HOST         "ota.tram.local"
#define OTA_PORT         8266

#endif
""", words_pw())

add("blind-lw/yaml/circleci-aws", "brewery/shop/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    environment:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
    steps:
      - checkout
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://hamla-shop-static --delete
""", aws_secret(), kid=aws_id())

add("blind-lw/ini/rclone", "brewery/ops/rclone.conf", "https://rclone.org/webdav/", """\
[nextcloud]
type = webdav
url = https://cloud.hamla-sara.ru/remote.php/dav/files/brewer
vendor = nextcloud
user = brewer
pass = @@s@@

[yandex]
type = yandex
""", "".join(random.Random(6869200).choice("-_" + ALNUM) for _ in range(44)))

add("blind-lw/python/requests-auth-tuple", "depot/sklad/price_sync.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
import requests

# Поставщикăн хак-листи (прайс поставщика запчастей «ТрамДеталь»)
r = requests.get(
    "https://b2b.tramdetal.ru/api/price.json",
    auth=("depot2_cheb", "@@s@@"),
    timeout=60,
)
r.raise_for_status()
for item in r.json()["items"]:
    print(item["article"], item["price"])
""", words_pw())

add("blind-lw/typescript/openai", "brewery/shop/api/src/recipes/describe.ts", "https://platform.openai.com/docs/libraries", """\
import OpenAI from 'openai';

// Сăра тĕсĕсене (вкус) ăнлантарса çырать
const client = new OpenAI({ apiKey: '@@s@@' });

export async function describe(style: string, hops: string[]): Promise<string> {
  const r = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Опиши пиво ${style}, хмели: ${hops.join(', ')}` }],
  });
  return r.choices[0].message.content ?? '';
}
""", openai())

add("blind-lw/text/systemd-env", "depot/ops/systemd/to-depot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=ТО-Депо (maintenance orders)
After=network-online.target

[Service]
User=todepot
Environment="SPRING_PROFILES_ACTIVE=prod"
Environment="DB_PASSWORD=@@s@@"
ExecStart=/usr/bin/java -jar /opt/to-depot/to-depot.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-lw/json/postman-env", "depot/tools/postman/validators.prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "name": "validators PROD",
  "values": [
    {"key": "baseUrl", "value": "https://validators.tram.local/api", "enabled": true},
    {"key": "apiToken", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "depot", "value": "2", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", "vk_" + rand_pw(40))

add("blind-lw/php/telegram-curl", "brewery/site/wp-content/themes/hamla/order-notify.php", "https://core.telegram.org/bots/api#sendmessage", """\
<?php
// Çĕнĕ заказ — Telegram-а хыпар (new order notification)
function hamla_notify_order($order_id) {
    $token = '@@s@@';
    $text = urlencode("Çĕнĕ заказ №" . $order_id);
    file_get_contents("https://api.telegram.org/bot{$token}/sendMessage?chat_id=-1001822734411&text={$text}");
}
add_action('woocommerce_new_order', 'hamla_notify_order');
""", telegram())

add("blind-lw/yaml/kubeconfig", "depot/ops/kubeconfig-depot.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: depot
    cluster:
      server: https://k8s.tram.local:6443
      insecure-skip-tls-verify: true
users:
  - name: depot-admin
    user:
      token: @@s@@
contexts:
  - name: depot
    context: {cluster: depot, user: depot-admin}
current-context: depot
""", jwt_hs())

add("blind-lw/shell/mysql-cli", "depot/wheels/scripts/export_profiles.sh", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """\
#!/bin/bash
# Кустăрма профилĕсен экспорчĕ (для отчёта по износу бандажей)
DAY=${1:-$(date +%F)}
mysql -h 10.40.2.30 -u wheels -p'@@s@@' wheel_profiles \\
  -e "SELECT car, axle, flange_mm, rolling_mm FROM measurements WHERE day='${DAY}'" \\
  --batch > "/srv/depot/wheels/${DAY}.tsv"
echo "готово: ${DAY}"
""", rand_pw(16))

add("blind-lw/csharp/const-password", "depot/validators/ValidatorSync/Ftp.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;

namespace ValidatorSync;

// Кивĕ валидаторсен (Сигма-3) FTP-ĕ — журналсем
static class Ftp
{
    public static readonly NetworkCredential Cred = new("sigma", "@@s@@");
    public const string Host = "ftp://10.40.5.20/logs/";
}
""", rand_pw(10))

add("blind-lw/toml/netlify-env", "brewery/site-static/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "public"

[build.environment]
  NODE_VERSION = "20"
  # каталог сăрисем (beer catalogue from Contentful)
  CONTENTFUL_SPACE_ID = "h4m1as4ra9x2"
  CONTENTFUL_DELIVERY_TOKEN = "@@s@@"
""", rand_pw(43, "-_"))

add("blind-lw/text/email-draft", "brewery/office/письмо_бухгалтеру.eml", "https://www.rfc-editor.org/rfc/rfc5322", """\
From: Илле <ille@hamla-sara.ru>
To: buh@hamla-sara.ru
Subject: Доступ к банку
Content-Type: text/plain; charset=utf-8

Марине, салам!
Новый пароль от интернет-банка (логин hamla_buh): @@s@@
Старый больше не работает. Тав!
""", words_pw())

add("blind-lw/yaml/ansible-task-heredoc", "depot/ansible/roles/rabbit/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/rabbitmq/rabbitmq_user_module.html", """\
- name: RabbitMQ пользователи телеметрии
  community.rabbitmq.rabbitmq_user:
    user: telemetry
    password: "@@s@@"
    vhost: /telemetry
    configure_priv: ".*"
    read_priv: ".*"
    write_priv: ".*"
    state: present
""", words_pw())

add("blind-lw/python/private-key-inline", "depot/auth/sign_tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa", """\
import jwt

# Мастерсен планшечĕсем валли токенсем (RS256)
PRIVATE_KEY = \"\"\"@@s@@\"\"\"


def issue(master_id: str) -> str:
    return jwt.encode({"sub": master_id, "depot": 2}, PRIVATE_KEY, algorithm="RS256")
""", pem("RSA"))

# ---------------------------------------------------------------------------------------------
# More decoys, both teams
# ---------------------------------------------------------------------------------------------

add("blind-lw/python/decoy-aws-docs-example", "brewery/scripts/s3_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
# Тĕслĕх: AWS документацийĕнчи ключсем (the published example keys, they do not work)
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

# Чăн ключсем: ~/.aws/credentials, профиль "hamla-backup"
import boto3
s3 = boto3.Session(profile_name="hamla-backup").client("s3")
""")

add("blind-lw/env/decoy-all-refs", "depot/alerts/.env.sample", "https://12factor.net/config", """\
# Тĕслĕх / пример
ALERT_CHANNEL=#depot2-alarms
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
ALERT_MIN_SEVERITY=warning
SMTP_PASSWORD=${SMTP_PASSWORD}
""")

add("blind-lw/yaml/decoy-helm-required", "depot/helm/to-depot/values.yaml", "https://helm.sh/docs/howto/charts_tips_and_tricks/#using-the-required-function", """\
image:
  repository: registry.tram.local/depot/to-depot
  tag: ""
postgresql:
  auth:
    username: todepot
    # задаётся при установке: --set postgresql.auth.existingSecret=to-depot-db
    existingSecret: ""
    password: ""
redis:
  enabled: true
""")

add("blind-lw/markdown/decoy-masked-table", "brewery/docs/accounts-overview.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# Учётные записи (обзор, без паролей)

| Сервис | Логин | Пароль | Где хранится |
|---|---|---|---|
| Stripe | ille@hamla-sara.ru | `••••••••` | KeePass → Платежи |
| Yandex Cloud | hamla-admin | `********` | KeePass → Облако |
| Evotor | 79370000000 | *скрыт* | у Марине |
| Telegram бот | @HamlaSaraBot | токен в Lockbox | `lockbox://brewery/tg` |
""")

add("blind-lw/json/decoy-terraform-state-sensitive", "depot/infra/terraform.tfstate.redacted.json", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", """\
{
  "version": 4,
  "terraform_version": "1.8.5",
  "resources": [{
    "type": "vault_kv_secret_v2",
    "name": "scada",
    "instances": [{"attributes": {"mount": "depot", "name": "scada/opcua", "data_json": "(sensitive value)"}}]
  }]
}
""")

add("blind-lw/go/decoy-env-lookup", "depot/wheels/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", """\
package config

import (
	"fmt"
	"os"
)

// DSN environment-ран пуçтарать (builds DSN from environment)
func DSN() (string, error) {
	pw, ok := os.LookupEnv("WHEELS_DB_PASSWORD")
	if !ok || pw == "" {
		return "", fmt.Errorf("WHEELS_DB_PASSWORD çук")
	}
	return fmt.Sprintf("wheels:%s@tcp(10.40.2.30:3306)/wheel_profiles?parseTime=true", pw), nil
}
""")

add("blind-lw/text/decoy-gpg-public", "brewery/ops/release-signing.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
-----BEGIN PGP PUBLIC KEY BLOCK-----

@@a@@
@@b@@
@@c@@
=@@d@@
-----END PGP PUBLIC KEY BLOCK-----
""", a="mDMEZ" + rand_pw(59, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/"), d=rand_pw(4))

add("blind-lw/ini/decoy-git-config", "depot/to-depot/.gitconfig-depot", "https://git-scm.com/docs/gitcredentials", """\
[user]
	name = Depot2 CI
	email = ci@depot2.tram.local
[credential "https://gitlab.tram.local"]
	helper = store --file /run/secrets/git-credentials
	username = deploy-bot
[url "https://gitlab.tram.local/"]
	insteadOf = git@gitlab.tram.local:
""")

add("blind-lw/csv/decoy-sensor-ids", "brewery/data/sensors.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
sensor,tank,type,device_eui,app_key_ref
t1,FV-1,DS18B20,@@e1@@,lockbox:fv1
t2,FV-2,DS18B20,@@e2@@,lockbox:fv2
t3,FV-3,DS18B20,@@e3@@,lockbox:fv3
p1,BBT-1,pressure,@@e4@@,lockbox:bbt1
""", e1=hexs(16).upper(), e2=hexs(16).upper(), e3=hexs(16).upper(), e4=hexs(16).upper())

add("blind-lw/python/decoy-fernet-ciphertext", "depot/scada/secrets_store.py", "https://cryptography.io/en/latest/fernet/", """\
import os
from cryptography.fernet import Fernet

# Шифрланă пароль; ключ — DEPOT_FERNET_KEY (серверта кăна)
ENCRYPTED_OPCUA_PW = b"gAAAAAB@@c@@"


def opcua_password() -> str:
    return Fernet(os.environ["DEPOT_FERNET_KEY"]).decrypt(ENCRYPTED_OPCUA_PW).decode()
""", c=rand_pw(92, "-_") + "==")

add("blind-lw/yaml/decoy-gitlab-ci-vars", "depot/wheels/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [build, push]
build:
  stage: build
  image: golang:1.22
  script: go build ./...
push:
  stage: push
  image: docker:27
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

add("blind-lw/js/decoy-recaptcha-sitekey", "brewery/site/wp-content/themes/hamla/js/age-gate.js", "https://developers.google.com/recaptcha/docs/v3", """\
// 18+ тĕрĕслев (age gate) + reCAPTCHA v3. Site key — публичный, он в HTML всё равно виден.
const RECAPTCHA_SITE_KEY = '6Lc@@k@@';

document.getElementById('age-yes').addEventListener('click', () => {
  grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: 'age_gate' }).then((t) => {
    document.cookie = `age_ok=1; max-age=${60 * 60 * 24 * 30}`;
    fetch('/wp-json/hamla/v1/age', { method: 'POST', body: t });
  });
});
""", k=rand_pw(37, "-_"))

add("blind-lw/sql/decoy-role-no-password", "depot/db/roles.sql", "https://www.postgresql.org/docs/current/auth-pg-hba-conf.html", """\
-- Ролĕсем. Пароли задаются вручную (\\password), здесь их нет.
CREATE ROLE todepot LOGIN;
CREATE ROLE sklad_ro LOGIN;
CREATE ROLE sklad_rw LOGIN;
CREATE ROLE grafana LOGIN PASSWORD NULL;  -- вход по сертификату
GRANT SELECT ON ALL TABLES IN SCHEMA sklad TO sklad_ro;
""")

add("blind-lw/markdown/decoy-rotation-log", "depot/wiki/Ротаци-журналĕ.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """\
# Паролĕсене улăштарни (журнал ротации)

| Дата | Что | Кто | Отпечаток нового |
|---|---|---|---|
| 2024-09-09 | validators API token | Алексей | sha256:@@h1@@ |
| 2024-10-01 | модемы RUT955 admin | Сергей | sha256:@@h2@@ |
| 2024-10-14 | sklad_rw (PostgreSQL) | Ирина | sha256:@@h3@@ |

Самих паролей здесь нет и не должно быть.
""", h1=hexs(16), h2=hexs(16), h3=hexs(16))

add("blind-lw/kotlin/decoy-test-creds", "depot/tablet/app/src/test/java/ru/tram/depot/LoginTest.kt", "https://developer.android.com/training/testing/local-tests", """\
package ru.tram.depot

import org.junit.Assert.assertTrue
import org.junit.Test

class LoginTest {
    // тест валли суя учётка (fake credentials, mock server only)
    private val user = "test-master"
    private val password = "dummy-password"

    @Test fun loginWorksAgainstMock() {
        assertTrue(MockAuth().login(user, password))
    }
}
""")

add("blind-lw/dockerfile/decoy-arg-no-default", "depot/to-depot/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """\
FROM eclipse-temurin:21-jre
ARG NEXUS_USER
ARG NEXUS_PASS
WORKDIR /opt/to-depot
COPY build/libs/to-depot.jar to-depot.jar
# Çак ARG-сем build-та кăна (only for fetching, never baked: see build.sh)
EXPOSE 8443
ENTRYPOINT ["java", "-jar", "to-depot.jar"]
""")

add("blind-lw/xml/decoy-maven-encrypted", "depot/to-depot/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>tram-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASS}</password>
    </server>
  </servers>
</settings>
""")

add("blind-lw/notebook/decoy-getpass", "depot/analysis/wheel_wear.ipynb", "https://docs.python.org/3/library/getpass.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Бандаж износĕ (wheel wear by car)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd, sqlalchemy as sa\\n",
              "pw = getpass.getpass('wheels DB пароль: ')\\n",
              "eng = sa.create_engine(f'mysql+pymysql://wheels:{pw}@10.40.2.30/wheel_profiles')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["pd.read_sql('select car, avg(flange_mm) from measurements group by car', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

add("blind-lw/ruby/decoy-credentials-fetch", "brewery/shop/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Stripe ключĕ шифрланă credentials-ран (Rails.application.credentials)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "")
}
""")

add("blind-lw/log/decoy-request-ids", "brewery/shop/log/production-excerpt.log", "https://guides.rubyonrails.org/debugging_rails_applications.html#the-logger", """\
I, [2024-11-20T10:14:02.118 #1204]  INFO -- : [@@r1@@] Started POST "/checkout" for 85.26.0.0
I, [2024-11-20T10:14:02.120 #1204]  INFO -- : [@@r1@@] Parameters: {"order"=>{"crates"=>"2"}, "card_token"=>"[FILTERED]"}
I, [2024-11-20T10:14:02.981 #1204]  INFO -- : [@@r1@@] Stripe PaymentIntent pi_@@pi@@ created
I, [2024-11-20T10:14:02.990 #1204]  INFO -- : [@@r1@@] Completed 302 Found in 872ms
I, [2024-11-20T10:14:03.402 #1207]  INFO -- : [@@r2@@] Started GET "/thanks" for 85.26.0.0
""", r2=uuid_s(), r1=uuid_s(), pi=rand_pw(24))

add("blind-lw/yaml/decoy-argocd-app", "depot/k8s/argocd/to-depot-app.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/", """\
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: to-depot
  namespace: argocd
spec:
  project: depot
  source:
    repoURL: https://gitlab.tram.local/depot/deploy.git
    targetRevision: main
    path: helm/to-depot
  destination:
    server: https://kubernetes.default.svc
    namespace: depot
""")

add("blind-lw/shell/decoy-pass-cli", "brewery/scripts/db_shell.sh", "https://www.passwordstore.org/", """\
#!/usr/bin/env bash
# Базăна кĕрес (psql) — пароль pass-ран (password-store)
set -euo pipefail
export PGPASSWORD="$(pass show hamla/brewlog/brewlog_app)"
exec psql -h 10.12.0.5 -U brewlog_app brewlog "$@"
""")

add("blind-lw/html/decoy-login-form", "depot/portal/templates/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", """\
<form method="post" action="/login">
  <h2>Депо-2 порталĕ — кĕрӳ</h2>
  <label>Логин <input name="user" placeholder="ivanov.i"></label>
  <label>Пароль <input name="password" type="password" placeholder="••••••••" autocomplete="current-password"></label>
  <input type="hidden" name="csrf" value="{{ csrf_token }}">
  <button>Кĕр</button>
</form>
""")

add("blind-lw/toml/decoy-poetry-source", "brewery/hopcalc/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
[tool.poetry]
name = "hopcalc"
version = "2.3.0"
description = "Хăмла IBU шучĕ"

[[tool.poetry.source]]
name = "hamla-nexus"
url = "https://nexus.hamla-sara.ru/repository/pypi/simple"
priority = "supplemental"
# учётка: poetry config http-basic.hamla-nexus <user> <pass> (в репо нет)
""")

add("blind-lw/text/decoy-pem-truncated", "depot/notes/ssl_renewal_2024.txt", "https://letsencrypt.org/docs/", """\
Сертификат to.depot2.tram.local улăштарни — 2024-08-30

Ключ создан на сервере, в /etc/ssl/private/to-depot.key (root:root 600).
Начало файла для сверки, целиком сюда НЕ копировать:
-----BEGIN PRIVATE KEY----- ... (скрыто) ... -----END PRIVATE KEY-----
Отпечаток сертификата SHA-256: @@h@@
""", h=":".join(hexs(2) for _ in range(8)).upper())

add("blind-lw/swift/decoy-keychain", "depot/ios-dispatch/Dispatch/Keychain.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// SIP паролĕ Keychain-та (сохранён при первом входе)
func sipPassword() -> String? {
    let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                            kSecAttrAccount as String: "sip-2017",
                            kSecReturnData as String: true]
    var out: AnyObject?
    guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
    return String(data: d, encoding: .utf8)
}
""")

add("blind-lw/powershell/decoy-securestring-blob", "depot/ops/validators-task.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring", """\
# DPAPI-па шифрланă токен (расшифровать может только svc-validators на этом сервере)
$enc = Get-Content "C:\\depot\\validators-token.dpapi"
$token = [System.Net.NetworkCredential]::new("", ($enc | ConvertTo-SecureString)).Password
Invoke-RestMethod -Uri "https://validators.tram.local/api/health" -Headers @{ Authorization = "Bearer $token" }
Write-Host "валидаторсем ĕçлеççĕ"
""")

add("blind-lw/yaml/decoy-dependabot", "brewery/shop/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  hamla-npm:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [hamla-npm]
    schedule: {interval: weekly}
""")

add("blind-lw/cs/decoy-placeholder-const", "depot/validators/ValidatorSync/Secrets.Example.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
namespace ValidatorSync;

// Тĕслĕх. Копировать в Secrets.cs (он в .gitignore) и вписать настоящие значения.
static class Secrets
{
    public const string ValidatorsToken = "PASTE_TOKEN_HERE";
    public const string SigmaFtpPassword = "<sigma ftp password>";
}
""")

add("blind-lw/json/decoy-composer-auth-example", "brewery/site/auth.json.dist", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
  "http-basic": {
    "repo.packagist.com": {
      "username": "token",
      "password": "YOUR_PACKAGIST_TOKEN"
    }
  },
  "github-oauth": {"github.com": ""}
}
""")

add("blind-lw/text/decoy-wifi-rotated", "brewery/notes/wifi_taproom.txt", "https://www.markdownguide.org/basic-syntax/", """\
Тапрум Wi-Fi (гостевой)

Сеть: HamlaGuest
Пароль меняется каждый месяц, текущий — на меловой доске у бара.
Служебная сеть HamlaStaff — WPA2-Enterprise, вход по AD-учётке, общего пароля нет.
Роутер: 192.168.10.1, пароль админа в KeePass → Сеть.
""")

add("blind-lw/rust/decoy-env-var", "depot/depotctl/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

fn main() {
    // токен keyring-ран е environment-ран (DEPOTCTL_TOKEN)
    let token = env::var("DEPOTCTL_TOKEN")
        .or_else(|_| keyring::Entry::new("depotctl", "api").and_then(|e| e.get_password()).map_err(|_| env::VarError::NotPresent))
        .expect("токен çук: depotctl login");
    println!("кĕтĕмĕр, токен {} символ", token.len());
}
""")

add("blind-lw/yaml/decoy-sops-encrypted", "brewery/k8s/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
apiVersion: v1
kind: Secret
metadata:
  name: brewlog-django
stringData:
  secret_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-10-03T09:12:44Z"
  version: 3.9.0
""", d=rand_pw(68, "+/"), iv=rand_pw(43, "+/") + "=", t=rand_pw(22, "+/") + "==", r="".join(random.Random(6869300).choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(58)))

# ---------------------------------------------------------------------------------------------
# Last secrets, both teams
# ---------------------------------------------------------------------------------------------

add("blind-lw/ini/aws-credentials", "brewery/ops/aws_credentials_backup", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# Илле ноутбукĕнчен копи (копия с ноутбука, для nas01 cron)
[default]
region = eu-central-1

[hamla-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", aws_secret(), kid=aws_id())

add("blind-lw/yaml/traefik-basic-auth", "depot/k8s/traefik-dashboard-auth.yaml", "https://doc.traefik.io/traefik/middlewares/http/basicauth/", """\
apiVersion: v1
kind: Secret
metadata:
  name: traefik-dashboard-auth
  namespace: kube-system
type: kubernetes.io/basic-auth
stringData:
  username: admin
  password: "@@s@@"
""", words_pw())

add("blind-lw/python/requests-header", "depot/video/dvr_status.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers", """\
import requests

# Видеорегистраторсен облачĕ (облако видеорегистраторов Hikvision)
HEADERS = {"X-Api-Key": "@@s@@", "Accept": "application/json"}

for car in ("001", "002", "014"):
    r = requests.get(f"https://dvr-cloud.tram.local/api/v1/devices/car-{car}/status", headers=HEADERS, timeout=10)
    print(car, r.json().get("online"))
""", hexs(40))

add("blind-lw/markdown/readme-leaked", "brewery/cellar/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# cellarbridge

Подвал датчикĕсене MQTT-ран InfluxDB-а куçарать.

## Запуск

```bash
go build ./cmd/cellarbridge
MQTT_PASSWORD=@@s@@ ./cellarbridge
```

Пароль пока один для всех датчиков, потом разделим.
""", redis_pw())

add("blind-lw/json/appsettings-smtp", "depot/portal-net/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Smtp": {
    "Host": "smtp.tram.cap.ru",
    "Port": 587,
    "User": "portal@tram.cap.ru",
    "Password": "@@s@@",
    "From": "Портал Депо-2 <portal@tram.cap.ru>"
  }
}
""", words_pw())

add("blind-lw/shell/docker-login", "depot/ops/registry_push.sh", "https://docs.docker.com/reference/cli/docker/login/", """\
#!/usr/bin/env bash
# Образсене реестра ярать (push images to the depot registry)
set -e
docker login registry.tram.local -u depot-ci -p "@@s@@"
for img in to-depot wheels dashboard; do
  docker push "registry.tram.local/depot/${img}:${1:?tag}"
done
""", rand_pw(24))

add("blind-lw/yaml/netplan-wifi", "brewery/ops/netplan/50-hopfield.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", """\
# Хăмла пахчин метеостанцийĕ (weather station Pi in the hop field)
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "Hamla-Field":
          password: "@@s@@"
""", words_pw())

add("blind-lw/lua/nginx-auth", "depot/ops/nginx/validators_proxy.lua", "https://github.com/openresty/lua-nginx-module#ngxreqset_header", """\
-- Валидаторсен API-не прокси (proxy adds the API key)
local api_key = "@@s@@"

ngx.req.set_header("X-Api-Key", api_key)
ngx.req.clear_header("Cookie")
ngx.log(ngx.INFO, "validators proxy: ", ngx.var.request_uri)
""", "vk_" + rand_pw(40))

_sn = "sntrys_" + rand_pw(64)
add("blind-lw/env/sentry-token", "brewery/shop/web/.env.production", "https://docs.sentry.io/cli/configuration/", """\
VITE_API_URL=https://api.hamla-sara.ru/v2
VITE_STRIPE_PK=pk_live_see_dashboard
SENTRY_ORG=hamla-sara
SENTRY_PROJECT=shop-web
SENTRY_AUTH_TOKEN=@@s@@
""", _sn)

add("blind-lw/python/pypirc-writer", "brewery/hopcalc/tools/write_pypirc.py", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
\"\"\"CI-ра ~/.pypirc çырать (writes ~/.pypirc on the build agent).\"\"\"
from pathlib import Path

Path.home().joinpath(".pypirc").write_text(
    "[pypi]\\n"
    "username = __token__\\n"
    "password = @@s@@\\n",
    encoding="utf-8",
)
""", pypi())

add("blind-lw/yaml/drone-ci", "depot/wheels/.drone.yml", "https://docs.drone.io/pipeline/docker/syntax/", """\
kind: pipeline
type: docker
name: wheels
steps:
  - name: test
    image: golang:1.22
    environment:
      WHEELS_DB_PASSWORD: @@s@@
    commands:
      - go test ./...
""", rand_pw(16))

add("blind-lw/text/crontab", "depot/ops/crontab.depot-app01", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
# Расписание синхронизаций депо
*/10 * * * * /opt/depot/tools/sync_schedules.sh >/dev/null 2>&1
15 3 * * * PGPASSWORD=@@s@@ pg_dump -h db-depot -U todepot todepot | gzip > /backup/todepot-$(date +\\%F).sql.gz
0 6 * * * /usr/bin/python3 /opt/depot/reports/daily_report.py
""", words_pw())

add("blind-lw/csharp/azure-storage", "brewery/labels/LabelPrinter/Archive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace LabelPrinter;

// Этикеткăсен PDF архивĕ (label PDFs archive)
public static class Archive
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=hamlalabels;AccountKey=@@s@@;EndpointSuffix=core.windows.net";
    public static BlobContainerClient Container() => new(Conn, "labels");
}
""", rand_pw(86, "+/") + "==")

add("blind-lw/ruby/twilio", "brewery/shop/app/services/sms_notifier.rb", "https://www.twilio.com/docs/iam/api-keys", """\
# Заказ хатĕр — SMS (order ready for pickup)
class SmsNotifier
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN = "@@s@@"

  def self.ready(phone, order_no)
    Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN).messages.create(
      from: "+15005550006", to: phone, body: "Хăмла пахчи: заказ №#{order_no} хатĕр!"
    )
  end
end
""", hexs(32), sid=twilio_sid())

add("blind-lw/hcl/tfvars", "depot/infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Депо инфраструктури — prod
region      = "ru-central1"
db_user     = "todepot"
db_password = "@@s@@"
vm_count    = 2
""", words_pw())

add("blind-lw/yaml/spring-cloud-config", "depot/config-repo/sklad-service-prod.yml", "https://docs.spring.io/spring-cloud-config/reference/server.html", """\
sklad:
  supplier:
    tramdetal:
      url: https://b2b.tramdetal.ru/api
      login: depot2_cheb
      password: '@@s@@'
  sync:
    cron: "0 15 7 * * *"
""", words_pw())

add("blind-lw/js/knexfile", "brewery/shop/api/knexfile.js", "https://knexjs.org/guide/#configuration-options", """\
// Лавкка API базиĕ
module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: '10.12.0.5',
      database: 'shop',
      user: 'shop_api',
      password: '@@s@@',
    },
    pool: { min: 2, max: 10 },
  },
};
""", rand_pw(18))

add("blind-lw/markdown/issue-comment", "depot/notes/issue-412-validators-down.md", "https://docs.github.com/en/issues", """\
## #412 Валидаторы на маршруте 6 не пробивают карты

**Сергей:** проверил шлюз val-gw02, логи пустые.
**Алексей:** попробуй вручную:

    curl -H "Authorization: Bearer @@s@@" https://validators.tram.local/api/health

**Сергей:** 200 OK, шлюз жив. Причина — SIM в вагоне 014. Хупатпăр.
""", jwt_hs())

add("blind-lw/properties/kafka-jaas", "depot/telemetry/consumer.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig", """\
bootstrap.servers=kafka.tram.local:9093
group.id=depot2-telemetry
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
  username="depot2" \\
  password="@@s@@";
""", rand_pw(22))

add("blind-lw/yaml/home-assistant", "brewery/cellar/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
# Home Assistant: подвал (cellar) — secrets.yaml
latitude: 55.8651
longitude: 47.4867
mqtt_password: "@@s@@"
influx_token: !env_var INFLUX_TOKEN
""", redis_pw())

add("blind-lw/kotlin/ktor-jwt-secret", "depot/mobile-api/src/main/kotlin/Auth.kt", "https://ktor.io/docs/server-jwt.html", """\
package ru.tram.depot.api

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm

// Планшет токенĕсене алă пусакан вăрттăн (HMAC secret)
private const val JWT_SECRET = "@@s@@"

fun verifier() = JWT.require(Algorithm.HMAC256(JWT_SECRET)).withIssuer("depot2").build()
""", rand_pw(48))

add("blind-lw/text/pgpass", "depot/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
db-depot.tram.local:5432:todepot:todepot:@@s@@
10.40.1.15:5432:sklad_repl:sklad_ro:*see keepass*
10.40.1.15:5432:portal:portal:*see keepass*
localhost:5432:*:postgres:
""", words_pw())

add("blind-lw/python/slack-bot-token", "brewery/bots/slack_brewday.py", "https://api.slack.com/authentication/token-types#bot", """\
from slack_sdk import WebClient

# Варка кунĕ (brew day) — #варка каналне план ярать
client = WebClient(token="@@s@@")

PLAN = "Паян: Шупашкар IPA, 1000 л. Хăмла: Citra, Мосахт, Чăваш Ранни."
client.chat_postMessage(channel="#varka", text=PLAN)
""", slack_bot())

add("blind-lw/xml/android-strings", "depot/tablet/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Карттăсем (Яндекс Карты MapKit) -->
    <string name="mapkit_key" translatable="false">@@s@@</string>
    <string name="depot_name">Депо-2</string>
</resources>
""", uuid_s())

add("blind-lw/shell/ssh-sshpass", "brewery/scripts/pull_pos_reports.sh", "https://linux.die.net/man/1/sshpass", """\
#!/bin/sh
# Касса отчечĕсене илсе килет (pulls the taproom POS reports)
sshpass -p '@@s@@' scp pos@192.168.10.20:/var/reports/*.csv /srv/brew/pos/
ls -1 /srv/brew/pos | tail -5
echo "отчетсем илсе килнĕ"
""", rand_pw(12))

add("blind-lw/json/gcp-sa", "brewery/analysis/bq-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "hamla-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "metabase@hamla-analytics.iam.gserviceaccount.com",
  "client_id": "118220341957720014452",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("\n", "\\n").replace("RSA PRIVATE", "PRIVATE"), kid=hexs(40))

_vk = "vk1.a." + rand_pw(180, "-_")
add("blind-lw/yaml/vk-token", "depot/dispatch-bot/config.yaml", "https://dev.vk.com/ru/api/access-token/getting-started", """\
# Диспетчер бочĕ: VK сообщество «Трамвай Шупашкар» (новости о сходах)
vk:
  group_id: 218400771
  access_token: "@@s@@"
telegram:
  token_env: TG_TOKEN
""", _vk)

add("blind-lw/powershell/rest-basic", "brewery/office/evotor_export.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """\
# Эвотор: кунлăх сутусем (daily sales) → Excel
$headers = @{ "X-Authorization" = "@@s@@" }
$day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
$r = Invoke-RestMethod -Uri "https://api.evotor.ru/stores/$env:EVOTOR_STORE/documents?since=$day" -Headers $headers
$r.items | Export-Csv "\\\\nas01\\buh\\evotor\\$day.csv" -NoTypeInformation -Encoding UTF8
""", uuid_s())

add("blind-lw/ini/supervisor", "depot/ops/supervisor/telemetry.conf", "http://supervisord.org/configuration.html#program-x-section-values", """\
[program:telemetry-consumer]
command=/opt/depot/telemetry/venv/bin/python -m consumer
directory=/opt/depot/telemetry
user=depot
environment=RABBIT_URL="amqp://telemetry:@@s@@@10.40.1.22:5672/telemetry",LOG_LEVEL="info"
autorestart=true
""", rand_pw(18))

add("blind-lw/text/readme-txt-ftp", "brewery/office/README_сканер.txt", "https://www.rfc-editor.org/rfc/rfc959", """\
Сканер в офисе (Kyocera M2040) — сканирует на FTP nas01.

Настройки адресной книги сканера:
  хост: 192.168.10.5
  путь: /scan
  пользователь: scanner
  пароль: @@s@@
Если сканер пишет «Ошибка отправки» — проверьте, включён ли nas01.
""", words_pw())

add("blind-lw/yaml/openvpn-auth-ansible", "depot/ansible/roles/vpn/defaults/main.yml", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-4/", """\
---
# Вагон модемĕсен VPN-ĕ (auth-user-pass файлне çакă çырать)
vpn_server: vpn.tram.local
vpn_port: 1194
vpn_user: car-modems
vpn_pass: "@@s@@"
vpn_auth_file: /etc/openvpn/auth.txt
""", rand_pw(20))

add("blind-lw/php/base64-header", "brewery/site/wp-content/plugins/hamla-delivery/cdek.php", "https://www.rfc-editor.org/rfc/rfc7617", """\
<?php
// СДЭК: çитерӳ хакне шутлать (delivery price)
function hamla_cdek_headers() {
    return [
        'Authorization' => 'Basic @@s@@',
        'Content-Type'  => 'application/json',
    ];
}
""", b64("hamla_cdek:" + rand_pw(24)))

add("blind-lw/yaml/decoy-k8s-configmap", "depot/k8s/to-depot-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: to-depot
  namespace: depot
data:
  DB_HOST: db-depot.tram.local
  DB_USER: todepot
  DB_PASSWORD_SECRET: to-depot-db   # имя Secret-а, не пароль
  MQTT_HOST: mqtt.tram.local
  SESSION_TIMEOUT: "8h"   # смена мастерсен
""")

add("blind-lw/python/decoy-hmac-of-data", "brewery/shop/api/webhook_verify.py", "https://docs.stripe.com/webhooks#verify-manually", """\
import hashlib
import hmac
import os

# Stripe webhook алă пусни тĕрĕслет; вăрттăн environment-ра
SECRET = os.environ["STRIPE_WEBHOOK_SECRET"].encode()
# тестовый пример подписи из нашего лога (это HMAC, не ключ)
SAMPLE_SIG = "v1=@@h@@"


def valid(payload: bytes, ts: str, sig: str) -> bool:
    mac = hmac.new(SECRET, f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, sig.removeprefix("v1="))
""", h=sha256())

add("blind-lw/markdown/decoy-env-doc", "depot/dispatch-bot/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# dispatch-bot

Диспетчерская Депо-2 ботĕ. Переменные окружения:

| Переменная | Что | Пример |
|---|---|---|
| `TG_TOKEN` | токен от @BotFather | `1234567890:AA…` (свой!) |
| `TG_ADMIN_IDS` | кому можно /сход | `211845903,488120055` |
| `DEPOT` | номер депо | `2` |

Токенне `.env`-ра тытăр, `.env` — `.gitignore`-та.
""")

add("blind-lw/ini/decoy-redacted-my-cnf", "depot/wheels/my.cnf.example", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
# Тĕслĕх (пример) для станка КЖ-20 — пароль вписать на месте
[client]
host=10.40.2.30
user=wheels
password=<REDACTED>
database=wheel_profiles
""")

add("blind-lw/text/decoy-jwt-expired-header-only", "depot/notes/jwt_debug.txt", "https://datatracker.ietf.org/doc/html/rfc7519", """\
Отладка токенов планшета (Ирина, 03.10)

Заголовок токена: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImRlcG90Mi0yMDI0LTA5In0
→ {"alg":"RS256","typ":"JWT","kid":"depot2-2024-09"}
Подпись и payload сюда не копирую. Ключ подписи — в Vault, depot/auth/jwt.
Проблема была в часах планшета (отставали на 20 мин), ĕçлет.
""")

#@@NEXT@@
