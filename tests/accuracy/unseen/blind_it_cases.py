"""Blind set IT: escape rooms and puzzle-game venues.

Booking widgets and their webhooks (Bookeo, Resova, FareHarbor, Xola), waivers, POS and payments,
prop controllers (ESP32, Raspberry Pi, MQTT, Arduino), game-master dashboards, room cameras and
venue IT, marketing and review tooling, CI and infrastructure of the venues' small dev teams, and
their decoys. Generated fakes only (seeds 3790000-3799999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3790000, 3799999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Cipher", "Lantern", "Vault", "Riddle", "Attic", "Crypt", "Compass", "Pharaoh", "Clockwork", "Alchemy",
         "Sphinx", "Labyrinth", "Mirror", "Keyhole", "Quill", "Raven", "Gearbox", "Oracle", "Tomb", "Saloon"]
LOWER = ["padlock", "candle", "portrait", "chest", "lever", "mirror", "sundial", "torch", "parrot", "cog",
         "scroll", "beacon", "goblet", "hourglass", "rune", "compass"]


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


def alnum(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def lower_alnum(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


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
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def gh_token() -> str:
    return fakes.github_token(_seed())


def tg_token() -> str:
    return fakes.telegram_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


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
    CASES.append(LabelledCase(f"blind-it/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe-secret-key", "booking-site/.env", "https://docs.stripe.com/keys", """
# Lockbox Escape Co. booking site
APP_ENV=production
APP_URL=https://book.lockboxescape.com
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
BOOKING_TIMEZONE=America/Chicago
MAX_PLAYERS_PER_ROOM=8
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/bookeo-api-key", "sync/bookeo_sync.py", "https://www.bookeo.com/apiref/", """
\"\"\"Pull tomorrow's bookings from Bookeo into the game-master sheet.\"\"\"
import datetime
import os

import requests

BOOKEO_API = "https://api.bookeo.com/v2"
API_KEY = "@@secret@@"
SECRET_KEY = os.environ["BOOKEO_APP_SECRET"]


def bookings_for(day: datetime.date):
    params = {
        "apiKey": API_KEY,
        "secretKey": SECRET_KEY,
        "startTime": f"{day}T00:00:00Z",
        "endTime": f"{day}T23:59:59Z",
        "expandParticipants": "true",
    }
    resp = requests.get(f"{BOOKEO_API}/bookings", params=params, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"]
""", alnum(32, "A7"))

add("yaml/mqtt-password", "props/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Prop controller bridge for room 3 "The Pharaoh's Tomb"
broker:
  host: 10.20.3.5
  port: 1883
  client_id: tomb-gm-console
  username: propmaster
  password: "@@secret@@"
topics:
  sarcophagus_lid: tomb/sarcophagus/state
  scarab_panel: tomb/scarabs/solved
  exit_maglock: tomb/exit/release
qos: 1
""", words_pw())

add("json/resova-api-key", "config/resova.json", "https://developers.resova.com/", """
{
  "provider": "resova",
  "baseUrl": "https://api.resova.us/v1",
  "apiKey": "@@secret@@",
  "locationId": 4417,
  "rooms": ["Sherlock's Study", "Prison Break", "Zombie Lab"],
  "syncIntervalMinutes": 5
}
""", lower_alnum(40))

add("shell/ssh-password", "scripts/deploy_props.sh", "https://linux.die.net/man/1/sshpass", """
#!/usr/bin/env bash
# Push new puzzle firmware to the Raspberry Pis in each room
set -euo pipefail
ROOMS="vault tomb saloon lab"
for r in $ROOMS; do
  echo "== $r"
  sshpass -p '@@secret@@' rsync -az ./build/ pi@$r-pi.local:/opt/puzzles/
  sshpass -p '@@secret@@' ssh pi@$r-pi.local 'sudo systemctl restart puzzles'
done
""", words_pw())

add("python/twilio-auth-token", "gm_dashboard/sms.py", "https://www.twilio.com/docs/usage/api", """
from twilio.rest import Client

# Text the group leader 30 minutes before their slot
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+15125550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, room: str, start: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Your {room} escape starts at {start}. Please arrive 15 min early!",
    )
""", hexs(32), sid=twilio_sid())

add("dockerfile/database-password", "hintbot/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DATABASE_URL=postgresql://hintbot:@@secret@@@db.internal:5432/hints
ENV HINT_COOLDOWN_SECONDS=120
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "hintbot.app:app"]
""", rand_pw(16))

add("compose/mysql-password", "docker-compose.yml", "https://hub.docker.com/_/mysql", """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: escapeboard
      MYSQL_USER: escape
      MYSQL_PASSWORD: @@secret@@
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      - db
volumes:
  dbdata:
""", rand_pw(18))

add("k8s-secret/fareharbor-user-key", "deploy/k8s/fareharbor-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: fareharbor-credentials
  namespace: booking
type: Opaque
data:
  FH_COMPANY_SHORTNAME: @@compb64@@
  FH_USER_KEY: @@userb64@@
""", (_fh := uuid_s()), compb64=b64("lockboxescape"), userb64=b64(_fh))

add("ini/smtp-password", "gmtools/mailer.ini", "https://docs.python.org/3/library/configparser.html", """
; Post-game photo mailer for Riddle Room Tucson
[smtp]
host = smtp.office365.com
port = 587
starttls = true
user = photos@riddleroomtucson.com
password = @@secret@@

[photos]
watch_dir = C:\\\\GameMaster\\\\PhotoBooth\\\\out
subject = Your team photo from {room}!
""", words_pw())

add("go/mqtt-password", "controller/cmd/lockctl/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """
package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tcp://192.168.40.2:1883")
	opts.SetClientID("vault-lockctl")
	opts.SetUsername("lockctl")
	opts.SetPassword("@@secret@@")
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatal(tok.Error())
	}
	c.Publish("vault/door/maglock", 1, false, "release")
	log.Println("vault door released")
}
""", rand_pw(20))

add("typescript/stripe-restricted-key", "web/src/server/payments.ts", "https://docs.stripe.com/keys#limit-access", """
import Stripe from "stripe";

// Gift vouchers for the puzzle rooms: create checkout sessions only
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function voucherCheckout(amountCents: number, email: string) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ price_data: { currency: "usd", unit_amount: amountCents,
      product_data: { name: "Escape Room Gift Voucher" } }, quantity: 1 }],
    success_url: "https://enigmaquest.com/vouchers/thanks",
    cancel_url: "https://enigmaquest.com/vouchers",
  });
}
""", stripe_key("rk_live_"))

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** WordPress site for Clue Chasers Escape Rooms */
define( 'DB_NAME', 'cluechasers_wp' );
define( 'DB_USER', 'cc_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'ccx_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(22, "!#%^"))

add("ruby/sendgrid-api-key", "app/mailers/booking_mailer_config.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails", """
# config/initializers for the booking confirmations
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@secret@@",
  domain: "mysteryminds.co.uk",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid_key())

add("csharp/hikvision-admin-password", "RoomCams/CameraConfig.cs", "https://learn.microsoft.com/dotnet/api/system.net.networkcredential", """
using System.Net;

namespace RoomCams
{
    public static class CameraConfig
    {
        // NVR in the back office records all six rooms
        public const string NvrHost = "http://10.0.50.10";
        public static readonly NetworkCredential Admin =
            new NetworkCredential("admin", "@@secret@@");

        public static string Snapshot(int channel) =>
            $"{NvrHost}/ISAPI/Streaming/channels/{channel}01/picture";
    }
}
""", words_pw())

add("java/redis-password", "src/main/java/com/puzzlehouse/timer/RedisConfig.java", "https://redis.io/docs/latest/develop/clients/jedis/", """
package com.puzzlehouse.timer;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public final class RedisConfig {
    private static final String HOST = "redis.puzzlehouse.internal";
    private static final int PORT = 6379;
    private static final String PASSWORD = "@@secret@@";

    public static JedisPool pool() {
        JedisPoolConfig cfg = new JedisPoolConfig();
        cfg.setMaxTotal(16);
        return new JedisPool(cfg, HOST, PORT, 2000, PASSWORD);
    }
}
""", redis_pw())

add("kotlin/xola-api-key", "android/app/src/main/java/com/escapehq/kiosk/XolaClient.kt", "https://developers.xola.com/", """
package com.escapehq.kiosk

import okhttp3.OkHttpClient
import okhttp3.Request

object XolaClient {
    private const val BASE = "https://xola.com/api"
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun checkIn(orderId: String): Boolean {
        val req = Request.Builder()
            .url("$BASE/orders/$orderId")
            .header("X-API-KEY", API_KEY)
            .header("X-API-VERSION", "2017-06-10")
            .build()
        http.newCall(req).execute().use { return it.isSuccessful }
    }
}
""", alnum(43, ""))

add("terraform/aws-secret-access-key", "infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """
provider "aws" {
  region     = "us-east-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "team_photos" {
  bucket = "breakout-columbus-team-photos"
}

resource "aws_s3_bucket_lifecycle_configuration" "expire" {
  bucket = aws_s3_bucket.team_photos.id
  rule {
    id     = "expire-after-90-days"
    status = "Enabled"
    expiration { days = 90 }
  }
}
""", (_aws1 := aws_pair())[1], akid=_aws1[0])

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", """
name: Deploy venue site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload over FTP
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.thegreatescaperoom.net
          username: deploy@thegreatescaperoom.net
          password: "@@secret@@"
          local-dir: ./public/
""", rand_pw(16, "!$"))

add("python/telegram-bot-token", "gm_bot/bot.py", "https://core.telegram.org/bots/api", """
import os
import telebot

# Game masters get a ping when a team asks for a hint from the in-room tablet
bot = telebot.TeleBot("@@secret@@")
GM_CHAT = -1002137764412


def notify_hint(room: str, puzzle: str, elapsed: int) -> None:
    bot.send_message(GM_CHAT, f"[{room}] hint requested on '{puzzle}' at {elapsed // 60}m")


if __name__ == "__main__":
    bot.infinity_polling()
""", tg_token())

add("markdown/wifi-and-router-password", "docs/venue-network.md", "https://www.ui.com/", """
# Venue network — Escape Artists Leeds

| Device | Address | Login |
|---|---|---|
| UniFi gateway | 192.168.1.1 | admin / @@secret@@ |
| Room switch (PoE) | 192.168.1.2 | adopted in UniFi |
| NVR | 192.168.1.10 | see 1Password "NVR" |

Guest Wi-Fi is `EscapeGuests`, the password is printed on the lobby board.
Props VLAN is 40, never give it to guests.
""", words_pw())

add("yaml/slack-webhook", "ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: gm-floor
  group_wait: 10s
receivers:
  - name: gm-floor
    slack_configs:
      - api_url: @@secret@@
        channel: '#floor-alerts'
        title: 'Prop offline: {{ .CommonLabels.room }}'
        text: '{{ .CommonAnnotations.description }}'
""", slack_webhook())

add("json/discord-webhook", "hint-tablet/settings.json", "https://discord.com/developers/docs/resources/webhook", """
{
  "room": "Haunted Attic",
  "durationMinutes": 60,
  "hintLimit": 3,
  "screensaverAfterSeconds": 300,
  "discordWebhook": "@@secret@@",
  "theme": "dark"
}
""", discord_webhook())

add("env/mailchimp-api-key", "marketing/.env.production", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
NODE_ENV=production
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_AUDIENCE_ID=8f2c1a9e7b
NEWSLETTER_DOUBLE_OPT_IN=true
""", mailchimp_key())

add("rust/mqtt-password", "firmware/vault-gate/src/config.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
use rumqttc::MqttOptions;
use std::time::Duration;

pub const BROKER: &str = "10.40.0.2";
pub const ROOM: &str = "bank-vault";

pub fn mqtt_options() -> MqttOptions {
    let mut opts = MqttOptions::new("vault-gate", BROKER, 1883);
    opts.set_keep_alive(Duration::from_secs(5));
    opts.set_credentials("vaultgate", "@@secret@@");
    opts
}
""", rand_pw(24))

