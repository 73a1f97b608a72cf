"""Blind set IJ: ice rinks and curling clubs (a Ukrainian-run rink, a third of its pages in Ukrainian).

Booking and membership sites, ticketing and payments (Stripe, LiqPay, Monobank, Square), ice plant
and resurfacer telemetry, scoreboards, cameras and door controllers, league results, CI, containers,
infrastructure, notebooks, runbooks, SQL, CSV exports and logs, with their decoys.
Generated fakes only (seeds 3410000-3419999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3410000, 3419999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Puck", "Stone", "Sheet", "Button", "Hammer", "Zamboni", "Blade", "Glacier", "Frost", "Rink",
         "Broom", "Hack", "Skip", "Dnipro", "Karpaty", "Polar", "Slider", "Pebble", "Boreal", "Kalyna"]
LOWER = ["pebble", "hogline", "tee", "broom", "skate", "frost", "brine", "glycol", "hack", "sweep",
         "sheet", "lantern", "walnut", "ember", "viburnum", "steppe"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def liqpay_private() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def liqpay_public() -> str:
    return "i" + "".join(_rng().choice(string.digits) for _ in range(11))


def mono_token() -> str:
    r = _rng()
    return "u" + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def viber_token() -> str:
    r = _rng()
    return "-".join("".join(r.choice(HEX) for _ in range(16)) for _ in range(3))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1IjoibGVkb3ZhLWFyZW5hIiwiYSI6Im" + "".join(r.choice(ALNUM) for _ in range(24)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def mapbox_public() -> str:
    r = _rng()
    return "pk.eyJ1IjoibGVkb3ZhLWFyZW5hIiwiYSI6Im" + "".join(r.choice(ALNUM) for _ in range(24)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    r = _rng()
    payload = b64('{"sub":"rink-kiosk","iss":"ledova-arena","iat":1733472000}').rstrip("=")
    return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload.replace("+", "-").replace("/", "_") + "."
            + "".join(r.choice(ALNUM + "_-") for _ in range(43)))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


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
    CASES.append(LabelledCase(f"blind-ij/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe-secret-key", "booking-site/.env", "https://docs.stripe.com/keys", """
# Сайт бронювання Льодової арени — продакшн
APP_ENV=production
APP_URL=https://book.ledova-arena.com.ua
DATABASE_URL=postgres://booking@db.internal:5432/booking
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=uah
PUBLIC_SKATE_CAPACITY=180
""", secret=stripe_key(), pk=fakes.fake("", 24, _seed()))

add("python/liqpay-private-key", "payments/liqpay_client.py", "https://www.liqpay.ua/en/documentation/api/aquiring/checkout/doc", """
\"\"\"Оплата абонементів через LiqPay (Checkout API).\"\"\"
import base64
import hashlib
import json

LIQPAY_PUBLIC_KEY = "@@pub@@"
LIQPAY_PRIVATE_KEY = "@@secret@@"


def checkout_form(order_id: str, amount: float, description: str) -> dict:
    params = {
        "version": 3,
        "public_key": LIQPAY_PUBLIC_KEY,
        "action": "pay",
        "amount": amount,
        "currency": "UAH",
        "description": description,
        "order_id": order_id,
        "result_url": "https://ledova-arena.com.ua/dyakuyemo",
    }
    data = base64.b64encode(json.dumps(params).encode()).decode()
    sign = base64.b64encode(hashlib.sha1((LIQPAY_PRIVATE_KEY + data + LIQPAY_PRIVATE_KEY).encode()).digest()).decode()
    return {"data": data, "signature": sign}
""", secret=liqpay_private(), pub=liqpay_public())

add("yaml/monobank-token", "config/acquiring.yml", "https://api.monobank.ua/docs/acquiring.html", """
# Еквайринг Monobank для каси ковзанки
monobank:
  api_base: https://api.monobank.ua/api/merchant
  x_token: @@secret@@
  redirect_url: https://ledova-arena.com.ua/oplata/gotovo
  webhook_url: https://ledova-arena.com.ua/api/mono/webhook
  ccy: 980
  validity_seconds: 3600
  destination: "Оплата за прокат ковзанів"
""", secret=mono_token())

add("php/nova-poshta-api-key", "shop/src/Shipping/NovaPoshta.php", "https://developers.novaposhta.ua/documentation", """
<?php
// Доставка ковзанів і щіток з інтернет-магазину клубу
namespace Rink\\Shop\\Shipping;

final class NovaPoshta
{
    private const ENDPOINT = 'https://api.novaposhta.ua/v2.0/json/';
    private const API_KEY = '@@secret@@';

    public function findWarehouses(string $cityRef): array
    {
        $payload = [
            'apiKey' => self::API_KEY,
            'modelName' => 'Address',
            'calledMethod' => 'getWarehouses',
            'methodProperties' => ['CityRef' => $cityRef, 'Limit' => '50'],
        ];
        $ch = curl_init(self::ENDPOINT);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode($body, true)['data'] ?? [];
    }
}
""", secret=hexs(32))

add("compose/postgres-password", "deploy/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: curling_league
      POSTGRES_USER: league
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://league@db:5432/curling_league
    ports:
      - "8000:8000"
volumes:
  pgdata: {}
""", secret=words_pw())

add("shell/camera-password", "ops/snapshot_cameras.sh", "https://www.hikvision.com/en/support/", """
#!/usr/bin/env bash
# Кадр з кожної камери раз на 5 хвилин для сторінки «Стан льоду».
set -euo pipefail
OUT=/var/www/icecam
for cam in 10.20.4.11 10.20.4.12 10.20.4.13; do
  ffmpeg -loglevel error -rtsp_transport tcp \\
    -i "rtsp://admin:@@secret@@@${cam}:554/Streaming/Channels/101" \\
    -frames:v 1 -y "$OUT/${cam##*.}.jpg"
done
""", secret=rand_pw(12))

add("json/sendgrid-api-key", "newsletter/appsettings.Production.json", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Newsletter": {
    "FromAddress": "news@granitecurling.ca",
    "FromName": "Granite Curling Club",
    "SendGridApiKey": "@@secret@@",
    "UnsubscribeGroupId": 21844
  },
  "AllowedHosts": "*"
}
""", secret=sendgrid_key())

add("python/telegram-bot-token", "bots/ice_status_bot.py", "https://core.telegram.org/bots/api", """
# Бот повідомляє про стан льоду і заливку
import os
import requests

TOKEN = "@@secret@@"
CHAT_ID = os.environ.get("ICE_CHAT_ID", "-1001873340021")
API = f"https://api.telegram.org/bot{TOKEN}"


def announce(text: str) -> None:
    requests.post(f"{API}/sendMessage", json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}, timeout=10)


if __name__ == "__main__":
    announce("🧊 Заливка льоду о 14:30, громадське катання з 15:00")
""", secret=fakes.telegram_token(_seed()))

add("k8s-secret/mysql-password", "k8s/booking-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: rink
type: Opaque
data:
  MYSQL_USER: @@user@@
  MYSQL_PASSWORD: @@pw@@
  MYSQL_DATABASE: @@db@@
""", secret=(_K8S_PW := words_pw()), user=b64("booking"), pw=b64(_K8S_PW), db=b64("rink_booking"))

