"""Blind set KZ: an Igbo-speaking team in south-east Nigeria (Nnewi, Onitsha, Aba, Enugu, Owerri)
running palm-oil mills and textile market stalls: mill telemetry, stock and payment services
(Paystack, Flutterwave, Monnify, SMS gateways), ops notes and runbooks, configs and CI, with
comments and notes partly in Igbo, and their decoys. Generated fakes only (seeds 6070000-6079999).
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
SEED_LO, SEED_HI = 6070000, 6079999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Nkwu", "Akwa", "Ahia", "Oji", "Ugwu", "Mmiri", "Okpu", "Ego", "Ihe", "Obi", "Anyanwu", "Onwa",
         "Ukwu", "Ngwa", "Ofe", "Ose"]
LOWER = ["palm", "kernel", "mill", "ankara", "george", "wrapper", "drum", "boiler", "press", "lace",
         "yam", "kola", "river", "market", "lorry", "basin"]


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


def paystack(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def flw_secret(live: bool = True) -> str:
    return ("FLWSECK-" if live else "FLWSECK_TEST-") + hexs(32) + "-X"


def flw_public() -> str:
    return "FLWPUBK-" + hexs(32) + "-X"


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def twilio_sid() -> str:
    return "AC" + hexs(32)


def at_key() -> str:
    return "atsk_" + hexs(64)


def jwt_secret() -> str:
    return rand_pw(48)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CASES: List[LabelledCase] = []
_NAMES: set = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    assert category.startswith("blind-kz/") and file_name not in _NAMES
    _NAMES.add(file_name)
    if secret is not None:
        fields["secret"] = secret
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


ENV = "https://12factor.net/config"
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
TF = "https://developer.hashicorp.com/terraform/language"
PAYSTACK = "https://paystack.com/docs/api/"
FLW = "https://developer.flutterwave.com/docs/integration-guides/authentication"
MD = "https://commonmark.org/"
NODE = "https://nodejs.org/api/process.html#processenv"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"

# ---------------------------------------------------------------- secrets

add("blind-kz/dotenv/paystack", "nnewi-mill/.env", ENV, """# Ụlọ ọrụ mmanụ nkwụ Nnewi - payment service
APP_ENV=production
PORT=8080
PAYSTACK_SECRET_KEY=@@secret@@
PAYSTACK_CALLBACK_URL=https://pay.nkwuoil.ng/callback
DB_HOST=10.0.3.4
""", paystack())

add("blind-kz/python/flutterwave", "ahia/payments/flw_client.py", FLW, """import requests

# Biko echefula: nke a bụ igodo live, ọ bụghị test
FLW_SECRET = "@@secret@@"


def verify(tx_id: int) -> dict:
    r = requests.get(f"https://api.flutterwave.com/v3/transactions/{tx_id}/verify",
                     headers={"Authorization": f"Bearer {FLW_SECRET}"}, timeout=20)
    r.raise_for_status()
    return r.json()
""", flw_secret())

add("blind-kz/yaml/postgres-password", "deploy/onitsha-stock/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# Ochanja textile stock app
replicaCount: 2
image:
  repository: registry.akwaahia.ng/stock
  tag: "1.8.3"
postgresql:
  auth:
    username: stock
    password: "@@secret@@"
    database: akwa_stock
""", words_pw())

add("blind-kz/k8s-secret/sms-gateway", "k8s/aba/termii-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: ariaria
type: Opaque
data:
  TERMII_API_KEY: @@enc@@
  SENDER_ID: @@sender@@
""", _v := "TL" + rand_pw(58), enc=b64(_v), sender=b64("AkwaAba"))

add("blind-kz/go/database-url", "cmd/millstat/main.go", "https://pkg.go.dev/database/sql", """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Ihe a na-ejikọ na database nke mill Nnewi
const dsn = "postgres://millstat:@@secret@@@db.nkwu.internal:5432/millstat?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("njikọ dị mma")
}
""", rand_pw(22))

add("blind-kz/markdown/mysql-password", "wiki/ochanja-stall-pos.md", MD, """# POS nke ụlọ ahịa Ochanja

Ndị ọrụ ahịa na-eji tablet abụọ. Database dị na server n'ime ọfịs.

| Ihe | Uru |
|-----|-----|
| host | 192.168.8.20 |
| user | posadmin |
| okwuntughe | `@@secret@@` |

Biko gbanwee okwuntughe a mgbe Emeka hapụrụ ọrụ.
""", words_pw())

add("blind-kz/shell/aws-secret", "scripts/backup_ledger.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """#!/usr/bin/env bash
# Backup akwụkwọ ego kwa ụbọchị gaa S3
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-1
pg_dump -Fc ledger > /tmp/ledger.dump
aws s3 cp /tmp/ledger.dump s3://nkwu-ledger-backup/$(date +%F).dump
""", aws_secret(), kid=aws_id())

add("blind-kz/javascript/sendgrid", "notify/src/mailer.js", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", """const sgMail = require('@sendgrid/mail');

// Ozi email maka ndị na-azụ akwa (invoice)
sgMail.setApiKey('@@secret@@');

async function sendInvoice(to, pdf) {
  await sgMail.send({ to, from: 'ego@akwaahia.ng', subject: 'Akwụkwọ ụgwọ gị', attachments: [pdf] });
}

module.exports = { sendInvoice };
""", sendgrid_key())

add("blind-kz/gha/slack-webhook", ".github/workflows/deploy-mill.yml", GHA, """name: deploy-mill
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
      - name: Gwa ndị otu na Slack
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Mill dashboard ebugoro"}' \\
            @@secret@@
""", slack_webhook())

add("blind-kz/php/paystack", "shop/config/paystack.php", PAYSTACK, """<?php
// Ntọala Paystack maka ụlọ ahịa akwa Aba
return [
    'publicKey' => 'pk_live_@@pub@@',
    'secretKey' => '@@secret@@',
    'paymentUrl' => 'https://api.paystack.co',
    'merchantEmail' => 'ego@ariaria-akwa.ng',
];
""", paystack(), pub=hexs(40))

add("blind-kz/java/jdbc-password", "erp/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """# ERP nke mill - Enugu
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/erp
spring.datasource.username=erp_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand_pw(16, "#!"))

add("blind-kz/ini/smtp-password", "mill-reports/config.ini", "https://docs.python.org/3/library/configparser.html", """[smtp]
; akụkọ izu ụka ka e zitere ndị nwe mill
host = smtp.zoho.com
port = 587
user = akuko@nkwuoil.ng
password = @@secret@@

[report]
mills = nnewi, oba, ihiala
""", words_pw())

add("blind-kz/compose/redis-password", "docker-compose.yml", COMPOSE, """services:
  api:
    build: .
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@secret@@"]
""", redis_pw())

add("blind-kz/terraform/aws-secret", "infra/owerri/provider.tf", TF, """# TODO(Chinedu): wepụ igodo a ebe a, tinye ya na Vault
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "invoices" {
  bucket = "akwa-owerri-invoices"
}
""", aws_secret(), kid=aws_id())

add("blind-kz/python/telegram-bot", "bots/mill_alarm_bot.py", "https://core.telegram.org/bots/api", """import os
import telebot

# Bot na-ezi mkpu mgbe boiler kpụ ọkụ karịa
TOKEN = "@@secret@@"
CHAT_ID = os.environ.get("MILL_CHAT_ID", "-1001234567")
bot = telebot.TeleBot(TOKEN)


def alarm(temp: float) -> None:
    bot.send_message(CHAT_ID, f"Ọkụ boiler erugo {temp} C - lelee ya ugbu a!")
""", telegram())

add("blind-kz/notes/ssh-password", "notes/onboarding-ikenna.txt", MD, """Nnọọ Ikenna,

Ihe ị ga-achọ n'izu mbụ:
- VPN: jikọọ na vpn.nkwuoil.ng (user gị bụ ikenna.o)
- Server mill (Ubuntu): ssh ops@10.0.3.10
  okwuntughe root ugbu a: @@secret@@
- Dashboard: https://mill.nkwuoil.ng

Daalụ, Ngozi
""", words_pw())

add("blind-kz/kotlin/flutterwave", "android/app/src/main/java/ng/akwa/pay/FlwConfig.kt", FLW, """package ng.akwa.pay

// Ebe a ka anyị debere igodo Flutterwave (ọ kwesịghị ịnọ n'ime app!)
object FlwConfig {
    const val PUBLIC_KEY = "@@pub@@"
    const val SECRET_KEY = "@@secret@@"
    const val CURRENCY = "NGN"
}
""", flw_secret(), pub=flw_public())

add("blind-kz/csharp/sql-password", "Akwa.Inventory/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Inventory": "Server=tcp:akwa-sql.database.windows.net,1433;Database=inventory;User ID=invadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*"
}
""", words_pw())

add("blind-kz/ruby/mailgun", "ops/lib/receipt_mailer.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """require 'mailgun-ruby'

# Onye na-ezi akwụkwọ nnata ego (receipt) nye ndị ahịa
MG = Mailgun::Client.new('@@secret@@')

def send_receipt(to, body)
  MG.send_message('mg.akwaahia.ng', from: 'receipts@akwaahia.ng', to: to,
                  subject: 'Daalụ maka ịzụ ahịa', text: body)
end
""", mailgun_key())

add("blind-kz/shell-history/mysql-password", "ops/history/ngozi.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /srv/pos
git pull
sudo systemctl restart pos
mysql -u root -p'@@secret@@' pos -e 'select count(*) from sales where day=curdate()'
tail -n 50 /var/log/pos/app.log
exit
""", words_pw())

add("blind-kz/rust/openai", "kpakpando-chat/src/config.rs", "https://platform.openai.com/docs/api-reference/authentication", """// Chatbot na-aza ndị ahịa ajụjụ n'Igbo na Bekee
pub struct Config {
    pub api_key: &'static str,
    pub model: &'static str,
}

pub const CONFIG: Config = Config {
    api_key: "@@secret@@",
    model: "gpt-4o-mini",
};
""", openai())

add("blind-kz/powershell/azure-storage", "scripts/Upload-Invoices.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """# Bulite invoice niile n'Azure kwa abalị
$account = "akwainvoices"
$key = "@@secret@@"
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem C:\\Invoices\\*.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "invoices" -Context $ctx -Force
}
""", azure_storage_key())

add("blind-kz/swift/paystack", "ios/AkwaShop/Payments/PaystackKeys.swift", PAYSTACK, """import Foundation

// Igodo Paystack - Adaeze kwuru na anyị ga-ewepụ nke nzuzo n'ime app
enum PaystackKeys {
    static let publicKey = "pk_live_@@pub@@"
    static let secretKey = "@@secret@@"
}
""", paystack(), pub=hexs(40))

add("blind-kz/typescript/discord-webhook", "dashboard/src/alerts.ts", "https://discord.com/developers/docs/resources/webhook", """// Mkpu maka mgbe mmanụ dị na tank belatara
const WEBHOOK = "@@secret@@";