add("swift/square-access-token", "GMiPad/Sources/POS/SquareConfig.swift", "https://developer.squareup.com/docs/build-basics/access-tokens", """
import Foundation

enum SquareConfig {
    static let environment = "production"
    static let locationID = "LQ2H7Y9Z4F3KD"
    static let accessToken = "@@secret@@"
    static let baseURL = URL(string: "https://connect.squareup.com/v2")!
}
""", square_token())

add("powershell/admin-password", "it/Setup-GMPC.ps1", "https://learn.microsoft.com/powershell/module/microsoft.powershell.localaccounts/new-localuser", """
# Prepare a new game-master PC for the front desk
$ErrorActionPreference = 'Stop'
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
New-LocalUser -Name 'gmadmin' -Password $pw -FullName 'GM Admin' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Administrators' -Member 'gmadmin'
winget install --id VideoLAN.VLC -e --silent
winget install --id OBSProject.OBSStudio -e --silent
Rename-Computer -NewName 'GM-DESK-02' -Restart
""", words_pw())

add("python/private-key", "kiosk/signing.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''
"""Signs the QR codes printed on escape-room tickets so the door scanner can verify them."""
from cryptography.hazmat.primitives import serialization

TICKET_SIGNING_KEY = """@@secret@@"""

_key = serialization.load_pem_private_key(TICKET_SIGNING_KEY.encode(), password=None)


def sign(booking_ref: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    return _key.sign(booking_ref.encode(), padding.PKCS1v15(), hashes.SHA256())
''', pem("RSA"))

add("yaml/smartwaiver-api-key", "config/waivers.yml", "https://api.smartwaiver.com/docs/v4/", """
waivers:
  provider: smartwaiver
  api_base: https://api.smartwaiver.com/v4
  api_key: @@secret@@
  template_id: 5f3c9a1e2b7d4
  require_minor_guardian: true
  webhook_path: /hooks/smartwaiver
""", hexs(32))

add("env/openai-api-key", "story-gen/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# Generates new clue text variants for the Detective room
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
CLUE_TONE=noir
MAX_VARIANTS=5
""", openai())

add("shell/github-token", "scripts/release_room_firmware.sh", "https://cli.github.com/manual/gh_release_create", """
#!/bin/sh
# Tag and publish a firmware build for the prop controllers
set -e
VERSION="$1"
export GH_TOKEN=@@secret@@
pio run -e esp32dev
cp .pio/build/esp32dev/firmware.bin "dist/props-$VERSION.bin"
gh release create "v$VERSION" "dist/props-$VERSION.bin" \\
  --repo clockwork-escapes/prop-firmware \\
  --title "Props $VERSION" --notes "Room controllers build $VERSION"
""", gh_token())

add("toml/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = @@secret@@
""", pypi())

add("ini/ldap-bind-password", "gmportal/ldap.cfg", "https://www.python-ldap.org/en/python-ldap-3.4.3/reference/ldap.html", """
[ldap]
uri = ldaps://dc01.escapehq.local:636
base_dn = OU=Staff,DC=escapehq,DC=local
bind_dn = CN=svc-gmportal,OU=Service,DC=escapehq,DC=local
bind_password = @@secret@@
group_gm = CN=GameMasters,OU=Groups,DC=escapehq,DC=local
group_manager = CN=Managers,OU=Groups,DC=escapehq,DC=local
""", words_pw())

add("sql/database-password", "db/migrations/0042_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Read-only role for the weekly occupancy report (Metabase)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE escapeboard TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON bookings, rooms, sessions, escape_times TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", rand_pw(20))

add("xml/smtp-password", "GameTimer/App.config", "https://learn.microsoft.com/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="RoomName" value="Submarine" />
    <add key="GameLengthMinutes" value="60" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="scores@deepescape.ie">
        <network host="smtp.gmail.com" port="587" enableSsl="true"
                 userName="scores@deepescape.ie" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", lower_alnum(16))

add("properties/database-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=leaderboard
server.port=8081
spring.datasource.url=jdbc:postgresql://pg.escapeworld.internal:5432/leaderboard
spring.datasource.username=leaderboard
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
leaderboard.top-n=20
""", rand_pw(18))

add("ansible/device-password", "ansible/group_vars/room_pis.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
ansible_user: pi
ansible_password: @@secret@@
ansible_become: true
puzzles_version: 2.7.1
mqtt_broker: 10.40.0.2
audio_device: hw:1,0
""", words_pw())

add("notebook/google-api-key", "analytics/reviews_analysis.ipynb", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Google reviews by room, last 12 months"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "PLACES_KEY = \\"@@secret@@\\"\\n",
    "PLACE_ID = \\"ChIJ2eUgeAK6j4ARbn5u_wAGqWA\\"\\n",
    "r = requests.get('https://maps.googleapis.com/maps/api/place/details/json', params={'place_id': PLACE_ID, 'fields': 'reviews', 'key': PLACES_KEY})\\n",
    "r.json()['result']['reviews'][:3]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_api_key())

add("csv/admin-password", "it/device_inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
device,room,ip,model,username,password,notes
maglock-ctrl-1,Vault,10.40.1.11,Arduino Mega+W5500,,,no auth
audio-pi,Vault,10.40.1.20,Raspberry Pi 4,pi,raspberry,changed? TODO
cam-vault-1,Vault,10.0.50.21,Hikvision DS-2CD2143,admin,@@secret@@,ptz off
cam-tomb-1,Tomb,10.0.50.22,Hikvision DS-2CD2143,admin,(same as vault),
tablet-tomb,Tomb,10.40.2.30,Fire HD 10,,,kiosk mode
""", words_pw())

add("log/basic-auth-header", "logs/booking-proxy-2024-11-02.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2024-11-02T17:04:11Z INFO  proxy started on :8088
2024-11-02T17:05:02Z DEBUG -> POST https://api.checkfront.com/3.0/booking/create
2024-11-02T17:05:02Z DEBUG    Authorization: Basic @@secret@@
2024-11-02T17:05:02Z DEBUG    Content-Type: application/x-www-form-urlencoded
2024-11-02T17:05:03Z INFO  <- 200 booking CF-88213 created (Pirate Ship, 6 pax)
2024-11-02T17:09:40Z INFO  <- 200 booking CF-88214 created (Asylum, 4 pax)
""", b64(lower_alnum(40) + ":" + lower_alnum(64)))

add("github-actions/aws-access-key", ".github/workflows/upload-photos.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: Sync team photos
on:
  schedule:
    - cron: "0 4 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@akid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./photos s3://escape-manchester-photos --exclude "*.tmp"
""", (_aws2 := aws_pair())[1], akid=_aws2[0])

add("typescript/firebase-admin-private-key", "functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", """
import * as admin from "firebase-admin";

// Leaderboard on the lobby TV
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "escape-leaderboard-7d1f2",
    clientEmail: "firebase-adminsdk-q2x8m@escape-leaderboard-7d1f2.iam.gserviceaccount.com",
    privateKey: "@@secret@@",
  }),
});

export const db = admin.firestore();
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"))

add("python/escape-room-master-api-token", "integrations/erm_client.py", "https://www.python-httpx.org/", """
import httpx

# Escape Room Master control software: start/stop room timers from the booking screen
ERM_URL = "https://control.escaperoommaster.local:8443/api/v1"
ERM_TOKEN = "erm_" "@@p1@@" "@@p2@@"


def start_room(room_id: int) -> None:
    httpx.post(f"{ERM_URL}/rooms/{room_id}/start",
               headers={"Authorization": f"Bearer {ERM_TOKEN}"},
               verify=False, timeout=5).raise_for_status()
""", "erm_" + (_erm := alnum(40)), p1=_erm[:20], p2=_erm[20:])

add("env/django-secret-key", "gmportal/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
DJANGO_SETTINGS_MODULE=gmportal.settings.prod
DJANGO_SECRET_KEY=@@secret@@
DJANGO_ALLOWED_HOSTS=gm.riddlerooms.nl
DATABASE_URL=postgres://gmportal@localhost:5432/gmportal
TIME_ZONE=Europe/Amsterdam
""", django_key())

add("yaml/redis-url", "hintbot/config/production.yml", "https://redis.io/docs/latest/develop/connect/cli/", """
app:
  name: hintbot
  rooms: [vault, tomb, saloon, lab, asylum]
cache:
  url: rediss://default:@@secret@@@redis-14823.c91.us-east-1-3.ec2.cloud.redislabs.com:14823/0
  ttl_seconds: 600
hints:
  cooldown_seconds: 120
  free_hints: 2
""", redis_pw())

add("java/smtp-password", "src/main/java/com/lostcity/mail/MailerFactory.java", "https://jakarta.ee/specifications/mail/", """
package com.lostcity.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailerFactory {
    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.mailgun.org");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("postmaster@mg.lostcityescape.com", "@@secret@@");
            }
        });
    }
}
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("markdown/handover-password", "docs/handover-2024-09.md", "https://www.markdownguide.org/basic-syntax/", """
# Handover — Ana to Tom (September)

- The Saloon piano puzzle sticks on key C#, reseat the reed switch if it misses.
- Bookeo: managers group now includes Priya.
- **Office PC admin**: user `frontdesk`, password `@@secret@@` (please change after first login).
- Cameras: the Asylum feed drops at night, the NVR reboots at 03:00 anyway.
- Vouchers: expired ones can be extended by 3 months, ask Marta.
""", words_pw())

add("compose/redis-password", "gm-stack/compose.yaml", "https://hub.docker.com/_/redis", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports:
      - "6379:6379"
  timers:
    image: ghcr.io/mindtrap/room-timers:1.4
    environment:
      REDIS_HOST: redis
    depends_on: [redis]
""", redis_pw())

add("shell/mysql-password", "backup/nightly_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Nightly dump of the booking DB to the NAS
DATE=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction escapeboard \\
  | gzip > /mnt/nas/backups/escapeboard-$DATE.sql.gz
find /mnt/nas/backups -name 'escapeboard-*.sql.gz' -mtime +30 -delete
echo "backup $DATE done"
""", rand_pw(16))

add("go/stripe-secret-key", "payments/internal/stripe/client.go", "https://github.com/stripe/stripe-go", """
package stripe

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/refund"
)

func init() {
	stripe.Key = "@@secret@@"
}

// RefundDeposit returns the group deposit when a session is cancelled by the venue.
func RefundDeposit(paymentIntent string) error {
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(paymentIntent)})
	return err
}
""", stripe_key())

add("k8s-secret/database-url", "deploy/k8s/leaderboard-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: leaderboard-db
  namespace: venue
type: Opaque
stringData:
  DATABASE_URL: postgresql://leaderboard:@@secret@@@pg-venue.postgres.database.azure.com:5432/leaderboard?sslmode=require
""", rand_pw(24))

add("php/stripe-webhook-secret", "app/Http/Controllers/StripeWebhookController.php", "https://docs.stripe.com/webhooks#verify-official-libraries", """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Stripe\\Webhook;

class StripeWebhookController extends Controller
{
    private const ENDPOINT_SECRET = '@@secret@@';

    public function handle(Request $request)
    {
        $event = Webhook::constructEvent(
            $request->getContent(),
            $request->header('Stripe-Signature'),
            self::ENDPOINT_SECRET
        );
        if ($event->type === 'checkout.session.completed') {
            \\App\\Jobs\\ConfirmRoomBooking::dispatch($event->data->object->id);
        }
        return response()->noContent();
    }
}
""", alnum(32, "whsec_"))

add("ruby/bookeo-secret-key", "lib/tasks/bookeo_export.rake", "https://www.bookeo.com/apiref/", """
namespace :bookeo do
  desc "Export last month's bookings for the accountant"
  task export: :environment do
    client = Bookeo::Client.new(
      api_key: ENV.fetch("BOOKEO_API_KEY"),
      secret_key: "@@secret@@"
    )
    rows = client.bookings(from: 1.month.ago.beginning_of_month, to: 1.month.ago.end_of_month)
    CSV.open("tmp/bookeo-#{Date.today}.csv", "w") do |csv|
      rows.each { |b| csv << [b.id, b.product_name, b.start_time, b.total_gross] }
    end
  end
end
""", alnum(22))

add("swift/admin-password", "LobbyBoard/Config/Secrets.swift", "https://developer.apple.com/documentation/swift", """
// Lobby TV leaderboard app (tvOS)
struct Secrets {
    static let leaderboardAdminPassword = "@@secret@@"
    static let leaderboardURL = "https://leaderboard.escapeology-bristol.co.uk"
    static let refreshSeconds = 30
}
""", words_pw())

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", ".env.example", "https://github.com/motdotla/dotenv#usage", """
# Copy to .env and fill in from 1Password (vault "Venue Dev")
APP_ENV=local
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
BOOKEO_API_KEY=<your-bookeo-api-key>
BOOKEO_SECRET_KEY=<your-bookeo-secret-key>
MQTT_PASSWORD=changeme
DATABASE_URL=postgres://escape:password@localhost:5432/escape_dev
""")

add("python/decoy-env-reference", "gm_dashboard/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

BOOKEO_API_KEY = os.environ["BOOKEO_API_KEY"]
BOOKEO_SECRET_KEY = os.environ["BOOKEO_SECRET_KEY"]
TWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN", "")
MQTT_PASSWORD = os.environ.get("MQTT_PASSWORD")
ROOMS = ["vault", "tomb", "saloon", "lab"]
HINT_LIMIT = int(os.getenv("HINT_LIMIT", "3"))
""")

add("typescript/decoy-publishable-key", "web/src/lib/stripeClient.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable keys are meant for the browser
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK);
export const currency = "gbp";
""", pk=stripe_key("pk_live_"))

add("yaml/decoy-vault-reference", "deploy/helm/values-prod.yaml", "https://external-secrets.io/latest/", """
image:
  repository: ghcr.io/cluequest/booking-api
  tag: "3.2.0"
env:
  BOOKING_TIMEZONE: Europe/London
secrets:
  - name: STRIPE_SECRET_KEY
    remoteRef: { key: venue/prod/stripe, property: secret_key }
  - name: MQTT_PASSWORD
    remoteRef: { key: venue/prod/mqtt, property: password }
secretStoreRef:
  name: aws-secrets-manager
  kind: ClusterSecretStore
""")

add("json/decoy-uuid-ids", "data/rooms.json", "https://www.rfc-editor.org/rfc/rfc9562", """
[
  {"id": "@@u1@@", "name": "The Vault", "players": [2, 6], "difficulty": 4},
  {"id": "@@u2@@", "name": "Pharaoh's Tomb", "players": [3, 8], "difficulty": 3},
  {"id": "@@u3@@", "name": "Wild West Saloon", "players": [2, 5], "difficulty": 2},
  {"id": "@@u4@@", "name": "Zombie Lab", "players": [4, 10], "difficulty": 5}
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-puzzle-hash", "puzzles/vault/answer_check.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"The vault keypad: the code is stored only as a salted hash so players can't read it off the tablet.\"\"\"
import hashlib
import hmac

SALT = b"vault-room"
CODE_SHA256 = "@@h@@"


def is_correct(entered: str) -> bool:
    digest = hashlib.sha256(SALT + entered.encode()).hexdigest()
    return hmac.compare_digest(digest, CODE_SHA256)
""", h=hexs(64))

add("markdown/decoy-puzzle-solution", "rooms/tomb/SOLUTIONS.md", "https://www.markdownguide.org/basic-syntax/", """
# Pharaoh's Tomb — GM solution sheet

1. Hieroglyph wall: ANKH, EYE, SCARAB, FEATHER -> opens the canopic cabinet.
2. Canopic jars weights: the combination lock is **4-7-1-9**.
3. Sarcophagus: the password on the papyrus is `OSIRIS`; type it on the keypad.
4. Final door: the word lock takes `ANUBIS`.

Reset: return the jars to the shelf, lock the cabinet, set the keypad to 0000.
""")

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
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
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
          BOOKEO_API_KEY: ${{ secrets.BOOKEO_API_KEY }}
""")

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/mqtt-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mqtt-credentials
  namespace: props
spec:
  encryptedData:
    MQTT_PASSWORD: AgB@@e1@@
    MQTT_USERNAME: AgC@@e2@@
  template:
    metadata:
      name: mqtt-credentials
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/"), e2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("terraform/decoy-variable-reference", "infra/booking.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """
variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/escape/prod/stripe_secret_key"
  type  = "SecureString"
  value = var.stripe_secret_key
}

resource "aws_db_instance" "booking" {
  identifier        = "escape-booking"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "escape"
  password          = var.db_password
}
""")

add("log/decoy-redacted", "logs/hintbot-2024-12-01.log", "https://docs.python.org/3/library/logging.html", """
2024-12-01 18:00:01 INFO hintbot starting, rooms=5
2024-12-01 18:00:01 INFO config: mqtt_user=hintbot mqtt_password=******** broker=10.40.0.2
2024-12-01 18:00:02 INFO config: bookeo api_key=A7****************************Qx secret_key=[REDACTED]
2024-12-01 18:12:44 INFO room=vault hint=2 puzzle=keypad elapsed=00:21:10
2024-12-01 18:40:03 INFO room=tomb escaped time=00:52:31
""")

add("shell/decoy-prompted-password", "scripts/reset_gm_password.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
# Reset a game master's portal password (asks for it, never stores it)
set -euo pipefail
read -rp "GM username: " GM_USER
read -rsp "New password: " GM_PASS; echo
docker compose exec -T gmportal python manage.py shell -c \\
  "from django.contrib.auth.models import User; u=User.objects.get(username='$GM_USER'); u.set_password('''$GM_PASS'''); u.save()"
echo "password updated for $GM_USER"
""")

add("csv/decoy-booking-refs", "exports/bookings_2024-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_ref,room,start,players,total,payment_intent,status
BK-24-10-0012,Vault,2024-10-03T18:00,5,125.00,pi_@@p1@@,paid
BK-24-10-0013,Tomb,2024-10-03T19:30,4,100.00,pi_@@p2@@,paid
BK-24-10-0014,Saloon,2024-10-04T17:00,6,138.00,pi_@@p3@@,refunded
BK-24-10-0015,Lab,2024-10-04T20:00,8,176.00,pi_@@p4@@,paid
""", p1=alnum(24), p2=alnum(24), p3=alnum(24), p4=alnum(24))

add("python/decoy-test-fixture", "tests/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from booking.webhooks import verify_signature

TEST_SECRET = "whsec_test_secret_for_unit_tests_only"


def test_signature_roundtrip():
    payload = b'{"type": "checkout.session.completed"}'
    ts = int(time.time())
    sig = hmac.new(TEST_SECRET.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    assert verify_signature(payload, f"t={ts},v1={sig}", TEST_SECRET)
""")

add("yaml/decoy-site-key", "web/config/recaptcha.yml", "https://developers.google.com/recaptcha/docs/display", """
# reCAPTCHA on the booking form (site key is public, secret lives in SSM)
recaptcha:
  site_key: 6Le@@sk@@
  secret_key_param: /escape/prod/recaptcha_secret
  min_score: 0.5
  actions: [booking, voucher, contact]
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("ini/decoy-empty-values", "gmtools/mailer.example.ini", "https://docs.python.org/3/library/configparser.html", """
; Example config: copy to mailer.ini
[smtp]
host = smtp.example.com
port = 587
starttls = true
user = photos@example.com
password =

[photos]
watch_dir = C:\\\\GameMaster\\\\PhotoBooth\\\\out
""")

add("dockerfile/decoy-build-arg", "kiosk/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""")

add("json/decoy-package-lock-integrity", "kiosk/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "room-kiosk",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mqtt": {
      "version": "5.10.1",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/howler": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/howler/-/howler-2.2.4.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("go/decoy-env-lookup", "controller/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	Broker   string
	Username string
	Password string
	Room     string
}

func Load() Config {
	return Config{
		Broker:   getenv("MQTT_BROKER", "tcp://10.40.0.2:1883"),
		Username: getenv("MQTT_USERNAME", "lockctl"),
		Password: os.Getenv("MQTT_PASSWORD"),
		Room:     getenv("ROOM", "vault"),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""")

add("markdown/decoy-docs-example", "docs/api.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """
# Booking API

Every request carries your venue key:

```bash
curl https://api.escapehub.example/v1/rooms \\
  -H "Authorization: Bearer YOUR_API_KEY"
```

Keys look like `eh_live_` followed by 32 characters. Create one under
**Settings -> Developers**; never paste it into a ticket.

| Field | Type | Notes |
|---|---|---|
| `room_id` | string | from `/v1/rooms` |
| `players` | int | 2-10 |
""")

# ---------------------------------------------------------------- more secrets

add("arduino/wifi-password", "props/clock_puzzle/clock_puzzle.ino", "https://docs.arduino.cc/libraries/wifi/", """
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "EscapeProps";
const char* WIFI_PASS = "@@secret@@";
const char* MQTT_HOST = "10.40.0.2";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (digitalRead(12) == LOW && digitalRead(13) == LOW) {
    mqtt.publish("saloon/clock/solved", "1");
  }
  mqtt.loop();
}
""", words_pw())

add("ini/wifi-psk", "pi-image/boot/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="EscapeProps"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("yaml/home-assistant-token", "homeassistant/scripts/lights_bridge.yaml", "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", """
# Room lighting cues, driven from the GM console
rest_command:
  vault_blackout:
    url: http://10.40.0.5:8123/api/services/scene/turn_on
    method: POST
    headers:
      authorization: "Bearer @@secret@@"
      content-type: application/json
    payload: '{"entity_id": "scene.vault_blackout"}'
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"' + hexs(32) + '","iat":1730000000,"exp":2045360000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("env/tailscale-auth-key", "room-pi/tailscale.env", "https://tailscale.com/kb/1085/auth-keys", """
# Joins each room Pi to the tailnet so GMs can SSH in from home
TS_AUTHKEY=@@secret@@
TS_HOSTNAME=room-pi-asylum
TS_EXTRA_ARGS=--advertise-tags=tag:roompi
TS_STATE_DIR=/var/lib/tailscale
""", "tskey-auth-" + alnum(17) + "-" + alnum(33))

add("shell/ngrok-authtoken", "scripts/expose_gm_console.sh", "https://ngrok.com/docs/agent/cli/#ngrok-config-add-authtoken", """
#!/usr/bin/env bash
# Let the owner watch the GM console from home on weekends
set -e
ngrok config add-authtoken @@secret@@
ngrok http --domain=gm-riddlecity.ngrok.app 5000
""", alnum(27) + "_" + alnum(21))

add("yaml/cloudflare-api-token", "ops/cloudflare-ddns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# cloudflare-ddns for the venue's dynamic IP (camera remote view)
auth:
  api_token: "@@secret@@"
domains:
  - name: cams.puzzlebreak.ca
    zone: puzzlebreak.ca
    proxied: false
ttl: 300
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("python/mapbox-secret-token", "tools/build_venue_map.py", "https://docs.mapbox.com/help/dive-deeper/access-tokens/", """
\"\"\"Builds the static 'find us' map for each of our four venues.\"\"\"
import requests

MAPBOX_TOKEN = "@@secret@@"
VENUES = {"downtown": (-79.3871, 43.6426), "north": (-79.4101, 43.7615)}

for name, (lon, lat) in VENUES.items():
    url = (f"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/"
           f"pin-l+e11d48({lon},{lat})/{lon},{lat},15/600x400@2x")
    png = requests.get(url, params={"access_token": MAPBOX_TOKEN}, timeout=30).content
    open(f"static/maps/{name}.png", "wb").write(png)
""", "sk." + b64('{"u":"breakoutmaps","a":"' + lower_alnum(25) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("toml/shopify-access-token", "merch-sync/config.toml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
# Sync escape-room merch (T-shirts, puzzle boxes) stock with the front-desk POS
[shopify]
shop = "breakout-merch.myshopify.com"
api_version = "2024-07"
admin_token = "@@secret@@"

[sync]
interval_minutes = 15
locations = ["Front desk", "Warehouse"]
""", "shpat_" + hexs(32))

add("json/gcp-service-account", "secrets/escape-analytics-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "escape-analytics-412210",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@escape-analytics-412210.iam.gserviceaccount.com",
  "client_id": "1048837729140625381",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("csharp/database-connection-string", "RoomControl/appsettings.Production.json", "https://learn.microsoft.com/sql/connect/ado-net/connection-string-syntax", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "RoomControl": "Server=tcp:sql-escapevenue.database.windows.net,1433;Database=roomcontrol;User ID=rcapp;Password=@@secret@@;Encrypt=True;"
  },
  "Rooms": { "Count": 6, "DefaultMinutes": 60 }
}
""", rand_pw(20, "!#"))

add("powershell/smtp-password", "it/Send-DailyReport.ps1", "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Emails the day's escape rates to the owners at closing
$report = Import-Csv 'C:\\GM\\reports\\today.csv' | ConvertTo-Html -Fragment
$cred = New-Object System.Management.Automation.PSCredential(
    'reports@mysteryhouse.com.au',
    (ConvertTo-SecureString '@@secret@@' -AsPlainText -Force))
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From 'reports@mysteryhouse.com.au' -To 'owners@mysteryhouse.com.au' `
    -Subject "Escape report $(Get-Date -Format d)" -Body ($report | Out-String) -BodyAsHtml
""", words_pw())

add("yaml/datadog-api-key", "ops/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: venue-server-01
tags:
  - venue:glasgow
  - env:prod
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("python/checkfront-api-secret", "integrations/checkfront.py", "https://api.checkfront.com/overview/auth.html", """
import requests
from requests.auth import HTTPBasicAuth

CHECKFRONT = "https://escapelane.checkfront.com/api/3.0"
AUTH = HTTPBasicAuth("@@key@@", "@@secret@@")


def todays_bookings():
    r = requests.get(f"{CHECKFRONT}/booking", params={"start_date": "today"}, auth=AUTH, timeout=15)
    r.raise_for_status()
    return list(r.json()["booking/index"].values())
""", lower_alnum(64), key=lower_alnum(40))

add("typescript/algolia-admin-key", "web/scripts/indexRooms.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import rooms from "../data/rooms.json";

const client = algoliasearch("Q7X3LM2K9B", "@@secret@@");
const index = client.initIndex("rooms_prod");

await index.replaceAllObjects(rooms.map((r) => ({ objectID: r.id, ...r })), {
  autoGenerateObjectIDIfNotExist: false,
});
console.log(`indexed ${rooms.length} rooms`);
""", hexs(32))

add("dockerfile/npm-token", "gm-console/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-bullseye
WORKDIR /app
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > /root/.npmrc
COPY package.json package-lock.json ./
RUN npm ci && rm /root/.npmrc
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""", fakes.fake("npm_", 36, _seed()))

add("compose/mosquitto-password", "props-stack/docker-compose.yml", "https://github.com/eclipse-mosquitto/mosquitto/tree/master/docker", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  nodered:
    image: nodered/node-red:4.0
    ports: ["1880:1880"]
    environment:
      - MQTT_URL=mqtt://nodered:@@secret@@@mosquitto:1883
    volumes:
      - ./nodered:/data
""", rand_pw(18))

add("json/node-red-credentials", "nodered/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """
{
    "8a1f2c3d4e5f6071": {
        "user": "nodered",
        "password": "@@secret@@"
    },
    "b2c3d4e5f6a70812": {
        "user": "hue",
        "password": ""
    }
}
""", rand_pw(18))

add("env/vonage-api-secret", "sms-reminders/.env", "https://developer.vonage.com/en/getting-started/concepts/authentication", """
VONAGE_API_KEY=@@key@@
VONAGE_API_SECRET=@@secret@@
VONAGE_FROM=EscapeRoom
REMIND_MINUTES_BEFORE=45
QUIET_HOURS=22-08
""", alnum(16), key=hexs(8))

add("go/telegram-bot-token", "scorebot/main.go", "https://pkg.go.dev/github.com/go-telegram-bot-api/telegram-bot-api/v5", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Panic(err)
	}
	msg := tgbotapi.NewMessage(-1001884402231, "New record in the Vault: 38:12 by team 'Lockpickers'")
	if _, err := bot.Send(msg); err != nil {
		log.Println(err)
	}
}
""", tg_token())

add("markdown/vnc-password", "docs/runbook-gm-station.md", "https://tigervnc.org/doc/vncpasswd.html", """
# Runbook: GM station won't show the room screens

1. Check the room Pi is on (green LED on the shelf behind the bookcase).
2. From the GM PC open VNC Viewer and connect to `room-pi-<room>.local:5900`.
3. Password: `@@secret@@`
4. If the screen is black, run `sudo systemctl restart room-display`.
5. Still nothing? Power-cycle the Pi from the UniFi PoE port (Port 7 = Vault, 8 = Tomb).
""", rand_pw(8))

add("kotlin/database-password", "server/src/main/kotlin/com/escapely/db/Database.kt", "https://github.com/JetBrains/Exposed", """
package com.escapely.db

import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database = Database.connect(
        url = "jdbc:postgresql://db.escapely.internal:5432/escapely",
        driver = "org.postgresql.Driver",
        user = "escapely_app",
        password = "@@secret@@",
    )
}
""", rand_pw(20))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "https://github.com/stripe/stripe-ruby", """
Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""", stripe_key())

add("xml/ftp-password", "photobooth/filezilla-sites.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.escapecapers.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>photobooth</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Team photos upload</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := words_pw()), enc=b64(_fz))

# ---------------------------------------------------------------- more decoys

add("ini/decoy-mosquitto-hashed-passwd", "mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
propmaster:$7$101$@@s1@@$@@h1@@
lockctl:$7$101$@@s2@@$@@h2@@
nodered:$7$101$@@s3@@$@@h3@@
hintbot:$7$101$@@s4@@$@@h4@@
gmconsole:$7$101$@@s5@@$@@h5@@
""", **{f"s{i}": fakes.drawn(_seed(), 16, ALNUM + "+/") for i in range(1, 6)},
    **{f"h{i}": fakes.drawn(_seed(), 86, ALNUM + "+/") + "==" for i in range(1, 6)})

add("typescript/decoy-firebase-web-config", "lobby-board/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

// Web config is public by design; access is enforced by Firestore rules
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "escape-leaderboard-7d1f2.firebaseapp.com",
  projectId: "escape-leaderboard-7d1f2",
  storageBucket: "escape-leaderboard-7d1f2.appspot.com",
  messagingSenderId: "804112937451",
  appId: "1:804112937451:web:@@app@@",
};

export const db = getFirestore(initializeApp(firebaseConfig));
""", k=google_api_key(), app=hexs(22))

add("yaml/decoy-ansible-vault", "ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
---
mqtt_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
ansible_password: "{{ vault_pi_password }}"
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(44))

add("json/decoy-sops-encrypted", "secrets/prod.enc.json", "https://github.com/getsops/sops", """
{
  "stripe_secret_key": "ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]",
  "bookeo_secret_key": "ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]",
  "sops": {
    "kms": [{"arn": "arn:aws:kms:eu-west-2:381492001177:key/@@kid@@", "created_at": "2024-08-14T10:02:11Z"}],
    "lastmodified": "2024-08-14T10:02:12Z",
    "version": "3.8.1"
  }
}
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 30, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", kid=uuid_s())

add("python/decoy-aws-docs-example", "tools/s3_photos_readme_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
\"\"\"Example from our README: how the photo uploader picks up credentials.

Do not put keys here. The AWS docs' example pair is shown only to illustrate the format:
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
\"\"\"
import boto3

session = boto3.Session(profile_name="escape-photos")
s3 = session.client("s3")
print(s3.list_objects_v2(Bucket="escape-team-photos", MaxKeys=5).get("KeyCount"))
""")

add("csv/decoy-lock-combinations", "rooms/reset_checklist.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
room,prop,lock_type,reset_code,notes
Vault,safe,digital keypad,0000,set after game; players find 7351
Vault,desk drawer,4-digit padlock,1888,year on the portrait
Tomb,canopic cabinet,directional lock,UDLRUU,
Saloon,strongbox,word lock,GOLD,
Lab,fridge,maglock,,released by MQTT lab/fridge/release
""")

add("sql/decoy-bcrypt-seed", "db/seeds/gm_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Dev seed: GM accounts, passwords stored as bcrypt hashes only
INSERT INTO gm_users (username, display_name, password_hash, role) VALUES
  ('ana', 'Ana R.', '$2b$12$@@h1@@', 'manager'),
  ('tom', 'Tom K.', '$2b$12$@@h2@@', 'gm'),
  ('priya', 'Priya S.', '$2b$12$@@h3@@', 'gm'),
  ('lee', 'Lee W.', '$2b$12$@@h4@@', 'gm');
""", **{f"h{i}": fakes.drawn(_seed(), 53, ALNUM + "./") for i in range(1, 5)})

add("yaml/decoy-k8s-secret-ref", "deploy/k8s/hintbot-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hintbot
spec:
  replicas: 1
  selector:
    matchLabels: { app: hintbot }
  template:
    metadata:
      labels: { app: hintbot }
    spec:
      containers:
        - name: hintbot
          image: ghcr.io/mindtrap/hintbot:2.1.0
          env:
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: { name: hintbot, key: telegram-token }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: hintbot, key: database-url }
""")

add("go/decoy-regex-patterns", "controller/internal/redact/redact.go", "https://pkg.go.dev/regexp", """
package redact

import "regexp"

// Patterns we mask before prop logs leave the venue.
var patterns = []*regexp.Regexp{
	regexp.MustCompile(`sk_live_[0-9a-zA-Z]{24,}`),
	regexp.MustCompile(`(?i)password\\s*[=:]\\s*\\S+`),
	regexp.MustCompile(`\\d{9,10}:AA[0-9A-Za-z_-]{33}`),
}

func Line(s string) string {
	for _, p := range patterns {
		s = p.ReplaceAllString(s, "[REDACTED]")
	}
	return s
}
""")

add("dockerfile/decoy-image-digest", "props-stack/nodered/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM nodered/node-red:4.0.2@sha256:@@d@@
USER root
RUN apk add --no-cache ffmpeg
USER node-red
RUN npm install --no-audit --no-fund node-red-contrib-mqtt-broker@0.2.9 node-red-dashboard@3.6.5
COPY flows.json /data/flows.json
ENV NODE_RED_ENABLE_PROJECTS=false
""", d=hexs(64))

add("json/decoy-firmware-manifest", "firmware/manifest.json", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/system/ota.html", """
{
  "name": "room-prop-controller",
  "version": "3.4.2",
  "builds": [
    {"chipFamily": "ESP32", "parts": [{"path": "props-3.4.2.bin", "offset": 65536}]}
  ],
  "sha256": "@@h@@",
  "md5": "@@m@@",
  "git_commit": "@@g@@"
}
""", h=hexs(64), m=hexs(32), g=hexs(40))

add("markdown/decoy-secret-manager-runbook", "docs/secrets.md", "https://developer.1password.com/docs/cli/reference/commands/read/", """
# Where our secrets live

| Secret | Where | How to read |
|---|---|---|
| Stripe live key | 1Password, vault "Venue Prod" | `op read "op://Venue Prod/Stripe/secret key"` |
| Bookeo API + secret key | 1Password, vault "Venue Prod" | `op read "op://Venue Prod/Bookeo/secret"` |
| MQTT passwords | AWS SSM `/props/mqtt/*` | `aws ssm get-parameter --with-decryption --name /props/mqtt/lockctl` |
| NVR admin | 1Password, vault "IT" | ask Marta |

Never paste a value into Slack or a ticket. Rotate after a GM leaves.
""")

add("env/decoy-public-ids", "web/.env.production", "https://developers.google.com/analytics/devguides/collection/ga4", """
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-7QH2KX81LM
NEXT_PUBLIC_META_PIXEL_ID=841220937461155
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_BOOKEO_WIDGET_TYPE=41553UHAWLL183A8FD9F1
NEXT_PUBLIC_MAPBOX_TOKEN=pk.@@mb@@
NEXT_PUBLIC_SITE_URL=https://www.escapeplanroom.com
""", pk=stripe_key("pk_live_"), mb=b64('{"u":"escapeplan","a":"' + lower_alnum(25) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/decoy-webhook-verify-env", "booking/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import os

import stripe
from flask import Blueprint, abort, request

bp = Blueprint("webhooks", __name__)
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@bp.post("/hooks/stripe")
def stripe_hook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        confirm_booking(event["data"]["object"]["client_reference_id"])
    return "", 204
""")

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "escape-props"
version = "2.7.1"
description = "MQTT prop controllers for escape rooms"
requires-python = ">=3.10"
dependencies = ["paho-mqtt>=2.0", "gpiozero>=2.0", "pygame>=2.5"]

[project.scripts]
props = "escape_props.cli:main"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("log/decoy-mqtt-log", "logs/mosquitto.log", "https://mosquitto.org/man/mosquitto-conf-5.html", """
1733079601: mosquitto version 2.0.18 starting
1733079601: Config loaded from /mosquitto/config/mosquitto.conf.
1733079601: Opening ipv4 listen socket on port 1883.
1733079655: New client connected from 10.40.1.11:51022 as vault-lockctl (p2, c1, k5, u'lockctl').
1733079660: New client connected from 10.40.2.30:40112 as tomb-tablet (p2, c1, k60, u'tablet').
1733079702: Client tomb-tablet disconnected: connection closed by client.
1733080011: Client auth failed for user 'propmaster' from 10.40.3.9: bad username or password.
""")

add("kotlin/decoy-build-config-reference", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.escapehq.kiosk"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.escapehq.kiosk"
        minSdk = 26
        versionCode = 42
        versionName = "4.2"
        buildConfigField("String", "XOLA_API_KEY", "\\"${System.getenv("XOLA_API_KEY") ?: ""}\\"")
    }
}
""")

add("php/decoy-env-config", "config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'bookeo' => [
        'api_key' => env('BOOKEO_API_KEY'),
        'secret_key' => env('BOOKEO_SECRET_KEY'),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
    ],
];
""")

add("ruby/decoy-credentials-fetch", "app/services/smartwaiver_client.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
class SmartwaiverClient
  BASE = "https://api.smartwaiver.com/v4".freeze

  def initialize(api_key: Rails.application.credentials.dig(:smartwaiver, :api_key))
    @api_key = api_key
  end

  def waivers_for(booking_ref)
    HTTP.headers("sw-api-key" => @api_key)
        .get("#{BASE}/search", params: { fromDts: 1.day.ago.iso8601, tag: booking_ref })
        .parse
  end
end
""")

add("csharp/decoy-user-secrets-id", "RoomControl/RoomControl.csproj", "https://learn.microsoft.com/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MQTTnet" Version="4.3.7.1207" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.2" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("shell/decoy-docker-secret-file", "scripts/start_stack.sh", "https://docs.docker.com/compose/how-tos/use-secrets/", """
#!/usr/bin/env bash
set -euo pipefail
# Secrets come from the host's secret files, never from this repo
export MQTT_PASSWORD_FILE=/run/secrets/mqtt_password
export DB_PASSWORD_FILE=/run/secrets/db_password
test -s "$MQTT_PASSWORD_FILE" || { echo "missing mqtt secret"; exit 1; }
docker compose -f props-stack/docker-compose.yml up -d
docker compose ps
""")

add("swift/decoy-keychain", "GMiPad/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "com.escapehq.gmipad.square"

    static func read() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess,
              let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("terraform/decoy-random-password", "infra/database.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "leaderboard_db" {
  length  = 24
  special = false
}

resource "azurerm_postgresql_flexible_server" "venue" {
  name                   = "pg-venue"
  resource_group_name    = "rg-escape-venue"
  location               = "uksouth"
  version                = "16"
  administrator_login    = "pgadmin"
  administrator_password = random_password.leaderboard_db.result
  sku_name               = "B_Standard_B1ms"
}
""")

# ---------------------------------------------------------------- secrets, batch 4

add("yaml/rtsp-camera-password", "frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 10.40.0.2
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  vault_wide:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.0.50.21:554/Streaming/Channels/101
          roles: [record, detect]
    detect: { width: 1280, height: 720 }
  tomb_wide:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.0.50.22:554/Streaming/Channels/101
          roles: [record]
""", words_pw())

add("python/slack-bot-token", "gm_dashboard/slack_notify.py", "https://api.slack.com/authentication/token-types#bot", """
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post_escape(room: str, team: str, time_left: str) -> None:
    client.chat_postMessage(
        channel="#escapes",
        text=f":tada: *{team}* escaped *{room}* with {time_left} left!",
    )
""", slack_bot())

add("env/paypal-client-secret", "voucher-shop/.env.local", "https://developer.paypal.com/api/rest/authentication/", """
# Gift voucher shop (PayPal checkout)
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
VOUCHER_VALID_MONTHS=12
""", "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("shell/curl-bearer-token", "scripts/refresh_xola_availability.sh", "https://developers.xola.com/", """
#!/bin/bash
# Cron: block out the Asylum room while the fog machine is being repaired
for day in 2024-11-18 2024-11-19 2024-11-20; do
  curl -sS -X POST "https://xola.com/api/experiences/6123ab9fe4b0c1d2a3f4e5d6/closures" \\
    -H "X-API-KEY: @@secret@@" \\
    -H "Content-Type: application/json" \\
    -d "{\\"start\\": \\"${day}T00:00:00\\", \\"end\\": \\"${day}T23:59:59\\", \\"note\\": \\"fog machine repair\\"}"
done
""", alnum(43))

add("properties/ldap-password", "config/gmportal-ldap.properties", "https://docs.spring.io/spring-security/reference/servlet/authentication/passwords/ldap.html", """
spring.ldap.urls=ldaps://dc01.escapehq.local:636
spring.ldap.base=DC=escapehq,DC=local
spring.ldap.username=CN=svc-leaderboard,OU=Service,DC=escapehq,DC=local
spring.ldap.password=@@secret@@
gmportal.ldap.group-search-base=OU=Groups
gmportal.ldap.gm-group=GameMasters
""", rand_pw(20, "#!"))

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "Venue site (Hostinger)",
    "host": "185.77.96.14",
    "protocol": "sftp",
    "port": 65002,
    "username": "u88213042",
    "password": "@@secret@@",
    "remotePath": "/home/u88213042/domains/escapequestpuzzles.com/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(14, "!@"))

add("go/database-dsn", "leaderboard/internal/store/store.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "leaderboard:@@secret@@@tcp(db.venue.internal:3306)/leaderboard?parseTime=true"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(5)
	return db, db.Ping()
}
""", rand_pw(18))

add("typescript/twilio-auth-token", "web/src/server/sms.ts", "https://www.twilio.com/docs/libraries/reference/twilio-node", """
import twilio from "twilio";

const client = twilio(
  "@@sid@@",
  "@@secret@@",
);

export async function sendGameCode(to: string, code: string) {
  await client.messages.create({
    to,
    from: "+442038087741",
    body: `Your team code for tonight's game is ${code}. See you soon!`,
  });
}
""", hexs(32), sid=twilio_sid())

add("notebook/database-password", "analytics/occupancy.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html", """
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
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@10.0.10.5:5432/escapeboard')\\n",
    "df = pd.read_sql('select room, date_trunc(\\\\'week\\\\', start_at) wk, count(*) from bookings group by 1, 2', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot(index='wk', columns='room', values='count').plot()"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("k8s-secret/stripe-secret-key", "deploy/k8s/booking-api-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: booking
  labels:
    app: booking-api
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  BOOKING_TIMEZONE: @@tz@@
""", (_sk8 := stripe_key()), enc=b64(_sk8), tz=b64("Europe/Berlin"))

add("ansible/mysql-root-password", "ansible/roles/booking_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Install MariaDB
  ansible.builtin.apt:
    name: [mariadb-server, python3-pymysql]
    state: present

- name: Create booking database user
  community.mysql.mysql_user:
    login_user: root
    login_password: "@@secret@@"
    name: booking
    password: "{{ booking_db_password }}"
    priv: "booking.*:ALL"
    state: present
""", words_pw())

add("markdown/wifi-psk-onboarding", "docs/onboarding-new-gm.md", "https://www.markdownguide.org/basic-syntax/", """
# Welcome to the team!

Your first week as a game master at Trapped Dublin:

1. Shadow two full games in each room.
2. Learn the reset sheets (`rooms/*/reset.md`).
3. Connect your phone to the staff Wi-Fi **TrappedStaff**, key `@@secret@@`.
   (The props network is separate; you never need it.)
4. Log into the GM console with your own account (Ana creates it).
""", passphrase())

add("python/aws-access-key", "tools/export_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-southeast-2",
)

for obj in s3.list_objects_v2(Bucket="crackthecode-photos", Prefix="2024/11/")["Contents"]:
    s3.download_file("crackthecode-photos", obj["Key"], f"export/{obj['Key'].split('/')[-1]}")
""", (_aws3 := aws_pair())[1], akid=_aws3[0])

add("yaml/sendgrid-api-key", "config/mail.yml", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", """
mail:
  from: bookings@escapegameberlin.de
  reply_to: team@escapegameberlin.de
  provider: sendgrid
  sendgrid:
    api_key: @@secret@@
    templates:
      confirmation: d-7f3a12b9c4e04f1d8a6b2c9e0f1a3b5c
      reminder: d-2b9c4e04f1d8a6b27f3a12b9c4e0f1a3
""", sendgrid_key())

add("ini/odbc-password", "reports/odbc.ini", "https://learn.microsoft.com/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[EscapeBoard]
Driver = PostgreSQL Unicode
Description = Booking DB for Excel reports
Servername = 10.0.10.5
Port = 5432
Database = escapeboard
Username = excel_reports
Password = @@secret@@
SSLmode = require
""", rand_pw(16))

add("toml/cloudflare-api-token", "wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """
name = "room-availability"
main = "src/index.ts"
compatibility_date = "2024-09-23"
account_id = "@@acct@@"

[vars]
BOOKEO_WIDGET_TYPE = "41553UHAWLL183A8FD9F1"
CF_API_TOKEN = "@@secret@@"

[[kv_namespaces]]
binding = "CACHE"
id = "@@kv@@"
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), acct=hexs(32), kv=hexs(32))

add("php/smtp-password", "contact/send.php", "https://github.com/PHPMailer/PHPMailer", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require 'vendor/autoload.php';

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'mail.enigmarooms.gr';
$mail->SMTPAuth = true;
$mail->Username = 'info@enigmarooms.gr';
$mail->Password = '@@secret@@';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port = 587;
$mail->setFrom('info@enigmarooms.gr', 'Enigma Rooms');
$mail->addAddress('bookings@enigmarooms.gr');
$mail->Subject = 'Contact form: ' . $_POST['subject'];
$mail->Body = $_POST['message'];
$mail->send();
""", words_pw())

add("csharp/mqtt-password", "RoomControl/Services/MqttService.cs", "https://github.com/dotnet/MQTTnet", """
using MQTTnet;
using MQTTnet.Client;

namespace RoomControl.Services;

public sealed class MqttService
{
    private readonly IMqttClient _client = new MqttFactory().CreateMqttClient();

    public Task ConnectAsync(CancellationToken ct) =>
        _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("10.40.0.2", 1883)
            .WithClientId("roomcontrol")
            .WithCredentials("roomcontrol", "@@secret@@")
            .Build(), ct);

    public Task ReleaseAsync(string room) =>
        _client.PublishStringAsync($"{room}/exit/release", "1");
}
""", rand_pw(22))

add("dockerfile/aws-keys", "photo-uploader/Dockerfile", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
FROM python:3.11-alpine
RUN pip install --no-cache-dir boto3 watchdog
ENV AWS_ACCESS_KEY_ID=@@akid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@ \\
    AWS_DEFAULT_REGION=us-west-2
COPY uploader.py /uploader.py
CMD ["python", "/uploader.py", "/photos"]
""", (_aws4 := aws_pair())[1], akid=_aws4[0])

add("log/smtp-auth-plain", "logs/photo-mailer-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """
2024-10-12 21:14:03 send: 'ehlo gm-desk-01\\r\\n'
2024-10-12 21:14:03 reply: b'250-smtp.zoho.eu Hello gm-desk-01'
2024-10-12 21:14:03 reply: b'250-AUTH LOGIN PLAIN'
2024-10-12 21:14:03 send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-10-12 21:14:04 reply: b'235 Authentication Successful'
2024-10-12 21:14:04 send: 'mail FROM:<photos@puzzleworks.es>\\r\\n'
2024-10-12 21:14:04 reply: b'250 Sender <photos@puzzleworks.es> OK'
""", base64.b64encode(b"\0photos@puzzleworks.es\0" + words_pw().encode()).decode())

add("github-actions/docker-hub-token", ".github/workflows/build-kiosk.yml", "https://github.com/docker/login-action", """
name: Build kiosk image
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: escapehqbuild
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          context: kiosk
          push: true
          tags: escapehq/kiosk:${{ github.ref_name }}
""", "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "_-"))

add("rust/discord-webhook", "tools/score-announcer/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/", """
use serde_json::json;

const WEBHOOK: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (room, team, time) = (&args[1], &args[2], &args[3]);
    reqwest::blocking::Client::new()
        .post(WEBHOOK)
        .json(&json!({ "content": format!("{team} escaped {room} in {time}!") }))
        .send()?
        .error_for_status()?;
    Ok(())
}
""", discord_webhook())

add("env/azure-storage-connection-string", "photo-wall/.env", "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string", """
# Lobby photo wall: shows the latest team photos from blob storage
PHOTO_CONTAINER=team-photos
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=escapephotosuk;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
WALL_REFRESH_SECONDS=20
WALL_MAX_PHOTOS=48
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- decoys, batch 3

add("yaml/decoy-compose-env-interpolation", "gm-stack/compose.prod.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD}"]
  timers:
    image: ghcr.io/mindtrap/room-timers:1.4
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      MQTT_PASSWORD: ${MQTT_PASSWORD}
    depends_on: [redis]
""")

add("python/decoy-keyring", "gmtools/credentials.py", "https://pypi.org/project/keyring/", """
\"\"\"GM desk tools read their passwords from the Windows Credential Manager.\"\"\"
import getpass

import keyring

SERVICE = "escape-gmtools"


def smtp_password() -> str:
    pw = keyring.get_password(SERVICE, "smtp")
    if pw is None:
        pw = getpass.getpass("SMTP password for photos@: ")
        keyring.set_password(SERVICE, "smtp", pw)
    return pw
""")

add("json/decoy-square-application-id", "GMiPad/Resources/square-reader.json", "https://developer.squareup.com/docs/build-basics/access-tokens#application-id", """
{
  "applicationId": "sq0idp-@@app@@",
  "locationId": "LQ2H7Y9Z4F3KD",
  "currency": "USD",
  "tipping": {"enabled": true, "percentages": [10, 15, 20]},
  "receiptFooter": "Thanks for playing at Escapology Austin!"
}
""", app=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("markdown/decoy-changelog-rotation", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.8.0] - 2024-11-04
### Security
- Rotated the MQTT passwords for all rooms after the October staff change (values in SSM only).
- Removed the old Bookeo key from `sync/bookeo_sync.py`; it now reads `BOOKEO_API_KEY`.

## [2.7.1] - 2024-10-12
### Fixed
- Vault keypad debounced (players could brute-force by mashing).
- Timer drift on the Tomb tablet after 55 minutes.
""")

add("csv/decoy-device-macs", "it/dhcp_reservations.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
hostname,mac,ip,vlan,serial
vault-lockctl,3C:71:BF:4A:12:9E,10.40.1.11,40,ESP32-8A1F2C3D
vault-pi,DC:A6:32:11:8F:70,10.40.1.20,40,10000000a1b2c3d4
tomb-pi,DC:A6:32:7B:02:5C,10.40.2.20,40,10000000e5f6a7b8
cam-vault-1,BC:AD:28:9E:33:01,10.0.50.21,50,DS-2CD2143G2-I20240118AAWRF12345678
cam-tomb-1,BC:AD:28:9E:33:02,10.0.50.22,50,DS-2CD2143G2-I20240118AAWRF12345679
gm-desk-01,00:15:5D:4C:11:A0,10.0.10.21,10,5CG2291XYZ
""")

add("shell/decoy-vault-cli", "scripts/load_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Export the booking app's secrets from Vault for a local debug session
set -euo pipefail
export VAULT_ADDR=https://vault.escapehq.internal:8200
vault login -method=oidc role=dev >/dev/null
export STRIPE_SECRET_KEY="$(vault kv get -field=secret_key kv/booking/stripe)"
export BOOKEO_SECRET_KEY="$(vault kv get -field=secret_key kv/booking/bookeo)"
export MQTT_PASSWORD="$(vault kv get -field=password kv/props/mqtt)"
exec "$SHELL"
""")

add("typescript/decoy-test-mock", "web/src/server/__tests__/payments.test.ts", "https://jestjs.io/docs/mock-functions", """
import { voucherCheckout } from "../payments";

jest.mock("stripe", () => jest.fn().mockImplementation(() => ({
  checkout: { sessions: { create: jest.fn().mockResolvedValue({ id: "cs_test_123", url: "https://checkout.stripe.com/c/pay/cs_test_123" }) } },
})));

process.env.STRIPE_SECRET_KEY = "sk_test_dummy";

test("creates a voucher checkout", async () => {
  const session = await voucherCheckout(5000, "player@example.com");
  expect(session.id).toBe("cs_test_123");
});
""")

add("yaml/decoy-openapi-spec", "docs/openapi.yaml", "https://swagger.io/specification/", """
openapi: 3.0.3
info:
  title: Room Control API
  version: 1.2.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Room-Key
paths:
  /rooms/{id}/start:
    post:
      security: [{ ApiKeyAuth: [] }]
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        "204": { description: Timer started }
""")

add("ini/decoy-git-config", "props-repo/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
	name = Prop Workshop
	email = workshop@clockworkescapes.com
[credential]
	helper = manager
[url "git@github.com:"]
	insteadOf = https://github.com/
[pull]
	rebase = true
""")

add("go/decoy-test-constants", "controller/cmd/lockctl/main_test.go", "https://pkg.go.dev/testing", """
package main

import "testing"

const (
	testBroker   = "tcp://127.0.0.1:1883"
	testUser     = "test"
	testPassword = "test"
)

func TestTopicFor(t *testing.T) {
	if got := topicFor("vault", "door"); got != "vault/door/maglock" {
		t.Fatalf("got %q", got)
	}
}
""")

add("notebook/decoy-env-getpass", "analytics/revenue_by_room.ipynb", "https://docs.python.org/3/library/getpass.html", """
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
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('DB password: ')\\n",
    "engine = create_engine(f'postgresql+psycopg2://analyst:{pw}@10.0.10.5:5432/escapeboard')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select room, sum(total) from bookings group by room', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("xml/decoy-maven-settings-env", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>escapehq-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>escapehq-nexus</id>
      <url>https://nexus.escapehq.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("properties/decoy-spring-placeholders", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/leaderboard
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD}
leaderboard.stripe.secret=${STRIPE_SECRET_KEY}
management.endpoints.web.exposure.include=health
""")

add("python/decoy-jwt-public-key", "kiosk/verify.py", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa", '''
"""Door scanner: verifies ticket QR codes with the PUBLIC key only."""
import jwt

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END PUBLIC KEY-----"""


def verify(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="door")
''', l1="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fakes.drawn(_seed(), 20, ALNUM + "+/"),
    l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l6=fakes.drawn(_seed(), 24, ALNUM + "+/") + "IDAQAB")

add("sql/decoy-schema", "db/migrations/0001_init.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE rooms (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    min_players int NOT NULL,
    max_players int NOT NULL
);

CREATE TABLE gm_users (
    id serial PRIMARY KEY,
    username text UNIQUE NOT NULL,
    password_hash text NOT NULL,
    api_token_sha256 char(64),
    role text NOT NULL DEFAULT 'gm'
);
""")

add("log/decoy-booking-webhook", "logs/bookeo-webhook-2024-11-09.log", "https://www.bookeo.com/apiref/#webhooks", """
2024-11-09T16:01:12Z INFO  webhook received type=bookings domain=booking id=@@b1@@
2024-11-09T16:01:12Z INFO  signature ok (X-Bookeo-Signature sha256=@@s1@@)
2024-11-09T16:01:13Z INFO  booking 2411091601-VLT created, room=Vault, players=5
2024-11-09T16:20:44Z INFO  webhook received type=bookings domain=booking id=@@b2@@
2024-11-09T16:20:44Z INFO  signature ok (X-Bookeo-Signature sha256=@@s2@@)
2024-11-09T16:20:45Z INFO  booking 2411091620-TMB cancelled
""", b1=uuid_s(), s1=hexs(64), b2=uuid_s(), s2=hexs(64))

add("dockerfile/decoy-arg-no-default", "booking-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG GIT_SHA
ARG BUILD_DATE
LABEL org.opencontainers.image.revision=$GIT_SHA \\
      org.opencontainers.image.created=$BUILD_DATE
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY booking ./booking
CMD ["uvicorn", "booking.main:app", "--host", "0.0.0.0", "--port", "8000"]
""")

add("k8s-secret/decoy-external-secret", "deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-api
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-api
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/booking/stripe, property: secret_key }
""")

add("rust/decoy-env-var", "tools/score-announcer/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub webhook: String,
    pub venue: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            webhook: env::var("DISCORD_WEBHOOK_URL").expect("DISCORD_WEBHOOK_URL not set"),
            venue: env::var("VENUE").unwrap_or_else(|_| "Downtown".into()),
        }
    }
}
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-infra.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: Deploy infra
on:
  push:
    branches: [main]
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492001177:role/github-infra-deploy
          aws-region: us-east-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra init && terraform -chdir=infra apply -auto-approve
