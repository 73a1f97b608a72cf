"""Blind set JS: tea houses and samovar cafés in Azerbaijan (çayxanalar, samovar kafeləri).

Their POS and ordering code, delivery and payment integrations (Payriff, Epoint, GoldenPay, Stripe,
Wolt), SMS and Telegram bots, fiscal e-kassa clients, configs, CI, containers, infrastructure,
notebooks, runbooks in Azerbaijani and English, SQL, CSV exports and logs, and their decoys.
Generated fakes only (seeds 4610000-4619999).
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
SEED_LO, SEED_HI = 4610000, 4619999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Samovar", "Armudu", "Limon", "Nabat", "Qaytaqi", "Sheki", "Lankaran", "Badamli", "Qovurga", "Gilas",
         "Heyva", "Xinaliq", "Qala", "Icheri", "Bulvar", "Zeytun", "Nargiz", "Shamaxi", "Kelaghayi", "Qusar"]
LOWER = ["armudu", "samovar", "limon", "nabat", "murebbe", "qend", "findiq", "heyva", "zire", "kekik",
         "cay", "qaymaq", "gilas", "sheki", "nar", "badam"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def tg() -> str:
    return fakes.telegram_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def payriff_secret() -> str:
    return hexs(32).upper()


def epoint_private() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def poster_token() -> str:
    r = _rng()
    return f"{r.randint(100000, 999999)}:" + "".join(r.choice(HEX) for _ in range(32))


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-js/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

add("env/payriff-secret-key", "cayxana-pos/.env", "Payriff merchant API docs (secretKey header)", """
# Nargiz Çayxanası — POS backend
APP_ENV=production
APP_PORT=8080
DATABASE_URL=postgres://pos:${DB_PASSWORD}@db.internal:5432/cayxana
PAYRIFF_MERCHANT_ID=ES1092837
PAYRIFF_SECRET_KEY=@@secret@@
PAYRIFF_CALLBACK_URL=https://nargiz-cay.az/api/payriff/callback
DEFAULT_CURRENCY=AZN
LANGUAGE=AZ
""", payriff_secret())

add("python/epoint-private-key", "samovar_pay/epoint_client.py", "Epoint.az merchant API (public_key, private_key, signature=base64(sha1(private+data+private)))", """
\"\"\"Epoint.az ödəniş inteqrasiyası — Samovar Kafe, Bakı.\"\"\"
import base64
import hashlib
import json

import requests

EPOINT_PUBLIC_KEY = "i000200431"
EPOINT_PRIVATE_KEY = "@@secret@@"
API = "https://epoint.az/api/1/request"


def _sign(data: str) -> str:
    raw = EPOINT_PRIVATE_KEY + data + EPOINT_PRIVATE_KEY
    return base64.b64encode(hashlib.sha1(raw.encode()).digest()).decode()


def create_payment(order_id: str, amount_azn: float) -> dict:
    payload = {
        "public_key": EPOINT_PUBLIC_KEY,
        "amount": f"{amount_azn:.2f}",
        "currency": "AZN",
        "language": "az",
        "order_id": order_id,
        "description": "Çay dəsti + mürəbbə",
    }
    data = base64.b64encode(json.dumps(payload).encode()).decode()
    resp = requests.post(API, data={"data": data, "signature": _sign(data)}, timeout=15)
    resp.raise_for_status()
    return resp.json()
""", epoint_private())

pw = words_pw()
add("yaml/postgres-password", "deploy/samovar-api/values-prod.yaml", "Bitnami PostgreSQL Helm chart values (auth.password)", """
# Samovar API — prod dəyərləri (Gəncə filialı daxil)
replicaCount: 2
image:
  repository: registry.samovar.az/samovar-api
  tag: "2.4.1"
postgresql:
  enabled: true
  auth:
    username: samovar
    database: samovar_orders
    password: "@@secret@@"
ingress:
  enabled: true
  hosts:
    - host: api.samovar.az
      paths: ["/"]
""", pw)

add("json/stripe-secret-key", "config/payments.prod.json", "Stripe API keys docs (sk_live_)", """
{
  "cafe": "Icherisheher Samovar Evi",
  "currency": "azn",
  "stripe": {
    "publishableKey": "@@pk@@",
    "secretKey": "@@secret@@",
    "statementDescriptor": "ICHERI SAMOVAR"
  },
  "tips": {"enabled": true, "percents": [5, 10, 15]}
}
""", stripe_key(), pk=stripe_key("pk_live_"))

t = tg()
add("python/telegram-bot-token", "bots/sifaris_bot.py", "python-telegram-bot docs (Application.builder().token())", """
# Telegram bot: masa sifarişləri (çay, şirniyyat) — "Armudu Çayxana"
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

MENU = ["Qara çay (armudu)", "Kəklikotu çayı", "Limonlu çay", "Mürəbbə dəsti", "Paxlava"]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Xoş gəlmisiniz! Menyu üçün /menyu yazın.")


async def menyu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("\\n".join(MENU))


def main() -> None:
    app = Application.builder().token("@@secret@@").build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("menyu", menyu))
    app.run_polling()


if __name__ == "__main__":
    main()
""", t)

add("shell/mysql-password", "scripts/backup_iiko_db.sh", "mysqldump manual (-p<password>)", """
#!/usr/bin/env bash
# Gecə ehtiyat nüsxəsi — Qala Çayxanası POS bazası
set -euo pipefail
STAMP=$(date +%Y%m%d)
OUT=/var/backups/pos/pos_${STAMP}.sql.gz
mysqldump -h 10.20.0.15 -u posbackup -p'@@secret@@' --single-transaction pos_qala | gzip > "$OUT"
find /var/backups/pos -name 'pos_*.sql.gz' -mtime +14 -delete
echo "backup ok: $OUT"
""", words_pw())

ak, sk = aws_id(), aws_secret()
add("ini/aws-secret-access-key", "ops/aws/credentials", "AWS CLI credentials file docs", """
[default]
region = eu-central-1

[samovar-menu-bucket]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@secret@@
# menyu şəkilləri S3-ə yüklənir (menu-images.samovar.az)
""", sk, ak=ak)

add("php/goldenpay-auth-key", "app/Payment/GoldenPayGateway.php", "GoldenPay merchant integration (merchantName, authKey, md5 hash)", """
<?php

namespace App\\Payment;

use Illuminate\\Support\\Facades\\Http;

class GoldenPayGateway
{
    private string $merchantName = 'sheki_samovar';
    private string $authKey = '@@secret@@';
    private string $endpoint = 'https://rest.goldenpay.az/web/service/merchant/getPaymentKey';

    public function paymentKey(int $amountQepik, string $description): string
    {
        $hash = md5($this->authKey . $this->merchantName . 'v' . $amountQepik . $description);
        $resp = Http::post($this->endpoint, [
            'merchantName' => $this->merchantName,
            'cardType' => 'v',
            'amount' => $amountQepik,
            'description' => $description,
            'lang' => 'az',
            'hashCode' => $hash,
        ]);
        return $resp->json('paymentKey');
    }
}
""", hexs(32))

add("k8s-secret/redis-password", "k8s/order-queue/redis-secret.yaml", "Kubernetes Secret docs (data: base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: order-queue-redis
  namespace: cayxana-prod
  labels:
    app: order-queue
type: Opaque
data:
  redis-password: @@enc@@
""", (rp := fakes.redis_password(_seed())), enc=b64(rp))

add("go/smtp-password", "internal/notify/mail.go", "Go net/smtp docs (smtp.PlainAuth)", """
package notify

import (
	"fmt"
	"net/smtp"
)

// Gündəlik satış hesabatı e-poçtla göndərilir (Badamlı Çay Evi)
const (
	smtpHost = "smtp.yandex.com"
	smtpPort = 587
	smtpUser = "hesabat@badamli-cay.az"
	smtpPass = "@@secret@@"
)

func SendReport(to, subject, body string) error {
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
	msg := []byte(fmt.Sprintf("Subject: %s\\r\\n\\r\\n%s", subject, body))
	return smtp.SendMail(fmt.Sprintf("%s:%d", smtpHost, smtpPort), auth, smtpUser, []string{to}, msg)
}
""", rand_pw(16))

add("github-actions/pypi-token", ".github/workflows/release-cayxana-sdk.yml", "pypa/gh-action-pypi-publish docs (password input)", """
name: release cayxana-sdk
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", pypi())

add("dockerfile/github-token", "docker/menu-builder/Dockerfile", "Docker docs (ENV, private git dependency)", """
FROM node:20-alpine
WORKDIR /app
# menyu generatoru özəl repodan paket çəkir
ENV GITHUB_TOKEN=@@secret@@
RUN apk add --no-cache git && \\
    git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "build-menu.js"]
""", ghp())

add("compose/mssql-password", "docker-compose.rkeeper.yml", "Microsoft SQL Server container docs (MSSQL_SA_PASSWORD)", """
version: "3.8"
services:
  rkeeper-db:
    image: mcr.microsoft.com/mssql/server:2019-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@secret@@"
      MSSQL_PID: Express
    ports:
      - "1433:1433"
    volumes:
      - rk7data:/var/opt/mssql
volumes:
  rk7data: {}
""", words_pw())

add("markdown/router-admin-password", "docs/filial-sebeke.md", "MikroTik RouterOS docs (admin user)", """
# Filial şəbəkəsi — Şamaxı yolu çayxanası

| Cihaz | IP | İstifadəçi | Şifrə |
|-------|----|-----------|-------|
| MikroTik hAP ac2 | 192.168.88.1 | admin | @@secret@@ |
| Kassa printeri (Xprinter) | 192.168.88.30 | — | — |
| Wi-Fi qonaq | SSID: Cayxana_Qonaq | — | menyuda yazılıb |

