"""Blind set KD: adire textile dyers and talking-drum makers in Nigeria.

Shop backends and mobile apps (Paystack, Flutterwave, Monnify, Mono), SMS and WhatsApp notices
(Termii, Africa's Talking, Meta), catalogues and photos, dye-house and workshop devices, their CI,
containers, infrastructure, notebooks and handover notes, partly in Yoruba, and their decoys.
Generated fakes only (seeds 5090000-5099999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5090000, 5099999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_NUM = string.ascii_uppercase + string.digits
LOWER_NUM = string.ascii_lowercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Indigo", "Aro", "Eleko", "Dundun", "Gangan", "Osan", "Adire", "Kijipa", "Itoku", "Oniko",
         "Alabere", "Sekere", "Iyalu", "Bata", "Ayan", "Osogbo", "Ibadan", "Abeni", "Lapa", "Omi"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def paystack_sk() -> str:
    return "sk_live_" + hexs(40)


def paystack_pk() -> str:
    return "pk_live_" + hexs(40)


def flw_sk() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def flw_pk() -> str:
    return "FLWPUBK-" + hexs(32) + "-X"


def monnify_secret() -> str:
    return fakes.drawn(_seed(), 32, UPPER_NUM)


def monnify_api_key() -> str:
    return "MK_PROD_" + fakes.drawn(_seed(), 10, UPPER_NUM)


def mono_sk() -> str:
    return "live_sk_" + fakes.drawn(_seed(), 20, LOWER_NUM)


def termii_key() -> str:
    return "TL" + alnum(58)


def at_key() -> str:
    return "atsk_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def meta_token() -> str:
    r = _rng()
    return "EAA" + r.choice("GIJB") + "".join(r.choice(ALNUM) for _ in range(r.randint(170, 200)))


def cloudinary() -> tuple:
    r = _rng()
    key = str(r.randint(10**14, 10**15 - 1))
    secret = "".join(r.choice(ALNUM + "_-") for _ in range(27))
    return key, secret


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_sk(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99, _seed())


def whsec() -> str:
    return "whsec_" + alnum(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def dockerhub_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "_-")


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def google_oauth_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-")


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_NUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_NUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def sealed_blob(n: int = 300) -> str:
    return "AgB" + fakes.drawn(_seed(), n, ALNUM + "+/") + "=="


def vault_blob(lines: int = 5) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


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
    CASES.append(LabelledCase(f"blind-kd/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Shop backends: payments, SMS, orders (secrets)
# ---------------------------------------------------------------------------------------------

add("env/paystack-secret-key", "itoku-adire-shop/.env", "https://paystack.com/docs/api/authentication/", r"""
# Itoku Adire House - shop backend (Abẹ́òkúta)
APP_ENV=production
APP_URL=https://shop.itokuadire.ng
DATABASE_URL=postgres://adire:${DB_PASSWORD}@db.internal:5432/adire_shop
PAYSTACK_PUBLIC_KEY=@@pk@@
PAYSTACK_SECRET_KEY=@@secret@@
PAYSTACK_CALLBACK_URL=https://shop.itokuadire.ng/checkout/callback
# Àkíyèsí: owó ni a máa ń gbà ní NGN nìkan
DEFAULT_CURRENCY=NGN
""", paystack_sk(), pk=paystack_pk())

add("python/flutterwave-secret-key", "ayanlere_drums/payments/flutterwave.py", "https://developer.flutterwave.com/docs/integration-guides/authentication", r'''
"""Flutterwave checkout for drum orders (dùndún, gángan, bàtá)."""
import requests

FLW_BASE = "https://api.flutterwave.com/v3"
FLW_SECRET_KEY = "@@secret@@"


def create_payment(order):
    payload = {
        "tx_ref": f"AYD-{order.id}",
        "amount": str(order.total),
        "currency": "NGN",
        "redirect_url": "https://ayanleredrums.com.ng/orders/thanks",
        "customer": {"email": order.email, "name": order.customer_name},
        "customizations": {"title": "Ayanlere Drums", "description": order.summary()},
    }
    headers = {"Authorization": f"Bearer {FLW_SECRET_KEY}"}
    resp = requests.post(f"{FLW_BASE}/payments", json=payload, headers=headers, timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]["link"]
''', flw_sk())

add("python/termii-api-key", "adire_coop/notify/sms.py", "https://developers.termii.com/messaging-api", r'''
import requests

# Ẹ jọ̀ọ́, sender ID "OsunAdire" ti gba ìfọwọ́sí lọ́dọ̀ Termii
TERMII_URL = "https://api.ng.termii.com/api/sms/send"


def send_pickup_notice(phone: str, batch_no: str) -> dict:
    body = {
        "to": phone,
        "from": "OsunAdire",
        "sms": f"Aṣọ àdìrẹ yín (batch {batch_no}) ti gbẹ. Ẹ wá gbà á ní Ọ̀ṣogbo.",
        "type": "plain",
        "channel": "generic",
        "api_key": "@@secret@@",
    }
    return requests.post(TERMII_URL, json=body, timeout=20).json()
''', termii_key())

add("yaml/africastalking-api-key", "config/sms.yaml", "https://developers.africastalking.com/docs/authentication", r"""
# SMS for drum-order reminders
sms:
  provider: africastalking
  username: ayanlere_drums
  api_key: @@secret@@
  sender_id: AYANLERE
  templates:
    deposit_received: "E se o! A ti gba owo idogo fun ilu re ({order})."
    ready: "Ilu re ti pari. E wa gbe e ni Oyo."
""", at_key())

add("python/django-secret-key", "kemiadire/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kemiadire.com", "www.kemiadire.com"]

SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://kemiadire.com"]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
LANGUAGE_CODE = "yo"
TIME_ZONE = "Africa/Lagos"
''', fakes.django_secret_key(_seed()))

add("python/database-password", "kemiadire/settings/database.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", r'''
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kemiadire",
        "USER": "kemiadire_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.0.5",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}
''', words_pw())

add("shell/aws-secret-key", "scripts/backup_catalogue_photos.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
#!/usr/bin/env bash
# Back up the catalogue photos (adire patterns: olókun, ìbàdàndùn, ọlọ́pọ́) to S3 every night
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@keyid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-1

SRC=/srv/adire/photos
DEST=s3://itoku-adire-catalogue/photos/$(date +%Y-%m)

aws s3 sync "$SRC" "$DEST" --storage-class STANDARD_IA --exclude "*.tmp"
echo "backup done $(date -Is)" >> /var/log/adire-backup.log
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("dockerfile/monnify-secret-key", "docker/api.Dockerfile", "https://developers.monnify.com/docs/#authentication", r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV MONNIFY_BASE_URL=https://api.monnify.com
ENV MONNIFY_API_KEY=@@api@@
ENV MONNIFY_SECRET_KEY=@@secret@@
ENV MONNIFY_CONTRACT_CODE=@@contract@@

EXPOSE 8000
CMD ["gunicorn", "drumshop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", monnify_secret(), api=monnify_api_key(), contract=str(_rng().randint(10**9, 10**10 - 1)))

add("compose/postgres-password", "deploy/docker-compose.yml", "https://hub.docker.com/_/postgres", r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: adire_orders
      POSTGRES_USER: adire
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://adire@db:5432/adire_orders
    ports:
      - "8080:8000"

volumes:
  pgdata: {}
""", rand_pw(22))

_smtp_pw = words_pw()
add("k8s-secret/smtp-password", "k8s/shop/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: adire-shop
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@pw@@
""", _smtp_pw, host=b64("smtppro.zoho.com"), user=b64("orders@itokuadire.ng"), pw=b64(_smtp_pw))

add("terraform/digitalocean-token", "infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "shop" {
  name   = "ayanlere-shop-1"
  region = "lon1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["drums", "production"]
}
""", do_token())

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://github.com/pypa/gh-action-pypi-publish", r"""
name: Release adire-patterns
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
""", fakes.pypi_token(_seed()))

add("markdown/telegram-bot-token", "docs/handover-bisi.md", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
# Handover — Bísí to Túndé (March)

Ẹ kú iṣẹ́ o! Here is everything for the order bot while I am in Ìbàdàn.

## Telegram order bot
- Bot: @OsunAdireOrdersBot
- Token: `@@secret@@`
- The bot posts every new Paystack payment into the "Aró Orders" group.

## Dye house
- Vat 3 (aró) needs new indigo leaves on Thursday.
- Mama Ṣadé will collect the eleko starch order.

## Passwords
Everything else is in the Bitwarden "Osun Adire" organisation. Ẹ má ṣe kọ ọ́ sínú WhatsApp.
""", fakes.telegram_token(_seed()))

add("sql/mysql-password", "db/migrations/0001_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r"""
-- Drum workshop inventory (Ọ̀yọ́)
CREATE DATABASE IF NOT EXISTS drum_inventory CHARACTER SET utf8mb4;

CREATE USER 'inventory_app'@'%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON drum_inventory.* TO 'inventory_app'@'%';

USE drum_inventory;
CREATE TABLE drums (
  id INT AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('dundun', 'gangan', 'iya_ilu', 'bata', 'kanango') NOT NULL,
  wood VARCHAR(40) NOT NULL,
  skin VARCHAR(40) DEFAULT 'goat',
  price_ngn INT NOT NULL
);
""", words_pw())

add("xml/smtp-password", "InventoryApp/Web.config", "https://learn.microsoft.com/en-us/dotnet/api/system.net.configuration.smtpnetworkelement", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ShopName" value="Àdìrẹ Ẹlẹ́kọ Studio" />
    <add key="Currency" value="NGN" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="sales@adireeleko.com" deliveryMethod="Network">
        <network host="smtp.gmail.com" port="587" enableSsl="true"
                 userName="sales@adireeleko.com" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", gmail_app_pw())

_cl_key, _cl_secret = cloudinary()
add("plist/cloudinary-api-secret", "AdireCatalog/Config.plist", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CloudinaryCloudName</key>
    <string>kemi-adire</string>
    <key>CloudinaryAPIKey</key>
    <string>@@key@@</string>
    <key>CloudinaryAPISecret</key>
    <string>@@secret@@</string>
    <key>UploadFolder</key>
    <string>catalog/2024</string>
</dict>
</plist>
""", _cl_secret, key=_cl_key)

add("properties/mysql-password", "drum-orders/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r"""
spring.application.name=drum-orders
server.port=8081
spring.datasource.url=jdbc:mysql://10.0.1.12:3306/drum_orders?useSSL=true&serverTimezone=Africa/Lagos
spring.datasource.username=drum_orders
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
logging.level.ng.ayanlere=INFO
""", rand_pw(16, "!#%"))

add("csv/device-password", "it/workshop_devices.csv", "https://help.mikrotik.com/docs/display/ROS/User", r"""
device,location,ip,admin_user,admin_password,notes
MikroTik hAP ac2,Ọ̀yọ́ workshop office,192.168.88.1,admin,@@secret@@,main router
Hikvision DS-7104NI,Ọ̀yọ́ workshop gate,192.168.88.20,admin,(see Bitwarden),NVR for 4 cameras
TP-Link EAP225,Carving shed,192.168.88.3,admin,(see Bitwarden),AP for carvers
Epson L3250,Office,192.168.88.40,,,receipt + label printer
""", words_pw())

_log_key = paystack_sk()
add("log/paystack-secret-key", "logs/api-2024-05-14.log", "https://paystack.com/docs/api/authentication/", r"""
2024-05-14T09:12:03+01:00 INFO  checkout.start order=ITK-20931 amount=4500000 currency=NGN
2024-05-14T09:12:03+01:00 DEBUG paystack.request POST https://api.paystack.co/transaction/initialize headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2024-05-14T09:12:04+01:00 INFO  paystack.response status=200 reference=ITK-20931-x7
2024-05-14T09:12:41+01:00 INFO  webhook.received event=charge.success reference=ITK-20931-x7
2024-05-14T09:12:41+01:00 INFO  order.paid order=ITK-20931 items="3 x adire eleko (olokun), 1 x kampala"
2024-05-14T09:13:10+01:00 INFO  sms.sent to=+234803***1122 provider=termii
""", _log_key)

add("go/redis-password", "cmd/queue/main.go", "https://redis.uptrace.dev/guide/go-redis.html", r"""
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// Queue for drum-skin tensioning jobs (awọ ewúrẹ́, osan cords)
func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.0.3.7:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	ctx := context.Background()
	if err := rdb.Ping(ctx).Err(); err != nil {
		log.Fatalf("redis: %v", err)
	}
	log.Println("queue worker ready")
}
""", fakes.redis_password(_seed()))

add("java/sendgrid-api-key", "drum-orders/src/main/java/ng/ayanlere/mail/Mailer.java", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r"""
package ng.ayanlere.mail;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;

public class Mailer {
    private static final String SENDGRID_KEY = "@@secret@@";
    private final SendGrid client = new SendGrid(SENDGRID_KEY);

    public void send(Mail mail) throws java.io.IOException {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        client.api(request);
    }
}
""", sendgrid_key())

add("kotlin/mono-secret-key", "app/src/main/java/ng/kemiadire/pay/MonoClient.kt", "https://docs.mono.co/docs/authentication", r"""
package ng.kemiadire.pay

import okhttp3.OkHttpClient
import okhttp3.Request

object MonoClient {
    private const val BASE = "https://api.withmono.com/v2"
    private const val SECRET = "@@secret@@"
    private val http = OkHttpClient()

