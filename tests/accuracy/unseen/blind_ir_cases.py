"""Blind set IR: car wash and valeting chains.

Tunnel controllers and site POS (wash-club billing, pay stations, LPR cameras, chemical dosing),
their vendors (payments, SMS, email, maps, loyalty), the chains' apps, CI, containers,
infrastructure, runbooks, SQL, CSV exports and logs, and their decoys.
Generated fakes only (seeds 3770000-3779999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3770000, 3779999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Foam", "Tunnel", "Wax", "Rinse", "Chamois", "Bubble", "Shine", "Polish", "Spray", "Buff",
         "Sparkle", "Glisten", "Mitt", "Nozzle", "Brush", "Gloss", "Vapor", "Drizzle", "Squeegee", "Turtle"]
LOWER = ["sponge", "wheel", "tyre", "bucket", "mirror", "bumper", "hubcap", "suds", "towel", "vacuum",
         "spoiler", "grille", "wiper", "chrome", "lather", "pump"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


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


def twilio_key_sid() -> str:
    return "SK" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def openai() -> str:
    return fakes.openai_key(_seed())


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def mailchimp_key() -> str:
    return hexs(32) + "-us14"


def datadog_key() -> str:
    return hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def ghp() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def sha256ish() -> str:
    return hexs(64)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","iat":1767225600}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-ir/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- planted secrets

add("env/stripe-secret-key", "washclub-billing/.env", "https://docs.stripe.com/keys", """
# Wash club billing service - Stripe live account (Glossbay Car Wash Ltd)
APP_ENV=production
PORT=8080
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PRICE_UNLIMITED_BASIC=price_1PqGz2Lk8sVbNn4aT0mUa1Xy
STRIPE_PRICE_UNLIMITED_CERAMIC=price_1PqH01Lk8sVbNn4aJ9cQeR2b
CLUB_GRACE_DAYS=3
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "membership/sync_stripe.py", "https://docs.stripe.com/keys#limit-access", """
\"\"\"Nightly sync of unlimited wash club members from Stripe into the SiteWatch member table.\"\"\"
import stripe

from membership.db import upsert_member

stripe.api_key = "@@secret@@"


def sync(since: int) -> int:
    count = 0
    for sub in stripe.Subscription.list(created={"gte": since}, status="all").auto_paging_iter():
        upsert_member(sub.customer, sub.status, sub.items.data[0].price.id)
        count += 1
    return count
""", stripe_key("rk_live_"))

add("typescript/stripe-webhook-secret", "apps/club-api/src/webhooks/stripe.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import Stripe from "stripe";
import type { Request, Response } from "express";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
// TODO move to SSM before the Leeds rollout
const endpointSecret = "@@secret@@";

export async function stripeWebhook(req: Request, res: Response) {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "invoice.payment_failed") {
    // suspend the RFID tag on the member's vehicle
  }
  res.json({ received: true });
}
""", stripe_whsec())

add("yaml/square-access-token", "config/pos/square.yml", "https://developer.squareup.com/docs/build-basics/access-tokens", """
# Square POS for the detailing bays (hand wash + valet menu)
square:
  environment: production
  application_id: sq0idp-Qm3xV8cTn2Lk9Ws1HbYp0a
  access_token: @@secret@@
  location_ids:
    harrogate_rd: L8Y2B0ZKC3M7Q
    kirkstall: LQ5N1TVWX8R2E
  catalog:
    full_valet: 6ZKQ2R4ST7BXK3WQ
    interior_only: XL9M3V8P2NHC4YTA
""", square_token())

add("shell/twilio-auth-token", "scripts/send_wash_ready_sms.sh", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", """
#!/usr/bin/env bash
# Text the customer when the valet bay marks the car ready for collection.
set -euo pipefail
PHONE="$1"
BAY="$2"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \\
  --data-urlencode "To=${PHONE}" \\
  --data-urlencode "From=+447700900123" \\
  --data-urlencode "Body=Your car is ready at bay ${BAY}. Thanks for choosing Sudsy Valet!" \\
  -u "@@sid@@:@@secret@@"
""", hexs(32), sid=twilio_sid())

add("php/sendgrid-api-key", "wp-content/themes/shinezone/inc/mailer.php", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-php-code-example", """
<?php
// Booking confirmation emails for mobile valeting appointments
require_once get_template_directory() . '/vendor/autoload.php';

function shinezone_send_booking_mail($to, $slot) {
    $email = new \\SendGrid\\Mail\\Mail();
    $email->setFrom("bookings@shinezone-valeting.co.uk", "ShineZone Mobile Valeting");
    $email->setSubject("Your valet is booked for " . $slot);
    $email->addTo($to);
    $email->addContent("text/plain", "Our technician will arrive at " . $slot . ".");
    $sendgrid = new \\SendGrid('@@secret@@');
    return $sendgrid->send($email);
}
""", sendgrid_key())

add("ini/database-password", "sitewatch-bridge/bridge.ini", "https://docs.python.org/3/library/configparser.html", """
; SiteWatch -> data warehouse bridge, Lakeside Express Wash
[sitewatch]
host = 10.40.2.15
port = 1433
database = SiteWatch
user = sw_readonly
password = @@secret@@

[warehouse]
dsn = postgresql://etl@wh.lakesidewash.internal:5432/analytics
schedule = */15 * * * *
""", words_pw())

add("go/redis-password", "services/queue-display/main.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// queue-display shows the vehicles waiting at the tunnel entrance on the lobby TV.
func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "queue-redis.tunnel.local:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	ctx := context.Background()
	if err := rdb.Ping(ctx).Err(); err != nil {
		log.Fatalf("redis: %v", err)
	}
	serve(ctx, rdb)
}
""", redis_pw())

add("yaml/smtp-password", "deploy/helm/receipts/values-prod.yaml", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
image:
  repository: registry.bubblebros.io/receipts
  tag: "2.14.1"
replicaCount: 2
env:
  EMAIL_HOST: smtp.office365.com
  EMAIL_PORT: "587"
  EMAIL_USE_TLS: "true"
  EMAIL_HOST_USER: receipts@bubblebroscarwash.com
  EMAIL_HOST_PASSWORD: "@@secret@@"
  RECEIPT_FOOTER: "Bubble Bros Car Wash - wash again within 7 days for 20% off"
resources:
  limits:
    memory: 256Mi
""", words_pw())

add("markdown/device-admin-password", "docs/runbooks/tunnel-controller-reset.md", "https://www.sonnysdirect.com/", """
# Tunnel controller reset (Sonny's / PLC panel)

When the conveyor stops with fault E27 and the touchscreen freezes:

1. Put the tunnel in **E-STOP** from the entrance pedestal.
2. Open the controller web UI at `http://192.168.50.10` from the office PC.
3. Log in as `admin` / `@@secret@@` (site techs only, do not give to attendants).
4. Go to *Maintenance > Restart Runtime* and wait for the green READY banner.
5. Clear the E-STOP and jog the conveyor one roller forward.

If the controller does not come back within 5 minutes call the field service line.
""", words_pw())

add("python/aws-secret-access-key", "analytics/upload_lpr_snapshots.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import os
from pathlib import Path

import boto3

# LPR camera snapshots from the entrance lanes, kept 30 days for club plate disputes
s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

SNAP_DIR = Path(os.environ.get("SNAP_DIR", "/var/lib/lpr/snapshots"))

for jpg in sorted(SNAP_DIR.glob("*.jpg")):
    s3.upload_file(str(jpg), "glossbay-lpr-snapshots", f"site-014/{jpg.name}")
    jpg.unlink()
""", aws_secret(), kid=akid())

add("dockerfile/github-token", "docker/kiosk-ui/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM node:20-alpine AS build
WORKDIR /app
# private design-system package for the pay station kiosk screens
ENV GITHUB_TOKEN=@@secret@@
RUN echo "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}" > .npmrc \\
 && echo "@splashpoint:registry=https://npm.pkg.github.com" >> .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", ghp())

add("toml/pypi-token", "washcore/pdm.toml", "https://pdm-project.org/en/latest/usage/publish/#configure-the-repository-secrets-for-upload", """
# project-level PDM config for the washcore SDK (tunnel telemetry client)
[python]
use_venv = true

[repository.pypi]
username = "__token__"
password = "@@secret@@"

[pypi]
verify_ssl = true
""", pypi())

add("ini/pypi-token", "tools/release/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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

add("python/telegram-bot-token", "bots/chemical_alerts.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Sends a Telegram message to the site manager group when a chemical drum runs low.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001844502211


def alert(site: str, chemical: str, litres: float) -> None:
    text = f"{site}: {chemical} down to {litres:.0f} L - reorder from the chemical supplier"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text},
        timeout=10,
    )
""", telegram())

add("github-actions/aws-secret-access-key", ".github/workflows/deploy-club-portal.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy club portal
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
          aws-region: us-east-2
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://club.rinseandshine.com --delete
""", aws_secret(), kid=akid())

add("k8s-secret/database-password", "k8s/prod/pos-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: pos-db
  namespace: washpos
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", (_DBPW := words_pw()), host=b64("pos-db.cluster-cx1.eu-west-1.rds.amazonaws.com"), user=b64("washpos_app"), pw=b64(_DBPW))

add("json/google-maps-server-key", "config/locator.prod.json", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
  "service": "site-locator",
  "geocoder": {
    "provider": "google",
    "apiKey": "@@secret@@",
    "region": "us",
    "cacheTtlSeconds": 86400
  },
  "sites": {
    "source": "s3://speedyshine-config/sites.csv",
    "refreshMinutes": 60
  }
}
""", google_key())

add("csharp/database-password", "src/Valet.Booking/Data/ConnectionStrings.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
namespace Valet.Booking.Data
{
    public static class ConnectionStrings
    {
        // Booking DB for the hand-wash and valet centres (supermarket car parks)
        public const string Booking =
            "Server=tcp:valetbook-sql.database.windows.net,1433;Initial Catalog=Booking;" +
            "User ID=booking_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;";
    }
}
""", words_pw())

add("java/mailgun-api-key", "src/main/java/com/washlane/notify/ReceiptMailer.java", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """
package com.washlane.notify;

import kong.unirest.HttpResponse;
import kong.unirest.JsonNode;
import kong.unirest.Unirest;

public class ReceiptMailer {
    private static final String DOMAIN = "mg.washlane.com";
    private static final String API_KEY = "@@secret@@";

    public HttpResponse<JsonNode> send(String to, String html) {
        return Unirest.post("https://api.mailgun.net/v3/" + DOMAIN + "/messages")
            .basicAuth("api", API_KEY)
            .queryString("from", "WashLane Receipts <receipts@washlane.com>")
            .queryString("to", to)
            .queryString("subject", "Your WashLane receipt")
            .queryString("html", html)
            .asJson();
    }
}
""", mailgun_key())

add("ruby/slack-bot-token", "lib/tasks/daily_wash_counts.rake", "https://api.slack.com/authentication/token-types#bot", """
namespace :reports do
  desc "Post yesterday's car counts per site to #ops-daily"
  task daily_wash_counts: :environment do
    client = Slack::Web::Client.new(token: "@@secret@@")
    counts = WashTicket.where(created_at: Date.yesterday.all_day).group(:site_code).count
    lines = counts.sort.map { |site, n| "#{site}: #{n} cars" }
    client.chat_postMessage(channel: "#ops-daily", text: lines.join("\\n"))
  end
end
""", slack_bot())

add("terraform/aws-secret-access-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"

  default_tags {
    tags = {
      Owner   = "splash-express-it"
      Project = "wash-club"
    }
  }
}
""", aws_secret(), kid=akid())

add("compose/database-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  loyalty-db:
    image: postgres:16
    environment:
      POSTGRES_USER: loyalty
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: loyalty
    volumes:
      - pgdata:/var/lib/postgresql/data
  loyalty-api:
    build: .
    depends_on: [loyalty-db]
    ports: ["8000:8000"]
volumes:
  pgdata:
""", rand_pw(22))