Router şifrəsini yalnız Rəşad bəy dəyişə bilər.
""", words_pw())

add("terraform/postgres-password", "infra/rds.tf", "Terraform AWS provider docs (aws_db_instance password)", """
resource "aws_db_instance" "cayxana_orders" {
  identifier          = "cayxana-orders-prod"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "cayxana_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    project = "samovar-chain"
    owner   = "it@samovar.az"
  }
}
""", rand_pw(22))

add("java/sms-gateway-password", "src/main/java/az/cayxana/sms/LsimClient.java", "LSIM SMS API (login, password, key=md5)", """
package az.cayxana.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class LsimClient {
    private static final String LOGIN = "samovarkafe";
    private static final String PASSWORD = "@@secret@@";
    private static final String SENDER = "SAMOVAR";

    public String send(String msisdn, String text) throws Exception {
        String q = "login=" + LOGIN + "&password=" + PASSWORD + "&sender=" + SENDER
                + "&msisdn=" + msisdn + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://apps.lsim.az/quicksms/v1/send?" + q)).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", rand_pw(14))

add("yaml/sendgrid-api-key", "config/mailer.yml", "SendGrid API keys docs (SG.)", """
mailer:
  provider: sendgrid
  from: "Lənkəran Çay Evi <salam@lenkeran-cay.az>"
  sendgrid:
    api_key: @@secret@@
  templates:
    rezervasiya_tesdiqi: d-4f1c2a9b0e7d4c5a
    ad_gunu_kuponu: d-9a8e7b6c5d4f3e2a
""", sendgrid_key())

add("csharp/mssql-connection-string", "Cayxana.Pos/appsettings.Production.json", "ASP.NET Core configuration docs (ConnectionStrings)", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "PosDb": "Server=10.10.1.5,1433;Database=CayxanaPos;User Id=pos_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Kassa": { "Filial": "Nizami küç. 45", "Növbə": "08:00-00:00" },
  "AllowedHosts": "*"
}
""", words_pw())

add("typescript/wolt-api-key", "src/integrations/wolt.ts", "Wolt Marketplace API docs (Basic auth for venue, Bearer for drive)", """
// Wolt sifarişləri — Qusar Samovar, 28 May filialı
import axios from "axios";

const WOLT_VENUE_ID = "6321a0f9e1b2c3d4e5f60718";
const WOLT_API_KEY = "@@secret@@";

export async function acceptOrder(orderId: string): Promise<void> {
  await axios.put(
    `https://pos-integration-service.wolt.com/orders/${orderId}/accept`,
    {},
    { headers: { "WOLT-API-KEY": WOLT_API_KEY } },
  );
}

export async function markReady(orderId: string): Promise<void> {
  await axios.put(`https://pos-integration-service.wolt.com/orders/${orderId}/ready`, {}, {
    headers: { "WOLT-API-KEY": WOLT_API_KEY },
  });
}
""", fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))

add("ruby/mailgun-api-key", "config/initializers/mailgun.rb", "Mailgun Ruby SDK docs (api_key)", """
# Rezervasiya məktubları — Xınalıq Çay Evi
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
end

Rails.application.config.action_mailer.delivery_method = :mailgun
Rails.application.config.action_mailer.mailgun_settings = {
  domain: 'mg.xinaliq-cay.az'
}
""", mailgun_key())

add("properties/ldap-password", "src/main/resources/application-prod.properties", "Spring Boot LDAP properties (spring.ldap.password)", """
server.port=8443
spring.application.name=kassa-portal
spring.datasource.url=jdbc:postgresql://db.samovar.local:5432/kassa
spring.datasource.username=kassa
spring.datasource.password=${KASSA_DB_PASSWORD}
spring.ldap.urls=ldap://dc01.samovar.local:389
spring.ldap.base=dc=samovar,dc=local
spring.ldap.username=cn=svc-kassa,ou=Service,dc=samovar,dc=local
spring.ldap.password=@@secret@@
""", words_pw())

add("notebook/postgres-password", "analytics/satis_tehlili.ipynb", "Jupyter notebook format (nbformat 4) with SQLAlchemy create_engine", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Aylıq satış təhlili — bütün filiallar\\n", "Çay, şirniyyat və nargilə satışları"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analitik:@@secret@@@dwh.samovar.az:5432/satis')\\n",
    "df = pd.read_sql('select filial, mehsul, sum(mebleg) from satis group by 1, 2', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("shell/ftp-password", "scripts/upload_menu_ftp.sh", "curl manual (-u user:password, FTP upload)", """
#!/bin/sh
# Menyu PDF-i saytın hostinqinə yüklənir (köhnə cPanel hostinq)
MENU=build/menyu_$(date +%Y%m).pdf
curl -T "$MENU" -u "cayxana_ftp:@@secret@@" ftp://ftp.qaytaqi-cay.az/public_html/menyu/
echo "yükləndi: $MENU"
""", rand_pw(12))

add("kotlin/stripe-restricted-key", "app/src/main/java/az/samovar/app/PaymentConfig.kt", "Stripe restricted keys docs (rk_live_)", """
package az.samovar.app

object PaymentConfig {
    // Mobil tətbiqdən birbaşa ödəniş yaradılır (müvəqqəti)
    const val STRIPE_RESTRICTED_KEY = "@@secret@@"
    const val CURRENCY = "azn"
    const val MERCHANT_NAME = "Samovar Kafe"
    val TIP_OPTIONS = listOf(0, 5, 10)
}
""", stripe_key("rk_live_"))

add("log/postgres-password", "logs/pos-sync-2024-03-11.log", "libpq connection URI in an application log", """
2024-03-11 07:59:58 INFO  pos-sync starting (filial=Gəncə-2)
2024-03-11 08:00:01 INFO  connecting to postgresql://sync:@@secret@@@10.30.0.4:5432/pos
2024-03-11 08:00:02 INFO  pulled 412 orders since 2024-03-10T23:59:59
2024-03-11 08:00:03 WARN  product 'Limonlu çay (böyük)' has no price in branch 7
2024-03-11 08:00:05 INFO  pushed 412 orders to central
2024-03-11 08:00:05 INFO  pos-sync done in 7.1s
""", rand_pw(16))

add("powershell/admin-password", "scripts/Setup-KassaPC.ps1", "PowerShell ConvertTo-SecureString docs", """
# Yeni kassa kompüterinin qurulması — Samovar filialları
$ErrorActionPreference = "Stop"
$user = "kassa-admin"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name $user -Password $pass -FullName "Kassa Admin" -Description "POS local admin"
Add-LocalGroupMember -Group "Administrators" -Member $user
Set-TimeZone -Id "Azerbaijan Standard Time"
Write-Host "Kassa PC hazırdır"
""", words_pw())

add("xml/ftp-password", "filezilla/sitemanager.xml", "FileZilla sitemanager.xml (Pass encoding=base64)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.sheki-samovar.az</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>menu_upload</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Şəki Samovar sayt</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (fp := rand_pw(14)), enc=b64(fp))

add("rust/poster-pos-token", "src/poster.rs", "Poster POS API docs (token=account:hex)", """
// Poster POS-dan gündəlik satışlar çəkilir (Bulvar çayxanası)
use reqwest::blocking::Client;

const POSTER_TOKEN: &str = "@@secret@@";

pub fn daily_sales(date: &str) -> reqwest::Result<String> {
    let url = format!(
        "https://joinposter.com/api/dash.getProductsSales?token={}&date_from={}&date_to={}",
        POSTER_TOKEN, date, date
    );
    Client::new().get(url).send()?.text()
}
""", poster_token())

add("sql/mysql-password", "db/migrations/0007_reporting_user.sql", "MySQL CREATE USER ... IDENTIFIED BY docs", """
-- Hesabat istifadəçisi (Power BI üçün), yalnız oxuma
CREATE USER 'powerbi'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON cayxana.satis TO 'powerbi'@'10.0.%';
GRANT SELECT ON cayxana.mehsullar TO 'powerbi'@'10.0.%';
GRANT SELECT ON cayxana.filiallar TO 'powerbi'@'10.0.%';
FLUSH PRIVILEGES;
""", words_pw())

add("python/twilio-auth-token", "notify/whatsapp.py", "Twilio Python helper library docs (Client(account_sid, auth_token))", """
\"\"\"WhatsApp ilə rezervasiya xatırlatması — Nabat Çay Evi.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "whatsapp:+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, time: str, guests: int) -> str:
    body = f"Salam! Bu gün saat {time}-da {guests} nəfərlik masanız hazırdır. Nabat Çay Evi"
    msg = client.messages.create(from_=FROM, to=f"whatsapp:{phone}", body=body)
    return msg.sid
""", hexs(32), sid=twilio_sid())

add("env/telegram-bot-token", "bots/kitchen-alerts/.env.production", "Telegram Bot API docs (bot token)", """
# Mətbəx xəbərdarlıqları: samovar temperaturu, qaz sensoru
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001893456210
SENSOR_POLL_SECONDS=30
GAS_ALARM_PPM=400
""", tg())

add("yaml/aws-secret-access-key", "serverless.yml", "Serverless Framework docs (provider.environment)", """
service: samovar-receipts
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.11
  region: eu-central-1
  environment:
    RECEIPTS_BUCKET: samovar-receipts-prod
    AWS_S3_KEY_ID: @@ak@@
    AWS_S3_SECRET: @@secret@@
functions:
  render:
    handler: handler.render_receipt
    events:
      - httpApi: "POST /receipt"
""", aws_secret(), ak=aws_id())

add("toml/pypi-token", "tools/cayxana-menu-lib/.pypirc.toml", "pypirc docs (password = pypi- token)", """
# cayxana-menu-lib buraxılışı üçün (Elvin)
[distutils]
index-servers = "pypi"

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", pypi())

add("ini/pypi-token", "release/.pypirc", "pypirc file docs", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${TEST_PYPI_TOKEN}
""", pypi())

add("ansible/mysql-password", "ansible/group_vars/pos_servers.yml", "Ansible community.mysql.mysql_user docs", """
---
# Bütün filialların POS serverləri
pos_timezone: Asia/Baku
pos_locale: az_AZ.UTF-8
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: pos
    encoding: utf8mb4
mysql_users:
  - name: pos_app
    priv: "pos.*:ALL"
    password: "{{ vault_pos_app_password }}"
""", words_pw())

add("k8s-secret/stripe-secret-key", "k8s/payments/stripe-secret.yaml", "Kubernetes Secret docs (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe-credentials
  namespace: samovar-payments
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_WEBHOOK_TOLERANCE: "300"
""", stripe_key())

add("python/stripe-webhook-secret", "payments/webhooks.py", "Stripe webhooks docs (whsec_ endpoint secret)", """
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        pass  # sifariş ödənildi — mətbəxə göndər
    return "", 204
""", fakes.fake("whsec_", 32, _seed()))

add("javascript/slack-webhook", "scripts/notify-shift.js", "Slack incoming webhooks docs", """
// Növbə bitəndə kassa hesabatı Slack-ə göndərilir
const https = require("https");

const WEBHOOK = "@@secret@@";

function notify(filial, cash, card) {
  const body = JSON.stringify({ text: `*${filial}* növbə bağlandı: nağd ${cash} AZN, kart ${card} AZN` });
  const req = https.request(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" } });
  req.write(body);
  req.end();
}

module.exports = { notify };
""", slack_webhook())

add("shell/ssh-private-key", "deploy/bootstrap_branch_server.sh", "OpenSSH here-document key install", """
#!/bin/bash
# Yeni filial serverinə deploy açarı yazılır
set -e
mkdir -p /home/deploy/.ssh
cat > /home/deploy/.ssh/id_rsa <<'KEY'
@@secret@@
KEY
chmod 600 /home/deploy/.ssh/id_rsa
chown -R deploy:deploy /home/deploy/.ssh
ssh-keyscan git.samovar.az >> /home/deploy/.ssh/known_hosts
""", pem())

add("markdown/nvr-admin-password", "docs/handover/yeni-menecer.md", "handover note (Markdown)", """
# Yeni menecer üçün təhvil qeydləri — Lənkəran Çayxanası

1. Kassa proqramı: R-Keeper 7, menecer kartı seyfdədir.
2. Samovarlar: hər səhər 07:30-da yandırılır, qaz klapanını yoxlayın.
3. Kamera NVR (Hikvision): http://192.168.1.64 — istifadəçi `admin`, şifrə `@@secret@@`
4. Şirniyyat tədarükçüsü: Şəki Halva Evi, sifariş çərşənbə axşamı.
5. Wi-Fi qonaq şifrəsi menyunun arxasında yazılıb.
""", words_pw())

add("csv/pos-admin-password", "exports/filial_cihazlari.csv", "device inventory export (CSV)", """
filial,cihaz,model,ip,istifadeci,sifre,qeyd
Nizami,kassa-1,Sunmi T2,192.168.10.21,manager,@@secret@@,əsas kassa
Nizami,printer-metbex,Xprinter XP-80,192.168.10.31,,,
Nizami,nvr,Hikvision DS-7608,192.168.10.64,admin,${NVR_PASSWORD},vault-da
Gənclik,kassa-1,Sunmi T2,192.168.20.21,manager,dəyişdirilməli,yeni
Gənclik,printer-metbex,Xprinter XP-80,192.168.20.31,,,
""", rand_pw(10))

add("go/azure-client-secret", "cmd/blobsync/main.go", "Azure SDK for Go azidentity.NewClientSecretCredential docs", """
package main

import (
	"log"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

func main() {
	cred, err := azidentity.NewClientSecretCredential(
		"4b1d2e3f-0a9c-4e8d-b7f6-1a2b3c4d5e6f",
		"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
		"@@secret@@",
		nil,
	)
	if err != nil {
		log.Fatal(err)
	}
	client, err := azblob.NewClient("https://cayxanamenyu.blob.core.windows.net/", cred, nil)
	if err != nil {
		log.Fatal(err)
	}
	_ = client // menyu şəkilləri sinxronlaşdırılır
}
""", azure_secret())

add("github-actions/github-token", ".github/workflows/deploy-menu-site.yml", "GitHub Actions docs (env in workflow)", """
name: deploy menu site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GH_PAGES_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: |
          git clone https://x-access-token:${GH_PAGES_TOKEN}@github.com/samovar-az/menu-site.git out
          cp -r dist/* out/ && cd out && git add -A && git commit -m "menyu yeniləndi" && git push
""", ghp())

add("php/mysql-password", "config/database.php", "Laravel database config (mysql connection)", """
<?php

return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => '127.0.0.1',
            'port' => '3306',
            'database' => 'cayxana_site',
            'username' => 'cayxana',
            'password' => '@@secret@@',
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
""", words_pw())

add("swift/payriff-secret-key", "SamovarApp/Services/PayriffService.swift", "Payriff API docs (Authorization: secret key)", """
import Foundation

final class PayriffService {
    private let merchant = "ES1092455"
    private let secretKey = "@@secret@@"

    func createOrder(amount: Decimal, description: String) async throws -> URL {
        var req = URLRequest(url: URL(string: "https://api.payriff.com/api/v2/createOrder")!)
        req.httpMethod = "POST"
        req.setValue(secretKey, forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["body": ["amount": amount, "currencyType": "AZN", "description": description, "language": "AZ"], "merchant": merchant]
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: req)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let payload = json?["payload"] as? [String: Any]
        return URL(string: payload?["paymentUrl"] as? String ?? "")!
    }
}
""", payriff_secret())

add("dockerfile/postgres-password", "db/Dockerfile", "postgres image docs (POSTGRES_PASSWORD)", """
FROM postgres:16
ENV POSTGRES_DB=cayxana
ENV POSTGRES_USER=cayxana
ENV POSTGRES_PASSWORD=@@secret@@
COPY init/*.sql /docker-entrypoint-initdb.d/
EXPOSE 5432
""", rand_pw(20))

add("python/redis-password", "worker/celery_app.py", "Celery docs (broker_url redis://:password@host)", """
from celery import Celery

# Sifariş növbəsi — mətbəx ekranlarına göndərilir
app = Celery(
    "cayxana_worker",
    broker="redis://:@@secret@@@redis.cayxana.internal:6379/0",
    backend="redis://:@@secret@@@redis.cayxana.internal:6379/1",
)
app.conf.timezone = "Asia/Baku"
app.conf.task_routes = {"orders.*": {"queue": "metbex"}}
""", fakes.redis_password(_seed()))

add("json/google-maps-server-key", "services/geo/config.json", "Google Maps Platform Geocoding API docs (server key)", """
{
  "service": "delivery-zones",
  "geocoder": {
    "provider": "google",
    "apiKey": "@@secret@@",
    "region": "az",
    "language": "az"
  },
  "zones": [
    {"name": "Nəsimi", "radiusKm": 3},
    {"name": "Yasamal", "radiusKm": 4}
  ]
}
""", google_key())

add("terraform/telegram-bot-token", "infra/lambda_alerts.tf", "Terraform aws_lambda_function environment docs", """
resource "aws_lambda_function" "sensor_alerts" {
  function_name = "samovar-sensor-alerts"
  role          = aws_iam_role.lambda.arn
  handler       = "main.handler"
  runtime       = "python3.12"
  filename      = "build/alerts.zip"

  environment {
    variables = {
      TG_TOKEN   = "@@secret@@"
      TG_CHAT_ID = "-1001772233445"
    }
  }
}
""", tg())

add("ruby/postgres-password", "config/database.yml", "Rails database.yml docs", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: rezervasiya_dev

production:
  <<: *default
  host: pg.rezervasiya.internal
  database: rezervasiya
  username: rezervasiya
  password: @@secret@@
""", rand_pw(24))

add("log/iiko-basic-auth", "logs/iiko-proxy-debug.log", "HTTP Basic (RFC 7617) Authorization header in a debug log", """
[2024-05-02 10:14:07] DEBUG proxy -> POST https://iiko.samovar.az/resto/api/auth
[2024-05-02 10:14:07] DEBUG headers: {'Content-Type': 'application/json', 'Authorization': 'Basic @@secret@@'}
[2024-05-02 10:14:08] DEBUG <- 200 OK (312 ms)
[2024-05-02 10:14:08] INFO  iiko nomenclature refreshed: 148 items
[2024-05-02 10:14:09] INFO  stop-list: Paxlava (Şəki), Şəkərbura
""", b64("iiko_sync:" + words_pw()))

add("shell/mongodb-password", "scripts/loyalty_export.sh", "mongoexport docs (--uri with password)", """
#!/usr/bin/env bash
# Sadiqlik kartları (bonus) ixracı, həftəlik
set -euo pipefail
mongoexport --uri "mongodb+srv://loyalty:@@secret@@@cluster0.x7kq2.mongodb.net/bonus" \\
  --collection cards --type csv --fields phone,points,last_visit \\
  --out "/srv/exports/bonus_$(date +%F).csv"
""", rand_pw(16))

add("yaml/smtp-password", "config/notifications.yaml", "Spring Boot mail properties (YAML)", """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: bildiris@heyva-cay.az
    password: "@@secret@@"
    properties:
      mail.smtp.starttls.enable: true
notifications:
  daily-report-to: [direktor@heyva-cay.az, muhasib@heyva-cay.az]
""", words_pw())

add("csharp/sendgrid-api-key", "Cayxana.Notify/EmailSender.cs", "SendGrid C# library docs (new SendGridClient(apiKey))", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Cayxana.Notify;

public class EmailSender
{
    private readonly SendGridClient _client = new SendGridClient("@@secret@@");

    public async Task SendAsync(string to, string subject, string html)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("salam@gilas-cay.az", "Gilas Çay Evi"),
            new EmailAddress(to), subject, null, html);
        await _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("python/payriff-secret-key", "payments/payriff_settings.py", "Payriff merchant secret, split across string literals", """
# Payriff — Zeytun Çay Bağı (Mərdəkan)
PAYRIFF_MERCHANT = "ES1093310"
PAYRIFF_SECRET = (
    "@@a@@"
    "@@b@@"
)
PAYRIFF_URL = "https://api.payriff.com/api/v2/"
SUCCESS_URL = "https://zeytun-cay.az/odenis/ugurlu"
""", (ps := payriff_secret()), a=ps[:16], b=ps[16:])

add("env/epoint-private-key", "ops/env/samovar-web.env", "Epoint.az API (public_key / private_key)", """
NODE_ENV=production
PORT=3000
EPOINT_PUBLIC_KEY=i000201187
EPOINT_PRIVATE_KEY=@@secret@@
EPOINT_SUCCESS_URL=https://samovar-web.az/payment/success
EPOINT_ERROR_URL=https://samovar-web.az/payment/error
SESSION_SECRET=${SESSION_SECRET}
""", epoint_private())

add("java/ekassa-token", "src/main/java/az/cayxana/fiscal/EKassaClient.java", "Azerbaijan e-kassa (fiscal) integration via cash register API with access token header", """
package az.cayxana.fiscal;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

public class EKassaClient {
    // NKA (nəzarət-kassa aparatı) inteqrasiyası — Sheki Samovar
    private static final String BASE = "http://192.168.5.40:8989/api/v2";
    private static final String ACCESS_TOKEN = "@@secret@@";
    private final OkHttpClient http = new OkHttpClient();

    public String sale(String json) throws Exception {
        Request req = new Request.Builder()
                .url(BASE + "/sale")
                .header("Access-Token", ACCESS_TOKEN)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .build();
        return http.newCall(req).execute().body().string();
    }
}
""", hexs(40))

add("compose/redis-password", "compose/kds.yml", "Redis docker image docs (--requirepass)", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  kds:
    image: registry.samovar.az/kitchen-display:1.8
    environment:
      REDIS_HOST: redis
      REDIS_PASSWORD_FILE: /run/secrets/redis_pw
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("markdown/aws-secret-access-key", "docs/runbooks/s3-backups.md", "runbook with AWS CLI configure", """
# S3 ehtiyat nüsxələri — runbook

Gecə backupları `s3://cayxana-backups-prod` bucket-inə gedir.

## Bərpa (restore)

```bash
export AWS_ACCESS_KEY_ID=@@ak@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-central-1
aws s3 cp s3://cayxana-backups-prod/pos/pos_20240501.sql.gz .
gunzip pos_20240501.sql.gz && psql -h localhost -U pos pos < pos_20240501.sql
```

Sual olarsa: Tural (IT), daxili 204.
""", aws_secret(), ak=aws_id())

add("kotlin/telegram-bot-token", "bot/src/main/kotlin/az/cay/bot/Main.kt", "kotlin-telegram-bot docs (bot { token = })", """
package az.cay.bot

import com.github.kotlintelegrambot.bot
import com.github.kotlintelegrambot.dispatch
import com.github.kotlintelegrambot.dispatcher.command
import com.github.kotlintelegrambot.entities.ChatId

fun main() {
    val bot = bot {
        token = "@@secret@@"
        dispatch {
            command("masa") {
                bot.sendMessage(ChatId.fromId(message.chat.id), "Boş masalar: 3, 7, 12 (terras)")
            }
        }
    }
    bot.startPolling()
}
""", tg())

add("toml/postgres-url", "config/production.toml", "SQLx/Diesel DATABASE_URL style config (TOML)", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url = "postgres://menu_api:@@secret@@@10.40.0.8:5432/menu"
max_connections = 20

[cache]
ttl_seconds = 300
""", rand_pw(20))

add("ini/odbc-password", "etc/odbc.ini", "unixODBC odbc.ini docs", """
[RKeeperDB]
Description = R-Keeper 7 bazası (Gənclik filialı)
Driver      = ODBC Driver 18 for SQL Server
Server      = 10.50.1.10,1433
Database    = RK7
UID         = rk_report
PWD         = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("github-actions/aws-secret-access-key", ".github/workflows/upload-receipts.yml", "aws-actions/configure-aws-credentials docs", """
name: upload receipt templates
on:
  workflow_dispatch:
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@ak@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: aws s3 sync templates/ s3://samovar-receipt-templates/ --delete
""", aws_secret(), ak=aws_id())

add("python/smtp-password", "reports/send_daily.py", "Python smtplib docs (SMTP.login)", """
import smtplib
from email.message import EmailMessage

# Gündəlik hesabat — Qovurğa Çayxanası
msg = EmailMessage()
msg["Subject"] = "Gündəlik satış hesabatı"
msg["From"] = "kassa@qovurga-cay.az"
msg["To"] = "sahibkar@qovurga-cay.az"
msg.set_content(open("/srv/reports/today.txt", encoding="utf-8").read())

with smtplib.SMTP_SSL("smtp.mail.ru", 465) as smtp:
    smtp.login("kassa@qovurga-cay.az", "@@secret@@")
    smtp.send_message(msg)
""", rand_pw(16))

add("k8s-secret/postgres-url", "k8s/menu-api/db-secret.yaml", "Kubernetes Secret docs (data: base64 connection string)", """
apiVersion: v1
kind: Secret
metadata:
  name: menu-api-db
  namespace: samovar
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", (dbp := rand_pw(20)), enc=b64(f"postgresql://menu_api:{dbp}@pg-primary.samovar.svc:5432/menu"))

add("yaml/openai-api-key", "services/menu-translator/config.yaml", "OpenAI API keys (sk-proj-)", """
# Menyu tərcüməsi (az -> en, ru, tr)
translator:
  provider: openai
  model: gpt-4o-mini
  api_key: "@@secret@@"
  target_languages: [en, ru, tr]
  glossary:
    armudu: "pear-shaped tea glass"
    qənd: "sugar cube"
""", fakes.openai_key(_seed()))

add("typescript/supabase-service-role", "src/lib/supabaseAdmin.ts", "Supabase docs (service_role key, server only)", """
import { createClient } from "@supabase/supabase-js";

// Rezervasiyalar cədvəli — yalnız server tərəfində!
const SUPABASE_URL = "https://qkzvxmpltrbnwhdy.supabase.co";
const SERVICE_ROLE_KEY = "@@secret@@";

export const supabaseAdmin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"qkzvxmpltrbnwhdy","role":"service_role","iat":1709251200,"exp":2024827200}').rstrip("=") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))

add("shell/sshpass-password", "scripts/pull_camera_clips.sh", "sshpass manual (-p password)", """
#!/bin/bash
# NVR-dən gündəlik klipləri çəkir (oğurluq iddiası üçün saxlanır)
DAY=${1:-$(date -d yesterday +%F)}
sshpass -p '@@secret@@' scp -r "nvr@192.168.1.64:/clips/${DAY}" /srv/clips/
echo "klipler: /srv/clips/${DAY}"
""", words_pw())

add("json/firebase-service-account", "firebase/serviceAccount-samovar-app.json", "Google Cloud service account key file", """
{
  "type": "service_account",
  "project_id": "samovar-app-4c21",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9q@samovar-app-4c21.iam.gserviceaccount.com",
  "client_id": "108234567890123456789",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("xml/smtp-password", "Cayxana.Desktop/App.config", ".NET App.config system.net mailSettings docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Filial" value="Şamaxı yolu" />
    <add key="PrinterName" value="XP-80C" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="kassa@samaxi-cay.az">
        <network host="smtp.gmail.com" port="587" userName="kassa@samaxi-cay.az" password="@@secret@@" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("php/telegram-bot-token", "public/bildiris.php", "Telegram Bot API sendMessage via file_get_contents", """
<?php
// Saytdan gələn rezervasiya sorğusu Telegram qrupuna göndərilir
$token = '@@secret@@';
$chat = '-1001556677889';
$ad = htmlspecialchars($_POST['ad'] ?? '');
$tel = htmlspecialchars($_POST['telefon'] ?? '');
$vaxt = htmlspecialchars($_POST['vaxt'] ?? '');
$text = "Yeni rezervasiya: $ad, $tel, $vaxt";
file_get_contents("https://api.telegram.org/bot$token/sendMessage?chat_id=$chat&text=" . urlencode($text));
header('Location: /tesekkurler.html');
""", tg())

add("sql/postgres-password", "db/init/02_roles.sql", "PostgreSQL CREATE ROLE ... PASSWORD docs", """
-- Rollar: tətbiq, hesabat, ehtiyat
CREATE ROLE cayxana_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE hesabat LOGIN PASSWORD 'md5c7a0f4b2e9d18e3a5b6c7d8e9f0a1b2c';
CREATE ROLE backup_ro LOGIN;
GRANT CONNECT ON DATABASE cayxana TO cayxana_app, hesabat;
GRANT USAGE ON SCHEMA public TO hesabat;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO hesabat;
""", rand_pw(18))

add("powershell/sql-password", "scripts/Export-DailySales.ps1", "SqlServer module Invoke-Sqlcmd docs (-Password)", """
# Gündəlik satışlar Excel-ə (mühasibat üçün)
Import-Module SqlServer
$query = "SELECT Filial, Mehsul, SUM(Mebleg) AS Cem FROM dbo.Satis WHERE Tarix = CAST(GETDATE()-1 AS date) GROUP BY Filial, Mehsul"
$rows = Invoke-Sqlcmd -ServerInstance "10.10.1.5" -Database "CayxanaPos" -Username "report" -Password "@@secret@@" -Query $query
$rows | Export-Excel -Path "\\\\fs01\\muhasibat\\satis_$(Get-Date -Format yyyyMMdd).xlsx"
""", words_pw())

add("rust/stripe-secret-key", "payments/src/config.rs", "Stripe API keys (sk_live_) in Rust const", """
pub struct StripeConfig {
    pub secret_key: &'static str,
    pub currency: &'static str,
}

// TODO: env-ə köçürmək (Samir)
pub const STRIPE: StripeConfig = StripeConfig {
    secret_key: "@@secret@@",
    currency: "azn",
};
""", stripe_key())

add("go/redis-password", "internal/cache/redis.go", "go-redis docs (redis.Options Password)", """
package cache

import "github.com/redis/go-redis/v9"

// Menyu keşi — bütün filiallar
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.60.0.12:6379",
		Password: "@@secret@@",
		DB:       2,
	})
}
""", fakes.redis_password(_seed()))

add("ansible/ssh-private-key", "ansible/roles/pos/files/deploy_key.yml", "Ansible copy module with inline key content", """
---
- name: deploy key for POS updates
  ansible.builtin.copy:
    dest: /home/pos/.ssh/id_ed25519
    owner: pos
    mode: "0600"
    content: |
      @@key@@
""", (ek := fakes.fake_pem(_seed(), "OPENSSH")), key=ek.replace("\n", "\n      "))

add("python/iiko-api-login", "integrations/iiko_transport.py", "iikoTransport API docs (access_token from apiLogin)", """
import requests

# iikoCloud — Samovar şəbəkəsi, 6 filial
API_LOGIN = "@@secret@@"
BASE = "https://api-ru.iiko.services/api/1"


def token() -> str:
    r = requests.post(f"{BASE}/access_token", json={"apiLogin": API_LOGIN}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]


def organizations() -> list:
    r = requests.post(f"{BASE}/organizations", json={}, headers={"Authorization": f"Bearer {token()}"}, timeout=10)
    return r.json()["organizations"]
""", hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12))

add("yaml/rabbitmq-password", "config/rabbitmq.yaml", "RabbitMQ AMQP URI spec", """
queues:
  orders:
    url: amqp://kds:@@secret@@@rabbit.cayxana.internal:5672/metbex
    prefetch: 20
  receipts:
    url: amqp://kds:@@secret@@@rabbit.cayxana.internal:5672/fiscal
    prefetch: 5
""", rand_pw(18))

add("env/mapbox-secret-token", "delivery-map/.env.local", "Mapbox access tokens docs (sk. secret token)", """
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/samovaraz/clt9x2k0a00ab01qr
MAPBOX_DOWNLOAD_TOKEN=@@secret@@
DELIVERY_RADIUS_KM=5
DELIVERY_FEE_AZN=2.50
DEFAULT_CENTER=40.3777,49.8920
""", "sk.eyJ1Ijoic2Ftb3ZhcmF6IiwiYSI6ImNsdDl4Mms" + fakes.drawn_mixed(_seed(), 12, ALNUM) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_"))

add("csharp/payriff-secret-key", "Cayxana.Payments/PayriffOptions.cs", "Payriff API (secret key) default options in C#", """
namespace Cayxana.Payments;

public class PayriffOptions
{
    public string BaseUrl { get; set; } = "https://api.payriff.com/api/v2/";
    public string Merchant { get; set; } = "ES1091877";
    public string SecretKey { get; set; } = "@@secret@@";
    public string Language { get; set; } = "AZ";
    public string Currency { get; set; } = "AZN";
}
""", payriff_secret())

add("markdown/telegram-bot-token", "README.md", "project README with bot setup", """
# cay-bot

Çayxana üçün sifariş və rezervasiya botu (aiogram 3).

## İşə salmaq

```bash
pip install -r requirements.txt
export BOT_TOKEN=@@secret@@
python -m cay_bot
```

Bot: @nabat_cay_bot. Admin: Leyla xanım.
""", tg())

add("shell/psql-password", "scripts/refresh_matview.sh", "PostgreSQL PGPASSWORD environment variable docs", """
#!/bin/bash
# Hər saat: hesabat materialized view yenilənir
# cron: 5 * * * * /opt/cayxana/scripts/refresh_matview.sh
set -e
PGPASSWORD='@@secret@@' psql -h 10.40.0.8 -U hesabat -d cayxana \\
  -c "REFRESH MATERIALIZED VIEW CONCURRENTLY satis_saatliq;"
""", words_pw())

add("json/vscode-sftp-password", ".vscode/sftp.json", "vscode-sftp extension config (password)", """
{
  "name": "sayt — Heyva Çay Evi",
  "host": "185.98.7.41",
  "protocol": "sftp",
  "port": 22,
  "username": "heyvacay",
  "password": "@@secret@@",
  "remotePath": "/home/heyvacay/public_html",
  "uploadOnSave": true
}
""", rand_pw(15))

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "appleboy/telegram-action docs", """
name: notify on deploy
on:
  workflow_run:
    workflows: ["deploy"]
    types: [completed]
jobs:
  tg:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/telegram-action@v1.0.0
        with:
          to: "-1001998877665"
          token: "@@secret@@"
          message: "Menyu saytı yeniləndi ✅"
""", tg())

add("dockerfile/pip-index-password", "services/forecast/Dockerfile", "pip docs (--extra-index-url with credentials)", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://ci:@@secret@@@pypi.samovar.az/simple/
COPY forecast/ forecast/
CMD ["python", "-m", "forecast.daily"]
""", rand_pw(22))

add("python/aws-secret-access-key", "etl/menu_images.py", "boto3 docs (client with aws_access_key_id, aws_secret_access_key)", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@ak@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path: str, key: str) -> None:
    s3.upload_file(path, "samovar-menu-images", key, ExtraArgs={"ContentType": "image/webp"})
""", aws_secret(), ak=aws_id())

add("typescript/jwt-signing-secret", "src/auth/jwt.ts", "jsonwebtoken docs (jwt.sign(payload, secret))", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export function signWaiter(waiterId: number, filial: string): string {
  return jwt.sign({ sub: waiterId, filial, role: "ofisiant" }, JWT_SECRET, { expiresIn: "12h" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", rand_pw(48))

add("properties/mail-password", "config/mail.properties", "JavaMail properties", """
mail.smtp.host=smtp.zoho.eu
mail.smtp.port=465
mail.smtp.ssl.enable=true
mail.smtp.auth=true
mail.user=hesabat@lenkeran-cay.az
mail.password=@@secret@@
mail.from=Lənkəran Çay Evi <hesabat@lenkeran-cay.az>
""", rand_pw(16))

add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", "Terraform Cloudflare provider docs (api_token)", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "menu" {
  zone_id = "a3f9c1e27b4d5068e9f1a2b3c4d5e6f7"
  name    = "menyu"
  value   = "cname.vercel-dns.com"
  type    = "CNAME"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("ruby/slack-bot-token", "lib/tasks/stoplist.rake", "slack-ruby-client docs (Slack::Web::Client.new(token:))", """
require 'slack-ruby-client'

namespace :stoplist do
  desc 'Stop-list (bitmiş məhsullar) Slack kanalına göndərilir'
  task notify: :environment do
    items = Product.where(in_stock: false).pluck(:name_az)
    client = Slack::Web::Client.new(token: '@@secret@@')
    client.chat_postMessage(channel: '#metbex', text: "Stop-list: #{items.join(', ')}")
  end
end
""", slack_bot())

add("ini/mysql-client-password", "ops/mysql/.my.cnf", "MySQL option files docs ([client] password)", """
[client]
user = backup
password = "@@secret@@"
host = 10.20.0.15

[mysqldump]
single-transaction
quick
""", words_pw())

add("yaml/ldap-bind-password", "config/grafana/ldap.yaml", "Grafana LDAP config (bind_password)", """
# Grafana LDAP — menecerlər AD qrupu ilə daxil olur
servers:
  - host: dc01.samovar.local
    port: 389
    use_ssl: false
    bind_dn: "cn=svc-grafana,ou=Service,dc=samovar,dc=local"
    bind_password: "@@secret@@"
    search_filter: "(sAMAccountName=%s)"
    search_base_dns: ["ou=Users,dc=samovar,dc=local"]
""", words_pw())

add("log/stripe-secret-key", "logs/payments-error.log", "stack trace echoing a Stripe key", """
2024-06-14T19:22:41+04:00 ERROR payments: stripe call failed
Traceback (most recent call last):
  File "/srv/payments/charge.py", line 41, in charge
    stripe.api_key = "@@secret@@"
  File "/srv/venv/lib/python3.11/site-packages/stripe/_api_requestor.py", line 412, in request
stripe.error.AuthenticationError: Request req_Q9xk2LmN0pT4vB: Invalid currency for this account
2024-06-14T19:22:41+04:00 INFO  payments: fallback to cash (filial=Bulvar)
""", stripe_key())

add("go/telegram-bot-token", "cmd/stockbot/main.go", "go-telegram-bot-api docs (tgbotapi.NewBotAPI)", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Panic(err)
	}
	msg := tgbotapi.NewMessage(-1001665544332, "Anbar: qənd 5 kq-dan az qalıb, çay (Lənkəran) 2 qutu")
	if _, err := bot.Send(msg); err != nil {
		log.Println(err)
	}
}
""", tg())

add("php/smtp-password", "includes/mailer.php", "PHPMailer docs ($mail->Password)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

function rezervasiya_mail(string $to, string $body): bool
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'mail.qala-cayxana.az';
    $mail->SMTPAuth = true;
    $mail->Username = 'info@qala-cayxana.az';
    $mail->Password = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
    $mail->Port = 465;
    $mail->CharSet = 'UTF-8';
    $mail->setFrom('info@qala-cayxana.az', 'Qala Çayxanası');
    $mail->addAddress($to);
    $mail->Subject = 'Rezervasiyanız təsdiqləndi';
    $mail->Body = $body;
    return $mail->send();
}
""", words_pw())

add("k8s-secret/epoint-private-key", "k8s/payments/epoint-secret.yaml", "Kubernetes Secret (data: base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: epoint-credentials
  namespace: samovar-payments
type: Opaque
data:
  EPOINT_PUBLIC_KEY: aTAwMDIwMDQzMQ==
  EPOINT_PRIVATE_KEY: @@enc@@
""", (tt := epoint_private()), enc=b64(tt))

add("java/jdbc-password", "src/main/java/az/samovar/report/Db.java", "JDBC DriverManager.getConnection(url, user, password)", """
package az.samovar.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:postgresql://10.40.0.8:5432/cayxana";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "report", "@@secret@@");
    }
}
""", rand_pw(17))

add("swift/firebase-server-key", "SamovarApp/Push/PushSender.swift", "FCM legacy HTTP API (Authorization: key=AAAA...)", """
import Foundation

// Köhnə FCM legacy API — kampaniya bildirişləri (test üçün tətbiqdən)
enum PushSender {
    static let serverKey = "@@secret@@"

    static func send(to topic: String, title: String, body: String) {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let json: [String: Any] = ["to": "/topics/\\(topic)", "notification": ["title": title, "body": body]]
        req.httpBody = try? JSONSerialization.data(withJSONObject: json)
        URLSession.shared.dataTask(with: req).resume()
    }
}
""", "AAAA" + fakes.drawn_mixed(_seed(), 7) + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "-_"))

add("notebook/google-maps-server-key", "analytics/catdirilma_zonalari.ipynb", "Jupyter notebook (googlemaps.Client(key=))", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "res = gmaps.distance_matrix(['Nizami küç. 45, Bakı'], ['Gənclik m/st, Bakı'], mode='driving')\\n",
    "res['rows'][0]['elements'][0]['duration']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("xml/maven-repo-password", "ci/settings.xml", "Maven settings.xml docs (server password)", """
<settings>
  <servers>
    <server>
      <id>samovar-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>samovar-nexus</id>
      <url>https://nexus.samovar.az/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("csv/pos-user-password", "exports/menecer_hesablari.csv", "account list export (CSV)", """
ad_soyad,filial,rol,login,sifre,son_giris
Rəşad Məmmədov,Nizami,menecer,rashad.m,@@secret@@,2024-05-30
Leyla Əliyeva,Gənclik,menecer,leyla.a,(SSO),2024-06-01
Tural Hüseynov,Mərkəz,IT,tural.h,(SSO),2024-06-02
Nigar Quliyeva,Şəki,kassir,nigar.q,(kart ilə),2024-05-28
Elvin Səfərov,Lənkəran,menecer,elvin.s,(SSO),2024-06-01
""", words_pw())

add("yaml/mqtt-password", "iot/samovar-sensors/config.yaml", "Eclipse Mosquitto / paho-mqtt client config (username, password)", """
# Samovar temperatur sensorları (ESP32) -> MQTT broker
mqtt:
  host: mqtt.samovar.az
  port: 8883
  tls: true
  username: sensor-gateway
  password: "@@secret@@"
  topics:
    temperature: samovar/+/temp
    gas: samovar/+/gas
alerts:
  max_temp_c: 98
""", rand_pw(20))

add("python/azericard-mac-key", "payments/azericard.py", "Azericard 3DS gateway (P_SIGN = HMAC-SHA1 with hex MAC key)", """
\"\"\"Azericard ödəniş şlüzü — Samovar Kafe (TERMINAL 17204411).\"\"\"
import binascii
import hashlib
import hmac
import time

TERMINAL = "17204411"
MAC_KEY_HEX = "@@secret@@"


def p_sign(fields: list[str]) -> str:
    msg = "".join(f"{len(f)}{f}" if f else "-" for f in fields)
    key = binascii.unhexlify(MAC_KEY_HEX)
    return hmac.new(key, msg.encode(), hashlib.sha1).hexdigest().upper()


def order_fields(amount: str, order: str) -> list[str]:
    return [amount, "944", order, "Cay sifarisi", "Samovar Kafe", "https://samovar.az", "", TERMINAL,
            "samovar@samovar.az", "1", time.strftime("%Y%m%d%H%M%S", time.gmtime()), hashlib.md5(order.encode()).hexdigest()]
""", hexs(32).upper())

add("shell/wolt-api-password", "scripts/wolt_menu_push.sh", "curl manual (-u user:password)", """
#!/usr/bin/env bash
# Menyu Wolt-a göndərilir (venue: Gilas Çay Evi)
set -euo pipefail
VENUE=64a0c9e1f2d3b4a5968778aa
curl -sS -X POST "https://pos-integration-service.wolt.com/v2/venues/${VENUE}/menu" \\
  -u "gilas_cay:@@secret@@" \\
  -H "Content-Type: application/json" \\
  --data @build/wolt_menu.json
""", rand_pw(24))

add("json/docker-registry-auth", "ci/docker/config.json", "Docker config.json auths (base64 user:password)", """
{
  "auths": {
    "registry.samovar.az": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": "",
  "experimental": "disabled"
}
""", b64("ci-pusher:" + rand_pw(20)))

add("env/django-secret-key", "backend/.env", "Django settings SECRET_KEY docs", """
DJANGO_SETTINGS_MODULE=rezervasiya.settings.prod
DJANGO_SECRET_KEY=@@secret@@
DJANGO_ALLOWED_HOSTS=rezervasiya.samovar.az
DATABASE_URL=postgres://rezerv@db:5432/rezerv
TIME_ZONE=Asia/Baku
LANGUAGE_CODE=az
""", fakes.django_secret_key(_seed()))

add("npmrc/npm-token", "frontend/.npmrc", "npm docs (.npmrc _authToken)", """
registry=https://registry.npmjs.org/
@samovar:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.fake("npm_", 36, _seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab CI docs (variables)", """
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  MENU_REPO_TOKEN: "@@secret@@"
build:
  stage: build
  script:
    - git clone https://oauth2:${MENU_REPO_TOKEN}@gitlab.com/samovar-az/menu-data.git data
    - npm ci && npm run build
deploy:
  stage: deploy
  script: ./deploy.sh
  only: [main]
""", gitlab_token())

add("python/slack-bot-token", "ops/slack_daily.py", "slack_sdk WebClient docs", """
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post_summary(lines: list[str]) -> None:
    text = "*Günün yekunu*\\n" + "\\n".join(lines)
    client.chat_postMessage(channel="#filiallar", text=text)


if __name__ == "__main__":
    post_summary(["Nizami: 1 842 AZN", "Gənclik: 1 215 AZN", "Şəki: 640 AZN"])
""", slack_bot())

add("k8s/rtsp-camera-password", "k8s/cctv/frigate-config.yaml", "Frigate NVR config (rtsp:// user:password@)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: frigate-config
  namespace: cctv
data:
  config.yml: |
    cameras:
      zal:
        ffmpeg:
          inputs:
            - path: rtsp://admin:@@secret@@@192.168.1.65:554/Streaming/Channels/101
              roles: [detect, record]
      terras:
        ffmpeg:
          inputs:
            - path: rtsp://admin:@@secret@@@192.168.1.66:554/Streaming/Channels/101
              roles: [record]
""", words_pw())

add("toml/cargo-registry-token", ".cargo/credentials.toml", "Cargo docs (credentials.toml registry token)", """
[registry]
token = "@@secret@@"

[registries.samovar]
token = "Bearer ${SAMOVAR_CARGO_TOKEN}"
# fiscal-printer crate-i crates.io-ya çıxarılır
""", "cio" + fakes.drawn_mixed(_seed(), 32))

add("csharp/azure-storage-connection", "Cayxana.Menu/BlobStore.cs", "Azure Storage connection string docs (AccountKey)", """
using Azure.Storage.Blobs;

namespace Cayxana.Menu;

public static class BlobStore
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=cayxanamenyu;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Images() =>
        new BlobServiceClient(Conn).GetBlobContainerClient("menyu-sekilleri");
}
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "+/") + "==")

add("markdown/router-login-password", "docs/filiallar/seki.md", "branch IT notes (Markdown)", """
# Şəki filialı — İT qeydləri

- Ünvan: M.F. Axundzadə pr. 12, Şəki
- İnternet: AzerTelecom fiber, müqavilə № 55-2031
- Router: TP-Link ER605, http://192.168.0.1
  - login: admin / @@secret@@
- Kassa: 2 × Sunmi T2, R-Keeper 7 stansiya
- Samovarlar: 3 ədəd elektrik (40 L), 1 odun samovarı (terras)

Problem olarsa Mərkəz ofisə zəng edin: (012) 555 10 20.
""", words_pw())

add("python/sentry-auth-token", "tools/upload_sourcemaps.py", "Sentry auth tokens docs (sntrys_)", """
import subprocess

SENTRY_AUTH_TOKEN = "@@secret@@"
ORG, PROJECT = "samovar-az", "menu-web"

subprocess.run(
    ["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
     "--org", ORG, "--project", PROJECT, "dist/"],
    check=True,
)
""", "sntrys_" + b64('{"iat":1717000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"samovar-az"}').rstrip("=") + "_" + fakes.drawn_mixed(_seed(), 43, ALNUM + "+/"))

add("ini/supervisor-env-password", "deploy/supervisor/kassa-sync.conf", "Supervisor docs (environment=)", """
[program:kassa-sync]
command=/opt/kassa-sync/venv/bin/python -m kassa_sync
directory=/opt/kassa-sync
user=kassa
autostart=true
autorestart=true
environment=KASSA_DB_HOST="10.20.0.15",KASSA_DB_USER="sync",KASSA_DB_PASS="@@secret@@",TZ="Asia/Baku"
stdout_logfile=/var/log/kassa-sync.log
""", rand_pw(18))

add("typescript/bolt-food-webhook-secret", "src/webhooks/boltFood.ts", "HMAC-SHA256 webhook signature verification", """
import crypto from "crypto";
import type { Request, Response } from "express";

// Bolt Food sifariş webhook-u — imza yoxlanışı
const BOLT_WEBHOOK_SECRET = "@@secret@@";

export function boltFoodWebhook(req: Request, res: Response) {
  const sig = req.header("X-Signature") ?? "";
  const mac = crypto.createHmac("sha256", BOLT_WEBHOOK_SECRET).update(req.rawBody).digest("hex");
  if (!crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac))) {
    return res.status(401).send("imza səhvdir");
  }
  // TODO: sifarişi mətbəx ekranına göndər
  res.sendStatus(200);
}
""", hexs(64))

add("terraform/digitalocean-token", "infra/do/provider.tf", "Terraform DigitalOcean provider (token)", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.0"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "menu" {
  name   = "menu-web-fra1"
  region = "fra1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-22-04-x64"
}
""", "dop_v1_" + hexs(64))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "stripe-ruby docs (Stripe.api_key)", """
# Hədiyyə kartları onlayn satışı
Rails.configuration.stripe = {
  publishable_key: ENV['STRIPE_PUBLISHABLE_KEY'],
  secret_key: '@@secret@@'
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-04-10'
""", stripe_key())

add("powershell/ftp-credential", "scripts/Send-Z-Report.ps1", "PowerShell WebClient with NetworkCredential", """
# Z-hesabat mühasibatlığın FTP serverinə göndərilir
$file = "C:\\RKeeper\\Reports\\Z_$(Get-Date -Format yyyyMMdd).pdf"
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("zreport", "@@secret@@")
$client.UploadFile("ftp://ftp.muhasib-servis.az/samovar/$(Split-Path $file -Leaf)", $file)
Write-Host "Z-hesabat göndərildi: $file"
""", rand_pw(13))

add("go/postgres-dsn", "internal/db/db.go", "pgx docs (connection string)", """
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=10.40.0.8 port=5432 user=loyalty password=@@secret@@ dbname=bonus sslmode=require"

func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(19))

add("kotlin/sms-api-key", "app/src/main/java/az/samovar/app/otp/OtpSender.kt", "SMS gateway API key header (OTP sending)", """
package az.samovar.app.otp

import okhttp3.OkHttpClient
import okhttp3.Request

object OtpSender {
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun send(phone: String, code: String) {
        val url = "https://api.msm.az/sendsms?user=samovar&key=$API_KEY&msisdn=$phone&text=Tesdiq+kodu:+$code&sender=SAMOVAR"
        http.newCall(Request.Builder().url(url).build()).execute().close()
    }
}
""", hexs(32))

add("sql/linked-server-password", "db/rk7/linked_server.sql", "SQL Server sp_addlinkedsrvlogin docs", """
-- Mərkəzi hesabat bazası filial R-Keeper bazalarına bağlanır
EXEC sp_addlinkedserver @server = N'RK_GENCLIK', @srvproduct = N'', @provider = N'SQLNCLI11', @datasrc = N'10.50.1.10';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'RK_GENCLIK', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'rk_report', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM RK_GENCLIK.RK7.dbo.ORDERS ORDER BY OPENTIME DESC;
""", words_pw())

add("python/github-fine-grained-token", "tools/sync_menu_repo.py", "GitHub fine-grained PAT (github_pat_)", """
import requests

TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.github+json"}


def latest_menu_release() -> str:
    r = requests.get("https://api.github.com/repos/samovar-az/menu-data/releases/latest", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()["tag_name"]
""", fakes.github_fine_grained_token(_seed()))

add("compose/mysql-password", "docker-compose.yml", "mysql image docs (MYSQL_ROOT_PASSWORD)", """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: cayxana_site
    volumes:
      - dbdata:/var/lib/mysql
  wordpress:
    image: wordpress:6.5
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: root
      WORDPRESS_DB_PASSWORD: @@secret@@
    ports: ["8080:80"]
volumes:
  dbdata:
""", rand_pw(16))

add("yaml/pasha-bank-client-secret", "src/main/resources/application.yml", "Spring Security OAuth2 client registration (client-secret)", """
spring:
  security:
    oauth2:
      client:
        registration:
          pashabank:
            client-id: samovar-merchant-0291
            client-secret: @@secret@@
            authorization-grant-type: client_credentials
            scope: payments
        provider:
          pashabank:
            token-uri: https://api.pashabank.az/oauth2/token
""", fakes.drawn_mixed(_seed(), 36))

add("shell/vnc-password", "scripts/kassa_remote_setup.sh", "x11vnc -passwd docs", """
#!/bin/sh
# Kassa Linux terminalına uzaqdan dəstək (x11vnc)
apt-get install -y x11vnc
x11vnc -display :0 -forever -shared -rfbport 5900 -passwd '@@secret@@' -bg
ufw allow from 10.0.0.0/8 to any port 5900
echo "VNC hazırdır"
""", rand_pw(8))

add("xml/backend-admin-api-key", "app/src/main/res/values/secrets.xml", "Android string resources holding a backend API key", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Samovar</string>
    <string name="backend_url">https://api.samovar.az/v2/</string>
    <!-- server API açarı (admin) -->
    <string name="backend_admin_key">@@secret@@</string>
</resources>
""", "sam_live_" + fakes.drawn_mixed(_seed(), 40))

add("yaml/datadog-api-key", "deploy/datadog-values.yaml", "Datadog Helm chart values (datadog.apiKey)", """
datadog:
  apiKey: @@secret@@
  site: datadoghq.eu
  clusterName: samovar-prod
  logs:
    enabled: true
    containerCollectAll: true
  tags:
    - "sirket:samovar"
    - "olke:az"
""", hexs(32))

add("python/yandex-oauth-token", "integrations/yango_delivery.py", "Yandex Delivery (Yango) API docs (Authorization: Bearer OAuth token)", """
\"\"\"Yango Delivery — kuryer sifarişi (samovar dəstləri evə çatdırılır).\"\"\"
import requests

YANGO_TOKEN = "@@secret@@"
BASE = "https://b2b.taxi.yandex.net/b2b/cargo/integration/v2"


def create_claim(request_id: str, payload: dict) -> dict:
    r = requests.post(
        f"{BASE}/claims/create",
        params={"request_id": request_id},
        json=payload,
        headers={"Authorization": f"Bearer {YANGO_TOKEN}", "Accept-Language": "az"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
""", "y0_AgAAAAB" + fakes.drawn_mixed(_seed(), 49, ALNUM + "-_"))

add("ini/cifs-password", "ops/kassa/etc/cifs-fs01.cred", "mount.cifs credentials file (username=, password=)", """
# /etc/cifs-fs01.cred — kassa Linux terminalları \\\\fs01\\muhasibat paylaşımını bağlayır
# fstab: //fs01.samovar.local/muhasibat /mnt/muhasibat cifs credentials=/etc/cifs-fs01.cred,uid=kassa 0 0
username=svc-kassa-share
password=@@secret@@
domain=SAMOVAR
""", words_pw())

add("log/smtp-password", "logs/mailer-smtp-trace.log", "SMTP AUTH PLAIN (RFC 4616) in a debug trace", """
send: 'ehlo kassa-nizami.samovar.local\\r\\n'
reply: b'250-smtp.yandex.com at your service'
reply: b'250-AUTH LOGIN PLAIN XOAUTH2'
reply: b'250 8BITMIME'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 2.7.0 Authentication successful'
send: 'mail FROM:<hesabat@badamli-cay.az> size=2211\\r\\n'
reply: b'250 2.1.0 Sender OK'
""", b64("\0hesabat@badamli-cay.az\0" + rand_pw(16)))

# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "cayxana-pos/.env.example", "dotenv example file convention", """
# Nargiz Çayxanası — POS backend (nümunə; .env-ə köçürüb doldurun)
APP_ENV=development
APP_PORT=8080
DATABASE_URL=postgres://pos:<DB_PASSWORD>@localhost:5432/cayxana
PAYRIFF_MERCHANT_ID=ES1XXXXXX
PAYRIFF_SECRET_KEY=your-payriff-secret-key-here
PAYRIFF_CALLBACK_URL=http://localhost:8080/api/payriff/callback
TELEGRAM_BOT_TOKEN=123456789:replace-with-your-bot-token
DEFAULT_CURRENCY=AZN
""")

add("python/decoy-env-reference", "samovar_pay/settings.py", "os.environ usage (12-factor config)", """
\"\"\"Ödəniş parametrləri mühitdən oxunur (heç bir açar kodda saxlanmır).\"\"\"
import os

EPOINT_PUBLIC_KEY = os.environ["EPOINT_PUBLIC_KEY"]
EPOINT_PRIVATE_KEY = os.environ["EPOINT_PRIVATE_KEY"]
PAYRIFF_SECRET_KEY = os.environ.get("PAYRIFF_SECRET_KEY", "")
GOLDENPAY_AUTH_KEY = os.getenv("GOLDENPAY_AUTH_KEY")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")

if not EPOINT_PRIVATE_KEY:
    raise RuntimeError("EPOINT_PRIVATE_KEY təyin edilməyib")
""")

add("javascript/decoy-publishable-key", "web/public/js/checkout.js", "Stripe.js docs (publishable key in the browser)", """
// Hədiyyə kartı ödənişi — brauzer tərəfi
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ locale: "az" });
const card = elements.create("card");
card.mount("#kart");

document.querySelector("#odenis-formu").addEventListener("submit", async (e) => {
  e.preventDefault();
  const { clientSecret } = await fetch("/api/gift-card/intent", { method: "POST" }).then((r) => r.json());
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  if (result.error) alert(result.error.message);
});
""", pk=stripe_key("pk_live_"))

add("k8s/decoy-external-secret", "k8s/payments/external-secret.yaml", "External Secrets Operator docs (ExternalSecret)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payriff-credentials
  namespace: samovar-payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: payriff-credentials
  data:
    - secretKey: PAYRIFF_SECRET_KEY
      remoteRef:
        key: prod/samovar/payriff
        property: secret_key
""")

add("github-actions/decoy-secrets-context", ".github/workflows/release-menu-lib.yml", "GitHub Actions docs (secrets context)", """
name: release menu-lib
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
      - name: notify
        run: curl -s "https://api.telegram.org/bot${{ secrets.TG_TOKEN }}/sendMessage?chat_id=${{ vars.TG_CHAT }}&text=buraxildi"
""")

add("html/decoy-recaptcha-site-key", "web/templates/rezervasiya.html", "Google reCAPTCHA docs (site key in page)", """
<!doctype html>
<html lang="az">
<head>
  <meta charset="utf-8">
  <title>Masa rezervasiyası — Qala Çayxanası</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/rezervasiya" method="post">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <input name="ad" placeholder="Adınız" required>
    <input name="telefon" placeholder="+994 50 000 00 00" required>
    <input name="vaxt" type="datetime-local" required>
    <div class="g-recaptcha" data-sitekey="@@key@@"></div>
    <button type="submit">Göndər</button>
  </form>
</body>
</html>
""", key="6Lc" + fakes.drawn_mixed(_seed(), 37, ALNUM + "-_"))

add("typescript/decoy-firebase-web-config", "src/firebase.ts", "Firebase docs (web app config is public)", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Veb tətbiq konfiqurasiyası — ictimai, Firebase qaydaları ilə qorunur
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "samovar-app-4c21.firebaseapp.com",
  projectId: "samovar-app-4c21",
  storageBucket: "samovar-app-4c21.appspot.com",
  messagingSenderId: "418273645091",
  appId: "1:418273645091:web:3fa2b1c9d8e7f60514a2b3",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_key())

add("javascript/decoy-sentry-dsn", "web/src/sentry.js", "Sentry docs (DSN is safe to expose in the browser)", """
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@pub@@@o4507123456789012.ingest.de.sentry.io/4507123456789999",
  release: "menu-web@3.2.0",
  environment: "production",
  tracesSampleRate: 0.1,
});
""", pub=hexs(32))

add("requirements/decoy-hashes", "requirements.lock.txt", "pip hash-checking mode docs (--hash=sha256)", """
# pip-compile --generate-hashes — cayxana-pos
requests==2.32.3 \\
    --hash=sha256:@@h1@@
urllib3==2.2.2 \\
    --hash=sha256:@@h2@@
python-telegram-bot==21.3 \\
    --hash=sha256:@@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("csv/decoy-order-ids", "exports/sifarisler_2024-06.csv", "order export (CSV) with UUIDs and payment references", """
sifaris_id,filial,tarix,mebleg_azn,odenis,payriff_order_id,rrn
@@u1@@,Nizami,2024-06-01 18:22,14.50,kart,@@p1@@,415208339001
@@u2@@,Nizami,2024-06-01 18:40,6.00,nağd,,
@@u3@@,Gənclik,2024-06-01 19:05,22.00,kart,@@p2@@,415208339117
@@u4@@,Şəki,2024-06-01 19:11,9.80,kart,@@p3@@,415208339204
@@u5@@,Lənkəran,2024-06-01 19:30,31.20,nağd,,
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), p1=hexs(32).upper(), p2=hexs(32).upper(), p3=hexs(32).upper())