    fun account(id: String): String? {
        val req = Request.Builder()
            .url("$BASE/accounts/$id")
            .header("mono-sec-key", SECRET)
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", mono_sk())

add("csharp/azure-storage-key", "AdireInventory/Services/PhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
using Azure.Storage.Blobs;

namespace AdireInventory.Services
{
    public class PhotoStore
    {
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=adireelekophotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container =
            new BlobContainerClient(ConnectionString, "patterns");

        public async Task UploadAsync(string name, Stream data)
        {
            await _container.UploadBlobAsync(name, data);
        }
    }
}
""", azure_storage_key())

_mc_key = mailchimp_key()
add("php/mailchimp-api-key", "wp-content/themes/adire/inc/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
<?php
// Newsletter sign-up: "Gba ìròyìn nípa àwọn aṣọ tuntun"
require_once __DIR__ . '/../vendor/autoload.php';

$mailchimp = new \MailchimpMarketing\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '@@secret@@',
    'server' => '@@server@@',
]);

function adire_subscribe($email) {
    global $mailchimp;
    return $mailchimp->lists->addListMember('a7c31e09d2', [
        'email_address' => $email,
        'status' => 'subscribed',
    ]);
}
""", _mc_key, server=_mc_key.rsplit("-", 1)[1])

add("ruby/stripe-secret-key", "diaspora_shop/config/initializers/stripe.rb", "https://docs.stripe.com/keys", r"""
# Diaspora orders (UK/US customers pay in GBP/USD for adire and talking drums)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", ""),
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", stripe_sk())

add("rust/telegram-bot-token", "dye-vat-bot/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
use teloxide::prelude::*;

// Sends the aró vat temperature readings to the dyers' group
const BOT_TOKEN: &str = "@@secret@@";
const DYERS_CHAT: i64 = -1001874512033;

#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    let bot = Bot::new(BOT_TOKEN);
    let reading = read_vat_sensor().await;
    bot.send_message(ChatId(DYERS_CHAT), format!("Ìkòkò aró 2: {:.1}°C, pH {:.1}", reading.temp, reading.ph))
        .await
        .expect("send");
}
""", fakes.telegram_token(_seed()))

add("swift/gemini-api-key", "AdireStylist/Sources/AdireStylist/PatternDescriber.swift", "https://ai.google.dev/gemini-api/docs/api-key", r"""
import Foundation
import GoogleGenerativeAI

/// Writes product descriptions (English + Yorùbá) for new adire patterns.
struct PatternDescriber {
    private let model = GenerativeModel(name: "gemini-1.5-flash", apiKey: "@@secret@@")

    func describe(pattern: String, technique: String) async throws -> String {
        let prompt = "Describe an adire \(technique) cloth with the \(pattern) pattern in English and Yoruba."
        let response = try await model.generateContent(prompt)
        return response.text ?? ""
    }
}
""", google_key())

add("typescript/whatsapp-access-token", "src/lib/whatsapp.ts", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r"""
import axios from "axios";

const PHONE_NUMBER_ID = "104729384756102";
const WA_TOKEN =
  "@@secret@@";

export async function sendOrderReady(to: string, orderNo: string): Promise<void> {
  await axios.post(
    `https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`,
    {
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: { name: "order_ready_yo", language: { code: "yo" }, components: [{ type: "body", parameters: [{ type: "text", text: orderNo }] }] },
    },
    { headers: { Authorization: `Bearer ${WA_TOKEN}` } },
  );
}
""", meta_token())

add("powershell/ftp-password", "scripts/Upload-Catalogue.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", r"""
# Uploads the print-ready catalogue PDF to the printer in Ibadan (Oluyole Print)
param([string]$File = "C:\Adire\catalogue\catalogue-2024.pdf")

$ftpUri = "ftp://ftp.oluyoleprint.com.ng/incoming/itoku/" + (Split-Path $File -Leaf)
$request = [System.Net.FtpWebRequest]::Create($ftpUri)
$request.Method = [System.Net.WebRequestMethods+Ftp]::UploadFile
$request.Credentials = New-Object System.Net.NetworkCredential("itoku_adire", "@@secret@@")
$request.UseBinary = $true

$bytes = [System.IO.File]::ReadAllBytes($File)
$stream = $request.GetRequestStream()
$stream.Write($bytes, 0, $bytes.Length)
$stream.Close()
Write-Host "O ti lọ! Uploaded $File"
""", words_pw())

add("ansible/router-password", "ansible/host_vars/oyo-router.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/docsite/api-guide.html", r"""
---
# MikroTik at the Ọ̀yọ́ carving workshop
ansible_host: 192.168.88.1
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
ansible_password: "@@secret@@"
wifi_ssid: "Ayanlere-Workshop"
wifi_guest_ssid: "Ayanlere-Alejo"
""", rand_pw(14, "@#"))

add("ini/pypi-token", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("toml/flutterwave-secret-key", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r"""
# Sales dashboard for the Osun Adire co-operative
[flutterwave]
public_key = "@@pk@@"
secret_key = "@@secret@@"

[sheets]
spreadsheet = "https://docs.google.com/spreadsheets/d/1xQ2adireSalesBook/edit"

[app]
title = "Ìṣirò Owó — Osun Adire"
""", flw_sk(), pk=flw_pk())

_fb_key = pem("RSA")
add("json/gcp-service-account-key", "firebase/adire-shop-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "adire-shop-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@pemline@@",
  "client_email": "firebase-adminsdk-k2m4q@adire-shop-prod.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""", _fb_key.replace("\n", "\\n"), kid=hexs(40), pemline=_fb_key.replace("\n", "\\n"), cid=str(_rng().randint(10**20, 10**21 - 1)))

add("yaml/aws-secret-key", "config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@keyid@@
  secret_access_key: @@secret@@
  region: eu-west-2
  bucket: diaspora-adire-uploads
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("notebook/openai-api-key", "notebooks/product_descriptions.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Àpèjúwe ọjà — product descriptions for the new indigo batch"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "import pandas as pd\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "items = pd.read_csv('new_batch.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def describe(row):\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f\"Describe adire {row.pattern} ({row.technique}) in English and Yoruba\"}])\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("env/shopify-access-token", "shopify-sync/.env.production", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r"""
SHOPIFY_STORE=kemi-adire.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@secret@@
SYNC_INTERVAL_MINUTES=15
# sync stock from the Abẹ́òkúta workshop spreadsheet
SHEET_ID=1Bq7KemiAdireStock
""", shopify_token())

add("python/cloudinary-url", "catalogue/upload_photos.py", "https://cloudinary.com/documentation/python_integration#setting_configuration_parameters_globally", r'''
"""Upload new adire photos (olókun, ìbàdàndùn, ọlọ́pọ́) to Cloudinary."""
import os
import cloudinary
import cloudinary.uploader

os.environ.setdefault("CLOUDINARY_URL", "cloudinary://@@key@@:@@secret@@@osun-adire")
cloudinary.config(secure=True)

for name in sorted(os.listdir("photos/new")):
    if name.lower().endswith((".jpg", ".png")):
        cloudinary.uploader.upload(f"photos/new/{name}", folder="catalogue/2024", use_filename=True)
        print("uploaded", name)
''', *cloudinary()[1:], key=str(_rng().randint(10**14, 10**15 - 1)))

add("shell/mysql-password", "scripts/nightly_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r"""
#!/bin/sh
# Nightly dump of the drum inventory; runs from cron on the office NUC
DAY=$(date +%F)
mysqldump -h 10.0.1.12 -u backup -p'@@secret@@' --single-transaction drum_inventory \
  | gzip > /mnt/backup/drum_inventory-$DAY.sql.gz
find /mnt/backup -name 'drum_inventory-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("compose/redis-password", "docker-compose.prod.yml", "https://hub.docker.com/_/redis", r"""
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    restart: always
  worker:
    image: ghcr.io/osun-adire/worker:1.8.2
    environment:
      REDIS_URL: redis://redis:6379/0
      QUEUE: dye-batches
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("github-actions/ssh-private-key", ".github/workflows/deploy.yml", "https://github.com/appleboy/ssh-action", r"""
name: Deploy shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: 165.22.118.40
          username: deploy
          key: |
@@key@@
          script: |
            cd /srv/itoku-shop && git pull && docker compose up -d --build
""", (_ssh := pem("OPENSSH")), key=indent(_ssh, 12))

add("k8s-secret/paystack-secret-key", "k8s/drumshop/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: drumshop
  labels:
    app: drumshop
type: Opaque
stringData:
  PAYSTACK_SECRET_KEY: "@@secret@@"
  PAYSTACK_CALLBACK_URL: "https://ayanleredrums.com.ng/pay/done"
""", paystack_sk())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r"""
resource "aws_db_instance" "orders" {
  identifier             = "adire-orders"
  engine                 = "postgres"
  engine_version         = "16.2"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  db_name                = "orders"
  username               = "adire_admin"
  password               = "@@secret@@"
  skip_final_snapshot    = false
  publicly_accessible    = false
  vpc_security_group_ids = [aws_security_group.db.id]
}
""", rand_pw(24))

add("markdown/wifi-password", "docs/workshop-setup.md", "https://help.mikrotik.com/docs/display/ROS/WifiWave2", r"""
# Ìtọ́sọ́nà — setting up the dye-house tablets

1. Connect to Wi-Fi **OsunAdire-DyeHouse** (2.4 GHz only, the vats are far from the router).
2. Password: `@@secret@@`
3. Open the "Aró Log" app and sign in with your own staff number.
4. Every morning record the vat pH and temperature before 8am.

> Má ṣe fún àwọn àlejò ní password yìí. Guests use **OsunAdire-Alejo** (no password, captive portal).
""", words_pw())

add("python/africastalking-api-key", "reminders/at_client.py", "https://github.com/AfricasTalkingLtd/africastalking-python", r'''
import africastalking

africastalking.initialize(
    username="osunadire",
    api_key="@@secret@@",
)
sms = africastalking.SMS


def remind(numbers, when):
    msg = f"Ẹ kú àárọ̀! Ìpàdé àwọn aláró yóò wáyé ní {when}."
    return sms.send(msg, numbers, sender_id="OSUNADIRE")
''', hexs(64))

add("go/flutterwave-secret-key", "internal/payments/flw.go", "https://developer.flutterwave.com/docs/integration-guides/authentication", r"""
package payments

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const (
	flwBase   = "https://api.flutterwave.com/v3"
	flwSecret = "@@secret@@"
)

func VerifyTransaction(id string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", flwBase+"/transactions/"+id+"/verify", nil)
	req.Header.Set("Authorization", "Bearer "+flwSecret)
	return http.DefaultClient.Do(req)
}

func Refund(id string, amount int) (*http.Response, error) {
	body, _ := json.Marshal(map[string]int{"amount": amount})
	req, _ := http.NewRequest("POST", flwBase+"/transactions/"+id+"/refund", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+flwSecret)
	return http.DefaultClient.Do(req)
}
""", flw_sk())

# ---------------------------------------------------------------------------------------------
# Decoys: references, placeholders, public keys, ids, hashes
# ---------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "itoku-adire-shop/.env.example", "https://paystack.com/docs/api/authentication/", r"""
# Copy to .env and fill in. Ẹ má ṣe commit .env!
APP_ENV=local
APP_URL=http://localhost:8000
DATABASE_URL=postgres://adire:adire@localhost:5432/adire_shop
PAYSTACK_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TERMII_API_KEY=<your-termii-api-key>
DEFAULT_CURRENCY=NGN
""")

add("python/decoy-env-reference", "ayanlere_drums/settings.py", "https://docs.python.org/3/library/os.html#os.environ", r'''
import os

FLW_SECRET_KEY = os.environ["FLW_SECRET_KEY"]
FLW_PUBLIC_KEY = os.environ.get("FLW_PUBLIC_KEY", "")
FLW_SECRET_HASH = os.environ["FLW_WEBHOOK_HASH"]
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///drums.db")
TERMII_API_KEY = os.getenv("TERMII_API_KEY")
# Àwọn ìlù tí a ń tà: dùndún, gángan, ìyá ìlù, bàtá
DRUM_KINDS = ("dundun", "gangan", "iya_ilu", "bata", "kanango")
''')

add("typescript/decoy-publishable-key", "web/src/checkout/paystack.ts", "https://paystack.com/docs/payments/accept-payments/#popup", r"""
import PaystackPop from "@paystack/inline-js";

// Public key: safe in the browser (the secret key stays on the server)
const PAYSTACK_PUBLIC_KEY = "@@pk@@";

export function payForCloth(email: string, amountKobo: number, reference: string): void {
  const popup = new PaystackPop();
  popup.newTransaction({
    key: PAYSTACK_PUBLIC_KEY,
    email,
    amount: amountKobo,
    currency: "NGN",
    reference,
    metadata: { custom_fields: [{ display_name: "Aṣọ", variable_name: "cloth", value: "adire eleko" }] },
    onSuccess: (tx) => window.location.assign(`/orders/thanks?ref=${tx.reference}`),
  });
}
""", pk=paystack_pk())

add("html/decoy-publishable-key", "web/templates/checkout.html", "https://developer.flutterwave.com/docs/collecting-payments/inline", r"""
<!doctype html>
<html lang="yo">
<head>
  <meta charset="utf-8">
  <title>Sanwó — Ayanlere Drums</title>
  <script src="https://checkout.flutterwave.com/v3.js"></script>
</head>
<body>
  <button id="pay">Sanwó fún ìlù</button>
  <script>
    document.getElementById("pay").onclick = function () {
      FlutterwaveCheckout({
        public_key: "@@pk@@",
        tx_ref: "AYD-{{ order.id }}",
        amount: {{ order.total }},
        currency: "NGN",
        customer: { email: "{{ order.email }}", name: "{{ order.customer_name }}" },
        customizations: { title: "Ayanlere Drums", logo: "/static/img/dundun.png" }
      });
    };
  </script>
</body>
</html>
""", pk=flw_pk())

add("github-actions/decoy-secrets-reference", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r"""
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
      PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_TEST_SECRET_KEY }}
      TERMII_API_KEY: ${{ secrets.TERMII_API_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("k8s/decoy-secret-key-ref", "k8s/shop/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: adire-shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: web
          image: ghcr.io/itoku-adire/shop:2.3.1
          env:
            - name: PAYSTACK_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: payments, key: PAYSTACK_SECRET_KEY }
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef: { name: shop-mail, key: SMTP_PASSWORD }
""")

add("k8s-secret/decoy-sealed-secret", "k8s/drumshop/sealed-payments.yaml", "https://github.com/bitnami-labs/sealed-secrets", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: drumshop
spec:
  encryptedData:
    FLW_SECRET_KEY: @@a@@
    MONNIFY_SECRET_KEY: @@b@@
  template:
    metadata:
      name: payments
      namespace: drumshop
""", a=sealed_blob(), b=sealed_blob())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/workshop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r"""
$ANSIBLE_VAULT;1.1;AES256
@@blob@@
""", blob=vault_blob(8))

add("terraform/decoy-variable-reference", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "db_password" {
  description = "Password for the adire orders database (set in Terraform Cloud)"
  type        = string
  sensitive   = true
}

variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  token = var.do_token
}
""")

add("yaml/decoy-sops-encrypted", "config/secrets.enc.yaml", "https://github.com/getsops/sops", r"""
paystack:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
termii:
    api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-05-02T10:14:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 64, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 80, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("csv/decoy-transaction-references", "exports/paystack_transactions_may.csv", "https://paystack.com/docs/api/transaction/#list", r"""
reference,customer_email,amount_ngn,status,channel,paid_at,item
@@r1@@,bisi.a@example.com,45000,success,card,2024-05-02 10:14,Adire eleko (olokun) 2 yards
@@r2@@,tunde.o@example.com,180000,success,bank_transfer,2024-05-03 16:40,Dundun (medium) + bag
@@r3@@,ngozi.e@example.com,27500,failed,ussd,2024-05-04 09:02,Adire oniko scarf
@@r4@@,kunle.f@example.com,62000,success,card,2024-05-06 12:55,Kampala tie-dye set
""", r1="T" + str(_rng().randint(10**14, 10**15)), r2="T" + str(_rng().randint(10**14, 10**15)), r3=uuid_s(), r4=uuid_s())

add("json/decoy-firebase-web-config", "web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", r"""
{
  "apiKey": "@@k@@",
  "authDomain": "adire-shop-prod.firebaseapp.com",
  "projectId": "adire-shop-prod",
  "storageBucket": "adire-shop-prod.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@mid@@"
}
""", k=google_key(), sender=str(_rng().randint(10**11, 10**12 - 1)), app=hexs(22), mid=fakes.drawn(_seed(), 10, UPPER_NUM))

add("python/decoy-test-fixture", "tests/test_webhooks.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", r'''
import hashlib
import hmac
import json

from shop.webhooks import verify_paystack_signature

TEST_SECRET = "test-secret-not-real"


def sign(body: bytes) -> str:
    return hmac.new(TEST_SECRET.encode(), body, hashlib.sha512).hexdigest()


def test_valid_signature(settings):
    settings.PAYSTACK_SECRET_KEY = TEST_SECRET
    body = json.dumps({"event": "charge.success", "data": {"reference": "ITK-1"}}).encode()
    assert verify_paystack_signature(body, sign(body))


def test_bad_signature(settings):
    settings.PAYSTACK_SECRET_KEY = TEST_SECRET
    assert not verify_paystack_signature(b"{}", "0" * 128)
''')

add("markdown/decoy-redacted", "docs/incident-2024-04-rotation.md", "https://paystack.com/docs/api/authentication/", r"""
# Ìṣẹ̀lẹ̀: key rotation, 18 April 2024

**What happened.** A screenshot of the dashboard with the live secret key was posted in the
"Ìtoku Staff" WhatsApp group.

**What we did.**
- Rotated the Paystack secret key at 14:05 (old key `sk_live_****************************3f9a` is revoked).
- New key is only in Doppler (`prd` config, `PAYSTACK_SECRET_KEY`).
- Checked the transaction log: no refunds or transfers between 13:20 and 14:05.

**Ẹ̀kọ́ (lesson).** Ẹ má ṣe ya fọ́tò dashboard. Use the read-only team role for support staff.
""")

add("sql/decoy-password-hashes", "db/seeds/staff.sql", "https://www.php.net/manual/en/function.password-hash.php", r"""
-- Staff accounts for the workshop tablets (hashes only; people set their own password)
INSERT INTO staff (id, name, role, password_hash) VALUES
  (1, 'Àbẹ̀ní Ọlábísí', 'dyer',    '@@h1@@'),
  (2, 'Túndé Ayánlérè', 'carver',  '@@h2@@'),
  (3, 'Ṣadé Àdìó',      'cashier', '@@h3@@');
UPDATE staff SET must_change_password = 1;
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("dockerfile/decoy-build-arg", "docker/worker.Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.osunadire.ng/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV QUEUE=dye-batches
CMD ["python", "-m", "worker"]
""")

add("compose/decoy-env-file", "docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r"""
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://adire:${POSTGRES_PASSWORD}@db:5432/adire
      PAYSTACK_SECRET_KEY: ${PAYSTACK_SECRET_KEY:?set it in .env}
    ports: ["8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: adire
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
""")

add("log/decoy-masked-values", "logs/worker-2024-05-20.log", "https://docs.python.org/3/library/logging.html", r"""
2024-05-20 07:58:01 INFO worker starting queue=dye-batches
2024-05-20 07:58:01 INFO config PAYSTACK_SECRET_KEY=sk_live_…(masked) TERMII_API_KEY=TL…(masked)
2024-05-20 07:58:02 INFO redis connected url=redis://:***@10.0.3.7:6379/2
2024-05-20 08:03:44 INFO batch=AR-0519 vat=2 dips=6 colour=#1f2f5c status=drying
2024-05-20 08:03:45 INFO sms queued request_id=@@rid@@
2024-05-20 09:10:12 WARN vat=3 pH=9.1 below target 10.5, add potash (eérú)
""", rid=uuid_s())

add("go/decoy-checksums", "internal/assets/checksums.go", "https://pkg.go.dev/crypto/sha256", r"""
package assets

// SHA-256 of the pattern templates shipped with the app (checked at start-up)
var PatternChecksums = map[string]string{
	"olokun.svg":     "@@s1@@",
	"ibadandun.svg":  "@@s2@@",
	"olopo.svg":      "@@s3@@",
	"sun_moon.svg":   "@@s4@@",
}
""", s1=sha256ish(), s2=sha256ish(), s3=sha256ish(), s4=sha256ish())

add("java/decoy-regex", "drum-orders/src/main/java/ng/ayanlere/util/Redactor.java", "https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html", r"""
package ng.ayanlere.util;

import java.util.regex.Pattern;

/** Masks payment keys before a request is logged. */
public final class Redactor {
    private static final Pattern PAYSTACK = Pattern.compile("sk_(live|test)_[0-9a-f]{40}");
    private static final Pattern FLUTTERWAVE = Pattern.compile("FLWSECK(_TEST)?-[0-9a-f]{32}-X");

    private Redactor() {}

    public static String mask(String line) {
        String out = PAYSTACK.matcher(line).replaceAll("sk_$1_****");
        return FLUTTERWAVE.matcher(out).replaceAll("FLWSECK-****-X");
    }
}
""")

add("php/decoy-getenv", "wp-content/themes/adire/inc/payments.php", "https://www.php.net/manual/en/function.getenv.php", r"""
<?php
// Paystack keys come from the server environment (set in the hosting panel)
define('ADIRE_PAYSTACK_PUBLIC', getenv('PAYSTACK_PUBLIC_KEY'));
define('ADIRE_PAYSTACK_SECRET', getenv('PAYSTACK_SECRET_KEY'));

function adire_paystack_headers() {
    return [
        'Authorization' => 'Bearer ' . ADIRE_PAYSTACK_SECRET,
        'Content-Type'  => 'application/json',
    ];
}
""")

add("ruby/decoy-credentials-reference", "diaspora_shop/config/initializers/flutterwave.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit)
FLUTTERWAVE = {
  public_key: Rails.application.credentials.dig(:flutterwave, :public_key),
  secret_key: Rails.application.credentials.dig(:flutterwave, :secret_key),
  secret_hash: Rails.application.credentials.dig(:flutterwave, :webhook_hash)
}.freeze

raise "Flutterwave keys missing" if Rails.env.production? && FLUTTERWAVE.values.any?(&:blank?)
""")

add("properties/decoy-placeholder", "drum-orders/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", r"""
spring.application.name=drum-orders
spring.datasource.url=jdbc:mysql://${DB_HOST:localhost}:3306/drum_orders
spring.datasource.username=${DB_USER:drum_orders}
spring.datasource.password=${DB_PASSWORD}
sendgrid.api-key=${SENDGRID_API_KEY}
app.currency=NGN
app.workshop=Oyo
""")

add("xml/decoy-android-strings", "app/src/main/res/values-yo/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Kemi Àdìrẹ</string>
    <string name="login_email">Ímeèlì</string>
    <string name="login_password">Ọ̀rọ̀ aṣínà</string>
    <string name="login_password_hint">Tẹ ọ̀rọ̀ aṣínà rẹ</string>
    <string name="forgot_password">Ṣé o gbàgbé ọ̀rọ̀ aṣínà?</string>
    <string name="pay_with_paystack">Sanwó pẹ̀lú Paystack</string>
    <string name="order_ready">Aṣọ rẹ ti ṣetán</string>
</resources>
""")

add("swift/decoy-keychain", "AdireCatalog/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r"""
import Foundation
import Security

/// Stores the staff session token in the Keychain (never in UserDefaults).
enum TokenStore {
    private static let service = "ng.kemiadire.catalog.session"

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

add("toml/decoy-lock-hashes", "dye-vat-bot/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "teloxide"
version = "0.12.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("shell/decoy-secret-manager", "scripts/run_migrations.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", r"""
#!/usr/bin/env bash
set -euo pipefail
# Fetch the DB password from Secrets Manager; never write it to disk
DB_PASSWORD=$(aws secretsmanager get-secret-value \
  --secret-id arn:aws:secretsmanager:eu-west-2:418273645091:secret:adire/orders/db-Xy12Ab \
  --query SecretString --output text | jq -r .password)
export DATABASE_URL="postgres://adire_admin:${DB_PASSWORD}@adire-orders.cz8k2m4q.eu-west-2.rds.amazonaws.com:5432/orders"
python manage.py migrate --noinput
""")

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ng.kemiadire"
    compileSdk = 34
    defaultConfig {
        applicationId = "ng.kemiadire"
        minSdk = 24
        targetSdk = 34
        versionCode = 31
        versionName = "3.1.0"
        buildConfigField("String", "PAYSTACK_PUBLIC_KEY", "\"${project.findProperty("paystackPublicKey") ?: ""}\"")
        buildConfigField("String", "API_BASE", "\"https://api.kemiadire.com/\"")
    }
}
""")

add("csharp/decoy-user-secrets", "AdireInventory/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Inventory": "Server=localhost;Database=AdireInventory;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Storage": {
    "AccountName": "adireelekophotos",
    "AccountKey": "set with: dotnet user-secrets set Storage:AccountKey <key>"
  },
  "Shop": { "Currency": "NGN", "Name": "Àdìrẹ Ẹlẹ́kọ Studio" }
}
""")

# ---------------------------------------------------------------------------------------------
# Workshop devices, CI and vendors (secrets)
# ---------------------------------------------------------------------------------------------

add("javascript/paystack-secret-key", "server/routes/verify.js", "https://paystack.com/docs/payments/verify-payments/", r"""
const express = require("express");
const axios = require("axios");

const router = express.Router();
const PAYSTACK_SECRET = process.env.PAYSTACK_SECRET || "@@secret@@";

// Ṣàyẹ̀wò ìsanwó (verify a payment) before releasing the drum for delivery
router.get("/verify/:reference", async (req, res) => {
  const { data } = await axios.get(
    `https://api.paystack.co/transaction/verify/${encodeURIComponent(req.params.reference)}`,
    { headers: { Authorization: `Bearer ${PAYSTACK_SECRET}` } }
  );
  res.json({ paid: data.data.status === "success", amount: data.data.amount / 100 });
});

module.exports = router;
""", paystack_sk())

add("python/monnify-basic-auth", "payouts/monnify_auth.py", "https://developers.monnify.com/docs/#authentication", r'''
"""Monnify login: Basic base64(apiKey:secretKey) -> bearer token for disbursements to dyers."""
import requests

MONNIFY_BASE = "https://api.monnify.com"
# base64 of API key and secret key, as the Monnify docs show
MONNIFY_BASIC = "@@secret@@"


def login() -> str:
    r = requests.post(f"{MONNIFY_BASE}/api/v1/auth/login",
                      headers={"Authorization": f"Basic {MONNIFY_BASIC}"}, timeout=20)
    r.raise_for_status()
    return r.json()["responseBody"]["accessToken"]
''', b64(monnify_api_key() + ":" + monnify_secret()))

add("cpp/wifi-password", "firmware/vat_sensor/vat_sensor.ino", "https://docs.arduino.cc/libraries/wifi/", r"""
// ESP32 sensor in the aró (indigo) vat: temperature + pH every 10 minutes
#include <WiFi.h>
#include <HTTPClient.h>

const char* WIFI_SSID = "OsunAdire-DyeHouse";
const char* WIFI_PASS = "@@secret@@";
const char* ENDPOINT  = "http://192.168.10.5:8080/api/vat/2/reading";

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
}

void loop() {
  float temp = readTemp();
  float ph = readPh();
  HTTPClient http;
  http.begin(ENDPOINT);
  http.addHeader("Content-Type", "application/json");
  http.POST("{\"temp\":" + String(temp) + ",\"ph\":" + String(ph) + "}");
  http.end();
  delay(600000);
}
""", words_pw())

add("yaml/camera-password", "nvr/frigate.yml", "https://docs.frigate.video/configuration/cameras", r"""
mqtt:
  enabled: false
cameras:
  workshop_gate:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.88.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  carving_shed:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@192.168.88.22:554/Streaming/Channels/102
          roles: [detect]
record:
  enabled: true
  retain: { days: 14 }
""", rand_pw(12))

add("github-actions/slack-webhook", ".github/workflows/notify.yml", "https://api.slack.com/messaging/webhooks", r"""
name: Notify orders channel
on:
  workflow_run:
    workflows: ["Deploy shop"]
    types: [completed]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: Tell #orders the shop was deployed
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data '{"text":"Shop deployed (${{ github.sha }}). Ẹ kú iṣẹ́!"}' \
            @@secret@@
""", slack_webhook())

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r"""
#!/bin/bash
# Clone every repo of the osun-adire org onto the office backup disk
TOKEN=@@secret@@
ORG=osun-adire
cd /mnt/backup/git || exit 1
for repo in shop dashboard vat-sensor dye-vat-bot patterns; do
  if [ -d "$repo" ]; then
    git -C "$repo" pull --ff-only
  else
    git clone "https://x-access-token:${TOKEN}@github.com/${ORG}/${repo}.git"
  fi
done
""", fakes.github_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r"""
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror_to_backup:
  stage: mirror
  image: alpine/git
  variables:
    BACKUP_TOKEN: "@@secret@@"
  script:
    - git push --mirror "https://oauth2:${BACKUP_TOKEN}@gitlab.com/ayanlere-drums/backup.git"
  only: [main]
""", gitlab_token())

add("ini/npm-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
registry=https://registry.npmjs.org/
@osun-adire:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("shell/dockerhub-token", "scripts/push_images.sh", "https://docs.docker.com/security/for-developers/access-tokens/", r"""
#!/usr/bin/env bash
set -e
TAG=${1:-latest}
echo "@@secret@@" | docker login -u ayanleredrums --password-stdin
for svc in shop worker bot; do
  docker build -t ayanleredrums/$svc:$TAG -f docker/$svc.Dockerfile .
  docker push ayanleredrums/$svc:$TAG
done
docker logout
""", dockerhub_pat())

add("json/google-oauth-client-secret", "dashboard/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r"""
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "osun-adire-dashboard",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://dashboard.osunadire.ng/oauth2callback"]
  }
}
""", google_oauth_secret(), cid=str(_rng().randint(10**11, 10**12 - 1)) + "-" + fakes.drawn(_seed(), 32, LOWER_NUM))

add("php/brevo-api-key", "includes/class-adire-mailer.php", "https://developers.brevo.com/docs/getting-started", r"""
<?php
use Brevo\Client\Configuration;
use Brevo\Client\Api\TransactionalEmailsApi;

class Adire_Mailer {
    private $api;

    public function __construct() {
        $config = Configuration::getDefaultConfiguration()->setApiKey('api-key', '@@secret@@');
        $this->api = new TransactionalEmailsApi(new GuzzleHttp\Client(), $config);
    }

    public function order_confirmation($email, $order_no) {
        $mail = new \Brevo\Client\Model\SendSmtpEmail([
            'to' => [['email' => $email]],
            'templateId' => 12,
            'params' => ['ORDER' => $order_no, 'GREETING' => 'Ẹ ṣé o!'],
        ]);
        return $this->api->sendTransacEmail($mail);
    }
}
""", brevo_key())

add("python/twilio-auth-token", "diaspora/notify_whatsapp.py", "https://www.twilio.com/docs/iam/credentials/api", r'''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def tell_customer(to: str, tracking: str) -> str:
    msg = client.messages.create(
        from_="whatsapp:+14155238886",
        to=f"whatsapp:{to}",
        body=f"Your talking drum has shipped from Ọ̀yọ́! DHL tracking: {tracking}",
    )
    return msg.sid
''', hexs(32), sid=twilio_sid())

add("ruby/stripe-webhook-secret", "diaspora_shop/app/controllers/stripe_webhooks_controller.rb", "https://docs.stripe.com/webhooks#verify-events", r"""
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  ENDPOINT_SECRET = "@@secret@@".freeze

  def create
    payload = request.body.read
    sig = request.env["HTTP_STRIPE_SIGNATURE"]
    event = Stripe::Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    if event.type == "checkout.session.completed"
      Order.find_by!(stripe_session: event.data.object.id).mark_paid!
    end
    head :ok
  rescue JSON::ParserError, Stripe::SignatureVerificationError
    head :bad_request
  end
end
""", whsec())

add("typescript/shopify-webhook-secret", "shopify-sync/src/webhooks.ts", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", r"""
import crypto from "node:crypto";
import type { Request, Response } from "express";

const SHOPIFY_WEBHOOK_SECRET = "@@secret@@";

export function verifyShopify(req: Request, res: Response, next: () => void): void {
  const hmac = req.get("X-Shopify-Hmac-Sha256") ?? "";
  const digest = crypto.createHmac("sha256", SHOPIFY_WEBHOOK_SECRET).update(req.body).digest("base64");
  if (!crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmac))) {
    res.status(401).send("Kò tọ̀nà");
    return;
  }
  next();
}
""", "shpss_" + hexs(32))

add("python/flutterwave-webhook-hash", "ayanlere_drums/payments/webhooks.py", "https://developer.flutterwave.com/docs/integration-guides/webhooks#verifying-webhook-signatures", r'''
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

# The "secret hash" set on the Flutterwave dashboard (Settings > Webhooks)
FLW_SECRET_HASH = "@@secret@@"


@csrf_exempt
def flutterwave_webhook(request):
    if request.headers.get("verif-hash") != FLW_SECRET_HASH:
        return HttpResponseForbidden()
    from .tasks import handle_flw_event
    handle_flw_event.delay(request.body.decode())
    return HttpResponse(status=200)
''', rand_pw(32))

add("env/jwt-secret", "api/.env", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r"""
NODE_ENV=production
PORT=4000
MONGO_URI=mongodb://mongo:27017/drumshop
JWT_SECRET=@@secret@@
JWT_EXPIRES_IN=7d
CORS_ORIGIN=https://ayanleredrums.com.ng
""", hexs(64))

add("javascript/mongodb-password", "api/src/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", r"""
const mongoose = require("mongoose");

// Atlas cluster for the drum orders (Ọ̀yọ́ + Lagos showroom)
const uri =
  "mongodb+srv://drumshop:@@secret@@@cluster0.q7xk2.mongodb.net/drumshop?retryWrites=true&w=majority";

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log("MongoDB ti so pọ̀ (connected)");
}

module.exports = { connect };
""", rand_pw(16))

add("ini/ldap-bind-password", "office/sssd.conf", "https://sssd.io/docs/ad/ad-provider-manual.html", r"""
[sssd]
services = nss, pam
domains = osunadire.local

[domain/osunadire.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc1.osunadire.local
ldap_search_base = dc=osunadire,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Service,dc=osunadire,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("markdown/ssh-private-key", "docs/server-access.md", "https://man.openbsd.org/ssh-keygen", r"""
# Server access (Ayanlere Drums shop)

Server: `165.22.118.40` (DigitalOcean, lon1), user `deploy`.

Baba Túndé asked for the key to be here so the new developer can log in. Save it as
`~/.ssh/ayanlere_deploy` and `chmod 600` it.

```
@@secret@@
```

Then: `ssh -i ~/.ssh/ayanlere_deploy deploy@165.22.118.40`
""", pem("OPENSSH"))

_tls_key = pem("EC")
add("k8s-secret/tls-private-key", "k8s/shop/tls-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: adire-shop
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _tls_key, crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_tls_key + "\n"))

add("ini/aws-secret-key", "deploy/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
[default]
aws_access_key_id = @@keyid@@
aws_secret_access_key = @@secret@@
region = eu-west-1

[catalogue-readonly]
role_arn = arn:aws:iam::418273645091:role/catalogue-readonly
source_profile = default
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("python/etsy-api-key", "etsy_sync/client.py", "https://developers.etsy.com/documentation/essentials/authentication", r'''
"""Pushes new adire listings to the Etsy shop (KemiAdireStudio)."""
import requests

ETSY_KEYSTRING = "@@secret@@"
SHOP_ID = 38142957


def active_listings(access_token: str) -> list:
    r = requests.get(
        f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/listings/active",
        headers={"x-api-key": ETSY_KEYSTRING, "Authorization": f"Bearer {access_token}"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["results"]
''', fakes.drawn(_seed(), 24, LOWER_NUM))

add("properties/zoho-client-secret", "crm-sync/src/main/resources/zoho.properties", "https://www.zoho.com/crm/developer/docs/api/v6/register-client.html", r"""
# Zoho CRM: wholesale buyers of adire (Lagos, Accra, London)
zoho.accounts.url=https://accounts.zoho.com
zoho.api.url=https://www.zohoapis.com/crm/v6
zoho.client.id=1000.@@cid@@
zoho.client.secret=@@secret@@
zoho.redirect.uri=https://crm-sync.osunadire.ng/oauth/callback
zoho.scope=ZohoCRM.modules.ALL
""", hexs(42), cid=fakes.drawn(_seed(), 30, UPPER_NUM))

add("csharp/interswitch-client-secret", "PosBridge/Interswitch/QuicktellerClient.cs", "https://docs.interswitchgroup.com/docs/authentication", r"""
using System.Net.Http.Headers;
using System.Text;

namespace PosBridge.Interswitch
{
    public class QuicktellerClient
    {
        private const string ClientId = "IKIA@@cid@@";
        private const string ClientSecret = "@@secret@@";
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://passport.interswitchng.com") };

        public async Task<string> GetTokenAsync()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var body = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") });
            var resp = await _http.PostAsync("/passport/oauth/token", body);
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", cid=fakes.drawn(_seed(), 36, UPPER_NUM))

add("yaml/dhl-api-secret", "shipping/config/carriers.yaml", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", r"""
# International shipping of drums and cloth (Ọ̀yọ́ -> diaspora)
carriers:
  dhl_express:
    base_url: https://express.api.dhl.com/mydhlapi
    account_number: "365281904"
    api_key: ayanlereDRUMS
    api_secret: "@@secret@@"
    default_product: P
  gig_logistics:
    base_url: https://giglthirdpartyapi.azurewebsites.net/api/thirdparty
    username: ${GIG_USERNAME}
    password: ${GIG_PASSWORD}
""", fakes.drawn(_seed(), 16, ALNUM))

add("log/basic-auth-header", "logs/shipping-debug.log", "https://datatracker.ietf.org/doc/html/rfc7617", r"""
[2024-06-03 11:02:17] DEBUG shipping.dhl rate request order=AYD-5521 weight_kg=9.5 dims=60x40x40
[2024-06-03 11:02:17] DEBUG >>> POST /mydhlapi/rates HTTP/1.1
[2024-06-03 11:02:17] DEBUG >>> Host: express.api.dhl.com
[2024-06-03 11:02:17] DEBUG >>> Authorization: Basic @@secret@@
[2024-06-03 11:02:17] DEBUG >>> Content-Type: application/json
[2024-06-03 11:02:18] DEBUG <<< HTTP/1.1 200 OK
[2024-06-03 11:02:18] INFO  shipping.dhl quote order=AYD-5521 total=GBP 148.20 transit_days=4
""", b64("ayanleredrums:" + fakes.drawn(_seed(), 16, ALNUM)))

add("terraform/cloudflare-api-token", "infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r"""
provider "cloudflare" {
  api_token = "@@secret@@"
}

data "cloudflare_zone" "shop" {
  name = "itokuadire.ng"
}

resource "cloudflare_record" "www" {
  zone_id = data.cloudflare_zone.shop.id
  name    = "www"
  content = "165.22.118.40"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("powershell/smtp-password", "scripts/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", r"""
# Ìròyìn ojoojúmọ́: daily sales report to Mama Àbẹ̀ní
$securePw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("reports@osunadire.ng", $securePw)

$csv = "C:\OsunAdire\reports\sales-$(Get-Date -Format yyyy-MM-dd).csv"
Send-MailMessage -From "reports@osunadire.ng" -To "abeni@osunadire.ng" `
  -Subject "Ìròyìn títà $(Get-Date -Format d)" -Body "Ẹ wo àkọsílẹ̀ tí a so mọ́ ọ." `
  -Attachments $csv -SmtpServer "smtp.zoho.com" -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("sql/postgres-password", "db/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Roles for the adire co-operative database
CREATE ROLE dashboard_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE coop TO dashboard_ro;
GRANT USAGE ON SCHEMA sales TO dashboard_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO dashboard_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO dashboard_ro;
""", rand_pw(20))

# ---------------------------------------------------------------------------------------------
# Decoys: catalogue data, ids, public keys, docs
# ---------------------------------------------------------------------------------------------

add("csv/decoy-product-skus", "catalogue/products.csv", "https://help.shopify.com/en/manual/products/import-export/using-csv", r"""
Handle,Title,Vendor,Variant SKU,Variant Barcode,Variant Price,Tags
olokun-eleko-2yd,Adire Ẹlẹ́kọ Olókun (2 yards),Itoku Adire House,ITK-ELK-OLK-02,@@b1@@,45000,"adire,eleko,indigo"
ibadandun-eleko,Adire Ìbàdàndùn,Itoku Adire House,ITK-ELK-IBD-02,@@b2@@,52000,"adire,eleko,heritage"
oniko-scarf,Oníkò Scarf (aró),Osun Adire Co-op,OSN-ONK-SCF-01,@@b3@@,18500,"adire,oniko,scarf"
alabere-wrapper,Alábẹ́rẹ́ Wrapper,Osun Adire Co-op,OSN-ALB-WRP-01,@@b4@@,61000,"adire,alabere"
dundun-medium,Dùndún (medium) with bag,Ayanlere Drums,AYD-DND-M-01,@@b5@@,180000,"drum,dundun"
""", b1="6" + str(_rng().randint(10**11, 10**12 - 1)), b2="6" + str(_rng().randint(10**11, 10**12 - 1)),
    b3="6" + str(_rng().randint(10**11, 10**12 - 1)), b4="6" + str(_rng().randint(10**11, 10**12 - 1)), b5="6" + str(_rng().randint(10**11, 10**12 - 1)))

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "itoku-adire-web",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@paystack/inline-js": {
      "version": "2.20.2",
      "resolved": "https://registry.npmjs.org/@paystack/inline-js/-/inline-js-2.20.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("python/decoy-requirements-hashes", "requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r"""
# pip-compile --generate-hashes requirements.in
django==5.0.6 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
requests==2.32.3 \
    --hash=sha256:@@h3@@
africastalking==1.2.8 \
    --hash=sha256:@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("markdown/decoy-readme-placeholders", "README.md", "https://paystack.com/docs/api/authentication/", r"""
# Ayanlere Drums — shop

Online shop for dùndún, gángan, ìyá ìlù and bàtá drums made in Ọ̀yọ́.

## Running locally

```bash
cp .env.example .env
# then set:
#   FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
#   FLW_PUBLIC_KEY=FLWPUBK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
#   TERMII_API_KEY=your-termii-key
docker compose up
```

Test cards are on the Flutterwave docs. Ẹ má ṣe lo live key lórí kọ̀mpútà yín.
""")

add("yaml/decoy-vault-reference", "helm/drumshop/values-prod.yaml", "https://external-secrets.io/latest/introduction/overview/", r"""
image:
  repository: ghcr.io/ayanlere-drums/shop
  tag: "1.14.0"
replicaCount: 2
externalSecrets:
  enabled: true
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  data:
    - secretKey: FLW_SECRET_KEY
      remoteRef: { key: secret/data/drumshop/prod, property: flw_secret_key }
    - secretKey: DATABASE_PASSWORD
      remoteRef: { key: secret/data/drumshop/prod, property: db_password }
ingress:
  host: ayanleredrums.com.ng
""")

add("typescript/decoy-recaptcha-site-key", "web/src/components/ContactForm.tsx", "https://developers.google.com/recaptcha/docs/display", r"""
import ReCAPTCHA from "react-google-recaptcha";
import { useState } from "react";

// Site key is public (the secret key is only on the API server)
const RECAPTCHA_SITE_KEY = "6L@@k@@";

export default function ContactForm() {
  const [token, setToken] = useState<string | null>(null);
  return (
    <form method="post" action="/api/contact">
      <label>Orúkọ (name) <input name="name" required /></label>
      <label>Ímeèlì <input name="email" type="email" required /></label>
      <label>Ọ̀rọ̀ <textarea name="message" /></label>
      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} onChange={setToken} />
      <input type="hidden" name="g-recaptcha-response" value={token ?? ""} />
      <button disabled={!token}>Fi ránṣẹ́</button>
    </form>
  );
}
""", k=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("html/decoy-maps-browser-key", "web/templates/visit-us.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", r"""
<section class="visit">
  <h2>Ẹ wá bẹ̀ wá wò — Visit the dye house</h2>
  <p>Itoku market, Abẹ́òkúta, Ogun State. Monday to Saturday, 8am–5pm.</p>
  <div id="map" style="height:320px"></div>
  <!-- browser key, restricted to itokuadire.ng referrers -->
  <script async
    src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMap">
  </script>
  <script>
    function initMap() {
      const itoku = { lat: 7.1557, lng: 3.3451 };
      const map = new google.maps.Map(document.getElementById("map"), { zoom: 15, center: itoku });
      new google.maps.Marker({ position: itoku, map, title: "Itoku Adire House" });
    }
  </script>
</section>
""", k=google_key())

add("javascript/decoy-mapbox-public-token", "web/src/delivery-map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r"""
import mapboxgl from "mapbox-gl";

// Public token (pk.): URL-restricted to ayanleredrums.com.ng
mapboxgl.accessToken = "pk.@@t@@";

export function showDeliveryZones(el) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [3.93, 7.85], zoom: 7 });
  map.on("load", () => map.addLayer({ id: "zones", type: "fill", source: { type: "geojson", data: "/zones.geojson" }, paint: { "fill-opacity": 0.3 } }));
  return map;
}
""", t=b64('{"u":"ayanleredrums","a":"' + fakes.drawn(_seed(), 25, LOWER_NUM) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("swift/decoy-public-key", "KemiAdire/Sources/Pay/PaystackConfig.swift", "https://paystack.com/docs/developer-tools/ios-sdk/", r"""
import Foundation

/// The publishable key is meant for the app; charges are verified on our server.
enum PaystackConfig {
    static let publicKey = "@@pk@@"
    static let currency = "NGN"
    static let verifyURL = URL(string: "https://api.kemiadire.com/pay/verify")!
}
""", pk=paystack_pk())

add("yaml/decoy-docker-digests", "k8s/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: adire-shop
resources:
  - shop/deployment.yaml
  - shop/service.yaml
  - shop/ingress.yaml
images:
  - name: ghcr.io/itoku-adire/shop
    digest: sha256:@@d1@@
  - name: ghcr.io/itoku-adire/worker
    digest: sha256:@@d2@@
""", d1=sha256ish(), d2=sha256ish())

