"""Blind set JR: chess clubs and tournament organisers in Wales.

Club websites and pairing tools, congress entry forms and payments, Lichess and DGT board
broadcasts, league grading exports, mailing lists, bots and their CI, with notes partly in Welsh,
and their decoys. Generated fakes only (seeds 4590000-4599999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4590000, 4599999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Draig", "Castell", "Gwyddbwyll", "Brenin", "Esgob", "Marchog", "Gwerin", "Menai", "Eryri", "Tywi",
         "Taf", "Hafren", "Cadair", "Pencampwr", "Gambit", "Sicilian", "Caro", "Rook", "Bishop", "Knight"]
LOWER = ["afon", "mynydd", "bwrdd", "sgwar", "cwpan", "tarian", "llwynog", "derwen", "seren", "cennin",
         "telyn", "gorsaf", "ffenest", "cwmwl", "enfys", "pont"]


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


def lichess_token() -> str:
    return fakes.fake("lip_", 20, _seed())


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


def discord_bot() -> str:
    r = _rng()
    first = base64.b64encode(str(r.randint(10**17, 10**18)).encode()).decode().rstrip("=")
    return first + "." + "".join(r.choice(ALNUM + "_-") for _ in range(6)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(38))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gocardless_token() -> str:
    return fakes.fake("live_", 40, _seed())


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def paypal_client_id() -> str:
    return "A" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def sumup_key() -> str:
    return fakes.fake("sup_sk_", 32, _seed())


def airtable_pat() -> str:
    return fakes.fake("pat", 14, _seed()) + "." + hexs(64)


def notion_token() -> str:
    return fakes.fake("secret_", 43, _seed())


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def cf_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def zoom_secret() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


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
    CASES.append(LabelledCase(f"blind-jr/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe-secret-key", "congress-entries/.env", "https://docs.stripe.com/keys", """
# Cyngres Gwyddbwyll Aberystwyth - entry site
# Gosodiadau ar gyfer y gweinydd byw (live server settings)
APP_ENV=production
APP_URL=https://entries.aberchesscongress.cymru
DEFAULT_LOCALE=cy
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
ENTRY_FEE_OPEN_PENCE=3500
ENTRY_FEE_JUNIOR_PENCE=1500
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "entries/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
\"\"\"Stripe webhooks for the Cardiff Rapidplay entries (taliadau mynediad).\"\"\"
import stripe
from flask import Blueprint, abort, request

from entries.models import Entry, db

bp = Blueprint("stripe_hooks", __name__)

# TODO(Gareth): move to the env before the Easter congress
ENDPOINT_SECRET = "@@secret@@"


@bp.post("/stripe/webhook")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        entry = Entry.query.filter_by(checkout_id=event["data"]["object"]["id"]).first_or_404()
        entry.paid = True
        db.session.commit()
    return "", 204
""", stripe_whsec())

add("python/lichess-token", "broadcast/push_rounds.py", "https://lichess.org/api#tag/Broadcasts", """
#!/usr/bin/env python3
\"\"\"Push PGN from the DGT boards to the Lichess broadcast for Pencampwriaeth Cymru.\"\"\"
import sys
import time

import berserk

ROUND_ID = "wXh3Lq9c"
session = berserk.TokenSession("@@secret@@")
client = berserk.Client(session=session)


def push(pgn_path: str) -> None:
    with open(pgn_path, encoding="utf-8") as handle:
        pgn = handle.read()
    client.broadcasts.push_pgn_update(ROUND_ID, pgn)


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "live/games.pgn"
    while True:
        push(path)
        time.sleep(20)
""", lichess_token())

add("yaml/lichess-token", "config/broadcast.yml", "https://lichess.org/api#tag/Broadcasts/operation/broadcastPush", """
# Darllediad byw - Welsh Championships, Llandudno
broadcast:
  tournament: welsh-championships-2025
  rounds:
    - id: 9fQbT2kA
      name: "Rownd 1"
    - id: Lm3xR8wZ
      name: "Rownd 2"
  lichess:
    host: https://lichess.org
    token: @@secret@@
  livechess:
    url: http://192.168.10.20:1982
    eboards: 24
""", lichess_token())

add("ini/smtp-password", "pairings/swiss_mailer.ini", "https://docs.python.org/3/library/configparser.html", """
; Anfon parau'r rownd nesaf at y chwaraewyr (round pairings by email)
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = gornest@swanseachess.org.uk
password = @@secret@@

[mail]
from = Swansea Chess Club <gornest@swanseachess.org.uk>
subject_cy = Parau rownd {round}
subject_en = Round {round} pairings
""", words_pw())

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/**
 * Clwb Gwyddbwyll Bangor - gwefan y clwb
 */
define( 'DB_NAME', 'bangorchess_wp' );
define( 'DB_USER', 'bangorchess' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'bcc_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'cy' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%"))

add("python/mailchimp-key", "newsletter/sync_members.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
\"\"\"Sync the Welsh Chess Union membership list to Mailchimp (cylchlythyr).\"\"\"
import csv

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "@@server@@",
})

LIST_ID = "b5e1c09a7d"

with open("exports/members.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        client.lists.set_list_member(LIST_ID, row["email"].lower(), {
            "email_address": row["email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": row["forename"], "LNAME": row["surname"], "CLUB": row["club"]},
        })
""", (mc := mailchimp_key()), server=mc.rsplit("-", 1)[1])

add("shell/database-url", "scripts/backup_grading_db.sh", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
#!/usr/bin/env bash
# Copi wrth gefn o gronfa ddata'r graddio (grading DB backup), nightly via cron
set -euo pipefail

STAMP=$(date +%Y%m%d)
OUT=/var/backups/grading/wcu-grading-$STAMP.sql.gz

pg_dump "postgresql://grading_admin:@@secret@@@db.welshchess.internal:5432/grading" \\
  --no-owner --no-privileges | gzip > "$OUT"

find /var/backups/grading -name '*.sql.gz' -mtime +30 -delete
echo "backup ok: $OUT"
""", rand_pw(22))

add("yaml/telegram-bot-token", "bots/pairings-bot/config.yaml", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Bot Telegram: anfon parau a chanlyniadau i'r grŵp
bot:
  name: CyngresBot
  token: "@@secret@@"
  chat_id: -1001876543210
  language: cy
tournament:
  name: Cyngres Caerdydd
  results_url: https://chess-results.com/tnr998877.aspx?lan=1
  poll_seconds: 60
""", fakes.telegram_token(_seed()))