export async function lowTank(tank: string, litres: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Tank ${tank}: naanị ${litres} L fọdụrụ` }),
  });
}
""", discord_webhook())

add("blind-kz/ansible/postgres-password", "ansible/group_vars/mills.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """---
# Mills niile: Nnewi, Oba, Ihiala
timezone: Africa/Lagos
postgres_version: 15
postgres_users:
  - name: telemetry
    password: "@@secret@@"
    db: telemetry
ntp_server: ng.pool.ntp.org
""", rand_pw(20))

add("blind-kz/dockerfile/npm-token", "web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# Ngwugwu anyị nke private (@akwa/ui)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""", npm_token())

add("blind-kz/gitlab-ci/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [build, release]

variables:
  # Token maka ibulite ngwugwu - ka a debe ya na CI variables
  RELEASE_TOKEN: "@@secret@@"

release:
  stage: release
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/app.tar.gz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/app/1.0/app.tar.gz"'
""", gitlab_token())

add("blind-kz/pem/private-key", "deploy/keys/mill-gateway.key", "https://www.rfc-editor.org/rfc/rfc7468", """@@secret@@
""", pem())

add("blind-kz/yaml/pem-private-key", "k8s/nnewi/tls-values.yaml", "https://yaml.org/spec/1.2.2/#812-literal-style", """# Asambodo TLS nke gateway mill (Nnewi)
ingress:
  host: mill.nkwuoil.ng
  tls:
    crt: |
      -----BEGIN CERTIFICATE-----
      MIIBszCCAVmgAwIBAgIUQ2h1a3d1IE5ud2V3aSBtaWxsIGNlcnQ=
      -----END CERTIFICATE-----
    key: |
      @@key@@
""", _k := pem("EC"), key=_k.replace("\n", "\n      "))

add("blind-kz/python/django-secret", "stallbook/stallbook/settings_prod.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """from .settings import *  # noqa

# Ntọala production nke Stallbook (ndekọ ụlọ ahịa akwa)
DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["stallbook.akwaahia.ng"]
CSRF_TRUSTED_ORIGINS = ["https://stallbook.akwaahia.ng"]
""", django_key())

add("blind-kz/json/firebase-service-account", "android/service-account.json", "https://firebase.google.com/docs/admin/setup", """{
  "type": "service_account",
  "project_id": "akwa-ahia-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk@akwa-ahia-app.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (pem("RSA") + "\n").replace("\n", "\\n"), kid=hexs(40))

add("blind-kz/env/africastalking", "sms/.env.production", "https://developers.africastalking.com/docs/authentication", """# SMS nye ndị na-ebubata mkpụrụ nkwụ (suppliers)
AT_USERNAME=nkwuoil
AT_API_KEY=@@secret@@
AT_SENDER_ID=NKWUOIL
SMS_DAILY_LIMIT=500
""", at_key())

add("blind-kz/python/twilio-token", "sms/whatsapp_orders.py", "https://www.twilio.com/docs/usage/secure-credentials", """from twilio.rest import Client

# Iwu WhatsApp: ndị ahịa na-enye order akwa site na WhatsApp
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def confirm(to: str, order_id: str) -> None:
    client.messages.create(from_="whatsapp:+14155238886", to=f"whatsapp:{to}",
                           body=f"Anyị natara order {order_id}. Daalụ!")
""", hexs(32), sid=twilio_sid())

add("blind-kz/sql/user-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- Onye ọrụ maka akụkọ (Metabase)
-- Chiamaka: 2024-03-11
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE telemetry TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-kz/log/basic-auth-url", "logs/sync-2024-05-02.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """2024-05-02 06:00:01 INFO  sync starting (mill=oba)
2024-05-02 06:00:01 DEBUG pushing to https://sync:@@secret@@@central.nkwuoil.ng/api/v1/readings
2024-05-02 06:00:03 INFO  pushed 1440 readings
2024-05-02 06:00:03 WARN  press #2 sensor offline since 05:42
2024-05-02 06:00:04 INFO  sync done in 3.1s
""", rand_pw(18))

add("blind-kz/toml/github-token", "tools/release/config.toml", "https://toml.io/en/v1.0.0", """# Ngwa ọrụ release nke otu anyị
[github]
owner = "akwa-ahia"
repo = "stallbook"
token = "@@secret@@"

[release]
draft = true
""", github_token())

add("blind-kz/xml/smtp-password", "erp/src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <!-- Ozi email akụkọ ọnwa -->
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.gmail.com"/>
    <property name="port" value="587"/>
    <property name="username" value="akuko.enugu@gmail.com"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", rand_pw(16).lower())

add("blind-kz/notebook/google-api-key", "analysis/mill_locations.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ebe mill anyị dị (Anambra, Imo)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "gmaps.geocode('Nnewi, Anambra')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("blind-kz/csv/passwords", "ops/stall-tablets.csv", "https://www.rfc-editor.org/rfc/rfc4180", """stall,location,tablet_serial,wifi_ssid,wifi_password
A14,Ochanja Onitsha,R58N71XK,Ochanja-A14,@@secret@@
B02,Ariaria Aba,,,
C09,Ogbete Enugu,,,
D21,Eke Awka,,,
""", words_pw())

add("blind-kz/helm/monnify", "charts/payments/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """monnify:
  baseUrl: https://api.monnify.com
  apiKey: MK_PROD_@@ak@@
  secretKey: "@@secret@@"
  contractCode: "627340112"
resources:
  limits: { cpu: 500m, memory: 256Mi }
""", rand_pw(32).upper(), ak=rand_pw(10).upper())

add("blind-kz/rst/postgres-password", "docs/runbook/restore.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """Iweghachi database (restore)
===========================

1. Kwụsị ọrụ ``telemetry-api``.
2. Gbaa iwu a::

      PGPASSWORD=@@secret@@ pg_restore -h 10.0.3.4 -U postgres -d telemetry latest.dump

3. Malitegharịa ọrụ ahụ ma lelee dashboard.
""", rand_pw(20))

add("blind-kz/html/basic-auth", "docs/internal/stock-portal.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication", """<!doctype html>
<html lang="ig">
<head><meta charset="utf-8"><title>Portal ngwongwo</title></head>
<body>
  <h1>Portal ngwongwo akwa</h1>
  <p>Jiri njikọ a banye: <a href="https://stock:@@secret@@@portal.akwaahia.ng/">portal</a></p>
  <p>Ọ bụrụ na ọ jụ, kpọọ Obinna.</p>
</body>
</html>
""", rand_pw(14))

add("blind-kz/go/slack-bot", "internal/notify/slack.go", "https://api.slack.com/authentication/token-types", """package notify

import "github.com/slack-go/slack"

// Bot na-ekwupụta ego enwetara kwa ụbọchị
var api = slack.New("@@secret@@")

func Daily(total string) error {
	_, _, err := api.PostMessage("#ego", slack.MsgOptionText("Ego taa: "+total, false))
	return err
}
""", slack_bot())

add("blind-kz/python/split-password", "mill/telemetry/db.py", PG, """import psycopg2

# Okwuntughe ekewara abụọ ka linter ghara ịhụ ya (Emeka, ejila nke a eme ihe ọzọ)
PASSWORD = ("@@a@@"
            "@@b@@")


def connect():
    return psycopg2.connect(host="10.0.3.4", dbname="telemetry", user="telemetry", password=PASSWORD)
""", _v := rand_pw(24), a=_v[:12], b=_v[12:])

add("blind-kz/k8s-secret/postgres-url", "k8s/enugu/erp-db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: enugu
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", _v := rand_pw(20), enc=b64(f"postgresql://erp:{_v}@erp-db.enugu.svc:5432/erp"))

add("blind-kz/shell/heredoc-password", "scripts/setup_pgpass.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """#!/bin/sh
# Mee .pgpass maka cron backup (Owerri)
cat > ~/.pgpass <<EOF
10.0.3.4:5432:ledger:backup:@@secret@@
EOF
chmod 600 ~/.pgpass
echo "emechala"
""", rand_pw(21))

add("blind-kz/javascript/json-in-string", "functions/index.js", "https://firebase.google.com/docs/functions/config-env", """const functions = require('firebase-functions');

// Ntọala niile dị n'ime otu string JSON (Nneka tinyere ya ebe a maka ule)
const CONFIG = JSON.parse('{"paystack":{"secret":"@@secret@@"},"currency":"NGN"}');

exports.charge = functions.https.onCall(async (data) => {
  return { ok: true, key: CONFIG.paystack.secret.slice(0, 8) };
});
""", paystack())

add("blind-kz/yaml/sendgrid", "config/notifications.yml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """notifications:
  email:
    provider: sendgrid
    api_key: @@secret@@
    from: "Akwa Ahịa <hello@akwaahia.ng>"
  sms:
    provider: termii
    api_key: ${TERMII_API_KEY}
""", sendgrid_key())

add("blind-kz/netrc/password", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc", """# Uche: maka curl gaa na registry nke anyị
machine registry.akwaahia.ng
  login deploy
  password @@secret@@
machine github.com
  login ifeanyi-akwa
""", rand_pw(26))

add("blind-kz/pip/index-url", "requirements-private.txt", "https://pip.pypa.io/en/stable/topics/authentication/", """# Ngwugwu nke anyị (mill-sdk) dị na index nke onwe anyị
--extra-index-url https://ci:@@secret@@@pypi.nkwuoil.ng/simple/
mill-sdk==0.9.4
requests>=2.31
psycopg2-binary==2.9.9
""", rand_pw(24))

add("blind-kz/npmrc/npm-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """# registry maka @akwa packages
@akwa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("blind-kz/docker-config/registry-auth", "ci/docker-config.json", "https://docs.docker.com/engine/reference/commandline/login/", """{
  "auths": {
    "registry.akwaahia.ng": {
      "auth": "@@enc@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", _v := rand_pw(22), enc=b64("ci-bot:" + _v))

add("blind-kz/python/aws-session", "analysis/pull_readings.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """import boto3

# Session a dị ruo awa iri na abụọ - Obinna weputara ya maka analysis
session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sak@@",
    aws_session_token="@@secret@@",
)
s3 = session.client("s3")
print(s3.list_objects_v2(Bucket="nkwu-readings")["KeyCount"])
""", fakes.aws_session_token(_seed()), kid=aws_id()[4:], sak=aws_secret())

add("blind-kz/notes/flutterwave", "notes/ego-izu-a.md", MD, """## Ndetu ego - izu a

- Flutterwave settlement abataghị Fraịdee; Adaeze kpọrọ support.
- Ha chọrọ ka anyị nwalee API ọzọ. Igodo anyị (live): @@secret@@
- Paystack dị mma.
- Ụgwọ ụgbọala ọkụ (lorry) Aba -> Onitsha: ₦185,000
""", flw_secret())

add("blind-kz/php/mysql-password", "shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Saịtị WordPress nke ụlọ ahịa akwa */
define( 'DB_NAME', 'akwa_shop' );
define( 'DB_USER', 'akwa_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
""", words_pw())

add("blind-kz/java/paystack", "erp/src/main/java/ng/nkwu/erp/pay/PaystackClient.java", PAYSTACK, """package ng.nkwu.erp.pay;

import java.net.http.HttpRequest;
import java.net.URI;

public class PaystackClient {
    // TODO: wepụ ya n'ebe a
    private static final String SECRET = "@@secret@@";

    HttpRequest verify(String reference) {
        return HttpRequest.newBuilder(URI.create("https://api.paystack.co/transaction/verify/" + reference))
                .header("Authorization", "Bearer " + SECRET).build();
    }
}
""", paystack())

add("blind-kz/curl/bearer", "docs/api-notes/flw-transfers.sh", FLW, """#!/usr/bin/env bash
# Zigara ndị na-ebubata mkpụrụ nkwụ ego (bulk transfer)
curl -s https://api.flutterwave.com/v3/bulk-transfers \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d @suppliers-week19.json
""", flw_secret())

add("blind-kz/env/openai", "kpakpando-chat/.env", ENV, """# Chatbot n'Igbo
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
SYSTEM_PROMPT="Ị bụ onye enyemaka na-aza ajụjụ gbasara akwa na ọnụahịa"
MAX_TOKENS=400
""", openai())

add("blind-kz/yaml/mongodb-uri", "services/orders/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """server:
  port: 3000
mongo:
  uri: mongodb+srv://orders:@@secret@@@cluster0.akwa7.mongodb.net/orders?retryWrites=true
  pool: 10
# Ndetu: Atlas cluster dị na Frankfurt
""", rand_pw(16))

add("blind-kz/ruby/rails-credentials", "stallbook-rb/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  pool: 5

production:
  <<: *default
  database: stallbook_production
  username: stallbook
  password: @@secret@@
  host: 10.0.4.2
""", rand_pw(20))

add("blind-kz/cs/smtp", "Akwa.Notify/MailSettings.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """using System.Net;
using System.Net.Mail;

namespace Akwa.Notify;

// Ozi email nye ndị nwe ụlọ ahịa
public static class MailSettings
{
    public static SmtpClient Create() => new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("ozi@akwaahia.ng", "@@secret@@"),
    };
}
""", words_pw())

add("blind-kz/gha/env-aws", ".github/workflows/sync-s3.yml", GHA, """name: sync-invoices
on:
  schedule: [{ cron: "0 2 * * *" }]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
    steps:
      - run: aws s3 sync s3://akwa-invoices ./invoices
""", aws_secret(), kid=aws_id())

add("blind-kz/systemd/env-password", "deploy/systemd/telemetry.service", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=", """[Unit]
Description=Telemetry nke mill (Nnewi)
After=network.target

[Service]
Environment=DB_PASSWORD=@@secret@@
ExecStart=/opt/telemetry/bin/telemetry --listen :9100
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(22))

add("blind-kz/ini/odbc-password", "reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[AkwaInventory]
; njikọ Excel/PowerBI nke ọfịs Onitsha
Driver = ODBC Driver 18 for SQL Server
Server = akwa-sql.database.windows.net
Database = inventory
UID = powerbi_ro
PWD = @@secret@@
""", words_pw())

add("blind-kz/python/requests-auth", "scripts/pull_prices.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """import requests

# Weta ọnụahịa mmanụ nkwụ site na portal ndị ahịa (NIFOR)
resp = requests.get(
    "https://prices.palmportal.ng/api/v2/cpo?region=south-east",
    auth=("nkwuoil", "@@secret@@"),
    timeout=30,
)
for row in resp.json()["items"]:
    print(row["date"], row["naira_per_tonne"])
""", rand_pw(15, "!$"))

add("blind-kz/powershell/sql-password", "scripts/Export-Sales.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """# Mpụta ahịa kwa ọnwa gaa CSV
$query = "SELECT * FROM dbo.Sales WHERE MONTH(SoldAt) = MONTH(GETDATE())"
Invoke-Sqlcmd -ServerInstance "akwa-sql.database.windows.net" -Database "inventory" `
  -Username "exporter" -Password "@@secret@@" -Query $query |
  Export-Csv -Path "C:\\Reports\\sales.csv" -NoTypeInformation
Write-Host "Emechala - lee C:\\Reports"
""", words_pw())

add("blind-kz/k8s-secret/stringdata", "k8s/owerri/api-keys.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: api-keys
  namespace: owerri
type: Opaque
stringData:
  PAYSTACK_SECRET_KEY: "@@secret@@"
  PAYSTACK_PUBLIC_KEY: "pk_live_@@pub@@"
""", paystack(), pub=hexs(40))

