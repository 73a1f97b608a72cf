"""Blind set HU: kitchen fitters, joinery and cabinet-making workshops.

Quoting and job-tracking apps, CNC nesting cells and edgebanders, supplier catalogues and ordering
portals (hinges, worktops, sheet goods), showroom websites, accounting and payment links, SMS and
email reminders for fitting days, the workshop NAS and cameras, CI and deployment, and their decoys.
Generated fakes only (seeds 3080000-3089999).
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
SEED_LO, SEED_HI = 3080000, 3089999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Dovetail", "Mortise", "Walnut", "Birch", "Chisel", "Router", "Plinth", "Veneer", "Laminate", "Oak",
         "Spruce", "Tenon", "Carcass", "Quartz", "Dowel", "Handle", "Larder", "Cornice", "Scribe", "Granite"]
LOWER = ["hinge", "drawer", "pelmet", "sander", "clamp", "bench", "lathe", "maple", "plywood", "socket",
         "spindle", "fascia", "worktop", "sawdust", "jigsaw", "bevel"]


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


def lowalnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def airtable_pat() -> str:
    return fakes.fake("pat", 14, _seed()) + "." + hexs(64)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def sentry_dsn_public() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


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
    CASES.append(LabelledCase(f"blind-hu/{category}", file_name, text, secret, source))


# --- secrets: env files and Python -------------------------------------------------------------

add("env/stripe-secret-key", "quote-portal/.env", "https://docs.stripe.com/keys", """
# Hartwell Kitchens quote portal - production
APP_ENV=production
APP_URL=https://quotes.hartwellkitchens.co.uk
DEPOSIT_PERCENT=30
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
WORKTOP_TEMPLATE_BUCKET=hk-templates
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/twilio-auth-token", "fitter-reminders/.env.production", "https://www.twilio.com/docs/iam/api/authtoken", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+441618503377
REMINDER_HOURS_BEFORE=24
FITTING_DAY_TEMPLATE="Hi {name}, your fitters {crew} arrive {date} between 8 and 9am."
""", hexs(32), sid=twilio_sid())

add("env/smtp-password", "deploy/joinery-site.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
DJANGO_SETTINGS_MODULE=oakline.settings.prod
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_USE_TLS=True
EMAIL_HOST_USER=enquiries@oaklinejoinery.co.uk
EMAIL_HOST_PASSWORD=@@secret@@
DEFAULT_FROM_EMAIL="Oakline Joinery <enquiries@oaklinejoinery.co.uk>"
""", words_pw())

add("env/xero-client-secret", "accounts-sync/.env", "https://developer.xero.com/documentation/guides/oauth2/auth-flow", """
# Xero custom connection for Brightwood Cabinetry Ltd
XERO_CLIENT_ID=@@cid@@
XERO_CLIENT_SECRET=@@secret@@
XERO_TENANT_ID=@@tenant@@
XERO_SALES_ACCOUNT=200
XERO_DEPOSIT_ACCOUNT=835
""", rand_pw(48, "_-"), cid=hexs(32).upper(), tenant=uuid_s())

add("env/database-url", "cutlist-api/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
PORT=8080
DATABASE_URL=postgres://cutlist_app:@@secret@@@db.internal.carrowjoinery.ie:5432/cutlist
SHEET_WIDTH_MM=2800
SHEET_HEIGHT_MM=2070
KERF_MM=4.4
""", rand_pw(22))

add("env/mailchimp-api-key", "showroom/.env.local", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
NEXT_PUBLIC_SITE_NAME="Kestrel Kitchens"
NEXT_PUBLIC_SHOWROOM_PHONE=01904 223118
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_AUDIENCE_ID=8d3c1f20ab
MAILCHIMP_SERVER_PREFIX=us14
""", mailchimp_key())

add("env/telegram-bot-token", "workshop-bot/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# posts when the edgebander glue pot is up to temperature
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001877352210
GLUE_POT_TARGET_C=195
POLL_SECONDS=60
""", telegram())

add("python/aws-secret-key", "scripts/upload_site_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Push the fitters' before/after photos from the shared drive to S3 for the gallery.\"\"\"
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

PHOTOS = pathlib.Path(r"\\\\nas01\\jobs\\photos")

for photo in PHOTOS.rglob("*.jpg"):
    job = photo.parent.name
    s3.upload_file(str(photo), "greenleaf-kitchens-gallery", f"jobs/{job}/{photo.name}")
    print("uploaded", photo)
""", aws_secret(), kid=aws_id())

add("python/sendgrid-api-key", "quotes/notify.py", "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")


def send_quote(customer_email: str, quote_no: str, pdf_url: str) -> None:
    message = Mail(
        from_email="quotes@ashbycabinetmakers.com",
        to_emails=customer_email,
        subject=f"Your kitchen quote {quote_no}",
        html_content=f"<p>Thanks for visiting the showroom. Your quote is <a href='{pdf_url}'>here</a>.</p>",
    )
    SG.send(message)
""", sendgrid_key())

add("python/database-password", "cnc/nesting_export.py", "https://pymysql.readthedocs.io/en/latest/user/examples.html", """
import csv

import pymysql

conn = pymysql.connect(
    host="10.20.0.15",
    user="nesting",
    password="@@secret@@",
    database="cabinetvision_jobs",
)

with conn.cursor() as cur, open("nest_queue.csv", "w", newline="") as out:
    cur.execute("SELECT job_no, part_name, material, length_mm, width_mm, qty FROM parts WHERE released = 1")
    writer = csv.writer(out)
    writer.writerow(["job", "part", "material", "L", "W", "qty"])
    writer.writerows(cur.fetchall())
""", words_pw())

add("python/shopify-access-token", "shop/sync_handles.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
import requests

SHOP = "handles-and-knobs-direct.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "@@secret@@", "Content-Type": "application/json"}


def set_stock(variant_id: int, qty: int) -> None:
    url = f"https://{SHOP}/admin/api/2024-04/inventory_levels/set.json"
    body = {"location_id": 66120532, "inventory_item_id": variant_id, "available": qty}
    requests.post(url, json=body, headers=HEADERS, timeout=20).raise_for_status()
""", shopify_token())

add("python/hubspot-private-app-token", "crm/leads_from_showroom.py", "https://developers.hubspot.com/docs/api/private-apps", """
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

client = HubSpot(access_token="@@secret@@")


def add_lead(name: str, email: str, phone: str, style: str) -> str:
    first, _, last = name.partition(" ")
    props = {"firstname": first, "lastname": last, "email": email, "phone": phone,
             "kitchen_style": style, "lead_source": "Showroom walk-in"}
    created = client.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    return created.id
""", hubspot_token())

add("python/django-secret-key", "oakline/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["oaklinejoinery.co.uk", "www.oaklinejoinery.co.uk"]
SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://www.oaklinejoinery.co.uk"]
SECURE_SSL_REDIRECT = True
STATIC_ROOT = "/srv/oakline/static"
""", django_key())

add("python/redis-password", "jobs/queue.py", "https://redis.readthedocs.io/en/stable/connections.html", """
import redis
from rq import Queue

conn = redis.Redis(host="redis.workshop.lan", port=6379, db=2, password="@@secret@@")
render_queue = Queue("worktop-renders", connection=conn)


def enqueue_render(job_no: str, layout_json: str) -> str:
    job = render_queue.enqueue("renders.worktop.render_layout", job_no, layout_json, job_timeout=900)
    return job.id
""", redis_pw())

add("python/openai-api-key", "tools/describe_kitchen.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Draft the Houzz/website blurb for a finished kitchen from the fitter's notes.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

NOTES = open("notes.txt", encoding="utf-8").read()

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "system", "content": "You write short portfolio captions for a joinery firm."},
              {"role": "user", "content": NOTES}],
)
print(resp.choices[0].message.content)
""", openai())

add("python/ftp-password", "cnc/send_to_router.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP
from pathlib import Path

ROUTER = "192.168.40.21"  # Biesse Rover B workshop PC


def push(program: Path) -> None:
    with FTP(ROUTER) as ftp:
        ftp.login("operator", "@@secret@@")
        ftp.cwd("/PROGRAMS/INCOMING")
        with program.open("rb") as fh:
            ftp.storbinary(f"STOR {program.name}", fh)


if __name__ == "__main__":
    for bpp in Path("out").glob("*.bpp"):
        push(bpp)
""", rand_pw(12))

_tk = rand_pw(44)
add("python/tradify-api-key", "integrations/tradify_client.py", "https://api.tradifyhq.com/docs", """
import requests

# split so it doesn't wrap in the editor
_API_KEY = ("@@a@@"
            "@@b@@")
BASE = "https://api.tradifyhq.com/v1"


def open_jobs():
    r = requests.get(f"{BASE}/jobs", params={"status": "open"}, headers={"X-Api-Key": _API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]
""", _tk, a=_tk[:22], b=_tk[22:])

# --- secrets: configs, containers, infrastructure, CI ------------------------------------------

add("yaml/database-password", "config/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource", """
spring:
  application:
    name: worktop-scheduler
  datasource:
    url: jdbc:sqlserver://sql01.millbrookstone.local:1433;databaseName=Templating
    username: templater
    password: "@@secret@@"
  jpa:
    hibernate:
      ddl-auto: validate
scheduler:
  template-slots-per-day: 6
  fit-after-template-days: 7
""", words_pw())

add("yaml/smtp-password", "mkdocs/handbook-mailer.yml", "https://docs.python.org/3/library/smtplib.html", """
# weekly snag-list digest to the fitting supervisors
mailer:
  host: smtp.gmail.com
  port: 465
  ssl: true
  user: snagging@riversidefitouts.com
  password: @@secret@@
recipients:
  - dave.b@riversidefitouts.com
  - mo.h@riversidefitouts.com
send_on: friday
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("json/google-maps-server-key", "config/routing.json", "https://developers.google.com/maps/documentation/routes/get-api-key", """
{
  "depot": {"name": "Unit 4, Tannery Lane", "lat": 53.7457, "lng": -2.4875},
  "vans": ["FX19 KJD", "FX21 ORP", "YK70 BNA"],
  "routesApi": {
    "endpoint": "https://routes.googleapis.com/directions/v2:computeRoutes",
    "serverKey": "@@secret@@",
    "travelMode": "DRIVE",
    "avoidTolls": true
  },
  "startOfDay": "07:30"
}
""", google_key())

add("json/square-access-token", "pos/appsettings.Production.json", "https://developer.squareup.com/docs/build-basics/access-tokens", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Square": {
    "Environment": "production",
    "LocationId": "LH2QK8S0P7T3N",
    "AccessToken": "@@secret@@"
  },
  "Showroom": { "Name": "Fenwick Kitchen Studio", "Till": "front-desk" }
}
""", square_token())

add("toml/pypi-token", "cutlist-optimiser/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", pypi())

add("toml/database-url", "gallery-site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  GALLERY_DB = "mysql://gallery:@@secret@@@mysql-eu.timberlinejoinery.com:3306/gallery"

[[redirects]]
  from = "/brochure"
  to = "/downloads/timberline-brochure-2024.pdf"
  status = 301
""", rand_pw(16))