""")

add("env/decoy-local-dev", ".env.development", "https://github.com/motdotla/dotenv#usage", """
# Local docker compose stack; these only exist on your laptop
DATABASE_URL=postgres://postgres:postgres@localhost:5432/escape_dev
REDIS_URL=redis://localhost:6379/0
MQTT_URL=mqtt://localhost:1883
MQTT_USERNAME=dev
MQTT_PASSWORD=dev
STRIPE_SECRET_KEY=
""")

# ---------------------------------------------------------------- secrets, batch 5

add("python/klaviyo-private-key", "marketing/klaviyo_sync.py", "https://developers.klaviyo.com/en/docs/authenticate_", """
\"\"\"Push players who opted in at checkout to the 'Escaped!' Klaviyo list.\"\"\"
import requests

KLAVIYO_PRIVATE_KEY = "pk_@@body@@"
LIST_ID = "XkR2mP"


def subscribe(email: str, room: str) -> None:
    requests.post(
        "https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/",
        headers={"Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}", "revision": "2024-10-15"},
        json={"data": {"type": "profile-subscription-bulk-create-job",
                       "attributes": {"profiles": {"data": [{"type": "profile", "attributes": {"email": email, "properties": {"last_room": room}}}]}},
                       "relationships": {"list": {"data": {"type": "list", "id": LIST_ID}}}}},
        timeout=10,
    ).raise_for_status()