add("blind-kz/terraform/tfvars-password", "infra/enugu/prod.tfvars", TF, """region          = "eu-west-1"
environment     = "prod"
db_instance     = "db.t3.small"
# okwuntughe onye nlekọta database (ka e tinye ya na SSM emesịa)
db_password     = "@@secret@@"
allowed_cidrs   = ["102.89.0.0/16"]
""", rand_pw(24))

add("blind-kz/markdown/telegram", "README.md", MD, """# mill-alarm-bot

Bot Telegram na-ezi mkpu gbasara boiler, press na tank.

## Ịmalite

```bash
export BOT_TOKEN=@@secret@@
python -m mill_alarm
```

Kpọtụrụ Ikenna maka ajụjụ.
""", telegram())

add("blind-kz/yaml/github-token", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    environment:
      GH_TOKEN: @@secret@@
    steps:
      - checkout
      - run: npx semantic-release
""", github_token())

add("blind-kz/jenkins/password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
  agent any
  environment {
    // okwuntughe registry - Uchenna ga-ebuga ya na credentials store
    REGISTRY_PASS = '@@secret@@'
  }
  stages {
    stage('push') {
      steps { sh 'docker login -u ci -p $REGISTRY_PASS registry.akwaahia.ng && docker push registry.akwaahia.ng/stock' }
    }
  }
}
""", rand_pw(20))

add("blind-kz/json/telegram", "cmd/pricebot/config.json", "https://pkg.go.dev/encoding/json", """{
  "listen": ":8090",
  "markets": ["ochanja", "ariaria", "ogbete"],
  "telegram": {
    "token": "@@secret@@",
    "chat": -1002219988
  }
}
""", telegram())

