"""Blind set IL: dry cleaners and laundry chains.

Route-delivery and pickup apps, garment-tracking POS (SPOT, CleanCloud, Cents), card-operated
washers and payment kiosks, store Wi-Fi and cameras, e-commerce storefronts, SMS and e-mail
reminders, back-office ETL and their decoys. Generated fakes only (seeds 3710000-3719999).
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
SEED_LO, SEED_HI = 3710000, 3719999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Linen", "Starch", "Press", "Hanger", "Cotton", "Pleat", "Collar", "Tweed", "Satin", "Lint",
         "Steam", "Button", "Cuff", "Velvet", "Wool", "Denim", "Poplin", "Crease", "Spool", "Blazer"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def stripe_whsec() -> str:
    return "whsec_" + fakes.drawn_mixed(_seed(), 32)


def square_token() -> str:
    return "EAAA" + fakes.drawn_mixed(_seed(), 60, ALNUM + "-_")


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def mailchimp_key() -> str:
    return hexs(32) + "-us14"


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def paypal_secret() -> str:
    return "E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_")


def azure_account_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "-_")


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-il/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "pressworks-pos/.env", "https://docs.stripe.com/keys", """
# PressWorks POS - store 14 (Maple Ave)
APP_ENV=production
STORE_ID=14
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
RECEIPT_PRINTER=epson-tm-m30
TICKET_PREFIX=MA
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "fold_and_go/billing/charges.py", "https://docs.stripe.com/keys#limit-access", """
import stripe

# restricted key: charges write + customers read only (created for the route drivers' app)
stripe.api_key = "@@secret@@"


def charge_pickup(customer_id: str, cents: int, ticket: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=cents,
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        metadata={"ticket": ticket},
    )
    return intent.id
""", stripe_key("rk_live_"))

add("yaml/stripe-webhook-secret", "config/payments.yml", "https://docs.stripe.com/webhooks#verify-events", """
payments:
  provider: stripe
  currency: usd
  webhook:
    path: /hooks/stripe
    signing_secret: @@secret@@
    tolerance_seconds: 300
  retry:
    max_attempts: 4
""", stripe_whsec())

add("ruby/square-access-token", "app/services/square_sync.rb", "https://developer.squareup.com/docs/build-basics/access-tokens", """
require "square"

class SquareSync
  LOCATION_IDS = %w[L8Q2XK1D9Z3PA LB7Y0S4N2WQ6R].freeze

  def client
    @client ||= Square::Client.new(
      access_token: "@@secret@@",
      environment: "production"
    )
  end

  def daily_totals(location_id, day)
    client.orders.search_orders(body: { location_ids: [location_id], query: { filter: { date_time_filter: { closed_at: { start_at: day } } } } })
  end
end
""", square_token())

add("json/sendgrid-api-key", "notify-service/appsettings.Production.json", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Email": {
    "Provider": "SendGrid",
    "ApiKey": "@@secret@@",
    "From": "noreply@brightpressclean.com",
    "ReadyForPickupTemplate": "d-5c1f0a9e2b7d4c83a6e1f9b0c2d4e6a8"
  },
  "Sms": { "Provider": "Twilio" }
}
""", sendgrid_key())

add("php/mailgun-api-key", "wp-content/themes/freshfold/inc/mailer.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
<?php
// Order-ready emails for the FreshFold WordPress storefront
define('FF_MAILGUN_DOMAIN', 'mg.freshfoldlaundry.com');
define('FF_MAILGUN_KEY', '@@secret@@');

function ff_send_ready_mail($to, $ticket) {
    $ch = curl_init('https://api.mailgun.net/v3/' . FF_MAILGUN_DOMAIN . '/messages');
    curl_setopt($ch, CURLOPT_USERPWD, 'api:' . FF_MAILGUN_KEY);
    curl_setopt($ch, CURLOPT_POSTFIELDS, [
        'from' => 'FreshFold <orders@freshfoldlaundry.com>',
        'to' => $to,
        'subject' => "Ticket $ticket is ready",
        'text' => 'Your garments are pressed and waiting at the counter.',
    ]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
""", mailgun_key())

add("python/twilio-auth-token", "reminders/sms.py", "https://www.twilio.com/docs/iam/credentials/api", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+16175550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, ticket: str, store: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Your order {ticket} is ready for pickup at {store}. Reply STOP to opt out.",
    )
""", hexs(32), sid=twilio_sid())

add("shell/slack-webhook", "scripts/nightly_close.sh", "https://api.slack.com/messaging/webhooks", """
#!/usr/bin/env bash
# Nightly till close for all stores: exports totals and pings #store-ops
set -euo pipefail

STAMP=$(date +%F)
python3 -m closeout.export --date "$STAMP" --out "/srv/closeout/$STAMP.csv"
TOTAL=$(tail -n1 "/srv/closeout/$STAMP.csv" | cut -d, -f3)

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Close-out $STAMP done: total \\$${TOTAL}\\"}" \\
  @@secret@@
""", slack_webhook())

add("typescript/shopify-admin-token", "storefront/src/lib/shopify.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
import { createAdminApiClient } from "@shopify/admin-api-client";

// Wash & fold subscription store (custom app "Route Orders Sync")
export const admin = createAdminApiClient({
  storeDomain: "suds-and-press.myshopify.com",
  apiVersion: "2024-07",
  accessToken: "@@secret@@",
});

export async function recentOrders(limit = 50) {
  const { data } = await admin.request(`query { orders(first: ${limit}) { nodes { id name } } }`);
  return data.orders.nodes;
}
""", shopify_token())

add("yaml/google-maps-server-key", "route-planner/config/settings.yaml", "https://developers.google.com/maps/documentation/directions/get-api-key", """
planner:
  depot: "1180 Commerce Dr, Columbus OH"
  max_stops_per_van: 38
  service_minutes_per_stop: 4
google:
  # server-side key for Directions + Distance Matrix (no referrer restriction)
  api_key: @@secret@@
  region: us
vans:
  - id: VAN-02
  - id: VAN-05
""", google_key())

add("go/postgres-password", "cmd/garmentd/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://garment_app:@@secret@@@db-prod.internal.cleanline.net:5432/garments?sslmode=require"

func openPool(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 12
	return pgxpool.NewWithConfig(ctx, cfg)
}
""", rand_pw(22))

add("java/mysql-password", "src/main/java/com/crispline/pos/DataSourceConfig.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", """
package com.crispline.pos;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class DataSourceConfig {
    private DataSourceConfig() {}

    public static HikariDataSource create() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:mysql://10.20.0.15:3306/crispline_pos?useSSL=true");
        cfg.setUsername("pos_writer");
        cfg.setPassword("@@secret@@");
        cfg.setMaximumPoolSize(8);
        return new HikariDataSource(cfg);
    }
}
""", words_pw())

add("compose/redis-password", "deploy/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  api:
    image: ghcr.io/tidyhanger/api:2.8.1
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
      TZ: America/Chicago
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redisdata:/data
volumes:
  redisdata: {}
""", fakes.redis_password(_seed()))

add("ini/smtp-password", "backoffice/settings.ini", "https://docs.python.org/3/library/smtplib.html", """
[store]
name = Starlight Cleaners #3
timezone = America/Denver

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = receipts@starlightcleaners.com
password = @@secret@@

[printer]
tags = zebra-zd421
""", words_pw())

_pw = rand_pw(24)
add("k8s-secret/postgres-password", "k8s/prod/route-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: route-db
  namespace: laundry-routes
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@encoded@@
  POSTGRES_DB: @@db@@
""", _pw, encoded=b64(_pw), user=b64("routes"), db=b64("routes_prod"))

add("terraform/aws-secret-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "ticket_photos" {
  bucket = "pristine-press-ticket-photos"
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("python/telegram-bot-token", "bots/boiler_alerts.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1002231447781  # plant maintenance group


def alert(msg: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"[Plant 2 boiler] {msg}"},
        timeout=10,
    )


if __name__ == "__main__":
    alert("Steam pressure below 60 psi")
""", fakes.telegram_token(_seed()))

add("markdown/device-admin-password", "docs/runbooks/washer-network.md", "https://www.speedqueen.com/commercial/insights", """
# Washer network (Speed Queen Insights gateways)

Each store has one gateway on VLAN 30.

| Store | Gateway IP | Admin user | Admin password |
|-------|------------|------------|----------------|
| Elm St | 10.30.14.2 | admin | @@secret@@ |

If a gateway drops offline, power-cycle it and wait 3 minutes before calling support.
Card readers reconnect on their own once the gateway is back.
""", words_pw())

add("shell/ftp-password", "ops/upload_tag_photos.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# Pushes yesterday's damage-claim photos to the insurer's FTP drop
DAY=$(date -d yesterday +%Y%m%d)
cd /var/spool/claims/$DAY || exit 0
for f in *.jpg; do
  curl --ftp-ssl -T "$f" -u cleanpro_claims:@@secret@@ ftp://ftp.fabricareins.com/inbound/$DAY/
done
logger "claims upload done for $DAY"
""", rand_pw(14))

add("dockerfile/github-token", "docker/pos-sync/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
# private fork of the SPOT export lib
RUN pip install git+https://@@secret@@@github.com/crispline/spot-export.git@v0.9.3
COPY . .
CMD ["python", "-m", "possync"]
""", fakes.github_token(_seed()))

add("csharp/azure-storage-key", "Fabricare.Tags/TagPhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace Fabricare.Tags
{
    public class TagPhotoStore
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=fabricaretags;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container = new BlobContainerClient(Conn, "tag-photos");

        public async System.Threading.Tasks.Task SaveAsync(string ticket, System.IO.Stream jpg)
        {
            await _container.UploadBlobAsync($"{ticket}.jpg", jpg);
        }
    }
}
""", azure_account_key())

add("properties/ldap-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
server.port=8443
spring.ldap.urls=ldaps://dc01.prestigecleaners.local:636
spring.ldap.base=dc=prestigecleaners,dc=local
spring.ldap.username=CN=svc-posauth,OU=Service,DC=prestigecleaners,DC=local
spring.ldap.password=@@secret@@
spring.datasource.url=jdbc:postgresql://pg01:5432/pos
logging.level.root=WARN
""", words_pw())