add("env/sendgrid-key", "league-site/.env.production", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
NODE_ENV=production
SITE_NAME="South Wales Chess League"
BASE_URL=https://swchessleague.org.uk
DATABASE_URL=file:./prod.db
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=results@swchessleague.org.uk
RESULTS_DEADLINE_HOURS=72
""", sendgrid_key())

add("json/gocardless-token", "membership/config/production.json", "https://developer.gocardless.com/getting-started/api/making-your-first-request", """
{
  "app": "wcu-membership",
  "locale": ["cy", "en"],
  "gocardless": {
    "environment": "live",
    "accessToken": "@@secret@@",
    "successRedirect": "https://aelodaeth.welshchess.cymru/diolch"
  },
  "fees": {
    "adult": 1800,
    "junior": 600,
    "family": 3000
  }
}
""", gocardless_token())

add("toml/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/publish-ratings.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """
name: Cyhoeddi graddau (publish ratings)
on:
  schedule:
    - cron: "0 6 1 * *"
  workflow_dispatch:

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python tools/build_rating_list.py --out site/ratings
      - name: Push to the pages repo
        env:
          PAGES_TOKEN: @@secret@@
        run: |
          git clone https://x-access-token:${PAGES_TOKEN}@github.com/welshchess/ratings-site.git out
          cp -r site/ratings/* out/
          cd out && git add -A && git commit -m "Graddau $(date +%Y-%m)" && git push
""", fakes.github_token(_seed()))

add("k8s-secret/database-password", "deploy/k8s/entries-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: entries-db
  namespace: congress
  labels:
    app: congress-entries
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_DB: @@db@@
""", (pw := rand_pw(24)), user=b64("entries"), pw=b64(pw), db=b64("congress"))

add("dockerfile/django-secret-key", "Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
ENV PYTHONUNBUFFERED=1 \\
    DJANGO_SETTINGS_MODULE=clwb.settings.production \\
    DJANGO_SECRET_KEY='@@secret@@'
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "clwb.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", fakes.django_secret_key(_seed()))

add("compose/mysql-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  db:
    image: mariadb:11
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: @@secret@@
      MARIADB_DATABASE: wrexhamchess
      MARIADB_USER: wp
      MARIADB_PASSWORD_FILE: /run/secrets/wp_db_password
    volumes:
      - db:/var/lib/mysql
  wordpress:
    image: wordpress:6.5-apache
    depends_on: [db]
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_NAME: wrexhamchess
volumes:
  db:
""", words_pw())

add("markdown/ftp-password", "docs/handover-webmaster.md", "https://www.commonmark.org/", """
# Trosglwyddo'r wefan / Website handover

Diolch i Huw am ofalu am y wefan ers 2014! Notes for the new webmaster:

## Hosting
- Host: 123-reg shared hosting, account in the club secretary's name
- FTP: `ftp.newportchessclub.co.uk`, user `newportchess`, password `@@secret@@`
- The results pages are plain HTML in `/public_html/canlyniadau/`

## Each month
1. Export the grading file from the league site.
2. Upload `grading.html` over FTP.
3. Post on the Facebook page (ask Siân for access).

## Cysylltiadau
- Secretary: ysgrifennydd@newportchessclub.co.uk
""", words_pw())

add("csharp/twilio-auth-token", "Clwb.Notifications/SmsSender.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Clwb.Notifications
{
    // Neges SMS pan fydd rownd yn dechrau (round start text to players)
    public static class SmsSender
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public static void Send(string to, string body)
        {
            TwilioClient.Init(AccountSid, AuthToken);
            MessageResource.Create(
                body: body,
                from: new Twilio.Types.PhoneNumber("+441792000111"),
                to: new Twilio.Types.PhoneNumber(to));
        }
    }
}
""", twilio_token(), sid=twilio_sid())

add("go/discord-bot-token", "cmd/clwbbot/main.go", "https://github.com/bwmarrin/discordgo", """
package main

import (
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
)

// Bot Discord y clwb: !parau, !canlyniadau, !gradd
const botToken = "@@secret@@"

func main() {
	dg, err := discordgo.New("Bot " + botToken)
	if err != nil {
		log.Fatalf("creu sesiwn: %v", err)
	}
	dg.AddHandler(onMessage)
	if err := dg.Open(); err != nil {
		log.Fatalf("agor: %v", err)
	}
	defer dg.Close()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
""", discord_bot())

add("terraform/digitalocean-token", "infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
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

resource "digitalocean_droplet" "pairings" {
  name   = "parau-cyngres"
  region = "lon1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["chess", "congress"]
}
""", do_token())

add("ruby/mailgun-key", "lib/results_mailer.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", """
require 'mailgun-ruby'

# Anfon canlyniadau'r gynghrair (league results) every Monday
class ResultsMailer
  DOMAIN = 'mg.northwaleschess.org.uk'.freeze

  def initialize
    @client = Mailgun::Client.new('@@secret@@', 'api.eu.mailgun.net')
  end

  def send_results(to, division, html)
    @client.send_message(DOMAIN,
      from: 'Cynghrair Gogledd Cymru <canlyniadau@northwaleschess.org.uk>',
      to: to,
      subject: "Canlyniadau #{division}",
      html: html)
  end
end
""", mailgun_key())

add("typescript/aws-secret-key", "src/lib/uploadPgn.ts", "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/loading-node-credentials-environment.html", """
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

// Llwytho ffeiliau PGN i'r bwced (upload round PGNs for download)
const s3 = new S3Client({
  region: "eu-west-2",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: "@@secret@@",
  },
});

export async function uploadPgn(event: string, round: number, pgn: string): Promise<string> {
  const key = `pgn/${event}/round-${round}.pgn`;
  await s3.send(new PutObjectCommand({
    Bucket: "welsh-chess-pgn",
    Key: key,
    Body: pgn,
    ContentType: "application/x-chess-pgn",
  }));
  return `https://welsh-chess-pgn.s3.eu-west-2.amazonaws.com/${key}`;
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-key-id", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-west-2

[wcu-pgn]
aws_access_key_id = @@secret@@
aws_secret_access_key = @@sk@@
""", fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("python/redis-url", "pairings/settings.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """
\"\"\"Settings for the live pairings board (bwrdd parau byw).\"\"\"
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
DEBUG = False
ALLOWED_HOSTS = ["parau.cardiffchess.club", "localhost"]

CELERY_BROKER_URL = "redis://:@@secret@@@redis-parau.internal:6379/0"
CELERY_RESULT_BACKEND = CELERY_BROKER_URL

LANGUAGE_CODE = "cy"
TIME_ZONE = "Europe/London"
USE_I18N = True
""", fakes.redis_password(_seed()))

add("notebook/airtable-token", "analysis/junior_attendance.ipynb", "https://airtable.com/developers/web/guides/personal-access-tokens", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Presenoldeb iau / Junior attendance 2024-25"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from pyairtable import Api\\n",
    "import pandas as pd\\n",
    "api = Api(\\"@@secret@@\\")\\n",
    "table = api.table(\\"appQ8rT2kLm4nX7Yz\\", \\"Sessions\\")\\n",
    "df = pd.DataFrame([r[\\"fields\\"] for r in table.all()])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(\\"club\\")[\\"players\\"].sum().plot.bar()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", airtable_pat())

add("shell/ssh-private-key", "scripts/deploy_key_setup.sh", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh", """
#!/bin/sh
# Gosod allwedd defnyddio ar y Raspberry Pi yn neuadd y clwb (deploy key on the club hall Pi)
mkdir -p ~/.ssh
cat > ~/.ssh/id_deploy <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/id_deploy
ssh-keyscan github.com >> ~/.ssh/known_hosts
GIT_SSH_COMMAND="ssh -i ~/.ssh/id_deploy" git clone git@github.com:penarthchess/noticeboard.git
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("yaml/slack-webhook", "ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: swyddogion
  group_wait: 30s
receivers:
  - name: swyddogion
    slack_configs:
      - api_url: @@secret@@
        channel: "#gweinydd"
        title: "Rhybudd: {{ .CommonLabels.alertname }}"
        send_resolved: true
""", slack_webhook())

add("javascript/discord-webhook", "scripts/post-results.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
// Postio canlyniadau i sianel #canlyniadau ar Discord
const fs = require("fs");

const WEBHOOK = "@@secret@@";

async function main() {
  const results = JSON.parse(fs.readFileSync("out/round-results.json", "utf8"));
  const lines = results.map(r => `${r.board}. ${r.white} ${r.score} ${r.black}`);
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Canlyniadau", content: lines.join("\\n") }),
  });
}

main().catch(err => { console.error(err); process.exit(1); });
""", discord_webhook())

add("properties/ldap-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Porth aelodau WCU (members portal)
spring.application.name=wcu-portal
server.port=8443
spring.ldap.urls=ldaps://ldap.welshchess.internal:636
spring.ldap.base=dc=welshchess,dc=cymru
spring.ldap.username=cn=portal,ou=services,dc=welshchess,dc=cymru
spring.ldap.password=@@secret@@
spring.messages.basename=messages,messages_cy
logging.level.root=INFO
""", rand_pw(20, "!%"))

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Defnyddiwr adrodd ar gyfer y dangosfwrdd graddio (read-only reporting user)
BEGIN;
CREATE ROLE grading_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE grading TO grading_report;
GRANT USAGE ON SCHEMA public TO grading_report;
GRANT SELECT ON players, games, events, clubs TO grading_report;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO grading_report;
COMMIT;
""", words_pw())

add("powershell/admin-password", "tools/Setup-DgtLaptop.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", """
# Paratoi gliniadur y byrddau DGT ar gyfer y gyngres (prepare the DGT laptop)
$ErrorActionPreference = 'Stop'

$AdminPassword = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
New-LocalUser -Name 'gwyddbwyll' -Password $AdminPassword -FullName 'Cyngres DGT' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Administrators' -Member 'gwyddbwyll'

winget install --id DGT.LiveChess -e --accept-package-agreements
New-NetFirewallRule -DisplayName 'LiveChess' -Direction Inbound -Protocol TCP -LocalPort 1982 -Action Allow
Write-Host 'Barod / Ready'
""", words_pw())

add("java/smtp-password", "src/main/java/cymru/gwyddbwyll/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package cymru.gwyddbwyll.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** Post y gyngres: confirmations for congress entries. */
public final class MailConfig {
    private static final String USER = "cyngres@welshchess.cymru";
    private static final String PASS = "@@secret@@";

    private MailConfig() {}

    public static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.gmail.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("kotlin/paypal-client-secret", "app/src/main/java/cymru/clwb/entries/PayPalConfig.kt", "https://developer.paypal.com/api/rest/authentication/", """
package cymru.clwb.entries

// Taliadau PayPal ar gyfer ap y gyngres (congress app)
object PayPalConfig {
    const val MODE = "live"
    const val CLIENT_ID = "@@cid@@"
    const val CLIENT_SECRET = "@@secret@@"
    const val CURRENCY = "GBP"
    const val RETURN_URL = "cymru.clwb.entries://paypal/return"
}
""", paypal_secret(), cid=paypal_client_id())

add("rust/lichess-token", "src/bin/fetch_games.rs", "https://lichess.org/api#tag/Games/operation/apiGamesUser", """
// Casglu gemau aelodau'r clwb o Lichess ar gyfer y gronfa ddata
use reqwest::blocking::Client;
use std::fs;

const LICHESS_TOKEN: &str = "@@secret@@";
const MEMBERS: &[&str] = &["DraigGoch64", "MenaiKnight", "carwyn_b", "tywi_tactics"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();
    for user in MEMBERS {
        let url = format!("https://lichess.org/api/games/user/{}?max=50&rated=true", user);
        let body = client
            .get(&url)
            .bearer_auth(LICHESS_TOKEN)
            .header("Accept", "application/x-chess-pgn")
            .send()?
            .text()?;
        fs::write(format!("data/{}.pgn", user), body)?;
    }
    Ok(())
}
""", lichess_token())

add("swift/stripe-secret-key", "CyngresApp/Services/PaymentService.swift", "https://docs.stripe.com/keys", """
import Foundation

// Gwasanaeth talu - ap y gyngres
enum PaymentConfig {
    static let publishableKey = "@@pk@@"
    // FIXME: dylai hwn fod ar y gweinydd, nid yn yr ap
    static let secretKey = "@@secret@@"
}

struct PaymentService {
    func createIntent(amountPence: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(PaymentConfig.secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountPence)&currency=gbp".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ansible/wifi-password", "ansible/group_vars/venue_pis.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
# Raspberry Pis ar gyfer y byrddau yn Neuadd y Dref, Llandrindod
venue_name: "Neuadd y Dref Llandrindod"
wifi_country: GB
wifi_ssid: WCU-Congress
wifi_psk: "@@secret@@"
livechess_host: 10.42.0.10
livechess_port: 1982
ntp_server: 0.uk.pool.ntp.org
boards_per_pi: 6
""", passphrase())

add("xml/ftp-password", "FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.chess-results.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>wales_arbiter</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>chess-results upload (Cyngres)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (ftp := words_pw()), enc=b64(ftp))

add("csv/admin-password", "exports/venue_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
device,location,ip,admin_user,admin_password,notes
DGT board hub,Neuadd Fawr,10.42.0.10,admin,@@secret@@,LiveChess 2.2 - byrddau 1-12
Router,Neuadd Fawr,10.42.0.1,admin,see vault,TP-Link ER605
Printer,Swyddfa'r dyfarnwr,10.42.0.30,admin,(default - changed? gofyn i Rhys),HP M404
Projector,Ystafell dadansoddi,10.42.0.41,,,no login
Display Pi,Cyntedd,10.42.0.50,pi,see vault,pairings board
""", rand_pw(12))

add("log/basic-auth", "logs/livechess-relay-2025-03-15.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2025-03-15 09:58:02,114 INFO  relay starting, source=http://10.42.0.10:1982/api/v1.0/eboards
2025-03-15 09:58:02,301 INFO  target=https://relay.welshchess.cymru/push
2025-03-15 09:58:03,017 DEBUG POST /push HTTP/1.1 Host: relay.welshchess.cymru Authorization: Basic @@secret@@
2025-03-15 09:58:03,211 INFO  push ok, 24 boards, round 3
2025-03-15 09:58:23,509 INFO  push ok, 24 boards, round 3
2025-03-15 09:58:43,622 WARNING board 17 disconnected (bwrdd 17 wedi datgysylltu)
2025-03-15 09:59:03,718 INFO  push ok, 23 boards, round 3
""", b64("relay:" + rand_pw(18)))

add("env/openai-key", "commentary-bot/.env", "https://platform.openai.com/docs/api-reference/authentication", """
# Sylwebaeth awtomatig (auto commentary for the broadcast), cy + en
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
STOCKFISH_PATH=/usr/local/bin/stockfish
COMMENTARY_LANGS=cy,en
MAX_COMMENTS_PER_ROUND=40
""", openai_key())

add("python/brevo-key", "juniors/send_reminders.py", "https://developers.brevo.com/docs/send-a-transactional-email", """
\"\"\"Nodyn atgoffa i rieni chwaraewyr iau (reminders for junior parents).\"\"\"
import sib_api_v3_sdk
from sib_api_v3_sdk.rest import ApiException

configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = "@@secret@@"

api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(configuration))


def remind(email: str, child: str, date: str) -> None:
    mail = sib_api_v3_sdk.SendSmtpEmail(
        to=[{"email": email}],
        template_id=14,
        params={"CHILD": child, "DATE": date},
    )
    try:
        api.send_transac_email(mail)
    except ApiException as exc:
        print("methu anfon / failed:", exc)
""", brevo_key())

add("yaml/database-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: league_dev

production:
  <<: *default
  database: league_production
  host: league-db.cluster-cz1.eu-west-2.rds.amazonaws.com
  username: league
  password: @@secret@@
""", rand_pw(26))

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", """
name: Deploy club site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - name: Llwytho drwy FTP
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.caerphillychess.org.uk
          username: deploy@caerphillychess.org.uk
          password: "@@secret@@"
          local-dir: ./dist/
""", words_pw())

add("json/firebase-service-account", "app/serviceAccountKey.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "cyngres-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "firebase-adminsdk-x7k2p@cyngres-app.iam.gserviceaccount.com",
  "client_id": "104839201928374650192",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (pem := fakes.fake_pem(_seed(), "").replace("  ", " ").replace("\n", "\\n") + "\\n"),
    kid=hexs(40), pem=pem)

add("php/sumup-key", "includes/sumup.php", "https://developer.sumup.com/api", """
<?php
// Taliadau wrth y drws (on-the-door payments) - Cyngres Cymru
const SUMUP_API_KEY = '@@secret@@';
const SUMUP_MERCHANT = 'MCXK7Q9P';

function sumup_checkout(int $pence, string $ref): array {
    $ch = curl_init('https://api.sumup.com/v0.1/checkouts');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . SUMUP_API_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode([
            'checkout_reference' => $ref,
            'amount' => $pence / 100,
            'currency' => 'GBP',
            'merchant_code' => SUMUP_MERCHANT,
        ]),
    ]);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
""", sumup_key())

add("shell/mysql-password", "scripts/import_grading.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", """
#!/bin/bash
# Mewnforio'r rhestr raddio fisol (monthly grading import)
set -e
FILE=${1:-downloads/ratings.csv}
mysql -h db.swchessleague.org.uk -u league_import -p'@@secret@@' league <<SQL
LOAD DATA LOCAL INFILE '$FILE' INTO TABLE ratings_import
FIELDS TERMINATED BY ',' ENCLOSED BY '"' IGNORE 1 LINES;
CALL merge_ratings();
SQL
echo "Wedi mewnforio $FILE"
""", rand_pw(14))

add("markdown/admin-password", "docs/venue-setup.md", "https://www.commonmark.org/", """
# Gosod y lleoliad / Venue setup - Rhyl Congress

| Eitem | Manylion |
|---|---|
| Wi-Fi | `RhylCongress` / `@@wifi@@` |
| DGT LiveChess admin | http://10.0.5.2:1982 - `arbiter` / `@@secret@@` |
| Printer | HP in the arbiter's room, no login |
| Clocks | 40 x DGT 3000, set to 90+30 |

Cofiwch: switch the boards on in order 1 to 40, then start LiveChess.
""", words_pw(), wifi=passphrase())

add("dockerfile/npm-token", "web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /src
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("go/postgres-dsn", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Cronfa ddata'r graddio
const dsn = "host=grading-db.internal port=5432 user=grader password=@@secret@@ dbname=grading sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("terraform/cloudflare-token", "infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "3f9a2c8e1b7d4a6f90e2c5b8a1d7e4f3"
}

resource "cloudflare_record" "parau" {
  zone_id = var.zone_id
  name    = "parau"
  content = "203.0.113.24"
  type    = "A"
  proxied = true
}
""", cf_token())

add("compose/redis-password", "live/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  relay:
    build: ./relay
    depends_on: [redis]
    environment:
      LIVECHESS_URL: http://host.docker.internal:1982
      REDIS_HOST: redis
""", fakes.redis_password(_seed()))

add("python/smtp-password", "arbiter/send_reports.py", "https://docs.python.org/3/library/smtplib.html", """
\"\"\"Anfon adroddiad y dyfarnwr i'r ECF a'r FIDE (arbiter reports).\"\"\"
import smtplib
from email.message import EmailMessage


def send_report(path: str, to: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Arbiter report - Welsh Championships"
    msg["From"] = "chief.arbiter@welshchess.cymru"
    msg["To"] = to
    with open(path, "rb") as handle:
        msg.add_attachment(handle.read(), maintype="application", subtype="pdf", filename="report.pdf")
    with smtplib.SMTP_SSL("mail.welshchess.cymru", 465) as server:
        server.login("chief.arbiter@welshchess.cymru", "@@secret@@")
        server.send_message(msg)
""", words_pw())

add("ini/database-password", "grading/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", """
[alembic]
script_location = migrations
sqlalchemy.url = mysql+pymysql://grading:@@secret@@@127.0.0.1:3306/grading

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
""", rand_pw(18))

add("yaml/sendgrid-key", "k8s/values-production.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/welshchess/entries
  tag: "2.4.1"
ingress:
  enabled: true
  hosts:
    - host: mynediad.welshchess.cymru
env:
  LANG: cy_GB.UTF-8
  MAIL_BACKEND: sendgrid
  SENDGRID_API_KEY: "@@secret@@"
resources:
  limits:
    memory: 256Mi
""", sendgrid_key())

add("xml/database-password", "Pairings.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Parau"
         connectionString="Server=tcp:wcu-sql.database.windows.net,1433;Database=pairings;User ID=pairings_app;Password=@@secret@@;Encrypt=True;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="DefaultCulture" value="cy-GB" />
    <add key="ChessResultsId" value="912345" />
  </appSettings>
</configuration>
""", words_pw())

add("typescript/twilio-auth-token", "functions/src/sms.ts", "https://www.twilio.com/docs/libraries/node", """
import twilio from "twilio";

// Neges destun at chwaraewyr pan fydd y parau'n barod
const client = twilio("@@sid@@", "@@secret@@");

export async function notifyPairings(phone: string, round: number, board: number, colour: string) {
  const body = `Rownd ${round}: bwrdd ${board} (${colour}). Round ${round}: board ${board}.`;
  return client.messages.create({ to: phone, from: "+447700900123", body });
}
""", twilio_token(), sid=twilio_sid())

add("python/slack-bot-token", "tools/notify_captains.py", "https://api.slack.com/authentication/token-types#bot", """
\"\"\"Atgoffa capteiniaid i gyflwyno canlyniadau (remind team captains to submit results).\"\"\"
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")

CAPTAINS = {
    "Cardiff A": "U04CARDA1",
    "Penarth": "U04PENRT2",
    "Bridgend": "U04BRGND3",
    "Barry": "U04BARRY4",
}

for team, user in CAPTAINS.items():
    client.chat_postMessage(
        channel=user,
        text=f"Helo! Canlyniad {team} heb ei gyflwyno eto - please submit last night's result.",
    )
""", slack_bot())

add("shell/lichess-token", "scripts/create_swiss.sh", "https://lichess.org/api#tag/Swiss-tournaments/operation/apiSwissNew", r"""
#!/usr/bin/env bash
# Creu twrnamaint Swiss ar-lein i'r tîm (online club swiss on Lichess)
TEAM=clwb-gwyddbwyll-abertawe
curl -sS -X POST "https://lichess.org/api/swiss/new/$TEAM" \
  -H "Authorization: Bearer @@secret@@" \
  -d name="Swiss Nos Fercher" \
  -d clock.limit=600 \
  -d clock.increment=5 \
  -d nbRounds=7 \
  -d startsAt=$(date -d 'next wednesday 19:30' +%s)000 \
  -d description="Croeso i bawb / all welcome"
""", lichess_token())

add("env/database-url", "pairings-api/.env.local", "https://www.prisma.io/docs/orm/reference/connection-urls", """
DATABASE_URL="postgresql://parau:@@secret@@@localhost:5432/parau?schema=public"
NEXTAUTH_URL=http://localhost:3000
LICHESS_CLIENT_ID=parau-cymru
DEFAULT_LANG=cy
LOG_LEVEL=debug
""", rand_pw(20))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

release:
  stage: release
  image: python:3.12
  variables:
    GITLAB_API_TOKEN: "@@secret@@"
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=$GITLAB_API_TOKEN TWINE_USERNAME=oauth2 twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
  only:
    - tags
""", gitlab_token())

add("json/notion-token", "scripts/notion-sync.config.json", "https://developers.notion.com/docs/authorization", """
{
  "notion": {
    "token": "@@secret@@",
    "databases": {
      "events": "8c1e4f2a9b3d47e6a0f5c2d8b1e7a4f9",
      "volunteers": "2f7b9e1c4a6d48f3b5e0a9c2d7f1e8b4"
    }
  },
  "calendar": "Calendr Gwyddbwyll Cymru",
  "timezone": "Europe/London"
}
""", notion_token())

add("json/database-password", "Graddio/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "ConnectionStrings": {
    "Graddio": "Server=graddio-sql;Database=Graddio;User Id=graddio_web;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Graddio": {
    "Iaith": "cy",
    "RatingPeriodMonths": 6
  }
}
""", words_pw())

add("python/google-service-key", "juniors/sheets_export.py", "https://developers.google.com/sheets/api/guides/concepts", """
\"\"\"Allforio cofrestr y clwb iau i Google Sheets (export junior register).\"\"\"
import gspread
from google.oauth2.service_account import Credentials

INFO = {
    "type": "service_account",
    "project_id": "clwb-iau-caerdydd",
    "private_key_id": "@@kid@@",
    "private_key": \"\"\"@@secret@@\"\"\",
    "client_email": "sheets@clwb-iau-caerdydd.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

creds = Credentials.from_service_account_info(INFO, scopes=["https://www.googleapis.com/auth/spreadsheets"])
gc = gspread.authorize(creds)
sheet = gc.open_by_key("1vQx3Yk8Lm2Np7Rt9Sw4Zb6Cd1Ef5Gh0Ij3Kl8Mn2Op").sheet1
sheet.append_row(["2025-03-12", "Sesiwn nos Fercher", 23])
""", fakes.fake_pem(_seed(), "").replace("  ", " "), kid=hexs(40))

add("java/mailchimp-key", "src/main/java/cymru/gwyddbwyll/news/Newsletter.java", "https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure", """
package cymru.gwyddbwyll.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

public class Newsletter {
    // Cylchlythyr misol Undeb Gwyddbwyll Cymru
    private static final String API_KEY = "@@secret@@";
    private static final String DC = "@@dc@@";

    public HttpRequest listsRequest() {
        String auth = Base64.getEncoder().encodeToString(("wcu:" + API_KEY).getBytes());
        return HttpRequest.newBuilder(URI.create("https://" + DC + ".api.mailchimp.com/3.0/lists"))
            .header("Authorization", "Basic " + auth)
            .GET()
            .build();
    }
}
""", (mc2 := mailchimp_key()), dc=mc2.rsplit("-", 1)[1])

add("k8s-secret/lichess-token", "deploy/broadcast-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: broadcast-relay
  namespace: darllediad
type: Opaque
stringData:
  LICHESS_TOKEN: @@secret@@
  LIVECHESS_URL: http://10.42.0.10:1982
""", lichess_token())

add("markdown/database-url", "README.md", "https://www.commonmark.org/", """
# cynghrair-canlyniadau

Gwefan canlyniadau Cynghrair Gwyddbwyll De Cymru (South Wales league results site).

## Rhedeg yn lleol / running locally

```bash
pip install -r requirements.txt
export DATABASE_URL=postgres://league:@@secret@@@league-db.swchessleague.org.uk:5432/league
flask --app league run
```

The production database is used read-only when you run it locally, so please be careful.

## Cyfrannu
Pull requests welcome - Cymraeg neu Saesneg.
""", rand_pw(16))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "https://docs.stripe.com/keys", """
# Taliadau Stripe ar gyfer ffurflen aelodaeth
Rails.configuration.stripe = {
  publishable_key: 'pk_live_51' + 'PLACEHOLDER',
  secret_key: '@@secret@@'
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-06-20'
""", stripe_key())

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://docs.pypi.org/trusted-publishers/", """
name: Release pywgc
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("php/smtp-password", "config/mail.php", "https://github.com/PHPMailer/PHPMailer", """
<?php
// Gosodiadau post ar gyfer ffurflen gysylltu'r clwb
return [
    'host'       => 'smtp.ionos.co.uk',
    'port'       => 587,
    'secure'     => 'tls',
    'username'   => 'post@clwbgwyddbwyllcaernarfon.cymru',
    'password'   => '@@secret@@',
    'from_name'  => 'Clwb Gwyddbwyll Caernarfon',
    'reply_to'   => 'ysgrifennydd@clwbgwyddbwyllcaernarfon.cymru',
];
""", words_pw())

add("shell/aws-secret-key", "scripts/sync_photos.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/bin/sh
# Cysoni lluniau'r gyngres i S3 (sync congress photos)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-2
aws s3 sync ./lluniau/ s3://welsh-chess-photos/2025/cyngres-caerdydd/ --exclude "*.tmp"
echo "Wedi cysoni"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("toml/discord-bot-token", "bot/config.toml", "https://discord.com/developers/docs/reference#authentication", """
# Bot Discord Clwb Gwyddbwyll Ar-lein Cymru
[discord]
token = "@@secret@@"
guild_id = 987654321098765432
results_channel = 987654321098765499

[lichess]
team = "cymru-ar-lein"
""", discord_bot())

add("notebook/database-password", "notebooks/rating_trends.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import sqlalchemy as sa\\n",
    "import pandas as pd\\n",
    "engine = sa.create_engine(\\"postgresql+psycopg2://analyst:@@secret@@@grading-db.internal/grading\\")\\n",
    "games = pd.read_sql(\\"select * from games where played >= '2023-09-01'\\", engine)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Tueddiadau graddio / rating trends by club"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(15))

add("yaml/twilio-auth-token", "config/notifications.yaml", "https://www.twilio.com/docs/usage/secure-credentials", """
notifications:
  sms:
    provider: twilio
    account_sid: @@sid@@
    auth_token: @@secret@@
    from: "+447700900456"
  templates:
    round_start_cy: "Mae rownd {round} yn dechrau am {time}."
    round_start_en: "Round {round} starts at {time}."
""", twilio_token(), sid=twilio_sid())

add("kotlin/telegram-bot-token", "src/main/kotlin/cymru/clwb/TelegramNotifier.kt", "https://core.telegram.org/bots/api#sendmessage", """
package cymru.clwb

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// Hysbysiadau i grŵp Telegram yr aelodau (member notices)
class TelegramNotifier(private val http: OkHttpClient = OkHttpClient()) {
    private val botToken = "@@secret@@"
    private val chatId = "-1001765432109"

    fun send(text: String) {
        val req = Request.Builder()
            .url("https://api.telegram.org/bot$botToken/sendMessage")
            .post(FormBody.Builder().add("chat_id", chatId).add("text", text).build())
            .build()
        http.newCall(req).execute().close()
    }
}
""", fakes.telegram_token(_seed()))

add("log/database-url", "logs/worker-error.log", "https://docs.sqlalchemy.org/en/20/errors.html", """
[2025-02-03 19:42:11] ERROR grading.worker: import failed for file ratings_2025_02.csv
Traceback (most recent call last):
  File "/srv/grading/worker.py", line 88, in run
    engine = create_engine(settings.DB_URL)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
[2025-02-03 19:42:11] ERROR grading.worker: DB_URL=postgresql://grading_admin:@@secret@@@10.0.3.14:5432/grading
[2025-02-03 19:42:12] INFO grading.worker: retrying in 60s (ail-geisio)
""", rand_pw(21))

add("env/paypal-client-secret", "shop/.env", "https://developer.paypal.com/api/rest/", """
# Siop y clwb: setiau, clociau, llyfrau (club shop)
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
SHOP_CURRENCY=GBP
""", paypal_secret(), cid=paypal_client_id())

add("python/service-password", "tools/chessresults_upload.py", "https://chess-results.com/", """
\"\"\"Llwytho ffeil Swiss-Manager i chess-results (upload the .TUNx after each round).\"\"\"
import requests

USER = "WLS-arbiter-07"
# cyfrif y dyfarnwr (arbiter account), split to keep the line short
PASSWORD = ("@@p1@@"
            "@@p2@@")


def upload(tun_path: str, tournament_id: int) -> None:
    with requests.Session() as s:
        s.post("https://chess-results.com/login.aspx", data={"user": USER, "pw": PASSWORD})
        with open(tun_path, "rb") as f:
            s.post(f"https://chess-results.com/upload.aspx?tnr={tournament_id}", files={"file": f})
""", (sp := words_pw()), p1=sp[:7], p2=sp[7:])

add("sql/admin-password", "db/seed/001_admin_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Cyfrif gweinyddol cyntaf y wefan gynghrair (first admin account)
CREATE USER 'league_admin'@'%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON league.* TO 'league_admin'@'%';
FLUSH PRIVILEGES;

INSERT INTO league.settings (name, value) VALUES
  ('season', '2025-26'),
  ('default_language', 'cy'),
  ('results_deadline_days', '3');
""", words_pw())

add("swift/sendgrid-key", "CyngresApp/Config/Secrets.swift", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
// Cyfrinachau'r ap - PEIDIWCH a rhannu
enum Secrets {
    static let sendGridKey = "@@secret@@"
    static let supportEmail = "cymorth@welshchess.cymru"
    static let resultsFeed = URL(string: "https://welshchess.cymru/feeds/results.json")!
}
""", sendgrid_key())

add("ini/postgres-password", "ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
grading-db.internal:5432:grading:grading_admin:@@secret@@
grading-db.internal:5432:grading_test:tester:tester
localhost:5432:*:postgres:postgres
league-db.internal:5432:league:readonly:readonly
""", rand_pw(19))

add("yaml/smtp-password", "mkdocs-site/netlify-functions.yml", "https://nodemailer.com/smtp/", """
# Ffurflen gofrestru twrnamaint iau (junior tournament sign-up)
functions:
  register:
    handler: functions/register.js
    environment:
      SMTP_HOST: smtp.zoho.eu
      SMTP_PORT: "465"
      SMTP_USER: iau@gwyddbwyllcymru.org
      SMTP_PASS: "@@secret@@"
      NOTIFY: trefnydd-iau@gwyddbwyllcymru.org
""", rand_pw(16))

add("typescript/session-signing-secret", "src/auth/session.ts", "https://github.com/vvo/iron-session#session-options", """
// Sesiynau mewngofnodi'r wefan gynghrair (league site login sessions)
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export interface SessionData {
  captainId?: number;
  club?: string;
}

export const sessionOptions: SessionOptions = {
  password: "@@secret@@",
  cookieName: "cynghrair_session",
  cookieOptions: { secure: true, sameSite: "lax" },
};

export async function getSession() {
  return getIronSession<SessionData>(cookies(), sessionOptions);
}
""", rand_pw(48))

add("powershell/smtp-password", "tools/Send-Pairings.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Anfon y parau o Swiss-Manager (export HTML) at y rhestr bostio
param([int]$Round = 1)
$user = 'dyfarnwr@newtownchess.cymru'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$body = Get-Content -Raw ".\\export\\round$Round.html"
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
  -From $user -To 'chwaraewyr@newtownchess.cymru' -Subject "Parau rownd $Round" -Body $body -BodyAsHtml
""", words_pw())

add("java/aws-key-id", "src/main/java/cymru/gwyddbwyll/pgn/PgnArchive.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """
package cymru.gwyddbwyll.pgn;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Archif PGN Pencampwriaethau Cymru. */
public class PgnArchive {
    private final S3Client s3 = S3Client.builder()
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("@@secret@@", "@@sk@@")))
        .build();

    public S3Client client() {
        return s3;
    }
}
""", fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("properties/database-password", "config/hibernate.properties", "https://docs.jboss.org/hibernate/orm/6.4/userguide/html_single/Hibernate_User_Guide.html", """
# Cronfa ddata aelodaeth (membership DB)
hibernate.connection.driver_class=org.mariadb.jdbc.Driver
hibernate.connection.url=jdbc:mariadb://aelodaeth-db:3306/aelodaeth
hibernate.connection.username=aelodaeth
hibernate.connection.password=@@secret@@
hibernate.dialect=org.hibernate.dialect.MariaDBDialect
hibernate.hbm2ddl.auto=validate
""", rand_pw(17))

add("json/sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp", """
{
  "name": "Gwefan y clwb",
  "host": "ssh.cluster023.hosting.ovh.net",
  "protocol": "sftp",
  "port": 22,
  "username": "llanellich",
  "password": "@@secret@@",
  "remotePath": "/home/llanellich/www",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("ansible/database-password", "ansible/host_vars/graddio.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """
---
# Gweinydd graddio Undeb Gwyddbwyll Cymru
postgres_version: 16
grading_db_name: grading
grading_db_user: grading_app
grading_db_password: "@@secret@@"
backup_bucket: s3://wcu-backups/grading
nginx_server_name: graddio.welshchess.cymru
""", rand_pw(22))

add("python/sumup-key", "door/till.py", "https://developer.sumup.com/online-payments/", """
\"\"\"Til y drws: tal mynediad ar y dydd (on-the-day entries) via SumUp.\"\"\"
import requests

SUMUP = requests.Session()
SUMUP.headers["Authorization"] = "Bearer @@secret@@"


def take_payment(name: str, pence: int) -> str:
    resp = SUMUP.post("https://api.sumup.com/v0.1/checkouts", json={
        "checkout_reference": f"door-{name}",
        "amount": pence / 100,
        "currency": "GBP",
        "merchant_code": "MC7YQ2LP",
        "description": f"Mynediad - {name}",
    }, timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]
""", sumup_key())

add("yaml/aws-secret-key", "serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/credentials", """
service: cyngres-entries
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    ENTRIES_TABLE: entries-2025
    PGN_BUCKET_KEY_ID: @@kid@@
    PGN_BUCKET_SECRET: @@secret@@
functions:
  enter:
    handler: handler.enter
    events:
      - httpUrl: true
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/lichess-token", "docs/broadcast-howto.md", "https://lichess.org/broadcast/help", """
# Sut i ddarlledu / How to run the broadcast

1. Plug the DGT boards into the laptop and start LiveChess.
2. In LiveChess, add a "Lichess Broadcast" output.
3. Paste the token of the `WelshChessBroadcasts` account:

   ```
   @@secret@@
   ```

   (scopes: `study:read`, `study:write`)
4. Pick the round from the dropdown, press Start.
5. Check https://lichess.org/broadcast after two minutes.

Os oes problem, ffoniwch Dafydd.
""", lichess_token())

add("csv/ftp-password", "docs/club-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
service,login,password,owner,renew
Gwefan (FTP),clwbmerthyr,@@secret@@,Ysgrifennydd,2026-01
Facebook page,via Meta Business,n/a,Cadeirydd,
Lichess team,merthyr-chess,(2FA - Rhodri's phone),Rhodri,
Bank (Lloyds),online banking,in the treasurer's safe,Trysorydd,
Domain (123-reg),merthyrchess,see password manager,Ysgrifennydd,2025-11
""", words_pw())

add("go/telegram-bot-token", "bot/main.go", "https://core.telegram.org/bots/api", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	// Bot canlyniadau Cynghrair Gogledd Cymru
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Panic(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil && update.Message.Text == "/canlyniadau" {
			bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, latestResults()))
		}
	}
}
""", fakes.telegram_token(_seed()))

add("dockerfile/database-password", "grading/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM postgres:16
ENV POSTGRES_USER=grading \\
    POSTGRES_PASSWORD=@@secret@@ \\
    POSTGRES_DB=grading
COPY schema/*.sql /docker-entrypoint-initdb.d/
HEALTHCHECK CMD pg_isready -U grading || exit 1
""", rand_pw(20))

