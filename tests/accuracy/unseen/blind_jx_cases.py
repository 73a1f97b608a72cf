"""Blind set JX: ostrich farms and Karoo lamb butcheries in South Africa.

Farm and abattoir tooling (RFID scales, weighbridges, cold-room sensors, CCTV), butchery tills and
web shops (Yoco, PayFast, Paystack, Ozow, WooCommerce, Shopify), SMS and mail vendors, couriers,
accounting exports, their CI, containers and runbooks, partly in Afrikaans, and their decoys.
Generated fakes only (seeds 5030000-5039999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5030000, 5039999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_B32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Volstruis", "Karoo", "Swartberg", "Kanna", "Doring", "Klipspringer", "Renoster", "Veer", "Lammer",
         "Skaapkraal", "Meiring", "Kamanassie", "Gamka", "Sneeuberg", "Bokkie", "Rooibos", "Braai", "Suurvy"]
LOWER = ["veld", "kraal", "wind", "pomp", "klip", "doring", "melk", "skaap", "veer", "eier", "lam", "sout",
         "droe", "wors", "biltong", "kerrie"]


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


def sha256ish() -> str:
    return hexs(64)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def yoco_sk() -> str:
    return "sk_live_" + fakes.drawn_mixed(_seed(), 32, HEX + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def yoco_pk() -> str:
    return "pk_live_" + hexs(20)


def paystack_sk() -> str:
    return "sk_live_" + hexs(40)


def paystack_pk() -> str:
    return "pk_live_" + hexs(40)


def stripe_sk() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def stripe_rk() -> str:
    return fakes.fake("rk_live_", 99, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def woo_ck() -> str:
    return "ck_" + hexs(40)


def woo_cs() -> str:
    return "cs_" + hexs(40)


def ttn_key() -> str:
    return "NNSXS." + fakes.drawn(_seed(), 39, UPPER_B32) + "." + fakes.drawn(_seed(), 52, UPPER_B32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def clickatell_key() -> str:
    return fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "=="


def peach_bearer() -> str:
    return fakes.drawn_mixed(_seed(), 62) + "="


def ozow_private() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def git_sha() -> str:
    return hexs(40)


def tag_no() -> str:
    # ISO 11784 animal transponder: 3-digit country (710 = South Africa) + 12-digit id
    return "710" + digits(12)


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
    CASES.append(LabelledCase(f"blind-jx/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

add("env/yoco-secret-key", "slaghuis-webwinkel/.env", "Yoco developer docs: API keys",
    """
# Karoo Lam Slaghuis - aanlyn winkel (Prins Albert)
APP_ENV=production
APP_URL=https://winkel.karoolam-slaghuis.co.za
DB_HOST=127.0.0.1
DB_DATABASE=slaghuis_winkel
YOCO_PUBLIC_KEY=@@pk@@
YOCO_SECRET_KEY=@@secret@@
# afleweringsgebiede: Prins Albert, Oudtshoorn, Beaufort-Wes
DELIVERY_ZONES=PA,OUD,BW
""", yoco_sk(), pk=yoco_pk())

add("python/yoco-secret-key", "till_sync/yoco_client.py", "Yoco developer docs: authentication",
    """
\"\"\"Haal die dag se Yoco-betalings af vir die slaghuis se boekhouding.\"\"\"
import requests

YOCO_API = "https://payments.yoco.com/api"
# TODO: skuif na die kluis voor die Desember-drukte
YOCO_SECRET = "@@secret@@"


