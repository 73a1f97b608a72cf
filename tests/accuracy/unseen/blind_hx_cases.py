"""Blind set HX: public swimming pools and leisure centres.

Booking and membership systems, card payments at the front desk, access turnstiles, pool plant
and chemical dosing controllers, lifeguard rotas, swim-school apps, SMS and email reminders, and
the IT (CI, containers, infrastructure, runbooks, exports, logs) of the trusts running them.
Generated fakes only (seeds 3110000-3119999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3110000, 3119999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lido", "Dolphin", "Backstroke", "Chlorine", "Lane", "Splash", "Marina", "Turtle", "Wave",
         "Otter", "Flume", "Diving", "Harbour", "Seal", "Puffin", "Coral", "Freestyle", "Paddle"]
LOWER = ["towel", "locker", "goggles", "float", "whistle", "poolside", "sauna", "kickboard", "rope",
         "shallow", "deckchair", "verruca", "sunbed", "cafe"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def gocardless_token() -> str:
    return fakes.fake("live_", 40, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us14"


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def openai_key() -> str:
    return fakes.openai_key(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def jwt_like() -> str:
    header = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"kiosk-07","role":"anon","iat":1733000000}').rstrip("=").replace("+", "-").replace("/", "_")
    return header + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    block = fakes.fake_pem(_seed(), kind)
    return block.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def indent(text: str, n: int) -> str:
    pad = " " * n
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
    CASES.append(LabelledCase(f"blind-hx/{category}", file_name, text, secret, source))


STRIPE_DOCS = "https://docs.stripe.com/keys"
TWILIO_DOCS = "https://www.twilio.com/docs/iam/credentials/api"
PG_DOCS = "https://www.postgresql.org/docs/current/libpq-connect.html"
K8S_DOCS = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE_DOCS = "https://docs.docker.com/compose/environment-variables/"
GHA_DOCS = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
AWS_DOCS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"

# ---------------------------------------------------------------- secrets: env files

add("env/stripe-secret-key", "booking-portal/.env", STRIPE_DOCS, """
# Riverside Leisure booking portal - production
APP_ENV=production
APP_URL=https://book.riversideleisure.org.uk
DB_HOST=db.internal
DB_DATABASE=bookings
STRIPE_PUBLISHABLE_KEY=@@pub@@
STRIPE_SECRET_KEY=@@secret@@
SWIM_SESSION_CAPACITY=120
""", stripe_key(), pub=stripe_key("pk_live_"))

add("env/gocardless-access-token", "memberships/.env.production", "https://developer.gocardless.com/getting-started/api/making-your-first-request", """
# Direct debit for monthly swim memberships
GOCARDLESS_ENVIRONMENT=live
GOCARDLESS_ACCESS_TOKEN=@@secret@@
GOCARDLESS_CREDITOR_ID=CR000123ABCDEF
MEMBERSHIP_FEE_PENCE=3250
""", gocardless_token())

add("env/twilio-auth-token", "swim-school-reminders/.env", TWILIO_DOCS, """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+447700900412
REMINDER_HOURS_BEFORE=24
LESSON_FEED_URL=https://api.splashswimschool.co.uk/v1/lessons
""", hexs(32), sid=twilio_sid())

add("env/smtp-password", "deploy/leisure-hub.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
DJANGO_SETTINGS_MODULE=leisurehub.settings.prod
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_HOST_USER=noreply@oakfieldleisure.org.uk
EMAIL_HOST_PASSWORD=@@secret@@
EMAIL_USE_TLS=true
""", words_pw())

add("env/database-url", "timetable-api/.env", PG_DOCS, """
PORT=8080
DATABASE_URL=postgres://timetable_app:@@secret@@@pg-leisure-01.internal:5432/timetable
POOL_IDS=main,teaching,learner
LOG_LEVEL=info
CACHE_TTL_SECONDS=300
""", rand_pw(22))

add("env/sendgrid-api-key", "newsletter/.env.local", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
# copied from shared drive - Marketing team
SENDGRID_API_KEY=@@secret@@
SENDGRID_FROM=hello@greenwaterpools.co.uk
SENDGRID_TEMPLATE_HOLIDAY_CAMPS=d-4f1b2c9e0a7d4e3f8b6c5a1d2e3f4a5b
SENDGRID_TEMPLATE_TIMETABLE=d-9a8b7c6d5e4f40312a1b2c3d4e5f6a7b
""", sendgrid_key())

add("env/mailchimp-api-key", "crm-sync/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_AUDIENCE_ID=7c1e2d3f4a
SYNC_SEGMENTS=adult_swim,aquafit,junior_lessons
SYNC_INTERVAL_MINUTES=30
""", mailchimp_key())

add("env/aws-secret-access-key", "cctv-archive/.env", AWS_DOCS, """
# poolside CCTV clips archive (retention 31 days)
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
ARCHIVE_BUCKET=hx-leisure-cctv-archive
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/redis-password", "kiosk-queue/.env", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
REDIS_HOST=10.20.4.11
REDIS_PORT=6379
REDIS_PASSWORD=@@secret@@
QUEUE_NAME=turnstile-events
KIOSK_SITE=wavelength-leisure-centre
""", fakes.redis_password(_seed()))

add("env/telegram-bot-token", "plant-alerts/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Pool plant room alerts -> duty managers group
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001874520331
FREE_CHLORINE_MIN=1.0
FREE_CHLORINE_MAX=3.0
PH_MIN=7.2
PH_MAX=7.6
""", fakes.telegram_token(_seed()))

# ---------------------------------------------------------------- secrets: python

add("python/stripe-secret-key", "src/swimbook/payments.py", STRIPE_DOCS, """
\"\"\"Card payments for swim sessions and memberships.\"\"\"
import stripe

stripe.api_key = "@@secret@@"


def charge_session(customer_id: str, pence: int, session_ref: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=pence,
        currency="gbp",
        customer=customer_id,
        metadata={"session": session_ref},
    )
    return intent.id
""", stripe_key())

add("python/twilio-auth-token", "swimschool/notify.py", TWILIO_DOCS, """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, "@@secret@@")


def lesson_cancelled(phone: str, pool: str, when: str) -> None:
    client.messages.create(
        to=phone,
        from_="+447700900118",
        body=f"Your swim lesson at {pool} on {when} is cancelled (pool closure).",
    )
""", hexs(32), sid=twilio_sid())

add("python/postgres-password", "reports/attendance_export.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
import csv
import psycopg2

conn = psycopg2.connect(
    host="reporting.leisuretrust.local",
    dbname="gladstone_replica",
    user="report_reader",
    password="@@secret@@",
)

with conn, conn.cursor() as cur, open("attendance.csv", "w", newline="") as out:
    cur.execute("SELECT site, activity, visit_date, count(*) FROM visits GROUP BY 1, 2, 3")
    writer = csv.writer(out)
    writer.writerow(["site", "activity", "date", "visits"])
    writer.writerows(cur.fetchall())
""", words_pw())

add("python/django-secret-key", "leisurehub/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["hub.oakfieldleisure.org.uk"]
CSRF_TRUSTED_ORIGINS = ["https://hub.oakfieldleisure.org.uk"]
SESSION_COOKIE_SECURE = True
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("python/controller-password", "plantroom/dosing_poll.py", "https://pymodbus.readthedocs.io/en/latest/", """
\"\"\"Poll the chemical dosing controller web API every minute and push readings to InfluxDB.\"\"\"
import time

import requests

CONTROLLER = "http://192.168.50.20"
AUTH = ("service", "@@secret@@")


def reading() -> dict:
    resp = requests.get(f"{CONTROLLER}/api/v1/measurements", auth=AUTH, timeout=5)
    resp.raise_for_status()
    return resp.json()


while True:
    data = reading()
    print(data["free_chlorine"], data["ph"], data["temperature"])
    time.sleep(60)
""", words_pw())

add("python/slack-webhook", "ops/closure_notice.py", "https://api.slack.com/messaging/webhooks", """
import json
import sys
import urllib.request

WEBHOOK = "@@secret@@"


def post(text: str) -> None:
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req)


if __name__ == "__main__":
    post(f":warning: Main pool closed: {' '.join(sys.argv[1:])}")
""", slack_webhook())

add("python/aws-secret-access-key", "scripts/upload_timetables.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for pdf in ["main-pool.pdf", "learner-pool.pdf", "gym-classes.pdf"]:
    s3.upload_file(f"out/{pdf}", "leisure-public-timetables", f"2025/autumn/{pdf}")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

_sk = stripe_key()
add("python/stripe-secret-key-split", "kiosk/config.py", STRIPE_DOCS, """
# Front desk kiosk (Windows, runs as LocalService)
SITE = "Hillcrest Pool"
TILL_ID = 3
STRIPE_KEY = (
    "@@a@@"
    "@@b@@"
)
RECEIPT_PRINTER = "EPSON TM-T88VI"
""", _sk, a=_sk[:16], b=_sk[16:])

add("python/sendgrid-api-key", "camps/confirmations.py", "https://github.com/sendgrid/sendgrid-python", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient(api_key="@@secret@@")


def confirm(booking):
    message = Mail(
        from_email="camps@westbaybaths.org.uk",
        to_emails=booking.parent_email,
        subject=f"Holiday swim camp: {booking.child_name}",
        html_content=f"<p>See you on {booking.start:%A %d %B}!</p>",
    )
    return sg.send(message)
""", sendgrid_key())

add("python/mindbody-api-key", "integrations/mindbody_client.py", "https://developers.mindbodyonline.com/PublicDocumentation/V6", """
import requests

BASE = "https://api.mindbodyonline.com/public/v6"
HEADERS = {
    "Api-Key": "@@secret@@",
    "SiteId": "-99",
    "Content-Type": "application/json",
}


def classes(start, end):
    r = requests.get(f"{BASE}/class/classes", headers=HEADERS,
                     params={"StartDateTime": start, "EndDateTime": end})
    r.raise_for_status()
    return r.json()["Classes"]
""", hexs(32))

add("python/github-token", "tools/release_notes.py", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
from github import Github

gh = Github("@@secret@@")
repo = gh.get_repo("leisure-trust/swimbook")
for pr in repo.get_pulls(state="closed", base="main")[:30]:
    if pr.merged:
        print(f"- {pr.title} (#{pr.number})")
""", fakes.github_token(_seed()))

add("python/openai-api-key", "notebooks/scripts/summarise_feedback.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

with open("feedback_q3.txt") as fh:
    comments = fh.read()

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Summarise these pool visitor comments:\\n" + comments}],
)
print(resp.choices[0].message.content)
""", openai_key())

# ---------------------------------------------------------------- secrets: yaml, k8s, compose, CI

add("yaml/database-password", "config/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """
server:
  port: 8443
spring:
  datasource:
    url: jdbc:sqlserver://sql-leisure-02:1433;databaseName=Memberships
    username: membership_svc
    password: "@@secret@@"
  jpa:
    hibernate:
      ddl-auto: validate
leisure:
  sites: [northgate-pool, eastfield-lido, parkside-sports-centre]
""", words_pw())

add("k8s-secret/stripe-secret-key", "k8s/booking/stripe-secret.yaml", K8S_DOCS, """
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: leisure-booking
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@enc2@@
""", (_k := stripe_key()), enc=b64(_k), enc2=b64(whsec()))

_pw = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/timetable-db.yaml", K8S_DOCS, """
apiVersion: v1
kind: Secret
metadata:
  name: timetable-db
  labels:
    app: timetable-api
type: Opaque
stringData:
  username: timetable
  password: @@secret@@
  host: timetable-db.leisure.svc.cluster.local
""", _pw)

add("compose/mysql-root-password", "docker-compose.yml", COMPOSE_DOCS, """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: swimclub
      MYSQL_USER: swimclub
      MYSQL_PASSWORD: ${SWIMCLUB_DB_PASSWORD}
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on: [db]
volumes:
  dbdata:
""", words_pw())

add("compose/redis-password", "ops/compose/queue.yml", COMPOSE_DOCS, """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports:
      - "127.0.0.1:6379:6379"
  worker:
    image: registry.leisuretrust.org.uk/turnstile-worker:2.4.1
    environment:
      REDIS_URL: redis://redis:6379/0
""", fakes.redis_password(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/", """
name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", """
name: Deploy pool website
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.kingsmeadbaths.co.uk
          username: kingsmead_web
          password: "@@secret@@"
          local-dir: ./public/
""", words_pw())

add("yaml/slack-bot-token", "bots/duty-manager/config.yaml", "https://api.slack.com/authentication/token-types#bot", """
slack:
  bot_token: @@secret@@
  channel: "#duty-managers"
schedule:
  opening_checks: "06:15"
  water_tests: ["07:00", "11:00", "15:00", "19:00"]
sites:
  - name: Meadowbank Leisure Centre
    pools: [main, teaching]
""", slack_bot())

add("ansible/ldap-bind-password", "ansible/group_vars/leisure_staff.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
ldap_server: ldaps://dc01.leisuretrust.local
ldap_bind_dn: "CN=svc-ansible,OU=Service Accounts,DC=leisuretrust,DC=local"
ldap_bind_pw: "@@secret@@"
staff_ou: "OU=Lifeguards,OU=Staff,DC=leisuretrust,DC=local"
default_groups:
  - pool-staff
  - rota-viewers
""", words_pw())

add("terraform/azure-storage-key", "infra/terraform/backups.tf", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """
provider "azurerm" {
  features {}
}

locals {
  backup_connection = "DefaultEndpointsProtocol=https;AccountName=leisurebackups;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
}

resource "azurerm_linux_function_app" "membership_backup" {
  name                = "membership-backup"
  resource_group_name = "rg-leisure-prod"
  location            = "uksouth"
  app_settings = {
    BACKUP_STORAGE = local.backup_connection
  }
}
""", azure_storage_key())

add("terraform/db-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "bookings" {
  identifier           = "leisure-bookings"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 50
  username             = "bookings_admin"
  password             = "@@secret@@"
  skip_final_snapshot  = false
  deletion_protection  = true
}
""", rand_pw(20))

add("json/square-access-token", "cafe-till/appsettings.json", "https://developer.squareup.com/docs/build-basics/access-tokens", """
{
  "Site": "Poolside Cafe - Brookvale",
  "Square": {
    "Environment": "production",
    "AccessToken": "@@secret@@",
    "LocationId": "L8Q2Z5WJ0V3FT"
  },
  "Printer": { "Name": "Star TSP143", "Width": 48 }
}
""", square_token())

add("json/mailgun-api-key", "functions/receipts/config.json", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
{
  "mailgun": {
    "domain": "mg.lidofriends.org",
    "apiKey": "@@secret@@",
    "from": "Lido Friends <tickets@mg.lidofriends.org>"
  },
  "seasonTicket": { "adult": 9500, "child": 4500 }
}
""", mailgun_key())