add("php/stripe-restricted-key", "src/Payments/StripeGateway.php", "https://github.com/stripe/stripe-php", """
<?php
namespace Cyngres\\Payments;

use Stripe\\StripeClient;

// Porth talu ar gyfer ffurflen mynediad y gyngres
final class StripeGateway
{
    private StripeClient $stripe;

    public function __construct()
    {
        $this->stripe = new StripeClient('@@secret@@');
    }

    public function checkout(int $pence, string $email): string
    {
        $session = $this->stripe->checkout->sessions->create([
            'mode' => 'payment',
            'customer_email' => $email,
            'line_items' => [['price_data' => ['currency' => 'gbp', 'unit_amount' => $pence,
                'product_data' => ['name' => 'Mynediad Cyngres / Congress entry']], 'quantity' => 1]],
            'success_url' => 'https://cyngres.cymru/diolch',
            'cancel_url' => 'https://cyngres.cymru/mynediad',
        ]);
        return $session->url;
    }
}
""", stripe_key("rk_live_"))

add("shell/github-token", "scripts/mirror_pgn_repo.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Drych o'r archif PGN i GitHub (mirror the PGN archive)
set -eu
cd /srv/pgn-archive
git remote set-url github https://wcu-bot:@@secret@@@github.com/welshchess/pgn-archive.git
git push github main --tags
""", fakes.github_fine_grained_token(_seed()))

add("env/discord-webhook", "results-bot/.env", "https://discord.com/developers/docs/resources/webhook", """
# Bot canlyniadau'r gynghrair
LEAGUE_URL=https://swchessleague.org.uk
DISCORD_WEBHOOK_URL=@@secret@@
POST_HOUR=21
TZ=Europe/London
""", discord_webhook())

add("python/paypal-client-secret", "shop/paypal_client.py", "https://developer.paypal.com/api/rest/authentication/", """
\"\"\"PayPal ar gyfer siop llyfrau'r undeb (WCU book shop).\"\"\"
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
API = "https://api-m.paypal.com"


def access_token() -> str:
    resp = requests.post(
        f"{API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""", paypal_secret(), cid=paypal_client_id())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "league" {
  identifier          = "swcl-league"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  db_name             = "league"
  username            = "league"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    Project = "cynghrair"
  }
}
""", words_pw())

add("json/github-token", "auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "REPLACE_ME"
        }
    }
}
""", fakes.github_token(_seed()))