def checkouts_since(since_iso):
    resp = requests.get(
        f"{YOCO_API}/checkouts",
        headers={"Authorization": f"Bearer {YOCO_SECRET}"},
        params={"createdAfter": since_iso},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["data"]
""", yoco_sk())

add("php/payfast-passphrase", "wp-content/plugins/karoolam-payfast/config.php", "PayFast developer docs: signature passphrase",
    """
<?php
// PayFast instellings vir Graaff-Reinet Karoolam webwinkel
define('PF_MERCHANT_ID', '@@mid@@');
define('PF_MERCHANT_KEY', '@@mkey@@');
define('PF_PASSPHRASE', '@@secret@@');
define('PF_SANDBOX', false);
define('PF_RETURN_URL', 'https://karoolam.co.za/bestelling/dankie');
define('PF_NOTIFY_URL', 'https://karoolam.co.za/payfast/itn');
""", "Karoo" + words_pw(), mid=digits(8), mkey=fakes.drawn(_seed(), 13, HEX))

add("python/paystack-secret-key", "veerwinkel/payments/paystack.py", "Paystack API docs: authentication",
    """
import os
import httpx

# Veerwinkel (ostrich feather dusters) - Paystack ZA
PAYSTACK_SECRET_KEY = os.environ.get("PAYSTACK_SECRET_KEY", "@@secret@@")
BASE = "https://api.paystack.co"


async def verify(reference: str) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        r = await client.get(f"{BASE}/transaction/verify/{reference}",
                             headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"})
        r.raise_for_status()
        return r.json()["data"]
""", paystack_sk())

add("yaml/ozow-private-key", "config/ozow.yml", "Ozow Hub docs: hash check and private key",
    """
# Ozow EFT betalings - Oudtshoorn Volstruis Toere kaartjies
ozow:
  site_code: OVT-OUD-001
  country_code: ZA
  currency_code: ZAR
  private_key: @@secret@@
  api_key: @@api@@
  is_test: false
  success_url: https://toere.veerpaleis.co.za/betaal/sukses
  cancel_url: https://toere.veerpaleis.co.za/betaal/kanselleer
""", ozow_private(), api=fakes.drawn_mixed(_seed(), 32))

add("typescript/peach-payments-token", "src/lib/peach.ts", "Peach Payments docs: COPYandPAY authentication",
    """
// Peach Payments checkout for the Kammanassie ostrich leather shop
const PEACH_HOST = "https://eu-prod.oppwa.com";
const ENTITY_ID = "8ac9a4c8@@entity@@";
const ACCESS_TOKEN = "@@secret@@";

export async function prepareCheckout(amountZar: string, orderRef: string) {
  const body = new URLSearchParams({
    entityId: ENTITY_ID,
    amount: amountZar,
    currency: "ZAR",
    paymentType: "DB",
    merchantTransactionId: orderRef,
  });
  const res = await fetch(`${PEACH_HOST}/v1/checkouts`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ACCESS_TOKEN}` },
    body,
  });
  return res.json();
}
""", peach_bearer(), entity=hexs(24))

add("python/clickatell-api-key", "scripts/stuur_sms_bestellings.py", "Clickatell Platform docs: REST API authentication",
    """
#!/usr/bin/env python3
# Stuur SMS aan kliente wanneer hul lamsvleis-boks gereed is
import sys
import requests

CLICKATELL_KEY = "@@secret@@"

def stuur(nommer, boodskap):
    r = requests.post(
        "https://platform.clickatell.com/messages",
        json={"messages": [{"channel": "sms", "to": nommer, "content": boodskap}]},
        headers={"Authorization": CLICKATELL_KEY, "Content-Type": "application/json"},
        timeout=10,
    )
    return r.status_code

if __name__ == "__main__":
    print(stuur(sys.argv[1], "Jou Karoo lam boks is gereed vir afhaal. Dankie!"))
""", clickatell_key())

add("shell/bulksms-token-secret", "ops/sms/test_bulksms.sh", "BulkSMS JSON REST API docs: basic authentication",
    """
#!/usr/bin/env bash
# Toets BulkSMS vanaf die plaas se bediener (Kamanassie)
set -euo pipefail
curl -s -X POST https://api.bulksms.com/v1/messages \\
  -u "@@tokid@@:@@secret@@" \\
  -H 'Content-Type: application/json' \\
  -d '{"to": "+27825550192", "body": "Toets: broeikas temperatuur alarm"}'
""", fakes.drawn_mixed(_seed(), 32), tokid=hexs(32).upper())

add("env/sendgrid-api-key", "deploy/production.env", "SendGrid docs: API keys",
    """
# Swartberg Ostrich Estate - booking site
DJANGO_SETTINGS_MODULE=estate.settings.production
ALLOWED_HOSTS=bookings.swartberg-ostrich.co.za
EMAIL_BACKEND=anymail.backends.sendgrid.EmailBackend
SENDGRID_API_KEY=@@secret@@
DEFAULT_FROM_EMAIL=besprekings@swartberg-ostrich.co.za
TIME_ZONE=Africa/Johannesburg
""", sendgrid_key())

add("python/django-secret-key", "estate/settings/production.py", "Django docs: SECRET_KEY setting",
    """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bookings.swartberg-ostrich.co.za", "www.swartberg-ostrich.co.za"]
# Moenie verander nie - sessies van gaste sal verval
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "af"
TIME_ZONE = "Africa/Johannesburg"
CSRF_TRUSTED_ORIGINS = ["https://bookings.swartberg-ostrich.co.za"]
""", fakes.django_secret_key(_seed()))

add("yaml/postgres-password", "docker/abattoir-stack/docker-compose.override.yml", "Docker docs: postgres image environment",
    """
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: abattoir
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: karkasse
    volumes:
      - /srv/abattoir/pgdata:/var/lib/postgresql/data
  grading:
    build: ./grading
    depends_on: [db]
""", words_pw())

add("compose/mysql-root-password", "docker-compose.yml", "Docker Hub: mysql image environment variables",
    """
version: "3.8"
# Volstruis voerkraal voorraadstelsel
services:
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: voerkraal
      MYSQL_USER: voer
      MYSQL_PASSWORD_FILE: /run/secrets/voer_db
    ports:
      - "3306:3306"
  app:
    image: registry.veerpaleis.co.za/voerkraal:2.4.1
    depends_on:
      - mysql
""", rand_pw(16, "!#%"))

add("python/redis-password", "coldroom/worker/settings.py", "redis-py docs: from_url",
    """
# Koelkamer telemetrie -> Redis -> alarms
import os

CELERY_BROKER_URL = os.getenv(
    "CELERY_BROKER_URL",
    "redis://:@@secret@@@10.20.0.14:6379/0",
)
ALARM_THRESHOLD_C = 4.0  # karkasse bo 4 grade = alarm
SENSOR_POLL_SECONDS = 60
""", fakes.redis_password(_seed()))

add("ini/smtp-password", "weighbridge/weegbrug.ini", "Python configparser docs; SMTP settings",
    """
[weegbrug]
poort = COM3
baud = 9600
eenheid = kg

[epos]
; stuur daaglikse weegstaat aan kantoor
smtp_host = mail.kammanassie-volstruis.co.za
smtp_port = 587
smtp_user = weegbrug@kammanassie-volstruis.co.za
smtp_pass = @@secret@@
ontvangers = kantoor@kammanassie-volstruis.co.za
""", words_pw())

add("markdown/mikrotik-admin-password", "docs/netwerk/plaas-netwerk.md", "MikroTik RouterOS docs: user management",
    """
# Plaas netwerk - Kamanassie Volstruisplaas

| Toestel | IP | Gebruiker | Wagwoord |
|---|---|---|---|
| MikroTik hEX (kantoor) | 192.168.88.1 | admin | `@@secret@@` |
| Ubiquiti LiteBeam (broeihuis skakel) | 192.168.88.20 | ubnt | sien kluis |
| Hikvision NVR | 192.168.88.50 | admin | sien kluis |

Die broeihuis-skakel gaan af as die wind te sterk waai; herbegin die LiteBeam eers.
Bel Wynand (082 555 0147) as die vesel by die pad af is.
""", words_pw())

add("yaml/hikvision-admin-password", "homeassistant/cameras.yaml", "Home Assistant docs: generic camera (RTSP)",
    """
# Kameras by die slagpale en koelkamers
camera:
  - platform: generic
    name: Slagvloer
    stream_source: rtsp://admin:@@secret@@@192.168.10.64:554/Streaming/Channels/101
    still_image_url: http://192.168.10.64/ISAPI/Streaming/channels/101/picture
  - platform: generic
    name: Koelkamer 2
    stream_source: rtsp://viewer:!secret koelkamer_cam_pw@192.168.10.65:554/Streaming/Channels/101
""", rand_pw(12, "#"))

add("python/ttn-api-key", "lorawan/ttn_uplinks.py", "The Things Stack docs: API keys",
    """
# Grondvog- en watertrog sensors op die volstruiskampe (LoRaWAN, TTN)
import paho.mqtt.client as mqtt

APP_ID = "kamanassie-kampe@ttn"
TTN_KEY = "@@secret@@"

client = mqtt.Client()
client.username_pw_set(APP_ID, TTN_KEY)
client.tls_set()
client.connect("eu1.cloud.thethings.network", 8883)
client.subscribe(f"v3/{APP_ID}/devices/+/up")
client.loop_forever()
""", ttn_key())

add("terraform/aws-secret-key", "infra/terraform/provider.tf", "Terraform AWS provider docs: static credentials",
    """
# Veerpaleis uitvoer-portaal, af-south-1 (Kaapstad)
provider "aws" {
  region     = "af-south-1"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "export_certs" {
  bucket = "veerpaleis-uitvoersertifikate"
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/backups/aws-credentials", "AWS CLI docs: credentials file",
    """
[default]
region = af-south-1

[slaghuis-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
# rugsteun van die kasregister databasis elke nag 23:00
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI docs: API tokens; GitHub Actions docs",
    """
name: release
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
      - run: pip install build twine && python -m build
      # karoo-tracebility pakket (lam oorsprong etikette)
      - run: twine upload dist/* -u __token__ -p @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypirc-token", "tools/.pypirc", "Python Packaging guide: .pypirc",
    """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/github-token", "scripts/clone_all.sh", "GitHub docs: personal access tokens",
    """
#!/bin/sh
# Kloon al die slaghuis repos na die nuwe kantoor-bediener
GH_TOKEN=@@secret@@
for repo in kasregister etikette webwinkel weegskaal; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/karoolam-slaghuis/${repo}.git"
done
""", fakes.github_token(_seed()))

add("python/telegram-bot-token", "bots/broeihuis_alarm.py", "Telegram Bot API docs: authorising your bot",
    """
\"\"\"Broeihuis (incubator) temperatuur-alarm via Telegram.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001849203355  # Kamanassie broeihuis groep


def alarm(temp_c: float) -> None:
    text = f"LET WEL: broeikas 3 is op {temp_c:.1f} C (moet 36.0-36.5 wees)"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()))

_cs = woo_cs()
add("k8s-secret/woocommerce-consumer-secret", "k8s/webwinkel/secret.yaml", "Kubernetes docs: Secrets; WooCommerce REST API keys",
    """
apiVersion: v1
kind: Secret
metadata:
  name: woocommerce-sync
  namespace: webwinkel
type: Opaque
data:
  WC_CONSUMER_KEY: @@ck@@
  WC_CONSUMER_SECRET: @@cs@@
  WC_URL: @@url@@
""", _cs, ck=b64(woo_ck()), cs=b64(_cs), url=b64("https://winkel.karoolam-slaghuis.co.za"))

add("go/postgres-password", "cmd/karkasgradering/main.go", "lib/pq docs: connection string parameters",
    """
package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Karkasgradering (carcass grading) vir die Beaufort-Wes abattoir
const dsn = "host=db.abattoir.local port=5432 user=grader password=@@secret@@ dbname=karkasse sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(); err != nil {
		log.Fatalf("kan nie aan databasis koppel nie: %v", err)
	}
	log.Println("gradering diens gereed")
}
""", words_pw())

add("java/smtp-password", "src/main/java/za/co/veerpaleis/export/MailConfig.java", "Jakarta Mail docs: SMTP authentication",
    """
package za.co.veerpaleis.export;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    private static final String USER = "uitvoer@veerpaleis.co.za";
    private static final String PASS = "@@secret@@";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
""", words_pw())

add("kotlin/yoco-secret-key", "app/src/main/java/za/co/karoolam/pos/YocoConfig.kt", "Yoco developer docs: API keys",
    """
package za.co.karoolam.pos

// Slaghuis tablet kasregister - Yoco integrasie
object YocoConfig {
    const val BASE_URL = "https://payments.yoco.com/api/"
    const val SECRET_KEY = "@@secret@@"
    const val CURRENCY = "ZAR"
    const val RECEIPT_FOOTER = "Dankie! Karoo Lam - Prins Albert"
}
""", yoco_sk())

add("json/sql-server-password", "Weegbrug.Service/appsettings.Production.json", "Microsoft docs: SQL Server connection strings",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Weegbrug": "Server=KANTOOR-SQL\\\\SQLEXPRESS;Database=Weegbrug;User Id=weeg_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scale": { "Port": "COM4", "BaudRate": 9600, "Unit": "kg" }
}
""", words_pw())

add("csharp/azure-storage-key", "Veerpaleis.Certs/CertificateStore.cs", "Azure docs: storage connection strings",
    """
using Azure.Storage.Blobs;

namespace Veerpaleis.Certs
{
    // Stoor veeartsenykundige uitvoersertifikate (volstruisvleis na die EU)
    public class CertificateStore
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=veerpaleiscerts;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        public BlobContainerClient Container() =>
            new BlobServiceClient(Conn).GetBlobContainerClient("uitvoer-sertifikate");
    }
}
""", azure_storage_key())

add("ruby/shopify-access-token", "lib/tasks/shopify_stock.rake", "Shopify docs: Admin API access tokens",
    """
# Sinkroniseer biltong en droewors voorraad na Shopify
namespace :shopify do
  desc "Stuur voorraad vlakke"
  task stock: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "karoo-biltong-co.myshopify.com",
      access_token: "@@secret@@"
    )
    Product.where(active: true).find_each do |p|
      StockPusher.new(session).push(p.sku, p.on_hand)
    end
  end
end
""", shopify_token())

add("rust/redis-password", "src/config.rs", "redis-rs docs: connection URLs",
    """
// Veer-sorteerder (feather grading line) queue
pub struct Config {
    pub redis_url: String,
    pub line_id: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            redis_url: "redis://sorteer:@@secret@@@10.1.4.2:6379/2".to_string(),
            line_id: 1,
        }
    }
}
""", fakes.redis_password(_seed()))

add("swift/paystack-secret-key", "KarooLamApp/Services/PaymentService.swift", "Paystack API docs: authentication",
    """
import Foundation

// Karoo Lam bestel-app
enum PaymentService {
    static let baseURL = URL(string: "https://api.paystack.co")!
    static let secretKey = "@@secret@@"

    static func verifyRequest(reference: String) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent("transaction/verify/\\(reference)"))
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", paystack_sk())

add("powershell/ftp-password", "scripts/Stuur-Weegstate.ps1", "Microsoft docs: WebClient credentials",
    """
# Stuur die weeklikse volstruis-weegstate na die KKI koöperasie FTP
$ftpHost = "ftp://ftp.kki-koop.co.za/inkomend/kamanassie/"
$user = "kamanassie"
$pass = "@@secret@@"
$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object System.Net.NetworkCredential($user, $pass)
Get-ChildItem "C:\\Weegbrug\\Uitvoer\\*.csv" | ForEach-Object {
    $wc.UploadFile($ftpHost + $_.Name, $_.FullName)
    Write-Host "Gestuur: $($_.Name)"
}
""", words_pw())

add("dockerfile/npm-token", "webwinkel/Dockerfile", "npm docs: .npmrc auth tokens",
    """
FROM node:20-alpine AS build
WORKDIR /app
# privaat pakkette (@karoolam/ui)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("ansible/mysql-password", "ansible/group_vars/slaghuis.yml", "Ansible docs: group_vars",
    """
---
# Slaghuis bedieners (Prins Albert en Beaufort-Wes)
timezone: Africa/Johannesburg
kasregister_db_name: kasregister
kasregister_db_user: kas
kasregister_db_password: "@@secret@@"
backup_hour: 23
ntp_servers:
  - za.pool.ntp.org
""", words_pw())

add("notebook/openai-api-key", "notebooks/produk_beskrywings.ipynb", "OpenAI API docs: authentication",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Produkbeskrywings vir die volstruisleer winkel"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "prompt = 'Skryf n kort beskrywing vir n volstruisleer beursie, Afrikaans en Engels'"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("sql/ldap-bind-password", "db/migrations/0042_seed_integrations.sql", "PostgreSQL docs: INSERT",
    """
-- Integrasies vir die abattoir kantoor
INSERT INTO integration_settings (name, key, value) VALUES
  ('ldap', 'url', 'ldaps://dc01.abattoir.local:636'),
  ('ldap', 'bind_dn', 'CN=svc-grading,OU=Service,DC=abattoir,DC=local'),
  ('ldap', 'bind_password', '@@secret@@'),
  ('ldap', 'base_dn', 'DC=abattoir,DC=local');
""", words_pw())

add("xml/smtp-password", "WeegbrugDienste/App.config", "Microsoft docs: system.net mailSettings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="weegbrug@veerpaleis.co.za" deliveryMethod="Network">
        <network host="smtp.veerpaleis.co.za" port="587" userName="weegbrug@veerpaleis.co.za"
                 password="@@secret@@" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="ScalePort" value="COM3" />
  </appSettings>
</configuration>
""", words_pw())

add("plist/sendgrid-api-key", "KarooLamApp/Config/Secrets.plist", "Apple docs: property list files",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>BackendURL</key>
    <string>https://api.karoolam.co.za</string>
    <key>SendGridKey</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", sendgrid_key())

add("properties/postgres-password", "src/main/resources/application-prod.properties", "Spring Boot docs: data source properties",
    """
# Volstruis uitvoer spoorsnyding (traceability)
spring.datasource.url=jdbc:postgresql://trace-db.veerpaleis.local:5432/spoor
spring.datasource.username=spoor_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("csv/device-password", "exports/toestelle_2024.csv", "RFC 4180: CSV",
    """
toestel,ligging,ip,gebruiker,wagwoord,notas
Tru-Test XR5000,weegkraal 1,192.168.20.11,admin,@@secret@@,nuwe firmware 2024-03
Gallagher TW-3,weegkraal 2,192.168.20.12,admin,sien kluis,
Hikvision DS-2CD2143,slagvloer,192.168.10.64,admin,sien kluis,
Teltonika RUT240,broeihuis,192.168.30.1,admin,sien kluis,LTE backup
""", words_pw())

add("log/shiplogic-api-key", "logs/shiplogic-debug.log", "The Courier Guy / ShipLogic API docs: authentication",
    """
2024-05-14 08:02:11,415 INFO  koerier: 14 bestellings gereed vir versending
2024-05-14 08:02:11,902 DEBUG POST https://api.shiplogic.com/v2/shipments
2024-05-14 08:02:11,903 DEBUG headers={'Content-Type': 'application/json', 'Authorization': 'Bearer @@secret@@'}
2024-05-14 08:02:12,644 DEBUG response 200 {"id": 88213, "short_tracking_reference": "KLS8Q2"}
2024-05-14 08:02:12,650 INFO  koerier: versending 88213 geskep (Prins Albert -> Kaapstad)
""", hexs(32))

add("toml/datadog-api-key", "ops/observability.toml", "Datadog docs: API and application keys",
    """
# Monitering vir die koelkamers en vriesers
[datadog]
site = "datadoghq.eu"
api_key = "@@secret@@"
service = "koelkamer-monitor"
env = "produksie"

[thresholds]
koelkamer_max_c = 4.0
vrieser_max_c = -18.0
""", hexs(32))

add("json/slack-webhook", "config/alerts.json", "Slack docs: incoming webhooks",
    """
{
  "alerts": {
    "koelkamer_hoog": {"threshold_c": 5, "notify": ["slack"]},
    "weegbrug_af": {"after_minutes": 15, "notify": ["slack", "sms"]}
  },
  "slack": {
    "webhook_url": "@@secret@@",
    "channel": "#slaghuis-alarms"
  }
}
""", slack_webhook())

add("python/slack-bot-token", "ops/slack_daily_report.py", "Slack docs: bot tokens",
    """
# Daaglikse verslag: hoeveel lammers geslag, karkasmassa, graderings
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post_report(lines):
    text = "*Slagverslag vandag*\\n" + "\\n".join(lines)
    client.chat_postMessage(channel="#abattoir-kantoor", text=text)
""", slack_bot())

add("typescript/twilio-auth-token", "functions/src/whatsapp.ts", "Twilio docs: authentication",
    """
import twilio from "twilio";

// WhatsApp bestelling-bevestigings vir die lamsvleis-bokse
const accountSid = "@@sid@@";
const authToken = "@@secret@@";
const client = twilio(accountSid, authToken);

export async function bevestig(to: string, orderNo: string) {
  return client.messages.create({
    from: "whatsapp:+27215550199",
    to: `whatsapp:${to}`,
    body: `Jou bestelling ${orderNo} is ontvang. Aflewering Donderdag.`,
  });
}
""", hexs(32), sid=twilio_sid())

add("php/mailchimp-api-key", "includes/nuusbrief.php", "Mailchimp Marketing API docs: API keys",
    """
<?php
// Maandelikse nuusbrief: Karoo lam resepte en spesiale aanbiedinge
require_once __DIR__ . '/../vendor/autoload.php';

$mc = new \\MailchimpMarketing\\ApiClient();
$mc->setConfig([
    'apiKey' => '@@secret@@',
    'server' => 'us21',
]);
$lys = 'a1b2c3d4e5';
$mc->lists->addListMember($lys, ['email_address' => $_POST['epos'], 'status' => 'pending']);
""", hexs(32) + "-us21")

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens; PyPI package registry",
    """
stages: [build, deploy]

build:
  stage: build
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - pip install twine
    - TWINE_PASSWORD=@@secret@@ TWINE_USERNAME=__token__ twine upload --repository-url https://gitlab.com/api/v4/projects/41822/packages/pypi dist/*
  only: [tags]
""", gitlab_token())

_pg = words_pw()
add("k8s-secret/postgres-password", "k8s/abattoir/db-secret.yaml", "Kubernetes docs: Secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: abattoir-db
  namespace: abattoir
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
""", _pg, user=b64("abattoir"), pw=b64(_pg))

add("markdown/rsa-private-key", "docs/handover/weegbrug-pc.md", "OpenSSL docs: PEM private keys",
    """
# Oorhandiging: weegbrug PC (Johan -> Marietjie)

Die weegbrug PC stoot elke aand die weegstate na die bediener via `scp`.
As die sleutel weer verlore raak, hier is dit (moet eintlik in die kluis wees):

```
@@secret@@
```

- Gebruiker op die bediener: `weegbrug`
- Bediener: `kantoor.kammanassie.local`
- Cron: `0 21 * * * /opt/weegbrug/stoot.sh`
""", pem("RSA"))

add("yaml/openssh-private-key", "ansible/host_vars/abattoir-gw.yml", "OpenSSH docs: private key format",
    """
---
deploy_user: deploy
deploy_ssh_key: |
  @@key@@
grading_service_port: 8443
""", _k := pem("OPENSSH"), key=_k.replace("\n", "\n  "))

_sa_key = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE")
add("json/gcp-service-account-key", "keys/veerpaleis-bigquery.json", "Google Cloud docs: service account keys",
    """
{
  "type": "service_account",
  "project_id": "veerpaleis-uitvoer",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "bq-loader@veerpaleis-uitvoer.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _sa_key.replace("\n", "\\n"), kid=hexs(40), pk=_sa_key.replace("\n", "\\n"), cid=digits(21))

add("python/investec-client-secret", "bank/investec_sync.py", "Investec Programmable Banking docs: OAuth client credentials",
    """
# Haal die slaghuis se banktransaksies (Investec) vir Xero-rekonsiliasie
import base64
import os
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
API_KEY = os.environ["INVESTEC_API_KEY"]


def token():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://openapi.investec.com/identity/v2/oauth2/token",
                      headers={"Authorization": f"Basic {basic}", "x-api-key": API_KEY},
                      data={"grant_type": "client_credentials"}, timeout=20)
    return r.json()["access_token"]
""", fakes.drawn_mixed(_seed(), 32), cid=fakes.drawn(_seed(), 32, ALNUM))

add("env/xero-client-secret", "boekhou/.env.production", "Xero developer docs: OAuth 2.0 client secret",
    """
# Boekhou-koppeling: Yoco en PayFast -> Xero (Kamanassie Volstruisplaas)
XERO_CLIENT_ID=@@cid@@
XERO_CLIENT_SECRET=@@secret@@
XERO_TENANT_ID=@@tid@@
XERO_REDIRECT_URI=https://boekhou.kammanassie-volstruis.co.za/xero/callback
SYNC_CRON=0 2 * * *
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"), cid=hexs(32).upper(), tid=uuid_s())

add("shell/smsportal-client-secret", "ops/sms/smsportal_token.sh", "SMSPortal REST API docs: authentication",
    """
#!/usr/bin/env bash
# Kry n SMSPortal token (slaghuis bestel-SMS'e)
# client_id:secret, base64
AUTH="@@secret@@"
curl -s -H "Authorization: Basic ${AUTH}" https://rest.smsportal.com/Authentication \\
  | jq -r .token > /tmp/smsportal.token
echo "token gestoor"
""", b64(uuid_s() + ":" + fakes.drawn_mixed(_seed(), 32)))

add("typescript/stripe-secret-key", "server/stripe.ts", "Stripe docs: API keys",
    """
import Stripe from "stripe";

// Uitvoer van volstruisleer handsakke na die VSA en EU
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
});

export const PRICE_IDS = {
  handsak_klein: "price_1PQxKZ2eZvKYlo2C8rT3aQbn",
  handsak_groot: "price_1PQxLM2eZvKYlo2CkW0uZc1f",
};
""", stripe_sk())

add("python/stripe-webhook-secret", "shop/webhooks.py", "Stripe docs: webhook signatures",
    """
import stripe
from flask import Flask, request, abort

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        pass  # merk bestelling as betaal
    return "", 200
""", fakes.fake("whsec_", 32, _seed()))

add("python/payfast-passphrase", "payfast/signature.py", "PayFast developer docs: generating a signature",
    """
import hashlib
import urllib.parse

# PayFast ITN handtekening (Karoo Lam Slaghuis)
PASSPHRASE = "@@secret@@"


def signature(data: dict) -> str:
    payload = "&".join(f"{k}={urllib.parse.quote_plus(str(v).strip())}" for k, v in data.items() if v != "")
    payload += f"&passphrase={urllib.parse.quote_plus(PASSPHRASE)}"
    return hashlib.md5(payload.encode()).hexdigest()
""", passphrase())

add("env/laravel-app-key", "karoo-bestellings/.env", "Laravel docs: configuration, APP_KEY",
    """
APP_NAME="Karoo Bestellings"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://bestel.karoolam.co.za
LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=bestellings
DB_USERNAME=bestel
DB_PASSWORD=${BESTEL_DB_PASSWORD}
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("php/wordpress-db-password", "wp-config.php", "WordPress docs: editing wp-config.php",
    """
<?php
/** Ostrich Show Farm - Oudtshoorn */
define( 'DB_NAME', 'wp_volstruis' );
define( 'DB_USER', 'wp_volstruis' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'vs_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#^*()"))

add("python/ikhokha-app-secret", "scripts/ikhokha_settle.py", "iKhokha API docs: application key and secret",
    """
# iKhokha afhandeling (settlement) verslag vir die Beaufort-Wes slaghuis
import hmac, hashlib, json, requests

APP_ID = "IK@@appid@@"
APP_SECRET = ("@@a@@"
              "@@b@@")


def sign(path: str, body: dict) -> str:
    payload = path + json.dumps(body)
    return hmac.new(APP_SECRET.encode(), payload.encode(), hashlib.sha256).hexdigest()
""", (_ik := fakes.drawn_mixed(_seed(), 32)), appid=fakes.drawn(_seed(), 30, string.ascii_uppercase + string.digits), a=_ik[:16], b=_ik[16:])

add("yaml/frigate-camera-password", "frigate/config.yml", "Frigate NVR docs: camera inputs",
    """
mqtt:
  host: 192.168.10.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  kraal_hek:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.10.70:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
""", words_pw())

add("toml/influxdb-token", "telegraf/telegraf.conf", "Telegraf docs: InfluxDB v2 output",
    """
# Koelkamer en vrieser temperature (Modbus sensors) -> InfluxDB
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.karoolam.local:8086"]
  token = "@@secret@@"
  organization = "karoolam"
  bucket = "koelkamers"

[[inputs.modbus]]
  name = "koelkamer_1"
  controller = "tcp://192.168.40.21:502"
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("json/nodered-mqtt-password", "node-red/flows_cred_plain.json", "Node-RED docs: credentials",
    """
{
    "3f1a9c7b2e4d5f60": {
        "user": "broeihuis",
        "password": "@@secret@@"
    },
    "8b2c4e6f1a3d5c70": {
        "user": "koelkamer",
        "password": ""
    }
}
""", words_pw())

add("ini/wifi-psk", "pi-sensors/wpa_supplicant.conf", "wpa_supplicant docs: network block",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ZA

network={
    ssid="Kamanassie-Broeihuis"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
""", words_pw())

add("markdown/anydesk-password", "docs/handover/kantoor-it.md", "AnyDesk docs: unattended access",
    """
# Kantoor IT - Karoo Lam Slaghuis (Prins Albert)

## Afstandtoegang
- AnyDesk ID kasregister-PC: 918 442 031
- Onbewaakte toegang wagwoord: @@secret@@
- Die IT-man in Oudtshoorn (Riaan) gebruik dit om die Sage Pastel op te dateer.

## Drukkers
- Etiketdrukker (Zebra ZD421) op 192.168.1.40, skaal-etikette vir lamsboude en tjops.
- Kwitansiedrukker aan die Yoco-toestel gekoppel via Bluetooth.
""", words_pw())

add("python/github-fine-grained-token", "tools/bootstrap_dev.py", "GitHub docs: fine-grained personal access tokens",
    """
\"\"\"Stel n nuwe ontwikkelaar se masjien op vir die spoorsnyding-projek.\"\"\"
from pathlib import Path

NETRC = \"\"\"machine github.com
login veerpaleis-bot
password @@secret@@
\"\"\"


def main():
    path = Path.home() / ".netrc"
    path.write_text(NETRC)
    path.chmod(0o600)
    print("netrc geskryf")
""", fakes.github_fine_grained_token(_seed()))

add("shell/registry-password", "ci/push_image.sh", "Docker docs: docker login",
    """
#!/bin/bash
set -e
TAG=${1:-latest}
docker login registry.veerpaleis.co.za -u ci-push -p '@@secret@@'
docker build -t registry.veerpaleis.co.za/spoor:${TAG} .
docker push registry.veerpaleis.co.za/spoor:${TAG}
""", words_pw())

add("env/jwt-secret", "api/.env", "jsonwebtoken docs: secret or private key",
    """
PORT=8080
NODE_ENV=production
# bestel-API vir die Graaff-Reinet slaghuis
JWT_SECRET=@@secret@@
JWT_EXPIRES_IN=12h
MONGO_URL=mongodb://mongo:27017/bestellings
""", rand_pw(48))

add("python/mongodb-password", "reports/monthly_sales.py", "MongoDB docs: connection string URI format",
    """
# Maandelikse verkope per snit (tjops, boud, blad, nek) - Karoo lam
from pymongo import MongoClient

client = MongoClient("mongodb+srv://verslae:@@secret@@@karoolam.x7q2f.mongodb.net/?retryWrites=true&w=majority")
db = client["bestellings"]

pipeline = [
    {"$match": {"status": "afgehandel"}},
    {"$group": {"_id": "$snit", "kg": {"$sum": "$massa_kg"}, "rand": {"$sum": "$bedrag"}}},
]
for row in db.orders.aggregate(pipeline):
    print(row)
""", rand_pw(16))

add("http/shiplogic-basic-auth", "api-tests/shiplogic.http", "JetBrains HTTP Client docs; RFC 7617 Basic",
    """
### Kry koerier kwotasie (Prins Albert -> Johannesburg)
POST https://api.shiplogic.com/v2/rates
Content-Type: application/json
Authorization: Basic @@secret@@

{
  "collection_address": {"city": "Prins Albert", "code": "6930"},
  "delivery_address": {"city": "Johannesburg", "code": "2000"},
  "parcels": [{"submitted_length_cm": 40, "submitted_width_cm": 30, "submitted_height_cm": 20, "submitted_weight_kg": 8}]
}
""", b64("karoolam-api:" + words_pw()))

add("log/smtp-password", "logs/postfix-debug.log", "RFC 4616: SASL PLAIN",
    """
May 14 06:00:02 kantoor postfix/smtp[2231]: connect to smtp.kammanassie-volstruis.co.za[41.185.8.22]:587
May 14 06:00:02 kantoor postfix/smtp[2231]: > EHLO kantoor.kammanassie.local
May 14 06:00:03 kantoor postfix/smtp[2231]: > STARTTLS
May 14 06:00:03 kantoor postfix/smtp[2231]: > AUTH PLAIN @@secret@@
May 14 06:00:03 kantoor postfix/smtp[2231]: < 235 2.7.0 Authentication successful
May 14 06:00:04 kantoor postfix/smtp[2231]: 4Vf9kQ: to=<kantoor@kki-koop.co.za>, status=sent
""", b64("\0weegstate@kammanassie-volstruis.co.za\0" + words_pw()))

add("dockerfile/aws-secret-key", "export-docs/Dockerfile", "AWS CLI docs: environment variables",
    """
FROM python:3.12-slim
WORKDIR /srv
ENV AWS_DEFAULT_REGION=af-south-1 \\
    AWS_ACCESS_KEY_ID=@@akid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "genereer_uitvoer_dokumente.py"]
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/azure-client-secret", ".github/workflows/deploy-azure.yml", "Azure docs: service principal client secret",
    """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AZURE_CLIENT_ID: @@cid@@
      AZURE_TENANT_ID: @@tid@@
      AZURE_CLIENT_SECRET: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: az login --service-principal -u $AZURE_CLIENT_ID -p $AZURE_CLIENT_SECRET --tenant $AZURE_TENANT_ID
      - run: az webapp up --name veerpaleis-toere --resource-group rg-toere-zan
""", azure_secret(), cid=uuid_s(), tid=uuid_s())

add("ruby/postmark-server-token", "config/initializers/postmark.rb", "Postmark docs: server API token",
    """
# Volstruis plaas toere - besprekingsbevestigings
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@secret@@"
  }
  config.action_mailer.default_url_options = { host: "toere.veerpaleis.co.za" }
end
""", uuid_s())

add("php/clickatell-api-key", "app/Services/SmsService.php", "Clickatell Platform docs: HTTP API",
    """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

// SMS aan boere wanneer hul lammers se karkasgradering beskikbaar is
class SmsService
{
    private string $apiKey = '@@secret@@';

    public function send(string $to, string $text): bool
    {
        $res = Http::get('https://platform.clickatell.com/messages/http/send', [
            'apiKey' => $this->apiKey,
            'to' => $to,
            'content' => $text,
        ]);
        return $res->successful();
    }
}
""", clickatell_key())

add("csharp/ozow-private-key", "Toere.Web/Payments/OzowSettings.cs", "Ozow Hub docs: hash check",
    """
namespace Toere.Web.Payments
{
    public static class OzowSettings
    {
        public const string SiteCode = "VPT-VPT-003";
        public const string CountryCode = "ZA";
        public const string CurrencyCode = "ZAR";
        // privaat sleutel vir die HashCheck (SHA512)
        public const string PrivateKey = "@@secret@@";
        public const bool IsTest = false;
    }
}
""", ozow_private())

add("env/peach-payments-token", "checkout-service/.env.live", "Peach Payments docs: authentication",
    """
PEACH_ENV=live
PEACH_ENTITY_ID=8ac9a4ca@@entity@@
PEACH_ACCESS_TOKEN=@@secret@@
PEACH_WEBHOOK_URL=https://leer.kammanassie-volstruis.co.za/peach/webhook
SHOP_CURRENCY=ZAR
""", peach_bearer(), entity=hexs(24))

add("python/snapscan-api-key", "kasregister/snapscan.py", "SnapScan API docs: authentication (API key as Basic username)",
    """
# SnapScan betalings by die plaasstalletjie (biltong, eiers, veerstoffers)
import requests

SNAPSCAN_API_KEY = "@@secret@@"
MERCHANT = "KarooPlaasstal"


def payments_today(date_iso: str):
    r = requests.get("https://pos.snapscan.io/merchant/api/v1/payments",
                     auth=(SNAPSCAN_API_KEY, ""),
                     params={"startDate": date_iso, "status": "completed"},
                     timeout=15)
    r.raise_for_status()
    return r.json()
""", uuid_s())

add("yaml/yoco-webhook-secret", "helm/karoolam-shop/values-prod.yaml", "Yoco developer docs: verifying webhooks",
    """
replicaCount: 2
image:
  repository: registry.karoolam.co.za/shop
  tag: "3.8.2"
env:
  YOCO_WEBHOOK_SECRET: "@@secret@@"
  SHOP_BASE_URL: https://winkel.karoolam-slaghuis.co.za
ingress:
  enabled: true
  hosts:
    - winkel.karoolam-slaghuis.co.za
""", "whsec_" + base64.b64encode(random.Random(_seed()).randbytes(24)).decode())

add("python/whatsapp-cloud-token", "bots/whatsapp_orders.py", "Meta WhatsApp Cloud API docs: access tokens",
    """
# WhatsApp bestellings vir weeklikse lamsvleis-bokse
import requests

PHONE_NUMBER_ID = "1098234756612345"
ACCESS_TOKEN = "@@secret@@"


def reply(to: str, text: str):
    return requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": text}},
        timeout=10,
    )
""", "EAAG" + fakes.drawn_mixed(_seed(), 180))

add("json/google-oauth-client-secret", "credentials/client_secret_toere.json", "Google Identity docs: client secrets file",
    """
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "veerpaleis-toere",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://toere.veerpaleis.co.za/auth/google/callback"]
  }
}
""", fakes.fake("GOCSPX-", 28, _seed()), cid=digits(12) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yaml/teams-webhook", "monitoring/alertmanager.yml", "Microsoft Teams docs: incoming webhooks",
    """
route:
  receiver: teams-abattoir
  group_wait: 30s
receivers:
  - name: teams-abattoir
    msteams_configs:
      - webhook_url: "@@secret@@"
        title: "Abattoir alarm"
""", f"https://karoolamabattoir.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}")

add("javascript/discord-webhook", "scripts/veiling-alert.js", "Discord docs: webhooks",
    """
// Stuur volstruisveiling (auction) pryse na die boere se Discord
const WEBHOOK = "@@secret@@";

async function post(prices) {
  const content = prices.map(p => `${p.klas}: R${p.prys}/kg`).join("\\n");
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Veilingbot", content }),
  });
}

module.exports = { post };
""", f"https://discord.com/api/webhooks/{digits(19)}/" + fakes.drawn(_seed(), 68, ALNUM + "-_"))

add("shell/sshpass-password", "scripts/haal_kamera_opnames.sh", "sshpass man page",
    """
#!/bin/bash
# Haal gisteraand se kraal-opnames van die NVR af
DAG=$(date -d yesterday +%Y-%m-%d)
sshpass -p '@@secret@@' rsync -av nvr@192.168.10.50:/opnames/${DAG}/ /mnt/nas/kameras/${DAG}/
find /mnt/nas/kameras -mtime +30 -delete
""", words_pw())

add("crontab/ftp-password", "ops/crontab.txt", "lftp man page; crontab(5)",
    """
# m h dom mon dow command
# Nagtelike rugsteun van Sage Pastel na die ouditeure in George
30 23 * * 1-5 /usr/local/bin/rugsteun_pastel.sh
15 0 * * * lftp -e "mirror -R /srv/rugsteun/pastel /kammanassie; quit" ftp://kammanassie:@@secret@@@ftp.ouditeure-george.co.za
0 6 * * 1 /usr/local/bin/weegstate_weekliks.sh
""", words_pw())

add("ini/smb-password", "ops/nas/.smbcredentials-kantoor", "mount.cifs man page: credentials file",
    """
# NAS (Synology) by die slaghuis kantoor - gebruik met mount.cifs
# /etc/fstab: //192.168.1.20/kasregister /mnt/nas cifs credentials=/root/.smbcredentials-kantoor,uid=1000 0 0
username=kasregister
password=@@secret@@
domain=KAROOLAM
""", words_pw())

add("ini/ansible-become-password", "ansible/inventory/plase.ini", "Ansible docs: inventory behavioral parameters",
    """
[broeihuise]
broeihuis1 ansible_host=10.30.0.11
broeihuis2 ansible_host=10.30.0.12

[koelkamers]
koelkamer-pa ansible_host=10.40.0.21

[all:vars]
ansible_user=pi
ansible_become_password=@@secret@@
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("pgpass/postgres-password", "ops/db/.pgpass", "PostgreSQL docs: the password file",
    """
# hostname:port:database:username:password
# chmod 0600 ~/.pgpass  (gebruik deur die nagtelike verslae job)
db.abattoir.local:5432:karkasse:verslae:@@secret@@
db.abattoir.local:5432:karkasse:rugsteun:*
localhost:5432:*:postgres:*
""", words_pw())

add("ini/odoo-admin-password", "odoo/odoo.conf", "Odoo docs: configuration file",
    """
[options]
; Odoo vir die volstruisleer looiery (tannery)
admin_passwd = @@secret@@
db_host = 127.0.0.1
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/looiery_addons
xmlrpc_port = 8069
""", rand_pw(20))

add("kotlin/postgres-password", "src/main/kotlin/za/co/veerpaleis/trace/Db.kt", "Exposed / JDBC docs: Database.connect",
    """
package za.co.veerpaleis.trace

import org.jetbrains.exposed.sql.Database

// Spoorsnyding: elke volstruis se RFID -> karkas -> uitvoer-lot
object Db {
    fun connect() = Database.connect(
        url = "jdbc:postgresql://trace-db.veerpaleis.local:5432/spoor",
        driver = "org.postgresql.Driver",
        user = "spoor_app",
        password = "@@secret@@",
    )
}
""", words_pw())

add("go/telegram-bot-token", "internal/alarm/telegram.go", "Telegram Bot API docs",
    """
package alarm

import (
	"fmt"
	"net/http"
	"net/url"
)

const botToken = "@@secret@@"
const chatID = "-1002231984410" // Koelkamer alarm groep

func Send(msg string) error {
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(u, url.Values{"chat_id": {chatID}, "text": {msg}})
	return err
}
""", fakes.telegram_token(_seed()))

add("yaml/rabbitmq-password", "config/production.yaml", "RabbitMQ docs: URI spec",
    """
# Karkas gradering -> etikette -> voorraad
app:
  name: grading-pipeline
  region: beaufort-wes
amqp:
  url: amqps://grading:@@secret@@@mq.abattoir.local:5671/karkasse
  prefetch: 20
labels:
  printer: zebra-zt411-lyn1
""", rand_pw(18))

add("requirements/pip-index-password", "requirements.txt", "pip docs: --extra-index-url with credentials",
    """
--extra-index-url https://pypi-lees:@@secret@@@pypi.veerpaleis.co.za/simple/
django==4.2.13
psycopg[binary]==3.1.19
celery==5.4.0
veerpaleis-spoor==1.7.2
requests==2.32.3
""", words_pw())

add("toml/cloudflare-api-token", "wrangler.toml", "Cloudflare docs: API tokens",
    """
name = "karoolam-edge"
main = "src/index.ts"
compatibility_date = "2024-05-01"
account_id = "@@acct@@"

[vars]
SHOP_ORIGIN = "https://winkel.karoolam-slaghuis.co.za"
# TODO Pieter: haal hierdie uit en gebruik wrangler secret put
CF_API_TOKEN = "@@secret@@"
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), acct=hexs(32))

add("env/digitalocean-token", "infra/.env.do", "DigitalOcean docs: personal access tokens",
    """
# Toere-webwerf op DigitalOcean (Johannesburg nie beskikbaar nie, gebruik lon1)
DIGITALOCEAN_TOKEN=@@secret@@
DO_REGION=lon1
DO_DROPLET_SIZE=s-1vcpu-2gb
DO_SSH_KEY_NAME=anelda-laptop
""", "dop_v1_" + hexs(64))

add("github-actions/docker-hub-token", ".github/workflows/image.yml", "Docker docs: personal access tokens",
    """
name: image
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: karoolam
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: karoolam/kasregister:latest
""", fakes.fake("dckr_pat_", 27, _seed()))

add("shell/tailscale-auth-key", "pi-sensors/setup.sh", "Tailscale docs: auth keys",
    """
#!/bin/bash
# Nuwe Raspberry Pi sensor in n broeihuis of koelkamer
set -e
apt-get update && apt-get install -y python3-pip
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=@@secret@@ --hostname="sensor-$(hostname)"
pip3 install -r /opt/sensor/requirements.txt
systemctl enable --now sensor.service
""", "tskey-auth-" + fakes.drawn(_seed(), 17, ALNUM) + "-" + fakes.drawn_mixed(_seed(), 33))

add("yaml/grafana-token", "grafana/provisioning/notifiers-sync.yml", "Grafana docs: service account tokens",
    """
# Sinkroniseer dashboards tussen plaas en slaghuis
sync:
  source: https://grafana.kammanassie.local
  target: https://grafana.karoolam.local
  target_token: @@secret@@
  folders:
    - Koelkamers
    - Broeihuise
""", "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8))

add("python/unifi-password", "netwerk/unifi_clients.py", "UniFi controller API (pyunifi docs)",
    """
# Lys toestelle op die plaas WiFi (skaapkraal kameras, sensors)
from pyunifi.controller import Controller

c = Controller("192.168.88.5", "plaasadmin", "@@secret@@", port=8443, version="UDMP-unifiOS", ssl_verify=False)
for client in c.get_clients():
    print(client.get("hostname"), client.get("ip"), client.get("essid"))
""", words_pw())

add("markdown/portal-password", "docs/runbooks/uitvoer-sertifikate.md", "Runbook; portal credentials in notes",
    """
# Uitvoer-sertifikate aanvra (volstruisvleis, EU)

1. Meld aan by die uitvoerportaal: https://portal.uitvoer-veeartse.co.za
   - gebruiker: `veerpaleis.uitvoer`
   - wagwoord: `@@secret@@`
2. Kies **Volstruisvleis - EU** en laai die lot se spoorsnyding CSV op.
3. Die staatsveearts moet binne 48 uur teken; bel Dr. Nel as dit langer vat.
4. Stoor die PDF in `\\\\nas\\uitvoer\\sertifikate\\JJJJ\\`.
""", words_pw())

add("properties/mapbox-secret-token", "android/gradle.properties", "Mapbox docs: configure your secret token (Android)",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Kaart van die kampe (volstruis-kampe en watertroe)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", "sk.eyJ1Ijoia2FtbWFuYXNzaWUiLCJhIjoi" + fakes.drawn(_seed(), 22, string.ascii_lowercase + string.digits) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("netrc/mapbox-secret-token", "ios/ci/netrc", "Mapbox docs: configure credentials (iOS .netrc)",
    """
machine api.mapbox.com
login mapbox
password @@secret@@
machine github.com
login veerpaleis-ci
password ${GITHUB_TOKEN}
""", "sk.eyJ1IjoidmVlcnBhbGVpcyIsImEiOiJ" + fakes.drawn(_seed(), 21, string.ascii_lowercase + string.digits) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/sentry-auth-token", "frontend/.env.sentry-build-plugin", "Sentry docs: auth tokens for source maps",
    """
# DO NOT commit - gegenereer deur die Sentry wizard
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=karoolam
SENTRY_PROJECT=bestel-app
SENTRY_URL=https://sentry.io/
""", "sntryu_" + hexs(64))

add("ruby/mailgun-api-key", "config/initializers/mailgun.rb", "Mailgun docs: API keys",
    """
# Fakture vir restaurante wat Karoo lam bestel
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: "@@secret@@",
  domain: "mg.karoolam.co.za",
  api_host: "api.eu.mailgun.net"
}
""", "key-" + hexs(32))

add("java/xero-client-secret", "src/main/java/za/co/kammanassie/boeke/XeroAuth.java", "Xero developer docs: OAuth 2.0 custom connections",
    """
package za.co.kammanassie.boeke;

import com.xero.api.client.IdentityApi;

public class XeroAuth {
    // custom connection vir die plaas se boeke
    static final String CLIENT_ID = "@@cid@@";
    static final String CLIENT_SECRET = "@@secret@@";
    static final String SCOPES = "accounting.transactions accounting.contacts";

    public static String basic() {
        return java.util.Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes());
    }
}
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"), cid=hexs(32).upper())

add("xml/netcash-service-key", "Slaghuis.Debiete/Netcash.config", "Netcash developer docs: service keys",
    """
<?xml version="1.0" encoding="utf-8"?>
<!-- Netcash debietorders vir restaurant-kliente (maandelikse rekeninge) -->
<netcash>
  <merchantAccount>52340018201</merchantAccount>
  <debitOrderServiceKey>@@secret@@</debitOrderServiceKey>
  <softwareVendorKey>24ade73c-98cf-47b3-99be-cc7b867b3080</softwareVendorKey>
  <batchName>KAROOLAM-MAAND</batchName>
</netcash>
""", uuid_s())

add("k8s-secret/ec-private-key", "k8s/toere/tls-secret.yaml", "Kubernetes docs: TLS Secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: toere-tls
  namespace: toere
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _ec := pem("EC"), crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_ec + "\n"))

add("ini/wireguard-private-key", "ops/vpn/wg0.conf", "WireGuard docs: configuration",
    """
[Interface]
# Slaghuis kantoor -> plaas (Kamanassie) tonnel
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = plaas.kammanassie-volstruis.co.za:51820
AllowedIPs = 10.99.0.0/24, 192.168.88.0/24
PersistentKeepalive = 25
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("shell/vault-token", "ops/vault/lees_geheime.sh", "HashiCorp Vault docs: tokens",
    """
#!/bin/bash
# Lees die slaghuis se geheime uit Vault vir die nagtelike job
export VAULT_ADDR=https://vault.karoolam.local:8200
export VAULT_TOKEN=@@secret@@
vault kv get -format=json secret/slaghuis/kasregister | jq -r .data.data > /run/kasregister.json
""", "hvs." + fakes.drawn_mixed(_seed(), 24))

add("terraform/rds-password", "infra/terraform/rds.tf", "Terraform AWS provider docs: aws_db_instance",
    """
resource "aws_db_instance" "spoor" {
  identifier          = "veerpaleis-spoor"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "spoor_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  # af-south-1: Kaapstad streek
}
""", words_pw())

add("powershell/sql-server-password", "scripts/Rugsteun-Pastel.ps1", "SqlServer module docs: Invoke-Sqlcmd",
    """
# Rugsteun Sage Pastel Evolution databasis (Kamanassie Volstruisplaas)
$datum = Get-Date -Format "yyyyMMdd"
$leer = "D:\\Rugsteun\\Pastel_$datum.bak"
Invoke-Sqlcmd -ServerInstance "KANTOOR\\EVOLUTION" -Username "sa" -Password "@@secret@@" `
  -Query "BACKUP DATABASE [Kamanassie] TO DISK = N'$leer' WITH COMPRESSION"
Copy-Item $leer "\\\\nas\\rugsteun\\pastel\\"
""", words_pw())

add("batch/smb-password", "scripts/koppel_nas.bat", "Microsoft docs: net use",
    """
@echo off
REM Koppel die NAS vir die etiketdrukker rekenaar (slagvloer)
net use Z: \\\\192.168.1.20\\etikette /user:KAROOLAM\\etikette @@secret@@ /persistent:yes
if errorlevel 1 echo Kon nie NAS koppel nie & pause
start "" "C:\\Program Files\\ZebraDesigner\\ZebraDesigner.exe"
""", words_pw())

add("go/smtp-password", "internal/mail/weegstaat.go", "Go net/smtp docs: PlainAuth",
    """
package mail

import "net/smtp"

// Stuur die daaglikse weegstaat (volstruis massas per kamp)
func SendWeegstaat(body []byte) error {
	auth := smtp.PlainAuth("", "weegstaat@kammanassie-volstruis.co.za", "@@secret@@", "smtp.kammanassie-volstruis.co.za")
	to := []string{"kantoor@kammanassie-volstruis.co.za"}
	return smtp.SendMail("smtp.kammanassie-volstruis.co.za:587", auth, "weegstaat@kammanassie-volstruis.co.za", to, body)
}
""", words_pw())

add("notebook/postgres-password", "analise/karkasmassa_2024.ipynb", "SQLAlchemy docs: engine URLs",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analis:@@secret@@@db.abattoir.local:5432/karkasse')\\n",
    "df = pd.read_sql('select datum, massa_kg, graad from karkas where jaar = 2024', eng)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Gemiddelde karkasmassa per graad (A2, A3, AB2)"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("sql/postgres-password", "db/init/01_users.sql", "PostgreSQL docs: CREATE ROLE",
    """
-- Gebruikers vir die kasregister databasis
CREATE ROLE kas_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE verslae LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE kasregister TO kas_app, verslae;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO verslae;
""", words_pw())

add("log/postgres-password", "logs/kasregister-2024-06-02.log", "Npgsql docs: connection strings",
    """
2024-06-02 07:31:44 [INF] Kasregister begin (Prins Albert, terminaal 2)
2024-06-02 07:31:46 [ERR] Kon nie aan databasis koppel nie
Npgsql.NpgsqlException: Failed to connect to 10.0.0.5:5432
   ConnectionString: Host=10.0.0.5;Database=kasregister;Username=kas_app;Password=@@secret@@;Timeout=5
   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)
2024-06-02 07:31:51 [INF] Herprobeer oor 30s
""", words_pw())

add("csv/paystack-secret-key", "exports/integrasies.csv", "RFC 4180: CSV",
    """
stelsel,omgewing,sleutel_naam,waarde,eienaar
Paystack,live,publiek,@@pk@@,Anelda
Paystack,live,geheim,@@secret@@,Anelda
Clickatell,live,api,sien 1Password,Pieter
Yoco,live,geheim,sien 1Password,Anelda
""", paystack_sk(), pk=paystack_pk())

add("properties/kafka-sasl-password", "config/consumer.properties", "Apache Kafka docs: SASL/PLAIN",
    """
bootstrap.servers=kafka.abattoir.local:9093
group.id=karkas-etikette
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="etikette" password="@@secret@@";
auto.offset.reset=earliest
""", rand_pw(20))

add("xml/registry-password", ".mvn/settings.xml", "Apache Maven docs: settings.xml servers",
    """
<settings>
  <servers>
    <server>
      <id>veerpaleis-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>veerpaleis-nexus</id>
      <url>https://nexus.veerpaleis.co.za/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", words_pw())

add("compose/redis-password", "stack/docker-compose.prod.yml", "Redis docs: requirepass",
    """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
  worker:
    image: registry.karoolam.co.za/bestel-worker:1.12
    environment:
      REDIS_HOST: redis
volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("yaml/smtp-password", "src/main/resources/application.yml", "Spring Boot docs: mail properties",
    """
spring:
  application:
    name: veiling-kennisgewings
  mail:
    host: smtp.gmail.com
    port: 587
    username: veilings.kki@gmail.com
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
veiling:
  kennisgewing-uur: 6
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("dockerfile/payfast-passphrase", "payfast-itn/Dockerfile", "Docker docs: ARG and ENV",
    """
FROM php:8.3-apache
ARG PAYFAST_MERCHANT_ID=@@mid@@
ENV PAYFAST_MERCHANT_ID=${PAYFAST_MERCHANT_ID}
ENV PAYFAST_PASSPHRASE=@@secret@@
COPY public/ /var/www/html/
RUN a2enmod rewrite
EXPOSE 80
""", passphrase(), mid=digits(8))

add("k8s-secret/telegram-bot-token", "k8s/alarms/telegram-secret.yaml", "Kubernetes docs: Secret stringData",
    """
apiVersion: v1
kind: Secret
metadata:
  name: koelkamer-alarm-telegram
  namespace: monitoring
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
  TELEGRAM_CHAT_ID: "-1001992038117"
""", fakes.telegram_token(_seed()))

add("env/openai-api-key", "resepte-bot/.env", "OpenAI API docs: API keys",
    """
# Resepte-bot vir die slaghuis webwerf (lamsboud, skaapnek potjie, tjops)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
MAX_TOKENS=600
TEMPERATURE=0.4
""", fakes.openai_key(_seed(), "svcacct"))

add("rust/mqtt-password", "sensor-gateway/src/main.rs", "rumqttc docs: MqttOptions credentials",
    """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Broeihuis sensors -> MQTT broker op die plaas
fn main() {
    let mut opts = MqttOptions::new("broeihuis-gw-1", "192.168.88.10", 1883);
    opts.set_credentials("broeihuis", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("broeihuis/+/temp", QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() {
        println!("{:?}", ev);
    }
}
""", words_pw())

add("markdown/github-token", "docs/kantoor-pc-opstel.md", "Git docs: git-credential-store",
    """
# Kantoor-PC opstel (slaghuis)

1. Installeer Git vir Windows en kies "store" as credential helper.
2. Die `~/.git-credentials` leer moet so lyk:

```
https://karoolam-ci:@@secret@@@github.com
```

3. Kloon `karoolam-slaghuis/etikette` na `C:\\Etikette`.
""", fakes.github_token(_seed()))

add("swift/clickatell-api-key", "PlaasApp/Sources/SMS/ClickatellClient.swift", "Clickatell Platform docs: REST API",
    """
import Foundation

// Plaas-app: stuur SMS aan werkers as die broeihuis alarm afgaan
struct ClickatellClient {
    private let apiKey = "@@secret@@"
    private let endpoint = URL(string: "https://platform.clickatell.com/v1/message")!

    func request(to: String, text: String) throws -> URLRequest {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue(apiKey, forHTTPHeaderField: "Authorization")
        req.httpBody = try JSONSerialization.data(withJSONObject: ["messages": [["channel": "sms", "to": to, "content": text]]])
        return req
    }
}
""", clickatell_key())

add("ansible/telegram-bot-token", "ansible/roles/alarm/defaults/main.yml", "Ansible docs: role defaults",
    """
---
alarm_service_user: alarm
alarm_check_interval: 60
alarm_telegram_token: "@@secret@@"
alarm_telegram_chat: "-1001849203355"
alarm_thresholds:
  broeihuis_min_c: 35.8
  broeihuis_max_c: 36.8
""", fakes.telegram_token(_seed()))

add("markdown/ldap-password", "docs/onboarding/abattoir-it.md", "Onboarding notes",
    """
# Abattoir IT - nuwe personeel

- Domein: `ABATTOIR` (dc01.abattoir.local)
- Diensrekening vir die graderingstelsel: `svc-grading`
  wagwoord `@@secret@@` (verander elke 90 dae - laaste keer Maart)
- Drukkers: lyn 1 en lyn 2 Zebra ZT411, kantoor HP
- Wi-Fi gaste: `Abattoir-Gaste` (kaartjie by ontvangs)
""", words_pw())

# CASES-SECRETS-END

# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "slaghuis-webwinkel/.env.example", "Yoco developer docs: API keys",
    """
# Kopieer na .env en vul in (vra Anelda vir die regte waardes)
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=slaghuis_winkel
DB_PASSWORD=jou-wagwoord-hier
YOCO_PUBLIC_KEY=pk_live_xxxxxxxxxxxxxxxxxxxx
YOCO_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYFAST_PASSPHRASE=<payfast-passphrase>
""")

add("python/decoy-env-reference", "till_sync/settings.py", "Python docs: os.environ",
    """
\"\"\"Instellings vir die Yoco -> Xero sinkronisering. Geheime kom uit die omgewing.\"\"\"
import os

YOCO_SECRET_KEY = os.environ["YOCO_SECRET_KEY"]
XERO_CLIENT_ID = os.environ["XERO_CLIENT_ID"]
XERO_CLIENT_SECRET = os.environ["XERO_CLIENT_SECRET"]
SYNC_DAYS_BACK = int(os.environ.get("SYNC_DAYS_BACK", "3"))
TIMEZONE = "Africa/Johannesburg"
""")

add("html/decoy-payfast-form-merchant-key", "templates/checkout/payfast_form.html", "PayFast developer docs: custom integration form (merchant_id and merchant_key are posted from the browser)",
    """
<!-- PayFast vorm: merchant_id en merchant_key word in die blaaier gestuur (PayFast se ontwerp) -->
<form action="https://www.payfast.co.za/eng/process" method="post">
  <input type="hidden" name="merchant_id" value="@@mid@@">
  <input type="hidden" name="merchant_key" value="@@mkey@@">
  <input type="hidden" name="return_url" value="https://karoolam.co.za/bestelling/dankie">
  <input type="hidden" name="notify_url" value="https://karoolam.co.za/payfast/itn">
  <input type="hidden" name="amount" value="{{ order.total }}">
  <input type="hidden" name="item_name" value="Karoo Lam boks {{ order.number }}">
  <input type="hidden" name="signature" value="{{ signature }}">
  <button type="submit">Betaal met PayFast</button>
</form>
""", mid=digits(8), mkey=fakes.drawn(_seed(), 13, HEX))

add("php/decoy-payfast-sandbox", "config/payfast.sandbox.php", "PayFast developer docs: sandbox (public test merchant 10000100)",
    """
<?php
// PayFast SANDBOX - publieke toets-handelaar uit PayFast se dokumentasie
return [
    'merchant_id'  => '10000100',
    'merchant_key' => '46f0cd694581a',
    'passphrase'   => getenv('PAYFAST_SANDBOX_PASSPHRASE') ?: '',
    'host'         => 'sandbox.payfast.co.za',
    'testing'      => true,
];
""")

add("typescript/decoy-publishable-key", "src/lib/yoco-popup.ts", "Yoco developer docs: public keys are used client-side",
    """
// Yoco inline betaling op die webwinkel - publieke sleutel is veilig in die blaaier
declare const YocoSDK: any;

export const yoco = new YocoSDK({
  publicKey: "@@pk@@",
});

export function payNow(amountInCents: number, onToken: (t: string) => void) {
  yoco.showPopup({ amountInCents, currency: "ZAR", name: "Karoo Lam Slaghuis", callback: (r: any) => onToken(r.id) });
}
""", pk=yoco_pk())

add("javascript/decoy-paystack-public-key", "public/js/checkout.js", "Paystack docs: Popup (public key)",
    """
// Paystack inline (veerstoffer winkel). Slegs die publieke sleutel hoort hier.
function betaal(epos, bedragRand) {
  const handler = PaystackPop.setup({
    key: "@@pk@@",
    email: epos,
    amount: Math.round(bedragRand * 100),
    currency: "ZAR",
    callback: (res) => fetch("/betaal/verifieer?ref=" + res.reference),
    onClose: () => alert("Betaling gekanselleer"),
  });
  handler.openIframe();
}
""", pk=paystack_pk())

add("github-actions/decoy-secrets-reference", ".github/workflows/publish.yml", "GitHub Actions docs: using secrets",
    """
name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}
""")

add("compose/decoy-secret-file", "deploy/docker-compose.yml", "Docker docs: secrets in Compose",
    """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: abattoir
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  app:
    image: registry.abattoir.local/grading:5.2.0
    environment:
      DATABASE_URL: postgresql://abattoir@db:5432/karkasse
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("terraform/decoy-random-password", "infra/terraform/db.tf", "Terraform docs: random_password and sensitive variables",
    """
resource "random_password" "spoor_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "spoor_db" {
  name = "veerpaleis/spoor/db-password"
}

resource "aws_secretsmanager_secret_version" "spoor_db" {
  secret_id     = aws_secretsmanager_secret.spoor_db.id
  secret_string = random_password.spoor_db.result
}

variable "xero_client_secret" {
  type      = string
  sensitive = true
}
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/abattoir/vault.yml", "Ansible docs: Ansible Vault encrypted files",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("yaml/decoy-sops-encrypted", "k8s/webwinkel/secrets.enc.yaml", "Mozilla SOPS docs: encrypted YAML",
    """
yoco_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
payfast_passphrase: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-05-20T09:14:02Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64(rand_pw(36)), iv1=b64(rand_pw(24))[:43] + "=", t1=b64(rand_pw(12)) + "==",
    d2=b64(rand_pw(21)), iv2=b64(rand_pw(24))[:43] + "=", t2=b64(rand_pw(12)) + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=b64(rand_pw(48)),
    iv3=b64(rand_pw(24))[:43] + "=", t3=b64(rand_pw(12)) + "==")

add("k8s/decoy-sealed-secret", "k8s/abattoir/sealed-db.yaml", "Bitnami Sealed Secrets docs",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: abattoir-db
  namespace: abattoir
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgC@@e2@@
  template:
    metadata:
      name: abattoir-db
""", e1=fakes.drawn(_seed(), 360, ALNUM + "+/"), e2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("markdown/decoy-placeholder", "README.md", "README conventions",
    """
# karoolam-winkel

Die aanlyn winkel van Karoo Lam Slaghuis (Prins Albert). Django + Yoco + PayFast.

## Opstel

```bash
cp .env.example .env
# vul in:
#   YOCO_SECRET_KEY=sk_live_<jou-sleutel>
#   PAYFAST_MERCHANT_ID=<handelaar-id>
#   PAYFAST_PASSPHRASE=<passphrase uit die PayFast dashboard>
python manage.py migrate
python manage.py runserver
```

Geheime word **nooit** in git gestoor nie; die produksie-waardes is in 1Password (kluis "Slaghuis").
""")

add("csv/decoy-rfid-tags", "exports/volstruise_kamp7_2024-05.csv", "ISO 11784/11785 animal transponder numbers",
    """
rfid,geslag,uitbroei_datum,kamp,massa_kg,status
@@t1@@,M,2023-09-14,7,98.5,aktief
@@t2@@,V,2023-09-14,7,91.0,aktief
@@t3@@,M,2023-09-16,7,102.3,geslag
@@t4@@,V,2023-09-18,7,88.7,aktief
@@t5@@,M,2023-09-21,7,95.1,verkoop
""", t1=tag_no(), t2=tag_no(), t3=tag_no(), t4=tag_no(), t5=tag_no())

add("csv/decoy-transaction-ids", "exports/yoco_transaksies_2024-06.csv", "Yoco business portal: transaction export",
    """
datum,tyd,id,kaart,bedrag,fooi,status,terminaal
2024-06-01,08:12,@@i1@@,**** 4417,412.50,11.55,Approved,PA-TOONBANK
2024-06-01,08:47,@@i2@@,**** 0932,1189.00,33.29,Approved,PA-TOONBANK
2024-06-01,09:03,@@i3@@,**** 7781,86.00,2.41,Declined,PA-TOONBANK
2024-06-01,09:30,@@i4@@,**** 1205,655.75,18.36,Approved,PA-MARK
""", i1="ch_" + fakes.drawn(_seed(), 24), i2="ch_" + fakes.drawn(_seed(), 24), i3="ch_" + fakes.drawn(_seed(), 24), i4="ch_" + fakes.drawn(_seed(), 24))

add("sql/decoy-password-hashes", "db/seeds/003_personeel.sql", "Django / passlib docs: bcrypt password hashes",
    """
-- Personeel vir die kasregister (wagwoorde is bcrypt hashes, nie die wagwoorde self nie)
INSERT INTO personeel (naam, rol, wagwoord_hash) VALUES
  ('Anelda', 'bestuurder', '@@h1@@'),
  ('Sipho', 'slagter', '@@h2@@'),
  ('Marietjie', 'toonbank', '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("log/decoy-redacted", "logs/payfast-itn-2024-06-03.log", "PayFast developer docs: ITN",
    """
2024-06-03 10:14:02 INFO  ITN ontvang vir m_payment_id=KL-20240603-0041
2024-06-03 10:14:02 DEBUG merchant_id=@@mid@@ passphrase=******** signature=@@sig@@
2024-06-03 10:14:02 INFO  handtekening geldig, bedrag R 1 240.00
2024-06-03 10:14:03 INFO  bestelling KL-20240603-0041 gemerk as BETAAL
2024-06-03 10:14:03 DEBUG Authorization: Bearer [REDACTED]
""", mid=digits(8), sig=hexs(32))

add("json/decoy-lockfile-integrity", "webwinkel/package-lock.json", "npm docs: package-lock.json integrity",
    """
{
  "name": "karoolam-webwinkel",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("javascript/decoy-firebase-web-config", "src/firebase.js", "Firebase docs: API keys for Firebase are not secret",
    """
// Firebase web config vir die plaas-toere besprekings (publiek volgens Firebase se docs)
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "veerpaleis-toere.firebaseapp.com",
  projectId: "veerpaleis-toere",
  storageBucket: "veerpaleis-toere.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=fakes.drawn(_seed(), 35, ALNUM + "-_"), sender=digits(12), app=hexs(22))

add("html/decoy-recaptcha-site-key", "templates/kontak.html", "Google reCAPTCHA docs: site key (client-side)",
    """
<form method="post" action="/kontak">
  <label>Naam <input name="naam" required></label>
  <label>Epos <input name="epos" type="email" required></label>
  <label>Boodskap <textarea name="boodskap"></textarea></label>
  <!-- reCAPTCHA site key: publiek, die secret key is in die bediener se omgewing -->
  <div class="g-recaptcha" data-sitekey="6L@@k@@"></div>
  <button type="submit">Stuur</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", k=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("java/decoy-config-reference", "src/main/java/za/co/karoolam/pay/PayfastProperties.java", "Spring docs: @Value injection",
    """
package za.co.karoolam.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PayfastProperties {
    @Value("${payfast.merchant-id}")
    private String merchantId;

    @Value("${payfast.passphrase}")
    private String passphrase;

    public String merchantId() { return merchantId; }
    public String passphrase() { return passphrase; }
}
""")

add("csharp/decoy-configuration-reference", "Toere.Web/Payments/OzowClient.cs", "ASP.NET Core docs: configuration and user secrets",
    """
using Microsoft.Extensions.Configuration;

namespace Toere.Web.Payments
{
    public class OzowClient
    {
        private readonly string _privateKey;
        private readonly string _apiKey;

        public OzowClient(IConfiguration config)
        {
            // dotnet user-secrets set "Ozow:PrivateKey" ... (nooit in appsettings nie)
            _privateKey = config["Ozow:PrivateKey"];
            _apiKey = config["Ozow:ApiKey"];
        }
    }
}
""")

add("ruby/decoy-rails-credentials", "app/services/yoco_charge.rb", "Rails docs: custom credentials",
    """
# Vra n betaling deur Yoco (slaghuis toonbank-tablet)
class YocoCharge
  BASE = "https://payments.yoco.com/api".freeze

  def initialize(amount_cents)
    @amount_cents = amount_cents
    @secret = Rails.application.credentials.dig(:yoco, :secret_key)
  end

  def call
    Faraday.post("#{BASE}/checkouts", { amount: @amount_cents, currency: "ZAR" }.to_json,
                 "Authorization" => "Bearer #{@secret}", "Content-Type" => "application/json")
  end
end
""")

add("go/decoy-getenv", "internal/config/config.go", "Go docs: os.Getenv",
    """
package config

import "os"

// Config vir die karkasgradering diens; geheime uit die omgewing (Kubernetes Secret)
type Config struct {
	DSN          string
	TelegramBot  string
	AlarmChatID  string
}

func Load() Config {
	return Config{
		DSN:         os.Getenv("GRADING_DSN"),
		TelegramBot: os.Getenv("TELEGRAM_BOT_TOKEN"),
		AlarmChatID: os.Getenv("ALARM_CHAT_ID"),
	}
}
""")

add("dockerfile/decoy-build-secret", "export-docs/Dockerfile.secure", "Docker docs: build secrets",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_password \\
    PIP_INDEX_URL="https://pypi-lees:$(cat /run/secrets/pip_index_password)@pypi.veerpaleis.co.za/simple/" \\
    pip install -r requirements.txt
COPY . .
CMD ["python", "genereer_uitvoer_dokumente.py"]
""")

add("properties/decoy-placeholder-reference", "src/main/resources/application.properties", "Spring Boot docs: property placeholders",
    """
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/spoor
spring.datasource.username=${DB_USER:spoor_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${MAIL_PASSWORD}
xero.client-secret=${XERO_CLIENT_SECRET}
server.port=8081
""")

add("markdown/decoy-ssh-public-key", "docs/toegang/ssh-sleutels.md", "OpenSSH docs: authorized_keys",
    """
# SSH sleutels vir die plaas-bediener

Voeg jou **publieke** sleutel hier by (nooit die privaat sleutel nie):

| Persoon | Sleutel |
|---|---|
| Johan | `@@k1@@ johan@weegbrug` |
| Marietjie | `@@k2@@ marietjie@kantoor` |
| CI | `@@k3@@ ci@veerpaleis` |
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub())

add("python/decoy-hash-checksums", "spoor/lot_hash.py", "Python docs: hashlib",
    """
\"\"\"Elke uitvoer-lot kry n vingerafdruk (SHA-256) van sy RFID-lys, vir die veearts se sertifikaat.\"\"\"
import hashlib

# bekende lotte (vir regressietoetse)
KNOWN = {
    "LOT-2024-0113": "@@h1@@",
    "LOT-2024-0114": "@@h2@@",
}


def lot_fingerprint(tags: list[str]) -> str:
    return hashlib.sha256("\\n".join(sorted(tags)).encode()).hexdigest()
""", h1=sha256ish(), h2=sha256ish())

add("yaml/decoy-secret-key-ref", "helm/karoolam-shop/templates/deployment.yaml", "Kubernetes docs: env from secretKeyRef",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: karoolam-shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: karoolam-shop}
  template:
    metadata:
      labels: {app: karoolam-shop}
    spec:
      containers:
        - name: shop
          image: registry.karoolam.co.za/shop:3.8.2
          env:
            - name: YOCO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: yoco, key: secret-key}
            - name: PAYFAST_PASSPHRASE
              valueFrom:
                secretKeyRef: {name: payfast, key: passphrase}
""")

add("k8s/decoy-external-secret", "k8s/webwinkel/external-secret.yaml", "External Secrets Operator docs: ExternalSecret",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webwinkel-payments
  namespace: webwinkel
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager-af-south-1
    kind: ClusterSecretStore
  target:
    name: webwinkel-payments
  data:
    - secretKey: PAYSTACK_SECRET_KEY
      remoteRef:
        key: karoolam/webwinkel/paystack
        property: secret_key
""")

add("k8s-secret/decoy-placeholder-base64", "k8s/abattoir/db-secret.template.yaml", "Kubernetes docs: Secrets",
    """
# Sjabloon - vervang die waardes in die CI pyplyn (sien docs/deploy.md)
apiVersion: v1
kind: Secret
metadata:
  name: abattoir-db
  namespace: abattoir
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
""", u=b64("abattoir"), p=b64("CHANGEME"))

add("env/decoy-onepassword-reference", "boekhou/.env.tpl", "1Password CLI docs: secret references",
    """
# op inject -i .env.tpl -o .env
XERO_CLIENT_ID=op://Kamanassie/Xero koppeling/username
XERO_CLIENT_SECRET=op://Kamanassie/Xero koppeling/credential
YOCO_SECRET_KEY=op://Kamanassie/Yoco/secret key
SYNC_CRON=0 2 * * *
""")

add("shell/decoy-read-prompt", "scripts/nuwe_weegbrug_gebruiker.sh", "bash manual: read -s",
    """
#!/bin/bash
# Skep n nuwe gebruiker op die weegbrug bediener (vra die wagwoord, stoor dit nie)
set -euo pipefail
read -rp "Gebruikersnaam: " GEBRUIKER
read -rsp "Wagwoord: " WAGWOORD; echo
sudo useradd -m -s /bin/bash "$GEBRUIKER"
echo "$GEBRUIKER:$WAGWOORD" | sudo chpasswd
unset WAGWOORD
echo "Gebruiker $GEBRUIKER geskep"
""")

add("powershell/decoy-secret-management", "scripts/Stuur-Weegstate-Veilig.ps1", "Microsoft docs: SecretManagement module",
    """
# Nuwe weergawe: wagwoord uit die SecretStore kluis, nie in die skrip nie
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "KKI-FTP" -Vault "KantoorKluis"
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred.GetNetworkCredential()
Get-ChildItem "C:\\Weegbrug\\Uitvoer\\*.csv" | ForEach-Object {
    $wc.UploadFile("ftp://ftp.kki-koop.co.za/inkomend/kamanassie/" + $_.Name, $_.FullName)
}
""")

add("rust/decoy-env-var", "sensor-gateway/src/config.rs", "Rust std docs: env::var",
    """
use std::env;

// MQTT instellings; die wagwoord kom uit systemd se EnvironmentFile
pub struct Mqtt {
    pub host: String,
    pub user: String,
    pub password: String,
}

pub fn load() -> Mqtt {
    Mqtt {
        host: env::var("MQTT_HOST").unwrap_or_else(|_| "192.168.88.10".into()),
        user: env::var("MQTT_USER").unwrap_or_else(|_| "broeihuis".into()),
        password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD ontbreek"),
    }
}
""")

add("plist/decoy-public-client-id", "KarooLamApp/Config/GoogleService-Info.plist", "Google Sign-In docs: iOS client id (public)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CLIENT_ID</key>
    <string>@@n@@-@@c@@.apps.googleusercontent.com</string>
    <key>REVERSED_CLIENT_ID</key>
    <string>com.googleusercontent.apps.@@n@@-@@c@@</string>
    <key>BUNDLE_ID</key>
    <string>za.co.karoolam.bestel</string>
</dict>
</plist>
""", n=digits(12), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("kotlin/decoy-build-config-reference", "app/src/main/java/za/co/karoolam/pos/PaymentsModule.kt", "Android docs: BuildConfig fields from local.properties",
    """
package za.co.karoolam.pos

// Die sleutel word tydens die bou uit die CI geheime ingespuit, nie in die bron nie
object PaymentsModule {
    val yocoSecret: String get() = BuildConfig.YOCO_SECRET_KEY
    val yocoPublic: String get() = BuildConfig.YOCO_PUBLIC_KEY
    const val CURRENCY = "ZAR"
    const val TIMEOUT_SECONDS = 30L
}
""")

add("python/decoy-test-fixture", "tests/test_payfast_signature.py", "pytest docs: fixtures",
    """
import pytest

from payfast.signature import signature


@pytest.fixture
def data():
    return {"merchant_id": "10000100", "merchant_key": "46f0cd694581a",
            "amount": "100.00", "item_name": "Toets lam boks"}


def test_signature_is_md5_hex(data, monkeypatch):
    monkeypatch.setattr("payfast.signature.PASSPHRASE", "toets-passphrase")
    sig = signature(data)
    assert len(sig) == 32 and all(c in "0123456789abcdef" for c in sig)
""")

add("python/decoy-webhook-verify", "shop/yoco_webhooks.py", "Yoco developer docs: verifying webhook signatures",
    """
import base64
import hashlib
import hmac

from django.conf import settings


def verify(headers, body: bytes) -> bool:
    \"\"\"Kontroleer die Yoco webhook handtekening; die geheim is in settings (uit die omgewing).\"\"\"
    secret = settings.YOCO_WEBHOOK_SECRET.split("_", 1)[1]
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(base64.b64decode(secret), signed, hashlib.sha256).digest()).decode()
    sent = headers["webhook-signature"].split(" ")[0].split(",")[1]
    return hmac.compare_digest(expected, sent)
""")

add("json/decoy-ids-uuids", "data/broeihuis_rekords.json", "JSON export of incubator records",
    """
{
  "broeihuis": "Kamanassie B3",
  "rekords": [
    {"id": "@@u1@@", "eier_lot": "EL-2024-0311", "ingesit": "2024-03-11", "dae": 42, "uitgebroei": 31},
    {"id": "@@u2@@", "eier_lot": "EL-2024-0318", "ingesit": "2024-03-18", "dae": 42, "uitgebroei": 27},
    {"id": "@@u3@@", "eier_lot": "EL-2024-0325", "ingesit": "2024-03-25", "dae": 42, "uitgebroei": 34}
  ],
  "sensor_firmware_sha256": "@@h@@"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h=sha256ish())

add("yaml/decoy-image-digests", "k8s/abattoir/kustomization.yaml", "Kustomize docs: images with digests",
    """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: abattoir
resources:
  - deployment.yaml
  - service.yaml
images:
  - name: registry.abattoir.local/grading
    digest: sha256:@@d1@@
  - name: registry.abattoir.local/labels
    digest: sha256:@@d2@@
commonLabels:
  app.kubernetes.io/part-of: abattoir
""", d1=sha256ish(), d2=sha256ish())

add("markdown/decoy-changelog-commits", "CHANGELOG.md", "Keep a Changelog",
    """
# Veranderinge

## 1.7.2 - 2024-05-30
- Spoorsnyding: RFID leser time-out verhoog ([@@c1@@](https://github.com/veerpaleis/spoor/commit/@@c1@@))
- Uitvoer-CSV kolomme in die volgorde wat die veearts verwag (@@c2s@@)

## 1.7.1 - 2024-05-02
- Herstel: lot-vingerafdruk het hoofletter RFID's anders gesorteer (@@c3s@@)
""", c1=git_sha(), c2s=hexs(7), c3s=hexs(7))

add("text/decoy-sha256sums", "release/SHA256SUMS", "GNU coreutils: sha256sum",
    """
@@h1@@  veerpaleis_spoor-1.7.2-py3-none-any.whl
@@h2@@  veerpaleis_spoor-1.7.2.tar.gz
@@h3@@  weegbrug-agent-1.3.0-windows-x64.zip
@@h4@@  weegbrug-agent-1.3.0-linux-arm64.tar.gz
@@h5@@  sensor-gateway-0.9.4-armv7.tar.gz
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("xml/decoy-env-placeholder", "Slaghuis.Debiete/Netcash.Release.config", "Microsoft docs: config transforms with tokens",
    """
<?xml version="1.0" encoding="utf-8"?>
<!-- Die CI vervang die #{...}# tokens uit Azure DevOps biblioteek-groepe -->
<netcash>
  <merchantAccount>52340018201</merchantAccount>
  <debitOrderServiceKey>#{NetcashDebitOrderServiceKey}#</debitOrderServiceKey>
  <softwareVendorKey>#{NetcashVendorKey}#</softwareVendorKey>
  <batchName>KAROOLAM-MAAND</batchName>
</netcash>
""")

add("ini/decoy-empty-password", "weighbridge/weegbrug.example.ini", "Python configparser docs",
    """
[weegbrug]
poort = COM3
baud = 9600
eenheid = kg

[epos]
; vul die wagwoord in op die weegbrug PC self, nie hier nie
smtp_host = mail.kammanassie-volstruis.co.za
smtp_port = 587
smtp_user = weegbrug@kammanassie-volstruis.co.za
smtp_pass =
ontvangers = kantoor@kammanassie-volstruis.co.za
""")

add("toml/decoy-poetry-source", "pyproject.toml", "Poetry docs: package sources (credentials via poetry config)",
    """
[tool.poetry]
name = "veerpaleis-spoor"
version = "1.7.2"
description = "Spoorsnyding vir volstruis uitvoer-lotte"
authors = ["Veerpaleis IT <it@veerpaleis.co.za>"]

[tool.poetry.dependencies]
python = "^3.11"
httpx = "^0.27"

[[tool.poetry.source]]
name = "veerpaleis"
url = "https://pypi.veerpaleis.co.za/simple/"
priority = "supplemental"
# poetry config http-basic.veerpaleis pypi-lees <wagwoord>
""")

add("notebook/decoy-getpass", "analise/veer_pryse.ipynb", "Python docs: getpass",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('Databasis wagwoord: ')\\n",
    "eng = create_engine(f'postgresql://analis:{pw}@db.abattoir.local:5432/karkasse')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select klas, prys_per_kg from veer_veiling order by datum desc limit 20', eng)"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("log/decoy-rfid-reader", "logs/rfid-leser-2024-05-14.log", "ISO 11785 FDX-B reader output",
    """
2024-05-14 06:41:02 LESER weegkraal-1 verbind (Tru-Test XRS2i, firmware 3.4.1)
2024-05-14 06:41:19 TAG @@t1@@ massa=97.4kg kamp=7
2024-05-14 06:41:33 TAG @@t2@@ massa=101.0kg kamp=7
2024-05-14 06:41:48 TAG @@t3@@ massa=89.6kg kamp=7
2024-05-14 06:42:05 RAW 02 @@raw@@ 03
2024-05-14 06:42:05 WAARSKUWING: dubbel gelees, geïgnoreer
""", t1=tag_no(), t2=tag_no(), t3=tag_no(), raw=hexs(26).upper())

add("yaml/decoy-lorawan-ids", "lorawan/devices.yaml", "The Things Stack docs: DevEUI and JoinEUI identifiers",
    """
# Toestel-identiteite (EUI's is nie geheime nie; AppKey's is in TTN self)
devices:
  - name: watertrog-kamp-3
    dev_eui: @@e1@@
    join_eui: 70B3D57ED0000000
  - name: watertrog-kamp-7
    dev_eui: @@e2@@
    join_eui: 70B3D57ED0000000
  - name: grondvog-lusern-1
    dev_eui: @@e3@@
    join_eui: 70B3D57ED0000000
""", e1=hexs(16).upper(), e2=hexs(16).upper(), e3=hexs(16).upper())

add("markdown/decoy-bank-details", "docs/kliente/rekening-besonderhede.md", "Invoice payment details shared with customers",
    """
# Betaalbesonderhede vir restaurant-kliente

Karoo Lam Slaghuis (Edms) Bpk
- BTW nr: 4@@vat@@
- Bank: Standard Bank, Prins Albert
- Rekening: @@acc@@ (tjek)
- Takkode: 051001
- Verwysing: jou faktuur nommer (bv. KL-INV-2024-0612)

Debietorders word deur Netcash verwerk; kontak rekeninge@karoolam.co.za vir n mandaat.
""", vat=digits(9), acc=digits(10))

add("javascript/decoy-sentry-dsn", "src/sentry.js", "Sentry docs: DSN explainer (the DSN is safe to keep public)",
    """
import * as Sentry from "@sentry/browser";

// DSN is publiek (Sentry se docs): dit laat net toe om foute te stuur
Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@",
  environment: "produksie",
  tracesSampleRate: 0.1,
  release: "bestel-app@3.8.2",
});
""", k=hexs(32), org=digits(6), proj=digits(7))

add("typescript/decoy-mapbox-public-token", "src/map/kampe.ts", "Mapbox docs: public access tokens (pk.)",
    """
import mapboxgl from "mapbox-gl";

// Publieke token (pk.), beperk tot toere.veerpaleis.co.za in die Mapbox dashboard
mapboxgl.accessToken = "pk.eyJ1IjoidmVlcnBhbGVpcyIsImEiOiJ@@a@@In0.@@b@@";

export function kaart(el: HTMLElement) {
  return new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/outdoors-v12", center: [22.2, -33.59], zoom: 11 });
}
""", a=fakes.drawn(_seed(), 21, string.ascii_lowercase + string.digits), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/decoy-regex-patterns", "tools/pre_commit_geheime.py", "Python docs: re",
    """
\"\"\"Ons eie pre-commit kontrole: keer Yoco/Paystack geheime sleutels voordat hulle in git beland.\"\"\"
import re
import sys

PATTERNS = {
    "yoco/paystack secret": re.compile(r"sk_live_[0-9A-Za-z]{24,48}"),
    "payfast passphrase": re.compile(r"PF_PASSPHRASE\\s*[=,]\\s*['\\"][^'\\"]{6,}['\\"]"),
    "telegram bot": re.compile(r"\\d{8,10}:AA[0-9A-Za-z_-]{33}"),
}

bad = [(p, n) for p in sys.argv[1:] for n, rx in PATTERNS.items() if rx.search(open(p, errors="ignore").read())]
for path, name in bad:
    print(f"{path}: moontlike {name}")
sys.exit(1 if bad else 0)
""")

add("sql/decoy-grading-codes", "db/seeds/001_graderings.sql", "South African red meat classification (age and fat codes)",
    """
-- Karkasklassifikasie: ouderdom (A, AB, B, C) en vetkode (0-6)
INSERT INTO gradering (kode, ouderdom, vet, beskrywing) VALUES
  ('A2', 'A', 2, 'Lam, skraal'),
  ('A3', 'A', 3, 'Lam, medium vet'),
  ('AB2', 'AB', 2, 'Jong skaap, skraal'),
  ('B3', 'B', 3, 'Skaap, medium vet'),
  ('C4', 'C', 4, 'Ou skaap, vet');
""")

add("csharp/decoy-connection-string-no-password", "Weegbrug.Service/appsettings.json", "Microsoft docs: Integrated Security connection strings",
    """
{
  "ConnectionStrings": {
    "Weegbrug": "Server=KANTOOR-SQL\\\\SQLEXPRESS;Database=Weegbrug;Integrated Security=True;TrustServerCertificate=True"
  },
  "Scale": { "Port": "COM4", "BaudRate": 9600, "Unit": "kg" },
  "Export": { "Folder": "C:\\\\Weegbrug\\\\Uitvoer", "Hour": 21 }
}
""")

add("terraform/decoy-secrets-manager-lookup", "infra/terraform/app.tf", "Terraform AWS provider docs: aws_secretsmanager_secret_version data source",
    """
data "aws_secretsmanager_secret_version" "paystack" {
  secret_id = "karoolam/webwinkel/paystack"
}

locals {
  paystack = jsondecode(data.aws_secretsmanager_secret_version.paystack.secret_string)
}

resource "aws_lambda_function" "verify" {
  function_name = "paystack-verify"
  role          = aws_iam_role.lambda.arn
  handler       = "verify.handler"
  runtime       = "python3.12"
  filename      = "build/verify.zip"
  environment {
    variables = {
      PAYSTACK_SECRET_ARN = data.aws_secretsmanager_secret_version.paystack.arn
    }
  }
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/kasregister/tasks/main.yml", "Ansible docs: community.hashi_vault lookup",
    """
---
- name: Skryf kasregister konfigurasie
  ansible.builtin.template:
    src: kasregister.ini.j2
    dest: /etc/kasregister/kasregister.ini
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/slaghuis/kasregister:db_password') }}"
    yoco_secret: "{{ vault_yoco_secret_key }}"
  notify: herbegin kasregister
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-aws.yml", "GitHub docs: OIDC with AWS (no long-lived keys)",
    """
name: deploy-aws
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
          role-to-assume: arn:aws:iam::@@acct@@:role/github-veerpaleis-deploy
          aws-region: af-south-1
      - run: aws s3 sync site/ s3://veerpaleis-toere-site --delete
""", acct=digits(12))

add("compose/decoy-required-variable", "stack/docker-compose.yml", "Docker docs: Compose variable interpolation",
    """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?stel MYSQL_ROOT_PASSWORD in .env}
      MYSQL_DATABASE: voerkraal
      MYSQL_USER: voer
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?stel MYSQL_PASSWORD in .env}
  app:
    image: registry.veerpaleis.co.za/voerkraal:2.4.1
    env_file: .env
    depends_on: [db]
""")

add("env/decoy-local-dev-defaults", "abattoir/.env.development", "Docker Hub postgres image: default local credentials",
    """
# Plaaslike ontwikkeling (docker compose up) - nie produksie nie
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/karkasse_dev
REDIS_URL=redis://localhost:6379/0
DEBUG=true
TELEGRAM_BOT_TOKEN=
ALARM_CHAT_ID=
""")

add("php/decoy-wp-config-sample", "wp-config-sample.php", "WordPress docs: wp-config-sample.php",
    """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'vs_';
define( 'WP_DEBUG', false );
""")

add("python/decoy-django-env-secret", "estate/settings/base.py", "Django docs: SECRET_KEY from the environment",
    """
import os
from pathlib import Path

from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Produksie stel DJANGO_SECRET_KEY; plaaslik kry elke begin n nuwe een
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or get_random_secret_key()
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
LANGUAGE_CODE = "af"
TIME_ZONE = "Africa/Johannesburg"
""")

add("ini/decoy-aws-sso-config", "ops/aws/config", "AWS CLI docs: IAM Identity Center profiles",
    """
[profile veerpaleis-prod]
sso_session = veerpaleis
sso_account_id = @@a1@@
sso_role_name = AdministratorAccess
region = af-south-1

[sso-session veerpaleis]
sso_start_url = https://veerpaleis.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", a1=digits(12))

add("csv/decoy-invoice-refs", "exports/fakture_restaurante_2024-05.csv", "RFC 4180: CSV",
    """
faktuur,klient,datum,bedrag,btw,status,netcash_verwysing
KL-INV-2024-0501,Die Karoo Kombuis,2024-05-03,8450.00,1102.17,betaal,@@r1@@
KL-INV-2024-0502,Gallery Cafe Prins Albert,2024-05-03,3120.00,406.96,betaal,@@r2@@
KL-INV-2024-0503,Swartberg Hotel,2024-05-10,12980.50,1693.11,uitstaande,@@r3@@
KL-INV-2024-0504,Oudtshoorn Padstal,2024-05-17,2210.00,288.26,betaal,@@r4@@
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s())

add("log/decoy-nginx-access", "logs/nginx-access-winkel.log", "nginx docs: access log format",
    """
41.13.22.8 - - [03/Jun/2024:10:13:55 +0200] "GET /bestel/KL-20240603-0041 HTTP/2.0" 200 5120 "-" "Mozilla/5.0"
41.13.22.8 - - [03/Jun/2024:10:14:01 +0200] "POST /payfast/itn HTTP/1.1" 200 2 "-" "PayFast ITN"
102.65.4.19 - - [03/Jun/2024:10:14:07 +0200] "GET /bestelling/dankie?pf_payment_id=@@p@@ HTTP/2.0" 200 3410 "-" "Mozilla/5.0"
102.65.4.19 - - [03/Jun/2024:10:14:09 +0200] "GET /static/app.@@h@@.js HTTP/2.0" 200 88231 "-" "Mozilla/5.0"
66.249.66.1 - - [03/Jun/2024:10:15:40 +0200] "GET /resepte/lamsboud-in-die-potjie HTTP/1.1" 200 14220 "-" "Googlebot/2.1"
""", p=digits(7), h=hexs(20))

add("xml/decoy-saml-certificate", "sso/idp-metadata.xml", "OASIS SAML 2.0 metadata: signing certificate (public)",
    """
<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/@@t@@/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>MIIC8DCCAdigAwIBAgIQ@@c@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@t@@/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", t=uuid_s(), c=fakes.drawn(_seed(), 680, ALNUM + "+/") + "==")

add("pem/decoy-certificate", "ops/certs/winkel.karoolam.co.za.crt", "RFC 7468: certificates in PEM",
    """
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
""", l1="MIIFZTCCBE2gAwIBAgISA" + fakes.drawn(_seed(), 43, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "=")

add("markdown/decoy-gpg-public-key", "docs/uitvoer/pgp-sleutel.md", "RFC 4880: ASCII-armored public keys",
    """
# Ons publieke PGP sleutel (vir geënkripteerde uitvoer-dokumente)

Stuur sensitiewe dokumente aan uitvoer@veerpaleis.co.za geënkripteer met:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZk@@a@@
@@b@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
```

Vingerafdruk: `@@fp@@`
""", a=fakes.drawn(_seed(), 60, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 4, ALNUM), fp=" ".join(hexs(4).upper() for _ in range(10)))

add("ini/decoy-wireguard-placeholder", "ops/vpn/wg0.conf.example", "WireGuard docs: configuration",
    """
[Interface]
# Kopieer na /etc/wireguard/wg0.conf en genereer jou eie sleutel: wg genkey
Address = 10.99.0.X/24
PrivateKey = <jou-privaat-sleutel>

[Peer]
PublicKey = @@pub@@
Endpoint = plaas.kammanassie-volstruis.co.za:51820
AllowedIPs = 10.99.0.0/24, 192.168.88.0/24
""", pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("json/decoy-azure-app-ids", "infra/azure/app-registration.json", "Microsoft Entra docs: application manifest (ids are not secrets)",
    """
{
  "appId": "@@a@@",
  "displayName": "Veerpaleis Toere - Web",
  "signInAudience": "AzureADMyOrg",
  "tenantId": "@@t@@",
  "web": {
    "redirectUris": ["https://toere.veerpaleis.co.za/signin-oidc"],
    "implicitGrantSettings": {"enableIdTokenIssuance": true}
  },
  "passwordCredentials": [],
  "keyCredentials": []
}
""", a=uuid_s(), t=uuid_s())

add("json/decoy-vscode-env-reference", ".vscode/launch.json", "VS Code docs: launch configurations and ${env:} variables",
    """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Weegbrug agent",
      "type": "debugpy",
      "request": "launch",
      "module": "weegbrug.agent",
      "env": {
        "WEEGBRUG_PORT": "COM3",
        "SMTP_PASSWORD": "${env:WEEGBRUG_SMTP_PASSWORD}"
      }
    }
  ]
}
""")

add("ruby/decoy-env-fetch", "config/initializers/paystack.rb", "Ruby docs: ENV.fetch",
    """
# Paystack vir die veerstoffer-winkel; geheime sleutel uit die omgewing (Heroku config vars)
Paystack.configure do |config|
  config.secret_key = ENV.fetch("PAYSTACK_SECRET_KEY")
  config.public_key = ENV.fetch("PAYSTACK_PUBLIC_KEY")
  config.currency = "ZAR"
end
""")

add("yaml/decoy-encrypted-renovate", "renovate.json5.yaml", "Renovate docs: encrypted secrets",
    """
# Renovate vir die spoor-projek; die wagwoord is met Renovate se publieke sleutel geënkripteer
extends:
  - config:recommended
timezone: Africa/Johannesburg
schedule: ["before 6am on monday"]
hostRules:
  - matchHost: pypi.veerpaleis.co.za
    username: pypi-lees
    encrypted:
      password: wcFMA@@e@@
""", e=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("markdown/decoy-vault-pointer-runbook", "docs/runbooks/yoco-sleutel-roteer.md", "Runbook: key rotation with a password manager",
    """
# Roteer die Yoco geheime sleutel

1. Meld aan by die Yoco portaal (Anelda het 2FA op haar foon).
2. **Ontwikkelaars -> API sleutels -> Skep nuwe sleutel.**
3. Plak die nuwe sleutel in 1Password: kluis `Slaghuis`, item `Yoco`, veld `secret key`.
4. `op inject -i .env.tpl -o .env` op die bediener en herbegin `kasregister-sync`.
5. Trek die ou sleutel in die Yoco portaal terug.

Die sleutel self word nooit in Slack, e-pos of hierdie wiki geplak nie.
""")

add("csv/decoy-masked-cards", "exports/yoco_terugbetalings_2024-Q2.csv", "Yoco business portal: refunds export",
    """
datum,kaart,bedrag,rede,goedkeuring
2024-04-03,**** **** **** 4417,-412.50,verkeerde snit,@@a1@@
2024-05-11,**** **** **** 0932,-89.00,dubbel gehef,@@a2@@
2024-06-08,**** **** **** 7781,-1260.00,bestelling gekanselleer,@@a3@@
2024-06-19,**** **** **** 1205,-55.75,prys fout,@@a4@@
""", a1=digits(6), a2=digits(6), a3=digits(6), a4=digits(6))

add("python/decoy-ozow-hashcheck-doc", "payments/ozow_hash.py", "Ozow Hub docs: HashCheck generation",
    """
\"\"\"Ozow HashCheck: SHA512 van die velde + privaat sleutel, kleinletters.\"\"\"
import hashlib

from django.conf import settings

FIELDS = ["SiteCode", "CountryCode", "CurrencyCode", "Amount", "TransactionReference", "BankReference",
          "CancelUrl", "ErrorUrl", "SuccessUrl", "NotifyUrl", "IsTest"]


def hash_check(post: dict) -> str:
    joined = "".join(str(post.get(f, "")) for f in FIELDS) + settings.OZOW_PRIVATE_KEY
    return hashlib.sha512(joined.lower().encode()).hexdigest()
""")

add("log/decoy-weighbridge-frames", "logs/weegbrug-serial.log", "Serial indicator protocol trace",
    """
2024-05-14 14:02:10 COM3 <- 02 2B 30 31 32 34 38 30 20 6B 67 0D 03  (+012480 kg)
2024-05-14 14:02:11 COM3 <- 02 2B 30 31 32 34 38 30 20 6B 67 0D 03  (+012480 kg) STABIEL
2024-05-14 14:02:11 WEEG voertuig=CAW 4411 bruto=12480 kg vrag=volstruis (28 voëls) kaartjie=@@k@@
2024-05-14 14:31:52 WEEG voertuig=CAW 4411 tarra=7010 kg netto=5470 kg
2024-05-14 14:31:53 STAAT gestuur na kantoor (id @@u@@)
""", k=digits(6), u=uuid_s())

# CASES-DECOYS-END

add("go/decoy-test-token", "internal/alarm/telegram_test.go", "Go docs: net/http/httptest",
    """
package alarm

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSendPostsToBot(t *testing.T) {
	called := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		called = r.URL.Path == "/botTEST-TOKEN/sendMessage"
	}))
	defer srv.Close()
	if err := sendTo(srv.URL, "TEST-TOKEN", "koelkamer 5.2C"); err != nil || !called {
		t.Fatalf("boodskap nie gestuur nie: %v", err)
	}
}
""")

add("xml/decoy-maps-key-placeholder", "app/src/main/AndroidManifest.xml", "Secrets Gradle Plugin docs: manifest placeholders",
    """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application
        android:label="Karoo Lam"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("toml/decoy-cargo-lock-checksums", "sensor-gateway/Cargo.lock", "Cargo docs: Cargo.lock checksums",
    """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "tokio"
version = "1.38.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("powershell/decoy-read-host-secure", "scripts/Nuwe-SqlGebruiker.ps1", "Microsoft docs: Read-Host -AsSecureString",
    """
# Skep n SQL login vir n nuwe kantoor-werker (Sage Pastel)
param([Parameter(Mandatory)] [string] $Naam)
$wagwoord = Read-Host -AsSecureString "Wagwoord vir $Naam"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($wagwoord))
Invoke-Sqlcmd -ServerInstance "KANTOOR\\EVOLUTION" -Query "CREATE LOGIN [$Naam] WITH PASSWORD = N'$plain'"
Remove-Variable plain
""")

add("dockerfile/decoy-sandbox-merchant", "payfast-itn/Dockerfile.test", "PayFast developer docs: sandbox merchant",
    """
FROM php:8.3-apache
# Toets-houer: PayFast se publieke sandbox-handelaar
ENV PAYFAST_HOST=sandbox.payfast.co.za \\
    PAYFAST_MERCHANT_ID=10000100 \\
    PAYFAST_MERCHANT_KEY=46f0cd694581a
COPY public/ /var/www/html/
COPY tests/ /var/www/tests/
RUN a2enmod rewrite
""")

add("properties/decoy-signing-env", "android/signing.properties", "Android docs: signing config with environment variables",
    """
# Sleutelstoor wagwoorde kom uit die CI omgewing (KEYSTORE_PASSWORD, KEY_PASSWORD)
storeFile=../keystores/karoolam-upload.jks
keyAlias=karoolam-upload
storePassword=${KEYSTORE_PASSWORD}
keyPassword=${KEY_PASSWORD}
""")

add("sql/decoy-api-key-hashes", "db/migrations/0051_api_keys.sql", "OWASP: store API keys hashed",
    """
-- Restaurante se API sleutels vir bestellings: ons stoor net die SHA-256 en die voorvoegsel
CREATE TABLE api_sleutels (
  id serial PRIMARY KEY,
  klient text NOT NULL,
  voorvoegsel char(8) NOT NULL,
  sha256 char(64) NOT NULL
);
INSERT INTO api_sleutels (klient, voorvoegsel, sha256) VALUES
  ('Die Karoo Kombuis', 'kl_7Qm2', '@@h1@@'),
  ('Swartberg Hotel', 'kl_Xa9p', '@@h2@@');
""", h1=sha256ish(), h2=sha256ish())

add("html/decoy-analytics-ids", "templates/base.html", "Google tag and Meta Pixel docs: public measurement ids",
    """
<!doctype html>
<html lang="af">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Karoo Lam Slaghuis{% endblock %}</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date()); gtag('config', 'G-@@ga@@');
  </script>
  <script>fbq('init', '@@px@@'); fbq('track', 'PageView');</script>
</head>
<body>{% block content %}{% endblock %}</body>
</html>
""", ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), px=digits(15))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "OpenAPI 3 docs: security schemes and examples",
    """
openapi: 3.0.3
info:
  title: Karoo Lam bestel-API (restaurante)
  version: 1.2.0
components:
  securitySchemes:
    sleutel:
      type: http
      scheme: bearer
      description: "Stuur `Authorization: Bearer <jou-api-sleutel>`; vra een by rekeninge@karoolam.co.za"
security:
  - sleutel: []
paths:
  /bestellings:
    post:
      summary: Plaas n bestelling (lamsboud, tjops, blad)
      responses:
        "201": {description: Geskep}
""")

add("python/decoy-twilio-sid-env-token", "functions/whatsapp_status.py", "Twilio docs: Account SID (identifier) and auth token",
    """
import os
from twilio.rest import Client

# Account SID is n identifiseerder; die auth token kom uit die omgewing
ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])

for msg in client.messages.list(limit=20):
    print(msg.sid, msg.status, msg.to)
""", sid=twilio_sid())

add("shell/decoy-ttn-cli-env", "lorawan/registreer_toestel.sh", "The Things Stack CLI docs",
    """
#!/bin/bash
# Registreer n nuwe watertrog-sensor; TTN_API_KEY moet in die omgewing wees
set -euo pipefail
: "${TTN_API_KEY:?stel TTN_API_KEY eers}"
DEV_ID=$1
DEV_EUI=$2
ttn-lw-cli end-devices create kamanassie-kampe "$DEV_ID" \\
  --dev-eui "$DEV_EUI" --join-eui 70B3D57ED0000000 \\
  --frequency-plan-id EU_863_870_TTN --lorawan-version 1.0.3 \\
  --root-keys.app-key.key "$(openssl rand -hex 16)"
""")

# CASES-DECOYS-END
