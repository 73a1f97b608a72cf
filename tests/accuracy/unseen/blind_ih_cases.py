"""Blind set IH: garden maintenance and landscaping crews.

Crew scheduling and field-service apps (Jobber, Aspire, LMN), irrigation controllers (Rachio,
Hydrawise), robotic mowers, fleet GPS, weather feeds, invoicing and payments, route planners,
their CI, containers, runbooks, exports and logs, and the decoys such repositories really hold.
Generated fakes only (seeds 3390000-3399999).
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
SEED_LO, SEED_HI = 3390000, 3399999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hedge", "Mulch", "Fescue", "Boxwood", "Clover", "Aspen", "Laurel", "Hosta", "Yarrow", "Privet",
         "Sedum", "Birch", "Rowan", "Fern", "Heather", "Compost", "Thyme", "Juniper", "Acorn", "Bracken"]
LOWER = ["rake", "trowel", "edger", "sprinkler", "barrow", "spade", "shears", "loam", "turf", "bulb",
         "gravel", "pergola", "trellis", "compost", "seedling", "hose"]


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


def upper_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_uppercase + string.digits)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 40, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 40, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def samsara_token() -> str:
    return "samsara_api_" + fakes.drawn(_seed(), 30, ALNUM)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","scope":"api","iat":1764201000}').encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_pair():
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


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
    CASES.append(LabelledCase(f"blind-ih/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/jobber-client-secret", "crew-portal/.env", "Jobber developer docs: OAuth app client secret", """
# Greenway Grounds crew portal
APP_ENV=production
PORT=8080
JOBBER_CLIENT_ID=@@cid@@
JOBBER_CLIENT_SECRET=@@secret@@
JOBBER_REDIRECT_URI=https://portal.greenwaygrounds.com/oauth/jobber/callback
DATABASE_URL=postgres://portal@db.internal:5432/portal
LOG_LEVEL=info
""", secret=hexs(64), cid=uuid_s())

add("python/stripe-secret-key", "billing/charge_seasonal.py", "Stripe API docs: secret keys sk_live_", """
\"\"\"Charge seasonal maintenance contracts on the first of the month.\"\"\"
import stripe

from billing.models import Contract

stripe.api_key = "@@secret@@"


def charge_all(month):
    for contract in Contract.active_for(month):
        stripe.PaymentIntent.create(
            amount=contract.monthly_cents,
            currency="usd",
            customer=contract.stripe_customer,
            description=f"Lawn care {month:%B %Y} - {contract.property_name}",
            off_session=True,
            confirm=True,
        )
""", secret=stripe_key())

add("yaml/rachio-api-key", "config/irrigation.yml", "Rachio public API docs: Bearer API key from app settings", """
irrigation:
  provider: rachio
  base_url: https://api.rach.io/1/public
  api_key: @@secret@@
  skip_when_rain_mm: 6
  zones:
    - name: Front lawn
      minutes: 18
    - name: Rose beds
      minutes: 9
""", secret=uuid_s())

add("json/hydrawise-api-key", "integrations/hydrawise.json", "Hunter Hydrawise API docs: account API key", """
{
  "controller": "HC-12 Riverside HOA",
  "endpoint": "https://api.hydrawise.com/api/v1/statusschedule.php",
  "api_key": "@@secret@@",
  "poll_seconds": 300,
  "zones": [1, 2, 3, 4, 5, 6]
}
""", secret=upper_alnum(4) + "-" + upper_alnum(4) + "-" + upper_alnum(4) + "-" + upper_alnum(4))

add("python/postgres-password", "scheduler/db.py", "psycopg2 docs: connect() keyword arguments", """
import psycopg2


def connect():
    return psycopg2.connect(
        host="crewdb.greenthumb.local",
        dbname="routes",
        user="scheduler",
        password="@@secret@@",
        connect_timeout=5,
    )
""", secret=words_pw())

add("shell/ftp-password", "scripts/pull_nursery_pricelist.sh", "curl manual: --user user:password for FTP", """
#!/usr/bin/env bash
# Pull the wholesale nursery price list every Monday (cron on the office NAS)
set -euo pipefail
OUT=/volume1/pricing/$(date +%Y-%m-%d)-nursery.csv
curl --fail -sS --user "oakhill_landscape:@@secret@@" \\
  ftp://ftp.evergreen-wholesale.com/pricelists/current.csv -o "$OUT"
echo "saved $OUT"
""", secret=rand_pw(14))

add("yaml/smtp-password", "deploy/quote-mailer.yaml", "Spring Boot docs: spring.mail properties", """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: quotes@bloomandbranch.co.uk
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
quotes:
  bcc: office@bloomandbranch.co.uk
""", secret=words_pw())

add("k8s-secret/twilio-auth-token", "k8s/sms-reminders-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: sms-reminders
  namespace: crews
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@sid@@
  TWILIO_AUTH_TOKEN: @@tok@@
""", secret=(_tw := hexs(32)), sid=b64(twilio_sid()), tok=b64(_tw))

add("go/samsara-api-token", "fleet/samsara/client.go", "Samsara API docs: API tokens samsara_api_", """
package samsara

import (
	"net/http"
	"time"
)

const baseURL = "https://api.samsara.com"
const apiToken = "@@secret@@"

func NewRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest("GET", baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return req, nil
}

var Client = &http.Client{Timeout: 15 * time.Second}
""", secret=samsara_token())

add("terraform/aws-secret-access-key", "infra/photos-bucket/main.tf", "Terraform AWS provider docs: static credentials", """
provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "job_photos" {
  bucket = "pinecrest-landscape-job-photos"
}

resource "aws_s3_bucket_lifecycle_configuration" "expire" {
  bucket = aws_s3_bucket.job_photos.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    expiration { days = 730 }
  }
}
""", secret=(_aw := aws_pair())[1], kid=_aw[0])

add("markdown/wifi-controller-password", "docs/handover/riverside-hoa.md", "Rain Bird IQ4 / LNK WiFi module admin page docs", """
# Riverside HOA - handover notes (irrigation)

Controller: Rain Bird ESP-LXME2 in the pump house, LNK2 WiFi module.

- Local admin page: http://192.168.40.12
- Admin user: `admin`
- Admin password: `@@secret@@`
- Rain sensor on terminal SENS, bypassed in winter.

Call Dale before changing the master valve schedule.
""", secret=words_pw())

add("ruby/sendgrid-api-key", "app/mailers/invoice_mailer_setup.rb", "SendGrid docs: API keys start SG.", """
require "sendgrid-ruby"

module InvoiceMailerSetup
  include SendGrid

  def self.client
    @client ||= SendGrid::API.new(api_key: "@@secret@@")
  end

  def self.deliver(to:, subject:, html:)
    mail = Mail.new(Email.new(email: "billing@maplecrestlawns.com"), subject, Email.new(email: to), Content.new(type: "text/html", value: html))
    client.client.mail._("send").post(request_body: mail.to_json)
  end
end
""", secret=sendgrid_key())

add("dockerfile/github-token", "docker/route-optimizer.Dockerfile", "GitHub docs: personal access tokens ghp_", """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir git+https://@@secret@@@github.com/terrafirma-landscapes/route-core.git@v2.3.1
COPY . .
CMD ["python", "-m", "optimizer", "--depot", "yard-north"]
""", secret=fakes.github_token(_seed()))

add("ini/mysql-password", "config/estimator.ini", "MySQL docs: option files [client] password", """
[client]
host = 10.20.0.15
user = estimator
password = @@secret@@
database = takeoffs

[estimator]
mulch_cost_per_yard = 38.50
labor_rate = 55
""", secret=rand_pw(16))

add("typescript/mapbox-secret-token", "src/server/routing.ts", "Mapbox docs: secret tokens sk.", """
import fetch from "node-fetch";

// server-side only: optimization API needs a secret-scoped token
const MAPBOX_TOKEN = "@@secret@@";

export async function optimize(stops: [number, number][]) {
  const coords = stops.map(([lng, lat]) => `${lng},${lat}`).join(";");
  const url = `https://api.mapbox.com/optimized-trips/v1/mapbox/driving/${coords}?access_token=${MAPBOX_TOKEN}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`mapbox ${res.status}`);
  return res.json();
}
""", secret=mapbox_secret())

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI docs: API tokens pypi-", """
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
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("php/square-access-token", "wp-content/plugins/gc-booking/square.php", "Square developer docs: production access tokens EAAA", """
<?php
// Garden Club booking plugin - Square payments for consultation deposits
use Square\\SquareClient;
use Square\\Environment;

function gc_square_client() {
    return new SquareClient([
        'accessToken' => '@@secret@@',
        'environment' => Environment::PRODUCTION,
    ]);
}

function gc_deposit_amount() {
    return 5000; // $50 design consultation
}
""", secret=square_token())

add("compose/redis-password", "docker-compose.yml", "Redis docs: requirepass; Compose command override", """
services:
  api:
    build: .
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
  worker:
    build: .
    command: celery -A crews worker -l info
""", secret=fakes.redis_password(_seed()))

add("csharp/sql-server-password", "FieldOps/appsettings.Production.json", "Microsoft docs: SqlClient connection strings", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "FieldOps": "Server=tcp:sql-fieldops.database.windows.net,1433;Database=fieldops;User ID=fieldops_app;Password=@@secret@@;Encrypt=True;"
  },
  "Crew": { "DefaultStartTime": "07:00" }
}
""", secret=words_pw())

add("java/openweather-api-key", "src/main/java/com/verdant/weather/WeatherClient.java", "OpenWeather docs: appid API key (32 hex)", """
package com.verdant.weather;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class WeatherClient {
    private static final String APP_ID = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String forecast(double lat, double lon) throws Exception {
        URI uri = URI.create("https://api.openweathermap.org/data/3.0/onecall?lat=" + lat + "&lon=" + lon
                + "&exclude=minutely&units=imperial&appid=" + APP_ID);
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return res.body();
    }
}
""", secret=hexs(32))

add("kotlin/husqvarna-client-secret", "app/src/main/java/com/mowfleet/automower/Auth.kt", "Husqvarna Developer Portal: Authentication API client credentials", """
package com.mowfleet.automower

import okhttp3.FormBody
import okhttp3.Request

object Auth {
    private const val APP_KEY = "@@cid@@"
    private const val APP_SECRET = "@@secret@@"

    fun tokenRequest(): Request = Request.Builder()
        .url("https://api.authentication.husqvarnagroup.dev/v1/oauth2/token")
        .post(FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", APP_KEY)
            .add("client_secret", APP_SECRET)
            .build())
        .build()
}
""", secret=uuid_s(), cid=uuid_s())

add("env/quickbooks-client-secret", "invoicing/.env.production", "Intuit developer docs: OAuth 2.0 client id and secret", """
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REALM_ID=9130357312345678
QBO_REDIRECT=https://ops.hollowoaklandscape.com/qbo/callback
INVOICE_TERMS_DAYS=15
""", secret=fakes.drawn_mixed(_seed(), 40), cid=fakes.drawn(_seed(), 48))

add("shell/slack-webhook", "scripts/notify_frost_warning.sh", "Slack docs: incoming webhooks", """
#!/bin/sh
# post a frost warning to #crew-leads when the forecast low drops below 34F
LOW=$(python3 /opt/weather/low_tonight.py)
if [ "$LOW" -lt 34 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Frost tonight (${LOW}F): cover annuals, drain backflow preventers.\\"}" \\
    @@secret@@
fi
""", secret=slack_webhook())

add("python/telegram-bot-token", "bots/crew_checkin_bot.py", "Telegram Bot API docs: bot token", """
import logging

from telegram.ext import Application, CommandHandler

TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def checkin(update, context):
    crew = " ".join(context.args) or "unknown crew"
    await update.message.reply_text(f"Checked in: {crew}. Remember PPE and hydration.")


def main():
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("checkin", checkin))
    app.run_polling()


if __name__ == "__main__":
    main()
""", secret=fakes.telegram_token(_seed()))

add("toml/mailgun-api-key", "config/notifications.toml", "Mailgun docs: private API key", """
[mail]
provider = "mailgun"
domain = "mg.fernandstone.com"
api_key = "@@secret@@"
from = "Fern & Stone <schedule@fernandstone.com>"

[reminders]
days_before = 2
send_hour = 17
""", secret=mailgun_key())

add("rust/ldap-bind-password", "src/directory.rs", "ldap3 crate docs: simple_bind", """
use ldap3::{LdapConn, Scope, SearchEntry};