add("notebook/openai-api-key", "analysis/stain_notes_classifier.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "notes = pd.read_csv('counter_notes_2024q2.csv')['note'].tolist()\\n"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Classify counter notes into stain types (wine, oil, ink, unknown)."]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("yaml/mailchimp-api-key", "marketing/newsletter.yaml", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
newsletter:
  list_name: "Sunrise Cleaners - Monthly Coupons"
  audience_id: 8f3c1a2b9d
  mailchimp:
    api_key: @@secret@@
    server: us14
  send_day: first-monday
""", mailchimp_key())

add("kotlin/braintree-private-key", "driver-app/src/main/kotlin/com/washroute/pay/Gateway.kt", "https://developer.paypal.com/braintree/docs/start/hello-server", """
package com.washroute.pay

import com.braintreegateway.BraintreeGateway
import com.braintreegateway.Environment

object Gateway {
    val braintree = BraintreeGateway(
        Environment.PRODUCTION,
        "@@merchant@@",
        "@@public@@",
        "@@secret@@"
    )
}
""", hexs(32), merchant=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits), public=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("swift/paypal-client-secret", "LaundryDay/Services/PayPalConfig.swift", "https://developer.paypal.com/api/rest/authentication/", """
import Foundation

enum PayPalConfig {
    static let clientID = "@@cid@@"
    static let clientSecret = "@@secret@@"
    static let baseURL = URL(string: "https://api-m.paypal.com")!

    static var basicAuth: String {
        let raw = "\\(clientID):\\(clientSecret)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }
}
""", paypal_secret(), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("rust/onfleet-api-key", "dispatch/src/onfleet.rs", "https://docs.onfleet.com/reference/authentication", """
use reqwest::blocking::Client;

const ONFLEET_KEY: &str = "@@secret@@";

pub fn create_pickup_task(client: &Client, address: &str, phone: &str) -> reqwest::Result<String> {
    let body = serde_json::json!({
        "destination": { "address": { "unparsed": address } },
        "recipients": [{ "name": "Customer", "phone": phone }],
        "notes": "Garment bag on porch",
        "pickupTask": true
    });
    client
        .post("https://onfleet.com/api/v2/tasks")
        .basic_auth(ONFLEET_KEY, Some(""))
        .json(&body)
        .send()?
        .text()
}
""", hexs(32))

add("powershell/sql-server-password", "scripts/Backup-SpotDatabase.ps1", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
# Nightly SPOT database backup to the NAS - runs on STORE-SRV01 via Task Scheduler
$Stamp  = Get-Date -Format "yyyyMMdd"
$Target = "\\\\nas01\\backups\\spot\\SPOT_$Stamp.bak"

sqlcmd -S "STORE-SRV01\\SPOT" -U spot_backup -P "@@secret@@" `
  -Q "BACKUP DATABASE [SPOT] TO DISK = N'$Target' WITH COMPRESSION, INIT"

if ($LASTEXITCODE -ne 0) {
    Send-MailMessage -To "it@deluxecleaners.com" -From "srv01@deluxecleaners.com" -Subject "SPOT backup FAILED" -SmtpServer "mail.deluxecleaners.com"
}
Get-ChildItem "\\\\nas01\\backups\\spot" -Filter *.bak | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
""", words_pw())

add("ansible/device-admin-password", "ansible/group_vars/stores.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
store_vlan_pos: 20
store_vlan_washers: 30
store_vlan_guest: 99
unifi_controller: https://unifi.brightwash.net:8443
unifi_admin_user: itadmin
unifi_admin_password: @@secret@@
camera_nvr_user: admin
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
""", rand_pw(16, "!#%"))

add("sql/app-user-password", "db/migrations/0007_create_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0007: roles for the route app and the reporting warehouse
BEGIN;

CREATE ROLE route_app LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE laundry TO route_app;
GRANT USAGE ON SCHEMA routes TO route_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA routes TO route_app;

CREATE ROLE reporting NOLOGIN;
GRANT SELECT ON ALL TABLES IN SCHEMA routes TO reporting;

COMMIT;
""", rand_pw(20))

add("xml/smtp-password", "PressTrack/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StoreNumber" value="7" />
    <add key="TicketPrinter" value="Star TSP143" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="tickets@royalcleaners.com" deliveryMethod="Network">
        <network host="smtp.gmail.com" port="587" enableSsl="true"
                 userName="tickets@royalcleaners.com" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("env/cleancloud-api-token", "integrations/cleancloud/.env.production", "https://cleancloudapp.com/api", """
# CleanCloud -> warehouse nightly sync
CLEANCLOUD_API_URL=https://cleancloudapp.com/api
CLEANCLOUD_API_TOKEN=@@secret@@
CLEANCLOUD_STORE_IDS=4412,4413,4420
WAREHOUSE_SCHEMA=cleancloud_raw
SYNC_LOOKBACK_DAYS=3
""", hexs(40))

add("python/aws-access-key", "tools/upload_invoices.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Upload monthly hotel-linen invoices to the accounting bucket.\"\"\"
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
)

for path in sys.argv[1:]:
    key = "invoices/hotel-linen/" + path.rsplit("/", 1)[-1]
    s3.upload_file(path, "linenworks-accounting", key)
    print("uploaded", key)
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("toml/pypi-token", "tools/tagprint/.pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# copied from ~/.pypirc so the release script can read it with tomllib
[distutils]
index-servers = ["pypi"]

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("github-actions/slack-bot-token", ".github/workflows/deploy-pos.yml", "https://api.slack.com/authentication/token-types#bot", """
name: deploy-pos
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh production
      - name: Tell store ops
        run: |
          curl -s -H "Authorization: Bearer @@secret@@" \\
               -d channel=C04STOREOPS \\
               -d text="POS deployed to all stores by ${{ github.actor }}" \\
               https://slack.com/api/chat.postMessage
""", slack_bot())

add("yaml/hubspot-private-app-token", "crm-sync/config.yaml", "https://developers.hubspot.com/docs/api/private-apps", """
crm:
  vendor: hubspot
  portal_id: 44821907
  access_token: "@@secret@@"
  pipelines:
    commercial_linen: "default"
    hotel_accounts: "18822711"
sync:
  every_minutes: 30
""", hubspot_token())

_fb_key = pem("")
_fb_key = _fb_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "mobile-backend/service-account.json", "https://firebase.google.com/docs/admin/setup", """
{
  "type": "service_account",
  "project_id": "laundrylane-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@",
  "client_email": "firebase-adminsdk-x1q2w@laundrylane-prod.iam.gserviceaccount.com",
  "client_id": "104829137465502918374",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _fb_key.splitlines()[1], kid=hexs(40), escaped=_fb_key.replace("\n", "\\n") + "\\n")

add("env/twilio-api-key-secret", "sms-gateway/.env", "https://www.twilio.com/docs/iam/api-keys", """
NODE_ENV=production
PORT=3010
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=SK@@sk@@
TWILIO_API_SECRET=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
QUIET_HOURS=21-08
""", fakes.drawn_mixed(_seed(), 32), sid=twilio_sid(), sk=hexs(32), mg=hexs(32))

add("python/django-secret-key", "laundromatic/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["orders.laundromatic.co", "admin.laundromatic.co"]
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "pg-prod.laundromatic.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("typescript/sendgrid-api-key", "apps/pickup-web/src/server/mail.ts", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendPickupConfirmation(to: string, window: string) {
  await sgMail.send({
    to,
    from: "pickups@tidyhanger.com",
    templateId: "d-7a9b3c1d2e4f4a6b8c0d1e2f3a4b5c6d",
    dynamicTemplateData: { window },
  });
}
""", sendgrid_key())

add("yaml/mqtt-broker-password", "edge/washer-bridge/config.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Bridge between the coin-op controllers (Modbus) and the cloud MQTT broker
modbus:
  port: /dev/ttyUSB0
  baud: 19200
  machines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
mqtt:
  host: mqtt.suds-cloud.io
  port: 8883
  tls: true
  client_id: store-0412-bridge
  username: store-0412
  password: "@@secret@@"
  topic_prefix: laundromat/0412
""", rand_pw(24))

add("go/stripe-secret-key", "internal/billing/stripe.go", "https://github.com/stripe/stripe-go", """
package billing

import (
	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/paymentintent"
)

func init() {
	stripe.Key = "@@secret@@"
}

func ChargeRoute(customer string, cents int64) (*stripe.PaymentIntent, error) {
	return paymentintent.New(&stripe.PaymentIntentParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String(string(stripe.CurrencyUSD)),
		Customer: stripe.String(customer),
		Confirm:  stripe.Bool(true),
	})
}
""", stripe_key())

add("log/database-url", "logs/route-api-2024-06-11.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
2024-06-11 05:58:02,114 INFO  route_api.boot starting route-api 3.4.2 (pid 2231)
2024-06-11 05:58:02,118 DEBUG route_api.config DATABASE_URL=postgresql+psycopg://route_api:@@secret@@@10.8.0.21:5432/routes
2024-06-11 05:58:02,240 INFO  route_api.db pool ready (size=10)
2024-06-11 05:58:03,007 INFO  route_api.sched loaded 41 pickups for 2024-06-11
2024-06-11 05:58:03,009 WARNING route_api.sched VAN-07 has no driver assigned
2024-06-11 06:00:00,001 INFO  route_api.http listening on 0.0.0.0:8080
""", rand_pw(18))

add("csv/device-admin-password", "it/store_devices_export.csv", "https://www.hikvision.com/en/support/", """
store,device,model,ip,username,password,location
0101,NVR,DS-7608NI-K2,10.1.50.10,admin,@@secret@@,back office rack
0101,Camera 1,DS-2CD2143G2,10.1.50.21,admin,,front counter
0101,Camera 2,DS-2CD2143G2,10.1.50.22,admin,,conveyor
0101,Printer,Zebra ZD421,10.1.20.40,,,counter
0101,Router,UniFi UDM Pro,10.1.0.1,ubnt-admin,(see vault),rack
""", words_pw())

add("shell/redis-password", "ops/flush_route_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Clears the route planner's cached matrices after a depot address change
set -e
HOST=cache-01.washroute.internal
redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning --scan --pattern 'matrix:*' \\
  | xargs -r -n 500 redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning DEL
echo "route matrices cleared on $HOST"
""", fakes.redis_password(_seed()))

add("php/square-access-token", "config/square.php", "https://developer.squareup.com/docs/build-basics/access-tokens", """
<?php

return [
    'environment' => 'production',
    'access_token' => '@@secret@@',
    'location_id' => 'LQ9W3H2K1M0TS',
    'currency' => 'USD',
    'tip_options' => [15, 18, 20],
];
""", square_token())

add("java/sftp-password", "src/main/java/com/linenco/export/HotelManifestUploader.java", "https://www.ncftp.com/", """
package com.linenco.export;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class HotelManifestUploader {
    private static final String HOST = "sftp.grandharborhotels.com";
    private static final String USER = "linenco";
    private static final String PASS = "@@secret@@";

    public void upload(String localPath, String remoteName) throws Exception {
        Session session = new JSch().getSession(USER, HOST, 22);
        session.setPassword(PASS);
        session.setConfig("StrictHostKeyChecking", "no");
        session.connect(15000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.put(localPath, "/inbound/manifests/" + remoteName);
        sftp.disconnect();
        session.disconnect();
    }
}
""", words_pw())

add("markdown/wifi-and-pos-passwords", "docs/store-handover/oak-park.md", "https://help.ui.com/hc/en-us", """
# Oak Park store - handover notes (new manager)

- Opening: 7:00, closing 19:00, Sat 8-16.
- Guest Wi-Fi: `FreshPress-Guest`, password on the sign by the door.
- Back office PC login: `oakpark-mgr` / `@@secret@@`
- SPOT POS: log in with your own employee number, never the shared one.
- Conveyor jams: call Metalprogetti service line, account #MP-20931.
""", words_pw())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "pos" {
  identifier              = "pos-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "posadmin"
  password                = "@@secret@@"
  backup_retention_period = 14
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.pos_db.id]
}
""", rand_pw(24))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "https://github.com/stripe/stripe-ruby", """
# Stripe for wash-and-fold subscriptions
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@secret@@")
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""", stripe_key())

add("k8s-secret/sendgrid-api-key", "deploy/k8s/notify-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: notify-secrets
  namespace: crisp
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@secret@@"
  MAIL_FROM: "ready@crispcleaners.com"
""", sendgrid_key())

add("python/ldap-bind-password", "hr_sync/ad_users.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc1.swiftcleaners.local", get_info=ALL)
conn = Connection(
    server,
    user="SWIFT\\\\svc_hrsync",
    password="@@secret@@",
    auto_bind=True,
)

conn.search("OU=Stores,DC=swiftcleaners,DC=local", "(objectClass=user)", attributes=["sAMAccountName", "department"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.department)
""", words_pw())

add("dockerfile/npm-token", "apps/kiosk-ui/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""", npm_token())

add("ini/odbc-password", "etl/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[SpotWarehouse]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:spot-wh.database.windows.net,1433
Database    = spot_wh
UID         = etl_loader
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = no
""", rand_pw(20, "!$"))

add("json/mailgun-api-key", "functions/ready-mail/config.json", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
{
  "mailgun": {
    "domain": "mail.pressandgo.com",
    "apiKey": "@@secret@@",
    "region": "us"
  },
  "templates": {
    "ready": "order-ready-v3",
    "overdue": "order-overdue-30d"
  }
}
""", mailgun_key())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, release]

variables:
  RELEASE_TOKEN: "@@secret@@"

build:
  stage: build
  image: python:3.12
  script:
    - pip install build
    - python -m build

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  script:
    - release-cli --private-token "$RELEASE_TOKEN" create --tag-name "$CI_COMMIT_TAG"
  rules:
    - if: $CI_COMMIT_TAG