add("blind-kz/vba/connection", "office/macros/SyncStock.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """Attribute VB_Name = "SyncStock"
' Macro Excel: weta ngwongwo akwa site na server
Sub SyncStock()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=192.168.8.20;Initial Catalog=pos;User ID=excel;Password=@@secret@@;"
    Sheets("Stock").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM stock")
    cn.Close
End Sub
""", words_pw())

add("blind-kz/env/sentry-auth", "dashboard/.env.local", "https://docs.sentry.io/cli/configuration/", """NEXT_PUBLIC_SENTRY_DSN=https://1f2e3d4c5b6a@o450112.ingest.sentry.io/5566778
SENTRY_ORG=akwa-ahia
SENTRY_PROJECT=dashboard
SENTRY_AUTH_TOKEN=@@secret@@
# Ebe a ka anyị na-eziga njehie dashboard
""", "sntryu_" + hexs(64))

add("blind-kz/python/smtp-login", "reports/weekly_mail.py", "https://docs.python.org/3/library/smtplib.html", """import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Akụkọ izu: mmanụ nkwụ a kpara"
msg["From"] = msg["To"] = "akuko@nkwuoil.ng"
msg.set_content(open("weekly.txt").read())
with smtplib.SMTP_SSL("smtp.zoho.com", 465) as s:
    s.login("akuko@nkwuoil.ng", "@@secret@@")
    s.send_message(msg)
""", words_pw())

add("blind-kz/nginx/basic-auth-header", "deploy/nginx/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """server {
    listen 443 ssl;
    server_name grafana.nkwuoil.ng;
    location / {
        # Ka ndị nwe mill hụ dashboard na-abanyeghị
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_pass http://127.0.0.1:3000;
    }
}
""", b64("viewer:" + rand_pw(16)))

add("blind-kz/yaml/azure-client-secret", "infra/azure/sp.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """# Service principal maka pipeline (Azure)
tenantId: @@tenant@@
clientId: @@client@@
clientSecret: "@@secret@@"
subscription: akwa-prod
""", (lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()),
    tenant=uuid_s(), client=uuid_s())

add("blind-kz/log/token-in-url", "logs/webhook-errors.log", "https://www.rfc-editor.org/rfc/rfc6750#section-2.3", """[2024-06-11T09:14:22Z] ERROR callback failed: GET https://api.akwaahia.ng/v1/orders?access_token=@@secret@@ -> 502
[2024-06-11T09:14:23Z] INFO  retry 1/3
[2024-06-11T09:14:25Z] INFO  retry 2/3
[2024-06-11T09:14:29Z] ERROR give up (Ochanja stall A14)
[2024-06-11T09:15:00Z] INFO  queue drained
""", fakes.drawn_mixed(_seed(), 40))

add("blind-kz/swift/sendgrid", "ios/AkwaShop/Config/Secrets.swift", "https://developer.apple.com/documentation/swift", """import Foundation

// Nzuzo nke app (ejila ya n'ọrụ ọzọ)
struct Secrets {
    static let sendgridKey = "@@secret@@"
    static let supportEmail = "nkwado@akwaahia.ng"
}
""", sendgrid_key())

add("blind-kz/ansible/become-password", "ansible/host_vars/mill-oba.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """---
ansible_host: 10.0.5.10
ansible_user: ops
ansible_become_password: @@secret@@
mill_name: Oba
press_count: 4
""", words_pw())

add("blind-kz/properties/kafka-sasl", "stream/client.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """# Kafka maka readings site na mill niile
bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="QX7KLM2PZR4ABCDE" password="@@secret@@";
""", fakes.drawn_mixed(_seed(), 64, ALNUM + "+/"))

add("blind-kz/python/dict-config", "ahia/settings.py", PYDOC, """# Ntọala ọrụ ahịa akwa (Aba)
CONFIG = {
    "db": {"host": "10.0.4.2", "name": "ahia", "user": "ahia"},
    "paystack": {"public": "pk_live_@@pub@@", "secret": "@@secret@@"},
    "currency": "NGN",
    "stalls": ["A14", "B02", "C09"],
}
""", paystack(), pub=hexs(40))

add("blind-kz/typescript/supabase-service", "dashboard/src/lib/admin.ts", "https://supabase.com/docs/guides/api/api-keys", """import { createClient } from "@supabase/supabase-js";

// Onye nlekọta (service role) - naanị n'akụkụ server!
export const admin = createClient(
  "https://qzkwpabcdnkwu.supabase.co",
  "@@secret@@",
);
""", "sb_secret_" + fakes.drawn_mixed(_seed(), 31, ALNUM + "_-"))

add("blind-kz/shell/mysqldump", "scripts/nightly_pos_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """#!/bin/bash
# Mbipụta POS kwa abalị (Ochanja)
DAY=$(date +%Y%m%d)
mysqldump --user=backup --password=@@secret@@ --single-transaction pos | gzip > /backup/pos-$DAY.sql.gz
find /backup -name 'pos-*.sql.gz' -mtime +14 -delete
echo "backup $DAY emechala"
""", words_pw())

add("blind-kz/go/aws-static", "internal/storage/s3.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """package storage

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Foto akwa maka catalog
var creds = credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")

func Provider() aws.CredentialsProvider { return creds }
""", aws_secret(), kid=aws_id())

add("blind-kz/yaml/docker-registry", "deploy/stock/compose.override.yml", COMPOSE, """services:
  stock:
    image: registry.akwaahia.ng/stock:1.8.3
    environment:
      - DATABASE_URL=postgres://stock:@@secret@@@db:5432/akwa_stock
      - TZ=Africa/Lagos
    restart: unless-stopped
""", rand_pw(18))

add("blind-kz/notes/wifi-and-router", "notes/mill-ihiala-network.txt", MD, """Mill Ihiala - netwọk
====================
Router: MikroTik hAP ac2 (192.168.88.1)
admin user: admin
admin password: @@secret@@
Starlink dish dị n'elu ụlọ nkwakọ.
Ọ bụrụ na ọkụ NEPA anyụọ, inverter na-ebu ya awa 6.
""", words_pw())

add("blind-kz/python/hmac-webhook", "ahia/webhooks/flw.py", "https://developer.flutterwave.com/docs/integration-guides/webhooks", """import hmac

from flask import Flask, request, abort

app = Flask(__name__)
# "secret hash" nke Flutterwave dashboard
FLW_SECRET_HASH = "@@secret@@"


@app.post("/webhooks/flw")
def flw():
    if not hmac.compare_digest(request.headers.get("verif-hash", ""), FLW_SECRET_HASH):
        abort(401)
    return "", 200
""", rand_pw(32))

add("blind-kz/java/mongo", "orders-java/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.nosql.mongodb", """spring:
  data:
    mongodb:
      uri: mongodb://orders:@@secret@@@10.0.6.3:27017/orders?authSource=admin
server:
  port: 8082
# Ndetu: replica set na-abịa n'ọnwa ọzọ
""", rand_pw(20))

add("blind-kz/php/env", "shop-laravel/.env", "https://laravel.com/docs/configuration#environment-configuration", """APP_NAME="Akwa Ahia"
APP_ENV=production
APP_URL=https://shop.akwaahia.ng
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=akwa
DB_USERNAME=akwa
DB_PASSWORD=@@secret@@
""", words_pw())

add("blind-kz/ruby/stripe", "export-shop/config/initializers/stripe.rb", "https://docs.stripe.com/keys", """# Ndị ahịa si mba ofesi (diaspora) na-akwụ ụgwọ site na Stripe
Rails.configuration.stripe = {
  publishable_key: 'pk_live_@@pub@@',
  secret_key: '@@secret@@'
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe_key(), pub=fakes.drawn(_seed(), 24))

add("blind-kz/markdown/setup-table", "docs/payments-setup.md", MD, """# Ịtọlite ụgwọ (payments)

Tinye ndị a na `.env` gị:

| Aha | Uru | Ndetu |
|-----|-----|-------|
| `MONNIFY_API_KEY` | `MK_PROD_8QZ1XJ4W` | ọ bụghị nzuzo |
| `MONNIFY_SECRET` | `@@secret@@` | nzuzo! |
| `MONNIFY_CONTRACT` | `627340112` | |
""", rand_pw(32).upper())

add("blind-kz/cron/curl-password", "deploy/cron/price-sync", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# m h dom mon dow command
# Kwa elekere isii ụtụtụ: mezie ọnụahịa akwa na shop
0 6 * * * curl -s -u shopsync:@@secret@@ https://shop.akwaahia.ng/api/prices/sync >/dev/null
30 6 * * * /opt/scripts/notify_prices.sh
0 0 * * 0 /opt/scripts/weekly_report.sh
""", rand_pw(18))

add("blind-kz/csharp/const-key", "Akwa.Pay/PaystackOptions.cs", PAYSTACK, """namespace Akwa.Pay;

// Nhọrọ Paystack (Aba)
public sealed class PaystackOptions
{
    public string BaseUrl { get; init; } = "https://api.paystack.co";
    public string SecretKey { get; init; } = "@@secret@@";
    public int TimeoutSeconds { get; init; } = 30;
}
""", paystack())

add("blind-kz/helm/redis-auth", "charts/cache/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """architecture: standalone
auth:
  enabled: true
  # okwuntughe redis (Onitsha)
  password: "@@secret@@"
master:
  persistence:
    size: 4Gi
""", redis_pw())

add("blind-kz/shell-history/export-token", "ops/history/obinna.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """: 1715590001:0;cd ~/src/stallbook
: 1715590012:0;export GITHUB_TOKEN=@@secret@@
: 1715590020:0;gh release create v2.3.0 --notes "Mgbanwe ọnwa Mee"
: 1715590101:0;git push --tags
: 1715590130:0;exit
""", github_token())

add("blind-kz/python/pymongo-split", "analysis/stall_sales.py", "https://pymongo.readthedocs.io/en/stable/examples/authentication.html", """from pymongo import MongoClient

client = MongoClient(
    host="10.0.6.3",
    username="analyst",
    password="@@secret@@",
    authSource="admin",
)
sales = client.orders.sales
print(sales.count_documents({"market": "ochanja"}))
""", words_pw())

add("blind-kz/yaml/gcp-key-b64", "deploy/gke/backup-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: ledger
data:
  username: @@u@@
  password: @@enc@@
""", _v := words_pw(), enc=b64(_v), u=b64("ledger"))

add("blind-kz/dotenv/mailgun", "notify/.env", ENV, """MAILGUN_DOMAIN=mg.akwaahia.ng
MAILGUN_API_KEY=@@secret@@
MAIL_FROM="Akwa Ahịa <ozi@akwaahia.ng>"
# Echefula: domain a dị na EU region
MAILGUN_REGION=eu
""", mailgun_key())

add("blind-kz/javascript/mysql-pool", "pos-api/db.js", "https://github.com/sidorares/node-mysql2#using-connection-pools", """const mysql = require('mysql2/promise');

// Pool maka POS nke ụlọ ahịa
module.exports = mysql.createPool({
  host: '192.168.8.20',
  user: 'posapi',
  password: '@@secret@@',
  database: 'pos',
  connectionLimit: 5,
});
""", words_pw())

add("blind-kz/terraform/provider-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """terraform {
  required_providers { cloudflare = { source = "cloudflare/cloudflare" } }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "8f2b7c1d0e9a4b3c2d1e0f9a8b7c6d5e"
  name    = "shop"
  type    = "CNAME"
  value   = "akwa-shop.pages.dev"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("blind-kz/kotlin/basic-auth", "android/app/src/main/java/ng/akwa/api/ApiClient.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java", """package ng.akwa.api

import okhttp3.Credentials
import okhttp3.OkHttpClient

// Onye ahịa app na-ejikọ na stock API
val client = OkHttpClient.Builder().addInterceptor { chain ->
    val auth = Credentials.basic("android-app", "@@secret@@")
    chain.proceed(chain.request().newBuilder().header("Authorization", auth).build())
}.build()
""", rand_pw(20))

add("blind-kz/env/database-url", "stallbook/.env", ENV, """DEBUG=0
DATABASE_URL=postgres://stallbook:@@secret@@@10.0.4.2:5432/stallbook
ALLOWED_HOSTS=stallbook.akwaahia.ng
# Ụbọchị ahịa: Eke, Orie, Afọ, Nkwọ
MARKET_DAYS=eke,orie,afo,nkwo
""", rand_pw(20))

add("blind-kz/ps1/azure-sas", "scripts/Get-Photos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", """# Budata foto akwa maka catalog ọhụrụ
$base = "https://akwaphotos.blob.core.windows.net/catalog"
$sas  = "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@secret@@"
Invoke-WebRequest -Uri "$base/list.json$sas" -OutFile list.json
Write-Host "Budatara list.json"
""", fakes.drawn_mixed(_seed(), 43, ALNUM + "%") + "%3D")

add("blind-kz/yaml/grafana-admin", "monitoring/grafana/values.yaml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """grafana:
  adminUser: admin
  adminPassword: @@secret@@
  persistence:
    enabled: true
  ingress:
    hosts: [grafana.nkwuoil.ng]
""", words_pw())

add("blind-kz/python/env-default", "mill/telemetry/settings.py", PYDOC, """import os

# Ọ bụrụ na variable adịghị, jiri nke a (naanị maka mill Nnewi)
DB_HOST = os.getenv("DB_HOST", "10.0.3.4")
DB_USER = os.getenv("DB_USER", "telemetry")
DB_PASSWORD = os.getenv("DB_PASSWORD", "@@secret@@")
SAMPLE_SECONDS = int(os.getenv("SAMPLE_SECONDS", "60"))
""", rand_pw(22))

add("blind-kz/rust/reqwest-bearer", "pricebot/src/paystack.rs", PAYSTACK, """use reqwest::Client;

// Lelee ego a kwụrụ site na Paystack
pub async fn verify(reference: &str) -> reqwest::Result<String> {
    Client::new()
        .get(format!("https://api.paystack.co/transaction/verify/{reference}"))
        .bearer_auth("@@secret@@")
        .send()
        .await?
        .text()
        .await
}
""", paystack())

add("blind-kz/xml/maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <!-- Ebe anyị na-ebupụta ngwugwu Java -->
  <servers>
    <server>
      <id>akwa-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(24))

add("blind-kz/gradle/properties", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Ihe ntinye aka nke app (keystore)
AKWA_KEYSTORE_FILE=../keys/akwa-release.jks
AKWA_KEYSTORE_PASSWORD=@@secret@@
AKWA_KEY_ALIAS=akwa
""", words_pw())

add("blind-kz/markdown/slack-webhook", "docs/alerts.md", MD, """# Mkpu (alerts)

Anyị na-eziga mkpu niile na channel `#mill-mkpu`.

Webhook: @@secret@@

Ọ bụrụ na ọ kwụsị ọrụ, mepụta ọhụrụ n'ime Slack app "Mill Bot".
""", slack_webhook())

add("blind-kz/python/fernet-key", "ledger/crypto.py", "https://cryptography.io/en/latest/fernet/", """from cryptography.fernet import Fernet

# Igodo e ji ezo nọmba akaụntụ ụlọ akụ ndị na-ebubata (suppliers)
KEY = b"@@secret@@"
f = Fernet(KEY)


def seal(account_no: str) -> bytes:
    return f.encrypt(account_no.encode())
""", base64.urlsafe_b64encode(_rng().randbytes(32)).decode())

add("blind-kz/ini/pypirc", "ops/dotfiles/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
# ibulite mill-sdk
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-kz/yaml/openai-action", ".github/workflows/translate.yml", GHA, """name: sụgharịa-docs
on: [workflow_dispatch]
jobs:
  translate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/translate_to_igbo.py docs/
        env:
          OPENAI_API_KEY: "@@secret@@"
""", openai())

add("blind-kz/go/smtp-auth", "internal/mail/send.go", "https://pkg.go.dev/net/smtp#PlainAuth", """package mail

import "net/smtp"

// Zipu akwụkwọ ụgwọ (invoice)
func Send(to []string, body []byte) error {
	auth := smtp.PlainAuth("", "invoice@akwaahia.ng", "@@secret@@", "smtp.zoho.com")
	return smtp.SendMail("smtp.zoho.com:587", auth, "invoice@akwaahia.ng", to, body)
}
""", words_pw())

add("blind-kz/shell/sshpass", "scripts/push_firmware.sh", "https://linux.die.net/man/1/sshpass", """#!/bin/bash
# Bulite firmware ọhụrụ na PLC nke press niile (Oba)
for host in 10.0.5.21 10.0.5.22 10.0.5.23 10.0.5.24; do
  sshpass -p '@@secret@@' scp firmware/press-2.4.bin plc@$host:/update/
  echo "emechala $host"
done
""", words_pw())

add("blind-kz/txt/handover-note", "notes/nnyefe-oru-emeka.txt", MD, """Nnyefe ọrụ - Emeka -> Chiamaka
-------------------------------
1. Paystack dashboard: Chiamaka nwere ohere ugbu a.
2. Server Hetzner: root password bụ @@secret@@ (gbanwee ya ozugbo!)
3. Backup na-agba kwa abalị na 02:00.
4. Ndị ahịa nke Ochanja na-akpọ n'ọnụ ọgụgụ 0803 ...
""", words_pw())

add("blind-kz/json/appsettings-storage", "Akwa.Photos/appsettings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """{
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=akwaphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "Container": "catalog"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", azure_storage_key())

add("blind-kz/php/array-split", "shop/lib/sms.php", "https://developers.africastalking.com/docs/sms/sending", """<?php
// SMS nye ndị ahịa mgbe akwa ha rutere
$username = 'akwaahia';
$apiKey = implode('', ['@@a@@',
                       '@@b@@']);
$at = new AfricasTalking\\SDK\\AfricasTalking($username, $apiKey);
$at->sms()->send(['to' => $phone, 'message' => 'Akwa gị erutela ụlọ ahịa A14.']);
""", _v := at_key(), a=_v[:30], b=_v[30:])

add("blind-kz/yaml/pem-in-ansible", "ansible/roles/gateway/vars/main.yml", "https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html", """---
# Igodo SSH nke gateway (ka e bugharịa ya na ansible-vault!)
gateway_user: mill
gateway_ssh_key: |
  @@key@@
gateway_port: 2222
""", _k := pem("OPENSSH"), key=_k.replace("\n", "\n  "))

add("blind-kz/dotenv/quoted-redis", "pricebot/.env", ENV, """TELEGRAM_CHAT=-1002219988
REDIS_HOST=10.0.6.8
REDIS_PASSWORD="@@secret@@"
# ọnụahịa na-agbanwe kwa elekere
REFRESH_MINUTES=60
""", redis_pw())

add("blind-kz/python/boto-split-json", "lambda/invoice_pdf/handler.py", "https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html", """import json

# Ntọala e debere n'ime JSON (Uchenna: anyị ga-akwaga ya na Secrets Manager)
SETTINGS = json.loads('''{
  "bucket": "akwa-invoices",
  "sendgrid_key": "@@secret@@"
}''')


def handler(event, context):
    return {"statusCode": 200, "body": SETTINGS["bucket"]}
""", sendgrid_key())

add("blind-kz/toml/cargo-registry", "pricebot/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# Registry nke anyị
[registries.akwa]
token = "@@secret@@"

[registry]
default = "akwa"
""", "cio" + fakes.drawn_mixed(_seed(), 32))

add("blind-kz/html/js-inline", "shop/templates/checkout.html", "https://paystack.com/docs/payments/accept-payments/", """<!doctype html>
<html lang="ig">
<body>
  <button id="kwụọ">Kwụọ ụgwọ</button>
  <script>
    // Biko: naanị public key kwesịrị ịnọ ebe a, ọ bụghị secret
    const PAYSTACK_KEY = "@@secret@@";
    document.getElementById("kwụọ").onclick = () => PaystackPop.setup({ key: PAYSTACK_KEY }).openIframe();
  </script>
</body>
</html>
""", paystack())

add("blind-kz/sql/dblink", "db/reports/cross_mill.sql", "https://www.postgresql.org/docs/current/dblink.html", """-- Nchikọta mmanụ a kpara na mill abụọ
SELECT n.day, n.litres AS nnewi, o.litres AS oba
FROM daily_output n
JOIN dblink('host=10.0.5.4 dbname=telemetry user=reader password=@@secret@@',
            'SELECT day, litres FROM daily_output') AS o(day date, litres numeric)
  ON o.day = n.day
ORDER BY n.day DESC
LIMIT 30;
""", rand_pw(16))

add("blind-kz/k8s/env-literal", "k8s/aba/stock-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: stock
  namespace: ariaria
spec:
  template:
    spec:
      containers:
        - name: stock
          image: registry.akwaahia.ng/stock:1.8.3
          env:
            - name: DB_PASSWORD
              value: "@@secret@@"
""", rand_pw(22))

add("blind-kz/javascript/gitlab-api", "tools/open-issue.js", "https://docs.gitlab.com/ee/api/issues.html", """// Mepụta issue mgbe nnwale mill daa
const TOKEN = "@@secret@@";

fetch("https://gitlab.com/api/v4/projects/48211901/issues", {
  method: "POST",
  headers: { "PRIVATE-TOKEN": TOKEN, "Content-Type": "application/json" },
  body: JSON.stringify({ title: "Nnwale press #2 dara" }),
});
""", gitlab_token())

add("blind-kz/notebook/postgres", "analysis/oil_yield.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "# mmanụ ole ka anyị nwetara n'otu tọn mkpụrụ\\n",
    "df = pd.read_sql('select * from yield', 'postgresql://analyst:@@secret@@@10.0.3.4/telemetry')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("blind-kz/yaml/sendgrid-smtp", "config/mailer.yml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", """mailer:
  host: smtp.sendgrid.net
  port: 587
  user: apikey
  pass: @@secret@@
  from: ozi@akwaahia.ng
""", sendgrid_key())

add("blind-kz/csv/api-keys-sheet", "ops/vendors.csv", "https://www.rfc-editor.org/rfc/rfc4180", """vendor,purpose,owner,key,notes
Termii,SMS,Ngozi,,env var
Paystack,ego,Adaeze,@@secret@@,live
Flutterwave,ego,Adaeze,,na vault
Zoho,email,Chinedu,,SSO
""", paystack())

add("blind-kz/shell/docker-login", "scripts/release_stock.sh", "https://docs.docker.com/engine/reference/commandline/login/", """#!/usr/bin/env bash
set -e
# Wuo ma bulite image ọhụrụ
echo "@@secret@@" | docker login registry.akwaahia.ng -u ci --password-stdin
docker build -t registry.akwaahia.ng/stock:"$1" .
docker push registry.akwaahia.ng/stock:"$1"
""", rand_pw(24))

# ---------------------------------------------------------------- decoys

add("blind-kz/dotenv/decoy-placeholder", "nnewi-mill/.env.example", ENV, """# Depụta faịlụ a ka ọ bụrụ .env ma dochie uru ndị a
APP_ENV=development
PORT=8080
PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_CALLBACK_URL=http://localhost:8080/callback
DB_PASSWORD=<tinye-okwuntughe-gi-ebe-a>
""")

add("blind-kz/python/decoy-env-reference", "ahia/payments/flw_env.py", PYDOC, """import os

import requests

# Igodo si na environment (Vault na-etinye ya)
FLW_SECRET = os.environ["FLW_SECRET_KEY"]


def verify(tx_id: int) -> dict:
    headers = {"Authorization": f"Bearer {FLW_SECRET}"}
    return requests.get(f"https://api.flutterwave.com/v3/transactions/{tx_id}/verify", headers=headers, timeout=20).json()
""")

add("blind-kz/yaml/decoy-secret-ref", "deploy/onitsha-stock/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """replicaCount: 2
image:
  repository: registry.akwaahia.ng/stock
  tag: "1.8.3"
postgresql:
  auth:
    username: stock
    existingSecret: stock-db
    secretKeys:
      userPasswordKey: password
""")

add("blind-kz/k8s-secret/decoy-empty", "k8s/aba/termii-secret.template.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: ariaria
type: Opaque
data:
  TERMII_API_KEY: ""
  SENDER_ID: @@sender@@
""", sender=b64("AkwaAba"))

add("blind-kz/markdown/decoy-masked", "wiki/ochanja-stall-pos-v2.md", MD, """# POS nke ụlọ ahịa Ochanja (mmelite)

| Ihe | Uru |
|-----|-----|
| host | 192.168.8.20 |
| user | posadmin |
| okwuntughe | `********` (lee 1Password: "Ochanja POS") |

Anyị ewepụla okwuntughe n'ebe a. Jụọ Ngozi ma ọ bụrụ na ị chọrọ ya.
""")

add("blind-kz/shell/decoy-aws-profile", "scripts/backup_ledger_v2.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """#!/usr/bin/env bash
# Backup akwụkwọ ego - ugbu a na-eji profile (SSO)
set -euo pipefail
export AWS_PROFILE=ledger-backup
aws sso login --profile "$AWS_PROFILE"
pg_dump -Fc ledger > /tmp/ledger.dump
aws s3 cp /tmp/ledger.dump "s3://nkwu-ledger-backup/$(date +%F).dump"
""")

add("blind-kz/php/decoy-public-key", "shop/config/paystack-public.php", PAYSTACK, """<?php
// Naanị public key dị ebe a (ọ dị mma na browser)
return [
    'publicKey' => 'pk_live_@@pub@@',
    'secretKey' => getenv('PAYSTACK_SECRET_KEY'),
    'paymentUrl' => 'https://api.paystack.co',
];
""", pub=hexs(40))

add("blind-kz/kotlin/decoy-public-key", "android/app/src/main/java/ng/akwa/pay/FlwPublic.kt", FLW, """package ng.akwa.pay

// Public key Flutterwave - ọ bụghị nzuzo (docs kwuru na ọ dị mma n'ime app)
object FlwPublic {
    const val PUBLIC_KEY = "@@pub@@"
    const val CURRENCY = "NGN"
    const val COUNTRY = "NG"
}
""", pub=flw_public())

add("blind-kz/sql/decoy-bcrypt-hash", "db/seeds/003_admin_user.sql", "https://en.wikipedia.org/wiki/Bcrypt", """-- Onye nlekọta mbụ (hash bcrypt, ọ bụghị okwuntughe n'onwe ya)
INSERT INTO users (email, full_name, password_hash, role)
VALUES ('adaeze@akwaahia.ng', 'Adaeze Okafor',
        '$2b$12$@@h@@',
        'admin');
-- Adaeze ga-agbanwe okwuntughe ya mgbe ọ banyere na mbụ
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-kz/txt/decoy-checksums", "releases/mill-agent-2.4.0.sha256", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """@@a@@  mill-agent-2.4.0-linux-amd64.tar.gz
@@b@@  mill-agent-2.4.0-linux-arm64.tar.gz
@@c@@  mill-agent-2.4.0-linux-armv7.tar.gz
@@d@@  mill-agent-2.4.0-windows-amd64.zip
@@e@@  press-firmware-2.4.bin
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("blind-kz/go/decoy-env", "cmd/millstat/main_env.go", "https://pkg.go.dev/os#Getenv", """package main

import (
	"database/sql"
	"log"
	"os"
)

// DSN si na environment (ọ dịghị n'ime code)
func open() *sql.DB {
	db, err := sql.Open("postgres", os.Getenv("MILLSTAT_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	return db
}
""")

add("blind-kz/gha/decoy-secrets-context", ".github/workflows/deploy-shop.yml", GHA, """name: deploy-shop
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
          PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("blind-kz/terraform/decoy-variable", "infra/owerri/variables.tf", TF, """variable "db_password" {
  description = "Okwuntughe database (si na TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "eu-west-1"
}
""")

add("blind-kz/terraform/decoy-data-source", "infra/owerri/secrets.tf", TF, """# Weta okwuntughe site na Secrets Manager
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "owerri/ledger/db-password"
}

resource "aws_db_instance" "ledger" {
  identifier     = "ledger-owerri"
  engine         = "postgres"
  instance_class = "db.t3.small"
  username       = "ledger"
  password       = data.aws_secretsmanager_secret_version.db.secret_string
}
""")

add("blind-kz/markdown/decoy-doc-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """# Ịtọlite AWS CLI

Nke a bụ ihe atụ site na akwụkwọ AWS (ọ bụghị igodo anyị):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Jiri `aws configure sso` kama.
""")

add("blind-kz/python/decoy-test-fixture", "ahia/tests/test_paystack.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

# Igodo adịgboroja maka ule - ọ naghị arụ ọrụ n'ezie
FAKE_SECRET = "sk_test_0000000000000000000000000000000000000000"


@pytest.fixture
def client():
    from ahia.payments.paystack import Paystack
    return Paystack(secret=FAKE_SECRET, base_url="http://localhost:9999")


def test_headers(client):
    assert client.headers()["Authorization"].startswith("Bearer sk_test_")
""")

add("blind-kz/log/decoy-redacted", "logs/sync-2024-05-09.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """2024-05-09 06:00:01 INFO  sync starting (mill=oba)
2024-05-09 06:00:01 DEBUG pushing to https://sync:***@central.nkwuoil.ng/api/v1/readings
2024-05-09 06:00:03 INFO  pushed 1440 readings
2024-05-09 06:00:03 DEBUG auth header: Authorization: Bearer [REDACTED]
2024-05-09 06:00:04 INFO  sync done in 2.8s
""")

add("blind-kz/compose/decoy-env-file", "docker-compose.prod.yml", COMPOSE, """services:
  api:
    image: registry.akwaahia.ng/api:2.1
    env_file: .env.production
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD}@cache:6379/0
  cache:
    image: redis:7
    command: ["sh", "-c", "redis-server --requirepass \\"$$REDIS_PASSWORD\\""]
""")

add("blind-kz/notes/decoy-password-policy", "notes/iwu-okwuntughe.md", MD, """# Iwu okwuntughe (password policy)

- Okwuntughe ga-enwe opekata mpe mkpụrụedemede 14.
- Ejila aha gị, aha ahịa, ma ọ bụ "Nkwu2024" dị ka okwuntughe.
- Ihe atụ ọjọọ: `password123`, `akwa1234`, `changeme`.
- Jiri 1Password (vault: "Nkwu Oil Ops") debe okwuntughe niile.
- Gbanwee okwuntughe kwa ọnwa atọ.
""")

add("blind-kz/json/decoy-firebase-client", "android/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "project_info": {
    "project_number": "412883019920",
    "project_id": "akwa-ahia-app",
    "storage_bucket": "akwa-ahia-app.appspot.com"
  },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:412883019920:android:@@app@@" },
    "oauth_client": []
  }],
  "configuration_version": "1"
}
""", app=hexs(22))

add("blind-kz/pem/decoy-certificate", "deploy/keys/mill-gateway.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(6)))

add("blind-kz/pem/decoy-public-key", "deploy/keys/mill-gateway.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN PUBLIC KEY-----
@@body@@
-----END PUBLIC KEY-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(4)) + "\nIDAQAB")

add("blind-kz/ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# Ndị otu nwere ike ịbanye na server mill
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ chinedu@nnewi
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ ngozi@onitsha
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@ ikenna@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@ ci@gitlab
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 43, ALNUM + "+/"), d=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-kz/csharp/decoy-user-secrets", "Akwa.Inventory/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "ConnectionStrings": {
    "Inventory": "Server=tcp:akwa-sql.database.windows.net,1433;Database=inventory;Authentication=Active Directory Managed Identity;Encrypt=True;"
  },
  "UserSecretsId": "@@uid@@",
  "AllowedHosts": "*"
}
""", uid=uuid_s())

add("blind-kz/ruby/decoy-credentials-ref", "ops/lib/receipt_mailer_v2.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """require 'mailgun-ruby'

# Igodo si na Rails credentials (ezoro ezo)
MG = Mailgun::Client.new(Rails.application.credentials.dig(:mailgun, :api_key))

def send_receipt(to, body)
  MG.send_message('mg.akwaahia.ng', from: 'receipts@akwaahia.ng', to: to, subject: 'Daalụ', text: body)
end
""")

add("blind-kz/yaml/decoy-rails-credentials-ref", "stallbook-rb/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """# Foto akwa ndị ahịa na-ebulite (igodo si na credentials.yml.enc)
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-1
  bucket: stallbook-uploads
""")

add("blind-kz/ansible/decoy-vault-encrypted", "ansible/group_vars/mills_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-kz/ansible/decoy-vault-ref", "ansible/group_vars/mills_v2.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """---
# Mills niile - okwuntughe si na vault
timezone: Africa/Lagos
postgres_users:
  - name: telemetry
    password: "{{ vault_telemetry_db_password }}"
    db: telemetry
ansible_become_password: "{{ vault_become_password }}"
""")

add("blind-kz/javascript/decoy-env", "notify/src/mailer_env.js", NODE, """const sgMail = require('@sendgrid/mail');

// Igodo si na process.env (Render dashboard)
sgMail.setApiKey(process.env.SENDGRID_API_KEY);

if (!process.env.SENDGRID_API_KEY) {
  throw new Error('SENDGRID_API_KEY adịghị - tinye ya na environment');
}
""")

add("blind-kz/typescript/decoy-publishable", "shop-web/src/config.ts", "https://docs.stripe.com/keys#obtain-api-keys", """// Ihe ndị a dị mma n'ime browser (publishable)
export const config = {
  stripePublishableKey: "pk_live_@@pk@@",
  paystackPublicKey: "pk_live_@@ps@@",
  apiBase: "https://api.akwaahia.ng",
  currency: "NGN",
};
""", pk=fakes.drawn(_seed(), 24), ps=hexs(40))

add("blind-kz/yaml/decoy-sealed-secret", "k8s/owerri/api-keys-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: api-keys
  namespace: owerri
spec:
  encryptedData:
    PAYSTACK_SECRET_KEY: Ag@@ct@@
""", ct=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("blind-kz/k8s/decoy-external-secret", "k8s/enugu/erp-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: erp-db
  namespace: enugu
spec:
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: erp-db }
  data:
    - secretKey: DATABASE_URL
      remoteRef: { key: enugu/erp/database-url }
""")

add("blind-kz/k8s/decoy-secret-key-ref", "k8s/aba/stock-deployment-v2.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: stock
  namespace: ariaria
spec:
  template:
    spec:
      containers:
        - name: stock
          image: registry.akwaahia.ng/stock:1.9.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: stock-db, key: password }
""")

add("blind-kz/python/decoy-keyring", "mill/telemetry/db_keyring.py", "https://pypi.org/project/keyring/", """import keyring
import psycopg2

# Okwuntughe dị na keyring nke kọmputa (ọ bụghị na code)
PASSWORD = keyring.get_password("telemetry-db", "telemetry")


def connect():
    return psycopg2.connect(host="10.0.3.4", dbname="telemetry", user="telemetry", password=PASSWORD)
""")

add("blind-kz/markdown/decoy-readme-setup", "pricebot/README.md", MD, """# pricebot

Bot na-ekwupụta ọnụahịa mmanụ nkwụ na akwa kwa ụtụtụ.

```bash
cp .env.example .env
# dochie TELEGRAM_TOKEN=<token-gi-site-na-BotFather>
docker compose up -d
```

Ọ bụrụ na ị nweghị token, jụọ @BotFather na Telegram.
""")

add("blind-kz/dotenv/decoy-empty", "sms/.env.sample", ENV, """# SMS - dejupụta ndị a n'ime .env.production (ọ bụghị ebe a)
AT_USERNAME=sandbox
AT_API_KEY=
AT_SENDER_ID=
SMS_DAILY_LIMIT=50
""")

add("blind-kz/python/decoy-uuid-ids", "ahia/constants.py", PYDOC, """# Njirimara (ids) nke ụlọ ahịa - ọ bụghị nzuzo
STALL_IDS = {
    "ochanja-a14": "@@a@@",
    "ariaria-b02": "@@b@@",
    "ogbete-c09": "@@c@@",
    "eke-awka-d21": "@@d@@",
}
DEFAULT_CURRENCY = "NGN"
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-kz/json/decoy-package-lock", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "akwa-web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/zod": {
      "version": "3.22.4",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.22.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-kz/log/decoy-git-shas", "logs/deploy-history.log", "https://git-scm.com/docs/git-rev-parse", """2024-05-01 deploy stock @@a@@ by chinedu (ok)
2024-05-03 deploy stock @@b@@ by ngozi (ok)
2024-05-07 deploy stock @@c@@ by ikenna (rollback - njehie na invoice)
2024-05-07 deploy stock @@d@@ by ikenna (ok)
2024-05-12 deploy shop  @@e@@ by adaeze (ok)
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(40))

add("blind-kz/csv/decoy-transactions", "reports/paystack-settlements-may.csv", "https://www.rfc-editor.org/rfc/rfc4180", """reference,amount_ngn,status,customer_email,authorization_code
T7@@r1@@,45000,success,chioma@example.com,AUTH_@@a1@@
T7@@r2@@,12500,success,okeke@example.com,AUTH_@@a2@@
T7@@r3@@,88000,failed,nnamdi@example.com,
T7@@r4@@,23000,success,ada@example.com,AUTH_@@a4@@
""", r1=hexs(12), r2=hexs(12), r3=hexs(12), r4=hexs(12), a1=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits),
    a2=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits), a4=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits))

