"""Blind set JY: yurt makers and felt-carpet (shyrdak) workshops in Kyrgyzstan.

Order sites and export shops (Stripe, PayPal, Etsy, Shopify), local payments (MBank, O!Dengi, Elsom),
couriers (DHL, Kyrgyz Post), Telegram and WhatsApp order bots, SMS gateways, 1C and warehouse DBs,
photo catalogues on S3, CI and deployment files, notes and runbooks partly in Kyrgyz, and their decoys.
Generated fakes only (seeds 5040000-5049999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5040000, 5049999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kiyiz", "Tunduk", "Kerege", "Uuk", "Shyrdak", "Alakiyiz", "Naryn", "Issyk", "Talas", "Kochkor",
         "Chyrmash", "Boz", "Tash", "Archa", "Kymyz", "Jailoo", "Toguz", "Kelkel", "Suusamyr", "Song"]
LOWER = ["felt", "wool", "lattice", "crown", "needle", "saddle", "poplar", "willow", "yak", "pasture",
         "river", "ember", "carpet", "loom", "steppe", "horse"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def google_api() -> str:
    return fakes.fake("AIzaSy", 33, _seed())


def fb_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    sig = fakes.drawn(_seed(), 43, ALNUM + "-_")
    return f"{head}.{body}.{sig}"


def cloudinary_secret() -> str:
    return fakes.drawn_mixed(_seed(), 27, ALNUM + "-_")


def paypal_secret() -> str:
    return fakes.drawn_mixed(_seed(), 80, ALNUM + "-_")


def paypal_client() -> str:
    return "A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_")


def dhl_key() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def dhl_secret() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def sha256() -> str:
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
    assert not re.search(r"@@[a-z0-9_]+@@", text), (file_name, text)
    CASES.append(LabelledCase(f"blind-jy/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env, python, yaml

add("env/stripe-secret-key", "shop-backend/.env", "https://docs.stripe.com/keys", """
# Boz Uy Export shop, production
APP_ENV=production
APP_URL=https://shop.bozuy-export.kg
DATABASE_URL=postgres://shop:${DB_PASSWORD}@10.20.0.5:5432/shop
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=usd
# Жеткирүү: DHL only for EU/US orders
SHIPPING_PROVIDER=dhl
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("env/telegram-bot-token", "orders-bot/.env.production", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Буйрутма боту (order bot) — Kochkor shyrdak workshop
BOT_TOKEN=@@secret@@
ADMIN_CHAT_ID=-1001873364412
LANG=ky
TZ=Asia/Bishkek
SHEETS_ID=1xQ4rLZ7nBCa2vM0uTRk9dPqF3wGhS8yJeN6oUi5tAcE
""", telegram())

add("python/telegram-bot-token", "bot/config.py", "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html", """
\"\"\"Настройки бота устакананын буйрутмалары үчүн.\"\"\"
import os

# TODO: move to env before the Naryn fair, Азамат айтты
TOKEN = "@@secret@@"
WORKSHOP_CHAT = int(os.getenv("WORKSHOP_CHAT", "-1002210934455"))
PRICE_PER_M2_KGS = 9500
COLORS = ["кызыл", "көк", "ак", "кара", "сары"]
""", telegram())

add("python/postgres-password", "inventory/db.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
import psycopg2

# кампа (warehouse) DB on the office NAS
def connect():
    return psycopg2.connect(
        host="192.168.1.20",
        port=5432,
        dbname="kiyiz_kampa",
        user="kampa_app",
        password="@@secret@@",
    )


def felt_stock(conn, color):
    with conn.cursor() as cur:
        cur.execute("SELECT sum(kg) FROM felt_rolls WHERE color = %s", (color,))
        return cur.fetchone()[0]
""", words_pw())

add("yaml/smtp-password", "config/mail.yml", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.yandex.ru
    port: 465
    ssl: true
    domain: tunduk-yurts.kg
    user_name: orders@tunduk-yurts.kg
    password: "@@secret@@"
    authentication: login
  default_from: "Түндүк Боз Үй <orders@tunduk-yurts.kg>"
""", rand_pw(16))

add("python/aws-secret-key", "catalog/upload_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3
from pathlib import Path

# Шырдак сүрөттөрүн каталогго жүктөө
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "shyrdak-catalog-photos"

for photo in Path("photos/2024-autumn").glob("*.jpg"):
    s3.upload_file(str(photo), BUCKET, f"autumn/{photo.name}", ExtraArgs={"ContentType": "image/jpeg"})
    print("uploaded", photo.name)
""", aws_secret(), kid=aws_id())

add("env/aws-access-key", "deploy/.env.s3", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
AWS_DEFAULT_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@secret@@
AWS_SECRET_ACCESS_KEY=@@sk@@
CATALOG_BUCKET=yurt-catalog-prod
CDN_HOST=cdn.kerege.kg
""", aws_id(), sk=aws_secret())

add("yaml/paypal-client-secret", "shop/config/payments.yaml", "https://developer.paypal.com/api/rest/authentication/", """
payments:
  paypal:
    mode: live
    client_id: @@cid@@
    client_secret: @@secret@@
    return_url: https://alakiyiz.shop/checkout/done
  cash_on_pickup:
    enabled: true
    note: "Бишкек, Ош базары, 3-катар"
""", paypal_secret(), cid=paypal_client())

add("json/shopify-admin-token", "integrations/shopify.json", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api-access-tokens", """
{
  "shop": "felt-of-naryn.myshopify.com",
  "api_version": "2024-04",
  "admin_access_token": "@@secret@@",
  "sync": {
    "collections": ["shyrdak", "ala-kiyiz", "slippers", "yurt-miniatures"],
    "currency": "USD",
    "inventory_location": "Naryn workshop"
  }
}
""", shopify_token())

add("php/mysql-password", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Сайттын жөндөөлөрү — kerege-yurts.kg */
define( 'DB_NAME', 'kerege_wp' );
define( 'DB_USER', 'kerege_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
$table_prefix = 'ky_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("markdown/admin-password", "docs/handover-2024.md", "https://www.markdownguide.org/basic-syntax/", """
# Иш өткөрүп берүү (handover) — Айгүл → Бакыт

## Сайт жана дүкөн
- WordPress admin: https://kerege-yurts.kg/wp-admin
  - колдонуучу: `aigul.admin`
  - сырсөз: `@@secret@@`
- Etsy shop "KeregeYurts": Айгүлдүн аккаунту, 2FA менин телефонумда

## Эскертүүлөр
1. Ар бир жума сайын буйрутмаларды 1С'ке көчүрүү.
2. Түндүктөр үчүн тал (willow) Кочкордон келет, Марат аке.
3. Жүн (wool) бааларын ай сайын жаңылоо.
""", words_pw())

add("shell/mysql-password", "scripts/backup_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
# Түнкү бэкап — kerege_wp базасы
set -euo pipefail
STAMP=$(date +%F)
mysqldump -u kerege_wp -p'@@secret@@' --single-transaction kerege_wp | gzip > /backup/kerege_wp-$STAMP.sql.gz
find /backup -name 'kerege_wp-*.sql.gz' -mtime +14 -delete
echo "бэкап даяр: $STAMP"
""", rand_pw(14))

add("yaml/redis-password", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/compose-file/05-services/#command", """
services:
  web:
    image: registry.gitlab.com/tunduk/shop:latest
    env_file: .env
    depends_on: [redis]
    ports: ["8000:8000"]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", redis_pw())

add("python/django-secret-key", "yurtshop/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bozuy.kg", "www.bozuy.kg"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "ky"
TIME_ZONE = "Asia/Bishkek"
CSRF_TRUSTED_ORIGINS = ["https://bozuy.kg"]
SESSION_COOKIE_SECURE = True
""", django_key())

add("toml/pypi-token", "tools/yurt-calc/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# yurt-calc: кереге/уук эсептегич, PyPI'га жарыялоо
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", pypi())

add("ini/pypi-token", "yurt-calc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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
""", pypi())

add("github-actions/github-token", ".github/workflows/catalog-sync.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
name: catalog-sync
on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch: {}
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      # Айбек: secrets иштебей калды, убактылуу ушинтип
      GH_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python sync_catalog.py --repo tunduk/catalog-data
""", github())

add("shell/github-token", "scripts/push_catalog.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/sh
# каталогду GitHub Pages'ке жөнөтүү
cd /srv/catalog-site || exit 1
git add -A && git commit -m "каталог жаңыланды $(date +%F)" || true
git push https://shyrdak-bot:@@secret@@@github.com/ala-kiyiz/catalog-site.git main
""", github_fg())

add("python/sendgrid-api-key", "notify/mailer.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def order_confirmation(to_email: str, order_no: str, item: str) -> None:
    msg = Mail(
        from_email="hello@kochkor-felt.com",
        to_emails=to_email,
        subject=f"Order {order_no}: your {item} is on the loom",
        html_content="<p>Рахмат! Thank you for your order from Kochkor Felt.</p>",
    )
    sg.send(msg)
""", sendgrid())

add("env/mailgun-api-key", "newsletter/.env", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
MAILGUN_DOMAIN=mg.shyrdak.store
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
NEWSLETTER_FROM="Shyrdak Store <news@mg.shyrdak.store>"
LIST_ADDRESS=customers@mg.shyrdak.store
""", mailgun())

add("typescript/stripe-webhook-secret", "api/src/webhooks/stripe.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import Stripe from "stripe";
import type { Request, Response } from "express";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2024-04-10" });
const endpointSecret = "@@secret@@";

export function stripeWebhook(req: Request, res: Response) {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "checkout.session.completed") {
    // буйрутма төлөндү — устаканага билдирүү
  }
  res.json({ received: true });
}
""", stripe_whsec())

add("go/telegram-bot-token", "cmd/orderbot/main.go", "https://core.telegram.org/bots/api#making-requests", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("Кирди: %s", bot.Self.UserName)
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			reply := tgbotapi.NewMessage(update.Message.Chat.ID, "Саламатсызбы! Буйрутмаңыз кабыл алынды.")
			bot.Send(reply)
		}
	}
}
""", telegram())

_pw = words_pw()
add("k8s-secret/postgres-password", "k8s/shop/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: bozuy-shop
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@b64pw@@
  POSTGRES_DB: @@db@@
""", _pw, user=b64("shop"), db=b64("bozuy_shop"), b64pw=b64(_pw))

# ---------------------------------------------------------------- secrets: batch 2

add("python/sms-gateway-password", "notify/sms_nikita.py", "https://smspro.nikita.kg/api/docs", """
import requests
from xml.sax.saxutils import escape

# Nikita SMS gateway: кардарларга SMS (буйрутма даяр болгондо)
LOGIN = "kochkorfelt"
PWD = "@@secret@@"
SENDER = "KochkorFelt"


def send_sms(phone: str, text: str, msg_id: str) -> int:
    body = (
        "<?xml version='1.0' encoding='UTF-8'?><message>"
        f"<login>{LOGIN}</login><pwd>{PWD}</pwd><id>{msg_id}</id>"
        f"<sender>{SENDER}</sender><text>{escape(text)}</text>"
        f"<phones><phone>{phone}</phone></phones></message>"
    )
    r = requests.post("https://smspro.nikita.kg/api/message", data=body.encode(), timeout=15)
    return r.status_code
""", rand_pw(12))

add("xml/sms-gateway-password", "config/sms-gateway.xml", "https://smspro.nikita.kg/api/docs", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- SMS билдирүүлөр: Naryn Yurt cooperative -->
<smsGateway>
  <endpoint>https://smspro.nikita.kg/api/message</endpoint>
  <login>narynyurt</login>
  <pwd>@@secret@@</pwd>
  <sender>NarynYurt</sender>
  <templates>
    <ready>Сиздин боз үйүңүз даяр. Тел: +996 700 112233</ready>
    <shipped>Буйрутма жөнөтүлдү. Трек: {track}</shipped>
  </templates>
</smsGateway>
""", words_pw())

add("env/mbank-merchant-secret", "payments/.env.mbank", "https://mbank.kg/business/api", """
# MBank merchant (QR төлөм) — Ала-Кийиз дүкөнү
MBANK_MERCHANT_ID=400217
MBANK_TERMINAL=ALK-SHOP-01
MBANK_API_URL=https://api.mbank.kg/merchant/v1
MBANK_SECRET_KEY=@@secret@@
MBANK_CALLBACK_URL=https://alakiyiz.shop/pay/mbank/callback
""", hexs(48))

add("php/odengi-password", "payments/ODengiClient.php", "https://api.dengi.kg/api/json/json.php", """
<?php
// O!Dengi төлөм системасы: счет түзүү
class ODengiClient
{
    private string $url = 'https://api.dengi.kg/api/json/json.php';
    private string $sid = '6720014583';
    private string $password = '@@secret@@';

    public function createInvoice(string $orderId, int $amountTyiyn, string $desc): array
    {
        $data = ['order_id' => $orderId, 'desc' => $desc, 'amount' => $amountTyiyn, 'currency' => 'KGS'];
        $payload = ['cmd' => 'createInvoice', 'version' => 1005, 'sid' => $this->sid,
                    'mktime' => (string) time(), 'lang' => 'ky', 'data' => $data];
        $json = json_encode($payload, JSON_UNESCAPED_UNICODE);
        $payload['hash'] = hash_hmac('md5', $json, $this->password);
        $ch = curl_init($this->url);
        curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => json_encode($payload), CURLOPT_RETURNTRANSFER => true]);
        return json_decode(curl_exec($ch), true);
    }
}
""", rand_pw(16))