add("ini/ldap-bind-password", "config/nextcloud-ldap.ini", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", """
; Nextcloud LDAP for the office + workshop tablets
[ldap]
ldap_host = ldap://dc01.holtcabinets.local
ldap_port = 389
ldap_dn = CN=svc-nextcloud,OU=Service,DC=holtcabinets,DC=local
ldap_agent_password = @@secret@@
ldap_base = DC=holtcabinets,DC=local
ldap_userfilter = (&(objectClass=user)(memberOf=CN=Workshop,OU=Groups,DC=holtcabinets,DC=local))
""", words_pw())

add("ini/sage-odbc-password", "odbc/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[SageLine50]
Driver = /opt/sage/lib/libsageodbc.so
Description = Sage 50 accounts (Ashby Cabinetmakers)
Server = sage01
Database = ACCDATA
UID = manager
PWD = @@secret@@
ReadOnly = yes
""", rand_pw(10))

add("compose/mysql-root-password", "docker-compose.yml", "https://hub.docker.com/_/mysql", """
services:
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: quotes
      MYSQL_USER: quotes
      MYSQL_PASSWORD: ${QUOTES_DB_PASSWORD}
    volumes:
      - dbdata:/var/lib/mysql
  app:
    build: .
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  dbdata:
""", words_pw())

add("compose/minio-secret-key", "nas/compose.yaml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", """
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=drawings
      - MINIO_ROOT_PASSWORD=@@secret@@
    volumes:
      - /volume1/drawings:/data
    ports:
      - "9000:9000"
      - "9001:9001"
""", rand_pw(32))

add("k8s-secret/stripe-secret-key", "k8s/quote-portal-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: quote-portal
  namespace: hartwell
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  DEPOSIT_PERCENT: MzA=
""", _sk := stripe_key(), enc=b64(_sk))

add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  labels:
    app: render-workers
stringData:
  REDIS_PASSWORD: "@@secret@@"
  REDIS_HOST: redis-master.render.svc.cluster.local
""", redis_pw())

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

resource "digitalocean_droplet" "quotes" {
  name   = "quotes-lon1"
  region = "lon1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-22-04-x64"
}
""", do_token())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "erp" {
  identifier          = "joinery-erp"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "erp_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    owner = "millbrook-office"
  }
}
""", words_pw())

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml", "https://github.com/SamKirkland/FTP-Deploy-Action", """
name: Deploy showroom site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.kestrelkitchens.co.uk
          username: kestrel_deploy
          password: "@@secret@@"
          local-dir: ./dist/
""", rand_pw(14, "!#"))

add("github-actions/slack-webhook", ".github/workflows/nightly-cutlists.yml", "https://api.slack.com/messaging/webhooks", """
name: Nightly cut lists
on:
  schedule:
    - cron: "0 2 * * 1-5"
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python -m cutlists.build --all-released
      - name: Tell the workshop
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Cut lists for tomorrow are on the NAS"}' \\
            @@secret@@
""", slack_webhook())

add("shell/supplier-portal-password", "scripts/pull_blum_orders.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Pull yesterday's hinge/runner order confirmations from the supplier portal
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -sf -u "ashby-trade:@@secret@@" \\
  "https://trade.hardwaresupplies.example-portal.co.uk/api/orders?date=${DAY}" \\
  -o "orders/${DAY}.json"
jq '.orders | length' "orders/${DAY}.json"
""", words_pw())

add("shell/mysql-password", "backup/nightly.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
STAMP=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction quotes | gzip > /backups/quotes-$STAMP.sql.gz
find /backups -name 'quotes-*.sql.gz' -mtime +30 -delete
rclone copy /backups b2:brightwood-backups/sql
""", words_pw())

add("dockerfile/npm-token", "showroom/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/sentry-auth-token", "render-worker/Dockerfile", "https://docs.sentry.io/cli/configuration/", """
FROM python:3.12-slim
WORKDIR /srv
ENV SENTRY_ORG=fenwick-kitchens \\
    SENTRY_PROJECT=render-worker \\
    SENTRY_AUTH_TOKEN=@@secret@@
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "worker"]
""", "sntrys_" + b64('{"iat":1716200000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"fenwick-kitchens"}').rstrip("=") + "_" + rand_pw(43, "+/"))

add("ansible/device-admin-password", "ansible/group_vars/workshop.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
---
# CNC, edgebander and dust extraction PCs on the workshop VLAN
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: WORKSHOP\\svc-ansible
ansible_password: "@@secret@@"
ansible_port: 5985
workshop_share: \\\\nas01\\cnc
""", words_pw())

# --- secrets: code in other languages ------------------------------------------------------------

add("go/mailgun-api-key", "cmd/remind/main.go", "https://documentation.mailgun.com/docs/mailgun/sdk/go_sdk/", """
package main

import (
	"context"
	"log"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const domain = "mg.riversidefitouts.com"

func main() {
	mg := mailgun.NewMailgun(domain, "@@secret@@")
	mg.SetAPIBase(mailgun.APIBaseEU)
	m := mg.NewMessage("Riverside Fit-outs <fitting@mg.riversidefitouts.com>",
		"Your fitting starts Monday", "Please clear the kitchen and make sure the water can be isolated.",
		"customer@example.com")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, _, err := mg.Send(ctx, m); err != nil {
		log.Fatal(err)
	}
}
""", mailgun_key())

add("go/database-url", "internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://panelsaw:@@secret@@@10.20.0.30:5432/offcuts?sslmode=disable"

// Open connects to the offcut stock database the panel saw reads from.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("java/smtp-password", "src/main/java/uk/co/holtcabinets/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package uk.co.holtcabinets.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    private MailConfig() {}

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.ionos.co.uk");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("orders@holtcabinets.co.uk", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("java/aws-secret-key", "src/main/java/com/fenwick/render/S3Config.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """
package com.fenwick.render;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class S3Config {
    public static S3Client client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
            "@@kid@@",
            "@@secret@@");
        return S3Client.builder()
            .region(Region.EU_WEST_2)
            .credentialsProvider(StaticCredentialsProvider.create(creds))
            .build();
    }
}
""", aws_secret(), kid=aws_id())

add("kotlin/supplier-api-key", "app/src/main/java/com/carrow/survey/SupplierApi.kt", "https://square.github.io/okhttp/recipes/", """
package com.carrow.survey

import okhttp3.OkHttpClient
import okhttp3.Request

object SupplierApi {
    private const val BASE = "https://api.worktopwarehouse-trade.example.com/v2"
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun priceFor(sku: String): String? {
        val req = Request.Builder()
            .url("$BASE/prices/$sku")
            .header("Authorization", "Bearer $API_KEY")
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", "wtw_live_" + rand_pw(32))

add("csharp/sql-connection-string", "CutOptimiser/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", """
{
  "ConnectionStrings": {
    "Jobs": "Server=tcp:sql01,1433;Database=CabinetJobs;User Id=cutopt;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Optimiser": {
    "DefaultBoard": "18mm MFC White 2800x2070",
    "GrainMatch": true,
    "MinOffcutMm": 300
  }
}
""", words_pw())

add("csharp/twilio-auth-token", "Reminders/SmsSender.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Ashby.Reminders;

public static class SmsSender
{
    private const string AccountSid = "@@sid@@";
    private const string AuthToken = "@@secret@@";

    public static void Send(string to, string body)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        MessageResource.Create(to: new PhoneNumber(to), from: new PhoneNumber("+441904880012"), body: body);
    }
}
""", hexs(32), sid=twilio_sid())

add("php/wordpress-db-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Timberline Joinery - showroom site */
define( 'DB_NAME', 'timberline_wp' );
define( 'DB_USER', 'timberline_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'tj_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!#%^*(){}[]"))

add("php/stripe-secret-key", "app/Http/Controllers/DepositController.php", "https://docs.stripe.com/api/authentication", """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Stripe\\StripeClient;

class DepositController extends Controller
{
    public function create(Request $request)
    {
        $stripe = new StripeClient('@@secret@@');
        $session = $stripe->checkout->sessions->create([
            'mode' => 'payment',
            'line_items' => [[
                'price_data' => ['currency' => 'gbp', 'unit_amount' => $request->integer('deposit_pence'),
                                 'product_data' => ['name' => 'Kitchen deposit '.$request->input('quote')]],
                'quantity' => 1,
            ]],
            'success_url' => route('deposit.thanks'),
        ]);
        return redirect($session->url);
    }
}
""", stripe_key("rk_live_"))

add("ruby/smtp-password", "config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "office@brightwoodcabinetry.com",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "portal.brightwoodcabinetry.com" }
end
""", "xsmtpsib-" + hexs(64) + "-" + rand_pw(16))

add("ruby/github-token", "Rakefile", "https://octokit.github.io/octokit.rb/", """
require "octokit"

desc "Open an issue for every failed nightly cut list"
task :report_failures do
  client = Octokit::Client.new(access_token: "@@secret@@")
  Dir["failed/*.json"].each do |f|
    job = File.basename(f, ".json")
    client.create_issue("brightwood/cutlists", "Cut list failed for #{job}", File.read(f))
  end
end
""", github_pat())

add("rust/mqtt-password", "extractor-monitor/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("dust-extractor-01", "192.168.40.5", 1883);
    opts.set_credentials("extractor", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("workshop/extractor/+/pressure", QoS::AtMostOnce).unwrap();
    for notification in connection.iter() {
        println!("{:?}", notification);
    }
}
""", rand_pw(16))

add("swift/oauth-client-secret", "SurveyApp/Config/Secrets.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

enum Backend {
    static let baseURL = URL(string: "https://api.carrowjoinery.ie/v1")!
    static let clientID = "survey-ipad"
    static let clientSecret = "@@secret@@"

    static func tokenRequest() -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent("oauth/token"))
        req.httpMethod = "POST"
        req.httpBody = "grant_type=client_credentials&client_id=\\(clientID)&client_secret=\\(clientSecret)".data(using: .utf8)
        return req
    }
}
""", rand_pw(40))

add("typescript/airtable-token", "src/lib/airtable.ts", "https://airtable.com/developers/web/guides/personal-access-tokens", """
import Airtable from "airtable";

const base = new Airtable({ apiKey: "@@secret@@" }).base("appQ3xk8Jt2LmWq9V");

export async function upcomingFits() {
  const rows = await base("Fits")
    .select({ filterByFormula: "IS_AFTER({Fit date}, TODAY())", sort: [{ field: "Fit date" }] })
    .all();
  return rows.map((r) => ({ job: r.get("Job"), fitter: r.get("Lead fitter"), date: r.get("Fit date") }));
}
""", airtable_pat())

add("typescript/slack-bot-token", "bot/src/index.ts", "https://api.slack.com/authentication/token-types#bot", """
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/offcuts", async ({ command, ack, respond }) => {
  await ack();
  await respond(`Looking for offcuts of ${command.text} ...`);
});

(async () => {
  await app.start(3000);
})();
""", slack_bot())

add("powershell/nas-password", "scripts/Map-Drawings.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive", """
# Map the drawings share on the design office PCs at logon
$user = "HOLT\\design"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "K" -PSProvider FileSystem -Root "\\\\nas01\\drawings" -Credential $cred -Persist
New-PSDrive -Name "J" -PSProvider FileSystem -Root "\\\\nas01\\jobs" -Credential $cred -Persist
Write-Host "Drawings and jobs mapped"
""", words_pw())

add("powershell/azure-client-secret", "scripts/Sync-Calendar.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
$tenant = "holtcabinets.onmicrosoft.com"
$body = @{
    client_id     = "@@cid@@"
    client_secret = "@@secret@@"
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body).access_token
$events = Invoke-RestMethod -Headers @{ Authorization = "Bearer $token" } `
    -Uri "https://graph.microsoft.com/v1.0/users/fitting@holtcabinets.co.uk/calendar/events?`$top=50"
$events.value | Select-Object subject, start, end | Export-Csv fits.csv -NoTypeInformation
""", azure_secret(), cid=uuid_s())