add("ruby/decoy-uuid-ids", "diaspora_shop/db/seeds.rb", "https://guides.rubyonrails.org/active_record_migrations.html#migrations-and-seed-data", r"""
# Seed the diaspora shop with the launch collection
[
  { id: "@@u1@@", name: "Adire Eleko — Olokun", price_gbp: 65 },
  { id: "@@u2@@", name: "Adire Oniko — Aro", price_gbp: 38 },
  { id: "@@u3@@", name: "Gangan talking drum (small)", price_gbp: 140 },
  { id: "@@u4@@", name: "Dundun talking drum (medium)", price_gbp: 220 },
].each { |attrs| Product.find_or_create_by!(id: attrs[:id]) { |p| p.assign_attributes(attrs) } }
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("java/decoy-aws-example-key", "drum-orders/src/test/java/ng/ayanlere/s3/PhotoBucketTest.java", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", r"""
package ng.ayanlere.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhotoBucketTest {
    // AWS's documented example credentials; LocalStack accepts anything
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void buildsKeyForDrumPhoto() {
        PhotoBucket bucket = new PhotoBucket("http://localhost:4566", KEY_ID, SECRET, "drum-photos");
        assertEquals("dundun/AYD-DND-M-01/front.jpg", bucket.keyFor("AYD-DND-M-01", "dundun", "front.jpg"));
    }
}
""")

add("python/decoy-dummy-test-password", "tests/test_staff_login.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from workshop.auth import create_staff, login


@pytest.fixture
def dyer(db):
    return create_staff(name="Àbẹ̀ní", role="dyer", password="password123")


def test_login_ok(dyer):
    assert login("Àbẹ̀ní", "password123") is not None


def test_login_wrong_password(dyer):
    assert login("Àbẹ̀ní", "ko-to") is None
''')

add("ini/decoy-empty-values", "office/printer.ini", "https://wiki.archlinux.org/title/CUPS", r"""
; Label printer at the Lagos showroom
[printer]
name = Epson-L3250-Showroom
uri = ipp://192.168.1.40/ipp/print
paper = A6
duplex = false

[auth]
username =
password =
; leave empty: the printer is on the showroom LAN only
""")

add("shell/decoy-prompt-for-password", "scripts/create_staff_user.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", r"""
#!/usr/bin/env bash
# Create a staff account on the workshop NUC (Ọ̀yọ́)
set -euo pipefail
read -rp "Orúkọ (username): " NAME
read -rsp "Ọ̀rọ̀ aṣínà (password): " PASSWORD; echo
sudo useradd -m -s /bin/bash "$NAME"
echo "$NAME:$PASSWORD" | sudo chpasswd
sudo chage -d 0 "$NAME"
unset PASSWORD
echo "Account $NAME created; the password must be changed at first login."
""")

add("go/decoy-hmac-verification", "internal/payments/webhook.go", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", r"""
package payments

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

func PaystackWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha512.New, []byte(os.Getenv("PAYSTACK_SECRET_KEY")))
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("x-paystack-signature"))) {
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}
""")

add("sql/decoy-transaction-hashes", "db/reports/payments_audit.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r"""
-- Monthly audit: every payment row with its integrity hash (sha256 of the row)
SELECT reference, amount_kobo, paid_at, row_hash
FROM payments
WHERE paid_at >= date_trunc('month', now()) - interval '1 month'
ORDER BY paid_at;