add("blind-kz/notes/decoy-rotation-log", "notes/ngbanwe-igodo.md", MD, """# Ndekọ mgbanwe igodo (key rotation)

| Ụbọchị | Igodo | Onye | Ebe ọ dị ugbu a |
|--------|-------|------|-----------------|
| 2024-02-10 | Paystack secret | Adaeze | Vault `kv/ahia/paystack` |
| 2024-03-02 | Flutterwave secret | Adaeze | Vault `kv/ahia/flw` |
| 2024-04-18 | DB telemetry | Chinedu | Vault `kv/mill/telemetry` |

Igodo ochie niile ka e kagburu (revoked). Edela igodo ọhụrụ n'ebe a.
""")

add("blind-kz/html/decoy-docs-example", "docs/internal/api-howto.html", "https://paystack.com/docs/api/authentication/", """<!doctype html>
<html lang="ig">
<body>
  <h2>Otu esi akpọ Paystack API</h2>
  <pre>curl https://api.paystack.co/transaction/verify/:reference \\
  -H "Authorization: Bearer YOUR_SECRET_KEY"</pre>
  <p>Dochie <code>YOUR_SECRET_KEY</code> na igodo si na Vault.</p>
</body>
</html>
""")

add("blind-kz/go/decoy-test-constant", "internal/notify/slack_test.go", "https://pkg.go.dev/testing", """package notify

import "testing"

// Token adịgboroja maka ule - httptest server na-aza ya
const fakeToken = "xoxb-test-token-not-real"

func TestDaily(t *testing.T) {
	srv := newFakeSlack(t, fakeToken)
	defer srv.Close()
	if err := dailyWith(srv.URL, fakeToken, "₦120,000"); err != nil {
		t.Fatal(err)
	}
}
""")

