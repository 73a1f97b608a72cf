"""Blind set IN: bowling alleys and family entertainment centres.

Lane scoring and pinsetter controllers, game-card and arcade systems, party booking sites, POS and
payment terminals, kiosks, loyalty apps, laser tag and VR rooms, their vendors, CI, infrastructure,
runbooks, SQL, CSV exports and logs, and their decoys. Generated fakes only (seeds 3730000-3739999).
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
SEED_LO, SEED_HI = 3730000, 3739999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Strike", "Spare", "Gutter", "Kingpin", "Lane", "Turkey", "Split", "Arcade", "Pinball", "Token",
         "Skee", "Laser", "Bumper", "Frame", "Hook", "Rollers", "Galaxy", "Neon", "Comet", "Jackpot"]
LOWER = ["pin", "lane", "oil", "approach", "foul", "token", "prize", "ticket", "bumper", "pizza", "cosmic",
         "glow", "racer", "claw", "karts", "neon"]


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def cipher_b64(nbytes: int) -> str:
    """Base64 of random bytes, as ciphertext, IVs and tags are written."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


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
    return "SG." + fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn_mixed(_seed(), 43)


def square_token() -> str:
    return "EAAA" + fakes.drawn_mixed(_seed(), 60)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def mailchimp_key() -> str:
    return hexs(32) + "-us14"


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "_-") + "AA"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def datadog_key() -> str:
    return hexs(32)