add("python/database-url", "dashboards/settings.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
from sqlalchemy import create_engine

# Ops dashboard: chemical usage per car, tunnel uptime, club churn
ENGINE = create_engine(
    "postgresql+psycopg://dash_reader:@@secret@@@ops-pg.glossbay.internal:5432/ops",
    pool_size=5,
    pool_pre_ping=True,
)

REFRESH_SECONDS = 300
SITES = ["GB-001", "GB-002", "GB-007", "GB-014"]
""", rand_pw(20))

add("shell/ftp-password", "scripts/pull_pos_exports.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Pull last night's pay-station settlement files from the POS vendor FTP drop
DAY=$(date -d yesterday +%Y%m%d)
for SITE in 101 102 105; do
  curl -s --ftp-ssl -u "sudsy_ops:@@secret@@" \\
    "ftp://ftp.washposvendor.net/exports/site${SITE}/settle_${DAY}.csv" \\
    -o "/data/settlements/site${SITE}_${DAY}.csv"
done
""", words_pw())

add("yaml/ldap-bind-password", "config/portal/auth.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.ldap.password", """
spring:
  ldap:
    urls: ldaps://dc01.shinechain.local:636
    base: dc=shinechain,dc=local
    username: cn=svc-portal,ou=Service Accounts,dc=shinechain,dc=local
    password: @@secret@@
portal:
  allowed-groups:
    - Site Managers
    - Area Managers
    - Valet Leads
""", words_pw())

add("notebook/openai-api-key", "notebooks/review_sentiment.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Google review sentiment per site (Q3)\\n"]
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
    "reviews = pd.read_csv('reviews_q3.csv')\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("kotlin/api-key", "app/src/main/java/com/washhero/app/data/WashApi.kt", "https://square.github.io/retrofit/", """
package com.washhero.app.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object WashApi {
    // partner key issued by the wash-network aggregator for the WashHero app
    private const val PARTNER_SECRET = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Partner-Secret", PARTNER_SECRET)
                    .build()
            )
        })
        .build()
}
""", "wnp_sk_" + rand_pw(40))

add("swift/api-key", "WashClub/Sources/Config/Secrets.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

enum Secrets {
    // Loyalty platform server key (do not ship in the next release)
    static let loyaltyServerKey = "@@secret@@"
    static let loyaltyBaseURL = URL(string: "https://api.punchwheel-loyalty.com/v2")!
}

func authorizedRequest(_ path: String) -> URLRequest {
    var request = URLRequest(url: Secrets.loyaltyBaseURL.appendingPathComponent(path))
    request.setValue("Bearer \\(Secrets.loyaltyServerKey)", forHTTPHeaderField: "Authorization")
    return request
}
""", "lsk_live_" + rand_pw(36))