add("blind-kz/rust/decoy-env", "kpakpando-chat/src/config_env.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """use std::env;

// Igodo OpenAI si na environment
pub fn api_key() -> String {
    env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY adịghị")
}

pub const MODEL: &str = "gpt-4o-mini";
""")

add("blind-kz/powershell/decoy-secret-management", "scripts/Upload-Invoices-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# Bulite invoice - igodo si na SecretStore
$account = "akwainvoices"
$key = Get-Secret -Name "AkwaInvoicesKey" -AsPlainText
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem C:\\Invoices\\*.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "invoices" -Context $ctx -Force
}
""")

add("blind-kz/swift/decoy-info-plist", "ios/AkwaShop/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>PaystackPublicKey</key>
  <string>pk_live_@@pk@@</string>
  <key>PaystackSecretKey</key>
  <string>$(PAYSTACK_SECRET_KEY)</string>
  <key>CFBundleDisplayName</key>
  <string>Akwa Ahịa</string>
</dict>
</plist>
""", pk=hexs(40))

add("blind-kz/shell-history/decoy-vault-commands", "ops/history/chinedu.bash_history", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """vault login -method=oidc
vault kv get -field=secret kv/ahia/paystack
export PAYSTACK_SECRET_KEY=$(vault kv get -field=secret kv/ahia/paystack)
./bin/ahia serve --port 8080
history -c
""")

add("blind-kz/ini/decoy-placeholder", "mill-reports/config.example.ini", "https://docs.python.org/3/library/configparser.html", """[smtp]
; dochie ndị a tupu ị gbaa script
host = smtp.zoho.com
port = 587
user = akuko@nkwuoil.ng
password = CHANGE_ME

[report]
mills = nnewi, oba, ihiala
""")

add("blind-kz/yaml/decoy-helm-template", "charts/payments/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "payments.fullname" . }}
type: Opaque
data:
  MONNIFY_SECRET: {{ .Values.monnify.secretKey | b64enc | quote }}
  MONNIFY_API_KEY: {{ .Values.monnify.apiKey | b64enc | quote }}
""")