add("ruby/etsy-api-key", "lib/etsy_sync.rb", "https://developers.etsy.com/documentation/essentials/authentication", """
require "net/http"
require "json"

# Etsy дүкөнүнөн буйрутмаларды алуу (KeregeYurts)
module EtsySync
  API = "https://openapi.etsy.com/v3/application"
  KEYSTRING = "@@secret@@"
  SHOP_ID = 31880457

  def self.receipts(access_token)
    uri = URI("#{API}/shops/#{SHOP_ID}/receipts?was_paid=true&limit=50")
    req = Net::HTTP::Get.new(uri)
    req["x-api-key"] = KEYSTRING
    req["Authorization"] = "Bearer #{access_token}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch("results", [])
  end
end
""", fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("yaml/dhl-api-secret", "shipping/config/carriers.yaml", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", """
carriers:
  dhl_express:
    base_url: https://express.api.dhl.com/mydhlapi
    account_number: "952347810"
    api_key: ShyrdakExport
    api_secret: "@@secret@@"
    origin:
      city: Bishkek
      country: KG
      postal_code: "720001"
  kyrgyz_post:
    ems: true
    office: "Бишкек 720040"
""", dhl_secret())

add("java/dhl-api-key", "shipping/src/main/java/kg/tunduk/ship/DhlClient.java", "https://developer.dhl.com/api-reference/shipment-tracking", """
package kg.tunduk.ship;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** DHL трекинг: боз үй жөнөтүүлөрү. */
public final class DhlClient {
    private static final String TRACKING_URL = "https://api-eu.dhl.com/track/shipments?trackingNumber=";
    private static final String DHL_API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String track(String awb) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(TRACKING_URL + awb))
                .header("DHL-API-Key", DHL_API_KEY)
                .header("Accept", "application/json")
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", dhl_key())

add("python/whatsapp-access-token", "bot/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
import requests

PHONE_NUMBER_ID = "118734502297415"
# WhatsApp Cloud API: туруктуу (system user) токен
ACCESS_TOKEN = "@@secret@@"


def send_text(to: str, body: str) -> dict:
    r = requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body}},
        timeout=10,
    )
    return r.json()
""", fb_token())

add("json/instagram-access-token", "marketing/insta-poster/config.json", "https://developers.facebook.com/docs/instagram-platform/content-publishing", """
{
  "ig_user_id": "17841405822304914",
  "access_token": "@@secret@@",
  "hashtags": ["#shyrdak", "#шырдак", "#kyrgyzfelt", "#боз_үй", "#handmade"],
  "post_time": "19:00",
  "timezone": "Asia/Bishkek"
}
""", fb_token())

add("javascript/google-maps-api-key", "site/server/geocode.js", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
// Сервер тараптан гана: жеткирүү дарегин геокоддоо (backend key, IP-restricted)
const fetch = require("node-fetch");

const GEOCODE_KEY = "@@secret@@";

async function geocode(address) {
  const url = "https://maps.googleapis.com/maps/api/geocode/json?address=" +
    encodeURIComponent(address + ", Kyrgyzstan") + "&key=" + GEOCODE_KEY;
  const res = await fetch(url);
  const body = await res.json();
  return body.results.length ? body.results[0].geometry.location : null;
}

module.exports = { geocode };
""", google_api())

add("env/cloudinary-url", "gallery/.env.local", "https://cloudinary.com/documentation/node_integration#configuration", """
# Галерея: шырдак үлгүлөрү
CLOUDINARY_URL=cloudinary://@@apikey@@:@@secret@@@shyrdak-gallery
NEXT_PUBLIC_SITE=https://gallery.shyrdak.store
IMAGE_MAX_WIDTH=2400
IMAGE_FORMATS=jpg,webp
""", cloudinary_secret(), apikey=fakes.drawn(_seed(), 15, string.digits))

add("json/sql-server-password", "OneC.Bridge/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Accounting": "Server=10.0.0.12,1433;Database=Buh_KochkorFelt;User Id=bridge;Password=@@secret@@;TrustServerCertificate=True"
  },
  "OneC": {
    "BaseUrl": "http://10.0.0.12/buh/hs/orders",
    "Timeout": 30
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("python/1c-basic-auth", "integrations/onec_export.py", "https://its.1c.ru/db/v8std#content:-HDOC", """
import base64
import requests

# 1С:Бухгалтерия HTTP-сервис — сатууларды жөнөтүү
ONEC_URL = "http://buh.tunduk.local/buh_tunduk/hs/sales/v1/documents"
AUTH = "Basic @@secret@@"


def push_sale(doc: dict) -> None:
    r = requests.post(ONEC_URL, json=doc, headers={"Authorization": AUTH}, timeout=20)
    r.raise_for_status()


if __name__ == "__main__":
    push_sale({"date": "2024-10-02", "item": "Шырдак 2x3", "qty": 1, "sum": 57000})
""", b64("obmen:" + words_pw()))

add("ini/odbc-password", "reports/odbc.ini", "https://www.postgresql.org/docs/current/libpq-connect.html", """
[kampa_pg]
Driver      = PostgreSQL Unicode
Description = Кампа базасы (Excel отчёттор үчүн)
Servername  = 192.168.1.20
Port        = 5432
Database    = kiyiz_kampa
Username    = report_ro
Password    = @@secret@@
SSLmode     = prefer
""", rand_pw(14))

add("shell/ftp-password", "scripts/upload_price_list.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/bash
# Баа тизмесин (прайс) хостингге жүктөө
set -e
FILE=price_$(date +%Y%m).pdf
libreoffice --headless --convert-to pdf price.ods --outdir /tmp
mv /tmp/price.pdf /tmp/$FILE
curl -T /tmp/$FILE -u bozuykg:@@secret@@ ftp://ftp.bozuy.kg/public_html/price/
echo "прайс жүктөлдү"
""", rand_pw(12))

add("python/ftp-password", "legacy/sync_ftp.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS

# Эски сайт: сүрөттөрдү FTP менен көчүрүү
def sync(files):
    ftp = FTP_TLS("ftp.kerege-yurts.kg")
    ftp.login(user="kerege", passwd="@@secret@@")
    ftp.prot_p()
    ftp.cwd("/www/images/yurts")
    for name in files:
        with open(name, "rb") as fh:
            ftp.storbinary(f"STOR {name}", fh)
    ftp.quit()
""", words_pw())

add("shell/router-admin-password", "network/mikrotik-backup.sh", "https://help.mikrotik.com/docs/display/ROS/SSH", """
#!/bin/bash
# Устакананын роутери (MikroTik hAP ac2) — конфиг бэкап
ROUTER=192.168.88.1
sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$ROUTER '/export file=cfg'
sshpass -p '@@secret@@' scp admin@$ROUTER:/cfg.rsc /srv/backup/mikrotik-$(date +%F).rsc
""", words_pw())

add("yaml/camera-rtsp-password", "cctv/frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  enabled: false
cameras:
  loom_room:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.1.64:554/Streaming/Channels/101
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
  wool_store:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.65:554/Streaming/Channels/101
          roles: [record]
""", words_pw())

add("markdown/esf-password", "docs/buhgalteriya.md", "https://esf.salyk.kg", """
# Бухгалтерия: ЭСФ жана салык

Электрондук эсеп-фактуралар (ЭСФ) — https://esf.salyk.kg

| Система | Логин | Сырсөз |
|---|---|---|
| ЭСФ (салык.kg) | 01503199510234 | @@secret@@ |
| Кабинет налогоплательщика | ошол эле ИНН | ЭЦП токен менен |

Ар айдын 20-на чейин ЭСФ жазып бүтүү керек. Суроолор болсо — Гүлмира эже.
""", words_pw())

add("terraform/aws-secret-key", "infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "catalog" {
  bucket = "tunduk-yurt-catalog"
  tags   = { Project = "catalog", Owner = "tunduk" }
}
""", aws_secret(), kid=aws_id())

add("dockerfile/github-token", "Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1 \\
    GITHUB_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN pip install git+https://${GITHUB_TOKEN}@github.com/ala-kiyiz/felt-patterns.git@v0.4.1
COPY . .
CMD ["gunicorn", "shop.wsgi:application", "-b", "0.0.0.0:8000"]
""", github())

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
version: "3.9"
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_DB: kiyiz
      POSTGRES_USER: kiyiz
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    environment:
      DATABASE_URL: postgres://kiyiz:@@secret@@@db:5432/kiyiz
    ports:
      - "8080:8080"
volumes:
  pgdata: {}
""", rand_pw(20))

add("notebook/openai-api-key", "notebooks/product_descriptions.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Шырдак сүрөттөмөлөрү (Etsy үчүн англисче)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "items = [\\"shyrdak 2x3 red/white kochkor\\", \\"ala-kiyiz 1.5x2 blue\\"]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "for it in items:\\n",
    "    r = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=[{\\"role\\": \\"user\\", \\"content\\": f\\"Write an Etsy listing for a handmade Kyrgyz {it}\\"}])\\n",
    "    print(r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: shop-alerts
  group_wait: 30s
receivers:
  - name: shop-alerts
    slack_configs:
      - api_url: @@secret@@
        channel: "#shop-alerts"
        title: "bozuy.kg: {{ .CommonLabels.alertname }}"
        send_resolved: true
""", slack_webhook())

add("shell/ssh-private-key", "deploy/setup_deploy_key.sh", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh", """
#!/bin/bash
# VPS'ке деплой ачкычын коюу (бир жолу)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_deploy <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/id_deploy
ssh-keyscan github.com >> ~/.ssh/known_hosts
""", pem("OPENSSH"))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, deploy]

variables:
  REGISTRY: registry.gitlab.com/tunduk/shop
  # убактылуу — Бакыт кийин CI/CD variables'ке которот
  DEPLOY_TOKEN: "@@secret@@"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u tunduk-deploy -p "$DEPLOY_TOKEN" registry.gitlab.com
    - docker build -t $REGISTRY:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ssh deploy@bozuy.kg "cd /srv/shop && ./update.sh $CI_COMMIT_SHORT_SHA"
""", gitlab())

# ---------------------------------------------------------------- secrets: batch 3

add("kotlin/stripe-secret-key", "android/app/src/main/java/kg/shyrdak/pos/PaymentConfig.kt", "https://docs.stripe.com/keys", """
package kg.shyrdak.pos

// Жарманке (fair) POS: картадан төлөм
object PaymentConfig {
    const val STRIPE_PUBLISHABLE = "pk_live_@@pk@@"
    // FIXME сервердин артына жылдыруу керек
    const val STRIPE_SECRET = "@@secret@@"
    const val CURRENCY = "usd"
    val FAIRS = listOf("Nomad Games", "Kochkor Felt Festival", "Bishkek Art Market")
}
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("swift/stripe-restricted-key", "YurtOrders/Sources/Config/Secrets.swift", "https://docs.stripe.com/keys#limit-access", """
import Foundation

// Боз үй буйрутмалары iOS колдонмосу
enum Secrets {
    static let stripeRestrictedKey = "@@secret@@"
    static let apiBase = URL(string: "https://api.tunduk-yurts.kg/v1")!
    static let supportPhone = "+996 555 410 227"
}
""", stripe_key("rk_live_"))

add("rust/telegram-bot-token", "felt-bot/src/main.rs", "https://docs.rs/teloxide/latest/teloxide/struct.Bot.html", """
use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    // Кийиз устаканасынын боту
    let bot = Bot::new("@@secret@@");
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Салам! Шырдактын өлчөмүн жазыңыз (мисалы 2x3).").await?;
        Ok(())
    })
    .await;
}
""", telegram())

add("powershell/smtp-password", "scripts/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Күнүмдүк отчёт: сатуулар Excel'ден
$smtpUser = "report@alakiyiz.kg"
$smtpPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

$file = "C:\\Reports\\sales_$(Get-Date -Format yyyy-MM-dd).xlsx"
Send-MailMessage -From $smtpUser -To "owner@alakiyiz.kg" -Subject "Күнүмдүк сатуу" `
    -Body "Тиркемеде отчёт." -Attachments $file `
    -SmtpServer "smtp.mail.ru" -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("ansible/mysql-password", "ansible/group_vars/shop.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
shop_domain: kerege-yurts.kg
php_version: "8.2"
mysql_databases:
  - name: kerege_wp
mysql_users:
  - name: kerege_wp
    host: localhost
    password: "@@secret@@"
    priv: "kerege_wp.*:ALL"
backup_dir: /backup
""", rand_pw(18))

add("properties/jdbc-password", "warehouse-api/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
# Кампа API (жүн, кийиз, тал)
server.port=8081
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/kampa
spring.datasource.username=kampa_api
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
app.units.felt=kg
app.units.willow=pcs
""", words_pw())

add("sql/db-user-password", "db/migrations/0007_report_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0007: отчёттор үчүн окуу гана колдонуучу
CREATE ROLE report_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE kiyiz_kampa TO report_ro;
GRANT USAGE ON SCHEMA public TO report_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO report_ro;
""", rand_pw(16))

add("csv/admin-password", "exports/devices_inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
device,location,ip,login,password,notes
MikroTik hAP ac2,Кочкор устакана,192.168.88.1,admin,@@secret@@,роутер
Hikvision DS-2CD1043,Токуу бөлмөсү,192.168.1.64,admin,{see vault},камера
Hikvision DS-2CD1043,Жүн кампасы,192.168.1.65,admin,{see vault},камера
Synology DS220+,Кеңсе,192.168.1.20,kampa,{see vault},NAS
Epson L3250,Кеңсе,192.168.1.30,-,-,принтер
""", words_pw())

add("log/postgres-password", "logs/app-2024-10-14.log", "https://docs.python.org/3/library/logging.html", """
2024-10-14 08:02:11,402 INFO  shop.startup: starting bozuy-shop 2.3.1 (env=production)
2024-10-14 08:02:11,417 DEBUG shop.db: connecting with DATABASE_URL=postgresql://shop:@@secret@@@10.20.0.5:5432/bozuy_shop
2024-10-14 08:02:11,650 INFO  shop.db: connected (pool=10)
2024-10-14 08:02:12,003 INFO  shop.bot: telegram webhook set
2024-10-14 08:15:44,210 INFO  shop.orders: new order #2024-1187 shyrdak 2x3 (kochkor), 57000 KGS
2024-10-14 08:16:02,981 WARNING shop.pay: mbank callback retry 1/3 for #2024-1187
2024-10-14 08:16:05,114 INFO  shop.pay: order #2024-1187 paid
""", words_pw())

add("plist/api-token", "YurtOrders/Config/Production.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>APIBaseURL</key>
	<string>https://api.tunduk-yurts.kg/v1</string>
	<key>SendGridAPIKey</key>
	<string>@@secret@@</string>
	<key>SupportEmail</key>
	<string>help@tunduk-yurts.kg</string>
</dict>
</plist>
""", sendgrid())