""", "pk_" + (_kl := hexs(34)), body=_kl)

add("yaml/hubspot-private-app-token", "integrations/hubspot.yaml", "https://developers.hubspot.com/docs/api/private-apps", """
hubspot:
  portal_id: 24188301
  access_token: @@secret@@
  pipelines:
    corporate_events: "default"
  sync:
    team_building_inquiries: true
    birthday_parties: true
""", "pat-eu1-" + uuid_s())

add("typescript/airtable-token", "scripts/importPuzzleInventory.ts", "https://airtable.com/developers/web/guides/personal-access-tokens", """
import Airtable from "airtable";

// Prop inventory lives in Airtable; this copies it into our repair tracker
const base = new Airtable({
  apiKey: "@@secret@@",
}).base("appR3xQ9zLm2KdT8v");

const records = await base("Props").select({ view: "Needs repair" }).all();
for (const r of records) {
  console.log(`${r.get("Room")}: ${r.get("Prop")} - ${r.get("Issue")}`);
}
""", "pat" + alnum(14) + "." + hexs(64))

add("env/google-oauth-client-secret", "gmportal/.env.prod", "https://developers.google.com/identity/protocols/oauth2/web-server", """
# Staff sign in with Google Workspace
GOOGLE_CLIENT_ID=804112937451-@@cid@@.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@secret@@
GOOGLE_HOSTED_DOMAIN=lockedinescape.com
SESSION_COOKIE_SECURE=true
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=lower_alnum(32))