add("log/decoy-redacted", "logs/payriff-callback-2024-06-02.log", "application log with masked values", """
2024-06-02 12:01:14 INFO  callback received orderId=@@o@@ status=APPROVED
2024-06-02 12:01:14 DEBUG headers: {'Authorization': '***REDACTED***', 'Content-Type': 'application/json'}
2024-06-02 12:01:14 DEBUG card: 416973******4417 (VISA, Kapital Bank)
2024-06-02 12:01:14 INFO  order 2024-06-02/0417 paid 18.40 AZN (filial=Bulvar)
2024-06-02 12:01:15 INFO  receipt sent to e-kassa, fiscalId=7ZkQm2Rx9Pa4
""", o=hexs(32).upper())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "Ansible Vault docs (encrypted file)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("k8s/decoy-sealed-secret", "k8s/bots/bot-sealedsecret.yaml", "Bitnami Sealed Secrets docs (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: cay-bot
  namespace: bots
spec:
  encryptedData:
    BOT_TOKEN: AgB@@e1@@
    ADMIN_CHAT_ID: AgC@@e2@@
  template:
    metadata:
      name: cay-bot
      namespace: bots
""", e1=fakes.drawn(_seed(), 380, ALNUM + "+/"), e2=fakes.drawn(_seed(), 380, ALNUM + "+/"))

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "Mozilla SOPS docs (ENC[AES256_GCM,...])", """
payriff:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
smtp:
    password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:418273645091:key/@@kms@@
          created_at: "2024-05-20T09:12:44Z"
    lastmodified: "2024-05-20T09:12:45Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", kms=uuid_s())

