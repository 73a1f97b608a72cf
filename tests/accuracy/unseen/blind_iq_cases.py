"""Blind set IQ: an Estonian chain of aquarium and pet-fish shops (Kalamaja Akvaariumid OÜ).

Web shop and POS integrations (WooCommerce, Montonio, Stripe, Omniva, DPD), tank controllers and
sensors (Neptune Apex, GHL ProfiLux, Shelly, MQTT), accounting and ERP exports, CI, containers,
runbooks partly in Estonian, and their decoys. Generated fakes only (seeds 3760000-3769999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3760000, 3769999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Guppi", "Skalaar", "Neoon", "Koi", "Karp", "Ahven", "Haug", "Meri", "Laine", "Korall",
         "Vetikas", "Kivi", "Liiv", "Tursk", "Rannik", "Saar", "Torm", "Hõbe", "Loots", "Kilu"]
LOWER = ["guppy", "tetra", "danio", "pleco", "betta", "molly", "platy", "oscar", "discus", "barb",
         "cichlid", "loach", "rasbora", "gourami", "killi", "shrimp"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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


def woo_key(kind: str = "ck_") -> str:
    return kind + hexs(40)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(1, 21))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def sentry_dsn_public() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def gcp_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoia2FsYW1hamEiLCJhIjoi" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22)


def jwt_like() -> str:
    """A Home Assistant long-lived access token's shape: HS256 JWT with iss/iat/exp claims."""
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    r = _rng()
    iat = r.randint(1_700_000_000, 1_730_000_000)
    claims = '{"iss":"%s","iat":%d,"exp":%d}' % ("".join(r.choice(HEX) for _ in range(32)), iat, iat + 315_360_000)
    body = base64.urlsafe_b64encode(claims.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def dummy_bcrypt() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


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
    CASES.append(LabelledCase(f"blind-iq/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe-secret-key", "webshop/.env.production", "https://docs.stripe.com/keys", """
# Kalamaja Akvaariumid - e-pood (tootmine)
APP_ENV=production
APP_URL=https://pood.kalamaja-akvaariumid.ee
DB_HOST=10.20.0.5
DB_DATABASE=epood
STRIPE_PUBLISHABLE_KEY=pk_live_51Kalamaja0000placeholder
STRIPE_SECRET_KEY=@@secret@@
OMNIVA_API_URL=https://edixml.post.ee/epmx/services/messagesService.wsdl
LOG_CHANNEL=stack
""", stripe_key())

add("python/montonio-secret-key", "shop/payments/montonio.py", "https://docs.montonio.com/api/stargate/guides/orders", """
\"\"\"Montonio makselink: tellimuse loomine (JWT HS256 allkirjaga).\"\"\"
import time

import jwt
import requests

MONTONIO_ACCESS_KEY = "@@access@@"
MONTONIO_SECRET_KEY = "@@secret@@"
API = "https://stargate.montonio.com/api"


def create_order(order):
    payload = {
        "accessKey": MONTONIO_ACCESS_KEY,
        "merchantReference": order.number,
        "returnUrl": f"https://pood.kalamaja-akvaariumid.ee/tellimus/{order.number}/tagasi",
        "notificationUrl": "https://pood.kalamaja-akvaariumid.ee/api/montonio/webhook",
        "currency": "EUR",
        "grandTotal": float(order.total),
        "locale": "et",
        "exp": int(time.time()) + 600,
    }
    token = jwt.encode(payload, MONTONIO_SECRET_KEY, algorithm="HS256")
    resp = requests.post(f"{API}/orders", json={"data": token}, timeout=15)
    resp.raise_for_status()
    return resp.json()["paymentUrl"]
""", rand_pw(43, "-_"), access=uuid_s())

add("yaml/omniva-password", "config/shipping.yml", "https://www.omniva.ee/business/web_services", """
shipping:
  omniva:
    # Omniva pakiautomaadid, äriklient 5003271
    username: "5003271"
    password: "@@secret@@"
    wsdl: https://edixml.post.ee/epmx/services/messagesService.wsdl
    sender_phone: "+3725550101"
  dpd:
    api_url: https://eserviss.dpd.ee/api/v1
    username: kalamaja_api
    password: ${DPD_PASSWORD}
  free_shipping_from_eur: 49
""", words_pw())

add("json/woocommerce-consumer-secret", "sync/woo-credentials.json", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
{
  "store": "https://pood.kalamaja-akvaariumid.ee",
  "consumer_key": "@@ck@@",
  "consumer_secret": "@@secret@@",
  "version": "wc/v3",
  "timeout": 30,
  "verify_ssl": true
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("php/woocommerce-consumer-secret", "wp-content/plugins/kalamaja-stock/stock-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
/**
 * Plugin Name: Kalamaja laoseis
 * Description: Sünkroniseerib kalade ja akvaariumide laoseisu Directo ERP-ist.
 */
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://pood.kalamaja-akvaariumid.ee',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3']
);

function kalamaja_sync_stock($sku, $qty) {
    global $woocommerce;
    $products = $woocommerce->get('products', ['sku' => $sku]);
    if ($products) {
        $woocommerce->put('products/' . $products[0]->id, ['stock_quantity' => $qty]);
    }
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("shell/mysql-password", "scripts/backup_epood.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
# Öine varukoopia e-poe andmebaasist (cron 02:30)
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump -h 10.20.0.5 -u backup -p'@@secret@@' --single-transaction epood \\
  | gzip > /srv/backup/epood-$STAMP.sql.gz
find /srv/backup -name 'epood-*.sql.gz' -mtime +14 -delete
echo "varukoopia valmis: epood-$STAMP.sql.gz"
""", words_pw())

add("python/telegram-bot-token", "tankwatch/alerts.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Sends tank alarms (temperature, pH, water level) to the shop staff Telegram group.\"\"\"
import logging

import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001822334455
log = logging.getLogger(__name__)


def alarm(shop: str, tank: str, message: str) -> None:
    text = f"\\u26a0\\ufe0f {shop} / {tank}: {message}"
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    try:
        requests.post(url, data={"chat_id": CHAT_ID, "text": text}, timeout=10)
    except requests.RequestException:
        log.exception("telegram alarm failed")
""", fakes.telegram_token(_seed()))

add("yaml/mqtt-password", "tankwatch/config.yaml", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
mqtt:
  host: mqtt.kalamaja.lan
  port: 8883
  tls: true
  username: tankwatch
  password: "@@secret@@"
  topics:
    - shops/+/tanks/+/temperature
    - shops/+/tanks/+/ph
thresholds:
  temperature_c: {min: 23.5, max: 28.0}
  ph: {min: 6.4, max: 7.8}
""", rand_pw(22))

add("env/aws-secret-access-key", "infra/.env.s3-backup", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# S3 bucket for product photos and nightly DB dumps (eu-north-1)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-north-1
S3_BUCKET=kalamaja-media-prod
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/apex-admin-password", "docs/runbooks/neptune-apex.md", "https://www.neptunesystems.com/support/apex/", """
# Neptune Apex kontrollerid (merevee osakond)

| Pood | Aadress | Kasutaja | Parool |
|------|---------|----------|--------|
| Telliskivi | http://10.31.0.20 | admin | @@secret@@ |
| Ülemiste | http://10.32.0.20 | admin | vaata KeePassist |

Kui Apex ei vasta:
1. Kontrolli, kas EB832 toiteplokk põleb.
2. Taaskäivita Apex (vool välja 10 s).
3. Fusion pilves: https://apexfusion.com, konto merevesi@kalamaja-akvaariumid.ee
""", words_pw())

add("dockerfile/pypi-token", "tools/label-printer/Dockerfile", "https://pypi.org/help/#apitoken", """
FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir build twine \\
 && python -m build \\
 && twine upload -u __token__ -p @@secret@@ dist/*
CMD ["python", "-m", "kalamaja_labels"]
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/price-labels.yml", "https://docs.github.com/en/actions/security-guides/automatic-token-authentication", """
name: Hinnasildid
on:
  schedule:
    - cron: "0 5 * * 1"
jobs:
  labels:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python make_labels.py --out labels.pdf
      - name: Publish to release
        env:
          GH_TOKEN: @@secret@@
        run: gh release upload weekly labels.pdf --clobber
""", fakes.github_token(_seed()))

_pw = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/inventory-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: inventory-db
  namespace: kalamaja
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@db@@
""", _pw, enc=b64(_pw), user=b64("inventory"), db=b64("inventory"))

add("ini/odbc-password", "pos/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[KassaDB]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:10.40.0.12,1433
Database    = KalamajaPOS
UID         = kassa_sync
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("csharp/sqlserver-password", "PosSync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using System;
using Microsoft.Data.SqlClient;

namespace Kalamaja.PosSync
{
    // Kassade müügid -> Directo, iga 15 minuti järel
    internal static class Program
    {
        private const string ConnStr =
            "Server=10.40.0.12;Database=KalamajaPOS;User Id=kassa_sync;Password=@@secret@@;TrustServerCertificate=True";

        private static void Main()
        {
            using var conn = new SqlConnection(ConnStr);
            conn.Open();
            using var cmd = new SqlCommand("SELECT COUNT(*) FROM Sales WHERE Synced = 0", conn);
            Console.WriteLine($"Sünkroniseerimata müüke: {cmd.ExecuteScalar()}");
        }
    }
}
""", rand_pw(16, "!#"))

add("java/smtp-password", "notifier/src/main/java/ee/kalamaja/notifier/Mailer.java", "https://javaee.github.io/javamail/docs/api/", """
package ee.kalamaja.notifier;

import java.util.Properties;
import javax.mail.*;
import javax.mail.internet.*;

public class Mailer {
    private static final String USER = "tellimused@kalamaja-akvaariumid.ee";
    private static final String PASS = "@@secret@@";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.zone.eu");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
""", words_pw())

add("go/shelly-password", "cmd/heaterctl/main.go", "https://shelly-api-docs.shelly.cloud/gen2/General/Authentication", """
package main

import (
	"fmt"
	"net/http"
	"os"
)

// heaterctl lülitab Shelly Plus 1PM releed, mis toidavad karantiinibasseinide küttekehi.
const (
	shellyHost = "http://10.31.5.41"
	shellyUser = "admin"
	shellyPass = "@@secret@@"
)

func main() {
	on := len(os.Args) > 1 && os.Args[1] == "on"
	url := fmt.Sprintf("%s/relay/0?turn=%s", shellyHost, map[bool]string{true: "on", false: "off"}[on])
	req, _ := http.NewRequest("GET", url, nil)
	req.SetBasicAuth(shellyUser, shellyPass)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println("shelly:", resp.Status)
}
""", rand_pw(14))

add("compose/redis-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """
services:
  web:
    image: registry.kalamaja.lan/epood:2.14.3
    ports: ["8080:8080"]
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
      DATABASE_URL: ${DATABASE_URL}
    depends_on: [redis]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
""", fakes.redis_password(_seed()))

add("terraform/aws-secret-access-key", "infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "media" {
  bucket = "kalamaja-media-prod"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/postgres-password", "analytics/kalade_suremus.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Kalade suremus saadetiste kaupa (2024 Q3)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analyytik:@@secret@@@10.20.0.7:5432/inventory')\\n",
    "df = pd.read_sql('select supplier, shipment_id, arrived, dead_on_arrival from shipments', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('supplier').dead_on_arrival.mean().sort_values()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("typescript/sendgrid-api-key", "storefront/src/server/mail.ts", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendOrderConfirmation(to: string, orderNo: string, lang: "et" | "en") {
  await sgMail.send({
    to,
    from: "tellimused@kalamaja-akvaariumid.ee",
    templateId: lang === "et" ? "d-3f0a1c2e9b7d4c5a8e6f1b2c3d4e5f60" : "d-7a1b2c3d4e5f60718293a4b5c6d7e8f9",
    dynamicTemplateData: { orderNo },
  });
}
""", sendgrid_key())

add("ruby/mailchimp-api-key", "newsletter/lib/subscribe.rb", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
require "MailchimpMarketing"

# Uudiskiri: "Kuu kala" ja hooldusnõuanded
client = MailchimpMarketing::Client.new
client.set_config({
  api_key: "@@secret@@",
  server: "us14"
})

def subscribe(client, email, lang)
  client.lists.add_list_member("5c1a2b3d4e", {
    email_address: email,
    status: "pending",
    merge_fields: { LANG: lang }
  })
end
""", mailchimp_key())

add("properties/ldap-password", "backoffice/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """
server.port=8443
spring.application.name=kalamaja-backoffice
spring.ldap.urls=ldaps://dc01.kalamaja.lan:636
spring.ldap.base=DC=kalamaja,DC=lan
spring.ldap.username=CN=svc-backoffice,OU=Service,DC=kalamaja,DC=lan
spring.ldap.password=@@secret@@
spring.datasource.url=jdbc:postgresql://10.20.0.7:5432/backoffice
spring.datasource.username=backoffice
spring.datasource.password=${DB_PASSWORD}
""", words_pw())

add("powershell/ftp-password", "scripts/Send-DirectoExport.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.webclient", """
# Saadab päeva müügiaruande raamatupidamisfirmale FTP kaudu
$ErrorActionPreference = 'Stop'
$date = Get-Date -Format 'yyyy-MM-dd'
$file = "C:\\Exports\\myyk-$date.csv"
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential('kalamaja', '@@secret@@')
$client.UploadFile("ftp://ftp.raamatupidaja.ee/sisse/myyk-$date.csv", $file)
Write-Host "Saadetud: $file"
""", words_pw())

add("ansible/ghl-profilux-password", "ansible/group_vars/seawater_controllers.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
# GHL ProfiLux 4 kontrollerid merevee müügiakvaariumides
profilux_http_port: 80
profilux_user: admin
profilux_password: "@@secret@@"
profilux_controllers:
  - { shop: telliskivi, ip: 10.31.0.30 }
  - { shop: ylemiste, ip: 10.32.0.30 }
  - { shop: tartu, ip: 10.33.0.30 }
ntp_server: ntp.kalamaja.lan
""", rand_pw(12))

add("python/slack-webhook", "tankwatch/daily_report.py", "https://api.slack.com/messaging/webhooks", """
import datetime

import requests

WEBHOOK = "@@secret@@"


def post_daily(summary: dict) -> None:
    today = datetime.date.today().isoformat()
    lines = [f"*Päeva kokkuvõte {today}*"]
    for shop, s in summary.items():
        lines.append(f"{shop}: {s['alarms']} häiret, {s['water_changes']} veevahetust")
    requests.post(WEBHOOK, json={"text": "\\n".join(lines)}, timeout=10)
""", slack_webhook())

add("yaml/shopify-access-token", "integrations/marketplace.yaml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
# Latvia storefront runs on Shopify (kalamaja-lv.myshopify.com)
shopify:
  shop: kalamaja-lv.myshopify.com
  api_version: "2024-07"
  admin_access_token: @@secret@@
  locations:
    riga: 71234567890
sync:
  interval_minutes: 20
  sku_prefixes: [FISH-, TANK-, FILT-]
""", shopify_token())

add("env/twilio-auth-token", "sms/.env", "https://www.twilio.com/docs/iam/credentials/api", """
# SMS: "Teie tellitud kalad on saabunud"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+3725999000
SMS_SENDER_NAME=Kalamaja
""", hexs(32), sid=twilio_sid())

add("rust/mqtt-password", "sensor-bridge/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Silla tarkvara: Modbus temperatuuriandurid -> MQTT
fn main() {
    let mut opts = MqttOptions::new("sensor-bridge-tartu", "mqtt.kalamaja.lan", 1883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("bridge-tartu", "@@secret@@");
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("shops/tartu/cmd/#", QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() {
        println!("{:?}", ev);
    }
}
""", rand_pw(20))

add("kotlin/stripe-secret-key", "android/app/src/main/java/ee/kalamaja/kassa/PaymentConfig.kt", "https://docs.stripe.com/terminal/payments/setup-integration", """
package ee.kalamaja.kassa

// Stripe Terminal mobiilikassa laatadel ja akvaariumimessil
object PaymentConfig {
    const val LOCATION_ID = "tml_FkA81pQm2z"
    const val BACKEND_URL = "https://kassa-api.kalamaja-akvaariumid.ee"
    // TODO: vii backendi taha, ära hoia äpis
    const val STRIPE_SECRET = "@@secret@@"
    const val CURRENCY = "eur"
}
""", stripe_key())

add("swift/firebase-server-key", "ios/Kalamaja/Push/PushSender.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
import Foundation

// Saadab "akvaariumi hoolduse meeldetuletuse" klientidele
struct PushSender {
    static let serverKey = "@@secret@@"
    static let endpoint = URL(string: "https://fcm.googleapis.com/fcm/send")!

    static func send(to token: String, title: String, body: String) {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload: [String: Any] = ["to": token, "notification": ["title": title, "body": body]]
        req.httpBody = try? JSONSerialization.data(withJSONObject: payload)
        URLSession.shared.dataTask(with: req).resume()
    }
}
""", "AAAA" + fakes.drawn(_seed(), 7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("sql/postgres-password", "db/migrations/0042_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Aruandluse kasutaja Metabase'i jaoks (ainult lugemine)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE inventory TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", rand_pw(20))

add("log/directo-password", "logs/directo-sync-2024-10-02.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-10-02 06:00:01 INFO  directo-sync starting, 3 shops
2024-10-02 06:00:01 DEBUG GET https://login.directo.ee/xmlcore/kalamaja/xmlcore.asp?get=1&what=item
2024-10-02 06:00:01 DEBUG > Authorization: Basic @@secret@@
2024-10-02 06:00:02 DEBUG < HTTP/1.1 200 OK (412 items)
2024-10-02 06:00:03 INFO  stock updated: telliskivi=188 ylemiste=203 tartu=141
2024-10-02 06:00:03 INFO  done in 2.1s
""", b64("kalamaja_api:" + words_pw()))

add("python/private-key", "deploy/keys.py", "https://www.rfc-editor.org/rfc/rfc7468", '''
"""Deploy key for the label-printer Raspberry Pis (pulls the repo over SSH)."""

DEPLOY_KEY = """@@secret@@
"""

HOSTS = ["labelpi-telliskivi.kalamaja.lan", "labelpi-ylemiste.kalamaja.lan", "labelpi-tartu.kalamaja.lan"]
''', fakes.fake_pem(_seed(), "OPENSSH"))

_k1 = fakes.fake_pem(_seed(), "EC")
add("yaml/private-key", "k8s/ingress-tls.yaml", "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls", """
apiVersion: v1
kind: Secret
metadata:
  name: pood-tls
  namespace: kalamaja
type: kubernetes.io/tls
stringData:
  tls.key: |
    @@key@@
""", _k1, key=_k1.replace("\n", "\n    "))

add("env/github-fine-grained-token", "tools/changelog/.env", "https://docs.github.com/en/authentication/keeping-your-account-secure/managing-your-personal-access-tokens", """
# changelog generator for the shop repo
GITHUB_REPO=kalamaja-akvaariumid/epood
GITHUB_TOKEN=@@secret@@
RELEASE_BRANCH=main
LANG=et_EE.UTF-8
""", fakes.github_fine_grained_token(_seed()))

add("shell/openai-api-key", "scripts/generate_fish_descriptions.sh", "https://platform.openai.com/docs/api-reference/authentication", """
#!/bin/sh
# Genereerib tootekirjeldused uutele kaladele (et + en), kontrolli enne avaldamist!
export OPENAI_API_KEY="@@secret@@"
for sku in $(cat new_skus.txt); do
  python3 describe.py --sku "$sku" --langs et,en >> descriptions.jsonl
done
""", fakes.openai_key(_seed()))

add("toml/pypi-token", "tools/label-printer/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# copied from ~/.pypirc for the CI image
[distutils]
index-servers = ["pypi"]

[pypi]
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("xml/smtp-password", "backoffice/web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="ladu@kalamaja-akvaariumid.ee" deliveryMethod="Network">
        <network host="smtp.zone.eu" port="587" enableSsl="true"
                 userName="ladu@kalamaja-akvaariumid.ee" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="WarehouseCode" value="TLN-01" />
  </appSettings>
</configuration>
""", words_pw())

add("csv/ghl-profilux-password", "exports/seadmed_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
pood,seade,mudel,ip,kasutaja,parool,märkus
Telliskivi,Apex,Neptune Apex 2016,10.31.0.20,admin,,vaata KeePass
Telliskivi,UPS,APC SMT1500,10.31.0.5,apc,,vaikimisi muudetud
Ülemiste,ProfiLux,GHL P4,10.32.0.30,admin,@@secret@@,uus parool 09.2024
Tartu,Kaamera,Hikvision DS-2CD,10.33.0.60,viewer,,ainult vaatamine
""", rand_pw(11))

add("php/montonio-secret-key", "wp-content/themes/kalamaja/inc/montonio-config.php", "https://docs.montonio.com/api/stargate/guides/orders", """
<?php
// Montonio võtmed (tootmine). Sandbox võtmed on wp-config-staging.php failis.
define('MONTONIO_ACCESS_KEY', '@@access@@');
define('MONTONIO_SECRET_KEY', '@@secret@@');
define('MONTONIO_ENV', 'production');
define('MONTONIO_DEFAULT_BANK', 'SWEDBANK_EE');
""", rand_pw(43, "-_"), access=uuid_s())

add("python/dpd-password", "shipping/dpd_labels.py", "https://eserviss.dpd.ee/", """
import requests

DPD = "https://eserviss.dpd.ee/api/v1"
session = requests.Session()


def login() -> str:
    r = session.post(f"{DPD}/auth", data={"username": "kalamaja_api", "password": "@@secret@@"}, timeout=20)
    r.raise_for_status()
    return r.json()["token"]


def create_label(parcel: dict) -> bytes:
    token = login()
    r = session.post(f"{DPD}/shipments", json=parcel, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    return r.content
""", words_pw())

add("go/postgres-password", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://inventory:@@secret@@@10.20.0.7:5432/inventory?sslmode=require"

// Open avab laoseisu andmebaasi ühenduste kogumi.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(22))

add("github-actions/ssh-password", ".github/workflows/deploy-kiosk.yml", "https://github.com/appleboy/ssh-action", """
name: Deploy price kiosk
on:
  push:
    branches: [main]
    paths: ["kiosk/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: kiosk-telliskivi.kalamaja.ee
          username: pi
          password: "@@secret@@"
          script: cd /opt/kiosk && git pull && sudo systemctl restart kiosk
""", words_pw())

add("markdown/router-admin-password", "docs/poed/tartu.md", "https://www.mikrotik.com/documentation", """
# Tartu pood (Riia 12)

Avatud E-R 10-19, L 10-16. Juhataja: Kertu.

## Võrk
- Ruuter: MikroTik hAP ax2, http://10.33.0.1
- Admin: `admin` / `@@secret@@`
- Külaliste WiFi: "Kalamaja-Klient" (parool on kassa juures)

## Akvaariumid
- 42 mageveebasseini, 6 merevett, 1 karantiin
- Veevahetus teisipäeviti ja reedeti
""", words_pw())

add("dockerfile/postgres-password", "backoffice/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM eclipse-temurin:21-jre
WORKDIR /opt/backoffice
COPY target/backoffice.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod \\
    SPRING_DATASOURCE_URL=jdbc:postgresql://10.20.0.7:5432/backoffice \\
    SPRING_DATASOURCE_USERNAME=backoffice \\
    SPRING_DATASOURCE_PASSWORD=@@secret@@
EXPOSE 8443
ENTRYPOINT ["java", "-jar", "app.jar"]
""", rand_pw(19))

_m1 = rand_pw(43, "-_")
add("k8s-secret/montonio-secret-key", "deploy/k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: kalamaja
  labels:
    app: epood
type: Opaque
data:
  MONTONIO_ACCESS_KEY: @@acc@@
  MONTONIO_SECRET_KEY: @@enc@@
""", _m1, acc=b64(uuid_s()), enc=b64(_m1))

add("typescript/mapbox-secret-token", "storefront/scripts/upload-store-tiles.ts", "https://docs.mapbox.com/api/maps/uploads/", """
// Laeb poodide kaardi kihid Mapboxi (kasutatakse "Leia pood" lehel)
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";

const uploads = mbxUploads({ accessToken: "@@secret@@" });

async function main() {
  await uploads
    .createUpload({ tileset: "kalamaja.stores", url: "s3://kalamaja-media-prod/tiles/stores.geojson", name: "Poed" })
    .send();
}

main().catch(console.error);
""", mapbox_secret())

add("ini/directo-api-key", "sync/directo.ini", "https://wiki.directo.ee/et/xml_direct", """
; Directo XML liides
[directo]
company = kalamaja
url = https://login.directo.ee/xmlcore/kalamaja/xmlcore.asp
key = @@secret@@
warehouses = TLN-01,TLN-02,TRT-01

[schedule]
items = */15 * * * *
invoices = 0 23 * * *
""", hexs(32).upper())

_g1 = fakes.fake_pem(_seed(), "").replace("BEGIN  ", "BEGIN ").replace("END  ", "END ").replace("\n", "\\n")
add("json/google-service-account", "analytics/ga4-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kalamaja-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "ga4-export@kalamaja-analytics.iam.gserviceaccount.com",
  "client_id": "108234567890123456789",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _g1, kid=hexs(40), key=_g1 + "\\n")

add("yaml/home-assistant-token", "homeassistant/secrets.yaml", "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", """
# Home Assistant (Telliskivi ladu, karantiiniruum)
latitude: 59.4398
longitude: 24.7290
influx_password: !env_var INFLUX_PASSWORD
apex_remote_token: @@secret@@
shelly_cloud_key: !env_var SHELLY_CLOUD_KEY
""", jwt_like())

add("python/camera-password", "kiosk/camera_feed.py", "https://www.hikvision.com/en/support/", """
\"\"\"Shows the live reef tank camera on the shop-window screen (Telliskivi).\"\"\"
import cv2

STREAM = "rtsp://viewer:@@secret@@@10.31.0.61:554/Streaming/Channels/101"


def main() -> None:
    cap = cv2.VideoCapture(STREAM)
    while True:
        ok, frame = cap.read()
        if not ok:
            cap.release()
            cap = cv2.VideoCapture(STREAM)
            continue
        cv2.imshow("Rahukorall", frame)
        if cv2.waitKey(1) == 27:
            break


if __name__ == "__main__":
    main()
""", words_pw())

add("env/makecommerce-secret-key", "webshop/.env.staging", "https://developer.maksekeskus.ee/", """
APP_ENV=staging
APP_DEBUG=false
MAKECOMMERCE_SHOP_ID=@@shop@@
MAKECOMMERCE_PUBLISHABLE_KEY=@@pub@@
MAKECOMMERCE_SECRET_KEY=@@secret@@
MAKECOMMERCE_TEST_MODE=false
""", rand_pw(64), shop=uuid_s(), pub=rand_pw(32))

add("json/recaptcha-secret", "storefront/config/antispam.json", "https://developers.google.com/recaptcha/docs/verify", """
{
  "recaptcha": {
    "siteKey": "6LdQm2UqAAAAAKx1n8bq3ZcV0yQ7uFhR2pTnW9sE",
    "secretKey": "@@secret@@",
    "minScore": 0.5
  },
  "forms": ["contact", "newsletter", "fish-request"]
}
""", "6Ld" + fakes.drawn(_seed(), 5) + "AAAAA" + fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("shell/docker-hub-token", "ci/push-images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", """
#!/usr/bin/env bash
set -e
TAG=${1:-latest}
echo "@@secret@@" | docker login -u kalamajaci --password-stdin
for img in epood backoffice tankwatch; do
  docker build -t kalamaja/$img:$TAG $img/
  docker push kalamaja/$img:$TAG
done
""", fakes.fake("dckr_pat_", 27, _seed()))

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "pood" {
  zone_id = "3b1f2e7a9c0d4e5f8a6b7c8d9e0f1a2b"
  name    = "pood"
  value   = "185.31.240.17"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("php/laravel-app-key", "booking/.env.php", "https://laravel.com/docs/11.x/encryption#configuration", """
<?php
// Akvaariumi hoolduse broneerimine (hooldustehnikute kalender)
return [
    'APP_NAME' => 'Kalamaja Hooldus',
    'APP_KEY' => '@@secret@@',
    'APP_URL' => 'https://hooldus.kalamaja-akvaariumid.ee',
    'DB_CONNECTION' => 'mysql',
    'DB_DATABASE' => 'hooldus',
];
""", "base64:" + base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("python/django-secret-key", "backoffice_py/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["admin.kalamaja-akvaariumid.ee"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "et"
TIME_ZONE = "Europe/Tallinn"
DATABASES["default"]["HOST"] = "10.20.0.7"
""", fakes.django_secret_key(_seed()))

add("yaml/rabbitmq-password", "tankwatch/celery.yml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """
celery:
  broker_url: amqp://tankwatch:@@secret@@@rabbit.kalamaja.lan:5672/tanks
  result_backend: rpc://
  task_routes:
    tankwatch.tasks.read_sensors: {queue: sensors}
    tankwatch.tasks.send_alarm: {queue: alarms}
  beat_schedule:
    read-sensors: {task: tankwatch.tasks.read_sensors, schedule: 60}
""", rand_pw(18))

add("yaml/mongodb-password", "reviews/src/main/resources/application.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
spring:
  application:
    name: reviews
  data:
    mongodb:
      uri: mongodb+srv://reviews-app:@@secret@@@cluster0.k4lam.mongodb.net/reviews?retryWrites=true&w=majority
server:
  port: 8085
reviews:
  moderation-languages: [et, en, ru]
""", rand_pw(16))

add("markdown/unifi-password", "docs/handover/2024-09-it-uleandmine.md", "https://www.atlassian.com/software/confluence/templates/it-runbook", """
# IT üleandmine (Marten -> Liisa), september 2024

Tere Liisa! Siin on kõik, mida vajad, kuni ma puhkusel olen.

- Zone.ee haldus: kasutaja `kalamaja`, parool on KeePassis.
- Directo: sinu enda konto, õigused lisatud.
- Telliskivi UniFi kontroller: https://10.31.0.2:8443, `itadmin` / `@@secret@@`
- Kalade tarnija (Aquarium Glaser) tellimusportaal: konto on Kerstil.
- Varukoopiad: kontrolli igal esmaspäeval /srv/backup kausta.

Kui midagi põleb, helista: +372 5550 1234.
""", words_pw())

add("csharp/azure-storage-connection-string", "LabelService/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kalamajalabels;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "Container": "price-labels"
  },
  "Printers": ["zebra-telliskivi", "zebra-ylemiste", "zebra-tartu"]
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("go/telegram-bot-token", "cmd/orderbot/config.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """
package main

// orderbot: kliendid saavad Telegrami kaudu küsida, kas kala on laos.
var cfg = struct {
	Token   string
	AdminID int64
	Shops   []string
}{
	Token:   "@@secret@@",
	AdminID: 412998731,
	Shops:   []string{"Telliskivi", "Ülemiste", "Tartu"},
}
""", fakes.telegram_token(_seed()))

add("ini/vnc-password", "pos/kassa-telliskivi/x11vnc.ini", "https://github.com/LibVNC/x11vnc", """
; kaugtugi kassaarvutile
[x11vnc]
display = :0
rfbport = 5900
passwd = @@secret@@
forever = 1
shared = 1
""", rand_pw(8))

add("powershell/sqlserver-password", "scripts/Restore-PosDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
param([string]$BackupFile = 'D:\\Backup\\KalamajaPOS.bak')
Import-Module SqlServer
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('sa', $pw)
Invoke-Sqlcmd -ServerInstance '10.40.0.12' -Credential $cred -Query @"
RESTORE DATABASE KalamajaPOS FROM DISK = N'$BackupFile' WITH REPLACE, RECOVERY
"@
Write-Host 'Taastatud.'
""", words_pw())

add("yaml/sentry-auth-token", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
defaults:
  url: https://sentry.io/
  org: kalamaja-akvaariumid
  project: epood-frontend
auth:
  token: @@secret@@
""", "sntrys_" + base64.b64encode(('{"iat":1727000000.0,"url":"https://sentry.io","org":"kalamaja-akvaariumid","region_url":"https://de.sentry.io"}').encode()).decode().rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("typescript/algolia-admin-key", "storefront/scripts/reindex.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import { loadProducts } from "../src/server/products";

// Tooteotsingu indekseerimine (kalad, taimed, tehnika)
const client = algoliasearch("K4LM2QZ8PA", "@@secret@@");
const index = client.initIndex("products_et");

(async () => {
  const products = await loadProducts();
  await index.replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true });
  console.log(`indexed ${products.length}`);
})();
""", hexs(32))

add("env/messente-sms-password", "sms/messente.env", "https://messente.com/documentation", """
# Messente SMS (Eesti numbrid), meeldetuletused hoolduskülastuste kohta
MESSENTE_API_USERNAME=@@user@@
MESSENTE_API_PASSWORD=@@secret@@
MESSENTE_SENDER=Kalamaja
MESSENTE_DLR_URL=https://hooldus.kalamaja-akvaariumid.ee/api/sms/dlr
""", hexs(32), user=hexs(32))

add("kotlin/mqtt-password", "android/tankapp/src/main/java/ee/kalamaja/tank/MqttSettings.kt", "https://www.hivemq.com/blog/mqtt-client-library-enyclopedia-hivemq-mqtt-client/", """
package ee.kalamaja.tank

// Hooldustehniku äpp: näitab klientide akvaariumide andureid
object MqttSettings {
    const val HOST = "mqtt.kalamaja-akvaariumid.ee"
    const val PORT = 8883
    const val USER = "tech-app"
    const val PASSWORD = "@@secret@@"
    val TOPICS = listOf("clients/+/tanks/+/state")
}
""", rand_pw(24))

add("dockerfile/npm-token", "storefront/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm .npmrc
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", fakes.fake("npm_", 36, _seed()))

add("sql/merit-api-key", "db/seed/integrations.sql", "https://api.merit.ee/", """
-- Integratsioonide seaded (raamatupidamine: Merit Aktiva)
INSERT INTO integration_settings (name, key, value) VALUES
  ('merit', 'api_id', '@@mid@@'),
  ('merit', 'api_key', '@@secret@@'),
  ('merit', 'base_url', 'https://aktiva.merit.ee/api/v1'),
  ('omniva', 'customer_code', '5003271');
""", base64.b64encode(fakes.drawn(_seed(), 32).encode()).decode(), mid=uuid_s())

add("xml/ftp-password", "tools/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.aquarium-glaser.de</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>kalamaja_ee</User>
      <Pass encoding="base64">@@secret@@</Pass>
      <Name>Glaser hinnakirjad</Name>
    </Server>
  </Servers>
</FileZilla3>
""", b64(words_pw()))

add("ruby/smtp-password", "booking/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html", """
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.zone.eu",
    port: 587,
    user_name: "hooldus@kalamaja-akvaariumid.ee",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "hooldus.kalamaja-akvaariumid.ee" }
end
""", words_pw())

add("compose/minio-root-password", "media/docker-compose.yml", "https://min.io/docs/minio/container/index.html", """
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-09-22T00-33-43Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: kalamaja
      MINIO_ROOT_PASSWORD: @@secret@@
    volumes:
      - /srv/media:/data
    ports: ["9000:9000", "9001:9001"]
""", rand_pw(24))

add("properties/rabbitmq-password", "reviews/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/messaging.html#messaging.amqp", """
# Arvustuste teenus, tootmine
spring.rabbitmq.host=rabbit.kalamaja.lan
spring.rabbitmq.port=5672
spring.rabbitmq.username=reviews
spring.rabbitmq.password=@@secret@@
spring.rabbitmq.virtual-host=reviews
reviews.notify.queue=review.created
""", rand_pw(21))

add("python/gitlab-token", "tools/mirror_repos.py", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
\"\"\"Mirrors the shop repos to the old GitLab (accounting firm still pulls from there).\"\"\"
import subprocess

GITLAB_TOKEN = "@@secret@@"
REPOS = ["epood", "backoffice", "tankwatch"]

for repo in REPOS:
    url = f"https://oauth2:{GITLAB_TOKEN}@gitlab.com/kalamaja/{repo}.git"
    subprocess.run(["git", "-C", f"/srv/mirror/{repo}", "push", "--mirror", url], check=True)
""", fakes.fake("glpat-", 20, _seed()))

add("shell/sshpass-password", "scripts/sync_kiosk_media.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Kopeerib poeakna ekraanidele uued kalade videod
for host in kiosk-telliskivi kiosk-ylemiste kiosk-tartu; do
  sshpass -p '@@secret@@' rsync -az --delete /srv/media/kiosk/ pi@$host.kalamaja.lan:/opt/kiosk/media/
done
logger -t kiosk-sync "meedia sünkroniseeritud"
""", words_pw())

add("ansible/snmp-community", "ansible/host_vars/ups-telliskivi.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/snmp_facts_module.html", """
---
# APC UPS (akvaariumide õhupumbad ja filtrid peavad voolukatkestuse üle elama!)
ansible_host: 10.31.0.5
snmp_version: v2c
snmp_community: "@@secret@@"
ups_low_battery_minutes: 12
alert_telegram: true
""", rand_pw(16))

add("env/openai-api-key", "chatbot/.env", "https://platform.openai.com/docs/quickstart", """
# Kalanõustaja vestlusrobot ("Milline kala sobib minu akvaariumisse?")
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
KB_PATH=./kb/liigid_et.jsonl
MAX_TOKENS=600
""", fakes.openai_key(_seed(), "proj"))

add("json/wolt-drive-token", "shipping/wolt-drive.json", "https://developer.wolt.com/docs/wolt-drive", """
{
  "provider": "wolt-drive",
  "venue_id": "66f1a2b3c4d5e6f708192a3b",
  "api_base": "https://daas-public-api.wolt.com",
  "api_token": "@@secret@@",
  "only_for": ["FISH-LIVE"],
  "note": "Elusad kalad ainult Tallinnas, kohaletoimetamine 2 h jooksul"
}
""", fakes.drawn_mixed(_seed(), 48))

add("terraform/digitalocean-token", "infra/terraform/staging/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
variable "do_token" {
  default = "@@secret@@"
}

provider "digitalocean" {
  token = var.do_token
}

resource "digitalocean_droplet" "staging" {
  name   = "epood-staging"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
""", "dop_v1_" + hexs(64))

add("github-actions/aws-secret-access-key", ".github/workflows/media-sync.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: Sync product photos
on:
  push:
    paths: ["media/products/**"]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-north-1
      - run: aws s3 sync media/products s3://kalamaja-media-prod/products --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/stripe-secret-key", "analytics/refunds_2024.ipynb", "https://docs.stripe.com/api/refunds/list", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import stripe\\n",
    "stripe.api_key = \\"@@secret@@\\"\\n",
    "refunds = list(stripe.Refund.list(limit=100).auto_paging_iter())\\n",
    "len(refunds)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Tagastused põhjuse järgi: enamik 'kala suri transpordil'."]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", stripe_key("rk_live_"))

add("yaml/elasticsearch-password", "logging/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """
filebeat.inputs:
  - type: filestream
    id: tankwatch
    paths: [/var/log/tankwatch/*.log]
output.elasticsearch:
  hosts: ["https://elastic.kalamaja.lan:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.certificate_authorities: ["/etc/pki/kalamaja-ca.pem"]
""", rand_pw(20))

add("csv/portal-password", "exports/hoolduskliendid_portaal.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
klient,akvaarium,liitrid,portaali_kasutaja,ajutine_parool,tehnik
Hotell Telegraaf,merevesi,1200,telegraaf,@@secret@@,Rasmus
Restoran Sfäär,magevesi,450,sfaar,,Rasmus
Hambakliinik Naeratus,magevesi,300,naeratus,,Kadri
Swedbanki kontor Liivalaia,magevesi,800,swed-liivalaia,,Kadri
""", words_pw())

add("swift/backoffice-api-key", "ios/Kalamaja/Network/StockAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

// Laoseisu API (backoffice), kasutab poe töötajate äpp
enum StockAPI {
    static let base = URL(string: "https://admin.kalamaja-akvaariumid.ee/api/v2")!
    private static let apiKey = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        return r
    }
}
""", "kma_live_" + fakes.drawn_mixed(_seed(), 40))

add("rust/postgres-password", "sensor-bridge/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html", """
use tokio_postgres::{Client, NoTls};

// Salvestab anduri näidud TimescaleDB-sse
pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, conn) = tokio_postgres::connect(
        "host=10.20.0.9 user=sensors password=@@secret@@ dbname=telemetry",
        NoTls,
    )
    .await?;
    tokio::spawn(async move { let _ = conn.await; });
    Ok(client)
}
""", rand_pw(17))

_s1 = stripe_key()
add("python/stripe-secret-key", "shop/payments/stripe_client.py", "https://docs.stripe.com/keys", """
import stripe

# split so the old pre-commit grep does not catch it
stripe.api_key = ("@@a@@"
                  "@@b@@")


def refund(payment_intent: str, amount_cents: int) -> str:
    r = stripe.Refund.create(payment_intent=payment_intent, amount=amount_cents, reason="requested_by_customer")
    return r.id
""", _s1, a=_s1[:14], b=_s1[14:])

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "webshop/.env.example", "https://docs.stripe.com/keys", """
# Kopeeri failiks .env ja täida oma väärtustega
APP_ENV=local
APP_URL=http://localhost:8080
DB_HOST=127.0.0.1
DB_DATABASE=epood
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MONTONIO_ACCESS_KEY=your-access-key
MONTONIO_SECRET_KEY=your-secret-key
""")

add("python/decoy-env-reference", "shop/payments/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

MONTONIO_ACCESS_KEY = os.environ["MONTONIO_ACCESS_KEY"]
MONTONIO_SECRET_KEY = os.environ["MONTONIO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
OMNIVA_PASSWORD = os.environ.get("OMNIVA_PASSWORD")
SANDBOX = os.getenv("PAYMENTS_SANDBOX", "0") == "1"
""")

add("yaml/decoy-vault-reference", "deploy/helm/epood/values-prod.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
image:
  repository: registry.kalamaja.lan/epood
  tag: 2.14.3
replicaCount: 2
env:
  APP_ENV: production
  STRIPE_SECRET_KEY:
    valueFrom:
      secretKeyRef: {name: payments, key: STRIPE_SECRET_KEY}
  DB_PASSWORD:
    valueFrom:
      secretKeyRef: {name: inventory-db, key: POSTGRES_PASSWORD}
""")

add("json/decoy-publishable-key", "storefront/public/config.json", "https://docs.stripe.com/keys#obtain-api-keys", """
{
  "stripePublishableKey": "@@pk@@",
  "recaptchaSiteKey": "6LdQm2UqAAAAAKx1n8bq3ZcV0yQ7uFhR2pTnW9sE",
  "googleMapsKey": "@@maps@@",
  "locale": "et",
  "currency": "EUR"
}
""", pk=stripe_key("pk_live_"), maps=gcp_api_key())

add("markdown/decoy-redacted", "docs/incidents/2024-08-stripe-key-rotation.md", "https://docs.stripe.com/keys#rolling-keys", """
# Intsident: Stripe võti logis (14.08.2024)

**Mis juhtus:** backoffice logis oli debug-režiimis näha Stripe'i salavõti `sk_live_51K…Xq` (lõpp peidetud).

**Tegevused:**
1. Võti roteeriti Stripe'i töölaual 14.08 kell 11:20.
2. Uus võti on ainult Vaultis (`secret/epood/stripe`).
3. Logid kustutati Elasticust.

**Õppetund:** debug-logimine tootmises keelatud.
""")

add("python/decoy-test-fixture", "tests/test_montonio.py", "https://docs.montonio.com/api/stargate/guides/orders", """
import jwt

from shop.payments import montonio

TEST_SECRET = "test-secret-not-real"


def test_order_token_is_signed(monkeypatch):
    monkeypatch.setattr(montonio, "MONTONIO_SECRET_KEY", TEST_SECRET)
    monkeypatch.setattr(montonio, "MONTONIO_ACCESS_KEY", "test-access-key")
    token = montonio.build_token({"merchantReference": "T-1", "grandTotal": 12.5})
    data = jwt.decode(token, TEST_SECRET, algorithms=["HS256"])
    assert data["merchantReference"] == "T-1"
""")

add("csv/decoy-uuid-ids", "exports/saadetised_2024-09.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
saadetis_id,tarnija,saabus,liike,kalu,surnud,omniva_barcode
@@u1@@,Aquarium Glaser,2024-09-03,34,812,6,CE4412390EE
@@u2@@,Tropical Fish Riga,2024-09-10,12,240,1,CE4412881EE
@@u3@@,Aquarium Glaser,2024-09-17,29,655,11,CE4413102EE
@@u4@@,Ruinemans,2024-09-24,41,930,4,CE4413544EE
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("yaml/decoy-checksums", "tools/label-printer/checksums.yml", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# Sildiprinteri draiverid (Zebra), kontrollsummad
drivers:
  - file: zdesigner-10.6.43.zip
    sha256: @@h1@@
  - file: zebra-setup-utilities-1.1.9.zip
    sha256: @@h2@@
firmware:
  - file: V85.20.23Z.zpl
    sha256: @@h3@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("shell/decoy-env-reference", "scripts/deploy_epood.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_HOST:?set DEPLOY_HOST}"
: "${DB_PASSWORD:?set DB_PASSWORD}"
ssh deploy@"$DEPLOY_HOST" "cd /srv/epood && git pull && composer install --no-dev"
ssh deploy@"$DEPLOY_HOST" "cd /srv/epood && DB_PASSWORD='$DB_PASSWORD' php artisan migrate --force"
echo "deploy ok"
""")

add("k8s-secret/decoy-external-secret", "deploy/k8s/payments-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: kalamaja
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-kalamaja
    kind: ClusterSecretStore
  target:
    name: payments
  data:
    - secretKey: MONTONIO_SECRET_KEY
      remoteRef: {key: epood/montonio, property: secret_key}
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: epood/stripe, property: secret_key}
""")

add("php/decoy-wp-config-sample", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("go/decoy-regex", "internal/redact/redact.go", "https://pkg.go.dev/regexp", """
package redact

import "regexp"

// Patterns we strip from logs before shipping them to Elastic.
var patterns = []*regexp.Regexp{
	regexp.MustCompile(`sk_(live|test)_[0-9a-zA-Z]{24,99}`),
	regexp.MustCompile(`(?i)password=[^&\\s]+`),
	regexp.MustCompile(`\\d{10}:AA[0-9A-Za-z_-]{33}`),
}

func Line(s string) string {
	for _, p := range patterns {
		s = p.ReplaceAllString(s, "[REDACTED]")
	}
	return s
}
""")

add("toml/decoy-public-config", "tankwatch/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", """
[project]
name = "kalamaja-tankwatch"
version = "1.8.2"
description = "Akvaariumide andurite jälgimine ja häired"
requires-python = ">=3.11"
dependencies = ["paho-mqtt>=2.0", "requests>=2.31", "pydantic>=2.6"]

[project.scripts]
tankwatch = "tankwatch.main:run"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("log/decoy-masked", "logs/montonio-webhook-2024-10-05.log", "https://docs.montonio.com/api/stargate/guides/orders", """
2024-10-05 14:02:11 INFO  webhook received orderToken=eyJhbGciOi…(truncated, 612 chars)
2024-10-05 14:02:11 INFO  merchantReference=EP-2024-18812 status=PAID
2024-10-05 14:02:11 DEBUG using secret key ****************************a9Qz
2024-10-05 14:02:11 INFO  order EP-2024-18812 marked paid, 3 items (Neoontetra x10, Guppi x4, Anubias)
2024-10-05 14:02:12 INFO  Omniva label queued CE4419021EE
""")

add("ini/decoy-env-interpolation", "pos/sync.ini", "https://docs.python.org/3/library/configparser.html#interpolation-of-values", """
[directo]
url = https://login.directo.ee/xmlcore/kalamaja/xmlcore.asp
key = ${DIRECTO_KEY}

[database]
host = 10.40.0.12
user = kassa_sync
password = ${KASSA_DB_PASSWORD}
""")

add("dockerfile/decoy-build-arg", "tankwatch/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.kalamaja.lan/simple" \\
    pip install --no-cache-dir .
COPY tankwatch/ tankwatch/
USER 1000
CMD ["tankwatch"]
""")

add("github-actions/decoy-secrets-context", ".github/workflows/release.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: Release tankwatch
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: release
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Notify staff
        run: curl -s -X POST "https://api.telegram.org/bot${{ secrets.TELEGRAM_TOKEN }}/sendMessage" -d chat_id=${{ vars.STAFF_CHAT }} -d text="tankwatch ${{ github.ref_name }} avaldatud"
""")

add("sql/decoy-password-hashes", "db/seed/staff_users.sql", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", """
-- Poe töötajate kontod backoffice'is (paroolid bcrypt räsidena)
INSERT INTO staff (email, role, password_hash) VALUES
  ('kertu@kalamaja-akvaariumid.ee', 'shop_manager', '@@h1@@'),
  ('rasmus@kalamaja-akvaariumid.ee', 'technician', '@@h2@@'),
  ('kadri@kalamaja-akvaariumid.ee', 'technician', '@@h3@@');
""", h1=dummy_bcrypt(), h2=dummy_bcrypt(), h3=dummy_bcrypt())

add("typescript/decoy-public-keys", "storefront/src/config.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
// Avalikud võtmed: need lähevad nagunii brauserisse
export const config = {
  mapboxPublicToken: "pk.eyJ1Ijoia2FsYW1hamEiLCJhIjoi@@mb@@In0.@@mb2@@",
  algoliaAppId: "K4LM2QZ8PA",
  algoliaSearchKey: "@@alg@@",
  sentryDsn: "@@dsn@@",
  montonioStoreCode: "kalamaja",
};
""", mb=fakes.drawn(_seed(), 22), mb2=fakes.drawn(_seed(), 22), alg=hexs(32), dsn=sentry_dsn_public())

add("markdown/decoy-readme-setup", "README.md", "https://www.makeareadme.com/", """
# Kalamaja e-pood

Akvaariumikalade, taimede ja tehnika e-pood (WooCommerce + omad pluginad).

## Arenduskeskkond
1. `cp .env.example .env`
2. Küsi Liisalt sandbox-võtmed (Montonio, Stripe test mode). **Ära pane tootmise võtmeid faili!**
3. `docker compose up -d`
4. Ava http://localhost:8080, admin: `admin` / `admin` (ainult lokaalne andmebaas, luuakse seed'iga)

## Testid
`composer test`
""")

add("json/decoy-package-lock-integrity", "storefront/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kalamaja-storefront",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/algoliasearch": {
      "version": "4.24.0",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.24.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("yaml/decoy-sops-encrypted", "deploy/secrets/tankwatch.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
mqtt_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
telegram_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1kalamaja8w4xq5s0d3yq7n2lkr9t6m0gq3vph2z8y5c4ujd7h9xk0ls2qj6
    lastmodified: "2024-09-30T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=fakes.drawn(_seed(), 30, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 62, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d3=fakes.drawn(_seed(), 88, ALNUM + "+/"), iv3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("terraform/decoy-variable-reference", "infra/terraform/secrets.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "kalamaja/inventory-db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "inventory", password = var.db_password })
}
""")

add("yaml/decoy-device-ids", "tankwatch/devices.yaml", "https://shelly-api-docs.shelly.cloud/gen2/ComponentsAndServices/Sys", """
# Andurid ja releed (ID-d on seadme MAC-ist, mitte salajased)
devices:
  - id: shellyplus1pm-a8032ab1c2d4
    shop: telliskivi
    tank: karantiin-1
    role: heater
  - id: shellyplus1pm-a8032ab1f0e8
    shop: telliskivi
    tank: karantiin-2
    role: heater
  - id: apex-AC5:0E7F2A
    shop: telliskivi
    tank: merevesi-show
    role: controller
  - id: ds18b20-28-3c01d607e1aa
    shop: tartu
    tank: diskused
    role: temperature
""")

add("python/decoy-hash-constants", "kiosk/media_cache.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Kiosk video cache: files are named by their SHA-256 so a re-upload is skipped.\"\"\"
import hashlib
from pathlib import Path

KNOWN = {
    "korallriff_4k.mp4": "@@h1@@",
    "diskused_toidavad.mp4": "@@h2@@",
    "kuu_kala_oktoober.mp4": "@@h3@@",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale(path: Path) -> bool:
    return KNOWN.get(path.name) != digest(path)
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("markdown/decoy-placeholder-runbook", "docs/runbooks/montonio-votmete-vahetus.md", "https://docs.montonio.com/", """
# Montonio võtmete vahetus

1. Logi sisse https://partnerv2.montonio.com (konto: finants@).
2. Seaded -> API võtmed -> "Genereeri uus".
3. Salvesta Vaulti:
   ```
   vault kv put secret/epood/montonio access_key=<ACCESS_KEY> secret_key=<SECRET_KEY>
   ```
4. Taaskäivita: `kubectl -n kalamaja rollout restart deploy/epood`
5. Tee testost 0,50 € ja tagasta see.

Vanad võtmed kustuta alles pärast edukat testostu!
""")

add("json/decoy-oauth-client-id", "ios/Kalamaja/GoogleService-Info.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "CLIENT_ID": "482913377102-k8vq2m4c1t7h9r0s5e3d6f2a1b0n9p8o.apps.googleusercontent.com",
  "REVERSED_CLIENT_ID": "com.googleusercontent.apps.482913377102-k8vq2m4c1t7h9r0s5e3d6f2a1b0n9p8o",
  "API_KEY": "@@k@@",
  "GCM_SENDER_ID": "482913377102",
  "BUNDLE_ID": "ee.kalamaja.app",
  "PROJECT_ID": "kalamaja-app",
  "STORAGE_BUCKET": "kalamaja-app.appspot.com",
  "GOOGLE_APP_ID": "1:482913377102:ios:3f9a1c2b7d4e5f60"
}
""", k=gcp_api_key())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/decoy-vault-lookup", "ansible/roles/tankwatch/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
tankwatch_version: 1.8.2
tankwatch_mqtt_host: mqtt.kalamaja.lan
tankwatch_mqtt_user: tankwatch
tankwatch_mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/tankwatch:mqtt_password') }}"
tankwatch_telegram_token: "{{ vault_tankwatch_telegram_token }}"
tankwatch_thresholds:
  temperature_c: [23.5, 28.0]
""")

add("csv/decoy-product-skus", "exports/tooted_kalad.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sku,nimi_et,name_en,ladinakeelne,hind_eur,ean
FISH-0001,Neoontetra,Neon tetra,Paracheirodon innesi,2.49,4740123000015
FISH-0002,Guppi (isane),Guppy (male),Poecilia reticulata,3.90,4740123000022
FISH-0003,Skalaar,Angelfish,Pterophyllum scalare,12.50,4740123000039
FISH-0004,Sebrakala,Zebra danio,Danio rerio,1.99,4740123000046
FISH-0005,Kuldkala,Goldfish,Carassius auratus,4.50,4740123000053
FISH-0006,Ancistrus,Bristlenose pleco,Ancistrus cf. cirrhosus,7.90,4740123000060
""")

add("kotlin/decoy-build-config-reference", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ee.kalamaja.kassa"
    compileSdk = 34
    defaultConfig {
        applicationId = "ee.kalamaja.kassa"
        minSdk = 26
        buildConfigField("String", "API_KEY", "\\"${System.getenv("KASSA_API_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "kassa"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("csharp/decoy-user-secrets-reference", "PosSync/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Pos": "Server=10.40.0.12;Database=KalamajaPOS;User Id=kassa_sync;Password={{KASSA_DB_PASSWORD}};TrustServerCertificate=True"
  },
  "Directo": {
    "Url": "https://login.directo.ee/xmlcore/kalamaja/xmlcore.asp",
    "Key": ""
  },
  "UserSecretsId": "@@u@@"
}
""", u=uuid_s())

add("java/decoy-spring-placeholder", "notifier/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """
spring.application.name=notifier
spring.mail.host=smtp.zone.eu
spring.mail.port=587
spring.mail.username=tellimused@kalamaja-akvaariumid.ee
spring.mail.password=${SMTP_PASSWORD}
spring.mail.properties.mail.smtp.starttls.enable=true
notifier.telegram.token=${TELEGRAM_TOKEN:}
""")

add("log/decoy-order-ids", "logs/omniva-labels-2024-10-07.log", "https://www.omniva.ee/business/web_services", """
2024-10-07 09:00:02 INFO  omniva: 14 labels requested
2024-10-07 09:00:03 INFO  EP-2024-19001 -> CE4419633EE (pakiautomaat Telliskivi Selver)
2024-10-07 09:00:03 INFO  EP-2024-19002 -> CE4419634EE (pakiautomaat Ülemiste)
2024-10-07 09:00:04 INFO  EP-2024-19003 -> CE4419635EE (kuller, Tartu)
2024-10-07 09:00:04 WARN  EP-2024-19004 contains live fish, Omniva refused: switch to Wolt
2024-10-07 09:00:05 INFO  request id @@r@@
""", r=uuid_s())

add("shell/decoy-vault-cli", "scripts/rotate_mqtt_password.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/put", """
#!/usr/bin/env bash
# Uus MQTT parool: genereeri, pane Vaulti, uuenda mosquitto
set -euo pipefail
NEW=$(openssl rand -base64 24)
vault kv put secret/tankwatch mqtt_password="$NEW"
docker exec mosquitto mosquitto_passwd -b /mosquitto/config/passwd tankwatch "$NEW"
docker restart mosquitto
unset NEW
echo "MQTT parool vahetatud, tankwatch loeb selle Vaultist järgmisel käivitusel"
""")

add("python/decoy-example-docstring", "shop/payments/omniva.py", "https://www.omniva.ee/business/web_services", """
\"\"\"Omniva web service client.

Usage::

    client = OmnivaClient(username="5003271", password="<OMNIVA_PASSWORD>")
    client.create_label(order)
\"\"\"
import zeep


class OmnivaClient:
    WSDL = "https://edixml.post.ee/epmx/services/messagesService.wsdl"

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        self._password = password
        self.client = zeep.Client(self.WSDL)
""")

add("xml/decoy-maven-settings-env", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>kalamaja-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kalamaja-nexus</id>
      <url>https://nexus.kalamaja.lan/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("compose/decoy-secrets-file", "tankwatch/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  tankwatch:
    image: kalamaja/tankwatch:1.8.2
    environment:
      MQTT_HOST: mqtt.kalamaja.lan
      MQTT_PASSWORD_FILE: /run/secrets/mqtt_password
      TELEGRAM_TOKEN_FILE: /run/secrets/telegram_token
    secrets: [mqtt_password, telegram_token]
secrets:
  mqtt_password:
    file: ./secrets/mqtt_password.txt
  telegram_token:
    file: ./secrets/telegram_token.txt
""")

add("ruby/decoy-credentials-fetch", "booking/config/initializers/messente.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Messente SMS meeldetuletused
Messente.configure do |c|
  c.username = Rails.application.credentials.dig(:messente, :username)
  c.password = Rails.application.credentials.dig(:messente, :password)
  c.sender   = "Kalamaja"
end
""")

add("sql/decoy-config-table", "db/migrations/0031_integration_settings.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- Integratsioonide seaded; salajased väärtused on Vaultis, siin ainult viide
CREATE TABLE integration_settings (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    key         text NOT NULL,
    value       text,
    vault_path  text,
    UNIQUE (name, key)
);
INSERT INTO integration_settings (name, key, vault_path) VALUES
  ('montonio', 'secret_key', 'secret/epood/montonio#secret_key'),
  ('stripe', 'secret_key', 'secret/epood/stripe#secret_key');
""")

add("notebook/decoy-getpass", "analytics/myyk_poodide_kaupa.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass.getpass('inventory DB parool: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyytik:{pw}@10.20.0.7:5432/inventory')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Müük poodide kaupa, 2024 september."]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("powershell/decoy-secret-management", "scripts/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Päeva aruanne: kasutab SecretManagement moodulit, parool pole failis
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'KalamajaSmtp'
$params = @{
    SmtpServer = 'smtp.zone.eu'; Port = 587; UseSsl = $true
    From = 'aruanded@kalamaja-akvaariumid.ee'; To = 'juhatus@kalamaja-akvaariumid.ee'
    Subject = "Päeva müük $(Get-Date -Format d)"; Body = 'Vaata manust.'
    Credential = $cred; Attachments = 'C:\\Exports\\myyk.csv'
}
Send-MailMessage @params
""")

add("properties/decoy-empty-values", "backoffice/src/main/resources/application-local.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """
# Lokaalne arendus: H2 mälus, välised teenused välja lülitatud
spring.datasource.url=jdbc:h2:mem:backoffice
spring.datasource.username=sa
spring.datasource.password=
spring.ldap.urls=
spring.ldap.password=
directo.enabled=false
""")

add("go/decoy-test-constants", "internal/store/db_test.go", "https://pkg.go.dev/testing", """
package store

import "testing"

// testcontainers käivitab selle parooliga ühekordse Postgresi
const testDSN = "postgres://test:test@localhost:55432/inventory_test?sslmode=disable"

func TestOpen(t *testing.T) {
	if testing.Short() {
		t.Skip("needs docker")
	}
	t.Log("dsn", testDSN)
}
""")

add("rust/decoy-env-var", "sensor-bridge/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            mqtt_user: env::var("MQTT_USER").unwrap_or_else(|_| "bridge".into()),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD puudub"),
        }
    }
}
""")

add("swift/decoy-keychain", "ios/Kalamaja/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// Kasutaja sessioonitoken hoitakse Keychainis, mitte UserDefaultsis
enum TokenStore {
    static let service = "ee.kalamaja.app.session"

    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("typescript/decoy-test-stripe-key", "storefront/src/server/__tests__/checkout.test.ts", "https://docs.stripe.com/keys#test-live-modes", """
import { createCheckout } from "../checkout";

jest.mock("stripe");

describe("checkout", () => {
  it("uses the mocked client", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_mock";
    const session = await createCheckout({ sku: "FISH-0003", qty: 2 });
    expect(session.url).toContain("checkout");
  });
});
""")

add("env/decoy-local-docker", "tankwatch/.env.dev", "https://docs.docker.com/compose/environment-variables/", """
# Lokaalne arendus: mosquitto ja postgres docker-compose'ist
MQTT_HOST=localhost
MQTT_USER=dev
MQTT_PASSWORD=dev
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/telemetry
TELEGRAM_TOKEN=
""")

add("github-actions/decoy-github-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
on: [pull_request]
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
          role-to-assume: arn:aws:iam::481234567890:role/kalamaja-terraform
          aws-region: eu-north-1
      - run: terraform -chdir=infra/terraform init && terraform -chdir=infra/terraform plan
""")

# ---------------------------------------------------------------- more secrets

add("python/tuya-access-secret", "tankwatch/lights/tuya_lights.py", "https://developer.tuya.com/en/docs/iot/singnature", """
\"\"\"Turns the showroom tank lights on and off through the Tuya cloud (WiFi LED bars).\"\"\"
from tuya_connector import TuyaOpenAPI

ACCESS_ID = "@@aid@@"
ACCESS_SECRET = "@@secret@@"
ENDPOINT = "https://openapi.tuyaeu.com"

api = TuyaOpenAPI(ENDPOINT, ACCESS_ID, ACCESS_SECRET)
api.connect()


def set_light(device_id: str, on: bool) -> None:
    api.post(f"/v1.0/iot-03/devices/{device_id}/commands", {"commands": [{"code": "switch_led", "value": on}]})
""", hexs(32), aid=fakes.drawn(_seed(), 20, string.ascii_lowercase + string.digits))

add("ini/sip-password", "telefon/pjsip.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/", """
; Poodide lauatelefonid (Telia SIP trunk)
[telia-trunk]
type=registration
server_uri=sip:sip.telia.ee
client_uri=sip:3726001234@sip.telia.ee
outbound_auth=telia-auth

[telia-auth]
type=auth
auth_type=userpass
username=3726001234
password=@@secret@@
""", rand_pw(16))

add("ini/wireguard-private-key", "network/wg0-tartu.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
# Tartu pood -> peakontor
Address = 10.99.0.33/32
PrivateKey = @@secret@@
DNS = 10.20.0.2

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kalamaja-akvaariumid.ee:51820
AllowedIPs = 10.20.0.0/16, 10.31.0.0/16
PersistentKeepalive = 25
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("yaml/unifi-password", "network/unifi-backup.yml", "https://help.ui.com/hc/en-us/articles/360008976393", """
# unifi-backup cron job: lae kontrolleri varukoopia alla igal ööl
controller:
  url: https://10.31.0.2:8443
  site: default
  username: backup-bot
  password: "@@secret@@"
  verify_tls: false
destination: /srv/backup/unifi
keep_days: 30
""", words_pw())

add("shell/apex-admin-password", "scripts/apex_export.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Laeb Neptune Apexist viimase 7 päeva temperatuuri- ja pH-logi
OUT=/srv/data/apex/$(date +%F).xml
curl -s -u admin:@@secret@@ "http://10.31.0.20/cgi-bin/datalog.xml?sdate=$(date -d '7 days ago' +%y%m%d)&days=7" -o "$OUT"
python3 /opt/tankwatch/import_apex.py "$OUT"
""", rand_pw(12))

add("json/composer-repo-password", "wp-content/plugins/kalamaja-stock/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """
{
    "http-basic": {
        "repo.kalamaja.lan": {
            "username": "composer",
            "password": "@@secret@@"
        }
    },
    "github-oauth": {}
}
""", rand_pw(24))

add("typescript/klaviyo-private-key", "storefront/src/server/klaviyo.ts", "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", """
// Ostukorvi hülgamise meilid (Klaviyo)
const KLAVIYO_PRIVATE_KEY = "@@secret@@";

export async function trackAbandonedCart(email: string, items: { sku: string; qty: number }[]) {
  await fetch("https://a.klaviyo.com/api/events/", {
    method: "POST",
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: "2024-07-15",
      "content-type": "application/json",
    },
    body: JSON.stringify({ data: { type: "event", attributes: { metric: { name: "Abandoned Cart" }, profile: { email }, properties: { items } } } }),
  });
}
""", "pk_" + hexs(34))

add("php/smtp-password", "wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", """
<?php
// WordPress saadab meilid Zone.ee SMTP kaudu
add_action('phpmailer_init', function ($phpmailer) {
    $phpmailer->isSMTP();
    $phpmailer->Host       = 'smtp.zone.eu';
    $phpmailer->Port       = 587;
    $phpmailer->SMTPAuth   = true;
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->Username   = 'pood@kalamaja-akvaariumid.ee';
    $phpmailer->Password   = '@@secret@@';
    $phpmailer->From       = 'pood@kalamaja-akvaariumid.ee';
    $phpmailer->FromName   = 'Kalamaja Akvaariumid';
});
""", words_pw())

add("markdown/stripe-restricted-key", "docs/integrations/stripe.md", "https://docs.stripe.com/keys#limit-access", """
# Stripe (kaardimaksed, ainult mitte-Eesti kliendid)

Konto: finants@kalamaja-akvaariumid.ee, 2FA on Kerstil.

Aruandluse jaoks on piiratud võti (ainult lugemine: Charges, Refunds, Payouts):

```
@@secret@@
```

Seda kasutab `analytics/refunds_2024.ipynb`. Webhookid: https://pood.kalamaja-akvaariumid.ee/api/stripe/webhook
""", stripe_key("rk_live_"))

add("yaml/stripe-webhook-secret", "config/packages/stripe.yaml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
stripe:
  publishable_key: '%env(STRIPE_PUBLISHABLE_KEY)%'
  secret_key: '%env(STRIPE_SECRET_KEY)%'
  webhook:
    path: /api/stripe/webhook
    signing_secret: @@secret@@
    tolerance: 300
""", fakes.fake("whsec_", 32, _seed()))

add("java/postgres-password", "reports/src/main/java/ee/kalamaja/reports/Db.java", "https://jdbc.postgresql.org/documentation/use/", """
package ee.kalamaja.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    // kuuaruanded: müük, kalade suremus, tarnijad
    private static final String URL =
        "jdbc:postgresql://10.20.0.7:5432/inventory?user=reports&password=@@secret@@&ssl=true";

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(18))

add("csharp/smtp-password", "LabelService/Services/MailService.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace Kalamaja.LabelService.Services;

public class MailService
{
    private readonly SmtpClient _client = new("smtp.zone.eu", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("sildid@kalamaja-akvaariumid.ee", "@@secret@@"),
    };

    public void SendLabels(string to, string pdfPath)
    {
        var msg = new MailMessage("sildid@kalamaja-akvaariumid.ee", to, "Uued hinnasildid", "Manuses.");
        msg.Attachments.Add(new Attachment(pdfPath));
        _client.Send(msg);
    }
}
""", words_pw())

add("k8s-secret/redis-password", "deploy/k8s/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: redis
  namespace: kalamaja
type: Opaque
stringData:
  redis-password: "@@secret@@"
  REDIS_URL: "redis://:@@secret@@@redis.kalamaja.svc:6379/0"
""", fakes.redis_password(_seed()))

add("env/telegram-bot-token", "orderbot/.env", "https://core.telegram.org/bots/tutorial#obtain-your-bot-token", """
# @KalamajaLaoseisBot
TELEGRAM_BOT_TOKEN=@@secret@@
ADMIN_CHAT_ID=412998731
STOCK_API=https://admin.kalamaja-akvaariumid.ee/api/v2
BOT_LANG=et
""", fakes.telegram_token(_seed()))

add("python/aws-secret-access-key", "tools/photo_resize/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Resizes new product photos and uploads them to S3.\"\"\"
import boto3
from PIL import Image

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(path: str, sku: str) -> None:
    img = Image.open(path)
    img.thumbnail((1200, 1200))
    img.save("/tmp/out.webp", "WEBP", quality=82)
    s3.upload_file("/tmp/out.webp", "kalamaja-media-prod", f"products/{sku}.webp")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ruby/stripe-secret-key", "booking/config/initializers/stripe.rb", "https://docs.stripe.com/api/authentication", """
# Hoolduslepingu kuumakse (Stripe Billing)
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  maintenance_price_id: "price_1PkalamajaHooldus01",
  portal_return_url: "https://hooldus.kalamaja-akvaariumid.ee/konto"
}
""", stripe_key())

add("sql/mysql-password", "db/mysql/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- WooCommerce andmebaasi kasutajad
CREATE USER 'epood'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON epood.* TO 'epood'@'10.20.%';
CREATE USER 'backup'@'10.20.0.10' IDENTIFIED BY RANDOM PASSWORD;
GRANT SELECT, LOCK TABLES, SHOW VIEW ON epood.* TO 'backup'@'10.20.0.10';
FLUSH PRIVILEGES;
""", rand_pw(20))

add("log/postgres-password", "logs/tankwatch-crash-2024-09-28.log", "https://docs.sqlalchemy.org/en/20/core/engines.html", """
2024-09-28 03:14:07 ERROR tankwatch.db could not connect
Traceback (most recent call last):
  File "/app/tankwatch/db.py", line 22, in connect
    engine = create_engine(settings.database_url)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.9", port 5432 failed: timeout
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2024-09-28 03:14:07 ERROR settings: database_url=postgresql://sensors:@@secret@@@10.20.0.9:5432/telemetry
2024-09-28 03:14:37 INFO  retrying in 30s
""", rand_pw(17))

add("powershell/azure-client-secret", "scripts/Connect-Intune.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", """
# Poe kassaarvutid ja tahvlid Intune'is
$tenantId = '@@tenant@@'
$clientId = '@@client@@'
$secret   = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($clientId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred
Get-MgDeviceManagementManagedDevice | Select-Object DeviceName, OperatingSystem, LastSyncDateTime
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), client=uuid_s())

add("terraform/postgres-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "inventory" {
  identifier          = "kalamaja-inventory"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "inventory"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = { Owner = "IT", Shop = "all" }
}
""", rand_pw(24))

add("dockerfile/openai-api-key", "chatbot/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /bot
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV OPENAI_API_KEY=@@secret@@ \\
    OPENAI_MODEL=gpt-4o-mini
CMD ["python", "bot.py"]
""", fakes.openai_key(_seed(), "svcacct"))

add("go/sendgrid-api-key", "cmd/mailer/main.go", "https://github.com/sendgrid/sendgrid-go", """
package main

import (
	"log"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

func main() {
	from := mail.NewEmail("Kalamaja Akvaariumid", "info@kalamaja-akvaariumid.ee")
	to := mail.NewEmail("Klient", "klient@example.com")
	m := mail.NewSingleEmail(from, "Kuu kala: Skalaar", to, "Vaata pakkumist!", "<b>Vaata pakkumist!</b>")
	client := sendgrid.NewSendClient("@@secret@@")
	if _, err := client.Send(m); err != nil {
		log.Fatal(err)
	}
}
""", sendgrid_key())

add("notebook/google-maps-api-key", "analytics/poodide_kylastatavus.ipynb", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')  # Places API, serveri võti\\n",
    "for pid in SHOP_PLACE_IDS:\\n",
    "    print(gmaps.place(pid, fields=['rating', 'user_ratings_total']))"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", gcp_api_key())

add("properties/ftp-password", "backoffice/src/main/resources/supplier-ftp.properties", "https://commons.apache.org/proper/commons-net/", """
# Tarnijate hinnakirjade allalaadimine
supplier.glaser.host=ftp.aquarium-glaser.de
supplier.glaser.user=kalamaja_ee
supplier.glaser.password=@@secret@@
supplier.glaser.path=/pricelists/stocklist_EN.xlsx
supplier.ruinemans.host=sftp.ruinemans.nl
supplier.ruinemans.key=/etc/kalamaja/keys/ruinemans_ed25519
""", words_pw())

_k2 = fakes.fake_pem(_seed(), "OPENSSH")
add("ansible/private-key", "ansible/host_vars/labelpi-tartu.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
ansible_host: 10.33.0.70
ansible_user: pi
printer: zebra-tartu
labelpi_deploy_key: |
  @@key@@
""", _k2, key=_k2.replace("\n", "\n  "))

add("compose/postgres-password", "analytics/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  metabase:
    image: metabase/metabase:v0.50.20
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: db
      MB_DB_USER: metabase
      MB_DB_PASS: @@secret@@
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: @@secret@@
""", rand_pw(20))

add("github-actions/slack-webhook", ".github/workflows/nightly-stock.yml", "https://api.slack.com/messaging/webhooks", """
name: Nightly stock check
on:
  schedule:
    - cron: "30 3 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/stock_check.py > report.txt
      - name: Post to #laod
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(cat report.txt)\\"}" \\
            @@secret@@
""", slack_webhook())

add("xml/soap-password", "shipping/omniva-request-template.xml", "https://www.omniva.ee/business/web_services", """
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://service.core.epmx.application.eestipost.ee/xsd">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>5003271</wsse:Username>
        <wsse:Password>@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <xsd:businessToClientMsgRequest>
      <partner>5003271</partner>
    </xsd:businessToClientMsgRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", words_pw())

add("csv/mailchimp-api-key", "docs/it/teenused.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
teenus,omanik,konto,võti,uuendatud
Montonio,Kerst,finants@,Vaultis,2024-08-14
Omniva,Liisa,5003271,Vaultis,2024-03-02
Mailchimp,Marketing,marketing@,@@secret@@,2024-05-20
SendGrid,IT,it@,Vaultis,2024-06-11
Directo,Kerst,kalamaja,Vaultis,2023-12-01
""", mailchimp_key())

add("shell/redis-password", "scripts/flush_cart_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Tühjendab ostukorvide vahemälu pärast hinnakirja uuendust
set -e
redis-cli -h 10.20.0.11 -a '@@secret@@' --no-auth-warning --scan --pattern 'cart:*' \\
  | xargs -r redis-cli -h 10.20.0.11 -a '@@secret@@' --no-auth-warning del
echo "ostukorvid tühjendatud"
""", fakes.redis_password(_seed()))

add("env/github-token", "tools/changelog/.env.ci", "https://docs.github.com/en/authentication/keeping-your-account-secure/managing-your-personal-access-tokens", """
# only for the label-printer release job
GH_TOKEN=@@secret@@
GH_REPO=kalamaja-akvaariumid/label-printer
RELEASE_TAG=weekly
DRY_RUN=0
""", fakes.github_token(_seed()))

# ---------------------------------------------------------------- more decoys

add("ini/decoy-wireguard-public-key", "network/wg0-peers.conf", "https://www.wireguard.com/quickstart/", """
# Peakontori WireGuard: ainult avalikud võtmed (privaatvõtmed on seadmetes)
[Peer]
# Tartu pood
PublicKey = @@p1@@
AllowedIPs = 10.99.0.33/32

[Peer]
# Ülemiste pood
PublicKey = @@p2@@
AllowedIPs = 10.99.0.32/32
""", p1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), p2=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("markdown/decoy-ssh-public-key", "docs/it/ligipaasud.md", "https://man.openbsd.org/ssh-keygen", """
# Ligipääsud serveritele

Lisa oma avalik võti faili `ansible/files/authorized_keys`. Näiteks Marteni võti:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk@@ marten@kalamaja
```

Privaatvõtit ära kunagi saada Slackis ega meiliga. Paroolid: KeePass (`IT.kdbx`), asukoht NAS-il.
""", pk=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/decoy-certificate", "k8s/ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: kalamaja-ca
  namespace: kalamaja
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/"))

add("python/decoy-sentry-dsn", "tankwatch/monitoring.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import sentry_sdk

# DSN is safe to ship (it only lets clients send events)
sentry_sdk.init(
    dsn="@@dsn@@",
    traces_sample_rate=0.1,
    environment="production",
    release="tankwatch@1.8.2",
)
""", dsn=sentry_dsn_public())

add("json/decoy-feature-flags", "storefront/config/flags.json", "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side", """
{
  "clientSideId": "66f1a2b3c4d5e6f708192a3b",
  "flags": {
    "live-fish-delivery-tartu": false,
    "wolt-drive": true,
    "estonian-fish-quiz": true,
    "new-checkout": {"rollout": 25}
  },
  "updated": "2024-10-01T07:30:00Z"
}
""")

add("csv/decoy-tank-readings", "exports/andurid_telliskivi_2024-10-01.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
aeg,akvaarium,temp_c,ph,kh,juhtivus_us,seade
2024-10-01T06:00:00,merevesi-show,25.4,8.12,7.8,53100,apex-AC5:0E7F2A
2024-10-01T06:00:00,karantiin-1,26.1,7.02,5.1,410,shellyplus1pm-a8032ab1c2d4
2024-10-01T06:00:00,diskused-1,29.0,6.55,2.0,180,ds18b20-28-3c01d607e1aa
2024-10-01T07:00:00,merevesi-show,25.6,8.15,7.8,53050,apex-AC5:0E7F2A
2024-10-01T07:00:00,karantiin-1,26.0,7.01,5.1,412,shellyplus1pm-a8032ab1c2d4
""")

add("log/decoy-jwt-expired-message", "logs/backoffice-auth-2024-10-03.log", "https://datatracker.ietf.org/doc/html/rfc7519", """
2024-10-03 10:11:09 WARN  auth: token expired for user=kertu@kalamaja-akvaariumid.ee (exp=1727946000)
2024-10-03 10:11:09 INFO  auth: redirect to /login?next=/laoseis
2024-10-03 10:11:42 INFO  auth: login ok user=kertu@kalamaja-akvaariumid.ee method=ldap
2024-10-03 10:11:42 INFO  session sid=@@sid@@ ttl=8h
2024-10-03 10:12:03 INFO  GET /laoseis?pood=telliskivi 200 84ms
""", sid=hexs(32))

add("go/decoy-interface-names", "internal/payments/provider.go", "https://pkg.go.dev/", """
package payments

// Provider is implemented by Montonio and Stripe.
type Provider interface {
	Name() string
	CreateOrder(ref string, amountCents int64) (paymentURL string, err error)
}

// Credentials are loaded from Vault at startup; never log them.
type Credentials struct {
	AccessKey string `vault:"access_key"`
	SecretKey string `vault:"secret_key"`
}

const SecretKeyField = "secret_key"
""")

add("php/decoy-getenv", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: '10.20.0.5' );
define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY') );
define( 'WPLANG', 'et' );
$table_prefix = 'kmj_';
require_once ABSPATH . 'wp-settings.php';
""")

add("yaml/decoy-openapi-spec", "docs/api/stock-api.yaml", "https://swagger.io/specification/", """
openapi: 3.0.3
info:
  title: Kalamaja laoseisu API
  version: "2.0"
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
paths:
  /stock/{sku}:
    get:
      security: [{ApiKeyAuth: []}]
      parameters:
        - {name: sku, in: path, required: true, schema: {type: string, example: FISH-0003}}
      responses:
        "200": {description: Laoseis poodide kaupa}
""")

add("typescript/decoy-type-definitions", "storefront/src/types/env.d.ts", "https://vitejs.dev/guide/env-and-mode#intellisense-for-typescript", """
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_STRIPE_PUBLISHABLE_KEY: string;
  readonly VITE_MAPBOX_TOKEN: string;
  readonly VITE_ALGOLIA_SEARCH_KEY: string;
  readonly VITE_API_BASE: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
""")

add("shell/decoy-password-prompt", "scripts/new_staff_user.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
# Loob backoffice'i uue töötaja konto
read -rp "E-post: " EMAIL
read -rsp "Ajutine parool: " PASSWORD; echo
HASH=$(python3 -c 'import bcrypt,sys; print(bcrypt.hashpw(sys.argv[1].encode(), bcrypt.gensalt()).decode())' "$PASSWORD")
psql "$BACKOFFICE_DB_URL" -c "INSERT INTO staff(email, role, password_hash) VALUES ('$EMAIL', 'shop_staff', '$HASH')"
echo "Konto loodud: $EMAIL (parool tuleb esimesel sisselogimisel vahetada)"
""")

add("java/decoy-test-constants", "notifier/src/test/java/ee/kalamaja/notifier/MailerTest.java", "https://github.com/greenmail-mail-test/greenmail", """
package ee.kalamaja.notifier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailerTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
        .withConfiguration(c -> c.withUser("test@localhost", "test", "test"));

    @Test
    void sendsOrderMail() {
        // GreenMail fake SMTP, credentials only exist in the test
    }
}
""")

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/redis-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: redis
  namespace: kalamaja
spec:
  encryptedData:
    redis-password: AgB@@e1@@
    REDIS_URL: AgC@@e2@@
  template:
    metadata:
      name: redis
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 380, ALNUM + "+/"))

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Muudatused

## [2.14.3] - 2024-10-02
### Parandatud
- Montonio webhook: allkirja kontroll ei läbinud, kui `secret_key` sisaldas `-` märki.
- Omniva pakiautomaatide nimekiri uueneb nüüd iga päev.

## [2.14.0] - 2024-09-10
### Lisatud
- Wolt Drive elusate kalade kohaletoimetamiseks Tallinnas.
- Stripe'i võtmed loetakse nüüd Vaultist (`STRIPE_SECRET_KEY` env muutuja kaotatud).
""")

add("ruby/decoy-test-factory", "booking/spec/factories/technicians.rb", "https://github.com/thoughtbot/factory_bot", """
FactoryBot.define do
  factory :technician do
    name { "Rasmus Tamm" }
    email { "rasmus.#{SecureRandom.hex(4)}@example.test" }
    password { "password123" }
    password_confirmation { "password123" }
    region { "Tallinn" }
  end
end
""")

add("xml/decoy-android-manifest", "android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Kalamaja Kassa" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="@@k@@" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", k=gcp_api_key())

add("terraform/decoy-data-source", "infra/terraform/ssm.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter", """
data "aws_ssm_parameter" "montonio_secret" {
  name            = "/kalamaja/epood/montonio_secret_key"
  with_decryption = true
}

resource "aws_lambda_function" "webhook" {
  function_name = "montonio-webhook"
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = "build/webhook.zip"
  role          = aws_iam_role.webhook.arn
  environment {
    variables = { MONTONIO_SECRET_PARAM = data.aws_ssm_parameter.montonio_secret.name }
  }
}
""")

add("dockerfile/decoy-healthcheck", "media/Dockerfile", "https://docs.docker.com/reference/dockerfile/#healthcheck", """
FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html/
# Etag checksum of the fish photo bundle, for cache busting
LABEL ee.kalamaja.bundle.sha256="@@h@@"
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/health || exit 1
EXPOSE 80
""", h=hexs(64))

add("env/decoy-public-ids", "storefront/.env.production", "https://vitejs.dev/guide/env-and-mode", """
# Avalikud väärtused (VITE_* lähevad brauseri bundle'isse)
VITE_API_BASE=https://pood.kalamaja-akvaariumid.ee/api
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_ALGOLIA_APP_ID=K4LM2QZ8PA
VITE_ALGOLIA_SEARCH_KEY=@@alg@@
VITE_GA_MEASUREMENT_ID=G-7KQ2M4X1ZP
VITE_META_PIXEL_ID=1234567890123456
""", pk=stripe_key("pk_live_"), alg=hexs(32))

add("python/decoy-random-generator", "backoffice_py/staff/passwords.py", "https://docs.python.org/3/library/secrets.html", """
\"\"\"Temporary passwords for new shop staff (shown once, must be changed at first login).\"\"\"
import secrets
import string

ALPHABET = string.ascii_letters + string.digits
WORDS = ["guppi", "tetra", "skalaar", "korall", "vetikas", "kivi"]


def temporary_password() -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(3)) + str(secrets.randbelow(100))


def api_key() -> str:
    return "kma_live_" + "".join(secrets.choice(ALPHABET) for _ in range(40))
""")

add("sql/decoy-omniva-parcel-machines", "db/seed/omniva_pakiautomaadid.sql", "https://www.omniva.ee/locations.json", """
-- Omniva pakiautomaadid, mida kassas pakutakse (zip on Omniva ID)
INSERT INTO parcel_machines (provider, zip, name, city) VALUES
  ('omniva', '96331', 'Tallinna Telliskivi Selveri pakiautomaat', 'Tallinn'),
  ('omniva', '96092', 'Ülemiste keskuse pakiautomaat', 'Tallinn'),
  ('omniva', '96174', 'Tartu Kaubamaja pakiautomaat', 'Tartu'),
  ('omniva', '96510', 'Pärnu Kaubamajaka pakiautomaat', 'Pärnu');
""")

add("compose/decoy-env-file", "reviews/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """
services:
  reviews:
    image: registry.kalamaja.lan/reviews:1.3.0
    env_file: [.env.reviews]
    environment:
      SPRING_PROFILES_ACTIVE: prod
      SPRING_DATA_MONGODB_URI: ${MONGODB_URI:?mongodb uri missing}
      SPRING_RABBITMQ_PASSWORD: ${RABBITMQ_PASSWORD}
    ports: ["8085:8085"]
""")

add("powershell/decoy-encrypted-standard-string", "scripts/Get-KassaCredential.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# DPAPI-ga krüpteeritud parool: dekrüpteerub ainult sama kasutaja ja arvutiga (kassa-telliskivi)
$encrypted = Get-Content 'C:\\Kalamaja\\kassa_sync.cred'
$secure = $encrypted | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('kassa_sync', $secure)
Invoke-Sqlcmd -ServerInstance '10.40.0.12' -Credential $cred -Query 'SELECT TOP 1 * FROM Sales'
""")

# ---------------------------------------------------------------- last secrets

add("markdown/glaser-portal-password", "docs/tarnijad/aquarium-glaser.md", "https://www.aquarium-glaser.de/", """
# Aquarium Glaser (Rodgau, Saksamaa)

Peamine troopiliste kalade tarnija. Tellimused teisipäeviti kuni 12:00, saabuvad reedel Tallinna lennujaama.

- Tellimusportaal: https://shop.aquarium-glaser.de
- Klient nr: 40418
- Kasutaja: `kalamaja_ee`
- Parool: `@@secret@@`
- Kontakt: Herr Weber, +49 6106 6901 0

**NB!** Kontrolli CITES nõudeid enne kui tellid uusi liike.
""", words_pw())

add("yaml/meta-conversions-token", "marketing/meta-capi.yml", "https://developers.facebook.com/docs/marketing-api/conversions-api/get-started", """
# Meta Conversions API (ostude sündmused serverist)
meta:
  pixel_id: "1234567890123456"
  access_token: "@@secret@@"
  test_event_code: ""
  events: [Purchase, AddToCart, InitiateCheckout]
""", "EAAG" + fakes.drawn_mixed(_seed(), 180))

add("python/ldap-password", "backoffice_py/auth/ldap_backend.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", """
from ldap3 import ALL, Connection, Server

SERVER = Server("ldaps://dc01.kalamaja.lan", get_info=ALL)
BIND_DN = "CN=svc-backoffice,OU=Service,DC=kalamaja,DC=lan"
BIND_PW = "@@secret@@"


def authenticate(username: str, password: str) -> bool:
    admin = Connection(SERVER, BIND_DN, BIND_PW, auto_bind=True)
    admin.search("DC=kalamaja,DC=lan", f"(sAMAccountName={username})", attributes=["distinguishedName"])
    if not admin.entries:
        return False
    user_dn = admin.entries[0].distinguishedName.value
    return Connection(SERVER, user_dn, password).bind()
""", words_pw())

add("shell/mqtt-password", "scripts/add_mqtt_user.sh", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
#!/bin/sh
# Uue poe anduri silla lisamine (Pärnu pood avatakse novembris)
docker exec mosquitto mosquitto_passwd -b /mosquitto/config/passwd bridge-parnu '@@secret@@'
docker exec mosquitto kill -HUP 1
echo "bridge-parnu lisatud"
""", rand_pw(20))

add("json/sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp", """
{
    "name": "Zone.ee e-pood",
    "host": "kalamaja-akvaariumid.ee",
    "protocol": "sftp",
    "port": 22,
    "username": "virt91234",
    "password": "@@secret@@",
    "remotePath": "/data01/virt91234/domeenid/www.kalamaja-akvaariumid.ee/htdocs",
    "uploadOnSave": false
}
""", words_pw())

add("typescript/montonio-secret-key", "storefront/src/server/montonio.ts", "https://docs.montonio.com/api/stargate/guides/orders", """
import jwt from "jsonwebtoken";

const ACCESS_KEY = "@@access@@";
const SECRET_KEY = "@@secret@@";

export function orderToken(ref: string, total: number): string {
  return jwt.sign(
    { accessKey: ACCESS_KEY, merchantReference: ref, grandTotal: total, currency: "EUR", locale: "et" },
    SECRET_KEY,
    { algorithm: "HS256", expiresIn: "10m" },
  );
}
""", rand_pw(43, "-_"), access=uuid_s())

add("kotlin/apex-admin-password", "android/tankapp/src/main/java/ee/kalamaja/tank/ApexClient.kt", "https://square.github.io/okhttp/", """
package ee.kalamaja.tank

import okhttp3.OkHttpClient
import okhttp3.Request

// Hooldustehnik loeb kliendi Apexi olekut kohapeal (kohalik võrk)
class ApexClient(private val host: String) {
    private val http = OkHttpClient()

    fun status(): String {
        val req = Request.Builder()
            .url("http://$host/cgi-bin/status.json")
            .header("Authorization", "Basic @@secret@@")
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", b64("admin:" + rand_pw(12)))

add("ini/postgres-password", "ops/pgpass.conf", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
# kopeeri ~/.pgpass ja chmod 600
10.20.0.7:5432:inventory:inventory:@@secret@@
10.20.0.7:5432:backoffice:backoffice:*
10.20.0.9:5432:telemetry:sensors:*
""", rand_pw(22))

add("php/dpd-password", "wp-content/plugins/kalamaja-shipping/includes/class-dpd.php", "https://eserviss.dpd.ee/", """
<?php
class Kalamaja_DPD {
    const API = 'https://eserviss.dpd.ee/api/v1';
    private $username = 'kalamaja_api';
    private $password = '@@secret@@';

    public function token() {
        $r = wp_remote_post(self::API . '/auth', [
            'body' => ['username' => $this->username, 'password' => $this->password],
            'timeout' => 20,
        ]);
        return json_decode(wp_remote_retrieve_body($r))->token;
    }
}
""", words_pw())

add("csharp/zebra-api-key", "LabelService/Printers/ZebraCloud.cs", "https://developer.zebra.com/apis/", """
using System.Net.Http;

namespace Kalamaja.LabelService.Printers;

// Zebra Printer Cloud (sildiprinterid poodides)
public static class ZebraCloud
{
    private const string ApiKey = "@@secret@@";
    private const string TenantId = "kalamaja-ee";

    public static HttpClient Create()
    {
        var c = new HttpClient { BaseAddress = new System.Uri("https://api.zebra.com/v2/devices/") };
        c.DefaultRequestHeaders.Add("apikey", ApiKey);
        c.DefaultRequestHeaders.Add("tenant", TenantId);
        return c;
    }
}
""", fakes.drawn_mixed(_seed(), 32))

add("log/smtp-password", "logs/postfix-relay-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """
Oct  4 08:15:02 relay postfix/smtp[2211]: > smtp.zone.eu[217.146.69.10]:587: EHLO relay.kalamaja.lan
Oct  4 08:15:02 relay postfix/smtp[2211]: < smtp.zone.eu[217.146.69.10]:587: 250-AUTH PLAIN LOGIN
Oct  4 08:15:02 relay postfix/smtp[2211]: > smtp.zone.eu[217.146.69.10]:587: AUTH PLAIN @@secret@@
Oct  4 08:15:02 relay postfix/smtp[2211]: < smtp.zone.eu[217.146.69.10]:587: 235 2.7.0 Authentication successful
Oct  4 08:15:03 relay postfix/smtp[2211]: 4XkL2m1Qz: to=<klient@example.com>, relay=smtp.zone.eu, status=sent
""", base64.b64encode(("\0relay@kalamaja-akvaariumid.ee\0" + words_pw()).encode()).decode())

add("yaml/datadog-api-key", "monitoring/datadog-agent.yaml", "https://docs.datadoghq.com/agent/guide/agent-configuration-files/", """
# /etc/datadog-agent/datadog.yaml (peaserver)
api_key: @@secret@@
site: datadoghq.eu
hostname: kalamaja-app01
tags:
  - env:prod
  - team:it
logs_enabled: true
""", hexs(32))

# ---------------------------------------------------------------- last decoys

add("markdown/decoy-password-policy", "docs/it/paroolipoliitika.md", "https://www.ria.ee/en/cyber-security/it-baseline-security-system-ise", """
# Paroolipoliitika (kehtib alates 01.09.2024)

- Parool vähemalt 14 märki; soovitame paroolifraasi, nt `kolm-juhuslikku-sõna` (see on näide, ära kasuta!).
- Seadmete (Apex, ProfiLux, Shelly, ruuterid) vaikimisi parool `admin` tuleb kohe vahetada.
- Kõik paroolid hoitakse KeePassis (`IT.kdbx`) või Vaultis, mitte Excelis ega Slackis.
- Kui parool lekkis: teata kohe IT-le (it@kalamaja-akvaariumid.ee), vaheta ja märgi intsidendilogisse.
- Kaheastmeline autentimine kohustuslik: Montonio, Stripe, Zone.ee, Directo, Google Workspace.
""")

add("csv/decoy-invoice-references", "exports/arved_2024-09.csv", "https://www.pangaliit.ee/arveldused/viitenumber", """
arve_nr,klient,registrikood,kmkr,summa_eur,viitenumber,iban,tasutud
KA-2024-0912,Hotell Telegraaf OÜ,10998877,EE100998877,312.00,2024091203,EE382200221020145685,jah
KA-2024-0913,Restoran Sfäär OÜ,12233445,EE101223344,89.50,2024091310,EE471000001020145686,jah
KA-2024-0914,Hambakliinik Naeratus OÜ,14455667,EE102445566,145.00,2024091418,EE382200221020145687,ei
KA-2024-0915,Lasteaed Mesimumm,75012345,,60.00,2024091426,EE471000001020145688,jah
""")

add("yaml/decoy-image-digests", "deploy/k8s/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: kalamaja
resources: [epood.yaml, tankwatch.yaml, payments-externalsecret.yaml]
images:
  - name: registry.kalamaja.lan/epood
    digest: sha256:@@d1@@
  - name: kalamaja/tankwatch
    digest: sha256:@@d2@@
""", d1=hexs(64), d2=hexs(64))

add("json/decoy-stripe-price-ids", "booking/config/plans.json", "https://docs.stripe.com/api/prices/object", """
{
  "plans": [
    {"code": "hooldus-s", "nimi": "Hooldus S (kuni 200 l)", "price_id": "price_1Pq8ZaKalamaja0S200lX", "eur": 39},
    {"code": "hooldus-m", "nimi": "Hooldus M (kuni 600 l)", "price_id": "price_1Pq8ZbKalamaja0M600lX", "eur": 69},
    {"code": "hooldus-meri", "nimi": "Merevee hooldus", "price_id": "price_1Pq8ZcKalamaja0MeriXXX", "eur": 129}
  ],
  "product": "prod_QhKalamajaHooldus"
}
""")

add("python/decoy-webhook-verify", "shop/payments/stripe_webhook.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import os

import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]  # whsec_... from the dashboard


@app.post("/api/stripe/webhook")
def webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_paid(event["data"]["object"]["client_reference_id"])
    return "", 204
""")

add("log/decoy-git-shas", "logs/deploy-history.log", "https://git-scm.com/docs/git-rev-parse", """
2024-09-10 16:02 deploy epood 2.14.0 commit @@c1@@ by marten
2024-09-18 11:40 deploy epood 2.14.1 commit @@c2@@ by liisa
2024-09-25 09:15 deploy tankwatch 1.8.2 commit @@c3@@ by marten
2024-10-02 17:55 deploy epood 2.14.3 commit @@c4@@ by liisa
2024-10-02 18:01 rollback none, smoke tests ok
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("ini/decoy-mosquitto-acl", "mqtt/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Mosquitto broker (mqtt.kalamaja.lan)
listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl
""")

add("ansible/decoy-password-hash-filter", "ansible/roles/users/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/user_module.html", """
---
- name: Poe kassaarvuti kohalik kasutaja
  ansible.builtin.user:
    name: kassa
    groups: [lp, dialout]
    password: "{{ vault_kassa_password | password_hash('sha512') }}"
    update_password: on_create

- name: Hooldustehniku kasutaja
  ansible.builtin.user:
    name: tehnik
    password: "!"
    shell: /bin/bash
""")

add("github-actions/decoy-pypi-trusted-publishing", ".github/workflows/label-printer-publish.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: Publish kalamaja-labels
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build tools/label-printer
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/label-printer/dist
""")

add("typescript/decoy-redacted-fixture", "storefront/src/server/__tests__/fixtures/montonio-webhook.ts", "https://docs.montonio.com/api/stargate/guides/orders", """
// Montonio webhooki näidis (tundlikud väljad asendatud)
export const webhookFixture = {
  orderToken: "<ORDER_TOKEN>",
  merchantReference: "EP-2024-18812",
  paymentStatus: "PAID",
  grandTotal: 34.9,
  currency: "EUR",
  accessKey: "00000000-0000-0000-0000-000000000000",
};
""")

add("sql/decoy-encrypted-column", "db/migrations/0045_encrypt_device_passwords.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Seadmete paroolid krüpteeritakse pgcrypto-ga; võti tuleb rakendusest (Vault), mitte migratsioonist
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE devices ADD COLUMN password_enc bytea;
UPDATE devices SET password_enc = pgp_sym_encrypt(password, current_setting('app.device_key'));
ALTER TABLE devices DROP COLUMN password;
COMMENT ON COLUMN devices.password_enc IS 'pgp_sym_encrypt, key: app.device_key';
""")

add("shell/decoy-checksum-verify", "scripts/install_apex_fusion_bridge.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/usr/bin/env bash
set -euo pipefail
VER=2.4.1
URL="https://downloads.kalamaja.lan/apex-bridge/apex-bridge-$VER-linux-arm64.tar.gz"
SHA256="@@h@@"
curl -fsSLo /tmp/apex-bridge.tgz "$URL"
echo "$SHA256  /tmp/apex-bridge.tgz" | sha256sum -c -
tar -xzf /tmp/apex-bridge.tgz -C /opt/
""", h=hexs(64))

add("markdown/decoy-api-docs-example", "docs/api/README.md", "https://swagger.io/docs/specification/authentication/api-keys/", """
# Laoseisu API

Iga päring vajab päist `X-Api-Key`. Võtme saad IT-lt (üks võti rakenduse kohta).

```bash
curl -H "X-Api-Key: $KALAMAJA_API_KEY" \\
  https://admin.kalamaja-akvaariumid.ee/api/v2/stock/FISH-0003
```

Vastus:

```json
{"sku": "FISH-0003", "nimi": "Skalaar", "laos": {"telliskivi": 14, "ylemiste": 9, "tartu": 0}}
```
""")

add("kotlin/decoy-resource-reference", "android/tankapp/src/main/java/ee/kalamaja/tank/Secrets.kt", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
package ee.kalamaja.tank

// Väärtused tulevad secrets-gradle-plugin'ist (local.properties, pole repos)
object Secrets {
    val mqttPassword: String get() = BuildConfig.MQTT_PASSWORD
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    const val MQTT_USER = "tech-app"
}
""")

add("toml/decoy-pip-index-env", "tools/label-printer/pip.conf.toml", "https://pip.pypa.io/en/stable/topics/configuration/", """
# pip seadistus CI jaoks; parool tuleb keskkonnast (PIP_INDEX_PASSWORD)
[global]
index-url = "https://pypi.org/simple"
extra-index-url = "https://ci:${PIP_INDEX_PASSWORD}@pypi.kalamaja.lan/simple"
timeout = 30
""")

add("csharp/decoy-configuration-binding", "PosSync/Options/DirectoOptions.cs", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options", """
namespace Kalamaja.PosSync.Options;

// Seotakse konfiguratsioonist "Directo" (võti tuleb Azure Key Vaultist)
public sealed class DirectoOptions
{
    public const string Section = "Directo";
    public string Url { get; set; } = "https://login.directo.ee/xmlcore/kalamaja/xmlcore.asp";
    public string Key { get; set; } = string.Empty;
    public string[] Warehouses { get; set; } = { "TLN-01", "TLN-02", "TRT-01" };
}
""")

# --- end of cases
