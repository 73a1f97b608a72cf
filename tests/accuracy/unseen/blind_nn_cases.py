"""Blind set NN: an Almaty Uyghur restaurant chain and a dried-fruit exporter.

The chain runs laghman kitchens, a delivery app, POS terminals and a loyalty programme; its sister
company exports dried apricots, raisins and walnuts. Notes and comments are partly in Uyghur (Arabic
script and Latin Uyghur). Holds files with one credential each and decoys. Generated fakes only
(seeds 8210000-8219999).
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
_SEED = [8210000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 8210000 <= _SEED[0] < 8220000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Laghman", "Samsa", "Polo", "Chuchure", "Oruk", "Yangaq", "Uzum", "Tianshan", "Ili", "Kashgar",
         "Turpan", "Manta", "Lepyoshka", "Gosh", "Medeu", "Kokteve", "Nan", "Chay", "Dutar", "Meshrep"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def jwt_secret() -> str:
    return rand_pw(48)


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("blind-nn/env/postgres", "pos-sync/.env",
    "https://github.com/motdotla/dotenv#usage",
    """# Laghman House POS sync — ئالماتا، Abay dangyly 52
# diqqet: bu hojjetni git'qa qoymang (amma qoyuptu...)
APP_ENV=production
POS_DB_HOST=10.20.4.11
POS_DB_PORT=5432
POS_DB_USER=pos_sync
POS_DB_PASSWORD=@@s@@
POS_DB_NAME=laghman_pos
SYNC_INTERVAL_SEC=45
""", secret=words_pw())

add("blind-nn/python/stripe", "delivery_app/payments/stripe_client.py",
    "https://stripe.com/docs/api/authentication",
    """\"\"\"Yetküzüsh app-ning pul tölesh modul. Stripe only for tourist cards (KZT via Kaspi otherwise).\"\"\"
import stripe

# TODO(Dilnur): env-qa yötkesh kërek
stripe.api_key = "@@s@@"


def charge_order(order_id: str, amount_tiyn: int, card_token: str):
    return stripe.PaymentIntent.create(
        amount=amount_tiyn,
        currency="kzt",
        payment_method=card_token,
        metadata={"order": order_id, "branch": "almaty-dostyk"},
        confirm=True,
    )
""", secret=stripe_key())

add("blind-nn/yaml/telegram", "kitchen-bot/config.yaml",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """# ئاشخانا بوتى — kitchen order bot (Telegram)
bot:
  name: laghman_kitchen_bot
  token: "@@s@@"
  admin_chat_ids: [-1001844201177, 310442981]
kitchens:
  - id: dostyk
    printer: 192.168.10.40
  - id: samal
    printer: 192.168.12.40
language: ug
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/go/aws", "exporter/cmd/invoices/s3upload.go",
    "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html",
    """package main

// Quruq mëwe ëksport: invoice PDF-larni S3-qa yüklesh.
import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

func loadCfg(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-central-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@",
			"@@s@@",
			"")),
	)
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/k8s-secret/loyalty-db", "deploy/k8s/loyalty-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: loyalty-db
  namespace: loyalty
  labels:
    app: bonus-card
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", secret=(_pw := words_pw()), u=b64("loyalty_app"), p=b64(_pw))

add("blind-nn/markdown/mysql", "wiki/pos-terminals/setup.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# POS téerminal ornitish (Samal filiali)

1. Terminalni tokqa ulang, Wi-Fi: `LaghmanStaff`.
2. iiko Front-ni échip, server adrësini kirgüzüng: `pos.laghman.local:8080`.
3. Mahalliy MySQL:

| host | user | parol |
|------|------|-------|
| 127.0.0.1 | frontpos | `@@s@@` |

4. Kassirni tizimlang. Soallar bolsa — Erkin (+7 701 ...).

> دىققەت: پارولنى ئالماشتۇرغاندا بۇ بەتنىمۇ يېڭىلاڭ
""", secret=words_pw())

add("blind-nn/shell/sendgrid", "scripts/send_menu_newsletter.sh",
    "https://docs.sendgrid.com/api-reference/mail-send/mail-send",
    """#!/usr/bin/env bash
# Heptilik menyu xet-xewiri (Juma küni ewetilidu)
set -euo pipefail
curl --request POST \\
  --url https://api.sendgrid.com/v3/mail/send \\
  --header "Authorization: Bearer @@s@@" \\
  --header 'Content-Type: application/json' \\
  --data @newsletter.json
echo "yollandi: $(date)"
""", secret=sendgrid_key())

add("blind-nn/js/google-maps", "delivery-web/src/maps.js",
    "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """// Yetküzüsh zonasi xeritisi (server side geocoding, key restricted emes!)
const fetch = require("node-fetch");

const GEOCODE_KEY = "@@s@@";

async function geocode(address) {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address + ", Almaty")}&key=${GEOCODE_KEY}`;
  const res = await fetch(url);
  return (await res.json()).results[0];
}

module.exports = { geocode };
""", secret=google_key())

add("blind-nn/ini/odbc", "exporter/erp/odbc.ini",
    "https://www.unixodbc.org/odbcinst.html",
    """; Quruq mëwe ambari — 1C ERP bazisi
[ExportERP]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:erp.kashgar-fruits.kz,1433
Database    = Export1C
UID         = report_reader
PWD         = @@s@@
Encrypt     = yes
TrustServerCertificate = yes
""", secret=words_pw())

add("blind-nn/php/mysql", "site/config/db.php",
    "https://www.php.net/manual/en/pdo.construct.php",
    """<?php
// Restoran sayti: menyu we bron (reservation) jedwelliri
return [
    'dsn'      => 'mysql:host=127.0.0.1;dbname=laghman_site;charset=utf8mb4',
    'username' => 'site_rw',
    'password' => '@@s@@',
    'options'  => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""", secret=rand_pw(16, "!#"))

add("blind-nn/csharp/sql-server", "PosBridge/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Pos": "Server=tcp:10.20.4.15,1433;Database=PosBridge;User Id=posbridge;Password=@@s@@;TrustServerCertificate=True"
  },
  "Branches": ["dostyk", "samal", "tole-bi", "abay"],
  "Kaspi": { "MerchantId": "LGH-001877" }
}
""", secret=words_pw())

add("blind-nn/docker-compose/postgres", "infra/docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  loyalty-db:
    image: postgres:16
    environment:
      POSTGRES_USER: loyalty
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: bonus
    volumes:
      - pgdata:/var/lib/postgresql/data
  loyalty-api:
    build: ./loyalty
    depends_on: [loyalty-db]
volumes:
  pgdata: {}
""", secret=rand_pw(22))

add("blind-nn/terraform/do-token", "infra/terraform/provider.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs",
    """# Yetküzüsh API serwerliri (Frankfurt)
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

provider "digitalocean" {
  token = "@@s@@"
}
""", secret="dop_v1_" + hexs(64))

add("blind-nn/yaml/slack-webhook", ".github/workflows/deploy-delivery.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """name: deploy-delivery
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Slack-qa xewer
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"delivery-api deploy: ${{ job.status }}"}' \\
            @@s@@
""", secret=slack_webhook())

add("blind-nn/python/openai", "menu_ai/translate_menu.py",
    "https://platform.openai.com/docs/api-reference/authentication",
    """# Menyuni ئۇيغۇرچە / русский / English-qa terjime qilish
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = "Translate this Uyghur restaurant menu item, keep dish names: {item}"


def translate(item: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(item=item)}],
    )
    return r.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("blind-nn/shell-history/mysql", "ops/notes/erkin_bash_history.txt",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /opt/pos-bridge
sudo systemctl status pos-bridge
tail -n 200 /var/log/pos-bridge/app.log
mysql -h 127.0.0.1 -u frontpos -p'@@s@@' iiko_front -e "select count(*) from orders where dt > now() - interval 1 day"
df -h
exit
""", secret=words_pw())

add("blind-nn/kotlin/loyalty-api", "android/app/src/main/java/kz/laghman/loyalty/ApiConfig.kt",
    "https://kotlinlang.org/docs/properties.html",
    """package kz.laghman.loyalty

// Bonus karta API — ishlepchiqirish
object ApiConfig {
    const val BASE_URL = "https://loyalty.laghman.kz/api/v2/"
    const val PARTNER_ID = "laghman-android"
    // server-side secret, client-qa qoymasliq kërek idi
    const val PARTNER_SECRET = "@@s@@"
    const val TIMEOUT_MS = 15_000L
}
""", secret=rand_pw(40))

add("blind-nn/pem/ssh-key", "exporter/deploy/id_rsa_ambar",
    "https://www.openssh.com/manual.html",
    """@@s@@
""", secret=fakes.fake_pem(_seed()))

add("blind-nn/ruby/twilio", "sms/lib/order_sms.rb",
    "https://www.twilio.com/docs/usage/secure-credentials",
    """# Buyrutma teyyar bolghanda SMS (Beeline / Kcell)
require 'twilio-ruby'

ACCOUNT_SID = 'AC@@sid@@'
AUTH_TOKEN  = '@@s@@'

def notify_ready(phone, order_no)
  client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  client.messages.create(from: '+77270000000', to: phone,
                         body: "Buyrutmingiz ##{order_no} teyyar! / Ваш заказ готов")
end
""", secret=hexs(32), sid=hexs(32))

add("blind-nn/json/firebase-sa", "delivery-app/firebase/service-account.json",
    "https://firebase.google.com/docs/admin/setup",
    """{
  "type": "service_account",
  "project_id": "laghman-delivery",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "firebase-adminsdk-x1q2w@laghman-delivery.iam.gserviceaccount.com",
  "client_id": "104882917730041239981",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ").replace("\n", "\\n"), kid=hexs(40))

add("blind-nn/powershell/sql-server", "ops/backup/Backup-PosDb.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase",
    """# Her kéche 03:00 — POS bazisining zapas nusxisi (backup)
$ErrorActionPreference = 'Stop'
$secure = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('backup_op', $secure)
Backup-SqlDatabase -ServerInstance 'POS-SRV01' -Database 'PosBridge' `
    -BackupFile "D:\\Backup\\PosBridge_$(Get-Date -f yyyyMMdd).bak" -Credential $cred
Write-Host "Tamam / Готово"
""", secret=words_pw())

add("blind-nn/dockerfile/npm", "delivery-web/Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """FROM node:20-alpine AS build
WORKDIR /app
# @laghman/ui private paket üchün
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm_token())

add("blind-nn/java/mail", "loyalty-core/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """# Bonus sistemisi — Spring Boot
server.port=8085
spring.datasource.url=jdbc:postgresql://loyalty-db:5432/bonus
spring.datasource.username=loyalty
spring.datasource.password=${LOYALTY_DB_PASSWORD}
spring.mail.host=smtp.mail.ru
spring.mail.port=465
spring.mail.username=bonus@laghman.kz
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.ssl.enable=true
""", secret=rand_pw(16))

add("blind-nn/go/telegram", "exporter/bot/main.go",
    "https://core.telegram.org/bots/api",
    """package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Ëksport zakaz bot: Turpan üzüm, Kashgar örük bahasi
func main() {
	bot, err := tgbotapi.NewBotAPI("@@s@@")
	if err != nil {
		log.Panic(err)
	}
	log.Printf("bot ishqa chüshti: %s", bot.Self.UserName)
}
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/rust/redis", "loyalty-points/src/cache.rs",
    "https://docs.rs/redis/latest/redis/#connection-parameters",
    """// Bonus ballar keshi
use redis::Client;

pub fn connect() -> redis::RedisResult<redis::Connection> {
    // TODO: std::env::var("REDIS_URL") qilish
    let client = Client::open("redis://:@@s@@@cache.loyalty.internal:6379/2")?;
    client.get_connection()
}
""", secret=fakes.redis_password(_seed()))

add("blind-nn/swift/loyalty", "ios/Laghman/Config/Secrets.swift",
    "https://developer.apple.com/documentation/swift",
    """import Foundation

// ئىشلەپچىقىرىش — production
enum Secrets {
    static let loyaltyBaseURL = URL(string: "https://loyalty.laghman.kz/api/v2")!
    static let supportPhone = "+7 727 300 00 00"
    static let loyaltyClientSecret = "@@s@@"
}
""", secret=rand_pw(36))