add("python/decoy-test-fixture", "tests/test_epoint_sign.py", "pytest fixture with dummy keys", """
import base64
import hashlib

from samovar_pay import epoint_client

DUMMY_PRIVATE = "test-private-key-not-real"


def test_signature_is_sha1_of_private_data_private(monkeypatch):
    monkeypatch.setattr(epoint_client, "EPOINT_PRIVATE_KEY", DUMMY_PRIVATE)
    data = base64.b64encode(b'{"amount":"1.00"}').decode()
    expected = base64.b64encode(hashlib.sha1((DUMMY_PRIVATE + data + DUMMY_PRIVATE).encode()).digest()).decode()
    assert epoint_client._sign(data) == expected
""")

add("toml/decoy-regex-rules", ".gitleaks.toml", "gitleaks config docs (custom rules)", """
# Şirkət daxili qaydalar: yerli ödəniş açarları commit olunmasın
[extend]
useDefault = true

[[rules]]
id = "payriff-secret"
description = "Payriff secret key"
regex = '''(?i)payriff[_-]?secret[_-]?key\\s*[:=]\\s*["]?([A-F0-9]{32})'''

[[rules]]
id = "epoint-private"
description = "Epoint private key"
regex = '''(?i)epoint[_-]?private[_-]?key\\s*[:=]\\s*["]?([A-Za-z0-9]{40})'''

[[rules]]
id = "goldenpay-auth"
description = "GoldenPay auth key"
regex = '''(?i)authKey\\s*=\\s*["]([a-f0-9]{32})["]'''
""")