add("blind-kz/docker/decoy-build-secret", "web/Dockerfile.secure", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# Token npm na-abata site na --secret (ọ naghị anọ n'ime image)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""")

add("blind-kz/gitlab-ci/decoy-masked-var", ".gitlab-ci.release.yml", "https://docs.gitlab.com/ee/ci/variables/", """release:
  stage: release
  script:
    # RELEASE_TOKEN bụ masked variable na Settings > CI/CD
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/app.tar.gz "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/app/1.0/app.tar.gz"'
  rules:
    - if: $CI_COMMIT_TAG
""")

add("blind-kz/python/decoy-hash-compare", "ahia/webhooks/paystack_sig.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", """import hashlib
import hmac
import os

# Lelee mbinye aka (signature) nke webhook Paystack
def valid(body: bytes, signature: str) -> bool:
    secret = os.environ["PAYSTACK_SECRET_KEY"].encode()
    expected = hmac.new(secret, body, hashlib.sha512).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("blind-kz/json/decoy-webhook-payload", "ahia/tests/fixtures/paystack_charge_success.json", "https://paystack.com/docs/payments/webhooks/", """{
  "event": "charge.success",
  "data": {
    "id": 302961,
    "reference": "qTPrJoy9Bx",
    "amount": 4500000,
    "currency": "NGN",
    "authorization": { "authorization_code": "AUTH_8dfhjjdt", "last4": "4081", "bank": "TEST BANK" },
    "customer": { "email": "chioma@example.com" }
  },
  "signature": "@@sig@@"
}
""", sig=hexs(128))

add("blind-kz/java/decoy-value-annotation", "erp/src/main/java/ng/nkwu/erp/pay/PaystackProps.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """package ng.nkwu.erp.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PaystackProps {
    // Igodo si na application.yml -> ${PAYSTACK_SECRET_KEY}
    @Value("${paystack.secret-key}")
    private String secretKey;

    public String secretKey() { return secretKey; }
}
""")

add("blind-kz/properties/decoy-spring-env", "erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """# ERP prod - okwuntughe si na environment
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/erp
spring.datasource.username=erp_app
spring.datasource.password=${ERP_DB_PASSWORD}
paystack.secret-key=${PAYSTACK_SECRET_KEY}
server.port=8081
""")

add("blind-kz/xml/decoy-maven-env", "ci/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <server>
      <id>akwa-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-kz/csharp/decoy-keyvault", "Akwa.Pay/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// Igodo niile si na Key Vault (akwa-kv)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://akwa-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "Akwa.Pay dị ndụ");
app.Run();
""")

add("blind-kz/yaml/decoy-ci-example", ".circleci/config.example.yml", "https://circleci.com/docs/contexts/", """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    # GH_TOKEN si na context "akwa-release" (ọ dịghị ebe a)
    steps:
      - checkout
      - run: npx semantic-release
workflows:
  release:
    jobs:
      - publish: { context: akwa-release }
""")

add("blind-kz/toml/decoy-netlify", "shop-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # PAYSTACK_SECRET_KEY dị na Netlify UI, ọ bụghị ebe a
  PUBLIC_PAYSTACK_KEY = "pk_live_@@pk@@"
""", pk=hexs(40))

add("blind-kz/notebook/decoy-getpass", "analysis/supplier_payments.ipynb", "https://docs.python.org/3/library/getpass.html", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import pandas as pd\\n",
    "pw = getpass('Okwuntughe database: ')\\n",
    "df = pd.read_sql('select * from payments', f'postgresql://analyst:{pw}@10.0.3.4/ledger')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kz/sql/decoy-hashed-tokens", "db/migrations/0011_api_tokens.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- Anyị na-echekwa naanị hash nke token (sha256)
CREATE TABLE api_tokens (
  id serial PRIMARY KEY,
  stall_code text NOT NULL,
  token_sha256 char(64) NOT NULL
);
INSERT INTO api_tokens (stall_code, token_sha256) VALUES
  ('A14', '@@h1@@'),
  ('B02', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))

add("blind-kz/markdown/decoy-masked-keys", "docs/payments-setup-v2.md", MD, """# Ịtọlite ụgwọ (mmelite)

| Aha | Uru | Ebe ọ dị |
|-----|-----|----------|
| `PAYSTACK_SECRET_KEY` | `sk_live_••••••••••••3f9a` | Vault |
| `FLW_SECRET_KEY` | `FLWSECK-****************-X` | Vault |
| `MONNIFY_SECRET` | (ezoro ezo) | Vault |

Naanị mkpụrụ anọ ikpeazụ ka e gosiri.
""")

add("blind-kz/log/decoy-jwt-header-only", "logs/auth-debug.log", "https://www.rfc-editor.org/rfc/rfc7519", """2024-06-02T10:01:10Z DEBUG token header decoded: {"alg":"RS256","kid":"@@kid@@"}
2024-06-02T10:01:10Z DEBUG issuer=https://auth.akwaahia.ng audience=stock-api
2024-06-02T10:01:10Z INFO  user=ngozi stall=A14 scopes=stock:read
2024-06-02T10:01:11Z DEBUG token=eyJhbGciOi...[truncated]
2024-06-02T10:01:11Z INFO  200 GET /v1/stock
""", kid=hexs(16))

add("blind-kz/compose/decoy-docker-secrets", "deploy/stock/compose.secrets.yml", "https://docs.docker.com/compose/use-secrets/", """services:
  stock:
    image: registry.akwaahia.ng/stock:1.9.0
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("blind-kz/shell/decoy-read-prompt", "scripts/setup_pgpass_v2.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """#!/bin/bash
# Mee .pgpass - script ga-ajụ gị okwuntughe
read -r -s -p "Okwuntughe backup: " PW
echo
printf '10.0.3.4:5432:ledger:backup:%s\\n' "$PW" > ~/.pgpass
chmod 600 ~/.pgpass
""")

add("blind-kz/python/decoy-settings-env", "stallbook/stallbook/settings_env.py", "https://docs.djangoproject.com/en/stable/topics/settings/", """import os

from .settings import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "stallbook.akwaahia.ng").split(",")
# Ndetu: igodo a dị na Render environment group "stallbook-prod"
""")

add("blind-kz/python/decoy-dev-insecure", "stallbook/stallbook/settings_dev.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """from .settings import *  # noqa

# Naanị maka kọmputa gị (development) - ọ bụghị production
DEBUG = True
SECRET_KEY = "django-insecure-dev-only-do-not-use-in-production"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
""")

add("blind-kz/yaml/decoy-openapi", "docs/api/openapi.yaml", "https://swagger.io/specification/", """openapi: 3.0.3
info: { title: Stock API nke Akwa Ahịa, version: "1.9" }
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer, bearerFormat: JWT }
    apiKey: { type: apiKey, in: header, name: X-Api-Key }
security:
  - bearerAuth: []
paths:
  /v1/stock:
    get:
      summary: Ndepụta akwa dị n'ụlọ ahịa
      responses: { "200": { description: OK } }
""")

add("blind-kz/env/decoy-local-defaults", "pos-api/.env.development", ENV, """# Maka development n'ime docker (db nke nnwale)
DB_HOST=localhost
DB_USER=root
DB_PASSWORD=
DB_NAME=pos_dev
PAYSTACK_SECRET_KEY=sk_test_your_test_key_here
""")

add("blind-kz/javascript/decoy-firebase-web", "shop-web/src/firebase.js", "https://firebase.google.com/docs/web/setup#config-object", """import { initializeApp } from "firebase/app";

// Config Firebase nke web - ọ bụghị nzuzo (Security Rules na-echekwa data)
export const app = initializeApp({
  projectId: "akwa-ahia-app",
  authDomain: "akwa-ahia-app.firebaseapp.com",
  storageBucket: "akwa-ahia-app.appspot.com",
  messagingSenderId: "412883019920",
  appId: "1:412883019920:web:@@app@@",
});
""", app=hexs(22))

add("blind-kz/terraform/decoy-random-password", "infra/enugu/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """# Terraform na-emepụta okwuntughe, na-edebe ya na SSM
resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/enugu/erp/db-password"
  type  = "SecureString"
  value = random_password.db.result
}
""")

add("blind-kz/ruby/decoy-env-fetch", "export-shop/config/initializers/stripe_env.rb", "https://docs.stripe.com/keys", """# Igodo Stripe si na ENV
Rails.configuration.stripe = {
  publishable_key: ENV.fetch('STRIPE_PUBLISHABLE_KEY'),
  secret_key: ENV.fetch('STRIPE_SECRET_KEY')
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("blind-kz/php/decoy-getenv", "shop/wp-config-docker.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** WordPress n'ime Docker - uru niile si na environment */
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db:3306' );
$table_prefix = 'wp_';
""")

add("blind-kz/go/decoy-flag", "cmd/pricebot/main.go", "https://pkg.go.dev/flag", """package main

import (
	"flag"
	"os"
)

var (
	listen = flag.String("listen", ":8090", "adreesị")
	token  = flag.String("telegram-token", os.Getenv("TELEGRAM_TOKEN"), "token bot (si na env)")
)

func main() {
	flag.Parse()
	run(*listen, *token)
}
""")

add("blind-kz/rst/decoy-runbook", "docs/runbook/restore-v2.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """Iweghachi database (restore) - mmelite
=====================================

1. Kwụsị ọrụ ``telemetry-api``.
2. Weta okwuntughe site na Vault::

      export PGPASSWORD=$(vault kv get -field=password kv/mill/postgres)
      pg_restore -h 10.0.3.4 -U postgres -d telemetry latest.dump

3. Malitegharịa ọrụ ahụ.
""")

add("blind-kz/csv/decoy-device-ids", "ops/mill-sensors.csv", "https://www.rfc-editor.org/rfc/rfc4180", """sensor_id,mill,type,mac,firmware_sha1
@@u1@@,nnewi,boiler-temp,b8:27:eb:41:0c:12,@@s1@@
@@u2@@,nnewi,tank-level,b8:27:eb:41:0c:2f,@@s2@@
@@u3@@,oba,press-rpm,dc:a6:32:09:7e:aa,@@s3@@
@@u4@@,ihiala,tank-level,dc:a6:32:09:7e:b4,@@s4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40))