add("blind-nn/ansible/postgres", "ansible/group_vars/pos_servers.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """---
# POS serwerliri (6 filial)
pos_timezone: Asia/Almaty
pos_locale: ug_CN.UTF-8
postgres_version: 15
postgres_users:
  - name: pos_sync
    password: "@@s@@"
    role_attr_flags: LOGIN
  - name: grafana_ro
    password: "{{ vault_grafana_ro_password }}"
""", secret=words_pw())

add("blind-nn/csv/smtp", "ops/inventory/service_accounts.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """service,host,login,password,izah
mail,smtp.yandex.ru,noreply@laghman.kz,@@s@@,yetküzüsh xetliri
pos,10.20.4.15,posbridge,<vault>,vault-ta
erp,erp.kashgar-fruits.kz,report_reader,<vault>,1C oqush
wifi,LaghmanStaff,-,<tamda yëzilghan>,xizmetchiler
cams,nvr.samal.local,viewer,<vault>,kameralar
""", secret=words_pw())

add("blind-nn/yaml/helm-rabbitmq", "deploy/helm/orders/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 3
image:
  repository: registry.laghman.kz/orders-api
  tag: "2.14.1"
rabbitmq:
  host: rabbit.orders.svc
  username: orders
  password: "@@s@@"
ingress:
  enabled: true
  host: orders.laghman.kz
""", secret=rand_pw(24))

add("blind-nn/xml/maven", "loyalty-core/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <!-- Nexus: kompaniye ichki kutupxanisi -->
  <servers>
    <server>
      <id>laghman-nexus</id>
      <username>ci-deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", secret=words_pw())

add("blind-nn/notebook/postgres", "analytics/sales_by_branch.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Filiallar boyiche sétish (2024-Q3)\\n", "Lagman we samsa eng köp sétilghan"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@s@@@10.20.4.11:5432/laghman_pos')\\n",
    "df = pd.read_sql('select branch, sum(total) from orders group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("blind-nn/log/basic-auth", "logs/delivery-api-2024-10-03.log",
    "https://datatracker.ietf.org/doc/html/rfc7617",
    """2024-10-03T12:01:14+05:00 INFO  order 88121 created branch=dostyk
2024-10-03T12:01:15+05:00 DEBUG courier-gw request POST https://courier.partner.kz/api/assign
2024-10-03T12:01:15+05:00 DEBUG headers: {"Authorization": "Basic @@s@@", "Content-Type": "application/json"}
2024-10-03T12:01:16+05:00 INFO  courier assigned id=4410 eta=27m
2024-10-03T12:02:40+05:00 WARN  kitchen dostyk slow: laghman queue=14
""", secret=b64("laghman_dispatch:" + rand_pw(18)))

add("blind-nn/toml/pypi", "exporter/tools/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers = pypi

[pypi]
# fruit-labels paketi (etiket bësish)
username = __token__
password = @@s@@
""", secret=fakes.pypi_token(_seed()))

add("blind-nn/rst/mailgun", "docs/ops/notifications.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Xewerlendürüsh (notifications)
==============================

Ëksport bölümi hujjetlirini Mailgun arqiliq ewetidu.

.. code-block:: bash

   curl -s --user 'api:@@s@@' \\
       https://api.mailgun.net/v3/mg.kashgar-fruits.kz/messages \\
       -F from='Export <export@kashgar-fruits.kz>' -F to=buyer@example.com

بۇ ئاچقۇچنى ئالماشتۇرۇش كېرەك (2025-يىلى)
""", secret=mailgun_key())

add("blind-nn/html/google-key", "site/public/contacts.html",
    "https://developers.google.com/maps/documentation/embed/get-started",
    """<!doctype html>
<html lang="ug">
<head><meta charset="utf-8"><title>ئالاقە — Laghman House</title></head>
<body>
  <h1>بىزنىڭ ئادرېسىمىز</h1>
  <p>Алматы, пр. Достык 52</p>
  <script>
    // server translate key qoyulup qaptu, referer-siz
    window.TRANSLATE_KEY = "@@s@@";
  </script>
</body>
</html>
""", secret=google_key())

add("blind-nn/python/django", "backoffice/backoffice/settings_prod.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """from .settings import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["admin.laghman.kz"]
# Mexpiy achquch — özgertmeng!
SECRET_KEY = '@@s@@'
LANGUAGE_CODE = "ru"
TIME_ZONE = "Asia/Almaty"
""", secret=fakes.django_secret_key(_seed()))

add("blind-nn/env/github", "ci/.env.ci",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """# CI runner (Samal ofis mini-PC)
RUNNER_NAME=samal-minipc
RUNNER_LABELS=self-hosted,linux,pos
GITHUB_OWNER=laghman-house
GH_TOKEN=@@s@@
""", secret=fakes.github_token(_seed()))

add("blind-nn/gitlab-ci/gitlab-token", "exporter/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, release]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  script:
    - git remote set-url origin "https://oauth2:@@s@@@gitlab.com/kashgar-fruits/exporter.git"
    - git push origin --tags
  only: [tags]
""", secret=gitlab_token())

add("blind-nn/typescript/discord", "ops-bot/src/alerts.ts",
    "https://discord.com/developers/docs/resources/webhook",
    """// Ashxana signal: muzlatquch temperaturisi
const WEBHOOK = "@@s@@";

export async function freezerAlert(branch: string, tempC: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `⚠️ ${branch}: muzlatquch ${tempC}°C` }),
  });
}
""", secret=discord_webhook())

add("blind-nn/markdown/wifi-router", "wiki/branches/tole-bi.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Tole Bi filiali — téxnik uchur

- Router: MikroTik hAP ax², 192.168.14.1
- Router admin: `admin` / `@@s@@`
- POS: 3 dana, printer: Xprinter XP-80
- Kamera NVR: Hikvision, parol vault-ta

Diqqet: router parolini peqet Erkin bilen Dilnur bilidu.
""", secret=words_pw())

add("blind-nn/yaml/sentry", "delivery-api/config/prod.yaml",
    "https://docs.sentry.io/product/accounts/auth-tokens/",
    """server:
  port: 8080
sentry:
  dsn: https://4f2a0c1be9d84e55a3b11f2e7c90d6a1@o448812.ingest.sentry.io/5520177
  environment: production
release:
  # sourcemap yüklesh üchün
  sentry_auth_token: @@s@@
kaspi:
  merchant_id: LGH-001877
""", secret=fakes.fake("sntryu_", 64, _seed()))

# ---------------------------------------------------------------- decoys

add("blind-nn/env/decoy-placeholder", "pos-sync/.env.example",
    "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
    """# Nusxa éliping: cp .env.example .env
# ئۆزىڭىزنىڭ قىممىتىنى يېزىڭ
APP_ENV=development
POS_DB_HOST=localhost
POS_DB_PORT=5432
POS_DB_USER=pos_sync
POS_DB_PASSWORD=change-me
POS_DB_NAME=laghman_pos
""")

add("blind-nn/yaml/decoy-env-reference", "deploy/helm/orders/values-staging.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 1
image:
  repository: registry.laghman.kz/orders-api
  tag: "2.15.0-rc1"
rabbitmq:
  host: rabbit.orders-staging.svc
  username: orders
  existingSecret: orders-rabbitmq
  existingSecretPasswordKey: rabbitmq-password
""")

add("blind-nn/python/decoy-env-reference", "delivery_app/payments/settings.py",
    "https://docs.python.org/3/library/os.html#os.environ",
    """import os

# Pul tölesh sazlimiliri — qimmetler muhit özgergüchiliridin (env)
STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
KASPI_MERCHANT_ID = os.getenv("KASPI_MERCHANT_ID", "LGH-001877")
CURRENCY = "kzt"
""")

add("blind-nn/js/decoy-publishable-key", "delivery-web/src/stripe.js",
    "https://stripe.com/docs/keys#obtain-api-keys",
    """// Browser-da peqet publishable key ishlitilidu (bu mexpiy emes)
import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("@@pk@@");

export const CURRENCY = "kzt";
""", pk=stripe_key("pk_live_"))

add("blind-nn/k8s/decoy-secret-ref", "deploy/k8s/loyalty-api.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: loyalty-api
  namespace: loyalty
spec:
  replicas: 2
  selector:
    matchLabels: {app: loyalty-api}
  template:
    metadata:
      labels: {app: loyalty-api}
    spec:
      containers:
        - name: api
          image: registry.laghman.kz/loyalty-api:1.9.3
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: loyalty-db, key: password}
            - name: JWT_SECRET
              valueFrom:
                secretKeyRef: {name: loyalty-jwt, key: secret}
""")

add("blind-nn/markdown/decoy-redacted", "wiki/incidents/2024-08-pos-outage.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Hadise: Samal POS 2 saet ishlimidi (2024-08-17)

**Sewebi:** pos_sync parol mudditi ötüp ketti.

Log-tin:

```
FATAL: password authentication failed for user "pos_sync"
conn: postgresql://pos_sync:********@10.20.4.11:5432/laghman_pos
```

**Hel qilish:** yëngi parol Vault-qa qoyuldi (`secret/pos/sync`), hemme filialgha tarqitildi.

دەرس: پارول مۇددىتىنى كالېندارغا يېزىش
""")

add("blind-nn/json/decoy-hash", "loyalty-core/src/test/resources/users.json",
    "https://www.rfc-editor.org/rfc/rfc8259",
    """[
  {"login": "aygul.k", "role": "cashier", "password_hash": "$2b$12$@@h1@@"},
  {"login": "erkin.t", "role": "admin",   "password_hash": "$2b$12$@@h2@@"},
  {"login": "test.courier", "role": "courier", "password_hash": null}
]
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-nn/yaml/decoy-vault-reference", "ansible/group_vars/erp.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/index.html",
    """---
# 1C ERP — quruq mëwe ambari
erp_host: erp.kashgar-fruits.kz
erp_db_user: report_reader
erp_db_password: "{{ vault_erp_db_password }}"
erp_backup_dir: /srv/backup/1c
erp_backup_keep_days: 14
""")

add("blind-nn/go/decoy-test-fixture", "exporter/bot/handler_test.go",
    "https://pkg.go.dev/testing",
    """package main

import "testing"

// Sinaq üchün yasalma token — heqiqiy emes (fake, not issued)
const fakeToken = "123456789:TEST-not-a-real-token"

func TestParsePrice(t *testing.T) {
	got := parsePrice("Turpan üzüm 2.40 USD/kg")
	if got != 2.40 {
		t.Fatalf("baha xata: %v", got)
	}
	_ = fakeToken
}
""")

add("blind-nn/terraform/decoy-variable", "infra/terraform/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables",
    """variable "do_token" {
  description = "DigitalOcean API token (TF_VAR_do_token arqiliq bëring)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "fra1"
}
""")

add("blind-nn/shell/decoy-env-reference", "scripts/backup_loyalty.sh",
    "https://www.postgresql.org/docs/current/libpq-envars.html",
    """#!/usr/bin/env bash
# Bonus bazisi zapas nusxisi. PGPASSWORD cron muhitidin këlidu.
set -euo pipefail
: "${PGPASSWORD:?PGPASSWORD kërek}"
pg_dump -h loyalty-db -U loyalty bonus | gzip > "/srv/backup/bonus_$(date +%F).sql.gz"
find /srv/backup -name 'bonus_*.sql.gz' -mtime +14 -delete
""")

add("blind-nn/csv/decoy-ids", "exporter/data/shipments_2024.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """shipment_id,product,kg,container,buyer_ref,checksum_sha256
SHP-24-0091,örük (dried apricot),18000,MSKU4410028,@@u1@@,@@c1@@
SHP-24-0092,kishmish (raisin),21000,TGHU7730551,@@u2@@,@@c2@@
SHP-24-0093,yangaq (walnut),16500,CAIU9021174,@@u3@@,@@c3@@
SHP-24-0094,jigde (oleaster),9000,MSKU4410911,@@u4@@,@@c4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), c1=hexs(64), c2=hexs(64), c3=hexs(64), c4=hexs(64))

add("blind-nn/ini/decoy-empty", "exporter/erp/odbc.ini.sample",
    "https://www.unixodbc.org/odbcinst.html",
    """; Nemune — PWD-ni özingiz tolturung
[ExportERP]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:erp.kashgar-fruits.kz,1433
Database    = Export1C
UID         = report_reader
PWD         =
Encrypt     = yes
""")