def sentry_dsn_public() -> str:
    r = _rng()
    return f"https://{hexs(32)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}"


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


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
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-in/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets
add("env/stripe-secret-key", "booking-site/.env.production", "https://stripe.com/docs/keys", """
# Strikeline Lanes party booking site
APP_ENV=production
APP_URL=https://book.strikelinelanes.com
DATABASE_URL=postgres://booking@db.internal:5432/booking
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
PARTY_DEPOSIT_CENTS=5000
LANE_HOLD_MINUTES=15
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "fec_pos/payments/stripe_refunds.py", "https://stripe.com/docs/keys#limit-access", '''
"""Refund party deposits when a booking is cancelled more than 48h ahead."""
import stripe

from fec_pos.bookings import Booking

stripe.api_key = "@@secret@@"


def refund_deposit(booking: Booking) -> str:
    if not booking.deposit_intent_id:
        raise ValueError("no deposit on file")
    refund = stripe.Refund.create(payment_intent=booking.deposit_intent_id, reason="requested_by_customer")
    booking.mark_refunded(refund.id)
    return refund.id
''', stripe_key("rk_live_"))

add("yaml/database-password", "config/scoring-sync.yml", "https://docs.sqlalchemy.org/en/20/core/engines.html", """
# Pulls frame-by-frame scores from the lane scoring server into the league DB
scoring_server:
  host: 10.20.1.5
  port: 8081
  poll_seconds: 5
league_db:
  driver: mysql+pymysql
  host: leaguedb.alley.local
  database: leagues
  user: league_sync
  password: "@@secret@@"
centres:
  - id: 101
    name: Riverside Bowl
  - id: 102
    name: Northgate Lanes
""", words_pw())

add("json/square-access-token", "kiosk/appsettings.json", "https://developer.squareup.com/docs/build-basics/access-tokens", """
{
  "Kiosk": {
    "LocationName": "Cosmic Bowl & Arcade",
    "IdleTimeoutSeconds": 90,
    "Printer": "EPSON TM-T88VI"
  },
  "Square": {
    "Environment": "production",
    "LocationId": "L8XG4Q2VJ3K1Z",
    "AccessToken": "@@secret@@"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", square_token())

add("toml/sendgrid-api-key", "league-mailer/pyproject-settings.toml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
[mailer]
from_address = "leagues@kingpinfamilyfun.com"
from_name = "Kingpin Family Fun Leagues"
reply_to = "frontdesk@kingpinfamilyfun.com"

[mailer.sendgrid]
api_key = "@@secret@@"
template_weekly_standings = "d-3f1c2a9b8e7d4c6a9f0b1e2d3c4a5b6c"

[schedule]
standings_cron = "0 7 * * MON"
""", sendgrid_key())

add("ini/smtp-password", "pinsetter-monitor/alerts.ini", "https://docs.python.org/3/library/configparser.html", """
[general]
centre = Lakeshore Lanes
lanes = 24

[pinsetter]
model = GS-X
fault_threshold = 3

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = mechanics@lakeshorelanes.com
password = @@secret@@
to = techs@lakeshorelanes.com
""", words_pw())

add("go/twilio-auth-token", "cmd/lanewait/main.go", "https://www.twilio.com/docs/iam/access-tokens", """
package main

import (
	"log"
	"os"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

// Texts walk-in guests when their lane is ready.
func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "@@sid@@",
		Password: "@@secret@@",
	})
	params := &api.CreateMessageParams{}
	params.SetTo(os.Args[1])
	params.SetFrom("+15125550143")
	params.SetBody("Your lane at Galaxy Bowl is ready! Please come to the front desk.")
	if _, err := client.Api.CreateMessage(params); err != nil {
		log.Fatal(err)
	}
}
""", hexs(32), sid=twilio_sid())

add("java/database-password", "src/main/java/com/funplex/cards/CardDb.java", "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html", """
package com.funplex.cards;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Game-card balances (arcade credits and tickets). */
public final class CardDb {
    private static final String URL = "jdbc:sqlserver://cardsql01:1433;databaseName=GameCards";
    private static final String USER = "cardsvc";
    private static final String PASS = "@@secret@@";

    private CardDb() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("kotlin/google-maps-server-key", "app/src/main/java/com/spareroom/locator/PlacesClient.kt", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
package com.spareroom.locator

import okhttp3.OkHttpClient
import okhttp3.Request

// Server-side Places lookups for the "find a centre" screen (proxied by our backend).
object PlacesClient {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun nearby(lat: Double, lng: Double): String {
        val url = "https://maps.googleapis.com/maps/api/place/nearbysearch/json" +
            "?location=$lat,$lng&radius=40000&keyword=bowling&key=$SERVER_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
""", google_api_key())

add("csharp/redis-password", "src/Arcade.Redemption/Startup.cs", "https://stackexchange.github.io/StackExchange.Redis/Configuration", """
using StackExchange.Redis;

namespace Arcade.Redemption;

public static class Startup
{
    // Ticket counters and prize-wall stock are cached in Redis.
    public static IConnectionMultiplexer ConnectRedis()
    {
        var options = ConfigurationOptions.Parse("redis-prize.fec.local:6379,ssl=false,abortConnect=false");
        options.Password = "@@secret@@";
        options.DefaultDatabase = 2;
        return ConnectionMultiplexer.Connect(options);
    }
}
""", fakes.redis_password(_seed()))

add("php/mailgun-api-key", "wp-content/plugins/party-confirm/party-confirm.php", "https://documentation.mailgun.com/en/latest/api-intro.html#authentication", """
<?php
/**
 * Plugin Name: Party Confirmations
 * Description: Emails birthday party confirmations for Bumper Bowl.
 */

define('PC_MAILGUN_DOMAIN', 'mg.bumperbowl.com');
define('PC_MAILGUN_KEY', '@@secret@@');

function pc_send_confirmation($to, $html) {
    $response = wp_remote_post('https://api.mailgun.net/v3/' . PC_MAILGUN_DOMAIN . '/messages', array(
        'headers' => array('Authorization' => 'Basic ' . base64_encode('api:' . PC_MAILGUN_KEY)),
        'body' => array('from' => 'Bumper Bowl <parties@bumperbowl.com>', 'to' => $to,
                        'subject' => 'Your party is booked!', 'html' => $html),
    ));
    return !is_wp_error($response);
}
""", mailgun_key())

add("ruby/shopify-admin-token", "lib/tasks/merch_sync.rake", "https://shopify.dev/docs/apps/auth/access-token-types/admin-api", """
# Syncs pro-shop stock (balls, bags, shoes) to the online store.
namespace :merch do
  desc "Push pro-shop inventory to Shopify"
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "kingpin-pro-shop.myshopify.com",
      access_token: "@@secret@@"
    )
    ProShopItem.find_each do |item|
      InventorySync.new(session).push(item.sku, item.on_hand)
    end
  end
end
""", shopify_token())

add("rust/telegram-bot-token", "src/bin/league_bot.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", """
use teloxide::prelude::*;

// Posts league night standings to the Tuesday Night Thunder group.
#[tokio::main]
async fn main() {
    let bot = Bot::new("@@secret@@");
    let chat = ChatId(-1001822736455);
    let standings = league::weekly_standings().await.expect("standings");
    bot.send_message(chat, standings).await.expect("send");
}
""", fakes.telegram_token(_seed()))

add("swift/bowling-api-key", "LaneApp/Sources/Network/ScoreFeed.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

/// Live scores from the centre's scoring gateway for the lane tablet app.
final class ScoreFeed {
    private let base = URL(string: "https://scores.pinpalace.com/api/v2")!
    private let apiKey = "@@secret@@"

    func frames(lane: Int) async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("lanes/\\(lane)/frames"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", "ppk_live_" + alnum(32))

add("typescript/slack-webhook", "src/alerts/prizeStock.ts", "https://api.slack.com/messaging/webhooks", """
import axios from "axios";

const PRIZE_WALL_WEBHOOK = "@@secret@@";

export async function lowStock(item: string, remaining: number): Promise<void> {
  if (remaining > 5) return;
  await axios.post(PRIZE_WALL_WEBHOOK, {
    text: `:teddy_bear: Prize wall low: ${item} (${remaining} left). Reorder from Rhode Island Novelty.`,
  });
}
""", slack_webhook())

add("shell/ftp-password", "scripts/pull_scores_nightly.sh", "https://curl.se/docs/manpage.html#-u", r"""
#!/usr/bin/env bash
# Pull the nightly score archive from the lane scoring PC and push it to the league office.
set -euo pipefail
DAY=$(date +%Y%m%d)
curl -sS --ftp-ssl -u scorekeeper:@@secret@@ \
  "ftp://10.0.40.2/exports/scores_${DAY}.csv" -o "/srv/league/scores_${DAY}.csv"
python3 /srv/league/import_scores.py "/srv/league/scores_${DAY}.csv"
""", rand_pw(14))

add("powershell/admin-password", "ops/Reset-LaneTablets.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Reboots the lane tablets after the Sunday night oil pattern change.
param([int[]]$Lanes = 1..32)

$user = "LANES\\tabletadmin"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

foreach ($lane in $Lanes) {
    $host = "lane{0:D2}-tab.lanes.local" -f $lane
    Restart-Computer -ComputerName $host -Credential $cred -Force -ErrorAction Continue
}
""", words_pw())

add("dockerfile/npm-token", "kiosk-ui/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("compose/postgres-password", "deploy/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  booking-api:
    image: ghcr.io/funzone/booking-api:2.4.1
    environment:
      DATABASE_URL: postgres://booking:@@secret@@@db:5432/booking
      TZ: America/Chicago
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", rand_pw(22))

_pw = "tK" + rand_pw(24)
add("k8s-secret/redis-password", "k8s/arcade/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: arcade-redis
  namespace: arcade
  labels:
    app: game-card-service
type: Opaque
data:
  REDIS_HOST: @@host@@
  REDIS_PASSWORD: @@b@@
""", _pw, host=b64("redis-master.arcade.svc"), b=b64(_pw))

add("terraform/aws-secret-key", "infra/booking/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "party_photos" {
  bucket = "galaxybowl-party-photos"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/mysql-password", "ansible/roles/scoring_db/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
scoring_db_name: lanescore
scoring_db_user: lanescore_app
scoring_db_password: "@@secret@@"
scoring_db_hosts:
  - 10.30.0.11
  - 10.30.0.12
scoring_backup_hour: 3
""", words_pw())

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
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("notebook/postgres-url", "analysis/league_retention.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# League bowler retention, fall vs spring"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyst:@@secret@@@reporting.fec-central.internal/leagues')\\n",
    "df = pd.read_sql('select * from bowler_seasons', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("markdown/pinsetter-admin-password", "docs/runbooks/pinsetter-controller.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Pinsetter controller runbook (lanes 1-24)

When a machine shows E17 (sweep fault) twice in one game, reset it from the controller web page.

| Item | Value |
|------|-------|
| Controller URL | http://10.0.50.10/ |
| Login | mechanic |
| Password | `@@secret@@` |

1. Log in and open **Machines**.
2. Pick the lane pair and press **Reset cycle**.
3. If it faults again, flip the machine to OFF and call the on-call mechanic.
""", words_pw())

add("sql/app-user-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Reporting role for the weekly revenue dashboard (lanes, arcade, food & bev)
CREATE ROLE reporting_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE funcentre TO reporting_ro;
GRANT USAGE ON SCHEMA sales TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO reporting_ro;
""", rand_pw(20))

add("xml/soap-password", "config/CardReaderService.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CardVendorEndpoint" value="https://api.gamecardvendor.example/CardService.svc" />
    <add key="SiteCode" value="FEC-0412" />
    <add key="CardVendorUser" value="fec0412svc" />
    <add key="CardVendorPassword" value="@@secret@@" />
    <add key="RetryCount" value="3" />
  </appSettings>
</configuration>
""", words_pw())

add("properties/ldap-bind-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """
spring.application.name=staff-scheduler
server.port=8085
spring.ldap.urls=ldaps://dc01.bowlcorp.local:636
spring.ldap.base=dc=bowlcorp,dc=local
spring.ldap.username=cn=svc-scheduler,ou=Service,dc=bowlcorp,dc=local
spring.ldap.password=@@secret@@
scheduler.shift-length-hours=8
""", words_pw())

add("csv/wifi-device-password", "exports/device_inventory.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
asset_tag,device,location,ip,admin_user,admin_password
FEC-0101,Ubiquiti UAP-AC-Pro,Arcade floor,10.10.0.21,admin,@@secret@@
FEC-0102,Lane tablet charger hub,Lanes 1-12,10.10.0.35,admin,(see vault)
FEC-0103,Epson TM-T88VI,Snack bar,10.10.0.40,epson,(default changed)
FEC-0104,Axis M3106 camera,Prize counter,10.10.0.51,root,(see vault)
FEC-0105,Cisco SG350-28,Server closet,10.10.0.2,cisco,(see vault)
""", rand_pw(12))

add("log/basic-auth-header", "logs/kiosk-2024-06-14.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-06-14 17:02:11,402 INFO  kiosk.boot Kiosk 3 (Laser Tag entrance) starting, build 5.8.2
2024-06-14 17:02:12,118 DEBUG http.client send: GET /api/v1/sessions/today HTTP/1.1
2024-06-14 17:02:12,118 DEBUG http.client header: Host: lasertag-ctrl.local
2024-06-14 17:02:12,118 DEBUG http.client header: Authorization: Basic @@secret@@
2024-06-14 17:02:12,240 DEBUG http.client reply: HTTP/1.1 200 OK
2024-06-14 17:02:12,241 INFO  kiosk.sessions 14 sessions loaded
2024-06-14 17:05:40,003 WARN  kiosk.printer paper low
""", b64("kiosk3:" + words_pw()))

add("env/openai-api-key", "party-planner-bot/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# Chat assistant that answers party package questions on the website
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
PACKAGES_JSON=./data/party_packages.json
MAX_TURNS=12
""", openai_key())

add("python/aws-access-keys", "tools/upload_highlight_reels.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""Upload the cosmic bowling highlight reels from the DJ booth PC to S3."""
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="us-west-2",
)

for reel in pathlib.Path("D:/Reels").glob("*.mp4"):
    s3.upload_file(str(reel), "neonlanes-reels", f"cosmic/{reel.name}")
    print("uploaded", reel.name)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/github-token", ".circleci/config.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    environment:
      GH_TOKEN: @@secret@@
    steps:
      - checkout
      - run: npm ci
      - run: npm test
      - run: npx semantic-release
workflows:
  main:
    jobs: [build]
""", fakes.github_token(_seed()))

_key = pem("")
_key = _key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "loyalty-app/functions/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "strikepoints-loyalty",
  "private_key_id": "@@kid@@",
  "private_key": "@@keyjson@@",
  "client_email": "firebase-adminsdk-q2x7k@strikepoints-loyalty.iam.gserviceaccount.com",
  "client_id": "104829376152039487261",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _key.split("\n")[1], kid=hexs(40), keyjson=_key.replace("\n", "\\n") + "\\n")

add("toml/discord-webhook", "bots/tournament-bracket/config.toml", "https://discord.com/developers/docs/resources/webhook", """
[tournament]
name = "Summer Scratch Classic"
centre = "Thunder Alley"
rounds = 5

[discord]
results_webhook = "@@secret@@"
mention_role = "Bracket Watchers"
""", discord_webhook())

add("ini/mssql-connection", "pos/FoodBev.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
[Database]
Driver=ODBC Driver 18 for SQL Server
Server=POSSQL01\\SNACKBAR
Database=FoodBev
UID=fbpos
PWD=@@secret@@
Encrypt=no

[Printer]
Kitchen=\\\\KITCHEN-PC\\TM-U220
""", words_pw())

add("go/mqtt-password", "internal/lanes/mqtt.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """
package lanes

import mqtt "github.com/eclipse/paho.mqtt.golang"

// Lane controllers publish ball speed and pinfall on lanes/<n>/frame.
func Connect() mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("tcp://10.0.60.5:1883").
		SetClientID("lane-gateway").
		SetUsername("gateway").
		SetPassword("@@secret@@")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		panic(t.Error())
	}
	return c
}
""", rand_pw(18))

add("java/slack-bot-token", "src/main/java/com/lanecity/ops/ShiftBot.java", "https://api.slack.com/authentication/token-types#bot", """
package com.lanecity.ops;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;

public class ShiftBot {
    private static final String TOKEN = "@@secret@@";

    public static void post(String channel, String text) throws IOException, SlackApiException {
        Slack.getInstance().methods(TOKEN).chatPostMessage(r -> r.channel(channel).text(text));
    }

    public static void main(String[] args) throws Exception {
        post("#front-desk", "Reminder: lanes 17-24 are reserved for the Rotary league at 7pm.");
    }
}
""", slack_bot())

add("typescript/hubspot-token", "src/crm/leads.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export async function createPartyLead(email: string, kids: number, date: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, party_kids: String(kids), party_date: date, lifecyclestage: "lead" },
    associations: [],
  });
}
""", hubspot_token())

add("shell/mysql-cli-password", "scripts/backup_cards.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
# Nightly dump of the game-card database before the midnight ticket reset.
STAMP=$(date +%F)
mysqldump -h cards-db.local -u backup -p'@@secret@@' gamecards | gzip > /backup/gamecards-$STAMP.sql.gz
find /backup -name 'gamecards-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("python/roller-client-secret", "integrations/roller/client.py", "https://docs.roller.app/docs/authentication", '''
"""ROLLER booking platform: pull tomorrow's party bookings for the party hosts' sheet."""
import datetime as dt

import requests

ROLLER_CLIENT_ID = "fec-brightlanes-prod"
ROLLER_CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://api.roller.app/token"


def token() -> str:
    r = requests.post(TOKEN_URL, json={"client_id": ROLLER_CLIENT_ID, "client_secret": ROLLER_CLIENT_SECRET}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def tomorrow_parties() -> list:
    day = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    r = requests.get("https://api.roller.app/bookings", params={"date": day, "type": "party"},
                     headers={"Authorization": f"Bearer {token()}"}, timeout=10)
    return r.json()["items"]
''', alnum(40))

add("yaml/intercard-api-key", "config/gamecards.yaml", "https://www.intercardinc.com/", """
# Game-card kiosks talk to the card system through the vendor's cloud API
cards:
  vendor: intercard
  site_id: 4471
  api_base: https://api.icardcloud.example/v3
  api_key: @@secret@@
  reload_bonus:
    - { spend: 25, bonus: 5 }
    - { spend: 50, bonus: 15 }
    - { spend: 100, bonus: 40 }
""", hexs(40))

add("env/embed-api-secret", "arcade-reports/.env.local", "https://12factor.net/config", """
EMBED_SITE=GALAXY-FEC-02
EMBED_API_URL=https://api.embedcloud.example/v1
EMBED_API_KEY_ID=gx02-reporting
EMBED_API_SECRET=@@secret@@
REPORT_TZ=America/Denver
""", alnum(48))

add("php/authorize-net-transaction-key", "includes/payments/authnet.php", "https://developer.authorize.net/api/reference/index.html#authentication", """
<?php
// League dues online payments (Authorize.Net AIM)
$merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();
$merchantAuthentication->setName("7kVq3P9xTz");
$merchantAuthentication->setTransactionKey("@@secret@@");

$request = new AnetAPI\\CreateTransactionRequest();
$request->setMerchantAuthentication($merchantAuthentication);
$request->setRefId('league-' . time());
""", fakes.drawn(_seed(), 16, ALNUM))

add("ruby/sendgrid-key", "config/initializers/mailer.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails", """
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@secret@@",
  domain: "pinpointbowling.com",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid_key())

add("csharp/adyen-api-key", "src/Pos.Terminals/AdyenSettings.cs", "https://docs.adyen.com/development-resources/api-credentials", """
namespace Pos.Terminals;

// Lane-side card terminals (Adyen V400m) used by the servers at the lanes.
public static class AdyenSettings
{
    public const string MerchantAccount = "FunWorldEntertainmentPOS";
    public const string Environment = "LIVE";
    public const string LivePrefix = "1797a841fbb37ca7-FunWorld";
    public const string ApiKey = "@@secret@@";
}
""", "AQE" + fakes.drawn(_seed(), 60) + "=-" + fakes.drawn(_seed(), 43, ALNUM + "+/") + "=-" + fakes.drawn(_seed(), 10))

add("k8s-secret/stripe-webhook-secret", "k8s/booking/stripe.yaml", "https://stripe.com/docs/webhooks/signatures", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: booking
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: @@secret@@
  STRIPE_ACCOUNT: acct_1Ok3Lm2eZvKYlo2C
""", "whsec_" + alnum(32))

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "booking" {
  identifier            = "booking-prod"
  engine                = "postgres"
  engine_version        = "16.3"
  instance_class        = "db.t4g.medium"
  allocated_storage     = 50
  db_name               = "booking"
  username              = "booking_admin"
  password              = "@@secret@@"
  skip_final_snapshot   = false
  backup_retention_period = 7
}
""", rand_pw(24))

add("dockerfile/gitlab-token", "scoring-bridge/Dockerfile", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
FROM python:3.12-slim
WORKDIR /srv/bridge
ENV PIP_EXTRA_INDEX_URL=https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bridge/ ./bridge/
CMD ["python", "-m", "bridge", "--lanes", "1-40"]
""", gitlab_token())

add("compose/mqtt-broker-password", "lanes-gateway/compose.yaml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
  gateway:
    build: .
    environment:
      - MQTT_URL=mqtt://gateway:@@secret@@@mosquitto:1883
      - LANES=1-32
      - SCORE_API=http://scoring:8080
    restart: unless-stopped
""", rand_pw(16))

add("github-actions/docker-hub-token", ".github/workflows/kiosk-image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: kiosk-image
on: { push: { branches: [main] } }
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "@@secret@@" | docker login -u bowlplexci --password-stdin
      - run: docker build -t bowlplex/kiosk:${{ github.sha }} kiosk/
      - run: docker push bowlplex/kiosk:${{ github.sha }}
""", "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "_-"))

add("markdown/wifi-handover", "docs/handover/night-manager-notes.md", "https://www.markdownguide.org/basic-syntax/", """
# Night manager handover - Sparetime Family Fun Center

- Lanes 9 and 10: ball return jam, mechanic booked Thursday.
- Claw machine #4 paying out too often, payout set back to 1:18.
- Staff Wi-Fi changed after the party-room incident:
  - SSID: `SPARETIME-STAFF`
  - WPA2 key: `@@secret@@`
- Redemption counter is out of the large plush, order placed.
- Safe count matched at close.
""", passphrase())

add("sql/linked-server-password", "db/scripts/linked_server_scoring.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Link the lane scoring SQL Express box so the office can report on games played.
EXEC master.dbo.sp_addlinkedserver
    @server = N'SCORING',
    @srvproduct = N'',
    @provider = N'SQLNCLI11',
    @datasrc = N'10.0.40.2\\SQLEXPRESS';
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'SCORING',
    @useself = N'False',
    @rmtuser = N'report',
    @rmtpassword = N'@@secret@@';
""", words_pw())

add("xml/maven-settings-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>bowlcorp-releases</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>bowlcorp-releases</id>
      <url>https://nexus.bowlcorp.local/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("plist/api-secret", "LoyaltyApp/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>LoyaltyBaseURL</key>
    <string>https://api.strikerewards.com</string>
    <key>LoyaltyClientID</key>
    <string>ios-strikerewards</string>
    <key>LoyaltyClientSecret</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", alnum(40))

add("properties/kafka-sasl-password", "config/consumer.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """
bootstrap.servers=pkc-4r297.us-east-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="Q5KJ4MZ2VTRYXW3L" password="@@secret@@";
group.id=swipe-events-loader
auto.offset.reset=earliest
""", fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("log/postgres-url-in-traceback", "logs/booking-api-error.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
[2024-08-02 19:44:10 +0000] [12] [ERROR] Exception on /api/parties [POST]
Traceback (most recent call last):
  File "/app/booking/db.py", line 22, in connect
    return psycopg.connect(DSN)
psycopg.OperationalError: connection failed: FATAL: too many connections
DSN = postgresql://booking_app:@@secret@@@10.1.2.30:5432/booking?sslmode=require
[2024-08-02 19:44:10 +0000] [12] [INFO] 500 POST /api/parties 31ms
""", rand_pw(18))

add("yaml/ssh-private-key", "ansible/group_vars/lanes/vault_plain.yml", "https://docs.ansible.com/ansible/latest/user_guide/connection_details.html", """
# TODO: encrypt with ansible-vault before the audit
lane_pc_user: laneadmin
lane_pc_ssh_key: |
@@keyblock@@
lane_pc_count: 40
""", _k := fakes.fake_pem(_seed(), "OPENSSH"), keyblock="\n".join("  " + line for line in _k.split("\n")))

add("python/split-api-key", "scoring_bridge/qubica_client.py", "https://docs.python-requests.org/en/latest/user/authentication/", '''
"""Reads lane status from the scoring system's local REST bridge."""
import requests

BRIDGE = "http://10.0.40.2:8442/api"
# split so the old pre-commit grep would not trip on it
BRIDGE_TOKEN = ("@@a@@"
                "@@b@@")


def lane_status(lane: int) -> dict:
    r = requests.get(f"{BRIDGE}/lanes/{lane}", headers={"Authorization": "Token " + BRIDGE_TOKEN}, timeout=3)
    r.raise_for_status()
    return r.json()
''', _s := hexs(48), a=_s[:24], b=_s[24:])

add("rust/database-url", "src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

/// Party rooms, lanes and laser-tag arenas share one booking calendar.
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect("postgres://calendar:@@secret@@@calendar-db.fec.internal:5432/calendar")
        .await
}
""", rand_pw(20))

add("swift/stripe-secret-key", "PartyKiosk/Payments/PaymentService.swift", "https://stripe.com/docs/keys", """
import Foundation

// TEMP: create PaymentIntents directly from the kiosk until the backend endpoint ships.
enum PaymentService {
    static let stripeSecret = "@@secret@@"

    static func createIntent(amountCents: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountCents)&currency=usd".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
""", stripe_key())

add("kotlin/mqtt-password", "lanes-android/app/src/main/java/com/laneside/ScoreSocket.kt", "https://www.hivemq.com/blog/mqtt-client-library-enyclopedia-paho-android-service/", """
package com.laneside

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

object ScoreSocket {
    const val BROKER = "ssl://mqtt.laneside.io:8883"

    fun options() = MqttConnectOptions().apply {
        userName = "tablet"
        password = "@@secret@@".toCharArray()
        isAutomaticReconnect = true
        keepAliveInterval = 30
    }
}
""", rand_pw(18))

add("powershell/sql-connection-string", "ops/Export-ArcadeRevenue.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Weekly arcade revenue export for the owners (runs Monday 06:00 from Task Scheduler)
$conn = "Server=ARCSQL01;Database=Arcade;User Id=arc_report;Password=@@secret@@;TrustServerCertificate=True"
$query = @"
SELECT game_id, SUM(credits) AS credits, SUM(tickets_out) AS tickets
FROM swipes WHERE swiped_at >= DATEADD(day, -7, GETDATE())
GROUP BY game_id
"@
Invoke-Sqlcmd -ConnectionString $conn -Query $query |
    Export-Csv -NoTypeInformation -Path "\\\\office-nas\\reports\\arcade_$(Get-Date -f yyyyMMdd).csv"
""", words_pw())

add("notebook/openai-key", "notebooks/review_sentiment.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = open('google_reviews_june.txt').read().split('\\\\n---\\\\n')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Classify each review: lanes, arcade, food, staff, party."]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai_key())

add("csv/vendor-portal-credentials", "docs/vendor_logins_2024.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
vendor,portal,username,password,notes
Prize supplier,https://orders.novelty-supply.example,buyer@cometfun.com,@@secret@@,net 30
Lane oil & parts,https://parts.lanesupply.example,cometfun,see 1Password,
Pizza oven service,phone only,,,call Mike
Arcade parts,https://shop.arcadeparts.example,cometfun,see 1Password,
""", words_pw())

add("ini/ups-snmp-password", "monitoring/snmp.conf", "https://net-snmp.sourceforge.io/docs/man/snmp.conf.html", """
# SNMPv3 polling of the APC UPS units behind the pinsetters
[ups-lanes-1-16]
host = 10.0.70.11
version = 3
security_name = monitor
auth_protocol = SHA
auth_password = @@secret@@
priv_protocol = AES
""", rand_pw(16))

add("go/webhook-signing-secret", "internal/roller/webhook.go", "https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries", """
package roller

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"io"
)

var signingSecret = []byte("@@secret@@")

func Verify(r *http.Request) ([]byte, bool) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Roller-Signature")))
}
""", alnum(32))

add("java/jwt-signing-secret", "src/main/java/com/strikepoints/auth/TokenService.java", "https://github.com/jwtk/jjwt#signing-key", """
package com.strikepoints.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;

public class TokenService {
    private static final SecretKey KEY = Keys.hmacShaKeyFor(
        "@@secret@@".getBytes(StandardCharsets.UTF_8));

    public String issue(String memberId) {
        return Jwts.builder().subject(memberId)
            .expiration(new Date(System.currentTimeMillis() + 3_600_000))
            .signWith(KEY).compact();
    }
}
""", alnum(64))

add("typescript/firebase-admin-private-key", "functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
import * as admin from "firebase-admin";

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "bumperzone-app",
    clientEmail: "firebase-adminsdk-91kd2@bumperzone-app.iam.gserviceaccount.com",
    privateKey: "@@keyjson@@",
  }),
});

export const db = admin.firestore();
""", (_key2 := fakes.fake_pem(_seed(), "RSA")).split("\n")[3], keyjson=_key2.replace("\n", "\\n"))

add("shell/redis-cli-auth", "scripts/flush_ticket_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Clears cached ticket balances after the redemption counter closes.
set -e
REDIS_HOST=10.0.20.8
redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning KEYS 'tickets:*' \\
  | xargs -r redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning DEL
echo "ticket cache cleared $(date)"
""", fakes.redis_password(_seed()))

add("env/datadog-api-key", "edge-agent/datadog.env", "https://docs.datadoghq.com/account_management/api-app-keys/", """
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.com
DD_HOSTNAME=fec-edge-04
DD_TAGS=site:tulsa,role:edge,env:prod
DD_LOGS_ENABLED=true
""", datadog_key())

add("yaml/mailchimp-api-key", "marketing/config/campaigns.yaml", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
mailchimp:
  api_key: @@secret@@
  server: us14
  audience_id: 8c2f0e1a7b
campaigns:
  - name: Summer unlimited bowling pass
    segment: families
    send_at: "2024-05-24T09:00:00-05:00"
  - name: Back to school league signup
    segment: league_past
    send_at: "2024-08-12T09:00:00-05:00"
""", mailchimp_key())

add("json/vr-arcade-license-secret", "vr-bay/launcher.config.json", "https://www.json.org/json-en.html", """
{
  "venue": "Pinnacle Bowl & VR",
  "bays": 6,
  "licenseServer": "https://license.vrarcadeplatform.example",
  "venueId": "PIN-VR-0093",
  "venueSecret": "@@secret@@",
  "sessionMinutes": 12,
  "attractMode": true
}
""", alnum(44))

add("toml/cloudflare-api-token", "infra/dns/wrangler.toml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
name = "party-booking-edge"
main = "src/index.ts"
compatibility_date = "2024-04-01"

[vars]
BOOKING_ORIGIN = "https://book.tenpinheaven.com"
CF_API_TOKEN = "@@secret@@"
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("properties/smtp-password", "config/mail.properties", "https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html", """
mail.smtp.host=smtp.gmail.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=leaguesecretary@rollingthundrbowl.com
mail.smtp.password=@@secret@@
mail.from=League Secretary <leaguesecretary@rollingthundrbowl.com>
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("xml/camera-rtsp-password", "nvr/cameras.xml", "https://www.onvif.org/profiles/", """
<?xml version="1.0"?>
<cameras site="Kingpin Family Fun">
  <camera id="1" name="Front entrance" url="rtsp://nvr:@@secret@@@10.0.80.11:554/Streaming/Channels/101"/>
  <camera id="2" name="Prize counter" url="rtsp://10.0.80.12:554/Streaming/Channels/101" credentialRef="nvr-cred"/>
  <camera id="3" name="Lanes 1-8" url="rtsp://10.0.80.13:554/Streaming/Channels/101" credentialRef="nvr-cred"/>
  <camera id="4" name="Cash office" url="rtsp://10.0.80.14:554/Streaming/Channels/101" credentialRef="nvr-cred"/>
</cameras>
""", words_pw())

add("log/api-key-in-url", "logs/nginx/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.0.1.14 - - [12/Jul/2024:14:01:22 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.1.14 - - [12/Jul/2024:14:01:31 +0000] "GET /api/lanes/available?date=2024-07-13 HTTP/1.1" 200 811 "-" "Mozilla/5.0"
10.0.1.22 - - [12/Jul/2024:14:01:35 +0000] "POST /partner/v1/reservations?api_key=@@secret@@ HTTP/1.1" 201 97 "-" "GrouponPartner/2.3"
10.0.1.14 - - [12/Jul/2024:14:01:40 +0000] "GET /api/packages HTTP/1.1" 200 2231 "-" "Mozilla/5.0"
10.0.1.14 - - [12/Jul/2024:14:01:52 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""", hexs(40))

add("github-actions/aws-keys-env", ".github/workflows/deploy-site.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://www.glowbowlfun.com --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/django-secret-key", "fecsite/fecsite/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["www.cosmicstrikes.com", "cosmicstrikes.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "parties",
    "leagues",
]
TIME_ZONE = "America/New_York"
''', fakes.django_secret_key(_seed()))

add("env/anthropic-api-key", "menu-assistant/.env", "https://docs.anthropic.com/en/api/getting-started", """
# Snack bar menu assistant for the ordering kiosk
ANTHROPIC_API_KEY=@@secret@@
ASSISTANT_MODEL=claude-3-5-haiku-latest
MENU_FILE=menu_2024_fall.json
MAX_TOKENS=600
""", anthropic_key())

add("yaml/telegram-bot-token", "bots/lane-alerts/config.yaml", "https://core.telegram.org/bots/features#botfather", """
telegram:
  bot_token: "@@secret@@"
  chat_id: -1002093847561
alerts:
  pinsetter_fault: true
  ball_return_jam: true
  lane_offline_minutes: 5
quiet_hours: "02:00-09:00"
""", fakes.telegram_token(_seed()))

add("json/azure-client-secret", "scheduler/appsettings.Production.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@@secret@@"
  },
  "Graph": { "Scopes": "https://graph.microsoft.com/.default" },
  "Shifts": { "TeamName": "Starlite Lanes Staff" }
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("go/postgres-dsn", "internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=10.2.0.15 port=5432 user=tickets password=@@secret@@ dbname=redemption sslmode=disable"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("typescript/github-fine-grained-token", "scripts/release-notes.ts", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: "@@secret@@" });

async function main() {
  const { data } = await octokit.repos.listReleases({ owner: "pinpal-labs", repo: "lane-tablet" });
  for (const r of data.slice(0, 5)) console.log(r.tag_name, r.published_at);
}

main();
""", fakes.github_fine_grained_token(_seed()))

add("php/database-password", "config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// League website (standings, averages, sub lists)
return [
    'driver' => 'mysql',
    'host' => 'localhost',
    'database' => 'leaguesite',
    'username' => 'leaguesite',
    'password' => '@@secret@@',
    'charset' => 'utf8mb4',
];
""", words_pw())

add("ruby/twilio-auth-token", "app/services/sms_notifier.rb", "https://www.twilio.com/docs/libraries/ruby", """
require "twilio-ruby"

# Texts parents when the party room is ready and when pickup time is near.
class SmsNotifier
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN = "@@secret@@"
  FROM = "+14075550190"

  def self.deliver(to, body)
    Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN).messages.create(from: FROM, to: to, body: body)
  end
end
""", hexs(32), sid=twilio_sid())

add("shell/smtp-swaks", "scripts/test_mail.sh", "https://www.jetmore.org/john/code/swaks/latest/doc/ref.txt", r"""
#!/bin/bash
# Quick check that the league mail relay still accepts our login.
swaks --to gm@lanesandgames.com \
  --from alerts@lanesandgames.com \
  --server smtp.mailgun.org:587 --tls \
  --auth LOGIN --auth-user postmaster@mg.lanesandgames.com \
  --auth-password '@@secret@@' \
  --header "Subject: relay test $(date)"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("k8s-secret/database-url", "k8s/scoring/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: scoring-db
  namespace: scoring
type: Opaque
data:
  DATABASE_URL: @@b@@
""", _pw2 := rand_pw(20), b=b64("mysql://lanescore:" + _pw2 + "@mysql.scoring.svc:3306/lanescore"))

add("terraform/datadog-keys", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """
provider "datadog" {
  api_key = "@@api@@"
  app_key = "@@secret@@"
  api_url = "https://api.datadoghq.com/"
}

resource "datadog_monitor" "pinsetter_faults" {
  name    = "Pinsetter faults above normal"
  type    = "metric alert"
  query   = "sum(last_15m):sum:lanes.pinsetter.fault{*} by {lane} > 4"
  message = "Lane {{lane.name}} faulting. @slack-lane-techs"
}
""", hexs(40), api=datadog_key())

add("ansible/windows-admin-password", "ansible/inventory/lanes.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """
[scoring_pcs]
lane-scoring-01 ansible_host=10.0.40.2
lane-scoring-02 ansible_host=10.0.40.3

[scoring_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=Administrator
ansible_password=@@secret@@
ansible_port=5985
""", words_pw())

add("markdown/ftp-credentials", "README.md", "https://www.markdownguide.org/basic-syntax/", """
# scoreboard-sync

Copies the end-of-night score files from each centre's scoring PC to the head office.

## Setup

```bash
pip install -r requirements.txt
cp config.example.ini config.ini
```

The head office FTP drop is `ftp://drop.bowlgroup-hq.com` (user `centres`, password `@@secret@@`).
Each centre writes into its own folder (`/incoming/<centre-id>/`).

## Running

`python sync.py --centre 104` from Task Scheduler at 02:30.
""", words_pw())

add("sql/mysql-create-user", "db/init/01_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Users for the arcade card system replica
CREATE USER 'card_replica'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT REPLICATION SLAVE ON *.* TO 'card_replica'@'10.0.%';
CREATE USER 'card_report'@'%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON gamecards.* TO 'card_report'@'%';
FLUSH PRIVILEGES;
""", rand_pw(18))

add("log/smtp-auth-plain", "logs/postfix-relay-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
Sep 14 22:10:01 relay postfix/smtp[4412]: > smtp.office365.com[52.96.0.12]:587: EHLO relay.sunsetlanes.local
Sep 14 22:10:01 relay postfix/smtp[4412]: < smtp.office365.com[52.96.0.12]:587: 250-AUTH LOGIN XOAUTH2
Sep 14 22:10:01 relay postfix/smtp[4412]: > smtp.office365.com[52.96.0.12]:587: AUTH PLAIN @@secret@@
Sep 14 22:10:02 relay postfix/smtp[4412]: < smtp.office365.com[52.96.0.12]:587: 235 2.7.0 Authentication successful
Sep 14 22:10:02 relay postfix/smtp[4412]: 3F1A22C0B1: to=<gm@sunsetlanes.com>, status=sent (250 2.0.0 OK)
""", b64("\0reports@sunsetlanes.com\0" + words_pw()))

add("csv/kiosk-admin-pins", "exports/kiosks.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
kiosk_id,location,model,os,remote_host,remote_user,remote_password
K01,Front lobby,Olea Kiosk,Windows 10 IoT,10.0.30.11,kioskadmin,@@secret@@
K02,Arcade entrance,Olea Kiosk,Windows 10 IoT,10.0.30.12,kioskadmin,@@secret@@
K03,Laser tag,Zebra KC50,Android 11,10.0.30.13,,
K04,Party wing,Olea Kiosk,Windows 10 IoT,10.0.30.14,kioskadmin,(reimaged - see ticket 4471)
""", words_pw())

add("powershell/api-bearer-token", "ops/Get-PartyBookings.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Prints tomorrow's party bookings for the party host lead.
$token = "@@secret@@"
$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }
$day = (Get-Date).AddDays(1).ToString("yyyy-MM-dd")
$bookings = Invoke-RestMethod -Uri "https://api.centreedge.example/v2/bookings?date=$day&type=party" -Headers $headers
$bookings.items | Select-Object time, room, guestOfHonor, kids | Format-Table
""", "ce_live_" + alnum(40))

add("xml/nuget-api-key", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="bowlcorp" value="https://pkgs.dev.azure.com/bowlcorp/_packaging/pos/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <bowlcorp>
      <add key="Username" value="pos-build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </bowlcorp>
  </packageSourceCredentials>
</configuration>
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

add("dockerfile/env-api-key", "lane-display/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM node:20-slim
WORKDIR /srv/display
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV SCORES_URL=https://scores.galaxybowl.com/api \\
    SCORES_API_KEY=@@secret@@ \\
    LANES=1-24
CMD ["node", "server.js"]
""", "gbx_" + alnum(36))

add("notebook/aws-session-creds", "notebooks/arcade_payouts.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\\n",
    "session = boto3.Session(aws_access_key_id='@@kid@@',\\n",
    "                        aws_secret_access_key='@@secret@@')\\n",
    "athena = session.client('athena', region_name='us-east-1')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/basic-auth", "pos-android/app/src/main/java/com/snackbar/pos/PrinterClient.kt", "https://datatracker.ietf.org/doc/html/rfc7617", """
package com.snackbar.pos

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// Kitchen printer bridge on the snack bar network.
class PrinterClient(private val http: OkHttpClient = OkHttpClient()) {
    private val auth = Credentials.basic("kitchen", "@@secret@@")

    fun print(ticket: String) {
        val req = Request.Builder().url("http://10.0.33.9:9100/print").header("Authorization", auth).build()
        http.newCall(req).execute().close()
    }
}
""", words_pw())

add("swift/firebase-server-key", "PartyApp/Push/PushSender.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
import Foundation

// Sends "your pizza is ready" pushes from the party host iPad (legacy FCM HTTP API).
struct PushSender {
    let serverKey = "@@secret@@"

    func send(to token: String, body: String) async throws {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: ["to": token, "notification": ["body": body]])
        _ = try await URLSession.shared.data(for: req)
    }
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("rust/slack-webhook", "src/notify.rs", "https://api.slack.com/messaging/webhooks", """
use serde_json::json;

const WEBHOOK: &str = "@@secret@@";

/// Notifies #lane-techs when a lane goes offline during league play.
pub fn lane_offline(lane: u8) -> Result<(), reqwest::Error> {
    reqwest::blocking::Client::new()
        .post(WEBHOOK)
        .json(&json!({ "text": format!(":rotating_light: Lane {lane} offline") }))
        .send()?;
    Ok(())
}
""", slack_webhook())

add("yaml/ec-private-key", "config/apple-wallet.yml", "https://developer.apple.com/documentation/walletpasses", """
# Signs the Apple Wallet loyalty passes (key exported from the pass type certificate)
pass_type_identifier: pass.com.strikerewards.member
team_identifier: 7QK2M9X4LP
signing_key: |
@@keyblock@@
wwdr_certificate: certs/AppleWWDRCAG4.pem
""", _k2 := fakes.fake_pem(_seed(), "EC"), keyblock="\n".join("  " + line for line in _k2.split("\n")))

add("ini/vnc-password", "support/remote-access.ini", "https://www.tightvnc.com/docs.php", """
; Remote support to the lane scoring front desk PCs
[desk-1]
host = 10.0.40.20
port = 5900
password = @@secret@@

[desk-2]
host = 10.0.40.21
port = 5900
password = @@secret@@
""", rand_pw(8))

add("toml/pypi-token", ".pypirc.toml.bak", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# old copy of ~/.pypirc from the build box (lanescore-sdk publishing)
[distutils]
index-servers = "pypi"

[pypi]
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

_pp = "E" + fakes.drawn(_seed(), 79, ALNUM + "_-")
add("env/paypal-client-secret", "league-dues/.env.production", "https://developer.paypal.com/api/rest/authentication/", """
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
DUES_PER_WEEK=18.00
SEASON_WEEKS=32
""", _pp, cid=fakes.drawn(_seed(), 79, ALNUM + "_-"))

add("python/google-oauth-client-secret", "staffsched/google_calendar.py", "https://developers.google.com/identity/protocols/oauth2/web-server", '''
"""Mirrors the staff schedule into the managers' Google Calendar."""
from google_auth_oauthlib.flow import Flow

CLIENT_CONFIG = {
    "web": {
        "client_id": "418203957712-5qkq8c2n9v3d1mje0r7f6sa4hb2lt9uo.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["https://staff.rollinglanes.com/oauth2/callback"],
    }
}


def flow() -> Flow:
    return Flow.from_client_config(CLIENT_CONFIG, scopes=["https://www.googleapis.com/auth/calendar"])
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-"))

add("yaml/digitalocean-token", ".github/workflows/league-site.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
name: league-site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@
      - run: doctl apps create-deployment 7c1e4a2b-90d3-4f6e-8a5b-2d9c0e1f3a47
""", "dop_v1_" + hexs(64))

add("json/docker-config-auth", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.bowlcorp.local": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", b64("ci-builder:" + rand_pw(20)))

add("ini/pip-conf-index-password", "deploy/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://lanes-ci:@@secret@@@pypi.bowlcorp.local/simple

[install]
trusted-host = pypi.bowlcorp.local
""", rand_pw(22))

add("shell/netrc-password", "provision/setup_scoring_pc.sh", "https://everything.curl.dev/usingcurl/netrc.html", """
#!/bin/bash
# First-boot setup for a new lane scoring PC image.
set -e
hostnamectl set-hostname "lane-scoring-$1"
cat > /root/.netrc <<'NETRC'
machine updates.lanescore.example
login centre-0412
password @@secret@@
NETRC
chmod 600 /root/.netrc
curl -n -fsSLo /opt/agent.deb https://updates.lanescore.example/agent/latest.deb
dpkg -i /opt/agent.deb
""", rand_pw(16))

add("typescript/algolia-admin-key", "scripts/index-events.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";

// Reindexes events (cosmic bowling nights, tournaments, kids camps) for site search.
const client = algoliasearch("K7QW2M4XZP", "@@secret@@");
const index = client.initIndex("events_prod");

export async function reindex(events: Array<{ id: string; title: string; date: string }>) {
  await index.replaceAllObjects(events.map((e) => ({ objectID: e.id, ...e })), { safe: true });
}
""", hexs(32))

add("go/mapbox-secret-token", "cmd/tiles/main.go", "https://docs.mapbox.com/accounts/guides/tokens/", """
package main

import (
	"fmt"
	"net/http"
)

// Uploads the centre locations tileset nightly (needs a secret scope token).
const mapboxToken = "@@secret@@"

func main() {
	url := fmt.Sprintf("https://api.mapbox.com/tilesets/v1/bowlgroup.centres/publish?access_token=%s", mapboxToken)
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Status)
}
""", "sk.eyJ1IjoiYm93bGdyb3VwIiwiYSI6I" + fakes.drawn(_seed(), 20, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("java/okta-api-token", "src/main/java/com/bowlgroup/hr/OktaProvisioner.java", "https://developer.okta.com/docs/guides/create-an-api-token/main/", """
package com.bowlgroup.hr;

import com.okta.sdk.client.Clients;
import org.openapitools.client.ApiClient;
import com.okta.sdk.authc.credentials.TokenClientCredentials;

/** Creates Okta accounts for new seasonal staff (summer camp counsellors, party hosts). */
public class OktaProvisioner {
    static ApiClient client() {
        return Clients.builder()
            .setOrgUrl("https://bowlgroup.okta.com")
            .setClientCredentials(new TokenClientCredentials("@@secret@@"))
            .build();
    }
}
""", "00" + fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("csharp/sql-connection-string", "src/Lanes.Reporting/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "ConnectionStrings": {
    "Scoring": "Server=tcp:lanes-sql.database.windows.net,1433;Initial Catalog=scoring;User ID=lanesreport;Password=@@secret@@;Encrypt=True;",
    "Cards": "Server=CARDSQL01;Database=GameCards;Integrated Security=True;TrustServerCertificate=True"
  },
  "Reporting": {
    "WeekStartsOn": "Monday",
    "Centres": [101, 102, 104]
  }
}
""", words_pw())

_wh = "whsec_" + fakes.drawn_mixed(_seed(), 32)
add("php/stripe-webhook-secret", "public/hooks/stripe.php", "https://stripe.com/docs/webhooks/quickstart", """
<?php
require __DIR__ . '/../../vendor/autoload.php';

$endpoint_secret = '@@secret@@';
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpoint_secret);
} catch (\\Exception $e) {
    http_response_code(400);
    exit();
}
if ($event->type === 'checkout.session.completed') {
    confirm_party_booking($event->data->object->client_reference_id);
}
http_response_code(200);
""", _wh)

add("ruby/braintree-private-key", "config/initializers/braintree.rb", "https://developer.paypal.com/braintree/docs/start/hello-server/ruby", """
# Gift card and party package online checkout
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "x7q2m9kd4vb8zn3w"
Braintree::Configuration.public_key = "h4pq8s2kfw9c6v3m"
Braintree::Configuration.private_key = "@@secret@@"
""", hexs(32))

add("rust/redis-url", "src/cache.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", """
use redis::Client;

/// Lane availability cache shared by the kiosks and the website.
pub fn client() -> redis::RedisResult<Client> {
    Client::open("redis://default:@@secret@@@redis-12473.c14.us-east-1-2.ec2.cloud.redislabs.com:12473/0")
}

pub const LANE_TTL_SECONDS: u64 = 30;
""", fakes.redis_password(_seed()))

add("powershell/unifi-controller-password", "ops/Backup-UniFi.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest", """
# Downloads the UniFi controller backup (arcade + lanes Wi-Fi) every Sunday.
$body = @{ username = "backupbot"; password = "@@secret@@" } | ConvertTo-Json
$session = $null
Invoke-RestMethod -Uri "https://10.0.0.5:8443/api/login" -Method Post -Body $body `
    -ContentType "application/json" -SessionVariable session -SkipCertificateCheck | Out-Null
Invoke-WebRequest -Uri "https://10.0.0.5:8443/dl/autobackup/latest.unf" -WebSession $session `
    -OutFile "\\\\office-nas\\backups\\unifi_$(Get-Date -f yyyyMMdd).unf" -SkipCertificateCheck
""", words_pw())

add("markdown/door-controller-handover", "docs/handover/it-contractor-2024.md", "https://www.markdownguide.org/basic-syntax/", """
# IT handover (contractor leaving 30 Sept)

## Access control
- Door controller (staff entrance, cash office): https://10.0.95.2 - admin / `@@secret@@`
- Alarm panel code is with the GM, not here.

## Network
- Firewall: see 1Password "FEC firewall".
- ISP circuit ID: 81/KQXA/402213/TWCS

## Open items
- Replace the cracked lane 31 tablet.
- Renew the scoring software support contract (expires 2024-12-31).
""", words_pw())

add("kotlin/sendbird-api-token", "loyalty-android/app/src/main/java/com/strikerewards/chat/ChatConfig.kt", "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api", """
package com.strikerewards.chat

// Party-host chat for families on the day of the party.
object ChatConfig {
    const val APP_ID = "7A1C9E3B-4D2F-4B8A-9E61-0C3D5F7A2B94"
    const val API_TOKEN = "@@secret@@"
    const val BASE_URL = "https://api-7A1C9E3B-4D2F-4B8A-9E61-0C3D5F7A2B94.sendbird.com/v3"
}
""", hexs(40))

add("sql/connection-in-comment", "reports/weekly_revenue.sql", "https://www.postgresql.org/docs/current/app-psql.html", """
-- Weekly revenue by department (lanes, arcade, party, food & bev, pro shop)
-- run: psql "postgresql://finance:@@secret@@@reporting.fec-central.internal:5432/funcentre" -f weekly_revenue.sql
SELECT date_trunc('week', sold_at) AS week,
       department,
       sum(amount_cents) / 100.0 AS revenue
FROM sales.line_items
WHERE sold_at >= now() - interval '12 weeks'
GROUP BY 1, 2
ORDER BY 1, 2;
""", rand_pw(18))

add("dockerfile/aws-build-args", "reels-uploader/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-alpine
ARG AWS_ACCESS_KEY_ID=@@kid@@
ARG AWS_SECRET_ACCESS_KEY=@@secret@@
ENV AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY
RUN pip install boto3 watchdog
COPY uploader.py /uploader.py
CMD ["python", "/uploader.py", "/reels"]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("k8s-secret/smtp-password", "k8s/mailer/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-as-container-environment-variables", """
apiVersion: v1
kind: Secret
metadata:
  name: league-mailer-smtp
  namespace: leagues
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@b@@
""", _pw3 := words_pw(), h=b64("smtp.office365.com"), u=b64("leagues@cometlanes.com"), b=b64(_pw3))

add("yaml/heartland-secret-key", "pos/config/payments.yml", "https://developer.heartlandpaymentsystems.com/Documentation/", """
payments:
  processor: heartland
  environment: production
  public_key: pkapi_prod_@@pub@@
  secret_key: @@secret@@
  developer_id: "002914"
  version_number: "3187"
  device_id: 88123401
""", "skapi_prod_" + fakes.drawn_mixed(_seed(), 40), pub=fakes.drawn_mixed(_seed(), 40))

add("compose/rabbitmq-password", "swipe-pipeline/docker-compose.yml", "https://hub.docker.com/_/rabbitmq", """
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: swipes
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports: ["5672:5672", "15672:15672"]
  loader:
    build: ./loader
    environment:
      AMQP_URL: amqp://swipes:@@secret@@@rabbitmq:5672/
    depends_on: [rabbitmq]
""", rand_pw(20))

add("notebook/stripe-key", "notebooks/party_refunds_audit.ipynb", "https://stripe.com/docs/api/refunds/list", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Refund audit - party deposits Q3"]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import stripe\\n",
    "stripe.api_key = '@@secret@@'\\n",
    "refunds = stripe.Refund.list(limit=100, created={'gte': 1719792000})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", stripe_key())

_kl = "pk_" + hexs(34)
add("env/klaviyo-private-key", "marketing/.env", "https://developers.klaviyo.com/en/docs/authenticate_", """
KLAVIYO_PRIVATE_KEY=@@secret@@
KLAVIYO_LIST_BIRTHDAY_CLUB=XkP8Qa
KLAVIYO_LIST_LEAGUES=R4nT2m
SEND_WINDOW=09:00-19:00
DEFAULT_FROM=hello@bowlnboogie.com
""", _kl)

add("python/rsa-private-key-file", "printing/receipt_signer.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''
"""Signs e-receipts (lanes + food) so the loyalty app can verify them offline."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PRIVATE_KEY_PEM = b"""@@secret@@
"""

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def sign(receipt_json: bytes) -> bytes:
    return _key.sign(receipt_json, padding.PKCS1v15(), hashes.SHA256())
''', fakes.fake_pem(_seed(), "RSA"))

add("python/yelp-api-key", "marketing/review_digest.py", "https://docs.developer.yelp.com/docs/fusion-authentication", '''
"""Weekly digest of new Yelp reviews for each centre, posted to the managers' channel."""
import requests

YELP_API_KEY = "@@secret@@"
CENTRES = {"galaxy-bowl-austin": "Austin", "galaxy-bowl-round-rock": "Round Rock"}


def reviews(alias: str) -> list:
    r = requests.get(f"https://api.yelp.com/v3/businesses/{alias}/reviews",
                     headers={"Authorization": f"Bearer {YELP_API_KEY}"}, timeout=10)
    r.raise_for_status()
    return r.json()["reviews"]
''', fakes.drawn(_seed(), 128, ALNUM + "_-"))

_dc_id = str(random.Random(_seed()).randint(10**17, 10**18))
add("javascript/discord-bot-token", "bots/arcade-leaderboard/index.js", "https://discord.com/developers/docs/reference#authentication", """
const { Client, GatewayIntentBits } = require("discord.js");

// Posts the weekly arcade high scores (Skee-Ball, air hockey, Pac-Man) to the community server.
const client = new Client({ intents: [GatewayIntentBits.Guilds] });

client.once("ready", async () => {
  const channel = await client.channels.fetch("1184290417762291732");
  const top = require("./leaderboard.json").slice(0, 10);
  await channel.send(top.map((r, i) => `${i + 1}. ${r.player} - ${r.game}: ${r.score}`).join("\\n"));
  client.destroy();
});

client.login("@@secret@@");
""", base64.b64encode(_dc_id.encode()).decode().rstrip("=") + "." + fakes.drawn(_seed(), 6, ALNUM + "_-") + "."
    + fakes.drawn(_seed(), 38, ALNUM + "_-"))

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "booking-site/.env.example", "https://12factor.net/config", """
# Copy to .env and fill in. Ask the GM for the live values; never commit .env
APP_ENV=development
APP_URL=http://localhost:3000
DATABASE_URL=postgres://booking:booking@localhost:5432/booking_dev
STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key_here
STRIPE_SECRET_KEY=sk_test_your_secret_key_here
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ROLLER_CLIENT_SECRET=
PARTY_DEPOSIT_CENTS=5000
""")

add("typescript/decoy-publishable-key", "web/src/checkout/stripe.ts", "https://stripe.com/docs/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
export const stripePromise = loadStripe("@@pk@@");

export const PARTY_PRICES = {
  bronze: 24999,
  silver: 32999,
  gold: 44999,
};
""", pk=stripe_key("pk_live_"))

add("javascript/decoy-firebase-web-config", "loyalty-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """
// Firebase web config is public by design; access is enforced by Security Rules and App Check.
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "strikepoints-loyalty.firebaseapp.com",
  projectId: "strikepoints-loyalty",
  storageBucket: "strikepoints-loyalty.appspot.com",
  messagingSenderId: "512093847261",
  appId: "1:512093847261:web:8d3e2a17c4b9f06e5a1d2c",
};

export const app = initializeApp(firebaseConfig);
""", k=google_api_key())

add("github-actions/decoy-secrets-reference", ".github/workflows/publish.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: publish
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
      - run: curl -fsS -X POST -H 'Content-type: application/json' --data '{"text":"lanescore released"}' "$SLACK_WEBHOOK"
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_RELEASES_WEBHOOK }}
""")

add("python/decoy-env-reference", "fec_pos/settings.py", "https://docs.python.org/3/library/os.html#os.environ", '''
"""Settings for the FEC point of sale. Secrets come from the environment (systemd EnvironmentFile)."""
import os

DEBUG = os.environ.get("POS_DEBUG", "0") == "1"
DATABASE_URL = os.environ["POS_DATABASE_URL"]
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
SQUARE_ACCESS_TOKEN = os.getenv("SQUARE_ACCESS_TOKEN", "")
CARD_SYSTEM_API_KEY = os.environ.get("CARD_SYSTEM_API_KEY")
PASSWORD_MIN_LENGTH = 12
RECEIPT_FOOTER = "Thanks for bowling with us!"
''')

add("k8s-secret/decoy-external-secret", "k8s/booking/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-secrets
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-secrets
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking/stripe
        property: secret_key
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/booking/db
        property: password
""")

add("yaml/decoy-ansible-vault", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("yaml/decoy-sops-encrypted", "deploy/secrets/arcade.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
redis_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
card_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-09-03T14:22:51Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=cipher_b64(18), iv1=cipher_b64(24), t1=cipher_b64(16),
    d2=cipher_b64(30), iv2=cipher_b64(24), t2=cipher_b64(16),
    d3=cipher_b64(32), iv3=cipher_b64(24), t3=cipher_b64(16))

add("terraform/decoy-variable-reference", "infra/booking/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "booking" {
  identifier        = "booking-staging"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "booking_admin"
  password          = var.db_password
  skip_final_snapshot = true
}
""")

add("terraform/decoy-random-password", "infra/arcade/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "redis" {
  name = "prod/arcade/redis"
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
""")

add("sql/decoy-password-hash", "db/seeds/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Seed staff accounts for the staging POS. Passwords are bcrypt hashes (cost 12).
INSERT INTO staff (login, display_name, role, password_hash) VALUES
  ('gm', 'General Manager', 'admin', '$2b$12$@@h1@@'),
  ('desk1', 'Front Desk 1', 'cashier', '$2b$12$@@h2@@'),
  ('mech', 'Lane Mechanic', 'maintenance', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/decoy-redacted", "logs/payments-2024-07-20.log", "https://stripe.com/docs/keys#keys-and-logs", """
2024-07-20T18:02:11Z INFO  payments using key sk_live_****************************7Qx2
2024-07-20T18:02:14Z INFO  payment_intent pi_3PeLq2Lm9ZkYlo2C1uXz4k9a created amount=32999 party=gold
2024-07-20T18:02:19Z INFO  webhook verified sig=t=1721498539,v1=[redacted]
2024-07-20T18:02:19Z INFO  booking 88213 deposit captured
2024-07-20T18:05:40Z WARN  square token for location L8XG4Q2VJ3K1Z expires in 6 days (token=EAAA…[masked])
""")

add("csv/decoy-game-card-export", "exports/game_cards_top_balances.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
card_number,card_uid,credits,tickets,last_swipe,tier
600412008813,@@u1@@,412.50,18840,2024-06-30 20:14,gold
600412004471,@@u2@@,301.00,9120,2024-06-30 19:58,gold
600412011902,@@u3@@,188.25,22010,2024-06-29 21:40,silver
600412000318,@@u4@@,150.00,410,2024-06-28 17:03,silver
600412009957,@@u5@@,96.75,7705,2024-06-30 15:22,basic
""", u1=hexs(14).upper(), u2=hexs(14).upper(), u3=hexs(14).upper(), u4=hexs(14).upper(), u5=hexs(14).upper())

add("python/decoy-test-fixture", "tests/test_party_booking.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from booking.app import create_app


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite://", "STRIPE_SECRET_KEY": "sk_test_dummy",
                      "SECRET_KEY": "test-only-not-secret"})
    return app.test_client()


def test_login_rejects_wrong_password(client):
    r = client.post("/staff/login", data={"login": "desk1", "password": "wrong-password"})
    assert r.status_code == 401


def test_party_needs_deposit(client):
    r = client.post("/api/parties", json={"package": "gold", "kids": 12})
    assert r.status_code == 402
''')

add("markdown/decoy-rotation-runbook", "docs/runbooks/rotate-stripe-key.md", "https://stripe.com/docs/keys#rolling-keys", """
# Rotating the Stripe secret key

1. In the Stripe dashboard, **Developers > API keys**, roll the secret key (expire the old one in 12h).
2. Put the new value in AWS Secrets Manager: `aws secretsmanager put-secret-value --secret-id prod/booking/stripe --secret-string '{"secret_key":"<NEW_KEY>"}'`
3. Restart the booking pods: `kubectl -n booking rollout restart deploy/booking-api`.
4. Check the payments log shows `using key sk_live_****` with the new last four.

Never paste the key into Slack or this repo. The key looks like `sk_live_...`; the publishable
`pk_live_...` key is the one in the web bundle and is fine to share.
""")

add("json/decoy-package-lock-integrity", "kiosk-ui/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kiosk-ui",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("yaml/decoy-sealed-secret", "k8s/arcade/sealed-redis.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: arcade-redis
  namespace: arcade
spec:
  encryptedData:
    REDIS_PASSWORD: AgB@@e1@@
    REDIS_HOST: AgC@@e2@@
  template:
    metadata:
      name: arcade-redis
      namespace: arcade
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("html/decoy-recaptcha-site-key", "web/templates/party_inquiry.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="en">
<head>
  <title>Birthday party inquiry - Galaxy Bowl</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form method="post" action="/parties/inquiry">
    <input name="parent_name" placeholder="Your name" required>
    <input name="email" type="email" required>
    <input name="party_date" type="date" required>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("ini/decoy-empty-values", "pinsetter-monitor/alerts.sample.ini", "https://docs.python.org/3/library/configparser.html", """
[general]
centre = Your Centre Name
lanes = 24

[smtp]
host = smtp.example.com
port = 587
starttls = yes
username = alerts@example.com
password = <set in alerts.ini on the controller PC>
to = techs@example.com
""")

add("shell/decoy-vault-lookup", "scripts/deploy_scoring_bridge.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
# Pull the bridge token from Vault at deploy time; it never touches disk.
export BRIDGE_TOKEN="$(vault kv get -field=token secret/lanes/scoring-bridge)"
export DB_PASSWORD="$(vault kv get -field=password secret/lanes/scoring-db)"
docker run -d --name scoring-bridge --restart unless-stopped \\
  -e BRIDGE_TOKEN -e DB_PASSWORD \\
  registry.bowlcorp.local/scoring-bridge:1.9.4
""")

add("compose/decoy-env-file", "arcade/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """
services:
  card-service:
    image: registry.funplex.local/card-service:4.1.0
    env_file: .env
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/2
      CARD_DB_PASSWORD: ${CARD_DB_PASSWORD:?set CARD_DB_PASSWORD}
    ports: ["8088:8080"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("dockerfile/decoy-build-secret", "booking-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.bowlcorp.local/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY booking/ booking/
ENV PORT=8000
CMD ["gunicorn", "booking.wsgi:app", "-b", "0.0.0.0:8000"]
""")

add("go/decoy-uuid-ids", "internal/lanes/ids.go", "https://pkg.go.dev/github.com/google/uuid", """
package lanes

// Fixed ids of the lane pairs in the scoring system (from the vendor's site export).
var LanePairIDs = map[string]string{
	"01-02": "@@u1@@",
	"03-04": "@@u2@@",
	"05-06": "@@u3@@",
	"07-08": "@@u4@@",
}

const SiteID = "@@u5@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("java/decoy-regex", "src/main/java/com/funplex/pos/CardMasker.java", "https://www.pcisecuritystandards.org/", """
package com.funplex.pos;

import java.util.regex.Pattern;

/** Masks payment card numbers and API keys before receipts and logs are written. */
public final class CardMasker {
    private static final Pattern PAN = Pattern.compile("\\\\b(?:\\\\d[ -]?){13,19}\\\\b");
    private static final Pattern STRIPE_KEY = Pattern.compile("(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}");
    private static final String MASK = "****";

    public static String mask(String line) {
        String out = PAN.matcher(line).replaceAll(MASK);
        return STRIPE_KEY.matcher(out).replaceAll("$1_$2_" + MASK);
    }
}
""")

add("markdown/decoy-vendor-setup", "docs/vendors/laser-tag-arena.md", "https://www.markdownguide.org/basic-syntax/", """
# Laser tag arena controller

- Vendor support: open a ticket on the vendor portal (login in 1Password: "Laser tag portal").
- Controller: `http://10.0.90.5/` (Chrome only).
- Admin password: stored in 1Password, vault **Attractions**, item "Arena controller".
- Vest firmware: 7.4.2; base stations: 3.1.0.
- Packs are charged in the back room; swap any pack under 30%.

To reset a stuck game, press **End game** twice, then **Sync vests**. Do not reboot during a game.
""")

add("properties/decoy-spring-placeholders", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/scheduler
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.ldap.password=${LDAP_BIND_PASSWORD}
spring.mail.password=${SMTP_PASSWORD}
scheduler.shift-length-hours=8
management.endpoints.web.exposure.include=health,info
""")

add("xml/decoy-public-certificate", "config/trusted-card-vendor.xml", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/", """
<?xml version="1.0" encoding="utf-8"?>
<trust>
  <vendor name="GameCardCloud" thumbprint="@@tp@@"/>
  <certificate><![CDATA[
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
-----END CERTIFICATE-----
]]></certificate>
</trust>
""", tp=hexs(40).upper(), c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "=")

add("shell/decoy-checksum", "scripts/install_scoring_agent.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/bin/sh
set -e
VERSION=2.14.1
URL="https://downloads.lanescore.example/agent/lanescore-agent-${VERSION}-linux-amd64.tar.gz"
SHA256="@@h@@"
curl -fsSLo /tmp/agent.tgz "$URL"
echo "${SHA256}  /tmp/agent.tgz" | sha256sum -c -
tar -xzf /tmp/agent.tgz -C /opt/lanescore
""", h=sha256())

add("csharp/decoy-config-binding", "src/Arcade.Redemption/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

// Secrets come from user-secrets in development and Azure Key Vault in production.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-arcade-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var redisPassword = builder.Configuration["Redis:Password"];
var cardApiKey = builder.Configuration["CardSystem:ApiKey"]
    ?? throw new InvalidOperationException("CardSystem:ApiKey missing");

builder.Services.AddSingleton(new CardSystemClient(cardApiKey));
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Keys live in config/credentials/production.yml.enc (RAILS_MASTER_KEY on the host).
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}
""")

add("javascript/decoy-sentry-dsn", "lane-tablet/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/browser";

// The DSN is public: it only lets clients send events to our project.
Sentry.init({
  dsn: "@@dsn@@",
  release: "lane-tablet@5.3.0",
  tracesSampleRate: 0.05,
  environment: "production",
});
""", dsn=sentry_dsn_public())

add("yaml/decoy-square-application-id", "pos-web/config/square.yml", "https://developer.squareup.com/docs/web-payments/overview", """
# Web Payments SDK (browser side). The application id and location id are public.
square:
  environment: production
  application_id: sq0idp-@@app@@
  location_id: LQ7X2B9KD4H3M
  currency: USD
  supported_methods:
    - card
    - apple_pay
    - google_pay
""", app=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("sql/decoy-schema", "db/migrations/0003_api_clients.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- Partner API clients (Groupon, school fundraiser portal). Secrets are stored hashed.
CREATE TABLE api_clients (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL,
    client_id     text NOT NULL UNIQUE,
    secret_hash   bytea NOT NULL,
    secret_last4  char(4) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);
CREATE INDEX api_clients_name_idx ON api_clients (name);
""")

add("csv/decoy-lane-maintenance", "exports/lane_maintenance_q2.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
date,lane,machine_serial,work_order,part_number,tech,notes
2024-04-03,7,GSX-10448213,WO-55102,47-142755-000,D. Ruiz,replaced deck belt
2024-04-11,12,GSX-10448218,WO-55147,57-300058-003,D. Ruiz,ball lift rubber
2024-05-02,3,GSX-10448209,WO-55231,12-300220-000,K. Obi,pinwheel sensor
2024-05-19,18,GSX-10448224,WO-55299,47-142755-000,K. Obi,deck belt again
2024-06-07,22,GSX-10448228,WO-55380,090-002-120,D. Ruiz,sweep motor
""")

add("log/decoy-request-ids", "logs/booking-api-2024-08-02.log", "https://www.w3.org/TR/trace-context/", """
2024-08-02T19:40:01.122Z INFO  req=@@r1@@ POST /api/parties 201 45ms user=web
2024-08-02T19:40:03.870Z INFO  req=@@r2@@ GET /api/lanes/available 200 12ms user=web
2024-08-02T19:40:09.004Z INFO  traceparent=00-@@t1@@-@@s1@@-01 GET /api/packages 200 8ms
2024-08-02T19:40:11.550Z WARN  req=@@r3@@ POST /api/parties 409 lane block already held
2024-08-02T19:40:15.317Z INFO  etag="@@etag@@" GET /api/menu 304
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), t1=hexs(32), s1=hexs(16), etag=hexs(40))

add("python/decoy-hmac-verify", "booking/webhooks.py", "https://docs.python.org/3/library/hmac.html", '''
"""Verifies partner webhooks. The signing secret is read from the secret store at startup."""
import hashlib
import hmac

from booking.secrets import get_secret

SIGNING_SECRET = get_secret("partner-webhook-signing")


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(SIGNING_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# Known-good vector from the partner docs (signature of b"{}" with their sample secret)
SAMPLE_SIGNATURE = "@@sig@@"
''', sig=sha256())

add("k8s/decoy-secret-key-ref", "k8s/booking/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: { app: booking-api }
  template:
    metadata:
      labels: { app: booking-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/funzone/booking-api:2.4.1
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: booking-stripe, key: STRIPE_SECRET_KEY }
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: password }
            - name: TZ
              value: America/Chicago
""")

add("markdown/decoy-api-docs", "docs/partner-api.md", "https://swagger.io/docs/specification/authentication/api-keys/", """
# Lane reservation partner API

Partners call us with their API key in a header:

```http
POST /partner/v1/reservations HTTP/1.1
Host: api.galaxybowl.com
X-Api-Key: <your partner API key>
Content-Type: application/json

{"date": "2024-07-13", "start": "18:00", "lanes": 2, "guests": 10}
```

Keys are issued by the sales team and look like `gbx_` followed by 36 letters and digits.
Test against `https://sandbox.galaxybowl.com` with the key `gbx_sandbox_key` (returns canned data).
""")

add("json/decoy-oauth-client-id", "lane-tablet/public/auth-config.json", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", """
{
  "auth": {
    "clientId": "@@cid@@",
    "authority": "https://login.microsoftonline.com/@@tid@@",
    "redirectUri": "https://tablet.pinpalace.com/auth/callback"
  },
  "cache": { "cacheLocation": "sessionStorage" },
  "scopes": ["User.Read", "openid", "profile"]
}
""", cid=uuid_s(), tid=uuid_s())

add("yaml/decoy-docker-digests", "deploy/images.lock.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
# Pinned images for the centre edge server (updated by renovate)
images:
  scoring-bridge: registry.bowlcorp.local/scoring-bridge@sha256:@@d1@@
  card-service: registry.funplex.local/card-service@sha256:@@d2@@
  mosquitto: eclipse-mosquitto@sha256:@@d3@@
  redis: redis@sha256:@@d4@@
  nginx: nginx@sha256:@@d5@@
""", d1=sha256(), d2=sha256(), d3=sha256(), d4=sha256(), d5=sha256())

add("shell/decoy-ssm-parameter", "scripts/start_kiosk_api.sh", "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html", """
#!/usr/bin/env bash
set -euo pipefail
export CARD_API_KEY=$(aws ssm get-parameter --name /fec/prod/card-api-key --with-decryption --query Parameter.Value --output text)
export STRIPE_SECRET_KEY=$(aws secretsmanager get-secret-value --secret-id prod/booking/stripe --query SecretString --output text | jq -r .secret_key)
exec gunicorn kiosk_api.app:app --bind 0.0.0.0:8080 --workers 3
""")

add("python/decoy-password-policy", "fec_pos/auth/policy.py", "https://pages.nist.gov/800-63-3/sp800-63b.html", '''
"""Staff PIN and password rules for the POS (PCI DSS 8.3)."""
import re

MIN_PASSWORD_LENGTH = 12
PIN_LENGTH = 6
PASSWORD_FIELD = "password"
PASSWORD_RESET_URL = "https://pos.funplex.local/staff/reset-password"
WEAK_PASSWORDS = {"password", "bowling123", "strike", "changeme", "letmein"}
_HAS_DIGIT = re.compile(r"\\d")


def acceptable(password: str) -> bool:
    return (len(password) >= MIN_PASSWORD_LENGTH and password.lower() not in WEAK_PASSWORDS
            and bool(_HAS_DIGIT.search(password)))
''')

add("toml/decoy-pyproject", "lanescore-sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "lanescore-sdk"
version = "1.8.0"
description = "Client for the lane scoring bridge API"
requires-python = ">=3.9"
dependencies = ["requests>=2.31", "pydantic>=2"]

[tool.hatch.publish.index]
repo = "main"
# token comes from HATCH_INDEX_AUTH in CI, never from this file
""")

add("env/decoy-vault-paths", "edge-agent/agent.env", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# Rendered by vault-agent at boot; these are paths, not values
VAULT_ADDR=https://vault.bowlcorp.local:8200
CARD_API_KEY_PATH=secret/data/fec/card-api
SCORING_DB_CREDS_PATH=database/creds/scoring-readonly
SQUARE_TOKEN_PATH=secret/data/pos/square
AGENT_LOG_LEVEL=info
""")

add("powershell/decoy-get-credential", "ops/Set-ScoringService.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Re-points the scoring service at the new SQL server. Prompts for the service account.
param([string]$Server = "SCORESQL02")

$cred = Get-Credential -Message "Scoring service account (LANES\\svc-scoring)"
$svc = Get-CimInstance Win32_Service -Filter "Name='LaneScoring'"
$svc | Invoke-CimMethod -MethodName Change -Arguments @{
    StartName = $cred.UserName
    StartPassword = $cred.GetNetworkCredential().Password
}
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\LaneScoring" -Name SqlServer -Value $Server
Restart-Service LaneScoring
""")

add("xml/decoy-android-manifest", "pos-android/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/manifest-intro", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.snackbar.pos">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />
    <application android:label="Snack Bar POS" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <meta-data android:name="io.sentry.dsn" android:value="${SENTRY_DSN}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("go/decoy-test-constants", "internal/roller/webhook_test.go", "https://pkg.go.dev/testing", """
package roller

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// Test-only secret: the production one is injected from Vault.
const testSecret = "test-signing-secret"

func TestVerifyRejectsBadSignature(t *testing.T) {
	signingSecret = []byte(testSecret)
	r := httptest.NewRequest("POST", "/hook", strings.NewReader(`{"booking":1}`))
	r.Header.Set("X-Roller-Signature", "deadbeef")
	if _, ok := Verify(r); ok {
		t.Fatal("bad signature accepted")
	}
}
""")

add("notebook/decoy-getpass", "notebooks/league_averages.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('league db password: ')\\n",
    "engine = create_engine(f'postgresql://analyst:{pw}@reporting.fec-central.internal/leagues')\\n",
    "avg = pd.read_sql('select bowler, avg(score) from games group by bowler', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ansible/decoy-vault-variable", "ansible/roles/scoring_db/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
scoring_db_name: lanescore
scoring_db_user: lanescore_app
scoring_db_password: "{{ vault_scoring_db_password }}"
scoring_db_root_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/lanes/db:root') }}"
scoring_backup_hour: 3
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [5.3.0] - 2024-08-30
### Added
- Bumper toggle per bowler on the lane tablet.
- Party package add-ons (glow bowling, pizza upgrade) in the booking flow.
### Changed
- Card reader SDK 3.2 (commit @@c1@@).
### Security
- Rotated the booking API's Stripe key after the contractor offboarding (new key in Secrets Manager).
- Removed the hard-coded kiosk admin password; kiosks now use per-device credentials (see #412).

## [5.2.1] - 2024-07-15
### Fixed
- Lane 40 showing lane 4's scores (commit @@c2@@).
""", c1=hexs(40), c2=hexs(40))

add("json/decoy-public-jwks", "auth/public/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
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

add("shell/decoy-ssh-public-key", "provision/authorized_keys.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
#!/bin/sh
# Lane techs' public keys for the scoring PCs (public halves only).
mkdir -p /home/laneadmin/.ssh
cat > /home/laneadmin/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ druiz@lanetech
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ kobi@lanetech
KEYS
chmod 600 /home/laneadmin/.ssh/authorized_keys
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("terraform/decoy-secrets-manager-data", "infra/kiosk/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "card_api" {
  secret_id = "prod/fec/card-api"
}

locals {
  card_api = jsondecode(data.aws_secretsmanager_secret_version.card_api.secret_string)
}

resource "aws_ssm_parameter" "kiosk_card_api_key" {
  name  = "/fec/prod/card-api-key"
  type  = "SecureString"
  value = local.card_api["api_key"]
}
""")

add("yaml/decoy-oil-pattern", "lanes/patterns/house_shot.yaml", "https://www.bowl.com/", """
# House oil pattern for the lane machine (Kegel-style program)
name: House Shot 41
length_ft: 41
volume_ml: 24.6
ratio: "8:1"
loads:
  - { start: 2L, end: 2R, forward: 3, reverse: 2, speed: 14 }
  - { start: 8L, end: 8R, forward: 4, reverse: 4, speed: 18 }
  - { start: 12L, end: 12R, forward: 2, reverse: 0, speed: 22 }
checksum: @@ck@@
""", ck=hexs(32))

add("ruby/decoy-factory", "spec/factories/party_bookings.rb", "https://github.com/thoughtbot/factory_bot/blob/main/GETTING_STARTED.md", """
FactoryBot.define do
  factory :party_booking do
    guest_of_honor { "Sam" }
    kids { 10 }
    package { "silver" }
    party_date { 2.weeks.from_now.to_date }
    deposit_intent_id { "pi_test_#{SecureRandom.hex(8)}" }
    parent_email { "parent@example.com" }
  end

  factory :staff_user do
    login { "desk#{rand(100)}" }
    password { "Password123!" }
  end
end
""")

add("csharp/decoy-placeholder-constant", "src/Pos.Terminals/AdyenSettings.Example.cs", "https://docs.adyen.com/development-resources/api-credentials", """
namespace Pos.Terminals;

// Copy to AdyenSettings.cs (git-ignored) and fill in from the Adyen Customer Area.
public static class AdyenSettingsExample
{
    public const string MerchantAccount = "YourMerchantAccountPOS";
    public const string Environment = "TEST";
    public const string LivePrefix = "";
    public const string ApiKey = "YOUR_ADYEN_API_KEY";
}
""")

add("properties/decoy-jasypt-encrypted", "config/reports.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
reports.db.url=jdbc:mysql://reports-db.bowlcorp.local:3306/reports
reports.db.username=reports
reports.db.password=ENC(@@enc@@)
reports.smtp.password=ENC(@@enc2@@)
reports.schedule=0 0 6 * * MON
""", enc=cipher_b64(48), enc2=cipher_b64(48))

add("log/decoy-masked-card", "logs/terminal-lane12.log", "https://www.pcisecuritystandards.org/", """
2024-09-21 20:11:02 INFO  terminal V400m-409-112-233 sale started amount=18.50 lane=12
2024-09-21 20:11:09 INFO  card presented brand=VISA pan=424242******4242 entry=contactless
2024-09-21 20:11:10 INFO  auth approved code=083112 psp_ref=@@ref@@
2024-09-21 20:11:10 INFO  receipt printed tip=3.00 total=21.50
2024-09-21 20:14:40 INFO  terminal idle battery=71%
""", ref=fakes.drawn(_seed(), 16, string.ascii_uppercase + string.digits))

add("kotlin/decoy-build-config-field", "loyalty-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.strikerewards"
    defaultConfig {
        applicationId = "com.strikerewards"
        versionCode = 58
        versionName = "4.6.0"
        buildConfigField("String", "LOYALTY_CLIENT_SECRET", "\\"${System.getenv("LOYALTY_CLIENT_SECRET") ?: ""}\\"")
        manifestPlaceholders["MAPS_API_KEY"] = project.findProperty("MAPS_API_KEY") ?: ""
    }
}
""")

add("swift/decoy-keychain", "LoyaltyApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

/// Stores the member's session token in the keychain, never in UserDefaults.
enum TokenStore {
    private static let service = "com.strikerewards.session"
    static let accountKey = "member-session-token"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: accountKey,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("rust/decoy-env-var", "src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub slack_webhook: Option<String>,
    pub lanes: u8,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL must be set"),
            slack_webhook: env::var("SLACK_WEBHOOK_URL").ok(),
            lanes: env::var("LANES").ok().and_then(|v| v.parse().ok()).unwrap_or(24),
        }
    }
}
""")

add("php/decoy-getenv", "config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'roller' => ['venue' => 'bumper-bowl-austin'],
];
""")

add("html/decoy-google-tag", "web/templates/base.html", "https://developers.google.com/tag-platform/gtagjs/install", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Neon Lanes Family Entertainment{% endblock %}</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9X4LP"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7QK2M9X4LP');
  </script>
  <meta name="facebook-domain-verification" content="@@fb@@">
</head>
<body>{% block content %}{% endblock %}</body>
</html>
""", fb=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("csv/decoy-party-bookings", "exports/party_bookings_sept.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
booking_id,date,time,room,package,kids,deposit_ref,status
PB-20931,2024-09-07,11:00,Galaxy Room,gold,14,pi_@@p1@@,confirmed
PB-20944,2024-09-07,13:30,Comet Room,silver,10,pi_@@p2@@,confirmed
PB-20952,2024-09-08,12:00,Galaxy Room,bronze,8,pi_@@p3@@,cancelled
PB-20967,2024-09-14,15:00,Laser Loft,gold,16,pi_@@p4@@,confirmed
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("yaml/decoy-helm-values", "charts/booking/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/funzone/booking-api
  tag: "2.4.1"
env:
  TZ: America/Chicago
  PARTY_DEPOSIT_CENTS: "5000"
secrets:
  # set with --set-file or from the sealed secret; leave empty here
  stripeSecretKey: ""
  databasePassword: ""
existingSecret: booking-secrets
ingress:
  host: book.strikelinelanes.com
""")

add("ini/decoy-odbc-trusted", "pos/Reports.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
[Database]
Driver=ODBC Driver 18 for SQL Server
Server=POSSQL01\\SNACKBAR
Database=FoodBev
Trusted_Connection=yes
Encrypt=no

[Report]
Title=Snack bar daily sales
Email=gm@lakeshorelanes.com
""")

add("go/decoy-hash-constants", "internal/firmware/versions.go", "https://pkg.go.dev/crypto/sha256", """
package firmware

// Known-good firmware images for the pinsetter controllers (sha256 of the .bin).
var Known = map[string]string{
	"gsx-ctrl-4.2.1": "@@h1@@",
	"gsx-ctrl-4.3.0": "@@h2@@",
	"ball-return-1.9": "@@h3@@",
}

const MinVersion = "4.2.1"
""", h1=sha256(), h2=sha256(), h3=sha256())

add("markdown/decoy-default-credentials-doc", "docs/devices/new-pinsetter-setup.md", "https://www.markdownguide.org/basic-syntax/", """
# Commissioning a new pinsetter controller

1. Connect the controller to the lane network (VLAN 50) and find its address in the DHCP leases.
2. Log in with the factory account printed on the sticker inside the cabinet door.
3. **Change the password immediately** to a new one from the password generator and save it in
   1Password, vault **Lanes**, item `pinsetter-<lane pair>`.
4. Set the lane pair number and the ball return timing (default 4.5 s).
5. Run a test cycle with 10 pins and record the serial in the maintenance sheet.
""")

add("java/decoy-test-credentials", "src/test/java/com/funplex/cards/CardDbTest.java", "https://www.testcontainers.org/modules/databases/mssqlserver/", """
package com.funplex.cards;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MSSQLServerContainer;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardDbTest {
    // Throwaway container credentials for the test run only.
    static final MSSQLServerContainer<?> DB = new MSSQLServerContainer<>("mcr.microsoft.com/mssql/server:2022-latest")
        .acceptLicense().withPassword("Test_Passw0rd_Only");

    @Test
    void connects() throws Exception {
        DB.start();
        assertTrue(DB.createConnection("").isValid(2));
    }
}
""")

add("log/decoy-hashes-and-ids", "logs/card-sync-2024-10-01.log", "https://12factor.net/logs", """
2024-10-01 02:00:00 INFO  card-sync start site=GALAXY-FEC-02 batch=@@b1@@
2024-10-01 02:00:03 INFO  pulled 18422 swipes since cursor=@@c1@@
2024-10-01 02:00:05 INFO  file swipes_20240930.parquet sha256=@@h1@@
2024-10-01 02:00:06 INFO  upload ok etag=@@e1@@ version=@@v1@@
2024-10-01 02:00:06 INFO  card-sync done in 6.1s
""", b1=uuid_s(), c1=hexs(24), h1=sha256(), e1=hexs(32), v1=fakes.drawn(_seed(), 32, ALNUM + "._"))

add("typescript/decoy-zod-schema", "src/config/schema.ts", "https://zod.dev/", """
import { z } from "zod";

export const ConfigSchema = z.object({
  STRIPE_SECRET_KEY: z.string().regex(/^sk_(live|test)_[A-Za-z0-9]{24,}$/),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  DATABASE_URL: z.string().url(),
  ROLLER_CLIENT_SECRET: z.string().min(32),
  LANES: z.coerce.number().int().min(1).max(80).default(24),
});

export type Config = z.infer<typeof ConfigSchema>;
export const config = ConfigSchema.parse(process.env);
""")

add("json/decoy-tsconfig-like-settings", "kiosk/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Kiosk": {
    "LocationName": "Dev Kiosk",
    "IdleTimeoutSeconds": 600,
    "Printer": "Microsoft Print to PDF"
  },
  "Square": {
    "Environment": "sandbox",
    "LocationId": "LSANDBOX0000",
    "AccessToken": "use dotnet user-secrets set Square:AccessToken"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("sql/decoy-audit-query", "reports/api_key_audit.sql", "https://www.postgresql.org/docs/current/functions-datetime.html", """
-- Which partner API keys have not been used in 90 days (for revocation review)
SELECT c.name,
       c.client_id,
       '****' || c.secret_last4 AS secret,
       max(r.called_at) AS last_used
FROM api_clients c
LEFT JOIN api_requests r ON r.client_id = c.client_id
WHERE c.revoked_at IS NULL
GROUP BY c.name, c.client_id, c.secret_last4
HAVING max(r.called_at) < now() - interval '90 days' OR max(r.called_at) IS NULL;
""")

add("github-actions/decoy-oidc-role", ".github/workflows/reels-infra.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: reels-infra
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
          role-to-assume: arn:aws:iam::482913370156:role/github-reels-infra
          aws-region: us-west-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra init && terraform -chdir=infra apply -auto-approve
""")

add("xml/decoy-plist-public-ids", "LaneApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.pinpalace.laneapp</string>
    <key>CFBundleShortVersionString</key>
    <string>5.3.0</string>
    <key>GADApplicationIdentifier</key>
    <string>ca-app-pub-4829133701562241~7193047521</string>
    <key>NSCameraUsageDescription</key>
    <string>Scan your game card barcode.</string>
</dict>
</plist>
""")

add("dockerfile/decoy-arg-no-default", "scoring-bridge/Dockerfile.release", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG VERSION
ARG GIT_SHA
LABEL org.opencontainers.image.version=$VERSION org.opencontainers.image.revision=$GIT_SHA
WORKDIR /srv/bridge
COPY dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl && rm /tmp/*.whl
USER 1000
CMD ["python", "-m", "bridge"]
""")

add("python/decoy-example-docstring", "lanescore_sdk/client.py", "https://docs.python-requests.org/en/latest/user/authentication/", '''
"""Client for the lane scoring bridge.

Example::

    from lanescore_sdk import Client
    client = Client(base_url="http://10.0.40.2:8442/api", token="YOUR_BRIDGE_TOKEN")
    client.lane_status(7)
"""
import requests


class Client:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Token {token}"

    def lane_status(self, lane: int) -> dict:
        return self._session.get(f"{self.base_url}/lanes/{lane}", timeout=3).json()
''')

add("shell/decoy-generate-password", "scripts/new_kiosk_password.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """
#!/usr/bin/env bash
# Generates a per-kiosk admin password and stores it in 1Password; prints nothing secret.
set -euo pipefail
KIOSK="$1"
PASS="$(openssl rand -base64 24)"
op item create --vault Kiosks --category login --title "kiosk-${KIOSK}" \\
  username=kioskadmin "password=${PASS}" >/dev/null
unset PASS
echo "stored credentials for kiosk-${KIOSK} in 1Password"
""")

add("toml/decoy-netlify", "web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_STRIPE_KEY = "@@pk@@"
  PUBLIC_BOOKING_API = "https://api.strikelinelanes.com"

[[redirects]]
  from = "/parties"
  to = "/birthday-parties"
  status = 301
""", pk=stripe_key("pk_live_"))

add("powershell/decoy-secret-management", "ops/Connect-CardSql.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Connects to the game-card SQL server with the credential from the local secret vault.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "CardSql-Report" -Vault "FecVault"
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=CARDSQL01;Database=GameCards;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "Connected to GameCards as $($cred.UserName)"
""")

add("yaml/decoy-k8s-configmap", "k8s/arcade/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: card-service
  namespace: arcade
data:
  CARD_SITE_ID: "4471"
  TICKET_RATE: "0.01"
  REDEMPTION_HOURS: "10:00-22:00"
  REDIS_HOST: redis-master.arcade.svc
  REDIS_PASSWORD_FILE: /var/run/secrets/redis/password
""")

add("ruby/decoy-rspec-webmock", "spec/services/sms_notifier_spec.rb", "https://github.com/bblimke/webmock", """
require "rails_helper"

RSpec.describe SmsNotifier do
  it "posts to Twilio" do
    stub = stub_request(:post, %r{api.twilio.com/2010-04-01/Accounts/AC_TEST/Messages.json})
      .to_return(status: 201, body: { sid: "SM_TEST" }.to_json)
    stub_const("SmsNotifier::ACCOUNT_SID", "AC_TEST")
    stub_const("SmsNotifier::AUTH_TOKEN", "test_auth_token")
    SmsNotifier.deliver("+15125550100", "Your lane is ready")
    expect(stub).to have_been_requested
  end
end
""")

add("terraform/decoy-tfvars-example", "infra/booking/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Copy to terraform.tfvars (git-ignored).
region          = "us-east-2"
environment     = "staging"
db_password     = "REPLACE_ME"
stripe_secret   = "sk_test_..."
alert_email     = "ops@example.com"
""")

add("csharp/decoy-hash-compare", "src/Arcade.Redemption/ManagerOverride.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.cryptographicoperations.fixedtimeequals", """
using System.Security.Cryptography;
using System.Text;

namespace Arcade.Redemption;

// Manager override at the prize counter: the PIN is checked against a salted hash from the DB.
public static class ManagerOverride
{
    public static bool Check(string pin, byte[] salt, byte[] storedHash)
    {
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pin), salt, 210_000, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(hash, storedHash);
    }
}
""")

add("env/decoy-local-dev", "arcade-reports/.env.development", "https://12factor.net/config", """
EMBED_SITE=DEV-LOCAL
EMBED_API_URL=http://localhost:8089/mock
EMBED_API_KEY_ID=local-dev
EMBED_API_SECRET=local-dev-secret
REPORT_TZ=America/Denver
""")

add("markdown/decoy-incident-report", "docs/incidents/2024-09-kiosk-password.md", "https://sre.google/sre-book/example-postmortem/", """
# Incident: kiosk admin password in a screenshot (2024-09-18)

**Summary.** A training deck showed the kiosk admin login screen with the password typed in.

**Impact.** None found; kiosks are on an isolated VLAN.

**Actions.**
- Rotated all kiosk admin passwords (now per-kiosk, generated, stored in 1Password).
- Password field in the training build is masked; screenshots reviewed before sharing.
- Old value revoked; the new values are not recorded anywhere outside 1Password.
""")

add("compose/decoy-secrets-files", "scoring/compose.prod.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  scoring-api:
    image: registry.bowlcorp.local/scoring-api:3.0.2
    environment:
      DB_PASSWORD_FILE: /run/secrets/scoring_db_password
    secrets:
      - scoring_db_password
secrets:
  scoring_db_password:
    file: ./secrets/scoring_db_password.txt
""")

# END