""", gitlab_token())

add("swift/google-places-key", "CurbsideClean/Sources/Config/Keys.swift", "https://developers.google.com/maps/documentation/places/ios-sdk/get-api-key", """
// Generated once by the setup script; do not edit by hand.
enum Keys {
    static let placesServer = "@@secret@@"
    static let sentryDSN = "https://1f2e3d4c5b6a@o448812.ingest.sentry.io/5521234"
    static let appGroup = "group.com.curbsideclean.app"
}
""", google_key())

add("python/shopify-api-secret", "shopify_app/app.py", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets", """
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
SHOPIFY_API_KEY = "@@apikey@@"
SHOPIFY_API_SECRET = "@@secret@@"


@app.post("/webhooks/orders-create")
def orders_create():
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), request.get_data(), hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest).decode(), request.headers.get("X-Shopify-Hmac-Sha256", "")):
        abort(401)
    return "", 200
""", shopify_token("shpss_"), apikey=hexs(32))

add("env/aws-credentials", "pickup-lambda/.env.deploy", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# deploy user for the pickup-window Lambda (sam deploy reads these)
AWS_ACCESS_KEY_ID=@@akid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=us-east-1
LAMBDA_NAME=pickup-window-slots
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = us-east-2

[linen-prod]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("csharp/sql-server-password", "Cleaners.Pos/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "ConnectionStrings": {
    "Pos": "Server=tcp:pos-sql01,1433;Database=CleanersPos;User Id=pos_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Store": {
    "Number": 22,
    "Name": "Lakeside Cleaners"
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("python/authorize-net-transaction-key", "kiosk/payments/authnet.py", "https://developer.authorize.net/api/reference/index.html", """
from authorizenet import apicontractsv1

API_LOGIN_ID = "@@login@@"
TRANSACTION_KEY = "@@secret@@"


def merchant_auth():
    auth = apicontractsv1.merchantAuthenticationType()
    auth.name = API_LOGIN_ID
    auth.transactionKey = TRANSACTION_KEY
    return auth
""", fakes.drawn_mixed(_seed(), 16), login=fakes.drawn_mixed(_seed(), 10))

add("env/quickbooks-client-secret", "accounting-bridge/.env", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REDIRECT_URI=https://bridge.cleanlinegroup.com/qbo/callback
QBO_REALM_ID=9130357852221645
POST_DAILY_SALES_AT=23:30
""", fakes.drawn_mixed(_seed(), 40), cid=fakes.drawn_mixed(_seed(), 48))

add("yaml/openssh-private-key", "ansible/roles/backup/files/backup_id.yml", "https://man.openbsd.org/ssh-keygen", """
# key the store servers use to push SPOT backups to nas-central
backup_user: spotbackup
backup_target: nas-central.cleanline.local:/volume1/spot
backup_private_key: |
  @@indented@@
backup_schedule: "15 2 * * *"
""", _ssh := fakes.fake_pem(_seed(), "OPENSSH"), indented=_ssh.replace("\n", "\n  "))

add("shell/private-key", "deploy/bootstrap_store_server.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html", """
#!/bin/bash
# Bootstraps a new store back-office server: TLS key for the local POS API
set -e
mkdir -p /etc/pos/tls
cat > /etc/pos/tls/pos.key <<'KEY'
@@secret@@
KEY
chmod 600 /etc/pos/tls/pos.key
systemctl restart pos-api
""", pem())

_mb = "sk.eyJ1IjoiY2xlYW5saW5lIiwiYSI6ImNs" + fakes.drawn_mixed(_seed(), 20) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_")
add("typescript/mapbox-secret-token", "route-optimizer/src/config.ts", "https://docs.mapbox.com/accounts/guides/tokens/", """
export const config = {
  depotLat: 41.8781,
  depotLng: -87.6298,
  // secret token with directions + matrix scopes, server side only
  mapboxToken: "@@secret@@",
  maxStops: 40,
};
""", _mb)

add("json/zendesk-api-token", "support-tools/zendesk.json", "https://developer.zendesk.com/api-reference/introduction/security-and-auth/", """
{
  "subdomain": "brightpresshelp",
  "email": "it@brightpressclean.com/token",
  "token": "@@secret@@",
  "views": {
    "lost_items": 360012345678,
    "damage_claims": 360012345912
  }
}
""", fakes.drawn_mixed(_seed(), 40))

add("go/datadog-api-key", "cmd/dryerwatch/main.go", "https://docs.datadoghq.com/account_management/api-app-keys/", """
package main

import (
	"context"

	"github.com/DataDog/datadog-api-client-go/v2/api/datadog"
)

func ddContext() context.Context {
	return context.WithValue(context.Background(), datadog.ContextAPIKeys, map[string]datadog.APIKey{
		"apiKeyAuth": {Key: "@@secret@@"},
		"appKeyAuth": {Key: "@@app@@"},
	})
}

func main() {
	ctx := ddContext()
	reportDryerTemps(ctx, "plant-2")
}
""", hexs(32), app=hexs(40))

_brevo = "xsmtpsib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)
add("properties/brevo-smtp-key", "config/mail.properties", "https://developers.brevo.com/docs/smtp-integration", """
mail.smtp.host=smtp-relay.brevo.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=8a1f02001@smtp-brevo.com
mail.smtp.password=@@secret@@
mail.from=Clean Street Laundry <hello@cleanstreetlaundry.com>
""", _brevo)