add("blind-nn/markdown/decoy-docs-example", "docs/api/loyalty-auth.md",
    "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
    """# Bonus API: kirish (client credentials)

Token élish:

```bash
curl -X POST https://loyalty.laghman.kz/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id=YOUR_CLIENT_ID \\
  -d client_secret=YOUR_CLIENT_SECRET
```

Jawab:

```json
{"access_token": "<access-token>", "token_type": "Bearer", "expires_in": 3600}
```

ئاچقۇچلارنى Erkin-din soraң (partner portal).
""")

add("blind-nn/python/decoy-masked", "pos_sync/log_utils.py",
    "https://docs.python.org/3/library/logging.html",
    """import re

# Log-ta parolni yoshurush: postgresql://user:****@host
_DSN = re.compile(r"(://[^:/]+:)([^@]+)(@)")


def mask_dsn(dsn: str) -> str:
    return _DSN.sub(r"\\1****\\3", dsn)


assert mask_dsn("postgresql://pos_sync:PAROL@db:5432/x") == "postgresql://pos_sync:****@db:5432/x"
""")


# ---------------------------------------------------------------- more secrets

add("blind-nn/yaml/slack-bot", "ops-bot/config/slack.yml",
    "https://api.slack.com/authentication/token-types#bot",
    """# Ashxana nöwetchilik boti (#kitchen-shift)
slack:
  bot_token: @@s@@
  channel: C05KITCHEN1
  schedule: "0 9 * * *"
message_ug: "بۈگۈنكى نۆۋەتچى ئاشپەز: {cook}"
message_ru: "Сегодня дежурный повар: {cook}"
""", secret=slack_bot())

add("blind-nn/python/aws", "exporter/scripts/upload_certificates.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """# Fitosanitariya guwahnamilirini (phytosanitary certificates) S3-qa yüklesh
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    region_name="eu-central-1",
)

for name in ["SHP-24-0091.pdf", "SHP-24-0092.pdf"]:
    s3.upload_file(f"./certs/{name}", "kashgar-fruits-docs", f"phyto/2024/{name}")
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/env/telegram", "exporter/bot/.env",
    "https://core.telegram.org/bots/features#botfather",
    """# Ëksport bahasi boti
TG_BOT_TOKEN=@@s@@
TG_ADMIN=310442981
PRICE_SHEET_ID=1x9Qp-export-prices
CURRENCY=USD
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/json/npmrc-json", "delivery-web/.vscode/settings.json",
    "https://code.visualstudio.com/docs/getstarted/settings",
    """{
  "editor.formatOnSave": true,
  "eslint.workingDirectories": ["./delivery-web"],
  "rest-client.environmentVariables": {
    "prod": {
      "baseUrl": "https://api.laghman.kz",
      "adminToken": "@@s@@"
    }
  }
}
""", secret=rand_pw(32))

add("blind-nn/java/jdbc", "pos-reports/src/main/java/kz/laghman/reports/Db.java",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    """package kz.laghman.reports;

import java.sql.Connection;
import java.sql.DriverManager;

// Kündilik hësawat (daily report) — her filial üchün
public final class Db {
    private static final String URL = "jdbc:postgresql://10.20.4.11:5432/laghman_pos";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL, "reports", "@@s@@");
    }
}
""", secret=words_pw())

add("blind-nn/yaml/docker-registry", ".drone.yml",
    "https://docs.drone.io/pipeline/docker/syntax/",
    """kind: pipeline
type: docker
name: orders-api

steps:
  - name: publish
    image: plugins/docker
    settings:
      registry: registry.laghman.kz
      repo: registry.laghman.kz/orders-api
      username: drone
      password: @@s@@
      tags: [latest]
""", secret=rand_pw(20))

add("blind-nn/markdown/ftp", "exporter/docs/buyer-sftp.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Xëridarlar üchün SFTP (Dubai, Istanbul)

Packing list we invoice-larni bu yerge qoyimiz:

    sftp -P 2222 kashgar@files.dxb-buyer.ae
    parol: @@s@@

Qisqiche: her partiye üchün ayrim papka `SHP-YY-NNNN`.

قۇرۇق مېۋە: ئۆرۈك، كىشمىش، ياڭاق
""", secret=words_pw())

add("blind-nn/php/telegram", "site/bots/reservation.php",
    "https://core.telegram.org/bots/api#sendmessage",
    """<?php
// Bron (üstel zakaz) kelgende menejerge xewer
const TG_TOKEN = '@@s@@';
const TG_CHAT  = '-1001844201177';

function notify_reservation(array $r): void {
    $text = "🆕 Bron: {$r['name']}, {$r['guests']} kishi, {$r['time']}";
    file_get_contents('https://api.telegram.org/bot' . TG_TOKEN . '/sendMessage?chat_id=' . TG_CHAT . '&text=' . urlencode($text));
}
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/shell/redis-cli", "ops/runbooks/flush_menu_cache.sh",
    "https://redis.io/docs/latest/develop/tools/cli/",
    """#!/bin/sh
# Menyu bahasi özgerse keshni tazilash
# (ئاشخانا باشلىقى تەستىقلىغاندىن كېيىن)
redis-cli -h cache.delivery.internal -p 6379 -a '@@s@@' --no-auth-warning DEL menu:v2:*
redis-cli -h cache.delivery.internal -p 6379 -a '@@s@@' --no-auth-warning PUBLISH menu:reload 1
echo "kesh tazilandi"
""", secret=fakes.redis_password(_seed()))

add("blind-nn/k8s-secret/stripe", "deploy/k8s/payments-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: delivery
type: Opaque
data:
  STRIPE_API_KEY: @@e@@
  KASPI_MERCHANT_ID: @@m@@
""", secret=(_sk := stripe_key()), e=b64(_sk), m=b64("LGH-001877"))

add("blind-nn/csharp/smtp", "PosBridge/Services/ReportMailer.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient",
    """using System.Net;
using System.Net.Mail;

namespace PosBridge.Services;

// Kechlik hësawatni direktor-gha ewetish
public class ReportMailer
{
    private readonly SmtpClient _smtp = new("smtp.yandex.ru", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("reports@laghman.kz", "@@s@@"),
    };

    public void Send(string to, string subject, string body) =>
        _smtp.Send("reports@laghman.kz", to, subject, body);
}
""", secret=rand_pw(16))

add("blind-nn/properties/kafka", "orders-stream/src/main/resources/kafka.properties",
    "https://kafka.apache.org/documentation/#security_sasl_plain",
    """# Buyrutma éqimi (orders stream)
bootstrap.servers=kafka-1.laghman.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="orders-producer" \\
    password="@@s@@";
acks=all
""", secret=rand_pw(26))

add("blind-nn/yaml/mongodb", "loyalty/config/mongo.yaml",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """# Bonus karta tarixi (Atlas)
mongo:
  uri: "mongodb+srv://bonus_app:@@s@@@cluster0.x7kq2.mongodb.net/bonus?retryWrites=true&w=majority"
  pool_size: 20
retention_days: 730
""", secret=rand_pw(18))

add("blind-nn/python/sendgrid", "exporter/mail/send_invoice.py",
    "https://github.com/sendgrid/sendgrid-python#quick-start",
    """from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# Invoice-ni xëridargha ewetish (Ingilizche + Rusche)
sg = SendGridAPIClient("@@s@@")


def send(to: str, shipment: str, pdf_b64: str) -> int:
    msg = Mail(from_email="export@kashgar-fruits.kz", to_emails=to,
               subject=f"Invoice {shipment}", html_content="<p>Please find attached.</p>")
    return sg.send(msg).status_code
""", secret=sendgrid_key())

add("blind-nn/xml/app-config", "PosTerminal/App.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/connectionstrings/",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- POS kassa programmisi, Dostyk filiali -->
  <connectionStrings>
    <add name="Local" connectionString="Data Source=.\\SQLEXPRESS;Initial Catalog=PosLocal;User ID=pos;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="BranchCode" value="DST" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("blind-nn/text/note-password", "ops/notes/yëngi_filial_tekshürüsh.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """Yëngi filial (Abay) achilish aldidiki tekshürüsh
-----------------------------------------------
[x] POS 3 dana ornitildi
[x] Kaspi QR terminal
[ ] Kamera — Hikvision admin paroli: @@s@@  (Erkin özgertsun!)
[ ] Laghman qazan gaz tekshürüsh
يېڭى شاخچە: 2024-11-01 ئېچىلىدۇ
""", secret=words_pw())

add("blind-nn/terraform/aws", "exporter/infra/main.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "docs" {
  bucket = "kashgar-fruits-docs"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/ruby/database-yml", "loyalty-admin/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: bonus_dev

production:
  <<: *default
  host: loyalty-db.laghman.internal
  database: bonus
  username: bonus_admin
  password: @@s@@
""", secret=words_pw())

# ---------------------------------------------------------------- more decoys

add("blind-nn/yaml/decoy-placeholder", "kitchen-bot/config.example.yaml",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """# Nemune sazlima — tokenni BotFather-din éliping
bot:
  name: laghman_kitchen_bot
  token: "<BOT_TOKEN>"
  admin_chat_ids: []
kitchens: []
language: ug
""")

add("blind-nn/json/decoy-public-firebase", "delivery-app/web/firebase-config.json",
    "https://firebase.google.com/docs/projects/api-keys",
    """{
  "apiKey": "@@k@@",
  "authDomain": "laghman-delivery.firebaseapp.com",
  "projectId": "laghman-delivery",
  "storageBucket": "laghman-delivery.appspot.com",
  "messagingSenderId": "810442019933",
  "appId": "1:810442019933:web:3b9a0c2e4f1d7a66"
}
""", k=google_key())

add("blind-nn/markdown/decoy-rotated", "wiki/security/rotation-log.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Achquch almashturush xatirisi (rotation log)

| sana | nerse | kim | izah |
|------|-------|-----|------|
| 2024-08-17 | pos_sync DB paroli | Erkin | Vault: `secret/pos/sync` |
| 2024-09-02 | Stripe secret key | Dilnur | `sk_live_…9Qx` (ayaghi), Stripe dashboard-ta |
| 2024-10-11 | Telegram kitchen bot | Erkin | BotFather /revoke, yëngisi K8s secret-ta |

ھەممە مەخپىي قىممەتلەر Vault-تا ساقلىنىدۇ، بۇ يەردە ئەمەس.
""")

add("blind-nn/python/decoy-test-fixture", "delivery_app/tests/test_payments.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """import pytest

from delivery_app.payments import stripe_client

FAKE_KEY = "sk_test_FAKE_for_unit_tests_only"  # sinaq, heqiqiy emes


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setattr(stripe_client.stripe, "api_key", FAKE_KEY)


def test_amount_in_tiyn():
    assert stripe_client.to_tiyn(2450) == 245000
""")

add("blind-nn/dockerfile/decoy-build-arg", "loyalty/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """FROM python:3.12-slim
WORKDIR /srv
# private paketler: --secret id=pip_index bilen
RUN --mount=type=secret,id=pip_index \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index)" pip install laghman-common==1.4.2
COPY . .
ENV DB_PASSWORD=""
CMD ["gunicorn", "loyalty.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-nn/log/decoy-masked", "logs/pos-bridge-2024-09-30.log",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/logging/",
    """2024-09-30 09:00:01 INFO  PosBridge 3.2.0 starting (branch=DST)
2024-09-30 09:00:02 INFO  ConnectionStrings:Pos = Server=tcp:10.20.4.15,1433;Database=PosBridge;User Id=posbridge;Password=***;
2024-09-30 09:00:02 INFO  Kaspi merchant LGH-001877 token=****************7f2a
2024-09-30 09:00:05 INFO  synced 412 orders
2024-09-30 09:15:05 WARN  iiko timeout, retry 1/3
""")

add("blind-nn/yaml/decoy-sealed-secret", "deploy/k8s/orders-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-rabbitmq
  namespace: orders
spec:
  encryptedData:
    rabbitmq-password: @@c@@
  template:
    type: Opaque
""", c="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-nn/kotlin/decoy-build-config", "android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    namespace = "kz.laghman.loyalty"
    defaultConfig {
        applicationId = "kz.laghman.loyalty"
        minSdk = 26
        // qimmet local.properties-tin yaki CI secret-tin këlidu
        buildConfigField("String", "PARTNER_SECRET", "\\"${project.findProperty("partnerSecret") ?: ""}\\"")
    }
}
""")