add("markdown/decoy-docs-placeholder", "docs/odenis-inteqrasiyasi.md", "Payriff API docs (request example with placeholders)", """
# Ödəniş inteqrasiyası (Payriff)

Sorğu nümunəsi:

```http
POST https://api.payriff.com/api/v2/createOrder
Authorization: <PAYRIFF_SECRET_KEY>
Content-Type: application/json

{"body": {"amount": 12.50, "currencyType": "AZN", "language": "AZ"}, "merchant": "<MERCHANT_ID>"}
```

Açar 1Password-da saxlanılır: **Samovar / Payriff prod**. Koda və ya Slack-ə yazmayın.
""")

add("terraform/decoy-random-password", "infra/rds_new.tf", "Terraform random_password and Secrets Manager docs", """
resource "random_password" "db" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/cayxana/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}

resource "aws_db_instance" "orders" {
  identifier = "cayxana-orders-v2"
  engine     = "postgres"
  username   = "cayxana_admin"
  password   = random_password.db.result
}
""")

add("compose/decoy-env-interpolation", "docker-compose.prod.yml", "Docker Compose docs (variable interpolation, secrets)", """
services:
  api:
    image: registry.samovar.az/samovar-api:2.4.1
    environment:
      DATABASE_URL: postgres://samovar:${POSTGRES_PASSWORD:?}@db:5432/samovar
      PAYRIFF_SECRET_KEY: ${PAYRIFF_SECRET_KEY}
    secrets: [telegram_token]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  telegram_token:
    file: ./secrets/telegram_token.txt
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("k8s/decoy-secret-key-ref", "k8s/menu-api/deployment.yaml", "Kubernetes docs (env valueFrom secretKeyRef)", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: menu-api
  namespace: samovar
spec:
  replicas: 2
  selector:
    matchLabels: {app: menu-api}
  template:
    metadata:
      labels: {app: menu-api}
    spec:
      containers:
        - name: api
          image: registry.samovar.az/menu-api@sha256:@@digest@@
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: menu-api-db, key: DATABASE_URL}
            - name: TZ
              value: Asia/Baku
""", digest=sha256ish())

