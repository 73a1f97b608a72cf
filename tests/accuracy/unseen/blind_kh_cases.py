"""Blind set KH: Akhal-Teke horse stables and melon growers in Turkmenistan.

Stud books and pedigree registries, horse auctions, melon cold stores and packhouses, payment and
SMS gateways, CI and cloud of the small teams that run them; notes and comments partly in Turkmen
(Latin script) and Russian. Secret files and decoys. Generated fakes only (seeds 5510000-5519999).
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
SEED_LOW, SEED_HIGH = 5510000, 5519999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Arkadag", "Gyrat", "Yanardag", "Melegus", "Absent", "Garagum", "Kopetdag", "Murgap", "Tejen",
         "Dashoguz", "Gawun", "Garpyz", "Akhal", "Lebap", "Balkan", "Mary", "Yyldyz", "Altyn", "Gunes", "Bagt"]
LOWER = ["gawun", "garpyz", "bedew", "tohum", "ahalteke", "yylky", "dayza", "kerwen", "sahra", "bazar",
         "ammar", "gunes", "yagys", "howa", "derya", "baglar"]


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


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


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


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def sentry_dsn_key() -> str:
    return hexs(32)


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    """A PEM private key block; kind "" gives a PKCS#8 "BEGIN PRIVATE KEY" block."""
    return fakes.fake_pem(_seed(), kind).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def yandex_key() -> str:
    return fakes.fake("AQVN", 36, _seed())