add("yaml/brevo-key", "config/packages/mailer.yaml", "https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport", """
# Post: cadarnhad mynediad (entry confirmations)
framework:
  mailer:
    dsn: 'brevo+api://@@secret@@@default'
    envelope:
      sender: 'mynediad@cyngres.cymru'
    headers:
      Reply-To: 'trefnydd@cyngres.cymru'
""", brevo_key())

add("ruby/database-url", "deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """
# Capistrano: gweinydd cynhyrchu'r gynghrair
server 'league.swchessleague.org.uk', user: 'deploy', roles: %w[app db web]

set :branch, 'main'
set :rails_env, 'production'
set :default_env, {
  'DATABASE_URL' => 'postgres://league:@@secret@@@localhost/league_production',
  'RAILS_SERVE_STATIC_FILES' => 'true'
}
""", rand_pw(18))

add("ini/mysql-password", "ops/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# Cysylltiad ar gyfer sgriptiau wrth gefn
[client]
user=backup
password="@@secret@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
""", words_pw())

add("k8s-secret/smtp-password", "deploy/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: aelodaeth
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@pw@@
""", (smtp_pw := rand_pw(16)), host=b64("smtp.office365.com"), user=b64("aelodaeth@welshchess.cymru"), pw=b64(smtp_pw))

add("python/twilio-auth-token", "sms/round_alerts.py", "https://www.twilio.com/docs/libraries/python", """
\"\"\"Rhybuddion SMS: mae'r rownd yn dechrau mewn 10 munud.\"\"\"
from twilio.rest import Client

client = Client("@@sid@@", "@@secret@@")


def alert(players, round_no: int) -> None:
    for p in players:
        client.messages.create(
            to=p.phone,
            from_="+447700900789",
            body=f"Rownd {round_no} mewn 10 munud - bwrdd {p.board}.",
        )
""", twilio_token(), sid=twilio_sid())

add("csharp/sendgrid-key", "Cyngres.Api/Services/EmailService.cs", "https://github.com/sendgrid/sendgrid-csharp", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Cyngres.Api.Services;

public class EmailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendConfirmation(string to, string name) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("mynediad@cyngres.cymru", "Cyngres Cymru"),
            new EmailAddress(to, name),
            "Diolch am gofrestru / Thanks for entering",
            $"Helo {name}, mae eich lle wedi'i gadarnhau.",
            null));
}
""", sendgrid_key())

add("rust/database-url", "src/db.rs", "https://docs.rs/sqlx/latest/sqlx/", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// Cysylltiad â'r gronfa ddata parau
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://parau:@@secret@@@parau-db:5432/parau")
        .await
}
""", rand_pw(20))

add("log/api-key", "logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
81.2.69.160 - - [12/Apr/2025:19:31:02 +0100] "GET /canlyniadau/rownd-3 HTTP/1.1" 200 5412 "-" "Mozilla/5.0"
81.2.69.160 - - [12/Apr/2025:19:31:05 +0100] "GET /static/board.css HTTP/1.1" 200 1211 "-" "Mozilla/5.0"
10.0.0.7 - - [12/Apr/2025:19:32:10 +0100] "POST /api/results?api_key=@@secret@@ HTTP/1.1" 201 88 "-" "python-requests/2.32"
81.2.69.144 - - [12/Apr/2025:19:32:44 +0100] "GET /parau HTTP/1.1" 200 3021 "-" "Mozilla/5.0"
81.2.69.144 - - [12/Apr/2025:19:33:01 +0100] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"
""", mailchimp_key())

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "https://github.com/slackapi/slack-github-action", """
name: Profion nos (nightly tests)
on:
  schedule: [{ cron: "0 2 * * *" }]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[test] && pytest -q
      - name: Tell the committee
        if: failure()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"Methodd y profion nos / nightly tests failed"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("typescript/gocardless-token", "src/membership/gocardless.ts", "https://github.com/gocardless/gocardless-nodejs", """
import gocardless from "gocardless-nodejs";
import { Environments } from "gocardless-nodejs/constants";

// Debyd uniongyrchol ar gyfer tâl aelodaeth blynyddol
export const gc = gocardless("@@secret@@", Environments.Live);

export async function createMandateFlow(email: string) {
  return gc.billingRequests.create({
    mandate_request: { scheme: "bacs" },
    metadata: { source: "aelodaeth-wcu" },
  });
}
""", gocardless_token())

add("xml/smtp-password", "src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <!-- Post y porth graddio -->
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.mailgun.org"/>
    <property name="port" value="587"/>
    <property name="username" value="postmaster@mg.welshchess.cymru"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("notebook/lichess-token", "notebooks/club_openings.ipynb", "https://lichess.org/api#tag/Opening-Explorer", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Agoriadau'r clwb / What our members play"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "HEADERS = {\\"Authorization\\": \\"Bearer @@secret@@\\"}\\n",
    "r = requests.get(\\"https://lichess.org/api/team/clwb-gwyddbwyll-bangor/users\\", headers=HEADERS)\\n",
    "members = [line for line in r.text.splitlines() if line]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", lichess_token())

add("compose/sendgrid-key", "deploy/compose.prod.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  web:
    image: ghcr.io/cardiffchess/site:latest
    restart: always
    ports: ["127.0.0.1:8000:8000"]
    environment:
      - DJANGO_SETTINGS_MODULE=site.settings.prod
      - EMAIL_HOST=smtp.sendgrid.net
      - EMAIL_HOST_USER=apikey
      - EMAIL_HOST_PASSWORD=@@secret@@
      - DATABASE_URL=${DATABASE_URL}
""", sendgrid_key())