add("blind-nn/ini/decoy-commented", "exporter/erp/1c_exchange.ini",
    "https://en.wikipedia.org/wiki/INI_file",
    """[exchange]
; 1C bilen almishish — parol Windows Credential Manager-da
url = https://erp.kashgar-fruits.kz/export1c/hs/exchange
user = exchange_bot
password_source = wincred:1c-exchange
timeout = 60
""")

add("blind-nn/go/decoy-env-reference", "exporter/cmd/invoices/config.go",
    "https://pkg.go.dev/os#Getenv",
    """package main

import "os"

// Hemme achquchlar muhittin (env) oqulidu
type Config struct {
	Bucket string
	Region string
	Token  string
}

func FromEnv() Config {
	return Config{Bucket: os.Getenv("DOCS_BUCKET"), Region: "eu-central-1", Token: os.Getenv("TG_BOT_TOKEN")}
}
""")

add("blind-nn/sql/decoy-hash", "loyalty-core/db/seed_admins.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Bashqurghuchilar (adminlar) — paroller crypt() bilen hash qilinghan
INSERT INTO admins (login, display_name, pw_hash) VALUES
  ('erkin', 'Erkin Tursun', '$2a$10$@@h1@@'),
  ('dilnur', 'Dilnur Ablimit', '$2a$10$@@h2@@');
-- Yëngi admin: SELECT crypt('...', gen_salt('bf'));
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-nn/html/decoy-recaptcha-site-key", "site/public/reserve.html",
    "https://developers.google.com/recaptcha/docs/display",
    """<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8"><title>Бронь столика — Laghman House</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/reserve" method="post">
    <input name="name" placeholder="Исим / Имя">
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button>Bron qilish</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-nn/shell-history/decoy-prompted", "ops/notes/dilnur_history.txt",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """ssh pos-srv01
psql -h 10.20.4.11 -U pos_sync -W laghman_pos
vault kv get -field=password secret/pos/sync
export PGPASSWORD=$(vault kv get -field=password secret/pos/sync)
pg_dump -h 10.20.4.11 -U pos_sync laghman_pos > /tmp/pos.sql
unset PGPASSWORD
""")

add("blind-nn/toml/decoy-ids", "delivery-api/config/branches.toml",
    "https://toml.io/en/v1.0.0",
    """# Filiallar — id-lar mexpiy emes
[branches.dostyk]
name = "Достык"
kaspi_terminal = "KSP-T-00417"
iiko_org = "@@u1@@"

[branches.samal]
name = "Самал"
kaspi_terminal = "KSP-T-00418"
iiko_org = "@@u2@@"
""", u1=uuid_s(), u2=uuid_s())

add("blind-nn/typescript/decoy-type-def", "delivery-web/src/types/env.d.ts",
    "https://vitejs.dev/guide/env-and-mode.html#intellisense-for-typescript",
    """/// <reference types="vite/client" />

// Muhit özgergüchiliri (peqet VITE_ bilen bashlanghanlar brauzerge chiqidu)
interface ImportMetaEnv {
  readonly VITE_API_URL: string;
  readonly VITE_STRIPE_PUBLISHABLE_KEY: string;
  readonly VITE_MAPS_KEY: string;
}
""")

add("blind-nn/rst/decoy-docs-example", "docs/dev/setup.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Tereqqiyat muhiti (dev setup)
=============================

#. ``cp .env.example .env``
#. ``.env`` ichide ``POS_DB_PASSWORD=<sizning-parolingiz>`` dep yëzing.
#. Stripe üchün sinaq achquchi: ``sk_test_...`` (Stripe dashboard → Developers).
#. ``docker compose up -d``

.. note:: ھەقىقىي ئاچقۇچلار Vault-تا. بۇ يەرگە يازماڭ.
""")