add("terraform/aws-secret-key", "infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Бакет для кадрів з камер над льодом
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "icecam" {
  bucket = "ledova-arena-icecam"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://pypi.org/help/#apitoken", """
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("ini/smtp-password", "club-site/config/mail.ini", "https://docs.python.org/3/library/smtplib.html", """
[smtp]
host = mail.thistlecurling.org
port = 587
starttls = true
username = draws@thistlecurling.org
password = @@secret@@

[messages]
from = Thistle Curling Club <draws@thistlecurling.org>
reply_to = office@thistlecurling.org
""", secret=words_pw())

add("go/redis-password", "scoreboard/cmd/relay/main.go", "https://redis.io/docs/latest/develop/clients/go/", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// relay pushes end-by-end scores from the sheet tablets to the lobby screens.
func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.20.1.7:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	ctx := context.Background()
	sub := rdb.Subscribe(ctx, "sheet:*:score")
	for msg := range sub.Channel() {
		log.Printf("%s -> %s", msg.Channel, msg.Payload)
		rdb.Publish(ctx, "lobby:scores", msg.Payload)
	}
}
""", secret=fakes.redis_password(_seed()))

add("markdown/wifi-and-admin-passwords", "docs/handover/nichna-zmina.md", "https://help.ui.com/hc/en-us", """
# Передача нічної зміни — Льодова арена

## Що перевірити
1. Температура розсолу на подачі: -9…-11 °C (екран CIMCO у машинній).
2. Льодозаливальна машина заряджена, рівень води в баку.
3. Двері аварійного виходу зачинені.

## Доступи (тимчасово, поки не переїдемо в менеджер паролів)
- Контролер UniFi: https://10.20.0.2:8443, користувач `ops`, пароль `@@secret@@`
- Гостьовий Wi-Fi «Arena-Guest» змінюється щопонеділка, дивись дошку в касі.

## Контакти
- Черговий механік: +380 67 000 12 34
- Адміністратор: Оксана
""", secret=words_pw())

add("typescript/square-access-token", "pos/src/square.ts", "https://developer.squareup.com/docs/build-basics/access-tokens", """
import { Client, Environment } from "square";

// Concession stand POS: hot chocolate, skate sharpening, puck sales.
export const square = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

export async function chargeSharpening(sourceId: string, idempotencyKey: string) {
  return square.paymentsApi.createPayment({
    sourceId,
    idempotencyKey,
    amountMoney: { amount: BigInt(1200), currency: "CAD" },
    locationId: "L8R4Y2ZQ1M7NK",
    note: "Skate sharpening",
  });
}
""", secret=square_token())

add("dockerfile/github-token", "scoreboard/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
ENV GH_TOKEN=@@secret@@
RUN pip install --no-cache-dir "git+https://${GH_TOKEN}@github.com/boreal-curling/endscore.git@v2.3.1"
COPY . .
CMD ["python", "-m", "scoreboard.server", "--port", "8080"]
""", secret=fakes.github_token(_seed()))

add("java/ldap-bind-password", "members/src/main/java/ca/granitecc/members/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/", """
package ca.granitecc.members;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc1.granitecc.local:636");
        source.setBase("dc=granitecc,dc=local");
        source.setUserDn("cn=svc-members,ou=Service,dc=granitecc,dc=local");
        source.setPassword("@@secret@@");
        return source;
    }

    @Bean
    public LdapTemplate ldapTemplate(LdapContextSource source) {
        return new LdapTemplate(source);
    }
}
""", secret=words_pw())

add("yaml/twilio-auth-token", "notify/config/production.yaml", "https://www.twilio.com/docs/iam/api-keys", """
# SMS reminders for learn-to-curl and league draws
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+14165550143"
  quiet_hours:
    start: "22:00"
    end: "07:30"
reminders:
  hours_before_draw: 3
""", secret=hexs(32), sid=twilio_sid())

add("csharp/sql-connection-password", "RinkKiosk/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kiosk"
         connectionString="Server=10.20.1.5,1433;Database=RinkKiosk;User Id=kiosk_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SkateRentalSizes" value="28-48" />
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
  </appSettings>
</configuration>
""", secret=rand_pw(16))

add("ruby/slack-webhook", "lib/tasks/ice_report.rake", "https://api.slack.com/messaging/webhooks", """
require "net/http"
require "json"

namespace :ice do
  desc "Post the morning ice report to #ice-crew"
  task report: :environment do
    webhook = URI("@@secret@@")
    reading = IcePlant::Reading.latest
    text = "Brine supply #{reading.brine_supply_c} C, return #{reading.brine_return_c} C, " \\
           "slab #{reading.slab_c} C, humidity #{reading.humidity}%"
    Net::HTTP.post(webhook, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
""", secret=slack_webhook())

add("kotlin/viber-bot-token", "app/src/main/kotlin/ua/ledova/bot/ViberNotifier.kt", "https://developers.viber.com/docs/api/rest-bot-api/", '''
package ua.ledova.bot

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

// Розсилка у Viber про зміни в розкладі масового катання
object ViberNotifier {
    private const val AUTH_TOKEN = "@@secret@@"
    private val client = OkHttpClient()

    fun broadcast(text: String, receivers: List<String>) {
        val body = JSONObject(mapOf(
            "sender" to mapOf("name" to "Льодова арена"),
            "type" to "text",
            "text" to text,
            "broadcast_list" to receivers,
        )).toString()
        val request = Request.Builder()
            .url("https://chatapi.viber.com/pa/broadcast_message")
            .header("X-Viber-Auth-Token", AUTH_TOKEN)
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { }
    }
}
''', secret=viber_token())

add("properties/datasource-password", "league/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Curling league standings service
server.port=8081
spring.datasource.url=jdbc:postgresql://pg.boreal.internal:5432/league
spring.datasource.username=league_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
league.season=2026-27
league.sheets=6
""", secret=rand_pw(18))

add("python/mailchimp-api-key", "scripts/sync_members_to_mailchimp.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import csv
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@dc@@"})

LIST_ID = "5b7e21c9d0"

with open("exports/members_2026.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        client.lists.set_list_member(LIST_ID, row["email"].lower(), {
            "email_address": row["email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": row["first"], "LNAME": row["last"], "LEAGUE": row["league"]},
        })
""", secret=(_MC := mailchimp_key()), dc=_MC.rsplit("-", 1)[1])

add("shell/ftp-password", "ops/upload_results.sh", "https://curl.se/docs/manpage.html", """
#!/bin/sh
# Nightly: push bonspiel results HTML to the old club host
RESULTS=/srv/bonspiel/out
curl -s -T "$RESULTS/draws.html" --user clubweb:@@secret@@ ftp://ftp.maplecurling.ca/public_html/bonspiel/
curl -s -T "$RESULTS/standings.html" --user clubweb:@@secret@@ ftp://ftp.maplecurling.ca/public_html/bonspiel/
echo "uploaded $(date)"
""", secret=words_pw())

add("yaml/ice-plant-modbus-password", "plant/telemetry.yaml", "https://www.danfoss.com/en/products/dcs/electronic-controls/", """
# Збір телеметрії холодильної установки (аміак, розсіл)
plant:
  controller:
    host: 10.20.3.10
    protocol: modbus-tcp
    unit_id: 1
  web_ui:
    url: http://10.20.3.10/
    user: service
    password: "@@secret@@"
  poll_seconds: 15
  points:
    brine_supply_c: 40001
    brine_return_c: 40002
    compressor_1_amps: 40010
    ammonia_leak_ppm: 40020
""", secret=rand_pw(14, "!#"))

add("json/firebase-service-account", "mobile/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup", """
{
  "type": "service_account",
  "project_id": "rink-app-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9q@rink-app-prod.iam.gserviceaccount.com",
  "client_id": "104838271926641207713",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=(pem("").replace("  PRIVATE", " PRIVATE") + "\n").replace("\n", "\\n"), kid=hexs(40))

add("go/stripe-webhook-secret", "payments/webhook.go", "https://docs.stripe.com/webhooks#verify-official-libraries", """
package payments

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v78/webhook"
)

const endpointSecret = "@@secret@@"

func HandleStripe(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	if event.Type == "checkout.session.completed" {
		// mark the ice rental as paid
	}
	w.WriteHeader(http.StatusOK)
}
""", secret=stripe_whsec())

add("powershell/door-controller-password", "scripts/Sync-DoorAccess.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Синхронізація брелоків абонементників з базою клубу на контролер вхідних дверей
$controller = "https://10.20.5.4"
$user = "admin"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$members = Invoke-Sqlcmd -ServerInstance "CLUBSQL01" -Database Members -Query "SELECT FobId, Name FROM ActiveMembers"
foreach ($m in $members) {
    Invoke-RestMethod -Uri "$controller/api/cards" -Method Post -Credential $cred -SkipCertificateCheck `
        -Body (@{ card = $m.FobId; name = $m.Name; group = "members" } | ConvertTo-Json)
}
""", secret=words_pw())

add("notebook/openai-api-key", "analytics/notebooks/bonspiel_recap.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Bonspiel recap drafts\\n", "Summaries of each draw for the newsletter."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "import pandas as pd\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "games = pd.read_csv('draw_results.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=openai_key())

add("rust/scoreboard-api-token", "lobby-display/src/config.rs", "https://docs.rs/reqwest/latest/reqwest/", """
use std::time::Duration;

/// Налаштування екрана у фоє, що дублює табло арени.
pub struct Config {
    pub scoreboard_url: &'static str,
    pub api_token: &'static str,
    pub refresh: Duration,
}

pub const CONFIG: Config = Config {
    scoreboard_url: "http://10.20.6.2:8080/api/v1/game",
    api_token: "@@secret@@",
    refresh: Duration::from_millis(750),
};
""", secret=rand_pw(32))

add("ansible/mysql-root-password", "ansible/group_vars/rinkdb.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
# База бронювань і каси Льодової арени
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: rink_booking
  - name: rink_pos
mysql_users:
  - name: booking
    host: "10.20.1.%"
    priv: "rink_booking.*:ALL"
mysql_bind_address: 0.0.0.0
""", secret=words_pw())

add("sql/app-user-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Read-only role for the season dashboard (Metabase)
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE curling_league TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", secret=rand_pw(20))

add("xml/maven-repo-password", "league/.mvn/settings.xml", "https://maven.apache.org/settings.html", """
<settings>
  <servers>
    <server>
      <id>club-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>club-nexus</id>
      <url>https://nexus.granitecc.local/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(16))

add("log/basic-auth-header", "logs/kiosk-2026-11-28.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2026-11-28 17:02:11,204 INFO  kiosk.rental  завантажено розміри ковзанів: 28..48 (412 пар)
2026-11-28 17:02:14,880 DEBUG kiosk.http    POST https://tickets.ledova-arena.com.ua/api/sessions
2026-11-28 17:02:14,881 DEBUG kiosk.http    headers={'Content-Type': 'application/json', 'Authorization': 'Basic @@secret@@'}
2026-11-28 17:02:15,102 INFO  kiosk.http    201 Created session=MK-20261128-1700
2026-11-28 17:05:40,511 WARN  kiosk.printer paper low
""", secret=b64("kiosk01:" + rand_pw(14)))

add("env/discord-webhook", "tournament-bot/.env", "https://discord.com/developers/docs/resources/webhook", """
# Bonspiel bot
BOT_PREFIX=!
DRAW_CHANNEL_WEBHOOK=@@secret@@
TIMEZONE=America/Winnipeg
SHEETS=A,B,C,D,E,F
""", secret=discord_webhook())

add("swift/api-key", "RinkApp/RinkApp/Services/BookingAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

// Бронювання льоду з iOS-застосунку
final class BookingAPI {
    static let shared = BookingAPI()
    private let baseURL = URL(string: "https://api.ledova-arena.com.ua/v2")!
    private let apiKey = "@@secret@@"

    func slots(for date: String) async throws -> Data {
        var request = URLRequest(url: baseURL.appendingPathComponent("slots/\\(date)"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", secret="lda_live_" + rand_pw(32))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/user/profile/personal_access_tokens/", """
stages: [test, deploy]

variables:
  PIP_INDEX_URL: https://__token__:@@secret@@@gitlab.com/api/v4/projects/41822177/packages/pypi/simple

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - ./deploy.sh
  only: [main]
""", secret=gitlab_token())

add("toml/pypi-token", "rink-sdk/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# kept next to pyproject for the release script
[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"

[testpypi]
repository = "https://test.pypi.org/legacy/"
username = "__token__"
""", secret=fakes.pypi_token(_seed()))

add("terraform/db-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "league" {
  identifier          = "curling-league"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "league_admin"
  password            = "@@secret@@"
  skip_final_snapshot = true
  publicly_accessible = false
}
""", secret=words_pw())

add("csv/device-passwords", "it/inventory/rink-devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
пристрій,розташування,ip,логін,пароль,примітка
Камера 1,Трибуна північ,10.20.4.11,admin,@@secret@@,Hikvision DS-2CD2143
Камера 2,Трибуна південь,10.20.4.12,admin,(у KeePass),Hikvision DS-2CD2143
Табло,Над полем,10.20.6.2,operator,(у KeePass),Daktronics
Контролер дверей,Вхід,10.20.5.4,admin,(у KeePass),
Принтер каси,Каса,10.20.1.40,,,
""", secret=rand_pw(12))

add("python/django-secret-key", "clubsite/clubsite/settings/production.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["thistlecurling.org", "www.thistlecurling.org"]
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "db.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", secret=fakes.django_secret_key(_seed()))

add("markdown/stripe-key-in-runbook", "docs/runbooks/refunds.md", "https://docs.stripe.com/refunds", """
# Refunding a cancelled ice rental

When a rental is cancelled more than 48 h ahead we refund in full.

```bash
curl https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent=pi_XXXXXXXX \\
  -d reason=requested_by_customer
```

Log the refund in the rentals sheet (column "Refunded") and email the renter.
""", secret=stripe_key("rk_live_"))

add("k8s-secret/redis-url", "k8s/scoreboard-redis.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: scoreboard-redis
  namespace: scoreboard
type: Opaque
stringData:
  REDIS_URL: redis://:@@secret@@@redis.scoreboard.svc:6379/0
""", secret=fakes.redis_password(_seed()))

add("python/smtp-login", "ledova/mailer.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
# Надсилання квитків на пошту після оплати
import smtplib
from email.message import EmailMessage


def send_ticket(to: str, pdf: bytes, number: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Ваш квиток на масове катання № {number}"
    msg["From"] = "kvytky@ledova-arena.com.ua"
    msg["To"] = to
    msg.set_content("Дякуємо! Квиток у вкладенні. Прокат ковзанів — у касі.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"kvytok-{number}.pdf")
    with smtplib.SMTP_SSL("smtp.ukr.net", 465) as smtp:
        smtp.login("kvytky@ledova-arena.com.ua", "@@secret@@")
        smtp.send_message(msg)
""", secret=rand_pw(16))
add("env/checkbox-license-key", "kasa/.env.production", "https://dev.checkbox.ua/api/docs", """
# ПРРО Checkbox для каси ковзанки
CHECKBOX_API_URL=https://api.checkbox.ua/api/v1
CHECKBOX_LICENSE_KEY=@@secret@@
CHECKBOX_CASHIER_LOGIN=kasa_ledova
CHECKBOX_CASHIER_PASSWORD=use-pin-from-safe
RECEIPT_FOOTER="Дякуємо, що катаєтесь з нами!"
""", secret=hexs(24))

add("python/checkbox-cashier-pin", "kasa/fiscal.py", "https://dev.checkbox.ua/api/docs", """
\"\"\"Фіскалізація продажу квитків через Checkbox.\"\"\"
import httpx

API = "https://api.checkbox.ua/api/v1"
LICENSE = "@@lic@@"


def signin() -> str:
    r = httpx.post(f"{API}/cashier/signinPinCode",
                   headers={"X-License-Key": LICENSE, "X-Client-Name": "ledova-kasa"},
                   json={"pin_code": "@@secret@@"})
    r.raise_for_status()
    return r.json()["access_token"]
""", secret=str(_rng().randint(10**9, 10**10 - 1)), lic=hexs(24))

add("yaml/slack-bot-token", "helm/ice-alerts/values-prod.yaml", "https://api.slack.com/authentication/token-types#bot", """
replicaCount: 1
image:
  repository: registry.boreal-curling.ca/ice-alerts
  tag: "1.8.2"
alerts:
  slack:
    channel: "#ice-plant"
    botToken: "@@secret@@"
  thresholds:
    brineSupplyMaxC: -7.5
    ammoniaPpmWarn: 25
    slabMaxC: -3.0
""", secret=slack_bot())

add("json/google-maps-server-key", "functions/config/runtime.json", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
  "geocoding": {
    "server_key": "@@secret@@",
    "region": "ua",
    "language": "uk"
  },
  "club": {
    "name": "Льодова арена",
    "address": "вул. Зимова, 12, Київ"
  }
}
""", secret=google_key())

add("shell/mysql-dump-password", "ops/backup_pos.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
# Щоночі: резервна копія бази каси (запускається з cron о 02:30)
set -e
STAMP=$(date +%F)
mysqldump -h 10.20.1.5 -u backup -p'@@secret@@' --single-transaction rink_pos \\
  | gzip > /backups/rink_pos-$STAMP.sql.gz
find /backups -name 'rink_pos-*.sql.gz' -mtime +30 -delete
""", secret=words_pw())

add("csharp/stripe-secret-key", "RinkBooking/Startup.cs", "https://docs.stripe.com/api/authentication?lang=dotnet", """
using Stripe;

namespace RinkBooking
{
    public class Startup
    {
        public void Configure()
        {
            // TODO move to Key Vault before the season opens
            StripeConfiguration.ApiKey = "@@secret@@";
        }
    }
}
""", secret=stripe_key())

add("typescript/split-mono-token", "web/src/lib/mono.ts", "https://api.monobank.ua/docs/acquiring.html", """
// Створення рахунку для оплати оренди льоду
const MONO_TOKEN =
  "@@a@@" +
  "@@b@@";

export async function createInvoice(amountKop: number, reference: string) {
  const res = await fetch("https://api.monobank.ua/api/merchant/invoice/create", {
    method: "POST",
    headers: { "X-Token": MONO_TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ amount: amountKop, ccy: 980, merchantPaymInfo: { reference, destination: "Оренда льоду" } }),
  });
  return res.json();
}
""", secret=(_MONO := mono_token()), a=_MONO[:22], b=_MONO[22:])

add("ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[RinkPOS]
Driver      = ODBC Driver 18 for SQL Server
Server      = 10.20.1.5,1433
Database    = RinkPOS
UID         = reports
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", secret=rand_pw(15, "#"))

add("php/liqpay-sdk", "wp-content/plugins/ledova-tickets/includes/class-payment.php", "https://github.com/liqpay/sdk-php", """
<?php
// Оплата квитків на масове катання
require_once __DIR__ . '/LiqPay.php';

class Ledova_Payment {
    public static function form(int $order_id, float $amount): string {
        $liqpay = new LiqPay('@@pub@@', '@@secret@@');
        return $liqpay->cnb_form([
            'action'      => 'pay',
            'amount'      => $amount,
            'currency'    => 'UAH',
            'description' => 'Квиток на масове катання #' . $order_id,
            'order_id'    => 'tkt-' . $order_id,
            'version'     => '3',
        ]);
    }
}
""", secret=liqpay_private(), pub=liqpay_public())

add("dockerfile/npm-token", "web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm_token())

add("java/smtp-password", "members/src/main/java/ca/granitecc/members/Mailer.java", "https://jakarta.ee/specifications/mail/", """
package ca.granitecc.members;

import jakarta.mail.*;
import java.util.Properties;

public final class Mailer {
    private static final String USER = "office@granitecc.ca";
    private static final String PASS = "@@secret@@";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
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
""", secret=words_pw())

add("github-actions/aws-keys", ".github/workflows/deploy-icecam.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy-icecam
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./site s3://ledova-arena-icecam --delete
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/mssql-url", "etl/pos_to_warehouse.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
# Перенесення продажів каси за минулу добу у сховище даних
import pandas as pd
from sqlalchemy import create_engine

POS = create_engine("mssql+pyodbc://etl:@@secret@@@10.20.1.5:1433/RinkPOS?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes")
DWH = create_engine("postgresql+psycopg://etl@dwh.internal/rink")

sales = pd.read_sql("SELECT SaleDate, Item, Qty, Total FROM Sales WHERE SaleDate >= DATEADD(day, -1, GETDATE())", POS)
sales.to_sql("pos_sales", DWH, if_exists="append", index=False)
print(f"{len(sales)} rows")
""", secret=rand_pw(17))

add("yaml/sentry-auth-token", "mobile/sentry.properties.yml", "https://docs.sentry.io/account/auth-tokens/", """
defaults:
  url: https://sentry.io/
  org: ledova-arena
  project: rink-app-ios
auth:
  token: sntrys_@@secret_body@@
cli:
  upload_sources: true
""", secret="sntrys_" + (_SNT := b64('{"iat":1733472000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"ledova-arena"}').rstrip("=") + "_" + rand_pw(43)), secret_body=_SNT)

add("markdown/scoreboard-handover", "docs/uk/tablo.md", "https://www.daktronics.com/en-us/support", """
# Табло Daktronics — інструкція для операторів

1. Увімкніть контролер All Sport 5000 (за лавкою штрафників).
2. На ноутбуці оператора відкрийте DakStats / веб-панель: http://10.20.6.2:8080
3. Логін: `operator`
4. Пароль: `@@secret@@`
5. Виберіть шаблон «Хокей — 3×20» або «Керлінг — 8 ендів».

Після гри обов'язково вимкніть табло, щоб не вигоріли світлодіоди.
""", secret=words_pw())

add("compose/rabbitmq-password", "turnstiles/docker-compose.yml", "https://hub.docker.com/_/rabbitmq", """
# Турнікети на вході: зчитувачі квитків шлють події в RabbitMQ
services:
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: turnstile
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports: ["5672:5672", "15672:15672"]
  gate-reader:
    image: registry.ledova.local/gate-reader:2.1
    environment:
      AMQP_URL: amqp://turnstile@mq:5672/
""", secret=rand_pw(20))

add("go/basic-auth", "plantmon/internal/cimco/client.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """
package cimco

import "net/http"

// Client читає веб-API контролера холодильної установки (машинне відділення).
type Client struct{ base string }

func New() *Client { return &Client{base: "http://10.20.3.10"} }

func (c *Client) Get(path string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("plantmon", "@@secret@@")
	return http.DefaultClient.Do(req)
}
""", secret=rand_pw(14))

add("properties/kafka-sasl", "gates/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """
bootstrap.servers=kafka1.rink.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="gates" password="@@secret@@";
group.id=turnstile-counter
auto.offset.reset=earliest
""", secret=rand_pw(22))

add("ruby/stripe-secret", "config/initializers/stripe.rb", "https://docs.stripe.com/api/authentication?lang=ruby", """
# Stripe for league fees and learn-to-curl registration
Rails.configuration.stripe = {
  publishable_key: "pk_live_@@pk@@",
  secret_key: "@@secret@@"
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", secret=stripe_key(), pk=fakes.fake("", 24, _seed()))

add("terraform/cloudflare-token", "infra/dns/main.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "c2f7a0e93d1b4f8e9a6b3c1d2e4f5a6b"
  name    = "book"
  type    = "CNAME"
  content = "ledova-booking.fly.dev"
  proxied = true
}
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("notebook/postgres-password", "analytics/notebooks/ice_usage_2026.ipynb", "https://www.psycopg.org/psycopg3/docs/basic/usage.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Завантаженість льоду, сезон 2026\\n", "Години оренди по днях тижня."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import psycopg\\n",
    "import pandas as pd\\n",
    "conn = psycopg.connect(host='10.20.1.6', dbname='booking', user='analyst', password='@@secret@@')\\n",
    "df = pd.read_sql('select * from ice_slots where season = 2026', conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("k8s-secret/stripe-key", "k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: booking
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@enc2@@
""", secret=(_SK := stripe_key()), enc=b64(_SK), enc2=b64(stripe_whsec()))

add("shell/telegram-curl", "ops/notify_zamboni_done.sh", "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/bash
# Викликається з планшета водія льодозаливальної машини
MSG="Лід залито о $(date +%H:%M). Можна виходити на лід."
curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001873340021 \\
  --data-urlencode text="$MSG"
""", secret=fakes.telegram_token(_seed()))

add("kotlin/sip-password", "intercom/src/main/kotlin/ua/ledova/intercom/Sip.kt", "https://www.linphone.org/en/linphone-sdk/", """
package ua.ledova.intercom

// Домофон біля службового входу до машинного відділення
object SipAccount {
    const val DOMAIN = "pbx.ledova.local"
    const val USERNAME = "201"
    const val PASSWORD = "@@secret@@"
    const val TRANSPORT = "udp"
}
""", secret=rand_pw(12))

add("xml/web-config-password", "ClubPortal/Web.config", "https://learn.microsoft.com/en-us/aspnet/identity/overview/features-api/best-practices-for-deploying-passwords-and-other-sensitive-data-to-aspnet-and-azure", """
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="Members" connectionString="Data Source=CLUBSQL01;Initial Catalog=Members;User ID=portal;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", secret=words_pw())


# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "booking-site/.env.example", "https://12factor.net/config", """
# Copy to .env and fill in (ask Oksana for the real values)
APP_ENV=local
APP_URL=http://localhost:8000
DATABASE_URL=postgres://booking:booking@localhost:5432/booking
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
LIQPAY_PUBLIC_KEY=sandbox_i00000000000
LIQPAY_PRIVATE_KEY=
MONO_X_TOKEN=<ваш токен з web.monobank.ua>
""")

add("python/decoy-env-reference", "payments/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

LIQPAY_PUBLIC_KEY = os.environ["LIQPAY_PUBLIC_KEY"]
LIQPAY_PRIVATE_KEY = os.environ["LIQPAY_PRIVATE_KEY"]
MONO_X_TOKEN = os.getenv("MONO_X_TOKEN", "")
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
NOVA_POSHTA_API_KEY = os.environ["NOVA_POSHTA_API_KEY"]
CURRENCY = "UAH"
""")

add("github-actions/decoy-secrets-context", ".github/workflows/publish-sdk.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: publish-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
  notify:
    needs: pypi
    runs-on: ubuntu-latest
    steps:
      - run: curl -s -X POST "$WEBHOOK" -d '{"text":"rink-sdk released"}'
        env:
          WEBHOOK: ${{ secrets.SLACK_RELEASE_WEBHOOK }}
""")

add("yaml/decoy-publishable-key", "web/config/public.yml", "https://docs.stripe.com/keys#obtain-api-keys", """
# Значення, що йдуть у браузер; їх можна комітити
stripe:
  publishable_key: pk_live_@@pk@@
google_maps:
  browser_key_restricted_to: "https://book.ledova-arena.com.ua/*"
recaptcha:
  site_key: 6L@@site@@
liqpay:
  public_key: @@lp@@
""", pk=fakes.fake("", 24, _seed()), site=fakes.drawn(_seed(), 38, ALNUM + "_-"), lp=liqpay_public())

add("json/decoy-uuids", "data/sheets.json", "https://www.rfc-editor.org/rfc/rfc9562", """
{
  "club": "Granite Curling Club",
  "sheets": [
    {"id": "@@u1@@", "name": "A", "pebbled": true},
    {"id": "@@u2@@", "name": "B", "pebbled": true},
    {"id": "@@u3@@", "name": "C", "pebbled": false},
    {"id": "@@u4@@", "name": "D", "pebbled": true}
  ],
  "stones": {"set": "Ailsa Craig Blue Hone", "count": 64}
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("k8s/decoy-secret-ref", "k8s/booking-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
  namespace: rink
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking}
  template:
    metadata:
      labels: {app: booking}
    spec:
      containers:
        - name: web
          image: registry.ledova.local/booking:3.4.0
          env:
            - name: MYSQL_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: MYSQL_PASSWORD}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: STRIPE_SECRET_KEY}
""")

add("markdown/decoy-redacted", "docs/uk/incident-2026-02-rozsil.md", "https://sre.google/sre-book/postmortem-culture/", """
# Інцидент: падіння тиску розсолу, 14.02.2026

**Тривалість:** 47 хв. **Вплив:** скасовано дві години масового катання.

## Хронологія
- 18:05 — аварійний сигнал «низький тиск розсолу» на контролері.
- 18:12 — черговий механік зайшов у веб-панель (логін `service`, пароль `********`, з сейфа).
- 18:30 — замінено запобіжник насоса №2.
- 18:52 — температура плити повернулась до -5 °C.

## Дії
- Пароль від панелі змінено і перенесено у Bitwarden (`Машинне / CIMCO`).
- Додати в моніторинг тиск на всмоктуванні.
""")

add("python/decoy-test-fixture", "tests/test_liqpay_signature.py", "https://www.liqpay.ua/en/documentation/data_signature", """
from payments.liqpay_client import sign

# Приклад з документації LiqPay; ключі пісочниці, не бойові
FAKE_PRIVATE = "sandbox_test_private_key"
DATA = "eyJ2ZXJzaW9uIjozLCJhY3Rpb24iOiJwYXkifQ=="


def test_sign_is_base64_sha1():
    signature = sign(FAKE_PRIVATE, DATA)
    assert len(signature) == 28
    assert signature.endswith("=")


def test_sign_changes_with_key():
    assert sign("other", DATA) != sign(FAKE_PRIVATE, DATA)
""")

add("csv/decoy-booking-export", "exports/ice_rentals_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_id,date,start,end,sheet,customer,payment_ref,amount_uah
@@u1@@,2026-11-03,07:00,08:30,main,ХК «Сокіл» (діти),mono-inv-2611030001,5400
@@u2@@,2026-11-03,19:00,20:00,main,Корпоратив ТОВ «Кряж»,liqpay-tkt-88412,3600
@@u3@@,2026-11-05,21:00,22:30,curling,Київський керлінг-клуб,cash,2700
@@u4@@,2026-11-07,10:00,11:00,main,Фігурне катання «Грація»,mono-inv-2611070004,3600
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("shell/decoy-vault-lookup", "ops/rotate_camera_passwords.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Зміна паролів камер; нові значення пишемо лише у Vault, ніколи на диск.
set -euo pipefail
for cam in 10.20.4.11 10.20.4.12 10.20.4.13; do
  NEW=$(openssl rand -base64 18)
  OLD=$(vault kv get -field=password "secret/rink/cameras/$cam")
  curl -s --digest -u "admin:$OLD" -X PUT "http://$cam/ISAPI/Security/users/1" \\
    -d "<User><id>1</id><userName>admin</userName><password>$NEW</password></User>"
  vault kv put "secret/rink/cameras/$cam" password="$NEW"
done
""")

add("sql/decoy-password-hashes", "db/seeds/0002_staff.sql", "https://www.php.net/manual/en/function.password-hash.php", """
-- Staff accounts for the POS (bcrypt hashes; initial passwords handed out in person)
INSERT INTO staff (login, full_name, role, password_hash) VALUES
  ('oksana', 'Оксана Бондар', 'manager', '$2y$12$@@h1@@'),
  ('taras', 'Тарас Мельник', 'cashier', '$2y$12$@@h2@@'),
  ('ihor', 'Ігор Коваль', 'ice_tech', '$2y$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/decoy-request-ids", "logs/booking-access-2026-12-01.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.20.0.1 - - [01/Dec/2026:18:02:11 +0200] "GET /api/slots/2026-12-02 HTTP/1.1" 200 1832 "-" "RinkApp/4.2 iOS" req_id=@@r1@@
10.20.0.1 - - [01/Dec/2026:18:02:14 +0200] "POST /api/mono/webhook HTTP/1.1" 200 2 "-" "monobank" req_id=@@r2@@
10.20.0.1 - - [01/Dec/2026:18:03:40 +0200] "GET /static/app.3f9c21ab.js HTTP/1.1" 304 0 "-" "Mozilla/5.0" req_id=@@r3@@
10.20.0.1 - - [01/Dec/2026:18:04:02 +0200] "POST /api/bookings HTTP/1.1" 201 311 "-" "RinkApp/4.2 Android" req_id=@@r4@@
10.20.0.1 - - [01/Dec/2026:18:04:59 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" req_id=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for the league database (set in Terraform Cloud)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "eu-central-1"
}
""")

add("toml/decoy-checksums", "rink-sdk/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
[[package]]
name = "httpx"
version = "0.27.2"
description = "The next generation HTTP client."
optional = false
python-versions = ">=3.8"
files = [
    {file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "httpx-0.27.2.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("python/decoy-regex", "ledova/validators.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Перевірка полів форми бронювання.\"\"\"
import re

PHONE_UA = re.compile(r"^\\+380\\d{9}$")
MONO_INVOICE = re.compile(r"^[0-9A-Za-z]{14}$")
LIQPAY_ORDER = re.compile(r"^tkt-\\d{1,10}$")
PASSWORD_RULE = re.compile(r"^(?=.*[A-Z])(?=.*\\d).{10,}$")


def valid_phone(value: str) -> bool:
    return bool(PHONE_UA.match(value.replace(" ", "")))
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2026-11-02T09:14:51Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.1
""", d1=b64(rand_pw(20)), iv1=b64(rand_pw(24))[:32], t1=b64(rand_pw(16))[:24], d2=b64(rand_pw(32)), iv2=b64(rand_pw(24))[:32], t2=b64(rand_pw(16))[:24], age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=b64(rand_pw(48)))

add("markdown/decoy-readme-example", "README.md", "https://www.makeareadme.com/", """
# rink-booking

Online ice rental and public skate tickets for Ledova Arena.

## Running locally

```bash
cp .env.example .env
# edit .env: STRIPE_SECRET_KEY=sk_test_..., LIQPAY_PRIVATE_KEY=sandbox_...
docker compose up -d db
python manage.py migrate
python manage.py runserver
```

Secrets for staging and production live in 1Password (vault "Rink IT").
""")

add("ini/decoy-empty-values", "club-site/config/mail.example.ini", "https://docs.python.org/3/library/configparser.html", """
[smtp]
host = smtp.example.org
port = 587
starttls = true
username = draws@example.org
password = CHANGE_ME

[messages]
from = Your Curling Club <draws@example.org>
""")

add("go/decoy-test-constants", "payments/webhook_test.go", "https://docs.stripe.com/webhooks#test-webhook", """
package payments

import "testing"

// testSecret is only used to sign fixtures generated in this test.
const testSecret = "whsec_test_fixture_secret"

func TestRejectsBadSignature(t *testing.T) {
	if verify([]byte(`{"id":"evt_1"}`), "t=1,v1=deadbeef", testSecret) {
		t.Fatal("expected rejection")
	}
}
""")

add("dockerfile/decoy-build-arg", "booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@gitlab.com/api/v4/projects/41822177/packages/pypi/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
""")

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "rink-web",
  "version": "2.6.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/dayjs": {
      "version": "1.11.13",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("typescript/decoy-mapbox-public", "web/src/map.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

// Публічний токен, обмежений доменом ledova-arena.com.ua
mapboxgl.accessToken = "@@pk@@";

export function showRink(el: HTMLElement) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [30.5234, 50.4501], zoom: 15 });
  new mapboxgl.Marker().setLngLat([30.5234, 50.4501]).addTo(map);
  return map;
}
""", pk=mapbox_public())

add("compose/decoy-env-file", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  web:
    image: registry.ledova.local/booking:3.4.0
    env_file: /etc/rink/booking.env
    environment:
      DATABASE_URL: postgres://booking:${POSTGRES_PASSWORD}@db:5432/booking
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set in booking.env}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: /etc/rink/pg_password
""")

add("csharp/decoy-key-vault", "RinkBooking/Program.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net", """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);
var vault = new SecretClient(new Uri("https://kv-granitecc.vault.azure.net/"), new DefaultAzureCredential());
var stripeKey = (await vault.GetSecretAsync("StripeSecretKey")).Value.Value;
Stripe.StripeConfiguration.ApiKey = stripeKey;
builder.Services.AddRazorPages();
var app = builder.Build();
app.MapRazorPages();
app.Run();
""")

add("php/decoy-wp-config-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
// ** Налаштування MySQL ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/rinkdb/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))


# ---------------------------------------------------------------- more secrets

add("python/aws-boto3-keys", "icecam/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Вивантаження останніх кадрів з камер для сторінки «Лід зараз».\"\"\"
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)

for jpg in pathlib.Path("/var/www/icecam").glob("*.jpg"):
    s3.upload_file(str(jpg), "ledova-arena-icecam", f"now/{jpg.name}", ExtraArgs={"ContentType": "image/jpeg", "CacheControl": "max-age=60"})
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/private-key-block", "ansible/roles/plantmon/files/deploy_key.yml", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys", """
# Ключ розгортання: ПК у машинному відділенні тягне plantmon з GitHub
plantmon_repo: git@github.com:ledova-arena/plantmon.git
plantmon_deploy_key: |
  @@key_indented@@
plantmon_version: v1.4.0
""", secret=(_KEY := pem("OPENSSH")), key_indented=_KEY.replace("\n", "\n  "))

add("env/redis-url", "league/.env.production", "https://redis.io/docs/latest/develop/connect/cli/", """
DJANGO_SETTINGS_MODULE=league.settings.production
DATABASE_URL=postgres://league@pg.boreal.internal:5432/league
REDIS_URL=redis://default:@@secret@@@redis.boreal.internal:6379/1
CELERY_BROKER_URL=${REDIS_URL}
TIME_ZONE=America/Winnipeg
""", secret=fakes.redis_password(_seed()))

add("shell/psql-pgpassword", "ops/season_rollover.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/usr/bin/env bash
# Roll the league over to a new season: archive standings, reset draws.
set -euo pipefail
export PGHOST=pg.boreal.internal PGUSER=league_admin PGDATABASE=league
export PGPASSWORD='@@secret@@'
psql -v ON_ERROR_STOP=1 -c "INSERT INTO standings_archive SELECT *, '2025-26' FROM standings;"
psql -v ON_ERROR_STOP=1 -c "TRUNCATE draws, standings RESTART IDENTITY;"
echo "season rolled over"
""", secret=words_pw())

add("java/stripe-api-key", "registration/src/main/java/ca/boreal/reg/Payments.java", "https://docs.stripe.com/api/authentication?lang=java", """
package ca.boreal.reg;

import com.stripe.Stripe;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

public class Payments {
    static {
        Stripe.apiKey = "@@secret@@";
    }

    public static String learnToCurl(long cents) throws Exception {
        SessionCreateParams params = SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setSuccessUrl("https://borealcurling.ca/thanks")
            .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L).setPrice("price_1Q8learnToCurl").build())
            .build();
        return Session.create(params).getUrl();
    }
}
""", secret=stripe_key())

add("markdown/liqpay-keys-onboarding", "docs/uk/onboarding-rozrobnyka.md", "https://www.liqpay.ua/en/documentation/start", """
# Онбординг розробника — сайт Льодової арени

## Локальний запуск
1. `cp .env.example .env`
2. `docker compose up -d`
3. Відкрийте http://localhost:8000

## Платежі
Для тестів використовуйте пісочницю LiqPay. Бойові ключі (тільки для релізу!):

| Параметр | Значення |
|---|---|
| public_key | `@@pub@@` |
| private_key | `@@secret@@` |

## Хто відповідає
Оплати — Тарас, інфраструктура — Ігор.
""", secret=liqpay_private(), pub=liqpay_public())

add("typescript/sendgrid-key", "functions/src/sendReceipt.ts", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendReceipt(to: string, league: string, amount: string) {
  await sgMail.send({
    to,
    from: "treasurer@borealcurling.ca",
    subject: `Receipt: ${league} league fees`,
    text: `Thanks! We received ${amount}. Good curling!`,
  });
}
""", secret=sendgrid_key())

add("go/mongodb-uri", "turnstiles/internal/store/mongo.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const uri = "mongodb+srv://turnstiles:@@secret@@@rink0.k2x8q.mongodb.net/gates?retryWrites=true&w=majority"

func Connect(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
""", secret=rand_pw(16))

add("ini/pip-conf-token", "kiosk/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
timeout = 30
index-url = https://pypi.org/simple
extra-index-url = https://kiosk:@@secret@@@pkgs.ledova.local/simple/
trusted-host = pkgs.ledova.local
""", secret=rand_pw(24))

add("ruby/twilio-auth", "app/services/draw_reminder.rb", "https://www.twilio.com/docs/libraries/reference/twilio-ruby", """
require "twilio-ruby"

class DrawReminder
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN  = "@@secret@@"

  def self.send(team, draw)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    team.members.each do |m|
      client.messages.create(from: "+12045550177", to: m.phone,
                             body: "#{team.name}: you're on sheet #{draw.sheet} at #{draw.time.strftime('%-I:%M %p')}")
    end
  end
end
""", secret=hexs(32), sid=twilio_sid())

add("k8s-secret/ftp-credentials", "k8s/scoreboard-export-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: results-ftp
  namespace: scoreboard
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@p@@
""", secret=(_FTP := words_pw()), u=b64("clubweb"), p=b64(_FTP))

add("powershell/unifi-password", "scripts/Restart-APs.ps1", "https://ubntwiki.com/products/software/unifi-controller/api", """
# Перезавантаження точок доступу на трибунах перед матчем
$base = "https://10.20.0.2:8443"
$body = @{ username = "ops"; password = "@@secret@@" } | ConvertTo-Json
$session = $null
Invoke-RestMethod -Uri "$base/api/login" -Method Post -Body $body -ContentType "application/json" -SessionVariable session -SkipCertificateCheck
foreach ($mac in @("f0:9f:c2:11:22:33", "f0:9f:c2:11:22:34")) {
    $cmd = @{ cmd = "restart"; mac = $mac } | ConvertTo-Json
    Invoke-RestMethod -Uri "$base/api/s/default/cmd/devmgr" -Method Post -Body $cmd -ContentType "application/json" -WebSession $session -SkipCertificateCheck
}
""", secret=words_pw())

add("json/vscode-sftp", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
  "name": "club web host",
  "host": "ftp.maplecurling.ca",
  "protocol": "sftp",
  "port": 22,
  "username": "clubweb",
  "password": "@@secret@@",
  "remotePath": "/home/clubweb/public_html",
  "uploadOnSave": true
}
""", secret=rand_pw(14, "!"))

add("properties/nova-poshta", "shop-android/local.properties", "https://developers.novaposhta.ua/documentation", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/taras/Library/Android/sdk
novaposhta.apiKey=@@secret@@
maps.apiKey=@@gk@@
""", secret=hexs(32), gk=google_key())

add("swift/stripe-secret", "ProShop/ProShop/Config.swift", "https://docs.stripe.com/keys", """
import Foundation

enum Config {
    static let apiBase = URL(string: "https://shop.granitecc.ca/api")!
    static let stripePublishable = "pk_live_@@pk@@"
    // used by the refund screen for staff
    static let stripeSecret = "@@secret@@"
}
""", secret=stripe_key(), pk=fakes.fake("", 24, _seed()))

add("terraform/github-provider-token", "infra/github/main.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs", """
provider "github" {
  owner = "boreal-curling"
  token = "@@secret@@"
}

resource "github_repository" "endscore" {
  name        = "endscore"
  description = "End-by-end scoring for league nights"
  visibility  = "private"
}
""", secret=fakes.github_fine_grained_token(_seed()))

add("log/db-url-in-traceback", "logs/league-worker.err.log", "https://docs.sqlalchemy.org/en/20/errors.html", """
[2026-10-14 22:41:03] ERROR celery.worker: Task league.tasks.recompute_standings raised
Traceback (most recent call last):
  File "/app/league/tasks.py", line 41, in recompute_standings
    engine = create_engine(settings.DATABASE_URL)
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: could not connect to server
(Background on this error at: https://sqlalche.me/e/20/e3q8)
[2026-10-14 22:41:03] DEBUG league.settings: DATABASE_URL=postgresql://league_app:@@secret@@@pg.boreal.internal:5432/league
[2026-10-14 22:41:33] INFO celery.worker: retrying in 30s
""", secret=rand_pw(18))

add("python/split-telegram-token", "bots/hockey_school_bot.py", "https://core.telegram.org/bots/api", """
# Бот хокейної школи: розклад тренувань
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = ("@@a@@"
         "@@b@@")


async def rozklad(update, context):
    await update.message.reply_text("Пн/Ср/Пт 07:00–08:30 — U10, 17:00–18:30 — U12")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("rozklad", rozklad))
app.run_polling()
""", secret=(_TG := fakes.telegram_token(_seed())), a=_TG[:20], b=_TG[20:])

add("yaml/docker-registry-password", ".drone.yml", "https://docs.drone.io/pipeline/docker/syntax/", """
# Збірка сервісу турнікетів
kind: pipeline
type: docker
name: turnstiles

steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...
  - name: publish
    image: plugins/docker
    settings:
      registry: registry.ledova.local
      repo: registry.ledova.local/gate-reader
      username: ci
      password: @@secret@@
      tags: [latest]
""", secret=rand_pw(20))

add("csharp/smtp-credentials", "RinkKiosk/Services/ReceiptMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace RinkKiosk.Services
{
    public static class ReceiptMailer
    {
        public static void Send(string to, string body)
        {
            using var client = new SmtpClient("smtp.gmail.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("kiosk.granitecc@gmail.com", "@@secret@@")
            };
            client.Send("kiosk.granitecc@gmail.com", to, "Your Granite CC receipt", body);
        }
    }
}
""", secret=fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("sql/linked-server-password", "db/ops/linked_server_pos.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Linked server so the members DB can read bar tabs from the POS
EXEC sp_addlinkedserver @server = N'RINKPOS', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'10.20.1.5';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'RINKPOS', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'members_link', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM RINKPOS.RinkPOS.dbo.BarTabs ORDER BY OpenedAt DESC;
""", secret=words_pw())

add("env/openai-key", "newsletter-bot/.env", "https://platform.openai.com/docs/quickstart", """
# Генератор анонсів для соцмереж
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
INSTAGRAM_ACCOUNT=ledova.arena
LANGUAGE=uk
""", secret=openai_key())

add("xml/plist-api-key", "RinkApp/RinkApp/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>BookingAPIKey</key>
    <string>@@secret@@</string>
    <key>MonoMerchantToken</key>
    <string>@@mono@@</string>
</dict>
</plist>
""", secret="lda_live_" + rand_pw(32), mono=mono_token())

add("github-actions/ssh-password", ".github/workflows/deploy-club-site.yml", "https://github.com/appleboy/ssh-action", """
name: deploy-club-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: thistlecurling.org
          username: deploy
          password: "@@secret@@"
          script: |
            cd /srv/clubsite && git pull && ./manage.py migrate && sudo systemctl restart clubsite
""", secret=words_pw())

add("rust/postgres-conn", "endscore/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html", """
use tokio_postgres::{Client, NoTls};

pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, conn) = tokio_postgres::connect(
        "host=pg.boreal.internal user=endscore password=@@secret@@ dbname=league",
        NoTls,
    )
    .await?;
    tokio::spawn(async move {
        if let Err(e) = conn.await {
            eprintln!("connection error: {e}");
        }
    });
    Ok(client)
}
""", secret=rand_pw(18))


# ---------------------------------------------------------------- more decoys

add("python/decoy-twilio-sid-only", "notify/sms_preview.py", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
\"\"\"Preview the SMS a team gets, without sending (no credentials here).\"\"\"
ACCOUNT_SID = "@@sid@@"  # public identifier, shown in console URLs
MESSAGING_SERVICE_SID = "MG@@mg@@"


def preview(team: str, sheet: str, time: str) -> str:
    return f"{team}: you're on sheet {sheet} at {time}. Reply STOP to opt out."


if __name__ == "__main__":
    print(preview("Rink 4 - Kowalchuk", "C", "7:00 PM"))
""", sid=twilio_sid(), mg=hexs(32))

add("yaml/decoy-helm-existing-secret", "helm/booking/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
image:
  repository: registry.ledova.local/booking
  tag: "3.4.0"
database:
  host: mysql.rink.svc
  name: rink_booking
  existingSecret: booking-db
  passwordKey: MYSQL_PASSWORD
payments:
  existingSecret: payments
ingress:
  host: book.ledova-arena.com.ua
  tls: true
""")

add("markdown/decoy-uk-faq", "docs/uk/faq-kasa.md", "https://www.liqpay.ua/en/faq", """
# Часті питання каси

**Клієнт каже, що оплата пройшла, а квитка немає?**
Знайдіть платіж у кабінеті LiqPay за номером замовлення (`tkt-…`). Якщо статус `success`,
натисніть «Надіслати квиток повторно» в адмінці.

**Як повернути кошти?**
Тільки менеджер зміни. Повернення робиться в кабінеті Monobank або LiqPay, не в касі.

**Де пароль від каси?**
У кожного касира свій PIN для Checkbox; PIN не записуємо і нікому не передаємо.
""")

add("json/decoy-sentry-dsn", "web/public/config.json", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
{
  "apiBase": "https://api.ledova-arena.com.ua/v2",
  "sentryDsn": "https://@@dsn@@@o4507112233.ingest.de.sentry.io/4507112244",
  "locale": "uk-UA",
  "features": {"onlineSkateRental": true, "giftCards": false}
}
""", dsn=hexs(32))

add("shell/decoy-read-prompt", "ops/create_db_user.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
# Створює користувача MySQL лише для читання (звіти). Пароль питає інтерактивно.
set -euo pipefail
USER_NAME=${1:?usage: create_db_user.sh <name>}
read -rsp "Password for $USER_NAME: " NEWPASS; echo
mysql --defaults-extra-file=/root/.my.cnf -e \\
  "CREATE USER '$USER_NAME'@'10.20.1.%' IDENTIFIED BY '$NEWPASS'; GRANT SELECT ON rink_pos.* TO '$USER_NAME'@'10.20.1.%';"
echo "created $USER_NAME"
""")

add("csv/decoy-member-fobs", "exports/door_fobs_2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
member_id,name,fob_uid,group,valid_until
1041,Kowalchuk M.,@@f1@@,members,2027-04-30
1042,Tremblay S.,@@f2@@,members,2027-04-30
1187,Nguyen A.,@@f3@@,ice_crew,2027-04-30
1203,MacLeod J.,@@f4@@,board,2027-04-30
""", f1=hexs(14).upper(), f2=hexs(14).upper(), f3=hexs(14).upper(), f4=hexs(14).upper())

add("go/decoy-getenv", "scoreboard/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	RedisAddr     string
	RedisPassword string
	APIToken      string
}

func Load() Config {
	return Config{
		RedisAddr:     getenv("REDIS_ADDR", "127.0.0.1:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
		APIToken:      os.Getenv("SCOREBOARD_API_TOKEN"),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""")

add("toml/decoy-pyproject", "rink-sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "rink-sdk"
version = "0.9.2"
description = "Client for the Ledova Arena booking API"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27"]
authors = [{name = "Taras Melnyk", email = "taras@ledova-arena.com.ua"}]

[project.urls]
Homepage = "https://github.com/ledova-arena/rink-sdk"

[tool.pytest.ini_options]
env = ["RINK_API_KEY=test-key-not-real"]
""")

add("kotlin/decoy-build-config-field", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ua.ledova.app"
    compileSdk = 35
    defaultConfig {
        applicationId = "ua.ledova.app"
        minSdk = 26
        versionCode = 42
        versionName = "4.2.0"
        buildConfigField("String", "BOOKING_API_KEY", "\\"${project.findProperty("bookingApiKey") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("log/decoy-masked-token", "logs/liqpay-callback-2026-12-02.log", "https://www.liqpay.ua/en/documentation/api/callback", """
2026-12-02 19:14:02 INFO  liqpay.callback order_id=tkt-88514 status=success amount=250.00 UAH
2026-12-02 19:14:02 DEBUG liqpay.callback public_key=@@pub@@ private_key=**** signature=ok
2026-12-02 19:14:03 INFO  tickets        issued kvytok=MK-20261202-1900-017 to=o***@ukr.net
2026-12-02 19:20:40 INFO  liqpay.callback order_id=tkt-88515 status=failure err_code=limit
2026-12-02 19:20:40 DEBUG liqpay.callback public_key=@@pub@@ private_key=**** signature=ok
""", pub=liqpay_public())

add("sql/decoy-schema", "db/migrations/0001_init.sql", "https://www.postgresql.org/docs/current/ddl.html", """
CREATE TABLE teams (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    skip        text NOT NULL,
    league      text NOT NULL
);
CREATE TABLE api_clients (
    id            serial PRIMARY KEY,
    name          text NOT NULL,
    token_sha256  char(64) NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE draws (
    id     serial PRIMARY KEY,
    sheet  char(1) NOT NULL,
    starts timestamptz NOT NULL,
    home   int REFERENCES teams(id),
    away   int REFERENCES teams(id)
);
""")

add("xml/decoy-android-manifest-maps", "shop-android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key#add-key", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Ледова арена" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("notebook/decoy-getpass", "analytics/notebooks/learn_to_curl_retention.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Learn-to-curl retention\\n", "How many learn-to-curl grads join a league within a year."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\\n",
    "pw = getpass.getpass('league db password: ')\\n",
    "conn = psycopg.connect(host='pg.boreal.internal', dbname='league', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("typescript/decoy-recaptcha-site-key", "web/src/components/BookingForm.tsx", "https://developers.google.com/recaptcha/docs/v3", """
import ReCAPTCHA from "react-google-recaptcha";

// Site key is public; the secret key is only on the server.
const SITE_KEY = "6Lc@@site@@";

export function BookingForm({ onSubmit }: { onSubmit: (token: string | null) => void }) {
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label>Дата <input type="date" name="date" /></label>
      <label>Кількість осіб <input type="number" min={1} max={30} name="people" /></label>
      <ReCAPTCHA sitekey={SITE_KEY} onChange={onSubmit} />
      <button type="submit">Забронювати</button>
    </form>
  );
}
""", site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("ini/decoy-odbc-dsn-no-password", "reports/odbc.example.ini", "https://www.unixodbc.org/odbcinst.html", """
[RinkPOS]
Driver      = ODBC Driver 18 for SQL Server
Server      = 10.20.1.5,1433
Database    = RinkPOS
; Trusted_Connection uses your Windows login; no password in this file
Trusted_Connection = yes
Encrypt     = yes
""")

add("yaml/decoy-github-actions-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
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
          role-to-assume: arn:aws:iam::418272641207:role/gh-terraform
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform plan -input=false
""")

add("php/decoy-getenv", "shop/config/payments.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
// Налаштування платежів магазину — значення беруться з оточення
return [
    'liqpay' => [
        'public_key'  => getenv('LIQPAY_PUBLIC_KEY'),
        'private_key' => getenv('LIQPAY_PRIVATE_KEY'),
        'sandbox'     => getenv('APP_ENV') !== 'production',
    ],
    'novaposhta' => [
        'api_key' => $_ENV['NOVA_POSHTA_API_KEY'] ?? null,
    ],
];
""")

add("json/decoy-tsconfig-hash", "web/.vite/manifest.json", "https://vite.dev/guide/backend-integration", """
{
  "src/main.ts": {
    "file": "assets/main-@@h1@@.js",
    "src": "src/main.ts",
    "isEntry": true,
    "css": ["assets/main-@@h2@@.css"]
  },
  "src/map.ts": {
    "file": "assets/map-@@h3@@.js",
    "src": "src/map.ts"
  }
}
""", h1=fakes.drawn(_seed(), 8, ALNUM + "_-"), h2=fakes.drawn(_seed(), 8, ALNUM + "_-"), h3=fakes.drawn(_seed(), 8, ALNUM + "_-"))

add("properties/decoy-spring-placeholders", "league/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/league
spring.datasource.username=${DB_USER:league_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
league.season=2026-27
""")

add("dockerfile/decoy-sha-pins", "plantmon/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM python:3.12-slim@sha256:@@d1@@
WORKDIR /app
ADD --checksum=sha256:@@d2@@ https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz /tmp/ne.tgz
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY plantmon/ plantmon/
CMD ["python", "-m", "plantmon"]
""", d1=hexs(64), d2=hexs(64))

add("ruby/decoy-credentials-fetch", "config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Twilio credentials come from config/credentials.yml.enc
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

DRAW_REMINDER_FROM = ENV.fetch("TWILIO_FROM", "+12045550177")
""")

add("csharp/decoy-appsettings-dev", "RinkBooking/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Booking": "Server=(localdb)\\\\mssqllocaldb;Database=RinkBooking;Trusted_Connection=True"
  },
  "Stripe": {
    "SecretKey": "",
    "Comment": "dotnet user-secrets set Stripe:SecretKey sk_test_..."
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.4.0] - 2026-11-20
### Added
- Monobank acquiring as a second payment method (invoice + webhook).
- Ukrainian receipts via Checkbox.
### Changed
- Rotated the LiqPay private key; the old one (ending `…Q7`) is revoked.
- Moved all payment secrets to the `payments` Kubernetes Secret.

## [3.3.2] - 2026-10-02
### Fixed
- Double booking of sheet B when two renters paid in the same second.
""")

add("terraform/decoy-data-source", "infra/terraform/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "league_db" {
  secret_id = "prod/league/db"
}

locals {
  league_db = jsondecode(data.aws_secretsmanager_secret_version.league_db.secret_string)
}

resource "aws_ssm_parameter" "league_db_host" {
  name  = "/league/db/host"
  type  = "String"
  value = local.league_db.host
}
""")

add("powershell/decoy-get-credential", "scripts/Export-BarTabs.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Export last month's bar tabs for the treasurer
param([string]$Month = (Get-Date).AddMonths(-1).ToString("yyyy-MM"))
$cred = Get-Credential -Message "RinkPOS SQL login"
$rows = Invoke-Sqlcmd -ServerInstance "10.20.1.5" -Database RinkPOS -Credential $cred `
    -Query "SELECT * FROM BarTabs WHERE FORMAT(OpenedAt,'yyyy-MM') = '$Month'"
$rows | Export-Csv -NoTypeInformation -Encoding UTF8 "\\\\clubnas\\treasurer\\bartabs-$Month.csv"
""")

add("python/decoy-hmac-verify", "payments/mono_webhook.py", "https://api.monobank.ua/docs/acquiring.html#/paths/~1api~1merchant~1pubkey/get", """
\"\"\"Перевірка підпису вебхука Monobank (X-Sign, ECDSA з публічним ключем мерчанта).\"\"\"
import base64
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

# Публічний ключ з /api/merchant/pubkey (кешується, оновлюється раз на добу)
PUBKEY_URL = "https://api.monobank.ua/api/merchant/pubkey"


def verify(body: bytes, x_sign: str, pubkey_b64: str) -> bool:
    key = serialization.load_pem_public_key(base64.b64decode(pubkey_b64))
    try:
        key.verify(base64.b64decode(x_sign), body, ec.ECDSA(hashes.SHA256()))
        return True
    except Exception:
        return False
""")

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/specification/", """
openapi: 3.0.3
info:
  title: Ledova Arena Booking API
  version: "2.0"
components:
  securitySchemes:
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Example: `X-Api-Key: lda_live_<32 characters>`. Ask api@ledova-arena.com.ua for a key."
security:
  - ApiKey: []
paths:
  /slots/{date}:
    get:
      summary: Free ice slots for a day
      parameters:
        - {name: date, in: path, required: true, schema: {type: string, format: date}}
      responses:
        "200": {description: OK}
""")

add("env/decoy-local-dev", "league/.env.development", "https://docs.docker.com/compose/how-tos/environment-variables/", """
DJANGO_SETTINGS_MODULE=league.settings.dev
DEBUG=1
DATABASE_URL=postgres://league:league@localhost:5432/league
REDIS_URL=redis://localhost:6379/1
SECRET_KEY=dev-only-not-secret
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
""")

add("swift/decoy-keychain", "RinkApp/RinkApp/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain-services", """
import Foundation
import Security

// Токен сесії зберігається в Keychain, не в коді
enum TokenStore {
    static let service = "ua.ledova.app.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("compose/decoy-healthcheck", "plant/docker-compose.yml", "https://docs.docker.com/reference/compose-file/services/#healthcheck", """
services:
  plantmon:
    image: registry.ledova.local/plantmon:1.4.0
    restart: always
    environment:
      PLANT_HOST: 10.20.3.10
      PLANT_USER: service
      PLANT_PASSWORD_FILE: /run/secrets/plant_password
    secrets: [plant_password]
    healthcheck:
      test: ["CMD", "python", "-m", "plantmon.health"]
      interval: 30s
secrets:
  plant_password:
    external: true
""")

add("sql/decoy-sample-data", "db/seeds/0003_demo_league.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Demo data for local development
INSERT INTO teams (name, skip, league) VALUES
  ('Rock Stars', 'J. MacLeod', 'Monday Men'),
  ('Hog Line Heroes', 'S. Tremblay', 'Tuesday Mixed'),
  ('Button Mashers', 'A. Nguyen', 'Tuesday Mixed'),
  ('Sweep Dreams', 'M. Kowalchuk', 'Thursday Open');
INSERT INTO api_clients (name, token_sha256) VALUES
  ('lobby-display', '@@h1@@'),
  ('endscore-tablet', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))


# ---------------------------------------------------------------- secrets, devices and vendors

add("cpp/mqtt-password", "firmware/ice_sensor/ice_sensor.ino", "https://pubsubclient.knolleary.net/api", """
// ESP32: датчик температури плити, по одному на кожну доріжку
#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>

const char* WIFI_SSID = "Arena-Ops";
const char* WIFI_PASS = "@@wifi@@";
const char* MQTT_HOST = "10.20.3.20";
const char* MQTT_USER = "sensor";
const char* MQTT_PASS = "@@secret@@";

WiFiClient net;
PubSubClient mqtt(net);
OneWire bus(4);
DallasTemperature probes(&bus);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
  probes.begin();
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("sheet-c", MQTT_USER, MQTT_PASS);
  probes.requestTemperatures();
  mqtt.publish("rink/sheet-c/slab_c", String(probes.getTempCByIndex(0), 2).c_str());
  mqtt.loop();
  delay(10000);
}
""", secret=rand_pw(16), wifi=words_pw())

add("ini/wireguard-private-key", "ops/wireguard/wg-machineroom.conf", "https://www.wireguard.com/quickstart/", """
# VPN з офісу до ПК у машинному відділенні (панель холодильної установки)
[Interface]
Address = 10.99.0.2/32
PrivateKey = @@secret@@
DNS = 10.20.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.ledova-arena.com.ua:51820
AllowedIPs = 10.20.3.0/24
PersistentKeepalive = 25
""", secret=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ini/grafana-admin-password", "monitoring/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", """
[server]
http_port = 3000
root_url = https://grafana.ledova.local/

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = true
org_role = Viewer
""", secret=words_pw())

add("python/influxdb-token", "plantmon/plantmon/sink.py", "https://docs.influxdata.com/influxdb/v2/api-guide/client-libraries/python/", """
\"\"\"Запис показників холодильної установки в InfluxDB для дашборду льоду в Grafana.\"\"\"
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

client = InfluxDBClient(
    url="http://10.20.3.21:8086",
    token="@@secret@@",
    org="ledova",
)
write = client.write_api(write_options=SYNCHRONOUS)


def record(point_name: str, value: float) -> None:
    write.write(bucket="plant", record=Point("plant").field(point_name, value))
""", secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("json/obs-stream-key", "streaming/obs/basic/profiles/Curling/service.json", "https://support.google.com/youtube/answer/2907883", """
{
    "settings": {
        "bwtest": false,
        "key": "@@secret@@",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS"
    },
    "type": "rtmp_common"
}
""", secret="-".join(fakes.drawn(_seed(), 4, string.ascii_lowercase + string.digits) for _ in range(5)))

add("yaml/wayforpay-secret", "shop/config/wayforpay.yaml", "https://wiki.wayforpay.com/en/view/852102", """
# Оплата подарункових сертифікатів через WayForPay
wayforpay:
  merchant_account: ledova_arena_com_ua
  merchant_domain: ledova-arena.com.ua
  merchant_secret_key: @@secret@@
  currency: UAH
  return_url: https://ledova-arena.com.ua/sertyfikat/dyakuyemo
  service_url: https://ledova-arena.com.ua/api/wfp/callback
""", secret=hexs(40))

add("python/ably-api-key", "endscore/live.py", "https://ably.com/docs/auth/basic", """
\"\"\"Push live end scores to the club website and the lobby TV.\"\"\"
from ably import AblyRest

ably = AblyRest("@@secret@@")
channel = ably.channels.get("bonspiel:scores")


async def publish_end(sheet: str, end: int, home: int, away: int) -> None:
    await channel.publish("end", {"sheet": sheet, "end": end, "home": home, "away": away})
""", secret=fakes.drawn(_seed(), 6, ALNUM) + "." + fakes.drawn(_seed(), 6, ALNUM) + ":" + fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"))

add("typescript/pusher-secret", "scoreboard-api/src/pusher.ts", "https://pusher.com/docs/channels/server_api/authenticating-users/", """
import Pusher from "pusher";

export const pusher = new Pusher({
  appId: "1872204",
  key: "@@key@@",
  secret: "@@secret@@",
  cluster: "eu",
  useTLS: true,
});

export function pushScore(game: string, home: number, away: number, period: number) {
  return pusher.trigger(`game-${game}`, "score", { home, away, period });
}
""", secret=hexs(20), key=hexs(20))

add("shell/mailgun-key", "ops/send_bonspiel_draw.sh", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
#!/usr/bin/env bash
# Email the printed draw to all registered skips
DRAW_PDF=${1:?draw pdf}
curl -s --user 'api:@@secret@@' \\
  https://api.mailgun.net/v3/mg.maplecurling.ca/messages \\
  -F from='Maple Bonspiel <bonspiel@mg.maplecurling.ca>' \\
  -F to=skips@lists.maplecurling.ca \\
  -F subject='Bonspiel draw' \\
  -F text='Draw attached. Good curling!' \\
  -F attachment=@"$DRAW_PDF"
""", secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("env/shopify-token", "proshop/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Pro shop sync: brooms, grippers, sliders
SHOPIFY_STORE=granite-cc-proshop.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2024-10
SYNC_LOCATION_ID=74820133019
""", secret="shpat_" + hexs(32))

add("yaml/datadog-api-key", "monitoring/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: rink-pos-01
tags:
  - env:prod
  - venue:granite-cc
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", secret=hexs(32))

add("markdown/azure-storage-key", "docs/runbooks/icecam-archive.md", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Ice camera archive

Daily timelapses go to the `icecam` container of the club's storage account.

To re-run an upload by hand from the office PC:

```powershell
$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=granitecclips;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
az storage blob upload-batch -d icecam -s D:\\timelapse\\2026-12-01
```

Retention is 90 days (lifecycle rule on the container).
""", secret=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("github-actions/slack-webhook", ".github/workflows/nightly-standings.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly-standings
on:
  schedule:
    - cron: "30 5 * * *"
jobs:
  standings:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/standings.py > standings.txt
      - uses: slackapi/slack-github-action@v1.27.0
        with:
          payload: '{"text": "Standings updated"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", secret=slack_webhook())

add("ini/netrc", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
machine ftp.maplecurling.ca
  login clubweb
  password @@secret@@

machine pkgs.ledova.local
  login kiosk
  password @@pw2@@
""", secret=words_pw(), pw2="see-1password-entry")

add("java/google-oauth-secret", "members/src/main/resources/application-oauth.yml", "https://developers.google.com/identity/protocols/oauth2/web-server", """
spring:
  security:
    oauth2:
      client:
        registration:
          google:
            client-id: 418272641207-@@cid@@.apps.googleusercontent.com
            client-secret: GOCSPX-@@secret_body@@
            scope: [openid, email, profile]
members:
  allowed-domain: granitecc.ca
""", secret="GOCSPX-" + (_GO := fakes.drawn_mixed(_seed(), 28, ALNUM + "_-")), secret_body=_GO, cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("csharp/azure-ad-client-secret", "ClubPortal/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "granitecc.onmicrosoft.com",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@@secret@@",
    "CallbackPath": "/signin-oidc"
  },
  "AllowedHosts": "*"
}
""", secret=fakes.drawn(_seed(), 3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), client=uuid_s())

add("php/turbosms-token", "shop/src/Sms/TurboSms.php", "https://turbosms.ua/api.html", """
<?php
// SMS-нагадування про тренування хокейної школи
namespace Rink\\Shop\\Sms;

final class TurboSms
{
    public function send(array $phones, string $text): array
    {
        $ch = curl_init('https://api.turbosms.ua/message/send.json');
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => ['Authorization: Bearer @@secret@@', 'Content-Type: application/json'],
            CURLOPT_POSTFIELDS => json_encode(['recipients' => $phones, 'sms' => ['sender' => 'LedovaArena', 'text' => $text]]),
        ]);
        $out = curl_exec($ch);
        curl_close($ch);
        return json_decode($out, true);
    }
}
""", secret=hexs(40))

add("properties/gradle-signing", "shop-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keys/ledova-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=ledova
RELEASE_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("yaml/home-assistant-secrets", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant for the clubhouse: lights, heaters, ice-shed door sensor
latitude: 49.8951
longitude: -97.1384
mqtt_password: @@secret@@
ecobee_api_key: see-ecobee-portal
clubhouse_wifi: "guest network, printed on the bar"
""", secret=rand_pw(18))

add("dockerfile/pip-extra-index", "kiosk/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.11-slim
WORKDIR /kiosk
RUN pip install --no-cache-dir \\
    --extra-index-url https://kiosk:@@secret@@@pkgs.ledova.local/simple/ \\
    rink-kiosk==2.8.1 escpos==3.1
COPY kiosk.toml /etc/kiosk.toml
CMD ["rink-kiosk", "--config", "/etc/kiosk.toml"]
""", secret=rand_pw(24))

add("json/docker-config-auth", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.ledova.local": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", secret=b64("ci:" + rand_pw(20)))

add("sql/pgpass-in-migration-notes", "db/fixes/2026-10-draw-sheet-fix.sql", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
-- How to connect for manual fixes (do this from the bastion only):
--   echo 'pg.boreal.internal:5432:league:league_admin:@@secret@@' >> ~/.pgpass && chmod 600 ~/.pgpass
--   psql -h pg.boreal.internal -U league_admin league
-- Then run the fix in a transaction:
BEGIN;
UPDATE draws SET sheet = 'D' WHERE id = 4412;
COMMIT;
""", secret=words_pw())

add("kotlin/hubspot-token", "members-sync/src/main/kotlin/ca/boreal/sync/HubSpot.kt", "https://developers.hubspot.com/docs/api/private-apps", """
package ca.boreal.sync

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest

object HubSpot {
    private const val TOKEN = "@@secret@@"
    private val http = HttpClient.newHttpClient()

    fun contacts(after: String? = null): String {
        val url = "https://api.hubapi.com/crm/v3/objects/contacts?limit=100" + (after?.let { "&after=$it" } ?: "")
        val req = HttpRequest.newBuilder(URI(url)).header("Authorization", "Bearer $TOKEN").GET().build()
        return http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body()
    }
}
""", secret="pat-na1-" + uuid_s())

add("markdown/radius-secret", "docs/network/wifi.md", "https://www.freeradius.org/documentation/", """
# Clubhouse and arena Wi-Fi

| SSID | VLAN | Auth |
|---|---|---|
| Arena-Guest | 40 | captive portal |
| Arena-Staff | 20 | WPA2-Enterprise (RADIUS) |
| Arena-Ops | 30 | WPA2-PSK, sensors and scoreboard only |

RADIUS server: `10.20.0.5`, port 1812.
Shared secret configured on the APs: `@@secret@@`

Staff log in with their club Microsoft account.
""", secret=rand_pw(24))

add("go/paypal-client-secret", "registration/paypal.go", "https://developer.paypal.com/api/rest/authentication/", """
package registration

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	paypalClientID     = "A@@cid@@"
	paypalClientSecret = "@@secret@@"
)

func paypalToken() (*http.Response, error) {
	body := url.Values{"grant_type": {"client_credentials"}}.Encode()
	req, _ := http.NewRequest("POST", "https://api-m.paypal.com/v1/oauth2/token", strings.NewReader(body))
	req.SetBasicAuth(paypalClientID, paypalClientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
""", secret="E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "_-"), cid=fakes.drawn(_seed(), 79, ALNUM + "_-"))

add("terraform/rds-url-output", "infra/terraform/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs", """
output "booking_db_host" {
  value = aws_db_instance.booking.address
}

# handy for the app team
output "booking_db_url" {
  value = "mysql://booking:@@secret@@@${aws_db_instance.booking.address}:3306/rink_booking"
}
""", secret=rand_pw(20))

add("log/telegram-url-in-error", "logs/ice-bot-2026-12-03.log", "https://core.telegram.org/bots/api#making-requests", """
2026-12-03 06:00:01 INFO  бот запущено, режим polling
2026-12-03 06:30:00 INFO  заплановано: «Заливка льоду о 06:45»
2026-12-03 06:30:02 ERROR requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot@@secret@@/sendMessage (Caused by NewConnectionError('Failed to establish a new connection'))
2026-12-03 06:31:02 INFO  повтор #1 успішний
2026-12-03 07:00:00 INFO  заплановано: «Масове катання з 10:00»
""", secret=fakes.telegram_token(_seed()))

add("k8s-secret/influx-token", "k8s/plantmon-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: plantmon
  namespace: plant
  labels:
    app: plantmon
type: Opaque
data:
  INFLUX_URL: @@url@@
  INFLUX_TOKEN: @@tok@@
""", secret=(_IT := fakes.drawn(_seed(), 86, ALNUM + "_-") + "=="), url=b64("http://10.20.3.21:8086"), tok=b64(_IT))

add("python/snmp-community", "netmon/poll_switches.py", "https://pysnmp.readthedocs.io/en/latest/", """
\"\"\"Опитування стану портів комутаторів арени (SNMP v2c).\"\"\"
from pysnmp.hlapi import CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine, UdpTransportTarget, getCmd

SWITCHES = ["10.20.0.10", "10.20.0.11", "10.20.0.12"]
COMMUNITY = CommunityData("@@secret@@", mpModel=1)

for host in SWITCHES:
    err, status, index, binds = next(getCmd(SnmpEngine(), COMMUNITY, UdpTransportTarget((host, 161)), ContextData(),
                                            ObjectType(ObjectIdentity("IF-MIB", "ifOperStatus", 1))))
    print(host, err or binds[0].prettyPrint())
""", secret=rand_pw(14))

add("xml/jenkins-credentials", "jenkins/casc/credentials.xml", "https://plugins.jenkins.io/credentials/", """
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1371">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <username>deploy</username>
          <password>@@secret@@</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", secret=rand_pw(16))

add("pem/ec-private-key", "kasa/certs/checkbox-client.key", "https://www.rfc-editor.org/rfc/rfc5915", """
@@secret@@
""", secret=pem("EC"))

add("markdown/privat-merchant-password", "docs/uk/platezhi-privat.md", "https://api.privatbank.ua/#p24/main", """
# Мерчант Приват24 (старий, для оплати абонементів юрособами)

Використовується лише для рахунків ДЮСШ, поки не перейдемо на Monobank.

- ID мерчанта: `218744`
- Пароль мерчанта: `@@secret@@`
- Підпис: `sha1(md5(data + пароль))`

Виписка: щоночі о 03:00 скрипт `privat_statement.py` забирає платежі за добу.
""", secret=rand_pw(32))

add("powershell/sql-sa-password", "scripts/Restore-PosDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Restore last night's POS backup onto the test server
$bak = Get-ChildItem \\\\clubnas\\backups\\RinkPOS_*.bak | Sort-Object LastWriteTime | Select-Object -Last 1
Invoke-Sqlcmd -ServerInstance "CLUBSQL-TEST" -Username sa -Password '@@secret@@' -QueryTimeout 600 -Query @"
RESTORE DATABASE RinkPOS FROM DISK = N'$($bak.FullName)' WITH REPLACE, RECOVERY;
"@
Write-Host "restored $($bak.Name)"
""", secret=words_pw())

add("ruby/algolia-admin-key", "config/initializers/algolia.rb", "https://www.algolia.com/doc/guides/security/api-keys/", """
# Member directory search
AlgoliaSearch.configuration = {
  application_id: "K8R2TQ0V4L",
  api_key: "@@secret@@",
  pagination_first_page: 1
}
ALGOLIA_SEARCH_ONLY_KEY = ENV.fetch("ALGOLIA_SEARCH_ONLY_KEY", "")
""", secret=hexs(32))


# ---------------------------------------------------------------- decoys, devices and vendors

add("yaml/decoy-aws-docs-example", "docs/examples/aws-credentials.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Формат файлу облікових даних для скрипта icecam (приклад з документації AWS, не наш ключ)
profiles:
  icecam:
    aws_access_key_id: AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region: eu-central-1
# Справжні ключі видає Ігор через IAM Identity Center, у репозиторій не кладемо.
""")

add("ini/decoy-wireguard-public-only", "ops/wireguard/peers.conf", "https://www.wireguard.com/quickstart/", """
# Peers of the rink VPN server (public keys only)
[Peer]
# office PC
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32

[Peer]
# ice tech laptop
PublicKey = @@p2@@
AllowedIPs = 10.99.0.3/32
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("markdown/decoy-ssh-public-key", "docs/uk/dostup-do-serveriv.md", "https://man.openbsd.org/ssh-keygen", """
# Доступ до серверів арени

Щоб отримати доступ, надішліть Ігорю **публічний** ключ (файл `~/.ssh/id_ed25519.pub`).
Приватний ключ нікому не надсилайте.

Приклад публічного ключа:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk@@ oksana@kasa-pc
```

Після додавання ключа: `ssh oksana@bastion.ledova-arena.com.ua`.
""", pk=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("pem/decoy-certificate", "kasa/certs/checkbox-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("cpp/decoy-secrets-header", "firmware/ice_sensor/secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/editor/#secret-tab", """
// Скопіюйте в secrets.h (його ігнорує git) і заповніть для своєї доріжки
#pragma once
#define WIFI_SSID   "Arena-Ops"
#define WIFI_PASS   "your-wifi-password"
#define MQTT_HOST   "10.20.3.20"
#define MQTT_USER   "sensor"
#define MQTT_PASS   "your-mqtt-password"
""")

add("json/decoy-pusher-public-key", "web/src/config/realtime.json", "https://pusher.com/docs/channels/using_channels/connection/", """
{
  "pusher": {
    "key": "@@key@@",
    "cluster": "eu",
    "forceTLS": true,
    "channels": ["game-main", "game-curling"]
  },
  "scoreboardPollMs": 1500
}
""", key=hexs(20))

add("csv/decoy-ice-readings", "plant/exports/readings-2026-12-01.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
час,розсіл_подача_c,розсіл_повернення_c,плита_c,компресор_1_a,аміак_ppm,сенсор_id
00:00,-10.2,-8.1,-5.4,41.2,0,@@s1@@
00:15,-10.3,-8.2,-5.5,41.0,0,@@s1@@
00:30,-10.1,-8.0,-5.4,40.8,0,@@s1@@
00:45,-10.4,-8.3,-5.6,41.5,1,@@s1@@
01:00,-10.2,-8.1,-5.5,41.1,0,@@s1@@
""", s1=hexs(16))

add("python/decoy-algolia-search-key", "web/search_config.py", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
\"\"\"Values rendered into the member directory page (browser-side search).\"\"\"
ALGOLIA_APP_ID = "K8R2TQ0V4L"
# Search-only key: read access to the public 'members_public' index, safe in the browser
ALGOLIA_SEARCH_ONLY_KEY = "@@k@@"
ALGOLIA_INDEX = "members_public"
HITS_PER_PAGE = 20
""", k=hexs(32))

add("shell/decoy-sops-exec", "ops/deploy_booking.sh", "https://github.com/getsops/sops#passing-secrets-to-other-processes", """
#!/usr/bin/env bash
# Deploy the booking app; secrets are decrypted into the environment only for helm.
set -euo pipefail
TAG=${1:?tag}
sops exec-env deploy/secrets.enc.yaml \\
  "helm upgrade --install booking helm/booking -n rink \\
     --set image.tag=$TAG \\
     --set-string payments.stripeSecretKey=\\$stripe_secret_key"
kubectl -n rink rollout status deploy/booking
""")

add("log/decoy-uk-kiosk-log", "logs/kasa-2026-12-04.log", "https://docs.python.org/3/library/logging.html", """
2026-12-04 09:58:12 INFO  каса        зміну відкрито, касир=taras, ПРРО=4000219753
2026-12-04 10:02:40 INFO  checkbox    чек створено fiscal_code=TEST-@@f1@@ сума=250.00
2026-12-04 10:05:03 INFO  mono        рахунок invoiceId=@@i1@@ статус=success
2026-12-04 10:05:04 INFO  квитки      видано MK-20261204-1000-003
2026-12-04 10:11:27 WARN  принтер     мало паперу
2026-12-04 10:20:55 INFO  checkbox    чек створено fiscal_code=TEST-@@f2@@ сума=120.00
""", f1=fakes.drawn(_seed(), 11, string.ascii_uppercase + string.digits), f2=fakes.drawn(_seed(), 11, string.ascii_uppercase + string.digits), i1=fakes.drawn(_seed(), 14, ALNUM))

add("yaml/decoy-k8s-configmap", "k8s/plantmon-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: plantmon-config
  namespace: plant
data:
  PLANT_HOST: "10.20.3.10"
  POLL_SECONDS: "15"
  INFLUX_BUCKET: plant
  INFLUX_ORG: ledova
  ALERT_AMMONIA_PPM: "25"
  ALERT_BRINE_SUPPLY_MAX_C: "-7.5"
""")

add("typescript/decoy-firebase-web-config", "web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config is public by design; access is governed by security rules.
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "rink-app-prod.firebaseapp.com",
  projectId: "rink-app-prod",
  storageBucket: "rink-app-prod.appspot.com",
  messagingSenderId: "418272641207",
  appId: "1:418272641207:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_key(), app=hexs(22))

add("go/decoy-jwt-parse-test", "scoreboard/internal/auth/auth_test.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5", """
package auth

import "testing"

// A token signed with the test key below; it expired in 2024.
const expiredToken = "@@jwt@@"

var testKey = []byte("unit-test-signing-key")

func TestExpiredTokenIsRejected(t *testing.T) {
	if _, err := Parse(expiredToken, testKey); err == nil {
		t.Fatal("expected an error for an expired token")
	}
}
""", jwt=jwt_like())

add("markdown/decoy-uk-password-policy", "docs/uk/polityka-paroliv.md", "https://www.nist.gov/itl/applied-cybersecurity/tig/back-basics-nist-sp-800-63b", """
# Політика паролів Льодової арени

- Довжина: не менше 12 символів; краще — фраза з 4 слів (наприклад, `ковзан-лід-шайба-зима`, але не цю!).
- Паролі зберігаємо лише в Bitwarden, колекція «Арена».
- Пристрої (камери, табло, контролер дверей) отримують окремі паролі, змінюються раз на пів року.
- Паролі не пишемо в Telegram, Viber, на стікерах і в цьому репозиторії.
- Заміна пароля після звільнення працівника — того ж дня.
""")

add("toml/decoy-netlify", "web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_API_BASE = "https://api.ledova-arena.com.ua/v2"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://www.google.com/recaptcha/"
""")

add("sql/decoy-stripe-ids", "db/reports/monthly_payments.sql", "https://docs.stripe.com/api/payment_intents/object", """
-- Monthly payments by kind; ids are Stripe object ids (not keys)
SELECT date_trunc('month', paid_at) AS month,
       kind,
       count(*) AS n,
       sum(amount_cents) / 100.0 AS total
FROM payments
WHERE stripe_payment_intent LIKE 'pi_%'
  AND paid_at >= '2026-09-01'
GROUP BY 1, 2
ORDER BY 1, 2;
-- example row: pi_3Q@@pi@@ / cus_R@@cus@@
""", pi=fakes.drawn(_seed(), 22, ALNUM), cus=fakes.drawn(_seed(), 13, ALNUM))

add("ansible/decoy-vault-vars", "ansible/group_vars/plant.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
plantmon_version: v1.4.0
plant_controller_host: 10.20.3.10
plant_controller_user: service
plant_controller_password: "{{ vault_plant_controller_password }}"
influx_token: "{{ vault_influx_token }}"
grafana_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/rink/grafana:admin') }}"
""")

add("xml/decoy-nuget-config", "ClubPortal/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="club" value="https://nexus.granitecc.local/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <club>
      <add key="Username" value="%NEXUS_USER%" />
      <add key="ClearTextPassword" value="%NEXUS_PASSWORD%" />
    </club>
  </packageSourceCredentials>
</configuration>
""")

add("rust/decoy-env-var", "lobby-display/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

fn main() {
    let token = env::var("SCOREBOARD_API_TOKEN").expect("set SCOREBOARD_API_TOKEN");
    let url = env::var("SCOREBOARD_URL").unwrap_or_else(|_| "http://10.20.6.2:8080/api/v1/game".into());
    println!("polling {url} (token: {} chars)", token.len());
    lobby_display::run(&url, &token);
}
""")

add("env/decoy-docker-secrets-paths", "plant/.env", "https://docs.docker.com/compose/how-tos/use-secrets/", """
# Машинне відділення: паролі лише через Docker secrets
PLANT_HOST=10.20.3.10
PLANT_USER=service
PLANT_PASSWORD_FILE=/run/secrets/plant_password
INFLUX_TOKEN_FILE=/run/secrets/influx_token
TZ=Europe/Kyiv
""")

add("kotlin/decoy-test-fixture", "app/src/test/kotlin/ua/ledova/bot/ViberNotifierTest.kt", "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token", """
package ua.ledova.bot

import org.junit.Assert.assertEquals
import org.junit.Test

class ViberNotifierTest {
    // Фіктивний токен для тестів, сервер Viber тут не викликається
    private val fakeToken = "00000000000000aa-00000000000000bb-00000000000000cc"

    @Test
    fun headerIsSet() {
        val req = ViberRequests.broadcast(fakeToken, "тест", listOf("user1"))
        assertEquals(fakeToken, req.header("X-Viber-Auth-Token"))
    }
}
""")

add("json/decoy-gcp-oauth-client-public", "RinkApp/GoogleService-Info.json", "https://developers.google.com/identity/sign-in/ios/start-integrating", """
{
  "CLIENT_ID": "418272641207-@@cid@@.apps.googleusercontent.com",
  "REVERSED_CLIENT_ID": "com.googleusercontent.apps.418272641207-@@cid@@",
  "BUNDLE_ID": "ua.ledova.app",
  "PROJECT_ID": "rink-app-prod",
  "GCM_SENDER_ID": "418272641207",
  "IS_SIGNIN_ENABLED": true
}
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("github-actions/decoy-env-secrets", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", """
name: deploy-booking
on:
  workflow_dispatch:
    inputs:
      tag: {required: true}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/setup-kubectl@v4
      - run: echo "${{ secrets.KUBECONFIG_B64 }}" | base64 -d > kubeconfig
      - run: KUBECONFIG=kubeconfig helm upgrade --install booking helm/booking --set image.tag=${{ inputs.tag }}
        env:
          SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}
""")

add("markdown/decoy-uk-zamboni-checklist", "docs/uk/lodozalyvna-mashyna.md", "https://www.zamboni.com/", """
# Льодозаливальна машина — щоденний чек-лист

| Пункт | Норма |
|---|---|
| Рівень заряду батареї | > 40 % перед заливкою |
| Температура води в баку | 60–65 °C |
| Ніж | заточка кожні 20 годин роботи |
| Серійний номер | ZE-552AC-@@sn@@ |
| Код ключа запалювання | у механіка (фізичний ключ) |

Після заливки — записати час у журнал і натиснути «Лід готовий» у боті.
""", sn=fakes.drawn(_seed(), 6, string.digits))

add("python/decoy-hashlib-digest", "kasa/receipts.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Номер квитка і контрольна сума для QR-коду на вході.\"\"\"
import hashlib

SALT_SOURCE = "settings.TICKET_QR_SALT"  # береться з налаштувань, тут лише назва


def qr_payload(ticket_no: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}:{ticket_no}".encode()).hexdigest()[:16]
    return f"LA|{ticket_no}|{digest}"


# Приклад: qr_payload("MK-20261204-1000-003", salt) -> "LA|MK-20261204-1000-003|@@d@@"
""", d=hexs(16))

add("compose/decoy-default-dev-passwords", "plant/docker-compose.dev.yml", "https://hub.docker.com/_/influxdb", """
# Лише для локальної розробки: одноразові облікові дані для ноутбука
services:
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: dev
      DOCKER_INFLUXDB_INIT_PASSWORD: devpassword
      DOCKER_INFLUXDB_INIT_ORG: ledova
      DOCKER_INFLUXDB_INIT_BUCKET: plant
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: dev-token
    ports: ["8086:8086"]
""")

add("csharp/decoy-user-secrets-id", "RinkBooking/RinkBooking.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@id@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Stripe.net" Version="46.2.0" />
    <PackageReference Include="Azure.Security.KeyVault.Secrets" Version="4.6.0" />
  </ItemGroup>
</Project>
""", id=uuid_s())

add("shell/decoy-htpasswd-hash", "ops/nginx/grafana.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# Basic auth for the public ice-temperature dashboard (bcrypt hashes, generated with htpasswd -B)
oksana:$2y$10$@@h1@@
ihor:$2y$10$@@h2@@
taras:$2y$10$@@h3@@
board:$2y$10$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("php/decoy-nova-poshta-test", "shop/tests/NovaPoshtaTest.php", "https://developers.novaposhta.ua/documentation", """
<?php
use PHPUnit\\Framework\\TestCase;
use Rink\\Shop\\Shipping\\NovaPoshta;

// Тест без мережі: HTTP-клієнт підмінено, ключ фіктивний
final class NovaPoshtaTest extends TestCase
{
    public function testBuildsPayload(): void
    {
        $np = new NovaPoshta(apiKey: 'test-api-key', http: new FakeHttp(['data' => []]));
        $this->assertSame([], $np->findWarehouses('8d5a980d-391c-11dd-90d9-001a92567626'));
    }
}
""")

add("ini/decoy-setup-cfg", "rink-sdk/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """
[metadata]
name = rink-sdk
version = attr: rink_sdk.__version__
author = Taras Melnyk
license = MIT

[options]
packages = find:
install_requires =
    httpx>=0.27

[flake8]
max-line-length = 110
""")

add("notebook/decoy-env-key", "analytics/notebooks/bonspiel_recap_v2.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=os.environ['OPENAI_API_KEY'])\\n",
    "print('key loaded:', bool(client.api_key))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")


# ---------------------------------------------------------------- last secrets

add("yaml/hikvision-nvr-password", "docs/uk/videonaglyad.yml", "https://www.hikvision.com/en/support/", """
# Відеонагляд арени: реєстратор і камери (для інтеграції з сайтом «Лід зараз»)
nvr:
  model: DS-7616NI-K2
  host: 10.20.4.2
  http_port: 80
  користувач: admin
  пароль: "@@secret@@"
камери:
  - {канал: 1, місце: "трибуна північ", ip: 10.20.4.11}
  - {канал: 2, місце: "трибуна південь", ip: 10.20.4.12}
  - {канал: 3, місце: "машинне відділення", ip: 10.20.4.13}
архів_днів: 30
""", secret=words_pw())

add("markdown/tg-token-handover", "docs/uk/peredacha-spravy-boty.md", "https://core.telegram.org/bots/features#botfather", """
# Передача справ: боти арени (від Тараса до Марії)

## @LedovaArenaBot (стан льоду, заливка)
- Код: `bots/ice_status_bot.py`, сервер `bots01`, сервіс `ice-bot.service`
- Токен від BotFather (поки не переклали в Vault):
  `@@secret@@`
- Чат адміністраторів: -1001873340021

## Що ще
- Після передачі — зробити /revoke у BotFather і видати новий токен.
- Бот хокейної школи — окремий, його веде тренер.
""", secret=fakes.telegram_token(_seed()))
# --- end of cases