pub fn crew_leads() -> ldap3::result::Result<Vec<String>> {
    let mut ldap = LdapConn::new("ldaps://dc01.sunridge.local:636")?;
    ldap.simple_bind("CN=svc-fieldapp,OU=Service,DC=sunridge,DC=local", "@@secret@@")?.success()?;
    let (rs, _) = ldap
        .search("OU=Crews,DC=sunridge,DC=local", Scope::Subtree, "(title=Crew Lead)", vec!["cn"])?
        .success()?;
    Ok(rs.into_iter().map(|e| SearchEntry::construct(e).dn).collect())
}
""", secret=words_pw())

add("powershell/admin-password", "it/Set-YardKioskAdmin.ps1", "Microsoft docs: ConvertTo-SecureString -AsPlainText", """
# Re-image script for the yard check-out kiosk (tool crib)
$ErrorActionPreference = "Stop"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$user = Get-LocalUser -Name "kioskadmin" -ErrorAction SilentlyContinue
if ($null -eq $user) {
    New-LocalUser -Name "kioskadmin" -Password $pw -PasswordNeverExpires
    Add-LocalGroupMember -Group "Administrators" -Member "kioskadmin"
} else {
    Set-LocalUser -Name "kioskadmin" -Password $pw
}
Write-Host "kiosk admin ready"
""", secret=words_pw())

add("notebook/google-maps-api-key", "analysis/route_density.ipynb", "Google Maps Platform docs: API keys AIza", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Route density by zip code (spring 2026)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "import pandas as pd\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "jobs = pd.read_csv(\\"jobs_2026q2.csv\\")\\n",
    "jobs[\\"geo\\"] = jobs.address.map(lambda a: gmaps.geocode(a)[0][\\"geometry\\"][\\"location\\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=google_key())

add("yaml/ssh-private-key", "ansible/group_vars/yard_servers/vault_plain.yml", "Ansible docs: group_vars; OpenSSH private keys", """
# TODO: encrypt with ansible-vault before the auditor visits
deploy_user: yardops
deploy_ssh_private_key: |
  @@key@@
backup_target: nas01.cedarlane.local
""", secret=(_pk := pem("OPENSSH")), key=_pk.replace("\n", "\n  "))

add("sql/db-user-password", "db/migrations/0007_reporting_role.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", """
-- reporting role for the owner's Power BI dashboard
CREATE ROLE bi_reader WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE crewops TO bi_reader;
GRANT USAGE ON SCHEMA public TO bi_reader;
GRANT SELECT ON jobs, crews, timesheets, invoices TO bi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO bi_reader;
""", secret=rand_pw(18))

add("python/aspire-basic-credentials", "integrations/aspire_sync.py", "RFC 7617: HTTP Basic authentication", """
import requests

ASPIRE_URL = "https://cloud-api.youraspire.com/Opportunities"
# service login for the nightly sync (base64 of user:password)
HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}


def pull_opportunities(since):
    r = requests.get(ASPIRE_URL, headers=HEADERS, params={"$filter": f"ModifiedDate gt {since}"}, timeout=30)
    r.raise_for_status()
    return r.json()
""", secret=b64("sync@stonebridgelandscape.com:" + words_pw()))

add("python/hydrawise-api-key", "tools/hydrawise_report.py", "Hunter Hydrawise API docs: api_key query parameter", """
import requests

# split so the grep in the pre-commit hook stops complaining
API_KEY = ("@@a@@"
           "@@b@@")


def water_used(controller_id):
    r = requests.get("https://api.hydrawise.com/api/v1/statusschedule.php",
                     params={"api_key": API_KEY, "controller_id": controller_id}, timeout=20)
    return r.json().get("watering_time_total")
""", secret=(_sk := upper_alnum(4) + "-" + upper_alnum(4) + "-" + upper_alnum(4) + "-" + upper_alnum(4)), a=_sk[:9], b=_sk[9:])

add("xml/smtp-password", "web/Web.config", "Microsoft docs: system.net mailSettings smtp network", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="estimates@willowbendgardens.com" deliveryMethod="Network">
        <network host="smtp.sendgrid.net" port="587" userName="apikey" password="@@secret@@" enableSsl="true" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="EstimateValidDays" value="30" />
  </appSettings>
</configuration>
""", secret=sendgrid_key())

add("properties/db-password", "src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource properties", """
server.port=8081
spring.datasource.url=jdbc:postgresql://pg-prod.lawnpro.internal:5432/lawnpro
spring.datasource.username=lawnpro_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
lawnpro.route.max-stops=24
""", secret=words_pw())

add("swift/jobber-api-token", "CrewApp/Sources/Networking/JobberAPI.swift", "Jobber developer docs: GraphQL API bearer access token", """
import Foundation

enum JobberAPI {
    static let endpoint = URL(string: "https://api.getjobber.com/api/graphql")!
    // long-lived token from the office account, replace with OAuth later
    static let accessToken = "@@secret@@"

    static func request(query: String) -> URLRequest {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(accessToken)", forHTTPHeaderField: "Authorization")
        req.setValue("2025-01-20", forHTTPHeaderField: "X-JOBBER-GRAPHQL-VERSION")
        req.httpBody = try? JSONSerialization.data(withJSONObject: ["query": query])
        return req
    }
}
""", secret=jwt_like())

add("log/postgres-password", "logs/worker-2026-04-14.log", "SQLAlchemy docs: database URLs", """
2026-04-14 05:58:01,102 INFO  worker starting, pid=4121
2026-04-14 05:58:01,340 INFO  config loaded from /etc/crewops/worker.toml
2026-04-14 05:58:01,341 DEBUG engine url=postgresql+psycopg2://crewops:@@secret@@@10.0.4.21:5432/crewops
2026-04-14 05:58:02,009 INFO  12 routes scheduled for 2026-04-14
2026-04-14 05:58:02,118 WARNING crew 7 has no trailer assigned
2026-04-14 06:00:00,001 INFO  heartbeat ok
""", secret=rand_pw(20))

add("csv/vendor-portal-password", "exports/vendor_logins_2026.csv", "RFC 4180: CSV", """
vendor,portal,username,password,notes
SiteOne,https://www.siteone.com,purchasing@elmridgelandscape.com,@@secret@@,net-30 account
Ewing Irrigation,https://www.ewingirrigation.com,elmridge,see office safe,
Stihl dealer,https://dealer.example-stihl-dealer.com,elmridge-shop,ask Marta,parts only
Home Depot Pro,https://www.homedepot.com/c/Pro,office@elmridgelandscape.com,(SSO),
""", secret=words_pw())

