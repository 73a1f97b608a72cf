"""Blind set IO: ski and snowboard rental shops of a Latvian firm (Kalnu Noma SIA).

Booking site and POS code, rental-fleet and ski-pass integrations, payment and SMS vendors,
boot-fitting kiosks, CI, containers, infrastructure, runbooks (about a third in Latvian), SQL,
CSV exports and logs, and their decoys. Generated fakes only (seeds 3740000-3749999).
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
SEED_LO, SEED_HI = 3740000, 3749999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sniegs", "Kalns", "Slepes", "Zabaks", "Egle", "Ledus", "Putenis", "Briedis", "Gauja", "Sigulda",
         "Vejs", "Ziema", "Kupena", "Nogaze", "Lapsa", "Dzenis"]
LOWER = ["slalom", "mogul", "powder", "carving", "binding", "edge", "wax", "piste", "chairlift", "gondola",
         "freeride", "halfpipe", "snowcat", "apres"]


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
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    rest = "".join(r.choice(ALNUM + "+/") for _ in range(70 * 4 - len(body)))
    text = body + rest
    lines = "\n".join(text[i:i + 70] for i in range(0, len(text), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{lines}\n-----END OPENSSH PRIVATE KEY-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-io/{category}", file_name, text, secret, source))


# --- secrets ------------------------------------------------------------------------------------

add("env/stripe-secret-key", "booking/.env.production", "https://docs.stripe.com/keys", """
# Kalnu Noma booking site - production
DJANGO_SETTINGS_MODULE=noma.settings.prod
ALLOWED_HOSTS=noma.lv,www.noma.lv
DEFAULT_CURRENCY=EUR
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
RENTAL_DEPOSIT_EUR=150
SEASON_START=2026-12-12
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "pos/payments/refunds.py", "https://docs.stripe.com/keys#limit-access", """
\"\"\"Refund a rental deposit when skis are returned undamaged.\"\"\"
import stripe

# restricted key: refunds + charges read only (izveidots 2026-11-03, Anna)
stripe.api_key = "@@secret@@"


def refund_deposit(payment_intent_id: str, damaged: bool) -> None:
    if damaged:
        return
    stripe.Refund.create(payment_intent=payment_intent_id, reason="requested_by_customer")
""", stripe_key("rk_live_"))

add("yaml/database-password", "config/rentals.yml", "https://docs.sqlalchemy.org/en/20/core/engines.html", """
shop:
  name: Kalnu Noma Sigulda
  timezone: Europe/Riga
database:
  host: pg-rentals.internal.noma.lv
  port: 5432
  name: rentals
  user: rentals_app
  password: "@@secret@@"
fleet:
  sizes_cm: [90, 100, 110, 120, 130, 140, 150, 160, 170, 180]
  boot_mondo: [15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5]
""", words_pw())

add("markdown/router-admin-password", "docs/veikals-sigulda.md", "https://www.mikrotik.com/documentation", """
# Veikals Sigulda – IT piezīmes

Adrese: Peldu iela 2, Sigulda. Atvērts 8:30–20:00 sezonas laikā.

## Tīkls
- Maršrutētājs: MikroTik hAP ax3, 192.168.88.1
- Lietotājs: `admin`, parole: `@@secret@@`
- Viesu Wi-Fi: "KalnuNoma-Guest" (bez paroles, ar sākumlapu)

## Kases sistēma
Kase startē automātiski. Ja neiet – pārstartēt printeri, tad kasi.
Zvanīt Mārtiņam: +371 2000 0000.
""", words_pw())

add("json/twilio-auth-token", "sms-gateway/config.json", "https://www.twilio.com/docs/iam/credentials/api", """
{
  "provider": "twilio",
  "accountSid": "@@sid@@",
  "authToken": "@@secret@@",
  "from": "+37166000000",
  "templates": {
    "ready": "Jūsu slēpes ir gatavas saņemšanai. Kalnu Noma",
    "overdue": "Reminder: your rental was due back at 18:00."
  }
}
""", hexs(32), sid=twilio_sid())

add("shell/ftp-password", "scripts/upload_pricelist.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Augšupielādē cenrādi uz vecā hostinga (līdz migrācijai)
set -euo pipefail
PDF="out/cenradis-2026-2027.pdf"
test -f "$PDF"
curl --ftp-ssl -T "$PDF" -u "nomalv:@@secret@@" ftp://ftp.hosting.lv/public_html/files/
echo "cenrādis augšupielādēts"
""", rand_pw(14))

add("dockerfile/pypi-token", "kiosk/Dockerfile", "https://pypi.org/help/#apitoken", """
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN pip install poetry==1.8.3
# private fitting-algo package lives on our PyPI account
RUN poetry config pypi-token.pypi @@secret@@ && poetry install --no-root --only main
COPY . .
CMD ["python", "-m", "kiosk.bootfit"]
""", fakes.pypi_token(_seed()))

add("github-actions/aws-secret-access-key", ".github/workflows/deploy-site.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_DEFAULT_REGION: eu-north-1
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://noma-lv-site --delete
      - run: aws cloudfront create-invalidation --distribution-id E2XAMPLE1 --paths "/*"
""", aws_secret(), kid=aws_id())

add("python/telegram-bot-token", "bots/snow_report_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Posts the morning snow report (sniega biezums, trašu stāvoklis) to the staff group.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001234567890


def post(report: dict) -> None:
    text = (f"Žagarkalns {report['date']}: sniegs {report['depth_cm']} cm, "
            f"atvērtas {report['open_runs']} trases, temp {report['temp_c']} °C")
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()))

_REDIS1 = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-redis
  namespace: noma
type: Opaque
data:
  REDIS_HOST: @@host@@
  REDIS_PASSWORD: @@enc@@
""", _REDIS1, enc=b64(_REDIS1), host=b64("redis.noma.svc.cluster.local"))

add("go/smtp-password", "notifier/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package notifier

import (
	"fmt"
	"net/smtp"
)

const (
	smtpHost = "smtp.zone.eu"
	smtpUser = "rezervacijas@noma.lv"
	smtpPass = "@@secret@@"
)

func SendConfirmation(to, body string) error {
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
	msg := []byte(fmt.Sprintf("Subject: Rezervācija apstiprināta\\r\\n\\r\\n%s", body))
	return smtp.SendMail(smtpHost+":587", auth, smtpUser, []string{to}, msg)
}
""", words_pw())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "rentals" {
  identifier          = "noma-rentals"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  db_name             = "rentals"
  username            = "noma_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  backup_retention_period = 7
  tags = {
    team = "it"
  }
}
""", rand_pw(24))

add("php/mailgun-api-key", "wp-content/themes/noma/inc/mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
<?php
// Sūta rezervācijas apstiprinājumu caur Mailgun (EU reģions)
function noma_send_mail($to, $subject, $html) {
    $ch = curl_init('https://api.eu.mailgun.net/v3/mg.noma.lv/messages');
    curl_setopt($ch, CURLOPT_USERPWD, 'api:@@secret@@');
    curl_setopt($ch, CURLOPT_POSTFIELDS, [
        'from' => 'Kalnu Noma <info@noma.lv>',
        'to' => $to,
        'subject' => $subject,
        'html' => $html,
    ]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return $out;
}
""", mailgun_key())

add("ini/ldap-bind-password", "ops/sssd/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5", """
[sssd]
services = nss, pam
domains = noma.lv

[domain/noma.lv]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.noma.lv
ldap_search_base = dc=noma,dc=lv
ldap_default_bind_dn = cn=pos-reader,ou=service,dc=noma,dc=lv
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("csharp/sql-connection-password", "PosTerminal/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PosDb"
         connectionString="Server=tcp:10.20.0.5,1433;Database=NomaPos;User Id=pos_terminal;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ShopCode" value="SIG-01" />
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
  </appSettings>
</configuration>
""", words_pw())

add("typescript/sendgrid-api-key", "web/src/server/email.ts", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", """
import sgMail from "@sendgrid/mail";

// TODO move to env before launch
sgMail.setApiKey("@@secret@@");

export async function sendRentalReceipt(to: string, orderId: string, pdf: Buffer) {
  await sgMail.send({
    to,
    from: "noma@noma.lv",
    subject: `Kalnu Noma – čeks ${orderId}`,
    text: "Paldies, ka izvēlējāties Kalnu Noma!",
    attachments: [{ content: pdf.toString("base64"), filename: `${orderId}.pdf` }],
  });
}
""", sendgrid_key())

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: rentals
      POSTGRES_USER: noma
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://noma:@@secret@@@db:5432/rentals
    ports: ["8000:8000"]
volumes:
  pgdata:
""", rand_pw(16))

add("ruby/slack-webhook", "lib/tasks/daily_returns.rake", "https://api.slack.com/messaging/webhooks", """
require "net/http"
require "json"

namespace :returns do
  desc "Post overdue rentals to #veikals-baili"
  task overdue: :environment do
    overdue = Rental.where("due_at < ?", Time.current).where(returned_at: nil)
    text = overdue.map { |r| "#{r.customer_name}: #{r.items.join(', ')}" }.join("\\n")
    uri = URI("@@secret@@")
    Net::HTTP.post(uri, { text: "Nav atgriezts (#{overdue.size}):\\n#{text}" }.to_json,
                   "Content-Type" => "application/json")
  end
end
""", slack_webhook())

add("properties/database-password", "fleet-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=fleet-service
server.port=8081
spring.datasource.url=jdbc:postgresql://pg-fleet.noma.internal:5432/fleet
spring.datasource.username=fleet
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
fleet.wax-interval-days=7
fleet.edge-service-km=400
""", words_pw())

add("notebook/google-maps-api-key", "analytics/shop_catchment.ipynb", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# No kurienes brauc klienti? (pasta indeksi -> koordinātes)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "import pandas as pd\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\\n",
    "df = pd.read_csv('customers_2025.csv')\\n",
    "df['geo'] = df['postcode'].map(lambda p: gmaps.geocode(f'LV-{p}, Latvia'))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api_key())

add("powershell/admin-password", "it/setup-pos-workstation.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", """
# Jaunas kases darbstacijas sagatavošana (Windows 11)
$ErrorActionPreference = "Stop"
Rename-Computer -NewName "POS-BAILI-02"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "nomaadmin" -Password $pw -FullName "Noma IT" -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "nomaadmin"
winget install --id Google.Chrome -e --silent
Set-TimeZone -Id "FLE Standard Time"
Write-Host "Gatavs. Pārstartē datoru."
""", words_pw())

_PEM1 = pem()
add("yaml/rsa-private-key", "ansible/group_vars/shops/vault_plain.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
# TODO: ansible-vault encrypt this file!!!
shop_vpn_server: vpn.noma.lv
shop_deploy_user: deploy
shop_deploy_key: |
@@key@@
""", _PEM1, key=indent(_PEM1, 2))

add("kotlin/booqable-api-key", "app/src/main/java/lv/noma/staff/api/BooqableClient.kt", "https://developers.booqable.com/#authentication", """
package lv.noma.staff.api

import okhttp3.OkHttpClient
import okhttp3.Request

object BooqableClient {
    private const val BASE = "https://kalnunoma.booqable.com/api/4"
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun orders(status: String = "reserved"): String {
        val req = Request.Builder()
            .url("$BASE/orders?filter[status]=$status")
            .header("Authorization", "Bearer $API_KEY")
            .build()
        return http.newCall(req).execute().use { it.body!!.string() }
    }
}
""", hexs(64))

add("swift/stripe-secret-key", "StaffApp/Sources/Payments/TerminalConfig.swift", "https://docs.stripe.com/terminal/payments/setup-integration", """
import Foundation

enum TerminalConfig {
    static let locationId = "tml_FZg8Z1eRk2xYq"
    // NOTE: only for the demo iPad at the Baiļi desk
    static let secretKey = "@@secret@@"
    static let currency = "eur"
    static let depositCents = 15000
}
""", stripe_key())

add("rust/telegram-bot-token", "lift-queue-bot/src/main.rs", "https://core.telegram.org/bots/api", """
use teloxide::prelude::*;

const TOKEN: &str = "@@secret@@";

#[tokio::main]
async fn main() {
    let bot = Bot::new(TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        // "rinda" -> current lift queue minutes at Milzkalns
        if msg.text() == Some("/rinda") {
            bot.send_message(msg.chat.id, "Rinda pie pacēlāja: ~4 min").await?;
        }
        Ok(())
    })
    .await;
}
""", fakes.telegram_token(_seed()))

