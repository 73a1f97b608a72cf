"""Blind set NM: a Cebu dive-resort booking platform and an inter-island ferry ticketing service.

Dive-trip bookings (Moalboal, Malapascua, Mactan), ferry schedules and e-tickets for the Mandaue,
Bohol (Tagbilaran) and Camotes routes, payment gateways, SMS notices, port kiosks, and their
decoys; notes, comments and chat partly in Cebuano (Bisaya). Generated fakes only
(seeds 8200000-8209999).
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
_SEED = [8200000]
SEED_END = 8210000


def _seed() -> int:
    _SEED[0] += 11
    assert 8200000 <= _SEED[0] < SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bangka", "Pawikan", "Lapulapu", "Tabo", "Dagat", "Balod", "Isla", "Pantalan", "Kapitan",
         "Sugbo", "Bohol", "Camotes", "Danao", "Lumba", "Bitoon", "Buwan", "Adlaw", "Hangin"]


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


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def django() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def jwt_secret() -> str:
    return rand_pw(48)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- secrets
add("blind-nm/env/stripe", "booking-api/.env.production", "https://github.com/motdotla/dotenv#usage",
    """# Moalboal Reef Divers booking API
APP_ENV=production
APP_URL=https://book.moalboalreef.ph
DB_HOST=10.20.1.15
STRIPE_PUBLISHABLE_KEY=pk_live_51Hs2XbReefDivers0000Publishable
STRIPE_SECRET_KEY=@@secret@@
# ayaw i-commit ang .env.local, kini ra ang production
CURRENCY=PHP
""", stripe())

add("blind-nm/python/database-url", "ferry/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases",
    """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tickets.camotesferry.ph", "kiosk.camotesferry.ph"]

# Primary DB sa Mandaue data center
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ferry_tickets",
        "USER": "ferry_app",
        "PASSWORD": "@@secret@@",
        "HOST": "pg-mandaue-01.internal",
        "PORT": "5432",
    }
}
""", words_pw())

add("blind-nm/yaml/slack-webhook", "ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """global:
  resolve_timeout: 5m
route:
  receiver: ferry-oncall
  group_by: [alertname, route]
receivers:
  - name: ferry-oncall
    slack_configs:
      - api_url: @@secret@@
        channel: '#ferry-ops-bohol'
        title: 'Naa problema sa {{ .CommonLabels.service }}'
        send_resolved: true
""", slack_webhook())

add("blind-nm/javascript/sendgrid", "notify/src/mailer.js", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs",
    """const sgMail = require('@sendgrid/mail');

// Padala og e-ticket sa pasahero human mabayran
sgMail.setApiKey('@@secret@@');

async function sendTicket(passenger, ticket) {
  await sgMail.send({
    to: passenger.email,
    from: 'tickets@camotesferry.ph',
    subject: `Imong tiket: ${ticket.route} ${ticket.departure}`,
    html: renderTicket(ticket),
  });
}

module.exports = { sendTicket };
""", sendgrid())

add("blind-nm/go/database-url", "fleet/cmd/manifest/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection",
    """package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

// Passenger manifest export para sa Coast Guard (PCG) sa Tagbilaran port
func main() {
	conn, err := pgx.Connect(context.Background(), "postgres://manifest:@@secret@@@pg-bohol.internal:5432/fleet?sslmode=require")
	if err != nil {
		log.Fatalf("dili maka-connect: %v", err)
	}
	defer conn.Close(context.Background())
	exportManifest(conn)
}
""", rand_pw(18))

add("blind-nm/k8s-secret/redis", "deploy/k8s/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: seat-hold-redis
  namespace: ferry-prod
type: Opaque
data:
  REDIS_HOST: @@host@@
  REDIS_PASSWORD: @@enc@@
""", (_v := redis_pw()), host=b64("redis-master.ferry-prod.svc"), enc=b64(_v))

add("blind-nm/markdown/password-sentence", "wiki/kiosk-setup-tagbilaran.md", "https://docs.github.com/en/get-started/writing-on-github",
    """# Kiosk setup – Tagbilaran Port Terminal 2

1. I-plug ang thermal printer sa USB 2 (dili USB 3, mo-hang).
2. Login sa Windows as `kiosk-admin`.
3. Ang password sa kiosk-admin karon kay `@@secret@@` (giilisan ni Jun-jun niadtong Lunes).
4. Ablihi ang Chrome kiosk mode: `chrome.exe --kiosk https://kiosk.camotesferry.ph`.
5. I-test ang pag-print og sample ticket.
""", words_pw())

add("blind-nm/shell-history/mysql-password", "notes/jun_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /srv/dive-booking
git pull origin main
sudo systemctl restart gunicorn
mysql -h db1.moalboalreef.internal -u booking -p@@secret@@ bookings
tail -f /var/log/nginx/error.log
df -h
exit
""", rand_pw(16))

add("blind-nm/php/paymongo", "wp-content/plugins/reef-booking/config.php", "https://developers.paymongo.com/docs/authentication",
    """<?php
// Reef booking plugin – PayMongo (GCash ug card)
define('REEF_CURRENCY', 'PHP');
define('PAYMONGO_PUBLIC_KEY', 'pk_live_' . 'REEFPUBLICKEYPLACEHOLDER');
define('PAYMONGO_SECRET_KEY', '@@secret@@');
define('REEF_DEPOSIT_PERCENT', 30);
// TODO: ibalhin ni sa wp-config.php
""", fakes.fake("sk_live_", 24, _seed()))

add("blind-nm/ini/smtp-password", "legacy/booking.ini", "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure",
    """[general]
resort = Malapascua Thresher Divers
timezone = Asia/Manila

[smtp]
host = smtp.gmail.com
port = 587
user = reservations@thresherdivers.ph
password = @@secret@@
starttls = yes
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-nm/terraform/aws-secret-key", "infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# ap-southeast-1 kay duol sa Cebu
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", aws_secret(), kid=aws_id())

add("blind-nm/github-actions/docker-password", ".github/workflows/deploy-kiosk.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """name: deploy-kiosk
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login sa registry
        run: echo "@@secret@@" | docker login registry.camotesferry.ph -u deployer --password-stdin
      - run: docker build -t registry.camotesferry.ph/kiosk:${{ github.sha }} .
      - run: docker push registry.camotesferry.ph/kiosk:${{ github.sha }}
""", rand_pw(24))

add("blind-nm/docker-compose/postgres-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dive
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: dive_bookings
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
volumes:
  pgdata:
""", words_pw())

add("blind-nm/java/jdbc-password", "ticketing/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """spring.application.name=ferry-ticketing
server.port=8080
spring.datasource.url=jdbc:mysql://mysql-mandaue.internal:3306/ferry
spring.datasource.username=ticketing
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Oras sa Pilipinas
spring.jackson.time-zone=Asia/Manila
""", rand_pw(20, "!#%"))

add("blind-nm/kotlin/google-maps-server-key", "app/src/main/java/ph/camotesferry/geo/DistanceClient.kt", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key",
    """package ph.camotesferry.geo

import okhttp3.OkHttpClient

// Server-side key para sa Distance Matrix (oras sa biyahe padulong sa pantalan)
object DistanceClient {
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun url(origin: String, dest: String) =
        "https://maps.googleapis.com/maps/api/distancematrix/json?origins=$origin&destinations=$dest&key=$API_KEY"
}
""", google_key())

add("blind-nm/csharp/connection-string", "Kiosk/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Tickets": "Server=sql-mandaue.internal;Database=FerryTickets;User Id=kiosk;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Kiosk": { "PortCode": "TAG", "PrinterName": "EPSON TM-T82" }
}
""", words_pw())

add("blind-nm/ruby/twilio-token", "sms/config/initializers/twilio.rb", "https://www.twilio.com/docs/libraries/ruby",
    """# SMS pahibalo kung delayed ang barko (Danao–Camotes)
Twilio.configure do |config|
  config.account_sid = '@@sid@@'
  config.auth_token  = '@@secret@@'
end

FERRY_SMS_FROM = '+639171234567'
""", hexs(32), sid=twilio_sid())

add("blind-nm/rust/telegram-bot", "divebot/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """use teloxide::prelude::*;

// Bot para sa dive schedule sa Moalboal: /schedule, /book
#[tokio::main]
async fn main() {
    let bot = Bot::new("@@secret@@");
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Maayong adlaw! Type /schedule").await?;
        Ok(())
    })
    .await;
}
""", telegram())

add("blind-nm/swift/api-key", "DiveApp/Sources/Config/Secrets.swift", "https://developer.apple.com/documentation/foundation/urlrequest",
    """import Foundation

// Booking backend key – sa kini nga build ra (dili pa nato na-setup ang xcconfig)
enum Secrets {
    static let bookingBaseURL = URL(string: "https://api.moalboalreef.ph/v2")!
    static let bookingAPIKey = "@@secret@@"
}
""", "mrd_live_" + rand_pw(32))

add("blind-nm/powershell/sql-password", "scripts/Backup-FerryDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase",
    """# Gabii-gabii nga backup sa FerryTickets