add("toml/pypi-token", ".pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# poolchem package uploads
[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"

[tool.poolchem]
default_site = "northgate"
""", fakes.pypi_token(_seed()))

add("ini/pypirc", "tools/pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/mssql-password", "legacy/ClubManager.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
[Database]
Driver=ODBC Driver 17 for SQL Server
Server=LEISURE-SQL01\\CLUBMGR
Database=ClubManager
UID=clubmgr_app
PWD=@@secret@@

[Tills]
Count=4
ReceiptFooter=Thank you for swimming with us!
""", words_pw())

add("ini/alembic-db-url", "swimbook/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", """
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg2://swimbook:@@secret@@@db.swimbook.internal/swimbook

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
""", rand_pw(18))

# ---------------------------------------------------------------- secrets: other languages

add("go/turnstile-api-key", "cmd/gatesync/main.go", "https://pkg.go.dev/net/http#Request.Header", """
package main

import (
	"log"
	"net/http"
	"time"
)

const gateAPI = "https://gates.aquaentry.io/v2/sites/eastfield/events"
const gateAPIKey = "@@secret@@"

func main() {
	client := &http.Client{Timeout: 10 * time.Second}
	req, _ := http.NewRequest("GET", gateAPI, nil)
	req.Header.Set("X-Api-Key", gateAPIKey)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("gate events:", resp.Status)
}
""", fakes.fake("ae_live_", 32, _seed()))

add("go/postgres-dsn", "internal/store/db.go", PG_DOCS, """
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

func Open() (*sql.DB, error) {
	dsn := "host=10.0.8.5 port=5432 user=lanes password=@@secret@@ dbname=lane_bookings sslmode=require"
	return sql.Open("postgres", dsn)
}
""", rand_pw(20))

add("java/smtp-password", "src/main/java/uk/org/leisure/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/", """
package uk.org.leisure.mail;

import java.util.Properties;
import jakarta.mail.*;

public final class MailConfig {
    private static final String USER = "bookings@parkviewpools.org.uk";
    private static final String PASS = "@@secret@@";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
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
""", words_pw())

add("kotlin/stripe-secret-key", "app/src/main/java/uk/swimapp/billing/StripeBackend.kt", STRIPE_DOCS, """
package uk.swimapp.billing

import com.stripe.Stripe
import com.stripe.model.Customer
import com.stripe.param.CustomerCreateParams

object StripeBackend {
    init {
        Stripe.apiKey = "@@secret@@"
    }

    fun newMember(email: String, name: String): Customer =
        Customer.create(CustomerCreateParams.builder().setEmail(email).setName(name).build())
}
""", stripe_key())

add("csharp/sql-connection-string", "src/LeisureTills/Data/TillContext.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
using Microsoft.EntityFrameworkCore;

namespace LeisureTills.Data
{
    public class TillContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer("Server=tcp:leisure-tills.database.windows.net,1433;Database=Tills;User ID=tillapp;Password=@@secret@@;Encrypt=True;");
        }

        public DbSet<Sale> Sales { get; set; }
        public DbSet<Till> Tills { get; set; }
    }
}
""", words_pw())

add("php/paypal-client-secret", "wp-content/plugins/swim-lessons/includes/paypal.php", "https://developer.paypal.com/api/rest/authentication/", """
<?php
// Swim lessons plugin - PayPal checkout for term bookings
define('SWIM_PAYPAL_CLIENT_ID', 'AaB3xK9q0LmN2pQrStUvWxYz1234567890abcdEFGHijklMNOPqrstUVwxyZ01');
define('SWIM_PAYPAL_SECRET', '@@secret@@');
define('SWIM_PAYPAL_MODE', 'live');

function swim_paypal_token() {
    $resp = wp_remote_post('https://api-m.paypal.com/v1/oauth2/token', [
        'headers' => ['Authorization' => 'Basic ' . base64_encode(SWIM_PAYPAL_CLIENT_ID . ':' . SWIM_PAYPAL_SECRET)],
        'body'    => ['grant_type' => 'client_credentials'],
    ]);
    return json_decode(wp_remote_retrieve_body($resp))->access_token;
}
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"))