# --- secrets: docs, notebooks, data, logs ------------------------------------------------------

add("markdown/nas-admin-password", "docs/handover/office-it.md", "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/system_user", """
# Office IT handover (Sam leaving Friday)

## NAS (Synology DS920+, rack in the office kitchen cupboard)

- Web UI: https://192.168.10.5:5001
- Admin account: `holt-admin`
- Password: `@@secret@@`
- Hyper Backup runs 23:00 to the Backblaze bucket, check the email each Monday.

## Printers

The plotter in the design office is on 192.168.10.40, no login.
""", words_pw())

add("markdown/router-wifi-password", "docs/workshop-network.md", "https://www.ubiquiti.com/support", """
# Workshop network

| Thing | Address | User | Password |
|---|---|---|---|
| UniFi controller | https://192.168.40.1 | admin | @@secret@@ |
| CNC PC (Rover B) | 192.168.40.21 | operator | see CNC binder |
| Edgebander HMI | 192.168.40.22 | service | ask Homag |

Guest Wi-Fi for customers is on the poster in reception.
""", rand_pw(14, "#!"))

add("markdown/stripe-restricted-key", "README.md", "https://docs.stripe.com/keys#limit-access", """
# deposit-links

Small Flask app the showroom uses to send a Stripe payment link for a kitchen deposit.

## Running locally

```bash
export STRIPE_KEY=@@secret@@
flask --app deposit run
```

The key above is the restricted key with Payment Links write only. Don't use it anywhere else.
""", stripe_key("rk_live_"))

add("notebook/openai-api-key", "analysis/quote_conversion.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Which quotes turn into fitted kitchens?"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "quotes = pd.read_csv('quotes_2023_2024.csv', parse_dates=['quoted', 'won'])\\n",
    "quotes.groupby('door_style')['won'].count()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("notebook/database-url", "analysis/offcut_waste.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "import pandas as pd\\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@secret@@@10.20.0.30/offcuts')\\n",
    "df = pd.read_sql('select board, used_m2, waste_m2 from nests', eng)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("sql/reporting-user-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- read-only user for the Power BI dashboard in the office
CREATE ROLE powerbi WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE cabinetjobs TO powerbi;
GRANT USAGE ON SCHEMA public TO powerbi;
GRANT SELECT ON jobs, quotes, fits, snags TO powerbi;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO powerbi;
""", words_pw())

add("sql/mssql-linked-server-password", "db/scripts/link_sage.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
EXEC sp_addlinkedserver @server = N'SAGE', @srvproduct = N'', @provider = N'MSDASQL', @datasrc = N'SageLine50';
EXEC sp_addlinkedsrvlogin
     @rmtsrvname = N'SAGE',
     @useself = N'False',
     @rmtuser = N'manager',
     @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM OPENQUERY(SAGE, 'SELECT ACCOUNT_REF, NAME, BALANCE FROM SALES_LEDGER');
""", rand_pw(11))