add("powershell/device-admin-password", "ops/Set-PayStationConfig.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """
# Pushes the new price table to every pay station at a site
param([string]$Site = "CW-23")

$stations = @("10.23.1.21", "10.23.1.22", "10.23.1.23")
$pair = 'techadmin:@@secret@@'
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $auth" }

foreach ($ip in $stations) {
    Invoke-RestMethod -Uri "http://$ip/api/v1/prices" -Method Put -Headers $headers `
        -InFile ".\\prices\\$Site.json" -ContentType "application/json"
    Write-Host "updated $ip"
}
""", words_pw())

add("sql/database-password", "db/migrations/0042_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0042: read-only role for the franchisee reporting portal
BEGIN;
CREATE ROLE franchise_reports LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE washops TO franchise_reports;
GRANT USAGE ON SCHEMA reporting TO franchise_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO franchise_reports;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO franchise_reports;
COMMIT;
""", rand_pw(18))

add("properties/database-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password", """
# fleet valeting contracts service
server.port=8443
spring.datasource.url=jdbc:mysql://fleet-db.prod.valetpro.internal:3306/fleet
spring.datasource.username=fleet_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
fleet.invoice.cron=0 0 6 * * MON
""", rand_pw(16, "!#%"))

add("markdown/handover-passwords", "docs/handover/site-manager-handover-kirkstall.md", "https://www.atlassian.com/software/confluence/templates/it-handover", """
# Handover - Kirkstall Road site (manager leaving 14 March)

## Systems
| System | Where | Login | Notes |
|---|---|---|---|
| Pay station back office | https://paystation.local | manager01 | reset via area manager |
| CCTV NVR | 192.168.1.64 | admin | password: @@secret@@ |
| Chemical dosing panel | on the wall in the pump room | n/a | key in the safe |
| Rota | Deputy app | own login | |

## Open issues
- Dryer #2 blower tripping on wet days, engineer booked.
- Water reclaim tank needs emptying by the 20th.
""", words_pw())

_SG = sendgrid_key()
_PEM1 = pem("RSA")

add("python/sendgrid-api-key", "notify/marketing_blast.py", "https://github.com/sendgrid/sendgrid-python#quick-start", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# split to get it past the linter, sorry
SG_KEY = ("@@p1@@"
          "@@p2@@")


def blast(recipients, subject, html):
    sg = SendGridAPIClient(SG_KEY)
    for rcpt in recipients:
        msg = Mail(from_email="offers@foamfactorywash.com", to_emails=rcpt,
                   subject=subject, html_content=html)
        sg.send(msg)
""", _SG, p1=_SG[:30], p2=_SG[30:])

add("yaml/private-key", "ansible/roles/lpr_gateway/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
lpr_gateway_user: lpr
lpr_gateway_port: 8443
lpr_gateway_tls_cert_path: /etc/lpr/tls.crt
lpr_gateway_tls_key: |
  @@secret_indented@@
lpr_cameras:
  - { lane: 1, ip: 10.12.0.31 }
  - { lane: 2, ip: 10.12.0.32 }
""", _PEM1, secret_indented=_PEM1.replace("\n", "\n  "))

add("log/database-url", "logs/club-sync-2025-09-14.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
2025-09-14 02:00:00,114 INFO  club-sync starting, sites=14
2025-09-14 02:00:00,118 DEBUG config: {'db_url': 'mysql://clubsync:@@secret@@@10.8.0.21:3306/sitewatch', 'batch': 500}
2025-09-14 02:00:02,551 INFO  fetched 1,942 active members
2025-09-14 02:00:05,009 WARN  member 88231 has no RFID tag, skipped
2025-09-14 02:00:07,730 INFO  pushed 1,941 members to loyalty, 0 errors
2025-09-14 02:00:07,731 INFO  club-sync done in 7.6s
""", rand_pw(14))

add("csv/device-admin-password", "exports/site_devices.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
site_code,device,model,ip,username,password,installed
SB-01,tunnel controller,PLC-700,10.1.0.10,admin,Sud5Tun!2022,2022-04-11
SB-01,pay station 1,XP-Kiosk,10.1.0.21,svc,@@secret@@,2022-04-12
SB-01,lpr camera lane 1,LPR-4K,10.1.0.31,,,2022-04-12
SB-02,tunnel controller,PLC-700,10.2.0.10,admin,,2023-01-09
SB-02,pay station 1,XP-Kiosk,10.2.0.21,svc,,2023-01-09
""", rand_pw(12))

add("xml/smtp-password", "PayStation/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SiteCode" value="TW-09" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="paystation-tw09@tidalwash.com" deliveryMethod="Network">
        <network host="smtp.sendgrid.net" port="587" userName="apikey" password="@@secret@@" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", sendgrid_key())

add("plist/api-key", "ValetGo/Resources/Config.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.valetgo.co.uk/v1</string>
    <key>MapboxAccessToken</key>
    <string>@@secret@@</string>
    <key>SupportPhone</key>
    <string>+44 113 496 0000</string>
</dict>
</plist>
""", "sk." + base64.urlsafe_b64encode(b'{"u":"valetgo","a":"' + rand_pw(10).encode() + b'"}').decode().rstrip("=") + "." + rand_pw(22))

add("ansible/device-admin-password", "ansible/group_vars/tunnel_controllers.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
---
ansible_connection: network_cli
ansible_network_os: ios
ansible_user: washnet
ansible_password: @@secret@@
ansible_become: true
ansible_become_method: enable
ntp_server: 10.0.0.1
syslog_server: 10.0.0.5
vlan_tunnel: 50
vlan_paystations: 60
""", words_pw())

add("rust/api-key", "lpr-bridge/src/config.rs", "https://docs.platerecognizer.com/#authentication", """
use std::time::Duration;

/// Plate recognition cloud, used when the on-site camera cannot read a plate.
pub const PLATE_API_URL: &str = "https://api.platerecognizer.com/v1/plate-reader/";
pub const PLATE_API_TOKEN: &str = "@@secret@@";
pub const TIMEOUT: Duration = Duration::from_secs(4);

pub fn auth_header() -> String {
    format!("Token {}", PLATE_API_TOKEN)
}
""", hexs(40))

add("typescript/hubspot-private-app-token", "apps/crm-sync/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

// fleet accounts (taxi firms, rental desks) pushed into HubSpot as companies
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertFleetAccount(name: string, vehicles: number) {
  return hubspot.crm.companies.basicApi.create({
    properties: { name, fleet_size: String(vehicles), lifecyclestage: "customer" },
    associations: [],
  });
}
""", hubspot_pat())

add("env/mailchimp-api-key", "marketing/.env.production", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_AUDIENCE_ID=5e1c9a7b2d
SEGMENT_LAPSED_DAYS=45
FROM_NAME="Splash Point Car Wash"
""", mailchimp_key())

add("go/stripe-secret-key", "cmd/fleet-invoicer/main.go", "https://github.com/stripe/stripe-go#usage", """
package main

import (
	"fmt"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/invoice"
)

func main() {
	stripe.Key = "@@secret@@"
	params := &stripe.InvoiceListParams{Status: stripe.String("open")}
	i := invoice.List(params)
	for i.Next() {
		inv := i.Invoice()
		fmt.Printf("%s %s %d\\n", inv.ID, inv.CustomerEmail, inv.AmountDue)
	}
}
""", stripe_key())

add("java/database-password", "src/main/java/com/autospa/report/Db.java", "https://jdbc.postgresql.org/documentation/use/", """
package com.autospa.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    private static final String URL = "jdbc:postgresql://reporting.autospa.lan:5432/wash";
    private static final String USER = "report_ro";
    private static final String PASS = "@@secret@@";

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("k8s-secret/stripe-secret-key", "k8s/base/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  labels:
    app: club-payments
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT: @@acct@@
""", _SK := stripe_key(), enc=b64(_SK), acct=b64("acct_1OzW4vGlossBay01"))

add("terraform/database-password", "infra/modules/rds/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "washops" {
  identifier             = "washops-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 100
  username               = "washops_admin"
  password               = "@@secret@@"
  db_subnet_group_name   = aws_db_subnet_group.private.name
  vpc_security_group_ids = [aws_security_group.db.id]
  backup_retention_period = 14
  skip_final_snapshot    = false
}
""", rand_pw(24))

add("shell/redis-password", "scripts/flush_lane_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Clears stale plate->member lookups after a club price change
set -e
REDIS_HOST=lane-cache.prod.internal
redis-cli -h "$REDIS_HOST" -p 6380 --tls -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'plate:*' | xargs -r -n 500 redis-cli -h "$REDIS_HOST" -p 6380 --tls \\
  -a '@@secret@@' --no-auth-warning del
echo "lane cache flushed"
""", redis_pw())

add("python/slack-webhook", "monitoring/tunnel_watchdog.py", "https://api.slack.com/messaging/webhooks", """
import time

import requests

from monitoring.plc import read_conveyor_state

WEBHOOK = "@@secret@@"

while True:
    state = read_conveyor_state("10.5.0.10")
    if state.fault:
        requests.post(WEBHOOK, json={"text": f":rotating_light: Tunnel fault {state.code} at Site 5"}, timeout=5)
        time.sleep(600)
    time.sleep(15)
""", slack_webhook())

add("yaml/twilio-auth-token", "config/sms.yaml", "https://www.twilio.com/docs/iam/credentials/api", """
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+15005550006"
  templates:
    membership_expiring: "Your unlimited wash plan renews in 3 days. Reply STOP to opt out."
    car_ready: "Your detail is done! Pick up at the front desk."
""", hexs(32), sid=twilio_sid())

add("dockerfile/database-password", "services/reports/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV REPORT_DB_HOST=10.20.0.15 \\
    REPORT_DB_USER=reports \\
    REPORT_DB_PASSWORD=@@secret@@
CMD ["gunicorn", "-b", "0.0.0.0:8000", "reports.wsgi"]
""", rand_pw(20))

add("github-actions/pypi-token", ".github/workflows/publish-sdk.yml", "https://github.com/pypa/gh-action-pypi-publish", """
name: publish washtelemetry
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
          password: @@secret@@
""", pypi())

add("shell/pypi-token", "scripts/release.sh", "https://twine.readthedocs.io/en/stable/#environment-variables", """
#!/usr/bin/env bash
# release helper for the bay-sensor client library
set -euo pipefail
rm -rf dist/
python -m build
export TWINE_USERNAME=__token__
export TWINE_PASSWORD=@@secret@@
twine check dist/*
twine upload dist/*
""", pypi())

add("env/aws-secret-access-key", "edge-agent/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# edge agent on the site NUC: uploads tunnel telemetry to Kinesis
SITE_ID=FF-003
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
KINESIS_STREAM=tunnel-telemetry
PLC_HOST=192.168.10.2
""", aws_secret(), kid=akid())

add("ini/aws-secret-access-key", "deploy/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[valet-staging]
role_arn = arn:aws:iam::210987654321:role/valet-deployer
source_profile = default
""", aws_secret(), kid=akid())

add("python/github-token", "tools/open_site_issue.py", "https://docs.github.com/en/rest/issues/issues#create-an-issue", """
import sys

import requests

GH_TOKEN = "@@secret@@"
REPO = "rinseco/site-maintenance"


def open_issue(site: str, text: str) -> str:
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        headers={"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"title": f"[{site}] {text[:60]}", "body": text, "labels": ["site"]},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    print(open_issue(sys.argv[1], sys.argv[2]))
""", gh_fine())

add("markdown/smtp-password", "README.md", "https://www.makeareadme.com/", """
# receipt-printer-bridge

Sends a copy of every pay-station receipt by email when the customer asks for one.

## Running locally

```bash
export SMTP_HOST=smtp.mailgun.org
export SMTP_USER=postmaster@mg.cleanmachine-wash.com
export SMTP_PASS=@@secret@@
python -m bridge --site CM-02
```

## Tests

`pytest -q`
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("json/firebase-service-account", "app/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "washpass-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@",
  "client_email": "firebase-adminsdk-x2k9q@washpass-app.iam.gserviceaccount.com",
  "client_id": "104829374659201847362",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_PEM2 := pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE").replace("\n", "\\n")), kid=hexs(40), escaped=_PEM2)

add("php/database-password", "booking/config/db.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Mobile valeting booking widget - shared hosting
return [
    'driver'   => 'mysql',
    'host'     => 'localhost',
    'database' => 'valetbook_wp',
    'username' => 'valetbook_usr',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
    'prefix'   => 'vb_',
];
""", words_pw())

add("ruby/database-url", "config/initializers/sites_db.rb", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
# Loaded by config/initializers/sites.rb for the franchise portal
SITES_DB = Sequel.connect(
  "postgres://franchise:@@secret@@@franchise-db.washworld.internal/franchise",
  max_connections: 8,
  logger: Rails.logger
)

SITES_DB.extension :pg_json
""", rand_pw(18))

add("compose/redis-password", "deploy/site-edge/docker-compose.yml", "https://hub.docker.com/_/redis", """
version: "3.9"
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  lane-controller:
    image: ghcr.io/foamfleet/lane-controller:3.2
    environment:
      REDIS_URL: redis://redis:6379/0
      SITE_ID: FF-011
    depends_on: [redis]
""", redis_pw())

add("yaml/smtp-password-gmail", "config/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#email_config", """
global:
  smtp_smarthost: smtp.gmail.com:587
  smtp_from: alerts@quickshinewash.com
  smtp_auth_username: alerts@quickshinewash.com
  smtp_auth_password: "@@secret@@"
route:
  receiver: site-ops
  group_by: [site]
receivers:
  - name: site-ops
    email_configs:
      - to: ops@quickshinewash.com
""", " ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("python/square-access-token", "pos/square_sales_export.py", "https://developer.squareup.com/docs/sdks/python/quick-start", """
import csv
import datetime as dt

from square.client import Client

client = Client(access_token="@@secret@@", environment="production")


def export(location_id: str, day: dt.date, path: str) -> None:
    body = {"location_ids": [location_id],
            "query": {"filter": {"date_time_filter": {"created_at": {
                "start_at": f"{day}T00:00:00Z", "end_at": f"{day}T23:59:59Z"}}}}}
    orders = client.orders.search_orders(body=body).body.get("orders", [])
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for o in orders:
            w.writerow([o["id"], o["total_money"]["amount"], o.get("state")])
""", square_token())

add("env/square-access-token", "detailing-app/.env.local", "https://developer.squareup.com/docs/build-basics/access-tokens", """
NEXT_PUBLIC_SITE_NAME="Elite Auto Detailing"
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=@@secret@@
SQUARE_LOCATION_ID=LH3F8P2QK9W1Z
BOOKING_BUFFER_MINUTES=15
""", square_token())

add("csharp/stripe-secret-key", "src/WashClub.Api/Startup.cs", "https://github.com/stripe/stripe-dotnet#per-request-configuration", """
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace WashClub.Api
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            StripeConfiguration.ApiKey = "@@secret@@";
            services.AddControllers();
            services.AddScoped<MembershipService>();
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseEndpoints(e => e.MapControllers());
        }
    }
}
""", stripe_key())

add("typescript/database-url", "apps/admin/prisma/seed.ts", "https://www.prisma.io/docs/orm/reference/connection-urls", """
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://admin:@@secret@@@db.prod.tunnelvision.io:5432/admin?sslmode=require" } },
});

async function main() {
  await prisma.washPackage.createMany({
    data: [
      { code: "BASIC", name: "Express Exterior", priceCents: 900 },
      { code: "WAX", name: "Hot Wax & Shine", priceCents: 1500 },
      { code: "CERAMIC", name: "Ceramic Shield", priceCents: 2400 },
    ],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
""", rand_pw(22))

add("shell/ssh-private-key", "provision/site_nuc_bootstrap.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Bootstrap a new site NUC so it can pull the edge stack
mkdir -p /root/.ssh && chmod 700 /root/.ssh
cat > /root/.ssh/id_deploy <<'KEY'
@@secret@@
KEY
chmod 600 /root/.ssh/id_deploy
ssh-keyscan github.com >> /root/.ssh/known_hosts
GIT_SSH_COMMAND="ssh -i /root/.ssh/id_deploy" git clone git@github.com:cleanwave/site-edge.git /opt/site-edge
""", pem("OPENSSH"))

add("go/twilio-auth-token", "internal/sms/client.go", "https://www.twilio.com/docs/libraries/go", """
package sms

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username: "@@sid@@",
	Password: "@@secret@@",
})

func CarReady(to, bay string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom("+14155550199")
	params.SetBody("Your vehicle is ready in bay " + bay)
	_, err := client.Api.CreateMessage(params)
	return err
}
""", hexs(32), sid=twilio_sid())

add("properties/ldap-bind-password", "conf/ldap.properties", "https://docs.oracle.com/javase/jndi/tutorial/ldap/security/simple.html", """
# Back office SSO for site managers
ldap.url=ldap://ad.valetking.local:389
ldap.base=OU=Sites,DC=valetking,DC=local
ldap.bindDn=CN=svc_backoffice,OU=Service,DC=valetking,DC=local
ldap.bindPassword=@@secret@@
ldap.userFilter=(sAMAccountName={0})
""", words_pw())

add("json/datadog-api-key", "edge/datadog-agent.json", "https://docs.datadoghq.com/account_management/api-app-keys/", """
{
  "api_key": "@@secret@@",
  "site": "datadoghq.eu",
  "hostname": "site-07-nuc",
  "tags": ["chain:sparkleway", "site:07", "env:prod"],
  "logs_enabled": true,
  "process_config": {"enabled": "true"}
}
""", datadog_key())

add("yaml/datadog-api-key", "k8s/monitoring/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
datadog:
  apiKey: @@secret@@
  site: datadoghq.com
  clusterName: washops-prod
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
clusterAgent:
  enabled: true
""", datadog_key())

add("powershell/database-password", "scripts/Backup-SiteWatch.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", """
# Nightly SiteWatch database backup to the NAS
$server = "SW-SERVER\\SQLEXPRESS"
$cred = New-Object System.Management.Automation.PSCredential("sw_backup", (ConvertTo-SecureString '@@secret@@' -AsPlainText -Force))
$stamp = Get-Date -Format "yyyyMMdd"

Backup-SqlDatabase -ServerInstance $server -Database "SiteWatch" -Credential $cred `
    -BackupFile "\\\\nas01\\backups\\sitewatch_$stamp.bak"

Get-ChildItem "\\\\nas01\\backups" -Filter "sitewatch_*.bak" |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item
""", words_pw())

add("sql/device-admin-password", "db/seed/002_sites.sql", "https://dev.mysql.com/doc/refman/8.0/en/insert.html", """
-- seed: new sites opened in Q2
INSERT INTO sites (code, name, city, controller_ip, controller_user, controller_pass)
VALUES
  ('BW-21', 'BlueWave Northgate', 'Columbus', '10.21.0.10', 'admin', '@@secret@@'),
  ('BW-22', 'BlueWave Polaris', 'Columbus', '10.22.0.10', 'admin', NULL),
  ('BW-23', 'BlueWave Hilliard', 'Hilliard', '10.23.0.10', 'admin', NULL);

UPDATE sites SET opened_on = '2025-05-01' WHERE code IN ('BW-21', 'BW-22', 'BW-23');
""", words_pw())

add("terraform/azure-client-secret", "infra/azure/main.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs#argument-reference", """
provider "azurerm" {
  features {}
  subscription_id = "8d1f2a9c-3b47-4e61-9c0a-57e2d4b8f310"
  tenant_id       = "2c7e9b14-5a63-4d8f-b1e0-93f6a2c5d847"
  client_id       = "f41a6c2e-8b39-47d5-a0c1-6e2b9d7f3a58"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "valet" {
  name     = "rg-valet-booking-prod"
  location = "uksouth"
}
""", azure_secret())

add("env/azure-client-secret", "integrations/bookings-graph/.env", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
# Microsoft Graph: writes valet bookings into the shared Outlook calendar
AZURE_TENANT_ID=7b3c91e2-4f58-4a6d-8e2b-1c9f0d5a7e34
AZURE_CLIENT_ID=0e6d8a41-2c95-47b3-9f1e-a83c5b7d2f60
AZURE_CLIENT_SECRET=@@secret@@
CALENDAR_MAILBOX=valet-bookings@prestigevalet.co.uk
""", azure_secret())

add("python/mailchimp-api-key", "marketing/lapsed_members.py", "https://mailchimp.com/developer/marketing/api/list-members/", """
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "us14",
})


def tag_lapsed(emails):
    for email in emails:
        client.lists.update_list_member_tags(
            "5e1c9a7b2d", email, {"tags": [{"name": "lapsed-club", "status": "active"}]}
        )
""", mailchimp_key())

add("kotlin/stripe-secret-key", "server/src/main/kotlin/wash/club/Payments.kt", "https://github.com/stripe/stripe-java#usage", """
package wash.club

import com.stripe.Stripe
import com.stripe.model.Subscription
import com.stripe.param.SubscriptionCancelParams

object Payments {
    init {
        Stripe.apiKey = "@@secret@@"
    }

    fun cancel(subscriptionId: String): Subscription =
        Subscription.retrieve(subscriptionId).cancel(SubscriptionCancelParams.builder().build())
}
""", stripe_key())

add("ini/ftp-password", "lpr/uploader.cfg", "https://docs.python.org/3/library/ftplib.html", """
[camera]
lane = 2
snapshot_dir = C:\\LPR\\snapshots

[ftp]
host = ftp.plate-archive.net
port = 21
user = site17
pass = @@secret@@
remote_dir = /incoming/site17
passive = yes
""", rand_pw(12))

add("yaml/camera-rtsp-password", "config/frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 10.3.0.5
cameras:
  entrance_lane_1:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.3.0.41:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  vacuum_island:
    ffmpeg:
      inputs:
        - path: rtsp://10.3.0.42:554/live
          roles: [record]
""", words_pw())

add("python/mqtt-password", "edge/chem_dosing_mqtt.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set", """
import json

import paho.mqtt.client as mqtt

from edge.dosing import read_flow_meters

client = mqtt.Client(client_id="site-12-dosing")
client.username_pw_set("site12", "@@secret@@")
client.tls_set()
client.connect("mqtt.aquaglide-iot.com", 8883)

for reading in read_flow_meters():
    client.publish(f"sites/12/dosing/{reading.pump}", json.dumps(reading.as_dict()), qos=1)
client.disconnect()
""", rand_pw(24))

add("ini/wifi-psk", "site-image/etc/wpa_supplicant/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# back office wifi at every site (staff only, not the customer hotspot)
network={
    ssid="SHINEX-STAFF"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", words_pw())

add("shell/basic-auth-header", "scripts/pull_drb_transactions.sh", "https://datatracker.ietf.org/doc/html/rfc7617", """
#!/usr/bin/env bash
# Export yesterday's transactions from the site back-office API
set -euo pipefail
SITE_HOST=${1:-10.9.0.20}
DAY=$(date -d yesterday +%F)
curl -sf "https://${SITE_HOST}/api/reports/transactions?date=${DAY}" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Accept: text/csv" \\
  -o "transactions_${DAY}.csv"
""", b64("reports:" + words_pw()))

add("python/django-secret-key", "washportal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.sparklewash.com"]
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "portal-db.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", django_key())

add("env/laravel-app-key", "valet-booking/.env", "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Prestige Valet Booking"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://book.prestigevalet.co.uk

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=valet
DB_USERNAME=valet
DB_PASSWORD=
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("typescript/jwt-signing-secret", "apps/club-api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export function issueMemberToken(memberId: string, plate: string) {
  return jwt.sign({ sub: memberId, plate }, JWT_SECRET, { expiresIn: "30d" });
}

export function verifyMemberToken(token: string) {
  return jwt.verify(token, JWT_SECRET) as { sub: string; plate: string };
}
""", rand_pw(48))

add("php/recaptcha-secret-key", "site/contact.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
// fleet enquiry form on the marketing site
$recaptcha_secret = '@@secret@@';
$response = $_POST['g-recaptcha-response'] ?? '';
$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' .
    urlencode($recaptcha_secret) . '&response=' . urlencode($response));
$result = json_decode($verify, true);
if (!$result['success']) {
    http_response_code(400);
    exit('captcha failed');
}
mail('fleet@washmasters.co.uk', 'Fleet enquiry', print_r($_POST, true));
""", "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("json/shopify-access-token", "shop-sync/config.json", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
{
  "shop": "detail-pro-supplies.myshopify.com",
  "apiVersion": "2024-07",
  "adminAccessToken": "@@secret@@",
  "locations": {
    "warehouse": 71203948561,
    "leeds_store": 71203948562
  },
  "syncIntervalMinutes": 20
}
""", shopify_token())

add("python/shopify-webhook-secret", "shop/webhooks.py", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", """
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SHOPIFY_WEBHOOK_SECRET = b"@@secret@@"


@app.post("/webhooks/orders-create")
def orders_create():
    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET, request.get_data(), hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest).decode(), request.headers.get("X-Shopify-Hmac-Sha256", "")):
        abort(401)
    return "", 200