add("php/facebook-app-secret", "config/facebook.php", "https://developers.facebook.com/docs/facebook-login/security/#appsecret", """
<?php
// Facebook Lead Ads -> booking inquiries for team events
return [
    'app_id' => '1382044109921147',
    'app_secret' => '@@secret@@',
    'page_id' => '108822193455012',
    'graph_version' => 'v19.0',
];
""", hexs(32))

add("json/mollie-api-key", "payments/mollie.config.json", "https://docs.mollie.com/reference/authentication", """
{
  "provider": "mollie",
  "apiKey": "live_@@body@@",
  "profileId": "pfl_QkEhN94Ba",
  "methods": ["ideal", "creditcard", "bancontact"],
  "webhookUrl": "https://boeken.escaperoomutrecht.nl/hooks/mollie",
  "redirectUrl": "https://boeken.escaperoomutrecht.nl/bedankt"
}
""", "live_" + (_mo := alnum(30)), body=_mo)

add("shell/digitalocean-token", "scripts/snapshot_droplet.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", """
#!/usr/bin/env bash
# Weekly snapshot of the booking droplet before Saturday rush
set -euo pipefail
export DIGITALOCEAN_ACCESS_TOKEN="@@secret@@"
DROPLET_ID=388120455
doctl compute droplet-action snapshot "$DROPLET_ID" --snapshot-name "booking-$(date +%F)" --wait
doctl compute snapshot list --format Name,CreatedAt | tail -5
""", "dop_v1_" + hexs(64))