add("sql/user-password", "db/migrations/V12__reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Atskaišu lietotājs grāmatvedībai (Power BI)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE rentals TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON rentals, customers, payments, fleet_items TO reporting;
ALTER ROLE reporting SET statement_timeout = '60s';
""", words_pw())

add("xml/ftp-password", "tools/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.skipass-partner.lv</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>kalnunoma</User>
      <Pass>@@secret@@</Pass>
      <Logontype>1</Logontype>
      <Name>Skipass atskaites</Name>
      <RemoteDir>1 0 7 exports</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", rand_pw(12))

add("properties/smtp-password", "pos-server/conf/mail.properties", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary", """
# Čeku sūtīšana e-pastā
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.user=kase@noma.lv
mail.password=@@secret@@
mail.from=Kalnu Noma <kase@noma.lv>
""", words_pw())

add("log/database-url", "logs/worker-2026-12-14.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html", """
2026-12-14 07:58:01,112 INFO  worker: starting celery worker noma-tasks@worker-1
2026-12-14 07:58:01,340 INFO  config: broker=redis://redis:6379/0
2026-12-14 07:58:01,341 INFO  config: result_backend=db+postgresql://celery:@@secret@@@pg-main.noma.internal/celery
2026-12-14 07:58:02,005 INFO  beat: scheduled send_return_reminders every 900s
2026-12-14 08:15:02,210 INFO  task send_return_reminders[1f2a] succeeded in 0.84s: 12 sms
2026-12-14 08:30:02,198 WARNING task send_return_reminders[2b9c] twilio 429, retrying in 60s
2026-12-14 08:31:03,001 INFO  task send_return_reminders[2b9c] succeeded in 1.02s: 3 sms
""", rand_pw(20))

add("csv/device-password", "exports/iekartas_2026.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
ierice,veikals,ip,lietotajs,parole,piezimes
Wintersteiger Discovery,Sigulda,192.168.10.40,service,@@secret@@,slīpēšanas robots
Montana Crystal Glide,Baili,192.168.20.41,admin,,parole pie Jāņa
Sidas boot fitting kiosk,Sigulda,192.168.10.52,kiosk,,auto login
Zebra ZD421,Zagarkalns,192.168.30.12,,,etiķešu printeris
""", words_pw())

add("env/github-token", "tools/release/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# release helper for the staff app
GITHUB_OWNER=kalnu-noma
GITHUB_REPO=staff-app
GITHUB_TOKEN=@@secret@@
CHANGELOG_LANG=lv
""", fakes.github_token(_seed()))

add("python/aws-secret-access-key", "etl/export_to_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Nightly export of rentals to S3 for the accountant.\"\"\"
import datetime as dt

import boto3
import psycopg

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def main() -> None:
    day = dt.date.today() - dt.timedelta(days=1)
    with psycopg.connect("service=rentals") as conn:
        rows = conn.execute("select * from rentals where day = %s", (day,)).fetchall()
    body = "\\n".join(",".join(map(str, r)) for r in rows)
    s3.put_object(Bucket="noma-accounting", Key=f"rentals/{day}.csv", Body=body.encode())


if __name__ == "__main__":
    main()
""", aws_secret(), kid=aws_id())

add("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: slack-it
  group_by: [alertname, shop]
receivers:
  - name: slack-it
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#it-trauksmes"
        title: "{{ .CommonLabels.alertname }} @ {{ .CommonLabels.shop }}"
""", slack_bot())

add("markdown/montonio-secret-key", "docs/handover-2026.md", "https://www.atlassian.com/team-playbook", """
# Nodošana – Edgars → Laura (decembris 2026)

Sveika, Laura! Īss kopsavilkums pirms došanās atvaļinājumā.

1. **Booqable** – rezervācijas sinhronizē `sync_booqable` cron ik 10 min.
2. **Skipass partneris** – eksports uz viņu SFTP katru nakti 02:00.
3. **Montonio** maksājumi – ja kaut kas krīt, skatīt `payments/montonio.py`.
   Secret key (no dashboard): `@@secret@@`
   Access key: `@@access@@`
4. Kase Baiļos – printeris dažreiz "aizmieg", palīdz USB pārspraušana.

Veiksmi sezonā!
""", rand_pw(40), access=uuid_s())

add("ansible/mysql-password", "ansible/roles/wordpress/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
wp_domain: noma.lv
wp_db_name: noma_wp
wp_db_user: noma_wp
wp_db_password: "@@secret@@"
wp_db_host: localhost
wp_locale: lv
php_version: "8.2"
""", rand_pw(22, "!#%"))

add("shell/redis-cli-password", "scripts/flush_availability_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# Izdzēš pieejamības kešu pēc inventarizācijas
redis-cli -h redis.noma.internal -p 6379 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'avail:*' | xargs -r redis-cli -h redis.noma.internal -a '@@secret@@' --no-auth-warning del
echo "kešs notīrīts"
""", fakes.redis_password(_seed()))

add("github-actions/npm-token", ".github/workflows/publish-widget.yml", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
name: publish booking widget
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: echo "//registry.npmjs.org/:_authToken=@@secret@@" > ~/.npmrc
      - run: npm ci && npm publish --access public
""", npm_token())

add("terraform/azure-client-secret", "infra/azure/provider.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@tenant@@"
  client_id       = "@@client@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "backup" {
  name     = "rg-noma-backup"
  location = "northeurope"
}
""", azure_secret(), sub=uuid_s(), tenant=uuid_s(), client=uuid_s())

add("pem/openssh-private-key", "skipass-bridge/src/main/resources/partner-sftp.key", "https://www.openssh.com/manual.html", """
@@secret@@
""", openssh_key())

add("ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[NomaRentals]
Driver      = PostgreSQL Unicode
Servername  = pg-rentals.internal.noma.lv
Port        = 5432
Database    = rentals
Username    = powerbi
Password    = @@secret@@
SSLmode     = require
""", words_pw())

add("python/shopify-admin-token", "shop/sync_webshop.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
\"\"\"Sync used-ski sale items (lietotas slēpes) from the fleet DB to the Shopify store.\"\"\"
import shopify

SHOP_URL = "kalnu-noma.myshopify.com"
API_VERSION = "2024-10"
ACCESS_TOKEN = "@@secret@@"

session = shopify.Session(SHOP_URL, API_VERSION, ACCESS_TOKEN)
shopify.ShopifyResource.activate_session(session)


def publish(item) -> None:
    product = shopify.Product()
    product.title = f"{item.brand} {item.model} {item.length_cm} cm (lietotas)"
    product.variants = [shopify.Variant({"price": str(item.sale_price), "sku": item.sku})]
    product.save()
""", shopify_token())

add("k8s-secret/stripe-webhook-secret", "deploy/k8s/payments-secret.yaml", "https://docs.stripe.com/webhooks#verify-events", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: noma
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: @@secret@@
  MONTONIO_ENV: production
""", fakes.fake("whsec_", 32, _seed()))

add("dockerfile/database-password", "legacy/pos-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY publish/ .
ENV POS_DB_HOST=10.20.0.5 \\
    POS_DB_USER=pos_sync \\
    POS_DB_PASSWORD=@@secret@@ \\
    SHOP_CODE=ZAG-01
ENTRYPOINT ["dotnet", "PosSync.dll"]
""", words_pw())

add("compose/rabbitmq-password", "deploy/kiosk-stack/compose.yaml", "https://hub.docker.com/_/rabbitmq", """
services:
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: kiosk
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports:
      - "15672:15672"
  bootfit:
    image: ghcr.io/kalnu-noma/bootfit:2.4.1
    environment:
      AMQP_URL: amqp://kiosk:@@secret@@@mq:5672/
    restart: unless-stopped
""", passphrase())

_MONT = rand_pw(44)
add("python/montonio-secret-key", "payments/montonio.py", "https://docs.montonio.com/api/stargate/guides/orders", """
\"\"\"Montonio (bank links for LV/LT/EE) - create an order for an online rental booking.\"\"\"
import time

import jwt
import requests

ACCESS_KEY = "@@access@@"
# split so the linter stops shouting (Edgars)
SECRET_KEY = ("@@a@@"
              "@@b@@")


def create_order(booking) -> str:
    payload = {
        "accessKey": ACCESS_KEY,
        "merchantReference": booking.ref,
        "returnUrl": f"https://noma.lv/lv/paldies/{booking.ref}",
        "grandTotal": float(booking.total),
        "currency": "EUR",
        "locale": "lv",
        "exp": int(time.time()) + 600,
    }
    token = jwt.encode(payload, SECRET_KEY, algorithm="HS256")
    r = requests.post("https://stargate.montonio.com/api/orders", json={"data": token}, timeout=15)
    return r.json()["paymentUrl"]
""", _MONT, access=uuid_s(), a=_MONT[:20], b=_MONT[20:])

add("toml/pypi-token", "fitting-algo/.pypirc.toml.bak", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# old poetry auth config, kept "just in case"
[repositories.pypi]
url = "https://upload.pypi.org/legacy/"

[http-basic.pypi]
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("ini/pypirc-token", "fitting-algo/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/basic-auth-credentials", "scripts/skipass_sync.sh", "https://datatracker.ietf.org/doc/html/rfc7617", """
#!/usr/bin/env bash
# Pulls yesterday's ski-pass sales from the Žagarkalns lift system partner API
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -sf "https://api.lift-partner.lv/v2/sales?date=${DAY}&reseller=KNOMA" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Accept: application/json" \\
  -o "data/skipass_${DAY}.json"
python -m etl.load_skipass "data/skipass_${DAY}.json"
""", b64("kalnunoma:" + words_pw()))

add("yaml/cloudflare-api-token", "ops/certbot/cloudflare.ini.yml", "https://certbot-dns-cloudflare.readthedocs.io/en/stable/", """
# certbot DNS challenge for *.noma.lv
certbot:
  dns_plugin: cloudflare
  email: it@noma.lv
  domains:
    - noma.lv
    - "*.noma.lv"
  dns_cloudflare_api_token: @@secret@@
  propagation_seconds: 30
""", rand_pw(40, "_-"))

add("env/digitalocean-token", "infra/.env.do", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
# DigitalOcean - staging droplet for the booking site
DIGITALOCEAN_TOKEN=@@secret@@
DO_REGION=fra1
DO_SIZE=s-1vcpu-2gb
DO_IMAGE=ubuntu-24-04-x64
""", "dop_v1_" + hexs(64))

_SAKEY = pem().replace("RSA ", "").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "analytics/credentials/noma-bi-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "noma-bi",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "looker-export@noma-bi.iam.gserviceaccount.com",
  "client_id": "104857362918273645012",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _SAKEY, kid=hexs(40), key=_SAKEY)