add("python/anthropic-key", "commentary/annotate.py", "https://docs.anthropic.com/en/api/getting-started", """
\"\"\"Anodi gemau'r bencampwriaeth yn Gymraeg (annotate games in Welsh).\"\"\"
import anthropic
import chess.pgn

client = anthropic.Anthropic(api_key="@@secret@@")


def annotate(pgn_path: str) -> str:
    with open(pgn_path, encoding="utf-8") as f:
        game = chess.pgn.read_game(f)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Rho sylwebaeth fer yn Gymraeg ar y gêm hon:\\n{game}"}],
    )
    return msg.content[0].text
""", anthropic_key())

add("shell/ssh-password", "scripts/pull_tun_files.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Nôl ffeiliau Swiss-Manager o liniadur y dyfarnwr
DEST=archive/$(date +%Y)
mkdir -p "$DEST"
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no dyfarnwr@10.42.0.20:'C:/SwissManager/*.TUNx' "$DEST/"
ls -l "$DEST"
""", words_pw())

add("yaml/redis-password", "config/cache.yml", "https://github.com/redis/redis-py", """
cache:
  backend: redis
  host: redis-14321.c250.eu-west-1-1.ec2.cloud.redislabs.com
  port: 14321
  username: default
  password: @@secret@@
  ttl_seconds: 300
  key_prefix: "parau:"
""", fakes.redis_password(_seed()))

add("java/database-password", "src/main/java/cymru/clwb/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package cymru.clwb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:postgresql://localhost:5432/aelodau";

    private Db() {}

    public static Connection connect() throws SQLException {
        // Cysylltu â'r gronfa aelodau
        return DriverManager.getConnection(URL, "aelodau_app", "@@secret@@");
    }
}
""", rand_pw(19))

add("markdown/admin-password", "docs/HANDOVER.md", "https://www.commonmark.org/", """
# Nodiadau trosglwyddo - Ysgrifennydd Cyngres Bae Colwyn

Handing over to Elin for the 2026 congress. Popeth sydd ei angen:

- Entries site (WordPress): https://colwynbaycongress.org.uk/wp-admin
  - user `trefnydd`, password `@@secret@@`
- Stripe: Elin now has her own login (invited 3 March).
- Chess-results: ask the chief arbiter, he keeps that one.
- Venue: Eirias, contact Gwen on 01492 000000.

Pob lwc!
""", words_pw())

add("env/aws-session-token", "ops/aws-session.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# Sesiwn dros dro (temporary session) - created for the photo upload on 12 April
AWS_ACCESS_KEY_ID=ASIA@@idtail@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=eu-west-2
""", fakes.aws_session_token(_seed()), idtail=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("php/database-password", "inc/db.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Cysylltiad cronfa ddata - canlyniadau'r gynghrair
$dsn = 'mysql:host=localhost;dbname=ngwcl_results;charset=utf8mb4';
$pdo = new PDO($dsn, 'ngwcl', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
]);
""", words_pw())

add("go/sendgrid-key", "internal/mail/sendgrid.go", "https://github.com/sendgrid/sendgrid-go", """
package mail

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var client = sendgrid.NewSendClient("@@secret@@")

// Anfon cadarnhad mynediad
func Confirm(name, to string) error {
	from := mail.NewEmail("Cyngres Cymru", "mynediad@cyngres.cymru")
	msg := mail.NewSingleEmail(from, "Cadarnhad / Confirmation", mail.NewEmail(name, to), "Diolch!", "<p>Diolch!</p>")
	_, err := client.Send(msg)
	return err
}
""", sendgrid_key())

add("toml/database-password", "config/production.toml", "https://toml.io/en/v1.0.0", """
# Gweinydd API y parau (pairings API)
[server]
bind = "0.0.0.0:8080"
lang = "cy"

[database]
host = "parau-db.internal"
port = 5432
user = "parau"
password = "@@secret@@"
name = "parau"
""", rand_pw(21))

add("powershell/aws-secret-key", "tools/Backup-ToS3.ps1", "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html", """
# Copi wrth gefn o ffolder Swiss-Manager i S3
Set-AWSCredential -AccessKey '@@kid@@' -SecretKey '@@secret@@' -StoreAs 'wcu-backup'
$stamp = Get-Date -Format 'yyyyMMdd'
Compress-Archive -Path 'C:\\SwissManager\\*' -DestinationPath "C:\\Temp\\sm-$stamp.zip" -Force
Write-S3Object -ProfileName 'wcu-backup' -BucketName 'wcu-backups' -File "C:\\Temp\\sm-$stamp.zip" -Key "swissmanager/sm-$stamp.zip"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/zoom-client-secret", "juniors/zoom_lessons.py", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", """
\"\"\"Gwersi Zoom i'r garfan iau (junior squad lessons).\"\"\"
import requests

ACCOUNT_ID = "Xk3pQ9rT2sLm8Nv4"
CLIENT_ID = "zQ7xK2mN9pR4tV1wY6bC"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    return r.json()["access_token"]
""", zoom_secret())

add("yaml/hugging-face-token", "commentary/config.yaml", "https://huggingface.co/docs/hub/security-tokens", """
# Model cyfieithu ar gyfer sylwebaeth (translation model for commentary)
translator:
  model: techiaith/mt-dspec-health-en-cy
  device: cpu
  hf_token: @@secret@@
engine:
  path: /usr/games/stockfish
  depth: 18
""", hf_token())

add("ini/lichess-bot-token", "lichess-bot/config.ini", "https://github.com/lichess-bot-devs/lichess-bot", """
; Bot "DraigBot" - gwrthwynebydd ymarfer i'r clwb (practice opponent for members)
[lichess]
url = https://lichess.org/
token = @@secret@@

[engine]
dir = ./engines/
name = stockfish
ponder = false
""", lichess_token())

add("csv/device-password", "inventory/dgt_boards.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset,type,serial,location,bluetooth_pin,hub_login
WCU-B01,DGT e-Board USB,EB-20417,Storfa Caerdydd,,
WCU-B02,DGT e-Board USB,EB-20418,Storfa Caerdydd,,
WCU-H01,DGT LiveChess hub (Pi 4),PI-4410,Storfa Caerdydd,,admin/@@secret@@
WCU-B21,DGT Smart Board,SB-1102,Storfa Bangor,0000,
WCU-C40,DGT 3000 clock,DC-77810,Storfa Bangor,,
""", rand_pw(14))

add("python/basic-auth-header", "tools/ecf_rating_submit.py", "https://www.rfc-editor.org/rfc/rfc7617", """
\"\"\"Cyflwyno canlyniadau'r gynghrair i'r system raddio (submit results for rating).\"\"\"
import requests

HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}


def submit(path: str) -> int:
    with open(path, "rb") as f:
        r = requests.post("https://rating.englishchess.org.uk/v2/new/api.php/submission", headers=HEADERS, files={"file": f})
    return r.status_code
""", b64("WLS-league:" + words_pw()))

add("typescript/stripe-secret-key", "netlify/functions/create-checkout.ts", "https://docs.stripe.com/api/checkout/sessions/create", """
import Stripe from "stripe";

// Ffwythiant Netlify: creu sesiwn talu ar gyfer mynediad iau
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export default async (req: Request) => {
  const { name, email } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ price: "price_1PjQ2rJunior2025", quantity: 1 }],
    metadata: { player: name },
    success_url: "https://iau.welshchess.cymru/diolch",
    cancel_url: "https://iau.welshchess.cymru/",
  });
  return Response.json({ url: session.url });
};
""", stripe_key())

add("env/ldap-bind-password", "portal/.env.prod", "https://ldap.com/the-ldap-bind-operation/", """
LDAP_URL=ldaps://ldap.welshchess.internal:636
LDAP_BIND_DN=cn=portal,ou=services,dc=welshchess,dc=cymru
LDAP_BIND_PASSWORD=@@secret@@
LDAP_USER_BASE=ou=aelodau,dc=welshchess,dc=cymru
SESSION_LIFETIME=7200
""", rand_pw(22, "!%#"))

add("k8s-secret/stripe-secret-key", "deploy/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: congress
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@wh@@
""", (sk_live := stripe_key()), enc=b64(sk_live), wh=b64(stripe_whsec()))

add("xml/repository-password", ".m2/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>wcu-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>wcu-nexus</id>
      <url>https://nexus.welshchess.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", words_pw())

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "congress-entries/.env.example", "https://docs.stripe.com/keys", """
# Copïwch i .env a llenwch y gwerthoedd (copy to .env and fill in)
APP_ENV=local
APP_URL=http://localhost:8000
DEFAULT_LOCALE=cy
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
ENTRY_FEE_OPEN_PENCE=3500
""")

add("python/decoy-env-reference", "broadcast/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
\"\"\"Gosodiadau'r darllediad (broadcast settings), all from the environment.\"\"\"
import os

LICHESS_TOKEN = os.environ["LICHESS_TOKEN"]
LIVECHESS_URL = os.environ.get("LIVECHESS_URL", "http://localhost:1982")
ROUND_ID = os.environ.get("LICHESS_ROUND_ID", "")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
POLL_SECONDS = int(os.getenv("POLL_SECONDS", "20"))

if not LICHESS_TOKEN.startswith("lip_"):
    raise SystemExit("Tocyn Lichess annilys / invalid Lichess token")
""")

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: Defnyddio (deploy)
on:
  push:
    branches: [main]
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
          aws-region: eu-west-2
      - run: aws s3 sync site/ s3://welshchess-site --delete
      - run: curl -fsS -X POST -H "Authorization: Bearer ${{ secrets.LICHESS_TOKEN }}" https://lichess.org/api/account
""")

add("javascript/decoy-publishable-key", "static/js/checkout.js", "https://docs.stripe.com/js/initializing", """
// Ffurflen talu mynediad (entry payment form) - runs in the browser
const stripe = Stripe("@@pk@@", { locale: "auto" });
const elements = stripe.elements({ appearance: { theme: "stripe" } });

document.querySelector("#talu").addEventListener("click", async (ev) => {
  ev.preventDefault();
  const { clientSecret } = await (await fetch("/api/payment-intent", { method: "POST" })).json();
  const card = elements.getElement("card");
  const result = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector("#neges").textContent = result.error ? result.error.message : "Diolch! Talwyd.";
});
""", pk=stripe_key("pk_live_"))

add("json/decoy-firebase-web-config", "app/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@key@@",
  "authDomain": "cyngres-app.firebaseapp.com",
  "projectId": "cyngres-app",
  "storageBucket": "cyngres-app.appspot.com",
  "messagingSenderId": "412398765012",
  "appId": "1:412398765012:web:7c2e9f1a4b8d3e6f5a0b1c"
}
""", key=google_api_key())

add("pgn/decoy-game-record", "games/welsh-championships-2025-r5.pgn", "https://www.saremba.de/chessgml/standards/pgn/pgn-complete.htm", """
[Event "Pencampwriaeth Cymru 2025"]
[Site "Llandudno WLS"]
[Date "2025.07.24"]
[Round "5.1"]
[White "Jones, Rhodri"]
[Black "Evans, Sioned"]
[Result "1/2-1/2"]
[WhiteFideId "401234567"]
[BlackFideId "401298765"]
[ECO "B12"]
[GameId "Qx7LmT2p"]

1. e4 c6 2. d4 d5 3. e5 Bf5 4. Nf3 e6 5. Be2 Nd7 6. O-O Ne7 7. Nbd2 h6 8. Nb3 g5
9. Ne1 Bg7 10. f4 gxf4 11. Bxf4 Ng6 12. Bg3 O-O 13. Nd3 Bxd3 14. Qxd3 f5 15. exf6 Nxf6
16. Nc5 Qe7 17. Rae1 Rae8 18. Bd1 Nd7 19. Nxd7 Qxd7 1/2-1/2
""")

add("yaml/decoy-vault-reference", "k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: congress-entries
  namespace: congress
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: congress-entries
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: cyngres/prod/stripe
        property: secret_key
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: cyngres/prod/db
        property: password
""")

add("markdown/decoy-redacted", "docs/incident-2025-03.md", "https://www.commonmark.org/", """
# Digwyddiad / Incident: Stripe key in a screenshot (March 2025)

On 14 March a screenshot posted to the committee WhatsApp showed the entries `.env` file.

- The key shown was `sk_live_51N••••••••••••••••••••Xq` (redacted here).
- Rolled in the Stripe dashboard at 21:40; the old key was revoked.
- New key stored in AWS Secrets Manager under `cyngres/prod/stripe`, never in the repo.

## Gwersi / lessons
1. Do not screenshot config files.
2. Everyone with dashboard access now has 2FA.
""")

add("python/decoy-test-fixture", "tests/test_pairings.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
\"\"\"Profion y parau (pairing tests).\"\"\"
import pytest

from pairings.swiss import Player, pair_round


@pytest.fixture
def players():
    return [Player(fide_id=401000000 + i, name=f"Chwaraewr {i}", rating=2100 - 25 * i) for i in range(8)]


def test_round_one_pairs_top_half_with_bottom(players):
    boards = pair_round(players, round_no=1)
    assert [(b.white.fide_id, b.black.fide_id) for b in boards][:2] == [(401000000, 401000004), (401000005, 401000001)]


def test_login_rejects_wrong_password(client):
    resp = client.post("/login", data={"email": "test@example.com", "password": "not-the-password"})
    assert resp.status_code == 401
""")