add("sql/decoy-password-hashes", "db/seeds/test_users.sql", "seed data with bcrypt hashes (test users)", """
-- Test mühiti üçün istifadəçilər (şifrələr bcrypt ilə hash olunub)
INSERT INTO users (login, full_name, role, password_hash) VALUES
  ('test.menecer', 'Test Menecer', 'manager', '$2b$12$@@h1@@'),
  ('test.kassir', 'Test Kassir', 'cashier', '$2b$12$@@h2@@'),
  ('test.ofisiant', 'Test Ofisiant', 'waiter', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("markdown/decoy-aws-docs-example", "docs/runbooks/aws-cli.md", "AWS docs example keys (AKIAIOSFODNN7EXAMPLE)", """
# AWS CLI qurulması

Öz açarlarınızı IAM Identity Center-dən alın (`aws configure sso`). Nümunə (AWS sənədlərindən):

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-central-1
Default output format [None]: json
```
""")

add("pem/decoy-public-key", "payments/keys/azericard_public.pem", "PEM public key (RFC 7468)", """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
-----END PUBLIC KEY-----
""", b1=fakes.drawn(_seed(), 20, ALNUM + "+/"), b2=fakes.drawn(_seed(), 64, ALNUM + "+/"), b3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    b4=fakes.drawn(_seed(), 64, ALNUM + "+/"), b5=fakes.drawn(_seed(), 48, ALNUM + "+/") + "IDAQAB")

add("json/decoy-i18n-password-labels", "web/src/locales/az.json", "i18n translation file", """
{
  "login": {
    "title": "Daxil ol",
    "username": "İstifadəçi adı",
    "password": "Şifrə",
    "forgot_password": "Şifrəni unutmusunuz?",
    "password_too_short": "Şifrə ən azı 12 simvol olmalıdır",
    "api_key_label": "API açarı",
    "secret_key_hint": "Gizli açarı heç kimlə paylaşmayın"
  },
  "menu": {"tea": "Çay", "sweets": "Şirniyyat", "jam": "Mürəbbə"}
}
""")

add("markdown/decoy-guest-wifi", "docs/menyu/masa-karti.md", "printed table card text (guest Wi-Fi shown to every guest)", """
# Masa kartı — Armudu Çayxana

**Xoş gəlmisiniz!**

- Qonaq Wi-Fi: `Armudu_Qonaq`
- Şifrə: `armudu2024` (menyunun arxasında da yazılıb)
- Instagram: @armudu.cayxana
- Rezervasiya: +994 12 555 44 33

Çay dəstinə mürəbbə və limon daxildir. Afiyət olsun!
""")

add("javascript/decoy-public-token", "delivery-map/src/map.js", "Mapbox docs (public pk. tokens in the browser)", """
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "@@tok@@";

export const map = new mapboxgl.Map({
  container: "xerite",
  style: "mapbox://styles/samovaraz/clt9x2k0a00ab01qr",
  center: [49.892, 40.3777],
  zoom: 12,
});
""", tok="pk.eyJ1Ijoic2Ftb3ZhcmF6IiwiYSI6ImNsdDl4Mms" + fakes.drawn_mixed(_seed(), 12) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_"))

add("go/decoy-env-reference", "cmd/kassa-sync/config.go", "Go os.Getenv usage", """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	DBHost, DBUser, DBPass string
	TGToken               string
}

func load() (Config, error) {
	c := Config{
		DBHost:  os.Getenv("KASSA_DB_HOST"),
		DBUser:  os.Getenv("KASSA_DB_USER"),
		DBPass:  os.Getenv("KASSA_DB_PASS"),
		TGToken: os.Getenv("TELEGRAM_BOT_TOKEN"),
	}
	if c.DBPass == "" {
		return c, fmt.Errorf("KASSA_DB_PASS boşdur")
	}
	return c, nil
}
""")

add("xml/decoy-jasypt-encrypted", "src/main/resources/application-prod.xml", "Jasypt docs (ENC(...) encrypted property)", """
<?xml version="1.0" encoding="UTF-8"?>
<config>
  <datasource>
    <url>jdbc:postgresql://10.40.0.8:5432/cayxana</url>
    <username>report</username>
    <password>ENC(@@enc@@)</password>
  </datasource>
  <!-- master açar JASYPT_ENCRYPTOR_PASSWORD mühit dəyişənindədir -->
  <filial>Mərkəz</filial>
</config>
""", enc=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("csv/decoy-loyalty-barcodes", "exports/bonus_kartlari.csv", "loyalty card export with EAN-13 barcodes", """
kart_nomresi,barkod,telefon,xal,son_ziyaret
SMV-000418,4760123004181,+994 50 *** ** 17,120,2024-06-01
SMV-000419,4760123004198,+994 55 *** ** 42,45,2024-05-28
SMV-000420,4760123004204,+994 70 *** ** 03,310,2024-06-02
SMV-000421,4760123004211,+994 51 *** ** 88,0,2024-04-19
SMV-000422,4760123004228,+994 77 *** ** 61,75,2024-06-02
""")

add("rust/decoy-env-reference", "payments/src/env.rs", "Rust std::env::var usage", """
use std::env;

pub struct Keys {
    pub stripe_secret: String,
    pub payriff_secret: String,
}

pub fn from_env() -> Keys {
    Keys {
        stripe_secret: env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY yoxdur"),
        payriff_secret: env::var("PAYRIFF_SECRET_KEY").expect("PAYRIFF_SECRET_KEY yoxdur"),
    }
}
""")

add("java/decoy-spring-value", "src/main/java/az/cayxana/pay/PayriffProperties.java", "Spring @Value placeholders", """
package az.cayxana.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PayriffProperties {
    @Value("${payriff.merchant}")
    private String merchant;

    @Value("${payriff.secret-key}")
    private String secretKey;

    @Value("${payriff.base-url:https://api.payriff.com/api/v2/}")
    private String baseUrl;

    public String getSecretKey() { return secretKey; }
    public String getMerchant() { return merchant; }
    public String getBaseUrl() { return baseUrl; }
}
""")

add("csharp/decoy-configuration-lookup", "Cayxana.Payments/PayriffClient.cs", "ASP.NET Core IConfiguration / user secrets", """
using Microsoft.Extensions.Configuration;

namespace Cayxana.Payments;

public class PayriffClient
{
    private readonly string _secretKey;
    private readonly string _merchant;

    public PayriffClient(IConfiguration config)
    {
        // dotnet user-secrets set "Payriff:SecretKey" "..." (lokal), Key Vault (prod)
        _secretKey = config["Payriff:SecretKey"] ?? throw new InvalidOperationException("Payriff:SecretKey");
        _merchant = config["Payriff:Merchant"] ?? "ES1091877";
    }
}
""")

add("php/decoy-getenv", "app/Payment/GoldenPayConfig.php", "PHP getenv / Laravel env()", """
<?php

namespace App\\Payment;

final class GoldenPayConfig
{
    public static function merchantName(): string
    {
        return env('GOLDENPAY_MERCHANT', 'sheki_samovar');
    }

    public static function authKey(): string
    {
        $key = getenv('GOLDENPAY_AUTH_KEY');
        if ($key === false || $key === '') {
            throw new \\RuntimeException('GOLDENPAY_AUTH_KEY təyin edilməyib');
        }
        return $key;
    }
}
""")

add("ruby/decoy-rails-credentials", "config/initializers/telegram.rb", "Rails encrypted credentials docs", """
# Token config/credentials.yml.enc faylındadır (master.key repoda deyil)
TELEGRAM_TOKEN = Rails.application.credentials.dig(:telegram, :bot_token)
TELEGRAM_ADMIN_CHAT = Rails.application.credentials.dig(:telegram, :admin_chat_id)

raise 'Telegram token yoxdur' if Rails.env.production? && TELEGRAM_TOKEN.blank?
""")

add("swift/decoy-keychain", "SamovarApp/Services/TokenStore.swift", "Apple Keychain Services usage", """
import Foundation
import Security

enum TokenStore {
    static let service = "az.samovar.app.session"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android Gradle BuildConfig fields from local.properties", """
import java.util.Properties

val local = Properties().apply { load(rootProject.file("local.properties").inputStream()) }

android {
    namespace = "az.samovar.app"
    defaultConfig {
        applicationId = "az.samovar.app"
        minSdk = 24
        versionCode = 42
        versionName = "3.2.0"
        buildConfigField("String", "MAPS_KEY", "\\"${local.getProperty("MAPS_KEY", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.samovar.az/v2/\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("powershell/decoy-get-secret", "scripts/Connect-PosDb.ps1", "PowerShell SecretManagement docs (Get-Secret)", """
# Şifrə SecretManagement anbarındadır (KeePass vault)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "CayxanaPos-report" -Vault "SamovarKeePass"
$rows = Invoke-Sqlcmd -ServerInstance "10.10.1.5" -Database "CayxanaPos" -Credential $cred `
    -Query "SELECT COUNT(*) AS Sifaris FROM dbo.Satis WHERE Tarix = CAST(GETDATE() AS date)"
Write-Host "Bu günün sifarişləri: $($rows.Sifaris)"
""")

add("dockerfile/decoy-build-secret", "services/forecast/Dockerfile.secure", "Docker BuildKit docs (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --no-cache-dir -r requirements.txt \\
      --extra-index-url "$(cat /run/secrets/pip_index_url)"
COPY forecast/ forecast/
ARG GIT_SHA=unknown
LABEL org.opencontainers.image.revision=$GIT_SHA
CMD ["python", "-m", "forecast.daily"]
""")