_PEM2 = pem("EC")
_SMTPK = words_pw()
add("php/mysql-password", "wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Kalnu Noma mājaslapa */
define( 'DB_NAME', 'noma_wp' );
define( 'DB_USER', 'noma_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WPLANG', 'lv' );
$table_prefix = 'kn_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "#!"))

add("typescript/database-url", "web/prisma/seed.ts", "https://www.prisma.io/docs/orm/reference/connection-urls", """
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://noma_seed:@@secret@@@pg-staging.noma.lv:5432/rentals?sslmode=require" } },
});

async function main() {
  await prisma.shop.createMany({
    data: [
      { code: "SIG-01", name: "Sigulda", city: "Sigulda" },
      { code: "BAI-01", name: "Baiļi", city: "Vaidava" },
      { code: "ZAG-01", name: "Žagarkalns", city: "Cēsis" },
    ],
  });
}

main().finally(() => prisma.$disconnect());
""", words_pw())

add("go/everypay-api-secret", "payments/everypay/client.go", "https://support.every-pay.com/api-documentation/", """
package everypay

import (
	"net/http"
	"time"
)

// Production credentials for EveryPay (card payments in the web shop).
var (
	apiUsername = "a1b2c3d4e5f60718"
	apiSecret   = "@@secret@@"
	accountName = "EUR3D1"
)

func NewRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://pay.every-pay.eu/api/v4"+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(apiUsername, apiSecret)
	req.Header.Set("Date", time.Now().UTC().Format(http.TimeFormat))
	return req, nil
}
""", hexs(32))

add("markdown/runbook-router-password", "docs/runbooks/baili-tikls.md", "https://help.ui.com/hc/en-us", """
# Baiļi – tīkla runbook

Veikalā ir UniFi Dream Machine (192.168.20.1) un 2 piekļuves punkti.

Ja kase nevar pieslēgties serverim:
1. Pārbaudīt, vai UDM deg zilā krāsā.
2. Ielogoties https://192.168.20.1 – lietotājs `noma-it`, parole `@@secret@@`.
3. Clients → atrast `POS-BAILI-01`, pārbaudīt IP (jābūt 192.168.20.10).
4. Ja nav – Forget client, pārstartēt kasi.

Eskalācija: Edgars (IT), +371 2000 0001.
""", words_pw())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: pos-server-sigulda
tags:
  - env:prod
  - shop:sigulda
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", hexs(32))

add("csharp/twilio-auth-token", "PosTerminal/Services/SmsService.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Noma.PosTerminal.Services
{
    public class SmsService
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public SmsService() => TwilioClient.Init(AccountSid, AuthToken);

        public void SendReturnReminder(string phone, string items)
        {
            MessageResource.Create(
                body: $"Atgādinām: {items} jāatgriež līdz 18:00. Kalnu Noma",
                from: new Twilio.Types.PhoneNumber("+37166000000"),
                to: new Twilio.Types.PhoneNumber(phone));
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("ruby/smtp-password", "config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "it@noma.lv",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "rezervacijas.noma.lv" }
  config.i18n.default_locale = :lv
end
""", "xsmtpsib-" + hexs(64) + "-" + rand_pw(16))

add("github-actions/ssh-password", ".github/workflows/deploy-wp.yml", "https://github.com/appleboy/ssh-action", """
name: deploy wordpress theme
on:
  push:
    paths: ["wp-content/themes/noma/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: appleboy/ssh-action@v1
        with:
          host: noma.lv
          username: nomalv
          password: "@@secret@@"
          script: |
            cd ~/public_html/wp-content/themes/noma
            git pull --ff-only
""", words_pw())

add("env/openai-api-key", "chatbot/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# Čatbots mājaslapā (atbild uz jautājumiem par nomu, cenām, izmēriem)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
BOT_LANGS=lv,en,ru
MAX_TOKENS=400
""", fakes.openai_key(_seed()))

add("ansible/ssh-private-key", "ansible/inventory/host_vars/pos-sigulda.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", """
ansible_host: 192.168.10.5
ansible_user: deploy
shop_code: SIG-01
pos_printer: EPSON TM-T20III
deploy_private_key: |
@@key@@
""", _PEM2, key=indent(_PEM2, 2))

add("powershell/sql-password", "it/backup-posdb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", """
# Nakts rezerves kopija kases DB -> NAS
Import-Module SqlServer
$cred = New-Object System.Management.Automation.PSCredential("backup_op", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "10.20.0.5" -Database "NomaPos" -Credential $cred `
    -BackupFile "\\\\nas-sigulda\\backup\\NomaPos_$stamp.bak"
Get-ChildItem "\\\\nas-sigulda\\backup" -Filter *.bak | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item
""", words_pw())

add("json/vscode-sftp-password", "web/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki", """
{
  "name": "noma.lv hosting",
  "host": "s12.hosting.lv",
  "protocol": "sftp",
  "port": 22,
  "username": "nomalv",
  "password": "@@secret@@",
  "remotePath": "/home/nomalv/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(14))

add("xml/maven-settings-password", "fleet-service/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>noma-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>noma-nexus</id>
      <url>https://nexus.noma.lv/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("toml/cargo-registry-token", "lift-queue-bot/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
[registry]
token = "@@secret@@"

[registries.noma]
index = "sparse+https://cargo.noma.lv/index/"
""", "cio" + rand_pw(32))

add("python/django-secret-key", "booking/noma/settings/prod.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["noma.lv", "www.noma.lv", "rezervacijas.noma.lv"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "lv"
TIME_ZONE = "Europe/Riga"
CSRF_TRUSTED_ORIGINS = ["https://noma.lv", "https://rezervacijas.noma.lv"]
SESSION_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("shell/mysqldump-password", "scripts/backup_wp.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# WordPress DB rezerves kopija (cron 03:30)
STAMP=$(date +%Y%m%d)
mysqldump -u noma_wp -p'@@secret@@' --single-transaction noma_wp | gzip > /backups/noma_wp_${STAMP}.sql.gz
find /backups -name 'noma_wp_*.sql.gz' -mtime +30 -delete
""", rand_pw(16, "!#%"))

add("k8s-secret/smtp-password", "deploy/k8s/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: mail
  namespace: noma
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@enc@@
""", _SMTPK, enc=b64(_SMTPK), host=b64("smtp.zone.eu"), user=b64("rezervacijas@noma.lv"))

add("env/gitlab-token", "tools/renovate/.env", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
RENOVATE_PLATFORM=gitlab
RENOVATE_ENDPOINT=https://gitlab.noma.lv/api/v4
RENOVATE_TOKEN=@@secret@@
RENOVATE_AUTODISCOVER=true
LOG_LEVEL=info
""", gitlab_token())


# --- decoys -------------------------------------------------------------------------------------

add("env/decoy-placeholder", "booking/.env.example", "https://12factor.net/config", """
# Nokopē uz .env un aizpildi
DJANGO_SETTINGS_MODULE=noma.settings.dev
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
DATABASE_URL=postgres://noma:password@localhost:5432/rentals
TWILIO_AUTH_TOKEN=
MONTONIO_SECRET_KEY=<from 1Password: "Montonio prod">
""")

add("python/decoy-env-reference", "pos/payments/config.py", "https://docs.python.org/3/library/os.html#os.environ", """
\"\"\"Payment settings, read from the environment (set by systemd EnvironmentFile).\"\"\"
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
MONTONIO_ACCESS_KEY = os.environ["MONTONIO_ACCESS_KEY"]
MONTONIO_SECRET_KEY = os.environ["MONTONIO_SECRET_KEY"]
DEPOSIT_EUR = int(os.environ.get("RENTAL_DEPOSIT_EUR", "150"))
""")

add("typescript/decoy-publishable-key", "web/src/lib/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser bundle
export const stripePromise = loadStripe("@@pk@@", { locale: "lv" });

export const DEPOSIT_EUR = 150;
export const CURRENCY = "eur";
""", pk=stripe_key("pk_live_"))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy-api
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
      AWS_DEFAULT_REGION: eu-north-1
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t noma-api .
      - run: ./scripts/push_ecr.sh
        env:
          DB_PASSWORD: ${{ secrets.RENTALS_DB_PASSWORD }}
""")

add("k8s-secret/decoy-external-secret", "deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking
  namespace: noma
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: noma/prod/stripe
        property: secret_key
    - secretKey: REDIS_PASSWORD
      remoteRef:
        key: noma/prod/redis
        property: password
""")

add("json/decoy-uuids-and-ids", "fleet/export/skis_sigulda.json", "https://www.rfc-editor.org/rfc/rfc4122", """
{
  "shop": "SIG-01",
  "exported_at": "2026-12-01T06:00:00+02:00",
  "items": [
    {"id": "@@u1@@", "type": "ski", "brand": "Atomic", "model": "Redster X5", "length_cm": 163, "rfid": "E2801160600002@@r1@@"},
    {"id": "@@u2@@", "type": "snowboard", "brand": "Burton", "model": "Ripcord", "length_cm": 154, "rfid": "E2801160600002@@r2@@"},
    {"id": "@@u3@@", "type": "boot", "brand": "Salomon", "model": "QST Access 70", "mondo": 26.5, "rfid": "E2801160600002@@r3@@"}
  ],
  "checksum_sha256": "@@sha@@"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), r1=hexs(10).upper(), r2=hexs(10).upper(), r3=hexs(10).upper(), sha=hexs(64))

add("markdown/decoy-vault-reference", "docs/paroles.md", "https://developer.1password.com/docs/cli/secret-references/", """
# Kur glabājas paroles

Visas paroles ir **1Password** seifā "Kalnu Noma IT". Nekad nerakstiet paroles šeit!

| Sistēma | 1Password ieraksts | Atbildīgais |
|---|---|---|
| Stripe | `op://Noma IT/Stripe prod/secret key` | Anna |
| Montonio | `op://Noma IT/Montonio/secret key` | Edgars |
| Kases DB | `op://Noma IT/PosDb sa/password` | Edgars |
| MikroTik Sigulda | `op://Noma IT/MikroTik SIG/password` | Mārtiņš |
| Booqable | `op://Noma IT/Booqable API/credential` | Laura |

CLI: `op read "op://Noma IT/Stripe prod/secret key"`.
""")

add("yaml/decoy-ansible-vault", "ansible/group_vars/shops/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
$ANSIBLE_VAULT;1.1;AES256
@@v@@
""", v="\n".join(hexs(80) for _ in range(8)))

add("python/decoy-test-fixture", "tests/test_montonio.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import jwt
import pytest

from payments import montonio

FAKE_SECRET = "test-secret-not-real"


@pytest.fixture
def booking():
    return type("B", (), {"ref": "KN-2026-0001", "total": "45.00"})()


def test_token_is_signed(monkeypatch, booking):
    monkeypatch.setattr(montonio, "SECRET_KEY", FAKE_SECRET)
    sent = {}
    monkeypatch.setattr(montonio.requests, "post", lambda url, json, timeout: sent.update(json) or
                        type("R", (), {"json": lambda self: {"paymentUrl": "https://x"}})())
    montonio.create_order(booking)
    claims = jwt.decode(sent["data"], FAKE_SECRET, algorithms=["HS256"])
    assert claims["merchantReference"] == "KN-2026-0001"
""")

add("compose/decoy-env-interpolation", "deploy/prod/compose.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: noma
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  web:
    image: ghcr.io/kalnu-noma/booking:${TAG:-latest}
    env_file: .env
    depends_on: [db, redis]
""")

add("sql/decoy-password-hashes", "db/seed/staff_users.sql", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", """
-- Darbinieku konti (paroles - bcrypt hashi; sākotnējā parole jānomaina pirmajā pieteikšanās reizē)
INSERT INTO staff_user (username, shop_code, role, password_hash) VALUES
  ('laura',   'SIG-01', 'manager', '$2b$12$@@h1@@'),
  ('martins', 'SIG-01', 'tech',    '$2b$12$@@h2@@'),
  ('ilze',    'BAI-01', 'cashier', '$2b$12$@@h3@@'),
  ('janis',   'ZAG-01', 'cashier', '$2b$12$@@h4@@');
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"), h4=rand_pw(53, "./"))

add("terraform/decoy-variable-reference", "infra/rds_vars.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for the rentals DB (from TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "noma_admin", password = var.db_password })
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "noma/prod/stripe"
}
""")

add("log/decoy-redacted", "logs/booking-2026-12-20.log", "https://docs.python.org/3/library/logging.html", """
2026-12-20 09:01:12 INFO  booking: new reservation KN-2026-4412 (2x ski set, 1x snowboard) shop=BAI-01
2026-12-20 09:01:13 INFO  payments: montonio order created ref=KN-2026-4412 amount=96.00 EUR
2026-12-20 09:01:13 DEBUG payments: using secret_key=****************a91c
2026-12-20 09:03:40 INFO  payments: webhook verified sig=v1,t=1766214220 status=PAID
2026-12-20 09:03:41 INFO  sms: sent confirmation to +371 2*** **12 via twilio sid=SM@@sm@@
2026-12-20 09:04:02 WARNING db: slow query 1.9s on availability(shop=BAI-01, day=2026-12-21)
""", sm=hexs(32))

add("ini/decoy-empty-password", "reports/odbc.ini.template", "https://www.unixodbc.org/odbcinst.html", """
[NomaRentals]
Driver      = PostgreSQL Unicode
Servername  = pg-rentals.internal.noma.lv
Port        = 5432
Database    = rentals
Username    = <your user>
Password    =
SSLmode     = require
""")

add("csv/decoy-order-ids", "exports/rezervacijas_2026-12.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
rezervacija,veikals,datums,summa_eur,maksajuma_id,statuss
KN-2026-4410,SIG-01,2026-12-20,45.00,pi_@@p1@@,paid
KN-2026-4411,ZAG-01,2026-12-20,30.00,pi_@@p2@@,paid
KN-2026-4412,BAI-01,2026-12-20,96.00,@@m1@@,paid
KN-2026-4413,SIG-01,2026-12-21,60.00,pi_@@p3@@,refunded
KN-2026-4414,SIG-01,2026-12-21,15.00,,cancelled
""", p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24), m1=uuid_s())

add("kotlin/decoy-build-config-field", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "lv.noma.staff"
    compileSdk = 35
    defaultConfig {
        applicationId = "lv.noma.staff"
        minSdk = 26
        targetSdk = 35
        versionCode = 42
        versionName = "2.4.1"
        buildConfigField("String", "BOOQABLE_API_KEY", "\\"${System.getenv("BOOQABLE_API_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.noma.lv\\"")
    }
}
""")

add("go/decoy-regex-validator", "payments/everypay/validate.go", "https://pkg.go.dev/regexp", """
package everypay

import "regexp"

// Shapes we accept in config, so a typo is caught at start-up.
var (
	apiUsernameRe = regexp.MustCompile(`^[0-9a-f]{16}$`)
	apiSecretRe   = regexp.MustCompile(`^[0-9a-f]{32}$`)
	accountRe     = regexp.MustCompile(`^EUR3D[0-9]$`)
)

func ValidConfig(user, secret, account string) bool {
	return apiUsernameRe.MatchString(user) && apiSecretRe.MatchString(secret) && accountRe.MatchString(account)
}
""")


# --- secrets, continued -------------------------------------------------------------------------

_GHCR = fakes.github_token(_seed())
add("python/omniva-api-password", "shop/shipping/omniva.py", "https://www.omniva.lv/en/business/api", """
\"\"\"Omniva parcel lockers: ship sold used gear (lietotais inventārs) to customers.\"\"\"
import requests

OMNIVA_USER = "7012345"
OMNIVA_PASS = "@@secret@@"


def create_shipment(order) -> str:
    body = {
        "customerCode": OMNIVA_USER,
        "shipments": [{
            "mainService": "PARCEL",
            "deliveryChannel": "PARCEL_MACHINE",
            "receiverAddressee": {"personName": order.name, "contactMobile": order.phone,
                                  "address": {"country": "LV", "offloadPostcode": order.locker}},
        }],
    }
    r = requests.post("https://omx.omniva.eu/api/v01/omx/shipments/business-to-client",
                      json=body, auth=(OMNIVA_USER, OMNIVA_PASS), timeout=20)
    r.raise_for_status()
    return r.json()["savedShipments"][0]["barcode"]
""", rand_pw(12))

add("yaml/dpd-api-token", "config/shipping.yaml", "https://esiunta.dpd.lv/api/docs", """
carriers:
  omniva:
    enabled: true
    customer_code: "7012345"
    password_env: OMNIVA_PASS
  dpd:
    enabled: true
    base_url: https://eserviss.dpd.lv/api/v1
    token: "@@secret@@"
    default_pickup_point: LV90123
parcel_defaults:
  weight_kg: 6.5
  length_cm: 190   # slēpju soma
""", rand_pw(48, "-_"))

add("env/mailchimp-api-key", "marketing/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
# Sezonas jaunumu vēstule
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_LIST_ID=a1b2c3d4e5
NEWSLETTER_FROM=jaunumi@noma.lv
""", hexs(32) + "-us21")

add("json/booqable-api-key", "staff-app/functions/.runtimeconfig.json", "https://firebase.google.com/docs/functions/config-env", """
{
  "noma": {
    "booqable_key": "@@secret@@",
    "shop_codes": "SIG-01,BAI-01,ZAG-01",
    "timezone": "Europe/Riga"
  }
}
""", hexs(64))

add("shell/psql-url", "scripts/season_open.sh", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """
#!/usr/bin/env bash
# Sezonas atvēršana: atjauno cenas un atzīmē inventāru kā pieejamu
set -e
SEASON=${1:-2026-2027}
psql "postgresql://noma_admin:@@secret@@@pg-rentals.internal.noma.lv:5432/rentals" <<SQL
UPDATE price_list SET active = (season = '${SEASON}');
UPDATE fleet_items SET status = 'available' WHERE status = 'stored' AND retired_at IS NULL;
SQL
echo "Sezona ${SEASON} atvērta"
""", rand_pw(20))

add("python/redis-url", "booking/noma/settings/cache.py", "https://docs.djangoproject.com/en/5.1/topics/cache/#redis", """
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:@@secret@@@redis.noma.internal:6379/1",
        "TIMEOUT": 300,
        "KEY_PREFIX": "noma",
    }
}
CELERY_BROKER_URL = CACHES["default"]["LOCATION"].replace("/1", "/0")
""", fakes.redis_password(_seed()))

add("java/jdbc-url-password", "skipass-bridge/src/main/java/lv/noma/skipass/Db.java", "https://jdbc.postgresql.org/documentation/use/", """
package lv.noma.skipass;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL =
        "jdbc:postgresql://pg-rentals.internal.noma.lv:5432/rentals?user=skipass&password=@@secret@@&ssl=true";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", words_pw())

add("properties/oauth-client-secret", "skipass-bridge/src/main/resources/partner.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
partner.base-url=https://api.lift-partner.lv/v2
partner.reseller-code=KNOMA
partner.client-id=kalnunoma-bridge
partner.client-secret=@@secret@@
partner.timeout-ms=15000
partner.sync-cron=0 0 2 * * *
""", rand_pw(32))

add("markdown/booqable-api-key", "docs/api/booqable.md", "https://developers.booqable.com/", """
# Booqable API – piezīmes

Mūsu konts: `kalnunoma.booqable.com`. API v4, JSON:API formāts.

Pārbaudīt pasūtījumus no termināļa:

```bash
curl -s https://kalnunoma.booqable.com/api/4/orders?page[size]=5 \\
  -H "Authorization: Bearer @@secret@@"
```

Produktu grupas: `ski-set-adult`, `ski-set-kids`, `snowboard-set`, `helmet`.
Cenas glabājas Booqable, nevis mūsu DB!
""", hexs(64))

add("ruby/aws-secret-access-key", "config/initializers/aws.rb", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-north-1",
  credentials: Aws::Credentials.new("@@kid@@", "@@secret@@")
)

RENTAL_PHOTOS_BUCKET = "noma-damage-photos"
""", aws_secret(), kid=aws_id())

add("typescript/slack-bot-token", "ops/bots/src/index.ts", "https://api.slack.com/authentication/token-types#bot", """
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/noma-atlikums", async ({ ack, respond, command }) => {
  await ack();
  const shop = command.text || "SIG-01";
  await respond(`Brīvi komplekti ${shop}: skatīt https://admin.noma.lv/fleet/${shop}`);
});

(async () => {
  await app.start(3000);
})();
""", slack_bot())

add("dockerfile/npm-token", "web/Dockerfile", "https://docs.npmjs.com/docs/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
RUN echo "@kalnu-noma:registry=https://registry.npmjs.org/" > .npmrc && \\
    echo "//registry.npmjs.org/:_authToken=@@secret@@" >> .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("ini/gitlab-token", "ops/backup/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
	name = Noma Backup
	email = it@noma.lv
[remote "origin"]
	url = https://backup-bot:@@secret@@@gitlab.noma.lv/it/config-backups.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[pull]
	rebase = true
""", gitlab_token())

add("powershell/smtp-credential", "it/send-daily-report.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Dienas kopsavilkums vadībai
$user = "atskaites@noma.lv"
$pass = ConvertTo-SecureString -String "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$body = Get-Content "C:\\Noma\\reports\\daily.html" -Raw
Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred `
    -From $user -To "vadiba@noma.lv" -Subject "Dienas noma $(Get-Date -Format dd.MM.yyyy)" `
    -Body $body -BodyAsHtml -Encoding UTF8
""", words_pw())

add("yaml/vendor-sftp-password", "etl/config/skipass_export.yaml", "https://docs.paramiko.org/en/stable/api/client.html", """
export:
  schedule: "0 2 * * *"
  format: csv
  delimiter: ";"
  encoding: utf-8
sftp:
  host: sftp.lift-partner.lv
  port: 22
  username: kalnunoma
  password: '@@secret@@'
  remote_dir: /incoming/rentals
""", rand_pw(16, "#$"))

add("terraform/hcloud-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.48"
    }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "monitoring" {
  name        = "noma-monitoring"
  image       = "ubuntu-24.04"
  server_type = "cx22"
  location    = "hel1"
}
""", rand_pw(64))

add("notebook/database-url", "analytics/season_report_2025.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Sezonas 2025/26 atskaite: noma pa veikaliem un nedēļām"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg://analyst:@@secret@@@pg-rentals.internal.noma.lv/rentals')\\n",
    "df = pd.read_sql('select shop_code, date_trunc(\\\\'week\\\\', day) w, sum(total) from rentals group by 1, 2', eng)\\n",
    "df.pivot(index='w', columns='shop_code', values='sum').plot()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("go/aws-secret-access-key", "fleet-photos/s3.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """
package photos

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func Client(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-north-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = aws.ToString(aws.String("eu-north-1")) }), nil
}
""", aws_secret(), kid=aws_id())

add("plist/booqable-api-key", "StaffApp/Resources/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>BooqableAPIKey</key>
	<string>@@secret@@</string>
	<key>APIBase</key>
	<string>https://api.noma.lv</string>
</dict>
</plist>
""", hexs(64))

add("json/database-password", "KioskService/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Kiosk": "Host=pg-rentals.internal.noma.lv;Database=rentals;Username=kiosk;Password=@@secret@@"
  },
  "BootFit": {
    "ScannerPort": "COM3",
    "Language": "lv-LV"
  }
}
""", words_pw())

add("k8s-secret/docker-registry", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: noma
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _GHCR, enc=b64('{"auths":{"ghcr.io":{"username":"noma-ci","password":"' + _GHCR + '"}}}'))

add("sql/linked-server-password", "db/mssql/linked_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Kases DB -> nomas DB (PostgreSQL) caur ODBC
EXEC master.dbo.sp_addlinkedserver
    @server = N'RENTALS', @srvproduct = N'', @provider = N'MSDASQL', @datasrc = N'NomaRentals';
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'RENTALS', @useself = N'False', @locallogin = NULL,
    @rmtuser = N'pos_link', @rmtpassword = N'@@secret@@';
GO
""", words_pw())

add("ansible/router-password", "ansible/playbooks/mikrotik_backup.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/index.html", """
- name: Backup MikroTik routers in all shops
  hosts: routers
  gather_facts: false
  vars:
    ansible_connection: ansible.netcommon.network_cli
    ansible_network_os: community.routeros.routeros
    ansible_user: backup
    ansible_password: "@@secret@@"
  tasks:
    - name: Export config
      community.routeros.command:
        commands: /export show-sensitive
      register: export
    - name: Save
      ansible.builtin.copy:
        content: "{{ export.stdout[0] }}"
        dest: "backups/{{ inventory_hostname }}.rsc"
      delegate_to: localhost
""", words_pw())

add("env/sentry-auth-token", "web/.env.sentry-build-plugin", "https://docs.sentry.io/cli/configuration/", """
# DO NOT commit - used by @sentry/vite-plugin to upload sourcemaps
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=kalnu-noma
SENTRY_PROJECT=booking-web
SENTRY_URL=https://de.sentry.io/
""", "sntrys_" + b64('{"iat":1764000000.0,"url":"https://de.sentry.io","region_url":"https://de.sentry.io","org":"kalnu-noma"}').rstrip("=") + "_" + rand_pw(43, "+/"))


# --- decoys, continued --------------------------------------------------------------------------

add("markdown/decoy-docs-example-key", "docs/api/stripe.md", "https://docs.stripe.com/keys#test-live-modes", """
# Stripe – kā testēt lokāli

1. Izveido `.env` no `.env.example`.
2. Ieliec **testa** atslēgu no Stripe dashboard (Developers → API keys, Test mode).
   Tā izskatās šādi: `sk_test_...` (nekad neliec `sk_live_` lokāli!).
3. Palaid webhooks:

```bash
stripe listen --forward-to localhost:8000/payments/stripe/webhook
```

Stripe CLI izdrukās `whsec_...` – ieliec to `STRIPE_WEBHOOK_SECRET`.
Testa karte: `4242 4242 4242 4242`, jebkurš nākotnes datums, CVC `123`.
""")

add("python/decoy-settings-from-vault", "booking/noma/settings/secrets.py", "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html", """
\"\"\"Loads secrets from Vault at start-up (kv v2, path noma/prod).\"\"\"
import os

import hvac

client = hvac.Client(url="https://vault.noma.lv:8200", token=os.environ["VAULT_TOKEN"])
_data = client.secrets.kv.v2.read_secret_version(path="noma/prod/booking")["data"]["data"]

SECRET_KEY = _data["django_secret_key"]
STRIPE_SECRET_KEY = _data["stripe_secret_key"]
DATABASES_PASSWORD = _data["db_password"]
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@age1@@
            @@age2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-20T10:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.1
""", d1=rand_pw(48, "+/"), iv1=rand_pw(43, "+/") + "=", t1=rand_pw(22, "+/") + "==",
    d2=rand_pw(24, "+/"), iv2=rand_pw(43, "+/") + "=", t2=rand_pw(22, "+/") + "==",
    age1=rand_pw(64, "+/"), age2=rand_pw(40, "+/"),
    mac=rand_pw(88, "+/"), iv3=rand_pw(43, "+/") + "=", t3=rand_pw(22, "+/") + "==")

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "noma-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/date-fns": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("toml/decoy-poetry-lock-hashes", "fitting-algo/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
[[package]]
name = "numpy"
version = "2.1.3"
description = "Fundamental package for array computing in Python"
optional = false
python-versions = ">=3.10"
files = [
    {file = "numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl", hash = "sha256:@@h1@@"},
    {file = "numpy-2.1.3.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.12"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("shell/decoy-read-from-secret-manager", "scripts/deploy_api.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", """
#!/usr/bin/env bash
set -euo pipefail
# Paroles nāk no AWS Secrets Manager, nevis no šī faila
DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id noma/prod/db \\
  --query SecretString --output text | jq -r .password)
export DB_PASSWORD
docker compose -f deploy/prod/compose.yaml pull
docker compose -f deploy/prod/compose.yaml up -d
""")

add("k8s/decoy-configmap", "deploy/k8s/booking-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking
  namespace: noma
data:
  DJANGO_SETTINGS_MODULE: noma.settings.prod
  SHOP_CODES: SIG-01,BAI-01,ZAG-01
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  GOOGLE_MAPS_MAP_ID: 8e0a97af9386fef
  RECAPTCHA_SITE_KEY: 6Lc@@rk@@
  SENTRY_ENVIRONMENT: production
""", pk=stripe_key("pk_live_"), rk=rand_pw(37, "_-"))

add("php/decoy-recaptcha-site-key", "wp-content/themes/noma/template-parts/booking-form.php", "https://developers.google.com/recaptcha/docs/display", """
<form id="rezervacija" method="post" action="/lv/rezervet/">
  <label>Vārds <input name="name" required></label>
  <label>Tālrunis <input name="phone" type="tel" required></label>
  <label>Veikals
    <select name="shop">
      <option value="SIG-01">Sigulda</option>
      <option value="BAI-01">Baiļi</option>
      <option value="ZAG-01">Žagarkalns</option>
    </select>
  </label>
  <div class="g-recaptcha" data-sitekey="6Le@@rk@@"></div>
  <button type="submit">Rezervēt</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?hl=lv" async defer></script>
""", rk=rand_pw(37, "_-"))

add("log/decoy-request-ids", "logs/nginx-access-2026-12-21.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.0.0.12 - - [21/Dec/2026:09:12:01 +0200] "GET /lv/cenas/ HTTP/2.0" 200 18233 "-" "Mozilla/5.0" rid=@@r1@@
10.0.0.12 - - [21/Dec/2026:09:12:02 +0200] "GET /static/app.@@h1@@.js HTTP/2.0" 200 90211 "-" "Mozilla/5.0" rid=@@r2@@
10.0.0.31 - - [21/Dec/2026:09:12:09 +0200] "POST /payments/stripe/webhook HTTP/1.1" 200 2 "-" "Stripe/1.0" rid=@@r3@@
10.0.0.44 - - [21/Dec/2026:09:13:40 +0200] "GET /lv/rezervet/?shop=BAI-01&session=cs_live_@@cs@@ HTTP/2.0" 200 5120 "-" "Mozilla/5.0" rid=@@r4@@
10.0.0.44 - - [21/Dec/2026:09:13:55 +0200] "GET /favicon.ico HTTP/2.0" 404 153 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), h1=hexs(8), cs=rand_pw(58))

add("ini/decoy-pypirc-keyring", "fitting-algo/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password: leave out - twine reads it from the keyring (keyring set https://upload.pypi.org/legacy/ __token__)
""")

add("csharp/decoy-user-secrets-reference", "KioskService/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

// Dev: dotnet user-secrets set "ConnectionStrings:Kiosk" "..."; Prod: Azure Key Vault
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-noma-prod.vault.azure.net/"),
        new Azure.Identity.DefaultAzureCredential());
}

builder.Services.AddNpgsqlDataSource(builder.Configuration.GetConnectionString("Kiosk")!);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("php/decoy-wp-salts-getenv", "wp/wp-config-prod.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: 'localhost' );
define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY') );
define( 'NONCE_KEY', getenv('WP_NONCE_KEY') );
$table_prefix = 'kn_';
require_once ABSPATH . 'wp-settings.php';
""")

add("sql/decoy-schema", "db/migrations/V3__payments.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE payment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    rental_id       uuid NOT NULL REFERENCES rental(id),
    provider        text NOT NULL CHECK (provider IN ('stripe', 'montonio', 'cash', 'everypay')),
    provider_ref    text NOT NULL,          -- pi_..., Montonio order uuid
    amount_cents    integer NOT NULL,
    api_key_id      text,                   -- which restricted key made it (rk id, not the key)
    webhook_secret_version smallint NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_rental_idx ON payment (rental_id);
""")

add("dockerfile/decoy-build-secret-mount", "booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.noma.lv/simple/" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=noma.settings.prod
CMD ["gunicorn", "noma.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""")

add("xml/decoy-maven-env-password", "skipass-bridge/ci-settings.xml", "https://maven.apache.org/settings.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>noma-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Izmaiņu žurnāls

## [3.2.0] – 2026-12-01
### Pievienots
- Montonio bankas saites (Swedbank, SEB, Citadele, Luminor).
- Zābaku izmēra kalkulators (mondopoint) kioskā.
### Mainīts
- Stripe atslēgas tagad tiek lasītas no AWS Secrets Manager (`noma/prod/stripe`), nevis `.env`.
- Rotētas visas API atslēgas pēc incidenta #41 (commit a3f9c2e).

## [3.1.4] – 2026-03-15
### Labots
- Depozīta atmaksa neizdevās, ja maksājums veikts ar Apple Pay.
""")

add("python/decoy-hmac-verify", "payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from django.conf import settings


def verify_stripe_signature(payload: bytes, header: str, tolerance: int = 300) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp, signature = int(parts["t"]), parts["v1"]
    if abs(time.time() - timestamp) > tolerance:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(settings.STRIPE_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("json/decoy-test-webhook-payload", "tests/fixtures/stripe_checkout_completed.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_@@e@@",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_@@cs@@",
      "object": "checkout.session",
      "amount_total": 4500,
      "currency": "eur",
      "client_reference_id": "KN-2026-4410",
      "payment_intent": "pi_@@pi@@",
      "customer_details": {"email": "klients@example.com", "name": "Test Klients"}
    }
  }
}
""", e=rand_pw(24), cs=rand_pw(58), pi=rand_pw(24))

add("github-actions/decoy-oidc-role", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
on:
  pull_request:
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481516234200:role/noma-terraform-ci
          aws-region: eu-north-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra init && terraform -chdir=infra plan -no-color
""")

add("env/decoy-local-dev", "booking/.env.development", "https://docs.docker.com/compose/how-tos/environment-variables/", """
# lokālā izstrāde ar docker compose (nav īstas paroles)
DATABASE_URL=postgres://noma:noma@localhost:5432/rentals_dev
REDIS_URL=redis://localhost:6379/0
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
STRIPE_SECRET_KEY=
DEBUG=1
""")

add("csv/decoy-fleet-serials", "exports/inventars_baili.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
sku,tips,razotajs,modelis,garums_cm,serijas_nr,rfid_epc,pedeja_apkope
BAI-SKI-0101,slēpes,Atomic,Redster X5,156,@@s1@@,E28011606000020@@e1@@,2026-11-28
BAI-SKI-0102,slēpes,Atomic,Redster X5,163,@@s2@@,E28011606000020@@e2@@,2026-11-28
BAI-SNB-0040,dēlis,Burton,Ripcord,154,@@s3@@,E28011606000020@@e3@@,2026-11-30
BAI-BOO-0310,zābaki,Salomon,QST Access 70,-,@@s4@@,E28011606000020@@e4@@,2026-11-30
BAI-HEL-0077,ķivere,Uvex,Manic,-,@@s5@@,E28011606000020@@e5@@,2026-12-01
""", s1=hexs(12).upper(), s2=hexs(12).upper(), s3=hexs(12).upper(), s4=hexs(12).upper(), s5=hexs(12).upper(),
    e1=hexs(9).upper(), e2=hexs(9).upper(), e3=hexs(9).upper(), e4=hexs(9).upper(), e5=hexs(9).upper())

add("go/decoy-config-from-env", "notifier/config.go", "https://pkg.go.dev/os#Getenv", """
package notifier

import "os"

type Config struct {
	SMTPHost string
	SMTPUser string
	SMTPPass string
}

func FromEnv() Config {
	return Config{
		SMTPHost: getenv("SMTP_HOST", "smtp.zone.eu"),
		SMTPUser: getenv("SMTP_USER", "rezervacijas@noma.lv"),
		SMTPPass: os.Getenv("SMTP_PASSWORD"),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""")

add("ruby/decoy-rails-credentials-fetch", "config/initializers/booqable.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Booqable API key lives in config/credentials/production.yml.enc (rails credentials:edit)
Booqable.configure do |c|
  c.company = "kalnunoma"
  c.api_key = Rails.application.credentials.dig(:booqable, :api_key)
  c.timeout = 15
end
""")

add("typescript/decoy-firebase-web-config", "staff-app/web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config is public by design; access is controlled by security rules.
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "noma-staff.firebaseapp.com",
  projectId: "noma-staff",
  storageBucket: "noma-staff.appspot.com",
  messagingSenderId: "418273645012",
  appId: "1:418273645012:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_api_key(), app=hexs(22))

add("ansible/decoy-vault-variable-reference", "ansible/roles/wordpress/vars/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
# real values in group_vars/all/vault.yml (encrypted)
wp_db_password: "{{ vault_wp_db_password }}"
wp_auth_key: "{{ vault_wp_auth_key }}"
mikrotik_backup_password: "{{ vault_mikrotik_backup_password }}"
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=noma/data/smtp:password') }}"
""")

add("notebook/decoy-getpass", "analytics/weather_vs_rentals.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Laikapstākļi pret nomu (LVĢMC dati)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('DB parole: ')\\n",
    "eng = create_engine(f'postgresql+psycopg://analyst:{pw}@pg-rentals.internal.noma.lv/rentals')\\n",
    "weather = pd.read_csv('lvgmc_sigulda_2025.csv', sep=';')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "booking" {
  replication_group_id       = "noma-booking"
  description                = "booking cache"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 1
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}
""")

add("powershell/decoy-get-credential", "it/map-nas-drive.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Pievieno NAS disku (prasīs paroli)
$cred = Get-Credential -Message "NAS lietotājs (piem. noma\\\\vards)"
New-PSDrive -Name "N" -PSProvider FileSystem -Root "\\\\nas-sigulda\\kopigie" -Credential $cred -Persist
Write-Host "Disks N: pievienots"
Get-PSDrive N
""")