add("github-actions/aws-secret-key", ".github/workflows/deploy-site.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: npm ci && npm run build
      - run: aws s3 sync ./out s3://alakiyiz-site --delete
""", aws_secret(), kid=aws_id())

_pw = redis_pw()
add("k8s-secret/redis-password", "k8s/bot/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: orderbot-redis
  namespace: orderbot
  labels:
    app: orderbot
type: Opaque
data:
  REDIS_URL: @@url@@
""", _pw, url=b64(f"redis://:{_pw}@redis.orderbot.svc:6379/0"))

_tok = telegram()
add("k8s-secret/telegram-bot-token", "k8s/bot/bot-token.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: orderbot-telegram
  namespace: orderbot
type: Opaque
data:
  TELEGRAM_TOKEN: @@enc@@
  ADMIN_CHAT_ID: LTEwMDE4NzMzNjQ0MTI=
""", _tok, enc=b64(_tok))

add("terraform/database-password", "infra/db.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "shop" {
  identifier          = "bozuy-shop"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  db_name             = "bozuy_shop"
  username            = "shop"
  password            = "@@secret@@"
  skip_final_snapshot = true
  publicly_accessible = false
  tags = { Project = "bozuy-shop" }
}
""", rand_pw(22))

add("go/postgres-password", "internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Кийиз кампасынын базасы
const dsn = "postgres://kampa_app:@@secret@@@192.168.1.20:5432/kiyiz_kampa?sslmode=disable"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(16))