def yandex_static_secret() -> str:
    return fakes.fake("YCP", 37, _seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def fine_pat() -> str:
    return fakes.github_fine_grained_token(_seed())


def session_token() -> str:
    return fakes.aws_session_token(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from fields (and `@@secret@@` from the secret)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-kh/{category}", file_name, text, secret, source))


# --------------------------------------------------------------------------------------------
# Secrets
# --------------------------------------------------------------------------------------------

add("env/postgres-password", "studbook-api/.env",
    "https://12factor.net/config",
    """# Ahalteke tohum kitaby API (stud book)
APP_ENV=production
DB_HOST=10.20.0.14
DB_PORT=5432
DB_NAME=studbook
DB_USER=studbook_app
DB_PASSWORD=@@secret@@
# Gündelik ätiýaçlyk nusga (backup) sagat 03:00-da
BACKUP_CRON="0 3 * * *"
""", words_pw())

add("python/telegram-bot", "auction_bot/settings.py",
    "https://core.telegram.org/bots/api",
    '''"""Bedew auksiony: Telegram bot settings (lots, bids, notifications)."""
import os

# Bot: @ahalteke_auction_bot — соколова сказала пока оставить здесь
TELEGRAM_TOKEN = "@@secret@@"
AUCTION_CHAT_ID = -1001873345521
BID_STEP_TMT = 5000
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
''', telegram())

add("yaml/aws-secret-key", "coldstore/config/s3.yml",
    "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",
    """# Gawun sowadyjy (melon cold store) — datchik loglary S3-e
storage:
  bucket: dashoguz-coldstore-sensors
  region: eu-central-1
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  prefix: chamber-temps/
retention_days: 365
""", aws_secret(), kid=aws_id())

add("json/sms-gateway-key", "sms-gateway/config.json",
    "https://www.json.org/json-en.html",
    """{
  "provider": "smsc",
  "sender": "GAWUN",
  "login": "merw_bakja",
  "api_key": "@@secret@@",
  "endpoint": "https://smsc.ru/sys/send.php",
  "templates": {
    "ready": "Gawunlaryňyz taýýar, ammar No.@@n@@",
    "paid": "Tölegiňiz kabul edildi"
  }
}
""", rand_pw(32), n="3")

add("php/mysql-password", "auksion/config/db.php",
    "https://www.php.net/manual/en/pdo.construct.php",
    """<?php
// Auksion saýtynyň maglumat binýady
// Пароль поменяли 12.03 после ухода подрядчика
$dsn = 'mysql:host=127.0.0.1;dbname=auksion;charset=utf8mb4';
$user = 'auksion_web';
$pass = '@@secret@@';
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
return $pdo;
""", words_pw())

add("go/payment-api-key", "payments/halkbank/client.go",
    "https://go.dev/doc/effective_go",
    """package halkbank

import (
	"net/http"
	"time"
)

// Töleg şlýuzy (payment gateway) — test däl, hakyky terminal
const (
	merchantID = "TM0042117"
	apiSecret  = "@@secret@@"
	baseURL    = "https://pay.example-bank.tm/api/v2"
)

func NewClient() *http.Client {
	return &http.Client{Timeout: 20 * time.Second}
}

func signHeader(req *http.Request) {
	req.Header.Set("X-Merchant", merchantID)
	req.Header.Set("X-Api-Secret", apiSecret)
}
""", rand_pw(40))

_pw = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/studbook-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: studbook-db
  namespace: ahalteke
  labels:
    app: studbook
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
""", _pw, user=b64("studbook"), pw=b64(_pw))

add("shell/mysql-cli-password", "ops/bash_history_melon01",
    "https://dev.mysql.com/doc/refman/8.0/en/connecting.html",
    """cd /srv/gawun-ammar
git pull
sudo systemctl restart coldstore-agent
mysql -h 10.0.3.5 -u ammar -p'@@secret@@' coldstore -e "select * from chambers limit 5"
tail -f /var/log/coldstore/agent.log
df -h
exit
""", words_pw())

add("markdown/ssh-password", "docs/runbook-sowadyjy.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Sowadyjy serweri (cold store server) — runbook

## Giriş
- Host: `ammar-01.lan` (192.168.10.21)
- Ulanyjy: `operator`
- Parol: `@@secret@@`

## Если компрессор не стартует
1. Проверить `systemctl status compressor-watch`
2. Jaň et: Myrat aga, +993 65 00 00 00
""", words_pw())

add("yaml/github-token", ".github/workflows/studbook-release.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """name: studbook release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Publish pedigree export
        env:
          GH_TOKEN: @@secret@@
        run: gh release upload ${{ github.ref_name }} dist/pedigree.csv
""", github())

add("dockerfile/pip-index-password", "auction-web/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/",
    """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Içki paket ammary (private index)
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://deploy:@@secret@@@pypi.ahalteke.internal/simple
COPY . .
CMD ["gunicorn", "auction.wsgi", "-b", "0.0.0.0:8000"]
""", rand_pw(24))

add("ini/smtp-password", "melon-orders/mail.ini",
    "https://docs.python.org/3/library/configparser.html",
    """; Sargyt hatlary (order mails)
[smtp]
host = smtp.yandex.ru
port = 465
user = sargyt@garpyz-bag.tm
password = @@secret@@
use_ssl = true

[notify]
to = hasap@garpyz-bag.tm
""", words_pw())

add("toml/sentry-dsn", "stable-tracker/config.toml",
    "https://docs.sentry.io/platforms/python/configuration/options/",
    """[app]
name = "stable-tracker"
# Athana (stable) gözegçilik
locale = "tk_TM"

[sentry]
dsn = "https://@@secret@@@o451123.ingest.sentry.io/5512044"
environment = "prod"
traces_sample_rate = 0.2
""", sentry_dsn_key())

add("terraform/do-token", "infra/digitalocean/main.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs",
    """terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

# Wagtlaýyn — soň tfvars-a geçirmeli
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "auction" {
  image  = "ubuntu-22-04-x64"
  name   = "auction-web-1"
  region = "fra1"
  size   = "s-1vcpu-2gb"
}
""", do_token())

add("javascript/sendgrid-key", "auction-web/src/mailer.js",
    "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs",
    """// Auksion netijeleri barada hat iberýär
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

async function sendResult(to, lot) {
  await sgMail.send({
    to,
    from: 'auksion@ahalteke-bedew.tm',
    subject: `Lot ${lot.number}: ${lot.horseName}`,
    text: `Iň ýokary baha: ${lot.price} TMT`,
  });
}

module.exports = { sendResult };
""", sendgrid_key())

add("json/sql-connection-string", "PackhouseErp/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Packhouse": "Server=10.1.1.9;Database=Gaplama;User Id=erp_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "Culture": "tk-TM"
}
""", words_pw())

add("properties/jdbc-password", "studbook-core/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """# Tohum kitaby — Spring Boot
spring.application.name=studbook-core
spring.datasource.url=jdbc:postgresql://db.studbook.lan:5432/studbook
spring.datasource.username=studbook_core
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Русский/туркменский интерфейс
app.locales=tk,ru,en
""", words_pw())

add("kotlin/api-key", "mobile/app/src/main/java/tm/bedew/app/ApiConfig.kt",
    "https://kotlinlang.org/docs/properties.html",
    """package tm.bedew.app

// Mobil programma: atlaryň pasportlary (horse passports)
object ApiConfig {
    const val BASE_URL = "https://api.bedew-pasport.tm/v1/"
    const val API_KEY = "@@secret@@"
    const val TIMEOUT_SECONDS = 30L
}
""", fakes.fake("bp_live_", 32, _seed()))

add("ruby/twilio-token", "sms/lib/notifier.rb",
    "https://www.twilio.com/docs/libraries/ruby",
    """require 'twilio-ruby'

# Ýetişen gawunlar barada SMS
module Notifier
  ACCOUNT_SID = '@@sid@@'
  AUTH_TOKEN = '@@secret@@'

  def self.client
    @client ||= Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  end

  def self.ready(phone, lot)
    client.messages.create(from: '+15005550006', to: phone, body: "Lot #{lot} taýýar")
  end
end
""", hexs(32), sid=twilio_sid())

add("rust/database-url", "sensor-ingest/src/config.rs",
    "https://docs.rs/sqlx/latest/sqlx/",
    """// Temperatura datçikleri — ammar kameralary
pub const DATABASE_URL: &str =
    "postgres://ingest:@@secret@@@10.0.5.3:5432/sensors";

pub const BATCH: usize = 500;
pub const CHAMBERS: [&str; 4] = ["A1", "A2", "B1", "B2"];
""", rand_pw(22))

add("swift/api-key", "ios/BedewApp/Secrets.swift",
    "https://developer.apple.com/documentation/swift",
    """import Foundation

// TODO: Keychain-e geçirmeli (пока так)
enum Secrets {
    static let mapsKey = "@@secret@@"
    static let apiHost = "api.bedew-pasport.tm"
}
""", google_api_key())

add("powershell/sql-password", "scripts/Backup-Gaplama.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd",
    """# Gaplama (packhouse) binýadynyň ätiýaçlyk nusgasy
$server = "10.1.1.9"
$db = "Gaplama"
$user = "backup_op"
$password = "@@secret@@"
$file = "D:\\Backup\\Gaplama_$(Get-Date -Format yyyyMMdd).bak"
Invoke-Sqlcmd -ServerInstance $server -Username $user -Password $password `
  -Query "BACKUP DATABASE [$db] TO DISK = N'$file'"
Write-Host "Taýýar: $file"
""", words_pw())

add("compose/postgres-password", "docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: studbook
      POSTGRES_USER: studbook
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    depends_on: [db]
volumes:
  pgdata: {}
""", rand_pw(20))

add("ansible/vault-less-password", "ansible/group_vars/coldstore.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """---
# Sowadyjy ammarlar (Daşoguz, Mary)
coldstore_hosts:
  - ammar-dashoguz
  - ammar-mary
mqtt_broker: mqtt.gawun.lan
mqtt_user: sensors
mqtt_password: "@@secret@@"
chamber_setpoint_c: 3
""", redis_pw())

add("gitlab-ci/deploy-token", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - git clone https://oauth2:@@secret@@@gitlab.com/garpyz/infra.git
    - cd infra && ./deploy.sh melon-orders
  only: [main]
""", gitlab_token())

add("npmrc/npm-token", "auction-web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@bedew:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("sql/create-user-password", "db/migrations/0007_reporting_user.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Hasabat üçin diňe okamak hukukly ulanyjy
-- Пользователь для отчетов (только чтение)
CREATE ROLE hasabat LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE studbook TO hasabat;
GRANT USAGE ON SCHEMA public TO hasabat;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO hasabat;
""", words_pw())

add("log/basic-auth-url", "logs/sync-2024-07-14.log",
    "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1",
    """2024-07-14 06:00:01 INFO  sync: starting studbook mirror
2024-07-14 06:00:02 INFO  fetching https://mirror:@@secret@@@registry.ahalteke.org/export/2024-07.xml
2024-07-14 06:00:09 INFO  1342 horses, 88 new foals
2024-07-14 06:00:10 WARN  3 records without dam id
2024-07-14 06:00:11 INFO  done in 10.2s
""", rand_pw(16))

add("yaml/slack-webhook", "monitoring/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/",
    """global:
  resolve_timeout: 5m
route:
  receiver: ammar-team
receivers:
  - name: ammar-team
    slack_configs:
      - api_url: @@secret@@
        channel: '#sowadyjy-alerts'
        title: 'Kamera temperaturasy: {{ .CommonLabels.chamber }}'
""", slack_webhook())

add("python/private-key", "signing/keys.py",
    "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/",
    '''"""Pasport PDF-lerine gol çekmek (signing horse passports)."""
from cryptography.hazmat.primitives import serialization

SIGNING_KEY_PEM = b"""@@secret@@"""


def load_key():
    return serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
''', pem())

add("notebook/openai-key", "analytics/melon_yield_forecast.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Gawun hasyly: çaklama (yield forecast)\\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "df = pd.read_csv('hasyl_2023.csv')\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("helm/redis-password", "charts/auction/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 2
image:
  repository: registry.bedew.tm/auction-web
  tag: "1.8.3"
redis:
  enabled: true
  auth:
    password: "@@secret@@"
ingress:
  host: auksion.bedew.tm
""", redis_pw())

add("csv/api-token", "ops/integrations_inventory.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """service,owner,env,token,notes
smsc.ru,Merdan,prod,@@secret@@,SMS gateway (gawun ýetişdi)
yandex-cloud,Aýna,prod,see vault,cold store backups
telegram,Merdan,prod,see vault,auction bot
github,Aýna,ci,see vault,studbook repo
""", rand_pw(32))

add("xml/decoy-empty-password", "exports/FileZilla/sitemanager.template.xml",
    "https://wiki.filezilla-project.org/Site_Manager",
    """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.ahalteke-registry.org</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>stable_gyrat</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Tohum kitaby eksport</Name>
    </Server>
  </Servers>
</FileZilla3>
""", None, enc="")
_pw = words_pw()
add("xml/ftp-password", "exports/FileZilla/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager",
    """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.ahalteke-registry.org</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>stable_gyrat</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Tohum kitaby eksport</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _pw, enc=b64(_pw))

add("env/aws-secret-key", "ops/backup/.env.prod",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """# Studbook surat arhiwi (foal photos) — S3
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-central-1
PHOTO_BUCKET=ahalteke-foal-photos
""", aws_secret(), kid=aws_id())

add("ini/aws-credentials", "ops/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """[default]
region = eu-central-1

[coldstore]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", aws_secret(), kid=aws_id())

add("yaml/yandex-cloud-key", "infra/yc/backup-job.yaml",
    "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key",
    """# Yandex Cloud — ежедневная выгрузка в Object Storage
job: coldstore-backup
schedule: "30 2 * * *"
yc:
  folder_id: b1g8t0kh5510ammar
  api_key: @@secret@@
target: s3://gawun-backups/daily/
""", yandex_key())

add("shell/curl-bearer", "scripts/push_lot_prices.sh",
    "https://curl.se/docs/manpage.html",
    """#!/usr/bin/env bash
set -euo pipefail
# Auksion bahalaryny bazar saýtyna iberýär
LOTS_FILE=${1:-lots.json}
curl -sS -X POST https://api.bazar-market.tm/v1/prices \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  --data @"$LOTS_FILE"
echo "ugradyldy"
""", rand_pw(40))

add("python/psycopg-dsn", "etl/load_weights.py",
    "https://www.psycopg.org/docs/module.html",
    '''"""Gawun agramlary (melon weights) terazi CSV-den binýada."""
import csv
import psycopg2

conn = psycopg2.connect(
    host="10.0.5.3",
    dbname="packhouse",
    user="etl",
    password="@@secret@@",
)


def load(path):
    with open(path, newline="", encoding="utf-8") as fh, conn.cursor() as cur:
        for row in csv.DictReader(fh):
            cur.execute("INSERT INTO weights (box, kg) VALUES (%s, %s)", (row["box"], row["kg"]))
    conn.commit()
''', words_pw())

add("typescript/stripe-key", "auction-web/src/payments/stripe.ts",
    "https://stripe.com/docs/keys",
    """import Stripe from 'stripe';

// Daşary ýurt alyjylary üçin kart tölegi (foreign bidders)
export const stripe = new Stripe('@@secret@@', {
  apiVersion: '2024-04-10',
});

export async function depositIntent(amountEur: number, lotId: string) {
  return stripe.paymentIntents.create({
    amount: Math.round(amountEur * 100),
    currency: 'eur',
    metadata: { lotId },
  });
}
""", stripe_key())

add("go/telegram-bot", "coldstore-alerts/main.go",
    "https://core.telegram.org/bots/api#sendmessage",
    """package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// Kamera gyzsa (если камера греется) — Telegram duýduryş
const botToken = "@@secret@@"
const chatID = "-1002211334455"

func alert(chamber string, temp float64) error {
	msg := fmt.Sprintf("⚠️ Kamera %s: %.1f°C", chamber, temp)
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(u, url.Values{"chat_id": {chatID}, "text": {msg}})
	return err
}
""", telegram())

add("markdown/table-password", "wiki/Serwerler.md",
    "https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables",
    """# Serwerler (servers)

| Ady | IP | Ulanyjy | Parol |
|-----|----|---------|-------|
| studbook-db | 10.20.0.14 | postgres | vault-da |
| auction-web | 10.20.0.21 | deploy | açar bilen (ssh key) |
| ammar-01 | 192.168.10.21 | operator | @@secret@@ |

Soraglar bolsa — Aýna.
""", words_pw())

add("text/note-russian", "notes/peredacha_del.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Передача дел (Мердан -> Айна), июль

1. Сервер аукциона: auction-web-1 (DigitalOcean, fra1)
2. Админка аукциона: https://auksion.bedew.tm/admin
   логин: admin
   пароль: @@secret@@
3. SMS-шлюз: ключ в vault, путь kv/sms/smsc
4. Бэкапы: каждую ночь, проверять по понедельникам
""", words_pw())

add("yaml/k8s-stringdata", "deploy/k8s/sms-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: garpyz
type: Opaque
stringData:
  SMSC_LOGIN: merw_bakja
  SMSC_PASSWORD: "@@secret@@"
""", words_pw())

_pw = rand_pw(24)
add("k8s-secret/registry-password", "deploy/k8s/regcred-bedew.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ahalteke
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _pw, enc=b64('{"auths":{"registry.bedew.tm":{"username":"ci","password":"' + _pw + '"}}}'))

add("python/django-secret-key", "auksion/auksion/settings/prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["auksion.bedew.tm"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "tk"
TIME_ZONE = "Asia/Ashgabat"
''', django_key())

add("java/smtp-password", "studbook-core/src/main/java/tm/studbook/mail/MailConfig.java",
    "https://javaee.github.io/javamail/docs/api/",
    """package tm.studbook.mail;

import java.util.Properties;

// Täze taýlar (foals) barada hat
public final class MailConfig {
    public static final String HOST = "smtp.mail.ru";
    public static final String USER = "studbook@mail.ru";
    public static final String PASSWORD = "@@secret@@";

    public static Properties props() {
        Properties p = new Properties();
        p.put("mail.smtp.host", HOST);
        p.put("mail.smtp.port", "465");
        p.put("mail.smtp.ssl.enable", "true");
        return p;
    }
}
""", rand_pw(16))

add("yaml/docker-login", ".github/workflows/coldstore-agent.yml",
    "https://github.com/docker/login-action",
    """name: coldstore-agent image
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.gawun.tm
          username: ci-bot
          password: @@secret@@
      - run: docker build -t registry.gawun.tm/coldstore-agent:${{ github.sha }} .
""", rand_pw(28))

add("shell/export-history", "ops/zsh_history_ayna",
    "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
    """: 1720940101:0;cd ~/src/studbook
: 1720940120:0;export HF_TOKEN=@@secret@@
: 1720940133:0;python scripts/train_coat_color.py --epochs 5
: 1720940402:0;git status
: 1720940410:0;git push origin feature/coat-color
""", hf_token())

add("python/anthropic-key", "tools/pedigree_summarizer.py",
    "https://docs.anthropic.com/en/api/getting-started",
    '''"""Nesil şejeresini gysgaça beýan etmek (pedigree summaries for catalogs)."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def summarize(pedigree_text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": "Summarize in Turkmen: " + pedigree_text}],
    )
    return msg.content[0].text
''', anthropic_key())

add("yaml/mailgun-key", "melon-orders/config/production.yaml",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """app:
  name: melon-orders
  currency: TMT
mail:
  driver: mailgun
  domain: mg.garpyz-bag.tm
  api_key: @@secret@@
  from: "Garpyz bag <sargyt@garpyz-bag.tm>"
""", mailgun_key())

add("env/shopify-token", "shop/.env.local",
    "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-tokens",
    """# Daşary ýurt dükany (export shop for dried melon)
SHOPIFY_STORE=kaka-gawun.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2024-04
DEFAULT_LOCALE=ru
""", shopify_token())

add("php/telegram-url", "auksion/bot/notify.php",
    "https://core.telegram.org/bots/api#making-requests",
    """<?php
// Täze baha goýlanda kanala habar
function notifyBid(string $lot, int $price): void {
    $url = "https://api.telegram.org/bot@@secret@@/sendMessage";
    $data = ['chat_id' => '@bedew_auksion', 'text' => "Lot $lot: $price TMT"];
    file_get_contents($url . '?' . http_build_query($data));
}
""", telegram())

add("csharp/azure-client-secret", "PackhouseErp/Infrastructure/GraphAuth.cs",
    "https://learn.microsoft.com/en-us/entra/identity-platform/msal-net-initializing-client-applications",
    """using Microsoft.Identity.Client;

namespace PackhouseErp.Infrastructure;

// Hasap bölümi üçin SharePoint eksporty
public static class GraphAuth
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static IConfidentialClientApplication Build() =>
        ConfidentialClientApplicationBuilder.Create(ClientId)
            .WithClientSecret(ClientSecret)
            .WithTenantId(TenantId)
            .Build();
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("rst/redis-url", "docs/deploy.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Ýerleşdirmek (deployment)
=========================

Auksion iş nobatlary Redis ulanýar::

    export CELERY_BROKER_URL=redis://:@@secret@@@10.20.0.30:6379/0
    celery -A auksion worker -l info

.. note:: Nobat işlemese, ``systemctl restart celery-auksion``.
""", redis_pw())

add("html/ftp-link", "docs/site/export.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML",
    """<!DOCTYPE html>
<html lang="tk">
<head><meta charset="utf-8"><title>Eksport</title></head>
<body>
  <h1>Tohum kitaby eksporty</h1>
  <p>Aýlyk faýllar: <a href="ftp://registry:@@secret@@@ftp.ahalteke-registry.org/monthly/">ftp arhiw</a></p>
  <p>Соглашение с ассоциацией №14/2023.</p>
</body>
</html>
""", rand_pw(14))

add("jenkinsfile/password-arg", "Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """pipeline {
  agent any
  stages {
    stage('Test') {
      steps { sh 'mvn -q test' }
    }
    stage('Publish') {
      steps {
        // Nexus-a ýüklemek
        sh 'mvn deploy -Dnexus.user=deployer -Dnexus.password=@@secret@@'
      }
    }
  }
}
""", words_pw())

add("properties/gradle-token", "mobile/gradle.properties",
    "https://docs.gradle.org/current/userguide/build_environment.html",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# GitHub Packages (bedew-ui kitaphanasy)
gpr.user=bedew-ci
gpr.key=@@secret@@
""", github())

add("yaml/discord-webhook", "monitoring/uptime-kuma-notify.yaml",
    "https://discord.com/developers/docs/resources/webhook",
    """notifications:
  - name: athana-discord
    type: discord
    # Athana kameralary işlemese (stable cameras down)
    discordWebhookUrl: @@secret@@
    isDefault: true
""", discord_webhook())

add("ini/pypirc-token", "studbook-client/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", pypi())

add("terraform/tfvars-password", "infra/yandex/prod.auto.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """folder_id        = "b1g8t0kh5510ammar"
zone             = "ru-central1-a"
db_name          = "coldstore"
db_user          = "coldstore"
db_password      = "@@secret@@"
vm_count         = 2
""", words_pw())

add("yaml/rails-erb-default-password", "auction-admin/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: auction_admin
  username: auction_admin
  password: <%= ENV.fetch("AUCTION_DB_PASSWORD") { "@@secret@@" } %>
  host: 10.20.0.14
""", words_pw())

add("javascript/mongo-uri", "stable-tracker/src/db.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """// Atlaryň iýmit tertibi (feed schedule) — MongoDB
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://tracker:@@secret@@@cluster0.kh5510.mongodb.net/athana?retryWrites=true';
const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db('athana');
};
""", rand_pw(18))

add("ssh/private-key", "ops/keys/deploy_ed25519",
    "https://man.openbsd.org/ssh-keygen",
    """@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))


_key = pem()
add("yaml/private-key-block", "ansible/host_vars/auction-web-1.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html",
    """---
nginx_server_name: auksion.bedew.tm
tls_cert_path: /etc/ssl/auksion.crt
tls_key_content: |
@@key@@
""", _key, key="\n".join("  " + line for line in _key.splitlines()))


_tok = rand_pw(40)
add("python/split-token", "scraper/registry_sync.py",
    "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
    '''"""Halkara Ahalteke assosiasiýasynyň reýestri bilen sinhronlamak."""
import requests

API = "https://api.ahalteke-registry.org/v3"
TOKEN = ("@@a@@"
         "@@b@@")


def horse(reg_no: str) -> dict:
    r = requests.get(f"{API}/horses/{reg_no}", headers={"X-Api-Token": TOKEN}, timeout=15)
    r.raise_for_status()
    return r.json()
''', _tok, a=_tok[:20], b=_tok[20:])

# --------------------------------------------------------------------------------------------
# Decoys
# --------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "studbook-api/.env.example",
    "https://12factor.net/config",
    """# Nusga: .env faýlyna göçürip dolduryň (copy to .env and fill in)
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=studbook
DB_USER=studbook_app
DB_PASSWORD=change-me
TELEGRAM_TOKEN=<bot-token-from-botfather>
""")

add("yaml/decoy-env-reference", "coldstore/config/s3.prod.yml",
    "https://docs.aws.amazon.com/sdkref/latest/guide/environment-variables.html",
    """# Açarlar CI gizlinlerinden gelýär (ключи приходят из секретов CI)
storage:
  bucket: dashoguz-coldstore-sensors
  region: eu-central-1
  access_key_id: ${AWS_ACCESS_KEY_ID}
  secret_access_key: ${AWS_SECRET_ACCESS_KEY}
  prefix: chamber-temps/
""")

add("python/decoy-getenv", "auction_bot/settings_prod.py",
    "https://docs.python.org/3/library/os.html#os.environ",
    '''"""Production settings: everything secret comes from the environment."""
import os

TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]
AUCTION_CHAT_ID = int(os.environ.get("AUCTION_CHAT_ID", "-1001873345521"))
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
BID_STEP_TMT = 5000
''')

add("yaml/decoy-github-secrets", ".github/workflows/melon-orders-deploy.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """name: melon-orders deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          DB_PASSWORD: ${{ secrets.ORDERS_DB_PASSWORD }}
          SMSC_API_KEY: ${{ secrets.SMSC_API_KEY }}
        run: ./scripts/deploy.sh
""")

add("k8s/decoy-secret-ref", "deploy/k8s/studbook-api-deployment.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: studbook-api
  namespace: ahalteke
spec:
  replicas: 2
  selector:
    matchLabels: {app: studbook-api}
  template:
    metadata:
      labels: {app: studbook-api}
    spec:
      containers:
        - name: api
          image: registry.bedew.tm/studbook-api:2.4.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: studbook-db
                  key: password
""")

add("markdown/decoy-redacted", "docs/incident-2024-05-ammar.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Hadysa: sowadyjy agenti dökülipdi (2024-05-11)

Logda parol açyk görünýärdi:

```
mysql -h 10.0.3.5 -u ammar -p'********' coldstore
```

Parol çalşyldy (пароль сменён), täze parol diňe Vault-da: `kv/coldstore/mysql`.
Netije: bash taryhyny arassalamak, `HISTCONTROL=ignorespace`.
""")

add("json/decoy-sha256", "exports/pedigree-2024-06.manifest.json",
    "https://www.json.org/json-en.html",
    """{
  "export": "pedigree-2024-06.csv",
  "rows": 1342,
  "sha256": "@@h1@@",
  "previous_sha256": "@@h2@@",
  "signed_by": "studbook-release",
  "created": "2024-07-01T03:00:00+05:00"
}
""", h1=hexs(64), h2=hexs(64))

add("javascript/decoy-publishable-key", "auction-web/src/payments/checkout.js",
    "https://stripe.com/docs/keys#obtain-api-keys",
    """// Brauzerdäki töleg formy: diňe açyk (publishable) açar
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('@@pk@@');

export async function openCheckout(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
""", pk=stripe_key("pk_live_"))

add("yaml/decoy-vault-path", "ansible/group_vars/auction.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    """---
auction_db_user: auction
auction_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/auction/db:password') }}"
telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/auction/bot:token') }}"
nginx_server_name: auksion.bedew.tm
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/coldstore_vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """---
mqtt_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("log/decoy-masked", "logs/payments-2024-07-15.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html",
    """2024-07-15 10:02:11 INFO  halkbank: init merchant=TM0042117 secret=****************
2024-07-15 10:02:12 INFO  halkbank: order 88231 amount=125000 TMT (lot 17, Gyrat)
2024-07-15 10:02:19 INFO  halkbank: order 88231 status=APPROVED rrn=418812003344
2024-07-15 10:05:40 WARN  halkbank: order 88232 status=DECLINED code=51
2024-07-15 10:05:41 INFO  notify: SMS sent to +993 6* *** **12
""")

add("python/decoy-test-fixture", "studbook-api/tests/test_auth.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    '''"""Auth tests. The credentials below are fake fixtures for the test database only."""
import pytest

FAKE_PASSWORD = "test-password-not-real"


@pytest.fixture
def user(db):
    return db.create_user("tester", password=FAKE_PASSWORD)


def test_login(client, user):
    r = client.post("/login", json={"user": "tester", "password": FAKE_PASSWORD})
    assert r.status_code == 200
''')

add("terraform/decoy-variable", "infra/digitalocean/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables",
    """variable "do_token" {
  description = "DigitalOcean API token (TF_VAR_do_token ýa-da CI gizlini)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "fra1"
}
""")

add("compose/decoy-env-file", "compose.prod.yml",
    "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """services:
  db:
    image: postgres:16
    env_file: ./secrets/db.env   # git-e goşulmaýar
    environment:
      POSTGRES_DB: studbook
      POSTGRES_USER: studbook
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("csv/decoy-horse-ids", "data/foals_2024.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """reg_no,name,sire,dam,color,microchip,dna_profile_id
AT-24-0011,Altyn Gyz,Gyrat,Melegus,buckskin,643094100211537,@@u1@@
AT-24-0012,Ýyldyz,Arkadag,Gunes,bay,643094100211538,@@u2@@
AT-24-0013,Gaýrat,Yanardag,Bagt,grey,643094100211539,@@u3@@
AT-24-0014,Perizat,Absent,Altyn,palomino,643094100211540,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/decoy-docs-example", "sms-gateway/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# sms-gateway

SMS iberiji (smsc.ru üsti bilen).

## Sazlamak
```bash
export SMSC_LOGIN=your_login
export SMSC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
python -m sms_gateway send +99365000000 "Salam"
```

API açaryny smsc.ru şahsy kabinetinden alyň. Açary repozitoriýa goşmaň!
""")

add("json/decoy-firebase-config", "mobile/web/firebase-config.json",
    "https://firebase.google.com/docs/projects/api-keys",
    """{
  "projectId": "bedew-pasport",
  "appId": "1:551000112233:web:5a1b2c3d4e5f60718293a4",
  "authDomain": "bedew-pasport.firebaseapp.com",
  "storageBucket": "bedew-pasport.appspot.com",
  "messagingSenderId": "551000112233"
}
""")

add("shell/decoy-read-prompt", "scripts/restore_coldstore.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """#!/usr/bin/env bash
# Ätiýaçlyk nusgadan dikeltmek (restore from backup)
set -euo pipefail
read -r -s -p "MySQL paroly (ammar): " MYSQL_PWD
export MYSQL_PWD
gunzip -c "$1" | mysql -h 10.0.3.5 -u ammar coldstore
unset MYSQL_PWD
echo "Dikeldildi."
""")

add("ini/decoy-empty", "melon-orders/mail.example.ini",
    "https://docs.python.org/3/library/configparser.html",
    """; Nusga. Hakyky bahalary serwerde /etc/melon-orders/mail.ini-de goýuň
[smtp]
host = smtp.yandex.ru
port = 465
user =
password =
use_ssl = true
""")

add("sql/decoy-password-hash", "db/seed/0001_admins.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Administratorlar; parollar bcrypt heşi (хеши bcrypt, не пароли)
INSERT INTO admins (login, full_name, password_hash) VALUES
  ('ayna', 'Aýna Berdiýewa', '$2b$12$@@h1@@'),
  ('merdan', 'Merdan Ataýew', '$2b$12$@@h2@@'),
  ('myrat', 'Myrat Orazow', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("yaml/decoy-sealed-secret", "deploy/k8s/sms-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sms-gateway
  namespace: garpyz
spec:
  encryptedData:
    SMSC_PASSWORD: @@c1@@
    SMSC_LOGIN: @@c2@@
""", c1="AgB" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", c2="AgC" + fakes.drawn(_seed(), 200, ALNUM + "+/") + "==")

add("pem/decoy-public-key", "signing/passport_signing.pub.pem",
    "https://datatracker.ietf.org/doc/html/rfc7468#section-13",
    """-----BEGIN PUBLIC KEY-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
-----END PUBLIC KEY-----
""", b1="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fakes.drawn(_seed(), 20, ALNUM + "+/"),
    b2=fakes.drawn(_seed(), 64, ALNUM + "+/"), b3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    b4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "IDAQAB")

add("go/decoy-flag", "payments/halkbank/config.go",
    "https://pkg.go.dev/flag",
    """package halkbank

import (
	"flag"
	"os"
)

// Gizlin açar diňe gurşaw üýtgeýjisinden (from environment only)
var (
	merchantID = flag.String("merchant", "TM0042117", "merchant id")
	apiSecret  = os.Getenv("HALKBANK_API_SECRET")
)

func Secret() string { return apiSecret }
""")

add("rst/decoy-example-values", "docs/api-auth.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Tohum kitaby API: tanamak (authentication)
==========================================

Her soragda ``Authorization`` sözbaşyny iberiň::

    curl -H "Authorization: Bearer <YOUR_TOKEN>" \\
         https://api.bedew-pasport.tm/v1/horses/AT-24-0011

Tokeni şahsy kabinetden alyň: *Sazlamalar → API*.
Mysal jogap ``{"reg_no": "AT-24-0011", "name": "Altyn Gyz"}``.
""")

add("dockerfile/decoy-build-secret", "studbook-api/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DB_PASSWORD=""
CMD ["uvicorn", "studbook.main:app", "--host", "0.0.0.0"]
""")

add("text/decoy-note-no-secret", "notes/ammar_parollar.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Ammar parollary (пароли склада) — NIRDE?

- MySQL (ammar): Vault, kv/coldstore/mysql
- Operator SSH: diňe açar bilen, parol ýapyk (PasswordAuthentication no)
- MQTT: Vault, kv/coldstore/mqtt
- Wi-Fi (ofis): diwardaky kagyzda, bu ýerde däl :)

Kime soramaly: Aýna ýa-da Myrat aga.
""")

add("json/decoy-package-lock-integrity", "auction-web/package-lock.fragment.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "node_modules/@sendgrid/mail": {
    "version": "8.1.3",
    "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
    "integrity": "sha512-@@i1@@==",
    "license": "MIT"
  },
  "node_modules/stripe": {
    "version": "15.8.0",
    "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.8.0.tgz",
    "integrity": "sha512-@@i2@@==",
    "license": "MIT"
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("helm/decoy-existing-secret", "charts/auction/values.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 1
image:
  repository: registry.bedew.tm/auction-web
  tag: latest
redis:
  enabled: true
  auth:
    existingSecret: auction-redis
    existingSecretPasswordKey: redis-password
    password: ""
""")

add("kotlin/decoy-buildconfig", "mobile/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    namespace = "tm.bedew.app"
    defaultConfig {
        applicationId = "tm.bedew.app"
        minSdk = 24
        // Açar local.properties-den okalýar (не коммитить ключ)
        buildConfigField("String", "API_KEY", "\\"${project.findProperty("bedewApiKey") ?: ""}\\"")
    }
}
""")

add("log/decoy-request-ids", "logs/auction-web-access.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """10.20.0.1 - - [15/Jul/2024:11:02:01 +0500] "GET /lots/17 HTTP/1.1" 200 5120 "-" "Mozilla/5.0" req=@@r1@@
10.20.0.1 - - [15/Jul/2024:11:02:03 +0500] "POST /bids HTTP/1.1" 201 88 "-" "Mozilla/5.0" req=@@r2@@
10.20.0.1 - - [15/Jul/2024:11:02:04 +0500] "GET /static/app.3f9a1c.js HTTP/1.1" 200 98211 "-" "Mozilla/5.0" req=@@r3@@
10.20.0.1 - - [15/Jul/2024:11:02:09 +0500] "GET /lots/18 HTTP/1.1" 200 4980 "-" "Mozilla/5.0" req=@@r4@@
10.20.0.1 - - [15/Jul/2024:11:03:00 +0500] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" req=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("xml/decoy-maven-settings-env", "studbook-core/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>bedew-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("php/decoy-env", "auksion/config/db.prod.php",
    "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Önümçilik: maglumatlar gurşawdan (из окружения)
return [
    'dsn'  => getenv('AUKSION_DSN') ?: 'mysql:host=127.0.0.1;dbname=auksion',
    'user' => getenv('AUKSION_DB_USER') ?: 'auksion_web',
    'pass' => getenv('AUKSION_DB_PASS'),
];
""")

add("csharp/decoy-user-secrets", "PackhouseErp/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "ConnectionStrings": {
    "Packhouse": "Server=localhost;Database=Gaplama;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Graph": {
    "TenantId": "@@t@@",
    "ClientId": "@@c@@",
    "ClientSecret": "set via dotnet user-secrets"
  }
}
""", t=uuid_s(), c=uuid_s())

add("markdown/decoy-rotation-log", "docs/secrets-rotation.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Gizlinleri çalyşmak (rotation)

| Gizlin | Ýeri | Soňky çalşyk | Jogapkär |
|--------|------|--------------|----------|
| SMSC API key | vault kv/sms/smsc | 2024-06-01 | Merdan |
| Telegram bot | vault kv/auction/bot | 2024-05-20 | Aýna |
| DO token | TF Cloud variable | 2024-04-11 | Aýna |
| Halkbank secret | vault kv/payments/halkbank | 2024-07-02 | Myrat |

Her 90 günde çalyşmaly. Каждые 90 дней.
""")

add("yaml/decoy-git-sha", ".gitlab/release-notes.yml",
    "https://docs.gitlab.com/ee/user/project/releases/",
    """release: v2.4.1
commit: @@c1@@
previous: @@c2@@
image_digest: sha256:@@d@@
notes:
  - "Täze taýlaryň suratlary"
  - "Исправлен экспорт родословной"
""", c1=hexs(40), c2=hexs(40), d=hexs(64))

add("swift/decoy-keychain", "ios/BedewApp/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """import Foundation
import Security

// Token diňe Keychain-de saklanýar
enum TokenStore {
    static let service = "tm.bedew.app.api"

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("powershell/decoy-credential-prompt", "scripts/Restore-Gaplama.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Gaplama binýadyny dikeltmek
param([Parameter(Mandatory)][string]$BackupFile)
$cred = Get-Credential -Message "SQL login (backup_op)"
Invoke-Sqlcmd -ServerInstance "10.1.1.9" -Credential $cred `
  -Query "RESTORE DATABASE [Gaplama] FROM DISK = N'$BackupFile' WITH REPLACE"
Write-Host "Dikeldildi: $BackupFile"
""")

add("ruby/decoy-credentials-fetch", "auction-admin/config/initializers/sms.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """# SMS açarlary şifrlenen credentials.yml.enc içinde
Rails.application.config.x.sms = {
  login: Rails.application.credentials.dig(:smsc, :login),
  api_key: Rails.application.credentials.dig(:smsc, :api_key),
  sender: "BEDEW"
}
""")

add("toml/decoy-sentry-env", "stable-tracker/config.prod.toml",
    "https://docs.sentry.io/platforms/python/configuration/options/",
    """[app]
name = "stable-tracker"
locale = "tk_TM"

[sentry]
# DSN SENTRY_DSN gurşaw üýtgeýjisinden
dsn = ""
environment = "prod"
""")

# --------------------------------------------------------------------------------------------
# More secrets
# --------------------------------------------------------------------------------------------

add("yaml/mqtt-password", "coldstore-agent/config/agent.yaml",
    "https://mosquitto.org/man/mosquitto-conf-5.html",
    """agent:
  site: mary-ammar-2
  chambers: [K1, K2, K3, K4]
  interval_s: 60
mqtt:
  url: mqtts://mqtt.gawun.lan:8883
  username: agent-mary2
  password: @@secret@@
  topic: coldstore/mary2/temps
""", redis_pw())

add("python/smtp-login", "melon-orders/orders/mail.py",
    "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    '''"""Sargyt tassyklamasy (order confirmation)."""
import smtplib
from email.message import EmailMessage


def send_confirmation(to: str, order_no: str) -> None:
    msg = EmailMessage()
    msg["From"] = "sargyt@garpyz-bag.tm"
    msg["To"] = to
    msg["Subject"] = f"Sargyt {order_no} kabul edildi"
    msg.set_content("Sag boluň! Gawunlaryňyz 3 günüň içinde ugradylar.")
    with smtplib.SMTP_SSL("smtp.yandex.ru", 465) as s:
        s.login("sargyt@garpyz-bag.tm", "@@secret@@")
        s.send_message(msg)
''', words_pw())

add("env/sms-gateway-password", "sms-gateway/.env",
    "https://12factor.net/config",
    """SMSC_LOGIN=merw_bakja
SMSC_PASSWORD=@@secret@@
SMSC_SENDER=GAWUN
# Gündelik çäk (daily limit)
SMS_DAILY_LIMIT=2000
""", words_pw())

add("yaml/telegram-token", "auction_bot/config.prod.yaml",
    "https://core.telegram.org/bots/api",
    """bot:
  name: ahalteke_auction_bot
  token: "@@secret@@"
  admins: [55100101, 55100102]
auction:
  step_tmt: 5000
  close_hour: 18
  timezone: Asia/Ashgabat
""", telegram())

add("shell/psql-url", "ops/bash_history_studbook",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """ls
cd /opt/studbook
./manage.py check
psql "postgresql://studbook:@@secret@@@10.20.0.14:5432/studbook" -c "select count(*) from horses"
sudo journalctl -u studbook -n 50
""", words_pw())

add("markdown/api-key-sentence", "wiki/Bazar-API.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Bazar market API

Bazar saýty bilen baglanyşyk 2024-nji ýylyň aprelinden bäri işleýär.
Olaryň bize beren açary: @@secret@@ (prod). Test açary ýok, göni prod-da barlaýarys.

Ключ передал Ровшен из Базара, по вопросам писать ему в Telegram.

* Baha täzelemek: `POST /v1/prices`
* Ammar galyndysy: `POST /v1/stock`
""", rand_pw(36))

add("powershell/azure-connect", "scripts/Sync-Sharepoint.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount",
    """# Hasabatlary SharePoint-e ýüklemek
$tenant = "@@tenant@@"
$appId = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
Write-Host "Baglanyldy"
""", azure_secret(), tenant=uuid_s(), app=uuid_s())

_key = pem("")
add("json/gcp-service-account", "infra/gcp/ml-service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "ahalteke-coat-ml",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@\\n",
  "client_email": "trainer@ahalteke-coat-ml.iam.gserviceaccount.com",
  "client_id": "110551000112233445566",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _key.replace("\n", "\\n"), kid=hexs(40), pk=_key.replace("\n", "\\n"))

add("javascript/pg-client-password", "stable-tracker/scripts/seed.js",
    "https://nodejs.org/api/process.html#processenv",
    """// Täze athana üçin başlangyç maglumat (seed a new stable)
const { Client } = require('pg');

const client = new Client({
  host: '10.20.0.14',
  user: 'tracker_admin',
  password: '@@secret@@',
  database: 'tracker',
});

(async () => {
  await client.connect();
  await client.query("INSERT INTO stables(name, region) VALUES ('Gyrat athana', 'Ahal')");
  await client.end();
})();
""", words_pw())

add("go/dsn-in-call", "sensor-ingest/cmd/migrate/main.go",
    "https://pkg.go.dev/database/sql#Open",
    """package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	// Köne ammar binýady (старая база склада)
	db, err := sql.Open("mysql", "ammar:@@secret@@@tcp(10.0.3.5:3306)/coldstore?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("migrating chambers...")
}
""", words_pw())

add("yaml/circleci-token", ".circleci/config.yml",
    "https://circleci.com/docs/configuration-reference/",
    """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    environment:
      NPM_TOKEN: @@secret@@
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: npm publish --access public
workflows:
  release:
    jobs: [publish]
""", npm_token())

add("ini/odbc-password", "reports/odbc.ini",
    "https://www.unixodbc.org/odbcinst.html",
    """[Gaplama]
Driver = ODBC Driver 18 for SQL Server
Server = 10.1.1.9
Database = Gaplama
UID = hasabat
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("text/sms-template-note", "notes/sms-shlyuz.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """SMS şlýuz (smsc.ru) barada
--------------------------
Hasap: merw_bakja
Gündelik limit: 2000 SMS
API açary (täze, 2024-07-10): @@secret@@
Köne açar ýatyryldy.

Шаблон: "Gawunlaryňyz taýýar, ammar No.N"
""", rand_pw(32))

add("python/boto3-keys", "etl/sync_photos.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    '''"""Taý suratlaryny S3-e göçürmek."""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)


def upload(path: str, reg_no: str) -> None:
    s3.upload_file(path, "ahalteke-foal-photos", f"{reg_no}/{path.rsplit('/', 1)[-1]}")
''', aws_secret(), kid=aws_id())

add("env/session-token", "ops/aws/session.env",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
    """# sts assume-role netijesi (12 sagat)
# aws sts assume-role --role-arn arn:aws:iam::551000112233:role/coldstore-ops --role-session-name ayna
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=eu-central-1
""", session_token(), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"))

add("yaml/argocd-repo-password", "deploy/argocd/repo-studbook.yaml",
    "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories",
    """apiVersion: v1
kind: Secret
metadata:
  name: repo-studbook
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/bedew-tm/studbook-deploy
  username: bedew-ci
  password: @@secret@@
""", fine_pat())

add("java/hardcoded-key", "studbook-core/src/main/java/tm/studbook/sms/SmsClient.java",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpClient.html",
    """package tm.studbook.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class SmsClient {
    // TODO: gizlin ammara geçirmeli
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest build(String phone, String text) {
        return HttpRequest.newBuilder(URI.create("https://smsc.ru/rest/send/"))
            .header("Authorization", "Bearer " + API_KEY)
            .POST(HttpRequest.BodyPublishers.ofString("{\\"phones\\":\\"" + phone + "\\",\\"mes\\":\\"" + text + "\\"}"))
            .build();
    }
}
""", rand_pw(32))

add("rust/hf-token", "coat-color/src/download.rs",
    "https://huggingface.co/docs/hub/security-tokens",
    """// Reňk klassifikatory (coat color model) ýüklemek
use reqwest::blocking::Client;

const HF_TOKEN: &str = "@@secret@@";

pub fn fetch(repo: &str, file: &str) -> reqwest::Result<Vec<u8>> {
    let url = format!("https://huggingface.co/{repo}/resolve/main/{file}");
    let resp = Client::new().get(url).bearer_auth(HF_TOKEN).send()?;
    Ok(resp.bytes()?.to_vec())
}
""", hf_token())

add("shell/helm-set-argument", "ops/deploy-auction.sh",
    "https://helm.sh/docs/helm/helm_upgrade/",
    """#!/bin/sh
# Auksiony täzelemek
set -e
helm upgrade --install auction charts/auction \\
  -n auksion \\
  -f charts/auction/values.yaml \\
  --set redis.auth.password=@@secret@@ \\
  --set image.tag="$1"
kubectl -n auksion rollout status deploy/auction
""", redis_pw())

add("xml/web-config-connection", "PackhouseErp.Legacy/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Gaplama"
         connectionString="Data Source=10.1.1.9;Initial Catalog=Gaplama;User ID=legacy_app;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Culture" value="ru-RU" />
  </appSettings>
</configuration>
""", words_pw())

add("shell/netrc-heredoc", "ops/setup_mirror.sh",
    "https://everything.curl.dev/usingcurl/netrc",
    """#!/usr/bin/env bash
# Reýestr aýnasy üçin .netrc
cat > ~/.netrc <<'EOF'
machine registry.ahalteke.org
  login mirror
  password @@secret@@
EOF
chmod 600 ~/.netrc
curl -n -O https://registry.ahalteke.org/export/latest.xml
""", rand_pw(20))


_pw = words_pw()
add("json/basic-auth-header", "tools/postman/bazar.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    """{
  "name": "Bazar prod",
  "values": [
    {"key": "base_url", "value": "https://api.bazar-market.tm/v1", "enabled": true},
    {"key": "auth", "value": "Basic @@enc@@", "enabled": true},
    {"key": "shop_id", "value": "551", "enabled": true}
  ]
}
""", b64("garpyz:" + _pw), enc=b64("garpyz:" + _pw))

add("yaml/sendgrid-env", "deploy/k8s/melon-orders-configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: melon-orders
  namespace: garpyz
data:
  MAIL_FROM: sargyt@garpyz-bag.tm
  SENDGRID_API_KEY: "@@secret@@"
  CURRENCY: TMT
""", sendgrid_key())

add("shell/docker-run-env", "ops/run_grafana.sh",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/",
    """#!/bin/bash
# Kamera temperaturalary üçin Grafana
docker run -d --name grafana \\
  -p 3000:3000 \\
  -e GF_SECURITY_ADMIN_USER=admin \\
  -e GF_SECURITY_ADMIN_PASSWORD=@@secret@@ \\
  -v grafana:/var/lib/grafana \\
  grafana/grafana:10.4.2
""", words_pw())

add("sql/dblink-password", "db/views/v_auction_results.sql",
    "https://www.postgresql.org/docs/current/dblink.html",
    """-- Auksion netijeleri tohum kitabyna (results into stud book)
CREATE OR REPLACE VIEW v_auction_results AS
SELECT * FROM dblink(
  'host=10.20.0.21 dbname=auction_admin user=reader password=@@secret@@',
  'SELECT lot_id, reg_no, price_tmt, sold_at FROM results'
) AS t(lot_id int, reg_no text, price_tmt numeric, sold_at timestamptz);
""", words_pw())

add("toml/cargo-registry-token", "sensor-ingest/.cargo/credentials.toml",
    "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """[registries.bedew]
token = "@@secret@@"

[registry]
default = "crates-io"
""", fakes.fake("cio", 32, _seed()))

add("notebook/db-password", "analytics/auction_prices_2023.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Auksion bahalary, 2023\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analyst:@@secret@@@10.20.0.14/auction_admin')\\n",
    "df = pd.read_sql('select * from results', eng)\\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("yaml/slack-bot-token", "ops/chatops/config.yaml",
    "https://api.slack.com/authentication/token-types#bot",
    """chatops:
  workspace: garpyz-bag
  bot_token: @@secret@@
  channels:
    ammar: C05510AMMAR
    sargyt: C05510SARGT
  commands: [temps, stock, orders]
""", slack_bot())

add("python/webhook-url", "coldstore-agent/agent/notify.py",
    "https://api.slack.com/messaging/webhooks",
    '''"""Gyzgynlyk duýduryşlary Slack-a."""
import json
import urllib.request

WEBHOOK = "@@secret@@"


def notify(chamber: str, temp_c: float) -> None:
    body = json.dumps({"text": f":thermometer: {chamber}: {temp_c:.1f} °C"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("env/jwt-secret", "stable-tracker/.env.production",
    "https://12factor.net/config",
    """NODE_ENV=production
PORT=8080
MONGO_URL=mongodb://mongo:27017/athana
JWT_SECRET=@@secret@@
JWT_TTL=12h
""", jwt_secret())

add("kotlin/signing-password", "mobile/app/signing.gradle.kts",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """android {
    signingConfigs {
        create("release") {
            storeFile = file("../keys/bedew-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "bedew"
            keyPassword = "@@secret@@"
        }
    }
}
""", words_pw())

add("yaml/openai-key-compose", "tools/catalog-writer/compose.yaml",
    "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """services:
  writer:
    build: .
    # Auksion katalogy üçin tekst (текст для каталога)
    environment:
      - OPENAI_API_KEY=@@secret@@
      - CATALOG_LANG=tk
    volumes:
      - ./lots:/data/lots
""", openai())

add("markdown/onboarding-ssh", "docs/onboarding.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Täze işgär üçin (onboarding)

1. GitHub: `bedew-tm` guramasyna çakylyk soraň.
2. VPN: WireGuard, konfigurasiýany Aýnadan alyň.
3. Wagtlaýyn admin girişi (ilkinji hepde):

   ```
   ssh admin@10.20.0.21
   # parol: @@secret@@
   ```

4. Birinji günden soň paroly çalyşyň!
""", words_pw())

add("php/sms-curl", "auksion/sms/send.php",
    "https://smsc.ru/api/http/",
    """<?php
// Utýan alyja SMS (winner SMS)
function smsWinner(string $phone, string $lot): void {
    $q = http_build_query([
        'login' => 'merw_bakja',
        'psw'   => '@@secret@@',
        'phones' => $phone,
        'mes'   => "Gutlaýarys! Lot $lot siziňki.",
        'charset' => 'utf-8',
    ]);
    file_get_contents("https://smsc.ru/sys/send.php?$q");
}
""", words_pw())

# --------------------------------------------------------------------------------------------
# More decoys
# --------------------------------------------------------------------------------------------

add("yaml/decoy-placeholder-angle", "coldstore-agent/config/agent.example.yaml",
    "https://mosquitto.org/man/mosquitto-conf-5.html",
    """agent:
  site: <site-name>
  chambers: [K1, K2]
mqtt:
  url: mqtts://mqtt.gawun.lan:8883
  username: <agent-user>
  password: <agent-password>
  topic: coldstore/<site>/temps
""")

add("python/decoy-keyring", "melon-orders/orders/mail_secure.py",
    "https://pypi.org/project/keyring/",
    '''"""Sargyt hatlary: parol keyring-den."""
import smtplib
import keyring

USER = "sargyt@garpyz-bag.tm"


def login(s: smtplib.SMTP) -> None:
    password = keyring.get_password("melon-orders-smtp", USER)
    if not password:
        raise RuntimeError("keyring-de parol ýok: keyring set melon-orders-smtp " + USER)
    s.login(USER, password)
''')

add("env/decoy-dollar-refs", "sms-gateway/.env.ci",
    "https://docs.gitlab.com/ee/ci/variables/",
    """SMSC_LOGIN=${SMSC_LOGIN}
SMSC_PASSWORD=${SMSC_PASSWORD}
SMSC_SENDER=GAWUN
SMS_DAILY_LIMIT=50
SMS_DRY_RUN=true
""")

add("markdown/decoy-docs-botfather", "auction_bot/README.md",
    "https://core.telegram.org/bots/tutorial",
    """# ahalteke_auction_bot

Auksion boty: lotlar, bahalar, netijeler.

## Işe girizmek
1. @BotFather-den token alyň, ol şeýle görnüşde bolýar: `123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ`
2. `export TELEGRAM_TOKEN=...`
3. `python -m auction_bot`

Токен никогда не коммитить.
""")

add("yaml/decoy-external-secret", "deploy/k8s/studbook-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: studbook-db
  namespace: ahalteke
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: studbook-db
  data:
    - secretKey: password
      remoteRef:
        key: kv/studbook/db
        property: password
""")

add("shell/decoy-history-env", "ops/bash_history_gaplama",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /srv/gaplama
source /etc/gaplama/env
mysql -h 10.1.1.9 -u "$DB_USER" -p"$DB_PASS" gaplama -e "show tables"
vault kv get -field=password kv/gaplama/db | wc -c
systemctl status gaplama-api
""")

add("json/decoy-appsettings-dev", "PackhouseErp/appsettings.Development.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Packhouse": "Server=(localdb)\\\\MSSQLLocalDB;Database=Gaplama_Dev;Trusted_Connection=True"
  },
  "Logging": {
    "LogLevel": { "Default": "Debug" }
  }
}
""")

add("log/decoy-jwt-redacted", "logs/stable-tracker-auth.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html",
    """2024-07-16T08:00:01Z info auth login ok user=ayna token=eyJhbGciOi...[redacted]
2024-07-16T08:00:05Z info feed schedule loaded stable=gyrat horses=42
2024-07-16T08:14:40Z warn auth token expired user=myrat
2024-07-16T08:14:41Z info auth login ok user=myrat token=[redacted]
2024-07-16T08:20:00Z info feed reminder sent horses=12
""")

add("terraform/decoy-data-source", "infra/yandex/secrets.tf",
    "https://terraform-provider.yandexcloud.net/Resources/lockbox_secret",
    """# Parol Lockbox-da saklanýar
data "yandex_lockbox_secret_version" "coldstore_db" {
  secret_id = "e6q551000ammardb"
}

locals {
  db_password = data.yandex_lockbox_secret_version.coldstore_db.entries[0].text_value
}

output "db_user" {
  value = "coldstore"
}
""")

add("gitlab-ci/decoy-masked-var", ".gitlab-ci.deploy.yml",
    "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable",
    """deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache git openssh
    - git clone "https://oauth2:${INFRA_TOKEN}@gitlab.com/garpyz/infra.git"
    - cd infra && ./deploy.sh melon-orders
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("text/decoy-wifi-qr-note", "notes/ofis.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Ofis (Aşgabat, Bitarap Türkmenistan şaýoly)
Iş wagty: 09:00-18:00
Wi-Fi ady: Bedew-Guest (parol ýok, portal bilen)
Printer: 10.20.1.50
Kamera serwer: 10.20.1.60 (giriş diňe Myrat aga)
""")

add("csv/decoy-masked-cards", "exports/payments_2024_06.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """order_id,lot,amount_tmt,card,rrn,status
88101,12,95000,4169 73** **** 1204,418801220011,APPROVED
88102,13,110000,5440 66** **** 9921,418801220012,APPROVED
88103,14,87000,4169 73** **** 0077,418801220013,DECLINED
88104,15,150000,2200 02** **** 3145,418801220014,APPROVED
""")

add("ini/decoy-pgpass-pointer", "reports/reports.ini",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """[database]
host = 10.20.0.14
dbname = studbook
user = hasabat
; parol ~/.pgpass faýlynda (пароль в ~/.pgpass)
passfile = ~/.pgpass

[output]
dir = /srv/reports
""")

add("java/decoy-spring-placeholder", "studbook-core/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config",
    """spring.datasource.url=jdbc:postgresql://db.studbook.lan:5432/studbook
spring.datasource.username=${STUDBOOK_DB_USER}
spring.datasource.password=${STUDBOOK_DB_PASSWORD}
spring.mail.password=${MAIL_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""")

add("python/decoy-hash-compare", "auksion/auksion/webhooks.py",
    "https://docs.python.org/3/library/hmac.html",
    '''"""Bankdan gelýän webhook-y barlamak (HMAC)."""
import hashlib
import hmac
import os

SECRET = os.environ["HALKBANK_WEBHOOK_SECRET"].encode()
EXAMPLE_SIGNATURE = "@@sig@@"  # docs example, payload "{}"


def valid(body: bytes, signature: str) -> bool:
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
''', sig=hexs(64))

add("markdown/decoy-changelog", "CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """# Üýtgeşmeler

## [2.4.1] - 2024-07-12
### Düzedildi
- Nesil şejeresi eksportynda enesiniň ID-si ýitýärdi.
- SMS açary koddan aýryldy, indi `SMSC_API_KEY` gurşaw üýtgeýjisi (ключ вынесен в env).

## [2.4.0] - 2024-06-30
### Goşuldy
- Taýlaryň suratlary S3-de.
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/auction.enc.yaml",
    "https://github.com/getsops/sops",
    """redis_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  age:
    - recipient: age1@@rec@@
  lastmodified: "2024-07-10T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 32, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", rec=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("ruby/decoy-test-fake", "auction-admin/spec/support/sms_stub.rb",
    "https://rspec.info/documentation/",
    """# Testler üçin SMS stub — hakyky açar däl (not a real key)
RSpec.configure do |config|
  config.before do
    Rails.application.config.x.sms = { login: "test", api_key: "fake-sms-key-for-specs", sender: "TEST" }
    allow(SmsClient).to receive(:deliver).and_return(true)
  end
end
""")

add("html/decoy-login-form", "auksion/templates/login.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """<!doctype html>
<html lang="tk">
<body>
  <form method="post" action="/login">
    <label>Ulanyjy <input name="username" autocomplete="username"></label>
    <label>Parol <input type="password" name="password" placeholder="Parolyňyz" autocomplete="current-password"></label>
    <button type="submit">Girmek</button>
  </form>
</body>
</html>
""")

add("dockerfile/decoy-arg-no-default", "coldstore-agent/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#arg",
    """FROM golang:1.22 AS build
WORKDIR /src
COPY . .
ARG GOPROXY=https://proxy.golang.org
RUN CGO_ENABLED=0 go build -o /agent ./cmd/agent
FROM gcr.io/distroless/static
COPY --from=build /agent /agent
ENV MQTT_PASSWORD_FILE=/run/secrets/mqtt
ENTRYPOINT ["/agent"]
""")

add("json/decoy-jwks", "stable-tracker/public/.well-known/jwks.json",
    "https://datatracker.ietf.org/doc/html/rfc7517",
    """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("go/decoy-test-constants", "payments/halkbank/client_test.go",
    "https://pkg.go.dev/testing",
    """package halkbank

import "testing"

// Synag üçin ýasama bahalar (fake values for tests)
const testSecret = "test-secret"
const testMerchant = "TM0000000"

func TestSign(t *testing.T) {
	got := sign(testMerchant, testSecret, "100")
	if got == "" {
		t.Fatal("boş gol")
	}
}
""")

add("yaml/decoy-k8s-empty-secret", "deploy/k8s/sms-secret.template.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: garpyz
type: Opaque
stringData:
  SMSC_LOGIN: ""
  SMSC_PASSWORD: ""   # kubectl create secret ... bilen dolduryň
""")

add("markdown/decoy-test-cards", "docs/payments-testing.md",
    "https://stripe.com/docs/testing",
    """# Tölegleri synagdan geçirmek

Test režiminde Stripe-yň resmi test kartlaryny ulanyň:

| Karta | Netije |
|-------|--------|
| 4242 4242 4242 4242 | üstünlikli |
| 4000 0000 0000 9995 | ýeterlik serişde ýok |

Açarlar: `sk_test_...` diňe CI gizlinlerinde. Prod açar hiç haçan bu ýerde däl.
""")

add("properties/decoy-gradle-local", "mobile/local.properties.example",
    "https://developer.android.com/build#properties-files",
    """## Nusga: local.properties hökmünde göçüriň
sdk.dir=/Users/you/Library/Android/sdk
bedewApiKey=PUT_YOUR_KEY_HERE
gpr.user=
gpr.key=
""")

add("sql/decoy-grant-no-password", "db/migrations/0008_app_role.sql",
    "https://www.postgresql.org/docs/current/sql-grant.html",
    """-- Programma roly; parol Vault database engine tarapyndan berilýär
CREATE ROLE studbook_app NOLOGIN;
GRANT USAGE ON SCHEMA public TO studbook_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO studbook_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO studbook_app;
""")

add("typescript/decoy-env-access", "auction-web/src/payments/stripe.server.ts",
    "https://nodejs.org/api/process.html#processenv",
    """import Stripe from 'stripe';

const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  throw new Error('STRIPE_SECRET_KEY ýok (нет ключа)');
}

export const stripe = new Stripe(key, { apiVersion: '2024-04-10' });
""")

add("yaml/decoy-public-ids", "mobile/fastlane/Appfile.yaml",
    "https://docs.fastlane.tools/advanced/Appfile/",
    """app_identifier: tm.bedew.app
apple_id: ci@bedew.tm
team_id: "55K1000AMM"
itc_team_id: "118551000"
google_play_package: tm.bedew.app
firebase_app_id: "1:551000112233:android:7f3e2d1c0b9a8877"
""")

add("rst/decoy-install", "docs/install.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Gurnamak (installation)
=======================

1. ``cp .env.example .env``
2. ``.env`` içinde ``DB_PASSWORD`` we ``TELEGRAM_TOKEN`` bahalaryny dolduryň.
3. ``docker compose up -d``

.. warning::
   ``.env`` faýlyny hiç haçan commit etmäň. Он в ``.gitignore``.
""")

add("shell/decoy-gpg-decrypt", "ops/load_secrets.sh",
    "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html",
    """#!/usr/bin/env bash
# Gizlinleri şifrlenen faýldan ýüklemek
set -euo pipefail
eval "$(gpg --quiet --decrypt secrets/prod.env.gpg)"
export DB_PASSWORD SMSC_API_KEY TELEGRAM_TOKEN
echo "gizlinler ýüklendi: ${#DB_PASSWORD} nyşan"
""")

add("xml/decoy-android-manifest", "mobile/app/src/main/AndroidManifest.xml",
    "https://developer.android.com/guide/topics/manifest/manifest-intro",
    """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Bedew" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("csv/decoy-sensor-data", "data/chamber_temps_2024-07-15.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """ts,site,chamber,temp_c,humidity,sensor_id
2024-07-15T00:00:00+05:00,dashoguz-1,K1,3.1,88,@@s1@@
2024-07-15T00:00:00+05:00,dashoguz-1,K2,2.9,87,@@s2@@
2024-07-15T00:00:00+05:00,mary-2,K1,3.4,90,@@s3@@
2024-07-15T00:00:00+05:00,mary-2,K2,3.0,89,@@s4@@
""", s1=hexs(24), s2=hexs(24), s3=hexs(24), s4=hexs(24))

add("php/decoy-config-example", "auksion/config/db.example.php",
    "https://www.php.net/manual/en/pdo.construct.php",
    """<?php
// Nusga. config/db.php göçüriň we dolduryň.
$dsn = 'mysql:host=127.0.0.1;dbname=auksion;charset=utf8mb4';
$user = 'auksion_web';
$pass = 'YOUR_PASSWORD_HERE';
return new PDO($dsn, $user, $pass);
""")

add("toml/decoy-pyproject", "studbook-client/pyproject.toml",
    "https://packaging.python.org/en/latest/specifications/pyproject-toml/",
    """[project]
name = "studbook-client"
version = "0.6.2"
description = "Ahalteke tohum kitaby API müşderisi"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27"]

[tool.hatch.publish.index]
# token: HATCH_INDEX_AUTH gurşaw üýtgeýjisi
user = "__token__"
""")

add("notebook/decoy-getpass", "analytics/feed_costs.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Iýmit çykdajylary (feed costs)\\n",
    "from getpass import getpass\\n",
    "pw = getpass('analyst paroly: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyst:{pw}@10.20.0.14/tracker')\\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("log/decoy-ci-masked", "logs/ci-deploy-1142.log",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions#redacting-secrets-from-workflow-run-logs",
    """Run ./scripts/deploy.sh
  env:
    SSH_KEY: ***
    DB_PASSWORD: ***
    SMSC_API_KEY: ***
+ rsync -az dist/ deploy@10.20.0.21:/srv/melon-orders
+ ssh deploy@10.20.0.21 'sudo systemctl restart melon-orders'
Deploy tamam (готово)
""")

add("javascript/decoy-recaptcha-site-key", "auction-web/src/bid-form.js",
    "https://developers.google.com/recaptcha/docs/display",
    """// Baha goýmak formy; reCAPTCHA site key açyk (публичный)
const RECAPTCHA_SITE_KEY = '6Lc@@k@@';

export function renderCaptcha(el) {
  grecaptcha.render(el, { sitekey: RECAPTCHA_SITE_KEY, theme: 'light' });
}
""", k=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("yaml/decoy-ssh-known-hosts", "ansible/files/known_hosts.yml",
    "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
    """known_hosts:
  - host: auction-web-1
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@"
  - host: ammar-01
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@"
  - host: studbook-db
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@"
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("csharp/decoy-config-binding", "PackhouseErp/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/options",
    """var builder = WebApplication.CreateBuilder(args);

// Gizlinler Azure Key Vault-dan
builder.Configuration.AddAzureKeyVault(
    new Uri("https://gaplama-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var conn = builder.Configuration.GetConnectionString("Packhouse");
builder.Services.AddDbContext<GaplamaDb>(o => o.UseSqlServer(conn));
var app = builder.Build();
app.Run();
""")

add("ini/decoy-aws-config-profile", "ops/aws/config",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """[default]
region = eu-central-1
output = json

[profile coldstore-ops]
role_arn = arn:aws:iam::551000112233:role/coldstore-ops
source_profile = default
mfa_serial = arn:aws:iam::551000112233:mfa/ayna
""")

# --------------------------------------------------------------------------------------------
# Third batch of secrets
# --------------------------------------------------------------------------------------------

add("compose/mysql-password", "coldstore/docker-compose.yml",
    "https://hub.docker.com/_/mysql",
    """services:
  mysql:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: coldstore
      MYSQL_USER: ammar
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    ports: ["3306:3306"]
""", words_pw())

add("python/requests-auth-tuple", "scraper/market_prices.py",
    "https://requests.readthedocs.io/en/latest/user/authentication/",
    '''"""Bazar bahalary: gawun, garpyz (market prices)."""
import requests

AUTH = ("garpyz", "@@secret@@")


def prices(day: str) -> list:
    r = requests.get("https://api.bazar-market.tm/v1/prices", params={"day": day}, auth=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["items"]
''', words_pw())

add("shell/ssh-pass", "ops/copy_photos.sh",
    "https://linux.die.net/man/1/sshpass",
    """#!/bin/bash
# Taý suratlaryny köne serwerden göçürmek (copy foal photos off the old box)
SRC=/var/www/photos
sshpass -p '@@secret@@' rsync -avz -e ssh photos@192.168.10.5:$SRC/ ./photos/
echo "göçürildi: $(ls photos | wc -l) faýl"
""", words_pw())

add("yaml/sentry-dsn-helm", "charts/studbook/values-prod.yaml",
    "https://docs.sentry.io/product/sentry-basics/concepts/dsn-explainer/",
    """image:
  repository: registry.bedew.tm/studbook-api
  tag: "2.4.1"
env:
  SENTRY_DSN: "https://@@secret@@@o451123.ingest.sentry.io/5512077"
  LANG: tk_TM.UTF-8
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", sentry_dsn_key())

add("go/aws-static-creds", "coldstore-agent/internal/upload/s3.go",
    "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/",
    """package upload

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Wagtlaýyn: datçik CSV-leri S3-e
func Creds() aws.CredentialsProvider {
	return credentials.NewStaticCredentialsProvider(
		"@@kid@@",
		"@@secret@@",
		"",
	)
}
""", aws_secret(), kid=aws_id())

add("markdown/russian-wiki", "wiki/Auktsion-admin.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Админка аукциона

Адрес: https://auksion.bedew.tm/admin

Учётная запись для модераторов лотов:

* логин: `moderator`
* пароль: `@@secret@@`

Модераторы проверяют фото, паспорт и ДНК-сертификат лошади до публикации лота.
""", words_pw())

add("typescript/firebase-private-key", "stable-tracker/functions/src/admin.ts",
    "https://firebase.google.com/docs/admin/setup",
    """import * as admin from 'firebase-admin';

// Duýduryş iberijisi (push notifications to grooms)
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'bedew-pasport',
    clientEmail: 'firebase-adminsdk@bedew-pasport.iam.gserviceaccount.com',
    privateKey: `@@secret@@`,
  }),
});

export const messaging = admin.messaging();
""", pem(""))

add("ini/supervisor-env", "ops/supervisor/melon-orders.conf",
    "http://supervisord.org/configuration.html#program-x-section-settings",
    """[program:melon-orders]
command=/srv/melon-orders/venv/bin/gunicorn orders.wsgi -b 127.0.0.1:8010
directory=/srv/melon-orders
user=orders
autorestart=true
environment=DJANGO_SETTINGS_MODULE="orders.settings.prod",DB_PASSWORD="@@secret@@",LANG="tk_TM.UTF-8"
stdout_logfile=/var/log/melon-orders/out.log
""", words_pw())

add("yaml/github-actions-env-anthropic", ".github/workflows/catalog-nightly.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env",
    """name: catalog nightly
on:
  schedule:
    - cron: "0 1 * * *"
env:
  ANTHROPIC_API_KEY: @@secret@@
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/pedigree_summarizer.py --lots lots/next.json
""", anthropic_key())

add("env/google-maps-key", "stable-map/.env",
    "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """# Athanalar kartasy (map of stables) — serwer tarapy geocoding
GOOGLE_GEOCODING_KEY=@@secret@@
MAP_DEFAULT_CENTER=37.95,58.38
MAP_ZOOM=8
MAP_LANG=tk
""", google_api_key())

add("python/yandex-static-key", "etl/yc_backup.py",
    "https://yandex.cloud/en/docs/iam/concepts/authorization/access-key",
    '''"""Ammar binýadyny Yandex Object Storage-e göçürmek."""
import boto3

session = boto3.session.Session()
s3 = session.client(
    service_name="s3",
    endpoint_url="https://storage.yandexcloud.net",
    aws_access_key_id="YCAJE@@kid@@",
    aws_secret_access_key="@@secret@@",
)
s3.upload_file("/var/backups/coldstore.sql.gz", "gawun-backups", "daily/coldstore.sql.gz")
''', yandex_static_secret(), kid=fakes.drawn(_seed(), 20, ALNUM + "_-"))

add("xml/nuget-password", "PackhouseErp/nuget.config",
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="bedew" value="https://nuget.bedew.tm/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <bedew>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </bedew>
  </packageSourceCredentials>
</configuration>
""", rand_pw(24))

add("shell/git-remote-token", "ops/fish_history_merdan",
    "https://git-scm.com/docs/git-remote",
    """- cmd: cd ~/src/melon-orders
  when: 1721030001
- cmd: git remote set-url origin https://merdan:@@secret@@@github.com/garpyz/melon-orders.git
  when: 1721030040
- cmd: git push -u origin main
  when: 1721030052
""", github())

add("yaml/mongo-uri-configmap", "deploy/k8s/stable-tracker-config.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: stable-tracker
  namespace: athana
data:
  MONGO_URL: mongodb://tracker:@@secret@@@mongo-0.mongo.athana.svc:27017/athana?authSource=admin
  FEED_REMINDER_CRON: "0 6,18 * * *"
""", rand_pw(20))

_tok = telegram()
add("k8s-secret/telegram-token", "deploy/k8s/auction-bot-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: auction-bot
  namespace: auksion
type: Opaque
data:
  TELEGRAM_TOKEN: @@enc@@
  CHAT_ID: @@chat@@
""", _tok, enc=b64(_tok), chat=b64("-1001873345521"))

_tok = aws_secret()
add("k8s-secret/aws-secret", "deploy/k8s/photo-sync-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: photo-sync
  namespace: ahalteke
  annotations:
    note: "taý suratlary (foal photos)"
type: Opaque
data:
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@enc@@
""", _tok, enc=b64(_tok), kid=b64(aws_id()))

add("php/laravel-env", "auksion-v2/.env",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """APP_NAME=Auksion
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://auksion.bedew.tm
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=auksion
DB_USERNAME=auksion_web
DB_PASSWORD=
""", base64.b64encode(random.Random(_seed()).getrandbits(256).to_bytes(32, "big")).decode())

add("ruby/sidekiq-redis", "auction-admin/config/initializers/sidekiq.rb",
    "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    """# Fon işleri: netijeler, SMS
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@10.20.0.30:6379/2" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@10.20.0.30:6379/2" }
end
""", redis_pw())

add("csv/credentials-export", "ops/browser_passwords_export.csv",
    "https://support.google.com/chrome/answer/95606",
    """name,url,username,password,note
bedew.tm,https://auksion.bedew.tm/admin,admin,@@secret@@,
halkbank merchant,https://merchant.example-bank.tm,TM0042117,see vault,
smsc.ru,https://smsc.ru/login,merw_bakja,see vault,
yandex,https://passport.yandex.ru,sargyt@garpyz-bag.tm,see vault,
""", words_pw())

add("markdown/runbook-sms-key-inline", "docs/runbook-sms.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# SMS iberilmeýär — näme etmeli?

1. Balansy barlaň: https://smsc.ru/sys/balance.php
2. Gol barlagy:

```bash
curl "https://smsc.ru/sys/send.php?login=merw_bakja&psw=@@secret@@&phones=99365000000&mes=test"
```

3. Jogap `ERROR = 2` bolsa — parol nädogry (неверный пароль).
""", words_pw())

add("powershell/connection-string", "scripts/Export-Hasabat.ps1",
    "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    """# Aýlyk hasabat: gaplanan gutular (boxes packed per month)
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=10.1.1.9;Database=Gaplama;User ID=hasabat;Password=@@secret@@;"
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT month, SUM(boxes) FROM packed GROUP BY month"
$r = $cmd.ExecuteReader()
while ($r.Read()) { "{0};{1}" -f $r[0], $r[1] }
$conn.Close()
""", words_pw())

add("swift/stripe-secret", "ios/BedewApp/Payments/DepositService.swift",
    "https://stripe.com/docs/keys",
    """import Foundation

// ÝALŇYŞ: gizlin açar programmada bolmaly däl — soň serwere geçireris
struct DepositService {
    private let secretKey = "@@secret@@"

    func request(_ amount: Int) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        r.httpMethod = "POST"
        r.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        r.httpBody = "amount=\\(amount)&currency=eur".data(using: .utf8)
        return r
    }
}
""", stripe_key("rk_live_"))

add("toml/gitlab-runner-token", "ops/gitlab-runner/config.toml",
    "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """concurrent = 2

[[runners]]
  name = "ammar-runner"
  url = "https://gitlab.com/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
""", fakes.fake("glrt-", 20, _seed()))

add("text/sticky-note", "notes/wifi_we_kameralar.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Athana kameralary (stable cameras) — NVR
IP: 192.168.50.2
Ulanyjy: admin
Parol: @@secret@@
Ýazgy: 14 gün saklanýar
Kamera 7 (taýlar) — şnur çalyşmaly
""", words_pw())

add("javascript/basic-auth-fetch", "stable-map/src/geocode.js",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme",
    """// Köne GIS serweri (старый ГИС-сервер)
export async function lookup(village) {
  const res = await fetch(`https://gis.ahal-welayat.example/api/find?q=${encodeURIComponent(village)}`, {
    headers: { Authorization: 'Basic @@secret@@' },
  });
  return res.json();
}
""", b64("bedew:" + words_pw()))

_tok = "sk.eyJ1IjoiYmVkZXctdG0iLCJhIjoi" + fakes.drawn(_seed(), 20, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_")
add("toml/mapbox-secret-token", "stable-map/netlify.toml",
    "https://docs.netlify.com/configure-builds/file-based-configuration/",
    """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # Tile ýüklemek üçin gizlin token (secret scope: uploads)
  MAPBOX_SECRET_TOKEN = "@@secret@@"
""", _tok)

add("python/here-doc-json", "tools/provision_bot.py",
    "https://docs.python.org/3/library/json.html",
    '''"""Täze ammar üçin agent konfigurasiýasyny döretmek."""
import json
import pathlib

CONFIG = json.loads("""
{"site": "turkmenabat-1", "mqtt": {"user": "agent-tmb1", "password": "@@secret@@"}, "interval_s": 60}
""")

pathlib.Path("/etc/coldstore-agent.json").write_text(json.dumps(CONFIG, indent=2))
print("ýazyldy")
''', redis_pw())

add("yaml/ansible-inline-become", "ansible/inventory/ammarlar.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """all:
  children:
    ammarlar:
      hosts:
        ammar-dashoguz:
          ansible_host: 192.168.10.21
        ammar-mary:
          ansible_host: 192.168.20.21
      vars:
        ansible_user: operator
        ansible_become_password: "@@secret@@"
""", words_pw())

add("terraform/aws-provider-keys", "infra/aws/provider.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

# Taý suratlary (foal photos)
resource "aws_s3_bucket" "photos" {
  bucket = "ahalteke-foal-photos"
}
""", aws_secret(), kid=aws_id())

add("markdown/mailgun-in-issue", "docs/issues/0042-hatlar-gitmeyar.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# #42 Hatlar gitmeýär (письма не уходят)

Ýalňyşlyk:

```
mailgun: 401 Forbidden (domain mg.garpyz-bag.tm, key @@secret@@)
```

Barlamaly: domen tassyklanmadymy? Açar dogrymy?
Jogapkär: Merdan
""", mailgun_key())

add("python/digitalocean-spaces", "etl/spaces_upload.py",
    "https://docs.digitalocean.com/products/spaces/how-to/use-aws-sdks/",
    '''"""Auksion suratlary DigitalOcean Spaces-e."""
import boto3

client = boto3.session.Session().client(
    "s3",
    region_name="fra1",
    endpoint_url="https://fra1.digitaloceanspaces.com",
    aws_access_key_id="DO00@@kid@@",
    aws_secret_access_key="@@secret@@",
)
client.upload_file("lot17.jpg", "auksion-media", "lots/17/main.jpg")
''', fakes.drawn(_seed(), 43, ALNUM + "+/"), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + string.digits))

add("log/telegram-url-in-error", "logs/auction-bot-error.log",
    "https://core.telegram.org/bots/api#making-requests",
    """2024-07-15 18:00:02 INFO  closing auction day 2024-07-15
2024-07-15 18:00:03 ERROR send failed: HTTPSConnectionPool(host='api.telegram.org', port=443):
  Max retries exceeded with url: /bot@@secret@@/sendMessage?chat_id=-1001873345521
  (Caused by ConnectTimeoutError)
2024-07-15 18:00:33 INFO  retry ok
""", telegram())

add("env/discord-webhook", "stable-tracker/.env.staging",
    "https://discord.com/developers/docs/resources/webhook",
    """NODE_ENV=staging
PORT=8080
DISCORD_WEBHOOK_URL=@@secret@@
# Iýmit ýatlatmalary (feed reminders) → #athana-staging
FEED_REMINDER_CRON="0 6,18 * * *"
""", discord_webhook())

# --- last decoys ---

add("env/decoy-masked-values", "ops/env-dump-redacted.txt",
    "https://12factor.net/config",
    """# `printenv | sed` çykyşy, gizlinler gizlenen (redacted for the ticket)
DB_HOST=10.20.0.14
DB_PASSWORD=[REDACTED]
TELEGRAM_TOKEN=[REDACTED]
AWS_ACCESS_KEY_ID=AKIA****************
AWS_SECRET_ACCESS_KEY=****************************************
LANG=tk_TM.UTF-8
""")

add("python/decoy-secrets-manager", "etl/secrets.py",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html",
    '''"""Gizlinleri AWS Secrets Manager-den almak."""
import json
import boto3

_client = boto3.client("secretsmanager", region_name="eu-central-1")


def db_password(name: str = "coldstore/mysql") -> str:
    value = _client.get_secret_value(SecretId=name)["SecretString"]
    return json.loads(value)["password"]
''')

add("yaml/decoy-docs-example-aws", "docs/examples/s3-config.example.yml",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    """# AWS resminamalaryndaky mysal bahalar (AWS documentation example values)
storage:
  bucket: example-bucket
  region: us-east-1
  access_key_id: AKIAIOSFODNN7EXAMPLE
  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
""")

add("shell/decoy-kubectl-create-from-file", "ops/create_secrets.sh",
    "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
    """#!/usr/bin/env bash
# Gizlinleri faýllardan döretmek (файлы не в git)
set -euo pipefail
kubectl -n ahalteke create secret generic studbook-db \\
  --from-file=password=./secrets/studbook-db.txt \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n auksion create secret generic auction-bot \\
  --from-literal=TELEGRAM_TOKEN="$TELEGRAM_TOKEN" --dry-run=client -o yaml | kubectl apply -f -
""")

add("markdown/decoy-uuid-ids", "docs/integrations.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Integrasiýalar

| Hyzmat | ID | Bellik |
|--------|----|--------|
| Azure app (SharePoint) | `@@u1@@` | client id, gizlin däl |
| Azure tenant | `@@u2@@` | |
| Yandex folder | `b1g8t0kh5510ammar` | |
| Sentry project | `5512044` | |

Gizlinler: Vault `kv/integrations/*`.
""", u1=uuid_s(), u2=uuid_s())

add("go/decoy-example-test-token", "coldstore-alerts/main_test.go",
    "https://pkg.go.dev/testing",
    """package main

import "testing"

// Ýasama token, diňe test üçin (not a real bot)
const fakeToken = "123456:TEST-TOKEN-NOT-REAL"

func TestURL(t *testing.T) {
	u := buildURL(fakeToken)
	if u == "" {
		t.Fatal("empty")
	}
}
""")

add("json/decoy-composer-lock-hashes", "auksion/composer.lock.fragment.json",
    "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    """{
  "content-hash": "@@h@@",
  "packages": [
    {
      "name": "guzzlehttp/guzzle",
      "version": "7.8.1",
      "dist": {"type": "zip", "shasum": "@@s@@", "reference": "@@r@@"}
    }
  ]
}
""", h=hexs(32), s=hexs(40), r=hexs(40))

add("ini/decoy-git-config", "ops/gitconfig",
    "https://git-scm.com/docs/git-config",
    """[user]
    name = Aýna Berdiýewa
    email = ayna@bedew.tm
[credential]
    helper = libsecret
[url "git@github.com:"]
    insteadOf = https://github.com/
[pull]
    rebase = true
""")

add("text/decoy-meeting-notes", "notes/2024-07-10-ýygnak.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Ýygnak 2024-07-10 (совещание)
- Auksion: 18 lot, 3-si daşary ýurtly alyjylar
- SMS açary çalşyldy, täze açar Vault-da (kv/sms/smsc), köne açar ýatyryldy
- Halkbank: test terminal ID TM0000000, prod TM0042117
- Sowadyjy: Mary K3 kamerasynyň datçigi çalşylmaly
- Indiki ýygnak: 17-nji iýul
""")

add("yaml/decoy-prometheus-basic-auth-file", "monitoring/prometheus.yml",
    "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config",
    """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: coldstore-agents
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/agents.pass
    static_configs:
      - targets: ["192.168.10.21:9100", "192.168.20.21:9100"]
""")

add("html/decoy-public-widget", "stable-map/public/index.html",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token",
    """<!doctype html>
<html lang="tk">
<head>
  <meta charset="utf-8">
  <title>Athanalar kartasy</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map"></div>
  <script>mapboxgl.accessToken = window.__PUBLIC_MAP_TOKEN__; // açyk token, serwerden</script>
</body>
</html>
""")

add("rust/decoy-env-var", "sensor-ingest/src/main.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html",
    """use std::env;

fn main() {
    // Baglanyşyk setiri gurşawdan (из окружения)
    let url = env::var("DATABASE_URL").expect("DATABASE_URL goýulmadyk");
    let batch: usize = env::var("BATCH").ok().and_then(|v| v.parse().ok()).unwrap_or(500);
    println!("ingest başlady, batch={batch}, db={}", url.split('@').last().unwrap_or("?"));
}
""")

assert SEED_LOW < _SEED[0] <= SEED_HIGH
assert len({case.file_name for case in CASES}) == len(CASES)