-- Known-good hashes from the April close
-- ITK-20011  @@h1@@
-- ITK-20012  @@h2@@
-- AYD-5490   @@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("markdown/decoy-password-policy", "docs/security-policy.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", r"""
# Ìlànà ààbò — security rules for staff

1. Every staff member has their own account. Ẹ má ṣe pín ọ̀rọ̀ aṣínà (do not share passwords).
2. Passwords are at least 12 characters; use a passphrase like `three random words + number`.
3. The Paystack and Flutterwave dashboards need 2FA (Google Authenticator).
4. Keys for the shop live in Bitwarden → collection **Shop keys**, and in Doppler for servers.
5. If a key leaks (WhatsApp, screenshot, email), tell Túndé the same day; we rotate it.
6. Wi-Fi passwords change every quarter; the new one is on the notice board in the office only.
""")

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "redis" {
  name = "adire/redis/auth"
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
""")

add("github-actions/decoy-oidc", ".github/workflows/photos-sync.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r"""
name: Sync catalogue photos
on:
  schedule: [{ cron: "30 2 * * *" }]
permissions:
  id-token: write
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/gh-catalogue-sync
          aws-region: eu-west-1
      - run: aws s3 sync photos/ s3://itoku-adire-catalogue/photos/ --delete
""")

add("notebook/decoy-getpass", "notebooks/vat_readings.ipynb", "https://docs.python.org/3/library/getpass.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ìkòkò aró — vat readings, May 2024"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "pw = getpass.getpass('DB password: ')\n",
    "engine = sa.create_engine(f'postgresql://analyst:{pw}@10.20.0.5/coop')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('select vat, ts, temp_c, ph from vat_readings', engine)\n",
    "df.groupby('vat')[['temp_c', 'ph']].mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("plist/decoy-public-config", "KemiAdire/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Kemi Àdìrẹ</string>
    <key>CFBundleIdentifier</key>
    <string>ng.kemiadire.app</string>
    <key>PaystackPublicKey</key>
    <string>$(PAYSTACK_PUBLIC_KEY)</string>
    <key>GIDClientID</key>
    <string>@@cid@@.apps.googleusercontent.com</string>
    <key>NSCameraUsageDescription</key>
    <string>Ya fọ́tò aṣọ rẹ (photograph your cloth)</string>
</dict>
</plist>
""", cid=str(_rng().randint(10**11, 10**12 - 1)) + "-" + fakes.drawn(_seed(), 32, LOWER_NUM))