add("java/smtp-password", "notify/src/main/java/kg/kerege/notify/Mailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package kg.kerege.notify;

import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.util.Properties;

public class Mailer {
    private static final String USER = "noreply@kerege-yurts.kg";
    private static final String PASS = "@@secret@@";

    public static void send(String to, String subject, String body) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        Session s = Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
        Message m = new MimeMessage(s);
        m.setFrom(new InternetAddress(USER));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject);
        m.setText(body);
        Transport.send(m);
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("csharp/twilio-auth-token", "FeltShop.Notify/SmsSender.cs", "https://www.twilio.com/docs/usage/secure-credentials", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace FeltShop.Notify
{
    public static class SmsSender
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public static void Send(string to, string text)
        {
            TwilioClient.Init(AccountSid, AuthToken);
            MessageResource.Create(body: text, from: new Twilio.Types.PhoneNumber("+15017122661"),
                                   to: new Twilio.Types.PhoneNumber(to));
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("yaml/wildberries-token", "marketplaces/wb/config.yaml", "https://openapi.wildberries.ru/general/authorization/en/", """
# Wildberries: шырдак жана тапочкалар (felt slippers)
wildberries:
  seller_id: 2291034
  api_token: "@@secret@@"
  warehouse_id: 1193
  sync_stocks_every: 30m
  price_markup_percent: 18
""", jwt_like('{"ent":1,"exp":1745971200,"id":"0190b2d1-7e0a-7c41-9a23-55bd0f8d1e40","oid":2291034,"s":1073741862,"sid":"6f3f2a80-1d9e-4d5b-8a77-2c6f4e0b9a11","t":false,"uid":48120377}'))

add("python/ozon-api-key", "marketplaces/ozon_stock.py", "https://docs.ozon.ru/api/seller/en/#section/Authentication", """
import requests

OZON_URL = "https://api-seller.ozon.ru/v2/products/stocks"
HEADERS = {
    "Client-Id": "1403327",
    "Api-Key": "@@secret@@",
    "Content-Type": "application/json",
}


def update_stock(offer_id: str, qty: int) -> dict:
    payload = {"stocks": [{"offer_id": offer_id, "stock": qty, "warehouse_id": 22254230451000}]}
    return requests.post(OZON_URL, json=payload, headers=HEADERS, timeout=15).json()
""", uuid_s())

add("markdown/nas-admin-password", "docs/office-it.md", "https://www.markdownguide.org/basic-syntax/", """
# Кеңсе IT (Бишкек, Ахунбаев 112)

## NAS (Synology DS220+)
- Дарек: http://192.168.1.20:5000
- Админ: `kampa`
- Сырсөз: `@@secret@@`
- Бэкап: ар түнү 02:00, USB дискке

## Принтер
Epson L3250, Wi-Fi Direct.

## Байланыш
Интернет: Aknet, келишим № 55-10231, колдоо 0312 960 960
""", words_pw())

add("shell/redis-password", "ops/flush_sessions.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Эски сессияларды тазалоо (ар жекшемби)
redis-cli -h 10.20.0.7 -p 6379 -a '@@secret@@' --no-auth-warning --scan --pattern 'sess:*' \\
  | xargs -r -n 500 redis-cli -h 10.20.0.7 -p 6379 -a '@@secret@@' --no-auth-warning DEL
echo "done $(date)"
""", redis_pw())

add("python/paypal-client-secret", "payments/paypal_token.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

PAYPAL_CLIENT_ID = "@@cid@@"
PAYPAL_SECRET = (
    "@@p1@@"
    "@@p2@@"
)


def access_token() -> str:
    r = requests.post(
        "https://api-m.paypal.com/v1/oauth2/token",
        auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    return r.json()["access_token"]
""", (_ps := paypal_secret()), cid=paypal_client(), p1=_ps[:40], p2=_ps[40:])

# ---------------------------------------------------------------- secrets: batch 4

_key = pem("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "reports/credentials/sheets-bot.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kochkor-felt-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-bot@kochkor-felt-reports.iam.gserviceaccount.com",
  "client_id": "104872203391857702214",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""", _key, kid=hexs(40))

add("ini/npm-token", "site/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@ala-kiyiz:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("json/docker-registry-auth", "deploy/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {
      "credsStore": "desktop"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", b64("tunduk-deploy:" + gitlab()))

add("ini/git-credentials", "ops/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """
# ops кутусундагы git credential store (көчүрмө, сервер жаңыланганда)
https://shyrdak-bot:@@secret@@@github.com
https://tunduk-deploy:@@gl@@@gitlab.com
# эски Bitbucket — өчүрүлгөн
# https://aigul@bitbucket.org
""", github(), gl=gitlab())

add("ini/netrc-ftp-password", "ops/netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# ~/.netrc on the catalog upload box
machine ftp.bozuy.kg
  login bozuykg
  password @@secret@@
machine api.github.com
  login shyrdak-bot
  password ${GH_TOKEN}
""", words_pw())

add("ini/pgpass-password", "ops/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
# кампа жана дүкөн базалары — cron бэкаптар үчүн
192.168.1.20:5432:kiyiz_kampa:kampa_app:@@secret@@
10.20.0.5:5432:bozuy_shop:backup:*see-vault*
localhost:5432:*:postgres:
""", rand_pw(18))

add("env/laravel-app-key", "felt-crm/.env", "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Felt CRM"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://crm.shyrdak.store
APP_LOCALE=ky

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=felt_crm
DB_USERNAME=felt_crm
DB_PASSWORD=${FELT_CRM_DB_PASSWORD}
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("typescript/shopify-admin-token", "storefront/app/lib/shopify.server.ts", "https://shopify.dev/docs/api/admin-graphql", """
// Сервер тарап: Shopify Admin GraphQL (запастарды жаңылоо)
const SHOP = "felt-of-naryn.myshopify.com";
const ADMIN_TOKEN = "@@secret@@";

export async function adminQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/graphql.json`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Access-Token": ADMIN_TOKEN,
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  return json.data as T;
}
""", shopify_token())

add("ansible/become-password", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
[shop]
vps1.bozuy.kg ansible_user=deploy ansible_become_password=@@secret@@

[office]
nas.kampa.local ansible_host=192.168.1.20 ansible_user=kampa

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("sql/api-token", "db/seed/settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Баштапкы жөндөөлөр (dev базадан көчүрүлдү)
INSERT INTO app_settings (key, value, updated_at) VALUES
  ('shop_name', 'Ала-Кийиз', now()),
  ('currency', 'KGS', now()),
  ('telegram_bot_token', '@@secret@@', now()),
  ('telegram_admin_chat', '-1001873364412', now()),
  ('felt_price_per_kg', '1450', now());
""", telegram())

add("log/basic-auth-header", "logs/onec-sync-debug.log", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """
[2024-11-02 23:00:01] sync start: 14 new orders
[2024-11-02 23:00:01] > POST /buh_tunduk/hs/sales/v1/documents HTTP/1.1
[2024-11-02 23:00:01] > Host: buh.tunduk.local
[2024-11-02 23:00:01] > Authorization: Basic @@secret@@
[2024-11-02 23:00:01] > Content-Type: application/json; charset=utf-8
[2024-11-02 23:00:02] < HTTP/1.1 201 Created
[2024-11-02 23:00:02] sync ok: order 2024-1201 (боз үй 6 канат) -> 1C doc 0000-000412
[2024-11-02 23:00:03] sync done
""", b64("obmen:" + rand_pw(12)))

add("shell/telegram-bot-token", "scripts/set_webhook.sh", "https://core.telegram.org/bots/api#setwebhook", """
#!/bin/sh
# Ботко webhook коюу (сервер алмашканда)
curl -s "https://api.telegram.org/bot@@secret@@/setWebhook" \\
  -d url=https://bot.alakiyiz.shop/tg/hook \\
  -d max_connections=20
curl -s "https://api.telegram.org/bot@@secret@@/getWebhookInfo"
""", telegram())

add("xml/sql-server-password", "FeltShop.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="FeltShop"
         connectionString="Data Source=.\\SQLEXPRESS;Initial Catalog=FeltShop;User ID=feltshop;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Culture" value="ky-KG" />
    <add key="PhotosPath" value="~/Content/shyrdak" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("ini/telegram-bot-token", "bot/config.ini", "https://docs.python.org/3/library/configparser.html", """
[telegram]
token = @@secret@@
admin_ids = 284110392, 509771245

[shop]
; баалар сом менен
price_m2 = 9500
delivery_bishkek = 500

[db]
path = data/orders.sqlite3
""", telegram())

add("toml/postgres-password", "felt-bot/config/production.toml", "https://docs.rs/config/latest/config/", """
[server]
bind = "0.0.0.0:8088"

[database]
url = "postgres://feltbot:@@secret@@@127.0.0.1:5432/feltbot"
max_connections = 8

[telegram]
token_env = "FELT_BOT_TOKEN"
""", rand_pw(20))

add("k8s-secret/smtp-password", "k8s/shop/smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-smtp
  namespace: bozuy-shop
type: Opaque
stringData:
  SMTP_HOST: smtp.yandex.ru
  SMTP_PORT: "465"
  SMTP_USER: orders@bozuy.kg
  SMTP_PASSWORD: "@@secret@@"
""", rand_pw(16))

add("compose/mysql-root-password", "crm/docker-compose.yml", "https://hub.docker.com/_/mysql", """
services:
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: felt_crm
      MYSQL_USER: felt_crm
      MYSQL_PASSWORD_FILE: /run/secrets/felt_crm_db
    secrets: [felt_crm_db]
  crm:
    build: .
    ports: ["8090:80"]
secrets:
  felt_crm_db:
    file: ./secrets/felt_crm_db.txt
""", words_pw())

add("dockerfile/npm-token", "storefront/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
ARG NPM_TOKEN=@@secret@@
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.output ./
CMD ["node", "server/index.mjs"]
""", fakes.fake("npm_", 36, _seed()))

add("github-actions/docker-password", ".github/workflows/bot-image.yml", "https://github.com/docker/login-action", """
name: bot-image
on:
  push:
    tags: ["v*"]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: alakiyiz
          password: @@secret@@
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: alakiyiz/orderbot:${{ github.ref_name }}
""", fakes.fake("dckr_pat_", 27, _seed()))

add("powershell/moysklad-token", "scripts/Export-Stock.ps1", "https://dev.moysklad.ru/doc/api/remap/1.2/#mojsklad-json-api-obschie-swedeniq-autentifikaciq", """
# МойСклад: калдыктарды (остатки) CSV'ге чыгаруу
$token = "@@secret@@"
$headers = @{ Authorization = "Bearer $token"; "Accept-Encoding" = "gzip" }
$uri = "https://api.moysklad.ru/api/remap/1.2/report/stock/all?limit=1000"
$resp = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$resp.rows | Select-Object name, code, stock, reserve |
    Export-Csv -Path "C:\\Reports\\stock_$(Get-Date -Format yyyyMMdd).csv" -Encoding UTF8 -NoTypeInformation
Write-Host "Калдыктар сакталды: $($resp.rows.Count) позиция"
""", hexs(40))

add("python/moysklad-password", "integrations/moysklad.py", "https://dev.moysklad.ru/doc/api/remap/1.2/#mojsklad-json-api-obschie-swedeniq-autentifikaciq", """
import requests

MS = "https://api.moysklad.ru/api/remap/1.2"
session = requests.Session()
session.auth = ("admin@kochkorfelt", "@@secret@@")
session.headers["Accept-Encoding"] = "gzip"


def products(search: str = "шырдак"):
    r = session.get(f"{MS}/entity/product", params={"search": search, "limit": 100}, timeout=20)
    r.raise_for_status()
    return [(p["name"], p.get("article")) for p in r.json()["rows"]]
""", words_pw())

add("env/google-oauth-client-secret", "crm/.env.production", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
# CRM: Google менен кирүү (кызматкерлер үчүн)
GOOGLE_CLIENT_ID=583920117465-k2v8d0qjt6m4r1h9c3n5p7s0w2y4a6b8.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@secret@@
GOOGLE_ALLOWED_DOMAIN=kochkorfelt.kg
SESSION_LIFETIME=480
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"))

add("terraform/cloudflare-api-token", "infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "8f3c2a71d0b94e6a9c55e1b7f2d30a48"
  name    = "shop"
  value   = "185.22.64.18"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("php/telegram-bot-token", "site/inc/notify_telegram.php", "https://core.telegram.org/bots/api#sendmessage", """
<?php
// Сайттан келген буйрутманы Telegram'га жөнөтүү
function notify_order(array $order): void
{
    $token = '@@secret@@';
    $chat  = '-1002210934455';
    $text  = "Жаңы буйрутма #{$order['id']}\\n{$order['item']} — {$order['size']}\\nТел: {$order['phone']}";
    $url   = "https://api.telegram.org/bot{$token}/sendMessage";
    file_get_contents($url . '?' . http_build_query(['chat_id' => $chat, 'text' => $text]));
}
""", telegram())

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "https://docs.stripe.com/keys", """
# Stripe — Rails дүкөнү (felt slippers, shyrdak)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", "pk_live_@@pk@@"),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@secret@@")
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("swift/slack-webhook", "WorkshopBoard/Sources/SlackNotifier.swift", "https://api.slack.com/messaging/webhooks", """
import Foundation

// Устакана тактасы: токуу бүткөндө билдирүү
struct SlackNotifier {
    private let webhook = URL(string: "@@secret@@")!

    func send(_ text: String) async throws {
        var req = URLRequest(url: webhook)
        req.httpMethod = "POST"
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: ["text": text])
        _ = try await URLSession.shared.data(for: req)
    }
}
""", slack_webhook())

add("notebook/postgres-password", "notebooks/sales_2024.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## 2024 сатуулар: шырдак vs ала-кийиз vs боз үй"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(\\"postgresql+psycopg2://analyst:@@secret@@@10.20.0.5/bozuy_shop\\")\\n",
    "df = pd.read_sql(\\"select category, sum(total_kgs) from orders where extract(year from created_at)=2024 group by 1\\", eng)\\n",
    "df"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("yaml/ssh-private-key", "ansible/group_vars/all/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# deploy колдонуучусунун ачкычы (vault'ка көчүрүү керек!)
deploy_user: deploy
deploy_private_key: |
  @@key@@
deploy_known_hosts:
  - github.com
  - gitlab.com
""", (_k := pem("RSA")), key=_k.replace("\n", "\n  "))

add("kotlin/api-bearer-token", "android/app/src/main/java/kg/tunduk/orders/net/ApiModule.kt", "https://square.github.io/okhttp/features/interceptors/", """
package kg.tunduk.orders.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// Буйрутмалар API: устакананын планшети үчүн
private const val SERVICE_TOKEN = "@@secret@@"

val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $SERVICE_TOKEN")
                .build()
        )
    })
    .build()
""", "tnd_live_" + fakes.drawn_mixed(_seed(), 40))

# ---------------------------------------------------------------- decoys: batch 1

add("env/decoy-placeholder", "shop-backend/.env.example", "https://12factor.net/config", """
# Көчүрүп .env кылып, маанилерди толтуруңуз (copy to .env and fill in)
APP_ENV=development
APP_URL=http://localhost:8000
DATABASE_URL=postgres://shop:CHANGE_ME@localhost:5432/shop
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
BOT_TOKEN=<telegram бот токени — @BotFather'ден>
MBANK_SECRET_KEY=
DEFAULT_CURRENCY=usd
""")

add("python/decoy-env-reference", "orders-bot/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
\"\"\"Буйрутма ботунун жөндөөлөрү: бардык купуя маанилер чөйрөдөн (environment) алынат.\"\"\"
import os

BOT_TOKEN = os.environ["BOT_TOKEN"]
ADMIN_CHAT_ID = int(os.environ.get("ADMIN_CHAT_ID", "0"))
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///orders.sqlite3")
SMS_LOGIN = os.getenv("NIKITA_LOGIN")
SMS_PASSWORD = os.getenv("NIKITA_PASSWORD")
MBANK_SECRET_KEY = os.environ["MBANK_SECRET_KEY"]
PRICE_PER_M2_KGS = int(os.getenv("PRICE_PER_M2_KGS", "9500"))
""")

add("github-actions/decoy-secrets-reference", ".github/workflows/release.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-central-1
      - name: notify workshop chat
        run: |
          curl -s "https://api.telegram.org/bot${{ secrets.TG_TOKEN }}/sendMessage" \\
            -d chat_id=${{ vars.TG_CHAT }} -d text="Жаңы версия: ${{ github.ref_name }}"
""")

add("compose/decoy-env-interpolation", "deploy/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bozuy_shop
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  web:
    image: registry.gitlab.com/tunduk/shop:${TAG:-latest}
    environment:
      DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD}@db:5432/bozuy_shop
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
""")

add("javascript/decoy-publishable-key", "site/static/js/checkout.js", "https://docs.stripe.com/js/initializing", """
// Checkout барагы: Stripe Elements (publishable key браузерде болушу керек)
const stripe = Stripe("pk_live_@@pk@@");
const elements = stripe.elements({ locale: "auto" });
const card = elements.create("card", { hidePostalCode: true });
card.mount("#card-element");

document.querySelector("#pay").addEventListener("click", async () => {
  const { clientSecret } = await fetch("/api/checkout/intent", { method: "POST" }).then(r => r.json());
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector("#status").textContent = result.error ? result.error.message : "Рахмат! Төлөм кабыл алынды.";
});
""", pk=fakes.drawn(_seed(), 24))

add("html/decoy-site-key", "site/templates/contact.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="ky">
<head>
  <meta charset="utf-8">
  <title>Байланыш — Түндүк Боз Үй</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/contact" method="post">
    <label>Атыңыз <input name="name" required></label>
    <label>Телефон <input name="phone" placeholder="+996 ..."></label>
    <label>Кандай боз үй керек? <textarea name="message"></textarea></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button type="submit">Жөнөтүү</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("html/decoy-client-id", "site/templates/paypal_button.html", "https://developer.paypal.com/sdk/js/configuration/", """
<div id="paypal-button-container"></div>
<!-- PayPal JS SDK: client-id ачык (public), купуя эмес -->
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/api/paypal/order", { method: "POST" }).then(r => r.json()).then(d => d.id),
    onApprove: (data) => fetch(`/api/paypal/order/${data.orderID}/capture`, { method: "POST" })
      .then(() => { window.location = "/checkout/done"; })
  }).render("#paypal-button-container");
</script>
""", cid=paypal_client())

add("typescript/decoy-firebase-web-config", "gallery-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

// Firebase веб конфиги: бул маанилер ачык (public) — коопсуздук Firestore rules менен
const firebaseConfig = {
  apiKey: "@@ak@@",
  authDomain: "shyrdak-gallery.firebaseapp.com",
  projectId: "shyrdak-gallery",
  storageBucket: "shyrdak-gallery.appspot.com",
  messagingSenderId: "839201774512",
  appId: "1:839201774512:web:4c7e1a9b02f3d6e85a1b2c",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", ak=google_api())

add("javascript/decoy-sentry-dsn", "site/static/js/sentry-init.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
// Sentry: DSN браузерде ачык болот (public by design)
Sentry.init({
  dsn: "https://@@h@@@o4506702851.ingest.de.sentry.io/4506702853",
  release: "alakiyiz-site@1.8.2",
  environment: "production",
  tracesSampleRate: 0.1,
});
""", h=hexs(32))

add("text/decoy-checksums", "dist/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@a@@  yurt_calc-0.6.0-py3-none-any.whl
@@b@@  yurt_calc-0.6.0.tar.gz
@@c@@  kerege-patterns-2024.zip
@@d@@  shyrdak-motifs-catalog.pdf
@@e@@  tunduk-sizes.csv
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("csv/decoy-order-ids", "exports/orders_2024_q3.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order_uuid,created_at,product,size,color,total_kgs,status,tracking
@@u1@@,2024-07-03,Шырдак,2x3,кызыл/ак,57000,shipped,7203984415
@@u2@@,2024-07-11,Боз үй 6 канат,—,ак кийиз,620000,delivered,
@@u3@@,2024-08-02,Ала-кийиз,1.5x2,көк,24000,shipped,7203991820
@@u4@@,2024-08-19,Тапочка (felt slippers),38,боз,1800,delivered,RA114522038KG
@@u5@@,2024-09-05,Түндүк (crown),Ø1.6m,тал,85000,in_production,
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("log/decoy-redacted", "logs/bot-2024-11-03.log", "https://docs.python.org/3/library/logging.html", """
2024-11-03 09:00:00 INFO  bot: starting with token 7012****:AA*****************************
2024-11-03 09:00:01 INFO  bot: webhook https://bot.alakiyiz.shop/tg/hook ok
2024-11-03 09:12:45 INFO  bot: order from user 509771245: шырдак 2x3 кызыл
2024-11-03 09:12:46 INFO  sms: sent to +996 70* *** *12 (login=narynyurt, pwd=[REDACTED])
2024-11-03 09:30:02 WARNING mbank: signature mismatch for callback, secret_key=***redacted***
2024-11-03 09:30:05 INFO  mbank: retry ok
""")

add("yaml/decoy-ansible-vault", "ansible/group_vars/shop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("yaml/decoy-sops-encrypted", "k8s/shop/secrets.enc.yaml", "https://github.com/getsops/sops#usage", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-secrets
  namespace: bozuy-shop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  MBANK_SECRET_KEY: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2024-10-21T06:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
  version: 3.8.1
""", d1=b64(rand_pw(32)), iv1=b64(rand_pw(24))[:44], t1=b64(rand_pw(16))[:24],
    d2=b64(rand_pw(36)), iv2=b64(rand_pw(24))[:44], t2=b64(rand_pw(16))[:24],
    mac=b64(rand_pw(48)), iv3=b64(rand_pw(24))[:44], t3=b64(rand_pw(16))[:24],
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("python/decoy-test-fixture", "tests/test_orders.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from shop.orders import price_for, Order

TEST_DB = "postgresql://test:test@localhost:5432/test_shop"


@pytest.fixture
def order():
    return Order(item="shyrdak", width_m=2, length_m=3, color="кызыл/ак", customer_phone="+996700000000")


def test_price_per_m2(order):
    assert price_for(order) == 57000


def test_bot_rejects_fake_token(monkeypatch):
    monkeypatch.setenv("BOT_TOKEN", "123456:TEST-TOKEN")
    monkeypatch.setenv("MBANK_SECRET_KEY", "dummy-secret-for-tests")
    assert Order.from_message("2x3 кызыл").width_m == 2
""")

add("python/decoy-regex", "shop/validators.py", "https://docs.python.org/3/library/re.html", """
import re

# Кардар киргизген маанилерди текшерүү
PHONE_KG = re.compile(r"^\\+996\\s?\\d{3}\\s?\\d{3}\\s?\\d{3}$")
INN_KG = re.compile(r"^[12]\\d{13}$")
TG_TOKEN = re.compile(r"^\\d{8,10}:[A-Za-z0-9_-]{35}$")
STRIPE_SECRET = re.compile(r"^(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}$")
SIZE = re.compile(r"^(\\d+(?:\\.\\d+)?)\\s*[xх×]\\s*(\\d+(?:\\.\\d+)?)$")


def looks_like_leaked_token(text: str) -> bool:
    return bool(TG_TOKEN.search(text) or STRIPE_SECRET.search(text))
""")

add("markdown/decoy-placeholder", "orders-bot/README.md", "https://core.telegram.org/bots/api#setwebhook", """
# Буйрутма боту (order bot)

Шырдак жана боз үй буйрутмаларын Telegram аркылуу кабыл алат.

## Орнотуу
1. @BotFather'ден бот түзүп, токенди алыңыз.
2. `.env.example` файлын `.env` кылып көчүрүп, `BOT_TOKEN` толтуруңуз.
3. Webhook коюу:

```sh
curl "https://api.telegram.org/bot<BOT_TOKEN>/setWebhook" -d url=https://<сиздин-домен>/tg/hook
```

## Эскертүү
Токенди эч качан репозиторийге жазбаңыз — Vaultwarden'деги "orderbot" жазуусунда сакталат.
""")

add("text/decoy-docker-digest", "deploy/images.lock", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
# Бекитилген (pinned) образдар — өндүрүш
postgres:16@sha256:@@a@@
redis:7-alpine@sha256:@@b@@
registry.gitlab.com/tunduk/shop:2.3.1@sha256:@@c@@
registry.gitlab.com/tunduk/orderbot:1.4.0@sha256:@@d@@
nginx:1.27-alpine@sha256:@@e@@
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("json/decoy-integrity-hashes", "site/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "alakiyiz-site",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "alakiyiz-site", "version": "1.8.2", "dependencies": { "@stripe/stripe-js": "^3.4.0" } },
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@a@@"
    },
    "node_modules/@sentry/browser": {
      "version": "7.112.2",
      "resolved": "https://registry.npmjs.org/@sentry/browser/-/browser-7.112.2.tgz",
      "integrity": "sha512-@@b@@"
    }
  }
}
""", a=base64.b64encode(random.Random(_seed()).randbytes(64)).decode(), b=base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("yaml/decoy-external-secret", "k8s/shop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-payments
  namespace: bozuy-shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: shop-payments
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: secret/data/bozuy/shop, property: stripe_secret_key }
    - secretKey: MBANK_SECRET_KEY
      remoteRef: { key: secret/data/bozuy/shop, property: mbank_secret_key }
    - secretKey: PAYPAL_CLIENT_SECRET
      remoteRef: { key: secret/data/bozuy/shop, property: paypal_client_secret }
""")

add("k8s/decoy-secret-key-ref", "k8s/bot/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orderbot
  namespace: orderbot
spec:
  replicas: 1
  selector: { matchLabels: { app: orderbot } }
  template:
    metadata: { labels: { app: orderbot } }
    spec:
      containers:
        - name: bot
          image: alakiyiz/orderbot:1.4.0
          env:
            - name: TELEGRAM_TOKEN
              valueFrom: { secretKeyRef: { name: orderbot-telegram, key: TELEGRAM_TOKEN } }
            - name: REDIS_URL
              valueFrom: { secretKeyRef: { name: orderbot-redis, key: REDIS_URL } }
            - name: LANG
              value: ky_KG.UTF-8
""")

add("terraform/decoy-sensitive-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Дүкөн базасынын сырсөзү (TF_VAR_db_password аркылуу берилет)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "catalog_bucket" {
  type    = string
  default = "tunduk-yurt-catalog"
}
""")

add("ansible/decoy-vault-variable", "ansible/roles/mail/templates/msmtprc.j2", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html", """
# {{ ansible_managed }}
defaults
auth           on
tls            on
logfile        /var/log/msmtp.log

account        orders
host           smtp.yandex.ru
port           465
tls_starttls   off
from           orders@bozuy.kg
user           orders@bozuy.kg
password       {{ vault_smtp_orders_password }}

account default : orders
""")

add("json/decoy-i18n-strings", "site/locales/ky.json", "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "title": "Кирүү",
    "email": "Электрондук почта",
    "password": "Сырсөз",
    "password_placeholder": "Сырсөздү киргизиңиз",
    "forgot": "Сырсөздү унуттуңузбу?",
    "token_expired": "Шилтеменин мөөнөтү бүттү, кайра сураңыз"
  },
  "checkout": {
    "pay": "Төлөө",
    "secret_hint": "Картанын маалыматтары биздин серверде сакталбайт",
    "api_key_error": "Төлөм системасы убактылуу иштебейт"
  }
}
""")

add("python/decoy-password-hash", "shop/fixtures/staff.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", """
# Dev базасы үчүн кызматкерлер (сырсөздөр хэштелген, dev'де баарына "kiyiz-dev" коюлган)
STAFF = [
    {"username": "aigul", "role": "manager",
     "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@"},
    {"username": "bakyt", "role": "workshop",
     "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@"},
    {"username": "marat", "role": "supplier",
     "password": "!"},
]
""", s1=fakes.drawn(_seed(), 22), h1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    s2=fakes.drawn(_seed(), 22), h2=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("text/decoy-ssh-public-key", "deploy/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy@vps1.bozuy.kg — ким кире алат
@@k1@@ bakyt@laptop
@@k2@@ gitlab-ci-deploy
@@k3@@ aigul@office-pc
# эски: marat (2023-ж. өчүрүлгөн)
# @@k4@@ marat@old
""", k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_ed25519_pub(), k4=ssh_ed25519_pub())

add("text/decoy-public-certificate", "deploy/nginx/ssl/bozuy.kg.chain.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("json/decoy-stripe-event-ids", "tests/fixtures/stripe_checkout_completed.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_@@e@@",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_@@cs@@",
      "object": "checkout.session",
      "customer": "cus_@@cus@@",
      "payment_intent": "pi_@@pi@@",
      "amount_total": 65000,
      "currency": "usd",
      "metadata": { "order_no": "2024-1187", "item": "shyrdak 2x3" }
    }
  }
}
""", e=fakes.drawn(_seed(), 24), cs=fakes.drawn(_seed(), 58), cus=fakes.drawn(_seed(), 14), pi=fakes.drawn(_seed(), 24))

add("csv/decoy-product-barcodes", "exports/products_catalog.csv", "https://www.gs1.org/standards/barcodes/ean-upc", """
sku,name_ky,name_en,ean13,etsy_listing_id,weight_kg,price_usd
SHR-2x3-RW,Шырдак 2x3 кызыл/ак,Shyrdak rug 2x3 red/white,4700123456786,1587432901,9.5,650
SHR-1x1.5-B,Шырдак 1x1.5 көк,Shyrdak rug 1x1.5 blue,4700123456793,1587433318,3.2,220
ALK-15x2-G,Ала-кийиз 1.5x2,Ala-kiyiz felt 1.5x2,4700123456809,1587440027,4.0,260
SLP-38-GR,Кийиз тапочка 38,Felt slippers size 38,4700123456816,1602215543,0.4,28
YRT-MINI-W,Боз үй макети,Yurt miniature,4700123456823,1611028830,1.1,75
""")

add("json/decoy-1c-guids", "integrations/onec_catalog_export.json", "https://its.1c.ru/db/v8std", """
{
  "exported_at": "2024-11-01T18:00:00+06:00",
  "items": [
    {"Ref_Key": "@@g1@@", "Description": "Шырдак 2x3", "Артикул": "SHR-2x3-RW", "Parent_Key": "@@g0@@"},
    {"Ref_Key": "@@g2@@", "Description": "Ала-кийиз 1.5x2", "Артикул": "ALK-15x2-G", "Parent_Key": "@@g0@@"},
    {"Ref_Key": "@@g3@@", "Description": "Жүн (кой), кг", "Артикул": "RAW-WOOL", "Parent_Key": "@@g4@@"}
  ],
  "DataVersion": "AAAAAgAAAAA="
}
""", g0=uuid_s(), g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s())

add("yaml/decoy-sealed-secret", "k8s/crm/sealed-db.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: felt-crm-db
  namespace: crm
spec:
  encryptedData:
    DB_PASSWORD: AgB@@e1@@
    APP_KEY: AgC@@e2@@
  template:
    metadata:
      name: felt-crm-db
      namespace: crm
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 300, ALNUM + "+/") + "=")

add("shell/decoy-password-generator", "scripts/new_staff_password.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """
#!/bin/bash
# Жаңы кызматкерге убактылуу сырсөз түзүү (экранга гана чыгат, эч жерге сакталбайт)
set -euo pipefail
name=${1:?колдонуу: $0 <аты>}
pw=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-16)
echo "Колдонуучу: $name"
echo "Убактылуу сырсөз: $pw  (биринчи киргенде алмаштырылат)"
htpasswd -bB /etc/nginx/.htpasswd-crm "$name" "$pw"
""")

add("ini/decoy-pypirc-trusted", "yurt-calc/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """
[metadata]
name = yurt-calc
version = 0.6.0
description = Боз үйдүн кереге, уук жана түндүк өлчөмдөрүн эсептөө
author = Tunduk Yurts
author_email = dev@tunduk-yurts.kg
license = MIT

[options]
packages = find:
python_requires = >=3.9

[options.entry_points]
console_scripts =
    yurt-calc = yurt_calc.cli:main
""")

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write   # trusted publishing: токен керек эмес
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("markdown/decoy-redacted-handover", "docs/handover-2023.md", "https://www.markdownguide.org/basic-syntax/", """
# Иш өткөрүп берүү — 2023 (Нурлан → Айгүл)

| Система | Колдонуучу | Сырсөз |
|---|---|---|
| WordPress | aigul.admin | Vaultwarden → "kerege wp" |
| Etsy | KeregeYurts | Vaultwarden → "etsy" |
| MBank бизнес | 400217 | телефондо, SMS код менен |
| ЭСФ | ИНН | ******** (бухгалтерде) |
| Роутер | admin | наклейкада (кутунун астында) |

Бардык сырсөздөр Vaultwarden'де: https://vault.kerege-yurts.kg
""")

add("python/decoy-hmac-verify", "payments/mbank_callback.py", "https://docs.python.org/3/library/hmac.html", """
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["MBANK_SECRET_KEY"].encode()


@app.post("/pay/mbank/callback")
def mbank_callback():
    body = request.get_data()
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(403)
    # мисал: X-Signature: 3f1a... (64 hex), ар бир төлөм үчүн башка
    return {"status": "ok"}
""")

add("shell/decoy-vault-cli", "scripts/load_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Сырларды Vault'тан алып, .env түзүү (сервердин өзүндө гана)
set -euo pipefail
export VAULT_ADDR=https://vault.bozuy.kg:8200
vault login -method=oidc role=shop-admin >/dev/null
{
  echo "STRIPE_SECRET_KEY=$(vault kv get -field=stripe_secret_key secret/bozuy/shop)"
  echo "MBANK_SECRET_KEY=$(vault kv get -field=mbank_secret_key secret/bozuy/shop)"
  echo "BOT_TOKEN=$(vault kv get -field=token secret/bozuy/orderbot)"
} > /srv/shop/.env
chmod 600 /srv/shop/.env
""")

add("yaml/decoy-helm-existing-secret", "helm/shop/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """
image:
  repository: registry.gitlab.com/tunduk/shop
  tag: "2.3.1"
replicaCount: 2
postgresql:
  auth:
    username: shop
    database: bozuy_shop
    existingSecret: shop-db
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
redis:
  auth:
    enabled: true
    existingSecret: shop-redis
    existingSecretPasswordKey: redis-password
ingress:
  host: bozuy.kg
""")

add("php/decoy-env-reference", "site/inc/config.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
// Сайттын жөндөөлөрү — купуя маанилер серверде .env'де
return [
    'db' => [
        'host' => getenv('DB_HOST') ?: 'localhost',
        'name' => getenv('DB_NAME') ?: 'kerege_wp',
        'user' => getenv('DB_USER'),
        'pass' => getenv('DB_PASSWORD'),
    ],
    'telegram' => ['token' => $_ENV['TG_TOKEN'] ?? '', 'chat' => $_ENV['TG_CHAT'] ?? ''],
    'odengi'   => ['sid' => '6720014583', 'password' => $_ENV['ODENGI_PASSWORD'] ?? null],
];
""")

add("kotlin/decoy-build-config-field", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "kg.shyrdak.pos"
    compileSdk = 34
    defaultConfig {
        applicationId = "kg.shyrdak.pos"
        minSdk = 26
        versionCode = 14
        versionName = "1.4.0"
        // Ачкыч local.properties'тен (репого кирбейт)
        buildConfigField("String", "API_TOKEN", "\\"${project.findProperty("shyrdakApiToken") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

# ---------------------------------------------------------------- decoys: batch 2

add("markdown/decoy-bank-details", "docs/invoice-template.md", "https://www.nbkr.kg/", """
# Эсеп-фактура үлгүсү (invoice template)

**Сатуучу:** ЖЧК "Кочкор Кийиз" / Kochkor Felt LLC
**ИНН:** 01503199510234
**Дарек:** Кочкор айылы, Орозбеков көч. 41, Нарын облусу

| Банк | БИК | Эсеп (р/с) |
|---|---|---|
| ОАО "Оптима Банк" | 109018 | 1090820114530187 |
| ЗАО "Демир Кыргыз Интернэшнл Банк" | 118001 | 1180000043217702 |

SWIFT: ENEJKG22 · IBAN колдонулбайт

Төлөмдүн максаты: "Шырдак үчүн, эсеп № ____, ККСсыз".
""")

add("json/decoy-pattern-catalog", "catalog/motifs.json", "https://json-schema.org/", """
{
  "motifs": [
    {"id": "kochkorok", "name_ky": "Кочкорок (кочкордун мүйүзү)", "svg_sha1": "@@h1@@", "colors": ["#B3202A", "#F4EFE6"]},
    {"id": "tumar", "name_ky": "Тумар", "svg_sha1": "@@h2@@", "colors": ["#1F4E8C", "#F4EFE6"]},
    {"id": "kyal", "name_ky": "Кыял", "svg_sha1": "@@h3@@", "colors": ["#2E6B3A", "#E9C46A"]},
    {"id": "it-taman", "name_ky": "Ит таман", "svg_sha1": "@@h4@@", "colors": ["#111111", "#F4EFE6"]}
  ],
  "version": "2024.10"
}
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("csv/decoy-yurt-dimensions", "data/yurt_sizes.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
kanat,diameter_m,kerege_count,uuk_count,tunduk_diameter_m,felt_kg,price_kgs
4,4.5,4,60,1.2,140,420000
5,5.3,5,70,1.4,170,520000
6,6.0,6,80,1.6,210,620000
8,7.2,8,100,1.8,280,850000
10,8.5,10,120,2.0,360,1100000
""")

add("go/decoy-env-reference", "cmd/feltapi/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type Config struct {
	DatabaseURL string
	StripeKey   string
	BotToken    string
	Listen      string
}

// Купуя маанилер чөйрөдөн гана
func loadConfig() Config {
	c := Config{
		DatabaseURL: os.Getenv("DATABASE_URL"),
		StripeKey:   os.Getenv("STRIPE_SECRET_KEY"),
		BotToken:    os.Getenv("TELEGRAM_TOKEN"),
		Listen:      getenv("LISTEN", ":8080"),
	}
	if c.DatabaseURL == "" || c.StripeKey == "" {
		log.Fatal("DATABASE_URL жана STRIPE_SECRET_KEY керек")
	}
	return c
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("properties/decoy-placeholder-reference", "warehouse-api/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
# Кампа API — жалпы жөндөөлөр
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/kampa
spring.datasource.username=${DB_USER:kampa_api}
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.yandex.ru
spring.mail.username=${MAIL_USER}
spring.mail.password=${MAIL_PASSWORD}
app.units.felt=kg
""")

add("json/decoy-user-secrets", "OneC.Bridge/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Accounting": "Server=localhost,1433;Database=Buh_Dev;User Id=bridge;Password=;TrustServerCertificate=True"
  },
  "OneC": {
    "BaseUrl": "http://localhost/buh/hs/orders",
    "User": "obmen",
    "Password": ""
  },
  "_comment": "Сырсөздөр: dotnet user-secrets set \\"OneC:Password\\" ... (dev), Key Vault (prod)",
  "UserSecretsId": "@@u@@"
}
""", u=uuid_s())

add("yaml/decoy-rails-credentials-reference", "config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# Шырдак сүрөттөрү — ачкычтар credentials.yml.enc ичинде (master.key серверде гана)
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-central-1
  bucket: shyrdak-catalog-photos
""")

add("terraform/decoy-secrets-manager", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "shop_db" {
  secret_id = "prod/bozuy-shop/db"
}

locals {
  shop_db = jsondecode(data.aws_secretsmanager_secret_version.shop_db.secret_string)
}

resource "aws_db_instance" "shop_replica" {
  identifier          = "bozuy-shop-replica"
  replicate_source_db = "bozuy-shop"
  instance_class      = "db.t4g.micro"
  password            = local.shop_db.password
  skip_final_snapshot = true
}
""")

add("json/decoy-secret-arn", "deploy/ecs-task-orderbot.json", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html", """
{
  "family": "orderbot",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "bot",
      "image": "alakiyiz/orderbot:1.4.0",
      "essential": true,
      "secrets": [
        {"name": "TELEGRAM_TOKEN", "valueFrom": "arn:aws:secretsmanager:eu-central-1:491203877154:secret:prod/orderbot/telegram-Xk2qPa"},
        {"name": "REDIS_URL", "valueFrom": "arn:aws:ssm:eu-central-1:491203877154:parameter/orderbot/redis_url"}
      ],
      "environment": [{"name": "LANG", "value": "ky_KG.UTF-8"}]
    }
  ],
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512"
}
""")

add("dockerfile/decoy-build-secret-mount", "orderbot/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# Жеке пакеттер үчүн токен build secret катары берилет, образга кирбейт
RUN --mount=type=secret,id=gh_token \\
    GH_TOKEN=$(cat /run/secrets/gh_token) && \\
    pip install -r requirements.txt "git+https://${GH_TOKEN}@github.com/ala-kiyiz/felt-patterns.git@v0.4.1"
COPY . .
USER 1000
CMD ["python", "-m", "orderbot"]
""")

add("powershell/decoy-secret-management", "scripts/Connect-Accounting.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# 1С базасына туташуу: сырсөз SecretStore'до
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "OneC-Obmen" -Vault "KochkorStore"
$pair = "{0}:{1}" -f $cred.UserName, $cred.GetNetworkCredential().Password
$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
$headers = @{ Authorization = "Basic $basic" }
Invoke-RestMethod -Uri "http://buh.tunduk.local/buh_tunduk/hs/sales/v1/ping" -Headers $headers
""")

add("swift/decoy-keychain", "YurtOrders/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// Токен Keychain'де сакталат, кодго жазылбайт
enum TokenStore {
    static let service = "kg.tunduk.orders.api"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("rust/decoy-env-reference", "felt-bot/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub token: String,
    pub database_url: String,
    pub admin_ids: Vec<i64>,
}

impl Config {
    /// Бот токени жана база дареги чөйрө өзгөрмөлөрүнөн
    pub fn from_env() -> Self {
        Self {
            token: env::var("FELT_BOT_TOKEN").expect("FELT_BOT_TOKEN коюлган эмес"),
            database_url: env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://localhost/feltbot".into()),
            admin_ids: env::var("ADMIN_IDS").unwrap_or_default().split(',').filter_map(|s| s.trim().parse().ok()).collect(),
        }
    }
}
""")

add("notebook/decoy-getpass", "notebooks/stock_check.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Кампадагы жүн калдыгы (wool stock)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg2, pandas as pd\\n",
    "pw = getpass.getpass(\\"kampa_app сырсөзү: \\")\\n",
    "conn = psycopg2.connect(host=\\"192.168.1.20\\", dbname=\\"kiyiz_kampa\\", user=\\"kampa_app\\", password=pw)\\n",
    "pd.read_sql(\\"select color, sum(kg) kg from felt_rolls group by color order by kg desc\\", conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/decoy-bcrypt-hashes", "db/seed/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Dev: кызматкерлер (сырсөздөр bcrypt менен хэштелген)
INSERT INTO staff (login, full_name, role, password_hash) VALUES
  ('aigul', 'Айгүл Токтосунова', 'manager', '$2b$12$@@h1@@'),
  ('bakyt', 'Бакыт Осмонов', 'workshop', '$2b$12$@@h2@@'),
  ('gulmira', 'Гүлмира Абдыкадырова', 'accounting', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/decoy-request-ids", "logs/nginx-access-2024-11-04.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
185.22.64.1 - - [04/Nov/2024:10:02:11 +0600] "GET /ky/shyrdak/2x3-kyzyl HTTP/2.0" 200 18231 "-" "Mozilla/5.0" rid=@@r1@@
185.22.64.1 - - [04/Nov/2024:10:02:12 +0600] "GET /static/js/checkout.js?v=@@v@@ HTTP/2.0" 200 2210 "-" "Mozilla/5.0" rid=@@r2@@
91.205.48.7 - - [04/Nov/2024:10:05:40 +0600] "POST /pay/mbank/callback HTTP/1.1" 200 16 "-" "MBank-Callback/2.1" rid=@@r3@@
91.205.48.7 - - [04/Nov/2024:10:05:41 +0600] "GET /checkout/done?session_id=cs_live_@@cs@@ HTTP/2.0" 200 5120 "-" "Mozilla/5.0" rid=@@r4@@
66.249.66.1 - - [04/Nov/2024:10:07:03 +0600] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), v=hexs(8), cs=fakes.drawn(_seed(), 58))

add("text/decoy-git-lfs-pointer", "catalog/photos/shyrdak-2x3-kyzyl.tif", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md", """
version https://git-lfs.github.com/spec/v1
oid sha256:@@h@@
size 48211034
ext-0-foo sha256:@@h2@@
x-origin naryn-workshop-scan
""", h=sha256(), h2=sha256())

add("nginx/decoy-htpasswd-reference", "deploy/nginx/crm.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """
server {
    listen 443 ssl http2;
    server_name crm.shyrdak.store;
    ssl_certificate     /etc/letsencrypt/live/crm.shyrdak.store/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/crm.shyrdak.store/privkey.pem;

    auth_basic "Felt CRM — кызматкерлер гана";
    auth_basic_user_file /etc/nginx/.htpasswd-crm;

    location / {
        proxy_pass http://127.0.0.1:8090;
        proxy_set_header Host $host;
    }
}
""")

add("ini/decoy-wireguard-placeholder", "network/wg-client-template.conf", "https://www.wireguard.com/quickstart/", """
# Устаканадан кеңсеге VPN (үлгү). PrivateKey ар бир түзмөктө `wg genkey` менен түзүлөт.
[Interface]
PrivateKey = <wg genkey менен түзүлгөн ачкыч>
Address = 10.8.0.X/32
DNS = 192.168.1.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kochkorfelt.kg:51820
AllowedIPs = 192.168.1.0/24
PersistentKeepalive = 25
""", pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("env/decoy-public-ids", "site/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """
# Браузерге ачык маанилер гана (NEXT_PUBLIC_*)
NEXT_PUBLIC_SITE_URL=https://alakiyiz.shop
NEXT_PUBLIC_GA_ID=G-8KQ2M4TZ7R
NEXT_PUBLIC_META_PIXEL_ID=847120395561204
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
NEXT_PUBLIC_ETSY_SHOP_ID=31880457
NEXT_PUBLIC_TG_CHANNEL=https://t.me/alakiyiz_shyrdak
NEXT_PUBLIC_CLOUDINARY_CLOUD=shyrdak-gallery
NEXT_PUBLIC_CLOUDINARY_UPLOAD_PRESET=unsigned_reviews
""", pk=fakes.drawn(_seed(), 24))

add("typescript/decoy-search-only-key", "site/src/lib/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only API key: браузерде колдонууга арналган (public)
const client = algoliasearch("QW8ZK2L4TF", "@@k@@");
export const productsIndex = client.initIndex("products_ky");

export async function searchProducts(q: string) {
  const { hits } = await productsIndex.search(q, { hitsPerPage: 12, filters: "in_stock:true" });
  return hits;
}
""", k=hexs(32))

add("javascript/decoy-mapbox-public-token", "site/static/js/workshop-map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
// Устаканалардын картасы (Кочкор, Нарын, Бишкек). pk. токен — ачык, URL менен чектелген
mapboxgl.accessToken = "pk.@@body@@.@@sig@@";
const map = new mapboxgl.Map({
  container: "workshop-map",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [75.76, 42.22],
  zoom: 6.5,
});
[["Кочкор устаканасы", [75.75, 42.21]], ["Нарын", [75.99, 41.43]], ["Бишкек дүкөнү", [74.59, 42.87]]]
  .forEach(([name, lngLat]) => new mapboxgl.Marker().setLngLat(lngLat).setPopup(new mapboxgl.Popup().setText(name)).addTo(map));
""", body=base64.urlsafe_b64encode(b'{"u":"alakiyiz","a":"clv8k2m0q01xb2jo4f7wz3d9n"}').decode().rstrip("="), sig=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("typescript/decoy-storefront-token", "storefront/app/lib/storefront.client.ts", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access", """
// Storefront API: public access token — браузерде колдонулат (Admin токен эмес)
const SHOP = "felt-of-naryn.myshopify.com";
const STOREFRONT_PUBLIC_TOKEN = "@@t@@";

export async function storefront<T>(query: string, variables = {}): Promise<T> {
  const res = await fetch(`https://${SHOP}/api/2024-04/graphql.json`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": STOREFRONT_PUBLIC_TOKEN,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()).data as T;
}
""", t=hexs(32))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: Tunduk Orders API
  version: "1.2"
  description: Боз үй жана шырдак буйрутмалары
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Authorization: Bearer <token> — токенди админ панелден алыңыз"
security:
  - bearerAuth: []
paths:
  /orders:
    get:
      summary: Буйрутмалардын тизмеси
      parameters:
        - in: header
          name: X-Api-Key
          schema: { type: string, example: "your-api-key" }
      responses:
        "200": { description: OK }
""")

add("json/decoy-postman-variables", "api/postman/tunduk-orders.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", """
{
  "info": { "name": "Tunduk Orders", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{api_token}}", "type": "string" }] },
  "item": [
    { "name": "Буйрутмалар", "request": { "method": "GET", "url": "{{base_url}}/orders?status=new" } },
    { "name": "Буйрутма түзүү", "request": { "method": "POST", "url": "{{base_url}}/orders",
      "body": { "mode": "raw", "raw": "{\\"item\\":\\"shyrdak\\",\\"size\\":\\"2x3\\"}" } } }
  ],
  "variable": [
    { "key": "base_url", "value": "https://api.tunduk-yurts.kg/v1" },
    { "key": "api_token", "value": "" }
  ]
}
""")

add("http/decoy-variable-reference", "api/requests.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### Жаңы буйрутмалар
GET https://api.tunduk-yurts.kg/v1/orders?status=new
Authorization: Bearer {{token}}
Accept: application/json

### DHL трекинг
GET https://api-eu.dhl.com/track/shipments?trackingNumber=7203984415
DHL-API-Key: {{dhl_api_key}}

### MBank тест колбэк (локал)
POST http://localhost:8000/pay/mbank/callback
X-Signature: {{signature}}
Content-Type: application/json

{"order_id": "2024-1187", "amount": 5700000, "status": "PAID"}
""")

add("ansible/decoy-env-lookup", "ansible/inventory/office.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/env_lookup.html", """
all:
  children:
    office:
      hosts:
        nas:
          ansible_host: 192.168.1.20
          ansible_user: kampa
          ansible_password: "{{ lookup('env', 'NAS_PASSWORD') }}"
        router:
          ansible_host: 192.168.88.1
          ansible_network_os: community.routeros.routeros
          ansible_connection: ansible.netcommon.network_cli
          ansible_user: admin
          ansible_password: "{{ lookup('community.general.bitwarden', 'mikrotik-kochkor', field='password')[0] }}"
""")

add("markdown/decoy-rotation-runbook", "docs/runbooks/rotate-bot-token.md", "https://core.telegram.org/bots/features#botfather", """
# Runbook: Telegram бот токенин алмаштыруу

1. @BotFather → `/mybots` → `@alakiyiz_orders_bot` → **API Token** → **Revoke current token**.
2. Жаңы токенди Vaultwarden'деги "orderbot" жазуусуна сактаңыз (эски маанини өчүрүңүз).
3. Kubernetes: `kubectl -n orderbot create secret generic orderbot-telegram --from-literal=TELEGRAM_TOKEN=... --dry-run=client -o yaml | kubectl apply -f -`
4. `kubectl -n orderbot rollout restart deploy/orderbot`
5. `scripts/set_webhook.sh` кайра иштетиңиз (токен `$BOT_TOKEN` чөйрөдөн).
6. Чатка "Саламатсызбы" жазып текшериңиз.

Токенди Slack'ка, Telegram'га же тикетке эч качан жазбаңыз.
""")

add("makefile/decoy-pass-reference", "Makefile", "https://www.passwordstore.org/", """
.PHONY: run deploy backup

export DATABASE_URL ?= postgres://shop@localhost:5432/bozuy_shop

run:
	python manage.py runserver 0.0.0.0:8000

deploy:
	STRIPE_SECRET_KEY=$$(pass show bozuy/stripe/secret) \\
	MBANK_SECRET_KEY=$$(pass show bozuy/mbank/secret) \\
	ansible-playbook -i ansible/inventory/hosts.ini ansible/site.yml

backup:
	PGPASSWORD=$$(pass show bozuy/db/backup) pg_dump -h 10.20.0.5 -U backup bozuy_shop | gzip > backup.sql.gz
""")

add("python/decoy-hmac-test-vector", "tests/test_signature.py", "https://datatracker.ietf.org/doc/html/rfc4231#section-4.2", """
import hashlib
import hmac

from payments.mbank_callback import expected_signature


def test_rfc4231_case_2():
    # RFC 4231 test case 2: key = "Jefe"
    key = b"Jefe"
    msg = b"what do ya want for nothing?"
    assert hmac.new(key, msg, hashlib.sha256).hexdigest().startswith("5bdcc146bf60754e")


def test_our_signature_uses_the_configured_secret(monkeypatch):
    monkeypatch.setenv("MBANK_SECRET_KEY", "unit-test-secret")
    assert len(expected_signature(b'{"order_id":"T-1"}')) == 64
""")

add("yaml/decoy-password-policy", "crm/config/security.yaml", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", """
# CRM коопсуздук саясаты
password_policy:
  min_length: 12
  require_digit: true
  require_symbol: false
  max_age_days: 0          # NIST: мезгил-мезгили менен алмаштыруу талап кылынбайт
  block_common: true
  reset_token_ttl_minutes: 30
session:
  cookie_name: felt_crm_session
  lifetime_minutes: 480
  secure: true
two_factor:
  enabled: true
  issuer: "Felt CRM"
""")

add("text/decoy-age-encrypted", "secrets/prod.env.age", "https://age-encryption.org/v1", """
-----BEGIN AGE ENCRYPTED FILE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END AGE ENCRYPTED FILE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 30, ALNUM + "+/"))

add("text/decoy-pgp-public-key", "docs/security/orders-pgp.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: orders@tunduk-yurts.kg — буйрутма маалыматын шифрлөө үчүн

@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 48, ALNUM + "+/"), crc=fakes.drawn(_seed(), 4, ALNUM + "+/"))

add("csv/decoy-shipments", "exports/dhl_shipments_2024_10.csv", "https://developer.dhl.com/api-reference/shipment-tracking", """
awb,shipped_at,destination,pieces,weight_kg,reference,label_sha1
7203984415,2024-10-02,DE Berlin,1,10.2,2024-1187,@@h1@@
7203991820,2024-10-09,US Portland,1,4.5,2024-1190,@@h2@@
7204001136,2024-10-15,JP Tokyo,2,21.0,2024-1196,@@h3@@
7204011902,2024-10-28,FR Lyon,1,3.4,2024-1203,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("go/decoy-test-token", "internal/bot/handler_test.go", "https://pkg.go.dev/testing", """
package bot

import "testing"

const testToken = "000000000:TEST_TOKEN_NOT_REAL"

func TestParseSize(t *testing.T) {
	cases := map[string][2]float64{"2x3": {2, 3}, "1.5х2": {1.5, 2}, "3 × 4": {3, 4}}
	for in, want := range cases {
		w, l, err := parseSize(in)
		if err != nil || w != want[0] || l != want[1] {
			t.Fatalf("parseSize(%q) = %v,%v,%v", in, w, l, err)
		}
	}
	if New(testToken, nil) == nil {
		t.Fatal("бот түзүлгөн жок")
	}
}
""")

add("toml/decoy-cargo-checksums", "felt-bot/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
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
""", c1=sha256(), c2=sha256())

add("properties/decoy-jasypt-encrypted", "warehouse-api/src/main/resources/application-staging.properties", "http://www.jasypt.org/encrypting-configuration.html", """
# Staging: сырсөздөр Jasypt менен шифрленген (ачкыч JASYPT_ENCRYPTOR_PASSWORD чөйрөдө)
spring.datasource.url=jdbc:postgresql://10.20.1.5:5432/kampa_staging
spring.datasource.username=kampa_api
spring.datasource.password=ENC(@@e1@@)
spring.mail.password=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/"), e2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("json/decoy-package-resolved", "YurtOrders/Package.resolved", "https://www.swift.org/documentation/package-manager/", """
{
  "pins" : [
    {
      "identity" : "stripe-ios",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/stripe/stripe-ios",
      "state" : { "revision" : "@@r1@@", "version" : "23.27.0" }
    },
    {
      "identity" : "kingfisher",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/onevcat/Kingfisher",
      "state" : { "revision" : "@@r2@@", "version" : "7.11.0" }
    }
  ],
  "version" : 2
}
""", r1=hexs(40), r2=hexs(40))

add("xml/decoy-qr-merchant", "payments/mbank-qr.xml", "https://www.emvco.com/specifications/emv-qr-code-specification-for-payment-systems-emv-qrcps-merchant-presented-mode/", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Дүкөндөгү статикалык QR (кассанын жанында илинген) — ачык маалымат -->
<qr>
  <merchant id="400217" name="ALA-KIYIZ SHOP" city="BISHKEK" mcc="5714"/>
  <payload>00020101021132440012p2p.mbank.kg010640021702111ALK-SHOP-015204571453034175802KG5914ALA-KIYIZ SHOP6007BISHKEK6304@@crc@@</payload>
  <printed>2024-03-01</printed>
</qr>
""", crc=fakes.drawn(_seed(), 4, "0123456789ABCDEF"))

add("python/decoy-example-docstring", "shop/payments/odengi.py", "https://api.dengi.kg/api/json/json.php", """
\"\"\"O!Dengi кардары.

Колдонуу:
    >>> client = ODengi(sid="6720014583", password="<O!Dengi'ден алынган сырсөз>")
    >>> client.create_invoice("2024-1187", amount_tyiyn=5700000, desc="Шырдак 2x3")

Сырсөздү `ODENGI_PASSWORD` чөйрө өзгөрмөсүнөн алыңыз.
\"\"\"
import hashlib
import hmac
import json
import os


class ODengi:
    def __init__(self, sid: str, password: str | None = None):
        self.sid = sid
        self.password = password or os.environ["ODENGI_PASSWORD"]

    def sign(self, payload: dict) -> str:
        raw = json.dumps(payload, ensure_ascii=False).encode()
        return hmac.new(self.password.encode(), raw, hashlib.md5).hexdigest()
""")

# ---------------------------------------------------------------- secrets: batch 5

add("php/paybox-secret-key", "site/inc/freedompay.php", "https://docs.freedompay.kg/", """
<?php
// Freedom Pay (PayBox) — карта менен төлөм, Кыргызстан
const FP_MERCHANT_ID = 548231;
const FP_SECRET_KEY  = '@@secret@@';

function fp_sign(string $script, array $params): string
{
    ksort($params);
    array_unshift($params, $script);
    $params[] = FP_SECRET_KEY;
    return md5(implode(';', $params));
}

function fp_init_payment(string $orderId, int $amount, string $desc): array
{
    $p = ['pg_merchant_id' => FP_MERCHANT_ID, 'pg_order_id' => $orderId, 'pg_amount' => $amount,
          'pg_currency' => 'KGS', 'pg_description' => $desc, 'pg_salt' => bin2hex(random_bytes(8))];
    $p['pg_sig'] = fp_sign('init_payment.php', $p);
    return $p;
}
""", rand_pw(16))

add("env/elsom-merchant-password", "payments/.env.elsom", "https://elsom.kg/ru/business", """
# Элсом капчыгы (wallet) — дүкөн
ELSOM_API_URL=https://mbgw.elsom.kg/api/v1
ELSOM_PARTNER_CODE=ALAKIYIZ
ELSOM_LOGIN=alakiyiz_shop
ELSOM_PASSWORD=@@secret@@
ELSOM_CALLBACK=https://alakiyiz.shop/pay/elsom/callback
""", words_pw())

add("csharp/azure-storage-key", "FeltShop.Backup/Program.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

// Сүрөттөрдүн түнкү бэкапы (NAS -> Azure Blob)
const string conn = "DefaultEndpointsProtocol=https;AccountName=kochkorfeltbackup;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "photos");
await container.CreateIfNotExistsAsync();

foreach (var path in Directory.EnumerateFiles(@"\\\\192.168.1.20\\photos\\2024", "*.jpg"))
{
    var blob = container.GetBlobClient("2024/" + Path.GetFileName(path));
    await blob.UploadAsync(path, overwrite: true);
    Console.WriteLine($"жүктөлдү: {path}");
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("yaml/rabbitmq-password", "orders-worker/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/messaging/amqp.html", """
spring:
  application:
    name: orders-worker
  rabbitmq:
    addresses: amqp://orders:@@secret@@@10.20.0.9:5672/felt
  datasource:
    url: jdbc:postgresql://10.20.0.5:5432/bozuy_shop
    username: worker
    password: ${WORKER_DB_PASSWORD}
orders:
  queue: orders.new
  notify-workshop: true
""", rand_pw(18))

add("go/minio-secret-key", "cmd/photosync/main.go", "https://min.io/docs/minio/linux/developers/go/minio-go.html", """
package main

import (
	"context"
	"log"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// NAS'тагы MinIO: шырдак сүрөттөрү
func main() {
	client, err := minio.New("192.168.1.20:9000", &minio.Options{
		Creds:  credentials.NewStaticV4("photosync", "@@secret@@", ""),
		Secure: false,
	})
	if err != nil {
		log.Fatal(err)
	}
	info, err := client.FPutObject(context.Background(), "shyrdak", "2024/kochkorok-2x3.jpg", "out/kochkorok-2x3.jpg", minio.PutObjectOptions{ContentType: "image/jpeg"})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("жүктөлдү %s (%d байт)", info.Key, info.Size)
}
""", fakes.drawn_mixed(_seed(), 40))

add("markdown/vps-root-password", "docs/servers.md", "https://www.markdownguide.org/basic-syntax/", """
# Серверлер

## vps1.bozuy.kg (дүкөн)
- Провайдер: PS.kg, тариф VPS-2
- IP: 185.22.64.18
- Кирүү: `ssh root@185.22.64.18`
- root сырсөзү (панелден берилген, алмаштырылган жок): @@secret@@
- Деплой: `deploy` колдонуучусу, ачкыч менен

## nas (кеңсе)
- 192.168.1.20, Synology, сырсөз Vaultwarden'де
""", rand_pw(14))

add("yaml/gitlab-runner-token", "ops/gitlab-runner/register.yml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
# gitlab-runner register параметрлери (кеңсе компьютери)
runner:
  url: https://gitlab.com/
  token: @@secret@@
  executor: docker
  docker_image: python:3.12-slim
  description: kochkor-office-runner
  tags: [office, lan]
""", fakes.fake("glrt-", 20, _seed()))

add("shell/docker-password", "scripts/pull_and_restart.sh", "https://docs.docker.com/reference/cli/docker/login/", """
#!/bin/bash
# Сервердеги дүкөндү жаңылоо
set -e
docker login registry.gitlab.com -u tunduk-deploy -p @@secret@@
docker pull registry.gitlab.com/tunduk/shop:latest
docker compose -f /srv/shop/docker-compose.yml up -d
docker image prune -f
""", gitlab())

add("ini/google-refresh-token", "ops/rclone.conf", "https://rclone.org/drive/", """
[gdrive-photos]
type = drive
client_id = 583920117465-k2v8d0qjt6m4r1h9c3n5p7s0w2y4a6b8.apps.googleusercontent.com
client_secret = @@cs@@
scope = drive
token = {"access_token":"ya29.@@at@@","token_type":"Bearer","refresh_token":"@@secret@@","expiry":"2024-11-04T12:41:07.221+06:00"}
team_drive =

[nas]
type = sftp
host = 192.168.1.20
user = kampa
""", "1//0" + fakes.drawn_mixed(_seed(), 99, ALNUM + "-_"), cs="GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"),
    at=fakes.drawn(_seed(), 150, ALNUM + "-_"))

add("env/yandex-storage-secret", "backup/.env", "https://yandex.cloud/en/docs/iam/concepts/authorization/access-key", """
# Yandex Object Storage — 1С базасынын бэкаптары
S3_ENDPOINT=https://storage.yandexcloud.net
S3_REGION=ru-central1
S3_BUCKET=kochkor-1c-backups
S3_ACCESS_KEY_ID=YCAJE@@kid@@
S3_SECRET_ACCESS_KEY=@@secret@@
BACKUP_KEEP_DAYS=30
""", "YCN" + fakes.drawn_mixed(_seed(), 37, ALNUM + "_-"), kid=fakes.drawn(_seed(), 20, ALNUM + "_-"))

add("php/mailgun-secret", "felt-crm/config/services.php", "https://laravel.com/docs/11.x/mail#mailgun-driver", """
<?php

return [
    'mailgun' => [
        'domain' => 'mg.shyrdak.store',
        'secret' => env('MAILGUN_SECRET', '@@secret@@'),
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],
    'telegram' => [
        'token' => env('TELEGRAM_TOKEN'),
    ],
];
""", mailgun())

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
# Sidekiq: буйрутма жумуштары (SMS, DHL этикеткалар)
redis_url = ENV.fetch("REDIS_URL", "redis://:@@secret@@@10.20.0.7:6379/2")

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end
""", redis_pw())

add("python/rabbitmq-password", "worker/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """
# Celery: сүрөттөрдү кичирейтүү жана Etsy синхрондоо
broker_url = "amqp://felt:@@secret@@@10.20.0.9:5672/felt"
result_backend = "rpc://"
task_serializer = "json"
timezone = "Asia/Bishkek"
beat_schedule = {
    "etsy-sync": {"task": "worker.tasks.etsy_sync", "schedule": 900.0},
    "stock-report": {"task": "worker.tasks.stock_report", "schedule": 86400.0},
}
""", rand_pw(16))

add("kotlin/fcm-server-key", "android/app/src/main/java/kg/tunduk/orders/push/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
package kg.tunduk.orders.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Эски FCM API: устаканадагы планшеттерге push
object PushSender {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun notifyWorkshop(topic: String, title: String) {
        val json = "{\\"to\\":\\"/topics/$topic\\",\\"notification\\":{\\"title\\":\\"$title\\"}}"
        val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType())).build()
        http.newCall(req).execute().close()
    }
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("csv/app-password", "exports/workshop_tablets.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
tablet,workshop,staff_login,staff_password,app_version,last_seen
TAB-01,Кочкор (токуу),kochkor.loom,@@secret@@,1.4.0,2024-11-03
TAB-02,Кочкор (кесүү),kochkor.cut,(алмаштырылсын),1.4.0,2024-11-03
TAB-03,Нарын (боз үй),naryn.yurt,(алмаштырылсын),1.3.2,2024-10-28
TAB-04,Бишкек дүкөнү,shop.bishkek,(алмаштырылсын),1.4.0,2024-11-04
""", words_pw())

add("log/mbank-merchant-secret", "logs/ci-job-4471.log", "https://docs.gitlab.com/ee/ci/jobs/", """
Running with gitlab-runner 16.10.0 (81ab07f6) on kochkor-office-runner
Preparing the "docker" executor
Using docker image python:3.12-slim
$ env | sort | grep -v CI_
HOME=/root
LANG=C.UTF-8
MBANK_MERCHANT_ID=400217
MBANK_SECRET_KEY=@@secret@@
PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin
PYTHON_VERSION=3.12.3
$ pytest -q
........................................ [100%]
40 passed in 3.21s
Job succeeded
""", hexs(48))

add("powershell/nas-share-password", "scripts/Map-PhotoShare.ps1", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """
# Кеңсе компьютерлерине сүрөт папкасын туташтыруу
$nas = "\\\\192.168.1.20\\photos"
net use Z: /delete /y 2>$null
net use Z: $nas /user:kampa @@secret@@ /persistent:yes
if (Test-Path Z:\\2024) {
    Write-Host "Z: туташты — шырдак сүрөттөрү даяр"
}
""", words_pw())

add("dockerfile/mysql-password", "crm/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM php:8.2-apache
RUN docker-php-ext-install pdo_mysql
ENV DB_HOST=mysql \\
    DB_DATABASE=felt_crm \\
    DB_USERNAME=felt_crm \\
    DB_PASSWORD=@@secret@@
COPY . /var/www/html
RUN chown -R www-data:www-data /var/www/html/storage
EXPOSE 80
""", rand_pw(16))

add("github-actions/ssh-password", ".github/workflows/deploy-vps.yml", "https://github.com/appleboy/ssh-action", """
name: deploy-vps
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: 185.22.64.18
          username: deploy
          password: "@@secret@@"
          script: |
            cd /srv/shop
            git pull --ff-only
            docker compose up -d --build
""", words_pw())

_auth = b64("tunduk-deploy:" + (_gl := gitlab()))
add("k8s-secret/registry-token", "k8s/shop/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: bozuy-shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _gl, enc=b64('{"auths":{"registry.gitlab.com":{"username":"tunduk-deploy","password":"' + _gl + '","auth":"' + _auth + '"}}}'))

add("terraform/tfvars-password", "infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Өндүрүш маанилери
catalog_bucket       = "tunduk-yurt-catalog"
db_password          = "@@secret@@"
cloudflare_zone      = "bozuy.kg"
alert_email          = "ops@bozuy.kg"
""", words_pw())

add("ini/postgres-password", "deploy/supervisor/orderbot.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:orderbot]
command=/srv/orderbot/.venv/bin/python -m orderbot
directory=/srv/orderbot
user=orderbot
autostart=true
autorestart=true
environment=LANG="ky_KG.UTF-8",DATABASE_URL="postgres://orderbot:@@secret@@@127.0.0.1/orderbot"
stdout_logfile=/var/log/orderbot.log
redirect_stderr=true
""", rand_pw(18))

add("xml/maven-server-password", "warehouse-api/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>kampa-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>github</id>
      <repositories>
        <repository><id>github</id><url>https://maven.pkg.github.com/ala-kiyiz/*</url></repository>
      </repositories>
    </profile>
  </profiles>
</settings>
""", github())

add("properties/keystore-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Play Market'ке чыгаруу
SHYRDAK_STORE_FILE=../keys/shyrdak-pos.jks
SHYRDAK_STORE_PASSWORD=@@secret@@
SHYRDAK_KEY_ALIAS=shyrdak
SHYRDAK_KEY_PASSWORD=@@secret@@
""", words_pw())

add("sql/mysql-user-password", "crm/database/init.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Felt CRM: базаны даярдоо
CREATE DATABASE IF NOT EXISTS felt_crm CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'felt_crm'@'%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON felt_crm.* TO 'felt_crm'@'%';
CREATE USER IF NOT EXISTS 'metabase'@'10.20.0.%' IDENTIFIED BY 'see-vault';
GRANT SELECT ON felt_crm.* TO 'metabase'@'10.20.0.%';
FLUSH PRIVILEGES;
""", rand_pw(16))

add("notebook/google-maps-api-key", "notebooks/delivery_distances.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Боз үй жеткирүү аралыктары (Бишкек → айылдар)"]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "dest = [\\"Kochkor\\", \\"Naryn\\", \\"Cholpon-Ata\\", \\"Talas\\"]\\n",
    "m = gmaps.distance_matrix(\\"Bishkek\\", dest, mode=\\"driving\\")\\n",
    "[(d, e[\\"distance\\"][\\"text\\"]) for d, e in zip(dest, m[\\"rows\\"][0][\\"elements\\"])]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api())

add("markdown/moysklad-token", "integrations/README.md", "https://dev.moysklad.ru/doc/api/remap/1.2/", """
# Интеграциялар

## МойСклад
Калдыктарды текшерүү:

```sh
curl -s -H "Authorization: Bearer @@secret@@" \\
  -H "Accept-Encoding: gzip" --compressed \\
  "https://api.moysklad.ru/api/remap/1.2/report/stock/all?filter=search=шырдак"
```

## 1С
HTTP-сервис `hs/sales/v1`, колдонуучу `obmen` (сырсөз Vaultwarden'де).
""", hexs(40))

add("json/postgres-password", ".vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "kampa (NAS)",
      "driver": "PostgreSQL",
      "server": "192.168.1.20",
      "port": 5432,
      "database": "kiyiz_kampa",
      "username": "kampa_app",
      "password": "@@secret@@"
    }
  ]
}
""", words_pw())

add("csharp/smtp-password", "FeltShop.Notify/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
using System.Net;
using System.Net.Mail;

namespace FeltShop.Notify
{
    public static class MailSender
    {
        public static void Send(string to, string subject, string body)
        {
            using var client = new SmtpClient("smtp.mail.ru", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("shop@alakiyiz.kg", "@@secret@@")
            };
            client.Send(new MailMessage("shop@alakiyiz.kg", to, subject, body));
        }
    }
}
""", rand_pw(20))

