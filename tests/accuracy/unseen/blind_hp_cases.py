"""Blind set HP: carpet cleaners and flood/fire restoration companies.

Dispatch and field-service apps (Housecall Pro, Jobber, ServiceTitan), estimating and claims
(Xactimate/XactAnalysis, Encircle, CompanyCam, Matterport), truck telematics, moisture loggers,
call tracking, payments, their office IT, CI and infrastructure, and their decoys.
Generated fakes only (seeds 3030000-3039999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3030000, 3039999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Carpet", "Steam", "Flood", "Ember", "Pump", "Dryer", "Wand", "Truck", "Mold", "Smoke",
         "Harbor", "Cedar", "Falcon", "Maple", "Summit", "Willow", "Copper", "Juniper"]
LOWER = ["sponge", "bucket", "drywall", "ozone", "fan", "sump", "grout", "blanket", "ladder", "hose",
         "shovel", "beacon", "tarp", "filter"]


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
    return "-".join(r.sample(LOWER, 3)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def lower_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def stripe_whsec() -> str:
    return "whsec_" + fakes.drawn_mixed(_seed(), 32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def square_token() -> str:
    return "EAAAE" + fakes.drawn_mixed(_seed(), 59)


def samsara_token() -> str:
    return "samsara_api_" + fakes.drawn_mixed(_seed(), 30)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def hubspot_pat() -> str:
    return "pat-na1-" + fakes.uuid4(_seed())


def airtable_pat() -> str:
    return "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn(_seed(), 20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def dropbox_token() -> str:
    return "sl." + fakes.drawn(_seed(), 136, ALNUM + "-_")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


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
    CASES.append(LabelledCase(f"blind-hp/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe-secret-key", "dispatch-portal/.env", "https://docs.stripe.com/keys", """
# Dry Creek Restoration - customer portal
APP_ENV=production
APP_URL=https://pay.drycreekrestore.com
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_PERCENT=30
EMERGENCY_CALLOUT_FEE=19500
""", stripe_key(), pk=fakes.drawn_mixed(_seed(), 99))

add("python/twilio-auth-token", "dispatch/sms_alerts.py", "https://www.twilio.com/docs/usage/secure-credentials", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
ON_CALL_NUMBER = "+15125550143"


def page_tech(tech_phone: str, job_no: str, address: str) -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
        to=tech_phone,
        from_=ON_CALL_NUMBER,
        body=f"WATER LOSS {job_no}: {address}. Extractor + 6 air movers. Confirm ETA.",
    )
""", hexs(32), sid=twilio_sid())

add("yaml/housecall-pro-api-key", "config/housecallpro.yml", "https://docs.housecallpro.com/docs/housecall-public-api", """
housecall_pro:
  base_url: https://api.housecallpro.com
  api_key: @@secret@@
  company: Spotless Steam Carpet Co
  sync:
    jobs: true
    estimates: true
    invoices: false
  job_types:
    - Carpet Cleaning
    - Upholstery
    - Tile & Grout
""", hexs(32))

add("json/jobber-client-secret", "integrations/jobber/app.json", "https://developer.getjobber.com/docs/building_your_app/app_authorization", """
{
  "app_name": "FreshFiber Scheduler Sync",
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "redirect_uri": "https://sync.freshfiber.co/oauth/jobber/callback",
  "scopes": ["read_clients", "read_jobs", "write_jobs", "read_invoices"],
  "graphql_version": "2023-11-15"
}
""", alnum(64), cid=uuid_s())

add("env/servicetitan-client-secret", "servicetitan-bridge/.env.production", "https://developer.servicetitan.io/docs/get-going-authentication/", """
ST_TENANT_ID=1437712209
ST_APP_KEY=ak1.@@ak@@
ST_CLIENT_ID=cid.@@cid@@
ST_CLIENT_SECRET=cs1.@@secret@@
ST_AUTH_URL=https://auth.servicetitan.io/connect/token
ST_API_URL=https://api.servicetitan.io
""", lower_alnum(50), ak=lower_alnum(20), cid=lower_alnum(25))

add("python/xactanalysis-sftp-password", "claims/xact_pull.py", "https://docs.paramiko.org/en/stable/api/sftp.html", """
\"\"\"Nightly pull of XactAnalysis assignments for Blue Heron Restoration.\"\"\"
import paramiko

HOST = "sftp.xactware.com"
USER = "bhr_xa_export"
PASSWORD = "@@secret@@"


def pull(dest: str = "/srv/claims/inbox") -> int:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    count = 0
    for name in sftp.listdir("outbound"):
        if name.endswith(".xml"):
            sftp.get(f"outbound/{name}", f"{dest}/{name}")
            count += 1
    sftp.close()
    transport.close()
    return count
""", words_pw())