$server = "sql-mandaue.internal"
$cred = New-Object System.Management.Automation.PSCredential("backup_svc", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
Backup-SqlDatabase -ServerInstance $server -Database "FerryTickets" -Credential $cred `
    -BackupFile "D:\\Backups\\FerryTickets_$(Get-Date -Format yyyyMMdd).bak"
Write-Host "Human na ang backup"
""", words_pw())

add("blind-nm/dockerfile/npm-token", "web/Dockerfile", "https://docs.docker.com/reference/dockerfile/",
    """FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm())

add("blind-nm/chat-log/password-message", "support/chat-export-2024-06-12.txt", "https://slack.com/help/articles/201658943-Export-your-workspace-data",
    """[09:12] Nonoy: Bai, di ko ka-login sa admin panel sa ferry
[09:13] Inday: unsa imong gigamit nga password?
[09:13] Nonoy: ang daan pa, kadtong sa Marso
[09:15] Inday: giilisan na to. Bag-o: @@secret@@
[09:15] Inday: ayaw ipakita sa uban ha
[09:16] Nonoy: sige salamat!
""", words_pw())

add("blind-nm/yaml/helm-values-smtp", "deploy/helm/booking/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 3
image:
  repository: registry.moalboalreef.ph/booking
  tag: "2.14.1"
mail:
  host: smtp.mailgun.org
  port: 587
  username: postmaster@mg.moalboalreef.ph
  password: "@@secret@@"
ingress:
  host: book.moalboalreef.ph
""", rand_pw(32))

add("blind-nm/python/mailgun", "resort/notify/mailgun.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """import requests

MAILGUN_DOMAIN = "mg.thresherdivers.ph"
MAILGUN_KEY = "@@secret@@"


def send_confirmation(to, booking):
    # confirmation sa dive booking (Monad Shoal, thresher sharks)
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Thresher Divers <book@thresherdivers.ph>", "to": to,
              "subject": f"Booking #{booking.id}", "text": booking.summary()},
    )
""", mailgun())

add("blind-nm/ansible/vault-less-password", "ansible/group_vars/kiosks.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """---
ansible_user: kioskops
ansible_become: true
kiosk_ports:
  - mandaue
  - tagbilaran
  - poro
kiosk_vnc_password: "@@secret@@"
kiosk_timezone: Asia/Manila
""", rand_pw(12))

add("blind-nm/private-key/pem-file", "deploy/keys/sftp_manifest_rsa", "https://www.rfc-editor.org/rfc/rfc7468",
    """@@secret@@
""", pem())

add("blind-nm/typescript/jwt-secret", "api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage",
    """import jwt from 'jsonwebtoken';

// Token para sa kiosk ug mobile app (valid 12 oras)
const JWT_SECRET = '@@secret@@';

export function signPassenger(id: string): string {
  return jwt.sign({ sub: id, aud: 'ferry-app' }, JWT_SECRET, { expiresIn: '12h' });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", jwt_secret())

add("blind-nm/ini/pypirc-token", "tools/manifest-lib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", pypi())

add("blind-nm/gitlab-ci/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, release]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  script:
    - git remote set-url origin https://oauth2:@@secret@@@gitlab.com/camotesferry/ticketing.git
    - git tag v$CI_PIPELINE_IID && git push origin --tags
  only: [main]
""", gitlab())

add("blind-nm/notebook/openai-key", "analytics/review_sentiment.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Sentiment sa reviews (Bisaya ug English)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = pd.read_csv('reviews_2024.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("blind-nm/sql/create-user-password", "db/migrations/0042_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Reporting user para sa Metabase (read-only)
-- Gihimo ni Bebeth para sa monthly report sa LTFRB/MARINA
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE ferry_tickets TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-nm/log/basic-auth-url", "logs/sync-worker-2024-07-03.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
    """2024-07-03T05:00:01+08:00 INFO  sync: starting schedule sync for routes MND-TAG, DAN-CON, CEB-POR
2024-07-03T05:00:02+08:00 INFO  sync: fetching https://partner:@@secret@@@api.oceanjet-partner.ph/v1/schedules
2024-07-03T05:00:04+08:00 WARN  sync: route DAN-CON trip 0730 cancelled (habagat)
2024-07-03T05:00:04+08:00 INFO  sync: 42 trips updated
2024-07-03T05:00:05+08:00 INFO  sync: done in 3.9s
""", rand_pw(14))

add("blind-nm/csv/credentials-table", "ops/port-wifi-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """port,ssid,admin_user,admin_password,notes
Mandaue,FerryKiosk-MND,admin,@@secret@@,router sa ticketing booth
Tagbilaran,FerryKiosk-TAG,admin,(same sa MND),ilisan pa
Poro,FerryKiosk-POR,admin,,wala pa na-install
Consuelo,FerryKiosk-CON,admin,,wala pa na-install
""", words_pw())

add("blind-nm/xml/maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>ferry-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>ferry-nexus</id><url>https://nexus.camotesferry.ph/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("blind-nm/go/slack-bot-token", "fleet/internal/notify/slack.go", "https://api.slack.com/authentication/token-types#bot",
    """package notify

import "github.com/slack-go/slack"

// Pahibalo sa #ferry-ops kung naay delay o kanselado nga biyahe
var client = slack.New("@@secret@@")

func Delay(route string, minutes int) error {
	_, _, err := client.PostMessage("C04FERRYOPS",
		slack.MsgOptionText(route+": nalangan og "+itoa(minutes)+" minutos", false))
	return err
}
""", slack_bot())

add("blind-nm/shell/curl-bearer", "scripts/refund-batch.sh", "https://curl.se/docs/manpage.html#-H",
    """#!/usr/bin/env bash
# I-refund ang mga tiket sa kanseladong biyahe (bagyo)
set -euo pipefail
TRIP_ID="$1"
curl -sS -X POST "https://api.paymongo.com/v1/refunds" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d @"refunds/${TRIP_ID}.json"
""", b64(fakes.fake("sk_live_", 24, _seed()) + ":"))

add("blind-nm/env/aws-keys", "manifest-export/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """# S3 bucket para sa passenger manifests
AWS_DEFAULT_REGION=ap-southeast-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
MANIFEST_BUCKET=camotesferry-manifests-prod
""", aws_secret(), kid=aws_id())

add("blind-nm/restructuredtext/api-key-example", "docs/partners/agency-api.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Agency API (travel agents sa Cebu City)
=======================================

Para sa Bohol Island Tours, gamita ang ilang production key:

.. code-block:: bash

   curl -H "X-Agency-Key: @@secret@@" \\
        https://api.camotesferry.ph/agency/v1/trips?route=MND-TAG

Kung mo-expire, tawag kang Ma'am Cherry sa accounting.
""", "agk_" + hexs(40))

add("blind-nm/html/embedded-password", "admin/templates/legacy_login_debug.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input",
    """<!DOCTYPE html>
<html lang="ceb">
<head><title>Admin Login (debug)</title></head>
<body>
  <!-- temporaryo ra ni para sa testing sa Malapascua staff -->
  <form method="post" action="/admin/login">
    <input name="username" value="resortadmin">
    <input name="password" type="password" value="@@secret@@">
    <button>Sulod</button>
  </form>
</body>
</html>
""", words_pw())

add("blind-nm/yaml/spring-datasource", "booking-svc/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource",
    """spring:
  datasource:
    url: jdbc:postgresql://pg-mactan.internal:5432/dive
    username: dive_app
    password: '@@secret@@'
  jpa:
    open-in-view: false
booking:
  max-divers-per-boat: 12
""", rand_pw(20, "!@#"))

add("blind-nm/python/discord-webhook", "resort/ops/weather_alert.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """import requests

# Kung signal no. 1 pataas, i-post sa Discord sa dive guides
WEBHOOK = "@@secret@@"


def alert(signal: int, area: str) -> None:
    if signal >= 1:
        requests.post(WEBHOOK, json={"content": f"PAGASA signal #{signal} sa {area}. Kanselahon ang dive trips."})
""", discord_webhook())

add("blind-nm/java/hardcoded-api-secret", "ticketing/src/main/java/ph/camotesferry/pay/DragonpayClient.java", "https://www.dragonpay.ph/wp-content/uploads/Dragonpay-PS-API",
    """package ph.camotesferry.pay;

public final class DragonpayClient {
    private static final String MERCHANT_ID = "CAMOTESFERRY";
    // gihatag sa Dragonpay niadtong onboarding
    private static final String MERCHANT_PASSWORD = "@@secret@@";
    private static final String BASE = "https://gw.dragonpay.ph/api/collect/v1";

    public String authHeader() {
        return basic(MERCHANT_ID, MERCHANT_PASSWORD);
    }
}
""", rand_pw(16))

add("blind-nm/npmrc/npm-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@camotesferry:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", github())

add("blind-nm/k8s-secret/database-url", "deploy/k8s/booking-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: dive
  labels:
    app: booking
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", (_v := rand_pw(18)), enc=b64(f"postgres://dive_app:{_v}@pg-mactan.internal:5432/dive"))

add("blind-nm/runbook/redis-cli", "runbooks/seat-hold-cache.md", "https://redis.io/docs/latest/develop/connect/cli/",
    """# Seat-hold cache (Redis)

Ang seat hold mo-expire human sa 10 minutos. Kung daghang "stuck" nga seats:

```
redis-cli -h redis-prod.camotesferry.internal -a '@@secret@@' --scan --pattern 'hold:*' | head
redis-cli -h redis-prod.camotesferry.internal -a '@@secret@@' DEL hold:MND-TAG:0600:14A
```

Ayaw gamita ang FLUSHALL – mawala tanan bookings nga naa pa sa checkout.
""", redis_pw())

add("blind-nm/env/django-secret", "dive-admin/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """# dive-admin (staff portal sa Moalboal)
DJANGO_SETTINGS_MODULE=diveadmin.settings.prod
DJANGO_SECRET_KEY='@@secret@@'
DJANGO_ALLOWED_HOSTS=admin.moalboalreef.ph
DATABASE_URL=postgres://dive_admin@localhost/diveadmin
""", django())

# ---------------------------------------------------------------- decoys

add("blind-nm/env/decoy-placeholder", "booking-api/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
    """# Kopyaha ni ngadto sa .env ug ilisi ang mga value
APP_ENV=local
APP_URL=http://localhost:8000
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
DB_PASSWORD=changeme
MAILGUN_API_KEY=<imong-mailgun-key>
""")

add("blind-nm/yaml/decoy-env-reference", "deploy/helm/ferry/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 2
image:
  repository: registry.camotesferry.ph/ticketing
  tag: latest
env:
  DB_HOST: pg-mandaue-01.internal
  DB_PASSWORD:
    valueFrom:
      secretKeyRef:
        name: ferry-db
        key: password
  PAYMONGO_SECRET_KEY:
    valueFrom:
      secretKeyRef: { name: paymongo, key: secret-key }
""")

add("blind-nm/python/decoy-environ", "ferry/settings/base.py", "https://docs.python.org/3/library/os.html#os.environ",
    """import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "ferry_tickets"),
        "USER": os.getenv("DB_USER", "ferry_app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
# Ayaw ibutang diri ang tinuod nga password; naa sa Vault
""")

add("blind-nm/javascript/decoy-publishable-key", "web/src/checkout/stripe.js", "https://docs.stripe.com/keys#obtain-api-keys",
    """import { loadStripe } from '@stripe/stripe-js';

// Publishable key ra ni – luwas ibutang sa frontend
const STRIPE_PK = 'pk_live_51Nq8ReefDiversPublicOnly7Hc2mQz0aXbV9';

export const stripePromise = loadStripe(STRIPE_PK, { locale: 'en' });
export const CURRENCY = 'php';
""")

add("blind-nm/markdown/decoy-redacted", "wiki/incident-2024-05-gcash-outage.md", "https://docs.github.com/en/get-started/writing-on-github",
    """# Incident: GCash payments napakyas (2024-05-18)

- 14:05 – nagsugod ang 401 gikan sa PayMongo
- 14:20 – nakit-an nga na-rotate ang key sa dashboard pero wala ma-update ang Vault
- 14:32 – gi-update: `PAYMONGO_SECRET_KEY=sk_live_****************************` (redacted)
- 14:35 – balik na normal

Lesson: i-rotate pinaagi sa runbook, dili diretso sa dashboard.
""")

add("blind-nm/log/decoy-masked", "logs/kiosk-tag-2024-08-01.log", "https://www.rfc-editor.org/rfc/rfc5424",
    """2024-08-01 06:00:12 INFO kiosk TAG-02 boot ok
2024-08-01 06:00:15 INFO auth: login user=kiosk-admin password=******** ok
2024-08-01 06:01:02 INFO printer: EPSON TM-T82 ready
2024-08-01 06:14:55 INFO sale: ticket=TAG-0614-0031 route=TAG-MND fare=PHP 550.00 card=**** **** **** 4242
2024-08-01 06:15:10 WARN net: uplink latency 820ms
""")

add("blind-nm/sql/decoy-password-hash", "db/seed/0003_staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """-- Staff accounts (bcrypt hashes ra, dili plain)
INSERT INTO staff (username, full_name, password_hash, role) VALUES
  ('inday.reyes', 'Inday Reyes', '$2b$12$Q9sX1mZp0cT7wYvRk3LdUe8nN4bJxHfGq2aVtC6oPiE1uWzK5yS3m', 'cashier'),
  ('jun.tan', 'Jun Tan', '$2b$12$Hc4Wn8Rz2vLm0QxP6sTyUeA1bKdF9gJoN3iVwE7tZqY5rM0lX2sC.', 'admin'),
  ('bebeth.go', 'Bebeth Go', '$2b$12$zT7yQ1nW3xR5pL9mK0vJ2ePaSbDcFgHiJkLmNoPqRsTuVwXyZ0123', 'reports');
""")

add("blind-nm/k8s/decoy-external-secret", "deploy/k8s/external-secret-paymongo.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: paymongo
  namespace: ferry-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: paymongo
  data:
    - secretKey: secret-key
      remoteRef:
        key: prod/ferry/paymongo
        property: secret_key
""")

add("blind-nm/terraform/decoy-variable", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "tickets" {
  identifier        = "ferry-tickets"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  allocated_storage = 50
  username          = "ferry_admin"
  password          = var.db_password
}
""")

add("blind-nm/csv/decoy-checksums", "releases/kiosk-build-checksums.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """file,sha256,size
kiosk-2.14.1-win64.msi,@@h1@@,48213504
kiosk-2.14.1-linux.tar.gz,@@h2@@,39012352
kiosk-updater.exe,@@h3@@,2215936
printer-driver-tmt82.zip,@@h4@@,5120000
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-nm/json/decoy-ids", "config/routes.json", "https://www.json.org/json-en.html",
    """{
  "routes": [
    {"id": "@@u1@@", "code": "MND-TAG", "name": "Mandaue – Tagbilaran", "minutes": 120},
    {"id": "@@u2@@", "code": "DAN-CON", "name": "Danao – Consuelo (Camotes)", "minutes": 75},
    {"id": "@@u3@@", "code": "CEB-POR", "name": "Cebu – Poro (Camotes)", "minutes": 150}
  ],
  "operator_id": "@@u4@@"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-nm/shell/decoy-vault-read", "scripts/rotate-db-password.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """#!/usr/bin/env bash
# I-rotate ang DB password sa ferry (kada 90 ka adlaw)
set -euo pipefail
NEW_PW="$(openssl rand -base64 24)"
vault kv put secret/ferry/db password="$NEW_PW"
psql "host=pg-mandaue-01.internal user=ferry_admin" -c "ALTER ROLE ferry_app PASSWORD '$NEW_PW'"
kubectl -n ferry-prod rollout restart deploy/ticketing
""")

add("blind-nm/markdown/decoy-doc-example", "docs/partners/webhooks.md", "https://docs.stripe.com/webhooks#verify-events",
    """# Webhooks para sa partner agencies

Matag event naa `X-Ferry-Signature` header. Sample (dili tinuod nga secret):

```
whsec_EXAMPLE_do_not_use_0000000000
```

I-verify gamit ang HMAC-SHA256 sa raw body ug imong kaugalingong signing secret
gikan sa partner portal (Settings → Webhooks).
""")

add("blind-nm/python/decoy-test-fixture", "tests/test_payments.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """import pytest

FAKE_KEY = "sk_test_FAKEFAKEFAKEFAKEFAKE0000"  # fake ra, para sa unit test


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("PAYMONGO_SECRET_KEY", FAKE_KEY)
    from ferry.pay import PayMongo
    return PayMongo()


def test_refund_amount(client):
    assert client.refund_amount(55000, pct=50) == 27500
""")

add("blind-nm/yaml/decoy-empty", "config/sms.yaml", "https://yaml.org/spec/1.2.2/",
    """# SMS provider (Semaphore) – ibutang ang key sa environment, dili diri
provider: semaphore
sender_name: CAMOTESFRY
api_key: ""
fallback_provider: twilio
twilio_auth_token: ~
templates:
  delay: "Pahibalo: ang biyahe {trip} nalangan og {minutes} minutos."
""")

add("blind-nm/ini/decoy-prompt", "legacy/booking.ini.dist", "https://docs.python.org/3/library/configparser.html",
    """[general]
resort = Your Resort Name
timezone = Asia/Manila

[smtp]
host = smtp.example.com
user = reservations@example.com
password = YOUR_SMTP_PASSWORD_HERE
""")

add("blind-nm/github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      PAYMONGO_SECRET_KEY: ${{ secrets.PAYMONGO_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
""")

add("blind-nm/chat-log/decoy-password-talk", "support/chat-export-2024-06-20.txt", "https://slack.com/help/articles/201658943-Export-your-workspace-data",
    """[10:02] Nonoy: unsa na pud ang password sa kiosk sa Poro?
[10:03] Inday: naa sa 1Password, "Kiosk POR admin"
[10:03] Nonoy: wala ko access sa vault
[10:05] Inday: gi-share na nako nimo. ayaw ibutang sa chat ha
[10:06] Nonoy: sige, salamat Day!
""")

add("blind-nm/json/decoy-firebase-config", "app/google-services.json", "https://firebase.google.com/docs/projects/api-keys",
    """{
  "project_info": {
    "project_number": "418273645501",
    "project_id": "camotes-ferry-app",
    "storage_bucket": "camotes-ferry-app.appspot.com"
  },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:418273645501:android:7a3f0c9e2b1d4e56", "android_client_info": { "package_name": "ph.camotesferry.app" } },
    "api_key": [{ "current_key": "AIzaSyD-camotesferry-android-restricted" }]
  }],
  "configuration_version": "1"
}
""")

add("blind-nm/dockerfile/decoy-build-arg", "booking-api/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.camotesferry.ph/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
""")

# ---------------------------------------------------------------- more secrets

add("blind-nm/python/split-password", "resort/integrations/pos_sync.py", "https://peps.python.org/pep-0008/#maximum-line-length",
    """import pymssql

# POS sa restaurant sa resort (Bluewater Maribago)
POS_SERVER = "192.168.10.5"
POS_PASSWORD = ("@@a@@"
                "@@b@@")


def connect():
    return pymssql.connect(POS_SERVER, "pos_reader", POS_PASSWORD, "RestoPOS")
""", (_v := rand_pw(20)), a=_v[:10], b=_v[10:])

add("blind-nm/yaml/here-doc-in-ci", ".gitlab/ci/deploy-bohol.yml", "https://docs.gitlab.com/ee/ci/yaml/script.html#split-long-commands",
    """deploy-bohol:
  stage: deploy
  script:
    - |
      cat > /tmp/sftp.conf <<EOF
      host=sftp.boholport.gov.ph
      user=camotesferry
      pass=@@secret@@
      EOF
    - ./upload-manifest.sh /tmp/sftp.conf
  when: manual
""", words_pw())

add("blind-nm/json/service-account-key", "infra/gcp/bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "cebu-dive-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@cebu-dive-analytics.iam.gserviceaccount.com",
  "client_id": "104928374655019283746",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("blind-nm/toml/cargo-registry", "divebot/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    """# crates.io publish para sa ferry-schedule crate
[registry]
token = "@@secret@@"

[registries.ferry]
token = "Bearer ${FERRY_REGISTRY_TOKEN}"
""", "cio" + rand_pw(32))

add("blind-nm/php/laravel-env", "ferry-admin/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """APP_NAME="Camotes Ferry Admin"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://admin.camotesferry.ph
DB_CONNECTION=mysql
DB_HOST=mysql-mandaue.internal
DB_PASSWORD=
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-nm/csharp/sendgrid-key", "Kiosk/Services/ReceiptMailer.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start",
    """using SendGrid;
using SendGrid.Helpers.Mail;

namespace Kiosk.Services;

// Ipadala ang resibo sa email sa pasahero
public class ReceiptMailer
{
    private readonly SendGridClient _client = new SendGridClient("@@secret@@");

    public Task SendAsync(string to, string html) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("resibo@camotesferry.ph"), new EmailAddress(to), "Imong resibo", null, html));
}
""", sendgrid())

add("blind-nm/ruby/database-yml", "sms/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: sms_production
  username: sms
  password: <%= ENV.fetch("SMS_DB_PASSWORD", "@@secret@@") %>
  host: pg-mandaue-01.internal
""", words_pw())

add("blind-nm/go/hmac-secret", "fleet/internal/kiosk/signing.go", "https://pkg.go.dev/crypto/hmac",
    """package kiosk

import (
	"crypto/hmac"
	"crypto/sha256"
)

// QR code sa tiket gipirmahan aron dili ma-peke sa pantalan
var qrSigningKey = []byte("@@secret@@")

func Sign(payload []byte) []byte {
	mac := hmac.New(sha256.New, qrSigningKey)
	mac.Write(payload)
	return mac.Sum(nil)
}
""", rand_pw(40))

add("blind-nm/shell-history/aws-cli", "notes/bebeth_zsh_history.txt", "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
    """: 1717200000:0;aws s3 ls s3://camotesferry-manifests-prod/
: 1717200031:0;export AWS_ACCESS_KEY_ID=@@kid@@
: 1717200044:0;export AWS_SECRET_ACCESS_KEY=@@secret@@
: 1717200060:0;aws s3 cp manifest-2024-06-01.csv s3://camotesferry-manifests-prod/2024/06/
: 1717200102:0;history -c
""", aws_secret(), kid=aws_id())

add("blind-nm/shell/private-key-heredoc", "scripts/bootstrap-kiosk.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/bin/sh
# I-setup ang kiosk aron maka-pull sa config repo
mkdir -p /home/kiosk/.ssh
cat > /home/kiosk/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/kiosk/.ssh/id_ed25519
git clone git@git.camotesferry.ph:ops/kiosk-config.git /opt/kiosk-config
""", pem("OPENSSH"))

add("blind-nm/powershell/azure-sp-secret", "scripts/Connect-Reports.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive",
    """# Power BI refresh para sa weekly ridership report
$tenant = "5f1c2e3a-0b9d-4c71-a2e8-6d4f3b2a1c90"
$appId  = "c3b9a7e1-2d4f-4a6b-9c8e-1f0a2b3c4d5e"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Invoke-PowerBIRestMethod -Url "groups/ridership/datasets/refresh" -Method Post
""", rand_pw(3) + "8Q~" + rand_pw(34, "_.-~"))

add("blind-nm/yaml/ansible-inline-password", "ansible/roles/mysql/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
    """---
- name: Himoa ang booking user
  community.mysql.mysql_user:
    name: booking
    host: "%"
    password: "@@secret@@"
    priv: "bookings.*:ALL"
    state: present

- name: Restart mysql
  ansible.builtin.service: { name: mysql, state: restarted }
""", rand_pw(18, "!#"))

add("blind-nm/kotlin/basic-auth", "app/src/main/java/ph/camotesferry/api/PartnerApi.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java",
    """package ph.camotesferry.api

import okhttp3.Credentials
import okhttp3.Request

// Partner API sa Bohol port authority (seat availability)
object PartnerApi {
    private val auth = Credentials.basic("camotesferry", "@@secret@@")

    fun seats(trip: String) = Request.Builder()
        .url("https://api.ppa-bohol.gov.ph/v1/trips/$trip/seats")
        .header("Authorization", auth)
        .build()
}
""", words_pw())

add("blind-nm/env/twilio", "sms-gateway/.env.prod", "https://www.twilio.com/docs/usage/secure-credentials",
    """TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+639171234567
SMS_LANGUAGE=ceb
# fallback kung walay signal sa Camotes: Semaphore
""", hexs(32), sid=twilio_sid())

add("blind-nm/xml/web-config", "KioskWeb/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Tickets" connectionString="Data Source=sql-mandaue.internal;Initial Catalog=FerryTickets;User ID=kioskweb;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PortCode" value="MND" />
  </appSettings>
</configuration>
""", rand_pw(16))

add("blind-nm/markdown/table-credentials", "wiki/handover-malapascua.md", "https://github.github.com/gfm/#tables-extension-",
    """# Handover – Malapascua front desk (Hulyo)

| System | User | Password | Nota |
|---|---|---|---|
| Booking admin | frontdesk | @@secret@@ | ilisan human sa turnover |
| Wi-Fi guest | — | (naka-print sa lobby) | |
| CCTV NVR | admin | naa kang Sir Dodong | |

Kung naay problema sa booking, i-message ang IT sa Viber group.
""", words_pw())

add("blind-nm/javascript/firebase-admin", "functions/index.js", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments",
    """const admin = require('firebase-admin');

// Push notifications sa app: "Naa na ang barko sa pantalan"
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'camotes-ferry-app',
    clientEmail: 'firebase-adminsdk@camotes-ferry-app.iam.gserviceaccount.com',
    privateKey: `@@secret@@`,
  }),
});

exports.arrived = require('./arrived')(admin);
""", pem("").replace("  PRIVATE", " PRIVATE"))

add("blind-nm/gradle/maven-password", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# private maven para sa ferry-ui library
ferryMavenUser=android-ci
ferryMavenPassword=@@secret@@
""", rand_pw(24))

add("blind-nm/properties/keystore-password", "android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """# Release signing para sa Camotes Ferry app
storeFile=../keys/camotesferry-release.jks
storePassword=@@secret@@
keyAlias=release
keyPassword=@@secret@@
""", words_pw())

add("blind-nm/python/redis-url", "resort/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url",
    """import redis

# Cache sa availability sa dive boats (Pescador Island trips)
r = redis.Redis.from_url("rediss://default:@@secret@@@redis-dive.moalboalreef.internal:6380/0")


def boat_slots(date):
    return r.hgetall(f"slots:{date}")
""", redis_pw())

# ---------------------------------------------------------------- more decoys

add("blind-nm/markdown/decoy-setup-guide", "README.md", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes",
    """# Camotes Ferry Ticketing

Booking ug e-ticket para sa Mandaue–Tagbilaran, Danao–Consuelo ug Cebu–Poro.

## Pagsugod (local)

```bash
cp .env.example .env
# ibutang imong kaugalingong test keys gikan sa PayMongo dashboard
export PAYMONGO_SECRET_KEY=sk_test_<imong_test_key>
docker compose up -d
```

Ang production secrets naa sa Vault (`secret/ferry/*`). Ayaw i-commit.
""")

add("blind-nm/k8s-secret/decoy-placeholder-data", "deploy/k8s/paymongo-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: paymongo
  namespace: ferry-prod
type: Opaque
stringData:
  # i-fill sa deploy pipeline (envsubst), dili diri
  secret-key: ${PAYMONGO_SECRET_KEY}
  webhook-secret: ${PAYMONGO_WEBHOOK_SECRET}
""")

add("blind-nm/go/decoy-getenv", "fleet/internal/config/config.go", "https://pkg.go.dev/os#Getenv",
    """package config

import "os"

type Config struct {
	DatabaseURL string
	SlackToken  string
	QRKey       []byte
}

// Tanan secrets gikan sa environment (gi-inject sa Kubernetes)
func Load() Config {
	return Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		SlackToken:  os.Getenv("SLACK_BOT_TOKEN"),
		QRKey:       []byte(os.Getenv("QR_SIGNING_KEY")),
	}
}
""")

add("blind-nm/json/decoy-public-jwks", "web/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517",
    """{
  "keys": [
    {
      "kty": "RSA",
      "kid": "ferry-2024-06",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-nm/pem/decoy-certificate", "deploy/certs/kiosk-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIIC" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-nm/ssh/decoy-public-key", "ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """# Mga public keys sa ops team (kiosks)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ jun@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ inday@ops-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ci@gitlab-runner
# ayaw ibutang diri ang private key!
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"), k3=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("blind-nm/python/decoy-secret-manager", "resort/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html",
    """import json

import boto3

_sm = boto3.client("secretsmanager", region_name="ap-southeast-1")


def get_secret(name: str = "prod/dive/booking") -> dict:
    # kuhaon ang DB password ug Stripe key gikan sa Secrets Manager
    value = _sm.get_secret_value(SecretId=name)["SecretString"]
    return json.loads(value)
""")

add("blind-nm/log/decoy-request-ids", "logs/api-access-2024-08-02.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """203.177.12.4 - - [02/Aug/2024:07:01:14 +0800] "GET /v1/trips?route=MND-TAG HTTP/1.1" 200 5123 req_id=@@r1@@
203.177.12.4 - - [02/Aug/2024:07:01:19 +0800] "POST /v1/bookings HTTP/1.1" 201 812 req_id=@@r2@@
112.198.4.77 - - [02/Aug/2024:07:02:03 +0800] "GET /v1/bookings/BK-88231 HTTP/1.1" 200 944 req_id=@@r3@@
112.198.4.77 - - [02/Aug/2024:07:02:05 +0800] "GET /v1/tickets/BK-88231.pdf HTTP/1.1" 200 40211 req_id=@@r4@@
10.20.1.9 - - [02/Aug/2024:07:03:00 +0800] "GET /healthz HTTP/1.1" 200 2 req_id=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("blind-nm/yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """paymongo_secret_key: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1q8w3ycz5m0j9f4v6u2t7s8r0p3n5k1h2g4d6b8a0c9x7e5l3q2w4e6r8t
    lastmodified: "2024-07-30T02:11:45Z"
    version: 3.8.1
""", c1=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    iv1=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(12))).decode(),
    t1=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(16))).decode(),
    c2=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(18))).decode(),
    iv2=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(12))).decode(),
    t2=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(16))).decode())

add("blind-nm/php/decoy-getenv", "wp-content/plugins/reef-booking/config.dist.php", "https://www.php.net/manual/en/function.getenv.php",
    """<?php
// Kopyaha ngadto sa config.php; ang keys gikan sa environment sa server
define('REEF_CURRENCY', 'PHP');
define('PAYMONGO_PUBLIC_KEY', getenv('PAYMONGO_PUBLIC_KEY'));
define('PAYMONGO_SECRET_KEY', getenv('PAYMONGO_SECRET_KEY') ?: '');
define('REEF_DEPOSIT_PERCENT', 30);
""")

add("blind-nm/csharp/decoy-user-secrets", "Kiosk/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Tickets": "Server=localhost;Database=FerryTickets;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "SendGrid": { "ApiKey": "" },
  "Kiosk": { "PortCode": "MND" }
}
""")

add("blind-nm/shell-history/decoy-no-secret", "notes/nonoy_bash_history.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """ssh kiosk@tag-02.kiosk.internal
sudo journalctl -u kiosk -n 200
mysql -h db1.moalboalreef.internal -u booking -p bookings
export DB_PASSWORD=$(vault kv get -field=password secret/dive/db)
systemctl status gunicorn
""")

add("blind-nm/toml/decoy-pyproject", "tools/manifest-lib/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """[project]
name = "ferry-manifest"
version = "0.9.2"
description = "Passenger manifest export para sa PCG ug MARINA"
requires-python = ">=3.10"
dependencies = ["psycopg[binary]>=3.1", "boto3>=1.34"]

[tool.pytest.ini_options]
env = ["AWS_ACCESS_KEY_ID=testing", "AWS_SECRET_ACCESS_KEY=testing"]
""")

add("blind-nm/rust/decoy-env-var", "divebot/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """use std::env;

pub struct Config {
    pub telegram_token: String,
    pub booking_api: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            telegram_token: env::var("TELEGRAM_BOT_TOKEN").expect("kulang ang TELEGRAM_BOT_TOKEN"),
            booking_api: env::var("BOOKING_API").unwrap_or_else(|_| "https://api.moalboalreef.ph/v2".into()),
        }
    }
}
""")

add("blind-nm/swift/decoy-xcconfig-reference", "DiveApp/Sources/Config/AppConfig.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """import Foundation

// Ang key gikan sa Secrets.xcconfig (wala sa git), gi-pass pinaagi sa Info.plist
enum AppConfig {
    static var bookingAPIKey: String {
        Bundle.main.object(forInfoDictionaryKey: "BOOKING_API_KEY") as? String ?? ""
    }
    static let bookingBaseURL = URL(string: "https://api.moalboalreef.ph/v2")!
}
""")

add("blind-nm/html/decoy-public-map-key", "web/public/ports.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key",
    """<!DOCTYPE html>
<html lang="ceb">
<head><title>Mga Pantalan</title></head>
<body>
  <h1>Asa ang among mga pantalan</h1>
  <div id="map" style="height:400px"></div>
  <!-- browser key, gi-restrict sa *.camotesferry.ph referrers -->
  <script src="https://maps.googleapis.com/maps/api/js?key=YOUR_BROWSER_KEY&callback=initMap" async></script>
</body>
</html>
""")

add("blind-nm/sql/decoy-token-hashes", "db/migrations/0051_api_tokens.sql", "https://www.postgresql.org/docs/current/datatype-binary.html",
    """-- Agency API tokens: sha256 hash ra ang gitipigan
CREATE TABLE agency_tokens (
  id          uuid PRIMARY KEY,
  agency      text NOT NULL,
  token_hash  char(64) NOT NULL,
  created_at  timestamptz DEFAULT now()
);
INSERT INTO agency_tokens (id, agency, token_hash) VALUES
  ('@@u@@', 'Bohol Island Tours', '@@h@@');
""", u=uuid_s(), h=hexs(64))

add("blind-nm/chat-log/decoy-otp", "support/viber-export-2024-07-14.txt", "https://help.viber.com/hc/en-us/articles/8973744563997",
    """14/07/2024 08:41 Dodong: Sir ang OTP sa GCash business account nigawas na
14/07/2024 08:41 Dodong: 482 913
14/07/2024 08:43 Sir Ramon: ok na, naka-login na ko. salamat
14/07/2024 08:50 Dodong: unsa oras ang last trip padulong Poro karon?
14/07/2024 08:51 Sir Ramon: 4:30 PM, basin ma-cancel kay kusog ang balod
""")

add("blind-nm/yaml/decoy-docker-compose-env-file", "compose.prod.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """services:
  ticketing:
    image: registry.camotesferry.ph/ticketing:2.14.1
    env_file: /etc/ferry/ticketing.env
    environment:
      DB_HOST: pg-mandaue-01.internal
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    external: true
""")

add("blind-nm/notebook/decoy-getpass", "analytics/ridership.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('DB password: ')\\n",
    "eng = sa.create_engine(f'postgresql://reporting:{pw}@pg-mandaue-01.internal/ferry_tickets')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- secrets, third part

add("blind-nm/python/json-in-string", "ferry/jobs/sms_blast.py", "https://docs.python.org/3/library/json.html",
    """import json
import os

# Semaphore SMS config (temporaryo, ibalhin sa Vault)
SMS_CONFIG = json.loads('{"provider": "semaphore", "apikey": "@@secret@@", "sender": "CAMOTESFRY"}')


def blast(numbers, message):
    for n in numbers:
        send(SMS_CONFIG, n, message)
""", hexs(32))

add("blind-nm/yaml/k8s-configmap-password", "deploy/k8s/kiosk-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: kiosk-config
  namespace: ferry-prod
data:
  PORT_CODE: "MND"
  PRINTER: "EPSON TM-T82"
  KIOSK_ADMIN_PIN_FALLBACK: "none"
  MQTT_URL: "mqtts://kiosk:@@secret@@@mqtt.camotesferry.internal:8883"
""", rand_pw(20))

add("blind-nm/docker-compose/rabbitmq", "booking-api/docker-compose.prod.yml", "https://hub.docker.com/_/rabbitmq",
    """services:
  queue:
    image: rabbitmq:3.13-management
    environment:
      - RABBITMQ_DEFAULT_USER=booking
      - RABBITMQ_DEFAULT_PASS=@@secret@@
    ports: ["5672:5672"]
  worker:
    image: registry.moalboalreef.ph/booking-worker:2.14.1
    environment:
      - AMQP_URL=amqp://booking@queue:5672/
""", words_pw())

add("blind-nm/env/github-token", "tools/release/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """# release script: mag-create og GitHub release ug upload sa kiosk installers
GITHUB_REPO=camotesferry/kiosk
GITHUB_TOKEN=@@secret@@
RELEASE_CHANNEL=stable
# expiry: 90 ka adlaw, i-renew sa Oktubre
""", gh_fine())

add("blind-nm/javascript/mongodb-uri", "chat-support/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """const { MongoClient } = require('mongodb');

// Chat support logs (Bisaya ug English nga mga pangutana)
const uri = 'mongodb+srv://chatsvc:@@secret@@@cluster0.ferry.mongodb.net/support?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db('support');
};
""", rand_pw(16))

add("blind-nm/terraform/tfvars-password", "infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """region          = "ap-southeast-1"
environment     = "prod"
db_instance     = "db.t3.medium"
db_password     = "@@secret@@"
booking_domain  = "book.moalboalreef.ph"
""", words_pw())

add("blind-nm/jenkinsfile/sonar-token", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """pipeline {
  agent any
  environment {
    SONAR_HOST = 'https://sonar.camotesferry.ph'
    SONAR_TOKEN = '@@secret@@'
  }
  stages {
    stage('Test') { steps { sh './gradlew test' } }
    stage('Sonar') { steps { sh './gradlew sonar -Dsonar.host.url=$SONAR_HOST -Dsonar.token=$SONAR_TOKEN' } }
  }
}
""", "squ_" + hexs(40))

add("blind-nm/text/ops-note-password", "notes/kiosk-poro-todo.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3",
    """TODO sa kiosk sa Poro (Sabado)
- ilisi ang UPS battery
- i-update ang kiosk app to 2.14.1
- BIOS password kay @@secret@@ (para ma-disable ang USB boot)
- i-check ang LTE signal sa likod sa terminal
- pictures sa bag-ong signage
""", words_pw())

add("blind-nm/python/ftp-login", "ferry/jobs/upload_marina.py", "https://docs.python.org/3/library/ftplib.html",
    """from ftplib import FTP_TLS

# Monthly ridership report ngadto sa MARINA Region VII
def upload(path):
    ftp = FTP_TLS("ftp.marina7.gov.ph")
    ftp.login("camotesferry", "@@secret@@")
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR reports/{path.name}", fh)
    ftp.quit()
""", rand_pw(14, "#$"))

add("blind-nm/go/stripe-key", "dive-payments/main.go", "https://github.com/stripe/stripe-go#usage",
    """package main

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
)

func main() {
	// Deposit sa dive package (30%)
	stripe.Key = "@@secret@@"
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(450000), Currency: stripe.String("php")}
	paymentintent.New(params)
}
""", stripe("rk_live_"))

add("blind-nm/ruby/aws-credentials", "sms/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis",
    """local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: ap-southeast-1
  bucket: camotesferry-sms-attachments
""", aws_secret(), kid=aws_id())

add("blind-nm/csharp/basic-auth-key-in-code", "Kiosk/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/minimal-apis",
    """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("paymongo", c =>
{
    c.BaseAddress = new Uri("https://api.paymongo.com/v1/");
    // TODO: kuhaa ni sa config
    c.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("@@secret@@:")));
});
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();
""", fakes.fake("sk_live_", 24, _seed()))

add("blind-nm/ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html",
    """[FerryTickets]
Driver      = PostgreSQL Unicode
Servername  = pg-mandaue-01.internal
Port        = 5432
Database    = ferry_tickets
Username    = reporting
Password    = @@secret@@
""", words_pw())

add("blind-nm/pgpass/password", "ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# hostname:port:database:username:password
pg-mandaue-01.internal:5432:ferry_tickets:ferry_app:@@secret@@
pg-bohol.internal:5432:fleet:manifest:*
# ang reporting user naa sa Vault, dili diri
# gamit: chmod 600 ~/.pgpass
""", rand_pw(22))

add("blind-nm/yaml/netplan-wifi", "kiosk/netplan/60-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis",
    """network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "FerryKiosk-MND":
          password: "@@secret@@"
""", rand_pw(16))

add("blind-nm/markdown/webhook-in-doc", "docs/ops/alerts.md", "https://api.slack.com/messaging/webhooks",
    """# Alerts sa ops

Ang mga alerto sa booking failures moadto sa `#dive-ops`.

Para mo-test:

    curl -X POST -H 'Content-type: application/json' \\
      --data '{"text":"Test gikan sa Moalboal"}' \\
      @@secret@@

Ayaw pag-spam; naa ang mga dive master sa channel.
""", slack_webhook())

add("blind-nm/python/smtp-login", "resort/notify/smtp_fallback.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    """import smtplib
from email.message import EmailMessage


def send(to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "book@thresherdivers.ph", to, subject
    msg.set_content(body)
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("book@thresherdivers.ph", "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("blind-nm/javascript/axios-api-key", "web/src/api/weather.js", "https://openweathermap.org/appid",
    """import axios from 'axios';

// Panahon sa Camotes Sea para sa trip advisory
const OWM_KEY = '@@secret@@';

export async function seaWeather(lat = 10.65, lon = 124.35) {
  const { data } = await axios.get('https://api.openweathermap.org/data/2.5/weather', {
    params: { lat, lon, appid: OWM_KEY, units: 'metric' },
  });
  return data;
}
""", hexs(32))

add("blind-nm/systemd/environment-password", "deploy/systemd/manifest-export.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """[Unit]
Description=Passenger manifest export (PCG)
After=network-online.target

[Service]
Type=oneshot
User=manifest
Environment="SFTP_HOST=sftp.boholport.gov.ph" "SFTP_USER=camotesferry" "SFTP_PASSWORD=@@secret@@"
ExecStart=/opt/manifest/bin/export --all-routes
""", rand_pw(18))

add("blind-nm/markdown/helm-set-flag", "runbooks/helm-upgrade-booking.md", "https://helm.sh/docs/helm/helm_upgrade/",
    """# Pag-upgrade sa booking chart

```
helm upgrade --install booking ./deploy/helm/booking \\
  -n dive -f deploy/helm/booking/values-prod.yaml \\
  --set mail.password='@@secret@@' \\
  --set image.tag=2.14.2
```

Human sa upgrade, tan-awa ang `kubectl -n dive get pods`.
""", rand_pw(28))

add("blind-nm/lua/nginx-auth", "deploy/nginx/lua/partner_auth.lua", "https://github.com/openresty/lua-nginx-module#access_by_lua_block",
    """-- Partner API gate sa nginx (Bohol agencies)
local expected = "@@secret@@"
local key = ngx.req.get_headers()["X-Agency-Key"]
if key ~= expected then
  ngx.status = 401
  ngx.say("dili ka authorized")
  return ngx.exit(401)
end
""", "agk_" + hexs(40))

# ---------------------------------------------------------------- decoys, third part

add("blind-nm/ansible/decoy-vault-encrypted", "ansible/group_vars/db/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("blind-nm/ansible/decoy-vault-reference", "ansible/group_vars/db/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible",
    """---
mysql_root_password: "{{ vault_mysql_root_password }}"
booking_db_password: "{{ vault_booking_db_password }}"
mysql_bind_address: 0.0.0.0
mysql_max_connections: 300
# ang tinuod nga values naa sa vault.yml (encrypted)
""")

add("blind-nm/python/decoy-docs-example-key", "docs/snippets/paymongo_example.py", "https://developers.paymongo.com/docs/authentication",
    """# Pananglitan gikan sa PayMongo docs – ilisi ang key sa imong test key
import requests

resp = requests.post(
    "https://api.paymongo.com/v1/payment_intents",
    auth=("sk_test_YOUR_SECRET_KEY", ""),
    json={"data": {"attributes": {"amount": 55000, "currency": "PHP",
                                  "payment_method_allowed": ["gcash", "card"]}}},
)
print(resp.json())
""")

add("blind-nm/env/decoy-test-values", "booking-api/.env.test", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html",
    """# Para sa CI ug local tests ra; walay tinuod nga keys
APP_ENV=test
DB_HOST=localhost
DB_PASSWORD=test
STRIPE_SECRET_KEY=sk_test_dummy
MAILGUN_API_KEY=key-test
SENTRY_DSN=
""")

add("blind-nm/yaml/decoy-sentry-dsn-public", "web/config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """# Frontend DSN (public key ra, luwas sa browser)
sentry:
  dsn: https://@@pk@@@o451122.ingest.sentry.io/5543210
  environment: production
  traces_sample_rate: 0.1
  release: web@2.14.1
""", pk=hexs(32))

add("blind-nm/markdown/decoy-rotation-runbook", "runbooks/rotate-paymongo-key.md", "https://developers.paymongo.com/docs/authentication",
    """# Pag-rotate sa PayMongo secret key

1. Sa PayMongo dashboard → Developers → API keys, i-click **Roll key**.
2. Kopyaha ang bag-ong `sk_live_...` DIRETSO sa Vault:
   `vault kv put secret/ferry/paymongo secret_key=-` (i-paste sa stdin)
3. `kubectl -n ferry-prod rollout restart deploy/ticketing`
4. I-check ang `/healthz/payments`.

Ayaw i-paste ang key sa Viber, Slack o sa ticket.
""")

add("blind-nm/log/decoy-token-prefix-only", "logs/auth-2024-08-03.log", "https://www.rfc-editor.org/rfc/rfc6750",
    """2024-08-03T09:00:01Z INFO auth: agency=bohol-island-tours token=agk_3f9c…(truncated) ok
2024-08-03T09:00:07Z WARN auth: agency=unknown token=<missing> rejected
2024-08-03T09:01:12Z INFO auth: kiosk=TAG-02 jwt sub=kiosk-tag-02 exp=1722679272 ok
2024-08-03T09:02:40Z INFO auth: agency=cebu-tours token=agk_a07e…(truncated) ok
2024-08-03T09:03:00Z INFO auth: 4 requests, 1 rejected
""")

add("blind-nm/kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    namespace = "ph.camotesferry.app"
    defaultConfig {
        applicationId = "ph.camotesferry.app"
        versionCode = 214
        // gikan sa local.properties o CI secret, dili hardcoded
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") { storePassword = System.getenv("KEYSTORE_PASSWORD") }
    }
}
""")

add("blind-nm/xml/decoy-maven-env", "ci/settings.ci.xml", "https://maven.apache.org/settings.html#servers",
    """<settings>
  <servers>
    <server>
      <id>ferry-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-nm/powershell/decoy-get-credential", "scripts/Restore-FerryDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Restore sa FerryTickets gikan sa backup (manual ra)
param([string]$BackupFile)
$cred = Get-Credential -Message "SQL login para sa restore"
Restore-SqlDatabase -ServerInstance "sql-mandaue.internal" -Database "FerryTickets" `
    -BackupFile $BackupFile -Credential $cred -ReplaceDatabase
Write-Host "Na-restore na. I-check ang ticket counts."
""")

add("blind-nm/csv/decoy-bookings-export", "exports/bookings-2024-07-sample.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """booking_ref,guest,package,dives,payment_ref,status
BK-88231,Juan Dela Cruz,Sardine Run,3,pi_@@p1@@,paid
BK-88232,Maria Santos,Pescador Island,2,pi_@@p2@@,paid
BK-88233,Kenji Ito,Thresher Dawn Dive,1,pi_@@p3@@,refunded
BK-88234,Anna Müller,Open Water Course,4,,pending
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24))

add("blind-nm/javascript/decoy-process-env", "chat-support/server/config.js", "https://nodejs.org/api/process.html#processenv",
    """// Tanan secrets gikan sa environment
module.exports = {
  mongoUri: process.env.MONGO_URI,
  sessionSecret: process.env.SESSION_SECRET || (() => { throw new Error('kulang ang SESSION_SECRET'); })(),
  slackWebhook: process.env.SLACK_WEBHOOK_URL ?? null,
  port: Number(process.env.PORT || 3000),
};
""")

add("blind-nm/go/decoy-test-constant", "fleet/internal/kiosk/signing_test.go", "https://pkg.go.dev/testing",
    """package kiosk

import "testing"

// test key ra, dili gamiton sa production
var testKey = []byte("test-key-not-secret")

func TestSignStable(t *testing.T) {
	qrSigningKey = testKey
	if len(Sign([]byte("MND-TAG-0600-14A"))) != 32 {
		t.Fatal("sayop ang gitas-on sa signature")
	}
}
""")

add("blind-nm/terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password",
    """resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "seat_hold" {
  replication_group_id = "seat-hold"
  description          = "Seat hold cache (ferry)"
  node_type            = "cache.t4g.small"
  auth_token           = random_password.redis.result
  transit_encryption_enabled = true
}
""")

add("blind-nm/html/decoy-recaptcha-site-key", "web/public/booking.html", "https://developers.google.com/recaptcha/docs/display",
    """<!DOCTYPE html>
<html lang="ceb">
<head>
  <title>Pag-book og tiket</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/book" method="post">
    <select name="route"><option>MND-TAG</option><option>DAN-CON</option></select>
    <div class="g-recaptcha" data-sitekey="6LcR8xMqAAAAAN4vKp2wYh7TqZsB0dEfGjUk3LmP"></div>
    <button>I-book</button>
  </form>
</body>
</html>
""")

add("blind-nm/text/decoy-wifi-guest-note", "notes/front-desk-faq.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3",
    """FAQ sa front desk (Moalboal)
- Checkout: 11 AM. Late checkout PHP 500/oras.
- Guest Wi-Fi: ang password naka-print sa card sa kwarto (nag-ilis matag semana).
- Rental gear: i-log sa gear sheet, ayaw kalimti ang BCD size.
- Dive briefing: 7:30 AM sa pantalan.
""")

add("blind-nm/dockerfile/decoy-arg-empty", "fleet/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg",
    """FROM golang:1.22 AS build
WORKDIR /src
ARG GOPRIVATE=git.camotesferry.ph
ARG GIT_TOKEN=
COPY . .
RUN go build -o /out/fleet ./cmd/manifest

FROM gcr.io/distroless/base
COPY --from=build /out/fleet /fleet
ENTRYPOINT ["/fleet"]
""")

add("blind-nm/restructuredtext/decoy-config-reference", "docs/config.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
    """Configuration
=============

Mga environment variables:

=====================  ==========================================
``DATABASE_URL``       ``postgres://USER:PASSWORD@HOST:5432/DB``
``PAYMONGO_SECRET``    PayMongo secret key (``sk_live_...``)
``QR_SIGNING_KEY``     32+ random bytes, base64
=====================  ==========================================
""")

add("blind-nm/json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """{
  "name": "ferry-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-nm/yaml/decoy-github-oidc", ".github/workflows/deploy-aws.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """name: deploy-aws
on: { push: { branches: [main] } }
permissions: { id-token: write, contents: read }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ferry-deployer
          aws-region: ap-southeast-1
      - run: aws s3 sync dist/ s3://camotesferry-web/
""")

# ---------------------------------------------------------------- secrets, fourth part

add("blind-nm/python/psycopg-dsn", "ferry/jobs/nightly_reconcile.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html",
    """import psycopg

# Tandi ang PayMongo payouts ug ang tiket nga nabaligya (matag gabii)
DSN = "host=pg-mandaue-01.internal dbname=ferry_tickets user=reconcile password=@@secret@@ sslmode=require"


def main():
    with psycopg.connect(DSN) as conn:
        rows = conn.execute("SELECT trip_id, sum(fare) FROM tickets WHERE sold_at::date = current_date - 1 GROUP BY 1").fetchall()
        reconcile(rows)
""", words_pw())

add("blind-nm/typescript/openai-chatbot", "chat-support/server/bot.ts", "https://github.com/openai/openai-node#usage",
    """import OpenAI from 'openai';

// Chatbot para sa mga pangutana bahin sa schedule (Bisaya, Tagalog, English)
const openai = new OpenAI({ apiKey: '@@secret@@' });

export async function answer(question: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Tubaga sa pinulongan sa pasahero. Ferry schedules: MND-TAG, DAN-CON, CEB-POR.' },
      { role: 'user', content: question },
    ],
  });
  return res.choices[0].message.content ?? '';
}
""", openai())

add("blind-nm/yaml/k8s-secret-stringdata", "deploy/k8s/sms-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """apiVersion: v1
kind: Secret
metadata:
  name: semaphore-sms
  namespace: ferry-prod
type: Opaque
stringData:
  SEMAPHORE_API_KEY: "@@secret@@"
  SEMAPHORE_SENDER: "CAMOTESFRY"
""", hexs(32))

add("blind-nm/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ferry-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_v := rand_pw(24)),
    enc=b64('{"auths":{"registry.camotesferry.ph":{"username":"puller","password":"' + _v + '"}}}'))

add("blind-nm/ruby/slack-webhook", "sms/app/jobs/delay_notifier_job.rb", "https://api.slack.com/messaging/webhooks",
    """require 'net/http'
require 'json'

class DelayNotifierJob < ApplicationJob
  # Ipahibalo sa ops kung nalangan ang barko
  WEBHOOK = URI('@@secret@@')

  def perform(trip, minutes)
    Net::HTTP.post(WEBHOOK, { text: "#{trip}: nalangan og #{minutes} minutos" }.to_json,
                   'Content-Type' => 'application/json')
  end
end
""", slack_webhook())

add("blind-nm/php/mysqli-password", "legacy/ferry-old/db.php", "https://www.php.net/manual/en/mysqli.construct.php",
    """<?php
// DAAN nga sistema (2016) – gigamit pa sa Consuelo booth
$db = new mysqli('192.168.1.20', 'ferry', '@@secret@@', 'ferry_old');
if ($db->connect_errno) {
    die('Dili maka-connect sa database: ' . $db->connect_error);
}
$db->set_charset('utf8mb4');
""", words_pw())

add("blind-nm/shell/export-line", "scripts/env-prod.sh", "https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html#index-export",
    """#!/bin/sh
# source ni sa dili pa mo-run sa manifest export
export MANIFEST_ENV=prod
export SFTP_HOST=sftp.boholport.gov.ph
export SFTP_USER=camotesferry
export SFTP_PASS='@@secret@@'
""", rand_pw(16, "#%"))

add("blind-nm/json/docker-registry-auth", "kiosk/containers/auth.json", "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md",
    """{
  "auths": {
    "registry.camotesferry.ph": {
      "auth": "@@secret@@"
    }
  }
}
""", b64("kiosk-puller:" + rand_pw(20)))

add("blind-nm/swift/stripe-secret", "DiveApp/Sources/Payments/StripeBackend.swift", "https://docs.stripe.com/keys",
    """import Foundation

// TEMPORARY: direct sa Stripe gikan sa app samtang wala pa ang backend endpoint
struct StripeBackend {
    private let secretKey = "@@secret@@"

    func createIntent(amount: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amount)&currency=php".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
""", stripe())

add("blind-nm/env/gitlab-runner-token", "ops/runner/.env", "https://docs.gitlab.com/runner/register/",
    """# GitLab runner sa Mandaue server
CI_SERVER_URL=https://gitlab.com
RUNNER_NAME=mandaue-01
RUNNER_TOKEN=@@secret@@
RUNNER_EXECUTOR=docker
""", fakes.fake("glrt-", 20, _seed()))

add("blind-nm/csharp/jwt-key", "Kiosk/Auth/TokenService.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens.symmetricsecuritykey",
    """using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Kiosk.Auth;

public static class TokenService
{
    // Gamiton sa kiosk ug sa cashier app
    private static readonly SymmetricSecurityKey Key =
        new(Encoding.UTF8.GetBytes("@@secret@@"));

    public static SigningCredentials Signing => new(Key, SecurityAlgorithms.HmacSha256);
}
""", jwt_secret())

add("blind-nm/java/aws-basic-credentials", "ticketing/src/main/java/ph/camotesferry/storage/S3Config.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html",
    """package ph.camotesferry.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

public class S3Config {
    // e-ticket PDFs bucket
    static StaticCredentialsProvider provider() {
        return StaticCredentialsProvider.create(
            AwsBasicCredentials.create("@@kid@@", "@@secret@@"));
    }
}
""", aws_secret(), kid=aws_id())

add("blind-nm/markdown/onboarding-token", "wiki/onboarding-dev.md", "https://docs.github.com/en/get-started/writing-on-github",
    """# Onboarding sa bag-ong developer

1. Hangyo og access sa GitLab group `camotesferry`.
2. Para sa private npm packages, gamita sa sugod ang shared token:
   `npm config set //npm.pkg.github.com/:_authToken @@secret@@`
3. Human ka ma-add sa org, himo og imong kaugalingong token ug ilisi.
4. Basaha ang `docs/config.rst`.
""", github())

add("blind-nm/ini/supervisor-env", "deploy/supervisor/booking-worker.conf", "http://supervisord.org/configuration.html#program-x-section-settings",
    """[program:booking-worker]
command=/srv/dive-booking/venv/bin/celery -A booking worker -l info
directory=/srv/dive-booking
user=www-data
environment=CELERY_BROKER_URL="redis://:@@secret@@@127.0.0.1:6379/2",DJANGO_SETTINGS_MODULE="booking.settings.prod"
autorestart=true
""", redis_pw())

add("blind-nm/python/hardcoded-bearer", "tools/seat_audit.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers",
    """import requests

# Audit sa seat map matag biyahe (para sa overbooking nga reklamo)
HEADERS = {"Authorization": "Bearer @@secret@@"}

for trip in ["MND-TAG-0600", "MND-TAG-1300", "DAN-CON-0730"]:
    seats = requests.get(f"https://api.camotesferry.ph/admin/v1/trips/{trip}/seats", headers=HEADERS).json()
    print(trip, len(seats["sold"]), "/", seats["capacity"])
""", "fta_" + rand_pw(40))

add("blind-nm/yaml/spring-mail", "booking-svc/src/main/resources/application-mail.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email",
    """spring:
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
""", sendgrid())

add("blind-nm/sql/dblink-password", "db/views/agency_sales.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html",
    """-- View sa agency sales gikan sa daan nga DB (Consuelo booth)
CREATE OR REPLACE VIEW agency_sales_legacy AS
SELECT *
FROM dblink('host=192.168.1.20 dbname=ferry_old user=ferry password=@@secret@@',
            'SELECT agency, trip, amount FROM sales')
  AS t(agency text, trip text, amount numeric);
""", rand_pw(12))

add("blind-nm/powershell/env-var-set", "scripts/Set-KioskEnv.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.environment.setenvironmentvariable",
    """# I-set ang environment sa kiosk PC (run as admin)
[Environment]::SetEnvironmentVariable("KIOSK_PORT", "TAG", "Machine")
[Environment]::SetEnvironmentVariable("KIOSK_API", "https://api.camotesferry.ph", "Machine")
[Environment]::SetEnvironmentVariable("KIOSK_API_TOKEN", "@@secret@@", "Machine")
Restart-Computer -Confirm
""", "kio_" + rand_pw(36))

add("blind-nm/toml/netlify-env", "web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/",
    """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  CONTENTFUL_DELIVERY_TOKEN = "@@secret@@"
""", rand_pw(43, "-_"))

add("blind-nm/xml/android-strings", "app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource",
    """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Semaphore SMS para sa OTP (dili dapat naa sa app!) -->
    <string name="semaphore_api_key">@@secret@@</string>
    <string name="app_name">Camotes Ferry</string>
</resources>
""", hexs(32))

# ---------------------------------------------------------------- secrets, fifth part

add("blind-nm/chat-log/api-key-message", "support/slack-export-dev-2024-08-05.json", "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports",
    """[
  {"type": "message", "user": "U02JUNJUN", "ts": "1722830400.000100",
   "text": "bai asa na ang Semaphore key? mo-test ko sa OTP flow"},
  {"type": "message", "user": "U01INDAY", "ts": "1722830460.000200",
   "text": "ania: @@secret@@ (prod ni ha, ayaw i-spam og SMS)"},
  {"type": "message", "user": "U02JUNJUN", "ts": "1722830490.000300",
   "text": "salamat Day!"}
]
""", hexs(32))

add("blind-nm/makefile/password-variable", "Makefile", "https://www.gnu.org/software/make/manual/make.html#Using-Variables",
    """DB_URL := postgres://ferry_app:@@secret@@@pg-mandaue-01.internal:5432/ferry_tickets

.PHONY: migrate seed test

migrate:
\tmigrate -path db/migrations -database "$(DB_URL)" up

test:
\tgo test ./...
""", rand_pw(20))

add("blind-nm/go/split-over-lines", "fleet/internal/sms/semaphore.go", "https://go.dev/ref/spec#String_literals",
    """package sms

import "net/url"

// Semaphore API key (giputol kay taas kaayo ang linya)
const apiKey = "@@a@@" +
	"@@b@@"

func Params(number, msg string) url.Values {
	return url.Values{"apikey": {apiKey}, "number": {number}, "message": {msg}, "sendername": {"CAMOTESFRY"}}
}
""", (_v := hexs(32)), a=_v[:16], b=_v[16:])

add("blind-nm/vbnet/connection-string", "LegacyBooth/Module1.vb", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    """Imports System.Data.SqlClient

Module Module1
    ' Booth app sa Consuelo (VB.NET, 2015)
    Const ConnStr As String = "Data Source=192.168.1.21;Initial Catalog=Booth;User ID=booth;Password=@@secret@@"

    Sub Main()
        Using cn As New SqlConnection(ConnStr)
            cn.Open()
            Console.WriteLine("Konektado na")
        End Using
    End Sub
End Module
""", words_pw())

add("blind-nm/perl/ldap-bind", "legacy/scripts/staff_sync.pl", "https://metacpan.org/pod/Net::LDAP",
    """#!/usr/bin/perl
use strict;
use Net::LDAP;

# I-sync ang staff accounts sa resort gikan sa LDAP
my $ldap = Net::LDAP->new('ldap.moalboalreef.internal') or die "$@";
my $mesg = $ldap->bind('cn=sync,dc=moalboalreef,dc=ph', password => '@@secret@@');
die $mesg->error if $mesg->code;
print "Konektado\\n";
""", words_pw())

add("blind-nm/dart/api-key", "mobile_flutter/lib/config.dart", "https://dart.dev/language/variables#final-and-const",
    """// Flutter app para sa dive bookings (Android/iOS)
class Config {
  static const baseUrl = 'https://api.moalboalreef.ph/v2';
  // TODO(jun): ibalhin sa --dart-define
  static const bookingApiKey = '@@secret@@';
  static const defaultLocale = 'ceb';
}
""", "mrd_live_" + rand_pw(32))

add("blind-nm/env/mailgun-key", "resort/.env.production", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/",
    """RESORT_NAME="Malapascua Thresher Divers"
MAILGUN_DOMAIN=mg.thresherdivers.ph
MAILGUN_API_KEY=@@secret@@
BOOKING_DEPOSIT=0.3
TZ=Asia/Manila
""", mailgun())

add("blind-nm/cron/crontab-password", "deploy/cron/manifest.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """# m h dom mon dow command
# Manifest export sa matag biyahe (30 min sa dili pa mobiya)
30 5 * * * /opt/manifest/bin/export --route MND-TAG --sftp-pass '@@secret@@' >> /var/log/manifest.log 2>&1
30 12 * * * /opt/manifest/bin/export --route MND-TAG >> /var/log/manifest.log 2>&1
0 7 * * * /opt/manifest/bin/export --route DAN-CON >> /var/log/manifest.log 2>&1
""", rand_pw(16))

add("blind-nm/yaml/openapi-example-real-key", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#example-object",
    """openapi: 3.1.0
info: { title: Camotes Ferry Agency API, version: "1.4" }
components:
  securitySchemes:
    agencyKey:
      type: apiKey
      in: header
      name: X-Agency-Key
      # gi-copy gikan sa Postman, production key sa Bohol Island Tours:
      x-example: @@secret@@
security: [{ agencyKey: [] }]
""", "agk_" + hexs(40))

add("blind-nm/python/tuple-join", "resort/integrations/pms.py", "https://docs.python.org/3/library/stdtypes.html#str.join",
    """from zeep import Client

# Property management system (Cloudbeds-like) para sa room ug dive packages
PMS_USER = "moalboalreef"
PMS_PASS = "".join((
    "@@a@@",
    "@@b@@",
))

client = Client("https://pms.partner-hotel.ph/soap?wsdl")
""", (_v := words_pw()), a=_v[:7], b=_v[7:])

add("blind-nm/yaml/circleci-context", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/",
    """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: camotesferry
          password: @@secret@@
    steps:
      - checkout
      - run: npm ci && npm test
""", "dckr_pat_" + rand_pw(27, "-_"))

add("blind-nm/ini/rclone-config", "ops/rclone.conf", "https://rclone.org/s3/",
    """[manifests]
type = s3
provider = AWS
access_key_id = @@kid@@
secret_access_key = @@secret@@
region = ap-southeast-1
""", aws_secret(), kid=aws_id())

add("blind-nm/properties/kafka-jaas", "ticketing/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain",
    """bootstrap.servers=kafka-1.camotesferry.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="ticketing" password="@@secret@@";
# topic: seat-events
""", rand_pw(24))

add("blind-nm/markdown/readme-curl-basic", "tools/manifest-lib/README.md", "https://curl.se/docs/manpage.html#-u",
    """# ferry-manifest

Library para sa passenger manifest export.

## Manual upload (kung naguba ang cron)

```
curl -u camotesferry:@@secret@@ -T manifest.csv https://upload.boholport.gov.ph/manifests/
```
""", words_pw())

add("blind-nm/javascript/webpack-define", "web/webpack.config.js", "https://webpack.js.org/plugins/define-plugin/",
    """const webpack = require('webpack');

module.exports = {
  entry: './src/index.js',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.API_BASE': JSON.stringify('https://api.camotesferry.ph'),
      'process.env.ALGOLIA_ADMIN_KEY': JSON.stringify('@@secret@@'),
    }),
  ],
};
""", hexs(32))

add("blind-nm/log/stacktrace-dsn", "logs/ticketing-error-2024-08-04.log", "https://docs.python.org/3/library/logging.html",
    """2024-08-04 13:02:11,481 ERROR ticketing.db: connection failed
Traceback (most recent call last):
  File "/srv/ticketing/ferry/db.py", line 22, in connect
    return psycopg.connect("postgresql://ferry_app:@@secret@@@pg-mandaue-01.internal:5432/ferry_tickets")
psycopg.OperationalError: connection to server at "pg-mandaue-01.internal" failed: timeout expired
2024-08-04 13:02:12,003 WARN  ticketing.api: serving cached schedule
""", words_pw())

add("blind-nm/shell/sshpass", "scripts/pull-kiosk-logs.sh", "https://linux.die.net/man/1/sshpass",
    """#!/usr/bin/env bash
# Kuhaa ang logs sa tanang kiosks (kada Lunes)
for host in mnd-01 mnd-02 tag-01 tag-02 por-01; do
  sshpass -p '@@secret@@' scp "kiosk@${host}.kiosk.internal:/var/log/kiosk/*.log" "logs/${host}/"
done
echo "Nakuha na tanan logs"
""", words_pw())

add("blind-nm/python/django-secret-settings", "diveadmin/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["admin.moalboalreef.ph"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://admin.moalboalreef.ph"]
""", django())

add("blind-nm/docker-compose/mysql-root", "legacy/ferry-old/docker-compose.yml", "https://hub.docker.com/_/mysql",
    """version: "3"
services:
  mysql:
    image: mysql:5.7
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: ferry_old
    ports: ["3306:3306"]
""", rand_pw(14))

add("blind-nm/typescript/paymongo-secret-in-frontend", "web/src/pages/Checkout.tsx", "https://developers.paymongo.com/docs/accepting-gcash-payments",
    """import { useState } from 'react';

// SAYOP: secret key sa frontend – ayaw ni i-deploy (ticket FERRY-412)
const PAYMONGO_KEY = '@@secret@@';

export default function Checkout({ amount }: { amount: number }) {
  const [busy, setBusy] = useState(false);
  async function pay() {
    setBusy(true);
    await fetch('https://api.paymongo.com/v1/sources', {
      method: 'POST',
      headers: { Authorization: 'Basic ' + btoa(PAYMONGO_KEY + ':') },
      body: JSON.stringify({ data: { attributes: { amount, type: 'gcash', currency: 'PHP' } } }),
    });
  }
  return <button disabled={busy} onClick={pay}>Bayad pinaagi sa GCash</button>;
}
""", fakes.fake("sk_live_", 24, _seed()))

add("blind-nm/restructuredtext/runbook-password", "docs/runbooks/pcg-portal.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html#literal-blocks",
    """PCG manifest portal
===================

Kung dili mo-upload ang cron, manual sa portal:

* URL: https://manifest.pcg-cebu.gov.ph
* Account: ``camotesferry-ops``
* Password: ``@@secret@@``

Pagkahuman, i-screenshot ang confirmation ug i-post sa #ferry-ops.
""", words_pw())

add("blind-nm/hcl/nomad-template", "deploy/nomad/kiosk-sync.nomad.hcl", "https://developer.hashicorp.com/nomad/docs/job-specification/template",
    """job "kiosk-sync" {
  datacenters = ["mandaue"]
  group "sync" {
    task "sync" {
      driver = "docker"
      config { image = "registry.camotesferry.ph/kiosk-sync:1.3" }
      env {
        SYNC_API_TOKEN = "@@secret@@"
        SYNC_INTERVAL  = "60s"
      }
    }
  }
}
""", "kio_" + rand_pw(36))

add("blind-nm/yaml/grafana-datasource-password", "ops/grafana/provisioning/datasources/ferry.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """apiVersion: 1
datasources:
  - name: FerryTickets
    type: postgres
    url: pg-mandaue-01.internal:5432
    user: grafana
    jsonData: { database: ferry_tickets, sslmode: require }
    secureJsonData:
      password: "@@secret@@"
""", rand_pw(20))

# ---------------------------------------------------------------- decoys, fourth part

add("blind-nm/yaml/decoy-grafana-env", "ops/grafana/provisioning/datasources/dive.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables",
    """apiVersion: 1
datasources:
  - name: DiveBookings
    type: postgres
    url: pg-mactan.internal:5432
    user: grafana
    jsonData: { database: dive, sslmode: require }
    secureJsonData:
      password: $__env{GRAFANA_DIVE_DB_PASSWORD}
""")

add("blind-nm/python/decoy-hashed-compare", "ferry/kiosk/pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac",
    """import hashlib
import hmac

# PIN sa kiosk admin – hash ra ang gitipigan
PIN_SALT = bytes.fromhex("@@salt@@")
PIN_HASH = bytes.fromhex("@@h@@")


def check(pin: str) -> bool:
    got = hashlib.pbkdf2_hmac("sha256", pin.encode(), PIN_SALT, 200_000)
    return hmac.compare_digest(got, PIN_HASH)
""", salt=hexs(32), h=hexs(64))

add("blind-nm/markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """# Changelog

## 2.14.1 – 2024-07-29
- Gi-fix ang double booking sa MND-TAG 06:00 nga biyahe
- Gibalhin ang PayMongo key sa Vault (wala na sa `.env`)
- Commit `9f3c2a1e7b4d8f60a5c1e2d3b4a59687f0e1d2c3`: gi-rotate ang JWT signing key

## 2.14.0 – 2024-07-15
- Bag-ong ruta: Cebu–Poro
""")

add("blind-nm/env/decoy-commented-out", "sms-gateway/.env.sample", "https://github.com/motdotla/dotenv#comments",
    """# TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM=+639170000000
SMS_LANGUAGE=ceb
SEMAPHORE_API_KEY=
""")

add("blind-nm/json/decoy-vscode-launch", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations",
    """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "ticketing (local)",
      "type": "python",
      "request": "launch",
      "program": "manage.py",
      "args": ["runserver"],
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("blind-nm/sql/decoy-encrypted-column", "db/migrations/0060_card_tokens.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PGP-ENC-FUNCS",
    """-- Card tokens gikan sa PayMongo (dili card numbers)
ALTER TABLE customers ADD COLUMN pm_customer_id text;
ALTER TABLE customers ADD COLUMN notes_enc bytea;
-- pananglitan:
UPDATE customers SET pm_customer_id = 'cus_@@c@@',
  notes_enc = pgp_sym_encrypt('VIP: libre upgrade', current_setting('app.notes_key'))
WHERE id = 1042;
""", c=fakes.drawn(_seed(), 24))

add("blind-nm/go/decoy-example-dsn", "fleet/internal/db/doc.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection",
    """// Package db nagkonektar sa fleet database.
//
// Ang DSN gikan sa FLEET_DATABASE_URL, pananglitan:
//
//	postgres://user:password@localhost:5432/fleet?sslmode=disable
//
// Sa production, gi-inject sa Vault agent.
package db
""")

add("blind-nm/yaml/decoy-openapi-example", "docs/api/agency-openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#example-object",
    """openapi: 3.1.0
info: { title: Camotes Ferry Agency API, version: "1.5" }
components:
  securitySchemes:
    agencyKey:
      type: apiKey
      in: header
      name: X-Agency-Key
      description: "Pananglitan: agk_0000000000000000000000000000000000000000"
security: [{ agencyKey: [] }]
""")

add("blind-nm/shell/decoy-read-prompt", "scripts/create-staff.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """#!/usr/bin/env bash
# Himo og bag-ong staff account sa dive admin
set -euo pipefail
read -rp "Username: " USERNAME
read -rsp "Password: " PASSWORD; echo
python manage.py shell -c "from staff.models import create; create('$USERNAME', '$PASSWORD')"
echo "Nahimo na si $USERNAME"
""")

add("blind-nm/properties/decoy-spring-placeholder", "ticketing/src/main/resources/application-docker.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders",
    """spring.datasource.url=jdbc:mysql://${DB_HOST:mysql}:3306/ferry
spring.datasource.username=${DB_USER:ticketing}
spring.datasource.password=${DB_PASSWORD}
spring.kafka.properties.sasl.jaas.config=${KAFKA_JAAS}
# walay defaults para sa secrets, tuyo-tuyo ni
""")

add("blind-nm/log/decoy-jwt-expired", "logs/kiosk-auth-debug.log", "https://www.rfc-editor.org/rfc/rfc7519",
    """2024-08-05T06:00:02Z DEBUG auth: header alg=HS256 typ=JWT
2024-08-05T06:00:02Z DEBUG auth: claims sub=kiosk-mnd-01 aud=ferry-app exp=1722830400
2024-08-05T06:00:02Z WARN  auth: token expired, mangayo og bag-o
2024-08-05T06:00:03Z INFO  auth: refreshed token for kiosk-mnd-01 (value not logged)
2024-08-05T06:00:03Z INFO  kiosk: ready
""")

add("blind-nm/csharp/decoy-configuration-binding", "Kiosk/Services/PayMongoOptions.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/options",
    """namespace Kiosk.Services;

// Gi-bind gikan sa "PayMongo" section; ang SecretKey gikan sa Azure Key Vault
public class PayMongoOptions
{
    public const string Section = "PayMongo";
    public string SecretKey { get; set; } = string.Empty;
    public string PublicKey { get; set; } = string.Empty;
    public string WebhookSecretName { get; set; } = "paymongo-webhook-secret";
}
""")

add("blind-nm/ruby/decoy-credentials-fetch", "sms/config/initializers/semaphore.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """# Semaphore key gikan sa Rails encrypted credentials
Semaphore.configure do |c|
  c.api_key = Rails.application.credentials.dig(:semaphore, :api_key)
  c.sender_name = 'CAMOTESFRY'
  c.timeout = 10
end
""")

add("blind-nm/text/decoy-mfa-recovery-instructions", "notes/aws-root-account.txt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html",
    """AWS root account (camotesferry)
- Email: aws-root@camotesferry.ph
- MFA: hardware key, naa sa safe sa opisina sa Mandaue (drawer 2)
- Recovery codes: sealed envelope, naa kang Sir Ramon
- Password: naa sa 1Password vault "Finance-Root" (dili ibutang diri)
- Ayaw gamita ang root para sa adlaw-adlaw nga trabaho
""")

add("blind-nm/dockerfile/decoy-env-nonsecret", "chat-support/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=3000 \\
    DEFAULT_LANG=ceb \\
    SESSION_SECRET_FILE=/run/secrets/session_secret
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server/index.js"]
""")

add("blind-nm/k8s/decoy-sealed-secret", "deploy/k8s/sealed-semaphore.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: semaphore-sms
  namespace: ferry-prod
spec:
  encryptedData:
    SEMAPHORE_API_KEY: Ag@@c@@
  template:
    metadata: { name: semaphore-sms }
""", c=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("blind-nm/typescript/decoy-mock-keys", "api/src/__mocks__/paymongo.ts", "https://jestjs.io/docs/manual-mocks",
    """// Mock sa PayMongo para sa jest tests – walay tinuod nga key
export const TEST_SECRET = 'sk_test_mock_not_a_real_key';

export const createPaymentIntent = jest.fn(async (amount: number) => ({
  id: 'pi_mock_123',
  attributes: { amount, status: 'awaiting_payment_method' },
}));
""")

add("blind-nm/notebook/decoy-output-masked", "analytics/payouts.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["using key sk_live_…(hidden)\\n"]}],
   "source": [
    "import os\\n",
    "key = os.environ['PAYMONGO_SECRET_KEY']\\n",
    "print('using key', key[:8] + '…(hidden)')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-nm/ini/decoy-alembic", "tools/manifest-lib/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file",
    """[alembic]
script_location = migrations
# ang URL gikan sa env.py (MANIFEST_DATABASE_URL)
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root
""")

add("blind-nm/chat-log/decoy-booking-refs", "support/messenger-export-2024-08-06.txt", "https://www.facebook.com/help/messenger-app/713635396288741",
    """[08:10] Guest: Maayong buntag! Na-book nako ang Sardine Run pero wala ko kadawat og email
[08:12] Moalboal Reef Divers: Maayong buntag! Unsa imong booking ref?
[08:13] Guest: BK-88297, ug ang PayMongo ref kay pay_@@p@@
[08:15] Moalboal Reef Divers: Nakit-an na, gi-resend na namo ang confirmation. Kita-kits sa 7:30!
[08:16] Guest: Salamat kaayo!
""", p=fakes.drawn(_seed(), 24))

add("blind-nm/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file#configuration-options-for-private-registries",
    """version: 2
registries:
  ferry-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.FERRY_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [ferry-npm]
    schedule: { interval: weekly }
""")

add("blind-nm/python/decoy-keyring", "tools/seat_audit_v2.py", "https://pypi.org/project/keyring/",
    """import keyring
import requests

# Ang admin token gitipigan sa OS keychain (keyring set camotesferry admin-token)
TOKEN = keyring.get_password("camotesferry", "admin-token")

for trip in ["MND-TAG-0600", "DAN-CON-0730"]:
    r = requests.get(f"https://api.camotesferry.ph/admin/v1/trips/{trip}/seats",
                     headers={"Authorization": f"Bearer {TOKEN}"})
    print(trip, r.json()["capacity"])
""")

add("blind-nm/xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/config#step_3_add_your_api_key_to_the_project",
    """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="Camotes Ferry">
        <!-- gikan sa secrets-gradle-plugin (local.properties), dili hardcoded -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("blind-nm/markdown/decoy-security-policy", "SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository",
    """# Security Policy

Kung naa kay nakit-an nga vulnerability sa booking o ticketing system,
ayaw pag-open og public issue. I-email ang security@camotesferry.ph.

PGP fingerprint: `4F2A 9C1B 7E3D 0A56 B8C2  91DE 3F47 A0B1 C2D3 E4F5`

Among tubagon sulod sa 3 ka adlaw (Lunes–Biyernes).
""")

add("blind-nm/terraform/decoy-data-source", "infra/terraform/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """data "aws_secretsmanager_secret_version" "paymongo" {
  secret_id = "prod/ferry/paymongo"
}

locals {
  paymongo = jsondecode(data.aws_secretsmanager_secret_version.paymongo.secret_string)
}

output "paymongo_key_arn" {
  value = data.aws_secretsmanager_secret_version.paymongo.arn
}
""")

add("blind-nm/csv/decoy-schedule", "data/ferry-schedule-2024-q3.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """route,depart,arrive,vessel,fare_php,trip_key
MND-TAG,06:00,08:00,MV Lapu-Lapu Star,550,@@k1@@
MND-TAG,13:00,15:00,MV Lapu-Lapu Star,550,@@k2@@
DAN-CON,07:30,08:45,MV Camotes Express,280,@@k3@@
CEB-POR,09:00,11:30,MV Bitoon,350,@@k4@@
""", k1=hexs(12), k2=hexs(12), k3=hexs(12), k4=hexs(12))

add("blind-nm/php/decoy-laravel-config", "ferry-admin/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values",
    """<?php

return [
    'paymongo' => [
        'public' => env('PAYMONGO_PUBLIC_KEY'),
        'secret' => env('PAYMONGO_SECRET_KEY'),
    ],
    'semaphore' => [
        'key' => env('SEMAPHORE_API_KEY', ''),
        'sender' => 'CAMOTESFRY',
    ],
];
""")

add("blind-nm/powershell/decoy-secretmanagement", "scripts/Get-KioskToken.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """# Kuhaa ang kiosk API token gikan sa SecretStore (dili hardcoded)
Import-Module Microsoft.PowerShell.SecretManagement
$token = Get-Secret -Name "KioskApiToken" -Vault "FerryOps" -AsPlainText
[Environment]::SetEnvironmentVariable("KIOSK_API_TOKEN", $token, "Process")
Write-Host "Token loaded (wala gi-print)"
""")

add("blind-nm/yaml/decoy-published-examples", "docs/security/fake-values.yaml", "https://yaml.org/spec/1.2.2/",
    """# Mga fake values nga gigamit sa docs ug tests (tuyo-tuyo nga dili tinuod)
examples:
  paymongo_secret: sk_test_EXAMPLEEXAMPLEEXAMPLE
  aws_access_key_id: AKIAIOSFODNN7EXAMPLE
  aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  db_password: correct-horse-battery-staple
""")

add("blind-nm/swift/decoy-keychain", "DiveApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """import Security
import Foundation

// I-save ang session token sa Keychain, dili sa UserDefaults
enum TokenStore {
    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrAccount as String: "session",
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("blind-nm/env/decoy-angle-brackets", "chat-support/.env.template", "https://github.com/motdotla/dotenv#usage",
    """# Ilisi ang mga <...> sa imong kaugalingong values
MONGO_URI=mongodb+srv://<user>:<password>@cluster0.ferry.mongodb.net/support
SESSION_SECRET=<random 64 chars>
OPENAI_API_KEY=<ibutang dinhi>
PORT=3000
""")