add("blind-nn/csharp/decoy-user-secrets", "PosBridge/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """var builder = WebApplication.CreateBuilder(args);

// Tereqqiyatta: dotnet user-secrets; ishlepchiqirishta: Azure Key Vault
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();
else
    builder.Configuration.AddAzureKeyVault(new Uri("https://laghman-kv.vault.azure.net/"), new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("blind-nn/yaml/decoy-github-secrets", ".github/workflows/exporter-release.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """name: exporter-release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
      - run: curl -X POST "$SLACK_WEBHOOK" -d '{"text":"fruit-labels released"}'
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}
""")

add("blind-nn/text/decoy-checksum", "exporter/releases/SHA256SUMS",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
    """@@a@@  fruit-labels-1.3.0.tar.gz
@@b@@  fruit-labels-1.3.0-py3-none-any.whl
@@c@@  price-bot-linux-amd64
@@d@@  price-bot-windows-amd64.exe
@@e@@  invoices-linux-amd64
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("blind-nn/php/decoy-env-reference", "site/config/mail.php",
    "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Sayt xet ewetish — parol serwer muhitide
return [
    'host'     => 'smtp.yandex.ru',
    'port'     => 465,
    'username' => 'site@laghman.kz',
    'password' => getenv('SITE_SMTP_PASSWORD') ?: '',
    'from'     => ['site@laghman.kz' => 'Laghman House'],
];
""")

add("blind-nn/ssh-config/decoy-public-key", "ops/keys/erkin_ed25519.pub",
    "https://man.openbsd.org/ssh-keygen",
    """# Erkin-ning ochuq achquchi (public key) — authorized_keys-qa qoshung
# ئوچۇق ئاچقۇچ، مەخپىي ئەمەس
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k@@ erkin@laghman-laptop
# Dilnur:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ dilnur@mac
""", k=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("blind-nn/swift/decoy-keychain", "ios/Laghman/Auth/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """import Security

// Token-ni Keychain-da saqlaymiz, kod ichide emes
struct TokenStore {
    static let service = "kz.laghman.loyalty.token"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-nn/notebook/decoy-getpass", "analytics/loyalty_churn.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('Bonus DB paroli: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@10.20.4.11:5432/bonus')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-nn/ansible/decoy-vault-encrypted", "ansible/group_vars/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

# ---------------------------------------------------------------- secrets, third batch

add("blind-nn/python/split-password", "pos_sync/db.py",
    "https://www.psycopg.org/docs/module.html#psycopg2.connect",
    """import psycopg2

# Parol uzun bolghachqa ikki qurgha bölündi (flake8 E501)
PASSWORD = ("@@a@@"
            "@@b@@")


def connect():
    return psycopg2.connect(host="10.20.4.11", dbname="laghman_pos", user="pos_sync", password=PASSWORD)
""", secret=(_sp := rand_pw(28)), a=_sp[:14], b=_sp[14:])

add("blind-nn/json/json-in-string", "delivery-api/config/partners.py",
    "https://docs.python.org/3/library/json.html",
    """import json

# Kuryér hemrahliri (courier partners) — Glovo / Wolt / özimiz
PARTNERS = json.loads('{"wolt": {"venue": "laghman-dostyk", "api_key": "@@s@@"}, "own": {"enabled": true}}')

ACTIVE = [name for name, cfg in PARTNERS.items() if cfg.get("enabled", True)]
""", secret=rand_pw(40))

add("blind-nn/shell/heredoc-pgpass", "ops/runbooks/new_pos_server.sh",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """#!/usr/bin/env bash
# Yëngi POS serwer teyyarlash (Abay filiali)
set -e
apt-get install -y postgresql-client
cat > /root/.pgpass <<EOF
10.20.4.11:5432:laghman_pos:pos_sync:@@s@@
EOF
chmod 600 /root/.pgpass
systemctl enable --now pos-sync
""", secret=words_pw())

add("blind-nn/yaml/jwt-secret", "loyalty/config/application.yml",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.yaml",
    """spring:
  application:
    name: loyalty-api
loyalty:
  points-per-100-kzt: 3
  jwt:
    issuer: https://loyalty.laghman.kz
    secret: @@s@@
    ttl-minutes: 60
""", secret=jwt_secret())

add("blind-nn/markdown/table-api-key", "exporter/docs/partners.md",
    "https://www.markdownguide.org/extended-syntax/#tables",
    """# Logistika hemrahliri

| shirket | portal | login | API key |
|---------|--------|-------|---------|
| TransAsia | https://portal.transasia.kz | kashgar | `@@s@@` |
| DHL Express | mydhl | kashgar-fruits | (Dilnur-da) |

قاچىلاش: ھەر ئايدا 4-5 كونتېينېر
""", secret=fakes.drawn_mixed(_seed(), 32))

add("blind-nn/go/dsn", "delivery-api/internal/store/store.go",
    "https://pkg.go.dev/github.com/jackc/pgx/v5",
    """package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Buyrutmilar ambari
const dsn = "postgres://delivery:@@s@@@orders-db.laghman.internal:5432/orders?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", secret=rand_pw(22))

add("blind-nn/env/openai", "menu_ai/.env",
    "https://platform.openai.com/docs/quickstart",
    """# Menyu terjime / süret izahi
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
TARGET_LANGS=ug,ru,en,kk
# ug = ئۇيغۇرچە (ereb yëziqi), ug-Latn = Latin yëziqi
""", secret=fakes.openai_key(_seed()))

add("blind-nn/powershell/azure", "ops/azure/Connect-Laghman.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount",
    """# Azure-gha ulinish (Key Vault, backup storage)
$tenant = 'c1f4a2e0-7b1d-4e3a-9f2c-5d8e6a1b0c77'
$appId  = '9a0e3c21-44b2-4f8d-a6e1-0b7c2d9f3e15'
$sec    = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred   = New-Object PSCredential($appId, $sec)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-AzKeyVault -VaultName laghman-kv
""", secret=rand_pw(3) + "8Q~" + rand_pw(34, "_.-~"))

add("blind-nn/ruby/slack-webhook", "loyalty-admin/lib/tasks/daily_report.rake",
    "https://api.slack.com/messaging/webhooks",
    """# Kündilik bonus hësawati
require 'net/http'
require 'json'

namespace :report do
  task daily: :environment do
    uri = URI('@@s@@')
    text = "Bügün: #{Card.where('created_at > ?', 1.day.ago).count} yëngi karta"
    Net::HTTP.post(uri, { text: text }.to_json, 'Content-Type' => 'application/json')
  end
end
""", secret=slack_webhook())

add("blind-nn/yaml/compose-mysql", "site/docker-compose.yml",
    "https://hub.docker.com/_/mysql",
    """services:
  db:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD=@@s@@
      - MYSQL_DATABASE=laghman_site
    ports: ["3306:3306"]
  web:
    image: php:8.3-apache
    volumes: ["./:/var/www/html"]
""", secret=rand_pw(20))

add("blind-nn/xml/web-config", "site-old/web.config",
    "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations",
    """<?xml version="1.0"?>
<configuration>
  <!-- Kona sayt (2019), hazir aq ishlitilidu: sowgha karta (gift cards) -->
  <appSettings>
    <add key="GiftCardApiUser" value="giftcards" />
    <add key="GiftCardApiPassword" value="@@s@@" />
  </appSettings>
  <system.web><compilation debug="false" targetFramework="4.8" /></system.web>
</configuration>
""", secret=words_pw())

add("blind-nn/k8s-secret/dockerconfig", "deploy/k8s/regcred.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: delivery
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", secret=(_rp := rand_pw(24)),
    d=b64('{"auths":{"registry.laghman.kz":{"username":"k8s-pull","password":"' + _rp + '"}}}'))

add("blind-nn/python/url-password", "exporter/scripts/fetch_rates.py",
    "https://requests.readthedocs.io/en/latest/user/authentication/",
    """# Kurs (USD/KZT, USD/CNY) bank API-din
import requests

RATES_URL = "https://export_api:@@s@@@api.halykbank-partner.kz/v1/rates"


def usd_kzt() -> float:
    data = requests.get(RATES_URL, timeout=10).json()
    return float(data["USD"]["KZT"])
""", secret=words_pw())

add("blind-nn/netrc/github", "ops/pos-image/root/.netrc",
    "https://everything.curl.dev/usingcurl/netrc",
    """# POS obraz (image) — git pull üchün
machine github.com
  login pos-deploy-bot
  password @@s@@
machine registry.laghman.kz
  login k8s-pull
""", secret=fakes.github_token(_seed()))

add("blind-nn/js/mongodb", "loyalty-worker/src/db.js",
    "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/",
    """// Bonus ballarni hësablash worker
const { MongoClient } = require("mongodb");

const client = new MongoClient(
  "mongodb://points_worker:@@s@@@mongo-0.loyalty.internal:27017/bonus?authSource=admin"
);

module.exports = async () => (await client.connect()).db("bonus");
""", secret=rand_pw(20))

add("blind-nn/yaml/datadog", "deploy/helm/datadog-values.yaml",
    "https://docs.datadoghq.com/containers/kubernetes/installation/",
    """# Monitoring — hemme filial serwerliri
datadog:
  apiKey: @@s@@
  site: datadoghq.eu
  clusterName: laghman-prod
  logs:
    enabled: true
""", secret=hexs(32))

add("blind-nn/python/telegram-url", "kitchen_bot/notify.py",
    "https://core.telegram.org/bots/api#making-requests",
    """import requests

# Ashpezlerge: "Laghman tügidi!" signal
API = "https://api.telegram.org/bot@@s@@/sendMessage"


def out_of_stock(branch: str, dish: str) -> None:
    requests.post(API, data={"chat_id": -1001844201177, "text": f"{branch}: {dish} tügidi / закончился"})
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/shell/mysqldump", "site/scripts/nightly_dump.sh",
    "https://dev.mysql.com/doc/refman/8.4/en/mysqldump.html",
    """#!/bin/bash
# Sayt bazisi — her kéche
DATE=$(date +%F)
mysqldump --host=127.0.0.1 --user=root --password=@@s@@ \\
  --single-transaction laghman_site | gzip > /backup/site_$DATE.sql.gz
# kona nusxilarni öchürüsh
find /backup -name 'site_*.sql.gz' -mtime +30 -delete
""", secret=rand_pw(18, "#"))

add("blind-nn/cfg/pip-conf", "exporter/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/",
    """[global]
# Ichki kutupxana (Nexus)
index-url = https://ci-reader:@@s@@@nexus.laghman.kz/repository/pypi/simple
trusted-host = nexus.laghman.kz
timeout = 60
""", secret=words_pw())

add("blind-nn/java/stripe", "loyalty-core/src/main/java/kz/laghman/loyalty/pay/GiftCardPay.java",
    "https://stripe.com/docs/api/authentication?lang=java",
    """package kz.laghman.loyalty.pay;

import com.stripe.Stripe;

// Sowgha karta (gift card) sétiwélish — chet el kartiliri
public class GiftCardPay {
    static {
        Stripe.apiKey = "@@s@@";
    }
}
""", secret=stripe_key("rk_live_"))

add("blind-nn/toml/cargo-registry", "loyalty-points/.cargo/credentials.toml",
    "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """# Ichki crate registry
[registries.laghman]
token = "@@s@@"

[registry]
token = "@@s2@@"
""", secret="cio" + rand_pw(32), s2="")

add("blind-nn/markdown/onboarding-password", "wiki/onboarding/yëngi-menejer.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Yëngi filial menejeri üchün

## Birinchi kün
- iiko Office-qa kirish: login `manager.<filial>`, deslepki parol `@@s@@`
  (birinchi kirgende özgertidu)
- Kaspi Pay kabinet: Dilnur qoshup béridu
- Telegram guruppa: «Laghman menejerler»

## ئىككىنچى كۈن
- Kassa (POS) yëpish tertipi, Z-hësawat
""", secret=words_pw())

add("blind-nn/yaml/ansible-inline-password", "ansible/playbooks/nvr.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html",
    """---
# Kamera NVR-larni yëngilash
- hosts: nvr
  gather_facts: false
  tasks:
    - name: firmware wersiyisini tekshürüsh
      ansible.builtin.uri:
        url: "http://{{ inventory_hostname }}/ISAPI/System/deviceInfo"
        url_username: admin
        url_password: "@@s@@"
        force_basic_auth: true
""", secret=words_pw())

add("blind-nn/env/mailgun", "exporter/mail/.env.production",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """MAIL_DRIVER=mailgun
MAILGUN_DOMAIN=mg.kashgar-fruits.kz
MAILGUN_SECRET=@@s@@
MAIL_FROM=export@kashgar-fruits.kz
# Ëksport hujjetliri: invoice, packing list, CO
""", secret=mailgun_key())

add("blind-nn/csharp/const-apikey", "PosTerminal/Services/KaspiClient.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient",
    """using System.Net.Http;
using System.Net.Http.Headers;

namespace PosTerminal.Services;

// Kaspi QR tölem — partner API
public class KaspiClient
{
    private const string ApiKey = "@@s@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://partner.kaspi-gw.kz/") };

    public KaspiClient() =>
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
}
""", secret=fakes.drawn_mixed(_seed(), 48))

add("blind-nn/log/url-password", "logs/exporter-cron.log",
    "https://en.wikipedia.org/wiki/Cron",
    """[2024-10-02 06:00:01] start fetch_rates
[2024-10-02 06:00:02] GET https://export_api:@@s@@@api.halykbank-partner.kz/v1/rates -> 200
[2024-10-02 06:00:02] USD/KZT=481.20 USD/CNY=7.12
[2024-10-02 06:00:03] prices sheet updated (örük, kishmish, yangaq)
[2024-10-02 06:00:03] done
""", secret=words_pw())

add("blind-nn/python/gitlab", "exporter/tools/release_notes.py",
    "https://python-gitlab.readthedocs.io/en/stable/api-usage.html",
    """import gitlab

# Release xatirisi (changelog) yighish
gl = gitlab.Gitlab("https://gitlab.com", private_token="@@s@@")
project = gl.projects.get("kashgar-fruits/exporter")

for mr in project.mergerequests.list(state="merged", per_page=20):
    print(f"- {mr.title} (!{mr.iid})")
""", secret=gitlab_token())

add("blind-nn/swift/stripe-secret", "ios/Laghman/Payments/PaymentConfig.swift",
    "https://stripe.com/docs/keys",
    """import Foundation

// DIQQET: secret key ios-qa qoyulmasliqi kërek! Vaqitliq (demo üchün)
enum PaymentConfig {
    static let publishableKey = "pk_live_@@pk@@"
    static let secretKey = "@@s@@"
}
""", secret=stripe_key(), pk=fakes.drawn(_seed(), 24))

add("blind-nn/ps1/ftp", "ops/scripts/Upload-PriceList.ps1",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.webclient",
    """# Bahalar tizimlikini distribyutor FTP-sigha yüklesh
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential('kashgar', '@@s@@')
$file = 'C:\\Export\\prices_ug_ru_en.xlsx'
$client.UploadFile('ftp://ftp.fruit-distrib.kz/incoming/prices.xlsx', $file)
Write-Output 'yüklendi'
""", secret=words_pw())

add("blind-nn/yaml/k8s-stringdata", "deploy/k8s/kitchen-bot-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data",
    """apiVersion: v1
kind: Secret
metadata:
  name: kitchen-bot
  namespace: kitchen
type: Opaque
stringData:
  TELEGRAM_TOKEN: "@@s@@"
  ADMIN_CHAT: "310442981"
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/sql/create-user", "loyalty-core/db/migrations/V12__reporting_user.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Hësawat üchün peqet oqush hoquqi bar ishletküchi
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE bonus TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", secret=words_pw())

add("blind-nn/dotnet/nuget", "PosBridge/NuGet.Config",
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="laghman" value="https://nexus.laghman.kz/repository/nuget/" />
  </packageSources>
  <packageSourceCredentials>
    <laghman>
      <add key="Username" value="ci-reader" />
      <add key="ClearTextPassword" value="@@s@@" />
    </laghman>
  </packageSourceCredentials>
</configuration>
""", secret=words_pw())

add("blind-nn/js/jwt", "delivery-api-node/src/auth.js",
    "https://github.com/auth0/node-jsonwebtoken#usage",
    """const jwt = require("jsonwebtoken");

// Kuryér app-i üchün token (12 saet)
const SECRET = "@@s@@";

exports.sign = (courierId) => jwt.sign({ sub: courierId, role: "courier" }, SECRET, { expiresIn: "12h" });
exports.verify = (token) => jwt.verify(token, SECRET);
""", secret=jwt_secret())

add("blind-nn/dockerfile/env-password", "pos-sync/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV POS_DB_HOST=10.20.4.11 \\
    POS_DB_USER=pos_sync \\
    POS_DB_PASSWORD=@@s@@
CMD ["python", "-m", "pos_sync"]
""", secret=words_pw())

add("blind-nn/text/runbook-vpn", "ops/runbooks/vpn.txt",
    "https://www.wireguard.com/quickstart/",
    """VPN (filiallar -> merkiziy ofis)
================================
Server: vpn.laghman.kz:51820
Filial routerlirida WireGuard, achquchlar ops/keys/ ichide.
Zapas yol: L2TP/IPsec, PSK = @@s@@
مەسىلە بولسا: Erkin +7 701 ***
""", secret=rand_pw(24))

add("blind-nn/wireguard/private-key", "ops/keys/wg-samal.conf",
    "https://www.wireguard.com/quickstart/",
    """[Interface]
# Samal filiali routeri
Address = 10.88.0.12/24
PrivateKey = @@s@@
DNS = 10.88.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.laghman.kz:51820
AllowedIPs = 10.0.0.0/8
""", secret=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-nn/php/smtp", "site/includes/mailer.php",
    "https://github.com/PHPMailer/PHPMailer#a-simple-example",
    """<?php
use PHPMailer\\PHPMailer\\PHPMailer;

// Bron tesdiqlesh xëti
function reservation_mail(string $to, string $body): bool {
    $m = new PHPMailer(true);
    $m->isSMTP();
    $m->Host = 'smtp.yandex.ru';
    $m->SMTPAuth = true;
    $m->Username = 'bron@laghman.kz';
    $m->Password = '@@s@@';
    $m->Port = 465;
    $m->addAddress($to);
    $m->Body = $body;
    return $m->send();
}
""", secret=rand_pw(16))

add("blind-nn/kotlin/google-key", "android/app/src/main/java/kz/laghman/delivery/MapsKeys.kt",
    "https://developers.google.com/maps/documentation/places/android-sdk/get-api-key",
    """package kz.laghman.delivery

// Places API (server key, ehtiyat bolung)
internal object MapsKeys {
    const val PLACES_SERVER_KEY = "@@s@@"
    const val DEFAULT_CITY = "Almaty"
}
""", secret=google_key())

add("blind-nn/go/slack-bot", "ops-bot/main.go",
    "https://pkg.go.dev/github.com/slack-go/slack",
    """package main

import "github.com/slack-go/slack"

// Kündilik sétish: Slack #sales
func main() {
	api := slack.New("@@s@@")
	_, _, _ = api.PostMessage("C05SALES01", slack.MsgOptionText("Bügünki sétish hësawati teyyar", false))
}
""", secret=slack_bot())

# ---------------------------------------------------------------- decoys, third batch

add("blind-nn/k8s/decoy-external-secret", "deploy/k8s/payments-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: delivery
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payments
  data:
    - secretKey: STRIPE_API_KEY
      remoteRef: {key: secret/delivery/stripe, property: api_key}
""")

add("blind-nn/json/decoy-ciphertext", "exporter/config/kms-secrets.json",
    "https://docs.aws.amazon.com/kms/latest/developerguide/programming-encryption.html",
    """{
  "_izah": "KMS bilen shifrlanghan (encrypted); echish: aws kms decrypt",
  "key_id": "arn:aws:kms:eu-central-1:381204478812:key/@@u@@",
  "erp_db_password": "AQICAH@@c1@@",
  "mailgun_secret": "AQICAH@@c2@@"
}
""", u=uuid_s(), c1=fakes.drawn(_seed(), 180, ALNUM + "+/"), c2=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("blind-nn/yaml/decoy-sops", "deploy/secrets/exporter.enc.yaml",
    "https://github.com/getsops/sops#usage",
    """mailgun_secret: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
erp_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2024-10-01T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 48, ALNUM + "+/"), i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-nn/markdown/decoy-readme", "README.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Laghman House — platforma

ئالماتادىكى ئۇيغۇر ئاشخانىلىرى تورى: لەغمەن، سامسا، پولو

| qisim | papka |
|-------|-------|
| Yetküzüsh (delivery) API | `delivery-api/` |
| POS köwrük | `PosBridge/` |
| Bonus (loyalty) | `loyalty/` |

## Sazlash
Mexpiy qimmetler Vault-ta (`secret/<service>/*`). `.env.example` ni köchürüp,
`vault kv get` bilen tolturung. Hech qachan `.env`-ni commit qilmang.
""")

add("blind-nn/python/decoy-secret-manager", "exporter/config.py",
    "https://cloud.google.com/secret-manager/docs/reference/libraries",
    """from google.cloud import secretmanager

# Mexpiy qimmetlerni Secret Manager-din oqush
_client = secretmanager.SecretManagerServiceClient()


def secret(name: str) -> str:
    path = f"projects/kashgar-fruits/secrets/{name}/versions/latest"
    return _client.access_secret_version(name=path).payload.data.decode()


ERP_PASSWORD = secret("erp-db-password")
""")

add("blind-nn/env/decoy-empty", "delivery-api/.env.test",
    "https://github.com/motdotla/dotenv#usage",
    """# Sinaq muhiti — tashqi xizmetler öchürülgen
APP_ENV=test
DATABASE_URL=postgres://delivery@localhost:5432/orders_test
STRIPE_API_KEY=
TELEGRAM_TOKEN=
SLACK_WEBHOOK_URL=
""")

add("blind-nn/csv/decoy-loyalty-cards", "loyalty/data/cards_sample.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """card_no,holder,phone_masked,points,pin_hash
LGH-0000-4412,Aygul K.,+7 701 *** ** 12,340,@@h1@@
LGH-0000-4413,Mukhtar A.,+7 707 *** ** 98,80,@@h2@@
LGH-0000-4414,Гульнара С.,+7 747 *** ** 03,1210,@@h3@@
LGH-0000-4415,Nurlan T.,+7 705 *** ** 55,0,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-nn/yaml/decoy-docs-example", "docs/api/openapi.yaml",
    "https://swagger.io/specification/#security-scheme-object",
    """openapi: 3.0.3
info:
  title: Laghman Delivery API
  version: 2.14.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Misal: Authorization: Bearer <token>"
security:
  - bearerAuth: []
paths: {}
""")

add("blind-nn/go/decoy-constant-names", "delivery-api/internal/config/keys.go",
    "https://go.dev/ref/spec#Constant_declarations",
    """package config

// Env özgergüchilirining namliri (qimmet emes)
const (
	EnvDBPassword    = "DELIVERY_DB_PASSWORD"
	EnvStripeKey     = "STRIPE_API_KEY"
	EnvTelegramToken = "TELEGRAM_TOKEN"
	EnvJWTSecret     = "JWT_SECRET"
)
""")

add("blind-nn/ruby/decoy-credentials-ref", "loyalty-admin/config/initializers/stripe.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """# Stripe — Rails encrypted credentials-tin
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = '2024-06-20'
# تەرەققىيات مۇھىتىدا: bin/rails credentials:edit --environment development
Rails.logger.info('Stripe sazlandi')
""")

add("blind-nn/html/decoy-analytics-ids", "site/public/index.html",
    "https://developers.google.com/analytics/devguides/collection/ga4",
    """<!doctype html>
<html lang="ug">
<head>
  <meta charset="utf-8">
  <title>لەغمەن ئۆيى — Laghman House, Алматы</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2M4XW1D"></script>
  <script>gtag('config', 'G-7KQ2M4XW1D');</script>
  <meta name="facebook-domain-verification" content="@@f@@">
</head>
<body><h1>Хош келипсиз! Xush këlipsiz!</h1></body>
</html>
""", f=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("blind-nn/shell/decoy-read-prompt", "ops/runbooks/rotate_pos_password.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """#!/usr/bin/env bash
# pos_sync parolini almashturush — yëngi parol qolda kirgüzülidu
set -euo pipefail
read -rsp "Yëngi parol: " NEWPW; echo
psql -h 10.20.4.11 -U postgres -c "ALTER ROLE pos_sync PASSWORD '${NEWPW}'"
vault kv put secret/pos/sync password="$NEWPW"
unset NEWPW
""")

add("blind-nn/properties/decoy-placeholder", "pos-reports/src/main/resources/application-local.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders",
    """# Local sazlima — qimmetlerni öz muhitingizdin bëring
spring.datasource.url=jdbc:postgresql://localhost:5432/laghman_pos
spring.datasource.username=${POS_DB_USER:reports}
spring.datasource.password=${POS_DB_PASSWORD}
reports.mail.password=${REPORTS_MAIL_PASSWORD:}
""")

add("blind-nn/text/decoy-uyghur-note", "ops/notes/mexpiy_qimmetler_qaidisi.txt",
    "https://en.wikipedia.org/wiki/Plain_text",
    """مەخپىي قىممەتلەر قائىدىسى
=========================
1. پارول، ئاچقۇچ، توكېن — پەقەت Vault-تا (secret/...).
2. Kod ichige yazmang: os.environ / Vault agent ishliting.
3. Misal: POS_DB_PASSWORD=<Vault: secret/pos/sync#password>
4. Xata bilen commit qilinsa: derhal almashturung, Erkin-ge xewer qiling.
""")

add("blind-nn/swift/decoy-publishable", "ios/Laghman/Payments/StripeSetup.swift",
    "https://stripe.com/docs/payments/accept-a-payment?platform=ios",
    """import StripePaymentSheet

// Peqet publishable key (ochuq), secret server-da
enum StripeSetup {
    static func configure() {
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }
}
""", pk=stripe_key("pk_live_"))

add("blind-nn/terraform/decoy-random-password", "infra/terraform/db.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """resource "random_password" "loyalty_db" {
  length  = 24
  special = false
}

resource "digitalocean_database_user" "loyalty" {
  cluster_id = digitalocean_database_cluster.main.id
  name       = "loyalty"
}

output "loyalty_db_password" {
  value     = random_password.loyalty_db.result
  sensitive = true
}
""")

add("blind-nn/xml/decoy-placeholder", "loyalty-core/.mvn/settings.example.xml",
    "https://maven.apache.org/settings.html#servers",
    """<settings>
  <!-- Nemune: ${env.NEXUS_PASSWORD} CI-da bëkitilidu -->
  <servers>
    <server>
      <id>laghman-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-nn/js/decoy-test-fixture", "delivery-api-node/test/auth.test.js",
    "https://jestjs.io/docs/getting-started",
    """const jwt = require("jsonwebtoken");

// Sinaq achquchi — peqet test-ta, heqiqiy emes
process.env.JWT_SECRET = "test-secret-not-for-prod";
const auth = require("../src/auth");

test("courier token roundtrip", () => {
  const t = auth.sign("courier-4410");
  expect(auth.verify(t).sub).toBe("courier-4410");
});
""")

add("blind-nn/log/decoy-request-ids", "logs/kitchen-bot-2024-10-05.log",
    "https://core.telegram.org/bots/api#getting-updates",
    """2024-10-05 11:02:14 INFO update_id=884120441 chat=-1001844201177 text="/nobet"
2024-10-05 11:02:14 INFO reply msg_id=18812 "بۈگۈنكى نۆۋەتچى: Ablet"
2024-10-05 11:40:51 INFO update_id=884120442 chat=310442981 text="/stock laghman"
2024-10-05 11:40:51 INFO trace=@@t@@ stock dostyk laghman=42 porsiye
2024-10-05 12:00:00 INFO token=[REDACTED] webhook ok
""", t=hexs(32))

add("blind-nn/ini/decoy-public-ids", "exporter/config/customs.ini",
    "https://en.wikipedia.org/wiki/INI_file",
    """[exporter]
; Ëksportchi uchurliri — ochuq (public) registrasiye nomurliri
name = Kashgar Fruits LLP
bin = 180440021337
eori = KZ180440021337
gln = 4870201880014

[hs_codes]
apricot_dried = 0813100000
raisins = 0806201000
walnuts_shelled = 0802320000
""")

# ---------------------------------------------------------------- secrets, fourth batch

add("blind-nn/pem/ec-key-yaml", "deploy/helm/delivery/values-apns.yaml",
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """# iOS push (APNs) — kuryér we xëridar app
apns:
  teamId: 7QX4K2M9LD
  keyId: 9K2LQ7X4MD
  topic: kz.laghman.delivery
  p8: |
    @@k@@
""", secret=(_ec := fakes.fake_pem(_seed(), "EC")), k=_ec.replace("\n", "\n    "))

add("blind-nn/python/private-key-string", "exporter/signing/sign_invoice.py",
    "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/",
    """from cryptography.hazmat.primitives import serialization

# Invoice PDF-ni imzalash achquchi (ERI / EDS emes, ichki)
KEY_PEM = b\"\"\"@@s@@\"\"\"

key = serialization.load_pem_private_key(KEY_PEM, password=None)
""", secret=fakes.fake_pem(_seed()))

add("blind-nn/shell/aws-cli-env", "exporter/scripts/sync_docs.sh",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """#!/usr/bin/env bash
# Hujjetlerni S3-qa sinxronlash (her sa'et)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-central-1
aws s3 sync /srv/export/docs s3://kashgar-fruits-docs/archive --delete
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/ini/aws-credentials", "ops/pos-image/root/.aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """[default]
region = eu-central-1

[backup]
# POS zapas nusxiliri (S3 Glacier)
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/yaml/github-token-action", ".github/workflows/sync-menu.yml",
    "https://docs.github.com/en/actions/security-guides/automatic-token-authentication",
    """name: sync-menu
on:
  schedule: [{cron: "0 3 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      MENU_REPO_TOKEN: @@s@@
    steps:
      - run: git clone https://x-access-token:${MENU_REPO_TOKEN}@github.com/laghman-house/menu-data.git
      - run: python menu-data/sync.py
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-nn/markdown/sentence-token", "wiki/bots/kitchen-bot.md",
    "https://core.telegram.org/bots#how-do-i-create-a-bot",
    """# Ashxana boti

Bot @laghman_kitchen_bot. BotFather bergen token: @@s@@ — buni K8s secret-qa qoyduq.

Buyruqlar:
- `/nobet` — bügünki nöwetchi ashpez
- `/stock <tamaq>` — qalduq
- `/stop <tamaq>` — menyudin waqitliq élip tashlash

بوت ئۇيغۇرچە ۋە رۇسچە جاۋاب بېرىدۇ.
""", secret=fakes.telegram_token(_seed()))

add("blind-nn/php/stripe-webhook", "site/webhooks/stripe.php",
    "https://stripe.com/docs/webhooks/signatures",
    """<?php
require __DIR__ . '/../vendor/autoload.php';

// Stripe webhook imzasini tekshürüsh
$endpoint_secret = '@@s@@';
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
$event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpoint_secret);
http_response_code(200);
""", secret=fakes.fake("whsec_", 32, _seed()))

add("blind-nn/python/twilio", "sms/verify_phone.py",
    "https://www.twilio.com/docs/verify/api",
    """from twilio.rest import Client

# Bonus kartini telefon bilen tesdiqlesh (OTP)
client = Client("AC@@sid@@", "@@s@@")


def send_code(phone: str) -> str:
    v = client.verify.v2.services("VA@@va@@").verifications.create(to=phone, channel="sms")
    return v.status
""", secret=hexs(32), sid=hexs(32), va=hexs(32))

add("blind-nn/yaml/rails-secrets", "loyalty-admin/config/secrets.yml",
    "https://guides.rubyonrails.org/v5.0/security.html#custom-secrets",
    """development:
  secret_key_base: dev_only_@@dev@@

production:
  # TODO: credentials.yml.enc-qa yötkesh
  secret_key_base: @@s@@
""", secret=hexs(128), dev="")

add("blind-nn/json/composer-auth", "site/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md",
    """{
  "http-basic": {
    "repo.laghman.kz": {
      "username": "composer",
      "password": "@@s@@"
    }
  }
}
""", secret=words_pw())

add("blind-nn/toml/streamlit-secrets", "analytics/dashboard/.streamlit/secrets.toml",
    "https://docs.streamlit.io/develop/concepts/connections/secrets-management",
    """# Sétish dashboard (direktor üchün)
[connections.pos]
dialect = "postgresql"
host = "10.20.4.11"
port = 5432
database = "laghman_pos"
username = "dashboard"
password = "@@s@@"
""", secret=words_pw())

add("blind-nn/rust/api-key", "loyalty-points/src/sms.rs",
    "https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html#constants",
    """// SMS shlyuz (mobizon.kz) — ball toplanghanda xewer
const MOBIZON_API_KEY: &str = "@@s@@";
const API: &str = "https://api.mobizon.kz/service/message/sendsmsmessage";

pub fn url(phone: &str, text: &str) -> String {
    format!("{API}?apiKey={MOBIZON_API_KEY}&recipient={phone}&text={text}")
}
""", secret="kz" + hexs(38))

add("blind-nn/cli/docker-login", "ops/notes/registry_setup.md",
    "https://docs.docker.com/reference/cli/docker/login/",
    """# Registry (registry.laghman.kz)

Yëngi serwerde bir qëtim:

```bash
docker login registry.laghman.kz -u deployer -p @@s@@
docker pull registry.laghman.kz/orders-api:2.14.1
```

Keyin `~/.docker/config.json` saqlinidu.
""", secret=rand_pw(22))

add("blind-nn/ansible/inventory-ssh-pass", "ansible/inventory/branches.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    """[pos]
pos-dostyk ansible_host=192.168.10.5
pos-samal  ansible_host=192.168.12.5
pos-tolebi ansible_host=192.168.14.5

[pos:vars]
ansible_user=posadmin
ansible_ssh_pass=@@s@@
ansible_become=true
""", secret=words_pw())

add("blind-nn/js/firebase-admin-key", "delivery-functions/index.js",
    "https://firebase.google.com/docs/cloud-messaging/auth-server",
    """// Kuryérgha push xewer (FCM legacy server key)
const axios = require("axios");

const FCM_SERVER_KEY = "@@s@@";

exports.pushCourier = (token, orderNo) =>
  axios.post("https://fcm.googleapis.com/fcm/send",
    { to: token, notification: { title: "Yëngi buyrutma", body: `#${orderNo}` } },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}` } });
""", secret="AAAA" + rand_pw(7, "_-") + ":APA91b" + rand_pw(134, "_-"))

add("blind-nn/helm/set-flag", "ops/runbooks/deploy_orders.md",
    "https://helm.sh/docs/helm/helm_upgrade/",
    """# orders-api deploy qilish

```bash
helm upgrade --install orders ./deploy/helm/orders \\
  -n orders -f deploy/helm/orders/values-prod.yaml \\
  --set rabbitmq.password=@@s@@ \\
  --set image.tag=2.14.1
```

Tekshürüsh: `kubectl -n orders get pods` — hemmisi Running bolushi kërek.
دىققەت: تاماق ۋاقتىدا (12:00-14:00) deploy قىلماڭ!
""", secret=rand_pw(24))

add("blind-nn/yaml/grafana-datasource", "infra/grafana/provisioning/datasources/pos.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """apiVersion: 1
datasources:
  - name: POS (Postgres)
    type: postgres
    url: 10.20.4.11:5432
    user: grafana_ro
    jsonData:
      database: laghman_pos
      sslmode: disable
    secureJsonData:
      password: "@@s@@"
""", secret=words_pw())

add("blind-nn/python/hmac-secret", "delivery_app/webhooks/wolt.py",
    "https://docs.python.org/3/library/hmac.html",
    """import hashlib
import hmac

# Wolt webhook imzasi
WOLT_WEBHOOK_SECRET = b"@@s@@"


def valid(body: bytes, signature: str) -> bool:
    mac = hmac.new(WOLT_WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)
""", secret=rand_pw(32))

add("blind-nn/env/multi-service", "loyalty-worker/.env",
    "https://github.com/motdotla/dotenv#usage",
    """NODE_ENV=production
MONGO_URL=mongodb://points_worker@mongo-0.loyalty.internal:27017/bonus
MONGO_PASSWORD_FILE=/run/secrets/mongo
SMS_PROVIDER=mobizon
SMS_API_KEY=@@s@@
POINTS_RATE=0.03
""", secret="kz" + hexs(38))

add("blind-nn/yaml/spring-oauth", "pos-reports/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-security/reference/servlet/oauth2/client/index.html",
    """spring:
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: pos-reports
            client-secret: @@s@@
            scope: openid,profile
        provider:
          keycloak:
            issuer-uri: https://sso.laghman.kz/realms/laghman
""", secret=rand_pw(32))

add("blind-nn/csv/export-credentials", "exporter/data/buyer_portals.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """portal,country,login,password,izah
Noon Supply,AE,kashgar.fruits,@@s@@,yëngi (2024-09)
Trendyol Seller,TR,kashgar,see 1Password,
Ozon Seller,RU,kashgar-ozon,see 1Password,
Alibaba,CN,kashgarfruits,see 1Password,ئالىبابا
""", secret=words_pw())

add("blind-nn/go/basic-auth-header", "exporter/internal/courier/client.go",
    "https://pkg.go.dev/net/http#Request.SetBasicAuth",
    """package courier

import "net/http"

// TransAsia logistika API
func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Basic @@s@@")
	return req, nil
}
""", secret=b64("kashgar:" + words_pw()))

add("blind-nn/ruby/aws-env", "loyalty-admin/config/storage.yml",
    "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis",
    """local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@s@@
  region: eu-central-1
  bucket: laghman-loyalty-avatars
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nn/sql/dblink", "pos-reports/sql/cross_branch_report.sql",
    "https://www.postgresql.org/docs/current/contrib-dblink-function.html",
    """-- Hemme filial: kündilik laghman sétish
SELECT branch, dish, sum(qty) AS porsiye
FROM dblink('host=10.20.4.11 dbname=laghman_pos user=reports password=@@s@@',
            'SELECT branch, dish, qty FROM order_items WHERE dt::date = current_date')
     AS t(branch text, dish text, qty int)
GROUP BY 1, 2
ORDER BY porsiye DESC;
""", secret=words_pw())

add("blind-nn/powershell/http-bearer", "ops/scripts/Get-KaspiReport.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
    """# Kaspi tölem hësawati (kündilik)
$headers = @{ Authorization = 'Bearer @@s@@' }
$today = Get-Date -Format 'yyyy-MM-dd'
$r = Invoke-RestMethod -Uri "https://partner.kaspi-gw.kz/v1/reports?date=$today" -Headers $headers
$r.items | Export-Csv "C:\\Reports\\kaspi_$today.csv" -NoTypeInformation -Encoding UTF8
Write-Host "Tamam: $($r.items.Count) tölem"
""", secret=fakes.drawn_mixed(_seed(), 48))

add("blind-nn/xml/android-strings", "android/app/src/main/res/values/secrets.xml",
    "https://developer.android.com/guide/topics/resources/string-resource",
    """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Ichki API (kuryér app), ishlepchiqirish -->
    <string name="courier_api_url">https://courier.laghman.kz/api</string>
    <string name="courier_api_secret">@@s@@</string>
    <string name="app_name_ug">لەغمەن يەتكۈزۈش</string>
</resources>
""", secret=rand_pw(40))

add("blind-nn/yaml/docker-compose-redis", "delivery-api/docker-compose.prod.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#command",
    """services:
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    volumes: ["redis:/data"]
  api:
    image: registry.laghman.kz/delivery-api:3.1.0
    environment:
      REDIS_URL: redis://redis:6379/0
volumes:
  redis: {}
""", secret=fakes.redis_password(_seed()))

add("blind-nn/python/sqlalchemy-url", "pos_sync/alembic.ini",
    "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file",
    """[alembic]
script_location = migrations
# Migratsiye (köchürüsh) — ishlepchiqirish bazisi
sqlalchemy.url = postgresql+psycopg2://pos_migrator:@@s@@@10.20.4.11:5432/laghman_pos

[loggers]
keys = root
""", secret=words_pw())

add("blind-nn/markdown/uyghur-arabic-note", "wiki/exporter/bojxana.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# بوجخانا (Customs) — ASTANA-1 سىستېمىسى

ئېكسپورت دېكلاراتسىيىسى ئۈچۈن كىرىش:

- ئادرېس: https://astana1.keden.kz
- ئىشلەتكۈچى: `kashgar_broker`
- پارول: `@@s@@`

ئەسكەرتىش: پارولنى ھەر 90 كۈندە ئالماشتۇرۇش كېرەك.
""", secret=words_pw())

add("blind-nn/shell/psql-url", "ops/runbooks/loyalty_points_fix.sh",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """#!/usr/bin/env bash
# Xata hësablanghan ballarni tüzitish (2024-10-04 hadise)
psql "postgresql://bonus_admin:@@s@@@loyalty-db.laghman.internal:5432/bonus" <<'SQL'
UPDATE points SET amount = amount / 10 WHERE created_at::date = '2024-10-04' AND source = 'pos-samal';
SQL
echo "tüzitildi"
""", secret=words_pw())

add("blind-nn/typescript/sendgrid", "loyalty-worker/src/mail.ts",
    "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail",
    """import sgMail from "@sendgrid/mail";

// Tughulghan kün bonus xëti 🎂
sgMail.setApiKey("@@s@@");

export const birthday = (to: string, name: string) =>
  sgMail.send({ to, from: "bonus@laghman.kz", subject: `${name}, tughulghan küningiz bilen!`, text: "+500 ball" });
""", secret=sendgrid_key())

add("blind-nn/ini/php-ini-smtp", "site/msmtprc",
    "https://marlam.de/msmtp/msmtp.html#Configuration-files",
    """# PHP mail() üchün msmtp
defaults
auth on
tls on
account yandex
host smtp.yandex.ru
port 587
from site@laghman.kz
user site@laghman.kz
password @@s@@
account default : yandex
""", secret=rand_pw(16))

# ---------------------------------------------------------------- decoys, fourth batch

add("blind-nn/yaml/decoy-compose-secrets", "infra/docker-compose.prod.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/",
    """services:
  loyalty-db:
    image: postgres:16
    environment:
      POSTGRES_USER: loyalty
      POSTGRES_PASSWORD_FILE: /run/secrets/loyalty_db_password
    secrets: [loyalty_db_password]
secrets:
  loyalty_db_password:
    file: ./secrets/loyalty_db_password.txt
""")

add("blind-nn/python/decoy-keyring", "exporter/tools/erp_login.py",
    "https://pypi.org/project/keyring/",
    """import keyring

# 1C paroli Windows Credential Manager-da (keyring arqiliq)
SERVICE = "kashgar-erp"


def credentials(user: str = "report_reader") -> tuple[str, str]:
    pw = keyring.get_password(SERVICE, user)
    if pw is None:
        raise RuntimeError("parol tëpilmidi: keyring set kashgar-erp report_reader")
    return user, pw
""")

add("blind-nn/markdown/decoy-changelog", "delivery-api/CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """# Özgirishler (Changelog)

## [3.1.0] — 2024-10-01
### Added
- Wolt webhook imzasini tekshürüsh (`WOLT_WEBHOOK_SECRET` env).
### Security
- Stripe secret key kodtin chiqirildi, Vault-qa yötkeldi (commit a41f9c2).
- `JWT_SECRET` endi kem dëgende 48 herp bolushi kërek.

## [3.0.2] — 2024-09-12
- لەغمەن ۋە سامسا رەسىملىرى يېڭىلاندى
""")

add("blind-nn/k8s/decoy-configmap", "deploy/k8s/delivery-configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: delivery-config
  namespace: delivery
data:
  API_BASE_URL: https://api.laghman.kz
  STRIPE_PUBLISHABLE_KEY: "@@pk@@"
  SENTRY_DSN: "https://@@dsn@@@o448812.ingest.sentry.io/5520177"
  DEFAULT_LANG: ug
""", pk=stripe_key("pk_live_"), dsn=hexs(32))

add("blind-nn/json/decoy-package-lock", "delivery-web/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "name": "delivery-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.5.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.5.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-nn/shell/decoy-vault-cli", "ops/runbooks/read_secrets.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """#!/usr/bin/env bash
# Mexpiy qimmetlerni Vault-tin élip env-qa qoyush
set -euo pipefail
export VAULT_ADDR=https://vault.laghman.internal:8200
export STRIPE_API_KEY="$(vault kv get -field=api_key secret/delivery/stripe)"
export TELEGRAM_TOKEN="$(vault kv get -field=token secret/kitchen/bot)"
exec "$@"
""")

add("blind-nn/csharp/decoy-test-constants", "PosBridge.Tests/KaspiClientTests.cs",
    "https://learn.microsoft.com/en-us/dotnet/core/testing/unit-testing-with-dotnet-test",
    """using Xunit;

namespace PosBridge.Tests;

public class KaspiClientTests
{
    // Yasalma (fake) — sinaq serwéri üchün
    private const string FakeApiKey = "test_key_0000000000000000";

    [Fact]
    public void Builds_Bearer_Header() =>
        Assert.Equal("Bearer test_key_0000000000000000", KaspiClient.Header(FakeApiKey));
}
""")

add("blind-nn/yaml/decoy-ci-masked", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/",
    """variables:
  POS_DB_HOST: 10.20.4.11
  # POS_DB_PASSWORD — GitLab CI/CD variables (masked, protected)

migrate:
  image: python:3.12
  script:
    - pip install alembic psycopg2-binary
    - alembic -x url="postgresql://pos_migrator:${POS_DB_PASSWORD}@${POS_DB_HOST}/laghman_pos" upgrade head
  only: [main]
""")

add("blind-nn/ini/decoy-pgpass-template", "ops/templates/pgpass.j2",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    """# {{ ansible_managed }}
# hostname:port:database:username:password
{% for db in pos_databases %}
{{ db.host }}:5432:{{ db.name }}:{{ db.user }}:{{ db.password }}
{% endfor %}
""")

add("blind-nn/go/decoy-example-key", "exporter/internal/courier/client_test.go",
    "https://pkg.go.dev/net/http/httptest",
    """package courier

import "testing"

// RFC 7617 misali: "Aladdin:open sesame"
const exampleBasic = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="

func TestHeader(t *testing.T) {
	req, _ := newRequestWith("http://localhost", exampleBasic)
	if req.Header.Get("Authorization") != "Basic "+exampleBasic {
		t.Fatal("header xata")
	}
}
""")

add("blind-nn/html/decoy-docs-page", "docs/site/api-keys.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML",
    """<!doctype html>
<html lang="ug">
<head><meta charset="utf-8"><title>API ئاچقۇچلىرى</title></head>
<body>
  <h1>Hemrah API achquchliri</h1>
  <p>Achquch shekli: <code>lgh_live_XXXXXXXXXXXXXXXXXXXXXXXX</code></p>
  <pre>curl -H "Authorization: Bearer lgh_live_XXXXXXXXXXXXXXXXXXXXXXXX" https://api.laghman.kz/v2/menu</pre>
  <p>ئاچقۇچنى partner portal-دىن ئېلىڭ.</p>
</body>
</html>
""")

add("blind-nn/sql/decoy-schema", "loyalty-core/db/migrations/V3__api_tokens.sql",
    "https://www.postgresql.org/docs/current/sql-createtable.html",
    """-- Hemrah token-liri: peqet hash saqlinidu
CREATE TABLE api_tokens (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner     text NOT NULL,
    token_hash  char(64) NOT NULL,   -- sha256(token)
    last4       char(4) NOT NULL,
    created_at  timestamptz DEFAULT now()
);
INSERT INTO api_tokens (partner, token_hash, last4) VALUES ('wolt', '@@h@@', 'x9Qa');
""", h=hexs(64))

add("blind-nn/powershell/decoy-get-credential", "ops/scripts/Connect-PosServer.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# POS serwérge ulinish — parol soralidu
param([string]$Branch = 'dostyk')
$cred = Get-Credential -UserName 'posadmin' -Message "Parol ($Branch)"
$session = New-PSSession -ComputerName "pos-$Branch.laghman.local" -Credential $cred
Invoke-Command -Session $session { Get-Service iiko* }
Remove-PSSession $session
""")

add("blind-nn/env/decoy-comments-only", "exporter/mail/.env.sample",
    "https://github.com/motdotla/dotenv#usage",
    """MAIL_DRIVER=mailgun
MAILGUN_DOMAIN=mg.kashgar-fruits.kz
# MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MAILGUN_SECRET=
MAIL_FROM=export@kashgar-fruits.kz
""")

add("blind-nn/yaml/decoy-helm-template", "deploy/helm/orders/templates/secret.yaml",
    "https://helm.sh/docs/chart_template_guide/function_list/#b64enc",
    """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "orders.fullname" . }}-rabbitmq
type: Opaque
data:
  rabbitmq-password: {{ .Values.rabbitmq.password | b64enc | quote }}
""")

add("blind-nn/text/decoy-gpg-public", "exporter/keys/export-signing.asc",
    "https://www.gnupg.org/gph/en/manual/x56.html",
    """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Kashgar Fruits export signing key (ochuq / public)

mQINBG@@a@@
@@b@@
@@c@@
=Qx7r
-----END PGP PUBLIC KEY BLOCK-----
""", a=fakes.drawn(_seed(), 58, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-nn/json/decoy-appsettings-dev", "PosBridge/appsettings.Development.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "ConnectionStrings": {
    "Pos": "Server=(localdb)\\\\MSSQLLocalDB;Database=PosBridge;Trusted_Connection=True"
  },
  "Kaspi": { "MerchantId": "TEST-000000", "ApiKey": "" },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("blind-nn/kotlin/decoy-local-properties", "android/local.properties.example",
    "https://developer.android.com/build/gradle-tips",
    """# Nusxa éliping: local.properties
sdk.dir=/Users/YOU/Library/Android/sdk
partnerSecret=PUT_PARTNER_SECRET_HERE
mapsKey=YOUR_MAPS_API_KEY
# ئەسلى قىممەتلەر Vault-تا
""")

add("blind-nn/rst/decoy-runbook", "docs/ops/incident.rst",
    "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Achquch ashkarilanghanda (leaked key)
=====================================

1. Achquchni derhal bikar qiling (revoke): Stripe / Telegram / AWS konsolida.
2. Yëngisini Vault-qa yëzing: ``vault kv put secret/<xizmet> ...``
3. ``git log -S '<achquchning ayaghi>'`` bilen qaysi commit-ta ikenlikini tëpip,
   tarixni tazilang.
4. Hadise xatirisini ``wiki/incidents/`` ge yëzing.

ئەستە تۇتۇڭ: ئاشكارىلانغان ئاچقۇچ — ئۆلگەن ئاچقۇچ.
""")

add("blind-nn/ruby/decoy-env-fetch", "sms/config.rb",
    "https://ruby-doc.org/core/ENV.html#method-c-fetch",
    """# SMS sazlimiliri
module SmsConfig
  ACCOUNT_SID = ENV.fetch('TWILIO_ACCOUNT_SID')
  AUTH_TOKEN  = ENV.fetch('TWILIO_AUTH_TOKEN')
  FROM        = ENV.fetch('TWILIO_FROM', '+77270000000')
end
""")

add("blind-nn/toml/decoy-netlify", "site-landing/netlify.toml",
    "https://docs.netlify.com/configure-builds/file-based-configuration/",
    """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # VITE_MAPS_KEY Netlify UI-da (Site settings → Environment)

[[redirects]]
  from = "/menu"
  to = "/ug/menu"
""")

add("blind-nn/markdown/decoy-uyghur-latin-guide", "wiki/security/parol-qaidisi.md",
    "https://www.markdownguide.org/basic-syntax/",
    """# Parol qaidisi (xizmetchiler üchün)

- Parol kem dëgende 14 herp, misal shekli: `Laghman!Samsa…` emes — tasadipiy bolsun.
- Kassa (POS) paroli her 90 künde almishidu.
- Parolni Telegram-da ewetmeng; Bitwarden «Laghman» ishxanisini ishliting.
- Misal üchün bu hujjette `<parol>` dep yëzilidu, heqiqiy qimmet hech qachan.

پارولنى قەغەزگە يېزىپ كاسسا يېنىغا چاپلىماڭ!
""")

add("blind-nn/yaml/decoy-k8s-secret-empty", "deploy/k8s/kitchen-bot-secret.template.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: kitchen-bot
  namespace: kitchen
type: Opaque
stringData:
  TELEGRAM_TOKEN: ""   # kubectl create secret ... --from-literal bilen tolturung
  ADMIN_CHAT: "310442981"
""")

add("blind-nn/python/decoy-hash-constant", "loyalty/pins.py",
    "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac",
    """import hashlib
import hmac

# Bonus karta PIN: peqet PBKDF2 hash saqlinidu
SALT = bytes.fromhex("@@salt@@")
ADMIN_PIN_HASH = "@@h@@"


def check(pin: str) -> bool:
    h = hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000).hex()
    return hmac.compare_digest(h, ADMIN_PIN_HASH)
""", salt=hexs(32), h=hexs(64))

add("blind-nn/log/decoy-auth-failure", "logs/auth-2024-10-06.log",
    "https://www.rfc-editor.org/rfc/rfc5424",
    """Oct  6 03:11:02 pos-srv01 sshd[2211]: Invalid user admin from 185.220.101.4 port 51022
Oct  6 03:11:04 pos-srv01 sshd[2211]: Failed password for invalid user admin from 185.220.101.4 port 51022 ssh2
Oct  6 03:11:09 pos-srv01 sshd[2213]: Failed password for root from 185.220.101.4 port 51030 ssh2
Oct  6 08:45:12 pos-srv01 sshd[3090]: Accepted publickey for posadmin from 10.88.0.12 port 40112 ssh2: ED25519 SHA256:@@fp@@
Oct  6 08:45:12 pos-srv01 sshd[3090]: pam_unix(sshd:session): session opened for user posadmin
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-nn/json/decoy-schema", "delivery-api/config/schema.json",
    "https://json-schema.org/understanding-json-schema/",
    """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "delivery-api config",
  "type": "object",
  "properties": {
    "stripe_api_key": {"type": "string", "pattern": "^sk_(live|test)_[A-Za-z0-9]{24,}$"},
    "telegram_token": {"type": "string", "description": "BotFather token, env-din"},
    "db_password": {"type": "string", "writeOnly": true}
  },
  "required": ["stripe_api_key"]
}
""")

add("blind-nn/shell-history/decoy-ssh-keygen", "ops/notes/erkin_history_2.txt",
    "https://man.openbsd.org/ssh-keygen",
    """ssh-keygen -t ed25519 -C "erkin@laghman-laptop"
cat ~/.ssh/id_ed25519.pub
ssh-copy-id posadmin@pos-samal
sha256sum fruit-labels-1.3.0.tar.gz
gpg --verify SHA256SUMS.asc SHA256SUMS
history -c
""")

add("blind-nn/typescript/decoy-config-loader", "loyalty-worker/src/config.ts",
    "https://nodejs.org/api/process.html#processenv",
    """// Sazlimilar: env yaki Docker secret höjjiti
import { readFileSync } from "node:fs";

const fromFile = (p?: string) => (p ? readFileSync(p, "utf8").trim() : undefined);

export const config = {
  mongoPassword: fromFile(process.env.MONGO_PASSWORD_FILE) ?? process.env.MONGO_PASSWORD ?? "",
  smsApiKey: process.env.SMS_API_KEY ?? "",
  pointsRate: Number(process.env.POINTS_RATE ?? "0.03"),
};
""")

add("blind-nn/xml/decoy-keystore-ref", "android/app/signing.xml",
    "https://developer.android.com/studio/publish/app-signing",
    """<?xml version="1.0" encoding="utf-8"?>
<!-- Imzalash: parollar CI-da env-din (KEYSTORE_PASSWORD, KEY_PASSWORD) -->
<signing>
  <keystore path="../keys/laghman-release.jks" />
  <alias>laghman</alias>
  <storePassword>${KEYSTORE_PASSWORD}</storePassword>
  <keyPassword>${KEY_PASSWORD}</keyPassword>
</signing>
""")

add("blind-nn/csv/decoy-menu-prices", "pos-reports/data/menu_prices.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """sku,name_ug,name_ru,price_kzt,barcode
LAG-001,لەغمەن (گۈرۈ),Лагман гуйру,2900,4870201880021
LAG-002,Boso laghman,Босо лагман,3100,4870201880038
SAM-010,Tonur samsa,Самса тандырная,900,4870201880045
POL-020,Polo,Плов,3300,4870201880052
CHY-001,Qara chay,Чёрный чай,600,4870201880069
""")

add("blind-nn/ini/decoy-redis-acl-hash", "ops/redis/users.acl",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    """# Redis ACL — paroller SHA-256 hash bilen (#...)
user default off
user delivery on #@@h1@@ ~orders:* ~menu:* +@read +@write
user kitchen on #@@h2@@ ~menu:* +@read
user monitor on #@@h3@@ +info +ping
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))