add("log/decoy-request-ids", "logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r"""
102.89.34.11 - - [14/May/2024:09:12:03 +0100] "POST /checkout HTTP/1.1" 302 0 "-" "Mozilla/5.0" rid=@@r1@@
102.89.34.11 - - [14/May/2024:09:12:41 +0100] "GET /checkout/callback?trxref=ITK-20931-x7&reference=ITK-20931-x7 HTTP/1.1" 200 5120 "-" "Mozilla/5.0" rid=@@r2@@
52.31.139.75 - - [14/May/2024:09:12:41 +0100] "POST /webhooks/paystack HTTP/1.1" 200 2 "-" "Paystack" rid=@@r3@@
41.58.22.190 - - [14/May/2024:09:15:02 +0100] "GET /static/img/olokun.jpg?v=@@v@@ HTTP/1.1" 200 88213 "-" "Mozilla/5.0" rid=@@r4@@
41.58.22.190 - - [14/May/2024:09:15:09 +0100] "GET /products/olokun-eleko-2yd HTTP/1.1" 200 14022 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), v=hexs(8), r4=hexs(32), r5=hexs(32))

add("k8s-secret/decoy-placeholder-values", "k8s/templates/payments-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
# Example only: fill in and apply by hand; never commit the real one
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: drumshop
type: Opaque
stringData:
  FLW_SECRET_KEY: "<flutterwave secret key>"
  MONNIFY_SECRET_KEY: "<monnify secret key>"
  PAYSTACK_SECRET_KEY: "REPLACE_ME"
""")

add("powershell/decoy-secret-management", "scripts/Connect-Inventory.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
# Uses the SecretManagement vault on the office PC; nothing is stored in this script
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "AdireInventorySql" -Vault "OfficeVault"
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=office-nuc\SQLEXPRESS;Database=AdireInventory;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "Ti so pọ̀ mọ́ àkójọ ọjà (connected to inventory)"
$conn.Close()
""")

add("compose/decoy-docker-secrets", "deploy/stack.yml", "https://docs.docker.com/engine/swarm/secrets/", r"""
version: "3.9"
services:
  api:
    image: ayanleredrums/shop:1.14.0
    secrets: [flw_secret_key, db_password]
    environment:
      FLW_SECRET_KEY_FILE: /run/secrets/flw_secret_key
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  flw_secret_key:
    external: true
  db_password:
    external: true
""")

add("rust/decoy-env-var", "dye-vat-bot/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r"""
use std::env;

pub struct Config {
    pub bot_token: String,
    pub dyers_chat: i64,
    pub sensor_url: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            bot_token: env::var("TELEGRAM_BOT_TOKEN").expect("TELEGRAM_BOT_TOKEN not set"),
            dyers_chat: env::var("DYERS_CHAT_ID").ok().and_then(|v| v.parse().ok()).unwrap_or(-1),
            sensor_url: env::var("SENSOR_URL").unwrap_or_else(|_| "http://192.168.10.5:8080".into()),
        }
    }
}
""")

add("dockerfile/decoy-arg-no-default", "docker/shop.Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", r"""
FROM node:20-alpine AS build
WORKDIR /web
ARG PAYSTACK_PUBLIC_KEY
ENV VITE_PAYSTACK_PUBLIC_KEY=$PAYSTACK_PUBLIC_KEY
COPY web/package*.json ./
RUN npm ci
COPY web/ .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /web/dist /usr/share/nginx/html
""")

add("xml/decoy-pom-checksums", "drum-orders/pom.xml", "https://maven.apache.org/pom.html", r"""
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>ng.ayanlere</groupId>
  <artifactId>drum-orders</artifactId>
  <version>1.6.0</version>
  <properties>
    <java.version>21</java.version>
    <sendgrid.version>4.10.2</sendgrid.version>
    <build.commit>@@sha@@</build.commit>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.sendgrid</groupId>
      <artifactId>sendgrid-java</artifactId>
      <version>${sendgrid.version}</version>
    </dependency>
  </dependencies>
</project>
""", sha=hexs(40))

add("kotlin/decoy-public-key", "app/src/main/java/ng/kemiadire/pay/PaystackSetup.kt", "https://paystack.com/docs/developer-tools/android-sdk/", r"""
package ng.kemiadire.pay

import android.content.Context
import co.paystack.android.PaystackSdk

object PaystackSetup {
    // Public key only; the secret key never ships in the app
    private const val PUBLIC_KEY = "@@pk@@"

    fun init(context: Context) {
        PaystackSdk.initialize(context)
        PaystackSdk.setPublicKey(PUBLIC_KEY)
    }
}
""", pk=paystack_pk())

# ---------------------------------------------------------------------------------------------
# More secrets: apps, databases, handovers, split values
# ---------------------------------------------------------------------------------------------

add("dart/flutterwave-secret-key", "kemi_adire_app/lib/services/payment_service.dart", "https://developer.flutterwave.com/docs/integration-guides/authentication", r"""
import 'dart:convert';
import 'package:http/http.dart' as http;

class PaymentService {
  static const _base = 'https://api.flutterwave.com/v3';
  static const _secretKey = '@@secret@@';

  Future<String> checkoutLink(String orderId, int amount, String email) async {
    final res = await http.post(
      Uri.parse('$_base/payments'),
      headers: {'Authorization': 'Bearer $_secretKey', 'Content-Type': 'application/json'},
      body: jsonEncode({
        'tx_ref': 'KMA-$orderId',
        'amount': amount,
        'currency': 'NGN',
        'redirect_url': 'https://kemiadire.com/app/paid',
        'customer': {'email': email},
      }),
    );
    return jsonDecode(res.body)['data']['link'] as String;
  }
}
""", flw_sk())

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/** Àdìrẹ Ẹlẹ́kọ Studio — WordPress + WooCommerce */
define( 'DB_NAME', 'adireeleko_wp' );
define( 'DB_USER', 'adireeleko_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ae_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'yo' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("env/smtp-password", "laravel-shop/.env", "https://laravel.com/docs/11.x/mail#configuration", r"""
APP_NAME="Osun Adire"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://osunadire.ng

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=osunadire
DB_USERNAME=osunadire
DB_PASSWORD=${SECRET_DB_PASSWORD}

MAIL_MAILER=smtp
MAIL_HOST=smtp-relay.brevo.com
MAIL_PORT=587
MAIL_USERNAME=7a1c2e001@smtp-brevo.com
MAIL_PASSWORD=@@secret@@
MAIL_FROM_ADDRESS=orders@osunadire.ng
""", "xsmtpsib-" + hexs(64) + "-" + alnum(16))

add("go/postgres-password", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", r"""
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=10.20.0.5 port=5432 user=coop_api password=@@secret@@ dbname=coop sslmode=require"

// Open connects to the co-operative database (dyers, batches, payouts).
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("rust/database-url", "inventory-api/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html", r"""
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// Drum workshop inventory: wood (apá, omo), goatskins, osan cords
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://inventory:@@secret@@@10.0.1.15:5432/drum_inventory")
        .await
}
""", rand_pw(20))