add("kotlin/decoy-keystore-env", "app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
android {
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("NOMA_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("NOMA_KEYSTORE_PASSWORD")
            keyAlias = "noma-staff"
            keyPassword = System.getenv("NOMA_KEY_PASSWORD")
        }
    }
}
""")


# --- secrets, third group -----------------------------------------------------------------------

_P8 = pem().replace("RSA ", "")
add("shell/docker-login-password", "scripts/push_kiosk_image.sh", "https://docs.docker.com/reference/cli/docker/login/", """
#!/usr/bin/env bash
set -e
TAG=${1:?tag}
docker login ghcr.io -u noma-ci -p @@secret@@
docker build -t ghcr.io/kalnu-noma/bootfit:${TAG} kiosk/
docker push ghcr.io/kalnu-noma/bootfit:${TAG}
""", fakes.github_token(_seed()))

add("yaml/database-password-helm", "deploy/helm/booking/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/kalnu-noma/booking
  tag: "3.2.0"
ingress:
  enabled: true
  hosts: [rezervacijas.noma.lv]
postgresql:
  auth:
    username: booking
    password: "@@secret@@"
    database: rentals
redis:
  auth:
    enabled: true
    existingSecret: booking-redis
""", rand_pw(20))

add("ini/booqable-api-key", "ops/systemd/noma-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Booqable -> rentals DB sync
After=network-online.target

[Service]
Type=simple
User=noma
Environment=BOOQABLE_COMPANY=kalnunoma
Environment=BOOQABLE_API_KEY=@@secret@@
Environment=DATABASE_URL=postgresql:///rentals
ExecStart=/opt/noma/venv/bin/python -m sync.booqable --loop 600
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", hexs(64))

add("shell/sftp-password", "ops/cron/pos-server.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=it@noma.lv
30 3 * * * /opt/noma/bin/backup_pos.sh >> /var/log/noma/backup.log 2>&1
0 2 * * * sshpass -p '@@secret@@' rsync -a /srv/exports/ kalnunoma@sftp.lift-partner.lv:/incoming/
*/10 * * * * /opt/noma/venv/bin/python -m sync.booqable --once
""", words_pw())

add("markdown/database-url", "fleet-service/README.md", "https://www.postgresql.org/docs/current/libpq-connect.html", """
# fleet-service

Inventāra serviss: slēpes, dēļi, zābaki, ķiveres; apkopes (vaksēšana, kantes) un RFID.

## Palaist lokāli

```bash
./gradlew bootRun
```

Stagingam (tikai lasīšana):

```
psql postgresql://fleet_ro:@@secret@@@pg-staging.noma.lv:5432/fleet
```

## API
- `GET /items?shop=SIG-01&status=available`
- `POST /items/{sku}/service` – atzīmē apkopi
""", words_pw())

add("python/mapbox-secret-token", "analytics/maps/upload_tiles.py", "https://docs.mapbox.com/accounts/guides/tokens/", """
\"\"\"Upload the Sigulda trail map tileset (trases un pacēlāji) to Mapbox.\"\"\"
from mapbox import Uploader

MAPBOX_TOKEN = "@@secret@@"  # secret token, scope uploads:write

uploader = Uploader(access_token=MAPBOX_TOKEN)


def upload(path: str) -> None:
    with open(path, "rb") as fh:
        resp = uploader.upload(fh, "kalnunoma.sigulda-trails")
    resp.raise_for_status()
    print(resp.json()["id"])
""", "sk.eyJ1Ijoia2FsbnVub21hIiwiYSI6I" + rand_pw(24) + "." + rand_pw(22, "-_"))

add("json/algolia-admin-key", "web/scripts/algolia.config.json", "https://www.algolia.com/doc/guides/security/api-keys/", """
{
  "appId": "K9NOMALV12",
  "searchOnlyApiKey": "@@search@@",
  "adminApiKey": "@@secret@@",
  "indexName": "noma_products_lv",
  "replicas": ["noma_products_lv_price_asc"]
}
""", hexs(32), search=hexs(32))

add("php/paysera-sign-password", "wp-content/plugins/noma-paysera/config.php", "https://developers.paysera.com/en/checkout/integrations/integration-specification", """
<?php
// Paysera (vecais maksājumu veids, izslēgt pēc Montonio pārejas)
return [
    'projectid'     => 214587,
    'sign_password' => '@@secret@@',
    'accepturl'     => 'https://noma.lv/lv/paldies/',
    'cancelurl'     => 'https://noma.lv/lv/rezervet/',
    'callbackurl'   => 'https://noma.lv/?paysera_callback=1',
    'test'          => 0,
];
""", hexs(32))

add("typescript/google-oauth-client-secret", "admin/src/auth.config.ts", "https://developers.google.com/identity/protocols/oauth2/web-server", """
import type { NextAuthConfig } from "next-auth";
import Google from "next-auth/providers/google";

export default {
  providers: [
    Google({
      clientId: "418273645012-@@cid@@.apps.googleusercontent.com",
      clientSecret: "@@secret@@",
      authorization: { params: { hd: "noma.lv" } },
    }),
  ],
  pages: { signIn: "/login" },
} satisfies NextAuthConfig;
""", "GOCSPX-" + rand_pw(28, "-_"), cid=rand_pw(32).lower())

add("env/brevo-api-key", "marketing/sms/.env.local", "https://developers.brevo.com/docs/getting-started", """
# Brevo SMS kampaņas (sezonas atlaides)
BREVO_API_KEY=@@secret@@
BREVO_SENDER=KalnuNoma
CAMPAIGN_LANG=lv
DRY_RUN=0
""", "xkeysib-" + hexs(64) + "-" + rand_pw(16))

add("yaml/hubspot-token", "marketing/crm_sync.yml", "https://developers.hubspot.com/docs/api/private-apps", """
crm:
  provider: hubspot
  portal_id: 144998877
  private_app_token: @@secret@@
  sync:
    contacts_from: rentals.customers
    opt_in_field: marketing_consent
    every_minutes: 60
""", "pat-eu1-" + uuid_s())

add("go/discord-webhook", "lift-status/notify.go", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
package main

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const webhook = "@@secret@@"

func announce(text string) error {
	body, _ := json.Marshal(map[string]string{"content": text, "username": "Kalnu Noma"})
	resp, err := http.Post(webhook, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", f"https://discord.com/api/webhooks/{random.Random(_seed()).randint(10**17, 10**18)}/" + rand_pw(68, "-_"))

add("csharp/jwt-signing-key", "KioskService/Auth/TokenIssuer.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens.symmetricsecuritykey", """
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Noma.Kiosk.Auth
{
    public static class TokenIssuer
    {
        // kiosks get 12 h tokens signed with this
        private static readonly SymmetricSecurityKey Key =
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes("@@secret@@"));

        public static SigningCredentials Credentials =>
            new SigningCredentials(Key, SecurityAlgorithms.HmacSha256);
    }
}
""", rand_pw(48))

add("pem/apns-private-key", "StaffApp/Push/AuthKey_8Q2XK4M7ZP.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """
@@secret@@
""", _P8)

add("kotlin/telegram-bot-token", "app/src/main/java/lv/noma/staff/alerts/StaffAlerts.kt", "https://core.telegram.org/bots/api#sendmessage", """
package lv.noma.staff.alerts

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

private const val BOT = "@@secret@@"
private const val CHAT = "-1009876543210"

fun sendDamageAlert(sku: String, note: String) {
    val body = FormBody.Builder()
        .add("chat_id", CHAT)
        .add("text", "Bojājums: $sku – $note")
        .build()
    OkHttpClient().newCall(
        Request.Builder().url("https://api.telegram.org/bot$BOT/sendMessage").post(body).build()
    ).execute().close()
}
""", fakes.telegram_token(_seed()))

add("xml/database-password", "legacy/PosAdmin/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", """
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="PosAdmin" connectionString="Data Source=10.20.0.5;Initial Catalog=NomaPos;User ID=sa;Password=@@secret@@" providerName="System.Data.SqlClient"/>
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8"/>
    <globalization culture="lv-LV" uiCulture="lv-LV"/>
  </system.web>
</configuration>
""", words_pw())

add("sql/dblink-password", "db/reports/weekly_skipass.sql", "https://www.postgresql.org/docs/current/dblink.html", """
-- Nedēļas skipass pārdošana pret nomu (dblink uz partnera replikas)
SELECT r.shop_code, date_trunc('week', r.day) AS week, count(*) AS rentals, s.passes
FROM rentals r
JOIN dblink('host=replica.lift-partner.lv dbname=sales user=kalnunoma_ro password=@@secret@@',
            'select week, count(*) from pass_sales where reseller = ''KNOMA'' group by 1')
     AS s(week date, passes bigint) ON s.week = date_trunc('week', r.day)
GROUP BY 1, 2, s.passes
ORDER BY 2, 1;
""", rand_pw(16))

add("properties/gradle-signing-password", "app/gradle.properties", "https://developer.android.com/studio/publish/app-signing", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
NOMA_KEYSTORE=release.jks
NOMA_KEYSTORE_PASSWORD=@@secret@@
NOMA_KEY_ALIAS=noma-staff
""", words_pw())