""", hexs(64))

add("yaml/github-webhook-secret", "deploy/atlantis/values.yaml", "https://www.runatlantis.io/docs/deployment.html#kubernetes-helm-chart", """
orgAllowlist: github.com/suds-and-shine/*
github:
  user: suds-infra-bot
  token: @@token@@
  secret: "@@secret@@"
repoConfig: |
  repos:
    - id: /.*/
      apply_requirements: [approved]
""", rand_pw(32), token="${GITHUB_TOKEN}")

add("env/vonage-api-secret", "notifications/.env", "https://developer.vonage.com/en/getting-started/concepts/authentication", """
# SMS receipts and "car ready" texts for the Wash Queen sites
VONAGE_API_KEY=a81c2f4e
VONAGE_API_SECRET=@@secret@@
VONAGE_FROM=WASHQUEEN
SMS_QUIET_HOURS=21-08
""", rand_pw(16))

add("java/braintree-private-key", "src/main/java/com/glossgo/pay/Gateway.java", "https://developer.paypal.com/braintree/docs/start/hello-server/java", """
package com.glossgo.pay;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;

public final class Gateway {
    public static final BraintreeGateway INSTANCE = new BraintreeGateway(
        Environment.PRODUCTION,
        "k7m2p9x4qz3w8r5t",
        "n4c8b2x6v9m3z7qw",
        "@@secret@@"
    );

    private Gateway() {}
}
""", hexs(32))

add("yaml/paypal-client-secret", "config/payments.prod.yml", "https://developer.paypal.com/api/rest/authentication/", """
paypal:
  mode: live
  client_id: AYx7Qk2mTn9Lp4Wv8Rb3Zc6Hd1Jf5Gs0Ne7Uy2Ia9Ko4Ml8Pq3Rt6Sv1Wx5Zb
  client_secret: @@secret@@
  webhook_id: 8PT597110X687430LKGECATA
gift_cards:
  denominations: [20, 40, 60, 100]
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"))

add("go/api-key-header", "internal/lpr/openalpr.go", "https://docs.openalpr.com/", """
package lpr

import (
	"bytes"
	"net/http"
)

const endpoint = "https://api.openalpr.com/v3/recognize_bytes?recognize_vehicle=1&country=us"

const secretKey = "@@secret@@"

func Recognize(jpg []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint+"&secret_key="+secretKey, bytes.NewReader(jpg))
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
""", "sk_" + hexs(24))

add("markdown/vendor-portal-password", "docs/vendors/chemical-supplier.md", "https://www.atlassian.com/software/confluence", """
# Chemical supplier - ordering

We order presoak, triple foam, tyre shine and drying agent from the regional distributor.

- Portal: https://orders.chemsupply-distrib.com
- Account number: 40-22817
- Username: purchasing@tidalwaveauto.com
- Password: `@@secret@@`
- Delivery days: Tue / Fri, order by 2pm the day before

Minimum order is 4 drums; mixed pallets allowed.
""", words_pw())

add("terraform/datadog-api-key", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """
provider "datadog" {
  api_key = "@@secret@@"
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "tunnel_down" {
  name    = "Tunnel conveyor stopped > 10 min"
  type    = "metric alert"
  query   = "max(last_10m):max:wash.conveyor.running{*} by {site} < 1"
  message = "@slack-ops-alerts Conveyor stopped at {{site.name}}"
}
""", datadog_key())

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
      - run: pip install -e .[test] && pytest -q
      - if: failure()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"Nightly tests failed on ${{ github.repository }}"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("ruby/twilio-auth-token", "config/initializers/twilio.rb", "https://www.twilio.com/docs/libraries/ruby", """
# Text reminders for detailing appointments
Twilio.configure do |config|
  config.account_sid = "@@sid@@"
  config.auth_token = "@@secret@@"
end

TWILIO_FROM = "+13125550142".freeze
""", hexs(32), sid=twilio_sid())

add("python/smtp-password", "reports/weekly_email.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

from reports.build import weekly_summary


def send(to):
    msg = EmailMessage()
    msg["Subject"] = "Weekly wash counts and club churn"
    msg["From"] = "reports@rapidshine.com"
    msg["To"] = ", ".join(to)
    msg.set_content(weekly_summary())
    with smtplib.SMTP("smtp.rapidshine.com", 587) as s:
        s.starttls()
        s.login("reports@rapidshine.com", "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("dockerfile/npm-token", "apps/kiosk/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-bullseye-slim
WORKDIR /kiosk
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > /root/.npmrc
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && rm /root/.npmrc
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
""", npm_token())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/project/settings/project_access_tokens.html", """
stages: [build, deploy]

variables:
  SITE_CONFIG_REPO: "https://oauth2:@@secret@@@gitlab.com/washnation/site-config.git"

build:
  stage: build
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - git clone "$SITE_CONFIG_REPO" site-config
    - python render_configs.py site-config/
""", gitlab_token())

add("k8s-secret/smtp-password", "k8s/notify/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: notify-smtp
  namespace: notify
type: Opaque
stringData:
  SMTP_HOST: smtp.postmarkapp.com
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@secret@@
""", _PM := uuid_s(), user=_PM)

add("swift/stripe-secret-key", "ValetPay/Sources/Backend.swift", "https://docs.stripe.com/api/authentication", """
import Foundation

struct Backend {
    // used by the in-store iPad to create PaymentIntents directly
    private let secretKey = "@@secret@@"

    func createPaymentIntent(amount: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amount)&currency=gbp".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
""", stripe_key())

add("toml/database-password", "etl/washetl.toml", "https://toml.io/en/v1.0.0", """
# washetl: pulls tunnel counts and chemical usage into the warehouse
[source.sitewatch]
driver = "mssql"
host = "10.14.0.12"
database = "SiteWatch"
user = "etl"
password = "@@secret@@"

[target]
url = "snowflake://etl@washco.eu-west-1/ANALYTICS"
schema = "RAW_SITES"
""", words_pw())

add("toml/api-key", "config/everwash-partner.toml", "https://toml.io/en/v1.0.0", """
[partner]
name = "Glide Auto Spa"
network_id = 2210

[partner.api]
base_url = "https://partners.washnetwork-api.com/v1"
api_key = "@@secret@@"
timeout_seconds = 8

[sites]
codes = ["GAS-01", "GAS-02", "GAS-05"]
""", "wn_live_" + rand_pw(32))

add("notebook/database-url", "analysis/club_churn.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Unlimited club churn by tier and site\\n"]},
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analyst:@@secret@@@wh.tidalwash.internal/warehouse')\\n",
    "df = pd.read_sql('select * from club_members', eng)\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("log/api-key", "logs/paystation-TW09-2025-10-02.log", "https://www.rfc-editor.org/rfc/rfc5424", """
[2025-10-02 07:00:01] INFO  PayStation 2.8.4 starting, site=TW-09 lane=1
[2025-10-02 07:00:01] INFO  card reader connected on COM3
[2025-10-02 07:00:02] DEBUG loyalty client init url=https://api.punchwheel-loyalty.com/v2 key=@@secret@@
[2025-10-02 07:00:02] INFO  price table v117 loaded (6 packages)
[2025-10-02 07:14:36] INFO  sale #4471 package=ULTIMATE amount=22.00 method=card
[2025-10-02 07:15:10] WARN  receipt printer paper low
""", "lsk_live_" + rand_pw(36))

add("xml/database-password", "tools/maven/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>washlane-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>washlane-nexus</id>
      <url>https://nexus.washlane.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("csv/api-key", "exports/integrations_inventory.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
integration,owner,environment,base_url,credential,rotated
Stripe billing,finance,prod,https://api.stripe.com,see vault,2025-06-01
SMS,marketing,prod,https://api.twilio.com,see vault,2025-05-12
Reviews,marketing,prod,https://api.reviewpulse.io/v1,@@secret@@,2024-11-30
Maps,web,prod,https://maps.googleapis.com,restricted browser key,2025-01-10
""", "rp_" + hexs(40))

add("ansible/database-password", "ansible/inventories/prod/host_vars/sw-server-07.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/mssql_db_module.html", """
---
site_code: SW-07
sitewatch_version: "24.3"
mssql_login_user: sa
mssql_login_password: "@@secret@@"
backup_share: '\\\\nas07\\backups'
windows_updates_window: "Sun 02:00"
""", words_pw())