add("ruby/sentry-auth-token", "config/deploy.rb", "https://docs.sentry.io/account/auth-tokens/", """
# Capistrano deploy for the booking site
set :application, "escape_booking"
set :repo_url, "git@github.com:escapehq/booking.git"
set :deploy_to, "/var/www/escape_booking"
set :linked_files, %w[config/master.key]

after "deploy:finished", "sentry:release" do
  on roles(:app) do
    execute "sentry-cli", "--auth-token @@secret@@ releases new #{fetch(:current_revision)}"
  end
end
""", "sntrys_" + b64('{"iat":1731000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"escapehq"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, release]

build-firmware:
  stage: build
  image: python:3.12
  script:
    - pip install platformio
    - pio run -e esp32dev
  artifacts:
    paths: [.pio/build/esp32dev/firmware.bin]

publish:
  stage: release
  image: curlimages/curl:8.10.1
  script:
    - 'curl --header "PRIVATE-TOKEN: @@secret@@" --upload-file .pio/build/esp32dev/firmware.bin "https://gitlab.com/api/v4/projects/58812044/packages/generic/props/$CI_COMMIT_TAG/firmware.bin"'
  rules:
    - if: $CI_COMMIT_TAG
""", "glpat-" + fakes.drawn(_seed(), 20, ALNUM + "-_"))

add("python/hue-bridge-username", "props/lighting/hue_cues.py", "https://developers.meethue.com/develop/get-started-2/", """
\"\"\"Lighting cues for the Haunted Attic (Philips Hue bridge in the ceiling void).\"\"\"
import requests

BRIDGE = "http://10.40.4.2"
HUE_USER = "@@secret@@"


def scene(group: int, scene_id: str) -> None:
    requests.put(f"{BRIDGE}/api/{HUE_USER}/groups/{group}/action", json={"scene": scene_id}, timeout=2)


def flicker(light: int) -> None:
    requests.put(f"{BRIDGE}/api/{HUE_USER}/lights/{light}/state", json={"alert": "lselect"}, timeout=2)
""", fakes.drawn(_seed(), 40, ALNUM + "-"))

add("openssh/ssh-private-key", "room-pi/home/pi/.ssh/id_ed25519", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    + "\n".join(fakes.drawn(_seed(), 70, ALNUM + "+/") for _ in range(4)) + "\n" + fakes.drawn(_seed(), 40, ALNUM + "+/") + "==\n-----END OPENSSH PRIVATE KEY-----")

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://github.com/pypa/gh-action-pypi-publish", """
name: Publish escape-props
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", pypi())

add("kotlin/stripe-secret-key", "server/src/main/kotlin/com/escapely/pay/StripeSetup.kt", "https://github.com/stripe/stripe-java", """
package com.escapely.pay

import com.stripe.Stripe

object StripeSetup {
    fun init() {
        Stripe.apiKey = "@@secret@@"
        Stripe.setAppInfo("escapely-booking", "2.3.0", "https://escapely.io")
    }
}
""", stripe_key())

add("csv/wifi-passwords", "it/network_ssids.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ssid,vlan,security,passphrase,who
EscapeGuests,20,WPA2,ask-at-desk,guests (printed on lobby board daily)
TrappedStaff,10,WPA2,see 1Password,staff phones and GM PCs
EscapeProps,40,WPA2,@@secret@@,prop controllers only
EscapeCams,50,wired,,cameras
""", rand_pw(20))

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "leaderboard" {
  identifier             = "escape-leaderboard"
  engine                 = "mysql"
  engine_version         = "8.0"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  db_name                = "leaderboard"
  username               = "admin"
  password               = "@@secret@@"
  skip_final_snapshot    = true
  vpc_security_group_ids = [aws_security_group.db.id]
}
""", rand_pw(22))

add("markdown/stripe-key-in-issue", "docs/incidents/2024-08-payments-down.md", "https://www.markdownguide.org/basic-syntax/", """
# Incident: payments failing, 17 Aug 2024

**Impact**: 14 bookings could not be paid online between 16:05 and 17:40.

**Cause**: the Stripe key on the server had been rolled in the dashboard but not in the app.

**Fix**: set the new key on the server:

    STRIPE_SECRET_KEY=@@secret@@

then `systemctl restart booking`. Payments resumed at 17:41.

**Follow-up**: move the key to SSM (ticket OPS-112).
""", stripe_key())

add("swift/twilio-auth-token", "GMiPad/Sources/Messaging/TwilioSender.swift", "https://www.twilio.com/docs/usage/requests-to-twilio", """
import Foundation

struct TwilioSender {
    let accountSID = "@@sid@@"
    let authToken = "@@secret@@"

    func request(to: String, body: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.twilio.com/2010-04-01/Accounts/\\(accountSID)/Messages.json")!)
        req.httpMethod = "POST"
        let basic = Data("\\(accountSID):\\(authToken)".utf8).base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        req.httpBody = "To=\\(to)&From=%2B15125550143&Body=\\(body)".data(using: .utf8)
        return req
    }
}
""", hexs(32), sid=twilio_sid())

add("powershell/unifi-password", "it/Backup-UniFi.ps1", "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Download the UniFi controller backup every Monday
$body = @{ username = 'backup'; password = '@@secret@@' } | ConvertTo-Json
$session = $null
Invoke-RestMethod -Uri 'https://192.168.1.1/api/auth/login' -Method Post -Body $body `
    -ContentType 'application/json' -SessionVariable session -SkipCertificateCheck | Out-Null
$out = "\\\\nas01\\it\\unifi\\backup-$(Get-Date -Format yyyyMMdd).unf"
Invoke-WebRequest -Uri 'https://192.168.1.1/proxy/network/api/s/default/cmd/backup' -WebSession $session `
    -Method Post -Body '{"cmd":"backup"}' -ContentType 'application/json' -OutFile $out -SkipCertificateCheck
""", words_pw())

add("java/xola-api-key", "src/main/java/com/puzzlehouse/booking/XolaConfig.java", "https://developers.xola.com/", """
package com.puzzlehouse.booking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class XolaConfig {
    @Bean
    WebClient xola() {
        return WebClient.builder()
            .baseUrl("https://xola.com/api")
            .defaultHeader("X-API-KEY", "@@secret@@")
            .defaultHeader("X-API-VERSION", "2017-06-10")
            .build();
    }
}
""", alnum(43))

add("compose/postgres-password", "metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/running-metabase-on-docker", """
services:
  metabase:
    image: metabase/metabase:v0.50.24
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@secret@@
      MB_DB_HOST: pg
  pg:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: @@secret@@
""", rand_pw(20))

# ---------------------------------------------------------------- secrets, batch 6

add("yaml/esphome-ota-password", "esphome/portrait-eyes.yaml", "https://esphome.io/components/ota/esphome.html", """
esphome:
  name: portrait-eyes
  friendly_name: Haunted portrait eyes
esp32:
  board: esp32dev
wifi:
  ssid: EscapeProps
  password: !secret props_wifi
api:
  encryption:
    key: !secret api_key
ota:
  - platform: esphome
    password: "@@secret@@"
servo:
  - id: eyes
    output: eyes_pwm
output:
  - platform: ledc
    id: eyes_pwm
    pin: GPIO18
    frequency: 50 Hz
""", hexs(32))

add("yaml/esphome-secrets", "esphome/secrets.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", """
# ESPHome secrets for all attic props
props_ssid: "EscapeProps"
props_wifi: "@@secret@@"
attic_room: "Haunted Attic"
mqtt_broker: "10.40.0.2"
timezone: "Europe/London"
""", passphrase())

add("python/peek-pro-api-key", "integrations/peek_sync.py", "https://www.peek.com/pro/", """
\"\"\"Mirror Peek Pro bookings into the GM schedule board.\"\"\"
import httpx

PEEK_API = "https://api.peekpro.com/v1"
HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
}


def upcoming(limit: int = 50):
    r = httpx.get(f"{PEEK_API}/bookings", params={"status": "confirmed", "limit": limit}, headers=HEADERS)
    r.raise_for_status()
    return r.json()["bookings"]
""", "pk_live_" + lower_alnum(40))

add("env/redis-url", "timers/.env", "https://redis.io/docs/latest/develop/clients/redis-py/", """
# Room timer service
TIMER_TICK_MS=250
REDIS_URL=redis://:@@secret@@@10.0.10.7:6379/2
ROOMS=vault,tomb,saloon,lab,attic
OVERTIME_ALLOWED_SECONDS=300
""", redis_pw())

add("json/bookeo-secret-key", "zapier/bookeo-to-sheets.json", "https://www.bookeo.com/apiref/", """
{
  "zap": "Bookeo new booking -> Google Sheet",
  "trigger": {
    "app": "webhooks",
    "url": "https://api.bookeo.com/v2/bookings",
    "query": {
      "apiKey": "{{bundle.authData.bookeo_api_key}}",
      "secretKey": "@@secret@@",
      "lastUpdatedStartTime": "{{zap_meta_timestamp}}"
    }
  },
  "action": {"app": "google-sheets", "spreadsheet": "Weekly bookings", "worksheet": "Raw"}
}
""", alnum(22))

add("shell/telegram-bot-token", "props/watchdog.sh", "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/bash
# Ping the GM group when a prop controller stops answering
BOT="@@secret@@"
CHAT=-1001884402231
for host in vault-lockctl tomb-pi saloon-pi lab-pi; do
  if ! ping -c1 -W1 "$host.local" >/dev/null; then
    curl -s "https://api.telegram.org/bot$BOT/sendMessage" -d chat_id=$CHAT -d text="⚠️ $host is offline"
  fi
done
""", tg_token())

add("go/sendgrid-api-key", "mailer/cmd/confirm/main.go", "https://github.com/sendgrid/sendgrid-go", """
package main

import (
	"log"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

func main() {
	from := mail.NewEmail("Escape Planet", "bookings@escapeplanet.in")
	to := mail.NewEmail("Player", "player@example.com")
	m := mail.NewSingleEmail(from, "Your booking is confirmed", to, "See you Saturday!", "<b>See you Saturday!</b>")
	client := sendgrid.NewSendClient("@@secret@@")
	if _, err := client.Send(m); err != nil {
		log.Fatal(err)
	}
}
""", sendgrid_key())

add("typescript/github-fine-grained-token", "scripts/openIssueFromGM.ts", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
import { Octokit } from "@octokit/rest";

// GMs report broken props from the console; this files a GitHub issue
const octokit = new Octokit({ auth: "@@secret@@" });

export async function reportProp(room: string, prop: string, note: string) {
  await octokit.issues.create({
    owner: "clockwork-escapes",
    repo: "prop-firmware",
    title: `[${room}] ${prop} broken`,
    body: note,
    labels: ["repair", room.toLowerCase()],
  });
}
""", fakes.github_fine_grained_token(_seed()))

add("xml/database-password", "RoomTimer/Web.config", "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="Timers"
         connectionString="Data Source=SQL01\\SQLEXPRESS;Initial Catalog=RoomTimers;User Id=timers;Password=@@secret@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("ansible/become-password", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[room_pis]
vault-pi.local
tomb-pi.local
saloon-pi.local

[gm_servers]
venue-server-01 ansible_host=10.0.10.5 ansible_user=ops ansible_become_password=@@secret@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("properties/mqtt-password", "bridge/src/main/resources/mqtt.properties", "https://eclipse.dev/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
mqtt.broker=tcp://10.40.0.2:1883
mqtt.clientId=leaderboard-bridge
mqtt.username=bridge
mqtt.password=@@secret@@
mqtt.topics=+/escaped,+/hint/requested
mqtt.qos=1
""", rand_pw(18))

add("sql/api-key-insert", "db/seeds/integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Production integrations (run once on the venue DB)
INSERT INTO integrations (name, base_url, api_key, enabled) VALUES
  ('resova', 'https://api.resova.us/v1', '@@secret@@', true),
  ('smartwaiver', 'https://api.smartwaiver.com/v4', NULL, false),
  ('tripadvisor', 'https://api.content.tripadvisor.com/api/v1', NULL, false);
UPDATE settings SET value = 'resova' WHERE key = 'booking_provider';
""", lower_alnum(40))

# ---------------------------------------------------------------- decoys, batch 4

add("yaml/decoy-esphome-secret-refs", "esphome/bookcase-door.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """
esphome:
  name: bookcase-door
esp32:
  board: esp32dev
wifi:
  ssid: !secret props_ssid
  password: !secret props_wifi
api:
  encryption:
    key: !secret api_key
ota:
  - platform: esphome
    password: !secret ota_password
switch:
  - platform: gpio
    name: Bookcase maglock
    pin: GPIO26
""")

add("python/decoy-example-hash-salt", "puzzles/tomb/keypad.py", "https://docs.python.org/3/library/hmac.html", """
\"\"\"Tomb keypad: the code is configurable by GMs; we keep only its HMAC.\"\"\"
import hmac
from hashlib import sha256

PEPPER_ENV = "TOMB_PEPPER"
EXPECTED = "@@h@@"
ATTEMPT_LIMIT = 50


def check(code: str, pepper: bytes) -> bool:
    return hmac.compare_digest(hmac.new(pepper, code.encode(), sha256).hexdigest(), EXPECTED)
""", h=hexs(64))

add("json/decoy-tsconfig", "web/tsconfig.json", "https://www.typescriptlang.org/tsconfig", """
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "bundler",
    "strict": true,
    "jsx": "preserve",
    "paths": { "@/*": ["./src/*"] }
  },
  "include": ["src"]
}
""")

add("markdown/decoy-readme-setup", "README.md", "https://www.markdownguide.org/basic-syntax/", """
# Escape room prop controllers