add("sql/decoy-password-hash", "db/fixtures/users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Defnyddwyr prawf ar gyfer datblygu (dev fixture users); passwords are hashed
INSERT INTO auth_user (id, username, email, password, is_staff) VALUES
 (1, 'trefnydd', 'trefnydd@example.org', 'pbkdf2_sha256$720000$@@salt1@@$@@h1@@', true),
 (2, 'dyfarnwr', 'dyfarnwr@example.org', 'pbkdf2_sha256$720000$@@salt2@@$@@h2@@', true),
 (3, 'chwaraewr', 'chwaraewr@example.org', '!@@unusable@@', false);
""", salt1=fakes.drawn(_seed(), 22), h1=b64(hexs(32))[:43] + "=", salt2=fakes.drawn(_seed(), 22),
    h2=b64(hexs(32))[:43] + "=", unusable=fakes.drawn(_seed(), 40))

add("csv/decoy-ids", "exports/congress_entries_2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
entry_id,surname,forename,club,ecf_code,fide_id,section,stripe_payment_intent,paid
@@u1@@,Jones,Rhodri,Caerdydd,276543K,401234567,Agored,pi_3PqR7sJ2kLm8Nx1a0bC4dE5f,yes
@@u2@@,Evans,Sioned,Abertawe,281104H,401298765,Agored,pi_3PqR8tK3lMn9Oy2b1cD5eF6g,yes
@@u3@@,Williams,Osian,Bangor,302211J,,Mawr,pi_3PqS1uL4mNo0Pz3c2dE6fG7h,yes
@@u4@@,Roberts,Nia,Wrecsam,297730F,401377001,Mawr,,no
@@u5@@,Price,Gethin,Casnewydd,310045C,,Iau,pi_3PqS4vM5nOp1Qa4d3eF7gH8i,yes
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("dockerfile/decoy-build-arg", "relay/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /relay
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.welshchess.internal/simple" \\
    pip install -r requirements.txt
COPY relay/ ./relay/
ENV LICHESS_TOKEN="" LIVECHESS_URL=http://livechess:1982
CMD ["python", "-m", "relay"]
""")

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token; never commit)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Cyfrinair y gronfa ddata / league DB password"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "lon1"
}
""")

add("yaml/decoy-sealed-secret", "deploy/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: congress
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@e1@@
    STRIPE_WEBHOOK_SECRET: @@e2@@
  template:
    metadata:
      name: stripe
      namespace: congress
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "=")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("yaml/decoy-sops-encrypted", "secrets/production.enc.yaml", "https://github.com/getsops/sops", """
lichess_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
smtp_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qz8w6x3m4k0e2s9r7p5n1v6c8t4y0u2j5h3g7f9d1s8a6q4w2e0rlwj7k3
    lastmodified: "2025-03-01T18:22:41Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=b64(hexs(18)), iv1=b64(hexs(16))[:43] + "=", t1=b64(hexs(12)), d2=b64(hexs(12)), iv2=b64(hexs(16))[:43] + "=",
    t2=b64(hexs(12)), mac=b64(hexs(48)), iv3=b64(hexs(16))[:43] + "=", t3=b64(hexs(12)))

add("python/decoy-regex", "secretscan/patterns.py", "https://lichess.org/account/oauth/token", """
\"\"\"Patrymau i ddal tocynnau cyn iddynt gyrraedd y repo (our own pre-commit check).\"\"\"
import re

PATTERNS = {
    "lichess": re.compile(r"lip_[A-Za-z0-9]{20}"),
    "stripe_live": re.compile(r"(?:sk|rk)_live_[A-Za-z0-9]{24,99}"),
    "stripe_webhook": re.compile(r"whsec_[A-Za-z0-9]{32}"),
    "telegram": re.compile(r"\\d{9,10}:AA[A-Za-z0-9_-]{33}"),
    "aws_key_id": re.compile(r"AKIA[A-Z2-7]{16}"),
}


def find(text: str):
    return [(name, m.start()) for name, p in PATTERNS.items() for m in p.finditer(text)]
""")

add("markdown/decoy-example-values", "docs/CONTRIBUTING.md", "https://www.commonmark.org/", """
# Cyfrannu / Contributing

## Gosod lleol
1. `cp .env.example .env`
2. Get a personal Lichess token at https://lichess.org/account/oauth/token (scope `study:write`)
   and put it in `.env` as `LICHESS_TOKEN=lip_yourtokenhere`.
3. For payments use Stripe test mode: `STRIPE_SECRET_KEY=sk_test_...` from your own account.
4. `docker compose up`

Peidiwch byth ag ymrwymo `.env` (never commit `.env`): it is in `.gitignore`.

## Cyfieithu
Welsh strings live in `locale/cy/LC_MESSAGES/django.po`.
""")