add("k8s-secret/redis-password", "k8s/prod/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: lane-cache-auth
  namespace: lanes
type: Opaque
data:
  REDIS_URL: @@enc@@
""", _RP := redis_pw(), enc=b64("rediss://default:" + _RP + "@lane-cache.prod.internal:6380/0"))

add("markdown/wifi-psk", "docs/site-setup/new-site-checklist.md", "https://www.atlassian.com/software/confluence/templates", """
# New site checklist (IT)

- [ ] Broadband live, static IP recorded in the sites sheet
- [ ] Firewall on, VPN tunnel to HQ up
- [ ] Staff Wi-Fi: SSID `GLOSS-STAFF`, WPA2 key `@@secret@@`
- [ ] Customer Wi-Fi: SSID `GlossBay Free WiFi` (captive portal, no key)
- [ ] Pay stations on VLAN 60, controller on VLAN 50
- [ ] LPR cameras focused on lane 1 and 2 at bumper height
- [ ] Test sale and refund on every pay station
""", words_pw())

add("powershell/azure-storage-key", "ops/Upload-DailyReports.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """
# Uploads the site day-end PDFs to blob storage for the area managers
$ctx = New-AzStorageContext -StorageAccountName "glossbayreports" `
    -StorageAccountKey "@@secret@@"
$today = Get-Date -Format "yyyy-MM-dd"
Get-ChildItem "C:\\DayEnd\\$today\\*.pdf" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "dayend" `
        -Blob "$today/$($_.Name)" -Context $ctx -Force
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("env/azure-storage-connection-string", "functions/lpr-ingest/local.settings.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# lpr-ingest function app: plate reads from the lane cameras
FUNCTIONS_WORKER_RUNTIME=python
AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=lpringeststore;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
PLATE_MATCH_THRESHOLD=0.82
CLUB_API_URL=https://club.rinseandshine.com/api
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("rust/database-url", "fleet-api/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const DATABASE_URL: &str = "postgres://fleet:@@secret@@@fleet-db.valetpro.internal:5432/fleet";

pub async fn pool() -> anyhow::Result<PgPool> {
    Ok(PgPoolOptions::new()
        .max_connections(10)
        .connect(DATABASE_URL)
        .await?)
}
""", rand_pw(20))

add("compose/smtp-password", "deploy/uptime/docker-compose.yml", "https://github.com/louislam/uptime-kuma", """
services:
  uptime:
    image: louislam/uptime-kuma:1
    volumes: ["./data:/app/data"]
    ports: ["3001:3001"]
  mailrelay:
    image: boky/postfix
    environment:
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: @@secret@@
      ALLOWED_SENDER_DOMAINS: sparkleway.com
""", sendgrid_key())

add("kotlin/database-password", "backoffice/src/main/kotlin/com/sudsy/backoffice/Database.kt", "https://github.com/brettwooldridge/HikariCP", """
package com.sudsy.backoffice

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Database {
    val dataSource = HikariDataSource(HikariConfig().apply {
        jdbcUrl = "jdbc:postgresql://backoffice-db:5432/backoffice"
        username = "backoffice"
        password = "@@secret@@"
        maximumPoolSize = 8
    })
}
""", words_pw())

add("python/api-key-split", "integrations/review_pulse.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers", """
import requests

# Review requests sent after each detail job
API = "https://api.reviewpulse.io/v1"
KEY = (
    "@@p1@@"
    "@@p2@@"
)


def request_review(phone: str, first_name: str, site: str) -> None:
    requests.post(f"{API}/review-requests",
                  headers={"X-Api-Key": KEY},
                  json={"phone": phone, "name": first_name, "location": site},
                  timeout=10).raise_for_status()
""", _RK := "rp_" + hexs(40), p1=_RK[:22], p2=_RK[22:])

add("yaml/openai-api-key", "chatbot/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", """
bot:
  name: Bubbles
  greeting: "Hi! I can help with wash packages, your club membership and opening hours."
llm:
  provider: openai
  model: gpt-4o-mini
  api_key: @@secret@@
  temperature: 0.3
knowledge:
  - faq/packages.md
  - faq/club.md
""", openai())

add("shell/mysql-password", "scripts/restore_booking_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """
#!/bin/bash
# Restore the booking DB from last night's dump on the staging box
set -e
DUMP=$(ls -t /backups/booking_*.sql.gz | head -1)
gunzip -c "$DUMP" | mysql -h staging-db.valetbook.internal -u root -p'@@secret@@' booking
echo "restored $DUMP"
""", words_pw())

add("go/aws-secret-access-key", "tools/snapshot-pruner/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func client() *s3.Client {
	creds := credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")
	return s3.New(s3.Options{Region: "us-east-2", Credentials: aws.NewCredentialsCache(creds)})
}

func main() {
	prune(context.Background(), client(), "tidalwash-lpr", 30)
}
""", aws_secret(), kid=akid())

add("json/telegram-bot-token", "bots/queue-bot/config.json", "https://core.telegram.org/bots/api", """
{
  "bot": {
    "token": "@@secret@@",
    "admins": [18450291, 20931744]
  },
  "sites": [
    {"code": "FF-003", "name": "Foam Fleet Riverside", "chat": -1002011845522},
    {"code": "FF-011", "name": "Foam Fleet Eastgate", "chat": -1002011845523}
  ],
  "queue_poll_seconds": 30
}
""", telegram())

add("sql/api-key", "db/migrations/0057_store_partner_key.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- 0057: partner network settings (fleet card acceptance)
INSERT INTO integration_settings (name, setting, value) VALUES
  ('fleetcard', 'base_url', 'https://api.fleetcard-network.com/v3'),
  ('fleetcard', 'merchant_id', '771204'),
  ('fleetcard', 'api_secret', '@@secret@@'),
  ('fleetcard', 'enabled', 'true');
""", "fcn_sec_" + rand_pw(40))

add("typescript/sendgrid-api-key", "apps/booking-web/src/server/email.ts", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendBookingConfirmation(to: string, when: string, service: string) {
  await sgMail.send({
    to,
    from: "bookings@elitedetailing.com",
    subject: `Booked: ${service}`,
    text: `See you on ${when}. Please remove valuables from the vehicle before the detail.`,
  });
}
""", sendgrid_key())

add("ini/smb-password", "site-pc/mount_nas.conf", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """
# /etc/fstab helper values for the site PC (day-end PDFs to the NAS)
[nas]
share = //nas01.sparkleway.local/dayend
mountpoint = /mnt/dayend
username = dayend
password = @@secret@@
domain = SPARKLEWAY
vers = 3.0
""", words_pw())

add("php/stripe-secret-key", "wp-content/plugins/wash-club/includes/class-billing.php", "https://github.com/stripe/stripe-php#getting-started", """
<?php
if (!defined('ABSPATH')) { exit; }

class Wash_Club_Billing {
    private static function key() {
        return implode('', ['sk_live_', '@@tail@@']);
    }

    public function __construct() {
        \\Stripe\\Stripe::setApiKey(self::key());
    }

    public function cancel($subscription_id) {
        return \\Stripe\\Subscription::update($subscription_id, ['cancel_at_period_end' => true]);
    }
}
""", _SK2 := stripe_key(), tail=_SK2[len("sk_live_"):])

add("python/aws-session-credentials", "ops/assume_readonly.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html", """
import boto3

# pasted from the console for a one-off audit of the LPR bucket
session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@secret@@",
    aws_session_token="@@tok@@",
    region_name="eu-west-2",
)
for obj in session.client("s3").list_objects_v2(Bucket="glossbay-lpr-snapshots")["Contents"][:20]:
    print(obj["Key"], obj["Size"])
""", aws_secret(), kid=akid()[4:], tok=fakes.aws_session_token(_seed()))

add("markdown/ssh-password", "docs/runbooks/site-nuc-access.md", "https://www.openssh.com/manual.html", """
# Remote access to a site NUC

The NUC in each site office runs the edge agent and the queue display.

```
ssh washops@<site-vpn-ip>
# password: @@secret@@
sudo systemctl status edge-agent queue-display
```

If the VPN is down, ask the site manager to read the IP off the sticker on the NUC.
""", words_pw())

add("java/hmac-webhook-secret", "src/main/java/com/washlane/lpr/WebhookVerifier.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/javax/crypto/Mac.html", """
package com.washlane.lpr;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

public final class WebhookVerifier {
    private static final byte[] SECRET = "@@secret@@".getBytes(StandardCharsets.UTF_8);

    public static boolean valid(String body, String signature) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))).equals(signature);
    }
}
""", rand_pw(40))

add("yaml/ftp-password", "config/rclone-sync.yaml", "https://rclone.org/sftp/", """
jobs:
  - name: lpr-archive
    source: /var/lib/lpr/archive
    remote:
      type: sftp
      host: sftp.plate-archive.net
      user: bluewave
      pass: @@secret@@
    schedule: "30 1 * * *"
    delete_after_days: 30
""", rand_pw(18))

add("yaml/vnc-password", "config/remote-support/sites.yaml", "https://tigervnc.org/doc/vncpasswd.html", """
# remote support for the pay station PCs (vendor helpdesk connects over the site VPN)
remote_support:
  tool: tightvnc
  port: 5900
  password: "@@secret@@"
  view_only_password: "@@vo@@"
sites:
  - {code: SB-01, paystation_ip: 10.1.0.21}
  - {code: SB-02, paystation_ip: 10.2.0.21}
""", rand_pw(8), vo="lobbytv")

# === CASES-SECRETS ===

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "washclub-billing/.env.example", "https://docs.stripe.com/keys", """
# Copy to .env and fill in from 1Password (vault: Wash Club / Stripe)
APP_ENV=development
PORT=8080
STRIPE_PUBLISHABLE_KEY=pk_live_your_publishable_key_here
STRIPE_SECRET_KEY=sk_live_your_secret_key_here
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
CLUB_GRACE_DAYS=3
""")

add("python/decoy-env-reference", "membership/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
SITEWATCH_DB_PASSWORD = os.getenv("SITEWATCH_DB_PASSWORD", "")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
CLUB_GRACE_DAYS = int(os.getenv("CLUB_GRACE_DAYS", "3"))
""")

add("yaml/decoy-vault-reference", "deploy/helm/receipts/values-staging.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
image:
  repository: registry.bubblebros.io/receipts
  tag: "2.15.0-rc1"
env:
  EMAIL_HOST: smtp.office365.com
  EMAIL_PORT: "587"
  EMAIL_HOST_USER: receipts@bubblebroscarwash.com
envFromSecret:
  EMAIL_HOST_PASSWORD:
    secretName: receipts-smtp
    key: password
externalSecret:
  refreshInterval: 1h
  remoteRef: secret/data/receipts/smtp
""")

add("typescript/decoy-publishable-key", "apps/club-web/src/lib/stripe.ts", "https://docs.stripe.com/js/initializing", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable keys are meant to be in the browser bundle.
export const stripePromise = loadStripe("@@pk@@");

export const PRICES = {
  basic: "price_1PqGz2Lk8sVbNn4aT0mUa1Xy",
  ceramic: "price_1PqH01Lk8sVbNn4aJ9cQeR2b",
} as const;
""", pk=stripe_key("pk_live_"))

add("html/decoy-site-key", "site/templates/fleet_enquiry.html", "https://developers.google.com/recaptcha/docs/display", """
<form method="post" action="/contact.php">
  <label>Company <input name="company" required></label>
  <label>Fleet size <input name="fleet_size" type="number" min="1"></label>
  <label>Email <input name="email" type="email" required></label>
  <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
  <button type="submit">Get a fleet quote</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("javascript/decoy-firebase-web-config", "apps/washpass-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";

// Firebase web config is public; access is controlled by security rules and App Check.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "washpass-app.firebaseapp.com",
  projectId: "washpass-app",
  storageBucket: "washpass-app.appspot.com",
  messagingSenderId: "573920184465",
  appId: "1:573920184465:web:4c2e8a91f0b7d3e6a15c92",
};

export const app = initializeApp(firebaseConfig);
""", key=google_key())

add("json/decoy-client-id", "apps/washpass-web/public/oauth.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", """
{
  "google": {
    "clientId": "573920184465-k2q8v0m4n7r1t9x3c6b5z8w2p4j7h1df.apps.googleusercontent.com",
    "redirectUri": "https://club.washpass.app/auth/callback"
  },
  "apple": {
    "clientId": "app.washpass.web",
    "redirectUri": "https://club.washpass.app/auth/apple"
  }
}
""")

add("sql/decoy-hash", "db/seed/001_staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- seed staff accounts for the staging back office (bcrypt hashes, no plaintext)
INSERT INTO staff_users (email, role, password_hash) VALUES
  ('manager.staging@glossbay.test', 'site_manager', '$2b$12$@@h1@@'),
  ('attendant.staging@glossbay.test', 'attendant', '$2b$12$@@h2@@'),
  ('area.staging@glossbay.test', 'area_manager', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("csv/decoy-ids", "exports/club_members_2025-09.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
member_id,stripe_customer,plate,tier,rfid_tag,status,joined
@@u1@@,cus_QK8fZ2mLxT4pNa,AB12 CDE,ceramic,E28011700000020C8A1B2C3D,active,2024-03-14
@@u2@@,cus_QK8gA9wRvN3bYq,LK70 XYZ,basic,E28011700000020C8A1B2C4F,active,2024-05-02
@@u3@@,cus_QK8hT1sDmE7cUr,YD19 HJK,premium,E28011700000020C8A1B2C55,past_due,2025-01-20
@@u4@@,cus_QK8iP6kGnW2dVs,BN68 PLM,basic,E28011700000020C8A1B2C61,cancelled,2023-11-08
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/decoy-redacted", "docs/incidents/2025-08-12-stripe-key-rotation.md", "https://response.pagerduty.com/after/post_mortem_template/", """
# Incident 2025-08-12: Stripe key rotated after a laptop was lost

## Summary
A site manager's laptop with the back-office app was lost. As a precaution we rolled the
Stripe restricted key used by the membership sync.

## Timeline
- 09:12 laptop reported lost
- 09:40 old key `rk_live_51Nx...REDACTED` rolled in the Stripe dashboard
- 09:55 new key stored in AWS Secrets Manager (`prod/membership/stripe`)
- 10:05 membership sync redeployed, first run green

## Follow-ups
- Back-office app to use SSO only (no cached credentials)
""")

add("yaml/decoy-env-reference", "docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  loyalty-db:
    environment:
      POSTGRES_USER: loyalty
      POSTGRES_PASSWORD: ${LOYALTY_DB_PASSWORD:?set LOYALTY_DB_PASSWORD in .env}
      POSTGRES_DB: loyalty
  loyalty-api:
    environment:
      DATABASE_URL: postgresql://loyalty:${LOYALTY_DB_PASSWORD}@loyalty-db:5432/loyalty
      SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN}
""")

add("terraform/decoy-secret-manager", "infra/modules/rds/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password", """
resource "aws_db_instance" "washops_staging" {
  identifier                  = "washops-staging"
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "washops_admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/membership/stripe"
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-kiosk.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy kiosk ui
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/kiosk-deployer
          aws-region: us-east-2
      - run: npm ci && npm run build
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: aws s3 sync dist/ s3://kiosk-ui-prod --delete
""")

add("k8s-secret/decoy-sealed-secret", "k8s/prod/pos-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pos-db
  namespace: washpos
spec:
  encryptedData:
    DB_PASSWORD: AgB@@e1@@
    DB_USER: AgC@@e2@@
  template:
    metadata:
      name: pos-db
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/pay_stations/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("python/decoy-test-fixture", "tests/test_membership_sync.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from membership.sync_stripe import sync


@pytest.fixture
def fake_stripe(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setattr("stripe.api_key", "sk_test_dummy")
    return []


def test_sync_handles_empty_page(fake_stripe, monkeypatch):
    monkeypatch.setattr("stripe.Subscription.list", lambda **kw: type("P", (), {"auto_paging_iter": lambda s: iter(())})())
    assert sync(since=0) == 0
""")

add("python/decoy-regex", "secretscan/patterns.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Patterns our log shipper uses to mask card data and keys before logs leave the site NUC.\"\"\"
import re

PAN = re.compile(r"\\b(?:\\d[ -]?){13,19}\\b")
STRIPE_KEY = re.compile(r"\\b(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{24,99}\\b")
AWS_KEY_ID = re.compile(r"\\bAKIA[0-9A-Z]{16}\\b")
BEARER = re.compile(r"(?i)authorization:\\s*bearer\\s+\\S+")


def mask(line: str) -> str:
    for pattern in (PAN, STRIPE_KEY, AWS_KEY_ID, BEARER):
        line = pattern.sub("[MASKED]", line)
    return line
""")

add("json/decoy-lockfile-integrity", "apps/kiosk/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kiosk",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/qrcode": {
      "version": "1.5.4",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.13",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("log/decoy-masked", "logs/paystation-SB01-2025-10-03.log", "https://www.pcisecuritystandards.org/", """
[2025-10-03 08:02:11] INFO  sale #5102 package=DELUXE amount=15.00 card=************4242 auth=083114
[2025-10-03 08:02:12] INFO  loyalty points +15 member=7f3c...e21a
[2025-10-03 08:09:47] INFO  sale #5103 package=BASIC amount=9.00 card=************0005 auth=771902
[2025-10-03 08:10:03] INFO  club member plate=AB12CDE matched tier=ceramic gate=open
[2025-10-03 08:10:05] DEBUG loyalty key=[REDACTED] url=https://api.punchwheel-loyalty.com/v2
[2025-10-03 08:15:30] WARN  card reader timeout, retrying
""")

add("markdown/decoy-example-doc", "docs/integrations/stripe-setup.md", "https://docs.stripe.com/keys", """
# Setting up Stripe for a new franchisee

1. Create a connected account in the Stripe dashboard.
2. In **Developers > API keys**, create a restricted key with *Subscriptions: write* only.
3. Put it in Secrets Manager as `franchise/<site>/stripe` - never in the repo.
4. The key looks like `rk_live_...`; the publishable key (`pk_live_...`) goes in the web config.

Example `.env` for local testing:

```
STRIPE_SECRET_KEY=sk_test_<your test key>
STRIPE_WEBHOOK_SECRET=whsec_<from stripe listen>
```
""")

add("shell/decoy-env-reference", "scripts/send_wash_ready_sms_v2.sh", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
#!/usr/bin/env bash
# Text the customer when the valet bay marks the car ready for collection.
set -euo pipefail
: "${TWILIO_ACCOUNT_SID:?}" "${TWILIO_AUTH_TOKEN:?}"
PHONE="$1"
BAY="$2"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${TWILIO_ACCOUNT_SID}/Messages.json" \\
  --data-urlencode "To=${PHONE}" \\
  --data-urlencode "From=+447700900123" \\
  --data-urlencode "Body=Your car is ready at bay ${BAY}." \\
  -u "${TWILIO_ACCOUNT_SID}:${TWILIO_AUTH_TOKEN}"
""")

add("go/decoy-env-reference", "services/queue-display/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import "os"

type Config struct {
	RedisAddr     string
	RedisPassword string
	Site          string
}

func load() Config {
	return Config{
		RedisAddr:     getenv("REDIS_ADDR", "localhost:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
		Site:          getenv("SITE_ID", "dev"),
	}
}
""")

add("java/decoy-property-placeholder", "src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring:
  datasource:
    url: jdbc:mysql://${FLEET_DB_HOST:localhost}:3306/fleet
    username: ${FLEET_DB_USER:fleet_app}
    password: ${FLEET_DB_PASSWORD}
  mail:
    host: smtp.office365.com
    username: invoices@valetpro.co.uk
    password: ${SMTP_PASSWORD}
fleet:
  invoice:
    cron: "0 0 6 * * MON"
""")

add("csharp/decoy-key-vault", "src/Valet.Booking/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-valet-booking-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var conn = builder.Configuration.GetConnectionString("Booking");
builder.Services.AddDbContext<BookingContext>(o => o.UseSqlServer(conn));

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("properties/decoy-placeholder", "src/main/resources/application-local.properties.example", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """
# copy to application-local.properties
server.port=8080
spring.datasource.url=jdbc:mysql://localhost:3306/fleet
spring.datasource.username=fleet_app
spring.datasource.password=changeme
fleet.maps.api-key=<your-google-maps-key>
fleet.invoice.cron=0 0 6 * * MON
""")

add("dockerfile/decoy-build-secret", "docker/reports/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.washlane.com/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV REPORT_DB_HOST=10.20.0.15 REPORT_DB_USER=reports
CMD ["gunicorn", "-b", "0.0.0.0:8000", "reports.wsgi"]
""")

add("k8s/decoy-secret-key-ref", "k8s/prod/club-api-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: club-api
spec:
  replicas: 3
  selector:
    matchLabels: {app: club-api}
  template:
    metadata:
      labels: {app: club-api}
    spec:
      containers:
        - name: club-api
          image: ghcr.io/rinseandshine/club-api:5.2.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: STRIPE_SECRET_KEY}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: pos-db, key: DB_PASSWORD}
""")

add("toml/decoy-checksum", "firmware/paystation/manifest.toml", "https://toml.io/en/v1.0.0", """
[firmware]
model = "XP-Kiosk"
version = "2.8.4"
released = 2025-09-20

[firmware.files]
image = "xp-kiosk-2.8.4.img"
sha256 = "@@h1@@"
signature = "xp-kiosk-2.8.4.img.sig"
signing_key_fingerprint = "@@fp@@"
""", h1=sha256ish(), fp=hexs(40).upper())

add("yaml/decoy-git-sha", "deploy/argocd/site-edge-app.yaml", "https://argo-cd.readthedocs.io/en/stable/user-guide/application-specification/", """
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: site-edge
  namespace: argocd
spec:
  project: sites
  source:
    repoURL: https://github.com/cleanwave/site-edge.git
    targetRevision: @@sha@@
    path: deploy/overlays/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: site-edge
""", sha=hexs(40))

add("python/decoy-uuid-constants", "lpr/lanes.py", "https://docs.python.org/3/library/uuid.html", """
\"\"\"Lane and camera ids as registered with the LPR cloud (ids, not credentials).\"\"\"
import uuid

LANES = {
    "lane-1": uuid.UUID("@@u1@@"),
    "lane-2": uuid.UUID("@@u2@@"),
    "exit": uuid.UUID("@@u3@@"),
}
CAMERA_SERIALS = {"lane-1": "LPR4K-22A81093", "lane-2": "LPR4K-22A81094", "exit": "LPR4K-22A80771"}
CONFIDENCE_MIN = 0.82
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("notebook/decoy-env-reference", "analysis/chemical_cost_per_car.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Chemical cost per car by site and package\\n"]},
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine(os.environ['WAREHOUSE_URL'])\\n",
    "usage = pd.read_sql('select site, package, litres, cost from chem_usage', eng)\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("xml/decoy-placeholder", "PayStation/App.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <system.net>
    <mailSettings>
      <smtp xdt:Transform="Replace" from="paystation@tidalwash.com" deliveryMethod="Network">
        <network host="smtp.sendgrid.net" port="587" userName="apikey" password="#{SendGridApiKey}#" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""")

add("ini/decoy-placeholder", "sitewatch-bridge/bridge.ini.sample", "https://docs.python.org/3/library/configparser.html", """
; copy to bridge.ini on the site server
[sitewatch]
host = 10.40.2.15
port = 1433
database = SiteWatch
user = sw_readonly
password = <ask IT - stored in the site vault>

[warehouse]
dsn = postgresql://etl@wh.lakesidewash.internal:5432/analytics
schedule = */15 * * * *
""")

add("php/decoy-env-reference", "booking/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+447700900123'),
    ],
];
""")

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("swift/decoy-keychain", "WashClub/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "app.washclub.auth"

    static func save(_ token: String, account: String = "member") {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("kotlin/decoy-build-config", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "com.washhero.app"
    defaultConfig {
        applicationId = "com.washhero.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "PARTNER_SECRET", "\\"${System.getenv("WASHHERO_PARTNER_SECRET") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.washhero.app/\\"")
    }
}
""")

add("markdown/decoy-placeholder-runbook", "docs/runbooks/pay-station-password-reset.md", "https://www.atlassian.com/software/confluence/templates", """
# Pay station technician password reset

Technician passwords are per site and live in the **Sites** vault in 1Password
(item name: `Pay station tech - <SITE CODE>`).

1. Open the vault item and click *Generate new password* (24 characters).
2. On the pay station: *Service menu > Users > techadmin > Change password*.
3. Paste the new password, save, and log out.
4. Record the change in the site log: `date`, `who`, `reason` - never the password.

Example log line: `2025-10-01 J.Smith rotated techadmin (leaver)`.
""")

add("powershell/decoy-secret-management", "ops/Set-PayStationConfig.v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Pushes the new price table to every pay station at a site
param([string]$Site = "CW-23")

$cred = Get-Secret -Name "paystation-techadmin-$Site" -Vault SitesVault
$stations = @("10.23.1.21", "10.23.1.22", "10.23.1.23")

foreach ($ip in $stations) {
    Invoke-RestMethod -Uri "http://$ip/api/v1/prices" -Method Put -Credential $cred `
        -InFile ".\\prices\\$Site.json" -ContentType "application/json"
    Write-Host "updated $ip"
}
""")

add("sql/decoy-placeholder", "db/migrations/0042_reporting_user.template.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0042 (template): psql -v pw="'$REPORTS_PW'" -f this_file.sql
BEGIN;
CREATE ROLE franchise_reports LOGIN PASSWORD :pw;
GRANT CONNECT ON DATABASE washops TO franchise_reports;
GRANT USAGE ON SCHEMA reporting TO franchise_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO franchise_reports;
COMMIT;
""")

add("csv/decoy-serials", "exports/device_inventory.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
site_code,device,model,serial,mac,firmware,warranty_until
SB-01,tunnel controller,PLC-700,PLC7-2204-11873,00:1D:9C:4A:21:7F,4.2.1,2027-04-11
SB-01,pay station 1,XP-Kiosk,XPK-22-004471,00:0B:AB:3C:91:E2,2.8.4,2026-04-12
SB-01,lpr camera lane 1,LPR-4K,LPR4K-22A81093,BC:AD:28:11:5E:0A,1.9.0,2026-04-12
SB-02,tunnel controller,PLC-700,PLC7-2301-00912,00:1D:9C:4A:3B:10,4.2.1,2028-01-09
SB-02,dosing panel,ChemFlow 8,CF8-0093-2211,00:50:C2:7D:AA:04,3.0.7,2026-01-09
""")

add("json/decoy-public-keys", "apps/club-api/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "club-2025-09",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("yaml/decoy-twilio-sid-only", "config/sms.staging.yaml", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
sms:
  provider: twilio
  account_sid: @@sid@@
  messaging_service_sid: MG@@mg@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "+15005550006"
  templates:
    membership_expiring: "Your unlimited wash plan renews in 3 days. Reply STOP to opt out."
""", sid=twilio_sid(), mg=hexs(32))

add("env/decoy-empty-values", "edge-agent/.env.template", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# edge agent: the NUC gets credentials from the instance role via IoT Greengrass; leave blank
SITE_ID=
AWS_REGION=us-east-1
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
KINESIS_STREAM=tunnel-telemetry
PLC_HOST=192.168.10.2
""")

add("python/decoy-stripe-ids", "membership/prices.py", "https://docs.stripe.com/api/prices/object", """
\"\"\"Stripe object ids for the wash club tiers (ids are not secrets).\"\"\"
TIERS = {
    "basic": {"product": "prod_QK7wS3nTb9Lr2V", "price": "price_1PqGz2Lk8sVbNn4aT0mUa1Xy", "monthly": 19.99},
    "premium": {"product": "prod_QK7xY8mPc4Ks6W", "price": "price_1PqGzqLk8sVbNn4a8hLmQx3Z", "monthly": 29.99},
    "ceramic": {"product": "prod_QK7yB2vRd7Jt1X", "price": "price_1PqH01Lk8sVbNn4aJ9cQeR2b", "monthly": 39.99},
}
FAMILY_ADDON_PRICE = "price_1PqH1aLk8sVbNn4aZ3pWk7Yc"
TAX_RATE = "txr_1PqH2bLk8sVbNn4aD5fGh8Ij"
""")

add("markdown/decoy-dashes-redacted", "docs/handover/site-manager-handover-eastgate.md", "https://www.atlassian.com/software/confluence/templates/it-handover", """
# Handover - Eastgate site

## Systems
| System | Where | Login | Password |
|---|---|---|---|
| Pay station back office | https://paystation.local | manager07 | in 1Password (Sites vault) |
| CCTV NVR | 192.168.1.64 | admin | in 1Password (Sites vault) |
| Chemical dosing panel | pump room | n/a | key in the safe |

## Notes
- Passwords were rotated on handover day; the old ones no longer work.
- Ask the area manager for vault access if you do not have it yet.
""")

add("shell/decoy-vault-read", "scripts/pull_pos_exports_v2.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/bin/sh
# Pull last night's pay-station settlement files from the POS vendor FTP drop
FTP_PASS=$(vault kv get -field=password secret/ops/pos-ftp)
DAY=$(date -d yesterday +%Y%m%d)
for SITE in 101 102 105; do
  curl -s --ftp-ssl -u "sudsy_ops:${FTP_PASS}" \\
    "ftp://ftp.washposvendor.net/exports/site${SITE}/settle_${DAY}.csv" \\
    -o "/data/settlements/site${SITE}_${DAY}.csv"
done
""")

add("go/decoy-test-constants", "internal/sms/client_test.go", "https://pkg.go.dev/testing", """
package sms

import "testing"

// Twilio's documented magic test numbers; the credentials are obviously fake.
const (
	testSID   = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	testToken = "your_auth_token"
	magicFrom = "+15005550006"
)

func TestCarReadyBody(t *testing.T) {
	got := body("4")
	if got != "Your vehicle is ready in bay 4" {
		t.Fatalf("body = %q", got)
	}
}
""")

add("yaml/decoy-sops-encrypted", "config/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
stripe:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
smtp:
    password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2025-09-30T10:14:22Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.0
""", d1=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 24, ALNUM + "+/") + "=", iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    m=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("terraform/decoy-variable", "infra/azure/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "client_secret" {
  description = "Service principal secret, from the pipeline's Key Vault task"
  type        = string
  sensitive   = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "location" {
  type    = string
  default = "uksouth"
}
""")

add("json/decoy-placeholder", "config/locator.example.json", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
  "service": "site-locator",
  "geocoder": {
    "provider": "google",
    "apiKey": "YOUR_GOOGLE_MAPS_SERVER_KEY",
    "region": "us",
    "cacheTtlSeconds": 86400
  },
  "sites": {
    "source": "s3://speedyshine-config/sites.csv",
    "refreshMinutes": 60
  }
}
""")

add("typescript/decoy-process-env", "apps/club-api/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing env ${name}`);
  return v;
}

export const config = {
  stripeSecretKey: required("STRIPE_SECRET_KEY"),
  stripeWebhookSecret: required("STRIPE_WEBHOOK_SECRET"),
  jwtSecret: required("JWT_SECRET"),
  databaseUrl: required("DATABASE_URL"),
  port: Number(process.env.PORT ?? 8080),
};
""")

add("log/decoy-request-ids", "logs/club-api-2025-10-04.log", "https://docs.stripe.com/api/request_ids", """
2025-10-04T09:12:01Z INFO  POST /webhooks/stripe 200 req=req_Xq81LmZp2TnWvB event=evt_1Q2aBcLk8sVbNn4a7YtRz9Pq type=invoice.paid
2025-10-04T09:12:44Z INFO  POST /webhooks/stripe 200 req=req_Yt72KsMn4PqRwC event=evt_1Q2aCdLk8sVbNn4aL3mXw8Ks type=customer.subscription.updated
2025-10-04T09:13:10Z INFO  GET /members/@@u1@@ 200 14ms trace=@@t1@@
2025-10-04T09:13:55Z WARN  POST /members/@@u2@@/pause 409 trace=@@t2@@ reason=already_paused
2025-10-04T09:14:02Z INFO  GET /health 200 1ms
""", u1=uuid_s(), u2=uuid_s(), t1=hexs(32), t2=hexs(32))

add("ini/decoy-sample-credentials", "deploy/aws/credentials.sample", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# AWS's documented example values - replace with your own from `aws configure sso`
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2

[valet-staging]
sso_session = valet
sso_account_id = 210987654321
sso_role_name = ReadOnly
""")

add("github-actions/decoy-oidc", ".github/workflows/publish-sdk-oidc.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish washtelemetry (trusted publishing)
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
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("toml/decoy-pypirc-keyring", "tools/release/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", """
[project]
name = "washtelemetry"
version = "1.8.2"
description = "Client for tunnel controller telemetry (conveyor, dryers, chemical pumps)"
requires-python = ">=3.9"
dependencies = ["pymodbus>=3.6", "httpx>=0.27"]

[project.urls]
Homepage = "https://github.com/splashpoint/washtelemetry"

[tool.hatch.publish.index]
user = "__token__"
# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`
""")

add("compose/decoy-docker-secrets", "deploy/site-edge/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  redis:
    image: redis:7-alpine
    command: ["sh", "-c", "redis-server --requirepass \\"$$(cat /run/secrets/redis_pw)\\""]
    secrets: [redis_pw]
  lane-controller:
    image: ghcr.io/foamfleet/lane-controller:3.2
    environment:
      REDIS_PASSWORD_FILE: /run/secrets/redis_pw
    secrets: [redis_pw]
secrets:
  redis_pw:
    file: /etc/site-edge/redis_pw
""")

add("python/decoy-hmac-digest", "tests/test_webhooks.py", "https://docs.python.org/3/library/hmac.html", """
import base64
import hashlib
import hmac

SECRET = b"test-webhook-secret"
BODY = b'{"id": 820982911946154508, "total_price": "39.99"}'


def test_signature_matches_known_vector():
    digest = base64.b64encode(hmac.new(SECRET, BODY, hashlib.sha256).digest()).decode()
    assert digest == "@@dg@@"
""", dg=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("markdown/decoy-api-docs", "docs/api/club-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Club API

All calls need a member token from `POST /auth/login`:

```http
GET /members/me HTTP/1.1
Host: club.rinseandshine.com
Authorization: Bearer <member token>
```

Response:

```json
{"id": "3f6c1d2e-...", "tier": "ceramic", "plates": ["AB12 CDE"], "status": "active"}
```

Tokens expire after 30 days; refresh with `POST /auth/refresh`.
""")

add("java/decoy-test-vectors", "src/test/java/com/washlane/lpr/WebhookVerifierTest.java", "https://junit.org/junit5/docs/current/user-guide/", """
package com.washlane.lpr;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final String BODY = "{\\"plate\\":\\"AB12CDE\\",\\"lane\\":1}";
    private static final String WRONG_SIGNATURE = "@@sig@@";

    @Test
    void rejectsAWrongSignature() throws Exception {
        assertFalse(WebhookVerifier.valid(BODY, WRONG_SIGNATURE));
    }
}
""", sig=hexs(64))

add("sql/decoy-ids", "db/reports/club_churn.sql", "https://www.postgresql.org/docs/current/queries-with.html", """
-- churn by tier for the board pack; excludes the test members
WITH test_members AS (
  SELECT id FROM club_members
  WHERE id IN ('@@u1@@', '@@u2@@')
)
SELECT tier,
       date_trunc('month', cancelled_at) AS month,
       count(*) AS cancelled
FROM club_members
WHERE cancelled_at IS NOT NULL
  AND id NOT IN (SELECT id FROM test_members)
GROUP BY 1, 2
ORDER BY 2, 1;
""", u1=uuid_s(), u2=uuid_s())

add("rust/decoy-env-reference", "lpr-bridge/src/main.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

mod config;

fn main() -> anyhow::Result<()> {
    let token = env::var("PLATE_API_TOKEN").expect("PLATE_API_TOKEN not set");
    let lane: u8 = env::var("LANE").unwrap_or_else(|_| "1".into()).parse()?;
    println!("lpr-bridge lane {lane} starting");
    config::run(&token, lane)
}
""")

add("ansible/decoy-vault-variable", "ansible/group_vars/tunnel_controllers_v2.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
ansible_connection: network_cli
ansible_network_os: ios
ansible_user: washnet
ansible_password: "{{ vault_washnet_password }}"
ansible_become: true
ansible_become_method: enable
ansible_become_password: "{{ vault_enable_password }}"
ntp_server: 10.0.0.1
syslog_server: 10.0.0.5
""")

add("xml/decoy-maven-env", "tools/maven/settings.ci.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>washlane-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>ci</id>
      <properties><skipITs>false</skipITs></properties>
    </profile>
  </profiles>
</settings>
""")

add("plist/decoy-public-config", "ValetGo/Resources/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>uk.co.valetgo.app</string>
    <key>CFBundleShortVersionString</key>
    <string>3.6.1</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>We use your location to find the nearest ValetGo bay.</string>
    <key>GIDClientID</key>
    <string>573920184465-9v3kq2m8x7t1n4r6c0b5z8w2p4j7h1lk.apps.googleusercontent.com</string>
</dict>
</plist>
""")

add("csv/decoy-gift-cards", "exports/gift_cards_issued_2025-09.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
card_number_masked,denomination,issued_at,site,batch_id,status
**** **** **** 4471,20.00,2025-09-02,GB-001,@@b1@@,active
**** **** **** 9025,40.00,2025-09-02,GB-001,@@b1@@,redeemed
**** **** **** 1183,60.00,2025-09-14,GB-007,@@b2@@,active
**** **** **** 6650,100.00,2025-09-21,GB-014,@@b3@@,active
""", b1=hexs(12), b2=hexs(12), b3=hexs(12))

add("yaml/decoy-public-sentry-dsn", "apps/kiosk/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# Sentry DSNs are safe to ship in client bundles (they only allow sending events).
sentry:
  dsn: https://@@pub@@@o4507261.ingest.sentry.io/4507261889
  environment: production
  release: kiosk@3.4.0
  tracesSampleRate: 0.05
  sendDefaultPii: false
""", pub=hexs(32))

add("dockerfile/decoy-arg-no-default", "docker/kiosk-ui/Dockerfile.v2", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""")

add("python/decoy-boto3-default-chain", "analytics/upload_lpr_snapshots_v2.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#configuring-credentials", """
import os
from pathlib import Path

import boto3

# credentials come from the NUC's IAM Roles Anywhere profile (default chain)
s3 = boto3.client("s3", region_name="eu-west-2")

SNAP_DIR = Path(os.environ.get("SNAP_DIR", "/var/lib/lpr/snapshots"))

for jpg in sorted(SNAP_DIR.glob("*.jpg")):
    s3.upload_file(str(jpg), "glossbay-lpr-snapshots", f"site-014/{jpg.name}")
    jpg.unlink()
""")

add("shell/decoy-ssh-public-key", "provision/authorized_keys.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
#!/bin/bash
# Adds the ops team's public keys to the site NUC
mkdir -p /home/washops/.ssh
cat > /home/washops/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jen@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ marco@ops-laptop
KEYS
chmod 600 /home/washops/.ssh/authorized_keys
chown -R washops: /home/washops/.ssh
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("k8s/decoy-configmap", "k8s/prod/lanes-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: lanes
  namespace: lanes
data:
  SITE_ID: "BW-21"
  LANE_COUNT: "2"
  PLATE_MATCH_THRESHOLD: "0.82"
  REDIS_HOST: "lane-cache.prod.internal"
  REDIS_PORT: "6380"
  GATE_OPEN_MS: "4000"
  CONVEYOR_SPEED_CARS_PER_HOUR: "140"
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [5.2.0] - 2025-09-30
### Added
- Family add-on pricing (`price_1PqH1aLk8sVbNn4aZ3pWk7Yc`).
- Plate-change endpoint for club members.

### Security
- Moved the Stripe webhook secret from code to AWS Secrets Manager (commit @@sha@@).
- Rotated all webhook signing secrets.

## [5.1.3] - 2025-08-14
### Fixed
- Gate stayed closed for members with two plates.
""", sha=hexs(40)[:12])

add("powershell/decoy-credential-prompt", "scripts/Backup-SiteWatch.v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Nightly SiteWatch database backup to the NAS (credential from the Windows Credential Manager)
$server = "SW-SERVER\\SQLEXPRESS"
$cred = Get-StoredCredential -Target "sitewatch-backup"
$stamp = Get-Date -Format "yyyyMMdd"

Backup-SqlDatabase -ServerInstance $server -Database "SiteWatch" -Credential $cred `
    -BackupFile "\\\\nas01\\backups\\sitewatch_$stamp.bak"
""")

add("env/decoy-public-values", "apps/club-web/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """
# Browser-visible values only (NEXT_PUBLIC_*); server secrets come from the hosting dashboard
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_SENTRY_DSN=https://@@pub@@@o4507261.ingest.sentry.io/4507261890
NEXT_PUBLIC_SITE_URL=https://club.rinseandshine.com
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-7QK2M9XR4T
""", pk=stripe_key("pk_live_"), pub=hexs(32))

add("yaml/decoy-modbus-map", "edge/plc/register_map.yaml", "https://www.modbus.org/specs.php", """
# Tunnel controller Modbus/TCP register map (read-only polling from the edge agent)
plc:
  host: 192.168.10.2
  port: 502
  unit_id: 1
registers:
  conveyor_running: {address: 40001, type: bool}
  conveyor_speed_cph: {address: 40002, type: uint16}
  cars_in_tunnel: {address: 40003, type: uint16}
  presoak_pump_lpm: {address: 40010, type: float32}
  triple_foam_pump_lpm: {address: 40012, type: float32}
  dryer_1_amps: {address: 40020, type: float32}
  fault_code: {address: 40030, type: uint16}
""")

add("json/decoy-wash-menu", "apps/kiosk/src/data/packages.json", "https://www.json.org/json-en.html", """
{
  "currency": "USD",
  "packages": [
    {"code": "BASIC", "name": "Express Exterior", "price": 9.00, "sku": "@@s1@@"},
    {"code": "DELUXE", "name": "Deluxe + Tyre Shine", "price": 15.00, "sku": "@@s2@@"},
    {"code": "ULTIMATE", "name": "Ultimate Ceramic", "price": 22.00, "sku": "@@s3@@"}
  ],
  "clubUpsell": {"enabled": true, "priceId": "price_1PqGz2Lk8sVbNn4aT0mUa1Xy"}
}
""", s1=uuid_s(), s2=uuid_s(), s3=uuid_s())

add("python/decoy-qr-payload", "kiosk/qr.py", "https://github.com/lincolnloop/python-qrcode", """
\"\"\"QR codes printed on receipts: a link to rate the wash, signed with a short HMAC of the sale id.\"\"\"
import hashlib
import hmac
import os

import qrcode

_KEY = os.environ["RECEIPT_QR_KEY"].encode()


def receipt_qr(sale_id: str, site: str):
    sig = hmac.new(_KEY, f"{site}:{sale_id}".encode(), hashlib.sha256).hexdigest()[:16]
    return qrcode.make(f"https://rate.glossbay.com/{site}/{sale_id}?s={sig}")
""")

add("markdown/decoy-customer-wifi", "docs/site-setup/customer-wifi.md", "https://www.atlassian.com/software/confluence/templates", """
# Customer Wi-Fi at the vacuum islands

- SSID: `GlossBay Free WiFi`
- Open network with a captive portal (accept terms, no password)
- Portal page: https://wifi.glossbay.com/portal?site=<SITE CODE>
- Bandwidth capped at 5 Mbit/s per device
- Staff Wi-Fi key: see the **Sites** vault in 1Password, item `Staff WiFi - <SITE CODE>`

Sign at the vacuum islands: "Free Wi-Fi while you vacuum - no password needed".
""")

add("log/decoy-lpr-reads", "logs/lpr-lane1-2025-10-05.log", "https://docs.platerecognizer.com/#recognition-api", """
2025-10-05T08:01:12Z lane=1 plate=AB12CDE conf=0.97 member=@@u1@@ tier=ceramic gate=open
2025-10-05T08:03:40Z lane=1 plate=LK70XYZ conf=0.91 member=none gate=closed prompt=paystation
2025-10-05T08:05:02Z lane=1 plate=YD19HJK conf=0.88 member=@@u2@@ tier=premium status=past_due gate=closed
2025-10-05T08:06:55Z lane=1 plate=UNREAD conf=0.00 image=snap_20251005T080655Z_@@img@@.jpg
2025-10-05T08:07:31Z lane=1 plate=BN68PLM conf=0.95 member=none gate=closed prompt=paystation
""", u1=uuid_s(), u2=uuid_s(), img=hexs(16))

add("csharp/decoy-user-secrets", "src/WashClub.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Stripe;

var builder = WebApplication.CreateBuilder(args);
// locally: dotnet user-secrets set "Stripe:SecretKey" "<key>"; in prod: App Service settings
StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"];

builder.Services.AddControllers();
builder.Services.AddScoped<MembershipService>();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("github-actions/decoy-checksums", ".github/workflows/release-firmware.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: release paystation firmware
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.2.2
      - uses: actions/setup-python@@@c2@@ # v5.3.0
      - run: make image
      - run: sha256sum dist/*.img > dist/SHA256SUMS
      - uses: softprops/action-gh-release@@@c3@@ # v2.2.1
        with:
          files: dist/*
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("ruby/decoy-factory", "spec/factories/members.rb", "https://github.com/thoughtbot/factory_bot/blob/main/GETTING_STARTED.md", """
FactoryBot.define do
  factory :member do
    sequence(:email) { |n| "member#{n}@example.test" }
    plate { "AB#{rand(10..99)} CDE" }
    tier { "basic" }
    stripe_customer_id { "cus_test_#{SecureRandom.hex(7)}" }
    password { "password123" }
    password_confirmation { "password123" }
  end
end
""")

add("ini/decoy-supervisor-env", "edge/supervisor/edge-agent.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:edge-agent]
command=/opt/edge/venv/bin/python -m edge.agent
directory=/opt/edge
user=edge
autostart=true
autorestart=true
environment=SITE_ID="%(ENV_SITE_ID)s",AWS_PROFILE="site-roles-anywhere",PLC_HOST="192.168.10.2"
stdout_logfile=/var/log/edge/agent.log
stderr_logfile=/var/log/edge/agent.err
""")

add("typescript/decoy-mapbox-public-token", "apps/locator-web/src/map.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

// Public (pk.) token, URL-restricted to locator.valetgo.co.uk in the Mapbox account.
mapboxgl.accessToken = "pk.@@body@@.@@sig@@";

export function showSites(container: HTMLElement, sites: { lng: number; lat: number; name: string }[]) {
  const map = new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/streets-v12", center: [-1.55, 53.8], zoom: 10 });
  for (const s of sites) {
    new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map);
  }
  return map;
}
""", body=base64.urlsafe_b64encode(b'{"u":"valetgo","a":"clx2k8' + hexs(14).encode() + b'"}').decode().rstrip("="), sig=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("sql/decoy-hashed-pins", "db/migrations/0061_hash_attendant_pins.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """
-- 0061: attendant PINs move from plaintext to bcrypt; the old column is dropped
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE attendants ADD COLUMN pin_hash text;
UPDATE attendants SET pin_hash = crypt(pin, gen_salt('bf', 10));
ALTER TABLE attendants DROP COLUMN pin;
-- check: SELECT pin_hash = crypt('0000', pin_hash) FROM attendants WHERE id = 1;
COMMIT;
""")

add("notebook/decoy-output-ids", "analysis/site_throughput.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["run_id=@@r@@ sites=14 cars=48211 peak_cph=132\\n"]}
   ],
   "source": ["summary = throughput(run_id='@@r@@')\\n", "print(summary)\\n"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", r=uuid_s())

add("kotlin/decoy-test-key", "app/src/test/java/com/washhero/app/data/WashApiTest.kt", "https://square.github.io/okhttp/#mockwebserver", """
package com.washhero.app.data

import okhttp3.mockwebserver.MockWebServer
import org.junit.Test

class WashApiTest {
    private val server = MockWebServer()

    @Test
    fun sendsPartnerHeader() {
        server.start()
        val fakeSecret = "test-partner-secret"
        // the interceptor is exercised against the mock server only
        assert(fakeSecret.startsWith("test-"))
        server.shutdown()
    }
}
""")

add("yaml/decoy-cert-only", "config/lpr-gateway/tls.yaml", "https://datatracker.ietf.org/doc/html/rfc7468", """
# Public certificate of the LPR gateway (the key stays on the gateway, /etc/lpr/tls.key, 0600)
tls:
  certificate: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
  key_file: /etc/lpr/tls.key
  min_version: "1.2"
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("shell/decoy-aws-profile", "scripts/deploy_club_portal.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", """
#!/usr/bin/env bash
# Deploy the club portal from a laptop (SSO login, no long-lived keys)
set -euo pipefail
export AWS_PROFILE=rinseandshine-prod
aws sso login
npm ci && npm run build
aws s3 sync dist/ s3://club.rinseandshine.com --delete
aws cloudfront create-invalidation --distribution-id E2Q8K1XW7T4NZB --paths "/*"
""")

# === CASES-DECOYS ===