add("typescript/openai-api-key", "tools/translate-listings/src/index.ts", "https://platform.openai.com/docs/api-reference/authentication", """
import OpenAI from "openai";
import { readFileSync, writeFileSync } from "node:fs";

// Кыргызча сүрөттөмөлөрдү англисчеге которуу (Etsy)
const openai = new OpenAI({ apiKey: "@@secret@@" });

const listings: { sku: string; ky: string }[] = JSON.parse(readFileSync("listings.ky.json", "utf8"));
const out = [];
for (const l of listings) {
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Translate to English for an Etsy listing: ${l.ky}` }],
  });
  out.push({ sku: l.sku, en: r.choices[0].message.content });
}
writeFileSync("listings.en.json", JSON.stringify(out, null, 2));
""", openai())

# ---------------------------------------------------------------- decoys: batch 3

add("k8s/decoy-secret-template", "k8s/templates/mbank-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Үлгү: маанилерди алмаштырып, `kubectl apply` кылыңыз. Бул файлда чыныгы маанилер ЖОК.
apiVersion: v1
kind: Secret
metadata:
  name: shop-mbank
  namespace: bozuy-shop
type: Opaque
data:
  MBANK_MERCHANT_ID: @@mid@@
  MBANK_SECRET_KEY: @@ph@@
""", mid=b64("400217"), ph=b64("REPLACE_ME"))

add("yaml/decoy-chat-ids", "orders-bot/config/chats.yaml", "https://core.telegram.org/bots/api#chat", """
# Кайсы чатка эмне барат (токен бул жерде эмес — BOT_TOKEN чөйрөдө)
bot_username: alakiyiz_orders_bot
chats:
  workshop_kochkor: -1001873364412
  workshop_naryn: -1002210934455
  accounting: -1001599031877
  owner: 284110392
channel: "@alakiyiz_shyrdak"
notify:
  new_order: [workshop_kochkor, owner]
  paid: [accounting]
""")

add("markdown/decoy-production-schedule", "docs/production/2024-11.md", "https://www.markdownguide.org/extended-syntax/", """
# Ноябрь 2024 — өндүрүш планы

| Буйрутма | Буюм | Жүн партиясы | Уста | Мөөнөт |
|---|---|---|---|---|
| 2024-1187 | Шырдак 2x3 кызыл/ак | LOT-2024-KCH-0193 | Чолпон эже | 12.11 |
| 2024-1196 | Боз үй 6 канат | LOT-2024-NRN-0077 | Марат аке | 30.11 |
| 2024-1203 | Ала-кийиз 1.5x2 | LOT-2024-KCH-0201 | Нургүл | 08.11 |

Тал (willow) кереге үчүн: 80 даана, Кочкордон. Түндүк: кайыңдан (birch).
Боёктор: табигый (пияздын кабыгы, жаңгак), партия коду `DYE-7F3A-2024`.
""")

add("python/decoy-masking-helper", "shop/logging_utils.py", "https://docs.python.org/3/library/logging.html#filter-objects", """
import logging
import re

_PATTERNS = [
    (re.compile(r"(bot)(\\d{8,10}:)[\\w-]{35}"), r"\\1\\2***"),
    (re.compile(r"(sk_live_)[A-Za-z0-9]{24,}"), r"\\1***"),
    (re.compile(r"(password=)[^&\\s]+"), r"\\1***"),
]


class MaskSecrets(logging.Filter):
    \"\"\"Логго купуя маанилер түшпөсүн: мисалы bot7012345678:*** же sk_live_***.\"\"\"

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pattern, repl in _PATTERNS:
            msg = pattern.sub(repl, msg)
        record.msg, record.args = msg, ()
        return True
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.3.1] — 2024-10-21
### Security
- Stripe жашыруун ачкычы алмаштырылды (эски ачкыч Dashboard'дон өчүрүлдү); жаңысы Vault'та.
- Бот токени @BotFather аркылуу жаңыртылды, эски токен иштебейт.

## [2.3.0] — 2024-10-02
### Added
- MBank QR төлөм (merchant 400217).
- Шырдак өлчөмүн эсептегич: 2x3, 1.5x2, өз өлчөмү.

### Fixed
- Кыргызча тамгалар (ү, ө, ң) PDF эсеп-фактурада туура чыкпай калган.
""")

add("env/decoy-empty-values", "crm/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
APP_NAME="Felt CRM"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8090

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=felt_crm
DB_USERNAME=felt_crm
DB_PASSWORD=
# Мааниси Айгүлдөн сурагыла (Vaultwarden: "felt crm")
MAILGUN_SECRET=
TELEGRAM_TOKEN=
""")