add("xml/ftp-password", "FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.hettich-trade-orders.example.net</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>BRIGHTWOOD01</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Hettich EDI orders</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _fz := words_pw(), enc=b64(_fz))

add("xml/maven-repo-password", ".m2/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>fenwick-nexus</id>
      <username>ci-build</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>fenwick-nexus</id>
      <url>https://nexus.fenwickkitchens.co.uk/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(24))

add("plist/measuresync-api-key", "SurveyApp/Info-Release.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Carrow Survey</string>
    <key>CFBundleShortVersionString</key>
    <string>2.4.1</string>
    <key>MeasureSyncAPIKey</key>
    <string>@@secret@@</string>
    <key>MeasureSyncBaseURL</key>
    <string>https://api.carrowjoinery.ie/v1</string>
</dict>
</plist>
""", "msk_live_" + hexs(40))

add("properties/database-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
server.port=8081
spring.datasource.url=jdbc:postgresql://10.20.0.30:5432/cabinetjobs
spring.datasource.username=scheduler
spring.datasource.password=@@secret@@
spring.jpa.open-in-view=false
fits.default-crew-size=2
fits.van-capacity-units=14
""", words_pw())

add("properties/smtp-password", "conf/mail.properties", "https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html", """
# outbound mail for delivery notes
mail.smtp.host=smtp.zoho.eu
mail.smtp.port=465
mail.smtp.ssl.enable=true
mail.smtp.user=deliveries@millbrookstone.co.uk
mail.smtp.password=@@secret@@
mail.from=Millbrook Stone Worktops <deliveries@millbrookstone.co.uk>
""", rand_pw(16))

add("csv/nvr-admin-password", "exports/devices_2024-05.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_tag,device,location,ip,username,password,notes
WS-001,Biesse Rover B PC,Machine shop,192.168.40.21,operator,see binder,Win10 IoT
WS-002,Homag edgebander HMI,Machine shop,192.168.40.22,service,vendor,Homag remote support only
WS-003,Hikvision NVR,Office rack,192.168.10.60,admin,@@secret@@,8 cameras yard+workshop
WS-004,Felder panel saw,Machine shop,,,,no network
WS-005,Zebra label printer,Stores,192.168.40.30,,,
""", words_pw())

add("csv/supplier-portal-password", "exports/trade_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
supplier,account_no,portal,login,password,rep
Howdens,HD-448812,https://trade.example-howdens.co.uk,orders@ashbycabinetmakers.com,@@secret@@,Karen
Egger,EG-19022,https://portal.example-egger.com,ashby01,(SSO),Martin
Blum,BL-77310,https://e-services.example-blum.com,ashby01,(SSO),n/a
Kronospan,KR-5521,https://trade.example-kronospan.co.uk,ashby01,(reset link),Paul
""", words_pw())

add("log/database-url", "logs/render-worker-2024-05-14.log", "https://docs.python.org/3/library/logging.html", """
2024-05-14 07:59:58,102 INFO worker starting, 4 threads
2024-05-14 07:59:58,115 INFO connecting to postgresql://render:@@secret@@@10.20.0.30:5432/renders
2024-05-14 07:59:58,340 INFO connected
2024-05-14 08:00:03,551 INFO job HK-2291 layout=L-shape units=14 worktop=Silestone Charcoal
2024-05-14 08:00:41,090 INFO job HK-2291 rendered 6 views in 37.5s
2024-05-14 08:01:12,004 WARNING job HK-2294 missing plinth height, using 150mm
""", rand_pw(20))

add("log/supplier-api-basic-credentials", "logs/supplier-sync-debug.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
DEBUG 2024-03-02T06:00:01Z sync: fetching price list
DEBUG 2024-03-02T06:00:01Z > GET /api/v3/pricelist?since=2024-03-01 HTTP/1.1
DEBUG 2024-03-02T06:00:01Z > Host: api.sheetmaterials-trade.example.com
DEBUG 2024-03-02T06:00:01Z > Authorization: Basic @@secret@@
DEBUG 2024-03-02T06:00:01Z > Accept: application/json
DEBUG 2024-03-02T06:00:02Z < HTTP/1.1 200 OK
DEBUG 2024-03-02T06:00:02Z sync: 1832 items, 41 price changes (MFC +3.5%)
""", b64("timberline:" + words_pw()))

add("yaml/private-key", "deploy/ansible/files/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
deploy_user: quotes
deploy_private_key: |
  @@key@@
deploy_repo: git@github.com:hartwell-kitchens/quote-portal.git
""", _pk := pem("OPENSSH"), key=_pk.replace("\n", "\n  "))

add("shell/private-key", "scripts/setup_cnc_tunnel.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# reverse tunnel so Biesse support can reach the Rover PC
mkdir -p ~/.ssh
cat > ~/.ssh/biesse_support <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/biesse_support
autossh -M 0 -N -R 2222:192.168.40.21:22 -i ~/.ssh/biesse_support support@remote.example-biesse.com
""", pem("RSA"))

add("env/anthropic-api-key", "assistant/.env", "https://docs.anthropic.com/en/api/getting-started", """
# quote assistant that drafts follow-up emails after a showroom visit
ANTHROPIC_API_KEY=@@secret@@
MODEL=claude-3-5-sonnet-latest
MAX_TOKENS=800
SHOWROOM=Kestrel Kitchens York
""", anthropic_key())

add("env/github-fine-grained-token", "tools/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
GH_OWNER=carrow-joinery
GH_REPO=cutlist-rules
GH_TOKEN=@@secret@@
RELEASE_BRANCH=main
# fine-grained, contents:write on cutlist-rules only
""", github_fg())

add("env/discord-webhook", "dust-monitor/.env", "https://discord.com/developers/docs/resources/webhook", """
SENSOR_PORT=/dev/ttyUSB0
PM25_ALERT=35
PM10_ALERT=50
DISCORD_WEBHOOK_URL=@@secret@@
ALERT_COOLDOWN_MIN=15
""", discord_webhook())

add("env/gitlab-token", "ci/.env.ci", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
CI_REGISTRY=registry.gitlab.com
CI_PROJECT=riverside-fitouts/job-tracker
GITLAB_TOKEN=@@secret@@
DEPLOY_HOST=tracker.riversidefitouts.com
DEPLOY_PATH=/srv/job-tracker
""", gitlab_token())

add("yaml/hikvision-nvr-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant secrets - workshop
latitude_home: 54.0011
longitude_home: -1.5432
nvr_host: 192.168.10.60
nvr_user: admin
nvr_password: "@@secret@@"
extractor_plug_ip: 192.168.40.51
""", words_pw())

add("yaml/camera-password", "frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 192.168.40.5
cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@192.168.10.61:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
record:
  enabled: true
  retain:
    days: 14
""", rand_pw(12))

# --- secrets: more vendors and forms -----------------------------------------------------------

add("json/google-service-account-key", "credentials/calendar-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kestrel-fitting-calendar",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@\\n",
  "client_email": "calendar-sync@kestrel-fitting-calendar.iam.gserviceaccount.com",
  "client_id": "104822907316554410293",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_gk := fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE")
      .replace("END  PRIVATE", "END PRIVATE")).splitlines()[1],
    kid=hexs(40), escaped=_gk.replace("\n", "\\n"))

add("ini/rclone-b2-key", "rclone/rclone.conf", "https://rclone.org/b2/", """
[b2]
type = b2
account = 0035e1c9a82f4d10000000003
key = @@secret@@
hard_delete = false

[drawings-crypt]
type = crypt
remote = b2:holt-drawings
""", "K003" + rand_pw(27, "/+"))

add("shell/restic-password", "backup/restic-drawings.sh", "https://restic.readthedocs.io/en/stable/040_backup.html", """
#!/bin/bash
export RESTIC_REPOSITORY="sftp:backup@192.168.10.5:/volume1/restic/drawings"
export RESTIC_PASSWORD='@@secret@@'
restic backup /srv/drawings --exclude '*.bak' --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=5%
""", passphrase())

add("json/docker-registry-auth", ".docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", b64("riverside-deploy:" + gitlab_token()))

add("shell/github-token", "scripts/setup_design_pc_git.sh", "https://git-scm.com/docs/git-credential-store", """
#!/bin/sh
# one-off setup on the design office PC so Tom can push the cut-list rules
git config --global credential.helper store
printf 'https://brightwood-ci:%s@github.com\\n' '@@secret@@' > ~/.git-credentials
chmod 600 ~/.git-credentials
git clone https://github.com/brightwood/cutlist-rules.git ~/cutlist-rules
""", github_pat())

add("ini/netrc-password", "home/.netrc", "https://everything.curl.dev/usingcurl/netrc", """
machine ftp.kitchendesign-catalogues.example.com
login fenwick_studio
password @@secret@@

machine api.sheetmaterials-trade.example.com
login fenwick
password see-1password
""", words_pw())

add("yaml/cloudflare-api-token", "config/ddns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# updates nvr.timberlinejoinery.com when the workshop broadband IP changes
cloudflare:
  api_token: @@secret@@
  zone: timberlinejoinery.com
records:
  - name: nvr
    type: A
    proxied: false
interval: 300
""", rand_pw(40, "_-"))

add("python/gocardless-access-token", "payments/finance_instalments.py", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", """
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def start_instalments(mandate_id: str, total_pence: int, months: int) -> str:
    plan = client.instalment_schedules.create_with_schedule(params={
        "name": "Kitchen balance",
        "total_amount": total_pence,
        "currency": "GBP",
        "instalments": {"start_date": "2024-07-01", "interval_unit": "monthly", "interval": 1,
                        "amounts": [total_pence // months] * months},
        "links": {"mandate": mandate_id},
    })
    return plan.id
""", "live_" + rand_pw(40, "_-"))

add("python/dropbox-token", "scripts/fetch_customer_plans.py", "https://www.dropbox.com/developers/documentation/python", """
import dropbox

dbx = dropbox.Dropbox("@@secret@@")

for entry in dbx.files_list_folder("/Customer plans/incoming").entries:
    if entry.name.lower().endswith((".pdf", ".dwg", ".jpg")):
        _, resp = dbx.files_download(entry.path_lower)
        with open(f"incoming/{entry.name}", "wb") as out:
            out.write(resp.content)
        print("got", entry.name)
""", "sl.B" + rand_pw(130, "_-"))

add("python/pushover-token", "monitor/glue_pot.py", "https://pushover.net/api", """
import requests

APP_TOKEN = "@@secret@@"
USER_KEY = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"


def alert(msg: str) -> None:
    requests.post("https://api.pushover.net/1/messages.json",
                  data={"token": APP_TOKEN, "user": USER_KEY, "title": "Edgebander", "message": msg},
                  timeout=10)


if __name__ == "__main__":
    alert("Glue pot below 180C for 10 minutes")
""", lowalnum(30))

add("python/vnc-password", "cnc/remote_support.py", "https://github.com/sibson/vncdotool", """
\"\"\"Screenshot the Rover B HMI every 5 minutes for the night-shift board.\"\"\"
import time

from vncdotool import api

while True:
    with api.connect("192.168.40.21::5900", password="@@secret@@") as client:
        client.captureScreen("/srv/dashboard/rover.png")
    time.sleep(300)
""", rand_pw(8))

add("php/paypal-client-secret", "config/paypal.php", "https://developer.paypal.com/api/rest/authentication/", """
<?php

return [
    'mode' => 'live',
    'live' => [
        'client_id' => '@@cid@@',
        'client_secret' => '@@secret@@',
        'app_id' => 'APP-80W284485P519543T',
    ],
    'currency' => 'GBP',
    'notify_url' => 'https://shop.handles-and-knobs-direct.com/paypal/notify',
];
""", rand_pw(80, "_-"), cid="A" + rand_pw(79, "_-"))

add("typescript/mapbox-secret-token", "scripts/upload-tileset.ts", "https://docs.mapbox.com/api/overview/#access-tokens-and-token-scopes", """
import { execSync } from "node:child_process";

// secret token with uploads:write for the service-area map
const MAPBOX_TOKEN = "@@secret@@";

execSync(
  `mapbox upload kestrelkitchens.service-area ./data/service-area.geojson`,
  { env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_TOKEN }, stdio: "inherit" },
);
""", "sk.eyJ1Ijoia2VzdHJlbGtpdGNoZW5zIiwiYSI6I" + rand_pw(24) + "." + rand_pw(22, "_-"))

add("typescript/postmark-server-token", "src/server/mail.ts", "https://postmarkapp.com/developer/api/overview#authentication", """
import { ServerClient } from "postmark";

const client = new ServerClient("@@secret@@");

export async function sendSurveyBooked(to: string, when: string) {
  await client.sendEmailWithTemplate({
    From: "surveys@fenwickkitchens.co.uk",
    To: to,
    TemplateAlias: "survey-booked",
    TemplateModel: { when, surveyor: "Gareth" },
  });
}
""", uuid_s())

add("go/whatsapp-token", "notify/whatsapp.go", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
package notify

import (
	"bytes"
	"fmt"
	"net/http"
)

const phoneID = "118204557733091"
const token = "@@secret@@"

func Send(to, body string) error {
	payload := fmt.Sprintf(`{"messaging_product":"whatsapp","to":%q,"type":"text","text":{"body":%q}}`, to, body)
	req, _ := http.NewRequest("POST", "https://graph.facebook.com/v19.0/"+phoneID+"/messages", bytes.NewBufferString(payload))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}
""", "EAAG" + rand_pw(180))

add("ruby/quickbooks-client-secret", "config/initializers/quickbooks.rb", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
Quickbooks.sandbox_mode = false

QB_OAUTH_CLIENT = OAuth2::Client.new(
  "@@cid@@",
  "@@secret@@",
  site: "https://appcenter.intuit.com/connect/oauth2",
  authorize_url: "https://appcenter.intuit.com/connect/oauth2",
  token_url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
)
""", rand_pw(40), cid="AB" + rand_pw(48))

add("yaml/sumup-api-key", "config/card-terminal.yaml", "https://developer.sumup.com/api", """
showroom_terminal:
  provider: sumup
  merchant_code: MCXQ2R7T
  api_key: @@secret@@
  reader_id: rdr_3MSAFM23CK82VSTT4BN6RWSQ65
  currency: GBP
""", "sup_sk_" + rand_pw(32))

add("github-actions/aws-secret-key", ".github/workflows/publish-brochure.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: Publish brochure PDF
on:
  workflow_dispatch:
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-west-2
      - run: aws s3 cp brochure/timberline-2024.pdf s3://timberline-site/downloads/ --acl public-read
""", aws_secret(), kid=aws_id())

add("k8s-secret/sendgrid-api-key", "k8s/mailer-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: fenwick
type: Opaque
data:
  SENDGRID_API_KEY: @@enc@@
  FROM_ADDRESS: c3VydmV5c0BmZW53aWNra2l0Y2hlbnMuY28udWs=
""", _sg := sendgrid_key(), enc=b64(_sg))

add("k8s-secret/database-url", "k8s/tracker-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: tracker-db
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", _dbp := rand_pw(20), enc=b64("postgresql://tracker:" + _dbp + "@tracker-db-rw.riverside.svc:5432/tracker"))

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "quotes" {
  zone_id = "9a7c1d42e0b94b3aa1d7f0c3b6e2d581"
  name    = "quotes"
  value   = "178.62.41.19"
  type    = "A"
  proxied = true
}
""", rand_pw(40, "_-"))

add("dockerfile/pip-index-password", "cutlist-service/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.11-slim
WORKDIR /app
ARG PIP_EXTRA_INDEX_URL=https://carrow:@@secret@@@pypi.carrowjoinery.ie/simple/
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY cutlist ./cutlist
CMD ["gunicorn", "-b", "0.0.0.0:8000", "cutlist.web:app"]
""", rand_pw(24))

add("compose/postgres-password", "tracker/docker-compose.prod.yml", "https://hub.docker.com/_/postgres", """
services:
  tracker:
    image: registry.gitlab.com/riverside-fitouts/job-tracker:1.9.2
    environment:
      DATABASE_URL: postgres://tracker:${DB_PASSWORD}@db:5432/tracker
    ports: ["80:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tracker
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pg:/var/lib/postgresql/data
volumes:
  pg: {}
""", rand_pw(20))

add("markdown/teamviewer-password", "docs/cnc/remote-support.md", "https://www.teamviewer.com/en/documents/", """
# Remote support for the CNC

When Biesse or Homag need to dial in:

1. Start TeamViewer on the machine PC (icon on the desktop).
2. Give them the ID: **1 284 557 903**
3. Unattended password: `@@secret@@`
4. Stay at the machine while they are connected - e-stop within reach.

Log the call in the maintenance book with the ticket number.
""", words_pw())

add("shell/wifi-psk", "pi/setup-label-printer.sh", "https://www.raspberrypi.com/documentation/computers/configuration.html", """
#!/bin/bash
# Raspberry Pi that drives the Zebra label printer on the edgebander outfeed
sudo nmcli dev wifi connect "WORKSHOP-IOT" password "@@secret@@"
sudo apt-get install -y cups printer-driver-zebra
sudo lpadmin -p zebra -E -v usb://Zebra/ZD421 -m drv:///sample.drv/zebra.ppd
sudo systemctl enable --now label-bridge.service
""", rand_pw(16))

# --- decoys: placeholders, references, public values -------------------------------------------

add("env/decoy-placeholder", "quote-portal/.env.example", "https://docs.stripe.com/keys", """
# Copy to .env and fill in from 1Password ("Quote portal - prod")
APP_ENV=local
APP_URL=http://localhost:8000
DEPOSIT_PERCENT=30
STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgres://quotes:password@localhost:5432/quotes
""")

add("env/decoy-env-reference", "deploy/fitter-reminders.env.tpl", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
# rendered by the deploy script from the host environment
TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
TWILIO_FROM=${TWILIO_FROM:-+441618503377}
REMINDER_HOURS_BEFORE=24
""")

add("typescript/decoy-publishable-key", "showroom/src/checkout.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser
const stripePromise = loadStripe("@@pk@@");

export async function payDeposit(clientSecretFromServer: string) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe failed to load");
  return stripe.confirmPayment({
    clientSecret: clientSecretFromServer,
    confirmParams: { return_url: `${window.location.origin}/deposit/thanks` },
  });
}
""", pk=stripe_key("pk_live_"))

add("typescript/decoy-firebase-web-config", "survey-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

// Firebase web config is public; access is controlled by Firestore rules and App Check
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "carrow-survey.firebaseapp.com",
  projectId: "carrow-survey",
  storageBucket: "carrow-survey.appspot.com",
  messagingSenderId: "448812093317",
  appId: "1:448812093317:web:@@app@@",
};

export const db = getFirestore(initializeApp(firebaseConfig));
""", key=google_key(), app=hexs(22))

add("html/decoy-recaptcha-site-key", "site/templates/contact.html", "https://developers.google.com/recaptcha/docs/display", """
<form method="post" action="/enquiry" class="enquiry">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Postcode <input name="postcode"></label>
  <label>What are you planning? <textarea name="message"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
  <button type="submit">Book a home survey</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", site=rand_pw(38, "_-"))

add("javascript/decoy-sentry-dsn", "showroom/src/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/nextjs";

// DSNs are safe to keep public: they only allow sending events
Sentry.init({
  dsn: "@@dsn@@",
  tracesSampleRate: 0.1,
  environment: process.env.NODE_ENV,
});
""", dsn=sentry_dsn_public())

add("javascript/decoy-mapbox-public-token", "showroom/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

// public token (pk.), URL-restricted to kestrelkitchens.co.uk
mapboxgl.accessToken = "pk.eyJ1Ijoia2VzdHJlbGtpdGNoZW5zIiwiYSI6I@@a@@.@@b@@";

export function showServiceArea(el) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/light-v11", center: [-1.08, 53.96], zoom: 8 });
  map.on("load", () => map.addSource("area", { type: "geojson", data: "/service-area.geojson" }));
  return map;
}
""", a=rand_pw(24), b=rand_pw(22, "_-"))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-quotes.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: Deploy quote portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ secrets.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }}
      - name: Notify
        run: curl -X POST -d '{"text":"quotes deployed"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
""")

add("compose/decoy-env-reference", "compose.override.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
      MYSQL_PASSWORD: ${QUOTES_DB_PASSWORD:?set QUOTES_DB_PASSWORD}
    secrets:
      - mysql_root
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
""")

add("k8s/decoy-secret-key-ref", "k8s/render-worker-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: render-worker
spec:
  replicas: 2
  selector:
    matchLabels: {app: render-worker}
  template:
    metadata:
      labels: {app: render-worker}
    spec:
      containers:
        - name: worker
          image: ghcr.io/fenwick-kitchens/render-worker:3.2.0
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: redis-auth, key: REDIS_PASSWORD}
            - name: SENTRY_AUTH_TOKEN
              valueFrom:
                secretKeyRef: {name: sentry, key: token}
""")

add("k8s-secret/decoy-sealed-secret", "k8s/sealed/quote-portal-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: quote-portal
  namespace: hartwell
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@a@@
    DATABASE_URL: AgC@@b@@
  template:
    metadata:
      name: quote-portal
      namespace: hartwell
""", a=rand_pw(340, "+/") + "==", b=rand_pw(360, "+/") + "=")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "https://github.com/getsops/sops", """
twilio_auth_token: ENC[AES256_GCM,data:@@a@@,iv:@@iv@@,tag:@@tag@@,type:str]
smtp_password: ENC[AES256_GCM,data:@@b@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBqTnZ5
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:37Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", a=b64(rand_pw(24)), iv=b64(rand_pw(24))[:43] + "=", tag=b64(rand_pw(12))[:22] + "==",
    b=b64(rand_pw(15)), iv2=b64(rand_pw(24))[:43] + "=", tag2=b64(rand_pw(12))[:22] + "==", mac=b64(rand_pw(60)))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/office/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-reference", "ansible/group_vars/office/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
nas_admin_user: holt-admin
nas_admin_password: "{{ vault_nas_admin_password }}"
ldap_bind_dn: CN=svc-nextcloud,OU=Service,DC=holtcabinets,DC=local
ldap_bind_password: "{{ vault_ldap_bind_password }}"
smtp_password: "{{ lookup('ansible.builtin.env', 'SMTP_PASSWORD') }}"
backup_retention_days: 30
""")

add("terraform/decoy-sensitive-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token in the shell)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "lon1"
}
""")

add("terraform/decoy-generated-password", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "erp_db" {
  length           = 24
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "erp_db" {
  name = "joinery-erp/db-password"
}

resource "aws_secretsmanager_secret_version" "erp_db" {
  secret_id     = aws_secretsmanager_secret.erp_db.id
  secret_string = random_password.erp_db.result
}
""")

add("python/decoy-environ", "oakline/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "oakline"),
        "USER": os.environ.get("DB_USER", "oakline"),
        "PASSWORD": os.environ.get("DB_PASSWORD"),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
""")

add("python/decoy-keyring", "cnc/send_to_router_v2.py", "https://keyring.readthedocs.io/en/latest/", """
from ftplib import FTP
from pathlib import Path

import keyring

ROUTER = "192.168.40.21"


def push(program: Path) -> None:
    password = keyring.get_password("rover-b-ftp", "operator")
    with FTP(ROUTER) as ftp:
        ftp.login("operator", password)
        ftp.cwd("/PROGRAMS/INCOMING")
        with program.open("rb") as fh:
            ftp.storbinary(f"STOR {program.name}", fh)
""")

add("python/decoy-test-fixture", "tests/test_login.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from tracker.models import User


@pytest.fixture
def fitter(db):
    return User.objects.create_user(username="test-fitter", password="not-a-real-password-1")


def test_fitter_sees_only_their_jobs(client, fitter):
    assert client.login(username="test-fitter", password="not-a-real-password-1")
    resp = client.get("/jobs/mine/")
    assert resp.status_code == 200
""")

add("python/decoy-regex", "quotes/redact.py", "https://docs.python.org/3/library/re.html", """
import re

# things that must never appear in quote notes we email to customers
PATTERNS = [
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"(?i)password\\s*[:=]\\s*\\S+"),
    re.compile(r"\\b\\d{4}[ -]?\\d{4}[ -]?\\d{4}[ -]?\\d{4}\\b"),
]


def redact(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text
""")

add("python/decoy-hashes", "cnc/firmware_check.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib
import sys

KNOWN_GOOD = {
    "bSuite_7.2.1_setup.exe": "@@h1@@",
    "woodWOP_8.1.60.exe": "@@h2@@",
    "RoverB_PLC_2024-02.bin": "@@h3@@",
}

name = sys.argv[1]
digest = hashlib.sha256(open(name, "rb").read()).hexdigest()
print("OK" if KNOWN_GOOD.get(name.split("/")[-1]) == digest else "MISMATCH", digest)
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("csv/decoy-ids", "exports/jobs_2024_q2.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
job_id,job_no,customer,postcode,door_style,fit_date,crew,stripe_payment_intent
@@u1@@,HK-2291,Mrs A Patel,YO24 3HT,Shaker Sage,2024-04-15,Dave+Mo,pi_@@p1@@
@@u2@@,HK-2294,Mr J Okafor,YO31 8LP,Handleless Graphite,2024-04-22,Dave+Mo,pi_@@p2@@
@@u3@@,HK-2301,Ms C Doyle,HG1 2RT,In-frame Oak,2024-05-07,Tom+Lee,pi_@@p3@@
@@u4@@,HK-2305,Dr S Ahmed,YO10 4DF,Slab Walnut,2024-05-20,Tom+Lee,pi_@@p4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24), p4=rand_pw(24))

add("csv/decoy-part-numbers", "catalogue/hinges_runners.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
supplier,sku,description,ean,pack,trade_price_gbp
Blum,71B3550,CLIP top BLUMOTION 110deg hinge,9002793415534,1,3.42
Blum,173H7100,Cruciform mounting plate 0mm,9002793200390,1,0.71
Blum,550H5000B,MOVENTO runner 500mm,9002793680321,1,21.15
Hettich,9071205,Sensys 8645i 110deg,4025201663213,1,3.08
Hettich,9134812,InnoTech Atira drawer set 470,4025201992108,1,27.60
""")

add("markdown/decoy-rotation-runbook", "docs/runbooks/rotate-keys.md", "https://docs.stripe.com/keys#rolling-keys", """
# Rotating the quote portal keys

Do this when someone with access leaves, or once a year in January.

1. Stripe dashboard -> Developers -> API keys -> **Roll key** on the secret key.
2. Paste the new `sk_live_...` value into 1Password item *Quote portal - prod*.
3. `kubectl -n hartwell create secret generic quote-portal --from-literal=STRIPE_SECRET_KEY=<new key> --dry-run=client -o yaml | kubeseal > k8s/sealed/quote-portal-sealed.yaml`
4. Commit the sealed file only, never the plain one.
5. Roll the webhook signing secret (`whsec_...`) the same way.

Twilio: Console -> Account -> API keys & tokens -> *Request a secondary token*, promote it, delete the old.
""")

add("markdown/decoy-example-values", "docs/dev-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Developer setup

Configure a local AWS profile for the gallery bucket. The values below are the AWS docs' examples,
use your own from the IAM console:

```ini
[profile greenleaf-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
```

Then run `make seed` to load the sample kitchens.
""")

add("sql/decoy-password-hashes", "db/seed/dev_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- dev seed users; hashes of throwaway dev passwords, reset on every make seed
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('dev-office', 'office@example.test', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@', true),
  ('dev-fitter', 'fitter@example.test', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@', false),
  ('dev-surveyor', 'surveyor@example.test', '!@@s3@@', false);
""", s1=rand_pw(22), h1=b64(rand_pw(32))[:43] + "=", s2=rand_pw(22), h2=b64(rand_pw(32))[:43] + "=", s3=rand_pw(40))

add("log/decoy-redacted", "logs/quote-portal-2024-05-20.log", "https://docs.stripe.com/api/authentication", """
2024-05-20T09:12:44Z INFO  boot env=production stripe_key=sk_live_****************************Qm2d
2024-05-20T09:12:44Z INFO  boot db=postgres://quotes:********@db.internal:5432/quotes
2024-05-20T09:13:02Z INFO  quote HK-2311 created total=14820.00 deposit=4446.00
2024-05-20T09:14:51Z INFO  checkout session cs_live_@@cs@@ created for HK-2311
2024-05-20T09:19:07Z INFO  webhook checkout.session.completed id=evt_@@evt@@ verified
""", cs=rand_pw(58), evt=rand_pw(24))

add("xml/decoy-jasypt-encrypted", "src/main/resources/application-prod.xml", "http://www.jasypt.org/encrypting-configuration.html", """
<?xml version="1.0" encoding="UTF-8"?>
<config>
  <datasource>
    <url>jdbc:postgresql://10.20.0.30:5432/cabinetjobs</url>
    <username>scheduler</username>
    <password>ENC(@@enc@@)</password>
  </datasource>
  <!-- decrypted at startup with JASYPT_ENCRYPTOR_PASSWORD from the service environment -->
  <fits defaultCrewSize="2" vanCapacityUnits="14"/>
</config>
""", enc=b64(rand_pw(48)))

add("powershell/decoy-dpapi-securestring", "scripts/Map-Drawings-v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring", """
# Password exported with ConvertFrom-SecureString on THIS machine; only the svc account can decrypt it (DPAPI)
$encrypted = Get-Content "C:\\ProgramData\\Holt\\drawings.cred"
$pass = $encrypted | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential("HOLT\\design", $pass)
New-PSDrive -Name "K" -PSProvider FileSystem -Root "\\\\nas01\\drawings" -Credential $cred -Persist
# to re-create: Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content C:\\ProgramData\\Holt\\drawings.cred
""")

add("ini/decoy-public-key", "home/.ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy box - who can log in as quotes
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ sam@design-pc
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ tom@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ gitlab-ci@riverside
from="192.168.10.0/24" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ backup@nas01
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(300, "+/") + "=", k4=rand_pw(43, "+/"))

add("yaml/decoy-certificate", "config/tls/workshop-ca.yml", "https://www.rfc-editor.org/rfc/rfc7468", """
# CA certificate the tablets need to trust the NAS; public, fine to distribute
ca_name: Holt Cabinets Internal CA
valid_until: 2034-01-31
ca_cert: |
  -----BEGIN CERTIFICATE-----
  @@c1@@
  @@c2@@
  @@c3@@
  -----END CERTIFICATE-----
""", c1=rand_pw(64, "+/"), c2=rand_pw(64, "+/"), c3=rand_pw(40, "+/") + "==")

add("json/decoy-lockfile-integrity", "showroom/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kestrel-showroom",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("requirements/decoy-hashes", "cutlist-service/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes
flask==3.0.3 \\
    --hash=sha256:@@h1@@
gunicorn==22.0.0 \\
    --hash=sha256:@@h2@@
rectpack==0.2.2 \\
    --hash=sha256:@@h3@@
cutlist-rules @ git+https://github.com/carrow-joinery/cutlist-rules@@@sha@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), sha=hexs(40))

# --- decoys: ids, public identifiers, config without secrets -----------------------------------

add("json/decoy-client-ids", "config/integrations.json", "https://developer.xero.com/documentation/guides/oauth2/auth-flow", """
{
  "xero": {
    "clientId": "@@xc@@",
    "tenantId": "@@xt@@",
    "redirectUri": "https://portal.brightwoodcabinetry.com/xero/callback",
    "clientSecretEnv": "XERO_CLIENT_SECRET"
  },
  "microsoft": {
    "tenantId": "@@mt@@",
    "clientId": "@@mc@@"
  },
  "google": {
    "oauthClientId": "448812093317-@@gc@@.apps.googleusercontent.com"
  }
}
""", xc=hexs(32).upper(), xt=uuid_s(), mt=uuid_s(), mc=uuid_s(), gc=lowalnum(32))

add("yaml/decoy-twilio-sid-only", "config/sms.yml", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
# SMS reminders - ids only; the auth token comes from TWILIO_AUTH_TOKEN
twilio:
  account_sid: @@sid@@
  messaging_service_sid: MG@@mg@@
  from: "+441618503377"
templates:
  fit_reminder: HX@@hx@@
  survey_reminder: HX@@hx2@@
""", sid=twilio_sid(), mg=hexs(32), hx=hexs(32), hx2=hexs(32))

add("python/decoy-stripe-ids", "quotes/products.py", "https://docs.stripe.com/api/prices/object", """
\"\"\"Stripe product and price ids for the deposit and the fitting balance (not secrets).\"\"\"

PRODUCTS = {
    "deposit": "prod_@@p1@@",
    "balance": "prod_@@p2@@",
    "worktop_templating": "prod_@@p3@@",
}

PRICES = {
    "templating_fee": "price_1P@@r1@@",
    "waste_removal": "price_1P@@r2@@",
}
""", p1=rand_pw(14), p2=rand_pw(14), p3=rand_pw(14), r1=rand_pw(22), r2=rand_pw(22))

add("json/decoy-square-application-id", "pos/square-public.json", "https://developer.squareup.com/docs/web-payments/take-card-payment", """
{
  "applicationId": "sq0idp-@@app@@",
  "locationId": "LH2QK8S0P7T3N",
  "environment": "production",
  "note": "public ids for the Web Payments SDK on the showroom tablet; the access token lives in the server's env"
}
""", app=rand_pw(22, "_-"))

add("terraform/decoy-arns", "infra/iam.tf", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html", """
data "aws_iam_policy_document" "gallery_upload" {
  statement {
    actions   = ["s3:PutObject", "s3:GetObject"]
    resources = ["arn:aws:s3:::greenleaf-kitchens-gallery/jobs/*"]
  }
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:secretsmanager:eu-west-2:418227390014:secret:gallery/uploader-Xk3Pq9"]
  }
}

resource "aws_iam_user_policy" "uploader" {
  user   = "gallery-uploader"
  policy = data.aws_iam_policy_document.gallery_upload.json
}
""")

add("yaml/decoy-external-secret", "k8s/external-secrets/tracker.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tracker-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: tracker-db
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: riverside/tracker/database-url
""")

add("yaml/decoy-helm-existing-secret", "charts/quotes/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql", """
image:
  repository: ghcr.io/hartwell-kitchens/quote-portal
  tag: "4.1.0"
postgresql:
  auth:
    username: quotes
    database: quotes
    existingSecret: quotes-db
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password
ingress:
  enabled: true
  hosts:
    - host: quotes.hartwellkitchens.co.uk
      paths: [{path: /, pathType: Prefix}]
""")

add("yaml/decoy-serverless-ssm", "lambdas/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """
service: fit-reminders
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    TWILIO_AUTH_TOKEN: ${ssm:/fit-reminders/twilio-auth-token}
    MAILGUN_API_KEY: ${ssm:/fit-reminders/mailgun-api-key}
functions:
  remind:
    handler: handler.remind
    events:
      - schedule: cron(0 16 * * ? *)
""")

add("env/decoy-1password-references", ".env.1password", "https://developer.1password.com/docs/cli/secrets-environment-variables/", """
# used with: op run --env-file=.env.1password -- npm start
STRIPE_SECRET_KEY="op://Hartwell/Quote portal - prod/stripe secret key"
STRIPE_WEBHOOK_SECRET="op://Hartwell/Quote portal - prod/webhook secret"
DATABASE_URL="op://Hartwell/Quote portal DB/connection string"
APP_URL=https://quotes.hartwellkitchens.co.uk
""")

add("shell/decoy-vault-cli", "scripts/rotate_db_password.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
NEW_PW=$(openssl rand -base64 24)
psql "host=10.20.0.30 dbname=cabinetjobs user=postgres" -c "ALTER ROLE scheduler PASSWORD '${NEW_PW}'"
vault kv put secret/joinery/scheduler-db password="${NEW_PW}"
unset NEW_PW
echo "rotated; scheduler picks it up on next restart"
""")

add("powershell/decoy-read-host", "scripts/New-FitterAccount.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
param([Parameter(Mandatory)] [string] $Name, [string] $Team = "Fitting")
$password = Read-Host -AsSecureString "Initial password for $Name"
$sam = ($Name -replace ' ', '.').ToLower()
New-ADUser -Name $Name -SamAccountName $sam -AccountPassword $password `
    -Path "OU=$Team,OU=Staff,DC=holtcabinets,DC=local" -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "Workshop" -Members $sam
""")

add("go/decoy-getenv", "cmd/remind/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type config struct {
	MailgunKey    string
	MailgunDomain string
}

func loadConfig() config {
	c := config{MailgunKey: os.Getenv("MAILGUN_API_KEY"), MailgunDomain: os.Getenv("MAILGUN_DOMAIN")}
	if c.MailgunKey == "" {
		log.Fatal("MAILGUN_API_KEY not set")
	}
	return c
}
""")

add("java/decoy-value-injection", "src/main/java/com/fenwick/render/StorageProps.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
package com.fenwick.render;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class StorageProps {
    @Value("${storage.s3.bucket:fenwick-renders}")
    private String bucket;

    @Value("${storage.s3.secret-key}")
    private String secretKey;

    @Value("${storage.s3.access-key}")
    private String accessKey;

    public String bucket() { return bucket; }
}
""")

add("csharp/decoy-user-secrets", "CutOptimiser/CutOptimiser.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.0" />
    <PackageReference Include="Google.OrTools" Version="9.10.4067" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("php/decoy-env-helper", "config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
];
""")

add("ruby/decoy-credentials-fetch", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""")

add("ruby/decoy-encrypted-credentials", "config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """
@@a@@--@@b@@--@@c@@==
# (above: Rails encrypted credentials; master.key is not in the repo)
# edit with: bin/rails credentials:edit
# rotated 2024-04 after the office move
# see docs/runbooks/rotate-keys.md
""", a=b64(rand_pw(420)), b=b64(rand_pw(12)), c=b64(rand_pw(16))[:22])

add("rust/decoy-env-var", "extractor-monitor/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub broker: String,
    pub user: String,
    pub password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "192.168.40.5".into()),
            user: env::var("MQTT_USER").unwrap_or_else(|_| "extractor".into()),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD must be set"),
        }
    }
}
""")

add("swift/decoy-keychain", "SurveyApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "ie.carrowjoinery.survey"

    static func read(account: String) -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("kotlin/decoy-build-config", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.carrow.survey"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.carrow.survey"
        minSdk = 26
        versionCode = 41
        versionName = "2.4.1"
        buildConfigField("String", "SUPPLIER_API_KEY", "\\"${System.getenv("SUPPLIER_API_KEY") ?: ""}\\"")
    }
}
""")

add("dockerfile/decoy-build-secret", "showroom/Dockerfile.secure", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""")

add("markdown/decoy-placeholder", "docs/integrations/tradify.md", "https://api.tradifyhq.com/docs", """
# Tradify integration

The job sync reads open jobs from Tradify every 15 minutes.

## Configuration

| Variable | Example | Notes |
|---|---|---|
| `TRADIFY_API_KEY` | `<your-tradify-api-key>` | Settings -> Integrations -> API in Tradify |
| `TRADIFY_BASE` | `https://api.tradifyhq.com/v1` | |
| `SYNC_INTERVAL_MIN` | `15` | |

Never paste the real key into this page; it lives in 1Password.
""")

add("ini/decoy-placeholder", "config/nextcloud-ldap.ini.sample", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", """
; sample - copy to nextcloud-ldap.ini and fill in
[ldap]
ldap_host = ldap://dc01.example.local
ldap_port = 389
ldap_dn = CN=svc-nextcloud,OU=Service,DC=example,DC=local
ldap_agent_password = CHANGEME
ldap_base = DC=example,DC=local
""")

add("toml/decoy-pypirc-keyring", "cutlist-optimiser/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "carrow-cutlist"
version = "1.6.0"
description = "Cut list and nesting helpers for Carrow Joinery"
requires-python = ">=3.10"
dependencies = ["rectpack>=0.2", "ezdxf>=1.2"]

[tool.hatch.publish.index]
# token read from the keyring (keyring set https://upload.pypi.org/legacy/ __token__)
user = "__token__"
""")

add("compose/decoy-no-auth-redis", "dev/docker-compose.dev.yml", "https://hub.docker.com/_/redis", """
services:
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  worker:
    build: ..
    environment:
      REDIS_URL: redis://redis:6379/0
      RENDER_OUTPUT: /tmp/renders
    depends_on: [redis]
""")

# --- secrets: third batch ----------------------------------------------------------------------

add("env/pipedrive-api-token", "crm-sync/.env", "https://pipedrive.readme.io/docs/how-to-find-the-api-token", """
PIPEDRIVE_DOMAIN=hartwellkitchens
PIPEDRIVE_API_TOKEN=@@secret@@
STAGE_SURVEY_BOOKED=7
STAGE_QUOTE_SENT=8
STAGE_DEPOSIT_PAID=9
""", hexs(40))

add("python/sftp-password", "edi/send_board_orders.py", "https://docs.paramiko.org/en/stable/api/sftp.html", """
\"\"\"Drop the day's board orders (EDIFACT ORDERS) on the sheet-material supplier's SFTP.\"\"\"
from pathlib import Path

import paramiko

HOST, PORT = "edi.boardsupplier-trade.example.com", 22

transport = paramiko.Transport((HOST, PORT))
transport.connect(username="ASHBY_EDI", password="@@secret@@")
sftp = paramiko.SFTPClient.from_transport(transport)
for order in Path("outbox").glob("ORDERS_*.edi"):
    sftp.put(str(order), f"/in/{order.name}")
    order.rename(Path("sent") / order.name)
sftp.close()
transport.close()
""", rand_pw(14))

add("python/servicem8-password", "integrations/servicem8.py", "https://developer.servicem8.com/docs/authentication", """
import requests
from requests.auth import HTTPBasicAuth

AUTH = HTTPBasicAuth("office@riversidefitouts.com", "@@secret@@")


def todays_jobs(date: str):
    r = requests.get("https://api.servicem8.com/api_1.0/job.json",
                     params={"$filter": f"date eq '{date}'"}, auth=AUTH, timeout=30)
    r.raise_for_status()
    return [j for j in r.json() if j["status"] == "Work Order"]
""", words_pw())

add("python/stripe-webhook-secret", "quotes/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_deposit_paid(event["data"]["object"]["client_reference_id"])
    return "", 204
""", stripe_whsec())

add("python/telegram-bot-token", "workshop-bot/notify.py", "https://core.telegram.org/bots/api#making-requests", """
import sys
import urllib.parse
import urllib.request

URL = "https://api.telegram.org/bot@@secret@@/sendMessage"
CHAT = "-1001877352210"

text = " ".join(sys.argv[1:]) or "Spray booth extraction filter needs changing"
data = urllib.parse.urlencode({"chat_id": CHAT, "text": text}).encode()
urllib.request.urlopen(URL, data=data, timeout=10)
""", telegram())

add("typescript/contentful-management-token", "scripts/import-door-styles.ts", "https://www.contentful.com/developers/docs/references/authentication/", """
import contentful from "contentful-management";
import doors from "../data/door-styles.json";

const client = contentful.createClient({ accessToken: "@@secret@@" });

async function main() {
  const env = await (await client.getSpace("k2x9q7m4p1zd")).getEnvironment("master");
  for (const d of doors) {
    const entry = await env.createEntry("doorStyle", { fields: { name: { "en-GB": d.name }, range: { "en-GB": d.range } } });
    await entry.publish();
  }
}
main();
""", "CFPAT-" + rand_pw(43, "_-"))

add("php/mandrill-api-key", "includes/mail.php", "https://mailchimp.com/developer/transactional/guides/quick-start/", """
<?php
require_once __DIR__ . '/../vendor/autoload.php';

function send_brochure(string $email, string $name): void
{
    $mc = new MailchimpTransactional\\ApiClient();
    $mc->setApiKey('@@secret@@');
    $mc->messages->sendTemplate([
        'template_name' => 'brochure-download',
        'template_content' => [],
        'message' => ['to' => [['email' => $email, 'name' => $name]], 'from_email' => 'hello@timberlinejoinery.com'],
    ]);
}
""", "md-" + rand_pw(22, "_-"))

add("go/redis-password", "internal/cache/cache.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", """
package cache

import "github.com/redis/go-redis/v9"

// New returns the client for the price-list cache on the office server.
func New() *redis.Client {
	opt, err := redis.ParseURL("redis://default:@@secret@@@192.168.10.8:6379/1")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt)
}
""", redis_pw())

add("java/database-password", "src/main/java/uk/co/holtcabinets/db/Legacy.java", "https://jdbc.postgresql.org/documentation/use/", """
package uk.co.holtcabinets.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Legacy {
    // old Access-to-Postgres import of the 2012-2019 job cards
    private static final String URL = "jdbc:postgresql://10.0.0.12:5432/jobcards?user=import&password=@@secret@@";

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(12))

add("shell/ssh-password", "scripts/pull_cnc_logs.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# copy the Rover B's error logs for the weekly maintenance meeting
DEST=/srv/maintenance/$(date +%G-W%V)
mkdir -p "$DEST"
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no operator@192.168.40.21:'C:/Biesse/bSolid/Log/*.log' "$DEST/"
ls -l "$DEST"
""", rand_pw(10))

add("shell/smbclient-password", "scripts/archive_jobs.sh", "https://www.samba.org/samba/docs/current/man-html/smbclient.1.html", """
#!/bin/bash
YEAR=${1:-$(date -d 'last year' +%Y)}
tar czf /tmp/jobs-$YEAR.tgz /srv/jobs/$YEAR
smbclient //nas01/archive -U 'HOLT\\archiver%@@secret@@' -c "cd jobs; put /tmp/jobs-$YEAR.tgz jobs-$YEAR.tgz"
rm /tmp/jobs-$YEAR.tgz
echo "archived $YEAR"
""", words_pw())

add("shell/database-password", "scripts/refresh_reporting.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/bin/sh
export PGHOST=10.20.0.30
export PGUSER=reporting
export PGPASSWORD=@@secret@@
psql -d cabinetjobs -c "REFRESH MATERIALIZED VIEW CONCURRENTLY weekly_fits;"
psql -d cabinetjobs -c "REFRESH MATERIALIZED VIEW CONCURRENTLY offcut_usage;"
""", rand_pw(18))

add("powershell/pipedrive-api-token", "scripts/Export-Deals.ps1", "https://developers.pipedrive.com/docs/api/v1", """
$headers = @{ "x-api-token" = "@@secret@@" }
$deals = Invoke-RestMethod -Uri "https://hartwellkitchens.pipedrive.com/api/v1/deals?status=won&limit=500" -Headers $headers
$deals.data |
    Select-Object id, title, value, won_time, @{n='Designer';e={$_.user_id.name}} |
    Export-Csv "C:\\Reports\\won-deals-$(Get-Date -Format yyyyMM).csv" -NoTypeInformation
Write-Host "$($deals.data.Count) deals exported"
""", hexs(40))

add("log/sql-connection-string", "logs/CutOptimiser-20240511.log", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
2024-05-11 06:30:00.114 [INF] CutOptimiser 3.1.2 starting
2024-05-11 06:30:00.551 [ERR] Failed to open Jobs database
System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred
   ConnectionString: Server=tcp:sql01,1433;Database=CabinetJobs;User Id=cutopt;Password=@@secret@@;TrustServerCertificate=True
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity)
   at CutOptimiser.Jobs.JobRepository.Open() in D:\\src\\CutOptimiser\\Jobs\\JobRepository.cs:line 22
2024-05-11 06:30:05.002 [INF] retrying in 30s
""", words_pw())

add("markdown/xero-password", "docs/handover/accounts.md", "https://central.xero.com/s/article/Log-in-to-Xero", """
# Accounts handover - Brightwood Cabinetry

While Jan is on maternity leave, Priya covers the bookkeeping.

- Xero: login `accounts@brightwoodcabinetry.com` / `@@secret@@` (2FA on Jan's phone - switch it to Priya's!)
- Payroll runs on the 25th; CIS returns for the subcontract fitters by the 19th.
- Supplier statements arrive in accounts@ - match them in Xero before paying.
- Bank feed: HSBC business, reconnects every 90 days.
""", words_pw())

add("markdown/tracker-api-token", "docs/api/job-tracker-api.md", "https://curl.se/docs/manpage.html#-H", """
# Job tracker API

Quick test from a terminal:

```sh
curl -H "Authorization: Bearer @@secret@@" \\
     https://tracker.riversidefitouts.com/api/v1/jobs?status=snagging
```

Returns the open snag lists with photos. Ask Dan for your own token, this one is the office's.
""", "rft_" + rand_pw(40))

add("xml/database-password", "QuotesWeb/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Quotes" providerName="System.Data.SqlClient"
         connectionString="Data Source=SQL01\\SQLEXPRESS;Initial Catalog=Quotes;User ID=quotesweb;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="VatRate" value="0.20" />
    <add key="ShowroomEmail" value="showroom@fenwickkitchens.co.uk" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/machine-ftp-password", "cnc/config/MachineLink.xml", "https://www.w3.org/TR/xml/", """
<?xml version="1.0" encoding="utf-8"?>
<MachineLink>
  <Machine name="Rover B 1532" type="Biesse">
    <Transfer protocol="ftp" host="192.168.40.21" port="21" user="operator" password="@@secret@@" folder="/PROGRAMS/INCOMING"/>
    <Labels printer="zebra" template="part-label-60x40.zpl"/>
  </Machine>
  <Machine name="Edgebander KAL 310" type="Homag">
    <Transfer protocol="share" path="\\\\192.168.40.22\\Programs"/>
  </Machine>
</MachineLink>
""", rand_pw(12))

add("properties/keystore-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/carrow-survey.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=carrow
RELEASE_KEY_PASSWORD=@@secret@@
""", words_pw())

add("ini/odoo-admin-password", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@secret@@
db_host = 10.20.0.30
db_port = 5432
db_user = odoo
db_password = False
http_port = 8069
proxy_mode = True
""", rand_pw(24))

add("toml/database-password", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
[connections.postgresql]
dialect = "postgresql"
host = "10.20.0.30"
port = "5432"
database = "cabinetjobs"
username = "dashboard"
password = "@@secret@@"
""", rand_pw(20))

add("sql/database-password", "db/views/supplier_prices.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """
CREATE OR REPLACE VIEW supplier_prices AS
SELECT *
FROM dblink(
  'host=10.20.0.31 dbname=pricelists user=prices password=@@secret@@',
  'SELECT supplier, sku, trade_price, updated_at FROM current_prices'
) AS t(supplier text, sku text, trade_price numeric, updated_at timestamptz);
""", rand_pw(16))

add("k8s-secret/github-token", "k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: fenwick
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _gh := github_pat(), enc=b64('{"auths":{"ghcr.io":{"username":"fenwick-ci","password":"' + _gh + '"}}}'))

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://twine.readthedocs.io/en/stable/#environment-variables", """
name: Release carrow-cutlist
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build twine && python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", pypi())

add("terraform/hubspot-private-app-token", "infra/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
region            = "eu-west-2"
environment       = "prod"
site_domain       = "hartwellkitchens.co.uk"
hubspot_token     = "@@secret@@"
alert_email       = "it@hartwellkitchens.co.uk"
""", hubspot_token())

add("ansible/ssh-password", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
[office]
nas01 ansible_host=192.168.10.5
sql01 ansible_host=192.168.10.7

[pis]
label-pi ansible_host=192.168.40.30
dust-pi ansible_host=192.168.40.31

[pis:vars]
ansible_user=pi
ansible_ssh_pass=@@secret@@
""", rand_pw(12))

add("yaml/sentry-auth-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [test, deploy]

variables:
  DEPLOY_HOST: tracker.riversidefitouts.com
  DEPLOY_USER: deploy
  SENTRY_AUTH_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

deploy:
  stage: deploy
  script: [./deploy.sh]
  only: [main]
""", "sntryu_" + hexs(64))

add("notebook/google-maps-key", "analysis/fit_travel_times.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\\n",
    "depot = 'Unit 4, Tannery Lane, Blackburn'\\n",
    "jobs = ['BB2 4QT', 'PR5 6AW', 'BL0 9HX']\\n",
    "gmaps.distance_matrix([depot], jobs, mode='driving')['rows'][0]"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

# --- decoys: second batch ----------------------------------------------------------------------

add("markdown/decoy-bank-details", "templates/invoice_footer.md", "https://www.gov.uk/government/publications/vat-notice-70021-invoicing-and-accounting", """
**Payment terms:** 30% deposit on order, balance on completion of fitting.

Please pay by bank transfer to:

| | |
|---|---|
| Account name | Brightwood Cabinetry Ltd |
| Sort code | 40-11-62 |
| Account no. | 71534820 |
| IBAN | GB29 HBUK 4011 6271 5348 20 |
| Reference | your job number, e.g. BW-2291 |

VAT reg. GB 318 4470 92 - Company no. 09821457
""")

add("json/decoy-postman-environment", "postman/job-tracker.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@u@@",
  "name": "Job tracker - prod",
  "values": [
    {"key": "baseUrl", "value": "https://tracker.riversidefitouts.com/api/v1", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true},
    {"key": "jobId", "value": "RF-1182", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", u=uuid_s())

add("html/decoy-sri-hashes", "site/templates/base.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Timberline Joinery - bespoke kitchens and staircases{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@a@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@b@@" crossorigin="anonymous"></script>
</head>
<body>{% block content %}{% endblock %}</body>
</html>
""", a=rand_pw(64, "+/"), b=rand_pw(64, "+/"))

add("css/decoy-data-uri", "site/static/css/gallery.css", "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", """
.gallery-item {
  position: relative;
  border-radius: 4px;
  overflow: hidden;
}
.gallery-item .zoom {
  width: 24px;
  height: 24px;
  background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA@@d@@AAAAAElFTkSuQmCC") no-repeat center;
}
""", d=rand_pw(120, "+/"))

add("log/decoy-request-ids", "logs/nginx/tracker-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
192.168.10.44 - - [14/May/2024:08:02:11 +0100] "GET /api/v1/jobs?status=snagging HTTP/1.1" 200 18422 "-" "Tracker-iOS/3.4" rid=@@r1@@
192.168.10.44 - - [14/May/2024:08:02:12 +0100] "GET /media/snags/RF-1182/IMG_0412.jpg HTTP/1.1" 200 412883 "-" "Tracker-iOS/3.4" rid=@@r2@@
82.16.4.190 - - [14/May/2024:08:05:40 +0100] "POST /api/v1/auth/login HTTP/1.1" 401 52 "-" "Mozilla/5.0" rid=@@r3@@
82.16.4.190 - - [14/May/2024:08:05:51 +0100] "POST /api/v1/auth/login HTTP/1.1" 200 311 "-" "Mozilla/5.0" rid=@@r4@@
192.168.10.44 - - [14/May/2024:08:06:02 +0100] "GET /static/app.@@h@@.js HTTP/1.1" 304 0 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), h=hexs(20))

add("yaml/decoy-password-policy", "config/auth.yml", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
auth:
  password:
    min_length: 12
    require_mixed_case: false
    breached_password_check: true
    reset_token_ttl_minutes: 30
  session:
    cookie_name: tracker_session
    idle_timeout_minutes: 480
  lockout:
    max_attempts: 8
    window_minutes: 15
""")

add("python/decoy-token-generation", "tracker/invites.py", "https://docs.python.org/3/library/secrets.html", """
import secrets
from datetime import datetime, timedelta, timezone

from .models import Invite


def invite_fitter(email: str) -> Invite:
    \"\"\"A one-off sign-up link for a subcontract fitter (valid 48 hours).\"\"\"
    token = secrets.token_urlsafe(32)
    return Invite.objects.create(email=email, token_hash=Invite.hash(token),
                                 expires=datetime.now(timezone.utc) + timedelta(hours=48)), token
""")

add("sql/decoy-schema", "db/migrations/0003_api_tokens.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      integer NOT NULL REFERENCES auth_user(id),
    name         text NOT NULL,
    token_prefix char(8) NOT NULL,
    token_sha256 char(64) NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz
);
CREATE INDEX api_tokens_prefix ON api_tokens (token_prefix);
""")

add("json/decoy-asset-manifest", "showroom/dist/manifest.json", "https://vitejs.dev/guide/backend-integration", """
{
  "src/main.ts": {
    "file": "assets/main-@@a@@.js",
    "css": ["assets/main-@@b@@.css"],
    "isEntry": true
  },
  "src/gallery.ts": {
    "file": "assets/gallery-@@c@@.js",
    "isDynamicEntry": true
  }
}
""", a=rand_pw(8, "_-"), b=rand_pw(8, "_-"), c=rand_pw(8, "_-"))

add("go/decoy-go-sum", "go.sum", "https://go.dev/ref/mod#go-sum-files", """
github.com/jackc/pgx/v5 v5.5.5 h1:@@a@@=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@@b@@=
github.com/mailgun/mailgun-go/v4 v4.12.0 h1:@@c@@=
github.com/mailgun/mailgun-go/v4 v4.12.0/go.mod h1:@@d@@=
github.com/redis/go-redis/v9 v9.5.1 h1:@@e@@=
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:@@f@@=
""", a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

add("toml/decoy-cargo-lock", "extractor-monitor/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@a@@"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@b@@"
""", a=sha256ish(), b=sha256ish())

add("plist/decoy-bundle-ids", "SurveyApp/ExportOptions.plist", "https://developer.apple.com/documentation/xcode/distributing-your-app-for-beta-testing-and-releases", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>method</key>
    <string>app-store</string>
    <key>teamID</key>
    <string>7QK4M2X9RB</string>
    <key>provisioningProfiles</key>
    <dict>
        <key>ie.carrowjoinery.survey</key>
        <string>@@u@@</string>
    </dict>
</dict>
</plist>
""", u=uuid_s().upper())

add("csv/decoy-colour-codes", "catalogue/door_colours.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
range,colour,ral,ncs,hex,finish,sample_code
Shaker,Sage,RAL 6021,S 3010-G30Y,#89AC76,matt,SHK-SAG-0917
Shaker,Dove Grey,RAL 7044,S 2002-Y,#CAC4B0,matt,SHK-DGR-0218
Handleless,Graphite,RAL 7024,S 7502-B,#474A51,supermatt,HDL-GRA-2201
Handleless,Cashmere,RAL 1013,S 1005-Y20R,#EAE6CA,supermatt,HDL-CSH-2205
In-frame,Indigo,RAL 5011,S 7020-R80B,#1E2460,eggshell,INF-IND-1102
""")

add("gcode/decoy-cnc-program", "cnc/programs/DOOR_SHAKER_716x497.nc", "https://linuxcnc.org/docs/html/gcode.html", """
(SHAKER DOOR 716 x 497 x 22 MDF - JOB HK-2291 - PART 14)
(TOOL 4 = 12MM COMPRESSION, TOOL 7 = 6MM BALLNOSE)
G21 G90 G54
T4 M6
S18000 M3
G0 X0 Y0 Z25
G1 Z-22.5 F3000
G1 X716 F9000
G1 Y497
G1 X0
G1 Y0
T7 M6
G0 X70 Y70 Z5
G1 Z-6 F1500
G1 X646 Y70 F6000
G0 Z25
M5
M30
""")

add("shell/decoy-openssl-rand", "scripts/new_site_env.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """
#!/usr/bin/env bash
# make a fresh .env for a new showroom site; secrets generated here, never typed
set -euo pipefail
cat > .env.generated <<ENV
DJANGO_SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(50))')
DB_PASSWORD=$(openssl rand -base64 24)
REDIS_PASSWORD=$(openssl rand -hex 16)
ENV
chmod 600 .env.generated
echo "wrote .env.generated"
""")

add("json/decoy-jwks", "auth/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "tracker-2024-05",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=rand_pw(342, "_-"))

add("env/decoy-stripe-mock", ".env.test", "https://github.com/stripe/stripe-mock", """
# test settings: stripe-mock on localhost, sqlite, no mail
STRIPE_API_BASE=http://localhost:12111
STRIPE_SECRET_KEY=sk_test_123
DATABASE_URL=sqlite:///test.db
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
DEPOSIT_PERCENT=30
""")

add("typescript/decoy-env-schema", "src/env.ts", "https://zod.dev/", """
import { z } from "zod";

const schema = z.object({
  AIRTABLE_TOKEN: z.string().startsWith("pat"),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-"),
  SLACK_SIGNING_SECRET: z.string().length(32),
  POSTMARK_TOKEN: z.string().uuid(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export const env = schema.parse(process.env);
""")

add("k8s/decoy-configmap-checksum", "k8s/render-worker-config.yaml", "https://helm.sh/docs/howto/charts_tips_and_tricks/#automatically-roll-deployments", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: render-worker
  annotations:
    checksum/config: @@h@@
data:
  RENDER_VIEWS: "front,left,right,plan,worktop,detail"
  RENDER_QUALITY: "high"
  S3_BUCKET: fenwick-renders
  REDIS_HOST: redis-master.render.svc.cluster.local
""", h=sha256ish())

add("github-actions/decoy-oidc", ".github/workflows/gallery-sync.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: Gallery sync
on:
  schedule:
    - cron: "30 18 * * 1-5"
permissions:
  id-token: write
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418227390014:role/gallery-sync
          aws-region: eu-west-2
      - run: aws s3 sync s3://greenleaf-kitchens-gallery/jobs ./gallery --only-show-errors
""")

add("xml/decoy-maven-env", ".m2/settings-ci.xml", "https://maven.apache.org/settings.html#quick-overview", """
<settings>
  <servers>
    <server>
      <id>fenwick-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("properties/decoy-env-placeholder", "src/main/resources/application-docker.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST:db}:5432/cabinetjobs
spring.datasource.username=${DB_USER:scheduler}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD}
fits.default-crew-size=2
""")

add("yaml/decoy-spring-env", "config/application-staging.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  datasource:
    url: jdbc:sqlserver://sql-staging:1433;databaseName=Templating
    username: ${TEMPLATING_DB_USER}
    password: ${TEMPLATING_DB_PASSWORD}
scheduler:
  template-slots-per-day: 6
  fit-after-template-days: 7
""")

add("csv/decoy-masked-customers", "exports/finance_applications.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
application_ref,job_no,customer,phone,card_last4,amount_gbp,status,decided
FA-100231,HK-2291,Mrs A Patel,07*** ***412,4242,10374.00,approved,2024-03-28
FA-100244,HK-2294,Mr J Okafor,07*** ***908,0019,8120.00,referred,2024-04-02
FA-100250,HK-2301,Ms C Doyle,07*** ***117,5100,12890.00,approved,2024-04-11
FA-100262,HK-2305,Dr S Ahmed,07*** ***650,3220,15400.00,declined,2024-04-19
""")

add("json/decoy-firebase-android", "app/google-services.json", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different", """
{
  "project_info": {
    "project_number": "448812093317",
    "project_id": "carrow-survey",
    "storage_bucket": "carrow-survey.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:448812093317:android:@@app@@",
        "android_client_info": {"package_name": "com.carrow.survey"}
      },
      "api_key": [{"current_key": "@@key@@"}]
    }
  ],
  "configuration_version": "1"
}
""", app=hexs(22), key=google_key())

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [1.9.2] - 2024-05-10
### Fixed
- Snag photos uploaded twice on a flaky 4G connection (@@c1@@)
- Fit date shown in UTC on the fitter's iPad (@@c2@@)

## [1.9.1] - 2024-04-22
### Changed
- Moved the Twilio auth token and the DB password out of the repo into SSM (@@c3@@)
- Rotated both after the move; old values are revoked
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("python/decoy-twilio-signature-check", "fitter-reminders/inbound.py", "https://www.twilio.com/docs/usage/webhooks/webhooks-security", """
import os

from flask import Flask, abort, request
from twilio.request_validator import RequestValidator

app = Flask(__name__)
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/sms/inbound")
def inbound():
    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
        abort(403)
    body = request.form["Body"].strip().upper()
    return "<Response><Message>Thanks - we'll call you to rearrange.</Message></Response>" if body == "MOVE" else ""
""")

add("dockerfile/decoy-runtime-env", "tracker/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv
ENV PYTHONUNBUFFERED=1 \\
    DJANGO_SETTINGS_MODULE=tracker.settings.prod \\
    DB_PASSWORD_FILE=/run/secrets/db_password
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "tracker.wsgi", "-b", "0.0.0.0:8000"]
""")

add("ini/decoy-php-ini", "docker/php/conf.d/uploads.ini", "https://www.php.net/manual/en/ini.core.php", """
; customers upload plans and photos through the enquiry form
upload_max_filesize = 25M
post_max_size = 30M
max_file_uploads = 10
session.cookie_secure = 1
session.cookie_httponly = 1
session.name = TJSESSID
""")

# --- END OF CASES ---