add("json/decoy-lockfile-integrity", "package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "cyngres-site",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "cyngres-site", "version": "1.4.0", "dependencies": { "chess.js": "^1.0.0", "chessground": "^9.1.1" } },
    "node_modules/chess.js": {
      "version": "1.0.0",
      "resolved": "https://registry.npmjs.org/chess.js/-/chess.js-1.0.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/chessground": {
      "version": "9.1.1",
      "resolved": "https://registry.npmjs.org/chessground/-/chessground-9.1.1.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64(hexs(64))[:86] + "==", i2=b64(hexs(64))[:86] + "==")

add("toml/decoy-checksums", "engines/engines.toml", "https://stockfishchess.org/download/", """
# Peiriannau ar gyfer dadansoddi (engines for analysis) with pinned checksums
[stockfish]
version = "17"
url = "https://github.com/official-stockfish/Stockfish/releases/download/sf_17/stockfish-ubuntu-x86-64-avx2.tar"
sha256 = "@@h1@@"
nnue = "nn-@@n1@@.nnue"

[lc0]
version = "0.31.1"
sha256 = "@@h2@@"
""", h1=sha256ish(), n1=hexs(12), h2=sha256ish())

add("compose/decoy-env-interpolation", "docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: league
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
      POSTGRES_DB: league
  web:
    image: ghcr.io/swchessleague/site:${TAG:-latest}
    environment:
      DATABASE_URL: postgres://league:${POSTGRES_PASSWORD}@db:5432/league
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}
    depends_on: [db]
""")

add("k8s/decoy-secret-key-ref", "deploy/k8s/relay-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: broadcast-relay
  namespace: darllediad
spec:
  replicas: 1
  selector:
    matchLabels: { app: relay }
  template:
    metadata:
      labels: { app: relay }
    spec:
      containers:
        - name: relay
          image: ghcr.io/welshchess/relay@sha256:@@digest@@
          env:
            - name: LICHESS_TOKEN
              valueFrom:
                secretKeyRef: { name: broadcast-relay, key: LICHESS_TOKEN }
            - name: LIVECHESS_URL
              value: http://10.42.0.10:1982
""", digest=sha256ish())

add("typescript/decoy-lichess-pkce", "src/auth/login.ts", "https://lichess.org/api#tag/OAuth", """
// Mewngofnodi â Lichess (PKCE - no client secret exists for Lichess apps)
import { OAuth2AuthCodePKCE } from "@bity/oauth2-auth-code-pkce";

export const oauth = new OAuth2AuthCodePKCE({
  authorizationUrl: "https://lichess.org/oauth",
  tokenUrl: "https://lichess.org/api/token",
  clientId: "cynghrair-de-cymru",
  scopes: ["team:read"],
  redirectUrl: window.location.origin + "/auth/callback",
  onAccessTokenExpiry: (refresh) => refresh(),
  onInvalidGrant: () => console.warn("grant annilys"),
});
""")

add("html/decoy-recaptcha-site-key", "templates/entry-form.html", "https://developers.google.com/recaptcha/docs/display", """
<!DOCTYPE html>
<html lang="cy">
<head>
  <meta charset="utf-8">
  <title>Ffurflen mynediad - Cyngres Abertawe</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/mynediad" method="post">
    <label>Enw / Name <input name="name" required></label>
    <label>Cod ECF <input name="ecf_code" pattern="[0-9]{6}[A-L]"></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button type="submit">Anfon</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("shell/decoy-op-reference", "scripts/run_local.sh", "https://developer.1password.com/docs/cli/secret-references/", """
#!/usr/bin/env bash
# Rhedeg y wefan yn lleol gyda chyfrinachau o 1Password
set -euo pipefail
export STRIPE_SECRET_KEY="op://Cyngres/Stripe live/secret key"
export LICHESS_TOKEN="op://Cyngres/Lichess broadcast/credential"
export DATABASE_URL="op://Cyngres/Entries DB/connection string"
op run -- flask --app entries run --debug
""")

add("log/decoy-masked", "logs/deploy-2025-04-02.log", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions#using-encrypted-secrets-in-a-workflow", """
2025-04-02T18:01:12.441Z Run aws-actions/configure-aws-credentials@v4
2025-04-02T18:01:12.442Z   aws-access-key-id: ***
2025-04-02T18:01:12.442Z   aws-secret-access-key: ***
2025-04-02T18:01:13.017Z Run aws s3 sync site/ s3://welshchess-site --delete
2025-04-02T18:01:16.220Z upload: site/canlyniadau/index.html to s3://welshchess-site/canlyniadau/index.html
2025-04-02T18:01:16.901Z upload: site/en/results/index.html to s3://welshchess-site/en/results/index.html
2025-04-02T18:01:17.114Z Cleaning up orphan processes
""")

add("go/decoy-public-key", "internal/webhook/verify.go", "https://pkg.go.dev/crypto/ed25519", """
package webhook

import (
	"crypto/ed25519"
	"encoding/hex"
)

// Allwedd gyhoeddus Discord ar gyfer gwirio rhyngweithiadau (public key from the developer portal)
const discordPublicKey = "@@pub@@"

func Verify(sig, timestamp string, body []byte) bool {
	key, _ := hex.DecodeString(discordPublicKey)
	s, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	return ed25519.Verify(key, append([]byte(timestamp), body...), s)
}
""", pub=sha256ish())

add("properties/decoy-placeholder", "src/main/resources/application-example.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
# Enghraifft - copïwch i application.properties
spring.datasource.url=jdbc:postgresql://localhost:5432/aelodau
spring.datasource.username=aelodau_app
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.example.org
spring.mail.username=changeme@example.org
spring.mail.password=<your-smtp-password>
lichess.token=${LICHESS_TOKEN:}
""")

add("ini/decoy-empty-values", "pairings/swiss_mailer.example.ini", "https://docs.python.org/3/library/configparser.html", """
; Enghraifft: copïwch i swiss_mailer.ini
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = you@yourclub.org.uk
password =

[mail]
from = Your Club <you@yourclub.org.uk>
""")

add("csv/decoy-fide-ratings", "data/welsh_fide_top20.csv", "https://ratings.fide.com/", """
rank,fide_id,name,title,standard,rapid,blitz,birth_year
1,401234567,"Jones, Rhodri",IM,2398,2351,2377,1991
2,401298765,"Evans, Sioned",WFM,2215,2190,2244,2003
3,401301122,"Williams, Osian",FM,2288,2265,2301,1988
4,401377001,"Roberts, Nia",,2104,2077,2120,2008
5,401355432,"Price, Gethin",CM,2156,2140,2168,1979
6,401366012,"Morgan, Dafydd",,2089,2050,2101,1996
""")

add("python/decoy-hash-constants", "pairings/trf_checksum.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Gwirio ffeiliau TRF cyn eu hanfon i FIDE (checksum the TRF files we submit).\"\"\"
import hashlib

KNOWN_GOOD = {
    "welsh-ch-2024.trf": "@@h1@@",
    "welsh-ch-2025.trf": "@@h2@@",
    "cyngres-caerdydd-2025.trf": "@@h3@@",
}


def verify(path: str) -> bool:
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return KNOWN_GOOD.get(path.rsplit("/", 1)[-1]) == digest
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("yaml/decoy-public-ids", "_config.yml", "https://jekyllrb.com/docs/configuration/", """
title: Clwb Gwyddbwyll Aberystwyth
description: Gwyddbwyll bob nos Iau yn yr Hen Goleg / chess every Thursday
url: https://aberchess.cymru
lang: cy
google_analytics: G-7QK2LM9XRT
lichess_team: clwb-gwyddbwyll-aberystwyth
mailchimp_form_action: https://aberchess.us21.list-manage.com/subscribe/post?u=4f9e2c1b7a3d8e6f0a5b2c9d1&id=b5e1c09a7d
plugins:
  - jekyll-feed
""")

add("markdown/decoy-default-password-docs", "docs/livechess-setup.md", "https://www.commonmark.org/", """
# LiveChess ar y Pi / LiveChess on the Pi

1. Flash Raspberry Pi OS Lite and set the hostname to `livechess-01`.
2. On first boot the setup wizard asks you to **choose** an admin password.
   Store it in the union's Bitwarden collection "Darlledu", not here.
3. Install LiveChess: `sudo apt install ./dgt-livechess_2.2.5_arm64.deb`.
4. Browse to `http://livechess-01.local:1982` and log in with the password you chose.

| Setting | Value |
|---|---|
| Port | 1982 |
| Boards per hub | up to 6 |
| Password | (in Bitwarden) |
""")

add("json/decoy-uuid-ids", "broadcast/rounds.json", "https://lichess.org/api#tag/Broadcasts", """
{
  "tour": { "id": "wXh3Lq9c", "slug": "welsh-championships-2025", "name": "Pencampwriaeth Cymru 2025" },
  "rounds": [
    { "id": "9fQbT2kA", "name": "Rownd 1", "startsAt": 1721815200000, "livechessEvent": "@@u1@@" },
    { "id": "Lm3xR8wZ", "name": "Rownd 2", "startsAt": 1721901600000, "livechessEvent": "@@u2@@" },
    { "id": "Pz7vN1cE", "name": "Rownd 3", "startsAt": 1721988000000, "livechessEvent": "@@u3@@" }
  ]
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("php/decoy-getenv", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Gwefan y clwb - gosodiadau o'r amgylchedd (settings from the environment) */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) ?: 'clwb_wp' );
define( 'DB_USER', getenv( 'WP_DB_USER' ) ?: 'clwb' );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("notebook/decoy-fen-analysis", "notebooks/endgame_study.ipynb", "https://python-chess.readthedocs.io/en/latest/", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Astudiaeth diweddglo / endgame from round 6"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import chess, chess.engine\\n",
    "board = chess.Board(\\"8/5pk1/6p1/3R4/5P2/6PK/r7/8 w - - 0 54\\")\\n",
    "engine = chess.engine.SimpleEngine.popen_uci(\\"/usr/games/stockfish\\")\\n",
    "info = engine.analyse(board, chess.engine.Limit(depth=30))\\n",
    "print(info[\\"score\\"], info[\\"pv\\"][:6])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ruby/decoy-credentials-reference", "config/initializers/lichess.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Tocyn Lichess o'r credentials.yml.enc (encrypted), not from this file
Rails.application.config.lichess = ActiveSupport::OrderedOptions.new
Rails.application.config.lichess.token = Rails.application.credentials.dig(:lichess, :token)
Rails.application.config.lichess.team = 'cynghrair-gogledd-cymru'
Rails.application.config.lichess.base_url = 'https://lichess.org'
""")

add("json/decoy-key-vault", "Graddio/appsettings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "ConnectionStrings": {
    "Graddio": "@Microsoft.KeyVault(SecretUri=https://kv-graddio.vault.azure.net/secrets/GraddioSql/)"
  },
  "SendGrid": {
    "ApiKey": "@Microsoft.KeyVault(VaultName=kv-graddio;SecretName=SendGridApiKey)"
  },
  "Graddio": {
    "Iaith": "cy",
    "RatingPeriodMonths": 6
  }
}
""")

add("shell/decoy-ssh-public-key", "scripts/add_committee_keys.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/sh
# Ychwanegu allweddi cyhoeddus aelodau'r pwyllgor (public keys only)
cat >> /home/deploy/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ rhodri@gliniadur
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sioned@desktop
KEYS
chmod 600 /home/deploy/.ssh/authorized_keys
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("sql/decoy-schema", "db/schema.sql", "https://www.postgresql.org/docs/current/ddl.html", """
-- Sgema'r gronfa raddio (grading schema)
CREATE TABLE players (
    id           serial PRIMARY KEY,
    ecf_code     char(7) UNIQUE,
    fide_id      integer UNIQUE,
    surname      text NOT NULL,
    forename     text NOT NULL,
    club_id      integer REFERENCES clubs(id),
    password_hash text,
    api_token_sha256 char(64)
);
CREATE INDEX players_surname_idx ON players (surname);
""")

add("swift/decoy-public-ids", "CyngresApp/Config/AppConfig.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
import Foundation

// Gosodiadau cyhoeddus yr ap (public app settings)
enum AppConfig {
    static let bundleId = "cymru.welshchess.cyngres"
    static let teamId = "7QK2LM9XRT"
    static let lichessTeam = "cymru-ar-lein"
    static let stripePublishableKey = "@@pk@@"
    static let apiBase = URL(string: "https://api.cyngres.cymru/v1")!
}
""", pk=stripe_key("pk_live_"))

add("kotlin/decoy-buildconfig-reference", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "cymru.clwb.entries"
    compileSdk = 34
    defaultConfig {
        applicationId = "cymru.clwb.entries"
        minSdk = 26
        versionCode = 14
        versionName = "1.4.0"
        buildConfigField("String", "PAYPAL_CLIENT_ID", "\\"${project.findProperty("paypalClientId") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.cyngres.cymru/\\"")
    }
}
""")

add("env/decoy-local-dev", "docker/.env.dev", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
# Datblygu lleol yn unig - local docker only, throwaway values
POSTGRES_USER=postgres
POSTGRES_PASSWORD=postgres
POSTGRES_DB=league_dev
REDIS_URL=redis://localhost:6379/0
MAIL_HOST=mailpit
MAIL_PORT=1025
STRIPE_SECRET_KEY=
""")

add("trf/decoy-fide-report", "reports/welsh-ch-2025.trf", "https://handbook.fide.com/chapter/C0403Till2024", """
012 Pencampwriaeth Cymru 2025
022 Llandudno
032 WLS
042 2025/07/20
052 2025/07/27
062 24
092 Individual: Swiss-System
102 IA Morgan, Dafydd (401366012)
122 90'/40 + 30' + 30"
001    1 m IM  Jones, Rhodri                     2398 WLS   401234567 1991/00/00  5.5    1    13 w 1    7 b 1     4 w =     2 b 1     3 w =     5 b 1     6 w =
001    2 f WFM Evans, Sioned                     2215 WLS   401298765 2003/00/00  4.5    3    14 b 1    9 w 1     6 b =     1 w 0     8 b 1     3 w =     4 b =
001    3 m FM  Williams, Osian                   2288 WLS   401301122 1988/00/00  5.0    2    15 w 1    8 b =    10 w 1     5 b 1     1 b =     2 b =     7 w =
""")

add("python/decoy-stripe-ids", "entries/prices.py", "https://docs.stripe.com/api/prices/object", """
\"\"\"Prisiau mynediad (entry prices): Stripe price ids, which are not secret.\"\"\"
PRICES = {
    "agored": "price_1PjQ2rL8kXy3Zt9mOpenAdlt",
    "mawr": "price_1PjQ3sL8kXy3Zt9mMajorAdl",
    "iau": "price_1PjQ4tL8kXy3Zt9mJunior25",
    "teulu": "price_1PjQ5uL8kXy3Zt9mFamily25",
}
PRODUCT = "prod_QaB7cD8eF9gH0i"
TAX_RATE = "txr_1PjQ6vL8kXy3Zt9mVAT0pct"


def price_for(section: str) -> str:
    return PRICES.get(section, PRICES["agored"])
""")

add("json/decoy-event-fixture", "tests/fixtures/checkout_completed.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_1PqR7sJ2kLm8Nx1aTestEvt0",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "created": 1712951231,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "object": "checkout.session",
      "amount_total": 3500,
      "currency": "gbp",
      "customer_email": "chwaraewr@example.org",
      "metadata": { "player": "Chwaraewr Prawf", "section": "agored" },
      "payment_status": "paid"
    }
  }
}
""")

add("log/decoy-livechess", "logs/livechess-2025-07-24.log", "https://www.livechesscloud.com/", """
2025-07-24 13:58:40.118 [INFO ] LiveChess 2.2.5 starting on port 1982
2025-07-24 13:58:41.502 [INFO ] eboard connected serial=EB-20417 id=@@i1@@
2025-07-24 13:58:41.733 [INFO ] eboard connected serial=EB-20418 id=@@i2@@
2025-07-24 13:58:42.015 [INFO ] feed "Pencampwriaeth Cymru R5" session=@@s1@@
2025-07-24 14:00:03.440 [WARN ] eboard EB-20418 clock not detected (cloc heb ei ganfod)
2025-07-24 14:00:05.900 [INFO ] round started, 12 boards, fen=rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1
""", i1=uuid_s(), i2=uuid_s(), s1=hexs(32))

add("csv/decoy-sumup-transactions", "exports/sumup_2025-07.csv", "https://help.sumup.com/", """
date,transaction_code,amount,currency,card,status,description
2025-07-20 09:12,TDKQ9X2LMP,35.00,GBP,**** 4417,SUCCESSFUL,Mynediad - Agored
2025-07-20 09:15,TDKQ9Y7RTV,15.00,GBP,**** 0093,SUCCESSFUL,Mynediad - Iau
2025-07-20 09:31,TDKR1B4NWZ,35.00,GBP,**** 7720,FAILED,Mynediad - Agored
2025-07-20 09:33,TDKR1C8PQX,35.00,GBP,**** 7720,SUCCESSFUL,Mynediad - Agored
2025-07-20 12:05,TDKS4E2HJK,4.50,GBP,**** 3311,SUCCESSFUL,Te a bara brith
""")

add("markdown/decoy-minutes", "docs/cofnodion/2025-03-pwyllgor.md", "https://www.commonmark.org/", """
# Cofnodion y Pwyllgor / Committee minutes - 11 Mawrth 2025

Yn bresennol: Rhodri (Cadeirydd), Sioned (Ysgrifennydd), Gethin (Trysorydd), Nia.

1. **Cyfrineiriau**: after the screenshot incident all shared logins moved to the Bitwarden
   organisation "UGC". Sioned rotated the Stripe, Lichess and FTP credentials on 14 March.
   Nobody should paste a password in WhatsApp or in the repo again.
2. **Cyngres Caerdydd**: 112 entries so far (Agored 34, Mawr 41, Iau 37).
3. **Byrddau DGT**: two boards (EB-20418, EB-20431) back to DGT for repair.
4. **Unrhyw fater arall**: the Lichess team `cymru-ar-lein` has passed 600 members.

Cyfarfod nesaf: 8 Ebrill.
""")

add("shell/decoy-vault-cli", "scripts/fetch_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Nôl cyfrinachau o Vault i'r amgylchedd (fetch secrets at runtime)
set -euo pipefail
export VAULT_ADDR=https://vault.welshchess.internal:8200
vault login -method=oidc role=ops >/dev/null
export STRIPE_SECRET_KEY=$(vault kv get -field=secret_key kv/cyngres/stripe)
export LICHESS_TOKEN=$(vault kv get -field=token kv/darlledu/lichess)
export DB_PASSWORD=$(vault kv get -field=password kv/cyngres/db)
exec "$@"
""")

add("powershell/decoy-secret-management", "tools/Connect-Graddio.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Cysylltu â'r gronfa graddio gan ddefnyddio SecretManagement
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'GraddioSql' -Vault 'UGC'
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=wcu-sql.database.windows.net;Database=pairings;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "Cysylltwyd / connected"
""")

add("terraform/decoy-secrets-manager", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "cyngres/prod/db"
}

locals {
  db = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}

resource "aws_db_instance" "entries" {
  identifier        = "cyngres-entries"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = local.db.username
  password          = local.db.password
}
""")

add("ansible/decoy-vault-variable", "ansible/roles/league/tasks/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
- name: Creu defnyddiwr cronfa ddata'r gynghrair
  community.postgresql.postgresql_user:
    name: league
    password: "{{ vault_league_db_password }}"
    db: league
  become_user: postgres

- name: Ffeil amgylchedd y wefan
  ansible.builtin.template:
    src: env.j2
    dest: /srv/league/.env
    mode: "0600"
  vars:
    sendgrid_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/league:sendgrid') }}"
""")

add("go/decoy-getenv", "cmd/relay/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	LichessToken string
	LiveChessURL string
}

// Darllen y gosodiadau o'r amgylchedd
func load() (Config, error) {
	c := Config{LichessToken: os.Getenv("LICHESS_TOKEN"), LiveChessURL: os.Getenv("LIVECHESS_URL")}
	if c.LichessToken == "" {
		return c, fmt.Errorf("LICHESS_TOKEN heb ei osod / not set")
	}
	return c, nil
}
""")

add("java/decoy-getenv", "src/main/java/cymru/clwb/LichessConfig.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)", """
package cymru.clwb;

/** Gosodiadau Lichess o'r amgylchedd. */
public record LichessConfig(String token, String team) {
    public static LichessConfig fromEnv() {
        String token = System.getenv("LICHESS_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("LICHESS_TOKEN missing");
        }
        return new LichessConfig(token, System.getenv().getOrDefault("LICHESS_TEAM", "cymru-ar-lein"));
    }
}
""")

add("rust/decoy-env-var", "src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

/// Gosodiadau'r gweinydd parau
pub struct Config {
    pub database_url: String,
    pub lichess_token: String,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            lichess_token: env::var("LICHESS_TOKEN").expect("LICHESS_TOKEN"),
            bind: env::var("BIND").unwrap_or_else(|_| "0.0.0.0:8080".into()),
        }
    }
}
""")

add("csharp/decoy-configuration", "Cyngres.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Cyngres.Api.Services;
using SendGrid.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// Cyfrinachau o user-secrets (dev) neu Key Vault (prod)
builder.Services.AddSendGrid(o => o.ApiKey = builder.Configuration["SendGrid:ApiKey"]);
builder.Services.AddScoped<EmailService>();
var stripeKey = builder.Configuration["Stripe:SecretKey"]
    ?? throw new InvalidOperationException("Stripe:SecretKey missing");
Stripe.StripeConfiguration.ApiKey = stripeKey;

var app = builder.Build();
app.MapGet("/", () => "Cyngres API");
app.Run();
""")