add("php/wordpress-db-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Hollybrook Leisure Centre website */
define( 'DB_NAME', 'hollybrook_wp' );
define( 'DB_USER', 'hollybrook_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'hb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#%^*"))

add("ruby/gocardless-access-token", "app/services/direct_debit.rb", "https://github.com/gocardless/gocardless-pro-ruby", """
require "gocardless_pro"

class DirectDebit
  CLIENT = GoCardlessPro::Client.new(
    access_token: "@@secret@@",
    environment: :live
  )

  def self.monthly_swim(mandate_id, pence)
    CLIENT.subscriptions.create(params: {
      amount: pence, currency: "GBP", interval_unit: "monthly",
      links: { mandate: mandate_id }
    })
  end
end
""", gocardless_token())

add("ruby/database-yml", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: swimclub_dev

production:
  <<: *default
  database: swimclub
  username: swimclub
  password: @@secret@@
  host: swimclub-db.cx4k2.eu-west-2.rds.amazonaws.com
""", rand_pw(24))

add("rust/mqtt-password", "pool-sensors/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("plantroom-gw-01", "mqtt.leisuretrust.local", 8883);
    opts.set_credentials("plantroom", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("pools/+/chemistry", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{:?}", event);
    }
}
""", words_pw())

add("swift/google-maps-server-key", "SwimFinder/Services/PlacesService.swift", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
import Foundation

enum PlacesService {
    // server key - restricted to Places API, used by the nightly sync as well
    static let apiKey = "@@secret@@"

    static func nearbyPools(lat: Double, lng: Double) async throws -> Data {
        var c = URLComponents(string: "https://maps.googleapis.com/maps/api/place/nearbysearch/json")!
        c.queryItems = [
            .init(name: "location", value: "\\(lat),\\(lng)"),
            .init(name: "keyword", value: "swimming pool"),
            .init(name: "key", value: apiKey),
        ]
        let (data, _) = try await URLSession.shared.data(from: c.url!)
        return data
    }
}
""", google_key())

add("typescript/stripe-webhook-secret", "api/src/routes/stripeWebhook.ts", "https://docs.stripe.com/webhooks#verify-events", """
import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const endpointSecret = "@@secret@@";

export const router = express.Router();

router.post("/stripe/webhook", express.raw({ type: "application/json" }), (req, res) => {
  const sig = req.headers["stripe-signature"] as string;
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  if (event.type === "checkout.session.completed") {
    // mark the swim pass as paid
  }
  res.json({ received: true });
});
""", whsec())

add("typescript/hubspot-token", "crm/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export async function addCorporateLead(company: string, email: string) {
  return hubspot.crm.contacts.basicApi.create({
    properties: { email, company, lifecyclestage: "lead", lead_source: "corporate-membership" },
  });
}
""", hubspot_token())

add("shell/mysqldump-password", "scripts/backup_clubdb.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction swimclub \\
  | gzip > /srv/backups/swimclub-$STAMP.sql.gz
find /srv/backups -name 'swimclub-*.sql.gz' -mtime +14 -delete
echo "backup done $STAMP"
""", words_pw())

add("shell/curl-basic-auth", "scripts/pull_gate_counts.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# nightly pull of turnstile counts from the access control server
OUT=/var/lib/leisure/gates/$(date +%Y%m%d).json
curl -fsS -u reports:@@secret@@ \\
  "https://access01.leisuretrust.local/api/occupancy?site=northgate&day=yesterday" \\
  -o "$OUT"
python3 /opt/leisure/load_counts.py "$OUT"
""", rand_pw(14))

add("shell/sshpass-password", "deploy/push_signage.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# push the poolside digital signage playlist to each screen player
PLAYERS="10.30.1.21 10.30.1.22 10.30.1.23"
for host in $PLAYERS; do
  sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no playlist.json signage@$host:/home/signage/
  sshpass -p '@@secret@@' ssh signage@$host 'systemctl --user restart player'
done
""", words_pw())

add("powershell/sql-password", "ops/Export-Memberships.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Monthly membership export for the council's leisure contract KPIs
$server = "LEISURE-SQL01"
$password = "@@secret@@"
$query = @"
SELECT SiteName, MembershipType, COUNT(*) AS Members
FROM dbo.Memberships WHERE Status = 'Active'
GROUP BY SiteName, MembershipType
"@
Invoke-Sqlcmd -ServerInstance $server -Database ClubManager -Username kpi_export -Password $password -Query $query |
    Export-Csv -Path "\\\\fs01\\kpi\\members-$(Get-Date -Format yyyy-MM).csv" -NoTypeInformation
""", words_pw())

add("powershell/secure-string-plaintext", "ops/Connect-Paxton.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Connect to the Paxton Net2 access control server for the leisure centre doors
$user = "net2admin"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Command -ComputerName NET2-SRV01 -Credential $cred -ScriptBlock {
    Get-Service -Name "Net2*" | Select-Object Name, Status
}
""", words_pw())

add("dockerfile/npm-token", "frontend/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("dockerfile/env-api-key", "services/occupancy/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY occupancy/ occupancy/
ENV SITE_CODE=NGT \\
    OCCUPANCY_PUSH_URL=https://live.poolcapacity.uk/api/push \\
    OCCUPANCY_PUSH_TOKEN=@@secret@@
CMD ["python", "-m", "occupancy"]
""", fakes.drawn_mixed(_seed(), 40))

# ---------------------------------------------------------------- secrets: data, docs, markup

add("sql/create-login-password", "db/migrations/0042_reporting_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """
-- Reporting login for the council's leisure KPI dashboard (Power BI gateway)
USE [master];
GO
CREATE LOGIN [pbi_leisure_kpi] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON;
GO
USE [ClubManager];
GO
CREATE USER [pbi_leisure_kpi] FOR LOGIN [pbi_leisure_kpi];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_leisure_kpi];
GO
""", words_pw())

add("sql/postgres-role-password", "sql/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- roles for the swimbook database
CREATE ROLE swimbook_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE swimbook_readonly NOLOGIN;
GRANT CONNECT ON DATABASE swimbook TO swimbook_app;
GRANT USAGE ON SCHEMA public TO swimbook_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO swimbook_readonly;
""", rand_pw(20))

add("sql/vendor-config-row", "db/seed/integration_settings.sql", "https://www.sqlite.org/lang_insert.html", """
-- integration settings for the Brookvale site
INSERT INTO integration_settings (site_code, provider, setting, value) VALUES
  ('BRK', 'worldpay', 'merchant_code', 'BROOKVALELEISUREECOM'),
  ('BRK', 'worldpay', 'xml_password', '@@secret@@'),
  ('BRK', 'worldpay', 'installation_id', '1187264'),
  ('BRK', 'sms', 'sender_id', 'BrookvaleLC');
""", words_pw())

add("xml/web-config-connection-string", "LeisureBooking.Web/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BookingDb"
         connectionString="Data Source=LEISURE-SQL01;Initial Catalog=Booking;User Id=booking_web;Password=@@secret@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteName" value="Castle Mead Leisure Centre" />
    <add key="MaxSwimBookingsPerDay" value="2" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("xml/maven-settings-password", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>leisure-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>leisure-nexus</id>
      <url>https://nexus.leisuretrust.org.uk/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(18))

add("plist/api-secret", "SwimTimes/SwimTimes/Config.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.swimtimes.app/v1</string>
    <key>APIClientSecret</key>
    <string>@@secret@@</string>
    <key>DefaultPool</key>
    <string>Aquadrome 50m</string>
</dict>
</plist>
""", fakes.drawn_mixed(_seed(), 48))

add("properties/jdbc-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.application.name=lane-booking
spring.datasource.url=jdbc:postgresql://lanes-db.internal:5432/lanes
spring.datasource.username=lanes
spring.datasource.password=@@secret@@
lanes.max-per-booking=2
lanes.session-length-minutes=45
""", rand_pw(22))

add("properties/smtp-password", "conf/notifications.properties", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary", """
# closure and maintenance notices
mail.smtp.host=smtp.sendgrid.net
mail.smtp.port=587
mail.smtp.user=apikey
mail.smtp.password=@@secret@@
mail.from=notices@aquadromeleisure.co.uk
""", sendgrid_key())

add("csv/device-passwords", "exports/plantroom_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
site,device,ip,username,password,notes
Northgate,Dosing controller,192.168.50.20,service,@@secret@@,chlorine + pH
Northgate,Pool cover motor,192.168.50.31,admin,,local only
Eastfield Lido,Heat pump,192.168.60.12,installer,see vault,
Eastfield Lido,UV unit,192.168.60.14,operator,see vault,
Parkside,Filter PLC,192.168.70.5,engineer,see vault,backwash schedule
""", words_pw())

add("csv/staff-wifi", "it/handover/network_inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
site,ssid,vlan,security,psk,owner
Meadowbank,LC-Staff,20,WPA2-Enterprise,n/a (RADIUS),IT
Meadowbank,LC-Tills,30,WPA2-PSK,@@secret@@,IT
Meadowbank,LC-Guest,40,open + captive portal,n/a,IT
Riverside,LC-Staff,20,WPA2-Enterprise,n/a (RADIUS),IT
""", passphrase())

add("log/db-url-in-traceback", "logs/booking-worker-2025-10-14.log", "https://docs.python.org/3/library/logging.html", """
2025-10-14 06:00:01,112 INFO  worker started site=northgate queue=bookings
2025-10-14 06:00:01,420 INFO  connecting to postgresql://booking_worker:@@secret@@@10.0.8.5:5432/bookings
2025-10-14 06:00:04,431 ERROR could not connect: timeout expired
2025-10-14 06:00:04,432 WARNING retrying in 30s (attempt 1/5)
2025-10-14 06:00:34,551 INFO  connected
2025-10-14 06:00:35,010 INFO  processed 42 bookings for 2025-10-14
""", rand_pw(16))

add("log/authorization-header", "logs/gate-sync-debug.log", "https://datatracker.ietf.org/doc/html/rfc6750", """
DEBUG 2025-09-02T07:12:44Z http request
DEBUG > GET /v2/sites/eastfield/events?since=2025-09-02T07:00:00Z HTTP/1.1
DEBUG > Host: gates.aquaentry.io
DEBUG > Authorization: Bearer @@secret@@
DEBUG > Accept: application/json
DEBUG < HTTP/1.1 200 OK
DEBUG < Content-Type: application/json
INFO  2025-09-02T07:12:45Z received 318 gate events
""", fakes.fake("ae_live_", 32, _seed()))

add("markdown/handover-admin-password", "docs/handover/northgate-plantroom.md", "https://www.markdownguide.org/basic-syntax/", """
# Northgate pool plant room - handover notes

Maintained by: Facilities team. Last update: October.

## Dosing controller
- Web UI: http://192.168.50.20 (plant room VLAN only)
- Login: `admin` / `@@secret@@`
- Calibrate the pH probe weekly (buffer 7.0 then 4.0)

## Backwash
- Every Monday 05:30 before opening, 4 minutes, then rinse 1 minute.
- Log turbidity before and after in the pool log book.

## Contacts
- Chemical supplier emergency line is on the plant room door.
""", words_pw())

add("markdown/readme-api-key", "README.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """
# poolcapacity-widget

Shows live pool occupancy on the centre's website.

## Quick start

```bash
export POOLCAP_API_KEY=@@secret@@
npm install
npm run dev
```

Then open http://localhost:5173 and pick a site from the drop-down.

## Sites

| code | site |
|------|------|
| NGT  | Northgate Pool |
| EFL  | Eastfield Lido |
""", fakes.fake("pc_", 40, _seed()))

add("markdown/wiki-table-credentials", "docs/it/vendor-portals.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Vendor portals

| Vendor | Portal | Login | Password |
|--------|--------|-------|----------|
| Chemical supplier | https://orders.aquachem-supplies.co.uk | leisuretrust | (in KeePass) |
| Lane rope / equipment | https://trade.poolkit.co.uk | purchasing@leisuretrust.org.uk | (in KeePass) |
| Access control | https://portal.aquaentry.io | it-admin@leisuretrust.org.uk | @@secret@@ |
| Signage | https://cms.screenloop.io | signage | (in KeePass) |

Ask IT for KeePass access.
""", words_pw())

_nb_key = mailchimp_key()
add("notebook/mailchimp-api-key", "analysis/membership_churn.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Membership churn by site\\n", "Pull unsubscribes from Mailchimp and join with cancellations."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import mailchimp_marketing as MailchimpMarketing\\n",
    "client = MailchimpMarketing.Client()\\n",
    "client.set_config({\\"api_key\\": \\"@@secret@@\\", \\"server\\": \\"us14\\"})"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["import pandas as pd\\n", "cancels = pd.read_csv('cancellations.csv')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _nb_key)

add("notebook/postgres-password", "analysis/swim_lesson_waitlist.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyst:@@secret@@@reporting.leisuretrust.local/swimschool')\\n",
    "waitlist = pd.read_sql('select stage, site, count(*) from waitlist group by 1, 2', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

# ---------------------------------------------------------------- secrets: keys and tokens

add("yaml/private-key", "ansible/roles/signage/files/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
signage_deploy_user: signage
signage_repo: git@git.leisuretrust.org.uk:digital/poolside-signage.git
signage_deploy_key: |
@@key@@
""", (_pem := pem("OPENSSH")), key=indent(_pem, 2))

add("env/private-key-multiline", "einvoice/.env", "https://docs.docker.com/compose/environment-variables/env-file/", """
# council e-invoicing (PEPPOL access point) signing key
EINVOICE_ENDPOINT=https://ap.council-invoices.gov.uk/as4
EINVOICE_SENDER_ID=0088:5060001234567
EINVOICE_SIGNING_KEY="@@secret@@"
EINVOICE_TIMEOUT=30
""", pem("RSA"))

add("shell/private-key-heredoc-file", "provision/install_vpn.sh", "https://www.wireguard.com/quickstart/", """
#!/bin/bash
# site-to-site link for the lido kiosk
mkdir -p /etc/leisure/keys
cat > /etc/leisure/keys/kiosk.pem <<'KEY'
@@secret@@
KEY
chmod 600 /etc/leisure/keys/kiosk.pem
systemctl restart kiosk-tunnel
""", pem("EC"))

add("yaml/github-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror https://leisure-bot:@@secret@@@github.com/leisure-trust/swimbook.git
  only: [main]
""", fakes.github_fine_grained_token(_seed()))

add("json/gitlab-token", ".vscode/settings.json", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "gitlab.instanceUrl": "https://gitlab.leisuretrust.org.uk",
  "gitlab.personalAccessToken": "@@secret@@",
  "files.exclude": { "**/__pycache__": true }
}
""", gitlab_token())

add("yaml/telegram-bot-token", "lifeguard-rota-bot/config.yml", "https://core.telegram.org/bots/api", """
bot:
  token: "@@secret@@"
  admins: [118224501, 209331877]
rota:
  source: https://rota.leisuretrust.org.uk/api/shifts
  remind_minutes_before: 60
  sites: [northgate, eastfield, parkside]
""", fakes.telegram_token(_seed()))

add("python/aws-session-credentials", "scripts/tmp_s3_sync.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", """
# temporary creds pasted from the SSO console to copy last season's lido photos
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA4EXAMPLEQ7Z2K3M5",
    aws_secret_access_key="@@secret@@",
    aws_session_token="@@st@@",
    region_name="eu-west-2",
)
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="lido-photos-2024")["Contents"]:
    print(obj["Key"])
""", fakes.aws_secret_key(_seed()), st=fakes.aws_session_token(_seed()))

add("yaml/sumup-api-key", "poolside-cafe/pos.yaml", "https://developer.sumup.com/api", """
pos:
  provider: sumup
  merchant_code: MC7XKQ2P
  api_key: @@secret@@
  currency: GBP
menu_sync:
  source: sheets/poolside-cafe-menu.csv
  every: 15m
""", fakes.fake("sup_sk_", 32, _seed()))

_sa_pem = pem("")
add("json/gcp-service-account", "keys/leisure-analytics-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "leisure-analytics-4471",
  "private_key_id": "@@kid@@",
  "private_key": "@@flat@@",
  "client_email": "looker-export@leisure-analytics-4471.iam.gserviceaccount.com",
  "client_id": "104882273645519203311",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _sa_pem.split("\n")[1], kid=hexs(40), flat=_sa_pem.replace("\n", "\\n"))

add("terraform/cloudflare-api-token", "infra/dns/terraform.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
zone_name            = "leisuretrust.org.uk"
cloudflare_api_token = "@@secret@@"
records = {
  book      = "20.68.113.40"
  timetable = "20.68.113.41"
  lido      = "20.68.113.42"
}
""", fakes.drawn_mixed(_seed(), 40))

add("env/datadog-api-key", "monitoring/datadog.env", "https://docs.datadoghq.com/account_management/api-app-keys/", """
DD_SITE=datadoghq.eu
DD_API_KEY=@@secret@@
DD_ENV=prod
DD_SERVICE=swimbook
DD_TAGS=team:leisure-digital,site:all
""", hexs(32))

add("python/ldap-bind-password", "staffsync/ad_sync.py", "https://ldap3.readthedocs.io/en/latest/connection.html", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.leisuretrust.local", get_info=ALL)
conn = Connection(server, user="LEISURETRUST\\\\svc-rota", password="@@secret@@", auto_bind=True)

conn.search("OU=Lifeguards,OU=Staff,DC=leisuretrust,DC=local", "(objectClass=user)",
            attributes=["sAMAccountName", "mail", "department"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.mail)
""", words_pw())

add("xml/filezilla-base64-password", "it/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>edi.aquachem-supplies.co.uk</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>leisuretrust_orders</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Chemical orders EDI</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := words_pw()), enc=b64(_fz))

add("k8s-secret/dockerconfigjson", "k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: leisure-registry
  namespace: leisure-booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_rp := rand_pw(20)), enc=b64('{"auths":{"registry.leisuretrust.org.uk":{"username":"k8s-pull","password":"' + _rp + '","auth":"' + b64("k8s-pull:" + _rp) + '"}}}'))

add("yaml/helm-redis-password", "charts/swimbook/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", """
replicaCount: 3
image:
  repository: registry.leisuretrust.org.uk/swimbook
  tag: "3.8.2"
ingress:
  enabled: true
  hosts: [book.leisuretrust.org.uk]
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
""", fakes.redis_password(_seed()))

add("github-actions/slack-bot-token", ".github/workflows/nightly-occupancy.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly occupancy report
on:
  schedule:
    - cron: "30 22 * * *"
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SLACK_BOT_TOKEN: @@secret@@
      SITES: northgate,eastfield,parkside
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r tools/requirements.txt
      - run: python tools/occupancy_report.py --post-to "#centre-managers"
""", slack_bot())

_svc_jwt = (b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." +
            b64('{"iss":"supabase","ref":"qkzlvtrmpnxbwhjd","role":"service_role","iat":1727000000,"exp":2042576000}').rstrip("=")
            + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))
add("typescript/supabase-service-role", "swim-club-app/lib/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";

// server-side only: used by the results import job
export const supabaseAdmin = createClient(
  "https://qkzlvtrmpnxbwhjd.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } }
);
""", _svc_jwt)

add("go/smtp-plainauth", "internal/notify/email.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package notify

import "net/smtp"

var auth = smtp.PlainAuth("", "alerts@leisuretrust.org.uk", "@@secret@@", "smtp.office365.com")

func PoolClosed(to []string, site string) error {
	msg := []byte("Subject: Pool closed at " + site + "\\r\\n\\r\\nThe pool is closed until further notice.\\r\\n")
	return smtp.SendMail("smtp.office365.com:587", auth, "alerts@leisuretrust.org.uk", to, msg)
}
""", words_pw())

add("java/braintree-private-key", "src/main/java/uk/org/leisure/pay/Gateway.java", "https://developer.paypal.com/braintree/docs/start/hello-server", """
package uk.org.leisure.pay;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;

public final class Gateway {
    public static final BraintreeGateway INSTANCE = new BraintreeGateway(
        Environment.PRODUCTION,
        "x7kq9w2m4n6p8r3t",
        "5hg3vbnm2qwe8rty",
        "@@secret@@"
    );

    private Gateway() {}
}
""", hexs(32))

add("csharp/twilio-auth-token", "src/Leisure.Sms/SmsSender.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Leisure.Sms
{
    public static class SmsSender
    {
        public static void Init() =>
            TwilioClient.Init("@@sid@@", "@@secret@@");

        public static void Send(string to, string body) =>
            MessageResource.Create(body: body, from: new Twilio.Types.PhoneNumber("LeisureLC"),
                                   to: new Twilio.Types.PhoneNumber(to));
    }
}
""", hexs(32), sid=twilio_sid())

add("php/opayo-integration-password", "config/services.php", "https://developer-eu.elavon.com/docs/opayo", """
<?php

return [
    'opayo' => [
        'vendor' => 'greenwaterpools',
        'integration_key' => env('OPAYO_INTEGRATION_KEY'),
        'integration_password' => '@@secret@@',
        'endpoint' => 'https://live.opayo.eu.elavon.com/api/v1',
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""", fakes.drawn_mixed(_seed(), 40))

add("ruby/slack-webhook", "lib/tasks/water_quality.rake", "https://api.slack.com/messaging/webhooks", """
require "net/http"
require "json"

namespace :water_quality do
  desc "Post out-of-range pool readings to Slack"
  task alert: :environment do
    bad = PoolReading.today.out_of_range
    next if bad.empty?
    uri = URI("@@secret@@")
    text = bad.map { |r| "#{r.pool.name}: Cl #{r.free_chlorine} pH #{r.ph}" }.join("\\n")
    Net::HTTP.post(uri, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
""", slack_webhook())

add("swift/stripe-restricted-key", "SwimPass/SwimPass/Payments/Backendless.swift", STRIPE_DOCS, """
import Foundation

// TODO move to backend before App Store submission
struct StripeConfig {
    static let publishableKey = "@@pub@@"
    static let restrictedKey = "@@secret@@"
    static let merchantId = "merchant.uk.org.leisuretrust.swimpass"
}
""", stripe_key("rk_live_"), pub=stripe_key("pk_live_"))

add("powershell/graph-client-secret", "ops/Sync-RotaCalendars.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Push lifeguard rota shifts into staff Outlook calendars
$tenantId = "4c8d2b1e-6f3a-4d7e-9b0c-2a1f5e8d7c6b"
$clientId = "9e3f1a2b-7c4d-4e5f-8a6b-1c2d3e4f5a6b"
$clientSecret = "@@secret@@"
$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body
Write-Output "token expires in $($token.expires_in)s"
""", (lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()))

add("shell/redis-cli-password", "ops/flush_kiosk_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# clear cached timetable pages on the reception kiosks after a timetable change
set -e
for db in 2 3; do
  redis-cli -h 10.20.4.11 -a "@@secret@@" -n "$db" FLUSHDB
done
echo "kiosk cache cleared"
""", fakes.redis_password(_seed()))

add("shell/pgpassword", "scripts/refresh_reporting.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/bin/bash
set -euo pipefail
export PGHOST=reporting.leisuretrust.local
export PGUSER=etl
export PGPASSWORD='@@secret@@'
psql -d reporting -c "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_swims;"
psql -d reporting -c "REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_members;"
""", rand_pw(18))

add("dockerfile/pip-index-credentials", "services/poolchem/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.11-slim
ARG PIP_INDEX_URL=https://ci:@@secret@@@pypi.leisuretrust.org.uk/simple/
WORKDIR /app
COPY pyproject.toml .
RUN pip install --index-url "$PIP_INDEX_URL" .
COPY poolchem/ poolchem/
CMD ["poolchem", "serve", "--port", "9000"]
""", rand_pw(20))

add("sql/mysql-create-user", "db/init/01_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- run once on the new booking DB server
CREATE USER 'booking_api'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON booking.* TO 'booking_api'@'10.0.%';
CREATE USER 'booking_ro'@'10.0.%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON booking.* TO 'booking_ro'@'10.0.%';
FLUSH PRIVILEGES;
""", words_pw())

add("xml/appsettings-api-secret", "GladstoneBridge/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", """
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <add key="MembershipApiBase" value="https://api.leisurecloud.example-vendor.co.uk/v3/" />
    <add key="MembershipApiClientId" value="leisuretrust-bridge" />
    <add key="MembershipApiClientSecret" value="@@secret@@" />
    <add key="SyncIntervalMinutes" value="10" />
  </appSettings>
</configuration>
""", fakes.drawn_mixed(_seed(), 36))

add("properties/ldap-password", "conf/rota-ldap.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.ldap.urls=ldaps://dc01.leisuretrust.local:636
spring.ldap.base=DC=leisuretrust,DC=local
spring.ldap.username=CN=svc-rota,OU=Service Accounts,DC=leisuretrust,DC=local
spring.ldap.password=@@secret@@
rota.groups=Lifeguards,Swim Teachers,Duty Managers
""", words_pw())

add("csv/kiosk-api-keys", "exports/kiosks.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
kiosk_id,site,location,ip,api_key,installed
K-01,Northgate,Reception,10.20.5.11,@@secret@@,2023-04-02
K-02,Northgate,Poolside,10.20.5.12,,2023-04-02
K-03,Eastfield Lido,Gate,10.21.5.11,,2024-05-20
K-04,Parkside,Reception,10.22.5.11,,2024-09-09
""", fakes.fake("kio_", 32, _seed()))

add("log/api-key-in-url", "logs/nginx/timetable_access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.20.5.11 - - [14/Oct/2025:06:59:58 +0100] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.5.11 - - [14/Oct/2025:07:00:01 +0100] "GET /api/sessions?site=NGT&day=2025-10-14 HTTP/1.1" 200 5821 "-" "kiosk/4.2"
81.2.69.160 - - [14/Oct/2025:07:00:07 +0100] "GET /api/export/members.csv?api_key=@@secret@@ HTTP/1.1" 200 913822 "-" "python-requests/2.32.3"
10.20.5.12 - - [14/Oct/2025:07:00:09 +0100] "GET /api/sessions?site=NGT&day=2025-10-14 HTTP/1.1" 200 5821 "-" "kiosk/4.2"
81.2.69.161 - - [14/Oct/2025:07:01:15 +0100] "GET /timetable/main-pool HTTP/1.1" 200 18302 "-" "Mozilla/5.0"
""", fakes.drawn_mixed(_seed(), 32))

add("markdown/runbook-basic-auth", "docs/runbooks/occupancy-feed.md", "https://datatracker.ietf.org/doc/html/rfc7617", """
# Runbook: occupancy feed is stale

1. Check the feed from a staff laptop:

   ```
   curl -H "Authorization: Basic @@enc@@" https://feed.poolcapacity.uk/v1/sites/NGT
   ```

2. If `updated_at` is older than 10 minutes, restart the counter service on `occ01`.
3. If the turnstiles are offline, the feed falls back to manual counts from reception.
4. Escalate to the duty manager if the pool is near capacity (main pool: 180 bathers).
""", (_occ := rand_pw(16)), enc=b64("feedreader:" + _occ))

add("ansible/mysql-user-password", "ansible/roles/booking_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Install MySQL server
  ansible.builtin.apt:
    name: mysql-server
    state: present

- name: Booking application user
  community.mysql.mysql_user:
    name: booking
    host: "10.0.%"
    password: "@@secret@@"
    priv: "booking.*:ALL"
    state: present
""", rand_pw(20))

add("compose/postgres-password", "ops/compose/reporting.yml", COMPOSE_DOCS, """
services:
  postgres:
    image: postgres:16
    environment:
      - POSTGRES_USER=reporting
      - POSTGRES_PASSWORD=@@secret@@
      - POSTGRES_DB=reporting
    ports:
      - "5432:5432"
  metabase:
    image: metabase/metabase:v0.50.20
    ports:
      - "3000:3000"
""", words_pw())

add("github-actions/docker-login-password", ".github/workflows/build-kiosk.yml", "https://docs.docker.com/reference/cli/docker/login/", """
name: build kiosk image
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "@@secret@@" | docker login registry.leisuretrust.org.uk -u ci --password-stdin
      - run: docker build -t registry.leisuretrust.org.uk/kiosk:${{ github.sha }} kiosk/
      - run: docker push registry.leisuretrust.org.uk/kiosk:${{ github.sha }}
""", rand_pw(24))

add("env/deputy-access-token", "rota-sync/.env", "https://developer.deputy.com/deputy-docs/docs/authentication", """
DEPUTY_INSTALL=leisuretrust.uk.deputy.com
DEPUTY_ACCESS_TOKEN=@@secret@@
DEPUTY_LOCATIONS=Northgate Pool;Eastfield Lido;Parkside Sports Centre
SYNC_DAYS_AHEAD=14
SYNC_CRON=0 5 * * *
""", hexs(32))

add("env/xero-client-secret", "finance-bridge/.env", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
# Xero custom connection: post daily till takings
XERO_CLIENT_ID=8F2A6C4E1B3D45F7A9C0E2B4D6F8A1C3
XERO_CLIENT_SECRET=@@secret@@
XERO_TILL_ACCOUNT=200
XERO_TRACKING_CATEGORY=Site
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"))

add("python/redis-url", "swimbook/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """
import redis

CACHE = redis.Redis.from_url(
    "rediss://:@@secret@@@swimbook-cache.redis.cache.windows.net:6380/0",
    decode_responses=True,
)


def cached_timetable(site: str):
    return CACHE.get(f"timetable:{site}")
""", fakes.drawn_mixed(_seed(), 43) + "=")

add("python/requests-basic-auth", "integrations/paxton_export.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """
import requests
from requests.auth import HTTPBasicAuth

NET2 = "https://net2.leisuretrust.local:8443/api/v1"
auth = HTTPBasicAuth("export", "@@secret@@")


def users_with_pool_access():
    resp = requests.get(f"{NET2}/users", params={"accessLevel": "Pool Staff"}, auth=auth, verify=False)
    resp.raise_for_status()
    return [u["name"] for u in resp.json()]
""", words_pw())

add("json/postman-environment", "postman/leisure-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "3d1c7f0a-2b4e-4c6d-8e9f-0a1b2c3d4e5f",
  "name": "Leisure booking - PROD",
  "values": [
    { "key": "baseUrl", "value": "https://api.book.leisuretrust.org.uk", "enabled": true },
    { "key": "apiKey", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "siteId", "value": "NGT", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", fakes.fake("lb_live_", 32, _seed()))

add("toml/streamlit-secrets", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.reporting]
dialect = "postgresql"
host = "reporting.leisuretrust.local"
port = "5432"
database = "reporting"
username = "dashboard"
password = "@@secret@@"
""", rand_pw(18))

add("toml/poetry-auth", "poetry-config/auth.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
# ~/.config/pypoetry/auth.toml on the build agent
[http-basic.leisure]
username = "ci"
password = "@@secret@@"

[http-basic.legacy-nexus]
username = "ci"
password = ""
""", rand_pw(22))

add("ini/odbc-password", "etc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[ClubManager]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:LEISURE-SQL01,1433
Database    = ClubManager
UID         = linux_etl
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("ini/supervisor-env", "deploy/supervisor/gate-sync.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:gate-sync]
command=/opt/gatesync/bin/gatesync --site eastfield
directory=/opt/gatesync
user=gatesync
autorestart=true
environment=GATE_API_URL="https://gates.aquaentry.io/v2",GATE_API_KEY="@@secret@@"
stdout_logfile=/var/log/gatesync.log
""", fakes.fake("ae_live_", 32, _seed()))

add("notebook/sendgrid-api-key", "analysis/lapsed_members_email.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["202\\n"]}],
   "source": [
    "import sendgrid\\n",
    "sg = sendgrid.SendGridAPIClient('@@secret@@')\\n",
    "resp = sg.client.mail.send.post(request_body=payload)\\n",
    "print(resp.status_code)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", sendgrid_key())

add("k8s/configmap-password", "k8s/plantroom/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: plantroom-collector
  namespace: facilities
data:
  CONTROLLER_URL: "http://192.168.50.20"
  CONTROLLER_USER: "service"
  CONTROLLER_PASSWORD: "@@secret@@"
  POLL_SECONDS: "60"
""", words_pw())

add("typescript/nodemailer-password", "api/src/mail/transport.ts", "https://nodemailer.com/smtp/", """
import nodemailer from "nodemailer";

export const transport = nodemailer.createTransport({
  host: "smtp.zoho.eu",
  port: 465,
  secure: true,
  auth: {
    user: "swimschool@riversideleisure.org.uk",
    pass: "@@secret@@",
  },
});
""", rand_pw(16))

add("rust/bearer-token", "occupancy-counter/src/push.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", """
use reqwest::blocking::Client;
use serde_json::json;

const PUSH_URL: &str = "https://live.poolcapacity.uk/api/push";
const PUSH_TOKEN: &str = "@@secret@@";

pub fn push(site: &str, inside: u32) -> reqwest::Result<()> {
    Client::new()
        .post(PUSH_URL)
        .bearer_auth(PUSH_TOKEN)
        .json(&json!({ "site": site, "inside": inside }))
        .send()?
        .error_for_status()?;
    Ok(())
}
""", fakes.fake("pc_", 40, _seed()))

add("go/aws-static-credentials", "cmd/cctv-prune/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.TODO(),
		config.WithRegion("eu-west-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	_ = s3.NewFromConfig(cfg)
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# ---------------------------------------------------------------- decoys: references and placeholders

add("env/decoy-placeholder", "booking-portal/.env.example", "https://12factor.net/config", """
# Copy to .env and fill in. Never commit the real file.
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=bookings
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
SWIM_SESSION_CAPACITY=120
""")

add("env/decoy-env-reference", "deploy/compose.env", COMPOSE_DOCS, """
# resolved by the deploy pipeline from Azure Key Vault
DATABASE_URL=postgres://timetable_app:${TIMETABLE_DB_PASSWORD}@pg-leisure-01.internal:5432/timetable
REDIS_URL=redis://:${REDIS_PASSWORD}@10.20.4.11:6379/0
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
LOG_LEVEL=info
""")

add("env/decoy-publishable-key", "web/.env.production", "https://docs.stripe.com/keys#obtain-api-keys", """
# Public build-time values for the booking front end (shipped to browsers)
VITE_API_BASE=https://api.book.leisuretrust.org.uk
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_RECAPTCHA_SITE_KEY=@@site@@
VITE_MAPBOX_TOKEN=@@mapbox@@
VITE_DEFAULT_SITE=NGT
""", pk=stripe_key("pk_live_"), site="6L" + fakes.drawn(_seed(), 38, ALNUM + "-_"),
    mapbox="pk." + b64('{"u":"leisuretrust","a":"' + fakes.drawn(_seed(), 12, "abcdefghijklmnopqrstuvwxyz0123456789") + '"}').rstrip("=")
    + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/decoy-empty-values", "timetable-api/.env.test", "https://12factor.net/config", """
PORT=8081
DATABASE_URL=postgres://postgres@localhost:5432/timetable_test
REDIS_PASSWORD=
TWILIO_AUTH_TOKEN=
SENDGRID_API_KEY=
FEATURE_LANE_SWIM=true
""")

add("python/decoy-os-environ", "src/swimbook/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "swimbook"),
        "USER": os.getenv("DB_USER", "swimbook"),
        "PASSWORD": os.getenv("DB_PASSWORD"),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
""")

add("python/decoy-secret-manager", "plantroom/secrets.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", """
\"\"\"Fetch the dosing controller credentials at start-up; nothing is stored on disk.\"\"\"
import boto3

_sm = boto3.client("secretsmanager", region_name="eu-west-2")


def controller_auth(site: str) -> tuple:
    secret = _sm.get_secret_value(SecretId=f"facilities/{site}/dosing-controller")
    user, _, password = secret["SecretString"].partition(":")
    return user, password
""")

add("python/decoy-test-fixture", "tests/test_booking_limits.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from swimbook.models import Member


@pytest.fixture
def member(db):
    return Member.objects.create_user(email="swimmer@example.com", password="not-a-real-password")


def test_two_lane_bookings_per_day(member, client):
    client.force_login(member)
    for _ in range(2):
        assert client.post("/book/lane/", {"session": 41}).status_code == 302
    assert client.post("/book/lane/", {"session": 41}).status_code == 409
""")

add("python/decoy-key-regex", "src/swimbook/security/scrub.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Scrub card-processor credentials out of support tickets before they are stored.\"\"\"
import re

PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,99}"),
    re.compile(r"whsec_[0-9A-Za-z]{32,}"),
    re.compile(r"SG\\.[\\w-]{22}\\.[\\w-]{43}"),
    re.compile(r"AC[0-9a-f]{32}"),
]


def scrub(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub("[REDACTED]", text)
    return text
""")

add("python/decoy-uuid-constants", "src/swimbook/activities.py", "https://docs.python.org/3/library/uuid.html", """
import uuid

# fixed ids of activity types, shared with the membership system export
ACTIVITIES = {
    "lane_swim": uuid.UUID("@@u1@@"),
    "aquafit": uuid.UUID("@@u2@@"),
    "family_fun": uuid.UUID("@@u3@@"),
    "adult_lessons": uuid.UUID("@@u4@@"),
}
NAMESPACE_BOOKING = uuid.UUID("@@u5@@")
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("python/decoy-barcode-hash", "src/swimbook/cards.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib

# SHA-256 of the empty string, used to detect blank card reads from the turnstile scanners
EMPTY_READ = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def card_fingerprint(barcode: str) -> str:
    digest = hashlib.sha256(barcode.strip().encode()).hexdigest()
    if digest == EMPTY_READ:
        raise ValueError("blank card read")
    return digest
""")

add("python/decoy-getpass", "tools/set_controller_password.py", "https://docs.python.org/3/library/getpass.html", """
\"\"\"Rotate the dosing controller's service password and store it in the vault.\"\"\"
import getpass

import hvac

client = hvac.Client(url="https://vault.leisuretrust.local:8200")
client.auth.oidc.oidc_login(role="facilities")
new_password = getpass.getpass("New controller password: ")
client.secrets.kv.v2.create_or_update_secret(path="facilities/northgate/dosing", secret={"password": new_password})
print("stored")
""")

add("python/decoy-example-docstring", "src/swimbook/payments/client.py", "https://docs.stripe.com/api/authentication", """
class PaymentsClient:
    \"\"\"Thin wrapper around the Stripe SDK.

    Example::

        client = PaymentsClient(api_key="sk_live_...")
        client.charge_session("cus_XXXXXXXX", 450, "NGT-2025-10-14-0700")
    \"\"\"

    def __init__(self, api_key: str) -> None:
        import stripe
        self._stripe = stripe
        self._stripe.api_key = api_key
""")

add("yaml/decoy-vault-reference", "config/application-prod-vault.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """
spring:
  cloud:
    vault:
      uri: https://vault.leisuretrust.local:8200
      authentication: KUBERNETES
      kv:
        enabled: true
        backend: secret
        default-context: membership-api
  datasource:
    url: jdbc:sqlserver://sql-leisure-02:1433;databaseName=Memberships
    username: ${membership.db.username}
    password: ${membership.db.password}
""")

add("k8s/decoy-secretkeyref", "k8s/booking/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: leisure-booking
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
          image: registry.leisuretrust.org.uk/booking-api:5.2.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: booking-stripe, key: STRIPE_SECRET_KEY }
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: password }
""")

add("k8s-secret/decoy-envsubst-template", "k8s/templates/timetable-db-secret.yaml.tpl", K8S_DOCS, """
apiVersion: v1
kind: Secret
metadata:
  name: timetable-db
type: Opaque
stringData:
  username: timetable
  password: "${TIMETABLE_DB_PASSWORD}"
  host: timetable-db.leisure.svc.cluster.local
""")

add("k8s/decoy-sealed-secret", "k8s/booking/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-stripe
  namespace: leisure-booking
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: booking-stripe
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "https://github.com/getsops/sops", """
gocardless:
    access_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
twilio:
    auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@age@@
    lastmodified: "2025-09-30T10:14:22Z"
    version: 3.9.0
""", d1=fakes.drawn(_seed(), 60, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/plantroom/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(52))

add("ansible/decoy-vault-variables", "ansible/group_vars/plantroom/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
dosing_controller_url: "http://192.168.50.20"
dosing_controller_user: service
dosing_controller_password: "{{ vault_dosing_controller_password }}"
mqtt_broker: mqtt.leisuretrust.local
mqtt_password: "{{ vault_mqtt_password }}"
alert_chat_id: "-1001874520331"
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA_DOCS, """
name: deploy booking api
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
          role-to-assume: arn:aws:iam::318476205531:role/github-deploy-booking
          aws-region: eu-west-2
      - run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          DB_PASSWORD: ${{ secrets.BOOKING_DB_PASSWORD }}
""")

add("terraform/decoy-random-password", "infra/terraform/database.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "bookings_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "bookings" {
  identifier     = "leisure-bookings"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "bookings_admin"
  password       = random_password.bookings_db.result
}

resource "aws_secretsmanager_secret_version" "bookings_db" {
  secret_id     = aws_secretsmanager_secret.bookings_db.id
  secret_string = random_password.bookings_db.result
}
""")

add("terraform/decoy-variables", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Set through TF_VAR_cloudflare_api_token in the pipeline"
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "site_codes" {
  type    = list(string)
  default = ["NGT", "EFL", "PKS"]
}
""")

add("compose/decoy-docker-secrets", "compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: swimclub
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  web:
    image: registry.leisuretrust.org.uk/swimclub:4.1.0
    env_file: .env
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("dockerfile/decoy-build-secret", "services/reports/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY reports/ reports/
ARG GIT_SHA
LABEL org.opencontainers.image.revision=$GIT_SHA
CMD ["python", "-m", "reports"]
""")

add("shell/decoy-read-password", "scripts/new_staff_login.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """
#!/usr/bin/env bash
# create a till login for a new receptionist
set -euo pipefail
read -rp "Staff number: " staff
read -rsp "Temporary password: " temp_pw; echo
mysql --defaults-extra-file=/etc/leisure/tills.cnf tills \\
  -e "CALL create_till_user('$staff', SHA2('$temp_pw', 256), 1)"
echo "user $staff created; they must change the password at first login"
""")

add("shell/decoy-secrets-manager-cli", "scripts/rotate_gate_key.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", """
#!/bin/bash
set -euo pipefail
KEY=$(aws secretsmanager get-secret-value --secret-id leisure/gates/api-key \\
        --query SecretString --output text)
kubectl -n leisure-gates create secret generic gate-api \\
  --from-literal=GATE_API_KEY="$KEY" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n leisure-gates rollout restart deployment/gate-sync
""")

add("powershell/decoy-secretmanagement", "ops/Backup-ClubManager.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "ClubManagerBackup" -Vault "LeisureIT"
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "LEISURE-SQL01" -Database "ClubManager" `
    -BackupFile "\\\\fs01\\backups\\ClubManager-$stamp.bak" -Credential $cred
Write-Output "ClubManager backup written for $stamp"
""")

add("powershell/decoy-get-credential", "ops/Restart-Turnstiles.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([string[]]$Gates = @("GATE-NGT-01", "GATE-NGT-02", "GATE-EFL-01"))
$cred = Get-Credential -Message "Access control admin"
foreach ($gate in $Gates) {
    Invoke-Command -ComputerName $gate -Credential $cred -ScriptBlock {
        Restart-Service -Name "AquaEntryAgent"
    }
}
""")

add("markdown/decoy-setup-guide", "docs/setup.md", "https://www.markdownguide.org/basic-syntax/", """
# Local setup

1. Copy `.env.example` to `.env`.
2. Ask the digital team for a **test-mode** Stripe key and put it in `STRIPE_SECRET_KEY=<your-test-key>`.
3. Start the stack: `docker compose up -d`.
4. Create an admin: `python manage.py createsuperuser` (pick your own password).
5. Load demo timetables: `python manage.py loaddata demo_sites demo_sessions`.

Production secrets live in Azure Key Vault `kv-leisure-prod`; you never need them locally.
""")

add("markdown/decoy-incident-redacted", "docs/incidents/2025-06-stripe-key-rotation.md", "https://sre.google/sre-book/postmortem-culture/", """
# Incident: Stripe key exposed in a support ticket (June 2025)

## Summary
A receptionist pasted an error page into a support ticket; the page showed the live secret key
(`sk_live_51…redacted…`). No misuse was seen in the Stripe logs.

## Actions
- Rolled the key in the Stripe dashboard at 10:42; the old key expired at 10:45.
- New key stored in Key Vault only (`kv-leisure-prod/stripe-secret-key`).
- Error pages no longer print settings (`DEBUG=False` check added to CI).
""")

add("sql/decoy-password-hash-seed", "db/seed/dev_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- development seed: demo staff accounts (password for all of them is set by the
-- setup script; these are Django PBKDF2 hashes of a throwaway value)
INSERT INTO auth_user (username, email, is_staff, password) VALUES
  ('demo.reception', 'reception@example.org', true, 'pbkdf2_sha256$870000$@@s1@@$@@h1@@'),
  ('demo.lifeguard', 'lifeguard@example.org', true, 'pbkdf2_sha256$870000$@@s2@@$@@h2@@');
""", s1=fakes.drawn(_seed(), 22), h1=b64(fakes.drawn(_seed(), 32)).rstrip("=") + "=",
    s2=fakes.drawn(_seed(), 22), h2=b64(fakes.drawn(_seed(), 32)).rstrip("=") + "=")

add("sql/decoy-auth-socket", "db/init/02_readonly.sql", "https://dev.mysql.com/doc/refman/8.0/en/socket-pluggable-authentication.html", """
-- readonly access for the reporting host uses socket auth, no password
CREATE USER IF NOT EXISTS 'reporting'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON booking.sessions TO 'reporting'@'localhost';
GRANT SELECT ON booking.attendance TO 'reporting'@'localhost';
GRANT SELECT ON booking.sites TO 'reporting'@'localhost';
FLUSH PRIVILEGES;
""")

add("xml/decoy-integrated-security", "LeisureBooking.Admin/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BookingDb"
         connectionString="Data Source=LEISURE-SQL01;Initial Catalog=Booking;Integrated Security=SSPI;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteName" value="Castle Mead Leisure Centre" />
  </appSettings>
</configuration>
""")

add("xml/decoy-maven-env-reference", "pom-release.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>leisure-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("properties/decoy-placeholders", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://lanes-db.internal:5432/lanes
spring.datasource.username=${LANES_DB_USER}
spring.datasource.password=${LANES_DB_PASSWORD}
stripe.secret-key=${STRIPE_SECRET_KEY}
lanes.max-per-booking=2
""")

add("log/decoy-redacted", "logs/booking-api-2025-10-15.log", "https://docs.python.org/3/library/logging.html", """
2025-10-15T06:00:00Z INFO  booting booking-api 5.2.0
2025-10-15T06:00:00Z INFO  config: DB_HOST=10.0.8.5 DB_USER=booking DB_PASSWORD=******** STRIPE_SECRET_KEY=sk_live_****************
2025-10-15T06:00:01Z INFO  connected to postgres
2025-10-15T06:02:13Z INFO  POST /book/lane 302 member=18822 session=41
2025-10-15T06:02:15Z WARN  outbound call Authorization: Bearer [REDACTED] to gates.aquaentry.io took 2.3s
""")

add("notebook/decoy-getpass", "analysis/visits_forecast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('REPORTING_PW') or getpass.getpass('reporting password: ')\\n",
    "engine = create_engine(f'postgresql://analyst:{pw}@reporting.leisuretrust.local/reporting')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- decoys: code in other languages

add("go/decoy-getenv", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	GateAPIKey  string
	DatabaseURL string
	SiteCode    string
}

func Load() Config {
	return Config{
		GateAPIKey:  os.Getenv("GATE_API_KEY"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		SiteCode:    envOr("SITE_CODE", "NGT"),
	}
}

func envOr(k, d string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return d
}
""")

add("go/decoy-test-token", "internal/gates/client_test.go", "https://pkg.go.dev/net/http/httptest", """
package gates

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestClientSendsKey(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != "test-key" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write([]byte(`{"events":[]}`))
	}))
	defer srv.Close()
	c := New(srv.URL, "test-key")
	if _, err := c.Events("eastfield"); err != nil {
		t.Fatal(err)
	}
}
""")

add("java/decoy-getenv", "src/main/java/uk/org/leisure/pay/StripeSetup.java", "https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-", """
package uk.org.leisure.pay;

import com.stripe.Stripe;

public final class StripeSetup {
    private StripeSetup() {}

    public static void init() {
        String key = System.getenv("STRIPE_SECRET_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("STRIPE_SECRET_KEY is not set");
        }
        Stripe.apiKey = key;
    }
}
""")

add("java/decoy-test-fixture", "src/test/java/uk/org/leisure/lanes/LaneRepositoryTest.java", "https://www.testcontainers.org/modules/databases/postgres/", """
package uk.org.leisure.lanes;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers
class LaneRepositoryTest {
    @Container
    static PostgreSQLContainer<?> db = new PostgreSQLContainer<>("postgres:16")
        .withDatabaseName("lanes")
        .withUsername("test")
        .withPassword("test");

    @Test
    void bookingLimitIsTwo() {
        // ...
    }
}
""")

add("kotlin/decoy-buildconfig", "app/src/main/java/uk/swimapp/api/ApiModule.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
package uk.swimapp.api

import okhttp3.OkHttpClient
import uk.swimapp.BuildConfig

object ApiModule {
    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Client-Id", BuildConfig.API_CLIENT_ID)
                    .build()
            )
        }
        .build()
}
""")

add("csharp/decoy-configuration", "src/LeisureTills/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeisureTills
{
    public class Startup
    {
        public Startup(IConfiguration configuration) => Configuration = configuration;
        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var conn = Configuration.GetConnectionString("Tills");
            var squareToken = Configuration["Square:AccessToken"];
            services.AddSingleton(new SquareOptions(squareToken));
            services.AddDbContext<Data.TillContext>(o => o.UseSqlServer(conn));
        }
    }
}
""")

add("xml/decoy-user-secrets-id", "src/LeisureTills/LeisureTills.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Square" Version="38.1.0" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.8" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("json/decoy-keyvault-references", "src/LeisureTills/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "ConnectionStrings": {
    "Tills": "@Microsoft.KeyVault(SecretUri=https://kv-leisure-prod.vault.azure.net/secrets/tills-sql/)"
  },
  "Square": {
    "Environment": "production",
    "AccessToken": "@Microsoft.KeyVault(VaultName=kv-leisure-prod;SecretName=square-access-token)",
    "LocationId": "L8Q2Z5WJ0V3FT"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""")

add("php/decoy-env-helper", "config/payments.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'gocardless' => [
        'access_token' => env('GOCARDLESS_ACCESS_TOKEN'),
        'environment' => env('GOCARDLESS_ENVIRONMENT', 'sandbox'),
    ],
];
""")

add("env/decoy-laravel-example", "swim-lessons-app/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
APP_NAME="Swim Lessons"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=swim_lessons
DB_USERNAME=root
DB_PASSWORD=
MAIL_MAILER=log
STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("ruby/decoy-rails-credentials", "app/services/lesson_payments.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
class LessonPayments
  def self.client
    @client ||= GoCardlessPro::Client.new(
      access_token: Rails.application.credentials.dig(:gocardless, :access_token),
      environment: Rails.env.production? ? :live : :sandbox
    )
  end

  def self.charge(mandate, pence)
    client.payments.create(params: { amount: pence, currency: "GBP", links: { mandate: mandate } })
  end
end
""")

add("ruby/decoy-credentials-enc", "config/credentials/production.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """
@@a@@--@@b@@--@@c@@
# (encrypted with config/credentials/production.key, which is not in the repository)
# edit with: bin/rails credentials:edit --environment production
# contents: gocardless.access_token, stripe.secret_key, smtp.password
# rotated: 2025-09-01
""", a=fakes.drawn(_seed(), 300, ALNUM + "+/"), b=fakes.drawn(_seed(), 16, ALNUM + "+/") + "==", c=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("rust/decoy-env-var", "occupancy-counter/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub push_url: String,
    pub push_token: String,
    pub site: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            push_url: env::var("PUSH_URL").unwrap_or_else(|_| "https://live.poolcapacity.uk/api/push".into()),
            push_token: env::var("PUSH_TOKEN").expect("PUSH_TOKEN must be set"),
            site: env::var("SITE_CODE").unwrap_or_else(|_| "NGT".into()),
        }
    }
}
""")

add("rust/decoy-test-vectors", "occupancy-counter/src/crc.rs", "https://reveng.sourceforge.io/crc-catalogue/", """
/// CRC-16/MODBUS, used by the turnstile counters' serial frames.
pub fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for b in data {
        crc ^= *b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    #[test]
    fn check_value() {
        assert_eq!(super::crc16(b"123456789"), 0x4B37);
    }
}
""")

add("swift/decoy-keychain", "SwimPass/SwimPass/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "uk.org.leisuretrust.swimpass.session"

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

add("plist/decoy-google-service-info", "SwimPass/SwimPass/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>731604928455</string>
	<key>BUNDLE_ID</key>
	<string>uk.org.leisuretrust.swimpass</string>
	<key>PROJECT_ID</key>
	<string>swimpass-7f2c1</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:731604928455:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("typescript/decoy-firebase-web-config", "swim-club-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";

// Firebase web config is public by design; access is enforced by security rules.
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "swimclub-results.firebaseapp.com",
  projectId: "swimclub-results",
  storageBucket: "swimclub-results.appspot.com",
  messagingSenderId: "402118733906",
  appId: "1:402118733906:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=google_key(), app=hexs(22))

add("typescript/decoy-sentry-dsn", "web/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@pub@@@o418822.ingest.de.sentry.io/4507712000000001",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: import.meta.env.VITE_GIT_SHA,
});
""", pub=hexs(32))

add("typescript/decoy-jest-mock", "api/src/routes/__tests__/stripeWebhook.test.ts", "https://jestjs.io/docs/mock-functions", """
import request from "supertest";
import { app } from "../../app";

jest.mock("stripe", () =>
  jest.fn().mockImplementation(() => ({
    webhooks: { constructEvent: jest.fn(() => ({ type: "checkout.session.completed" })) },
  }))
);

process.env.STRIPE_SECRET_KEY = "sk_test_dummy";

test("accepts a signed webhook", async () => {
  const res = await request(app).post("/stripe/webhook").set("stripe-signature", "t=1,v1=abc").send("{}");
  expect(res.body).toEqual({ received: true });
});
""")

add("typescript/decoy-recaptcha-site-key", "web/src/components/ContactForm.tsx", "https://developers.google.com/recaptcha/docs/display", """
import ReCAPTCHA from "react-google-recaptcha";

const SITE_KEY = "@@site@@";

export function ContactForm() {
  return (
    <form method="post" action="/api/contact">
      <label>Your question about swimming lessons<textarea name="message" /></label>
      <ReCAPTCHA sitekey={SITE_KEY} />
      <button type="submit">Send</button>
    </form>
  );
}
""", site="6L" + fakes.drawn(_seed(), 38, ALNUM + "-_"))

# ---------------------------------------------------------------- decoys: data, ids, hashes

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-web",
  "version": "2.7.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/react-google-recaptcha": {
      "version": "3.1.0",
      "resolved": "https://registry.npmjs.org/react-google-recaptcha/-/react-google-recaptcha-3.1.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64(fakes.drawn(_seed(), 64)).rstrip("=") + "==", i2=b64(fakes.drawn(_seed(), 64)).rstrip("=") + "==")

add("toml/decoy-poetry-lock-hashes", "poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
[[package]]
name = "stripe"
version = "10.12.0"
description = "Python bindings for the Stripe API"
optional = false
python-versions = ">=3.6"
files = [
    {file = "stripe-10.12.0-py2.py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "stripe-10.12.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("yaml/decoy-chart-lock-digest", "charts/swimbook/Chart.lock", "https://helm.sh/docs/helm/helm_dependency/", """
dependencies:
- name: redis
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 20.1.4
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 15.5.38
digest: sha256:@@h@@
generated: "2025-09-18T11:02:44.118203+01:00"
""", h=hexs(64))

add("csv/decoy-stripe-payout-ids", "exports/stripe_payouts_2025-09.csv", "https://docs.stripe.com/api/payouts/object", """
payout_id,balance_transaction,charge_id,customer_id,amount,currency,site
po_@@a@@,txn_@@b@@,ch_@@c@@,cus_@@d@@,4.50,gbp,NGT
po_@@a@@,txn_@@e@@,ch_@@f@@,cus_@@g@@,32.50,gbp,EFL
po_@@a@@,txn_@@h@@,ch_@@i@@,cus_@@j@@,6.20,gbp,PKS
po_@@a@@,txn_@@k@@,ch_@@l@@,cus_@@m@@,4.50,gbp,NGT
""", a=fakes.fake("1Q", 22, _seed()), b=fakes.fake("3Q", 22, _seed()), c=fakes.fake("3Q", 22, _seed()),
    d=fakes.drawn(_seed(), 14), e=fakes.fake("3Q", 22, _seed()), f=fakes.fake("3Q", 22, _seed()),
    g=fakes.drawn(_seed(), 14), h=fakes.fake("3Q", 22, _seed()), i=fakes.fake("3Q", 22, _seed()),
    j=fakes.drawn(_seed(), 14), k=fakes.fake("3Q", 22, _seed()), l=fakes.fake("3Q", 22, _seed()),
    m=fakes.drawn(_seed(), 14))

add("csv/decoy-member-uuids", "exports/members_active_2025-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
member_id,site,membership,start_date,card_hash
@@u1@@,NGT,Swim Only,2023-01-09,@@h1@@
@@u2@@,NGT,Full Leisure,2024-03-18,@@h2@@
@@u3@@,EFL,Lido Season,2025-05-01,@@h3@@
@@u4@@,PKS,Junior,2025-09-02,@@h4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("csv/decoy-device-serials", "it/assets/plantroom_assets.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_tag,site,device,manufacturer_serial,mac,firmware
LT-00412,NGT,Dosing controller,DC7K-2291-0047-AB,00:1A:2B:3C:4D:5E,4.12.3
LT-00413,NGT,UV unit,UV-88Q1720944,00:1A:2B:3C:4D:61,2.0.9
LT-00520,EFL,Heat pump,HP20-X0092817,70:B3:D5:11:02:9A,1.7.0
LT-00611,PKS,Filter PLC,6ES7-214-1AG40-0XB0,28:63:36:0A:11:CF,V4.6
""")

add("log/decoy-turnstile-card-uids", "logs/turnstile/NGT-01-2025-10-14.log", "https://www.nxp.com/docs/en/data-sheet/MF1S50YYX_V1.pdf", """
2025-10-14 06:30:02 NGT-01 IN  card=04A2B19C2F6E80 member=18822 result=GRANTED
2025-10-14 06:30:17 NGT-01 IN  card=04F11D8A3B6F81 member=20417 result=GRANTED
2025-10-14 06:31:40 NGT-01 IN  card=0471C2EE1A5E80 member=-     result=DENIED reason=expired
2025-10-14 06:33:05 NGT-01 OUT card=04A2B19C2F6E80 member=18822 result=GRANTED
2025-10-14 06:35:51 NGT-01 IN  qr=@@q@@ booking=NGT-2025-10-14-0700 result=GRANTED
""", q=hexs(32))

add("log/decoy-trace-ids", "logs/gocardless-webhooks-2025-10-01.log", "https://developer.gocardless.com/api-reference/#core-endpoints-events", """
2025-10-01T04:00:12Z INFO webhook received id=WB0007YZK2M3 signature=ok
2025-10-01T04:00:12Z INFO event EV0123KQ8V7S0Z payments.confirmed payment=PM00A9D41F2K0W mandate=MD000QH7T1P4AB
2025-10-01T04:00:12Z INFO event EV0123KQ8V7S1A payments.confirmed payment=PM00A9D41F2K1X mandate=MD000QH7T1P4AC
2025-10-01T04:00:13Z INFO trace_id=@@t@@ span_id=@@s@@ duration_ms=84
2025-10-01T04:00:13Z INFO 2 memberships renewed
""", t=hexs(32), s=hexs(16))

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [5.2.0] - 2025-10-06
- Lane swim: two bookings per member per day (@@c1@@)
- Kiosk: show water temperature of each pool (@@c2@@)

## [5.1.3] - 2025-09-22
- Fix duplicate Stripe webhook handling (@@c3@@)
- Timetable PDFs cached for 5 minutes (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("json/decoy-jwks-public", "web/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("markdown/decoy-public-key", "docs/security/signing-key.md", "https://datatracker.ietf.org/doc/html/rfc7468", """
# Webhook signature public key

Our booking platform signs outbound webhooks (occupancy, closures) with RS256.
Partners verify them with this **public** key:

```
-----BEGIN PUBLIC KEY-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
-----END PUBLIC KEY-----
```
""", b1=fakes.drawn(_seed(), 64, ALNUM + "+/"), b2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    b3=fakes.drawn(_seed(), 64, ALNUM + "+/"), b4=fakes.drawn(_seed(), 24, ALNUM + "+/") + "AQAB")

add("yaml/decoy-ca-certificate", "k8s/gates/ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: access-control-ca
  namespace: leisure-gates
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@b1@@
    @@b2@@
    @@b3@@
    -----END CERTIFICATE-----
""", b1="MIID" + fakes.drawn(_seed(), 60, ALNUM + "+/"), b2=fakes.drawn(_seed(), 64, ALNUM + "+/"), b3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("sql/decoy-site-uuids", "db/seed/sites.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", """
INSERT INTO sites (id, code, name, main_pool_length_m, opened) VALUES
  ('@@u1@@', 'NGT', 'Northgate Pool', 25, '1978-06-01'),
  ('@@u2@@', 'EFL', 'Eastfield Lido', 50, '1936-07-11'),
  ('@@u3@@', 'PKS', 'Parkside Sports Centre', 25, '2009-09-14');
-- checksum of the sites export this seed came from
-- sha1: @@h@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h=hexs(40))

add("sql/decoy-migration-checksums", "db/flyway_history.sql", "https://documentation.red-gate.com/fd/flyway-schema-history-table-273973417.html", """
-- exported flyway_schema_history for the audit
INSERT INTO flyway_schema_history (installed_rank, version, description, checksum, success) VALUES
  (1, '1', 'init', -1093427751, true),
  (2, '2', 'lanes', 402913377, true),
  (3, '3', 'swim school waitlist', -220991740, true),
  (4, '4', 'gate events', 1770342288, true);
""")

# ---------------------------------------------------------------- decoys: more configs

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Pool occupancy API
  version: "1.4"
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
  parameters:
    ApiKey:
      name: X-Api-Key
      in: header
      required: true
      schema: { type: string }
      example: "<your-api-key>"
security:
  - ApiKeyAuth: []
paths:
  /sites/{code}/occupancy:
    get:
      summary: Bathers currently in the pool
""")

add("yaml/decoy-prometheus-token-file", "monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", """
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: plantroom
    static_configs:
      - targets: ["plantroom-gw-01:9100", "plantroom-gw-02:9100"]
  - job_name: booking-api
    scheme: https
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/booking-api-token
    static_configs:
      - targets: ["api.book.leisuretrust.org.uk"]
""")

add("json/decoy-google-services", "app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "731604928455",
    "project_id": "swimpass-7f2c1",
    "storage_bucket": "swimpass-7f2c1.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:731604928455:android:@@app@@",
        "android_client_info": { "package_name": "uk.org.leisuretrust.swimpass" }
      },
      "api_key": [{ "current_key": "@@k@@" }]
    }
  ],
  "configuration_version": "1"
}
""", app=hexs(22), k=google_key())

add("xml/decoy-manifest-placeholder", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application
        android:label="SwimPass"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("properties/decoy-gradle-properties", "gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing values come from ~/.gradle/gradle.properties on the build agent
swimpass.versionCode=412
swimpass.apiBase=https://api.swimpass.leisuretrust.org.uk/
""")

add("ini/decoy-pip-conf", "ci/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.leisuretrust.org.uk/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60
trusted-host = pypi.leisuretrust.org.uk

[install]
no-warn-script-location = true
""")

add("ini/decoy-setup-cfg", "setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """
[metadata]
name = poolchem
version = 1.8.0
description = Pool water chemistry calculations (LSI, dosing) for plant room staff
author = Leisure Trust Digital

[options]
packages = find:
python_requires = >=3.10
install_requires =
    pint>=0.23

[flake8]
max-line-length = 110
""")

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "swimbook"
version = "5.2.0"
requires-python = ">=3.11"
dependencies = ["django>=5.0", "stripe>=10", "twilio>=9", "psycopg[binary]>=3.2"]

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "leisurehub.settings.test"
addopts = "-q"
""")

add("dockerfile/decoy-arg-no-default", "services/gatesync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /gatesync ./cmd/gatesync

FROM gcr.io/distroless/static-debian12
COPY --from=build /gatesync /gatesync
# GATE_API_KEY is injected at runtime from the Kubernetes Secret
ENV SITE_CODE=EFL
USER 65532
ENTRYPOINT ["/gatesync"]
""")

add("github-actions/decoy-oidc-azure", ".github/workflows/infra.yml", "https://learn.microsoft.com/en-us/azure/developer/github/connect-from-azure-openid-connect", """
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
      - uses: azure/login@v2
        with:
          client-id: @@c@@
          tenant-id: @@t@@
          subscription-id: @@s@@
      - run: terraform -chdir=infra init && terraform -chdir=infra plan
""", c=uuid_s(), t=uuid_s(), s=uuid_s())

add("terraform/decoy-secretsmanager-data", "infra/terraform/gates.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "gate_api" {
  secret_id = "leisure/gates/api-key"
}

resource "aws_lambda_function" "gate_sync" {
  function_name = "gate-sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = aws_iam_role.gate_sync.arn
  filename      = "build/gate_sync.zip"
  environment {
    variables = {
      GATE_API_SECRET_ARN = data.aws_secretsmanager_secret_version.gate_api.arn
    }
  }
}
""")

add("compose/decoy-env-interpolation", "docker-compose.override.yml", COMPOSE_DOCS, """
services:
  web:
    environment:
      DATABASE_URL: postgres://swimclub:${SWIMCLUB_DB_PASSWORD:?set it in .env}@db:5432/swimclub
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      SENDGRID_API_KEY: ${SENDGRID_API_KEY:-}
    ports:
      - "8000:8000"
""")

add("notebook/decoy-placeholder-key", "analysis/pool_temperature.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Set `WEATHER_API_KEY` in your environment before running (ask the data team)."]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "API_KEY = os.environ.get('WEATHER_API_KEY', 'YOUR_API_KEY_HERE')\\n",
    "sites = {'EFL': (51.50, -0.12)}"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/decoy-password-policy", "src/swimbook/accounts/validators.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#writing-your-own-validator", """
import re

from django.core.exceptions import ValidationError

COMMON = {"password", "swimming", "password123", "letmein", "qwerty123"}


class MemberPasswordValidator:
    def validate(self, password, user=None):
        if password.lower() in COMMON:
            raise ValidationError("Choose a less common password.")
        if len(password) < 10 or not re.search(r"\\d", password):
            raise ValidationError("Use at least 10 characters including a number.")

    def get_help_text(self):
        return "At least 10 characters including a number."
""")

add("python/decoy-webhook-signature-check", "src/swimbook/webhooks/gocardless.py", "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks", """
import hashlib
import hmac
import os

WEBHOOK_SECRET = os.environ["GOCARDLESS_WEBHOOK_SECRET"].encode()


def valid(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("markdown/decoy-vendor-contacts", "docs/vendors.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Vendors and account numbers

| Vendor | What | Account / customer no. | Where the credentials are |
|--------|------|------------------------|---------------------------|
| Chemical supplier | Sodium hypochlorite, acid | ACC-0048213 | KeePass: Facilities/Chemicals |
| Access control | Turnstiles, card readers | CUST-77120 | KeePass: IT/AquaEntry |
| Card payments | Stripe | acct_@@acct@@ | Key Vault `kv-leisure-prod` |
| Direct debit | GoCardless | CR000123ABCDEF | Key Vault `kv-leisure-prod` |
""", acct=fakes.drawn(_seed(), 16))

add("log/decoy-masked-card", "logs/tills/NGT-till3-2025-10-14.log", "https://www.pcisecuritystandards.org/", """
2025-10-14 07:02:11 TILL3 SALE adult_swim 4.50 card=************4242 auth=083112 ref=@@r1@@
2025-10-14 07:05:40 TILL3 SALE junior_swim 2.90 card=************0019 auth=551902 ref=@@r2@@
2025-10-14 07:06:02 TILL3 SALE towel_hire 2.00 cash
2025-10-14 07:10:55 TILL3 REFUND adult_swim -4.50 card=************4242 ref=@@r3@@
2025-10-14 07:11:00 TILL3 Z-READ pending
""", r1=hexs(24), r2=hexs(24), r3=hexs(24))

add("csv/decoy-password-reset-audit", "exports/password_resets_2025-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
requested_at,member_id,channel,reset_token_sha256,used
2025-10-01T08:12:44Z,18822,email,@@h1@@,true
2025-10-02T19:03:10Z,20417,email,@@h2@@,false
2025-10-03T07:55:29Z,31102,sms,@@h3@@,true
2025-10-05T12:40:02Z,18822,email,@@h4@@,true
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

# ---------------------------------------------------------------- a few more secrets

add("yaml/gocardless-webhook-secret", "config/webhooks.yml", "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks", """
gocardless:
  endpoint: /webhooks/gocardless
  secret: @@secret@@
stripe:
  endpoint: /webhooks/stripe
  secret_env: STRIPE_WEBHOOK_SECRET
retry:
  max_attempts: 5
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("markdown/handover-wifi-and-till", "docs/handover/eastfield-lido-season-close.md", "https://www.markdownguide.org/basic-syntax/", """
# Eastfield Lido - end of season handover

- Lido closes 14 September; pool cover goes on the 15th.
- Heat pump to frost-protect mode (see plant room folder).
- Kiosk K-03 to be taken back to Northgate stores.

Till laptop (for the winter swimming club events):
user `lido-till`, password `@@secret@@` - please change it in spring.

Winter swim club contact is in the booking system under "Eastfield Winter Dippers".
""", words_pw())

add("python/ftp-password", "integrations/chem_orders_edi.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Upload weekly chemical orders to the supplier's EDI drop.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

ftps = FTP_TLS("edi.aquachem-supplies.co.uk")
ftps.login("leisuretrust_orders", "@@secret@@")
ftps.prot_p()
for order in Path("out/orders").glob("*.edi"):
    with order.open("rb") as fh:
        ftps.storbinary(f"STOR inbound/{order.name}", fh)
ftps.quit()
""", words_pw())

add("json/slack-webhook", "functions/closure-alerts/local.settings.json", "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file", """
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "SLACK_WEBHOOK_URL": "@@secret@@",
    "CLOSURE_FEED": "https://book.leisuretrust.org.uk/api/closures"
  }
}
""", slack_webhook())

add("kotlin/api-secret-companion", "app/src/main/java/uk/swimapp/data/LessonsApi.kt", "https://square.github.io/retrofit/", """
package uk.swimapp.data

import retrofit2.http.GET
import retrofit2.http.Header
import retrofit2.http.Query

interface LessonsApi {
    @GET("v1/lessons")
    suspend fun lessons(
        @Query("site") site: String,
        @Header("X-Api-Secret") secret: String = API_SECRET,
    ): List<Lesson>

    companion object {
        const val API_SECRET = "@@secret@@"
    }
}
""", fakes.drawn_mixed(_seed(), 40))

add("ansible/wifi-psk", "ansible/host_vars/ngt-ap-01.yml", "https://docs.ansible.com/ansible/latest/collections/community/network/index.html", """
---
ap_site: NGT
ap_location: Reception ceiling
ssids:
  - name: LC-Tills
    vlan: 30
    security: wpa2-psk
    psk: "@@secret@@"
  - name: LC-Guest
    vlan: 40
    security: open
""", passphrase())

# @@CASES_END@@