add("log/smtp-password", "logs/mailer-debug-2026-12-02.log", "https://datatracker.ietf.org/doc/html/rfc4954", """
2026-12-02 10:44:01 DEBUG smtplib send: 'ehlo pos-server-sigulda\\r\\n'
2026-12-02 10:44:01 DEBUG smtplib reply: b'250-smtp.zone.eu\\r\\n250-AUTH PLAIN LOGIN\\r\\n250 8BITMIME'
2026-12-02 10:44:01 DEBUG smtplib send: 'AUTH PLAIN @@secret@@\\r\\n'
2026-12-02 10:44:02 DEBUG smtplib reply: b'235 2.7.0 Authentication successful'
2026-12-02 10:44:02 INFO  mailer: sent receipt KN-2026-3310 to klients@example.com
""", b64("\0kase@noma.lv\0" + words_pw()))

add("powershell/wifi-psk", "it/add-shop-wifi.ps1", "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan", """
# Pievieno darbinieku Wi-Fi profilu kases datoriem
$ssid = "KalnuNoma-Staff"
$psk = "@@secret@@"
$xml = @"
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$ssid</name>
  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType><connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$xml | Out-File "$env:TEMP\\staff.xml" -Encoding utf8
netsh wlan add profile filename="$env:TEMP\\staff.xml" user=all
""", passphrase())