add("csharp/sqlserver-password", "AdireInventory/Data/InventoryContext.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r"""
using Microsoft.EntityFrameworkCore;

namespace AdireInventory.Data
{
    public class InventoryContext : DbContext
    {
        public DbSet<Bolt> Bolts => Set<Bolt>();
        public DbSet<DyeBatch> DyeBatches => Set<DyeBatch>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer(
                "Server=office-nuc\\SQLEXPRESS;Database=AdireInventory;User Id=inventory_app;Password=@@secret@@;TrustServerCertificate=True");
        }
    }
}
""", words_pw())

add("shell/termii-api-key", "scripts/send_test_sms.sh", "https://developers.termii.com/messaging-api", r"""
#!/bin/sh
# Quick test that Termii works from the server: ./send_test_sms.sh 2348031234567
curl -s -X POST https://api.ng.termii.com/api/sms/send \
  -H 'Content-Type: application/json' \
  -d '{
    "to": "'"$1"'",
    "from": "Ayanlere",
    "sms": "Idanwo: ilu re ti setan. (test)",
    "type": "plain",
    "channel": "generic",
    "api_key": "@@secret@@"
  }'
""", termii_key())

add("markdown/logistics-portal-password", "docs/handover/shipping.md", "https://giglogistics.com/", r"""
# Ìfiránṣẹ́ — shipping handover (Ṣadé → Kúnlé)

| Service | Login | Password | Notes |
|---|---|---|---|
| GIG Logistics portal | shipping@ayanleredrums.com.ng | `@@secret@@` | drums within Nigeria, drop at Ọ̀yọ́ hub |
| DHL MyDHL+ | ayanleredrums | in Bitwarden | international, book pickup before 2pm |
| Kwik | Túndé's phone | OTP | Lagos same-day only |

- Wrap every dùndún in two layers of bubble wrap; the osan cords must be loose.
- Customs: HS code 9206.00 for drums, 6304.92 for adire cloth.
""", words_pw())

_split_key = paystack_sk()
add("python/paystack-secret-key-split", "scripts/refund_order.py", "https://paystack.com/docs/api/refund/", r'''
"""One-off: refund an order by reference. Usage: python refund_order.py ITK-20931-x7"""
import sys

import requests

KEY = ("@@a@@"
       "@@b@@")

ref = sys.argv[1]
r = requests.post(
    "https://api.paystack.co/refund",
    json={"transaction": ref, "merchant_note": "Aṣọ ti bàjẹ́ (damaged in dyeing)"},
    headers={"Authorization": "Bearer " + KEY},
    timeout=30,
)
print(r.status_code, r.json().get("message"))
''', _split_key, a=_split_key[:20], b=_split_key[20:])

add("yaml/redis-password", "drum-orders/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r"""
spring:
  data:
    redis:
      host: 10.0.3.7
      port: 6379
      password: @@secret@@
      database: 1
  cache:
    type: redis
app:
  workshop: Oyo
  low-stock-alert: 3
""", fakes.redis_password(_seed()))

add("xml/maven-repository-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>ayanlere-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>ayanlere-nexus</id>
      <url>https://nexus.ayanleredrums.com.ng/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(24))

add("kotlin/termii-api-key", "app/src/main/java/ng/kemiadire/otp/TermiiOtp.kt", "https://developers.termii.com/token", r"""
package ng.kemiadire.otp

import retrofit2.http.Body
import retrofit2.http.POST

data class OtpRequest(
    val api_key: String = "@@secret@@",
    val message_type: String = "NUMERIC",
    val to: String,
    val from: String = "KemiAdire",
    val channel: String = "dnd",
    val pin_attempts: Int = 3,
    val pin_time_to_live: Int = 5,
    val pin_length: Int = 6,
    val pin_placeholder: String = "< 1234 >",
    val message_text: String = "Koodu re ni < 1234 >",
    val pin_type: String = "NUMERIC",
)

interface TermiiApi {
    @POST("api/sms/otp/send")
    suspend fun sendOtp(@Body body: OtpRequest): Map<String, Any>
}
""", termii_key())

add("javascript/instagram-access-token", "web/src/instagram-feed.js", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media", r"""
// Shows the latest 9 Instagram posts (new adire pieces) on the home page
const IG_USER_ID = "17841405822304914";
const IG_TOKEN = "@@secret@@";

export async function latestPosts() {
  const url = `https://graph.facebook.com/v19.0/${IG_USER_ID}/media?fields=id,caption,media_url,permalink&limit=9&access_token=${IG_TOKEN}`;
  const res = await fetch(url);
  const { data } = await res.json();
  return data.map((p) => ({ src: p.media_url, href: p.permalink, alt: p.caption ?? "Adire" }));
}
""", meta_token())

add("python/slack-bot-token", "ops/slack_stock_alert.py", "https://api.slack.com/authentication/token-types#bot", r'''
from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")


def low_stock(items):
    lines = "\n".join(f"• {i.name}: {i.qty} left" for i in items)
    slack.chat_postMessage(channel="#workshop", text=f"Ọjà ti fẹ́ tán (low stock):\n{lines}")
''', slack_bot())

add("toml/private-index-password", "tools/poetry/auth.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", r"""
[http-basic.osun-private]
username = "ci"
password = "@@secret@@"

[http-basic.testpypi]
username = "__token__"
password = ""
""", rand_pw(32))

add("ansible/postgres-password", "ansible/group_vars/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", r"""
---
postgres_version: 16
postgres_listen: "10.20.0.5"
postgres_databases:
  - name: coop
    owner: coop_owner
postgres_users:
  - name: coop_owner
    password: "@@secret@@"
  - name: dashboard_ro
    password: "{{ vault_dashboard_ro_password }}"
postgres_hba:
  - { type: host, database: coop, user: all, address: "10.20.0.0/24", method: scram-sha-256 }
""", rand_pw(22))

add("csv/email-password", "admin/staff_mailboxes.csv", "https://www.zoho.com/mail/help/adminconsole/add-users.html", r"""
name,email,role,temp_password,changed
Àbẹ̀ní Ọlábísí,abeni@osunadire.ng,owner,(own),yes
Bísí Adéyẹmí,bisi@osunadire.ng,sales,(own),yes
Kúnlé Fáṣọlá,kunle@osunadire.ng,shipping,@@secret@@,no
Ṣadé Àdìó,sade@osunadire.ng,cashier,(own),yes
""", words_pw())

add("log/database-password", "logs/celery-worker.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r"""
[2024-05-21 02:00:00,114: INFO/MainProcess] Task payouts.run_weekly[8c1d] received
[2024-05-21 02:00:00,311: ERROR/ForkPoolWorker-1] Task payouts.run_weekly[8c1d] raised unexpected: OperationalError
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.5", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://coop_api:@@secret@@@10.20.0.5:5432/coop
[2024-05-21 02:05:00,002: INFO/MainProcess] Task payouts.run_weekly[8c1d] retry: Retry in 300s
""", rand_pw(18))

add("notebook/postgres-password", "notebooks/dyer_payouts.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Owó àwọn aláró — weekly payouts to dyers"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine('postgresql://analyst:@@secret@@@10.20.0.5:5432/coop')\n",
    "payouts = pd.read_sql('select dyer, sum(amount_ngn) from payouts group by dyer', engine)\n",
    "payouts"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("python/github-fine-grained-token", "tools/release_notes.py", "https://docs.github.com/en/rest/releases/releases#create-a-release", r'''
"""Creates the GitHub release for the shop, with notes in English and Yorùbá."""
import sys

import requests

GH_TOKEN = "@@secret@@"
REPO = "osun-adire/shop"


def create_release(tag: str, notes: str) -> str:
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/releases",
        headers={"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"tag_name": tag, "name": tag, "body": notes},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    print(create_release(sys.argv[1], open("CHANGELOG.md", encoding="utf-8").read()))
''', fakes.github_fine_grained_token(_seed()))

add("typescript/monnify-secret-key", "api/src/config/payments.config.ts", "https://developers.monnify.com/docs/#authentication", r"""
import { registerAs } from "@nestjs/config";

export default registerAs("payments", () => ({
  monnify: {
    baseUrl: "https://api.monnify.com",
    apiKey: "@@api@@",
    secretKey: "@@secret@@",
    contractCode: "@@contract@@",
  },
  currency: "NGN",
  // Àkíyèsí: payouts to dyers run every Friday
  payoutDay: 5,
}));
""", monnify_secret(), api=monnify_api_key(), contract=str(_rng().randint(10**9, 10**10 - 1)))

add("json/redis-password", "api/config/production.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", r"""
{
  "server": { "port": 4000, "trustProxy": true },
  "redis": {
    "host": "10.0.3.7",
    "port": 6379,
    "password": "@@secret@@",
    "db": 3
  },
  "orders": { "holdMinutes": 30, "currency": "NGN" }
}
""", fakes.redis_password(_seed()))

add("php/paystack-secret-key", "laravel-shop/config/paystack.php", "https://paystack.com/docs/api/authentication/", r"""
<?php

return [
    'publicKey' => env('PAYSTACK_PUBLIC_KEY'),
    'secretKey' => env('PAYSTACK_SECRET_KEY', '@@secret@@'),
    'paymentUrl' => env('PAYSTACK_PAYMENT_URL', 'https://api.paystack.co'),
    'merchantEmail' => env('MERCHANT_EMAIL', 'owo@osunadire.ng'),
];
""", paystack_sk())

add("ruby/smtp-password", "diaspora_shop/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", r"""
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.diaspora-adire.co.uk",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "diaspora-adire.co.uk" }
end
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