add("yaml/decoy-helm-existing-secret", "deploy/samovar-api/values-staging.yaml", "Bitnami chart docs (auth.existingSecret)", """
replicaCount: 1
image:
  repository: registry.samovar.az/samovar-api
  tag: "2.5.0-rc1"
postgresql:
  enabled: true
  auth:
    username: samovar
    database: samovar_orders
    existingSecret: samovar-pg-staging
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    existingSecret: samovar-redis-staging
    existingSecretPasswordKey: redis-password
""")

add("ansible/decoy-vault-var", "ansible/roles/pos/defaults/main.yml", "Ansible vault variable references", """
---
pos_db_name: pos
pos_db_user: pos_app
pos_db_password: "{{ vault_pos_db_password }}"
pos_tg_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/pos:tg_token') }}"
pos_backup_hour: 3
pos_timezone: Asia/Baku
""")

add("markdown/decoy-vault-pointer", "docs/handover/it-tehvil.md", "handover note pointing to the password manager", """
# İT təhvil qeydləri (Tural → Samir)

| Sistem | Harada | Qeyd |
|--------|--------|------|
| Router-lər (bütün filiallar) | Bitwarden: `Filiallar / Router` | şifrələr 90 gündən bir dəyişir |
| R-Keeper SQL | Bitwarden: `RK7 / sa` | yalnız Mərkəz ofisdən |
| Payriff kabinet | Bitwarden: `Ödəniş / Payriff` | 2FA Leyla xanımın telefonunda |
| Telegram botlar | Vault: `kv/bots/*` | token BotFather-dən yenilənir |

Heç bir şifrəni bu sənədə yazmayın.
""")

add("log/decoy-masked-cards", "logs/pos-terminal-2024-06-03.log", "card terminal log with PAN masking (PCI DSS)", """
2024-06-03 09:14:02 TERM 17204411 SALE 6.50 AZN PAN 416973******2291 AUTH 081233 RRN 415509110021 OK
2024-06-03 09:31:47 TERM 17204411 SALE 12.00 AZN PAN 535641******7710 AUTH 662019 RRN 415509110388 OK
2024-06-03 09:58:10 TERM 17204411 SALE 4.00 AZN PAN 404030******0054 AUTH ------ RRN 415509110512 DECLINED 51
2024-06-03 10:02:33 TERM 17204411 SALE 4.00 AZN PAN 404030******0054 AUTH 771204 RRN 415509110540 OK
2024-06-03 23:59:59 TERM 17204411 SETTLEMENT count=214 total=1842.40 AZN
""")

add("notebook/decoy-getpass", "analytics/hefte_hesabati.ipynb", "Jupyter notebook reading the password interactively (getpass)", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('DWH_PASSWORD') or getpass.getpass('DWH şifrəsi: ')\\n",
    "engine = create_engine(f'postgresql://analitik:{pw}@dwh.samovar.az:5432/satis')\\n",
    "pd.read_sql('select * from hefte_satis limit 20', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("properties/decoy-placeholders", "src/main/resources/application.properties", "Spring Boot externalized configuration", """
spring.application.name=kassa-portal
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/kassa
spring.datasource.username=${DB_USER:kassa}
spring.datasource.password=${DB_PASSWORD}
spring.ldap.password=${LDAP_BIND_PASSWORD}
payriff.secret-key=${PAYRIFF_SECRET_KEY:changeme}
server.servlet.session.timeout=12h
""")

add("json/decoy-package-lock-integrity", "web/package-lock.json", "npm package-lock integrity (sha512)", """
{
  "name": "menu-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@sentry/browser": {
      "version": "8.9.2",
      "resolved": "https://registry.npmjs.org/@sentry/browser/-/browser-8.9.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("go/decoy-go-sum", "go.sum", "Go modules go.sum hashes (h1:)", """
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@g1@@=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@g2@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@g3@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@g4@@=
github.com/redis/go-redis/v9 v9.5.3 h1:@@g5@@=
github.com/redis/go-redis/v9 v9.5.3/go.mod h1:@@g6@@=
""", g1=fakes.drawn(_seed(), 43, ALNUM + "+/"), g2=fakes.drawn(_seed(), 43, ALNUM + "+/"), g3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    g4=fakes.drawn(_seed(), 43, ALNUM + "+/"), g5=fakes.drawn(_seed(), 43, ALNUM + "+/"), g6=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/decoy-firmware-checksums", "iot/samovar-sensors/firmware.yaml", "OTA firmware manifest with checksums", """
# ESP32 sensor proşivkası — OTA manifest
firmware:
  - version: 1.4.2
    url: https://ota.samovar.az/fw/samovar-sensor-1.4.2.bin
    sha256: @@s1@@
    md5: @@m1@@
  - version: 1.4.1
    url: https://ota.samovar.az/fw/samovar-sensor-1.4.1.bin
    sha256: @@s2@@
    md5: @@m2@@
""", s1=sha256ish(), m1=hexs(32), s2=sha256ish(), m2=hexs(32))

add("json/decoy-google-oauth-client-id", "web/src/config/auth.json", "Google Identity docs (OAuth client id is public)", """
{
  "google": {
    "clientId": "418273645091-@@cid@@.apps.googleusercontent.com",
    "redirectUri": "https://rezervasiya.samovar.az/auth/callback",
    "scopes": ["openid", "email", "profile"]
  },
  "session": {"cookieName": "smv_sess", "maxAgeHours": 12}
}
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yaml/decoy-aws-arn-references", "serverless.staging.yml", "Serverless Framework SSM / Secrets Manager references", """
service: samovar-receipts
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.11
  region: eu-central-1
  iam:
    role: arn:aws:iam::418273645091:role/samovar-receipts-staging
  environment:
    RECEIPTS_BUCKET: samovar-receipts-staging
    PAYRIFF_SECRET_ARN: arn:aws:secretsmanager:eu-central-1:418273645091:secret:staging/payriff-Xk29Qa
    TG_TOKEN: ${ssm:/samovar/staging/tg_token}
functions:
  render:
    handler: handler.render_receipt
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-lambda.yml", "aws-actions/configure-aws-credentials docs (OIDC role-to-assume)", """
name: deploy lambda
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/gh-deploy-samovar
          aws-region: eu-central-1
      - run: npx serverless deploy --stage prod
""")

add("xml/decoy-certificate", "payments/keys/epoint_ca.xml", "XML config embedding a public CA certificate", """
<?xml version="1.0" encoding="UTF-8"?>
<trust>
  <gateway name="epoint" host="epoint.az" />
  <certificate format="pem">
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIE@@c1@@
@@c2@@
@@c3@@
@@c4@@
-----END CERTIFICATE-----
  </certificate>
</trust>
""", c1=fakes.drawn(_seed(), 44, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("shell/decoy-generated-password", "scripts/new_branch_router.sh", "openssl rand / pass(1) usage", """
#!/usr/bin/env bash
# Yeni filial router-i üçün təsadüfi şifrə yaradılır və pass-a yazılır
set -euo pipefail
BRANCH=${1:?filial adı}
NEWPW=$(openssl rand -base64 18)
printf '%s\\n' "$NEWPW" | pass insert -m "filiallar/${BRANCH}/router-admin"
ssh admin@"${ROUTER_IP:?}" "/user set admin password=\\"$NEWPW\\""
unset NEWPW
echo "şifrə pass-a yazıldı: filiallar/${BRANCH}/router-admin"
""")

add("sql/decoy-fiscal-ids", "db/reports/ekassa_reconcile.sql", "e-kassa reconciliation query with public fiscal ids", """
-- e-kassa ilə tutuşdurma: çekdəki fiskal ID hər müştəriyə çap olunur
SELECT s.sifaris_id, s.mebleg, f.fiscal_id, f.nka_serial
FROM satis s
JOIN fiskal_cekler f ON f.sifaris_id = s.sifaris_id
WHERE f.fiscal_id IN ('7ZkQm2Rx9Pa4', '8HtWq1Lm3Zc7', '5PbNx6Yr2Kd9')
  AND s.tarix >= DATE '2024-06-01';
-- NKA seriya: NKA-0417-2291 (Bulvar), NKA-0417-2304 (Nizami)
""")

add("markdown/decoy-jwt-example", "docs/api/auth.md", "jwt.io example token in API docs", """
# API autentifikasiyası

Ofisiant tətbiqi `POST /api/v2/auth/pin` ilə token alır. Cavab nümunəsi (jwt.io nümunə tokeni):

```json
{
  "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  "expires_in": 43200
}
```

Token `Authorization: Bearer <token>` başlığında göndərilir.
""")

add("python/decoy-generated-secret", "rezervasiya/management/commands/rotate_webhook.py", "Python secrets module docs", """
import secrets

from django.core.management.base import BaseCommand

from rezervasiya.models import WebhookEndpoint


class Command(BaseCommand):
    help = "Webhook imza açarlarını yeniləyir (yeni açar yalnız bazada saxlanılır)"

    def handle(self, *args, **options):
        for ep in WebhookEndpoint.objects.filter(active=True):
            ep.signing_secret = secrets.token_hex(32)
            ep.save(update_fields=["signing_secret"])
            self.stdout.write(f"yeniləndi: {ep.name}")
""")

add("ini/decoy-empty-values", "deploy/supervisor/kassa-sync.conf.example", "Supervisor example config with blanks", """
[program:kassa-sync]
command=/opt/kassa-sync/venv/bin/python -m kassa_sync
directory=/opt/kassa-sync
user=kassa
autostart=true
; Şifrəni /etc/kassa-sync/env faylına yazın, buraya yox
environment=KASSA_DB_HOST="",KASSA_DB_USER="sync",KASSA_DB_PASS="",TZ="Asia/Baku"
stdout_logfile=/var/log/kassa-sync.log
""")

add("typescript/decoy-test-mocks", "src/integrations/__tests__/wolt.test.ts", "Jest mocks with dummy API keys", """
import axios from "axios";
import { acceptOrder } from "../wolt";

jest.mock("axios");
process.env.WOLT_API_KEY = "test_wolt_key_000000000000";

describe("wolt", () => {
  it("accepts an order", async () => {
    (axios.put as jest.Mock).mockResolvedValue({ status: 204 });
    await acceptOrder("ord_123");
    expect(axios.put).toHaveBeenCalledWith(
      expect.stringContaining("/orders/ord_123/accept"), {}, expect.anything());
  });
});
""")

add("bicep/decoy-key-vault-reference", "infra/appsettings.bicep", "Azure App Service Key Vault references docs", """
param location string = resourceGroup().location
param vaultName string = 'kv-samovar-prod'

resource site 'Microsoft.Web/sites@2023-01-01' existing = {
  name: 'cayxana-pos-api'
}

resource appsettings 'Microsoft.Web/sites/config@2023-01-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    ConnectionStrings__PosDb: '@Microsoft.KeyVault(SecretUri=https://${vaultName}.vault.azure.net/secrets/PosDb/)'
    Payriff__SecretKey: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=payriff-secret)'
    Kassa__Filial: 'Nizami küç. 45'
  }
}
""")

add("yaml/decoy-public-ids", "config/integrations.yaml", "integration ids (merchant, terminal, venue ids are not secrets)", """
# Ödəniş və çatdırılma identifikatorları (gizli deyil; açarlar Vault-dadır)
payriff:
  merchant_id: ES1092837
epoint:
  public_key: i000200431
azericard:
  terminal: "17204411"
  merchant_name: "SAMOVAR KAFE"
wolt:
  venue_id: 6321a0f9e1b2c3d4e5f60718
bolt_food:
  provider_id: 88214
telegram:
  bot_username: nabat_cay_bot
  admin_chat_id: -1001893456210
""")

add("json/decoy-apple-merchant", "ios/SamovarApp/SamovarApp.entitlements.json", "Apple Pay merchant identifier (public)", """
{
  "com.apple.developer.in-app-payments": ["merchant.az.samovar.app"],
  "com.apple.developer.associated-domains": ["applinks:samovar.az", "webcredentials:samovar.az"],
  "aps-environment": "production",
  "teamIdentifier": "9Q4K2LM7XZ",
  "bundleIdentifier": "az.samovar.app"
}
""")

add("markdown/decoy-invoice-iban", "docs/muhasibat/tedarukculer.md", "supplier list with bank details (public business identifiers)", """
# Tədarükçülər — bank rekvizitləri

| Tədarükçü | VÖEN | IBAN | Bank |
|-----------|------|------|------|
| Lənkəran Çay Fabriki MMC | 1403228911 | AZ21NABZ00000000137010001944 | Kapital Bank |
| Şəki Halva Evi | 2600419733 | AZ77PAHA38060AZNHC0100063512 | PAŞA Bank |
| Qəbələ Mürəbbə MMC | 3500812046 | AZ96AIIB38060019441100228118 | Beynəlxalq Bank |

Ödənişlər ayın 10-na qədər edilir.
""")

add("log/decoy-bearer-redacted", "logs/menu-api-access.log", "access log with tokens filtered", """
10.0.3.14 - - [04/Jun/2024:10:12:01 +0400] "GET /api/v2/menu?filial=nizami HTTP/1.1" 200 18422 "-" "SamovarApp/3.2.0 (iOS 17.5)" auth="Bearer [FILTERED]"
10.0.3.14 - - [04/Jun/2024:10:12:03 +0400] "POST /api/v2/orders HTTP/1.1" 201 512 "-" "SamovarApp/3.2.0 (iOS 17.5)" auth="Bearer [FILTERED]"
10.0.7.22 - - [04/Jun/2024:10:12:09 +0400] "GET /api/v2/menu?filial=seki HTTP/1.1" 304 0 "-" "okhttp/4.12.0" auth="-"
10.0.7.22 - - [04/Jun/2024:10:12:11 +0400] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" auth="-"
10.0.3.19 - - [04/Jun/2024:10:12:15 +0400] "POST /api/v2/auth/pin HTTP/1.1" 401 41 "-" "okhttp/4.12.0" auth="-"
""")

add("python/decoy-keyring", "tools/rk7_export.py", "Python keyring library docs", """
import keyring
import pyodbc

# Şifrə Windows Credential Manager-dədir: keyring.set_password("rk7", "rk_report", ...)
PASSWORD = keyring.get_password("rk7", "rk_report")
conn = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.50.1.10,1433;DATABASE=RK7;"
    f"UID=rk_report;PWD={PASSWORD};TrustServerCertificate=yes"
)
for row in conn.execute("SELECT TOP 5 NAME, PRICE FROM MENUITEMS ORDER BY PRICE DESC"):
    print(row.NAME, row.PRICE)