add("rust/database-url", "lift-queue-bot/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(3)
        .connect("postgres://liftbot:@@secret@@@pg-rentals.internal.noma.lv/rentals")
        .await
}
""", rand_pw(18))

add("ruby/stripe-secret-key", "app/services/deposit_hold.rb", "https://docs.stripe.com/payments/place-a-hold-on-a-payment-method", """
require "stripe"

class DepositHold
  Stripe.api_key = "@@secret@@"

  def self.place(rental)
    Stripe::PaymentIntent.create(
      amount: 15_000,
      currency: "eur",
      capture_method: "manual",
      customer: rental.stripe_customer_id,
      description: "Depozīts #{rental.ref}"
    )
  end
end
""", stripe_key())

add("env/twilio-api-key-secret", "sms-gateway/.env.prod", "https://www.twilio.com/docs/iam/api-keys", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=SK@@sk@@
TWILIO_API_SECRET=@@secret@@
TWILIO_FROM=+37166000000
SMS_QUIET_HOURS=22-08
""", rand_pw(32), sid=twilio_sid(), sk=hexs(32))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "rezervacijas" {
  zone_id = "f1e2d3c4b5a697887766554433221100"
  name    = "rezervacijas"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", rand_pw(40, "_-"))

add("compose/minio-root-password", "deploy/photos/compose.yaml", "https://min.io/docs/minio/container/index.html", """
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-11-07T00-52-20Z
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=noma-photos
      - MINIO_ROOT_PASSWORD=@@secret@@
    volumes:
      - ./data:/data
    ports:
      - "9000:9000"
      - "9001:9001"
""", rand_pw(24))

add("notebook/openai-api-key", "analytics/review_sentiment.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Google atsauksmju noskaņojums (LV/EN/RU)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = open('reviews_2025.txt', encoding='utf-8').read().split('\\\\n---\\\\n')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt && pytest -q
      - if: failure()
        uses: slackapi/slack-github-action@v1
        with:
          payload: '{"text": "Nakts testi krīt: ${{ github.run_id }}"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("ansible/aws-secret-access-key", "ansible/roles/backup/templates/aws_credentials.j2", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Managed by ansible (role backup) - do not edit on host
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-north-1

[glacier]
role_arn = arn:aws:iam::481516234200:role/noma-glacier-writer
source_profile = default
""", aws_secret(), kid=aws_id())

add("csv/vendor-portal-password", "docs/piegadataji_kontakti.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
piegadatajs,kontaktpersona,talrunis,portals,lietotajs,parole
Wintersteiger Baltic,Toms,+371 2000 0010,https://portal.wintersteiger.com,kalnunoma,@@secret@@
Atomic Rental,Sandra,+43 000 0000,https://b2b.atomic.com,,SSO
Burton B2B,Kristaps,+371 2000 0011,https://b2b.burton.com,,skat. 1Password
Lift partneris,Ieva,+371 2000 0012,https://partners.lift-partner.lv,,skat. 1Password
""", words_pw())

add("toml/database-password", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.rentals]
dialect = "postgresql"
host = "pg-rentals.internal.noma.lv"
port = "5432"
database = "rentals"
username = "dashboard"
password = "@@secret@@"
""", words_pw())


# --- decoys, third group ------------------------------------------------------------------------

add("yaml/decoy-openapi-spec", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/", """
openapi: 3.0.3
info:
  title: Kalnu Noma rental API
  version: 3.2.0
servers:
  - url: https://api.noma.lv/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Noma-Api-Key
      description: Partnera atslēga, izsniedz IT (formāts nk_live_ + 32 simboli)
paths:
  /availability:
    get:
      security: [{apiKey: []}]
      parameters:
        - {name: shop, in: query, schema: {type: string, example: SIG-01}}
        - {name: date, in: query, schema: {type: string, format: date}}
      responses:
        "200": {description: Brīvie komplekti}
""")

add("python/decoy-mock-keys-in-tests", "tests/test_booqable_sync.py", "https://docs.python.org/3/library/unittest.mock.html", """
from unittest import mock

from sync import booqable

DUMMY_KEY = "0" * 64


@mock.patch.dict("os.environ", {"BOOQABLE_API_KEY": DUMMY_KEY, "BOOQABLE_COMPANY": "example"})
def test_headers_use_bearer():
    client = booqable.Client.from_env()
    assert client.session.headers["Authorization"] == f"Bearer {DUMMY_KEY}"


def test_page_size_is_capped():
    assert booqable.page_size(500) == 100
""")

add("markdown/decoy-onboarding-lv", "docs/jauns-darbinieks.md", "https://www.atlassian.com/team-playbook", """
# Jauna darbinieka pirmā diena

1. Saņem no vadītāja savu **PIN kodu** kasei (4 cipari, nomaini pirmajā dienā).
2. Pieslēdzies darbinieku lietotnei ar Google kontu `vards.uzvards@noma.lv`.
3. Wi-Fi "KalnuNoma-Staff" parole ir uz lapiņas pie kases (nefotografē!).
4. Apmācība: zābaku izmēra noteikšana kioskā, slēpju stiprinājumu DIN regulēšana.
5. Ja kaut kas nestrādā – raksti #it-palidziba Slackā.

Paroles **nekad** nesūti e-pastā vai WhatsApp. Izmanto 1Password koplietošanu.
""")

add("json/decoy-apple-app-site-association", "web/public/.well-known/apple-app-site-association", "https://developer.apple.com/documentation/xcode/supporting-associated-domains", """
{
  "applinks": {
    "details": [
      {
        "appIDs": ["8Q2XK4M7ZP.lv.noma.staff"],
        "components": [
          {"/": "/app/rental/*", "comment": "Nomas kartīte"},
          {"/": "/app/fleet/*"}
        ]
      }
    ]
  },
  "webcredentials": {"apps": ["8Q2XK4M7ZP.lv.noma.staff"]}
}
""")

add("shell/decoy-pass-lookup", "scripts/rotate_redis_password.sh", "https://www.passwordstore.org/", """
#!/usr/bin/env bash
# Rotē Redis paroli: jauna parole -> pass -> k8s secret -> restart
set -euo pipefail
NEW=$(openssl rand -base64 24 | tr -d '/+=')
pass insert -m -f noma/redis <<< "$NEW"
kubectl -n noma create secret generic booking-redis \\
  --from-literal=REDIS_PASSWORD="$(pass show noma/redis)" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n noma rollout restart deploy/booking
""")

add("ini/decoy-masked-config-dump", "support/pos-config-dump.ini", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/", """
; exported by PosAdmin "Diagnostics" (secrets masked)
[Database]
Server=10.20.0.5
Database=NomaPos
User=pos_terminal
Password=********
[Payments]
Provider=Stripe Terminal
SecretKey=sk_live_****************************
[Printer]
Model=EPSON TM-T20III
""")

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# copy to terraform.tfvars (gitignored) and fill in
region          = "eu-north-1"
db_password     = "CHANGE_ME"
hcloud_token    = "<hetzner api token>"
cloudflare_zone = "noma.lv"
alert_email     = "it@noma.lv"
""")