_ghcr = fakes.github_token(_seed())
add("k8s-secret/registry-password", "k8s/shop/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: adire-shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _ghcr, cfg=b64('{"auths":{"ghcr.io":{"username":"itoku-bot","password":"' + _ghcr + '","auth":"' + b64("itoku-bot:" + _ghcr) + '"}}}'))

add("terraform/github-token", "infra/github.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs", r"""
provider "github" {
  owner = "osun-adire"
  token = "@@secret@@"
}

resource "github_repository" "patterns" {
  name        = "patterns"
  description = "SVG templates of adire patterns (olókun, ìbàdàndùn, ọlọ́pọ́)"
  visibility  = "private"
}

resource "github_branch_protection" "patterns_main" {
  repository_id  = github_repository.patterns.node_id
  pattern        = "main"
  enforce_admins = true
}
""", fakes.github_token(_seed()))

add("dockerfile/npm-token", "docker/web.Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", r"""
FROM node:20-alpine
WORKDIR /app
ARG NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""", npm_token())

add("powershell/azure-storage-key", "scripts/Backup-Photos.ps1", "https://learn.microsoft.com/en-us/cli/azure/storage/blob#az-storage-blob-upload-batch", r"""
# Weekly backup of the pattern photos from the studio PC to Azure
$account = "adireelekophotos"
$key = "@@secret@@"
$src = "D:\Studio\Photos"

az storage blob upload-batch `
  --account-name $account `
  --account-key $key `
  --destination "backup" `
  --destination-path (Get-Date -Format "yyyy-MM-dd") `
  --source $src `
  --overwrite false
Write-Host "Àwòrán ti lọ sí Azure (photos backed up)"
""", azure_storage_key())

add("github-actions/docker-password", ".github/workflows/images.yml", "https://github.com/docker/login-action", r"""
name: Build images
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: ayanleredrums
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ayanleredrums/shop:latest
""", dockerhub_pat())

add("properties/ldap-password", "crm-sync/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", r"""
spring.application.name=crm-sync
spring.ldap.urls=ldaps://dc1.osunadire.local:636
spring.ldap.base=dc=osunadire,dc=local
spring.ldap.username=cn=svc-crm,ou=Service,dc=osunadire,dc=local
spring.ldap.password=@@secret@@
crm.sync.cron=0 0 * * * *
""", words_pw())

add("shell/redis-password", "scripts/flush_sessions.sh", "https://redis.io/docs/latest/develop/connect/cli/", r"""
#!/usr/bin/env bash
# Log everyone out of the shop (after a staff member leaves)
redis-cli -h 10.0.3.7 -p 6379 -a '@@secret@@' --no-auth-warning -n 0 \
  --scan --pattern 'session:*' | xargs -r redis-cli -h 10.0.3.7 -a '@@secret@@' --no-auth-warning -n 0 del
echo "Gbogbo ènìyàn ti jáde (all sessions cleared)"
""", fakes.redis_password(_seed()))

add("yaml/telegram-bot-token", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
# Home Assistant at the dye house (vat heaters, drying-yard rain sensor)
latitude_home: 7.1557
longitude_home: 3.3451
telegram_bot_token: "@@secret@@"
telegram_chat_dyers: -1001874512033
mqtt_password: !env_var MQTT_PASSWORD
""", fakes.telegram_token(_seed()))

add("ini/mysql-password", "office/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
[client]
host=10.0.1.12
user=backup
password="@@secret@@"

[mysqldump]
single-transaction
quick
""", words_pw())

add("go/slack-webhook", "cmd/stockwatch/main.go", "https://api.slack.com/messaging/webhooks", r"""
package main

import (
	"bytes"
	"fmt"
	"net/http"
)

var slackHook = "@@secret@@"

func notify(item string, qty int) error {
	msg := fmt.Sprintf(`{"text":"Ọjà ti fẹ́ tán: %s (%d left)"}`, item, qty)
	_, err := http.Post(slackHook, "application/json", bytes.NewBufferString(msg))
	return err
}

func main() {
	_ = notify("goatskin (awọ ewúrẹ́)", 4)
}
""", slack_webhook())

# ---------------------------------------------------------------------------------------------
# More decoys: workshop data, public ids, encrypted and documented values
# ---------------------------------------------------------------------------------------------

add("csv/decoy-dye-recipes", "dyehouse/recipes.csv", "https://en.wikipedia.org/wiki/Adire", r"""
recipe_id,name,technique,indigo_kg,potash_l,dips,target_ph,hex_colour,batch_hash
R-01,Olókun deep,eleko,2.5,12,8,10.8,#1b2a4a,@@h1@@
R-02,Ìbàdàndùn mid,eleko,1.8,10,6,10.5,#2c3e6b,@@h2@@
R-03,Oníkò light,oniko,1.2,8,3,10.2,#5b77a8,@@h3@@
R-04,Alábẹ́rẹ́ navy,alabere,2.2,11,7,10.6,#1f2f5c,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("yaml/decoy-public-ids", "config/integrations.yaml", "https://developer.flutterwave.com/docs/integration-guides/authentication", r"""
# Identifiers only (no keys): safe to commit
paystack:
  merchant_id: 1480231
  subaccount: ACCT_@@acct@@
  split_code: SPL_@@spl@@
flutterwave:
  merchant_id: 2201487
termii:
  sender_id: OsunAdire
google_analytics:
  measurement_id: G-@@ga@@
meta:
  whatsapp_phone_number_id: "104729384756102"
  business_account_id: "118204937562011"
""", acct=fakes.drawn(_seed(), 10, LOWER_NUM), spl=fakes.drawn(_seed(), 10, ALNUM), ga=fakes.drawn(_seed(), 10, UPPER_NUM))

add("markdown/decoy-api-docs-example", "docs/api/orders.md", "https://paystack.com/docs/api/", r"""
# Orders API (internal)

Every request needs the staff token you get from `POST /auth/login`:

```http
GET /api/orders?status=paid HTTP/1.1
Host: api.kemiadire.com
Authorization: Bearer <your-staff-token>
```

Example response:

```json
{"id": "KMA-3321", "status": "paid", "items": [{"sku": "ITK-ELK-OLK-02", "qty": 2}], "total_ngn": 90000}
```

Àkíyèsí: tokens last 8 hours. Ẹ má ṣe fi token yín ránṣẹ́ sí ẹnikẹ́ni.
""")

add("python/decoy-hash-constants", "workshop/patterns/registry.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Registered pattern designs: a SHA-1 of each SVG so a copied file is recognised."""
import hashlib
from pathlib import Path

KNOWN = {
    "olokun": "@@h1@@",
    "ibadandun": "@@h2@@",
    "olopo": "@@h3@@",
    "sun_and_moon": "@@h4@@",
}


def identify(svg: Path) -> str | None:
    digest = hashlib.sha1(svg.read_bytes()).hexdigest()
    return next((name for name, h in KNOWN.items() if h == digest), None)
''', h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("json/decoy-public-jwks", "api/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("shell/decoy-ssh-public-key", "scripts/add_developer.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
#!/usr/bin/env bash
# Give Kúnlé (new developer) access to the shop server: public key only
set -e
KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ kunle@laptop"
sudo -u deploy mkdir -p /home/deploy/.ssh
echo "$KEY" | sudo -u deploy tee -a /home/deploy/.ssh/authorized_keys >/dev/null
sudo -u deploy chmod 600 /home/deploy/.ssh/authorized_keys
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("xml/decoy-public-certificate", "PosBridge/Certs/interswitch-ca.xml", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.x509certificates.x509certificate2", r"""
<?xml version="1.0" encoding="utf-8"?>
<TrustedCertificates>
  <!-- Interswitch passport CA (public certificate, pinned) -->
  <Certificate name="interswitch-passport" thumbprint="@@tp@@">
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
-----END CERTIFICATE-----
  </Certificate>
</TrustedCertificates>
""", tp=fakes.drawn(_seed(), 40, "0123456789ABCDEF"), c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/"))

add("typescript/decoy-zod-schema", "api/src/env.ts", "https://zod.dev/", r"""
import { z } from "zod";

// Validates the environment at start-up; the values come from Doppler
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]),
  PAYSTACK_SECRET_KEY: z.string().regex(/^sk_(live|test)_[0-9a-f]{40}$/),
  TERMII_API_KEY: z.string().min(20),
  JWT_SECRET: z.string().min(32),
  MONGO_URI: z.string().url(),
});

export const env = schema.parse(process.env);
""")

add("env/decoy-doppler-references", "api/.env.doppler", "https://docs.doppler.com/docs/cli", r"""
# Values are injected by `doppler run -- node dist/server.js`; this file only maps names
PAYSTACK_SECRET_KEY=${doppler:PAYSTACK_SECRET_KEY}
TERMII_API_KEY=${doppler:TERMII_API_KEY}
JWT_SECRET=${doppler:JWT_SECRET}
MONGO_URI=${doppler:MONGO_URI}
PORT=4000
""")

add("ansible/decoy-vault-variable", "ansible/roles/shop/tasks/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r"""
---
- name: Write the shop environment file
  ansible.builtin.template:
    src: shop.env.j2
    dest: /srv/itoku-shop/.env
    owner: deploy
    mode: "0600"
  vars:
    paystack_secret_key: "{{ vault_paystack_secret_key }}"
    db_password: "{{ vault_db_password }}"
  notify: restart shop

- name: Ensure the shop service runs
  ansible.builtin.systemd:
    name: itoku-shop
    state: started
    enabled: true
""")

add("sql/decoy-order-data", "db/seeds/orders_sample.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r"""
INSERT INTO orders (id, reference, customer, total_ngn, status) VALUES
  ('@@u1@@', 'AYD-5521', 'Mr Ọládélé (Houston)', 310000, 'shipped'),
  ('@@u2@@', 'AYD-5522', 'Alhaja Kúbúrát (Ìlọrin)', 95000, 'paid'),
  ('@@u3@@', 'ITK-20931', 'Bísí A. (Lagos)', 45000, 'paid');
INSERT INTO order_items (order_id, sku, qty) VALUES
  ('@@u1@@', 'AYD-DND-M-01', 1),
  ('@@u2@@', 'AYD-GNG-S-01', 1),
  ('@@u3@@', 'ITK-ELK-OLK-02', 2);
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("php/decoy-password-hash", "wp-content/plugins/adire-staff/staff-login.php", "https://www.php.net/manual/en/function.password-verify.php", r"""
<?php
// Staff PIN login on the shop tablet; PINs are stored hashed
function adire_staff_login($staff_id, $pin) {
    global $wpdb;
    $row = $wpdb->get_row($wpdb->prepare(
        "SELECT pin_hash FROM {$wpdb->prefix}adire_staff WHERE id = %d", $staff_id
    ));
    if (!$row) {
        return new WP_Error('not_found', 'Kò sí òṣìṣẹ́ yìí');
    }
    return password_verify($pin, $row->pin_hash);
}

// Example hash format (PASSWORD_BCRYPT): @@hash@@
""", hash=bcrypt_hash())

add("javascript/decoy-algolia-search-key", "web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
import algoliasearch from "algoliasearch/lite";

// Search-only key: public by design (the admin key is only in the indexing job)
const client = algoliasearch("@@app@@", "@@key@@");
const index = client.initIndex("adire_products");

export async function search(q) {
  const { hits } = await index.search(q, { hitsPerPage: 12 });
  return hits.map((h) => ({ name: h.title, price: h.price_ngn, url: `/products/${h.handle}` }));
}
""", app=fakes.drawn(_seed(), 10, UPPER_NUM), key=hexs(32))

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r"""
[project]
name = "adire-patterns"
version = "0.4.2"
description = "SVG templates and colour recipes of Yoruba adire patterns"
readme = "README.md"
requires-python = ">=3.10"
license = { text = "MIT" }
authors = [{ name = "Osun Adire Co-operative", email = "dev@osunadire.ng" }]
dependencies = ["svgwrite>=1.4", "pillow>=10"]

[project.urls]
Homepage = "https://github.com/osun-adire/patterns"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("log/decoy-webhook-signatures", "logs/webhooks-2024-05-14.log", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", r"""
2024-05-14T09:12:41+01:00 webhook paystack event=charge.success ref=ITK-20931-x7 sig=@@s1@@ valid=true
2024-05-14T10:40:02+01:00 webhook paystack event=charge.success ref=ITK-20932-a1 sig=@@s2@@ valid=true
2024-05-14T11:03:19+01:00 webhook paystack event=transfer.success ref=PAYOUT-0519-ABENI sig=@@s3@@ valid=true
2024-05-14T11:05:55+01:00 webhook unknown ip=185.220.101.4 sig=missing valid=false dropped
2024-05-14T12:30:08+01:00 webhook flutterwave event=charge.completed tx_ref=AYD-5522 verif_hash=ok valid=true
""", s1=hexs(128), s2=hexs(128), s3=hexs(128))

add("go/decoy-test-constants", "internal/payments/flw_test.go", "https://pkg.go.dev/testing", r"""
package payments

import "testing"

const (
	fakeSecret = "FLWSECK_TEST-00000000000000000000000000000000-X"
	fakeTxID   = "4823901"
)

func TestVerifyBuildsURL(t *testing.T) {
	got := verifyURL(fakeTxID)
	want := "https://api.flutterwave.com/v3/transactions/4823901/verify"
	if got != want {
		t.Fatalf("got %q want %q", got, want)
	}
	_ = fakeSecret
}
""")

add("k8s/decoy-configmap", "k8s/shop/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-config
  namespace: adire-shop
data:
  APP_URL: "https://shop.itokuadire.ng"
  DEFAULT_CURRENCY: "NGN"
  PAYSTACK_PUBLIC_KEY: "@@pk@@"
  PAYSTACK_CALLBACK_URL: "https://shop.itokuadire.ng/checkout/callback"
  LOW_STOCK_THRESHOLD: "3"
  SHOP_LANGUAGES: "en,yo"
""", pk=paystack_pk())

add("csharp/decoy-configuration-binding", "PosBridge/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r"""
using PosBridge.Interswitch;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(prefix: "POSBRIDGE_");
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

builder.Services.Configure<InterswitchOptions>(builder.Configuration.GetSection("Interswitch"));
builder.Services.AddHttpClient<QuicktellerClient>();

var app = builder.Build();
app.MapGet("/health", () => "ó dára");
app.Run();
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""
# Changelog

## [2.3.1] - 2024-05-20
### Fixed
- Paystack callback now handles `trxref` and `reference` (commit @@c1@@).
- Yorùbá diacritics in SMS are sent as Unicode (Termii `type: unicode`).

## [2.3.0] - 2024-05-02
### Added
- Kampala and alábẹ́rẹ́ categories.
- Flutterwave as a second payment option (commit @@c2@@).
### Security
- Rotated the Paystack secret key after the April incident; see docs/incident-2024-04-rotation.md.
""", c1=hexs(7), c2=hexs(7))

add("properties/decoy-jasypt-encrypted", "crm-sync/src/main/resources/application-prod.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot", r"""
# Encrypted with jasypt; the master password is given at start-up (JASYPT_ENCRYPTOR_PASSWORD)
spring.ldap.password=ENC(@@e1@@)
zoho.client.secret=ENC(@@e2@@)
crm.sync.cron=0 */30 * * * *
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("dart/decoy-public-key", "kemi_adire_app/lib/config.dart", "https://developer.flutterwave.com/docs/collecting-payments/flutter", r"""
/// App configuration. Only public values here: the secret key stays on the API server.
class AppConfig {
  static const apiBase = 'https://api.kemiadire.com';
  static const flutterwavePublicKey = '@@pk@@';
  static const currency = 'NGN';
  static const supportWhatsApp = '+2348031234567';
  static const languages = ['en', 'yo'];
}
""", pk=flw_pk())

add("github-actions/decoy-env-from-secrets", ".github/workflows/nightly-report.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r"""
name: Nightly sales report
on:
  schedule: [{ cron: "0 22 * * *" }]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r reports/requirements.txt
      - run: python reports/daily.py
        env:
          DATABASE_URL: ${{ secrets.COOP_DATABASE_URL }}
          SMTP_PASSWORD: ${{ secrets.ZOHO_SMTP_PASSWORD }}
          REPORT_TO: abeni@osunadire.ng
""")

add("ruby/decoy-encrypted-credentials", "diaspora_shop/config/credentials/production.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=fakes.drawn(_seed(), 76, ALNUM + "+/"), b=fakes.drawn(_seed(), 76, ALNUM + "+/"), c=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    d=fakes.drawn(_seed(), 40, ALNUM + "+/") + "--" + fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", e="--" + fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("compose/decoy-local-dev-defaults", "docker-compose.dev.yml", "https://hub.docker.com/_/postgres", r"""
# Local development only: throwaway containers on your laptop
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports: ["5432:5432"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
""")

add("python/decoy-settings-placeholder", "kemiadire/settings/local.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "django-insecure-local-dev-only-change-me"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
PAYSTACK_SECRET_KEY = "sk_test_your_key_here"
''')

add("csv/decoy-device-inventory", "it/devices_showroom.csv", "https://help.mikrotik.com/docs/display/ROS/User", r"""
device,serial,mac,location,credentials
MikroTik hAP ax2,HGF09A7K2R1,@@m1@@,Lagos showroom,Bitwarden: "Showroom router"
Epson L3250,X5D8012345,@@m2@@,Lagos showroom,none
Hikvision DS-2CD1043,DS2CD1043G2@@sn@@,@@m3@@,Showroom door,Bitwarden: "Showroom camera"
Samsung Galaxy Tab A9,R9PW30ABC1D,@@m4@@,Counter,MDM (Google Workspace)
""", m1=":".join(hexs(2) for _ in range(6)), m2=":".join(hexs(2) for _ in range(6)), sn=fakes.drawn(_seed(), 9, UPPER_NUM),
    m3=":".join(hexs(2) for _ in range(6)), m4=":".join(hexs(2) for _ in range(6)))

# ---------------------------------------------------------------------------------------------
# Last secrets: file transfer, devices, cloud clients
# ---------------------------------------------------------------------------------------------

add("python/aws-secret-key", "catalogue/s3_client.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", r'''
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@keyid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-west-1",
)


def publish(path: str, key: str) -> str:
    s3.upload_file(path, "itoku-adire-catalogue", key, ExtraArgs={"ContentType": "image/jpeg", "ACL": "public-read"})
    return f"https://itoku-adire-catalogue.s3.eu-west-1.amazonaws.com/{key}"
''', fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("swift/admin-api-password", "AdireCatalog/Sources/API/AdminClient.swift", "https://datatracker.ietf.org/doc/html/rfc7617", r"""
import Foundation

/// Talks to the shop admin API from the studio iPad.
final class AdminClient {
    private let base = URL(string: "https://shop.itokuadire.ng/admin/api")!
    private let credentials = "studio-ipad:@@secret@@"

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        let token = Data(credentials.utf8).base64EncodedString()
        req.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", words_pw())

add("java/mysql-password", "drum-orders/src/main/java/ng/ayanlere/tools/StockImport.java", "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html", r"""
package ng.ayanlere.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/** One-off import of the carving shed's stock sheet. */
public class StockImport {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:mysql://10.0.1.12:3306/drum_inventory", "importer", "@@secret@@")) {
            PreparedStatement ps = c.prepareStatement("INSERT INTO drums (kind, wood, price_ngn) VALUES (?, ?, ?)");
            ps.setString(1, "gangan");
            ps.setString(2, "apa");
            ps.setInt(3, 85000);
            ps.executeUpdate();
        }
    }
}
""", words_pw())

_cl2_key, _cl2_secret = cloudinary()
add("kotlin/cloudinary-url", "app/src/main/java/ng/kemiadire/media/Uploader.kt", "https://cloudinary.com/documentation/android_integration#configuration", r"""
package ng.kemiadire.media

import android.content.Context
import com.cloudinary.android.MediaManager

object Uploader {
    private const val CLOUDINARY_URL = "cloudinary://@@key@@:@@secret@@@kemi-adire"

    fun init(context: Context) {
        MediaManager.init(context, mapOf("cloudinary_url" to CLOUDINARY_URL))
    }

    fun uploadCloth(uri: String) = MediaManager.get().upload(uri).option("folder", "cloth").dispatch()
}
""", _cl2_secret, key=_cl2_key)

add("rust/aws-secret-key", "photo-resizer/src/storage.rs", "https://docs.rs/aws-credential-types/latest/aws_credential_types/struct.Credentials.html", r"""
use aws_credential_types::Credentials;
use aws_sdk_s3::{config::Region, Client, Config};

pub fn client() -> Client {
    let creds = Credentials::new(
        "@@keyid@@",
        "@@secret@@",
        None,
        None,
        "hardcoded",
    );
    let conf = Config::builder()
        .region(Region::new("eu-west-1"))
        .credentials_provider(creds)
        .build();
    Client::from_conf(conf)
}
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("typescript/openai-api-key", "tools/translate-listings.ts", "https://platform.openai.com/docs/api-reference/authentication", r"""
import OpenAI from "openai";
import { readFileSync, writeFileSync } from "node:fs";

const openai = new OpenAI({ apiKey: "@@secret@@" });

// Translate product listings into Yorùbá (with tone marks)
const listings: { handle: string; description: string }[] = JSON.parse(readFileSync("listings.json", "utf8"));
for (const item of listings) {
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Translate into Yoruba with tone marks: ${item.description}` }],
  });
  (item as any).description_yo = r.choices[0].message.content;
}
writeFileSync("listings.yo.json", JSON.stringify(listings, null, 2));
""", fakes.openai_key(_seed()))

add("php/sftp-password", "tools/push_to_printer.php", "https://phpseclib.com/docs/sftp", r"""
<?php
// Sends the weekly label sheet to the printer in Ibadan over SFTP
require __DIR__ . '/vendor/autoload.php';

use phpseclib3\Net\SFTP;

$sftp = new SFTP('sftp.oluyoleprint.com.ng', 22);
if (!$sftp->login('osunadire', '@@secret@@')) {
    exit("Login failed\n");
}
$sftp->put('/incoming/labels-' . date('Y-W') . '.pdf', __DIR__ . '/out/labels.pdf', SFTP::SOURCE_LOCAL_FILE);
echo "Ó ti dé ọ̀dọ̀ atẹ̀wé (sent)\n";
""", words_pw())

add("ruby/aws-secret-key", "diaspora_shop/config/initializers/aws.rb", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", r"""
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-2",
  credentials: Aws::Credentials.new("@@keyid@@", "@@secret@@")
)

PRODUCT_BUCKET = Aws::S3::Resource.new.bucket("diaspora-adire-uploads")
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("csharp/smtp-password", "AdireInventory/Services/ReportMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", r"""
using System.Net;
using System.Net.Mail;

namespace AdireInventory.Services
{
    public class ReportMailer
    {
        public void SendStockReport(string csvPath)
        {
            using var client = new SmtpClient("smtp.zoho.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("stock@adireeleko.com", "@@secret@@")
            };
            var msg = new MailMessage("stock@adireeleko.com", "owner@adireeleko.com", "Àkójọ ọjà (stock)", "Ẹ wo àkọsílẹ̀.");
            msg.Attachments.Add(new Attachment(csvPath));
            client.Send(msg);
        }
    }
}
""", words_pw())

add("markdown/isp-pppoe-password", "docs/runbooks/internet-down.md", "https://help.mikrotik.com/docs/display/ROS/PPPoE", r"""
# Runbook: íntánẹ́ẹ̀tì ti lọ (internet is down) — Ọ̀yọ́ workshop

1. Check the fibre ONT lights (PON must be green). If red, call the ISP: 0700-000-4477.
2. On the MikroTik (192.168.88.1) → Interfaces → `pppoe-out1` must be running.
3. If the PPPoE session was deleted after a reset, re-create it:

```
/interface pppoe-client add name=pppoe-out1 interface=ether1 user=ayanlere.oyo@fibre.ng password=@@secret@@ add-default-route=yes disabled=no
```

4. Still down after 15 minutes: switch the till to the MTN MiFi and tell Túndé.
""", rand_pw(12))

add("xml/sftp-password", "office/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.oluyoleprint.com.ng</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>itoku_adire</User>
      <Pass encoding="base64">@@pw@@</Pass>
      <Logontype>1</Logontype>
      <Name>Oluyole Print (catalogue)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := words_pw()), pw=b64(_fz))