add("php/decoy-laravel-env", "config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php
// Gwasanaethau trydydd parti (third-party services)
return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'lichess' => [
        'token' => env('LICHESS_TOKEN'),
        'team' => env('LICHESS_TEAM', 'cynghrair-gogledd-cymru'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
];
""")

add("github-actions/decoy-pinned-shas", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: CI
on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.1.7
      - uses: actions/setup-python@@@c2@@ # v5.1.1
        with:
          python-version: "3.12"
      - run: pip install -e .[test]
      - run: pytest -q --lang cy
""", c1=hexs(40), c2=hexs(40))

add("github-actions/decoy-trusted-publishing", ".github/workflows/pypi.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: Cyhoeddi i PyPI
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("yaml/decoy-pre-commit", ".pre-commit-config.yaml", "https://pre-commit.com/#plugins", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@sha@@  # frozen: v0.5.5
    hooks:
      - id: ruff
""", sha=hexs(40))

add("dockerfile/decoy-image-digest", "pairings/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM python:3.12-slim@sha256:@@d1@@ AS base
WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY --from=ghcr.io/welshchess/bbpairings@sha256:@@d2@@ /usr/local/bin/bbpPairings /usr/local/bin/
COPY . .
USER 10001
CMD ["python", "-m", "pairings.server"]
""", d1=sha256ish(), d2=sha256ish())

add("k8s-secret/decoy-placeholder-base64", "deploy/k8s/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Templed: mae'r gwerthoedd go iawn yn cael eu gosod gan y pibell CI (real values set by CI)
apiVersion: v1
kind: Secret
metadata:
  name: congress-entries
  namespace: congress
type: Opaque
data:
  STRIPE_SECRET_KEY: @@a@@
  DATABASE_PASSWORD: @@b@@
""", a=b64("CHANGEME"), b=b64("REPLACE_ME"))

add("env/decoy-public-next", "web/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """
# Gwerthoedd cyhoeddus yn unig - these are bundled into the browser
NEXT_PUBLIC_SITE_URL=https://cyngres.cymru
NEXT_PUBLIC_LICHESS_TEAM=cymru-ar-lein
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_DEFAULT_LOCALE=cy
NEXT_PUBLIC_PLAUSIBLE_DOMAIN=cyngres.cymru
""", pk=stripe_key("pk_live_"))

add("python/decoy-django-env", "clwb/settings/production.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
\"\"\"Gosodiadau cynhyrchu Clwb Gwyddbwyll Caerdydd.\"\"\"
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["cardiffchess.club", "www.cardiffchess.club"]
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]  # noqa: F405
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
LANGUAGE_CODE = "cy"
SECURE_HSTS_SECONDS = 31536000
""")

add("python/decoy-hmac-verify", "entries/payments/signature.py", "https://docs.stripe.com/webhooks#verify-manually", """
\"\"\"Gwirio llofnod Stripe â llaw (manual signature check for the old PHP bridge).

Example header from the docs: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
\"\"\"
import hashlib
import hmac
import os


def valid(payload: bytes, header: str) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(","))
    signed = f"{parts['t']}.".encode() + payload
    expected = hmac.new(os.environ["STRIPE_WEBHOOK_SECRET"].encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))
""")

add("ini/decoy-pypirc-keyring", "docs/examples/pypirc.ini", "https://twine.readthedocs.io/en/stable/#keyring-support", """
; Enghraifft .pypirc - the token comes from the keyring (keyring set upload.pypi.org __token__)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "pywgc"
version = "0.9.2"
description = "Offer graddio Undeb Gwyddbwyll Cymru / Welsh Chess Union rating tools"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["python-chess>=1.10", "berserk>=0.13", "requests>=2.31"]

[project.urls]
Homepage = "https://welshchess.cymru"
Source = "https://github.com/welshchess/pywgc"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("sql/decoy-seed-example", "db/seed/002_demo_clubs.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Clybiau enghreifftiol ar gyfer datblygu (demo clubs)
INSERT INTO clubs (id, name_cy, name_en, contact_email, lichess_team) VALUES
  (1, 'Clwb Gwyddbwyll Caerdydd', 'Cardiff Chess Club', 'ysgrifennydd@example.org', 'cardiff-chess'),
  (2, 'Clwb Gwyddbwyll Abertawe', 'Swansea Chess Club', 'secretary@example.org', 'swansea-chess'),
  (3, 'Clwb Gwyddbwyll Bangor', 'Bangor Chess Club', 'post@example.org', NULL);

INSERT INTO users (id, email, password_hash, reset_token) VALUES
  (1, 'demo@example.org', NULL, NULL);
""")

add("csv/decoy-league-results", "exports/division1_2024-25.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
match_id,date,home,away,home_score,away_score,board1,board2,board3,board4
@@m1@@,2024-10-02,Caerdydd A,Penarth,2.5,1.5,1-0,0-1,1/2,1-0
@@m2@@,2024-10-09,Abertawe,Pen-y-bont,2,2,0-1,1-0,1/2,1/2
@@m3@@,2024-10-16,Y Barri,Caerdydd A,1,3,0-1,1/2,1/2,0-1
@@m4@@,2024-10-23,Penarth,Abertawe,3,1,1-0,1-0,0-1,1-0
""", m1=hexs(24), m2=hexs(24), m3=hexs(24), m4=hexs(24))

add("log/decoy-pairing-run", "logs/bbp-round6.log", "https://github.com/BieremaBoyzProgramming/bbpPairings", """
[2025-07-25 18:40:02] bbpPairings 5.0.1 --dutch welsh-ch-2025.trf -p pairings-r6.txt
[2025-07-25 18:40:02] input sha1=@@h1@@ players=24 rounds=7
[2025-07-25 18:40:02] round 6: 12 pairings, 0 byes, 2 floaters
[2025-07-25 18:40:02] checklist written to checklist-r6.txt
[2025-07-25 18:40:03] uploaded pairings-r6.txt to chess-results (tnr912345) as ***
[2025-07-25 18:40:03] output sha1=@@h2@@
""", h1=hexs(40), h2=hexs(40))

add("markdown/decoy-rotation-runbook", "docs/runbooks/rotate-lichess-token.md", "https://lichess.org/account/oauth/token", """
# Adnewyddu tocyn Lichess / Rotating the broadcast token

Tokens look like `lip_` followed by 20 letters and digits. Never paste one here.

1. Log in as `WelshChessBroadcasts` (credentials in Bitwarden, collection "Darlledu").
2. Go to https://lichess.org/account/oauth/token and create a token with `study:read` and `study:write`.
3. `vault kv put kv/darlledu/lichess token=<new token>`
4. Restart the relay: `kubectl -n darllediad rollout restart deploy/broadcast-relay`.
5. Delete the old token on Lichess.

Amser: tua 5 munud.
""")

add("yaml/decoy-openapi", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: API Parau Cymru
  version: 1.2.0
components:
  securitySchemes:
    lichess:
      type: http
      scheme: bearer
      description: "A Lichess personal token, e.g. lip_XXXXXXXXXXXXXXXXXXXX"
security:
  - lichess: []
paths:
  /rounds/{id}/pairings:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, example: 9fQbT2kA } }
      responses:
        "200": { description: Parau'r rownd }
""")

add("typescript/decoy-test-mocks", "src/__tests__/uploadPgn.test.ts", "https://jestjs.io/docs/mock-functions", """
import { mockClient } from "aws-sdk-client-mock";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { uploadPgn } from "../lib/uploadPgn";

const s3 = mockClient(S3Client);

beforeEach(() => {
  s3.reset();
  process.env.AWS_ACCESS_KEY_ID = "test";
  process.env.AWS_SECRET_ACCESS_KEY = "test";
});

test("uploads a round's PGN under the event folder", async () => {
  s3.on(PutObjectCommand).resolves({});
  const url = await uploadPgn("welsh-ch-2025", 3, "[Event \\"Prawf\\"]\\n1. e4 e5 *");
  expect(url).toContain("pgn/welsh-ch-2025/round-3.pgn");
});
""")

add("go/decoy-test-token", "internal/lichess/client_test.go", "https://pkg.go.dev/net/http/httptest", """
package lichess

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestBearerHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer test-token" {
			t.Errorf("pennawd anghywir: %q", got)
		}
	}))
	defer srv.Close()
	c := New(srv.URL, "test-token")
	if _, err := c.Account(); err != nil {
		t.Fatal(err)
	}
}
""")

add("json/decoy-i18n-strings", "locales/cy.json", "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "title": "Mewngofnodi",
    "email": "Cyfeiriad e-bost",
    "password": "Cyfrinair",
    "forgot": "Wedi anghofio'ch cyfrinair?",
    "token_hint": "Gludwch eich tocyn Lichess (yn dechrau gyda lip_)"
  },
  "entry": {
    "section": "Adran",
    "pay": "Talu",
    "thanks": "Diolch! Mae eich lle wedi'i gadarnhau."
  }
}
""")

add("html/decoy-paypal-sdk", "templates/shop/checkout.html", "https://developer.paypal.com/sdk/js/configuration/", """
<!DOCTYPE html>
<html lang="cy">
<head>
  <meta charset="utf-8">
  <title>Siop UGC - Talu</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&locale=cy_GB"></script>
</head>
<body>
  <h1>Talu am eich archeb</h1>
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({ createOrder: () => fetch("/shop/order", { method: "POST" }).then(r => r.json()).then(o => o.id) })
      .render("#paypal-button-container");
  </script>
</body>
</html>
""", cid=paypal_client_id())

add("json/decoy-jwks", "public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "porth-2025-01",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("ini/decoy-supervisor-env", "deploy/supervisor/relay.conf", "http://supervisord.org/configuration.html#program-x-section-values", """
[program:broadcast-relay]
command=/srv/relay/venv/bin/python -m relay
directory=/srv/relay
user=relay
autostart=true
autorestart=true
environment=LICHESS_TOKEN="%(ENV_LICHESS_TOKEN)s",LIVECHESS_URL="http://127.0.0.1:1982"
stdout_logfile=/var/log/relay/out.log
""")

add("compose/decoy-docker-secrets", "stack/docker-stack.yml", "https://docs.docker.com/engine/swarm/secrets/", """
version: "3.8"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  web:
    image: ghcr.io/welshchess/portal:2.1.0
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    external: true
""")

add("plist/decoy-firebase-ios-config", "CyngresApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>412398765012</string>
	<key>BUNDLE_ID</key>
	<string>cymru.welshchess.cyngres</string>
	<key>PROJECT_ID</key>
	<string>cyngres-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:412398765012:ios:9d3e6f5a0b1c7c2e</string>
</dict>
</plist>
""", key=google_api_key())

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <!-- Map of congress venues; the key comes from local.properties via the secrets plugin -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("javascript/decoy-sentry-dsn", "static/js/monitoring.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
// Monitro gwallau ar y wefan (browser error monitoring); a DSN is public by design
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456789999",
  release: "cyngres-site@1.4.0",
  tracesSampleRate: 0.1,
  environment: "production",
});
""", k=hexs(32))

add("javascript/decoy-algolia-search-key", "static/js/player-search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
// Chwilio am chwaraewyr (player search) - search-only key, safe in the browser
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";

const client = algoliasearch("QX7LM2KP9R", "@@k@@");

const search = instantsearch({ indexName: "chwaraewyr", searchClient: client });
search.addWidgets([
  instantsearch.widgets.searchBox({ container: "#chwilio", placeholder: "Enw neu god ECF" }),
  instantsearch.widgets.hits({ container: "#canlyniadau" }),
]);
search.start();
""", k=hexs(32))

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Newidiadau / Changelog

## [1.4.0] - 2025-04-02
### Ychwanegwyd
- Welsh-language pairings e-mail (@@c1@@)
- Lichess broadcast push every 20 s instead of 60 s (@@c2@@)

### Trwsiwyd
- Junior fee shown as £35 on the receipt (@@c3@@)
- Secrets moved out of `config/broadcast.yml` into Vault (@@c4@@)
""", c1=hexs(7), c2=hexs(7), c3=hexs(7), c4=hexs(40))

add("shell/decoy-gpg-verify", "scripts/install_stockfish.sh", "https://www.gnupg.org/gph/en/manual/x135.html", """
#!/bin/sh
# Gosod Stockfish a gwirio'r llofnod (install and verify)
set -e
V=17
curl -fsSLO "https://github.com/official-stockfish/Stockfish/releases/download/sf_$V/stockfish-ubuntu-x86-64-avx2.tar"
echo "@@h@@  stockfish-ubuntu-x86-64-avx2.tar" | sha256sum -c -
tar xf stockfish-ubuntu-x86-64-avx2.tar
sudo install stockfish/stockfish-ubuntu-x86-64-avx2 /usr/local/bin/stockfish
""", h=sha256ish())