add("log/decoy-ssh-fingerprints", "logs/ansible-2026-11-30.log", "https://man.openbsd.org/ssh-keygen", """
2026-11-30 21:04:11,120 p=5521 u=edgars | PLAY [Backup MikroTik routers in all shops] ****
2026-11-30 21:04:12,004 p=5521 u=edgars | ok: [router-sigulda] host key SHA256:@@f1@@
2026-11-30 21:04:12,377 p=5521 u=edgars | ok: [router-baili] host key SHA256:@@f2@@
2026-11-30 21:04:13,010 p=5521 u=edgars | ok: [router-zagarkalns] host key SHA256:@@f3@@
2026-11-30 21:04:15,880 p=5521 u=edgars | PLAY RECAP: router-sigulda ok=2 changed=1 router-baili ok=2 changed=1 router-zagarkalns ok=2 changed=1
""", f1=rand_pw(43, "+/"), f2=rand_pw(43, "+/"), f3=rand_pw(43, "+/"))

add("csharp/decoy-hash-of-pin", "PosTerminal/Security/PinCheck.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rfc2898derivebytes", """
using System.Security.Cryptography;

namespace Noma.PosTerminal.Security
{
    public static class PinCheck
    {
        private const int Iterations = 210_000;

        public static bool Verify(string pin, byte[] salt, byte[] expected)
        {
            var actual = Rfc2898DeriveBytes.Pbkdf2(pin, salt, Iterations, HashAlgorithmName.SHA256, 32);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
    }
}
""")

add("pem/decoy-public-cert", "skipass-bridge/src/main/resources/partner-ca.pem", "https://datatracker.ietf.org/doc/html/rfc7468", """
-----BEGIN CERTIFICATE-----
@@c@@
-----END CERTIFICATE-----
""", c="\n".join(rand_pw(64, "+/") for _ in range(8)))

add("swift/decoy-keychain", "StaffApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    private static let service = "lv.noma.staff.api"

    static func save(_ token: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("rust/decoy-env-token", "lift-queue-bot/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub token: String,
    pub chat_id: i64,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            token: env::var("TELOXIDE_TOKEN").expect("TELOXIDE_TOKEN not set"),
            chat_id: env::var("STAFF_CHAT_ID").unwrap_or_else(|_| "-1001234567890".into()).parse().unwrap(),
        }
    }
}
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-payments.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: noma
spec:
  encryptedData:
    STRIPE_WEBHOOK_SECRET: Ag@@e1@@
    MONTONIO_SECRET_KEY: Ag@@e2@@
  template:
    metadata:
      name: payments
""", e1=rand_pw(300, "+/") + "==", e2=rand_pw(300, "+/") + "==")

add("markdown/decoy-incident-rotated", "docs/incidents/2026-10-inc-41.md", "https://sre.google/sre-book/postmortem-culture/", """
# INC-41: Stripe atslēga publiskā repozitorijā (2026-10-14)

**Kopsavilkums:** `sk_live_` atslēga bija `booking/.env.production` publiskā forkā 3 stundas.

## Laika līnija
- 09:12 GitHub secret scanning paziņojums Stripe; Stripe automātiski deaktivizēja atslēgu.
- 09:40 Anna izveidoja jaunu restricted key, ielika AWS Secrets Manager `noma/prod/stripe`.
- 10:05 Deploy; maksājumi atjaunoti.

## Darbības
- [x] `.env*` pievienots `.gitignore`
- [x] pre-commit secretu pārbaude
- [ ] Montonio atslēgas rotācija (Edgars)
""")

add("sql/decoy-api-key-hashes", "db/migrations/V14__partner_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
CREATE TABLE partner_api_key (
    id          serial PRIMARY KEY,
    partner     text NOT NULL,
    key_prefix  char(8) NOT NULL,     -- first chars shown in the admin UI
    key_sha256  char(64) NOT NULL,    -- only the hash is stored
    created_at  timestamptz DEFAULT now()
);
INSERT INTO partner_api_key (partner, key_prefix, key_sha256) VALUES
  ('lift-partner', 'nk_live_', '@@h1@@'),
  ('hotel-sigulda', 'nk_live_', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))

add("env/decoy-public-ids", "web/.env.production", "https://vite.dev/guide/env-and-mode", """
# Vite: VITE_* ends up in the browser bundle - only public values here!
VITE_API_BASE=https://api.noma.lv/v1
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_GA_MEASUREMENT_ID=G-@@ga@@
VITE_SENTRY_DSN=https://@@dsn@@@o4508123456.ingest.de.sentry.io/4508123457
VITE_MAPBOX_TOKEN=pk.eyJ1Ijoia2FsbnVub21hIiwiYSI6I@@mb@@
""", pk=stripe_key("pk_live_"), ga=rand_pw(10).upper(), dsn=hexs(32), mb=rand_pw(24) + "." + rand_pw(22, "-_"))

add("python/decoy-example-in-docstring", "sync/booqable.py", "https://developers.booqable.com/", """
\"\"\"Booqable -> rentals DB sync.

Usage::

    BOOQABLE_COMPANY=kalnunoma BOOQABLE_API_KEY=<api key> python -m sync.booqable --once

The key is created in Booqable under Settings -> API keys and kept in 1Password.
\"\"\"
import os

import requests


class Client:
    def __init__(self, company: str, api_key: str) -> None:
        self.base = f"https://{company}.booqable.com/api/4"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    @classmethod
    def from_env(cls) -> "Client":
        return cls(os.environ["BOOQABLE_COMPANY"], os.environ["BOOQABLE_API_KEY"])


def page_size(n: int) -> int:
    return min(n, 100)
""")

add("yaml/decoy-gitlab-ci-variables", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [test, deploy]

variables:
  POSTGRES_DB: rentals_test
  POSTGRES_USER: test
  POSTGRES_PASSWORD: test
  DATABASE_URL: postgres://test:test@postgres:5432/rentals_test

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - echo "$KUBECONFIG_B64" | base64 -d > kubeconfig
    - KUBECONFIG=kubeconfig helm upgrade --install booking deploy/helm/booking -f deploy/helm/booking/values-prod.yaml
  only: [main]
""")

add("php/decoy-nonce-and-hash", "wp-content/plugins/noma-booking/includes/form.php", "https://developer.wordpress.org/apis/security/nonces/", """
<?php
// Rezervācijas forma: nonce pret CSRF, hash tikai kešam
function noma_booking_form() {
    $nonce = wp_create_nonce('noma_booking');
    $cache_key = 'noma_avail_' . md5(serialize($_GET));
    $avail = get_transient($cache_key);
    if ($avail === false) {
        $avail = noma_fetch_availability();
        set_transient($cache_key, $avail, 300);
    }
    include __DIR__ . '/../templates/form.php';
}
add_shortcode('noma_booking', 'noma_booking_form');
""")

add("csv/decoy-gift-card-codes-masked", "exports/davanu_kartes_2026.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
karte,vertiba_eur,izdota,derīga_lidz,statuss,kods
DK-0001,50,2026-11-20,2027-04-30,aktīva,KN-****-****-7Q2M
DK-0002,100,2026-11-21,2027-04-30,izlietota,KN-****-****-X9PA
DK-0003,30,2026-11-25,2027-04-30,aktīva,KN-****-****-4LRT
DK-0004,50,2026-12-01,2027-04-30,aktīva,KN-****-****-B8WE
""")

add("dockerfile/decoy-arg-no-default", "sms-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/sms-gateway ./cmd/sms-gateway

FROM gcr.io/distroless/static
COPY --from=build /out/sms-gateway /sms-gateway
# TWILIO_* come from the ECS task definition (Secrets Manager)
ENV TWILIO_FROM=+37166000000
ENTRYPOINT ["/sms-gateway"]
""")

add("compose/decoy-docker-secrets", "deploy/kiosk-stack/compose.prod.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: kiosk
      RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/mq_password
    secrets: [mq_password]
  bootfit:
    image: ghcr.io/kalnu-noma/bootfit:2.4.1
    secrets: [mq_password]
secrets:
  mq_password:
    file: ./secrets/mq_password.txt
""")

add("notebook/decoy-outputs-with-ids", "analytics/fleet_utilisation.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["run_id=@@r@@\\n", "items=1284 utilisation=0.71\\n"]
    }
   ],
   "source": [
    "import uuid\\n",
    "run_id = uuid.uuid4()\\n",
    "print(f'run_id={run_id}')\\n",
    "print(f'items={len(fleet)} utilisation={util:.2f}')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", r=uuid_s())

add("go/decoy-test-constants", "payments/everypay/client_test.go", "https://pkg.go.dev/testing", """
package everypay

import "testing"

const (
	testUser   = "0123456789abcdef"
	testSecret = "00000000000000000000000000000000"
)

func TestValidConfig(t *testing.T) {
	if !ValidConfig(testUser, testSecret, "EUR3D1") {
		t.Fatal("valid config rejected")
	}
	if ValidConfig("x", testSecret, "EUR3D1") {
		t.Fatal("short user accepted")
	}
}
""")

add("properties/decoy-spring-placeholders", "fleet-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:pg-fleet.noma.internal}:5432/fleet
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
partner.client-secret=${PARTNER_CLIENT_SECRET}
management.endpoints.web.exposure.include=health,info
""")