""")

add("ssh/decoy-authorized-keys", "deploy/authorized_keys", "OpenSSH authorized_keys format (public keys)", """
# deploy istifadəçisi — icazəli açıq açarlar
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ tural@samovar-it
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ samir@samovar-it
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ gitlab-ci@samovar
# köhnə: elvin@laptop (2024-03-01 silindi)
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 200, ALNUM + "+/"))

add("yaml/decoy-detect-secrets-baseline", ".secrets.baseline.yaml", "detect-secrets baseline (hashed_secret is a SHA-1)", """
version: 1.5.0
results:
  tests/test_epoint_sign.py:
    - type: Secret Keyword
      filename: tests/test_epoint_sign.py
      hashed_secret: @@h1@@
      is_verified: false
      line_number: 6
  docs/api/auth.md:
    - type: JSON Web Token
      filename: docs/api/auth.md
      hashed_secret: @@h2@@
      is_verified: false
      line_number: 9
""", h1=hexs(40), h2=hexs(40))

add("csv/decoy-git-shas", "exports/deploys_2024Q2.csv", "deployment history export with commit SHAs", """
tarix,xidmet,versiya,commit,muellif,netice
2024-04-02,menu-api,2.3.0,@@c1@@,tural,ok
2024-04-19,menu-api,2.3.1,@@c2@@,samir,ok
2024-05-07,samovar-api,2.4.0,@@c3@@,tural,rollback
2024-05-08,samovar-api,2.4.1,@@c4@@,tural,ok
2024-06-03,menu-web,3.2.0,@@c5@@,leyla,ok
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40))

add("python/decoy-hmac-verify", "payments/payriff_callback.py", "callback verification reading the key from settings", """
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden


def payriff_callback(request):
    expected = hmac.new(settings.PAYRIFF_SECRET_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponseForbidden("imza uyğun deyil")
    # sifariş statusu yenilənir
    return HttpResponse("OK")
""")

add("toml/decoy-pyproject", "pyproject.toml", "pyproject.toml (PEP 621) with twine/keyring settings", """
[project]
name = "cayxana-menu-lib"
version = "0.7.3"
description = "Çayxana menyusu üçün modellər və PDF generatoru"
requires-python = ">=3.10"
dependencies = ["reportlab>=4.0", "pydantic>=2.5"]

[tool.hatch.publish.index]
disable = false
# token keyring-dədir: keyring set https://upload.pypi.org/legacy/ __token__

[tool.ruff]
line-length = 110
""")

add("markdown/decoy-changelog-hashes", "CHANGELOG.md", "Keep a Changelog with commit ids", """
# Dəyişikliklər

## [2.4.1] — 2024-05-08
- Düzəliş: Gəncə filialında limonlu çayın qiyməti (commit `@@c1@@`)
- Payriff callback-də imza yoxlanışı (commit `@@c2@@`)

## [2.4.0] — 2024-05-07
- Yeni: e-kassa inteqrasiyası (NKA API v2)
- Telegram bot: stop-list bildirişləri
""", c1=hexs(40), c2=hexs(40))

add("env/decoy-test-env", "backend/.env.test", "test environment file with dummy values", """
DJANGO_SETTINGS_MODULE=rezervasiya.settings.test
DJANGO_SECRET_KEY=django-insecure-test-only-not-for-production
DATABASE_URL=postgres://test:test@localhost:5432/rezerv_test
PAYRIFF_SECRET_KEY=00000000000000000000000000000000
TELEGRAM_BOT_TOKEN=000000000:TEST_TOKEN_DO_NOT_USE
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
""")

add("yaml/decoy-password-policy", "config/security.yaml", "application security settings (policy, no values)", """
password_policy:
  min_length: 12
  require_digit: true
  require_symbol: true
  max_age_days: 90
  history: 5
api_keys:
  rotation_days: 180
  header_name: X-Api-Key
  hash_algorithm: sha256
session:
  secret_source: vault://kv/samovar/session
  ttl_hours: 12
""")

add("sql/decoy-api-key-hashes", "db/migrations/0012_api_keys.sql", "API keys stored as SHA-256 digests", """
-- API açarları yalnız hash şəklində saxlanılır; açarın özü bir dəfə göstərilir
CREATE TABLE api_keys (
    id          SERIAL PRIMARY KEY,
    filial      TEXT NOT NULL,
    prefix      CHAR(8) NOT NULL,
    key_sha256  CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ DEFAULT now()
);
INSERT INTO api_keys (filial, prefix, key_sha256) VALUES
  ('Nizami', 'smv_7Qk2', '@@h1@@'),
  ('Şəki', 'smv_Lp9x', '@@h2@@');
""", h1=sha256ish(), h2=sha256ish())

add("k8s/decoy-configmap", "k8s/menu-api/configmap.yaml", "Kubernetes ConfigMap (non-secret settings)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: menu-api
  namespace: samovar
data:
  TZ: Asia/Baku
  DEFAULT_LANGUAGE: az
  CACHE_TTL: "300"
  S3_BUCKET: samovar-menu-images
  SENTRY_ENVIRONMENT: production
  IMAGE_CDN: https://cdn.samovar.az/menyu/
  FEATURE_FLAGS: "stoplist,bonus,qr-menu"
""")

add("html/decoy-maps-browser-key", "web/templates/filiallar.html", "Google Maps JavaScript API (browser key restricted by HTTP referrer)", """
<!doctype html>
<html lang="az">
<head>
  <meta charset="utf-8">
  <title>Filiallarımız — Samovar</title>
  <!-- brauzer açarı: yalnız *.samovar.az referrer-i, yalnız Maps JavaScript API -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@key@@&callback=initMap&language=az"></script>
</head>
<body>
  <div id="xerite" style="height:480px"></div>
  <script src="/static/js/filiallar.js"></script>
</body>
</html>
""", key=google_key())

add("csv/decoy-device-inventory", "exports/cihazlar_inventar.csv", "device inventory with serials and MACs", """
filial,cihaz,model,seriya,mac,ip
Nizami,kassa-1,Sunmi T2,T2S21A0417,00:1A:2B:3C:4D:5E,192.168.10.21
Nizami,samovar-sensor-1,ESP32-S3,ESP-7F3A91,24:6F:28:AA:10:7C,192.168.10.51
Gənclik,kassa-1,Sunmi T2,T2S21A0522,00:1A:2B:3C:4D:9F,192.168.20.21
Şəki,router,TP-Link ER605,22370K4000812,5C:A6:E6:12:34:56,192.168.0.1
Lənkəran,nvr,Hikvision DS-7608,DS7608-2023110911,44:19:B6:7E:21:0A,192.168.1.64
""")

add("shell/decoy-vault-cli", "scripts/export_secrets_for_deploy.sh", "HashiCorp Vault CLI (vault kv get)", """
#!/usr/bin/env bash
# Deploy zamanı açarlar Vault-dan oxunur, diskə yazılmır
set -euo pipefail
export VAULT_ADDR=https://vault.samovar.az
vault login -method=oidc role=deploy >/dev/null
export PAYRIFF_SECRET_KEY=$(vault kv get -field=secret_key kv/samovar/payriff)
export TELEGRAM_BOT_TOKEN=$(vault kv get -field=token kv/bots/cay-bot)
docker compose -f docker-compose.prod.yml up -d
""")

add("plist/decoy-public-config", "ios/SamovarApp/Info.plist", "iOS Info.plist (public identifiers)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>az.samovar.app</string>
    <key>CFBundleShortVersionString</key>
    <string>3.2.0</string>
    <key>GIDClientID</key>
    <string>418273645091-@@cid@@.apps.googleusercontent.com</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Ən yaxın çayxananı göstərmək üçün</string>
</dict>
</plist>
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("markdown/decoy-redacted-incident", "docs/incidents/2024-04-telegram-token.md", "incident post-mortem with the token redacted", """
# Hadisə: Telegram bot tokeni public repoya düşdü (2024-04-11)

- 10:02 — GitHub secret scanning xəbərdarlığı: `bots/sifaris_bot.py`
- 10:09 — BotFather-də `/revoke`, yeni token Vault-a yazıldı (`kv/bots/cay-bot`)
- 10:15 — köhnə token: `70123*****:AA**************************` (maskalanıb)
- 10:30 — tarixçədən silindi (git filter-repo), force-push

Dərs: tokenlər yalnız mühit dəyişənlərindən oxunur; pre-commit-ə gitleaks əlavə edildi.
""")

add("python/decoy-uuid-constants", "integrations/iiko_ids.py", "iiko organization / terminal group ids (UUIDs)", """
\"\"\"iikoCloud identifikatorları (gizli deyil, API açarı ayrıca saxlanılır).\"\"\"

ORGANIZATIONS = {
    "nizami": "@@u1@@",
    "genclik": "@@u2@@",
    "seki": "@@u3@@",
}
TERMINAL_GROUPS = {
    "nizami": "@@u4@@",
    "genclik": "@@u5@@",
}
PAYMENT_TYPE_CARD = "@@u6@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s())

add("dockerfile/decoy-arg-no-default", "docker/menu-builder/Dockerfile.ci", "Dockerfile ARG without default (value passed at build)", """
FROM node:20-alpine
WORKDIR /app
ARG NPM_TOKEN
COPY package*.json .npmrc.ci ./
RUN mv .npmrc.ci .npmrc && npm ci && rm -f .npmrc
COPY . .
RUN npm run build
CMD ["node", "build-menu.js"]
""")

add("terraform/decoy-variables", "infra/variables.tf", "Terraform sensitive input variables", """
variable "db_password" {
  description = "RDS master şifrəsi (TF_VAR_db_password ilə ötürülür)"
  type        = string
  sensitive   = true
}

variable "telegram_token" {
  description = "Sensor xəbərdarlıqları botu"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "eu-central-1"
}
""")

add("ruby/decoy-example-config", "config/initializers/mailgun.rb.example", "example initializer with placeholder", """
# Nümunə: faylı mailgun.rb adı ilə kopyalayın və açarı ENV-dən oxuyun
Mailgun.configure do |config|
  config.api_key = ENV.fetch('MAILGUN_API_KEY') # məs. 'key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
end

Rails.application.config.action_mailer.mailgun_settings = {
  domain: 'mg.example.az'
}
""")

add("log/decoy-hash-etags", "logs/cdn-sync.log", "CDN sync log with ETags and content hashes", """
2024-06-04 03:00:01 sync start bucket=samovar-menu-images
2024-06-04 03:00:02 PUT menyu/cay/armudu.webp etag="@@e1@@" 48213 bytes
2024-06-04 03:00:02 PUT menyu/sirniyyat/paxlava.webp etag="@@e2@@" 61007 bytes
2024-06-04 03:00:03 SKIP menyu/cay/limonlu.webp sha256=@@s1@@
2024-06-04 03:00:03 invalidation created id=I2J8XK0Q4Z7MNA paths=/menyu/*
2024-06-04 03:00:04 sync done: 2 uploaded, 1 skipped
""", e1=hexs(32), e2=hexs(32), s1=sha256ish())

add("notebook/decoy-env-token", "analytics/telegram_statistika.ipynb", "Jupyter notebook using python-dotenv", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from dotenv import load_dotenv\\n",
    "load_dotenv()\\n",
    "TOKEN = os.environ['TELEGRAM_BOT_TOKEN']\\n",
    "import requests\\n",
    "requests.get(f'https://api.telegram.org/bot{TOKEN}/getChatMemberCount', params={'chat_id': '@nabat_cay'}).json()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("yaml/decoy-pre-commit", ".pre-commit-config.yaml", "pre-commit docs (secret scanning hooks)", """
repos:
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.18.4
    hooks:
      - id: gitleaks
  - repo: https://github.com/Yelp/detect-secrets
    rev: v1.5.0
    hooks:
      - id: detect-secrets
        args: ["--baseline", ".secrets.baseline"]
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.8
    hooks:
      - id: ruff
""")

add("javascript/decoy-base64-image", "web/src/placeholders.js", "data URI images (base64 PNG)", """
// Şəkil yüklənənə qədər göstərilən boz fon (1x1 PNG) və çay ikonası
export const PLACEHOLDER_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

export const TEA_ICON_SVG =
  "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+PHBhdGggZD0iTTQgOGgxMnY2YTQgNCAwIDAgMS00IDRIOGE0IDQgMCAwIDEtNC00eiIvPjwvc3ZnPg==";

export const PLACEHOLDER_ALT = "Şəkil yüklənir…";
""")

add("markdown/decoy-setup-instructions", "bots/kitchen-alerts/README.md", "README with setup steps and placeholders", """
# kitchen-alerts

Samovar temperaturu və qaz sensoru üçün Telegram xəbərdarlıqları.

1. @BotFather-də bot yaradın, tokeni alın.
2. `.env.example` faylını `.env` kimi kopyalayın:
   ```
   TELEGRAM_BOT_TOKEN=<BotFather tokeni>
   TELEGRAM_CHAT_ID=<qrup id, məs. -100...>
   ```
3. `docker compose up -d`

Tokeni heç vaxt commit etməyin — `.env` `.gitignore`-dadır.
""")

add("csharp/decoy-test-constants", "Cayxana.Payments.Tests/PayriffSignatureTests.cs", "xUnit tests with fixed dummy keys", """
using Xunit;

namespace Cayxana.Payments.Tests;

public class PayriffSignatureTests
{
    private const string DummySecret = "DUMMY-SECRET-FOR-UNIT-TESTS";

    [Fact]
    public void Signature_IsStable()
    {
        var sig = PayriffSignature.Compute(DummySecret, "{\\"amount\\":1.00}");
        Assert.Equal(64, sig.Length);
        Assert.Equal(sig, PayriffSignature.Compute(DummySecret, "{\\"amount\\":1.00}"));
    }
}
""")