add("python/google-oauth-client-secret", "gbp_reviews/auth.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """
\"\"\"Pull Google Business Profile reviews for all 11 stores.\"\"\"
from google_auth_oauthlib.flow import Flow

CLIENT_CONFIG = {
    "web": {
        "client_id": "58231177042-k3j9v0h2t6q1s8m4n5p7r0x2z4b6d8f1.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["https://reviews.cleanline.net/oauth2callback"],
    }
}

flow = Flow.from_client_config(CLIENT_CONFIG, scopes=["https://www.googleapis.com/auth/business.manage"])
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"))

add("powershell/azure-client-secret", "scripts/Sync-StoreUsers.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Creates Entra ID accounts for new counter staff from the HR export
$TenantId     = "5f2c9a71-3b8e-4d06-9a1f-7c2e4b8d6a30"
$ClientId     = "a8d3e1f0-6b2c-4f79-8e15-2d9c7b3a4e61"
$ClientSecret = "@@secret@@"

$body = @{
    client_id     = $ClientId
    scope         = "https://graph.microsoft.com/.default"
    client_secret = $ClientSecret
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
Import-Csv .\\new_staff.csv | ForEach-Object { New-StoreUser -Token $token -Row $_ }
""", fakes.drawn_mixed(_seed(), 3) + "8Q~" + fakes.drawn_mixed(_seed(), 34, ALNUM + "_.-~"))

add("yaml/cloudflare-api-token", "ops/dns/octodns-config.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@secret@@
zones:
  freshfoldlaundry.com.:
    sources: [config]
    targets: [cloudflare]
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("dockerfile/database-password", "docker/reports/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \\
    REPORTS_DB_HOST=pg-reports \\
    REPORTS_DB_USER=metabase_ro \\
    REPORTS_DB_PASSWORD=@@secret@@
WORKDIR /reports
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "weekly_store_report.py"]
""", rand_pw(20))

add("github-actions/aws-keys", ".github/workflows/sync-photos.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: sync-tag-photos
on:
  schedule:
    - cron: "0 7 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@akid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-east-2
      - run: aws s3 sync s3://tag-photos-raw s3://tag-photos-archive --storage-class GLACIER_IR
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ruby/twilio-auth-token", "lib/tasks/overdue_reminders.rake", "https://www.twilio.com/docs/libraries/reference/twilio-ruby", """
namespace :reminders do
  desc "Text customers whose orders are 30+ days past ready"
  task overdue: :environment do
    client = Twilio::REST::Client.new("@@sid@@", "@@secret@@")
    Order.ready.where("ready_at < ?", 30.days.ago).find_each do |order|
      client.messages.create(
        from: "+13125550187",
        to: order.customer.phone,
        body: "Hi #{order.customer.first_name}, order #{order.ticket} is still waiting for you. Items unclaimed after 90 days are donated."
      )
    end
  end
end
""", hexs(32), sid=twilio_sid())

add("markdown/paypal-client-secret", "docs/integrations/paypal.md", "https://developer.paypal.com/api/rest/", """
# PayPal checkout for the pickup app

Live app: **Curbside Clean Checkout** (created by Dana, 2024-03).

```
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
PAYPAL_MODE=live
```

Webhooks point at `https://api.curbsideclean.com/hooks/paypal`.
Refunds over $200 need a manager's approval in the admin panel.
""", paypal_secret(), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("kotlin/redis-password", "backend/src/main/kotlin/com/presto/cache/RedisConfig.kt", "https://lettuce.io/core/release/reference/", """
package com.presto.cache

import io.lettuce.core.RedisClient
import io.lettuce.core.RedisURI

object RedisConfig {
    private val uri: RedisURI = RedisURI.builder()
        .withHost("redis-prod.presto.internal")
        .withPort(6380)
        .withSsl(true)
        .withPassword("@@secret@@".toCharArray())
        .build()

    val client: RedisClient = RedisClient.create(uri)
}
""", fakes.redis_password(_seed()))

add("sql/linked-server-password", "db/scripts/setup_linked_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Links the store server to the central warehouse for nightly rollups
EXEC sp_addlinkedserver
    @server = N'CENTRAL_WH',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'wh01.cleanersgroup.local';

EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'CENTRAL_WH',
    @useself = N'False',
    @rmtuser = N'store_rollup',
    @rmtpassword = N'@@secret@@';
GO
""", words_pw())

add("env/onfleet-api-key", "dispatch-worker/.env", "https://docs.onfleet.com/reference/authentication", """
# dispatch worker: creates pickup/delivery tasks from the POS queue
LOG_LEVEL=info
ONFLEET_API_KEY=@@secret@@
ONFLEET_WEBHOOK_SECRET=@@whs@@
DEPOT_HUB_ID=n0s1a2b3c4d5e6f7g8h9i0j1
SLACK_CHANNEL=#routes
""", hexs(32), whs=hexs(128))

add("xml/maven-repository-password", ".mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>linenco-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>linenco-nexus</id>
      <url>https://nexus.linenco.net/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("yaml/docker-hub-token", "ops/registry-auth.yaml", "https://docs.docker.com/security/for-developers/access-tokens/", """
# used by the kiosk image builder on the plant PC
registry:
  server: docker.io
  username: tidyhangerci
  token: @@secret@@
images:
  - tidyhanger/kiosk-ui
  - tidyhanger/label-printer-agent
""", "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"))

add("python/smtp-password", "plant/reports/send_daily_piece_count.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

from plant.reports.piece_count import yesterday_summary

msg = EmailMessage()
msg["Subject"] = "Plant 1 piece count"
msg["From"] = "plant1@metroshirtlaundry.com"
msg["To"] = "owners@metroshirtlaundry.com"
msg.set_content(yesterday_summary())

with smtplib.SMTP("smtp.zoho.com", 587) as smtp:
    smtp.starttls()
    smtp.login("plant1@metroshirtlaundry.com", "@@secret@@")
    smtp.send_message(msg)
""", words_pw())

add("compose/mysql-password", "cents-bridge/docker-compose.yml", "https://hub.docker.com/_/mysql", """
version: "3.9"
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: cents_bridge
      MYSQL_USER: bridge
      MYSQL_PASSWORD: bridge
    volumes:
      - ./data:/var/lib/mysql
  bridge:
    build: .
    depends_on: [db]
""", rand_pw(18))

add("csharp/stripe-secret-key", "KioskPay/Program.cs", "https://github.com/stripe/stripe-dotnet", """
using Stripe;
using Stripe.Terminal;

StripeConfiguration.ApiKey = "@@secret@@";

var readers = new ReaderService();
foreach (var reader in readers.List(new ReaderListOptions { Location = "tml_FbQ2kZ8P0cS4eW" }))
{
    Console.WriteLine($"{reader.Label}: {reader.Status}");
}
""", stripe_key())

_sk = stripe_key()
add("python/split-stripe-key", "legacy/kiosk_charge.py", "https://docs.stripe.com/keys", """
# Old payment kiosk at the 24h laundromat (Windows XP box, do not touch)
import stripe

stripe.api_key = ("@@p1@@"
                  "@@p2@@")


def charge(amount_cents, token):
    return stripe.Charge.create(amount=amount_cents, currency="usd", source=token,
                                description="Laundromat wash card top-up")
""", _sk, p1=_sk[:16], p2=_sk[16:])

_basic_user, _basic_pw = "store0412", rand_pw(16)
add("shell/basic-auth-header", "ops/pull_machine_counters.sh", "https://datatracker.ietf.org/doc/html/rfc7617", """
#!/bin/sh
# Pulls per-machine cycle counters from the laundromat card system's local API
STORE=0412
curl -s -H "Authorization: Basic @@encoded@@" \\
  "http://10.30.4.5:8080/api/v1/machines/counters?store=$STORE" \\
  -o "/var/lib/counters/$STORE-$(date +%F).json"
""", b64(f"{_basic_user}:{_basic_pw}"), encoded=b64(f"{_basic_user}:{_basic_pw}"))

add("yaml/snmp-auth-password", "monitoring/telegraf/snmp.yaml", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp", """
# Telegraf SNMP input for the plant's boiler controller and UPS units
inputs:
  snmp:
    agents:
      - udp://10.40.0.11:161
      - udp://10.40.0.12:161
    version: 3
    sec_name: telegraf
    auth_protocol: SHA
    auth_password: "@@secret@@"
    sec_level: authPriv
    priv_protocol: AES
    priv_password: "@@priv@@"
""", rand_pw(20), priv=rand_pw(20))

add("toml/database-url", "services/tagger/config.toml", "https://diesel.rs/guides/getting-started", """
[server]
bind = "0.0.0.0:7070"
workers = 4

[database]
url = "mysql://tagger:@@secret@@@mysql-plant.local:3306/tagger"
pool_size = 8

[printer]
model = "Zebra ZT230"
dpi = 203
""", words_pw())

add("rust/sendgrid-api-key", "mailer/src/main.rs", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", """
use reqwest::Client;

static SENDGRID_KEY: &str = "@@secret@@";

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let body = serde_json::json!({
        "personalizations": [{ "to": [{ "email": "owner@lavanderiaprimavera.com" }] }],
        "from": { "email": "reports@lavanderiaprimavera.com" },
        "subject": "Weekly machine revenue",
        "content": [{ "type": "text/plain", "value": "See attached." }]
    });
    Client::new()
        .post("https://api.sendgrid.com/v3/mail/send")
        .bearer_auth(SENDGRID_KEY)
        .json(&body)
        .send()
        .await?;
    Ok(())
}
""", sendgrid_key())

add("php/database-password", "laundromat-site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'sudsy_wp' );
define( 'DB_USER', 'sudsy_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'sw_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!@#%^"))

add("java/mailchimp-api-key", "src/main/java/com/rapidcleaners/marketing/CouponMailer.java", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
package com.rapidcleaners.marketing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

public class CouponMailer {
    private static final String API_KEY = "@@secret@@";
    private static final String BASE = "https://us14.api.mailchimp.com/3.0";

    public HttpRequest listMembers(String listId) {
        String auth = Base64.getEncoder().encodeToString(("anystring:" + API_KEY).getBytes());
        return HttpRequest.newBuilder(URI.create(BASE + "/lists/" + listId + "/members"))
                .header("Authorization", "Basic " + auth)
                .GET()
                .build();
    }
}
""", mailchimp_key())

add("ansible/postgres-password", "ansible/host_vars/pos-db01.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """
---
postgresql_version: 15
postgresql_listen: "10.20.0.15"
postgresql_users:
  - name: pos_app
    password: "@@secret@@"
    db: pos
  - name: pos_readonly
    password: "{{ vault_pos_readonly_password }}"
    db: pos
postgresql_backup_dir: /srv/pgbackup
""", rand_pw(20))

add("terraform/datadog-api-key", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """
provider "datadog" {
  api_key = "@@secret@@"
  app_key = "@@app@@"
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "dryer_overheat" {
  name    = "Plant dryer exhaust over 180F"
  type    = "metric alert"
  query   = "avg(last_5m):avg:plant.dryer.exhaust_f{*} by {dryer} > 180"
  message = "Dryer {{dryer.name}} running hot. @slack-plant-ops"
}
""", hexs(32), app=hexs(40))

add("github-actions/ssh-private-key", ".github/workflows/deploy-store-servers.yml", "https://github.com/appleboy/ssh-action", """
name: deploy-store-servers
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: store-srv01.cleanline.net
          username: deploy
          key: |
            @@indented@@
          script: cd /opt/pos && git pull && systemctl restart pos-api
""", _k := pem(), indented=_k.replace("\n", "\n            "))

add("markdown/sftp-password", "docs/vendors/hotel-linen-portal.md", "https://www.ssh.com/academy/ssh/sftp", """
# Grand Harbor Hotels - linen manifests

The hotel sends its soiled-linen counts every morning at 6:00 to our SFTP.

- Host: `sftp.linenco.net` port 22
- User: `grandharbor`
- Password: `@@secret@@` (given to their IT on the phone, 2024-02-14)

Our import job picks files up at 6:30 and posts them to the route board.
If a file is missing, call the hotel's housekeeping desk, not their IT.
""", words_pw())

add("kotlin/square-access-token", "pos-android/app/src/main/java/com/plaza/pos/SquareModule.kt", "https://developer.squareup.com/docs/build-basics/access-tokens", """
package com.plaza.pos

import com.squareup.square.SquareClient
import com.squareup.square.Environment

object SquareModule {
    private const val ACCESS_TOKEN = "@@secret@@"

    val client: SquareClient = SquareClient.Builder()
        .environment(Environment.PRODUCTION)
        .accessToken(ACCESS_TOKEN)
        .build()
}
""", square_token())

add("ini/vnc-password", "store-pc/ultravnc.ini", "https://uvnc.com/docs/uvnc-server.html", """
[ultravnc]
passwd=@@secret@@
passwd2=@@viewonly@@
[admin]
UseRegistry=0
PortNumber=5900
AutoPortSelect=1
QuerySetting=2
QueryTimeout=10
""", hexs(18), viewonly=hexs(18))

add("swift/stripe-secret-key", "PressPal/Backend/StripeService.swift", "https://docs.stripe.com/api/authentication", """
import Foundation

struct StripeService {
    private let secretKey = "@@secret@@"

    func createPaymentIntent(amount: Int) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = "amount=\\(amount)&currency=usd".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", stripe_key())

add("log/smtp-auth-plain", "logs/mail-relay-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
Jun 12 07:01:14 relay01 postfix/smtp[4411]: connect to smtp.sendgrid.net[167.89.123.54]:587
Jun 12 07:01:14 relay01 postfix/smtp[4411]: > EHLO relay01.brightpressclean.com
Jun 12 07:01:14 relay01 postfix/smtp[4411]: < 250-AUTH PLAIN LOGIN
Jun 12 07:01:14 relay01 postfix/smtp[4411]: > AUTH PLAIN @@secret@@
Jun 12 07:01:15 relay01 postfix/smtp[4411]: < 235 Authentication successful
Jun 12 07:01:15 relay01 postfix/smtp[4411]: 4B1C22A0F1: to=<j.ortiz@example.net>, status=sent (250 Ok: queued)
""", b64("\0apikey\0" + sendgrid_key()))

add("env/mailgun-smtp-password", "legacy-pos/.env.local", "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp", """
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.sunrisecleaners.com
MAIL_PASSWORD=@@secret@@
MAIL_FROM_ADDRESS=orders@sunrisecleaners.com
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("csv/wifi-and-router-passwords", "it/network_inventory_2024.csv", "https://help.ui.com/hc/en-us", """
store_no,store_name,isp,router,router_admin_pw,staff_ssid,staff_wifi_pw
01,Main St,Comcast Business,UDM-Pro,@@secret@@,StaffNet-01,see-keeper
02,Riverside,AT&T Fiber,UDM-SE,(keeper),StaffNet-02,(keeper)
03,Oak Park,Comcast Business,UDM-Pro,(keeper),StaffNet-03,(keeper)
04,Plant,Spectrum,USG-Pro-4,(keeper),PlantNet,(keeper)
""", words_pw())

add("typescript/hubspot-token", "apps/commercial-portal/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export async function createLinenLead(company: string, rooms: number, email: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, company, hotel_rooms: String(rooms), lead_source: "linen-quote-form" },
    associations: [],
  });
}
""", hubspot_token())

add("python/openai-key-env-default", "assistant/chat.py", "https://platform.openai.com/docs/api-reference/authentication", """
import os

from openai import OpenAI

client = OpenAI(api_key=os.getenv("OPENAI_API_KEY", "@@secret@@"))

SYSTEM = "You answer questions about garment care labels for a dry cleaner's counter staff."


def ask(question: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("k8s-secret/stripe-secret-key", "charts/pickup-api/templates/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: pickup-api-stripe
  labels:
    app: pickup-api
type: Opaque
data:
  STRIPE_SECRET_KEY: @@encoded@@
  STRIPE_PRICE_WASH_FOLD: @@price@@
""", _sk2 := stripe_key(), encoded=b64(_sk2), price=b64("price_1PJ8zLKc2uR0wqXnb4F7a9Dd"))

add("json/telegram-bot-token", "bots/counter-bot/config.json", "https://core.telegram.org/bots/api", """
{
  "bot_token": "@@secret@@",
  "allowed_chats": [-1001923847561, -1001923847562],
  "commands": {
    "/status": "ticket status by number",
    "/ready": "list orders ready today"
  },
  "timezone": "Europe/Warsaw"
}
""", fakes.telegram_token(_seed()))

add("go/mqtt-password", "firmware-tools/provision/main.go", "https://github.com/eclipse/paho.mqtt.golang", """
package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func newClient(storeID string) mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.washlink.io:8883").
		SetClientID("provision-" + storeID).
		SetUsername("provisioner").
		SetPassword("@@secret@@")
	return mqtt.NewClient(opts)
}
""", rand_pw(24))

add("powershell/ftp-credential", "scripts/Send-UniformManifest.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
# Sends the nightly uniform rental manifest to the hospital's FTP
$file = "C:\\Exports\\uniforms_$(Get-Date -Format yyyyMMdd).csv"
$uri  = "ftp://ftp.stmaryshealth.org/linen/" + (Split-Path $file -Leaf)

$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object System.Net.NetworkCredential("uniformco", "@@secret@@")
$wc.UploadFile($uri, $file)
Write-Host "uploaded $file"
""", words_pw())

add("yaml/twilio-auth-token", "config/notifications.yml", "https://www.twilio.com/docs/usage/requests-to-twilio", """
default: &default
  sms:
    enabled: true
    quiet_hours: [21, 8]
production:
  <<: *default
  twilio:
    account_sid: @@sid@@
    auth_token: @@secret@@
    from: "+14155550163"
""", hexs(32), sid=twilio_sid())

add("env/database-url", "pos-api/.env.production", "https://www.prisma.io/docs/orm/reference/connection-urls", """
NODE_ENV=production
DATABASE_URL="postgresql://pos_api:@@secret@@@pos-db.cleanco.internal:5432/pos?schema=public&sslmode=require"
SESSION_TTL_HOURS=12
RECEIPT_LOGO_URL=https://cdn.cleanco.com/logo-receipt.png
TAX_RATE=0.0825
""", rand_pw(26))

add("notebook/database-password", "analysis/monthly_pieces_by_store.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
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
    "eng = create_engine('mssql+pyodbc://analyst:@@secret@@@spot-wh/spot_wh?driver=ODBC+Driver+18+for+SQL+Server')\\n",
    "df = pd.read_sql('select store_no, month, pieces from v_monthly_pieces', eng)\\n",
    "df.pivot(index='month', columns='store_no', values='pieces').plot()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("properties/smtp-password", "config/application.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """
spring.application.name=uniform-rental
spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.uniformrentalco.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
rental.reminder.cron=0 0 8 * * MON
""", rand_pw(32))

add("xml/database-password", "src/main/webapp/META-INF/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/RouteDB" auth="Container" type="javax.sql.DataSource"
            maxTotal="20" maxIdle="5" maxWaitMillis="10000"
            username="routeweb" password="@@secret@@"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://10.8.0.21:5432/routes"/>
</Context>
""", words_pw())

add("ruby/aws-keys", "config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@akid@@
  secret_access_key: @@secret@@
  region: us-east-1
  bucket: pressline-garment-photos
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("shell/github-fine-grained-token", "scripts/mirror_firmware_repo.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Mirrors the washer-controller firmware repo to the plant's offline git server
set -euo pipefail
cd /srv/mirror
git clone --mirror "https://x-access-token:@@secret@@@github.com/washlink/controller-fw.git" controller-fw.git 2>/dev/null \\
  || git -C controller-fw.git remote update --prune
git -C controller-fw.git push --mirror ssh://git@plant-git.local/fw/controller-fw.git
""", fakes.github_fine_grained_token(_seed()))

add("compose/smtp-password", "plant-stack/compose.yaml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  grafana:
    image: grafana/grafana:11.0.0
    ports: ["3000:3000"]
    environment:
      - GF_SMTP_ENABLED=true
      - GF_SMTP_HOST=smtp.office365.com:587
      - GF_SMTP_USER=alerts@metroshirtlaundry.com
      - GF_SMTP_PASSWORD=@@secret@@
      - GF_SMTP_FROM_ADDRESS=alerts@metroshirtlaundry.com
    volumes:
      - grafana:/var/lib/grafana
volumes:
  grafana: {}
""", words_pw())

add("python/cents-api-key", "integrations/cents/client.py", "https://www.trycents.com/", """
\"\"\"Pulls wash-and-fold orders from Cents into the route planner.\"\"\"
import requests

CENTS_BASE = "https://api.trycents.com/v1"
CENTS_API_KEY = "@@secret@@"
STORE_IDS = [2211, 2212]


def orders_since(since_iso: str):
    for store in STORE_IDS:
        resp = requests.get(
            f"{CENTS_BASE}/stores/{store}/orders",
            headers={"x-api-key": CENTS_API_KEY},
            params={"updatedSince": since_iso, "type": "delivery"},
            timeout=20,
        )
        resp.raise_for_status()
        yield from resp.json()["orders"]
""", fakes.drawn_mixed(_seed(), 40))

add("yaml/clover-api-token", "pos-bridge/clover.yaml", "https://docs.clover.com/dev/docs/using-api-tokens", """
clover:
  base_url: https://api.clover.com
  merchant_id: 8QK2M9X4LDZ1P
  api_token: @@secret@@
  categories:
    dry_clean: "DC"
    laundry: "LA"
    alterations: "ALT"
""", uuid_s())

add("java/adyen-api-key", "src/main/java/com/linenco/pay/AdyenSetup.java", "https://docs.adyen.com/development-resources/api-credentials/", """
package com.linenco.pay;

import com.adyen.Client;
import com.adyen.enums.Environment;

public final class AdyenSetup {
    private AdyenSetup() {}

    public static Client client() {
        return new Client(
            "@@secret@@",
            Environment.LIVE,
            "7f3c9a1e2b4d6f80-LinenCo");
    }
}
""", "AQE" + fakes.drawn_mixed(_seed(), 60) + "=-" + fakes.drawn_mixed(_seed(), 43, ALNUM + "+/") + "=-" + fakes.drawn_mixed(_seed(), 10))

add("env/yelp-fusion-key", "reviews-dashboard/.env", "https://docs.developer.yelp.com/docs/fusion-authentication", """
# reviews dashboard for the owners' TV in the office
YELP_API_KEY=@@secret@@
GOOGLE_PLACE_IDS=ChIJ2eUgeAK6j4ARbn5u_wAGqWA,ChIJ7cv00DwsDogRAMDACa2m4K8
REFRESH_MINUTES=60
SHOW_LAST=20
""", fakes.drawn_mixed(_seed(), 128, ALNUM + "-_"))

add("go/samsara-api-token", "fleet/samsara.go", "https://developers.samsara.com/docs/authentication", """
package fleet

import "net/http"

const samsaraToken = "@@secret@@"

func vanLocations() (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.samsara.com/fleet/vehicles/locations", nil)
	req.Header.Set("Authorization", "Bearer "+samsaraToken)
	return http.DefaultClient.Do(req)
}
""", "samsara_api_" + fakes.drawn_mixed(_seed(), 30))

add("shell/vonage-api-secret", "scripts/sms_blast.sh", "https://developer.vonage.com/en/messaging/sms/overview", """
#!/bin/bash
# One-off: tell route customers about the holiday schedule
while IFS=, read -r phone name; do
  curl -s -X POST https://rest.nexmo.com/sms/json \\
    -d api_key=7b1f2c9d \\
    -d api_secret=@@secret@@ \\
    -d from=CLEANLINE \\
    -d to="$phone" \\
    -d text="Hi $name, no pickups on July 4th. Your route moves to Friday."
done < holiday_customers.csv
""", fakes.drawn_mixed(_seed(), 16))

add("ruby/postmark-server-token", "config/environments/production.rb", "https://postmarkapp.com/developer/user-guide/send-email-with-api", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "orders.pressline.com" }
  config.log_level = :info
end
""", uuid_s())

add("typescript/klaviyo-private-key", "apps/marketing/src/klaviyo.ts", "https://developers.klaviyo.com/en/docs/authenticate_", """
const KLAVIYO_PRIVATE_KEY = "@@secret@@";

export async function trackPickupBooked(email: string, store: string) {
  await fetch("https://a.klaviyo.com/api/events/", {
    method: "POST",
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: "2024-06-15",
      "content-type": "application/json",
    },
    body: JSON.stringify({ data: { type: "event", attributes: { properties: { store }, metric: { name: "Pickup Booked" }, profile: { email } } } }),
  });
}
""", "pk_" + hexs(34))

add("json/discord-webhook", "plant-monitor/alerts.json", "https://discord.com/developers/docs/resources/webhook", """
{
  "checks": [
    {"name": "boiler-pressure", "min": 60, "max": 125, "unit": "psi"},
    {"name": "dryer-exhaust", "max": 180, "unit": "F"},
    {"name": "compressor-run-hours", "max": 20}
  ],
  "notify": {
    "discord_webhook": "@@secret@@"
  }
}
""", "https://discord.com/api/webhooks/" + fakes.drawn(_seed(), 19, string.digits) + "/" + fakes.drawn_mixed(_seed(), 68, ALNUM + "-_"))

add("powershell/teams-webhook", "scripts/Notify-StoreOpen.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
param([string]$Store = $env:COMPUTERNAME)
$uri = "@@secret@@"
$body = @{ text = "Store $Store opened at $(Get-Date -Format t)" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType "application/json"
Write-Output "posted"
""", "https://cleanlinegroup.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))

add("terraform/vault-token", "infra/vault/provider.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", """
provider "vault" {
  address = "https://vault.cleanline.net:8200"
  token   = "@@secret@@"
}

data "vault_kv_secret_v2" "pos" {
  mount = "secret"
  name  = "pos/prod"
}
""", "hvs." + fakes.drawn_mixed(_seed(), 91, ALNUM + "_-"))

add("yaml/digitalocean-token", "ops/doctl-config.yaml", "https://docs.digitalocean.com/reference/doctl/how-to/install/", """
access-token: @@secret@@
context: default
output: text
auth-contexts:
  plant: @@secret@@
apps:
  kiosk-ui: 5e2f1a0b-7c3d-4e9f-a1b2-c3d4e5f6a7b8
""", "dop_v1_" + hexs(64))

add("python/airtable-token", "ops/alterations_board.py", "https://airtable.com/developers/web/guides/personal-access-tokens", """
\"\"\"Syncs the tailor's alterations board (Airtable) with SPOT tickets.\"\"\"
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appQ2x8HkP1aZ3mVn", "Alterations")


def open_jobs():
    return table.all(formula="NOT({Done})", fields=["Ticket", "Garment", "Due", "Tailor"])
""", "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64))

add("kotlin/intercom-access-token", "support-app/src/main/kotlin/com/presto/support/Intercom.kt", "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication", """
package com.presto.support

import okhttp3.OkHttpClient
import okhttp3.Request

private const val INTERCOM_TOKEN = "@@secret@@"

fun conversationsRequest(): Request = Request.Builder()
    .url("https://api.intercom.io/conversations?per_page=50")
    .header("Authorization", "Bearer $INTERCOM_TOKEN")
    .header("Intercom-Version", "2.11")
    .build()

val http = OkHttpClient()
""", b64("tok:" + uuid_s().replace("-", "_") + ":1:0"))

add("ini/slack-webhook", "plant-monitor/monitor.cfg", "https://api.slack.com/messaging/webhooks", """
[boiler]
modbus_host = 10.40.0.11
min_psi = 60
max_psi = 125

[alerts]
slack_webhook = @@secret@@
repeat_minutes = 15
""", slack_webhook())

add("markdown/gitlab-deploy-token", "docs/runbooks/kiosk-image-build.md", "https://docs.gitlab.com/ee/user/project/deploy_tokens/", """
# Building the kiosk image on the plant PC

The plant PC has no SSO, so it pulls with a deploy token:

```bash
docker login registry.gitlab.com -u gitlab+deploy-token-2291 -p @@secret@@
docker build -t registry.gitlab.com/tidyhanger/kiosk-ui:$(git rev-parse --short HEAD) .
docker push registry.gitlab.com/tidyhanger/kiosk-ui:$(git rev-parse --short HEAD)
```

Then tell the stores to reboot their kiosks after closing.
""", "gldt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "-_"))


# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------

add("env/decoy-example-values", "pressworks-pos/.env.example", "https://12factor.net/config", """
# Copy to .env and fill in from 1Password ("PressWorks POS - prod")
APP_ENV=development
STORE_ID=
STRIPE_PUBLISHABLE_KEY=pk_live_your_publishable_key
STRIPE_SECRET_KEY=sk_live_your_secret_key_here
DATABASE_URL=postgres://pos:password@localhost:5432/pos
RECEIPT_PRINTER=epson-tm-m30
""")

add("javascript/decoy-publishable-key", "storefront/public/js/checkout.js", "https://docs.stripe.com/js/initializing", """
// Wash & fold checkout - Stripe Elements
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ appearance: { theme: "flat" } });
const card = elements.create("card", { hidePostalCode: false });
card.mount("#card-element");

document.querySelector("#pay").addEventListener("click", async () => {
  const { clientSecret } = await fetch("/api/pickup-intent", { method: "POST" }).then(r => r.json());
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  if (result.error) showError(result.error.message);
});
""", pk=stripe_key("pk_live_"))

add("python/decoy-env-reference", "reminders/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "")
REMINDER_DAYS = int(os.environ.get("REMINDER_DAYS", "30"))
FROM_NUMBER = os.environ.get("FROM_NUMBER", "+16175550142")
""")

add("github-actions/decoy-secrets-context", ".github/workflows/publish.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: publish-tagprint
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
      - name: notify
        run: curl -s -X POST -d '{"text":"tagprint released"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
""")

add("yaml/decoy-vault-reference", "config/payments.production.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """
payments:
  provider: stripe
  secret_key: vault:secret/data/pos/stripe#secret_key
  webhook_secret: vault:secret/data/pos/stripe#webhook_secret
  publishable_key: @@pk@@
  statement_descriptor: "CRISPLINE CLEANERS"
""", pk=stripe_key("pk_live_"))

add("k8s-secret/decoy-external-secret", "k8s/prod/route-db-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: route-db
  namespace: laundry-routes
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: route-db
  data:
    - secretKey: POSTGRES_PASSWORD
      remoteRef:
        key: prod/laundry-routes/db
        property: password
""")

add("terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for the POS database (set in Terraform Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

variable "store_count" {
  type    = number
  default = 11
}
""")

add("compose/decoy-env-interpolation", "deploy/compose.prod.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  api:
    image: ghcr.io/tidyhanger/api:2.8.1
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@cache:6379/0
      DATABASE_URL: postgres://api:${DB_PASSWORD:?}@db:5432/api
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("json/decoy-firebase-web-config", "pickup-web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@key@@",
  "authDomain": "laundrylane-prod.firebaseapp.com",
  "projectId": "laundrylane-prod",
  "storageBucket": "laundrylane-prod.appspot.com",
  "messagingSenderId": "771830492215",
  "appId": "1:771830492215:web:5d2b9c0e7f1a3b4c6d8e90"
}
""", key=google_key())

add("markdown/decoy-redacted-values", "docs/incidents/2024-05-sms-outage.md", "https://www.twilio.com/docs/iam/credentials/api", """
# 2024-05-02 SMS reminders stopped

**What happened:** the Twilio auth token was rotated in the console but not in the reminder
service, so every send failed with 20003.

Config at the time (values redacted):

```
TWILIO_ACCOUNT_SID=AC****************************71
TWILIO_AUTH_TOKEN=********************************
```

**Fix:** new token stored in Secrets Manager (`prod/reminders/twilio`), service restarted 14:10.
**Follow-up:** rotation runbook now lists every consumer of the token.
""")

add("sql/decoy-password-hashes", "db/seeds/staff_accounts.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Demo staff for the training store (training.localhost); passwords are set on first login
INSERT INTO staff (employee_no, name, role, password_hash, must_reset) VALUES
  (9001, 'Trainee Counter', 'counter', crypt(gen_random_uuid()::text, gen_salt('bf')), true),
  (9002, 'Trainee Presser', 'presser', crypt(gen_random_uuid()::text, gen_salt('bf')), true),
  (9003, 'Trainee Manager', 'manager', crypt(gen_random_uuid()::text, gen_salt('bf')), true);

UPDATE stores SET training_mode = true WHERE store_no = '99';
""")

add("csv/decoy-ticket-ids", "exports/ready_orders_2024-06-11.csv", "https://www.spotpos.com/", """
ticket,customer_id,store,ready_at,pieces,total,barcode,order_uuid
MA-104522,C-88213,14,2024-06-11 09:12,6,41.50,4005021045220,@@u1@@
MA-104523,C-10472,14,2024-06-11 09:15,2,12.00,4005021045237,@@u2@@
MA-104531,C-55120,14,2024-06-11 10:02,11,88.75,4005021045312,@@u3@@
OP-220117,C-90311,3,2024-06-11 10:40,3,19.25,4005032201179,@@u4@@
OP-220118,C-12004,3,2024-06-11 11:05,1,8.50,4005032201186,@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("yaml/decoy-ansible-vault", "ansible/group_vars/stores/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
unifi_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
camera_nvr_user: admin
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(40))

add("python/decoy-webhook-test-fixture", "tests/test_stripe_webhook.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from billing.webhooks import verify

TEST_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={sig}"


def test_valid_signature_is_accepted():
    body = b'{"type": "payment_intent.succeeded"}'
    assert verify(body, sign(body), TEST_SECRET)


def test_tampered_body_is_rejected():
    assert not verify(b"{}", sign(b'{"a": 1}'), TEST_SECRET)
""")

add("python/decoy-regex-patterns", "possync/redact.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Masks card data and tokens before counter notes are exported.\"\"\"
import re

PATTERNS = [
    re.compile(r"\\b(?:\\d[ -]?){13,19}\\b"),          # card numbers
    re.compile(r"sk_live_[0-9a-zA-Z]{24,99}"),      # stripe secret keys
    re.compile(r"AKIA[0-9A-Z]{16}"),                # aws key ids
    re.compile(r"xox[baprs]-[0-9A-Za-z-]{10,}"),     # slack tokens
]


def redact(note: str) -> str:
    for pattern in PATTERNS:
        note = pattern.sub("[REDACTED]", note)
    return note
""")

add("json/decoy-lockfile-integrity", "kiosk-ui/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kiosk-ui",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(64))).decode(),
    i2=base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(64))).decode())