add("xml/decoy-google-maps-manifest-ref", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:label="Kalnu Noma Staff"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("ruby/decoy-encrypted-attributes", "test/fixtures/customers.yml", "https://guides.rubyonrails.org/active_record_encryption.html#fixtures", """
# phone and id_number are encrypted (Active Record Encryption); fixtures hold the ciphertext
anna:
  name: Anna Bērziņa
  shop_code: SIG-01
  phone: '{"p":"@@p1@@","h":{"iv":"@@iv1@@","at":"@@at1@@"}}'
janis:
  name: Jānis Ozols
  shop_code: ZAG-01
  phone: '{"p":"@@p2@@","h":{"iv":"@@iv2@@","at":"@@at2@@"}}'
""", p1=rand_pw(16, "+/") + "==", iv1=rand_pw(16), at1=rand_pw(22, "+/") + "==",
    p2=rand_pw(16, "+/") + "==", iv2=rand_pw(16), at2=rand_pw(22, "+/") + "==")


# --- last group: device and theme vendors ------------------------------------------------------

add("python/nvr-camera-password", "ops/cameras/snapshot_check.py", "https://github.com/MissionCriticalCloud/hikvision-isapi", """
\"\"\"Checks every morning that the shop cameras (Hikvision NVR) record; posts a snapshot to Slack.\"\"\"
import requests
from requests.auth import HTTPDigestAuth

NVRS = {
    "SIG-01": "192.168.10.30",
    "BAI-01": "192.168.20.30",
    "ZAG-01": "192.168.30.30",
}
AUTH = HTTPDigestAuth("admin", "@@secret@@")


def snapshot(shop: str, channel: int = 101) -> bytes:
    ip = NVRS[shop]
    r = requests.get(f"http://{ip}/ISAPI/Streaming/channels/{channel}/picture", auth=AUTH, timeout=10)
    r.raise_for_status()
    return r.content
""", words_pw())

add("csharp/skidata-api-key", "SkipassKiosk/Services/LiftGateClient.cs", "https://www.skidata.com/en/", """
using System.Net.Http;
using System.Net.Http.Headers;

namespace Noma.SkipassKiosk.Services
{
    // Pārdod dienas karti kopā ar nomas komplektu (Žagarkalns vārti)
    public class LiftGateClient
    {
        private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri("https://zagarkalns.gate-api.lv/v3/") };

        public LiftGateClient()
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", "@@secret@@");
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<HttpResponseMessage> SellDayPass(string rfid) =>
            _http.PostAsync($"passes/day?rfid={rfid}&reseller=KNOMA", null);
    }
}
""", rand_pw(40))

add("yaml/wintersteiger-service-login", "ops/devices/tuning_machines.yml", "https://www.wintersteiger.com/en/Sports/Products-and-Solutions/Service-machines", """
# Slēpju servisa iekārtas (Discovery / Mercury)
machines:
  - name: discovery-sigulda
    ip: 192.168.10.40
    remote_service: https://rs.wintersteiger.com
    login: kalnunoma-sig
    password: "@@secret@@"
  - name: mercury-baili
    ip: 192.168.20.41
    remote_service: https://rs.wintersteiger.com
    login: kalnunoma-bai
    password_ref: 1password://Noma IT/Wintersteiger BAI
""", words_pw())

add("markdown/nas-admin-password", "docs/nodosana-baili-2026.md", "https://www.synology.com/en-global/dsm", """
# Baiļi veikals – nodošana sezonai

Paldies, Ilze! Šeit viss, kas vajadzīgs sezonas sākumam.

- Kases dators: `POS-BAILI-01`, Windows konts `kase` (bez paroles, auto-login).
- NAS (Synology DS220+): http://192.168.20.5:5000
  lietotājs **noma-admin**, parole **@@secret@@**
- Printeris: Zebra ZD421 etiķetēm, EPSON čekiem.
- Zābaku žāvētājs ieslēdzas automātiski 20:30 (taimeris).

Ja NAS neredz kopīgo mapi – pārstartēt NAS caur pogu aizmugurē (3 s).
""", words_pw())

add("ini/wasabi-secret-key", "ops/backup/rclone.conf", "https://rclone.org/s3/", """
[wasabi]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
region = eu-central-2
endpoint = s3.eu-central-2.wasabisys.com

[nas]
type = local
""", rand_pw(40), kid=rand_pw(20).upper())

add("typescript/skiresort-weather-api-key", "web/src/server/snowReport.ts", "https://www.weatherapi.com/docs/", """
// Sniega ziņojums mājaslapas galvenē
const WEATHER_KEY = "@@secret@@";

export async function snowReport(place: "Sigulda" | "Cesis" | "Vaidava") {
  const res = await fetch(
    `https://api.weatherapi.com/v1/current.json?key=${WEATHER_KEY}&q=${place},Latvia&lang=lv`,
  );
  if (!res.ok) throw new Error(`weather ${res.status}`);
  const data = await res.json();
  return { temp: data.current.temp_c, text: data.current.condition.text };
}
""", hexs(31))

add("shell/ldapsearch-password", "scripts/list_staff_accounts.sh", "https://man.openbsd.org/ldapsearch.1", """
#!/bin/sh
# Darbinieku saraksts no LDAP (sezonas sākumā pārbaudīt, vai visi aktīvi)
ldapsearch -H ldaps://ldap.noma.lv -x \\
  -D "cn=pos-reader,ou=service,dc=noma,dc=lv" -w '@@secret@@' \\
  -b "ou=staff,dc=noma,dc=lv" "(objectClass=inetOrgPerson)" cn mail employeeType \\
  | grep -E '^(cn|mail|employeeType):'
""", words_pw())

add("github-actions/pypi-token", ".github/workflows/publish-fitting-algo.yml", "https://github.com/pypa/gh-action-pypi-publish", """
name: publish fitting-algo
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build fitting-algo/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: fitting-algo/dist/
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("yaml/decoy-kiosk-config", "kiosk/config/kiosk.yaml", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """
kiosk:
  shop_code: SIG-01
  language: lv
  languages: [lv, en, ru, lt, et]
  foot_scanner:
    model: Sidas 3D
    port: /dev/ttyUSB0
    baud: 115200
  api:
    base_url: https://api.noma.lv/v1
    api_key_file: /etc/noma/kiosk.key
  idle_timeout_s: 90
""")

add("json/decoy-price-list", "web/src/data/cenas-2026.json", "https://www.json.org/json-en.html", """
{
  "season": "2026-2027",
  "currency": "EUR",
  "items": [
    {"code": "SKI-ADULT-DAY", "lv": "Slēpju komplekts (pieaugušo), diena", "price": 25},
    {"code": "SKI-KIDS-DAY", "lv": "Slēpju komplekts (bērnu), diena", "price": 15},
    {"code": "SNB-DAY", "lv": "Snovborda komplekts, diena", "price": 25},
    {"code": "HELMET-DAY", "lv": "Ķivere, diena", "price": 5},
    {"code": "SERVICE-WAX", "lv": "Vaksēšana", "price": 12}
  ],
  "deposit": 150
}
""")

add("markdown/decoy-api-key-format-doc", "docs/api/partneri.md", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
# Partneru API (viesnīcas, skolas)

Katrs partneris saņem savu atslēgu. Atslēgas formāts: `nk_live_` + 32 burti/cipari,
testa vidē `nk_test_` + 32. Piemērs dokumentācijai: `nk_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.

```http
GET /v1/availability?shop=SIG-01&date=2027-01-05
X-Noma-Api-Key: <jūsu atslēga>
```

Atslēgu var atsaukt jebkurā brīdī: rakstiet it@noma.lv.
""")

add("python/decoy-sha-checksums", "kiosk/firmware/verify.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Verify the foot-scanner firmware before flashing.\"\"\"
import hashlib
import sys

KNOWN = {
    "sidas3d-fw-4.2.1.bin": "@@h1@@",
    "sidas3d-fw-4.3.0.bin": "@@h2@@",
}


def main(path: str) -> int:
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    name = path.rsplit("/", 1)[-1]
    ok = KNOWN.get(name) == digest
    print("OK" if ok else f"NEPAREIZS hash: {digest}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
""", h1=hexs(64), h2=hexs(64))

add("shell/decoy-ssh-keygen-howto", "scripts/new_deploy_key.sh", "https://man.openbsd.org/ssh-keygen", """
#!/usr/bin/env bash
# Izveido jaunu deploy atslēgu veikala serverim; privātā atslēga paliek tikai serverī.
set -euo pipefail
SHOP=${1:?shop code}
ssh-keygen -t ed25519 -N "" -C "deploy@${SHOP}" -f "/home/deploy/.ssh/id_${SHOP}"
cat "/home/deploy/.ssh/id_${SHOP}.pub"
echo "Pievieno publisko atslēgu GitLab -> Settings -> Deploy keys"
""")

add("ssh/decoy-public-key", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy keys for the shop servers (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ deploy@SIG-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ deploy@BAI-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k3@@ deploy@ZAG-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ edgars@laptop
""", k1=rand_pw(44, "+/"), k2=rand_pw(44, "+/"), k3=rand_pw(44, "+/"), k4=rand_pw(44, "+/"))

add("toml/decoy-pyproject", "fitting-algo/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "noma-fitting-algo"
version = "1.4.0"
description = "Boot and ski size recommendation for Kalnu Noma kiosks"
requires-python = ">=3.11"
dependencies = ["numpy>=2.0", "pydantic>=2.7"]

[project.urls]
Homepage = "https://noma.lv"

[tool.twine]
# upload uses trusted publishing from GitHub Actions - no token here
repository = "pypi"
""")

add("log/decoy-failed-login", "logs/auth-2026-12-22.log", "https://man7.org/linux/man-pages/man8/sshd.8.html", """
Dec 22 06:11:04 pos-server-sigulda sshd[21177]: Invalid user admin from 203.0.113.77 port 51422
Dec 22 06:11:05 pos-server-sigulda sshd[21177]: Failed password for invalid user admin from 203.0.113.77 port 51422 ssh2
Dec 22 06:11:09 pos-server-sigulda sshd[21181]: Failed password for root from 203.0.113.77 port 51430 ssh2
Dec 22 07:58:40 pos-server-sigulda sshd[21502]: Accepted publickey for deploy from 192.168.10.2 port 50112 ssh2: ED25519 SHA256:@@fp@@
Dec 22 07:58:40 pos-server-sigulda sshd[21502]: pam_unix(sshd:session): session opened for user deploy
""", fp=rand_pw(43, "+/"))

add("ansible/decoy-vault-encrypted-string", "ansible/group_vars/all/secrets.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """
---
vault_wp_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
vault_mikrotik_backup_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l5@@
  @@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40), l5=hexs(80), l6=hexs(80))

add("sql/decoy-seed-test-data", "db/seed/dev_customers.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- tikai izstrādei: izdomāti klienti
INSERT INTO customers (id, name, phone, email, id_doc_last4) VALUES
  ('@@u1@@', 'Test Klients', '+371 20000000', 'test1@example.com', '0000'),
  ('@@u2@@', 'Anna Paraugs', '+371 20000001', 'anna@example.com', '1234'),
  ('@@u3@@', 'Jānis Piemērs', '+371 20000002', 'janis@example.com', '9999');
INSERT INTO api_tokens (customer_id, token) VALUES ('@@u1@@', 'dev-token-not-secret');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("terraform/decoy-iam-policy", "infra/iam.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy", """
resource "aws_iam_policy" "accounting_export" {
  name = "noma-accounting-export"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject", "s3:GetObject"]
      Resource = "arn:aws:s3:::noma-accounting/rentals/*"
    }]
  })
}

resource "aws_iam_access_key" "etl" {
  user = aws_iam_user.etl.name
}

output "etl_access_key_id" {
  value = aws_iam_access_key.etl.id
}
""")

add("powershell/decoy-secretmanagement", "it/connect-posdb.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Pieslēdzas kases DB ar paroli no SecretStore
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "PosDb-backup_op" -Vault NomaIT
Invoke-Sqlcmd -ServerInstance "10.20.0.5" -Database "NomaPos" -Credential $cred `
    -Query "SELECT TOP 20 * FROM Receipts ORDER BY CreatedAt DESC"
""")

add("csharp/decoy-stripe-test-mode", "PosTerminal.Tests/StripeFakeTests.cs", "https://docs.stripe.com/testing", """
using Xunit;

namespace Noma.PosTerminal.Tests
{
    public class StripeFakeTests
    {
        // stripe-mock listens on localhost:12111 and accepts any key
        private const string MockKey = "sk_test_123";

        [Fact]
        public void DepositIsHeldNotCaptured()
        {
            var svc = new DepositService(MockKey, "http://localhost:12111");
            var intent = svc.Hold(15000);
            Assert.Equal("requires_capture", intent.Status);
        }
    }
}
""")

# CASES-END