add("github-actions/encircle-api-token", ".github/workflows/encircle-sync.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """
name: encircle-sync
on:
  schedule:
    - cron: "*/30 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ENCIRCLE_API_URL: https://api.encircleapp.com/v1
      ENCIRCLE_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m sync.encircle --since 2h
""", uuid_s())

add("typescript/companycam-token", "src/lib/companycam.ts", "https://docs.companycam.com/docs/authentication", """
import axios from "axios";

const COMPANYCAM_TOKEN = "@@secret@@";

export const companyCam = axios.create({
  baseURL: "https://api.companycam.com/v2",
  headers: {
    Authorization: `Bearer ${COMPANYCAM_TOKEN}`,
    "Content-Type": "application/json",
  },
});

export async function photosForProject(projectId: string) {
  const res = await companyCam.get(`/projects/${projectId}/photos`, { params: { per_page: 100 } });
  return res.data;
}
""", alnum(43))

add("shell/matterport-api-secret", "scripts/export_matterport.sh", "https://matterport.github.io/showcase-sdk/docs/reference/current/", """
#!/usr/bin/env bash
# Pulls the 3D scans of fire-loss jobs for the adjuster packet.
set -euo pipefail
MP_TOKEN_ID="@@tid@@"
MP_TOKEN_SECRET="@@secret@@"
JOB="${1:?job number}"
curl -s -u "${MP_TOKEN_ID}:${MP_TOKEN_SECRET}" \\
  -H "Content-Type: application/json" \\
  -d @"queries/models-${JOB}.json" \\
  https://api.matterport.com/api/models/graph > "out/${JOB}-models.json"
echo "saved out/${JOB}-models.json"
""", hexs(32), tid=lower_alnum(26))

add("go/samsara-api-token", "fleet/samsara/client.go", "https://developers.samsara.com/docs/authentication", """
package samsara

import (
	"net/http"
	"time"
)

const (
	baseURL  = "https://api.samsara.com"
	apiToken = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) vehicleLocations() (*http.Response, error) {
	req, _ := http.NewRequest("GET", baseURL+"/fleet/vehicles/locations", nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	return c.http.Do(req)
}
""", samsara_token())

add("ini/postgres-password", "deploy/jobs-db.ini", "https://www.postgresql.org/docs/current/libpq-pgservice.html", """
[jobsdb]
host=pg-prod.internal.stainawaycarpet.net
port=5432
dbname=jobs
user=jobs_app
password=@@secret@@
sslmode=require
""", rand_pw(22))

add("properties/mysql-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=restoration-estimator
server.port=8080
spring.datasource.url=jdbc:mysql://db01.phoenixrebuild.local:3306/estimates?useSSL=true
spring.datasource.username=estimator
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
xactimate.export.dir=/data/esx
""", words_pw())

add("compose/redis-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """
services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://dispatch:${DB_PASSWORD}@db:5432/dispatch
      REDIS_URL: redis://:@@secret@@@redis:6379/0
    depends_on: [db, redis]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: ${DB_PASSWORD}
""", fakes.redis_password(_seed()))

_SMTP_PW = words_pw()
add("k8s-secret/smtp-password", "k8s/prod/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: invoice-mailer
  namespace: restoration-prod
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@enc@@
""", _SMTP_PW, host=b64("smtp.office365.com"), user=b64("invoices@ashbyfirewater.com"), enc=b64(_SMTP_PW))

add("terraform/aws-secret-key", "infra/photos-bucket/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """
provider "aws" {
  region     = "us-east-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "job_photos" {
  bucket = "cleanslate-restoration-job-photos"
  tags = {
    team = "ops"
    use  = "moisture maps and before/after photos"
  }
}

resource "aws_s3_bucket_versioning" "job_photos" {
  bucket = aws_s3_bucket.job_photos.id
  versioning_configuration { status = "Enabled" }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("markdown/wifi-router-admin-password", "docs/office-network.md", "https://www.ui.com/download/unifi", """
# Warehouse network (Ridgeway Carpet & Flood)

| Device | IP | Login | Notes |
|---|---|---|---|
| UniFi Dream Machine | 10.20.0.1 | admin / @@secret@@ | firmware 3.2, auto-update off |
| Truck bay switch | 10.20.0.2 | adopted | USW-24-PoE |
| Dehu charging room AP | 10.20.0.11 | adopted | U6-Lite |

Guest Wi-Fi for customers waiting on pickups is `RidgewayGuest` (rotates monthly, posted at the counter).
Call Nate before changing any VLANs - the shop camera NVR is on VLAN 30.
""", words_pw())

add("json/sqlserver-password", "Estimator.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Jobs": "Server=tcp:sql-restore-prod.database.windows.net,1433;Initial Catalog=Jobs;User ID=estimator_app;Password=@@secret@@;Encrypt=True;"
  },
  "Xactimate": {
    "ExportFolder": "D:\\\\ESX\\\\Outbox",
    "PriceList": "TXAU8X_NOV24"
  },
  "AllowedHosts": "*"
}
""", rand_pw(24, "!#"))

add("java/sendgrid-api-key", "src/main/java/com/heritagecarpet/notify/ReminderMailer.java", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
package com.heritagecarpet.notify;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import java.io.IOException;

public class ReminderMailer {
    private static final String SENDGRID_KEY = "@@secret@@";
    private final SendGrid client = new SendGrid(SENDGRID_KEY);

    public void send(Mail mail) throws IOException {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        client.api(request);
    }
}
""", sendgrid_key())

add("kotlin/square-access-token", "app/src/main/java/com/tidyrug/pos/SquareConfig.kt", "https://developer.squareup.com/docs/build-basics/access-tokens", """
package com.tidyrug.pos

object SquareConfig {
    const val ENVIRONMENT = "production"
    const val LOCATION_ID = "L8Q4B2N1XK7HZ"
    const val ACCESS_TOKEN = "@@secret@@"
    const val CURRENCY = "USD"

    val lineItems = listOf("Room (up to 200 sq ft)", "Stairs", "Pet odor treatment", "Scotchgard")
}
""", square_token())

add("php/mailgun-api-key", "wp-content/plugins/booking-reminders/config.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
<?php
// Booking reminders for Sunrise Carpet Care (WordPress plugin)
if (!defined('ABSPATH')) { exit; }

define('BR_MAILGUN_DOMAIN', 'mg.sunrisecarpetcare.com');
define('BR_MAILGUN_KEY', '@@secret@@');
define('BR_FROM', 'Sunrise Carpet Care <bookings@sunrisecarpetcare.com>');
define('BR_REMIND_HOURS', 24);

function br_mailgun_endpoint() {
    return 'https://api.mailgun.net/v3/' . BR_MAILGUN_DOMAIN . '/messages';
}
""", mailgun_key())

add("ruby/slack-bot-token", "lib/tasks/overnight_readings.rake", "https://api.slack.com/authentication/token-types", """
require "slack-ruby-client"

Slack.configure do |config|
  config.token = "@@secret@@"
end

namespace :readings do
  desc "Post overnight moisture readings that are still above dry standard"
  task post: :environment do
    wet = MoistureReading.overnight.where("value > dry_standard")
    next if wet.empty?
    Slack::Web::Client.new.chat_postMessage(channel: "#drying-jobs", text: "#{wet.count} readings still wet")
  end
end
""", slack_bot())

add("python/slack-webhook", "monitoring/dehu_watch.py", "https://api.slack.com/messaging/webhooks", """
import requests

WEBHOOK = "@@secret@@"
THRESHOLD_RH = 60


def alert(job: str, room: str, rh: float) -> None:
    if rh < THRESHOLD_RH:
        return
    requests.post(WEBHOOK, json={"text": f":droplet: {job} {room}: RH {rh:.0f}% - check the LGR dehu"}, timeout=10)
""", slack_webhook())

add("powershell/ad-service-password", "scripts/Sync-TechAccounts.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/", """
# Creates AD accounts for new field techs from the HR export.
Import-Module ActiveDirectory
$svcUser = "RESTORE\\svc-adsync"
$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

Import-Csv "\\\\fs01\\hr\\new_techs.csv" | ForEach-Object {
    New-ADUser -Name $_.Name -SamAccountName $_.Sam -Path "OU=Field,DC=restore,DC=local" `
        -Enabled $true -Credential $cred -AccountPassword (ConvertTo-SecureString $_.TempPw -AsPlainText -Force)
}
""", words_pw())

add("dockerfile/pypi-token", "tools/moisture-sdk/Dockerfile", "https://pypi.org/help/#apitoken", """
FROM python:3.12-slim
WORKDIR /src
COPY . .
RUN pip install build twine
RUN python -m build
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
CMD ["twine", "upload", "--repository", "pypi", "dist/*"]
""", fakes.pypi_token(_seed()))

add("toml/github-token", "tools/changelog/config.toml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
[github]
owner = "ember-ridge-restoration"
repo = "field-app"
token = "@@secret@@"

[release]
branch = "main"
sections = ["Features", "Fixes", "Drying logs"]
""", fakes.github_token(_seed()))

add("python/telegram-bot-token", "bots/crew_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)
BOT_TOKEN = "@@secret@@"


async def today(update, context):
    await update.message.reply_text("Truck 3: 2 carpets Elm St, 1 flood follow-up Ocean Ave")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("today", today))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("yaml/ldap-bind-password", "config/nextcloud-ldap.yaml", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", """
ldap:
  host: ldaps://dc01.floodpros.local
  port: 636
  base_dn: DC=floodpros,DC=local
  agent_dn: CN=svc-nextcloud,OU=Service Accounts,DC=floodpros,DC=local
  agent_password: "@@secret@@"
  user_filter: (&(objectClass=user)(memberOf=CN=Office,OU=Groups,DC=floodpros,DC=local))
  login_filter: (&(objectClass=user)(sAMAccountName=%uid))
""", rand_pw(18, "!$"))

add("env/hubspot-private-app-token", "crm-sync/.env", "https://developers.hubspot.com/docs/api/private-apps", """
# crm-sync: pushes new water-loss leads into HubSpot
HUBSPOT_ACCESS_TOKEN=@@secret@@
HUBSPOT_PIPELINE=water-mitigation
LEAD_SOURCES=google_lsa,insurance_referral,plumber_referral
SYNC_INTERVAL_MIN=15
""", hubspot_pat())

add("shell/ftp-password", "scripts/upload_estimates.sh", "https://curl.se/docs/manpage.html#-T", """
#!/bin/sh
# Upload ESX estimates to the TPA's FTP drop (they still do not have SFTP)
set -e
for f in /srv/esx/outbox/*.esx; do
  curl -sS --ftp-ssl -T "$f" "ftp://crawford_drop:@@secret@@@ftp.tpa-claims-example.net/incoming/"
  mv "$f" /srv/esx/sent/
done
""", words_pw())

add("notebook/postgres-password", "analysis/job_margins.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Job margins by loss type (Q3)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql://analyst:@@secret@@@reports.restorepro.internal:5432/jobs\\")\\n",
    "df = pd.read_sql(\\"select loss_type, revenue, labor_cost, equipment_days from job_summary\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('loss_type').sum()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("ansible/device-admin-password", "ansible/roles/nvr/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
# Shop camera NVR (Hikvision DS-7608) at the Westside warehouse
nvr_host: 10.30.0.5
nvr_admin_user: admin
nvr_admin_password: "@@secret@@"
nvr_channels:
  - { id: 1, name: "Truck bay" }
  - { id: 2, name: "Chemical storage" }
  - { id: 3, name: "Front counter" }
nvr_retention_days: 30
""", words_pw())

add("sql/app-user-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0007: read-only reporting role for the Power BI gateway
BEGIN;
CREATE ROLE powerbi_reader WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE jobs TO powerbi_reader;
GRANT USAGE ON SCHEMA reporting TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_reader;
COMMIT;
""", rand_pw(20))

add("github-actions/aws-secret-key", ".github/workflows/deploy-portal.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy-portal
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
          aws-access-key-id: @@akid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-west-2
      - run: npm ci && npm run build
      - run: aws s3 sync ./dist s3://portal.canyonflood.com --delete
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("xml/quickbooks-client-secret", "QbSync/App.config", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="QboClientId" value="AB@@cid@@" />
    <add key="QboClientSecret" value="@@secret@@" />
    <add key="QboRealmId" value="9130351785426116" />
    <add key="QboEnvironment" value="production" />
    <add key="InvoiceMemo" value="Thank you for choosing Twin Pines Carpet Care" />
  </appSettings>
</configuration>
""", alnum(40), cid=alnum(48))

add("swift/callrail-api-key", "TechApp/Services/CallTracking.swift", "https://apidocs.callrail.com/#authentication", """
import Foundation

enum CallTracking {
    static let accountId = "ACC8f1e2d3c4b5a69788796a5b4c3d2e1f0"
    static let apiKey = "@@secret@@"

    static func recentCalls() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://api.callrail.com/v3/a/\\(accountId)/calls.json?date_range=today")!)
        request.setValue("Token token=\\"\\(apiKey)\\"", forHTTPHeaderField: "Authorization")
        return request
    }
}
""", hexs(32))

add("rust/openai-api-key", "estimate-assist/src/main.rs", "https://platform.openai.com/docs/api-reference/authentication", """
use reqwest::blocking::Client;
use serde_json::json;

const OPENAI_KEY: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let notes = std::fs::read_to_string("scope_notes.txt")?;
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": format!("Turn these mitigation notes into Xactimate line items:\\n{}", notes)}]
    });
    let res = Client::new()
        .post("https://api.openai.com/v1/chat/completions")
        .bearer_auth(OPENAI_KEY)
        .json(&body)
        .send()?;
    println!("{}", res.text()?);
    Ok(())
}
""", openai_key())

add("log/basic-auth-header", "logs/encircle-webhook-2024-10-02.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-10-02T14:03:11Z INFO  webhook received claim=CLM-220391 event=photo.created
2024-10-02T14:03:11Z DEBUG forwarding to https://erp.stormreadyrestoration.com/api/photos
2024-10-02T14:03:11Z DEBUG request headers: {'Content-Type': 'application/json', 'Authorization': 'Basic @@secret@@'}
2024-10-02T14:03:12Z INFO  erp responded 201 in 412ms
2024-10-02T14:05:40Z INFO  webhook received claim=CLM-220391 event=moisture_map.updated
2024-10-02T14:05:41Z INFO  erp responded 201 in 388ms
""", b64("erp_webhooks:" + rand_pw(20)))

add("markdown/handover-smtp-password", "docs/handover-office-it.md", "https://support.google.com/a/answer/176600", """
# Office IT handover - Mike leaving Friday

- Domain + email: Google Workspace, super admin is owner@brightwaycleaning.com (Lisa has the 2FA key)
- Scanner-to-email on the Ricoh copier uses smtp-relay.gmail.com:587
  - user: scanner@brightwaycleaning.com
  - app password: `@@secret@@`
- QuickBooks Desktop lives on the front office PC, backups to the NAS nightly
- Housecall Pro: Lisa is account owner
- Truck tablets: MDM is Jamf Now, enrollment link in the shared drive
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/private-key", "tools/sign_reports.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", """
\"\"\"Signs the drying reports PDFs we send to carriers.\"\"\"
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY = b\"\"\"@@secret@@
\"\"\"


def sign(pdf_bytes: bytes) -> bytes:
    key = serialization.load_pem_private_key(SIGNING_KEY, password=None)
    return key.sign(pdf_bytes, padding.PKCS1v15(), hashes.SHA256())
""", pem())

add("yaml/azure-client-secret", "deploy/helm/values-prod.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """
image:
  repository: restorecr.azurecr.io/claims-portal
  tag: 2.14.1
replicaCount: 2
graph:
  tenantId: 5e7c1b4a-2f0d-4c1e-9a3b-8d6f2e1c0b7a
  clientId: 0c3d9f2e-7a1b-4e5c-b8d6-1f2a3b4c5d6e
  clientSecret: "@@secret@@"
  mailbox: claims@ironwoodrestoration.com
ingress:
  host: claims.ironwoodrestoration.com
""", azure_secret())

add("typescript/stripe-webhook-secret", "src/app/api/stripe/route.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", """
import Stripe from "stripe";
import { NextResponse } from "next/server";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const endpointSecret = "@@secret@@";

export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature")!;
  const body = await req.text();
  const event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  if (event.type === "checkout.session.completed") {
    // mark the carpet cleaning booking as paid
  }
  return NextResponse.json({ received: true });
}
""", stripe_whsec())

add("env/airtable-pat", "equipment-tracker/.env.local", "https://airtable.com/developers/web/guides/personal-access-tokens", """
# Equipment tracker (air movers, dehus, air scrubbers per job)
AIRTABLE_BASE=appQ3k9ZpL2mN7xTr
AIRTABLE_TABLE=Equipment
AIRTABLE_TOKEN=@@secret@@
NEXT_PUBLIC_COMPANY=High Water Mitigation
""", airtable_pat())

add("go/redis-url", "cmd/queue-worker/main.go", "https://redis.io/docs/latest/develop/clients/go/", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@cache.restoretrack.io:6380/2")
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	for {
		job, err := rdb.BRPop(context.Background(), 0, "queue:drying-reports").Result()
		if err != nil {
			log.Println(err)
			continue
		}
		log.Printf("building report for %s", job[1])
	}
}
""", fakes.redis_password(_seed()))


# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", ".env.example", "https://12factor.net/config", """
# Copy to .env and fill in. Ask Dana for the real values - never commit .env
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
HOUSECALL_PRO_API_KEY=<your-housecall-pro-api-key>
DATABASE_URL=postgres://user:password@localhost:5432/dispatch
REDIS_URL=redis://localhost:6379/0
""")

add("python/decoy-env-reference", "dispatch/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
HCP_API_KEY = os.getenv("HOUSECALL_PRO_API_KEY", "")
DATABASE_URL = os.getenv("DATABASE_URL", "postgres://localhost/dispatch")
EMERGENCY_LINE = "+1-512-555-0143"
DRYING_GOAL_RH = 45
""")

add("typescript/decoy-publishable-key", "src/checkout/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PK = "pk_live_@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK);

export const PRICES = {
  room: 4900,
  stairs: 2500,
  petTreatment: 3500,
};
""", pk=fakes.drawn_mixed(_seed(), 99))

add("k8s-secret/decoy-external-secret", "k8s/prod/external-secrets.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-secrets
  namespace: restoration-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: dispatch-secrets
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/dispatch, property: stripe_secret_key }
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef: { key: prod/dispatch, property: twilio_auth_token }
    - secretKey: SAMSARA_API_TOKEN
      remoteRef: { key: prod/fleet, property: samsara_token }
""")

add("csv/decoy-job-ids", "exports/jobs_2024-09.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
job_id,claim_number,customer,loss_type,category,class,sq_ft,encircle_claim_uuid,status
J-24-0911,CLM-220391,Hendricks,Water,2,3,1450,@@u1@@,Drying
J-24-0912,,Okafor,Carpet cleaning,,,620,,Complete
J-24-0913,HO-88120-7,Lindqvist,Fire,,,2100,@@u2@@,Estimating
J-24-0914,CLM-220455,Ramirez,Water,3,2,880,@@u3@@,Mold remediation
J-24-0915,,Chen,Upholstery,,,0,,Complete
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("yaml/decoy-vault-reference", "ansible/group_vars/all/vars.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
---
company: Northstar Fire & Water
smtp_host: smtp.office365.com
smtp_user: alerts@northstarfw.com
smtp_password: "{{ vault_smtp_password }}"
nvr_admin_password: "{{ vault_nvr_admin_password }}"
unifi_admin_password: "{{ vault_unifi_admin_password }}"
backup_bucket: northstar-fileserver-backups
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("markdown/decoy-redacted", "docs/runbooks/stripe-key-rotation.md", "https://docs.stripe.com/keys#rolling-keys", """
# Rotating the Stripe key (portal + dispatch)

1. Dashboard -> Developers -> API keys -> Roll key on the secret key (`sk_live_...`).
2. Set an expiry of 12 hours for the old key so in-flight deposits finish.
3. Update the value in AWS Secrets Manager, `prod/dispatch` -> `stripe_secret_key`.
4. Restart: `kubectl -n restoration-prod rollout restart deploy/dispatch`.
5. Check a $1 test charge on the office card and refund it.

The last rotation (2024-08-14) replaced `sk_live_****************Qz3F`. Do not paste keys in Slack.
""")

add("json/decoy-checksums", "firmware/moisture-logger/manifest.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#integrity", """
{
  "device": "RH/Temp logger TL-4 (truck kits)",
  "version": "3.8.2",
  "files": [
    {"name": "tl4-3.8.2.bin", "size": 482304, "sha256": "@@h1@@"},
    {"name": "tl4-bootloader-1.2.bin", "size": 32768, "sha256": "@@h2@@"}
  ],
  "signature_key_id": "tl4-release-2024",
  "released": "2024-07-30"
}
""", h1=hexs(64), h2=hexs(64))

add("python/decoy-test-fixture", "tests/test_invoices.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from billing.invoices import build_invoice


@pytest.fixture
def stripe_stub(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test_secret")


def test_water_loss_invoice_adds_equipment_days(stripe_stub):
    inv = build_invoice(job="J-1", air_movers=6, dehus=2, days=3)
    assert inv.lines["air_mover_day"] == 18
    assert inv.lines["dehu_day"] == 6
""")

add("go/decoy-regex", "internal/redact/redact.go", "https://pkg.go.dev/regexp", """
package redact

import "regexp"

// Patterns scrubbed from tech notes before they go to the carrier.
var patterns = []*regexp.Regexp{
	regexp.MustCompile(`sk_live_[0-9a-zA-Z]{24,99}`),
	regexp.MustCompile(`AKIA[0-9A-Z]{16}`),
	regexp.MustCompile(`\\b\\d{3}-\\d{2}-\\d{4}\\b`), // SSN
	regexp.MustCompile(`samsara_api_[A-Za-z0-9]{30}`),
}

func Scrub(s string) string {
	for _, p := range patterns {
		s = p.ReplaceAllString(s, "[redacted]")
	}
	return s
}
""")

add("shell/decoy-secret-manager", "scripts/run_sync.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", """
#!/usr/bin/env bash
set -euo pipefail
export XA_SFTP_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/xactanalysis \\
  --query SecretString --output text | jq -r .sftp_password)"
export ENCIRCLE_TOKEN="$(aws ssm get-parameter --name /prod/encircle/token --with-decryption \\
  --query Parameter.Value --output text)"
exec python -m sync.run --all
""")

add("html/decoy-recaptcha-site-key", "site/templates/book-cleaning.html", "https://developers.google.com/recaptcha/docs/display", """
<form action="/book" method="post" id="book-form">
  <label>Rooms <input type="number" name="rooms" min="1" max="12"></label>
  <label>Pets in home? <input type="checkbox" name="pets"></label>
  <label>Preferred date <input type="date" name="date"></label>
  <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
  <button type="submit">Book my cleaning</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("sql/decoy-password-hash", "db/seeds/003_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Staff accounts for the scheduling board (passwords are bcrypt hashes)
INSERT INTO staff (id, name, role, email, password_hash) VALUES
  (1, 'Dana Whitfield', 'owner', 'dana@cleanwavecarpet.com', '$2b$12$@@h1@@'),
  (2, 'Luis Ortega', 'crew_lead', 'luis@cleanwavecarpet.com', '$2b$12$@@h2@@'),
  (3, 'Priya Nair', 'office', 'priya@cleanwavecarpet.com', '$2b$12$@@h3@@');
SELECT setval('staff_id_seq', 3);
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("terraform/decoy-variable-reference", "infra/dispatch/secrets.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret_version" "dispatch" {
  secret_id = aws_secretsmanager_secret.dispatch.id
  secret_string = jsonencode({
    stripe_secret_key = var.stripe_secret_key
    twilio_auth_token = var.twilio_auth_token
  })
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/release-sdk.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: release-moisture-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
""")

add("json/decoy-client-id", "mobile/app.config.json", "https://developers.google.com/identity/protocols/oauth2/native-app", """
{
  "name": "CrewBoard",
  "slug": "crewboard",
  "version": "4.2.0",
  "ios": { "bundleIdentifier": "com.ashbyfirewater.crewboard" },
  "extra": {
    "googleIosClientId": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "sentryEnvironment": "production",
    "apiBase": "https://api.ashbyfirewater.com"
  }
}
""", num=str(_rng().randint(10**11, 10**12)), cid=lower_alnum(32))

add("log/decoy-masked", "logs/sync-2024-11-18.log", "https://docs.python.org/3/library/logging.html", """
2024-11-18 02:00:01 INFO  sync start (jobs since 2024-11-17T02:00:00Z)
2024-11-18 02:00:01 INFO  housecallpro: using api key ****c91e
2024-11-18 02:00:03 INFO  housecallpro: 37 jobs, 12 estimates
2024-11-18 02:00:03 INFO  quickbooks: token refreshed, expires_in=3600
2024-11-18 02:00:07 WARN  quickbooks: customer "Okafor, J." duplicate, merged
2024-11-18 02:00:09 INFO  sync done in 8.2s
""")

add("yaml/decoy-docker-digest", "k8s/prod/estimator-deploy.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: estimator
  namespace: restoration-prod
spec:
  replicas: 2
  selector:
    matchLabels: { app: estimator }
  template:
    metadata:
      labels: { app: estimator }
    spec:
      containers:
        - name: estimator
          image: ghcr.io/ironwood-restoration/estimator@sha256:@@d@@
          envFrom:
            - secretRef: { name: estimator-secrets }
""", d=hexs(64))

add("markdown/decoy-example-docs", "docs/integrations/samsara.md", "https://developers.samsara.com/docs/authentication", """
# Samsara (truck GPS) integration

We use Samsara to show the nearest truck with a truck-mount to a new flood call.

1. In the Samsara dashboard, Settings -> API Tokens -> Add token (read: Vehicles, Drivers).
2. Save it in 1Password under "Samsara API (dispatch)".
3. Locally, export it:

```bash
export SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
python -m fleet.nearest --job J-24-0911
```
""")


# ---------------------------------------------------------------- more secrets

_SPLIT = stripe_key("rk_live_")
add("python/stripe-restricted-key", "billing/charge_deposit.py", "https://docs.stripe.com/api/authentication", """
import stripe

# split so the old pre-commit regex would not flag it (TODO move to env)
stripe.api_key = ("@@a@@"
                  "@@b@@")


def charge_deposit(customer_id: str, job_no: str, cents: int) -> str:
    intent = stripe.PaymentIntent.create(
        amount=cents,
        currency="usd",
        customer=customer_id,
        description=f"Water mitigation deposit {job_no}",
        off_session=True,
        confirm=True,
    )
    return intent.id
""", _SPLIT, a=_SPLIT[:16], b=_SPLIT[16:])

add("env/twilio-api-key-secret", "call-center/.env", "https://www.twilio.com/docs/iam/api-keys", """
# After-hours flood line IVR
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=SK@@sk@@
TWILIO_API_SECRET=@@secret@@
IVR_FORWARD_TO=+15125550199
IVR_VOICEMAIL_EMAIL=oncall@deluge-restoration.com
""", alnum(32), sid=twilio_sid(), sk=hexs(32))

add("yaml/sendgrid-smtp", "config/mailer.yml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", """
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.sendgrid.net
    port: 587
    user_name: apikey
    password: @@secret@@
    domain: pureplushcarpet.com
    authentication: plain
    enable_starttls_auto: true
""", sendgrid_key())

add("ruby/database-url", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: restorebook_dev

production:
  <<: *default
  url: postgres://restorebook:@@secret@@@restorebook-db.c9x2kq1.us-east-1.rds.amazonaws.com:5432/restorebook
""", rand_pw(24))

add("php/wordpress-db-password", "wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
/** Evergreen Carpet & Upholstery - marketing site */
define( 'DB_NAME', 'evergreen_wp' );
define( 'DB_USER', 'evergreen_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'egc_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "#!^"))

add("k8s-secret/samsara-api-token", "k8s/fleet/samsara-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: fleet-tracker
  namespace: ops
type: Opaque
data:
  SAMSARA_API_TOKEN: @@enc@@
  SAMSARA_ORG: @@org@@
""", _T := samsara_token(), enc=b64(_T), org=b64("ridgeway-carpet"))

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://marketplace.visualstudio.com/items?itemName=Natizyskunk.sftp", """
{
  "name": "marketing site (Bluehost)",
  "host": "box2231.bluehost.com",
  "protocol": "sftp",
  "port": 22,
  "username": "pristinc",
  "password": "@@secret@@",
  "remotePath": "/home2/pristinc/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("csharp/twilio-auth-token", "FloodLine/Services/SmsService.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace FloodLine.Services
{
    public class SmsService
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public SmsService() => TwilioClient.Init(AccountSid, AuthToken);

        public void NotifyHomeowner(string to, string techName, int etaMinutes) =>
            MessageResource.Create(
                to: new Twilio.Types.PhoneNumber(to),
                from: new Twilio.Types.PhoneNumber("+18005550177"),
                body: $"{techName} from AquaGuard Restoration is {etaMinutes} min away.");
    }
}
""", hexs(32), sid=twilio_sid())

add("shell/mssql-sa-password", "scripts/restore_xact_backup.sh", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
#!/bin/bash
# Restore last night's Xactimate reporting DB into the analytics VM
BAK=$(ls -t /mnt/backup/xactreport_*.bak | head -1)
sqlcmd -S localhost -U sa -P '@@secret@@' -Q "RESTORE DATABASE XactReport FROM DISK='${BAK}' WITH REPLACE"
sqlcmd -S localhost -U sa -P '@@secret@@' -d XactReport -i sql/refresh_views.sql
echo "restored ${BAK}"
""", rand_pw(20, "!@#"))

add("dockerfile/npm-token", "web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
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
""", npm_token())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  variables:
    GL_TOKEN: "@@secret@@"
  script:
    - git clone --mirror https://oauth2:${GL_TOKEN}@gitlab.com/cinderline-restoration/claims.git
    - cd claims.git && git push --mirror git@github.com:cinderline/claims.git
  only: [main]
""", gitlab_token())

add("ini/odbc-password", "etc/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[QuickBooksMirror]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:qbmirror.harborviewclean.local,1433
Database    = QBMirror
UID         = qb_reader
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("markdown/device-password-table", "docs/truck-equipment.md", "https://www.phoenixrestorationequipment.com/", """
# Truck equipment logins

Truck-mount consoles and the LGR dehus with Wi-Fi all sit on the truck hotspot.

| Truck | Hotspot SSID | Hotspot password | Dehu app account |
|---|---|---|---|
| T1 (Ford Transit) | T1-FIELD | @@secret@@ | t1@rapidryfloodco.com |
| T2 (Chevy Express) | T2-FIELD | see T2 binder | t2@rapidryfloodco.com |

Reset any console with the pin hole on the back; default IP is 192.168.4.1.
""", words_pw())

add("python/anthropic-api-key", "scope_writer/llm.py", "https://docs.anthropic.com/en/api/getting-started", """
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

PROMPT = (
    "You write fire-loss scope narratives for adjusters. Use the room list and the soot "
    "readings. Never invent measurements."
)


def narrative(rooms: list[dict]) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1200,
        system=PROMPT,
        messages=[{"role": "user", "content": str(rooms)}],
    )
    return msg.content[0].text
""", anthropic_key())

add("toml/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("env/dropbox-token", "photo-archiver/.env", "https://www.dropbox.com/developers/documentation/http/documentation", """
# Archive closed-job photos from CompanyCam to Dropbox (adjusters ask for them years later)
DROPBOX_ACCESS_TOKEN=@@secret@@
DROPBOX_ROOT=/Closed Jobs
COMPANYCAM_TOKEN=${COMPANYCAM_TOKEN}
ARCHIVE_AFTER_DAYS=45
""", dropbox_token())

add("terraform/database-password", "infra/db/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "jobs" {
  identifier              = "restoretrack-jobs"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "restoretrack"
  password                = "@@secret@@"
  backup_retention_period = 14
  skip_final_snapshot     = false
  deletion_protection     = true
}
""", rand_pw(28))

add("java/ldap-password", "src/main/java/com/firstrespondrestore/auth/LdapConfig.java", "https://docs.spring.io/spring-security/reference/servlet/authentication/passwords/ldap.html", """
package com.firstrespondrestore.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc01.frr.local:636");
        source.setBase("DC=frr,DC=local");
        source.setUserDn("CN=svc-portal,OU=Service,DC=frr,DC=local");
        source.setPassword("@@secret@@");
        return source;
    }
}
""", words_pw())

add("compose/mysql-root-password", "erp/docker-compose.yml", "https://hub.docker.com/_/mysql", """
version: "3.8"
services:
  erp:
    image: dolibarr/dolibarr:19
    environment:
      DOLI_DB_HOST: mysql
      DOLI_DB_USER: dolibarr
      DOLI_DB_PASSWORD: @@app@@
    ports: ["8080:80"]
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: dolibarr
      MYSQL_USER: dolibarr
      MYSQL_PASSWORD: ${DOLI_DB_PASSWORD}
    volumes: ["./data:/var/lib/mysql"]
""", rand_pw(20), app="${DOLI_DB_PASSWORD}")

add("github-actions/telegram-bot-token", ".github/workflows/notify-crew.yml", "https://github.com/appleboy/telegram-action", """
name: notify-crew
on:
  workflow_dispatch:
    inputs:
      message:
        description: "Message for the crew chat"
        required: true
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/telegram-action@v1.0.0
        with:
          to: "-1001873345521"
          token: "@@secret@@"
          message: ${{ github.event.inputs.message }}
""", fakes.telegram_token(_seed()))

add("powershell/smtp-password", "scripts/Send-DryingReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
param([string]$JobNo, [string]$To)

$report = "\\\\fs01\\jobs\\$JobNo\\drying-log.pdf"
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object PSCredential('reports@summitwaterfire.com', $pw)

Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From 'reports@summitwaterfire.com' -To $To `
    -Subject "Drying log - job $JobNo" -Body 'Attached is the daily drying log.' -Attachments $report
""", words_pw())

add("kotlin/companycam-webhook-secret", "server/src/main/kotlin/photos/WebhookVerifier.kt", "https://docs.companycam.com/docs/webhooks", """
package photos

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import java.util.Base64

object WebhookVerifier {
    private const val SIGNING_SECRET = "@@secret@@"

    fun valid(body: ByteArray, signature: String): Boolean {
        val mac = Mac.getInstance("HmacSHA1")
        mac.init(SecretKeySpec(SIGNING_SECRET.toByteArray(), "HmacSHA1"))
        val expected = Base64.getEncoder().encodeToString(mac.doFinal(body))
        return expected == signature
    }
}
""", hexs(40))

add("typescript/google-service-account-key", "scripts/calendar-sync/credentials.ts", "https://cloud.google.com/iam/docs/keys-create-delete", """
// Service account that books cleanings into the shared crew calendars
export const serviceAccount = {
  type: "service_account",
  project_id: "crew-calendar-41822",
  private_key_id: "@@kid@@",
  private_key: `@@secret@@
`,
  client_email: "calendar-sync@crew-calendar-41822.iam.gserviceaccount.com",
  client_id: "104883120945571203316",
  token_uri: "https://oauth2.googleapis.com/token",
};
""", pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE"), kid=hexs(40))


# ---------------------------------------------------------------- more decoys

add("python/decoy-uuid-ids", "claims/encircle_models.py", "https://docs.python.org/3/library/uuid.html", """
from dataclasses import dataclass
from uuid import UUID

# Encircle template ids we map to our job types (ids, not credentials)
TEMPLATES = {
    "water_cat1": UUID("@@u1@@"),
    "water_cat3": UUID("@@u2@@"),
    "fire_smoke": UUID("@@u3@@"),
}


@dataclass
class Room:
    name: str
    floor: str
    affected_sq_ft: float
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("yaml/decoy-helm-secret-ref", "deploy/helm/values-staging.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
image:
  repository: restorecr.azurecr.io/claims-portal
  tag: 2.15.0-rc1
graph:
  tenantId: 5e7c1b4a-2f0d-4c1e-9a3b-8d6f2e1c0b7a
  clientId: 0c3d9f2e-7a1b-4e5c-b8d6-1f2a3b4c5d6e
  existingSecret: claims-portal-graph
  existingSecretKey: client-secret
ingress:
  host: claims-staging.ironwoodrestoration.com
""")

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-widget",
  "version": "1.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("env/decoy-local-dev", ".env.development", "https://docs.docker.com/compose/environment-variables/", """
# local docker-compose only; these never leave a laptop
DATABASE_URL=postgres://dispatch:dispatch@localhost:5432/dispatch_dev
REDIS_URL=redis://localhost:6379/1
STRIPE_SECRET_KEY=sk_test_placeholder
SMTP_HOST=localhost
SMTP_PORT=1025
SMTP_PASSWORD=
HCP_API_KEY=changeme
""")

add("markdown/decoy-vendor-support-ids", "docs/vendors.md", "https://www.xactware.com/en-us/support/", """
# Vendors and account numbers

| Vendor | What | Account / customer # | Support |
|---|---|---|---|
| Xactware | Xactimate Pro (3 seats) | XW-00418827 | 1-800-424-9228 |
| Phoenix | LGR dehus warranty | PHX-C-55120 | dealer: Jon |
| Sapphire Scientific | truck-mount 370 SS | serial 370-2019-04412 | |
| Encircle | field documentation | org id `enc_org_7Q2K` | in-app chat |
| Samsara | GPS (8 trucks) | order 48815022 | |

Passwords are in 1Password (vault "Vendors"), not here.
""")

add("shell/decoy-env-expansion", "deploy/deploy.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_HOST:?set DEPLOY_HOST}"
: "${DB_PASSWORD:?set DB_PASSWORD}"
ssh "deploy@${DEPLOY_HOST}" "cd /srv/dispatch && git pull && \\
  DB_PASSWORD='${DB_PASSWORD}' docker compose up -d --build"
curl -fsS "https://${DEPLOY_HOST}/healthz" >/dev/null && echo deployed
""")

add("xml/decoy-placeholder-config", "QbSync/App.Debug.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="QboClientId" value="REPLACE_WITH_SANDBOX_CLIENT_ID" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="QboClientSecret" value="REPLACE_WITH_SANDBOX_CLIENT_SECRET" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="QboEnvironment" value="sandbox" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("properties/decoy-spring-placeholder", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=restoration-estimator
spring.datasource.url=${JOBS_DB_URL:jdbc:mysql://localhost:3306/estimates}
spring.datasource.username=${JOBS_DB_USER:estimator}
spring.datasource.password=${JOBS_DB_PASSWORD}
sendgrid.api-key=${SENDGRID_API_KEY}
xactimate.export.dir=/data/esx
management.endpoints.web.exposure.include=health,info
""")

add("csv/decoy-equipment-serials", "exports/equipment_inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_tag,type,make,model,serial,mac,assigned_truck,last_service
EQ-0101,Dehumidifier,Phoenix,R250,R250-@@s1@@,00:1B:44:11:3A:B7,T1,2024-06-02
EQ-0102,Dehumidifier,Dri-Eaz,LGR 7000XLi,DE7K-@@s2@@,,T2,2024-05-19
EQ-0140,Air mover,Dri-Eaz,Velo Pro,,,T1,
EQ-0155,Air scrubber,Abatement Tech,PAS2400,PAS-@@s3@@,,T3,2024-08-11
EQ-0201,Truck-mount,Sapphire,370 SS,370-2019-04412,,T1,2024-09-30
EQ-0310,Moisture meter,Delmhorst,BD-2100,BD21-@@s4@@,,T2,2023-12-01
""", s1=hexs(10).upper(), s2=hexs(10).upper(), s3=hexs(8).upper(), s4=hexs(8).upper())

add("go/decoy-test-key", "internal/billing/stripe_test.go", "https://docs.stripe.com/testing", """
package billing

import "testing"

const testKey = "sk_test_@@tk@@" // test mode: no real money moves

func TestDepositCents(t *testing.T) {
	c := NewClient(testKey)
	if got := c.DepositCents(120000, 30); got != 36000 {
		t.Fatalf("deposit = %d, want 36000", got)
	}
}
""", tk=fakes.drawn_mixed(_seed(), 24))

add("dockerfile/decoy-build-arg", "api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.restore.internal/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "dispatch.wsgi", "-b", "0.0.0.0:8000"]
""")

add("sql/decoy-tokens-table-schema", "db/migrations/0011_oauth_tokens.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- QuickBooks / Jobber OAuth tokens, encrypted at rest with pgcrypto
CREATE TABLE oauth_tokens (
    id            serial PRIMARY KEY,
    provider      text NOT NULL CHECK (provider IN ('quickbooks', 'jobber', 'servicetitan')),
    realm_id      text,
    access_token  bytea NOT NULL,  -- pgp_sym_encrypt(token, current_setting('app.token_key'))
    refresh_token bytea NOT NULL,
    expires_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX oauth_tokens_provider_realm ON oauth_tokens (provider, realm_id);
""")

add("log/decoy-request-ids", "logs/portal-access-2024-12-01.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
203.0.113.41 - - [01/Dec/2024:09:12:04 +0000] "GET /jobs/J-24-1120/photos HTTP/2.0" 200 18211 "-" "Mozilla/5.0" req_id=@@r1@@
203.0.113.41 - - [01/Dec/2024:09:12:05 +0000] "GET /static/app.3f9c2a.js HTTP/2.0" 200 81220 "-" "Mozilla/5.0" req_id=@@r2@@
198.51.100.7 - - [01/Dec/2024:09:13:40 +0000] "POST /api/estimates HTTP/2.0" 201 512 "-" "CrewBoard/4.2.0" req_id=@@r3@@
198.51.100.7 - - [01/Dec/2024:09:13:44 +0000] "GET /api/estimates/88412 HTTP/2.0" 200 4410 "-" "CrewBoard/4.2.0" req_id=@@r4@@
192.0.2.15 - - [01/Dec/2024:09:15:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" req_id=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""")

add("yaml/decoy-sealed-secret", "k8s/prod/sealed-redis.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: redis-auth
  namespace: restoration-prod
spec:
  encryptedData:
    REDIS_PASSWORD: Ag@@e1@@
    REDIS_URL: Ag@@e2@@
  template:
    metadata:
      name: redis-auth
""", e1=fakes.drawn(_seed(), 350, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 400, ALNUM + "+/") + "=")

add("python/decoy-hmac-verify", "webhooks/verify.py", "https://docs.python.org/3/library/hmac.html", """
import hashlib
import hmac
import os

SECRET = os.environ["ENCIRCLE_WEBHOOK_SECRET"].encode()


def verify(body: bytes, signature_header: str) -> bool:
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature_header)


# example from the vendor docs: sha256 of an empty body with the secret "test"
EXAMPLE_SIG = "ad71148c79f21ab9eec51ea5c7dd2b668792f7c0d3534ae66b22f71c61523fb3"
""")

add("json/decoy-mapbox-public-token", "web/public/config.json", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
{
  "map": {
    "style": "mapbox://styles/mapbox/streets-v12",
    "accessToken": "pk.eyJ1Ijoic3Rvcm1yZWFkeSIsImEiOiJ@@t@@",
    "center": [-97.7431, 30.2672],
    "zoom": 9
  },
  "serviceAreaMiles": 60
}
""", t=fakes.drawn(_seed(), 32, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))


# ---------------------------------------------------------------- secrets, part 3

add("python/jobber-refresh-token", "integrations/jobber/tokens.py", "https://developer.getjobber.com/docs/building_your_app/refresh_token_rotation", """
\"\"\"Jobber OAuth tokens for the FreshFiber account (pasted from the first authorization).\"\"\"
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
REFRESH_TOKEN = "@@rt@@"


def refresh() -> dict:
    resp = requests.post(
        "https://api.getjobber.com/api/oauth/token",
        data={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "refresh_token",
            "refresh_token": REFRESH_TOKEN,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
""", alnum(64), cid=uuid_s(), rt=alnum(32))

add("ini/rclone-b2-key", "backup/rclone.conf", "https://rclone.org/b2/", """
[b2-jobs]
type = b2
account = 005@@acct@@0000000001
key = K005@@secret@@
hard_delete = false

[fileserver]
type = local
""", fakes.drawn_mixed(_seed(), 27), acct=hexs(9))

add("ansible/docker-registry-password", "ansible/roles/docker/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/docker/docker_login_module.html", """
---
registry_url: restorecr.azurecr.io
registry_username: restorecr
registry_password: "@@secret@@"
containers:
  - name: dispatch
    image: restorecr.azurecr.io/dispatch:3.4.2
  - name: estimator
    image: restorecr.azurecr.io/estimator:1.12.0
""", fakes.drawn(_seed(), 52, ALNUM + "+/"))

add("env/mapbox-secret-token", "route-planner/.env", "https://docs.mapbox.com/api/overview/#access-tokens-and-token-scopes", """
# Daily route planner for carpet crews (uses Mapbox Optimization API)
MAPBOX_SECRET_TOKEN=@@secret@@
DEPOT_LAT=39.7392
DEPOT_LON=-104.9903
MAX_STOPS_PER_TRUCK=7
""", "sk.eyJ1IjoiY2xlYW53YXZlIiwiYSI6I" + fakes.drawn(_seed(), 32, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/smtp-password", "reports/email_drying_log.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.gmail.com"
SMTP_USER = "reports@tideline-restoration.com"
SMTP_PASS = "@@secret@@"


def send(pdf_path: str, adjuster_email: str, claim: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Drying log - claim {claim}"
    msg["From"] = SMTP_USER
    msg["To"] = adjuster_email
    msg.set_content("Daily psychrometric readings attached.")
    with open(pdf_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="application", subtype="pdf", filename="drying-log.pdf")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("json/firebase-service-account", "functions/serviceAccount.json", "https://firebase.google.com/docs/admin/setup", """
{
  "type": "service_account",
  "project_id": "crewboard-prod",
  "private_key_id": "@@kid@@",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n@@secret@@\\n@@l2@@\\n@@l3@@\\n@@l4@@\\n-----END PRIVATE KEY-----\\n",
  "client_email": "firebase-adminsdk-x1q9z@crewboard-prod.iam.gserviceaccount.com",
  "client_id": "117204861539920841237",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + fakes.drawn(_seed(), 32, ALNUM + "+/"), kid=hexs(40),
    l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("typescript/twilio-auth-token", "functions/src/review-request.ts", "https://www.twilio.com/docs/messaging/quickstart/node", """
import twilio from "twilio";

const client = twilio("@@sid@@", "@@secret@@");

export async function requestReview(phone: string, firstName: string) {
  await client.messages.create({
    from: "+17205550112",
    to: phone,
    body: `Hi ${firstName}, thanks for choosing Mile High Steam Clean! Mind leaving us a Google review? https://g.page/r/milehighsteam/review`,
  });
}
""", hexs(32), sid=twilio_sid())

add("shell/redis-cli-password", "scripts/flush_route_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Clear cached routes after dispatch reshuffles trucks for a storm surge
set -e
redis-cli -h cache01.stormteam.internal -p 6379 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'route:*' | xargs -r redis-cli -h cache01.stormteam.internal -a '@@secret@@' --no-auth-warning del
echo "route cache flushed"
""", fakes.redis_password(_seed()))

add("yaml/aws-secret-key", "serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/credentials", """
service: lead-intake
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    AWS_ACCESS_KEY_ID_LEADS: @@akid@@
    AWS_SECRET_ACCESS_KEY_LEADS: @@secret@@
    LEADS_TABLE: water-loss-leads
functions:
  intake:
    handler: handler.intake
    events:
      - httpUrl: true
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("markdown/ssh-private-key-note", "docs/runbooks/fileserver-access.md", "https://man.openbsd.org/ssh-keygen", """
# Fileserver access (ESX archive, photo backups)

Host: `fs01.cedarlinerestore.local` (Ubuntu 22.04), user `backup`.
The deploy key below is only for the backup job; do not use it for anything else.

```
@@secret@@
```

Save as `~/.ssh/fs01_backup`, `chmod 600`, then `ssh -i ~/.ssh/fs01_backup backup@fs01`.
""", pem("OPENSSH"))

add("env/aws-secret-key", "st-reports/.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# ServiceTitan nightly reports -> S3 (Athena)
ST_TENANT_ID=2081144902
ST_CLIENT_ID=${ST_CLIENT_ID}
ST_CLIENT_SECRET=${ST_CLIENT_SECRET}
AWS_ACCESS_KEY_ID=@@akid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=us-east-2
REPORT_BUCKET=reliant-restoration-reports
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("csharp/quickbooks-refresh-token", "QbSync/TokenStore.cs", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/faq", """
namespace QbSync
{
    internal static class TokenStore
    {
        // TODO: move to Windows Credential Manager
        internal const string RealmId = "9130351785426116";
        internal const string RefreshToken = "@@secret@@";
        internal static DateTime RefreshExpires = new DateTime(2025, 3, 14);
    }
}
""", "AB11" + fakes.drawn_mixed(_seed(), 46))

add("ruby/housecall-pro-api-key", "app/services/housecall_client.rb", "https://docs.housecallpro.com/docs/housecall-public-api", """
require "faraday"

class HousecallClient
  API_KEY = "@@secret@@".freeze

  def initialize
    @conn = Faraday.new(url: "https://api.housecallpro.com") do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "Token #{API_KEY}"
    end
  end

  def jobs_scheduled_on(date)
    @conn.get("/jobs", scheduled_start_min: date.beginning_of_day.iso8601, page_size: 100).body
  end
end
""", hexs(32))

add("xml/ftp-password-filezilla", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.claims-tpa-example.com</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <Type>0</Type>
      <User>riverbend_restore</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>TPA claim photos drop</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _F := words_pw(), enc=b64(_F))

add("properties/smtp-password", "config/mail.properties", "https://jakarta.ee/specifications/mail/", """
mail.smtp.host=smtp.mailgun.org
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=postmaster@mg.brightlinecarpet.com
mail.smtp.password=@@secret@@
mail.from=Brightline Carpet <noreply@brightlinecarpet.com>
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("go/sendgrid-api-key", "notify/email.go", "https://github.com/sendgrid/sendgrid-go", """
package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var sgKey = "@@secret@@"

func EstimateReady(to, name, link string) error {
	from := mail.NewEmail("Granite Peak Restoration", "estimates@granitepeakrestore.com")
	msg := mail.NewSingleEmail(from, "Your estimate is ready", mail.NewEmail(name, to),
		"View your estimate: "+link, "<p>View your estimate: <a href=\\""+link+"\\">here</a></p>")
	_, err := sendgrid.NewSendClient(sgKey).Send(msg)
	return err
}
""", sendgrid_key())

add("powershell/sql-connection-string", "scripts/Export-Equipment.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
$conn = "Server=sql01.crestrestore.local;Database=Equipment;User Id=equip_export;Password=@@secret@@;TrustServerCertificate=True"
$rows = Invoke-Sqlcmd -ConnectionString $conn -Query @"
SELECT AssetTag, Type, Model, AssignedJob, DaysOnJob
FROM dbo.EquipmentOnJobs
WHERE Returned = 0
"@
$rows | Export-Csv "\\\\fs01\\ops\\equipment_out_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""", words_pw())

add("k8s-secret/database-url", "k8s/staging/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: restoration-staging
type: Opaque
stringData:
  DATABASE_URL: postgresql://dispatch:@@secret@@@dispatch-db.restoration-staging.svc:5432/dispatch
  DB_POOL: "10"
""", rand_pw(22))

add("terraform/github-token", "infra/github/providers.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs", """
terraform {
  required_providers {
    github = { source = "integrations/github", version = "~> 6.0" }
  }
}

provider "github" {
  owner = "blazeguard-restoration"
  token = "@@secret@@"
}

resource "github_repository" "field_app" {
  name       = "field-app"
  visibility = "private"
}
""", fakes.github_fine_grained_token(_seed()))

add("swift/stripe-secret-key", "KioskApp/Payments/StripeBackend.swift", "https://docs.stripe.com/terminal/quickstart", """
import Foundation

// Lobby kiosk for drop-off rug cleaning. Creates the Terminal connection token directly.
struct StripeBackend {
    private let secretKey = "@@secret@@"

    func connectionTokenRequest() -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/terminal/connection_tokens")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", stripe_key())

add("php/twilio-auth-token", "app/Http/Controllers/FloodLineController.php", "https://www.twilio.com/docs/libraries/php", """
<?php

namespace App\\Http\\Controllers;

use Twilio\\Rest\\Client;

class FloodLineController extends Controller
{
    public function callback(string $phone)
    {
        $twilio = new Client('@@sid@@', '@@secret@@');
        $twilio->calls->create($phone, '+16155550180', [
            'url' => 'https://floodline.volunteerrestore.com/twiml/connect-oncall',
        ]);
        return response()->json(['queued' => true]);
    }
}
""", hexs(32), sid=twilio_sid())

add("ansible/smb-share-password", "ansible/playbooks/mount-jobs-share.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/mount_module.html", """
---
- hosts: estimator_workstations
  become: true
  tasks:
    - name: Mount the jobs share
      ansible.posix.mount:
        path: /mnt/jobs
        src: //fs01.lakeshorerestore.local/jobs
        fstype: cifs
        opts: "username=svc-jobs,password=@@secret@@,vers=3.0,uid=1000"
        state: mounted
""", words_pw())

add("python/ldap-bind", "tools/sync_techs_ldap.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """
from ldap3 import Connection, Server, SUBTREE

server = Server("ldaps://dc01.pinnaclefloodfire.local")
conn = Connection(server, "CN=svc-sync,OU=Service,DC=pinnaclefloodfire,DC=local", "@@secret@@", auto_bind=True)

conn.search("OU=Field,DC=pinnaclefloodfire,DC=local", "(objectClass=user)", SUBTREE,
            attributes=["sAMAccountName", "mobile", "title"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.mobile, entry.title)
""", rand_pw(18, "!#%"))

add("env/matterport-api-token", "scan-importer/.env", "https://matterport.github.io/showcase-sdk/docs/reference/current/", """
# Import Matterport scans into the claim file (fire jobs)
MATTERPORT_TOKEN_ID=@@tid@@
MATTERPORT_TOKEN_SECRET=@@secret@@
MATTERPORT_ORG=ashfall-restoration
CLAIM_FOLDER_ROOT=/srv/claims
""", hexs(32), tid=lower_alnum(26))

add("yaml/datadog-api-key", "deploy/datadog/values.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", """
datadog:
  site: datadoghq.com
  apiKey: @@secret@@
  clusterName: restoretrack-prod
  logs:
    enabled: true
    containerCollectAll: true
  tags:
    - "env:prod"
    - "team:dispatch"
""", hexs(32))

add("log/url-password", "logs/celery-worker-2024-12-03.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """
[2024-12-03 06:00:01,112: INFO/MainProcess] Connected to amqp://celery:@@secret@@@mq01.floodfixer.internal:5672/dispatch
[2024-12-03 06:00:01,140: INFO/MainProcess] mingle: searching for neighbors
[2024-12-03 06:00:02,171: INFO/MainProcess] mingle: all alone
[2024-12-03 06:00:02,190: INFO/MainProcess] celery@worker-2 ready.
[2024-12-03 06:05:00,003: INFO/MainProcess] Task reports.build_drying_log[8c2f] received
[2024-12-03 06:05:03,881: INFO/ForkPoolWorker-1] Task reports.build_drying_log[8c2f] succeeded in 3.87s
""", rand_pw(20))

add("toml/database-url", "config/production.toml", "https://docs.rs/config/latest/config/", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url = "postgres://moisturemap:@@secret@@@pg.moisturemap.internal:5432/moisturemap"
max_connections = 20

[storage]
bucket = "moisture-map-photos"
""", rand_pw(20))

add("csv/user-passwords-export", "exports/tablet_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
truck,tablet_serial,encircle_user,encircle_password,companycam_user
T1,R52T30ABCDE,t1@harborlinerestore.com,@@secret@@,t1@harborlinerestore.com
T2,R52T30ABCDF,t2@harborlinerestore.com,(reset pending),t2@harborlinerestore.com
T3,R52T30ABCDG,t3@harborlinerestore.com,(see Lisa),t3@harborlinerestore.com
T4,R52T30ABCDH,t4@harborlinerestore.com,(see Lisa),t4@harborlinerestore.com
""", words_pw())

add("java/aws-secret-key", "src/main/java/com/tidewatch/photos/S3Config.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """
package com.tidewatch.photos;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {
    private S3Config() {}

    public static S3Client client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create("@@akid@@", "@@secret@@");
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("python/square-access-token", "pos/square_sync.py", "https://developer.squareup.com/docs/build-basics/access-tokens", """
from square.client import Client

client = Client(access_token="@@secret@@", environment="production")


def todays_rug_dropoffs(location_id: str):
    result = client.orders.search_orders(body={
        "location_ids": [location_id],
        "query": {"filter": {"state_filter": {"states": ["OPEN"]}}},
    })
    return result.body.get("orders", [])
""", square_token())

add("shell/git-credentials-url", "scripts/clone_all.sh", "https://git-scm.com/docs/gitcredentials", """
#!/bin/bash
# one-off: clone the field-app repos onto the new build box
set -e
cd /opt/src
for repo in field-app drying-reports dispatch; do
  git clone "https://crewbuild:@@secret@@@github.com/summit-carpet-flood/${repo}.git"
done
""", fakes.github_token(_seed()))


# ---------------------------------------------------------------- decoys, part 3

add("python/decoy-psychrometric-constants", "drying/psychro.py", "https://www.iicrc.org/s500", """
\"\"\"Grains per pound and dew point for the daily drying log (IICRC S500 tables).\"\"\"
import math

ATM_PSI = 14.696
MAGNUS_A, MAGNUS_B = 17.62, 243.12
CALIBRATION_ID = "@@cal@@"  # Delmhorst meter calibration certificate


def dew_point_c(temp_c: float, rh: float) -> float:
    g = math.log(rh / 100) + MAGNUS_A * temp_c / (MAGNUS_B + temp_c)
    return MAGNUS_B * g / (MAGNUS_A - g)


def grains_per_lb(temp_f: float, rh: float) -> float:
    temp_c = (temp_f - 32) * 5 / 9
    pw = 0.088586 * math.exp(MAGNUS_A * temp_c / (MAGNUS_B + temp_c)) * rh / 100
    return 7000 * 0.62198 * pw / (ATM_PSI - pw)
""", cal=hexs(24).upper())

add("env/decoy-empty-values", "dispatch-portal/.env.template", "https://12factor.net/config", """
# Production values live in AWS Secrets Manager (prod/dispatch). Leave blank here.
APP_ENV=production
APP_URL=https://pay.drycreekrestore.com
STRIPE_PUBLISHABLE_KEY=
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
DEPOSIT_PERCENT=30
""")

add("yaml/decoy-aws-sm-arn", "config/secrets-map.yml", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html", """
secrets:
  stripe_secret_key:
    arn: arn:aws:secretsmanager:us-east-2:418273640921:secret:prod/dispatch-Qa81Zp
    json_key: stripe_secret_key
  twilio_auth_token:
    arn: arn:aws:secretsmanager:us-east-2:418273640921:secret:prod/dispatch-Qa81Zp
    json_key: twilio_auth_token
  xact_sftp_password:
    arn: arn:aws:secretsmanager:us-east-2:418273640921:secret:prod/xactanalysis-7TxW2c
    json_key: sftp_password
""")

add("typescript/decoy-firebase-web-config", "src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";

// Firebase web config is public by design; access is enforced by security rules.
const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "crewboard-prod.firebaseapp.com",
  projectId: "crewboard-prod",
  storageBucket: "crewboard-prod.appspot.com",
  messagingSenderId: "448120937551",
  appId: "1:448120937551:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=fakes.drawn(_seed(), 35, ALNUM + "-_"), app=hexs(22))

add("markdown/decoy-onboarding-placeholders", "docs/onboarding-techs.md", "https://help.encircleapp.com/", """
# New tech onboarding

1. Office creates the Google Workspace account: `first.last@northbayrestore.com`,
   temporary password `<set by office, change on first login>`.
2. Encircle: invite from Admin -> Users. The tech sets their own password from the email.
3. CompanyCam: same, invite link only.
4. Truck tablet PIN: the tech picks it; we never write PINs down.
5. Gas card: ask Dana. Card number lives in the Fleet vault, never in docs.

Certifications to schedule in the first 90 days: IICRC WRT, ASD, CCT.
""")

add("json/decoy-jwks-public", "auth/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "crewboard-2024-11",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("shell/decoy-keygen-instructions", "scripts/new_deploy_key.sh", "https://man.openbsd.org/ssh-keygen", """
#!/usr/bin/env bash
# Generate a fresh deploy key for a truck tablet build box; prints only the PUBLIC half.
set -euo pipefail
name="${1:?box name}"
ssh-keygen -t ed25519 -N "" -C "deploy@${name}" -f "/root/.ssh/deploy_${name}"
echo "Add this public key to GitHub -> repo -> Deploy keys:"
cat "/root/.ssh/deploy_${name}.pub"
""")

add("kotlin/decoy-build-config-fields", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "com.tidyrug.pos"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.tidyrug.pos"
        minSdk = 26
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "SQUARE_APP_ID", "\\"sq0idp-@@app@@\\"")
        buildConfigField("String", "SQUARE_ACCESS_TOKEN", "\\"${System.getenv("SQUARE_ACCESS_TOKEN") ?: ""}\\"")
    }
}
""", app=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("sql/decoy-sample-data", "db/seeds/001_demo_jobs.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Demo data for the sales demo tenant (fake customers)
INSERT INTO customers (id, name, phone, email) VALUES
  (1, 'Jane Example', '555-0100', 'jane@example.com'),
  (2, 'Bob Sample', '555-0101', 'bob@example.org');
INSERT INTO jobs (id, customer_id, loss_type, status, external_ref) VALUES
  (101, 1, 'water', 'drying', '@@r1@@'),
  (102, 2, 'carpet', 'complete', '@@r2@@');
""", r1=uuid_s(), r2=uuid_s())

add("compose/decoy-env-file", "monitoring/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  grafana:
    image: grafana/grafana:11.2.0
    env_file: ./grafana.env
    ports: ["3000:3000"]
    volumes: ["grafana:/var/lib/grafana"]
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ${INFLUX_USER}
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: moisture-loggers
      DOCKER_INFLUXDB_INIT_BUCKET: readings
volumes:
  grafana: {}
""")

add("ini/decoy-pip-conf", "etc/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pypi.restore.internal/simple
trusted-host = pypi.restore.internal
timeout = 30
; credentials come from keyring (pip install keyring artifacts-keyring), never this file
""")

add("csharp/decoy-config-binding", "Estimator.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-restore-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var jobsConn = builder.Configuration.GetConnectionString("Jobs");
builder.Services.AddDbContext<JobsDb>(o => o.UseSqlServer(jobsConn));
builder.Services.Configure<XactimateOptions>(builder.Configuration.GetSection("Xactimate"));

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();
""")

add("github-actions/decoy-oidc", ".github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy-api
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
          role-to-assume: arn:aws:iam::418273640921:role/gha-deploy-api
          aws-region: us-east-2
      - run: ./deploy/api.sh
""")

add("python/decoy-pagination-cursor", "integrations/jobber/paging.py", "https://developer.getjobber.com/docs/using_jobbers_api/api_queries_and_mutations", """
QUERY = '''
query Jobs($after: String) {
  jobs(first: 50, after: $after) {
    nodes { id jobNumber title client { name } }
    pageInfo { hasNextPage endCursor }
  }
}
'''

# a cursor copied from a debugging session, kept for the regression test
LAST_CURSOR = "@@cur@@"
""", cur=b64("cursor:v2:" + hexs(24)))

add("json/decoy-renovate-encrypted", "renovate.json5", "https://docs.renovatebot.com/configuration-options/", """
{
  extends: ["config:recommended"],
  timezone: "America/Chicago",
  schedule: ["before 6am on monday"],
  packageRules: [
    { matchPackageNames: ["stripe", "twilio"], groupName: "payments and sms" },
    { matchUpdateTypes: ["minor", "patch"], automerge: true },
  ],
  hostRules: [{ matchHost: "pypi.restore.internal", encrypted: { token: "wcFMA@@e@@" } }],
}
""", e=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("log/decoy-stripe-event-ids", "logs/stripe-webhooks-2024-12-02.log", "https://docs.stripe.com/api/events/object", """
2024-12-02T15:01:22Z received evt_@@e1@@ type=checkout.session.completed job=J-24-1188
2024-12-02T15:01:22Z payment_intent=pi_@@p1@@ amount=36000 status=succeeded
2024-12-02T16:44:09Z received evt_@@e2@@ type=charge.refunded job=J-24-1150
2024-12-02T16:44:09Z charge=ch_@@c1@@ amount_refunded=4900
2024-12-02T16:44:10Z signature verified (whsec from secrets manager)
""", e1=alnum(24), p1=alnum(24), e2=alnum(24), c1=alnum(24))

add("markdown/decoy-changelog-hashes", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## 3.4.2 - 2024-11-30
- Fix: drying log PDF dropped the last day's readings (@@c1@@)
- Dehu runtime now counted per job, not per truck (@@c2@@)

## 3.4.1 - 2024-11-12
- Encircle sync retries on 429 (@@c3@@)
- Bump stripe to 11.2.0
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("java/decoy-env-lookup", "src/main/java/com/heritagecarpet/notify/MailConfig.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)", """
package com.heritagecarpet.notify;

public final class MailConfig {
    private MailConfig() {}

    public static String sendgridKey() {
        String key = System.getenv("SENDGRID_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("SENDGRID_API_KEY is not set");
        }
        return key;
    }

    public static final String FROM = "reminders@heritagecarpet.com";
}
""")

add("php/decoy-getenv", "wp-content/plugins/booking-reminders/mailer.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
if (!defined('ABSPATH')) { exit; }

function br_send_reminder($to, $name, $date) {
    $key = getenv('MAILGUN_API_KEY') ?: get_option('br_mailgun_key');
    $body = sprintf("Hi %s, your carpet cleaning is booked for %s. Please move small furniture.", $name, $date);
    return wp_remote_post(br_mailgun_endpoint(), [
        'headers' => ['Authorization' => 'Basic ' . base64_encode('api:' . $key)],
        'body'    => ['from' => BR_FROM, 'to' => $to, 'subject' => 'Cleaning reminder', 'text' => $body],
    ]);
}
""")

add("rust/decoy-env-var", "estimate-assist/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub openai_key: String,
    pub model: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            openai_key: env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY must be set"),
            model: env::var("OPENAI_MODEL").unwrap_or_else(|_| "gpt-4o-mini".into()),
        }
    }
}
""")

add("swift/decoy-keychain", "TechApp/Services/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum Credentials {
    static func callRailKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.ridgeway.techapp.callrail",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("plist/decoy-app-ids", "TechApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>com.ridgeway.techapp</string>
  <key>CFBundleShortVersionString</key>
  <string>5.1.0</string>
  <key>GIDClientID</key>
  <string>@@num@@-@@cid@@.apps.googleusercontent.com</string>
  <key>NSCameraUsageDescription</key>
  <string>Take photos of water damage and moisture readings.</string>
</dict>
</plist>
""", num=str(_rng().randint(10**11, 10**12)), cid=lower_alnum(32))

add("toml/decoy-pyproject", "tools/moisture-sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "moisture-sdk"
version = "0.9.3"
description = "Read RH/temp loggers used on water-loss jobs"
requires-python = ">=3.9"
dependencies = ["bleak>=0.21", "httpx>=0.27"]

[tool.hatch.publish.index]
# the token comes from the PYPI_TOKEN environment variable in CI
user = "__token__"
""")

add("terraform/decoy-random-password", "infra/db/password.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """
resource "random_password" "jobs_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret_version" "jobs_db" {
  secret_id     = aws_secretsmanager_secret.jobs_db.id
  secret_string = random_password.jobs_db.result
}
""")

add("k8s-secret/decoy-empty-template", "k8s/base/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Template only; CI fills this from Vault at deploy time (scripts/render-secrets.sh)
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-secrets
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "${STRIPE_SECRET_KEY}"
  TWILIO_AUTH_TOKEN: "${TWILIO_AUTH_TOKEN}"
  DATABASE_URL: "${DATABASE_URL}"
""")

add("notebook/decoy-getpass", "analysis/equipment_utilization.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
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
    "pw = getpass.getpass('reports db password: ')\\n",
    "engine = create_engine(f'postgresql://analyst:{pw}@reports.restorepro.internal/jobs')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select type, avg(days_on_job) from equipment_usage group by 1', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("csv/decoy-payment-refs", "exports/payments_2024-11.csv", "https://docs.stripe.com/reports/balance", """
date,job_id,customer,amount,method,processor_ref,last4
2024-11-02,J-24-1102,Hendricks,1450.00,card,pi_@@p1@@,4242
2024-11-03,J-24-1107,Okafor,289.00,card,pi_@@p2@@,1881
2024-11-05,J-24-1110,Insurance - State Farm,8420.55,check,CHK-10422,
2024-11-09,J-24-1121,Chen,199.00,card,pi_@@p3@@,0005
2024-11-12,J-24-1130,Ramirez,3100.00,ach,py_@@p4@@,
""", p1=alnum(24), p2=alnum(24), p3=alnum(24), p4=alnum(24))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: CrewBoard API
  version: 4.2.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
paths:
  /jobs:
    get:
      security: [{ bearerAuth: [] }]
      parameters:
        - in: header
          name: Authorization
          example: "Bearer <access-token>"
      responses:
        "200": { description: Jobs for the signed-in crew }
""")

add("powershell/decoy-credential-manager", "scripts/Backup-QuickBooks.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Copies the QuickBooks company file to the NAS; credential comes from Windows Credential Manager.
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "nas01-backup"
New-PSDrive -Name Q -PSProvider FileSystem -Root "\\\\nas01\\qb-backups" -Credential $cred | Out-Null
$src = "C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Company Files\\PrairieClean.QBW"
Copy-Item $src "Q:\\PrairieClean_$(Get-Date -f yyyyMMdd).QBW"
Remove-PSDrive Q
""")

add("dockerfile/decoy-arg-no-default", "workers/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG APP_VERSION=dev
ENV APP_VERSION=${APP_VERSION} \\
    PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Secrets are injected by ECS task definition from Secrets Manager at runtime.
CMD ["celery", "-A", "dispatch", "worker", "-l", "info"]
""")


# ---------------------------------------------------------------- secrets, part 4

add("env/mailchimp-api-key", "newsletter/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", """
# Seasonal "spring carpet refresh" campaigns
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_LIST_ID=b8e21f0c47
SEND_TEST_TO=office@plushpawscarpet.com
""", hexs(32) + "-us21")

add("python/postmark-server-token", "notify/postmark_mail.py", "https://postmarkapp.com/developer/api/overview#authentication", """
from postmarker.core import PostmarkClient

postmark = PostmarkClient(server_token="@@secret@@")


def certificate_of_completion(to: str, job_no: str, pdf: bytes) -> None:
    postmark.emails.send(
        From="completion@cinderlinerestore.com",
        To=to,
        Subject=f"Certificate of completion - {job_no}",
        HtmlBody="<p>Your mitigation work is complete. Certificate attached.</p>",
        Attachments=[{"Name": f"{job_no}-coc.pdf", "Content": pdf, "ContentType": "application/pdf"}],
    )
""", uuid_s())

add("yaml/cloudflare-api-token", "ops/cloudflare/ddns.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# ddns-updater for the warehouse NVR (dynamic IP from the cable ISP)
settings:
  - provider: cloudflare
    zone_identifier: @@zone@@
    domain: nvr.kingsleycarpet.com
    ttl: 300
    token: @@secret@@
    ip_version: ipv4
""", fakes.drawn(_seed(), 40, ALNUM + "-_"), zone=hexs(32))

add("shell/digitalocean-token", "scripts/snapshot_droplet.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
#!/usr/bin/env bash
# Weekly snapshot of the booking site droplet
set -euo pipefail
DO_TOKEN="@@secret@@"
DROPLET_ID=381772104
curl -sf -X POST "https://api.digitalocean.com/v2/droplets/${DROPLET_ID}/actions" \\
  -H "Authorization: Bearer ${DO_TOKEN}" -H "Content-Type: application/json" \\
  -d "{\\"type\\":\\"snapshot\\",\\"name\\":\\"booking-$(date +%F)\\"}"
""", "dop_v1_" + hexs(64))

add("json/google-oauth-client-secret", "calendar-sync/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "project_id": "crew-calendar-41822",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://schedule.brightwaycleaning.com/oauth2/callback"]
  }
}
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), num=str(_rng().randint(10**11, 10**12)), cid=lower_alnum(32))

add("ini/azure-storage-connection-string", "PhotoArchiver/archiver.ini", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
[Values]
FUNCTIONS_WORKER_RUNTIME = dotnet-isolated
PhotoStorage = DefaultEndpointsProtocol=https;AccountName=crestphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
ArchiveContainer = closed-jobs
RetentionYears = 7
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("typescript/paypal-client-secret", "src/server/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", """
const PAYPAL_CLIENT_ID = "A@@cid@@";
const PAYPAL_CLIENT_SECRET = "@@secret@@";

export async function paypalToken(): Promise<string> {
  const auth = Buffer.from(`${PAYPAL_CLIENT_ID}:${PAYPAL_CLIENT_SECRET}`).toString("base64");
  const res = await fetch("https://api-m.paypal.com/v1/oauth2/token", {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return (await res.json()).access_token;
}
""", "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("go/authorize-net-transaction-key", "payments/authnet/config.go", "https://developer.authorize.net/api/reference/index.html#authentication", """
package authnet

// Merchant credentials for Prairie Clean (card-present at the rug drop-off counter)
const (
	Endpoint       = "https://api.authorize.net/xml/v1/request.api"
	APILoginID     = "7hQ3rP2xK9"
	TransactionKey = "@@secret@@"
)

type MerchantAuth struct {
	Name           string `json:"name"`
	TransactionKey string `json:"transactionKey"`
}

func Auth() MerchantAuth { return MerchantAuth{Name: APILoginID, TransactionKey: TransactionKey} }
""", fakes.drawn_mixed(_seed(), 16))

add("yaml/plaid-secret", "config/financing.yml", "https://plaid.com/docs/api/#api-access", """
# Customer financing for large fire rebuilds (bank verification via Plaid)
plaid:
  env: production
  client_id: @@cid@@
  secret: @@secret@@
  products: [auth, identity]
  country_codes: [US]
  webhook: https://finance.ashfallrestore.com/hooks/plaid
""", hexs(30), cid=hexs(24))

add("python/xero-client-secret", "accounting/xero_push.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections", """
import base64

import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    basic = base64.b64encode(f"{XERO_CLIENT_ID}:{XERO_CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://identity.xero.com/connect/token",
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=hexs(32).upper())

add("markdown/teams-webhook", "docs/alerts.md", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
# Alerts

Overnight dehu and moisture alerts go to the **Drying Jobs** channel in Teams.

Webhook (set in the Power Automate flow and in `monitoring/config.py`):

    @@secret@@

If the channel is renamed, the webhook keeps working. If it is deleted, make a new one
and update both places.
""", "https://summitwf.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + fakes.drawn(_seed(), 45, ALNUM + "-_"))

add("env/discord-webhook", "alerts/.env", "https://discord.com/developers/docs/resources/webhook", """
# storm-watch bot: posts NWS flood warnings for our service area to the crew Discord
DISCORD_WEBHOOK_URL=@@secret@@
NWS_ZONES=TXZ192,TXZ193,TXZ206
POLL_MINUTES=10
MENTION_ROLE=on-call
""", f"https://discord.com/api/webhooks/{_rng().randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "-_"))

add("ruby/okta-api-token", "config/initializers/okta.rb", "https://developer.okta.com/docs/guides/create-an-api-token/main/", """
require "oktakit"

OKTA_CLIENT = Oktakit.new(
  token: "@@secret@@",
  api_endpoint: "https://firstrespondrestore.okta.com/api/v1"
)

# field techs are in the "Field" group; office staff in "Office"
OKTA_FIELD_GROUP = "00g1x9k2fjQ7uTz0v4x7"
""", "00" + fakes.drawn(_seed(), 40, ALNUM + "-_"))

add("sql/linked-server-password", "db/setup/linked_qb_mirror.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Linked server so the job costing views can read the QuickBooks mirror
EXEC sp_addlinkedserver @server = N'QBMIRROR', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'qbmirror.harborviewclean.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'QBMIRROR', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'qb_reader', @rmtpassword = N'@@secret@@';
GO
CREATE VIEW dbo.JobCosting AS
SELECT j.JobNo, j.Customer, q.Amount FROM dbo.Jobs j JOIN QBMIRROR.QBMirror.dbo.Invoices q ON q.RefNumber = j.JobNo;
GO
""", words_pw())

add("kotlin/jdbc-password", "server/src/main/kotlin/jobs/Database.kt", "https://github.com/brettwooldridge/HikariCP", """
package jobs

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Database {
    val dataSource: HikariDataSource by lazy {
        val cfg = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://pg01.floodfixer.internal:5432/jobs"
            username = "jobs_api"
            password = "@@secret@@"
            maximumPoolSize = 8
        }
        HikariDataSource(cfg)
    }
}
""", rand_pw(20))

add("compose/smtp-password", "mail-relay/docker-compose.yml", "https://github.com/wader/postfix-relay", """
services:
  relay:
    image: boky/postfix:4.3
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: cleanwavecarpet.com
      RELAYHOST: "[smtp.sendgrid.net]:587"
      RELAYHOST_USERNAME: apikey
      RELAYHOST_PASSWORD: "@@secret@@"
    ports: ["2525:587"]
""", sendgrid_key())

add("dockerfile/db-password-env", "legacy/estimator/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM tomcat:9-jdk11
ENV DB_HOST=db01.phoenixrebuild.local \\
    DB_NAME=estimates \\
    DB_USER=estimator \\
    DB_PASS=@@secret@@
COPY target/estimator.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
""", words_pw())

add("ansible/windows-admin-password", "ansible/inventory/office.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """
[office_pcs]
front-desk.local
estimator-1.local
estimator-2.local

[office_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=RESTORE\\itadmin
ansible_password=@@secret@@
ansible_port=5986
""", words_pw())

add("php/podium-api-token", "includes/podium.php", "https://docs.podium.com/docs/authentication", """
<?php
// Send Podium review invites after a job closes (Summit Fire & Water)
const PODIUM_LOCATION = 'b3d1c9a0-3f4e-4e3b-9a57-0c2d1e5f7a11';
const PODIUM_TOKEN = '@@secret@@';

function podium_invite($phone, $name) {
    $ch = curl_init('https://api.podium.com/v4/reviews/invites');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . PODIUM_TOKEN, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['locationUid' => PODIUM_LOCATION, 'phoneNumber' => $phone, 'customerName' => $name]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"sub":"app_summitfw","org":"podium","iat":1717171717}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("shell/ssh-sshpass", "scripts/pull_logger_data.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Pull CSVs from the moisture-logger gateway (Raspberry Pi in each truck)
for truck in t1 t2 t3; do
  sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no \\
    "pi@gw-${truck}.fleet.local:/home/pi/readings/*.csv" "/srv/readings/${truck}/"
done
""", words_pw())

add("xml/maven-settings-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>restore-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>restore-nexus</id>
      <url>https://nexus.phoenixrebuild.local/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("python/birdeye-api-key", "marketing/reviews.py", "https://developers.birdeye.com/", """
import requests

BIRDEYE_KEY = "@@secret@@"
BUSINESS_ID = "157822104493112"


def latest_reviews(count: int = 20):
    r = requests.post(
        f"https://api.birdeye.com/resources/v1/review/businessId/{BUSINESS_ID}",
        params={"api_key": BIRDEYE_KEY, "sindex": 0, "count": count},
        headers={"Accept": "application/json"},
        timeout=20,
    )
    return r.json()
""", alnum(32))

add("github-actions/slack-webhook", ".github/workflows/nightly-report.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly-drying-report
on:
  schedule:
    - cron: "0 11 * * *"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m reports.overnight > summary.txt
      - uses: slackapi/slack-github-action@v1.27.0
        with:
          payload-file-path: summary.json
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("yaml/snmp-community", "monitoring/snmp_exporter.yml", "https://github.com/prometheus/snmp_exporter", """
auths:
  ups_v2:
    community: "@@secret@@"
    version: 2
modules:
  apc_ups:
    walk:
      - 1.3.6.1.4.1.318.1.1.1.2
      - 1.3.6.1.4.1.318.1.1.1.4
    auth: ups_v2
""", rand_pw(16))

add("json/docker-config-auth", "ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@secret@@"
    },
    "restorecr.azurecr.io": {}
  },
  "credsStore": ""
}
""", b64("ridgewaybuild:" + "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")))

add("markdown/handover-xactimate-login", "docs/handover-estimating.md", "https://www.xactware.com/en-us/solutions/claims-estimating/xactimate/", """
# Estimating handover (Carla on maternity leave from Jan 6)

- Xactimate Online seat: carla@tidelinerestoration.com - transferring to Marco
- XactAnalysis assignments come in via the TPA portal; check twice a day
- Price list: update on the 1st of each month (TXAU8X)
- Contents pack-out vendor portal (Boxed Up Storage):
  - url: https://portal.boxedup-storage.example/login
  - user: tideline
  - pass: @@secret@@
- Matterport: Marco already has an admin login

Ping me on my personal phone only for a CAT event.
""", words_pw())

add("env/linear-api-key", "tools/triage/.env", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys", """
# tech-app bug triage script
LINEAR_API_KEY=@@secret@@
LINEAR_TEAM=FIELD
SENTRY_ORG=ridgeway-carpet
SENTRY_PROJECT=techapp-ios
""", "lin_api_" + fakes.drawn_mixed(_seed(), 40))

add("python/notion-token", "tools/sop_export.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
from notion_client import Client

notion = Client(auth="@@secret@@")
SOP_DATABASE = "4f1c2b9e8a7d4e3fb6c5d4e3f2a1b0c9"


def export_sops(path: str = "sops.md") -> None:
    pages = notion.databases.query(database_id=SOP_DATABASE)["results"]
    with open(path, "w") as fh:
        for p in pages:
            title = p["properties"]["Name"]["title"][0]["plain_text"]
            fh.write(f"- {title}\\n")
""", "ntn_" + fakes.drawn(_seed(), 11, string.digits) + fakes.drawn_mixed(_seed(), 35))

add("csharp/ringcentral-client-secret", "FloodLine/RingCentralOptions.cs", "https://developers.ringcentral.com/guide/authentication/jwt-flow", """
namespace FloodLine
{
    public static class RingCentralOptions
    {
        public const string Server = "https://platform.ringcentral.com";
        public const string ClientId = "@@cid@@";
        public const string ClientSecret = "@@secret@@";
        public const string ExtensionForOnCall = "201";
    }
}
""", fakes.drawn_mixed(_seed(), 40), cid=fakes.drawn(_seed(), 22, ALNUM))

add("yaml/sentry-auth-token", "ci/sentry.gitlab-ci.yml", "https://docs.sentry.io/account/auth-tokens/", """
upload-sourcemaps:
  stage: deploy
  image: getsentry/sentry-cli:2
  variables:
    SENTRY_ORG: ridgeway-carpet
    SENTRY_PROJECT: booking-widget
    SENTRY_AUTH_TOKEN: "@@secret@@"
  script:
    - sentry-cli releases new "$CI_COMMIT_SHA"
    - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/
""", "sntrys_" + b64('{"iat":1717171717.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"ridgeway-carpet"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "/+"))

add("properties/ftp-password", "config/xact-export.properties", "https://commons.apache.org/proper/commons-net/", """
# ESX export to the TPA - legacy FTP job (Java)
export.ftp.host=ftp.tpa-claims-example.net
export.ftp.port=21
export.ftp.user=blueheron
export.ftp.password=@@secret@@
export.ftp.remoteDir=/incoming/blueheron
export.schedule.cron=0 0/15 * * * ?
""", words_pw())

add("typescript/slack-bot-token", "apps/dispatch-bot/src/index.ts", "https://slack.dev/bolt-js/getting-started", """
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/onCall", async ({ ack, respond }) => {
  await ack();
  await respond("On call tonight: Luis (T2) for water, Priya (office) for phones.");
});

(async () => {
  await app.start(3000);
})();
""", slack_bot())

add("terraform/azure-client-secret", "infra/azure/provider.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """
provider "azurerm" {
  features {}
  subscription_id = "9a1c4e2b-7d3f-4b8a-a6e5-2f1d0c9b8a7e"
  tenant_id       = "5e7c1b4a-2f0d-4c1e-9a3b-8d6f2e1c0b7a"
  client_id       = "0c3d9f2e-7a1b-4e5c-b8d6-1f2a3b4c5d6e"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "claims" {
  name     = "rg-claims-portal"
  location = "southcentralus"
}
""", azure_secret())


# ---------------------------------------------------------------- decoys, part 4

add("env/decoy-public-ids", "booking-widget/.env.production", "https://vitejs.dev/guide/env-and-mode.html", """
# Build-time values for the public booking widget; all of these ship to the browser.
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
VITE_GOOGLE_PLACES_LIBRARY=places
VITE_RECAPTCHA_SITE_KEY=6L@@rc@@
VITE_API_BASE=https://api.plushpawscarpet.com
VITE_GA_MEASUREMENT_ID=G-7QK2M9XW1B
""", pk=fakes.drawn_mixed(_seed(), 99), rc=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("python/decoy-placeholder-constants", "integrations/housecall/example_config.py", "https://docs.housecallpro.com/docs/housecall-public-api", """
\"\"\"Example configuration; copy to local_config.py and fill in from the Housecall Pro app settings.\"\"\"

HOUSECALL_API_KEY = "YOUR_HOUSECALL_PRO_API_KEY"
HOUSECALL_BASE_URL = "https://api.housecallpro.com"
WEBHOOK_SIGNING_SECRET = "<paste the signing secret from App Store -> My apps>"
SYNC_JOB_TYPES = ["Carpet Cleaning", "Upholstery", "Tile & Grout"]
""")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "https://github.com/getsops/sops", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
twilio_auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418273640921:key/6d1e3f2a-9b8c-4d7e-a6f5-0e1d2c3b4a59
          created_at: "2024-10-01T14:22:09Z"
    lastmodified: "2024-11-20T09:41:55Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.9.1
""", d1=b64(hexs(24)), iv1=b64(hexs(16)), t1=b64(hexs(16)), d2=b64(hexs(24)), iv2=b64(hexs(16)), t2=b64(hexs(16)), m=b64(hexs(48)))

add("markdown/decoy-api-docs-example", "docs/integrations/callrail.md", "https://apidocs.callrail.com/", """
# CallRail: which ad brought the flood call?

We tag every inbound call with the campaign (Google LSA, Yelp, plumber referrals).

Example request from the CallRail docs, with a dummy key:

```bash
curl -H "Authorization: Token token=\\"abc123def456\\"" \\
  "https://api.callrail.com/v3/a/{account_id}/calls.json?date_range=yesterday"
```

The real key is in 1Password -> "CallRail API (marketing)". Rotate it when someone leaves marketing.
""")

add("go/decoy-sha-fixtures", "internal/photos/dedupe_test.go", "https://pkg.go.dev/crypto/sha256", """
package photos

import "testing"

var fixtures = map[string]string{
	"testdata/wet-drywall.jpg":   "@@h1@@",
	"testdata/cupped-floor.jpg":  "@@h2@@",
	"testdata/soot-ceiling.jpg":  "@@h3@@",
}

func TestHashes(t *testing.T) {
	for path, want := range fixtures {
		if got := hashFile(t, path); got != want {
			t.Errorf("%s: got %s want %s", path, got, want)
		}
	}
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("json/decoy-tsconfig-paths", "apps/dispatch-bot/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """
{
  "name": "dispatch-bot",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "start": "node dist/index.js",
    "build": "tsc -p .",
    "dev": "dotenv -e .env -- ts-node src/index.ts"
  },
  "dependencies": {
    "@slack/bolt": "^3.21.0",
    "dotenv-cli": "^7.4.2"
  }
}
""")

add("log/decoy-auth-failures", "logs/portal-auth-2024-12-04.log", "https://owasp.org/www-project-logging-cheat-sheet/", """
2024-12-04T08:11:02Z WARN  login failed user=marco@tidelinerestoration.com reason=bad_password ip=198.51.100.23
2024-12-04T08:11:09Z INFO  login ok user=marco@tidelinerestoration.com mfa=totp trace=@@s1@@
2024-12-04T09:30:44Z INFO  api key used key_id=key_7Kq2 prefix=tl_live_**** scope=jobs:read
2024-12-04T10:02:13Z WARN  password reset requested user=carla@tidelinerestoration.com
2024-12-04T10:05:51Z INFO  password changed user=carla@tidelinerestoration.com (hash rotated)
""", s1=hexs(32))

add("sql/decoy-grant-no-password", "db/migrations/0012_reporting_grants.sql", "https://www.postgresql.org/docs/current/sql-grant.html", """
-- 0012: reporting views for Power BI (role created by Terraform, password in Secrets Manager)
BEGIN;
CREATE OR REPLACE VIEW reporting.equipment_days AS
  SELECT job_id, equipment_type, count(*) AS units, sum(days) AS unit_days
  FROM equipment_placements GROUP BY 1, 2;
GRANT SELECT ON reporting.equipment_days TO powerbi_reader;
COMMIT;
""")

add("ruby/decoy-test-vcr", "spec/support/vcr.rb", "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data", """
VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.filter_sensitive_data("<HOUSECALL_API_KEY>") { ENV.fetch("HOUSECALL_API_KEY", "test-key") }
  c.filter_sensitive_data("<STRIPE_KEY>") { ENV.fetch("STRIPE_SECRET_KEY", "sk_test_fake") }
  c.configure_rspec_metadata!
end
""")

add("typescript/decoy-zod-schema", "src/lib/env.ts", "https://zod.dev/", """
import { z } from "zod";

const Env = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  COMPANYCAM_TOKEN: z.string().min(20),
  DATABASE_URL: z.string().url(),
});

export const env = Env.parse(process.env);
""")

add("csv/decoy-moisture-readings", "exports/moisture_J-24-0911.csv", "https://www.iicrc.org/s500", """
job_id,room,point,material,reading,dry_standard,meter_serial,reading_uuid,taken_at
J-24-0911,Kitchen,1,drywall,38,12,BD21-@@m@@,@@u1@@,2024-09-12T08:05:00
J-24-0911,Kitchen,2,drywall,22,12,BD21-@@m@@,@@u2@@,2024-09-12T08:06:00
J-24-0911,Hall,1,subfloor,19,15,BD21-@@m@@,@@u3@@,2024-09-12T08:09:00
J-24-0911,Kitchen,1,drywall,14,12,BD21-@@m@@,@@u4@@,2024-09-13T08:02:00
""", m=hexs(8).upper(), u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("ini/decoy-keyring-reference", "tools/xact_pull.cfg", "https://pypi.org/project/keyring/", """
[xactanalysis]
host = sftp.xactware.com
user = bhr_xa_export
; password read with keyring.get_password("xactanalysis", "bhr_xa_export")
password_source = keyring
inbox = /srv/claims/inbox
""")

add("shell/decoy-op-cli", "scripts/dev_env.sh", "https://developer.1password.com/docs/cli/secret-references/", """
#!/usr/bin/env bash
# Load dev secrets from 1Password into the shell (op signin first)
export STRIPE_SECRET_KEY="op://Dev/Stripe test/secret key"
export TWILIO_AUTH_TOKEN="op://Dev/Twilio test/auth token"
export HCP_API_KEY="op://Dev/Housecall Pro sandbox/credential"
exec op run -- "$@"
""")

add("powershell/decoy-read-host", "scripts/New-TechLaptop.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """
param([Parameter(Mandatory)][string]$TechName)

$pw = Read-Host -AsSecureString "Temporary password for $TechName"
New-LocalUser -Name $TechName -Password $pw -FullName $TechName -Description "Field tech laptop"
Add-LocalGroupMember -Group "Users" -Member $TechName
Write-Host "Created $TechName; they must change the password at first sign-in."
""")

add("xml/decoy-android-strings", "app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">CrewBoard</string>
    <string name="hint_password">Password</string>
    <string name="error_wrong_password">That password is not right. Try again or ask the office.</string>
    <string name="google_app_id">1:448120937551:android:@@app@@</string>
    <string name="moisture_goal">Dry standard reached</string>
</resources>
""", app=hexs(16))

add("k8s-secret/decoy-service-account-token-ref", "k8s/ops/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: ServiceAccount
metadata:
  name: dispatch
  namespace: restoration-prod
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418273640921:role/dispatch-irsa
imagePullSecrets:
  - name: ghcr-pull
""")

add("markdown/decoy-incident-redacted", "docs/postmortems/2024-10-sendgrid-key.md", "https://sre.google/sre-book/postmortem-culture/", """
# Postmortem: SendGrid key in a public gist (2024-10-08)

**What happened.** A contractor pasted `config/mailer.yml` into a public gist while asking for help.
The key (`SG.hK2e…[redacted]`) was live for 41 minutes.

**Response.** Key revoked at 10:52, new key issued and stored in Secrets Manager (`prod/mail`).
SendGrid activity showed no sends from unknown IPs.

**Follow-ups.** Pre-commit secret scanning on all repos; contractors get no prod values.
""")

add("notebook/decoy-redacted-output", "analysis/lead_sources.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["CallRail key loaded: ****************a91f\\n", "calls pulled: 412\\n"]}
   ],
   "source": [
    "import os\\n",
    "key = os.environ['CALLRAIL_API_KEY']\\n",
    "print('CallRail key loaded:', '*' * 16 + key[-4:])\\n",
    "calls = pull_calls(key, days=90)\\n",
    "print('calls pulled:', len(calls))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("toml/decoy-cargo-lock", "estimate-assist/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
version = 3

[[package]]
name = "reqwest"
version = "0.12.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde_json"
version = "1.0.128"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64))

add("github-actions/decoy-vars", ".github/workflows/encircle-sync-v2.yml", "https://docs.github.com/en/actions/learn-github-actions/variables", """
name: encircle-sync-v2
on:
  schedule:
    - cron: "*/30 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      ENCIRCLE_API_URL: ${{ vars.ENCIRCLE_API_URL }}
      ENCIRCLE_TOKEN: ${{ secrets.ENCIRCLE_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python -m sync.encircle --since 2h
""")