MQTT-driven controllers for our six rooms.

## Setup

```bash
cp .env.example .env
# fill in MQTT_PASSWORD from 1Password ("Props MQTT")
docker compose up -d
```

Default topics: `<room>/<prop>/state`, `<room>/<prop>/solved`, `<room>/exit/release`.
Never commit `.env`; the pre-commit hook refuses it.
""")

add("csv/decoy-tripadvisor-review-ids", "marketing/reviews_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
source,review_id,date,room,rating,reviewer
tripadvisor,964812233,2024-07-14,Vault,5,Jen W
tripadvisor,965003117,2024-07-19,Tomb,4,M. Okafor
google,ChdDSUhNMG9nS0VJQ0FnSUNVa0xlR2RBEAE,2024-07-21,Saloon,5,Priya
google,ChZDSUhNMG9nS0VJQ0FnSURVOVp2R0FnEAE,2024-08-02,Lab,5,Tom B
facebook,1038844210554130,2024-08-10,Attic,5,Lena
""")

add("ini/decoy-supervisor", "deploy/supervisor/hintbot.conf", "http://supervisord.org/configuration.html", """
[program:hintbot]
command=/opt/hintbot/venv/bin/python -m hintbot
directory=/opt/hintbot
user=hintbot
autostart=true
autorestart=true
environment=HINTBOT_CONFIG="/etc/hintbot/config.yml",PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/hintbot/out.log
""")