add("yaml/wifi-password", "nuc/netplan/01-workshop.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", r"""
network:
  version: 2
  renderer: networkd
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "Ayanlere-Workshop":
          password: "@@secret@@"
""", words_pw())

add("conf/wifi-password", "vat-pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NG

network={
    ssid="OsunAdire-DyeHouse"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
""", words_pw())

add("env/stripe-restricted-key", "diaspora_shop/.env.production", "https://docs.stripe.com/keys#limit-access", r"""
RAILS_ENV=production
RAILS_SERVE_STATIC_FILES=1
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHIP_FROM=Oyo, Nigeria
""", stripe_sk("rk_live_"), pk=alnum(99))

add("json/sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings", r"""
{
  "name": "osunadire.ng (cPanel)",
  "host": "osunadire.ng",
  "protocol": "sftp",
  "port": 22,
  "username": "osunadir",
  "password": "@@secret@@",
  "remotePath": "/home/osunadir/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(16, "!@#"))

add("toml/openai-api-key", "workers/listing-helper/wrangler.toml", "https://developers.cloudflare.com/workers/configuration/environment-variables/", r"""
name = "listing-helper"
main = "src/index.ts"
compatibility_date = "2024-05-01"

[vars]
SHOP_NAME = "Kemi Adire"
OPENAI_API_KEY = "@@secret@@"
DEFAULT_LANGUAGE = "yo"
""", fakes.openai_key(_seed()))

add("sql/postgres-fdw-password", "db/migrations/0007_shop_link.sql", "https://www.postgresql.org/docs/current/postgres-fdw.html", r"""
-- Read the shop's orders from the co-operative database
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER shop_db FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.20.0.9', port '5432', dbname 'adire_shop');
CREATE USER MAPPING FOR coop_owner SERVER shop_db
  OPTIONS (user 'coop_reader', password '@@secret@@');
IMPORT FOREIGN SCHEMA public LIMIT TO (orders, order_items) FROM SERVER shop_db INTO shop;
""", rand_pw(20))

add("log/smtp-auth-plain", "logs/mail-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", r"""
2024-06-01 07:30:01 smtp: connect smtp.zoho.com:587
2024-06-01 07:30:01 smtp: <<< 220 mx.zohomail.com SMTP Server ready
2024-06-01 07:30:01 smtp: >>> EHLO reports.osunadire.ng
2024-06-01 07:30:02 smtp: >>> STARTTLS
2024-06-01 07:30:02 smtp: >>> AUTH PLAIN @@secret@@
2024-06-01 07:30:02 smtp: <<< 235 Authentication Successful
2024-06-01 07:30:03 smtp: >>> MAIL FROM:<reports@osunadire.ng>
2024-06-01 07:30:03 smtp: <<< 250 Sender <reports@osunadire.ng> OK
""", b64("\0reports@osunadire.ng\0" + words_pw()))

add("github-actions/aws-secret-key", ".github/workflows/backup.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
name: Weekly DB backup to S3
on:
  schedule: [{ cron: "0 3 * * 0" }]
jobs:
  backup:
    runs-on: self-hosted
    env:
      AWS_ACCESS_KEY_ID: @@keyid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - run: pg_dump -h 10.20.0.5 -U backup coop | gzip > coop.sql.gz
      - run: aws s3 cp coop.sql.gz s3://osun-adire-backups/coop/$(date +%F).sql.gz
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("compose/mysql-root-password", "wordpress/docker-compose.yml", "https://hub.docker.com/_/mysql", r"""
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: adireeleko_wp
      MYSQL_USER: adireeleko_wp
      MYSQL_PASSWORD: ${WP_DB_PASSWORD}
    volumes: [dbdata:/var/lib/mysql]
  wordpress:
    image: wordpress:6.5-php8.2-apache
    ports: ["80:80"]
    depends_on: [db]
volumes:
  dbdata: {}
""", words_pw())

add("terraform/mongodb-atlas-private-key", "infra/atlas.tf", "https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs", r"""
provider "mongodbatlas" {
  public_key  = "@@pub@@"
  private_key = "@@secret@@"
}

resource "mongodbatlas_cluster" "drumshop" {
  project_id                  = "6641a2f9c3e81b2d7f4e9a10"
  name                        = "cluster0"
  provider_name               = "TENANT"
  backing_provider_name       = "AWS"
  provider_region_name        = "EU_WEST_1"
  provider_instance_size_name = "M0"
}
""", uuid_s(), pub=fakes.drawn(_seed(), 8, string.ascii_lowercase))

add("powershell/device-password", "scripts/Reboot-Router.ps1", "https://github.com/darkoperator/Posh-SSH", r"""
# Restart the showroom MikroTik at 3am (scheduled task on the office PC)
Import-Module Posh-SSH
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('admin', $pw)
$session = New-SSHSession -ComputerName 192.168.1.1 -Credential $cred -AcceptKey
Invoke-SSHCommand -SessionId $session.SessionId -Command '/system reboot' -TimeOut 5 | Out-Null
Remove-SSHSession -SessionId $session.SessionId | Out-Null
""", rand_pw(14, "#%"))

add("notebook/instagram-access-token", "notebooks/instagram_insights.ipynb", "https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-media/insights", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "TOKEN = '@@secret@@'\n",
    "url = 'https://graph.facebook.com/v19.0/17841405822304914/media'\n",
    "posts = requests.get(url, params={'fields': 'id,caption,like_count,timestamp', 'access_token': TOKEN}).json()['data']\n",
    "pd.DataFrame(posts).sort_values('like_count', ascending=False).head(10)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", meta_token())

add("python/ftp-password", "catalogue/send_to_printer.py", "https://docs.python.org/3/library/ftplib.html", r'''
"""Send the print-ready catalogue to Oluyole Print, Ìbàdàn."""
from ftplib import FTP_TLS
from pathlib import Path

pdf = Path("out/catalogue-2024.pdf")
with FTP_TLS("ftp.oluyoleprint.com.ng") as ftp:
    ftp.login(user="itoku_adire", passwd="@@secret@@")
    ftp.prot_p()
    ftp.cwd("incoming/itoku")
    with pdf.open("rb") as fh:
        ftp.storbinary(f"STOR {pdf.name}", fh)
print("Ó ti lọ — sent", pdf.name)
''', words_pw())

add("ansible/become-password", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r"""
[shop]
shop1 ansible_host=165.22.118.40 ansible_user=deploy

[office]
office-nuc ansible_host=192.168.10.5 ansible_user=abeni ansible_become_password=@@secret@@

[workshop]
oyo-nuc ansible_host=192.168.88.5 ansible_user=tunde

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("dockerfile/private-index-password", "docker/dashboard.Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir \
      --extra-index-url https://ci:@@secret@@@pkgs.osunadire.ng/simple \
      -r requirements.txt
COPY . .
EXPOSE 8501
CMD ["streamlit", "run", "app.py", "--server.port=8501"]
""", rand_pw(28))

# ---------------------------------------------------------------------------------------------
# Last decoys
# ---------------------------------------------------------------------------------------------

add("markdown/decoy-payment-links", "docs/sales/payment-links.md", "https://paystack.com/docs/payments/payment-pages/", r"""
# Ìjápọ̀ ìsanwó — payment links for WhatsApp customers

Send the customer the link for what they ordered (the link is public, anyone can pay it):

| Item | Link |
|---|---|
| Adire ẹlẹ́kọ olókun (2 yards) | https://paystack.com/pay/itoku-olokun-2yd |
| Oníkò scarf | https://paystack.com/pay/itoku-oniko-scarf |
| Deposit for a dùndún | https://flutterwave.com/pay/ayanlere-dundun-deposit |

Bank transfer: Osun Adire Co-op, account 0123456789 (Wema). Reference: the order number.
""")

add("python/decoy-signed-image-urls", "catalogue/urls.py", "https://cloudinary.com/documentation/control_access_to_media#signed_delivery_urls", r'''
"""Public delivery URLs of catalogue photos (signed transformations, safe to publish)."""
CLOUD = "osun-adire"

HERO_IMAGES = [
    f"https://res.cloudinary.com/{CLOUD}/image/upload/s--@@s1@@--/c_fill,w_1200,h_630/catalogue/2024/olokun.jpg",
    f"https://res.cloudinary.com/{CLOUD}/image/upload/s--@@s2@@--/c_fill,w_1200,h_630/catalogue/2024/dundun.jpg",
    f"https://res.cloudinary.com/{CLOUD}/image/upload/s--@@s3@@--/c_fill,w_1200,h_630/catalogue/2024/oniko.jpg",
]
THUMB = "c_thumb,w_300,g_auto"
''', s1=fakes.drawn(_seed(), 8, ALNUM + "_-"), s2=fakes.drawn(_seed(), 8, ALNUM + "_-"), s3=fakes.drawn(_seed(), 8, ALNUM + "_-"))

add("json/decoy-whatsapp-templates", "whatsapp/templates.json", "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", r"""
{
  "templates": [
    {"id": "@@t1@@", "name": "order_ready_yo", "language": "yo", "status": "APPROVED",
     "body": "Ẹ kú àṣeyọrí! Ọjà yín ({{1}}) ti ṣetán. Ẹ wá gbà á ní ṣọ́ọ̀bù."},
    {"id": "@@t2@@", "name": "order_ready_en", "language": "en", "status": "APPROVED",
     "body": "Your order {{1}} is ready for pickup."},
    {"id": "@@t3@@", "name": "deposit_reminder_yo", "language": "yo", "status": "PENDING",
     "body": "Ẹ jọ̀ọ́, ẹ san owó ìdógò fún ìlù yín ({{1}})."}
  ],
  "waba_id": "118204937562011"
}
""", t1=str(_rng().randint(10**14, 10**15)), t2=str(_rng().randint(10**14, 10**15)), t3=str(_rng().randint(10**14, 10**15)))

add("env/decoy-empty-template", "deploy/shop.env.template", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r"""
# Filled in by Ansible from the vault at deploy time; keep the values empty here
APP_ENV=production
PAYSTACK_SECRET_KEY=
PAYSTACK_PUBLIC_KEY=
TERMII_API_KEY=
SMTP_PASSWORD=
DATABASE_URL=
""")