add("blind-kz/ps1/decoy-credential-prompt", "scripts/Export-Sales-v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """# Mpụta ahịa - ọ ga-ajụ gị user na okwuntughe
$cred = Get-Credential -Message "Banye na akwa-sql"
$query = "SELECT * FROM dbo.Sales WHERE MONTH(SoldAt) = MONTH(GETDATE())"
Invoke-Sqlcmd -ServerInstance "akwa-sql.database.windows.net" -Database "inventory" -Credential $cred -Query $query |
  Export-Csv -Path "C:\\Reports\\sales.csv" -NoTypeInformation
""")

add("blind-kz/kotlin/decoy-buildconfig", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """android {
    defaultConfig {
        applicationId = "ng.akwa.shop"
        // Igodo si na local.properties / CI env, ọ bụghị ebe a
        buildConfigField("String", "FLW_PUBLIC_KEY", "\\"${System.getenv("FLW_PUBLIC_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") { storePassword = System.getenv("AKWA_KEYSTORE_PASSWORD") }
    }
}
""")

add("blind-kz/notes/decoy-meeting", "notes/nzukọ-otu-2024-06-03.md", MD, """# Nzukọ otu - 3 Juun 2024

Ndị bịara: Chinedu, Ngozi, Ikenna, Adaeze, Obinna

- Ikenna hụrụ igodo Paystack n'ime app iOS; anyị kagburu ya ma mepụta ọhụrụ.
- Igodo ọhụrụ dị naanị na Vault (`kv/ahia/paystack`). Onye ọ bụla: ejila ya n'ime code!
- gitleaks ga-agba na CI site n'izu a.
- Ụgwọ ọkụ mill Oba: ₦1.2m (diesel) - Obinna ga-eleba anya.
""")

add("blind-kz/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """version: 2
registries:
  akwa-npm:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_READ_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [akwa-npm]
    schedule: { interval: weekly }
""")

add("blind-kz/json/decoy-jwks", "auth/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """{
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

add("blind-kz/ssh/decoy-known-hosts", "ansible/roles/base/files/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """# Server mill ndị anyị maara
10.0.3.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@
10.0.5.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
10.0.6.3 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-kz/shell/decoy-gen-password", "scripts/new_stall_user.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """#!/bin/bash
# Mepụta onye ọrụ ọhụrụ maka ụlọ ahịa; okwuntughe a na-emepụta ozugbo
STALL="$1"
PW=$(openssl rand -base64 18)
mysql -e "CREATE USER 'pos_${STALL}'@'%' IDENTIFIED BY '${PW}'"
echo "$PW" | gpg --encrypt -r ngozi@akwaahia.ng > "creds/${STALL}.gpg"
""")

add("blind-kz/yaml/decoy-sops", "k8s/enugu/secrets.enc.yaml", "https://github.com/getsops/sops", """apiVersion: v1
kind: Secret
metadata:
    name: erp-db
stringData:
    DATABASE_URL: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2024-05-20T08:11:02Z"
    version: 3.8.1
""", d=base64.b64encode(_rng().randbytes(60)).decode(), iv=base64.b64encode(_rng().randbytes(32)).decode(),
    tag=base64.b64encode(_rng().randbytes(16)).decode())

add("blind-kz/txt/decoy-gpg-public", "keys/ngozi-public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """-----BEGIN PGP PUBLIC KEY BLOCK-----

@@body@@
=Xk3p
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(5)))

add("blind-kz/python/decoy-example-value", "ahia/payments/README_snippet.py", PAYSTACK, """# Ihe atụ maka akwụkwọ (docs) - dochie uru ndị a
from ahia.payments.paystack import Paystack

client = Paystack(secret="sk_live_<DOCHIE_NKE_A>")
resp = client.verify("REFERENCE_GI")
print(resp["status"])
""")

add("blind-kz/log/decoy-masked-card", "logs/pos-ochanja-2024-06-14.log", "https://www.pcisecuritystandards.org/", """09:02:11 sale A14 ₦18,500 card=506099******1234 auth=OK ref=T7k2m9x
09:15:40 sale A14 ₦7,200 cash
09:31:05 sale A14 ₦42,000 card=539983******8877 auth=OK ref=T7k2n1q
10:02:44 refund A14 ₦7,200 (akwa mebiri emebi)
10:05:00 shift-close user=nneka total=₦60,500
""")

add("blind-kz/ini/decoy-odbc-trusted", "reports/odbc-trusted.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[AkwaInventory]
; njikọ site na Azure AD (okwuntughe adịghị ebe a)
Driver = ODBC Driver 18 for SQL Server
Server = akwa-sql.database.windows.net
Database = inventory
Authentication = ActiveDirectoryInteractive
UID = ngozi@akwaahia.ng
""")

add("blind-kz/markdown/decoy-wiki-changelog", "wiki/CHANGELOG.md", MD, """# Mgbanwe (changelog)

## 2.4.0 - 2024-06-10
- Mgbakwunye: mkpu Telegram mgbe tank dị ala (`TELEGRAM_TOKEN` si na env).
- Mmezi: njehie invoice mgbe ego ₦ karịrị nde 10.
- Nchekwa: wepụrụ igodo Flutterwave a hapụrụ n'ime code (commit `@@sha@@`), kagburu ya.

## 2.3.1 - 2024-05-28
- Mmezi: press #2 sensor.
""", sha=hexs(12))

add("blind-kz/yaml/decoy-aws-role", "infra/github-oidc.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """# GitHub Actions na-eji OIDC (enweghị igodo AWS ebe ọ bụla)
permissions:
  id-token: write
steps:
  - uses: aws-actions/configure-aws-credentials@v4
    with:
      role-to-assume: arn:aws:iam::583920117264:role/akwa-ci-deploy
      aws-region: eu-west-1
""")

add("blind-kz/javascript/decoy-test-mock", "pos-api/test/db.test.js", "https://jestjs.io/docs/mock-functions", """const mysql = require('mysql2/promise');
jest.mock('mysql2/promise');

// Okwuntughe adịgboroja maka ule - db adịghị n'ezie
test('pool uses config', async () => {
  const pool = require('../db');
  expect(mysql.createPool).toHaveBeenCalledWith(expect.objectContaining({ user: 'posapi' }));
  expect(process.env.DB_PASSWORD || 'test-password').toBeDefined();
});
""")

# ==== END ====