add("shell/decoy-ssh-keyscan", "scripts/trust_room_pis.sh", "https://man.openbsd.org/ssh-keyscan", """
#!/usr/bin/env bash
# Record the room Pis' host keys (public) so deploys don't prompt
set -euo pipefail
for h in vault-pi tomb-pi saloon-pi lab-pi; do
  ssh-keyscan -t ed25519 "$h.local" >> ~/.ssh/known_hosts
done
ssh-keygen -lf ~/.ssh/known_hosts | tail -4
""")

add("ini/decoy-known-hosts", "deploy/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
vault-pi.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
tomb-pi.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
saloon-pi.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
lab-pi.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", **{f"k{i}": fakes.drawn(_seed(), 43, ALNUM + "+/") for i in range(1, 5)})

add("typescript/decoy-mapbox-public-token", "web/src/components/VenueMap.tsx", "https://docs.mapbox.com/help/dive-deeper/access-tokens/#public-tokens", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

mapboxgl.accessToken = "pk.@@t@@";

export function VenueMap() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/dark-v11", center: [-97.7431, 30.2672], zoom: 15 });
    new mapboxgl.Marker({ color: "#e11d48" }).setLngLat([-97.7431, 30.2672]).addTo(map);
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: 360 }} />;
}
""", t=b64('{"u":"escapeaustin","a":"' + lower_alnum(25) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("yaml/decoy-algolia-search-key", "web/config/search.yml", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
# Search-only key: safe in the browser (ACL: search, index rooms_prod)
algolia:
  app_id: Q7X3LM2K9B
  search_only_api_key: @@k@@
  index: rooms_prod
  hits_per_page: 12
""", k=hexs(32))

add("k8s-secret/decoy-empty-template", "deploy/k8s/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Template only: fill with `kubectl create secret generic booking-api --from-env-file=...`
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: booking
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ""
  BOOKEO_SECRET_KEY: ""
  MQTT_PASSWORD: ""
""")

add("python/decoy-placeholder-constants", "sync/resova_sync.py", "https://developers.resova.com/", """
import os

import requests

RESOVA_API = "https://api.resova.us/v1"
API_KEY = os.environ.get("RESOVA_API_KEY", "YOUR_RESOVA_API_KEY")


def availability(item_id: int, date: str):
    r = requests.get(f"{RESOVA_API}/availability/instances",
                     params={"item_id": item_id, "date": date},
                     headers={"X-API-KEY": API_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()
""")

add("log/decoy-jwt-expired", "logs/gmportal-auth.log", "https://www.rfc-editor.org/rfc/rfc7519", """
2024-11-15 19:02:11 WARN  auth: token rejected: signature has expired (sub=ana, exp=2024-11-15T18:00:00Z)
2024-11-15 19:02:11 INFO  auth: token kid=gm-2024-10 fingerprint=sha256:@@f@@
2024-11-15 19:02:14 INFO  auth: login ok user=ana via google (hd=lockedinescape.com)
2024-11-15 19:05:40 INFO  room=attic start by ana
2024-11-15 19:55:02 INFO  room=attic escaped 00:50:22
""", f=hexs(64))

add("dockerfile/decoy-healthcheck", "timers/Dockerfile", "https://docs.docker.com/reference/dockerfile/#healthcheck", """
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/timers ./cmd/timers

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/timers /timers
HEALTHCHECK --interval=30s CMD ["/timers", "healthcheck"]
ENTRYPOINT ["/timers"]
""")

add("php/decoy-hash-verify", "gm/login.php", "https://www.php.net/manual/en/function.password-verify.php", """
<?php
require __DIR__ . '/db.php';

$stmt = $pdo->prepare('SELECT id, password_hash FROM gm_users WHERE username = ?');
$stmt->execute([$_POST['username'] ?? '']);
$row = $stmt->fetch();
if ($row && password_verify($_POST['password'] ?? '', $row['password_hash'])) {
    session_regenerate_id(true);
    $_SESSION['gm_id'] = $row['id'];
    header('Location: /gm/rooms.php');
    exit;
}
http_response_code(401);
echo 'Wrong username or password';
""")

add("terraform/decoy-ssm-data-source", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter", """
data "aws_ssm_parameter" "stripe_secret" {
  name            = "/escape/prod/stripe_secret_key"
  with_decryption = true
}

resource "aws_lambda_function" "voucher" {
  function_name = "voucher-checkout"
  role          = aws_iam_role.voucher.arn
  handler       = "app.handler"
  runtime       = "python3.12"
  filename      = "build/voucher.zip"
  environment {
    variables = {
      STRIPE_SECRET_PARAM = data.aws_ssm_parameter.stripe_secret.name
    }
  }
}
""")

add("java/decoy-env-lookup", "src/main/java/com/puzzlehouse/timer/Secrets.java", "https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-", """
package com.puzzlehouse.timer;

public final class Secrets {
    private Secrets() {}

    public static String redisPassword() {
        String v = System.getenv("REDIS_PASSWORD");
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("REDIS_PASSWORD is not set");
        }
        return v;
    }
}
""")

add("plist/decoy-square-application-id", "GMiPad/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>com.escapehq.gmipad</string>
  <key>CFBundleShortVersionString</key>
  <string>3.1</string>
  <key>SquareApplicationID</key>
  <string>sq0idp-@@a@@</string>
  <key>NSBluetoothAlwaysUsageDescription</key>
  <string>Connects to the Square card reader at the front desk.</string>
</dict>
</plist>
""", a=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("csharp/decoy-configuration-binding", "RoomControl/Program.cs", "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddEnvironmentVariables(prefix: "ROOMCONTROL_");
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

var conn = builder.Configuration.GetConnectionString("RoomControl")
    ?? throw new InvalidOperationException("ConnectionStrings:RoomControl missing");
builder.Services.AddSingleton(new RoomDb(conn));

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("json/decoy-test-fixture", "spec/fixtures/bookeo_booking.json", "https://www.bookeo.com/apiref/", """
{
  "bookingNumber": "2411091601-VLT",
  "productName": "The Vault",
  "startTime": "2024-11-09T18:00:00-06:00",
  "customer": {"firstName": "Test", "lastName": "Player", "emailAddress": "test@example.com"},
  "participants": {"numbers": [{"peopleCategoryId": "Cadults", "number": 5}]},
  "price": {"totalGross": {"amount": "125.00", "currency": "USD"}},
  "creationAgent": "api-key-ending-Qx"
}
""")

add("swift/decoy-placeholder", "GMiPad/Sources/POS/SquareConfig.sample.swift", "https://developer.squareup.com/docs/build-basics/access-tokens", """
// Copy to SquareConfig.swift (git-ignored) and fill in from 1Password
import Foundation

enum SquareConfig {
    static let environment = "sandbox"
    static let locationID = "REPLACE_ME"
    static let accessToken = "<SQUARE_ACCESS_TOKEN>"
    static let baseURL = URL(string: "https://connect.squareupsandbox.com/v2")!
}
""")

add("env/decoy-aws-profile-only", "photo-uploader/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Uses the instance role; no keys here
AWS_PROFILE=photo-uploader
AWS_DEFAULT_REGION=us-west-2
PHOTO_BUCKET=escape-team-photos
WATCH_DIR=/photos
DELETE_AFTER_UPLOAD=true
""")

# == CASES_END ==