add("shell/decoy-checksum-verify", "ops/install_card_reader_driver.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/bin/sh
# Installs the coin-op card reader USB driver on a store PC
set -e
URL=https://downloads.esdcard.example/drivers/reader-usb-4.2.1.tar.gz
SHA256=@@sha@@
curl -fsSLo /tmp/reader.tgz "$URL"
echo "$SHA256  /tmp/reader.tgz" | sha256sum -c -
tar -xzf /tmp/reader.tgz -C /opt
/opt/reader-usb/install.sh --quiet
""", sha=sha256ish())

add("dockerfile/decoy-build-arg", "docker/pos-sync/Dockerfile.prod", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=gh_token \\
    pip install "git+https://$(cat /run/secrets/gh_token)@github.com/crispline/spot-export.git@v0.9.3" \\
    && pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "possync"]
""")

add("typescript/decoy-mapbox-public-token", "route-board/src/map.ts", "https://docs.mapbox.com/help/glossary/access-token/", """
import mapboxgl from "mapbox-gl";

// public (pk.) token, URL-restricted to routes.washroute.com
mapboxgl.accessToken = "pk.eyJ1Ijoid2FzaHJvdXRlIiwiYSI6ImNs@@body@@";

export function drawBoard(el: HTMLElement) {
  return new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [-83.0, 39.96], zoom: 10 });
}
""", body=fakes.drawn_mixed(_seed(), 20) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_"))

add("markdown/decoy-placeholder-docs", "docs/integrations/cleancloud.md", "https://cleancloudapp.com/api", """
# CleanCloud sync

1. In CleanCloud go to **Admin > API** and create a token for the sync user.
2. Put it in the environment of the sync job:

```bash
export CLEANCLOUD_API_TOKEN=<your-cleancloud-token>
export CLEANCLOUD_STORE_IDS=4412,4413
python -m cleancloud_sync --since yesterday
```

3. Check the `cleancloud_raw.orders` table the next morning.
""")

add("ini/decoy-empty-credentials", "backoffice/settings.sample.ini", "https://docs.python.org/3/library/configparser.html", """
[store]
name = Store name here
timezone = America/Denver

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user =
password =
""")

add("go/decoy-test-dsn", "internal/store/store_test.go", "https://github.com/testcontainers/testcontainers-go", """
package store

import "testing"

// Local throwaway database started by `make test-db` (docker run postgres:16 -e POSTGRES_PASSWORD=test).
const testDSN = "postgres://postgres:test@localhost:55432/garments_test?sslmode=disable"

func TestOpen(t *testing.T) {
	s, err := Open(testDSN)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer s.Close()
}
""")

add("java/decoy-square-application-id", "pos-web/src/main/java/com/plaza/web/CheckoutController.java", "https://developer.squareup.com/docs/web-payments/take-card-payment", """
package com.plaza.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class CheckoutController {
    // Web Payments SDK needs the application id and location id in the page (both public)
    private static final String APP_ID = "sq0idp-@@app@@";
    private static final String LOCATION_ID = "LQ9W3H2K1M0TS";

    @GetMapping("/checkout")
    public String checkout(Model model) {
        model.addAttribute("appId", APP_ID);
        model.addAttribute("locationId", LOCATION_ID);
        return "checkout";
    }
}
""", app=fakes.drawn_mixed(_seed(), 22, ALNUM + "-_"))

add("log/decoy-masked-auth", "logs/pickup-api-2024-06-12.log", "https://docs.python.org/3/library/logging.html", """
2024-06-12T08:01:11Z INFO  request_id=@@r1@@ POST /api/pickups store=14 status=201 ms=88
2024-06-12T08:01:12Z DEBUG outbound POST https://api.onfleet.com/api/v2/tasks auth=Basic ****** status=200
2024-06-12T08:02:40Z INFO  request_id=@@r2@@ GET /api/orders/MA-104522 status=200 ms=12
2024-06-12T08:03:05Z WARN  stripe charge declined customer=cus_Q2x8HkP1aZ3 code=card_declined
2024-06-12T08:03:06Z DEBUG outbound POST https://api.stripe.com/v1/payment_intents key=sk_live_...redacted status=402
""", r1=uuid_s(), r2=uuid_s())

add("yaml/decoy-sentry-dsn", "config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
sentry:
  dsn: https://@@pub@@@o448812.ingest.us.sentry.io/4507182231
  environment: production
  traces_sample_rate: 0.05
  release: pickup-api@3.4.2
""", pub=hexs(32))

add("html/decoy-recaptcha-site-key", "site/templates/contact.html", "https://developers.google.com/recaptcha/docs/display", """
<form action="/contact" method="post" id="quote-form">
  <label>Hotel or restaurant name <input name="company" required></label>
  <label>Pieces per week <input name="pieces" type="number"></label>
  <label>Email <input name="email" type="email" required></label>
  <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
  <button type="submit">Request a linen quote</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", site=fakes.drawn_mixed(_seed(), 38, ALNUM + "-_"))

add("toml/decoy-secret-manager-ref", "services/tagger/config.prod.toml", "https://cloud.google.com/secret-manager/docs/access-secret-version", """
[server]
bind = "0.0.0.0:7070"

[database]
url_secret = "projects/cleanline-prod/secrets/tagger-db-url/versions/latest"
pool_size = 8

[printer]
model = "Zebra ZT230"
""")

add("properties/decoy-placeholder-interpolation", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
server.port=8443
spring.ldap.urls=ldaps://dc01.prestigecleaners.local:636
spring.ldap.username=${LDAP_BIND_DN}
spring.ldap.password=${LDAP_BIND_PASSWORD}
spring.datasource.url=jdbc:postgresql://pg01:5432/pos
spring.datasource.password=${DB_PASSWORD}
""")

add("csv/decoy-machine-serials", "inventory/machines.csv", "https://www.speedqueen.com/commercial/", """
store,machine_no,type,model,serial,card_reader_id,installed
0412,1,washer,SC20MD2,@@s1@@,CR-@@c1@@,2021-03-04
0412,2,washer,SC20MD2,@@s2@@,CR-@@c2@@,2021-03-04
0412,13,dryer,ST030GE,@@s3@@,CR-@@c3@@,2022-08-19
0412,14,dryer,ST030GE,@@s4@@,CR-@@c4@@,2022-08-19
""", s1=fakes.drawn(_seed(), 10, "0123456789"), s2=fakes.drawn(_seed(), 10, "0123456789"),
    s3=fakes.drawn(_seed(), 10, "0123456789"), s4=fakes.drawn(_seed(), 10, "0123456789"),
    c1=hexs(12).upper(), c2=hexs(12).upper(), c3=hexs(12).upper(), c4=hexs(12).upper())

add("ruby/decoy-credentials-lookup", "app/services/onfleet_client.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
class OnfleetClient
  BASE = "https://onfleet.com/api/v2".freeze

  def initialize(key: Rails.application.credentials.dig(:onfleet, :api_key))
    @key = key
  end

  def create_task(payload)
    HTTP.basic_auth(user: @key, pass: "").post("#{BASE}/tasks", json: payload).parse
  end
end
""")

add("kotlin/decoy-buildconfig", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "com.washroute.driver"
    defaultConfig {
        applicationId = "com.washroute.driver"
        minSdk = 26
        versionCode = 58
        versionName = "2.4.0"
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.washroute.com\\"")
    }
}
""")

add("powershell/decoy-secure-string", "scripts/Backup-SpotDatabase.v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/", """
# v2: credentials come from the SecretManagement vault on STORE-SRV01
Import-Module Microsoft.PowerShell.SecretManagement
$cred   = Get-Secret -Name "SpotBackupSql" -Vault StoreVault
$Stamp  = Get-Date -Format "yyyyMMdd"
$Target = "\\\\nas01\\backups\\spot\\SPOT_$Stamp.bak"
Invoke-Sqlcmd -ServerInstance "STORE-SRV01\\SPOT" -Credential $cred `
  -Query "BACKUP DATABASE [SPOT] TO DISK = N'$Target' WITH COMPRESSION, INIT"
""")

add("swift/decoy-keychain-lookup", "LaundryDay/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "com.laundryday.session"

    static func read(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("csharp/decoy-config-binding", "Cleaners.Pos/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://cleaners-pos-kv.vault.azure.net/"),
    new Azure.Identity.DefaultAzureCredential());

var conn = builder.Configuration.GetConnectionString("Pos");
builder.Services.AddDbContext<PosContext>(o => o.UseSqlServer(conn));

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("php/decoy-getenv", "config/mail.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
            'port' => env('MAIL_PORT', 587),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
    'from' => ['address' => 'orders@sunrisecleaners.com', 'name' => 'Sunrise Cleaners'],
];
""")

add("rust/decoy-env-var", "dispatch/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub onfleet_key: String,
    pub depot_hub: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            onfleet_key: env::var("ONFLEET_API_KEY").expect("ONFLEET_API_KEY not set"),
            depot_hub: env::var("DEPOT_HUB_ID").unwrap_or_else(|_| "main".into()),
        }
    }
}
""")

add("ansible/decoy-vault-vars", "ansible/host_vars/pos-db02.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
postgresql_version: 15
postgresql_users:
  - name: pos_app
    password: "{{ vault_pos_app_password }}"
    db: pos
  - name: pos_readonly
    password: "{{ vault_pos_readonly_password }}"
    db: pos
postgresql_backup_dir: /srv/pgbackup
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops", """
stripe:
  secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
redis:
  password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  kms:
    - arn: arn:aws:kms:us-east-2:381927465021:key/6b1f0c2e-9a4d-4e71-b8c3-2f5a7d9e1b04
      created_at: "2024-04-02T17:20:11Z"
  lastmodified: "2024-06-01T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=b64(hexs(24)), iv1=b64(hexs(24)), t1=b64(hexs(12)), d2=b64(hexs(18)), iv2=b64(hexs(24)), t2=b64(hexs(12)), mac=b64(hexs(48)))

add("k8s-secret/decoy-sealed-secret", "k8s/prod/notify-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: notify-secrets
  namespace: crisp
spec:
  encryptedData:
    SENDGRID_API_KEY: AgB@@e1@@
    MAIL_FROM: AgC@@e2@@
  template:
    metadata:
      name: notify-secrets
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("markdown/decoy-aws-example-keys", "docs/dev-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Developer setup

Use your own IAM Identity Center login; never a shared user.

```ini
# ~/.aws/config - the example keys below are AWS's own documentation values
[profile local-minio]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
endpoint_url = http://localhost:9000
```

Then `make dev` starts MinIO, Postgres and the POS API on port 8000.
""")

add("text/decoy-public-key", "deploy/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy access to store servers - one line per person, reviewed quarterly
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ dana@cleanline-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ marco@cleanline-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k3@@ github-actions-deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k4@@ backup@nas-central
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 44, ALNUM + "+/"), k4=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("yaml/decoy-certificate", "config/tls/pos-api-ca.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: pos-api-ca
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("python/decoy-stripe-object-ids", "billing/tests/fixtures.py", "https://docs.stripe.com/api/payment_intents/object", """
\"\"\"Recorded Stripe objects (ids only) used by the billing tests.\"\"\"

PAYMENT_INTENT = {
    "id": "pi_3PJ9aQKc2uR0wqXn1@@a@@",
    "object": "payment_intent",
    "amount": 4150,
    "currency": "usd",
    "customer": "cus_Q2x8HkP1aZ3mVn",
    "latest_charge": "ch_3PJ9aQKc2uR0wqXn1@@b@@",
    "payment_method": "pm_1PJ9aPKc2uR0wqXnH@@c@@",
    "status": "succeeded",
    "metadata": {"ticket": "MA-104522"},
}
PRICE_WASH_FOLD = "price_1PJ8zLKc2uR0wqXnb4F7a9Dd"
""", a=fakes.drawn(_seed(), 10), b=fakes.drawn(_seed(), 10), c=fakes.drawn(_seed(), 10))

add("json/decoy-twilio-message-log", "exports/sms_log_2024-06-10.json", "https://www.twilio.com/docs/messaging/api/message-resource", """
[
  {"sid": "SM@@m1@@", "account_sid": "@@acc@@", "to": "+1312555XXXX", "status": "delivered", "body": "Your order MA-104522 is ready"},
  {"sid": "SM@@m2@@", "account_sid": "@@acc@@", "to": "+1773555XXXX", "status": "delivered", "body": "Your order MA-104523 is ready"},
  {"sid": "SM@@m3@@", "account_sid": "@@acc@@", "to": "+1708555XXXX", "status": "undelivered", "error_code": 30003},
  {"sid": "SM@@m4@@", "account_sid": "@@acc@@", "to": "+1312555XXXX", "status": "delivered", "body": "Reminder: order OP-220117"},
  {"sid": "SM@@m5@@", "account_sid": "@@acc@@", "to": "+1630555XXXX", "status": "delivered", "body": "Your order OP-220118 is ready"}
]
""", acc=twilio_sid(), m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32), m5=hexs(32))

add("shell/decoy-presigned-url", "ops/share_claim_photo.sh", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", """
#!/bin/sh
# Makes a 1-hour link to a damage-claim photo for the insurer
# usage: share_claim_photo.sh MA-104522
KEY="claims/$1.jpg"
aws s3 presign "s3://pristine-press-ticket-photos/$KEY" --expires-in 3600
# example output (expired):
# https://pristine-press-ticket-photos.s3.us-east-2.amazonaws.com/claims/MA-104522.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@akid@@%2F20240611%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20240611T141500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@
""", akid=fakes.aws_key_id(_seed()).replace("AKIA", "ASIA"), sig=sha256ish())

add("html/decoy-paypal-client-id", "site/templates/pay.html", "https://developer.paypal.com/sdk/js/configuration/", """
<!doctype html>
<html lang="en">
<head>
  <title>Pay for your order - Curbside Clean</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD"></script>
</head>
<body>
  <h1>Order {{ order.ticket }}</h1>
  <p>Total: ${{ order.total }}</p>
  <div id="paypal-button-container"></div>
  <script src="/static/pay.js"></script>
</body>
</html>
""", cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("javascript/decoy-braintree-tokenization-key", "pickup-web/src/payments/dropin.js", "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key", """
import dropin from "braintree-web-drop-in";

// Tokenization keys are meant to be shipped in client code (they can only tokenize cards).
const TOKENIZATION_KEY = "production_@@a@@_@@b@@";

export function mountDropin(selector) {
  return dropin.create({ authorization: TOKENIZATION_KEY, container: selector, card: { cardholderName: true } });
}
""", a=fakes.drawn(_seed(), 8, string.ascii_lowercase + string.digits), b=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("typescript/decoy-algolia-search-key", "storefront/src/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// search-only key: safe in the browser, restricted to the services index
const client = algoliasearch("K3J9V0H2T6", "@@key@@");
export const servicesIndex = client.initIndex("services_prod");

export async function findService(q: string) {
  const { hits } = await servicesIndex.search(q, { hitsPerPage: 8 });
  return hits;
}
""", key=hexs(32))

add("html/decoy-analytics-ids", "site/templates/base.html", "https://developers.google.com/tag-platform/gtagjs/install", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Sunrise Cleaners{% endblock %}</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2M9X4LD"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7KQ2M9X4LD');
  </script>
  <script>window.intercomSettings = { app_id: "x8k2m1q9" };</script>
</head>
<body>{% block body %}{% endblock %}</body>
</html>
""")

add("sql/decoy-schema", "db/migrations/0003_customers.sql", "https://www.postgresql.org/docs/current/ddl.html", """
CREATE TABLE customers (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    phone           text NOT NULL UNIQUE,
    email           text,
    password_hash   text,              -- argon2id, set by the web app
    api_token_hash  char(64),          -- sha256 of the mobile app token
    starch_pref     text CHECK (starch_pref IN ('none', 'light', 'medium', 'heavy')),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX customers_email_idx ON customers (lower(email));
""")

add("markdown/decoy-password-policy", "docs/policies/passwords.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Password rules for store staff

- POS logins use your employee number and a PIN of 6 digits; never share a PIN.
- Back-office PCs: at least 14 characters, a passphrase is best (e.g. four random words).
- Never write a password on the counter monitor or the conveyor controller.
- Shared device passwords (NVR, routers, card-system gateways) live only in Keeper,
  folder `Stores/<store number>`.
- Report a leaked password to it@cleanline.net the same day.
""")

add("yaml/decoy-github-oidc", ".github/workflows/deploy-lambda.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy-pickup-lambda
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
          role-to-assume: arn:aws:iam::381927465021:role/gha-pickup-deploy
          aws-region: us-east-1
      - run: sam deploy --no-confirm-changeset
""")

add("log/decoy-webhook-signatures", "logs/stripe-webhooks-2024-06-12.log", "https://docs.stripe.com/webhooks#verify-events", """
2024-06-12T09:14:02Z hook=stripe event=evt_1PQr2sKc2uR0wqXnT0a1b2c3 type=payment_intent.succeeded sig="t=1718183642,v1=@@s1@@" verified=true
2024-06-12T09:20:47Z hook=stripe event=evt_1PQr8YKc2uR0wqXnd4e5f6g7 type=charge.refunded sig="t=1718184047,v1=@@s2@@" verified=true
2024-06-12T09:31:10Z hook=stripe event=evt_1PQrJkKc2uR0wqXnh8i9j0k1 type=invoice.paid sig="t=1718184670,v1=@@s3@@" verified=true
2024-06-12T09:33:55Z hook=stripe event=evt_1PQrMQKc2uR0wqXnl2m3n4o5 type=payment_intent.payment_failed sig="t=1718184835,v1=@@s4@@" verified=true
2024-06-12T09:40:00Z hook=stripe rejected: timestamp outside tolerance
""", s1=sha256ish(), s2=sha256ish(), s3=sha256ish(), s4=sha256ish())

add("csv/decoy-rfid-tags", "plant/exports/rfid_scans_2024-06-12.csv", "https://www.gs1.org/standards/epc-rfid", """
scan_time,reader,epc,garment_type,customer_account,status
2024-06-12 06:02:11,DOCK-IN-1,@@e1@@,chef-coat,GH-HOTEL-01,received
2024-06-12 06:02:11,DOCK-IN-1,@@e2@@,chef-coat,GH-HOTEL-01,received
2024-06-12 06:02:12,DOCK-IN-1,@@e3@@,bath-towel,GH-HOTEL-01,received
2024-06-12 13:45:09,DOCK-OUT-2,@@e4@@,scrub-top,STMARYS,shipped
2024-06-12 13:45:10,DOCK-OUT-2,@@e5@@,scrub-top,STMARYS,shipped
""", e1=hexs(24).upper(), e2=hexs(24).upper(), e3=hexs(24).upper(), e4=hexs(24).upper(), e5=hexs(24).upper())

add("python/decoy-hash-constants", "possync/dedupe.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib

# sha256 of the empty export and of the header-only export: skip these files
EMPTY_EXPORT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
HEADER_ONLY = "@@h@@"


def is_blank(path: str) -> bool:
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return digest in (EMPTY_EXPORT, HEADER_ONLY)
""", h=sha256ish())

add("dockerfile/decoy-image-digest", "docker/label-agent/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM python:3.12-slim@sha256:@@d1@@ AS base
RUN pip install --no-cache-dir pyusb==1.2.1 zebra==0.1.0
COPY agent/ /opt/agent/
ENV PRINTER_MODEL=ZD421 \\
    PRINTER_QUEUE=tags
USER 1000
ENTRYPOINT ["python", "/opt/agent/main.py"]
""", d1=sha256ish())

add("json/decoy-composer-lock", "laundromat-site/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "mailgun/mailgun-php",
            "version": "v4.2.0",
            "source": {"type": "git", "url": "https://github.com/mailgun/mailgun-php.git", "reference": "@@r1@@"},
            "dist": {"type": "zip", "shasum": ""}
        }
    ],
    "minimum-stability": "stable"
}
""", ch=hexs(32), r1=hexs(40))

add("ini/decoy-git-config", "store-pc/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
	name = Store 14 Back Office
	email = store14@pressworks.example
[credential]
	helper = manager
[credential "https://github.com"]
	username = pressworks-bot
[core]
	autocrlf = true
""")

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## 3.4.2 - 2024-06-10
- Fix: VAN-07 routes lost their last stop after a reschedule (@@c1@@).
- Fix: ready-for-pickup SMS sent twice when a ticket was split (@@c2@@).

## 3.4.1 - 2024-05-28
- Add: per-store quiet hours for reminders (@@c3@@).
- Change: the token for the Onfleet API is read from Secrets Manager only (@@c4@@).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("go/decoy-uuid-constants", "internal/stores/ids.go", "https://pkg.go.dev/github.com/google/uuid", """
package stores

// Store ids as issued by the franchise system; stable, not secret.
var ByNumber = map[int]string{
	1:  "@@u1@@",
	2:  "@@u2@@",
	3:  "@@u3@@",
	14: "@@u4@@",
	22: "@@u5@@",
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("terraform/decoy-secretsmanager-data", "infra/lambda.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "onfleet" {
  secret_id = "prod/dispatch/onfleet"
}

resource "aws_lambda_function" "pickup_slots" {
  function_name = "pickup-window-slots"
  role          = aws_iam_role.pickup.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/pickup.zip"
  environment {
    variables = {
      ONFLEET_SECRET_ARN = data.aws_secretsmanager_secret_version.onfleet.arn
    }
  }
}
""")

add("env/decoy-local-dev", "route-api/.env.development", "https://docs.docker.com/compose/how-tos/environment-variables/", """
# local docker compose only; nothing here works outside your laptop
DATABASE_URL=postgresql+psycopg://route_api:route_api@localhost:5432/routes
REDIS_URL=redis://localhost:6379/0
ONFLEET_API_KEY=
STRIPE_SECRET_KEY=
LOG_LEVEL=debug
""")

add("java/decoy-test-card-numbers", "src/test/java/com/crispline/pos/CardMaskTest.java", "https://docs.stripe.com/testing#cards", """
package com.crispline.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CardMaskTest {
    @Test
    void masksAllButLastFour() {
        assertEquals("************4242", CardMask.mask("4242424242424242"));
        assertEquals("************5556", CardMask.mask("4000056655665556"));
    }
}
""")

add("yaml/decoy-openapi-spec", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/", """
openapi: 3.0.3
info:
  title: Pickup API
  version: 3.4.2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Store-Key
security:
  - bearerAuth: []
paths:
  /pickups:
    post:
      summary: Schedule a pickup
      responses:
        "201": { description: created }
""")

add("shell/decoy-read-password", "ops/rotate_redis_password.sh", "https://redis.io/docs/latest/commands/config-set/", """
#!/usr/bin/env bash
# Rotates the cache password: generates one, stores it, then applies it
set -euo pipefail
NEW=$(openssl rand -base64 24)
aws secretsmanager put-secret-value --secret-id prod/cache/redis --secret-string "$NEW"
OLD=$(aws secretsmanager get-secret-value --secret-id prod/cache/redis --version-stage AWSPREVIOUS --query SecretString --output text)
redis-cli -h cache-01.washroute.internal -a "$OLD" --no-auth-warning CONFIG SET requirepass "$NEW"
echo "rotated"
""")

add("notebook/decoy-env-lookup", "analysis/route_times.ipynb", "https://jupyter.org/", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "url = os.environ['ROUTES_RO_DATABASE_URL']\\n",
    "stops = pd.read_sql('select van, stop_minutes from stop_log where day >= current_date - 30', url)\\n",
    "stops.groupby('van').stop_minutes.describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("xml/decoy-maven-encrypted", ".mvn/settings.ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings>
  <servers>
    <server>
      <id>linenco-releases</id>
      <username>ci-deployer</username>
      <password>{@@enc@@}</password>
    </server>
    <server>
      <id>linenco-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", enc=b64(hexs(32)))

add("yaml/decoy-helm-values", "charts/pickup-api/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
replicaCount: 2
image:
  repository: ghcr.io/tidyhanger/pickup-api
  tag: "3.4.2"
env:
  STORE_TIMEZONE: America/Chicago
  STRIPE_SECRET_KEY:
    valueFrom:
      secretKeyRef:
        name: pickup-api-stripe
        key: STRIPE_SECRET_KEY
resources:
  limits: { cpu: 500m, memory: 512Mi }
""")

add("markdown/decoy-truncated-key-docs", "docs/runbooks/stripe-key-rotation.md", "https://docs.stripe.com/keys#rolling-keys", """
# Rolling the Stripe secret key

1. Dashboard > Developers > API keys > **Roll key** on the live secret key (`sk_live_...Xq4`).
2. Set an expiry of 12 hours for the old key.
3. Paste the new key into Secrets Manager `prod/pos/stripe` (never in Slack, never in a ticket).
4. Restart `pickup-api` and the kiosks: `./ops/restart_all.sh`.
5. Check the dashboard's request log shows only the new key (last 4 characters) after an hour.
""")

add("python/decoy-keyring-lookup", "tools/tagprint/publish.py", "https://pypi.org/project/keyring/", """
\"\"\"Release helper: builds tagprint and uploads with the token from the OS keyring.\"\"\"
import subprocess

import keyring

token = keyring.get_password("https://upload.pypi.org/legacy/", "__token__")
if not token:
    raise SystemExit("store the PyPI token first: keyring set https://upload.pypi.org/legacy/ __token__")

subprocess.run(["python", "-m", "build"], check=True)
subprocess.run(["twine", "upload", "dist/*"], check=True, env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": token})
""")

add("csv/decoy-loyalty-cards", "exports/loyalty_members.csv", "https://www.spotpos.com/", """
member_id,card_number,store,points,tier,joined
@@u1@@,6035 7712 0045 1183,14,1820,gold,2019-04-02
@@u2@@,6035 7712 0045 1191,14,240,basic,2023-11-18
@@u3@@,6035 7712 0087 2210,3,905,silver,2021-07-30
@@u4@@,6035 7712 0087 2228,3,15,basic,2024-06-01
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("json/decoy-jwks", "pickup-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
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
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("ruby/decoy-test-factory", "spec/factories/customers.rb", "https://github.com/thoughtbot/factory_bot", """
FactoryBot.define do
  factory :customer do
    first_name { "Test" }
    sequence(:phone) { |n| format("+1312555%04d", n) }
    email { "customer#{phone.last(4)}@example.com" }
    password { "password123" }
    starch_pref { "light" }
  end
end
""")

add("typescript/decoy-config-schema", "apps/pickup-web/src/env.ts", "https://zod.dev/", """
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith("pk_"),
  SENDGRID_API_KEY: z.string().min(20),
});

export const env = schema.parse(process.env);
""")

add("php/decoy-wp-salts-reference", "laundromat-site/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#security-keys", """
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
""")

add("sql/decoy-payment-tokens", "db/queries/refund_report.sql", "https://docs.stripe.com/api/refunds/object", """
-- Refunds issued last month, with the processor's ids for reconciliation
SELECT r.ticket,
       r.amount_cents / 100.0 AS amount,
       r.processor_refund_id,      -- e.g. re_3PJ9aQKc2uR0wqXn1cD8eF2g
       r.processor_charge_id,      -- e.g. ch_3PJ9aQKc2uR0wqXn1aB3cD4e
       s.name AS store
FROM refunds r
JOIN stores s ON s.id = r.store_id
WHERE r.created_at >= date_trunc('month', now()) - interval '1 month'
  AND r.created_at <  date_trunc('month', now())
ORDER BY s.name, r.created_at;
""")

add("ini/decoy-pip-conf", "store-pc/pip.ini", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://nexus.linenco.net/repository/pypi-internal/simple
trusted-host = nexus.linenco.net
timeout = 60
# credentials come from keyring (keyring set nexus.linenco.net ci-deployer)
""")

add("kotlin/decoy-maps-key-resource", "driver-app/app/src/main/java/com/washroute/driver/MapsConfig.kt", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
// Generated by the Secrets Gradle Plugin from local.properties (not committed).
package com.washroute.driver

object MapsConfig {
    val apiKey: String get() = BuildConfig.MAPS_API_KEY
    const val DEFAULT_ZOOM = 12f
    const val DEPOT_LAT = 39.9612
    const val DEPOT_LNG = -82.9988
}
""")

add("yaml/decoy-docker-config-helper", "ops/docker-config.yaml", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
# rendered into ~/.docker/config.json on the build hosts
credsStore: ecr-login
credHelpers:
  381927465021.dkr.ecr.us-east-2.amazonaws.com: ecr-login
  ghcr.io: gh
auths:
  registry.gitlab.com: {}
""")

add("go/decoy-hmac-verify", "internal/hooks/onfleet.go", "https://docs.onfleet.com/reference/secrets", """
package hooks

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"os"
)

func Valid(body []byte, signature string) bool {
	secret, _ := hex.DecodeString(os.Getenv("ONFLEET_WEBHOOK_SECRET"))
	mac := hmac.New(sha512.New, secret)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(signature))
}
""")

add("log/decoy-request-ids", "logs/kiosk-0412-2024-06-12.log", "https://docs.stripe.com/terminal", """
[06:00:01] kiosk 0412 boot v1.6.0
[06:00:04] reader tmr_FbQ2kZ8P0cS4eWyH online (BBPOS WisePOS E)
[07:12:33] topup card=****7731 amount=20.00 pi=pi_3PQs1AKc2uR0wqXn0@@a@@ status=succeeded
[07:40:02] topup card=****1189 amount=10.00 pi=pi_3PQsRZKc2uR0wqXn1@@b@@ status=succeeded
[08:01:15] machine 7 start cycle=normal-hot price=4.25 card=****7731
[08:03:40] machine 13 start cycle=dry-high price=0.25x12 card=****1189
""", a=fakes.drawn(_seed(), 10), b=fakes.drawn(_seed(), 10))

add("powershell/decoy-credential-prompt", "scripts/Set-KioskAutoLogon.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Sets up auto-logon for the kiosk account; asks for the password, never stores it in this file
$cred = Get-Credential -UserName "kiosk" -Message "Kiosk account password"
$plain = $cred.GetNetworkCredential().Password
$path = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
Set-ItemProperty $path AutoAdminLogon 1
Set-ItemProperty $path DefaultUserName $cred.UserName
Set-ItemProperty $path DefaultPassword $plain
Remove-Variable plain
""")

add("toml/decoy-pyproject", "tools/tagprint/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "tagprint"
version = "0.7.1"
description = "Print heat-seal garment tags from SPOT tickets"
requires-python = ">=3.10"
dependencies = ["pyusb>=1.2", "zebra>=0.1"]

[project.urls]
Homepage = "https://github.com/crispline/tagprint"

[tool.hatch.build]
exclude = ["tests/fixtures/*.zpl"]
""")

add("env/decoy-public-web-vars", "pickup-web/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """
# browser-visible values only; server secrets come from the platform's secret store
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_API_BASE=https://api.curbsideclean.com
NEXT_PUBLIC_SENTRY_DSN=https://@@pub@@@o448812.ingest.us.sentry.io/4507182231
NEXT_PUBLIC_GA_ID=G-7KQ2M9X4LD
""", pk=stripe_key("pk_live_"), pub=hexs(32))

add("swift/decoy-publishable-config", "PressPal/Config/Environment.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios", """
import Foundation

enum AppEnvironment {
    static let apiBase = URL(string: "https://api.presspal.app")!
    static let stripePublishableKey = "@@pk@@"
    static let merchantIdentifier = "merchant.app.presspal"
    static let supportPhone = "+1 (415) 555-0163"
}
""", pk=stripe_key("pk_live_"))

add("csharp/decoy-user-secrets-id", "Fabricare.Tags/Fabricare.Tags.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Storage.Blobs" Version="12.19.1" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("shell/decoy-generated-password", "ops/new_store_router.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """
#!/usr/bin/env bash
# Provisions a new store router: makes a random admin password and files it in Keeper
set -euo pipefail
STORE="$1"
PW=$(openssl rand -base64 18)
keeper record-add --folder "Stores/$STORE" --title "Router admin" login=admin password="$PW"
ssh "admin@10.${STORE}.0.1" "set-password admin '$PW'"
unset PW
echo "router for store $STORE provisioned"
""")