add("plist/aspire-client-secret", "ios/CrewTime/Config/Secrets.plist", "Apple docs: property list; Aspire API client secret", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>AspireClientId</key>
    <string>crewtime-ios</string>
    <key>AspireClientSecret</key>
    <string>@@secret@@</string>
    <key>SupportEmail</key>
    <string>it@brightblade.com</string>
</dict>
</plist>
""", secret=fakes.drawn_mixed(_seed(), 48))

add("ansible/router-password", "ansible/roles/yard_router/defaults/main.yml", "Ansible docs: role defaults; RouterOS API login", """
---
yard_router_host: 192.168.88.1
yard_router_api_port: 8729
yard_router_user: ansible
yard_router_password: "@@secret@@"
yard_router_guest_ssid: Greenfield-Guest
yard_router_vlans:
  - { id: 10, name: office }
  - { id: 20, name: cameras }
  - { id: 30, name: guest }
""", secret=words_pw())

add("github-actions/aws-secret-access-key", ".github/workflows/deploy-photos.yml", "AWS docs: configure-aws-credentials action inputs", """
name: deploy photo-upload lambda
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
          aws-region: us-west-2
      - run: sam deploy --no-confirm-changeset --stack-name photo-upload
""", secret=(_aw2 := aws_pair())[1], kid=_aw2[0])

add("env/samsara-api-token", "fleet-sync/.env", "Samsara API docs: API tokens samsara_api_", """
SAMSARA_API_TOKEN=@@secret@@
SAMSARA_ORG=greenpath-landscaping
FLEET_SYNC_INTERVAL=120
IDLE_ALERT_MINUTES=15
GEOFENCE_RADIUS_M=150
""", secret=samsara_token())

add("python/slack-bot-token", "ops/slack_daily_board.py", "Slack docs: bot tokens xoxb-", """
from slack_sdk import WebClient

from ops.board import todays_jobs

client = WebClient(token="@@secret@@")


def post_board():
    lines = [f"*{j.crew}* - {j.address} ({j.service})" for j in todays_jobs()]
    client.chat_postMessage(channel="#dispatch", text="\\n".join(lines) or "No jobs today")


if __name__ == "__main__":
    post_board()
""", secret=slack_bot())

add("yaml/mqtt-password", "mower-bridge/config.yaml", "Eclipse Mosquitto docs: username/password authentication", """
mqtt:
  host: mqtt.greenlinegrounds.net
  port: 8883
  tls: true
  username: mower-bridge
  password: "@@secret@@"
  topic_prefix: fleet/mowers
automower:
  poll_seconds: 60
""", secret=rand_pw(22))

add("json/firebase-service-account", "functions/serviceAccount.json", "Google Cloud docs: service account key files", """
{
  "type": "service_account",
  "project_id": "leafline-crew-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x1y2z@leafline-crew-app.iam.gserviceaccount.com",
  "client_id": "104829301928374650123",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=(_pk2 := pem("").replace("  PRIVATE", " PRIVATE")).splitlines()[1], kid=hexs(40), pk=_pk2.replace("\n", "\\n") + "\\n")

add("go/postgres-url-password", "cmd/timesheets/main.go", "pgx docs: connection string URL", """
package main

import (
	"context"
	"log"

	"github.com/jackc/pgx/v5"
)

func main() {
	conn, err := pgx.Connect(context.Background(), "postgres://timesheets:@@secret@@@pg.brookside.internal:5432/timesheets?sslmode=require")
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer conn.Close(context.Background())
	log.Println("timesheets service ready")
}
""", secret=rand_pw(16))

add("markdown/camera-nvr-password", "docs/runbooks/yard-cameras.md", "Hikvision NVR admin docs", """
# Yard cameras runbook

The NVR in the equipment barn records the fuel pump, trailer lot and gate.

| Item | Value |
|------|-------|
| NVR address | 10.30.0.5 |
| Login | admin |
| Password | @@secret@@ |
| Retention | 30 days |

If the gate camera drops, power-cycle the PoE switch (rack shelf 2).
""", secret=words_pw())

add("typescript/stripe-restricted-key", "apps/booking/src/lib/stripe.ts", "Stripe docs: restricted keys rk_live_", """
import Stripe from "stripe";

// restricted key: write on PaymentIntents and Customers only
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
});

export async function depositIntent(customerId: string, cents: number) {
  return stripe.paymentIntents.create({ customer: customerId, amount: cents, currency: "usd" });
}
""", secret=stripe_key("rk_live_"))

add("terraform/database-password", "infra/rds/crewops.tf", "Terraform AWS provider docs: aws_db_instance password", """
resource "aws_db_instance" "crewops" {
  identifier          = "crewops-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "crewops_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  deletion_protection = true
}
""", secret=rand_pw(24))

add("shell/sftp-password", "scripts/upload_payroll.sh", "sshpass man page: -p password", """
#!/bin/bash
# Send the weekly crew hours export to the payroll provider
set -e
FILE=/srv/exports/hours_$(date +%G-W%V).csv
/usr/local/bin/export_hours --week last > "$FILE"
sshpass -p '@@secret@@' sftp -oBatchMode=no payroll_acme_lawn@sftp.paylinehr.com <<< "put $FILE /inbound/"
rm -f "$FILE"
""", secret=words_pw())

add("java/twilio-auth-token", "src/main/java/com/fieldcrew/sms/SmsConfig.java", "Twilio docs: Twilio.init(accountSid, authToken)", """
package com.fieldcrew.sms;

import com.twilio.Twilio;
import org.springframework.context.annotation.Configuration;
import jakarta.annotation.PostConstruct;

@Configuration
public class SmsConfig {
    static final String ACCOUNT_SID = "@@sid@@";
    static final String AUTH_TOKEN = "@@secret@@";

    @PostConstruct
    void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
""", secret=hexs(32), sid=twilio_sid())

add("ruby/database-url-password", "config/database.yml", "Rails guides: database.yml url", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: lawnbook_dev

production:
  <<: *default
  url: postgres://lawnbook:@@secret@@@lawnbook-db.c9x1.us-east-1.rds.amazonaws.com/lawnbook
""", secret=rand_pw(20))

add("k8s-secret/stripe-webhook-secret", "k8s/payments/webhook-secret.yaml", "Stripe docs: webhook signing secrets whsec_", """
apiVersion: v1
kind: Secret
metadata:
  name: payments-webhook
  namespace: billing
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  WEBHOOK_PATH: /hooks/stripe
""", secret=fakes.fake("whsec_", 32, _seed()))

add("ini/odbc-password", "etc/odbc.ini", "unixODBC docs: DSN entries", """
[LandscapeERP]
Description = Aspire reporting replica
Driver      = ODBC Driver 18 for SQL Server
Server      = erp-replica.evergreenpros.local,1433
Database    = AspireReporting
UID         = report_svc
PWD         = @@secret@@
TrustServerCertificate = yes
""", secret=words_pw())

add("json/npm-token", "frontend/.npmrc.json-backup", "npm docs: auth tokens npm_", """
{
  "registry": "https://registry.npmjs.org/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "scope": "@sagebrush-landscapes",
  "always-auth": true,
  "saved": "2026-02-11"
}
""", secret=npm_token())

add("dockerfile/tomorrow-io-api-key", "services/weather/Dockerfile", "Docker docs: ENV instruction; Tomorrow.io API key", """
FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV TOMORROW_API_KEY=@@secret@@
ENV FORECAST_HOURS=48
EXPOSE 3000
CMD ["node", "index.js"]
""", secret=fakes.drawn_mixed(_seed(), 32))

add("python/smtp-password", "reports/weekly_owner_report.py", "Python docs: smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

from reports.build import build_pdf


def send(pdf_path):
    msg = EmailMessage()
    msg["Subject"] = "Weekly jobs & revenue"
    msg["From"] = "reports@tallpinesgarden.com"
    msg["To"] = "owner@tallpinesgarden.com"
    msg.set_content("Report attached.")
    with open(pdf_path, "rb") as f:
        msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename="weekly.pdf")
    with smtplib.SMTP("smtp.gmail.com", 587) as s:
        s.starttls()
        s.login("reports@tallpinesgarden.com", "@@secret@@")
        s.send_message(msg)


if __name__ == "__main__":
    send(build_pdf())
""", secret="".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("python/aws-secret-access-key", "photos/upload_before_after.py", "boto3 docs: client credentials arguments", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload(job_id, path, stage):
    key = f"jobs/{job_id}/{stage}/{path.rsplit('/', 1)[-1]}"
    s3.upload_file(path, "sunnyside-landscape-photos", key, ExtraArgs={"ContentType": "image/jpeg"})
    return key
""", secret=(_aw3 := aws_pair())[1], kid=_aw3[0])

add("env/google-maps-api-key", "route-planner/.env.local", "Google Maps Platform docs: server-side Directions API key", """
NEXT_PUBLIC_APP_NAME=Route Planner
GOOGLE_DIRECTIONS_KEY=@@secret@@
DEPOT_LAT=44.9778
DEPOT_LNG=-93.2650
MAX_STOPS_PER_CREW=18
""", secret=google_key())

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens glpat-", """
stages: [test, package]

variables:
  PIP_INDEX_URL: https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[dev]
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - python -m build
""", secret=gitlab_token())

add("python/django-secret-key", "crewhub/settings/production.py", "Django docs: SECRET_KEY", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["hub.lakeshorelandscapes.com"]
CSRF_TRUSTED_ORIGINS = ["https://hub.lakeshorelandscapes.com"]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
""", secret=fakes.django_secret_key(_seed()))

add("shell/mysql-password", "scripts/backup_estimates.sh", "MySQL docs: mysqldump -p<password>", """
#!/bin/bash
# nightly dump of the estimating database to the office NAS
STAMP=$(date +%F)
mysqldump -h 10.20.0.15 -u backup -p'@@secret@@' --single-transaction takeoffs \\
  | gzip > /mnt/nas/backups/takeoffs-$STAMP.sql.gz
find /mnt/nas/backups -name 'takeoffs-*.sql.gz' -mtime +30 -delete
""", secret=words_pw())

add("json/openai-api-key", "plant-id-bot/config.json", "OpenAI docs: API keys sk-proj-", """
{
  "bot_name": "PlantID helper",
  "model": "gpt-4o-mini",
  "openai_api_key": "@@secret@@",
  "max_photo_mb": 8,
  "answer_style": "short, name the plant, note if invasive in MN"
}
""", secret=fakes.openai_key(_seed()))

add("go/smtp-password", "internal/notify/mail.go", "Go docs: net/smtp PlainAuth", """
package notify

import "net/smtp"

const (
	smtpHost = "smtp.mailgun.org"
	smtpUser = "postmaster@mg.birchwoodgrounds.com"
	smtpPass = "@@secret@@"
)

func SendQuote(to, body string) error {
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
	msg := []byte("Subject: Your landscape quote\\r\\n\\r\\n" + body)
	return smtp.SendMail(smtpHost+":587", auth, smtpUser, []string{to}, msg)
}
""", secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("k8s-secret/postgres-password", "k8s/db/crewops-db-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: crewops-db
  namespace: crewops
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", secret=(_dbp := rand_pw(20)), u=b64("crewops"), p=b64(_dbp), d=b64("crewops"))

add("typescript/twilio-auth-token", "src/sms/sendReminder.ts", "Twilio docs: twilio(accountSid, authToken)", """
import twilio from "twilio";

const client = twilio("@@sid@@", "@@secret@@");

export async function sendReminder(phone: string, date: string, crew: string) {
  return client.messages.create({
    from: "+16125550188",
    to: phone,
    body: `Reminder: ${crew} will be at your property on ${date}. Please unlock side gates.`,
  });
}
""", secret=hexs(32), sid=twilio_sid())

add("ini/pypi-token", ".pypirc", "Python Packaging docs: .pypirc", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("markdown/wifi-password", "docs/sites/hillside-estate.md", "Site access notes (alarm panel installer code)", """
# Hillside Estate (Whitcomb residence)

Weekly crew: Tue. Gate code is on the work order.

## Irrigation
- Rachio 3, 16 zones, on the house WiFi.
- WiFi network `Whitcomb-Garden`, password `@@secret@@`
- Drip zones 11-14 run from the garage manifold.

## Notes
Dog in the back yard on Fridays, keep the side gate latched.
""", secret=words_pw())

add("php/mysql-password", "estimator/includes/db.php", "PHP docs: PDO MySQL DSN", """
<?php
$dsn = 'mysql:host=localhost;dbname=greenacre_estimates;charset=utf8mb4';
$pdo = new PDO($dsn, 'greenacre_web', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
]);

function estimate_by_id(PDO $pdo, int $id): ?array {
    $st = $pdo->prepare('SELECT * FROM estimates WHERE id = ?');
    $st->execute([$id]);
    return $st->fetch() ?: null;
}
""", secret=words_pw())

add("github-actions/slack-webhook", ".github/workflows/nightly-schedule.yml", "Slack docs: incoming webhooks", """
name: nightly schedule build
on:
  schedule:
    - cron: "30 3 * * 1-6"
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m schedule.build --date tomorrow
      - if: failure()
        run: curl -s -X POST -d '{"text":"nightly schedule failed"}' "$SLACK_WEBHOOK_URL"
""", secret=slack_webhook())

add("python/husqvarna-client-secret", "mowers/automower_fleet.py", "Husqvarna Developer Portal: Automower Connect API", """
\"\"\"Pull robotic mower status for the commercial sites we service.\"\"\"
import requests

AUTH_URL = "https://api.authentication.husqvarnagroup.dev/v1/oauth2/token"
API_URL = "https://api.amc.husqvarna.dev/v1/mowers"
APP_KEY = "@@cid@@"
APP_SECRET = "@@secret@@"


def token():
    r = requests.post(AUTH_URL, data={"grant_type": "client_credentials", "client_id": APP_KEY, "client_secret": APP_SECRET}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def mowers():
    t = token()
    r = requests.get(API_URL, headers={"Authorization": f"Bearer {t}", "X-Api-Key": APP_KEY, "Authorization-Provider": "husqvarna"}, timeout=20)
    return [m["attributes"]["system"]["name"] for m in r.json()["data"]]
""", secret=uuid_s(), cid=uuid_s())

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "Terraform Cloudflare provider docs: api_token", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = "@@zone@@"
  name    = "book"
  type    = "CNAME"
  value   = "booking-app.fly.dev"
  proxied = true
}
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("xml/maven-settings-password", "ci/settings.xml", "Maven docs: settings.xml servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>greenline-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>greenline-nexus</id>
      <url>https://nexus.greenlinegrounds.net/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(18))

add("ruby/shopify-access-token", "lib/tasks/sync_garden_shop.rake", "Shopify docs: Admin API access tokens shpat_", """
namespace :shop do
  desc "Sync seed and mulch inventory to the garden shop"
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "fernhollow-garden-shop.myshopify.com",
      access_token: "@@secret@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    Product.where(sync: true).find_each do |p|
      client.put(path: "inventory_levels/set", body: { inventory_item_id: p.shopify_item, available: p.on_hand, location_id: 71234567 })
    end
  end
end
""", secret=shopify_token())

add("yaml/azure-client-secret", "config/sharepoint-sync.yaml", "Microsoft identity platform docs: client secrets", """
sharepoint:
  tenant_id: @@tid@@
  client_id: @@cid@@
  client_secret: "@@secret@@"
  site: https://ashgrovelandscape.sharepoint.com/sites/Estimating
  library: Plans and Takeoffs
sync:
  local_dir: /data/plans
  interval_minutes: 30
""", secret=upper_alnum(3).lower() + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tid=uuid_s(), cid=uuid_s())

add("env/redis-url", "worker/.env", "Redis docs: redis:// URI with password", """
CELERY_BROKER_URL=redis://default:@@secret@@@redis-14532.c1.us-east-1-2.ec2.cloud.redislabs.com:14532/0
CELERY_RESULT_BACKEND=redis://default:@@secret@@@redis-14532.c1.us-east-1-2.ec2.cloud.redislabs.com:14532/1
ROUTE_BUILD_QUEUE=routes
WEATHER_QUEUE=weather
WORKER_CONCURRENCY=4
""", secret=fakes.redis_password(_seed()))

add("csharp/quickbooks-client-secret", "Billing/QboOAuth.cs", "Intuit docs: OAuth2Client(clientId, clientSecret, redirectURI, environment)", """
using Intuit.Ipp.OAuth2PlatformClient;

namespace GreenField.Billing
{
    public static class QboOAuth
    {
        private const string ClientId = "AB@@cid@@";
        private const string ClientSecret = "@@secret@@";
        private const string RedirectUri = "https://billing.greenfieldlawn.com/qbo/callback";

        public static OAuth2Client Create() =>
            new OAuth2Client(ClientId, ClientSecret, RedirectUri, "production");
    }
}
""", secret=fakes.drawn_mixed(_seed(), 40), cid=fakes.drawn(_seed(), 48))

add("log/webhook-basic-password", "logs/nginx/access-2026-06-02.log", "nginx docs: access log; RFC 3986 userinfo", """
10.0.1.14 - - [02/Jun/2026:06:01:12 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.1.14 - - [02/Jun/2026:06:02:44 +0000] "GET /api/routes?date=2026-06-02 HTTP/1.1" 200 5120 "-" "CrewApp/3.4"
10.0.1.22 - - [02/Jun/2026:06:03:09 +0000] "POST /hooks/forward?target=https://dispatch:@@secret@@@dispatch.oakmontlawn.com/inbound HTTP/1.1" 202 0 "-" "curl/8.5.0"
10.0.1.14 - - [02/Jun/2026:06:04:30 +0000] "GET /api/crews HTTP/1.1" 200 884 "-" "CrewApp/3.4"
10.0.1.14 - - [02/Jun/2026:06:05:01 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""", secret=rand_pw(16))

add("swift/weather-api-key", "CrewApp/Sources/Weather/WeatherService.swift", "OpenWeather docs: appid API key", """
import Foundation

struct WeatherService {
    private let apiKey = "@@secret@@"

    func hourly(lat: Double, lon: Double) async throws -> Data {
        var c = URLComponents(string: "https://api.openweathermap.org/data/2.5/forecast")!
        c.queryItems = [
            URLQueryItem(name: "lat", value: String(lat)),
            URLQueryItem(name: "lon", value: String(lon)),
            URLQueryItem(name: "appid", value: apiKey),
        ]
        let (data, _) = try await URLSession.shared.data(from: c.url!)
        return data
    }
}
""", secret=hexs(32))

add("ansible/smb-password", "ansible/playbooks/mount_plans_share.yml", "Ansible docs: ansible.posix.mount with cifs options", """
- name: Mount the plans share on the design workstation
  hosts: design
  become: true
  tasks:
    - name: cifs-utils present
      ansible.builtin.apt:
        name: cifs-utils
        state: present
    - name: mount //nas01/plans
      ansible.posix.mount:
        src: //nas01.cedarlane.local/plans
        path: /mnt/plans
        fstype: cifs
        opts: "username=designer,password=@@secret@@,uid=1000,vers=3.0"
        state: mounted
""", secret=words_pw())

add("python/lmn-password", "legacy/lmn_export.py", "LMN (Landscape Management Network) export; string concatenation", """
import requests

LMN_USER = "office@quailrunlandscape.com"
LMN_PASS = "@@a@@" + "@@b@@"


def export_timesheets(week):
    s = requests.Session()
    s.post("https://my.golmn.com/login", data={"email": LMN_USER, "password": LMN_PASS}, timeout=30)
    r = s.get("https://my.golmn.com/timesheets/export", params={"week": week}, timeout=60)
    r.raise_for_status()
    return r.content
""", secret=(_spw := words_pw()), a=_spw[:6], b=_spw[6:])

add("properties/ftp-password", "config/dealer-feed.properties", "Apache Commons Net FTP; Java properties", """
# parts catalogue from the outdoor power equipment dealer
dealer.ftp.host=ftp.northstaroutdoorpower.com
dealer.ftp.port=21
dealer.ftp.user=ashgrove_parts
dealer.ftp.password=@@secret@@
dealer.ftp.remoteDir=/catalog/weekly
dealer.feed.schedule=0 0 4 * * MON
""", secret=rand_pw(12))

add("json/vscode-sftp-password", ".vscode/sftp.json", "vscode-sftp extension docs: sftp.json", """
{
  "name": "booking site",
  "host": "sftp.wp-host.net",
  "protocol": "sftp",
  "port": 22,
  "username": "rosebay",
  "password": "@@secret@@",
  "remotePath": "/www/rosebaygardens.com/wp-content/themes/rosebay",
  "uploadOnSave": true
}
""", secret=words_pw())

add("compose/postgres-password", "stack/compose.yaml", "Docker Hub postgres image docs: POSTGRES_PASSWORD", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: greenbook
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: greenbook
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: ghcr.io/greenbook-landscape/app:2.1.0
    ports: ["8000:8000"]
volumes:
  pgdata: {}
""", secret=rand_pw(22))

add("toml/github-fine-grained-token", "tools/release-notes/config.toml", "GitHub docs: fine-grained personal access tokens", """
[github]
owner = "evergreen-grounds"
repo = "crew-app"
token = "@@secret@@"

[notes]
since_tag = "v3.3.0"
sections = ["Features", "Fixes", "Crew app"]
""", secret=fakes.github_fine_grained_token(_seed()))

add("sql/linked-server-password", "db/ops/add_linked_server.sql", "Microsoft docs: sp_addlinkedsrvlogin", """
-- link the old Service Autopilot export DB so reports can join historic jobs
EXEC sp_addlinkedserver @server = N'SA_ARCHIVE', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'10.40.0.9';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SA_ARCHIVE', @useself = N'FALSE',
     @locallogin = NULL, @rmtuser = N'sa_reader', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM SA_ARCHIVE.SAExport.dbo.Jobs ORDER BY CompletedOn DESC;
""", secret=words_pw())

add("shell/telegram-bot-token", "scripts/storm_alert.sh", "Telegram Bot API docs: sendMessage", """
#!/bin/bash
# storm alert to the crew leads Telegram group
BOT="@@secret@@"
CHAT="-1001934281177"
MSG="Severe storm warning: bring crews in, secure trailers and blowers."
curl -s "https://api.telegram.org/bot${BOT}/sendMessage" \\
  --data-urlencode "chat_id=${CHAT}" --data-urlencode "text=${MSG}" > /dev/null
""", secret=fakes.telegram_token(_seed()))

add("shell/stripe-secret-key", "scripts/refund_storm_credit.sh", "Stripe API docs: curl -u sk_live_...:", """
#!/bin/bash
# one-off: refund storm-cancelled visits (list in refunds.txt, one payment intent per line)
while read -r PI; do
  curl -s https://api.stripe.com/v1/refunds \\
    -u @@secret@@: \\
    -d payment_intent="$PI" \\
    -d reason=requested_by_customer
done < refunds.txt
""", secret=stripe_key())

add("ini/netrc-password", "ops/dotfiles/.netrc", "GNU inetutils docs: .netrc machine login password", """
machine ftp.evergreen-wholesale.com
  login oakhill_landscape
  password @@secret@@

machine api.getjobber.com
  login office@oakhilllandscape.com
  password see-1password
""", secret=rand_pw(15))

add("json/docker-config-auth", "ci/docker/config.json", "Docker docs: config.json auths (base64 user:password)", """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": ""
}
""", secret=b64("greenpath-ci:" + fakes.github_token(_seed())))

add("ini/pip-conf-password", "deploy/pip.conf", "pip docs: configuration files index-url", """
[global]
index-url = https://deploy:@@secret@@@pypi.greenlinegrounds.net/simple/
extra-index-url = https://pypi.org/simple
timeout = 60

[install]
trusted-host = pypi.greenlinegrounds.net
""", secret=rand_pw(24))

add("yaml/kubeconfig-token", "ops/kube/crewops-prod.kubeconfig", "Kubernetes docs: kubeconfig users token", """
apiVersion: v1
kind: Config
clusters:
  - name: crewops-prod
    cluster:
      server: https://k8s.evergreengrounds.com:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: crewops-prod
    context: {cluster: crewops-prod, user: deployer, namespace: crewops}
current-context: crewops-prod
users:
  - name: deployer
    user:
      token: @@secret@@
""", secret=jwt_like(), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rand_pw(60) + "\n-----END CERTIFICATE-----\n"))

add("python/google-oauth-client-secret", "calendar_sync/credentials.py", "Google Identity docs: OAuth client secrets GOCSPX-", """
\"\"\"Sync crew schedules into the shared Google Calendar.\"\"\"
from google_auth_oauthlib.flow import InstalledAppFlow

CLIENT_CONFIG = {
    "installed": {
        "client_id": "@@cid@@.apps.googleusercontent.com",
        "client_secret": "@@secret@@",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "redirect_uris": ["http://localhost"],
    }
}


def credentials():
    flow = InstalledAppFlow.from_client_config(CLIENT_CONFIG, ["https://www.googleapis.com/auth/calendar"])
    return flow.run_local_server(port=0)
""", secret="GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("env/mailchimp-api-key", "newsletter/.env", "Mailchimp Marketing API docs: API key with datacenter suffix", """
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_LIST_ID=a1b2c3d4e5
NEWSLETTER_FROM=Seasons by Hollybrook
NEWSLETTER_REPLY_TO=hello@hollybrookgardens.com
""", secret=hexs(32) + "-us21")

add("typescript/hubspot-private-app-token", "crm/src/hubspot.ts", "HubSpot docs: private app access tokens pat-na1-", """
import { Client } from "@hubspot/api-client";

export const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertLead(email: string, address: string, service: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, address, landscape_service: service, lifecyclestage: "lead" },
  });
}
""", secret="pat-na1-" + uuid_s())

add("shell/ssh-private-key", "provision/yard_pi_setup.sh", "OpenSSH docs: private key files", """
#!/bin/bash
# Raspberry Pi at the yard gate: pull the deploy key so it can fetch the gate app
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_ed25519
git clone git@github.com:stonecrest-landscape/gate-app.git /opt/gate-app
""", secret=pem("OPENSSH"))

add("go/discord-webhook", "cmd/equipment-alerts/main.go", "Discord docs: webhooks execute", """
package main

import (
	"bytes"
	"net/http"
)

const webhook = "https://discord.com/api/webhooks/@@wid@@/@@secret@@"

func alert(msg string) error {
	body := []byte(`{"content":"` + msg + `"}`)
	_, err := http.Post(webhook, "application/json", bytes.NewReader(body))
	return err
}

func main() {
	_ = alert("Mower #7 blade service overdue (52 h since last sharpen)")
}
""", secret=fakes.drawn(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("csharp/twilio-api-key-secret", "Notifications/SmsSender.cs", "Twilio docs: API key SID and secret", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace GreenField.Notifications
{
    public static class SmsSender
    {
        public static void Init()
        {
            TwilioClient.Init("@@ks@@", "@@secret@@", "@@sid@@");
        }

        public static void Send(string to, string body) =>
            MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+16125550177"), body: body);
    }
}
""", secret=fakes.drawn_mixed(_seed(), 32), ks="SK" + hexs(32), sid=twilio_sid())

add("markdown/fleet-portal-password", "docs/onboarding/office-manager.md", "Onboarding notes listing system logins", """
# Office manager onboarding

1. Jobber: invite sent to your email, set your own password.
2. QuickBooks Online: ask the owner for a seat.
3. Fleet tracking (Verizon Connect Reveal):
   - shared login `dispatch@pinehavenlandscape.com`
   - password `@@secret@@`
4. Payroll (Gusto): owner adds you as admin.
5. Nursery orders: SiteOne account number 4471902 (no login needed by phone).
""", secret=words_pw())

add("yaml/postmark-server-token", "config/mail.yml", "Postmark docs: X-Postmark-Server-Token", """
mail:
  provider: postmark
  server_token: @@secret@@
  message_stream: outbound
  from: crew-updates@rosebaygardens.com
templates:
  visit_complete: 36110283
  quote_ready: 36110291
""", secret=uuid_s())

add("python/airtable-pat", "scripts/plant_catalog_sync.py", "Airtable docs: personal access tokens pat", """
from pyairtable import Api

api = Api("pat@@a@@.@@b@@")
table = api.table("appQ8mZ2rT4vX1nLp", "Plants")


def sync(rows):
    for row in rows:
        table.batch_upsert([{"fields": {"Botanical name": row.botanical, "Common": row.common, "Zone": row.zone}}], key_fields=["Botanical name"])
""", secret="pat" + (_at1 := fakes.drawn(_seed(), 14)) + "." + (_at2 := hexs(64)), a=_at1, b=_at2)

add("rust/tomorrow-io-api-key", "src/weather.rs", "Tomorrow.io docs: apikey query parameter", """
use reqwest::blocking::Client;

const TOMORROW_API_KEY: &str = "@@secret@@";

pub fn rain_next_24h(lat: f64, lon: f64) -> reqwest::Result<f64> {
    let url = format!(
        "https://api.tomorrow.io/v4/weather/forecast?location={lat},{lon}&timesteps=1h&apikey={TOMORROW_API_KEY}"
    );
    let v: serde_json::Value = Client::new().get(url).send()?.json()?;
    Ok(v["timelines"]["hourly"].as_array().map(|a| a.iter().take(24).filter_map(|h| h["values"]["rainAccumulation"].as_f64()).sum()).unwrap_or(0.0))
}
""", secret=fakes.drawn_mixed(_seed(), 32))

add("k8s-secret/smtp-password", "k8s/mailer/secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: quote-mailer
  namespace: web
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: quotes@bloomandbranch.co.uk
  SMTP_PASSWORD: "@@secret@@"
""", secret=words_pw())

add("terraform/rsa-private-key", "infra/bastion/keys.tf", "Terraform docs: heredoc strings; tls private keys", """
resource "aws_secretsmanager_secret_version" "bastion_key" {
  secret_id     = aws_secretsmanager_secret.bastion_key.id
  secret_string = <<-EOT
    @@key@@
  EOT
}

resource "aws_secretsmanager_secret" "bastion_key" {
  name = "ops/bastion/ssh-key"
}
""", secret=(_pk3 := pem("RSA")), key=_pk3.replace("\n", "\n    "))

add("php/wp-config-db-password", "site/wp-config.php", "WordPress docs: wp-config.php DB_PASSWORD", """
<?php
define( 'DB_NAME', 'rosebay_wp' );
define( 'DB_USER', 'rosebay_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'rb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=fakes.drawn(_seed(), 24, ALNUM + "!#%^*()-_"))

add("java/jdbc-url-password", "src/main/java/com/verdant/reports/ReportDb.java", "PostgreSQL JDBC docs: connection parameters", """
package com.verdant.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class ReportDb {
    private static final String URL =
        "jdbc:postgresql://reports.verdant.internal:5432/reports?user=report_ro&password=@@secret@@&ssl=true";

    private ReportDb() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", secret=rand_pw(18))

add("env/dropbox-token", "photo-archiver/.env", "Dropbox docs: short-lived access tokens sl.", """
DROPBOX_ACCESS_TOKEN=@@secret@@
DROPBOX_ROOT=/Job Photos
ARCHIVE_AFTER_DAYS=90
THUMB_SIZE=w640h480
LOG_LEVEL=info
""", secret="sl." + fakes.drawn(_seed(), 136, ALNUM + "-_"))

add("powershell/sql-server-password", "reports/Export-WeeklyHours.ps1", "Microsoft docs: Invoke-Sqlcmd -Password", """
# Export last week's crew hours for payroll
$week = (Get-Date).AddDays(-7).ToString("yyyy-MM-dd")
$rows = Invoke-Sqlcmd -ServerInstance "sql01.cedarlane.local" -Database "FieldOps" `
    -Username "payroll_export" -Password "@@secret@@" `
    -Query "SELECT crew, employee, SUM(hours) AS hours FROM timesheets WHERE week_start = '$week' GROUP BY crew, employee"
$rows | Export-Csv -NoTypeInformation -Path "\\\\nas01\\payroll\\hours_$week.csv"
Write-Output "exported $($rows.Count) rows"
""", secret=words_pw())

add("yaml/brevo-api-key", "config/sms-marketing.yaml", "Brevo docs: API keys xkeysib-", """
brevo:
  api_key: @@secret@@
  sender: "Hollybrook"
campaigns:
  spring_cleanup:
    send_on: 2026-03-15
    segment: past-customers
  fall_aeration:
    send_on: 2026-08-25
""", secret="xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16))

add("notebook/postgres-password", "analysis/crew_productivity.ipynb", "SQLAlchemy docs: create_engine URL", """
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
    "eng = create_engine(\\"postgresql://analyst:@@secret@@@10.0.4.21:5432/crewops\\")\\n",
    "hours = pd.read_sql(\\"select crew, sum(hours) h from timesheets group by crew\\", eng)\\n",
    "hours.sort_values(\\"h\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(14))

add("ruby/aws-secret-access-key", "config/initializers/aws.rb", "AWS SDK for Ruby docs: Aws::Credentials", """
# frozen_string_literal: true

Aws.config.update(
  region: "us-east-1",
  credentials: Aws::Credentials.new("@@kid@@", "@@secret@@")
)

PHOTO_BUCKET = "maplecrest-lawn-photos"
""", secret=(_aw4 := aws_pair())[1], kid=_aw4[0])

add("xml/camera-rtsp-password", "config/cameras.xml", "RTSP URL with credentials (ONVIF camera docs)", """
<?xml version="1.0" encoding="UTF-8"?>
<cameras site="equipment-barn">
  <camera id="fuel-pump" model="DS-2CD2043G2">
    <stream>rtsp://viewer:@@secret@@@10.30.0.21:554/Streaming/Channels/101</stream>
  </camera>
  <camera id="trailer-lot" model="DS-2CD2043G2">
    <stream>rtsp://10.30.0.22:554/Streaming/Channels/101</stream>
  </camera>
</cameras>
""", secret=words_pw())

add("github-actions/discord-webhook", ".github/workflows/app-build.yml", "Discord docs: webhooks", """
name: crew app build
on: [push]
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: xcodebuild -scheme CrewApp -destination 'generic/platform=iOS' build
      - name: notify
        if: always()
        run: |
          curl -H "Content-Type: application/json" -d '{"content":"CrewApp build ${{ job.status }}"}' \\
            "https://discord.com/api/webhooks/@@wid@@/@@secret@@"
""", secret=fakes.drawn(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("python/mqtt-password", "mowers/telemetry_bridge.py", "paho-mqtt docs: username_pw_set", """
import json

import paho.mqtt.client as mqtt


def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    print(msg.topic, data.get("battery"), data.get("state"))


client = mqtt.Client(client_id="telemetry-bridge")
client.username_pw_set("bridge", "@@secret@@")
client.tls_set()
client.on_message = on_message
client.connect("mqtt.greenlinegrounds.net", 8883)
client.subscribe("fleet/mowers/+/status")
client.loop_forever()
""", secret=fakes.redis_password(_seed()))

add("csv/switch-admin-password", "it/network_devices.csv", "Network device inventory export", """
device,location,ip,admin_user,admin_password,model
core-switch,office rack,10.0.0.2,admin,@@secret@@,UniFi USW-24
yard-ap-1,equipment barn,10.0.0.31,admin,(same as core),UniFi U6-LR
gate-controller,front gate,10.0.0.40,installer,on file with Liftmaster dealer,LiftMaster CAPXL
nvr,equipment barn,10.30.0.5,admin,see runbook,Hikvision DS-7608
""", secret=words_pw())

add("toml/sentry-auth-token", ".sentryclirc.toml", "Sentry docs: auth tokens sntrys_", """
[defaults]
url = "https://sentry.io/"
org = "brightblade"
project = "crew-app-ios"

[auth]
token = "@@secret@@"
""", secret="sntrys_" + b64('{"iat":1764201000,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"brightblade"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("shell/docker-login-password", "ci/push_images.sh", "Docker docs: docker login -p", """
#!/bin/sh
set -e
docker login ghcr.io -u greenpath-ci -p @@secret@@
for svc in api worker scheduler; do
  docker build -t ghcr.io/greenpath-landscaping/$svc:$GIT_SHA services/$svc
  docker push ghcr.io/greenpath-landscaping/$svc:$GIT_SHA
done
""", secret=fakes.github_token(_seed()))

add("json/azure-storage-account-key", "PhotoFunc/local.settings.json", "Azure Functions docs: local.settings.json; storage connection strings", """
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=greenfieldphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "PhotoContainer": "job-photos"
  }
}
""", secret=b64(rand_pw(48) + rand_pw(16)))

add("ansible/jobber-client-secret", "ansible/host_vars/app01.yml", "Ansible docs: host_vars", """
app_name: crewportal
app_env: production
jobber_client_id: "@@cid@@"
jobber_client_secret: "@@secret@@"
nginx_server_name: portal.greenwaygrounds.com
certbot_email: it@greenwaygrounds.com
""", secret=hexs(64), cid=uuid_s())

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "crew-portal/.env.example", "Jobber developer docs: OAuth app settings (example file)", """
# copy to .env and fill in from 1Password "Crew portal"
APP_ENV=development
PORT=8080
JOBBER_CLIENT_ID=your-jobber-client-id
JOBBER_CLIENT_SECRET=your-jobber-client-secret
JOBBER_REDIRECT_URI=http://localhost:8080/oauth/jobber/callback
DATABASE_URL=postgres://portal:portal@localhost:5432/portal
""")

add("python/decoy-env-reference", "billing/stripe_setup.py", "Stripe API docs: secret keys from the environment", """
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
stripe.max_network_retries = 2

PRICE_IDS = {
    "weekly_mow": "price_1PqR2sLkd83Hs0aXyZwm4Tq1",
    "spring_cleanup": "price_1PqR3tLkd83Hs0aXbC7dEf92",
    "aeration": "price_1PqR4uLkd83Hs0aXkL0mNo55",
}
""")

add("typescript/decoy-publishable-key", "apps/booking/src/config.ts", "Stripe docs: publishable keys are safe in client code", """
// Public config shipped to the browser
export const config = {
  stripePublishableKey: "@@pk@@",
  mapboxToken: "@@mb@@",
  supportPhone: "+1-555-0143",
  serviceArea: ["Maple Grove", "Plymouth", "Wayzata"],
};
""", pk=stripe_key("pk_live_"), mb=mapbox_public())

add("yaml/decoy-vault-reference", "config/irrigation.production.yml", "Rachio public API docs; Vault agent templates", """
irrigation:
  provider: rachio
  base_url: https://api.rach.io/1/public
  api_key: "{{ with secret \\"secret/data/irrigation/rachio\\" }}{{ .Data.data.api_key }}{{ end }}"
  skip_when_rain_mm: 6
  device_id: @@dev@@
""", dev=uuid_s())

add("k8s-secret/decoy-external-secret", "k8s/sms-reminders-external.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sms-reminders
  namespace: crews
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: sms-reminders
  data:
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/crews/twilio
        property: auth_token
""")

add("json/decoy-checksums", "vendor/firmware/manifest.json", "Robotic mower firmware manifest: sha256 checksums", """
{
  "product": "Automower 450X",
  "channel": "stable",
  "releases": [
    {"version": "2.14.3", "file": "am450x-2.14.3.bin", "sha256": "@@h1@@"},
    {"version": "2.14.2", "file": "am450x-2.14.2.bin", "sha256": "@@h2@@"},
    {"version": "2.13.9", "file": "am450x-2.13.9.bin", "sha256": "@@h3@@"}
  ]
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("csv/decoy-ids", "exports/properties_2026-05.csv", "RFC 4180: CSV; Jobber property ids", """
property_id,client,address,lot_sqft,service_plan,last_visit
@@a@@,Hendricks,14 Orchard Ln,9200,weekly-mow,2026-05-02
@@b@@,Okafor,221 Birchwood Ct,12600,biweekly-mow,2026-04-28
@@c@@,Lindqvist HOA,1 Lakeside Dr,88000,full-service,2026-05-01
@@d@@,Reyes,7 Quarry Rd,6100,weekly-mow,2026-05-03
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("go/decoy-test-fixture", "fleet/samsara/client_test.go", "Go testing docs; Samsara API token shape", """
package samsara

import "testing"

// fakeToken is only accepted by the httptest server below.
const fakeToken = "samsara_api_TESTTOKENxxxxxxxxxxxxxxxxxxxxxx"

func TestNewRequestSetsBearer(t *testing.T) {
	req, err := NewRequest("/fleet/vehicles")
	if err != nil {
		t.Fatal(err)
	}
	if got := req.Header.Get("Authorization"); got == "" {
		t.Fatalf("missing auth header")
	}
	_ = fakeToken
}
""")

add("markdown/decoy-redacted", "docs/handover/oak-valley-estates.md", "Handover note with redacted credentials", """
# Oak Valley Estates - irrigation handover

- Controller: Hunter HCC, Hydrawise account under the HOA's email.
- Hydrawise API key: `****-****-****-Q7LM` (full key in Bitwarden, "Oak Valley")
- WiFi: `OVE-Maint` / password on the label inside the controller door.
- Backflow tested 2026-03-18, cert #BF-22871.

Seasonal start-up: open main slowly, bleed zone 4 first (air lock).
""")

add("terraform/decoy-variable", "infra/photos-bucket/variables.tf", "Terraform docs: sensitive input variables", """
variable "aws_region" {
  type    = string
  default = "us-east-2"
}

variable "mower_api_secret" {
  type      = string
  sensitive = true
  description = "Husqvarna app secret, set via TF_VAR_mower_api_secret in CI"
}

variable "bucket_name" {
  type    = string
  default = "pinecrest-landscape-job-photos"
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/release-safe.yml", "GitHub Actions docs: secrets context; PyPI trusted publishing", """
name: publish crewkit
on:
  release:
    types: [published]
permissions:
  id-token: write
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: notify
        run: curl -s -X POST "$SLACK_WEBHOOK" -d '{"text":"crewkit released"}'
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_RELEASES_WEBHOOK }}
""")

add("python/decoy-regex", "secretscan/patterns.py", "Stripe and Twilio docs: key prefixes (detection patterns)", """
\"\"\"Patterns our pre-commit hook uses to keep vendor keys out of the crew app repo.\"\"\"
import re

PATTERNS = {
    "stripe_secret": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    "twilio_sid": re.compile(r"AC[0-9a-f]{32}"),
    "samsara": re.compile(r"samsara_api_[A-Za-z0-9]{30}"),
    "slack_bot": re.compile(r"xoxb-[0-9]+-[0-9]+-[A-Za-z0-9]+"),
}


def scan(text):
    return [name for name, rx in PATTERNS.items() if rx.search(text)]
""")

add("ini/decoy-env-interpolation", "config/estimator.example.ini", "MySQL docs: option files (template)", """
[client]
host = 127.0.0.1
user = estimator
password = ${ESTIMATOR_DB_PASSWORD}
database = takeoffs

[estimator]
mulch_cost_per_yard = 38.50
""")

add("shell/decoy-password-prompt", "scripts/pull_nursery_pricelist_v2.sh", "curl manual: --netrc-file", """
#!/usr/bin/env bash
# credentials live in ~/.netrc on the NAS (chmod 600), never in this script
set -euo pipefail
OUT=/volume1/pricing/$(date +%Y-%m-%d)-nursery.csv
curl --fail -sS --netrc-file "$HOME/.netrc" \\
  ftp://ftp.evergreen-wholesale.com/pricelists/current.csv -o "$OUT"
sha256sum "$OUT" >> /volume1/pricing/checksums.txt
""")

add("compose/decoy-docker-secret", "deploy/docker-compose.prod.yml", "Docker docs: Compose secrets", """
services:
  api:
    image: ghcr.io/meadowlark-landscape/api:1.8.2
    environment:
      REDIS_PASSWORD_FILE: /run/secrets/redis_password
    secrets: [redis_password]
  cache:
    image: redis:7-alpine
    command: ["sh", "-c", "redis-server --requirepass \\"$$(cat /run/secrets/redis_password)\\""]
    secrets: [redis_password]
secrets:
  redis_password:
    file: ./secrets/redis_password.txt
""")

add("json/decoy-client-id", "web/public/auth-config.json", "Google Identity docs: OAuth client ids are public", """
{
  "google": {
    "clientId": "@@cid@@.apps.googleusercontent.com",
    "hostedDomain": "riverstonegardens.com"
  },
  "recaptchaSiteKey": "6Lc@@sk@@",
  "appName": "Riverstone crew hub"
}
""", cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("sql/decoy-hashed-passwords", "db/seeds/crew_leads.sql", "bcrypt hashes (Django/Rails password storage)", """
-- seed crew lead accounts for the staging app; hashes only, users reset on first login
INSERT INTO users (email, role, password_hash) VALUES
  ('lead.north@staging.hillcrestlawn.test', 'crew_lead', '$2b$12$@@h1@@'),
  ('lead.south@staging.hillcrestlawn.test', 'crew_lead', '$2b$12$@@h2@@'),
  ('dispatch@staging.hillcrestlawn.test', 'dispatcher', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("log/decoy-masked", "logs/sync-2026-04-15.log", "Application log with masked tokens", """
2026-04-15 06:00:01 INFO  jobber-sync start
2026-04-15 06:00:01 DEBUG using token eyJhbG...[masked] (expires 2026-04-15T07:00:00Z)
2026-04-15 06:00:03 INFO  pulled 84 visits, 12 quotes
2026-04-15 06:00:04 DEBUG request_id=@@rid@@
2026-04-15 06:00:05 INFO  stripe key sk_live_****************9xQa loaded from env
2026-04-15 06:00:06 INFO  jobber-sync done in 5.1s
""", rid=uuid_s())

add("kotlin/decoy-build-config", "app/build.gradle.kts", "Android docs: buildConfigField from local.properties", """
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "com.mowfleet.app"
    defaultConfig {
        applicationId = "com.mowfleet.app"
        minSdk = 26
        buildConfigField("String", "HUSQVARNA_APP_KEY", "\\"${localProps.getProperty("husqvarna.appKey", "")}\\"")
        buildConfigField("String", "HUSQVARNA_APP_SECRET", "\\"${localProps.getProperty("husqvarna.appSecret", "")}\\"")
    }
}
""")

add("php/decoy-wp-config-getenv", "wp-content/plugins/gc-booking/config.php", "WordPress docs: constants from environment", """
<?php
// Garden Club booking plugin configuration
define('GC_SQUARE_ENV', getenv('GC_SQUARE_ENV') ?: 'sandbox');
define('GC_SQUARE_TOKEN', getenv('GC_SQUARE_ACCESS_TOKEN'));
define('GC_SQUARE_LOCATION', 'L8Y2H4K9ZQW1P');
define('GC_DEPOSIT_CENTS', 5000);
if (!GC_SQUARE_TOKEN) {
    error_log('gc-booking: GC_SQUARE_ACCESS_TOKEN not set');
}
""")

add("notebook/decoy-getpass", "analysis/fuel_costs.ipynb", "Python docs: getpass", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import pandas as pd\\n",
    "token = getpass(\\"Samsara API token: \\")\\n",
    "fuel = pd.read_csv(\\"fuel_2026q1.csv\\")\\n",
    "fuel.groupby(\\"truck\\").gallons.sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("yaml/decoy-ansible-vault", "ansible/group_vars/yard_servers/vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(44))

add("dockerfile/decoy-build-arg", "services/weather/Dockerfile.prod", "Docker docs: build secrets (--mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ENV FORECAST_HOURS=48
CMD ["node", "index.js"]
""")

add("markdown/decoy-readme-example", "README.md", "Project README with example configuration", """
# crewkit

Scheduling helpers for lawn and landscape crews.

## Setup

```bash
export JOBBER_CLIENT_ID=<your client id>
export JOBBER_CLIENT_SECRET=<your client secret>
export SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
crewkit sync --since yesterday
```

Tokens come from the office's password manager; never paste them in issues.
""")

add("java/decoy-spring-placeholder", "src/main/resources/application.yml", "Spring Boot docs: property placeholders", """
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/lawnpro
    username: ${DB_USER:lawnpro_app}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.office365.com
    password: ${SMTP_PASSWORD}
lawnpro:
  route:
    max-stops: 24
""")

add("csharp/decoy-user-secrets", "FieldOps/appsettings.json", "Microsoft docs: Secret Manager (user-secrets)", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "FieldOps": "Server=(localdb)\\\\MSSQLLocalDB;Database=fieldops;Trusted_Connection=True;"
  },
  "Crew": { "DefaultStartTime": "07:00" },
  "UserSecretsId": "@@id@@"
}
""", id=uuid_s())

add("ruby/decoy-credentials-fetch", "config/initializers/sendgrid.rb", "Rails guides: encrypted credentials", """
# frozen_string_literal: true

SENDGRID_API_KEY = Rails.application.credentials.dig(:sendgrid, :api_key)

ActionMailer::Base.smtp_settings = {
  address: "smtp.sendgrid.net",
  port: 587,
  user_name: "apikey",
  password: SENDGRID_API_KEY,
  authentication: :plain,
  enable_starttls_auto: true
}
""")

add("toml/decoy-placeholder", "config/notifications.example.toml", "Mailgun docs: private API key (example)", """
[mail]
provider = "mailgun"
domain = "mg.example.com"
api_key = "key-<your-mailgun-private-key>"
from = "Your Landscaping Co <schedule@example.com>"

[reminders]
days_before = 2
""")

add("powershell/decoy-credential-manager", "it/Connect-Payroll.ps1", "PowerShell SecretManagement docs: Get-Secret", """
# Connects to the payroll SFTP using the stored credential (SecretStore vault)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "PaylineSftp" -Vault "OfficeVault"
$session = New-SFTPSession -ComputerName "sftp.paylinehr.com" -Credential $cred -AcceptKey
Set-SFTPItem -SessionId $session.SessionId -Path "C:\\Exports\\hours.csv" -Destination "/inbound/"
Remove-SFTPSession -SessionId $session.SessionId | Out-Null
""")

add("python/decoy-test-constants", "tests/test_billing.py", "pytest docs; Stripe docs: test mode keys sk_test_", """
import pytest

from billing.charge_seasonal import charge_all

TEST_KEY = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
FAKE_CUSTOMER = "cus_TestHendricks01"


@pytest.fixture(autouse=True)
def stripe_test_mode(monkeypatch):
    monkeypatch.setattr("stripe.api_key", TEST_KEY)


def test_no_contracts_means_no_charges(mocker):
    create = mocker.patch("stripe.PaymentIntent.create")
    mocker.patch("billing.models.Contract.active_for", return_value=[])
    charge_all(None)
    create.assert_not_called()
""")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "Mozilla SOPS docs: encrypted YAML", """
jobber:
    client_secret: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
samsara:
    api_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418302118442:key/@@kid@@
          created_at: "2026-03-02T14:11:09Z"
    lastmodified: "2026-03-02T14:11:10Z"
    version: 3.8.1
""", d1=b64(rand_pw(48))[:64], iv1=b64(rand_pw(24))[:32], t1=b64(rand_pw(16))[:24], d2=b64(rand_pw(40))[:56], iv2=b64(rand_pw(24))[:32], t2=b64(rand_pw(16))[:24], kid=uuid_s())

add("json/decoy-aws-arns", "infra/outputs.json", "Terraform docs: terraform output -json", """
{
  "photos_bucket_arn": {"sensitive": false, "type": "string", "value": "arn:aws:s3:::pinecrest-landscape-job-photos"},
  "upload_role_arn": {"sensitive": false, "type": "string", "value": "arn:aws:iam::418302118442:role/photo-upload"},
  "api_gateway_id": {"sensitive": false, "type": "string", "value": "k3j9x2m1qa"},
  "db_password": {"sensitive": true, "type": "string", "value": null},
  "cloudfront_distribution": {"sensitive": false, "type": "string", "value": "E2QWERTY7UIOP1"}
}
""")

add("markdown/decoy-doc-example-key", "docs/integrations/openweather.md", "OpenWeather docs: API call examples", """
# Weather integration

We use OpenWeather One Call 3.0 to skip mowing and irrigation on rain days.

```
GET https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&appid={API key}
```

Set `OPENWEATHER_API_KEY` in the service's environment (Doppler project `weather`, config `prd`).
The key is rotated every spring before the season starts.
""")

add("env/decoy-doppler-refs", "route-planner/.env.defaults", "Doppler docs: secret references", """
# defaults committed for dev; real values injected by `doppler run`
NEXT_PUBLIC_APP_NAME=Route Planner
GOOGLE_DIRECTIONS_KEY=${GOOGLE_DIRECTIONS_KEY}
DEPOT_LAT=44.9778
DEPOT_LNG=-93.2650
MAX_STOPS_PER_CREW=18
""")

add("go/decoy-constants", "internal/notify/templates.go", "Go source with ids and hashes", """
package notify

// Template ids in the mail provider, not secrets.
const (
	QuoteTemplateID    = "d-@@t1@@"
	ReminderTemplateID = "d-@@t2@@"
	InvoiceTemplateID  = "d-@@t3@@"
)

// ETag of the logo asset, used for cache busting.
const LogoETag = "@@etag@@"
""", t1=hexs(32), t2=hexs(32), t3=hexs(32), etag=hexs(40))

add("k8s-secret/decoy-sealed-secret", "k8s/db/crewops-db-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crewops-db
  namespace: crewops
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgC@@e2@@
  template:
    metadata:
      name: crewops-db
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("csv/decoy-device-serials", "exports/controllers_inventory.csv", "Irrigation controller inventory export", """
site,controller,serial,mac,firmware,installed
Riverside HOA,Rain Bird ESP-LXME2,@@s1@@,@@m1@@,4.12,2021-04-09
Oak Valley Estates,Hunter HCC-800,@@s2@@,@@m2@@,3.9.1,2022-05-17
Whitcomb residence,Rachio 3,@@s3@@,@@m3@@,8.1.2,2023-03-30
Lakeside Office Park,Hunter ACC2,@@s4@@,@@m4@@,2.7,2020-06-01
""", s1=upper_alnum(12), s2=upper_alnum(12), s3=upper_alnum(12), s4=upper_alnum(12),
    m1=":".join(hexs(2) for _ in range(6)), m2=":".join(hexs(2) for _ in range(6)), m3=":".join(hexs(2) for _ in range(6)), m4=":".join(hexs(2) for _ in range(6)))

add("shell/decoy-aws-profile", "scripts/sync_photos.sh", "AWS CLI docs: named profiles", """
#!/usr/bin/env bash
# sync today's job photos from the office NAS to S3 (uses the sso profile)
set -euo pipefail
export AWS_PROFILE=photos-uploader
aws sso login --profile "$AWS_PROFILE" >/dev/null 2>&1 || true
aws s3 sync /volume1/photos/$(date +%F) s3://pinecrest-landscape-job-photos/incoming/$(date +%F)/ \\
  --exclude "*.tmp" --only-show-errors
""")

add("terraform/decoy-random-password", "infra/rds/password.tf", "Terraform docs: random_password and Secrets Manager", """
resource "random_password" "crewops_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "crewops_db" {
  name = "prod/crewops/db"
}

resource "aws_secretsmanager_secret_version" "crewops_db" {
  secret_id     = aws_secretsmanager_secret.crewops_db.id
  secret_string = random_password.crewops_db.result
}
""")

add("python/decoy-uuid-ids", "scheduler/zones.py", "Rachio public API docs: zone ids are UUIDs", """
\"\"\"Zone ids on the Rachio controllers we manage (not secrets: useless without the account key).\"\"\"

ZONES = {
    "whitcomb-front-lawn": "@@z1@@",
    "whitcomb-back-lawn": "@@z2@@",
    "whitcomb-roses": "@@z3@@",
    "whitcomb-drip-beds": "@@z4@@",
}

DEFAULT_MINUTES = {"lawn": 18, "roses": 9, "drip": 25}
""", z1=uuid_s(), z2=uuid_s(), z3=uuid_s(), z4=uuid_s())

add("ini/decoy-supervisor", "deploy/supervisor/crewops.conf", "Supervisor docs: environment from a file", """
[program:crewops-worker]
command=/srv/crewops/.venv/bin/celery -A crewops worker -l info
directory=/srv/crewops
user=crewops
autostart=true
autorestart=true
environment=DJANGO_SETTINGS_MODULE="crewhub.settings.production",ENV_FILE="/etc/crewops/secrets.env"
stdout_logfile=/var/log/crewops/worker.log
""")

add("typescript/decoy-test-mock", "src/sms/sendReminder.test.ts", "Jest docs: module mocks", """
import { sendReminder } from "./sendReminder";

jest.mock("twilio", () => () => ({
  messages: { create: jest.fn().mockResolvedValue({ sid: "SM00000000000000000000000000000000" }) },
}));

describe("sendReminder", () => {
  it("returns the message sid", async () => {
    const res = await sendReminder("+15555550100", "June 3", "Crew 4");
    expect(res.sid).toMatch(/^SM/);
  });
});
""")

add("xml/decoy-maven-env", "ci/settings.ci.xml", "Maven docs: settings.xml with environment variables", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>greenline-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("log/decoy-request-ids", "logs/hydrawise-poll-2026-06-01.log", "Application log with request ids and hashes", """
2026-06-01T05:00:00Z poll start controllers=7
2026-06-01T05:00:01Z GET statusschedule controller=118233 status=200 req=@@r1@@
2026-06-01T05:00:02Z GET statusschedule controller=118234 status=200 req=@@r2@@
2026-06-01T05:00:02Z schedule digest sha1=@@h@@ unchanged
2026-06-01T05:00:03Z GET statusschedule controller=118240 status=429 retry_after=30
2026-06-01T05:00:33Z poll done
""", r1=uuid_s(), r2=uuid_s(), h=hexs(40))

add("dockerfile/decoy-arg-no-default", "docker/route-optimizer.prod.Dockerfile", "Docker docs: build secrets for private git", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN --mount=type=secret,id=gh_token \\
    pip install --no-cache-dir "git+https://$(cat /run/secrets/gh_token)@github.com/terrafirma-landscapes/route-core.git@v2.3.1"
COPY . .
CMD ["python", "-m", "optimizer"]
""")

add("ruby/decoy-env-fetch", "config/initializers/jobber.rb", "Ruby docs: ENV.fetch", """
# frozen_string_literal: true

Jobber.configure do |c|
  c.client_id = ENV.fetch("JOBBER_CLIENT_ID")
  c.client_secret = ENV.fetch("JOBBER_CLIENT_SECRET")
  c.redirect_uri = "https://app.maplecrestlawns.com/oauth/jobber"
  c.api_version = "2025-01-20"
end
""")

add("swift/decoy-info-plist-ref", "CrewApp/Sources/Config/AppConfig.swift", "Apple docs: Bundle.main.object(forInfoDictionaryKey:)", """
import Foundation

enum AppConfig {
    static var weatherKey: String {
        Bundle.main.object(forInfoDictionaryKey: "WEATHER_API_KEY") as? String ?? ""
    }
    static let supportURL = URL(string: "https://help.brightblade.com")!
    static let bundleId = "com.brightblade.crewapp"
}
""")

add("properties/decoy-placeholders", "src/main/resources/application-local.properties", "Spring Boot docs: local profile", """
server.port=8081
spring.datasource.url=jdbc:postgresql://localhost:5432/lawnpro
spring.datasource.username=lawnpro
spring.datasource.password=changeme
lawnpro.weather.api-key=REPLACE_ME
lawnpro.route.max-stops=24
""")

add("json/decoy-package-lock-integrity", "apps/booking/package-lock.json", "npm docs: package-lock integrity (SRI hashes)", """
{
  "name": "booking",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/twilio": {
      "version": "5.2.1",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.2.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("github-actions/decoy-oidc", ".github/workflows/deploy-photos-oidc.yml", "AWS docs: configure-aws-credentials with OIDC role", """
name: deploy photo-upload lambda
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
          role-to-assume: arn:aws:iam::418302118442:role/gha-photo-upload
          aws-region: us-west-2
      - run: sam deploy --no-confirm-changeset
""")

add("sql/decoy-audit-table", "db/migrations/0011_api_tokens.sql", "PostgreSQL docs: storing token digests", """
-- store only the sha256 of crew app API tokens; the token is shown once at creation
CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    crew_id      integer NOT NULL REFERENCES crews(id),
    token_sha256 char(64) NOT NULL UNIQUE,
    last4        char(4) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO api_tokens (crew_id, token_sha256, last4) VALUES (1, '@@h@@', 'q9Zx');
""", h=sha256ish())

add("notebook/decoy-output-ids", "analysis/mower_hours.ipynb", "Jupyter notebook format; Automower ids", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["mower @@m1@@ 412 h\\n", "mower @@m2@@ 388 h\\n"]}
   ],
   "source": [
    "for m in fleet.mowers():\\n",
    "    print(\\"mower\\", m.id, m.hours, \\"h\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", m1=uuid_s(), m2=uuid_s())

add("compose/decoy-env-file", "stack/compose.override.yaml", "Docker docs: Compose env_file and variable interpolation", """
services:
  db:
    env_file: ./db.env
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
  app:
    environment:
      DATABASE_URL: postgres://greenbook:${POSTGRES_PASSWORD}@db:5432/greenbook
      STRIPE_PUBLISHABLE_KEY: @@pk@@
""", pk=stripe_key("pk_live_"))

add("kotlin/decoy-placeholder-const", "app/src/main/java/com/mowfleet/automower/Defaults.kt", "Kotlin source with placeholder constants", """
package com.mowfleet.automower

object Defaults {
    const val APP_KEY_PLACEHOLDER = "<husqvarna-app-key>"
    const val APP_SECRET_PLACEHOLDER = "<husqvarna-app-secret>"
    const val MOWER_POLL_SECONDS = 60
    const val CUTTING_HEIGHT_MM = 45
}
""")

add("php/decoy-hash-compare", "wp-content/plugins/gc-booking/webhook.php", "Square docs: webhook signature validation", """
<?php
// Validate Square webhook signatures; key comes from wp-config (env), never hard-coded
function gc_valid_signature(string $body, string $signature, string $url): bool {
    $key = getenv('GC_SQUARE_WEBHOOK_SIGNATURE_KEY');
    $expected = base64_encode(hash_hmac('sha256', $url . $body, $key, true));
    return hash_equals($expected, $signature);
}
// sample from Square's docs for the unit test, not our key
const GC_SAMPLE_SIGNATURE = 'PuNhKyKD0bp2G1MHVNjkbOSYQBcoM6zJIKWqmlq3efs=';
""")

add("yaml/decoy-helm-values", "charts/crewops/values.yaml", "Helm docs: values with existingSecret", """
image:
  repository: ghcr.io/evergreen-grounds/crewops
  tag: "3.4.1"
postgresql:
  auth:
    existingSecret: crewops-db
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
redis:
  auth:
    enabled: true
    existingSecret: crewops-redis
ingress:
  host: crewops.evergreengrounds.com
""")

add("markdown/decoy-runbook-vault-paths", "docs/runbooks/rotate-credentials.md", "HashiCorp Vault docs: kv get", """
# Rotating vendor credentials (every March, before the season)

| System | Where the secret lives | Who |
|--------|------------------------|-----|
| Jobber OAuth app | `vault kv get secret/crewportal/jobber` | IT |
| Samsara API token | `vault kv get secret/fleet/samsara` | Fleet lead |
| Stripe live key | Stripe dashboard > Developers, then `secret/billing/stripe` | Owner |
| Hydrawise keys | Bitwarden collection "Irrigation" | Irrigation tech |

After rotating, run `make restart-workers` and check `/health` on each service.
""")

add("env/decoy-test-env", "crew-portal/.env.test", "Test configuration with dummy values", """
APP_ENV=test
PORT=0
JOBBER_CLIENT_ID=test-client-id
JOBBER_CLIENT_SECRET=test-client-secret
DATABASE_URL=postgres://postgres:postgres@localhost:5432/portal_test
STRIPE_SECRET_KEY=sk_test_dummy
""")

add("python/decoy-webhook-signature-check", "billing/webhooks.py", "Stripe docs: construct_event with endpoint secret from env", """
import os

import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET", "")


@app.post("/hooks/stripe")
def stripe_hook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        print("paid", event["data"]["object"]["id"])
    return "", 204
""")

add("yaml/decoy-github-dependabot", ".github/dependabot.yml", "GitHub docs: dependabot registries with secrets", """
version: 2
registries:
  nexus:
    type: maven-repository
    url: https://nexus.greenlinegrounds.net/repository/maven-public/
    username: ci-deployer
    password: ${{secrets.NEXUS_PASSWORD}}
updates:
  - package-ecosystem: maven
    directory: /
    registries: [nexus]
    schedule:
      interval: weekly
""")

add("json/decoy-firebase-web-config", "crew-web/src/firebase-config.json", "Firebase docs: web config apiKey is public", """
{
  "apiKey": "@@k@@",
  "authDomain": "leafline-crew-app.firebaseapp.com",
  "projectId": "leafline-crew-app",
  "storageBucket": "leafline-crew-app.appspot.com",
  "messagingSenderId": "@@sid@@",
  "appId": "1:@@sid@@:web:@@app@@"
}
""", k=google_key(), sid=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("shell/decoy-env-check", "scripts/check_env.sh", "Shell script validating required environment variables", """
#!/bin/sh
# fail fast in CI when a required secret was not injected
for v in JOBBER_CLIENT_SECRET SAMSARA_API_TOKEN STRIPE_SECRET_KEY TWILIO_AUTH_TOKEN; do
  eval "val=\\${$v:-}"
  if [ -z "$val" ]; then
    echo "missing $v" >&2
    exit 1
  fi
done
echo "environment ok"
""")

add("go/decoy-env-getenv", "internal/config/config.go", "Go docs: os.Getenv", """
package config

import "os"

type Config struct {
	SamsaraToken string
	DatabaseURL  string
	SlackWebhook string
}

func Load() Config {
	return Config{
		SamsaraToken: os.Getenv("SAMSARA_API_TOKEN"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		SlackWebhook: os.Getenv("SLACK_WEBHOOK_URL"),
	}
}
""")

add("terraform/decoy-tfvars-example", "infra/dns/terraform.tfvars.example", "Terraform docs: variable definitions files", """
# copy to terraform.tfvars (git-ignored) and fill in
cloudflare_api_token = "<cloudflare token with Zone.DNS edit>"
zone_id              = "<zone id from the Cloudflare dashboard>"
booking_target       = "booking-app.fly.dev"
proxied              = true
ttl                  = 1
""")

add("csv/decoy-invoice-export", "exports/invoices_2026-04.csv", "QuickBooks Online invoice export", """
invoice_no,customer,date,amount,status,payment_ref
10412,Hendricks,2026-04-03,180.00,paid,ch_@@c1@@
10413,Okafor,2026-04-03,240.00,paid,ch_@@c2@@
10414,Lindqvist HOA,2026-04-05,3120.00,open,
10415,Reyes,2026-04-06,95.00,paid,ch_@@c3@@
""", c1=fakes.drawn(_seed(), 24), c2=fakes.drawn(_seed(), 24), c3=fakes.drawn(_seed(), 24))

add("java/decoy-annotation-value", "src/main/java/com/fieldcrew/sms/SmsProps.java", "Spring docs: @Value placeholders", """
package com.fieldcrew.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class SmsProps {
    @Value("${twilio.account-sid}")
    String accountSid;

    @Value("${twilio.auth-token}")
    String authToken;

    @Value("${twilio.from:+16125550188}")
    String from;
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/yard_router/vars/main.yml", "Ansible docs: community.hashi_vault lookup", """
---
yard_router_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/network/yard_router:password') }}"
yard_router_user: ansible
yard_router_snmp_community: "{{ vault_snmp_community }}"
yard_router_ntp: pool.ntp.org
""")

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "Google Maps Android SDK docs: API key via manifest placeholder", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="MowFleet" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("log/decoy-auth-failure", "logs/auth-2026-05-20.log", "Application auth log without credentials", """
2026-05-20 07:12:03 WARN  login failed user=crewlead.north reason=bad_password ip=10.0.1.50
2026-05-20 07:12:19 INFO  login ok user=crewlead.north ip=10.0.1.50 session=@@s@@
2026-05-20 07:40:55 INFO  api token used token_id=@@t@@ last4=q9Zx crew=1
2026-05-20 08:02:10 WARN  password reset requested user=dispatch
2026-05-20 08:05:44 INFO  password changed user=dispatch
""", s=hexs(32), t=uuid_s())

add("typescript/decoy-env-config", "apps/booking/src/server/env.ts", "zod docs: environment validation", """
import { z } from "zod";

const schema = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  DATABASE_URL: z.string().url(),
  MAPBOX_SECRET_TOKEN: z.string().startsWith("sk."),
});

export const env = schema.parse(process.env);
""")

add("ruby/decoy-rspec-fixture", "spec/services/shop_sync_spec.rb", "RSpec docs; Shopify token shape in a stub", """
require "rails_helper"

RSpec.describe ShopSync do
  let(:token) { "shpat_00000000000000000000000000000000" }

  it "skips products not flagged for sync" do
    allow(ShopifyAPI::Clients::Rest::Admin).to receive(:new).and_return(double(put: true))
    product = create(:product, sync: false)
    expect(described_class.new(token: token).call).to eq(0)
  end
end
""")

add("ini/decoy-git-config", "ops/dotfiles/.gitconfig", "Git docs: credential helpers", """
[user]
	name = Yard Ops
	email = it@cedarlane.local
[credential]
	helper = manager
[credential "https://github.com"]
	username = cedarlane-ops
[url "git@github.com:"]
	insteadOf = https://github.com/
""")

add("toml/decoy-pyproject", "pyproject.toml", "Python Packaging docs: pyproject.toml", """
[project]
name = "crewkit"
version = "0.9.2"
description = "Scheduling helpers for lawn and landscape crews"
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "pydantic>=2.6"]

[tool.uv]
publish-url = "https://upload.pypi.org/legacy/"

[tool.crewkit]
jobber_api_version = "2025-01-20"
""")

add("k8s-secret/decoy-empty-template", "k8s/payments/webhook-secret.template.yaml", "Kubernetes docs: Secret manifest template filled by CI", """
apiVersion: v1
kind: Secret
metadata:
  name: payments-webhook
  namespace: billing
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "${STRIPE_WEBHOOK_SECRET}"
  WEBHOOK_PATH: /hooks/stripe
""")

add("powershell/decoy-read-host", "it/New-CrewLaptop.ps1", "PowerShell docs: Read-Host -AsSecureString", """
# Set up a crew-lead laptop
param([string]$LeadName)
$pw = Read-Host -Prompt "Initial password for $LeadName" -AsSecureString
New-LocalUser -Name $LeadName -Password $pw -FullName "Crew Lead $LeadName"
Add-LocalGroupMember -Group "Users" -Member $LeadName
winget install --id Jobber.Jobber -e --silent
Write-Host "done; ask $LeadName to change the password at first login"
""")

add("plist/decoy-public-config", "ios/CrewTime/Info.plist", "Apple docs: Info.plist keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.brightblade.crewtime</string>
    <key>WEATHER_API_KEY</key>
    <string>$(WEATHER_API_KEY)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Used to check crews in at the property.</string>
</dict>
</plist>
""")

add("python/decoy-hmac-computed", "integrations/webhook_verify.py", "Python docs: hmac.compare_digest", """
import hashlib
import hmac
import os


def verify(body: bytes, header: str) -> bool:
    \"\"\"Jobber webhooks sign the body with the app's client secret (read from the environment).\"\"\"
    secret = os.environ["JOBBER_CLIENT_SECRET"].encode()
    digest = hmac.new(secret, body, hashlib.sha256).digest()
    import base64
    return hmac.compare_digest(base64.b64encode(digest).decode(), header)


EXAMPLE_SIGNATURE = "@@sig@@"  # from a recorded test payload
""", sig=b64(fakes.drawn(_seed(), 32)))

add("markdown/decoy-changelog", "CHANGELOG.md", "Keep a Changelog format", """
# Changelog

## [3.4.1] - 2026-05-12
### Fixed
- Route builder skipped properties with gate codes containing `#`.
- Rotated the Samsara token after the contractor left (new token in Vault, commit @@c1@@).

## [3.4.0] - 2026-04-28
### Added
- Rain-delay rescheduling from the weather service (build @@c2@@).
""", c1=hexs(40), c2=hexs(12))

add("dockerfile/decoy-healthcheck", "services/api/Dockerfile", "Docker docs: HEALTHCHECK; non-secret ENV", """
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV CREWOPS_SETTINGS=crewhub.settings.production
HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1
CMD ["gunicorn", "crewhub.wsgi", "-b", "0.0.0.0:8000"]
""")

add("sql/decoy-vendor-table", "db/seeds/vendors.sql", "SQL seed data: vendor account numbers", """
INSERT INTO vendors (name, account_no, terms, rep_email) VALUES
  ('SiteOne Landscape Supply', '4471902', 'net-30', 'rep.north@siteone.example'),
  ('Ewing Irrigation', 'EW-118823', 'net-30', 'counter@ewing.example'),
  ('Northstar Outdoor Power', 'NOP-2290', 'cod', 'parts@northstar.example'),
  ('Hillside Nursery', 'HN-00731', 'net-15', 'orders@hillside.example');
""")

add("github-actions/decoy-example-comment", ".github/workflows/lint.yml", "GitHub Actions docs: workflow syntax", """
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # pin by commit sha, not tag
      - uses: astral-sh/ruff-action@@@sha@@
      - run: ruff check --output-format=github .
""", sha=hexs(40))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "OpenAPI 3 docs: securitySchemes and examples", """
openapi: 3.0.3
info:
  title: Crew app API
  version: 3.4.1
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      bearerFormat: opaque
  schemas:
    Token:
      type: object
      properties:
        token:
          type: string
          example: "crw_live_XXXXXXXXXXXXXXXXXXXXXXXX"
security:
  - bearer: []
paths: {}
""")

add("csharp/decoy-keyvault", "FieldOps/Program.cs", "Azure docs: Key Vault configuration provider", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-fieldops-prod.vault.azure.net/"),
    new DefaultAzureCredential());
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("rust/decoy-env-var", "src/config.rs", "Rust std docs: std::env::var", """
use std::env;

pub struct Config {
    pub tomorrow_key: String,
    pub ldap_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            tomorrow_key: env::var("TOMORROW_API_KEY").expect("TOMORROW_API_KEY"),
            ldap_password: env::var("LDAP_BIND_PASSWORD").unwrap_or_default(),
        }
    }
}
""")

add("json/decoy-sentry-dsn", "crew-web/src/sentry.json", "Sentry docs: DSNs are safe to expose in client code", """
{
  "dsn": "https://@@k@@@o4507311.ingest.us.sentry.io/4507311928",
  "environment": "production",
  "tracesSampleRate": 0.1,
  "release": "crew-web@3.4.1"
}
""", k=hexs(32))

add("python/companycam-token", "photos/companycam_pull.py", "CompanyCam API docs: Bearer access token", """
\"\"\"Pull before/after photos from CompanyCam into the job record.\"\"\"
import requests

COMPANYCAM_TOKEN = "@@secret@@"
BASE = "https://api.companycam.com/v2"


def project_photos(project_id):
    r = requests.get(f"{BASE}/projects/{project_id}/photos",
                     headers={"Authorization": f"Bearer {COMPANYCAM_TOKEN}"}, params={"per_page": 50}, timeout=30)
    r.raise_for_status()
    return [p["uris"][0]["uri"] for p in r.json()]
""", secret=fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))

add("yaml/service-autopilot-api-key", "integrations/serviceautopilot.yaml", "Service Autopilot API docs: API key header", """
service_autopilot:
  base_url: https://api.serviceautopilot.com/v1
  api_key: @@secret@@
  account: 28841
  sync:
    clients: true
    jobs: true
    invoices: false
""", secret=fakes.drawn_mixed(_seed(), 36))

add("k8s-secret/ec-private-key", "k8s/gate-app/tls-secret.yaml", "Kubernetes docs: TLS Secrets (tls.key base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: gate-app-tls
  namespace: yard
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=(_eck := pem("EC")), crt=b64("-----BEGIN CERTIFICATE-----\nMIIB" + rand_pw(60) + "\n-----END CERTIFICATE-----\n"), key=b64(_eck + "\n"))

add("shell/slack-user-token", "ops/slack_cleanup.sh", "Slack docs: user tokens xoxp-", """
#!/bin/bash
# archive last season's per-job channels (#job-*) with the owner's user token
TOKEN="@@secret@@"
curl -s -H "Authorization: Bearer $TOKEN" "https://slack.com/api/conversations.list?limit=500" \\
  | jq -r '.channels[] | select(.name | startswith("job-2025")) | .id' \\
  | while read -r ch; do
      curl -s -X POST -H "Authorization: Bearer $TOKEN" -d "channel=$ch" https://slack.com/api/conversations.archive > /dev/null
    done
""", secret="xoxp-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + hexs(32))

add("typescript/trello-key-token", "tools/board-export/src/trello.ts", "Trello REST API docs: key and token query parameters", """
const KEY = "@@key@@";
const TOKEN = "@@secret@@";

export async function cardsOnBoard(boardId: string) {
  const url = `https://api.trello.com/1/boards/${boardId}/cards?key=${KEY}&token=${TOKEN}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`trello ${res.status}`);
  return (await res.json()) as { name: string; due: string | null }[];
}

// board: "Spring installs 2026"
""", secret="ATTA" + hexs(64) + upper_alnum(8), key=hexs(32))

add("env/datadog-api-key", "infra/agent/datadog.env", "Datadog docs: DD_API_KEY", """
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.com
DD_ENV=production
DD_SERVICE=crewops
DD_LOGS_ENABLED=true
""", secret=hexs(32))

add("markdown/ldap-service-password", "docs/handover/it-contractor-2026.md", "IT handover note", """
# IT handover (contractor leaving, April 2026)

Everything below is also in the office Bitwarden, but for the record:

- Domain controller `dc01.sunridge.local`, service account for the field app:
  `svc-fieldapp` / `@@secret@@`
- Backups: Synology Hyper Backup to B2 nightly at 01:00.
- Printer in the estimating room needs the PCL6 driver.

Rotate the service account password after I leave.
""", secret=words_pw())

add("python/notion-token", "scripts/crew_wiki_export.py", "Notion API docs: internal integration secrets", """
from notion_client import Client

notion = Client(auth="@@secret@@")
SAFETY_DB = "1f2e3d4c5b6a79880716253443526170"


def safety_pages():
    res = notion.databases.query(database_id=SAFETY_DB, filter={"property": "Status", "select": {"equals": "Published"}})
    return [p["properties"]["Name"]["title"][0]["plain_text"] for p in res["results"]]
""", secret="ntn_" + str(_rng().randint(10**10, 10**11)) + fakes.drawn(_seed(), 35))

add("go/controller-admin-password", "internal/rainbird/client.go", "Go docs: Request.SetBasicAuth", """
package rainbird

import "net/http"

const controllerURL = "http://192.168.40.12/stick"

func Status() (*http.Response, error) {
	req, err := http.NewRequest("POST", controllerURL, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("admin", "@@secret@@")
	return http.DefaultClient.Do(req)
}
""", secret=words_pw())

add("ini/postgres-password", "alembic.ini", "Alembic docs: sqlalchemy.url", """
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql://crewops_migrator:@@secret@@@pg-prod.internal:5432/crewops

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
""", secret=rand_pw(20))

add("json/verizon-connect-credentials", "fleet/reveal-credentials.json", "Verizon Connect Reveal API docs: token endpoint with Basic credentials", """
{
  "token_url": "https://fim.api.us.fleetmatics.com/token",
  "username": "REST_GreenPath_4471",
  "password": "@@secret@@",
  "app_id": "greenpath-fleet-sync",
  "refresh_minutes": 18
}
""", secret=rand_pw(16, "!@#"))

add("powershell/ftp-password", "it/Get-DealerCatalog.ps1", "Microsoft docs: System.Net.NetworkCredential", """
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("ashgrove_parts", "@@secret@@")
$target = "C:\\Catalogs\\stihl_parts_$(Get-Date -Format yyyyMMdd).csv"
$client.DownloadFile("ftp://ftp.northstaroutdoorpower.com/catalog/weekly/parts.csv", $target)
Write-Host "saved $target"
""", secret=rand_pw(12))

add("kotlin/stripe-secret-key", "server/src/main/kotlin/com/leafline/billing/Stripe.kt", "Stripe Java SDK docs: Stripe.apiKey", """
package com.leafline.billing

import com.stripe.Stripe
import com.stripe.model.Customer
import com.stripe.param.CustomerCreateParams

object Billing {
    init {
        Stripe.apiKey = "@@secret@@"
    }

    fun newCustomer(email: String, name: String): Customer =
        Customer.create(CustomerCreateParams.builder().setEmail(email).setName(name).build())
}
""", secret=stripe_key())

add("compose/samsara-api-token", "fleet/compose.yaml", "Docker docs: Compose environment", """
services:
  fleet-sync:
    image: ghcr.io/greenpath-landscaping/fleet-sync:1.2.0
    restart: unless-stopped
    environment:
      - SAMSARA_API_TOKEN=@@secret@@
      - SYNC_INTERVAL=120
      - DATABASE_URL=postgres://fleet@db:5432/fleet
""", secret=samsara_token())

add("yaml/decoy-example-values", "charts/crewops/values.example.yaml", "Helm docs: example values file", """
# example only; real values come from the crewops-secrets chart
jobber:
  clientId: "00000000-0000-0000-0000-000000000000"
  clientSecret: "REPLACE_WITH_JOBBER_CLIENT_SECRET"
samsara:
  apiToken: "samsara_api_<token>"
smtp:
  password: "<set in secrets chart>"
""")

add("shell/decoy-op-read", "scripts/run_local.sh", "1Password CLI docs: op read secret references", """
#!/usr/bin/env bash
set -euo pipefail
export STRIPE_SECRET_KEY="$(op read 'op://Engineering/Stripe live/secret key')"
export SAMSARA_API_TOKEN="$(op read 'op://Fleet/Samsara/token')"
export DATABASE_URL="postgres://crewops@localhost:5432/crewops"
exec python -m crewhub runserver 0.0.0.0:8000
""")

add("python/decoy-public-ids", "integrations/hubspot_forms.py", "HubSpot docs: portal id and form GUID are public", """
\"\"\"Submit website quote requests to the HubSpot form (public endpoint, no key needed).\"\"\"
import requests

PORTAL_ID = "44871203"
FORM_GUID = "@@g@@"


def submit(email, address, service):
    url = f"https://api.hsforms.com/submissions/v3/integration/submit/{PORTAL_ID}/{FORM_GUID}"
    fields = [{"name": "email", "value": email}, {"name": "address", "value": address}, {"name": "service", "value": service}]
    return requests.post(url, json={"fields": fields}, timeout=15).status_code
""", g=uuid_s())