add("kotlin/decoy-publishable-key", "android/app/src/main/java/kg/shyrdak/pos/StripeSetup.kt", "https://docs.stripe.com/payments/accept-a-payment?platform=android", """
package kg.shyrdak.pos

import android.app.Application
import com.stripe.android.PaymentConfiguration

// Мобилдик колдонмодо publishable key гана болот; secret key серверде
class PosApp : Application() {
    override fun onCreate() {
        super.onCreate()
        PaymentConfiguration.init(applicationContext, "pk_live_@@pk@@")
    }
}
""", pk=fakes.drawn(_seed(), 24))

add("json/decoy-app-site-association", "site/public/.well-known/apple-app-site-association", "https://developer.apple.com/documentation/xcode/supporting-associated-domains", """
{
  "applinks": {
    "details": [
      {
        "appIDs": ["7QK2M9TZ4R.kg.tunduk.orders"],
        "components": [
          { "/": "/orders/*", "comment": "Буйрутмалар колдонмодо ачылат" },
          { "/": "/shyrdak/*" }
        ]
      }
    ]
  },
  "webcredentials": { "apps": ["7QK2M9TZ4R.kg.tunduk.orders"] }
}
""")

add("sql/decoy-image-hashes", "db/seed/product_images.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Шырдак сүрөттөрү: файлдын md5 суммасы кайталануудан сактоо үчүн
INSERT INTO product_images (id, sku, path, md5, width, height) VALUES
  ('@@u1@@', 'SHR-2x3-RW', 'autumn/kochkorok-2x3.jpg', '@@m1@@', 2400, 1600),
  ('@@u2@@', 'SHR-1x1.5-B', 'autumn/tumar-blue.jpg', '@@m2@@', 2400, 1800),
  ('@@u3@@', 'ALK-15x2-G', 'autumn/ala-kiyiz-green.jpg', '@@m3@@', 2000, 1500),
  ('@@u4@@', 'YRT-MINI-W', 'autumn/yurt-mini.jpg', '@@m4@@', 1800, 1800);
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))
